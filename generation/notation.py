"""A part as notation a musician reads: one MusicXML staff in the window's key and the track's meter,
its bars numbered as the track counts them.

The MIDI keeps the exact times; the notation is a reading of them, written the way an engraver
would: onsets and ends on each beat's grid (sixteenths, or triplet eighths in a quarter-note beat
whose onsets are triplets), one voice (a note lasts at most until the next onset; notes struck
together are a chord), pitches spelled in the key (a note outside the key in the chord that
sounds, when that chord was read with confidence), accidentals only where the key signature and
the bar's earlier accidentals do not already say them, values split and tied where they would hide
a beat or the middle of the bar, rests written out, and no double dots.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from analysis.core.types import Grid, Note, as_notes
from analysis.core.vocabulary import CHORD_QUALITIES, DRUM_CLASSES, LETTERS, NATURAL_PC, beat_unit, parse_chord

from .directive import MAJOR, MINOR, TRUSTED_CHORD, chord_at, period_of
from .models import Directive

TICKS_PER_QUARTER = 12  # MusicXML <divisions>: a sixteenth (3) and a triplet eighth (4) are whole ticks
SIXTEENTH = 3
# ticks -> (type, dots): the values written without a tuplet; no double dots
VALUES = {3: ("16th", 0), 6: ("eighth", 0), 9: ("eighth", 1), 12: ("quarter", 0), 18: ("quarter", 1),
          24: ("half", 0), 36: ("half", 1), 48: ("whole", 0), 72: ("whole", 1)}
TRIPLET_VALUES = {4: "eighth", 8: "quarter"}  # three in the time of two, inside one quarter-note beat
LENGTHS = sorted({*VALUES, *TRIPLET_VALUES}, reverse=True)
BEAMS = {"16th": 2, "eighth": 1}
FIFTHS_OF_LETTER = {"C": 0, "G": 1, "D": 2, "A": 3, "E": 4, "B": 5, "F": -1}
SHARP_ORDER, FLAT_ORDER = (3, 0, 4, 1, 5, 2, 6), (6, 2, 5, 1, 4, 0, 3)  # F C G D A E B / B E A D G C F
# semitones above the tonic -> the scale degree a note is written on: a minor key writes its raised sixth
# and seventh as sharps (F#, G# in A minor), a major key its lowered third, sixth and seventh as flats
# (Eb, Ab, Bb in C major); both write a flat second and a sharp fourth
DEGREE_OF = (0, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6, 6)
# semitones above a chord's root -> letters above it (a diminished fifth is a fifth, an augmented fifth too)
LETTERS_ABOVE_ROOT = (0, 1, 1, 2, 2, 3, 4, 4, 4, 5, 6, 6)
ACCIDENTALS = {-2: "flat-flat", -1: "flat", 0: "natural", 1: "sharp", 2: "double-sharp"}
# GM drums on a percussion staff: (display step, octave, notehead)
DRUM_STAFF = {"kick": ("F", 4, None), "snare": ("C", 5, None), "hihat": ("G", 5, "x"), "cymbal": ("A", 5, "x")}
TOM_STAFF = {41: ("A", 4), 43: ("A", 4), 45: ("D", 5), 47: ("D", 5), 48: ("E", 5), 50: ("E", 5)}
CLEFS = {"bass": ("F", 4, 0), "treble": ("G", 2, 0), "guitar": ("G", 2, -1), "drums": ("percussion", None, 0)}


@dataclass(frozen=True)
class Meter:
    numerator: int
    denominator: int
    beats_per_bar: int  # the beats the track counts (dotted quarters in 6/8 and 12/8)
    beat_ticks: int

    @property
    def bar_ticks(self) -> int:
        return self.beats_per_bar * self.beat_ticks

    @property
    def compound(self) -> bool:
        return self.beat_ticks == 18

    @property
    def triplets(self) -> bool:
        """A beat may hold triplet eighths: the beat is a quarter note."""
        return self.beat_ticks == TICKS_PER_QUARTER


def meter_of(label: str | None, beats_per_bar: int | None) -> Meter:
    """The time signature written: the track's meter, or (when it is missing, or counts other beats than
    the track's bars have) as many quarter notes as the bars count."""
    try:
        num, den = (int(x) for x in str(label).split("/"))
    except ValueError:
        num, den = 0, 0
    if den in (2, 4, 8, 16) and 1 <= num <= 32:
        counted, beat_quarters = beat_unit(num, den)
        if beats_per_bar in (None, counted):
            return Meter(num, den, counted, round(beat_quarters * TICKS_PER_QUARTER))
    n = beats_per_bar if isinstance(beats_per_bar, int) and 1 <= beats_per_bar <= 32 else 4
    return Meter(n, 4, n, TICKS_PER_QUARTER)


