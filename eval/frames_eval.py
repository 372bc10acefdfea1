"""The seed's experiment as a command: annotated windows, objective metrics, heuristic health.

    python -m eval                 # all annotated windows; table + eval/out/eval.md
    python -m eval --tracks A C    # a subset (what the tests run)

For every annotated window, get_findings is asked the seed's three fixed questions; frame accuracy
uses the window alone (no question). Tracks are rendered once (eval/cache) and loaded as stems.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from analysis.config import Settings
from analysis.errors import StemSenseError
from analysis.library import Library
from eval.annotations import AnnotatedWindow, load
from eval.material import CACHE
from eval.stress import render
from frames.service import get_findings
from heuristics.slice import Window, load_context, load_slice
from heuristics.window import analyze_window
from eval.scope import limits_for, scope_violations

SEED_QUESTIONS = ("What is happening in this section?", "Describe the musical narrative in this selected window.",
                  "How do the selected stems interact here?")
FRAMES = ("pulse", "tonal", "form", "foreground", "micro_event", "unknown")
HARMONY = re.compile(r"harmon|chord|\bkey\b|tonic|centres on|tension|settled|clash", re.I)
RHYTHM = re.compile(r"lock|beat|groove|rhythm|syncopat|pocket|push|behind|ahead|between the beats", re.I)
OTHER_AXES = re.compile(r"section|boundary|line|phrase|melod|vocal leads|level|loud|quiet|attack|support|gesture", re.I)
RELATIONAL = re.compile(r"\btogether\b|behind|ahead|support|answer|trade|underneath|lock|against|with the", re.I)
TARGETS = {"frame_accuracy_positive": 0.90, "frame_accuracy_negative": 1.0, "scope_violation_rate": 0.0,
           "chord_dominance_pulse": 0.2}


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def harmony_only(sentence: str) -> bool:
    return bool(HARMONY.search(sentence)) and not RHYTHM.search(sentence) and not OTHER_AXES.search(sentence)


def evidence_times(obj, key: str = ""):
    """Every time value (a field named *_s, not a rate *_per_s nor a duration) anywhere in a dump."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from evidence_times(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from evidence_times(v, key)
    elif isinstance(obj, (int, float)) and not isinstance(obj, bool) and (
            key.endswith("_s") and not key.endswith("per_s") and key != "duration_s"):
        yield obj


def interaction_of(analysis) -> str:
    h = {x.heuristic_id: x for x in analysis.heuristics}
    if h["H014"].status == "ok" and h["H014"].score >= 0.4:
        return "call-response"
    if h["H004"].status == "ok" and h["H004"].evidence.coincidence_rate >= 0.9 and h["H006"].status == "ok" \
            and h["H006"].score >= 0.5:
        return "doubling"
    melodic = [s for s in analysis.stems if not s.empty and s.stem != "drums" and (s.note_count or 0) >= 3]
    if len(melodic) >= 2 and h["H006"].status == "ok" and h["H006"].score < 0.2:
        return "counterline"
    return "support"


def evaluate(windows: list[AnnotatedWindow], out: Path | None = None, cache: Path = CACHE) -> dict:
    tracks = sorted({w.track for w in windows})
    with tempfile.TemporaryDirectory(prefix="stemsense-eval-") as home:
        lib = Library(Settings(home=Path(home), allowed_roots=[cache.resolve()], wait_s=25))
        try:
            ids = {}
            for name in tracks:
                folder, _ = render(name, cache)
                tid = lib.load(str(folder)).track_id
                while lib.status(tid).state not in ("ready", "failed"):
                    time.sleep(0.1)
                ids[name] = tid
            rows = [evaluate_window(lib, ids[w.track], w) for w in windows]
        finally:
            lib.close()
    summary = summarise(rows)
    report = render_report(rows, summary)
    print(report)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(report + "\n")
    return summary


