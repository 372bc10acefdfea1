"""The upload-time analysis chain, run once per track after its stems are stored.

Each step is a small function over an :class:`AnalysisContext`; the runner records every step
as ok / failed / skipped (with the reason) and keeps going where a later step does not need the
failed one. Nothing is written until the end: the caller stores all rows in one transaction.
"""

from __future__ import annotations

import time
import logging
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

import numpy as np

from . import harmony, learned, rhythm, stem_analysis, structure, tonal
from .config import SAMPLE_RATE_HZ, Settings
from .core.types import Note, Notes, over_song
from .core.vocabulary import DRUM_CLASSES, MIX_STEM, PITCHED_STEMS  # mix (a mix loaded unseparated) is pitched
from .errors import Skip


@dataclass
class AnalysisContext:
    stems: dict[str, np.ndarray]  # stem -> mono float32 at 44.1 kHz, all one length
    stem_paths: dict[str, Path]
    empty: dict[str, bool]
    settings: Settings
    midi: object | None = None  # pretty_midi.PrettyMIDI for MIDI sources
    exact_notes: dict[str, list[Note]] = field(default_factory=dict)
    # filled by the steps
    grid: rhythm.BeatGrid | None = None
    notes: dict[str, list[Note]] = field(default_factory=dict)
    placed: dict[str, Notes] = field(default_factory=dict)  # stem -> its notes placed on the beats (the notes table)
    rows: dict[str, list[dict]] = field(default_factory=dict)
    values: dict[str, object] = field(default_factory=dict)
    extra_runs: list[dict] = field(default_factory=list)  # per-stem records a step adds (notes:<stem>)
    bleed: dict[str, np.ndarray] = field(default_factory=dict)  # stem -> frames that are only residue (not playing)
    spill_s: dict[str, np.ndarray] = field(default_factory=dict)  # stem -> times (s) of its frames holding spill
    _mixes: dict = field(default_factory=dict, repr=False)  # several steps ask for the same mix
    mix_tuning: float | None = None  # the mix's chroma tuning (rhythm.chroma_tuning), once the rhythm step has it

    @property
    def duration_s(self) -> float:
        return len(next(iter(self.stems.values()))) / SAMPLE_RATE_HZ

    def mix(self, names: tuple[str, ...] | None = None) -> np.ndarray:
        """The sum of the audible stems (all, or ``names``), read-only. The whole mix is computed once and
        shared (three steps read it); a mix of some stems (one step reads each) is not kept: the two took
        84 MB for 4 minutes through every later step, the notes' peak among them."""
        if names in self._mixes:
            return self._mixes[names]
        chosen = [a for n, a in self.stems.items() if (names is None or n in names) and not self.empty[n]]
        # summed in place, stem by stem: the same float32 sums as np.sum over the stacked stems, without
        # the stack (six stems of 4 minutes: 255 MB at once)
        mixed = chosen[0].astype(np.result_type(*chosen)) if chosen else np.zeros_like(next(iter(self.stems.values())))
        for audio in chosen[1:]:
            mixed += audio
        mixed.setflags(write=False)
        if names is None:
            self._mixes[names] = mixed
        return mixed

    def require_grid(self) -> rhythm.BeatGrid:
        if self.grid is None:
            raise Skip("needs the beat grid, which failed")
        return self.grid


