"""A singer's vibrato: where the voice's pitch swings regularly around a held note, how fast and how wide.

"Doubling his long shouted notes with a synth lead -- does he put vibrato on them? how fast and how wide, so I can
set the LFO?" was answered "not measured" (round 61's bj01): the stored f0 (YIN on 50 ms frames) is too coarse and,
on a shouted voice, full of octave slips. Here the vocal stem's pitch is read once at ingest with Essentia's
PitchMelodia (a salience-and-contour tracker, about 6 ms hops), and each stretch where it swings regularly is kept:
(start s, end s, the MIDI note it swings around, the rate in Hz, the depth in cents from top to bottom).

The method: inside each voiced run (gaps of GAP_S bridged), the note's centre line is the pitch's running mean over
CENTRE_S (longer than a vibrato's cycle, so the swing is what is left around it); a window of WIN_S slides along the
swing, and where its autocorrelation peaks at a lag of a rate between RATE_HZ (at AC_MIN or more) while the centre
moves less than CENTRE_MOVE_CENTS across it (a slide or a run of notes is no vibrato), the window swings; its depth is
a sine's at that rate fitted to it, twice the amplitude, corrected for what the running mean takes out of a swing at
that rate. Stretches of swinging windows are vibrato where their depth is DEPTH_MIN_CENTS or more (narrower is a
steady voice's wobble). Constants set on the Punk multitrack's singer (round 61's bj01: dev), against his annotated
f0; ``python -m eval.vibrato`` scores the other real singers.
"""

from __future__ import annotations

import numpy as np

from .config import essentia_standard

HOP_S = 0.0058  # the pitch line's hop (256 samples at 44.1 kHz: a 5.5 Hz cycle is 31 hops)
GAP_S = 0.04  # an unvoiced gap this short inside a note (a consonant, a tracking dropout) is bridged
GAP_JUMP_CENTS = 150.0  # ... where the pitch either side of it is this close
CENTRE_S = 0.3  # the running mean that gives a note's centre line
WIN_S = 0.35  # the sliding window a swing is read in (two cycles of a 5.5 Hz vibrato)
STEP_S = 0.02
RATE_HZ = (3.5, 8.5)  # a singer's vibrato (a slower swing is a drift, a faster one a trill or jitter)
AC_MIN = 0.3  # the swing's autocorrelation at its period: regular enough to be a vibrato
CENTRE_MOVE_CENTS = 100.0  # the centre line moving this much across a window: a slide or a run of notes
DEPTH_MIN_CENTS = 60.0  # top to bottom: a vibrato of about a third of a semitone either way or more
MIN_SWING = 3.0  # cents: a window this flat is a held straight note (no autocorrelation read)


def pitch_line(mono: np.ndarray, sr: int) -> tuple[np.ndarray, float]:
    """(cents from C-1, NaN where unvoiced; the hop in s) of a monophonic voice, from Essentia's PitchMelodia."""
    es = essentia_standard()
    hop = max(32, int(round(HOP_S * sr)))
    audio = np.ascontiguousarray(mono, dtype=np.float32)
    f0, _ = es.PitchMelodia(sampleRate=sr, hopSize=hop, frameSize=2048, minFrequency=60,
                            maxFrequency=1500)(es.EqualLoudness(sampleRate=sr)(audio))
    f0 = np.asarray(f0, dtype=float)
    cents = np.full(len(f0), np.nan)
    cents[f0 > 0] = 1200.0 * np.log2(f0[f0 > 0] / 440.0) + 6900.0
    return _bridged(cents, hop / sr), hop / sr


def _bridged(cents: np.ndarray, hop: float) -> np.ndarray:
    """Short unvoiced gaps between close pitches filled in a straight line."""
    out = cents.copy()
    idx = np.flatnonzero(np.isfinite(cents))
    for a, b in zip(idx[:-1], idx[1:]):
        if 1 < b - a <= int(GAP_S / hop) + 1 and abs(cents[b] - cents[a]) < GAP_JUMP_CENTS:
            out[a + 1:b] = np.interp(np.arange(a + 1, b), [a, b], [cents[a], cents[b]])
    return out


def _mean_response(rate_hz: float) -> float:
    """What the running mean over CENTRE_S keeps of a swing at this rate (a sinc): the swing left around the centre
    line is (1 - this) of the real one."""
    x = np.pi * rate_hz * CENTRE_S
    return float(np.sin(x) / x)


def _sine_depth(x: np.ndarray, hop: float, rate_hz: float) -> float:
    """Top to bottom (twice the amplitude) of the sine at ``rate_hz`` fitted to ``x``."""
    t = np.arange(len(x)) * hop
    basis = np.column_stack([np.sin(2 * np.pi * rate_hz * t), np.cos(2 * np.pi * rate_hz * t), np.ones(len(t))])
    coef, *_ = np.linalg.lstsq(basis, x, rcond=None)
    return float(2.0 * np.hypot(coef[0], coef[1]))


def vibrato_stretches(cents: np.ndarray, hop: float) -> list[list[float]]:
    """[start s, end s, MIDI note, rate Hz, depth cents top to bottom] of each stretch the pitch swings regularly
    around a held note (the module's method), in time order."""
    k, w, step = int(round(CENTRE_S / hop)), int(round(WIN_S / hop)), max(1, int(round(STEP_S / hop)))
    lo, hi = int(1.0 / RATE_HZ[1] / hop), int(1.0 / RATE_HZ[0] / hop)
    out: list[list[float]] = []
    i, n = 0, len(cents)
    while i < n:
        if not np.isfinite(cents[i]):
            i += 1
            continue
        j = i
        while j < n and np.isfinite(cents[j]):
            j += 1
        run = cents[i:j]
        if j - i >= w and hi < w:
            centre = np.convolve(np.pad(run, (k // 2, k - k // 2 - 1), mode="edge"), np.ones(k) / k, mode="valid")
            swing = run - centre
            flags = np.zeros(j - i, bool)
            rates, depths = np.full(j - i, np.nan), np.full(j - i, np.nan)
            for s in range(0, j - i - w + 1, step):
                x = swing[s:s + w] - swing[s:s + w].mean()
                if x.std() < MIN_SWING or abs(centre[s + w - 1] - centre[s]) >= CENTRE_MOVE_CENTS:
                    continue
                ac = np.correlate(x, x, "full")[w - 1:]
                ac = ac / ac[0]
                lag = lo + int(np.argmax(ac[lo:hi]))
                if ac[lag] < AC_MIN:
                    continue
                rate = 1.0 / (lag * hop)
                flags[s:s + w] = True
                rates[s + w // 2] = rate
                depths[s + w // 2] = _sine_depth(x, hop, rate) / (1.0 - _mean_response(rate))
            edges = np.flatnonzero(np.diff(np.r_[0, flags.astype(int), 0]))
            for a, b in zip(edges[::2], edges[1::2]):
                if np.all(np.isnan(rates[a:b])):
                    continue
                depth = float(np.nanmedian(depths[a:b]))
                if depth >= DEPTH_MIN_CENTS:
                    out.append([round(float((i + a) * hop), 3), round(float((i + b) * hop), 3),
                                int(round(float(np.median(centre[a:b])) / 100.0)),
                                round(float(np.nanmedian(rates[a:b])), 2), round(depth, 1)])
        i = j
    return out


def vibrato_of(mono: np.ndarray, sr: int) -> list[list[float]]:
    """The voice's vibrato stretches (:func:`vibrato_stretches`) from its audio."""
    cents, hop = pitch_line(mono, sr)
    return vibrato_stretches(cents, hop)
