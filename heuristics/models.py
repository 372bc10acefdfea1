"""What the window layer returns (pydantic: it crosses the MCP boundary)."""

from __future__ import annotations

from typing import Annotated, Generic, Iterable, Literal, TypeVar, Union, get_args

from pydantic import BaseModel, Field, SerializeAsAny

from . import evidence as ev
from .evidence import Evidence

Status = Literal["ok", "empty_slice", "missing_input", "not_applicable"]
HeuristicId = TypeVar("HeuristicId", bound=str)
E = TypeVar("E", bound=Evidence)


class HeuristicResult(BaseModel):
    """What every heuristic returns; each id has its own subclass below, with its evidence typed."""

    heuristic_id: str = Field(description="H001..H015")
    name: str
    status: Status = Field(description="ok | empty_slice (nothing in the window) | missing_input (say which) | "
                                       "not_applicable (gated off)")
    score: float | None = Field(None, ge=0.0, le=1.0, description="0..1 when ok, else null")
    evidence: Evidence = Field(default_factory=Evidence)
    notes: str = ""


class Result(HeuristicResult, Generic[HeuristicId, E]):
    heuristic_id: HeuristicId = Field(description="H001..H015")
    evidence: Annotated[SerializeAsAny[Union[Evidence, E]], Field(union_mode="left_to_right")] = Field(
        default_factory=Evidence, description="the window-level numbers it used (its heuristic's evidence model); "
                                              "empty ({}) when it did not run; times lie in the window")


# Each heuristic's id is defined here, once, with its name and its evidence type.
class H001Result(Result[Literal["H001"], ev.CompoundPulseEvidence]): name: str = "compound / waltz pulse"
class H002Result(Result[Literal["H002"], ev.BackbeatEvidence]): name: str = "backbeat"
class H003Result(Result[Literal["H003"], ev.OffbeatEvidence]): name: str = "offbeat density"
class H004Result(Result[Literal["H004"], ev.LockEvidence]): name: str = "cross-stem lock"
class H005Result(Result[Literal["H005"], ev.SyncopationEvidence]): name: str = "syncopation"
class H006Result(Result[Literal["H006"], ev.RegisterEvidence]): name: str = "register overlap / masking risk"
class H007Result(Result[Literal["H007"], ev.DensityEvidence]): name: str = "density"
class H008Result(Result[Literal["H008"], ev.HarmonyEvidence]): name: str = "harmonic rhythm"
class H009Result(Result[Literal["H009"], ev.MicrotimingEvidence]): name: str = "microtiming tightness"
class H010Result(Result[Literal["H010"], ev.TonalEvidence]): name: str = "tonal stability"
class H011Result(Result[Literal["H011"], ev.ContourEvidence]): name: str = "melodic contour / phrase shape"
class H012Result(Result[Literal["H012"], ev.BoundaryEvidence]): name: str = "section-boundary proximity"
class H013Result(Result[Literal["H013"], ev.ContrastEvidence]): name: str = "section contrast"
class H014Result(Result[Literal["H014"], ev.CallResponseEvidence]): name: str = "call / response"
class H015Result(Result[Literal["H015"], ev.VocalAlignmentEvidence]): name: str = "vocal rhythm alignment"


AnyResult = Annotated[Union[H001Result, H002Result, H003Result, H004Result, H005Result, H006Result, H007Result,
                            H008Result, H009Result, H010Result, H011Result, H012Result, H013Result, H014Result,
                            H015Result], Field(discriminator="heuristic_id")]
RESULT_TYPES: dict[str, type[HeuristicResult]] = {
    get_args(t.model_fields["heuristic_id"].annotation)[0]: t for t in get_args(get_args(AnyResult)[0])}
NAMES: dict[str, str] = {hid: t.model_fields["name"].default for hid, t in RESULT_TYPES.items()}


class Results(BaseModel):
    """One window's H001-H015 by id, each typed: ``results.h004.evidence.offset_ms``."""

    h001: H001Result
    h002: H002Result
    h003: H003Result
    h004: H004Result
    h005: H005Result
    h006: H006Result
    h007: H007Result
    h008: H008Result
    h009: H009Result
    h010: H010Result
    h011: H011Result
    h012: H012Result
    h013: H013Result
    h014: H014Result
    h015: H015Result

    @classmethod
    def of(cls, results: Iterable[HeuristicResult]) -> "Results":
        return cls(**{r.heuristic_id.lower(): r for r in results})

    def by_id(self) -> dict[str, HeuristicResult]:
        """id -> result, for tables keyed by id (frames/weights.json)."""
        return {r.heuristic_id: r for r in (getattr(self, name) for name in type(self).model_fields)}


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
    bleed_ratio: float | None = Field(None, description="share of the window's sounding frames that are residue, not "
                                      "this stem playing: other stems' bleed, a noise floor, or the stem's own tails far "
                                      "under its loud passages (not a measure of spill: see spill_ratio)")
    spill_ratio: float | None = Field(None, description="share of the window's sounding frames that hold other stems' "
                                      "sound (spill: this stem's levels follow another stem's at a fixed distance under "
                                      "it), whether or not this stem also plays there; None where it was not measured "
                                      "(a track analysed before the spill test)")


class SectionTouch(BaseModel):
    label: str
    start_s: float = Field(description="where this section's part of the window starts (inside the window)")
    end_s: float
    # the whole section in the song (track-level: where it starts and ends, inside the window or not), read by the
    # section-length sentence, kept out of what the tool returns
    whole_s: tuple[float, float] | None = Field(None, exclude=True)


