"""The timeline MCP App: a built, self-contained HTML page shipped inside the package.

The page's source is ``src/`` (TypeScript, npm libraries: @modelcontextprotocol/ext-apps, wavesurfer.js,
opensheetmusicdisplay), built with ``npm ci && npm run build`` in this folder into ``timeline.html``
(one file, every script and style inlined: the host's sandbox has no network). The built file is
committed, so ``pip install`` alone gives the app; a test checks it was built from the current source.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from analysis.errors import StorageError

URI = "ui://stemsense/timeline.html"
HERE = Path(__file__).parent
BUILT = HERE / "timeline.html"


@lru_cache(maxsize=1)
def html() -> str:
    if not BUILT.is_file():
        raise StorageError(f"The timeline app is not built ({BUILT} is missing): run `npm ci && npm run build` in "
                           f"{HERE}, or reinstall the package.")
    return BUILT.read_text(encoding="utf-8")
