"""eval.truth's degraded copies depend on the piece, not on the run that built them: the same piece gets the
same degradation (seed, settings, audio) built alone (--only), in --quick, in its split or in the full list,
and a cached copy made with other conditions is rebuilt, never reused. The clean renders are replaced by a
short synthetic pair of stems (no FluidSynth); the degradation itself is the real one."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from analysis.config import SAMPLE_RATE_HZ
from eval import truth

QUICK = ("groove_p15", "groove_p00", "prog_44_1", "prog_68_1", "inter_trading_1", "inter_hocket_1")


@pytest.fixture
def synthetic_clean(monkeypatch, tmp_path):
    """render_clean writes two 0.3 s stems (the same for every piece) instead of rendering the arrangement."""
    rng = np.random.default_rng(7)
    stems = {"bass": 0.1 * rng.standard_normal(int(0.3 * SAMPLE_RATE_HZ)),
             "drums": 0.1 * rng.standard_normal(int(0.3 * SAMPLE_RATE_HZ))}

    def render_clean(name, build, cache):
        folder = cache / "clean" / name
        folder.mkdir(parents=True, exist_ok=True)
        for stem, a in stems.items():
            sf.write(str(folder / f"{stem}.wav"), a.astype(np.float32), SAMPLE_RATE_HZ, subtype="PCM_16")
        return folder, {}

    monkeypatch.setattr(truth, "render_clean", render_clean)
    monkeypatch.setattr(truth, "REAL", tmp_path / "no_real")


def _copies(cache: Path, **kw) -> dict[str, tuple[dict, str]]:
    """name -> (the degraded copy's degradation.json, a digest of its audio) for what build_material builds."""
    out = {}
    for p in truth.build_material(cache=cache, **kw):
        if p.kind == "degraded":
            audio = hashlib.sha256(b"".join((p.folder / f"{s}.wav").read_bytes() for s in ("bass", "drums")))
            out[p.name] = (json.loads((p.folder / "degradation.json").read_text()), audio.hexdigest())
    return out


def test_a_piece_is_degraded_alike_alone_in_quick_in_its_split_and_in_the_full_list(synthetic_clean, tmp_path):
    full = _copies(tmp_path / "full")
    assert set(QUICK) <= set(full)
    quick = _copies(tmp_path / "quick", quick=True)
    test_split = _copies(tmp_path / "test", split="test")
    assert set(quick) == set(QUICK)
    for name in QUICK:
        alone = _copies(tmp_path / f"alone_{name}", only=[name])
        assert alone[name] == quick[name] == test_split[name] == full[name], name
    heldout = _copies(tmp_path / "heldout", split="heldout")
    assert all(heldout[n] == _copies(tmp_path / f"alone_{n}", split="heldout", only=[n])[n] for n in list(heldout)[:2])
    # every piece has its own seed, and its degradation.json says which
    seeds = {name: meta["seed"] for name, (meta, _) in {**full, **heldout}.items()}
    assert seeds == {name: truth.DEGRADE_SEEDS[name] for name in seeds}
    assert len(set(seeds.values())) == len(seeds)
    assert len({digest for _, digest in full.values()}) == len(full)


def test_every_piece_has_a_seed_and_the_heldout_seeds_are_unchanged():
    names = [name for name, _, _ in truth._clean_specs()]
    assert set(names) == set(truth.DEGRADE_SEEDS)
    assert {n: truth.DEGRADE_SEEDS[n] for n in names if n.startswith("held_")} == {
        "held_m28_b34": 3000, "held_m18_b36": 3001, "held_m09_b38": 3002, "held_m02_b33": 3003,
        "held_p03_b35": 3004, "held_p09_b32": 3005, "held_p20_b37": 3006, "held_p27_b39": 3007}


def test_a_stale_degraded_copy_is_rebuilt_and_a_current_one_reused(synthetic_clean, tmp_path):
    cache = tmp_path / "cache"
    (first,) = [p for p in truth.build_material(cache=cache, only=["groove_p15"]) if p.kind == "degraded"]
    want = truth.degradation_conditions(truth.DEGRADE_SEEDS["groove_p15"])
    assert first.truth["degradation"] == want
    bass = first.folder / "bass.wav"
    made = bass.stat().st_mtime_ns
    truth.build_material(cache=cache, only=["groove_p15"])
    assert bass.stat().st_mtime_ns == made  # same conditions: the cached copy is kept
    good = bass.read_bytes()
    # a copy from an older run: another seed's settings, no seed recorded, other audio
    stale = truth.degradation_conditions(1001)
    del stale["seed"]
    (first.folder / "degradation.json").write_text(json.dumps(stale))
    sf.write(str(bass), np.zeros(100, np.float32), SAMPLE_RATE_HZ, subtype="PCM_16")
    (again,) = [p for p in truth.build_material(cache=cache, only=["groove_p15"]) if p.kind == "degraded"]
    assert again.truth["degradation"] == want
    assert json.loads((again.folder / "degradation.json").read_text()) == want
    assert bass.read_bytes() == good
