"""A part's range as the findings name it: its lowest and highest notes in a window, against the score.

    python -m eval.ranges            # dev, test and real; writes eval/out/ranges.json

"Same range? thinking of dropping the guitar an octave" is answered from each part's lowest and highest notes
(``Presence.lowest_highest``, the sentence that says whether two parts overlap). On a stem that carries other
instruments' sound, those notes were a leak's: a degraded guitar stem's comping, E4 to D5 by the score, was named
"F sharp 2 up to C 7" from the bass leaking into it and a chord's overtone (round 107's dd11, graded wrong).

Truth: the score's notes of the stem that start in the window. Windows: WINDOW_S long, every WINDOW_S, where the
stem has at least MIN_NOTES score notes. A window is right where the lowest and the highest note named are the
score's own, to the semitone (a player checks a range note by note: "F sharp 2" for E4 is wrong, and so is E4 to
E5 for E4 to D5). Instruments only (bass, guitar, piano, other): a voice's range is read from her f0 (eval.sung).

Beside the findings, two simple rules on the very notes the window holds (after the slice's own leak test):
``every_note`` (the lowest and highest transcribed note: what the findings said before the level rule) and
``percentile`` (the 10th and 90th percentiles of the transcribed pitches, a rule that ignores strays by count).

Splits: **dev**: the frames songs, clean and degraded (round 107's dd11 came from there, and the level rule's
constant was chosen on them). **test**: eval.answer_songs' test scenarios (another arrangement writer, FluidR3
programs, unisons and octave doublings), clean, and a degraded copy of each made here with its own seeds
(eval.frame_test_songs.degrade_copy: a room, spill from every other stem at -24, -18 or -12 dB, a noise floor).
**real**: GuitarSet's comping guitar (its annotated notes). The share right is the mean over songs (a song's clean
and degraded copies one piece) with a 95 % bootstrap interval over songs.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np

from eval.material import CACHE

OUT = Path(__file__).resolve().parent / "out" / "ranges.json"
HOME = CACHE / "ranges_home"  # the test split's songs and their degraded copies
DEGRADED = CACHE / "ranges_degraded"
WINDOW_S = 8.0  # about four bars at a hundred and twenty: the span a producer asks about
MIN_NOTES = 3  # a range needs a few notes to be one
DEGRADE_SEED = 4100  # the test copies' own seeds (DEGRADE_SEED + the song's place in the list)
INSTRUMENTS = ("bass", "guitar", "piano", "other")
METHODS = ("findings", "every_note", "percentile")
FRAMES_SONGS = ("ft_ballad_csm76", "ft_drive_ab152", "ft_swing_g1208", "ft_ballad_eb54", "ft_drive_e24")
REAL_GUITAR = "real:guitarset_00_BN1-129-Eb_comp"
LETTER = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
ACCIDENTAL = {"": 0, "#": 1, "♯": 1, "b": -1, "♭": -1}


def midi_of(name: str) -> int:
    """'F#2' -> 42: a note name with its octave (C4 = 60)."""
    m = re.fullmatch(r"([A-G])([#b♯♭]?)(-?\d+)", name.strip())
    if not m:
        raise ValueError(f"not a note name: {name!r}")
    return LETTER[m.group(1)] + ACCIDENTAL[m.group(2)] + 12 * (int(m.group(3)) + 1)


def named_span(lowest_highest: str | None) -> tuple[int, int] | None:
    """The findings' 'E4–D5' as (64, 74); None where nothing is named."""
    if not lowest_highest:
        return None
    low, high = lowest_highest.split("–")
    return midi_of(low), midi_of(high)


def right(named: tuple[int, int] | None, score: list[int]) -> bool:
    """The named lowest and highest are the score's, to the semitone."""
    return named is not None and bool(score) and named == (min(score), max(score))


def simple_rules(pitches: np.ndarray) -> dict[str, tuple[int, int] | None]:
    """The two rules beside the findings, on the window's transcribed pitches."""
    if not len(pitches):
        return {"every_note": None, "percentile": None}
    return {"every_note": (int(pitches.min()), int(pitches.max())),
            "percentile": (int(np.percentile(pitches, 10, method="lower")),
                           int(np.percentile(pitches, 90, method="higher")))}


