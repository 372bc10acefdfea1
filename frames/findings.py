"""Findings: the typed boundary between the analyst (this server) and the translator (the agent).

Everything here is derived from one WindowAnalysis: window-level evidence only, with the song's
global key carried as a separately labelled track-level fact. The summary is written from labels,
never from numbers, and is checked: no digits, no heuristic ids, no tool or field names.
"""

from __future__ import annotations

import re

import numpy as np

from heuristics.evidence import LockEvidence, LockPair
from heuristics.models import WindowAnalysis

from .models import Dynamics, FrameSelection, Findings, Groove, Harmony, Melody, Routing, Scope, StemRole, Texture
from .roles import stem_roles

FORBIDDEN = re.compile(r"\d|\bH0\d|analy[sz]e_window|get_findings|select_frame|track_id|_s\b|heuristic", re.I)


def _h(analysis: WindowAnalysis):
    return {h.heuristic_id: h for h in analysis.heuristics}


# A feel word ("laid back", "pushed") needs an offset that clears what the measurement can resolve:
# the truth benchmark (python -m eval.truth) measures bass-vs-kick offsets to within 4 ms on degraded
# audio (median abs error, test split), so a feel is named from 10 ms on, and only when the offset also
# stands twice its standard error (jitter / sqrt(matched onsets)) clear of zero.
FEEL_MIN_MS = 10.0


def chosen_pair(lock: LockEvidence, named: list[str]) -> LockPair:
    """The H004 pair to report: the one the question names, else the heuristic's own choice."""
    if len(named) >= 2:
        hit = next((p for p in lock.pairs if set(p.pair) == set(named[:2])), None)
        if hit is not None:
            return hit
    if len(named) == 1:
        hit = max((p for p in lock.pairs if named[0] in p.pair and p.matched), key=lambda p: p.matched, default=None)
        if hit is not None:
            return hit
    return lock


def feel_of(offset_ms: float | None, jitter_ms: float | None, matched: int) -> str | None:
    """'laid back' / 'pushed' / 'on the grid', or None when the offset is not resolved."""
    if offset_ms is None or matched < 4:
        return None
    stderr = (jitter_ms or 0.0) / np.sqrt(matched)
    if abs(offset_ms) >= FEEL_MIN_MS and abs(offset_ms) >= 2 * stderr:
        return "laid back" if offset_ms > 0 else "pushed"
    if abs(offset_ms) < FEEL_MIN_MS / 2:
        return "on the grid"
    return None  # between: a few milliseconds either way, not a feel


def groove_of(a: WindowAnalysis, named: list[str] | None = None) -> Groove | None:
    h = _h(a)
    lock, off, sync = h["H004"], h["H003"], h["H005"]
    if lock.status != "ok" and off.status != "ok":
        return None
    g = Groove(offbeat_share=off.score if off.status == "ok" else None, syncopation=sync.score if sync.status == "ok" else None)
    feel = []
    if lock.status == "ok":
        e = chosen_pair(lock.evidence, named or [])
        rate, jitter = e.coincidence_rate, e.jitter_ms or 0.0
        g.lock_quality = ("tight" if rate >= 0.8 and jitter < 10 else "solid" if rate >= 0.6 else
                          "loose" if rate >= 0.3 else "independent")
        g.locked_pair, g.timing_offset_ms = e.pair, e.offset_ms
        if g.lock_quality != "independent":
            g.timing_feel = feel_of(g.timing_offset_ms, e.jitter_ms, e.matched)
            if g.timing_feel:
                feel.append(g.timing_feel)
    if g.syncopation is not None and g.syncopation > 0.3:
        feel.append("syncopated")
    elif g.offbeat_share is not None:
        feel.append("straight" if g.offbeat_share < 0.2 else "busy off the beat")
    g.feel = ", ".join(feel) or None
    return g


