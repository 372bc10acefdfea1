"""Window scope as a type (the bottom layer: imports numpy and the vocabulary, nothing else).

A :class:`WindowSlice` is built once per query and holds only what lies inside ``[start_s, end_s)``
for the selected stems: their note events and feature frames, the beats of that span and the chords
clipped to it. Track-level facts travel separately, in a :class:`TrackContext`, and everything
derived from them is labelled track-level. Heuristics are pure functions of the two; they never
see the store, so they cannot reach outside the window.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from typing import Mapping

import numpy as np

from .vocabulary import FEATURE_HOP_S, SILENT_FRAME_DB as SILENT_DB
from .vocabulary import TRIPLE_OR_COMPOUND, holds_voice_alone

MIN_SOUNDING_SHARE = 0.2  # of a window's frames, for a stem with no note onsets in it to count as playing


CHORD_S = 0.02  # notes starting this close together are one chord as a transcription sees it
MIN_ARTICULATION_S = 0.03  # the least spread of one stroke (a strum, a flam) that articulations allow


def articulations(times_s, gap_s: float) -> np.ndarray:
    """The first onset of each articulation, in time order: an onset within ``gap_s`` of the first onset
    of the articulation before it belongs to it (a strum, a flam, a grace note; a run of notes each
    ``gap_s`` from the last is not one articulation but one every ``gap_s``)."""
    out: list[float] = []
    for t in np.sort(np.asarray(times_s, dtype=float)):
        if not out or t - out[-1] >= gap_s:
            out.append(float(t))
    return np.asarray(out)


PLAYING_GAP_S = 2.0  # a part silent for less than this is still playing (a rest, a drum's gap between hits)


def playing_s(audible, hop_s: float, gap_s: float = PLAYING_GAP_S) -> float:
    """How long a part plays over frames ``hop_s`` apart, ``audible`` where it sounds itself (Frames.audible): each
    audible frame, and each gap between two of them shorter than ``gap_s`` (a part that stops for bars does not
    play there; one between its strokes does). One reading for a window and for the whole song."""
    on = np.flatnonzero(np.asarray(audible, bool))
    if not len(on):
        return 0.0
    gaps = np.diff(on)
    return float((len(on) + np.sum((gaps - 1)[(gaps > 1) & ((gaps - 1) * hop_s < gap_s)])) * hop_s)


def over_song(onset_times, energy_db, bleed) -> dict:
    """A stem over the whole song, as StemSummary stores it: its distinct onsets, how long it plays (:func:`playing_s`
    over its frames in time order, a frame heard where it is above silence and not others' bleed, as Frames.audible
    reads a window's) and its mean level over those frames."""
    energy = np.asarray(energy_db, float)
    heard = (energy > SILENT_DB) & ~np.asarray(bleed, bool)
    return {"onsets": int(len(distinct_onsets(np.sort(np.asarray(onset_times, float))))),
            "playing_s": round(playing_s(heard, FEATURE_HOP_S), 2),
            "level_db": round(float(np.mean(energy[heard])), 2) if heard.any() else None}


def distinct_onsets(times, gap_s: float = CHORD_S) -> np.ndarray:
    """Distinct onset times: a note starting within ``gap_s`` of the first onset before it is part of
    that onset (by default a chord as transcribed, its notes within CHORD_S of each other)."""
    return articulations(times, gap_s)


def articulation_gap_s(period_s: float, ceiling: int) -> float:
    """How close two onsets may be and still be one articulation: 0.6 of the step of the grid the onset
    ceiling allows (a sixteenth under a ceiling of four a beat), at least MIN_ARTICULATION_S. The ceiling
    caps a part's rhythmic grid; what is faster than that grid — a strum spread over its strings, a flam,
    a grace note or hammer-on, a chord a transcription splits into onsets tens of ms apart — belongs to
    the stroke it decorates. Notes on the grid, a player's ±20 ms apart, stay distinct."""
    return max(MIN_ARTICULATION_S, 0.6 * period_s / max(1, ceiling))


def _ro(values, dtype=float) -> np.ndarray:
    arr = np.asarray(values, dtype=dtype)
    arr.setflags(write=False)
    return arr


@dataclass(frozen=True)
class Note:
    """One note: onset and length in track seconds, MIDI pitch and velocity. The note a part is made of
    (the generator's and the scorer's, a part an agent wrote once placed in time, a window's current part);
    :class:`Notes` holds a stem's notes column-wise."""

    time_s: float
    duration_s: float
    pitch: int
    velocity: int = 90

    @classmethod
    def of(cls, note: "Note | Mapping[str, object]") -> "Note":
        """A Note as it is, or one from a note row (``time_s``, ``duration_s``, ``pitch``, ``velocity``
        defaulting to 90; other keys ignored): the rows eval's scripts and the store build."""
        if isinstance(note, Note):
            return note
        return cls(note["time_s"], note["duration_s"], note["pitch"], note.get("velocity", 90))

    def __getitem__(self, name: str):
        """Read as the note rows it replaces (``n["time_s"]``): callers that read rows read Notes too."""
        if name not in _NOTE_FIELDS:
            raise KeyError(name)
        return getattr(self, name)

    def row(self) -> dict:
        """The note as a row (its fields in order): what a part's id and its JSON are made from."""
        return dict(time_s=self.time_s, duration_s=self.duration_s, pitch=self.pitch, velocity=self.velocity)


_NOTE_FIELDS = ("time_s", "duration_s", "pitch", "velocity")

DrumHit = Note
"""A drum hit is a :class:`Note`, not a type of its own (one Note type): its pitch is a General MIDI
percussion key, and its class is the ``vocabulary.DRUM_CLASSES`` entry holding that key (a detected hit
is written as that class's ``DRUM_NOTE``); its length means nothing to a drum (the detector writes 0.1 s).
What ``stem_analysis.drum_events`` returns, and what the drums stem's notes are, in the store as in a part."""


def as_notes(notes) -> list[Note]:
    """Each of ``notes`` as a :class:`Note` (rows converted, Notes kept)."""
    return [Note.of(n) for n in notes]


@dataclass(frozen=True)
class Notes:
    """Note events of one stem (a window's, or a whole track's at ingest), column-wise and read-only: the one
    note type the analysis, the heuristics and the chord speller read."""

    time_s: np.ndarray
    duration_s: np.ndarray
    pitch: np.ndarray
    velocity: np.ndarray
    beat_index: np.ndarray  # -1 where unknown
    offset_ms: np.ndarray  # NaN where unknown
    subdivision: tuple[str | None, ...]
    stem: str = ""

    @classmethod
    def from_rows(cls, rows: list[dict], stem: str = "") -> "Notes":
        """From note rows (``time_s``, ``duration_s``, ``pitch``, ``velocity``; the grid placement
        ``beat_index``, ``onset_to_beat_offset_ms``, ``subdivision`` where the rows have it)."""
        return cls(
            time_s=_ro([r["time_s"] for r in rows]), duration_s=_ro([r["duration_s"] for r in rows]),
            pitch=_ro([r["pitch"] for r in rows], int), velocity=_ro([r["velocity"] for r in rows], int),
            beat_index=_ro([-1 if r.get("beat_index") is None else r["beat_index"] for r in rows], int),
            offset_ms=_ro([np.nan if r.get("onset_to_beat_offset_ms") is None else r["onset_to_beat_offset_ms"]
                           for r in rows]),
            subdivision=tuple(r.get("subdivision") for r in rows), stem=stem)

    @classmethod
    def of(cls, notes: "list[Note]", stem: str = "", beat_index=None, offset_ms=None,
           subdivision=None) -> "Notes":
        """From Notes, with their grid placement where known (``beat_index`` -1, ``offset_ms`` NaN and
        ``subdivision`` None where not; none given: unplaced)."""
        n = len(notes)
        return cls(
            time_s=_ro([x.time_s for x in notes]), duration_s=_ro([x.duration_s for x in notes]),
            pitch=_ro([x.pitch for x in notes], int), velocity=_ro([x.velocity for x in notes], int),
            beat_index=_ro([-1] * n if beat_index is None else beat_index, int),
            offset_ms=_ro([np.nan] * n if offset_ms is None else offset_ms),
            subdivision=(None,) * n if subdivision is None else tuple(subdivision), stem=stem)

    def __len__(self) -> int:
        return len(self.time_s)

    def each(self) -> list[Note]:
        """The notes one by one."""
        return [Note(float(t), float(d), int(p), int(v))
                for t, d, p, v in zip(self.time_s, self.duration_s, self.pitch, self.velocity)]

    def onset_times(self) -> np.ndarray:
        """Distinct onset times: notes within CHORD_S of the one before are one onset (a chord),
        kept at the first note's actual time (rounding would quantise away microtiming)."""
        return distinct_onsets(self.time_s)


@dataclass(frozen=True)
class Frames:
    time_s: np.ndarray
    energy_db: np.ndarray
    centroid_hz: np.ndarray
    pitch_hz: np.ndarray
    bleed: np.ndarray  # residue: the frame holds only others' bleed, a noise floor or a far tail (not playing)
    spill: np.ndarray = field(default_factory=lambda: _ro([], bool))  # the frame holds another stem's sound
    spill_measured: bool = False  # the rows carry the spill test (a database from before it has NULL there)

    @classmethod
    def from_rows(cls, rows: list[dict]) -> "Frames":
        return cls(_ro([r["time_s"] for r in rows]), _ro([r["energy_db"] for r in rows]),
                   _ro([r["centroid_hz"] for r in rows]), _ro([r["pitch_hz"] for r in rows]),
                   _ro([bool(r.get("bleed") or 0) for r in rows], bool),
                   _ro([bool(r.get("spill") or 0) for r in rows], bool),
                   any(r.get("spill") is not None for r in rows))

    def audible(self) -> np.ndarray:
        """Frames where this stem itself sounds: above silence and not just others' bleed."""
        return (self.energy_db > SILENT_DB) & ~self.bleed


@dataclass(frozen=True)
class StemSlice:
    stem: str
    notes: Notes
    frames: Frames
    flagged_empty: bool  # silent over the whole track (a track-level flag)
    origin: str = ""
    failure: str | None = None  # why this stem's notes are missing (its ingest step failed), if they are

    @property
    def is_drums(self) -> bool:
        return self.stem == "drums"

    @property
    def active(self) -> bool:
        """The stem plays inside the window: it has notes there, or it sounds (beyond residue) for at
        least MIN_SOUNDING_SHARE of the window (a drone or a swell with no note onsets). A few stray
        frames of bleed that escaped the residue test are not the stem playing."""
        audible = self.frames.audible()
        return len(self.notes) > 0 or (len(audible) > 0 and float(np.mean(audible)) >= MIN_SOUNDING_SHARE)


@dataclass(frozen=True)
class Grid:
    """Beats in time order, with their index in the track, their bar and their place in the bar: a
    window's (``WindowSlice.grid``), or the track's over any span (``Store.grid``)."""

    beats_s: np.ndarray
    beat_in_bar: np.ndarray
    bar_index: np.ndarray
    beat_index: np.ndarray

    def position_of(self, beat_index: int) -> int | None:
        """1-based place in the bar of a beat inside the window, else None."""
        hits = np.nonzero(self.beat_index == beat_index)[0]
        return int(self.beat_in_bar[hits[0]]) if len(hits) else None

    @property
    def period_s(self) -> float | None:
        """The beat's length: the slope of the beats' times against their count, each gap counted as the whole
        number of median gaps it spans (a beat the tracking lost is still a beat). A tracker's beats fall on its
        frames, so their gaps alternate between two lengths a frame apart; their median picks one of them (MusicDelta
        Rock's beats, 0.534 and 0.557 s apart, read 112.3 BPM where the annotation's read 110.1: round 52's ba01,
        dev), their fit does not."""
        beats = self.beats_s
        if len(beats) < 2:
            return None
        gaps = np.diff(beats)
        step = float(np.median(gaps))
        if len(beats) < 3 or step <= 0:
            return step
        count = np.r_[0.0, np.cumsum(np.maximum(1.0, np.round(gaps / step)))]
        return float(np.polyfit(count, beats, 1)[0])

    def since(self, t_s: float) -> "Grid":
        """The beats at or after ``t_s``."""
        keep = self.beats_s >= t_s
        return Grid(_ro(self.beats_s[keep]), _ro(self.beat_in_bar[keep], int), _ro(self.bar_index[keep], int),
                    _ro(self.beat_index[keep], int))

    @classmethod
    def from_rows(cls, rows: list[dict]) -> "Grid":
        return cls(_ro([r["time_s"] for r in rows]), _ro([r["beat_in_bar"] for r in rows], int),
                   _ro([r["bar_index"] for r in rows], int), _ro([r["beat_index"] for r in rows], int))


@dataclass(frozen=True)
class Window:
    track_id: str
    stems: tuple[str, ...]
    start_s: float
    end_s: float

    @property
    def duration_s(self) -> float:
        return self.end_s - self.start_s

    def contains(self, t: float) -> bool:
        return self.start_s <= t < self.end_s

    def round_time(self, t: float) -> float:
        """A time for the evidence, to the millisecond. Never clamped: a time outside the window is a
        scope leak, and the scope check must see it. Rounding alone never carries a time across an
        edge it was inside of (31.0677 in a window ending at 31.06768 stays 31.067)."""
        t = float(t)
        r = round(t, 3)
        if self.start_s <= t <= self.end_s and not self.start_s <= r <= self.end_s:
            r = math.floor(t * 1000) / 1000 if r > self.end_s else math.ceil(t * 1000) / 1000
        return r


@dataclass(frozen=True)
class WindowSlice:
    window: Window
    stems: Mapping[str, StemSlice]
    grid: Grid
    chords: tuple["Chord", ...]  # from the selected stems' notes

    def active_stems(self) -> list[StemSlice]:
        return [s for s in self.stems.values() if s.active]

    def all_notes(self, pitched_only: bool = False) -> list[tuple[str, Notes]]:
        return [(name, s.notes) for name, s in self.stems.items() if len(s.notes) and not (pitched_only and s.is_drums)]


@dataclass(frozen=True)
class TrackContext:
    """Track-level facts a heuristic may use explicitly (and must label as track-level)."""

    meter: str | None
    beats_per_bar: int | None
    key_label: str | None
    key_tonic_pc: int | None
    key_scale: str | None
    sections: tuple[tuple[float, float, str], ...] = field(default=())
    stems: tuple[str, ...] = field(default=())  # the track's stems that hold sound (selected or not)
    tuning_cents: float | None = None  # the band's tuning from A 440 (track-level; None: not stored, A 440)
    # the mix's tuning from concert pitch within half a semitone, and how far its readings over each third spread
    # (rhythm.concert_tuning; None: not stored, a track loaded before it was read)
    concert_cents: float | None = None
    concert_spread: float | None = None
    # each section's mix level (dB, as stored with the sections; None where not stored), in the sections' order, and
    # each sounding stem over the whole song (StemSummary: its onsets, audible time and level)
    section_levels_db: tuple[float | None, ...] = field(default=())
    stem_summaries: Mapping[str, "StemSummary"] = field(default_factory=dict)
    # the sung words with their times (analysis.vocals.transcribe_lyrics: (start, end, word)), or None where no lyrics
    # were read at load (the speech-to-text weights absent, or no vocals)
    lyric_words: tuple[tuple[float, float, str], ...] | None = None
    # the singer's vibrato stretches (analysis.vibrato: (start, end, MIDI note, rate Hz, depth cents top to bottom)),
    # or None where not read at load (no vocals, or a track loaded before it was)
    vibrato: tuple[tuple[float, float, int, float, float], ...] | None = None
    last_onset_s: float | None = None  # the track's last note or hit, any stem (None: not given, or no notes)

    @property
    def triple_or_compound(self) -> bool:
        return self.meter in TRIPLE_OR_COMPOUND

    @property
    def boundaries_s(self) -> tuple[float, ...]:
        return tuple(s for s, _, _ in self.sections[1:])

    @property
    def voice_alone(self) -> bool:
        """A track that holds a voice and nothing else: no instrument keeps its time or its tuning."""
        return holds_voice_alone(self.stems)


# -- what the Store returns ------------------------------------------------------------------------

@dataclass(frozen=True)
class Section:
    """A section of the track (track-level): same letters sound alike."""

    start_s: float
    end_s: float
    label: str
    energy_db: float | None = None
    density: float | None = None
    rhythm: float | None = None


@dataclass(frozen=True)
class Chord:
    """A chord over a span: a track's stored chord, or one a window's notes spell (analysis.harmony)."""

    start_s: float
    end_s: float
    label: str  # mir_eval syntax: "A:min7", "C:maj/3"; "N" for no chord
    confidence: float | None = None  # how well the notes fit it, 0..1 (a stored chord: its strength)
    implied: bool = False  # spelled by a single line (a melody alone), not by a chord-playing part


@dataclass(frozen=True)
class TempoReading:
    bpm: float | None
    confidence: float | None  # Essentia's; None for MIDI (exact)
    source: str | None  # "essentia" | "midi"


@dataclass(frozen=True)
class MeterReading:
    label: str | None
    beats_per_bar: int | None
    source: str | None
    evidence: dict | None = None  # what the meter decision read (analysis.rhythm)


@dataclass(frozen=True)
class KeyReading:
    """The track's key by three profiles' vote (analysis.tonal.key_consensus)."""

    label: str
    tonic: str
    scale: str
    pitch_class: int
    agreement: float | None = None
    strength: float | None = None
    votes: tuple[dict, ...] = ()
    bass_evidence: dict | None = None
    relative_of_vote: bool = False
    source: str | None = None  # a learned model's name where one read it (analysis.learned); None: the profiles' vote
    chord_evidence: dict | None = None  # the chord timeline's home weights (analysis.tonal.relative_by_chords)
    before_chords: str | None = None  # the key before the chords moved it to its relative; None where they did not


@dataclass(frozen=True)
class StemSummary:
    """A stem over the whole track (track-level descriptors; only ``empty`` for a silent stem)."""

    empty: bool
    note_count: int = 0
    onset_rate_hz: float | None = None
    spectral_centroid_hz: float | None = None
    pitch_range: tuple[int, int] | None = None
    voiced_ratio: float | None = None
    note_source: str | None = None
    # over the frames where the stem itself sounds (above silence, not others' bleed: Frames.audible), for a window's
    # part against the same part through the song; None on a track stored before they were
    onsets: int | None = None  # distinct onsets (a chord is one)
    playing_s: float | None = None  # how long it plays (:func:`playing_s`)
    level_db: float | None = None  # mean frame level where it sounds


@dataclass(frozen=True)
class TrackAnalysis:
    """The track-level analysis the ingest stored (``track_analysis`` rows), typed; every field None
    (or empty) where its step did not run or failed."""

    tempo: TempoReading | None = None
    meter: MeterReading | None = None
    key: KeyReading | None = None
    stems: Mapping[str, StemSummary] = field(default_factory=dict)
    lyrics: dict | None = None
    style_tags: dict | None = None
    tuning_cents: float | None = None  # the mix's tuning from A 440 (audio tracks analysed since it was stored)
    concert: dict | None = None  # rhythm.concert_tuning of the mix: {"cents", "spread"} (tracks loaded since)
    vibrato: dict | None = None  # analysis.vibrato's stretches by stem ({"vocals": [[start, end, note, Hz, cents]]})

    @classmethod
    def from_values(cls, values: Mapping[str, object]) -> "TrackAnalysis":
        """From the stored name -> JSON value pairs (the pipeline's ``ctx.values``)."""
        tempo, meter, key, stems = (values.get(k) for k in ("tempo", "meter", "key", "stems"))
        return cls(
            tempo=TempoReading(tempo.get("bpm"), tempo.get("confidence"), tempo.get("source")) if tempo else None,
            meter=MeterReading(meter.get("label"), meter.get("beats_per_bar"), meter.get("source"),
                               meter.get("evidence")) if meter else None,
            key=KeyReading(**_known(KeyReading, {**key, "votes": tuple(key.get("votes", ()))})) if key else None,
            stems={name: StemSummary(**_known(StemSummary, {**d, "pitch_range": tuple(d["pitch_range"])
                                                            if d.get("pitch_range") else None}))
                   for name, d in (stems or {}).items()},
            lyrics=values.get("lyrics"), style_tags=values.get("style_tags"),
            tuning_cents=(values.get("tuning") or {}).get("cents"), concert=(values.get("tuning") or {}).get("concert"),
            vibrato=values.get("vibrato"))


def _known(cls, values: Mapping[str, object]) -> dict:
    """The values a dataclass has fields for (a value a later version stores is ignored, never an error)."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in values.items() if k in names}


@dataclass(frozen=True)
class StemRows:
    """One stem's stored rows inside a window, as stored (notes placed on the track's beats)."""

    stem: str
    notes: Notes
    frames: Frames
    empty: bool  # silent over the whole track
    origin: str
    failure: str | None  # why its notes are missing (its ingest step failed), if they are


@dataclass(frozen=True)
class WindowRows:
    """Everything the Store holds inside one window: what window slicing reads, in one query."""

    window: Window
    beats: Grid
    stems: Mapping[str, StemRows]

