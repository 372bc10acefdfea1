"""Where does the singer sit, read from a mix loaded unseparated? ``presence.lead_line`` (analysis.lead_line: the
mix's predominant melody as its f0) against the real singers' annotated f0.

    python -m eval.lead_line

Material: the real multitracks of ``../shared/real`` with a sung f0 annotation and a band around the singer: MusicDelta
Rock (its official mix, ``mixes/``), Beatles, Country1 and Punk (their stems summed into one file), each loaded with no
separation weights (one ``mix`` stem). Rock is **dev** (the reading was looked at on it while it was built, round 76's
by04); the other three are **test**, read once on the code that first shipped it.

Truth, by this module's own rule and constants: per 8-s window (hop 4 s) where the singer is voiced through at least
a quarter of it, the annotated f0's median and its 10th and 90th percentiles (where he sits, how low and how high he
goes as a producer hears it, a tenth of his singing either side left out); for the Beatles, either singer's f0 where
one sings. Reported: the median error in semitones of the server's centre, low end and high end against those
(95 % bootstrap over songs), and over each whole song mir_eval's melody measures of the stored frames (raw pitch
accuracy: the share of voiced frames within a quarter tone; voicing recall and false alarm).
Baselines: **the skyline** (at each frame the highest note of the mix's stored transcription: the top line a listener
follows, the strongest simple rule), and **one frame's YIN of the sum** (the mix's f0 before, read here from the audio).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import mir_eval
import numpy as np

from eval.metrics import ci_cell, json_main

SONGS = (("musicdelta_rock", ("MDB_MusicDelta_Rock_STEM_05.csv",), "dev"),
         ("musicdelta_beatles", ("MDB_MusicDelta_Beatles_STEM_07.csv", "MDB_MusicDelta_Beatles_STEM_08.csv"), "test"),
         ("musicdelta_country1", ("MDB_MusicDelta_Country1_STEM_05.csv",), "test"),
         ("musicdelta_punk", ("MDB_MusicDelta_Punk_STEM_04.csv",), "test"))
WINDOW_S, HOP_S = 8.0, 4.0
MIN_VOICED = 0.25  # a window is read where the singer sounds through this share of it
LOW_HIGH = (10.0, 90.0)  # percentiles of the annotated f0 that a producer hears as how low and how high he goes


def _truth(folder: Path, files: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """(times, Hz; 0 unvoiced) of the annotated singing, either singer where there are two."""
    lines = [np.loadtxt(folder / "annotations" / f, delimiter=",", usecols=(0, 1)) for f in files]
    hop = float(np.median(np.diff(lines[0][:, 0])))  # the annotation lists voiced frames only: a gap is silence
    t = np.arange(0.0, max(float(x[-1, 0]) for x in lines) + hop, hop)
    hz = np.zeros(len(t))
    for line in lines:
        k = np.clip(np.round(line[:, 0] / hop).astype(int), 0, len(t) - 1)
        hz[k] = np.where(hz[k] > 0, hz[k], line[:, 1])
    return t, hz


def _semitones(a: float | None, b: float) -> float | None:
    return None if a is None or a <= 0 else abs(12.0 * np.log2(a / b))


def _ends(hz: np.ndarray) -> tuple[float, float, float] | None:
    """(median, low end, high end) of a pitch line's voiced frames, by this module's rule."""
    on = hz[hz > 0]
    if len(on) < 10:
        return None
    lo, hi = np.percentile(on, LOW_HIGH)
    return float(np.median(on)), float(lo), float(hi)


def _skyline(lib, tid: str, times: np.ndarray) -> np.ndarray:
    """The highest stored note of the mix sounding at each time (Hz; 0 where none)."""
    rows = lib.store.db.execute("SELECT time_s, duration_s, pitch FROM notes WHERE track_id = ?", [tid]).fetchall()
    out = np.zeros(len(times))
    for a, d, p in rows:
        on = (times >= a) & (times < a + d)
        out[on] = np.maximum(out[on], 440.0 * 2 ** ((p - 69) / 12))
    return out


def run() -> dict:
    from analysis.config import Settings
    from analysis.library import Library
    from analysis.stem_analysis import frame_descriptors
    from eval.drums import load_unseparated
    from eval.truth import REAL
    from frames.service import get_findings

    rows, songs = [], []
    with tempfile.TemporaryDirectory(prefix="stemsense-lead-") as tmp:
        lib = Library(Settings(home=Path(tmp) / "home", allowed_roots=[Path(tmp).resolve(), REAL.resolve()],
                               ingest_workers=1, max_duration_s=1200))
        try:
            for song, files, split in SONGS:
                folder = REAL / song
                official = REAL / "mixes" / f"{song}.flac"
                tid, mix = load_unseparated(lib, folder, Path(tmp), f"lead-{song}",
                                            official if official.is_file() else None)
                t_ref, hz_ref = _truth(folder, files)
                frames = lib.store.db.execute("SELECT time_s, pitch_hz FROM features WHERE track_id = ? AND "
                                              "stem = 'mix' ORDER BY time_s", [tid]).fetchall()
                t_est = np.array([r[0] for r in frames])
                lines = {"server": np.array([r[1] for r in frames]), "skyline": _skyline(lib, tid, t_est),
                         "yin": frame_descriptors(mix, pitched=True)["pitch_hz"][:len(t_est)]}
                song_row = {"song": song, "split": split}
                for name, est in lines.items():
                    m = mir_eval.melody.evaluate(t_ref, hz_ref, t_est, est)
                    song_row[f"{name}_rpa"] = float(m["Raw Pitch Accuracy"])
                    song_row[f"{name}_recall"] = float(m["Voicing Recall"])
                    song_row[f"{name}_false_alarm"] = float(m["Voicing False Alarm"])
                songs.append(song_row)
                length = float(t_ref[-1])
                for a in np.arange(0.0, max(length - WINDOW_S, 0.0) + 1e-6, HOP_S):
                    z = min(a + WINDOW_S, length)
                    inside = (t_ref >= a) & (t_ref < z)
                    truth = _ends(hz_ref[inside])
                    if truth is None or np.mean(hz_ref[inside] > 0) < MIN_VOICED:
                        continue
                    f = get_findings(lib, tid, ["mix"], float(a), float(z), "where does the singer's voice sit?")
                    ln = next((p.lead_line for p in f.presence if p.stem == "mix"), None)
                    said = (ln.centre_hz, ln.lowest_hz, ln.highest_hz) if ln is not None else (None, None, None)
                    sky = _ends(lines["skyline"][(t_est >= a) & (t_est < z)]) or (None, None, None)
                    row = {"song": song, "split": split, "start_s": float(a), "read": ln is not None}
                    for k, part in enumerate(("centre", "low", "high")):
                        row[f"{part}_err"] = _semitones(said[k], truth[k])
                        row[f"{part}_err_skyline"] = _semitones(sky[k], truth[k])
                    rows.append(row)
        finally:
            lib.close()
    return report(rows, songs)


def report(rows: list[dict], songs: list[dict]) -> dict:
    def med(sel, key) -> str:
        sel = [r for r in sel if r[key] is not None]
        return ci_cell(sel, lambda r: r[key], lambda r: r["song"], np.median, 1, "song") if sel else "—"

    lines = ["## The lead line of a mix loaded unseparated (python -m eval.lead_line): per 8-s window, median error in "
             "semitones, 95 % bootstrap over songs", "",
             "| split | windows | read | centre | skyline | low end | skyline | high end | skyline |",
             "|---|---|---|---|---|---|---|---|---|"]
    for split in ("test", "dev"):
        sel = [r for r in rows if r["split"] == split]
        if not sel:
            continue
        lines.append(f"| {split} | {len(sel)} | {np.mean([r['read'] for r in sel]):.2f} | {med(sel, 'centre_err')} | "
                     f"{med(sel, 'centre_err_skyline')} | {med(sel, 'low_err')} | {med(sel, 'low_err_skyline')} | "
                     f"{med(sel, 'high_err')} | {med(sel, 'high_err_skyline')} |")
    lines += ["", "| song | split | raw pitch accuracy (server / skyline / YIN of the sum) | voicing recall | "
              "voicing false alarm |", "|---|---|---|---|---|"]
    for s in songs:
        lines.append(f"| {s['song']} | {s['split']} | {s['server_rpa']:.2f} / {s['skyline_rpa']:.2f} / "
                     f"{s['yin_rpa']:.2f} | {s['server_recall']:.2f} / {s['skyline_recall']:.2f} / "
                     f"{s['yin_recall']:.2f} | {s['server_false_alarm']:.2f} / {s['skyline_false_alarm']:.2f} / "
                     f"{s['yin_false_alarm']:.2f} |")
    print("\n".join(lines))
    return {"rows": rows, "songs": songs, "table": lines}


def main(argv: list[str] | None = None) -> None:
    json_main(__doc__, run, "lead_line", argv)


if __name__ == "__main__":
    main()
