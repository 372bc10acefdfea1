"""Is the singer in tune, and does she drift? ``presence.intonation`` against planted detuning and real singers' f0.

    python -m eval.intonation            # the planted voices (test) and the real singers (dev)

Material (written by this module only, 2026-12-03, committed before its first reading):

- **planted** (test): eight 24-s tracks of a synthesized voice (eight harmonics, a 5.5 Hz vibrato of about a
  fifth of a semitone, a scoop into each note) singing a seeded melody of held notes over a louder sine pad held
  at A 440, loaded as two stems (vocals, piano). Each voice is detuned by a planted offset that moves linearly
  from its start to its end (cents): steady at 0, -20 and +25; drifting 0 to -30, 0 to +30, -10 to -40, +15 to
  -15; and a voice that is true but wobbles (each note off by a seeded -25..+25 cents, median 0).
- **real** (dev, not held out: vocadito's c04 window was read while the rule was written): every singer of
  ``../shared/real`` with an annotated f0 — vocadito 1 (its f0), MusicDelta Beatles (STEM_07 and STEM_08, windows
  where only one sings), Country1 (STEM_05), Punk (STEM_04), Rock (STEM_05).

Truth per 8-s window (hop 4 s), by this module's own rule (its constants, not the code's): the planted offset's
median over the window's sung notes, and its second half's median less its first half's; for the real singers
the annotated f0's distance from the nearest equal-tempered note (A 440) over its steady frames (moving under
STEADY_CENTS over STEADY_SPAN_S), its median and the same halves. A drift is "heard" from HEARD_DRIFT cents.

Reported: the median absolute error (cents) of the window's typical offset (the server's median against its
reference plus the band's tuning, so against A 440 like the truth) and of its drift; and how often the server
says a drift exactly where the truth hears one. Baseline: **always on pitch, never drifting** (the typical
singer on a record is; its error is the truth's size). 95 % bootstrap intervals over tracks.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import soundfile as sf

from eval.material import CACHE
from eval.metrics import bootstrap_ci, json_main

HOME = CACHE / "intonation_home"
SONGS_DIR = CACHE / "intonation_songs"
SR = 44100
LENGTH_S, WINDOW_S, HOP_S = 24.0, 8.0, 4.0
PLANTED = (("steady_0", 0.0, 0.0), ("steady_m20", -20.0, -20.0), ("steady_p25", 25.0, 25.0),
           ("drift_0_m30", 0.0, -30.0), ("drift_0_p30", 0.0, 30.0), ("drift_m10_m40", -10.0, -40.0),
           ("drift_p15_m15", 15.0, -15.0), ("wobble", 0.0, 0.0))
STEADY_CENTS, STEADY_SPAN_S = 30.0, 0.1  # an annotated f0 frame is steady where it moves less than this around it
HEARD_DRIFT = 15.0  # cents: a drift a producer would correct
REAL_VOICES = (("vocadito_1_solo_voice", "vocadito_1_f0.csv"), ("musicdelta_beatles", "MDB_MusicDelta_Beatles_STEM_07.csv"),
               ("musicdelta_beatles", "MDB_MusicDelta_Beatles_STEM_08.csv"),
               ("musicdelta_country1", "MDB_MusicDelta_Country1_STEM_05.csv"),
               ("musicdelta_punk", "MDB_MusicDelta_Punk_STEM_04.csv"), ("musicdelta_rock", "MDB_MusicDelta_Rock_STEM_05.csv"))


def _melody(seed: int) -> list[tuple[float, float, int]]:
    """(start, length, MIDI note) of a singer's held notes: A minor around A3-E5, a breath between phrases."""
    rng = np.random.default_rng(seed)
    scale = [57, 59, 60, 62, 64, 65, 67, 69, 71, 72, 74, 76]
    out, t, k = [], 0.5, 5
    while t < LENGTH_S - 1.0:
        for _ in range(int(rng.integers(3, 6))):
            length = float(rng.choice([0.45, 0.6, 0.9, 1.2]))
            k = int(np.clip(k + rng.integers(-2, 3), 0, len(scale) - 1))
            out.append((t, length, scale[k]))
            t += length + 0.05
            if t >= LENGTH_S - 1.0:
                break
        t += float(rng.choice([0.5, 0.8]))
    return out


def _voice(notes, offset_at, wobble: np.ndarray | None) -> np.ndarray:
    y = np.zeros(int(LENGTH_S * SR))
    for i, (t0, length, midi) in enumerate(notes):
        n = int(length * SR)
        k = np.arange(n) / SR
        cents = offset_at(t0 + k) + (wobble[i] if wobble is not None else 0.0)
        cents = cents + 20.0 * np.sin(2 * np.pi * 5.5 * k) * np.clip(k / 0.2, 0, 1)  # vibrato after the onset
        cents = cents - 60.0 * np.exp(-k / 0.04)  # a scoop up into the note
        f = 440.0 * 2 ** ((midi - 69) / 12) * 2 ** (cents / 1200)
        phase = 2 * np.pi * np.cumsum(f) / SR
        tone = sum(np.sin(h * phase) / h ** 1.2 for h in range(1, 9))
        env = np.clip(k / 0.03, 0, 1) * np.clip((length - k) / 0.06, 0, 1)
        i0 = int(t0 * SR)
        y[i0: i0 + n] += 0.15 * tone * env
    return y


