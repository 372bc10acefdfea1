"""Source separation with Demucs (``htdemucs_6s`` by default, ``htdemucs_ft`` for four stems).

Weights are never fetched implicitly: they come from a local folder (``STEMSENSE_DEMUCS_REPO``,
holding ``<model>.yaml`` and the ``<sig>-<checksum>.th`` files it names) or from the torch hub
cache (``$TORCH_HOME/hub/checkpoints``). ``stemsense-mcp weights download`` puts them in one of the
two (:func:`download_weights`, on a machine with internet). We check for the files ourselves before
queuing an ingest: demucs's own loader would first try the network and then exit the process on a
bad folder. Without them a mix is loaded unseparated, as one ``mix`` stem (:func:`unseparated_note`).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
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
# An offline machine is told so within seconds; a download under way may pause longer between reads.
CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 60.0

_MODEL_CACHE: dict[tuple[str, str], object] = {}
_MODEL_LOCK = threading.Lock()


class WeightsMissing(ModelUnavailableError):
    """A known model whose weight files are not on this machine (a mix then loads as one ``mix`` stem)."""


ROOT_URL = "https://dl.fbaipublicfiles.com/demucs/"  # demucs.pretrained.ROOT_URL, where its weights are published


def _remote_root() -> Path:
    """demucs's ``remote`` folder (model yamls, files.txt), found without importing demucs (and torch)."""
    spec = importlib.util.find_spec("demucs")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("No module named 'demucs'")
    return Path(list(spec.submodule_search_locations)[0]) / "remote"


def _bag_signatures(yaml_path: Path) -> list[str]:
    import yaml

    spec = yaml.safe_load(yaml_path.read_text())
    return [str(s) for s in spec["models"]]


def _hub_checkpoints() -> Path:
    torch_home = os.environ.get("TORCH_HOME") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "torch")
    return Path(torch_home) / "hub" / "checkpoints"


def weights_folder(repo: Path | None) -> Path:
    """Where weights are looked for and downloaded to: ``repo`` (STEMSENSE_DEMUCS_REPO), else the torch hub cache."""
    return repo if repo is not None else _hub_checkpoints()


def remote_files(model: str) -> tuple[Path, list[tuple[str, str]]]:
    """``model``'s bag (``<model>.yaml``, shipped in demucs) and the (file name, URL) of each weight file it
    names, from demucs's own list of its published files."""
    urls, root = {}, ""
    for line in (_remote_root() / "files.txt").read_text().splitlines():  # demucs's _parse_remote_files
        line = line.strip()
        if line.startswith("root:"):
            root = line.split(":", 1)[1].strip()
        elif line and not line.startswith("#"):
            urls[line.split("-", 1)[0]] = ROOT_URL + root + line
    yaml_path = _remote_root() / f"{model}.yaml"
    return yaml_path, [(urls[sig].rsplit("/", 1)[1], urls[sig]) for sig in _bag_signatures(yaml_path)]


def fetch_command(model: str) -> str:
    """The command that downloads ``model``'s weights where they are looked for (needs internet)."""
    return f"stemsense-mcp weights download {model}"


def unseparated_note(model: str) -> str:
    """What a track loaded as one ``mix`` stem says about itself (its stem's origin, each window's note)."""
    return (f"stems need the separation weights: run `{fetch_command(model)}` on a machine with internet "
            "(or set STEMSENSE_DEMUCS_REPO), then load the track again")


def how_to_provide(model: str) -> str:
    hub = _hub_checkpoints()
    return (
        f"Demucs weights for {model} are not on this machine. On a machine with internet, `{fetch_command(model)}` "
        f"downloads them (into STEMSENSE_DEMUCS_REPO when it is set, else into {hub}); on one without, copy them from "
        f"one that has them: {model}.yaml and its .th file(s) into a folder named by STEMSENSE_DEMUCS_REPO, or the .th "
        f"file(s) into {hub}. Until then a mix loads as a single `mix` stem (not separated); stems you already have "
        "load as a folder (vocals.wav, bass.wav, ...) or the `stems` mapping. `stemsense-mcp doctor` checks them."
    )


def locate_weights(model: str, repo: Path | None) -> tuple[str, Path | None]:
    """Check that every weight file ``model`` needs is present; return ("repo"|"hub", folder).

    Raises
    ------
    ModelUnavailableError
        For a model that does not exist; :class:`WeightsMissing` (one) with instructions when any file is
        missing, or demucs itself is.
    """
    if model not in MODELS:
        raise ModelUnavailableError(f"Unknown separation model {model!r}; use one of {', '.join(MODELS)}.")
    if repo is not None:
        yaml_path = repo / f"{model}.yaml"
        if not repo.is_dir() or not yaml_path.is_file():
            raise WeightsMissing(f"STEMSENSE_DEMUCS_REPO={repo} has no {model}.yaml. " + how_to_provide(model))
        present = {p.name.split("-", 1)[0] for p in repo.glob("*.th")} | {p.stem for p in repo.glob("*.th")}
        missing = [s for s in _bag_signatures(yaml_path) if s not in present]
        if missing:
            raise WeightsMissing(f"{repo} lacks the weights {', '.join(missing)} named by {model}.yaml. " + how_to_provide(model))
        return "repo", repo
    try:
        _, files = remote_files(model)
    except ImportError as exc:
        raise WeightsMissing(f"demucs is not installed ({exc}): pip install demucs.") from None
    hub = _hub_checkpoints()
    if not all((hub / name).is_file() for name, _ in files):
        raise WeightsMissing(how_to_provide(model))
    return "hub", None


