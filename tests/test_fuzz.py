"""Hostile input to every tool and resource (eval/fuzz.py, smaller): clear errors, unchanged store."""

from eval.fuzz import run


def test_fuzzed_calls_end_in_results_or_clear_errors_and_change_nothing():
    out = run(examples=25, calls_per_example=6)
    assert out["stats"]["calls"] >= 25
    assert out["failures"] == []
