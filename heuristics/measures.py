"""Per-stem measurements inside the window."""

from __future__ import annotations

import numpy as np

from analysis.core.vocabulary import DRUM_CLASSES, SILENT_FRAME_DB as SILENT_DB
from analysis.core.types import StemSlice, WindowSlice

from .models import StemWindowStats


def energy_shape(times: np.ndarray, energy_db: np.ndarray) -> str | None:
    """rising / falling / steady / swell (peak inside) / dip (trough inside), from audible frames."""
    if len(energy_db) < 4:
        return None
    thirds = np.array_split(energy_db, 3)
    first, mid, last = (float(np.mean(t)) for t in thirds)
    if mid - max(first, last) > 3.0:
        return "swell"
    if min(first, last) - mid > 3.0:
        return "dip"
    if last - first > 3.0:
        return "rising"
    if first - last > 3.0:
        return "falling"
    return "steady"


def register_of(mean_pitch: float) -> str:
    return "low" if mean_pitch < 48 else ("mid" if mean_pitch < 72 else "high")


def stem_stats(s: StemSlice, start_s: float, duration_s: float) -> StemWindowStats:
    weak = "piano" in s.stem and "poorly" in s.origin
    confidence = ("separated by htdemucs_6s, whose piano stem is known to be weak" if weak else None)
    if s.stem == "mix":  # a mix loaded unseparated: its origin says why, and what fixes it
        confidence = s.origin
    if s.failure:
        confidence = f"its notes could not be analysed at ingest ({s.failure[:200]})"
    frames = s.frames
    sounding = frames.energy_db > SILENT_DB
    bleed = round(float(np.mean(frames.bleed[sounding])), 3) if sounding.any() else None
    spill = round(float(np.mean(frames.spill[sounding])), 3) if sounding.any() and frames.spill_measured else None
    if not s.active:
        return StemWindowStats(stem=s.stem, empty=True, confidence_note=confidence, bleed_ratio=bleed, spill_ratio=spill)
    notes = s.notes
    audible = frames.audible()
    pitched = len(notes) > 0 and not s.is_drums
    onsets = notes.onset_times()
    out = StemWindowStats(
        stem=s.stem, empty=False, note_count=len(notes), onset_rate_hz=round(len(onsets) / duration_s, 3),
        confidence_note=confidence, bleed_ratio=bleed, spill_ratio=spill)
    if len(onsets):
        out.late_hit_share = round(float(np.mean(onsets >= start_s + 0.75 * duration_s)), 3)
    if s.is_drums and len(notes):
        counts = {c: int(np.isin(notes.pitch, keys).sum()) for c, keys in DRUM_CLASSES.items()}
        out.drum_hits = {c: n for c, n in counts.items() if n}
    if pitched:
        out.pitch_range = [int(notes.pitch.min()), int(notes.pitch.max())]
        out.mean_pitch = round(float(np.average(notes.pitch, weights=notes.duration_s + 1e-3)), 2)
        out.register_band = register_of(out.mean_pitch)
    if len(audible):
        out.active_ratio = round(float(np.mean(audible)), 3)
    if audible.any():
        out.energy_db = round(float(np.mean(frames.energy_db[audible])), 2)
        out.energy_shape = energy_shape(frames.time_s[audible], frames.energy_db[audible])
        out.spectral_centroid_hz = round(float(np.mean(frames.centroid_hz[audible])), 1)
        if not s.is_drums:
            out.voiced_ratio = round(float(np.mean(frames.pitch_hz[audible] > 0)), 3)
    return out


def all_stem_stats(sl: WindowSlice) -> list[StemWindowStats]:
    return [stem_stats(s, sl.window.start_s, sl.window.duration_s) for s in sl.stems.values()]
