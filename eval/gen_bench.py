"""Generation: latency, and whether generated bass lines lock with the kick better than chance.

    python -m eval.gen_bench        # table + eval/out/gen_bench.md

    python -m eval.gen_bench --lock-only   # the lock table alone (no latency run)

Latency: generate_part(n_options=3) on 30 s windows of the 4-minute six-stem track (all artefacts
rendered). Lock: on stress tracks A, A_late, B and C (analysed from audio), the best bass option's
lock with the kick and snare (the score's ``rhythmic_lock``: onset F, ±50 ms) per window, against two
baselines scored the same way: the strong one issue 25 names for generation — roots on every beat (the
chord root the other stems spell, else the key's tonic, in the octave nearest the middle of the bass
register, on every beat: :func:`eval.leave_one_out.roots_baseline`) — and 20 random-rhythm bass lines
with the same number of notes (their mean). Split: **dev** — the stress tracks were looked at while the
generator was built. Means carry a 95 % bootstrap interval over pieces (``eval.metrics.bootstrap_ci``;
A and A_late are one piece, the same song with the bass moved late: three pieces, so the interval says
little), and so does the generated part's margin over the roots.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np

from analysis.config import Settings
from analysis.library import Library
from eval.leave_one_out import roots_baseline
from eval.material import CACHE, render_song
from eval import metrics
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


WINDOWS = (("A", [(2, 14), (16, 28)]), ("A_late", [(4, 16)]), ("B", [(3, 15), (20, 32)]), ("C", [(18, 30), (34, 46)]))
SYSTEMS = ("generated", "roots", "random")


def piece_of(track: str) -> str:
    """The piece a stress track is: A_late is A with the bass moved 15 ms late (one piece, not two)."""
    return track.removesuffix("_late")


def mean_ci(rows: list[dict], value) -> tuple[float, float, float]:
    """The mean of ``value(row)`` over the windows and its 95 % bootstrap interval over pieces."""
    return metrics.mean_ci(rows, value, lambda r: piece_of(r["track"]))


def _ci(m: tuple[float, float, float]) -> str:
    return f"{m[0]:.2f}" + ("" if m[1] != m[1] else f" [{m[1]:.2f}, {m[2]:.2f}]")


def verdict(margin: tuple[float, float, float]) -> str:
    """Whether the generated part beats the strong baseline: its margin's interval wholly above 0."""
    if margin[0] <= 0:
        return "The generated bass does **not** beat the strong baseline (roots on every beat)."
    if margin[1] == margin[1] and margin[1] > 0:
        return "The generated bass beats the strong baseline (the interval is above 0)."
    return "The generated bass is **not clearly** above the strong baseline (the interval reaches 0 or has too few pieces)."


def lock_table(rows: list[dict]) -> list[str]:
    """Per window and overall: the best option's lock, the roots on every beat, random rhythm."""
    lines = ["| track | window | best option's lock with the drums | roots on every beat | random rhythm (mean of 20) |",
             "|---|---|---|---|---|"]
    lines += [f"| {r['track']} | {r['window']} | {r['generated']:.2f} | {r['roots']:.2f} | {r['random']:.2f} |"
              for r in rows]
    lines.append("| **mean** [95 % over pieces] | | " + " | ".join(f"**{_ci(mean_ci(rows, lambda r, s=s: r[s]))}**"
                                                                   for s in SYSTEMS) + " |")
    margin = mean_ci(rows, lambda r: r["generated"] - r["roots"])
    lines += ["", f"Generated − roots on every beat: {_ci(margin)} over {len({piece_of(r['track']) for r in rows})} "
              f"pieces ({len(rows)} windows); split: dev (the stress tracks). " + verdict(margin)]
    return lines


def lock_rows(lib: Library) -> list[dict]:
    rng = np.random.default_rng(0)
    rows = []
    for name, windows in WINDOWS:
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
            roots = roots_baseline(d, float(np.mean(d.constraints.register_range)))
            rows.append({"track": name, "window": f"{a}-{b} s", "generated": best.score.rhythmic_lock,
                         "roots": score(roots, d, sl, ctx).rhythmic_lock, "random": float(np.mean(rand))})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "gen_bench.md")
    parser.add_argument("--lock-only", action="store_true", help="the lock table alone (no latency run)")
    args = parser.parse_args()
    lines = []
    with tempfile.TemporaryDirectory(prefix="stemsense-gen-") as home:
        lib = Library(Settings(home=Path(home), allowed_roots=[CACHE.resolve()], wait_s=25))
        try:
            if not args.lock_only:
                long_tid = _ready(lib, render_song(long_song(11))[0])
                ms = []
                for i, start in enumerate(np.linspace(10, 200, 6)):
                    t0 = time.perf_counter()
                    generate_part(lib, long_tid, ["bass", "guitar", "vocals"][i % 3], float(start), float(start) + 30.0,
                                  "a part that fits", 3, seed=i)
                    ms.append((time.perf_counter() - t0) * 1000)
                lines += ["| generate_part, n_options=3, 30 s window | p50 | max |", "|---|---|---|",
                          f"| {len(ms)} calls (bass, guitar, vocals) | {np.median(ms):.0f} ms | {max(ms):.0f} ms |", ""]
            lines += lock_table(lock_rows(lib))
        finally:
            lib.close()
    report = "\n".join(lines)
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report + "\n")


if __name__ == "__main__":
    main()