def step_rhythm(ctx: AnalysisContext) -> None:
    if ctx.midi is not None:
        ctx.grid = rhythm.grid_from_midi(ctx.midi)
    else:
        low = ctx.mix(("bass", "drums")) if any(not ctx.empty.get(s, True) for s in ("bass", "drums")) else None
        y = rhythm.to_env_rate(ctx.mix())
        ctx.mix_tuning = rhythm.chroma_tuning(y)  # the sections' chroma of the mix uses it too
        ctx.grid = rhythm.estimate_grid(ctx.mix(), low, y=y, tuning=ctx.mix_tuning)
        # the band's tuning, in cents from A 440: a singer's pitch is heard against it (heuristics' intonation)
        ctx.values["tuning"] = {"cents": round(ctx.mix_tuning * 1200.0 / rhythm.CHROMA_BINS_PER_OCTAVE, 1),
                                "source": "librosa.estimate_tuning of the mix",
                                # from concert pitch within a half semitone (the other folds on a third of one),
                                # and how far its readings over each third spread
                                "concert": rhythm.concert_tuning(y)}
    g = ctx.grid
    _store_beats(ctx)
    ctx.values["tempo"] = {"bpm": round(g.tempo_bpm, 2), "confidence": None if g.confidence is None else round(g.confidence, 2),
                           "source": g.source}
    ctx.values["meter"] = {"label": g.meter, "beats_per_bar": g.beats_per_bar, "source": g.source, "evidence": g.evidence}


def _store_beats(ctx: AnalysisContext, loud: list[float] | None = None) -> None:
    """The grid's beats as rows; ``loud``: each beat's loudness where already read (the bars moved, not the beats)."""
    g = ctx.grid
    loud = rhythm.per_beat_loudness_db(ctx.mix(), g.beats_s) if loud is None else loud
    ctx.rows["beats"] = [dict(time_s=float(t), beat_index=i, bar_index=g.bar_index(i), beat_in_bar=g.beat_in_bar(i),
                              loudness_db=round(float(loud[i]), 2)) for i, t in enumerate(g.beats_s)]


# A rock or pop kit's backbeat puts the snare on two and four. Where the audio's bar phase puts the kit's snare on one
# and three instead (both of them), with the kick between, the bars are a beat off: MusicDelta Rock's downbeats sat
# on its fourth beats (snare 6, 0, 6, 0 on the bar's four beats, kick 0, 6, 0, 6), so every bar place a window gave
# was a beat off ("the window starts on the second beat", a kick on one and a snare on two). The bars move a beat,
# to where the kick falls more often (a tie: where more chord changes fall). A half-time snare on three alone, or a
# snare on every beat, moves nothing.
BACKBEAT_MIN_HITS = 8  # snare hits on one and three together
BACKBEAT_RATIO = 2.0  # against those on two and four
BACKBEAT_BOTH = 0.3  # of the hits on one and three, at least this share on each
# A mix loaded unseparated has no drum hits: there the kick is heard in the mix's lowest band, its onsets' strength on
# each beat of the bar (the bass is in it too). Where two and four carry this much more of it than one and three, the
# bars move a beat, as above (MusicDelta Rock's mix: 2.0 against 1.3; the other four MusicDelta songs' mixes 0.6-0.8,
# their bars right; dev). Two kick beats within KICK_BAND_TIE of each other: where the harmony turns more decides.
KICK_BAND_HZ = (30.0, 120.0)
KICK_BAND_RATIO = 1.3
KICK_BAND_TIE = 0.1


def kick_band_on_beats(mono: np.ndarray, g: rhythm.BeatGrid) -> np.ndarray:
    """(5,) the mean onset strength in KICK_BAND_HZ at each beat of the bar (index 1-4; 0 unused): each beat's
    strongest rise of the band's log spectrum from 40 ms before it to 60 ms after."""
    import librosa

    spec = np.abs(librosa.stft(np.asarray(mono, dtype=np.float32), n_fft=2048, hop_length=512))
    freqs = librosa.fft_frequencies(sr=SAMPLE_RATE_HZ, n_fft=2048)
    band = np.log1p(100.0 * spec[(freqs >= KICK_BAND_HZ[0]) & (freqs < KICK_BAND_HZ[1])])
    flux = np.r_[0.0, np.maximum(0.0, np.diff(band, axis=1)).sum(axis=0)]
    times = librosa.frames_to_time(np.arange(len(flux)), sr=SAMPLE_RATE_HZ, hop_length=512)
    total, count = np.zeros(5), np.zeros(5)
    for i, t in enumerate(g.beats_s):
        near = (times >= t - 0.04) & (times <= t + 0.06)
        if near.any():
            total[g.beat_in_bar(i)] += float(flux[near].max())
            count[g.beat_in_bar(i)] += 1
    return total / np.maximum(count, 1)