class WindowInfo(BaseModel):
    track_id: str
    stems: list[str]
    start_s: float
    end_s: float
    duration_s: float
    beats: int = Field(description="beats that fall inside the window")
    bars: list[int] = Field(description="bar numbers (from 1) with a beat inside the window")
    sections: list[SectionTouch]
    first_downbeat_s: float | None = Field(None, description="the first bar line inside the window")
    first_beat_in_bar: int | None = Field(None, description="the place in its bar of the window's first beat (1: the "
                                          "window starts on a downbeat)")
    start_in_bar: float | None = Field(None, description="where the window's start falls in its bar, in beats from 1 "
                                       "(1.0: on the downbeat; 1.1: a tenth of a beat after it; 1.9: just before the "
                                       "second beat)")
    to_track_end: bool = Field(False, description="nothing is struck after the window: it holds the track's last "
                               "notes")


class TrackContextOut(BaseModel):
    scope: Literal["track-level"] = "track-level"
    meter: str | None
    key: str | None = Field(description="the song's global key; not a window observation")
    stems: list[str] = Field([], description="the track's stems that hold sound, selected or not")
    tuning_cents: float | None = Field(None, description="the mix's tuning from concert pitch (A 440), in cents "
                                       "within half a semitone (+: sharp); None where not read (a track loaded before "
                                       "it was) or where its readings over the track's thirds spread too far to "
                                       "give one (tuning_spread_cents)")
    tuning_spread_cents: float | None = Field(None, description="how far its readings over each third of the "
                                              "track spread (max less min, cents)")


class WindowAnalysis(BaseModel):
    window: WindowInfo
    stems: list[StemWindowStats]
    heuristics: list[AnyResult]
    track_context: TrackContextOut
    presence: list["Presence"] = Field([], description="each selected stem's share of the window, level, register")
    events: list["Event"] = Field([], description="what changes inside the window, in time order")
    meter: "MeterReading | None" = None
    drum_pattern: "DrumPattern | None" = None
    chord_grid: "ChordGrid | None" = None
    relations: list["PairRelation"] = Field([], description="note-level relation measurements per pair of parts")
    # each whole bar's level in dB under the loudest bar (0), where its parts sound: read by the findings' sentences,
    # kept out of what the tool returns (a dict per window would grow tools/list and every result)
    bar_levels_db: dict[int, float] = Field({}, exclude=True)
    # each part's (bar start, level dB, onsets, attack dB) per whole bar where it sounds (describe.part_bar_levels):
    # kept out
    part_bar_levels: dict[str, dict[int, tuple[float, float, int, float | None]]] = Field({}, exclude=True)
    part_bar_spill: dict[str, dict[int, float]] = Field({}, exclude=True)  # describe.part_bar_spill
    # the figure the selected parts repeat, in whole bars (describe.bar_cycle): read by the findings' sentences, kept
    # out of what the tool returns
    bar_cycle: "BarCycle | None" = Field(None, exclude=True)
    # the bars at least half inside the window, as the chart counts them (describe.chart_bars): "the fifth bar here"
    # counts from the first of them, where the chart's chords start later (the bass comes in at the fifth bar)
    bar_numbers: list[int] = Field([], exclude=True)
    # (time, track bar from 1, beat in bar) of each tracked beat in the window: a time the question names is placed on
    # them (the time-point sentence; a time before the first of them is not placed), kept out of what the tool returns
    beat_grid: list[tuple[float, int, int]] = Field([], exclude=True)
    # each selected part here against the same part through the whole song, and the window's sections among the
    # song's by level (describe.against_song): read by the findings' sentences, kept out of what the tool returns
    against_song: "AgainstSong | None" = Field(None, exclude=True)
    # the words sung inside the window (track-level lyrics cut to it), or None where no lyrics were read at load: read by
    # the lyrics sentence, kept out of what the tool returns
    lyric_words: list[str] | None = Field(None, exclude=True)
    # each pair of single lines moving in parallel fifths or octaves (describe.parallels_of; "any parallel fifths
    # between the bass and the singer?"): read by the summary's sentence where asked, kept out of what it returns
    parallels: list["ParallelMove"] = Field([], exclude=True)
    # the pairs of single lines those were looked for in (a pair with none is said to have none)
    parallel_pairs: list[tuple[str, str]] = Field([], exclude=True)

    @property
    def results(self) -> Results:
        """The heuristics by id, typed: ``analysis.results.h004.evidence.offset_ms``."""
        return Results.of(self.heuristics)


# -- what a producer asks about a window: presence, events, meter, drum pattern, chord grid ----------------
class PartAgainstSong(BaseModel):
    """One part in this window against the same part over the whole song (track-level), each over the time the part
    itself sounds (above silence, not others' bleed)."""

    stem: str
    busier: float | None = Field(None, description="its onsets per sounding second here over the song's (1: as busy)")
    louder_db: float | None = Field(None, description="its level where it sounds here less the song's (dB)")


class SectionRank(BaseModel):
    """A section the window lies in, ranked among the song's sections by the mix's level (1: the loudest)."""

    label: str
    rank: int
    of: int
    share: float = Field(description="share of the window inside this section")


class AgainstSong(BaseModel):
    parts: list[PartAgainstSong] = []
    sections: list[SectionRank] = []


