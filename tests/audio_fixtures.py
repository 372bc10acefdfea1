"""Audio the tests synthesize: stems with numpy, songs from MIDI, a tiny Demucs repo."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile as sf

SR = 44100


def tone(freq_hz: float, dur_s: float, amp: float = 0.3, sr: int = SR) -> np.ndarray:
    t = np.arange(int(dur_s * sr)) / sr
    return (amp * np.sin(2 * np.pi * freq_hz * t)).astype(np.float32)


def clicks(times_s: list[float], dur_s: float, sr: int = SR, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    out = np.zeros(int(dur_s * sr), dtype=np.float32)
    burst = rng.standard_normal(2000) * np.exp(-np.arange(2000) / 300)
    burst = (0.5 * burst / np.max(np.abs(burst))).astype(np.float32)
    for t in times_s:
        i = int(t * sr)
        out[i:i + burst.size] += burst[: max(0, out.size - i)]
    return out


def write_stems_folder(folder: Path, dur_s: float = 4.0, stereo_bass: bool = False) -> dict[str, np.ndarray]:
    """bass (a 55 Hz tone, optionally stereo), drums (clicks each half second), a silent guitar."""
    folder.mkdir(parents=True, exist_ok=True)
    bass = tone(55.0, dur_s)
    stems = {
        "bass": np.stack([bass, 0.5 * bass]) if stereo_bass else bass[None, :],
        "drums": clicks([i * 0.5 for i in range(int(dur_s * 2))], dur_s)[None, :],
        "guitar": np.zeros((1, int(dur_s * SR)), dtype=np.float32),
    }
    for name, audio in stems.items():
        sf.write(str(folder / f"{name}.wav"), audio.T, SR, subtype="PCM_16")
    return stems


def write_tiny_demucs_repo(folder: Path, model_name: str = "htdemucs_6s") -> Path:
    """A randomly initialised HTDemucs of the real class, saved the way Demucs saves its weights
    (``<sig>-<sha256[:8]>.th`` + ``<model>.yaml``), so the real loading path reads it."""
    import torch
    from demucs.htdemucs import HTDemucs
    from demucs.states import get_state, save_with_checksum

    folder.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(0)
    sources = ["drums", "bass", "other", "vocals", "guitar", "piano"]
    if model_name == "htdemucs_ft":
        sources = sources[:4]
    model = HTDemucs(sources=sources, channels=8, depth=4, t_layers=1, t_heads=2, bottom_channels=0, dconv_comp=4,
                     nfft=4096, segment=4)
    args, kwargs = model._init_args_kwargs
    package = {"klass": HTDemucs, "args": args, "kwargs": kwargs, "state": get_state(model, None)}
    sig = "tiny" + ("6s" if len(sources) == 6 else "4s")
    save_with_checksum(package, folder / f"{sig}.th")
    (folder / f"{model_name}.yaml").write_text(f"models: ['{sig}']\n")
    return folder


def write_tiny_whisper(path: Path) -> Path:
    """A randomly initialised Whisper of the real class saved as a .pt checkpoint (the format
    whisper.load_model reads). Its text context is short so decoding garbage stays quick."""
    import torch
    from whisper.model import ModelDimensions, Whisper

    torch.manual_seed(0)
    dims = ModelDimensions(n_mels=80, n_audio_ctx=1500, n_audio_state=64, n_audio_head=2, n_audio_layer=1,
                           n_vocab=51865, n_text_ctx=32, n_text_state=64, n_text_head=2, n_text_layer=1)
    torch.save({"dims": dims.__dict__, "model_state_dict": Whisper(dims).state_dict()}, path)
    return path


def write_tiny_clap(folder: Path) -> Path:
    """A randomly initialised CLAP (transformers' ClapModel) with a tokenizer trained on the tag
    prompts, saved with save_pretrained: the layout of laion/larger_clap_music_and_speech."""
    from tokenizers import ByteLevelBPETokenizer
    from transformers import ClapConfig, ClapFeatureExtractor, ClapModel, ClapProcessor, RobertaTokenizerFast

    from analysis.vocals import STYLE_TAGS

    folder.mkdir(parents=True, exist_ok=True)
    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator([f"a recording of {t}" for t in STYLE_TAGS] * 3, vocab_size=300, min_frequency=1,
                            special_tokens=["<s>", "<pad>", "</s>", "<unk>", "<mask>"])
    bpe.save_model(str(folder))
    tokenizer = RobertaTokenizerFast(vocab_file=str(folder / "vocab.json"), merges_file=str(folder / "merges.txt"))
    config = ClapConfig(
        text_config=dict(vocab_size=tokenizer.vocab_size + 10, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                         intermediate_size=64, max_position_embeddings=64),
        audio_config=dict(depths=[1, 1, 1, 1], num_attention_heads=[1, 1, 1, 1], hidden_size=128,
                          patch_embeds_hidden_size=16, num_mel_bins=64, spec_size=256, window_size=8, enable_fusion=False),
        projection_dim=16)
    ClapModel(config).save_pretrained(str(folder))
    ClapProcessor(feature_extractor=ClapFeatureExtractor(), tokenizer=tokenizer).save_pretrained(str(folder))
    return folder
