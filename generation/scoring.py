"""Constraints and scores for a part: the same for generated options and for notes an agent wrote. No\nscore reads the part it judges: the window's own notes are never a target."""

from __future__ import annotations

import numpy as np

from analysis.rhythm import place_on_grid
from analysis.core.vocabulary import PITCH_CLASS
from heuristics.rules import h006_register_overlap
from analysis.core.types import (Frames, Note, Notes, StemSlice, TrackContext, WindowSlice, articulation_gap_s,
                                 articulations, as_notes, distinct_onsets)

from .directive import STRONG_S, TRUSTED_CHORD, chord_at, grid_of, on_beat, period_of
from .habits import (KICK, SNARE, Habits, bar_positions, line_steps, onset_f, onset_groups, onsets_per_beat,
                     pitch_profile, position_profile, window_contexts)
from .models import Directive, ScoreBreakdown

TARGET_DENSITY = {"bass": 1.5, "drums": 3.0}  # onsets per beat; melodic stems: 1.5
RATE_SPAN_BEATS = 4  # the onset ceiling holds over any span of this many beats


def chord_heard(d: Directive, t: float):
    """The directive's chord a note starting at ``t`` is heard against: a note up to 30 ms before a
    change belongs to the new chord (the change sits on a tracked beat; a player, or a float, a few ms
    early is on it)."""
    return chord_at(d, t + STRONG_S) or chord_at(d, t)


def violations(notes: list[Note], d: Directive) -> list[str]:
    """Hard constraints; an empty list means the part may be used. Pitch: a note held on a beat (half a
    beat or longer), or one held a beat or longer, must be allowed over its chord where the other parts
    state that chord with confidence (:data:`TRUSTED_CHORD`); a short note may pass
    chromatically, and so may a held one that resolves by step (players do; it costs key fit instead). Rate: at most the beat ceiling times four in
    any four beats (a bar of 4/4), onsets faster than the ceiling's grid (a strum, a flam, a grace
    note) counted with the stroke they decorate (:func:`analysis.core.types.articulation_gap_s`)."""
    notes = as_notes(notes)
    out = []
    lo, hi = d.constraints.register_range
    beats = grid_of(d)
    period = period_of(beats)
    groups = onset_groups(notes)
    for n in notes:
        t = n.time_s
        if not d.start_s <= t < d.end_s:
            out.append(f"note at {t:.3f} s lies outside the window [{d.start_s:g}, {d.end_s:g})")
        elif t + n.duration_s > d.end_s + 1e-6:
            out.append(f"note at {t:.3f} s lasts past the window's end")
        if not lo <= n.pitch <= hi:
            out.append(f"pitch {n.pitch} at {t:.3f} s is outside the {d.stem} register {lo}-{hi}")
        chord = chord_heard(d, t)
        # the harmony is heard on a note held on the beat, or held a beat; a short approach note on the
        # beat is a player's chromatic passing (it costs key fit instead), and so is a held one that
        # resolves by step (a walking bass's approach to the next root holds its beat). A hard rule
        # rests on a chord the other parts state with confidence: where the reading is unsure, or there
        # is none and only a key estimate, a wrong note costs key fit instead (a player's D diminished
        # chord, read from a bass and a voice as a C sharp fifth, is not rejected)
        structural = (on_beat(t, beats) and n.duration_s >= period * 0.45) or n.duration_s >= period * 0.95
        if (d.stem != "drums" and structural and chord is not None and chord.confidence >= TRUSTED_CHORD
                and n.pitch % 12 not in chord.allowed_pitch_classes
                and not _resolves_by_step(n, groups, period, d.end_s)):
            out.append(f"pitch {n.pitch} at {t:.3f} s is not allowed over {chord.chord}")
    if len(beats) >= 1 and notes:
        ceiling = d.constraints.beat_ceiling
        per_beat = onsets_per_beat([n.time_s for n in notes], beats, articulation_gap_s(period, ceiling))
        # the ceiling is a rate a part keeps over a bar's length: one beat may carry a fill's extra
        # note (a pickup, a quintuplet) where the beats around it stay within the rate
        span = min(RATE_SPAN_BEATS, len(per_beat))
        sums = np.convolve(per_beat, np.ones(span, dtype=int), mode="valid")
        if sums.max() > span * ceiling:
            out.append(f"{int(sums.max())} onsets in {span} beats: the ceiling is {ceiling} a beat")
    return out[:50]


