"""The seed's objective metrics of the findings, per window, computed from typed claims and raw values.

For every positive window, ``get_findings`` answers the seed's three fixed prompts (an overview, the
narrative arc, the interaction) and a lock question naming two selected stems. Per window:

- ``scope_violations``: raw times, offsets and counts outside the window (:mod:`eval.scope`, which
  clamps nothing; ``tests/test_window.py`` shows it catching a planted leak);
- ``hallucinations``: sentences of the answers *as the user reads them* (the summary text, split into
  sentences) that the score contradicts (:func:`false_claims`): a part said to play that the score has
  silent in the window, a part said to be silent that plays, a doubling, hocket or call and response
  between parts whose notes do not do that, a meter the score does not have, spill on a clean stem;
  ``tests/test_eval_independence.py`` plants false sentences and shows each caught;
- ``chord_dominance``: the share of the summaries' claims whose axis is harmony (typed, no regex);
- ``interaction_density``: claims per answer that relate two or more stems (interaction, a lock),
  plus roles that carry a relation;
- ``uncertainty``: judged from the material's *known* recording conditions (the spill level and SNR
  recorded when the degraded copy was made; :func:`compromised`), never from the analysis: on a
  compromised copy some answer must say the reading is uncertain or name the spill or noise
  (``cautioned_when_compromised``); on clean material none may blame spill or noise
  (``quiet_when_clean``); the discipline is the mean of the two rates;
- ``axis_coverage``: of the three narrative axes (the arc — tension, release, energy; phrasing; the
  interaction) the share the three answers cover;
- ``prompts_distinct``: the three prompts give three different summaries;
- ``named_first``: the lock question is answered first about the two stems it names;
- ``composite``: mean of (1 − chord_dominance), min(1, interaction_density), the window's uncertainty
  verdict and axis_coverage, minus hallucinations and scope violations (each counted once per window).

``sliding_summaries`` reports the distinct-summary ratio over sliding windows.
"""

from __future__ import annotations

import re

import numpy as np

from eval.metrics import bootstrap_ci

# -- the listener's criteria the claims are judged by (this module's own; none from the code) -------
AUDIBLE_SPILL_DB = -18.0  # other instruments at most 18 dB under a part are heard on its solo'd stem
AUDIBLE_HISS_SNR_DB = 24.0  # a noise floor within 24 dB of a part's level is heard under its quiet notes
STEM_WORDS_RE = {
    "drums": r"\b(drums?|kit|kick|snare|hi-?hats?|cymbals?|toms?)\b", "bass": r"\bbass\b(?!\s*(?:drum|register))",
    "piano": r"\b(piano|keys)\b", "vocals": r"\b(vocals?|voice|singer|sings?|sung)\b", "guitar": r"\bguitars?\b",
    "other": r"\b(pad|strings)\b"}
SAYS_SILENT = re.compile(r"\b(silent|rests?|does not play|do not play|doesn't play|not playing|no notes|is absent|"
                         r"are absent)\b", re.I)
NOT_ABOUT_PLAYING = re.compile(r"not in this selection|could not be analysed|choose another stem|move the window|"
                               r"no (drums|kit|bass|vocals?|piano|guitar)\b|without the|cannot tell|can't tell|too little of", re.I)
METER_SAID = {"4/4": r"\b(4/4|four-four|common time)\b", "3/4": r"\b(3/4|three-four|waltz)\b",
              "6/8": r"\b(6/8|six-eight)\b", "12/8": r"\b(12/8|twelve-eight)\b", "2/4": r"\b(2/4|two-four)\b",
              "5/4": r"\b(5/4|five-four)\b", "9/8": r"\b(9/8|nine-eight)\b", "2/2": r"\b(2/2|two-two|cut time)\b"}
SAME_FEEL = [{"4/4", "2/4", "2/2"}, {"6/8", "12/8"}]  # a musician counts these alike: not a contradiction
SPILL_SAID = re.compile(r"\b(spill|bleed|leak(s|ing|age)?)\b", re.I)
DOUBLING_SAID = re.compile(r"\bdouble(s|d)? each other|\bin unison\b|\boctaves? apart\b", re.I)
ALTERNATING_SAID = re.compile(r"\bhocket\b|\bcall and response\b|\btrade\b|\btrading\b|\banswers?\b", re.I)
UNCERTAIN_SAID = re.compile(r"\b(tentative|uncertain|not sure|hard to (tell|hear)|cannot tell|can't tell|"
                            r"spill|bleed|leak\w*|noise|noisy|hiss)\b", re.I)

SEED_QUESTIONS = ("What is happening in this section?", "Describe the musical narrative in this selected window.",
                  "How do the selected stems interact here?")
STEM_WORDS = {"drums": "drums", "bass": "bass", "vocals": "vocals", "guitar": "guitar", "piano": "piano",
              "other": "pad"}


