"""Where the stored beats sit against the beats a listener taps: the grid's phase, track by track.

    python -m eval.beat_phase                # the frames songs (clean and degraded) and the real multitracks
    python -m eval.beat_phase --home DIR     # ingest into DIR (default: a fresh folder per commit)

Every offset a finding gives against "the beat" (a singer behind it, a note on the and) is measured from the stored
beats. Beat F (mir_eval, 70 ms either side) does not see a grid a steady 20 ms off; this does. Per track: each true
beat's nearest stored beat, within MATCH_MS; the median signed offset (+: the stored beat after the true one) and the
mean absolute offset. Truth: the score's beats for the frames songs (eval.frame_test_songs, rendered: the beat is
where the score puts it) and the human beat annotations of the real MusicDelta multitracks (../shared/real; GuitarSet's
comp is left out: its annotated beats sit half a beat from where both trackers put them, an ambiguity issue 24 names).

Methods (all from one ingest; each track's meter evidence says how far the ingest moved its beats):
- ``stored``: the beats as stored (today's method).
- ``ticks``: the tracker's ticks before they were moved (the method before; stored less the move).
- ``constant``: the ticks moved by one latency for every track, the median move over the *other* tracks (the best
  simple correction: a tracker's fixed lag, fitted leaving the track out).

Intervals: 95 % bootstrap over songs (a song's clean and degraded copies resampled together). My constants: MATCH_MS
(a beat more than this from every stored one is a miss, not a phase), PHASE_OFF_MS (a grid a listener hears as off
the band: more than a flam).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from eval.material import CACHE

MATCH_MS = 70.0
PHASE_OFF_MS = 10.0
REAL_NAMES = ("musicdelta_beatles", "musicdelta_country1", "musicdelta_punk", "musicdelta_rock", "musicdelta_shadows")


def items() -> list[tuple[str, str, Path, str, np.ndarray, float]]:
    """(piece, item, folder, title, true beats, duration) for every frames song and copy and each real multitrack."""
    from eval.client_check import _folder
    from eval.ranges import FRAMES_SONGS
    from eval.truth import REAL

    out = []
    for song in FRAMES_SONGS:
        truth = json.loads((CACHE / "frames_test" / song / "truth.json").read_text())
        for item in (song, song + "@degraded"):
            out.append((song, item, _folder(item), f"beat-phase-{item}", np.asarray(truth["beats_s"], float),
                        float(truth["duration_s"])))
    for name in REAL_NAMES:
        path = REAL / name / "truth.json"
        if path.is_file():
            truth = json.loads(path.read_text())
            out.append((f"real:{name}", f"real:{name}", REAL / name, f"beat-phase-real-{name}",
                        np.asarray(truth["beats_s"], float), 0.0))
    return out


def phase(true: np.ndarray, est: np.ndarray) -> dict:
    """Each true beat's nearest estimated beat within MATCH_MS: their median signed offset and mean absolute offset
    (ms), and the share of true beats matched."""
    d = (est[np.abs(est[None, :] - true[:, None]).argmin(axis=1)] - true) * 1000.0 if len(est) else np.array([])
    d = d[np.abs(d) <= MATCH_MS]
    if not len(d):
        return {"median_ms": float("nan"), "mae_ms": float("nan"), "matched": 0.0}
    return {"median_ms": float(np.median(d)), "mae_ms": float(np.mean(np.abs(d))), "matched": len(d) / len(true)}


def read_track(lib, tid: str, true: np.ndarray, duration_s: float) -> list[dict]:
    """One track's stored beats and how far the ingest moved them."""
    stored = lib.store.grid(tid).beats_s
    meter = lib.store.track_analysis(tid).meter
    evidence = (meter.evidence if meter is not None else None) or {}
    moved = float((evidence.get("beats_moved_onto_band") or {}).get("ms", 0.0))
    return [{"stored": stored.tolist(), "moved_ms": moved, "true": true.tolist()}]


def rows(home: Path) -> list[dict]:
    """Every track loaded into ``home`` (eval.ranges.read_items) and read by every method."""
    from eval.ranges import read_items

    got = read_items(home, items(), read_track)
    out = []
    for r in got:
        others = [x["moved_ms"] for x in got if x["piece"] != r["piece"]]
        stored, true = np.asarray(r["stored"]), np.asarray(r["true"])
        ticks = stored - r["moved_ms"] / 1000.0
        constant = ticks + (float(np.median(others)) if others else 0.0) / 1000.0
        row = {"piece": r["piece"], "item": r["item"], "moved_ms": r["moved_ms"]}
        for name, beats in (("stored", stored), ("ticks", ticks), ("constant", constant)):
            row[name] = phase(true, beats)
        out.append(row)
    return out


def report(rs: list[dict], commit: str) -> str:
    from eval.metrics import mean_ci

    lines = [f"Beat phase against the true beats (code of {commit}): per track the median signed offset of the stored "
             f"beats from the true ones (matched within {MATCH_MS:.0f} ms) and the mean absolute offset; 95 % "
             "intervals over songs", "",
             "| material | tracks | method | abs median offset (ms) | mean abs offset (ms) | tracks off by more "
             f"than {PHASE_OFF_MS:.0f} ms |", "|---|---|---|---|---|---|"]
    for label, pick in (("frames, clean", lambda r: not r["item"].startswith("real:") and "@" not in r["item"]),
                        ("frames, degraded", lambda r: "@degraded" in r["item"]),
                        ("real (human beats)", lambda r: r["item"].startswith("real:")),
                        ("all", lambda r: True)):
        sel = [r for r in rs if pick(r)]
        if not sel:
            continue
        for m in ("stored", "ticks", "constant"):
            ok = [r for r in sel if r[m]["mae_ms"] == r[m]["mae_ms"]]
            a, alo, ahi = mean_ci(ok, lambda r: abs(r[m]["median_ms"]), lambda r: r["piece"])
            e, elo, ehi = mean_ci(ok, lambda r: r[m]["mae_ms"], lambda r: r["piece"])
            off = sum(abs(r[m]["median_ms"]) > PHASE_OFF_MS for r in ok)
            ci = (lambda lo, hi: f" [{lo:.1f}, {hi:.1f}]" if lo == lo else "")
            lines.append(f"| {label} | {len(ok)} | {m} | {a:.1f}{ci(alo, ahi)} | {e:.1f}{ci(elo, ehi)} | {off} |")
    lines += ["", "Per track (median offset, ms): " + "; ".join(
        f"{r['item']} {r['stored']['median_ms']:+.0f} (ticks {r['ticks']['median_ms']:+.0f})" for r in rs)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    from eval.ranges import per_commit_main

    per_commit_main(__doc__, "beat_phase", rows, report, argv)


if __name__ == "__main__":
    main()
