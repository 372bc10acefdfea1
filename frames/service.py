"""The two frame-level entry points the server calls."""

from __future__ import annotations

from analysis.library import Library
from heuristics.window import analyze_window

from .findings import build_findings
from .models import Findings, FrameSelection
from .routing import route
from .select import select


def select_frame(lib: Library, track_id: str, stems: list[str], start_s: float, end_s: float,
                 question: str | None = None) -> FrameSelection:
    analysis = analyze_window(lib, track_id, stems, start_s, end_s)
    return select(analysis, route(question, analysis), analysis.track_context.meter)


def get_findings(lib: Library, track_id: str, stems: list[str], start_s: float, end_s: float,
                 question: str | None = None) -> Findings:
    analysis = analyze_window(lib, track_id, stems, start_s, end_s)
    routing = route(question, analysis)
    return build_findings(analysis, select(analysis, routing, analysis.track_context.meter), routing)
