"""The mix's tuning from concert pitch (analysis.rhythm.concert_tuning) and its benchmark (eval.tuning)."""

from __future__ import annotations

import numpy as np

from analysis.rhythm import CHROMA_BINS_PER_OCTAVE, ENV_SR, chroma_tuning, concert_tuning


def _tones(cents: float, seconds: float = 12.0, seed: int = 0) -> np.ndarray:
    """A seeded run of harmonic tones (a melody of notes a second each), tuned ``cents`` from A 440."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(ENV_SR * 1.0)) / ENV_SR
    out = []
    for midi in rng.integers(48, 72, size=int(seconds)):
        f0 = 440.0 * 2 ** ((midi - 69 + cents / 100.0) / 12.0)
        note = sum(np.sin(2 * np.pi * f0 * k * t) / k for k in range(1, 6)) * np.exp(-2.0 * t)
        out.append(note)
    return (0.2 * np.concatenate(out)).astype(np.float32)


def test_a_planted_tuning_is_read_within_a_few_cents_and_an_a_at_four_thirty_two_does_not_wrap():
    for cents in (0.0, 12.0, -20.0, -31.8, 40.0):  # (-31.8: an A at 432 Hz)
        read = concert_tuning(_tones(cents))
        assert abs(read["cents"] - cents) <= 3.0 and read["spread"] <= 3.0, (cents, read)
    # the older reading folds on a third of a semitone: the A at 432 Hz reads as nearly in tune there (what the
    # benchmark's baseline shows)
    old = chroma_tuning(_tones(-31.8)) * 1200.0 / CHROMA_BINS_PER_OCTAVE
    assert abs(old + 31.8) > 20.0, old


def test_a_tuning_that_moves_across_the_track_reads_unsteady():
    y = np.concatenate([_tones(0.0, 8.0, 1), _tones(-25.0, 8.0, 2), _tones(20.0, 8.0, 3)])
    read = concert_tuning(y)
    assert read["spread"] >= 30.0, read


def test_the_tuning_benchmark_catches_a_reading_that_ignores_the_shift():
    """eval.tuning's error is the folded distance from the planted truth: a reader that always answers the track's
    own tuning (ignores the shift) is caught, one that follows it is not."""
    from eval.tuning import _fold

    base, planted = 5.0, -32.0
    truth = _fold(base + planted)
    assert abs(_fold(base - truth)) > 25.0  # (the shift ignored)
    assert abs(_fold(-27.0 - truth)) < 1.0 and abs(_fold(49.0 - (-49.0))) == 2.0  # (followed; folded across the half)