def windows(score: dict[str, list[tuple[float, float, int]]], duration_s: float):
    """(stem, start, end, the score's pitches starting there) for every window a stem plays MIN_NOTES in."""
    for stem, notes in score.items():
        if stem not in INSTRUMENTS:
            continue
        for a in np.arange(0.0, max(duration_s - WINDOW_S / 2, 0.0), WINDOW_S):
            b = min(a + WINDOW_S, duration_s)
            pitches = [p for t, _, p in notes if a <= t < b]
            if len(pitches) >= MIN_NOTES:
                yield stem, float(a), float(b), pitches


def read_item(lib, tid: str, score: dict[str, list[tuple[float, float, int]]], duration_s: float) -> list[dict]:
    """Each window's score span, the findings' and the simple rules'."""
    from heuristics.window import measure_window, read_window

    rows = []
    duration_s = min(duration_s, float(lib.store.get_track_row(tid)["duration_s"]))
    for stem, a, b, pitches in windows(score, duration_s):
        sl, ctx = read_window(lib, tid, [stem], a, b)  # (read once: the findings and the rules on the same notes)
        p = next((x for x in measure_window(sl, ctx).presence if x.stem == stem), None)
        notes = sl.stems[stem].notes
        named = {"findings": named_span(p.lowest_highest if p else None), **simple_rules(np.asarray(notes.pitch))}
        rows.append({"stem": stem, "start_s": a, "score": [min(pitches), max(pitches)],
                     **{m: (list(named[m]) if named[m] else None) for m in METHODS},
                     **{m + "_right": right(named[m], pitches) for m in METHODS}})
    return rows


def _frames_items():
    from eval.client_check import HOME as CLIENT_HOME, _folder

    out = []
    for song in FRAMES_SONGS:
        folders = {item: _folder(item) for item in (song, song + "@degraded")}  # (rendered first where missing)
        truth = json.loads((CACHE / "frames_test" / song / "truth.json").read_text())
        score = {s: [(n["time_s"], n["time_s"] + n["duration_s"], int(n["pitch"])) for n in ns]
                 for s, ns in truth["notes"].items()}
        for item, folder in folders.items():
            out.append((song, item, folder, f"client-{item}", score, float(truth["duration_s"])))
    return CLIENT_HOME, out


def _test_items(split: str = "test", seed: int = DEGRADE_SEED):
    """eval.answer_songs' scenarios of ``split``, clean and a degraded copy of each (seed + the song's place)."""
    from eval.answer_songs import scenarios
    from eval.answers import render
    from eval.frame_test_songs import degrade_copy

    out = []
    for i, sc in enumerate(scenarios(split)):
        score = {inst.name: [(n.start, n.end, int(n.pitch)) for n in inst.notes] for inst in sc.pm.instruments
                 if not inst.is_drum}
        if not any(s in INSTRUMENTS for s in score):
            continue
        folder, dur = render(sc), float(sc.pm.get_end_time())
        degraded = DEGRADED / sc.name
        degrade_copy(folder, degraded, seed + i)
        out += [(sc.name, sc.name, folder, f"ranges-{sc.name}", score, dur),
                (sc.name, sc.name + "@degraded", degraded, f"ranges-{sc.name}@degraded", score, dur)]
    return HOME, out


def _real_items():
    from eval.client_check import HOME as CLIENT_HOME, _folder

    folder = _folder(REAL_GUITAR)
    if not (folder / "truth.json").is_file():
        return CLIENT_HOME, []
    truth = json.loads((folder / "truth.json").read_text())
    # GuitarSet's notes: [onset, offset, fractional MIDI pitch] (its six strings merged)
    score = {"guitar": [(float(on), float(off), int(round(p))) for on, off, p in truth["notes"]["guitar"]]}
    end = max(t for t, _, _ in score["guitar"]) + 1.0
    return CLIENT_HOME, [(REAL_GUITAR, REAL_GUITAR, folder, f"client-{REAL_GUITAR}", score, end)]


def run_split(split: str) -> list[dict]:
    return read_items(*{"dev": _frames_items, "test": _test_items, "real": _real_items}[split](), read_item)


def read_items(home: Path, items: list[tuple], read) -> list[dict]:
    """Each item (piece, item, folder, title, score, duration) loaded into ``home`` and read window by window by
    ``read(lib, track_id, score, duration)``: its rows, each with its piece and item."""
    from eval.truth import bench_library, load_all

    if not items:
        return []
    lib = bench_library(home)
    try:
        ids = load_all(lib, [(item, folder, title) for _, item, folder, title, _, _ in items])
        return [{"piece": piece, "item": item, **r} for piece, item, _, _, score, dur in items
                for r in read(lib, ids[item], score, dur)]
    finally:
        lib.close()


