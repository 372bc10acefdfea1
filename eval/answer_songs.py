"""Arrangements for the answerability benchmark, each written to make one producer question answerable,
with the answer taken from the score (not from the analysis code).

This generator shares no code with :mod:`eval.songs` (the material the findings were developed on):
other arrangements, other GM programs, other meters and tempi. Each scenario returns a PrettyMIDI and a
list of (window, question) pairs whose truth is written the way a musician reads the score.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

import numpy as np
import pretty_midi

NAMES = ["C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"]
MAJOR = [0, 2, 4, 5, 7, 9, 11]
MINOR = [0, 2, 3, 5, 7, 8, 10]


@dataclass
class Ask:
    """One question about one window, with what a correct answer must and must not say."""

    question: str | None
    asks: str  # the intent the benchmark files it under
    stems: list[str]
    start_s: float
    end_s: float
    truth: dict = field(default_factory=dict)  # facts from the score (see eval.answers for how each is judged)


@dataclass
class Scenario:
    name: str
    pm: pretty_midi.PrettyMIDI
    asks: list[Ask]
    key: str


class Score:
    """A small score writer on a fixed beat grid."""

    def __init__(self, bpm: float, beats_per_bar: int, beat_unit_q: float = 1.0, tonic: int = 0, minor: bool = False):
        self.q_s = 60.0 / bpm
        self.beat_s = self.q_s * beat_unit_q
        self.bar_s = self.beat_s * beats_per_bar
        self.tonic, self.minor = tonic, minor
        self.pm = pretty_midi.PrettyMIDI(initial_tempo=bpm)
        self.parts: dict[str, pretty_midi.Instrument] = {}

    def part(self, name: str, program: int, drum: bool = False) -> pretty_midi.Instrument:
        if name not in self.parts:
            self.parts[name] = pretty_midi.Instrument(program, is_drum=drum, name=name)
        return self.parts[name]

    def note(self, name: str, program: int, pitch: int, start: float, dur: float, vel: int = 90,
             drum: bool = False) -> None:
        self.part(name, program, drum).notes.append(
            pretty_midi.Note(int(np.clip(vel, 1, 127)), int(pitch), float(start), float(start + dur)))

    def bar(self, b: int) -> float:
        """Start of bar b (from 1)."""
        return (b - 1) * self.bar_s

    def chord(self, degree: int) -> tuple[int, bool]:
        scale = MINOR if self.minor else MAJOR
        root = (self.tonic + scale[(degree - 1) % 7]) % 12
        third = (scale[(degree + 1) % 7] - scale[(degree - 1) % 7]) % 12
        return root, third == 3

    def done(self) -> pretty_midi.PrettyMIDI:
        self.pm.instruments.extend(self.parts.values())
        return self.pm


def chord_name(root: int, minor: bool) -> str:
    return NAMES[root] + ("m" if minor else "")


def triad(root: int, minor: bool, around: int) -> list[int]:
    pcs = [root, (root + (3 if minor else 4)) % 12, (root + 7) % 12]
    return sorted(around + ((pc - around) % 12) for pc in pcs)


def rock_kit(s: Score, b: int, four_floor: bool = False, vel: int = 100) -> None:
    t = s.bar(b)
    e = s.beat_s / 2
    for i in range(8):
        s.note("drums", 0, 42, t + i * e, 0.05, vel - 30, drum=True)
    for beat in range(4):
        if four_floor or beat in (0, 2):
            s.note("drums", 0, 36, t + beat * s.beat_s, 0.1, vel, drum=True)
        if beat in (1, 3):
            s.note("drums", 0, 38, t + beat * s.beat_s, 0.1, vel - 5, drum=True)


def key_label(tonic: int, minor: bool) -> str:
    return f"{NAMES[tonic]} {'minor' if minor else 'major'}"


def bar_chords(s: Score, degs: list[int], first_bar: int, bars: int) -> list[tuple[float, float, str]]:
    """The score's chord in each bar of the window: (start, end, chart symbol)."""
    return [(s.bar(b), s.bar(b + 1), chord_name(*s.chord(degs[b - 1]))) for b in range(first_bar, first_bar + bars)]