def lock_question(stems) -> str | None:
    pair = [s for s in stems if s in STEM_WORDS][:2]
    return f"Do the {STEM_WORDS[pair[0]]} and {STEM_WORDS[pair[1]]} lock together here?" if len(pair) == 2 else None


def sentences(text: str) -> list[str]:
    """The sentences a user reads, in order."""
    return [x for x in re.split(r"(?<=[.!?])\s+", text.strip()) if x]


def stems_named(sentence: str) -> set[str]:
    return {stem for stem, pattern in STEM_WORDS_RE.items() if re.search(pattern, sentence, re.I)}


def false_claims(text: str, facts: dict, clean: bool) -> list[str]:
    """Every sentence of ``text`` the score contradicts, with why (``facts``: frame_windows.window_facts;
    ``clean``: the material carries no spill). A sentence is read as a person reads it: naming a part
    says it plays unless the sentence says it is silent (or speaks of the selection, not the music)."""
    out = []
    heard, silent = set(facts.get("heard", ())), set(facts.get("silent", ()))
    for sent in sentences(text):
        named = stems_named(sent)
        if NOT_ABOUT_PLAYING.search(sent):
            continue
        if SAYS_SILENT.search(sent):
            wrong = named & heard
            if wrong:
                out.append(f"{sent} [the score has the {', '.join(sorted(wrong))} playing]")
            continue
        wrong = named & silent
        if wrong:
            out.append(f"{sent} [the score has the {', '.join(sorted(wrong))} silent]")
            continue
        pair = sorted(named & heard)
        if len(pair) == 2 and DOUBLING_SAID.search(sent) and pair not in facts.get("doubled", []):
            out.append(f"{sent} [the score's {pair[0]} and {pair[1]} do not double]")
        elif len(pair) == 2 and ALTERNATING_SAID.search(sent) and pair not in facts.get("alternate", []):
            out.append(f"{sent} [the score's {pair[0]} and {pair[1]} do not alternate]")
        meter = facts.get("meter")
        said = {m for m, pattern in METER_SAID.items() if re.search(pattern, sent, re.I)}
        if meter and said and not any(m == meter or any({m, meter} <= fam for fam in SAME_FEEL) for m in said):
            out.append(f"{sent} [the score is in {meter}]")
        if clean and SPILL_SAID.search(sent):
            out.append(f"{sent} [the material is clean: no spill]")
    return out


def compromised(conditions: dict) -> bool:
    """The copy's known conditions make a careful listener hedge: spill at :data:`AUDIBLE_SPILL_DB` or
    louder, or an SNR of :data:`AUDIBLE_HISS_SNR_DB` or less."""
    return (conditions.get("spill_db", -120.0) >= AUDIBLE_SPILL_DB
            or conditions.get("snr_db", 120.0) <= AUDIBLE_HISS_SNR_DB)


def window_metrics(lib, tid, w, f) -> dict:
    from eval.scope import limits_for, scope_violations
    from frames.service import get_findings
    from analysis.core.types import Window
    from heuristics.slice import load_slice
    from heuristics.window import analyze_window

    responses = [get_findings(lib, tid, list(w.stems), w.start_s, w.end_s, q) for q in SEED_QUESTIONS]
    analysis = analyze_window(lib, tid, list(w.stems), w.start_s, w.end_s)
    limits = limits_for(load_slice(lib.store, Window(tid, tuple(w.stems), w.start_s, w.end_s)))
    scope = sum(len(scope_violations(r.model_dump(exclude={"scope"}), limits)) for r in responses + [f])
    scope += len(scope_violations([h.model_dump() for h in analysis.heuristics], limits))
    q = lock_question([s for s in w.stems if s in w.playing])
    named = get_findings(lib, tid, list(w.stems), w.start_s, w.end_s, q) if q else None
    answers = [r.summary for r in responses + [f] + ([named] if named else [])]
    hallucinated = [c for text in answers for c in false_claims(text, w.facts, clean=w.kind == "clean")]
    claims = [c for r in responses for c in r.claims]
    relating = [sum(1 for c in r.claims if c.axis == "interaction" or (c.axis == "groove" and len(c.stems) >= 2))
                + sum(1 for x in r.roles if x.relation) for r in responses]
    hedged = any(UNCERTAIN_SAID.search(text) for text in answers)
    needs = compromised(w.conditions)
    axes = {"arc": any(c.axis in ("arc", "dynamics") or (c.axis == "harmony" and "tension" in c.source) for c in claims),
            "phrasing": any(c.axis == "melody" for c in claims),
            "interaction": any(c.axis == "interaction" or (c.axis == "groove" and len(c.stems) >= 2) for c in claims)}
    row = {
        "scope_violations": scope,
        "hallucinations": len(hallucinated),
        "hallucinated": hallucinated[:3],
        "chord_dominance": sum(c.axis == "harmony" for c in claims) / max(1, len(claims)),
        "interaction_density": float(np.mean(relating)),
        "compromised": needs,
        "hedged": hedged,
        "uncertainty_ok": (hedged if needs else not any(SPILL_SAID.search(t) or re.search(r"\bnois", t, re.I)
                                                        for t in answers) if w.kind == "clean" else None),
        "conditions": w.conditions,
        "axis_coverage": sum(axes.values()) / 3,
        "prompts_distinct": len({r.summary for r in responses}) == 3,
        "seed_summaries": [r.summary for r in responses],
    }
    if named is not None:
        pair = set(named.routing.named_stems[:2])
        first = next((c for c in named.claims if c.axis != "caution"), None)
        row["named_first"] = bool(first and set(first.stems) == pair)
    row["composite"] = composite(row)
    return row


