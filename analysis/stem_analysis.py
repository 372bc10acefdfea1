"""Per-stem analysis: frame-level descriptors, onsets, and note events.

Pitched stems are transcribed with basic-pitch (its ONNX model, shipped in the wheel, on
onnxruntime); drums become onset events classified by spectral band into GM kick (36),
snare (38) and closed hi-hat (42).
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from .config import SAMPLE_RATE_HZ

FEATURE_HOP_S = 0.05
FRAME = 2048
SILENT_FRAME_DB = -60.0

# basic-pitch settings per stem: electric bass needs stricter thresholds (its extra notes are
# harmonics at +12/+19/+24) and a frequency ceiling; see eval/README.md for the measured effect.
TRANSCRIBE = {
    "bass": dict(onset_threshold=0.7, frame_threshold=0.4, minimum_frequency=30.0, maximum_frequency=400.0),
    "vocals": dict(onset_threshold=0.5, frame_threshold=0.3, minimum_frequency=70.0, maximum_frequency=1400.0),
    "piano": dict(onset_threshold=0.5, frame_threshold=0.3),
    "guitar": dict(onset_threshold=0.5, frame_threshold=0.3, minimum_frequency=70.0),
    # "other" is often pads and strings: at the defaults basic-pitch splits their sustained notes
    # (150 notes for 56 on a chorale's tenor line); stricter thresholds and a 100 ms floor fix that
    "other": dict(onset_threshold=0.6, frame_threshold=0.4, minimum_note_length=100.0),
}

# Stems that carry one line at a time, and which of simultaneous candidates is the line's note.
MONOPHONIC = {"bass": "lowest", "vocals": "loudest"}
HARMONIC_INTERVALS = (12, 19, 24)  # octave, twelfth, two octaves: where a bass's overtones are heard

_MODEL = None
_MODEL_LOCK = threading.Lock()


def frame_descriptors(mono: np.ndarray, pitched: bool) -> dict[str, np.ndarray]:
    """Loudness (dB RMS), sample peak (0..1, over the hop centred on the frame: the waveform overview),
    spectral centroid and f0 (0 where unvoiced) every FEATURE_HOP_S."""
    import essentia.standard as es

    audio = np.ascontiguousarray(mono, dtype=np.float32)
    hop = int(FEATURE_HOP_S * SAMPLE_RATE_HZ)
    n = max(1, int(np.ceil(len(audio) / hop)))
    padded = np.pad(audio, (FRAME // 2, FRAME))
    window = es.Windowing(type="hann", size=FRAME)
    spectrum = es.Spectrum(size=FRAME)
    centroid = es.Centroid(range=SAMPLE_RATE_HZ / 2)
    yin = es.PitchYinFFT(frameSize=FRAME, sampleRate=SAMPLE_RATE_HZ, minFrequency=30, maxFrequency=1500)
    energy, peak, cent, f0 = np.empty(n), np.empty(n), np.empty(n), np.zeros(n)
    for i in range(n):
        frame = padded[i * hop: i * hop + FRAME]
        peak[i] = float(np.max(np.abs(frame[FRAME // 2 - hop // 2: FRAME // 2 + hop - hop // 2])))
        rms = float(np.sqrt(np.mean(frame.astype(np.float64) ** 2)))
        energy[i] = 20 * np.log10(max(rms, 1e-6))
        if energy[i] < SILENT_FRAME_DB:
            cent[i] = 0.0
            continue
        spec = spectrum(window(frame))
        cent[i] = centroid(spec)
        if pitched:
            pitch, confidence = yin(spec)
            f0[i] = pitch if confidence > 0.6 else 0.0
    return {"time_s": np.arange(n) * FEATURE_HOP_S, "energy_db": energy, "peak": peak, "centroid_hz": cent,
            "pitch_hz": f0}


def detect_onsets(mono: np.ndarray) -> np.ndarray:
    """Onset times (s) with Essentia's complex-domain detection function (robust on soft attacks)."""
    import essentia
    import essentia.standard as es

    audio = np.ascontiguousarray(mono, dtype=np.float32)
    window, fft, c2p = es.Windowing(type="hann", size=1024), es.FFT(size=1024), es.CartesianToPolar()
    detect = es.OnsetDetection(method="complex", sampleRate=SAMPLE_RATE_HZ)
    values = [detect(*c2p(fft(window(f)))) for f in es.FrameGenerator(audio, frameSize=1024, hopSize=512)]
    if len(values) < 3:
        return np.zeros(0)
    return np.asarray(es.Onsets(frameRate=SAMPLE_RATE_HZ / 512)(essentia.array([values]), [1]), dtype=float)