def pick(values: list, v: int, key: str):
    """The variant's value: the list's entry for the variants written by hand (0-9); from variant 10 on,
    a draw seeded by (key, v) from the same ranges: a tonic 0-11, a mode, a tempo between the list's
    slowest and fastest, a program among the list's programs. Later test splits are drawn this way, so no
    one chooses their keys, tempi or sounds after reading a result."""
    if v < len(values):
        return values[v]
    rng = np.random.default_rng([zlib.crc32(key.encode()), v])
    first = values[0]
    if not isinstance(first, tuple):
        return int(rng.choice(sorted(set(values))))
    drawn = []
    for i, x in enumerate(first):
        column = [row[i] for row in values]
        if isinstance(x, bool):
            drawn.append(bool(rng.random() < 0.5))
        elif i == 0 and all(0 <= c <= 11 for c in column):
            drawn.append(int(rng.integers(0, 12)))
        else:
            drawn.append(int(rng.integers(min(column), max(column) + 1)))
    return tuple(drawn)


# -- the scenarios -----------------------------------------------------------------------------------------
def breakdown(v: int) -> Scenario:
    """A 4/4 groove whose drums stop for two bars and come back."""
    tonic, bpm = pick([(4, 104), (9, 92), (1, 126), (6, 84), (11, 98), (3, 112), (8, 100), (2, 88), (1, 98), (8, 109)], v, "breakdown.1")
    s = Score(bpm, 4, tonic=tonic, minor=bool(v % 2))
    guitar = pick([27, 29, 28, 26, 25, 30, 28, 27, 25, 26], v, "breakdown.2")
    degs = [1, 6, 4, 5] * 3
    for b in range(1, 13):
        root, minor = s.chord(degs[b - 1])
        if b not in (6, 7):
            rock_kit(s, b)
        for beat in range(4):
            s.note("bass", 33, 36 + (root - 36) % 12, s.bar(b) + beat * s.beat_s, s.beat_s * 0.9, 95)
        for beat in (0, 2):
            for p in triad(root, minor, 55):
                s.note("guitar", guitar, p, s.bar(b) + beat * s.beat_s, s.beat_s * 1.8, 75)
    sel = ["drums", "bass", "guitar"]
    out = []
    for w0 in (4, 3):
        a, z = s.bar(w0), s.bar(w0 + 6)
        ev = {"drops_out": ("drums", s.bar(6)), "returns": ("drums", s.bar(8))}
        out += [Ask("What happens in this passage?", "narrative", sel, a, z, {"events": ev, "say": ["drums", "out", "back"]}),
                Ask("Is the bass on the kick here?", "timing", ["bass", "drums"], a, z, {"lock": "together"}),
                Ask("Where does the snare land?", "drum_pattern", ["drums", "bass"], a, z,
                    {"pattern": {"snare": "on two and four"}})]
    return Scenario(f"breakdown_{v}", s.done(), out, key_label(tonic, bool(v % 2)))


