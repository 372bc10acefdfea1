"""Arrangements with planted truth for the measurement benchmark (``python -m eval.truth``).

Each is written the way a band would play it (intro, groove, comping, a bass that follows the kick,
phrases that breathe), and only then asked what a musician hears. None is shaped to make one
heuristic fire. Every function returns ``(PrettyMIDI, truth dict)``; the truth holds exact beats,
downbeats, chords (mir_eval labels, inversions and all), drum hits per class, spans where a stem is
silent, and what the piece plants (a bass offset against the kick, the kind of interaction).

- :func:`groove` — a 4/4 band groove whose bass is placed ``offset_ms`` against the kick.
- :func:`progression` — comping over a progression with inversions, sevenths, sus and power chords,
  in 4/4, 3/4 or 6/8.
- :func:`interaction` — two parts that trade phrases, hocket, double or interlock over a rhythm section.
"""

from __future__ import annotations

import numpy as np
import pretty_midi

from analysis.core.vocabulary import DRUM_CLASSES, PITCH_CLASS, chord_tones

KICK, SNARE, HAT = 36, 38, 42


def _add(inst: pretty_midi.Instrument, pitch: int, start: float, dur: float, vel: float) -> None:
    inst.notes.append(pretty_midi.Note(int(np.clip(vel, 1, 127)), int(pitch), float(start), float(start + dur)))


def _voicing(label: str, around: int = 60) -> list[int]:
    """Close voicing of a chord label's tones above the ``around`` note (root position above)."""
    root = PITCH_CLASS[label.split(":")[0]]
    tones = chord_tones(label)
    base = around + (root - around) % 12
    return sorted(base + (pc - root) % 12 for pc in tones)


def _bass_pc(label: str) -> int:
    """The bass note's pitch class: the root, or the inversion's bass (``C:maj/3`` -> E)."""
    root_name, _, rest = label.partition(":")
    root = PITCH_CLASS[root_name]
    if "/" not in rest:
        return root
    degree = rest.split("/")[1]
    steps = {"3": 4, "b3": 3, "5": 7, "b7": 10, "7": 11}
    return (root + steps[degree]) % 12


def _drum_truth(drums: pretty_midi.Instrument) -> dict[str, list[float]]:
    return {c: sorted(n.start for n in drums.notes if n.pitch in DRUM_CLASSES[c]) for c in ("kick", "snare", "hihat")}


def _grid(tempo_bpm: float, beats_per_bar: int, beat_q: float, bars: int) -> tuple[list[float], list[float], float]:
    beat_s = 60.0 / tempo_bpm * beat_q
    beats = [i * beat_s for i in range(bars * beats_per_bar)]
    return beats, beats[::beats_per_bar], beat_s


def _band_in_four(tempo_bpm: float, bars: int, seed: int):
    """(rng, beats, downbeats, beat_s, bar_s, pm, drums, bass): a 4/4 song with a kit and a bass."""
    rng = np.random.default_rng(seed)
    beats, downbeats, beat_s = _grid(tempo_bpm, 4, 1.0, bars)
    pm = pretty_midi.PrettyMIDI(initial_tempo=tempo_bpm)
    pm.time_signature_changes.append(pretty_midi.TimeSignature(4, 4, 0.0))
    drums = pretty_midi.Instrument(0, is_drum=True, name="drums")
    bass = pretty_midi.Instrument(33, name="bass")
    return rng, beats, downbeats, beat_s, 4 * beat_s, pm, drums, bass


