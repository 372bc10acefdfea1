"""Leave one part out, generate it, compare with what the player played.

    python -m eval.leave_one_out                      # test split: table + eval/out/leave_one_out.{md,json}
    python -m eval.leave_one_out --split calibration  # the windows anything may be tuned on
    python -m eval.leave_one_out --limit 20           # a quick look (every n-th window; not a figure)

Material (:mod:`eval.gen_material`): two-bar windows of the bass and the guitar of five synthetic songs
written for this benchmark (4/4, 3/4, 6/8) and of the real MusicDelta multitracks in ``../shared/real``
(rock, beatles, country1, punk, shadows), split once by a hash of the window id (one in four is
calibration). For each window the stem is removed: the directive is built from the other stems, the
stem's habits are read from the track outside the window, three options are generated and the
best-ranked one (``generation.scoring.score``) is compared with the part the player played there (a
synthetic song's MIDI; a real stem's transcription, the only note reading a real bass has):

- onset F: ``mir_eval.onset.f_measure``, ±50 ms;
- strong-beat pitch-class agreement: on every beat where the player sounds a note, whether the lowest
  note sounding there has the player's lowest pitch class;
- lock with the kick: onset F of the part against the kick's onsets (the player's own beside it).

Baselines, from the same inputs: the chord root on every beat (the harmony the other stems spell); the
same stem copied from the two bars before (the two after, for a track's first bars), moved beat by beat
onto the window; and the same stem copied from another section of the track (the analysis' sections:
one with the same label first, from the same beat of it). The target is judged against the first two
(the copy from two bars away is the stricter copy: within a section it is often the player's rhythm). Means with
95 % bootstrap intervals over pieces (``eval.metrics.bootstrap_ci``, 2000 resamples, seed 0: the windows of one
song are not independent; the test split has five songs), and for the headline margins over windows beside them
(as before); the target is the generated part beating both baselines by >= 0.1 on onset F and on pitch-class
agreement.

    python -m eval.leave_one_out --report-only   # the table again from the stored rows (eval/out/...json)
    python -m eval.leave_one_out --split dev --bands g3_   # only the third split's bands (dev since the fourth)
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from analysis.core.vocabulary import PITCH_CLASS
from eval.gen_material import case, selected, split_args
from eval.metrics import bootstrap_ci, onset_f
from generation.directive import build, chord_at, grid_of, period_of
from generation.generator import generate
from generation.scoring import score

OUT = Path(__file__).resolve().parent / "out"
METRICS = ("onset_f", "strong_pc", "kick_lock")
SYSTEMS = ("generated", "roots", "copy", "section")
TARGET_MARGIN = 0.1


def sounding_pc(notes: list[dict], t: float, tolerance_s: float = 0.05) -> int | None:
    """The pitch class of the lowest note sounding at ``t`` (started by ``t`` + tolerance, not yet over)."""
    on = [n["pitch"] for n in notes if n["time_s"] <= t + tolerance_s and n["time_s"] + n["duration_s"] > t + tolerance_s]
    return min(on) % 12 if on else None


def strong_pc_agreement(played: list[dict], part: list[dict], beats) -> float:
    """On the beats where the player sounds a note: the share where the part's lowest pitch class is the
    player's (NaN where the player sounds on no beat)."""
    judged = [(pc, sounding_pc(part, float(b))) for b in beats if (pc := sounding_pc(played, float(b))) is not None]
    return float(np.mean([a == b for a, b in judged])) if judged else float("nan")


def roots_baseline(d, register_centre: float) -> list[dict]:
    """The chord root (else the key's tonic) on every beat, in the octave nearest the stem's register."""
    beats = grid_of(d)
    period = period_of(beats)
    tonic = PITCH_CLASS.get((d.constraints.key or "C").split()[0], 0)
    out = []
    for b in beats:
        if not d.start_s <= b < d.end_s - 1e-3:
            continue
        chord = chord_at(d, float(b))
        root = PITCH_CLASS.get(chord.chord.split(":")[0], tonic) if chord else tonic
        pitch = min(range(24, 100), key=lambda p: (p % 12 != root, abs(p - register_centre)))
        out.append(dict(time_s=float(b), duration_s=min(period * 0.9, d.end_s - b), pitch=pitch, velocity=90))
    return out


def copy_baseline(lib, tid: str, stem: str, start_s: float, end_s: float) -> list[dict]:
    """The stem's notes from the same number of beats before the window (after it, when the track has too
    few before), mapped beat by beat onto the window's beats."""
    beats = lib.store.grid(tid).beats_s
    first = int(np.searchsorted(beats, start_s - 1e-3))
    last = int(np.searchsorted(beats, end_s - 1e-3))
    n = last - first
    for shift in (-n, n):
        moved = _moved(lib, tid, stem, start_s, end_s, beats, shift)
        if moved is not None:
            return moved
    return []