def _resolves_by_step(n: Note, groups: list[tuple[float, list[Note]]], period: float,
                      end_s: float = float("inf")) -> bool:
    """Whether the part's next onset (within a beat and a half) has a note a semitone or a tone from
    ``n``: a passing or approach tone, the non-chord tone theory allows where it resolves by step. A
    note whose next onset would fall past the window's end (``end_s``) with none before it is not
    judged: where it resolves lies outside the part (an approach on the last beat leads into the bar
    after the window)."""
    after = [ns for t, ns in groups if n.time_s + STRONG_S < t <= n.time_s + 1.5 * period]
    if not after:
        return n.time_s + 1.5 * period >= end_s
    return any(1 <= abs(m.pitch - n.pitch) <= 2 for m in after[0])


def with_part(sl: WindowSlice, stem: str, notes: list[Note]) -> WindowSlice:
    """The window with ``stem`` replaced by the candidate notes (placed on the window's grid), nothing of
    the stem's own left."""
    notes = as_notes(notes)
    times = np.array([n.time_s for n in notes])
    idx, subs, offs = place_on_grid(times, np.asarray(sl.grid.beats_s))
    # no audio frames: the window's own stem's would be the judged part's sound
    part = StemSlice(stem, Notes.of(notes, beat_index=idx, offset_ms=offs, subdivision=subs), Frames.from_rows([]), False,
                     "generated")
    return WindowSlice(sl.window, {**{k: v for k, v in sl.stems.items() if k != stem}, stem: part}, sl.grid, sl.chords)


