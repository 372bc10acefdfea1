"""Is the track at concert pitch? ``track_context.tuning_cents`` (``analysis.rhythm.concert_tuning_cents``) against
planted retunings and real recordings' annotated pitch.

    python -m eval.tuning            # planted shifts (test, dev marked) and the real recordings' absolute tuning

Material (this module's own, written 2026-12-04 in the twenty-first session; every figure is dev, said below):

- **planted** (dev: a first reading over each mix in one piece put the Rock mix up to 17 cents off, and the median
  over the middle of each third was chosen after it): each song's stems summed (up to its first SECONDS_READ s),
  resampled so it plays PLANTED cents higher or lower (-40, -25, -10, -5, +5, +10, +25, +40; an A at 432 Hz is about -32). Truth: the reading of the song as it is,
  plus the planted shift, folded into half a semitone either way (the reading is relative, so a rendered soundfont's
  own tuning does not count). Songs: the five frames test songs and every real multitrack of ``../shared/real`` but
  vocadito's solo voice (no accompaniment to tune to) and madmom's piano sample (four seconds). GuitarSet and
  ft_ballad_csm76 chose the analysis window (CONCERT_TUNING_NFFT) on their shifts (row "window"); the rest, "others".
- **real** (absolute, dev: GuitarSet was read while the rule was written): GuitarSet's per-string pitch contours (the
  jams) and vocadito's annotated f0: each frame's distance from the nearest equal-tempered note of A 440, its median
  over frames whose pitch holds (moving under STEADY_CENTS from the frame before).

Reported: the median absolute error (cents) and the share within WITHIN cents, with 95 % bootstrap intervals over
songs. Baseline: **today's stored reading** before this rule, ``chroma_tuning`` in cents (it folds on a third of a
semitone, so a shift past about seventeen cents wraps) — and, beside it, **concert pitch always** (the error is the
shift itself).
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import numpy as np
import soundfile as sf

from eval.material import CACHE
from eval.metrics import bootstrap_ci
from eval.truth import REAL

FRAMES = CACHE / "frames_test"
PLANTED = (-40, -25, -10, -5, 5, 10, 25, 40)
SECONDS_READ = 40.0
WITHIN = 5.0  # cents: a tuning a synth can be set to without audible beating against the track
STEADY_CENTS = 10.0  # an annotated frame within this of the one before is a held pitch
STEADY_SPREAD = 8.0  # the server's own rule (heuristics.describe.TUNING_STEADY_SPREAD), mirrored to report its
# abstentions: the truth above does not depend on it
DEV = ("guitarset_00_BN1-129-Eb_comp", "ft_ballad_csm76")
FRAME_SONGS = ("ft_ballad_csm76", "ft_ballad_eb54", "ft_drive_ab152", "ft_drive_e24", "ft_swing_g1208")
REAL_SONGS = ("guitarset_00_BN1-129-Eb_comp", "musicdelta_beatles", "musicdelta_country1", "musicdelta_punk",
              "musicdelta_rock", "musicdelta_shadows")


def _fold(cents: float) -> float:
    """Cents folded into half a semitone either way (a reading of +55 is -45: the next note's)."""
    return float((cents + 50.0) % 100.0 - 50.0)


def _mix(folder: Path, env_sr: int) -> np.ndarray | None:
    import librosa

    parts = []
    for f in sorted(folder.iterdir()):
        if f.suffix in (".wav", ".flac") and f.stem != "mix":
            y, sr = sf.read(f, dtype="float32", frames=int(SECONDS_READ * 48000))
            y = y.mean(axis=1) if y.ndim > 1 else y
            parts.append(librosa.resample(y[: int(SECONDS_READ * sr)], orig_sr=sr, target_sr=env_sr))
    if not parts:
        return None
    n = min(len(p) for p in parts)
    return np.sum([p[:n] for p in parts], axis=0).astype(np.float32)


def planted_rows() -> list[dict]:
    import librosa

    from analysis.rhythm import CHROMA_BINS_PER_OCTAVE, ENV_SR, chroma_tuning, concert_tuning

    rows = []
    songs = [(s, FRAMES / s) for s in FRAME_SONGS] + [(s, REAL / s) for s in REAL_SONGS]
    for song, folder in songs:
        if not folder.is_dir():
            continue
        y = _mix(folder, ENV_SR)
        if y is None:
            continue
        base = concert_tuning(y)["cents"]
        old_base = chroma_tuning(y) * 1200.0 / CHROMA_BINS_PER_OCTAVE
        for c in PLANTED:
            z = librosa.resample(y, orig_sr=ENV_SR * 2 ** (c / 1200.0), target_sr=ENV_SR)  # c cents higher
            truth = _fold(base + c)
            old = chroma_tuning(z) * 1200.0 / CHROMA_BINS_PER_OCTAVE
            read = concert_tuning(z)
            rows.append({"song": song, "planted": c, "split": "window" if song in DEV else "others",
                         "error": abs(_fold(read["cents"] - truth)), "steady": read["spread"] <= STEADY_SPREAD,
                         "baseline_stored": abs(_fold(old - _fold(old_base + c))),
                         "baseline_concert": abs(c)})
    return rows


def _annotated_cents(hz: np.ndarray) -> float | None:
    hz = hz[hz > 0]
    if len(hz) < 10:
        return None
    midi = 69.0 + 12.0 * np.log2(hz / 440.0)
    held = np.r_[False, np.abs(np.diff(midi)) * 100.0 < STEADY_CENTS]
    off = 100.0 * (midi - np.round(midi))
    return float(np.median(off[held])) if held.sum() >= 10 else None


def real_rows() -> list[dict]:
    from analysis.rhythm import ENV_SR, concert_tuning

    rows = []
    gs = REAL / "guitarset_00_BN1-129-Eb_comp"
    if (gs / "annotations").is_dir():
        jams = json.loads((gs / "annotations" / "00_BN1-129-Eb_comp.jams").read_text())
        hz = np.array([v["frequency"] for a in jams["annotations"] if a["namespace"] == "pitch_contour"
                       for v in a["data"]["value"] if v.get("voiced", True) and v["frequency"] > 0])
        truth = _annotated_cents(hz)
        y = _mix(gs, ENV_SR)
        if truth is not None and y is not None:
            rows.append({"song": gs.name, "truth": round(truth, 1), **concert_tuning(y)})
    vo = REAL / "vocadito_1_solo_voice"
    if (vo / "annotations").is_dir():
        with open(vo / "annotations" / "vocadito_1_f0.csv") as fh:
            hz = np.array([float(r[1]) for r in csv.reader(fh) if len(r) >= 2 and r[1].strip()])
        truth = _annotated_cents(hz)
        y = _mix(vo, ENV_SR)
        if truth is not None and y is not None:
            rows.append({"song": vo.name, "truth": round(truth, 1), **concert_tuning(y)})
    return rows


def summary(rows: list[dict], key: str) -> str:
    if not rows:
        return "no rows"
    med = float(np.median([r[key] for r in rows]))
    lo, hi = bootstrap_ci(rows, lambda rs: float(np.median([r[key] for r in rs])), lambda r: r["song"])
    within = float(np.mean([r[key] <= WITHIN for r in rows]))
    wlo, whi = bootstrap_ci(rows, lambda rs: float(np.mean([r[key] <= WITHIN for r in rs])), lambda r: r["song"])
    return f"{med:.1f} [{lo:.1f}, {hi:.1f}] cents; within {WITHIN:g}: {within:.2f} [{wlo:.2f}, {whi:.2f}]"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.parse_args(argv)
    rows = planted_rows()
    print("| split | n | concert_tuning_cents: median abs error, share within five cents | baseline: the stored "
          "chroma tuning | baseline: concert pitch always |")
    print("|---|---|---|---|---|")
    for split in ("others", "window"):
        part = [r for r in rows if r["split"] == split]
        steady = [r for r in part if r["steady"]]
        print(f"| planted, {split} ({len({r['song'] for r in part})} songs, dev), every reading | {len(part)} | "
              f"{summary(part, 'error')} | {summary(part, 'baseline_stored')} | {summary(part, 'baseline_concert')} |")
        print(f"| planted, {split}, the readings said steady (the rest said unreadable: {1 - len(steady) / len(part):.2f}"
              f" of them) | {len(steady)} | {summary(steady, 'error')} | {summary(steady, 'baseline_stored')} | "
              f"{summary(steady, 'baseline_concert')} |")
    print()
    for r in real_rows():
        print(f"real, dev: {r['song']}: annotated {r['truth']:+.1f} cents, read {r['cents']:+.1f} cents, spread "
              f"{r['spread']:.1f} ({'steady' if r['spread'] <= STEADY_SPREAD else 'said unreadable'}; error "
              f"{abs(r['cents'] - r['truth']):.1f}; concert pitch always: {abs(r['truth']):.1f})")


if __name__ == "__main__":
    main()
