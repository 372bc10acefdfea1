"""Does the band speed up or slow down? ``meter.tempo_trend`` against planted tempo ramps and the real takes.

    python -m eval.tempo_trend            # the planted ramps (test) and the real multitracks (dev)

Material (written by this module only, 2026-12-04, committed before its one reading):

- **planted** (test): ten grooves (kick, snare, hats; a bass on the roots; a guitar on the beats), each 24 s,
  whose beat period moves linearly from start to end so that the tempo at the end is 1.0, 1.15, 1.25, 0.87 or
  0.8 times the tempo at the start, at 92 and 126 beats a minute, on two sets of GM programs, rendered with
  FluidSynth and loaded as stems (the server tracks their beats from the audio, as it would a band's).
- **real** (dev, not held out): the five MusicDelta multitracks of ``../shared/real``; their annotated beats say
  whether each window's tempo moves.

Truth per 8-second window (hop 4 s), by this module's own rule (its constants, not the code's): a line fitted to
the beat-to-beat intervals of the planted (or annotated) beats gives the tempo at the window's last beat against
its first; under TRUTH_STEADY the window holds steady, from TRUTH_MOVES it speeds up or slows down, between them it
is not graded. A window's reading is right where it says steady of a steady window, or names the direction of a
moving one ("a little" or not); no reading (too few beats, a step in the grid) counts as not right.

Baselines: **always steady** (most recorded music holds its tempo), and **first against last**: the tracked beats'
mean interval over the window's first four against its last four (the simplest reading of a drift), with this
module's own bands. 95 % bootstrap intervals over songs.
"""

from __future__ import annotations

import argparse
import json

import numpy as np

from eval.material import CACHE, write_stem_wavs
from eval.metrics import bootstrap_ci

HOME = CACHE / "tempo_home"
SONGS_DIR = CACHE / "tempo_songs"
RATIOS = (1.0, 1.15, 1.25, 0.87, 0.8)  # tempo at the end against the start, over the 24 s
TEMPI = (92.0, 126.0)
PROGRAMS = ((33, 27), (38, 4))  # (bass, chords): finger bass + clean guitar; synth bass + electric piano
LENGTH_S, WINDOW_S, HOP_S = 24.0, 8.0, 4.0
TRUTH_STEADY, TRUTH_MOVES = 0.02, 0.04  # this module's own bands: steady under 2 %, moving from 4 %
FIRST_LAST_BEATS = 4
ROOTS = (45, 41, 36, 43)


def planted_beats(bpm: float, ratio: float, length_s: float = LENGTH_S) -> np.ndarray:
    """Beat times whose period moves linearly with the beat count from 60/bpm to 60/(bpm * ratio)."""
    n = int(length_s * bpm / 60.0 * (1 + ratio) / 2) + 1
    periods = np.linspace(60.0 / bpm, 60.0 / (bpm * ratio), n)
    beats = np.r_[0.0, np.cumsum(periods)]
    return beats[beats < length_s]


