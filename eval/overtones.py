"""A keyboard's or guitar's notes with and without their overtones and undertones, against the score.

    python -m eval.overtones        # the frames songs' piano and guitar stems (dev), the real piano and guitar

basic-pitch hears a struck string's twelfth and seventeenth as notes of their own, and sometimes an octave under a
chord's note. ``drop_overtones`` (analysis/stem_analysis.py) drops a note a harmonic's interval over a louder note
sounding as it starts; ``drop_undertones`` a quiet short note an octave under a louder note struck with it. Compared
on the same transcription of each stem:

- ``as transcribed`` (the notes before 2026-12-03's overtone rule);
- ``overtones dropped`` (the shipped method before the undertone rule of 2026-12-06: that rule's baseline);
- ``quiet dropped``: the strongest simple rule for the undertones, overtones dropped and then every note at most
  QUIET_SHARE of the loudest note struck with it (within TOGETHER_S) -- a soft note in a chord taken for a ghost;
- ``both dropped`` (shipped: overtones and undertones).

Material: the piano and guitar stems of the five frames songs (eval/frame_test_songs.py, TimGM6mb), truth their
scores (eval/cache/frames_test/*/truth.json), **dev** for both rules (the overtone rule written on ft_drive_e24's
keys, round 26's i05; the undertone rule on ft_swing_g1208's guitar, round 102's cy09, and these rows read while
checking it); and the real recordings with note truth in ``../shared/real`` (GuitarSet's comp, annotated per string;
the madmom piano sample), **read once for the undertone rule** after it was written (its held-out check; for the
overtone rule they are eval.truth's notes rows). Metric: mir_eval.transcription note F (onset ±50 ms, pitch within
50 cents, offsets ignored), with its precision and recall; the mean over stems with a 95 % bootstrap interval over
stems. Our own constants: QUIET_SHARE, TOGETHER_S.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eval.material import CACHE
from eval.metrics import mean_ci, note_prf as scores  # (precision, recall, F): the benchmark's judge

SONGS_DIR = CACHE / "frames_test"
STEMS = ("piano", "guitar")
REAL_ITEMS = (("guitarset_00_BN1-129-Eb_comp", "guitar"), ("madmom_piano_sample", "piano"))
QUIET_SHARE = 0.5  # the baseline's: a note at most half as loud as the loudest struck with it is a ghost
TOGETHER_S = 0.05  # struck together
METHODS = ("as_transcribed", "overtones_dropped", "quiet_dropped", "both_dropped")


def quiet_dropped(notes: list) -> list:
    """The baseline: every note at most QUIET_SHARE of the loudest note starting within TOGETHER_S of it left out."""
    import numpy as np

    t = np.array([n["time_s"] for n in notes])
    level = np.array([n["velocity"] for n in notes], dtype=float)
    return [n for i, n in enumerate(notes)
            if level[i] > QUIET_SHARE * level[np.abs(t - t[i]) <= TOGETHER_S].max()]


def _row(name: str, split: str, truth: list, audio: Path, stem: str) -> dict:
    from analysis import stem_analysis

    raw = stem_analysis.transcribe_basic_pitch(audio, stem, overtones=False)
    over = stem_analysis.drop_overtones(raw)
    notes = {"as_transcribed": raw, "overtones_dropped": over, "quiet_dropped": quiet_dropped(over),
             "both_dropped": stem_analysis.drop_undertones(over)}
    return {"stem": name, "split": split, "notes": len(truth)} | {
        m: [round(x, 3) for x in scores(truth, notes[m])] for m in METHODS} | {
        f"{m}_n": len(notes[m]) for m in METHODS}


def run() -> dict:
    from eval.frame_test_songs import TEST_SONGS, render
    from eval.truth import REAL

    rows = []
    for band, seed in TEST_SONGS:
        folder, _ = render(band, seed, SONGS_DIR)  # rendered once, reused from the cache
        truth_path = folder / "truth.json"
        if not truth_path.is_file():
            continue
        truth = json.loads(truth_path.read_text())["notes"]
        for stem in STEMS:
            wav = folder / f"{stem}.wav"
            if wav.is_file() and truth.get(stem):
                rows.append(_row(f"{folder.name}:{stem}", "dev", truth[stem], wav, stem))
    for item, stem in REAL_ITEMS:
        folder = REAL / item
        audio = next(iter(sorted(folder.glob(f"{stem}.*"))), None) if folder.is_dir() else None
        if audio is not None and (folder / "truth.json").is_file():
            truth = [{"time_s": float(a), "duration_s": float(b) - float(a), "pitch": float(m)}  # [onset, offset, MIDI]
                     for a, b, m in json.loads((folder / "truth.json").read_text())["notes"].get(stem) or []]
            if truth:
                rows.append(_row(f"real:{item}:{stem}", "real (held out for the undertone rule)", truth, audio, stem))
    out = {"baseline": "overtones_dropped (and quiet_dropped, the simple rule)", "stems": rows}
    for split in sorted({r["split"] for r in rows}):
        sel = [r for r in rows if r["split"] == split]
        out[split] = {}
        for key in METHODS:
            mean, lo, hi = mean_ci(sel, lambda r, k=key: r[k][2], lambda r: r["stem"])
            out[split][key] = {"note_f": round(mean, 3),
                               "ci": None if lo is None or lo != lo else [round(lo, 3), round(hi, 3)]}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "overtones.json")
    args = ap.parse_args(argv)
    out = run()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1))
    for r in out["stems"]:
        print(f"{r['stem']:44s} {r['split'][:4]} notes {r['notes']:4d} " + "  ".join(
            f"{m.split('_')[0]} P {r[m][0]:.2f} R {r[m][1]:.2f} F {r[m][2]:.2f} ({r[m + '_n']})" for m in METHODS))
    for split in (k for k in out if k not in ("baseline", "stems")):
        for key in METHODS:
            print(f"{split[:4]} {key:18s} note F {out[split][key]['note_f']}  95% CI {out[split][key]['ci']}")


if __name__ == "__main__":
    main()