class Presence(BaseModel):
    """How much of the window one stem fills, and how prominently."""

    stem: str
    sounding_share: float = Field(description="share of the window's time in which the stem sounds (0..1)")
    level_db_vs_loudest: float | None = Field(None, description="its level against the loudest selected stem (0 = "
                                              "loudest, negative = quieter), over the frames where each sounds")
    register_range: str | None = Field(None, description="low / mid / high, with the range in note names (pitched stems)")
    lowest_highest: str | None = Field(None, description="pitched stems: its lowest and highest transcribed notes")
    # pitched stems: the share of its sounding time each pitch class takes (C first), for "what scale is he using?";
    # read by the summary's sentence where asked, kept out of what the tool returns
    pc_shares: list[float] = Field([], exclude=True)
    onsets: int = Field(0, description="onsets inside the window: a pitched part's strokes (a chord or a strum one), "
                        "a kit's distinct hits")
    onsets_per_bar: float | None = None
    notes: int = Field(0, description="transcribed notes (or drum hits) inside the window")
    note_coverage: float | None = Field(None, description="pitched stems: share of the time the stem sounds that its "
                                        "transcribed notes cover (low: the transcription missed much of what it plays)")
    chord_onset_share: float | None = Field(None, description="pitched stems: share of its onsets that strike two "
                                            "notes or more at once")
    offbeat_onset_share: float | None = Field(None, description="share of its onsets that fall clearly between the beats")
    # its strokes counted on the grid, those between the beats, and of those the ones with no stroke of its own on the
    # next beat (a syncopation: "is the vocal syncopated?"); read by the summary's sentence where asked
    strokes_placed: int = Field(0, exclude=True)
    offbeat_strokes: int = Field(0, exclude=True)
    pushed_over: int = Field(0, exclude=True)
    typical_note_beats: float | None = Field(None, description="its median stroke length, in beats (the loudest note of each stroke)")
    beat_split: str | None = Field(None, description="how its own notes between the beats divide the beat: 'in "
                                   "two' (straight), 'in three' (triplets), 'swung' (long-short pairs), 'in four' "
                                   "(sixteenths), 'loosely' (on no steady grid); None where too few fall between")
    root_share: float | None = Field(None, description="the bass: share of its notes on the bar's strong beats that "
                                     "sound the root of the chord charted there (a chart played by other parts)")
    # the bass, per strong beat of the bar (the one, the middle): (beat, notes read there, the chord's root, its
    # fifth); read by the roots sentence ("roots on one, fifths on three": a two-beat), kept out of what it returns
    root_by_beat: list[tuple[int, int, int, int]] = Field([], exclude=True)
    playing: str | None = Field(None, description="how it plays, in words: chords or single notes, short or held, on "
                                "or off the beat (e.g. 'short chords on the off-beats')")
    line_over_chords: bool = Field(False, description="pitched stems: it holds a melodic line over chords (two "
                                   "players in one stem, e.g. a lead guitar over a rhythm guitar); its playing "
                                   "says 'a lead line over chords'")
    carries: bool = Field(False, description="this stem carries the window: it sounds most of it and is the most "
                          "prominent pitched part, or is clearly louder than every other")
    reading: str = Field(description="the presence in words, e.g. 'plays throughout', 'two short entries'")
    bar_notes: list["BarLine"] = Field([], description="a single-line part (not chords): its notes bar by bar, in "
                                       "order, spelled in the key (the note each stroke brings in)")
    intonation: "Intonation | None" = Field(None, description="the vocals: how close to pitch the sung notes sit, "
                                            "against the band's tuning")
    vibrato: list["VibratoNote"] | None = Field(None, description="the vocals: each stretch where the voice's pitch "
                                                "swings regularly around a held note (its vibrato), with its rate "
                                                "and depth; [] where none does, None where not read")
    lead_line: "LeadLine | None" = Field(None, description="a mix loaded unseparated: the melody heard above the "
                                         "band (its predominant pitch, most likely the voice): where it sits")
    articulation: float | None = Field(None, description="a line: how much of the time to its next note each note "
                                       "sounds (median; 1 held into the next, two thirds or less cut short)")
    voicing: str | None = Field(None, description="a chord part: what most chords hold, e.g. 'triads'")
    chord_roll: "ChordRoll | None" = Field(None, description="a chord part: how its chords' notes spread in time")
    motion: str | None = Field(None, description="a line: how it moves, 'mostly by step', 'by steps and leaps', "
                               "'mostly by leaps' or 'mostly by fifths, between G and D' (root and fifth)")
    step_share: float | None = Field(None, description="a line: the share of its moves of a tone or less")
    highest_at_s: float | None = Field(None, description="where its highest note (of lowest_highest) first sounds")
    # (said by the summary where asked: "does she just touch the top one or keep going back up there?")
    highest_times: list[float] = Field([], exclude=True, description="each time it strikes its highest note")
    lowest_at_s: float | None = Field(None, description="where its lowest note first sounds")
    bar_tops: list["BarLine"] = Field([], description="a part striking chords: the top note of its chords bar by bar "
                                      "(the highest note sounding in each bar), spelled in the key")
    # a part striking chords: its voicing of each of the chart's chords (most of its strokes on it), bottom to top
    # ("what inversions is he using?"); read by the summary's sentence where asked, kept out of what the tool returns
    chord_voicings: list["ChordVoicing"] = Field([], exclude=True)
    change_arrivals: list["ChangeArrival"] = Field([], description="a part striking chords: where it first strikes "
                                                   "each new chord the chart changes to at a bar line")
    # (said by the summary where asked: "any walk-ups into the next chord?"; kept out of the text budget)
    change_approaches: list["ChangeApproach"] = Field([], exclude=True, description="a line (the bass, a melody): the "
                                                      "note it arrives on at each chord change and the one before it")
    rhythm: str | None = Field(None, description="pitched parts in a simple meter: the places in the bar its strokes "
                               "fall in most bars, e.g. 'on one, the and of one, the and of two, three and four'")
    rhythm_bars_same: float | None = Field(None, description="the share of its whole bars here that strike exactly "
                                           "those places")
    rhythm_by_bar: list[str] = Field([], description="each whole bar's rhythm in turn: 'eighths', 'quarters', "
                                     "'sixteenths', 'rest' or its places")
    # each whole bar's places struck (track bar, places as '1', '1&', ...), in rhythm_by_bar's order, read by the
    # sentences on whether a part plays at the places a question names and on one bar's rhythm
    bar_places: list[tuple[int, list[str]]] = Field([], exclude=True)
    # each bar's lowest note (track bar, MIDI pitch), read by the sentence on where a part's bottom moves
    bar_lows: list[tuple[int, int]] = Field([], exclude=True)
    # each bar's notes struck, by pitch (track bar, {MIDI pitch: the beat of each strike}), read by the sentence on
    # where a part plays one named note ("the F sharp above middle C on my piano is dead -- does the part need it?")
    bar_pitches: list[tuple[int, dict[int, list[int]]]] = Field([], exclude=True)
    # what the line does at each bar line ("does she start her notes fresh on the one, or hold them over?"), read by
    # the summary's sentence where asked
    bar_crossings: list["BarCrossing"] = Field([], exclude=True)
    accents: str | None = Field(None, description="where its louder strokes fall: 'on the beats', 'off the beats', "
                                "'on one and three', 'on two and four', or 'even'")
    bar_accent: str | None = Field(None, exclude=True, description="which beat of the bar its strokes on the beats "
                                   "lean on: 'the one', 'two and four', 'one and three' or 'level' (none)")
    rests: list["Rest"] = Field([], description="pitched parts: where it stops for a beat or more inside the window "
                                "(the holes between its lines), in time order")
    line_ends: list["LineEnd"] = Field([], description="pitched parts: the note each of its lines ends on")
    # pitched parts: each note's start, level (dB: its loudest frame of the stem's own sound in its first 0.3 s), bar
    # and beat, for "where does she get louder or softer?"; read by the summary's sentence where asked, kept out of
    # what the tool returns
    note_levels: list[tuple[float, float, int | None, int | None]] = Field([], exclude=True)
    line_notes: list[int] = Field([], exclude=True, description="a voice: how many sung notes each of its lines "
                                  "here holds, in order (lines parted by its rests)")
    line_notes_cut: tuple[bool, bool] = Field((False, False), exclude=True, description="whether its first line "
                                              "starts at the window's start and its last runs to the window's end")
    line_starts: list["LineStart"] = Field([], description="pitched parts: where each of its lines starts (its first "
                                           "note after silence of a beat or more), with the place in the bar")
    last_notes: list[str] = Field([], description="pitched parts: the notes of its last stroke in the window (those "
                                  "struck within a quarter beat of its last onset), low to high")
    # where that last stroke starts, its bar and beat: read by the summary's sentence, kept out of what the tool returns
    # (the text a client reads has a size budget, and the sentence says the place)
    last_at_s: float | None = Field(None, exclude=True)
    last_bar: int | None = Field(None, exclude=True)
    last_beat: int | None = Field(None, exclude=True)
    last_place: str | None = Field(None, exclude=True)  # where in that beat (PLACE_WORDS; None on it)
    ringing_at_end: list[str] = Field([], description="pitched parts: the notes still sounding as the window ends")
    held: list["HeldNote"] = Field([], description="pitched parts: its longest notes (or chords), longest first "
                                   "(those of a beat or more, up to three; else its single longest)")
    hands: "Hands | None" = Field(None, exclude=True, description="a piano: its notes read as two hands by register")
    # a line that comes round again a whole number of bars later (a second verse's tune): read by the repeats
    # sentence where asked, kept out of what the tool returns
    line_repeat: "LineRepeat | None" = Field(None, exclude=True)


