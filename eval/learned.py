"""madmom's learned models against the project's own methods, per quantity: beats, downbeats and meter,
chords, key; and what each model costs.

    python -m eval.learned --split calibration     # decides analysis/learned.py's USE (fitted here)
    python -m eval.learned --split dev             # the first test split, read once, now dev
    python -m eval.learned --split test            # the frozen test split, read once
    python -m eval.learned --split test --meters 3/4 6/8 --no-real
    python -m eval.learned --as-mix --no-real    # each piece as one mixed file (the unseparated `mix` path)

Material (eval/meter.py's builders, with the score's chord per bar and key in the truth):
- calibration: eval/meter.py's calibration pieces, FluidR3 GM (block and broken chords, five tempi
  and program sets per meter);
- dev: eval/meter.py's retest arrangements (other code, seeds, tempi, accompaniment styles, melodies,
  drums or none, other GM programs) rendered with another soundfont, TimGM6mb (``retest-TimGM6mb``).
  It was drawn as the test split and read once; the chord decision changed after it (eval/README.md),
  so it is dev now;
- test: eval/meter.py's test arrangements (the same code as dev with other seeds, tempi, programs and
  drum settings) rendered with TimGM6mb (``test-TimGM6mb``), drawn after that change;
- real: ``../shared/real``'s recordings with beat annotations (five MusicDelta multitracks, GuitarSet
  comping with its chords and key), reported beside either split; skipped when the folder is absent.

Own method: each piece loaded through the real Library (beats and meter from analysis/rhythm.py, chords
from every pitched stem's notes, key from analysis/tonal.py), with every learned model switched off.
Learned: analysis/learned.py on the mix of the stems (RNN beats + DBN; RNN downbeats + DBN over 2, 3
and 4 beats a bar; CNN chord features + CRF; CNN key). Baseline for chords: raw Essentia (HPCP +
ChordsDetectionBeats on the own beats), as eval/truth.py reports.

Metrics: beat F and downbeat F (mir_eval.beat.f_measure, ±70 ms), meter label right (madmom's DBN
has bar lengths 2, 3 and 4: its label is n/4, so a 6/8 can only be right by the own method), majmin
WCSR (mir_eval), key right (tonic and mode). Cost: seconds per second of audio for each model, timed
in one run (the networks loaded before timing).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

import mir_eval
import numpy as np

from analysis import learned
from analysis.config import SAMPLE_RATE_HZ, Settings
from analysis.library import Library
from eval import baselines
from eval.drums import write_report
from eval.meter import METER_CACHE, beat_f, mixes, real_items, render
from eval.metrics import bootstrap_ci
from eval.truth import REAL, chord_wcsr, load_all

SOUNDFONT_TEST = Path("/usr/share/sounds/sf2/TimGM6mb.sf2")
METERS_ALL = ("3/4", "6/8", "4/4", "12/8")
PC = {n: i for i, n in enumerate(["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"])}
PC.update({"Db": 1, "Eb": 3, "Gb": 6, "Ab": 8, "Bb": 10, "Cb": 11, "Fb": 4, "E#": 5, "B#": 0})
LEARNED_METER = {2: "2/4", 3: "3/4", 4: "4/4"}


def material(split: str, meters: tuple[str, ...], real: bool) -> list[tuple[str, Path, dict, str]]:
    """(name, folder, truth, kind) for the split."""
    other_sounds = SOUNDFONT_TEST if SOUNDFONT_TEST.is_file() else None
    if split == "calibration":
        items = render("calibration", meters=meters)
    else:  # dev: the retest arrangements; test: the test arrangements (other seeds, tempi, programs)
        items = render("retest" if split == "dev" else "test", soundfont=other_sounds, meters=meters)
    out = [(n, f, t, "synthetic") for n, f, t in items]
    if real:
        out += [(n, f, t, "real") for n, f, t in real_items()]
    return out


def as_mix_file(folder: Path) -> Path:
    """The sum of a piece's stems as one file beside it (``<folder>.mix.wav``): loaded on its own, without
    separation weights, the Library reads it as a single ``mix`` stem, as a user's mixed file."""
    import soundfile as sf

    path = folder.with_name(folder.name + ".mix.wav")
    if not path.is_file():
        mix, _ = mixes(folder)
        peak = float(np.max(np.abs(mix))) or 1.0
        sf.write(str(path), (mix / max(1.0, peak / 0.99)).astype(np.float32), SAMPLE_RATE_HZ, subtype="PCM_16")
    return path


