"""Sections: boundaries from a bar-level self-similarity novelty curve, labels by clustering.

Bar-level features are the loudness of each stem (which instruments play is the clearest sign
of form in stems), low-register chroma of the mix (harmony) and MFCCs (timbre). A Foote
checkerboard kernel over their self-similarity matrix gives a novelty curve; its peaks are the
boundaries. Sections with similar features share a letter (A, B, C...).
"""

from __future__ import annotations

import string

import numpy as np

from .config import SAMPLE_RATE_HZ

MIN_SECTION_BARS = 2
PEAK_RADIUS = 3
KERNEL_BARS = 4  # half-width of the checkerboard kernel: one 4-bar phrase each side


def bar_features(stems_mono: dict[str, np.ndarray], mix: np.ndarray, downbeats_s: np.ndarray,
                 duration_s: float, tuning: float | None = None) -> np.ndarray:
    """One row per bar: stem loudness (dB), stem rhythmic activity (onset strength), chroma (12) and
    MFCC (12) means; each group z-scored and weighted equally. ``tuning``: the mix's chroma tuning
    (analysis.rhythm.chroma_tuning of the mix at 22.05 kHz) when known, else estimated here."""
    import librosa

    from .rhythm import CHROMA_BINS_PER_OCTAVE

    edges = bar_edges(downbeats_s, duration_s)
    stem_db = {name: frame_db(x) for name, x in stems_mono.items()}
    stem_flux = {name: stem_onset_strength(x) for name, x in stems_mono.items()}
    y = librosa.resample(mix.astype(np.float32), orig_sr=SAMPLE_RATE_HZ, target_sr=22050, res_type="soxr_hq")
    hop = 1024
    chroma = librosa.feature.chroma_cqt(y=y, sr=22050, hop_length=hop, fmin=librosa.note_to_hz("C1"), n_octaves=5,
                                        bins_per_octave=CHROMA_BINS_PER_OCTAVE, tuning=tuning)
    mfcc = librosa.feature.mfcc(y=y, sr=22050, hop_length=hop, n_mfcc=13)[1:]
    n = min(chroma.shape[1], mfcc.shape[1])  # the CQT and the STFT may frame the signal one frame apart
    chroma, mfcc = chroma[:, :n], mfcc[:, :n]
    frame_t = np.arange(n) * hop / 22050
    rows = []
    for a, b in zip(edges[:-1], edges[1:]):
        sel = (frame_t >= a) & (frame_t < b)
        sel = sel if sel.any() else np.argmin(np.abs(frame_t - a)) == np.arange(len(frame_t))
        # median of 50 ms frame levels: a few ms of the next section spilling over an
        # estimated bar line must not make a silent bar look played
        levels = [float(np.median(stem_db[name][int(a / 0.05): max(int(b / 0.05), int(a / 0.05) + 1)]))
                  for name in sorted(stems_mono)]
        density = [float(np.mean(stem_flux[name][int(a / 0.05): max(int(b / 0.05), int(a / 0.05) + 1)]))
                   for name in sorted(stems_mono)]
        rows.append(np.r_[np.maximum(levels, -70.0), density, chroma[:, sel].mean(axis=1), mfcc[:, sel].mean(axis=1)])
    feats = np.asarray(rows)
    n_stems = len(stems_mono)
    out = np.empty_like(feats)
    # each feature group weighs the same however many dimensions it has
    groups = ((0, n_stems), (n_stems, 2 * n_stems), (2 * n_stems, 2 * n_stems + 12), (2 * n_stems + 12, feats.shape[1]))
    for lo, hi in groups:
        block = feats[:, lo:hi]
        block = (block - block.mean(axis=0)) / (block.std(axis=0) + 1e-6)
        out[:, lo:hi] = block / np.sqrt(max(1, hi - lo))
    return out