def groove(offset_ms: float, tempo_bpm: float = 100.0, tonic: str = "A", seed: int = 0,
           intro_bars: int = 2, bars: int = 10, bass_program: int = 33) -> tuple[pretty_midi.PrettyMIDI, dict]:
    """Piano alone for the intro, then drums, bass and piano. The bass follows the kick (root on
    one, a pickup into three, passing eighths) and every bass note is ``offset_ms`` late (early when
    negative). The hats play eighths with a little velocity shape; the snare is on two and four.
    ``bass_program``: the GM program the bass is played with (33, a fingered bass, unless said)."""
    rng, beats, downbeats, beat_s, bar_s, pm, drums, bass = _band_in_four(tempo_bpm, intro_bars + bars, seed)
    bass.program = bass_program
    piano = pretty_midi.Instrument(4, name="electric piano")
    tonic_pc = PITCH_CLASS[tonic]
    names = ["C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"]
    # i - VI - iv - v in the minor (a groove vamp), one chord a bar
    degrees = [(0, "min"), (8, "maj"), (5, "min"), (7, "min")]
    chords = []
    offset_s = offset_ms / 1000.0
    kick_times = []
    bass_onsets = []
    for bar in range(intro_bars + bars):
        t0 = bar * bar_s
        step, quality = degrees[bar % 4]
        label = f"{names[(tonic_pc + step) % 12]}:{quality}"
        chords.append((t0, t0 + bar_s, label))
        # piano: a two-beat comp (on one, and the "and" of two tied over), voiced around middle C
        for at, dur in ((0.0, 1.4), (1.5, 2.3)):
            for p in _voicing(label, 57):
                _add(piano, p, t0 + at * beat_s, dur * beat_s, 62 + rng.integers(-6, 6))
        if bar < intro_bars:
            continue
        # drums: kick on 1 and 3, plus the "and" of 3 every other bar; snare 2 and 4; hats on eighths
        kicks = [0.0, 2.0] + ([2.5] if bar % 2 else [])
        for k in kicks:
            _add(drums, KICK, t0 + k * beat_s, 0.1, 100 + rng.integers(-8, 8))
            kick_times.append(t0 + k * beat_s)
        for s in (1.0, 3.0):
            _add(drums, SNARE, t0 + s * beat_s, 0.1, 96 + rng.integers(-8, 8))
        for e in range(8):
            _add(drums, HAT, t0 + e * beat_s / 2, 0.05, (78 if e % 2 == 0 else 58) + rng.integers(-5, 5))
        # bass: with the kick, the root an octave below; a fifth or octave as the pickup
        root = 33 + (tonic_pc + step - 33) % 12
        for k in kicks:
            pitch = root + (7 if k == 2.5 else 0)
            _add(bass, pitch, t0 + k * beat_s + offset_s, beat_s * (0.45 if k == 2.5 else 0.9), 96)
            bass_onsets.append(t0 + k * beat_s + offset_s)
        if bar % 2 == 0:  # a passing note into the next bar, on the "and" of four
            _add(bass, root + 10, t0 + 3.5 * beat_s + offset_s, beat_s * 0.45, 88)
            bass_onsets.append(t0 + 3.5 * beat_s + offset_s)
    pm.instruments.extend([drums, bass, piano])
    total = (intro_bars + bars) * bar_s
    truth = dict(kind="groove", tempo_bpm=tempo_bpm, meter="4/4", beats_s=beats, downbeats_s=downbeats,
                 chords=chords, duration_s=total, bass_offset_ms=offset_ms, drums=_drum_truth(drums),
                 silent={"bass": [(0.0, intro_bars * bar_s)], "drums": [(0.0, intro_bars * bar_s)]},
                 band_s=[intro_bars * bar_s, total], sections=[(0.0, intro_bars * bar_s, "intro"),
                                                              (intro_bars * bar_s, total, "groove")],
                 notes={"bass": sorted(bass_onsets), "kick": sorted(kick_times)})
    return pm, truth


# Progressions as a musician would write them: chord labels in mir_eval syntax, one per bar unless
# a bar holds two (a list). Inversions ("/3", "/5"), sevenths, sus and power chords are all here.
PROGRESSIONS = {
    "4/4": [
        ["C:maj", "G:maj/3", "A:min7", "F:maj7", "D:min7", "G:7", ["C:maj", "C:maj/3"], ["F:maj", "G:sus4"],
         "A:min", "E:min/5", "F:maj", "G:7"],
        ["E:5", "G:5", "A:5", "C:maj", "D:maj", "A:min7", "B:min", "E:min", "A:7", "D:maj/3", "G:maj", "D:sus4"],
    ],
    "3/4": [
        ["G:maj", "E:min", "C:maj/5", "D:7", "B:min", "E:min7", "A:7", "D:sus4", "D:maj", "G:maj/3", "C:maj", "G:maj"],
        ["F:maj", "D:min", "Bb:maj", "C:7", "A:min7", "D:min", "G:min7", "C:sus4", "C:maj", "F:maj/3", "Bb:maj7", "F:maj"],
    ],
    "6/8": [
        ["D:min", "Bb:maj", "F:maj/3", "C:sus4", "C:maj", "A:7", "D:min", "G:min/5", "Bb:maj", "A:sus4", "A:7", "D:min"],
        ["E:maj", "C#:min7", "A:maj", "B:7", "G#:min", "A:maj7", "F#:min", "B:sus4", "B:7", "E:maj/3", "A:maj", "E:maj"],
    ],
}


