"""The window's chord chart against the written chords: majmin WCSR (mir_eval) of `get_findings`' chart.

    python -m eval.chart                 # dev: the five frozen frames songs, clean and degraded copies
    python -m eval.chart --split test    # test: generation's eighth and ninth splits' bands (g8_, g9_)
    python -m eval.chart --real          # dev: GuitarSet's comp in ../shared/real against its annotated chords

Each window (10 s, every 5 s) selects the song's bass and chord parts and asks "What are the chords?"; the chart's
bars (a bar split in two where it holds two chords) are compared with the chords the song's writer put there
(:func:`eval.frame_test_songs.write_band`'s ``chords``), cut to the window, by mir_eval's majmin weighted chord
symbol recall. Beside it, two baselines: the chart with no bar split where a seventh chord absorbs two triads
(the rule added on 2026-12-02, eighth session, switched off: ``describe._absorbs``, the method's own switch, never a truth), and the
track's stored chords (the ingest's chord reading, cut to the window).

Dev: the frames songs (the split rule was made from round 17's j06 on ft_drive_e24's degraded copy). Test: the ten
bands of generation's eighth and ninth splits (2/4, 3/4, 4/4, 5/4, 6/4, 7/4, 12/8; loaded from their MIDI files),
never read by this module before the rule; read once.

    python -m eval.chart --voice         # the same windows with the singer selected too

With ``--voice`` the selection also holds the song's voice, as a user selecting "everything" would: the writer's
lead sings chord tones and their neighbours a tone or a semitone away, so a chart that counts the voice's neighbour
notes as chord tones writes sevenths the band never plays. Beside majmin (which grades E major seven as E), mir_eval's
``sevenths`` comparison grades the quality the chart names: the writer's chords are triads, so a seventh is wrong.
"""

from __future__ import annotations

import argparse
from contextlib import contextmanager

import mir_eval
import numpy as np

from eval.client_check import HOME, _folder
from eval.material import CACHE
from eval.metrics import bootstrap_ci

SONGS = ("ft_ballad_csm76", "ft_drive_ab152", "ft_swing_g1208", "ft_ballad_eb54", "ft_drive_e24")
TEST_PREFIXES = ("g8_", "g9_")
LENGTH_S, HOP_S = 10.0, 5.0
PARTS = ("bass", "piano", "guitar")  # the parts that carry the harmony in these arrangements (not the voice)
VOICE = "vocals"  # the stem the writer's lead renders to (eval.frame_test_songs._stem_of)


def harte(symbol: str) -> str:
    """'C#m7/E' -> 'C#:min7' (mir_eval's syntax; the bass note is not graded by majmin): the chart's own
    symbol reader (``describe.parse_symbol``, the inverse of the symbols it writes) gives the quality."""
    from heuristics.describe import parse_symbol

    main = symbol.split("/")[0]
    root = main[:2] if len(main) > 1 and main[1] in "#b" else main[:1]
    parsed = parse_symbol(main)
    return f"{root}:{parsed[1] if parsed else 'maj'}"


def wcsr(ref: list[tuple[float, float, str]], est: list[tuple[float, float, str]],
         compare=mir_eval.chord.majmin) -> float | None:
    """Weighted chord symbol recall of ``est`` against ``ref`` over ``ref``'s span (majmin unless ``compare`` says
    otherwise); None without a reference; 0 where nothing is estimated."""
    if not ref:
        return None
    if not est:
        return 0.0
    ref_i, ref_l = np.array([[a, z] for a, z, _ in ref]), [c for *_, c in ref]
    est_i, est_l = np.array([[a, z] for a, z, _ in est]), [c for *_, c in est]
    est_i, est_l = mir_eval.util.adjust_intervals(est_i, est_l, ref_i.min(), ref_i.max(), mir_eval.chord.NO_CHORD,
                                                  mir_eval.chord.NO_CHORD)
    iv, r, e = mir_eval.util.merge_labeled_intervals(ref_i, ref_l, est_i, est_l)
    return float(mir_eval.chord.weighted_accuracy(compare(r, e), mir_eval.util.intervals_to_durations(iv)))


