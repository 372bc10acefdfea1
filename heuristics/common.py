"""What every heuristic family shares: the result constructor, stem ordering and gates, phrase and
onset helpers, key profiles. Each family (timing, harmony, texture, form) imports from here."""

from __future__ import annotations

import numpy as np

from analysis.core.vocabulary import DRUM_CLASSES, chord_tones, key_name
from analysis.core.types import Notes, StemSlice, WindowSlice

from .evidence import Evidence
from .models import NAMES, RESULT_TYPES, HeuristicResult  # noqa: F401  (NAMES re-exported)

STEM_ORDER = ("drums", "bass", "guitar", "piano", "other", "vocals", "mix")
SNARE = DRUM_CLASSES["snare"]
# Krumhansl-Kessler key profiles
KK_MAJOR = np.array([6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88])
KK_MINOR = np.array([6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17])


def _r(hid: str, status: str, score: float | None = None, evidence: Evidence | None = None,
       notes: str = "") -> HeuristicResult:
    if score is not None:
        score = round(float(min(1.0, max(0.0, score))), 4)
    return RESULT_TYPES[hid](heuristic_id=hid, status=status, score=score if status == "ok" else None,
                           evidence=evidence or Evidence(), notes=notes)


def _ordered(sl: WindowSlice) -> list[StemSlice]:
    return sorted(sl.stems.values(), key=lambda s: STEM_ORDER.index(s.stem) if s.stem in STEM_ORDER else 99)


def _two_playing(sl: WindowSlice, hid: str) -> list[StemSlice] | HeuristicResult:
    """The selected stems with notes in the window, or the status saying why a pairwise measure can't run."""
    if len(sl.stems) < 2:
        return _r(hid, "missing_input", notes="needs two or more stems in the selection")
    active = [s for s in _ordered(sl) if len(s.notes)]
    if len(active) < 2:
        return _r(hid, "empty_slice", notes="fewer than two selected stems play in the window")
    return active


def _pitched(sl: WindowSlice) -> list[StemSlice]:
    return [s for s in _ordered(sl) if not s.is_drums]


def _has_grid(notes: Notes) -> bool:
    return any(sub is not None for sub in notes.subdivision)


def phrases(notes: Notes, gap_s: float) -> list[tuple[int, int]]:
    """Index ranges [i, j) of notes grouped into phrases separated by rests longer than gap_s."""
    if not len(notes):
        return []
    order = np.argsort(notes.time_s, kind="stable")
    t, d = notes.time_s[order], notes.duration_s[order]
    bounds, start, end = [], 0, t[0] + d[0]
    for i in range(1, len(t)):
        if t[i] - end > gap_s:
            bounds.append((start, i))
            start = i
        end = max(end, t[i] + d[i])
    bounds.append((start, len(t)))
    return bounds


# A singer breathes between lines: a rest of this long in a vocal line ends a phrase, whatever the tempo
# (vocadito's four lines, breaths of 0.52-0.67 s between them and rests of 0.24 s at most inside them, were one
# phrase at a beat of 1.02 s: round 16's h10, dev). An instrument's phrase ends at a rest of about a beat.
BREATH_S = 0.45


def gap_for(sl: WindowSlice, stem: str | None = None) -> float:
    """The rest that ends a phrase: about a beat, and for a voice no longer than a breath (BREATH_S)."""
    period = sl.grid.period_s
    gap = max(0.35, 0.9 * period) if period else 0.5
    return min(gap, BREATH_S) if stem == "vocals" else gap


RESTART_S = 0.05  # a voice's note of the same pitch starting this near its note's end is that note, restarted
# ... unless the voice fell silent just before it -- REATTACK_SILENT_DB under the level it held and under the note's,
# in a frame within REATTACK_SILENT_S before the note's transcribed start: then she let go and sings it anew, however
# the transcription ran on through the gap (a singer's three held D5s, each re-sung on its bar line after 0.19 s of
# silence, -83 dB among -35, were read as one note over two bars, her second entry lost: round 116's dm02, dev)
REATTACK_SILENT_DB, REATTACK_SILENT_S, SILENT_AFTER_S = 20.0, 0.1, 0.11


def fell_silent(f, at_s: float, since_s: float) -> bool:
    """The voice (its Frames ``f``) fell silent in the REATTACK_SILENT_S before ``at_s``, after holding the note that
    started at ``since_s``, and sounds again in the SILENT_AFTER_S after it (REATTACK_SILENT_DB under both)."""
    gap = f.energy_db[(f.time_s >= at_s - REATTACK_SILENT_S) & (f.time_s < at_s)]
    held = f.energy_db[(f.time_s >= since_s) & (f.time_s < at_s - REATTACK_SILENT_S)]
    after = f.energy_db[(f.time_s >= at_s) & (f.time_s < at_s + SILENT_AFTER_S)]
    return bool(len(gap) and len(held) and len(after)) and \
        float(gap.min()) <= min(float(held.max()), float(after.max())) - REATTACK_SILENT_DB


