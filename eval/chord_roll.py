"""Are a part's chords struck together or rolled, and which way? ``presence.chord_roll`` and the answer it drives,
against planted rolls and a real comp's annotated notes.

    python -m eval.chord_roll

Material (written by this module only, 2026-12-05):
- **planted, first draw** (dev): a chord part (four-note voicings, a chord every half bar at 100 BPM, twelve chords:
  C, A minor, F, G in turn) rendered through FluidR3 in four GM sounds (acoustic grand 0, electric piano 4, nylon
  guitar 24, steel guitar 25), each struck five ways: together, rolled up over 50 ms and over 90 ms, rolled down over
  50 ms and over 90 ms (the notes of a chord in equal steps from its lowest up, or its highest down). Read once on
  the rule as first written: together and rolled told apart in 19 of 20, but the way in one (every rising step
  was asked of a rolled chord, and a transcribed overtone out of order undid it); the way is now read by rank, so
  this draw is dev.
- **planted, second draw** (test; written after that change and before its reading): other sounds (honky-tonk
  piano 3, harpsichord 6, jazz guitar 26, clean electric guitar 27), other chords (D, B minor, G, A, a chord every
  half bar at 84 BPM) and other rolls (together, up and down over 40 and 70 ms).
- **real** (dev): GuitarSet's bossa comp (its JAMS notes, in truth.json), whose chord notes start within 4-26 ms of
  each other (round 59's bh03, the question the rule was written on).

Truth by this module's own rules: a planted chord is together at 0 ms and rolled (with its direction) at 50 and
90 ms; the real comp's chords are its annotated notes starting within 60 ms of the first, and together where their
median spread is under 30 ms. The answer read is the summary's first sentence: "start together" (or "nearly
together"), or "rolls its chords ... from the lowest note up / from the top note down / in no steady direction".

Reported: the share of renders whose answer names the truth's way (together; rolled up; rolled down), whose answer
tells together from rolled, and whose answer names a way the roll does not go (a false claim); and the median
absolute error of the typical spread (ms) read against the planted one. Baseline: **always together** (the usual
chord part on a record, and what a producer assumes), whose spread error is the roll itself. 95 % bootstrap over
sounds.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from eval.material import CACHE, SOUNDFONTS
from eval.metrics import ci_cell, json_main

HOME = CACHE / "chord_roll_home"
SONGS_DIR = CACHE / "chord_roll_songs"
DRAWS = {
    "draw1": dict(split="dev", programs={"grand": 0, "epiano": 4, "nylon": 24, "steel": 25}, bpm=100.0,
                  rolls=(("together", 0.0), ("up50", 50.0), ("up90", 90.0), ("down50", -50.0), ("down90", -90.0)),
                  chords=((48, 55, 60, 64), (45, 52, 57, 60), (41, 48, 53, 57), (43, 50, 55, 59))),
    "draw2": dict(split="test", programs={"honkytonk": 3, "harpsichord": 6, "jazzgtr": 26, "cleangtr": 27}, bpm=84.0,
                  rolls=(("together", 0.0), ("up40", 40.0), ("up70", 70.0), ("down40", -40.0), ("down70", -70.0)),
                  chords=((50, 57, 62, 66), (47, 54, 59, 62), (43, 50, 55, 59), (45, 52, 57, 61))),
}
QUESTION = "programming this on keys with a strum plugin -- are the chord notes all together or rolled? which way?"
REAL_TOGETHER_MS = 30.0


def planted_folder(draw: str, sound: str, roll: str, roll_ms: float) -> Path:
    """The render of one draw's sound and roll (written once, then reused)."""
    import pretty_midi

    from eval.material import write_stem_wavs

    spec = DRAWS[draw]
    folder = SONGS_DIR / f"{sound}_{roll}"
    if (folder / "truth.json").is_file():
        return folder
    pm = pretty_midi.PrettyMIDI(initial_tempo=spec["bpm"])
    inst = pretty_midi.Instrument(spec["programs"][sound])
    half_bar = 2 * 60.0 / spec["bpm"]
    for k in range(12):
        t0 = 0.5 + k * half_bar
        notes = spec["chords"][k % 4]
        order = notes if roll_ms >= 0 else notes[::-1]
        for j, pitch in enumerate(order):
            start = t0 + abs(roll_ms) / 1000.0 * j / (len(notes) - 1)
            inst.notes.append(pretty_midi.Note(90, pitch, start, t0 + half_bar * 0.9))
    pm.instruments.append(inst)
    write_stem_wavs(pm, folder, SOUNDFONTS["fluidr3"])
    (folder / "truth.json").write_text(json.dumps({"roll_ms": roll_ms}))
    return folder


def said_way(summary: str) -> str | None:
    """The way the answer's first sentence gives: 'together', 'up', 'down', 'rolled' (no steady way) or None."""
    first = summary.split(". ")[0]
    if "start together" in first or "start nearly together" in first:
        return "together"
    if "rolls its chords" in first or "roll their chords" in first:
        return "up" if "from the lowest note up" in first else "down" if "from the top note down" in first else "rolled"
    return None