def step_backbeat(ctx: AnalysisContext) -> None:
    g = ctx.grid
    if g is None or ctx.midi is not None or g.beats_per_bar != 4 or g.meter != "4/4" or len(g.beats_s) < 8:
        return
    drums = ctx.notes.get("drums") or []
    if not drums and MIX_STEM in ctx.stems:
        _mix_backbeat(ctx)
        return
    snare = _on_beats(g, [n.time_s for n in drums if n.pitch in DRUM_CLASSES["snare"]])
    kick = _on_beats(g, [n.time_s for n in drums if n.pitch in DRUM_CLASSES["kick"]])
    odd = snare[1] + snare[3]
    if odd < BACKBEAT_MIN_HITS or odd < BACKBEAT_RATIO * (snare[2] + snare[4]) or \
            min(snare[1], snare[3]) < BACKBEAT_BOTH * odd or kick[2] + kick[4] <= kick[1] + kick[3]:
        return
    chords = ctx.rows.get("chords", [])
    changes = _on_beats(g, [r["start_s"] for r, before in zip(chords[1:], chords) if r["label"] != before["label"]])
    shift = 1 if (kick[2], changes[2]) >= (kick[4], changes[4]) else -1
    _move_bars(ctx, shift, {"snare_on_beats": snare[1:].tolist(), "kick_on_beats": kick[1:].tolist()})


def _on_beats(g: rhythm.BeatGrid, times: list[float]) -> np.ndarray:
    """(5,) how many of ``times`` fall on each beat of the bar (index 1-4), within 0.15 of a beat of it."""
    period = float(np.median(np.diff(g.beats_s)))
    counts = np.zeros(5, int)
    for t in times:
        k = int(np.argmin(np.abs(g.beats_s - t)))
        if abs(g.beats_s[k] - t) < 0.15 * period:
            counts[g.beat_in_bar(k)] += 1
    return counts


def _mix_backbeat(ctx: AnalysisContext) -> None:
    """The backbeat rule on an unseparated mix: the kick read in its lowest band (KICK_BAND_HZ)."""
    g = ctx.grid
    low = kick_band_on_beats(ctx.stems[MIX_STEM], g)
    if low[2] + low[4] < KICK_BAND_RATIO * (low[1] + low[3]):
        return
    why = {"kick_band_on_beats": np.round(low[1:], 3).tolist()}
    if abs(low[2] - low[4]) <= KICK_BAND_TIE * max(low[2], low[4]):
        # the kick on both alike: the bar starts where the harmony turns more (a mix's own chords, read from the
        # notes of every instrument at once, change on nearly every beat; MusicDelta Rock's mix, dev: 0.044 against
        # 0.024, its chord a bar)
        turns = harmonic_turns(ctx.stems[MIX_STEM], g)
        why["harmony_turns_on_beats"] = np.round(turns[1:], 3).tolist()
        shift = 1 if turns[2] >= turns[4] else -1
    else:
        shift = 1 if low[2] > low[4] else -1
    _move_bars(ctx, shift, why)