def drum_events(mono: np.ndarray) -> list[dict]:
    """Drum onsets as GM notes: kick (36) when energy under 150 Hz dominates the attack, hi-hat (42)
    when energy over 5 kHz does, snare (38) otherwise. Velocity from the attack's peak level."""
    onsets = detect_onsets(mono)
    if len(onsets) == 0:
        return []
    freqs = np.fft.rfftfreq(FRAME, 1 / SAMPLE_RATE_HZ)
    low, high = freqs < 150, freqs > 5000
    win = np.hanning(FRAME)
    peak_all = float(np.max(np.abs(mono))) + 1e-9
    events = []
    for t in onsets:
        i = int(t * SAMPLE_RATE_HZ)
        seg = mono[i: i + FRAME]
        if len(seg) < 256:
            continue
        seg = np.pad(seg, (0, FRAME - len(seg))) * win
        power = np.abs(np.fft.rfft(seg)) ** 2
        total = power.sum() + 1e-12
        lo, hi = power[low].sum() / total, power[high].sum() / total
        pitch = 36 if lo > 0.5 else (42 if hi > 0.35 else 38)
        velocity = int(np.clip(127 * np.sqrt(np.max(np.abs(mono[i: i + 2048])) / peak_all), 1, 127))
        events.append(dict(time_s=float(t), duration_s=0.1, pitch=pitch, velocity=velocity))
    return events


def _basic_pitch_model():
    global _MODEL
    with _MODEL_LOCK:
        if _MODEL is None:
            from basic_pitch import FilenameSuffix, build_icassp_2022_model_path
            from basic_pitch.inference import Model

            _MODEL = Model(build_icassp_2022_model_path(FilenameSuffix.onnx))
        return _MODEL


def transcribe(wav_path: Path, stem: str) -> list[dict]:
    """Notes of a pitched stem with basic-pitch; ``velocity`` from its note amplitude.

    Calls basic-pitch's two steps directly rather than its ``predict()``, which prints to stdout:
    in stdio mode stdout is the MCP wire, and one stray line corrupts a JSON-RPC message.
    """
    from basic_pitch import note_creation as infer
    from basic_pitch.constants import AUDIO_SAMPLE_RATE, FFT_HOP
    from basic_pitch.inference import run_inference

    params = {"minimum_note_length": 58.0, **TRANSCRIBE.get(stem, TRANSCRIBE["other"])}
    output = run_inference(str(wav_path), _basic_pitch_model())
    _, events = infer.model_output_to_notes(
        output, onset_thresh=params["onset_threshold"], frame_thresh=params["frame_threshold"],
        min_note_len=int(np.round(params["minimum_note_length"] / 1000 * (AUDIO_SAMPLE_RATE / FFT_HOP))),
        min_freq=params.get("minimum_frequency"), max_freq=params.get("maximum_frequency"),
        multiple_pitch_bends=False, melodia_trick=True, midi_tempo=120)
    notes = [dict(time_s=float(s), duration_s=float(e - s), pitch=int(p), velocity=int(np.clip(a * 127, 1, 127)))
             for s, e, p, a, *_ in events if e > s]
    notes.sort(key=lambda n: (n["time_s"], n["pitch"]))
    return reduce_to_line(notes, MONOPHONIC[stem]) if stem in MONOPHONIC else notes


def reduce_to_line(notes: list[dict], prefer: str, together_s: float = 0.05) -> list[dict]:
    """Keep one note per onset for a monophonic line.

    Notes starting within ``together_s`` of each other compete; ``prefer`` picks the "lowest"
    (a bass: the fundamental, not its overtones) or the "loudest". A note that starts while a kept
    note sounds, a harmonic interval above it, is that note's overtone and is dropped too.
    """
    kept: list[dict] = []
    i = 0
    while i < len(notes):
        group = [notes[i]]
        while i + len(group) < len(notes) and notes[i + len(group)]["time_s"] - notes[i]["time_s"] <= together_s:
            group.append(notes[i + len(group)])
        i += len(group)
        best = min(group, key=lambda n: n["pitch"]) if prefer == "lowest" else max(group, key=lambda n: n["velocity"])
        sounding = [k for k in kept if k["time_s"] + k["duration_s"] > best["time_s"]]
        if any(best["pitch"] - k["pitch"] in HARMONIC_INTERVALS for k in sounding):
            continue
        kept.append(best)
    return kept
