"""Bass lines with known notes, written in code and rendered with FluidSynth (eval/bass.py's material).

Five kinds of line a bass player plays: chord roots held, a walking line with chromatic approaches,
octave jumps, repeated sixteenths on one pitch, and a syncopated line with rests. Each is rendered
in several GM bass sounds. The split is by sound *and* by line: calibration sounds and lines (other
keys, tempi and seeds) are the only ones parameters were chosen on; the test sounds and lines are
reported.
"""

from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

from eval.material import CACHE, write_stem_wavs

BASS_CACHE = CACHE / "bass"
LINE_KINDS = ("roots", "walking", "octaves", "sixteenths", "rests")
# GM programs: 32 acoustic, 33 finger, 34 pick, 35 fretless, 36 slap 1, 37 slap 2, 38 synth 1, 39 synth 2
SOUNDS = {"calibration": (33, 38, 37), "test": (32, 34, 35, 39)}
# per split: (key root as a MIDI bass note, tempo BPM, seed) for each line kind
SETTINGS = {"calibration": {"roots": (33, 96, 1), "walking": (31, 132, 2), "octaves": (29, 118, 3),
                            "sixteenths": (28, 112, 4), "rests": (35, 100, 5)},
            "test": {"roots": (28, 84, 11), "walking": (33, 120, 12), "octaves": (31, 124, 13),
                     "sixteenths": (33, 126, 14), "rests": (30, 94, 15)}}
MAJOR, MINOR = (0, 2, 4, 5, 7, 9, 11), (0, 2, 3, 5, 7, 8, 10)
BARS = 4


@dataclass
class BassPiece:
    name: str
    split: str  # calibration | test
    program: int
    line: str
    tempo_bpm: float
    notes: list[dict]  # time_s, duration_s, pitch, velocity (the score: the truth)


def _progression(rng: random.Random) -> list[int]:
    """Scale degrees (0-based) of one chord root per bar."""
    return rng.choice([[0, 5, 3, 4], [0, 3, 4, 0], [5, 3, 0, 4], [0, 6, 5, 4]])


def write_line(kind: str, root: int, tempo_bpm: float, seed: int) -> list[dict]:
    """The notes of one BARS-bar line of ``kind`` in 4/4 (MIDI pitches from ``root``, about E1-E3)."""
    rng = random.Random(seed)
    scale = MINOR if seed % 2 else MAJOR
    beat = 60.0 / tempo_bpm
    out: list[tuple[float, float, int]] = []  # start in beats, length in beats, pitch

    def degree(d: int) -> int:
        return root + 12 * (d // 7) + scale[d % 7]

    for bar, chord in enumerate(_progression(rng)):
        t0, r = 4.0 * bar, degree(chord)
        if kind == "roots":  # held roots, a whole note or two halves (root, fifth or octave)
            if rng.random() < 0.5:
                out.append((t0, 3.9, r))
            else:
                out += [(t0, 1.9, r), (t0 + 2, 1.9, rng.choice([degree(chord + 4), r + 12, r]))]
        elif kind == "walking":  # quarters: root, chord tones, a chromatic approach into the next bar
            nxt = degree(_progression(random.Random(seed))[(bar + 1) % BARS])
            line = [r, degree(chord + rng.choice([2, 4])), degree(chord + rng.choice([4, 5])),
                    nxt + rng.choice([-1, 1])]
            out += [(t0 + i, 0.92, p) for i, p in enumerate(line)]
        elif kind == "octaves":  # eighths alternating the root and its octave
            out += [(t0 + 0.5 * i, 0.45, r + (12 if i % 2 else 0)) for i in range(8)]
        elif kind == "sixteenths":  # a driving line: repeated sixteenths on one pitch per half bar
            for half in range(2):
                p = r if half == 0 else rng.choice([r, degree(chord + 4), degree(chord - 1)])
                out += [(t0 + 2 * half + 0.25 * i, 0.23, p) for i in range(8)]
        elif kind == "rests":  # syncopated, staccato, with rests of a beat or more
            slots = sorted(rng.sample(range(16), 7))
            for s in slots:
                if s in (4, 5, 12):  # rests: nothing starts on beat 2 or beat 4's "one"
                    continue
                out.append((t0 + 0.25 * s, rng.choice([0.2, 0.45, 0.7]), rng.choice([r, r, degree(chord + 4), r + 12])))
        else:
            raise ValueError(f"unknown line kind {kind!r}")
    notes = [dict(time_s=round(s * beat, 4), duration_s=round(d * beat, 4), pitch=int(p),
                  velocity=rng.randint(72, 112)) for s, d, p in sorted(out)]
    # a note ends before the next begins (a bass plays one note at a time)
    for a, b in zip(notes, notes[1:]):
        a["duration_s"] = round(min(a["duration_s"], b["time_s"] - a["time_s"] - 0.005), 4)
    return notes


def pieces(split: str | None = None, quick: bool = False) -> list[BassPiece]:
    """The material of a split (both when None); ``quick``: two test sounds x two lines."""
    out = []
    for sp in ("calibration", "test") if split is None else (split,):
        for program in SOUNDS[sp]:
            for kind in LINE_KINDS:
                root, tempo, seed = SETTINGS[sp][kind]
                out.append(BassPiece(f"{sp[:3]}_p{program}_{kind}", sp, program, kind, tempo,
                                     write_line(kind, root, tempo, seed)))
    if quick:
        out = [p for p in out if p.split == "test" and p.program in (34, 39) and p.line in ("walking", "sixteenths")]
    return out


def render(piece: BassPiece, cache: Path = BASS_CACHE) -> Path:
    """<cache>/<name>/bass.wav (FluidSynth, the server's renderer) and truth.json; cached by content."""
    import pretty_midi

    folder = cache / piece.name
    truth = folder / "truth.json"
    if truth.is_file() and json.loads(truth.read_text()) == asdict(piece) and (folder / "bass.wav").is_file():
        return folder / "bass.wav"
    pm = pretty_midi.PrettyMIDI(initial_tempo=piece.tempo_bpm)
    inst = pretty_midi.Instrument(program=piece.program, name="bass")
    inst.notes = [pretty_midi.Note(velocity=n["velocity"], pitch=n["pitch"], start=n["time_s"],
                                   end=n["time_s"] + n["duration_s"]) for n in piece.notes]
    pm.instruments.append(inst)
    write_stem_wavs(pm, folder)
    truth.write_text(json.dumps(asdict(piece)))
    return folder / "bass.wav"


def load_mono(path: Path) -> tuple[np.ndarray, int]:
    audio, sr = sf.read(str(path), dtype="float32", always_2d=True)
    return np.ascontiguousarray(audio.mean(axis=1)), sr