def harmonic_turns(mono: np.ndarray, g: rhythm.BeatGrid) -> np.ndarray:
    """(5,) how much the harmony turns at each beat of the bar (index 1-4): the cosine distance between the mix's
    chroma over the two beats before it and the two beats after, averaged over the bars."""
    import librosa

    hop = 512
    chroma = librosa.feature.chroma_cqt(y=np.asarray(mono, dtype=np.float32), sr=SAMPLE_RATE_HZ, hop_length=hop)
    frames = np.clip(librosa.time_to_frames(g.beats_s, sr=SAMPLE_RATE_HZ, hop_length=hop), 0, chroma.shape[1] - 1)
    per_beat = librosa.util.sync(chroma, np.r_[frames, chroma.shape[1] - 1], aggregate=np.median)[:, :len(frames)]
    total, count = np.zeros(5), np.zeros(5)
    for i in range(2, len(frames) - 2):
        before, after = per_beat[:, i - 2: i].mean(axis=1), per_beat[:, i: i + 2].mean(axis=1)
        total[g.beat_in_bar(i)] += 1.0 - float(before @ after) / (np.linalg.norm(before) * np.linalg.norm(after) + 1e-9)
        count[g.beat_in_bar(i)] += 1
    return total / np.maximum(count, 1)


def _move_bars(ctx: AnalysisContext, shift: int, why: dict) -> None:
    """The bars moved ``shift`` beats (the beats stay), said in the meter's evidence, and what the bars spell
    read again."""
    g = ctx.grid
    ctx.grid = replace(g, downbeat_phase=(g.downbeat_phase + shift) % 4,
                       evidence={**g.evidence, "backbeat_moved_beats": shift, **why})
    _store_beats(ctx, [r["loudness_db"] for r in ctx.rows["beats"]])  # the same beats: their loudness as read
    ctx.values["meter"]["evidence"] = ctx.grid.evidence  # (the notes' places on the beats do not move with the bars)
    if "chords" in ctx.rows and not learned.enabled("chords"):  # the note-based chords are spelled in the bars
        step_chords(ctx)


def step_key(ctx: AnalysisContext) -> None:
    harmonic = ctx.mix(PITCHED_STEMS)
    if float(np.sqrt(np.mean(harmonic ** 2))) < 1e-4:
        raise Skip("no harmonic stem has audio")
    if learned.enabled("key"):
        ctx.values["key"] = learned.key_result(harmonic)
        return
    bass = ctx.stems.get("bass") if not ctx.empty.get("bass", True) else None
    ctx.values["key"] = tonal.key_consensus(harmonic, bass)


def step_chords(ctx: AnalysisContext) -> None:
    """The track's chord timeline: from madmom's chord CNN + CRF on the mix where analysis/learned.py says
    so (audio only), else spelled by every pitched stem's notes (analysis.harmony); a window always gets
    its chords from the selected stems' notes."""
    grid = ctx.require_grid()
    if learned.enabled("chords") and ctx.midi is None:
        if all(ctx.empty.get(name, True) for name in PITCHED_STEMS):
            raise Skip("no pitched stem has audio")
        ctx.rows["chords"] = learned.chord_rows(ctx.mix())  # the whole mix, as eval/learned.py measured it
        _key_by_chords(ctx)
        return
    parts = [Notes.of(ctx.notes[name], name) for name in PITCHED_STEMS if name in ctx.notes and ctx.notes[name]]
    if not parts:
        raise Skip("no pitched stem has notes")
    ctx.rows["chords"] = [dict(start_s=c.start_s, end_s=c.end_s, label=c.label, strength=c.confidence)
                          for c in harmony.chord_spans(parts, grid.beats_s, 0.0, ctx.duration_s, grid.downbeats_s)]
    _key_by_chords(ctx)


def _key_by_chords(ctx: AnalysisContext) -> None:
    """The track's key against its relative, decided by the chord timeline (tonal.relative_by_chords)."""
    key = ctx.values.get("key")
    if isinstance(key, dict) and ctx.rows.get("chords"):
        ctx.values["key"] = tonal.relative_by_chords(key, ctx.rows["chords"])