@dataclass(frozen=True)
class BarGrid:
    """Where a window sits in the track's bars: the track's beats around it, the window's first beat
    among them, and that beat's bar and place in the bar."""

    beats_s: np.ndarray
    origin: int  # the index in beats_s of the window's first beat (the beat after it, or the last one)
    first_bar: int  # that beat's bar, numbered as the track's bars are (1-based)
    first_beat_in_bar: int  # its 1-based place in that bar
    meter: Meter
    tempo_bpm: float

    def from_downbeat(self, times_s: np.ndarray) -> np.ndarray:
        """Times as beats from the downbeat of the window's first bar, following the beats (a drifting
        tempo included), extended past either end by the nearest beat period."""
        times_s, beats_s = np.asarray(times_s, dtype=float), self.beats_s
        downbeat = self.origin - (self.first_beat_in_bar - 1)
        if len(beats_s) < 2:
            return (times_s - (beats_s[0] if len(beats_s) else 0.0)) / period_of(beats_s) - downbeat
        pos = np.interp(times_s, beats_s, np.arange(len(beats_s), dtype=float))
        before, after = times_s < beats_s[0], times_s > beats_s[-1]
        pos[before] = (times_s[before] - beats_s[0]) / (beats_s[1] - beats_s[0])
        pos[after] = len(beats_s) - 1 + (times_s[after] - beats_s[-1]) / (beats_s[-1] - beats_s[-2])
        return pos - downbeat


def bar_grid(around: Grid, window_beats_s: np.ndarray, start_s: float, meter: str | None,
             beats_per_bar: int | None) -> BarGrid:
    """The bars of a window from the track's beats around it (``Store.grid``). A track without
    a beat grid is written on the beats its part was placed on (``window_beats_s``), from bar 1. The
    tempo marked is the window's, as in the MIDI."""
    m = meter_of(meter, beats_per_bar)
    tempo_bpm = 60.0 / period_of(np.asarray(window_beats_s, dtype=float))
    if len(around.beats_s) < 2:
        return BarGrid(np.asarray(window_beats_s, dtype=float), 0, 1, 1, m, tempo_bpm)
    beats = around.beats_s
    i = min(int(np.searchsorted(beats, start_s)), len(beats) - 1)
    place = (int(around.beat_in_bar[i]) - 1) % m.beats_per_bar + 1
    return BarGrid(beats, i, int(around.bar_index[i]) + 1, place, m, tempo_bpm)


@dataclass(frozen=True)
class KeySignature:
    fifths: int  # sharps (> 0) or flats (< 0)
    mode: str | None  # "major" / "minor"; None: no key was read (written as C major)

    @property
    def tonic_letter(self) -> int:
        return (4 * self.fifths + (5 if self.mode == "minor" else 0)) % 7

    @property
    def tonic_pc(self) -> int:
        return (7 * self.fifths + (9 if self.mode == "minor" else 0)) % 12

    @property
    def scale(self) -> set[int]:
        return {(self.tonic_pc + i) % 12 for i in (MINOR if self.mode == "minor" else MAJOR)}

    def alter_of(self, letter: int) -> int:
        """What the signature does to a letter (0-6 from C): +1 sharp, -1 flat, 0."""
        if self.fifths > 0:
            return int(letter in SHARP_ORDER[: self.fifths])
        return -int(letter in FLAT_ORDER[: -self.fifths])