def chorus_arrives(v: int) -> Scenario:
    """A quiet verse (piano and voice) and a chorus where guitar and drums come in, louder."""
    tonic, bpm = pick([(7, 96), (2, 110), (9, 88), (3, 120), (5, 102), (10, 92), (0, 98), (6, 114), (9, 99), (6, 104)], v, "chorus_arrives.1")
    s = Score(bpm, 4, tonic=tonic)
    degs = [1, 4, 6, 5] * 3
    for b in range(1, 13):
        chorus = b >= 7
        root, minor = s.chord(degs[b - 1])
        for beat in range(4):
            for p in triad(root, minor, 60):
                piano_program = [
                    0, 4, 2, 5, 1, 6, 3, 0, 4, 6
                ]
                s.note("piano", pick(piano_program, v, "chorus_arrives.2"), p, s.bar(b) + beat * s.beat_s, s.beat_s * 0.9, 100 if chorus else 55)
        for i, pc in enumerate(triad(root, minor, 72)[:3] + [triad(root, minor, 72)[1]]):
            s.note("vocals", 53, pc, s.bar(b) + i * s.beat_s, s.beat_s * 0.9, 95 if chorus else 60)
        if chorus:
            rock_kit(s, b, vel=110)
            for beat in range(4):
                for p in triad(root, minor, 52):
                    guitar_program = [
                        30, 29, 31, 30, 29, 31, 30, 29, 31, 30
                    ]
                    s.note("guitar", pick(guitar_program, v, "chorus_arrives.3"), p, s.bar(b) + beat * s.beat_s, s.beat_s * 0.9, 110)
    sel = ["piano", "vocals", "guitar", "drums"]
    out = []
    for w0 in (4, 5):
        a, z = s.bar(w0), s.bar(w0 + 6)
        ev = {"enters": ("guitar", s.bar(7)), "level_up": (None, s.bar(7))}
        out += [Ask("What happens here?", "narrative", sel, a, z, {"events": ev, "say": ["guitar", "in"]}),
                Ask("What is the guitar doing here?", "part", ["guitar", "piano"], s.bar(1) + 0.2, s.bar(w0 + 2) - 0.3,
                    {"part": ("guitar", "silent")}),
                Ask(None, "overview", sel, a, z, {"playing": sel})]
    return Scenario(f"chorus_{v}", s.done(), out, key_label(tonic, False))


def six_eight(v: int) -> Scenario:
    """A 6/8 groove: kick on one, snare on four, hats on the eighths, chords every two bars."""
    variant = [
        (2, True, 60), (5, False, 66), (9, False, 54), (4, True, 72), (0, False, 63), (7, True, 57),
        (11, True, 64), (3, False, 58), (9, True, 59), (0, True, 62)
    ]
    tonic, minor, dq_bpm = pick(variant, v, "six_eight.1")
    s = Score(dq_bpm * 3, 6, tonic=tonic, minor=minor)  # beats here are eighths
    s.pm.time_signature_changes.append(pretty_midi.TimeSignature(6, 8, 0.0))
    e = s.beat_s
    degs = [1, 1, 4, 4, 5, 5, 6, 6] * 2  # a new chord every two bars, never the same chord across the turn
    for b in range(1, 15):
        root, mn = s.chord(degs[b - 1])
        t = s.bar(b)
        for i in range(6):
            s.note("drums", 0, 42, t + i * e, 0.05, 60, drum=True)
        s.note("drums", 0, 36, t, 0.1, 105, drum=True)
        s.note("drums", 0, 38, t + 3 * e, 0.1, 95, drum=True)
        for i in (0, 3):
            bass_program = [
                34, 32, 33, 37, 35, 38, 33, 39, 32, 34
            ]
            s.note("bass", pick(bass_program, v, "six_eight.2"), 36 + (root - 36) % 12 + (7 if i == 3 and v % 2 else 0), t + i * e, 2.7 * e, 95)
            for p in triad(root, mn, 60):
                s.note("piano", 0, p, t + i * e, 2.7 * e, 70)
    sel = ["drums", "bass", "piano"]
    out = []
    for w0 in (3, 5):
        a, z = s.bar(w0), s.bar(w0 + 6)
        chords = bar_chords(s, degs, w0, 6)
        out += [Ask("What meter is this in?", "meter", sel, a, z, {"meter": "6/8"}),
                Ask("How should I count this groove?", "meter", sel, a, z, {"meter": "6/8"}),
                Ask("What are the chords here?", "chords", sel, a, z, {"chords": chords, "rhythm": "two bars"}),
                # the key is asked over bars that start on the tonic and cadence through IV and V, where the score
                # itself states it (a window holding only IV, V and vi has no single key a musician would name)
                Ask("What key is this in?", "key", sel, s.bar(w0 * 4 - 11), s.bar(w0 * 4 - 5),
                    {"key": key_label(tonic, minor)})]
    return Scenario(f"six_eight_{v}", s.done(), out, key_label(tonic, minor))