def score(notes: list[Note], d: Directive, sl: WindowSlice, ctx: TrackContext,
          habits: Habits | None = None) -> ScoreBreakdown:
    """The part against targets that never read the window's own part: the harmony the other stems spell
    (the directive's chords) and music theory (chord tones on the beats, moves a line makes, the stem's
    range), the other stems in the window (kick and snare, register overlap), and the same stem outside
    the window (``habits``: register, density, rhythm vocabulary, lock with the kick). Without habits
    the stem's usual register and density stand in. ``d.constraints.current_notes`` is never read.
    ``notes``: Notes (note rows are read as Notes)."""
    notes = as_notes(notes)
    bad = violations(notes, d)
    if habits is not None:  # the stem where the other stems play as they do here
        bars = window_contexts(sl, d.stem)
        habits = habits.near([c for _, c, _ in bars], [s for s, _, _ in bars])
    if not notes:
        return ScoreBreakdown(key_fit=0, register_fit=0, masking=0, rhythmic_lock=None, density_fit=0,
                              rhythm_fit=0, voice_leading=0, consonance=0, violations=bad + ["the part has no notes"],
                              total=0.0)
    beats = grid_of(d)
    key_fit = _harmony(notes, d, beats, strong_beats(d, sl, beats))
    lo, hi = d.constraints.register_range
    drums = d.stem == "drums"
    pitches = [n.pitch for n in notes]
    if drums:
        register_fit = 1.0
    elif habits is not None:  # the overlap of the part's register with the player's (moved as requested)
        mine = pitch_profile(np.asarray(pitches) - d.register_shift)
        register_fit = float(np.minimum(mine, habits.register).sum())
    else:  # the stem's range centre
        register_fit = float(np.exp(-abs(float(np.median(pitches)) - (lo + hi) / 2) / ((hi - lo) / 4)))
    steps = line_steps(notes, d.stem == "bass")
    allowed_step = max(7.0, habits.step_p90 if habits is not None else 7.0)  # a fifth, or the player's usual leap
    voice_leading = (1.0 if drums or not len(steps) else
                     float(np.mean(np.exp(-np.maximum(0.0, steps - allowed_step) / 6.0))))
    trial = with_part(sl, d.stem, notes)
    mask = h006_register_overlap(trial, ctx)
    masking = max((p.risk for p in mask.evidence.pairs if d.stem in p.pair), default=0.0) if mask.status == "ok" else 0.0
    onsets = distinct_onsets([n.time_s for n in notes], STRONG_S)
    lock = _lock(onsets, sl, d.stem)
    lock_fit = None
    if lock is not None:  # as close to the kick as the player keeps elsewhere (theory: a bass on it)
        target = habits.kick_lock if habits is not None and habits.kick_lock is not None else \
            (0.6 if d.stem == "bass" else 0.0)
        lock_fit = min(1.0, lock / target) if target > 0.05 else 1.0
    # articulations, as the stem's bars elsewhere count them (a strum a transcription splits is one), over the
    # beats of the bars the part plays in, as the stem's bars elsewhere are counted (Habits.near: bars it rests
    # in are not among them): a part that plays one bar of two at the stem's usual rate is at that rate; a bar
    # it holds a chord through (a beat or more) it plays in, struck or not, here as elsewhere (BarNotes.held_bars)
    arts = articulations(onsets, articulation_gap_s(period_of(beats), d.constraints.beat_ceiling))
    rate = len(arts) / _played_beats(arts, sl, d, notes)
    factor = 1.5 if d.density == "more" or d.offbeats else 0.6 if d.density == "less" else 1.0
    density_fit = _density_fit(rate, habits, d.stem, factor)
    rhythm_fit = _rhythm(onsets, sl, habits) if habits is not None else 1.0
    # texture: as many notes to a stroke as the player sounds in bars like these (chords where they comp
    # chords, one note where they play a line); twice or half as many: 0.5
    strokes = articulations([n.time_s for n in notes], articulation_gap_s(period_of(beats), d.constraints.beat_ceiling))
    texture_fit = (float(2.0 ** -abs(np.log2((len(notes) / max(1, len(strokes))) / habits.notes_per_stroke)))
                   if habits is not None and habits.notes_per_stroke > 0 else 1.0)
    consonance = _consonance(notes, sl, d.stem, beats)
    # weights set once from what a listener weighs most (the harmony on the beats, the groove), never
    # fitted to the benchmark
    # masking counts where the stem has no register of its own in the track: where it has, the player's
    # register beside these same stems is the target, and the overlap the arrangement chose is no fault
    parts = [(key_fit, 2.0), (consonance, 1.0), (rhythm_fit, 2.0), (register_fit, 1.0), (voice_leading, 1.0),
             (1.0 - masking, 0.0 if habits is not None else 1.0), (density_fit, 1.0), (texture_fit, 1.0)]
    if lock_fit is not None:
        parts.append((lock_fit, 1.0))
    total = 0.0 if bad else float(sum(v * w for v, w in parts) / sum(w for _, w in parts))
    return ScoreBreakdown(key_fit=round(key_fit, 3), register_fit=round(register_fit, 3), masking=round(masking, 3),
                          rhythmic_lock=None if lock is None else round(lock, 3), density_fit=round(density_fit, 3),
                          rhythm_fit=round(rhythm_fit, 3), voice_leading=round(voice_leading, 3),
                          consonance=round(consonance, 3), texture_fit=round(texture_fit, 3), violations=bad,
                          total=round(total, 3))


