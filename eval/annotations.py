"""The annotation schema (pydantic) and loader."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, Field, model_validator

FILE = Path(__file__).parent / "annotations.yaml"


class AnnotatedWindow(BaseModel):
    id: str
    track: str
    stems: list[str]
    start_s: float
    end_s: float
    foreground: str | None
    tension_arc: Literal["grounded", "searching", "intensified", "release", "unresolved"]
    arc_peak_s: float | None
    interaction: Literal["support", "contrast", "counterline", "call-response", "doubling"]
    groove: str = ""
    tension_level: Literal["low", "moderate", "high"]
    expected_frame: Literal["pulse", "tonal", "form", "foreground", "micro_event", "unknown"]
    expected_caution: str | None = None
    expected_error: str | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    notes: str = ""

    @model_validator(mode="after")
    def _window_rules(self):
        if self.expected_error is None and self.expected_caution != "window_too_long" and self.end_s - self.start_s > 30:
            raise ValueError(f"{self.id}: annotated windows are at most 30 s")
        if self.arc_peak_s is not None and not self.start_s <= self.arc_peak_s <= self.end_s:
            raise ValueError(f"{self.id}: arc_peak_s lies outside the window")
        return self

    @property
    def negative(self) -> bool:
        return self.expected_frame == "unknown"


def load(path: Path = FILE) -> list[AnnotatedWindow]:
    return [AnnotatedWindow(**w) for w in yaml.safe_load(path.read_text())["windows"]]
