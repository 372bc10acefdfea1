"""Vocals: lyrics with word timings (openai-whisper) and style tags (CLAP), from local weights only.

STEMSENSE_WHISPER_MODEL  a Whisper checkpoint: a ``.pt`` file, or a model name ("small", "base.en")
                         found as ``<name>.pt`` in STEMSENSE_WHISPER_DIR or ``$XDG_CACHE_HOME/whisper``
STEMSENSE_CLAP_MODEL     a folder saved by ``save_pretrained`` holding
                         laion/larger_clap_music_and_speech (config.json, weights, processor files)

Without them the step is recorded as skipped with this explanation; nothing is invented.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np

from .config import SAMPLE_RATE_HZ, Settings
from .errors import Skip

STYLE_TAGS = (
    "male vocals", "female vocals", "choir", "rap vocals", "spoken word", "operatic singing", "falsetto",
    "breathy intimate vocals", "raspy gritty vocals", "belted powerful vocals", "autotuned vocals",
    "harmonized backing vocals", "whispered vocals", "screamed vocals", "humming", "wordless vocal melody",
)

MAX_CLAP_CHUNKS = 6  # 10 s chunks: one minute of the stem at most, spread over it

_CACHE: dict[str, object] = {}
_LOCK = threading.Lock()


def _cached(key: str, load):
    """Load a model once per process (configure once, run many)."""
    with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = load()
        return _CACHE[key]


def _skip(message: str):
    return Skip(message)


def whisper_checkpoint() -> Path | None:
    raw = os.environ.get("STEMSENSE_WHISPER_MODEL", "").strip()
    if not raw:
        return None
    path = Path(raw).expanduser()
    if path.suffix == ".pt":
        return path if path.is_file() else None
    dirs = [os.environ.get("STEMSENSE_WHISPER_DIR", ""),
            os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "whisper")]
    return next((Path(d) / f"{raw}.pt" for d in dirs if d and (Path(d) / f"{raw}.pt").is_file()), None)


def transcribe_lyrics(vocals_mono: np.ndarray, settings: Settings) -> dict:
    """Words with start/end times (s) and probabilities, plus the full text."""
    checkpoint = whisper_checkpoint()
    if checkpoint is None:
        raise _skip("lyrics need Whisper weights: set STEMSENSE_WHISPER_MODEL to a .pt checkpoint (or a model name "
                    "found in STEMSENSE_WHISPER_DIR / ~/.cache/whisper); they cannot be downloaded here")
    try:
        import whisper
    except ImportError:
        raise _skip("openai-whisper is not installed (scripts/install.sh installs it)") from None
    import soxr

    model = _cached(f"whisper:{checkpoint}", lambda: whisper.load_model(str(checkpoint), device="cpu"))
    audio16k = soxr.resample(vocals_mono.astype(np.float32), SAMPLE_RATE_HZ, 16000).astype(np.float32)
    result = model.transcribe(audio16k, word_timestamps=True, fp16=False, temperature=0.0,
                              condition_on_previous_text=False, verbose=None)
    words = [{"word": w["word"].strip(), "start_s": round(float(w["start"]), 3), "end_s": round(float(w["end"]), 3),
              "probability": round(float(w.get("probability", 0.0)), 3)}
             for seg in result.get("segments", []) for w in seg.get("words", [])]
    return {"text": result.get("text", "").strip(), "language": result.get("language"), "words": words,
            "model": checkpoint.name}


def style_tags(vocals_mono: np.ndarray, settings: Settings, top_k: int = 5) -> dict:
    """Zero-shot CLAP similarity of the vocal stem to STYLE_TAGS; the top ``top_k`` with scores."""
    raw = os.environ.get("STEMSENSE_CLAP_MODEL", "").strip()
    folder = Path(raw).expanduser() if raw else None
    if folder is None or not (folder / "config.json").is_file():
        raise _skip("style tags need CLAP weights: set STEMSENSE_CLAP_MODEL to a local save_pretrained folder of "
                    "laion/larger_clap_music_and_speech; they cannot be downloaded here")
    try:
        import torch
        from transformers import ClapModel, ClapProcessor
    except ImportError:
        raise _skip("transformers is not installed (scripts/install.sh installs it)") from None
    import soxr

    model, processor = _cached(f"clap:{folder}", lambda: (
        ClapModel.from_pretrained(str(folder), local_files_only=True).eval(),
        ClapProcessor.from_pretrained(str(folder), local_files_only=True)))
    extractor = processor.feature_extractor
    sr = extractor.sampling_rate
    audio = soxr.resample(vocals_mono.astype(np.float32), SAMPLE_RATE_HZ, sr).astype(np.float32)
    # Chunks no longer than the model's window, evenly spread over the stem, so the extractor never
    # truncates at random: the same stem always gets the same tags.
    size = int(extractor.nb_max_samples)
    starts = np.linspace(0, max(0, len(audio) - size), num=min(MAX_CLAP_CHUNKS, max(1, len(audio) // size))).astype(int)
    chunks = [audio[s: s + size] for s in starts]
    fusion = bool(getattr(model.config.audio_config, "enable_fusion", False))
    with torch.inference_mode():
        text_in = processor.tokenizer([f"a recording of {t}" for t in STYLE_TAGS], padding=True, return_tensors="pt")
        audio_in = extractor(chunks, sampling_rate=sr, return_tensors="pt",
                             truncation="fusion" if fusion else "rand_trunc", padding="repeatpad")
        text_emb = model.get_text_features(**text_in)
        audio_emb = model.get_audio_features(**audio_in)
        text_emb = getattr(text_emb, "pooler_output", text_emb)
        audio_emb = getattr(audio_emb, "pooler_output", audio_emb).mean(dim=0, keepdim=True)
        sims = torch.nn.functional.cosine_similarity(audio_emb, text_emb)
        probs = torch.softmax(sims * 100.0, dim=0).numpy()
    order = np.argsort(-probs)[:top_k]
    return {"tags": [{"tag": STYLE_TAGS[i], "score": round(float(probs[i]), 3)} for i in order], "model": folder.name}
