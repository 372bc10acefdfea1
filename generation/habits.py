"""How a stem plays elsewhere in the track: its register, density, rhythm vocabulary and bars, read
through the Store from everything outside the window (never from the window's own part).

A note's bar position is its slot on a grid of SLOTS_PER_BEAT per beat, counted from the bar's first
beat: position = (beat_in_bar - 1) * SLOTS_PER_BEAT + slot. Twelve slots hold sixteenths (3) and
triplet eighths (4) alike.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

import numpy as np

from analysis.core.types import Note, articulation_gap_s, articulations, distinct_onsets
from analysis.core.vocabulary import DRUM_CLASSES
from analysis.store import Store

from .directive import STRONG_S

SLOTS_PER_BEAT = 12
KICK, SNARE = DRUM_CLASSES["kick"], DRUM_CLASSES["snare"]  # the vocabulary's (its snare counts the clap, 39)
ONSET_WINDOW_S = 0.05  # the onset tolerance of mir_eval.onset: two onsets closer than this coincide


def bar_positions(times_s, beats_s, beat_in_bar) -> np.ndarray:
    """Each time's bar position (slot from the bar's first beat), -1 where the grid does not reach it.
    The grid extends one beat before its first beat and after its last."""
    times_s = np.asarray(times_s, dtype=float)
    beats = np.asarray(beats_s, dtype=float)
    where = np.asarray(beat_in_bar, dtype=int)
    out = np.full(len(times_s), -1, dtype=int)
    if len(beats) < 2 or not len(times_s):
        return out
    period = float(np.median(np.diff(beats)))
    per_bar = int(where.max())
    beats = np.r_[beats[0] - period, beats, beats[-1] + period]
    where = np.r_[(where[0] - 2) % per_bar + 1, where, where[-1] % per_bar + 1]
    k = np.searchsorted(beats, times_s, side="right") - 1
    ok = (k >= 0) & (k < len(beats) - 1)
    k = np.clip(k, 0, len(beats) - 2)
    slot = np.round((times_s - beats[k]) / (beats[k + 1] - beats[k]) * SLOTS_PER_BEAT).astype(int)
    wrap = slot >= SLOTS_PER_BEAT
    k = np.where(wrap, k + 1, k)
    slot = np.where(wrap, 0, slot)
    ok &= k < len(beats)
    pos = (where[np.clip(k, 0, len(beats) - 1)] - 1) * SLOTS_PER_BEAT + slot
    out[ok] = pos[ok]
    return out


def position_profile(positions: np.ndarray, beats_per_bar: int) -> np.ndarray:
    """A normalised histogram of onsets over bar positions, each onset spread a slot either side
    (a player's timing is not the grid's)."""
    size = beats_per_bar * SLOTS_PER_BEAT
    hist = np.zeros(size)
    for p in positions[positions >= 0]:
        hist[p % size] += 1.0
        hist[(p - 1) % size] += 0.5
        hist[(p + 1) % size] += 0.5
    total = hist.sum()
    return hist / total if total else hist


def pitch_profile(pitches, weights=None, spread_st: float = 2.0) -> np.ndarray:
    """A normalised distribution over MIDI pitches 0-127, each note spread as a Gaussian of ``spread_st``
    semitones (a register, not a pitch-class set)."""
    grid = np.arange(128.0)
    pitches = np.asarray(pitches, dtype=float)
    weights = np.ones(len(pitches)) if weights is None else np.asarray(weights, dtype=float)
    out = (weights[:, None] * np.exp(-0.5 * ((grid[None, :] - pitches[:, None]) / spread_st) ** 2)).sum(axis=0)
    total = out.sum()
    return out / total if total else out


def onsets_per_beat(times_s, beats_s, gap_s: float) -> np.ndarray:
    """Articulations (onsets ``gap_s`` apart) counted in each beat of the grid, a beat starting 30 ms
    before its tracked time (a note that close to a beat is on it: a player early, a tracker late), the
    grid extended by the beat after its last."""
    beats = np.asarray(beats_s, dtype=float)
    onsets = articulations(times_s, gap_s)
    if not len(beats) or not len(onsets):
        return np.zeros(0, dtype=int)
    if len(beats) > 1:  # the beat after the grid's last (a note just before it is on it, not in the last)
        beats = np.r_[beats, beats[-1] + float(np.median(np.diff(beats)))]
    return np.bincount(np.clip(np.searchsorted(beats - STRONG_S, onsets, side="right") - 1, 0, None))


def onset_f(reference_s, estimate_s, window_s: float = ONSET_WINDOW_S) -> float:
    """mir_eval.onset's F-measure (one-to-one matching within ``window_s``); 0 when either is empty."""
    import mir_eval

    ref, est = np.unique(np.round(reference_s, 4)), np.unique(np.round(estimate_s, 4))
    if not len(ref) or not len(est):
        return 0.0
    return float(mir_eval.onset.f_measure(ref, est, window=window_s)[0])