def key_ok(truth: str | None, tonic: str, mode: str) -> bool | None:
    if not truth:
        return None
    t_tonic, t_mode = truth.split()
    return PC[t_tonic] == PC[tonic] and t_mode.startswith(mode[:3])


def _downbeat_f(truth: dict, downbeats_s) -> float | None:
    ref = truth.get("downbeats_s")
    if not ref or len(ref) < 2:
        return None
    return beat_f(ref, downbeats_s)


def own_row(lib: Library, tid: str, truth: dict) -> dict:
    analysis = lib.store.track_analysis(tid)
    grid = lib.store.grid(tid)
    row = {"beat_f": beat_f(truth["beats_s"], grid.beats_s.tolist()), "meter": analysis.meter and analysis.meter.label,
           "downbeat_f": _downbeat_f(truth, grid.beats_s[grid.beat_in_bar == 1].tolist())}
    row["meter_ok"] = row["meter"] == truth["meter"]
    if truth.get("chords"):
        est = [dict(start_s=c.start_s, end_s=c.end_s, label=c.label) for c in lib.store.chords(tid)]
        row["chord_wcsr"] = chord_wcsr(truth["chords"], est)
    key = analysis.key
    if truth.get("key") and key:
        row["key"] = key.label
        row["key_ok"] = key_ok(truth["key"], key.tonic, key.scale)
    row["seconds"] = {r["step"]: r["seconds"] for r in lib.store.run_rows(tid) if r.get("seconds") is not None}
    return row


def learned_row(folder: Path, truth: dict, own_grid: tuple[np.ndarray, int] | None = None,
                downbeats_only: bool = False) -> dict:
    """madmom's readings of the piece's mix; with ``own_grid`` (the own beats and bar length) also the own beats
    with the bar's phase from madmom's downbeat network (analysis/learned.downbeat_phase, as the pipeline
    calls it). ``downbeats_only``: the downbeat readings alone."""
    mix, _ = mixes(folder)
    duration_s = len(mix) / SAMPLE_RATE_HZ
    cost, row = {}, {}
    if own_grid is not None and len(own_grid[0]):
        beats_s, per_bar = own_grid
        t0 = time.perf_counter()
        phase = learned.downbeat_phase(mix, beats_s, per_bar)
        cost["phase"] = time.perf_counter() - t0
        row["phase"] = phase
        if phase is not None:
            row["phase_downbeat_f"] = _downbeat_f(truth, beats_s[phase["phase"]::per_bar].tolist())
    if downbeats_only:
        t0 = time.perf_counter()
        bars = learned.downbeats(mix)
        cost["downbeats"] = time.perf_counter() - t0
        row["downbeat_f"] = _downbeat_f(truth, bars["downbeats_s"])
        row["cost_x_rt"] = {k: round(v / duration_s, 4) for k, v in cost.items()}
        row["duration_s"] = round(duration_s, 2)
        return row
    t0 = time.perf_counter()
    beats = learned.beats(mix)
    cost["beats"] = time.perf_counter() - t0
    row["beat_f"] = beat_f(truth["beats_s"], beats)
    t0 = time.perf_counter()
    bars = learned.downbeats(mix)
    cost["downbeats"] = time.perf_counter() - t0
    row["downbeat_beat_f"] = beat_f(truth["beats_s"], bars["beats_s"])
    row["downbeat_f"] = _downbeat_f(truth, bars["downbeats_s"])
    row["meter"] = LEARNED_METER.get(bars["beats_per_bar"], f"{bars['beats_per_bar']}/4")
    row["meter_ok"] = row["meter"] == truth["meter"]
    if truth.get("chords"):
        t0 = time.perf_counter()
        spans = learned.chords(mix)
        cost["chords"] = time.perf_counter() - t0
        row["chord_wcsr"] = chord_wcsr(truth["chords"], spans)
    if truth.get("key"):
        t0 = time.perf_counter()
        key = learned.key(mix)
        cost["key"] = time.perf_counter() - t0
        row["key"], row["key_ok"] = key["label"], key_ok(truth["key"], key["tonic"], key["mode"])
    row["cost_x_rt"] = {k: round(v / duration_s, 4) for k, v in cost.items()}
    row["duration_s"] = round(duration_s, 2)
    return row