def section_copy_baseline(lib, tid: str, stem: str, start_s: float, end_s: float, sections) -> list[dict] | None:
    """The stem copied from another section of the track (one with the window's section's label first,
    then the nearest), from the same beat of that section, mapped beat by beat (None: the track has one
    section, or no other section has the stem there)."""
    beats = lib.store.grid(tid).beats_s
    mid = (start_s + end_s) / 2
    here = next((i for i, (a, b, _) in enumerate(sections) if a <= mid < b), None)
    if here is None:
        return None
    a0, _, label = sections[here]
    first = int(np.searchsorted(beats, start_s - 1e-3))
    offset = first - int(np.searchsorted(beats, a0 - 1e-3))
    others = sorted((i for i in range(len(sections)) if i != here),
                    key=lambda i: (sections[i][2] != label, abs(sections[i][0] - a0)))
    for i in others:
        moved = _moved(lib, tid, stem, start_s, end_s, beats,
                       int(np.searchsorted(beats, sections[i][0] - 1e-3)) + offset - first)
        if moved:
            return moved
    return None


def _moved(lib, tid: str, stem: str, start_s: float, end_s: float, beats: np.ndarray, shift: int) -> list[dict] | None:
    """The stem's notes ``shift`` beats from the window, moved beat by beat onto it (None: off the grid,
    or nothing there)."""
    first = int(np.searchsorted(beats, start_s - 1e-3))
    last = int(np.searchsorted(beats, end_s - 1e-3))
    if shift == 0 or not (0 <= first + shift and last + shift < len(beats)):
        return None
    there = lib.store.notes(tid, stem, beats[first + shift], beats[last + shift]).each()
    if not there:
        return None
    idx = np.arange(len(beats), dtype=float)
    out = []
    for n in there:
        t = float(np.interp(np.interp(n.time_s, beats, idx) - shift, idx, beats))
        if start_s <= t < end_s - 1e-3:
            out.append(dict(time_s=t, duration_s=min(n.duration_s, end_s - t), pitch=n.pitch, velocity=n.velocity))
    return out


def measure(played: list[dict], part: list[dict], beats, kick_s: list[float]) -> dict:
    onsets = [n["time_s"] for n in part]
    return {"onset_f": onset_f([n["time_s"] for n in played], onsets),
            "strong_pc": strong_pc_agreement(played, part, beats),
            "kick_lock": onset_f(kick_s, onsets) if kick_s else float("nan")}


def judge(lib, tid: str, w) -> dict:
    c = case(lib, tid, w)
    d = build(c.others, c.ctx, w.stem, "write a new part")
    options = generate(d, c.others, 3, 0, c.habits)
    ranked = sorted(options, key=lambda o: -score(o[1], d, c.others, c.ctx, c.habits).total)
    label, best = ranked[0]
    centre = c.habits.register_median if c.habits is not None else float(np.mean(d.constraints.register_range))
    beats = [b for b in grid_of(d) if w.start_s <= b < w.end_s]
    parts = {"generated": best, "roots": roots_baseline(d, centre),
             "copy": copy_baseline(lib, tid, w.stem, w.start_s, w.end_s),
             "section": section_copy_baseline(lib, tid, w.stem, w.start_s, w.end_s, c.ctx.sections)}
    row = {"id": w.id, "piece": w.piece, "kind": w.kind, "stem": w.stem, "split": w.split, "start_s": w.start_s,
           "end_s": w.end_s, "best_option": label}
    for name, notes in parts.items():
        row[name] = (measure(c.played, notes, beats, c.kick_s) if notes is not None else
                     dict.fromkeys(METRICS, float("nan")))  # a track of one section has no other to copy
    row["played"] = {"kick_lock": onset_f(c.kick_s, [n["time_s"] for n in c.played]) if c.kick_s else float("nan")}
    return row


def over_pieces(rows: list[dict], value) -> tuple[float, float, float]:
    """The mean of ``value(row)`` over the windows (NaN ones left out) and its 95 % bootstrap interval over
    pieces (a piece's windows resampled together; NaN interval with under two pieces)."""
    rs = [r for r in rows if value(r) == value(r)]
    if not rs:
        return float("nan"), float("nan"), float("nan")
    lo, hi = bootstrap_ci(rs, lambda xs: float(np.mean([value(x) for x in xs])), lambda r: r["piece"])
    return float(np.mean([value(r) for r in rs])), lo, hi


def bootstrap(values, n: int = 2000, seed: int = 0) -> tuple[float, float, float]:
    """Mean and its 95% interval (percentile bootstrap over windows)."""
    v = np.asarray([x for x in values if x == x], dtype=float)
    if not len(v):
        return float("nan"), float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    means = rng.choice(v, size=(n, len(v))).mean(axis=1)
    return float(v.mean()), float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def _ci(m: tuple[float, float, float]) -> str:
    if m[0] != m[0]:
        return "—"
    return f"{m[0]:.2f}" + (" (one piece)" if m[1] != m[1] else f" [{m[1]:.2f}, {m[2]:.2f}]")


