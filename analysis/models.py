"""Pydantic models for everything the analysis layer hands across a boundary (store, MCP)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

TrackState = Literal["queued", "running", "ready", "failed"]
SourceKind = Literal["mix", "stems", "midi"]
RunStatus = Literal["ok", "failed", "skipped"]


class TrackStatus(BaseModel):
    """Where a track's ingest stands. Poll ``track_status`` until ``state`` is ready or failed."""

    track_id: str
    title: str
    state: TrackState
    progress: float = Field(ge=0.0, le=1.0, description="0..1 over the whole ingest")
    step: str | None = Field(None, description="the ingest step running now (or the one that failed)")
    error: str | None = Field(None, description="on failure: what went wrong and what to do")
    source_kind: SourceKind
    message: str = Field("", description="one plain sentence for the user")


class StemInfo(BaseModel):
    stem: str
    duration_s: float
    channels: int
    rms_dbfs: float
    peak_dbfs: float
    empty: bool = Field(description="true when the stem is silent (below -60 dBFS RMS)")
    origin: str = Field(description="where the stem came from: file names, MIDI programs or the separation model")
    note_source: str | None = Field(None, description="'midi' (exact) or the transcriber, once notes exist")
    note_count: int = 0
    audio_uri: str
    midi_uri: str | None = None


class AnalysisRun(BaseModel):
    step: str
    status: RunStatus
    reason: str | None = None
    seconds: float | None = None


class TrackSummary(BaseModel):
    """A track as stored: what it is, its stems, and whatever analysis has landed."""

    track_id: str
    title: str
    state: TrackState
    source_kind: SourceKind
    duration_s: float | None
    sample_rate: int | None
    separation_model: str | None = None
    stems: list[StemInfo] = []
    runs: list[AnalysisRun] = []
    analysis: dict = Field(default_factory=dict, description="track-level analysis, labelled track-level")


class TrackList(BaseModel):
    tracks: list[TrackStatus]


class DeleteResult(BaseModel):
    track_id: str
    deleted: bool
    message: str


class NoteEvent(BaseModel):
    """One note, in seconds, with its place in the beat grid once beats are known."""

    time_s: float = Field(ge=0.0)
    duration_s: float = Field(gt=0.0)
    pitch: int = Field(ge=0, le=127)
    velocity: int = Field(ge=1, le=127)
    beat_index: int | None = None
    subdivision: str | None = None
    onset_to_beat_offset_ms: float | None = None
