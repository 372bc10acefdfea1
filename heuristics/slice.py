"""Window slicing: a pure function from what the Store holds inside a window to a :class:`WindowSlice`.

A query goes down once and comes back once: :meth:`analysis.store.Store.window_rows` reads the
window's rows, :func:`slice_window` places them on the window's own beats and spells its chords. The
types live at the bottom layer (:mod:`analysis.core.types`); heuristics are pure functions of a
WindowSlice and a TrackContext and never see the store.
"""

from __future__ import annotations

import dataclasses
from typing import Mapping

import numpy as np

from analysis.core.types import (Chord, Frames, Grid, Notes, Section, StemSlice, TrackAnalysis, TrackContext, Window,
                                 WindowRows, WindowSlice, _ro)
from analysis.harmony import chord_spans
from analysis.rhythm import place_on_grid
from analysis.store import Store


def load_slice(store: Store, window: Window) -> WindowSlice:
    """The window's slice: one Store query (:meth:`Store.window_rows`), sliced by :func:`slice_window`."""
    return slice_window(store.window_rows(window))


def slice_window(rows: WindowRows) -> WindowSlice:
    """Place the window's rows on the window's own beats: a note's subdivision and onset-to-beat offset
    are measured against the beats inside the window, never against a beat outside it, and a note
    sounding past the window's end is heard only until the end. Chords are spelled from the selected
    stems' notes only. Pure: reads nothing but ``rows``."""
    grid, end_s = rows.beats, rows.window.end_s
    stems = {name: StemSlice(name, _in_window(_own_notes(r.notes, r.frames, name == "drums"), grid, end_s,
                                              rows.window.start_s), r.frames, r.empty, r.origin, r.failure)
             for name, r in rows.stems.items()}
    return WindowSlice(rows.window, stems, grid, window_chords(stems, grid, rows.window.start_s, end_s))


# A pitched stem's note whose frames mostly hold only residue (Frames.bleed) and mostly hold another stem's sound
# (Frames.spill) is that stem's leak transcribed, not the part: a singer's stem 'came in' on a 70 ms D3 read from
# the kit's spill during a drum solo, two bars before she sings (round 100's cw09, ft_swing_g1208's degraded copy,
# dev). The note's frames: from its start to its end (at least LEAK_NOTE_MIN_S; a frame before its start holds the
# leak's own attack). Read on the frames songs (``python -m eval.leaked_notes``): clean and real stems lose none; the
# degraded copies lose mostly notes no score note is near. A stem whose rows predate the spill test keeps every note.
LEAK_NOTE_MIN_S = 0.05
LEAK_NOTE_MAX_AUDIBLE = 0.5  # under this share of the note's frames its own sound ...
LEAK_NOTE_MIN_SPILL = 0.5  # ... and at least this share another stem's


def leaked(notes: Notes, frames: Frames) -> np.ndarray:
    """Per note: it is another stem's leak (LEAK_NOTE_MAX_AUDIBLE, LEAK_NOTE_MIN_SPILL), not the stem's own."""
    out = np.zeros(len(notes.time_s), bool)
    if not frames.spill_measured or not len(frames.time_s) or len(frames.spill) != len(frames.time_s):
        return out
    audible, t = frames.audible(), frames.time_s
    for i, (start, d) in enumerate(zip(notes.time_s, notes.duration_s)):
        m = (t >= start) & (t <= start + max(float(d), LEAK_NOTE_MIN_S))
        out[i] = m.any() and audible[m].mean() < LEAK_NOTE_MAX_AUDIBLE and frames.spill[m].mean() >= LEAK_NOTE_MIN_SPILL
    return out


def _own_notes(notes: Notes, frames: Frames, drums: bool) -> Notes:
    """The stem's notes without those that are another stem's leak (:func:`leaked`); a kit's hits are kept (the
    drum detector reads each hit's own attack against the other stems' bleed)."""
    if drums or not len(notes.time_s):
        return notes
    keep = ~leaked(notes, frames)
    if keep.all():
        return notes
    kept = {name: _ro(np.asarray(getattr(notes, name))[keep], np.asarray(getattr(notes, name)).dtype)
            for name in ("time_s", "duration_s", "pitch", "velocity", "beat_index", "offset_ms")}
    return dataclasses.replace(notes, subdivision=tuple(x for x, k in zip(notes.subdivision, keep) if k), **kept)