def harmony_of(a: WindowAnalysis) -> Harmony | None:
    h = _h(a)
    tonal, chords = h["H010"], h["H008"]
    if tonal.status != "ok" and chords.status != "ok":
        return None
    out = Harmony(key_track_level=a.track_context.key)
    if tonal.status == "ok":
        out.key_in_window = tonal.evidence.window_key
    if chords.status == "ok":
        e = chords.evidence
        out.chord_motion, out.changes_per_bar = e.chords, e.changes_per_bar
        ratio = e.chord_tone_ratio
        out.tension_level = "low" if ratio >= 0.85 else ("moderate" if ratio >= 0.65 else "high")
        out.tension_points_s = _clusters(e.non_chord_tone_times_s)
        out.modal_function = _function(out.key_in_window, [c.label for c in e.chords])
    return out


def _clusters(times: list[float], gap_s: float = 0.5, min_size: int = 2) -> list[float]:
    """Start times of groups of non-chord tones (two or more within half a second)."""
    out, group = [], []
    for t in times:
        if group and t - group[-1] > gap_s:
            if len(group) >= min_size:
                out.append(group[0])
            group = []
        group.append(t)
    if len(group) >= min_size:
        out.append(group[0])
    return out[:8]


def _function(key: str | None, chords: list[str]) -> str | None:
    if not key or not chords:
        return None
    tonic, mode = key.split()
    tonic_chord = f"{tonic}:{'min' if mode == 'minor' else 'maj'}"
    first, last = chords[0], chords[-1]
    if all(c == tonic_chord for c in chords):
        return "holds the tonic"
    if first == tonic_chord and last != tonic_chord:
        return "moves away from the tonic"
    if last == tonic_chord:
        return "returns to the tonic"
    return "stays off the tonic"


def melody_of(a: WindowAnalysis) -> Melody | None:
    h = _h(a)["H011"]
    if h.status != "ok":
        return None
    e = h.evidence
    main = max(e.phrases, key=lambda p: p.notes)
    stem = next((s for s in a.stems if s.stem == e.stem), None)
    return Melody(stem=e.stem, contour=main.contour, phrases=e.phrases,
                  register_band=stem.register_band if stem else None, range_semitones=e.range_semitones)


def texture_of(a: WindowAnalysis, roles: list[StemRole]) -> Texture | None:
    live = [s for s in a.stems if not s.empty]
    if not live:
        return None
    lead = next((r.stem for r in roles if r.role == "lead"), None)
    out = Texture(lead_stem=lead)
    mask = _h(a)["H006"]
    if mask.status == "ok":
        out.masking_risk = "low" if mask.score < 0.2 else ("moderate" if mask.score < 0.5 else "high")
        out.masking_pair = mask.evidence.worst_pair
        worst = next(p for p in mask.evidence.pairs if p.pair == mask.evidence.worst_pair)
        out.register_relationship = "separated registers" if worst.overlap_ratio < 0.2 else "overlapping registers"
    return out


def dynamics_of(a: WindowAnalysis) -> Dynamics | None:
    live = [s for s in a.stems if not s.empty and s.energy_db is not None]
    if not live:
        return None
    power = sum(10 ** (s.energy_db / 10) for s in live)
    db = 10 * np.log10(power)
    loudest = max(live, key=lambda s: s.energy_db)
    rate = sum(s.onset_rate_hz or 0.0 for s in live)
    return Dynamics(shape=loudest.energy_shape, energy_db=round(float(db), 2),
                    energy_level="loud" if db > -18 else ("moderate" if db > -30 else "quiet"),
                    transients="dense" if rate > 6 else ("moderate" if rate > 2 else "sparse"))


def _adjective(stem: str) -> str:
    return {"vocals": "vocal"}.get(stem, stem)


def _names(stems: list[str]) -> str:
    return stems[0] if len(stems) == 1 else ", ".join(stems[:-1]) + " and " + stems[-1]