def essentia_chords(folder: Path, truth: dict, own_beats_s) -> float | None:
    if not truth.get("chords"):
        return None
    from eval.truth import _stem_audio

    audio = _stem_audio(folder)
    pitched = sum(a for k, a in audio.items() if k != "drums")
    raw = baselines.chord_timeline(baselines.hpcp_frames(pitched), np.asarray(own_beats_s), len(pitched) / SAMPLE_RATE_HZ)
    return chord_wcsr(truth["chords"], raw)


def run(split: str, meters: tuple[str, ...], real: bool, workers: int, out: Path | None, as_mix: bool = False,
        downbeats_only: bool = False) -> dict:
    ok, why = learned.available()
    if not ok:
        print(f"skipped: {why}")
        return {}
    items = material(split, meters, real)
    os.environ[learned.OFF_ENV] = "off"  # the own method, whatever USE says today (ingest workers inherit it)
    roots = [METER_CACHE.resolve()] + ([REAL.resolve()] if REAL.is_dir() else [])
    try:
        with tempfile.TemporaryDirectory(prefix="stemsense-learned-") as home:
            lib = Library(Settings(home=Path(home), allowed_roots=roots, ingest_workers=workers, max_duration_s=1200))
            try:
                ids = load_all(lib, [(n, as_mix_file(f) if as_mix and kind == "synthetic" else f, f"learned-{n}")
                                     for n, f, _, kind in items])
                own = {n: own_row(lib, ids[n], t) for n, _, t, _ in items}
                own_beats = {n: lib.store.grid(ids[n]).beats_s.tolist() for n, *_ in items}
                own_grid = {n: (np.asarray(own_beats[n], float), (lib.store.track_analysis(ids[n]).meter.beats_per_bar
                                                                 if lib.store.track_analysis(ids[n]).meter else 4))
                            for n, *_ in items}
            finally:
                lib.close()
    finally:
        os.environ.pop(learned.OFF_ENV, None)
    if not downbeats_only:  # load every network before anything is timed
        learned.beats(np.zeros(SAMPLE_RATE_HZ, np.float32))
        learned.chords(np.zeros(SAMPLE_RATE_HZ, np.float32))
        learned.key(np.zeros(SAMPLE_RATE_HZ, np.float32))
    learned.downbeats(np.zeros(SAMPLE_RATE_HZ, np.float32))
    rows = []
    for name, folder, truth, kind in items:
        rows.append(dict(piece=name, kind=kind, truth_meter=truth["meter"], own=own[name],
                         learned=learned_row(folder, truth, own_grid[name], downbeats_only),
                         chord_wcsr_essentia=None if downbeats_only else essentia_chords(folder, truth, own_beats[name])))
    text = report(rows, split + (", each piece loaded as one mixed file (a `mix` stem)" if as_mix else "")
                  + (", downbeats only" if downbeats_only else ""))
    if out is not None:
        write_report(out, text, rows)
    else:
        print(text)
    return {"rows": rows, "text": text}


def _mean(rows, side: str, key: str) -> str:
    """The mean over ``rows`` with its 95 % bootstrap interval over pieces (eval.metrics.bootstrap_ci)."""
    def value(r):
        v = r[side][key] if side != "essentia" else r["chord_wcsr_essentia"]
        return None if v is None else float(v)

    rows = [r for r in rows if value(r) is not None]
    if not rows:
        return "—"
    lo, hi = bootstrap_ci(rows, lambda rs: float(np.mean([value(r) for r in rs])), lambda r: r["piece"])
    return f"{np.mean([value(r) for r in rows]):.2f}" + ("" if lo != lo else f" [{lo:.2f}, {hi:.2f}]")