def _in_window(notes: Notes, grid: Grid, end_s: float, start_s: float | None = None) -> Notes:
    """Notes placed on the window's own beats, extended by one period at each end (notes between the
    window's edge and its first or last beat are placed from the window's own period, never read off a
    beat outside the window). A note struck a hair before ``start_s`` (WINDOW_EARLY_S: the store reads it) is
    heard from the start, its placement on the first beat kept as played."""
    beats = grid.beats_s
    if len(beats) >= 2:
        beats = np.r_[beats[0] - grid.period_s, beats, beats[-1] + grid.period_s]
    idx, subs, offs = place_on_grid(np.array(notes.time_s), beats)
    first = int(grid.beat_index[0]) - 1 if len(grid.beat_index) else 0
    inside = (idx >= 0) & (len(grid.beat_index) >= 2)
    early = notes.time_s < start_s if start_s is not None else np.zeros(len(notes.time_s), bool)
    time_s = np.where(early, start_s if start_s is not None else 0.0, notes.time_s)
    return dataclasses.replace(
        notes, time_s=_ro(time_s),
        duration_s=_ro(np.maximum(np.minimum(notes.duration_s - (time_s - notes.time_s), end_s - time_s), 0.0)),
        beat_index=_ro(np.where(inside, first + idx, -1), int),  # beats are consecutive
        subdivision=tuple(sub if ok else None for sub, ok in zip(subs, inside)),
        offset_ms=_ro(np.where(inside, offs, np.nan)))


def window_chords(stems: Mapping[str, StemSlice], grid: Grid, start_s: float, end_s: float) -> tuple[Chord, ...]:
    """The window's chords, from the selected pitched stems' notes (analysis.harmony)."""
    parts = [dataclasses.replace(s.notes, stem=s.stem) for s in stems.values() if not s.is_drums and len(s.notes)]
    if not parts:
        return ()
    downbeats = grid.beats_s[grid.beat_in_bar == 1]
    return tuple(c for c in chord_spans(parts, grid.beats_s, start_s, end_s, downbeats) if c.label != "N")


def without(sl: WindowSlice, stem: str) -> WindowSlice:
    """The slice with one stem left out and its chords spelled again from the rest: what a part written for
    that stem is held to (a part is never judged against the chords it spells itself)."""
    rest = {k: v for k, v in sl.stems.items() if k != stem}
    return WindowSlice(sl.window, rest, sl.grid, window_chords(rest, sl.grid, sl.window.start_s, sl.window.end_s))


def load_context(store: Store, track_id: str) -> TrackContext:
    stems = tuple(r["stem"] for r in store.stem_rows(track_id) if not r["empty"])
    ctx = track_context(store.track_analysis(track_id), store.sections(track_id), stems)
    return dataclasses.replace(ctx, last_onset_s=store.last_onset_s(track_id))


def track_context(analysis: TrackAnalysis, sections: tuple[Section, ...], stems: tuple[str, ...] = ()) -> TrackContext:
    """The track-level facts a heuristic may use explicitly (and must label as track-level)."""
    meter, key = analysis.meter, analysis.key
    return TrackContext(meter=meter.label if meter else None, beats_per_bar=meter.beats_per_bar if meter else None,
                        key_label=key.label if key else None, key_tonic_pc=key.pitch_class if key else None,
                        key_scale=key.scale if key else None,
                        sections=tuple((x.start_s, x.end_s, x.label) for x in sections), stems=stems,
                        tuning_cents=analysis.tuning_cents,
                        concert_cents=(analysis.concert or {}).get("cents"),
                        concert_spread=(analysis.concert or {}).get("spread"),
                        section_levels_db=tuple(x.energy_db for x in sections),
                        stem_summaries={k: v for k, v in analysis.stems.items() if not v.empty},
                        lyric_words=tuple((float(w["start_s"]), float(w["end_s"]), str(w["word"]))
                                          for w in analysis.lyrics.get("words", []))
                        if isinstance(analysis.lyrics, dict) else None,
                        vibrato=tuple((float(a), float(z), int(n), float(r), float(d))
                                      for a, z, n, r, d in analysis.vibrato.get("vocals", []))
                        if isinstance(analysis.vibrato, dict) else None)
