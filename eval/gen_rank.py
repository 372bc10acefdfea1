"""Does the part scoring know good from bad, on windows it was not tuned on?

    python -m eval.gen_rank                      # test split: table + eval/out/gen_rank_test.md
    python -m eval.gen_rank --split calibration  # the windows anything may be tuned on

Windows (:mod:`eval.gen_material`): two-bar windows of the bass and the guitar of five synthetic songs
written for this benchmark (4/4, 3/4, 6/8; rock, waltz and compound-time grooves, trading phrases) and
of the real MusicDelta multitracks (rock, beatles, country, punk, shadows), on a frozen split.

For each window: the part the player played, seven corruptions of it (a fixed list: shifted half a
beat onto the off-beats, a random rhythm with its pitches, a tritone up, every other onset an octave
up, non-chord tones on the strong beats, density halved, density doubled) and three options generated
without the part (from the other stems and the stem outside the window), all scored by
``generation.scoring.score`` — whose targets never read the part it judges. The property: the original
is valid and scores above each of its corruptions, and the best option scores above every corruption.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np

from eval.gen_material import played_notes, selected, split_args
from generation.directive import build, chord_at, grid_of, on_beat, period_of
from generation.generator import generate
from generation.habits import habits_of, onset_groups
from generation.scoring import score
from analysis.core.types import Window
from heuristics.slice import load_context, load_slice

OUT = Path(__file__).resolve().parent / "out"
CORRUPTIONS = ("offbeat_shift", "random_rhythm", "tritone", "octave_displacement", "non_chord_tones",
               "density_halved", "density_doubled")


def corrupt(kind: str, notes: list[dict], d, seed: int = 0) -> list[dict]:
    """One corruption of ``notes`` (a fixed list, :data:`CORRUPTIONS`), kept inside the window."""
    beats = grid_of(d)
    period = period_of(beats)
    groups = onset_groups(notes)
    out = [dict(n) for n in notes]
    if kind == "offbeat_shift":
        out = [dict(n, time_s=n["time_s"] + period / 2, duration_s=min(n["duration_s"], period / 2)) for n in out]
    elif kind == "random_rhythm":
        times = np.sort(np.random.default_rng(seed).uniform(d.start_s, d.end_s - period / 4, len(groups)))
        out = [dict(n, time_s=float(t), duration_s=min(n["duration_s"], period / 4)) for t, (_, ns) in zip(times, groups)
               for n in ns]
    elif kind == "tritone":
        out = [dict(n, pitch=n["pitch"] + 6) for n in out]
    elif kind == "octave_displacement":
        out = [dict(n, pitch=n["pitch"] + 12 * (i % 2)) for i, (_, ns) in enumerate(groups) for n in ns]
    elif kind == "non_chord_tones":
        for n in out:
            chord = chord_at(d, n["time_s"])
            if on_beat(n["time_s"], beats) and chord is not None:
                candidates = [p for p in range(n["pitch"] - 2, n["pitch"] + 3)
                              if p % 12 in d.constraints.scale_pitch_classes and p % 12 not in chord.chord_tones]
                if candidates:
                    n["pitch"] = min(candidates, key=lambda p: (abs(p - n["pitch"]), p))
    elif kind == "density_halved":
        kept = [ns for i, (_, ns) in enumerate(groups) if i % 2 == 0]
        nxt = [t for i, (t, _) in enumerate(groups) if i % 2 == 0][1:] + [d.end_s]
        out = [dict(n, duration_s=max(n["duration_s"], 0.9 * (end - n["time_s"]))) for ns, end in zip(kept, nxt) for n in ns]
    elif kind == "density_doubled":
        ends = [t for t, _ in groups[1:]] + [min(d.end_s, groups[-1][0] + period)]
        out = []
        for (t, ns), end in zip(groups, ends):
            half = (end - t) / 2
            for n in ns:
                out.append(dict(n, duration_s=min(n["duration_s"], half * 0.9)))
                out.append(dict(n, time_s=t + half, duration_s=half * 0.9))
    return [dict(n, duration_s=min(n["duration_s"], d.end_s - n["time_s"])) for n in out
            if d.start_s <= n["time_s"] < d.end_s - 1e-3]


def rank_window(lib, tid: str, stem: str, start_s: float, end_s: float) -> dict | None:
    """The original, its corruptions and three options scored on one window (None: under four notes)."""
    stems = tuple(r["stem"] for r in lib.store.stem_rows(tid))
    sl = load_slice(lib.store, Window(tid, stems, start_s, end_s))
    others = load_slice(lib.store, Window(tid, tuple(s for s in stems if s != stem), start_s, end_s))
    ctx = load_context(lib.store, tid)
    habits = habits_of(lib.store, tid, stem, start_s, end_s)
    original = played_notes(lib, tid, stem, start_s, end_s)
    if len(original) < 4:
        return None
    d = build(sl, ctx, stem, "evaluate the given notes")
    scored = {"original": score(original, d, sl, ctx, habits)}
    for kind in CORRUPTIONS:
        scored[kind] = score(corrupt(kind, original, d), d, sl, ctx, habits)
    for label, notes in generate(build(others, ctx, stem, "write a new part"), others, 3, 0, habits):
        scored[f"option: {label}"] = score(notes, d, sl, ctx, habits)
    totals = {k: v.total for k, v in scored.items()}
    best = max(v for k, v in totals.items() if k.startswith("option"))
    return {"original_valid": not scored["original"].violations,
            "original_above": {k: totals["original"] > totals[k] for k in CORRUPTIONS},
            "best_option_above": {k: best > totals[k] for k in CORRUPTIONS},
            "totals": totals, "original_violations": scored["original"].violations[:3]}


def _reason(violation: str) -> str:
    for words, name in (("register", "outside the register"), ("onsets in ", "over the onset ceiling"),
                        ("not allowed", "a held note outside the harmony"), ("window", "outside the window")):
        if words in violation:
            return name
    return violation[:40]


def table(rows: list[tuple], split: str) -> str:
    def share(xs):
        return f"{np.mean(xs):.2f}" if len(xs) else "—"

    orig = [r["original_valid"] and all(r["original_above"].values()) for _, r in rows]
    best = [all(r["best_option_above"].values()) for _, r in rows]
    groups = sorted({(w.kind, w.stem) for w, _ in rows})
    lines = [f"### gen_rank, {split} split ({len(rows)} windows of two bars)", "",
             "| | all | " + " | ".join(f"{s}, {k} (n={sum(1 for w, _ in rows if (w.kind, w.stem) == (k, s))})"
                                         for k, s in groups) + " |", "|---" * (len(groups) + 2) + "|"]

    def line(name, values):
        by = [share([v for (w, _), v in zip(rows, values) if (w.kind, w.stem) == g]) for g in groups]
        lines.append(f"| {name} | {share(values)} | " + " | ".join(by) + " |")

    line("original valid", [r["original_valid"] for _, r in rows])
    line("**original valid and above every corruption**", orig)
    line("**best option above every corruption**", best)
    for k in CORRUPTIONS:
        line(f"original above {k.replace('_', ' ')}", [r["original_above"][k] for _, r in rows])
    for k in CORRUPTIONS:
        line(f"best option above {k.replace('_', ' ')}", [r["best_option_above"][k] for _, r in rows])
    lines += ["", f"Property on every window (target 1.00): original {share(orig)}, best option {share(best)}"]
    reasons = Counter(_reason(v) for _, r in rows for v in r["original_violations"][:1])
    if reasons:
        lines.append("Originals rejected by a hard constraint, by their first violation: " +
                     ", ".join(f"{k} {n}" for k, n in reasons.most_common()))
    return "\n".join(lines)


def run(split: str = "test", limit: int | None = None, out: Path | None = OUT) -> list[tuple]:
    lib, ids, ws = selected(split, limit=limit)
    rows = []
    try:
        for w in ws:
            r = rank_window(lib, ids[w.piece], w.stem, w.start_s, w.end_s)
            if r is not None:
                rows.append((w, r))
    finally:
        lib.close()
    report = table(rows, split)
    print(report)
    fails = [(w.id, r["totals"]) for w, r in rows if not (r["original_valid"] and all(r["original_above"].values())
                                                         and all(r["best_option_above"].values()))]
    detail = "\n".join(f"- {i}: {t}" for i, t in fails)
    if out is not None and limit is None:
        out.mkdir(parents=True, exist_ok=True)
        (out / f"gen_rank_{split}.md").write_text(report + "\n\nWindows where the property fails:\n\n" + detail + "\n")
    return rows


def main(argv: list[str] | None = None) -> None:
    run(*split_args(__doc__, argv))


if __name__ == "__main__":
    main()