def summarise(a: WindowAnalysis, frame: FrameSelection, roles: list[StemRole], g: Groove | None, hm: Harmony | None,
              m: Melody | None, d: Dynamics | None) -> str:
    live = [r.stem for r in roles if r.role != "silent"]
    silent = [r.stem for r in roles if r.role == "silent"]
    if frame.frame == "unknown" and any(c.startswith("window_too_long") for c in frame.cautions):
        return ("This selection runs longer than thirty seconds, too long to read as a single moment. "
                "Narrow it to a phrase or a few bars to hear what is happening.")
    if not live:
        return ("Nothing sounds in the selected stems in this window. "
                "Choose another stem or move the window to where it plays.")
    groove = _groove_sentence(g)
    harmony = _harmony_sentence(hm)
    melody = _melody_sentence(m)
    dynamics = _dynamics_sentence(d)
    by_frame = {
        "pulse": [groove, _feel_sentence(g), dynamics or melody or harmony],
        "tonal": [harmony, _tension_sentence(hm), melody or dynamics or groove],
        "form": [_form_sentence(a), _contrast_sentence(a), melody or dynamics or groove],
        "foreground": [_vocal_sentence(a, m), _support_sentence(roles), harmony],
        "micro_event": [f"This is a brief gesture in the {_names(live)}.", dynamics, None],
        "unknown": [dynamics, groove or harmony, melody],
    }
    sentences = [s for s in by_frame[frame.frame] if s][:3]
    assert all(s.count(". ") == 0 for s in sentences), sentences  # one sentence per template
    if silent and len(sentences) < 3:
        sentences.append(f"The {_names(silent)} {'is' if len(silent) == 1 else 'are'} silent here.")
    if not sentences:
        sentences = [f"The {_names(live)} {'plays' if len(live) == 1 else 'play'} quietly here, with little to measure."]
    text = " ".join(sentences[:3])
    if FORBIDDEN.search(text):  # a bug in a template, never the caller's fault
        raise AssertionError(f"summary breaks its rules: {text!r}")
    return text


def _groove_sentence(g: Groove | None) -> str | None:
    if g is None or g.locked_pair is None:
        return None
    a, b = g.locked_pair
    verb = {"tight": "lock tightly", "solid": "lock well", "loose": "play loosely together",
            "independent": "move independently"}[g.lock_quality]
    where = {"laid back": f", with the {b} sitting just behind the {a} for a laid-back pocket",
             "pushed": f", with the {b} pushing just ahead of the {a}",
             "on the grid": ", landing right together"}.get(g.timing_feel or "", "")
    return f"The {a} and {b} {verb}{where}."


def _feel_sentence(g: Groove | None) -> str | None:
    if g is None or g.feel is None:
        return None
    if g.syncopation is not None and g.syncopation > 0.3:
        return "Accents fall off the beat often, which gives the rhythm a syncopated push."
    if g.offbeat_share is not None and g.offbeat_share >= 0.2:
        return "There is steady activity between the beats, keeping the motion busy."
    return "The rhythm stays mostly on the beat, plain and steady."


def _harmony_sentence(hm: Harmony | None) -> str | None:
    if hm is None or not hm.key_in_window:
        return None
    pace = ""
    if hm.changes_per_bar is not None:
        pace = (" with the chords barely moving" if hm.changes_per_bar < 0.5 else
                " with a chord change about every bar" if hm.changes_per_bar < 1.5 else " with the chords changing quickly")
    return f"Harmonically it centres on {hm.key_in_window}{pace}."


def _tension_sentence(hm: Harmony | None) -> str | None:
    if hm is None:
        return None
    return {"low": "The notes sit inside the chords, so it feels settled.",
            "moderate": "Some notes lean outside the chords, adding mild tension.",
            "high": "Many notes clash with the chords, so the passage feels tense."}.get(hm.tension_level or "")


def _melody_sentence(m: Melody | None) -> str | None:
    if m is None:
        return None
    shape = {"arch": "rises and falls back", "valley": "dips and climbs back", "rising": "climbs",
             "falling": "descends", "level": "hovers around one area"}[m.contour]
    return f"The {_adjective(m.stem)} line {shape} in a {m.register_band or 'middle'} register."


