"""Load: concurrent window queries while another track ingests, over streamable HTTP and stdio.

    python -m eval.load            # table + eval/out/load.md

Two tracks are ready (the shipped example and a rendered stress track); a third (a rendered
4-minute six-stem song) is loaded at the start and ingests throughout. HTTP: 8 clients, each with
its own session, issue analyze_window / get_findings on random windows for DURATION_S seconds.
stdio: one server process, one session, 8 requests in flight at a time. Loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from eval.material import CACHE, render_song
from eval.net import free_port, wait_for_port
from eval.speed import long_song
from eval.stress import render

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "demo_song.mid"
STEMS = ["drums", "bass", "piano", "vocals"]


async def worker(call, tracks: dict[str, float], until: float, latencies: list, errors: list, rng: random.Random):
    while time.monotonic() < until:
        tid, duration = rng.choice(list(tracks.items()))
        start = rng.uniform(0, duration - 10)
        args = {"track_id": tid, "stems": rng.sample(STEMS, rng.randint(1, 4)), "start_s": start, "end_s": start + 10}
        tool = rng.choice(["analyze_window", "get_findings"])
        t0 = time.perf_counter()
        try:
            res = await call(tool, args)
            if res.is_error and "has no" not in res.content[0].text:  # a stem a track lacks is a fair answer
                errors.append(res.content[0].text[:200])
        except Exception as exc:
            errors.append(repr(exc)[:200])
        latencies.append((time.perf_counter() - t0) * 1000)


def _env(home: Path) -> dict:
    return {**os.environ, "STEMSENSE_HOME": str(home),
            "STEMSENSE_ALLOWED_ROOTS": os.pathsep.join([str(CACHE.resolve()), str(EXAMPLE.parent)])}


async def prepare(client, sources: list[str]) -> dict[str, float]:
    tracks = {}
    for src in sources:
        st = (await client.call_tool("load_track", {"source": src})).structured_content
        while st["state"] not in ("ready", "failed"):
            await asyncio.sleep(0.2)
            st = (await client.call_tool("track_status", {"track_id": st["track_id"]})).structured_content
        summary = (await client.call_tool("get_track", {"track_id": st["track_id"]})).structured_content
        tracks[st["track_id"]] = summary["duration_s"]
    return tracks


async def run_http(home: Path, sources: list[str], ingest_src: str, duration_s: float, clients: int) -> dict:
    from fastmcp import Client

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "stemsense_mcp", "--transport", "http", "--port", str(port)],
                            env=_env(home), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/mcp"
    try:
        await asyncio.to_thread(wait_for_port, port)
        async with Client(url) as c:
            tracks = await prepare(c, sources)
            base = await measure_alone(lambda t, a: c.call_tool(t, a, raise_on_error=False), tracks)
            ingest = (await c.call_tool("load_track", {"source": ingest_src})).structured_content["track_id"]
        latencies, errors = [], []
        until = time.monotonic() + duration_s

        async def one(i):
            async with Client(url) as c:
                await worker(lambda t, a: c.call_tool(t, a, raise_on_error=False), tracks, until, latencies, errors,
                             random.Random(i))
        t0 = time.monotonic()
        await asyncio.gather(*(one(i) for i in range(clients)))
        wall = time.monotonic() - t0
        async with Client(url) as c:
            ingest_state = (await c.call_tool("track_status", {"track_id": ingest})).structured_content
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    return {"transport": f"streamable HTTP, {clients} clients", "n": len(latencies), "wall_s": wall,
            "lat": np.array(latencies), "errors": errors, "alone_p50": base, "ingest": ingest_state}


async def measure_alone(call, tracks) -> float:
    """p50 of one client alone, before the ingest and the other clients start (the baseline)."""
    rng, out, errors = random.Random(99), [], []
    await worker(call, tracks, time.monotonic() + 6, out, errors, rng)
    if errors:
        raise RuntimeError(f"baseline calls failed: {errors[:2]}")
    return float(np.percentile(out, 50))


async def run_stdio(home: Path, sources: list[str], ingest_src: str, duration_s: float, in_flight: int) -> dict:
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client

    params = StdioServerParameters(command=sys.executable, args=["-m", "stemsense_mcp"], env=_env(home))
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            tracks = await prepare(session, sources)
            base = await measure_alone(lambda t, a: session.call_tool(t, a), tracks)
            ingest = (await session.call_tool("load_track", {"source": ingest_src})).structured_content["track_id"]
            latencies, errors = [], []
            until = time.monotonic() + duration_s
            t0 = time.monotonic()
            await asyncio.gather(*(worker(lambda t, a: session.call_tool(t, a), tracks, until, latencies, errors,
                                          random.Random(100 + i)) for i in range(in_flight)))
            wall = time.monotonic() - t0
            ingest_state = (await session.call_tool("track_status", {"track_id": ingest})).structured_content
    return {"transport": f"stdio, {in_flight} requests in flight", "n": len(latencies), "wall_s": wall,
            "lat": np.array(latencies), "errors": errors, "alone_p50": base, "ingest": ingest_state}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "load.md")
    args = parser.parse_args()
    sources = [str(EXAMPLE), str(render("C")[0])]
    ingest_srcs = [str(render_song(long_song(seed))[0]) for seed in (11, 12)]
    rows = []
    for i, runner in enumerate((run_http, run_stdio)):
        with tempfile.TemporaryDirectory(prefix="stemsense-load-") as home:
            rows.append(asyncio.run(runner(Path(home), sources, ingest_srcs[i], args.seconds, args.clients)))
    lines = ["| transport | requests | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | errors | p50 alone (ms) | ingest during the run |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        p50, p95, p99 = np.percentile(r["lat"], [50, 95, 99])
        ing = r["ingest"]
        lines.append(f"| {r['transport']} | {r['n']} | {r['n'] / r['wall_s']:.1f} | {p50:.0f} | {p95:.0f} | {p99:.0f} | "
                     f"{len(r['errors'])} | {r['alone_p50']:.0f} | {ing['state']} {ing['progress']:.0%} ({ing['step']}) |")
    report = "\n".join(lines)
    print(report)
    for r in rows:
        for e in r["errors"][:5]:
            print("error:", e)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report + "\n")


if __name__ == "__main__":
    main()