def waltz(v: int) -> Scenario:
    """A 3/4 waltz: bass on one, chords on two and three, a new chord every bar."""
    variant = [
        (0, False, 108), (7, True, 96), (10, False, 132), (4, True, 88), (2, False, 100), (9, True, 116),
        (7, False, 92), (5, True, 124), (1, False, 106), (10, False, 108)
    ]
    tonic, minor, bpm = pick(variant, v, "waltz.1")
    s = Score(bpm, 3, tonic=tonic, minor=minor)
    degs = [1, 4, 5, 6, 2, 5, 1, 4] * 2  # a new chord every bar, round the turn too
    for b in range(1, 15):
        root, mn = s.chord(degs[b - 1])
        t = s.bar(b)
        s.note("bass", 32, 36 + (root - 36) % 12, t, s.beat_s * 0.9, 100)
        for beat in (1, 2):
            for p in triad(root, mn, 60):
                s.note("piano", pick([1, 2, 0, 3, 4, 1, 2, 0, 2, 1], v, "waltz.2"), p, t + beat * s.beat_s, s.beat_s * 0.6, 70)
        s.note("drums", 0, 36, t, 0.1, 95, drum=True)
        for beat in (1, 2):
            s.note("drums", 0, 42, t + beat * s.beat_s, 0.05, 70, drum=True)
    sel = ["bass", "piano", "drums"]
    out = []
    for w0 in (2, 6):
        a, z = s.bar(w0), s.bar(w0 + 8)
        chords = bar_chords(s, degs, w0, 8)
        out += [Ask("What meter is this?", "meter", sel, a, z, {"meter": "3/4"}),
                Ask("What are the chords?", "chords", ["bass", "piano"], a, z, {"chords": chords, "rhythm": "every bar"}),
                Ask("What key are we in?", "key", ["bass", "piano"], a, z, {"key": key_label(tonic, minor)})]
    return Scenario(f"waltz_{v}", s.done(), out, key_label(tonic, minor))


def two_bar_changes(v: int) -> Scenario:
    """4/4 with a new chord every two bars and a four-on-the-floor kick (v=1) or a rock beat (v=0)."""
    variant = [
        (4, False, 118), (10, False, 100), (2, False, 92), (8, False, 128), (5, False, 108), (0, False, 96),
        (9, False, 112), (3, False, 104), (6, False, 109), (5, False, 129)
    ]
    tonic, minor, bpm = pick(variant, v, "two_bar_changes.1")
    s = Score(bpm, 4, tonic=tonic, minor=minor)
    v_floor = v % 2
    degs = [1, 1, 6, 6, 4, 4, 5, 5] * 2
    for b in range(1, 15):
        root, mn = s.chord(degs[b - 1])
        rock_kit(s, b, four_floor=bool(v_floor))
        for i in range(8):
            bass_program = [
                33, 38, 34, 39, 32, 36, 34, 33, 39, 38
            ]
            s.note("bass", pick(bass_program, v, "two_bar_changes.2"), 36 + (root - 36) % 12, s.bar(b) + i * s.beat_s / 2, s.beat_s * 0.45, 95)
        for beat in (0, 2):
            for p in triad(root, mn, 60):
                s.note("piano", pick([4, 0, 5, 1, 2, 4, 0, 5, 0, 2], v, "two_bar_changes.3"), p, s.bar(b) + beat * s.beat_s, s.beat_s * 1.9, 65)
    sel = ["drums", "bass", "piano"]
    out = []
    for w0 in (1, 3):
        a, z = s.bar(w0), s.bar(w0 + 8)
        chords = bar_chords(s, degs, w0, 8)
        kick = "on all four beats" if v_floor else "on one and three"
        out += [Ask("What are the chords doing?", "chords", ["bass", "piano"], a, z,
                    {"chords": chords, "rhythm": "two bars"}),
                Ask("What key is this?", "key", ["bass", "piano"], a, z, {"key": key_label(tonic, minor)}),
                Ask("Where does the kick land?", "drum_pattern", ["drums"], a, z, {"pattern": {"kick": kick}}),
                Ask("What meter is this?", "meter", sel, a, z, {"meter": "4/4"}),
                Ask("Does the bass lock with the kick?", "timing", ["drums", "bass"], a, z, {"lock": "together"})]
    return Scenario(f"two_bar_{v}", s.done(), out, key_label(tonic, minor))