def _dynamics_sentence(d: Dynamics | None) -> str | None:
    if d is None:
        return None
    shape = {"rising": "building up", "falling": "easing off", "steady": "holding steady", "swell": "swelling in the middle",
             "dip": "dipping in the middle"}.get(d.shape or "", "holding steady")
    return f"The level is {d.energy_level} and {shape}, with {d.transients} attacks."


def _form_sentence(a: WindowAnalysis) -> str:
    labels = [s.label for s in a.window.sections]
    move = f" from the {labels[0]} part into the {labels[1]} part" if len(labels) >= 2 and labels[0] != labels[1] else ""
    return f"This window straddles a section change{move}."


def _contrast_sentence(a: WindowAnalysis) -> str | None:
    h = _h(a)["H013"]
    if h.status != "ok":
        return None
    louder = h.evidence.energy_change_db > 0
    busier = h.evidence.density_change_per_s > 0
    return f"After the boundary the music gets {'louder' if louder else 'quieter'} and {'busier' if busier else 'sparser'}."


def _vocal_sentence(a: WindowAnalysis, m: Melody | None) -> str:
    h = _h(a)["H015"]
    where = {"on the grid": "right on the beat", "late": "slightly behind the beat", "early": "slightly ahead of the beat",
             "loose": "loosely around the beat"}.get(h.evidence.feel if h.status == "ok" else "", "")
    shape = ""
    if m is not None and m.stem == "vocals":
        shape = {"arch": " in phrases that rise and fall", "valley": " in phrases that dip and recover",
                 "rising": " in rising phrases", "falling": " in falling phrases", "level": " in level phrases"}[m.contour]
    return f"The vocal leads this window{shape}" + (f", placed {where}." if where else ".")


def _support_sentence(roles: list[StemRole]) -> str | None:
    support = [r.stem for r in roles if r.role in ("rhythm", "bass_foundation", "harmony_pad", "counterline")]
    return f"The {_names(support)} support it underneath." if support else None


def uncertainties_of(a: WindowAnalysis, frame: FrameSelection) -> list[str]:
    out = []
    if all(s.empty for s in a.stems):
        out.append("The window is empty in the selected stems: there is nothing to describe.")
    if a.window.duration_s < 2.0:
        out.append("The window is very short: rhythm, key and form cannot be judged from it.")
    if frame.frame != "unknown" and frame.confidence < 0.5:
        out.append(f"The frame reading is uncertain ({frame.frame} at low confidence).")
    if frame.secondary_frame:
        out.append(f"Two readings are close: {frame.frame} and {frame.secondary_frame}.")
    tonal = _h(a)["H010"]
    if tonal.status == "ok" and tonal.evidence.key_correlation < 0.6:
        out.append("The key in this window is ambiguous.")
    for s in a.stems:
        if s.confidence_note:
            out.append(f"{s.stem}: {s.confidence_note}.")
    missing = [h.name for h in a.heuristics if h.status == "missing_input"]
    if missing:
        out.append("Not measurable with this selection: " + ", ".join(missing) + ".")
    return out


def build_findings(a: WindowAnalysis, frame: FrameSelection, routing: Routing) -> Findings:
    roles = stem_roles(a)
    empty = all(s.empty for s in a.stems)
    g = None if empty else groove_of(a, routing.named_stems)
    hm = None if empty else harmony_of(a)
    m = None if empty else melody_of(a)
    t = None if empty else texture_of(a, roles)
    d = None if empty else dynamics_of(a)
    others = "the other stems" if len(a.window.stems) < 6 else "no other stem"
    scope = Scope(window=a.window, excluded=(
        f"Only the selected stems ({', '.join(a.window.stems)}) between {a.window.start_s:g} s and {a.window.end_s:g} s; "
        f"{others} and everything outside the window are excluded. Track-level facts appear only where labelled "
        "track-level."))
    return Findings(summary=summarise(a, frame, roles, g, hm, m, d), frame=frame, routing=routing, roles=roles,
                    groove=g, harmony=hm, melody=m, texture=t, dynamics=d, scope=scope,
                    uncertainties=uncertainties_of(a, frame))
