"""The notes a track stores for each pitched stem, against the score: what every window and tool reads.

    python -m eval.stored_notes                       # the frames songs, clean and degraded (dev)
    python -m eval.stored_notes --split test4         # eval.answer_songs' test4, clean and degraded
    python -m eval.stored_notes --home DIR            # ingest into DIR (default: a fresh folder per split and commit)

Every item is ingested by this checkout's code into its own home (the store is content-addressed: a home ingested by
other code would answer with that code's notes), then each pitched stem's stored notes are scored against its score
notes: note F (onset within 50 ms and pitch within 50 cents, mir_eval), with the notes written and stored. A rule's
effect is read by running this command on the commit before it (a worktree) and on the commit with it: the baseline
is the code before. Degraded copies: eval.frame_test_songs' degrade_copy (the frames songs: the song's seed; an
answer-songs split: eval.ranges' copies and seeds).
"""

from __future__ import annotations

import argparse
import subprocess
from pathlib import Path

import numpy as np

from eval.material import CACHE

OUT = Path(__file__).resolve().parent / "out"


def _frames_items() -> list[tuple[str, str, Path, dict]]:
    from eval.client_check import _folder
    from eval.frame_test_songs import TEST_SONGS, render

    out = []
    for band, seed in TEST_SONGS:
        _, truth = render(band, seed, CACHE / "frames_test")
        score = {s: [(n["time_s"], n["time_s"] + n["duration_s"], n["pitch"]) for n in ns]
                 for s, ns in truth["notes"].items() if s != "drums" and ns}
        for item in (band.name, band.name + "@degraded"):
            out.append((band.name, item, _folder(item), score))
    return out


def _split_items(split: str) -> list[tuple[str, str, Path, dict]]:
    from eval.ranges import _test_items

    return [(piece, item, folder, score) for piece, item, folder, _, score, _ in _test_items(split)[1]]


def rows(split: str | None, home: Path) -> list[dict]:
    from analysis.core.types import Note
    from eval import metrics
    from eval.truth import bench_library, load_all

    items = _split_items(split) if split else _frames_items()
    lib = bench_library(home)
    out = []
    try:
        ids = load_all(lib, [(item, folder, f"stored-{item}") for _, item, folder, _ in items])
        for piece, item, _, score in items:
            for stem, written in sorted(score.items()):
                ref = [{"time_s": a, "duration_s": b - a, "pitch": p} for a, b, p in written if a >= 0]
                if not ref:
                    continue
                ns = lib.store.notes(ids[item], stem)
                est = [Note(float(t), float(d), int(p), 64) for t, d, p in zip(ns.time_s, ns.duration_s, ns.pitch)]
                out.append(dict(piece=piece, copy="degraded" if "@degraded" in item else "clean", stem=stem,
                                written=len(ref), stored=len(est), note_f=metrics.note_onset_f1(ref, est, pitched=True)))
    finally:
        lib.close()
    return out


def report(rs: list[dict], split: str | None, commit: str) -> str:
    from eval.bass import bootstrap_ci

    lines = [f"Stored notes against the score, {split or 'frames songs'} (code of {commit}): per copy and stem, the "
             "notes written and stored, and note F (mean over pieces, 95 % bootstrap over pieces)", "",
             "| copy | stem | pieces | written | stored | note F |", "|---|---|---|---|---|---|"]
    for copy in ("clean", "degraded"):
        for stem in sorted({r["stem"] for r in rs}):
            sel = [r for r in rs if r["copy"] == copy and r["stem"] == stem]
            if not sel:
                continue
            f = [r["note_f"] for r in sel]
            ci = bootstrap_ci(f)
            interval = f" [{ci[0]:.3f}, {ci[1]:.3f}]" if ci else ""
            lines.append(f"| {copy} | {stem} | {len(sel)} | {sum(r['written'] for r in sel)} | "
                         f"{sum(r['stored'] for r in sel)} | {np.mean(f):.3f}{interval} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", help="an eval.answer_songs split (test3, test4, ...); default: the frames songs")
    ap.add_argument("--home", type=Path, help="the home to ingest into (default: a fresh one per split and commit)")
    args = ap.parse_args(argv)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parent).stdout.strip() or "unknown"
    home = args.home or CACHE / f"stored_notes_{args.split or 'frames'}_{commit}"
    text = report(rows(args.split, home), args.split, commit)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"stored_notes_{args.split or 'frames'}.md").write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
