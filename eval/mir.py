"""Accuracy of the upload-time analysis against known truth. RETIRED (2026-12-02): not a figure.

Its material (six songs of ``eval/songs.py`` and 22 chorales) is the material its rules were set on (dev),
it has no strong baseline and no interval, and every measurement it makes is measured to issue 25's bar
elsewhere: tempo, meter and beats by ``eval.meter``, chords and key by ``eval.learned``, notes by
``eval.bass``, drums by ``eval.drums``, window measurements by ``eval.truth``. It is kept runnable as a
smoke check of the whole ingest on real four-part music (``tests/test_analysis.py`` renders a chorale);
what it prints is labelled so, and no README quotes it (eval/README.md, "Figures and their standing").

    python -m eval.mir            # synthetic songs + music21 chorales; table + eval/out/mir.md
    python -m eval.mir --quick    # two synthetic songs and two chorales (what the tests run)

Every piece is rendered to stem WAVs (FluidSynth + GM soundfont, cached in eval/cache/) and loaded
through the real Library as a folder of stems, so tempo, meter, key, chords, notes and sections
are all estimated from audio, exactly as for a user's stems.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import tempfile
import time
from pathlib import Path

import numpy as np

from analysis.config import Settings
from analysis.library import Library
from eval import metrics
from eval.corpus import corpus_pieces, render_piece
from eval.material import CACHE, SYNTH_SONGS, render_song

TARGETS = {"key": 0.85, "tempo_acc1": 0.90, "beat_f": 0.85, "chord_wcsr": 0.70, "note_f1_pitched": 0.80,
           "boundary_3s": 0.70}
PITCHED = ("vocals", "bass", "piano", "guitar", "other")


def analyse_folder(lib: Library, folder: Path) -> dict:
    tid = lib.load(str(folder)).track_id
    deadline = time.monotonic() + 600
    while lib.status(tid).state not in ("ready", "failed") and time.monotonic() < deadline:
        time.sleep(0.1)
    status = lib.status(tid)
    if status.state != "ready":
        raise RuntimeError(f"{folder.name}: {status.error}")
    store = lib.store
    analysis = store.track_analysis(tid)
    return {
        "tempo": analysis.tempo and analysis.tempo.bpm, "meter": analysis.meter and analysis.meter.label,
        "key": analysis.key and analysis.key.label,
        "beats": store.grid(tid).beats_s.tolist(),
        "chords": [dataclasses.asdict(c) for c in store.chords(tid)],
        "sections": [dataclasses.asdict(s) for s in store.sections(tid)],
        "notes": {s["stem"]: store.notes(tid, s["stem"]).each() for s in store.stem_rows(tid)},
        "runs": {r["step"]: r["seconds"] for r in store.run_rows(tid)},
    }


def score_piece(name: str, kind: str, truth, est: dict) -> dict:
    acc1, acc2 = metrics.tempo_acc(truth.tempo_bpm, est["tempo"])
    row = {"piece": name, "set": kind, "key_ref": truth.key, "key_est": est["key"],
           "key": metrics.key_score(truth.key, est["key"]), "tempo_ref": truth.tempo_bpm, "tempo_est": est["tempo"],
           "tempo_acc1": float(acc1), "tempo_acc2": float(acc2), "meter_ok": float(est["meter"] == truth.meter),
           "meter_est": est["meter"], "beat_f": metrics.beat_f(truth.beats_s, est["beats"])}
    if truth.chords:
        row["chord_wcsr"] = metrics.chord_wcsr([tuple(c) for c in truth.chords], est["chords"])
    if truth.sections:
        row["boundary_0.5s"] = metrics.boundary_hit([tuple(s) for s in truth.sections], est["sections"], 0.5)
        row["boundary_3s"] = metrics.boundary_hit([tuple(s) for s in truth.sections], est["sections"], 3.0)
    for stem, ref in truth.notes.items():
        row[f"f1_{stem}"] = metrics.note_onset_f1(ref, est["notes"].get(stem, []), pitched=stem != "drums")
    return row


def mean(rows: list[dict], key: str) -> float:
    vals = [r[key] for r in rows if key in r and not (isinstance(r[key], float) and math.isnan(r[key]))]
    return float(np.mean(vals)) if vals else float("nan")


def run(quick: bool = False, out: Path | None = None) -> dict:
    songs = SYNTH_SONGS[:2] if quick else SYNTH_SONGS
    pieces = corpus_pieces()[:2] if quick else corpus_pieces()
    rows = []
    with tempfile.TemporaryDirectory(prefix="stemsense-eval-") as home:
        lib = Library(Settings(home=Path(home), allowed_roots=[CACHE.resolve()], wait_s=25))
        try:
            for spec in songs:
                folder, truth = render_song(spec)
                rows.append(score_piece(spec.name, "synthetic", truth, analyse_folder(lib, folder)))
            for name, tempo in pieces:
                folder, truth = render_piece(name, tempo, CACHE)
                rows.append(score_piece(name, "chorale", truth, analyse_folder(lib, folder)))
        finally:
            lib.close()
    synth = [r for r in rows if r["set"] == "synthetic"]
    summary = {
        "key": mean(rows, "key"), "tempo_acc1": mean(rows, "tempo_acc1"), "tempo_acc2": mean(rows, "tempo_acc2"),
        "meter": mean(rows, "meter_ok"), "beat_f": mean(rows, "beat_f"), "chord_wcsr": mean(synth, "chord_wcsr"),
        "boundary_0.5s": mean(synth, "boundary_0.5s"), "boundary_3s": mean(synth, "boundary_3s"),
        **{f"f1_{s}": mean(rows, f"f1_{s}") for s in ("vocals", "bass", "piano", "other", "drums")},
    }
    summary["note_f1_pitched"] = float(np.nanmean([summary[f"f1_{s}"] for s in ("vocals", "bass", "piano", "other")]))
    report = ("RETIRED: a smoke check on dev material with no baseline or interval, not a figure "
              "(see this module's docstring).\n\n" + render_report(rows, summary))
    print(report)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(report)
    return summary


def render_report(rows: list[dict], summary: dict) -> str:
    cols = ["piece", "set", "key_ref", "key_est", "tempo_ref", "tempo_est", "meter_est", "beat_f", "chord_wcsr",
            "boundary_3s", "f1_vocals", "f1_bass", "f1_piano", "f1_other", "f1_drums"]

    def fmt(v):
        if isinstance(v, float):
            return "" if math.isnan(v) else f"{v:.2f}"
        return "" if v is None else str(v)

    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(fmt(r.get(c)) for c in cols) + " |" for r in rows]
    lines += ["", "| metric | value | target |", "|---|---|---|"]
    for k, v in summary.items():
        target = TARGETS.get(k)
        mark = "" if target is None else (" ✓" if v >= target else " ✗")
        lines.append(f"| {k} | {fmt(v)}{mark} | {'' if target is None else f'≥ {target}'} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "mir.md")
    args = parser.parse_args()
    run(args.quick, args.out)


if __name__ == "__main__":
    main()