def download_weights(model: str, repo: Path | None, say: Callable[[str], None] = lambda line: None,
                     connect_timeout_s: float = CONNECT_TIMEOUT_S) -> Path:
    """Fetch ``model``'s weight files from Demucs's own URLs into ``repo`` (with ``<model>.yaml``) or, with
    none, into the torch hub cache: the two places :func:`locate_weights` looks. Each file is checked against
    the checksum in its name; files already there and intact are kept. ``say`` gets a line per file and
    progress. Returns the folder.

    Raises
    ------
    ModelUnavailableError
        With what to do, when a file cannot be fetched: offline, this says so within seconds.
    """
    if model not in MODELS:
        raise ModelUnavailableError(f"Unknown separation model {model!r}; use one of {', '.join(MODELS)}.")
    yaml_path, files = remote_files(model)
    folder = weights_folder(repo)
    for name, url in files:
        dest, checksum = folder / name, Path(name).stem.rsplit("-", 1)[-1]
        if dest.is_file() and _sha256(dest).startswith(checksum):
            say(f"{name}: already in {folder}")
            continue
        _fetch(model, url, dest, checksum, say, connect_timeout_s, [n for n, _ in files])
    if repo is not None:
        target = repo / yaml_path.name
        if not target.is_file() or _bag_signatures(target) != _bag_signatures(yaml_path):
            repo.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(yaml_path, target)
    return folder


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _fetch(model: str, url: str, dest: Path, checksum: str, say: Callable[[str], None], connect_timeout_s: float,
           names: list[str]) -> None:
    """One file, streamed to ``<dest>.part`` and moved into place once its checksum matches."""
    import urllib.error
    import urllib.parse
    import urllib.request

    host = urllib.parse.urlsplit(url).netloc
    request = urllib.request.Request(url, headers={"User-Agent": "stemsense-mcp"})
    try:
        response = urllib.request.urlopen(request, timeout=connect_timeout_s)
    except urllib.error.HTTPError as exc:
        raise ModelUnavailableError(f"{host} answered {exc.code} ({exc.reason}) for {dest.name}; try again later.") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise ModelUnavailableError(
            f"This machine cannot reach {host} ({reason}), so the {model} weights cannot be downloaded here. On a "
            f"machine with internet, run `{fetch_command(model)}` and copy {', '.join(names)} over: into the folder "
            f"STEMSENSE_DEMUCS_REPO names (with {model}.yaml), or into {_hub_checkpoints()}. Meanwhile a mix loads as "
            "a single `mix` stem.") from None
    # the connection is made: a slow network may pause longer than the connect timeout between reads
    sock = getattr(getattr(getattr(response, "fp", None), "raw", None), "_sock", None)
    if sock is not None:
        sock.settimeout(READ_TIMEOUT_S)
    part = dest.with_name(dest.name + ".part")
    total = int(response.headers.get("Content-Length") or 0)
    say(f"{dest.name}: downloading {total / 1e6:.0f} MB from {host}" if total else f"{dest.name}: downloading from {host}")
    digest, done, shown = hashlib.sha256(), 0, 0
    try:  # a folder that cannot be written is the caller's OSError, not a failed download
        dest.parent.mkdir(parents=True, exist_ok=True)
        out = open(part, "wb")
    except OSError:
        response.close()
        raise
    try:
        with response, out as fh:
            for chunk in iter(lambda: response.read(1 << 20), b""):
                fh.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                if total and done * 10 // total > shown:
                    shown = done * 10 // total
                    say(f"{dest.name}: {10 * shown}%")
    except OSError as exc:  # a timeout or a dropped connection: nothing half-written stays
        part.unlink(missing_ok=True)
        raise ModelUnavailableError(f"The download of {dest.name} stopped ({exc}); run `{fetch_command(model)}` "
                                    "again.") from None
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    if not digest.hexdigest().startswith(checksum):
        part.unlink(missing_ok=True)
        raise ModelUnavailableError(f"{dest.name} arrived damaged (its checksum does not match); run "
                                    f"`{fetch_command(model)}` again.")
    os.replace(part, dest)
    say(f"{dest.name}: saved in {dest.parent}")


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
