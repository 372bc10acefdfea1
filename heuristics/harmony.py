"""Harmony: the chords the selected stems spell, and how stable the window's tonal centre is (H008, H010)."""

from __future__ import annotations

import numpy as np
from analysis.core.types import TrackContext, WindowSlice

from . import evidence as ev
from .common import _pitched, _r, _subset, chord_pcs, pc_histogram, window_key
from .models import HeuristicResult


# a note struck with the chord change is heard over the new chord, whichever side of the beat its attack was read (the
# beats moved onto the band's hits sit within a millisecond of the notes struck on them: a grid nudged 4 ms by clicks
# elsewhere put three notes at a change under the old chord -- the forty-eighth session, tests/test_window.py)
CHANGE_GRACE_S = 0.03


def h008_harmonic_rhythm(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    """Chords spelled by the selected stems' notes (never by stems outside the selection), how often
    they change, and how many notes sit inside them. A lone melody only implies its chords: that is
    said, and the confidence drops."""
    hid = "H008"
    notes = sl.all_notes(pitched_only=True)
    if not [s for s in _pitched(sl)]:
        return _r(hid, "missing_input", notes="needs a pitched stem in the selection")
    if not notes:
        return _r(hid, "empty_slice", notes="no pitched notes in the window")
    chords = [c for c in sl.chords if chord_pcs(c.label) is not None]
    if not chords:
        return _r(hid, "empty_slice", notes="the selected stems' notes spell no chord in the window")
    period, w = sl.grid.period_s, sl.window
    bars = w.duration_s / (period * (ctx.beats_per_bar or 4)) if period else None
    changes = sum(1 for a, b in zip(chords, chords[1:]) if a.label != b.label)
    inside, total, outside_times = 0, 0, []
    for _, n in notes:
        for t, p in zip(n.time_s, n.pitch):
            chord = next((c for c in chords if c.start_s <= t + CHANGE_GRACE_S < c.end_s), None)
            if chord is None:
                continue
            total += 1
            fits = p % 12 in chord_pcs(chord.label)
            inside += int(fits)
            if not fits:
                outside_times.append(float(t))
    if total == 0:
        return _r(hid, "empty_slice", notes="no pitched note falls under a chord in the window")
    span = sum(c.end_s - c.start_s for c in chords)
    confidence = sum(c.confidence * (c.end_s - c.start_s) for c in chords) / span
    implied = all(c.implied for c in chords)
    return _r(hid, "ok", inside / total, ev.HarmonyEvidence(
        chord_changes=changes, changes_per_bar=round(changes / bars, 3) if bars else None,
        chords=[ev.ChordEvidence(start_s=w.round_time(c.start_s), end_s=w.round_time(c.end_s), label=c.label,
                                 confidence=c.confidence, implied=c.implied) for c in chords],
        confidence=round(confidence, 3), implied_by_melody=implied, spelled_by=[name for name, _ in notes],
        chord_tone_ratio=round(inside / total, 3), notes_counted=total,
        non_chord_tone_times_s=[w.round_time(t) for t in sorted(outside_times)][:64]),
        notes="implied by a single line: lower confidence" if implied else "")


def h010_tonal_stability(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H010"
    pitched = [s for s in _pitched(sl)]
    if not pitched:
        return _r(hid, "missing_input", notes="needs a pitched stem in the selection")
    notes = [s.notes for s in pitched if len(s.notes)]
    if not notes or sum(len(n) for n in notes) < 3:
        return _r(hid, "empty_slice", notes="too few pitched notes in the window")
    hist = pc_histogram(notes)
    key, corr = window_key(hist)
    mid = sl.window.start_s + sl.window.duration_s / 2
    first = [n.time_s < mid for n in notes]  # each stem's notes in the first half
    halves = [pc_histogram([_subset(n, m) for n, m in zip(notes, first)]),
              pc_histogram([_subset(n, ~m) for n, m in zip(notes, first)])]
    half_keys = [window_key(h) for h in halves]
    if min(h.sum() for h in halves) > 0:
        similarity = float(np.dot(halves[0], halves[1]) / (np.linalg.norm(halves[0]) * np.linalg.norm(halves[1])))
    else:
        similarity = 1.0
    return _r(hid, "ok", max(0.0, corr) * similarity, ev.TonalEvidence(
        window_key=key, key_correlation=round(corr, 3), half_to_half_similarity=round(similarity, 3),
        pitched_stems=[s.stem for s in pitched if len(s.notes)], key_track_level=ctx.key_label,
        half_keys=[k for k, _ in half_keys], half_key_correlations=[round(c, 3) for _, c in half_keys],
        half_notes=[int(sum(m.sum() for m in first)), int(sum((~m).sum() for m in first))]))
