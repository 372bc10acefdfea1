"""Input paths and audio I/O: validate before touching, decode to one canonical format.

Canonical audio inside the store: float32, 44.1 kHz, shape (channels, samples), 1 or 2 channels.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

from .config import SAMPLE_RATE_HZ, Settings
from .core.vocabulary import SILENT_FRAME_DB
from .errors import InputError

AUDIO_EXTENSIONS = (".wav", ".flac", ".ogg", ".mp3", ".m4a", ".aif", ".aiff")
MIDI_EXTENSIONS = (".mid", ".midi")


def resolve_input_path(raw: str, settings: Settings, *, want_dir: bool | None = None) -> Path:
    """Resolve ``raw`` (following symlinks) and check it is a readable file/folder inside an allowed root.

    Parameters
    ----------
    raw : str
        The path the caller gave.
    want_dir : bool or None
        True: must be a folder; False: must be a regular file; None: either.
    """
    if not isinstance(raw, str) or not raw.strip():
        raise InputError("No path given. Pass the path of an audio file, a MIDI file or a folder of stems.")
    if "\x00" in raw or len(raw) > 4096:
        raise InputError("That path is not valid (it has a NUL byte or is over 4096 characters).")
    path = Path(raw).expanduser()
    try:
        resolved = path.resolve(strict=True)
    except (FileNotFoundError, RuntimeError, OSError):
        raise InputError(f"{raw} does not exist. Check the path (absolute paths are safest).") from None
    if not any(resolved == root or resolved.is_relative_to(root) for root in settings.allowed_roots):
        roots = ", ".join(str(r) for r in settings.allowed_roots)
        raise InputError(
            f"{raw} is outside the folders this server may read ({roots}). Move the file there, or add its "
            "folder to STEMSENSE_ALLOWED_ROOTS and restart the server."
        )
    mode = resolved.stat().st_mode
    if stat.S_ISDIR(mode):
        if want_dir is False:
            raise InputError(f"{raw} is a folder; a file is expected here.")
    elif stat.S_ISREG(mode):
        if want_dir is True:
            raise InputError(f"{raw} is a file; a folder of stems is expected here.")
        size_mb = resolved.stat().st_size / 1e6
        if size_mb > settings.max_file_mb:
            raise InputError(
                f"{raw} is {size_mb:.0f} MB, over the {settings.max_file_mb:.0f} MB limit. Trim it, or raise "
                "STEMSENSE_MAX_FILE_MB."
            )
        if resolved.stat().st_size == 0:
            raise InputError(f"{raw} is empty (0 bytes).")
    else:
        raise InputError(f"{raw} is not a regular file or folder (a device, FIFO or socket); pass an audio or MIDI file.")
    if not os.access(resolved, os.R_OK):
        raise InputError(f"{raw} is not readable by this server (permissions).")
    return resolved


@dataclass(frozen=True)
class AudioInfo:
    duration_s: float
    sample_rate: int
    channels: int


def probe_audio(path: Path, settings: Settings) -> AudioInfo:
    """Read the header only, and refuse audio that is unreadable or too long before decoding it."""
    if path.suffix.lower() not in AUDIO_EXTENSIONS:
        raise InputError(
            f"{path.name}: unsupported format {path.suffix or '(no extension)'}. Use one of "
            f"{', '.join(AUDIO_EXTENSIONS)} for audio or .mid for MIDI."
        )
    try:
        info = sf.info(str(path))
        result = AudioInfo(info.frames / info.samplerate if info.samplerate else 0.0, int(info.samplerate), int(info.channels))
    except (sf.LibsndfileError, RuntimeError, TypeError):
        result = _ffprobe(path)
    if result.sample_rate <= 0 or result.channels <= 0:
        raise InputError(f"{path.name} has no audio (sample rate or channel count is zero).")
    if result.duration_s <= 0.0:
        raise InputError(f"{path.name} has no audio (zero length).")
    if result.duration_s > settings.max_duration_s:
        raise InputError(
            f"{path.name} is {result.duration_s / 60:.1f} min long, over the {settings.max_duration_s / 60:.0f} min "
            "limit. Trim it, or raise STEMSENSE_MAX_DURATION_S."
        )
    return result


def _ffprobe(path: Path) -> AudioInfo:
    if shutil.which("ffprobe") is None:
        raise InputError(
            f"{path.name} cannot be decoded: it is corrupt, or its format ({path.suffix}) needs ffmpeg "
            "(Debian: apt-get install ffmpeg)."
        )
    try:
        out = subprocess.run(
            ["ffprobe", "-v", "error", "-select_streams", "a:0", "-show_entries",
             "stream=sample_rate,channels:format=duration", "-of", "default=nw=1", str(path)],
            capture_output=True, text=True, timeout=30, check=True,
        ).stdout
        fields = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
        return AudioInfo(float(fields["duration"]), int(fields["sample_rate"]), int(fields["channels"]))
    except (subprocess.SubprocessError, KeyError, ValueError):
        raise InputError(f"{path.name} cannot be decoded as audio; it may be corrupt or not audio at all.") from None


def decode_audio(path: Path, settings: Settings) -> np.ndarray:
    """Decode ``path`` to float32 (channels, samples) at 44.1 kHz, at most 2 channels."""
    info = probe_audio(path, settings)
    try:
        data, sr = sf.read(str(path), dtype="float32", always_2d=True)
        audio = data.T
    except (sf.LibsndfileError, RuntimeError, TypeError):
        audio, sr = _ffmpeg_decode(path, info)
    if audio.shape[1] == 0:
        raise InputError(f"{path.name} decoded to zero samples; it is empty or corrupt.")
    if audio.shape[0] > 2:  # surround: fold down to stereo by averaging odd/even channels
        audio = np.stack([audio[0::2].mean(axis=0), audio[1::2].mean(axis=0)])
    if not np.all(np.isfinite(audio)):
        raise InputError(f"{path.name} contains invalid samples (NaN or infinity).")
    return resample(audio, sr)


def _ffmpeg_decode(path: Path, info: AudioInfo) -> tuple[np.ndarray, int]:
    if shutil.which("ffmpeg") is None:
        raise InputError(f"{path.name} needs ffmpeg to decode (Debian: apt-get install ffmpeg).")
    proc = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-f", "f32le", "-acodec", "pcm_f32le",
         "-ar", str(SAMPLE_RATE_HZ), "-ac", str(min(info.channels, 2)), "-"],
        capture_output=True, timeout=600,
    )
    if proc.returncode != 0:
        raise InputError(f"{path.name} cannot be decoded: {proc.stderr.decode(errors='replace')[:200]}")
    audio = np.frombuffer(proc.stdout, dtype=np.float32).reshape(-1, min(info.channels, 2)).T.copy()
    return audio, SAMPLE_RATE_HZ


def resample(audio: np.ndarray, sr: int) -> np.ndarray:
    """Resample (channels, samples) float32 audio to the canonical rate (soxr, high quality)."""
    if sr == SAMPLE_RATE_HZ:
        return np.ascontiguousarray(audio, dtype=np.float32)
    import soxr

    return np.ascontiguousarray(soxr.resample(audio.T, sr, SAMPLE_RATE_HZ, quality="HQ").T, dtype=np.float32)


def to_mono(audio: np.ndarray) -> np.ndarray:
    return audio.mean(axis=0) if audio.ndim == 2 else audio


def levels_dbfs(audio: np.ndarray) -> tuple[float, float]:
    """(RMS, peak) in dBFS of (channels, samples) audio; -120 for digital silence."""
    mono = to_mono(audio).astype(np.float64)
    rms = float(np.sqrt(np.mean(mono**2))) if mono.size else 0.0
    peak = float(np.max(np.abs(audio))) if audio.size else 0.0
    return 20 * np.log10(max(rms, 1e-6)), 20 * np.log10(max(peak, 1e-6))


def is_silent(audio: np.ndarray) -> bool:
    return levels_dbfs(audio)[0] < SILENT_FRAME_DB


def fit_length(audio: np.ndarray, n_samples: int) -> np.ndarray:
    """Zero-pad or trim (channels, samples) audio to ``n_samples``."""
    if audio.shape[1] >= n_samples:
        return audio[:, :n_samples]
    return np.pad(audio, ((0, 0), (0, n_samples - audio.shape[1])))


def write_wav(path: Path, audio: np.ndarray) -> None:
    """Write canonical audio as 16-bit PCM WAV (small, plays everywhere, exact enough for analysis)."""
    peak = float(np.max(np.abs(audio))) if audio.size else 0.0
    if peak > 1.0:  # summed stems can clip; scale rather than wrap around
        audio = audio / peak
    sf.write(str(path), audio.T, SAMPLE_RATE_HZ, subtype="PCM_16")


def read_excerpt(path: Path, start_s: float | None, end_s: float | None, dtype: str) -> tuple[np.ndarray, int]:
    """(samples, channels) of ``[start_s, end_s)`` of the audio file at ``path`` (None: its start / end)."""
    info = sf.info(str(path))
    start = max(0, int(round((start_s or 0.0) * info.samplerate)))
    stop = info.frames if end_s is None else min(info.frames, int(round(end_s * info.samplerate)))
    return sf.read(str(path), start=start, stop=max(start, stop), dtype=dtype, always_2d=True)


def wav_excerpt_bytes(path: Path, start_s: float | None, end_s: float | None) -> bytes:
    """The WAV bytes of ``path``, or of ``[start_s, end_s)`` of it."""
    import io

    if start_s is None and end_s is None:
        return path.read_bytes()
    data, sr = read_excerpt(path, start_s, end_s, "int16")
    buf = io.BytesIO()
    sf.write(buf, data, sr, format="WAV", subtype="PCM_16")
    return buf.getvalue()


PREVIEW_RATE_HZ = 22050


def ogg_bytes(mono: np.ndarray, sr: int) -> bytes:
    """Mono float audio as Ogg Vorbis at PREVIEW_RATE_HZ: about 40 KB per 10 s, for listening only."""
    import io

    import soxr

    audio = np.asarray(mono, dtype=np.float32)
    if sr != PREVIEW_RATE_HZ:
        audio = soxr.resample(audio, sr, PREVIEW_RATE_HZ, quality="HQ").astype(np.float32)
    if audio.size == 0:
        audio = np.zeros(1, dtype=np.float32)
    buf = io.BytesIO()
    sf.write(buf, np.clip(audio, -1.0, 1.0), PREVIEW_RATE_HZ, format="OGG", subtype="VORBIS")
    return buf.getvalue()


def ogg_excerpt_bytes(path: Path, start_s: float, end_s: float) -> bytes:
    """``[start_s, end_s)`` of the WAV at ``path``, as mono Ogg Vorbis (see ogg_bytes)."""
    data, sr = read_excerpt(path, start_s, end_s, "float32")
    return ogg_bytes(data.mean(axis=1), sr)
