"""Constraints and scores for a part: the same for generated options and for notes an agent wrote."""

from __future__ import annotations

import math

import numpy as np

from analysis.rhythm import place_on_grid
from heuristics.rules import h004_cross_stem_lock, h006_register_overlap
from heuristics.slice import Frames, Notes, StemSlice, TrackContext, WindowSlice

from .directive import chord_at, grid_of, on_beat, period_of
from .models import Directive, ScoreBreakdown

TARGET_DENSITY = {"bass": 1.5, "drums": 3.0}  # onsets per beat; melodic stems: 1.5


def violations(notes: list[dict], d: Directive) -> list[str]:
    """Hard constraints; an empty list means the part may be used. Pitch: a note on a beat, or one held
    a beat or longer, must be allowed over its chord; a short note off the beat may pass chromatically
    (players do; it costs key fit instead)."""
    out = []
    lo, hi = d.constraints.register_range
    beats = grid_of(d)
    period = period_of(beats)
    for n in notes:
        t = n["time_s"]
        if not d.start_s <= t < d.end_s:
            out.append(f"note at {t:.3f} s lies outside the window [{d.start_s:g}, {d.end_s:g})")
        elif t + n["duration_s"] > d.end_s + 1e-6:
            out.append(f"note at {t:.3f} s lasts past the window's end")
        if not lo <= n["pitch"] <= hi:
            out.append(f"pitch {n['pitch']} at {t:.3f} s is outside the {d.stem} register {lo}-{hi}")
        chord = chord_at(d, t)
        allowed = chord.allowed_pitch_classes if chord else d.constraints.scale_pitch_classes
        structural = on_beat(t, beats) or n["duration_s"] >= period * 0.95
        if d.stem != "drums" and structural and n["pitch"] % 12 not in allowed:
            out.append(f"pitch {n['pitch']} at {t:.3f} s is not allowed over {chord.chord if chord else d.constraints.key}")
    if len(beats) >= 1 and notes:
        onsets = np.unique(np.round([n["time_s"] for n in notes], 3))
        # 1 ms of tolerance: an onset on a beat must count in that beat, whatever the float rounding
        per_beat = np.bincount(np.clip(np.searchsorted(beats - 1e-3, onsets, side="right") - 1, 0, None))
        if per_beat.max() > d.constraints.beat_ceiling:
            out.append(f"{int(per_beat.max())} onsets in one beat: the ceiling is {d.constraints.beat_ceiling}")
    return out[:50]


def with_part(sl: WindowSlice, stem: str, notes: list[dict]) -> WindowSlice:
    """The window with ``stem`` replaced by the candidate notes (placed on the window's grid)."""
    times = np.array([n["time_s"] for n in notes])
    idx, subs, offs = place_on_grid(times, np.asarray(sl.grid.beats_s))
    rows = [dict(n, beat_index=int(i) if i >= 0 else None, subdivision=s,
                 onset_to_beat_offset_ms=None if np.isnan(o) else float(o)) for n, i, s, o in zip(notes, idx, subs, offs)]
    base = sl.stems.get(stem)
    part = StemSlice(stem, Notes.from_rows(rows), base.frames if base else Frames.from_rows([]), False, "generated")
    return WindowSlice(sl.window, {**{k: v for k, v in sl.stems.items() if k != stem}, stem: part}, sl.grid, sl.chords)


def score(notes: list[dict], d: Directive, sl: WindowSlice, ctx: TrackContext) -> ScoreBreakdown:
    bad = violations(notes, d)
    if not notes:
        return ScoreBreakdown(key_fit=0, register_fit=0, masking=0, rhythmic_lock=None, density_fit=0,
                              violations=bad + ["the part has no notes"], total=0.0)
    beats = grid_of(d)
    lo, hi = d.constraints.register_range
    fits, weights = [], []
    for n in notes:
        chord = chord_at(d, n["time_s"])
        pc = n["pitch"] % 12
        allowed = chord.allowed_pitch_classes if chord else d.constraints.scale_pitch_classes
        strong = on_beat(n["time_s"], beats)
        if d.stem == "drums":
            fit = 1.0
        elif strong:  # the harmony is heard on the beat: its chord tones there
            fit = 1.0 if chord is not None and pc in chord.chord_tones else (0.5 if pc in allowed else 0.0)
        else:
            fit = 1.0 if pc in allowed else 0.5  # a chromatic passing note off the beat
        fits.append(fit)
        weights.append(2.0 if strong else 1.0)
    key_fit = float(np.average(fits, weights=weights))
    current = d.constraints.current_notes
    reference = (float(np.median([c.pitch for c in current])) if current and d.stem != "drums" else (lo + hi) / 2)
    register_fit = (float(np.exp(-abs(float(np.median([n["pitch"] for n in notes])) - reference) / 12.0))
                    if d.stem != "drums" else 1.0)
    trial = with_part(sl, d.stem, notes)
    mask = h006_register_overlap(trial, ctx)
    masking = 0.0
    if mask.status == "ok":
        masking = max((p.risk for p in mask.evidence.pairs if d.stem in p.pair), default=0.0)
    lock = None
    # the rhythm the part must land with: kick and snare when the kit plays, else the busiest other part
    others = {k: v for k, v in trial.stems.items() if k != d.stem and len(v.notes) >= 4}
    reference = "drums" if "drums" in others else max(others, key=lambda k: len(others[k].notes), default=None)
    if d.stem != "drums" and reference is not None:
        lock_result = h004_cross_stem_lock(trial, ctx)
        pair = next((p for p in lock_result.evidence.pairs if set(p.pair) == {reference, d.stem}), None) \
            if lock_result.status == "ok" else None
        if pair is not None:  # both ways: the part's notes on the reference's, and the reference's answered
            lock = (2 * pair.matched / max(1, sum(pair.onsets))) * math.exp(-(pair.jitter_ms or 0.0) / 25.0)
    n_beats = max(1.0, (d.end_s - d.start_s) / period_of(beats))
    rate = len(np.unique(np.round([n["time_s"] for n in notes], 3))) / n_beats
    # the density the window's part establishes (the arrangement's), else the stem's usual one; a request
    # for more or fewer notes moves it
    target = (len({round(c.time_s, 3) for c in current}) / n_beats if current and len(current) >= 4
              else TARGET_DENSITY.get(d.stem, 1.5))
    if d.density == "more" or d.offbeats:
        target *= 1.5
    if d.density == "less":
        target *= 0.6
    density_fit = math.exp(-abs(rate - target) / target)
    # what a listener weighs most: the harmony on the beats and, with a kit, landing with kick and snare
    parts = [(key_fit, 2.0), (register_fit, 1.0), (1.0 - masking, 1.0), (density_fit, 1.0)]
    if lock is not None:
        parts.append((lock, 2.0))
    total = 0.0 if bad else float(sum(v * w for v, w in parts) / sum(w for _, w in parts))
    return ScoreBreakdown(key_fit=round(key_fit, 3), register_fit=round(register_fit, 3), masking=round(masking, 3),
                          rhythmic_lock=None if lock is None else round(lock, 3), density_fit=round(density_fit, 3),
                          violations=bad, total=round(total, 3))