def _density_fit(rate: float, habits: Habits | None, stem: str, factor: float = 1.0) -> float:
    """The part's articulations a beat against the player's, on a log scale (twice or half as many: 0.37),
    times ``factor`` (a request for more or fewer). Where the habits are those of bars like the window's,
    the rate is judged against each bar's rate, weighted as the bar is, not against their mean: a player
    who sounds one chord a bar in the verse and strums eighths in the chorus has two rates, and their mean,
    which no bar plays, is no target (a guitar holding a chord a bar was judged against a mean that one
    strummed bar alike pulled up, and its own part doubled fitted it better)."""
    def fit(target: float) -> float:
        return float(np.exp(-abs(np.log(max(rate, 1e-3) / max(target * factor, 1e-3))) / np.log(2)))

    if habits is None:
        return fit(TARGET_DENSITY.get(stem, 1.5))
    if not habits.bar_rates or not sum(habits.bar_weights):
        return fit(habits.onsets_per_beat)
    return float(np.average([fit(r) for r in habits.bar_rates], weights=habits.bar_weights))


def _played_beats(onsets: np.ndarray, sl: WindowSlice, d: Directive, notes: list[Note] = ()) -> float:
    """The window's beats that lie in a bar where one of ``onsets`` falls (a note up to 30 ms before a bar's
    first beat is in that bar), or that one of ``notes`` sounds in a beat or more from the bar's first beat
    (a chord held over the bar line: the part plays in that bar, unstruck); the window's length in beats
    where the grid gives no bars."""
    period = period_of(grid_of(d))
    whole = max(1.0, (d.end_s - d.start_s) / period)
    beats, bars = np.asarray(sl.grid.beats_s, dtype=float), np.asarray(sl.grid.bar_index)
    inside = (beats >= d.start_s - STRONG_S) & (beats < d.end_s - STRONG_S)
    if not len(onsets) or not inside.any() or len(bars) != len(beats):
        return whole
    k = np.clip(np.searchsorted(beats - STRONG_S, onsets, side="right") - 1, 0, len(beats) - 1)
    played = set(bars[k].tolist())
    if len(notes):
        starts = np.array([n.time_s for n in notes])
        ends = starts + np.array([n.duration_s for n in notes])
        for bar in set(bars[inside].tolist()) - played:
            first = float(beats[bars == bar][0])
            if np.any((starts < first - STRONG_S) & (ends >= first + period - STRONG_S)):
                played.add(bar)
    return float(max(1, np.sum(inside & np.isin(bars, list(played)))))


def strong_beats(d: Directive, sl: WindowSlice, beats: np.ndarray) -> np.ndarray:
    """The window's strongest beats (arrivals): the bars' first beats and the beats where the other
    stems' harmony changes."""
    grid = sl.grid
    downbeats = np.asarray(grid.beats_s)[np.asarray(grid.beat_in_bar) == 1] if len(grid.beats_s) else np.zeros(0)
    changes = [c.start_s for c in d.constraints.chords if len(beats) and np.min(np.abs(beats - c.start_s)) < STRONG_S]
    return np.r_[downbeats, changes]


def _harmony(notes: list[Note], d: Directive, beats: np.ndarray, arrivals: np.ndarray) -> float:
    """Chord tones on the beats, weighted by the beat's strength (a bar's first beat or a chord's arrival
    3, the other beats 2), allowed pitch classes off the beat (weight 1, a chromatic passing note
    counting half); a note held into an arrival, against the chord that arrives. Theory for a bass: where the harmony arrives it states the chord's root (another
    chord tone counts half there, where the chord is read with confidence). On a weak beat (not an
    arrival) a tone outside the chord that moves on by step is a passing or neighbour tone, heard as the
    notes between the beats are."""
    if d.stem == "drums":
        return 1.0
    fits, weights = [], []
    groups = onset_groups(notes)
    period = period_of(beats)
    for n in notes:
        t = n.time_s
        chord = chord_heard(d, t)
        pc = n.pitch % 12
        allowed = chord.allowed_pitch_classes if chord else d.constraints.scale_pitch_classes
        if on_beat(t, beats):  # the harmony is heard on the beat: its chord tones there
            strong = bool(len(arrivals)) and float(np.min(np.abs(arrivals - t))) < STRONG_S
            if chord is not None and pc in chord.chord_tones:
                stated = chord.confidence < TRUSTED_CHORD or pc == chord_root(chord.chord)
                fit = 0.5 if d.stem == "bass" and strong and not stated else 1.0
            elif not strong and _resolves_by_step(n, groups, period, d.end_s):
                fit = 1.0 if pc in allowed else 0.5
            else:
                fit = 0.5 if pc in allowed else 0.0
            fits.append(fit)
            weights.append(3.0 if strong else 2.0)
        else:
            fits.append(1.0 if pc in allowed else 0.5)
            weights.append(1.0)
        # held into an arrival (a bar's first beat, a chord change) after its start: heard against the chord
        # that arrives there, as a note struck there would be; a tone of that chord, or one that moves on by
        # step (a suspension resolving), fits
        for arrival in np.unique(np.round(arrivals[(arrivals > t + STRONG_S) & (arrivals < t + n.duration_s - STRONG_S)], 2)):
            new = chord_heard(d, float(arrival))
            if new is None or new is chord or new.confidence < TRUSTED_CHORD:
                continue
            fits.append(1.0 if pc in new.chord_tones or _resolves_by_step(n, groups, period, d.end_s) else
                        0.5 if pc in new.allowed_pitch_classes else 0.0)
            weights.append(3.0)
    return float(np.average(fits, weights=weights))


