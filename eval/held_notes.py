"""Which held notes are off? The server's held notes (``presence.intonation.held``, read from the voice's f0 line)
against planted detuning and real singers' annotated f0, note by note.

    python -m eval.held_notes        # the planted voices and the real singers of eval.intonation (its home)

Material: eval.intonation's (its planted voices, written by that module, and every singer of ``../shared/real`` with
an annotated f0), in its home. The held-note rule was written on Country1's second verse (17.55-30.9 s, round 57's
bf03): that stretch is **dev**; everything else here is **test**, read once for the rule (2026-12-05).

Truth, by this module's own rules (its constants, not the code's):
- planted: each note the voice was written with (eval.intonation's melody: 0.45-1.2 s) and its planted offset at its
  middle;
- real: a held note is a stretch of the annotated f0 (after a 0.1 s running median) covered by spans of MIN_HELD_S
  whose pitch stays within STAY_CENTS of the span's median, all nearest one equal-tempered note (A 440), and that
  does not climb or fall GLIDE_CENTS along it (a bend or a slide); its offset is the median distance from that note
  over the stretch (a vibrato swings either side of it). (The server reads held notes
  by the same idea -- a voice staying near one pitch -- greedily, with its own constants, on its own f0; these
  spans and constants are this module's.)
A note is **clearly off** from OFF_CENTS (a third of a semitone: a producer fixes it) and **in tune** within
IN_TUNE_CENTS (a tenth of a semitone or so: nobody hears it); between them it is not scored as either.

Reported per material, with 95 % bootstrap intervals over songs: the share of truth held notes the server reads as
held (a held note whose middle lies inside it), the median absolute error of its cents there (its reading plus the
track's stored tuning, so against A 440 like the truth), the share of clearly-off notes the server **says** are off
the same way (and either way: a note nearly half a semitone off is as near the next note, so its way is a toss-up),
and the share of in-tune notes it says are off (false alarms); and, the other way round, of the notes the server names
off, the share on a clearly-off held note and the share on no held note at all. What the server says is off is its
answer's own rule (frames.findings.HELD_OFF_CENTS, imported as the system's behaviour, not as truth).

Baselines: **always in tune** (says nothing is off: its error is the truth's size), and **the transcribed notes**:
every stored note of the vocal stem that overlaps the held note, each read as the median of the stored f0 over its
frames after its first 50 ms, the held note said off where one of them is off by the same said rule.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from eval.intonation import HOME, PLANTED, _melody, _other_singer, planted_songs, real_voices
from eval.metrics import ci_cell, json_main

MIN_HELD_S = 0.35  # a held note: the voice near one note this long
STAY_CENTS = 75.0  # ... near it: within this of the span's median (a wide vibrato swings about this far; a step to
# the next note moves a whole semitone)
GLIDE_CENTS = 50.0  # a stretch whose straight line climbs or falls this much along it is a bend or a slide, not scored
SMOOTH_S = 0.05  # each side: a running median that takes out the annotation's frame-to-frame jitter
OFF_CENTS, IN_TUNE_CENTS = 30.0, 12.0
SCAN_S = 20.0  # the server is asked over consecutive windows this long (a note across a seam is cut there)
DEV = {"musicdelta_country1:05": (17.55, 30.9)}  # the stretch the rule was written on


def real_held(folder: Path, f0_file: str) -> list[tuple[float, float, float]]:
    """(start, end, cents from the nearest note at A 440) of each held note in an annotated f0: every frame inside a
    MIN_HELD_S span whose (lightly smoothed) pitch stays within STAY_CENTS of the span's median is held on the note
    nearest that median; runs of held frames on one note are the held notes, less the ones that glide."""
    rows = np.loadtxt(folder / "annotations" / f0_file, delimiter=",", usecols=(0, 1))
    t, f = rows[:, 0], rows[:, 1]
    hop = float(np.median(np.diff(t)))
    cents = np.full(len(f), np.nan)
    cents[f > 0] = 1200 * np.log2(f[f > 0] / 440.0)
    k = max(1, int(round(SMOOTH_S / hop)))
    smooth = np.array([np.nanmedian(cents[max(0, i - k): i + k + 1]) if np.isfinite(cents[i]) else np.nan
                       for i in range(len(cents))])
    span = max(2, int(round(MIN_HELD_S / hop)))
    held = np.full(len(f), np.nan)  # the note each held frame is held on
    for i in range(len(f) - span + 1):
        w = smooth[i: i + span]
        if np.all(np.isfinite(w)) and np.max(np.abs(w - np.median(w))) <= STAY_CENTS:
            held[i: i + span] = np.where(np.isfinite(held[i: i + span]), held[i: i + span],
                                         round(float(np.median(w)) / 100.0))
    out, i = [], 0
    while i < len(held):
        if not np.isfinite(held[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(held) and held[j + 1] == held[i]:
            j += 1
        run = np.arange(i, j + 1)
        if t[j] - t[i] >= MIN_HELD_S and abs(np.polyfit(t[run], cents[run], 1)[0] * (t[j] - t[i])) < GLIDE_CENTS:
            out.append((float(t[i]), float(t[j]), float(np.median(cents[run]) - 100.0 * held[i])))
        i = j + 1
    return out


def planted_held(name: str, truth: dict) -> list[tuple[float, float, float]]:
    """(start, end, planted cents) of each note a planted voice was written with (eval.intonation's melody)."""
    notes = _melody(100 + [n for n, _, _ in PLANTED].index(name))
    return [(t0, t0 + length, float(c)) for (t0, length, _), (_, c) in zip(notes, truth["notes"])]


def _transcribed(sl, tuning: float) -> list[tuple[float, float, float]]:
    """(start, end, cents at A 440) of each stored note of the vocal stem, from the stored f0 after its first 50 ms."""
    s = sl.stems["vocals"]
    f = s.frames
    out = []
    for t0, d, pitch in zip(s.notes.time_s, s.notes.duration_s, s.notes.pitch):
        m = (f.time_s >= t0 + 0.05) & (f.time_s <= t0 + d) & (f.pitch_hz > 0)
        if m.sum() >= 2:
            c = 1200 * np.log2(f.pitch_hz[m] / 440.0) + 6900 - 100 * int(pitch)
            c = c[np.abs(c) <= 100]
            if len(c):
                out.append((float(t0), float(t0 + d), float(np.median(c))))
    return out


def read_song(lib, tid: str, other: np.ndarray | None) -> tuple[list, list]:
    """(the server's held notes, the transcribed notes) over the take: (start, end, cents at A 440)."""
    from frames.service import get_findings
    from heuristics.window import read_window

    duration = float(lib.store.get_track_row(tid)["duration_s"])
    tuning = lib.store.track_analysis(tid).tuning_cents or 0.0
    held, notes = [], []
    for a in np.arange(0.0, duration - 1.0, SCAN_S):
        z = min(a + SCAN_S, duration)
        f = get_findings(lib, tid, ["vocals"], float(a), float(z), "which of her held notes are off?")
        p = next((x for x in f.presence if x.stem == "vocals"), None)
        if p is not None and p.intonation is not None:
            add = tuning if p.intonation.reference == "the band's tuning" else 0.0
            held += [(x.time_s, x.time_s + (x.duration_s or 0.0), x.cents + add) for x in p.intonation.held]
        notes += _transcribed(read_window(lib, tid, ["vocals"], float(a), float(z))[0], tuning)
    if other is not None:  # two singers in the stem: only where this one sings alone
        alone = lambda x: not np.any((other >= x[0] - 0.2) & (other <= x[1] + 0.2))  # noqa: E731
        held, notes = [x for x in held if alone(x)], [x for x in notes if alone(x)]
    return held, notes


def score(song: str, kind: str, truth: list, held: list, notes: list, off_said: float) -> list[dict]:
    rows = []
    for a, b, c in truth:
        mine = [x for x in held if a <= (x[0] + x[1]) / 2 <= b]
        theirs = [x for x in notes if min(b, x[1]) - max(a, x[0]) > 0.1]
        said = max(mine, key=lambda x: abs(x[2])) if mine else None
        base = max(theirs, key=lambda x: abs(x[2])) if theirs else None
        dev = song in DEV and DEV[song][0] <= a and b <= DEV[song][1]
        rows.append(dict(song=song, kind=kind, split="dev" if dev else "test", start=a, end=b, cents=c,
                         read=said is not None, err=None if said is None else abs(said[2] - c),
                         says_off=None if said is None else (abs(said[2]) >= off_said
                                                             and np.sign(said[2]) == np.sign(c)),
                         says_off_any=said is not None and abs(said[2]) >= off_said,
                         base_off=base is not None and abs(base[2]) >= off_said and np.sign(base[2]) == np.sign(c),
                         base_off_any=base is not None and abs(base[2]) >= off_said,
                         base_err=None if base is None else abs(base[2] - c)))
    return rows


def named_off(song: str, kind: str, truth: list, held: list, notes: list, off_said: float) -> list[dict]:
    """Each note the server names off (and each the transcribed-notes baseline would): whether it lies on a truth held
    note that is clearly off, on one that is not, or on no held note at all (a scoop, a passing note: what a per-note
    score of the truth's held notes never sees)."""
    out = []
    for who, said in (("server", held), ("baseline", notes)):
        for x in said:
            if abs(x[2]) < off_said:
                continue
            mid = (x[0] + x[1]) / 2
            on = next((c for a, b, c in truth if a <= mid <= b), None)
            dev = song in DEV and DEV[song][0] <= mid <= DEV[song][1]
            out.append(dict(song=song, kind=kind, split="dev" if dev else "test", who=who, on_held=on is not None,
                            truly_off=on is not None and abs(on) >= OFF_CENTS))
    return out


def run() -> dict:
    from eval.truth import bench_library, load_all
    from frames.findings import HELD_OFF_CENTS  # what the server says is off (its behaviour, not the truth)

    items, truths = [], {}
    for name, folder, truth in planted_songs():
        items.append((name, folder, f"intonation-{name}"))
        truths[name] = ("planted", planted_held(name, truth), None)
    for key, folder, f0_file in real_voices():
        items.append((key, folder, f"intonation-{folder.name}"))
        truths[key] = ("real", real_held(folder, f0_file), _other_singer(folder, f0_file))
    lib = bench_library(HOME)
    rows, flags = [], []
    try:
        ids = load_all(lib, items)
        for name, tid in ids.items():
            kind, truth, other = truths[name]
            held, notes = read_song(lib, tid, other)
            if other is not None:
                truth = [x for x in truth if not np.any((other >= x[0] - 0.2) & (other <= x[1] + 0.2))]
            rows += score(name, kind, truth, held, notes, HELD_OFF_CENTS)
            flags += named_off(name, kind, truth, held, notes, HELD_OFF_CENTS)
    finally:
        lib.close()
    return report(rows, flags)


def report(rows: list[dict], flags: list[dict] = ()) -> dict:
    def share(sel, fn) -> str:
        sel = [r for r in sel if fn(r) is not None]
        return ci_cell(sel, fn, lambda r: r["song"], unit="song") + f" (n={len(sel)})" if sel else "—"

    def med(sel, fn) -> str:
        sel = [r for r in sel if fn(r) is not None]
        return ci_cell(sel, fn, lambda r: r["song"], np.median, 1, "song") if sel else "—"

    off = lambda r: abs(r["cents"]) >= OFF_CENTS  # noqa: E731
    fine = lambda r: abs(r["cents"]) <= IN_TUNE_CENTS  # noqa: E731
    lines = ["## Held notes off pitch (python -m eval.held_notes): per held note, 95 % bootstrap over songs", "",
             "| material | held notes (clearly off / in tune) | read as held | cents error (read) | baseline: "
             "transcribed notes' error | baseline: always in tune | clearly off, said off the same way | baseline: "
             "transcribed notes | clearly off, said off either way | baseline: transcribed notes | in tune, said off "
             "(false alarm) | baseline: transcribed notes |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for kind, split, label in (("planted", "test", "planted voices (test)"), ("real", "test", "real singers (test)"),
                               ("real", "dev", "real: Country1's second verse (dev)")):
        sel = [r for r in rows if r["kind"] == kind and r["split"] == split]
        if not sel:
            continue
        lines.append(
            f"| {label} | {len(sel)} ({sum(map(off, sel))} / {sum(map(fine, sel))}) | "
            f"{share(sel, lambda r: float(r['read']))} | {med(sel, lambda r: r['err'])} | "
            f"{med(sel, lambda r: r['base_err'])} | {med(sel, lambda r: abs(r['cents']))} | "
            f"{share([r for r in sel if off(r)], lambda r: float(bool(r['says_off'])))} | "
            f"{share([r for r in sel if off(r)], lambda r: float(r['base_off']))} | "
            f"{share([r for r in sel if off(r)], lambda r: float(r['says_off_any']))} | "
            f"{share([r for r in sel if off(r)], lambda r: float(r['base_off_any']))} | "
            f"{share([r for r in sel if fine(r)], lambda r: float(r['says_off_any']))} | "
            f"{share([r for r in sel if fine(r)], lambda r: float(r['base_off_any']))} |")
    if flags:
        lines += ["", "The notes named off (a quarter of a semitone or more), each where it lies in the truth: on a "
                  "held note clearly off (right), or on no held note at all (a scoop, a slide, a passing note).", "",
                  "| material | named off by the server | on a clearly-off held note | on no held note | named off "
                  "by the transcribed notes | on a clearly-off held note | on no held note |",
                  "|---|---|---|---|---|---|---|"]
        for kind, split, label in (("planted", "test", "planted voices (test)"),
                                   ("real", "test", "real singers (test)"),
                                   ("real", "dev", "real: Country1's second verse (dev)")):
            sel = {w: [f for f in flags if f["kind"] == kind and f["split"] == split and f["who"] == w]
                   for w in ("server", "baseline")}
            cells = [f"{len(sel[w])} | {share(sel[w], lambda f: float(f['truly_off']))} | "
                     f"{share(sel[w], lambda f: float(not f['on_held']))}" if sel[w] else "0 | — | —"
                     for w in ("server", "baseline")]
            lines.append(f"| {label} | {cells[0]} | {cells[1]} |")
    print("\n".join(lines))
    return {"rows": rows, "flags": list(flags), "table": lines}


def main(argv: list[str] | None = None) -> None:
    json_main(__doc__, run, "held_notes", argv)


if __name__ == "__main__":
    main()
