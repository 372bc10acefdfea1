"""Ingest speed and memory for a 4-minute six-stem track supplied as stems, broken down per step.

    python -m eval.speed                      # table + eval/out/speed.md (madmom as shipped)
    python -m eval.speed --learned both       # ... and the same two tracks with STEMSENSE_LEARNED=off
    python -m eval.speed --rows rows.json     # also dump the warm track's stored rows (identity checks)

Each ingest runs in a fresh subprocess (so peak memory is the ingest's own), twice on two different
songs of the same length: "cold" includes one-off costs (imports, numba compilation, model loading),
"warm" is a second track in the same process, as a running server sees it. Per step: wall seconds
(the step's own record) and the process's CPU seconds while the track's status named that step (all
threads; sampled every 50 ms). On a machine other jobs load, wall time swings with them: compare
shares and CPU seconds within one run, not walls across runs. Target (issue 24.7): <= 0.20x real time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eval.material import CACHE, render_song
from eval.songs import Section, SongSpec, default_sections

DURATION_TARGET_S = 240.0
TARGET_RTF = 0.20
ROW_TABLES = ("stems", "notes", "beats", "chords", "sections", "features", "track_analysis")


def long_song(seed: int) -> SongSpec:
    intro, verse, chorus = default_sections("minor")
    body = [Section("intro", 4, intro.progression, 0.4, drums=False, bass=False, lead=False)]
    while len(body) < 15:
        body += [Section("verse", 8, verse.progression, 0.6), Section("chorus", 8, chorus.progression, 0.95)]
    body.append(Section("outro", 4, verse.progression, 0.5, lead=False))
    return SongSpec(name=f"long6_{seed}", tempo_bpm=120, meter="4/4", tonic=9, mode="minor", seed=seed,
                    sections=body, six_stems=True)


def thread_settings() -> dict:
    """The thread counts the libraries an ingest uses will run with in this process."""
    out = {k: os.environ.get(k) for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                                          "NUMBA_NUM_THREADS", "STEMSENSE_ONNX_THREADS", "STEMSENSE_LEARNED",
                                          "STEMSENSE_STEM_THREADS")}
    out["cpus"] = os.cpu_count()
    from analysis.pipeline import stem_threads

    out["notes step's stem threads"] = stem_threads()
    try:
        import torch

        out["torch"] = torch.get_num_threads()
    except ImportError:
        pass
    import numba

    out["numba"] = numba.config.NUMBA_NUM_THREADS
    try:
        import cv2  # madmom's CNN layers convolve with OpenCV when it is importable, with SciPy otherwise

        out["opencv"] = f"{cv2.__version__}, {cv2.getNumThreads()} threads"
    except ImportError:
        out["opencv"] = None
    return out


def stored_rows(db_path: Path, track_id: str) -> dict[str, list]:
    """The track's stored analysis (ROW_TABLES), each table's rows sorted, without ids and timestamps."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    out = {}
    for table in ROW_TABLES:
        rows = [{k: r[k] for k in r.keys() if k != "track_id"}
                for r in con.execute(f"SELECT * FROM {table} WHERE track_id = ?", (track_id,))]  # noqa: S608
        out[table] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True))
    con.close()
    return out


def digest(rows: dict[str, list]) -> dict[str, str]:
    return {t: f"{len(r)} rows, sha256 {hashlib.sha256(json.dumps(r, sort_keys=True).encode()).hexdigest()[:16]}"
            for t, r in rows.items()}


