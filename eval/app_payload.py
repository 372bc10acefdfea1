"""What the timeline app moves through the host: sizes and latencies of its payloads.

    python -m eval.app_payload        # table + eval/out/app_payload.md

On a 4-minute six-stem track (the one eval.speed ingests) and the shipped example: the page itself,
timeline_data as the app asks for it (2400 points), and a 30 s window's audio per stem as the app
plays it (Ogg preview) against the WAV excerpt it would otherwise need. Latencies are medians of 5
calls in one run (compare them with each other, not across machines).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from analysis.config import Settings
from analysis.library import Library
from eval.material import CACHE, render_song
from eval.speed import long_song
from stemsense_mcp import app as timeline_app

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "demo_song.mid"


def _median_ms(fn, n: int = 5):
    times, out = [], None
    for _ in range(n):
        t0 = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return out, statistics.median(times)


def measure(lib: Library, track_id: str, window: tuple[float, float]) -> dict:
    tl, tl_ms = _median_ms(lambda: lib.timeline(track_id, 2400))
    data = tl.model_dump_json().encode()
    stems = [s.stem for s in tl.stems if not s.empty]
    ogg, ogg_ms = _median_ms(lambda: [lib.stem_preview(track_id, s, *window) for s in stems])
    wav = [lib.stem_wav(track_id, s, *window) for s in stems]
    return {"title": tl.title, "duration_s": round(tl.duration_s, 1), "stems": len(stems), "points": tl.points,
            "timeline_kb": round(len(data) / 1024, 1), "timeline_ms": round(tl_ms, 1),
            "window_s": window[1] - window[0], "ogg_kb": round(sum(map(len, ogg)) / 1024, 1),
            "wav_kb": round(sum(map(len, wav)) / 1024, 1), "ogg_ms": round(ogg_ms, 1)}


def run(out: Path | None) -> dict:
    folder = render_song(long_song(11))[0]
    rows = []
    with tempfile.TemporaryDirectory(prefix="stemsense-app-") as home:
        lib = Library(Settings(home=Path(home), allowed_roots=[CACHE.resolve(), EXAMPLE.parent], wait_s=25))
        for source, window in ((str(folder), (60.0, 90.0)), (str(EXAMPLE), (20.0, 50.0))):
            tid = lib.load(source).track_id
            while lib.status(tid).state not in ("ready", "failed"):
                time.sleep(0.1)
            rows.append(measure(lib, tid, window))
        lib.close()
    result = {"page_kb": round(len(timeline_app.html().encode()) / 1024, 1), "tracks": rows}
    lines = [f"Timeline page (self-contained HTML): {result['page_kb']} KiB", "",
             "| track | length | stems | timeline_data (2400 pts asked) | its latency | 30 s window audio: Ogg | WAV | Ogg latency (all stems) |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['title']} | {r['duration_s']} s | {r['stems']} | {r['timeline_kb']} KiB ({r['points']} pts) | "
                     f"{r['timeline_ms']} ms | {r['ogg_kb']} KiB | {r['wav_kb']} KiB | {r['ogg_ms']} ms |")
    text = "\n".join(lines)
    print(text)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n")
        out.with_suffix(".json").write_text(json.dumps(result, indent=1))
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "app_payload.md")
    run(ap.parse_args().out)


if __name__ == "__main__":
    main()
