"""Does the singer put vibrato on a note, how fast and how wide? ``presence.vibrato`` (read at load by
analysis.vibrato) against the real singers' annotated f0.

    python -m eval.vibrato

Material: every singer of ``../shared/real`` with an annotated f0 (eval.intonation's list), loaded fresh into this
module's home. The Punk singer is **dev** (analysis.vibrato's constants were set on his shouted notes, round 61's
bj01); the other singers were test, and are **dev** since (2026-12-05): read three times, once for a rate-estimate
change tried on them and reverted.

Truth, by this module's own rule and constants (peak picking on the annotation, not the code's autocorrelation): the
annotated f0 in cents, a running median over SMOOTH_S; its turning points picked with a hysteresis of SWING_CENTS (a
turn counts once the line has come back that far from it); a vibrato is a run of at least MIN_TURNS turning points,
each half a cycle (HALF_CYCLE_S) from the last and swinging at least SWING_CENTS, whose midpoints (the note it swings
around) drift under DRIFT_CENTS. Its rate is one over twice the median half cycle, its depth the median swing from a
turning point to the next.

Reported, with 95 % bootstrap intervals over singers: of the truth's vibratos, the share the server finds (a
stretch of its covering at least half of one), and the server's stretches that lie on one (half of it or more inside
a truth vibrato); on the matched pairs, the median error of the rate (Hz) and of the depth (cents, top to bottom).
Baselines: **every held note** (each stored vocal note of 0.4 s or more said to carry a vibrato: what a listener
assumes of a trained singer) for the finding, and **a textbook vibrato** (5.5 Hz, a semitone from top to bottom) for
the rate and the depth.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from eval.intonation import _other_singer, real_voices
from eval.material import CACHE
from eval.metrics import ci_cell, json_main

HOME = CACHE / "vibrato_home"
DEV = {"musicdelta_punk:04"}
SMOOTH_S = 0.02  # each side: the annotation's frame-to-frame jitter out
SWING_CENTS = 40.0  # a turn of the pitch line this far back: a swing (a fifth of a semitone either way)
HALF_CYCLE_S = (0.055, 0.15)  # half a cycle of a 3.3-9 Hz swing
MIN_TURNS = 4  # two full cycles
DRIFT_CENTS = 100.0  # the swing's midpoints moving more than this: a slide or a run, not a note held
HELD_S = 0.4  # the baseline's held notes
TEXTBOOK = (5.5, 100.0)  # Hz, cents top to bottom
SCAN_S = 30.0


def truth_vibratos(folder: Path, f0_file: str) -> list[tuple[float, float, float, float]]:
    """(start, end, rate Hz, depth cents) of each vibrato in an annotated f0, by this module's rule."""
    rows = np.loadtxt(folder / "annotations" / f0_file, delimiter=",", usecols=(0, 1))
    t, f = rows[:, 0], rows[:, 1]
    hop = float(np.median(np.diff(t)))
    cents = np.where(f > 0, 1200 * np.log2(np.maximum(f, 1e-6) / 440.0), np.nan)
    k = max(1, int(round(SMOOTH_S / hop)))
    smooth = np.array([np.nanmedian(cents[max(0, i - k): i + k + 1]) if np.isfinite(cents[i]) else np.nan
                       for i in range(len(cents))])
    out = []
    i = 0
    while i < len(smooth):
        if not np.isfinite(smooth[i]):
            i += 1
            continue
        j = i
        while j < len(smooth) and np.isfinite(smooth[j]):
            j += 1
        out += _run_vibratos(t[i:j], smooth[i:j])
        i = j
    return out


def _turns(t: np.ndarray, x: np.ndarray) -> list[tuple[float, float]]:
    """(time, cents) of each turning point, picked with a hysteresis of SWING_CENTS."""
    turns, ext, ext_t, up = [], x[0], t[0], None
    for ti, xi in zip(t[1:], x[1:]):
        if up is None:
            if abs(xi - ext) >= SWING_CENTS:
                turns.append((ext_t, ext))
                up, ext, ext_t = xi > ext, xi, ti
            elif (xi > ext) == (xi > x[0]):
                ext, ext_t = xi, ti
            continue
        if (up and xi > ext) or (not up and xi < ext):
            ext, ext_t = xi, ti
        elif abs(xi - ext) >= SWING_CENTS:
            turns.append((ext_t, ext))
            up, ext, ext_t = not up, xi, ti
    return turns


def _run_vibratos(t: np.ndarray, x: np.ndarray) -> list[tuple[float, float, float, float]]:
    turns = _turns(t, x)
    out, seq = [], []

    def close(seq):
        if len(seq) >= MIN_TURNS:
            mids = [(a[1] + b[1]) / 2 for a, b in zip(seq, seq[1:])]
            if max(mids) - min(mids) < DRIFT_CENTS:
                halves = np.diff([s[0] for s in seq])
                swings = np.abs(np.diff([s[1] for s in seq]))
                out.append((seq[0][0], seq[-1][0], 1.0 / (2 * float(np.median(halves))), float(np.median(swings))))
    for turn in turns:
        if seq and not (HALF_CYCLE_S[0] <= turn[0] - seq[-1][0] <= HALF_CYCLE_S[1]):
            close(seq)
            seq = []
        elif len(seq) >= 2 and abs((seq[-1][1] + turn[1]) / 2 - (seq[0][1] + seq[1][1]) / 2) >= DRIFT_CENTS:
            close(seq)  # (the note slides away: what swung before it is one vibrato, what follows may be another)
            seq = seq[-1:]
        seq.append(turn)
    close(seq)
    return out


