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
A corruption that leaves the part unchanged (non-chord tones on the strong beats of a part that plays
nothing on them, a skank) is not ranked against: it would be the original tying with itself (until
2026-12-02 it counted as a loss; the table keeps that reading beside).

Baselines (issue 25: a strong simple rule beside every figure):

- for "original above every corruption": a **rule of thumb** scores the original and its corruptions in
  place of ``score`` (:func:`rule_score`: the equal-weight mean of five shares a musician would check —
  notes in the key, notes that fall on a beat on a tone of the chord the other stems spell, onsets on the
  eighth-note grid, the part's median pitch near the stem's outside the window, its onsets a beat near
  the stem's outside the window; its own constants, ties count as not above, as for the method);
- for "best option above every corruption": **roots on every beat** (:func:`eval.leave_one_out.roots_baseline`,
  the chord root in the stem's register) scored by ``score`` in place of the best option: a trivial
  generator the options must beat.

Shares carry a 95 % bootstrap interval over pieces (``eval.metrics.bootstrap_ci``; the test split has five
bands, so the intervals are wide). Rows are kept in ``eval/out/gen_rank_<split>.json``;
``--report-only`` tabulates them again; ``--bands g3_`` keeps the pieces whose name starts so (the third
split, read once as test, dev since 3e4b2de).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np

from analysis.core.types import articulation_gap_s
from eval.gen_material import played_notes, selected
from eval.leave_one_out import bench_args, roots_baseline
from eval.metrics import bootstrap_ci
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
    """One corruption of ``notes`` (a fixed list, :data:`CORRUPTIONS`), kept inside the window. Rhythm and
    density act on strokes: a strum (its strings a few ms apart), a flam or a chord a transcription splits
    is one onset, as the scoring and the generator count it (until 2026-12-02 every string of a strum was
    an onset: "density halved" thinned the voicing and kept the rhythm)."""
    beats = grid_of(d)
    period = period_of(beats)
    groups = strokes(notes, articulation_gap_s(period, d.constraints.beat_ceiling))
    out = [dict(n) for n in notes]
    if kind == "offbeat_shift":
        out = [dict(n, time_s=n["time_s"] + period / 2, duration_s=min(n["duration_s"], period / 2)) for n in out]
    elif kind == "random_rhythm":
        times = np.sort(np.random.default_rng(seed).uniform(d.start_s, d.end_s - period / 4, len(groups)))
        out = [dict(n, time_s=float(t) + n["time_s"] - t0, duration_s=min(n["duration_s"], period / 4))
               for t, (t0, ns) in zip(times, groups) for n in ns]
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
                out.append(dict(n, time_s=n["time_s"] + half, duration_s=half * 0.9))
    return [dict(n, duration_s=min(n["duration_s"], d.end_s - n["time_s"])) for n in out
            if d.start_s <= n["time_s"] < d.end_s - 1e-3]


def strokes(notes: list, gap_s: float) -> list[tuple[float, list]]:
    """Notes grouped by stroke, in time order: a note within ``gap_s`` of a stroke's first onset belongs
    to it (:func:`generation.habits.articulations`' rule)."""
    out: list[tuple[float, list]] = []
    for n in sorted(notes, key=lambda n: n["time_s"]):
        if out and n["time_s"] - out[-1][0] < gap_s:
            out[-1][1].append(n)
        else:
            out.append((float(n["time_s"]), [n]))
    return out


RULE_ON_GRID_S = 0.05  # the rule of thumb's own tolerance for "on the beat" / "on the eighth grid"
RULE_REGISTER_SPAN = 12.0  # semitones from the stem's usual median pitch at which the register share is 0


def rule_score(notes: list[dict], d, habits) -> float:
    """The rule of thumb (a baseline scorer, not the method): the mean of five shares in [0, 1] — notes in
    the key; notes that fall on a beat on a tone of the chord there (of all notes); onsets on the eighth-note grid; closeness
    of the median pitch to the stem's median outside the window (0 at an octave); closeness of the
    onsets a beat to the stem's outside the window (0 at a difference as large as its own rate)."""
    if not notes:
        return 0.0
    beats = grid_of(d)
    period = period_of(beats)
    eighths = np.sort(np.concatenate([beats, beats + period / 2]))
    scale = set(d.constraints.scale_pitch_classes or range(12))
    key = np.mean([n["pitch"] % 12 in scale for n in notes])
    chord = np.mean([len(beats) > 0 and np.min(np.abs(beats - n["time_s"])) < RULE_ON_GRID_S
                     and n["pitch"] % 12 in ((c.chord_tones or scale) if (c := chord_at(d, n["time_s"])) else scale)
                     for n in notes])
    onsets = [t for t, _ in onset_groups(notes)]
    grid = np.mean([np.min(np.abs(eighths - t)) < RULE_ON_GRID_S for t in onsets])
    register = density = 1.0
    if habits is not None and habits.n_notes:
        register = 1 - min(1.0, abs(float(np.median([n["pitch"] for n in notes])) - habits.register_median)
                           / RULE_REGISTER_SPAN)
        n_beats = max((d.end_s - d.start_s) / period, 1.0)
        usual = max(habits.onsets_per_beat, 1e-3)
        density = 1 - min(1.0, abs(len(onsets) / n_beats - usual) / usual)
    return float(np.mean([key, chord, grid, register, density]))


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
    corrupted = {kind: corrupt(kind, original, d) for kind in CORRUPTIONS}
    # a corruption that leaves the part as it is (non-chord tones on the strong beats of a part that plays
    # nothing on them: a skank) is no corruption: it is not ranked against (a tie with itself)
    unchanged = {kind for kind, notes in corrupted.items() if same_notes(notes, original)}
    for kind in CORRUPTIONS:
        scored[kind] = score(corrupted[kind], d, sl, ctx, habits)
    for label, notes in generate(build(others, ctx, stem, "write a new part"), others, 3, 0, habits):
        scored[f"option: {label}"] = score(notes, d, sl, ctx, habits)
    totals = {k: v.total for k, v in scored.items()}
    best = max(v for k, v in totals.items() if k.startswith("option"))
    rule = {"original": rule_score(original, d, habits)}
    rule |= {kind: rule_score(corrupted[kind], d, habits) for kind in CORRUPTIONS}
    centre = habits.register_median if habits is not None else float(np.mean(d.constraints.register_range))
    roots = score(roots_baseline(d, centre), d, sl, ctx, habits).total
    def above(mine: float, theirs: dict) -> dict:
        return {k: None if k in unchanged else mine > theirs[k] for k in CORRUPTIONS}

    return {"original_valid": not scored["original"].violations,
            "original_above": above(totals["original"], totals), "best_option_above": above(best, totals),
            "rule_original_above": above(rule["original"], rule), "roots_above": above(roots, totals),
            "unchanged": sorted(unchanged), "totals": totals, "rule": rule, "roots_total": roots,
            "original_violations": scored["original"].violations[:3]}


def same_notes(a: list, b: list) -> bool:
    """Whether two parts are the same notes (onset and duration to the ms, pitch)."""
    def key(notes):
        return sorted((round(n["time_s"], 3), int(n["pitch"]), round(n["duration_s"], 3)) for n in notes)
    return key(a) == key(b)


def holds(above: dict, unchanged_loses: bool = False) -> bool:
    """The property on one window's comparisons (corruption -> above it, None where the corruption left the
    part unchanged): above every corruption that changed the part. With ``unchanged_loses`` as it was
    measured until 2026-12-02: an unchanged copy ties, so it counts as not above."""
    return all(bool(v) if v is not None else not unchanged_loses for v in above.values())


def _reason(violation: str) -> str:
    for words, name in (("register", "outside the register"), ("onsets in ", "over the onset ceiling"),
                        ("not allowed", "a held note outside the harmony"), ("window", "outside the window")):
        if words in violation:
            return name
    return violation[:40]


def interval(rows: list[tuple], values: list) -> str:
    """The share of ``values`` (one per row) with its 95 % bootstrap interval over the rows' pieces."""
    if not values:
        return "—"
    pairs = [(w.piece, bool(v)) for (w, _), v in zip(rows, values)]
    lo, hi = bootstrap_ci(pairs, lambda ps: float(np.mean([v for _, v in ps])), lambda p: p[0])
    return f"{np.mean(values):.2f}" + (" (one piece)" if lo != lo else f" [{lo:.2f}, {hi:.2f}]")


def table(rows: list[tuple], split: str) -> str:
    def share(xs):
        return f"{np.mean(xs):.2f}" if len(xs) else "—"

    orig = [r["original_valid"] and holds(r["original_above"]) for _, r in rows]
    best = [holds(r["best_option_above"]) for _, r in rows]
    rule = [holds(r["rule_original_above"]) for _, r in rows]
    roots = [holds(r["roots_above"]) for _, r in rows]
    orig_before = [r["original_valid"] and holds(r["original_above"], True) for _, r in rows]
    best_before = [holds(r["best_option_above"], True) for _, r in rows]
    groups = sorted({(w.kind, w.stem) for w, _ in rows})
    lines = [f"### gen_rank, {split} split ({len(rows)} windows of two bars)", "",
             "| | all | " + " | ".join(f"{s}, {k} (n={sum(1 for w, _ in rows if (w.kind, w.stem) == (k, s))})"
                                         for k, s in groups) + " |", "|---" * (len(groups) + 2) + "|"]

    def line(name, values):  # one value a row; None (a corruption that left the part unchanged) is not counted
        by = [share([v for (w, _), v in zip(rows, values) if (w.kind, w.stem) == g and v is not None]) for g in groups]
        lines.append(f"| {name} | {share([v for v in values if v is not None])} | " + " | ".join(by) + " |")

    line("original valid", [r["original_valid"] for _, r in rows])
    line("**original valid and above every corruption**", orig)
    line("baseline: the rule of thumb ranks the original above every corruption", rule)
    line("**best option above every corruption**", best)
    line("baseline: roots on every beat above every corruption", roots)
    for k in CORRUPTIONS:
        line(f"original above {k.replace('_', ' ')}", [r["original_above"][k] for _, r in rows])
    for k in CORRUPTIONS:
        line(f"rule of thumb: original above {k.replace('_', ' ')}", [r["rule_original_above"][k] for _, r in rows])
    for k in CORRUPTIONS:
        line(f"best option above {k.replace('_', ' ')}", [r["best_option_above"][k] for _, r in rows])
    for k in CORRUPTIONS:
        line(f"roots on every beat above {k.replace('_', ' ')}", [r["roots_above"][k] for _, r in rows])
    line("corruptions that left the part unchanged (not ranked), per window", [len(r.get("unchanged", ())) for _, r in rows])
    line("original valid and above every corruption, an unchanged copy counted a loss (as until 2026-12-02)",
         orig_before)
    line("best option above every corruption, an unchanged copy counted a loss (as until 2026-12-02)", best_before)
    n_pieces = len({w.piece for w, _ in rows})
    lines += ["", f"Property on every window (target 1.00), with 95 % bootstrap intervals over pieces ({n_pieces}): "
              f"original {interval(rows, orig)} (rule of thumb {interval(rows, rule)}), "
              f"best option {interval(rows, best)} (roots on every beat {interval(rows, roots)}); an unchanged copy "
              f"counted a loss, as until 2026-12-02: original {share(orig_before)}, best option {share(best_before)}"]
    reasons = Counter(_reason(v) for _, r in rows for v in r["original_violations"][:1])
    if reasons:
        lines.append("Originals rejected by a hard constraint, by their first violation: " +
                     ", ".join(f"{k} {n}" for k, n in reasons.most_common()))
    return "\n".join(lines)


def run(split: str = "test", limit: int | None = None, out: Path | None = OUT, bands: str = "") -> list[tuple]:
    lib, ids, ws = selected(split, limit=limit)
    ws = [w for w in ws if w.piece.startswith(bands)]
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
    fails = [(w.id, r["totals"]) for w, r in rows if not (r["original_valid"] and holds(r["original_above"])
                                                         and holds(r["best_option_above"]))]
    detail = "\n".join(f"- {i}: {t}" for i, t in fails)
    if out is not None and limit is None:
        out.mkdir(parents=True, exist_ok=True)
        name = f"gen_rank_{split}" + (f"_{bands}" if bands else "")
        (out / f"{name}.md").write_text(report + "\n\nWindows where the property fails:\n\n" + detail + "\n")
        (out / f"{name}.json").write_text(json.dumps([dict(r, window=w.id, piece=w.piece, kind=w.kind,
                                                                      stem=w.stem) for w, r in rows], indent=1))
    return rows


class _Stored:
    """A window as stored in gen_rank_<split>.json (the fields table() reads)."""

    def __init__(self, row: dict):
        self.id, self.piece, self.kind, self.stem = row["window"], row["piece"], row["kind"], row["stem"]


def report_only(split: str, out: Path = OUT, bands: str = "") -> str:
    """The table again from the rows a full run stored (nothing generated or scored again)."""
    stored = json.loads((out / (f"gen_rank_{split}" + (f"_{bands}" if bands else "") + ".json")).read_text())
    report = table([(_Stored(r), r) for r in stored], split)
    print(report)
    return report


def main(argv: list[str] | None = None) -> None:
    split, limit, bands, report = bench_args(__doc__, argv)
    if report:
        report_only(split, bands=bands)
    else:
        run(split, limit, bands=bands)


if __name__ == "__main__":
    main()
