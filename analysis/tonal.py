"""Track-level tonality: key by a three-profile consensus, and a beat-synchronous chord timeline.

Both read the harmonic stems only (everything but drums): a kick drum's partials are not harmony.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from .config import SAMPLE_RATE_HZ

KEY_PROFILES = ("edma", "krumhansl", "temperley")
PITCH_CLASS = {"C": 0, "C#": 1, "Db": 1, "D": 2, "D#": 3, "Eb": 3, "E": 4, "F": 5, "F#": 6, "Gb": 6, "G": 7,
               "G#": 8, "Ab": 8, "A": 9, "A#": 10, "Bb": 10, "B": 11}
NOTE_NAMES = ["C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"]
HPCP_FRAME, HPCP_HOP = 8192, 2048


def bass_tonic_weights(bass_mono: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(pitch-class weight of the bass over the track, over its last few seconds): the bass names
    the tonic, above all at the final cadence."""
    import librosa

    y = librosa.resample(bass_mono.astype(np.float32), orig_sr=SAMPLE_RATE_HZ, target_sr=11025, res_type="soxr_hq")
    chroma = librosa.feature.chroma_cqt(y=y, sr=11025, hop_length=512, fmin=librosa.note_to_hz("C1"), n_octaves=3)
    energy = librosa.feature.rms(y=y, hop_length=512)[0][: chroma.shape[1]]
    weighted = chroma[:, : len(energy)] * energy
    audible = np.nonzero(energy > 0.1 * (energy.max() + 1e-12))[0]
    tail = weighted[:, audible[-int(3 * 11025 / 512):]] if len(audible) else weighted[:, -1:]
    norm = lambda v: v / (v.sum() + 1e-12)
    return norm(weighted.sum(axis=1)), norm(tail.sum(axis=1))


def key_consensus(harmonic_mono: np.ndarray, bass_mono: np.ndarray | None = None) -> dict:
    """Run Essentia's KeyExtractor with three profiles and combine their votes.

    Returns
    -------
    dict
        ``tonic``, ``scale``, ``label`` ("A minor"), ``pitch_class``, ``agreement`` (share of the
        three profiles voting for the winner), ``strength`` (the winners' mean strength) and ``votes``.
    """
    import essentia.standard as es

    audio = np.ascontiguousarray(harmonic_mono, dtype=np.float32)
    votes = []
    for profile in KEY_PROFILES:
        key, scale, strength = es.KeyExtractor(profileType=profile, sampleRate=SAMPLE_RATE_HZ)(audio)
        pc = PITCH_CLASS[key]
        votes.append({"profile": profile, "tonic": NOTE_NAMES[pc], "scale": scale, "strength": round(float(strength), 3)})
    tally: dict[tuple[str, str], list[float]] = defaultdict(list)
    for v in votes:
        tally[(v["tonic"], v["scale"])].append(v["strength"])
    (tonic, scale), strengths = max(tally.items(), key=lambda kv: (len(kv[1]), sum(kv[1])))
    result = {"tonic": tonic, "scale": scale, "label": f"{tonic} {scale}", "pitch_class": PITCH_CLASS[tonic],
              "agreement": round(len(strengths) / len(KEY_PROFILES), 3),
              "strength": round(float(np.mean(strengths)), 3), "votes": votes}
    if bass_mono is not None and float(np.sqrt(np.mean(bass_mono ** 2))) > 1e-4:
        result = _relative_by_bass(result, *bass_tonic_weights(bass_mono))
    return result


def _relative_by_bass(result: dict, overall: np.ndarray, final: np.ndarray) -> dict:
    """A key and its relative share every pitch class; the bass tells them apart. Switch to the
    relative key when the bass weighs its tonic more, both overall and at the end."""
    pc = result["pitch_class"]
    rel_pc, rel_scale = ((pc + 9) % 12, "minor") if result["scale"] == "major" else ((pc + 3) % 12, "major")
    result["bass_evidence"] = {"tonic_weight": round(float(overall[pc]), 3), "relative_weight": round(float(overall[rel_pc]), 3),
                               "final_tonic": round(float(final[pc]), 3), "final_relative": round(float(final[rel_pc]), 3)}
    if overall[rel_pc] > overall[pc] and final[rel_pc] > final[pc]:
        result.update(tonic=NOTE_NAMES[rel_pc], scale=rel_scale, label=f"{NOTE_NAMES[rel_pc]} {rel_scale}",
                      pitch_class=rel_pc, relative_of_vote=True)
    return result


def hpcp_frames(harmonic_mono: np.ndarray) -> np.ndarray:
    """HPCP (12 bins) per frame of HPCP_FRAME samples at HPCP_HOP, peaks between 40 and 5000 Hz."""
    import essentia.standard as es

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
    import essentia.standard as es

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
