"""Command line: ``stemsense-mcp`` serves MCP (stdio by default, or streamable HTTP / SSE);
``stemsense-mcp demo [FILE]`` runs the main job on a file through a real MCP client and prints it."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "demo_song.mid"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="stemsense-mcp", description=__doc__)
    p.add_argument("--transport", choices=["stdio", "http", "sse"], default="stdio",
                   help="stdio (default, for Claude Desktop), http (streamable HTTP) or sse (legacy)")
    p.add_argument("--host", default="127.0.0.1", help="HTTP bind address (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="HTTP port (default 8765)")
    sub = p.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="load a file through the MCP protocol, wait for it, print what is stored")
    demo.add_argument("source", nargs="?", default=str(EXAMPLE), help="audio/MIDI file or stem folder (default: the shipped example)")
    demo.add_argument("--timeout", type=float, default=600.0, help="seconds to wait for the ingest")
    return p


async def run_demo(source: str, timeout_s: float) -> int:
    from fastmcp import Client

    from .server import build_server

    server = build_server()
    async with Client(server) as client:
        tools = sorted(t.name for t in await client.list_tools())
        print(f"MCP tools: {', '.join(tools)}")
        status = (await client.call_tool("load_track", {"source": str(Path(source).resolve())})).structured_content
        print(f"load_track -> {status['track_id']} ({status['state']})")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while status["state"] in ("queued", "running") and loop.time() < deadline:
            await asyncio.sleep(0.5)
            status = (await client.call_tool("track_status", {"track_id": status["track_id"]})).structured_content
            print(f"  {status['state']:8s} {status['progress']:5.0%}  {status['step'] or ''}", flush=True)
        if status["state"] != "ready":
            print(f"ingest did not finish: {status.get('error') or status['state']}", file=sys.stderr)
            return 1
        summary = (await client.call_tool("get_track", {"track_id": status["track_id"]})).structured_content
        print(json.dumps({k: summary[k] for k in ("track_id", "title", "duration_s", "source_kind")}, indent=2))
        for stem in summary["stems"]:
            level = "silent" if stem["empty"] else f"{stem['rms_dbfs']:6.1f} dBFS"
            print(f"  {stem['stem']:7s} {level}  notes={stem['note_count']:4d}  {stem['origin'][:70]}")
        tl = summary["track_level"]
        key = tl["key"]
        print(f"track-level: {tl['tempo_bpm']} BPM ({tl['grid_source']}), meter {tl['meter']}, key "
              f"{key['label'] if key else '?'} (agreement {key['agreement'] if key else '-'}), "
              f"{tl['chord_changes']} chord changes")
        print("sections: " + "  ".join(f"{s['label']}@{s['start_s']:.1f}s" for s in tl["sections"]))
        for run in summary["runs"]:
            if run["status"] != "ok":
                print(f"  step {run['step']}: {run['status']} — {run['reason']}")
    return 0


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    if args.command == "demo":
        sys.exit(asyncio.run(run_demo(args.source, args.timeout)))
    from .server import build_server

    server = build_server()
    if args.transport == "stdio":
        server.run(transport="stdio", show_banner=False)
    else:
        server.run(transport=args.transport, host=args.host, port=args.port, show_banner=False)
