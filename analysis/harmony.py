"""Chords from notes: what the given parts spell, beat by beat, smoothed over the bar.

The same function serves the track (every pitched stem, at ingest) and a window (only the selected
stems, at query time), so a window's harmony never comes from stems that were not selected. Each beat's
pitch classes (weighted by how long and how loud each note sounds in it) are matched against chord
templates (triads, sevenths, sus, power chords; the lowest sounding note votes for the root), and a
Viterbi pass keeps a chord until the notes say otherwise, changing more readily on a downbeat.

Notes carry their stem so that a lone melody is recognised: its chords are *implied* (one note at a
time outlines a harmony; it does not play one), and their confidence is lowered accordingly.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .core.types import Chord, Notes
from .core.vocabulary import CHORD_QUALITIES, chord_label

# Scoring (fitted on the calibration progressions of eval/truth.py): weight inside the template counts
# +1, outside it OUTSIDE_PENALTY; each template tone that does not sound costs MISSING_PENALTY; the bass
# note on the root earns BASS_ROOT_BONUS, on another chord tone BASS_TONE_BONUS. Richer chords pay
# QUALITY_COST so a plain triad wins unless its extra tone really sounds.
OUTSIDE_PENALTY = 0.8
MISSING_PENALTY = 0.25
BASS_ROOT_BONUS = 0.35
BASS_TONE_BONUS = 0.1
QUALITY_COST = {"maj": 0.0, "min": 0.0, "7": 0.1, "maj7": 0.1, "min7": 0.1, "sus4": 0.12, "sus2": 0.14,
                "5": 0.14, "dim": 0.15, "aug": 0.18}
STAY_BONUS = 0.25  # per beat, for keeping the chord
DOWNBEAT_DISCOUNT = 0.6  # a change on a downbeat costs this share of the stay bonus
PRESENT = 0.08  # a pitch class weighing less than this share of the beat does not "sound"
LINE_WEIGHT = 0.5  # a single line (one note at a time) weighs less than chords: it passes through non-chord tones

_TEMPLATES = [(root, q) for root in range(12) for q in CHORD_QUALITIES if q in QUALITY_COST]  # (not the chart's 6)


LINE_PARTS = ("vocals", "bass")  # parts that sing or play one line (a backing harmony is still voices, not chords)


def is_line(part: Notes) -> bool:
    """True when the part plays one note at a time (a melody or a bass line), not chords."""
    if len(part.time_s) < 3:
        return True
    order = np.argsort(part.time_s)
    starts, ends = part.time_s[order], (part.time_s + part.duration_s)[order]
    overlapping = np.sum(starts[1:] < ends[:-1] - 0.05)  # a note starting well before the previous ends
    return overlapping <= 0.2 * (len(starts) - 1)


def _beat_profiles(parts: list[Notes], edges: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per segment: pitch-class weights (12), the bass pitch-class weights (12), the sounding share of
    the segment, and the most notes sounding at once. The lowest part is the bass line and keeps its
    weight; any other single line weighs LINE_WEIGHT."""
    n = len(edges) - 1
    lowest = min(parts, key=lambda p: float(np.mean(p.pitch)) if len(p.pitch) else 1e9).stem if parts else None
    line_weight = {p.stem: LINE_WEIGHT if p.stem != lowest and len(parts) > 1 and is_line(p) else 1.0 for p in parts}
    # a lone melody has no bass under it: its notes imply a chord, never an inversion
    no_bass = len(parts) == 1 and parts[0].stem != "bass" and is_line(parts[0])
    single = {p.stem: p.stem in LINE_PARTS or is_line(p) for p in parts}
    pcs, bass = np.zeros((n, 12)), np.zeros((n, 12))
    sounding, poly = np.zeros(n), np.zeros(n)
    for k in range(n):
        a, b = edges[k], edges[k + 1]
        lows: list[tuple[int, float]] = []
        covered = []
        probes = a + (np.arange(POLY_POINTS) + 0.5) * (b - a) / POLY_POINTS  # notes sounding at once anywhere in
        at_probe = np.zeros(POLY_POINTS, int)  # the beat: chords struck off the beat are still chords
        for part in parts:
            if not len(part.time_s):
                continue
            end = part.time_s + part.duration_s
            m = (part.time_s < b) & (end > a)
            if not m.any():
                continue
            overlap = np.minimum(end[m], b) - np.maximum(part.time_s[m], a)
            weight = overlap / (b - a) * (0.4 + 0.6 * part.velocity[m] / 127.0) * line_weight[part.stem]
            np.add.at(pcs[k], part.pitch[m] % 12, weight)
            if not no_bass:
                lows.extend(zip(part.pitch[m].tolist(), overlap.tolist()))
            covered.extend(zip(np.maximum(part.time_s[m], a).tolist(), np.minimum(end[m], b).tolist()))
            at_once = ((part.time_s[m][:, None] <= probes) & (end[m][:, None] > probes)).sum(axis=0)
            # a line sounds one note at a time, whatever its transcription overlaps (a voice's glides and
            # vibrato read as notes restarted under the last): a sung line alone implies its chords
            at_probe += np.minimum(at_once, 1) if single[part.stem] else at_once
        if lows:
            lowest = min(p for p, _ in lows)
            for p, dur in lows:  # the lowest line: notes within a fifth of the lowest, by duration
                if p - lowest <= 7:
                    bass[k, p % 12] += dur / (b - a) * (1.0 if p == lowest else 0.5)
        if covered:
            sounding[k] = _union_length(covered) / (b - a)
            poly[k] = at_probe.max()
    return pcs, bass, sounding, poly


