"""Typed evidence: one model per heuristic, so frames/ and generation/ read fields, not string keys.

Every value is measured inside the window; fields fed by track-level facts say so in their name
(``*_track_level``, ``sections_scope``). Optional fields are the ones a gated-off result leaves empty.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, BaseModel, ConfigDict

from analysis.core.types import Chord


class Evidence(BaseModel):
    """Base of every heuristic's evidence (empty when a heuristic did not run)."""

    model_config = ConfigDict(extra="forbid")


# -- timing -----------------------------------------------------------------------------------------
class CompoundPulseEvidence(Evidence):  # H001
    meter_track_level: str | None = None
    low_stem: str | None = None
    bass_on_beats: float | None = None
    upper_off_downbeat_share: float | None = None
    bass_syncopation: float | None = None


class BackbeatEvidence(Evidence):  # H002
    meter_track_level: str | None = None
    snare_hits: int | None = Field(None, description="every snare hit in the window")
    snare_on_beats: int | None = Field(None, description="snare hits that land on a beat of the window's grid")
    snare_between_kicks_share: float | None = None
    accent_ratio_back_vs_front: float | None = None
    judged_against: Literal["kick", "bar"] | None = None


class OffbeatEvidence(Evidence):  # H003
    onsets: int
    offbeat_onsets: int
    per_stem: dict[str, float]


class LockPair(Evidence):
    """How the second stem's onsets land against the first's (offset positive: behind)."""

    pair: list[str]
    reference: str
    onsets: list[int]
    matched: int = 0
    coincidence_rate: float = 0.0
    offset_ms: float | None = None
    mean_offset_ms: float | None = None
    jitter_ms: float | None = None
    same_pitch_rate: float | None = Field(None, description="pitched pairs: share of the second stem's coinciding "
                                          "notes whose pitch class the first sounds too (unison or octaves)")
    clean_starts: int | None = Field(None, description="a pitched second stem: its coinciding notes that start out "
                                     "of quiet (not struck under a ringing note); the offset rests on these when "
                                     "there are four or more, and a feel is named only then")


class LockEvidence(LockPair):  # H004: the reported pair, and every pair
    tolerance_ms: float
    chosen_because: str
    pairs: list[LockPair]


class SyncopationEvidence(Evidence):  # H005
    per_stem: dict[str, float]
    onsets: int


class MicrotimingEvidence(Evidence):  # H009
    onsets: int
    mean_offset_ms: float
    spread_ms: float
    per_stem_mean_offset_ms: dict[str, float]


class VocalAlignmentEvidence(Evidence):  # H015
    onsets: int
    mean_offset_ms: float = Field(description="her typical offset from the beat's nearest slot: the median over her "
                                  "sung starts (ms, +: behind)")
    spread_ms: float = Field(description="how far her starts spread around it: the root mean square of their "
                             "distances from it over the four fifths of them nearest it (ms)")
    within_30ms_share: float
    feel: Literal["loose", "late", "early", "on the grid"]


# -- harmony ----------------------------------------------------------------------------------------
ChordEvidence = Chord  # one chord type everywhere (analysis.core.types), its times rounded in the evidence


class HarmonyEvidence(Evidence):  # H008
    chord_changes: int
    changes_per_bar: float | None
    chords: list[ChordEvidence]
    confidence: float
    implied_by_melody: bool
    spelled_by: list[str]
    chord_tone_ratio: float
    notes_counted: int
    non_chord_tone_times_s: list[float]


class TonalEvidence(Evidence):  # H010
    window_key: str | None
    key_correlation: float
    half_to_half_similarity: float
    pitched_stems: list[str]
    key_track_level: str | None
    half_keys: list[str | None] = []  # the first and the second half's own key (Krumhansl-Schmuckler)
    half_key_correlations: list[float] = []
    half_notes: list[int] = []


# -- texture ----------------------------------------------------------------------------------------
class RegisterPair(Evidence):
    pair: list[str]
    ranges: list[list[int]]
    overlap_semitones: float
    overlap_ratio: float
    sounding_together: float
    risk: float


class RegisterEvidence(Evidence):  # H006
    worst_pair: list[str]
    pairs: list[RegisterPair]


class DensityEvidence(Evidence):  # H007
    onsets_per_s: float
    first_half_per_s: float
    second_half_per_s: float
    trend: Literal["building", "thinning", "steady"]
    per_stem_per_s: dict[str, float]


class PhraseShape(Evidence):
    start_s: float
    end_s: float
    notes: int
    contour: Literal["arch", "valley", "rising", "falling", "level"]
    range_semitones: int
    contour_fit: float | None = None
    repeats: int | None = Field(None, description="the earlier phrase (1 = the window's first) whose notes this one "
                                "sings again, where it does")
    rhythm_of: int | None = Field(None, description="where it sings new notes, the earlier phrase whose rhythm (its "
                                  "strokes' places in the bar) it keeps")


class ContourEvidence(Evidence):  # H011
    stem: str
    phrases: list[PhraseShape]
    repetition: float
    range_semitones: int
    # the whole line's shape in the window, all its phrases as one (contour_of, contour_fit): what "the line climbs"
    # says where its phrases differ; read by the summary, kept out of what the tool returns
    line_contour: str | None = Field(None, exclude=True)
    line_fit: float | None = Field(None, exclude=True)


class PhraseSpan(Evidence):
    stem: str
    start_s: float
    end_s: float


class CallPair(Evidence):
    pair: list[str]
    handoffs: int
    alternation: float
    overlap_ratio: float
    score: float


class CallResponseEvidence(CallPair):  # H014: the strongest pair, its phrases, and every pair
    phrases: list[PhraseSpan]
    bar_s_track_meter: float
    pairs: list[CallPair]


# -- form -------------------------------------------------------------------------------------------
class BoundaryEvidence(Evidence):  # H012
    sections_scope: Literal["track-level"] = "track-level"
    boundary_in_window: bool
    boundary_s: float | None = None
    position_in_window: float | None = None
    boundaries: int | None = None


class SideEvidence(Evidence):
    energy_db: float
    onsets_per_s: float
    offbeat_share: float


class ContrastEvidence(Evidence):  # H013
    sections_scope: Literal["track-level"] = "track-level"
    boundary_s: float
    before: SideEvidence
    after: SideEvidence
    energy_change_db: float
    density_change_per_s: float
    offbeat_change: float
