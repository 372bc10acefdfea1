"""Faults: a killed ingest, a damaged or unwritable store, a stem file deleted under a ready track."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from mcp.shared.exceptions import MCPError

from analysis.config import Settings
from analysis.errors import StorageError
from analysis.library import INTERRUPTED, Library
from tests.audio_fixtures import write_stems_folder, write_tiny_demucs_repo
from tests.conftest import EXAMPLE_MIDI, wait_ready
from tests.mcp_helpers import load_ready

KILL_SCRIPT = """
import sys, time
from pathlib import Path
from analysis.config import Settings
from analysis.library import Library
home, roots, source, repo = sys.argv[1:5]
lib = Library(Settings(home=Path(home), allowed_roots=[Path(r) for r in roots.split(',')], demucs_repo=Path(repo)))
lib.load(source)
time.sleep(600)
"""


def test_sigkill_mid_ingest_leaves_a_failed_track_and_an_intact_store(settings, inputs, tmp_path):
    import numpy as np
    import soundfile as sf

    lib = Library(settings)
    ok = lib.load(str(EXAMPLE_MIDI)).track_id
    assert wait_ready(lib, ok) == "ready"
    lib.close()
    repo = write_tiny_demucs_repo(tmp_path / "weights")
    sf.write(str(inputs / "long.wav"), (0.1 * np.random.default_rng(0).standard_normal((44100 * 120, 2))).astype("float32"),
             44100)
    roots = ",".join(str(r) for r in settings.allowed_roots)
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(settings.home), roots, str(inputs / "long.wav"),
                             str(repo)], cwd=os.getcwd(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db = settings.home / "stemsense.db"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            row = sqlite3.connect(db).execute("SELECT state FROM tracks WHERE source_kind='mix'").fetchone()
            if row and row[0] == "running":
                break
            time.sleep(0.1)
        assert row and row[0] == "running"
        time.sleep(1.0)  # in the middle of separation
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    lib = Library(settings)
    try:
        assert lib.store.integrity_ok()
        mix = next(t for t in lib.list() if t.source_kind == "mix")
        assert mix.state == "failed" and mix.error == INTERRUPTED
        assert lib.status(ok).state == "ready" and len(lib.summary(ok).stems) == 4
        # the track's folder appears only whole (its stems are written aside, then swapped in): a kill leaves
        # no folder under the track's name, at most a hidden temporary one beside it
        tracks = settings.home / "tracks"
        assert not (tracks / mix.track_id).exists()
        left = [p.name for p in tracks.iterdir() if mix.track_id in p.name]
        assert all(name.startswith(f".{mix.track_id}.tmp-") for name in left), left
        assert lib.store.stem_rows(mix.track_id) == []  # never ready with partial data
    finally:
        lib.close()


def test_damaged_database_is_refused_with_instructions(settings):
    settings.home.mkdir(parents=True)
    (settings.home / "stemsense.db").write_bytes(b"this is not a database" * 100)
    with pytest.raises(StorageError, match="(?i)move it aside"):
        Library(settings)


def test_unusable_data_folder_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="STEMSENSE_HOME"):
        Library(Settings(home=blocker / "home", allowed_roots=[tmp_path]))


def test_server_refuses_to_start_on_a_damaged_database(settings):
    settings.home.mkdir(parents=True)
    (settings.home / "stemsense.db").write_bytes(b"garbage" * 1000)
    env = {**os.environ, "STEMSENSE_HOME": str(settings.home)}
    proc = subprocess.run([sys.executable, "-m", "stemsense_mcp", "demo", str(EXAMPLE_MIDI)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "move it aside" in proc.stderr and "Traceback" not in proc.stderr


def test_deleted_stem_file_is_reported_and_nothing_else_breaks(settings, inputs):
    from fastmcp import Client

    from stemsense_mcp.server import build_server

    write_stems_folder(inputs / "s")

    async def go():
        server = build_server(settings)
        async with Client(server) as client:
            tid = await load_ready(client, {"source": str(inputs / "s")})
            (settings.home / "tracks" / tid / "stems" / "bass.wav").unlink()
            with pytest.raises(MCPError, match="missing"):
                await client.read_resource(f"stemsense://tracks/{tid}/stems/bass.wav")
            drums = await client.read_resource(f"stemsense://tracks/{tid}/stems/drums.wav")
            assert drums[0].blob
            res = await client.call_tool("analyze_window", {"track_id": tid, "stems": ["bass", "drums"], "start_s": 0,
                                                            "end_s": 3})
            assert not res.is_error  # analysis is stored: queries never needed the audio
    asyncio.run(go())


def test_an_ingest_step_that_stops_moving_is_said_to_be_stuck(settings, inputs):
    """A step that never returns (a loop, a hung library) leaves the track running: track_status says so
    once the step has made no progress for the stall limit, and says what to do, over MCP as in Python."""
    from fastmcp import Client

    from analysis.library import STALL_S
    from stemsense_mcp.server import build_server

    write_stems_folder(inputs / "s")

    async def go():
        server = build_server(settings)
        async with Client(server) as client:
            tid = await load_ready(client, {"source": str(inputs / "s")})
            lib = Library(settings)
            try:
                lib.store.db["tracks"].update(tid, {"state": "running", "step": "notes", "updated_at": time.time() - 30})
                assert "stuck" not in lib.status(tid).message  # a step at work is not stuck
                lib.store.db["tracks"].update(tid, {"updated_at": time.time() - STALL_S - 120})
                message = lib.status(tid).message
                assert "stuck" in message and "'notes'" in message and "load_track" in message, message
            finally:
                lib.close()
            res = await client.call_tool("track_status", {"track_id": tid})
            assert "stuck" in res.content[0].text and "'notes'" in res.content[0].text
    asyncio.run(go())
