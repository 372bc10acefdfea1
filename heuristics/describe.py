"""What a producer asks about a window, measured from the window's own rows: each stem's presence,
the events inside the window, the meter and feel, the drum pattern by bar position, the harmony as a
bar chart, and note-level relations between parts.

Like the heuristics, these are pure functions of a WindowSlice and the labelled TrackContext; every
time they report lies inside the window, and every count is counted once (the drum hits here are the
hits every heuristic reads).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import NamedTuple

import numpy as np

from analysis.core.vocabulary import (CHORD_QUALITIES, COMPOUND_METERS, DRUM_CLASSES, FEATURE_HOP_S,
                                      IRREGULAR_BEATS_PER_BAR, MIX_STEM, NOTE_NAMES, PITCH_CLASS, RINGING_HAT_NOTE,
                                      SIDE_STICK_NOTE, SILENT_FRAME_DB, WINDOW_EARLY_S, agrees, chord_label,
                                      parse_chord, window_beat_early_s)
from analysis.stem_analysis import REFINE_SEARCH_S, STRUCK_STEMS
from analysis.core.types import (CHORD_S, Grid, StemSlice, TrackContext, WindowSlice, articulation_gap_s, articulations,
                                 distinct_onsets, playing_s)

from .common import fell_silent, gap_for, pc_durations, phrases, restarts_joined
from .measures import register_of
from .models import (AgainstSong, BarChord, BarCrossing, BarCycle, BarLine, ChangeApproach, ChangeArrival, ChordGrid,
                     ChordRoll, ChordVoicing, DrumPattern,
                     Event, HandStroke, Hands, HeldNote, HeuristicResult, Intonation, IntonedNote, LineEnd, LineFit,
                     LeadLine, LineRepeat, LineStart, MeterReading, OffNote, PairRelation, ParallelMove,
                     PartAgainstSong,
                     PartRubs,
                     PlacedHit, Presence, Rest, SectionRank, SnareVsKick, StemWindowStats, ThirdClash, VibratoNote)

BIN_S = 0.25  # the activity timeline's resolution
LEVEL_STEP_BINS = 4  # a level change is placed where a beat's worth of bins (at 120) holds the new level
TOGETHER_S = 0.05  # two onsets this close start together


# -- where a time falls on the track's bars -----------------------------------------------------------------
ON_BEAT_EARLY, ON_BEAT_EARLY_MAX_S = 0.1, 0.05  # of a beat, and at most: an onset this far ahead of a beat is on it


def bar_beat(sl: WindowSlice, t: float, early: bool = True) -> tuple[int | None, int | None]:
    """(bar from 1, beat in bar from 1) of a time, from the beats inside the window (the track's bar
    numbering); a time before the window's first beat is counted back from it with the window's period. An
    onset (``early``) a hair ahead of a beat is on it; a note's end is not."""
    g = sl.grid
    if not len(g.beats_s):
        return None, None
    # a note a hair before a beat is on it: a singer's call 18 ms ahead of beat four was placed on three (round
    # 20's e06, dev)
    ahead = min(ON_BEAT_EARLY * (g.period_s or 0.5), ON_BEAT_EARLY_MAX_S) if early else 0.0
    k = int(np.searchsorted(g.beats_s, t + ahead + 1e-6, side="right") - 1)
    period = g.period_s or 0.5
    per_bar = max(int(g.beat_in_bar.max()), 1)
    past = int(np.floor((t + ahead + 1e-6 - g.beats_s[-1]) / period)) if k == len(g.beats_s) - 1 else 0
    if past > 0:  # past the window's last beat, counted on with its period: a singer back a hair ahead of the next
        # bar's one, 0.03 s before the window ends, was "on beat four" (round 106's dc10 packet, dev)
        bar, beat = int(g.bar_index[k]) + 1, int(g.beat_in_bar[k]) + past
        return bar + (beat - 1) // per_bar, (beat - 1) % per_bar + 1
    if k >= 0:
        return int(g.bar_index[k]) + 1, int(g.beat_in_bar[k])
    bar, beat = int(g.bar_index[0]) + 1, int(g.beat_in_bar[0])
    back = int(np.ceil((g.beats_s[0] - t) / period - 1e-6))
    for _ in range(back):
        beat -= 1
        if beat < 1:
            bar, beat = bar - 1, per_bar
    return (bar if bar >= 1 else None), beat


EARLY_ON_FIRST = 0.1  # of a beat: a stroke this close before the window's first beat is on it


