"""Frames and findings judged on windows annotated from the score (issue 15's evaluation).

    python -m eval.frames                # test split (frozen): table + eval/out/frames_test.{md,json}
    python -m eval                       # the same
    python -m eval.frames --split dev    # the material the weights were developed and fitted on
    python -m eval.frames --quick        # one test song and its degraded copy (the CI subset)

Material and the annotation rubric: :mod:`eval.frame_windows` (dev) and :mod:`eval.frame_test_songs`
(test, frozen: other code). Reported per split, and every figure says which: frame accuracy on positive
and negative windows with a 95 % bootstrap interval over songs, beside the strong baseline (the activity
+ boundary rule, which reads which selected parts are heard in the score and the score's section times)
and the weak selection-only one, accuracy where the strong baseline is wrong, the confusion matrix,
and per window the objective metrics of the findings (:mod:`eval.findings_metrics`). Tracks are ingested once into
``eval/cache/frames_home`` (content-addressed: a re-run reuses them; delete the folder after changing
the analysis).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import numpy as np

from analysis.errors import StemSenseError
from analysis.library import Library
from eval.frame_test_songs import TEST_SONGS, degrade_copy
from eval.frame_test_songs import render as render_test
from eval.frame_windows import FRAMES, SONGS, FrameWindow, real_windows, score_of, selection_only, windows_for
from eval.material import CACHE, render_song
from eval.metrics import bootstrap_ci
from eval.truth import REAL, bench_library, degrade, load_all

HOME = CACHE / "frames_home"
OUT = Path(__file__).resolve().parent / "out" / "frames"
TARGETS = {"positive": 0.85, "negative": 1.0, "where_baseline_wrong": 0.80}


def material(split: str | None, quick: bool = False) -> list[tuple[str, str, str, Path, list[FrameWindow]]]:
    """(piece, split, kind, folder, windows) for every piece of the split: ``dev`` (the songs of
    :data:`eval.frame_windows.SONGS`, the degraded copies of the three once reported as test, the real
    recordings) or ``test`` (the frozen songs of :mod:`eval.frame_test_songs` and their degraded copies).
    ``quick``: the first test song and its degraded copy."""
    out = []
    if split in (None, "dev") and not quick:
        for i, (spec, sp) in enumerate(SONGS):
            folder, truth = render_song(spec, CACHE)
            stems = tuple(sorted(p.stem for p in folder.glob("*.wav")))
            score = score_of(truth)
            out.append((spec.name, sp, "clean", folder, windows_for(spec.name, sp, "clean", score, stems)))
            if spec.name.startswith("fw_test_"):  # once the test split: degraded copies exist for these
                dfolder = CACHE / "frames_degraded" / spec.name
                if not (dfolder / "settings.json").is_file():
                    settings = degrade(folder, dfolder, seed=500 + i - 3)
                    (dfolder / "settings.json").write_text(json.dumps(settings))
                settings = json.loads((dfolder / "settings.json").read_text())
                known = {"spill_db": settings["bleed_db"], "noise_dbfs": settings["noise_dbfs"]}
                out.append((spec.name + "_degraded", sp, "degraded", dfolder,
                            windows_for(spec.name + "_degraded", sp, "degraded", score, stems, known)))
        if REAL.is_dir():
            for item in sorted(p for p in REAL.iterdir() if (p / "truth.json").is_file()):
                out.append((item.name, "dev", "real", item, real_windows(item)))
    if split in (None, "test"):
        songs = TEST_SONGS[:1] if quick else TEST_SONGS
        for i, (band, seed) in enumerate(songs):
            folder, truth = render_test(band, seed, CACHE / "frames_test")
            stems = tuple(sorted(p.stem for p in folder.glob("*.wav")))
            score = score_of(truth)
            out.append((band.name, "test", "clean", folder, windows_for(band.name, "test", "clean", score, stems)))
            dfolder = CACHE / "frames_test_degraded" / band.name
            known = degrade_copy(folder, dfolder, seed=seed)  # (the one copy every command reads: the song's seed)
            out.append((band.name + "_degraded", "test", "degraded", dfolder,
                        windows_for(band.name + "_degraded", "test", "degraded", score, stems, known)))
    return out


def open_library(home: Path = HOME) -> Library:
    """The library the frames material is ingested into (a persistent home: re-runs reuse the tracks),
    allowed to read the rendered material and the real recordings."""
    return bench_library(home)


def title(kind: str, name: str) -> str:
    """The title a frames piece is ingested under ('frames-degraded-ft_ballad_csm76_degraded'): other benchmarks read
    its home's tracks by it."""
    return f"frames-{kind}-{name}"