def _union_length(spans: list[tuple[float, float]]) -> float:
    total, end = 0.0, -np.inf
    for a, b in sorted(spans):
        if b <= end:
            continue
        total += b - max(a, end)
        end = b
    return total


def _template_scores(pcs: np.ndarray, bass: np.ndarray) -> np.ndarray:
    """(segments, templates) scores; rows with no notes score 0 everywhere."""
    total = pcs.sum(axis=1, keepdims=True)
    w = np.divide(pcs, total, out=np.zeros_like(pcs), where=total > 0)
    bw_total = bass.sum(axis=1, keepdims=True)
    bw = np.divide(bass, bw_total, out=np.zeros_like(bass), where=bw_total > 0)
    present = w >= PRESENT
    out = np.zeros((len(pcs), len(_TEMPLATES)))
    for j, (root, q) in enumerate(_TEMPLATES):
        tones = [(root + i) % 12 for i in CHORD_QUALITIES[q]]
        mask = np.zeros(12, bool)
        mask[tones] = True
        inside = w[:, mask].sum(axis=1)
        missing = (~present[:, mask]).sum(axis=1)
        out[:, j] = (inside - OUTSIDE_PENALTY * (1.0 - inside) - MISSING_PENALTY * missing
                     + BASS_ROOT_BONUS * bw[:, root] + BASS_TONE_BONUS * (bw[:, mask].sum(axis=1) - bw[:, root])
                     - QUALITY_COST[q])
    out[total[:, 0] <= 0] = 0.0
    return out


POLY_POINTS = 8  # where in each beat the notes sounding at once are counted


def chord_spans(parts: list[Notes], beats_s, start_s: float, end_s: float, downbeats_s=()) -> list[Chord]:
    """Chords over [start_s, end_s) from ``parts``' notes, beat by beat.

    Returns
    -------
    list of Chord
        ``start_s``, ``end_s``, ``label`` (mir_eval syntax, ``N`` where nothing sounds), ``confidence``
        (0..1: how clearly the best template beats the next and how much of the span sounds) and
        ``implied`` (True where only one note at a time sounds: a melody outlining the harmony).
    """
    beats = np.asarray([b for b in np.asarray(beats_s, dtype=float) if start_s < b < end_s])
    edges = np.r_[start_s, beats, end_s]
    if len(edges) < 2 or end_s <= start_s:
        return []
    pcs, bass, sounding, poly = _beat_profiles(parts, edges)
    scores = _template_scores(pcs, bass)
    n, m = scores.shape
    silent = pcs.sum(axis=1) <= 0
    # Viterbi over templates; silent segments are "N" and break nothing
    downbeats = np.asarray(downbeats_s, dtype=float)
    on_downbeat = np.array([len(downbeats) > 0 and float(np.min(np.abs(downbeats - e))) < 1e-3 for e in edges[:-1]])
    # the harmony changes only where a note starts: a beat inside held notes keeps the chord it had
    starts = np.concatenate([p.time_s for p in parts]) if parts else np.zeros(0)
    struck = np.array([bool(np.any((starts >= a - 0.03) & (starts < b - 0.03))) for a, b in zip(edges[:-1], edges[1:])])
    best = np.zeros((n, m))
    back = np.zeros((n, m), dtype=int)
    best[0] = scores[0]
    for k in range(1, n):
        stay = STAY_BONUS * (DOWNBEAT_DISCOUNT if on_downbeat[k] else 1.0)
        prev = best[k - 1]
        j_best = int(np.argmax(prev))
        keep = prev + stay
        change = prev[j_best]
        choose_keep = (keep >= change) | (not struck[k] and not silent[k - 1])
        best[k] = np.where(choose_keep, keep, change) + scores[k]
        back[k] = np.where(choose_keep, np.arange(m), j_best)
    path = np.zeros(n, dtype=int)
    path[-1] = int(np.argmax(best[-1]))
    for k in range(n - 1, 0, -1):
        path[k - 1] = back[k, path[k]]
    out: list[dict] = []
    for k in range(n):
        a, b = float(edges[k]), float(edges[k + 1])
        if silent[k]:
            label, conf, implied = "N", 0.0, False
        else:
            root, q = _TEMPLATES[path[k]]
            implied = bool(poly[k] <= 1)
            # a single line has no bass under it: the chord it implies has no inversion
            bass_pc = int(np.argmax(bass[k])) if bass[k].sum() > 0 and not implied else None
            label = chord_label(root, q, bass_pc if bass_pc is not None and bass_pc != root and
                                bass_pc in {(root + i) % 12 for i in CHORD_QUALITIES[q]} else None)
            row = np.sort(scores[k])[::-1]
            margin = float(np.clip((row[0] - row[1]) / 0.3, 0.0, 1.0))
            conf = float(np.clip((0.5 + 0.5 * margin) * sounding[k] * (0.5 if implied else 1.0), 0.0, 1.0))
        if out and out[-1]["label"] == label and abs(out[-1]["end_s"] - a) < 1e-9:
            prev = out[-1]
            span_prev, span = prev["end_s"] - prev["start_s"], b - a
            prev["confidence"] = (prev["confidence"] * span_prev + conf * span) / (span_prev + span)
            prev["implied"] = prev["implied"] and implied
            prev["end_s"] = b
        else:
            out.append({"start_s": a, "end_s": b, "label": label, "confidence": conf, "implied": implied})
    return [Chord(c["start_s"], c["end_s"], c["label"], round(c["confidence"], 3), c["implied"]) for c in out]