def restarts_joined(start: np.ndarray, end: np.ndarray, pitch: np.ndarray, frames=None
                    ) -> tuple[np.ndarray, np.ndarray]:
    """A voice's notes (in time order) with each restart joined to the note it restarts: a note of the same pitch
    starting within RESTART_S of that note's end is the same sung note, split where its vibrato or level moved --
    unless her ``frames`` say she fell silent just before it (:func:`fell_silent`). Returns which notes are kept (the
    first of each joined run) and every note's end (a kept note's: the run's)."""
    keep = np.ones(len(start), bool)
    end = np.asarray(end, dtype=float).copy()
    for j in range(1, len(start)):
        held = np.flatnonzero(keep[:j] & (pitch[:j] == pitch[j]) & (np.abs(end[:j] - start[j]) < RESTART_S))
        if len(held) and (frames is None or not fell_silent(frames, float(start[j]), float(start[held[-1]]))):
            i = held[-1]
            end[i], keep[j] = max(end[i], end[j]), False
    return keep, end


def nearest_offsets(ref: np.ndarray, times: np.ndarray) -> np.ndarray:
    """For each of ``times``, its signed distance (s) to the nearest of the sorted ``ref``."""
    idx = np.searchsorted(ref, times)
    lo, hi = np.clip(idx - 1, 0, len(ref) - 1), np.clip(idx, 0, len(ref) - 1)
    d_lo, d_hi = times - ref[lo], times - ref[hi]
    return np.where(np.abs(d_lo) <= np.abs(d_hi), d_lo, d_hi)


def syncopation_of(notes: Notes, last_beat_index: int | None = None) -> tuple[float, int]:
    """(weighted share of syncopated onsets, onsets counted): an off-beat onset whose following beat
    has no onset in the same part carries its accent over the beat. An off-beat onset whose following
    beat lies past the window's last beat is not counted at all (what follows it is not in the window)."""
    onsets = [(b, sub) for b, sub in zip(notes.beat_index, notes.subdivision) if sub is not None and b >= 0
              and (last_beat_index is None or sub == "beat" or b + 1 <= last_beat_index)]
    if not onsets:
        return 0.0, 0
    on_beat = {b for b, sub in onsets if sub == "beat"}
    weight = {"8th": 1.0, "triplet": 0.8, "16th": 0.6}
    total = sum(weight.get(sub, 0.0) for b, sub in onsets if sub != "beat" and (b + 1) not in on_beat)
    return total / len(onsets), len(onsets)


def last_beat(sl: WindowSlice) -> int | None:
    return int(sl.grid.beat_index[-1]) if len(sl.grid.beat_index) else None


def pc_durations(pitches: np.ndarray, durations: np.ndarray) -> np.ndarray:
    """(12,) the notes' lengths summed by pitch class (C first)."""
    hist = np.zeros(12)
    np.add.at(hist, np.asarray(pitches, dtype=int) % 12, np.asarray(durations, dtype=float))
    return hist


def pc_histogram(notes_list: list[Notes]) -> np.ndarray:
    return sum((pc_durations(n.pitch, n.duration_s) for n in notes_list), np.zeros(12))


def window_key(hist: np.ndarray) -> tuple[str | None, float]:
    """Krumhansl-Schmuckler: the best-correlating of the 24 keys for this window's pitch classes."""
    if hist.sum() <= 0 or np.count_nonzero(hist) < 3:
        return None, 0.0
    best = (None, -1.0)
    for tonic in range(12):
        for profile, mode in ((KK_MAJOR, "major"), (KK_MINOR, "minor")):
            r = float(np.corrcoef(hist, np.roll(profile, tonic))[0, 1])
            if r > best[1]:
                best = (key_name(tonic, mode), r)
    return best


def chord_pcs(label: str) -> set[int] | None:
    """Pitch classes of a chord label, None for no-chord / unknown."""
    return chord_tones(label) or None


def _subset(n: Notes, mask: np.ndarray) -> Notes:
    return Notes(n.time_s[mask], n.duration_s[mask], n.pitch[mask], n.velocity[mask], n.beat_index[mask],
                 n.offset_ms[mask], tuple(s for s, m in zip(n.subdivision, mask) if m))