def chart_intervals(chart) -> list[tuple[float, float, str]]:
    """A chart's chords as timed intervals: a bar holding two chords is split at its middle."""
    out = []
    for bar in chart.bars if chart is not None else []:
        step = (bar.end_s - bar.start_s) / max(len(bar.chords), 1)
        out += [(bar.start_s + i * step, bar.start_s + (i + 1) * step, harte(c)) for i, c in enumerate(bar.chords)]
    return out


def cut(chords: list[tuple[float, float, str]], a: float, z: float) -> list[tuple[float, float, str]]:
    return [(max(s, a), min(e, z), c) for s, e, c in chords if e > a and s < z]


@contextmanager
def _switched_off(rule: str):
    """The chart with one of heuristics.describe's rules (a predicate) answering no: a baseline's one switch."""
    import heuristics.describe as describe

    kept = getattr(describe, rule)
    setattr(describe, rule, lambda *args: False)
    try:
        yield
    finally:
        setattr(describe, rule, kept)


def no_absorb():
    """The chart as it was before the seventh-absorbs-two-triads split."""
    return _switched_off("_absorbs")


def no_sixths():
    """The chart before a sixth chord is read as one (describe._reads_sixth): its notes charted as the minor triad."""
    return _switched_off("_reads_sixth")


REAL_ITEMS = ("guitarset_00_BN1-129-Eb_comp",)  # real recordings with chord annotations (../shared/real)
REAL_HOP_S = 2.5


def _windows(lib, tid: str, song: str, parts: list[str], chords: list[tuple[float, float, str]], hop_s: float,
             baseline) -> list[dict]:
    """Per LENGTH_S window every ``hop_s`` of the track: the chart of ``parts`` against ``chords`` (majmin and
    sevenths WCSR), the chart with ``baseline``'s rule switched off, and the track's stored chords cut to the window."""
    from frames.service import get_findings

    stored = [(c.start_s, c.end_s, c.label) for c in lib.store.chords(tid)]  # already mir_eval's syntax
    duration = float(lib.store.get_track_row(tid)["duration_s"])
    rows = []
    for a in np.arange(0.0, duration - LENGTH_S + 1e-9, hop_s):
        z = float(a) + LENGTH_S
        ref = cut(chords, float(a), z)
        f = get_findings(lib, tid, parts, float(a), z, "What are the chords?")
        with baseline():
            before = get_findings(lib, tid, parts, float(a), z, "What are the chords?")
        est = chart_intervals(f.harmony.chart if f.harmony else None)
        method = wcsr(ref, est)
        if method is None:
            continue
        rows.append(dict(song=song, start=float(a), method=method, sevenths=wcsr(ref, est, mir_eval.chord.sevenths),
                         before=wcsr(ref, chart_intervals(before.harmony.chart if before.harmony else None)),
                         stored=wcsr(ref, cut(stored, float(a), z))))
    return rows


def run_real() -> list[dict]:
    """The chart of real recordings' windows (10 s every 2.5 s, the item's every stem) against their annotated chords
    (truth.json), beside the chart without the sixth-chord reading and the stored chords; dev (the sixth-chord rule was
    made on GuitarSet's comp)."""
    import json

    from eval.truth import REAL, bench_library, load_all

    items = [n for n in REAL_ITEMS if (REAL / n / "truth.json").is_file()]
    if not items:
        print("skipped: no real recordings")
        return []
    lib = bench_library(HOME)
    rows = []
    try:
        ids = load_all(lib, [(n, _folder("real:" + n), f"client-real:{n}") for n in items])
        for name, tid in ids.items():
            annotated = json.loads((REAL / name / "truth.json").read_text())["chords"]
            truth = [(float(a), float(z), c) for a, z, c in annotated]
            stems = [r["stem"] for r in lib.store.stem_rows(tid) if not r["empty"]]
            rows += _windows(lib, tid, name, stems, truth, REAL_HOP_S, no_sixths)
    finally:
        lib.close()
    for r in rows:
        print(f"{r['song']} {r['start']:5.1f}: chart {r['method']:.2f} (without sixth chords {r['before']:.2f}, "
              f"stored {r['stored']:.2f})")
    print(f"real, dev: chart majmin WCSR {np.mean([r['method'] for r in rows]):.2f} over {len(rows)} windows; without "
          f"the sixth-chord reading {np.mean([r['before'] for r in rows]):.2f}; the stored chords "
          f"{np.mean([r['stored'] for r in rows]):.2f} (one recording: no interval)")
    return rows