def downbeat_report(rows: list[dict], split: str) -> str:
    """Downbeat F per meter: the own grid, madmom's DBN bars, and the own beats with madmom's bar phase."""
    def mean(sel, get):
        vals = [(r, get(r)) for r in sel]
        vals = [(r, v) for r, v in vals if v is not None]
        if not vals:
            return "—"
        lo, hi = bootstrap_ci([r for r, _ in vals], lambda rs: float(np.mean([get(r) for r in rs])), lambda r: r["piece"])
        return f"{np.mean([v for _, v in vals]):.2f}" + ("" if lo != lo else f" [{lo:.2f}, {hi:.2f}]")

    own, dbn = (lambda r: r["own"]["downbeat_f"]), (lambda r: r["learned"].get("downbeat_f"))
    phased = lambda r: r["learned"].get("phase_downbeat_f")  # noqa: E731
    lines = [f"## Downbeats: the own grid, madmom's DBN, the own beats with madmom's bar phase — {split} split "
             "(python -m eval.learned)", "", "Downbeat F (mir_eval, ±70 ms); means [95 % bootstrap over pieces].", "",
             "| material | meter | n | own | madmom DBN | own beats + madmom's phase |", "|---|---|---|---|---|---|"]
    groups = sorted({(r["kind"], r["truth_meter"]) for r in rows}, key=lambda g: (g[0] != "synthetic", g[1]))
    for kind, meter in groups + [("all", "")]:
        sel = [r for r in rows if (kind == "all" or (r["kind"] == kind and r["truth_meter"] == meter))
               and r["own"]["downbeat_f"] is not None and not r["piece"].startswith("guitarset")]
        lines.append(f"| {kind} | {meter} | {len(sel)} | {mean(sel, own)} | {mean(sel, dbn)} | {mean(sel, phased)} |")
    lines += ["", "GuitarSet left out (its annotated beats sit half a beat off every estimate).", "",
              "| piece | truth | own | madmom DBN | own + phase (activation, runner-up) |", "|---|---|---|---|---|"]
    fmt = lambda v: "—" if v is None else f"{v:.2f}"  # noqa: E731
    for r in rows:
        ph = r["learned"].get("phase") or {}
        lines.append(f"| {r['piece']} | {r['truth_meter']} | {fmt(own(r))} | {fmt(dbn(r))} | {fmt(phased(r))} "
                     f"({ph.get('activation', '—')}, {ph.get('runner_up', '—')}) |")
    return "\n".join(lines)