class LineRepeat(BaseModel):
    """A line sung (played) again: the stretch from ``from_bar`` comes round ``lag_bars`` bars later, on the same notes
    in the same places of the bar for ``share`` of the eighths it sings in both; ``differs``: the bars of the later
    stretch where it leaves the earlier one."""
    lag_bars: int
    from_bar: int
    again_bar: int
    share: float
    differs: list[int] = []


class ChordRoll(BaseModel):
    """How a chord part's notes start within each chord: struck together or rolled (strummed, spread)."""

    chords: int = Field(description="chords of two or more notes read")
    spread_ms: float = Field(description="the typical (median) time from a chord's first note to its last, as read "
                             "(a roll quicker than resolution_ms reads as 0)")
    resolution_ms: float = Field(40.0, description="the quickest roll the reading takes apart: a struck part's onsets "
                                 "are placed on the attack heard within this of each note, so a chord's notes rolled "
                                 "over less start together as read")
    up_share: float = Field(description="share of the rolled chords (spread 30 ms or more) played from the lowest "
                            "note up")
    down_share: float = Field(description="share of the rolled chords played from the top down")


class LeadLine(BaseModel):
    """The predominant melody of a mix loaded unseparated (analysis.lead_line), over the window: where it sits."""

    sounding_share: float = Field(description="share of the window's frames where a lead line is heard (0..1)")
    centre: str = Field(description="its middle note (the median of its pitch), e.g. 'G3'")
    centre_hz: float
    middle_half: list[str] = Field(description="the notes half of its pitch lies between (quartiles)")
    middle_half_hz: list[float]
    lowest: str = Field(description="its low end (the second percentile: a passing slip or octave jump left out); "
                        "rough: where the singer rests, the band's line is heard as the lead, often lower")
    lowest_hz: float
    highest: str = Field(description="its high end (the 98th percentile); rougher than the middle")
    highest_hz: float
    rests: list[list[float]] = Field([], description="[start s, end s] of each stretch of a fifth of a second or more "
                                     "where no lead line is heard (a singer's breath or a gap between lines)")
    sounding_at: list[float] = Field([], exclude=True)  # the frame times it sounds (read by the time-points sentence)


