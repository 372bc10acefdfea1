"""Timing: pulse, backbeat, off-beats, cross-stem lock, syncopation, microtiming, vocal placement (H001-H005, H009, H015)."""

from __future__ import annotations

import math

import mir_eval
import numpy as np

from analysis.core.vocabulary import DRUM_CLASSES
from analysis.core.types import CHORD_S, StemSlice, TrackContext, WindowSlice, distinct_onsets

from . import evidence as ev
from .common import (SNARE, _has_grid, _pitched, _r, _two_playing, fell_silent, last_beat, nearest_offsets,
                     restarts_joined, syncopation_of)
from .models import HeuristicResult


def h001_compound_pulse(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H001"
    if not ctx.triple_or_compound:
        return _r(hid, "not_applicable", evidence=ev.CompoundPulseEvidence(meter_track_level=ctx.meter),
                  notes="only for triple or compound meters")
    pitched = [s for s in _pitched(sl) if len(s.notes)]
    if not [s for s in _pitched(sl)]:
        return _r(hid, "missing_input", notes="needs a bass or other pitched stem in the selection")
    if not pitched:
        return _r(hid, "empty_slice", notes="no pitched notes in the window")
    low = next((s for s in pitched if s.stem == "bass"), min(pitched, key=lambda s: float(np.mean(s.notes.pitch))))
    if not _has_grid(low.notes) or len(sl.grid.beats_s) < 2:
        return _r(hid, "missing_input", notes="the beat grid does not cover this window")
    positions = [sl.grid.position_of(int(b)) for b in low.notes.beat_index]
    strong = [(1.0 if p == 1 else 0.7) for p, sub in zip(positions, low.notes.subdivision) if sub == "beat" and p]
    bass_on_beats = sum(strong) / len(low.notes)
    upper = [s for s in pitched if s is not low] + [s for s in sl.stems.values() if s.is_drums and len(s.notes)]
    up_pos = [(sl.grid.position_of(int(b)), sub) for s in upper for b, sub in zip(s.notes.beat_index, s.notes.subdivision)]
    harmonic_off = (sum(1 for p, sub in up_pos if not (p == 1 and sub == "beat")) / len(up_pos)) if up_pos else 0.5
    sync, _ = syncopation_of(low.notes, last_beat(sl))
    score = (0.55 * bass_on_beats + 0.45 * harmonic_off) * (1.0 - 0.5 * sync)
    return _r(hid, "ok", score, ev.CompoundPulseEvidence(
        low_stem=low.stem, bass_on_beats=round(bass_on_beats, 3), upper_off_downbeat_share=round(harmonic_off, 3),
        bass_syncopation=round(sync, 3), meter_track_level=ctx.meter))


def h002_backbeat(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    """Snare on the beats *between* the kick's beats, accented. Judged against the kick pattern of
    this window, not against estimated bar positions: a downbeat estimate one beat off must not turn
    a backbeat into a front beat."""
    hid = "H002"
    if "drums" not in sl.stems:
        return _r(hid, "missing_input", notes="needs the drums stem in the selection")
    if ctx.triple_or_compound:
        return _r(hid, "not_applicable", evidence=ev.BackbeatEvidence(meter_track_level=ctx.meter),
                  notes="a backbeat is a duple feel")
    drums = sl.stems["drums"].notes
    if not len(drums):
        return _r(hid, "empty_slice", notes="no drum hits in the window")
    on_beat = np.array([sub == "beat" for sub in drums.subdivision]) & (drums.beat_index >= 0)
    kick = on_beat & np.isin(drums.pitch, DRUM_CLASSES["kick"])
    snare = on_beat & np.isin(drums.pitch, SNARE)
    if not on_beat.any():
        return _r(hid, "empty_slice", notes="no drum hits on the beats of this window")
    if kick.any():
        kick_parity = int(np.round(np.mean(drums.beat_index[kick] % 2)))
        back = on_beat & (drums.beat_index % 2 != kick_parity)
        reference = "kick"
    else:  # no kick to lean against: fall back to the bar positions of this window's beats
        pos = np.array([sl.grid.position_of(int(b)) or 0 for b in drums.beat_index])
        back = on_beat & np.isin(pos, (2, 4))
        reference = "bar"
    front = on_beat & ~back
    all_snare = int(np.isin(drums.pitch, SNARE).sum())  # every snare hit in the window, as every heuristic counts it
    snare_share = float((snare & back).sum() / snare.sum()) if snare.any() else 0.0
    v_back = float(drums.velocity[back].mean()) if back.any() else 0.0
    v_front = float(drums.velocity[front].mean()) if front.any() else 1.0
    accent = v_back / max(v_front, 1.0)
    score = 0.75 * snare_share + 0.25 * min(1.0, max(0.0, accent - 0.5))
    return _r(hid, "ok", score, ev.BackbeatEvidence(
        snare_hits=all_snare, snare_on_beats=int(snare.sum()), snare_between_kicks_share=round(snare_share, 3),
        accent_ratio_back_vs_front=round(accent, 3), judged_against=reference, meter_track_level=ctx.meter))


def h003_offbeat_density(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H003"
    groups = sl.all_notes()
    if not groups:
        return _r(hid, "empty_slice", notes="no notes in the window")
    subs = [sub for _, n in groups for sub in n.subdivision]
    known = [s for s in subs if s is not None]
    if not known:
        return _r(hid, "missing_input", notes="notes have no beat positions (the beat grid is missing)")
    off = sum(1 for s in known if s != "beat")
    per_stem = {name: round(sum(1 for s in n.subdivision if s not in (None, "beat")) / len(n), 3) for name, n in groups}
    return _r(hid, "ok", off / len(known), ev.OffbeatEvidence(onsets=len(known), offbeat_onsets=off, per_stem=per_stem))


def lock_onsets(s: StemSlice, partner: str) -> np.ndarray:
    """The onsets of ``s`` that a lock with ``partner`` is judged against. A kit locks with a bass
    through its kick, and with anything else through kick and snare: hi-hats on every eighth would
    make almost any part look locked."""
    if not s.is_drums:
        return distinct_onsets(_line_notes(s)[0])
    keys = DRUM_CLASSES["kick"] if partner == "bass" else DRUM_CLASSES["kick"] + DRUM_CLASSES["snare"]
    return distinct_onsets(s.notes.time_s[np.isin(s.notes.pitch, keys)])


def _line_notes(s: StemSlice) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(starts, ends, pitches) of a pitched part's notes in time order; a voice's with each restart joined to the note
    it restarts (common.restarts_joined): a singer's long notes read in pieces put every piece among her starts, each
    "struck while the note before still rings", so her long notes 20 ms behind the keys' downbeats were
    read in time, their offset left unresolved (round 114's dk04, dev)."""
    order, end = _line_order(s)
    return s.notes.time_s[order], end, s.notes.pitch[order]


def _line_order(s: StemSlice) -> tuple[np.ndarray, np.ndarray]:
    """The indices into ``s.notes`` of :func:`_line_notes`' notes (a voice's restarts left out), and their ends."""
    order = np.argsort(s.notes.time_s, kind="stable")
    end = (s.notes.time_s + s.notes.duration_s)[order]
    if s.stem == "vocals" and len(order):
        keep, end = restarts_joined(s.notes.time_s[order], end, s.notes.pitch[order], s.frames)
        order, end = order[keep], end[keep]
    return order, end


def lock_pair(a: StemSlice, b: StemSlice, tol_s: float) -> ev.LockPair:
    """How b's onsets land against a's: coincidence, and b's offset from a (ms, positive = behind)."""
    ta, tb = lock_onsets(a, b.stem), lock_onsets(b, a.stem)
    out = ev.LockPair(pair=[a.stem, b.stem], onsets=[int(len(ta)), int(len(tb))],
                      reference="kick" if a.is_drums and b.stem == "bass" else ("kick and snare" if a.is_drums else a.stem))
    if not len(ta) or not len(tb):
        return out
    # one-to-one: each onset of a partners at most one of b (two bass notes near one kick are one match),
    # so the rate is at most 1
    matching = mir_eval.util.match_events(ta, tb, tol_s)
    offs = np.array([tb[j] - ta[i] for i, j in matching]) * 1000.0
    out.matched, out.coincidence_rate = len(matching), round(float(len(matching) / min(len(ta), len(tb))), 3)
    if not b.is_drums and len(matching):
        # a note struck while the one before still rings has no clean start to place (eval/README.md,
        # "restruck notes under a ringing tail": 1-32 ms late by sound): the offset rests on the notes that
        # start out of quiet where there are enough of them
        quiet = starts_out_of_quiet(b, np.array([tb[j] for _, j in matching]))
        out.clean_starts = int(quiet.sum())
        if quiet.sum() >= MIN_CLEAN_STARTS:
            offs = offs[quiet]
    if len(offs):
        out.offset_ms, out.mean_offset_ms = round(float(np.median(offs)), 2), round(float(offs.mean()), 2)
    if len(offs) > 1:
        q75, q25 = np.percentile(offs, [75, 25])
        out.jitter_ms = round(float(q75 - q25) / 1.349, 2)  # robust spread (IQR as a standard deviation)
    if not a.is_drums and not b.is_drums and len(a.notes) and len(b.notes):
        out.same_pitch_rate = same_pitch_rate(a, b, tol_s)
    return out


RING_GAP_S = 0.03  # a note starts out of quiet when the one before ended at least this long before it
VOICE_HANDOVER_S = 0.06  # a voice's note on a new pitch starts out of the one before overlapping it this long at most
MIN_CLEAN_STARTS = 4  # ... and an offset rests on those when there are this many


def offset_placed(pair: ev.LockPair) -> bool:
    """Whether the pair's offset rests on starts that can be placed: a kit, or a part with at least
    MIN_CLEAN_STARTS coinciding notes that start out of quiet (a feel word is named only then)."""
    return pair.clean_starts is None or pair.clean_starts >= MIN_CLEAN_STARTS


def starts_out_of_quiet(s: StemSlice, onsets: np.ndarray) -> np.ndarray:
    """For each onset of ``s``: whether the part was quiet just before it (the previous note had ended
    RING_GAP_S earlier, or its frames fell silent just before it however far the transcription ran that note on:
    common.fell_silent), rather than struck under a ringing note. A voice sings one pitch at a time: her note on a new
    pitch, the note before hers overlapping it by VOICE_HANDOVER_S at most (the transcription's release of it), starts
    out of that note (her long notes each 20 ms behind the keys' downbeats, her last one's release read 20-30 ms into
    the next, were "struck while the note before still rings": round 119's dp05, dev)."""
    t, end, pitch = _line_notes(s)
    out = np.ones(len(onsets), bool)
    for k, x in enumerate(onsets):
        earlier = t < x - CHORD_S
        before = end[earlier]
        handed = False
        if s.stem == "vocals" and len(before):
            last = int(np.flatnonzero(earlier)[-1])
            now = np.flatnonzero(np.abs(t - x) <= CHORD_S)
            handed = float(before.max()) <= x + VOICE_HANDOVER_S and len(now) > 0 and \
                int(pitch[now[0]]) != int(pitch[last])
        out[k] = not len(before) or float(before.max()) < x - RING_GAP_S or handed or \
            fell_silent(s.frames, float(x), float(t[earlier].max()))
    return out


def same_pitch_rate(a: StemSlice, b: StemSlice, tol_s: float) -> float | None:
    """Of b's notes that start with one of a's, the share whose pitch class a sounds there too (a
    doubling in unison or octaves, rather than two parts sharing a rhythm)."""
    same = matched = 0
    for t, pitch in zip(b.notes.time_s, b.notes.pitch):
        near = np.abs(a.notes.time_s - t) <= tol_s
        if near.any():
            matched += 1
            same += int(pitch % 12 in set((a.notes.pitch[near] % 12).tolist()))
    return round(same / matched, 3) if matched else None


def h004_cross_stem_lock(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    """Every pair's lock; the reported pair is the rhythm section's (bass against the kick) when both
    play, else the pair with the most coinciding onsets. Frames pick another pair when the question
    names one: every pair's figures are here."""
    hid = "H004"
    active = _two_playing(sl, hid)
    if isinstance(active, HeuristicResult):
        return active
    period = sl.grid.period_s
    tol = min(0.08, 0.25 * period) if period else 0.08  # never more than a quarter beat: no impossible offsets
    pairs = [lock_pair(a, b, tol) for i, a in enumerate(active) for b in active[i + 1:]]
    pairs = [p for p in pairs if p.onsets[0] and p.onsets[1]]
    if not pairs:
        return _r(hid, "empty_slice", notes="no pair of selected stems has onsets to compare in the window")
    rhythm = next((p for p in pairs if set(p.pair) == {"drums", "bass"}), None)
    best = rhythm if rhythm is not None and rhythm.matched else max(pairs, key=lambda p: p.matched)
    return _r(hid, "ok", lock_score(best), ev.LockEvidence(
        **best.model_dump(), tolerance_ms=round(tol * 1000, 1), pairs=pairs,
        chosen_because="bass against kick" if best is rhythm else "most coinciding onsets"),
        notes=f"offset = when {best.pair[1]} lands relative to {best.pair[0]} (positive: behind)")


def lock_score(pair: ev.LockPair) -> float:
    """0..1: how many onsets coincide, discounted by their timing spread."""
    return pair.coincidence_rate * math.exp(-(pair.jitter_ms or 0.0) / 25.0)


def h005_syncopation(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H005"
    groups = sl.all_notes()
    if not groups:
        return _r(hid, "empty_slice", notes="no notes in the window")
    if not any(_has_grid(n) for _, n in groups):
        return _r(hid, "missing_input", notes="notes have no beat positions (the beat grid is missing)")
    per_stem, total, count = {}, 0.0, 0
    for name, n in groups:
        s, c = syncopation_of(n, last_beat(sl))
        per_stem[name] = round(s, 3)
        total += s * c
        count += c
    return _r(hid, "ok", total / count if count else 0.0, ev.SyncopationEvidence(per_stem=per_stem, onsets=count))


def h009_microtiming(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H009"
    groups = sl.all_notes()
    if not groups:
        return _r(hid, "empty_slice", notes="no notes in the window")
    offs = np.concatenate([n.offset_ms[~np.isnan(n.offset_ms)] for _, n in groups])
    if not len(offs):
        return _r(hid, "missing_input", notes="notes have no grid offsets (the beat grid is missing)")
    spread = float(np.std(offs))
    return _r(hid, "ok", math.exp(-spread / 20.0), ev.MicrotimingEvidence(
        onsets=int(len(offs)), mean_offset_ms=round(float(np.mean(offs)), 2), spread_ms=round(spread, 2),
        per_stem_mean_offset_ms={name: round(float(np.nanmean(n.offset_ms)), 2) for name, n in groups
                                 if not np.all(np.isnan(n.offset_ms))}))


VOICE_TRIM_SHARE = 0.8  # of her sung starts, those nearest her typical place, read for her spread


def h015_vocal_alignment(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H015"
    if "vocals" not in sl.stems:
        return _r(hid, "missing_input", notes="needs the vocals stem in the selection")
    vocals = sl.stems["vocals"]
    if not len(vocals.notes):
        return _r(hid, "empty_slice", notes="no vocal notes in the window")
    # a sung note's starts: a long note transcribed in pieces is one start, not one per piece (each piece's offset is
    # wherever its vibrato or level moved: ft_swing_g1208's on-the-grid duplets read "loose", a spread of 40-60 ms
    # over every piece, 6-18 ms over the notes she sings -- the forty-seventh session's sweep, dev)
    offs = vocals.notes.offset_ms[_line_order(vocals)[0]]
    offs = offs[~np.isnan(offs)]
    if not len(offs):
        return _r(hid, "missing_input", notes="vocal notes have no grid offsets (the beat grid is missing)")
    # her typical place: the median of her starts' offsets, and their spread about it over the VOICE_TRIM_SHARE of them
    # nearest it. A few starts the transcription misplaces (a scoop read as the start, an eighth taken for the next
    # sixteenth's slot) called a steady singer 45 ms behind the band "loose", 13 of 26 windows of eval.vocal_place's
    # late copies; the median absolute deviation instead called real singers' syncopated lines loose (MusicDelta
    # Beatles and Country1, 4 of 14 windows: starts spread evenly between the slots). The forty-eighth session, dev.
    mean = float(np.median(offs))
    near = np.abs(offs - mean) <= np.quantile(np.abs(offs - mean), VOICE_TRIM_SHARE)
    spread = float(np.sqrt(np.mean((offs[near] - mean) ** 2)))
    tight = float(np.mean(np.abs(offs) <= 30.0))
    feel = "loose" if spread > 35 else ("late" if mean > 15 else ("early" if mean < -15 else "on the grid"))
    return _r(hid, "ok", tight, ev.VocalAlignmentEvidence(onsets=int(len(offs)), mean_offset_ms=round(mean, 2),
                                                           spread_ms=round(spread, 2), within_30ms_share=round(tight, 3),
                                                           feel=feel))
