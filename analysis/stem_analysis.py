"""Per-stem analysis: frame-level descriptors, onsets, and note events.

Pitched stems are transcribed with basic-pitch (its ONNX model, shipped in the wheel, on
onnxruntime); drums become onset events classified by spectral band into GM kick (36),
snare (38) and closed hi-hat (42).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .config import SAMPLE_RATE_HZ, essentia_standard
from .core.types import DrumHit, Note
from .errors import ModelUnavailableError
from .core.vocabulary import (BLEED_MARGIN_DB, BLEED_SHAPE_SIMILARITY, DRUM_CLASSES, DRUM_NOTE, FEATURE_HOP_S,
                              SIDE_STICK_NOTE,
                              NOISE_FLOOR_MARGIN_DB, RINGING_HAT_NOTE, SILENT_FRAME_DB, UNDER_OWN_LEVEL_DB)
FRAME = 2048

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


def frame_descriptors(mono: np.ndarray, pitched: bool, low_line: bool = False,
                      melody: bool = False) -> dict[str, np.ndarray]:
    """Loudness (dB RMS), sample peak (0..1, over the hop centred on the frame: the waveform overview),
    spectral centroid and f0 (0 where unvoiced) every FEATURE_HOP_S. ``low_line`` (the bass stem): the
    f0 from bass_line's longer-frame track, which hears low notes this frame's YIN misses. ``melody`` (a mix loaded
    unseparated): the f0 of its predominant melody, its lead line (analysis.lead_line), not one frame's YIN of
    everything sounding at once."""
    es = essentia_standard()

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
        if pitched and not low_line and not melody:
            pitch, confidence = yin(spec)
            f0[i] = pitch if confidence > 0.6 else 0.0
    if pitched and low_line:
        from .bass_line import frame_f0

        f0 = np.where(energy < SILENT_FRAME_DB, 0.0, frame_f0(audio, SAMPLE_RATE_HZ, np.arange(n) * FEATURE_HOP_S))
    if pitched and melody:
        from .bass_line import on_frames
        from .lead_line import predominant_pitch

        f0 = np.where(energy < SILENT_FRAME_DB, 0.0, on_frames(*predominant_pitch(audio, SAMPLE_RATE_HZ),
                                                               np.arange(n) * FEATURE_HOP_S, FEATURE_HOP_S / 2))
    return {"time_s": np.arange(n) * FEATURE_HOP_S, "energy_db": energy, "peak": peak, "centroid_hz": cent,
            "pitch_hz": f0}


def band_shapes(mono: np.ndarray, n_frames: int) -> np.ndarray:
    """(n_frames, 24) unit-norm mel magnitude spectra on the FEATURE_HOP_S frames of frame_descriptors."""
    import librosa

    hop = int(FEATURE_HOP_S * SAMPLE_RATE_HZ)
    mel = librosa.feature.melspectrogram(y=np.asarray(mono, dtype=np.float32), sr=SAMPLE_RATE_HZ, n_fft=FRAME,
                                         hop_length=hop, n_mels=24, fmin=30.0, fmax=16000.0, power=1.0).T
    out = np.zeros((n_frames, 24))
    out[: min(n_frames, len(mel))] = mel[:n_frames]
    return out / (np.linalg.norm(out, axis=1, keepdims=True) + 1e-12)


# A frame whose level rises this much more than the louder stem's over the frames before it holds the stem's
# own attack, not that stem's bleed (a real country kit, recorded 13 dB under its guitars, lost a fifth of its
# kicks to the bleed test: served kick F 0.81 where the detector alone read 1.00, python -m eval.drums).
BLEED_OWN_ATTACK_DB = 10.0
BLEED_RISE_FRAMES = 2  # the rise: over the lowest of this many frames before (a room's delay smears a leak's)


def _rise(level_db: np.ndarray) -> np.ndarray:
    """Per frame: its level over the lowest of the BLEED_RISE_FRAMES frames before it (dB; 0 at the start)."""
    before = np.full(len(level_db), np.inf)
    for k in range(1, BLEED_RISE_FRAMES + 1):
        before[k:] = np.minimum(before[k:], level_db[:-k])
    return np.where(np.isfinite(before), level_db - before, 0.0)


BLEED_BAND_RANGE_DB = 20.0  # a band of the stem's frame this near its loudest band holds its own sound


def _band_rise_over(own: np.ndarray, source: np.ndarray) -> np.ndarray:
    """Per frame of (frames, bands) magnitudes: how much more the stem rises than the source, in the band where
    it rises most over it (dB; among the stem's bands within BLEED_BAND_RANGE_DB of its loudest). A closed hat
    0.27 s after a snare rises in its top bands while the snare's tail fills the rest: the full-band level barely
    moves, and a real rock kit's hats after the backbeat (quiet against its guitars) were taken for bleed,
    12 of its 23 (eval.drums' MusicDelta Rock, dev)."""
    def rises(m: np.ndarray) -> np.ndarray:
        db = 20 * np.log10(m + 1e-12)
        before = np.full(db.shape, np.inf)
        for k in range(1, BLEED_RISE_FRAMES + 1):
            before[k:] = np.minimum(before[k:], db[:-k])
        return np.where(np.isfinite(before), db - before, 0.0)

    own_db = 20 * np.log10(own + 1e-12)
    heard = own_db >= own_db.max(axis=1, keepdims=True) - BLEED_BAND_RANGE_DB
    return np.where(heard, rises(own) - rises(source), -np.inf).max(axis=1)


def _under_own_bands(mags: np.ndarray, level_db: np.ndarray) -> np.ndarray:
    """Per frame of a kit's (frames, bands) magnitudes: UNDER_OWN_LEVEL_DB or more under the kit's loud frames in
    the band the frame is loudest in. A kit's drums and cymbals play at their own levels: a ride's skip note or a
    ghost stroke lies 30 dB and more under the kick's frames, not under the ride's or the snare's own (the frames
    swing song's ride skips, read as residue, were dropped: round 25's l10, dev for this rule); a kick's or a
    crash's tail lies that far under its own hits in its own bands."""
    out = np.zeros(len(level_db), bool)
    n = min(len(mags), len(level_db))
    sounding = level_db[:n] > SILENT_FRAME_DB
    if sounding.sum() < 20:
        return out
    band_db = 20 * np.log10(mags[:n] + 1e-12)
    loud = np.percentile(band_db[sounding], 95, axis=0)
    top = np.argmax(band_db, axis=1)
    out[:n] = band_db[np.arange(n), top] < loud[top] - UNDER_OWN_LEVEL_DB
    return out


def bleed_frames(energy_db: dict[str, np.ndarray], shapes: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Per stem, the frames that hold only residue: another stem's bleed (BLEED_MARGIN_DB or more under
    a stem whose spectral shape they share, cosine >= BLEED_SHAPE_SIMILARITY), or a steady noise floor
    (within NOISE_FLOOR_MARGIN_DB of the stem's quietest frames, when those are steady), or a level
    UNDER_OWN_LEVEL_DB under the stem's own loud passages (reverb tails, bleed too faint to compare). A separator
    leaves such residue in every stem and a live room puts it in every microphone; it is not the stem
    playing.

    Residue decides whether a stem plays; it is not evidence of spill (a piano's own decay under a loud
    bass is residue here): :func:`spill_frames` says where another stem's sound is in this one."""
    out = {}
    n = min(len(e) for e in energy_db.values())
    mags = {k: shapes[k][:n] * 10 ** (energy_db[k][:n, None] / 20) for k in energy_db}
    for name, e in energy_db.items():
        flag = np.zeros(len(e), bool)
        own_rise = _rise(e[:n])
        # bleed arrives from every other stem at once: compare with each, and with their sum
        others = [mags[o] for o in energy_db if o != name]
        for ref in others + ([sum(others)] if len(others) > 1 else []):
            level = 20 * np.log10(np.linalg.norm(ref, axis=1) + 1e-12)
            unit = ref / (np.linalg.norm(ref, axis=1, keepdims=True) + 1e-12)
            louder = level - e[:n] >= BLEED_MARGIN_DB
            similar = np.sum(shapes[name][:n] * unit, axis=1) >= BLEED_SHAPE_SIMILARITY
            # a leak rises when its source does: a stem's own attack, far steeper than the louder stem's
            # move (a kick under a held guitar chord), is the stem playing, however quiet it was recorded
            follows = own_rise - _rise(level) < BLEED_OWN_ATTACK_DB
            if name == "drums":  # a hit's attack, band by band (a hat's is in its top bands only)
                follows &= _band_rise_over(mags[name], ref) < BLEED_OWN_ATTACK_DB
            flag[:n] |= louder & similar & follows & (e[:n] > SILENT_FRAME_DB)
        # a noise floor above digital silence (a recording's hiss, a separator's residue) is not playing,
        # and neither is anything far under the stem's own loud passages
        sounding = e[e > SILENT_FRAME_DB]
        if len(sounding) >= 20:
            flag |= _under_own_bands(mags[name], e[:n]) if name == "drums" else \
                e < float(np.percentile(sounding, 95)) - UNDER_OWN_LEVEL_DB
            # the floor: an order statistic a few loud seconds cannot move; the music: the stem's loud
            # passages (a percussive stem spends most frames between hits, near its floor, so its median
            # says nothing about how far above the floor it plays)
            floor, loud = (float(x) for x in np.percentile(sounding, [5, 95]))
            steady = float(np.std(sounding[sounding <= floor + 3])) < 3.0
            if loud - floor >= 20.0 and steady:  # far under the music, and flat: a floor, not a quiet passage
                flag |= e < floor + NOISE_FLOOR_MARGIN_DB
        out[name] = flag
    return out


# Spill: another stem's sound inside this one. A leak (a microphone hearing the room, a separator's
# residue) is a copy of its source under the source's own level: in the bands where the stem's own
# sound is quiet, the stem's level follows the source's up and down at a fixed distance (the leak's
# gain), and the stem's own sound only ever adds to that. So, band by band over SPILL_WINDOW_FRAMES, the
# lowest levels of the stem relative to the source (the leak floor) must hold in most frames while the
# source's level moves. A stem's own decay that lies under a loud bass keeps no fixed distance to the
# bass through its notes. Fitted on eval/bleed.py's calibration tracks (python -m eval.bleed).
SPILL_N_FFT = 4096  # 10.8 Hz bins: a bass's notes lie in different bands
SPILL_BANDS_PER_OCTAVE = 4
SPILL_BAND_HZ = (32.0, 16000.0)
SPILL_SMOOTH_FRAMES = 3  # a room's delay and early reflections smear a leak over ~50 ms
SPILL_WINDOW_FRAMES = 41  # 2 s around the frame
SPILL_STEP_FRAMES = 5  # the window's verdict is computed every 250 ms
SPILL_FLOOR_QUANTILE = 0.1  # the leak floor: this quantile of the stem-to-source level differences
SPILL_FLOOR_TOLERANCE_DB = 2.0  # a frame within this of the floor lies on it
SPILL_FLOOR_SHARE = 0.6  # of the window's frames that must lie on the floor
SPILL_SOURCE_MOVES_DB = 3.0  # the source's level must move this much (std) over the floor frames
SPILL_MAX_GAIN_DB = -6.0  # a leak is quieter than its source
# ... and not far under it: a part's faint skirt (a guitar's G3 read 45-55 dB under a bass's G2 in the bands
# below the guitar's lowest note) keeps a fixed distance to a bass it decays with, as a leak would. The
# calibration's leaks (direct -15 to -30 dB, room copies at -15 and -20 dB) lie on floors of -39 dB or higher
# in 95 % of their cells; a clean stem's false cells lie at -44 to -55 dB as often as above -40.
SPILL_MIN_GAIN_DB = -40.0
# A leak copies the whole source at one gain (a room colours it by some dB across bands): where the source is
# loud, the stem holds at least that copy. So a band's floor counts as a leak only if it lies within
# SPILL_GAIN_SPREAD_DB of the lowest floor over the source's loud bands (window means within
# SPILL_SOURCE_LOUD_DB of its loudest). A bass struck with a guitar's chord, decaying with it, keeps -7 dB to
# the guitar in one band and -32 dB in the band of the guitar's loudest note: no one leak does both. Fitted on
# eval/bleed.py's calibration tracks (15 dB keeps the room copies' catches within 0.08 of no such check).
SPILL_SOURCE_LOUD_DB = 20.0
SPILL_GAIN_SPREAD_DB = 15.0
SPILL_MIN_BANDS = 2  # bands of a frame on the floor before the frame holds spill
SPILL_STEM_RANGE_DB = 100.0  # a band of the stem counts within this of the loudest band of any stem
SPILL_SOURCE_RANGE_DB = 60.0  # a band of the source counts within this of the source's loudest


def band_powers(mono: np.ndarray, n_frames: int) -> np.ndarray:
    """(n_frames, bands) power in quarter-octave bands (SPILL_BAND_HZ, SPILL_N_FFT-point Hann frames)
    on the FEATURE_HOP_S frames of frame_descriptors (frame i centred on i * hop)."""
    hop = int(FEATURE_HOP_S * SAMPLE_RATE_HZ)
    audio = np.pad(np.asarray(mono, dtype=np.float32), (SPILL_N_FFT // 2, SPILL_N_FFT))
    need = (n_frames - 1) * hop + SPILL_N_FFT
    if len(audio) < need:
        audio = np.pad(audio, (0, need - len(audio)))
    lo, hi = SPILL_BAND_HZ
    edges = lo * 2.0 ** (np.arange(int(np.log2(hi / lo) * SPILL_BANDS_PER_OCTAVE) + 1) / SPILL_BANDS_PER_OCTAVE)
    band = np.digitize(np.fft.rfftfreq(SPILL_N_FFT, 1.0 / SAMPLE_RATE_HZ), edges) - 1
    used = np.unique(band[(band >= 0) & (band < len(edges) - 1)])  # the lowest bands may hold no bin
    to_bands = (band[:, None] == used[None, :]).astype(np.float32)
    window = np.hanning(SPILL_N_FFT).astype(np.float32)
    frames = np.lib.stride_tricks.sliding_window_view(audio, SPILL_N_FFT)[::hop]
    out = np.zeros((n_frames, len(used)))
    for start in range(0, n_frames, 512):  # blocks keep a long track's spectrogram out of memory
        block = frames[start: min(n_frames, start + 512)] * window
        out[start: start + len(block)] = (np.abs(np.fft.rfft(block, axis=1)) ** 2) @ to_bands
    return out


def _follows_source(own_db: np.ndarray, source_db: np.ndarray, loudest_db: float) -> np.ndarray:
    """Per frame: at least SPILL_MIN_BANDS bands of the stem lie on a leak floor under the source (see
    the SPILL_ constants). Levels are (frames, bands) in dB."""
    from numpy.lib.stride_tricks import sliding_window_view

    n, half, width = len(own_db), SPILL_WINDOW_FRAMES // 2, SPILL_WINDOW_FRAMES
    valid = (own_db > loudest_db - SPILL_STEM_RANGE_DB) & (source_db > source_db.max() - SPILL_SOURCE_RANGE_DB)
    diff = np.where(valid, own_db - source_db, np.inf)
    diffs = sliding_window_view(np.pad(diff, ((half, half), (0, 0)), constant_values=np.inf), width, axis=0)
    sources = sliding_window_view(np.pad(np.where(valid, source_db, 0.0), ((half, half), (0, 0))), width, axis=0)
    centres = np.arange(0, n, SPILL_STEP_FRAMES)
    floor, leak = np.empty((len(centres), diff.shape[1])), np.empty((len(centres), diff.shape[1]), bool)
    for b in range(0, len(centres), 1000):  # blocks of windows bound the memory a long track needs
        at = centres[b: b + 1000]
        d, s = diffs[at], sources[at]  # (windows, bands, frames)
        seen = np.isfinite(d)
        count = seen.sum(-1)
        k = np.minimum((SPILL_FLOOR_QUANTILE * count).astype(int), width - 1)
        low = np.take_along_axis(np.sort(d, -1), k[..., None], -1)[..., 0]
        on_floor = seen & (d <= low[..., None] + SPILL_FLOOR_TOLERANCE_DB)
        m = np.maximum(on_floor.sum(-1), 1)
        mean = (s * on_floor).sum(-1) / m
        moves = np.sqrt(np.maximum((s ** 2 * on_floor).sum(-1) / m - mean ** 2, 0.0))
        level = np.where(count >= width / 2, (s * seen).sum(-1) / np.maximum(count, 1), -np.inf)
        loud = level >= level.max(-1, keepdims=True) - SPILL_SOURCE_LOUD_DB
        one_gain = low <= np.where(loud, low, np.inf).min(-1, keepdims=True) + SPILL_GAIN_SPREAD_DB
        floor[b: b + len(at)] = low
        leak[b: b + len(at)] = ((count >= width / 2) & (on_floor.sum(-1) >= SPILL_FLOOR_SHARE * count)
                                & (moves >= SPILL_SOURCE_MOVES_DB) & (low <= SPILL_MAX_GAIN_DB)
                                & (low >= SPILL_MIN_GAIN_DB) & one_gain)
    nearest = np.minimum(np.round(np.arange(n) / SPILL_STEP_FRAMES).astype(int), len(centres) - 1)
    cells = leak[nearest] & valid & (diff <= floor[nearest] + SPILL_FLOOR_TOLERANCE_DB)
    return cells.sum(axis=1) >= SPILL_MIN_BANDS


def spill_frames(powers: dict[str, np.ndarray], energy_db: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Per stem, the sounding frames that hold another stem's sound (spill): the stem's band levels
    follow another stem's (or the other stems' sum's) at a fixed distance under it, through that
    stem's changes of level (see the SPILL_ constants). Unlike :func:`bleed_frames` this says nothing
    about the stem playing: a frame may hold the stem and spill at once, and a stem's own decay tail
    or release under a loud stem is not spill.

    ``powers``: stem -> (frames, bands) from :func:`band_powers`; ``energy_db``: stem -> frame levels."""
    from scipy.ndimage import uniform_filter1d

    n = min((len(p) for p in powers.values()), default=0)
    if n == 0:
        return {name: np.zeros(len(e), bool) for name, e in energy_db.items()}
    # the filter's running sum leaves tiny negative powers in digital silence after a loud passage: their
    # log is NaN, and one NaN as the first stem's loudest level turned the whole track's spill off
    smooth = {k: np.maximum(uniform_filter1d(np.asarray(p[:n], dtype=float), SPILL_SMOOTH_FRAMES, axis=0), 0.0)
              for k, p in powers.items()}
    level = {k: 10 * np.log10(p + 1e-20) for k, p in smooth.items()}
    loudest = max(float(v.max()) for v in level.values())
    out = {}
    for name, e in energy_db.items():
        flag = np.zeros(len(e), bool)
        others = [o for o in powers if o != name]
        if name in powers and others:
            # a leak comes from each stem and from all of them at once: compare with each, and with their sum
            sources = [level[o] for o in others]
            if len(others) > 1:
                sources.append(10 * np.log10(sum(smooth[o] for o in others) + 1e-20))
            for src in sources:
                flag[:n] |= _follows_source(level[name], src, loudest)
        out[name] = flag & (e > SILENT_FRAME_DB)
    return out


def detect_onsets(mono: np.ndarray) -> np.ndarray:
    """Onset times (s) with Essentia's complex-domain detection function (robust on soft attacks)."""
    es = essentia_standard()

    audio = np.ascontiguousarray(mono, dtype=np.float32)
    window, fft, c2p = es.Windowing(type="hann", size=1024), es.FFT(size=1024), es.CartesianToPolar()
    detect = es.OnsetDetection(method="complex", sampleRate=SAMPLE_RATE_HZ)
    values = [detect(*c2p(fft(window(f)))) for f in es.FrameGenerator(audio, frameSize=1024, hopSize=512)]
    if len(values) < 3:
        return np.zeros(0)
    return np.asarray(es.Onsets(frameRate=SAMPLE_RATE_HZ / 512)(np.asarray([values], dtype=np.float32), [1]), dtype=float)


# Each drum class's signature band (Hz): the kick's thump, the snare's body (a hi-hat has nothing
# there), the hi-hat's sizzle. Templates start from these bands and are then learned, over the whole
# spectrum, from the track's own hits, so a clicky kick or a snare's wires are still told apart.
DRUM_BANDS = {"kick": (30.0, 120.0), "snare": (150.0, 600.0), "hihat": (5000.0, 16000.0)}
DRUM_HOP = 256  # 5.8 ms at 44.1 kHz
DRUM_MEL = dict(n_mels=48, fmin=30.0, fmax=16000.0)  # the bands attack spectra are read in
# A class is struck at a candidate onset when its activation reaches this share of the class's typical
# (90th-percentile) activation. Fitted on the calibration arrangements (eval/truth.py).
DRUM_MIN_ACTIVATION = 0.25


DRUM_CONTEXT_S = 3.0  # a hit is judged against the class's hits within this many seconds, not the whole track


def _local_typical(act: np.ndarray, times_s: np.ndarray) -> np.ndarray:
    """Per candidate, the class's typical (90th-percentile) activation among the candidates within
    DRUM_CONTEXT_S: loud material elsewhere in the track (a fill, a crash, a noise) does not raise
    the bar for the hits here."""
    out = np.empty(len(act))
    for i, t in enumerate(times_s):
        near = (np.abs(times_s - t) <= DRUM_CONTEXT_S) & (act > 0)
        pool = act[near] if near.sum() >= 4 else act[act > 0]
        out[i] = float(np.percentile(pool, 90))
    return out


def _initial_templates(mel_hz: np.ndarray) -> np.ndarray:
    out = []
    for lo, hi in DRUM_BANDS.values():
        w = np.where((mel_hz >= lo) & (mel_hz < hi), 1.0, 0.05)  # a class's band, and a little elsewhere
        out.append(w / np.linalg.norm(w))
    return np.stack(out, axis=1)  # (bands, classes)


@dataclass(frozen=True)
class DrumParams:
    """How drum_events places and keeps hits. ``kick_onset``: "common" (the kick's start by the definition
    the bass is measured with, :func:`common_onsets`) or "attack" (:func:`refine_onsets`, full band);
    ``kick_latency_s`` ({"clean": s, "legato": s}) overrides ONSET_LATENCY_S["kick"] (the eval fits it
    leave-one-sound-out)."""

    kick_onset: str = "common"
    kick_latency_s: dict | None = None
    # A second stroke 20-70 ms after a hit (a drag, a double, a flam's main stroke after its grace note) hardly
    # moves the log-mel onset curve over the first one's ring: it is a candidate where the kit's level (short
    # frames) climbs this many dB from its dip after the first, within SECOND_STROKE_ATTACK frames
    # (_second_strokes); it teaches no template and is read as a snare or as nothing. None: the curve's peaks
    # only (the detector before). 4 dB and the attack's 17 ms were chosen on eval.drums' real kits and the frames
    # songs' degraded ballad (dev): MusicDelta Beatles' snare doubles, 31-41 ms apart, 0.83 -> 0.91; 3 dB cost
    # Punk's hats 0.83 -> 0.77, a slower climb let a degraded copy's reflections in.
    second_stroke_rise_db: float | None = 4.0
    # ... and a snare is struck at a second stroke where it explains most of its attack and reaches this
    # share of its typical activation (the attack rises out of the first stroke's ring, so it reads smaller)
    second_stroke_min_activation: float = 0.1
    # per class (kick, snare, hi-hat): the share of the class's typical activation a hit must reach. A
    # kick at 0.4: a floor tom's low body reaches a third of a kick's (eval.drums, calibration kit)
    min_activation: tuple[float, float, float] = (0.4, DRUM_MIN_ACTIVATION, DRUM_MIN_ACTIVATION)
    # ... or, for a cymbal hit the hi-hat class explains alone (this share of its attack), this lower bar:
    # a ride played alone sits far under the ride-with-crash hits that set the class's typical level
    dominant_share: float = 0.6
    dominant_min_activation: float = 0.05
    # A kick or snare class whose struck hits are two sounds (two clusters of attack spectra under the
    # hi-hat band whose centroids' cosine is under this) hands the fewer to a tom class (_second_drums):
    # a kit's toms, which three templates read as kicks or snares. None: three classes only (the
    # detector before; eval.drums' baseline). 0.85 was chosen on eval.drums --synthetic (rendered kits).
    split_max_similarity: float | None = 0.85
    # A snare whose body lies in the kick's band (electronic and power kits) is explained by the kick
    # template: where the kick's hits are two sounds at least this many spreads apart (_separation) and
    # the snare class has no sound of its own, the kick learns from the lower and the snare from the
    # higher (_snare_from_kick). None: the detector before (eval.drums' baseline). 6 lies between one
    # drum's hits (under 3.5) and a kit's kick and snare (13 and over) on eval.drums' real and rendered kits.
    template_min_separation: float | None = 6.0
    # ... and where the kick's hits are more than two sounds (a fill, a kick under a crash), the two
    # most-struck are the kick and the snare. False: the detector before (TimGM6mb's power kit: its
    # snares stayed kicks, and a client repeated a false "four on the floor").
    template_many_sounds: bool = True
    # ... and which of the kick's two sounds is the lower, and whether the higher holds the lower one (a
    # kick and snare struck together, not a snare), are read at each sound's strongest partial in a fine
    # low spectrum (_low_spectra). False: in the mel bands, the detector before (a power kit's loud snare
    # passed for a kick with a snare).
    mix_by_fundamental: bool = True
    # A hi-hat-class hit whose ring (CYMBAL_RING_S after it) holds this many times the class's median
    # ratio of CYMBAL_BODY_HZ to the band over CYMBAL_TOP_HZ, and whose hi-hat band stays over
    # CYMBAL_MIN_SUSTAIN of its attack through CYMBAL_SUSTAIN_S, is a cymbal (a crash, a china), written as
    # one (_cymbals), so the hi-hat's pattern is the hats'. None: no cymbal class (eval.drums' baseline).
    # 2.0 was chosen on eval.drums' kits (dev): the real kits' hats reach 1.3 times their median, shadows'
    # ride 2.0, punk's crashes 2.1 and more; TimGM6mb's open hats reach 9 times its closed hats' and stay
    # hats by the sustain (the next hat closes them).
    cymbal_min_ring_ratio: float | None = 2.0
    # A crash struck with the kick (or the snare) on a downbeat: the kick's template explains the attack, so the
    # hi-hat class is not struck there and the cymbal rule above never sees it (Shadows crashes on four of its six
    # downbeat crashes under a ride, round 57's bf01). A drum-struck candidate whose hi-hat band still holds this
    # share of its attack through CYMBAL_SUSTAIN_S is struck with a cymbal too (a kick or snare alone has died by
    # then: at most 0.12 on eval.drums' real kits but punk's). None: not read (eval.drums' baselines).
    drum_cymbal_min_sustain: float | None = 0.6
    # A crash the hi-hat class struck whose wash dies under CYMBAL_MIN_SUSTAIN in CYMBAL_SUSTAIN_S (a rendered
    # crash struck with the kick on a section's downbeat holds 0.14-0.3 of its attack there, and was written as an
    # open hat: 3 of 20 crashes found on the frames songs' clean copies, the fortieth session's read, dev): a hit
    # whose ring ratio is at least cymbal_broad_ratio times the class's median, that holds cymbal_wash_sustain of
    # its attack and whose hat band rose at least cymbal_min_rise over the 50 ms before is a cymbal (a crash rises
    # 6 to 10^11 times out of what rang before; a ride, an open hat, a closed hat in a crash's wash 0.7-4.4 on those
    # songs; 5.0 between them). None: not read (the detector before).
    cymbal_min_rise: float | None = 5.0
    cymbal_broad_ratio: float = 4.0
    cymbal_wash_sustain: float = 0.1
    # A candidate at which neither the kick nor the snare is struck is a hat or cymbal played alone where
    # the hi-hat class holds at least this share of what explains it (and reaches dominant_min_activation):
    # a lone ride hit carries the kit's low bleed, which the kick and snare templates explain in part (its
    # hi-hat share 0.3-0.6 on shadows). None: only dominant_share (eval.drums' baseline). 0.25 was chosen
    # on eval.drums' real kits (dev).
    lone_hat_min_share: float | None = 0.25
    # The hi-hat class is struck where its level read in the hats' top octave (over CYMBAL_TOP_HZ: the
    # hat template's fit to the attack there, :func:`drum_activations`) reaches min_activation of its
    # typical level there. A kick or snare template has nothing in the hi-hat band, so a drum's own top (a
    # side-stick's click, a kick's beater) is explained by the hi-hat template in the full band; that top
    # falls away through the band where a hat's sizzle does not (MusicDelta Country1: the side-stick holds
    # a third to a half of its hi-hat-band level over 10 kHz, the hats struck with its kicks two to six
    # times theirs), so read there it is no hat. A hit the full-band level alone strikes is still a cymbal
    # where it rings as one (_cymbals: a crash's wash lies under the top octave). False: the hi-hat's
    # level is its full-band NNLS activation (the detector before: a side-stick backbeat written as a
    # hi-hat on every beat). CYMBAL_TOP_HZ was not chosen for this (10 kHz, the cymbal class's).
    hat_level_in_top_octave: bool = True
    # The class whose hits struck with a snare-class hit keep it a snare where the snare's hits are two
    # sounds (_second_drums): "cymbal" (a crash's wash lowers a snare's body; cymbals are told first),
    # and none where the class's more-struck sound is the hats it learned (its fewer hits are the snares).
    # "hihat": the hi-hat or cymbal classes, the detector before, where a floor tom whose attack reaches
    # the hi-hat class (beatles, with a tambourine as the timekeeper) stayed a snare.
    snare_keeps_hits_with: str = "cymbal"
    # The snare class's hits are told apart as every drum they are (:func:`_sounds`, at
    # template_min_separation: the split the kick class's templates are read by), not in two only: its
    # most-struck sound is the snare, and each other sound of DRUM_SPLIT_MIN_HITS hits or more is a tom
    # where it lies below the snare or is struck at most half as often (a fill: a kit's high toms may lie
    # above its snare, TimGM6mb's standard kit; a fill's high and low toms are two sounds, and a low tom
    # can lie at a cosine of 0.9-0.98 of the snare, many spreads apart), unless most of its hits' top
    # octave sizzles as the kit's hats do (hat_top_min_ratio: hats the class learned, or snares struck
    # with hats). Where _sounds finds one sound, the two-means split under split_max_similarity as before.
    # False: one two-way split, the fewer hits a tom only below the snare and only where they hold less of
    # the hi-hat class than the snare's (the detector before: a tom fill's high tom stayed a snare, and
    # its low tom where the fill had two toms).
    snare_sounds: bool = True
    # A hit's top octave sizzles as a hat's where the hi-hat template's fit over CYMBAL_TOP_HZ, over the
    # hi-hat class's full-band NNLS activation, reaches this share of that ratio's median over the kit's
    # hats heard alone (all its hats where fewer than DRUM_SPLIT_MIN_HITS are: a tambourine on the beats).
    # The kick and snare templates hold nothing in the hi-hat band, so a drum's stick attack is explained
    # by the hi-hat template, and in a break without hats the class's local typical level is the drums'
    # own tops: every drum hit reached it (the frames songs' tom breaks: 'hi-hat on every eighth'). That
    # attack falls away through the band where a hat's sizzle does not (the ratio's median: a hat alone
    # 1.0, a hat struck with a kick or snare 0.6-1.4, a kick or snare alone 0.3, a tom 0.15-0.23 on
    # eval.drums' kits and the frames songs'). A hi-hat-class hit struck with a kick, snare or tom is
    # kept where its top sizzles so, or where hats are heard around it (:func:`_hats_heard`). None: the
    # detector before.
    hat_top_min_ratio: float | None = 0.5
    # A hi-hat-class hit whose hi-hat band stays at or over this share of its attack through CYMBAL_SUSTAIN_S
    # (_ring's sustain) rings on: it is written as RINGING_HAT_NOTE (a ride kept as the timekeeper, or an
    # open hat), the rest as DRUM_NOTE's closed hat. Read on dev material (`python -m eval.drums --ring`):
    # closed hats hold 0.000-0.020 of their attack there on FluidR3's and TimGM6mb's kits at 92 and 140 BPM,
    # 0.026 on MusicDelta Rock's, 0.004 Country1's, a tambourine 0.011 (Beatles); rides 0.07-0.17 rendered
    # and 0.33 on Shadows', open hats 0.10-0.25 (FluidR3), 0.12 on Punk's. A ride and an open hat overlap
    # and are not told apart. None: every hi-hat-class hit written as the closed hat (the detector before).
    hat_ring_min_sustain: float | None = 0.045
    # ... that sustain read over the stem's noise floor in the hi-hat band (HAT_FLOOR_PERCENTILE of its frames
    # that are not digital silence): a hiss under the kit holds the band up after every hat, and a closed hat
    # in it reads as ringing (the frames songs' degraded copies, a floor 24-30 dB under the stem: 0.07-0.24 of
    # a closed hat's attack). A candidate, not landed: on the frames songs' sections (dev) it names 0.83 right
    # against 0.70, on the held-out degraded draw test8 0.65 against 0.69 (`python -m eval.drums --ring`):
    # where the floor lies over a ride's ring in the hat band, it names every timekeeper closed where the
    # sustain over silence names every one ringing. A room's wash is no floor either way.
    hat_ring_over_floor: bool = False
    # Where the snare class is struck with at least this share of the kick's hits, and holds far less of those
    # attacks (KICK_OWN_SNARE_SHARE of the share it holds of its own hits, with at least DRUM_SPLIT_MIN_HITS of
    # those), the snare "hits" at the kicks are the kick's own upper sound: a room kit's beater click that the
    # snare class's side-stick template fits (the frames swing song's TimGM6mb room kit: all 59 kicks also a
    # snare, at 0.47 of their attack against the side-sticks' 0.94; 0.76 of the 76 kick hits read, the rest a
    # fill's toms). On the five real kits, the four other frames kits and 40 eval.drums renders (dev) the snare
    # is struck with at most 0.44 of the kick's hits (a one-drop, flams, a snare fill on the kick). None: the
    # detector before.
    kick_own_snare_with: float | None = 0.6
    # A snare-class hit struck without the kick whose decay carries no wire buzz -- its 1.5-5 kHz band in the 15-80
    # ms after it at least this many dB further under its 50-400 Hz body than the snare's hits' median, each band
    # over what rang before the hit (:func:`wire_db`) -- is a drum without wires: a tom (:func:`_wireless`). Read on
    # eval.drums' real kits (dev): a snare's hits lie within 8 dB of their median on Punk, Beatles and Rock, Punk's
    # floor and mid toms 15 dB under it, Beatles' floor tom 12; rendered kits' toms 8-12 dB under (FluidR3's
    # electronic kit's toms carry noise of their own and stay). Without the rise over what rang before, a brush
    # snare struck just after a tom (ft_ballad_csm76's break, dev) read as one. 8, 10 and 12 read alike on the dev
    # kits (Punk's tom F 0.40 / 0.40 / 0.22; rendered 0.43 / 0.40 / 0.39 against 0.22 without). None: the detector
    # before.
    tom_wire_gap_db: float | None = 10.0
    # A snare-class hit whose 1-3 kHz band falls CLICK_DROP_DB under its peak within this long (:func:`click_decay_s`),
    # among hits around it that die as fast (:func:`_side_sticks`), is a side-stick (cross-stick): the stick's butt on
    # the rim gives a click with no wire buzz after it, where a snare's wires ring on. Written as SIDE_STICK_NOTE,
    # still in the snare class (the backbeat's role). Chosen on `python -m eval.side_stick`'s calibration renders (at
    # the hits' score times, 1-3 kHz: balanced accuracy 0.88 at 0.04 s, 0.86 at 0.045, 0.82 at 0.05; a dead, short
    # electronic or brush snare sample dies as fast and is named a side-stick) and the real kits (dev: 0.93 at 0.04,
    # 0.97 at 0.045; MusicDelta Country1's side-sticks die in 33 ms by their median, 18-64 ms, the four other kits'
    # snares in 84-200 ms by theirs, a stray few under 45 ms: the neighbours' median keeps those snares). None: every
    # snare-class hit written as the snare (the detector before).
    side_stick_max_decay_s: float | None = 0.045
    # Which of the snare class's sounds is the snare: the one with the wires. Where another of its sounds (at least
    # DRUM_SPLIT_MIN_HITS hits, at least half as many, no more of them sizzling as the kit's hats) carries a wire
    # buzz (:func:`wire_db`, by its hits' median) SNARE_WIRE_LEAD_DB to SNARE_WIRE_LEAD_MAX_DB over the most-struck
    # sound's, that sound is the snare and the most-struck one a drum without wires (:func:`_snare_sounds`,
    # :func:`_second_drums`): a floor tom on every off-beat or every beat is struck more often than the backbeat's
    # snare, and was kept as the snare. False: the most-struck sound is the snare (the detector before).
    snare_by_wires: bool = True
    # A hit only the hi-hat class struck, whose top octave does not sizzle as the kit's hats' does, at this share of
    # the class's typical level or more (a struck sound, not a ghost note's or a drum's faint top), and whose decay
    # carries more drum body than wire band (:func:`wire_db` under 0 dB) is a tom: its stick attack and ring read as
    # a hat (:func:`_toms_read_as_hats`). Read on eval.drums' real kits and test1 (dev): such hits are MusicDelta
    # Punk's floor-tom strokes and test1's funk fills' toms at 0.38-1.22 of the hats' level, wire -20 to -5 dB;
    # ghost snares at 0.05-0.14; hats that do not sizzle (a ride's bell, Shadows) at +2 to +12 dB. None: such hits
    # stay hats (the detector before).
    hat_tom_min_level: float | None = 0.3
    # A hi-hat- or cymbal-class hit struck with no drum, placed within this many seconds after a kick, at under
    # kick_echo_max_level of its class's median velocity, is the kick's attack stirring a cymbal that was already
    # ringing, not a stroke: MusicDelta Punk's open hats and crash, washing on, were written again 20-50 ms after
    # the kicks between them at 0.33-0.74 of their class's median (13 such hits, 12 of them no annotated hat or
    # cymbal; its true crashes, annotated with the kick, read 20-50 ms after it at 0.64-1.58). No annotated hat is
    # that close after a kick on the other four real kits; a stroke that close is one with the kick to a listener.
    # Chosen on eval.drums' real kits (dev). None: such hits stay (the detector before).
    kick_echo_s: float | None = 0.06
    kick_echo_max_level: float = 0.75
    # A drum hit (kick, snare, side-stick or tom) struck alone within drum_echo_s after a drum hit at under
    # drum_echo_max_ratio of that hit's velocity is the room's echo of it, not a stroke: a degraded swing kit's
    # side-stick came back 54 ms later as a tom at a twentieth of its velocity (v4-5 after v99-126, six times on
    # ft_swing_g1208's degraded copy: a tom "played" in a head with none, round 106's dc07, dev). Every such hit on the
    # frames songs' and the real kits' stored drums was false (6 of 6, all under 0.05). None: such hits stay.
    drum_echo_s: float | None = 0.08
    drum_echo_max_ratio: float = 0.1


DRUM_SPLIT_MIN_HITS = 4
# How far (dB) a sound's wire buzz must lie over the snare class's most-struck sound's to be the snare (by the
# sounds' medians, DrumParams.snare_by_wires). Read on dev renders (eval.drums' test4, dev since a492c5f): a
# floor tom struck on the off-beats under a ride lies 7.5-14 dB under the backbeat's snare on FluidR3's kits;
# two sounds of one snare (struck alone, struck with the kick) lie under 5 dB apart.
SNARE_WIRE_LEAD_DB = 6.0
# ... and under this: a sound that far over the most-struck one has no drum's body under its buzz, a kit's hats the
# snare class learned (TimGM6mb's TR-808 and test1's disco renders, 25-35 dB over; the floor toms above, 7.5-19)
SNARE_WIRE_LEAD_MAX_DB = 22.0
# A cymbal rings broad and long: a crash's ring carries far more 4-8 kHz against its top octave than the
# kit's hats do, and its wash stays up after the stick where a closed hat dies and an open one is closed
# by the next hat (with the 2.0 ring bar, the 0.3 sustain bar moves no annotated hat or ride on eval.drums'
# real kits; on its rendered kits it moves a few hats heard inside a crash's wash)
CYMBAL_BODY_HZ = (4000.0, 8000.0)
CYMBAL_TOP_HZ = 10000.0
CYMBAL_RING_S = (0.035, 0.07)
CYMBAL_SUSTAIN_S = (0.15, 0.5)
CYMBAL_MIN_SUSTAIN = 0.3
CYMBAL_BEFORE_S = 0.05
HAT_FLOOR_PERCENTILE = 1.0  # the hi-hat band's noise floor: this percentile of a stem's sounding frames
DRUM_CYMBAL_RISE = 1.5  # ... and a drum-struck cymbal's hi-hat band rises at least this much over the 50 ms before
# A sound that carries another's magnitude in that one's strongest band (this share of it, or more) holds
# it: a kick and snare struck together keep the kick's low peak (0.93 of it on FluidR3's standard kits),
# a snare struck alone has 0.45-0.72 of the kick's there (eval.drums' electronic, power and GM kits)
DRUM_MIX_SHARE = 0.85
# A class explains a real part of a hit's attack from this share of the NNLS activations on (a snare
# class with a sound of its own holds 0.35-0.5 of snares the kick and hi-hat classes also explain in
# part, eval.drums' TR-808 and power kits; one seeded from its band on a kit whose snare the kick class
# holds, 0.02-0.03 of those snares)
DRUM_SNARE_MIN_SHARE = 0.25
DRUMS = DrumParams()
# the detector before issue 24 (eval.drums / eval.offsets baselines)
LEGACY_DRUMS = DrumParams(kick_onset="attack", min_activation=(DRUM_MIN_ACTIVATION,) * 3, dominant_share=1.01,
                          split_max_similarity=None, template_min_separation=None, cymbal_min_ring_ratio=None,
                          lone_hat_min_share=None, hat_level_in_top_octave=False, snare_sounds=False,
                          hat_top_min_ratio=None, hat_ring_min_sustain=None,
                          kick_own_snare_with=None, tom_wire_gap_db=None, drum_cymbal_min_sustain=None,
                          snare_by_wires=False, hat_tom_min_level=None, kick_echo_s=None,
                          drum_echo_s=None)


def _two_sounds(shapes: np.ndarray) -> tuple[np.ndarray, float]:
    """Split unit-norm spectra (bands, hits) into two clusters (spherical 2-means from the two most unlike
    hits): (True where a hit is in the second cluster, cosine similarity of the two centroids)."""
    mean = shapes.mean(axis=1)
    a = shapes[:, int(np.argmin(mean @ shapes))]
    b = shapes[:, int(np.argmin(a @ shapes))]
    second = np.zeros(shapes.shape[1], dtype=bool)
    for _ in range(20):
        new = (shapes.T @ b) > (shapes.T @ a)
        if new.all() or not new.any() or np.array_equal(new, second):
            second = new
            break
        second = new
        a, b = shapes[:, ~second].mean(axis=1), shapes[:, second].mean(axis=1)
        a, b = a / (np.linalg.norm(a) + 1e-12), b / (np.linalg.norm(b) + 1e-12)
    return second, float(a @ b)


def _separation(shapes: np.ndarray) -> tuple[np.ndarray, float]:
    """:func:`_two_sounds` on unit-norm spectra (bands, hits), and how far apart the two clusters are
    for their spread: (1 - centroids' cosine) over the mean (1 - cosine of a hit with its centroid).
    One drum struck again and again splits into two clusters as close as its hits are varied (well
    under 6 on the real and rendered kits of eval.drums); two drums lie many spreads apart (13 to 240
    for a kit's kick and snare), however alike their spectra (a cosine of 0.95 on a sampled kit). NaN
    where a side has fewer than DRUM_SPLIT_MIN_HITS hits."""
    second, similarity = _two_sounds(shapes)
    if min(second.sum(), (~second).sum()) < DRUM_SPLIT_MIN_HITS:
        return second, float("nan")
    spread = []
    for side in (second, ~second):
        c = shapes[:, side].mean(axis=1)
        spread.append(1.0 - float(((c / (np.linalg.norm(c) + 1e-12)) @ shapes[:, side]).mean()))
    return second, (1.0 - similarity) / (float(np.mean(spread)) + 1e-3)


def _sounds(body: np.ndarray, idx: np.ndarray, min_separation: float) -> list[np.ndarray]:
    """The hits ``idx`` (columns of the unit-norm spectra ``body``) as the drums they are: split in two
    (:func:`_separation`) where the two sides lie at least ``min_separation`` spreads apart, each side
    then split the same way. Odd hits (a side of fewer than DRUM_SPLIT_MIN_HITS: a kick under a crash)
    are left out of that split and the rest is split again; where the rest is one sound, so are all
    the hits. One sound: ``[idx]``."""
    rest = idx
    while len(rest) >= 2 * DRUM_SPLIT_MIN_HITS:
        second, separation = _separation(body[:, rest])
        if min(second.sum(), (~second).sum()) >= DRUM_SPLIT_MIN_HITS:
            if separation >= min_separation:
                return _sounds(body, rest[second], min_separation) + _sounds(body, rest[~second], min_separation)
            break
        if not second.any() or second.all():
            break  # no hit lies apart from the others (identical hits): one sound
        rest = rest[second] if second.sum() > (~second).sum() else rest[~second]
    return [idx]


def _snare_from_kick(own: list[np.ndarray], act: np.ndarray, spectra: np.ndarray, mel_hz: np.ndarray,
                     min_separation: float, many_sounds: bool = True, low_spectra: np.ndarray | None = None
                     ) -> list[np.ndarray]:
    """The hits the kick and snare templates learn from (``own``: per class, bool per candidate), where
    the snare's body lies in the kick's band (an electronic or power kit's snare): the kick class then
    explains the snares, and the snare class, seeded from its band, explains nothing of its own. Where
    the kick's hits are two sounds (:func:`_separation` at least ``min_separation``) and the snare
    class's strongest hits (90th percentile) stay under DRUM_MIN_ACTIVATION of the higher sound's
    typical kick activation, the kick learns from its lower sound and the snare from the higher. With
    ``many_sounds``, the kick's hits may be more sounds (:func:`_sounds`; a fill, a kick under a crash):
    the two most-struck are the kick and the snare; and the snare class has a sound of its own where it
    holds DRUM_SNARE_MIN_SHARE of the attack of at least half as many hits as the higher sound
    (DRUM_SPLIT_MIN_HITS at least), whatever its level (a power kit's snare class, seeded from the
    snare's band, explained a loud tom or two and none of the snares) — and where that sound lies under
    the higher sound (a lower spectral centroid), it is a tom's, and the higher sound is the snare.
    Otherwise ``own`` is kept: a kick class holding a floor tom learns both (:func:`_second_drums`
    writes the tom), and where the higher sound holds the lower one at its level (DRUM_MIX_SHARE of the
    lower sound's magnitude in its strongest band) it is a kick and a snare struck together (a snare
    never struck alone: four on the floor with the snare on two and four), not a snare.
    ``spectra``: (bands, candidates) magnitude spectra under the hi-hat band, the hi-hat's part out;
    ``low_spectra``: (bins, candidates) fine low spectra (:func:`_low_spectra`), or None."""
    body = _unit(spectra)
    idx = np.nonzero(own[0] & (np.linalg.norm(spectra, axis=0) > 0))[0]
    if len(idx) < 2 * DRUM_SPLIT_MIN_HITS:
        return own
    if many_sounds:
        sounds = _sounds(body, idx, min_separation)
        if len(sounds) < 2:
            return own
        # the kick and the snare are the kit's most-struck drums; a fill's toms or a kick under a crash, far
        # fewer. A third drum struck about as often (a groove's floor tom): which two they are is unclear
        *rest, small, big = sorted(sounds, key=len)
        if 2 * sum(len(r) for r in rest) >= len(small):
            return own
        two = [small, big]
    else:
        second, separation = _separation(body[:, idx])
        if not separation >= min_separation:  # NaN: a side too small to be a sound
            return own
        if any(_separation(body[:, idx[side]])[1] >= min_separation for side in (second, ~second)):
            return own  # three sounds or more (a floor tom too): which two are the kick and the snare is unclear
        two = [idx[second], idx[~second]]
    low = mel_hz < DRUM_BANDS["snare"][0]  # which sound is lower is read in the kick's band (not in a click)
    pitch = [_centroid_hz(body[low][:, side], mel_hz[low]) for side in two]
    if low_spectra is not None:  # and by the strongest partial in the fine low spectrum (a kick's fundamental)
        partial = [float(np.argmax(low_spectra[:, side].mean(axis=1))) for side in two]
        if (partial[0] > partial[1]) != (pitch[0] > pitch[1]):
            return own  # the two readings disagree: which sound is the lower is unclear
    higher, lower = (two[0], two[1]) if pitch[0] > pitch[1] else (two[1], two[0])
    # does the higher sound hold the lower one at its level? Read at the lower sound's fundamental (a kick
    # and snare struck together keep the kick's, 0.9-1.0 of it; a power kit's snare alone has its own
    # body and holds 0.01-0.4 there), or without ``low_spectra`` at its strongest mel band (where a power
    # snare alone held 0.85-0.93 and was taken for a kick with a snare)
    by = spectra if low_spectra is None else low_spectra
    lower_mean, higher_mean = by[:, lower].mean(axis=1), by[:, higher].mean(axis=1)
    peak = int(np.argmax(lower_mean))
    if higher_mean[peak] >= DRUM_MIX_SHARE * lower_mean[peak]:
        return own  # the higher sound carries the lower one: kick and snare struck together
    if many_sounds:
        # the snare class has a sound of its own where it holds a share of half as many hits as the higher
        # sound, at the old level bar: that is the snare, unless the higher sound lies above it (a tom's)
        share = act[1] / (act.sum(axis=0) + 1e-12)
        level = DRUM_MIN_ACTIVATION * float(np.median(act[0][higher]))
        held = np.setdiff1d(np.nonzero((share >= DRUM_SNARE_MIN_SHARE) & (act[1] >= level))[0], higher)
        if len(held) >= max(DRUM_SPLIT_MIN_HITS, len(higher) / 2) and \
                _centroid_hz(body[:, higher], mel_hz) <= _centroid_hz(body[:, held], mel_hz):
            return own
    else:
        snare_level = float(np.percentile(act[1][own[1]], 90)) if own[1].any() else 0.0
        if snare_level >= DRUM_MIN_ACTIVATION * float(np.median(act[0][higher])):
            return own
    kick, snare = own[0].copy(), np.zeros_like(own[1])
    kick[higher], snare[higher] = False, True
    return [kick, snare] + list(own[2:])


def drum_activations(mono: np.ndarray, params: DrumParams = DRUMS
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(candidate onset times in s, (classes, candidates) NNLS activations of DRUM_BANDS' classes, (bands,
    candidates) unit-norm attack spectra below the hi-hat band with the hi-hat's part taken out, (2,
    candidates) ring ratio and sustain, :func:`_ring`, (candidates,) the hi-hat template's least-squares
    fit to the attack over CYMBAL_TOP_HZ): the kit's onset-curve peaks, how much of each class's learned
    template explains each one's attack, what the drums under the hi-hat sound like there (what
    :func:`drum_events` tells two drums of a class apart by), how broad and long each one rings (what
    tells a cymbal from a hat), how loud the hat's sizzle is where no drum's own top reaches, and (candidates,)
    whether each is a second stroke (DrumParams.second_stroke_rise_db)."""
    import librosa
    from scipy.optimize import nnls

    audio = np.asarray(mono, dtype=np.float32)
    if len(audio) < 4096 or not np.any(audio):
        return np.zeros(0), np.zeros((len(DRUM_BANDS), 0)), np.zeros((0, 0)), np.zeros((2, 0)), np.zeros(0), \
            np.zeros(0, dtype=bool)
    lead = 4 * DRUM_HOP  # silence in front, so a hit at the very start has a "before"
    padded = np.r_[np.zeros(lead, np.float32), audio]
    mel = librosa.feature.melspectrogram(y=padded, sr=SAMPLE_RATE_HZ, n_fft=2048, hop_length=DRUM_HOP, **DRUM_MEL,
                                         power=1.0)
    mel_hz = librosa.mel_frequencies(**DRUM_MEL)
    compressed = np.log1p(100.0 * mel / (float(np.percentile(mel, 99.5)) + 1e-12))
    curve = np.r_[0.0, 0.0, np.maximum(0.0, compressed[:, 2:] - compressed[:, :-2]).sum(axis=0)][: mel.shape[1]]
    wait = int(0.03 * SAMPLE_RATE_HZ / DRUM_HOP)
    top = float(np.percentile(curve, 99)) + 1e-12
    cand = librosa.util.peak_pick(curve, pre_max=wait, post_max=wait, pre_avg=10, post_avg=10, delta=0.05 * top,
                                  wait=wait)
    first = set(int(c) for c in cand)
    if params.second_stroke_rise_db is not None:
        cand = _second_strokes(padded, cand, params.second_stroke_rise_db)
    cand = np.asarray([c for c in cand if 3 <= c < mel.shape[1] - 4], dtype=int)
    second = np.array([c not in first for c in cand], dtype=bool)  # (a second stroke teaches no template)
    if not len(cand):
        return np.zeros(0), np.zeros((len(DRUM_BANDS), 0)), np.zeros((0, 0)), np.zeros((2, 0)), np.zeros(0), \
            np.zeros(0, dtype=bool)
    # attack spectra: after minus before, magnitude (roughly additive across simultaneous hits)
    # (a second stroke's, against the first one's ring at its dip: the ring's mean before it is the first stroke)
    x = np.stack([np.maximum(0.0, mel[:, c + 1: c + 4].max(axis=1) - (mel[:, c - 2: c].min(axis=1) if later else
                                                                      mel[:, c - 3: c].mean(axis=1)))
                  for c, later in zip(cand, second)], axis=1)
    # Templates: each class's band to start, then the mean attack of the hits its band dominates (so a
    # snare's body and wires belong to the snare). Hi-hats ride on kicks and snares in most grooves, so
    # a kick or snare template learns nothing in the hi-hat's band, and each refinement averages what is
    # left of a hit once the hi-hat's part (for a kick or snare) or the others' (for a hi-hat) is out.
    w = _initial_templates(mel_hz)
    low_spectra = None
    if params.template_min_separation is not None and params.mix_by_fundamental:
        cand_s = librosa.frames_to_time(cand, sr=SAMPLE_RATE_HZ, hop_length=DRUM_HOP) - lead / SAMPLE_RATE_HZ
        low_spectra = _low_spectra(audio, cand_s)
    shapes = x / (np.linalg.norm(x, axis=0, keepdims=True) + 1e-12)
    masks = [(mel_hz >= lo) & (mel_hz < hi) for lo, hi in DRUM_BANDS.values()]
    band_share = np.stack([shapes[m].sum(axis=0) for m in masks])
    band_share /= band_share.sum(axis=0, keepdims=True) + 1e-12
    below_hats = (mel_hz < DRUM_BANDS["hihat"][0]).astype(float)
    shape_of = lambda t, k: (t * (below_hats if k < 2 else 1.0)) + 1e-6  # noqa: E731
    for k in range(w.shape[1]):
        seeds = (np.argmax(band_share, axis=0) == k) & (band_share[k] >= 0.5) & ~second
        if seeds.sum() >= 3:
            t = shape_of(shapes[:, seeds].mean(axis=1), k)
            w[:, k] = t / np.linalg.norm(t)
    for _ in range(2):
        act = np.stack([nnls(w, x[:, i])[0] for i in range(x.shape[1])], axis=1)  # (classes, candidates)
        parts = act * np.linalg.norm(w, axis=0)[:, None]
        share = parts / (parts.sum(axis=0, keepdims=True) + 1e-12)
        own = [(share[k] >= 0.5) & ~second for k in range(w.shape[1])]
        if params.template_min_separation is not None:
            own = _snare_from_kick(own, act, np.maximum(0.0, x - np.outer(w[:, 2], act[2])) * below_hats[:, None],
                                   mel_hz, params.template_min_separation, params.template_many_sounds, low_spectra)
        for k in range(w.shape[1]):
            mine = own[k]
            if mine.sum() >= 3:
                # a kick or snare hit is learned with only the hi-hat taken out (taking the kick's part
                # out of a snare would teach the snare template to lack its own low body)
                explained = [j for j in range(w.shape[1]) if j != k and (k == 2 or j == 2)]
                others = w[:, explained] @ act[explained]
                residual = np.maximum(0.0, x[:, mine] - others[:, mine])
                t = shape_of((residual / (np.linalg.norm(residual, axis=0, keepdims=True) + 1e-12)).mean(axis=1), k)
                w[:, k] = t / np.linalg.norm(t)
    act = np.stack([nnls(w, x[:, i])[0] for i in range(x.shape[1])], axis=1)
    frame_t = np.maximum(0.0, librosa.frames_to_time(cand, sr=SAMPLE_RATE_HZ, hop_length=DRUM_HOP) - lead / SAMPLE_RATE_HZ)
    top = mel_hz >= CYMBAL_TOP_HZ  # the hats' top octave: the hi-hat template's fit to each attack there
    sizzle = (w[top, 2] @ x[top]) / (float(w[top, 2] @ w[top, 2]) + 1e-12)
    return frame_t, act, _unit(np.maximum(0.0, x - np.outer(w[:, 2], act[2])) * below_hats[:, None]), \
        _ring(mel, mel_hz, cand), sizzle, second


SECOND_STROKE_FRAMES = (3, 12)  # 17-70 ms after a hit, in DRUM_HOP frames
SECOND_STROKE_MAX_BELOW_DB = 12.0  # ... no quieter than this under the first stroke's peak
SECOND_STROKE_ATTACK = 3  # ... and climbing within this many frames: a stroke's attack, not a reflection's swell


def _second_strokes(audio: np.ndarray, cand: np.ndarray, rise_db: float) -> np.ndarray:
    """The onset candidates with each hit's second stroke added (DrumParams.second_stroke_rise_db): within
    SECOND_STROKE_FRAMES after a candidate, the first frame where the level (RMS over two hops, centred as the mel
    frames are) has climbed ``rise_db`` from its lowest since the candidate's peak, reaching within
    SECOND_STROKE_MAX_BELOW_DB of that peak and climbing within SECOND_STROKE_ATTACK frames, the candidate placed a
    frame before it."""
    import librosa

    level = 20 * np.log10(librosa.feature.rms(y=audio, frame_length=2 * DRUM_HOP, hop_length=DRUM_HOP)[0] + 1e-9)
    out = list(cand)
    for c in cand:
        lo_f, hi_f = c + SECOND_STROKE_FRAMES[0], min(c + SECOND_STROKE_FRAMES[1], len(level) - 1)
        if lo_f >= hi_f:
            continue
        peak = c + int(np.argmax(level[c: c + 3]))
        low_at = peak
        for j in range(peak + 1, hi_f + 1):
            if level[j] < level[low_at]:
                low_at = j
            elif j >= lo_f and level[j] - level[max(low_at, j - SECOND_STROKE_ATTACK)] >= rise_db and \
                    level[j] >= level[peak] - SECOND_STROKE_MAX_BELOW_DB:
                k = max(low_at + 1, j - 1)
                if not any(abs(k - x) <= 3 for x in out):
                    out.append(k)
                break
    return np.asarray(sorted(out), dtype=int)


# A kick's fundamental (50-100 Hz on the real and rendered kits) and a snare's low body (120-160 Hz) lie
# a few mel bands' width apart at the bottom: they are told apart in a finer spectrum, 93 ms long (from
# 30 Hz: below, a hit's rise leaks in from 0 Hz through the window)
DRUM_LOW_WINDOW = 4096
DRUM_LOW_HZ = (30.0, 160.0)


def _low_spectra(audio: np.ndarray, times_s: np.ndarray) -> np.ndarray:
    """(bins, onsets): per onset, the rise of the magnitude spectrum within DRUM_LOW_HZ, DRUM_LOW_WINDOW
    samples from the onset against as many before it (Hann windows, zero-padded four times)."""
    n = DRUM_LOW_WINDOW
    window = np.hanning(n)
    freq_hz = np.fft.rfftfreq(4 * n, 1.0 / SAMPLE_RATE_HZ)
    band = (freq_hz >= DRUM_LOW_HZ[0]) & (freq_hz < DRUM_LOW_HZ[1])
    padded = np.r_[np.zeros(n), np.asarray(audio, dtype=float), np.zeros(n)]
    out = np.zeros((int(band.sum()), len(times_s)))
    for j, t in enumerate(times_s):
        i = min(max(int(round(t * SAMPLE_RATE_HZ)), 0), len(padded) - 2 * n) + n
        after, before = (np.abs(np.fft.rfft(padded[a: a + n] * window, 4 * n))[band] for a in (i, i - n))
        out[:, j] = np.maximum(0.0, after - before)
    return out


def _ring(mel: np.ndarray, mel_hz: np.ndarray, cand: np.ndarray) -> np.ndarray:
    """(4, candidates): per candidate frame of the (bands, frames) mel magnitude spectrogram, the ring
    ratio (CYMBAL_BODY_HZ's magnitude over the band above CYMBAL_TOP_HZ, CYMBAL_RING_S after the onset),
    the sustain (the lowest the hi-hat band falls through CYMBAL_SUSTAIN_S after the onset, over its
    attack peak), the rise (the hi-hat band's attack peak over its mean through CYMBAL_BEFORE_S before
    the onset: a cymbal struck adds its own wash, a drum struck under another's rings on none) and the
    sustain over the band's noise floor (both levels less the floor: HAT_FLOOR_PERCENTILE)."""
    hats = mel[mel_hz >= DRUM_BANDS["hihat"][0]].sum(axis=0)
    body = mel[(mel_hz >= CYMBAL_BODY_HZ[0]) & (mel_hz < CYMBAL_BODY_HZ[1])].sum(axis=0)
    top = mel[mel_hz >= CYMBAL_TOP_HZ].sum(axis=0)
    frames = lambda s: int(round(s * SAMPLE_RATE_HZ / DRUM_HOP))  # noqa: E731
    r0, r1 = frames(CYMBAL_RING_S[0]), frames(CYMBAL_RING_S[1]) + 1
    s0, s1 = frames(CYMBAL_SUSTAIN_S[0]), frames(CYMBAL_SUSTAIN_S[1])
    n = mel.shape[1]
    b0 = frames(CYMBAL_BEFORE_S)
    sounding = hats[hats > 0]
    floor = float(np.percentile(sounding, HAT_FLOOR_PERCENTILE)) if len(sounding) else 0.0
    out = np.zeros((4, len(cand)))
    for i, c in enumerate(cand):
        ring, later = slice(min(c + r0, n - 1), min(c + r1, n)), slice(min(c + s0, n - 1), min(c + s1, n))
        out[0, i] = float(body[ring].mean()) / (float(top[ring].mean()) + 1e-12)
        out[1, i] = float(hats[later].min()) / (float(hats[c: c + 4].max()) + 1e-12)
        out[2, i] = float(hats[c: c + 4].max()) / (float(hats[max(0, c - b0): max(1, c - 1)].mean()) + 1e-12)
        out[3, i] = max(0.0, float(hats[later].min()) - floor) / (max(0.0, float(hats[c: c + 4].max()) - floor) + 1e-12)
    return out


def _unit(spectra: np.ndarray) -> np.ndarray:
    """(bands, hits) scaled to unit norm per hit (a silent hit stays zero)."""
    return spectra / (np.linalg.norm(spectra, axis=0, keepdims=True) + 1e-12)


def drum_events(mono: np.ndarray, params: DrumParams = DRUMS) -> list[DrumHit]:
    """Drum hits as GM notes, one event per class per hit: kick (36), snare (38), closed hi-hat (42; 46 where it
    rings on, a ride or an open hat: DrumParams.hat_ring_min_sustain), tom (45), cymbal (49).

    Candidate onsets are the peaks of the kit's onset curve. Each candidate's attack spectrum (the rise
    of the mel magnitude spectrum) is explained as a non-negative mix of one template per class
    (NNLS); the templates start from each class's band and are re-learned from the hits one class
    dominates. A class is struck where its share is clear, so a kick played with a hi-hat is two
    events, and a kick's click in the snare's band is part of the kick. A kick's time is where its sound
    starts by the definition a bass is measured with (:func:`common_onsets`), and the classes struck
    with it share that time; other hits are refined to their attack (:func:`refine_onsets`). Velocity
    from the class's activation. Where the kick's or the snare's hits are two sounds, the fewer are
    another drum, written as toms (:func:`_second_drums`); hi-hat hits that ring broad and long are
    cymbals (:func:`_cymbals`), and the hats' level is read in their top octave, where a drum's own top
    (a side-stick's click) has died away (DrumParams.hat_level_in_top_octave); a hat struck with a drum
    is kept where its top sizzles as the kit's hats do or hats are heard around it (:func:`_hats_heard`:
    a tom's stick attack in a break without hats is no hat). ``params``:
    :class:`DrumParams` (LEGACY_DRUMS:
    the detector before issue 24).
    """
    audio = np.asarray(mono, dtype=np.float32)
    frame_t, act, body, ring, sizzle, second = drum_activations(audio, params)
    if not len(frame_t):
        return []
    share = act / (act.sum(axis=0, keepdims=True) + 1e-12)
    # how much of its full-band hi-hat part a hit's top octave holds (1: a hat's sizzle; a drum's stick attack less)
    top_ratio = np.where(act[2] > 0, sizzle / (act[2] + 1e-12), 0.0)
    struck: dict[str, np.ndarray] = {}
    for k, cls in enumerate(DRUM_BANDS):
        if not np.any(act[k] > 0):
            struck[cls] = np.zeros(len(frame_t), dtype=bool)
            continue
        typical = _local_typical(act[k], frame_t)
        hit = (act[k] > 0) & (act[k] >= params.min_activation[k] * typical)
        if cls == "snare":  # (a drag or a double: a stick's technique; a kick's second peak is its ring)
            hit |= second & (share[k] >= 0.5) & (act[k] >= params.second_stroke_min_activation * typical)
        else:  # ... and a second stroke is read as nothing else (the first stroke's class is)
            hit &= ~second
        if cls == "hihat":
            hit |= (act[k] > 0) & (share[k] >= params.dominant_share) & (act[k] >= params.dominant_min_activation * typical)
        struck[cls] = hit
    if params.kick_own_snare_with is not None:
        _kick_own_snare(struck, share, params.kick_own_snare_with)
    # a hat is read in its top octave; a hit only the full band strikes is kept where it rings as a cymbal
    # (whose wash lies under the top octave, CYMBAL_BODY_HZ), and is no hat otherwise
    hat_by_top = np.ones(len(frame_t), dtype=bool)
    if params.hat_level_in_top_octave and np.any(act[2] > 0):
        hat_by_top = (act[2] > 0) & (sizzle >= params.min_activation[2] * _local_typical(sizzle, frame_t))
        hat_by_top |= (act[2] > 0) & (share[2] >= params.dominant_share) & \
            (act[2] >= params.dominant_min_activation * _local_typical(act[2], frame_t))
        struck["hihat"] |= hat_by_top
    if params.lone_hat_min_share is not None:  # a hat played alone is one however its level is read
        lone = {"kick": struck["kick"], "snare": struck["snare"], "hihat": np.zeros(len(frame_t), dtype=bool)}
        _lone_hats(lone, act, frame_t, params.lone_hat_min_share, params.dominant_min_activation)
        struck["hihat"] |= lone["hihat"]
        hat_by_top |= lone["hihat"]
    # cymbals first: a snare struck with a cymbal is told from a tom by the cymbal (_second_drums)
    struck["cymbal"] = np.zeros(len(frame_t), dtype=bool)
    if params.cymbal_min_ring_ratio is not None:
        _cymbals(struck, ring, params.cymbal_min_ring_ratio)
        if params.cymbal_min_rise is not None:
            _risen_cymbals(struck, ring, params)
    if params.drum_cymbal_min_sustain is not None and params.cymbal_min_ring_ratio is not None:
        _drum_cymbals(struck, ring, params.drum_cymbal_min_sustain)
    struck["hihat"] &= hat_by_top
    struck["tom"] = np.zeros(len(frame_t), dtype=bool)
    # the hits whose top octave sizzles as the kit's hats' do (their typical ratio: a kit's hats may hold
    # little over 10 kHz); too few hats to know how they sizzle: none is told by it
    sizzles = None
    if params.hat_top_min_ratio is not None and struck["hihat"].sum() >= DRUM_SPLIT_MIN_HITS:
        alone = struck["hihat"] & ~struck["kick"] & ~struck["snare"]  # a hat's sizzle with no drum's top in it
        hats = alone if alone.sum() >= DRUM_SPLIT_MIN_HITS else struck["hihat"]
        sizzles = top_ratio >= params.hat_top_min_ratio * float(np.median(top_ratio[hats]))
    wires = None  # the snare class's wire band per candidate, read once (NaN where not read)
    if params.split_max_similarity is not None:
        import librosa

        if params.snare_by_wires:  # which of the snare class's sounds has the wires
            wires = np.full(len(frame_t), np.nan)
            wires[struck["snare"]] = wire_db(audio, frame_t[struck["snare"]])
        _second_drums(struck, body, librosa.mel_frequencies(**DRUM_MEL), params.split_max_similarity,
                      params.snare_keeps_hits_with, share[2], share[1],
                      params.template_min_separation if params.snare_sounds else None, sizzles, wires)
    if params.tom_wire_gap_db is not None:
        _wireless(struck, audio, frame_t, params.tom_wire_gap_db, wires)
    if sizzles is not None:
        _hats_heard(struck, sizzles, frame_t)
        if params.hat_tom_min_level is not None:
            _toms_read_as_hats(struck, sizzles, act[2] / (_local_typical(act[2], frame_t) + 1e-12), audio, frame_t,
                               params.hat_tom_min_level)
    # a second stroke is one only after a first the kit struck (a stem's bleed rising under no hit is none)
    struck_any = np.any([v for v in struck.values()], axis=0)
    for i in np.flatnonzero(second):
        before = np.flatnonzero(~second[:i])
        if not len(before) or not struck_any[before[-1]]:
            for v in struck.values():
                v[i] = False
    events = []
    kick_at: dict[int, float] = {}  # candidate -> the kick's time, which the classes struck with it share
    for cls in ("kick", "snare", "hihat", "tom", "cymbal"):  # kick first
        hit = struck[cls]
        if not hit.any():
            continue
        # a tom's level is the kick's and snare's it was read with; a cymbal's, the hi-hat's
        a = act[list(DRUM_BANDS).index("hihat" if cls == "cymbal" else cls)] if cls != "tom" else act[:2].sum(axis=0)
        if cls == "kick" and params.kick_onset == "common":  # measured as the bass is: the lock compares the two
            times = common_onsets(audio, frame_t[hit], "kick", params.kick_latency_s)
            kick_at = dict(zip(np.nonzero(hit)[0].tolist(), times.tolist()))
        else:
            # full band: a kick starts with its click; a cymbal is placed as the hi-hat it was read as
            times = refine_onsets(audio, frame_t[hit], instrument="hihat" if cls == "cymbal" else cls)
            # (a second stroke stays where its climb is: its attack search would find the first stroke's)
            times = np.where(second[hit], frame_t[hit], times)
            times = [kick_at.get(i, t) for i, t in zip(np.nonzero(hit)[0].tolist(), times)]
        pitch = np.full(int(hit.sum()), DRUM_NOTE[cls])
        if cls == "snare" and params.side_stick_max_decay_s is not None:  # a click with no wires after it
            pitch[_side_sticks(audio, np.asarray(times, dtype=float), params.side_stick_max_decay_s)] = SIDE_STICK_NOTE
        if cls == "hihat" and params.hat_ring_min_sustain is not None:  # a hat that rings on: a ride or an open hat
            pitch[ring[3 if params.hat_ring_over_floor else 1, hit] >= params.hat_ring_min_sustain] = RINGING_HAT_NOTE
        for t, v, key in zip(times, a[hit], pitch.tolist()):
            events.append(Note(float(t), duration_s=0.1, pitch=key,
                               velocity=int(np.clip(127 * np.sqrt(v / (a.max() + 1e-12)), 1, 127))))
    events.sort(key=lambda n: (n.time_s, n.pitch))
    if params.kick_echo_s is not None:
        events = _kick_echoes_dropped(events, params.kick_echo_s, params.kick_echo_max_level)
    if params.drum_echo_s is not None:
        events = _drum_echoes_dropped(events, params.drum_echo_s, params.drum_echo_max_ratio)
    return events


def _drum_echoes_dropped(events: list[Note], within_s: float, max_ratio: float) -> list[Note]:
    """``events`` (sorted by time) without the drum hits struck alone within ``within_s`` after a drum hit they are
    under ``max_ratio`` of the velocity of: its echo in the room (DrumParams.drum_echo_s)."""
    times = np.array([n.time_s for n in events])
    drum = np.array([n.pitch in DRUM_STRUCK_KEYS for n in events], dtype=bool)
    loud = np.array([n.velocity for n in events], dtype=float) * max_ratio  # what a hit must be under to be an echo
    out = []
    for i, n in enumerate(events):
        if drum[i]:
            alone = np.count_nonzero(np.abs(times - n.time_s) <= DRUM_TOGETHER_S) == 1
            after = n.time_s - times
            if alone and np.any(drum & (after > DRUM_TOGETHER_S) & (after <= within_s) & (loud > n.velocity)):
                continue
        out.append(n)
    return out


def _kick_echoes_dropped(events: list[Note], within_s: float, max_level: float) -> list[Note]:
    """``events`` (sorted by time) without the hi-hat- and cymbal-class hits struck with no drum within
    ``within_s`` after a kick at under ``max_level`` of their class's median velocity (DrumParams.kick_echo_s)."""
    times = np.array([n.time_s for n in events])
    drum = np.array([n.pitch in DRUM_STRUCK_KEYS for n in events], dtype=bool)
    kicks = times[np.array([n.pitch == DRUM_NOTE["kick"] for n in events], dtype=bool)]
    typical = {cls: float(np.median([n.velocity for n in events if n.pitch in keys]))
               for cls, keys in CYMBAL_CLASS_KEYS.items() if any(n.pitch in keys for n in events)}
    out = []
    for i, n in enumerate(events):
        cls = next((c for c, keys in CYMBAL_CLASS_KEYS.items() if n.pitch in keys), None)
        if cls is not None and not np.any(drum & (np.abs(times - n.time_s) <= DRUM_TOGETHER_S)):
            after = n.time_s - kicks
            if np.any((after > DRUM_TOGETHER_S) & (after <= within_s)) and n.velocity < max_level * typical[cls]:
                continue
        out.append(n)
    return out


# the classes a kick's echo is read in (a hat, open or closed; a cymbal), and the drums' own keys (side-stick too)
CYMBAL_CLASS_KEYS = {c: DRUM_CLASSES[c] for c in ("hihat", "cymbal")}
DRUM_STRUCK_KEYS = DRUM_CLASSES["kick"] + DRUM_CLASSES["snare"] + DRUM_CLASSES["tom"]
DRUM_TOGETHER_S = 0.005  # two classes' hits this close are struck together (they share the kick's time)


WIRE_HZ, BODY_HZ, WIRE_AFTER_S = (1500.0, 5000.0), (50.0, 400.0), (0.015, 0.08)
# a side-stick's click and a snare's wires both sound here; a hat's sizzle and a ride's wash lie mostly higher (read in
# 1-6 kHz, a ride struck with the cross-stick held the band up: the held-out renders' jazz grooves, 72 ms against 28 for
# the click alone; 1-3 kHz chosen on the calibration renders, 0.69 -> 0.86 at the hits' score times, real kits 0.92 ->
# 0.97, `python -m eval.side_stick`)
CLICK_HZ = (1000.0, 3000.0)
CLICK_FRAME_S, CLICK_PEAK_S, CLICK_SPAN_S, CLICK_DROP_DB = 0.002, 0.03, 0.2, 20.0


def click_decay_s(audio: np.ndarray, times_s: np.ndarray) -> np.ndarray:
    """Per time: how long the 1-3 kHz band (2 ms frames) takes to fall CLICK_DROP_DB under its peak in the first
    30 ms after it, searched up to CLICK_SPAN_S (which it reads where the band never falls so far: a snare's
    wires, or a cymbal ringing over the hit)."""
    from scipy.signal import butter, sosfilt

    sos = butter(4, CLICK_HZ, btype="band", fs=SAMPLE_RATE_HZ, output="sos")
    hop, lead = int(CLICK_FRAME_S * SAMPLE_RATE_HZ), int(0.02 * SAMPLE_RATE_HZ)
    n_peak = int(round(CLICK_PEAK_S / CLICK_FRAME_S))
    out = np.full(len(times_s), CLICK_SPAN_S)
    for i, t in enumerate(np.asarray(times_s, dtype=float)):
        at = int(round(t * SAMPLE_RATE_HZ))
        seg = sosfilt(sos, audio[max(0, at - lead): at + int(CLICK_SPAN_S * SAMPLE_RATE_HZ)])[min(at, lead):]
        n = len(seg) // hop
        if n <= n_peak:
            continue
        level = 10.0 * np.log10(np.mean(seg[: n * hop].reshape(n, hop) ** 2, axis=1) + 1e-20)
        peak = int(np.argmax(level[:n_peak]))
        below = np.flatnonzero(level[peak:] < level[peak] - CLICK_DROP_DB)
        if len(below):
            out[i] = below[0] * CLICK_FRAME_S
    return out


def wire_db(audio: np.ndarray, times_s: np.ndarray) -> np.ndarray:
    """Per time: the 1.5-5 kHz band's power over the 50-400 Hz band's (dB) in the 15-80 ms after it, each over what
    sounded in the 65 ms before it: a snare's wires buzz there after the stick, a tom's or a kick's body rings under
    it."""
    a, b = (int(x * SAMPLE_RATE_HZ) for x in WIRE_AFTER_S)
    freqs = np.fft.rfftfreq(b - a, 1.0 / SAMPLE_RATE_HZ)
    wire, body = (freqs >= WIRE_HZ[0]) & (freqs < WIRE_HZ[1]), (freqs >= BODY_HZ[0]) & (freqs < BODY_HZ[1])
    out = np.full(len(times_s), np.nan)
    window = np.hanning(b - a)
    for i, t in enumerate(times_s):
        at = int(t * SAMPLE_RATE_HZ)
        seg, before = audio[at + a: at + b], audio[max(0, at - (b - a)): at]
        if len(seg) != b - a:
            continue
        # what the hit adds: its power over what rang before it (a tom's ring under the snare struck after it)
        rise = np.abs(np.fft.rfft(seg * window)) ** 2
        if len(before) == b - a:
            rise = np.maximum(0.0, rise - np.abs(np.fft.rfft(before * window)) ** 2)
        out[i] = 10.0 * np.log10((rise[wire].sum() + 1e-12) / (rise[body].sum() + 1e-12))
    return out


def _side_sticks(audio: np.ndarray, times_s: np.ndarray, max_decay_s: float) -> np.ndarray:
    """Which snare-class hits are side-sticks: those whose click dies within ``max_decay_s`` (:func:`click_decay_s`)
    where the class's hits within DRUM_CONTEXT_S of each die as fast by their median (a stray short decay among a
    snare's hits, or a snare accent among side-sticks, keeps its own name)."""
    decay = click_decay_s(audio, times_s)
    around = np.array([np.median(decay[np.abs(times_s - t) <= DRUM_CONTEXT_S]) for t in times_s])
    return (decay <= max_decay_s) & (around <= max_decay_s)


def _wireless(struck: dict[str, np.ndarray], audio: np.ndarray, times_s: np.ndarray, gap_db: float,
              known: np.ndarray | None = None) -> None:
    """Snare-class hits struck without the kick whose wire band (:func:`wire_db`) lies ``gap_db`` or more under the
    median of the snare's hits struck without the kick are toms (a kick's body under a snare would lower it too).
    Too few such snare hits (2 * DRUM_SPLIT_MIN_HITS): nothing moves. ``known``: the wire band per candidate already
    read (NaN where not; DrumParams.snare_by_wires reads the snare class's). Updates ``struck`` in place."""
    alone = np.nonzero(struck["snare"] & ~struck["kick"])[0]
    if len(alone) < 2 * DRUM_SPLIT_MIN_HITS:
        return
    wires = np.full(len(alone), np.nan) if known is None else known[alone].copy()
    unread = np.isnan(wires)
    wires[unread] = wire_db(audio, times_s[alone[unread]])
    typical = float(np.nanmedian(wires))
    moved = alone[wires <= typical - gap_db]
    struck["snare"][moved], struck["tom"][moved] = False, True


def _centroid_hz(spectra: np.ndarray, mel_hz: np.ndarray) -> float:
    """Energy-weighted mean frequency (Hz) of the mean of (bands, hits) magnitude spectra."""
    energy = (spectra ** 2).mean(axis=1)
    return float((energy * mel_hz).sum() / (energy.sum() + 1e-12))


KICK_OWN_SNARE_SHARE = 0.75


def _kick_own_snare(struck: dict[str, np.ndarray], share: np.ndarray, min_with: float) -> None:
    """Snare-class hits struck with nearly every kick (``min_with`` of its hits or more) that hold far less of
    those attacks than of the snare's own (under KICK_OWN_SNARE_SHARE of its median share where it is struck
    without the kick) are the kick's own sound, not a snare: struck["snare"] cleared there, in place. ``share``:
    (classes, candidates) each class's share of the NNLS activations."""
    kick, snare = struck["kick"], struck["snare"]
    both, alone = kick & snare, snare & ~kick
    if kick.sum() < 2 * DRUM_SPLIT_MIN_HITS or both.sum() < min_with * kick.sum() or alone.sum() < DRUM_SPLIT_MIN_HITS:
        return
    if np.median(share[1, both]) < KICK_OWN_SNARE_SHARE * np.median(share[1, alone]):
        struck["snare"] = snare & ~both


def _lone_hats(struck: dict[str, np.ndarray], act: np.ndarray, times_s: np.ndarray, min_share: float,
               min_activation: float) -> None:
    """Candidates at which neither the kick nor the snare is struck, and the hi-hat class holds at least
    ``min_share`` of the (classes, candidates) NNLS activations ``act`` and reaches ``min_activation`` of its
    typical level near ``times_s`` (:func:`_local_typical`), are hi-hat hits: a hat or ride played alone,
    whose low bleed the kick and snare templates explain in part. Updates ``struck`` in place."""
    if not np.any(act[2] > 0):
        return
    share = act[2] / (act.sum(axis=0) + 1e-12)
    lone = ~struck["kick"] & ~struck["snare"] & (act[2] > 0) & (share >= min_share)
    struck["hihat"] |= lone & (act[2] >= min_activation * _local_typical(act[2], times_s))


def _cymbals(struck: dict[str, np.ndarray], ring: np.ndarray, min_ring_ratio: float) -> None:
    """Hi-hat-class hits that ring as a cymbal (a crash or china), moved to the cymbal class: a ring ratio
    (:func:`_ring`) at least ``min_ring_ratio`` times the class's median (a broad ring where the kit's hats
    ring in their top octave) and a sustain of CYMBAL_MIN_SUSTAIN or more (still ringing through
    CYMBAL_SUSTAIN_S, where a closed hat has died and an open one has been closed). A kit whose
    timekeeper is a cymbal (a ride, crashes ridden) has it as the class's median and keeps it in the
    hi-hat class. Fewer than 2 * DRUM_SPLIT_MIN_HITS hi-hat hits: no
    median to go by. Updates ``struck`` (class -> bool per candidate) in place."""
    idx = np.nonzero(struck["hihat"])[0]
    if len(idx) < 2 * DRUM_SPLIT_MIN_HITS:
        return
    typical = float(np.median(ring[0, idx]))
    moved = idx[(ring[0, idx] >= min_ring_ratio * typical) & (ring[1, idx] >= CYMBAL_MIN_SUSTAIN)]
    struck["hihat"][moved], struck["cymbal"][moved] = False, True


def _risen_cymbals(struck: dict[str, np.ndarray], ring: np.ndarray, params: DrumParams) -> None:
    """Hi-hat-class hits that ring far broader than the class's median (DrumParams.cymbal_broad_ratio), keep
    cymbal_wash_sustain of their attack and rose cymbal_min_rise over what rang before: cymbals. Updates ``struck``."""
    idx = np.nonzero(struck["hihat"])[0]
    if len(idx) < 2 * DRUM_SPLIT_MIN_HITS:
        return
    typical = float(np.median(ring[0, idx]))
    moved = idx[(ring[0, idx] >= params.cymbal_broad_ratio * typical) & (ring[1, idx] >= params.cymbal_wash_sustain)
                & (ring[2, idx] >= params.cymbal_min_rise)]
    struck["hihat"][moved], struck["cymbal"][moved] = False, True


def _drum_cymbals(struck: dict[str, np.ndarray], ring: np.ndarray, min_sustain: float) -> None:
    """Kick- or snare-struck candidates the hi-hat class is not struck at, whose hi-hat band keeps ``min_sustain``
    of its attack through CYMBAL_SUSTAIN_S and rose DRUM_CYMBAL_RISE over the 50 ms before (``ring``:
    :func:`_ring`'s rows): struck with a cymbal too (the drum stays). Updates ``struck`` in place."""
    drummed = (struck["kick"] | struck["snare"]) & ~struck["hihat"] & ~struck["cymbal"]
    struck["cymbal"] |= drummed & (ring[1] >= min_sustain) & (ring[2] >= DRUM_CYMBAL_RISE)


def _hats_heard(struck: dict[str, np.ndarray], sizzles: np.ndarray, times_s: np.ndarray) -> None:
    """Hi-hat-class hits struck with a drum (kick, snare or tom) that are the drum's own top, not a hat:
    those whose top octave does not sizzle as the kit's hats do (``sizzles``, bool per candidate:
    DrumParams.hat_top_min_ratio) and around which no hat is heard — a hat that sizzles, heard alone
    (every hat that sizzles where fewer than DRUM_SPLIT_MIN_HITS are), within DRUM_CONTEXT_S / 2 on each
    side where anything is played (a hat under a loud snare may sizzle less; the track's start has
    nothing before it). A hat struck alone is kept. Updates ``struck`` (class -> bool per candidate)."""
    drum = struck["kick"] | struck["snare"] | struck["tom"]
    alone = struck["hihat"] & ~drum & sizzles
    heard = times_s[alone if alone.sum() >= DRUM_SPLIT_MIN_HITS else struck["hihat"] & sizzles]
    played = times_s[drum | struck["hihat"] | struck["cymbal"]]
    reach = DRUM_CONTEXT_S / 2

    def near(at: np.ndarray, t: float, side: int) -> bool:
        return bool(np.any((np.abs(at - t) <= reach) & (np.sign(at - t) == side)))

    around = np.array([all(near(heard, t, side) or not near(played, t, side) for side in (-1, 1)) for t in times_s],
                      dtype=bool)
    struck["hihat"] &= sizzles | ~drum | around


def _toms_read_as_hats(struck: dict[str, np.ndarray], sizzles: np.ndarray, hat_level: np.ndarray, audio: np.ndarray,
                       times_s: np.ndarray, min_level: float) -> None:
    """Hits only the hi-hat class struck that do not sizzle as the kit's hats do (``sizzles``), at ``min_level`` of
    the class's typical level or more (``hat_level``, per candidate), whose decay holds more drum body than wire
    band (:func:`wire_db` under 0 dB) are toms (DrumParams.hat_tom_min_level). Updates ``struck`` in place."""
    drum = struck["kick"] | struck["snare"] | struck["tom"] | struck["cymbal"]
    cand = np.flatnonzero(struck["hihat"] & ~drum & ~sizzles & (hat_level >= min_level))
    if not len(cand):
        return
    tom = cand[wire_db(audio, times_s[cand]) < 0.0]
    struck["hihat"][tom], struck["tom"][tom] = False, True


# A snare struck with the kick reads lower than the snare alone (the kick's body under it) and can be split off
# as a sound of its own; its spectrum is the two drums' mixed, where a tom's has a body of its own. Rendered fills
# of snares on the kick's eighths (FluidR3 kits 0, 16, 25, 40; TimGM6mb 0) are the snare and the kick mixed to a
# residual of 0.03-0.07 of their norm, a tom break's toms to 0.24-0.82 (written and read on dev renders).
SNARE_OVER_KICK_RESIDUAL = 0.15
SNARE_OVER_KICK_SHARE = 0.2  # the kick's least share of the mix: a sound the snare alone explains is not this case


def _snare_over_kick(body: np.ndarray, sound: np.ndarray, snare: np.ndarray, kicks: np.ndarray) -> bool:
    """Whether the hits ``sound`` (columns of the (bands, candidates) spectra ``body``) sound as the snare's
    hits ``snare`` and the kick's ``kicks`` (kick hits without a snare) struck together: their mean spectrum
    a non-negative mix of the two means within SNARE_OVER_KICK_RESIDUAL of its norm, the kick at least
    SNARE_OVER_KICK_SHARE of the mix. Too few kicks alone (DRUM_SPLIT_MIN_HITS): False."""
    from scipy.optimize import nnls

    if len(kicks) < DRUM_SPLIT_MIN_HITS:
        return False
    target = body[:, sound].mean(axis=1)
    parts = np.stack([body[:, snare].mean(axis=1), body[:, kicks].mean(axis=1)], axis=1)
    weights, residual = nnls(parts, target)
    return bool(residual <= SNARE_OVER_KICK_RESIDUAL * np.linalg.norm(target)
                and weights[1] >= SNARE_OVER_KICK_SHARE * weights.sum() > 0)


def _snare_sounds(idx: np.ndarray, body: np.ndarray, min_separation: float, max_similarity: float,
                  second: np.ndarray, wires: np.ndarray | None = None,
                  sizzles: np.ndarray | None = None) -> tuple[np.ndarray, list[np.ndarray]]:
    """The snare class's hits ``idx`` as the drums they are: (the snare's sound, the others of at least
    DRUM_SPLIT_MIN_HITS hits whose centroid lies under ``max_similarity`` of its). :func:`_sounds` at
    ``min_separation``; where it finds one sound, the two-means split ``second`` (bool per hit). The snare's
    sound is the most-struck one, unless another carries the wires (``wires``, :func:`wire_db` per candidate:
    its median SNARE_WIRE_LEAD_DB or more over the most-struck sound's but under SNARE_WIRE_LEAD_MAX_DB, struck at
    least half as often, and no more of its hits sizzling as hats: ``sizzles``, bool per candidate;
    DrumParams.snare_by_wires)."""
    sounds = sorted(_sounds(body, idx, min_separation), key=len)
    if len(sounds) >= 2:
        main, others = sounds[-1], [s for s in sounds[:-1] if len(s) >= DRUM_SPLIT_MIN_HITS]
    else:
        main, other = sorted([idx[second], idx[~second]], key=len)[::-1]
        centre = lambda s: _unit(body[:, s].mean(axis=1, keepdims=True))[:, 0]  # noqa: E731
        apart = len(other) >= DRUM_SPLIT_MIN_HITS and float(centre(other) @ centre(main)) < max_similarity
        others = [other] if apart else []
    if wires is not None and others and np.isfinite(wires[main]).any():
        # a sound more of whose hits sizzle as the kit's hats do carries the hats' top, not wires; and so does one whose
        # buzz lies SNARE_WIRE_LEAD_MAX_DB or more over the most-struck sound's (a snare class that learned a kit's
        # hats, with no drum's body under them: TimGM6mb's TR-808 kit, dev)
        buzz = [float(np.nanmedian(wires[s])) if np.isfinite(wires[s]).any() and
                (sizzles is None or sizzles[s].mean() <= sizzles[main].mean()) else -np.inf for s in others]
        k = int(np.argmax(buzz))
        lead = buzz[k] - float(np.nanmedian(wires[main]))
        if SNARE_WIRE_LEAD_DB <= lead < SNARE_WIRE_LEAD_MAX_DB and 2 * len(others[k]) >= len(main):
            main, others = others[k], others[:k] + others[k + 1:] + [main]
    return main, others


def _second_drums(struck: dict[str, np.ndarray], body: np.ndarray, mel_hz: np.ndarray, max_similarity: float,
                  snare_keeps_hits_with: str = "cymbal", hat_share: np.ndarray | None = None,
                  snare_share: np.ndarray | None = None, min_separation: float | None = None,
                  sizzles: np.ndarray | None = None, wires: np.ndarray | None = None) -> None:
    """Where the kick's or the snare's struck hits are two sounds (:func:`_two_sounds` on their spectra
    under the hi-hat band: centroids' cosine under ``max_similarity``, each at least DRUM_SPLIT_MIN_HITS
    hits), and the fewer hits also lie on the far side of the class's sound (a higher centroid than the
    kick's, a lower one than the snare's), those are another drum: a tom — or the snare, where the kick
    class held it and the snare class struck fewer hits (a boomy snare read as a kick). Of the kick's
    fewer hits, those the snare class struck and holds the most of (``snare_share``, per candidate, its
    share of the activations: 0.5 or more) are snares whose low body reached the kick's bar: they leave
    the kick and are not written again as toms. Snare hits struck
    with ``snare_keeps_hits_with`` ("cymbal": a crash's wash under the hi-hat band lowers a snare's body)
    stay snares; and where the snare class's more-struck sound is more the hi-hat's (``hat_share``, per
    candidate, the hi-hat class's share of the activations: a median above the fewer hits') the class
    learned a kit's hats, and its fewer hits, the snares struck with them, stay.
    With ``min_separation`` (DrumParams.snare_sounds), the snare class is split into every sound it holds
    (:func:`_snare_sounds`): each sound but the snare's (the most-struck, or the one that carries the wires:
    ``wires``, :func:`wire_db` per candidate, SNARE_WIRE_LEAD_DB over it) is a tom where it lies below the snare
    or is struck at most half as often, unless most of its hits sizzle as hats (``sizzles``, bool per
    candidate; without it, the ``hat_share`` rule above). Updates ``struck`` (class -> bool per candidate)
    in place."""
    # a cymbal's wash under the hi-hat band lowers a snare's body: snare hits struck with it stay snares
    kept = struck["cymbal"] if snare_keeps_hits_with == "cymbal" else struck["hihat"] | struck["cymbal"]
    for cls in ("kick", "snare"):
        idx = np.nonzero(struck[cls])[0]
        if len(idx) < 2 * DRUM_SPLIT_MIN_HITS:
            continue
        second, similarity = _two_sounds(body[:, idx])
        minority = second if second.sum() < (~second).sum() else ~second
        if cls == "snare" and min_separation is not None:
            main, others = _snare_sounds(idx, body, min_separation, max_similarity, second, wires, sizzles)
            for s in others:
                # struck more often than the snare, without its wires: the drum _snare_sounds took the snare from
                # (its hits may sizzle where a ride or the hats play over every one, and its stick ring brighter)
                wireless = len(s) > len(main) and wires is not None and np.isfinite(wires[s]).any() and \
                    np.nanmedian(wires[s]) <= np.nanmedian(wires[main]) - SNARE_WIRE_LEAD_DB
                if not wireless and _centroid_hz(body[:, s], mel_hz) > _centroid_hz(body[:, main], mel_hz) and \
                        2 * len(s) > len(main):
                    continue  # above the snare and struck about as often: which is the snare is unclear
                if sizzles is not None and sizzles[s].mean() > 0.5 and not wireless:
                    continue  # its hits sizzle as hats: the hats the class learned, or snares struck with them
                if sizzles is None and snare_keeps_hits_with == "cymbal" and hat_share is not None and \
                        np.median(hat_share[main]) > np.median(hat_share[s]):
                    continue  # (too few hats to tell a sizzle by) the class's main sound holds more of the hats
                if _snare_over_kick(body, s, main, np.nonzero(struck["kick"] & ~struck["snare"])[0]):
                    continue  # the snare struck with the kick (a fill on the kick's eighths), not a drum of its own
                s = s[~kept[s]]
                struck["snare"][s], struck["tom"][s] = False, True
            continue
        if similarity >= max_similarity or minority.sum() < DRUM_SPLIT_MIN_HITS or minority.sum() * 2 == len(idx):
            continue
        centroid = [_centroid_hz(body[:, idx[c]], mel_hz) for c in (minority, ~minority)]
        if (centroid[0] > centroid[1]) != (cls == "kick"):
            continue  # the fewer hits are not on the far side of the class's sound: which is which is unclear
        moved = idx[minority]
        if cls == "snare" and snare_keeps_hits_with == "cymbal" and hat_share is not None and \
                np.median(hat_share[idx[~minority]]) > np.median(hat_share[moved]):
            continue  # the class's main sound is the hats it learned: its fewer hits are the snares
        if cls == "snare":
            moved = moved[~kept[moved]]
        struck[cls][moved] = False
        to = "snare" if cls == "kick" and struck["snare"].sum() < len(moved) else "tom"
        if to == "tom" and cls == "kick" and snare_share is not None:
            # a snare struck, that the snare class holds the most of, is the snare; the kick class reached its
            # low body (a floor tom the kick class holds the most of, and is a tom, stays one)
            moved = moved[~(struck["snare"][moved] & (snare_share[moved] >= 0.5))]
        struck[to][moved] = True


# Onset refinement. An onset is where the note's sound starts (the player's timing), not where its
# attack peaks: a finger bass takes ~10 ms to speak where a kick takes ~2, and comparing attack peaks
# read a bass played dead on the kick as 9 ms late. Each onset is placed where the peak envelope
# first climbs a tenth of the way from the level before it to the note's peak (above any bleed,
# reverb or noise under it), and the stem's attack time to that point is then taken off. The attack
# time is measured on the stem's own notes that start out of silence (>= ATTACK_CLEAN_DB of rise,
# where the start itself is visible); where too few do (bleed, reverb, legato), the calibration set's
# median for the instrument is used (ATTACK_PRIOR_S, fitted by python -m eval.truth --fit).
REFINE_SEARCH_S = 0.04
STRUCK_STEMS = ("bass", "guitar", "piano")  # plucked or struck: their onsets are refined to the attack
REFINE_BAND = {"bass": (0.0, 400.0)}  # a bass attack is heard below 400 Hz (a kick's bleed click is not)
ATTACK_CLEAN_DB = 40.0  # a rise this deep shows the start itself (within 6 dB of the floor, or 65 dB under the peak)
START_BELOW_PEAK_DB = 65.0
RISE_FRACTION = 0.1
ATTACK_PRIOR_S = {"kick": 0.0, "snare": 0.0, "hihat": 0.0, "bass": 0.0133, "other": 0.005}  # python -m eval.truth --fit


def attack_points(mono: np.ndarray, times_s, band_hz: tuple[float, float] | None = None,
                  search_s: float = REFINE_SEARCH_S) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each onset: (time of the RISE_FRACTION crossing, start time, rise in dB). NaN where no clear
    rise is found."""
    from scipy.ndimage import maximum_filter1d
    from scipy.signal import butter, sosfilt

    times = np.asarray(times_s, dtype=float)
    half, start, rise = (np.full(len(times), np.nan) for _ in range(3))
    sr = SAMPLE_RATE_HZ
    sos = None
    if band_hz is not None:
        lo, hi = band_hz[0], min(band_hz[1], 0.45 * sr)
        # causal and gentle: a zero-phase filter rings *before* the attack and moves the start earlier
        sos = butter(2, [lo, hi], btype="bandpass", fs=sr, output="sos") if lo > 0 else \
            butter(2, hi, btype="lowpass", fs=sr, output="sos")
    pre, post, width = int(0.06 * sr), int((search_s + 0.02) * sr), max(1, int(0.0025 * sr))
    for i, t in enumerate(times):
        c = int(round(t * sr))
        a, b = max(0, c - pre - int(search_s * sr)), min(len(mono), c + post)
        if b - a < width * 4:
            continue
        seg = np.asarray(mono[a:b], dtype=np.float64)
        if sos is not None and len(seg) > 30:
            seg = sosfilt(sos, seg)
        env = maximum_filter1d(np.abs(seg), size=width, origin=-(width // 2))  # looks ahead: no lag
        lo_i = max(0, c - int(search_s * sr) - a)
        hi_i = min(len(env), c + int(search_s * sr) + int(0.02 * sr) - a)
        if hi_i <= lo_i:
            continue
        p = lo_i + int(np.argmax(env[lo_i:hi_i]))
        floor = float(np.min(env[max(0, p - pre): p + 1]))
        if env[p] <= 0 or env[p] < 2.0 * floor:
            continue  # no clear rise (legato, or buried)
        below = np.nonzero(env[:p + 1] < floor + RISE_FRACTION * (env[p] - floor))[0]
        h = (below[-1] + 1) if len(below) else 0
        quiet = np.nonzero(env[:h + 1] <= max(2.0 * floor, 10 ** (-START_BELOW_PEAK_DB / 20) * env[p]))[0]
        st = (quiet[-1] + 1) if len(quiet) else h
        half[i], start[i] = (a + h) / sr, (a + st) / sr
        rise[i] = 20 * np.log10(env[p] / max(floor, 1e-9))
    return half, start, rise


# Onsets that mean the same thing for a kick and a bass (issue 24.2). The attack-envelope refinement above
# reads each instrument's attack, so a bass sound with a slower attack reads later. Here a sound starts
# where the signal stops being what came before it: a linear predictor (LPC) is fitted to the band-limited
# signal just before the onset (silence, or the previous note ringing), and the onset is the first point
# where its prediction error rises ONSET_RISE_DB over its level there. Kick and bass go through the same
# band and the same rule; what is left (a sound's own lead-in) is a per-class latency fitted on many
# sounds, leave-one-sound-out (python -m eval.offsets).
ONSET_BAND_HZ = 1000.0  # low-pass: both a kick and a bass are heard below it; hats and most snare are not
ONSET_LPC_ORDER = 12
ONSET_TRAIN_S = (0.11, 0.06)  # the predictor learns from this span before the detected onset (s before)
ONSET_SEARCH_S = (0.06, 0.05)  # the start is looked for this far before / after the detected onset
ONSET_RISE_DB = 6.0
ONSET_SMOOTH_S = 0.001
# A note that starts out of quiet (its low band rises ONSET_CLEAN_DB over the span before) shows its start
# within a millisecond on every sound measured; one that starts while the previous note rings (legato)
# is heard later, by how much depends on the sound: each has its own latency.
ONSET_CLEAN_DB = 12.0
ONSET_LATENCY_S = {"kick": {"clean": 0.0008, "legato": 0.0005},
                   "bass": {"clean": 0.0005, "legato": 0.0062}}  # python -m eval.offsets --fit (every rendered sound)


def sound_starts(mono: np.ndarray, times_s) -> tuple[np.ndarray, np.ndarray]:
    """For each detected onset: where its sound starts (s) and how far its low band rises there (dB).

    The start is the first sample in the ONSET_SEARCH_S span whose low-band prediction error (an
    ONSET_LPC_ORDER predictor fitted on the ONSET_TRAIN_S span before) rises ONSET_RISE_DB over its
    level on that span; the rise compares the band's level over the 40 ms from the start with the
    span's. NaN (both) where it never does."""
    import librosa
    from scipy.signal import butter, lfilter, sosfilt

    sr = SAMPLE_RATE_HZ
    times = np.asarray(times_s, dtype=float)
    out, rise = np.full(len(times), np.nan), np.full(len(times), np.nan)
    sos = butter(4, ONSET_BAND_HZ, btype="lowpass", fs=sr, output="sos")
    settle = int(0.02 * sr)  # the filter's start-up, cut off before the predictor learns
    smooth = max(1, int(ONSET_SMOOTH_S * sr))
    dither = 1e-7 * np.random.default_rng(0).standard_normal(int((ONSET_TRAIN_S[0] + ONSET_SEARCH_S[1] + 0.05) * sr))
    for i, t in enumerate(times):
        c = int(round(t * sr))
        a, b = c - int(ONSET_TRAIN_S[0] * sr), min(len(mono), c + int((ONSET_SEARCH_S[1] + 0.04) * sr))
        if a - settle < 0 or b - a < 4 * ONSET_LPC_ORDER:
            continue
        seg = sosfilt(sos, np.asarray(mono[a - settle: b], dtype=np.float64))[settle:]
        seg = seg + dither[: len(seg)]  # digital silence has no predictor
        train = seg[: c - int(ONSET_TRAIN_S[1] * sr) - a]
        try:
            coef = librosa.lpc(train, order=ONSET_LPC_ORDER)
        except (FloatingPointError, ValueError):
            continue
        err = np.convolve(lfilter(coef, [1.0], seg) ** 2, np.ones(smooth) / smooth, mode="full")[: len(seg)]
        base = float(np.median(err[ONSET_LPC_ORDER: len(train)]))
        s0 = c - int(ONSET_SEARCH_S[0] * sr) - a
        s1 = c + int(ONSET_SEARCH_S[1] * sr) - a
        high = err[s0:s1] > base * 10 ** (ONSET_RISE_DB / 10)
        quiet = np.nonzero(~high)[0]  # a rise starts from below the bar: an error already high is no start
        above = np.nonzero(high[quiet[0]:])[0] + quiet[0] if len(quiet) else []
        if len(above):
            st = s0 + above[0] - smooth // 2
            out[i] = (a + st) / sr
            after = seg[st: st + int(0.04 * sr)]
            rise[i] = 10 * np.log10(np.mean(after ** 2) / (np.mean(train ** 2) + 1e-20) + 1e-20)
    return out, rise


# A start under the previous note's tail (a note restruck while the last one rings) is seen late: the
# predictor has learned the tail and whitens the new note with it, so only a sharp feature of the new
# sound, wherever its sample has one, lifts the error (1 to 32 ms after the note-on across the GM basses).
# Masking only ever delays that: the stem's own attack, measured on its notes that rise out of quiet
# (the RISE_FRACTION crossing less the stem's attack time, as refine_onsets reads it), gives a second
# estimate, taken where it is earlier by at most ONSET_ATTACK_EARLIER_S. A stem with fewer than
# ONSET_ATTACK_NOTES such notes keeps the class latency.
ONSET_ATTACK_BAND_HZ = (0.0, 400.0)  # the low band a kick's and a bass's attack are read in (REFINE_BAND["bass"])
ONSET_ATTACK_NOTES = 3
ONSET_ATTACK_EARLIER_S = 0.03


def attack_starts(mono: np.ndarray, times_s, out_of_quiet: np.ndarray, pitches=None) -> np.ndarray:
    """Per onset: where the stem's own attack puts its start (s): the RISE_FRACTION crossing of the
    ONSET_ATTACK_BAND_HZ envelope (:func:`attack_points`) less the stem's attack time, the median over
    its onsets that start out of quiet by both reads (``out_of_quiet``, sound_starts' rise, and a rise
    of ATTACK_CLEAN_DB in the envelope) — those of the onset's own pitch where ``pitches`` (MIDI, one per
    onset) has any (a sampled instrument's notes differ in attack from one sample to the next). All NaN
    when fewer than ONSET_ATTACK_NOTES onsets start out of quiet."""
    half, start, rise = attack_points(mono, times_s, ONSET_ATTACK_BAND_HZ)
    shows = (rise >= ATTACK_CLEAN_DB) & ~np.isnan(start) & out_of_quiet
    if shows.sum() < ONSET_ATTACK_NOTES:
        return np.full(len(half), np.nan)
    attack = np.full(len(half), float(np.median(half[shows] - start[shows])))
    if pitches is not None:
        pitches = np.asarray(pitches)
        for p in np.unique(pitches[shows]):
            own = shows & (pitches == p)
            attack[pitches == p] = float(np.median(half[own] - start[own]))
    return half - attack


def common_onsets(mono: np.ndarray, times_s, instrument: str, latency_s: dict | None = None,
                  masked_by_attack: bool = True, pitches=None) -> np.ndarray:
    """Onsets of a kick or a bass by the one definition both are measured with (:func:`sound_starts`),
    less the class's latency for a start out of quiet or a legato one (ONSET_LATENCY_S, or ``latency_s``);
    a legato start is moved to the stem's own attack estimate where that is earlier (at most
    ONSET_ATTACK_EARLIER_S, :func:`attack_starts`). A detected onset with no clear start is kept where it was.

    Parameters
    ----------
    mono : audio at SAMPLE_RATE_HZ
    times_s : detected onset times (within ONSET_SEARCH_S of the sound's start)
    instrument : "kick" or "bass" (the key of ONSET_LATENCY_S)
    latency_s : {"clean": s, "legato": s}, overriding ONSET_LATENCY_S[instrument] (the eval fits it
        leave-one-sound-out)
    masked_by_attack : False: the class latency only (the definition before, eval.offsets' baseline)
    pitches : MIDI pitch per onset (a bass's notes), or None: the stem's attack is then read per pitch
    """
    times = np.asarray(times_s, dtype=float).copy()
    if not len(times):
        return times
    lag = ONSET_LATENCY_S[instrument] if latency_s is None else latency_s
    starts, rise = sound_starts(mono, times)
    ok = ~np.isnan(starts)
    clean = rise >= ONSET_CLEAN_DB
    times[ok] = starts[ok] - np.where(clean[ok], lag["clean"], lag["legato"])
    if masked_by_attack and np.any(ok & ~clean):
        own = attack_starts(mono, times, ok & clean, pitches)
        earlier = ok & ~clean & (own < times) & (own >= times - ONSET_ATTACK_EARLIER_S)  # NaN compares False
        times[earlier] = own[earlier]
    return np.maximum(times, 0.0)


def note_onsets(mono: np.ndarray, times_s, stem: str, pitches=None) -> np.ndarray:
    """Where a struck stem's notes start: a bass by the definition the kick is measured with
    (:func:`common_onsets`, so the lock between them does not depend on either sound's attack), other
    struck stems refined to their attack (:func:`refine_onsets`)."""
    if stem == "bass":
        return common_onsets(mono, times_s, "bass", pitches=pitches)
    return refine_onsets(mono, times_s, band_hz=REFINE_BAND.get(stem), instrument="other")


# Where a struck note stops. The transcription holds a note while its pitch is still faintly there: a guitar's
# tenth-of-a-second chop, 40 dB down within a quarter second, read as ringing a full beat to the next chop (round
# 54's bc08: "no real silence between them"). A plucked or struck note stops where it is damped: the stem's level
# falls STOP_DB under the note's attack peak, and falls there fast (DAMP_DB within DAMP_S, 100 dB a second). A
# note left to ring decays at a fraction of that rate (a bass's held root fades about 10 dB in its first beat:
# round 21's d08), so it keeps the transcription's end.
STOP_DB = 20.0
DAMP_DB, DAMP_S = 10.0, 0.1
STOP_HOP_S, STOP_WINDOW_S = 0.01, 0.05  # the envelope's hop and window (s): two periods of a bass's low E (41 Hz)
STOP_PEAK_S = 0.05  # the attack peak is the loudest point this long after the onset


def _window_energy(x: np.ndarray, lo: np.ndarray, hi: np.ndarray, frames_at_once: int = 2048) -> np.ndarray:
    """The sum of x's squared samples over each [lo, hi) (both rising), a running sum in double precision over a few
    thousand frames' samples at a time: one over every sample of a four-minute stem took 170 MB at once."""
    out = np.zeros(len(lo))
    for a in range(0, len(lo), frames_at_once):
        z = min(a + frames_at_once, len(lo))
        s0, s1 = int(lo[a]), int(hi[z - 1])
        run = np.concatenate([[0.0], np.cumsum(np.square(x[s0:s1], dtype=np.float64))])
        out[a:z] = run[hi[a:z] - s0] - run[lo[a:z] - s0]
    return out


def heard_ends(mono: np.ndarray, times_s, ends_s) -> np.ndarray:
    """Per note (onset, end in s): the end, brought forward to where the note is damped (the stem's level, an RMS
    envelope over STOP_WINDOW_S, STOP_DB under its peak within STOP_PEAK_S of the onset, having fallen
    DAMP_DB over the DAMP_S before); kept where that never happens before the end, or only within STOP_WINDOW_S of
    it (what the envelope resolves). Another note's sound in the stem keeps the level up, so a note under a ringing
    one keeps its end."""
    times, ends = np.asarray(times_s, dtype=float), np.asarray(ends_s, dtype=float).copy()
    if not len(times):
        return ends
    hop, win = int(round(STOP_HOP_S * SAMPLE_RATE_HZ)), int(round(STOP_WINDOW_S * SAMPLE_RATE_HZ))
    x = np.asarray(mono, dtype=np.float32)
    centre = np.arange(0, len(x), hop)
    lo, hi = np.clip(centre - win // 2, 0, len(x)), np.clip(centre + win // 2, 0, len(x))
    level = 10.0 * np.log10(_window_energy(x, lo, hi) / np.maximum(hi - lo, 1) + 1e-12)
    back = int(round(DAMP_S / STOP_HOP_S))
    frame = lambda t: int(np.clip(round(t / STOP_HOP_S), 0, len(level) - 1))  # noqa: E731
    for k, (t, e) in enumerate(zip(times, ends)):
        a, z = frame(t), frame(e)
        if z <= a + 1:
            continue
        top = a + int(np.argmax(level[a:frame(t + STOP_PEAK_S) + 1]))
        idx = np.arange(top + 1, z)
        if not len(idx):
            continue
        fell = level[np.maximum(idx - back, top)] - level[idx]
        gone = np.flatnonzero((level[idx] < level[top] - STOP_DB) & (fell >= DAMP_DB))
        stop = max(t + STOP_HOP_S, idx[gone[0]] * STOP_HOP_S) if len(gone) else e
        if e - stop > STOP_WINDOW_S:  # a nearer end is within what the envelope resolves: the transcription's stands
            ends[k] = stop
    return ends


def refine_onsets(mono: np.ndarray, times_s, band_hz: tuple[float, float] | None = None,
                  instrument: str = "other", search_s: float = REFINE_SEARCH_S) -> np.ndarray:
    """Move each onset to where its sound starts (see above); keep it where no clear rise is found.

    Parameters
    ----------
    mono : audio at SAMPLE_RATE_HZ
    times_s : detected onset times
    band_hz : (low, high) to listen in (zero-phase band-pass; low 0 = low-pass); None for the full band
    instrument : key of ATTACK_PRIOR_S (kick, snare, hihat, bass, other)
    """
    times = np.asarray(times_s, dtype=float).copy()
    if not len(times):
        return times
    half, start, rise = attack_points(mono, times, band_hz, search_s)  # "half": the RISE_FRACTION crossing
    clean = (rise >= ATTACK_CLEAN_DB) & ~np.isnan(start)
    found = ~np.isnan(half)
    # the stem's own attack time, measured on the notes that show their start; the prior where too few do
    attack = (float(np.median(half[clean] - start[clean])) if clean.sum() >= 3
              else ATTACK_PRIOR_S.get(instrument, ATTACK_PRIOR_S["other"]))
    new = np.where(clean, start, half - attack)
    ok = found & (np.abs(new - times) <= search_s)
    times[ok] = new[ok]
    return np.maximum(times, 0.0)


# basic-pitch declares TensorFlow (1.4 GB, pinning an old numpy) as a dependency on Linux, so it cannot be a
# plain dependency of this package; its wheel also ships the ONNX model this code runs on onnxruntime.
BASIC_PITCH_FIX = 'pip install --no-deps "basic-pitch==0.4.0"'


def basic_pitch_missing() -> str | None:
    """Why note transcription cannot run here (with the one command that fixes it), or None."""
    import importlib.util

    if importlib.util.find_spec("basic_pitch") is None:
        return (f"basic-pitch is not installed, so pitched stems get no notes: run `{BASIC_PITCH_FIX}` in this "
                "environment (scripts/install.sh does it), then load the track again")
    return None


def _basic_pitch_model():
    """basic-pitch's ONNX model, loaded once (``transcribe`` has checked that basic-pitch is there)."""
    global _MODEL
    with _MODEL_LOCK:
        if _MODEL is None:
            from basic_pitch import FilenameSuffix, build_icassp_2022_model_path
            from basic_pitch.inference import Model

            import onnxruntime as ort

            path = build_icassp_2022_model_path(FilenameSuffix.onnx)
            _MODEL = Model(path)
            opts = ort.SessionOptions()
            # One thread (STEMSENSE_ONNX_THREADS overrides; 0: ONNX Runtime's default, one per core): on a
            # 4-minute stem, 2 cores shared with other jobs, 5.2 CPU s against 6.3 on two threads (a third
            # of the ingest's CPU is this network), outputs bit-identical; the catalog's Ray tasks set 1 too
            opts.intra_op_num_threads = max(0, int(os.environ.get("STEMSENSE_ONNX_THREADS", "1") or 0))
            opts.inter_op_num_threads = 1
            # Idle pool threads sleep instead of spinning: on a shared 2-core machine the default spin-wait
            # burned ~4 of ~9 CPU s per 4-minute stem, with the same output (python -m eval.speed; eval/README)
            opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
            _MODEL.model = ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])
        return _MODEL


# Stems that play one low line: read from their f0 track and their own onsets (analysis/bass_line.py),
# not basic-pitch, which hears a real bass's low notes weakly (python -m eval.bass compares the two).
LINE_STEMS = ("bass",)


def note_source(stem: str) -> str:
    """The method a stem's notes come from (audio sources; drums aside)."""
    return "f0-line" if stem in LINE_STEMS else "basic-pitch"


def transcribe(wav_path: Path, stem: str, spill_s: np.ndarray | None = None) -> list[Note]:
    """Notes of a pitched stem. A low line (LINE_STEMS) is read
    from its f0 track and onsets (analysis/bass_line.py), given the times of its frames that hold another
    stem's sound (``spill_s``, :func:`spill_frames`, for its restrike rule); every other stem goes through
    basic-pitch."""
    if stem in LINE_STEMS:
        import soundfile as sf

        from .bass_line import transcribe_line

        audio, sr = sf.read(str(wav_path), dtype="float32", always_2d=True)
        return transcribe_line(audio.mean(axis=1), sr, spill_s=spill_s)
    return transcribe_basic_pitch(wav_path, stem)


def transcribe_basic_pitch(wav_path: Path, stem: str, overtones: bool = True) -> list[Note]:
    """Notes of a stem with basic-pitch (TRANSCRIBE's settings for it); ``velocity`` from its note
    amplitude; a MONOPHONIC stem reduced to one line, any other without its overtones (:func:`drop_overtones`) and
    undertones (:func:`drop_undertones`; ``overtones=False``: as basic-pitch gives them, eval.overtones' baseline).

    Calls basic-pitch's two steps directly rather than its ``predict()``, which prints to stdout:
    in stdio mode stdout is the MCP wire, and one stray line corrupts a JSON-RPC message.
    """
    missing = basic_pitch_missing()
    if missing:
        raise ModelUnavailableError(missing)
    from basic_pitch import note_creation as infer
    from basic_pitch.constants import AUDIO_SAMPLE_RATE, FFT_HOP
    from basic_pitch.inference import run_inference

    params = {"minimum_note_length": 58.0, **TRANSCRIBE.get(stem, TRANSCRIBE["other"])}
    output = run_inference(str(wav_path), _basic_pitch_model())
    _, events = infer.model_output_to_notes(
        output, onset_thresh=params["onset_threshold"], frame_thresh=params["frame_threshold"],
        min_note_len=int(np.round(params["minimum_note_length"] / 1000 * (AUDIO_SAMPLE_RATE / FFT_HOP))),
        min_freq=params.get("minimum_frequency"), max_freq=params.get("maximum_frequency"),
        include_pitch_bends=False, multiple_pitch_bends=False, melodia_trick=True, midi_tempo=120)  # bends unused
    notes = [Note(float(s), float(e - s), int(p), int(np.clip(a * 127, 1, 127))) for s, e, p, a, *_ in events if e > s]
    notes.sort(key=lambda n: (n.time_s, n.pitch))
    if stem in MONOPHONIC:
        return reduce_to_line(notes, MONOPHONIC[stem])
    return drop_undertones(drop_overtones(notes)) if overtones else notes


# A struck or plucked string's overtones reach basic-pitch as notes of their own: a rendered piano's off-beat
# chords (E, G sharp, B around middle C) came with a D sharp 6, an A sharp 6 and a C 7 -- the twelfth of one chord
# note, the seventeenth of another -- at about half their level and dying first, so the keys 'reached C 7' and the
# chords read 'E major seven' (round 26's i05, dev for this rule). A note a harmonic's interval over a note sounding
# as it starts (struck with it or before), at most OVERTONE_LEVEL of that note's level and ending no later, is that
# note's overtone. An octave doubling played as loud, or held past the note under it, stays.
OVERTONE_INTERVALS = (12, 19, 24, 28, 31)  # the 2nd to 6th harmonics, in semitones over the fundamental
OVERTONE_LEVEL = 0.6
OVERTONE_TOGETHER_S = 0.06  # struck with it: a strum spreads a chord over tens of ms


def _note_arrays(notes: list[Note]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Onsets, ends, pitches and levels of ``notes``."""
    t = np.array([n["time_s"] for n in notes])
    return (t, t + np.array([n["duration_s"] for n in notes]), np.array([n["pitch"] for n in notes]),
            np.array([n["velocity"] for n in notes], dtype=float))


def drop_overtones(notes: list[Note]) -> list[Note]:
    """A polyphonic stem's notes without the overtones of its louder notes (OVERTONE_INTERVALS, OVERTONE_LEVEL);
    ``notes`` in time order."""
    if len(notes) < 2:
        return notes
    t, end, pitch, level = _note_arrays(notes)
    keep = []
    for i, n in enumerate(notes):
        k = int(np.searchsorted(t, t[i] + OVERTONE_TOGETHER_S, side="right"))  # struck with it or before
        under = (end[:k] >= end[i] - 1e-3) & (end[:k] > t[i]) & np.isin(pitch[i] - pitch[:k], OVERTONE_INTERVALS) & \
            (level[i] <= OVERTONE_LEVEL * level[:k])
        under[i] = False if i < k else under[i]
        if not under.any():
            keep.append(n)
    return keep


# basic-pitch also hears an octave under a struck chord's note: a rendered jazz guitar's off-beat chop G4 B4 D5
# came with a G3 at 0.4 of the G4's level, a third of its length, so the comp 'reached down to G3' where nothing sounds
# under E4 (round 102's cy09, ft_swing_g1208, dev for this rule). A note an octave under a note struck with it
# (OVERTONE_TOGETHER_S either side), at most OVERTONE_LEVEL of that note's level and ending no later, is that note's
# undertone. A bass note played under a chord as loud, or held past it, stays (a voicing's real octaves).
UNDERTONE_INTERVAL = 12


def drop_undertones(notes: list[Note]) -> list[Note]:
    """A polyphonic stem's notes without a quiet short octave under a louder note struck with it
    (UNDERTONE_INTERVAL, OVERTONE_LEVEL, OVERTONE_TOGETHER_S); ``notes`` in time order."""
    if len(notes) < 2:
        return notes
    t, end, pitch, level = _note_arrays(notes)
    return [n for i, n in enumerate(notes)
            if not ((np.abs(t - t[i]) <= OVERTONE_TOGETHER_S) & (pitch - pitch[i] == UNDERTONE_INTERVAL)
                    & (level[i] <= OVERTONE_LEVEL * level) & (end >= end[i] - 1e-3)).any()]


def reduce_to_line(notes: list[Note], prefer: str, together_s: float = 0.05) -> list[Note]:
    """Keep one note per onset for a monophonic line.

    Notes starting within ``together_s`` of each other compete; ``prefer`` picks the "lowest"
    (a bass: the fundamental, not its overtones) or the "loudest". A note that starts while a kept
    note sounds, a harmonic interval above it, is that note's overtone and is dropped too.
    """
    kept: list[Note] = []
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