def progression(meter: str, variant: int, tempo_bpm: float, seed: int = 0,
                with_drums: bool = True) -> tuple[pretty_midi.PrettyMIDI, dict]:
    """A piano and a guitar comping a progression, a bass on the roots (or the inversion's bass),
    light drums. 4/4 comps on the beats with an anticipation, 3/4 is oom-pah-pah, 6/8 is broken
    chords in eighths. The piano voices close around middle C, the guitar spreads the chord."""
    rng = np.random.default_rng(seed)
    beats_per_bar, beat_q = {"4/4": (4, 1.0), "3/4": (3, 1.0), "6/8": (2, 1.5)}[meter]
    bars = PROGRESSIONS[meter][variant]
    beats, downbeats, beat_s = _grid(tempo_bpm, beats_per_bar, beat_q, len(bars))
    bar_s = beat_s * beats_per_bar
    eighth = 60.0 / tempo_bpm / 2
    pm = pretty_midi.PrettyMIDI(initial_tempo=tempo_bpm)
    num, den = (6, 8) if meter == "6/8" else (beats_per_bar, 4)
    pm.time_signature_changes.append(pretty_midi.TimeSignature(num, den, 0.0))
    piano = pretty_midi.Instrument(0, name="piano")
    guitar = pretty_midi.Instrument(25, name="acoustic guitar")
    bass = pretty_midi.Instrument(33, name="bass")
    drums = pretty_midi.Instrument(0, is_drum=True, name="drums")
    chords = []
    for b, entry in enumerate(bars):
        t0 = b * bar_s
        labels = entry if isinstance(entry, list) else [entry]
        span = bar_s / len(labels)
        for j, label in enumerate(labels):
            a = t0 + j * span
            chords.append((a, a + span, label))
            voicing = _voicing(label, 55 + rng.integers(0, 5))
            bass_pitch = 28 + (_bass_pc(label) - 28) % 12
            if meter == "4/4":
                hits = [(x, 0.9) for x in np.arange(0.0, span / beat_s, 1.0)]
                for x, d in hits:
                    for p in voicing:
                        _add(piano, p, a + x * beat_s, d * beat_s, 66 + rng.integers(-5, 5))
                _add(bass, bass_pitch, a, span * 0.48, 92)
                _add(bass, bass_pitch + (12 if span >= 2 * beat_s else 0), a + span / 2, span * 0.45, 84)
            elif meter == "3/4":
                _add(bass, bass_pitch, a, beat_s * 0.95, 92)
                for x in (1, 2):
                    for p in voicing:
                        _add(piano, p, a + x * beat_s, beat_s * 0.8, 60 + rng.integers(-5, 5))
            else:  # 6/8: broken chords in eighths, bass on the dotted quarters
                arp = voicing + [voicing[0] + 12]
                for k in range(int(round(span / eighth))):
                    _add(piano, arp[[0, 1, 2, 3, 2, 1][k % 6] % len(arp)], a + k * eighth, eighth * 1.8,
                         62 + rng.integers(-5, 5))
                _add(bass, bass_pitch, a, beat_s * 0.9, 92)
                if span > beat_s * 1.5:
                    _add(bass, bass_pitch + 7 if "5" != label.split(":")[1] else bass_pitch, a + beat_s, beat_s * 0.8, 80)
            # guitar: a strum (low to high, 12 ms apart) once or twice per chord span
            spread = [40 + (_bass_pc(label) - 40) % 12] + [p - 12 for p in voicing] + [voicing[-1]]
            for x in ((0.0,) if span <= 1.5 * beat_s else (0.0, span / 2 / beat_s)):
                for i, p in enumerate(sorted(set(spread))):
                    _add(guitar, p, a + x * beat_s + 0.012 * i, min(span / 2, beat_s * 1.5), 58 + rng.integers(-5, 5))
        if with_drums:
            _add(drums, KICK, t0, 0.1, 90)
            if meter == "4/4":
                _add(drums, KICK, t0 + 2 * beat_s, 0.1, 85)
                _add(drums, SNARE, t0 + beat_s, 0.1, 70)
                _add(drums, SNARE, t0 + 3 * beat_s, 0.1, 70)
            else:
                _add(drums, SNARE, t0 + (beat_s if meter == "6/8" else 2 * beat_s), 0.1, 66)
            for k in range(int(round(bar_s / eighth))):
                _add(drums, HAT, t0 + k * eighth, 0.05, 50 + (10 if k % 2 == 0 else 0))
    pm.instruments.extend([i for i in (piano, guitar, bass, drums) if i.notes])
    total = len(bars) * bar_s
    return pm, dict(kind="progression", tempo_bpm=60.0 / beat_s, meter=meter, beats_s=beats, downbeats_s=downbeats,
                    chords=chords, duration_s=total, drums=_drum_truth(drums) if with_drums else {}, silent={})