def ingest_in_process(folders: list[str], rows_out: str | None) -> dict:
    from analysis.config import Settings
    from analysis.library import Library

    out = []
    with tempfile.TemporaryDirectory(prefix="stemsense-speed-") as home:
        lib = Library(Settings(home=Path(home), allowed_roots=[CACHE.resolve()], wait_s=25))
        for folder in folders:
            t0, c0 = time.monotonic(), time.process_time()
            tid = lib.load(folder).track_id
            cpu: dict[str, float] = {}
            step, last = "plan", time.process_time()
            while True:
                status = lib.status(tid)
                now = time.process_time()
                cpu[step] = cpu.get(step, 0.0) + now - last
                step, last = status.step or step, now
                if status.state in ("ready", "failed"):
                    break
                time.sleep(0.05)
            wall, cpu_total = time.monotonic() - t0, time.process_time() - c0
            summary = lib.summary(tid)
            out.append({"folder": Path(folder).name, "state": summary.state, "duration_s": summary.duration_s,
                        "wall_s": round(wall, 2), "cpu_s": round(cpu_total, 2),
                        "steps": {r.step: r.seconds for r in summary.runs},
                        "step_cpu_s": {k: round(v, 2) for k, v in cpu.items()}})
            if rows_out and folder == folders[-1]:
                rows = stored_rows(Path(home) / "stemsense.db", tid)
                Path(rows_out).write_text(json.dumps(rows, sort_keys=True))
                out[-1]["rows"] = digest(rows)
        lib.close()
    return {"tracks": out, "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "threads": thread_settings()}


def _ingest(folders: list[str], learned: str, rows_out: Path | None) -> dict:
    env = dict(os.environ)
    if learned == "off":
        env["STEMSENSE_LEARNED"] = "off"
    else:
        env.pop("STEMSENSE_LEARNED", None)
    cmd = [sys.executable, "-m", "eval.speed", "--ingest", *folders] + (["--rows", str(rows_out)] if rows_out else [])
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, env=env)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def report(label: str, result: dict) -> list[str]:
    lines = [f"### madmom chords {label}", "",
             "| run | audio (s) | wall (s) | real-time factor | CPU (s) | CPU / audio |", "|---|---|---|---|---|---|"]
    for run, t in zip(("cold", "warm"), result["tracks"]):
        lines.append(f"| {run} | {t['duration_s']:.0f} | {t['wall_s']:.1f} | {t['wall_s'] / t['duration_s']:.3f} | "
                     f"{t['cpu_s']:.1f} | {t['cpu_s'] / t['duration_s']:.3f} |")
    warm = result["tracks"][-1]
    lines += ["", "Warm run, per step: wall s (CPU s, share of the track's CPU)", "",
              "| step | wall (s) | CPU (s) | CPU share |", "|---|---|---|---|"]
    total_cpu = max(warm["cpu_s"], 1e-9)
    for step in dict.fromkeys([*warm["steps"], *warm["step_cpu_s"]]):
        wall = warm["steps"].get(step)
        cpu = warm["step_cpu_s"].get(step)
        lines.append(f"| {step} | {'-' if wall is None else f'{wall:.2f}'} | {'-' if cpu is None else f'{cpu:.2f}'} | "
                     f"{'-' if cpu is None else f'{cpu / total_cpu:.0%}'} |")
    lines += ["", f"Peak memory of the ingest process: {result['peak_rss_mb']:.0f} MB",
              f"Threads: {json.dumps(result['threads'])}"]
    if "rows" in warm:
        lines += ["", "Stored rows of the warm track: " + "; ".join(f"{t} {d}" for t, d in warm["rows"].items())]
    return lines + [""]


def run(out: Path | None, learned: str, rows: Path | None) -> dict:
    folders = [str(render_song(long_song(seed))[0]) for seed in (11, 12)]
    with open("/proc/loadavg") as fh:
        load = fh.read().split()[:3]
    results = {}
    for mode in (["on", "off"] if learned == "both" else [learned]):
        results[mode] = _ingest(folders, mode, rows.with_suffix(f".{mode}.json") if rows and learned == "both"
                                else rows)
    with open("/proc/loadavg") as fh:
        load_after = fh.read().split()[:3]
    lines = [f"Load average before / after: {' '.join(load)} / {' '.join(load_after)} ({os.cpu_count()} CPUs)", ""]
    for mode, result in results.items():
        lines += report("on (as shipped)" if mode == "on" else "off (STEMSENSE_LEARNED=off)", result)
    lines.append(f"Target: <= {TARGET_RTF}x real time ({TARGET_RTF * DURATION_TARGET_S:.0f} s for "
                 f"{DURATION_TARGET_S:.0f} s of audio).")
    text = "\n".join(lines)
    print(text)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ingest", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--learned", choices=("on", "off", "both"), default="on",
                        help="madmom's models as shipped (on), STEMSENSE_LEARNED=off, or both, one after the other")
    parser.add_argument("--rows", type=Path, default=None,
                        help="write the warm track's stored rows here (JSON; with --learned both, .on/.off.json)")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "speed.md")
    args = parser.parse_args()
    if args.ingest:
        print(json.dumps(ingest_in_process(args.ingest, str(args.rows) if args.rows else None)))
    else:
        run(args.out, args.learned, args.rows)


if __name__ == "__main__":
    main()
