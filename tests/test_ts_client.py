"""An MCP client from npm: the official TypeScript SDK drives the server over stdio."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_MIDI

HERE = Path(__file__).parent / "ts_client"
pytestmark = pytest.mark.slow


def test_typescript_sdk_client_over_stdio(settings):
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.fail("node and npm are needed for this test (the machine has them; install Node.js >= 18)")
    if not (HERE / "node_modules" / "@modelcontextprotocol" / "sdk").is_dir():
        subprocess.run(["npm", "ci", "--silent", "--no-audit", "--no-fund"], cwd=HERE, check=True, timeout=300)
    env = {**os.environ, "STEMSENSE_HOME": str(settings.home),
           "STEMSENSE_ALLOWED_ROOTS": os.pathsep.join(str(r) for r in settings.allowed_roots)}
    proc = subprocess.run(["node", "client.mjs", sys.executable, str(EXAMPLE_MIDI)], cwd=HERE, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert {"load_track", "get_findings", "generate_part"} <= set(out["tools"]) and out["hasOutputSchema"]
    assert out["state"] == "ready" and out["frame"] == "pulse" and out["summary"]
    assert out["badIsError"] and "past the track's end" in out["badText"]
    assert out["wavBytes"] > 44100  # one second of 16-bit audio plus the header
