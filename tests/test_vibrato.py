"""analysis.vibrato on a planted voice: a held note with a vibrato of known rate and depth is read, a straight note
and a slow swing (a drift, not a vibrato) are not."""

import numpy as np

from analysis.vibrato import vibrato_of

SR = 44100


def _tone(midi: int, seconds: float, swing_hz: float = 0.0, swing_cents: float = 0.0) -> np.ndarray:
    """A voice-like tone (five harmonics) on ``midi``, its pitch swinging ``swing_cents`` either way at
    ``swing_hz``."""
    t = np.arange(int(seconds * SR)) / SR
    cents = swing_cents * np.sin(2 * np.pi * swing_hz * t)
    freq = 440.0 * 2 ** ((midi - 69 + cents / 100.0) / 12.0)
    phase = 2 * np.pi * np.cumsum(freq) / SR
    env = np.minimum(1.0, np.minimum(t, seconds - t) / 0.03)
    return 0.3 * env * sum(np.sin(k * phase) / k for k in range(1, 6))


def test_a_planted_vibrato_is_read_with_its_rate_and_depth_and_a_straight_note_or_slow_drift_is_not():
    gap = np.zeros(int(0.25 * SR))
    audio = np.concatenate([_tone(74, 1.2, 5.5, 60.0), gap, _tone(77, 0.8), gap, _tone(72, 1.2, 2.0, 60.0), gap])
    found = vibrato_of(audio, SR)
    assert len(found) == 1, found
    start, end, midi, rate, depth = found[0]
    assert 0.0 <= start and end <= 1.25 and end - start >= 0.6, found
    assert midi == 74 and abs(rate - 5.5) <= 0.3 and abs(depth - 120.0) <= 12.0, found  # (within a tenth)


def test_the_vibrato_benchmarks_judge_reads_a_planted_annotation_and_catches_a_false_vibrato(tmp_path):
    """eval.vibrato's truth (its own peak picking on an annotated f0) finds a planted 5.5 Hz swing of a semitone and
    not a straight note; a reading that calls the straight note a vibrato is scored wrong, one that misses the
    vibrato is scored as missing it."""
    from eval.vibrato import score, truth_vibratos

    hop = 0.0058
    t = np.arange(0.0, 3.0, hop)
    cents = np.where(t < 1.2, 7400 + 50 * np.sin(2 * np.pi * 5.5 * t), np.where((t > 1.5) & (t < 2.5), 7700, np.nan))
    hz = np.where(np.isfinite(cents), 440 * 2 ** ((np.nan_to_num(cents) - 6900) / 1200), 0.0)
    (tmp_path / "annotations").mkdir()
    np.savetxt(tmp_path / "annotations" / "f0.csv", np.column_stack([t, hz]), delimiter=",")
    truth = truth_vibratos(tmp_path, "f0.csv")
    assert len(truth) == 1 and truth[0][1] <= 1.2 and abs(truth[0][2] - 5.5) < 0.3 and abs(truth[0][3] - 100) < 10
    rows, claims = score("planted", truth, [(0.05, 1.15, 5.4, 105.0)], [])
    assert rows[0]["found"] and rows[0]["rate_err"] < 0.2 and all(c["right"] for c in claims)
    rows, claims = score("planted", truth, [(1.6, 2.4, 5.0, 80.0)], [])  # the straight note called a vibrato
    assert not rows[0]["found"] and not any(c["right"] for c in claims)
