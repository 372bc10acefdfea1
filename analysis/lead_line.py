"""The lead line of a mix loaded unseparated: the melody heard above the band, most often the singer's.

A mix with no separation weights is one stem, and "where does the singer's voice sit? is he mid-word at 7.1 s?" was
answered "the vocals are inside the unseparated mix and cannot be heard apart" (round 75's bx03, round 76's by04:
dev). Essentia's PredominantPitchMelodia (Salamon and Gómez's melody extraction: pitch contours of a salience
function, the one voiced above the accompaniment kept) reads the mix's predominant pitch once at ingest, about 3 ms
hops; it is stored as the mix stem's f0 on the 50 ms feature frames (analysis.bass_line.on_frames) in place of one
frame's YIN of everything at once, and read per window as the mix's lead line (heuristics.describe.lead_line_of;
``python -m eval.lead_line`` scores it against the real singers' annotated f0).
"""

from __future__ import annotations

import numpy as np

from .config import essentia_standard

HOP = 128  # samples at 44.1 kHz: about 2.9 ms
MIN_HZ, MAX_HZ = 70.0, 1000.0  # a sung line's fundamentals, low bass voice to a high soprano


def predominant_pitch(mono: np.ndarray, sr: int) -> tuple[np.ndarray, float]:
    """(Hz per frame, 0 where no melody is heard; the hop in s) of a mix's predominant melody."""
    es = essentia_standard()
    audio = np.ascontiguousarray(mono, dtype=np.float32)
    f0, _ = es.PredominantPitchMelodia(sampleRate=sr, hopSize=HOP, frameSize=2048, minFrequency=MIN_HZ,
                                       maxFrequency=MAX_HZ)(es.EqualLoudness(sampleRate=sr)(audio))
    return np.asarray(f0, dtype=float), HOP / sr