def step_features(ctx: AnalysisContext) -> None:
    """50 ms frames per stem: level, peak, centroid, f0, whether the frame is only residue (``bleed``:
    other stems' bleed, a noise floor, a tail far under the stem's loud passages; then the stem does not
    count as playing there, and notes starting there are dropped), and whether it holds another stem's
    sound (``spill``: measured across stems, whether or not the stem itself plays there)."""
    rows, desc, shapes, powers = [], {}, {}, {}
    for name, audio in ctx.stems.items():
        if ctx.empty[name]:
            continue
        desc[name] = stem_analysis.frame_descriptors(audio, pitched=name != "drums",
                                                     low_line=name in stem_analysis.LINE_STEMS,
                                                     melody=name == MIX_STEM)
        shapes[name] = stem_analysis.band_shapes(audio, len(desc[name]["time_s"]))
        powers[name] = stem_analysis.band_powers(audio, len(desc[name]["time_s"]))
    levels = {n: d["energy_db"] for n, d in desc.items()}
    bleed = stem_analysis.bleed_frames(levels, shapes)
    spill = stem_analysis.spill_frames(powers, levels)
    for name, d in desc.items():
        ctx.bleed[name] = bleed[name]
        ctx.spill_s[name] = d["time_s"][spill[name]]  # (one flag per frame of d)
        rows.extend(dict(stem=name, time_s=round(float(t), 3), energy_db=round(float(e), 2), peak=round(float(k), 4),
                         centroid_hz=round(float(c), 1), pitch_hz=round(float(p), 2), bleed=int(b), spill=int(x))
                    for t, e, k, c, p, b, x in zip(d["time_s"], d["energy_db"], d["peak"], d["centroid_hz"],
                                                   d["pitch_hz"], bleed[name], spill[name]))
    ctx.rows["features"] = rows


def drop_bleed_notes(notes: list[Note], bleed: np.ndarray | None, pitched: bool = False) -> list[Note]:
    """Notes whose attack lies only in residue frames (``bleed``: another stem's bleed, a noise floor, far
    under the stem's own loud passages) are not this stem playing: another stem heard through it, or
    its own tail. The attack spans the frames around its onset and the next: all of them must be residue
    (a short hit on a frame's edge barely registers in that frame's level). A pitched note (``pitched``) held
    past them has a body as well: where the two frames after its onset's are residue, it has none of its own
    and goes whatever its onset's frame holds -- another stem's attack lands there too (a snare's bleed at -18 dB
    in a bass's rests, read as A3 in every rest, its onset's frame the attack's rise: the forty-fourth session's
    read of the answer songs' test3 pocket grooves, dev)."""
    if bleed is None or not len(bleed):
        return notes
    hop = stem_analysis.FEATURE_HOP_S
    last = len(bleed) - 1

    def residue(n: Note, frames: tuple[int, ...]) -> bool:
        return all(bleed[min(last, max(0, int(n.time_s / hop) + k))] for k in frames)

    return [n for n in notes if not (residue(n, (0, 1, 2)) or
                                     (pitched and n.duration_s >= BODY_FRAMES * hop and residue(n, (1, 2))))]


BODY_FRAMES = 3  # a pitched note this many feature frames long has a body after its attack's frame


def stem_threads() -> int:
    """How many stems the notes step reads at once: STEMSENSE_STEM_THREADS, else the CPUs this process
    may run on (at most STEM_THREADS_MAX). The catalog's Ray tasks set it to 1 (a task holds one CPU)."""
    import os

    raw = os.environ.get("STEMSENSE_STEM_THREADS", "").strip()
    if raw:
        return max(1, int(float(raw)))
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(STEM_THREADS_MAX, cpus))


STEM_THREADS_MAX = 4


def each_stem(fn: Callable, names: list[str], label: str = "stems") -> dict:
    """``fn(name)`` for each of ``names``, :func:`stem_threads` at a time (the transcribers spend their time in ONNX
    Runtime and NumPy, which let other threads run; each stem's result is what it gives alone): each name's finished
    Future, in ``names``' order. (The features step stays one stem at a time: two threads there saved 1.6 of 8.6 s
    wall for about 0.15 GB more peak memory, python -m eval.speed, 2026-12-07.)"""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(stem_threads(), max(1, len(names))), thread_name_prefix=label) as pool:
        return {name: pool.submit(fn, name) for name in names}


