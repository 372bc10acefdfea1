"""Catalog ingest throughput on Ray: the same 12 tracks with 1 worker and with 2 (a fresh store each).

    python -m eval.catalog_bench            # 12 songs (80-110 s each) as folders of stem WAVs
    python -m eval.catalog_bench --tracks 4

Reports wall time (with the cluster's start-up), processing time (first task to last result),
tracks per minute of processing, the 2-vs-1 throughput ratio (target >= 1.6x on a machine with
two cores) and the peak resident memory of each Ray worker process (sampled from /proc every 0.25 s).
Separation is not part of it (no Demucs weights here): each track's stems are decoded and every
analysis step runs, transcription included; the tests run the separation path with a tiny model.
"""

from __future__ import annotations

import argparse
import io
import tempfile
import threading
import time
from pathlib import Path

from analysis.catalog import ingest_catalog
from analysis.config import Settings
from eval.material import CACHE, render_song
from eval.songs import SongSpec, full_form

FOLDER = CACHE / "catalog_bench"


def songs(n: int) -> Path:
    """n songs (intro, verse, chorus, verse, chorus: 80-110 s) as folders of rendered stem WAVs, so each
    track is decoded and transcribed like a user's stems."""
    folder = FOLDER / f"{n}_stem_songs"
    folder.mkdir(parents=True, exist_ok=True)
    keys = [(9, "minor"), (0, "major"), (7, "major"), (2, "minor"), (4, "minor"), (5, "major")]
    for i in range(n):
        tonic, mode = keys[i % len(keys)]
        spec = SongSpec(name=f"song_{i:02d}", tempo_bpm=90 + 4 * i, meter=("4/4", "3/4", "6/8")[i % 3], tonic=tonic,
                        mode=mode, seed=100 + i, sections=full_form(mode))
        render_song(spec, folder)
    return folder


def _worker_rss_mb() -> dict[int, float]:
    out = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmd = (proc / "cmdline").read_bytes().decode(errors="ignore")
            if "ray::" not in cmd and "default_worker.py" not in cmd:
                continue
            for line in (proc / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    out[int(proc.name)] = int(line.split()[1]) / 1024
        except OSError:
            continue
    return out


def run_once(folder: Path, workers: int, n: int) -> dict:
    peak: dict[int, float] = {}
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            for pid, mb in _worker_rss_mb().items():
                peak[pid] = max(peak.get(pid, 0.0), mb)
            time.sleep(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    with tempfile.TemporaryDirectory(prefix="stemsense-catalog-") as home:
        sampler.start()
        t0 = time.monotonic()
        result = ingest_catalog([folder], Settings(home=Path(home), allowed_roots=[folder]), workers=workers,
                                out=io.StringIO())
        wall = time.monotonic() - t0
        stop.set()
        sampler.join()
    busy = sorted((mb for mb in peak.values() if mb > 300), reverse=True)  # workers that ran a track
    return {"workers": workers, "done": result.count("done"), "failed": result.count("failed"), "wall_s": wall,
            "processing_s": result.processing_s, "tracks_per_min": 60 * result.count("done") / result.processing_s,
            "worker_peak_mb": busy}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tracks", type=int, default=12)
    args = parser.parse_args(argv)
    folder = songs(args.tracks)
    rows = [run_once(folder, w, args.tracks) for w in (1, 2)]
    print("| workers | tracks done | failed | wall (with cluster start) | processing | tracks/min | peak RSS per busy "
          "worker |\n|---|---|---|---|---|---|---|")
    for r in rows:
        mem = ", ".join(f"{mb:.0f}" for mb in r["worker_peak_mb"][:4]) + " MB"
        print(f"| {r['workers']} | {r['done']} | {r['failed']} | {r['wall_s']:.0f} s | {r['processing_s']:.0f} s | "
              f"{r['tracks_per_min']:.2f} | {mem} |")
    ratio = rows[1]["tracks_per_min"] / rows[0]["tracks_per_min"]
    print(f"\nthroughput 2 workers / 1 worker: {ratio:.2f}x (target >= 1.6x)")


if __name__ == "__main__":
    main()