def ingest(lib: Library, pieces) -> dict[str, str]:
    return load_all(lib, [(name, folder, title(kind, name)) for name, _, kind, folder, _ in pieces])


def judge(lib: Library, tid: str, w: FrameWindow) -> dict:
    from eval.findings_metrics import window_metrics
    from frames.service import get_findings
    from heuristics.slice import load_context

    row = {"id": w.id, "piece": w.piece, "split": w.split, "kind": w.kind, "stems": list(w.stems),
           "start_s": w.start_s, "end_s": w.end_s, "expected": w.reading.frame, "caution": w.reading.caution,
           "why": w.reading.why, "annotator_confidence": w.reading.confidence, "negative": w.negative,
           "strong_baseline": w.strong_baseline, "conditions": w.conditions}
    sections = list(load_context(lib.store, tid).sections)
    row["baseline"] = ("unknown" if w.end_s - w.start_s > 30 else selection_only(w.stems, w.start_s, w.end_s, sections))
    try:
        f = get_findings(lib, tid, list(w.stems), w.start_s, w.end_s)
    except StemSenseError as exc:
        row.update(predicted="error", correct=False, reason=str(exc)[:160])
        return row
    row["predicted"] = f.frame.frame
    row["scores"] = f.frame.scores
    if w.negative:
        row["correct"] = f.frame.frame == "unknown" and any(c.startswith(w.reading.caution) for c in f.frame.cautions)
    else:
        row["correct"] = f.frame.frame == w.reading.frame
    row["summary"] = f.summary
    if not w.negative:
        row.update(window_metrics(lib, tid, w, f))
    return row


def song_of(row: dict) -> str:
    """The song a window belongs to (a degraded copy is the same song: resampled together)."""
    return row["piece"].removesuffix("_degraded")


def _share(rs: list[dict], key) -> float:
    """Share of rows where ``key(row)`` holds (nan for none)."""
    return float(np.mean([bool(key(r)) for r in rs])) if rs else float("nan")


MEASURES = {  # name -> (rows it is over, what counts as right)
    "positive": (lambda rs: [r for r in rs if not r["negative"]], lambda r: r["correct"]),
    "negative": (lambda rs: [r for r in rs if r["negative"]], lambda r: r["correct"]),
    "where_baseline_wrong": (lambda rs: [r for r in rs if not r["negative"] and r["strong_baseline"] != r["expected"]],
                             lambda r: r["correct"]),
    "strong_baseline_positive": (lambda rs: [r for r in rs if not r["negative"]],
                                 lambda r: r["strong_baseline"] == r["expected"]),
    "strong_baseline_negative": (lambda rs: [r for r in rs if r["negative"]], lambda r: r["strong_baseline"] == "unknown"),
    "selection_baseline_positive": (lambda rs: [r for r in rs if not r["negative"]],
                                    lambda r: r["baseline"] == r["expected"]),
    "selection_baseline_negative": (lambda rs: [r for r in rs if r["negative"]], lambda r: r["baseline"] == "unknown"),
}


def summarise(rows: list[dict], intervals: bool = True) -> dict:
    out = {"windows": len(rows), "positive_n": sum(not r["negative"] for r in rows),
           "negative_n": sum(r["negative"] for r in rows),
           "baseline_wrong_n": len(MEASURES["where_baseline_wrong"][0](rows)),
           "songs": len({song_of(r) for r in rows}), "ci": {}}
    for name, (over, right) in MEASURES.items():
        out[name] = _share(over(rows), right)
        if intervals:
            out["ci"][name] = bootstrap_ci(rows, lambda rs, over=over, right=right: _share(over(rs), right), song_of)
    pos = MEASURES["positive"][0](rows)
    out["positive_by_kind"] = {k: _share([r for r in pos if r["kind"] == k], lambda r: r["correct"])
                               for k in ("clean", "degraded", "real")}
    out["confusion"] = Counter((r["expected"], r["predicted"]) for r in rows)
    return out


