"""Transport security of streamable HTTP: loopback by default, DNS-rebinding checks, bearer token."""

from __future__ import annotations

import os
import subprocess
import sys

import json
import urllib.error
import urllib.request
import pytest

from eval.net import free_port, wait_for_port
from stemsense_mcp.cli import http_security

pytestmark = pytest.mark.slow
TOKEN = "s3cret-token-for-tests-0123456789"
INIT = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}}
HEADERS = {"content-type": "application/json", "accept": "application/json, text/event-stream"}


def post_status(url: str, body: dict, headers: dict) -> int:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_non_loopback_bind_without_token_is_refused():
    with pytest.raises(SystemExit, match="STEMSENSE_HTTP_TOKEN"):
        http_security("0.0.0.0", 8765, {})
    with pytest.raises(SystemExit, match="too short"):
        http_security("0.0.0.0", 8765, {"STEMSENSE_HTTP_TOKEN": "short"})
    verifier, extra = http_security("10.1.2.3", 8765, {"STEMSENSE_HTTP_TOKEN": TOKEN})
    assert verifier is not None and "10.1.2.3:8765" in extra["allowed_hosts"]
    assert http_security("127.0.0.1", 8765, {}) == (None, {"host_origin_protection": "auto"})


def test_the_cli_refuses_to_start_on_all_interfaces_without_a_token(tmp_path):
    env = {**os.environ, "STEMSENSE_HOME": str(tmp_path / "home")}
    env.pop("STEMSENSE_HTTP_TOKEN", None)
    proc = subprocess.run([sys.executable, "-m", "stemsense_mcp", "--transport", "http", "--host", "0.0.0.0",
                           "--port", "8799"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "Refusing to serve MCP on 0.0.0.0" in proc.stderr


def test_http_checks_token_host_and_origin(tmp_path):
    port = free_port()
    env = {**os.environ, "STEMSENSE_HOME": str(tmp_path / "home"), "STEMSENSE_HTTP_TOKEN": TOKEN}
    proc = subprocess.Popen([sys.executable, "-m", "stemsense_mcp", "--transport", "http", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/mcp"
    try:
        wait_for_port(port)
        auth = {"Authorization": f"Bearer {TOKEN}"}
        assert post_status(url, INIT, HEADERS) == 401
        assert post_status(url, INIT, {**HEADERS, "Authorization": "Bearer wrong"}) == 401
        assert post_status(url, INIT, {**HEADERS, **auth, "Host": f"evil.example:{port}"}) in (403, 421)
        assert post_status(url, INIT, {**HEADERS, **auth, "Origin": "http://evil.example"}) == 403
        assert post_status(url, INIT, {**HEADERS, **auth}) == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)
