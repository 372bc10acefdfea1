"""Settings read from the environment, once, into one typed object."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from pydantic import BaseModel, Field, field_validator

from .core.vocabulary import MIX_STEM, PART_STEMS, STEM_NAMES  # noqa: F401  (the stem names, read here by most callers)

SAMPLE_RATE_HZ = 44100


def essentia_standard():
    """``essentia.standard``, imported where it is used (never at package import) with Essentia's INFO
    line about classifier models off: it is not ours to show, and on stdio it would reach the wire."""
    import essentia

    essentia.log.infoActive = False
    import essentia.standard as es

    return es


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:  # a typo in an env var must not be silently ignored
        raise ValueError(f"{name}={raw!r} is not a number") from exc


def _default_roots() -> list[Path]:
    roots = [Path.home()]
    cwd = Path.cwd()
    # A server started from / (as some desktop clients do) must not open the whole disk.
    if cwd != Path(cwd.anchor):
        roots.append(cwd)
    return roots


class Settings(BaseModel):
    """Where data lives and what input is accepted.

    Environment variables
    ---------------------
    STEMSENSE_HOME            data folder (SQLite database + audio); default: per-user data dir
    STEMSENSE_ALLOWED_ROOTS   folders input files may come from, separated by ``os.pathsep``;
                              default: the home folder and the current folder
    STEMSENSE_MAX_FILE_MB     largest accepted input file (default 1024)
    STEMSENSE_MAX_DURATION_S  longest accepted track (default 1200 = 20 min)
    STEMSENSE_WAIT_S          how long ``load_track(wait=True)`` blocks at most (default 25, max 50)
    STEMSENSE_DEMUCS_REPO     folder with local Demucs weights (``htdemucs_6s.yaml`` + ``*.th``)
    STEMSENSE_SOUNDFONT       GM soundfont for MIDI rendering (default: Debian's FluidR3_GM.sf2)
    STEMSENSE_INGEST_WORKERS  parallel ingest jobs (default 1: ingest is CPU-bound)
    STEMSENSE_STEM_THREADS    stems one ingest transcribes at once (default: its CPUs, at most 4)
    """

    home: Path
    allowed_roots: list[Path]
    max_file_mb: float = 1024.0
    max_duration_s: float = 1200.0
    wait_s: float = Field(25.0, le=50.0)
    demucs_repo: Path | None = None
    soundfont: Path | None = None
    ingest_workers: int = 1

    @field_validator("allowed_roots")
    @classmethod
    def _resolved(cls, roots: list[Path]) -> list[Path]:
        """Each root as the file system resolves it: a file's path is resolved before it is checked against them, so
        a root given through a symlink (or with ``~``) must be too, or every file under it is refused."""
        return [Path(r).expanduser().resolve() for r in roots]

    @classmethod
    def from_env(cls) -> "Settings":
        home = Path(os.environ.get("STEMSENSE_HOME") or platformdirs.user_data_dir("stemsense-mcp"))
        roots_raw = os.environ.get("STEMSENSE_ALLOWED_ROOTS", "")
        roots = [Path(p).expanduser() for p in roots_raw.split(os.pathsep) if p.strip()] or _default_roots()
        demucs_repo = os.environ.get("STEMSENSE_DEMUCS_REPO")
        soundfont = os.environ.get("STEMSENSE_SOUNDFONT")
        return cls(
            home=home.expanduser(),
            allowed_roots=[r.resolve() for r in roots],
            max_file_mb=_env_float("STEMSENSE_MAX_FILE_MB", 1024.0),
            max_duration_s=_env_float("STEMSENSE_MAX_DURATION_S", 1200.0),
            wait_s=min(_env_float("STEMSENSE_WAIT_S", 25.0), 50.0),
            demucs_repo=Path(demucs_repo).expanduser() if demucs_repo else None,
            soundfont=Path(soundfont).expanduser() if soundfont else None,
            ingest_workers=max(1, int(_env_float("STEMSENSE_INGEST_WORKERS", 1))),
        )
