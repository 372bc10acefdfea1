"""Why a corruption outranks the player: the score's terms of the original, its corruptions and the
options on each window of a split, and which term decides each lost comparison.

    python -m eval.gen_diagnose --split dev              # eval/out/gen_diagnose_dev.{md,json}
    python -m eval.gen_diagnose --split dev --bands g3_  # only the pieces whose name starts so
    python -m eval.gen_diagnose --report-only --split dev

A diagnosis tool for dev material (it reads the terms a figure is made of; run it on a test split only
after its figure is read). For each comparison the original (or the best option) loses to a
corruption, the weighted difference of each term (original minus corruption, in the total's units)
is listed; the term with the most negative difference is the one that decides it. For the synthetic
bands (:func:`eval.frame_test_songs.write_band`, whose score is the truth) it also reads the harmony the
directive holds the part to against the written chords: the share of beats whose chord root is the
written one (the chord reading the scorer's key fit rests on).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from eval.gen_material import (_DEV3_PLAN, _DEV4_PLAN, _DEV5_PLAN, _DEV6_PLAN, _DEV7_PLAN, _DEV8_PLAN, _DEV_PLAN,
                               played_notes,
                               selected)
from eval.gen_rank import CORRUPTIONS, corrupt
from eval.leave_one_out import measure
from analysis.core.types import Window
from generation.directive import build, chord_at, grid_of
from generation.generator import generate
from generation.habits import KICK, habits_of, window_contexts
from generation.scoring import chord_root, score
from heuristics.slice import load_context, load_slice

OUT = Path(__file__).resolve().parent / "out"
TERMS = ("key_fit", "consonance", "rhythm_fit", "register_fit", "voice_leading", "masking", "density_fit",
         "lock_fit", "texture_fit")


def _weighted(b, habits_known: bool, lock_target: float | None, two_sided: bool = False) -> dict:
    """The score's terms as they enter the total (weight / sum of weights), from a ScoreBreakdown."""
    terms = {"key_fit": (b.key_fit, 2.0), "consonance": (b.consonance, 1.0), "rhythm_fit": (b.rhythm_fit, 2.0),
             "register_fit": (b.register_fit, 1.0), "voice_leading": (b.voice_leading, 1.0),
             "masking": (1.0 - b.masking, 0.0 if habits_known else 1.0), "density_fit": (b.density_fit, 1.0)}
    if hasattr(b, "texture_fit"):
        terms["texture_fit"] = (b.texture_fit, 1.0)
    if b.rhythmic_lock is not None:  # as generation.scoring reads it (two-sided since kit_lock)
        if lock_target is not None and two_sided:
            fit = 1.0 - abs(b.rhythmic_lock - lock_target)
        else:
            fit = min(1.0, b.rhythmic_lock / lock_target) if lock_target and lock_target > 0.05 else 1.0
        terms["lock_fit"] = (fit, 1.0)
    total_w = sum(w for _, w in terms.values())
    return {k: v * w / total_w for k, (v, w) in terms.items()}


def _truth_chords(piece: str):
    """The written chords (start, end, root pitch class) of a synthetic band, or None."""
    from eval.frame_test_songs import Band, _blocks, write_band
    from analysis.core.vocabulary import PITCH_CLASS

    for name, per_bar, bpm, pulses, tonic, minor, programs, shape, a, b, seed in _DEV_PLAN + _DEV3_PLAN + _DEV4_PLAN + _DEV5_PLAN + _DEV6_PLAN + _DEV7_PLAN + _DEV8_PLAN:
        if name == piece:
            band = Band(name, per_bar, bpm, pulses, tonic=tonic, minor=minor,
                        programs=dict(zip(("drums", "bass", "chords", "lead"), programs)), blocks=_blocks(shape, a, b))
            _, truth = write_band(band, seed)
            return [(s, e, PITCH_CLASS[lab.split(":")[0]], lab) for s, e, lab in truth["chords"]]
    return None