def key_signature(label: str | None) -> KeySignature:
    """``"A minor"`` -> no sharps or flats, minor; a tonic past six sharps or flats is written as its
    enharmonic (C# major as Db major)."""
    try:
        tonic, mode = str(label).split()
        fifths = FIFTHS_OF_LETTER[tonic[0]] + 7 * (tonic.count("#") - tonic.count("b"))
    except (ValueError, KeyError):
        return KeySignature(0, None)
    if mode not in ("major", "minor"):
        return KeySignature(0, None)
    fifths -= 3 if mode == "minor" else 0
    fifths += -12 if fifths > 6 else 12 if fifths < -6 else 0
    return KeySignature(fifths, mode)


def _alter(pc: int, letter: int) -> int:
    return (pc - NATURAL_PC[letter] + 6) % 12 - 6


def spell(midi: int, key: KeySignature, chord: str | None = None) -> tuple[str, int, int]:
    """(step, alter, octave) of a MIDI pitch in ``key``; a note outside the key that belongs to ``chord``
    is spelled as that chord's tone (G# over E major in C major, not Ab)."""
    pc = midi % 12
    letter = (key.tonic_letter + DEGREE_OF[(pc - key.tonic_pc) % 12]) % 7
    parsed = parse_chord(chord) if chord else None
    if parsed is not None and pc not in key.scale:
        root, quality, _ = parsed
        if (pc - root) % 12 in CHORD_QUALITIES[quality]:
            root_letter = (key.tonic_letter + DEGREE_OF[(root - key.tonic_pc) % 12]) % 7
            tone = (root_letter + LETTERS_ABOVE_ROOT[(pc - root) % 12]) % 7
            if abs(_alter(pc, tone)) <= 1:
                letter = tone
    alter = _alter(pc, letter)
    return LETTERS[letter], alter, (midi - alter) // 12 - 1


def _drum_display(midi: int) -> tuple[str, int, str | None]:
    if midi in TOM_STAFF:
        return (*TOM_STAFF[midi], None)
    if midi == 44:  # the pedal hi-hat, under the staff
        return "D", 4, "x"
    cls = next((c for c, keys in DRUM_CLASSES.items() if midi in keys), None)
    return DRUM_STAFF.get(cls, ("C", 5, None))


# -- from seconds to ticks --------------------------------------------------------------------

