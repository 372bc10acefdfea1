"""A fast subset of the truth benchmark (python -m eval.truth --quick) on every CI run: test-split
pieces, clean and degraded, and the real multitrack when ../shared/real is there. Each assertion is a
measurement against planted or hand-made truth, so a regression in the analysis shows here."""

from __future__ import annotations

import numpy as np
import pytest

from eval.truth import REAL, run


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return run(quick=True, workers=2)["rows"]


def _of(rows, kind, key, prefix="", **match):
    return [r[key] for r in rows if r["kind"] == kind and r.get(key) is not None and r["piece"].startswith(prefix)
            and all(r.get(k) == v for k, v in match.items())]


def test_bass_against_kick_offsets_are_measured_and_beat_a_rule_that_never_listens(rows):
    clean = _of(rows, "clean", "bass_offset_err_ms")
    assert clean and float(np.median(clean)) <= 2.0, clean
    assert all(_of(rows, "clean", "pair_ok")) and all(_of(rows, "degraded", "pair_ok"))


@pytest.mark.xfail(strict=True, reason="known failure, issue 24.2 open (eval/README.md, 'Degraded offsets'): on the "
                   "degraded copies drawn by name (d0e21cf) the +15 ms groove reads +3.4 and the 0 ms groove +9.1 "
                   "(the kick's leak read as a following bass's start; a band-limited bass read late), median 10.38 ms "
                   "against never-listens 7.5; it passed before only on the copies --quick used to build from its "
                   "place in the list; strict, so this turns red once it is fixed")
def test_degraded_bass_against_kick_offsets_beat_a_rule_that_never_listens(rows):
    """Under reverb, bleed and noise the measured offset still beats a rule that never listens."""
    degraded = _of(rows, "degraded", "bass_offset_err_ms")
    never_listens = _of(rows, "degraded", "bass_offset_err_ms_baseline")
    assert float(np.median(degraded)) < float(np.median(never_listens)), (degraded, never_listens)


def test_feel_words_only_where_the_offset_is_clearly_there(rows):
    grooves = [r for r in rows if r["kind"] == "clean" and "feel_word" in r]
    # both sides are measured: a groove with a planted lag to name, and one on the kick to leave unnamed
    assert {abs(r["bass_offset_planted_ms"]) >= 10.0 for r in grooves} == {True, False}, grooves
    for r in grooves:
        assert r["feel_word"] == (abs(r["bass_offset_planted_ms"]) >= 10.0), r


def test_chords_in_every_meter_and_under_degradation(rows):
    for meter in ("4/4", "6/8"):  # progressions with inversions, sevenths, sus and power chords
        assert min(_of(rows, "clean", "chord_wcsr", "prog", meter_truth=meter)) >= 0.85, meter
        assert min(_of(rows, "degraded", "chord_wcsr", "prog", meter_truth=meter)) >= 0.75, meter
        assert min(_of(rows, "clean", "chord_wcsr", "prog", meter_truth=meter)) > max(
            _of(rows, "clean", "chord_wcsr_baseline", "prog", meter_truth=meter)), "raw Essentia does as well"


def test_drum_classes_stay_separate_when_struck_together(rows):
    for cls, floor in (("kick", 0.9), ("snare", 0.9), ("hihat", 0.85)):
        assert min(_of(rows, "clean", f"drum_f_{cls}")) >= floor, cls
        assert np.mean(_of(rows, "clean", f"drum_f_{cls}")) >= np.mean(_of(rows, "clean", f"drum_f_{cls}_baseline")), cls
    if REAL.is_dir():  # the real multitrack: MDB Drums' hand annotations
        real = next(r for r in rows if r["piece"] == "musicdelta_rock")
        assert real["drum_f_kick"] >= 0.9 and real["drum_f_snare"] >= 0.9 and real["drum_f_hihat"] >= 0.7, real
        assert real["pair_ok"] and real["meter"] == "4/4" and real["beat_f"] >= 0.9, real


def test_silent_stems_read_empty_on_clean_audio(rows):
    assert all(_of(rows, "clean", "silent_reads_empty"))


def test_call_and_response_is_phrase_level(rows):
    assert min(_of(rows, "clean", "h014", interaction="trading") + _of(rows, "degraded", "h014", interaction="trading")) >= 0.6
    assert max(_of(rows, "clean", "h014", interaction="hocket") + _of(rows, "degraded", "h014", interaction="hocket")) <= 0.2