def per_commit_main(doc: str, name: str, rows, report, argv: list[str] | None = None) -> None:
    """A benchmark's command line: ``--home`` (default: a fresh home per commit, CACHE / f"{name}_{commit}"), its
    ``rows(home)`` read, ``report(rows, commit)`` printed and written to eval/out as NAME.md, the rows as NAME.json."""
    import subprocess

    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--home", type=Path, help="the home to ingest into (default: a fresh one per commit)")
    args = ap.parse_args(argv)
    here = Path(__file__).resolve().parent
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=here).stdout.strip() or "unknown"
    rs = rows(args.home or CACHE / f"{name}_{commit}")
    text = report(rs, commit)
    (here / "out").mkdir(parents=True, exist_ok=True)
    (here / "out" / f"{name}.md").write_text(text + "\n")
    (here / "out" / f"{name}.json").write_text(json.dumps(rs, indent=1))
    print(text)


def summary(rows: list[dict], methods: tuple[str, ...] = METHODS) -> dict:
    """Per method: the share of windows right, the mean over pieces and its interval over pieces; the counts on
    clean and on degraded copies."""
    from eval.leave_one_out import bootstrap

    out = {"windows": len(rows)}
    pieces = sorted({r["piece"] for r in rows})
    for m in methods:
        per = [float(np.mean([r[m + "_right"] for r in rows if r["piece"] == p])) for p in pieces]
        mean, lo, hi = bootstrap(per)
        out[m] = {"right": sum(r[m + "_right"] for r in rows), "share": round(mean, 3),
                  "interval": [round(lo, 3), round(hi, 3)]}
    for label, pick in (("clean", lambda r: "@degraded" not in r["item"]),
                        ("degraded", lambda r: "@degraded" in r["item"])):
        sel = [r for r in rows if pick(r)]
        out[label] = {"windows": len(sel), **{m: sum(r[m + "_right"] for r in sel) for m in methods}}
    return out


def report(result: dict) -> str:
    lines = ["## A part's range named in a window (python -m eval.ranges)", "",
             f"Truth: the score's notes of the stem starting in each {WINDOW_S:.0f} s window (at least {MIN_NOTES}); "
             "right: its lowest and highest named to the semitone. Baselines on the same notes: every transcribed "
             "note, the 10th to 90th percentile.", "",
             "| split | windows | findings | every note (before) | percentile | clean: findings / every note | "
             "degraded: findings / every note |", "|---|---|---|---|---|---|---|"]
    for split, s, cell in split_cells(result, METHODS):
        lines.append(f"| {split} | {s['windows']} | {cell['findings']} | {cell['every_note']} | "
                     f"{cell['percentile']} | {s['clean']['findings']} / {s['clean']['every_note']} of "
                     f"{s['clean']['windows']} | {s['degraded']['findings']} / {s['degraded']['every_note']} of "
                     f"{s['degraded']['windows']} |")
    return "\n".join(lines)


def split_cells(result: dict, methods: tuple[str, ...]):
    """(split, its summary, each method's 'share [low, high] (right)' table cell) for every split read with windows."""
    for split, s in result.items():
        if s.get("windows"):
            yield split, s, {m: f"{s[m]['share']:.2f} [{s[m]['interval'][0]:.2f}, {s[m]['interval'][1]:.2f}] "
                                f"({s[m]['right']})" for m in methods}


def run_main(argv: list[str] | None, doc: str, splits: tuple[str, ...], run_split, summary, report, out: Path) -> None:
    """A window benchmark's command line: read the splits asked (default: all), write rows and summaries to ``out``,
    print the report."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=splits, action="append", help="read only these splits (default: all)")
    args = ap.parse_args(argv)
    result, rows = {}, {}
    for split in args.split or splits:
        rows[split] = run_split(split)
        result[split] = summary(rows[split])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"summary": result, "rows": rows}, indent=1))
    print(report(result))


def main(argv: list[str] | None = None) -> None:
    run_main(argv, __doc__, ("dev", "test", "real"), run_split, summary, report, OUT)


if __name__ == "__main__":
    main()
