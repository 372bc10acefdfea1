"""Window slicing: the store's rows for one window, placed on the window's own beats.

The types (:class:`WindowSlice`, :class:`TrackContext`, ...) live at the bottom layer, in
:mod:`analysis.core.types`; heuristics are pure functions of them and never see the store.
"""

from __future__ import annotations

from typing import Mapping

import numpy as np

from analysis.core.types import (CHORD_S, MIN_SOUNDING_SHARE, Frames, Grid, Notes, StemSlice, TrackContext, Window,
                                 WindowSlice, _ro, distinct_onsets)
from analysis.store import Store

__all__ = ["CHORD_S", "MIN_SOUNDING_SHARE", "Frames", "Grid", "Notes", "StemSlice", "TrackContext", "Window",
           "WindowSlice", "distinct_onsets", "load_context", "load_slice", "window_chords"]


def load_slice(store: Store, window: Window) -> WindowSlice:
    """Read exactly the window's rows (range scans on (track, stem, time)) and place them on the
    window's own beats: a note's subdivision and onset-to-beat offset are measured against the beats
    inside the window, never against a beat outside it, and a note sounding past the window's end is
    heard only until the end. Chords are spelled from the selected stems' notes only."""
    a, b, tid = window.start_s, window.end_s, window.track_id
    stem_rows = {r["stem"]: r for r in store.stem_rows(tid)}
    failures = store.failed_steps(tid)
    beats = store.beat_rows(tid, a, b)
    grid = Grid(_ro([r["time_s"] for r in beats]), _ro([r["beat_in_bar"] for r in beats], int),
                _ro([r["bar_index"] for r in beats], int), _ro([r["beat_index"] for r in beats], int))
    stems = {}
    for name in window.stems:
        notes = _in_window(store.note_rows(tid, name, a, b), grid, b)
        failure = failures.get(f"notes:{name}") or (failures.get("notes") and f"notes step: {failures['notes']}")
        stems[name] = StemSlice(name, Notes.from_rows(notes), Frames.from_rows(store.feature_rows(tid, name, a, b)),
                                bool(stem_rows[name]["empty"]), stem_rows[name]["origin"] or "", failure or None)
    return WindowSlice(window, stems, grid, window_chords(stems, grid, a, b))


def _in_window(rows: list[dict], grid: Grid, end_s: float) -> list[dict]:
    """Rows placed on the window's own beats, extended by one period at each end (notes between the
    window's edge and its first or last beat are placed from the window's own period, never read off a
    beat outside the window)."""
    from analysis.rhythm import place_on_grid

    beats = grid.beats_s
    if len(beats) >= 2:
        beats = np.r_[beats[0] - grid.period_s, beats, beats[-1] + grid.period_s]
    idx, subs, offs = place_on_grid(np.array([r["time_s"] for r in rows]), beats)
    first = int(grid.beat_index[0]) - 1 if len(grid.beat_index) else 0
    out = []
    for r, i, sub, off in zip(rows, idx, subs, offs):
        inside = i >= 0 and len(grid.beat_index) >= 2
        out.append(dict(r, duration_s=min(r["duration_s"], end_s - r["time_s"]),
                        beat_index=first + int(i) if inside else None,  # beats are consecutive
                        subdivision=sub if inside else None,
                        onset_to_beat_offset_ms=None if not inside or np.isnan(off) else float(off)))
    return out


def window_chords(stems: Mapping[str, "StemSlice"], grid: Grid, start_s: float, end_s: float) -> tuple[dict, ...]:
    """The window's chords, from the selected pitched stems' notes (analysis.harmony)."""
    from analysis.harmony import NoteSet, chord_spans

    parts = [NoteSet(s.stem, s.notes.time_s, s.notes.duration_s, s.notes.pitch, s.notes.velocity.astype(float))
             for s in stems.values() if not s.is_drums and len(s.notes)]
    if not parts:
        return ()
    downbeats = grid.beats_s[grid.beat_in_bar == 1]
    return tuple(c for c in chord_spans(parts, grid.beats_s, start_s, end_s, downbeats) if c["label"] != "N")


def load_context(store: Store, track_id: str) -> TrackContext:
    values = store.track_analysis(track_id)
    meter, key = values.get("meter", {}), values.get("key")
    sections = tuple((r["start_s"], r["end_s"], r["label"])
                     for r in store.db["sections"].rows_where("track_id = ?", [track_id], order_by="start_s"))
    return TrackContext(meter=meter.get("label"), beats_per_bar=meter.get("beats_per_bar"),
                        key_label=key["label"] if key else None, key_tonic_pc=key["pitch_class"] if key else None,
                        key_scale=key["scale"] if key else None, sections=sections)
