"""Frame selection: weighted scoring of the window's heuristics into five interpretive frames.

pulse (timing and interlock), tonal (harmonic centre), form (a boundary *with* contrast),
foreground (a vocal lead), micro_event (a gesture too short for the others). The weights live in
``weights.json``; nothing here is a tuning constant.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from analysis.core.vocabulary import TRIPLE_OR_COMPOUND
from heuristics.models import HeuristicResult, WindowAnalysis

from .models import FrameSelection, Routing

LENS = {
    "pulse": "Rhythmic identity is the primary anchor. Lead with timing, groove and how the parts interlock — not with harmonic content.",
    "tonal": "The harmonic centre is the anchor. Lead with where the harmony sits and how it moves; rhythm is context.",
    "form": "This moment is about structure. Lead with the change across the section boundary: what enters, leaves, grows or drops.",
    "foreground": "The lead voice is the anchor. Lead with what the vocal line does and how the rest supports it.",
    "micro_event": "This is a single gesture. Describe the event itself — its attack, shape and placement — not the form or the key.",
    "unknown": "Do not characterise this selection as one moment; say why and suggest a better window.",
}
FRAMES = ("pulse", "tonal", "form", "foreground", "micro_event")


@lru_cache(maxsize=1)
def weights() -> dict:
    return json.loads((Path(__file__).parent / "weights.json").read_text())


def _weighted(inputs: dict[str, float], by_id: dict[str, HeuristicResult]) -> tuple[float, float]:
    """(weighted mean of the ok inputs, coverage of the applicable weight)."""
    applicable = {h: w for h, w in inputs.items() if by_id[h].status != "not_applicable"}
    ok = {h: w for h, w in applicable.items() if by_id[h].status == "ok"}
    if not ok:
        return 0.0, 0.0
    mean = sum(by_id[h].score * w for h, w in ok.items()) / sum(ok.values())
    return mean, sum(ok.values()) / sum(applicable.values())


def evidence(analysis: WindowAnalysis) -> dict[str, float]:
    """What a musician weighs before saying what kind of moment this is, each 0..1 and measured in the
    window only:

    - ``kit``: the drums play here (1 with kick or snare, ``cymbals_only`` when they only keep time on
      the cymbals, 0 when silent);
    - ``groove``: how strongly the timing heuristics read a groove (H001, H002, H004, H009);
    - ``drive``: the busiest pitched part's distinct onsets per beat (a part that plays on every beat
      drives the time);
    - ``motion``: how much the harmony moves (chord changes per bar, full at ``motion_full_per_bar``),
      counted at ``line_motion`` when the chords are only implied by one line at a time;
    - ``clarity``: how clearly the window centres on a key (H010);
    - ``vocal``: the vocal's prominence (its level against the other stems times its presence; a vocal
      that is the only thing sounding is the foreground however little it sings);
    - ``boundary`` and ``contrast``: a section boundary near the window's middle (H012) and the change
      across it in the selected stems (H013).
    """
    cfg = weights()["evidence"]
    results = analysis.results
    by_id = results.by_id()  # weights.json names its inputs by id
    live = [s for s in analysis.stems if not s.empty]
    duration = analysis.window.duration_s
    drums = next((s for s in live if s.stem == "drums"), None)
    hits = (drums.drum_hits or {}) if drums else {}
    kit = 0.0
    if drums is not None:
        kit = 1.0 if (hits.get("kick") or hits.get("snare") or not hits) else cfg["cymbals_only"]
    pitched = [s for s in live if s.stem != "drums" and s.note_count]
    beat_rate = analysis.window.beats / duration if analysis.window.beats >= 2 else cfg["default_beat_rate_hz"]
    drive = max((min(1.0, (s.onset_rate_hz or 0.0) / beat_rate) for s in pitched), default=0.0)
    h8 = results.h008
    motion = 0.0
    if h8.status == "ok" and h8.evidence.changes_per_bar is not None:
        motion = min(1.0, h8.evidence.changes_per_bar / cfg["motion_full_per_bar"])
        motion *= cfg["line_motion"] if h8.evidence.implied_by_melody else 1.0
    groove, coverage = _weighted(weights()["frames"]["pulse"]["inputs"], by_id)
    h12, h13 = results.h012, results.h013
    lo, hi = cfg["contrast_range"]
    contrast = min(1.0, max(0.0, (h13.score - lo) / (hi - lo))) if h13.status == "ok" else 0.0
    return {"kit": kit, "groove": groove * coverage, "drive": drive, "motion": motion,
            "clarity": results.h010.score if results.h010.status == "ok" else 0.0,
            "vocal": vocal_prominence(analysis), "boundary": h12.score if h12.status == "ok" else 0.0,
            "contrast": contrast}


def frame_scores(analysis: WindowAnalysis) -> dict[str, float]:
    """Each frame's score from :func:`evidence` (the formulas and their weights: ``weights.json``)."""
    cfg = weights()["frames"]
    e = evidence(analysis)
    duration = analysis.window.duration_s
    reliability = min(1.0, duration / weights()["short_window_s"])  # frames other than micro_event need time
    p, t, f, fo = cfg["pulse"], cfg["tonal"], cfg["foreground"], cfg["form"]
    vocal_free = 1.0 - p["vocal_compete"] * e["vocal"]
    form = fo["gain"] * math.sqrt(e["boundary"]) * e["contrast"]
    form_free = 1.0 - fo["compete"] * form  # a section change inside the window leads over what surrounds it
    pulse = max(e["kit"] * (p["kit"] + (1 - p["kit"]) * e["groove"]),  # the kit keeps time, the groove reads it
                e["drive"] * (1.0 - e["motion"]))  # a part driving the time over a harmony that stands still
    tonal = e["clarity"] * (t["static_floor"] + (1 - t["static_floor"]) * e["motion"])
    tonal *= (1.0 - t["kit_compete"] * e["kit"]) * (1.0 - t["vocal_compete"] * e["vocal"])
    scores = {"pulse": pulse * vocal_free * form_free * reliability, "tonal": tonal * form_free * reliability,
              "foreground": f["gain"] * e["vocal"] * form_free * reliability, "form": form * reliability}
    micro = cfg["micro_event"]
    scores["micro_event"] = micro["gain"] * math.exp(-max(0.0, duration - micro["full_below_s"]) / micro["decay_s"])
    return {k: round(min(1.0, max(0.0, v)), 4) for k, v in scores.items()}