def selection_only(w: AnnotatedWindow, sections: list[tuple[float, float, str]]) -> str:
    """The baseline that never listens: window length, the selected stems and the section times only
    (under 2 s micro_event; a boundary with three or more stems form; vocals foreground; drums or bass
    pulse; otherwise tonal)."""
    if w.end_s - w.start_s < 2.0:
        return "micro_event"
    if len(w.stems) >= 3 and any(w.start_s < a < w.end_s for a, _, _ in sections[1:]):
        return "form"
    if "vocals" in w.stems:
        return "foreground"
    if {"drums", "bass"} & set(w.stems):
        return "pulse"
    return "tonal"


def evaluate_window(lib: Library, tid: str, w: AnnotatedWindow) -> dict:
    row = {"id": w.id, "track": w.track, "expected": w.expected_frame, "negative": w.negative, "confidence": w.confidence}
    try:
        base = get_findings(lib, tid, w.stems, w.start_s, w.end_s)
    except StemSenseError as exc:
        row.update(predicted="error", correct=bool(w.expected_error and w.expected_error in str(exc)), reason=str(exc))
        return row
    row["predicted"] = base.frame.frame
    if w.negative:
        row["correct"] = base.frame.frame == "unknown" and any(c.startswith(w.expected_caution or "-") for c in base.frame.cautions)
        row["reason"] = "; ".join(base.frame.cautions)[:120]
        return row
    row["correct"] = base.frame.frame == w.expected_frame
    row["baseline"] = selection_only(w, list(load_context(lib.store, tid).sections))
    row["scores"] = base.frame.scores
    row["reason"] = f"scores {', '.join(f'{k} {v:.2f}' for k, v in sorted(base.frame.scores.items(), key=lambda kv: -kv[1])[:3])}"
    analysis = analyze_window(lib, tid, w.stems, w.start_s, w.end_s)
    row["heuristics"] = {h.heuristic_id: (h.status, h.score) for h in analysis.heuristics}
    responses = [get_findings(lib, tid, w.stems, w.start_s, w.end_s, q) for q in SEED_QUESTIONS]
    limits = limits_for(load_slice(lib.store, Window(tid, tuple(w.stems), w.start_s, w.end_s)))
    row["scope_violations"] = sum(len(scope_violations(f.model_dump(exclude={"scope"}), limits)) for f in responses) + \
        len(scope_violations([h.model_dump() for h in analysis.heuristics], limits))
    sents = [s for f in responses for s in sentences(f.summary)]
    row["chord_dominance"] = sum(harmony_only(s) for s in sents) / len(sents)
    row["interaction_density"] = float(np.mean([sum(bool(RELATIONAL.search(s)) for s in sentences(f.summary))
                                                + sum(1 for r in f.roles if r.relation) for f in responses]))
    f = responses[0]
    axes = [bool(f.harmony and f.harmony.tension_level) or bool(f.dynamics and f.dynamics.shape in
                                                                ("rising", "falling", "swell", "dip")),
            bool(f.melody and f.melody.phrases), bool(any(r.relation for r in f.roles) or (f.groove and f.groove.locked_pair))]
    row["axis_coverage"] = sum(axes) / 3
    uncertain = w.confidence < 0.65
    acknowledged = bool(base.frame.secondary_frame) or base.frame.confidence < 0.6 or any(
        "uncertain" in u or "close" in u for u in base.uncertainties)
    row["uncertainty_ok"] = acknowledged if uncertain else True
    lead = next((r.stem for r in base.roles if r.role == "lead"), None)
    fg_role = next((r.role for r in base.roles if r.stem == w.foreground), None)
    row["foreground_agrees"] = lead == w.foreground or (w.foreground in ("drums", "bass") and fg_role in
                                                         ("rhythm", "bass_foundation", "lead"))
    row["interaction_pred"] = interaction_of(analysis)
    row["interaction_agrees"] = row["interaction_pred"] == w.interaction
    return row