def groove(beats: np.ndarray, programs: tuple[int, int]):
    """A PrettyMIDI of a four-beat groove on ``beats``: kick on one and three, snare on two and four, hats on
    every beat and halfway between, a bass root on every beat, a guitar triad on every beat."""
    import pretty_midi

    pm = pretty_midi.PrettyMIDI(initial_tempo=120.0)
    kit = pretty_midi.Instrument(program=0, is_drum=True, name="drums")
    bass = pretty_midi.Instrument(program=programs[0], name="bass")
    keys = pretty_midi.Instrument(program=programs[1], name="guitar")
    for k, t in enumerate(beats[:-1]):
        nxt = beats[k + 1]
        root = ROOTS[(k // 4) % 4]
        kit.notes.append(pretty_midi.Note(100, 36 if k % 2 == 0 else 38, t, t + 0.1))
        for h in (t, (t + nxt) / 2):
            kit.notes.append(pretty_midi.Note(70, 42, h, h + 0.05))
        bass.notes.append(pretty_midi.Note(95, root, t, t + 0.8 * (nxt - t)))
        for p in (root + 24, root + 28 if root != 45 else root + 27, root + 31):
            keys.notes.append(pretty_midi.Note(70, p, t, t + 0.6 * (nxt - t)))
    pm.instruments += [kit, bass, keys]
    return pm


def planted_songs() -> list[tuple[str, np.ndarray, tuple[int, int]]]:
    out = []
    for i, (ratio, bpm) in enumerate((r, b) for b in TEMPI for r in RATIOS):
        programs = PROGRAMS[i % 2]
        out.append((f"ramp_{int(bpm)}_{int(round(ratio * 100))}", planted_beats(bpm, ratio), programs))
    return out


def change_of(beats: np.ndarray) -> float | None:
    """The tempo at the last beat against the first, from a line fitted to the intervals (this module's own)."""
    if len(beats) < 5:
        return None
    ibi, t = np.diff(beats), beats[1:] - beats[1]
    slope, first = np.polyfit(t, ibi, 1)
    last = first + slope * t[-1]
    return float(first / last - 1.0)


def truth_label(change: float | None) -> str | None:
    if change is None or TRUTH_STEADY <= abs(change) < TRUTH_MOVES:
        return None  # not graded
    return "steady" if abs(change) < TRUTH_STEADY else ("speeds up" if change > 0 else "slows down")


def right(truth: str, said: str | None) -> bool:
    """A reading is right where it says steady of a steady window or names a moving window's direction."""
    if said is None:
        return False
    return said == "steady" if truth == "steady" else said.startswith(truth)


def first_last(beats: np.ndarray) -> str | None:
    """The baseline: the mean interval of the first four tracked beats against the last four."""
    if len(beats) < 2 * FIRST_LAST_BEATS + 1:
        return None
    a = float(np.mean(np.diff(beats[:FIRST_LAST_BEATS + 1])))
    z = float(np.mean(np.diff(beats[-FIRST_LAST_BEATS - 1:])))
    change = a / z - 1.0
    return "steady" if abs(change) < TRUTH_STEADY else ("speeds up" if change > 0 else "slows down")


def _windows(length: float):
    return np.arange(0.0, length - WINDOW_S + 1e-9, HOP_S)


def run() -> dict:
    from eval.truth import REAL, bench_library, load_all
    from frames.routing import route
    from frames.select import select
    from frames.findings import build_findings
    from heuristics.window import analyze_window

    items, truths = [], {}
    for name, beats, programs in planted_songs():
        folder = SONGS_DIR / name
        if not (folder / "beats.json").is_file():
            write_stem_wavs(groove(beats, programs), folder)
            (folder / "beats.json").write_text(json.dumps([float(b) for b in beats]))
        items.append((name, folder, f"tempo-{name}"))
        truths[name] = ("planted", np.asarray(json.loads((folder / "beats.json").read_text())))
    if REAL.is_dir():
        for folder in sorted(REAL.glob("musicdelta_*")):
            if (folder / "truth.json").is_file():
                items.append((folder.name, folder, f"tempo-{folder.name}"))
                truths[folder.name] = ("real", np.asarray(json.loads((folder / "truth.json").read_text())["beats_s"]))
    lib = bench_library(HOME)
    rows = []
    try:
        ids = load_all(lib, items)
        for name, tid in ids.items():
            kind, ref = truths[name]
            stems = [r["stem"] for r in lib.store.stem_rows(tid) if not r["empty"]]
            tracked = np.asarray(lib.store.grid(tid).beats_s)
            duration = float(lib.store.get_track_row(tid)["duration_s"])
            for a in _windows(min(duration, float(ref[-1]))):
                z = a + WINDOW_S
                truth = truth_label(change_of(ref[(ref >= a) & (ref < z)]))
                if truth is None:
                    continue
                an = analyze_window(lib, tid, stems, float(a), float(z))
                routing = route("Is the band rushing or dragging?", an)
                f = build_findings(an, select(an, routing, an.track_context.meter), routing)
                said = f.meter.tempo_trend if f.meter is not None else None
                rows.append(dict(song=name, kind=kind, start=float(a), truth=truth, said=said,
                                 change=f.meter.tempo_change if f.meter is not None else None,
                                 first_last=first_last(tracked[(tracked >= a) & (tracked < z)])))
    finally:
        lib.close()
    return report(rows)


def report(rows: list[dict]) -> dict:
    def share(sel: list[dict], fn) -> str:
        value = float(np.mean([fn(r) for r in sel]))
        lo, hi = bootstrap_ci(sel, lambda rs: float(np.mean([fn(r) for r in rs])), lambda r: r["song"])
        return f"{value:.2f} [{lo:.2f}, {hi:.2f}]"
    lines = ["## Tempo trend (python -m eval.tempo_trend): right readings per 8-s window, 95 % bootstrap over songs",
             "", "| material | windows (moving) | meter.tempo_trend | baseline: always steady | baseline: first four "
             "beats against last four |", "|---|---|---|---|---|"]
    out = {"rows": rows}
    for kind, label in (("planted", "planted ramps (test)"), ("real", "real multitracks (dev)")):
        for part, sel_fn in (("all", lambda r: True), ("moving", lambda r: r["truth"] != "steady"),
                             ("steady", lambda r: r["truth"] == "steady")):
            sel = [r for r in rows if r["kind"] == kind and sel_fn(r)]
            if not sel:
                continue
            moving = sum(r["truth"] != "steady" for r in sel)
            lines.append(f"| {label}, {part} | {len(sel)} ({moving}) | {share(sel, lambda r: right(r['truth'], r['said']))}"
                         f" | {share(sel, lambda r: r['truth'] == 'steady')} | "
                         f"{share(sel, lambda r: right(r['truth'], r['first_last']))} |")
    wrong = [r for r in rows if not right(r["truth"], r["said"])]
    lines += ["", "Not right: " + ("; ".join(f"{r['song']} {r['start']:g}+{WINDOW_S:g} s: truth {r['truth']}, said "
                                              f"{r['said']} ({r['change']})" for r in wrong) or "none")]
    print("\n".join(lines))
    return out


def main(argv: list[str] | None = None) -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)
    run()


if __name__ == "__main__":
    main()