def vocal_prominence(analysis: WindowAnalysis) -> float:
    """How much the vocal leads: its level against the loudest other stem (mapped over level_range_db),
    times its presence (full once it sounds for min_active_share of the window). A vocal that is the
    only stem sounding leads, however briefly it sings."""
    stems = {s.stem: s for s in analysis.stems if not s.empty}
    vocals = stems.get("vocals")
    if vocals is None or vocals.energy_db is None:
        return 0.0
    if len(stems) == 1:
        return 1.0
    others = [s.energy_db for name, s in stems.items() if name != "vocals" and s.energy_db is not None]
    spec = weights()["frames"]["foreground"]
    lo, hi = spec["level_range_db"]
    level = 1.0 if not others else min(1.0, max(0.0, (vocals.energy_db - max(others) - lo) / (hi - lo)))
    enough = spec["min_active_share"]
    presence = min(1.0, (vocals.active_ratio or 0.0) / enough)
    return level * presence


def select(analysis: WindowAnalysis, routing: Routing, meter_track_level: str | None = None) -> FrameSelection:
    cfg = weights()
    empty = all(s.empty for s in analysis.stems)
    if analysis.window.duration_s > cfg["max_window_s"]:
        return FrameSelection(frame="unknown", lens=LENS["unknown"], confidence=0.0, scores={}, routing=routing,
                              cautions=["window_too_long: over thirty seconds is not one moment; select a phrase or "
                                        "a few bars"])
    if empty:
        return FrameSelection(frame="unknown", lens=LENS["unknown"], confidence=0.0, scores={}, routing=routing,
                              cautions=["empty_window: nothing sounds in the selected stems here"])
    scores = frame_scores(analysis)
    biased = dict(scores)
    for frame, bonus in cfg["intent_bias"].get(routing.intent, {}).items():
        if biased[frame] > 0:
            biased[frame] = min(1.0, biased[frame] + bonus)
    ranked = sorted(FRAMES, key=lambda f: biased[f], reverse=True)
    top, second = ranked[0], ranked[1]
    if biased[top] <= 0.05:
        return FrameSelection(frame="unknown", lens=LENS["unknown"], confidence=0.0, scores=scores, routing=routing,
                              cautions=["no frame has enough evidence in this window"])
    margin = (biased[top] - biased[second]) / biased[top]
    close = margin < cfg["close_call_margin"]
    confidence = round(min(1.0, biased[top] * (0.5 + 0.5 * min(1.0, margin / 0.5))), 3)
    cautions = cautions_for(analysis, top, meter_track_level)
    if close:
        cautions.append(f"close call between {top} and {second}: acknowledge both readings")
    lens = LENS[top] + (f" Secondary: {LENS[second].split('.')[0].lower()}." if close else "")
    return FrameSelection(frame=top, secondary_frame=second if close else None, lens=lens, cautions=cautions,
                          confidence=confidence, scores=scores, routing=routing)


def cautions_for(analysis: WindowAnalysis, frame: str, meter: str | None) -> list[str]:
    out = []
    if meter in TRIPLE_OR_COMPOUND and frame in ("tonal", "pulse"):
        out.append("Do not interpret harmonic motion as instability unless timing evidence also weakens.")
    for s in analysis.stems:
        if s.empty:
            out.append(f"The {s.stem} is silent in this window: do not describe it as playing.")
        if s.confidence_note:
            out.append(f"The {s.stem} stem is less reliable: {s.confidence_note}. Keep claims about it tentative.")
    if analysis.window.duration_s < 2.0:
        out.append("Very short window: describe the gesture, not the form or the key.")
    return out
