"""Leave-one-out regeneration: remove a part from a test song, generate it again for 8-bar windows,
compare with the part the song had.

    python -m eval.leave_one_out          # bass and piano of the clean test songs of python -m eval

For every verse and chorus window: the slice without the part, `generate_part`'s directive and its
best-ranked option; against the removed original: onset F-measure (mir_eval, ±50 ms), the chord-tone
ratio on the strong beats (against the song's score chords), and register overlap with the other stems
(the H006 risk). Baseline beside it: the chord root on every beat, in the part's register.
"""

from __future__ import annotations

import argparse
import json

import mir_eval
import numpy as np

from analysis.vocabulary import PITCH_CLASS, chord_tones
from eval.frames import ingest, material, open_library
from generation.directive import REGISTER, build, grid_of, on_beat, period_of
from generation.generator import generate
from generation.scoring import score, with_part
from heuristics.rules import h006_register_overlap
from heuristics.slice import Window, load_context, load_slice


def onset_f(ref: list[float], est: list[float]) -> float:
    if not ref or not est:
        return 0.0
    return float(mir_eval.onset.f_measure(np.array(sorted(ref)), np.array(sorted(est)), window=0.05)[0])


def strong_chord_tone_ratio(notes: list[dict], beats: np.ndarray, chords: list) -> float:
    hits = total = 0
    for n in notes:
        if on_beat(n["time_s"], beats):
            label = next((c for a, b, c in chords if a <= n["time_s"] < b), None)
            if label:
                total += 1
                hits += int(n["pitch"] % 12 in chord_tones(label))
    return hits / total if total else float("nan")


def roots_baseline(d, chords: list, stem: str) -> list[dict]:
    lo, hi = REGISTER[stem]
    beats = grid_of(d)
    period = period_of(beats)
    out = []
    for b in beats:
        if d.start_s <= b < d.end_s - 0.05:
            label = next((c for a, e, c in chords if a <= b < e), None)
            if label:
                root = PITCH_CLASS[label.split(":")[0]]
                pitch = next(p for p in range(lo, hi + 1) if p % 12 == root)
                out.append(dict(time_s=float(b), duration_s=min(period * 0.9, d.end_s - b - 1e-3), pitch=pitch,
                                velocity=90))
    return out


def masking(sl, stem: str, notes: list[dict], ctx) -> float:
    r = h006_register_overlap(with_part(sl, stem, notes), ctx)
    return max((p.risk for p in r.evidence.pairs if stem in p.pair), default=0.0) if r.status == "ok" else 0.0


def run() -> dict:
    pieces = [p for p in material("test") if p[2] == "clean"]
    lib = open_library()
    rows = []
    try:
        ids = ingest(lib, pieces)
        for name, _, _, folder, _ in pieces:
            tid = ids[name]
            truth = json.loads((folder / "truth.json").read_text())
            ctx = load_context(lib.store, tid)
            stems = [r["stem"] for r in lib.store.stem_rows(tid)]
            for a, b, label in truth["sections"]:
                if label not in ("verse", "chorus"):
                    continue
                for stem in ("bass", "piano"):
                    bar = {"4/4": 4, "3/4": 3, "6/8": 2}[truth["meter"]] * 60.0 / truth["tempo_bpm"]
                    end = min(b, a + 8 * bar) - 0.05  # up to 8 bars
                    full = load_slice(lib.store, Window(tid, tuple(stems), a, end))
                    without = load_slice(lib.store, Window(tid, tuple(s for s in stems if s != stem), a, end))
                    original = [dict(time_s=n["time_s"], duration_s=n["duration_s"], pitch=n["pitch"], velocity=90)
                                for n in truth["notes"].get(stem, []) if a <= n["time_s"] < end]
                    if len(original) < 4:
                        continue
                    d = build(without, ctx, stem, "write a new part")
                    options = generate(d, without, 3, 0)
                    best = max(options, key=lambda o: score(o[1], d, without, ctx).total)[1]
                    base = roots_baseline(d, truth["chords"], stem)
                    beats = grid_of(d)
                    row = {"window": f"{name}:{label}@{a:.0f}", "stem": stem}
                    for key, notes in (("generated", best), ("roots baseline", base)):
                        row[key] = {"onset_f": onset_f([n["time_s"] for n in original], [n["time_s"] for n in notes]),
                                    "strong_chord_tones": strong_chord_tone_ratio(notes, beats, truth["chords"]),
                                    "masking": masking(full, stem, notes, ctx)}
                    row["original"] = {"strong_chord_tones": strong_chord_tone_ratio(original, beats, truth["chords"]),
                                       "masking": masking(full, stem, original, ctx)}
                    rows.append(row)
    finally:
        lib.close()
    lines = ["| stem | windows | onset F vs original | chord tones on strong beats | masking risk |",
             "|---|---|---|---|---|"]
    for stem in ("bass", "piano"):
        rs = [r for r in rows if r["stem"] == stem]
        if not rs:
            continue

        def m(kind, key):
            return float(np.nanmean([r[kind][key] for r in rs]))

        lines.append(f"| {stem} | {len(rs)} | {m('generated', 'onset_f'):.2f} (roots {m('roots baseline', 'onset_f'):.2f}) | "
                     f"{m('generated', 'strong_chord_tones'):.2f} (roots {m('roots baseline', 'strong_chord_tones'):.2f}, "
                     f"original {m('original', 'strong_chord_tones'):.2f}) | {m('generated', 'masking'):.2f} (roots "
                     f"{m('roots baseline', 'masking'):.2f}, original {m('original', 'masking'):.2f}) |")
    print("\n".join(lines))
    return {"rows": rows}


def main(argv: list[str] | None = None) -> None:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args(argv)
    run()


if __name__ == "__main__":
    main()