def composite(row: dict) -> float:
    parts = [1 - row["chord_dominance"], min(1.0, row["interaction_density"]), row["axis_coverage"]]
    if row["uncertainty_ok"] is not None:
        parts.append(float(row["uncertainty_ok"]))
    return float(np.mean(parts)) - (row["hallucinations"] > 0) - (row["scope_violations"] > 0)


def aggregate(rows: list[dict]) -> dict:
    pos = [r for r in rows if "composite" in r]
    if not pos:
        return {}
    pulse = [r for r in pos if r["expected"] == "pulse"]

    def mean(key, only=None):
        def stat(rs):
            vals = [float(r[key]) for r in rs if r.get(key) is not None and (only is None or only(r))]
            return float(np.mean(vals)) if vals else float("nan")
        return stat

    def rate(key):
        return lambda rs: float(np.mean([r[key] > 0 for r in rs])) if rs else float("nan")

    def discipline(rs):
        parts = [mean("uncertainty_ok", lambda r: r["compromised"])(rs),
                 mean("uncertainty_ok", lambda r: r["kind"] == "clean")(rs)]
        parts = [p for p in parts if p == p]
        return float(np.mean(parts)) if parts else float("nan")

    stats = {
        "scope_violation_rate": rate("scope_violations"),
        "hallucination_rate": rate("hallucinations"),
        "chord_dominance_pulse": mean("chord_dominance", lambda r: r["expected"] == "pulse"),
        "chord_dominance_all": mean("chord_dominance"),
        "interaction_density": mean("interaction_density"),
        "cautioned_when_compromised": mean("uncertainty_ok", lambda r: r["compromised"]),
        "quiet_when_clean": mean("uncertainty_ok", lambda r: r["kind"] == "clean"),
        "uncertainty_discipline": discipline,
        "narrative_axis_coverage": mean("axis_coverage"),
        "prompts_give_three_summaries": mean("prompts_distinct"),
        "named_stems_answered_first": mean("named_first"),
        "composite": mean("composite"),
    }
    out = {"windows": len(pos), "compromised_windows": sum(bool(r["compromised"]) for r in pos)}
    out.update({k: f(pos) for k, f in stats.items()})
    out["ci"] = {k: bootstrap_ci(pos, f, lambda r: r["piece"].removesuffix("_degraded")) for k, f in stats.items()}
    return out


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


def render_metrics(m: dict, split: str) -> str:
    if not m:
        return ""
    targets = {"scope_violation_rate": ("= 0", lambda v: v == 0), "hallucination_rate": ("= 0", lambda v: v == 0),
               "chord_dominance_pulse": ("≤ 0.20", lambda v: v <= 0.2),
               "prompts_give_three_summaries": ("1.00", lambda v: v >= 0.999), "distinct_summaries": ("", None),
               "named_stems_answered_first": ("1.00", lambda v: v >= 0.999)}
    lines = [f"Findings, {split} split, on the {m.get('windows', 0)} positive windows (the seed's three prompts and a "
             f"lock question naming two selected stems; {m.get('compromised_windows', 0)} on copies whose known spill "
             "or SNR is audible; [95 % bootstrap interval over songs])", "",
             "| metric | value | target |", "|---|---|---|"]
    for k, v in m.items():
        if k in ("windows", "compromised_windows", "ci"):
            continue
        t = targets.get(k)
        mark = "" if t is None or t[1] is None or v != v else (" ✓" if t[1](v) else " ✗")
        name = "distinct summaries over sliding windows" if k == "distinct_summaries" else k.replace("_", " ")
        lo, hi = m.get("ci", {}).get(k, (float("nan"), float("nan")))
        interval = f" [{lo:.2f}, {hi:.2f}]" if lo == lo else ""
        shown = "—" if v != v else f"{v:.3f}" if 0 < v < 0.005 else f"{v:.2f}"
        lines.append(f"| {name} | {shown}{interval}{mark} | {t[0] if t else ''} |")
    return "\n".join(lines)
