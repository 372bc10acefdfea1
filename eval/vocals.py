"""Vocal transcription: basic-pitch (today's method for the vocals stem) against the monophonic f0-line
reader (analysis/bass_line.py with a voice's settings), on rendered melodies with known notes, on the
frames test songs' vocals stems and on the real vocal stems.

    python -m eval.vocals                    # every split, every method
    python -m eval.vocals --split dev        # the melodies parameters were chosen on
    python -m eval.vocals --split real       # the real vocal stems only (read once, at the end)

Methods (the first is today's baseline):
- ``basic-pitch``: basic-pitch with the vocals settings (stem_analysis.TRANSCRIBE["vocals"]) + reduce_to_line;
- ``f0-line``: onsets from the stem's attacks and pitch steps, YIN f0 per note (VOICE_PARAMS);
- ``f0-line-pyin``: the same reader on librosa's pYIN f0.

Material, truth and split:
- dev (parameters were chosen on it): melodies written here (:func:`write_melody`: steady eighths,
  legato lines with glides, held notes, repeated pitches), sung with vibrato (5-6 Hz, ±25-50 cents, from
  the second 150 ms of a note) and a scoop into each note (40-80 cents flat, 60-90 ms), in five GM sounds
  (53 voice oohs, 52 choir aahs, 54 synth voice, 74 flute, 81 saw lead) and two soundfonts (FluidR3,
  TimGM6mb); truth = the score.
- synth-test: the same writer with other seeds, keys and tempi (not looked at while choosing).
- frames: the vocals stems of the frozen frames test songs (eval/frame_test_songs.py: another writer,
  TimGM6mb, programs 52, 54, 85; no vibrato); truth = their score. Held out.
- real: every ``vocals.flac`` under ``../shared/real``; truth = truth.json's notes (MedleyDB: derived
  from the verified f0, approximate; vocadito: annotator A1, and A2 from annotations/, the piece's
  figure is the mean over both). Held out: read once, after the parameters were fixed.

Metrics (mir_eval.transcription, offsets ignored): onset F (onset within ±50 ms, one-to-one) and note F
(onset ±50 ms and pitch within 50 cents); and notes found per written note (fragmentation).
Brackets: 95 % bootstrap interval over pieces (eval.metrics.bootstrap_ci).
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import dataclass, replace
from pathlib import Path

import mir_eval
import numpy as np
import pretty_midi

from analysis import bass_line
from eval.material import CACHE, installed_fonts, render_with_font
from eval.truth import REAL

METHODS = ("basic-pitch", "basic-pitch-joined", "f0-line", "f0-line-pyin")
BASELINE = "basic-pitch"
VOCAL_CACHE = CACHE / "vocals"
KINDS = ("eighths", "legato", "held", "repeated")
PROGRAMS = {53: "voice oohs", 52: "choir aahs", 54: "synth voice", 74: "flute", 81: "saw lead"}
# a sound's register (MIDI): where its melodies are written; the voices in a low (male) and a high one
REGISTERS = {53: (45, 64), 52: (57, 76), 54: (50, 72), 74: (67, 88), 81: (55, 79)}
BARS = 4
MAJOR = (0, 2, 4, 5, 7, 9, 11)
SPLIT_SEEDS = {"dev": 100, "synth-test": 700}
BEND_RANGE_SEMITONES = 24  # set by RPN 0 in each rendered file


@dataclass
class Piece:
    name: str
    split: str
    group: str  # what a row is reported under (sound, kind, song)
    wav: Path
    notes: list[tuple[float, float, float]]  # onset_s, offset_s, MIDI pitch (may be fractional)
    notes_alt: list[tuple[float, float, float]] | None = None  # a second annotator


# -- the melodies ------------------------------------------------------------------------------
def write_melody(kind: str, register: tuple[int, int], tempo_bpm: float, seed: int) -> tuple[list, list, list]:
    """(sung notes as (start_s, end_s, pitch): the truth; MIDI notes played; pitch bends as (time_s,
    semitones from the played note)) of a BARS-bar 4/4 melody of ``kind``."""
    rng = np.random.default_rng(seed)
    beat = 60.0 / tempo_bpm
    lo, hi = register
    tonic = lo + int(rng.integers(0, 5))
    scale = [tonic + 12 * o + d for o in range(3) for d in MAJOR if lo <= tonic + 12 * o + d <= hi]
    idx = len(scale) // 2
    notes: list[tuple[float, float, int]] = []

    def step(size: int = 2) -> int:
        nonlocal idx
        idx = int(np.clip(idx + rng.integers(-size, size + 1), 0, len(scale) - 1))
        return scale[idx]

    for bar in range(BARS):
        t0 = 4 * bar * beat
        if kind == "eighths":  # steady eighths, each sung apart (92 % of its length), a breath in the last bar
            count = 8 if bar < BARS - 1 else 5
            notes += [(t0 + k * beat / 2, t0 + k * beat / 2 + 0.92 * beat / 2, step()) for k in range(count)]
        elif kind == "legato":  # quarters and eighths joined, each note running into the next
            k = 0.0
            while k < 4:
                length = float(rng.choice([0.5, 1.0, 1.0, 1.5])) if k <= 2.5 else 4 - k
                notes.append((t0 + k * beat, t0 + (k + length) * beat + 0.02, step(3)))
                k += length
        elif kind == "held":  # a half note and two quarters, or a whole note
            if rng.random() < 0.5:
                notes.append((t0, t0 + 3.8 * beat, step(3)))
            else:
                notes += [(t0, t0 + 1.9 * beat, step(3)), (t0 + 2 * beat, t0 + 2.9 * beat, step()),
                          (t0 + 3 * beat, t0 + 3.9 * beat, step())]
        elif kind == "repeated":  # a pitch sung two to four times in eighths, then another
            k = 0
            while k < 8:
                p, times = step(3), int(rng.integers(2, 5))
                notes += [(t0 + (k + j) * beat / 2, t0 + (k + j + 0.85) * beat / 2, p)
                          for j in range(times) if k + j < 8]
                k += times
        else:
            raise ValueError(f"unknown melody kind {kind!r}; one of {KINDS}")
    # the singing: a scoop into each note (a legato note glides from the one before), a vibrato on what is
    # held longer than 0.3 s. A legato bar is sung on one breath: one MIDI note, its pitches bent to
    # (no new attack, as a singer joins notes on a vowel)
    played = notes if kind != "legato" else [
        (a, b, p) for a, b, p in ((min(n[0] for n in bar), max(n[1] for n in bar), int(np.median([n[2] for n in bar])))
                                  for bar in _bars(notes, 4 * beat) if bar)]
    bends: list[tuple[float, float]] = []
    rate_hz, depth = float(rng.uniform(5.0, 6.0)), float(rng.uniform(0.25, 0.5))
    for k, (a, b, p) in enumerate(notes):
        end = min(b, notes[k + 1][0]) if k + 1 < len(notes) else b
        base = next(q for s, e, q in played if s <= a + 1e-6 and a < e)
        joined = kind == "legato" and k > 0 and notes[k - 1][1] >= a and base == _base(played, notes[k - 1][0])
        scoop = (notes[k - 1][2] - p) if joined else -float(rng.uniform(0.4, 0.8))
        scoop_s = float(rng.uniform(0.06, 0.09))
        for t in np.arange(a, end, 0.01):
            u = t - a
            semis = p - base + scoop * max(0.0, 1 - u / scoop_s)
            if b - a > 0.3 and u > 0.15:
                semis += depth * np.sin(2 * np.pi * rate_hz * (u - 0.15)) * min(1.0, (u - 0.15) / 0.2)
            bends.append((float(t), float(semis)))
    return [(a, b, float(p)) for a, b, p in notes], played, bends


def _bars(notes: list, bar_s: float) -> list[list]:
    out: dict[int, list] = {}
    for n in notes:
        out.setdefault(int(n[0] // bar_s + 1e-6), []).append(n)
    return list(out.values())


def _base(played: list, at_s: float) -> int:
    return next(q for s, e, q in played if s <= at_s + 1e-6 and at_s < e)


def _midi(played: list, bends: list, program: int, tempo_bpm: float) -> pretty_midi.PrettyMIDI:
    pm = pretty_midi.PrettyMIDI(initial_tempo=tempo_bpm)
    inst = pretty_midi.Instrument(program, name="voice")
    rng = np.random.default_rng(len(played))
    inst.notes = [pretty_midi.Note(int(rng.integers(80, 105)), int(p), a, b) for a, b, p in played]
    # RPN 0: the pitch-bend range, so a legato bar's bends reach its pitches
    # (a millisecond apart: events at one time may be written in another order)
    inst.control_changes = [pretty_midi.ControlChange(c, v, k * 1e-3) for k, (c, v) in
                            enumerate(((101, 0), (100, 0), (6, BEND_RANGE_SEMITONES), (38, 0)))]
    inst.pitch_bends = [pretty_midi.PitchBend(int(np.clip(round(8192 * s / BEND_RANGE_SEMITONES), -8192, 8191)), t)
                        for t, s in bends]
    pm.instruments.append(inst)
    return pm


def melody_pieces(split: str) -> list[Piece]:
    out = []
    base = SPLIT_SEEDS[split]
    for font_name, font in installed_fonts().items():
        for program, sound in PROGRAMS.items():
            for j, kind in enumerate(KINDS):
                seed = base + 10 * program + j + (0 if font_name == "fluidr3" else 5)
                tempo = float(np.random.default_rng(seed).uniform(80, 130))
                notes, played, bends = write_melody(kind, REGISTERS[program], tempo, seed)
                name = f"{split}-{font_name}-{program}-{kind}"
                wav = VOCAL_CACHE / f"{name}.wav"
                if not wav.is_file():
                    render_with_font(_midi(played, bends, program, tempo), font, wav)
                out.append(Piece(name, split, f"{program} {sound}", wav, notes))
    return out


def frames_pieces() -> list[Piece]:
    from eval import frame_test_songs as fts

    out = []
    for band, seed in fts.TEST_SONGS:
        folder, truth = fts.render(band, seed, CACHE / "frames_test")
        if (folder / "vocals.wav").is_file() and truth["notes"].get("vocals"):
            ref = [(n["time_s"], n["time_s"] + n["duration_s"], float(n["pitch"])) for n in truth["notes"]["vocals"]]
            out.append(Piece(band.name, "frames", f"lead {band.programs['lead']}", folder / "vocals.wav", ref))
    return out


def real_pieces() -> list[Piece]:
    if not REAL.is_dir():
        return []
    out = []
    for item in sorted(p for p in REAL.iterdir() if (p / "vocals.flac").is_file()):
        ref = [tuple(n) for n in json.loads((item / "truth.json").read_text()).get("notes", {}).get("vocals", [])]
        alt = None
        for csv in item.glob("annotations/*_notesA2.csv"):  # vocadito's second annotator: onset_s, pitch_Hz, duration_s
            rows = np.loadtxt(csv, delimiter=",", ndmin=2)
            alt = [(a, a + d, float(69 + 12 * np.log2(hz / 440.0))) for a, hz, d in rows]
        if ref:
            out.append(Piece(item.name, "real", "real", item / "vocals.flac", ref, alt))
    return out


def pieces(split: str) -> list[Piece]:
    if split in SPLIT_SEEDS:
        return melody_pieces(split)
    return frames_pieces() if split == "frames" else real_pieces()


# A sung (or blown, or synth-voice) line: one note at a time like a bass, but higher, with soft attacks,
# notes joined without one (legato), scoops into the pitch and vibrato (chosen on the dev melodies of
# python -m eval.vocals, which also runs basic-pitch beside it). Not what the server runs for the vocals
# stem: it beat basic-pitch on every rendered voice (onset F 0.74-0.76 against 0.52-0.57) but lost on the
# held-out real vocal stems (0.46 against 0.64; note F 0.29 against 0.53)
VOICE_PARAMS = replace(bass_line.PARAMS, f0_min_hz=80.0, f0_max_hz=1100.0, f0_frame=512,  # 46 ms: two periods of 43 Hz
                       onset_lag=4, onset_delta=0.2,  # a flux over 46 ms, stricter: a vibrato or a scoop is no attack
                       settle_s=0.08, pitch_steps=True, pitch_step_min_s=0.08, pitch_step_back_s=0.15)


# -- methods and metrics -----------------------------------------------------------------------
def run_method(method: str, wav: Path, params=None) -> list:
    """Notes of the vocals stem at ``wav`` by one of METHODS (``params``: the f0-line's, for a sweep)."""
    import soundfile as sf

    from analysis import stem_analysis

    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; one of {METHODS}")
    if method in ("basic-pitch", "basic-pitch-joined"):
        notes = stem_analysis.transcribe_basic_pitch(wav, "vocals")
        return joined(notes) if method == "basic-pitch-joined" else notes
    audio, sr = sf.read(str(wav), dtype="float32", always_2d=True)
    voice = params or VOICE_PARAMS
    if method == "f0-line-pyin":
        voice = replace(voice, f0_method="pyin")
    return bass_line.transcribe_line(audio.mean(axis=1), sr, voice)


JOIN_GAP_S = 0.02  # a note of the same pitch starting within this of the last one's end is that note going on


def joined(notes: list) -> list:
    """basic-pitch's notes with each note that continues the one before at the same pitch, with no gap
    (JOIN_GAP_S), joined to it: a held or vibrato'd sung note read in pieces."""
    out: list = []
    for n in sorted(notes, key=lambda n: n["time_s"]):
        last = out[-1] if out else None
        if last is not None and n["pitch"] == last["pitch"] and \
                n["time_s"] - (last["time_s"] + last["duration_s"]) <= JOIN_GAP_S:
            out[-1] = dict(last, duration_s=max(last["duration_s"], n["time_s"] + n["duration_s"] - last["time_s"]))
        else:
            out.append(n.row() if hasattr(n, "row") else dict(n))
    return out


def scores(ref: list, est: list) -> dict[str, float]:
    """onset F, note F (onset + pitch) and notes found per written note."""
    if not est:
        return {"onset_f": 0.0, "note_f": 0.0, "per_note": 0.0}
    ri = np.array([[a, max(b, a + 1e-3)] for a, b, _ in ref])
    rp = 440.0 * 2 ** ((np.array([p for *_, p in ref]) - 69) / 12)
    ei = np.array([[n["time_s"], n["time_s"] + max(n["duration_s"], 1e-3)] for n in est])
    ep = 440.0 * 2 ** ((np.array([n["pitch"] for n in est], dtype=float) - 69) / 12)
    onset = mir_eval.transcription.onset_precision_recall_f1(ri, ei, onset_tolerance=0.05)[2]
    note = mir_eval.transcription.precision_recall_f1_overlap(ri, rp, ei, ep, onset_tolerance=0.05,
                                                              offset_ratio=None)[2]
    return {"onset_f": float(onset), "note_f": float(note), "per_note": len(est) / len(ref)}


def measure(piece: Piece, methods: tuple[str, ...], params=None) -> dict:
    row = dict(piece=piece.name, split=piece.split, group=piece.group, n_ref=len(piece.notes))
    for m in methods:
        t0 = time.perf_counter()
        est = run_method(m, piece.wav, params)
        row[f"{m}:seconds"] = time.perf_counter() - t0
        row[f"{m}:n"] = len(est)
        s = scores(piece.notes, est)
        if piece.notes_alt:
            alt = scores(piece.notes_alt, est)
            for k in s:
                row[f"{m}:{k}:A1"], row[f"{m}:{k}:A2"] = s[k], alt[k]
            s = {k: (s[k] + alt[k]) / 2 for k in s}
        for k, v in s.items():
            row[f"{m}:{k}"] = v
    return row


# -- report ------------------------------------------------------------------------------------
def cell(rows: list[dict], key: str) -> str:
    from eval.metrics import bootstrap_ci

    vals = [r[key] for r in rows if key in r]
    if not vals:
        return "—"
    mean = float(np.mean(vals))
    if len({r["piece"] for r in rows}) < 3:
        return f"{mean:.2f} (n={len(vals)})"
    lo, hi = bootstrap_ci(rows, lambda rs: float(np.mean([r[key] for r in rs])), lambda r: r["piece"])
    return f"{mean:.2f} [{lo:.2f}, {hi:.2f}] (n={len(vals)})"


def report(rows: list[dict], methods: tuple[str, ...]) -> str:
    lines = ["Vocal notes · onset F (±50 ms) / note F (±50 ms + 50 cents) / notes found per written note · "
             "mean [95 % bootstrap over pieces]; baseline: basic-pitch (today's method)", ""]
    head = "| split · group | " + " | ".join(f"{m} onset F | {m} note F | {m} per note" for m in methods) + " |"
    lines += [head, "|---|" + "---|" * (3 * len(methods))]
    for split in dict.fromkeys(r["split"] for r in rows):
        srows = [r for r in rows if r["split"] == split]
        groups = [(f"{split} · all", srows)]
        if split in SPLIT_SEEDS:
            groups += [(f"{split} · {g}", [r for r in srows if r["group"] == g])
                       for g in dict.fromkeys(r["group"] for r in srows)]
            groups += [(f"{split} · {k}", [r for r in srows if r["piece"].endswith(k)]) for k in KINDS]
        else:
            groups += [(f"{split} · {r['piece']}", [r]) for r in srows]
        for label, g in groups:
            lines.append(f"| {label} | " + " | ".join(f"{cell(g, f'{m}:onset_f')} | {cell(g, f'{m}:note_f')} | "
                                                       f"{cell(g, f'{m}:per_note')}" for m in methods) + " |")
    ann = [r for r in rows if any(k.endswith(":A2") for k in r)]
    for r in ann:
        lines += ["", f"{r['piece']} per annotator: " + "; ".join(
            f"{m} onset F A1 {r[f'{m}:onset_f:A1']:.2f} A2 {r[f'{m}:onset_f:A2']:.2f}, "
            f"note F A1 {r[f'{m}:note_f:A1']:.2f} "
            f"A2 {r[f'{m}:note_f:A2']:.2f}" for m in methods)]
    secs = {m: sum(r[f"{m}:seconds"] for r in rows) for m in methods}
    lines += ["", "Seconds, all pieces above (this machine): " + ", ".join(f"{m} {v:.1f}" for m, v in secs.items())]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", nargs="*", choices=[*SPLIT_SEEDS, "frames", "real"],
                    help="default: dev, synth-test, frames, real")
    ap.add_argument("--methods", nargs="*", choices=METHODS, help=f"default: {', '.join(METHODS)}")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "vocals")
    args = ap.parse_args(argv)
    methods = tuple(args.methods or METHODS)
    rows = [measure(p, methods) for split in (args.split or [*SPLIT_SEEDS, "frames", "real"]) for p in pieces(split)]
    text = report(rows, methods)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "vocals.json").write_text(json.dumps(rows, indent=1))
    (args.out / "vocals.md").write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