def chord_root(label: str) -> int | None:
    """The root pitch class of a chord label ("F#:min/5" -> 6)."""
    return PITCH_CLASS.get(label.split(":")[0].split("/")[0])


def _consonance(notes: list[Note], sl: WindowSlice, stem: str, beats: np.ndarray) -> float:
    """Each note against what the other pitched stems sound while it is heard (its first half beat):
    the share its pitch class has of their sounding time, against their most sounded pitch class
    (1: a tone they sound most; 0: one none of them sounds), notes on the beat weighted double. Finer
    in time than the chord spans, which a beat-level reading draws. 1 where no other part sounds."""
    if stem == "drums":
        return 1.0
    others = [(s.notes.time_s, s.notes.time_s + s.notes.duration_s, s.notes.pitch % 12)
              for name, s in sl.stems.items() if name not in (stem, "drums") and len(s.notes)]
    if not others:
        return 1.0
    starts = np.concatenate([a for a, _, _ in others])
    ends = np.concatenate([b for _, b, _ in others])
    pcs = np.concatenate([p for _, _, p in others]).astype(int)
    half = period_of(beats) / 2
    fits, weights = [], []
    for n in notes:
        a, b = n.time_s, n.time_s + min(n.duration_s, half)
        overlap = np.clip(np.minimum(ends, b) - np.maximum(starts, a), 0.0, None)
        chroma = np.bincount(pcs, weights=overlap, minlength=12)
        if chroma.max() <= 0:
            continue
        fits.append(chroma[n.pitch % 12] / chroma.max())
        weights.append(2.0 if on_beat(a, beats) else 1.0)
    return float(np.average(fits, weights=weights)) if fits else 1.0


def _lock(onsets: np.ndarray, sl: WindowSlice, stem: str) -> float | None:
    """Onset F of the part against the kick and snare in the window (None: no kit plays there)."""
    drums = sl.stems.get("drums")
    if stem == "drums" or drums is None or not len(drums.notes):
        return None
    kit = np.array([t for t, p in zip(drums.notes.time_s, drums.notes.pitch) if p in KICK + SNARE])
    return onset_f(kit, onsets) if len(kit) else None


def _rhythm(onsets: np.ndarray, sl: WindowSlice, habits: Habits) -> float:
    """How much the part's bar positions look like the stem's elsewhere (cosine of the two profiles)."""
    if len(sl.grid.beats_s) < 2 or not habits.profile.any():
        return 1.0
    mine = position_profile(bar_positions(onsets, sl.grid.beats_s, sl.grid.beat_in_bar), habits.beats_per_bar)
    norm = float(np.linalg.norm(mine) * np.linalg.norm(habits.profile))
    return float(mine @ habits.profile / norm) if norm else 0.0
