"""Latency of analyze_window on 30 s windows of a 4-minute six-stem track.

    python -m eval.window_bench          # table + eval/out/window_bench.md

The track (eval/speed.py's long song) is ingested once; then 300 windows with random starts are
analysed: 100 with all six stems, 100 with two, 100 with one. Target (issue 4): p95 <= 50 ms.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np

from analysis.config import Settings
from analysis.library import Library
from eval.material import CACHE, render_song
from eval.speed import long_song
from heuristics.window import analyze_window

STEMS = ["vocals", "bass", "drums", "guitar", "piano", "other"]


def run(n_per_kind: int = 100, out: Path | None = None) -> dict:
    folder, _ = render_song(long_song(11))
    rng = np.random.default_rng(0)
    with tempfile.TemporaryDirectory(prefix="stemsense-wbench-") as home:
        lib = Library(Settings(home=Path(home), allowed_roots=[CACHE.resolve()], wait_s=25))
        try:
            tid = lib.load(str(folder)).track_id
            while lib.status(tid).state not in ("ready", "failed"):
                time.sleep(0.1)
            duration = lib.summary(tid).duration_s
            analyze_window(lib, tid, STEMS, 0.0, 30.0)  # warm the connection and imports
            timings = {}
            for label, k in (("6 stems", 6), ("2 stems", 2), ("1 stem", 1)):
                ms = []
                for _ in range(n_per_kind):
                    start = float(rng.uniform(0.0, duration - 30.0))
                    stems = list(rng.choice(STEMS, size=k, replace=False))
                    t0 = time.perf_counter()
                    analyze_window(lib, tid, stems, start, start + 30.0)
                    ms.append((time.perf_counter() - t0) * 1000.0)
                timings[label] = np.array(ms)
        finally:
            lib.close()
    lines = ["| selection | n | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |", "|---|---|---|---|---|---|"]
    for label, ms in timings.items():
        p50, p95, p99 = np.percentile(ms, [50, 95, 99])
        lines.append(f"| {label} | {len(ms)} | {p50:.1f} | {p95:.1f} | {p99:.1f} | {ms.max():.1f} |")
    lines.append(f"\n30 s windows, track of {duration:.0f} s with six stems. Target: p95 <= 50 ms.")
    report = "\n".join(lines)
    print(report)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(report + "\n")
    return {k: float(np.percentile(v, 95)) for k, v in timings.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=100)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "window_bench.md")
    args = parser.parse_args()
    run(args.n, args.out)


if __name__ == "__main__":
    main()