def _beat_fraction(sl: WindowSlice, t: np.ndarray, early: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """For each time: the index (into the window's beats) of the beat at or before it, and its fraction
    of the way to the next beat; -1 where it lies before the window's first beat. With ``early``, a time up to
    EARLY_ON_FIRST of a beat before the first beat is on it (index 0, fraction 0): a window starting on a bar line
    whose beat is read a few milliseconds after the kick there lost that kick (ft_ballad_eb54's first bar read "no
    kick at all": the nineteenth session's sweep, dev)."""
    beats = sl.grid.beats_s
    if len(beats) < 2:
        return np.full(len(t), -1), np.zeros(len(t))
    ext = np.r_[beats, beats[-1] + sl.grid.period_s]
    k = np.searchsorted(ext, t + 1e-6, side="right") - 1
    k = np.clip(k, -1, len(beats) - 1)
    frac = np.where(k >= 0, (t - ext[np.maximum(k, 0)]) / np.diff(ext)[np.clip(k, 0, len(beats) - 1)], 0.0)
    if early:
        near = (k < 0) & (t >= beats[0] - EARLY_ON_FIRST * (sl.grid.period_s or 0.5))
        k, frac = np.where(near, 0, k), np.where(near, 0.0, frac)
    return k, frac


# -- presence: how much of the window each stem fills --------------------------------------------------------
def _bins(start_s: float, end_s: float) -> int:
    return max(1, int(np.ceil((end_s - start_s) / BIN_S - 1e-9)))


def _audible_bins(s: StemSlice, start_s: float, end_s: float) -> np.ndarray:
    """Per BIN_S bin: at least half the stem's frames there are audible (its own sound, not residue)."""
    n = _bins(start_s, end_s)
    f = s.frames
    if not len(f.time_s):
        return np.zeros(n, bool)
    idx = np.clip(((f.time_s - start_s) / BIN_S).astype(int), 0, n - 1)
    share = np.bincount(idx, f.audible().astype(float), minlength=n) / np.maximum(np.bincount(idx, minlength=n), 1)
    return share >= 0.5


def activity(s: StemSlice, start_s: float, end_s: float) -> np.ndarray:
    """Per BIN_S bin of the window: the stem sounds there (its own audible frames, or a note sounding;
    a drum hit sounds for a bin)."""
    on = _audible_bins(s, start_s, end_s)
    return on | _note_bins(s, start_s, len(on))


def spoken_list(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c': a list as it is said."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _note_name(p: float, flats: bool | list[str] | None = None) -> str:
    """'Eb3': a MIDI pitch with its octave; ``flats``: spelled with flats (True) or sharps (False), or with a key's
    names (:func:`key_names`)."""
    p = int(round(p))
    names = flats if isinstance(flats, list) else NOTE_NAMES if flats is None else FLAT_NAMES if flats else SHARP_NAMES
    return f"{names[p % 12]}{p // 12 - 1}"


Strokes = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]  # :func:`_strokes`' four arrays


# an unseparated mix (analysis.ingest's `mix` stem): every part sounds in it, so no one manner is read from its notes
MIX_PLAYING = "every part at once, not separated"

TUNING_STEADY_SPREAD = 8.0  # cents: the mix's tuning read over each third within this of each other is one tuning
# (vocadito's solo voice read 19 cents apart and 20 off its annotated f0: python -m eval.tuning)

MAX_BAR_LINE_BARS, MAX_BAR_LINE_NOTES = 12, 16  # a window of up to twelve bars; a bar of up to sixteen strokes


def bar_lines(sl: WindowSlice, presence: list[Presence], meter: MeterReading | None, key: str | None,
              strokes: dict[str, Strokes], voices: dict[str, list[tuple[float, float, int]]] | None = None) -> None:
    """Each single-line part's notes bar by bar (:attr:`Presence.bar_notes`): the note each stroke brings in,
    spelled in ``key``, in the chart's bars (broken chords too: round 19's f09 asked an arpeggio's direction and
    cycle, which the chart cannot say). Not for a part that strikes chords (the chart says those), a window
    of more than MAX_BAR_LINE_BARS bars, or a bar of more than MAX_BAR_LINE_NOTES strokes (a run, left out).
    ``strokes``: :func:`part_strokes` of ``sl``; ``voices``: :func:`sung_notes_of` of ``sl`` where the caller has
    read them (a singer's bar notes are her sung notes, not her slides)."""
    if len(sl.grid.beats_s) < 2:
        return
    counted = _with_lead_beat(sl)  # a bar whose downbeat lies a hair before the window is counted from it
    for p in presence:  # where its louder strokes fall, over a window of any length ("does he accent anything?"
        # over sixteen bars was left unread: round 62's bk11, dev)
        if p.stem in strokes and p.stem != MIX_STEM and p.playing:
            p.accents, p.bar_accent = _accents(counted, sl.stems[p.stem], strokes[p.stem][0])
    bars = chart_bars(sl, meter)
    if not bars or len(bars) > MAX_BAR_LINE_BARS:
        return
    flats = key_names(key)
    voices = sung_notes_of(sl) if voices is None else voices
    straight = _straight_grid(meter)
    for p in presence:
        if p.stem in strokes and p.stem != MIX_STEM and p.playing:
            _part_rhythm(counted, p, strokes[p.stem][0], meter)
        if p.stem in sl.stems and p.stem != MIX_STEM and p.playing and "chords" in p.playing and \
                "one note at a time" not in p.playing:
            p.bar_tops = _bar_tops(sl.stems[p.stem], bars, flats)
            p.voicing = _voicing(sl.stems[p.stem], articulation_gap_s(sl.grid.period_s, STROKE_GRID))
            p.chord_roll = chord_roll(sl.stems[p.stem], sl.grid.period_s)
        # a part striking chords is said by the chart; broken chords are single notes, whose order is the pattern
        # (a voice with too few notes to say how it plays is still a line: "what is the singer singing in the first
        # bar?" over a punk singer's two short entries got the bar's chord: the twenty-ninth session's review)
        sparse_voice = not p.playing and p.onsets and p.stem in voices
        if p.stem not in strokes or not (p.playing or sparse_voice) or (
                p.playing and "chords" in p.playing and "one note at a time" not in p.playing) or p.stem == MIX_STEM:
            continue
        onsets, _, brings, _ = strokes[p.stem]
        own = _own_notes(sl.stems[p.stem], brings)  # (a voice's strokes: not a leak's, round 37's al04, dev)
        onsets, brings = onsets[own], brings[own]
        # (the bar the window ends inside, under half of it in the window, keeps its notes too: a singer's second
        # line was cut after four notes, the rest in a last bar the chart leaves out: round 81's cd10, dev)
        tail = (bars[-1][0] + 1, bars[-1][2], sl.window.end_s) if sl.window.end_s > bars[-1][2] + TOGETHER_S else None
        if p.stem in voices:  # her sung notes, not another part's leaking into her track (round 37's al04, dev)
            sung = sung_here(voices[p.stem], bars[0][1] - TOGETHER_S, tail[2] if tail else bars[-1][2])
            onsets, brings = np.array([x[0] for x in sung]), np.array([x[2] for x in sung], int)
        out = []
        placed = {t: name for t, _, name in _grid_places(counted, onsets, straight)}
        for n, a, z in bars + ([tail] if tail else []):
            at = (onsets >= a - TOGETHER_S) & (onsets < z - TOGETHER_S)
            inside = brings[at]
            if 0 < len(inside) <= MAX_BAR_LINE_NOTES:
                places = [placed.get(float(t)) for t in onsets[at]]
                out.append(BarLine(bar=n, notes=[_note_name(x, flats) for x in inside],
                                   places=places if all(places) else []))
        p.bar_notes = out


# How a chord's notes start (round 59's bh03, dev: "are his chord notes together or rolled like a strum, which way,
# how many ms?" was not measured): notes of two or more pitches starting within ROLL_GROUP_S (at most a quarter of a
# beat) of a chord's first are one chord; a chord spread ROLLED_MS or more is rolled, from the lowest note up where its
# notes start in rising pitch, from the top down where in falling pitch (ROLL_WAY_RHO).
ROLL_GROUP_S, ROLLED_MS = 0.1, 30.0
TRANSCRIBED_MS = 12.0  # a part's onsets as transcribed, not refined to an attack: a frame of the transcription
ROLL_WAY_RHO = 0.5  # a rolled chord goes one way where its notes' start order and pitch order agree this well


def chord_roll(s: StemSlice, period_s: float | None) -> ChordRoll | None:
    """How the part's chords' notes spread in time (:class:`ChordRoll`), or None under two chords."""
    order = np.argsort(s.notes.time_s, kind="stable")
    t, pitch = s.notes.time_s[order], s.notes.pitch[order]
    gap = min(ROLL_GROUP_S, 0.25 * (period_s or 0.5))
    spreads, up, down, i = [], 0, 0, 0
    while i < len(t):
        j = i
        while j + 1 < len(t) and t[j + 1] - t[i] <= gap:
            j += 1
        if len(set(pitch[i:j + 1].tolist())) >= 2:
            spread = 1000.0 * float(t[j] - t[i])
            spreads.append(spread)
            if spread >= ROLLED_MS:  # its way: the order its notes start in against their pitch, by rank (a
                # transcribed overtone or doubled note out of order does not undo a roll: every step rising was asked
                # first, and planted rolls read "in no steady direction": eval.chord_roll's first draw, now dev)
                pr, tr = np.argsort(np.argsort(pitch[i:j + 1])), np.arange(j + 1 - i)
                rho = float(np.corrcoef(pr, tr)[0, 1]) if np.std(pr) > 0 else 0.0
                up += rho >= ROLL_WAY_RHO
                down += rho <= -ROLL_WAY_RHO
        i = j + 1
    if len(spreads) < 2:
        return None
    rolled = sum(x >= ROLLED_MS for x in spreads)
    return ChordRoll(chords=len(spreads), spread_ms=round(float(np.median(spreads)), 1),
                     resolution_ms=1000.0 * REFINE_SEARCH_S if s.stem in STRUCK_STEMS else TRANSCRIBED_MS,
                     up_share=round(up / rolled, 2) if rolled else 0.0,
                     down_share=round(down / rolled, 2) if rolled else 0.0)


VOICING_SHARE = 0.6  # of a part's chords, the share of one size before its voicing is named by it


def _voicing(s: StemSlice, gap_s: float) -> str | None:
    """How many notes a chord part's chords hold ("power chords or full chords?"): each chord's pitch classes
    among its notes at least half as loud as its loudest; 'power chords (root and fifth)' where most chords are
    two pitch classes a fifth apart, 'triads' three, 'four-note chords' four or more; None where no size leads."""
    n = s.notes
    if len(n.time_s) < 2:
        return None
    order = np.argsort(n.time_s, kind="stable")
    start, pitch, loud = n.time_s[order], n.pitch[order], n.velocity[order]
    first = articulations(start, gap_s)
    group = np.searchsorted(first, start, side="right") - 1
    kinds = []
    for g in range(len(first)):
        members = np.flatnonzero(group == g)
        pcs = {int(p) % 12 for p in pitch[members][loud[members] >= TOP_LOUD * loud[members].max()]}
        if len(pcs) < 2:
            continue
        if len(pcs) == 2:
            a, b = sorted(pcs)
            kinds.append("power chords (root and fifth)" if (b - a) in (5, 7) else "two-note chords")
        else:
            kinds.append("triads" if len(pcs) == 3 else "four-note chords")
    if len(kinds) < MIN_PLAYING_ONSETS:
        return None
    top = max(set(kinds), key=kinds.count)
    return top if kinds.count(top) >= VOICING_SHARE * len(kinds) else None


TOP_LOUD = 0.5  # a chord's top note is one at least this loud against the bar's loudest (an overtone is not)
TOP_HELD = 0.5  # a note struck before the bar is its top where it sounds through this share of the bar
TOP_GAP = 24  # semitones: a chord's top voice lies within two octaves of a note struck with it


def _voiced(n, i: int) -> bool:
    """Note ``i`` is a voice of its chord: struck alone, or with another note within TOP_GAP under it."""
    together = (np.abs(n.time_s - n.time_s[i]) < TOGETHER_S) & (np.arange(len(n.pitch)) != i)
    return not together.any() or bool(np.any(together & (n.pitch < n.pitch[i]) & (n.pitch >= n.pitch[i] - TOP_GAP)))


def _bar_tops(s: StemSlice, bars: list[tuple[int, float, float]], flats: list[str] | None) -> list[BarLine]:
    """The top note of a chord part's voicings bar by bar ("what's the top note of her chords doing?": round
    22's c08, dev for this rule): the highest note struck in the bar, or held into it through TOP_HELD of it,
    at least TOP_LOUD as loud as the bar's loudest such note."""
    n = s.notes
    start, end = n.time_s, n.time_s + n.duration_s

    def top(a: float, z: float) -> int | None:
        struck = (start >= a - TOGETHER_S) & (start < z - TOGETHER_S)
        held = (start < a - TOGETHER_S) & (end - a >= TOP_HELD * (z - a))
        there = struck | held
        if not there.any():
            return None
        loud = there & (n.velocity >= TOP_LOUD * n.velocity[there].max())
        # a partial far above the voicing is no voice of it: an electric piano's bell, 35 semitones over the F sharp
        # 4 its chords top out on, was read as their top note F 7 (round 36's ak08, dev)
        voiced = [int(n.pitch[i]) for i in np.flatnonzero(loud) if _voiced(n, i)]
        return max(voiced) if voiced else int(n.pitch[loud].max())
    out = []
    for bar, a, z in bars:
        whole = top(a, z)
        if whole is None:
            continue
        # a bar whose halves top out on different notes (two chords a bar: a 2/4 verse's E then B on four-beat bars
        # read "stays on D sharp" where the tops run C sharp, C sharp, B, D sharp: round 69's br07, dev) says both
        halves = [top(a, (a + z) / 2), top((a + z) / 2, z)]
        tops = halves if None not in halves and halves[0] != halves[1] else [whole]
        out.append(BarLine(bar=bar, notes=[_note_name(x, flats) for x in tops]))
    return out


PUSHED_NOTES = 2  # places off a bar's grid that still leave it counted in eighths


def _bar_rhythm(places: set[str], per_bar: int) -> str:
    """One bar's rhythm as a musician names it: 'rest', 'quarters' (every beat, nothing between), 'eighths' (every
    beat and its 'and'), 'sixteenths' (most sixteenth places), each with a note or two pushed off its place, else
    its places ('on one, two and the and of three')."""
    if not places:
        return "rest"
    beats = {str(b) for b in range(1, per_bar + 1)}
    ands = {f"{b}&" for b in range(1, per_bar + 1)}
    sixteenths = {f"{b}{x}" for b in range(1, per_bar + 1) for x in ("e", "a")}
    # a note or two sung or played a little off the grid (a slurred note's onset read late) does not change
    # what the bar is counted in: nearly all its places struck, and at most PUSHED_NOTES others
    if len(places & beats) >= per_bar - 1 and not places & ands and len(places - beats) <= 1 and len(places) >= per_bar:
        return "quarters"
    if len(places & (beats | ands)) >= 2 * per_bar - PUSHED_NOTES and len(places - beats - ands) <= PUSHED_NOTES \
            and len(places) >= 2 * per_bar - 1:
        return "eighths"
    if len(places & (beats | ands | sixteenths)) >= 3 * per_bar and places <= beats | ands | sixteenths:
        return "sixteenths"
    return "on " + spoken_list([_spoken(x, False) for x in sorted(places, key=pos_key)])


# Where a part's accents fall ("where are the accents?" of a strum: round 31's af09 left them to the ear, dev). A
# stroke's level is the loudest of the stem's own sound frames from just before it until the next stroke (at most
# ACCENT_LOOK_S): what the ear compares. The transcriber's note velocities were read before (round 38's am01: a
# keys part's beats 2 dB over its ands, velocity 93 against 83 in the score, read "about even": basic-pitch's
# velocities are a note-likelihood, not a level). A beat's stroke is louder than the off-beat stroke after it by
# ACCENT_DB or more at the median of the pairs, and louder at all in ACCENT_SHARE of them: accents on the beats (and
# the other way round); else, among the beats, two and four over one and three (or the reverse) in that share of the
# bars. Fewer than ACCENT_MIN_PAIRS: not read. A musician hears an accent as clearly louder, most of the time: a
# player's own constants, not the code's. (Each pair by ACCENT_DB in that share read a keys part's beats, 93 against
# 83 in the score and louder in 14 of 15 pairs by 1.1 dB at the median on the stored 50 ms frames, as "even", and the
# client told the producer to program flat velocities: round 108's de11, dev.)
ACCENT_DB = 1.0  # about the smallest step in level a listener notices between two like strokes
ACCENT_LOOK_S = 0.1
ACCENT_SHARE = 0.7
ACCENT_MIN_PAIRS = 6


def _stroke_levels(s: StemSlice, onsets: np.ndarray) -> np.ndarray:
    """Each stroke's level (dB): the loudest of the stem's frames from half a frame before it until the next
    stroke, at most ACCENT_LOOK_S after it; NaN where no frame of the stem's is there."""
    ends = np.r_[onsets[1:], np.inf]
    return np.array([_peak_db(s, a, min(a + ACCENT_LOOK_S, b - 0.025)) for a, b in zip(onsets, ends)])


def _peak_db(s: StemSlice, start_s: float, end_s: float) -> float:
    """The loudest of the stem's own sound frames from half a frame before ``start_s`` until ``end_s`` (dB); NaN
    where it has none there."""
    m = (s.frames.time_s >= start_s - 0.025) & (s.frames.time_s < end_s)
    return float(s.frames.energy_db[m].max()) if m.any() else float("nan")


def _accents(sl: WindowSlice, s: StemSlice, onsets: np.ndarray) -> tuple[str | None, str | None]:
    """Where a part's louder strokes fall (Presence.accents), from its strokes' levels on the track's grid, and which
    beat of the bar its beats lean on (Presence.bar_accent)."""
    if len(onsets) < ACCENT_MIN_PAIRS or not len(s.notes):
        return None, None
    level = _stroke_levels(s, onsets)
    level_at = dict(zip(onsets.tolist(), level.tolist()))
    placed = {(ki, name.lstrip("0123456789") or "beat"): level_at[t]  # '2&': the and of two; '2': on it
              for t, ki, name in _grid_places(sl, onsets) if np.isfinite(level_at.get(t, np.nan))}
    on = {ki: lv for (ki, where), lv in placed.items() if where == "beat"}
    pairs = [(on[ki], lv) for (ki, where), lv in placed.items() if where == "&" and ki in on]
    bar = _bar_accent(sl, on)
    if len(pairs) >= ACCENT_MIN_PAIRS:
        step = np.array([a - b for a, b in pairs])
        if np.mean(step > 0) >= ACCENT_SHARE and np.median(step) >= ACCENT_DB:
            return "on the beats", bar
        if np.mean(step < 0) >= ACCENT_SHARE and np.median(step) <= -ACCENT_DB:
            return "off the beats", bar
    if bar in ("two and four", "one and three"):
        return "on " + bar, bar
    return ("even" if len(pairs) >= ACCENT_MIN_PAIRS else None), bar


def _bar_accent(sl: WindowSlice, on: dict[int, float]) -> str | None:
    """Which beat of the bar a part's strokes on the beats lean on, over the bars it strikes every beat of: 'two and
    four' or 'one and three' (in four, each ACCENT_DB over both others in ACCENT_SHARE of the bars), 'the one' (over
    every other beat), 'level' (no beat of the bar ACCENT_DB over another on the median), or None (too few whole
    bars, or no steady lean). "is he even on every eighth, or does he dig into some, like the one or the backbeat?"
    got the beats louder than the 'ands' and nothing of the one or the backbeat (round 111's dh03, dev)."""
    g = sl.grid
    if not len(g.beat_in_bar):
        return None
    per = int(g.beat_in_bar.max())
    bars: dict[int, dict[int, float]] = {}
    for ki, lv in on.items():
        bars.setdefault(int(g.bar_index[ki]), {})[int(g.beat_in_bar[ki])] = lv
    full = [b for b in bars.values() if len(b) == per]
    if per < 2 or len(full) < ACCENT_MIN_PAIRS // 2:
        return None
    if per == 4:
        if np.mean([min(b[2], b[4]) >= max(b[1], b[3]) + ACCENT_DB for b in full]) >= ACCENT_SHARE:
            return "two and four"
        if np.mean([min(b[1], b[3]) >= max(b[2], b[4]) + ACCENT_DB for b in full]) >= ACCENT_SHARE:
            return "one and three"
    if np.mean([b[1] >= max(v for k, v in b.items() if k != 1) + ACCENT_DB for b in full]) >= ACCENT_SHARE:
        return "the one"
    medians = [float(np.median([b[k] for b in full])) for k in range(1, per + 1)]
    return "level" if max(medians) - min(medians) < ACCENT_DB else None


def _straight_grid(meter: MeterReading | None) -> bool:
    """Whether strokes are placed on the sixteenths alone (a straight feel: no triplet places)."""
    return meter is not None and meter.subdivision in ("straight eighths", "sixteenths") and \
        (meter.swing_ratio or 1.0) < SWUNG_RATIO


RHYTHM_MOST_BARS = 0.6  # a place struck in this share of the whole bars is the part's rhythm
RHYTHM_MIN_BARS = 2


def _part_rhythm(sl: WindowSlice, p: Presence, onsets: np.ndarray, meter: MeterReading | None) -> None:
    """Where in the bar a pitched part's strokes fall (Presence.rhythm): "write out the rhythm of his riff --
    which eighths does he hit?" got the notes and 'three on beats, two on ands' (round 22's c05, dev for this
    rule). The places struck in most of the window's whole bars, each stroke at its nearest beat, eighth,
    sixteenth or triplet place of the track's beats; also where the selection alone reads a compound feel (a
    country strum read 12/8 over the track's 4/4 had no rhythm to give: 'what's the strumming pattern?')."""
    g = sl.grid
    if len(g.beats_s) < 2 or not len(onsets) or not len(g.beat_in_bar):
        return
    per_bar = int(g.beat_in_bar.max())
    places: dict[int, set[str]] = {}
    # in a straight feel a stroke's place is its nearest sixteenth: a bassist's eighth a little late is no triplet
    # ("is the bass playing eighths or quarters?" over Beatles' straight eighths read "the middle triplet of three":
    # the twenty-second session's sweep, dev)
    for _, ki, name in _grid_places(sl, onsets, _straight_grid(meter)):
        places.setdefault(int(g.bar_index[ki]), set()).add(name)
    whole = [b for b in places if _whole_bar(sl, b, per_bar)]
    if len(whole) < RHYTHM_MIN_BARS:
        return
    # each whole bar in turn, the silent ones too ("what rhythm is she singing through this verse?": two bars of
    # eighths, a bar of quarters, a bar's rest, eighths again was 'in most bars ..., with changes': round 28's ac06)
    every = [b for b in sorted({int(x) for x in g.bar_index}) if _whole_bar(sl, b, per_bar)]
    p.rhythm_by_bar = [_bar_rhythm(places.get(b, set()), per_bar) for b in every]
    p.bar_places = [(b + 1, sorted(places.get(b, set()), key=pos_key)) for b in every]  # (track bars count from one)
    counts: dict[str, int] = {}
    for b in whole:
        for x in places[b]:
            counts[x] = counts.get(x, 0) + 1
    regular = {x for x, v in counts.items() if v >= RHYTHM_MOST_BARS * len(whole)}
    if not regular:
        p.rhythm, p.rhythm_bars_same = "", 0.0
        return
    ordered = sorted(regular, key=pos_key)
    p.rhythm = "on " + spoken_list([_spoken(x, False) for x in ordered])
    p.rhythm_bars_same = round(sum(places[b] == regular for b in whole) / len(whole), 2)


# A sung note's pitch is read through its middle (a singer scoops into a note and lets it fall at its end):
# the f0 frames from INTONED_FROM to INTONED_TO of its length, two at least (50 ms frames: a note of about
# 0.2 s or more); a frame over INTONED_MAX_CENTS (a quarter tone) from the note is another note or an octave
# error, not its intonation (the transcription names the nearest note). A half needs INTONED_HALF notes
# before a drift is read.
INTONED_FROM, INTONED_TO, INTONED_MAX_CENTS, INTONED_MIN_FRAMES, INTONED_HALF = 0.25, 0.85, 50.0, 2, 3
# a note is named the flattest or the sharpest only where its middle holds this many frames (a fifth of a second): a
# short note's middle is the f0 reader's glide from the note before (ab152's eighths, 0.18 s, read a third of a semitone
# flat where the f0 frames take 0.1 s to reach each new note: round 122's ds07, dev)
INTONED_ODD_FRAMES = 4


# A held note is read from the voice's f0 itself, not from the transcription's notes (which split a long note into
# fragments at each wobble and drop some: Country1's second verse held two sharp G's the notes never named, round 57's
# bf03, dev): a voiced stretch of HELD_MIN_S or more whose pitch stays within HELD_BAND_CENTS of its running median (a
# singer's vibrato and wobble swing up to two thirds of a semitone either way, and a step to the next note moves a
# whole one); its pitch is the median after its first frame (a scoop into it; a median through a shorter middle reads
# one side of a vibrato), and one whose straight line through it climbs or falls HELD_SLIDE_CENTS or more is a slide
# or a bend, not a note held off pitch.
HELD_MIN_S, HELD_BAND_CENTS, HELD_SLIDE_CENTS = 0.3, 80.0, 70.0


def held_pitches(times: np.ndarray, hz: np.ndarray, ref_cents: float) -> list[tuple[float, float, int, float]]:
    """(start, length, MIDI note, cents from it) of each held note in an f0 line (``ref_cents``: the band's tuning
    from A 440, taken off first)."""
    voiced = hz > 0
    if voiced.sum() < 2:
        return []
    hop = float(np.median(np.diff(times))) if len(times) > 1 else 0.05
    m = np.full(len(hz), np.nan)
    m[voiced] = 1200.0 * np.log2(hz[voiced] / 440.0) + 6900.0 - ref_cents
    out: list[tuple[float, float, int, float]] = []
    i, n = 0, len(m)
    while i < n:
        if not np.isfinite(m[i]):
            i += 1
            continue
        j = i + 1
        while j < n and np.isfinite(m[j]) and abs(m[j] - np.median(m[i:j])) <= HELD_BAND_CENTS:
            j += 1
        length = (j - i) * hop
        if length >= HELD_MIN_S - hop / 2 and j - i >= 3:  # (three frames at least: a line through them, a median)
            seg = m[i:j]
            moved = np.polyfit(np.arange(len(seg)), seg, 1)[0] * (len(seg) - 1)  # its straight-line climb or fall
            if abs(moved) < HELD_SLIDE_CENTS:
                centre = float(np.median(seg[1:]))
                note = int(round(centre / 100.0))
                out.append((float(times[i]), length, note, centre - 100.0 * note))
        i = j
    return out


def intonation_of(sl: WindowSlice, presence: list[Presence], tuning_cents: float | None, key: str | None = None) -> None:
    """Presence.intonation for the vocals: each sung note's f0 through its middle against the note, in cents
    from the band's tuning (``tuning_cents`` from A 440, the mix's; None: A 440). "Has she drifted flat by the
    end? deciding whether to pitch-correct" was answered 'the analysis doesn't measure tuning' (round 22's c04,
    dev for this rule)."""
    s = sl.stems.get("vocals")
    p = next((x for x in presence if x.stem == "vocals"), None)
    if s is None or p is None or not len(s.notes) or not len(s.frames.time_s):
        return
    ref = tuning_cents or 0.0
    f = s.frames
    voiced = f.pitch_hz > 0
    at, cents, steady = [], [], []
    # a voice sings one note at a time: a note read on past the next one's start ends there (ab152's F5, read 0.50 s
    # where she sings 0.18, took its middle from her glide into the next note and read 30 cents flat: round 122's
    # ds07, dev)
    order = np.argsort(s.notes.time_s, kind="stable")
    nxt = np.full(len(order), np.inf)
    nxt[order[:-1]] = s.notes.time_s[order[1:]]
    for t, d, pitch, after in zip(s.notes.time_s, s.notes.duration_s, s.notes.pitch, nxt):
        d = min(d, after - t) if after - t > TOGETHER_S else d
        mid = voiced & (f.time_s >= t + INTONED_FROM * d) & (f.time_s <= t + INTONED_TO * d)
        c = 1200.0 * np.log2(f.pitch_hz[mid] / (440.0 * 2.0 ** ((int(pitch) - 69) / 12.0))) - ref
        c = c[np.abs(c) <= INTONED_MAX_CENTS]
        if len(c) >= INTONED_MIN_FRAMES:
            at.append((float(t), int(pitch)))
            cents.append(float(np.median(c)))
            steady.append(len(c) >= INTONED_ODD_FRAMES)
    if len(cents) < INTONED_HALF:
        return
    cents_a = np.asarray(cents)
    median = float(np.median(cents_a))
    inside = (f.time_s >= sl.window.start_s) & (f.time_s < sl.window.end_s)
    held_notes = []
    for t, length, pitch, off in held_pitches(f.time_s[inside], f.pitch_hz[inside], ref):
        bar, beat = bar_beat(sl, t)
        held_notes.append(IntonedNote(time_s=sl.window.round_time(t), note=_note_name(pitch, key_names(key)),
                                      cents=round(off, 1), duration_s=round(length, 2), bar=bar, beat=beat))
    mid_s = (sl.window.start_s + sl.window.end_s) / 2
    first = cents_a[[t < mid_s for t, _ in at]]
    second = cents_a[[t >= mid_s for t, _ in at]]
    drift = float(np.median(second) - np.median(first)) if min(len(first), len(second)) >= INTONED_HALF else None
    flats = key_names(key)

    def intoned(i: int) -> IntonedNote:
        return IntonedNote(time_s=sl.window.round_time(at[i][0]), note=_note_name(at[i][1], flats),
                           cents=round(cents[i], 1))
    p.intonation = Intonation(notes=len(cents), reference="the band's tuning" if tuning_cents is not None else "A 440",
                              median_cents=round(median, 1),
                              spread_cents=round(float(np.median(np.abs(cents_a - median))), 1),
                              drift_cents=None if drift is None else round(drift, 1),
                              flattest=intoned(int(np.argmin(np.where(steady, cents_a, np.inf)))) if any(steady)
                              else None,
                              sharpest=intoned(int(np.argmax(np.where(steady, cents_a, -np.inf)))) if any(steady)
                              else None,
                              held=held_notes)


# a mix's lead line is said where it sounds through a tenth of the window or more, over this many frames at least
LEAD_MIN_SHARE, LEAD_MIN_FRAMES = 0.1, 10
LEAD_ENDS = (2.0, 98.0)  # percentiles of its pitch named as its low and high ends: a slip or an octave jump left out
LEAD_REST_S = 0.2  # a stretch this long with no lead line heard is a rest in it (a breath, a gap between lines)


def lead_line_of(sl: WindowSlice, presence: list[Presence], tuning_cents: float | None, key: str | None) -> None:
    """Presence.lead_line for a mix loaded unseparated: where its predominant melody (the mix stem's f0, read at load
    by analysis.lead_line) sits in the window, its notes named against the mix's tuning (``tuning_cents``)."""
    s, p = sl.stems.get(MIX_STEM), next((x for x in presence if x.stem == MIX_STEM), None)
    if s is None or p is None or not len(s.frames.time_s):
        return
    f, w = s.frames, sl.window
    inside = (f.time_s >= w.start_s) & (f.time_s < w.end_s)
    hz = f.pitch_hz[inside & (f.pitch_hz > 0)]
    if len(hz) < LEAD_MIN_FRAMES or len(hz) < LEAD_MIN_SHARE * inside.sum():
        return
    midi = _midi_of(hz) - (tuning_cents or 0.0) / 100.0
    names = key_names(key)
    lo, q1, mid, q3, hi = np.percentile(midi, [LEAD_ENDS[0], 25, 50, 75, LEAD_ENDS[1]])
    at_hz = lambda m: round(float(440.0 * 2 ** ((m - 69 + (tuning_cents or 0.0) / 100.0) / 12)), 1)  # noqa: E731
    t, on = f.time_s[inside], f.pitch_hz[inside] > 0
    rests = [[w.round_time(float(t[a])), w.round_time(float(t[z - 1]) + FEATURE_HOP_S)] for a, z in _runs(~on)
             if (z - a) * FEATURE_HOP_S >= LEAD_REST_S]
    p.lead_line = LeadLine(sounding_share=round(float(len(hz) / inside.sum()), 2), centre=_note_name(mid, names),
                           centre_hz=at_hz(mid), middle_half=[_note_name(q1, names), _note_name(q3, names)],
                           middle_half_hz=[at_hz(q1), at_hz(q3)], lowest=_note_name(lo, names), lowest_hz=at_hz(lo),
                           highest=_note_name(hi, names), highest_hz=at_hz(hi), rests=rests,
                           sounding_at=[round(float(t), 3) for t in f.time_s[inside & (f.pitch_hz > 0)]])


VIBRATO_IN_S = 0.3  # a vibrato stretch this long inside the window is in it, however long the whole
VIBRATO_JOIN_S = 0.15  # two stretches on one note this close are one
# A vibrato keeps swinging: a stretch of barely two cycles (one reading window's worth) was a turn into a fall or a
# scoop more often than not (eval.vibrato, dev: of its stretches under two and a quarter cycles, 12 of 14 lay on no
# vibrato the annotated f0 shows; vocadito's C at 5.8 s, a turn into a fall, was told to a violinist as a vibrato of
# 169 cents: round 75's bx01, dev). Read over the whole stretch the ingest stored, not its part inside the window.
MIN_CYCLES = 2.25


def vibrato_of(sl: WindowSlice, presence: list[Presence],
               stretches: tuple[tuple[float, float, int, float, float], ...] | None, key: str | None = None) -> None:
    """Presence.vibrato for the vocals: the singer's vibrato stretches read at load (analysis.vibrato) that lie in the
    window (more than half of each inside it, or VIBRATO_IN_S of it: a long one over a short window), cut at its edges;
    two on one note a breath apart (a swing the reading lost for an instant) are one; placed on the bars; None where
    none was read."""
    p = next((x for x in presence if x.stem == "vocals"), None)
    if p is None or stretches is None:
        return
    w, flats = sl.window, key_names(key)
    kept: list[list[float]] = []  # [start, end, note, rate, depth, the whole stretch's length (uncut)]
    for a, z, pitch, rate, depth in stretches:
        a0, z0 = max(a, w.start_s), min(z, w.end_s)
        if z0 - a0 <= min(0.5 * (z - a), VIBRATO_IN_S):
            continue
        if kept and kept[-1][2] == pitch and a0 - kept[-1][1] <= VIBRATO_JOIN_S:
            last = kept[-1]
            span = (last[1] - last[0], z0 - a0)
            last[3] = (last[3] * span[0] + rate * span[1]) / sum(span)
            last[4] = (last[4] * span[0] + depth * span[1]) / sum(span)
            last[1] = z0
            last[5] += z - a
            continue
        kept.append([a0, z0, pitch, rate, depth, z - a])
    out = []
    for a0, z0, pitch, rate, depth, whole in kept:
        if whole * rate < MIN_CYCLES:  # a swing of two cycles or so is a turn or a scoop, no vibrato
            continue
        bar, beat = bar_beat(sl, a0)
        out.append(VibratoNote(time_s=w.round_time(a0), end_s=w.round_time(z0), note=_note_name(pitch, flats),
                               rate_hz=round(rate, 1), depth_cents=round(depth), bar=bar, beat=beat))
    p.vibrato = out



# Two single lines move in parallel fifths (or octaves) where both move, the same way, from one fifth (octave, or
# unison) to the next: the voice-leading a theory class checks (round 62's bk07: "check the bass against the singer's
# line for parallel fifths or octaves -- are there any? exactly where?" was answered "not checked", dev). Each line's
# note sounding at each moment either strikes one (strikes within SAME_MOMENT_S are one moment).
SAME_MOMENT_S = 0.05


def parallels_of(sl: WindowSlice, presence: list[Presence], strokes: dict[str, Strokes],
                 voices: dict[str, list[tuple[float, float, int]]], key: str | None = None
                 ) -> tuple[list[ParallelMove], list[tuple[str, str]]]:
    """(each parallel fifth or octave between two single lines here, the pairs looked at)."""
    flats = key_names(key)
    lines = {}
    for p in presence:
        s = sl.stems.get(p.stem)
        if s is None or s.is_drums or p.stem == MIX_STEM or p.stem not in strokes:
            continue
        counts = np.asarray(strokes[p.stem][1])
        chords = ("chords" in p.playing and "one note at a time" not in p.playing if p.playing else
                  bool(len(counts)) and float(np.mean(counts >= 2)) >= 0.5)
        if chords:
            continue  # (a chord part's voices are not read apart)
        spans = note_spans(sl, s, strokes[p.stem], voices.get(p.stem))
        if len(spans) >= 2:
            lines[p.stem] = spans
    out, pairs = [], []
    names = sorted(lines, key=lambda x: float(np.median([z[2] for z in lines[x]])))  # lowest line first
    for i, lo_name in enumerate(names):
        for hi_name in names[i + 1:]:
            pairs.append((lo_name, hi_name))
            lo, hi = lines[lo_name], lines[hi_name]
            moments = sorted({round(a, 3) for a, _, _ in lo + hi})
            merged = [t for k, t in enumerate(moments) if k == 0 or t - moments[k - 1] > SAME_MOMENT_S]

            def at(spans, t):
                return next((z for a, b, z in reversed(spans) if a <= t + SAME_MOMENT_S and b > t + SAME_MOMENT_S),
                            None)
            seq = [(t, at(lo, t), at(hi, t)) for t in merged]
            for (t0, a0, b0), (t1, a1, b1) in zip(seq, seq[1:]):
                if None in (a0, b0, a1, b1) or a0 == a1 or b0 == b1 or np.sign(a1 - a0) != np.sign(b1 - b0):
                    continue
                i0, i1 = (b0 - a0) % 12, (b1 - a1) % 12
                kind = "fifths" if i0 == i1 == 7 else "octaves" if i0 == i1 == 0 else None
                if kind is None or b0 < a0 or b1 < a1:
                    continue
                bar, beat = bar_beat(sl, t1)
                out.append(ParallelMove(stems=(lo_name, hi_name), interval=kind, time_s=sl.window.round_time(t1),
                                        bar=bar, beat=beat, low=(_note_name(a0, flats), _note_name(a1, flats)),
                                        high=(_note_name(b0, flats), _note_name(b1, flats))))
    return out, pairs


def part_strokes(sl: WindowSlice) -> dict[str, Strokes]:
    """Each pitched stem's strokes in the window (:func:`_strokes` on the sixteenth grid), read once for the
    presence, the playing words and the bar-by-bar notes; none without a beat period."""
    period = sl.grid.period_s
    if not period:
        return {}
    gap = articulation_gap_s(period, STROKE_GRID)
    return {name: _join_restarts(s, _strokes(s, gap)) for name, s in sl.stems.items()
            if len(s.notes) and not s.is_drums}


def presence_of(sl: WindowSlice, stats: list[StemWindowStats], bars: float | None,
                strokes: dict[str, Strokes] | None = None,
                voices: dict[str, list[tuple[float, float, int]]] | None = None, key: str | None = None,
                voice_alone: bool = False) -> list[Presence]:
    """Each stem's presence; ``strokes``: :func:`part_strokes` of ``sl``, ``voices``: :func:`sung_notes_of` of
    ``sl``, where the caller has read them; its notes spelled in ``key`` (:func:`key_names`); ``voice_alone``: the
    track is a voice and nothing else (TrackContext.voice_alone), so its beats are tracked from her notes."""
    names = key_names(key)
    strokes = part_strokes(sl) if strokes is None else strokes
    voices = sung_notes_of(sl) if voices is None else voices
    w = sl.window
    by = {s.stem: s for s in stats}
    levels = {s.stem: s.energy_db for s in stats if not s.empty and s.energy_db is not None}
    loudest = max(levels.values()) if levels else None
    out = []
    for name, s in sl.stems.items():
        st = by[name]
        on = activity(s, w.start_s, w.end_s) if s.active else np.zeros(1, bool)
        # a rest shorter than a beat does not stop a part playing (short stabs on every off-beat play throughout)
        on = _bridged(on, int(np.ceil((sl.grid.period_s or 0.5) / BIN_S - 1e-6)))
        share = float(np.mean(on)) if s.active else 0.0
        # a pitched part's onsets are its strokes, as a player counts them: a chord or a strum is one, and a
        # quiet overtone the transcription restarts inside a ringing chord is none (:func:`_strokes`)
        onsets = len(strokes[name][0]) if name in strokes else int(len(s.notes.onset_times()))
        p = Presence(stem=name, sounding_share=round(share, 3), onsets=onsets, notes=len(s.notes),
                     level_db_vs_loudest=round(levels[name] - loudest, 1) if name in levels else None,
                     onsets_per_bar=round(onsets / bars, 2) if bars else None, reading="")
        if len(s.notes) and not s.is_drums:
            # notes it plays (a percentile between two of its notes named neither: C sharp and A read 'D–A flat',
            # round 20's e08), its usual span without the odd stray note
            own = s.notes.pitch[_own_notes(s, s.notes.pitch)]  # (a voice's: not another part leaking into her track)
            lo, hi = np.percentile(own, 10, method="lower"), np.percentile(own, 90, method="higher")
            band = register_of(float(own.mean())) if name == "vocals" else st.register_band or "mid"
            p.register_range = f"{band} ({_note_name(lo, names)}–{_note_name(hi, names)})"
            spans = sung_here(voices.get(name, []), w.start_s, w.end_s)
            keep = _own_notes(s, s.notes.pitch)
            p.pc_shares = (_pc_shares(np.array([x[2] for x in spans]), np.array([x[1] - x[0] for x in spans]))
                           if len(spans) >= 2 else _pc_shares(s.notes.pitch[keep], s.notes.duration_s[keep]))
            if len(spans) >= 2:  # a voice's extremes are notes she sings (read with her f0), not a transcribed
                # slip an octave and more off her line: vocadito's singer, A2-F3 by the annotations, read "from A up
                # to the F# more than two octaves above" (a sweep of my own questions, twelfth session, dev)
                low, high = min(spans, key=lambda x: (x[2], x[0])), min(spans, key=lambda x: (-x[2], x[0]))
                # ... and so is her usual span: a degraded vocal stem's keys leaking in read "mid (E3-A#5)" beside
                # her G#5-B5 (round 37's al04, dev: "which register is free between the keys and her?" got none)
                sung = np.array([x[2] for x in spans])
                lo, hi = np.percentile(sung, 10, method="lower"), np.percentile(sung, 90, method="higher")
                p.register_range = (f"{register_of(float(sung.mean()))} "
                                    f"({_note_name(lo, names)}–{_note_name(hi, names)})")
                p.lowest_highest = f"{_note_name(low[2], names)}–{_note_name(high[2], names)}"
                p.lowest_at_s, p.highest_at_s = w.round_time(float(low[0])), w.round_time(float(high[0]))
                p.highest_times = [w.round_time(float(x[0])) for x in spans if x[2] == high[2]]
            else:
                sung = _sung_notes(s)
                p.lowest_highest = f"{_note_name(sung.min(), names)}–{_note_name(sung.max(), names)}"
                p.lowest_at_s = w.round_time(float(s.notes.time_s[np.flatnonzero(s.notes.pitch == sung.min())[0]]))
                p.highest_at_s = w.round_time(float(s.notes.time_s[np.flatnonzero(s.notes.pitch == sung.max())[0]]))
                tops = np.sort(s.notes.time_s[s.notes.pitch == sung.max()])
                p.highest_times = [w.round_time(float(t)) for k, t in enumerate(tops)
                                   if k == 0 or t - tops[k - 1] >= TOGETHER_S]  # a stroke once
            heard = _audible_bins(s, w.start_s, w.end_s)
            noted = _note_bins(s, w.start_s, len(heard))
            p.note_coverage = round(float(noted[heard].mean()), 3) if heard.sum() >= 4 else None
            if name == MIX_STEM:  # the band's notes summed are no one part's manner, and no one plays them as a line
                p.playing = MIX_PLAYING
            else:
                _playing(sl, s, p, strokes=strokes.get(name))
        if name != MIX_STEM and len(s.notes):
            p.beat_split = _part_split(sl, s, strokes.get(name))
            if not s.is_drums and name in strokes:
                _motion(p, strokes[name])
            spans = note_spans(sl, s, strokes[name], voices.get(name)) if name in strokes else []
            if not s.is_drums:
                p.rests = _rests(sl, s, voice_alone)
                # a note lasts at most to where the part's next rest starts: a sung note's f0 read on through the
                # render's release gave a line's last note two beats where she stops after one (round 34's ai06, dev)
                spans = [(x, min([z] + [r.start_s for r in p.rests if x < r.start_s < z]), k) for x, z, k in spans]
                landings = _landings(sl, s, p.rests, spans) if name == "vocals" else []  # read once, for both
                p.line_starts = _line_starts(sl, s, p.rests, landings, names)
                p.note_levels = _note_levels(sl, s, spans)
                p.line_ends = _line_ends(sl, s, p.rests, spans, landings, names)
                if name == "vocals":
                    _line_notes(sl, p, spans, landings)
            # a chord part's longest chords too ("does he let the chords ring?"), and a sparse part's, whose few long
            # notes are what it plays (a real piano's five notes had no 'playing' words, so no held notes: "how long
            # does he hang on to that first high note?", round 31's af04, dev)
            if spans:
                p.held = _longest_notes(sl, spans, names)
                if not s.is_drums:
                    p.bar_crossings = _bar_crossings(sl, s, spans, names)
            if name == "piano":  # "where does his left hand go?" (round 29's ad01: the hands were not read apart)
                p.hands = _hands(sl, s, names)
            if not s.is_drums and name != MIX_STEM:
                p.bar_pitches = _bar_pitches(sl, s)
                p.bar_lows = _bar_lows(p.bar_pitches)
        p.reading = _presence_words(share, on, s.active)
        out.append(p)
    _mark_carrier(out)
    return out


def _join_restarts(s: StemSlice, strokes: Strokes) -> Strokes:
    """A voice's strokes with the restarts of a held note joined to it: a stroke that brings the pitch of the
    stroke before, starting within RINGING_S of that stroke stopping (the last end among the notes it groups),
    is the same sung note, which lasts to the restart's end. The transcription splits a sung note where its
    vibrato or level moves: even eighths were named 'A, A, B, B, C sharp, C sharp, ...' (round 16's h01, round
    18's g09) and a held note a bar, split in eight on a reverberant take, 'a busy line of short notes' (round
    19's f08: dev). A struck or plucked note sounds until it is struck again, so an instrument's repeated note
    is a repeat, not a restart."""
    t, together, brings, length = strokes
    if s.stem != "vocals" or len(t) < 2:
        return strokes
    ends = s.notes.time_s + s.notes.duration_s
    which = np.searchsorted(t, s.notes.time_s + 1e-9, side="right") - 1
    end = np.full(len(t), -np.inf)
    np.maximum.at(end, which[which >= 0], ends[which >= 0])
    restart = np.r_[False, (brings[1:] == brings[:-1]) & (t[1:] - end[:-1] < RINGING_S)]
    owner = np.maximum.accumulate(np.where(~restart, np.arange(len(t)), 0))  # the stroke each one belongs to
    last_end = np.full(len(t), -np.inf)
    np.maximum.at(last_end, owner, end)
    keep = ~restart
    joined = np.maximum(length, last_end - t)[keep]
    return t[keep], together[keep], brings[keep], joined


# A line's longest notes ("how long does he hang on his long notes? want to time pedal steel swells to them":
# round 24's a03 was answered 'how long any single note is held isn't measured'). An instrument's note lasts
# its stroke (to the next stroke at most). A voice's held note is read from its f0 as well: the transcription
# splits a held note where its vibrato or level moves, renames it a semitone off where the singer sits
# between two notes, drops a sung note's quiet tail, and flicks a 70 ms neighbour into a scoop. So a held note
# runs on through the strokes that follow it within HELD_JOIN_S, a semitone or less from it and with no new
# attack (a level rise of HELD_REATTACK_DB out of a dip at its start: a new syllable), and on through
# the frames whose f0 stays within HELD_SEMITONES of it (HELD_FORGIVE_S of stray frames forgiven) until the
# next stroke.
HELD_SEMITONES = 0.75  # vibrato and a note sung a little off stay inside; the next note out
HELD_JOIN_S = 0.05
HELD_FORGIVE_S = 0.1  # a 70 ms flick a semitone under, sounding in two 50 ms frames
HELD_REATTACK_DB = 5.0
REATTACK_LOOK_S, REATTACK_DIP_S = 0.11, 0.06  # the frames after a note starts; around its start
REATTACK_FALL_DB = 3.0
LONG_NOTE_BEATS, MAX_HELD = 1.0, 4  # a note of a beat or more is held; the longest four are said
# ... and so is a note that stands out from the line's own: STANDS_OUT times its median note or more (half a beat at
# least). At a slow beat a singer's leaned-on notes fall just short of one: over a swing head at 63 her four notes of
# the G bar, 0.88 s each against 0.44 s elsewhere, gave "one long note" for the one read a hair over a beat (round
# 109's df09), and a solo voice's F3s and D3s of about 0.7 s against her 0.3 s gave "no note as long as a beat: the
# longest is the D" (round 108's de05; both dev)
STANDS_OUT, STANDS_OUT_MIN_BEATS = 1.6, 0.5


def _f0_run(f, start_s: float, stop_s: float, pitch: int) -> tuple[float, float] | None:
    """The longest stretch in [start_s, stop_s) where the voice's f0 sits within HELD_SEMITONES of ``pitch`` (up to
    HELD_FORGIVE_S of stray frames forgiven: a flick or a dropped frame), as (from, to) in seconds; None where it
    never does."""
    hop = float(np.median(np.diff(f.time_s))) if len(f.time_s) > 1 else 0.05
    best, first, last, misses = None, None, None, 0
    for k in np.flatnonzero((f.time_s >= start_s - hop / 2) & (f.time_s < stop_s)):
        hz = f.pitch_hz[k]
        if hz > 0 and abs(_midi_of(hz) - pitch) <= HELD_SEMITONES:
            first = k if first is None else first
            last, misses = k, 0
        elif first is not None:
            misses += 1
            if misses * hop > HELD_FORGIVE_S + 1e-9:
                if best is None or last - first > best[1] - best[0]:
                    best = (first, last)
                first, last, misses = None, None, 0
    if first is not None and (best is None or last - first > best[1] - best[0]):
        best = (first, last)
    if best is None:
        return None
    return max(float(f.time_s[best[0]]) - hop / 2, start_s), min(float(f.time_s[best[1]]) + hop / 2, stop_s)


def _reattacks(f, at_s: float, since_s: float | None = None) -> bool:
    """A new attack at ``at_s``: the level a frame or two after it (REATTACK_LOOK_S) HELD_REATTACK_DB over the
    lowest around its start (the dip of a consonant or a breath before a new syllable), that lowest having fallen
    REATTACK_FALL_DB under the level the note held since ``since_s`` (its start): a note still swelling out of its
    own attack has not dipped. Or the voice fell silent just before it (common.fell_silent)."""
    dip = f.energy_db[(f.time_s >= at_s - REATTACK_DIP_S) & (f.time_s < at_s + REATTACK_DIP_S / 2)]
    after = f.energy_db[(f.time_s >= at_s) & (f.time_s < at_s + REATTACK_LOOK_S)]
    if since_s is not None and fell_silent(f, at_s, since_s):  # she let go and sings it anew
        return True
    if not (len(dip) and len(after) and after.max() - dip.min() >= HELD_REATTACK_DB):
        return False
    held = f.energy_db[(f.time_s >= since_s) & (f.time_s < at_s - REATTACK_DIP_S)] if since_s is not None else []
    return not len(held) or dip.min() <= float(held.max()) - REATTACK_FALL_DB


# A slide is not a note: a short note between the notes either side of it, a semitone from one of them, whose f0
# moves in a glide -- GLIDE_STEPS steps or more in a row one way, each of GLIDE_STEP_SEMITONES or more -- and never
# holds steady, is the singer sliding from one note into the next. The Beatles
# singer's E sliding down into D was named 'E, D sharp, C sharp, D' (round 24's a02, dev for this rule).
GLIDE_STEP_SEMITONES, GLIDE_STEPS, GLIDE_MAX_S = 0.2, 3, 0.25
STEADY_SEMITONES = 0.3  # two frames in a row this close: the voice holds a pitch
ONE_PITCH_SHARE = 2 / 3  # of two notes' f0 frames near one note: the f0 says the singer sang one note


def _midi_of(hz: np.ndarray) -> np.ndarray:
    return 12.0 * np.log2(hz / 440.0) + 69.0


def _gliding(f) -> np.ndarray:
    """Per frame: it lies in a glide (GLIDE_STEPS or more steps in a row one way between voiced frames next to
    each other, each GLIDE_STEP_SEMITONES or more)."""
    out = np.zeros(len(f.time_s), bool)
    if len(f.time_s) < 2:
        return out
    voiced = f.pitch_hz > 0
    m = np.where(voiced, _midi_of(np.where(voiced, f.pitch_hz, 440.0)), np.nan)
    step = np.diff(m)
    sign = np.where(np.isnan(step) | (np.abs(np.nan_to_num(step)) < GLIDE_STEP_SEMITONES), 0, np.sign(np.nan_to_num(step)))
    for way in (1, -1):
        for a, b in _runs(sign == way):
            if b - a >= GLIDE_STEPS:
                out[a: b + 1] = True  # the steps a..b-1 join frames a..b
    return out


def _glides(f, gliding: np.ndarray, start_s: float, end_s: float) -> bool:
    """A short note whose f0 moves in a glide and never holds steady (no two frames in a row within
    STEADY_SEMITONES): a slide, not a note. A note with a scoop in and a slide out still holds between them."""
    inside = np.flatnonzero((f.time_s >= start_s) & (f.time_s < end_s) & (f.pitch_hz > 0))
    if end_s - start_s > GLIDE_MAX_S or not len(inside) or not gliding[inside].any():
        return False
    m = _midi_of(f.pitch_hz[inside])
    steady = (np.diff(inside) == 1) & (np.abs(np.diff(m)) < STEADY_SEMITONES)
    return not steady.any()


def _one_pitch(f, start_s: float, end_s: float, pitches: set[int]) -> int | None:
    """The note the f0 sits on from ``start_s`` to ``end_s`` where it is one of ``pitches`` and most frames sit
    within HELD_SEMITONES of it; None otherwise."""
    inside = (f.time_s >= start_s) & (f.time_s < end_s) & (f.pitch_hz > 0)
    if inside.sum() < 2:
        return None
    m = _midi_of(f.pitch_hz[inside])
    sung = int(round(float(np.median(m))))
    near = np.mean(np.abs(m - sung) <= HELD_SEMITONES)
    return sung if sung in pitches and near >= ONE_PITCH_SHARE else None


# A semitone neighbour is the same sung note only where the f0 stays put across the change: over the new note it
# sits this far from where it sat over the note so far, and the singer moved (alternating eighths a semitone apart,
# G and A flat on a synth voice read half a semitone sharp, were joined into held notes: the f0 over the pair sat
# within HELD_SEMITONES of one note, a sweep on ft_drive_ab152's hook, dev).
SAME_NOTE_MOVE = 0.6


def _f0_moves(f, start_s: float, at_s: float, end_s: float) -> bool:
    """The f0's median over [at_s, end_s) lies SAME_NOTE_MOVE or more from its median over [start_s, at_s)."""
    def median(lo: float, hi: float) -> float | None:
        m = (f.time_s >= lo) & (f.time_s < hi) & (f.pitch_hz > 0)
        return float(np.median(_midi_of(f.pitch_hz[m]))) if m.sum() >= 2 else None

    before, after = median(start_s, at_s), median(at_s, end_s)
    return before is not None and after is not None and abs(after - before) >= SAME_NOTE_MOVE


# A sung note stops where the voice lets go, not where its sound has died away: a synth voice's release and a room's
# tail hold the pitch for tenths of a second after she stops, and the transcription holds the note through them (her
# last note said "still ringing" 0.3 s after she stops: round 104's da07 on a clean copy, round 105's db12 on a
# degraded one). She lets go where her level falls from within LET_GO_DB of the level the note holds (the loudest
# of its levels held over LET_GO_HELD frames, read from the note before where the two abut: a release the
# transcription splits off as a note of its own holds no level) by LET_GO_FALL_DB or more in the LET_GO_FALL_S after:
# a release or a room's tail. A singer's slow fade is her note, sung to its end (the Beatles singer's held notes fade
# 14 dB over half a second before they stop). Chosen on the frames songs' line ends (``python -m eval.sung --frames
# --ends``, dev) and, after a first reading without the fall's test cut the real singers' fades short (``python -m
# eval.sung --ends``: read then, so dev too), on both: 6 dB 50 of 66 and 20 of 30 line ends right, 8 dB 44 and 21,
# 10 dB 35 and 21; the transcription's ends 6 and 22 (a real singer's soft last syllable, 8 dB under her line, ends
# with the line at 6 dB).
LET_GO_DB = 8.0
LET_GO_HELD = 3
LET_GO_FALL_DB, LET_GO_FALL_S = 10.0, 0.2


def _let_go(f, start_s: float, end_s: float, held_from_s: float | None = None) -> float:
    """Where a sung note held over [start_s, end_s) lets go (see above), its held level read from ``held_from_s``
    (its start where None): ``end_s`` where its level never falls away so, or only in its last frame (what the frames
    resolve)."""
    k = np.flatnonzero((f.time_s >= start_s) & (f.time_s < end_s))
    ref = f.energy_db[(f.time_s >= min(start_s, held_from_s if held_from_s is not None else start_s))
                      & (f.time_s < end_s)]
    if len(k) < 2 or len(ref) < LET_GO_HELD + 1:
        return end_s
    level = f.energy_db[k]
    held = max(float(np.median(ref[i:i + LET_GO_HELD])) for i in range(len(ref) - LET_GO_HELD + 1))
    near = np.flatnonzero(level >= held - LET_GO_DB)
    if not len(near):
        return float(f.time_s[k[0]])  # nothing of it is near her level: all release
    last = k[int(near[-1])]
    hop = float(f.time_s[1] - f.time_s[0]) if len(f.time_s) > 1 else 0.05
    after = f.energy_db[last + 1: last + 1 + int(round(LET_GO_FALL_S / hop))]
    if not len(after) or after.min() > f.energy_db[last] - LET_GO_FALL_DB:
        return end_s  # no fall: her own fade, or a note the window's frames end inside
    stop = float(f.time_s[last]) + hop / 2
    return stop if end_s - stop > hop else end_s


def _let_go_ends(f, t: np.ndarray, end: np.ndarray) -> np.ndarray:
    """A voice's notes (onsets ``t`` in time order, their transcribed ``end``) each ended where she lets go
    (:func:`_let_go`), its held level read from the note before where the two abut."""
    return np.array([_let_go(f, float(x), float(y), float(t[k - 1]) if k and x - end[k - 1] <= HELD_JOIN_S else None)
                     for k, (x, y) in enumerate(zip(t, end))], float)


def sung_spans(s: StemSlice, let_go: bool = True) -> list[tuple[float, float, int]]:
    """A voice's sung notes as (start, end, MIDI pitch), in time order, from its transcribed notes read with its f0:
    a slide is dropped (:func:`_glides`); a note joins the one before where it starts within HELD_JOIN_S of its
    end with no new attack (:func:`_reattacks`) and brings the same pitch, or a neighbour a semitone away that the
    f0 says is the same sung note, or a flick under SUNG_MIN_S a tone or less away; each is named by where its
    f0 sits among the pitches joined, else by the one that sounds longest, and ends where the voice lets go
    (:func:`_let_go`; ``let_go=False``: where the transcription ends it, eval.sung's baseline)."""
    f = s.frames
    order = np.argsort(s.notes.time_s, kind="stable")
    t, brings, length = s.notes.time_s[order], s.notes.pitch[order], s.notes.duration_s[order]
    gliding = _gliding(f)
    # a slide passes between the notes either side of it, a semitone from one of them (a passing note a tone
    # from both is sung: a quick run's notes glide through the frames too)
    between = np.zeros(len(t), bool)
    if len(t) >= 3:
        lo, hi = np.minimum(brings[:-2], brings[2:]), np.maximum(brings[:-2], brings[2:])
        mid = brings[1:-1]
        between[1:-1] = (lo < mid) & (mid < hi) & ((mid - lo == 1) | (hi - mid == 1))
    keep = np.array([not (b and _glides(f, gliding, float(a), float(a + d)))
                     for a, d, b in zip(t, length, between)], bool)
    if keep.sum() >= 1:
        t, brings, length = t[keep], brings[keep], length[keep]
    spans, i = [], 0
    while i < len(t):
        start, end = float(t[i]), float(t[i] + length[i])
        sounded = {int(brings[i]): float(length[i])}
        j = i + 1
        while j < len(t) and t[j] <= end + HELD_JOIN_S and not _reattacks(f, float(t[j]), start):
            step = abs(int(brings[j]) - max(sounded, key=sounded.get))
            same = step == 0 or (step <= 2 and length[j] < SUNG_MIN_S) or \
                (step == 1 and _release_flick(f, t, length, j, start)) or (
                step == 1 and _one_pitch(f, start, float(t[j] + length[j]), set(sounded) | {int(brings[j])}) is not None
                and not _f0_moves(f, start, float(t[j]), float(t[j] + length[j])))
            if not same:
                break
            sounded[int(brings[j])] = sounded.get(int(brings[j]), 0.0) + float(length[j])
            end = max(end, float(t[j] + length[j]))
            j += 1
        stop = float(t[j]) if j < len(t) else end
        pitch = _one_pitch(f, start, max(end, stop), set(sounded)) or max(sounded, key=sounded.get)
        spans.append((start, end, pitch))
        i = j
    if not let_go:
        return spans
    return [(a, _let_go(f, a, z, spans[n - 1][0] if n and a - spans[n - 1][1] <= HELD_JOIN_S else None), p)
            for n, (a, z, p) in enumerate(spans)]


# A held note's release is not a note: a short note a semitone from the note it follows, with nothing sung after it
# for RELEASE_ALONE_S, heard under that note's level as the voice lets go, is the pitch wobbling as she stops (the
# Beatles singer's last G3, held over the bar line, was followed by a 0.15 s G sharp 3 as it faded and the song was said
# to end on G sharp: round 87's cj11, dev for this rule). A tone away it is sung: Punk's shouted D at a line's end,
# after an E, quieter and as short, is a note of the annotation (eval.sung, dev)
RELEASE_FLICK_S, RELEASE_ALONE_S = 0.2, 0.3


def _release_flick(f, t: np.ndarray, length: np.ndarray, j: int, start_s: float) -> bool:
    """Note ``j`` (of the time-ordered ``t`` and ``length``) is the fade of the sung note that began at ``start_s``."""
    a, z = float(t[j]), float(t[j] + length[j])
    if length[j] >= RELEASE_FLICK_S or (j + 1 < len(t) and t[j + 1] < z + RELEASE_ALONE_S):
        return False
    held = f.energy_db[(f.time_s >= start_s) & (f.time_s < a)]
    flick = f.energy_db[(f.time_s >= a) & (f.time_s < z)]
    return bool(len(held) and len(flick) and flick.max() < float(np.median(held)))


def sung_notes_of(sl: WindowSlice, let_go: bool = True) -> dict[str, list[tuple[float, float, int]]]:
    """The voice's sung notes (:func:`sung_spans`, ``let_go`` passed on) where it has notes and an f0 to read them
    with: read once for its presence and its bar notes."""
    return {name: _without_leaks(sung_spans(s, let_go), sl.window) for name, s in sl.stems.items()
            if name == "vocals" and len(s.notes) and len(s.frames.time_s) > 1}


def _without_leaks(spans: list[tuple[float, float, int]], w) -> list[tuple[float, float, int]]:
    """A voice's sung notes without another part leaking into her track (:func:`_drop_leaks`, her middle read from
    those starting in the window): a degraded singer's last note and longest held note were given as a C sharp 2 and
    an F sharp 3 beside her range of G sharp 5 to C sharp 6 (round 65's bn06 packet, dev)."""
    return _drop_leaks(spans, [x for x in spans if w.start_s <= x[0] < w.end_s])


def _line_notes(sl: WindowSlice, p: Presence, spans: list[tuple[float, float, int]], landings: list[Rest]) -> None:
    """A voice's sung notes (``spans``) counted line by line, its lines parted where :func:`_line_starts` and
    :func:`_line_ends` part them (its rests that are not a breath, and its landings), (Presence.line_notes), and
    whether its first line starts with the window and its last runs to its end (a line the window cuts is counted
    short): "how many syllables a line?" (round 44's as06 got nine or ten transcribed notes a line, six sung; dev)."""
    w, beat = sl.window, sl.grid.period_s or 0.5
    inside = [x for x in spans if w.start_s <= x[0] < w.end_s]
    if not inside:
        return
    cuts = sorted((r.start_s + r.end_s) / 2 for r in _breaks(p.rests) + landings)  # (a rest's middle: no rounding)
    counts: dict[int, int] = {}
    for a, _, _ in inside:
        k = int(np.searchsorted(cuts, a, side="right"))  # the line after the k-th rest
        counts[k] = counts.get(k, 0) + 1
    p.line_notes = [counts[k] for k in sorted(counts)]
    p.line_notes_cut = (inside[0][0] - w.start_s < beat / 2, w.end_s - max(x[1] for x in inside) < beat / 2)


OWN_REGISTER = 12  # semitones: a stroke within an octave of a held note's is in its register (the same hand)


def note_spans(sl: WindowSlice, s: StemSlice, strokes: Strokes,
               sung: list[tuple[float, float, int]] | None = None) -> list[tuple[float, float, int]]:
    """A line's notes as (start, end, MIDI pitch) in time order, inside the window, each as long as it sounds: a
    voice's sung notes (``sung``: :func:`sung_spans`) measured where its f0 sits on each (not the scoop into it,
    nor the fall off it, nor the tail the transcription dropped); an instrument's strokes, to the next in their
    register at most."""
    w, f = sl.window, s.frames
    if not len(s.notes):
        return []
    if sung is not None:
        spans = []
        for k, (a, b, pitch) in enumerate(sung):
            stop = sung[k + 1][0] if k + 1 < len(sung) else w.end_s
            run = _f0_run(f, a, stop, pitch)
            spans.append((a, b, pitch) if run is None else (run[0], run[1], pitch))
    else:
        # a stroke sounds to the next stroke in its register at most: a left hand's low note struck under a held top
        # note does not stop it (a real piano's C 5, held through the F 2 below: round 31's af04, dev)
        t, _, brings, length = strokes
        stops = [next((float(t[j]) for j in range(k + 1, len(t)) if abs(int(brings[j]) - int(brings[k])) <= OWN_REGISTER),
                      w.end_s) for k in range(len(t))]
        spans = [(float(a), float(min(a + d, z)), int(p)) for a, d, z, p in zip(t, length, stops, brings)]
    return [(max(a, w.start_s), min(b, w.end_s), p) for a, b, p in spans]


def _longest_notes(sl: WindowSlice, spans: list[tuple[float, float, int]], names: list[str] | None = None
                   ) -> list[HeldNote]:
    """A line's longest notes (Presence.held) among its :func:`note_spans`: those of LONG_NOTE_BEATS or more, or
    standing out from the line's own (STANDS_OUT), longest first, MAX_HELD at most; where none is, its single
    longest."""
    period, w = sl.grid.period_s, sl.window
    if not period:
        return []
    final = spans[-1] if spans else None  # (spans come in time order)
    spans = sorted(spans, key=lambda n: n[0] - n[1])  # longest first
    beats = np.array([(b - a) / period for a, b, _ in spans])
    out_of = max(STANDS_OUT * float(np.median(beats)), STANDS_OUT_MIN_BEATS) if len(spans) >= 3 else np.inf
    long = [n for n, x in zip(spans, beats) if x >= LONG_NOTE_BEATS or x >= out_of][:MAX_HELD] or spans[:1]
    out = []
    for a, b, pitch in long:
        bar, beat = bar_beat(sl, a)
        out.append(HeldNote(time_s=w.round_time(a), end_s=w.round_time(b), note=_note_name(pitch, names),
                            beats=round((b - a) / period, 2), bar=bar, beat=beat, last=(a, b, pitch) == final))
    return out


# At a bar line a line holds a note over it (a tie, written so on a lead sheet) where a note struck before the line
# sounds on TIE_PAST_BEATS past it (TIE_PAST_MIN_S at least: a note's release read a little long is no tie); struck
# less than PUSHED_BEATS ahead, it is pushed (an anticipation, tied too, where it sounds a sixteenth into the bar); a
# note struck from ON_LINE_EARLY_S (or ON_LINE_EARLY_SIXTEENTHS) before the line to a sixteenth after it is fresh on
# the one; else the line rests
# there (round 61's bj03: "does she start her notes fresh on the one, or hold them over the bar line?" got where her
# lines start, dev) -- unless a note sounds up to the line and the voice goes on sounding (its f0 voiced over
# SLIDE_VOICED of the gap) into a note reached within SLIDE_BEATS of it: a slide over the line (Country1's singer, from
# his G on the line up into a B, was said to rest there: the twenty-seventh session's sweep, dev).
SLIDE_BEATS = 0.5
SLIDE_VOICED = 0.8
PUSHED_BEATS = 0.75
ON_LINE_EARLY_S = 0.05
ON_LINE_EARLY_SIXTEENTHS = 0.6  # ... or this share of a sixteenth, whichever is more
TIE_PAST_BEATS, TIE_PAST_MIN_S = 0.125, 0.08


def _voiced_through(f, start_s: float, end_s: float) -> bool:
    """Whether a part's f0 is voiced over SLIDE_VOICED of the frames from ``start_s`` to ``end_s`` (a gap between
    two notes the voice slides across rather than stops in)."""
    inside = (f.time_s >= start_s) & (f.time_s <= end_s)
    return bool(inside.any()) and float(np.mean(f.pitch_hz[inside] > 0)) >= SLIDE_VOICED


def _bar_crossings(sl: WindowSlice, s: StemSlice, spans: list[tuple[float, float, int]],
                   names: list[str] | None = None) -> list[BarCrossing]:
    """What the line does at each bar line inside the window (Presence.bar_crossings), from its note spans."""
    g, w = sl.grid, sl.window
    period = g.period_s
    if not period or not spans or not len(g.beats_s):
        return []
    sixteenth, past = period / 4, max(TIE_PAST_BEATS * period, TIE_PAST_MIN_S)
    early = max(ON_LINE_EARLY_S, ON_LINE_EARLY_SIXTEENTHS * sixteenth)  # a singer a hair early is on the one
    # (a bar line at the window's very start is left out: a note held into it from before is not in the window)
    downs = g.beats_s[(g.beat_in_bar == 1) & (g.beats_s >= w.start_s + early) & (g.beats_s <= w.end_s - period / 2)]
    out = []
    for d in downs:
        bar, _ = bar_beat(sl, float(d))
        # (a note struck just ahead of the line is pushed only where it sounds a sixteenth into the bar: one shorter
        # is a scoop into the note on the one, as a singer's D slid up into her E was)
        over = [x for x in spans if x[0] < d - early and
                x[1] >= d + (sixteenth if d - x[0] < PUSHED_BEATS * period else past)]
        fresh = [x for x in spans if d - early <= x[0] <= d + sixteenth]
        if over:
            a, _, pitch = max(over, key=lambda x: x[0])
            from_bar, from_beat = bar_beat(sl, a)
            out.append(BarCrossing(bar=bar, how="pushed" if d - a < PUSHED_BEATS * period else "held",
                                   note=_note_name(pitch, names), from_bar=from_bar, from_beat=from_beat))
        elif fresh:
            out.append(BarCrossing(bar=bar, how="fresh", note=_note_name(fresh[0][2], names)))
        else:
            # (a voice's: a chord part's f0 is voiced while its chords ring; a note sung again at its pitch is no
            # slide into another)
            up_to = [x for x in spans if x[0] < d - early <= x[1]] if s.stem == "vocals" else []
            into = [x for x in spans if d + sixteenth < x[0] <= d + SLIDE_BEATS * period]
            last = max(up_to, key=lambda x: x[1]) if up_to else None
            if last is not None and into and into[0][2] != last[2] and \
                    _voiced_through(s.frames, last[1], into[0][0]):
                out.append(BarCrossing(bar=bar, how="slide", note=_note_name(into[0][2], names),
                                       from_note=_note_name(last[2], names)))
            else:
                out.append(BarCrossing(bar=bar, how="rest"))
    return out


# A piano's hands, by register: they meet between HAND_MEET's pitches (C3 to G4); the widest gap between the
# pitches played whose middle lies there, if at least HAND_GAP semitones, splits them; with no such gap they are
# not told apart.
HAND_MEET = (48, 67)
HAND_GAP = 5
MAX_HAND_STROKES = 24
MIN_HAND_NOTES = 2  # a hand plays at least this many notes; fewer across the gap from the rest are strays
# a piano's notes this close after a stroke's first are struck with it (a transcription spreads one chord's notes over
# a tenth of a second: the madmom sample's F minor chord came as three strokes)
HAND_CHORD_S = 0.1
# an undertone: a note this soon after one of its pitch class an octave or more above, and under GHOST_LEVEL of its
# level, is the transcription hearing that note's resonance (the madmom sample's F 2 and F 3 a fifth of a second
# after its chord's F 4 and F 5, read as a second low F in the left hand; round 29's ad01, dev)
GHOST_AFTER_S = (0.06, 0.25)
GHOST_LEVEL = 0.75


def _hands(sl: WindowSlice, s: StemSlice, names: list[str] | None) -> Hands | None:
    """A piano's notes starting in the window read as two hands by register (:class:`Hands`), each hand's notes
    struck together (within HAND_CHORD_S) one stroke, undertones left out."""
    w, n = sl.window, s.notes
    inside = (n.time_s >= w.start_s - TOGETHER_S) & (n.time_s < w.end_s)
    times, pitches, levels = n.time_s[inside], np.round(n.pitch[inside]).astype(int), n.velocity[inside]
    ghost = np.array([any(GHOST_AFTER_S[0] <= t - t2 <= GHOST_AFTER_S[1] and p2 >= p + 12 and (p2 - p) % 12 == 0 and
                          v < GHOST_LEVEL * v2 for t2, p2, v2 in zip(times, pitches, levels))
                      for t, p, v in zip(times, pitches, levels)], bool)
    times, pitches = times[~ghost], pitches[~ghost]
    if len(times) < 2:
        return None
    u = np.unique(pitches)
    gaps = [(int(hi - lo), int(hi)) for lo, hi in zip(u[:-1], u[1:]) if HAND_MEET[0] <= (lo + hi) / 2 <= HAND_MEET[1]]
    if not gaps or max(gaps)[0] < HAND_GAP:
        # no gap parts a low register from a high one: close chords around middle C would be cut in two by any split
        # (a ballad's triads read "left hand E and A, right hand C sharp"), so the hands are not told apart
        return Hands(split=None)
    split = max(gaps)[1]
    below = pitches < split
    if min(below.sum(), (~below).sum()) < MIN_HAND_NOTES:
        # one stray note across a gap from all the rest (a chord part's E 3 at a window's end, the bass's bleed) is no
        # second hand: the part plays in one hand's register
        keep = below if below.sum() >= MIN_HAND_NOTES else ~below
        times, pitches = times[keep], pitches[keep]
    out = Hands(split=_note_name(split, names))
    for hand, keep in (("left", pitches < split), ("right", pitches >= split)):
        ts, ps = times[keep], pitches[keep]
        order = np.argsort(ts, kind="stable")
        ts, ps = ts[order], ps[order]
        strokes: list[HandStroke] = []
        k = 0
        while k < len(ts):
            j = k + 1
            while j < len(ts) and ts[j] - ts[k] <= HAND_CHORD_S:
                j += 1
            bar, beat = bar_beat(sl, float(ts[k]))
            strokes.append(HandStroke(time_s=w.round_time(float(ts[k])), notes=[_note_name(x, names) for x in
                                      sorted(set(ps[k:j].tolist()))], bar=bar, beat=beat))
            k = j
        setattr(out, hand, strokes[:MAX_HAND_STROKES])
        setattr(out, f"more_{hand}", max(len(strokes) - MAX_HAND_STROKES, 0))
    return out


LEAK_FROM_MIDDLE = 13  # semitones from the part's median pitch: past an octave, a leak's note, not the line's


def sung_here(spans: list[tuple[float, float, int]], start_s: float, end_s: float) -> list[tuple[float, float, int]]:
    """A voice's sung notes (:func:`sung_notes_of`) starting in the window, without those more than
    LEAK_FROM_MIDDLE from their median: another part leaking into her track."""
    spans = [x for x in spans if start_s <= x[0] < end_s]
    return _drop_leaks(spans, spans)


def _drop_leaks(spans: list[tuple[float, float, int]], inside: list[tuple[float, float, int]]
                ) -> list[tuple[float, float, int]]:
    """``spans`` without those more than LEAK_FROM_MIDDLE from the median pitch of ``inside`` (another part leaking
    into a voice's track); all of them where none is left, or ``inside`` is empty."""
    if not inside:
        return spans
    middle = float(np.median([x[2] for x in inside]))
    return [x for x in spans if abs(x[2] - middle) < LEAK_FROM_MIDDLE] or spans


def _own_notes(s: StemSlice, pitch: np.ndarray) -> np.ndarray:
    """Which of ``pitch`` are the part's own: a voice's within LEAK_FROM_MIDDLE of its median, an instrument's all
    (and all of a voice's where none is: two notes far apart have their median between them)."""
    if s.stem != "vocals" or not len(pitch):
        return np.ones(len(pitch), bool)
    own = np.abs(pitch - np.median(pitch)) < LEAK_FROM_MIDDLE
    return own if own.any() else np.ones(len(pitch), bool)


RELEASE_DB, RELEASE_LOOK_S = 10.0, 1.0


def _released(s: StemSlice, end_s: float) -> float:
    """Where a part's last note before a rest lets go: the transcription's note runs on through its release (a
    synth voice's tail, 0.5-0.7 s at 40-60 dB down, made every hole between a clean render's lines half a bar
    short: round 21's d06), so the rest starts where the stem's level last stood within RELEASE_DB of its
    loudest over the second before. A voice holds its level while it sings; a plucked or struck note fades
    while it still sounds (a bass's held root, fading 10 dB in its first beat, read as resting from beat two:
    round 21's d08), so only a voice's note is cut to its level."""
    if s.stem != "vocals":
        return end_s
    f = s.frames
    near = (f.time_s >= end_s - RELEASE_LOOK_S) & (f.time_s <= end_s)
    if near.sum() < 3:
        return end_s
    level = f.energy_db[near]
    held = np.flatnonzero(level >= level.max() - RELEASE_DB)
    hop = float(np.median(np.diff(f.time_s[near])))
    return min(end_s, float(f.time_s[near][held[-1]]) + hop)


# A voice's hole between two notes is where it is not heard: its level RELEASE_DB or more under the line's
# (the loudest over the second before) and, where it still has a pitch, VOICED_HEARD_DB or more under it. The
# transcription ends a sung note early and starts the next late (a rock singer's last syllable held 0.3 s past
# its note, and a quiet first word it missed: four breaths of 0.3-0.45 s read 1.1-1.7 beats, round 25's l02,
# dev for this rule); a reverb tail that keeps the pitch far down is no voice.
VOICED_HEARD_DB = 20.0
# A singer's breath between lines can be shorter than a beat (a rock singer's, 0.3-0.45 s at 109 BPM): a voice's
# hole from half a beat is a rest ("where does he breathe?"); an instrument's from a beat.
BREATH_MIN_BEATS = 0.5
# a voice alone has no beat but the one tracked from her own notes, so her holes are counted in time: a breath between
# lines, not a catch-breath inside one (vocadito's singer parts her last lines by about 0.6-0.7 s and catches breath
# inside them in about 0.3 s; her 0.55 s gap fell under half a beat of a tracked 54 BPM and was never said: round 86's
# ci05, dev for this rule)
VOICE_ALONE_GAP_S = 0.45


def _voice_gap(s: StemSlice, last_s: float, reach_s: float, next_s: float,
               gone_s: float | None = None) -> tuple[float, float] | None:
    """(start, end) of the longest stretch in which the voice is not heard between its note at ``last_s``
    (sounding to ``reach_s`` as transcribed) and its next at ``next_s``; None where it is heard throughout.
    Where too few frames are read, the transcription's hole (released: :func:`_released`). From ``gone_s`` on, where
    she has let go (:func:`_let_go`), a faint pitch is her release or the room's tail, not her voice: she is heard
    there only by her level (within RELEASE_DB of the line's; ``python -m eval.gaps``, dev: one true hole more of 35,
    none where she sings, where within LET_GO_DB read a soft line of the Beatles singer's as a hole)."""
    f = s.frames
    before = (f.time_s >= reach_s - RELEASE_LOOK_S) & (f.time_s <= reach_s)
    inside = np.flatnonzero((f.time_s >= last_s) & (f.time_s < next_s))
    if before.sum() < 3 or len(inside) < 2:
        return max(_released(s, reach_s), last_s), next_s
    line_db = float(f.energy_db[before].max())
    level, voiced = f.energy_db[inside], f.pitch_hz[inside] > 0
    heard = (level >= line_db - RELEASE_DB) | (voiced & (level >= line_db - VOICED_HEARD_DB))
    if gone_s is not None:
        heard = np.where(f.time_s[inside] >= gone_s, level >= line_db - RELEASE_DB, heard)
    # a pitch an octave and more from the line's middle is another part's leak heard through the stem
    middle = float(np.median(s.notes.pitch))
    far = voiced & (np.abs(_midi_of(np.where(voiced, f.pitch_hz[inside], 440.0)) - middle) >= LEAK_FROM_MIDDLE)
    heard &= ~far
    heard[f.time_s[inside] < reach_s - RELEASE_LOOK_S] = True  # a held note's own frames are its note
    quiet = _runs(~heard)
    if not quiet:
        return None
    a, b = max(quiet, key=lambda r: r[1] - r[0])  # the first of the longest
    hop = float(np.median(np.diff(f.time_s)))
    end = next_s if b == len(inside) else min(float(f.time_s[inside[b - 1]]) + hop / 2, next_s)
    return max(float(f.time_s[inside[a]]) - hop / 2, last_s), end


def _rests(sl: WindowSlice, s: StemSlice, voice_alone: bool = False) -> list[Rest]:
    """Where a pitched part stops for a beat or more inside the window, after it has played (the holes between a
    singer's lines, where a producer drops a fill: round 19's f07): from the end of what it sounds to its next
    note, or to the window's end; and a voice's silence from the window's start, where her last note before it is
    heard ringing into it (:func:`_opening_silence`). A voice's holes count from half a beat; a voice alone on the
    track, whose beats are tracked from her own notes, from VOICE_ALONE_GAP_S."""
    period = sl.grid.period_s
    w = sl.window
    if not period or not len(s.notes):
        return []
    # a note an octave or more from a voice's middle is another part's leak (the bass heard in a degraded vocal
    # track filled her holes), not the line; an instrument's two hands span more (a pianist's last E flat 5 and G 2,
    # sounding to the clip's end, were dropped and a rest read there: round 36's ak07, dev)
    own = _own_notes(s, s.notes.pitch)
    order = np.argsort(s.notes.time_s[own], kind="stable")
    t, end = s.notes.time_s[own][order], (s.notes.time_s + s.notes.duration_s)[own][order]
    if not len(t):
        return []
    reach = np.maximum.accumulate(end)  # how far the part sounds by each note
    # ... and where a voice has let go of it (its release and the room's tail are no singing: round 106's dc08, dev)
    gone = np.maximum.accumulate(_let_go_ends(s.frames, t, end)) if s.stem == "vocals" else reach
    out = []
    least = VOICE_ALONE_GAP_S if voice_alone and s.stem == "vocals" else \
        (BREATH_MIN_BEATS if s.stem == "vocals" else 1.0) * period
    opening = _opening_silence(s, w.start_s, float(t[0])) if s.stem == "vocals" else None
    if opening is not None and opening[1] - opening[0] >= least:
        # silent from the window's start until her first note: a hole too ("at what times is she silent?" over a
        # singer resting through the window's first bar gave only her later hole: round 119's dp10, dev)
        a, z = opening
        bar, beat = bar_beat(sl, a)
        out.append(Rest(start_s=w.round_time(a), end_s=w.round_time(z), beats=round((z - a) / period, 1),
                        bar=bar, beat=beat))
    for k, (last, a, z) in enumerate(list(zip(t[:-1], reach[:-1], t[1:])) + [(t[-1], reach[-1], w.end_s)]):
        let_go = float(gone[k]) if gone[k] < a - 1e-6 else None
        gap = _voice_gap(s, float(last), float(a), float(z), let_go) if s.stem == "vocals" else (float(a), float(z))
        if gap is None:
            continue
        a, z = gap
        a, z = float(max(a, w.start_s)), float(min(z, w.end_s))
        if z - a >= least and a < w.end_s:
            bar, beat = bar_beat(sl, a)
            out.append(Rest(start_s=w.round_time(a), end_s=w.round_time(z), beats=round((z - a) / period, 1),
                            bar=bar, beat=beat))
    return out


def _opening_silence(s: StemSlice, start_s: float, first_s: float) -> tuple[float, float] | None:
    """(start, end) of the silence a voice keeps before its first note in the window (at ``first_s``): the frames
    from the window's start up to that note that are not heard (within RELEASE_DB of her level as the note starts, or
    voiced within VOICED_HEARD_DB of it), the stretch of them that runs into the note; the tail of a note held over
    from before the window is heard, so the silence starts after it. None where a frame just before the note is
    heard, or none is: a voice not heard at the window's start may be coming in for the first time, which the lead-in
    sentence says, not a rest; what sounded before the window is not read."""
    f = s.frames
    before = np.flatnonzero((f.time_s >= start_s) & (f.time_s < first_s - 0.025))
    onset = (f.time_s >= first_s) & (f.time_s < first_s + RELEASE_LOOK_S / 2)
    if not len(before) or onset.sum() < 3:
        return None
    line_db = float(f.energy_db[onset].max())
    level, voiced = f.energy_db[before], f.pitch_hz[before] > 0
    heard = (level >= line_db - RELEASE_DB) | (voiced & (level >= line_db - VOICED_HEARD_DB))
    if heard[-1]:
        return None
    last_heard = np.flatnonzero(heard)
    if not len(last_heard):
        return None
    hop = float(np.median(np.diff(f.time_s))) if len(f.time_s) > 1 else 0.05
    return float(f.time_s[before[last_heard[-1]]]) + hop / 2, first_s


BREATH_MAX_BEATS, BREATH_RATIO = 2.0, 2.0  # a breath is under two beats, and half the longest hole or less

# (a start two-thirds into a beat is its and, as a swing player counts the swung eighth and as a straight player hears
# it: a singer back in 0.6 of a beat after two was "just after beat two", the fortieth session's read of Country1, dev)
PLACE_WORDS = {"": "on the beat", "&": "the and", "e": "the e", "a": "the a", "trip": "a triplet after",
               "let": "the and"}


def _placed_in_beat(sl: WindowSlice, t: float, bar: int | None, beat: int | None
                    ) -> tuple[int | None, int | None, str | None]:
    """(bar, beat, place) of an onset: nearest the next beat it is on that beat; between beats, its beat and where in
    the beat it falls (PLACE_WORDS; None on the beat). A singer coming in a third of a beat after two was said to come
    in "on the second beat", beside her line's start "just after beat two" (the thirty-fourth session's sweep on
    Country1, dev). ``bar``, ``beat``: :func:`bar_beat`'s, kept where the grid cannot place it."""
    period = sl.grid.period_s
    k, frac = _beat_fraction(sl, np.array([t]))
    if not period or k[0] < 0:
        return bar, beat, None
    slot = str(_slot(frac)[0])
    if slot == "":
        return (*bar_beat(sl, t + (1.0 - float(frac[0])) * period), None) if frac[0] > 0.5 else (bar, beat, None)
    return bar, beat, PLACE_WORDS[slot]


def _line_starts(sl: WindowSlice, s: StemSlice, rests: list[Rest], landings: list[Rest] | None = None,
                 names: list[str] | None = None) -> list[LineStart]:
    """Where each of a part's lines starts: its first note where it comes in after a beat or more of silence
    inside the window, and each note that ends one of its rests but a breath, or a voice's landing
    (``landings``: :func:`_landings`) ("does he start his lines on the one?", "where do her calls land?": round
    20's e03 and e06). A note a hair ahead of a beat is on it (:func:`bar_beat`)."""
    period = sl.grid.period_s
    w = sl.window
    if not period or not len(s.notes):
        return []
    first = float(s.notes.time_s.min())
    inside = [r for r in rests if r.end_s < w.end_s - 1e-3]
    landed = [r for r in landings or [] if r.end_s < w.end_s - 1e-3]
    times = ([first] if first - w.start_s >= period else []) + sorted(r.end_s for r in _breaks(inside) + landed)
    # (the first note once: a voice's silence from the window's start is a rest that ends on it too)
    times = [t for k, t in enumerate(times) if not k or abs(t - times[k - 1]) > TOGETHER_S]
    own = _own_notes(s, s.notes.pitch)  # (the part's own notes, read once for every line's first note)
    out = []
    for t in times:
        bar, beat, place = _placed_in_beat(sl, t, *bar_beat(sl, t))  # (nearest the next beat: on that beat)
        # the note it comes in on: the one struck there (the loudest of a chord's), its own (not a leak); a voice's
        # hole ends where she is heard again, a frame or two before the transcription starts her note (a solo
        # voice's lines came in on no note: round 107's dd04, dev), so her first note within half a beat after it
        after = np.flatnonzero(own & (s.notes.time_s >= t - TOGETHER_S) & (s.notes.time_s <= t + period / 2))
        first_s = float(s.notes.time_s[after].min()) if len(after) else t
        near = np.flatnonzero((np.abs(s.notes.time_s - first_s) <= TOGETHER_S) & own)
        note = _note_name(int(s.notes.pitch[near[np.argmax(s.notes.velocity[near])]]), names) if len(near) else None
        out.append(LineStart(time_s=w.round_time(t), bar=bar, beat=beat, place=place or PLACE_WORDS[""], note=note))
    return out


def _bar_pitches(sl: WindowSlice, s: StemSlice) -> list[tuple[int, dict[int, list[int]]]]:
    """Each bar's notes struck inside the window by pitch (track bar, {MIDI pitch: the beat of each strike}), the
    part's own notes (not another part leaking into its track)."""
    own = _own_notes(s, s.notes.pitch)
    t, pitch = s.notes.time_s[own], s.notes.pitch[own].astype(int)
    by_bar: dict[int, dict[int, list[int]]] = {}
    for x, k in zip(t, pitch):
        if sl.window.start_s <= x < sl.window.end_s:
            bar, beat = bar_beat(sl, float(x))
            if bar is not None:
                by_bar.setdefault(bar, {}).setdefault(int(k), []).append(int(beat or 1))
    return sorted(by_bar.items())


def _bar_lows(bar_pitches: list[tuple[int, dict[int, list[int]]]]) -> list[tuple[int, int]]:
    """Each bar's lowest note (track bar, MIDI pitch) of a pitched part, from its notes by bar (:func:`_bar_pitches`):
    the lowest pitch it strikes twice there (one stray low note, a leak of the bass into the keys, is not its
    bottom), else, in a bar of three notes or fewer, its lowest ("how high can I set the high-pass on the keys? does
    that hold into the hook?": round 45's at10 got the window's lowest alone, the hook an octave under the verse; dev)."""
    out = []
    for bar, struck in bar_pitches:
        twice = [k for k, beats in struck.items() if len(beats) >= 2]
        if twice or sum(map(len, struck.values())) <= 3:
            out.append((bar, min(twice or struck)))
    return out


def _pc_shares(pitches: np.ndarray, durations: np.ndarray) -> list[float]:
    """The share of the notes' total length each pitch class takes (C first)."""
    total = pc_durations(pitches, np.maximum(np.asarray(durations, dtype=float), 0.0))
    return [round(float(x), 3) for x in total / total.sum()] if total.sum() > 0 else []


NOTE_LEVEL_S = 0.3  # a note's level: its loudest frame in its first this many seconds
NOTE_ATTACK_S = 0.1  # ... and at least through its attack


def _note_levels(sl: WindowSlice, s: StemSlice, spans: list[tuple[float, float, int]]
                 ) -> list[tuple[float, float, int | None, int | None]]:
    """Each note's start, level, bar and beat: its level the loudest frame of the stem's own sound from just before
    it through its first NOTE_LEVEL_S ("where does she get louder or softer on her own? riding her fader": round 39's
    an05, dev)."""
    out = []
    for x, z, _ in spans:  # (a sung note's span may be cut short by a slide: its attack is read all the same)
        level = _peak_db(s, x, min(max(z, x + NOTE_ATTACK_S), x + NOTE_LEVEL_S))
        if np.isfinite(level):
            out.append((sl.window.round_time(x), round(level, 1), *bar_beat(sl, x)))
    return out


LANDING_BEATS = 0.75  # a sung note held this long, then left with the voice stopping, ends a line
LANDING_GAP_BEATS = 0.25  # ... "stopping": no note for this long after it


def _landings(sl: WindowSlice, s: StemSlice, rests: list[Rest], spans: list[tuple[float, float, int]] | None
              ) -> list[Rest]:
    """Line ends a voice marks by landing, not by resting: a note held three quarters of a beat or more that the
    voice leaves, stopping, before its next (the Beatles' singer falls D to a held B once a bar and takes a quick
    breath, under half a beat: three one-bar lines read as one and a half, round 28's ac04, dev for this rule),
    and a held last note released before the window ends. A gap a rest already covers is left to it."""
    period = sl.grid.period_s
    if not spans or not period:
        return []
    out = []
    ordered = sorted(spans)
    for i, (a, z, _) in enumerate(ordered):
        nxt = ordered[i + 1][0] if i + 1 < len(ordered) else sl.window.end_s
        last = i + 1 == len(ordered)
        if z - a < LANDING_BEATS * period or nxt - z < (TOGETHER_S if last else LANDING_GAP_BEATS * period):
            continue  # not held, or sung on into the next (a last note still sounding as the window ends)
        if any(r.start_s - period <= z <= r.end_s for r in rests):
            continue
        gap = _voice_gap(s, a, z, nxt) if not last else (z, nxt)
        if gap is None or (not last and gap[1] - gap[0] < LANDING_GAP_BEATS * period):
            continue  # heard through it: sung on, not a breath
        bar, beat = bar_beat(sl, z)
        out.append(Rest(start_s=sl.window.round_time(z), end_s=sl.window.round_time(nxt),
                        beats=round((nxt - z) / period, 1), bar=bar, beat=beat))
    return out


def _breaks(rests: list[Rest]) -> list[Rest]:
    """The rests that part lines: a short rest where the part's other holes are far longer is a breath inside a
    line, not a line's end (a punk singer's lines, parted by two to five beats, each broke at a beat's breath into
    'lines' on every beat of the bar: round 21's d05, dev for this rule)."""
    longest = max((r.beats for r in rests), default=0.0)
    return [r for r in rests if r.beats >= BREATH_MAX_BEATS or longest < BREATH_RATIO * r.beats]


def _line_ends(sl: WindowSlice, s: StemSlice, rests: list[Rest],
               spans: list[tuple[float, float, int]] | None = None, landings: list[Rest] | None = None,
               names: list[str] | None = None) -> list[LineEnd]:
    """The note each of a part's lines ends on: the last of its own notes (not a leak an octave off its middle)
    before each rest that is not a breath, the window's last one too where the part rests a beat or more before
    the window ends ("what note does she land on at the end of each line?"); with ``spans`` (:func:`note_spans`),
    a voice's last sung note (not a slide off it) and how long each last note lasts ("does he hold the last note
    of each line?"); a voice's ``landings`` (:func:`_landings`) end lines too."""
    if not len(s.notes):
        return []
    voice = s.stem == "vocals" and bool(spans)
    t, pitch = (np.array([x[0] for x in spans]), np.array([x[2] for x in spans], int)) if voice else \
        (s.notes.time_s, s.notes.pitch)
    own = _own_notes(s, pitch)
    t, pitch = t[own], pitch[own]
    period = sl.grid.period_s
    out = []
    for r in sorted(_breaks(rests) + (landings or [] if voice else []), key=lambda r: r.start_s):
        before = np.flatnonzero(t < r.start_s - 1e-3)
        if not len(before):
            continue
        i = before[np.argmax(t[before])]
        # where in its beat it starts, as a line's start is placed (a last note on the and of five was read "on five",
        # half a beat early: round 115's dl04, dev)
        bar, beat, place = _placed_in_beat(sl, float(t[i]), *bar_beat(sl, float(t[i])))
        span = next((x for x in reversed(spans or []) if x[0] <= t[i] + TOGETHER_S), None)
        out.append(LineEnd(time_s=sl.window.round_time(float(t[i])), note=_note_name(int(pitch[i]), names), bar=bar,
                           beat=beat, place=place or PLACE_WORDS[""],
                           beats=round((span[1] - span[0]) / period, 2) if span and period else None))
    return out


SPLIT_WORDS = {"straight eighths": "in two", "triplets": "in three", "sixteenths": "in four", "uneven": "loosely"}


def _part_split(sl: WindowSlice, s: StemSlice, strokes: Strokes | None) -> str | None:
    """How one part's own notes divide the beat (Presence.beat_split): "is she swinging it or singing it
    straight?" asks the voice, not the band. A shuffle band's meter said "a triplet lilt" and a singer's even
    duplets across it were taken for swing (round 18's g09, dev for this rule). A pitched part's attacks are
    its strokes (a voice's restarts of a held note joined to it, :func:`_join_restarts`); a kit's, its distinct
    hits."""
    if s.is_drums:
        times = distinct_onsets(s.notes.time_s)
    elif strokes is None:
        return None
    else:
        times = strokes[0]
    split = beat_split(sl, times)
    if split.subdivision == "none":
        return None
    # long-short pairs: off-beat eighths late (a swing ratio), or the triplets' last place played and their
    # first left out (the shuffle the meter tells from a beat split in three the same way)
    if split.subdivision == "triplets" and split.first_triplet < 0.5 * (split.triplet - split.first_triplet):
        return "swung"
    if split.swing_ratio is not None and split.swing_ratio >= SWUNG_RATIO and split.subdivision != "triplets":
        return "swung"
    return SPLIT_WORDS[split.subdivision]


# How a part plays, in a player's words: chords where a good share of its strokes sound two pitch classes or more;
# short (stabs) where its typical note lasts under half a beat, held where it lasts a beat and a half or more;
# on the off-beats where most of its onsets fall clearly between the beats, on the beats where few do.
# (transcribed single-note lines stay under a quarter of their strokes, 0.21 at most over eval.answers' dev7 and
# test playing asks; the real MusicDelta strummed guitars read 0.47-0.74: dev)
CHORD_ONSETS = 0.4
# A strummed guitar whose strokes the transcription splits into its strings (a string here, two there) strikes few
# pitch classes together but keeps a chord ringing: where three pitch classes or more sound together through at least
# half the time the part sounds, it plays chords, not a line (real strummed and comped guitars: 0.62-0.93 of the
# time, Country1's acoustic pair 0.84-0.93 where it struck 0.39 of its strokes as chords; real single lines, voices
# and distorted riffs 0.00-0.23: dev). Read after the walking line and broken chords (a pedalled arpeggio rings too).
RING_PITCH_CLASSES, RING_SHARE = 3, 0.5
RING_STEP_S = 0.02
SHORT_BEATS, HELD_BEATS = 0.5, 1.5
OFF_BEAT = 0.15  # an onset this far (as a share of the beat) from every beat falls between the beats
MOSTLY_OFF, MOSTLY_ON = 0.7, 0.2
MIN_PLAYING_ONSETS = 6


STROKE_GRID = 4  # a part's strokes are read on a sixteenth grid: what is faster decorates one stroke
RINGING_S = 0.05  # a note ending this close before a stroke starts is still sounding into it


def _strokes(s: StemSlice, gap_s: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Each stroke's time, how many pitch classes it sounds together, the pitch it brings in, and how long
    it sounds (its loudest note's duration: a chord held a bar is held, whatever faint overtones the
    transcription starts and stops inside it).

    A stroke is one articulation: notes starting within ``gap_s`` of its first (a chord, or a strum spread
    over its strings). What it sounds together are the pitch classes of its notes still ringing just after
    its last note starts (CHORD_S later; a grace note or hammer-on that stops as the next note starts does
    not make a chord) and at least half as loud as its loudest (a quiet overtone is no chord tone); an
    octave doubling is one pitch class. Notes that repeat a pitch still sounding as the stroke starts and
    notes that bring a new one (a note under half the stroke's loudest, an overtone, brings none) are counted
    apart, the larger count the stroke's: a chord struck again repeats several, a change of chord brings
    several; over a let-ring line the transcription restarts the ringing note beside each new one, and one new
    note beside one restarted is not a chord. A single quiet
    or restarted note while two or more notes of the stroke before ring through it is that chord's decay
    heard by the transcription (an overtone beating, a string restarting), not a stroke of its own."""
    order = np.argsort(s.notes.time_s, kind="stable")
    start, end = s.notes.time_s[order], (s.notes.time_s + s.notes.duration_s)[order]
    pitch, loud = s.notes.pitch[order], s.notes.velocity[order]
    if s.stem == "vocals":
        start, end, pitch, loud = _sung_restarts_joined(start, end, pitch, loud, s.frames)
    first = articulations(start, gap_s)
    group = np.searchsorted(first, start, side="right") - 1
    keep, together, brings, lengths = [], [], [], []
    for g in range(len(first)):
        members = np.flatnonzero(group == g)
        t0 = first[g]
        earlier = (start < t0 - 1e-9) & (end >= t0 - RINGING_S)
        repeats = np.isin(pitch[members], pitch[earlier])
        through = np.flatnonzero((start < t0 - 1e-9) & (end > t0 + CHORD_S))
        if len(members) == 1 and len(through) >= 2 and (
                repeats[0] or loud[members[0]] < 0.5 * loud[through].max()):
            continue
        heard = loud[members] >= 0.5 * loud[members].max()  # a faint overtone read beside the note brings nothing
        new = members[~repeats & heard] if (~repeats & heard).any() else members
        brings.append(int(pitch[new[np.argmax(loud[new])]]))
        loudest = members[np.argmax(loud[members])]
        lengths.append(float(end[loudest] - start[loudest]))
        keep.append(t0)
        if len(members) < 2:
            together.append(1)
            continue
        last = start[members].max()
        sounding = members[(end[members] > last + CHORD_S) & (loud[members] >= 0.5 * loud[members].max())]
        again = np.isin(pitch[sounding], pitch[earlier])
        together.append(max(1, len(set(pitch[sounding][again] % 12)), len(set(pitch[sounding][~again] % 12))))
    return np.asarray(keep), np.asarray(together, int), np.asarray(brings, int), np.asarray(lengths)


def _sung_restarts_joined(start: np.ndarray, end: np.ndarray, pitch: np.ndarray, loud: np.ndarray, frames=None
                          ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """A voice's notes (in time order) with each restart joined to the note it restarts (common.restarts_joined).
    Left as a note, a restart a tenth of a second before her next note took that note's stroke and its time (a
    singer's even duplets at 63 dotted quarters, each B5 split 0.12 s before the C sharp 6 after it, read as
    triplets: round 111's dh09, dev). Joined before the strokes are grouped; :func:`_join_restarts` joins the
    strokes that still restart one."""
    keep, end = restarts_joined(start, end, pitch, frames)
    return start[keep], end[keep], pitch[keep], loud[keep]


# A line that moves mostly by leaps of a third to a sixth, hardly ever by step, spells chords one note at a time:
# broken chords (an arpeggio). Not said of the bass (a root-fifth bass is not called an arpeggio) or a voice.
ARPEGGIO_LEAPS = (3, 9)  # semitones
ARPEGGIO_SHARE, ARPEGGIO_MAX_STEPS = 0.6, 0.2


def _arpeggio(s: StemSlice, brings: np.ndarray) -> bool:
    moves = np.abs(np.diff(brings))
    moves = moves[moves > 0]
    if s.stem in ("bass", "vocals") or len(moves) < MIN_PLAYING_ONSETS:
        return False
    leaps = (moves >= ARPEGGIO_LEAPS[0]) & (moves <= ARPEGGIO_LEAPS[1])
    return bool(np.mean(leaps) >= ARPEGGIO_SHARE and np.mean(moves <= 2) <= ARPEGGIO_MAX_STEPS)


# A lead line over chords: one stem holding two players (a lead guitar's melody over a rhythm guitar's
# strums, a right hand's tune over the left's chords). The line's notes are the strokes of single notes that
# sit at or above the middle of the chords (a boom-chick comp picks its roots alone, under them), and the top
# notes of chord strokes that move to a pitch new to the last two strokes while the notes under them hold
# (a melody sounding with each strum; a comp whose top note moves with its voicing changes the notes under
# it too, and a transcription that drops a strum's top string and finds it again brings no new pitch). Said
# where that line makes a share of the part's strokes, moves as a melody does (mostly by step or a small
# leap between pitch classes, over several of them, not in an arpeggio's leaps), and both it and the chords sound through
# most of the window. (constants: the dev half of eval.two_parts)
LINE_OVER_CHORDS = "a lead line over chords"
LEAD_MIN_STROKES = 4  # chord strokes, and line notes, at least this many each
LEAD_MIN_SHARE = 0.25  # the line's notes, and the chord strokes, each at least this share of the part's strokes
LEAD_HOLDS = 2  # notes under a moving top shared with the stroke before: the chord holds
LEAD_MAX_MEDIAN_MOVE = 3  # semitones between consecutive line notes, as pitch classes (a melody moves mostly by step)
LEAD_MIN_STEPS = 0.4  # share of the line's moves that are steps (two semitones or less)
LEAD_MIN_PITCH_CLASSES = 4
LEAD_SPREAD = 3  # both heard in at least this many of the window's four quarters


def _line_over_chords(sl: WindowSlice, s: StemSlice, onsets: np.ndarray, struck: np.ndarray,
                      brings: np.ndarray) -> bool:
    """A melodic line and chord strokes in one stem (:data:`LINE_OVER_CHORDS`), from its strokes
    (:func:`_strokes`' onsets, pitch classes sounded together and pitches brought in)."""
    if s.stem in ("bass", "vocals") or s.is_drums or len(onsets) < 2 * LEAD_MIN_STROKES:
        return False
    chord = struck >= 2
    if chord.sum() < LEAD_MIN_STROKES or chord.mean() < LEAD_MIN_SHARE:
        return False
    start, pitch = s.notes.time_s, s.notes.pitch.astype(int)
    gap = TOGETHER_S + articulation_gap_s(sl.grid.period_s, STROKE_GRID)
    sets = [sorted(set(pitch[(start >= t - TOGETHER_S) & (start < t + gap)].tolist())) for t in onsets]
    middle = float(np.median([np.median(x) for x, c in zip(sets, chord) if c and x]))
    line = np.zeros(len(onsets), bool)
    notes = brings.copy()
    line[~chord] = brings[~chord] >= middle
    # a single note whose pitch the nearest chord strokes either side sound is a strum's fragment (a transcription
    # splits a strummed chord into its strings: Country1's acoustic guitars gave F sharp, A and D alone between
    # D major strums, read as a tune), not a note a second player adds
    at = np.flatnonzero(chord)
    for i in np.flatnonzero(line & ~chord):
        k = int(np.searchsorted(at, i))
        near = [at[j] for j in (k - 1, k) if 0 <= j < len(at)]
        if any(int(brings[i]) in sets[j] for j in near):
            line[i] = False
    before: list[list[int]] = []  # the last two chord strokes' notes
    for i in np.flatnonzero(chord):
        x = sets[i]
        if x and before:
            under, prev_under = set(x[:-1]), set(before[-1][:-1])
            held = len(under & prev_under) >= LEAD_HOLDS and len(under & prev_under) >= 2 / 3 * min(len(under), len(prev_under))
            if held and all(x[-1] not in y for y in before) and x[-1] >= middle:
                line[i], notes[i] = True, x[-1]
        before = (before + [x])[-2:]
    if line.sum() < LEAD_MIN_STROKES or line.mean() < LEAD_MIN_SHARE:
        return False
    tune = notes[line]
    moves = np.abs(np.diff(tune)) % 12  # as pitch classes: a transcription puts a note an octave out now and then
    moves = np.minimum(moves, 12 - moves)
    moves = moves[moves > 0]
    if len(set(tune % 12)) < LEAD_MIN_PITCH_CLASSES or not len(moves) or np.median(moves) > LEAD_MAX_MEDIAN_MOVE \
            or np.mean(moves <= 2) < LEAD_MIN_STEPS:
        return False
    w = sl.window
    quarter = np.clip(((onsets - w.start_s) / max(w.duration_s, 1e-9) * 4).astype(int), 0, 3)
    return len(set(quarter[line])) >= LEAD_SPREAD and len(set(quarter[chord & ~line])) >= LEAD_SPREAD


# An uneven line is busy from this many strokes a beat, first to last (nearer eighths than quarters), fairly
# busy above one a beat, sparse up to this many (two notes to a 4/4 bar)
BUSY_PER_BEAT, SPARSE_PER_BEAT = 1.5, 0.5


def _ringing_share(s: StemSlice, start_s: float, end_s: float) -> float:
    """The share of the time ``s`` sounds in which RING_PITCH_CLASSES or more pitch classes sound together."""
    t = np.arange(start_s, end_s, RING_STEP_S)
    begin, pc = s.notes.time_s, s.notes.pitch.astype(int) % 12
    end = begin + s.notes.duration_s
    if not len(t) or not len(pc):
        return 0.0
    sounding = (begin[None, :] <= t[:, None]) & (end[None, :] > t[:, None])  # (times, notes)
    classes = np.zeros((len(t), 12), bool)
    for k in range(12):
        classes[:, k] = sounding[:, pc == k].any(axis=1)
    count = classes.sum(axis=1)
    heard = count > 0
    return float(np.mean(count[heard] >= RING_PITCH_CLASSES)) if heard.any() else 0.0


def _pushed_over(sl: WindowSlice, onsets: np.ndarray, k: np.ndarray, frac: np.ndarray, period: float) -> int:
    """The strokes that start between the beats with no stroke of the part's on the next beat: the line's
    syncopations (the accent carried over the beat, held or not; H005's definition, per part)."""
    beats = sl.grid.beats_s
    count = 0
    for ki, fi in zip(k, frac):
        if ki < 0 or not OFF_BEAT < fi < 1 - OFF_BEAT or ki + 1 >= len(beats):
            continue
        if not np.any(np.abs(onsets - beats[ki + 1]) <= OFF_BEAT * period):
            count += 1
    return count


class Manner(NamedTuple):
    """What a part's playing words turn on: its kind (chords, broken chords, walking, line) and, for chords,
    their length (short, held or '') and whether they keep to the off-beats ('off' or '')."""
    kind: str
    length: str = ""
    off: str = ""


def _playing(sl: WindowSlice, s: StemSlice, p: Presence, min_onsets: int = MIN_PLAYING_ONSETS,
             strokes: Strokes | None = None) -> Manner | None:
    """Sets ``p``'s playing measures and words; returns the manner the words stand on (None: too few strokes).
    ``strokes``: ``s``'s :func:`_strokes`, where already read."""
    period = sl.grid.period_s
    if not period or len(sl.grid.beats_s) < 2:
        return None
    onsets, struck, brings, lengths = _strokes(s, articulation_gap_s(period, STROKE_GRID)) if strokes is None \
        else strokes
    if len(onsets) < min_onsets:
        return _held_notes(p, onsets, struck, lengths, period)
    k, frac = _beat_fraction(sl, onsets)
    placed = frac[k >= 0]
    between = (placed > OFF_BEAT) & (placed < 1 - OFF_BEAT)
    p.chord_onset_share = round(float(np.mean(struck >= 2)), 3)
    p.offbeat_onset_share = round(float(between.mean()), 3) if len(placed) else None
    p.strokes_placed, p.offbeat_strokes = int(len(placed)), int(between.sum())
    p.pushed_over = _pushed_over(sl, onsets, k, frac, period)
    # how long the part's strokes sound, not every transcribed note (a held chord's overtones come and go)
    p.typical_note_beats = round(float(np.median(lengths)) / period, 2)
    # how the strokes join, chords as well as lines: a comp's eighths each held to the next ring, however short
    # (eval.articulation, dev: a piano's strummed eighths and a guitar's held chords were said cut short)
    art = _articulation(p, onsets, lengths, period)
    length = "short" if p.typical_note_beats < SHORT_BEATS else "held" if p.typical_note_beats >= HELD_BEATS else ""
    off = p.offbeat_onset_share
    if _line_over_chords(sl, s, onsets, struck, brings):  # two players in one stem: say both (the chords alone
        p.line_over_chords = True                            # would call a lead's melody chords)
        p.playing = LINE_OVER_CHORDS
        return Manner("line over chords")
    def chords() -> Manner:  # where they fall, or, on and between the beats, their steady value
        where = _where_on_beat(off, " on the off-beats", " on the beats")
        steady = None if where else _steady_value(sl, onsets, period)
        p.playing = f"{length + ' ' if length else ''}chords{where or (' in ' + steady if steady else '')}"
        return Manner("chords", length, "off" if off is not None and off >= MOSTLY_OFF else "")
    if p.chord_onset_share >= CHORD_ONSETS:
        return chords()
    if s.stem == "bass" and _walking(sl, brings, onsets, off):  # (a walk is a bass line's: a tune on every beat is
        # a line)
        p.playing = "a walking line, a new note on every beat"
        return Manner("walking")
    if _arpeggio(s, brings):
        p.playing = f"broken chords, one note at a time{_where_on_beat(off)}"
        return Manner("broken chords")
    if s.stem not in ("bass", "vocals") and _ringing_share(s, sl.window.start_s, sl.window.end_s) >= RING_SHARE:
        return chords()
    steady = _steady_value(sl, onsets, period)
    # an uneven line's pace in a player's words: strokes per beat from its first to its last
    rate = (len(onsets) - 1) / max((float(onsets[-1]) - float(onsets[0])) / period, 1.0)
    pace = ("busy " if rate >= BUSY_PER_BEAT else "fairly busy " if rate > 1.0 else
            "sparse " if rate <= SPARSE_PER_BEAT else "")
    p.playing = (f"a line {'of' if steady.startswith('steady') else 'in'} {steady}{', ' + art if art else ''}"
                 f"{_where_on_beat(off)}" if steady else
                 f"a {pace}line{' of ' + length + ' notes' if length else ''}"  # (the value says where)
                 f"{', ' + art if art and not length else ''}{_where_on_beat(off, between=', on and between the beats')}")
    return Manner("line", length or ("short" if art == ARTICULATION_WORDS[1] else ""))  # held against short:
    # a change a player makes (round 21's d08)


# How a part's strokes join: the share of the time between strokes (within two beats) that sounds. From LEGATO the
# notes run into each other; to DETACHED they are cut short, air between them ("does he let his notes ring into
# each other or play them short and choppy?": round 23's b07, dev for this rule; ``python -m eval.articulation``).
LEGATO, DETACHED = 0.85, 0.65  # (two thirds of the value or less: air a listener hears)
ARTICULATION_WORDS = ("each held into the next", "each cut short")


def ring_word(p: Presence) -> str | None:
    """'short', 'ring' or 'part' (for part of the time to the next): how a part's strokes join, from its
    articulation, else from their usual length (under three quarters of a beat short, a beat and a half or more
    ringing); None with no length read."""
    usual = p.typical_note_beats
    if usual is None:
        return None
    if (p.articulation is not None and p.articulation <= DETACHED) or (p.articulation is None and usual < 0.75):
        return "short"
    if (p.articulation is not None and p.articulation >= LEGATO) or (p.articulation is None and usual >= 1.5):
        return "ring"
    return "part"


def _articulation(p: Presence, onsets: np.ndarray, lengths: np.ndarray, period: float) -> str:
    """Sets p.articulation (the share of the time between strokes, within two beats, that sounds); its words or
    ''."""
    gaps = np.diff(onsets)
    near = gaps <= 2.0 * period
    if near.sum() < MIN_PLAYING_ONSETS - 1:
        return ""
    # air is heard by how long it lasts: the share of the time between strokes that sounds, each stroke up to the
    # next (a waltz's two short chords and the long gap after them are cut short, however the two join)
    p.articulation = round(float(np.minimum(lengths[:-1][near], gaps[near]).sum() / gaps[near].sum()), 2)
    return ARTICULATION_WORDS[0] if p.articulation >= LEGATO else ARTICULATION_WORDS[1] if p.articulation <= DETACHED \
        else ""


# A sung note held under a tenth of a second, or at under half the voice's usual level, is a scoop, a slide or a
# flick of the transcription, not a note the singer sings: his range left out the slide up into his first word
# (round 23's b04: 'from A flat 2', the line's lowest G 3).
SUNG_MIN_S, SUNG_MIN_LEVEL = 0.1, 0.5
# An instrument's range is read from the notes it plays at its own level: a note under PLAYED_MIN_LEVEL of the
# part's median velocity here is a chord's overtone, another part's leak or a ghost, not where the part lies. A
# degraded guitar stem's comping, E4 to D5 by the score, was named "F sharp 2 up to C 7" from the bass leaking in
# and an overtone two octaves over a chord's top (round 107's dd11; ``python -m eval.ranges``, dev: the frames songs).
PLAYED_MIN_LEVEL = 0.7


def _sung_notes(s: StemSlice) -> np.ndarray:
    """The pitches a part's range is read from: a voice's sung notes (SUNG_MIN_S, SUNG_MIN_LEVEL), an instrument's
    played at its own level (PLAYED_MIN_LEVEL); all of them where fewer than two are left."""
    n = s.notes
    if not len(n.pitch):
        return n.pitch
    level = n.velocity >= (SUNG_MIN_LEVEL if s.stem == "vocals" else PLAYED_MIN_LEVEL) * np.median(n.velocity)
    keep = level & (n.duration_s >= SUNG_MIN_S) if s.stem == "vocals" else level
    return n.pitch[keep] if keep.sum() >= 2 else n.pitch


# How a line moves from note to note: the share of its moves (repeated notes aside) of a tone or less. From
# STEPWISE it moves mostly by step, to LEAPING mostly by leaps ("is the vocal melody stepwise or does it leap?").
STEPWISE, LEAPING = 0.7, 0.4
# A bass leaping mostly a fifth (or a fourth: the same two notes the other way) at a time plays root and fifth (a
# country two-beat's bass: "is the bass playing root-fifth here or walking?" got 'whether the bass plays the roots
# cannot be read here', its chords implied by itself).
ROOT_FIFTH_SHARE = 0.5
ROOT_FIFTH_CHANGES = 0.5  # ... on at least this share of its strokes, a new pitch class each time
MAX_FIFTH_PAIRS = 4


def _motion(p: Presence, strokes: Strokes) -> None:
    """Presence.motion and step_share from the pitch each stroke brings in (a line's, not a chord part's)."""
    every = np.abs(np.diff(strokes[2]))
    moves = every[every > 0]
    if len(moves) < MIN_PLAYING_ONSETS or (p.chord_onset_share or 0.0) >= CHORD_ONSETS:
        return
    p.step_share = round(float(np.mean(moves <= 2)), 2)
    p.motion = ("mostly by step" if p.step_share >= STEPWISE else "mostly by leaps" if p.step_share <= LEAPING
                else "by steps and leaps")
    leaps = moves[moves % 12 != 0]  # an octave jump is the same note: neither a fifth nor against one
    fifths = np.isin(leaps % 12, (5, 7))  # a fifth up is a fourth down: root and fifth either way, any octave
    # root and fifth move between the two on most strokes; a bass that repeats one root through a bar and steps a fifth
    # to the next chord's plays the roots of a I-V progression (ft_drive_e24's intro, E E E E, B B B B, read "mostly a
    # fifth at a time, root and fifth, between E and B": round 122's ds09, dev)
    changes = float(np.mean(every % 12 != 0))  # (every is never empty past the count above)
    if p.stem == "bass" and p.motion == "mostly by leaps" and len(leaps) and \
            float(np.mean(fifths)) >= ROOT_FIFTH_SHARE and changes >= ROOT_FIFTH_CHANGES:
        pcs = [int(x) % 12 for x in strokes[2]]
        pairs: list[tuple[int, int]] = []  # each chord's root and fifth, in the order they come
        for a, b in zip(pcs[:-1], pcs[1:]):
            if (b - a) % 12 in (5, 7) and (a, b) not in pairs and (b, a) not in pairs:
                pairs.append((a, b))
        p.motion = "mostly by fifths, between " + ", ".join(f"{NOTE_NAMES[a]} and {NOTE_NAMES[b]}"
                                                             for a, b in pairs[:MAX_FIFTH_PAIRS])


MIN_HELD_ONSETS = 2  # a part of a few long notes (a singer holding one a bar) still plays something to name


def _held_notes(p: Presence, onsets: np.ndarray, struck: np.ndarray, lengths: np.ndarray,
                period: float) -> Manner | None:
    """Too few strokes for a manner, unless they are long: a few notes (or chords) each held HELD_BEATS or more
    are 'long held notes' (round 19's f08: a singer's one note a bar through a bridge said nothing of how she
    sang it, and a reverberant take split in eight read 'a busy line of short notes'). None otherwise."""
    if len(onsets) < MIN_HELD_ONSETS or float(np.median(lengths)) / period < HELD_BEATS:
        return None
    p.chord_onset_share = round(float(np.mean(struck >= 2)), 3)
    p.typical_note_beats = round(float(np.median(lengths)) / period, 2)
    chords = p.chord_onset_share >= CHORD_ONSETS
    p.playing = "long held chords" if chords else "long held notes"
    return Manner("chords" if chords else "line", "held")


def _where_on_beat(off: float | None, mostly_off: str = ", mostly off the beat", on: str = ", on the beats",
                   between: str = "") -> str:
    """Where a part's strokes fall, from the share of them clearly between the beats."""
    if off is None:
        return ""
    return mostly_off if off >= MOSTLY_OFF else on if off <= MOSTLY_ON else between


# A line in one note value: the note value nearest the median gap between its strokes, the median within
# STEADY_MEDIAN of it and STEADY_SHARE of the gaps within STEADY_TOLERANCE of it (shares of the value: a
# player's and a transcription's timing together move a real eighth by a quarter of its length).
STEADY_SHARE, STEADY_MEDIAN, STEADY_TOLERANCE = 0.7, 0.2, 0.25
NOTE_VALUES = ((0.25, "sixteenths"), (1 / 3, "triplets"), (0.5, "eighth notes"), (1.0, "quarter notes"),
               (2.0, "half notes"))


# A line in one note value that leaves the same stroke out bar after bar (a gap of two values at one place in the
# bar, in at least half the bars it spans) is in that value but not on every one, not steady: a riff of root,
# octave and fifth with a rest on two and on four read "steady eighth notes" beside its own bar rhythm (round 42's
# aq10, the nineteenth session's known problem, dev). A stroke gone here and there (one the transcription missed)
# leaves it steady.
GAPPED_BARS = 0.5
GAPPED_RECUR = 0.75  # of the strokes left out, this share at places left out more than once


def _steady_value(sl: WindowSlice, onsets: np.ndarray, period: float) -> str | None:
    """The note value a line keeps to, said ("steady eighth notes", "eighth notes, not on every eighth"), or None
    where its rhythm varies."""
    gaps = np.diff(onsets) / period
    if len(gaps) < MIN_PLAYING_ONSETS:
        return None
    med = float(np.median(gaps))
    value, name = min(NOTE_VALUES, key=lambda v: abs(np.log(max(med, 1e-6) / v[0])))
    if abs(med - value) > STEADY_MEDIAN * value:
        return None
    on_value = np.abs(gaps - value) <= STEADY_TOLERANCE * value
    doubled = np.abs(gaps - 2 * value) <= STEADY_TOLERANCE * value
    if np.mean(on_value | doubled) >= STEADY_SHARE and _left_out_each_bar(sl, onsets[:-1][doubled] + value * period,
                                                                           onsets, period):
        return f"{name}, not on every {ONE_VALUE[name]}"
    if np.mean(on_value) < STEADY_SHARE:
        return None
    return f"steady {name}"


def _left_out_each_bar(sl: WindowSlice, missing: np.ndarray, onsets: np.ndarray, period: float) -> bool:
    """Whether the strokes a line leaves out fall at one place in the bar in at least GAPPED_BARS of the bars it
    spans (at least two), and GAPPED_RECUR of them at places left out more than once."""
    per_bar = int(sl.grid.beat_in_bar.max()) if len(sl.grid.beat_in_bar) else 0
    if len(missing) < 2 or not per_bar:
        return False
    places = Counter(place for _, _, place in _grid_places(sl, missing))
    bars = (float(onsets[-1]) - float(onsets[0])) / (period * per_bar)
    again = sum(n for n in places.values() if n >= 2)  # (two strokes missed by chance can share a place)
    return bool(places) and max(places.values()) >= max(2.0, GAPPED_BARS * bars) and \
        again >= GAPPED_RECUR * sum(places.values())


ONE_VALUE = {"sixteenths": "sixteenth", "triplets": "triplet", "eighth notes": "eighth", "quarter notes": "beat",
             "half notes": "half note"}


# A walking line: a note on (nearly) every beat, on the beats, moving to a new pitch on most of them by a step
# or a small leap (a bass walking through the changes); a root held or restruck on every beat is not walking.
WALK_ONSETS_PER_BEAT = (0.8, 1.25)
WALK_NEW_PITCH = 0.7
WALK_MAX_MEDIAN_LEAP = 5  # semitones


def _walking(sl: WindowSlice, pitch: np.ndarray, onsets: np.ndarray, off: float | None) -> bool:
    """A walk: about one stroke a beat, on the beats, a new pitch on most, moving by small steps. ``pitch``: the
    pitch each stroke brings in (``_strokes``), so a faint partial the transcription starts beside a note, or a
    grace note inside its stroke, is no step of the line (a country root-fifth two-beat, its notes read with a
    ghost octave here and there, was called a walk: the thirtieth session's review)."""
    beats = sl.grid.beats_s
    inside = beats[(beats >= sl.window.start_s) & (beats < sl.window.end_s)]
    if off is None or off > MOSTLY_ON or len(inside) < 8:
        return False
    per_beat = len(onsets) / len(inside)
    if not WALK_ONSETS_PER_BEAT[0] <= per_beat <= WALK_ONSETS_PER_BEAT[1]:
        return False
    steps = np.abs(np.diff(np.asarray(pitch, dtype=int)))
    moved = steps[steps > 0]
    if len(moved) and np.mean(np.isin(moved % 12, (5, 7))) >= ROOT_FIFTH_SHARE:
        return False  # root and fifth on every beat is a two-beat line, not a walk (its fourth down passed the leap bar)
    return bool(len(steps) >= 6 and np.mean(steps > 0) >= WALK_NEW_PITCH and np.median(steps) <= WALK_MAX_MEDIAN_LEAP)


def _bridged(on: np.ndarray, gap_bins: int) -> np.ndarray:
    """``on`` with every silent run of at most ``gap_bins`` bins between two sounding bins filled."""
    out = on.copy()
    idx = np.flatnonzero(on)
    for a, b in zip(idx[:-1], idx[1:]):
        if 1 < b - a <= gap_bins + 1:
            out[a + 1:b] = True
    return out


def _note_bins(s: StemSlice, start_s: float, n: int) -> np.ndarray:
    """Per BIN_S bin: a note of the stem sounds there (a drum hit counts for one bin)."""
    on = np.zeros(n, bool)
    for t, d in zip(s.notes.time_s, s.notes.duration_s):
        d = max(d, BIN_S) if s.is_drums else d
        a, b = int((t - start_s) / BIN_S), int(np.ceil((t + d - start_s) / BIN_S))
        on[max(a, 0): min(max(b, a + 1), n)] = True
    return on


def _runs(on: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) bin ranges where ``on`` holds."""
    out, start = [], None
    for i, v in enumerate(on):
        if v and start is None:
            start = i
        elif not v and start is not None:
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, len(on)))
    return out


# A part sounds in one stretch when it fills at least this share of the time from its first sound to its last;
# that stretch starts late (or stops early) when it leaves at least this share of the window out at that edge.
ONE_STRETCH_FILL = 0.75
EDGE_LEFT_OUT = 0.1
STRETCH_READINGS = ("comes in", "plays from the start")  # how those readings start


def _where_in(x: float) -> str:
    """A place in the window, as a share of it, in words: the nearest of a quarter, a third, half, two thirds and
    three quarters of the way in, else early or late."""
    if x < 0.2:
        return "early on"
    if x > 0.83:
        return "near the end"
    words = {0.25: "a quarter of the way in", 1 / 3: "a third of the way in", 0.5: "halfway through",
             2 / 3: "two thirds of the way through", 0.75: "three quarters of the way through"}
    return words[min(words, key=lambda k: abs(k - x))]


def _one_stretch_words(on: np.ndarray) -> str | None:
    """'comes in halfway through and plays on to the end' where the part sounds in one stretch that reaches one
    edge of the window and not the other: short stabs from a guitar's entry to the window's end were 'one short
    entry' (they fill under half the window's time; the nineteenth session's review, dev)."""
    idx = np.flatnonzero(on)
    n = len(on)
    if len(idx) < 2 or n < 8:
        return None
    first, last = int(idx[0]), int(idx[-1]) + 1
    if (last - first) / n < 0.2 or on[first:last].mean() < ONE_STRETCH_FILL:
        return None
    late, early = first / n >= EDGE_LEFT_OUT, (n - last) / n >= EDGE_LEFT_OUT
    if late and not early:
        return f"comes in {_where_in(first / n)} and plays on to the end of the window"
    if early and not late:
        return f"plays from the start and stops {_where_in(last / n)}"
    return None


def _presence_words(share: float, on: np.ndarray, active: bool) -> str:
    if not active or share == 0.0:
        return "silent in this window"
    runs = [r for r in _runs(on) if r[1] - r[0] >= 2]
    if share >= 0.85:
        return "plays throughout"
    if share >= 0.5:
        return "plays most of the window"
    stretch = _one_stretch_words(on)
    if stretch:
        return f"{stretch}, sounding in about {_share_words(share)} of the window"
    entries = {1: "one short entry", 2: "two short entries", 3: "three short entries"}.get(len(runs), "brief entries")
    return f"{entries}, sounding in about {_share_words(share)} of the window"


def _share_words(share: float) -> str:
    return ("half" if share >= 0.4 else "a third" if share >= 0.28
            else "a quarter" if share > 0.2 else "a small part")


# A part carries a window when it sounds for most of it (this share of the time) and is the most prominent
# such part, or when it stands this many dB over every other part.
CARRY_SHARE = 0.5
CLEARLY_LOUDER_DB = 6.0


def _mark_carrier(ps: list[Presence]) -> None:
    """Which pitched part carries the window: a voice that sings through most of it (a lead vocal is the
    foreground of a mix however its own track was recorded); else a part clearly louder than every other;
    else, among the parts that sound most of the window, the loudest (one that plays throughout winning a
    near tie), the bass only where no other part sounds that long."""
    pitched = [p for p in ps if p.stem != "drums" and p.sounding_share > 0]
    if not pitched:
        return

    def level(p):
        return p.level_db_vs_loudest if p.level_db_vs_loudest is not None else -99.0
    steady = [p for p in pitched if p.sounding_share >= CARRY_SHARE]
    voice = next((p for p in steady if p.stem == "vocals" and p.onsets >= 6), None)
    if voice is not None:
        voice.carries = True
        return
    loud = max(pitched, key=level)
    others = [p for p in pitched if p is not loud]
    if others and all(level(loud) - level(o) >= CLEARLY_LOUDER_DB for o in others) and loud.sounding_share >= 0.25:
        loud.carries = True
        return
    # the bass is the foundation under a part that sounds as long: it carries only when nothing else does
    # (or stands clearly over everything, above); a raw bass track recorded hot is not the foreground
    foreground = [p for p in steady if p.stem != "bass"] or steady
    if foreground:
        max(foreground, key=lambda p: (level(p) + 3.0 * (p.sounding_share >= 0.85), p.sounding_share)).carries = True


# -- events --------------------------------------------------------------------------------------------------
MAX_EVENTS = 14
# the kinds of event that give way first where a window holds more than MAX_EVENTS (a section change, an entry or a
# stop is what a producer asks where things happen)
EVENTS_GIVING_WAY = ("phrase_end", "denser", "sparser", "plays_differently", "level_up", "level_down")


# An entry's bars from the window's start are counted at the beat the band plays after it: a tracker keeps poor
# time through a sparse intro (a piano holding a chord a 5/4 bar was tracked four beats to the bar, 95 BPM against
# the band's 120: round 15's o02, dev), and a producer counts an intro in the song's bars. At least this many beats
# after the entry, else the window's period.
BARS_IN_MIN_BEATS = 4


def _bars_in(sl: WindowSlice, t: float, beats_per_bar: int | None) -> float | None:
    beats = sl.grid.beats_s[sl.grid.beats_s >= t - TOGETHER_S]
    per = beats_per_bar or (int(sl.grid.beat_in_bar.max()) if len(sl.grid.beat_in_bar) else 0)
    period = float(np.median(np.diff(beats))) if len(beats) > BARS_IN_MIN_BEATS else sl.grid.period_s
    if not per or not period:
        return None
    return round((t - sl.window.start_s) / (per * period), 2)


# Where no note of the part starts near its first active bin, it comes in where its level reaches ENTRY_DB under its
# usual level (the median of its audible frames here): Punk's shouted pickup (no note in the transcription; a breath
# or the kit's bleed made the bin a beat early) came back 'on the third beat', where he comes in after the fourth (the
# twenty-sixth session's sweep, dev).
ENTRY_DB = 10.0


def _rises_at(s: StemSlice, t: float) -> float:
    """The first frame from ``t`` (within two activity bins) where the stem comes within ENTRY_DB of its usual level;
    ``t`` where none does."""
    f = s.frames
    heard = f.audible()
    if not heard.any():
        return t
    usual = float(np.median(f.energy_db[heard]))
    near = np.flatnonzero((f.time_s >= t) & (f.time_s < t + 2 * BIN_S) & (f.energy_db >= usual - ENTRY_DB) & heard)
    return float(f.time_s[near[0]]) if len(near) else t


def events_of(sl: WindowSlice, ctx: TrackContext, melodic: str | None) -> list[Event]:
    w = sl.window
    period = sl.grid.period_s or 0.5
    bar_s = period * (ctx.beats_per_bar or 4)
    gap_bins = int(np.ceil(max(bar_s, 1.5) / BIN_S - 1e-6))
    edge_bins = int(np.ceil(1.0 / BIN_S))
    out: list[Event] = []

    def add(t: float, kind: str, stems: list[str], detail: str, db: float | None = None,
            playing: tuple[str, str] | None = None, ring: list | None = None) -> None:
        bar, beat = bar_beat(sl, t)
        place = None
        # an entry off its beat says where in the beat, as a line's start does; a return too (a singer back in at
        # 18.43, 0.6 of a beat after two, was "back in on the second beat": the fortieth session's read of Country1,
        # dev)
        if kind in ("enters", "returns"):
            bar, beat, place = _placed_in_beat(sl, t, bar, beat)
        out.append(Event(time_s=w.round_time(t), bar=bar, beat=beat, kind=kind, stems=stems, detail=detail,
                         change_db=None if db is None else round(db, 1), playing=list(playing) if playing else None,
                         bars_in=_bars_in(sl, t, ctx.beats_per_bar) if kind == "enters" else None, place=place,
                         ring=ring))

    heard: dict[str, np.ndarray] = {}
    for name, s in sl.stems.items():
        if not s.active:
            continue
        on = heard[name] = activity(s, w.start_s, w.end_s)
        runs = _runs(on)
        if not runs:
            continue
        t_of = lambda i: w.start_s + i * BIN_S  # noqa: E731
        # the activity's bins say where a part comes in to a quarter second; its first note says where: a singer's
        # call on beat four, 18 ms ahead of it, came back 'on beat three' at the bin's edge (round 20's e06). Where
        # it stops stays the bin's: the first silent bin is where the bar without it starts, its last note's tail
        # a beat before
        starts = s.notes.time_s
        comes = lambda i: (float(starts[np.abs(starts - t_of(i)) <= BIN_S].min())  # noqa: E731
                           if np.any(np.abs(starts - t_of(i)) <= BIN_S) else _rises_at(s, t_of(i)))
        goes = t_of
        first, last = runs[0][0], runs[-1][1]
        if first >= edge_bins:
            add(comes(first), "enters", [name], f"the {name} {agrees(name, 'come')} in")
        gaps = [(a1, b0) for (_, a1), (b0, _) in zip(runs, runs[1:]) if b0 - a1 >= gap_bins]
        for a1, b0 in sorted(gaps, key=lambda g: g[0] - g[1])[:2]:
            add(goes(a1), "drops_out", [name], f"the {name} {agrees(name, 'drop')} out")
            add(comes(b0), "returns", [name], f"the {name} {agrees(name, 'come')} back")
        if len(on) - last >= edge_bins:
            add(goes(last), "stops", [name], f"the {name} {agrees(name, 'stop')}")
    for b in ctx.boundaries_s:
        if w.start_s < b < w.end_s:
            before = next((lab for a, e, lab in ctx.sections if a < b <= e), None)
            after = next((lab for a, e, lab in ctx.sections if a <= b < e), None)
            add(b, "section", list(w.stems), "a new section begins" if not (before and after)
                else f"the {after} section starts again" if before == after else f"a new section begins ({before} to {after})")
    for b in ctx.boundaries_s:  # a part that changes how it plays where the section changes
        if w.start_s + bar_s <= b <= w.end_s - bar_s:
            for name, s in sl.stems.items():
                if s.is_drums or not s.active:
                    continue
                # the section's first note a hair ahead of its boundary is its own (the riff's first note, 23 ms
                # early, made a bar of held notes a 'line': round 21's d08)
                cut = b - min(ON_BEAT_EARLY * period, ON_BEAT_EARLY_MAX_S)
                if not np.any((s.notes.time_s >= cut) & (s.notes.time_s < b + bar_s)):
                    continue  # silent in the bar after the change: its drop is said, not what it plays bars later
                    # (ft_drive_e24's bass drops out for a stop and comes back in quarter notes: "the drums and bass
                    # drop out, the bass moves from ... to a line of steady quarter notes" -- the twenty-third
                    # session's sweep, dev)
                before, after = (_playing_between(sl, s, lo, hi) for lo, hi in ((w.start_s, cut), (cut, w.end_s)))
                if before and after and _clearly_differs(before, after):
                    add(b, "plays_differently", [name],
                        f"the {name} {agrees(name, 'move')} from {before[0].playing} to {after[0].playing}",
                        playing=(before[0].playing, after[0].playing),
                        ring=[(ring_word(x[0]), x[0].typical_note_beats) for x in (before, after)])
    _level_events(sl, bar_s, add)
    fill = _fill_events(sl)
    for t, detail in fill:
        add(t, "fill", ["drums"], detail)
    start = _drum_break(sl, heard, gap_bins)
    if start is not None:
        add(w.start_s + start * BIN_S, "break", ["drums"], "the drums play on alone")
    if melodic and melodic in sl.stems:
        notes = sl.stems[melodic].notes
        gap = gap_for(sl, melodic)
        order = np.argsort(notes.time_s, kind="stable")
        t, d = notes.time_s[order], notes.duration_s[order]
        # (a voice's phrase ends where she lets go of its last note, not in the room's tail: round 106's dc10, dev)
        ends = _let_go_ends(sl.stems[melodic].frames, t, t + d) if melodic == "vocals" else t + d
        for i, j in phrases(notes, gap)[:-1][:4]:
            if j - i >= 3:
                end = float(np.max(ends[i:j]))
                if end < w.end_s:
                    add(end, "phrase_end", [melodic], f"a {_adj(melodic)} phrase ends")
    out = [e for e in out if w.start_s <= e.time_s <= w.end_s]
    out.sort(key=lambda e: (e.time_s, e.kind))
    # over the cap, the lesser kinds give way, their latest first: a window's later section change was cut off behind
    # its phrase ends (ft_drive_e24 25-45 said its change at thirty seconds, not the one at forty: the thirty-seventh
    # session's sweep, dev)
    while len(out) > MAX_EVENTS:
        kind = next((k for k in EVENTS_GIVING_WAY if any(e.kind == k for e in out)), None)
        if kind is None:
            break
        out.pop(max(i for i, e in enumerate(out) if e.kind == kind))
    return out[:MAX_EVENTS]


MIN_CHANGE_ONSETS = 4  # strokes on each side of a section change before how a part plays there is compared


def _playing_between(sl: WindowSlice, s: StemSlice, start_s: float, end_s: float) -> tuple[Presence, Manner] | None:
    """How a stem plays between two times inside the window (:func:`_playing`'s reading and its manner), None
    with too few strokes there."""
    from dataclasses import replace

    from .common import _subset

    part = replace(s, notes=_subset(s.notes, (s.notes.time_s >= start_s) & (s.notes.time_s < end_s)))
    p = Presence(stem=s.stem, sounding_share=1.0, reading="")
    manner = _playing(sl, part, p, MIN_CHANGE_ONSETS)
    return None if manner is None else (p, manner)


# A change of playing is said only where the measure behind it moves this far (a transcription's noise around a
# word's boundary is no change): the share of strokes that are chords, of strokes off the beat, and the
# typical note length (as a ratio).
CHANGE_SHARE, CHANGE_LENGTH_RATIO = 0.4, 2.0
CLEAR_CHORDS, CLEAR_SINGLE = 0.75, 0.2  # chords against single notes: most strokes chords on one side, few on the other


def _clearly_differs(first: tuple[Presence, Manner], second: tuple[Presence, Manner]) -> bool:
    """The manners differ (chords / broken chords / walking / line; a chord's length or its keeping to the
    off-beats; not a line's pace or note value, which move with any phrase) and so, clearly, does the
    measure the differing word stands on."""
    (before, a), (after, b) = first, second
    if a == b:
        return False
    if a.kind != b.kind:
        if "chords" in (a.kind, b.kind):  # chords on one side, clearly; single notes on the other, clearly
            chordal, single = (before, after) if a.kind == "chords" else (after, before)
            return chordal.chord_onset_share >= CLEAR_CHORDS and single.chord_onset_share <= CLEAR_SINGLE
        # a walking line against another line; broken chords against a line turn on a transcription's
        # staggered strum as often as on the playing: not said
        return {a.kind, b.kind} == {"walking", "line"}
    length = a.length != b.length and max(before.typical_note_beats, after.typical_note_beats) >= CHANGE_LENGTH_RATIO * max(
        min(before.typical_note_beats, after.typical_note_beats), 1e-3)
    place = a.off != b.off and abs((before.offbeat_onset_share or 0.0) - (after.offbeat_onset_share or 0.0)) >= CHANGE_SHARE
    return length or place



def _adj(stem: str) -> str:
    return {"vocals": "vocal"}.get(stem, stem)


LEVEL_JUMP_DB = 6.0  # a change of level a listener hears as a new dynamic
DENSITY_JUMP = 2.0  # twice (or half) as many onsets per second


BarPower = list[tuple[int, float, float, dict[str, float]]]  # :func:`bar_power`'s (bar, start, end, power by part)


def level_frames(s: StemSlice) -> np.ndarray:
    """The frames a part's level is read over: a pitched part's own sound (Frames.audible: its residue, another stem's
    spill or a floor, is not its level: a singer's stem holding a drum solo's spill before she came in read "the level
    jumps up by about 21 dB" and "the loudest stretch" among its spill, round 100's cw09 window, the thirty-ninth
    session's reading of it, dev); a kit's every frame over silence (its frames between its hits are its own)."""
    f = s.frames
    return f.energy_db > SILENT_FRAME_DB if s.is_drums else f.audible()


def bar_power(sl: WindowSlice, meter: MeterReading | None) -> BarPower:
    """(bar, start, end, {part: power}) of each whole chart bar: each selected part's power over the frames it sounds
    in, where it sounds through a quarter of the bar or more (LOUD_SOUNDING_SHARE). Read once for the bars' levels
    (:func:`bar_levels`) and each part's (:func:`part_bar_levels`)."""
    bars = chart_bars(sl, meter)
    if len(bars) < 2:
        return []
    full = max(z - a for _, a, z in bars)
    out: BarPower = []
    for n, a, z in bars:
        if z - a < 0.95 * full:
            continue
        power: dict[str, float] = {}
        for name, s in sl.stems.items():
            f = s.frames
            frames = (f.time_s >= a) & (f.time_s < z)
            inside = frames & level_frames(s)
            if inside.sum() >= LOUD_SOUNDING_SHARE * max(int(frames.sum()), 1):
                power[name] = float(np.mean(10 ** (f.energy_db[inside] / 10)))
        out.append((n, a, z, power))
    return out


def bar_levels(power: BarPower) -> list[tuple[int, float, float, float]]:
    """(bar, start, end, level dB) of each whole chart bar where a selected part sounds: the parts' powers
    (:func:`bar_power`) summed over those that sound through a quarter of the bar or more."""
    # how loud the parts play where they play: each stem's power over its sounding frames, where it sounds through
    # a good part of the bar (a singer's rest is not a quiet bar: "44 dB over the quietest bar" compared her singing
    # with her silence, round 29's ad06, dev); a bar where none sounds so is left out
    return [(n, a, z, float(10 * np.log10(sum(by.values()) + 1e-10))) for n, a, z, by in power if by]


def _beats_per_bar(g: Grid, meter: MeterReading | None) -> int:
    """The grid's beats in a bar: the window's own bars' where the players' pulse gives them, else the tracked
    grid's."""
    lines = meter.bar_starts_s if meter is not None and meter.bar_starts_s else []
    if len(lines) > 1:
        return max(1, int(round((lines[1] - lines[0]) / (g.period_s or 0.5))))
    return int(g.beat_in_bar.max())


def first_downbeat(sl: WindowSlice, meter: MeterReading | None) -> tuple[float | None, int | None, float | None]:
    """(the first bar line inside the window, the place in its bar of the window's first beat, the place in its bar of
    the window's start, in beats from one), on the bars a chart is written in (:func:`chart_bars`: the window's own
    bars where the players' pulse gives them, 6/8 regrouped): "where's the first downbeat in this window? I need to
    line up a sample" (the fourteenth session's sweep, dev). A window starting between beats starts there, not on the
    next beat: a window from a downbeat plus 58 ms read "starts on the second beat of a bar, so the first downbeat
    comes three beats in" where its events put the start in the bar's first beat (the twenty-eighth session's known
    problems, dev)."""
    w, g = sl.window, sl.grid
    if not len(g.beats_s):
        return None, None, None
    early = ON_BEAT_EARLY_MAX_S
    beat0 = float(g.beats_s[0])
    if meter is not None and meter.bar_starts_s:
        lines = [float(x) for x in meter.bar_starts_s]
        before = [x for x in lines if x <= beat0 + early]
        place = int(round((beat0 - before[-1]) / (g.period_s or 0.5))) + 1 if before else None
    else:
        # a beat the tracking lost between the window's start and its first tracked beat is still a beat: counted
        # back from that one (Country1's downbeat at 11.006 s is missing from its beats, and a window from 10.99 s
        # read "starts on the second beat of a bar, so the first downbeat comes three beats in", where the chart
        # puts its first bar at 11.006 s: a sweep, dev)
        beats = _beats_back(g, w.start_s - early) + [(float(t), int(k)) for t, k in zip(g.beats_s, g.beat_in_bar)]
        lines = [t for t, k in beats if k == 1]
        beat0, place = beats[0]  # (a beat counted back is the window's first: its start is placed from it)
    first = next((x for x in lines if w.start_s - early <= x < w.end_s), None)
    period = g.period_s or 0.5
    at = float(place) if place is not None else None
    if place is not None and beat0 > w.start_s + early:  # the window's first beat comes after its start
        behind = beat0 - period  # the beat before it, a period back (the grid holds none before the window)
        late = (w.start_s - behind) / period
        at = round((place - 1 if place > 1 else _beats_per_bar(g, meter)) + late, 2) if 0 <= late < 1 else None
    return (w.round_time(first) if first is not None else None), place, at


ATTACK_S = (-0.02, 0.08)  # a stroke's attack: the loudest frame from just before its onset to 80 ms after


def part_bar_levels(sl: WindowSlice, power: BarPower) -> dict[str, dict[int, tuple[float, float, int, float | None]]]:
    """Each selected part's (bar start, level dB, onsets, attack dB) in each whole chart bar where it sounds through a
    quarter of the bar or more: its power over its sounding frames (:func:`bar_power`: how loud it sounds where it
    plays), how many notes or hits start in the bar, and how hard they are struck: the median of each stroke's attack
    (its loudest frame in ATTACK_S; None with no stroke). A bar of fewer, harder hits can sound as loud as a busy bar
    of softer ones, its decays filling less of it (a 5/4 drum break hit hard read "at about the same level ... they
    hold back": round 52's ba04, dev). Read for "does the drummer dig in at the verse, or hold back?" (round 33's
    ah10 got the entries alone, dev)."""
    out: dict[str, dict[int, tuple[float, float, int, float | None]]] = {}
    for n, a, z, by in power:
        for name, watts in by.items():
            s = sl.stems[name]
            starts = s.notes.onset_times()
            starts = starts[(starts >= a) & (starts < z)]
            f = s.frames  # (each attack's frames found once, by their times: the frames are in time order)
            spans = zip(np.searchsorted(f.time_s, starts + ATTACK_S[0], "left"),
                        np.searchsorted(f.time_s, starts + ATTACK_S[1], "right"))
            attacks = [float(np.max(f.energy_db[i:j])) for i, j in spans if j > i]
            notes = s.notes
            onsets = int(((notes.time_s >= a) & (notes.time_s < z)).sum())
            out.setdefault(name, {})[n] = (round(float(a), 3), round(float(10 * np.log10(watts + 1e-10)), 2), onsets,
                                           round(float(np.median(attacks)), 2) if attacks else None)
    return out


def part_bar_spill(sl: WindowSlice, power: BarPower) -> dict[str, dict[int, float]]:
    """Each selected part's share of its sounding frames measured as another stem's spill, in each whole chart bar
    :func:`part_bar_levels` reads it in (where its frames carry the spill test): a bar a stem sounds in with only a
    drum solo's spill in it is no bar the part plays."""
    out: dict[str, dict[int, float]] = {}
    for n, a, z, by in power:
        for name in by:
            f = sl.stems[name].frames
            if not f.spill_measured:
                continue
            inside = (f.time_s >= a) & (f.time_s < z) & (f.energy_db > SILENT_FRAME_DB)
            if inside.any():
                out.setdefault(name, {})[n] = round(float(np.mean(f.spill[inside])), 3)
    return out


# a bar of ringing hat-class strokes is an open hi-hat or a ride, which the drum reading does not tell apart: "the
# hi-hat closes again" over a ballad's ride giving way to closed hats at its chorus (round 98's cu12 window, the
# thirty-eighth session's sweep: dev)
HAT_OPENS = "the timekeeping moves to a ringing cymbal (an open hi-hat or a ride)"
HAT_CLOSES = "the timekeeping moves to closed hi-hats"


def hat_events(sl: WindowSlice, dp: DrumPattern | None) -> list[Event]:
    """Where the hi-hat opens up after closed bars, or closes again (DrumPattern.hihat_open_bars: most of a bar's hat
    hits ringing on), as events on the bar's downbeat: a punk kit's hats opening at a new bit was no event, so "where
    exactly does the new bit start?" got the section change a bar-and-a-half earlier (round 77's bz01, dev)."""
    if dp is None or not dp.hihat_open_bars:
        return []
    g, out = sl.grid, []
    hats = [b for b in dp.whole_bars if dp.by_bar.get(b, {}).get("hihat")]
    for prev, b in zip(hats, hats[1:]):
        opened = b in dp.hihat_open_bars
        if b != prev + 1 or opened == (prev in dp.hihat_open_bars):
            continue
        one = g.beats_s[(g.bar_index == b - 1) & (g.beat_in_bar == 1)]
        if len(one):
            out.append(Event(time_s=sl.window.round_time(float(one[0])), bar=b, beat=1, kind="plays_differently",
                             stems=["drums"], detail=HAT_OPENS if opened else HAT_CLOSES))
    return out


def loudest_event(sl: WindowSlice, measured: list[tuple[int, float, float, float]]) -> Event | None:
    """The window's loudest stretch as a 'loudest' event ("where's the loudest moment in here?"): the loudest of
    :func:`bar_levels` and the bars next to it within LOUD_RUN_DB of it; the event at the stretch's start, its level
    over the quietest bar in change_db, its last bar in until_bar. None with fewer than two bars measured."""
    if len(measured) < 2:
        return None
    bars = [(n, a, z) for n, a, z, _ in measured]
    levels = [x for *_, x in measured]
    top = int(np.argmax(levels))
    n, a, z = bars[top]
    lo = hi = top  # the loud stretch: the bars next to it as loud, within LOUD_RUN_DB
    while lo > 0 and levels[lo - 1] >= levels[top] - LOUD_RUN_DB:
        lo -= 1
    while hi < len(levels) - 1 and levels[hi + 1] >= levels[top] - LOUD_RUN_DB:
        hi += 1
    over = round(float(levels[top] - min(levels)), 1)
    # every bar in the stretch: no stretch stands out ("the loudest stretch, about 0 dB over the quietest bar" was
    # said of a window whose bars all sat within a decibel: noticed in the seventeenth session's sweeps, dev)
    detail = (f"the level holds across the window, no bar more than about "
              f"{'a decibel' if over < 1.5 else f'{over:.0f} dB'} over the quietest"
              if lo == 0 and hi == len(levels) - 1 else
              # (the quietest bar named: a cue list over a whole song, read from the typed data past the summary's
              # length caution, could not say where it was: round 75's bx12, dev)
              f"the loudest stretch, about {over:.0f} dB over the quietest bar (bar {bars[int(np.argmin(levels))][0]})")
    return Event(time_s=sl.window.round_time(bars[lo][1]), bar=bars[lo][0], beat=1, kind="loudest",
                 stems=list(sl.window.stems), detail=detail, change_db=over, until_bar=bars[hi][0])


LOUD_RUN_DB = 2.0
LOUD_SOUNDING_SHARE = 0.25  # a part counts in a bar's level where it sounds through a quarter of the bar or more
LEVEL_SOUNDING_SHARE = 0.5  # a level change is read between two bars' spans where the selection sounds through each


def _power_mean_db(db: np.ndarray) -> float:
    """The level of bins read together: the mean of their powers, in dB."""
    return float(10 * np.log10(np.mean(10 ** (db / 10)) + 1e-10))


def _level_step(db: np.ndarray, i: int, span: int, change: float, mid: float) -> int:
    """The bin where a level change found at bin ``i`` (its two sides' mean powers, ``span`` bins each, ``mid``
    halfway between them) happens: the first bin from half a span before ``i`` that is past ``mid`` and whose
    LEVEL_STEP_BINS bins from it are too (their mean power). The power means peak early, a loud side's first bins
    outweighing a quiet side's last: a band coming in on 7.50 after a bar of keys read "the level jumps up" at 6.75
    (round 104's da08 packet, dev). ``i`` where no bin is."""
    past = (lambda x: x >= mid) if change > 0 else (lambda x: x <= mid)
    for j in range(i - span // 2, i + span // 2 + 1):  # (i lies a whole span from either end of db)
        if past(db[j]) and past(_power_mean_db(db[j:j + LEVEL_STEP_BINS])):
            return j
    return i


def _level_events(sl: WindowSlice, bar_s: float, add) -> None:
    """Jumps in the selection's level (and, where the level holds, its density) between the bar before a
    point and the bar after it, both whole inside the window: a part bar at the window's edge holds fewer
    hits of a sparse groove than a whole one (a 5/4 ballad's last half-bar, between its kick and its snare,
    read as a 26 dB drop)."""
    w = sl.window
    n = int(np.ceil(w.duration_s / BIN_S - 1e-9))
    if n < 8:
        return
    power = np.zeros(n)
    onsets = np.zeros(n)
    for s in sl.stems.values():
        f = s.frames
        if len(f.time_s):
            idx = np.clip(((f.time_s - w.start_s) / BIN_S).astype(int), 0, n - 1)
            lin = np.where(level_frames(s), 10 ** (f.energy_db / 10), 0.0)
            power += np.bincount(idx, lin, minlength=n) / np.maximum(np.bincount(idx, minlength=n), 1)
        for t in s.notes.onset_times():
            onsets[min(int((t - w.start_s) / BIN_S), n - 1)] += 1
    db = 10 * np.log10(power + 1e-10)
    sounding = power > 0
    span = int(np.clip(round(bar_s / BIN_S), 4, n // 2))
    found: list[tuple[int, float, float]] = []  # (bin, change in dB, the level halfway between the two sides)
    points = range(span, n - span + 1)  # a whole span (a bar, at least four bins) inside the window on each side
    for i in points:
        a, b = i - span, i + span
        # a side where the selection mostly rests is an entry or a stop (said as such), not a level: a singer back
        # after a bar's rest read "the level jumps up by about 26 dB" (round 29's ad06, dev)
        if sounding[a:i].mean() < LEVEL_SOUNDING_SHARE or sounding[i:b].mean() < LEVEL_SOUNDING_SHARE:
            continue
        before, after = _power_mean_db(db[a:i][sounding[a:i]]), _power_mean_db(db[i:b][sounding[i:b]])
        found.append((i, after - before, (before + after) / 2))
    best: list[tuple[int, float, float]] = []
    for i, change, mid in sorted(found, key=lambda x: -abs(x[1])):
        if abs(change) < LEVEL_JUMP_DB:
            break
        if all(abs(i - j) >= span for j, _, _ in best):
            best.append((i, change, mid))
        if len(best) == 2:
            break
    for i, change, mid in best:
        t = w.start_s + _level_step(db, i, span, change, mid) * BIN_S
        add(t, "level_up" if change > 0 else "level_down", list(w.stems),
            f"the level {'jumps up' if change > 0 else 'drops'} by about {abs(change):.0f} dB", change)
    if not best:
        rates = []
        for i in points:
            a, b = i - span, i + span
            # (as a level: a side where the selection mostly rests is an entry or a stop, not a density)
            if sounding[a:i].mean() < LEVEL_SOUNDING_SHARE or sounding[i:b].mean() < LEVEL_SOUNDING_SHARE:
                continue
            r0, r1 = onsets[a:i].sum() / ((i - a) * BIN_S), onsets[i:b].sum() / ((b - i) * BIN_S)
            if max(r0, r1) >= 1.0 and abs(r1 - r0) >= 1.0:
                rates.append((i, (r1 + 0.25) / (r0 + 0.25)))
        hit = max(rates, key=lambda x: abs(np.log(x[1])), default=None)
        if hit and (hit[1] >= DENSITY_JUMP or hit[1] <= 1 / DENSITY_JUMP):
            t = w.start_s + hit[0] * BIN_S
            add(t, "denser" if hit[1] > 1 else "sparser", list(w.stems),
                "the parts get busier" if hit[1] > 1 else "the parts thin out")


def _drum_break(sl: WindowSlice, heard: dict[str, np.ndarray], min_bins: int) -> int | None:
    """The bin where the kit goes on alone (a break: every other selected part that played before it falls
    silent for ``min_bins`` or more, a bar at least, while the drums play on), or None. ``heard``: each
    active stem's :func:`activity` per bin. A break is a drummer's statement whether or not the
    transcription finds its toms (a degraded copy's break read as 'no fill', round 13's n08)."""
    drums = next((name for name, s in sl.stems.items() if s.is_drums and name in heard), None)
    others = [on for name, on in heard.items() if name != drums]
    if drums is None or not others:
        return None
    rest = np.any(others, axis=0)
    for a, b in _runs(heard[drums] & ~rest):
        if b - a >= min_bins and rest[:a].any():  # after the others have played in the window
            return a
    return None


def _fill_events(sl: WindowSlice) -> list[tuple[float, str]]:
    """A drum fill: a bar whose toms carry three or more hits, or whose snare plays at least twice its
    usual count in the window's other bars."""
    drums = sl.stems.get("drums")
    if drums is None or not len(drums.notes) or len(sl.grid.beats_s) < 2:
        return []
    n = drums.notes
    bars = np.array([bar_beat(sl, t)[0] or 0 for t in n.time_s])
    tom = np.isin(n.pitch, DRUM_CLASSES["tom"])
    snare = np.isin(n.pitch, DRUM_CLASSES["snare"])
    # each hit's place in its bar: its beat and the nearest sixteenth or triplet (a hair before the window's first
    # beat is on it: MusicDelta Punk's backbeat snare 25 ms before it had no place, so was no usual one, and started
    # the fill a beat early, "from the second beat": the thirty-third session, dev)
    k, frac = _beat_fraction(sl, n.time_s, early=True)
    k = np.minimum(k + (frac > 7 / 8), len(sl.grid.beats_s) - 1)  # (a hair before a beat is on it)
    place = np.array([f"{int(sl.grid.beat_in_bar[i])}{s}" if i >= 0 else "" for i, s in zip(k, _slot(frac))])
    out = []
    uniq = sorted(set(bars.tolist()))
    snare_per_bar = {b: int(snare[bars == b].sum()) for b in uniq}
    typical = float(np.median(list(snare_per_bar.values()))) if uniq else 0.0
    for b in uniq:
        in_bar = bars == b
        if tom[in_bar].sum() >= 3 or (snare_per_bar[b] >= 4 and snare_per_bar[b] >= 2 * max(typical, 1.0)
                                      and len(uniq) >= 3):
            # the fill starts where the bar leaves the kit's usual places: its first tom, or its first snare where
            # the window's other bars have none (Punk's tom fill from beat three of a bar whose two is the backbeat
            # was placed on that two: the sixteenth session's sweep, dev)
            usual = set(place[snare & (bars != b)].tolist())
            fresh = in_bar & (tom | (snare & ~np.isin(place, list(usual)))) & (k >= 0)
            first = float(n.time_s[fresh].min() if fresh.any() else n.time_s[in_bar & (tom | snare)].min())
            out.append((first, "a drum fill" + (" on the toms" if tom[in_bar].sum() >= 3 else " on the snare")))
    return out[:3]


# -- meter and feel ------------------------------------------------------------------------------------------
WEIGHTS = {"kick": 1.0, "snare": 0.7, "bass": 0.8}


def _accent_onsets(sl: WindowSlice) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    drums = sl.stems.get("drums")
    if drums is not None and len(drums.notes):
        for c in ("kick", "snare", "hihat"):
            out[c] = distinct_onsets(drums.notes.time_s[np.isin(drums.notes.pitch, DRUM_CLASSES[c])])
    for name, s in sl.stems.items():
        if not s.is_drums and len(s.notes):
            out[name] = s.notes.onset_times()
    return out


# A place inside the beat by its name in a drummer's count ('' on it, 'e', the middle and last triplets, '&', 'a') and
# its fraction of the beat, in order
PLACE_FRACTIONS = {"": 0.0, "e": 0.25, "trip": 1 / 3, "&": 0.5, "let": 2 / 3, "a": 0.75}
TRIPLET_PLACES = ("trip", "let")


def _slot(frac: np.ndarray, straight: bool = False) -> np.ndarray:
    """Nearest of PLACE_FRACTIONS (1 wraps to 0) as names; ``straight``: of the sixteenths alone."""
    kept = [(n, f) for n, f in PLACE_FRACTIONS.items() if not (straight and n in TRIPLET_PLACES)] + [("", 1.0)]
    names, slots = np.array([n for n, _ in kept]), np.array([f for _, f in kept])
    return names[np.argmin(np.abs(frac[:, None] - slots[None, :]), axis=1)]


SWUNG_RATIO = 1.4  # the off-beat eighths' long:short ratio from which they are said to swing
# Off-beat onsets "keep to" a subdivision where its places hold clearly more of them than an even spread
# over the beat would put there: at least OFFBEAT_CLUSTER times the share of the off-beat span (0.1-0.9 of
# the beat) that the places' tolerance covers. Strummed strokes spread across the beat (MusicDelta Country1's
# two acoustic guitars: 34 off-beat strokes from 0.10 to 0.89 of the beat) keep to none, and were called
# "busy sixteenths" (round 12's m04, dev for this rule).
OFFBEAT_SPAN = 0.8
OFFBEAT_CLUSTER = 1.5


def _clusters(hits: int, off_beats: int, width: float) -> bool:
    """Whether ``hits`` of ``off_beats`` off-beat onsets, in places covering ``width`` of the beat, are more
    than an even spread would put there (OFFBEAT_CLUSTER)."""
    return off_beats > 0 and hits / off_beats >= OFFBEAT_CLUSTER * width / OFFBEAT_SPAN


# A tempo change a player hears over a phrase: from 3 % (about 4 BPM at 120) "a little", from 6 % plainly
TEMPO_LITTLE, TEMPO_PLAIN = 0.03, 0.06
TREND_T = 2.0
MIN_TREND_BEATS = 8
# An interval this far off the fitted line is a tracking step (a missed or doubled beat moves one by half or
# more, a grid changing its count by a third), not a drift. A tenth refused a solo singer's ritardando, whose
# tracked beats sway 10-11 % about a line slowing 12 % (vocadito's repeated ending, round 19's f03: dev)
TREND_MAX_OFF = 0.15
STEP_FIT_RATIO = 0.25  # two steady paces fit this much better than a line: a step in the grid, not a drift
STEP_MIN_OFF = 0.02  # (only where some interval lies this far off the line: a steady grid has no step to find)


def tempo_trend(beats_s) -> tuple[float | None, str | None]:
    """How the beat's tempo moves across the window: the tempo at its last beat against its first, from a line
    fitted to the beat-to-beat intervals (one late beat moves a line less than it moves two intervals), and
    that change in words. None where too few beats, where an interval lies TREND_MAX_OFF off the line (a missed
    beat), or where two steady paces fit far better than a line (a grid that changes its count between
    sections): a step, not a drift."""
    beats = np.asarray(beats_s, dtype=float)
    if len(beats) < MIN_TREND_BEATS:
        return None, None
    ibi, t = np.diff(beats), beats[1:] - beats[1]
    slope, first = np.polyfit(t, ibi, 1)
    last = first + slope * t[-1]
    fit = first + slope * t
    # a drift moves every interval a little; a beat missed or doubled, or the grid changing its count between
    # sections, moves one by far more than a player's push or drag: no trend is read over it
    if first <= 0 or last <= 0 or np.max(np.abs(ibi - fit) / fit) > TREND_MAX_OFF:
        return None, None
    # a grid that changes its count (four beats to a 5/4 bar, then five) is two steady paces, which two flat
    # segments fit far better than any line; a drift or a singer's ritardando, swaying about it, fits a line
    # about as well (vocadito's ending: the segments leave 0.63 of the line's squared error, a 5/4 step 0)
    off = np.abs(ibi - fit) / fit
    line_err = float(np.sum((ibi - fit) ** 2))
    step_err = min((float(np.sum((ibi[:k] - ibi[:k].mean()) ** 2) + np.sum((ibi[k:] - ibi[k:].mean()) ** 2))
                    for k in range(2, len(ibi) - 1)), default=line_err)
    if np.max(off) >= STEP_MIN_OFF and step_err < STEP_FIT_RATIO * line_err:
        return None, None
    change = float(first / last - 1.0)
    size = abs(change)
    # a drift the beats show beyond their own scatter: the line's slope TREND_T standard errors from flat or more
    # (a window of steady beats tracked to the frame, 0.534 to 0.557 s, whose last interval read 0.511 s tilted
    # its line 3 % and read "speeds up a little" where the band holds 110: MusicDelta Beatles, a sweep, dev)
    spread = float(np.sqrt(line_err / max(len(ibi) - 2, 1)))
    steady = abs(slope) < TREND_T * spread / max(float(np.sqrt(np.sum((t - t.mean()) ** 2))), 1e-9)
    trend = ("steady" if size < TEMPO_LITTLE or steady else
             ("speeds up" if change > 0 else "slows down") + (" a little" if size < TEMPO_PLAIN else ""))
    return round(change, 3), trend


class BeatSplit(NamedTuple):
    """How onsets between the beats divide them: counts on the triplet places (1/3, 2/3), on the duple ones
    (1/4, 1/2, 3/4) and on the first triplet place alone, the subdivision named from them, and the long:short
    ratio of the off-beat eighths (None where too few, or where sixteenths or loose strokes leave no pairs)."""
    subdivision: str
    swing_ratio: float | None
    triplet: int
    duple: int
    first_triplet: int


def beat_split(sl: WindowSlice, times_s: np.ndarray) -> BeatSplit:
    """How ``times_s`` divide the window's beats (the band's onsets for the meter, one part's for its feel)."""
    k, frac = _beat_fraction(sl, np.asarray(times_s, dtype=float))
    frac = frac[k >= 0]
    near_beat = (frac < 0.1) | (frac > 0.9)
    off = frac[~near_beat]
    trip = int(np.sum((np.abs(off - 1 / 3) < 0.07) | (np.abs(off - 2 / 3) < 0.07)))
    duple = int(np.sum((np.abs(off - 0.5) < 0.07) | (np.abs(off - 0.25) < 0.06) | (np.abs(off - 0.75) < 0.06)))
    sixteenth = int(np.sum((np.abs(off - 0.25) < 0.06) | (np.abs(off - 0.75) < 0.06)))
    first_trip = int(np.sum(np.abs(off - 1 / 3) < 0.07))
    eighth = duple - sixteenth
    if trip + duple < 4:
        subdivision = "none"
    elif trip >= 1.5 * duple:
        subdivision = "triplets"
    elif sixteenth >= 0.4 * duple and sixteenth >= 4 and _clusters(sixteenth, len(off), 2 * 0.12):
        subdivision = "sixteenths"
    elif _clusters(eighth, len(off), 0.14):
        subdivision = "straight eighths"
    else:  # strokes spread across the beat (loose strumming, flams of two players): no grid to name
        subdivision = "uneven"
    swing = off[(off > 0.4) & (off < 0.76)]
    ratio = None
    if len(swing) >= 6 and subdivision not in ("sixteenths", "uneven"):
        m = float(np.median(swing))
        ratio = round(m / (1 - m), 2)
    return BeatSplit(subdivision, ratio, trip, duple, first_trip)


TRIPLETS_FIT, TRIPLETS_FIT_MIN = 2, 6  # off-beat onsets on the triplet places: twice those on duple ones, and some


def meter_of(sl: WindowSlice, ctx: TrackContext) -> MeterReading | None:
    g = sl.grid
    if len(g.beats_s) < 4 or not g.period_s:
        return None
    period, per_bar = g.period_s, int(ctx.beats_per_bar or max(int(g.beat_in_bar.max()), 1))
    acc = _accent_onsets(sl)
    all_t = np.concatenate(list(acc.values())) if acc else np.zeros(0)
    out = MeterReading(meter_track_level=ctx.meter, onsets_counted=int(len(all_t)))
    if len(all_t) < 6:
        return None
    split = beat_split(sl, all_t)
    trip, duple, first_trip = split.triplet, split.duple, split.first_triplet
    out.subdivision, out.swing_ratio = split.subdivision, split.swing_ratio
    bpm = 60.0 / period
    # the beats where the parts play: past their last note the tracker extrapolates, it does not follow anyone
    played = (g.beats_s >= all_t.min() - period / 2) & (g.beats_s <= all_t.max() + period / 2)
    out.tempo_change, out.tempo_trend = tempo_trend(g.beats_s[played])
    because = [f"{len(all_t)} onsets read against {len(g.beats_s)} beats at {bpm:.0f} BPM"]
    # accents per beat position, over a two-bar cycle (so six eighths can group as 3+3)
    strong_names = [c for c in ("kick", "snare", "bass") if c in acc]
    pos_weight = np.zeros(2 * per_bar)
    for c in strong_names:
        kc, fc = _beat_fraction(sl, acc[c])
        on = (kc >= 0) & ((fc < 0.12) | (fc > 0.88))
        idx = kc[on] + (fc[on] > 0.5)
        idx = idx[idx < len(g.beats_s)]
        cyc = (g.bar_index[idx] % 2) * per_bar + (g.beat_in_bar[idx] - 1)
        np.add.at(pos_weight, np.clip(cyc, 0, 2 * per_bar - 1), WEIGHTS.get(c, 0.5))
    label, felt, beats_per_bar, tempo = None, "quarter", per_bar, bpm
    if per_bar == 3 and bpm >= 140 and pos_weight.sum() >= 4:
        # a fast three: either a waltz in one, or six eighths grouped 3+3 (6/8 read at the eighth)
        strong = pos_weight[[0, 3]].sum() / pos_weight.sum()
        because.append(f"{strong:.0%} of the kick, snare and bass accents fall on the first and fourth of every six "
                       "pulses")
        if strong >= 0.7 or (pos_weight[3] > 0.6 * pos_weight[0] and pos_weight[[1, 2, 4, 5]].max() < 0.5 * pos_weight[0]):
            label, felt, beats_per_bar, tempo = "6/8", "dotted quarter", 2, bpm / 3
            out.alternative = "3/4 at the eighth-note pulse (the accents group the pulses in threes, two groups a bar)"
        else:
            label, out.alternative = "3/4", "6/8 (the accents do not group the pulses 3+3)"
    elif per_bar == 3:
        label = "3/4" if out.subdivision != "triplets" else "9/8"
        out.alternative = ("6/8 (the beats divide in two, not three)" if label == "3/4"
                           else "3/4 (each beat divides in three)")
    elif per_bar in IRREGULAR_BEATS_PER_BAR:
        # the track's accents repeat every five or seven beats (analysis.rhythm.irregular_bar): say so, never 4/4
        label = f"{per_bar}/4"
        out.alternative = f"4/4 (the accents repeat every {count_word(per_bar)} beats, not every four)"
    elif per_bar == 2:
        if out.subdivision == "triplets" or (ctx.meter or "") == "6/8":
            label, felt = "6/8", "dotted quarter"
            out.alternative = "2/4 (the beats divide in three, not two)"
        else:
            label, out.alternative = "2/4", "6/8 (the beats divide in two)"
    else:
        # a beat split in three has both inner triplet places played; a shuffle plays only the last (the same
        # rule the track's meter uses, analysis/rhythm.py)
        last_trip = trip - first_trip
        # a handful of onsets on triplet places in a track read in 4/4 is a fast fill played loose, not a window in
        # twelve-eight: MusicDelta Punk's tom fill (sixteenths at 150, 2.8 s: four on triplet places, one duple)
        # read "a twelve-eight feel" (the thirty-third session, dev); the track's straight bars stand under fewer
        # than TRIPLETS_FIT_MIN of them
        loose = (ctx.meter or "") == "4/4" and trip < TRIPLETS_FIT_MIN
        if loose and out.subdivision == "triplets":  # (nor a triplet lilt: strokes on no steady grid)
            out.subdivision = "uneven"
        if (out.subdivision == "triplets" and trip and first_trip >= 0.5 * last_trip and not loose) or \
                (ctx.meter or "") == "12/8":
            # four dotted-quarter beats: one 12/8 bar, or two 6/8 bars when the accents repeat every two beats
            # (the bar is the shortest cycle the kick, snare and bass accents repeat in). A 12/8 backbeat repeats
            # every two beats too: where the track reads 12/8 (its chords changing every four beats) the two
            # readings are the same music, and the alternative says so (ft_swing_g1208's windows read 6/8 under a
            # track read 12/8, said as if the accents settled it: the eighteenth session's sweep, dev; reading
            # them 12/8 instead turned the answers benchmark's 6/8 song, chords every other bar, into 12/8)
            if _repeats_every_two_beats(sl, acc, per_bar):
                label, felt, beats_per_bar = "6/8", "dotted quarter", 2
                out.alternative = ("12/8 (the song as a whole reads 12/8, its chords changing every four beats: two "
                                   "of these bars make one of its)" if (ctx.meter or "") == "12/8" else
                                   "12/8 (the accents repeat every two dotted-quarter beats, not every four)")
                because.append("kick, snare and bass accents repeat every two dotted-quarter beats")
            else:
                label, felt = "12/8", "dotted quarter"
                out.alternative = "6/8 (the accents take four beats to repeat) or 4/4 with swung eighths"
        else:
            label = "4/4"
            out.alternative = ("12/8 (only the last triplet of each beat is played: a shuffle)"
                               if out.subdivision == "triplets" else "2/2 or 12/8 (the beats divide in two)")
    because.append(f"off-beat onsets: {trip} on triplet positions, {duple} on duple positions")
    if out.swing_ratio is not None:  # what the ratio means, beside the word it led to
        because.append(f"the off-beat eighths split the beat {out.swing_ratio:.2f}:1 (straight 1:1, a triplet swing "
                       f"2:1; called swung from {SWUNG_RATIO}:1)")
    # where the off-beats land on the tracked beat's triplet places, a pulse of three to the beat divides it: the
    # grid fits, whatever the commonest gap says (a degraded 12/8 shuffle's reverb and bleed put a gap of 224 ms
    # under its 317 ms triplets, and the pulse read it as 4/4 at 134: round 15's o04, dev)
    triplet_fit = trip >= TRIPLETS_FIT * max(duple, 1) and trip >= TRIPLETS_FIT_MIN
    # and on its halves, a pulse of two to the beat: a degraded 4/4 drive's reverb put a 122 ms gap among its
    # sixteenths (395 ms beats, a hundred off-beats on the ands and seventeen on triplet places), and the pulse read
    # it as 6/8 (the eighteenth session's sweep on ft_drive_ab152's degraded copy, dev)
    duple_fit = duple >= TRIPLETS_FIT * max(trip, 1) and duple >= TRIPLETS_FIT_MIN
    pulse = None if triplet_fit or duple_fit else _pulse_reading(acc, period)
    if pulse is not None:  # the grid's beat does not fit the players' pulse: the pulse decides
        label, felt, beats_per_bar, tempo, why, out.alternative = pulse
        out.subdivision = "triplets" if label in ("6/8", "12/8") else "straight eighths"
        because.append(why)
        out.bar_starts_s = _kick_bars(acc.get("kick", np.zeros(0)), beats_per_bar * 60.0 / tempo, sl.window)
    out.label, out.felt_beat, out.beats_per_bar, out.tempo_bpm = label, felt, beats_per_bar, round(tempo, 1)
    if out.subdivision in ("straight eighths", "none") and (out.swing_ratio or 1.0) >= SWUNG_RATIO:
        # the field says what the words say: a punk shouter's off-beats split 1.47:1 read "swung" beside
        # "subdivision: straight eighths" (the twenty-eighth session's rounds, dev)
        out.subdivision = "swung eighths"
    out.because = because
    out.words = _meter_words(out, set(sl.stems) == {MIX_STEM})
    if ctx.voice_alone:
        # a voice alone: the beats are tracked from her notes, no instrument keeps time (vocadito's unaccompanied
        # singer was given "eight bars at 58.5 BPM", round 67's bp04, dev)
        out.because = because + ["no instrument keeps time in this track: the beats are tracked from the voice alone"]
        out.words += ", its beats tracked from the voice alone (no instrument keeps time, so the bars are a guide)"
    return out


def _kick_bars(kick: np.ndarray, bar_s: float, w) -> list[float]:
    """Where the bars start when the players' pulse, not the track's downbeats, gives the meter: from the
    kick, where it plays once a bar (a bar's length apart); [] otherwise (the track's bars stand)."""
    if len(kick) < 3 or abs(float(np.median(np.diff(kick))) - bar_s) > 0.1 * bar_s:
        return []
    first = float(kick[0]) - bar_s * np.floor((float(kick[0]) - w.start_s) / bar_s + 1e-6)
    return [w.round_time(first + k * bar_s) for k in range(int((w.end_s - first) / bar_s) + 2)]


PULSE_FITS = 0.08  # a pulse this share off a whole division of the beat still divides it


def _pulse_reading(acc: dict[str, np.ndarray], period_s: float):
    """The meter from the players' own pulse, where the track's beat grid does not fit it: the eighth-note
    pulse (the commonest gap between onsets) should divide the grid's beat a whole number of times; where it
    does not (a tracker that locked to two thirds of a dotted quarter), the kick's cycle in pulses decides:
    six pulses with the snare on the fourth is 6/8 (a dotted-quarter beat of three pulses), eight or four
    with the snare halfway is 4/4 (a quarter-note beat of two). None where the grid fits or the pulse is
    unclear."""
    onsets = np.unique(np.concatenate([t for t in acc.values() if len(t)])) if acc else np.zeros(0)
    gaps = np.diff(onsets)
    gaps = gaps[(gaps > 0.06) & (gaps < 0.6)]
    if len(gaps) < 8:
        return None
    tatum = float(np.median(gaps[gaps <= np.percentile(gaps, 40) * 1.15]))
    ratio = period_s / tatum
    # a sixteenth-note pulse strummed loosely runs a little off a quarter of the beat: within PULSE_FITS of a
    # whole number of pulses (a real strum's 127 ms sixteenths, 4.3 to a 545 ms beat, read 6/8 once its
    # overtones were dropped from its notes: eval.answers' Beatles meter pair, dev for this margin)
    if abs(ratio - round(ratio)) < 0.2 or abs(ratio / max(round(ratio), 1) - 1.0) < PULSE_FITS or ratio < 0.8:
        return None  # the pulse divides the beat: the grid stands
    kick, snare = acc.get("kick", np.zeros(0)), acc.get("snare", np.zeros(0))
    if len(kick) < 3:
        return None
    cycle = float(np.median(np.diff(kick))) / tatum
    snare_at = (float(np.median([(t - kick[kick <= t].max()) for t in snare if (kick <= t).any()])) / tatum
                if len(snare) else None)
    if abs(cycle - 6) < 0.6 and (snare_at is None or abs(snare_at - 3) < 0.6):
        return ("6/8", "dotted quarter", 2, 60.0 / (3 * tatum),
                f"the players' pulse ({tatum * 1000:.0f} ms) does not divide the tracked beat; the kick comes every "
                "six pulses with the snare on the fourth", "the tracked beat, which the pulse does not divide")
    if (abs(cycle - 8) < 0.8 or abs(cycle - 4) < 0.5) and (snare_at is None or abs(snare_at - cycle / 2) < 0.6):
        return ("4/4", "quarter", 4, 60.0 / (2 * tatum),
                f"the players' pulse ({tatum * 1000:.0f} ms) does not divide the tracked beat; the kick comes every "
                f"{round(cycle)} pulses with the snare halfway", "the tracked beat, which the pulse does not divide")
    return None


def _repeats_every_two_beats(sl: WindowSlice, acc: dict[str, np.ndarray], per_bar: int) -> bool:
    """Whether the kick, snare and bass accents on the beats repeat every two beats of a four-beat bar (and
    differ between the two beats, so there is a pattern to repeat)."""
    g = sl.grid
    differs = False
    for c in ("kick", "snare", "bass"):
        if c not in acc or not len(acc[c]):
            continue
        k, frac = _beat_fraction(sl, acc[c])
        on = (k >= 0) & ((frac < 0.12) | (frac > 0.88))
        idx = k[on] + (frac[on] > 0.5)
        idx = idx[idx < len(g.beats_s)]
        counts = np.bincount(g.beat_in_bar[idx] - 1, minlength=per_bar)[:4].astype(float)
        if counts.sum() < 4:
            continue
        top = counts.max()
        slack = max(1.0, 0.3 * top)  # a window holds a few bars: one hit more or less is no pattern
        if abs(counts[0] - counts[2]) > slack or abs(counts[1] - counts[3]) > slack:
            return False
        differs |= abs(counts[0] - counts[1]) > 0.5 * top
    return differs


def _speed(bpm: float | None) -> str:
    if bpm is None:
        return ""
    return "slow" if bpm < 70 else "moderate" if bpm < 100 else "brisk" if bpm < 130 else "fast"


# the unseparated mix's notes are every part's at once: where they land on no one grid between the beats, that is
# the reading's, not the band's (a straight rock mix read "loose strokes between the beats on no steady grid": the
# thirty-sixth session's sweep on mix:musicdelta_rock 3-9 s, dev)
MIX_UNEVEN_WORDS = " (how the beats divide is not read inside the unseparated mix)"


def _meter_words(m: MeterReading, mix: bool = False) -> str:
    """The meter in words; ``mix``: read from an unseparated mix's notes alone."""
    speed = _speed(m.tempo_bpm)
    swung = m.swing_ratio is not None and m.swing_ratio >= SWUNG_RATIO and m.subdivision != "triplets"
    feel = {"straight eighths": "straight eighths", "swung eighths": "swung eighths", "sixteenths": "busy sixteenths",
            "triplets": "a triplet lilt",
            "uneven": "loose strokes between the beats on no steady grid",
            "none": "little between the beats"}.get(m.subdivision or "none", "")
    if swung:
        feel = "swung eighths"
    tail = MIX_UNEVEN_WORDS if mix and m.subdivision == "uneven" and not swung else f", with {feel}"
    words = {
        "6/8": f"a compound six-eight lilt, counted in two at a {speed} pace",
        "12/8": f"a twelve-eight feel, four {speed} beats each split in three",
        "9/8": f"a compound nine-eight, three beats each split in three",
        "3/4": f"three to the bar at a {speed} pace{tail}",
        "2/4": f"two to the bar at a {speed} pace{tail}",
        "4/4": f"four to the bar at a {speed} pace{tail}",
        "5/4": f"five to the bar at a {speed} pace{tail}",
        "7/4": f"seven to the bar at a {speed} pace{tail}",
    }.get(m.label or "", f"{m.label} at a {speed} pace")
    return words


# -- the drum pattern ----------------------------------------------------------------------------------------
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _simple_place(g, ki: int, frac: float, straight: bool = False) -> tuple[int, str] | None:
    """(beat index, place in a simple meter's count, e.g. '2&') of a hit ``frac`` of the way from beat ``ki``: a hit
    within a tenth of a beat of the next beat is on it (``straight``: e / & / a alone). None before the window's first
    beat or past its last."""
    if ki < 0:
        return None
    if frac > 0.9:
        ki, frac = ki + 1, 0.0
        if ki >= len(g.beats_s):
            return None
    return ki, f"{int(g.beat_in_bar[ki])}{_slot(np.array([frac]), straight)[0]}"


def _straight_beats(k: np.ndarray, frac: np.ndarray) -> set[int]:
    """The beats whose strokes are counted in sixteenths alone (e / & / a), not each at its nearest sixteenth or
    triplet place: a beat struck more than three times (a triplet beat holds three strokes) is played in sixteenths.
    MusicDelta Punk's tom fill, sixteenths at 150 played loose, was counted "3, 3e, 3trip, 3let" (the thirty-third
    session, dev); a lone stroke on a triplet place among straight eighths keeps its name."""
    ahead = frac > 0.9
    beat, f = np.where(ahead, k + 1, k), np.where(ahead, 0.0, frac)
    return {int(b) for b in np.unique(beat[k >= 0]) if len(np.unique(np.round(f[(beat == b) & (k >= 0)], 2))) > 3}


def drum_pattern_of(sl: WindowSlice, meter: MeterReading | None) -> DrumPattern | None:
    drums = sl.stems.get("drums")
    g = sl.grid
    if drums is None or not len(drums.notes) or len(g.beats_s) < 2:
        return None
    n = drums.notes
    compound = meter is not None and meter.label in COMPOUND_METERS
    eighth_pulse = compound and meter is not None and meter.beats_per_bar == 2 and int(g.beat_in_bar.max()) == 3
    k, frac = _beat_fraction(sl, n.time_s, early=True)
    hits = {c: int(np.isin(n.pitch, keys).sum()) for c, keys in DRUM_CLASSES.items()}
    grace = _grace_strokes(n)  # a double's or flam's softer stroke: no place of its own in the pattern
    positions: dict[str, dict[str, int]] = {}
    bars_seen: set[int] = set()
    by_bar: dict[int, dict[str, list[str]]] = {}  # simple meters: each bar's places per class
    by_bar_all: dict[str, set[int]] = {}  # simple meters: the bars each class is struck in
    compound_bars: dict[int, dict[str, list[str]]] = {}  # compound meters (a beat a dotted quarter): the same
    # each beat's strokes counted in one grid, the kit's classes together (a sixteenth fill is no triplet)
    straight = _straight_beats(k[~grace], frac[~grace])
    # a fill's strokes count in the pattern only at places the groove's other bars strike too (its backbeat), where
    # two bars or more are left: its own places stay in by_bar, which the fill sentence reads. MusicDelta Punk's
    # fill, counted in sixteenths, put "the e of three" among the snare's places over four bars (the thirty-third
    # session, dev)
    fill_bars = {bar_beat(sl, t)[0] for t, _ in _fill_events(sl)} - {None}
    if compound or len({int(g.bar_index[i]) + 1 for i in k[k >= 0]} - fill_bars) < 2:
        fill_bars = set()
    for c, keys in DRUM_CLASSES.items():
        m = np.isin(n.pitch, keys) & (k >= 0) & ~grace
        if not m.any():
            continue
        counts: dict[str, int] = {}
        in_fill: list[str] = []  # the class's places in the fill's bars
        for ki, fi in zip(k[m], frac[m]):
            placed = _simple_place(g, int(ki), float(fi), int(ki) + (fi > 0.9) in straight)
            if placed is None:
                continue
            ki, simple = placed
            fi = 0.0 if fi > 0.9 else fi
            bar, beat = int(g.bar_index[ki]) + 1, int(g.beat_in_bar[ki])
            if compound and eighth_pulse:  # 6/8 read at the eighth: six eighths over two grid bars
                name = str(((bar - 1) % 2) * 3 + beat) if abs(fi) < 0.25 else f"{((bar - 1) % 2) * 3 + beat}&"
                bars_seen.add((bar - 1) // 2)
            elif compound:  # each beat a dotted quarter of three eighths
                name = str((beat - 1) * 3 + int(np.clip(round(fi * 3), 0, 2)) + 1)
                bars_seen.add(bar)
                if name not in compound_bars.setdefault(bar, {}).setdefault(c, []):
                    compound_bars[bar][c].append(name)
            else:
                name = simple
                by_bar_all.setdefault(c, set()).add(bar)
                if name not in by_bar.setdefault(bar, {}).setdefault(c, []):
                    by_bar[bar][c].append(name)
                bars_seen.add(bar)
                if bar in fill_bars:
                    in_fill.append(name)
                    continue
            counts[name] = counts.get(name, 0) + 1
        for name in in_fill:
            if name in counts:
                counts[name] += 1
        positions[c] = dict(sorted(counts.items(), key=lambda kv: pos_key(kv[0])))
    bars = max(len(bars_seen), 1)
    moved = 0
    if not compound and int(g.beat_in_bar.max()) == 4:
        positions, moved = _kick_on_one(positions)
        if moved:  # the bars are counted from the kick: a bar's places are not the track's bar's (left out)
            by_bar = {}
    per_bar = (6 if meter and meter.label == "6/8" else 12 if meter and meter.label == "12/8" else
               9 if meter and meter.label == "9/8" else int(g.beat_in_bar.max()))
    held = {c: None if compound else _bars_with_beat(g, by_bar_all.get(c, set()), bars, moved) for c in positions}
    # where the kick and snare strike regularly: a hat's or ride's eighth there is not heard apart from them
    masked = {p for c in ("kick", "snare") if c in positions for p in _regular_places(positions[c], bars, held[c])}
    pattern = {c: _pattern_words(p, bars, per_bar, compound, held[c], masked if c == "hihat" else set())
               for c, p in positions.items()}
    hat = np.isin(n.pitch, DRUM_CLASSES["hihat"])
    cymbal = np.isin(n.pitch, DRUM_CLASSES["cymbal"])
    period = g.period_s or 0.5
    # a hat struck with a crash, or in the second after it, rings with the crash's wash, not open: ft_drive_ab152's
    # hook read open hats a beat and two beats after the crash that brings the band back, on a drummer who plays every
    # hat closed (round 59's bh05, dev). Only where open hats are few: Punk's, open on most beats after its crashes,
    # read partly as crashes themselves, lost their open bars to the wash
    crashes = n.time_s[np.isin(n.pitch, CRASH_KEYS)]  # (a ride in the cymbal class keeps time: no wash)
    washed = np.array([bool(np.any((crashes >= t - CRASH_WASH_S) & (crashes <= t + WASH_AHEAD_S))) for t in n.time_s],
                      dtype=bool)
    rung = n.pitch == RINGING_HAT_NOTE
    if hat.any() and float(np.mean(rung[hat])) < WASH_OPEN_SHARE:  # (where open hats are few: a closed-hat drummer)
        rung = rung & ~washed
    rings = bool(hat.any()) and float(np.mean(rung[hat])) > 0.5
    # the snare class's backbeat a side-stick: most of its hits here click and die with no wires after them
    snare_hits = np.isin(n.pitch, DRUM_CLASSES["snare"])
    clicks = bool(snare_hits.any()) and float(np.mean(n.pitch[snare_hits] == SIDE_STICK_NOTE)) > 0.5
    open_bars = []  # bars where most hat strokes ring on
    hk, hf = _beat_fraction(sl, n.time_s[hat], early=True)
    # (a hat a hair ahead of a downbeat is on it, as the pattern places it: ft_ballad_eb54's band entry at 7.50, read
    # 0.1 ms before its beat, opened the keys-only bar before it -- round 104's da08 packet, dev)
    hk = np.where((hf > 0.9) & (hk + 1 < len(g.bar_index)), hk + 1, hk)
    hat_bars = np.array([int(g.bar_index[k]) + 1 if k >= 0 else -1 for k in hk], int)
    for b in sorted(set(hat_bars.tolist()) - {-1}):
        if float(np.mean(rung[hat][hat_bars == b])) > 0.5:
            open_bars.append(b)
    # a few hats left open among closed ones (a lift into the next bar) are placed one by one: "where does he
    # open the hat?" was answered with a share (round 27's ab02, dev); a hat struck within a beat and a half of a
    # ringing one rings with it (a crash struck with a hat rings on through the next strokes), not placed again
    ringing = np.flatnonzero(hat & rung)
    open_hits: list[PlacedHit] = []
    first = [i for j, i in enumerate(ringing) if j == 0 or n.time_s[i] - n.time_s[ringing[j - 1]] > RING_ON_BEATS * period]
    # a lone stroke is named on the grid the feel is counted in: in a straight feel its nearest sixteenth (Punk's crash
    # on the and of one, read a little late, was "the last triplet of one": the thirty-fifth session's notes, dev)
    plain = _straight_grid(meter)
    if 0 < len(first) <= FEW_OPEN_PLACED and not rings and not compound:
        open_hits = _placed(sl, n.time_s[first], moved, plain)
    few_cymbals = 0 < cymbal.sum() <= FEW_CYMBALS_PLACED
    cymbal_hits = _placed(sl, n.time_s[cymbal], moved, plain) if few_cymbals and not compound else []
    alone, struck_with = (None, None) if compound or moved else _alone_hits(sl, positions, bars, held, grace, plain)
    backbeat = snare_against_kick(n.time_s[~grace], n.pitch[~grace], g.beats_s)
    # the place names the positions use, every one of them said ("2let" and "4e" read undefined: round 71's answers)
    triplets = any(str(x).endswith(TRIPLET_PLACES) for d in positions.values() for x in d)
    count_in = "eighth notes of the bar" if compound else "beats, with e / & / a between" + (
        ", and trip / let for the middle and last triplet places" if triplets else "")
    return DrumPattern(bars=bars, count_in=count_in,
                       alone_hits=alone, struck_with=struck_with, snare_vs_kick=backbeat,
                       ghost_hits=None if compound else _ghost_hits(sl, moved, plain),
                       double_hits=None if compound else _double_hits(sl, moved, plain),
                       band_hits=None if compound or cymbal.sum() > FEW_CYMBALS_PLACED else
                       _band_hits(sl, moved, plain),
                       positions=positions, hits={c: v for c, v in hits.items() if v},
                       pattern={c: v for c, v in pattern.items() if v}, bar_lines_moved_beats=moved or None,
                       by_bar={b: {c: sorted(v, key=pos_key) for c, v in d.items()} for b, d in sorted(by_bar.items())},
                       compound_bars={b: {c: sorted(v, key=pos_key) for c, v in d.items()}
                                      for b, d in sorted(compound_bars.items())},
                       whole_bars=[] if compound or moved else _whole_bars(sl),
                       hihat_rings=rings, snare_clicks=clicks, hihat_open_bars=open_bars, hihat_open_hits=open_hits,
                       cymbal_hits=cymbal_hits,
                       hihat_open_share=round(float(np.mean(rung[hat])), 2) if hat.any() else None)


def _grace_strokes(n) -> np.ndarray:
    """Which strokes are the softer of two snare or tom strokes within DOUBLE_S (a flam's grace note, a drag's or a
    double's second stroke; of two alike, the second): the figure is heard at one place in the bar, not two ("the snare
    on two, the and of three and the last triplet of three" was a double on the and of three: Beatles 2-12 s, dev)."""
    out = np.zeros(len(n.time_s), bool)
    for i, j in _stick_pairs(n):
        if not out[i]:
            out[i if n.velocity[i] < n.velocity[j] else j] = True
    return out


def _stick_pairs(n) -> list[tuple[int, int]]:
    """(first, second) indices of each two snare or tom strokes in a row, in time order, within DOUBLE_S of each
    other: the doubled strokes the doubles sentence places and the drum pattern places once."""
    sticks = np.flatnonzero(np.isin(n.pitch, DRUM_CLASSES["snare"] + DRUM_CLASSES["tom"]))
    sticks = sticks[np.argsort(n.time_s[sticks], kind="stable")]
    return [(int(i), int(j)) for i, j in zip(sticks[:-1], sticks[1:])
            if DOUBLE_S[0] <= n.time_s[j] - n.time_s[i] <= DOUBLE_S[1]]


# Ghost notes ("any ghost notes on the snare?": the seventeenth session's sweep on MusicDelta Rock, dev): the snare's
# strokes played well under its loud ones. A drummer's ghost note is struck at a fraction of the backbeat's force;
# the reading's velocity is the square root of a stroke's level against the kit's loudest, so GHOST_SHARE of the loud
# strokes' velocity is about a third of their level. A soft stroke just before a louder one (within DOUBLE_S) is a
# flam's grace note.
GHOST_SHARE = 0.6
GHOST_LOUD_PERCENTILE = 75  # the snare's loud strokes: the upper quarter of its strokes' velocities
GHOST_MIN_STROKES = 3


def _ghost_hits(sl: WindowSlice, moved: int, straight: bool = False) -> list[PlacedHit] | None:
    """The snare's soft strokes (ghost notes), placed in the drummer's count; None where the snare has fewer than
    GHOST_MIN_STROKES strokes in the window."""
    n = sl.stems["drums"].notes
    snare = np.flatnonzero(np.isin(n.pitch, DRUM_CLASSES["snare"]))
    if len(snare) < GHOST_MIN_STROKES:
        return None
    t, v = n.time_s[snare], n.velocity[snare].astype(float)
    loud = float(np.percentile(v, GHOST_LOUD_PERCENTILE))
    # (a soft stroke just after a louder one is the second of a double, DOUBLE_S: no ghost note either)
    soft = [i for i in range(len(t)) if v[i] <= GHOST_SHARE * loud and
            not np.any((t > t[i]) & (t - t[i] <= DOUBLE_S[1]) & (v > v[i])) and
            not np.any((t < t[i]) & (t[i] - t <= DOUBLE_S[1]) & (v > v[i]))]
    return _placed(sl, t[soft], moved, straight) if soft else []


# A doubled stroke (a flam, a drag, a double): two stick strokes on the snare or toms this close together, the
# second too soon for a sixteenth at any tempo a band plays (75 ms is a sixteenth at 200 BPM), the first not too
# soon to be heard as its own stroke (the drum reading's second strokes, analysis.stem_analysis._second_strokes).
DOUBLE_S = (0.015, 0.07)


# A drum struck "alone" (a clean one-shot to sample): no other class struck within ALONE_S of it, and not at a place
# another class keeps in most bars (a hat on every eighth missed by the reading under one kick is still there: round
# 54's bc01 offered a kick and two snares as clean where the hat plays on every beat, dev).
ALONE_S = 0.05
ALONE_PLACED = 2  # the first hits struck alone, per class, placed


def _alone_hits(sl: WindowSlice, positions: dict[str, dict[str, int]], bars: int, held: dict,
                grace: np.ndarray, straight: bool = False) -> tuple[dict[str, list[PlacedHit]], dict[str, list[str]]]:
    """Per class: its first hits struck alone (ALONE_PLACED at most), and the classes that strike at every one of its
    regular places (a kick on one and three under a hat on every eighth always lands with the hat)."""
    n = sl.stems["drums"].notes
    regular = {c: set(_regular_places(p, bars, held.get(c))) for c, p in positions.items()}
    k, frac = _beat_fraction(sl, n.time_s, early=True)
    names = [_simple_place(sl.grid, int(ki), float(f)) for ki, f in zip(k, frac)]
    names = [x[1] if x else None for x in names]
    classes = {c: np.isin(n.pitch, keys) & ~grace for c, keys in DRUM_CLASSES.items()}
    alone: dict[str, list[PlacedHit]] = {}
    with_: dict[str, list[str]] = {}
    for c, mine in classes.items():
        if c not in positions or not mine.any():
            continue
        others = [o for o in positions if o != c]
        with_[c] = [o for o in others if regular[c] and regular[c] <= regular[o]]
        times = []
        for i in np.flatnonzero(mine):
            near = np.abs(n.time_s - n.time_s[i]) <= ALONE_S
            if np.any(near & ~classes[c] & ~grace) or names[i] is None:
                continue
            if any(names[i] in regular[o] for o in others):
                continue  # another class keeps this place: a hit it missed here is not a clean one
            times.append(float(n.time_s[i]))
            if len(times) == ALONE_PLACED:
                break
        alone[c] = _placed(sl, np.array(times), 0, straight) if times else []
    return alone, with_


# The snare against the kick inside the kit ("is he laying the backbeat back?"): each class's strokes on the beats (within
# ON_BEAT_SHARE of a beat) read against the window's beats as one steady line; the snare's median offset less the
# kick's. On seven windows of five real kits, against the annotations' own difference (their hits against their beats;
# python -m eval.backbeat, dev), it read within 1.8-7.4 ms (Beatles 0-30 s: -12.4 against -5.0; Country1's side-stick
# 13-35 s: -6.6 against 0.0): a feel is named only from BACKBEAT_FEEL_MS, twice the largest of those errors.
ON_BEAT_SHARE = 0.1
BACKBEAT_FEEL_MS = 15.0


def snare_against_kick(times_s: np.ndarray, pitches: np.ndarray, beats_s: np.ndarray) -> SnareVsKick | None:
    """The snare's strokes on the beats against the kick's (drum hits at ``times_s`` with GM ``pitches``, beats at
    ``beats_s``): how far behind (positive) or ahead the snare lands, the spread of its offsets (the IQR as a standard
    deviation) and how many strokes of each it rests on; None with fewer than four beats, or four strokes of either."""
    times_s, pitches, beats_s = np.asarray(times_s, float), np.asarray(pitches), np.asarray(beats_s, float)
    if len(beats_s) < 4:
        return None
    # against the window's beats as one steady line (least squares over their count): a tracked beat's own wobble
    # would fall on two and four and not on one and three, and read as the snare's
    slope, start = np.polyfit(np.arange(len(beats_s)), beats_s, 1)

    def offsets(cls: str) -> np.ndarray:
        t = times_s[np.isin(pitches, DRUM_CLASSES[cls])]
        d = t - (start + slope * np.round((t - start) / slope))
        return d[np.abs(d) <= ON_BEAT_SHARE * slope] * 1000.0
    snare, kick = offsets("snare"), offsets("kick")
    if len(snare) < 4 or len(kick) < 4:
        return None
    q75, q25 = np.percentile(snare, [75, 25])
    # the drum reading places a stroke struck within about thirty milliseconds after another at the first one's onset
    # (a hat's stroke under it goes unread): where a hat or cymbal keeps the eighths -- read on most of the 'ands' and
    # on most beats without a snare -- it keeps the snare's beats too, and a snare laid back behind it reads on the
    # beat (eval.backbeat's planted kits)
    cym = times_s[np.isin(pitches, DRUM_CLASSES["hihat"] + DRUM_CLASSES["cymbal"])]
    grid = start + slope * np.arange(-1, len(beats_s) + 1)
    snare_beats = {int(round((t - start) / slope)) for t in times_s[np.isin(pitches, DRUM_CLASSES["snare"])]
                   if abs(((t - start) / slope) - round((t - start) / slope)) <= ON_BEAT_SHARE}
    near = lambda x: bool(len(cym)) and float(np.min(np.abs(cym - x))) <= ON_BEAT_SHARE * slope  # noqa: E731
    ands = [near(b + slope / 2) for b in grid[1:-1]]
    plain = [near(b) for k, b in enumerate(grid[1:-1]) if k not in snare_beats]
    keeps = bool(ands) and bool(plain) and np.mean(ands) > 0.5 and np.mean(plain) > 0.5
    return SnareVsKick(offset_ms=round(float(np.median(snare) - np.median(kick)), 1),
                       spread_ms=round(float(q75 - q25) / 1.349, 1), snare_hits=len(snare), kick_hits=len(kick),
                       with_cymbal=keeps)


def _double_hits(sl: WindowSlice, moved: int, straight: bool = False) -> list[PlacedHit]:
    """The snare's and toms' strokes followed by another snare or tom stroke within DOUBLE_S, placed in the
    drummer's count (each pair by its first stroke)."""
    n = sl.stems["drums"].notes
    pairs = _stick_pairs(n)
    seconds = {j for _, j in pairs}
    first = [i for i, _ in pairs if i not in seconds]  # (a run of three is one figure)
    return _placed(sl, n.time_s[first], moved, straight)


# A band hit (a "big hit", a stab): the kit strikes a crash with the kick while every other selected part that plays
# here starts a note with them -- the moment an arranger writes as a hit and an editor cuts to. Players hitting together
# land within a few hundredths of a second of one another: BAND_HIT_S.
BAND_HIT_S = 0.05


def _band_hits(sl: WindowSlice, moved: int, straight: bool = False) -> list[PlacedHit]:
    """The crashes struck with the kick where every other selected part with notes here starts one with them, placed
    in the drummer's count (one per moment)."""
    n = sl.stems["drums"].notes
    kick = n.time_s[np.isin(n.pitch, DRUM_CLASSES["kick"])]
    crash = np.sort(n.time_s[np.isin(n.pitch, DRUM_CLASSES["cymbal"])])
    others = [s.notes.time_s for name, s in sl.stems.items() if name != "drums" and len(s.notes)]
    near = lambda times, t: bool(len(times)) and float(np.min(np.abs(times - t))) <= BAND_HIT_S  # noqa: E731
    hits: list[float] = []
    for t in crash:
        if near(kick, t) and all(near(o, t) for o in others) and not (hits and t - hits[-1] <= BAND_HIT_S):
            hits.append(float(t))
    return _placed(sl, np.array(hits), moved, straight) if hits else []


FEW_OPEN_PLACED = 4  # ringing hats among closed ones, up to this many, are placed one by one
RING_ON_BEATS = 1.5  # a hat struck this soon after a ringing stroke is heard ringing with it
WASH_AHEAD_S = 0.03  # a hat this little before a crash is struck with it
CRASH_WASH_S = 1.0  # ... and one this soon after it rings in its wash
CRASH_KEYS = (49, 52, 55, 57)  # the crashes, china and splash (the detector writes its cymbal class as 49)
WASH_OPEN_SHARE = 0.25  # the wash is read out of the hats' ringing where fewer than this share of them ring
FEW_CYMBALS_PLACED = 8  # ... and cymbal strokes (crashes marking the form, not a ride keeping time)


def _grid_places(sl: WindowSlice, times: np.ndarray, straight: bool = False) -> list[tuple[float, int, str]]:
    """(time, beat index, place) of each time inside the window's grid: its beat in the bar and its nearest e / & /
    a / triplet place ('2&'; ``straight``: e / & / a alone); a stroke a hair ahead of the next beat is on it."""
    g = sl.grid
    out = []
    # (a stroke a hair before the window's first beat is on it: a bass's note on a bar's one at the window's start
    # was left out of its bar's rhythm, "on two" for a bar whose notes were C and E: round 65's bn07 packet, dev)
    k, frac = _beat_fraction(sl, times, early=True)
    for t, ki, fi in zip(times, k, frac):
        ki, ahead = int(ki), fi > 0.9
        if ki < 0 or ki + ahead >= len(g.beats_s):
            continue
        ki, fi = (ki + 1, 0.0) if ahead else (ki, fi)
        out.append((float(t), ki, f"{int(g.beat_in_bar[ki])}{_slot(np.array([fi]), straight)[0]}"))
    return out


def _placed(sl: WindowSlice, times: np.ndarray, moved: int, straight: bool = False) -> list[PlacedHit]:
    """Each time's place in the drummer's count (simple meters): its bar (the track's; None where the pattern is
    counted from the kick, ``moved`` beats off the track's downbeats) and its beat or the 'and' / 'e' / 'a' of it
    (``straight``: no triplet places)."""
    return [PlacedHit(time_s=sl.window.round_time(t), bar=None if moved else int(sl.grid.bar_index[ki]) + 1,
                      place=_spoken(_shift_place(name, moved), False))
            for t, ki, name in _grid_places(sl, times, straight)]
BAR_RUN = 5  # a class struck in more places than this in one bar is said as a run


def count_word(n: int) -> str:
    """'four', 'twenty-three': a count in words, never digits (a summary holds none: a fill of sixteen
    sixteenths and a triplet roll in one bar are counted past twelve). Hundreds as said ('a hundred and twenty-seven':
    a tempo, a part's notes); past nine hundred and ninety-nine, 'more than nine hundred and ninety-nine'."""
    if n < 0:
        return "minus " + count_word(-n)
    if n < len(NUMBER_WORDS):
        return NUMBER_WORDS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{NUMBER_WORDS[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "a hundred" if hundreds == 1 else f"{NUMBER_WORDS[hundreds]} hundred"
        return head + (f" and {count_word(rest)}" if rest else "")
    return "more than nine hundred and ninety-nine"


def bar_drum_words(places: list[str], runs: bool = True) -> str:
    """One bar's places of one drum class, in words: 'on one and the and of two'; a run (a fill) as 'eight
    hits from three to the a of four' (``runs``: places with gaps between them are no run)."""
    names = [_spoken(p, False) for p in places]
    if runs and len(names) > BAR_RUN:
        return f"{count_word(len(names))} hits from {names[0]} to {names[-1]}"
    return "on " + spoken_list(names)


def _kick_on_one(positions: dict[str, dict[str, int]]) -> tuple[dict[str, dict[str, int]], int]:
    """A rock kit's kick marks one and three and its snare two and four. Where the snare sits on the track's
    one and three and the kick between them, the track's downbeat is a beat off: the pattern is counted from
    the kick (the bar moved by a beat), as a drummer would count it. Otherwise unchanged."""
    kick, snare = positions.get("kick", {}), positions.get("snare", {})
    on = lambda d, places: sum(d.get(p, 0) for p in places)  # noqa: E731
    if not (on(snare, ("1", "3")) >= 2 * max(on(snare, ("2", "4")), 1) and on(kick, ("2", "4")) > on(kick, ("1", "3"))):
        return positions, 0
    shift = 1 if kick.get("4", 0) >= kick.get("2", 0) else 3  # the busier of the kick's beats becomes one
    out = {c: dict(sorted(((_shift_place(p, shift), n) for p, n in d.items()), key=lambda kv: pos_key(kv[0])))
           for c, d in positions.items()}
    return out, shift


def _shift_place(name: str, shift: int) -> str:
    """A place in a four-beat bar counted ``shift`` beats on ('2&' moved by 3 is '1&'): the bar counted from the kick."""
    if not shift:  # (a bar counted from its own downbeat, of any length)
        return name
    digits = "".join(ch for ch in name if ch.isdigit())
    return f"{_shift_beat(int(digits), shift)}{name[len(digits):]}"


def pos_key(name: str) -> tuple[int, int]:
    """A drum place's order in the bar: its beat, then e, a triplet's, and, a triplet's last, a ('1e' before '1&')."""
    digits = "".join(ch for ch in name if ch.isdigit())
    rest = name[len(digits):]
    order = list(PLACE_FRACTIONS)
    return int(digits or 0), order.index(rest) if rest in order else 9


# A place counts as part of the pattern when it is hit in at least half the bars and at least half as often as
# the class's most-hit place: a drummer's backbeat on two and four heard in two and four of four bars is still
# a backbeat (a transcriber misses a hit in five); a stray hit is not (it was 0.6 of the bars: MusicDelta
# Punk's snare, on two in two of four bars and on four in four, read "on four"; the answerability benchmark's
# real pairs, read in every run: dev).
REGULAR = 0.5
REGULAR_OF_TOP = 0.5


def _spoken(name: str, compound: bool) -> str:
    digits = "".join(ch for ch in name if ch.isdigit())
    rest = name[len(digits):]
    word = count_word(int(digits))
    if compound:
        return word if not rest else f"the off-beat after {word}"
    return {"": word, "&": f"the and of {word}", "e": f"the e of {word}", "a": f"the a of {word}",
            "trip": f"the middle triplet of {word}", "let": f"the last triplet of {word}"}[rest]


# A stream of eighths heard with gaps (hats under crashes and loud snares go unheard by a transcriber, a
# drummer's hand drops a stroke): every eighth of the bar is struck in at least this share of the bars, the
# strokes fill at least this share of all the eighths, and few fall between them.
STREAM_EVERY = 0.25
STREAM_FILL = 0.55
STREAM_OFF_GRID = 0.2


def _eighth_stream(counts: dict[str, int], bars: int, eighths: list[str]) -> bool:
    total = sum(counts.values())
    on = sum(counts.get(p, 0) for p in eighths)
    return (total > 0 and all(counts.get(p, 0) >= STREAM_EVERY * bars for p in eighths)
            and on >= STREAM_FILL * bars * len(eighths) and total - on <= STREAM_OFF_GRID * total)


def _whole_bars(sl: WindowSlice) -> list[int]:
    """The track's bars (numbered from 1) whose every beat lies inside the window, the last one's span too (its first
    beat a hair before the start is the window's own, as the store reads it: vocabulary.window_beat_early_s)."""
    g = sl.grid
    per_bar = int(g.beat_in_bar.max()) if len(g.beat_in_bar) else 0
    period = g.period_s or 0.5
    out = []
    for b in sorted(set((g.bar_index + 1).tolist())):
        k = np.flatnonzero(g.bar_index + 1 == b)
        if len(k) == per_bar and g.beats_s[k[0]] >= sl.window.start_s - window_beat_early_s(g.period_s) - 1e-6 and \
                g.beats_s[k[-1]] + period <= sl.window.end_s + 0.1 * period:
            out.append(int(b))
    return out


def _bars_with_beat(g, class_bars: set[int], bars: int, moved: int) -> dict[int, int]:
    """For each beat of the bar (counted ``moved`` beats on, as the pattern is), how many of the window's bars hold
    it: a bar the window cuts holds only its beats inside (MusicDelta Punk's snare on two and four read "on four"
    over a window whose first bar held only its fourth beat, the eighteenth session's sweep, dev). A class struck in
    at least half the bars is counted over the bars it plays in: a hat the drummer leaves for the crash every other
    bar keeps its quarters in the bars it plays."""
    beat_bars: dict[int, set[int]] = {}
    for k in range(len(g.beats_s)):
        beat_bars.setdefault(int(g.beat_in_bar[k]), set()).add(int(g.bar_index[k]) + 1)
    own = len(class_bars) >= REGULAR * bars
    return {_shift_beat(b, moved): len(v & class_bars) if own else len(v) for b, v in beat_bars.items()}


def _shift_beat(beat: int, shift: int) -> int:
    """A beat of a four-beat bar counted ``shift`` beats on (the arithmetic :func:`_shift_place` uses for a place)."""
    return (beat - 1 + shift) % 4 + 1 if shift else beat


def _regular_places(counts: dict[str, int], bars: int, bars_with_beat: dict[int, int] | None) -> list[str]:
    """The places a class strikes in at least REGULAR of the bars that hold them, and at least REGULAR_OF_TOP as
    often as its most-struck place, each as a share of the bars that hold it."""
    def share(p: str, v: int) -> float:
        return v / max(_bars_holding(p, bars, bars_with_beat), 1)
    shares = {p: share(p, v) for p, v in counts.items()}
    top = max(shares.values(), default=0.0)
    return [p for p, v in shares.items() if v >= REGULAR and v >= REGULAR_OF_TOP * top]


SCATTERED = "in scattered places, none fixed in the bar"  # a class's places where no place holds from bar to bar


def _pattern_words(counts: dict[str, int], bars: int, per_bar: int, compound: bool,
                   bars_with_beat: dict[int, int] | None = None, masked: set[str] = frozenset()) -> str:
    regular = _regular_places(counts, bars, bars_with_beat)
    beats = [str(b) for b in range(1, per_bar + 1)]
    eighths = beats + [f"{b}&" for b in beats]
    if not compound and bars >= 2 and _eighth_stream(counts, bars, eighths) and not set(regular) - set(eighths):
        return "on every eighth"
    missing = set(eighths) - set(regular)
    if not compound and bars >= 2 and len(missing) == 1 and missing <= masked and set(regular) <= set(eighths):
        return "on every eighth"  # the one eighth it misses is where the kick or snare strikes (Shadows' ride)
    if not regular:
        return SCATTERED if sum(counts.values()) else ""
    sixteenths = eighths + [f"{b}{x}" for b in beats for x in ("e", "a")]
    if set(regular) >= set(sixteenths) and not compound:
        return "on every sixteenth"
    ands = [f"{b}&" for b in beats]
    if not compound and set(regular) >= set(ands) and len(set(regular) & set(beats)) >= len(beats) / 2:
        return "on every eighth"  # (a hat under a loud kick is sometimes not heard apart from it)
    if compound and len(set(regular)) >= 0.75 * per_bar and set(regular) <= set(beats):
        return "on every eighth"
    if set(regular) == set(beats):
        return "on every eighth" if compound else f"on all {count_word(per_bar)} beats" if per_bar > 2 else \
            "on both beats"
    # a place struck once where two bars or more hold its beat is said as once, not as the bar's pattern: "the hi-hat
    # plays on one, three, the a of three and the a of four" over a hat with the kick whose two pickups fell in one
    # bar of two, and the producer programming it was left to count (round 90's cm03, dev)
    once = [p for p in regular if counts[p] == 1 and _bars_holding(p, bars, bars_with_beat) >= 2]
    steady = [p for p in regular if p not in once]
    if once and steady:
        return (f"on {spoken_list([_spoken(p, compound) for p in steady])}, and once "
                f"{'each ' if len(once) > 1 else ''}on {spoken_list([_spoken(p, compound) for p in once])}")
    names = [_spoken(p, compound) for p in regular]
    listed = spoken_list(names)
    return f"on {listed}"


def _bars_holding(place: str, bars: int, bars_with_beat: dict[int, int] | None) -> int:
    """How many of the window's bars hold ``place``'s beat (:func:`_bars_with_beat`; all of them where not known)."""
    digits = "".join(ch for ch in place if ch.isdigit())
    return bars if bars_with_beat is None or not digits else bars_with_beat.get(int(digits), bars)


# -- the harmony as a chart ----------------------------------------------------------------------------------
FLAT_KEYS = {"F", "Bb", "Eb", "Ab", "Db", "Gb"}
FLAT_MINOR_KEYS = {"D", "G", "C", "F", "Bb", "Eb"}
SHARP_NAMES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
FLAT_NAMES = ["C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"]
QUALITY_SUFFIX = {"maj": "", "min": "m", "7": "7", "maj7": "maj7", "min7": "m7", "sus4": "sus4", "sus2": "sus2",
                  "5": "5", "dim": "dim", "aug": "aug", "maj6": "6"}


# A note outside the key is spelled as the key's signature leans: sharps in a sharp key, flats in a flat key; in C
# major the usual mixed names (C#, Eb, F#, Ab, Bb), in A minor the same with its leading tone G#. Until the thirteenth
# session the notes a part holds, ends its lines on and spans were spelled with the mixed names in every key: a C
# sharp minor ballad's A sharp said as "the B flat" (a sweep, dev).
A_MINOR_NAMES = ["C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B"]


def key_names(key: str | None) -> list[str] | None:
    """The twelve note names a key spells its notes with (None without a key: the mixed names)."""
    if not key:
        return None
    tonic, _, mode = key.partition(" ")
    if tonic == "C" and mode == "major":
        return list(NOTE_NAMES)
    if tonic == "A" and mode == "minor":
        return A_MINOR_NAMES
    return FLAT_NAMES if uses_flats(key) else SHARP_NAMES


def uses_flats(key: str | None) -> bool:
    if not key:
        return False
    tonic, _, mode = key.partition(" ")
    return tonic in (FLAT_MINOR_KEYS if mode == "minor" else FLAT_KEYS) or "b" in tonic[1:]


def chart_symbol(label: str, flats: bool) -> str | None:
    """'A:min' -> 'Am', 'G:7' -> 'G7', 'F:maj/3' -> 'F/A', spelled with flats in a flat key."""
    parsed = parse_chord(label)
    if parsed is None:
        return None
    root, quality, bass = parsed
    names = FLAT_NAMES if flats else SHARP_NAMES
    out = names[root] + QUALITY_SUFFIX[quality]
    if bass is not None and bass != root:
        out += "/" + names[bass]
    return out


# The figure the parts repeat ("is the band playing the same thing every four bars?", "which bars would loop
# cleanly?": the seventeenth session's sweep on ft_drive_ab152 got the lock; round 39's an01 asked where a radio edit
# can cut a verse's four-bar loop, dev). Each part's bar is what it strikes where: (its place to the sixteenth, its
# pitch class or drum class). Two bars are the same for a part where those overlap by CYCLE_SAME (Jaccard) or more:
# a player heard as repeating himself varies a note or two. A figure of CYCLE_LENGTHS bars is the window's where
# CYCLE_SHARE of its bars or more match, for every part, the bar most others at their place in the figure match.
CYCLE_LENGTHS = (1, 2, 4, 8)
CYCLE_SAME = 0.7
CYCLE_SHARE = 0.75


def bar_cycle(sl: WindowSlice, meter: MeterReading | None) -> BarCycle | None:
    """The shortest figure of CYCLE_LENGTHS bars the selected parts repeat through the window's whole bars, heard at
    least twice, with the bars that differ from it, and each part's own (WindowAnalysis.bar_cycle); None where the
    window holds under two whole bars or no part plays notes."""
    bars = [(n, a, z) for n, a, z in chart_bars(sl, meter)]
    full = max((z - a for _, a, z in bars), default=0.0)
    bars = [(n, a, z) for n, a, z in bars if z - a >= 0.95 * full]
    if len(bars) < 2 or not full:
        return None
    parts = [s for s in sl.stems.values() if s.stem != MIX_STEM and len(s.notes)]
    if not parts:
        return None
    sixteenth = full / (4 * max(1, int(sl.grid.beat_in_bar.max()) if len(sl.grid.beat_in_bar) else 4))

    def print_of(s: StemSlice, a: float, z: float) -> frozenset:
        m = (s.notes.time_s >= a - TOGETHER_S) & (s.notes.time_s < z - TOGETHER_S)
        slot = np.clip(np.round((s.notes.time_s[m] - a) / sixteenth), 0, None).astype(int)
        what = s.notes.pitch[m] if s.is_drums else s.notes.pitch[m] % 12
        if s.is_drums:  # a drum class, not its key: a ride and a hat read apart are one timekeeper's stroke
            what = np.array([next((i for i, keys in enumerate(DRUM_CLASSES.values()) if k in keys), -1) for k in what])
        return frozenset(zip(slot.tolist(), what.tolist()))
    prints = {s.stem: [print_of(s, a, z) for _, a, z in bars] for s in parts}

    def same(x: frozenset, y: frozenset) -> bool:
        return (not x and not y) or (bool(x | y) and len(x & y) / len(x | y) >= CYCLE_SAME)
    numbers = [n for n, _, _ in bars]

    def odd_bars(stems: list[str], length: int) -> dict[int, list[str]]:
        """The bars (indices) unlike the figure's bar at their place, with the parts that differ: each place's bar
        is the one most of the bars at that place match (a fill or a crash is one bar, not the figure)."""
        out: dict[int, list[str]] = {}
        for place in range(length):
            at = list(range(place, len(bars), length))
            for p in stems:
                ref = max(at, key=lambda i: sum(same(prints[p][i], prints[p][j]) for j in at))
                for i in at:
                    if not same(prints[p][i], prints[p][ref]):
                        out.setdefault(i, []).append(p)
        return out

    def cycle(stems: list[str]) -> int | None:
        """The figure with the fewest bars unlike it, the shortest of those (a fill every fourth bar makes a
        four-bar figure, not a two-bar one with a bar off), where CYCLE_SHARE of the bars are like it."""
        tried = [(len(odd_bars(stems, n)), n) for n in CYCLE_LENGTHS if len(bars) >= 2 * n]
        odd, n = min(tried) if tried else (len(bars), None)
        return n if n is not None and 1 - odd / len(bars) >= CYCLE_SHARE else None
    each = {p: cycle([p]) for p in prints}
    length = cycle(list(prints))
    if length is None:
        return BarCycle(length=None, bars=numbers, each=each)
    differ = {numbers[i]: stems for i, stems in sorted(odd_bars(list(prints), length).items())}
    return BarCycle(length=length, bars=numbers, differ=differ, each=each)


def regrouped(sl: WindowSlice, meter: MeterReading | None) -> WindowSlice:
    """The slice with its grid counted in the bars this window reads where they differ from the track's: a window read
    in 6/8 on a grid of four-beat bars (a twelve-eight track, or a six-eight one tracked in fours) has two bars to each
    of the grid's, numbered from the grid's (its bar b is bars 2b - 1 and 2b), so that every bar a finding names --
    events, held notes, line starts, drum hits, the chart -- is counted one way (ft_swing_g1208 20-40 s: the chart's
    bars 11-21 beside events in bars 8 and 9 and held notes in bars 6 and 10: the twenty-third session, dev)."""
    g = sl.grid
    if meter is None or meter.label != "6/8" or not len(g.beat_in_bar) or int(g.beat_in_bar.max()) != 4:
        return sl
    beat, bar = (g.beat_in_bar - 1) % 2 + 1, 2 * g.bar_index + (g.beat_in_bar - 1) // 2
    for x in (beat, bar):
        x.setflags(write=False)  # (a grid is read-only, as the store's)
    return dataclasses.replace(sl, grid=Grid(g.beats_s, beat, bar, g.beat_index))


# The same tune again ("is the second verse the same tune as the first?"): a musician hears a line as repeated when, a
# whole number of bars later, it sings the same notes in the same places of the bar -- three in four of the eighths
# both stretches sing on the same note (within a semitone: a bent or scooped note is the same note), over two bars or
# more of singing in both. A bar of the later stretch where fewer than half of them agree is where it changes.
# (Country1's two verses, eight bars apart, agree on 0.92 of their eighths; its phrases, parted differently by the
# singer's breaths, matched none: round 49's ax02, dev.)
REPEAT_SHARE = 0.75
REPEAT_MIN_BARS = 2
REPEAT_CHANGES = 0.5


def line_repeats(sl: WindowSlice, presence: list[Presence], voices: dict[str, list[tuple[float, float, int]]]) -> None:
    """Each pitched part's line that comes round again a whole number of bars later (:attr:`Presence.line_repeat`):
    the note sounding at each eighth of the grid against the note a given number of bars later, the smallest such
    number at which the two agree on REPEAT_SHARE of the eighths both sing. ``voices``: the singer's sung notes."""
    g = sl.grid
    if len(g.beats_s) < 4 or not g.period_s:
        return
    per = int(g.beat_in_bar.max())
    half = np.diff(g.beats_s, append=g.beats_s[-1] + g.period_s) / 2
    times = np.r_[g.beats_s + half / 2, g.beats_s + 1.5 * half]  # the middle of each eighth
    keys = [(int(b), int(k), h) for h in (0, 1) for b, k in zip(g.bar_index, g.beat_in_bar)]
    for p in presence:
        s = sl.stems.get(p.stem)
        if s is None or s.is_drums or p.stem == MIX_STEM or not len(s.notes):
            continue
        spans = voices.get(p.stem) or [(float(a), float(a + d), int(x)) for a, d, x in
                                       zip(s.notes.time_s, s.notes.duration_s, s.notes.pitch)]
        sung = np.full(len(times), -1)
        for a, z, x in sorted(spans):  # (the higher of two notes at once: a line's top)
            at = (times >= a) & (times < z)
            sung[at] = np.maximum(sung[at], x)
        line = {key: int(x) for key, x in zip(keys, sung) if x >= 0}
        bars = sorted({b for b, _, _ in line})
        for lag in range(1, len(bars)):
            both = [(key, line[key], line[(key[0] + lag,) + key[1:]]) for key in sorted(line)
                    if (key[0] + lag,) + key[1:] in line]  # (in time order: bar, beat, half)
            if len(both) < REPEAT_MIN_BARS * 2 * per:
                continue
            same = [abs(x - y) <= 1 for _, x, y in both]
            if np.mean(same) < REPEAT_SHARE:
                continue
            by_bar: dict[int, list[bool]] = {}
            for (key, _, _), ok in zip(both, same):
                by_bar.setdefault(key[0] + lag, []).append(ok)
            changed = {b for b, oks in by_bar.items() if len(oks) >= 2 and np.mean(oks) < REPEAT_CHANGES}
            # ... or where two eighths running leave it (a line's last note landing elsewhere: Country1's second
            # verse comes down to G where the first hangs on A)
            changed |= {both[i][0][0] + lag for i in range(len(both) - 1)
                        if not same[i] and not same[i + 1]}
            first = min(key[0] for key, _, _ in both)
            p.line_repeat = LineRepeat(lag_bars=lag, from_bar=first + 1, again_bar=first + lag + 1,
                                       share=round(float(np.mean(same)), 2), differs=sorted(b + 1 for b in changed))
            break


def chart_bars(sl: WindowSlice, meter: MeterReading | None) -> list[tuple[int, float, float]]:
    """(bar number, start, end) of the bars a chart is written in: the slice's bars (a four-beat grid read in 6/8
    comes regrouped, :func:`regrouped`), paired where this window reads 6/8 on a grid of three-beat bars of eighths
    (one 6/8 bar in two of them), so the chart and the meter the answer states agree. Only bars at least half
    inside the window."""
    if meter is not None and meter.bar_starts_s:  # the window's own bars (the tracked grid does not fit)
        starts = meter.bar_starts_s
        out = [(n + 1, max(a, sl.window.start_s), min(z, sl.window.end_s), z - a)
               for n, (a, z) in enumerate(zip(starts, starts[1:])) if z > sl.window.start_s and a < sl.window.end_s]
        return [(n, a, z) for n, a, z, full in out if z - a >= 0.5 * full]
    g = sl.grid
    out = []
    per_bar = int(g.beat_in_bar.max()) if len(g.beat_in_bar) else 0
    for b in sorted({int(x) for x in g.bar_index}):
        span = _bar_span(sl, b)
        if span is None:
            continue
        a, z, full = span
        if meter is not None and meter.label == "6/8" and per_bar == 3 and meter.beats_per_bar == 2:
            n = b // 2 + 1
            if out and out[-1][0] == n:
                out[-1] = (n, out[-1][1], z, out[-1][3] + full)
            else:
                out.append((n, a, z, full * 2))
        else:
            out.append((b + 1, a, z, full))
    return [(n, a, z) for n, a, z, full in out if z - a >= 0.5 * full]


def chord_grid_of(sl: WindowSlice, ctx: TrackContext, h008: HeuristicResult, window_key: str | None,
                  meter: MeterReading | None = None) -> ChordGrid | None:
    """The chords bar by bar, as a chart: each bar's notes (all selected pitched stems, weighted by how long
    they sound) matched against triads and sevenths; a bar is split in two only where each half clearly
    spells its own chord. A single line implies the same chart from its arpeggio. An inversion is written
    only where a bass line holds another chord tone under the chord."""
    if h008.status != "ok" or len(sl.grid.beats_s) < 2:
        return None
    e = h008.evidence
    flats = uses_flats(window_key or ctx.key_label)
    parts = [s for s in sl.stems.values() if not s.is_drums and len(s.notes)]
    bass = sl.stems.get("bass") if "bass" in e.spelled_by else None
    bars = chart_bars(sl, meter)
    shift = 0
    per_bar = int(sl.grid.beat_in_bar.max())
    period = sl.grid.period_s or 0.5
    # a single line (a bass pumping each bar's root, a voice) cannot say where the bar starts: one pitch class
    # a bar fits a triad worse than two bars' roots taken together across a moved bar line (F then D flat
    # pumped in eighths read as D flat over F a beat late), so only chords struck together move bar lines
    if (meter is None or meter.label in ("4/4", "3/4", "2/4")) and per_bar >= 3 and bars and not e.implied_by_melody:
        # the harmony may change on another beat than the track's downbeats say (a misplaced downbeat):
        # where bar lines moved by a beat or two fit the chords clearly better, the chart follows the harmony.
        # Placement is judged on triads: a seventh chord can absorb two triads' notes across a bar line
        # (G then D read as Em7 and Bm7 a beat late), so it cannot tell where the bar starts.
        fit = _chart_rows(parts, bars, bass, flats, sl.window, TRIADS)[1]
        best = bars
        # each bar's whole span (the first may start before the window, the last end after it), and the bar
        # before the first: a move brings part of it inside (an intro's first chord, on a grid that starts
        # its bars two beats late, was dropped with it)
        full = per_bar * period
        spans = [(n, z - full if a <= sl.window.start_s + 1e-6 else a) for n, a, z in bars]
        spans = [(spans[0][0] - 1, spans[0][1] - full)] + spans
        for k in range(1, per_bar):
            moved = [(n, a + k * period, a + full + k * period) for n, a in spans]
            moved = [(n, max(a, sl.window.start_s), min(z, sl.window.end_s)) for n, a, z in moved
                     if min(z, sl.window.end_s) - max(a, sl.window.start_s) >= 0.5 * per_bar * period]
            r, f = _chart_rows(parts, moved, bass, flats, sl.window, TRIADS)
            if r and f >= fit + SHIFT_GAIN and f >= SPLIT_SCORE:
                best, fit, shift = moved, f, k
        bars = best
    scale = _with_window_thirds(scale_of(window_key or ctx.key_label), parts, sl.window)
    leads = _approaches(parts[0], bars) if e.implied_by_melody and len(parts) == 1 else None
    rows = [r for r in _chart_rows(parts, bars, bass, flats, sl.window, scale=scale, leads=leads)[0] if r.chords]
    if not rows:
        return None
    seq: list[list] = []
    for r in rows:
        share = 1.0 / len(r.chords)
        for c in r.chords:
            if seq and seq[-1][0] == c:
                seq[-1][1] += share
            else:
                seq.append([c, share])
    return ChordGrid(bars=rows, progression=[c for c, _ in seq], bars_each=[round(n, 2) for _, n in seq],
                     harmonic_rhythm=harmonic_rhythm_words([n for _, n in seq], len(rows)),
                     implied=bool(e.implied_by_melody), notes_counted=e.notes_counted,
                     bar_lines_moved_beats=shift or None, chord_tone_share=_chord_tone_share(parts, rows),
                     third_clashes=_third_clashes(parts, rows))


# A part sounds a third where it holds that pitch class for THIRD_SOUNDS of the bar's span at least, and not the
# other third at all beyond THIRD_STRAY: a guitar's E minor (G) against a bass walking E, G sharp, B under it is a
# clash a listener hears as "off" ("the last bar sounds a bit off to me, is that one major or minor?": round 31's
# af05, dev). A singer's passing note is no chord's third: voices are left out.
THIRD_SOUNDS, THIRD_STRAY = 0.1, 0.02
THIRD_SOUNDS_LINE = 0.4  # of the bar: a bass line's third on two beats of four, not one passing beat


def _third_clashes(parts: list[StemSlice], rows: list[BarChord]) -> list[ThirdClash]:
    out = []
    for r in rows:
        if r.start_s is None or r.end_s is None or len(r.chords) != 1 or parse_symbol(r.chords[0]) is None:
            continue
        root = parse_symbol(r.chords[0])[0]
        span = r.end_s - r.start_s
        minor, major = [], []
        for s in parts:
            if s.stem == "vocals" or span <= 0:
                continue
            n = s.notes
            held = np.clip(np.minimum(n.time_s + n.duration_s, r.end_s) - np.maximum(n.time_s, r.start_s), 0, None)
            low, high = (float(held[n.pitch % 12 == (root + k) % 12].sum()) / span for k in (3, 4))
            # a bass line sounds a third where it dwells on it, not where it passes through it: a walking bass's C
            # sharp on its way from A to D under A minor was said to clash with the guitar's C (round 34's ai09, dev)
            sounds = THIRD_SOUNDS_LINE if s.stem == "bass" else THIRD_SOUNDS
            if low >= sounds and high <= THIRD_STRAY:
                minor.append(s.stem)
            elif high >= sounds and low <= THIRD_STRAY:
                major.append(s.stem)
        if minor and major:
            out.append(ThirdClash(bar=r.bar, minor=minor, major=major))
    return out


# A note nearer a beat than an eighth of a beat is struck on it (halfway to the sixteenth between); a note shorter than
# LINE_NOTE_S is a slide or a transcription's fragment, not a note a listener places against the chord; a sung note a
# semitone (or a major seventh, a minor ninth) or a tritone off the bass's pitch class is heard rubbing against it
LINE_ON_BEAT = 0.125
LINE_NOTE_S = 0.06
RUB_INTERVALS = (1, 6, 11)
MIN_FIT_NOTES = 4


# A line's note a semitone (a minor ninth, a major seventh) off a note another part sounds as it starts rubs against
# that part: "does any of her notes rub against the keys?" (round 36's ak02 got the bass's rubs alone: dev). A major
# seventh over the root of a major chord (no minor seventh in it) is that chord's colour, a major seventh chord, not a
# rub: a singer's G sharp over A and A sharp over B were named beside her F natural against the keys' F sharps over B,
# the one note fighting the chord, and the client called the A sharp the likeliest sore spot (round 108's de06, dev).
PART_RUB_INTERVALS = (1, 11)
MAJOR_SEVENTH = 11


def _major_seventh_colour(symbol: str | None, line_pitch: int, other_pitch: int) -> bool:
    """The line's note is a major seventh (or one and octaves) over ``symbol``'s root, which the other part sounds, in
    a major chord. A semitone under the root is no seventh over it: a singer's B4 under the guitar's C5 on a C chord
    was called the chord's colour (round 116's dm01, dev)."""
    parsed = parse_symbol(symbol) if symbol else None
    if parsed is None or parsed[1] not in CHORD_QUALITIES:
        return False
    root, quality = parsed
    tones = CHORD_QUALITIES[quality]
    return other_pitch % 12 == root and line_pitch > other_pitch and (line_pitch - other_pitch) % 12 == MAJOR_SEVENTH \
        and 4 in tones and 10 not in tones


def _part_rubs(sl: WindowSlice, s: StemSlice, rows: list[BarChord], times: np.ndarray, durs: np.ndarray,
               pitches: np.ndarray, names: list[str]) -> list[PartRubs]:
    """The line's notes against each other pitched part but the bass: those sounding with it (the part sounds as the
    note starts, or strikes while it is held: a guitar's short chop in the middle of a singer's held note, a half step
    off it, rubs as much as a note sung over the chop -- round 116's dm01 was told of no rub, dev) and which of them
    sit a semitone off a note it sounds then."""
    out = []
    for other in (x for x in sl.stems.values() if x is not s and not x.is_drums and x.stem not in ("bass", MIX_STEM)
                  and len(x.notes)):
        b, over, rubs, found, colours = other.notes, 0, 0, [], []
        for t, d, p in zip(times, durs, pitches):
            sounding = ((b.time_s <= t + WINDOW_EARLY_S) & (b.time_s + b.duration_s > t + LINE_NOTE_S / 2)) | \
                ((b.time_s > t + WINDOW_EARLY_S) & (b.time_s < t + d - LINE_NOTE_S / 2))
            if not sounding.any():
                continue
            over += 1
            near = [int(q) for q in b.pitch[sounding] if (int(p) - int(q)) % 12 in PART_RUB_INTERVALS]
            row = _row_at(rows, t, WINDOW_EARLY_S) if near else None  # (read once, for the chord and the bar)
            symbol = _row_symbol(row, t, WINDOW_EARLY_S) if row is not None else None
            hit = next((q for q in near if not _major_seventh_colour(symbol, int(p), q)), None)
            if near and hit is None and row is not None:
                colours.append(OffNote(bar=row.bar, note=names[int(p) % 12], chord=symbol))
            if hit is not None:
                rubs += 1
                if row is not None:
                    found.append(OffNote(bar=row.bar, note=names[int(p) % 12], chord=names[hit % 12]))
        # the pairs heard most often first (a note rocking against the keys' fifth on every off-beat before a major
        # seventh sung once), each pair once, in its first bar
        firsts = {(x.note, x.chord): x for x in reversed(found)}
        examples = [firsts[k] for k, _ in Counter((x.note, x.chord) for x in found).most_common(3)]
        if over:
            colour = list({(x.note, x.chord): x for x in reversed(colours)}.values())[::-1][:3]
            out.append(PartRubs(stem=other.stem, over=over, rubs=rubs, examples=examples, colours=colour))
    return out


def line_fits(sl: WindowSlice, grid: ChordGrid | None, voices: dict[str, list[tuple[float, float, int]]],
              key: str | None) -> None:
    """Each pitched part's notes against the chart's chord where they start (a tone of it, or outside it on a beat
    or between beats) and, where the bass is selected, against the bass note sounding then (ChordGrid.line_fits):
    "is the melody mostly on chord tones?", "does the vocal clash with the bass?" (the fourteenth session's own sweep,
    dev). A voice's notes are its sung notes (``voices``: :func:`sung_notes_of`, a held note's restarts joined to
    it); the notes spelled in ``key``. A window's step, not the chart's: the whole track's chart needs none."""
    if grid is None:
        return
    rows = grid.bars
    beats = np.asarray(sl.grid.beats_s, dtype=float)
    period = sl.grid.period_s or 0.5
    bass = sl.stems.get("bass")
    names = key_names(key) or NOTE_NAMES
    out = []
    for s in (x for x in sl.stems.values() if not x.is_drums and len(x.notes)):
        if s.stem in voices:
            spans = voices[s.stem]
            times, durs, pitches = (np.array([x[0] for x in spans]), np.array([x[1] - x[0] for x in spans]),
                                    np.array([x[2] for x in spans], dtype=int))
        else:
            times, durs, pitches = s.notes.time_s, s.notes.duration_s, s.notes.pitch
        keep = durs >= LINE_NOTE_S
        times, durs, pitches = times[keep], durs[keep], pitches[keep]
        counted = tones = on_beat_out = 0
        degrees: dict[str, int] = {}
        degree_notes: dict[str, list[OffNote]] = {}
        off: list[tuple[float, float, OffNote]] = []
        over = rubs = 0
        rub_bars: list[int] = []
        under = bass if bass is not None and bass is not s and len(bass.notes) else None
        for t, d, p in zip(times, durs, pitches):
            row = _row_at(rows, t, WINDOW_EARLY_S)
            if row is None:
                continue
            symbol = _row_symbol(row, t)
            counted += 1
            if int(p) % 12 in _symbol_tones(symbol):
                tones += 1
                degree = chord_degree(symbol, int(p))
                if degree is not None:
                    degrees[degree] = degrees.get(degree, 0) + 1
                    if len(degree_notes.setdefault(degree, [])) < 2:
                        degree_notes[degree].append(OffNote(bar=row.bar, note=names[int(p) % 12], chord=symbol))
            elif len(beats) and float(np.min(np.abs(beats - t))) <= LINE_ON_BEAT * period:
                on_beat_out += 1
                off.append((float(t), float(d), OffNote(bar=row.bar, note=names[int(p) % 12], chord=symbol)))
            if under is not None:
                b = under.notes
                sounding = (b.time_s <= t + WINDOW_EARLY_S) & (b.time_s + b.duration_s > t)
                if sounding.any():
                    over += 1
                    low = int(b.pitch[sounding][np.argmax(b.time_s[sounding])])
                    if (int(p) - low) % 12 in RUB_INTERVALS:
                        rubs += 1
                        if row.bar not in rub_bars:
                            rub_bars.append(row.bar)
        if counted < MIN_FIT_NOTES:
            continue
        longest = sorted(sorted(off, key=lambda x: -x[1])[:3], key=lambda x: x[0])
        out.append(LineFit(stem=s.stem, notes=counted, chord_tones=tones, outside_on_beat=on_beat_out,
                           on_beat=[o for _, _, o in longest], over_bass=over if under is not None else None,
                           rubs=rubs if under is not None else None, rub_bars=rub_bars, degrees=degrees,
                           degree_notes=degree_notes, against=_part_rubs(sl, s, rows, times, durs, pitches, names)))
    grid.line_fits = out


# Degrees by semitones above the tonic: a major key's scale, then its flattened and raised neighbours; a minor
# key's natural scale (III, VI and VII on its flat third, sixth and seventh) and its raised neighbours
MAJOR_DEGREES = ("I", "bII", "II", "bIII", "III", "IV", "#IV", "V", "bVI", "VI", "bVII", "VII")
MINOR_DEGREES = ("I", "bII", "II", "III", "#III", "IV", "#IV", "V", "VI", "#VI", "VII", "#VII")
NUMERAL_SUFFIX = {"maj": "", "min": "", "7": "7", "maj7": "maj7", "min7": "7", "sus4": "sus4", "sus2": "sus2",
                  "5": "5", "dim": "°", "aug": "+", "maj6": "add6"}  # (a bare 6 reads as an inversion in numerals)


def roman_numerals(grid: ChordGrid | None, window_key: str | None, track_key: str | None) -> None:
    """The progression as Roman numerals (ChordGrid.numerals): "what's the progression in Roman numerals? want to
    reharmonise it". Counted from the song's key where the window's centre shares its signature (a hook on the
    relative minor is vi-IV-I-V of the song), else from the window's."""
    if grid is None or not grid.progression:
        return
    key = window_key or track_key
    if window_key and track_key and _signature_pc(window_key) == _signature_pc(track_key):
        key = track_key
    if not key or " " not in key:
        return
    tonic_name, mode = key.split(" ", 1)
    if tonic_name not in PITCH_CLASS:
        return
    grid.numerals, grid.numerals_key = [numeral_in(symbol, key) for symbol in grid.progression], key


def numeral_in(symbol: str, key: str) -> str:
    """A chart symbol's Roman numeral counted from ``key`` ('Bb' in 'Eb minor' -> 'V'); '?' for an unknown one."""
    tonic_name, mode = key.split(" ", 1)
    degrees = MINOR_DEGREES if mode == "minor" else MAJOR_DEGREES
    parsed = parse_symbol(symbol)
    if parsed is None or tonic_name not in PITCH_CLASS:
        return "?"
    root, quality = parsed
    degree = degrees[(root - PITCH_CLASS[tonic_name]) % 12]
    accidental, letters = (degree[0], degree[1:]) if degree[0] in "b#" else ("", degree)
    lower = quality in ("min", "min7", "dim")
    return accidental + (letters.lower() if lower else letters) + NUMERAL_SUFFIX.get(quality, "")


def _signature_pc(key: str) -> int | None:
    """A key's signature as its relative major's tonic pitch class ('E minor' -> 7, G's)."""
    tonic, _, mode = key.partition(" ")
    if tonic not in PITCH_CLASS:
        return None
    return (PITCH_CLASS[tonic] + (3 if mode == "minor" else 0)) % 12


MIN_ROOT_NOTES = 4  # bass notes on strong beats under charted chords before its root share is read


def bass_roots(sl: WindowSlice, grid: ChordGrid | None, presence: list[Presence]) -> None:
    """The bass's root share (Presence.root_share): of its strokes on a bar's strong beats (the one, and the
    middle of an even bar), the share whose pitch class is the root of the chord charted there; and per strong
    beat, the roots and fifths (Presence.root_by_beat). Only under a
    chart other parts play: a chart the bass implies alone has the bass's own notes for roots."""
    bass = sl.stems.get("bass")
    p = next((x for x in presence if x.stem == "bass"), None)
    if bass is None or p is None or grid is None or grid.implied or not len(bass.notes) or not sl.grid.period_s:
        return
    per_bar = int(sl.grid.beat_in_bar.max())
    strong = {1} | ({per_bar // 2 + 1} if per_bar % 2 == 0 and per_bar >= 4 else set())
    # each stroke's pitch, not every note read (a faint scoop or partial the transcription starts beside a note)
    onsets, _, brings, _ = _strokes(bass, articulation_gap_s(sl.grid.period_s, STROKE_GRID))
    k, frac = _beat_fraction(sl, onsets)
    hits = roots = 0
    by_beat = {b: [0, 0, 0] for b in sorted(strong)}  # notes, roots, fifths per strong beat
    for t, pitch, kk, f in zip(onsets, brings, k, frac):
        if kk < 0 or not (f < OFF_BEAT or f > 1 - OFF_BEAT):
            continue
        beat = int(kk + (f > 0.5))
        if beat >= len(sl.grid.beats_s) or int(sl.grid.beat_in_bar[beat]) not in strong:
            continue
        symbol = _symbol_at(grid.bars, t, early_s=0.05)
        parsed = None if symbol is None else parse_symbol(symbol)
        if parsed is None:
            continue
        hits += 1
        roots += int(pitch) % 12 == parsed[0]
        counts = by_beat[int(sl.grid.beat_in_bar[beat])]
        counts[0] += 1
        counts[1] += int(pitch) % 12 == parsed[0]
        counts[2] += int(pitch) % 12 == (parsed[0] + {"dim": 6, "aug": 8}.get(parsed[1], 7)) % 12
    if hits >= MIN_ROOT_NOTES:
        p.root_share = round(roots / hits, 3)
        p.root_by_beat = [(b, *c) for b, c in by_beat.items()]


def _row_at(rows: list[BarChord], t: float, early_s: float = 0.0) -> BarChord | None:
    """The chart's bar sounding at ``t``; a note up to ``early_s`` before a bar line (a player landing a hair early)
    belongs to the bar it lands on."""
    return next((r for r in rows if r.start_s is not None and r.start_s - early_s <= t < r.end_s - early_s), None)


def _row_symbol(row: BarChord, t: float, early_s: float = 0.0) -> str:
    """A bar's chord at ``t``: its one chord, or the half-bar's where the bar holds two; a note up to ``early_s``
    before the middle of the bar belongs to its second half (a bass on three a hair early over E then B read as
    E's fifth, not B's root: the thirtieth session's review)."""
    return row.chords[0] if len(row.chords) == 1 or t + early_s < (row.start_s + row.end_s) / 2 else row.chords[-1]


def _symbol_at(rows: list[BarChord], t: float, early_s: float = 0.0) -> str | None:
    """The chart's chord sounding at ``t`` (:func:`_row_at`, :func:`_row_symbol`)."""
    row = _row_at(rows, t, early_s)
    return None if row is None else _row_symbol(row, t, early_s)


def _chord_tone_share(parts: list[StemSlice], rows: list[BarChord]) -> float | None:
    """Share of the pitched notes starting inside a charted bar (in the register the chart is read from)
    whose pitch class is a tone of the chart's chord there (duration-weighted: a passing sixteenth weighs
    less than a held note)."""
    inside = total = 0.0
    for s in parts:
        for t, d, p in zip(s.notes.time_s, s.notes.duration_s, s.notes.pitch):
            symbol = _symbol_at(rows, t)
            if symbol is None or p > CHART_REGISTER_TOP:
                continue
            tones = _symbol_tones(symbol)
            total += d
            inside += d * (int(p) % 12 in tones)
    return round(inside / total, 3) if total else None


# Where a chord part gets to each new chord ("when the chord changes at the top of a bar, is he getting there early,
# right on the downbeat, or after?": round 35's aj09, dev for this rule): its first stroke, from ARRIVAL_BEFORE
# beats before the bar line the chart changes on to ARRIVAL_AFTER beats after it, that sounds two tones of the new
# chord or more, one of them a tone the old one lacks, and none of the old chord's own (a strummer's single-note
# run into the change is no arrival).
ARRIVAL_BEFORE, ARRIVAL_AFTER = 1.0, 1.5


LAST_TOGETHER_BEATS = 0.25  # notes struck within a quarter beat of a part's last onset are its last stroke
RINGING_END_S = 0.05  # a note lasting to within this of the window's end still sounds as it ends


def last_notes(sl: WindowSlice, presence: list[Presence], key: str | None,
               voices: dict[str, list[tuple[float, float, int]]] | None = None) -> None:
    """Each pitched part's last stroke in the window and the notes still sounding as the window ends
    (Presence.last_notes, last_at_s, ringing_at_end): "what are the last notes he plays, and which one's still
    ringing when the clip runs out?" (round 36's ak07, dev). A voice's is its last sung note (``voices``:
    :func:`sung_spans`), one at a time: a singer's last notes read "A and A sharp, struck together" from two
    transcribed notes over one sung one (the twenty-first session's sweep on Country1, dev)."""
    period, w, names = sl.grid.period_s or 0.5, sl.window, key_names(key)
    # a note struck a hair before the window's end is the next bar's, early (a window ending on a bar line read the
    # next line's first note, 2 ms inside it, as the singer's last: round 76's by09, dev)
    edge = w.end_s - min(ON_BEAT_EARLY * period, ON_BEAT_EARLY_MAX_S)
    for p in presence:
        s = sl.stems.get(p.stem)
        if s is None or s.is_drums or p.stem == MIX_STEM or not len(s.notes) or not p.sounding_share:
            continue
        sung = [x for x in (voices or {}).get(p.stem, []) if w.start_s <= x[0] < w.end_s]
        sung = [x for x in sung if x[0] < edge] or sung
        if sung:
            a, z, pitch = sung[-1]
            p.last_notes = [_note_name(int(pitch), names)]
            p.last_at_s = w.round_time(a)
            p.last_bar, p.last_beat, p.last_place = _placed_in_beat(sl, a, *bar_beat(sl, a))
            p.ringing_at_end = p.last_notes if z >= w.end_s - RINGING_END_S else []
            continue
        n = s.notes
        last = float(n.time_s[n.time_s < edge].max() if np.any(n.time_s < edge) else n.time_s.max())
        stroke = (n.time_s >= last - LAST_TOGETHER_BEATS * period) & (n.time_s <= last)
        p.last_notes = [_note_name(int(x), names) for x in sorted(set(n.pitch[stroke].astype(int)))]
        p.last_at_s = w.round_time(float(n.time_s[stroke].min()))
        first = float(n.time_s[stroke].min())
        p.last_bar, p.last_beat, p.last_place = _placed_in_beat(sl, first, *bar_beat(sl, first))
        ringing = (n.time_s + n.duration_s >= w.end_s - RINGING_END_S) & ((n.time_s < edge) | (n.time_s >= last))
        p.ringing_at_end = [_note_name(int(x), names) for x in sorted(set(n.pitch[ringing].astype(int)))]


def change_arrivals(sl: WindowSlice, chart: ChordGrid | None, presence: list[Presence],
                    strokes: dict[str, Strokes]) -> None:
    """Each chord part's arrivals at the chart's changes (Presence.change_arrivals)."""
    period = sl.grid.period_s
    if chart is None or len(chart.bars) < 2 or not period:
        return
    for p in presence:
        if p.stem not in strokes or p.stem == MIX_STEM or not p.playing or "chords" not in p.playing:
            continue
        n, onsets, out = sl.stems[p.stem].notes, strokes[p.stem][0], []
        for before, row in zip(chart.bars, chart.bars[1:]):
            if not before.chords or not row.chords or row.start_s is None or before.chords[-1] == row.chords[0]:
                continue
            old, new = _symbol_tones(before.chords[-1]), _symbol_tones(row.chords[0])
            if not new - old:
                continue
            near = onsets[(onsets >= row.start_s - ARRIVAL_BEFORE * period)
                          & (onsets < row.start_s + ARRIVAL_AFTER * period)]
            for t in near:
                pcs = {int(round(x)) % 12 for x in n.pitch[np.abs(n.time_s - t) < TOGETHER_S]}
                if pcs & (new - old) and len(pcs & new) >= 2 and not pcs & (old - new):  # a chord, not a run's note
                    out.append(ChangeArrival(bar=row.bar, chord=row.chords[0],
                                             beats=round((t - row.start_s) / period, 2)))
                    break
        p.change_arrivals = out


MAX_VOICINGS = 8  # a window's chords voiced one by one, up to this many


def chord_voicings(sl: WindowSlice, chart: ChordGrid | None, presence: list[Presence], strokes: dict[str, Strokes],
                   key: str | None) -> None:
    """Each chord part's voicing of each of the chart's chords (the notes in most of its strokes on it), bottom to
    top, with the chord tone at the bottom (Presence.chord_voicings): "what inversions is the keyboard using?" got the
    chart (the seventeenth session's sweep on ft_drive_e24, dev; round 38's am04 gave one inversion of three). A
    stroke's notes are those at least TOP_LOUD as loud as its loudest (an overtone is not a voice)."""
    period = sl.grid.period_s
    if chart is None or not period:
        return
    flats = key_names(key)
    spans = [(bar, float(t), float(z), chord) for bar, t, z, chord in chart_spans(chart) if z]
    gap = articulation_gap_s(period, STROKE_GRID)
    for p in presence:
        if p.stem not in strokes or p.stem == MIX_STEM or not p.playing or "chords" not in p.playing or \
                "one note at a time" in p.playing:
            continue
        n, onsets, out = sl.stems[p.stem].notes, strokes[p.stem][0], []
        for bar, a, z, chord in spans:
            shapes = []  # the pitches of each stroke on the chord, its loud notes
            for t in onsets[(onsets >= a - TOGETHER_S) & (onsets < z - TOGETHER_S)]:
                hit = (n.time_s >= t - 1e-3) & (n.time_s < t + gap)
                if hit.sum() >= 2:
                    loud = hit & (n.velocity >= TOP_LOUD * n.velocity[hit].max())
                    shapes.append({int(round(x)) for x in n.pitch[loud]})
            shapes = [x for x in shapes if len(x) >= 2]
            if not shapes:
                continue
            # the shape the hand holds: the one it strikes most on the chord (a soft octave ghost the transcription
            # put under one stroke is no voice: ft_ballad_eb54's chorus keys, F-B flat-D flat-F struck three times,
            # read "D flat at the bottom, first inversion" from a D flat 3 under the first: round 60's bi08, dev); a
            # chord struck once, or no shape struck twice, its first stroke
            shape, times = Counter(frozenset(x) for x in shapes).most_common(1)[0]
            pitches = sorted(shape if times >= 2 else shapes[0])
            out.append(ChordVoicing(bar=bar, chord=chord, notes=[_note_name(x, flats) for x in pitches],
                                    bottom=chord_degree(chord, pitches[0])))
            if len(out) >= MAX_VOICINGS:
                break
        p.chord_voicings = out


APPROACH_BEFORE_BEATS = 1.5  # the note before a change: struck within this many beats before the arriving one
ARRIVING_BEATS = (-0.25, 0.5)  # the arriving note: struck from a quarter beat before the change to half a beat after


def chart_spans(chart: ChordGrid | None) -> list[tuple[int, float, float | None, str]]:
    """(bar, start s, end s, chord) of each chord the chart holds, in order: a bar's, or each half of a bar that
    holds two chords (where the bar's end is known)."""
    out = []
    for row in chart.bars if chart is not None else []:
        if row.start_s is None or not row.chords:
            continue
        if len(row.chords) == 2 and row.end_s:
            mid = (row.start_s + row.end_s) / 2
            out += [(row.bar, row.start_s, mid, row.chords[0]), (row.bar, mid, row.end_s, row.chords[1])]
        else:
            out.append((row.bar, row.start_s, row.end_s, row.chords[0]))
    return out


def chart_changes(chart: ChordGrid | None) -> list[tuple[int, float, str]]:
    """(bar, time s, new chord) at each change of the chart's chords: at a bar line, or at a bar's half where the
    bar holds two chords."""
    spans = chart_spans(chart)
    return [(bar, float(t), chord) for (bar, t, _, chord), before in zip(spans, [None] + spans)
            if before is not None and chord != before[3]]


def change_approaches(sl: WindowSlice, chart: ChordGrid | None, presence: list[Presence], key: str | None) -> None:
    """Each line's way into the chart's changes (Presence.change_approaches): the note it strikes as each new chord
    arrives (the bass's lowest, a melody's highest) and the one it struck last before it ("any walk-ups into the
    next chord?" over MusicDelta Beatles' bass got its intervals in general: the sixteenth session's sweep, dev)."""
    period, changes, names = sl.grid.period_s, chart_changes(chart), key_names(key)
    if not period or not changes:
        return
    for p in presence:
        s = sl.stems.get(p.stem)
        if s is None or s.is_drums or p.stem == MIX_STEM or not len(s.notes) or \
                (p.stem != "bass" and (not p.playing or "chords" in p.playing)):
            continue
        n, pick, out = s.notes, (min if p.stem == "bass" else max), []
        for bar, t, chord in changes:
            at = (n.time_s >= t + ARRIVING_BEATS[0] * period) & (n.time_s < t + ARRIVING_BEATS[1] * period)
            if not at.any():
                continue
            first = float(n.time_s[at].min())
            note = int(pick(n.pitch[at & (n.time_s < first + TOGETHER_S)]))
            before = (n.time_s < first - TOGETHER_S) & (n.time_s >= first - APPROACH_BEFORE_BEATS * period)
            if not before.any():
                out.append(ChangeApproach(bar=bar, chord=chord, note=_note_name(note, names)))
                continue
            last = float(n.time_s[before].max())
            prior = int(pick(n.pitch[before & (n.time_s > last - TOGETHER_S)]))
            out.append(ChangeApproach(bar=bar, chord=chord, note=_note_name(note, names),
                                      before=_note_name(prior, names), step=note - prior))
        p.change_approaches = out


def parse_symbol(symbol: str) -> tuple[int, str] | None:
    """The inverse of chart_symbol, bass aside: 'Am7/G' -> (9, 'min7'); None for an unknown symbol."""
    main = symbol.split("/")[0]
    root = main[:2] if len(main) > 1 and main[1] in "#b" else main[:1]
    quality = next((q for q, suffix in QUALITY_SUFFIX.items() if main[len(root):] == suffix), None)
    if root not in PITCH_CLASS or quality is None:
        return None
    return PITCH_CLASS[root], quality


def _symbol_tones(symbol: str) -> set[int]:
    parsed = parse_symbol(symbol)
    if parsed is None:
        return set()
    root, quality = parsed
    return chord_tones_of(root, quality) if quality in CHART_QUALITIES or quality == ROOT_ONLY else \
        {(root + i) % 12 for i in (0, 4, 7)}


SHIFT_GAIN = 0.15  # how much better bar lines a beat or two away must fit the chords before the chart moves


def _chart_rows(parts: list[StemSlice], bars: list[tuple[int, float, float]], bass: StemSlice | None,
                flats: bool, w, qualities: tuple[str, ...] | None = None, scale: dict[int, set[int]] | None = None,
                leads: dict[int, float] | None = None) -> tuple[list[BarChord], float]:
    """A chart row per bar, and how well the bars fit one chord each (mean fit over the bars); ``qualities``
    limits the chords tried (default: every chart quality); ``scale``: the key's, for a chord whose third is
    not played (:func:`_best_chord`); ``leads``: bar -> where a single line's approach to the next bar starts
    (:func:`_approaches`), its chord read from the notes before."""
    rows: list[BarChord] = []
    fits = []
    for bar, a, z in bars:
        end = (leads or {}).get(bar, z)
        whole = _best_chord(parts, a, end, qualities, scale)
        if whole is None:
            continue
        mid = (a + z) / 2
        first = _best_chord(parts, a, min(mid, end), qualities, scale)
        second = _best_chord(parts, mid, end, qualities, scale) if end > mid else None
        labels = [whole]
        fits.append(whole[1])
        if first and second and first[0] != second[0] and min(first[1], second[1]) >= SPLIT_SCORE \
                and (whole[1] < SPLIT_SCORE or _absorbs(whole[0], first[0], second[0])):
            labels = [first, second]
        chords = []
        for (root, quality), _ in labels:
            label = f"{NOTE_NAMES[root]}:{quality}"
            under = _bass_under(bass, a, z) if bass is not None else None
            if under is not None and under != root and under in chord_tones_of(root, quality) and len(labels) == 1:
                label = chord_label(root, quality, under)
            chords.append(chart_symbol(label, flats))
        rows.append(BarChord(bar=bar, chords=[c for c in chords if c], start_s=w.round_time(a), end_s=w.round_time(z)))
    return [r for r in rows if r.chords], float(np.mean(fits)) if fits else 0.0


# semitones: a line's last note in a bar a half step from the next bar's first note leads into it (a chromatic
# approach); a whole step may be a chord's own tone (a riff's flat seven under C sharp minor seven, rising to its root)
APPROACH_STEP = 1


def _approaches(line: StemSlice, bars: list[tuple[int, float, float]]) -> dict[int, float]:
    """Per bar: where a single line's approach to the next bar starts -- its last note in the bar, not its only one,
    a half step (APPROACH_STEP) from the note it plays on the next bar line. A
    walking bass's C E G B into C is a bar of C, its B the lead-in, not "C, then G" (round 114's dk10, dev: a walk
    over C, C2 E2 G2 B1, charted C and G in one bar from the bass alone)."""
    t, pitch = line.notes.time_s, line.notes.pitch
    out = {}
    for bar, a, z in bars:
        here = np.flatnonzero((t >= a - WINDOW_EARLY_S) & (t < z - WINDOW_EARLY_S))
        next_one = np.flatnonzero(np.abs(t - z) <= WINDOW_EARLY_S)
        if len(here) >= 2 and len(next_one):
            p, q = int(pitch[here[-1]]), int(pitch[next_one[0]])
            if 0 < abs(p - q) <= APPROACH_STEP and p % 12 != q % 12:
                out[bar] = float(t[here[-1]])
    return out


def _absorbs(whole: tuple[int, str], first: tuple[int, str], second: tuple[int, str]) -> bool:
    """Whether a seventh chord read over a bar is two triads in turn, one a half-bar: each half spells its own
    triad, on another root, and the seventh (with its ninth) holds the notes of both (C sharp minor then A is A
    major seven, E then B is E major seven with its ninth). A 2/4 song's chords, one a 2/4 bar, were charted a
    4/4 bar each as A major seven and E major seven (round 17's j06, dev). A seventh chord sounding through the
    bar reads as itself in both halves, and is not split."""
    if whole[1] not in ("7", "min7", "maj7") or first[1] not in TRIADS or second[1] not in TRIADS or \
            first[0] == second[0]:
        return False
    return chord_tones_of(*first) | chord_tones_of(*second) <= chord_tones_of(*whole) | {(whole[0] + 2) % 12}


# Chord templates for a chart (intervals above the root) and what a richer chord must earn over a triad.
CHART_QUALITIES = {"maj": (0, 4, 7), "min": (0, 3, 7), "7": (0, 4, 7, 10), "min7": (0, 3, 7, 10),
                   "maj7": (0, 4, 7, 11), "dim": (0, 3, 6), "maj6": (0, 4, 7, 9)}
CHART_QUALITY_COST = {"maj": 0.0, "min": 0.0, "7": 0.12, "min7": 0.12, "maj7": 0.12, "dim": 0.2, "maj6": 0.12}
# A sixth chord voiced without its fifth (a bossa comp's A flat 6 as A flat, C and F over the thumb's A flat: charted F
# minor, round 83's cf11 and rounds 79-80's cb02 and cc03 on GuitarSet, dev) spells the minor triad a third below; it
# is read as the sixth chord (_reads_sixth) only where its root is a bass voice (the bass part's note, or a lowest
# note BASS_VOICE_GAP or more under the voicing: at the bottom of a close voicing the same notes are that minor chord in
# first inversion, ft_ballad_csm76's piano pads charted E6 without it), its sixth is voiced by a chord part (a walking
# bass's approach note on four is none) and its fifth does not sound (with the fifth, a sixth over a triad in these
# songs is a passing note: the frames songs' A and B halves read as one A6 bar, their D as D6). Its missing fifth costs
# SIXTH_FIFTH_MISSING_COST, not MISSING_COST.
SIXTH_FIFTH_MISSING_COST = 0.1
BASS_VOICE_GAP = 7  # semitones: a lowest note this far under the next is a bass voice of its own
OUTSIDE_COST = 1.0  # weight outside the chord counts against it as much as weight inside counts for it
MISSING_COST = 0.3  # a chord tone that does not sound at all
ROOT_IN_BASS = 0.25  # the lowest note sounding as the bar begins on the root
BASS_AT_START = 0.15  # ... "as it begins": sounding within this share of the span from its start
TRIADS = ("maj", "min")
# Chords are read from the register an accompaniment voices them in: notes above C6 are melody tips or,
# more often, overtones a transcriber takes for notes (a guitar's A3 heard again as a faint B6), and one
# of those is enough to turn D into Bm7.
CHART_REGISTER_TOP = 84
# ... and from the notes a part plays out: one under half as loud as the part's loudest in the bar is an
# overtone or a missing fundamental the transcriber heard (a faint G2 under a B minor chord whose B and D
# are its harmonics), which would name the bass and turn Bm into Gmaj7/B.
FAINT_SHARE = 0.5
SPLIT_SCORE = 0.6  # a half-bar must fit its chord this well (and the whole bar fit one chord worse) to split


# A bar where one pitch class sounds (a bass pumping its root, a held unison) spells no chord; it is charted as
# its root alone, "5" (root and fifth: the chart symbol for a chord without its third), and said as the root.
# It fits no better than a bar that spells a chord only partly, so it never moves bar lines or splits a bar.
ROOT_ONLY, ROOT_ONLY_FIT = "5", 0.5
# A bar whose notes hold no third above the root they spell (a bass line's root, fifth and flat seven) says nothing
# of major or minor: the chart takes the key's third there (:func:`_best_chord`), its fit kept.
THIRD_QUALITIES = ("maj", "min", "7", "min7", "maj7", "dim", "maj6")
COMPED_THIRD = 0.04  # of the chord parts' sounding: a third they voice (the other under THIRD_STRAY: not voiced)


DEGREE_NAMES = ("root", "third", "fifth", "seventh")  # a chart quality's tones in CHART_QUALITIES' order


def chord_degree(symbol: str, pitch: int) -> str | None:
    """A chord tone's place in the chart's chord ``symbol``: 'root', 'third', 'fifth' or 'seventh' (a power
    chord's two tones: root and fifth); None for a note outside it or an unknown symbol."""
    parsed = parse_symbol(symbol)
    if parsed is None:
        return None
    root, quality = parsed
    steps = (0, 7) if quality == ROOT_ONLY else CHART_QUALITIES.get(quality, (0, 4, 7))
    names = ("root", "fifth") if quality == ROOT_ONLY else ("root", "third", "fifth", "sixth") if quality == "maj6" \
        else DEGREE_NAMES
    up = (pitch - root) % 12
    return names[steps.index(up)] if up in steps else None


def chord_tones_of(root: int, quality: str) -> set[int]:
    return {(root + i) % 12 for i in (CHART_QUALITIES[quality] if quality != ROOT_ONLY else (0, 7))}


def _best_chord(parts: list[StemSlice], a: float, z: float, qualities: tuple[str, ...] | None = None,
                scale: dict[int, set[int]] | None = None) -> tuple[tuple[int, str], float] | None:
    """The chord the notes sounding in [a, z) spell best, and how well (1 = only its tones, all sounding).
    A singer over a band sings a melody over its chords: her notes count, but a seventh is charted only where
    another part sounds it (D sharp leaned on over E major is a melody note, not E major seven). Where no third
    sounds over the root, the third is the key's (``scale``), as a player reading the part takes it; with no key,
    or neither third in it, the chord is charted as its root and fifth."""
    hist = np.zeros(12)
    played = np.zeros(12)  # what the parts other than a voice sound
    comping = np.zeros(12)  # ... and other than the bass: the parts that voice the chords
    low: tuple[float, int] | None = None
    starting: list[tuple[int, str]] = []  # (pitch, stem) of the notes sounding as the span begins
    for s in parts:
        n = s.notes
        end = n.time_s + n.duration_s
        m = (n.time_s < z) & (end > a) & (n.pitch <= CHART_REGISTER_TOP)
        if not m.any():
            continue
        m &= n.velocity >= FAINT_SHARE * n.velocity[m].max()
        overlap = np.minimum(end[m], z) - np.maximum(n.time_s[m], a)
        np.add.at(hist, n.pitch[m] % 12, overlap)
        if s.stem != "vocals":
            np.add.at(played, n.pitch[m] % 12, overlap)
        if s.stem not in ("vocals", "bass") and _sounds_together(n.time_s[m], end[m], n.pitch[m]):
            # (a part voicing chords: two pitch classes at once; a guitar's blue G over E in a solo line is no third
            # it voices)
            np.add.at(comping, n.pitch[m] % 12, overlap)
        # the bass of the chord is the lowest note sounding as the bar (or half-bar) begins, not a passing
        # note further on (a walking bass's approach note on four: D F# A B is D, not Bm7)
        first = m & (n.time_s < a + BASS_AT_START * (z - a))
        starting += [(int(x), s.stem) for x in n.pitch[first]]
        if first.any():
            i = int(np.argmin(n.pitch[first]))
            if low is None or n.pitch[first][i] < low[0]:
                low = (float(n.pitch[first][i]), int(n.pitch[first][i] % 12))
    total = hist.sum()
    if total <= 0:
        return None
    if np.count_nonzero(hist) == 1:
        return (int(np.argmax(hist)), ROOT_ONLY), ROOT_ONLY_FIT
    w = hist / total
    band = played / played.sum() if played.sum() > 0 else None
    # a bass voice: the bass part's note, or a lowest note standing a fifth or more under the voicing above it (a
    # guitarist's thumb on A flat 2 under A flat 3, C4, F4), not the bottom of a close voicing (a piano's C sharp
    # minor voiced E3, G sharp 3, C sharp 4)
    above = sorted({x for x, _ in starting if low is not None and x > low[0]})
    bass_voice = low is not None and (any(st == "bass" and x == low[0] for x, st in starting) or
                                      (bool(above) and above[0] - low[0] >= BASS_VOICE_GAP))
    best, best_score = None, -9.0
    scored: dict[tuple[int, str], float] = {}
    for root in range(12):
        for quality, steps in CHART_QUALITIES.items():
            if qualities is not None and quality not in qualities:
                continue
            tones = [(root + i) % 12 for i in steps]
            if len(steps) == 4 and band is not None and band[tones[3]] < 0.04:
                continue  # the seventh is only sung
            if quality == "maj6" and not _reads_sixth(bass_voice and low[1] == root, comping[tones[3]] > 0,
                                                      w[tones[2]] < 0.04):
                continue
            inside = float(w[tones].sum())
            missing = sum(1 for t in tones if w[t] < 0.04)
            score = inside - OUTSIDE_COST * (1 - inside) - MISSING_COST * missing - CHART_QUALITY_COST[quality]
            if quality == "maj6":  # (read only with its fifth left out: _reads_sixth)
                score += MISSING_COST - SIXTH_FIFTH_MISSING_COST
            if low is not None and low[1] == root:
                score += ROOT_IN_BASS
            scored[(root, quality)] = score
            if score > best_score:
                best, best_score = (root, quality), score
    if best is not None and best[1] in THIRD_QUALITIES and max(w[(best[0] + 3) % 12], w[(best[0] + 4) % 12]) < 0.04:
        # no third sounds: major and minor tie, and the tie-break wrote C sharp seven for a bass riff in C sharp
        # minor, whose major third then made the window's home F sharp minor (round 41's ap12, dev)
        root = best[0]
        keyed = [(v, q) for (r, q), v in scored.items() if r == root and scale is not None and q in THIRD_QUALITIES
                 and all((root + i) % 12 in scale[root] for i in CHART_QUALITIES[q][1:3])]
        best = (root, max(keyed)[1]) if keyed else (root, ROOT_ONLY)
    elif best is not None and best[1] in THIRD_QUALITIES and comping.sum() > 0:
        # the chord's third is the one the parts voicing the chords sound, where they sound one and not the other: a
        # walking bass's G sharp on its way through a bar of the guitar's E minor charted it E major (round 61's
        # bj08, dev); the bass's and the voice's third decide only where the chord parts sound neither
        c = comping / comping.sum()
        minor, major = c[(best[0] + 3) % 12], c[(best[0] + 4) % 12]
        voiced = 3 if minor >= COMPED_THIRD and major < THIRD_STRAY else 4 if major >= COMPED_THIRD and \
            minor < THIRD_STRAY else None
        same = [(v, q) for (r, q), v in scored.items() if r == best[0] and q in THIRD_QUALITIES and
                CHART_QUALITIES[q][1] == voiced]
        if voiced is not None and CHART_QUALITIES[best[1]][1] != voiced and same:
            best_score, quality = max(same)
            best = (best[0], quality)
    return best, best_score


def _reads_sixth(root_in_bass_voice: bool, sixth_voiced: bool, no_fifth: bool) -> bool:
    """Whether a sixth chord's notes are read as it (SIXTH_FIFTH_MISSING_COST's rule; eval.chart's switch)."""
    return root_in_bass_voice and sixth_voiced and no_fifth


def _sounds_together(start: np.ndarray, end: np.ndarray, pitch: np.ndarray) -> bool:
    """Whether two notes of different pitch classes sound at once (a part voicing chords, not a single line)."""
    order = np.argsort(start, kind="stable")
    start, end, pc = start[order], end[order], pitch[order] % 12
    return any(bool(np.any((start[k + 1:] < end[k]) & (pc[k + 1:] != pc[k]))) for k in range(len(start)))


MAJOR_STEPS, MINOR_STEPS = (0, 2, 4, 5, 7, 9, 11), (0, 2, 3, 5, 7, 8, 10)  # a key's scale: semitones over its tonic


def scale_of(key: str | None) -> dict[int, set[int]] | None:
    """A key's chords' thirds and fifths by root: for each pitch class, the scale's tones (a minor key's natural
    scale, and on its fifth degree the raised seventh: the major dominant); None for no key."""
    tonic, _, mode = (key or "").partition(" ")
    if tonic not in PITCH_CLASS or mode not in ("major", "minor"):
        return None
    t = PITCH_CLASS[tonic]
    scale = {(t + i) % 12 for i in (MAJOR_STEPS if mode == "major" else MINOR_STEPS)}
    out = {r: scale for r in range(12)}
    if mode == "minor":
        out[(t + 7) % 12] = scale | {(t + 11) % 12}
    return out


WINDOW_TONE_SHARE = 0.03  # of the window's sounding (pitched notes by duration): a pitch class the window sounds


def _with_window_thirds(scale: dict[int, set[int]] | None, parts: list[StemSlice], w) -> dict[int, set[int]] | None:
    """The key's scale (``scale_of``) with, for each root, the third the window's own notes sound where they sound one
    and not the other: a bar whose third no part plays takes the mode the line shows elsewhere, before the key's (a
    bass riff in E flat minor -- root, octave, fifth, flat seventh; its G flat and C flat sounding in other bars -- was
    charted E flat seven, D flat seven, A flat seven from a window key read as A flat major: round 81's cd02, dev)."""
    if scale is None:
        return None
    hist = sum((_pc_seconds(s, w.start_s, w.end_s) for s in parts), np.zeros(12))
    if hist.sum() <= 0:
        return scale
    sounding = {pc for pc in range(12) if hist[pc] >= WINDOW_TONE_SHARE * hist.sum()}
    out = {}
    for root, tones in scale.items():
        minor, major = (root + 3) % 12, (root + 4) % 12
        if (minor in sounding) != (major in sounding):
            heard, other = (minor, major) if minor in sounding else (major, minor)
            tones = (set(tones) - {other}) | {heard}
        out[root] = set(tones)
    return out


def _pc_seconds(s: StemSlice, a: float, z: float) -> np.ndarray:
    """(12,) how long each pitch class of the stem's notes sounds inside [a, z), in seconds."""
    n = s.notes
    end = n.time_s + n.duration_s
    m = (n.time_s < z) & (end > a)
    hist = np.zeros(12)
    np.add.at(hist, n.pitch[m] % 12, np.minimum(end[m], z) - np.maximum(n.time_s[m], a))
    return hist


def _bass_under(bass: StemSlice, a: float, z: float) -> int | None:
    """The pitch class the bass holds for most of [a, z), if it holds one for clearly more than half of it."""
    hist = _pc_seconds(bass, a, z)
    if not hist.any():
        return None
    pc = int(np.argmax(hist))
    return pc if hist[pc] >= 0.6 * (z - a) else None  # held under the chord, not a root-fifth alternation


def _with_lead_beat(sl: WindowSlice) -> WindowSlice:
    """The slice with the beat before its first one on its grid, where that beat lies no more than WINDOW_EARLY_S
    before the window's start (the strokes on it and after it, up to the first beat inside, are placed from it)."""
    g = sl.grid
    back = _beats_back(g, sl.window.start_s - WINDOW_EARLY_S)[-1:] if len(g.beats_s) >= 2 else []
    if not back:
        return sl
    (t, k), = back
    lead = Grid(np.r_[t, g.beats_s], np.r_[k, g.beat_in_bar],
                np.r_[g.bar_index[0] - (g.beat_in_bar[0] == 1), g.bar_index], np.r_[g.beat_index[0] - 1, g.beat_index])
    return dataclasses.replace(sl, grid=lead)


def _beats_back(g: Grid, earliest_s: float) -> list[tuple[float, int]]:
    """(time, beat in bar) of the beats before the grid's first, a period apart, back to ``earliest_s`` (a bar's worth
    at most), in time order: beats the window's start reaches that the grid lacks (a downbeat a hair before the
    window, or one the tracking lost)."""
    period, per_bar = g.period_s or 0.5, int(g.beat_in_bar.max())
    first, place = float(g.beats_s[0]), int(g.beat_in_bar[0])
    lead = min(int(np.floor((first - earliest_s) / period + 1e-9)), per_bar)
    return [(first - j * period, (place - 1 - j) % per_bar + 1) for j in range(lead, 0, -1)]


def _whole_bar(sl: WindowSlice, bar: int, per_bar: int) -> bool:
    """The bar lies wholly inside the window, give or take WINDOW_EARLY_S at either edge (a window asked from bar
    times rounded to the hundredth, 18.95 to 22.1 s for bars from 18.947 to 22.105 s, lost both bars' rhythm:
    "which eighths does the singer hit?" had none to give; a sweep on ft_drive_ab152, dev)."""
    g = sl.grid
    m = g.bar_index == bar
    if not m.any():
        return False
    period = g.period_s or 0.5
    first_pos = int(g.beat_in_bar[m][0])
    a = float(g.beats_s[m][0]) - (first_pos - 1) * period
    z = a + per_bar * period
    return int(m.sum()) == per_bar and a >= sl.window.start_s - WINDOW_EARLY_S and z <= sl.window.end_s + WINDOW_EARLY_S


def _bar_span(sl: WindowSlice, bar: int) -> tuple[float, float, float] | None:
    """(start, end) of the bar's part inside the window, and the bar's full length."""
    g = sl.grid
    m = g.bar_index == bar
    if not m.any():
        return None
    beats = g.beats_s[m]
    per_bar = int(g.beat_in_bar.max())
    first_pos = int(g.beat_in_bar[m][0])
    a = beats[0] - (first_pos - 1) * (g.period_s or 0.5)
    z = a + per_bar * (g.period_s or 0.5)
    return max(a, sl.window.start_s), min(z, sl.window.end_s), z - a


def harmonic_rhythm_words(bars_each: list[float], n_bars: int) -> str:
    """The pace of the changes as a musician says it, from how many bars each chord lasts (the first and
    last chords may be cut by the window's edges; a chord held over twice as long now and then, where the
    progression comes round to the same chord, does not make the pace irregular)."""
    if len(bars_each) <= 1:
        return "one chord throughout"
    # the window's edges may cut the first and last chords short: judge the pace on the whole ones, or, with
    # no chord wholly inside, on the longer of the two
    inner = bars_each[1:-1] if len(bars_each) > 2 else [max(bars_each)]
    typical = float(np.median(inner))
    regular = np.mean([abs(x - typical) <= 0.25 * typical + 0.01 or abs(x - 2 * typical) <= 0.01 for x in inner])
    if regular < 0.6:
        return "chords change irregularly"
    # a pace most of the chords keep, one or more held longer: "mostly" (E flat major seven held three bars among
    # one-bar chords read "a new chord every bar": the twenty-fourth session's sweep on GuitarSet, dev)
    mostly = "mostly " if regular < 1.0 else ""
    if typical <= 0.3:
        return mostly + "several chords a bar"
    if typical <= 0.6:
        return mostly + "two chords a bar"
    if typical <= 1.3:
        return mostly + "a new chord every bar"
    if typical <= 2.5:
        return mostly + "a new chord every two bars"
    if typical <= 5.0:
        return mostly + "a new chord every four bars"
    return "chords change slowly"


# -- relations between parts at the note level ---------------------------------------------------------------
GHOST_SHARE = 0.6  # of the part's median velocity


def _shared_pitches(a: StemSlice, b: StemSlice, grid) -> tuple[dict[int, list[int]], list[int], str]:
    """By the track's bar (``grid``): the pitches either part strikes while the other sounds the very same pitch, the
    bars where both play and the lower part's highest note stays under the other's lowest, and the lower part."""
    shared: dict[int, set[int]] = {}
    bars: dict[int, dict[str, list[int]]] = {}

    def bar_of(t: float) -> int | None:
        k = int(np.searchsorted(grid.beats_s, t + 1e-6, side="right")) - 1
        return int(grid.bar_index[k]) + 1 if 0 <= k < len(grid.beats_s) else None
    # (a note far quieter than the part's others is a transcription's ghost -- a piano's Eb4 read with a soft Eb3 under
    # it, which "shared" the bass's Eb3 on ft_ballad_eb54, whose keys never go below F3 -- and counts for neither)
    heard = {s.stem: s.notes.velocity >= GHOST_SHARE * float(np.median(s.notes.velocity)) for s in (a, b)}
    for x, y in ((a, b), (b, a)):
        hx, hy = heard[x.stem], heard[y.stem]
        end_y = y.notes.time_s + y.notes.duration_s
        for t, pitch in zip(x.notes.time_s[hx], x.notes.pitch[hx]):
            bar = bar_of(float(t))
            if bar is None:
                continue
            bars.setdefault(bar, {}).setdefault(x.stem, []).append(int(pitch))
            if np.any(hy & (y.notes.pitch == pitch) & (y.notes.time_s <= t + TOGETHER_S) & (end_y > t)):
                shared.setdefault(bar, set()).add(int(pitch))
    low, high = sorted((a, b), key=lambda s: float(np.median(s.notes.pitch)))
    under = [bar for bar, parts in sorted(bars.items()) if low.stem in parts and high.stem in parts and
             bar not in shared and max(parts[low.stem]) < min(parts[high.stem])]
    return {bar: sorted(v) for bar, v in sorted(shared.items())}, under, low.stem


def relation_of(a: StemSlice, b: StemSlice, tol_s: float = 0.05, grid=None) -> PairRelation:
    import mir_eval

    ta, tb = _relation_onsets(a), _relation_onsets(b)
    if not a.is_drums and not b.is_drums and len(a.notes) and len(b.notes):
        ta, tb = _relation_onsets(a, _echoes(a, b, tol_s)), _relation_onsets(b, _echoes(b, a, tol_s))
    matching = mir_eval.util.match_events(ta, tb, tol_s) if len(ta) and len(tb) else []
    together = len(matching) / max(1, min(len(ta), len(tb)))
    out = PairRelation(pair=[a.stem, b.stem], notes=[int(len(ta)), int(len(tb))], together_share=round(together, 3),
                       alternation=0.0, mean_run=0.0)
    if matching:
        out.together_ms = round(float(np.median([abs(ta[i] - tb[j]) for i, j in matching])) * 1000, 1)
    if matching and not a.is_drums and not b.is_drums:
        diffs = []
        for i, j in matching:
            # each part's strongest note at the onset: a transcribed line's other notes there are its overtones
            pa, pb = _main_note(a, ta[i]), _main_note(b, tb[j])
            diffs.append(pb - pa if pa is not None and pb is not None else 999)
        d = int(np.median(diffs))
        same = np.mean([x == d for x in diffs])
        if d == 999:
            same = 0.0
        if same >= 0.6:
            out.interval_semitones = d
            out.interval = "unison" if d == 0 else "octave" if d % 12 == 0 else "other"
    if grid is not None and len(grid.beats_s) and not a.is_drums and not b.is_drums and len(a.notes) and len(b.notes):
        out.shared_by_bar, out.under_bars, out.lower_part = _shared_pitches(a, b, grid)
    merged = sorted([(t, 0) for t in ta] + [(t, 1) for t in tb])
    labels = []
    for t, who in merged:
        if labels and abs(t - labels[-1][0]) <= TOGETHER_S and labels[-1][1] != who:
            labels[-1] = (labels[-1][0], 2)  # together
        else:
            labels.append((t, who))
    seq = [who for _, who in labels if who != 2]
    if len(seq) >= 2:
        switches = sum(1 for x, y in zip(seq, seq[1:]) if x != y)
        out.alternation = round(switches / (len(seq) - 1), 3)
        out.mean_run = round(len(seq) / (switches + 1), 2)
    return out


# A note of one part sounding the very pitch another part starts at the same moment, where its track is measured to
# hold another stem's sound (Frames.spill) and the pitch lies nearer the other part's usual register (its median
# note) than its own, is the other's sound in its track, not a note it plays with it: a degraded copy's keys track read
# the bass's low notes on the beats, and the keys, which play only between them, were said to land with most of the
# bass's notes (round 58's bg12, dev). Two parts doubling in unison in clean tracks keep every note.


def _echoes(a: StemSlice, b: StemSlice, tol_s: float) -> np.ndarray:
    """Per note of ``a``: the other part's sound in its track (see above)."""
    f = a.frames
    if len(f.spill) != len(f.time_s) or not len(f.time_s):
        return np.zeros(len(a.notes), dtype=bool)
    spilt = f.spill[np.clip(np.searchsorted(f.time_s, a.notes.time_s), 0, len(f.time_s) - 1)]
    theirs = np.abs(a.notes.pitch - np.median(b.notes.pitch)) < np.abs(a.notes.pitch - np.median(a.notes.pitch))
    same = np.array([np.any((b.notes.pitch == p) & (np.abs(b.notes.time_s - t) <= tol_s))
                     for t, p in zip(a.notes.time_s, a.notes.pitch)], dtype=bool)
    return spilt & theirs & same


def _main_note(s: StemSlice, t: float) -> int | None:
    """The pitch of the loudest note starting at t (ties: the lowest)."""
    near = np.abs(s.notes.time_s - t) <= 0.02
    if not near.any():
        return None
    pitch, vel = s.notes.pitch[near], s.notes.velocity[near]
    return int(min(zip(-vel, pitch))[1])


def _relation_onsets(s: StemSlice, drop: np.ndarray | None = None) -> np.ndarray:
    """A kit relates to the other parts through its kick and snare (hi-hats on every eighth would make any
    part look as if it played with them); a pitched part through its notes, less ``drop`` (a mask over them)."""
    if not s.is_drums:
        return s.notes.onset_times() if drop is None else distinct_onsets(s.notes.time_s[~drop])
    keys = DRUM_CLASSES["kick"] + DRUM_CLASSES["snare"]
    return distinct_onsets(s.notes.time_s[np.isin(s.notes.pitch, keys)])


def relations_of(sl: WindowSlice) -> list[PairRelation]:
    """Every pair's relation; notes start together within a quarter of a beat (at most 80 ms, the lock's
    tolerance: a slow attack transcribes a little late)."""
    period = sl.grid.period_s
    tol = min(0.08, 0.25 * period) if period else 0.08
    playing = [s for s in sl.stems.values() if len(s.notes)]
    return [relation_of(x, y, tol, sl.grid) for i, x in enumerate(playing) for y in playing[i + 1:]]


MIN_PLAYING_S = 2.0  # a part playing for less than this (here or through the song) gives no rate to compare


def against_song(sl: WindowSlice, ctx: TrackContext, stats: list[StemWindowStats]) -> AgainstSong | None:
    """Each selected part here against the same part through the whole song (ctx.stem_summaries, track-level): its
    onsets per second over the time it plays (:func:`playing_s`) and its level over the frames where it sounds
    (Frames.audible); and the sections the
    window lies in, ranked among the song's by the mix's level (ctx.section_levels_db). None where the track stored
    neither (a track loaded before they were)."""
    w = sl.window
    parts = []
    for st in stats:
        song = ctx.stem_summaries.get(st.stem)
        if st.empty or song is None or song.playing_s is None or song.onsets is None:
            continue
        frames = sl.stems[st.stem].frames
        here_s = playing_s(frames.audible(), FEATURE_HOP_S)
        onsets = len(sl.stems[st.stem].notes.onset_times())
        busier = (round((onsets / here_s) / (song.onsets / song.playing_s), 2)
                  if here_s >= MIN_PLAYING_S and song.playing_s >= MIN_PLAYING_S and song.onsets else None)
        louder = (round(st.energy_db - song.level_db, 1) if st.energy_db is not None and song.level_db is not None
                  else None)
        parts.append(PartAgainstSong(stem=st.stem, busier=busier, louder_db=louder))
    levels = ctx.section_levels_db
    sections = []
    if len(levels) == len(ctx.sections) and len(levels) > 1 and all(x is not None for x in levels):
        order = sorted(range(len(levels)), key=lambda i: -levels[i])
        for i, (a, b, label) in enumerate(ctx.sections):
            inside = max(0.0, min(b, w.end_s) - max(a, w.start_s))
            if inside > 0:
                sections.append(SectionRank(label=label, rank=order.index(i) + 1, of=len(levels),
                                            share=round(inside / w.duration_s, 3)))
    if not parts and not sections:
        return None
    return AgainstSong(parts=parts, sections=sections)
