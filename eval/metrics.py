"""mir_eval wrappers: each takes truth and estimates as stored, returns a number; and a bootstrap interval."""

from __future__ import annotations

import mir_eval
import numpy as np


def key_score(ref: str, est: str | None) -> float:
    return float(mir_eval.key.weighted_score(ref, est)) if est else 0.0


def tempo_acc(ref_bpm: float, est_bpm: float | None) -> tuple[bool, bool]:
    """(Acc1: within 4 %, Acc2: within 4 % allowing x2, x3, /2, /3)."""
    if not est_bpm:
        return False, False
    acc1 = abs(est_bpm - ref_bpm) <= 0.04 * ref_bpm
    acc2 = any(abs(est_bpm - ref_bpm * f) <= 0.04 * ref_bpm * f for f in (1, 2, 3, 1 / 2, 1 / 3))
    return acc1, acc2


ONSET_WINDOW_S = 0.05  # the issues' onset tolerance: mir_eval.onset's default, ±50 ms


def onset_f(reference_s, estimate_s) -> float:
    """mir_eval.onset's F-measure (±50 ms, one-to-one) of two onset lists; 0 when either is empty (a part that
    plays nothing matches nothing)."""
    ref, est = np.unique(np.round(reference_s, 4)), np.unique(np.round(estimate_s, 4))
    if not len(ref) or not len(est):
        return 0.0
    return float(mir_eval.onset.f_measure(ref, est, window=ONSET_WINDOW_S)[0])


def beat_f(ref_s: list[float], est_s: list[float]) -> float:
    return float(mir_eval.beat.f_measure(mir_eval.beat.trim_beats(np.asarray(ref_s)),
                                         mir_eval.beat.trim_beats(np.asarray(est_s))))


def chord_wcsr(ref: list[tuple[float, float, str]], est: list[dict]) -> float:
    if not ref or not est:
        return 0.0
    ref_i = np.array([[a, b] for a, b, _ in ref])
    ref_l = [lab for *_, lab in ref]
    est_i = np.array([[c["start_s"], c["end_s"]] for c in est])
    est_l = [c["label"] for c in est]
    est_i, est_l = mir_eval.util.adjust_intervals(est_i, est_l, ref_i.min(), ref_i.max(),
                                                  mir_eval.chord.NO_CHORD, mir_eval.chord.NO_CHORD)
    iv, r, e = mir_eval.util.merge_labeled_intervals(ref_i, ref_l, est_i, est_l)
    return float(mir_eval.chord.weighted_accuracy(mir_eval.chord.majmin(r, e), mir_eval.util.intervals_to_durations(iv)))


def note_onset_f1(ref: list[dict], est: list[dict], pitched: bool) -> float:
    """Pitched: onset within 50 ms and pitch within 50 cents (offsets ignored). Drums: onsets only."""
    if not ref:
        return float("nan")
    if not est:
        return 0.0
    if not pitched:
        r = np.unique(np.round([n["time_s"] for n in ref], 3))
        e = np.unique(np.round([n["time_s"] for n in est], 3))
        return float(mir_eval.onset.f_measure(r, e, window=0.05)[0])
    return note_prf(ref, est)[2]


def note_prf(ref: list, est: list) -> tuple[float, float, float]:
    """(precision, recall, F) of pitched notes (rows or Notes: ``time_s``, ``duration_s``, ``pitch``): onset within
    50 ms and pitch within 50 cents, offsets ignored, one to one (mir_eval.transcription); zeros where either is
    empty."""
    if not len(ref) or not len(est):
        return 0.0, 0.0, 0.0

    def arrays(ns):
        iv = np.array([[n["time_s"], n["time_s"] + max(n["duration_s"], 1e-3)] for n in ns])
        hz = 440.0 * 2 ** ((np.array([n["pitch"] for n in ns], dtype=float) - 69) / 12)
        return iv, hz

    (ri, rp), (ei, ep) = arrays(ref), arrays(est)
    p, r, f, _ = mir_eval.transcription.precision_recall_f1_overlap(ri, rp, ei, ep, onset_tolerance=0.05,
                                                                    offset_ratio=None)
    return float(p), float(r), float(f)


def boundary_hit(ref: list[tuple[float, float, str]], est: list[dict], window_s: float) -> float:
    """F-measure of section boundaries within +-window_s (the track's start and end not counted)."""
    if not ref or not est:
        return 0.0
    ref_i = np.array([[a, b] for a, b, _ in ref])
    est_i = np.array([[s["start_s"], s["end_s"]] for s in est])
    est_i[0, 0], est_i[-1, 1] = ref_i[0, 0], ref_i[-1, 1]
    return float(mir_eval.segment.detection(ref_i, est_i, window=window_s, trim=True)[2])


def mean_ci(rows: list, value, group) -> tuple[float, float, float]:
    """The mean of ``value(row)`` over ``rows`` and its 95 % bootstrap interval with the groups ``group(row)``
    resampled (:func:`bootstrap_ci`: nan, nan under two groups)."""
    lo, hi = bootstrap_ci(rows, lambda rs: float(np.mean([value(r) for r in rs])), group)
    return float(np.mean([value(r) for r in rows])), lo, hi


def ci_cell(rows: list, value, group, stat=np.mean, digits: int = 2, unit: str = "group") -> str:
    """A table cell: ``stat`` of ``value(row)`` over ``rows`` with its 95 % bootstrap interval over the groups
    ``group(row)`` ('0.46 [0.20, 0.64]'), or '0.46 (one song: no interval)' where the rows hold one ``unit``."""
    v = float(stat([value(r) for r in rows]))
    if len({group(r) for r in rows}) < 2:
        return f"{v:.{digits}f} (one {unit}: no interval)"
    lo, hi = bootstrap_ci(rows, lambda rs: float(stat([value(r) for r in rs])), group)
    return f"{v:.{digits}f} [{lo:.{digits}f}, {hi:.{digits}f}]"


def bootstrap_ci(rows: list, stat, group, n_resamples: int = 2000, seed: int = 0) -> tuple[float, float]:
    """A 95 % percentile interval of ``stat(rows)`` with the groups ``group(row)`` (pieces: the windows of
    one piece are not independent) resampled with replacement. (nan, nan) with fewer than two groups."""
    keys = sorted({group(r) for r in rows})
    if len(keys) < 2:
        return float("nan"), float("nan")
    members = {k: [r for r in rows if group(r) == k] for k in keys}
    rng = np.random.default_rng(seed)
    values = [v for v in (stat([r for k in rng.choice(keys, size=len(keys)) for r in members[k]])
                          for _ in range(n_resamples)) if v == v]
    if not values:
        return float("nan"), float("nan")
    return float(np.percentile(values, 2.5)), float(np.percentile(values, 97.5))


def json_main(doc: str, run, name: str, argv: list[str] | None = None) -> None:
    """A benchmark's command line: ``run()``'s result written as JSON to ``--out`` (eval/out/<name>.json)."""
    import argparse
    import json
    from pathlib import Path

    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / f"{name}.json")
    args = ap.parse_args(argv)
    out = run()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1, default=float))