def diagnose_window(lib, tid: str, w, truth) -> dict | None:
    stems = tuple(r["stem"] for r in lib.store.stem_rows(tid))
    sl = load_slice(lib.store, Window(tid, stems, w.start_s, w.end_s))
    others = load_slice(lib.store, Window(tid, tuple(s for s in stems if s != w.stem), w.start_s, w.end_s))
    ctx = load_context(lib.store, tid)
    habits = habits_of(lib.store, tid, w.stem, w.start_s, w.end_s)
    original = played_notes(lib, tid, w.stem, w.start_s, w.end_s)
    if len(original) < 4:
        return None
    d = build(sl, ctx, w.stem, "evaluate the given notes")
    parts = {"original": original}
    for kind in CORRUPTIONS:
        parts[kind] = corrupt(kind, original, d)
    d_new = build(others, ctx, w.stem, "write a new part")
    for label, notes in generate(d_new, others, 3, 0, habits):
        parts[f"option: {label}"] = notes
    near = habits.near([c for _, c, _ in window_contexts(sl, w.stem)]) if habits is not None else None
    two_sided = hasattr(near, "kit_lock") and near.kit_lock is not None
    lock_target = getattr(near, "kit_lock", getattr(near, "kick_lock", None))
    lock_target = lock_target if lock_target is not None else (0.6 if w.stem == "bass" else 0.0)
    kick = [t for t, p in zip(sl.stems["drums"].notes.time_s, sl.stems["drums"].notes.pitch) if p in KICK] \
        if "drums" in sl.stems else []
    beats = [float(b) for b in grid_of(d_new) if w.start_s <= b < w.end_s]
    rows = {}
    for name, notes in parts.items():
        b = score(notes, d, sl, ctx, habits)
        rows[name] = {"total": b.total, "violations": b.violations[:2], "raw": b.model_dump(exclude={"violations"}),
                      "weighted": _weighted(b, habits is not None, lock_target, two_sided)}
        if name.startswith("option"):  # what leave-one-out measures of each option (it ranks with d_new)
            rows[name]["loo"] = measure(original, notes, beats, kick)
            rows[name]["loo_total"] = score(notes, d_new, others, ctx, habits).total
    out = {"id": w.id, "piece": w.piece, "stem": w.stem, "kind": w.kind, "rows": rows,
           "key": d.constraints.key, "chords": [(c.start_s, c.end_s, c.chord, round(c.confidence, 2))
                                                for c in d.constraints.chords]}
    if truth is not None:  # the directive's chord on each beat against the written one
        beats = [b for b in grid_of(d) if w.start_s <= b < w.end_s]
        hits = []
        for bt in beats:
            written = next((r for s, e, r, _ in truth if s - 0.03 <= bt < e - 0.03), None)
            read = chord_at(d, float(bt) + 0.03)
            if written is None:
                continue
            hits.append(read is not None and chord_root(read.chord) == written)
        out["chord_root_right"] = float(np.mean(hits)) if hits else None
        out["written"] = sorted({lab for s, e, _, lab in truth if s < w.end_s and e > w.start_s})
    return out