def _overlap(a: tuple, b: tuple) -> float:
    return max(0.0, min(a[1], b[1]) - max(a[0], b[0]))


def read_song(lib, tid: str) -> tuple[list, list]:
    """(the server's vibrato stretches (start, end, rate, depth), the stored vocal notes (start, end) of HELD_S or
    more) over the take."""
    from frames.service import get_findings
    from heuristics.window import read_window

    duration = float(lib.store.get_track_row(tid)["duration_s"])
    said, held = [], []
    for a in np.arange(0.0, duration - 1.0, SCAN_S):
        z = min(a + SCAN_S, duration)
        f = get_findings(lib, tid, ["vocals"], float(a), float(z), "does she put vibrato on her notes?")
        p = next((x for x in f.presence if x.stem == "vocals"), None)
        said += [(v.time_s, v.end_s, v.rate_hz, v.depth_cents) for v in (p.vibrato or [])] if p else []
        n = read_window(lib, tid, ["vocals"], float(a), float(z))[0].stems["vocals"].notes
        held += [(float(x), float(x + d)) for x, d in zip(n.time_s, n.duration_s) if d >= HELD_S]
    return said, held


def score(song: str, truth: list, said: list, held: list) -> tuple[list[dict], list[dict]]:
    split = "dev" if song in DEV else "test"
    rows = []
    for tr in truth:
        mine = max(said, key=lambda s: _overlap(s, tr), default=None)
        found = mine is not None and _overlap(mine, tr) >= 0.5 * (tr[1] - tr[0])
        base = any(_overlap(h, tr) >= 0.5 * (tr[1] - tr[0]) for h in held)
        rows.append(dict(song=song, split=split, found=found, base_found=base, rate=tr[2], depth=tr[3],
                         rate_err=abs(mine[2] - tr[2]) if found else None,
                         depth_err=abs(mine[3] - tr[3]) if found else None,
                         base_rate_err=abs(TEXTBOOK[0] - tr[2]), base_depth_err=abs(TEXTBOOK[1] - tr[3])))
    claims = [dict(song=song, split=split, who="server", right=any(_overlap(s, tr) >= 0.5 * (s[1] - s[0])
                                                                   for tr in truth)) for s in said]
    claims += [dict(song=song, split=split, who="baseline", right=any(_overlap(h, tr) >= 0.5 * (h[1] - h[0])
                                                                      for tr in truth)) for h in held]
    return rows, claims


def run() -> dict:
    from eval.truth import REAL, bench_library, load_all

    items, truths = [], {}
    for key, folder, f0_file in real_voices():
        items.append((key, folder, f"vibrato-{folder.name}"))
        truths[key] = (truth_vibratos(folder, f0_file), _other_singer(folder, f0_file))
    lib = bench_library(HOME, [REAL.resolve()])
    rows, claims = [], []
    try:
        ids = load_all(lib, items)
        for key, tid in ids.items():
            truth, other = truths[key]
            said, held = read_song(lib, tid)
            if other is not None:  # two singers in the stem: only where this one sings alone
                alone = lambda x: not np.any((other >= x[0] - 0.2) & (other <= x[1] + 0.2))  # noqa: E731
                truth, said, held = [x for x in truth if alone(x)], [x for x in said if alone(x)], \
                    [x for x in held if alone(x)]
            r, c = score(key, truth, said, held)
            rows += r
            claims += c
    finally:
        lib.close()
    return report(rows, claims)


def report(rows: list[dict], claims: list[dict]) -> dict:
    def share(sel, fn) -> str:
        return ci_cell(sel, fn, lambda r: r["song"], unit="song") + f" (n={len(sel)})" if sel else "—"

    def med(sel, fn) -> str:
        sel = [r for r in sel if fn(r) is not None]
        return ci_cell(sel, fn, lambda r: r["song"], np.median, 1, "song") if sel else "—"

    lines = ["## Vibrato (python -m eval.vibrato): per vibrato of the annotated f0, 95 % bootstrap over singers", "",
             "| singers | vibratos (median rate, depth) | found | baseline: every held note | its stretches on one "
             "| baseline: every held note | rate error, Hz | baseline: textbook | depth error, cents | baseline: "
             "textbook |", "|---|---|---|---|---|---|---|---|---|---|"]
    for split, label in (("test", "real singers but Punk (dev since its third reading)"), ("dev", "Punk (dev)")):
        sel = [r for r in rows if r["split"] == split]
        said = [c for c in claims if c["split"] == split and c["who"] == "server"]
        base = [c for c in claims if c["split"] == split and c["who"] == "baseline"]
        if not sel:
            continue
        typical = (f"{np.median([r['rate'] for r in sel]):.1f} Hz, {np.median([r['depth'] for r in sel]):.0f} "
                   "cents")
        lines.append(f"| {label} | {len(sel)} ({typical}) | {share(sel, lambda r: float(r['found']))} | "
                     f"{share(sel, lambda r: float(r['base_found']))} | {share(said, lambda c: float(c['right']))} | "
                     f"{share(base, lambda c: float(c['right']))} | {med(sel, lambda r: r['rate_err'])} | "
                     f"{med(sel, lambda r: r['base_rate_err'])} | {med(sel, lambda r: r['depth_err'])} | "
                     f"{med(sel, lambda r: r['base_depth_err'])} |")
    print("\n".join(lines))
    return {"rows": rows, "claims": claims, "table": lines}


def main(argv: list[str] | None = None) -> None:
    json_main(__doc__, run, "vibrato", argv)


if __name__ == "__main__":
    main()
