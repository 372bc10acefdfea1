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


def read_item(lib, tid: str, score: dict[str, list[tuple[float, float, int]]], duration_s: float) -> list[dict]:
    """Each pitched stem's stored notes of the track against its score notes (eval.ranges.read_items reads the items)."""
    from analysis.core.types import Note
    from eval import metrics

    out = []
    for stem, written in sorted(score.items()):
        ref = [{"time_s": a, "duration_s": b - a, "pitch": p} for a, b, p in written if a >= 0]
        if stem == "drums" or not ref:
            continue
        ns = lib.store.notes(tid, stem)
        est = [Note(float(t), float(d), int(p), 64) for t, d, p in zip(ns.time_s, ns.duration_s, ns.pitch)]
        out.append(dict(stem=stem, written=len(ref), stored=len(est), note_f=metrics.note_onset_f1(ref, est, pitched=True)))
    return out


def rows(split: str | None, home: Path) -> list[dict]:
    """Every item of ``split`` (eval.ranges' answer-songs items; the frames songs by default), clean and degraded,
    ingested into ``home`` and read by :func:`read_item`."""
    from eval import ranges

    _, items = ranges._test_items(split) if split else ranges._frames_items()
    return [dict(r, copy="degraded" if "@degraded" in r["item"] else "clean")
            for r in ranges.read_items(home, items, read_item)]


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