def table(rows: list[dict], split: str) -> str:
    lines = [f"### Leave-one-out, {split} split ({len(rows)} windows of two bars, "
             f"{len({r['piece'] for r in rows})} pieces; 95 % intervals over pieces)", "",
             "| group | windows (pieces) | measure | generated | roots on every beat | copied from two bars away | copied from "
             "another section | generated − roots | generated − copy | generated − section copy | played |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    groups = [("all", rows)] + [(f"{s}, {k}", [r for r in rows if r["stem"] == s and r["kind"] == k])
                                for s in ("bass", "guitar") for k in ("real", "synthetic")]
    verdict = {}
    for name, rs in groups:
        if not rs:
            continue
        for m in METRICS:
            cells = [_ci(over_pieces(rs, lambda r, s=s: r[s][m])) for s in SYSTEMS]
            diffs = [over_pieces(rs, lambda r, b=b: r["generated"][m] - r[b][m]) for b in ("roots", "copy", "section")]
            played = _ci(over_pieces(rs, lambda r: r["played"][m])) if m == "kick_lock" else "1.00"
            lines.append(f"| {name} | {len(rs)} ({len({r['piece'] for r in rs})}) | {m} | " + " | ".join(cells) + " | " +
                         " | ".join(_ci(x) for x in diffs) + f" | {played} |")
            if name in ("all", "bass, real") and m in ("onset_f", "strong_pc"):
                for base, x in zip(("roots", "copy", "section"), diffs):
                    verdict[(name, m, base)] = x[0]
    lines.append("")
    for name in ("all", "bass, real"):
        for bases, what in ((("roots", "section"), "the issue's baselines (roots; another section)"),
                            (("roots", "copy"), "the roots and the stricter copy from two bars away")):
            margins = {(m, b): verdict.get((name, m, b), float("nan")) for m in ("onset_f", "strong_pc") for b in bases}
            met = all(v >= TARGET_MARGIN for v in margins.values())
            lines.append(f"- Target on {name} windows against {what}: {'met' if met else 'NOT met'} (mean margins: " +
                         ", ".join(f"{m} over {b} {v:+.2f}" for (m, b), v in margins.items()) + ")")
    lines += ["", "The headline margins with the interval over windows (as reported before) and over pieces:", ""]
    for m in ("onset_f", "strong_pc"):
        for b in ("roots", "copy", "section"):
            values = [r["generated"][m] - r[b][m] for r in rows]
            lines.append(f"- all, {m}, generated − {b}: over windows {_ci(bootstrap(values))}, over pieces "
                         f"{_ci(over_pieces(rows, lambda r, m=m, b=b: r['generated'][m] - r[b][m]))}")
    return "\n".join(lines)


def run(split: str = "test", limit: int | None = None, out: Path | None = OUT, bands: str = "") -> list[dict]:
    lib, ids, ws = selected(split, limit=limit)
    ws = [w for w in ws if w.piece.startswith(bands)]
    try:
        rows = [judge(lib, ids[w.piece], w) for w in ws]
    finally:
        lib.close()
    report = table(rows, split)
    print(report)
    if out is not None and limit is None:
        out.mkdir(parents=True, exist_ok=True)
        (out / f"{_name(split, bands)}.md").write_text(report + "\n")
        (out / f"{_name(split, bands)}.json").write_text(json.dumps(rows, indent=1))
    return rows


def report_only(split: str, out: Path = OUT, bands: str = "") -> str:
    """The table again from the rows a full run stored (no generation: the same figure, re-tabulated)."""
    report = table(json.loads((out / f"{_name(split, bands)}.json").read_text()), split)
    print(report)
    (out / f"{_name(split, bands)}.md").write_text(report + "\n")
    return report


def bench_args(doc: str, argv: list[str] | None) -> tuple[str, int | None, str, bool]:
    """``split_args`` plus ``--bands PREFIX`` (only the pieces whose name starts so: ``g3_`` is the third
    split, read once as test, dev since the fourth was drawn) and ``--report-only`` (tabulate stored rows)."""
    import sys

    argv = list(sys.argv[1:] if argv is None else argv)
    bands, report = "", "--report-only" in argv
    if report:
        argv.remove("--report-only")
    if "--bands" in argv:
        i = argv.index("--bands")
        bands = argv[i + 1]
        del argv[i:i + 2]
    split, limit = split_args(doc, argv)
    return split, limit, bands, report


def _name(split: str, bands: str) -> str:
    return f"leave_one_out_{split}" + (f"_{bands}" if bands else "")


def main(argv: list[str] | None = None) -> None:
    split, limit, bands, report = bench_args(__doc__, argv)
    if report:
        report_only(split, bands=bands)
    else:
        run(split, limit, bands=bands)


if __name__ == "__main__":
    main()
