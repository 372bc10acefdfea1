"""Baselines the truth benchmark reports beside the system: raw Essentia, and rules that never listen.

A figure that does not beat its baseline is not a result.
"""

from __future__ import annotations

import numpy as np

from analysis.config import SAMPLE_RATE_HZ, essentia_standard
from analysis.core.vocabulary import NOTE_NAMES, PITCH_CLASS

HPCP_FRAME, HPCP_HOP = 8192, 2048


def essentia_beats(mono: np.ndarray) -> np.ndarray:
    """Raw Essentia: RhythmExtractor2013 (multifeature) ticks, nothing resolved."""
    es = essentia_standard()

    _, ticks, *_ = es.RhythmExtractor2013(method="multifeature")(np.ascontiguousarray(mono, dtype=np.float32))
    return np.asarray(ticks, dtype=float)


def hpcp_frames(harmonic_mono: np.ndarray) -> np.ndarray:
    """HPCP (12 bins) per frame of HPCP_FRAME samples at HPCP_HOP, peaks between 40 and 5000 Hz."""
    es = essentia_standard()

    audio = np.ascontiguousarray(harmonic_mono, dtype=np.float32)
    window = es.Windowing(type="blackmanharris62", size=HPCP_FRAME)
    spectrum = es.Spectrum(size=HPCP_FRAME)
    peaks = es.SpectralPeaks(orderBy="magnitude", magnitudeThreshold=1e-5, minFrequency=40, maxFrequency=5000,
                             maxPeaks=60, sampleRate=SAMPLE_RATE_HZ)
    hpcp = es.HPCP(size=12, referenceFrequency=440, minFrequency=40, maxFrequency=5000, normalized="unitMax",
                   sampleRate=SAMPLE_RATE_HZ)
    frames = [hpcp(*peaks(spectrum(window(f))))
              for f in es.FrameGenerator(audio, frameSize=HPCP_FRAME, hopSize=HPCP_HOP, startFromZero=True)]
    return np.asarray(frames, dtype=np.float32) if frames else np.zeros((0, 12), dtype=np.float32)


def essentia_to_mirex(label: str) -> str:
    """"Am" -> "A:min", "F#" -> "F#:maj" (mir_eval syntax); "N" stays "N"."""
    if not label or label == "N":
        return "N"
    minor = label.endswith("m")
    root = label[:-1] if minor else label
    return f"{NOTE_NAMES[PITCH_CLASS[root]]}:{'min' if minor else 'maj'}"


def chord_timeline(hpcp: np.ndarray, beats_s: np.ndarray, duration_s: float) -> list[dict]:
    """One chord per beat (Essentia ChordsDetectionBeats), merged into runs with start/end times."""
    es = essentia_standard()

    if len(beats_s) < 2 or len(hpcp) == 0:
        return []
    ticks = np.r_[beats_s, min(duration_s, beats_s[-1] + np.median(np.diff(beats_s)))].astype(np.float32)
    labels, strengths = es.ChordsDetectionBeats(hopSize=HPCP_HOP, sampleRate=SAMPLE_RATE_HZ)(
        hpcp.astype(np.float32), ticks)
    out: list[dict] = []
    for i, (lab, strength) in enumerate(zip(labels, strengths)):
        start, end = float(ticks[i]), float(ticks[i + 1])
        label = essentia_to_mirex(lab) if strength > 0 else "N"
        if out and out[-1]["label"] == label and abs(out[-1]["end_s"] - start) < 1e-6:
            out[-1]["end_s"] = end
            out[-1]["strength"] = max(out[-1]["strength"], float(strength))
        else:
            out.append({"start_s": start, "end_s": end, "label": label, "strength": round(float(strength), 3)})
    return out


def drum_classes_one_per_onset(mono: np.ndarray) -> list[dict]:
    """The detector this project used before the truth benchmark: one onset curve for the whole kit,
    and each onset labelled with the single class whose band dominates (a kick with a hi-hat is one
    kick)."""
    from analysis.stem_analysis import FRAME, detect_onsets

    onsets = detect_onsets(mono)
    freqs = np.fft.rfftfreq(FRAME, 1 / SAMPLE_RATE_HZ)
    low, high = freqs < 150, freqs > 5000
    win = np.hanning(FRAME)
    out = []
    for t in onsets:
        seg = mono[int(t * SAMPLE_RATE_HZ): int(t * SAMPLE_RATE_HZ) + FRAME]
        if len(seg) < 256:
            continue
        power = np.abs(np.fft.rfft(np.pad(seg, (0, FRAME - len(seg))) * win)) ** 2
        total = power.sum() + 1e-12
        lo, hi = power[low].sum() / total, power[high].sum() / total
        out.append(dict(time_s=float(t), pitch=36 if lo > 0.5 else (42 if hi > 0.35 else 38)))
    return out
