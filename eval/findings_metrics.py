"""The seed's objective metrics of the findings, per window, computed from typed claims and raw values.

For every positive window, ``get_findings`` answers the seed's three fixed prompts (an overview, the
narrative arc, the interaction) and a lock question naming two selected stems. Per window:

- ``scope_violations``: raw times, offsets and counts outside the window (:mod:`eval.scope`, which
  clamps nothing; ``tests/test_window.py`` shows it catching a planted leak);
- ``hallucinations``: claims about a selected stem the *score* has silent in the window (truth, not the
  system's own emptiness flag);
- ``chord_dominance``: the share of the summaries' claims whose axis is harmony (typed, no regex);
- ``interaction_density``: claims per answer that relate two or more stems (interaction, a lock),
  plus roles that carry a relation;
- ``uncertainty_ok``: every condition that changes the answer (a failed stem, a window under 2 s, a
  weak separated piano, spill in a pitched stem, chords only implied), measured from the analysis
  itself, reaches the summary as a caution claim in every answer;
- ``axis_coverage``: of the three narrative axes (the arc — tension, release, energy; phrasing; the
  interaction) the share the three answers cover;
- ``prompts_distinct``: the three prompts give three different summaries;
- ``named_first``: the lock question is answered first about the two stems it names;
- ``composite``: mean of (1 − chord_dominance), min(1, interaction_density), uncertainty_ok and
  axis_coverage, minus hallucinations and scope violations (each counted once per window).

``sliding_summaries`` reports the distinct-summary ratio over sliding windows.
"""

from __future__ import annotations

import numpy as np

SEED_QUESTIONS = ("What is happening in this section?", "Describe the musical narrative in this selected window.",
                  "How do the selected stems interact here?")
STEM_WORDS = {"drums": "drums", "bass": "bass", "vocals": "vocals", "guitar": "guitar", "piano": "piano",
              "other": "pad"}


def lock_question(stems) -> str | None:
    pair = [s for s in stems if s in STEM_WORDS][:2]
    return f"Do the {STEM_WORDS[pair[0]]} and {STEM_WORDS[pair[1]]} lock together here?" if len(pair) == 2 else None


def answer_conditions(analysis) -> set[str]:
    """What should reach the summary as a caution, measured from the analysis, not from the findings."""
    out = set()
    h = {x.heuristic_id: x for x in analysis.heuristics}
    for s in analysis.stems:
        if s.confidence_note and s.confidence_note.startswith("its notes could not"):
            out.add("failed")
        elif s.confidence_note and "weak" in s.confidence_note and not s.empty:
            out.add("weak")
        if not s.empty and s.stem != "drums" and (s.bleed_ratio or 0.0) >= 0.3:
            out.add("bleed")
    if analysis.window.duration_s < 2.0:
        out.add("short")
    if h["H008"].status == "ok" and h["H008"].evidence.implied_by_melody:
        out.add("implied")
    return out


def window_metrics(lib, tid, w, f) -> dict:
    from eval.scope import limits_for, scope_violations
    from frames.service import get_findings
    from heuristics.slice import Window, load_slice
    from heuristics.window import analyze_window

    responses = [get_findings(lib, tid, list(w.stems), w.start_s, w.end_s, q) for q in SEED_QUESTIONS]
    analysis = analyze_window(lib, tid, list(w.stems), w.start_s, w.end_s)
    limits = limits_for(load_slice(lib.store, Window(tid, tuple(w.stems), w.start_s, w.end_s)))
    scope = sum(len(scope_violations(r.model_dump(exclude={"scope"}), limits)) for r in responses + [f])
    scope += len(scope_violations([h.model_dump() for h in analysis.heuristics], limits))
    silent_by_score = set(w.stems) - set(w.playing)
    claims = [c for r in responses for c in r.claims]
    hallucinated = [c.text for c in claims if c.axis not in ("caution", "roles") and set(c.stems) & silent_by_score]
    hallucinated += [f"role {r.role} for the silent {r.stem}" for r in f.roles
                     if r.stem in silent_by_score and r.role in ("lead", "counterline", "rhythm", "bass_foundation")]
    relating = [sum(1 for c in r.claims if c.axis == "interaction" or (c.axis == "groove" and len(c.stems) >= 2))
                + sum(1 for x in r.roles if x.relation) for r in responses]
    conditions = answer_conditions(analysis)
    cautioned = all(any(c.axis == "caution" for c in r.claims) for r in responses) if conditions else True
    axes = {"arc": any(c.axis in ("arc", "dynamics") or (c.axis == "harmony" and "tension" in c.source) for c in claims),
            "phrasing": any(c.axis == "melody" for c in claims),
            "interaction": any(c.axis == "interaction" or (c.axis == "groove" and len(c.stems) >= 2) for c in claims)}
    row = {
        "scope_violations": scope,
        "hallucinations": len(hallucinated),
        "hallucinated": hallucinated[:3],
        "chord_dominance": sum(c.axis == "harmony" for c in claims) / max(1, len(claims)),
        "interaction_density": float(np.mean(relating)),
        "uncertainty_ok": cautioned,
        "conditions": sorted(conditions),
        "axis_coverage": sum(axes.values()) / 3,
        "prompts_distinct": len({r.summary for r in responses}) == 3,
        "seed_summaries": [r.summary for r in responses],
    }
    q = lock_question([s for s in w.stems if s in w.playing])
    if q:
        named = get_findings(lib, tid, list(w.stems), w.start_s, w.end_s, q)
        pair = set(named.routing.named_stems[:2])
        first = next((c for c in named.claims if c.axis != "caution"), None)
        row["named_first"] = bool(first and set(first.stems) == pair)
    row["composite"] = composite(row)
    return row


