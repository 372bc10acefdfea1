"""Notes of a monophonic low line (the bass stem) from its f0 track and its own onsets.

basic-pitch, made for polyphonic music, hears a real bass's low notes weakly (4 notes where the stem
plays ~41 in 8 s); a bass plays one note at a time, so its notes can be read off a pitch track:

1. f0 every F0_HOP_S with YIN (Essentia's PitchYinFFT) on the stem resampled to F0_RATE_HZ: a 93 ms
   frame holds two periods of the lowest bass note, and the low rate keeps a 4-minute stem to ~1 s;
2. onsets from the stem itself: peaks of its log-mel spectral flux (46 ms STFT), moved back to the
   minimum of the 23 ms level before each (where the attack starts); optionally (``pitch_steps``)
   also where the pitch steps to a new note with no attack (legato, a slide, a hammer-on);
3. one note per onset: pitch the median f0 (MIDI) over the note's second half (a pluck's pitch
   glides in) where its level is within body_db of its loudest pitched frame (a damped release reads sharp),
   end where the f0 goes unvoiced, the level falls off_drop_db under the note's peak, or at the next
   onset. An onset with too little pitched sound (a dead note, a scrape) gives no note;
4. where another stem's sound is measured in this one (spill, ``spill_s``: stem_analysis.spill_frames,
   across the stems), an onset that names the pitch already sounding, where that note's own low partials
   run on undisturbed (no jump in level or phase off their course), is taken for that stem's attack
   leaking into the stem (a guitar's off-beat chords at -12 dB struck every walking-bass note again half a
   beat later) and merged into the note before (``restruck_onsets``). Where no spill is measured (an
   isolated recording) every attack is a note: a real bass's soft repeats run on as smoothly.

Parameters were chosen on the calibration bass sounds and lines of ``python -m eval.bass`` (which
also runs basic-pitch and pYIN side by side with this method).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from .config import essentia_standard
from .core.types import Note

F0_RATE_HZ = 11025
F0_FRAME = 1024  # 93 ms at F0_RATE_HZ: two periods of 21.5 Hz
F0_HOP = 128  # 11.6 ms
F0_HOP_S = F0_HOP / F0_RATE_HZ
LEVEL_FRAME = 256  # 23 ms: the level an attack's start and a note's release are read from
SILENT_DB = -90.0  # frames under this level (digital silence, dither) are not analysed
F0_MIN_HZ, F0_MAX_HZ = 30.0, 400.0  # B0 .. G4: a five-string's low B to a bass's high register


@dataclass(frozen=True)
class LineParams:
    """What the line reader decides with (chosen on the calibration split of eval/bass.py)."""

    f0_method: str = "yinfft"  # or "pyin" (librosa's; ~10x slower)
    f0_min_hz: float = F0_MIN_HZ  # the line's pitch range (a voice: eval.vocals.VOICE_PARAMS)
    f0_max_hz: float = F0_MAX_HZ
    f0_frame: int = F0_FRAME  # YIN's frame at F0_RATE_HZ: two periods of f0_min_hz
    voiced_confidence: float = 0.3  # PitchYinFFT confidence above which a frame is voiced (the f0 track)
    note_confidence: float = 0.15  # ... above which a frame's f0 may name an attacked note's pitch
    settle_s: float = 0.04  # a pluck's pitch glides in: its note is named from what follows
    settle_share: float = 0.5  # ... or from what follows this share of the note
    # ... among the frames no more than this under the note's peak (0: every frame): a note's release, the string
    # damped, reads sharp to YIN (Country1's C held in tune read C sharp from its last 80 ms). Chosen on the real
    # stems (dev): pitch classes agreeing with MedleyDB's pitch annotation 0.86 -> 0.88 (Country1 0.53 -> 0.65);
    # the synthetic test split, read after, 0.96-1.00 -> 0.98-1.00 per sound (eval.bass, f0-line-second-half: 0)
    body_db: float = 6.0
    onset_fft: int = 512  # STFT size of the flux (at F0_RATE_HZ): shorter places attacks sooner
    onset_mels: int = 64
    onset_delta: float = 0.07  # peak-picking threshold on the normalised flux (librosa's delta)
    # SuperFlux (Böck & Widmer 2013): the flux against the spectrum `onset_lag` frames back, maximum-filtered
    # over `onset_max_bins` mel bands, so a vibrato's harmonics moving between bands is no attack (1, 1: plain flux)
    onset_lag: int = 1
    onset_max_bins: int = 1
    onset_wait_s: float = 0.05  # two attacks closer than this are one
    # Unplucked notes (legato, slides, hammer-ons) from pitch steps: off, because on the calibration
    # lines (every note plucked) the steps only added false notes (note F 0.97 -> 0.99 without them)
    # and no real bass here has its legato notes annotated to show what they win (eval/bass.py runs both)
    pitch_steps: bool = False
    pitch_step_semitones: float = 0.8  # a held pitch this far from the note's is a new note
    pitch_step_min_s: float = 0.05  # ... when it lasts this long
    pitch_step_level_db: float = 20.0  # ... and is no more than this under the note's peak (not a tail)
    # a sung step glides: its note starts where the pitch leaves the note before (looked for this far back),
    # not where the new pitch has settled (0: where it has settled, the bass's reading)
    pitch_step_back_s: float = 0.0
    min_voiced_s: float = 0.03  # a note needs this much voiced f0
    # A same-pitch attack is a new note only where the sounding note's partials 1..restrike_partials leave
    # their predicted course (complex-domain deviation, Duxbury et al. 2003: the share of their magnitude off
    # a steady continuation) by this much around it -- judged only where the stem carries another stem's sound
    # (``spill_s``); 0: every attack is a note. 0.12 separates rendered material (calibration lines: every true
    # repeat of one pitch, synth 1's legato sixteenths included, deviates >= 0.14; the degraded ft_drive_ab152:
    # 45 of the 57 restrikes the guitar's bleed makes deviate <= 0.11). Judged everywhere it dropped the real
    # MedleyDB stems' own soft repeats (beatles 89 -> 68 notes; 29 of them deviate 0.01-0.02), and another stem
    # attacking within 25 ms did not tell them apart either (a real bass's repeats land with the band's attacks);
    # the spill measured across stems does: none on the isolated real stems, 29-86 % of the degraded songs'
    # bass frames (eval.bass --degraded)
    restrike_deviation: float = 0.12
    restrike_partials: int = 3
    # ... an attack this near a frame that holds spill: spill is flagged only where the stem's own sound does not
    # cover the other stem's bands, so under a held note it shows either side of it. Chosen on the degraded frames
    # songs (dev; 0.05 s, a frame's own: 890 notes for 649 written, 1.0 s: 871, partials everywhere: 859)
    restrike_spill_s: float = 1.0
    off_drop_db: float = 30.0  # a note ends where its level falls this far under its peak
    unvoiced_end_s: float = 0.035  # ... or where the f0 stays unvoiced this long


PARAMS = LineParams()


def _low_rate(mono: np.ndarray, sr: int) -> np.ndarray:
    import soxr

    audio = np.asarray(mono, dtype=np.float32)
    if sr != F0_RATE_HZ:
        audio = soxr.resample(audio, sr, F0_RATE_HZ, quality="HQ").astype(np.float32)
    return np.ascontiguousarray(audio)


def _level_db(padded: np.ndarray, frame: int, n: int) -> np.ndarray:
    """(n,) level in dB per f0 frame: the RMS of the LEVEL_FRAME samples centred on each frame of ``frame``
    samples every F0_HOP in ``padded`` (the low-rate audio padded by frame // 2 in front; cumulative sums, no
    loop)."""
    power = np.r_[0.0, np.cumsum(padded ** 2)]
    centre = frame // 2 + np.arange(n) * F0_HOP
    half = LEVEL_FRAME // 2
    return 10 * np.log10(np.maximum((power[centre + half] - power[centre - half]) / LEVEL_FRAME, 1e-12))


def f0_track(mono: np.ndarray, sr: int, params: LineParams = PARAMS) -> dict[str, np.ndarray]:
    """Per F0_HOP_S frame (frame centres from 0 s): ``f0_hz`` (0 where unvoiced), ``pitch_hz`` (YIN's
    estimate whatever its confidence; 0 out of range), ``confidence`` (0..1), ``level_db`` (RMS of the
    LEVEL_FRAME samples around the frame's centre) and ``audio`` (the low-rate signal)."""
    es = essentia_standard()

    y = _low_rate(mono, sr)
    frame, lo_hz, hi_hz = params.f0_frame, params.f0_min_hz, params.f0_max_hz
    n = max(1, int(np.ceil(len(y) / F0_HOP)))
    padded = np.pad(y, (frame // 2, frame)).astype(np.float64)
    level = _level_db(padded, frame, n)
    if params.f0_method == "pyin":  # the slower candidate eval/bass.py measures beside YIN
        import librosa

        f0, flag, prob = librosa.pyin(y, fmin=lo_hz, fmax=hi_hz, sr=F0_RATE_HZ, frame_length=frame,
                                      hop_length=F0_HOP, fill_na=None)
        raw = np.zeros(n)
        raw[: min(n, len(f0))] = np.nan_to_num(f0[:n])
        conf = np.zeros(n)
        conf[: min(n, len(prob))] = prob[:n]
        voiced = np.zeros(n, bool)
        voiced[: min(n, len(flag))] = flag[:n]
        return {"time_s": np.arange(n) * F0_HOP_S, "f0_hz": np.where(voiced, raw, 0.0), "pitch_hz": raw,
                "confidence": conf, "level_db": level, "audio": y}
    yin = es.PitchYinFFT(frameSize=frame, sampleRate=F0_RATE_HZ, minFrequency=lo_hz, maxFrequency=hi_hz)
    window = es.Windowing(type="hann", size=frame, zeroPhase=False)(np.ones(frame, np.float32))
    raw, conf = np.zeros(n), np.zeros(n)
    live = np.nonzero(level > SILENT_DB)[0]
    for lo in range(0, len(live), 512):  # spectra in blocks: one FFT call per block, YIN per frame
        idx = live[lo: lo + 512]
        frames = np.lib.stride_tricks.sliding_window_view(padded, frame)[idx * F0_HOP]
        spectra = np.abs(np.fft.rfft(frames * window, axis=1)).astype(np.float32)
        for i, spec in zip(idx, spectra):
            pitch, confidence = yin(spec)
            conf[i] = confidence
            raw[i] = pitch if lo_hz <= pitch <= hi_hz else 0.0
    f0 = np.where(conf > params.voiced_confidence, raw, 0.0)
    return {"time_s": np.arange(n) * F0_HOP_S, "f0_hz": f0, "pitch_hz": raw, "confidence": conf, "level_db": level,
            "audio": y}


def attack_onsets(y_low: np.ndarray, level_db: np.ndarray, params: LineParams = PARAMS) -> np.ndarray:
    """Frame indexes (on the f0 grid) of the stem's attacks: log-mel flux peaks, backtracked to the
    level minimum before each. Silence is put in front so a note at the very start has a "before"."""
    import librosa

    lead = 8  # frames
    y = np.r_[np.zeros(lead * F0_HOP, np.float32), y_low]
    env = librosa.onset.onset_strength(y=y, sr=F0_RATE_HZ, n_fft=params.onset_fft, hop_length=F0_HOP,
                                       n_mels=params.onset_mels, fmin=params.f0_min_hz, center=True,
                                       lag=params.onset_lag, max_size=params.onset_max_bins)
    # ... but a stem cut mid-note jumps out of that silence: its start may not outweigh the track's
    # own attacks (the envelope is normalised by its peak before picking)
    if len(env) > 2 * lead:
        env[: 2 * lead] = np.minimum(env[: 2 * lead], env[2 * lead:].max())
    wait = max(1, int(round(params.onset_wait_s / F0_HOP_S)))
    frames = librosa.onset.onset_detect(onset_envelope=env, sr=F0_RATE_HZ, hop_length=F0_HOP, delta=params.onset_delta,
                                        wait=wait, backtrack=False)
    if not len(frames):
        return np.zeros(0, int)
    energy = 10 ** (np.r_[np.full(lead, -120.0), level_db][: len(env)] / 20)
    frames = np.asarray(librosa.onset.onset_backtrack(frames, energy), dtype=int) - lead
    return np.unique(np.clip(frames, 0, len(level_db) - 1))


def _midi(f0_hz: np.ndarray) -> np.ndarray:
    out = np.full(len(f0_hz), np.nan)
    v = f0_hz > 0
    out[v] = 69 + 12 * np.log2(f0_hz[v] / 440.0)
    return out


def pitch_onsets(midi: np.ndarray, level_db: np.ndarray, attacks: np.ndarray, params: LineParams = PARAMS) -> np.ndarray:
    """Frames where a new pitch starts and holds with no attack near: the notes a legato line, a slide
    or a hammer-on begins without plucking. A pluck's first settle_s (its pitch glides in) and a
    note's fading tail (pitch_step_level_db under its peak) start nothing."""
    from scipy.ndimage import maximum_filter1d, median_filter, minimum_filter1d

    hold = max(2, int(round(params.pitch_step_min_s / F0_HOP_S)))
    near = max(1, int(round(params.onset_wait_s / F0_HOP_S)))
    settle = int(round(params.settle_s / F0_HOP_S))
    n = len(midi)
    voiced = ~np.isnan(midi)
    smooth = np.where(voiced, median_filter(np.nan_to_num(midi), size=5, mode="nearest"), np.nan)
    since_attack = np.full(n, n)  # frames since the latest attack
    for a in np.sort(attacks):
        if 0 <= a < n:
            since_attack[a:] = np.arange(n - a)
    # forward windows of `hold` frames: any unvoiced, all unvoiced, spread and median (no per-frame numpy calls)
    ahead = -(hold // 2)  # origin: the window [i, i + hold)
    filled = np.nan_to_num(smooth, nan=0.0)
    gaps = np.r_[np.isnan(smooth), np.ones(hold, bool)].astype(np.uint8)
    any_gap = maximum_filter1d(gaps, hold, origin=ahead)[:n].astype(bool)
    all_gap = minimum_filter1d(gaps, hold, origin=ahead)[:n].astype(bool)
    spread = (maximum_filter1d(filled, hold, origin=ahead) - minimum_filter1d(filled, hold, origin=ahead))
    middle = median_filter(filled, size=hold, origin=ahead, mode="nearest")
    out, current, peak, i = [], np.nan, -np.inf, 0
    while i < n:
        if since_attack[i] <= settle:  # a plucked note: its first steady pitch belongs to the attack
            current, peak = np.nan, max(level_db[i], peak if since_attack[i] else -np.inf)
            i += 1
            continue
        peak = max(peak, level_db[i])
        steady = not any_gap[i] and spread[i] < params.pitch_step_semitones
        if not steady:
            if all_gap[i]:
                current = np.nan  # silence: what follows is a new note only if it is attacked
            i += 1
            continue
        pitch = float(middle[i])
        if not np.isnan(current) and abs(pitch - current) >= params.pitch_step_semitones \
                and level_db[i] >= peak - params.pitch_step_level_db:
            if not len(attacks) or np.min(np.abs(attacks - i)) > near:
                start, back = i, int(round(params.pitch_step_back_s / F0_HOP_S))
                left = params.pitch_step_semitones / 2  # the pitch is this far from the note before
                while start > max(0, i - back) and (np.isnan(smooth[start - 1]) or abs(smooth[start - 1] - current) >= left):
                    start -= 1
                out.append(start)
                peak = level_db[i]
            current = pitch
            i += hold
            continue
        current = pitch
        i += 1
    return np.asarray(out, dtype=int)


def notes_from_track(track: dict[str, np.ndarray], onsets: np.ndarray, params: LineParams = PARAMS) -> list[Note]:
    """One note per onset frame, pitched by the median f0 (frames with confidence > note_confidence,
    after the pluck's first settle_s where enough remain) up to the note's end."""
    conf, raw = track["confidence"], track["pitch_hz"]
    midi = _midi(np.where(conf > params.note_confidence, raw, 0.0))
    level = track["level_db"]
    n = len(midi)
    onsets = np.unique(np.clip(onsets, 0, n - 1))
    loudest = float(np.max(level)) if n else 0.0
    min_voiced = max(1, int(round(params.min_voiced_s / F0_HOP_S)))
    gap = max(1, int(round(params.unvoiced_end_s / F0_HOP_S)))
    settle = int(round(params.settle_s / F0_HOP_S))
    notes = []
    for k, a in enumerate(onsets):
        b = int(onsets[k + 1]) if k + 1 < len(onsets) else n
        voiced = ~np.isnan(midi[a:b])
        if voiced.sum() < min_voiced:
            continue  # a dead note, a noise or a pick scrape: no pitch to give it
        # the end: a run of unvoiced frames after the note has sounded, or its level falling away
        first, end, run = int(np.argmax(voiced)), b, 0
        for j in range(first, len(voiced)):
            run = run + 1 if not voiced[j] else 0
            if run >= gap:
                end = a + j - gap + 1
                break
        top = a + int(np.argmax(level[a:end]))
        peak = float(level[top])
        quiet = np.nonzero(level[top:end] < peak - params.off_drop_db)[0]
        if len(quiet):
            end = top + int(quiet[0])
        end = max(end, a + 1)
        seg = midi[a:end]
        skip = max(settle, int(params.settle_share * (end - a)))
        if params.body_db > 0:
            # the body by the loudest frame voiced with confidence: a slapped note's click, its pitch unsure (and a
            # semitone off), lies 6-14 dB over its tone, and every pitched frame of a slap bass's G sharp fell under
            # it, so the note was dropped (the answers benchmark's pocket grooves, GM 36: the thirty-third session, dev)
            pitched = ~np.isnan(seg) & (conf[a:end] > params.voiced_confidence)
            loudest_pitched = float(np.max(level[a:end][pitched])) if pitched.any() else peak
            body = np.where(level[a:end] >= loudest_pitched - params.body_db, seg, np.nan)
            seg = body if np.count_nonzero(~np.isnan(body)) >= min_voiced else seg
        held = seg[skip:][~np.isnan(seg[skip:])]
        pool = held if len(held) >= min_voiced else seg[~np.isnan(seg)]
        if len(pool) < min_voiced:
            continue
        velocity = int(np.clip(127 * 10 ** ((peak - loudest) / 40), 1, 127))
        notes.append(Note(round(float(a * F0_HOP_S), 4), round(float((end - a) * F0_HOP_S), 4),
                          int(np.round(np.median(pool))), velocity))
    return notes


def partial_deviation(y_low: np.ndarray, frame: int, f0_hz: float, params: LineParams = PARAMS) -> float:
    """How far the partials 1..restrike_partials of a note at ``f0_hz`` leave a steady course around the
    f0 grid's ``frame`` (from two frames before to six after): the largest complex-domain deviation, the
    magnitude of (spectrum - its prediction from the two frames before) over the magnitude before, summed
    over those partials' bins. A held note runs on (near 0); a pluck or a restart jumps (0.3-1.5)."""
    size = F0_FRAME
    first, last = frame - 4, frame + 7  # two frames of history before the first frame judged
    lo = first * F0_HOP - size // 2  # the first frame's first sample (frame centres at frame * F0_HOP)
    hi = (last - 1) * F0_HOP + size // 2
    piece = np.zeros(hi - lo)
    src = np.asarray(y_low, dtype=np.float64)[max(lo, 0): max(min(hi, len(y_low)), 0)]
    piece[max(-lo, 0): max(-lo, 0) + len(src)] = src
    frames = piece[(np.arange(last - first) * F0_HOP)[:, None] + np.arange(size)]
    spec = np.fft.rfft(frames * np.hanning(size), axis=1)
    bin_hz = F0_RATE_HZ / size
    bins = np.unique([int(round(h * f0_hz / bin_hz)) for h in range(1, params.restrike_partials + 1)
                      if h * f0_hz < F0_RATE_HZ / 2])
    x = spec[:, bins]
    mag, phase = np.abs(x), np.angle(x)
    predicted = mag[1:-1] * np.exp(1j * (2 * phase[1:-1] - phase[:-2]))
    deviation = np.abs(x[2:] - predicted).sum(axis=1) / (mag[1:-1].sum(axis=1) + 1e-12)
    return float(deviation.max()) if len(deviation) else 0.0


def restruck_onsets(track: dict[str, np.ndarray], notes: list[Note], params: LineParams = PARAMS,
                    spill_s: np.ndarray | None = None) -> np.ndarray:
    """Onset frames of the notes that only restate the note before them: same pitch, that note still
    sounding up to this onset, its partials undisturbed there (``partial_deviation`` under
    ``restrike_deviation``), and the stem carrying another stem's sound within ``restrike_spill_s`` of it
    (``spill_s``: the times of the stem's frames that hold spill). Their attacks are another stem's bleed."""
    spill = np.sort(np.asarray(spill_s if spill_s is not None else [], dtype=float))
    if not len(spill):
        return np.zeros(0, int)  # no other stem's sound measured here: every attack is the stem's own
    out = []
    previous = None
    for note in notes:
        a = int(round(note.time_s / F0_HOP_S))
        k = np.searchsorted(spill, note.time_s)
        near = min(abs(spill[j] - note.time_s) for j in (k - 1, k) if 0 <= j < len(spill))
        if previous is not None and near <= params.restrike_spill_s and note.pitch == previous.pitch \
                and int(round((previous.time_s + previous.duration_s) / F0_HOP_S)) >= a - 1:
            f0_hz = 440.0 * 2 ** ((note.pitch - 69) / 12)
            if partial_deviation(track["audio"], a, f0_hz, params) < params.restrike_deviation:
                out.append(a)
                continue  # the note before sounds on: the next onset is judged against it
        previous = note
    return np.asarray(out, dtype=int)


def transcribe_line(mono: np.ndarray, sr: int, params: LineParams = PARAMS,
                    spill_s: np.ndarray | None = None) -> list[Note]:
    """Notes of a monophonic low line.

    Parameters
    ----------
    mono : the stem, mono float audio
    sr : its sample rate (Hz)
    params : the reader's settings (see :class:`LineParams`)
    spill_s : times (s) of the stem's frames that hold another stem's sound (stem_analysis.spill_frames),
        where the restrike rule judges (``restrike_deviation``); None: no spill measured, every attack a note
    """
    audio = np.asarray(mono, dtype=np.float32)
    if audio.ndim != 1:
        raise ValueError(f"transcribe_line expects mono audio, got shape {audio.shape}")
    if len(audio) < params.f0_frame * sr // F0_RATE_HZ or not np.any(audio):
        return []
    track = f0_track(audio, sr, params)
    attacks = attack_onsets(track["audio"], track["level_db"], params)
    steps = pitch_onsets(_midi(track["f0_hz"]), track["level_db"], attacks, params) if params.pitch_steps \
        else np.zeros(0, int)
    onsets = np.sort(np.r_[attacks, steps]).astype(int)
    notes = notes_from_track(track, onsets, params)
    if params.restrike_deviation > 0:
        restated = restruck_onsets(track, notes, params, spill_s)
        if len(restated):
            notes = notes_from_track(track, np.setdiff1d(onsets, restated), params)
    return notes


def with_params(**changes) -> LineParams:
    """PARAMS with some fields changed (the eval's parameter sweeps)."""
    return replace(PARAMS, **changes)


def frame_f0(mono: np.ndarray, sr: int, times_s: np.ndarray, params: LineParams = PARAMS) -> np.ndarray:
    """f0 (Hz, 0 where unvoiced) of a low line on other frames (``times_s``, frame centres): a frame is
    voiced when most of the f0 track's frames within half a hop of it are, with their median f0.
    frame_descriptors' 46 ms YIN (confidence > 0.6) reads a real bass as voiced 2-60 % of the time
    where pYIN reads 83-99 %; this is the bass stem's f0 column instead."""
    times = np.asarray(times_s, dtype=float)
    half = (times[1] - times[0]) / 2 if len(times) > 1 else F0_HOP_S
    return on_frames(f0_track(mono, sr, params)["f0_hz"], F0_HOP_S, times, half, more_than_half=True)


def on_frames(f0_hz: np.ndarray, hop_s: float, times_s: np.ndarray, half_s: float,
              more_than_half: bool = False) -> np.ndarray:
    """A fine f0 track (``f0_hz`` every ``hop_s``, 0 where unvoiced) on coarser frames: at each of ``times_s`` the
    median Hz of its voiced frames within ``half_s``, where half of them or more are voiced (``more_than_half``:
    more than half), else 0. The bass line's f0 column (:func:`frame_f0`) and a mix's lead line
    (analysis.lead_line) both."""
    t = np.arange(len(f0_hz)) * hop_s
    times = np.asarray(times_s, dtype=float)
    lo, hi = np.searchsorted(t, times - half_s), np.searchsorted(t, times + half_s)
    out = np.zeros(len(times))
    for i, (a, b) in enumerate(zip(lo, hi)):
        v = f0_hz[a:b][f0_hz[a:b] > 0]
        if b > a and (2 * len(v) > b - a if more_than_half else 2 * len(v) >= b - a):
            out[i] = float(np.median(v))
    return out