def _stem_notes(ctx: AnalysisContext, name: str, audio: np.ndarray) -> list[Note]:
    """One stem's notes (step_notes): given, empty, drum hits, or transcribed, each without another stem's bleed."""
    if name in ctx.exact_notes:
        return list(ctx.exact_notes[name])
    if ctx.empty[name]:
        return []
    if name == "drums":
        return drop_bleed_notes(stem_analysis.drum_events(audio), ctx.bleed.get(name))
    spill = ctx.spill_s.get(name) if name in stem_analysis.LINE_STEMS else None
    notes = stem_analysis.transcribe(ctx.stem_paths[name], name, spill)
    if name in stem_analysis.STRUCK_STEMS:  # a sung or bowed onset has no attack to find
        times = stem_analysis.note_onsets(audio, [n.time_s for n in notes], name, [n.pitch for n in notes])
        notes = [replace(n, time_s=float(t), duration_s=max(1e-3, n.duration_s + n.time_s - float(t)))
                 for n, t in zip(notes, times)]
        # ... and they stop where they are damped, not where the transcription lets go of a faint pitch
        ends = stem_analysis.heard_ends(audio, [n.time_s for n in notes], [n.time_s + n.duration_s for n in notes])
        notes = [replace(n, duration_s=max(1e-3, float(e) - n.time_s)) for n, e in zip(notes, ends)]
    return drop_bleed_notes(notes, ctx.bleed.get(name), pitched=True)


def step_notes(ctx: AnalysisContext) -> None:
    """Notes per stem, several stems at once (:func:`each_stem`). A stem whose transcription fails is recorded as its
    own failed step (``notes:<stem>``) and the other stems keep theirs: a failure must never read as silence."""
    futures = each_stem(lambda name: _stem_notes(ctx, name, ctx.stems[name]), list(ctx.stems), "notes")
    failed = []
    for name, future in futures.items():  # in the stems' order, whichever finished first
        exc = future.exception()
        if exc is None:
            ctx.notes[name] = future.result()
            continue
        logging.getLogger(__name__).error("notes for %s failed", name, exc_info=exc)
        failed.append(name)
        ctx.extra_runs.append(dict(step=f"notes:{name}", status="failed", reason=f"{type(exc).__name__}: {exc}"[:600],
                                   seconds=None))
    if failed and len(failed) == len(ctx.stems):
        raise RuntimeError(f"no stem could be transcribed ({', '.join(failed)}); see the notes:<stem> steps")


# The beat tracker's ticks sit a steady few milliseconds off where the band plays its beats, by an amount that changes
# from track to track and even between two mixes of one song: on eval/cache's five frames songs the kick and snare
# hits on the beat sat +22, -25, 0, -6 and -21 ms from the ticks, every 15 s alike, the bass and the keys within 3 ms
# of the drums; ft_drive_ab152's degraded copy +23 where its clean copy read 0; the real MusicDelta drummers +15 to
# +29 (the forty-eighth session's reading, dev). Every place against the beat read that offset: a rendered singer with
# the keys read "slightly ahead of the beat" (ft_ballad_eb54) or "late" (ft_ballad_csm76), and a note's slot (a
# sixteenth against a triplet) moved with it. The beat is where the band puts it: the ticks move onto the drummer's
# kick and snare hits on the beat (their median offset), else onto the plucked and struck parts' notes on the beat
# (bass, guitar, piano), where at least BAND_PHASE_MIN_ONSETS of them say so; a MIDI source's grid is exact.
BAND_PHASE_MIN_ONSETS = 16
BAND_PHASE_DRUMS = DRUM_CLASSES["kick"] + DRUM_CLASSES["snare"]