def arpeggio_line(v: int) -> Scenario:
    """One guitar arpeggiating the chord tones in eighths: one chord a bar, implied by a single line."""
    variant = [
        (9, True, 90), (0, False, 100), (4, True, 80), (7, False, 112), (2, True, 96), (5, False, 84),
        (11, True, 86), (10, False, 104), (1, True, 92), (4, True, 84)
    ]
    tonic, minor, bpm = pick(variant, v, "arpeggio_line.1")
    s = Score(bpm, 4, tonic=tonic, minor=minor)
    degs = [1, 6, 4, 5] * 3 if not minor else [1, 6, 3, 7] * 3
    for b in range(1, 11):
        root, mn = s.chord(degs[b - 1])
        tones = triad(root, mn, 52) + [triad(root, mn, 52)[0] + 12]
        for i in range(8):
            guitar_program = [
                24, 26, 25, 27, 26, 24, 25, 27, 25, 26
            ]
            s.note("guitar", pick(guitar_program, v, "arpeggio_line.2"), tones[[0, 1, 2, 3, 2, 1, 0, 1][i]], s.bar(b) + i * s.beat_s / 2,
                   s.beat_s / 2 * 0.95, 80)
    out = []
    for w0 in (2, 4):
        a, z = s.bar(w0), s.bar(w0 + 4)
        chords = bar_chords(s, degs, w0, 4)
        out += [Ask("What chords is this line outlining?", "chords", ["guitar"], a, z,
                    {"chords": chords, "rhythm": "every bar", "per_bar_max": 1})]
    return Scenario(f"arpeggio_{v}", s.done(), out, key_label(tonic, minor))


def tags(v: int) -> Scenario:
    """A piano plays throughout; the singer only adds a short tag at the end of every fourth bar."""
    tonic, bpm = pick([(5, 92), (11, 84), (2, 100), (8, 76), (10, 88), (4, 104), (1, 96), (6, 80), (0, 102), (5, 88)], v, "tags.1")
    s = Score(bpm, 4, tonic=tonic)
    degs = [1, 5, 6, 4] * 3
    for b in range(1, 13):
        root, mn = s.chord(degs[b - 1])
        for i in range(8):
            for p in (triad(root, mn, 60) if i % 2 == 0 else triad(root, mn, 60)[1:]):
                piano_program = [
                    0, 1, 2, 4, 5, 0, 1, 4, 4, 0
                ]
                s.note("piano", pick(piano_program, v, "tags.2"), p, s.bar(b) + i * s.beat_s / 2, s.beat_s / 2 * 0.9, 80)
        if b % 4 == 0:
            for i, p in enumerate(triad(root, mn, 72)):
                vocals_program = [
                    53, 54, 52, 53, 54, 52, 53, 54, 53, 54
                ]
                s.note("vocals", pick(vocals_program, v, "tags.3"), p, s.bar(b) + (2.5 + i * 0.5) * s.beat_s, s.beat_s * 0.45, 100)
    out = []
    for w0 in (1, 5):
        a, z = s.bar(w0), s.bar(w0 + 8) if w0 == 1 else s.bar(13)
        out += [Ask("Voice or piano: what's carrying this?", "carry", ["vocals", "piano"], a, z,
                    {"carrier": "piano", "not_carrier": "vocals"}),
                Ask("What is the voice doing here?", "part", ["vocals", "piano"], a, z, {"part": ("vocals", "brief")}),
                Ask("Who leads this passage?", "carry", ["vocals", "piano"], a, z,
                    {"carrier": "piano", "not_carrier": "vocals"})]
    return Scenario(f"tags_{v}", s.done(), out, key_label(tonic, False))


