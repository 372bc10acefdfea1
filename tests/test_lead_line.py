"""The lead line of a mix loaded unseparated (analysis.lead_line): its predominant melody read on the feature
frames in place of one frame's YIN of everything at once."""

import numpy as np

from analysis.config import SAMPLE_RATE_HZ
from analysis.stem_analysis import frame_descriptors

SR = SAMPLE_RATE_HZ


def _tone(hz: float, seconds: float, amp: float, harmonics: int = 5) -> np.ndarray:
    t = np.arange(int(seconds * SR)) / SR
    wave = sum(np.sin(2 * np.pi * hz * k * t) / k for k in range(1, harmonics + 1))
    return amp * wave * np.minimum(1.0, np.minimum(t, seconds - t) / 0.02)  # 20 ms fades: no clicks


def test_a_mixs_frames_carry_its_melody_over_a_bass_and_a_pad_not_the_sum():
    tune = (440.0, 523.25, 659.26, 523.25)  # A4, C5, E5, C5, a second each
    voice = np.concatenate([_tone(hz, 1.0, 0.25) for hz in tune])
    bass = _tone(110.0, 4.0, 0.2, harmonics=3)  # A2 under it all
    pad = sum(_tone(hz, 4.0, 0.04, harmonics=2) for hz in (261.63, 329.63, 392.0))  # a quiet C major pad
    mix = (voice + bass + pad).astype(np.float32)
    d = frame_descriptors(mix, pitched=True, melody=True)
    # the middle of each note: its own pitch (within a quarter tone) on most frames
    assert min(_on(d, k, hz) for k, hz in enumerate(tune)) >= 0.8, [_on(d, k, hz) for k, hz in enumerate(tune)]
    # one frame's YIN of the sum (the reading a mix had before) follows no tune: the check can fail
    plain = frame_descriptors(mix, pitched=True)
    assert min(_on(plain, k, hz) for k, hz in enumerate(tune)) < 0.8


def _on(d: dict, k: int, hz: float) -> float:
    """The share of the frames in the middle of second ``k`` whose f0 is within a quarter tone of ``hz``."""
    heard = d["pitch_hz"][(d["time_s"] > k + 0.15) & (d["time_s"] < k + 0.85)]
    return float(np.mean(np.abs(12 * np.log2(np.where(heard > 0, heard, 1.0) / hz)) < 0.5))