def render(split: str, s: dict, rows: list[dict], metrics: dict | None) -> str:
    def f(key):
        v, (lo, hi) = s[key], s["ci"].get(key, (float("nan"), float("nan")))
        if v != v:
            return "—"
        return f"{v:.2f} [{lo:.2f}, {hi:.2f}]" if lo == lo else f"{v:.2f}"

    mark = {k: ("✓" if s[k] >= t else "✗") for k, t in TARGETS.items()}
    def versus(system, baseline):
        return "beats" if system > baseline else "ties" if system == baseline else "does **not** beat"

    lines = [f"### Frames, {split} split ({s['windows']} windows from {s['songs']} songs: {s['positive_n']} positive, "
             f"{s['negative_n']} negative; [95 % bootstrap interval over songs])",
             "", "| measure | system | activity + boundary baseline | selection-only baseline | target |",
             "|---|---|---|---|---|",
             f"| positive windows | {f('positive')} {mark['positive']} | {f('strong_baseline_positive')} | "
             f"{f('selection_baseline_positive')} | ≥ 0.85 |",
             f"| negative windows (empty, too long) | {f('negative')} {mark['negative']} | {f('strong_baseline_negative')} | "
             f"{f('selection_baseline_negative')} | 1.00 |",
             f"| where the activity + boundary baseline is wrong (n={s['baseline_wrong_n']}) | {f('where_baseline_wrong')} "
             f"{mark['where_baseline_wrong']} | 0.00 | | ≥ 0.80 |"]
    for kind, v in s["positive_by_kind"].items():
        if v == v:
            n = sum(1 for r in rows if r["kind"] == kind and not r["negative"])
            lines.append(f"| positive, {kind} (n={n}) | {v:.2f} | | | |")
    lines += ["", f"On positive windows the system {versus(s['positive'], s['strong_baseline_positive'])} the activity "
              f"+ boundary baseline; on negative windows it {versus(s['negative'], s['strong_baseline_negative'])} it.",
              "", "Confusion (rows: the score's reading; columns: the system's frame)", "",
              "| | " + " | ".join(FRAMES + ("error",)) + " |", "|---" * (len(FRAMES) + 2) + "|"]
    for exp in FRAMES:
        cells = [str(s["confusion"].get((exp, p), "")) for p in FRAMES + ("error",)]
        lines.append(f"| **{exp}** | " + " | ".join(cells) + " |")
    if metrics:
        from eval.findings_metrics import render_metrics

        lines += ["", render_metrics(metrics, split)]
    return "\n".join(lines)


def run(split: str = "test", quick: bool = False, out: Path | None = OUT, verbose: bool = False,
        home: Path = HOME) -> dict:
    pieces = material(split, quick)
    lib = open_library(home)
    try:
        ids = ingest(lib, pieces)
        rows = [judge(lib, ids[name], w) for name, _, _, _, ws in pieces for w in ws]
        from eval.findings_metrics import aggregate, sliding_summaries

        metrics = aggregate(rows)
        metrics["distinct_summaries"] = sliding_summaries(lib, [(ids[name], folder) for name, sp, kind, folder, _ in pieces
                                                                if kind == "clean"])
    finally:
        lib.close()
    s = summarise(rows)
    text = render(split, s, rows, metrics)
    if verbose:
        for r in rows:
            if not r["correct"]:
                print(f"✗ {r['id']:<48} expected {r['expected']:<11} got {r['predicted']:<11} ({r['why']}) "
                      f"{json.dumps(r.get('scores', {}))[:140]}")
    print(text)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        suffix = f"_{split}" + ("_quick" if quick else "")
        out.with_name(out.name + suffix + ".md").write_text(text + "\n")
        out.with_name(out.name + suffix + ".json").write_text(json.dumps(
            {"summary": {k: (v if k != "confusion" else {f"{a}->{b}": n for (a, b), n in v.items()}) for k, v in s.items()},
             "metrics": metrics, "rows": rows}, indent=1, default=str))
    return {"summary": s, "rows": rows, "metrics": metrics}