class VibratoNote(BaseModel):
    time_s: float = Field(description="where the swing starts")
    end_s: float = Field(description="where it stops")
    note: str = Field(description="the note it swings around, e.g. 'D5'")
    rate_hz: float = Field(description="cycles a second")
    depth_cents: float = Field(description="how wide, top to bottom, in cents (100 a semitone)")
    bar: int | None = Field(None, description="bar, from the track's downbeats")
    beat: int | None = Field(None, description="the beat it starts on or after")


class IntonedNote(BaseModel):
    time_s: float
    note: str = Field(description="the note sung, e.g. 'D4'")
    cents: float = Field(description="how far it sits from that note, in cents (100 a semitone; + sharp, - flat), "
                         "against the reference")
    # its length and place in the track's bars (read by the off-notes sentence)
    duration_s: float | None = Field(None, exclude=True)
    bar: int | None = Field(None, exclude=True)
    beat: int | None = Field(None, exclude=True)


class Intonation(BaseModel):
    """A voice's pitch against the band's tuning, from its f0 through the middle of each sung note."""

    notes: int = Field(description="sung notes long enough to measure (two f0 frames or more through their middle)")
    reference: str = Field(description="what the cents are against: 'the band's tuning' (the mix's, stored at "
                           "ingest) or 'A 440'")
    median_cents: float = Field(description="the notes' typical distance from pitch (+ sharp, - flat)")
    spread_cents: float = Field(description="how far the notes typically stray from that (median absolute "
                                "deviation): small is steady")
    drift_cents: float | None = Field(None, description="the window's second half against its first (+ sharper, "
                                      "- flatter); None with under three notes a half")
    flattest: IntonedNote | None = None
    sharpest: IntonedNote | None = None
    # each note held a third of a second or more, read from the f0 line (read by the held-notes sentence: "which of
    # his held notes are off?")
    held: list[IntonedNote] = Field([], exclude=True)


class Rest(BaseModel):
    start_s: float = Field(description="where the part stops (its last note before the hole ends)")
    end_s: float = Field(description="where it plays again (or the window's end)")
    beats: float = Field(description="the hole's length in beats")
    bar: int | None = Field(None, description="the bar it starts in, from the track's downbeats")
    beat: int | None = Field(None, description="the beat it starts on")


class BarCycle(BaseModel):
    """The shortest figure, in bars, the selected parts play again and again through the window."""
    length: int | None = Field(description="the figure's length in bars (1, 2, 4 or 8) all the parts repeat (None: none)")
    bars: list[int] = Field(description="the window's whole bars, in order (the track's bar numbers)")
    differ: dict[int, list[str]] = Field({}, description="bars that differ from the same bar of the figure before "
                                         "(or after, for the first time round), with the parts that differ there")
    each: dict[str, int | None] = Field({}, description="each part's own shortest figure in bars (None: it repeats "
                                        "none)")


class LineStart(BaseModel):
    time_s: float
    bar: int | None = Field(None, description="bar, from the track's downbeats")
    beat: int | None = Field(None, description="the beat it starts on or after")
    place: str = Field(description="where in that beat: 'on the beat', 'the and' (halfway), 'the e' or 'the a' "
                       "(a sixteenth after the beat, or before the next), 'a triplet after'")
    note: str | None = Field(None, description="the note the line comes in on")


class LineEnd(BaseModel):
    time_s: float = Field(description="where the line's last note starts")
    note: str = Field(description="the note a line ends on, e.g. 'Ab4'")
    bar: int | None = Field(None, description="bar, from the track's downbeats")
    beat: int | None = Field(None, description="the beat it starts on or after")
    # where in that beat it starts ('on the beat', 'the and', ...): read by the last notes' sentence, which says it
    place: str = Field("on the beat", exclude=True)
    beats: float | None = Field(None, description="how long it lasts, in beats")


class HeldNote(BaseModel):
    time_s: float = Field(description="where the note starts")
    end_s: float = Field(description="where it stops sounding (a voice: where its pitch leaves the note)")
    note: str = Field(description="the note held, e.g. 'G3'")
    beats: float = Field(description="its length in beats")
    bar: int | None = Field(None, description="bar, from the track's downbeats")
    beat: int | None = Field(None, description="the beat it starts on or after")
    last: bool = Field(False, description="the part's last note (or chord) here")


class HandStroke(BaseModel):
    time_s: float = Field(description="where the stroke starts")
    notes: list[str] = Field(description="the notes struck together, bottom to top, e.g. ['F2'] or ['Ab3', 'C4']")
    bar: int | None = Field(None, description="bar, from the track's downbeats")
    beat: int | None = Field(None, description="the beat it starts on or after")


class Hands(BaseModel):
    """A piano's notes read as two hands by register: below ``split`` the left, from it the right."""
    split: str | None = Field(description="the lowest note a right-hand note may be, e.g. 'C4'; None where no gap "
                              "between a low and a high register parts the notes (the hands are not told apart)")
    left: list[HandStroke] = []
    right: list[HandStroke] = []
    more_left: int = Field(0, description="left-hand strokes past the ones listed")
    more_right: int = Field(0, description="right-hand strokes past the ones listed")


