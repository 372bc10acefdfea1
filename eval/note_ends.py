"""Where a struck note stops: the transcription's note ends against the ends brought forward to where the note is
damped (analysis.stem_analysis.heard_ends), on the plucked and struck stems (bass, guitar, piano) of tracks the
other benchmarks already ingested.

    python -m eval.note_ends   (run eval.frames, eval.answers and eval.client_check first: their homes hold the tracks)

Material and truth (the written or annotated notes; nothing here reads the code's constants):
- ``frames`` (**dev**): the frozen frames test songs, clean and degraded (eval/frame_test_songs.py; truth.json's notes
  from the score, their MIDI lengths). The rule was written after ft_drive_ab152's tenth-of-a-second guitar chops read
  as ringing a full beat (round 54's bc08), and its envelope's window was widened after these songs' bass rows fell
  with a 10 ms one (a low note's cycles ripple through it): all of it dev.
- ``answers`` (**test**): the answers benchmark's scenarios (eval/answer_songs.py, another writer: pumped, walking
  and held basses, strummed, stabbed and arpeggiated keys and guitars), truth the score's notes by part
  (song.mid read by GM program, as its stems were rendered); read once for this rule.
- ``real`` (**test**): GuitarSet's comp (the JAMS note annotations, in eval.answers' home) and madmom's piano sample
  (its annotated notes, in eval.client_check's home), from truth.json.

Each stem's stored notes are matched to the truth one to one (onset within 50 ms, pitch within 50 cents). The stored
ends are the transcription's where the home was ingested before 2026-12-05 (the figures committed then); the rule is
applied to them here from the stem's stored audio. After a re-ingest the stored ends are the rule's already.
Metric:
mir_eval.transcription note F **with offsets** (an end within 20 % of the note's length or 50 ms, whichever is
more), over every matched stem, the mean over songs with a 95 % bootstrap interval over songs (a song's clean and
degraded copies resampled together); and the median absolute end error of onset-matched notes (ms). Baselines: the
stored ends (today's method until 2026-12-05) and every note held to the stem's next onset (legato).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path

import mir_eval
import numpy as np
import soundfile as sf

from eval.material import CACHE
from eval.metrics import mean_ci

STEMS = ("bass", "guitar", "piano")
HOMES = ("frames_home", "answers_home", "client_home")
METHODS = ("rule", "stored", "legato")


def truths() -> dict[str, tuple[str, str, dict[str, list[dict]]]]:
    """title -> (piece, material, stem -> truth notes) for every stored title with struck notes in its truth."""
    from eval.frame_test_songs import TEST_SONGS
    from eval.frames import title
    from eval.truth import REAL

    out = {}
    for band, _ in TEST_SONGS:
        path = CACHE / "frames_test" / band.name / "truth.json"
        if not path.is_file():
            continue
        notes = {k: v for k, v in json.loads(path.read_text())["notes"].items() if k in STEMS}
        out[title("clean", band.name)] = (band.name, "frames", notes)
        out[title("degraded", band.name + "_degraded")] = (band.name, "frames", notes)
    from analysis.midi_source import read_midi  # the score's parts by GM program, as the stems were rendered

    for folder in sorted((CACHE / "answers").glob("*/song.mid")):
        _, parts = read_midi(folder)
        notes = {k: [dict(time_s=n.time_s, duration_s=n.duration_s, pitch=n.pitch) for n in v.notes]
                 for k, v in parts.items() if k in STEMS}
        out[f"answers-{folder.parent.name}"] = (folder.parent.name, "answers", notes)
    for folder, title in (("guitarset_00_BN1-129-Eb_comp", "answers-real_guitarset"),
                          ("madmom_piano_sample", "client-real:madmom_piano_sample")):
        path = REAL / folder / "truth.json"
        if path.is_file():  # [onset, end, MIDI pitch] each
            notes = {k: [dict(time_s=a, duration_s=b - a, pitch=p) for a, b, p, *_ in v]
                     for k, v in (json.loads(path.read_text()).get("notes") or {}).items() if k in STEMS}
            out[title] = (folder, "real", notes)
    return out


def stored(home: Path, titles: set[str]) -> list[tuple[str, str, Path, list[tuple[float, float, int]]]]:
    """(title, stem, the stem's stored audio, its stored notes as (onset, end, MIDI pitch)) for the known titles."""
    db = home / "stemsense.db"
    if not db.is_file():
        return []
    con = sqlite3.connect(db)
    try:
        out = []
        for tid, title in con.execute("select track_id, title from tracks where state = 'ready'"):
            if title not in titles:
                continue
            for stem, path in con.execute("select stem, path from stems where track_id = ?", (tid,)):
                if stem not in STEMS:
                    continue
                rows = con.execute("select time_s, duration_s, pitch from notes where track_id = ? and stem = ? "
                                   "order by time_s", (tid, stem)).fetchall()
                out.append((title, stem, home / path, [(a, a + d, int(p)) for a, d, p in rows]))
        return out
    finally:
        con.close()


def _arrays(notes: list[tuple[float, float, float]]) -> tuple[np.ndarray, np.ndarray]:
    iv = np.array([[a, max(b, a + 1e-3)] for a, b, _ in notes]).reshape(-1, 2)
    return iv, 440.0 * 2 ** ((np.array([p for _, _, p in notes], float) - 69) / 12)


def scores(truth: list[tuple[float, float, float]], got: list[tuple[float, float, float]]) -> tuple[float, float, int]:
    """(note F with offsets, median absolute end error in ms over onset-and-pitch-matched notes, matched notes)."""
    if not truth or not got:
        return 0.0, float("nan"), 0
    (ri, rp), (ei, ep) = _arrays(truth), _arrays(got)
    f = mir_eval.transcription.precision_recall_f1_overlap(ri, rp, ei, ep, onset_tolerance=0.05, offset_ratio=0.2,
                                                          offset_min_tolerance=0.05)[2]
    pairs = mir_eval.transcription.match_notes(ri, rp, ei, ep, onset_tolerance=0.05, offset_ratio=None)
    err = [abs(ei[j, 1] - ri[i, 1]) * 1000 for i, j in pairs]
    return float(f), float(np.median(err)) if err else float("nan"), len(pairs)


def readings(audio_path: Path, notes: list[tuple[float, float, int]]) -> dict[str, list[tuple[float, float, int]]]:
    """Each method's notes: the rule's ends, the stored ends, every note held to the stem's next onset."""
    from analysis.stem_analysis import heard_ends

    y, sr = sf.read(str(audio_path), always_2d=True)
    mono = y.mean(axis=1)
    if sr != 44100:
        import librosa
        mono = librosa.resample(mono, orig_sr=sr, target_sr=44100)
    starts = np.array([a for a, _, _ in notes])
    ends = heard_ends(mono, starts, [b for _, b, _ in notes])
    onsets = np.unique(np.round(starts, 3))
    legato = [float(onsets[onsets > a + 0.03][0]) if np.any(onsets > a + 0.03) else b for a, b, _ in notes]
    return {"rule": [(a, float(e), p) for (a, _, p), e in zip(notes, ends)], "stored": list(notes),
            "legato": [(a, e, p) for (a, _, p), e in zip(notes, legato)]}


def run() -> dict:
    known, rows = truths(), []
    for home in HOMES:
        for title, stem, audio, notes in stored(CACHE / home, set(known)):
            piece, material, truth_notes = known[title]
            if stem not in truth_notes or not notes or not audio.is_file():
                continue
            truth = [(n["time_s"], n["time_s"] + n["duration_s"], n["pitch"]) for n in truth_notes[stem]]
            got = readings(audio, notes)
            row = {"title": title, "stem": stem, "piece": piece, "material": material,
                   "split": "dev" if material == "frames" else "test", "truth_notes": len(truth)}
            for m in METHODS:
                row[f"{m}_f"], row[f"{m}_end_err_ms"], row[f"{m}_matched"] = scores(truth, got[m])
            rows.append(row)
    out = {"rows": rows}
    for split in ("test", "dev"):
        sel = [r for r in rows if r["split"] == split]
        for m in METHODS:
            mean, lo, hi = mean_ci(sel, lambda r, m=m: r[f"{m}_f"], lambda r: r["piece"]) if sel else (None,) * 3
            err = [r[f"{m}_end_err_ms"] for r in sel if r[f"{m}_end_err_ms"] == r[f"{m}_end_err_ms"]]
            out[f"{split}:{m}"] = {"n": len(sel), "note_f_with_offsets": None if mean is None else round(mean, 3),
                                   "ci": None if lo is None or lo != lo else [round(lo, 3), round(hi, 3)],
                                   "median_end_err_ms": round(float(np.median(err)), 1) if err else None}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "note_ends.json")
    args = ap.parse_args(argv)
    out = run()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1))
    for r in out["rows"]:
        print(f"{r['title']:44s} {r['stem']:7s} {r['split']:4s} truth {r['truth_notes']:4d}  " +
              "  ".join(f"{m} F {r[m + '_f']:.2f} err {r[m + '_end_err_ms']:6.0f}" for m in METHODS))
    for split in ("test", "dev"):
        print(split + ": " + "  ".join(
            f"{m} {out[f'{split}:{m}']['note_f_with_offsets']} {out[f'{split}:{m}']['ci']} "
            f"(end err {out[f'{split}:{m}']['median_end_err_ms']} ms)" for m in METHODS)
              + f"  n={out[f'{split}:rule']['n']}")


if __name__ == "__main__":
    main()