def _pad(notes) -> np.ndarray:
    """A sine pad at A 440 holding the bar's A minor / F / C / G (louder than the voice)."""
    y = np.zeros(int(LENGTH_S * SR))
    k = np.arange(len(y)) / SR
    chords = ((57, 60, 64), (53, 57, 60), (48, 52, 55), (55, 59, 62))
    bar = 2.4
    for i, t0 in enumerate(np.arange(0.0, LENGTH_S, bar)):
        m = (k >= t0) & (k < t0 + bar)
        for midi in chords[i % 4]:
            y[m] += 0.12 * np.sin(2 * np.pi * 440.0 * 2 ** ((midi - 69) / 12) * k[m])
    return y


def planted_songs() -> list[tuple[str, Path, dict]]:
    out = []
    for j, (name, start, end) in enumerate(PLANTED):
        folder = SONGS_DIR / name
        notes = _melody(100 + j)
        offset_at = lambda t, a=start, b=end: a + (b - a) * np.asarray(t) / LENGTH_S  # noqa: E731
        wobble = np.random.default_rng(200 + j).uniform(-25, 25, len(notes)) if name == "wobble" else None
        if not (folder / "truth.json").is_file():
            folder.mkdir(parents=True, exist_ok=True)
            sf.write(str(folder / "vocals.wav"), _voice(notes, offset_at, wobble).astype(np.float32), SR)
            sf.write(str(folder / "piano.wav"), _pad(notes).astype(np.float32), SR)
            # each note's planted offset at its middle (the vibrato averages out over a note)
            mids = [(t0, float(offset_at(t0 + length / 2)) + (wobble[i] if wobble is not None else 0.0))
                    for i, (t0, length, _) in enumerate(notes)]
            (folder / "truth.json").write_text(json.dumps({"notes": mids}))
        out.append((name, folder, json.loads((folder / "truth.json").read_text())))
    return out


def _halves(times: np.ndarray, cents: np.ndarray, a: float, z: float) -> tuple[float | None, float | None]:
    """(median, second half's median less the first's) of the values inside [a, z)."""
    m = (times >= a) & (times < z)
    if m.sum() < 3:
        return None, None
    mid = (a + z) / 2
    first, second = cents[m & (times < mid)], cents[m & (times >= mid)]
    drift = float(np.median(second) - np.median(first)) if len(first) >= 2 and len(second) >= 2 else None
    return float(np.median(cents[m])), drift


def real_truth(folder: Path, f0_file: str) -> tuple[np.ndarray, np.ndarray]:
    """(times, cents from the nearest equal-tempered note) of the annotated f0's steady frames."""
    rows = np.loadtxt(folder / "annotations" / f0_file, delimiter=",", usecols=(0, 1))
    t, f = rows[:, 0], rows[:, 1]
    voiced = f > 0
    cents = np.full(len(f), np.nan)
    cents[voiced] = 1200 * np.log2(f[voiced] / 440.0)
    hop = float(np.median(np.diff(t)))
    half = max(1, int(round(STEADY_SPAN_S / 2 / hop)))
    steady = np.zeros(len(f), bool)
    for i in np.flatnonzero(voiced):
        near = cents[max(0, i - half): i + half + 1]
        steady[i] = np.all(np.isfinite(near)) and np.ptp(near) < STEADY_CENTS
    dev = (cents[steady] + 50.0) % 100.0 - 50.0
    return t[steady], dev


def _other_singer(folder: Path, f0_file: str) -> np.ndarray | None:
    """The other singer's voiced times in a two-singer stem (the Beatles), None where there is none."""
    if "STEM_07" in f0_file:
        other = f0_file.replace("STEM_07", "STEM_08")
    elif "STEM_08" in f0_file:
        other = f0_file.replace("STEM_08", "STEM_07")
    else:
        return None
    rows = np.loadtxt(folder / "annotations" / other, delimiter=",", usecols=(0, 1))
    return rows[rows[:, 1] > 0, 0]


def real_voices():
    """(key, folder, f0 file) of each real singer with an annotated f0 in ``../shared/real`` (none without it)."""
    from eval.truth import REAL

    for song, f0_file in REAL_VOICES:
        folder = REAL / song
        if (folder / "annotations" / f0_file).is_file():
            yield f"{song}:{f0_file.rsplit('_', 1)[-1].split('.')[0] if 'STEM' in f0_file else 'f0'}", folder, f0_file