def _slots_per_beat(onsets: np.ndarray, ends: np.ndarray, meter: Meter) -> dict[int, int]:
    """Each beat's grid: triplet eighths (3) where its onsets (or, without any, the ends in it) sit on
    triplet places a sixteenth cannot hold, else sixteenths."""
    binary = max(1, meter.beat_ticks // SIXTEENTH)
    if not meter.triplets:
        return {}
    points: dict[int, list[float]] = {}
    for p in onsets:
        points.setdefault(math.floor(p + 1e-6), []).append(p)
    struck = set(points)
    for p in ends:
        if math.floor(p + 1e-6) not in struck:
            points.setdefault(math.floor(p + 1e-6), []).append(p)
    out = {}
    for j, ps in points.items():
        fr = [p - j for p in ps]
        off16 = [abs(f * binary - round(f * binary)) / binary for f in fr]
        off3 = [abs(f * 3 - round(f * 3)) / 3 for f in fr]
        if any(e3 < 0.04 and e16 > 0.05 for e16, e3 in zip(off16, off3)) and sum(off3) < sum(off16):
            out[j] = 3
    return out


class _Ticks:
    """Beat positions (from the first bar's downbeat) to ticks on each beat's grid."""

    def __init__(self, meter: Meter, triplet_beats: dict[int, int]):
        self.meter, self.triplet_beats = meter, triplet_beats
        self.binary = max(1, meter.beat_ticks // SIXTEENTH)

    def slots(self, beat: int) -> int:
        return self.triplet_beats.get(beat, self.binary)

    def step(self, tick: int) -> int:
        """The grid step of the beat a tick lies in."""
        return self.meter.beat_ticks // self.slots(tick // self.meter.beat_ticks)

    def of(self, p: float) -> int:
        j = math.floor(p + 1e-6)
        n = self.slots(j)
        return j * self.meter.beat_ticks + round((p - j) * n) * (self.meter.beat_ticks // n)


@dataclass
class _Event:
    start: int
    end: int
    pitches: list[int]  # MIDI keys, low to high; empty: a rest
    chord: str | None = None  # the chord sounding at the onset, when it was read with confidence


def _events(notes: list[Note], directive: Directive, bars: BarGrid, drums: bool) -> tuple[list[_Event], _Ticks]:
    """The notes as one voice of (start, end, pitches) in ticks from the downbeat of the window's first bar."""
    meter = bars.meter
    if not notes:
        return [], _Ticks(meter, {})
    on = bars.from_downbeat(np.array([n.time_s for n in notes]))
    off = bars.from_downbeat(np.array([n.time_s + n.duration_s for n in notes]))
    ticks = _Ticks(meter, _slots_per_beat(on, off, meter))
    groups: dict[int, list[tuple[int, int]]] = {}
    onset_s: dict[int, float] = {}
    for n, a, b in zip(notes, on, off):
        groups.setdefault(ticks.of(a), []).append((int(n.pitch), ticks.of(b)))
        onset_s.setdefault(ticks.of(a), float(n.time_s))
    starts = sorted(groups)
    beat = meter.beat_ticks
    events = []
    for i, start in enumerate(starts):
        nxt = starts[i + 1] if i + 1 < len(starts) else None
        next_beat = (start // beat + 1) * beat
        if drums:  # a hit is read as lasting until the next one, at most to the end of its beat
            end = min(next_beat, nxt if nxt is not None else next_beat)
        else:
            end = max(e for _, e in groups[start])
            if end <= start:
                end = start + ticks.step(start)
            if nxt is not None:
                end = min(end, nxt)
            target = min(-(-end // beat) * beat, nxt if nxt is not None else math.inf)
            if 0 < target - end <= ticks.step(end):  # a gap shorter than the grid's step is no rest
                end = int(target)
        chord = None if drums else chord_at(directive, onset_s[start])
        events.append(_Event(start, end, sorted({p for p, _ in groups[start]}),
                             chord.chord if chord is not None and chord.confidence >= TRUSTED_CHORD else None))
    return events, ticks


# -- values: where a note or a rest is split and tied -------------------------------------------

class _Splitter:
    def __init__(self, meter: Meter, ticks: _Ticks):
        self.meter, self.ticks = meter, ticks

    def level(self, tick: int) -> int:
        """How strong a place in the bar is: 0 the downbeat, 1 the middle of a bar of four beats (or of
        12/8), 2 a beat, 3 and more the places inside a beat (the half beat, then the quarter beat; in a
        compound beat its eighths, then its sixteenths; in a triplet beat its triplet eighths)."""
        m = self.meter
        x = tick % m.bar_ticks
        if x == 0:
            return 0
        beat, r = divmod(x, m.beat_ticks)
        if r == 0:
            return 1 if m.beats_per_bar % 2 == 0 and m.beats_per_bar >= 4 and beat == m.beats_per_bar // 2 else 2
        if self.ticks.slots(tick // m.beat_ticks) == 3:
            return 3
        unit = 6 if m.compound else m.beat_ticks / 2
        level = 3
        while unit >= 1:
            if r % unit == 0:
                return level
            unit, level = unit / 2, level + 1
        return level

    def single(self, a: int, b: int, rest: bool) -> bool:
        """Whether [a, b) is written as one value: one the notation has (no double dots), that hides no
        place stronger than where it starts (a beat may be held across weaker beats; a note may fill
        any part of a simple beat; a rest is dotted only as a whole compound beat)."""
        m, length = self.meter, b - a
        beat_of = a // m.beat_ticks
        if self.ticks.slots(beat_of) == 3 and length < m.beat_ticks:
            return length in TRIPLET_VALUES
        if length not in VALUES:
            return False
        if rest and VALUES[length][1] and not (m.compound and a % m.beat_ticks == 0 and length % m.beat_ticks == 0):
            return False
        crosses_beat = b > (beat_of + 1) * m.beat_ticks
        if m.compound and crosses_beat and not (a % m.beat_ticks == 0 and length % m.beat_ticks == 0):
            return False
        la = self.level(a)
        for c in range(a - a % SIXTEENTH + SIXTEENTH, b, SIXTEENTH):  # outside triplet beats, places are sixteenths
            lc = self.level(c)
            if lc > la:
                continue
            if rest:
                return False
            if lc == la == 2 and b % m.beat_ticks == 0:
                continue  # whole beats from a beat (a half note on the second beat of 3/4)
            if c // m.beat_ticks == beat_of and lc >= 3 and (not m.compound or lc >= la):
                continue  # inside the beat it starts in (in 6/8 from an eighth, across eighths only)
            return False
        return True

    def pieces(self, a: int, b: int, rest: bool) -> list[tuple[int, int]]:
        """[a, b) as values, largest first from its start."""
        out = []
        while a < b:
            end = next((a + n for n in LENGTHS if a + n <= b and self.single(a, a + n, rest)), None)
            if end is None:
                end = min(b, a + self.ticks.step(a))
            out.append((a, end))
            a = end
        return out


# -- writing -----------------------------------------------------------------------------------

@dataclass
class _Piece:
    start: int
    end: int
    pitches: list[int]
    tie_stop: bool = False
    tie_start: bool = False
    triplet: bool = False
    tuplet: str | None = None  # "start" / "stop" of the bracket
    beams: dict[int, str] | None = None
    chord: str | None = None


def _pieces(events: list[_Event], begin: int, stop: int, splitter: _Splitter) -> list[_Piece]:
    """The bars from tick ``begin`` to ``stop`` as written values: the events, the rests between them,
    each cut at the bar lines and the edges of triplet beats, then split (and tied) where it must be."""
    meter, ticks = splitter.meter, splitter.ticks
    spans, now = [], begin
    for e in events:
        if e.start > now:
            spans.append(_Event(now, e.start, []))
        spans.append(e)
        now = e.end
    if now < stop:
        spans.append(_Event(now, stop, []))
    cuts = set(range(begin, stop + 1, meter.bar_ticks)) | {
        t for j in ticks.triplet_beats for t in (j * meter.beat_ticks, (j + 1) * meter.beat_ticks)}
    out = []
    for e in spans:
        bounds = [e.start, *sorted(c for c in cuts if e.start < c < e.end), e.end]
        parts = [p for a, b in zip(bounds, bounds[1:]) for p in splitter.pieces(a, b, not e.pitches)]
        for i, (a, b) in enumerate(parts):
            triplet = ticks.slots(a // meter.beat_ticks) == 3 and b - a < meter.beat_ticks
            out.append(_Piece(a, b, e.pitches, tie_stop=bool(e.pitches) and i > 0,
                              tie_start=bool(e.pitches) and i < len(parts) - 1, triplet=triplet, chord=e.chord))
    return out


def _mark_tuplets_and_beams(bar: list[_Piece], meter: Meter) -> None:
    by_beat: dict[int, list[_Piece]] = {}
    for p in bar:
        if p.triplet:
            by_beat.setdefault(p.start // meter.beat_ticks, []).append(p)
    for group in by_beat.values():
        group[0].tuplet, group[-1].tuplet = "start", "stop"
    span = meter.beat_ticks if meter.beat_ticks >= TICKS_PER_QUARTER else TICKS_PER_QUARTER
    runs: list[list[_Piece]] = []
    for p in bar:
        kind = _value(p)[0]
        if not p.pitches or kind not in BEAMS:
            runs.append([])
            continue
        if runs and runs[-1] and runs[-1][-1].start // span == p.start // span:
            runs[-1].append(p)
        else:
            runs.append([p])
    for run in runs:
        if len(run) < 2:
            continue
        counts = [BEAMS[_value(p)[0]] for p in run]
        for i, p in enumerate(run):
            p.beams = {1: "begin" if i == 0 else "end" if i == len(run) - 1 else "continue"}
            if counts[i] < 2:
                continue
            prev, nxt = i > 0 and counts[i - 1] >= 2, i < len(run) - 1 and counts[i + 1] >= 2
            p.beams[2] = ("continue" if prev and nxt else "end" if prev else "begin" if nxt else
                          "forward hook" if i == 0 else "backward hook")


def _value(p: _Piece) -> tuple[str, int]:
    length = p.end - p.start
    return (TRIPLET_VALUES[length], 0) if p.triplet else VALUES[length]


def _sub(parent: ET.Element, tag: str, text: object = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs)
    if text is not None:
        el.text = str(text)
    return el


def _clef(stem: str, notes: list[Note]) -> tuple[str, int | None, int]:
    if stem in ("bass", "guitar", "drums"):
        return CLEFS[stem]
    median = float(np.median([n.pitch for n in notes])) if notes else 60.0
    return CLEFS["treble" if median >= 55 else "bass"]


def musicxml(notes: list[Note], directive: Directive, bars: BarGrid) -> str:
    """The part as a MusicXML score (partwise, one staff), from the window's first bar (or an earlier one
    its first note starts in) to the bar the window ends in, every bar filled."""
    meter, bar = bars.meter, bars.meter.bar_ticks
    drums = directive.stem == "drums"
    key = key_signature(None if drums else directive.constraints.key)
    notes = sorted(as_notes(notes), key=lambda n: (n.time_s, n.pitch))
    events, ticks = _events(notes, directive, bars, drums)
    end_pos = float(bars.from_downbeat(np.array([directive.end_s]))[0])
    window_end = round(end_pos * meter.beat_ticks / SIXTEENTH) * SIXTEENTH
    first = min(0, min((e.start for e in events), default=0) // bar)  # bars from the window's first bar
    last = max(first, (window_end - 1) // bar, (max((e.end for e in events), default=1) - 1) // bar)
    pieces = _pieces(events, first * bar, (last + 1) * bar, _Splitter(meter, ticks))
    by_bar: dict[int, list[_Piece]] = {k: [] for k in range(first, last + 1)}
    for p in pieces:
        by_bar[p.start // bar].append(p)

    root = ET.Element("score-partwise", version="4.0")
    _sub(_sub(_sub(root, "identification"), "encoding"), "software", "StemSense MCP")
    _sub(_sub(_sub(root, "part-list"), "score-part", id="P1"), "part-name", directive.stem.capitalize())
    part = _sub(root, "part", id="P1")
    for k, bar_pieces in by_bar.items():
        measure = _sub(part, "measure", number=str(bars.first_bar + k))
        if k == first:
            _attributes(measure, meter, None if drums else key, _clef(directive.stem, notes))
            _tempo(measure, bars, meter)
        if all(not p.pitches for p in bar_pieces):
            note = _sub(measure, "note")
            _sub(note, "rest", measure="yes")
            _sub(note, "duration", bar)
            _sub(note, "voice", 1)
            continue
        _mark_tuplets_and_beams(bar_pieces, meter)
        altered: dict[tuple[str, int], int] = {}  # (step, octave) -> the alter an accidental gave it in this bar
        for p in bar_pieces:
            _write_piece(measure, p, key, altered, drums)
    ET.indent(root, space="  ")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<!DOCTYPE score-partwise PUBLIC "-//Recordare//DTD MusicXML 4.0 Partwise//EN" '
            '"http://www.musicxml.org/dtds/partwise.dtd">\n' + ET.tostring(root, encoding="unicode") + "\n")


def _attributes(measure: ET.Element, meter: Meter, key: KeySignature | None, clef: tuple) -> None:
    attrs = _sub(measure, "attributes")
    _sub(attrs, "divisions", TICKS_PER_QUARTER)
    if key is not None:  # a drum staff has none
        key_el = _sub(attrs, "key")
        _sub(key_el, "fifths", key.fifths)
        if key.mode:
            _sub(key_el, "mode", key.mode)
    time_el = _sub(attrs, "time")
    _sub(time_el, "beats", meter.numerator)
    _sub(time_el, "beat-type", meter.denominator)
    sign, line, octave_change = clef
    clef_el = _sub(attrs, "clef")
    _sub(clef_el, "sign", sign)
    if line is not None:
        _sub(clef_el, "line", line)
    if octave_change:
        _sub(clef_el, "clef-octave-change", octave_change)


def _tempo(measure: ET.Element, bars: BarGrid, meter: Meter) -> None:
    bpm = bars.tempo_bpm
    unit, dots = VALUES.get(meter.beat_ticks, ("quarter", 0))
    direction = _sub(measure, "direction", placement="above")
    metronome = _sub(_sub(direction, "direction-type"), "metronome", parentheses="no")
    _sub(metronome, "beat-unit", unit)
    if dots:
        _sub(metronome, "beat-unit-dot")
    _sub(metronome, "per-minute", round(bpm))
    _sub(direction, "sound", tempo=f"{bpm * meter.beat_ticks / TICKS_PER_QUARTER:.2f}".rstrip("0").rstrip("."))


def _write_piece(measure: ET.Element, p: _Piece, key: KeySignature, altered: dict, drums: bool) -> None:
    kind, dots = _value(p)
    heads = [None] if not p.pitches else (
        sorted({_drum_display(m) for m in p.pitches}, key=lambda d: (d[1], LETTERS.index(d[0]))) if drums else
        [spell(m, key, p.chord) for m in p.pitches])
    for i, head in enumerate(heads):
        note = _sub(measure, "note")
        if i:
            _sub(note, "chord")
        if head is None:
            _sub(note, "rest")
        elif drums:
            unpitched = _sub(note, "unpitched")
            _sub(unpitched, "display-step", head[0])
            _sub(unpitched, "display-octave", head[1])
        else:
            pitch = _sub(note, "pitch")
            _sub(pitch, "step", head[0])
            if head[1]:
                _sub(pitch, "alter", head[1])
            _sub(pitch, "octave", head[2])
        _sub(note, "duration", p.end - p.start)
        if p.tie_stop:
            _sub(note, "tie", type="stop")
        if p.tie_start:
            _sub(note, "tie", type="start")
        _sub(note, "voice", 1)
        _sub(note, "type", kind)
        for _ in range(dots):
            _sub(note, "dot")
        if head is not None and not drums:
            shown = None if p.tie_stop else _accidental(head, key, altered)
            if shown is not None:
                _sub(note, "accidental", ACCIDENTALS[shown])
        if p.triplet:
            mod = _sub(note, "time-modification")
            _sub(mod, "actual-notes", 3)
            _sub(mod, "normal-notes", 2)
            _sub(mod, "normal-type", "eighth")
        if drums and head is not None and head[2]:
            _sub(note, "notehead", head[2])
        if i == 0 and p.beams:
            for number, value in sorted(p.beams.items()):
                _sub(note, "beam", value, number=str(number))
        marks = []
        if p.tie_stop:
            marks.append(("tied", {"type": "stop"}))
        if p.tie_start:
            marks.append(("tied", {"type": "start"}))
        if i == 0 and p.tuplet:
            marks.append(("tuplet", {"type": p.tuplet, "bracket": "yes"}))
        if marks:
            notations = _sub(note, "notations")
            for tag, attrs in marks:
                _sub(notations, tag, **attrs)


def _accidental(head: tuple[str, int, int], key: KeySignature, altered: dict) -> int | None:
    """The accidental to print, None where the signature or an accidental earlier in the bar (on that
    line) already says it. A tied-over note prints none and changes nothing: after a tie over the bar
    line, the next note on that line prints its accidental again."""
    step, alter, octave = head
    current = altered.get((step, octave), key.alter_of(LETTERS.index(step)))
    if current == alter:
        return None
    altered[(step, octave)] = alter
    return alter


def write_musicxml(path: Path, notes: list[Note], directive: Directive, bars: BarGrid) -> None:
    path.write_text(musicxml(notes, directive, bars), encoding="utf-8")
