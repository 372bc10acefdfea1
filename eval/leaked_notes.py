"""Notes that are another stem's leak: which notes a window leaves out as spill, against the score.

    python -m eval.leaked_notes            # the frames songs, clean and degraded, and the real multitracks

A stem's transcription reads whatever sounds in it; in a degraded copy (a room, spill between the stems, a noise
floor: eval.frame_test_songs' degrade_copy) a singer's stem holds the kit's solo at -24 dB, and a 70 ms D3 read
there made the singer 'come in' two bars early (round 100's cw09, dev). A window leaves out a pitched stem's note
whose frames mostly hold residue and another stem's sound (:func:`heuristics.slice.leaked`).

Truth: the scores of the frames songs. A transcribed note is the part's where a score note of that stem starts
within NEAR_S of it, or sounds there in the same pitch class (a held note read in pieces); otherwise it is none of
the part's (spurious). Read over each stem's whole track: how many of its notes the rule leaves out, how many of
those were the part's (the rule's cost) and what share of the spurious notes it removes (its gain); beside it the
strongest simple rule, leaving out every note whose frames mostly hold residue (``Frames.bleed`` alone, no spill
test). The real multitracks (no note truth here) report how many notes each rule leaves out. Split: dev (the frames
songs' degraded copies gave the rule; nothing here was held out for it). Our own constants: NEAR_S.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from eval.material import CACHE

OUT = Path(__file__).resolve().parent / "out" / "leaked_notes.md"
NEAR_S = 0.05  # a transcribed note this near a score note's start is that note
SONGS = ("ft_ballad_csm76", "ft_drive_ab152", "ft_swing_g1208", "ft_ballad_eb54", "ft_drive_e24")
REAL_ITEMS = ("real:musicdelta_punk", "real:musicdelta_beatles", "real:musicdelta_country1", "real:musicdelta_rock",
              "real:musicdelta_shadows", "real:vocadito_1_solo_voice", "real:guitarset_00_BN1-129-Eb_comp")


def residue_only(notes, frames) -> np.ndarray:
    """The baseline: a note whose frames (from its start to its end, at least 50 ms) are mostly residue."""
    out = np.zeros(len(notes.time_s), bool)
    audible, t = frames.audible(), frames.time_s
    for i, (start, d) in enumerate(zip(notes.time_s, notes.duration_s)):
        m = (t >= start) & (t <= start + max(float(d), 0.05))
        out[i] = m.any() and audible[m].mean() < 0.5
    return out


def part_notes(notes, ref: list[dict]) -> np.ndarray:
    """Per transcribed note: a score note of the stem starts within NEAR_S, or sounds there in its pitch class."""
    starts = np.array([n["time_s"] for n in ref]) if ref else np.zeros(0)
    out = np.zeros(len(notes.time_s), bool)
    for i, (t, p) in enumerate(zip(notes.time_s, notes.pitch)):
        sounding = [n for n in ref if n["time_s"] - NEAR_S <= t <= n["time_s"] + n.get("duration_s", 0.0)]
        out[i] = bool(len(starts) and np.min(np.abs(starts - t)) <= NEAR_S) or any(
            int(round(p)) % 12 == n["pitch"] % 12 for n in sounding)
    return out


def rows() -> list[dict]:
    from analysis.core.types import Window
    from analysis.store import Store
    from eval.client_check import HOME, _folder
    from eval.truth import bench_library, load_all
    from heuristics.slice import leaked

    songs = [s for s in SONGS] + [s + "@degraded" for s in SONGS]
    real = [s for s in REAL_ITEMS if _folder(s).is_dir()]
    lib = bench_library(HOME)  # the outside check's home: its tracks are read, not loaded again
    # the outside check's tracks, where it loaded them
    ids = load_all(lib, [(s, _folder(s), f"client-{s}") for s in songs + real])
    store: Store = lib.store
    out = []
    for song in songs + real:
        truth = None if song.startswith("real:") else json.loads(
            (CACHE / "frames_test" / song.split("@")[0] / "truth.json").read_text())
        end = 60.0 * 60
        w = store.window_rows(Window(ids[song], tuple(r["stem"] for r in store.stem_rows(ids[song])), 0.0, end))
        for name, r in w.stems.items():
            if name == "drums" or not len(r.notes.time_s):
                continue
            rule, base = leaked(r.notes, r.frames), residue_only(r.notes, r.frames)
            row = {"item": song, "stem": name, "notes": int(len(r.notes.time_s)), "left_out": int(rule.sum()),
                   "left_out_baseline": int(base.sum())}
            if truth is not None and name in truth["notes"]:
                part = part_notes(r.notes, truth["notes"][name])
                row |= {"spurious": int((~part).sum()), "part_left_out": int((rule & part).sum()),
                        "spurious_left_out": int((rule & ~part).sum()),
                        "part_left_out_baseline": int((base & part).sum()),
                        "spurious_left_out_baseline": int((base & ~part).sum())}
            out.append(row)
    return out


def report(rs: list[dict]) -> str:
    lines = ["## Notes left out as another stem's leak (python -m eval.leaked_notes)", "",
             "Truth: the frames songs' scores (a note is the part's where a score note starts within "
             f"{int(NEAR_S * 1000)} ms or sounds there in its pitch class) · split: dev · baseline: leaving out "
             "every note whose frames mostly hold residue (no spill test).", "",
             "| item | stem | notes | spurious | left out: the part's / spurious (rule) | the same (baseline) |",
             "|---|---|---|---|---|---|"]
    for r in rs:
        if "spurious" in r:
            lines.append(f"| {r['item']} | {r['stem']} | {r['notes']} | {r['spurious']} | {r['part_left_out']} / "
                         f"{r['spurious_left_out']} | {r['part_left_out_baseline']} / "
                         f"{r['spurious_left_out_baseline']} |")
        else:
            lines.append(f"| {r['item']} | {r['stem']} | {r['notes']} | — | {r['left_out']} left out | "
                         f"{r['left_out_baseline']} left out |")
    for label, pick in (("clean copies", lambda r: "spurious" in r and "@degraded" not in r["item"]),
                        ("degraded copies", lambda r: "spurious" in r and "@degraded" in r["item"])):
        sel = [r for r in rs if pick(r)]
        if not sel:
            continue
        tot = {k: sum(r[k] for r in sel) for k in ("notes", "spurious", "part_left_out", "spurious_left_out",
                                                    "part_left_out_baseline", "spurious_left_out_baseline")}
        parts, spur = tot["notes"] - tot["spurious"], max(tot["spurious"], 1)

        def said(sfx: str) -> str:
            return (f"{tot['spurious_left_out' + sfx]} spurious left out ({tot['spurious_left_out' + sfx] / spur:.2f} "
                    f"of them), {tot['part_left_out' + sfx]} of the part's {parts} "
                    f"({tot['part_left_out' + sfx] / max(parts, 1):.3f})")
        lines += ["", f"**{label}**: {tot['notes']} notes, {tot['spurious']} spurious. Rule: {said('')}. "
                  f"Baseline: {said('_baseline')}."]
    real = [r for r in rs if "spurious" not in r]
    if real:
        out_rule, out_base = sum(r["left_out"] for r in real), sum(r["left_out_baseline"] for r in real)
        lines += ["", f"**real multitracks** (no note truth): the rule leaves out {out_rule} of "
                  f"{sum(r['notes'] for r in real)} notes, the baseline {out_base}."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rs = rows()
    text = report(rs)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n")
    args.out.with_suffix(".json").write_text(json.dumps(rs, indent=1))


if __name__ == "__main__":
    main()