def report(rows: list[dict], split: str) -> str:
    if rows and "beat_f" not in rows[0]["learned"]:  # --downbeats-only
        return downbeat_report(rows, split)
    lines = [f"## Learned models (madmom) against the own method — {split} split (python -m eval.learned)", "",
             "Own: the Library's beats, meter, chords (from the stems' notes) and key, learned models off. "
             "Learned: madmom on the mix of the stems. Chords baseline: raw Essentia (HPCP + ChordsDetectionBeats). "
             "Means [95 % bootstrap over pieces].", "",
             "| material | meter | n | beat F own · madmom | downbeat F own · madmom | meter right own · madmom "
             "| chords WCSR own · madmom · Essentia | key right own · madmom |", "|---|---|---|---|---|---|---|---|"]
    groups = sorted({(r["kind"], r["truth_meter"]) for r in rows}, key=lambda g: (g[0] != "synthetic", g[1]))
    for kind, meter in groups:
        sel = [r for r in rows if r["kind"] == kind and r["truth_meter"] == meter]
        lines.append(f"| {kind} | {meter} | {len(sel)} | {_mean(sel, 'own', 'beat_f')} · {_mean(sel, 'learned', 'beat_f')} | "
                     f"{_mean([r for r in sel if r['own']['downbeat_f'] is not None], 'own', 'downbeat_f')} · "
                     f"{_mean([r for r in sel if r['learned']['downbeat_f'] is not None], 'learned', 'downbeat_f')} | "
                     f"{_mean(sel, 'own', 'meter_ok')} · {_mean(sel, 'learned', 'meter_ok')} | "
                     f"{_mean([r for r in sel if 'chord_wcsr' in r['own']], 'own', 'chord_wcsr')} · "
                     f"{_mean([r for r in sel if 'chord_wcsr' in r['learned']], 'learned', 'chord_wcsr')} · "
                     f"{_mean([r for r in sel if r['chord_wcsr_essentia'] is not None], 'essentia', '')} | "
                     f"{_mean([r for r in sel if 'key_ok' in r['own']], 'own', 'key_ok')} · "
                     f"{_mean([r for r in sel if 'key_ok' in r['learned']], 'learned', 'key_ok')} |")
    cost = {k: [r["learned"]["cost_x_rt"][k] for r in rows if k in r["learned"]["cost_x_rt"]]
            for k in ("beats", "downbeats", "chords", "key")}
    total_s = sum(r["learned"]["duration_s"] for r in rows)
    lines += ["", f"Cost of each madmom model, seconds per second of audio (median over {len(rows)} pieces, "
              f"{total_s:.0f} s of audio, this machine, one run): "
              + ", ".join(f"{k} {np.median(v):.3f}×" for k, v in cost.items() if v) + ".", "",
              "| piece | truth | own meter · madmom | beat F own · madmom | downbeat F own · madmom | chords own · madmom · Essentia | key own · madmom |",
              "|---|---|---|---|---|---|---|"]
    for r in rows:
        o, m = r["own"], r["learned"]
        fmt = lambda v: "—" if v is None else f"{v:.2f}"  # noqa: E731
        amb = " (ambiguity: annotated beats half a beat off every estimate; no beat target)" \
            if r["piece"].startswith("guitarset") else ""
        lines.append(f"| {r['piece']}{amb} | {r['truth_meter']} | {o['meter']} · {m['meter']} | {fmt(o['beat_f'])} · "
                     f"{fmt(m['beat_f'])} | {fmt(o['downbeat_f'])} · {fmt(m['downbeat_f'])} | {fmt(o.get('chord_wcsr'))} · "
                     f"{fmt(m.get('chord_wcsr'))} · {fmt(r['chord_wcsr_essentia'])} | {o.get('key', '—')} · {m.get('key', '—')} |")
    if any("phase_downbeat_f" in r["learned"] for r in rows):
        lines += ["", downbeat_report(rows, split)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["calibration", "dev", "test"], default="calibration")
    ap.add_argument("--meters", nargs="*", default=list(METERS_ALL), help="synthetic meters to include")
    ap.add_argument("--no-real", action="store_true", help="skip the real recordings")
    ap.add_argument("--as-mix", action="store_true",
                    help="load each synthetic piece as one mixed file (a single `mix` stem, no separation weights)")
    ap.add_argument("--downbeats-only", action="store_true",
                    help="only the downbeat readings: madmom's DBN bars and the own beats with madmom's bar phase")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "learned")
    ap.add_argument("--report-only", action="store_true",
                    help="no loads, no models: the tables again from the rows the last run of the split kept")
    args = ap.parse_args(argv)
    out = args.out.with_name(f"{args.out.name}-{args.split}{'-mix' if args.as_mix else ''}"
                             f"{'-downbeats' if args.downbeats_only else ''}")
    if args.report_only:
        print(report(json.loads(out.with_suffix(".json").read_text()), args.split)
              + f"\n\n(from the rows kept in {out.with_suffix('.json').name})")
        return
    run(args.split, tuple(args.meters), not args.no_real, args.workers,
        args.out.with_name(f"{args.out.name}-{args.split}{'-mix' if args.as_mix else ''}"
                           f"{'-downbeats' if args.downbeats_only else ''}"), args.as_mix, args.downbeats_only)


if __name__ == "__main__":
    main()