class ChordVoicing(BaseModel):
    bar: int = Field(description="the bar the chart's chord starts in (from the track's downbeats)")
    chord: str = Field(description="the chart's chord")
    notes: list[str] = Field(description="the part's first stroke on it, bottom to top, e.g. ['E4', 'G#4', 'C#5']")
    bottom: str | None = Field(None, description="the chord's tone at the bottom: 'root', 'third', 'fifth', 'seventh' "
                               "(None: a note outside the chord)")


class ChangeArrival(BaseModel):
    bar: int = Field(description="the bar the chart's new chord starts (from the track's downbeats)")
    chord: str = Field(description="the new chord, as charted")
    beats: float = Field(description="where the part first strikes it, in beats from that bar's downbeat (negative: "
                         "ahead of the bar line, pushed)")


class ChangeApproach(BaseModel):
    bar: int = Field(description="the bar the new chord starts in (from the track's downbeats)")
    chord: str = Field(description="the new chord, as charted")
    note: str = Field(description="the note the part strikes as the chord arrives (its lowest for the bass)")
    before: str | None = Field(None, description="the note it struck last before that, within a beat and a half "
                               "(None: it comes in after a rest)")
    step: int | None = Field(None, description="semitones from the note before to the arriving one (+: up)")


class ParallelMove(BaseModel):
    stems: tuple[str, str] = Field(description="the two lines, lower first")
    interval: Literal["fifths", "octaves"] = Field(description="parallel fifths, or octaves (and unisons)")
    time_s: float = Field(description="where the second of the two intervals is struck")
    bar: int | None = None
    beat: int | None = None
    low: tuple[str, str] = Field(description="the lower line's two notes, e.g. ('C3', 'Db3')")
    high: tuple[str, str] = Field(description="the upper line's two notes")


class BarCrossing(BaseModel):
    bar: int | None = Field(None, description="the bar the line crosses into, from the track's downbeats")
    how: Literal["held", "pushed", "fresh", "slide", "rest"] = Field(
        description="a note held over the bar line (a tie), one struck less than a beat ahead of it and held over (a "
                    "push), a note struck on the one, a note sounding up to the line that the voice slides from into "
                    "the next, or nothing on it")
    note: str | None = Field(None, description="the note held over or struck (slid into), e.g. 'D4'")
    from_note: str | None = Field(None, description="a slide: the note sounding up to the line, slid from")
    from_bar: int | None = Field(None, description="a note held over: the bar it was struck in")
    from_beat: int | None = Field(None, description="a note held over: the beat it was struck on or after")


class BarLine(BaseModel):
    bar: int = Field(description="bar number from the track's downbeats (from 1)")
    notes: list[str] = Field(description="the notes struck in the bar, in order, e.g. ['Db2', 'F2', 'Ab2', 'A2']")
    # each note's place in the bar ('1', '1&', '2e', ...), where every note has one on the track's grid: read where the
    # producer will double or copy the part (round 92's co07 wanted a bass's notes with where they fall)
    places: list[str] = Field([], exclude=True)


EventKind = Literal["enters", "stops", "drops_out", "returns", "section", "level_up", "level_down", "denser",
                    "sparser", "fill", "break", "phrase_end", "plays_differently", "loudest"]


class Event(BaseModel):
    """One change inside the window, placed in seconds and on the track's bars."""

    time_s: float
    bar: int | None = Field(None, description="bar number from the track's downbeats (from 1)")
    beat: int | None = Field(None, description="beat in that bar (from 1)")
    kind: EventKind
    stems: list[str] = []
    detail: str = Field(description="the change in words")
    change_db: float | None = Field(None, description="level change across the event (level events)")
    until_bar: int | None = Field(None, description="loudest: the last bar of the loud stretch it starts (within 2 dB)")
    playing: list[str] | None = Field(None, description="plays_differently: how the part plays before and after, "
                                      "e.g. ['long held notes', 'a fairly busy line']")
    bars_in: float | None = Field(None, description="an entry: bars from the window's start to it, at the beat "
                                  "played after it (an intro counted in the band's bars)")
    place: str | None = Field(None, exclude=True, description="an entry off its beat: where in the beat it falls "
                              "(LineStart.place's words: 'the and', 'the e', 'the a', 'a triplet after')")
    ring: list[tuple[str | None, float | None]] | None = Field(
        None, exclude=True, description="plays_differently: how its strokes join before and after ('short', "
        "'ring' or 'part'; describe.ring_word) and how long they usually last in beats")


