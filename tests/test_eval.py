"""The frames evaluation's CI subset: one test song, its degraded copy (and the real recordings when
present), annotated from the score, against the issue's targets. The full test split is
``python -m eval``."""

from __future__ import annotations

from eval.frame_windows import SONGS, reading, score_of, selection_only
from eval.frames import run
from eval.songs import build_song


def test_the_rubric_reads_the_score_not_the_selection():
    spec = next(s for s, sp in SONGS if sp == "test")
    _, truth = build_song(spec)
    score = score_of(truth)
    intro, verse, pre, breakdown, chorus, solo = score.sections
    mid = lambda sec: ((sec[0] + sec[1]) / 2 - 4, (sec[0] + sec[1]) / 2 + 4)  # noqa: E731
    assert reading(score, ("piano",), *mid(intro)).frame == "pulse"  # stabs on one chord
    assert reading(score, ("drums", "bass"), *mid(intro)).frame == "unknown"  # they do not play yet
    assert reading(score, ("vocals", "piano"), *mid(pre)).frame == "tonal"  # the singer only tags
    assert reading(score, ("drums", "bass"), breakdown[0] - 5, breakdown[0] + 5).frame == "form"
    assert reading(score, ("vocals",), *mid(solo)).frame == "unknown"  # the singer is silent
    assert reading(score, ("piano",), solo[0] + 0.5, solo[0] + 28.5).frame == "tonal"  # rich, single stem
    # each of these is where a rule that only sees the selection goes wrong
    assert selection_only(("piano",), *mid(intro), score.sections) == "tonal"
    assert selection_only(("vocals", "piano"), *mid(pre), score.sections) == "foreground"
    assert selection_only(("drums", "bass"), breakdown[0] - 5, breakdown[0] + 5, score.sections) == "pulse"


def test_frames_subset_meets_the_targets(tmp_path):
    result = run("test", quick=True, out=None, home=tmp_path / "home")
    s, m = result["summary"], result["metrics"]
    assert s["positive_n"] >= 60
    assert s["positive"] >= 0.85 and s["negative"] == 1.0 and s["where_baseline_wrong"] >= 0.80, s
    assert m["scope_violation_rate"] == 0.0 and m["hallucination_rate"] == 0.0, m
    assert m["chord_dominance_pulse"] <= 0.2 and m["named_stems_answered_first"] == 1.0, m
