"""Where a singer sits against the beat, window by window, against the score: planted late and early singers.

    python -m eval.vocal_place                # the frames songs: clean, singer moved late, singer moved early, degraded
    python -m eval.vocal_place --home DIR     # ingest into DIR (default: a fresh folder per commit)

The frames songs' singers are written on the beat's subdivisions. Each song is read four ways: as rendered, with its
vocal stem's audio moved SHIFT_MS later (every other stem untouched: a singer who sits behind the band), moved SHIFT_MS
earlier (one who pushes), and its degraded copy (eval.frame_test_songs' room, spill and noise). Each 10-s window whose
score has MIN_SUNG sung starts is read through the track's vocal placement (H015's feel, as every tool says it) and
judged against the score's own placement: the sung starts' median distance to the nearest beat subdivision (halves,
thirds and quarters of the score's beat), moved by the shift; a musician hears a singer as behind or ahead of the band
from LEAN_MS on. A "loose" reading is wrong wherever the score's singer is steady, which here she always is. Baselines:
"in time" everywhere (what one would say of a take never listened to), and the code before a rule (this command on
the commit before it, a worktree: the store is the same, the window's reading is not).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import soundfile as sf

from eval.material import CACHE

SHIFT_MS = 45.0  # a singer audibly behind (or ahead of) the band: more than a feel, less than a sixteenth at 120
LEAN_MS = 20.0  # a musician's threshold for "behind" or "ahead" (my own constant, not the code's)
MIN_SUNG = 6  # sung starts a window needs to say where she sits
WINDOW_S = 10.0
FEELS = {"on the grid": "in time", "late": "behind", "early": "ahead", "loose": "loose"}


def shifted_copy(folder: Path, shift_ms: float, dest: Path) -> Path:
    """``folder``'s stems with the vocal stem's audio moved ``shift_ms`` (later when positive), same length."""
    dest.mkdir(parents=True, exist_ok=True)
    for wav in sorted(folder.glob("*.wav")):
        out = dest / wav.name
        if out.exists():
            continue
        if wav.stem != "vocals":
            out.symlink_to(wav.resolve())
            continue
        y, sr = sf.read(wav, always_2d=True)
        n = int(round(abs(shift_ms) / 1000.0 * sr))
        pad = np.zeros((n, y.shape[1]), y.dtype)
        y = np.concatenate([pad, y[:len(y) - n]]) if shift_ms > 0 else np.concatenate([y[n:], pad])
        sf.write(out, y, sr)
    return dest


def score_place(sung: np.ndarray, beats: np.ndarray, shift_ms: float) -> str:
    """Where the score's singer sits in a window: her starts' median distance to the nearest subdivision."""
    per = np.diff(beats)
    grid = np.unique(np.concatenate([beats[:-1] + per * k / d for d in (2, 3, 4) for k in range(d)]))
    off = sung[:, None] - grid[None]
    off = off[np.arange(len(sung)), np.abs(off).argmin(1)] * 1000.0 + shift_ms
    med = float(np.median(off))
    return "behind" if med >= LEAN_MS else ("ahead" if med <= -LEAN_MS else "in time")


def items() -> list[tuple[str, str, Path, float, dict]]:
    """(song, copy, folder, shift_ms, truth) for every frames song and copy."""
    from eval.client_check import _folder
    from eval.ranges import FRAMES_SONGS

    out = []
    for song in FRAMES_SONGS:
        truth = json.loads((CACHE / "frames_test" / song / "truth.json").read_text())
        clean = _folder(song)
        out.append((song, "clean", clean, 0.0, truth))
        for copy, shift in (("late", SHIFT_MS), ("early", -SHIFT_MS)):
            out.append((song, copy, shifted_copy(clean, shift, CACHE / "vocal_place" / f"{song}_{copy}"), shift, truth))
        out.append((song, "degraded", _folder(song + "@degraded"), 0.0, truth))
    return out


def read_copy(lib, tid: str, score: tuple[str, float, dict], duration_s: float) -> list[dict]:
    """One copy's windows (those with MIN_SUNG sung starts in the score): H015's feel against the score's placement."""
    from heuristics.window import analyze_window

    copy, shift, truth = score
    beats = np.asarray(truth["beats_s"], float)
    sung_all = np.array(sorted(n["time_s"] for n in truth["notes"].get("vocals", [])))
    out = []
    for a in np.arange(0.0, duration_s - WINDOW_S / 2, WINDOW_S):
        b = min(a + WINDOW_S, duration_s)
        sung = sung_all[(sung_all >= a) & (sung_all < b)]
        if len(sung) < MIN_SUNG:
            continue
        h = next(r for r in analyze_window(lib, tid, ["vocals", "drums"], float(a), float(b)).heuristics
                 if r.heuristic_id == "H015")
        read = FEELS.get(h.evidence.feel, "unread") if h.status == "ok" else "unread"
        out.append(dict(copy=copy, start=float(a), end=float(b), truth=score_place(sung, beats, shift), read=read))
    return out


def rows(home: Path) -> list[dict]:
    """Every copy of every song loaded into ``home`` and read window by window (eval.ranges.read_items)."""
    from eval.ranges import read_items

    its = [(song, f"{song}:{copy}", folder, f"vocal-place-{song}-{copy}", (copy, shift, truth),
            float(truth["duration_s"])) for song, copy, folder, shift, truth in items()]
    return [dict(r, song=r.pop("piece")) for r in read_items(home, its, read_copy)]


def report(rs: list[dict], commit: str) -> str:
    from eval.metrics import bootstrap_ci

    lines = [f"Vocal placement against the beat, frames songs (code of {commit}): 10-s windows with at least "
             f"{MIN_SUNG} sung starts; the singer as rendered, moved {SHIFT_MS:.0f} ms late and early, and the degraded "
             "copy; "
             "95 % intervals over songs (a song's windows are not independent)", "",
             "| copy | windows | score says | read right | loose read | baseline: in time everywhere |",
             "|---|---|---|---|---|---|"]
    for copy in ("clean", "late", "early", "degraded", "all"):
        sel = [r for r in rs if copy in ("all", r["copy"])]
        if not sel:
            continue
        says = ", ".join(f"{k} {sum(r['truth'] == k for r in sel)}" for k in ("in time", "behind", "ahead")
                         if any(r["truth"] == k for r in sel))
        right = sum(r["read"] == r["truth"] for r in sel)
        base = sum(r["truth"] == "in time" for r in sel)
        lo, hi = bootstrap_ci(sel, lambda x: float(np.mean([r["read"] == r["truth"] for r in x])),
                              lambda r: r.get("song", ""))
        ci = f" [{lo:.2f}, {hi:.2f}]" if lo == lo else ""
        lines.append(f"| {copy} | {len(sel)} | {says} | {right} ({right / len(sel):.2f}{ci}) | "
                     f"{sum(r['read'] == 'loose' for r in sel)} | {base} ({base / len(sel):.2f}) |")
    lo, hi = bootstrap_ci(rs, lambda x: float(np.mean([(r["read"] == r["truth"]) - (r["truth"] == "in time")
                                                       for r in x])), lambda r: r.get("song", ""))
    if rs and lo == lo:
        lines += ["", f"Read right less the baseline's right, over all windows: "
                      f"{np.mean([(r['read'] == r['truth']) - (r['truth'] == 'in time') for r in rs]):+.2f} "
                      f"[{lo:+.2f}, {hi:+.2f}]"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    from eval.ranges import per_commit_main

    per_commit_main(__doc__, "vocal_place", rows, report, argv)


if __name__ == "__main__":
    main()