def report(results: list[dict], split: str) -> str:
    lines = [f"### gen_diagnose, {split} ({len(results)} windows)", ""]
    for who in ("original", "best option"):
        lines += [f"#### {who} at or below a corruption: the deciding term (most negative weighted difference)", "",
                  "| corruption | lost (bass / guitar) | deciding term: count | mean weighted difference per term over the lost |",
                  "|---|---|---|---|"]
        for kind in CORRUPTIONS:
            lost, decide, diffs, by_stem = [], Counter(), defaultdict(list), Counter()
            for r in results:
                rows = r["rows"]
                if who == "original":
                    if rows["original"]["violations"]:
                        continue
                    me = rows["original"]
                else:
                    opts = [v for k, v in rows.items() if k.startswith("option")]
                    me = max(opts, key=lambda v: v["total"])
                    if not me["total"]:
                        continue
                c = rows[kind]
                if me["total"] > c["total"]:
                    continue
                lost.append(r["id"])
                by_stem[r["stem"]] += 1
                if c["violations"]:
                    continue
                delta = {t: me["weighted"].get(t, 0.0) - c["weighted"].get(t, 0.0) for t in TERMS}
                for t, v in delta.items():
                    diffs[t].append(v)
                decide[min(delta, key=delta.get)] += 1
            mean = ", ".join(f"{t} {np.mean(v):+.3f}" for t, v in diffs.items() if abs(np.mean(v)) >= 0.005)
            lines.append(f"| {kind} | {len(lost)} ({by_stem['bass']} / {by_stem['guitar']}) | " +
                         ", ".join(f"{t} {n}" for t, n in decide.most_common()) + f" | {mean} |")
        lines.append("")
    lines += ["#### Leave-one-out's measures of the options (ranked as leave-one-out ranks them)", "",
              "| stem | windows | chosen onset F / pc | best option onset F / pc (oracle) | by option: pc (chosen how often) |",
              "|---|---|---|---|---|"]
    for stem in ("bass", "guitar"):
        rs = [r for r in results if r["stem"] == stem]
        if not rs:
            continue
        chosen, oracle, by = [], [], defaultdict(list)
        for r in rs:
            opts = {k: v for k, v in r["rows"].items() if k.startswith("option")}
            pick = max(opts, key=lambda k: opts[k]["loo_total"])
            chosen.append((opts[pick]["loo"]["onset_f"], opts[pick]["loo"]["strong_pc"]))
            oracle.append((max(v["loo"]["onset_f"] for v in opts.values()),
                           np.nanmax([v["loo"]["strong_pc"] for v in opts.values()] + [np.nan])))
            for k, v in opts.items():
                by[k.split(": ", 1)[1]].append((v["loo"]["strong_pc"], k == pick))
        c, o = np.nanmean(np.array(chosen, dtype=float), axis=0), np.nanmean(np.array(oracle, dtype=float), axis=0)
        lines.append(f"| {stem} | {len(rs)} | {c[0]:.2f} / {c[1]:.2f} | {o[0]:.2f} / {o[1]:.2f} | " +
                     "; ".join(f"{k[:30]} {np.nanmean([x for x, _ in v]):.2f} ({sum(p for _, p in v)})"
                               for k, v in sorted(by.items())) + " |")
    lines.append("")
    invalid = Counter(r["rows"]["original"]["violations"][0][:60] for r in results if r["rows"]["original"]["violations"])
    lines.append(f"Originals rejected: {sum(invalid.values())}")
    known = [r for r in results if r.get("chord_root_right") is not None]
    if known:
        lines += ["", "Chord root read from the other stems, right on the window's beats (synthetic bands):", ""]
        for piece in sorted({r["piece"] for r in known}):
            for stem in ("bass", "guitar"):
                v = [r["chord_root_right"] for r in known if r["piece"] == piece and r["stem"] == stem]
                if v:
                    lines.append(f"- {piece}, without the {stem}: {np.mean(v):.2f} ({len(v)} windows)")
        lines.append(f"- all: {np.mean([r['chord_root_right'] for r in known]):.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("test", "dev", "calibration", "all"), default="dev")
    parser.add_argument("--bands", default="", help="only pieces whose name starts with this")
    parser.add_argument("--report-only", action="store_true")
    args = parser.parse_args(argv)
    tag = f"{args.split}{'_' + args.bands.rstrip('_') if args.bands else ''}"
    path = OUT / f"gen_diagnose_{tag}.json"
    if args.report_only:
        results = json.loads(path.read_text())
    else:
        lib, ids, ws = selected(args.split)
        ws = [w for w in ws if w.piece.startswith(args.bands)]
        results, truths = [], {}
        try:
            for w in ws:
                if w.piece not in truths:
                    truths[w.piece] = _truth_chords(w.piece)
                r = diagnose_window(lib, ids[w.piece], w, truths[w.piece])
                if r is not None:
                    results.append(r)
        finally:
            lib.close()
        OUT.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(results))
    text = report(results, tag)
    (OUT / f"gen_diagnose_{tag}.md").write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
