"""Issue 25's bar on the generation, outside-check and truth benchmarks: each interval is over pieces (a
piece's windows resampled together) and each named baseline is a different system from the method. Every
test plants a defect the code must catch: a lopsided piece that a window-level interval would hide, a
baseline that ties the method, a corruption the rule of thumb must rank below the part, a grade changed."""

from __future__ import annotations

import json

import numpy as np
import pytest

from eval.metrics import bootstrap_ci
from tests.test_part_scoring import BPM, PERIOD, band
from tests.window_fixtures import make_track


def test_bootstrap_ci_resamples_pieces_not_windows():
    """Nine windows of a piece where the method is right and one window of a piece where it is wrong: over
    windows the interval is narrow, over pieces it must span both pieces' values."""
    rows = [("a", 1.0)] * 9 + [("b", 0.0)]
    mean = lambda rs: float(np.mean([v for _, v in rs]))  # noqa: E731
    lo_w, hi_w = bootstrap_ci(list(enumerate(rows)), lambda rs: mean([r for _, r in rs]), lambda r: r[0])
    lo_p, hi_p = bootstrap_ci(rows, mean, lambda r: r[0])
    assert lo_w > 0.5 and hi_w == 1.0
    assert lo_p == 0.0 and hi_p == 1.0
    lo, hi = bootstrap_ci([("a", 1.0)] * 5, mean, lambda r: r[0])
    assert lo != lo and hi != hi  # one piece: no interval (NaN)
    same = [(p, 0.5) for p in "abc" for _ in range(3)]
    assert bootstrap_ci(same, mean, lambda r: r[0]) == (0.5, 0.5)


def test_gen_bench_groups_a_late_with_a_and_says_when_roots_win():
    from eval.gen_bench import lock_table, mean_ci, piece_of, verdict

    assert piece_of("A_late") == piece_of("A") == "A"
    rows = [dict(track=t, window=w, generated=g, roots=r, random=0.2)
            for t, w, g, r in (("A", "1", 0.9, 1.0), ("A_late", "2", 0.9, 1.0), ("B", "3", 0.5, 0.9), ("C", "4", 0.7, 0.9))]
    table = "\n".join(lock_table(rows))
    assert "roots on every beat" in table and "does **not** beat" in table
    # three pieces, not four: A and A_late are resampled together
    assert "over 3 pieces (4 windows)" in table
    m, lo, hi = mean_ci(rows, lambda r: r["generated"] - r["roots"])
    assert m < 0 and lo <= m <= hi
    assert verdict((0.2, 0.1, 0.3)).startswith("The generated bass beats")
    assert "not clearly" in verdict((0.2, -0.1, 0.4)) and "not clearly" in verdict((0.2, float("nan"), float("nan")))


def _directive(library, tid: str):
    from generation.directive import build, window_for
    from generation.habits import habits_of

    make_track(library.store, tid, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=band(16.0))
    _, sl, ctx = window_for(library, tid, "bass", 0.0, 8.0)
    return build(sl, ctx, "bass", "evaluate the given notes"), habits_of(library.store, tid, "bass", 0.0, 8.0)


def test_rule_of_thumb_is_a_baseline_that_can_fail_and_differs_from_the_method(library):
    """The rule ranks the band's bass above the corruptions it can see (key, beat, chord tone, register)
    and cannot tell a transposition by a chord tone's distance: it is a simple rule, not the scorer."""
    from eval.gen_rank import corrupt, rule_score
    from eval.leave_one_out import roots_baseline

    d, habits = _directive(library, "e1" * 8)
    original = [n for n in band()["bass"] if n["time_s"] < 8.0]
    good = rule_score(original, d, habits)
    for kind in ("offbeat_shift", "random_rhythm", "tritone", "non_chord_tones"):
        assert rule_score(corrupt(kind, original, d), d, habits) < good, kind
    # a planted defect the rule cannot see: every note a fifth up stays in the key, on the beats, near the register
    fifth = [dict(n, pitch=n["pitch"] + 7) for n in original]
    assert rule_score(fifth, d, habits) >= good - 0.25
    # roots on every beat is a real part, scored by the method, and not the player's part
    roots = roots_baseline(d, habits.register_median)
    assert len(roots) == 16 and {n["pitch"] % 12 for n in roots} <= {9, 5, 0, 7}
    assert [n["time_s"] for n in roots] != [n["time_s"] for n in original]