def onset_groups(notes: list) -> list[tuple[float, list]]:
    """Notes grouped by onset (a chord is one onset), in time order; each note as given (a Note, or a
    note row as eval's scripts build them)."""
    groups: dict[float, list] = {}
    for n in sorted(notes, key=lambda n: Note.of(n).time_s):
        groups.setdefault(round(float(Note.of(n).time_s), 3), []).append(n)
    return sorted(groups.items())


def line_steps(notes: list[Note], lowest: bool) -> np.ndarray:
    """The sizes (semitones) of the moves between successive onsets of the part's line: its lowest
    note at each onset for a bass, its highest for the others."""
    pick = min if lowest else max
    line = [pick(Note.of(n).pitch for n in ns) for _, ns in onset_groups(notes)]
    return np.abs(np.diff(line)) if len(line) > 1 else np.zeros(0)


@dataclass(frozen=True)
class BarNotes:
    """One bar of the stem outside the window: its notes relative to the bar, and what the other
    stems play in it (the context a bar of the window is matched against)."""

    notes: tuple[tuple[int, int, float, int], ...]  # (bar position, semitones from the bar's first note, beats, velocity)
    first_pitch: int
    context: frozenset  # (stem, bar position) for the kick, the snare and every other stem's onsets
    bar_start_s: float
    chroma: np.ndarray  # the other pitched stems' pitch classes in the bar, by sounding time (unit length)
    notes_per_stroke: float = 1.0  # notes an articulation sounds: 1 for a line, 3-6 for a strummed chord
    # the bars after it the stem sounds in without striking (a chord held over the bar line a beat or more):
    # its articulations are spread over them too, as the window's are over the bars the part sounds in
    held_bars: int = 0


@dataclass(frozen=True)
class Habits:
    """The stem outside the window."""

    n_notes: int
    register_median: float
    register_spread: float  # interquartile range, semitones
    register: np.ndarray  # pitch_profile of its notes
    onsets_per_beat: float
    profile: np.ndarray  # position_profile of its onsets
    step_p90: float  # the 90th percentile of its line's moves, semitones
    kick_lock: float | None  # onset F of its onsets against the kick's (None: no kick outside)
    bars: tuple[BarNotes, ...]
    beats_per_bar: int
    notes_per_stroke: float = 1.0  # the stem's texture: notes each articulation sounds (a line 1, chords more)
    # each bar's articulations a beat and its weight, where the habits are those of bars like the window's
    # (Habits.near): the rates a part is judged against one by one (empty: ``onsets_per_beat`` alone)
    bar_rates: tuple[float, ...] = ()
    bar_weights: tuple[float, ...] = ()

    def near(self, contexts: list[frozenset], starts_s: Sequence[float] = ()) -> "Habits":
        """The habits of the bars whose other stems play most like ``contexts`` (the window's bars, in
        order): each bar weighted by exp((likeness - best) / 0.1), likeness its :func:`phrase_likeness`
        (the window's run of bars against the run around it), and by exp(-distance / NEAR_BARS), its
        distance in bars from the nearest of the window's bars (``starts_s``, their starts; none given:
        no distance counts). The track-wide habits where no bar or context is known."""
        if not self.bars or not contexts:
            return self
        like = phrase_likeness(self.bars, contexts)
        weight = np.exp((like - like.max()) / 0.1) * proximity(self.bars, starts_s)
        pitches = [(b.first_pitch + i, w) for b, w in zip(self.bars, weight) for _, i, _, _ in b.notes]
        p, pw = np.array([x for x, _ in pitches], dtype=float), np.array([w for _, w in pitches])
        order = np.argsort(p)
        cum = np.cumsum(pw[order]) / pw.sum()
        quantile = (lambda q: float(p[order][np.searchsorted(cum, q)]))
        profile = sum(w * position_profile(np.array([q for q, _, _, _ in b.notes]), self.beats_per_bar)
                      for b, w in zip(self.bars, weight))
        rates = [_articulations([q for q, _, _, _ in b.notes]) / (self.beats_per_bar * (1 + b.held_bars))
                 for b in self.bars]
        onsets = float(np.dot(weight, rates) / weight.sum())
        stroke = float(sum(w * b.notes_per_stroke for b, w in zip(self.bars, weight)) / weight.sum())
        return replace(self, register_median=quantile(0.5), register_spread=quantile(0.75) - quantile(0.25),
                       register=pitch_profile(p, pw), notes_per_stroke=stroke, onsets_per_beat=onsets,
                       profile=profile / profile.sum(), bar_rates=tuple(float(r) for r in rates),
                       bar_weights=tuple(float(w) for w in weight))