def run(split: str = "dev", voice: bool = False) -> list[dict]:
    from eval.frame_test_songs import TEST_SONGS, write_band
    from eval.truth import bench_library, load_all

    if split == "test":
        from eval.gen_material import _bands, ingest, open_library, pieces

        lib = open_library()
        items = [it for it in pieces() if it[0].startswith(TEST_PREFIXES)]
        bands = {b.name: (b, s) for b, s in _bands() if b.name.startswith(TEST_PREFIXES)}
    else:
        lib = bench_library(HOME, [CACHE.resolve()])
        bands = {b.name: (b, s) for b, s in TEST_SONGS if b.name in SONGS}
    rows = []
    try:
        if split == "test":
            ids = ingest(lib, items)
        else:
            names = [n + copy for n in SONGS for copy in ("", "@degraded")]
            ids = load_all(lib, [(n, _folder(n), f"client-{n}") for n in names])
        for song, tid in ids.items():
            band, seed = bands[song.split("@")[0]]
            _, info = write_band(band, seed)
            written = [(float(a), float(z), c) for a, z, c in info["chords"]]
            have = {r["stem"] for r in lib.store.stem_rows(tid) if not r["empty"]}
            parts = [s for s in PARTS + ((VOICE,) if voice else ()) if s in have]
            rows += _windows(lib, tid, song, parts, written, HOP_S, no_absorb)
    finally:
        lib.close()
    report(rows, split + (" --voice" if voice else ""))
    return rows


def report(rows: list[dict], split: str) -> str:
    def cell(sel: list[dict], field: str) -> str:
        value = float(np.mean([r[field] for r in sel]))
        if len({r["song"].split("@")[0] for r in sel}) < 2:  # one song: no interval over songs
            return f"{value:.2f}"
        lo, hi = bootstrap_ci(sel, lambda rs: float(np.mean([r[field] for r in rs])), lambda r: r["song"].split("@")[0])
        return f"{value:.2f} [{lo:.2f}, {hi:.2f}]"
    lines = [f"## The window's chord chart (python -m eval.chart --split {split}; {split.split()[0]})", "",
             "| songs | windows | chart majmin WCSR [95 % over songs] | chart sevenths WCSR (the quality named) | "
             "baseline: no split where a seventh absorbs two triads | baseline: the track's stored chords |",
             "|---|---|---|---|---|---|"]
    groups = sorted({r["song"] for r in rows})
    for name in groups + [None]:
        sel = [r for r in rows if name is None or r["song"] == name]
        if not sel:
            continue
        lines.append(f"| {name or 'all'} | {len(sel)} | {cell(sel, 'method')} | {cell(sel, 'sevenths')} | "
                     f"{cell(sel, 'before')} | "
                     f"{cell(sel, 'stored')} |")
    text = "\n".join(lines)
    print(text)
    return text


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--voice", action="store_true", help="select the song's voice with the harmony parts")
    ap.add_argument("--real", action="store_true", help="the real recordings with annotated chords (GuitarSet)")
    args = ap.parse_args(argv)
    run_real() if args.real else run(args.split, args.voice)


if __name__ == "__main__":
    main()
