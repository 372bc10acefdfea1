"""Command line: ``stemsense-mcp`` serves MCP (stdio by default, or streamable HTTP / SSE);
``stemsense-mcp demo [FILE]`` runs the main job on a file through a real MCP client and prints it;
``stemsense-mcp doctor`` checks the install; ``stemsense-mcp weights download [MODEL]`` fetches the Demucs
weights (on a machine with internet)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "demo_song.mid"


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    p = argparse.ArgumentParser(prog="stemsense-mcp", description=__doc__)
    p.add_argument("--version", action="version", version=f"stemsense-mcp {__version__}")
    p.add_argument("--transport", choices=["stdio", "http", "sse"], default="stdio",
                   help="stdio (default, for Claude Desktop), http (streamable HTTP) or sse (legacy)")
    p.add_argument("--host", default="127.0.0.1", help="HTTP bind address (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="HTTP port (default 8765)")
    sub = p.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="load a file through the MCP protocol, wait for it, print what is stored")
    demo.add_argument("source", nargs="?", default=str(EXAMPLE), help="audio/MIDI file or stem folder (default: the shipped example)")
    demo.add_argument("--timeout", type=float, default=600.0, help="seconds to wait for the ingest")
    ing = sub.add_parser("ingest", help="ingest a catalog (folders of mixes, stem folders, MIDI files) on Ray into the "
                                       "store the server reads; re-runs skip what is stored")
    ing.add_argument("paths", nargs="+", type=Path, help="files or folders (searched recursively)")
    ing.add_argument("--ray", dest="address", default=None,
                     help="an existing Ray cluster (e.g. ray://head:10001 or auto); default: a local cluster")
    ing.add_argument("--workers", type=int, default=2, help="parallel tracks (local cluster CPUs; actors per stage)")
    ing.add_argument("--separation-model", default="htdemucs_6s", choices=("htdemucs_6s", "htdemucs_ft", "htdemucs"))
    sub.add_parser("doctor", help="check note transcription, Demucs weights, soundfont, ffmpeg, roots and store; "
                                  "print the fix for each problem")
    weights = sub.add_parser("weights", help="the Demucs separation weights (without them a mix loads as one `mix` stem)")
    action = weights.add_subparsers(dest="weights_command", required=True)
    download = action.add_parser("download", help="download a model's weights (needs internet) into STEMSENSE_DEMUCS_REPO "
                                                  "when it is set, else the torch hub cache")
    download.add_argument("model", nargs="?", default="htdemucs_6s", choices=("htdemucs_6s", "htdemucs_ft", "htdemucs"),
                          help="the separation model (default htdemucs_6s, the one load_track uses)")
    return p


async def run_demo(source: str, timeout_s: float) -> int:
    from fastmcp import Client

    from .server import build_server

    server = build_server()
    async with Client(server) as client:
        tools = {t.name: t for t in await client.list_tools()}
        print(f"MCP tools: {', '.join(sorted(tools))}")
        status = (await client.call_tool("load_track", {"source": str(Path(source).resolve())})).structured_content
        print(f"load_track -> {status['track_id']} ({status['state']})")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        shown = None
        while status["state"] in ("queued", "running") and loop.time() < deadline:
            await asyncio.sleep(0.5)
            status = (await client.call_tool("track_status", {"track_id": status["track_id"]})).structured_content
            line = f"  {status['state']:8s} {status['progress']:5.0%}  {status['step'] or ''}"
            if line != shown:  # one line per step or change, not one per poll
                print(line, flush=True)
                shown = line
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
        # the main job: select stems and a window, and ask
        stems = [s["stem"] for s in summary["stems"] if not s["empty"]]
        length = min(10.0, summary["duration_s"] / 3)
        for start, chosen, question in ((summary["duration_s"] / 3 - length / 2, stems, "What is happening in this section?"),
                                        (summary["duration_s"] / 2, [s for s in stems if s in ("drums", "bass")] or stems[:1],
                                         "How do the selected stems interact here?")):
            args = {"track_id": status["track_id"], "stems": chosen, "start_s": round(max(0.0, start), 2),
                    "end_s": round(max(0.0, start) + length, 2), "question": question}
            findings = (await client.call_tool("get_findings", args)).structured_content
            print(f"\nget_findings {', '.join(chosen)} {args['start_s']}-{args['end_s']} s — {question!r}")
            print(f"  frame: {findings['frame']['frame']} (confidence {findings['frame']['confidence']:.2f}); "
                  f"roles: {', '.join(r['stem'] + '=' + r['role'] for r in findings['roles'])}")
            print(f"  {findings['summary']}")
        # what a client with MCP Apps shows beside those results
        linked = sorted(n for n, t in tools.items() if (t.meta or {}).get("ui", {}).get("resourceUri"))
        page = await client.read_resource("ui://stemsense/timeline.html")
        timeline = (await client.call_tool("timeline_data", {"track_id": status["track_id"]})).structured_content
        print(f"\ntimeline app: ui://stemsense/timeline.html ({page[0].mime_type}, {len(page[0].text) // 1024} KiB, "
              f"self-contained) linked from {', '.join(linked)}; it draws {len(timeline['stems'])} lanes of "
              f"{timeline['points']} peaks, {len(timeline['grid']['beats_s'])} beats, {len(timeline['sections'])} sections, "
              f"{len(timeline['chords'])} chords")
    return 0


LOOPBACK = ("127.0.0.1", "localhost", "::1")


def http_security(host: str, port: int, env: dict[str, str]) -> tuple[object | None, dict]:
    """(token verifier or None, extra run() kwargs) for an HTTP bind; exits with a message when unsafe.

    Loopback binds get FastMCP's DNS-rebinding protection (Host and Origin must be local). Any other
    bind needs STEMSENSE_HTTP_TOKEN (clients send ``Authorization: Bearer <token>``) and accepts only
    the hosts in STEMSENSE_ALLOWED_HOSTS (default: the bind address).
    """
    token = env.get("STEMSENSE_HTTP_TOKEN", "").strip()
    loopback = host in LOOPBACK
    if not loopback and not token:
        raise SystemExit(f"Refusing to serve MCP on {host}: only loopback addresses are served without a token. "
                         "Set STEMSENSE_HTTP_TOKEN to a long random secret (clients then send "
                         "'Authorization: Bearer <token>'), or bind to 127.0.0.1.")
    if token and len(token) < 16:
        raise SystemExit("STEMSENSE_HTTP_TOKEN is too short: use at least 16 random characters.")
    verifier = None
    if token:
        from fastmcp.server.auth.providers.jwt import StaticTokenVerifier

        verifier = StaticTokenVerifier(tokens={token: {"client_id": "stemsense-user", "scopes": []}})
    extra: dict = {"host_origin_protection": "auto"}
    if not loopback:
        hosts = [h.strip() for h in env.get("STEMSENSE_ALLOWED_HOSTS", "").split(",") if h.strip()] or [host]
        extra = {"host_origin_protection": True,
                 "allowed_hosts": [f"{h}:{port}" for h in hosts] + hosts,
                 "allowed_origins": [f"http://{h}:{port}" for h in hosts] + [f"https://{h}" for h in hosts]}
    return verifier, extra


def run_catalog(args) -> int:
    """``stemsense-mcp ingest``: the catalog on Ray (needs the [ray] extra); 0 when no track failed."""
    from analysis.config import Settings

    import importlib.util

    from analysis.catalog import ingest_catalog

    if importlib.util.find_spec("ray") is None:
        print("stemsense-mcp ingest needs Ray: pip install 'stemsense-mcp[ray]' (or pip install 'ray[data]')",
              file=sys.stderr)
        return 2
    result = ingest_catalog(args.paths, Settings.from_env(), args.address, max(1, args.workers), args.separation_model)
    print(result.table())
    return 1 if result.count("failed") else 0


def run_weights_download(model: str) -> int:
    """``stemsense-mcp weights download [MODEL]``: 0 when the weights are here afterwards, 1 (with one plain
    message, never a traceback) when they cannot be fetched: offline, that is said within seconds."""
    from analysis import separation
    from analysis.config import Settings
    from analysis.errors import StemSenseError

    repo = Settings.from_env().demucs_repo
    try:
        where, _ = separation.locate_weights(model, repo)
        print(f"The {model} weights are already here ({separation.weights_folder(repo)}): nothing to download.")
        return 0
    except separation.WeightsMissing:
        pass
    except StemSenseError as exc:
        print(f"stemsense-mcp: {exc}", file=sys.stderr)
        return 1
    folder = separation.weights_folder(repo)
    print(f"Downloading the {model} weights into {folder} ...", flush=True)
    try:
        separation.download_weights(model, repo, say=lambda line: print(f"  {line}", flush=True))
        separation.locate_weights(model, repo)
    except StemSenseError as exc:
        print(f"stemsense-mcp: {exc}", file=sys.stderr)
        return 1
    except ImportError as exc:
        print(f"stemsense-mcp: demucs is not installed ({exc}): pip install demucs, then run this again.", file=sys.stderr)
        return 1
    except OSError as exc:  # the folder cannot be created or written
        print(f"stemsense-mcp: cannot write the weights into {folder}: {exc}. Set STEMSENSE_DEMUCS_REPO to a folder "
              "you can write to, or fix its permissions.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("stemsense-mcp: interrupted; nothing half-downloaded was kept.", file=sys.stderr)
        return 130
    print(f"The {model} weights are in {folder}. Mixes loaded from now on are separated; a mix loaded before as one "
          "`mix` stem is separated when you load it again.")
    return 0


def main(argv: list[str] | None = None) -> None:
    from analysis.errors import StemSenseError

    try:
        _main(argv)
    except StemSenseError as exc:  # a broken data folder or store: one line that says what to do
        print(f"stemsense-mcp: {exc}", file=sys.stderr)
        sys.exit(2)


def _main(argv: list[str] | None = None) -> None:
    import os

    args = _parser().parse_args(argv)
    if args.command == "demo":
        sys.exit(asyncio.run(run_demo(args.source, args.timeout)))
    if args.command == "ingest":
        sys.exit(run_catalog(args))
    if args.command == "weights":
        sys.exit(run_weights_download(args.model))
    if args.command == "doctor":
        from analysis.config import Settings

        from .doctor import report

        text, healthy = report(Settings.from_env())
        print(text)
        sys.exit(0 if healthy else 1)
    from analysis.stem_analysis import basic_pitch_missing

    from .server import build_server

    missing = basic_pitch_missing()
    if missing:  # loudly, on stderr (stdout is the stdio wire): every pitched stem would otherwise lack notes
        print(f"stemsense-mcp: WARNING: {missing}.", file=sys.stderr)

    if args.transport == "stdio":
        build_server().run(transport="stdio", show_banner=False)
        return
    verifier, extra = http_security(args.host, args.port, dict(os.environ))
    build_server(auth=verifier).run(transport=args.transport, host=args.host, port=args.port, show_banner=False,
                                    **extra)