# A section's length in bars (eight in most songs): among bars whose other stems play alike, the player's
# nearest are the likeliest to be the same section. Drums, chords and a singer may play a second verse as
# the first while the bass walks where it pumped before, or a guitar holds chords in an intro the other
# stems sit out (every bar elsewhere then looks alike); the bars around the window tell which.
NEAR_BARS = 8.0


def proximity(bars: Sequence[BarNotes], starts_s: Sequence[float]) -> np.ndarray:
    """exp(-distance / NEAR_BARS) for each bar: its distance in bars (the shortest step between the bars:
    a bar) from the nearest of ``starts_s``; ones where no start is given or no bar length is known."""
    starts = np.array([b.bar_start_s for b in bars], dtype=float)
    steps = np.diff(starts)
    if not len(starts_s) or not len(steps) or float(np.min(steps)) <= 0:
        return np.ones(len(bars))
    distance_s = np.min(np.abs(starts[:, None] - np.asarray(starts_s, dtype=float)[None, :]), axis=1)
    return np.exp(-distance_s / float(np.min(steps)) / NEAR_BARS)


def _follows(bars: Sequence[BarNotes]) -> list[int]:
    """The bar after each (index into bars, or -1): the next bar the stem plays, if it is the next bar (the
    shortest step between the bars is a bar; a longer one skips the bars the stem rests in)."""
    starts = np.array([b.bar_start_s for b in bars])
    steps = np.diff(starts)
    bar_s = float(np.min(steps)) if len(steps) else 0.0
    return [k + 1 if k + 1 < len(bars) and steps[k] < 1.5 * bar_s else -1 for k in range(len(bars))]


def bar_runs(bars: Sequence[BarNotes], n: int) -> list[tuple[int, ...]]:
    """Every run of ``n`` bars the stem plays one after another outside the window (indices into bars)."""
    follows = _follows(bars)
    out = []
    for k in range(len(bars)):
        run = [k]
        while len(run) < n and follows[run[-1]] >= 0:
            run.append(follows[run[-1]])
        if len(run) == n:
            out.append(tuple(run))
    return out


def phrase_likeness(bars: Sequence[BarNotes], contexts: list[frozenset], place: int | None = None) -> np.ndarray:
    """How much each bar, with the bars around it, looks like the window's run of bars: for the best
    place of the bar in the window's run, the mean Jaccard index of each window bar's context (the
    other stems' onsets by bar position) with the context of the bar as far from it, over the bars the
    stem plays outside the window (one it rests in, or the window's own, says nothing either way). A
    phrase is heard in its neighbours: a bar where the singer breathes looks like a solo bar alone, and
    like the verse beside the verse's bars. ``place``: the bar as the window's bar of that index only."""
    follows = _follows(bars)
    before = [-1] * len(bars)
    for k, f in enumerate(follows):
        if f >= 0:
            before[f] = k
    n = len(contexts)
    out = np.zeros(len(bars))
    for k in range(len(bars)):
        best = 0.0
        for i in (range(n) if place is None else [place]):  # bar k as the window's i-th bar
            terms = [jaccard(bars[k].context, contexts[i])]
            for js, link in ((range(i - 1, -1, -1), before), (range(i + 1, n), follows)):
                m = k
                for j in js:
                    m = link[m] if m >= 0 else -1
                    if m >= 0:
                        terms.append(jaccard(bars[m].context, contexts[j]))
            best = max(best, float(np.mean(terms)))
        out[k] = best
    return out