def composite(row: dict) -> float:
    return float(np.mean([1 - row["chord_dominance"], min(1.0, row["interaction_density"]), float(row["uncertainty_ok"]),
                          row["axis_coverage"]]) - (row["hallucinations"] > 0) - (row["scope_violations"] > 0))


def aggregate(rows: list[dict]) -> dict:
    pos = [r for r in rows if "composite" in r]
    if not pos:
        return {}
    pulse = [r for r in pos if r["expected"] == "pulse"]

    def mean(key, rs=pos):
        vals = [float(r[key]) for r in rs if key in r]
        return float(np.mean(vals)) if vals else float("nan")

    return {
        "windows": len(pos),
        "scope_violation_rate": float(np.mean([r["scope_violations"] > 0 for r in pos])),
        "hallucination_rate": float(np.mean([r["hallucinations"] > 0 for r in pos])),
        "chord_dominance_pulse": mean("chord_dominance", pulse),
        "chord_dominance_all": mean("chord_dominance"),
        "interaction_density": mean("interaction_density"),
        "uncertainty_discipline": mean("uncertainty_ok"),
        "narrative_axis_coverage": mean("axis_coverage"),
        "prompts_give_three_summaries": mean("prompts_distinct"),
        "named_stems_answered_first": mean("named_first"),
        "composite": mean("composite"),
    }


def sliding_summaries(lib, pieces) -> float:
    """Distinct summaries / windows, over 8 s windows every 2 s with every stem selected (no question)."""
    from frames.service import get_findings

    seen, total = set(), 0
    for tid, folder in pieces:
        stems = sorted(p.stem for p in folder.glob("*.wav"))
        duration = float(lib.store.get_track_row(tid)["duration_s"])
        t = 0.0
        while t + 8.0 <= duration:
            seen.add(get_findings(lib, tid, stems, t, t + 8.0).summary)
            total += 1
            t += 2.0
    return len(seen) / total if total else float("nan")


def render_metrics(m: dict) -> str:
    if not m:
        return ""
    targets = {"scope_violation_rate": ("= 0", lambda v: v == 0), "hallucination_rate": ("= 0", lambda v: v == 0),
               "chord_dominance_pulse": ("≤ 0.20", lambda v: v <= 0.2),
               "prompts_give_three_summaries": ("1.00", lambda v: v >= 0.999), "distinct_summaries": ("", None),
               "named_stems_answered_first": ("1.00", lambda v: v >= 0.999)}
    lines = [f"Findings on the {m.get('windows', 0)} positive windows (the seed's three prompts and a lock question "
             "naming two selected stems)", "", "| metric | value | target |", "|---|---|---|"]
    for k, v in m.items():
        if k == "windows":
            continue
        t = targets.get(k)
        mark = "" if t is None or t[1] is None or v != v else (" ✓" if t[1](v) else " ✗")
        name = "distinct summaries over sliding windows" if k == "distinct_summaries" else k.replace("_", " ")
        lines.append(f"| {name} | {v:.2f}{mark} | {t[0] if t else ''} |")
    return "\n".join(lines)
