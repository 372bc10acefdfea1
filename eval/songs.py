"""Synthetic multitrack songs written in code, with exact truth.

A :class:`SongSpec` (tempo, meter, key, sections of chord progressions) becomes a PrettyMIDI with
drums, bass, piano and a lead (GM "voice oohs", so it maps to the vocals stem), plus a
:class:`SongTruth` holding beats, downbeats, chords, sections and the notes of each stem.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pretty_midi

NOTE_NAMES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
MAJOR_DEGREES = [0, 2, 4, 5, 7, 9, 11]
MINOR_DEGREES = [0, 2, 3, 5, 7, 8, 10]


@dataclass
class Section:
    label: str
    bars: int
    progression: list[int]  # scale degrees (1-based), one chord per bar, cycled
    energy: float = 0.7  # 0..1: velocity and density
    drums: bool = True
    bass: bool = True
    lead: bool = True
    trade: bool = False  # the lead and a second instrument trade two-bar phrases (call and response)
    comp: bool = True  # piano chords on the beats
    syncopated: bool = False  # bass anticipates: it plays the "and" before beats 1 and 3 and ties over
    waltz: bool = False  # bass on the downbeat only, chords on the other eighths (oom-pah-pah)
    stabs: bool = False  # piano: short syncopated stabs (the "and" of one, the "and" of two, beat four's "and")
    arpeggio: bool = False  # piano: broken seventh chords in eighths over a left-hand root, two chords a bar
    tag: bool = False  # the lead sings only a short tag at the end of every fourth bar


@dataclass
class SongSpec:
    name: str = "demo"
    tempo_bpm: float = 100.0
    meter: str = "4/4"  # 4/4, 3/4 or 6/8
    tonic: int = 9  # pitch class: A
    mode: str = "minor"
    sections: list[Section] | None = None  # None: default_sections(mode)
    bass_delay_ms: float = 0.0
    seed: int = 0
    six_stems: bool = False  # add guitar (arpeggios) and other (a string pad)
    response_program: int = 25  # the instrument answering the lead in trading sections (25: guitar, 0: piano)
    drift: float = 0.0  # tempo drift: the last note comes this fraction later than in strict time


def _warp(pm: pretty_midi.PrettyMIDI, total_s: float, drift: float) -> None:
    """Gradual slowing: a time x moves to x + drift * x^2 / total (a performance, not a click)."""
    for inst in pm.instruments:
        for n in inst.notes:
            n.start, n.end = n.start + drift * n.start ** 2 / total_s, n.end + drift * n.end ** 2 / total_s


def default_sections(mode: str) -> list[Section]:
    """Intro (piano alone), verse, chorus, with idiomatic progressions for the mode:
    major I-vi-IV-V / IV-V-I-I, minor i-VI-III-VII / iv-v-i-i."""
    verse = [1, 6, 4, 5] if mode == "major" else [1, 6, 3, 7]
    return [
        Section("intro", 2, [1, 4] if mode == "major" else [1, 6], 0.4, drums=False, bass=False, lead=False),
        Section("verse", 4, verse, 0.6),
        Section("chorus", 4, [4, 5, 1, 1], 0.95),
    ]


def full_form(mode: str) -> list[Section]:
    """A song-length form: intro 4, verse 8, chorus 8, verse 8, chorus 8 bars."""
    intro, verse, chorus = default_sections(mode)
    return [Section("intro", 4, intro.progression, 0.4, drums=False, bass=False, lead=False),
            Section("verse", 8, verse.progression, 0.6), Section("chorus", 8, chorus.progression, 0.95),
            Section("verse", 8, verse.progression, 0.6), Section("chorus", 8, chorus.progression, 0.95)]


@dataclass
class SongTruth:
    key: str  # mir_eval style: "A minor"
    tempo_bpm: float
    meter: str
    beats_s: list[float]
    downbeats_s: list[float]
    chords: list[tuple[float, float, str]]  # start, end, "A:min"
    sections: list[tuple[float, float, str]]
    notes: dict[str, list[dict]]
    duration_s: float


def _meter(meter: str) -> tuple[int, float]:
    """(beats per bar, beat length in quarter notes); 6/8 counts two dotted-quarter beats."""
    return {"4/4": (4, 1.0), "3/4": (3, 1.0), "6/8": (2, 1.5)}[meter]


def _triad(spec: SongSpec, degree: int) -> tuple[int, str]:
    degrees = MAJOR_DEGREES if spec.mode == "major" else MINOR_DEGREES
    root = (spec.tonic + degrees[degree - 1]) % 12
    third = (spec.tonic + degrees[(degree + 1) % 7]) % 12
    quality = "maj" if (third - root) % 12 == 4 else "min"
    return root, quality


def _arpeggio(spec: SongSpec, sec: Section, bar: int, t: float, bar_s: float, q_s: float, piano, chords, add,
              vel: float) -> None:
    """Two chords a bar (the progression read two degrees at a time), each a broken seventh chord in
    eighths over a held left-hand root, with a push into the second half."""
    degrees = MAJOR_DEGREES if spec.mode == "major" else MINOR_DEGREES
    half = bar_s / 2
    eighth = q_s / 2
    for h in range(2):
        degree = sec.progression[(2 * bar + h) % len(sec.progression)]
        root = (spec.tonic + degrees[degree - 1]) % 12
        tones = [(spec.tonic + degrees[(degree - 1 + k) % 7]) % 12 for k in (0, 2, 4, 6)]
        third = (tones[1] - root) % 12
        seventh = (tones[3] - root) % 12
        quality = {(4, 11): "maj7", (4, 10): "7", (3, 10): "min7", (3, 9): "dim7"}.get((third, seventh), "min7")
        if (third, seventh) == (3, 10) and (tones[2] - root) % 12 == 6:
            quality = "hdim7"
        start = t + h * half
        chords.append((start, start + half, f"{NOTE_NAMES[root]}:{quality}"))
        add(piano, 36 + (root - 36) % 12, start, half * 0.95, vel - 10)
        line = sorted(55 + (pc - 55) % 12 for pc in tones)
        steps = int(round(half / eighth))
        for i in range(steps):
            at = start + i * eighth - (eighth / 2 if h == 1 and i == 0 else 0.0)  # the push into the second chord
            add(piano, line[i % 4] + (12 if (i // 4) % 2 else 0), at, eighth * 0.9, vel - 15 + 8 * (i == 0))


def build_song(spec: SongSpec) -> tuple[pretty_midi.PrettyMIDI, SongTruth]:
    rng = np.random.default_rng(spec.seed)
    beats_per_bar, beat_q = _meter(spec.meter)
    q_s = 60.0 / spec.tempo_bpm  # quarter note
    beat_s = q_s * beat_q
    bar_s = beat_s * beats_per_bar
    pm = pretty_midi.PrettyMIDI(initial_tempo=spec.tempo_bpm)
    num, den = (6, 8) if spec.meter == "6/8" else (beats_per_bar, 4)
    pm.time_signature_changes.append(pretty_midi.TimeSignature(num, den, 0.0))
    drums = pretty_midi.Instrument(0, is_drum=True, name="drums")
    bass = pretty_midi.Instrument(33, name="bass")
    piano = pretty_midi.Instrument(0, name="piano")
    lead = pretty_midi.Instrument(53, name="lead voice")
    guitar = pretty_midi.Instrument(25, name="guitar")
    responder = guitar if spec.response_program == 25 else pretty_midi.Instrument(spec.response_program, name="responder")
    pad = pretty_midi.Instrument(48, name="strings")
    chords, sections = [], []
    scale = [(spec.tonic + d) % 12 for d in (MAJOR_DEGREES if spec.mode == "major" else MINOR_DEGREES)]
    t = 0.0
    bass_delay_s = spec.bass_delay_ms / 1000.0

    def add(inst, pitch, start, dur, vel):
        inst.notes.append(pretty_midi.Note(int(np.clip(vel, 1, 127)), int(pitch), start, start + dur))

    for sec in spec.sections or default_sections(spec.mode):
        sections.append((t, t + sec.bars * bar_s, sec.label))
        vel = 50 + 60 * sec.energy
        for bar in range(sec.bars):
            degree = sec.progression[bar % len(sec.progression)]
            root, quality = _triad(spec, degree)
            if sec.arpeggio:
                _arpeggio(spec, sec, bar, t, bar_s, q_s, piano, chords, add, vel)
            else:
                chords.append((t, t + bar_s, f"{NOTE_NAMES[root]}:{quality}"))
            third = root + (4 if quality == "maj" else 3)
            # piano: chord on every beat (4/4, 3/4) or each dotted quarter (6/8), voiced around C4
            chord_pcs = [root, third, root + 7]
            voicing = sorted(60 + ((pc - 60) % 12) for pc in chord_pcs)
            if sec.waltz:
                eighth = q_s / 2
                for k in range(int(round(bar_s / eighth))):
                    if k % 3 != 0:  # chords on the eighths after each beat
                        for p in voicing:
                            add(piano, p, t + k * eighth, eighth * 0.8, vel - 20)
            elif sec.stabs:
                eighth = q_s / 2
                for k in (1, 3, 7) if beats_per_bar == 4 else (1, 3):
                    for p in voicing:
                        add(piano, p, t + k * eighth, eighth * 0.45, vel - 5)
            elif sec.comp and not sec.arpeggio:
                for b in range(beats_per_bar):
                    for p in voicing:
                        add(piano, p, t + b * beat_s, beat_s * 0.9, vel - 15)
            if spec.six_stems and sec.drums:
                # guitar: chord tones arpeggiated in eighths, an octave below the lead
                eighth = q_s / 2
                arp = [48 + (pc - 48) % 12 for pc in (root, third % 12, (root + 7) % 12, (root + 12) % 12)]
                for i in range(int(round(bar_s / eighth))):
                    add(guitar, arp[i % 4], t + i * eighth, eighth * 0.9, vel - 20)
            if spec.six_stems:
                # strings: the chord held for the whole bar, above middle C
                for pc in (root, third % 12, (root + 7) % 12):
                    add(pad, 64 + (pc - 64) % 12, t, bar_s * 0.98, vel - 30)
            # bass: root on beat 1, fifth/root elsewhere; eighths in high energy
            if sec.bass and sec.waltz:
                add(bass, 36 + (root - 36) % 12, t + bass_delay_s, beat_s * 0.9, vel)
            elif sec.bass and sec.syncopated:
                bass_root = 36 + (root - 36) % 12
                eighth = q_s / 2
                for k, length in ((0, 3), (3, 2), (5, 1), (6, 2)):  # 1, and-of-2 (anticipating 3), and-of-3, 4
                    add(bass, bass_root + (7 if k == 5 else 0), t + k * eighth + bass_delay_s, eighth * length * 0.9, vel)
            elif sec.bass:
                bass_root = 36 + (root - 36) % 12
                subdiv = 2 if sec.energy > 0.8 else 1
                step = beat_s / subdiv
                for i in range(beats_per_bar * subdiv):
                    pitch = bass_root if i % (2 * subdiv) == 0 else bass_root + (7 if i % 2 else 0)
                    add(bass, pitch, t + i * step + bass_delay_s, step * 0.85, vel)
            # drums
            if sec.drums:
                eighth = q_s / 2
                n_eighths = int(round(bar_s / eighth))
                for i in range(n_eighths):
                    at = t + i * eighth
                    add(drums, 42, at, 0.05, vel - 20)  # closed hat on every eighth
                    if spec.meter == "6/8":
                        if i % 3 == 0 and (i // 3) % 2 == 0:
                            add(drums, 36, at, 0.1, vel)
                        if i == 3:
                            add(drums, 38, at, 0.1, vel)
                    elif spec.meter == "3/4":
                        if i == 0:
                            add(drums, 36, at, 0.1, vel)
                        if i in (2, 4):
                            add(drums, 38, at, 0.1, vel - 10)
                    else:
                        if i in (0, 4) or (sec.energy > 0.8 and i == 5):
                            add(drums, 36, at, 0.1, vel)
                        if i in (2, 6):
                            add(drums, 38, at, 0.1, vel)
            # lead: a phrase of scale tones over the chord, resting on the last beat of odd bars
            answering = sec.trade and (bar // 2) % 2 == 1
            if answering:
                # the guitar answers: a falling phrase of scale tones, an octave below the lead
                n_notes = beats_per_bar * 2
                dur = bar_s / n_notes
                top = 60 + (root - 60) % 12 + 7
                for i in range(n_notes - (1 if bar % 2 == 1 else 0)):
                    pc = scale[(scale.index(root % 12) + 4 - i) % 7] if root % 12 in scale else root
                    add(responder, 55 + (pc - 55) % 12 if i else top, t + i * dur, dur * 0.9, vel)
            if sec.lead and sec.tag:
                if bar % 4 == 3:  # a three-note tag on the last beats of the phrase
                    eighth = q_s / 2
                    n_bar = int(round(bar_s / eighth))
                    for i, pc in enumerate((third % 12, (root + 7) % 12, root)):
                        add(lead, 72 + (pc - 72) % 12, t + (n_bar - 3 + i) * eighth, eighth * 0.9, vel)
            elif sec.lead and not answering:
                n_notes = beats_per_bar * (2 if sec.energy > 0.8 else 1)
                dur = bar_s / n_notes
                chord_tones = [root, third % 12, (root + 7) % 12]
                for i in range(n_notes):
                    if bar % 2 == 1 and i == n_notes - 1:
                        continue
                    pc = chord_tones[i % 3] if i % 2 == 0 else scale[rng.integers(0, 7)]
                    add(lead, 72 + (pc - 72) % 12, t + i * dur, dur * 0.9, vel)
            t += bar_s
    if responder is not guitar:
        piano.notes.extend(responder.notes)  # a piano answering the lead is the piano stem
    pm.instruments.extend([i for i in (drums, bass, piano, lead, guitar, pad) if i.notes])
    if spec.drift:
        _warp(pm, t, spec.drift)
    n_beats = int(round(t / beat_s))
    beats = [i * beat_s for i in range(n_beats)]
    downbeats = beats[::beats_per_bar]
    stems = {"drums": drums, "bass": bass, "piano": piano, "vocals": lead, "guitar": guitar, "other": pad}
    notes = {name: [dict(time_s=n.start, duration_s=n.end - n.start, pitch=n.pitch, velocity=n.velocity)
                    for n in sorted(inst.notes, key=lambda n: (n.start, n.pitch))]
             for name, inst in stems.items() if inst.notes}
    warp = (lambda x: x + spec.drift * x * x / t) if spec.drift else (lambda x: x)
    for ns in notes.values():
        for n in ns:
            end = warp(n["time_s"] + n["duration_s"])
            n["time_s"] = warp(n["time_s"])
            n["duration_s"] = end - n["time_s"]
    truth = SongTruth(key=f"{NOTE_NAMES[spec.tonic]} {spec.mode}", tempo_bpm=60.0 / beat_s, meter=spec.meter,
                      beats_s=[warp(b) for b in beats], downbeats_s=[warp(b) for b in downbeats],
                      chords=[(warp(a), warp(b), c) for a, b, c in chords],
                      sections=[(warp(a), warp(b), c) for a, b, c in sections], notes=notes, duration_s=warp(t))
    return pm, truth


# The shipped example (examples/demo_song.mid): A minor, 100 BPM, 4/4, intro-verse-chorus-verse-chorus.
DEMO_SPEC = SongSpec(name="demo", sections=full_form("minor"))