def _articulations(positions) -> int:
    """Articulations among bar positions: a position a slot after an articulation's first (a strum, a
    grace note: faster than the sixteenth grid, see :func:`articulation_gap_s`) belongs to it."""
    return len(articulations(positions, 2))


def jaccard(a: frozenset, b: frozenset) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 1.0


def window_contexts(sl, stem: str) -> list[tuple[float, frozenset, np.ndarray]]:
    """(bar start, context, chroma) for every bar the window touches: the other stems' onsets by bar
    position, and their pitch classes (see :class:`BarNotes`)."""
    grid = sl.grid
    if len(grid.beats_s) < 2:
        return []
    period = float(np.median(np.diff(grid.beats_s)))
    per_bar = int(max(grid.beat_in_bar.max(), 1))
    onsets = {}
    pitched = []
    for name, part in sl.stems.items():
        if name == stem or not len(part.notes):
            continue
        if name != "drums":
            pitched += list(zip(part.notes.time_s, part.notes.duration_s, part.notes.pitch))
        if name == "drums":
            onsets["kick"] = [t for t, p in zip(part.notes.time_s, part.notes.pitch) if p in KICK]
            onsets["snare"] = [t for t, p in zip(part.notes.time_s, part.notes.pitch) if p in SNARE]
        else:
            onsets[name] = list(part.notes.time_s)
    starts = []  # one per bar: its downbeat, else its first beat in the window moved back to where the bar began
    for bar in dict.fromkeys(int(i) for i in grid.bar_index):
        first = int(np.nonzero(grid.bar_index == bar)[0][0])
        starts.append(float(grid.beats_s[first]) - (int(grid.beat_in_bar[first]) - 1) * period)
    return [(s, context_of(onsets, s, s + per_bar * period, grid.beats_s, grid.beat_in_bar),
             chroma_of(pitched, max(s, sl.window.start_s), min(s + per_bar * period, sl.window.end_s))) for s in starts]


def habits_of(store: Store, track_id: str, stem: str, start_s: float, end_s: float,
              context: Sequence[str] | None = None) -> Habits | None:
    """The stem's habits outside [start_s, end_s) and the other stems' bars around them (None: fewer
    than eight notes outside, or no beat grid). ``context``: the stems the part is fitted against (the
    window's selection; its bars elsewhere are compared with the window's over the same stems); every
    stem the track has when None."""
    grid = store.grid(track_id)
    if len(grid.beats_s) < 2:
        return None
    beats, where = grid.beats_s, grid.beat_in_bar
    per_bar = int(where.max())
    notes = store.notes_outside(track_id, stem, start_s, end_s).each()
    if len(notes) < 8:
        return None
    times = np.array([n.time_s for n in notes])
    pitches = np.array([n.pitch for n in notes], dtype=float)
    onsets = distinct_onsets(times, STRONG_S)
    pos = bar_positions(onsets, beats, where)
    # beats the stem is present for: from its first to its last note, outside the window
    present = np.sum((beats >= onsets.min() - 1e-3) & (beats <= onsets.max() + 1e-3) &
                     ((beats < start_s) | (beats >= end_s)))
    others = {r["stem"] for r in store.stem_rows(track_id)} - {stem}
    if context is not None:
        others &= set(context)
    other_onsets: dict[str, np.ndarray] = {}
    pitched: list[tuple[float, float, int]] = []
    for name in sorted(others):
        around = store.notes_outside(track_id, name, start_s, end_s).each()
        if name != "drums":
            pitched += [(n.time_s, n.duration_s, n.pitch) for n in around]
        if name == "drums":
            other_onsets["kick"] = np.array([n.time_s for n in around if n.pitch in KICK])
            other_onsets["snare"] = np.array([n.time_s for n in around if n.pitch in SNARE])
        else:
            other_onsets[name] = distinct_onsets([n.time_s for n in around], STRONG_S)
    kick = other_onsets.get("kick")
    kick_lock = onset_f(kick, onsets) if kick is not None and len(kick) else None
    stroke = len(notes) / max(1, len(articulations(times, articulation_gap_s(float(np.median(np.diff(beats))), 4))))
    return Habits(n_notes=len(notes), register_median=float(np.median(pitches)), notes_per_stroke=stroke,
                  register_spread=float(np.subtract(*np.percentile(pitches, [75, 25]))),
                  register=pitch_profile(pitches),
                  onsets_per_beat=len(onsets) / max(1, int(present)), profile=position_profile(pos, per_bar),
                  step_p90=float(np.percentile(line_steps(notes, stem == "bass"), 90)) if len(onsets) > 2 else 7.0,
                  kick_lock=kick_lock, bars=_bars(notes, other_onsets, pitched, beats, where, start_s, end_s),
                  beats_per_bar=per_bar)