# -- fitting on the dev split --------------------------------------------------------------
GRID = {  # (section, key) in weights.json -> candidates
    ("evidence", "motion_full_per_bar"): [0.5, 0.75, 1.0],
    ("evidence", "line_motion"): [0.2, 0.4],
    ("evidence", "contrast_range"): [[0.15, 0.45], [0.2, 0.5], [0.25, 0.55]],
    ("pulse", "vocal_compete"): [0.4, 0.6, 0.8],
    ("tonal", "static_floor"): [0.2, 0.3, 0.4],
    ("form", "compete"): [0.5, 0.7, 0.9],
    ("foreground", "gain"): [0.8, 1.0],
}


def fit(write: bool = False) -> dict:
    """Grid-search the frame weights on the dev split only (the test split is never read):
    the objective is the mean of positive accuracy and accuracy where the activity + boundary baseline
    is wrong, with every negative window right. Prints the best and, with ``write``, stores it in
    frames/weights.json."""
    import itertools

    import frames.select as sel
    from heuristics.window import analyze_window

    pieces = material("dev")
    lib = open_library()
    try:
        ids = ingest(lib, pieces)
        cases = []
        for name, _, _, _, ws in pieces:
            for w in ws:
                cases.append((w, analyze_window(lib, ids[name], list(w.stems), w.start_s, w.end_s), w.strong_baseline))
    finally:
        lib.close()
    base = json.loads(json.dumps(sel.weights()))
    original = sel.weights

    def score(cfg) -> tuple[float, float, float, float]:
        sel.weights = lambda: cfg  # noqa: E731  (the module reads its weights through this function)
        try:
            pos, neg, wrong = [], [], []
            for w, a, b in cases:
                got = sel.select(a, sel.Routing(intent="overview", reasons=[]), None).frame
                (neg if w.negative else pos).append(got == w.reading.frame)
                if not w.negative and b != w.reading.frame:
                    wrong.append(got == w.reading.frame)
        finally:
            sel.weights = original
        p, n, r = float(np.mean(pos)), float(np.mean(neg)), float(np.mean(wrong))
        return (n == 1.0) * (p + r) / 2, p, n, r

    best = None
    keys = list(GRID)
    for values in itertools.product(*GRID.values()):
        cfg = json.loads(json.dumps(base))
        for (section, key), v in zip(keys, values):
            (cfg["evidence"] if section == "evidence" else cfg["frames"][section])[key] = v
        result = score(cfg)
        if best is None or result[0] > best[0][0]:
            best = (result, cfg, dict(zip([f"{a}.{b}" for a, b in keys], values)))
    (objective, p, n, r), cfg, chosen = best
    print(f"dev split, {len(cases)} windows: positive {p:.3f}, negative {n:.3f}, where the baseline is "
          f"wrong {r:.3f} (objective {objective:.3f}) with {chosen}")
    before = score(base)
    print(f"the weights as they were: positive {before[1]:.3f}, negative {before[2]:.3f}, where the baseline is "
          f"wrong {before[3]:.3f}")
    if write:
        path = Path(sel.__file__).with_name("weights.json")
        path.write_text(json.dumps(cfg, indent=2) + "\n")
        print(f"written to {path}")
    return {"objective": objective, "chosen": chosen}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("test", "dev"), default="test")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every window the system gets wrong")
    parser.add_argument("--fit", action="store_true", help="grid-search the frame weights on the dev split")
    parser.add_argument("--write", action="store_true", help="with --fit: store the best weights in frames/weights.json")
    args = parser.parse_args(argv)
    if args.fit:
        fit(args.write)
        return
    run(args.split, args.quick, verbose=args.verbose)


if __name__ == "__main__":
    main()
