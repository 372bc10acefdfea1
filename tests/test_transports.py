"""The real server process over stdio (the `mcp` SDK client) and streamable HTTP (FastMCP client)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time

import numpy as np
import pytest

from analysis.config import SAMPLE_RATE_HZ
from eval.net import free_port, wait_for_port
from tests.audio_fixtures import write_stems_folder
from tests.mcp_helpers import decode_wav_blob

pytestmark = pytest.mark.slow


def _env(settings) -> dict[str, str]:
    return {**os.environ, "STEMSENSE_HOME": str(settings.home),
            "STEMSENSE_ALLOWED_ROOTS": os.pathsep.join(str(r) for r in settings.allowed_roots)}


def test_stdio_subprocess_with_mcp_sdk_client(settings, inputs):
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client

    stems = write_stems_folder(inputs / "song")
    params = StdioServerParameters(command=sys.executable, args=["-m", "stemsense_mcp"], env=_env(settings))

    async def go():
        async with stdio_client(params) as (read, write):
            async with ClientSession(read, write) as session:
                await session.initialize()
                names = {t.name for t in (await session.list_tools()).tools}
                assert {"load_track", "track_status", "get_track"} <= names
                res = await session.call_tool("load_track", {"source": str(inputs / "song")})
                tid = res.structured_content["track_id"]
                for _ in range(600):
                    st = (await session.call_tool("track_status", {"track_id": tid})).structured_content
                    if st["state"] in ("ready", "failed"):
                        break
                    await asyncio.sleep(0.1)
                assert st["state"] == "ready", st
                contents = (await session.read_resource(f"stemsense://tracks/{tid}/stems/drums.wav")).contents
                audio, sr = decode_wav_blob(contents)
                assert sr == SAMPLE_RATE_HZ
                np.testing.assert_allclose(audio, stems["drums"], atol=2 / 32768)
                bad = await session.call_tool("get_track", {"track_id": "0000000000000000"})
                assert bad.is_error and "No track with id" in bad.content[0].text
    asyncio.run(go())


def test_streamable_http_server(settings, inputs):
    from fastmcp import Client

    write_stems_folder(inputs / "song")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "stemsense_mcp", "--transport", "http", "--port", str(port)],
                            env=_env(settings), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_port(port)

        async def go():
            async with Client(f"http://127.0.0.1:{port}/mcp") as client:
                res = await client.call_tool("load_track", {"source": str(inputs / "song"), "wait": True})
                assert res.structured_content["state"] == "ready"
                summary = (await client.call_tool("get_track", {"track_id": res.structured_content["track_id"]}))
                assert {s["stem"] for s in summary.structured_content["stems"]} == {"bass", "drums", "guitar"}
        asyncio.run(go())
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_stdio_wire_carries_only_json_rpc_during_a_transcribing_ingest(settings, inputs):
    """Libraries that print (basic-pitch's predict() did) must never reach stdout: it is the wire."""
    import json
    import threading

    from tests.audio_fixtures import tone
    import soundfile as sf

    folder = inputs / "song"
    folder.mkdir()
    sf.write(str(folder / "bass.wav"), tone(110.0, 3.0), 44100)
    sf.write(str(folder / "vocals.wav"), tone(440.0, 3.0), 44100)
    proc = subprocess.Popen([sys.executable, "-m", "stemsense_mcp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=_env(settings))
    lines: list[bytes] = []
    threading.Thread(target=lambda: lines.extend(iter(proc.stdout.readline, b"")), daemon=True).start()

    def send(obj):
        proc.stdin.write((json.dumps(obj) + "\n").encode())
        proc.stdin.flush()

    try:
        send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw", "version": "1"}}})
        send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        send({"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {
            "name": "load_track", "arguments": {"source": str(folder), "wait": True}}})
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not any(b'"id":2' in line for line in lines):
            time.sleep(0.1)
    finally:
        proc.kill()
        proc.wait(timeout=10)
    assert any(b'"id":2' in line and b"ready" in line for line in lines), lines[-3:]
    for line in lines:
        json.loads(line)  # every line on the wire is a JSON-RPC message