def _windows(length: float):
    return [float(a) for a in np.arange(0.0, length - WINDOW_S + 1e-6, HOP_S)]


def _reading(lib, tid: str, a: float, z: float) -> tuple[float | None, float | None]:
    """(the server's typical offset against A 440, its drift) for the vocals in [a, z)."""
    from frames.service import get_findings

    f = get_findings(lib, tid, ["vocals"], a, z, "is the singer in tune here, or drifting flat?")
    p = next((x for x in f.presence if x.stem == "vocals"), None)
    if p is None or p.intonation is None:
        return None, None
    tuning = lib.store.track_analysis(tid).tuning_cents or 0.0
    it = p.intonation
    return it.median_cents + (tuning if it.reference == "the band's tuning" else 0.0), it.drift_cents


def run() -> dict:
    from eval.truth import bench_library, load_all

    items, truths = [], {}
    for name, folder, truth in planted_songs():
        items.append((name, folder, f"intonation-{name}"))
        notes = np.asarray(truth["notes"])
        truths[name] = ("planted", notes[:, 0], notes[:, 1], None)
    for key, folder, f0_file in real_voices():
        items.append((key, folder, f"intonation-{folder.name}"))
        t, c = real_truth(folder, f0_file)
        truths[key] = ("real", t, c, _other_singer(folder, f0_file))
    lib = bench_library(HOME)
    rows = []
    try:
        ids = load_all(lib, items)
        for name, tid in ids.items():
            kind, times, cents, other = truths[name]
            duration = float(lib.store.get_track_row(tid)["duration_s"])
            for a in _windows(duration):
                z = a + WINDOW_S
                if other is not None and np.any((other >= a) & (other < z)):
                    continue  # two singers in the stem: not this singer's window alone
                typical, drift = _halves(times, cents, a, z)
                if typical is None:
                    continue
                said_typical, said_drift = _reading(lib, tid, a, z)
                rows.append(dict(song=name, kind=kind, start=a, typical=typical, drift=drift,
                                 said_typical=said_typical, said_drift=said_drift))
    finally:
        lib.close()
    return report(rows)


def report(rows: list[dict]) -> dict:
    def stat(sel, fn) -> str:
        vals = [fn(r) for r in sel]
        vals = [v for v in vals if v is not None]
        if not vals:
            return "—"
        lo, hi = bootstrap_ci([r for r in sel if fn(r) is not None],
                              lambda rs: float(np.median([fn(r) for r in rs])), lambda r: r["song"])
        return f"{float(np.median(vals)):.1f} [{lo:.1f}, {hi:.1f}]"

    def share(sel, fn) -> str:
        sel = [r for r in sel if fn(r) is not None]
        if not sel:
            return "—"
        lo, hi = bootstrap_ci(sel, lambda rs: float(np.mean([fn(r) for r in rs])), lambda r: r["song"])
        return f"{float(np.mean([fn(r) for r in sel])):.2f} [{lo:.2f}, {hi:.2f}]"

    err = lambda key: (lambda r: None if r[f"said_{key}"] is None or r[key] is None  # noqa: E731
                       else abs(r[f"said_{key}"] - r[key]))
    base = lambda key: (lambda r: None if r[key] is None else abs(r[key]))  # noqa: E731
    heard = lambda r: None if r["drift"] is None else (  # noqa: E731
        (abs(r["drift"]) >= HEARD_DRIFT) == (r["said_drift"] is not None and abs(r["said_drift"]) >= HEARD_DRIFT))
    never = lambda r: None if r["drift"] is None else abs(r["drift"]) < HEARD_DRIFT  # noqa: E731
    lines = ["## Intonation (python -m eval.intonation): per 8-s window, median absolute error in cents (95 % "
             "bootstrap over tracks)", "", "| material | windows | typical offset: error | baseline: always on pitch "
             "| drift: error | baseline: never drifts | drift heard or not, agreeing | baseline |", "|---|---|---|---|---|---|---|---|"]
    for kind, label in (("planted", "planted voices (test)"), ("real", "real singers (dev)")):
        sel = [r for r in rows if r["kind"] == kind]
        if not sel:
            continue
        read = sum(r["said_typical"] is not None for r in sel)
        lines.append(f"| {label} | {len(sel)} ({read} read) | {stat(sel, err('typical'))} | {stat(sel, base('typical'))} | "
                     f"{stat(sel, err('drift'))} | {stat(sel, base('drift'))} | {share(sel, heard)} | {share(sel, never)} |")
    print("\n".join(lines))
    return {"rows": rows, "table": lines}


def main(argv: list[str] | None = None) -> None:
    json_main(__doc__, run, "intonation", argv)


if __name__ == "__main__":
    main()
