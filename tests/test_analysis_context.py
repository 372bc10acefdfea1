"""analysis/pipeline.AnalysisContext.mix: the sums the steps read, and which of them the context keeps."""

from __future__ import annotations

import numpy as np

from analysis.config import Settings
from analysis.pipeline import AnalysisContext


def _context(tmp_path) -> AnalysisContext:
    rng = np.random.default_rng(3)
    stems = {name: rng.standard_normal(44_101).astype(np.float32) for name in ("vocals", "bass", "drums", "piano")}
    return AnalysisContext(stems=stems, stem_paths={}, empty={"vocals": False, "bass": False, "drums": False, "piano": True},
                           settings=Settings(home=tmp_path, allowed_roots=[tmp_path]))


def test_the_mix_is_the_stacked_sum_of_the_audible_stems(tmp_path):
    ctx = _context(tmp_path)
    audible = [ctx.stems[n] for n in ("vocals", "bass", "drums")]  # the empty piano stem is not in it
    whole = ctx.mix()
    assert whole.dtype == np.float32 and np.array_equal(whole, np.sum(audible, axis=0))  # bit for bit
    assert np.array_equal(ctx.mix(("bass", "drums")), np.sum(audible[1:], axis=0))
    assert not ctx.mix(("piano",)).any()  # only empty stems: silence


def test_only_the_whole_mix_is_kept_and_none_can_be_written(tmp_path):
    ctx = _context(tmp_path)
    assert ctx.mix() is ctx.mix()  # three steps read it: computed once
    low = ctx.mix(("bass", "drums"))
    assert low is not ctx.mix(("bass", "drums"))  # one step reads it: not held through the later steps
    for mixed in (ctx.mix(), low):
        assert not mixed.flags.writeable