INTERACTIONS = ("trading", "hocket", "doubling", "interlock")


def interaction(kind: str, tempo_bpm: float = 96.0, seed: int = 0, bars: int = 8) -> tuple[pretty_midi.PrettyMIDI, dict]:
    """Two parts over bass, drums and a pad, in one of four relations a musician names:

    - trading: a voice sings a two-bar phrase, the guitar answers with its own two bars;
    - hocket: one melody split note by note between the voice and the guitar;
    - doubling: the guitar plays the voice's line an octave below, in its rhythm;
    - interlock: the guitar skanks on the off-beats while the piano plays on the beats, all through.

    The two parts are ``truth['pair']``."""
    rng, beats, downbeats, beat_s, bar_s, pm, drums, bass = _band_in_four(tempo_bpm, bars, seed)
    voice = pretty_midi.Instrument(53, name="voice")
    guitar = pretty_midi.Instrument(27, name="clean guitar")
    piano = pretty_midi.Instrument(0, name="piano")
    pad = pretty_midi.Instrument(89, name="warm pad")
    scale = [0, 2, 4, 5, 7, 9, 11]  # C major
    prog = ["C:maj", "A:min", "F:maj", "G:maj"]
    chords = []
    for bar in range(bars):
        t0 = bar * bar_s
        label = prog[bar % 4]
        chords.append((t0, t0 + bar_s, label))
        root = 36 + (PITCH_CLASS[label.split(":")[0]] - 36) % 12
        for k in (0.0, 2.0, 3.5):
            _add(bass, root if k != 3.5 else root + 7, t0 + k * beat_s, beat_s * (0.9 if k < 3 else 0.45), 90)
            _add(drums, KICK, t0 + k * beat_s, 0.1, 95)
        for s in (1.0, 3.0):
            _add(drums, SNARE, t0 + s * beat_s, 0.1, 90)
        for e in range(8):
            _add(drums, HAT, t0 + e * beat_s / 2, 0.05, 60 + (12 if e % 2 == 0 else 0))
        if kind != "interlock":
            for p in _voicing(label, 52):
                _add(pad, p, t0, bar_s * 0.98, 45)
    # a melody: two-bar phrases of eighths and quarters, a breath at each phrase end
    melody = []  # (time, dur, pitch)
    for phrase in range(bars // 2):
        t = phrase * 2 * bar_s
        end = t + 2 * bar_s - beat_s  # rest on the last beat of the phrase
        degree = int(rng.integers(2, 6))
        while t < end - 1e-6:
            dur = beat_s * (0.5 if rng.random() < 0.55 else 1.0)
            dur = min(dur, end - t)
            degree = int(np.clip(degree + rng.choice([-2, -1, 1, 1, 2]), 0, 11))
            pitch = 67 + 12 * (degree // 7) + scale[degree % 7] - 7
            melody.append((t, dur, pitch))
            t += dur
    if kind == "trading":
        for t, d, p in melody:
            phrase = int(t // (2 * bar_s))
            target, shift = (voice, 0) if phrase % 2 == 0 else (guitar, -12)
            _add(target, p + shift, t, d * 0.9, 92)
    elif kind == "hocket":
        for i, (t, d, p) in enumerate(melody):
            target, shift = (voice, 0) if i % 2 == 0 else (guitar, -12)
            _add(target, p + shift, t, d * 0.9, 92)
    elif kind == "doubling":
        for t, d, p in melody:
            _add(voice, p, t, d * 0.9, 92)
            _add(guitar, p - 12, t, d * 0.9, 80)
    elif kind == "interlock":
        for bar in range(bars):
            t0 = bar * bar_s
            label = prog[bar % 4]
            for b in range(4):
                for p in _voicing(label, 55):
                    _add(piano, p, t0 + b * beat_s, beat_s * 0.4, 70)
                for p in _voicing(label, 64):
                    _add(guitar, p, t0 + (b + 0.5) * beat_s, beat_s * 0.3, 74)
    else:
        raise ValueError(f"unknown interaction {kind!r}")
    pm.instruments.extend([i for i in (drums, bass, voice, guitar, piano, pad) if i.notes])
    pair = ["guitar", "piano"] if kind == "interlock" else ["vocals", "guitar"]
    return pm, dict(kind="interaction", interaction=kind, pair=pair, tempo_bpm=tempo_bpm, meter="4/4", beats_s=beats,
                    downbeats_s=downbeats, chords=chords, duration_s=bars * bar_s, drums=_drum_truth(drums), silent={})
