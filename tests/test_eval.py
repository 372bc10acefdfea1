"""A subset of the eval (tracks A and C) on every CI run, so a regression in frames shows."""

from __future__ import annotations

from eval.annotations import load
from eval.frames_eval import evaluate


def test_annotations_validate():
    windows = load()
    assert len(windows) >= 30 and sum(not w.negative for w in windows) >= 25
    assert {w.track for w in windows} >= {"A", "A_late", "B", "C", "D", "E"}


def test_eval_subset_meets_its_targets(tmp_path):
    windows = [w for w in load() if w.track in ("A", "C")]
    s = evaluate(windows, cache=tmp_path)
    assert s["scope_violation_rate"] == 0.0
    assert s["frame_accuracy_negative"] == 1.0
    assert s["frame_accuracy_positive"] >= 0.8
    assert s["chord_dominance_pulse"] <= 0.2
