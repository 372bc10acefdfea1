"""eval.chart's metric catches a planted defect: a chart a chord behind, or one chord a bar where two are
written, scores below the true chart; the reference against itself scores 1."""

from __future__ import annotations

from types import SimpleNamespace

from eval.chart import chart_intervals, cut, harte, wcsr


def test_the_chart_metric_scores_a_planted_wrong_chart_lower():
    written = [(0.0, 1.25, "C#:min"), (1.25, 2.5, "A:maj"), (2.5, 3.75, "E:maj"), (3.75, 5.0, "B:maj")]
    assert wcsr(written, written) == 1.0
    behind = [(0.0, 1.25, "B:maj"), (1.25, 2.5, "C#:min"), (2.5, 3.75, "A:maj"), (3.75, 5.0, "E:maj")]
    assert wcsr(written, behind) == 0.0
    merged = [(0.0, 2.5, "A:maj7"), (2.5, 5.0, "E:maj7")]  # one seventh chord a bar: majmin reads them as A, E
    assert 0.4 < wcsr(written, merged) < 0.6
    assert wcsr(written, []) == 0.0 and wcsr([], written) is None
    bars = SimpleNamespace(bars=[SimpleNamespace(start_s=0.0, end_s=2.5, chords=["C#m", "A"]),
                                 SimpleNamespace(start_s=2.5, end_s=5.0, chords=["E", "B"])])
    assert wcsr(written, chart_intervals(bars)) == 1.0
    assert harte("C#m7/E") == "C#:min7" and harte("Bb") == "Bb:maj"
    assert cut(written, 1.0, 2.0) == [(1.0, 1.25, "C#:min"), (1.25, 2.0, "A:maj")]


def test_the_sevenths_comparison_catches_a_seventh_the_band_never_plays():
    import mir_eval

    written = [(0.0, 2.5, "E:maj"), (2.5, 5.0, "A:maj")]
    false_sevenths = [(0.0, 2.5, "E:maj7"), (2.5, 5.0, "A:maj7")]  # a singer's D sharp and G sharp read as chord tones
    assert wcsr(written, false_sevenths) == 1.0  # majmin cannot see it
    assert wcsr(written, false_sevenths, mir_eval.chord.sevenths) == 0.0
    assert wcsr(written, written, mir_eval.chord.sevenths) == 1.0
