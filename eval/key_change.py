"""Key changes said where there are none: ``harmony.key_change`` over windows of songs written in one key.

    python -m eval.key_change

Material: the five frozen frames test songs (:mod:`eval.frame_test_songs`: other arrangements, programs and
soundfont than the calibration songs; 4/4, 12/8, 5/4, 2/4), each written by its generator in **one key**
(``Band.tonic``, ``Band.minor``: no section modulates), so every window's truth is "no key change". Windows of
8, 16 and 30 s every 4 s over every stem. The figure is the share of windows whose findings report a key change
(a false claim each). Baseline: the first rule of 9072d98 (two halves whose own keys read clearly on 12 notes or
more, with a correlation of 0.6 or more, in different key signatures), computed here from the same H010 halves
with this module's own constants. The rule's other half, that a planted modulation (C major to E major) is said,
is tests/test_answers.py's. Split: dev (the rule's bars were set on these windows, 2026-12-02).

    python -m eval.key_change --split test

Test (held out, 2026-12-04): the ten bands of generation's sixth and seventh splits (:mod:`eval.gen_material`:
``g6_`` and ``g7_``, drawn by seed, 6/8, 6/4, 7/4, 3/4, 4/4, 5/4, 12/8, in major and minor keys, on other
GM programs), each written in one key by :func:`eval.frame_test_songs.write_band` and loaded from its MIDI
file. None of them was ever read by this module or used to set the key-change rule; the rule is unchanged
since the dev reading. Read once.
"""

from __future__ import annotations

import argparse

import numpy as np

from eval.client_check import HOME, _folder
from eval.material import CACHE
from eval.metrics import bootstrap_ci

SONGS = ("ft_ballad_csm76", "ft_drive_ab152", "ft_swing_g1208", "ft_ballad_eb54", "ft_drive_e24")
TEST_PREFIXES = ("g6_", "g7_")  # generation's sixth and seventh splits' bands: the held-out songs
LENGTHS_S, HOP_S = (8.0, 16.0, 30.0), 4.0
# the baseline's own constants (the rule as first written)
BASE_NOTES, BASE_CORRELATION = 12, 0.6
MAJOR_OF_MINOR = 3  # a minor key's signature is its relative major's, three semitones up
NAMES = {"C": 0, "C#": 1, "Db": 1, "D": 2, "D#": 3, "Eb": 3, "E": 4, "F": 5, "F#": 6, "Gb": 6, "G": 7, "G#": 8, "Ab": 8,
         "A": 9, "A#": 10, "Bb": 10, "B": 11, "Cb": 11}


def _signature(key: str) -> int:
    tonic, mode = key.split(" ")
    return (NAMES[tonic] + (MAJOR_OF_MINOR if mode == "minor" else 0)) % 12


def baseline_change(evidence) -> bool:
    keys, notes, corr = evidence.half_keys, evidence.half_notes, evidence.half_key_correlations
    if len(keys) != 2 or None in keys or min(notes or [0]) < BASE_NOTES or min(corr) < BASE_CORRELATION:
        return False
    return _signature(keys[0]) != _signature(keys[1])


def run(split: str = "dev") -> dict:
    from eval.truth import bench_library, load_all
    from frames.findings import build_findings
    from frames.routing import route
    from frames.select import select
    from heuristics.window import analyze_window

    if split == "test":
        from eval.gen_material import ingest, open_library, pieces

        lib = open_library()
        items = [it for it in pieces() if it[0].startswith(TEST_PREFIXES)]
    else:
        lib = bench_library(HOME, [CACHE.resolve()])
    try:
        ids = ingest(lib, items) if split == "test" else load_all(lib, [(s, _folder(s), f"client-{s}") for s in SONGS])
        rows = []
        for song, tid in ids.items():
            stems = [r["stem"] for r in lib.store.stem_rows(tid) if not r["empty"]]
            duration = float(lib.store.get_track_row(tid)["duration_s"])
            for length in LENGTHS_S:
                for start in np.arange(0.0, duration - length + 1e-9, HOP_S):
                    a = analyze_window(lib, tid, stems, float(start), float(start) + length)
                    routing = route("Is there a key change?", a)  # get_findings' own steps, on one analysis
                    f = build_findings(a, select(a, routing, a.track_context.meter), routing)
                    tonal = next(h for h in a.heuristics if h.heuristic_id == "H010")
                    said = bool(f.harmony is not None and f.harmony.key_change)
                    base = tonal.status == "ok" and baseline_change(tonal.evidence)
                    rows.append(dict(song=song, length=length, start=float(start), said=said, baseline=base,
                                     change=f.harmony.key_change if f.harmony else None))
    finally:
        lib.close()
    return report(rows, split)


def report(rows: list[dict], split: str = "dev") -> dict:
    def share(sel: list[dict], field: str) -> str:
        value = float(np.mean([r[field] for r in sel]))
        lo, hi = bootstrap_ci(sel, lambda rs: float(np.mean([r[field] for r in rs])), lambda r: r["song"])
        return f"{value:.2f} [{lo:.2f}, {hi:.2f}]"  # windows of one song resampled together
    lines = [f"## Key changes said where there are none (python -m eval.key_change --split {split}; {split})", "",
             "| windows | false key changes (share [95 % bootstrap over songs]) | baseline: the first rule |",
             "|---|---|---|"]
    for length in LENGTHS_S + (None,):
        sel = [r for r in rows if length is None or r["length"] == length]
        if not sel:
            continue
        name = f"{length:g} s (n={len(sel)})" if length else f"all (n={len(sel)})"
        lines.append(f"| {name} | {share(sel, 'said')} | {share(sel, 'baseline')} |")
    wrong = [r for r in rows if r["said"]]
    lines += ["", "Said: " + ("; ".join(f"{r['song']} {r['start']:g}+{r['length']:g} s: {r['change']}" for r in wrong) or "none")]
    print("\n".join(lines))
    return {"rows": rows}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev",
                    help="dev: the frozen frames songs (the rule was set on them); test: generation's g6/g7 bands")
    run(ap.parse_args(argv).split)


if __name__ == "__main__":
    main()
