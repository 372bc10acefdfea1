"""A keyboard's or guitar's notes with and without their overtones, against the score.

    python -m eval.overtones        # the frames songs' piano and guitar stems (dev)

basic-pitch hears a struck string's twelfth and seventeenth as notes of their own. ``drop_overtones``
(analysis/stem_analysis.py) drops a note a harmonic's interval over a louder note sounding as it starts. Compared on
the same transcription of each stem:

- ``as transcribed`` (the baseline: the notes before 2026-12-03's rule);
- ``overtones dropped``.

Material: the piano and guitar stems of the five frames songs (eval/frame_test_songs.py, TimGM6mb), truth their
scores (eval/cache/frames_test/*/truth.json). **Dev**: the rule was written on ft_drive_e24's keys (round 26's i05)
and these figures were read while checking it. The real piano and GuitarSet are in ``python -m eval.truth``'s notes
rows. Metric: mir_eval.transcription note F (onset ±50 ms, pitch within 50 cents, offsets ignored), with its
precision and recall; the mean over stems with a 95 % bootstrap interval over stems.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eval.material import CACHE
from eval.metrics import mean_ci, note_prf as scores  # (precision, recall, F): the benchmark's judge

SONGS_DIR = CACHE / "frames_test"
STEMS = ("piano", "guitar")


def run() -> dict:
    from analysis import stem_analysis
    from eval.frame_test_songs import TEST_SONGS, render

    rows = []
    for band, seed in TEST_SONGS:
        folder, _ = render(band, seed, SONGS_DIR)  # rendered once, reused from the cache
        truth_path = folder / "truth.json"
        if not truth_path.is_file():
            continue
        truth = json.loads(truth_path.read_text())["notes"]
        for stem in STEMS:
            wav = folder / f"{stem}.wav"
            if not wav.is_file() or not truth.get(stem):
                continue
            raw = stem_analysis.transcribe_basic_pitch(wav, stem, overtones=False)
            kept = stem_analysis.drop_overtones(raw)
            rows.append({"stem": f"{folder.name}:{stem}", "notes": len(truth[stem]),
                         "as_transcribed": [round(x, 3) for x in scores(truth[stem], raw)], "transcribed": len(raw),
                         "overtones_dropped": [round(x, 3) for x in scores(truth[stem], kept)], "kept": len(kept)})
    out = {"split": "dev", "baseline": "as_transcribed", "stems": rows}
    for key in ("as_transcribed", "overtones_dropped"):
        mean, lo, hi = mean_ci(rows, lambda r, k=key: r[k][2], lambda r: r["stem"]) if rows else (None, None, None)
        out[key] = {"note_f": None if mean is None else round(mean, 3),
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
        a, b = r["as_transcribed"], r["overtones_dropped"]
        print(f"{r['stem']:24s} notes {r['notes']:4d}  as transcribed P {a[0]:.2f} R {a[1]:.2f} F {a[2]:.2f} "
              f"({r['transcribed']})  overtones dropped P {b[0]:.2f} R {b[1]:.2f} F {b[2]:.2f} ({r['kept']})")
    for key in ("as_transcribed", "overtones_dropped"):
        print(f"{key:18s} note F {out[key]['note_f']}  95% CI {out[key]['ci']}")


if __name__ == "__main__":
    main()
