"""Generation: latency, and whether generated bass lines lock with the kick better than chance.

    python -m eval.gen_bench        # table + eval/out/gen_bench.md

Latency: generate_part(n_options=3) on 30 s windows of the 4-minute six-stem track (all artefacts
rendered). Lock: on stress tracks A, A_late, B and C (analysed from audio), the best bass option's
lock with the kick and snare (the score's ``rhythmic_lock``: onset F, ±50 ms) against 20 random-rhythm
bass lines with the same number of notes, per window.
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
from eval.stress import render
from generation.directive import build, window_for
from generation.scoring import score
from generation.service import generate_part


def _ready(lib: Library, folder: Path) -> str:
    tid = lib.load(str(folder)).track_id
    while lib.status(tid).state not in ("ready", "failed"):
        time.sleep(0.1)
    return tid


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "gen_bench.md")
    args = parser.parse_args()
    lines = []
    with tempfile.TemporaryDirectory(prefix="stemsense-gen-") as home:
        lib = Library(Settings(home=Path(home), allowed_roots=[CACHE.resolve()], wait_s=25))
        try:
            long_tid = _ready(lib, render_song(long_song(11))[0])
            ms = []
            for i, start in enumerate(np.linspace(10, 200, 6)):
                t0 = time.perf_counter()
                generate_part(lib, long_tid, ["bass", "guitar", "vocals"][i % 3], float(start), float(start) + 30.0,
                              "a part that fits", 3, seed=i)
                ms.append((time.perf_counter() - t0) * 1000)
            lines += ["| generate_part, n_options=3, 30 s window | p50 | max |", "|---|---|---|",
                      f"| {len(ms)} calls (bass, guitar, vocals) | {np.median(ms):.0f} ms | {max(ms):.0f} ms |", ""]
            lines += ["| track | window | best option's lock with the drums | random rhythm (mean of 20) |", "|---|---|---|---|"]
            rng = np.random.default_rng(0)
            gen, base = [], []
            for name, windows in (("A", [(2, 14), (16, 28)]), ("A_late", [(4, 16)]), ("B", [(3, 15), (20, 32)]),
                                  ("C", [(18, 30), (34, 46)])):
                tid = _ready(lib, render(name)[0])
                for a, b in windows:
                    out = generate_part(lib, tid, "bass", float(a), float(b), "a bass line", 3, seed=0)
                    best = out.options[0]
                    _, sl, ctx = window_for(lib, tid, "bass", float(a), float(b))
                    d = build(sl, ctx, "bass", "baseline")
                    pc = d.constraints.chords[0].chord_tones[0] if d.constraints.chords else 9
                    pitch = next(p for p in range(28, 56) if p % 12 == pc)
                    rand = [score([dict(time_s=float(t), duration_s=0.15, pitch=pitch, velocity=90)
                                   for t in np.sort(rng.uniform(a, b - 0.2, len(best.notes)))], d, sl, ctx).rhythmic_lock
                            for _ in range(20)]
                    gen.append(best.score.rhythmic_lock)
                    base.append(float(np.mean(rand)))
                    lines.append(f"| {name} | {a}-{b} s | {best.score.rhythmic_lock:.2f} | {np.mean(rand):.2f} |")
            lines.append(f"| **mean** | | **{np.mean(gen):.2f}** | **{np.mean(base):.2f}** |")
        finally:
            lib.close()
    report = "\n".join(lines)
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report + "\n")


if __name__ == "__main__":
    main()