def truth_way(roll_ms: float) -> str:
    return "together" if roll_ms == 0 else "up" if roll_ms > 0 else "down"


def real_rows(lib) -> list[dict]:
    """GuitarSet's comp: its annotated chords' median spread, and the answer over the whole take."""
    from eval.truth import REAL, load_all
    from frames.service import get_findings

    folder = REAL / "guitarset_00_BN1-129-Eb_comp"
    if not (folder / "truth.json").is_file():
        return []
    notes = sorted(json.loads((folder / "truth.json").read_text())["notes"]["guitar"])
    spreads, i = [], 0
    while i < len(notes):
        j = i
        while j + 1 < len(notes) and notes[j + 1][0] - notes[i][0] <= 0.06:
            j += 1
        if j > i:
            spreads.append(1000.0 * (notes[j][0] - notes[i][0]))
        i = j + 1
    tid = load_all(lib, [("real", folder, "chord-roll-guitarset")])["real"]
    duration = float(lib.store.get_track_row(tid)["duration_s"])
    f = get_findings(lib, tid, ["guitar"], 0.0, duration - 0.01, QUESTION)
    p = next((x for x in f.presence if x.stem == "guitar"), None)
    truth = float(np.median(spreads))
    return [dict(sound="guitarset", kind="real", roll="annotated", roll_ms=truth,
                 truth_way="together" if truth < REAL_TOGETHER_MS else "rolled", said=said_way(f.summary),
                 spread_ms=None if p is None or p.chord_roll is None else p.chord_roll.spread_ms,
                 summary=f.summary.split(". ")[0])]


def run() -> dict:
    from eval.truth import REAL, bench_library, load_all
    from frames.service import get_findings

    plan = [(d, s, r, ms) for d, spec in DRAWS.items() for s in spec["programs"] for r, ms in spec["rolls"]]
    items = [(f"{s}_{r}", planted_folder(d, s, r, ms), f"chord-roll-{s}-{r}") for d, s, r, ms in plan]
    lib = bench_library(HOME)
    rows = []
    try:
        ids = load_all(lib, items)
        for (key, folder, _), (draw, sound, roll, ms) in zip(items, plan):
            tid = ids[key]
            stem = sorted(x.stem for x in folder.glob("*.wav"))[0]  # (the one part: piano or guitar)
            duration = float(lib.store.get_track_row(tid)["duration_s"])
            f = get_findings(lib, tid, [stem], 0.0, duration - 0.01, QUESTION)
            p = next((x for x in f.presence if x.stem == stem), None)
            rows.append(dict(sound=sound, kind=f"planted {DRAWS[draw]['split']}", roll=roll, roll_ms=abs(ms),
                             truth_way=truth_way(ms),
                             said=said_way(f.summary), summary=f.summary.split(". ")[0],
                             spread_ms=None if p is None or p.chord_roll is None else p.chord_roll.spread_ms))
        if REAL.is_dir():
            rows += real_rows(lib)
    finally:
        lib.close()
    return report(rows)


def report(rows: list[dict]) -> dict:
    def share(sel, fn) -> str:
        return ci_cell(sel, fn, lambda r: r["sound"], unit="sound")

    def off(r) -> float | None:
        return None if r["spread_ms"] is None else abs(r["spread_ms"] - r["roll_ms"])

    def err(sel, fn) -> str:
        vals = [fn(r) for r in sel if fn(r) is not None]
        return f"{float(np.median(vals)):.0f}" if vals else "—"

    def cells(sel: list[dict]) -> str:
        return " | ".join([share(sel, lambda r: float(r["said"] == r["truth_way"])),
                           share(sel, lambda r: float(r["truth_way"] == "together")),
                           share(sel, lambda r: float((r["said"] == "together") == (r["truth_way"] == "together"))),
                           share(sel, lambda r: float(r["truth_way"] == "together")),
                           share(sel, lambda r: float(r["said"] in ("up", "down") and r["said"] != r["truth_way"])),
                           err(sel, off), err(sel, lambda r: r["roll_ms"])])

    lines = ["## Chords together or rolled (python -m eval.chord_roll): the answer's way, per render", "",
             "| material | renders | way right | baseline: always together | together or rolled right | baseline | "
             "a way said wrong (false claim) | spread error (ms) | baseline's error |",
             "|---|---|---|---|---|---|---|---|---|"]
    for kind, label in (("planted test", "planted rolls, second draw (test)"),
                        ("planted dev", "planted rolls, first draw (dev)"), ("real", "GuitarSet's comp (dev)")):
        sel = [r for r in rows if r["kind"] == kind]
        if sel:
            lines.append(f"| {label} | {len(sel)} | {cells(sel)} |")
    for roll in dict.fromkeys(r for spec in DRAWS.values() for r, _ in spec["rolls"]):
        sel = [r for r in rows if r["kind"].startswith("planted") and r["roll"] == roll]
        if sel:
            lines.append(f"| planted, {roll} | {len(sel)} | {cells(sel)} |")
    print("\n".join(lines))
    return {"rows": rows, "table": lines}


def main(argv: list[str] | None = None) -> None:
    json_main(__doc__, run, "chord_roll", argv)


if __name__ == "__main__":
    main()