class MeterReading(BaseModel):
    """The meter and feel in this window, with the evidence and the reading it beat."""

    label: str | None = Field(None, description="time signature as read in this window, e.g. 6/8")
    beats_per_bar: int | None = Field(None, description="felt beats per bar (6/8: two dotted quarters)")
    felt_beat: str | None = Field(None, description="the note value of the felt beat: quarter, dotted quarter, half")
    tempo_bpm: float | None = Field(None, description="tempo of the felt beat")
    subdivision: Literal["straight eighths", "swung eighths", "sixteenths", "triplets", "uneven", "none"] | None = \
        Field(None, description="how the off-beat onsets divide the beat; 'swung eighths': eighths whose off-beats "
              "fall late (swing_ratio from 1.4:1); 'uneven': spread across it on no steady grid")
    swing_ratio: float | None = Field(None, description="long:short ratio of off-beat eighths (1 straight, 2 full "
                                      "triplet swing), where enough off-beats were measured")
    alternative: str | None = Field(None, description="the reading this one beat")
    because: list[str] = Field([], description="the accent evidence, with counts")
    words: str | None = Field(None, description="the meter as a musician says it")
    meter_track_level: str | None = None
    onsets_counted: int = 0
    bar_starts_s: list[float] = Field([], description="where this window's bars start when the players' pulse, "
                                      "not the track's downbeats, gives the meter (from the kick); empty otherwise")
    tempo_change: float | None = Field(None, description="the beat's tempo at the window's end against its start, "
                                       "from a line fitted to the beat-to-beat intervals (0.05: 5 % faster); None "
                                       "under eight beats")
    tempo_trend: Literal["steady", "speeds up a little", "speeds up", "slows down a little", "slows down"] | None = None


class DrumPattern(BaseModel):
    """Where kick, snare and hi-hat fall in the bar, counted over the window's bars."""

    bars: int = Field(description="bars the window spans")
    count_in: str = Field(description="how positions are named: beats with e/&/a (simple) or eighth counts (compound)")
    positions: dict[str, dict[str, int]] = Field(description="per class, hits per bar position (e.g. kick: {'1': 4})")
    hits: dict[str, int] = Field(description="per class, hits in the window (the same counts every heuristic reads)")
    pattern: dict[str, str] = Field(description="per class, its regular places in words (e.g. 'on two and four')")
    bar_lines_moved_beats: int | None = Field(None, description="the places are counted from the kick: the track's "
                                              "downbeats put the snare on one and three, a beat off")
    by_bar: dict[int, dict[str, list[str]]] = Field({}, description="bar by bar (the track's bar numbers), each "
                                                    "class's places in that bar, in order (simple meters)")
    # a compound meter's bars the same way, their places counted in eighths (1 to 12 in 12/8), read only by the
    # sentence on what the kit plays before a part comes in (the sentences reading by_bar count in beats)
    compound_bars: dict[int, dict[str, list[str]]] = Field({}, exclude=True)
    # the bars whose every beat lies inside the window (a bar the window cuts holds only some of its strokes), read by
    # the sentence on how the beat varies bar by bar
    whole_bars: list[int] = Field([], exclude=True)
    hihat_rings: bool = Field(False, description="most of the hi-hat class's hits ring on (a ride kept as the "
                              "timekeeper, or an open hat: the audio does not tell them apart), not choked as a "
                              "closed hat's")
    # most of the snare class's hits here are side-sticks (written as SIDE_STICK_NOTE: a click with no wires after
    # it): the class is called a side-stick in what is said (frames.answers.class_word; the text's keys too)
    snare_clicks: bool = Field(False, exclude=True)
    hihat_open_share: float | None = Field(None, description="the share of the hi-hat class's hits that ring on "
                                           "(open, or a ride)")
    hihat_open_bars: list[int] = Field([], description="the bars where most of its hits ring on")
    hihat_open_hits: list[PlacedHit] = Field([], description="where a few hats ring among closed ones")
    cymbal_hits: list[PlacedHit] = Field([], description="where a few cymbals (crashes) are struck")
    # the snare's soft strokes between its loud ones (ghost notes): read by the summary's sentence where asked, kept
    # out of what the tool returns; None where the snare has too few strokes to tell soft from loud
    ghost_hits: list[PlacedHit] | None = Field(None, exclude=True)
    snare_vs_kick: "SnareVsKick | None" = Field(None, description="the snare's strokes on the beats against the "
                                                "kick's: a laid-back or pushed backbeat inside the kit")
    # per class, its first hits struck alone (no other class within 50 ms, none that keeps the place), and the classes
    # that strike at every one of its regular places: read by the clean one-shot sentence where asked
    alone_hits: dict[str, list[PlacedHit]] | None = Field(None, exclude=True)
    struck_with: dict[str, list[str]] | None = Field(None, exclude=True)
    # the snare's and toms' doubled strokes (a flam, a drag, a double: a second stroke 20-70 ms after the first), each
    # placed by its first stroke; read by the summary's sentence where asked; None in a compound meter
    double_hits: list[PlacedHit] | None = Field(None, exclude=True)
    # the band's hits (a crash with the kick, every other selected part starting a note with them): read by the
    # summary's sentence where asked; None where the cymbals keep time (a hit is not read apart from a ridden crash)
    # or in a compound meter
    band_hits: list[PlacedHit] | None = Field(None, exclude=True)


class SnareVsKick(BaseModel):
    """Inside the kit: where the snare's strokes on the beats land against the kick's."""

    offset_ms: float = Field(description="the snare's median offset from the beats less the kick's (positive: the "
                             "snare lands behind the kick's beat, laid back)")
    spread_ms: float = Field(description="the spread of the snare's offsets (the IQR as a standard deviation)")
    snare_hits: int = Field(description="snare strokes on the beats it rests on")
    kick_hits: int = Field(description="kick strokes on the beats it rests on")
    with_cymbal: bool = Field(False, description="a hi-hat or cymbal keeps the eighths, the snare's beats too: a snare "
                              "struck up to about 30 ms after it is read at its stroke, so a lay-back cannot be read")


class PlacedHit(BaseModel):
    time_s: float
    bar: int | None = Field(None, description="the track's bar (None where the places are counted from the kick)")
    place: str = Field(description="its place in the drummer's count, e.g. 'the and of four'")


