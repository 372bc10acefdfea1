"""eval.gaps' judge: planted holes and gaps it must catch (no audio, no analysis)."""

import numpy as np

from eval.gaps import score, silences, truth_gaps


def test_the_gap_judge_counts_found_gaps_short_holes_and_holes_where_she_sings(tmp_path):
    # an annotation on a 10 ms grid: sung 0-2 s, a catch-breath 2.0-2.2, sung to 4.0, a line gap 4.0-4.8, sung to 7
    t = np.arange(0.0, 7.0, 0.01)
    f0 = np.where(((t >= 2.0) & (t < 2.2)) | ((t >= 4.0) & (t < 4.8)), 0.0, 220.0)
    (tmp_path / "annotations").mkdir()
    np.savetxt(tmp_path / "annotations" / "f0.csv", np.c_[t, f0], delimiter=",")
    gaps, breaths, quiet = truth_gaps(tmp_path, ["f0.csv"])
    assert [(round(a, 2), round(z, 2)) for a, z in gaps] == [(4.0, 4.8)], gaps
    assert [(round(a, 2), round(z, 2)) for a, z in breaths] == [(2.0, 2.2)], breaths
    right = score(gaps, [(4.02, 4.75)], quiet)
    assert (right["found"], right["short"], right["false"]) == (1, 0, 0), right
    # a planted miss, a hole on the catch-breath and a hole where she sings are each caught
    missed = score(gaps, [(2.0, 2.2), (5.5, 6.1)], quiet)
    assert (missed["found"], missed["short"], missed["false"]) == (0, 1, 1), missed
    # MedleyDB's files list only the voiced frames: the same gap read from them
    voiced = np.c_[t, f0][f0 > 0]
    np.savetxt(tmp_path / "annotations" / "voiced.csv", voiced, delimiter=",")
    only_voiced, _, _ = truth_gaps(tmp_path, ["voiced.csv"])
    assert [(round(a, 1), round(z, 1)) for a, z in only_voiced] == [(4.0, 4.8)], only_voiced
    assert silences(np.arange(5) * 1.0, np.array([True, False, False, True, False])) == [(1.0, 3.0)]
