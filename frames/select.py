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


def frame_scores(analysis: WindowAnalysis) -> dict[str, float]:
    cfg = weights()
    by_id = {h.heuristic_id: h for h in analysis.heuristics}
    duration = analysis.window.duration_s
    power = cfg["coverage_power"]
    reliability = min(1.0, duration / cfg["short_window_s"])  # frames other than micro_event need time
    scores = {}
    for name in ("pulse", "tonal", "foreground"):
        spec = cfg["frames"][name]
        if spec.get("requires_vocals") and not any(s.stem == "vocals" and not s.empty for s in analysis.stems):
            scores[name] = 0.0
            continue
        mean, coverage = _weighted(spec["inputs"], by_id)
        scores[name] = spec["gain"] * mean * coverage ** power * reliability
        if spec.get("requires_vocals"):
            scores[name] *= vocal_prominence(analysis)
        if name == "pulse" and not any(s.stem in ("drums", "bass") and not s.empty for s in analysis.stems):
            scores[name] *= spec["without_rhythm_section"]
        if "compete" in spec:
            pressure = sum(weight * competing_evidence(analysis, by_id, key) for key, weight in spec["compete"].items())
            scores[name] *= max(spec["compete_floor"], 1.0 - pressure)
    form = cfg["frames"]["form"]
    parts = [by_id[h] for h in form["product"]]
    # a boundary alone must not win: the product needs contrast across it as well
    scores["form"] = (form["gain"] * math.sqrt(parts[0].score * parts[1].score) * reliability
                      if all(p.status == "ok" for p in parts) else 0.0)
    micro = cfg["frames"]["micro_event"]
    scores["micro_event"] = micro["gain"] * math.exp(-max(0.0, duration - micro["full_below_s"]) / micro["decay_s"])
    return {k: round(min(1.0, max(0.0, v)), 4) for k, v in scores.items()}


def competing_evidence(analysis: WindowAnalysis, by_id: dict[str, HeuristicResult], key: str) -> float:
    """0..1: a heuristic's score, the vocal's prominence, or the drums' share of the window's onsets
    (a kit carrying most of the activity competes with a harmonic reading of the window)."""
    if key == "vocal_prominence":
        return vocal_prominence(analysis)
    if key == "drum_share":
        onsets = {s.stem: (s.onset_rate_hz or 0.0) for s in analysis.stems if not s.empty}
        total = sum(onsets.values())
        return onsets.get("drums", 0.0) / total if total else 0.0
    return by_id[key].score if by_id[key].status == "ok" else 0.0


def vocal_prominence(analysis: WindowAnalysis) -> float:
    """How much the vocal leads: its level against the loudest other stem (mapped over level_range_db),
    times its presence (full once it sounds for min_active_share of the window)."""
    stems = {s.stem: s for s in analysis.stems if not s.empty}
    vocals = stems.get("vocals")
    if vocals is None or vocals.energy_db is None:
        return 0.0
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
    if meter in ("3/4", "6/8", "9/8", "12/8") and frame in ("tonal", "pulse"):
        out.append("Do not interpret harmonic motion as instability unless timing evidence also weakens.")
    for s in analysis.stems:
        if s.empty:
            out.append(f"The {s.stem} is silent in this window: do not describe it as playing.")
        if s.confidence_note:
            out.append(f"The {s.stem} stem is less reliable: {s.confidence_note}. Keep claims about it tentative.")
    if analysis.window.duration_s < 2.0:
        out.append("Very short window: describe the gesture, not the form or the key.")
    return out
