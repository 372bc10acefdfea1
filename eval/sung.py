"""A singer's notes as the findings name them (bar notes, held notes) against the annotated notes of real singers.

    python -m eval.sung            # every real voice of ../shared/real with annotated notes (dev)

The stored transcription of a vocals stem splits a held note where its vibrato or level moves, names a slide's
passing pitches as notes and flicks a 70 ms neighbour in front of a note. The findings read a voice's notes as
:func:`heuristics.describe.sung_spans` joins and drops them with the stem's f0 and level. Compared here, on the
same stored notes:

- ``raw``: every transcribed note;
- ``strokes`` (the baseline: what the bar notes read before 2026-12-03): the notes grouped into strokes, a
  restart of the same pitch within 50 ms joined to it (``describe.part_strokes``);
- ``sung``: ``describe.sung_spans``.

Truth: truth.json's vocal notes (MedleyDB: derived from the verified f0, approximate; vocadito: annotator A1).
Metric: mir_eval.transcription note F (onset within ±50 ms and pitch within 50 cents, offsets ignored), one
to one, over each whole stem; the mean over voices with a 95 % bootstrap interval over voices. **Dev**: the
rule was written on the Beatles window of round 24's a02 and Country1's first verse (a03), and these figures
were read while choosing it (its join gap and its slide rule).

The ingests are eval.intonation's (its home and titles): run either and the other reuses them.

    python -m eval.sung --frames   # the frames songs' singers, clean and degraded, against their scores (dev)

``--frames`` reads the singer of each of eval.frame_test_songs' songs and of its degraded copy (a room, spill and a
noise floor) against the score's vocal notes (exact), with the outside check's ingests (its home and titles). Dev:
the degraded copies' held notes re-struck by the room's level swells were read here while the re-attack's dip
rule was chosen.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eval.intonation import HOME
from eval.metrics import mean_ci, note_prf

METHODS = ("raw", "strokes", "sung")


def note_f(truth: list[tuple[float, float, float]], notes: list[tuple[float, float, float]]) -> float:
    """Note F of ``notes`` against ``truth``, each (onset s, offset s, MIDI pitch): eval.metrics.note_prf."""
    def rows(ns):
        return [{"time_s": a, "duration_s": b - a, "pitch": m} for a, b, m in ns]
    return note_prf(rows(truth), rows(notes))[2]


def readings(lib, tid: str, end_s: float) -> dict[str, list[tuple[float, float, float]]]:
    """Each method's notes over the whole vocals stem."""
    from analysis.core.types import Window
    from heuristics import describe
    from heuristics.slice import load_slice

    sl = load_slice(lib.store, Window(tid, ("vocals",), 0.0, end_s))
    s = sl.stems["vocals"]
    n = s.notes
    t, _, brings, length = describe.part_strokes(sl)["vocals"]
    return {"raw": [(float(a), float(a + d), float(p)) for a, d, p in zip(n.time_s, n.duration_s, n.pitch)],
            "strokes": [(float(a), float(a + d), float(p)) for a, d, p in zip(t, length, brings)],
            "sung": [(a, b, float(p)) for a, b, p in describe.sung_spans(s)]}


def report(rows: list[dict]) -> dict:
    out = {"voices": rows, "split": "dev", "baseline": "strokes"}
    for m in METHODS:
        mean, lo, hi = mean_ci(rows, lambda r, m=m: r[m], lambda r: r["voice"]) if rows else (None, None, None)
        out[m] = {"note_f": None if mean is None else round(mean, 3),
                  "ci": None if lo is None or lo != lo else [round(lo, 3), round(hi, 3)]}
    return out


def run() -> dict:
    from eval.truth import REAL, bench_library, load_all

    if not REAL.is_dir():
        return report([])
    items, truths = [], {}
    for folder in sorted(REAL.iterdir()):
        path = folder / "truth.json"
        if not (folder / "vocals.flac").is_file() or not path.is_file():
            continue
        notes = (json.loads(path.read_text()).get("notes") or {}).get("vocals")
        if notes:
            items.append((folder.name, folder, f"intonation-{folder.name}"))
            truths[folder.name] = [tuple(map(float, x[:3])) for x in notes]
    lib = bench_library(HOME)
    rows = []
    try:
        ids = load_all(lib, items)
        for name, tid in ids.items():
            end = float(lib.store.get_track_row(tid)["duration_s"])
            got = readings(lib, tid, end)
            rows.append({"voice": name, "notes": len(truths[name]),
                         **{m: round(note_f(truths[name], got[m]), 3) for m in METHODS},
                         **{f"{m}_count": len(got[m]) for m in METHODS}})
    finally:
        lib.close()
    return report(rows)


def run_frames() -> dict:
    """The frames songs' singers, clean and degraded, against the scores' vocal notes (mean over songs)."""
    from eval.client_check import HOME as CLIENT_HOME, _folder
    from eval.frame_test_songs import TEST_SONGS
    from eval.material import CACHE
    from eval.truth import bench_library, load_all

    songs = [b.name + tail for b, _ in TEST_SONGS for tail in ("", "@degraded")]
    lib = bench_library(CLIENT_HOME)
    rows = []
    try:
        ids = load_all(lib, [(s, _folder(s), f"client-{s}") for s in songs])
        for song, tid in ids.items():
            score = json.loads((CACHE / "frames_test" / song.split("@")[0] / "truth.json").read_text())
            truth = [(n["time_s"], n["time_s"] + n["duration_s"], float(n["pitch"]))
                     for n in score["notes"].get("vocals", [])]
            if not truth:
                continue
            got = readings(lib, tid, float(lib.store.get_track_row(tid)["duration_s"]))
            rows.append({"voice": song, "notes": len(truth), **{m: round(note_f(truth, got[m]), 3) for m in METHODS},
                         **{f"{m}_count": len(got[m]) for m in METHODS}})
    finally:
        lib.close()
    return report(rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--frames", action="store_true", help="the frames songs' singers, clean and degraded (dev)")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    args.out = args.out or Path(__file__).parent / "out" / ("sung_frames.json" if args.frames else "sung.json")
    out = run_frames() if args.frames else run()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1))
    for r in out["voices"]:
        print(f"{r['voice']:28s} notes {r['notes']:4d}  " + "  ".join(f"{m} {r[m]:.2f} ({r[m + '_count']})"
                                                                   for m in METHODS))
    for m in METHODS:
        print(f"{m:8s} note F {out[m]['note_f']}  95% CI {out[m]['ci']}")


if __name__ == "__main__":
    main()