def test_gen_rank_interval_is_over_pieces_and_says_one_piece():
    from eval.gen_rank import interval

    class W:
        def __init__(self, piece):
            self.piece = piece

    rows = [(W("a"), {})] * 4 + [(W("b"), {})] * 4
    assert interval(rows, [True] * 4 + [False] * 4) == "0.50 [0.00, 1.00]"
    assert interval(rows[:4], [True, False, True, True]) == "0.75 (one piece)"


def test_leave_one_out_intervals_are_over_pieces_and_skip_missing_values(tmp_path):
    from eval.leave_one_out import METRICS, SYSTEMS, over_pieces, report_only

    rows = [{"piece": p, "generated": {"onset_f": v}} for p, v in (("a", 1.0), ("a", 1.0), ("a", 1.0), ("b", 0.0),
                                                                   ("c", float("nan")))]
    m, lo, hi = over_pieces(rows, lambda r: r["generated"]["onset_f"])
    assert m == pytest.approx(0.75) and (lo, hi) == (0.0, 1.0)  # two pieces, not four windows
    full = []
    for i, piece in enumerate(("p1", "p1", "p2", "p3")):
        row = {"id": f"w{i}", "piece": piece, "kind": "synthetic", "stem": "bass", "split": "test", "start_s": 0.0,
               "end_s": 4.0, "best_option": "x", "played": {"kick_lock": 0.5}}
        for s in SYSTEMS:
            row[s] = dict.fromkeys(METRICS, 0.9 if s == "generated" else 0.4)
        full.append(row)
    (tmp_path / "leave_one_out_test.json").write_text(json.dumps(full))
    report = report_only("test", tmp_path)
    assert "3 pieces; 95 % intervals over pieces" in report and "| 4 (3) | onset_f | 0.90 [0.90, 0.90]" in report
    assert "over windows 0.50 [0.50, 0.50], over pieces 0.50 [0.50, 0.50]" in report


PACKET = """QUESTION: What chords are these?

TOOL RESULT (text content of get_findings):
The chords run C#m, A, E, B.
harmony:
  key_track_level: E major
frame:
  why: asked about chords
  frame: tonal
"""


def test_client_check_baseline_packet_and_tally():
    from eval.client_check import BASELINE_GRADES, GRADES, QUESTIONS, baseline_packet, share_ci, tally

    q = next(x for x in QUESTIONS if x.qid == "q04")
    text = baseline_packet(q, PACKET, None)
    assert "The bass and piano play here, in E major. This is a tonal moment." in text
    assert "C#m" not in text  # the baseline never sees the findings' chords
    assert "in D minor" in baseline_packet(q, PACKET.replace("  key_track_level: E major\n", ""), "D minor")
    assert set(GRADES) == set(BASELINE_GRADES) == {x.qid for x in QUESTIONS}
    v, lo, hi = share_ci(GRADES)
    assert v == pytest.approx(14 / 18) and lo < v < hi
    planted = dict(GRADES, q11="right", q12="right")  # two wrong answers graded right move the figure
    assert share_ci(planted)[0] == pytest.approx(16 / 18)
    t = tally()
    assert "| 18 | 14 | 2 | 2 | 0.78 [" in t and "| 18 | 1 | 0 | 17 | 0.06 [" in t


def test_truth_intervals_are_over_pieces_and_say_how_many():
    from eval.truth import _mean, median_err, over_pieces

    rows = [{"piece": p, "x": v} for p, v in (("a", 1.0), ("b", 0.5))]
    assert over_pieces(rows, "x") == (" (two pieces: no interval)", "two pieces")
    assert over_pieces(rows[:1], "x")[1] == "one piece"
    rows.append({"piece": "c", "x": 0.0})
    text, (lo, hi) = over_pieces(rows, "x", _mean)
    assert lo < 0.5 < hi and text == f" [{lo:.2f}, {hi:.2f}]"
    # a median over pieces, and a row without the key is not a piece of it
    errs = [{"piece": p, "e": v} for p, v in (("a", 1.0), ("b", 2.0), ("c", 30.0), ("d", None))]
    text, (lo, hi) = over_pieces(errs, "e", median_err)
    assert lo == 1.0 and hi == 30.0
    # the where= filter of a cell is honoured: only the pieces it keeps count
    meter = [{"piece": p, "x": 1.0, "m": m} for p, m in (("a", "4/4"), ("b", "3/4"), ("c", "3/4"))]
    assert over_pieces(meter, "x", _mean, where=lambda r: r["m"] == "3/4")[1] == "two pieces"