class BarChord(BaseModel):
    bar: int = Field(description="bar number from the track's downbeats (from 1)")
    start_s: float | None = Field(None, description="where the bar (or its part inside the window) starts")
    end_s: float | None = None
    chords: list[str] = Field(description="the chord(s) of the bar as written on a chart (one, or two half-bars)")


class ThirdClash(BaseModel):
    bar: int = Field(description="bar number from the track's downbeats")
    minor: list[str] = Field(description="the parts that sound the chord's minor third there, not its major")
    major: list[str] = Field(description="the parts that sound its major third there, not its minor")


class OffNote(BaseModel):
    bar: int = Field(description="bar number from the track's downbeats")
    note: str = Field(description="the note's name, spelled in the window's key, e.g. 'F#'")
    chord: str = Field(description="the chart's chord it sounds against")


class LineFit(BaseModel):
    """How one part's notes sit on the chart's chords and over the bass note under them."""

    stem: str
    notes: int = Field(description="the part's notes starting in a charted bar")
    chord_tones: int = Field(description="of them, tones of the chart's chord where they start")
    outside_on_beat: int = Field(description="of the others, those that start on a beat (leaning notes, not passing)")
    on_beat: list[OffNote] = Field([], description="the longest of the outside notes on a beat, up to three, in order")
    over_bass: int | None = Field(None, description="its notes that start while the bass sounds a note (None: no "
                                  "bass selected, or this is the bass)")
    rubs: int | None = Field(None, description="of those, notes a semitone or a tritone off the bass's pitch class")
    rub_bars: list[int] = Field([], description="the bars those rubs fall in")
    # its chord tones by their place in the chord under them ("does the bass ever play the third?"): counts by degree
    # ('root', 'third', 'fifth', 'seventh') and each degree's first two notes; read by the summary's sentence where
    # asked, kept out of what the tool returns
    degrees: dict[str, int] = Field({}, exclude=True)
    degree_notes: dict[str, list[OffNote]] = Field({}, exclude=True)
    # against each other selected part but the bass: its notes that start while that part sounds, and those a semitone
    # off a note it sounds then; read by the summary's sentence where asked, kept out of what the tool returns (the
    # text a client reads has a size budget)
    against: list["PartRubs"] = Field([], exclude=True)


class PartRubs(BaseModel):
    stem: str
    over: int = Field(description="the line's notes that sound with this part (it sounds as they start, or strikes "
                                  "while they are held)")
    rubs: int = Field(description="of those, notes a semitone (a minor ninth, a major seventh) off a note it sounds")
    examples: list[OffNote] = Field([], description="up to three pairs, the most heard first, each in its first bar: "
                                    "the line's note, and in 'chord' the other part's note it rubs against")
    # the line's major sevenths over a major chord's root the other part sounds (a colour, not a rub), each in its first
    # bar, 'chord' the chart's chord; read by the summary's sentence
    colours: list[OffNote] = Field([], exclude=True)


class ChordGrid(BaseModel):
    """The window's harmony as a chart: chords per bar, the progression, its pace."""

    bars: list[BarChord]
    progression: list[str] = Field(description="the chords in order with repeats merged, e.g. ['Am', 'F', 'C', 'G']")
    bars_each: list[float] = Field(description="how many bars each chord of the progression lasts")
    harmonic_rhythm: str = Field(description="the pace in words, e.g. 'a new chord every two bars'")
    implied: bool = Field(description="outlined by a single line, not played as chords")
    notes_counted: int = 0
    chord_tone_share: float | None = Field(None, description="share of the notes (by duration) that are tones of the "
                                           "chart's chord where they sound")
    bar_lines_moved_beats: int | None = Field(None, description="the chords change this many beats after the track's "
                                              "downbeats: the chart's bars start there (the downbeats may be misplaced)")
    numerals: list[str] = Field([], description="the progression in Roman numerals in numerals_key, e.g. ['vi', 'IV', "
                                "'I', 'V7']")
    numerals_key: str | None = Field(None, description="the song's key where the window's shares its signature, else "
                                     "the window's")
    third_clashes: list[ThirdClash] = Field([], description="bars where one part sounds the chord's minor third and "
                                            "another its major third")
    line_fits: list[LineFit] = Field([], description="each pitched part's notes against the chart's chords and the "
                                     "bass")


class PairRelation(BaseModel):
    """Note-level measurements between two pitched (or drum) parts, for telling doubling, hocket, call and
    response, and independent lines apart."""

    pair: list[str]
    notes: list[int] = Field(description="onsets of each part in the window")
    together_share: float = Field(description="share of the sparser part's onsets that start with one of the other's "
                                  "(one-to-one matching, at most 1)")
    together_ms: float | None = Field(None, description="median absolute start difference of those that start together")
    interval: Literal["unison", "octave", "other"] | None = Field(
        None, description="for parts that start together: the usual interval between them")
    interval_semitones: int | None = None
    alternation: float = Field(description="share of consecutive onsets (of either part) that switch part")
    mean_run: float = Field(description="mean number of consecutive onsets by one part before the other plays")
    # pitched pairs, by the track's bar: the MIDI pitches one part strikes while the other sounds that same pitch, and
    # the bars where both play and the lower part stays under the other's lowest note (read by the same-notes sentence)
    shared_by_bar: dict[int, list[int]] = Field({}, exclude=True)
    under_bars: list[int] = Field([], exclude=True)
    lower_part: str | None = Field(None, exclude=True)
Presence.model_rebuild()
LineFit.model_rebuild()
DrumPattern.model_rebuild()
WindowAnalysis.model_rebuild()
