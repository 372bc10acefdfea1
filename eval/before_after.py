"""The seed's win criterion: this code against an earlier revision, on the same test-split windows.

    python -m eval.before_after                 # against 689c38e (before the frames/findings work)
    python -m eval.before_after --rev <commit>

Both revisions answer the seed's three prompts on every positive test window of ``python -m eval.frames``
(the same ingested tracks; the earlier revision runs from a git worktree of itself). The earlier
findings carry no typed claims, so for a like-for-like comparison both are scored *from their text*
with the same sentence classifier (the seed's: harmony-only sentences, relational sentences, the
three narrative axes, caution sentences, sentences naming a stem the score has silent); raw scope
violations come from each revision's own structured result. Criterion (the seed's): objective metrics
improve on at least 3 of 5 tracks, the composite improves on at least 60 % of windows, and
hallucination and scope violations do not rise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np

from eval.findings_metrics import SEED_QUESTIONS

ROOT = Path(__file__).resolve().parents[1]
BEFORE = "689c38e"
HARMONY = re.compile(r"harmon|chord|\bkey\b|tonic|centres on|tension|settled|clash|restless", re.I)
RHYTHM = re.compile(r"lock|beat|groove|rhythm|syncopat|pocket|push|behind|ahead|between the beats", re.I)
OTHER = re.compile(r"section|boundary|line|phrase|melod|vocal leads|level|loud|quiet|attack|support|gesture|energy", re.I)
RELATIONAL = re.compile(r"\btogether\b|behind|ahead|support|answer|trade|underneath|lock|against|with the|accompan|"
                        r"double|counterline|contrast|interplay", re.I)
ARC = re.compile(r"tension|settled|restless|build|winds down|swell|energy|louder|quieter|easing|comes home|leaves home", re.I)
PHRASING = re.compile(r"phrase|line", re.I)
CAUTION = re.compile(r"tentative|only implied|could not be analysed|very short|not in this selection|handles it poorly",
                     re.I)

# Run inside the revision's own checkout: answers every window, prints JSON. Uses only the APIs both
# revisions have (Settings, Library, frames.service.get_findings).
ANSWER = r'''
import json, sys
from pathlib import Path
from analysis.config import Settings
from analysis.library import Library
from frames.service import get_findings
spec = json.loads(Path(sys.argv[1]).read_text())
lib = Library(Settings(home=Path(spec["home"]), allowed_roots=[Path(spec["home"])]))
out = {}
try:
    for w in spec["windows"]:
        try:
            out[w["id"]] = [get_findings(lib, w["track_id"], w["stems"], w["start_s"], w["end_s"], q).model_dump(mode="json")
                            for q in spec["questions"]]
        except Exception as exc:  # an error is recorded, and scored as a window with nothing said
            out[w["id"]] = {"error": str(exc)[:200]}
finally:
    lib.close()
Path(sys.argv[2]).write_text(json.dumps(out))
'''


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def text_metrics(answers: list[dict], silent: set[str], conditions: list[str], limits) -> dict:
    from eval.scope import scope_violations

    sents = [s for a in answers for s in sentences(a["summary"])]
    stem_word = {"drums": r"\bdrums?\b|\bkit\b", "bass": r"\bbass\b", "piano": r"\bpiano\b", "vocals": r"\bvocals?\b|\bsinger\b",
                 "guitar": r"\bguitar\b", "other": r"\bpad\b"}
    halluc = [s for s in sents if not re.search(r"silent|not in this selection", s)
              and any(re.search(stem_word[x], s, re.I) for x in silent if x in stem_word)]
    harmony_only = [s for s in sents if HARMONY.search(s) and not RHYTHM.search(s) and not OTHER.search(s)]
    relating = [sum(bool(RELATIONAL.search(s)) for s in sentences(a["summary"])) + sum(1 for r in a["roles"] if r.get("relation"))
                for a in answers]
    axes = [any(ARC.search(s) for s in sents), any(PHRASING.search(s) for s in sents), any(RELATIONAL.search(s) for s in sents)]
    cautioned = all(any(CAUTION.search(s) for s in sentences(a["summary"])) for a in answers) if conditions else True
    scope = sum(len(scope_violations({k: v for k, v in a.items() if k != "scope"}, limits)) for a in answers)
    row = {"hallucinations": len(halluc), "chord_dominance": len(harmony_only) / max(1, len(sents)),
           "interaction_density": float(np.mean(relating)), "uncertainty_ok": cautioned,
           "axis_coverage": sum(axes) / 3, "scope_violations": scope,
           "distinct_prompts": len({a["summary"] for a in answers})}
    row["composite"] = float(np.mean([1 - row["chord_dominance"], min(1.0, row["interaction_density"]),
                                      float(row["uncertainty_ok"]), row["axis_coverage"]])
                             - (row["hallucinations"] > 0) - (row["scope_violations"] > 0))
    return row


def answer_with(checkout: Path, spec_path: Path, out: Path) -> dict:
    script = out.with_suffix(".py")
    script.write_text(ANSWER)
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    subprocess.run([sys.executable, str(script), str(spec_path), str(out)], cwd=checkout, check=True, env=env)
    return json.loads(out.read_text())


def run(rev: str = BEFORE, out: Path | None = None) -> dict:
    from eval.findings_metrics import answer_conditions
    from eval.frames import HOME, ingest, material, open_library
    from eval.scope import limits_for
    from heuristics.slice import Window, load_slice
    from heuristics.window import analyze_window

    pieces = material("test")
    lib = open_library()
    windows, context = [], {}
    try:
        ids = ingest(lib, pieces)
        for name, _, _, _, ws in pieces:
            for w in ws:
                if w.negative:
                    continue
                tid = ids[name]
                windows.append(dict(id=w.id, piece=name, track_id=tid, stems=list(w.stems), start_s=w.start_s, end_s=w.end_s))
                a = analyze_window(lib, tid, list(w.stems), w.start_s, w.end_s)
                context[w.id] = (set(w.stems) - set(w.playing), sorted(answer_conditions(a)),
                                 limits_for(load_slice(lib.store, Window(tid, tuple(w.stems), w.start_s, w.end_s))))
    finally:
        lib.close()
    with tempfile.TemporaryDirectory(prefix="stemsense-before-") as tmp:
        tmp = Path(tmp)
        spec = tmp / "windows.json"
        spec.write_text(json.dumps({"home": str(HOME), "windows": windows, "questions": list(SEED_QUESTIONS)}))
        old = tmp / "old"
        subprocess.run(["git", "worktree", "add", "--detach", str(old), rev], cwd=ROOT, check=True, capture_output=True)
        try:
            before = answer_with(old, spec, tmp / "before.json")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(old)], cwd=ROOT, capture_output=True)
        after = answer_with(ROOT, spec, tmp / "after.json")
    rows = []
    for w in windows:
        if isinstance(before[w["id"]], dict) or isinstance(after[w["id"]], dict):
            print(f"skipped {w['id']}: before {before[w['id']]!s:.80} after {after[w['id']]!s:.80}")
            continue
        silent, conditions, limits = context[w["id"]]
        rows.append({"id": w["id"], "piece": w["piece"],
                     "before": text_metrics(before[w["id"]], silent, conditions, limits),
                     "after": text_metrics(after[w["id"]], silent, conditions, limits)})
    report = render(rows, rev)
    print(report)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.with_suffix(".md").write_text(report + "\n")
        out.with_suffix(".json").write_text(json.dumps(rows, indent=1))
    return {"rows": rows}


KEYS = ("chord_dominance", "interaction_density", "uncertainty_ok", "axis_coverage", "hallucinations",
        "scope_violations", "composite")
LOWER_IS_BETTER = {"chord_dominance", "hallucinations", "scope_violations"}


def render(rows: list[dict], rev: str) -> str:
    per = defaultdict(list)
    for r in rows:
        per[r["piece"]].append(r)
    lines = [f"### Before ({rev}) and after, test split, {len(rows)} positive windows, scored from the summaries' text",
             "", "| piece | windows | " + " | ".join(k.replace("_", " ") for k in KEYS) + " | metrics improved |",
             "|---" * (len(KEYS) + 3) + "|"]
    improved_pieces = 0
    for piece, rs in per.items():
        cells, better = [], 0
        for k in KEYS:
            b = float(np.mean([float(r["before"][k]) for r in rs]))
            a = float(np.mean([float(r["after"][k]) for r in rs]))
            cells.append(f"{b:.2f} → {a:.2f}")
            if k != "composite":
                better += (a < b - 1e-9) if k in LOWER_IS_BETTER else (a > b + 1e-9)
        worse = sum((float(np.mean([float(r["after"][k]) for r in rs])) > float(np.mean([float(r["before"][k]) for r in rs])) + 1e-9)
                    if k in LOWER_IS_BETTER else
                    (float(np.mean([float(r["after"][k]) for r in rs])) < float(np.mean([float(r["before"][k]) for r in rs])) - 1e-9)
                    for k in KEYS if k != "composite")
        ok = better > worse
        improved_pieces += ok
        lines.append(f"| {piece} | {len(rs)} | " + " | ".join(cells) + f" | {better} up, {worse} down {'✓' if ok else ''} |")
    up = float(np.mean([r["after"]["composite"] > r["before"]["composite"] + 1e-9 for r in rows]))
    same = float(np.mean([abs(r["after"]["composite"] - r["before"]["composite"]) <= 1e-9 for r in rows]))
    h = (sum(r["before"]["hallucinations"] > 0 for r in rows), sum(r["after"]["hallucinations"] > 0 for r in rows))
    s = (sum(r["before"]["scope_violations"] > 0 for r in rows), sum(r["after"]["scope_violations"] > 0 for r in rows))
    distinct = (float(np.mean([r["before"]["distinct_prompts"] == 3 for r in rows])),
                float(np.mean([r["after"]["distinct_prompts"] == 3 for r in rows])))
    lines += ["", f"- pieces whose objective metrics improve (more up than down): {improved_pieces} of {len(per)} "
              f"(criterion: at least 3 of 5)",
              f"- windows whose composite improves: {up:.0%} (unchanged {same:.0%}; criterion: at least 60 %)",
              f"- windows with a hallucination: {h[0]} → {h[1]}; with a scope violation: {s[0]} → {s[1]} (must not rise)",
              f"- windows where the three prompts give three different summaries: {distinct[0]:.0%} → {distinct[1]:.0%}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rev", default=BEFORE)
    args = parser.parse_args(argv)
    run(args.rev, Path(__file__).resolve().parent / "out" / "before_after")


if __name__ == "__main__":
    main()
