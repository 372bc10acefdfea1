"""Where a singer leaves room (Presence.rests, "where are the gaps between her lines?") against the annotated f0 of
real singers.

    python -m eval.gaps            # every real voice of ../shared/real with an annotated f0 (dev)

Truth, a musician's reading of the annotated f0 (its own constants, none from the code): a **line gap** is a stretch
of at least ROOM_S with no voiced frame between two voiced ones (room for an answer between lines); a **catch-breath**
is one shorter than BREATH_S (a breath taken inside a line, no room); stretches in between are left unscored. The
Beatles' two singers share one stem: the voiced frames of both annotations are joined.

Per voice, over the whole stem: **found** — the line gaps a reading's holes cover for at least half their length;
**short** — the holes that cover no line gap that way but lie where she is silent (a catch-breath, or a stretch under
ROOM_S: true holes, no room for an answer); **false** — the holes that lie mostly where the annotation has her singing
(room claimed where there is none).
Readings, on the same stored stem:

- ``rests``: the findings' holes (describe._rests with the track's context: a voice alone counted in time, from
  VOICE_ALONE_GAP_S; a voice in a band from half a beat);
- ``half_beat`` (the findings before 2026-12-06): every voice's holes from half a beat;
- ``unvoiced`` (the best simple rule I know): the stem's own stored f0 unvoiced for 0.45 s or more between voiced
  frames.

**Dev**: the voice-alone rule was made on vocadito's last lines (round 86's ci05), and these figures were read while
it was made. The ingests are eval.intonation's (its home and titles): run either and the other reuses them.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from eval.intonation import HOME, REAL_VOICES

ROOM_S = 0.5  # a gap a producer can drop an answer into
BREATH_S = 0.35  # a catch-breath inside a line
UNVOICED_S = 0.45  # the simple rule's own floor
METHODS = ("rests", "half_beat", "unvoiced")


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) index runs where ``mask`` holds."""
    edges = np.flatnonzero(np.diff(np.r_[0, mask.astype(np.int8), 0]))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))


def silences(times: np.ndarray, voiced: np.ndarray) -> list[tuple[float, float]]:
    """(start, end) of each unvoiced stretch between two voiced frames."""
    out = []
    for a, z in _runs(~voiced):
        if a > 0 and z < len(voiced):
            out.append((float(times[a]), float(times[z])))
    return out


def truth_gaps(folder: Path, f0_files: list[str]) -> tuple[list[tuple[float, float]], list[tuple[float, float]],
                                                             list[tuple[float, float]]]:
    """(line gaps, catch-breaths) of the joined annotated f0s (vocadito's lists every frame, MedleyDB's only the
    voiced ones: each is laid on one regular grid at its own hop)."""
    rows = [np.loadtxt(folder / "annotations" / f, delimiter=",", usecols=(0, 1)) for f in f0_files]
    hop = float(min(np.median(np.diff(r[:, 0])) for r in rows))
    t = np.arange(0.0, max(float(r[-1, 0]) for r in rows) + hop, hop)
    voiced = np.zeros(len(t), bool)
    for r in rows:
        k = np.clip(np.round(r[r[:, 1] > 0, 0] / hop).astype(int), 0, len(t) - 1)
        voiced[k] = True
    quiet = silences(t, voiced)
    return [g for g in quiet if g[1] - g[0] >= ROOM_S], [g for g in quiet if g[1] - g[0] < BREATH_S], quiet


def _covers(hole: tuple[float, float], gap: tuple[float, float]) -> bool:
    return min(hole[1], gap[1]) - max(hole[0], gap[0]) >= 0.5 * (gap[1] - gap[0])


def _sung_over(hole: tuple[float, float], quiet: list[tuple[float, float]]) -> bool:
    """Most of the hole lies where the annotation has her singing."""
    silent = sum(max(0.0, min(hole[1], z) - max(hole[0], a)) for a, z in quiet)
    return silent < 0.5 * (hole[1] - hole[0])


def score(gaps: list[tuple[float, float]], holes: list[tuple[float, float]], quiet: list[tuple[float, float]]
          ) -> dict:
    """Line gaps found; holes on no line gap (a breath inside a line or a stretch under ROOM_S: ``short``) and holes
    mostly where she sings (``false``: room claimed where there is none)."""
    found = sum(any(_covers(h, g) for h in holes) for g in gaps)
    off = [h for h in holes if not any(_covers(h, g) for g in gaps)]
    false = sum(_sung_over(h, quiet) for h in off)
    return {"gaps": len(gaps), "found": found, "holes": len(holes), "short": len(off) - false, "false": false}


def readings(lib, tid: str, end_s: float) -> dict[str, list[tuple[float, float]]]:
    """Each method's holes over the whole vocals stem (a hole to the stem's end left out)."""
    from analysis.core.types import Window
    from heuristics import describe
    from heuristics.slice import load_context, load_slice

    sl = load_slice(lib.store, Window(tid, ("vocals",), 0.0, end_s))
    s = sl.stems["vocals"]
    alone = load_context(lib.store, tid).voice_alone
    inside = lambda rs: [(r.start_s, r.end_s) for r in rs if r.end_s < end_s - 1e-3]  # noqa: E731
    f = s.frames
    unvoiced = [(a, z) for a, z in silences(f.time_s, f.pitch_hz > 0) if z - a >= UNVOICED_S]
    return {"rests": inside(describe._rests(sl, s, alone)), "half_beat": inside(describe._rests(sl, s, False)),
            "unvoiced": unvoiced}


def report(rows: list[dict]) -> dict:
    out = {"voices": rows, "split": "dev", "baselines": ["half_beat", "unvoiced"]}
    for m in METHODS:
        gaps = sum(r["gaps"] for r in rows)
        out[m] = {"found": sum(r[m]["found"] for r in rows), "gaps": gaps,
                  "recall": round(sum(r[m]["found"] for r in rows) / gaps, 3) if gaps else None,
                  **{k: sum(r[m][k] for r in rows) for k in ("holes", "short", "false")}}
    return out


def run() -> dict:
    from eval.truth import REAL, bench_library, load_all

    if not REAL.is_dir():
        return report([])
    f0s: dict[str, list[str]] = {}
    for song, f0_file in REAL_VOICES:
        if (REAL / song / "annotations" / f0_file).is_file() and (REAL / song / "vocals.flac").is_file():
            f0s.setdefault(song, []).append(f0_file)
    lib = bench_library(HOME)
    rows = []
    try:
        ids = load_all(lib, [(song, REAL / song, f"intonation-{song}") for song in f0s])
        for song, tid in ids.items():
            gaps, breaths, quiet = truth_gaps(REAL / song, f0s[song])
            got = readings(lib, tid, float(lib.store.get_track_row(tid)["duration_s"]))
            rows.append({"voice": song, "gaps": len(gaps), "breaths": len(breaths),
                         **{m: score(gaps, got[m], quiet) for m in METHODS}})
    finally:
        lib.close()
    return report(rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "gaps.json")
    args = ap.parse_args(argv)
    out = run()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1))
    for r in out["voices"]:
        print(f"{r['voice']:22s} line gaps {r['gaps']:2d}  " + "  ".join(
            f"{m} {r[m]['found']}/{r['gaps']} ({r[m]['holes']} holes: {r[m]['short']} short, {r[m]['false']} false)"
            for m in METHODS))
    for m in METHODS:
        print(f"{m:9s} line gaps found {out[m]['found']}/{out[m]['gaps']} ({out[m]['recall']}); of "
              f"{out[m]['holes']} holes, {out[m]['short']} short, {out[m]['false']} where she sings")


if __name__ == "__main__":
    main()
