from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from analysis.config import Settings
from analysis.library import Library

EXAMPLE_MIDI = Path(__file__).resolve().parent.parent / "examples" / "demo_song.mid"

# The suite measures the project's own methods; madmom's chord model (on by default for audio, about 0.4x
# real time per track) is exercised where it is tested, in tests/test_learned.py, which turns it back on.
os.environ.setdefault("STEMSENSE_LEARNED", "off")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    return Settings(home=tmp_path / "home", allowed_roots=[inputs.resolve(), EXAMPLE_MIDI.parent],
                    max_file_mb=50, max_duration_s=600, wait_s=20)


@pytest.fixture
def inputs(settings: Settings) -> Path:
    return settings.allowed_roots[0]


@pytest.fixture
def library(settings: Settings):
    lib = Library(settings)
    yield lib
    lib.close()


def wait_ready(lib: Library, track_id: str, timeout_s: float = 120.0) -> str:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        state = lib.status(track_id).state
        if state in ("ready", "failed"):
            return state
        time.sleep(0.05)
    raise AssertionError(f"track {track_id} not ready after {timeout_s} s")
