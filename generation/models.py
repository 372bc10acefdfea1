"""Parts: the directive that constrains them, the notes, the scores (pydantic: they cross MCP)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from analysis.core.types import Chord, Note

Route = Literal["surgical_fix", "melodic_rewrite", "free_composition", "density_change", "register_shift",
                "harmonic_rewrite", "borrow_from_source", "compose_over_source", "rhythm_transfer"]
MAX_NOTES = 4096


class PartNote(BaseModel):
    """A note as it crosses MCP: what a client sends (in seconds from the start of the track, or in beats
    from the window's first beat) and what it gets back. Only the wire form of :class:`Note`, the one
    note type inside (:meth:`to_note`, :meth:`of`)."""

    time_s: float | None = Field(None, description="onset, seconds from the track's start")
    beat: float | None = Field(None, description="onset in beats from the window's first beat (instead of time_s)")
    duration_s: float | None = Field(None, gt=0)
    duration_beats: float | None = Field(None, gt=0)
    pitch: int = Field(ge=0, le=127)
    velocity: int = Field(90, ge=1, le=127)

    @field_validator("velocity", mode="before")
    @classmethod
    def _default_velocity(cls, value):  # the published schema lets a client send null: the default, as when omitted
        return 90 if value is None else value

    @model_validator(mode="after")
    def _one_of_each(self):
        if (self.time_s is None) == (self.beat is None):
            raise ValueError("give exactly one of time_s or beat")
        if (self.duration_s is None) == (self.duration_beats is None):
            raise ValueError("give exactly one of duration_s or duration_beats")
        return self

    def to_note(self, first_beat_s: float, period_s: float) -> Note:
        """The note in track seconds (a beat counted from ``first_beat_s``, ``period_s`` a beat)."""
        return Note(time_s=self.time_s if self.time_s is not None else first_beat_s + self.beat * period_s,
                    duration_s=self.duration_s if self.duration_s is not None else self.duration_beats * period_s,
                    pitch=self.pitch, velocity=self.velocity)

    @classmethod
    def of(cls, note: Note) -> "PartNote":
        return cls(time_s=note.time_s, duration_s=note.duration_s, pitch=note.pitch, velocity=note.velocity)


class ChordSpan(BaseModel):
    """The constraint a chord puts on a part over its span: a core :class:`Chord` (the other stems' reading;
    ``chord`` is its label) with the pitch classes a note may use there. Not another chord type: only the
    directive's wire form of one Chord and what it allows (:meth:`over`)."""

    start_s: float
    end_s: float
    chord: str
    confidence: float = Field(1.0, description="how sure the chord reading is (0..1); below 0.5 only the key constrains")
    allowed_pitch_classes: list[int] = Field(description="chord tones plus the key's scale: what a note may use here")
    chord_tones: list[int]

    @classmethod
    def over(cls, chord: Chord, chord_tones: list[int], allowed_pitch_classes: list[int]) -> "ChordSpan":
        return cls(start_s=chord.start_s, end_s=chord.end_s, chord=chord.label, confidence=chord.confidence,
                   chord_tones=chord_tones, allowed_pitch_classes=allowed_pitch_classes)


class Constraints(BaseModel):
    key: str | None = Field(description="the key in this window (window-level when measurable, else track-level)")
    key_scope: Literal["window", "track-level", "none"]
    scale_pitch_classes: list[int]
    chords: list[ChordSpan]
    register_range: list[int] = Field(description="[lowest, highest] MIDI pitch for this stem")
    beat_ceiling: int = Field(description="at most this many onsets per beat (what players play: sixteenths)")
    subdivision: int = Field(2, description="the finest grid the generator writes on (2: eighths, 4: sixteenths)")
    current_notes: list[PartNote] = Field(description="the stem's notes in this window, in the same schema")


class Directive(BaseModel):
    stem: str
    start_s: float
    end_s: float
    request: str
    route: Route
    hints: list[str]
    constraints: Constraints
    grid_beats_s: list[float] = Field(description="beats inside the window")
    empty_window: bool = Field(description="the stem (and the selection) has nothing here: free composition over the grid")
    density: Literal["same", "more", "less"] = Field("same", description="onsets against the current part")
    offbeats: bool = Field(False, description="notes on the offbeats wanted (a funky request where the window has few)")
    register_shift: int = Field(0, description="semitones the part moves (+12 up an octave, -12 down)")
    rhythm_source: str | None = Field(None, description="the stem whose rhythm the part takes (rhythm transfer)")
    beat_period_s: float | None = Field(None, description="the window's beat period")


class ScoreBreakdown(BaseModel):
    """Every term's target comes from the other stems, the same stem outside the window, or music theory;
    never from the part being judged."""

    key_fit: float = Field(description="chord tones (of the harmony the other stems spell) on the strong beats, "
                                       "weighted double; allowed pitch classes elsewhere, a chromatic passing "
                                       "note off the beat counting half")
    register_fit: float = Field(description="overlap of the part's pitch distribution with the stem's outside the "
                                            "window where the other stems play alike (or closeness to the stem's "
                                            "range centre)")
    masking: float = Field(description="register-overlap risk against the other stems (0 good); counted in the "
                                       "total only where the stem has no register elsewhere in the track")
    rhythmic_lock: float | None = Field(None, description="onset F (±50 ms) of the part against the kick and snare "
                                        "in the window; null without a kit")
    density_fit: float = Field(description="onsets per beat against the stem's outside the window (halved or "
                                           "doubled: 0.37)")
    rhythm_fit: float = Field(1.0, description="the part's onset positions in the bar against the stem's rhythm "
                                               "vocabulary outside the window (cosine; 1 without one)")
    voice_leading: float = Field(1.0, description="the line's moves no larger than a fifth or the player's usual "
                                                  "leap outside the window")
    texture_fit: float = Field(1.0, description="notes a stroke sounds (a line 1, a strummed chord more) against "
                                                "the stem's outside the window where the other stems play alike")
    consonance: float = Field(1.0, description="each note's pitch class against what the other pitched stems sound "
                                               "while it is heard (1: the one they sound most; 0: one they do not "
                                               "sound)")
    violations: list[str]
    total: float


class PartOption(BaseModel):
    part_id: str
    rank: int
    label: str = Field(description="what distinguishes this option")
    notes: list[PartNote]
    score: ScoreBreakdown
    resources: dict[str, str] = Field(description="MIDI, MusicXML, the part alone and in context with the other stems")


class GenerationResult(BaseModel):
    directive: Directive
    options: list[PartOption]


class PartEvaluation(BaseModel):
    directive: Directive
    valid: bool
    option: PartOption | None = Field(None, description="scored and rendered when valid")
    violations: list[str]
