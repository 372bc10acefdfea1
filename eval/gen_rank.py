"""Does the part scoring know good from bad? The track's own part against corrupted copies of it and the
generated options, on windows with a known original part.

    python -m eval.gen_rank                 # the test songs of eval.frames (bass, 8 bars) + the real bass

For each window: the original part (the stem's notes in the window), five corrupted copies — shifted
half a beat onto the offbeats, moved to non-chord tones on the strong beats, two octaves up, a random
rhythm with the same pitches, transposed a tritone — and three generated options, all scored by
``generation.scoring.score`` (the same scoring ``generate_part`` ranks with and ``evaluate_part`` uses).
Reported: whether the original is valid and ranks in the top two, and whether every corruption ranks
below the best generated option.
"""

from __future__ import annotations

import argparse

import numpy as np

from analysis.library import Library
from eval.frames import ingest, material, open_library
from generation.directive import build, chord_at, grid_of, on_beat, period_of
from generation.generator import generate
from generation.scoring import score
from heuristics.slice import Window, load_context, load_slice

CORRUPTIONS = ("offbeats", "non_chord_tones", "two_octaves_up", "random_rhythm", "tritone")


def part_notes(sl, stem: str) -> list[dict]:
    n = sl.stems[stem].notes
    end = sl.window.end_s
    return [dict(time_s=float(t), duration_s=float(min(d, end - t - 1e-3)), pitch=int(p), velocity=int(v))
            for t, d, p, v in zip(n.time_s, n.duration_s, n.pitch, n.velocity) if sl.window.start_s <= t < end - 0.01]


def corrupt(kind: str, notes: list[dict], d, seed: int = 0) -> list[dict]:
    beats = grid_of(d)
    period = period_of(beats)
    out = [dict(n) for n in notes]
    if kind == "offbeats":
        for n in out:
            n["time_s"] += period / 2
            n["duration_s"] = min(n["duration_s"], period / 2)
        out = [n for n in out if n["time_s"] + n["duration_s"] < d.end_s]
    elif kind == "non_chord_tones":
        for n in out:
            if on_beat(n["time_s"], beats):
                chord = chord_at(d, n["time_s"])
                tones = set(chord.chord_tones) if chord else set()
                candidates = [p for p in range(n["pitch"] - 2, n["pitch"] + 3)
                              if p % 12 in d.constraints.scale_pitch_classes and p % 12 not in tones]
                if candidates:
                    n["pitch"] = min(candidates, key=lambda p: abs(p - n["pitch"]))
    elif kind == "two_octaves_up":
        for n in out:
            n["pitch"] += 24
    elif kind == "random_rhythm":
        rng = np.random.default_rng(seed)
        times = np.sort(rng.uniform(d.start_s, d.end_s - period / 2, len(out)))
        for n, t in zip(out, times):
            n["time_s"] = float(t)
            n["duration_s"] = min(n["duration_s"], period / 2)
    elif kind == "tritone":
        for n in out:
            n["pitch"] += 6
    return out


def rank_window(lib: Library, tid: str, stem: str, start_s: float, end_s: float) -> dict | None:
    stems = [r["stem"] for r in lib.store.stem_rows(tid)]
    sl = load_slice(lib.store, Window(tid, tuple(stems), start_s, end_s))
    ctx = load_context(lib.store, tid)
    original = part_notes(sl, stem)
    if len(original) < 4:
        return None
    d = build(sl, ctx, stem, "evaluate the given notes")
    scored = {"original": score(original, d, sl, ctx)}
    for kind in CORRUPTIONS:
        scored[kind] = score(corrupt(kind, original, d), d, sl, ctx)
    for label, notes in generate(build(sl, ctx, stem, "write a new part"), sl, 3, 0):
        scored[f"generated: {label}"] = score(notes, d, sl, ctx)
    order = sorted(scored, key=lambda k: -scored[k].total)
    best_generated = max(v.total for k, v in scored.items() if k.startswith("generated"))
    return {"original_valid": not scored["original"].violations, "original_rank": order.index("original") + 1,
            "corruptions_below_best_generated": all(scored[k].total < best_generated for k in CORRUPTIONS),
            "totals": {k: round(v.total, 3) for k, v in scored.items()},
            "original_violations": scored["original"].violations[:3]}


def windows(lib: Library, ids: dict[str, str]) -> list[tuple[str, str, str, float, float]]:
    """Bass windows of 8 bars in every verse and chorus of the clean test songs, and the real bass."""
    out = []
    for name, tid in ids.items():
        if name.startswith("fw_test") and not name.endswith("degraded"):
            ctx = load_context(lib.store, tid)
            beats = [b["time_s"] for b in lib.store.beat_rows(tid)]
            period = period_of(beats)
            bar = period * (ctx.beats_per_bar or 4)
            for a, b, label in ctx.sections:
                if b - a >= 4 * bar:
                    end = min(b, a + 8 * bar)
                    out.append((f"{name}:{label}@{a:.0f}", tid, "bass", a, end - 0.05))
        if name == "musicdelta_rock":
            out.append((name, tid, "bass", 0.5, 12.5))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args(argv)
    pieces = [p for p in material("test") if p[2] in ("clean", "real")]
    lib = open_library()
    rows = []
    try:
        ids = ingest(lib, pieces)
        for label, tid, stem, a, b in windows(lib, ids):
            r = rank_window(lib, tid, stem, a, b)
            if r is not None:
                rows.append((label, r))
    finally:
        lib.close()
    print("| window | original valid | original rank | corruptions below best generated | scores |\n|---|---|---|---|---|")
    for label, r in rows:
        print(f"| {label} | {r['original_valid']} | {r['original_rank']} | {r['corruptions_below_best_generated']} | "
              f"{r['totals']} {r['original_violations'] or ''} |")
    ok_top2 = np.mean([r["original_valid"] and r["original_rank"] <= 2 for _, r in rows])
    ok_corrupt = np.mean([r["corruptions_below_best_generated"] for _, r in rows])
    print(f"\n{len(rows)} windows: original valid and in the top two {ok_top2:.2f}; every corruption below the best "
          f"generated option {ok_corrupt:.2f} (targets 1.00 and 1.00)")


if __name__ == "__main__":
    main()