def band_phase_ms(ctx: AnalysisContext, grid: rhythm.BeatGrid) -> tuple[float, str] | None:
    """The median offset (ms, +: the band after the ticks) of the band's onsets on the beat, and whose they are:
    the kit's kick and snare, else the plucked and struck parts' notes; None where too few say so."""
    drums = [n.time_s for n in ctx.notes.get("drums", []) if n.pitch in BAND_PHASE_DRUMS]
    struck = [n.time_s for name in stem_analysis.STRUCK_STEMS for n in ctx.notes.get(name, [])]
    for times, whose in ((drums, "kick and snare"), (struck, "plucked and struck parts")):
        _, names, offsets = rhythm.place_on_grid(np.array(times, dtype=float), grid.beats_s)
        on = offsets[np.array([x == "beat" for x in names], dtype=bool)] if len(times) else np.array([])
        if len(on) >= BAND_PHASE_MIN_ONSETS:
            return float(np.median(on)), whose
    return None


def step_grid_positions(ctx: AnalysisContext) -> None:
    grid = ctx.require_grid()
    phase = band_phase_ms(ctx, grid) if ctx.midi is None else None
    if phase is not None and abs(phase[0]) >= 0.5:
        beats = grid.beats_s + phase[0] / 1000.0
        early = int(np.sum(beats < 0.0))  # a first tick moved before the track's start is no beat of it
        grid = ctx.grid = replace(grid, beats_s=beats[early:], downbeat_phase=(grid.downbeat_phase - early)
                                  % grid.beats_per_bar,
                                  evidence={**grid.evidence, "beats_moved_onto_band": {"ms": round(phase[0], 1),
                                                                                       "onto": phase[1]}})
        _store_beats(ctx)
        ctx.values["meter"]["evidence"] = grid.evidence
    for name, notes in ctx.notes.items():
        idx, subdivision, offset = rhythm.place_on_grid(np.array([n.time_s for n in notes]), grid.beats_s)
        ctx.placed[name] = Notes.of(notes, name, idx, [round(float(off), 2) for off in offset], subdivision)


def step_sections(ctx: AnalysisContext) -> None:
    grid = ctx.require_grid()
    downbeats = grid.downbeats_s
    bar_s = grid.beats_per_bar * 60.0 / grid.tempo_bpm
    if len(downbeats) and downbeats[0] > 0.5 * bar_s:  # audio before the first detected downbeat is a bar too
        downbeats = np.r_[max(0.0, downbeats[0] - bar_s), downbeats]
    live = {n: a for n, a in ctx.stems.items() if not ctx.empty[n]}
    sections = structure.segment(structure.bar_features(live, ctx.mix(), downbeats, ctx.duration_s, ctx.mix_tuning),
                                 downbeats, ctx.duration_s)
    mix_db = structure.frame_db(ctx.mix())
    placed = [(t, sub) for ns in ctx.placed.values() for t, sub in zip(ns.time_s, ns.subdivision)]
    for sec in sections:
        a, b = sec["start_s"], sec["end_s"]
        sec["energy_db"] = round(float(np.mean(mix_db[int(a / 0.05): max(int(b / 0.05), int(a / 0.05) + 1)])), 2)
        inside = [sub for t, sub in placed if a <= t < b]
        sec["density"] = round(len(inside) / max(b - a, 1e-6), 3)  # note onsets per second, all stems
        offbeat = [sub for sub in inside if sub not in (None, "beat")]
        sec["rhythm"] = round(len(offbeat) / len(inside), 3) if inside else None  # share of off-beat onsets
    ctx.rows["sections"] = sections


