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


class KeyVote(BaseModel):
    profile: str
    tonic: str
    scale: str
    strength: float


class KeyEstimate(BaseModel):
    label: str = Field(description="e.g. 'A minor'")
    tonic: str
    scale: str
    agreement: float = Field(description="share of the three profiles (edma, krumhansl, temperley) voting for it")
    strength: float
    votes: list[KeyVote]


class SectionInfo(BaseModel):
    start_s: float
    end_s: float
    label: str = Field(description="letters: sections with the same letter sound alike")
    energy_db: float | None = Field(None, description="mean loudness of the mix")
    density: float | None = Field(None, description="note onsets per second, all stems")
    rhythm: float | None = Field(None, description="share of onsets off the beat")


class StemDescriptors(BaseModel):
    """A stem over the whole track (track-level, not a window observation)."""

    note_count: int = 0
    onset_rate_hz: float | None = None
    spectral_centroid_hz: float | None = None
    pitch_range: list[int] | None = None
    voiced_ratio: float | None = None


class TrackLevel(BaseModel):
    """Whole-track analysis. Never present these as observations about a window."""

    scope: Literal["track-level"] = "track-level"
    tempo_bpm: float | None = None
    tempo_confidence: float | None = Field(None, description="Essentia's: < 1 very low, > 3.5 excellent; null for MIDI (exact)")
    meter: str | None = None
    beats_per_bar: int | None = None
    grid_source: str | None = Field(None, description="'essentia' (estimated) or 'midi' (exact)")
    key: KeyEstimate | None = None
    sections: list[SectionInfo] = []
    chord_changes: int = 0
    lyrics: dict | None = None
    style_tags: dict | None = None


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
    track_level: StemDescriptors | None = Field(None, description="the stem over the whole track")


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
    runs: list[AnalysisRun] = Field([], description="every ingest/analysis step: ok, failed or skipped, with the reason")
    track_level: TrackLevel = Field(default_factory=TrackLevel)


class TrackList(BaseModel):
    tracks: list[TrackStatus]


class DeleteResult(BaseModel):
    track_id: str
    deleted: bool
    message: str



class TimelineSpan(BaseModel):
    """A labelled span the timeline draws: a section (a core Section's span and letter) or a cell of the chord
    lane. Not a chord type: the lane is a chart, its labels chart symbols ("Am", "F/A"; heuristics.describe.
    chart_symbol) of a whole bar or half-bar, where a core Chord's label is a reading in mir_eval syntax
    ("A:min") with its confidence (the lane falls back to the stored chords' labels only where no chart can be
    drawn). Only the wire form of what it draws."""

    start_s: float
    end_s: float
    label: str


class TimelineStem(BaseModel):
    stem: str
    empty: bool = Field(description="silent over the whole track: drawn greyed out")
    origin: str
    note_count: int = 0
    peaks: list[float] = Field(description="the waveform overview: max |sample| (0..1) per point; [] when silent")


class TimelineGrid(BaseModel):
    """The beat grid as parallel arrays (compact on the wire)."""

    beats_s: list[float] = []
    bar: list[int] = Field([], description="bar number (from 1) of each beat; 0 or less before the first downbeat")
    beat_in_bar: list[int] = Field([], description="1 = the downbeat")
    beats_per_bar: int | None = None


class Timeline(BaseModel):
    """What a timeline view draws: lanes of waveform peaks, sections, chords and the beat grid.

    Every value here is track-level (the whole track, for drawing); window observations come from
    get_findings / analyze_window on a selection."""

    scope: Literal["track-level"] = "track-level"
    track_id: str
    title: str
    duration_s: float
    points: int = Field(description="peaks per stem, evenly spaced over the track")
    tempo_bpm: float | None = None
    meter: str | None = None
    key: str | None = None
    grid: TimelineGrid
    sections: list[TimelineSpan] = []
    chords: list[TimelineSpan] = []
    stems: list[TimelineStem]
    max_window_s: float | None = Field(None, description="the longest selection the frames interpret as one moment")