def two_parts(kind: str, v: int) -> Scenario:
    """Guitar and piano (or voice) relating in one way: a hocket, traded phrases, or a doubling."""
    tonic, bpm = pick([(7, 100), (2, 112), (0, 94), (10, 118), (4, 106), (9, 90), (5, 108), (11, 96), (8, 100), (1, 98)], v, "two_parts.1")
    s = Score(bpm, 4, tonic=tonic)
    scale = [(tonic + d) for d in MAJOR]
    line = [scale[i % 7] + 60 + 12 * (i // 7) for i in (0, 2, 4, 3, 1, 4, 6, 5, 4, 2, 3, 1)]
    e = s.beat_s / 2
    names = ["guitar", "piano"]
    progs = {"guitar": pick([25, 27, 24, 26, 28, 25, 26, 24, 28, 27], v, "two_parts.2"), "piano": 0, "vocals": 53}
    for b in range(1, 11):
        t = s.bar(b)
        if kind == "hocket":
            for i in range(8):
                who = names[i % 2]
                s.note(who, progs[who], line[(b * 8 + i) % len(line)], t + i * e, e * 0.9, 85)
        elif kind == "trade":
            who = names[((b - 1) // 2) % 2]
            if (b - 1) % 2 == 0:
                for i in range(6):
                    s.note(who, progs[who], line[(b + i) % len(line)], t + i * e * 1.5, e * 1.3, 85)
            else:
                for i in range(3):
                    s.note(who, progs[who], line[(b + 6 + i) % len(line)], t + i * s.beat_s, s.beat_s * 0.9, 85)
        else:  # unison or octave doubling: voice and guitar
            for i in range(6):
                p = line[(b * 3 + i) % len(line)]
                at = t + [0, 1, 1.5, 2, 3, 3.5][i] * s.beat_s
                s.note("vocals", 53, p, at, s.beat_s * 0.45, 90)
                s.note("guitar", progs["guitar"], p - (12 if kind == "octave" else 0), at, s.beat_s * 0.45, 80)
    pair = ["guitar", "piano"] if kind in ("hocket", "trade") else ["vocals", "guitar"]
    q = {"hocket": "How do the guitar and piano relate here?", "trade": "How do the guitar and piano interact?",
         "unison": "Are the vocals and guitar doubled?", "octave": "How do the vocals and guitar relate?"}[kind]
    out = []
    for w0 in (1, 5):
        a, z = s.bar(w0), s.bar(w0 + (4 if kind == "hocket" else 6 if w0 == 1 else 5))
        out.append(Ask(q, "interaction", pair, a, z, {"relation": kind}))
    return Scenario(f"{kind}_{v}", s.done(), out, key_label(tonic, False))


def pocket(offset_ms: float, v: int) -> Scenario:
    """Bass planted a fixed time behind (positive) or ahead of (negative) the kick."""
    tonic, bpm = pick([(9, 96), (4, 108), (2, 90), (7, 120), (11, 100), (5, 114), (0, 104), (6, 92), (6, 108), (4, 106)], v, "pocket.1")
    s = Score(bpm, 4, tonic=tonic)
    degs = [1, 4, 5, 1] * 3
    for b in range(1, 11):
        root, mn = s.chord(degs[b - 1])
        rock_kit(s, b)
        s.note("drums", 0, 36, s.bar(b) + 3 * s.beat_s / 2, 0.1, 100, drum=True)  # a kick on the and of two
        for i in (0, 3, 4):  # the bass plays with every kick: one, the and of two, three
            at = s.bar(b) + i * s.beat_s / 2
            bass_program = [
                33, 35, 34, 36, 37, 32, 38, 34, 36, 35
            ]
            s.note("bass", pick(bass_program, v, "pocket.2"), 36 + (root - 36) % 12, at + offset_ms / 1000.0, s.beat_s * 0.4, 95)
    out = []
    where = "behind" if offset_ms > 0 else "ahead"
    for w0 in (2, 5):
        a, z = s.bar(w0), s.bar(w0 + 4)
        out.append(Ask("Is the bass on the kick, or behind or ahead of it?", "timing", ["drums", "bass"], a, z,
                       {"lock": where}))
    return Scenario(f"pocket_{int(offset_ms)}_{v}", s.done(), out, key_label(tonic, False))


def silent_bass(v: int) -> Scenario:
    """The bass rests for four bars while the piano keeps playing."""
    tonic, bpm = pick([(0, 100), (7, 90), (5, 110), (11, 96), (3, 94), (8, 104), (10, 98), (1, 108), (8, 101), (0, 102)], v, "silent_bass.1")
    s = Score(bpm, 4, tonic=tonic)
    degs = [1, 6, 4, 5] * 3
    for b in range(1, 13):
        root, mn = s.chord(degs[b - 1])
        for beat in range(4):
            for p in triad(root, mn, 60):
                s.note("piano", pick([0, 5, 1, 4, 2, 0, 4, 1, 1, 0], v, "silent_bass.2"), p, s.bar(b) + beat * s.beat_s, s.beat_s * 0.9, 75)
            if not 5 <= b <= 8:
                s.note("bass", 33, 36 + (root - 36) % 12, s.bar(b) + beat * s.beat_s, s.beat_s * 0.9, 95)
    out = [Ask("What is the bass doing here?", "part", ["bass", "piano"], s.bar(5) + 0.3, s.bar(9) - 0.1,
               {"part": ("bass", "silent")}),
           Ask("What is the bass doing in these bars?", "part", ["bass"], s.bar(5) + 0.4, s.bar(9) - 0.2,
               {"part": ("bass", "silent")})]
    return Scenario(f"silent_bass_{v}", s.done(), out, key_label(tonic, False))


# Variants 0-1 are the development split (their answers were read while the findings were fixed). Variants
# 2-3 were the first test split: judged once (2026-12-01, see eval/README.md), then their wrong answers were
# read and two rules changed, so they are development material now ("dev2"). Variants 4-5, the second test
# split, went the same way once a rule was added after reading its misses ("dev3"), and so did variants 6-7
# ("dev4": two small fixes after reading them). Variants 8-9 are the test split drawn last (keys, tempi and
# programs drawn by a seeded generator): judged once (2026-12-02), then two rules changed after their
# misses were read (an even line of eighths heard at the musician's beat, ...), so they are "dev5".
# Variants 10-11, drawn by :func:`pick` (no hand-chosen values), were judged once as the test split
# (2026-12-02: 0.98); the findings changed after their misses and after outside checks were read, so they
# are "dev6". Variants 12-13 were drawn by :func:`pick` and read once as the test split (2026-12-02: 0.94;
# a waltz at 123 BPM read 12/8 took its meter, chords and key answers); the meter rule changed after, so they
# are "dev7". Variants 14-15 are the test split now: drawn by :func:`pick`, read once after that change.
# Each test split is read once, then becomes dev when a change follows its reading. variants 14-15 were the
# test split until 2026-12-02 (third session): their 'playing' asks were looked at while its chord share was set,
# so they are dev8 and variants 16-17 (drawn by the seeded pick, committed before any figure of them) are test.
SPLITS = {"dev": (0, 1), "dev2": (2, 3), "dev3": (4, 5), "dev4": (6, 7), "dev5": (8, 9), "dev6": (10, 11),
          "dev7": (12, 13), "dev8": (14, 15), "test": (16, 17),
          # drawn for eval.articulation after its first test reading changed the code (that split is its dev2)
          "test2": (18, 19),
          # drawn for eval.bass --degraded's restrike rule (2026-12-07), committed before any reading of it
          "test3": (20, 21),
          # drawn for the pitched-note body rule of analysis.pipeline.drop_bleed_notes (2026-12-07), test3 having been
          # read for it; committed before any reading of it
          "test4": (22, 23)}


def scenarios(split: str = "test") -> list[Scenario]:
    out = []
    for v in SPLITS[split]:
        out += [breakdown(v), chorus_arrives(v), six_eight(v), waltz(v), two_bar_changes(v), arpeggio_line(v), tags(v),
                two_parts("hocket", v), two_parts("trade", v), two_parts(["unison", "octave"][v % 2], v),
                pocket(25.0, v), pocket(-25.0, v), silent_bass(v)]
    return out