def frame_db(mono: np.ndarray, hop_s: float = 0.05) -> np.ndarray:
    hop = int(hop_s * SAMPLE_RATE_HZ)
    n = max(1, len(mono) // hop)
    power = (mono[: n * hop].astype(np.float64) ** 2).reshape(n, hop).mean(axis=1)
    return np.maximum(10 * np.log10(power + 1e-10), -70.0)


def stem_onset_strength(mono: np.ndarray, hop_s: float = 0.05) -> np.ndarray:
    """Spectral-flux onset strength summed into hop_s frames: how busy a stem is."""
    import librosa

    y = librosa.resample(mono.astype(np.float32), orig_sr=SAMPLE_RATE_HZ, target_sr=22050, res_type="soxr_hq")
    env = librosa.onset.onset_strength(y=y, sr=22050, hop_length=512)
    per = hop_s * 22050 / 512
    n = max(1, int(len(env) / per))
    idx = np.minimum((np.arange(len(env)) / per).astype(int), n - 1)
    return np.bincount(idx, weights=env, minlength=n)


def bar_edges(downbeats_s: np.ndarray, duration_s: float) -> np.ndarray:
    """Bar boundaries from downbeats; a trailing piece shorter than half a bar joins the last bar."""
    edges = np.r_[downbeats_s, duration_s]
    if len(edges) > 2 and (edges[-1] - edges[-2]) < 0.5 * np.median(np.diff(edges[:-1])):
        edges = np.r_[edges[:-2], duration_s]
    return edges


def novelty(features: np.ndarray, half_width: int = KERNEL_BARS) -> np.ndarray:
    """Foote novelty: a Gaussian-tapered checkerboard kernel slid along the SSM diagonal."""
    n = len(features)
    dist = np.linalg.norm(features[:, None, :] - features[None, :, :], axis=2)
    ssm = np.exp(-dist / (np.median(dist) + 1e-9))
    k = half_width
    sign = np.sign(np.arange(-k, k) + 0.5)
    taper = np.exp(-0.5 * ((np.arange(-k, k) + 0.5) / max(1.0, k)) ** 2)
    kernel = np.outer(sign * taper, sign * taper)
    padded = np.pad(ssm, k, mode="constant")  # zeros: the track's edges are not boundaries
    return np.array([np.sum(kernel * padded[i: i + 2 * k, i: i + 2 * k]) for i in range(n)])


def segment(features: np.ndarray, downbeats_s: np.ndarray, duration_s: float) -> list[dict]:
    """Sections as dicts with start_s, end_s and a letter label (``features`` from bar_features)."""
    n = len(features)
    if n < 2 * MIN_SECTION_BARS:
        return [{"start_s": 0.0, "end_s": duration_s, "label": "A"}]
    nov = novelty(features)
    # A boundary is the strongest point of novelty within +-PEAK_RADIUS bars and rises above the
    # curve's median. (A global threshold lets one big change, like a band entering, hide the rest.)
    floor = float(np.median(nov))
    peaks = [i for i in range(MIN_SECTION_BARS, n - MIN_SECTION_BARS + 1)
             if nov[i] > floor and nov[i] == nov[max(0, i - PEAK_RADIUS): i + PEAK_RADIUS + 1].max()]
    bounds = [0]
    for p in peaks:
        if p - bounds[-1] >= MIN_SECTION_BARS:
            bounds.append(p)
    bounds.append(n)
    segs = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    means = [features[a:b].mean(axis=0) for a, b in segs]
    labels: list[str] = []
    protos: list[np.ndarray] = []
    scale = np.median(np.linalg.norm(features - features.mean(axis=0), axis=1)) + 1e-9
    for m in means:
        dists = [np.linalg.norm(m - p) / scale for p in protos]
        if dists and min(dists) < 0.6:
            labels.append(string.ascii_uppercase[int(np.argmin(dists))])
        else:
            protos.append(m)
            labels.append(string.ascii_uppercase[min(len(protos) - 1, 25)])
    edges = bar_edges(downbeats_s, duration_s)
    out = []
    for (a, b), label in zip(segs, labels):
        out.append({"start_s": 0.0 if a == 0 else float(edges[a]), "end_s": float(edges[b]) if b < n else duration_s,
                    "label": label})
    return out
