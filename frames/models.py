"""Frames, roles, routing and findings (pydantic: they cross the MCP boundary)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import BaseModel, Field

from heuristics.evidence import ChordEvidence, PhraseShape
from heuristics.models import ChordGrid, DrumPattern, Event, MeterReading, Presence, WindowInfo

RINGING_HAT_WORDS = "ride or open hi-hat"  # a timekeeper that rings on: the audio does not tell the two apart
BACKBEAT_ONLY = "on two and four"  # a drum class's pattern (DrumPattern.pattern) on the backbeat alone
Intent = Literal["groove", "harmony", "melody", "structure", "texture", "overview"]
FrameName = Literal["pulse", "tonal", "form", "foreground", "micro_event", "unknown"]
Role = Literal["lead", "counterline", "harmony_pad", "rhythm", "timekeeping", "bass_foundation", "fill", "silent",
               "full_mix"]
Focus = Literal["overview", "arc", "interaction"]
Axis = Literal["groove", "harmony", "melody", "form", "dynamics", "arc", "interaction", "roles", "caution", "meter",
               "pattern", "key", "presence", "events"]
# What the question asks, finer than the intent: the summary's first sentence answers it.
Question = Literal["timing", "meter", "drum_pattern", "density", "tension", "chords", "key", "interaction", "carry",
                   "narrative", "part", "melody", "form", "texture", "spill", "who", "groove", "unmeasured", "length", "gaps",
                   "peak", "overview"]


class ClauseAsk(BaseModel):
    """One more thing a compound question asks ("..., and what's the drummer playing?")."""

    asks: Question
    clause: str = Field(description="the clause of the question that asks it")
    named_stems: list[str] = Field([], description="the selected stems that clause names (else the question's)")


class Routing(BaseModel):
    intent: Intent
    reasons: list[str] = Field(description="why this intent: matched words and what the selection implies")
    question: str | None = None
    named_stems: list[str] = Field([], description="selected stems the question names; the answer is about them")
    focus: Focus = Field("overview", description="what the answer leads with: an overview, the narrative arc "
                         "(tension and release, phrasing) or the interaction between the parts")
    asks: Question = Field("overview", description="what the question asks (timing, meter, drum pattern, chords, key, "
                           "interaction, who carries, what happens, what a part does, ...): the summary's first "
                           "sentence answers it")
    bar: int | None = Field(None, description="the track's bar the question names, inside the window ('the second "
                            "bar' here, 'bar 41'): the answer is about that bar")
    bar_counted: int | None = Field(None, description="where the bar's number ('bar three') is a track's bar in the "
                                    "window but the window's bars counted from one give another: that other bar, "
                                    "said too")
    tempo_asked: bool = Field(False, description="the question asks whether the beat rushes, drags, speeds up or "
                              "slows down: the tempo across the window is said")
    percussion_asked: str | None = Field(None, description="a hand percussion the question names (tambourine, "
                                         "shaker): the drum reading hears it in the hi-hat class, and says so")
    entry_parts: list[str] | None = Field(None, description="the question asks the bars before an entry: the "
                                          "parts whose entry (none named: the window's first)")
    bar_missing: int | None = Field(None, description="a bar the question names ('the third bar': 3, 'bar 42': 42) "
                                    "that the window does not hold: the summary says so first")
    also: list[ClauseAsk] = Field([], description="what the question's further clauses ask, in order: the summary's "
                                  "next sentences answer them")


class FrameSelection(BaseModel):
    frame: FrameName
    secondary_frame: FrameName | None = None
    lens: str = Field(description="one plain-English directive for the translator")
    cautions: list[str] = []
    confidence: float = Field(ge=0.0, le=1.0)
    scores: dict[str, float] = Field(description="every frame's score, 0..1")
    routing: Routing


class StemRole(BaseModel):
    stem: str
    role: Role
    reasons: list[str]
    relation: str | None = Field(None, description="how it sits against another stem in this window")


class Claim(BaseModel):
    """One sentence of the summary, with the finding it is written from."""

    axis: Axis
    text: str
    source: str = Field(description="the finding field(s) this sentence is written from, e.g. groove.timing_feel")
    stems: list[str] = Field([], description="the stems the sentence is about")
    confidence: float = Field(ge=0.0, le=1.0)


class Interaction(BaseModel):
    kind: Literal["support", "contrast", "counterline", "call-response", "doubling", "hocket", "independent",
                  "cannot tell"]
    stems: list[str] = Field(description="the pair (or the lead and its support) the relation is about")
    because: str = Field(description="the measurements behind it, with the counts they rest on")
    confidence: float = Field(ge=0.0, le=1.0)
    interval: str | None = Field(None, description="doubling: unison, octave, or the interval in semitones")
    together_ms: float | None = Field(None, description="doubling: median start difference of the notes that start "
                                      "together (how tight)")
    onsets: list[int] = Field([], description="onsets of each part the relation rests on")


class Groove(BaseModel):
    lock_quality: Literal["tight", "solid", "loose", "independent"] | None = None
    onsets: list[int] = Field([], description="onsets of each stem of the pair the verdict rests on")
    matched: int | None = Field(None, description="onsets of the pair that start together (one-to-one)")
    reference: str | None = Field(None, description="what the first stem's onsets are (a kit's: its kick, or its kick "
                                  "and snare, whichever the lock is judged on)")
    cannot_tell: str | None = Field(None, description="why no lock verdict is given (too few notes transcribed, or a "
                                    "transcription covering little of the time the stem sounds)")
    locked_pair: list[str] | None = None
    timing_offset_ms: float | None = Field(None, description="median offset of the second stem of the pair (positive: behind)")
    offset_unresolved: str | None = Field(None, description="why no offset is given although the pair locks (the "
                                          "second part's notes start under its own ringing notes: no clean start)")
    timing_feel: Literal["laid back", "pushed", "on the grid"] | None = Field(
        None, description="named only when the offset clears the measurement's error (see FEEL_MIN_MS)")
    feel: str | None = Field(None, description="e.g. on the grid, laid back, pushed, syncopated")
    offbeat_share: float | None = None
    syncopation: float | None = None


class Harmony(BaseModel):
    key_in_window: str | None = Field(None, description="estimated from this window's notes only")
    key_track_level: str | None = Field(None, description="the song's global key (track-level, not a window observation)")
    key_change: str | None = Field(None, description="'<first half's key> to <second half's>' where each half's key is "
                                   "clear on enough notes and they differ in key signature, not only major/minor")
    chord_motion: list[ChordEvidence] = Field([], description="chords the selected stems spell inside the window")
    changes_per_bar: float | None = None
    tension_level: Literal["low", "moderate", "high"] | None = None
    tension_points_s: list[float] = Field([], description="times inside the window where non-chord tones cluster")
    modal_function: str | None = None
    notes_counted: int | None = Field(None, description="pitched notes the harmony verdict rests on")
    chart: ChordGrid | None = Field(None, description="the chords bar by bar, as a chart")
    # whether the window's own key is clear (its profile correlation TRUSTED_KEY_CORRELATION or more): a key read
    # from few notes only leans, said so beside the song's key
    key_clear: bool = Field(True, exclude=True)


class Melody(BaseModel):
    stem: str | None = None
    contour: str | None = None
    phrases: list[PhraseShape] = []
    register_band: str | None = None
    range_semitones: int | None = None


class Texture(BaseModel):
    lead_stem: str | None = None
    register_relationship: str | None = None
    masking_risk: Literal["low", "moderate", "high"] | None = None
    masking_pair: list[str] | None = None
    interaction: Interaction | None = Field(None, description="how the selected parts relate, from phrase-level evidence")


class Dynamics(BaseModel):
    shape: str | None = None
    energy_level: Literal["quiet", "moderate", "loud"] | None = None
    energy_db: float | None = None
    transients: Literal["sparse", "moderate", "dense"] | None = None


class Scope(BaseModel):
    window: WindowInfo
    excluded: str = Field(description="what these findings do not cover")


class Findings(BaseModel):
    # the text content's order: the answer and what it rests on first, the frame's scores and routing last
    TEXT_ORDER: ClassVar[tuple[str, ...]] = (
        "summary", "claims", "further_answers", "uncertainties", "events", "meter", "drum_pattern", "harmony",
        "presence", "roles",
        "groove", "texture", "melody", "dynamics", "frame", "routing", "scope")
    # the raw chord segments (a sliver per passing sound) are the chart's input: the text shows the chart
    TEXT_OMIT: ClassVar[tuple[str, ...]] = ("harmony.chord_motion",)

    def text_shown(self, shown: dict) -> dict:
        """The text's view of the dumped findings: a snare class whose hits here are side-sticks is keyed so in the
        drum pattern (a reader of 'snare: on two and four' told a producer of a snare backbeat), and a hi-hat class
        keyed as what the sentences call it (frames.answers.class_word): a ride or open hat where most of its hits
        ring on, a tambourine or hat where it plays on two and four alone (a reader of 'hihat: on two and four' over
        the Beatles' tambourine told a producer of hats: round 100's cw03, dev)."""
        kit, p = shown.get("drum_pattern"), self.drum_pattern
        if p is None or not isinstance(kit, dict):
            return shown
        keys = {"snare": "side-stick" if p.snare_clicks else "snare",
                "hihat": RINGING_HAT_WORDS if p.hihat_rings else
                "tambourine or hi-hat" if p.pattern.get("hihat") == BACKBEAT_ONLY else "hihat"}
        if keys == {"snare": "snare", "hihat": "hihat"}:
            return shown
        rename = lambda d: {keys.get(k, k): v for k, v in d.items()}  # noqa: E731
        kit = {**kit, **{f: rename(kit[f]) for f in ("positions", "hits", "pattern") if isinstance(kit.get(f), dict)}}
        if isinstance(kit.get("by_bar"), dict):
            kit["by_bar"] = {b: rename(d) if isinstance(d, dict) else d for b, d in kit["by_bar"].items()}
        return {**shown, "drum_pattern": kit}
    summary: str = Field(description="2-3 plain sentences: no numbers, ids or tool names (the claims' texts); the "
                         "first answers the question")
    claims: list[Claim] = Field([], description="the summary's sentences, each with its source finding and confidence")
    further_answers: list[Claim] = Field([], description="answers to the question's further asks, past what the "
                                         "summary holds, in the order asked")
    frame: FrameSelection
    routing: Routing
    roles: list[StemRole]
    presence: list[Presence] = Field([], description="each selected stem: share of the window it sounds, level "
                                     "against the loudest, register, onsets, and whether it carries the window")
    events: list[Event] = Field([], description="what changes inside the window, in time order, with bar and beat")
    meter: MeterReading | None = Field(None, description="meter and feel in this window, with evidence")
    drum_pattern: DrumPattern | None = Field(None, description="where kick, snare and hi-hat fall in the bar")
    groove: Groove | None = None
    harmony: Harmony | None = None
    melody: Melody | None = None
    texture: Texture | None = None
    dynamics: Dynamics | None = None
    scope: Scope
    uncertainties: list[str]
