"""Source separation with Demucs (``htdemucs_6s`` by default, ``htdemucs_ft`` for four stems).

Weights are never fetched implicitly: they come from a local folder (``STEMSENSE_DEMUCS_REPO``,
holding ``<model>.yaml`` and the ``<sig>-<checksum>.th`` files it names) or from the torch hub
cache (``$TORCH_HOME/hub/checkpoints``, where ``python -m demucs`` leaves them). We check for the
files ourselves before queuing an ingest: demucs's own loader would first try the network and
then exit the process on a bad folder.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Callable

import numpy as np

from .config import SAMPLE_RATE_HZ
from .errors import ModelUnavailableError

MODELS = ("htdemucs_6s", "htdemucs_ft", "htdemucs")
DEFAULT_MODEL = "htdemucs_6s"
# htdemucs_6s's piano source is known to be weak (Demucs's own README says so).
WEAK_STEMS = {"htdemucs_6s": {"piano": "htdemucs_6s separates piano poorly; piano findings are low-confidence"}}

_MODEL_CACHE: dict[tuple[str, str], object] = {}
_MODEL_LOCK = threading.Lock()


def _remote_root() -> Path:
    from demucs.pretrained import REMOTE_ROOT

    return Path(REMOTE_ROOT)


def _bag_signatures(yaml_path: Path) -> list[str]:
    import yaml

    spec = yaml.safe_load(yaml_path.read_text())
    return [str(s) for s in spec["models"]]


def _hub_checkpoints() -> Path:
    torch_home = os.environ.get("TORCH_HOME") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "torch")
    return Path(torch_home) / "hub" / "checkpoints"


def fetch_command(model: str) -> str:
    """A command that downloads ``model``'s weights into the torch hub cache (needs internet)."""
    return f'python -c "from demucs.pretrained import get_model; get_model(\'{model}\')"'


def how_to_provide(model: str) -> str:
    return (
        f"Demucs weights for {model} are not on this machine (they cannot be downloaded here). Either put "
        f"{model}.yaml and its .th file(s) in a folder and set STEMSENSE_DEMUCS_REPO to it, or place the .th "
        f"file(s) under {_hub_checkpoints()} (on a machine with internet, `{fetch_command(model)}` downloads "
        "them there; copy that folder over), or load stems you already have: a folder with vocals.wav, "
        "bass.wav, drums.wav, ... or the `stems` mapping. `stemsense-mcp doctor` checks them."
    )


def locate_weights(model: str, repo: Path | None) -> tuple[str, Path | None]:
    """Check that every weight file ``model`` needs is present; return ("repo"|"hub", folder).

    Raises
    ------
    ModelUnavailableError
        With instructions, when any file is missing.
    """
    if model not in MODELS:
        raise ModelUnavailableError(f"Unknown separation model {model!r}; use one of {', '.join(MODELS)}.")
    if repo is not None:
        yaml_path = repo / f"{model}.yaml"
        if not repo.is_dir() or not yaml_path.is_file():
            raise ModelUnavailableError(f"STEMSENSE_DEMUCS_REPO={repo} has no {model}.yaml. " + how_to_provide(model))
        present = {p.name.split("-", 1)[0] for p in repo.glob("*.th")} | {p.stem for p in repo.glob("*.th")}
        missing = [s for s in _bag_signatures(yaml_path) if s not in present]
        if missing:
            raise ModelUnavailableError(f"{repo} lacks the weights {', '.join(missing)} named by {model}.yaml. " + how_to_provide(model))
        return "repo", repo
    from demucs.pretrained import _parse_remote_files

    urls = _parse_remote_files(_remote_root() / "files.txt")
    hub = _hub_checkpoints()
    for sig in _bag_signatures(_remote_root() / f"{model}.yaml"):
        if not (hub / urls[sig].rsplit("/", 1)[1]).is_file():
            raise ModelUnavailableError(how_to_provide(model))
    return "hub", None


def load_model(model: str, repo: Path | None):
    """Load (and cache) a Demucs model from local weights only."""
    kind, folder = locate_weights(model, repo)
    key = (model, str(folder))
    with _MODEL_LOCK:
        if key not in _MODEL_CACHE:
            from demucs.pretrained import AnyModelRepo, BagOnlyRepo, LocalRepo, RemoteRepo, _parse_remote_files

            if kind == "repo":
                model_repo = LocalRepo(folder)
                bag_repo = BagOnlyRepo(folder, model_repo)
            else:  # the legacy repo reads the hub cache first; no HuggingFace lookup
                model_repo = RemoteRepo(_parse_remote_files(_remote_root() / "files.txt"))
                bag_repo = BagOnlyRepo(_remote_root(), model_repo)
            loaded = AnyModelRepo(model_repo, bag_repo).get_model(model)
            loaded.eval()
            _MODEL_CACHE[key] = loaded
        return _MODEL_CACHE[key]


def separate(audio: np.ndarray, model, progress: Callable[[float], None] | None = None,
             segment_s: float | None = None) -> dict[str, np.ndarray]:
    """Separate (channels, samples) 44.1 kHz audio into the model's sources.

    Returns a mapping source name -> (2, samples) float32 array of the input's length.
    """
    import torch
    from demucs.apply import apply_model

    if getattr(model, "samplerate", SAMPLE_RATE_HZ) != SAMPLE_RATE_HZ:
        raise ValueError(f"model expects {model.samplerate} Hz audio")
    stereo = np.repeat(audio, 2, axis=0) if audio.shape[0] == 1 else audio[:2]
    mix = torch.from_numpy(np.ascontiguousarray(stereo, dtype=np.float32))
    # Demucs's own recipe: normalise by the mix's statistics, undo afterwards.
    ref = mix.mean(0)
    mean, std = ref.mean(), ref.std() + 1e-8
    total = [0]

    def on_chunk(info: dict) -> None:
        if progress is not None and info.get("state") == "end":
            total[0] += 1
            n_models = max(1, info.get("models", 1))
            progress(min(0.99, info["segment_offset"] / max(1, mix.shape[-1]) / n_models
                         + info.get("model_idx_in_bag", 0) / n_models))

    with torch.inference_mode():
        out = apply_model(model, ((mix - mean) / std)[None], shifts=1, split=True, overlap=0.25,
                          progress=False, device="cpu", segment=segment_s, callback=on_chunk)[0]
    out = out * std + mean
    return {name: out[i].numpy().astype(np.float32) for i, name in enumerate(model.sources)}