def step_stem_summary(ctx: AnalysisContext) -> None:
    """Track-level per-stem descriptors (labelled track-level wherever they are shown)."""
    feats = ctx.rows.get("features", [])
    out = {}
    for name in ctx.stems:
        if ctx.empty[name]:
            out[name] = {"empty": True}
            continue
        notes = ctx.notes.get(name, [])
        rows = sorted((f for f in feats if f["stem"] == name), key=lambda f: f["time_s"])
        frames = [f for f in rows if f["energy_db"] > stem_analysis.SILENT_FRAME_DB]
        voiced = [f for f in frames if f["pitch_hz"] > 0]
        pitches = [n.pitch for n in notes] if name != "drums" else []
        out[name] = {
            **over_song([n.time_s for n in notes], [f["energy_db"] for f in rows],
                        [bool(f.get("bleed")) for f in rows]),
            "empty": False,
            "note_count": len(notes),
            "onset_rate_hz": round(len({round(n.time_s, 2) for n in notes}) / ctx.duration_s, 3),
            "spectral_centroid_hz": round(float(np.mean([f["centroid_hz"] for f in frames])), 1) if frames else None,
            "pitch_range": [min(pitches), max(pitches)] if pitches else None,
            "voiced_ratio": round(len(voiced) / len(frames), 3) if frames and name != "drums" else None,
            "note_source": "midi" if name in ctx.exact_notes else ("drum-onsets" if name == "drums"
                                                                   else stem_analysis.note_source(name)),
        }
    ctx.values["stems"] = out


def step_vibrato(ctx: AnalysisContext) -> None:
    """Where the singer's pitch swings regularly around a held note, how fast and how wide (analysis.vibrato)."""
    from . import vibrato

    if ctx.empty.get("vocals", True):
        raise Skip("no vocals stem with audio")
    ctx.values["vibrato"] = {"vocals": vibrato.vibrato_of(ctx.stems["vocals"], SAMPLE_RATE_HZ)}


def step_lyrics(ctx: AnalysisContext) -> None:
    from . import vocals

    if ctx.empty.get("vocals", True):
        raise Skip("no vocals stem with audio")
    ctx.values["lyrics"] = vocals.transcribe_lyrics(ctx.stems["vocals"], ctx.settings)


def step_style_tags(ctx: AnalysisContext) -> None:
    from . import vocals

    if ctx.empty.get("vocals", True):
        raise Skip("no vocals stem with audio")
    ctx.values["style_tags"] = vocals.style_tags(ctx.stems["vocals"], ctx.settings)


STEPS: list[tuple[str, Callable[[AnalysisContext], None], float]] = [
    ("rhythm", step_rhythm, 0.10), ("key", step_key, 0.03),
    ("features", step_features, 0.07), ("notes", step_notes, 0.45), ("grid_positions", step_grid_positions, 0.02),
    ("chords", step_chords, 0.05), ("backbeat", step_backbeat, 0.01), ("vibrato", step_vibrato, 0.02),
    ("sections", step_sections, 0.08), ("stem_summary", step_stem_summary, 0.02),
    ("lyrics", step_lyrics, 0.12), ("style_tags", step_style_tags, 0.06),
]


def run_analysis(ctx: AnalysisContext, progress: Callable[[str, float], None]) -> list[dict]:
    """Run every step; returns the run records (step, status, reason, seconds)."""
    runs = []
    done = 0.0
    total = sum(w for *_, w in STEPS)
    for name, fn, weight in STEPS:
        progress(name, done / total)
        t0 = time.monotonic()
        try:
            fn(ctx)
            status, reason = "ok", None
        except Skip as exc:
            status, reason = "skipped", str(exc)
        except Exception as exc:  # one failed step must not sink the rest
            status, reason = "failed", f"{type(exc).__name__}: {exc}"[:1000]
            logging.getLogger(__name__).exception("analysis step %s failed", name)
        runs.append(dict(step=name, status=status, reason=reason, seconds=round(time.monotonic() - t0, 3)))
        runs.extend(ctx.extra_runs)
        ctx.extra_runs.clear()
        done += weight
    return runs
