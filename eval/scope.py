"""Window scope, checked on raw values: every time, offset and count a window result carries.

    scope_violations(result_dump, window, limits) -> list of "field=value: why" strings

Nothing here clamps or rounds: heuristics report raw measurements (``Window.round_time`` only rounds to
the millisecond and never across an edge), so a value from outside the window shows up as itself.

- a time (a field named ``*_s``; not a rate ``*_per_s``, a duration or a bar length) must lie in
  [start_s, end_s];
- an onset-to-beat or cross-stem offset (``*offset_ms``) can never exceed half the window's beat
  period: past that, a note is nearer another beat (or another onset), so such a value can only come
  from a beat or an onset outside the window;
- a count of events (``onsets``, ``matched``, ``notes_counted``, ``note_count``, ``snare_hits``,
  ``handoffs``, ``chord_changes``) can never exceed the events the selected stems have inside the window.
"""

from __future__ import annotations

from dataclasses import dataclass

NOT_TIMES = ("per_s", "duration_s", "bar_s_track_meter")
COUNTS = ("onsets", "matched", "notes_counted", "note_count", "snare_hits", "handoffs", "chord_changes")


@dataclass(frozen=True)
class Limits:
    start_s: float
    end_s: float
    max_offset_ms: float  # half the window's beat period
    max_events: int  # every note and hit of the selected stems inside the window


def limits_for(sl) -> Limits:
    """The limits a WindowSlice sets (heuristics.slice.WindowSlice)."""
    period = sl.grid.period_s or 0.5
    return Limits(sl.window.start_s, sl.window.end_s, 500.0 * period, sum(len(s.notes) for s in sl.stems.values()))


def scope_violations(obj, limits: Limits, key: str = "", path: str = "") -> list[str]:
    """Every field of a dumped result (dicts/lists of numbers) that breaks the window's limits."""
    out: list[str] = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += scope_violations(v, limits, k, f"{path}.{k}" if path else k)
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            out += scope_violations(v, limits, key, f"{path}[{i}]")
    elif isinstance(obj, (int, float)) and not isinstance(obj, bool):
        if key.endswith("_s") and not key.endswith(NOT_TIMES) and not limits.start_s <= obj <= limits.end_s:
            out.append(f"{path}={obj}: a time outside the window [{limits.start_s}, {limits.end_s}]")
        elif key.endswith("offset_ms") and abs(obj) > limits.max_offset_ms + 1e-6:
            out.append(f"{path}={obj}: an offset over half a beat ({limits.max_offset_ms:.0f} ms) comes from outside")
        elif key in COUNTS and obj > limits.max_events:
            out.append(f"{path}={obj}: more events than the window holds ({limits.max_events})")
    return out


def evidence_times(obj, key: str = ""):
    """Every time value (a field named *_s, not a rate *_per_s nor a duration) anywhere in a dump."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from evidence_times(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from evidence_times(v, key)
    elif isinstance(obj, (int, float)) and not isinstance(obj, bool) and (
            key.endswith("_s") and not key.endswith(NOT_TIMES)):
        yield obj
