"""What the window layer returns (pydantic: it crosses the MCP boundary)."""

from __future__ import annotations

from typing import Literal

from typing import Annotated

from pydantic import BaseModel, Field, SerializeAsAny, WithJsonSchema

from .evidence import Evidence

Status = Literal["ok", "empty_slice", "missing_input", "not_applicable"]


class HeuristicResult(BaseModel):
    heuristic_id: str = Field(description="H001..H015")
    name: str
    status: Status = Field(description="ok | empty_slice (nothing in the window) | missing_input (say which) | "
                                       "not_applicable (gated off)")
    score: float | None = Field(None, ge=0.0, le=1.0, description="0..1 when ok, else null")
    evidence: Annotated[SerializeAsAny[Evidence], WithJsonSchema({"type": "object"})] = Field(
        default_factory=Evidence, description="the window-level numbers it used (a typed model per heuristic: "
                                              "heuristics.evidence); times lie in the window")
    notes: str = ""


class StemWindowStats(BaseModel):
    """One stem inside the window (never the whole track)."""

    stem: str
    empty: bool = Field(description="nothing sounds in this stem inside the window")
    note_count: int = 0
    onset_rate_hz: float | None = None
    pitch_range: list[int] | None = Field(None, description="lowest and highest MIDI pitch in the window")
    mean_pitch: float | None = None
    register_band: Literal["low", "mid", "high"] | None = None
    active_ratio: float | None = Field(None, description="share of the window in which the stem is audible")
    energy_db: float | None = Field(None, description="mean loudness of the audible frames")
    energy_shape: Literal["rising", "falling", "steady", "swell", "dip"] | None = None
    voiced_ratio: float | None = None
    spectral_centroid_hz: float | None = None
    confidence_note: str | None = Field(None, description="why this stem's data is less reliable, if it is")
    drum_hits: dict[str, int] | None = Field(None, description="drums only: hits per class (kick, snare, hihat, tom, "
                                             "cymbal) inside the window")
    late_hit_share: float | None = Field(None, description="share of the stem's onsets in the window's last quarter")
    bleed_ratio: float | None = Field(None, description="share of the window's sounding frames that hold only other "
                                      "stems' bleed (not this stem playing)")


class SectionTouch(BaseModel):
    label: str
    start_s: float = Field(description="where this section's part of the window starts (inside the window)")
    end_s: float


class WindowInfo(BaseModel):
    track_id: str
    stems: list[str]
    start_s: float
    end_s: float
    duration_s: float
    beats: int = Field(description="beats that fall inside the window")
    bars: list[int] = Field(description="bar numbers (from 1) with a beat inside the window")
    sections: list[SectionTouch]


class TrackContextOut(BaseModel):
    scope: Literal["track-level"] = "track-level"
    meter: str | None
    key: str | None = Field(description="the song's global key; not a window observation")


class WindowAnalysis(BaseModel):
    window: WindowInfo
    stems: list[StemWindowStats]
    heuristics: list[HeuristicResult]
    track_context: TrackContextOut