def context_of(onsets_by_name: dict[str, np.ndarray], bar_start_s: float, bar_end_s: float, beats, where) -> frozenset:
    """(name, bar position) for every onset of the other stems inside one bar."""
    out = set()
    for name, ts in onsets_by_name.items():
        ts = np.asarray(ts, dtype=float)
        inside = ts[(ts >= bar_start_s - 0.03) & (ts < bar_end_s - 0.03)]
        for p in bar_positions(inside, beats, where):
            if p >= 0:
                out.add((name, int(p)))
    return frozenset(out)


def chroma_of(pitched, start_s: float, end_s: float) -> np.ndarray:
    """A unit-length pitch-class profile of (onset, duration, pitch) notes by their time sounding in [start_s, end_s)."""
    out = np.zeros(12)
    for t, dur, pitch in pitched:
        out[int(pitch) % 12] += max(0.0, min(t + dur, end_s) - max(t, start_s))
    norm = np.linalg.norm(out)
    return out / norm if norm else out


def _bars(notes: list[Note], other_onsets: dict[str, np.ndarray], pitched, beats, where, start_s: float,
          end_s: float) -> tuple[BarNotes, ...]:
    """Every whole bar outside the window where the stem plays."""
    downbeats = np.nonzero(where == 1)[0]
    spans = [(beats[i] - 0.03, (beats[j] if j < len(beats) else beats[-1] + (beats[-1] - beats[-2])) - 0.03)
             for i, j in zip(downbeats, list(downbeats[1:]) + [len(beats)])]
    struck = [any(a <= n.time_s < b for n in notes) for a, b in spans]
    out = []
    for k, (i, j) in enumerate(zip(downbeats, list(downbeats[1:]) + [len(beats)])):
        a, b = spans[k]
        inside = [n for n in notes if a <= n.time_s < b]
        if not inside or (a < end_s and b > start_s):
            continue
        period = (b - a) / max(1, j - i)
        # the bars after it it sounds in, unstruck: a note held a beat or more into each (up to the window,
        # whose own notes are not read)
        sounding, held = max(n.time_s + n.duration_s for n in inside), 0
        for m in range(k + 1, len(spans)):
            a2, b2 = spans[m]
            if struck[m] or (a2 < end_s and b2 > start_s) or sounding < a2 + period:
                break
            held += 1
        first = inside[0].pitch
        strokes = len(articulations([n.time_s for n in inside], articulation_gap_s(period, 4)))
        pos = bar_positions([n.time_s for n in inside], beats, where)
        out.append(BarNotes(notes=tuple((int(p), int(n.pitch - first), float(n.duration_s / period),
                                         int(n.velocity)) for p, n in zip(pos, inside) if p >= 0),
                            first_pitch=int(first), context=context_of(other_onsets, a + 0.03, b + 0.03, beats, where),
                            bar_start_s=float(beats[i]), chroma=chroma_of(pitched, a + 0.03, b + 0.03),
                            notes_per_stroke=len(inside) / max(1, strokes), held_bars=held))
    return tuple(out)