def summarise(rows: list[dict]) -> dict:
    pos = [r for r in rows if not r["negative"]]
    neg = [r for r in rows if r["negative"]]
    pulse = [r for r in pos if r["expected"] == "pulse" and "chord_dominance" in r]
    health = defaultdict(lambda: defaultdict(list))
    missing = Counter()
    for r in pos:
        for hid, (status, score) in r.get("heuristics", {}).items():
            if status == "ok":
                health[hid][r["track"]].append(score)
            missing[hid] += status == "missing_input"
    constant = sorted({f"{hid} on {track} ({vals[0]:.2f} x{len(vals)})" for hid, per in health.items()
                       for track, vals in per.items() if len(vals) >= 3 and max(vals) - min(vals) < 0.01 and max(vals) > 0})
    return {
        "frame_accuracy_positive": float(np.mean([r["correct"] for r in pos])),
        "selection_only_baseline_positive": float(np.mean([r.get("baseline") == r["expected"] for r in pos])),
        "accuracy_where_baseline_wrong": float(np.mean([r["correct"] for r in pos if r.get("baseline") != r["expected"]]))
        if any(r.get("baseline") != r["expected"] for r in pos) else float("nan"),
        "frame_accuracy_negative": float(np.mean([r["correct"] for r in neg])) if neg else float("nan"),
        "scope_violation_rate": float(np.mean([r["scope_violations"] > 0 for r in pos if "scope_violations" in r])),
        "chord_dominance_pulse": float(np.mean([r["chord_dominance"] for r in pulse])) if pulse else float("nan"),
        "chord_dominance_all": float(np.mean([r["chord_dominance"] for r in pos if "chord_dominance" in r])),
        "interaction_density": float(np.mean([r["interaction_density"] for r in pos if "interaction_density" in r])),
        "uncertainty_discipline": float(np.mean([r["uncertainty_ok"] for r in pos if "uncertainty_ok" in r])),
        "narrative_axis_coverage": float(np.mean([r["axis_coverage"] for r in pos if "axis_coverage" in r])),
        "foreground_agreement": float(np.mean([r["foreground_agrees"] for r in pos if "foreground_agrees" in r])),
        "interaction_agreement": float(np.mean([r["interaction_agrees"] for r in pos if "interaction_agrees" in r])),
        "constant_heuristics": constant,
        "missing_input_share": {hid: round(n / len(pos), 2) for hid, n in sorted(missing.items())},
        "confusion": Counter((r["expected"], r["predicted"]) for r in rows),
    }


def render_report(rows: list[dict], s: dict) -> str:
    lines = ["## Frame selection per window", "", "| window | expected | predicted | ok | why |", "|---|---|---|---|---|"]
    lines += [f"| {r['id']} | {r['expected']} | {r['predicted']} | {'✓' if r['correct'] else '✗'} | {r.get('reason', '')} |"
              for r in rows]
    lines += ["", "## Confusion (rows expected, columns predicted)", "",
              "| | " + " | ".join(FRAMES + ("error",)) + " |", "|---" * (len(FRAMES) + 2) + "|"]
    for exp in FRAMES:
        lines.append(f"| {exp} | " + " | ".join(str(s["confusion"].get((exp, p), "")) for p in FRAMES + ("error",)) + " |")
    lines += ["", "## Metrics", "", "| metric | value | target |", "|---|---|---|"]
    for k, v in s.items():
        if k in ("confusion", "missing_input_share", "constant_heuristics"):
            continue
        t = TARGETS.get(k)
        ok = "" if t is None else (" ✓" if (v <= t if k in ("scope_violation_rate", "chord_dominance_pulse") else v >= t) else " ✗")
        lines.append(f"| {k} | {v:.2f}{ok} | {'' if t is None else t} |")
    lines += ["", f"Constant heuristics (same non-zero value across a track's windows): {s['constant_heuristics'] or 'none'}",
              f"Share of missing_input per heuristic: {s['missing_input_share']}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tracks", nargs="*", help="only these tracks (A, A_late, B, C, D, E)")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "eval.md")
    args = parser.parse_args(argv)
    windows = [w for w in load() if not args.tracks or w.track in args.tracks]
    evaluate(windows, args.out)


if __name__ == "__main__":
    main()
