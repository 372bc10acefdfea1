"""Ingest speed and memory for a 4-minute six-stem track supplied as stems.

    python -m eval.speed           # table + eval/out/speed.md

Each ingest runs in a fresh subprocess (so peak memory is the ingest's own), twice on two
different songs of the same length: "cold" includes one-off costs (imports, numba compilation,
model loading), "warm" is a second track in the same process, as a running server sees it.
Target (issue 3): total <= 0.25x real time, i.e. <= 60 s for 4 minutes.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eval.material import CACHE, render_song
from eval.songs import Section, SongSpec, default_sections

DURATION_TARGET_S = 240.0


def long_song(seed: int) -> SongSpec:
    intro, verse, chorus = default_sections("minor")
    body = [Section("intro", 4, intro.progression, 0.4, drums=False, bass=False, lead=False)]
    while len(body) < 15:
        body += [Section("verse", 8, verse.progression, 0.6), Section("chorus", 8, chorus.progression, 0.95)]
    body.append(Section("outro", 4, verse.progression, 0.5, lead=False))
    return SongSpec(name=f"long6_{seed}", tempo_bpm=120, meter="4/4", tonic=9, mode="minor", seed=seed,
                    sections=body, six_stems=True)


def ingest_in_process(folders: list[str]) -> dict:
    from analysis.config import Settings
    from analysis.library import Library

    out = []
    with tempfile.TemporaryDirectory(prefix="stemsense-speed-") as home:
        lib = Library(Settings(home=Path(home), allowed_roots=[CACHE.resolve()], wait_s=25))
        for folder in folders:
            t0 = time.monotonic()
            tid = lib.load(folder).track_id
            while lib.status(tid).state not in ("ready", "failed"):
                time.sleep(0.05)
            wall = time.monotonic() - t0
            summary = lib.summary(tid)
            out.append({"folder": Path(folder).name, "state": summary.state, "duration_s": summary.duration_s,
                        "wall_s": round(wall, 2), "steps": {r.step: r.seconds for r in summary.runs}})
        lib.close()
    return {"tracks": out, "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def run(out: Path | None) -> dict:
    folders = [str(render_song(long_song(seed))[0]) for seed in (11, 12)]
    proc = subprocess.run([sys.executable, "-m", "eval.speed", "--ingest", *folders], capture_output=True, text=True,
                          timeout=1200)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    lines = ["| run | audio (s) | wall (s) | real-time factor | slowest step |", "|---|---|---|---|---|"]
    for label, t in zip(("cold", "warm"), result["tracks"]):
        slowest = max(t["steps"].items(), key=lambda kv: kv[1] or 0)
        lines.append(f"| {label} | {t['duration_s']:.0f} | {t['wall_s']:.1f} | {t['wall_s'] / t['duration_s']:.3f} | "
                     f"{slowest[0]} ({slowest[1]:.1f} s) |")
    steps = result["tracks"][-1]["steps"]
    lines += ["", "Warm run, per step (s): " + ", ".join(f"{k} {v:.2f}" for k, v in steps.items() if v is not None),
              f"Peak memory of the ingest process: {result['peak_rss_mb']:.0f} MB", "",
              f"Target: <= 0.25x real time ({0.25 * DURATION_TARGET_S:.0f} s for {DURATION_TARGET_S:.0f} s of audio)."]
    report = "\n".join(lines)
    print(report)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(report + "\n")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ingest", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "speed.md")
    args = parser.parse_args()
    if args.ingest:
        print(json.dumps(ingest_in_process(args.ingest)))
    else:
        run(args.out)


if __name__ == "__main__":
    main()
