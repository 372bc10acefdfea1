"""Drum hits by class and beats on real kits: the five MusicDelta multitracks in ``../shared/real``.

    python -m eval.drums                 # every real kit: kick / snare / hi-hat onset F, beat F
    python -m eval.drums --only punk     # the kits whose names contain these words

Truth: MDB Drums' manual drum annotations (``annotations/*_class.txt`` and ``*_subclass.txt``) and the
manual beats in ``truth.json``. Metric: mir_eval.onset F (±50 ms) per class, mir_eval.beat F.
The detector writes three classes (kick, snare, hi-hat); each kit's annotated classes are mapped to
them by the role they play (``ROLE_MAP``):

- kick: KD everywhere;
- snare (the backbeat): SD, and the side-stick (SST) where the kit has no snare (country1);
- hi-hat (the timekeeper): the hi-hat (CHH, OHH) where the kit has one; the ride (RDC, RDB) on
  shadows, which keeps time on the ride; the tambourine (TMB) on beatles, which has no hi-hat.
  Crashes, toms and a ride that is not the timekeeper are scored in no class.

Baseline: today's detector (``drum_events`` with ``LEGACY_DRUMS``, the settings before issue 24).
Beat F is analysis/rhythm.py's grid on the sum of the stems (reported, not tuned here).
Split: musicdelta_beatles and _shadows are calibration (the kick's higher activation bar was chosen
where beatles' floor tom read as kicks, the lone-cymbal rule where shadows' ride went unheard:
DrumParams); rock, country1 and punk are test. Everything else in the detector
was chosen on rendered kits (tests/test_drums.py, eval/truth.py's calibration arrangements).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import mir_eval
import numpy as np

from analysis.config import SAMPLE_RATE_HZ
from analysis.vocabulary import DRUM_CLASSES
from eval.truth import REAL

KITS = ("musicdelta_rock", "musicdelta_beatles", "musicdelta_country1", "musicdelta_punk", "musicdelta_shadows")
# per kit: detector class -> annotated sub-classes (MDB Drums' subclass labels)
ROLE_MAP = {
    "musicdelta_rock": {"kick": ("KD",), "snare": ("SD",), "hihat": ("CHH", "OHH")},
    "musicdelta_beatles": {"kick": ("KD",), "snare": ("SD",), "hihat": ("TMB",)},
    "musicdelta_country1": {"kick": ("KD",), "snare": ("SST",), "hihat": ("CHH", "OHH")},
    "musicdelta_punk": {"kick": ("KD",), "snare": ("SD",), "hihat": ("CHH", "OHH")},
    "musicdelta_shadows": {"kick": ("KD",), "snare": ("SD",), "hihat": ("RDC", "RDB")},
}
CALIBRATION = ("musicdelta_beatles", "musicdelta_shadows")
TARGETS = {"kick": 0.90, "snare": 0.90, "hihat": 0.75, "beat": 0.90}


def read_audio(path: Path) -> np.ndarray:
    import soundfile as sf

    a, sr = sf.read(str(path), dtype="float32", always_2d=True)
    mono = a.mean(axis=1)
    if sr != SAMPLE_RATE_HZ:
        from analysis.audio_io import resample

        mono = resample(mono[None, :], sr)[0]
    return mono


def annotated_hits(folder: Path, kit: str) -> dict[str, np.ndarray]:
    """Detector class -> sorted annotated onset times (s), by ROLE_MAP."""
    sub = next((folder / "annotations").glob("*_subclass.txt"))
    rows = [line.split() for line in sub.read_text().splitlines() if len(line.split()) == 2]
    return {cls: np.array(sorted(float(t) for t, lab in rows if lab in labels))
            for cls, labels in ROLE_MAP[kit].items()}


def class_f(ref: np.ndarray, events: list[dict], cls: str) -> float:
    est = np.array(sorted(n["time_s"] for n in events if n["pitch"] in DRUM_CLASSES[cls]))
    return float(mir_eval.onset.f_measure(ref, est, window=0.05)[0]) if len(ref) else float("nan")


def measure_kit(kit: str, with_beats: bool = True) -> dict:
    from analysis import stem_analysis as sa

    folder = REAL / kit
    drums = read_audio(folder / "drums.flac")
    ref = annotated_hits(folder, kit)
    row: dict = {"kit": kit, "split": "calibration" if kit in CALIBRATION else "test", "hits": {c: int(len(r)) for c, r in ref.items()}}
    new, old = sa.drum_events(drums), sa.drum_events(drums, sa.LEGACY_DRUMS)
    for cls, r in ref.items():
        row[f"{cls}_f"], row[f"{cls}_f_baseline"] = class_f(r, new, cls), class_f(r, old, cls)
    if with_beats:
        from analysis import rhythm

        stems = {p.stem: read_audio(p) for p in sorted(folder.glob("*.flac"))}
        n = min(len(a) for a in stems.values())
        mix = sum(a[:n] for a in stems.values())
        low = sum(a[:n] for k, a in stems.items() if k in ("bass", "drums"))
        grid = rhythm.estimate_grid(mix, low)
        truth = json.loads((folder / "truth.json").read_text())
        beats_ref = mir_eval.beat.trim_beats(np.asarray(truth["beats_s"]))
        row["beat_f"] = float(mir_eval.beat.f_measure(beats_ref, mir_eval.beat.trim_beats(np.asarray(grid.beats_s))))
    return row


def report(rows: list[dict]) -> str:
    lines = ["## Drums on real kits (python -m eval.drums)", "",
             "MDB Drums manual hits · mir_eval.onset F ±50 ms per class (target kick ≥ 0.90, snare ≥ 0.90, "
             "hi-hat ≥ 0.75) · baseline: today's detector (LEGACY_DRUMS) · beat F: rhythm.estimate_grid on the "
             "sum of the stems (target ≥ 0.90). Split: beatles and shadows calibration, the others test.", "",
             "| kit | split | kick F (baseline) | snare F (baseline) | hi-hat / timekeeper F (baseline) | beat F |",
             "|---|---|---|---|---|---|"]
    for r in rows:
        cells = []
        for cls in ("kick", "snare", "hihat"):
            ok = "" if r[f"{cls}_f"] >= TARGETS[cls] else " ✗"
            cells.append(f"{r[f'{cls}_f']:.2f}{ok} ({r[f'{cls}_f_baseline']:.2f}) n={r['hits'][cls]}")
        beat = r.get("beat_f")
        beat_cell = "—" if beat is None else f"{beat:.2f}" + ("" if beat >= TARGETS["beat"] else " ✗")
        lines.append(f"| {r['kit']} | {r['split']} | " + " | ".join(cells) + f" | {beat_cell} |")
    lines += ["", "Class mapping (detector class ← annotated sub-classes): "
              + "; ".join(f"{k.replace('musicdelta_', '')}: " + ", ".join(f"{c} ← {'+'.join(v)}" for c, v in m.items())
                          for k, m in ROLE_MAP.items())]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", help="kits whose names contain these words")
    ap.add_argument("--no-beats", action="store_true", help="drum classes only (skip the beat grid)")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "drums")
    args = ap.parse_args(argv)
    if not REAL.is_dir():
        print("skipped: no real recordings")
        return
    kits = [k for k in KITS if not args.only or any(o in k for o in args.only)]
    rows = [measure_kit(k, not args.no_beats) for k in kits]
    write_report(args.out, report(rows), rows)


def write_report(out: Path, text: str, data) -> None:
    """Print the report and keep it as ``out``.md, with its figures as ``out``.json."""
    print(text)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".md").write_text(text + "\n")
    out.with_suffix(".json").write_text(json.dumps(data, indent=1, default=str))


if __name__ == "__main__":
    main()
