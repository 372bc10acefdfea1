"""Form: where the track's section boundaries fall in the window, and the contrast across one (H012, H013)."""

from __future__ import annotations

import math

import numpy as np
from analysis.core.types import TrackContext, WindowSlice, distinct_onsets

from . import evidence as ev
from .common import _r
from .models import HeuristicResult


def h012_boundary_proximity(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H012"
    if not ctx.sections:
        return _r(hid, "missing_input", notes="the track has no section analysis")
    w = sl.window
    inside = [b for b in ctx.boundaries_s if w.start_s < b < w.end_s]
    if not inside:
        return _r(hid, "ok", 0.0, ev.BoundaryEvidence(boundary_in_window=False))
    centre = w.start_s + w.duration_s / 2
    nearest = min(inside, key=lambda b: abs(b - centre))
    return _r(hid, "ok", 1.0 - abs(nearest - centre) / (w.duration_s / 2),
              ev.BoundaryEvidence(boundary_in_window=True, boundary_s=w.round_time(nearest), boundaries=len(inside),
                                  position_in_window=round((nearest - w.start_s) / w.duration_s, 3)))


def h013_section_contrast(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H013"
    w = sl.window
    inside = [b for b in ctx.boundaries_s if w.start_s + 1.0 < b < w.end_s - 1.0]
    if not inside:
        return _r(hid, "not_applicable", notes="no section boundary with a second or more on each side in the window")
    if not sl.active_stems():
        return _r(hid, "empty_slice", notes="nothing sounds in the window")
    centre = w.start_s + w.duration_s / 2
    b = min(inside, key=lambda x: abs(x - centre))
    sides = {}
    for side, (lo, hi) in {"before": (w.start_s, b), "after": (b, w.end_s)}.items():
        power, onsets, off, count = [], 0, 0, 0
        for s in sl.stems.values():
            f = s.frames
            m = (f.time_s >= lo) & (f.time_s < hi)
            power.append(float(np.mean(10 ** (f.energy_db[m] / 10))) if m.any() else 0.0)
            nm = (s.notes.time_s >= lo) & (s.notes.time_s < hi)
            onsets += len(distinct_onsets(s.notes.time_s[nm]))
            subs = [sub for sub, k in zip(s.notes.subdivision, nm) if k and sub is not None]
            off += sum(1 for sub in subs if sub != "beat")
            count += len(subs)
        sides[side] = {"energy_db": round(10 * math.log10(sum(power) + 1e-12), 2),
                       "onsets_per_s": round(onsets / (hi - lo), 3), "offbeat_share": round(off / count, 3) if count else 0.0}
    de = sides["after"]["energy_db"] - sides["before"]["energy_db"]
    dd = sides["after"]["onsets_per_s"] - sides["before"]["onsets_per_s"]
    dr = sides["after"]["offbeat_share"] - sides["before"]["offbeat_share"]
    denom = max(sides["after"]["onsets_per_s"], sides["before"]["onsets_per_s"], 1e-6)
    score = 0.5 * min(1.0, abs(de) / 6.0) + 0.3 * min(1.0, abs(dd) / denom) + 0.2 * min(1.0, abs(dr) * 2)
    return _r(hid, "ok", score, ev.ContrastEvidence(
        boundary_s=w.round_time(b), before=ev.SideEvidence(**sides["before"]), after=ev.SideEvidence(**sides["after"]),
        energy_change_db=round(de, 2), density_change_per_s=round(dd, 3), offbeat_change=round(dr, 3)))
