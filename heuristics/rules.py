"""H001-H015: the registry of window-level heuristics, each a pure function of (WindowSlice, TrackContext).

The heuristics live in four families (timing, harmony, texture, form); each returns a HeuristicResult
whose typed evidence (heuristics.evidence) holds only numbers measured inside the window, with every
track-level input labelled so. None falls back to track-level data when the window has too little:
they answer ``empty_slice`` or ``missing_input`` instead.
"""

from __future__ import annotations

from typing import Callable, Sequence

from analysis.core.types import TrackContext, WindowSlice

from .common import NAMES, _r, chord_pcs  # noqa: F401  (re-exported for frames and generation)
from .form import h012_boundary_proximity, h013_section_contrast
from .harmony import h008_harmonic_rhythm, h010_tonal_stability
from .models import HeuristicResult
from .texture import h006_register_overlap, h007_density, h011_melodic_contour, h014_call_response
from .timing import (h001_compound_pulse, h002_backbeat, h003_offbeat_density, h004_cross_stem_lock, h005_syncopation,
                     h009_microtiming, h015_vocal_alignment, lock_score)

__all__ = ["HEURISTICS", "NAMES", "run_all", "chord_pcs", "lock_score", "h003_offbeat_density", "h004_cross_stem_lock",
           "h006_register_overlap", "h010_tonal_stability"]

HEURISTICS: list[Callable[[WindowSlice, TrackContext], HeuristicResult]] = [
    h001_compound_pulse, h002_backbeat, h003_offbeat_density, h004_cross_stem_lock, h005_syncopation,
    h006_register_overlap, h007_density, h008_harmonic_rhythm, h009_microtiming, h010_tonal_stability,
    h011_melodic_contour, h012_boundary_proximity, h013_section_contrast, h014_call_response, h015_vocal_alignment,
]


def run_all(sl: WindowSlice, ctx: TrackContext,
            heuristics: Sequence[Callable[[WindowSlice, TrackContext], HeuristicResult]] | None = None
            ) -> list[HeuristicResult]:
    """Every heuristic (or the ones a caller reads) on the window, behind two gates that no heuristic may
    get around: a selected stem whose notes failed at ingest makes every heuristic missing_input (naming
    the step and the fix: a failure must never read as silence), and a selection in which nothing sounds
    is empty for all. ``heuristics``: the ones to run (default: HEURISTICS, looked up at call time)."""
    heuristics = HEURISTICS if heuristics is None else heuristics
    failed = {s.stem: s.failure for s in sl.stems.values() if s.failure}
    if failed:
        why = "; ".join(f"{stem}: {reason}" for stem, reason in failed.items())
        note = (f"the notes of {', '.join(failed)} could not be analysed at ingest ({why[:300]}). Fix the cause "
                "(get_track lists the failed step and its reason), then delete the track and load it again")
        return [_r(h.__name__[:4].upper(), "missing_input", notes=note) for h in heuristics]
    if not sl.active_stems():
        return [_r(h.__name__[:4].upper(), "empty_slice", notes="nothing sounds in the selected stems in this window")
                for h in heuristics]
    return [h(sl, ctx) for h in heuristics]
