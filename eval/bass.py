"""Bass transcription: the f0-line reader (analysis/bass_line.py) against basic-pitch, on rendered
bass lines with known notes and on the real multitracks' isolated bass stems.

    python -m eval.bass                     # test split + real stems, every method
    python -m eval.bass --split calibration # the material parameters were chosen on
    python -m eval.bass --quick             # two test sounds x two lines, no real stems (the test runs it)
    python -m eval.bass --sweep             # the flux threshold's effect; another detector vs the reference
    python -m eval.bass --degraded          # the frames test songs' bass stems, clean and degraded, vs the score
    python -m eval.bass --degraded --split test3  # eval.answer_songs' test3 bass stems, clean and degraded (test)

Methods (each a runnable candidate, the first is today's baseline):
- ``basic-pitch``: basic-pitch with the bass settings (stem_analysis.TRANSCRIBE["bass"]) + reduce_to_line;
- ``f0-line``: onsets from the stem + YIN f0 per note (analysis/bass_line.py, what the server runs), given
  the spill measured across the stems of its folder (``folder_spill_s``; the ingest measures it the same way);
- ``f0-line+refine``: f0-line's notes as the ingest stores them: onsets then moved to the attack's
  start by stem_analysis.refine_onsets (analysis/pipeline.py's step_notes does this for struck stems);
- ``f0-line+steps``: f0-line plus notes where the pitch steps with no attack (legato, slides);
- ``f0-line-pyin``: the same reader on librosa's pYIN f0 instead of YIN;
- ``f0-line-every-attack``: f0-line with its restrike rule off (bass_line's ``restrike_deviation`` 0): every
  attack a note, even a same-pitch one in spill with the note's partials running on (the reader before
  2026-12-07). Where no spill is measured (the synthetic lines, the isolated real stems) it reads as f0-line.

Material and truth:
- synthetic: five kinds of bass line (held roots, walking, octave jumps, repeated sixteenths,
  syncopated with rests; eval/bass_lines.py) in GM bass sounds rendered with FluidSynth; truth is the
  score. Calibration sounds 33 finger, 38 synth 1, 37 slap 2 (their own keys, tempi, seeds); test
  sounds 32 acoustic, 34 pick, 35 fretless, 39 synth 2. Metric: note F, onset within 50 ms and pitch
  within 50 cents, offsets ignored (mir_eval.transcription.precision_recall_f1_overlap, offset_ratio=None).
- real: every ``bass.flac`` under ``../shared/real`` ($STEMSENSE_REAL_DIR). No notes are annotated, so
  the reference is an independent onset definition on the isolated stem (librosa.onset.onset_detect
  with backtracking, its defaults but for onsets at least 50 ms apart: ``reference_onsets``), scored with mir_eval.onset.f_measure (50 ms); and the stem's voiced
  ratio (the share of audible 50 ms feature frames with an f0: what a window's ``voiced_ratio`` reads)
  against librosa.pyin's voiced flag on the same frames.

95 % intervals: bootstrap over the pieces (1000 resamples of the per-piece figures).
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace
from pathlib import Path

import librosa
import mir_eval
import numpy as np

from analysis.core.types import Note
from eval import metrics
from eval.bass_lines import SOUNDS, load_mono, pieces, render
from eval.truth import REAL

METHODS = ("basic-pitch", "f0-line", "f0-line+refine", "f0-line+steps", "f0-line-pyin", "f0-line-every-attack",
           "f0-line-second-half")
BASELINE = "basic-pitch"
PROGRAM_NAMES = {32: "acoustic", 33: "finger", 34: "pick", 35: "fretless", 36: "slap 1", 37: "slap 2",
                 38: "synth 1", 39: "synth 2"}
# the reference's own settings (not the reader's): pYIN over a bass's range on 93 ms frames
REF_PYIN = dict(fmin=27.5, fmax=523.0, frame_length=2048, hop_length=512)
REF_RATE_HZ = 22050


def run_method(method: str, wav: Path, spill_s: np.ndarray | None = None) -> list[Note]:
    """Notes of the bass stem at ``wav`` by one of METHODS; ``spill_s``: its spill times (:func:`folder_spill_s`)
    where the caller has read them once for every method (None: read here)."""
    from analysis import bass_line, stem_analysis

    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; one of {METHODS}")
    if method == "basic-pitch":
        return stem_analysis.transcribe_basic_pitch(wav, "bass")
    audio, sr = load_mono(wav)
    params = {"f0-line-pyin": bass_line.with_params(f0_method="pyin"),
              "f0-line+steps": bass_line.with_params(pitch_steps=True),
              # the reader before its pitch was read from the note's body (body_db): the second half's median
              "f0-line-second-half": bass_line.with_params(body_db=0.0),
              "f0-line-every-attack": bass_line.with_params(restrike_deviation=0.0)}.get(method, bass_line.PARAMS)
    notes = bass_line.transcribe_line(audio, sr, params, folder_spill_s(wav) if spill_s is None else spill_s)
    if method == "f0-line+refine":
        times = stem_analysis.refine_onsets(_at_rate(audio, sr), [n["time_s"] for n in notes],
                                            band_hz=stem_analysis.REFINE_BAND["bass"], instrument="bass")
        notes = [replace(n, time_s=float(t), duration_s=max(1e-3, n.duration_s + n.time_s - float(t)))
                 for n, t in zip(notes, times)]
    return notes


def folder_spill_s(wav: Path) -> np.ndarray | None:
    """Times (s) of the frames of the stem at ``wav`` that hold another stem's sound, measured against every
    other stem in its folder (a mix aside) as the ingest's features step measures it
    (stem_analysis.spill_frames); None where the folder holds no other stem."""
    from analysis import stem_analysis

    files = [p for p in sorted(wav.parent.iterdir()) if p.suffix in (".wav", ".flac") and p.stem != "mix"]
    if len(files) < 2 or wav.stem not in {p.stem for p in files}:
        return None  # (a lone stem: nothing read)
    stems = {p.stem: _at_rate(*load_mono(p)) for p in files}
    # the level alone decides spill (pitched=False: no f0, the same levels and frame times)
    desc = {name: stem_analysis.frame_descriptors(audio, pitched=False) for name, audio in stems.items()}
    powers = {name: stem_analysis.band_powers(audio, len(desc[name]["time_s"])) for name, audio in stems.items()}
    flags = stem_analysis.spill_frames(powers, {name: d["energy_db"] for name, d in desc.items()})[wav.stem]
    return desc[wav.stem]["time_s"][flags]


def _at_rate(audio: np.ndarray, sr: int) -> np.ndarray:
    """Mono audio at the store's rate (what the ingest analyses)."""
    from analysis.audio_io import resample
    from analysis.config import SAMPLE_RATE_HZ

    return audio if sr == SAMPLE_RATE_HZ else resample(audio[None, :], sr)[0]


def bootstrap_ci(values, n: int = 1000, seed: int = 0) -> tuple[float, float] | None:
    """95 % interval of the mean of ``values`` by resampling them (None under two values)."""
    v = np.asarray([x for x in values if not np.isnan(x)], dtype=float)
    if len(v) < 2:
        return None
    rng = np.random.default_rng(seed)
    means = v[rng.integers(0, len(v), size=(n, len(v)))].mean(axis=1)
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


# -- synthetic -------------------------------------------------------------------------------
def synthetic(split: str, methods: tuple[str, ...], quick: bool) -> list[dict]:
    rows = []
    for piece in pieces(split, quick):
        wav = render(piece)
        duration_s = len(load_mono(wav)[0]) / 44100
        row = dict(name=piece.name, split=piece.split, program=piece.program, line=piece.line, n_ref=len(piece.notes),
                   duration_s=round(duration_s, 2))
        for m in methods:
            t0 = time.perf_counter()
            est = run_method(m, wav)
            row[f"{m}:seconds"] = time.perf_counter() - t0
            row[f"{m}:n"] = len(est)
            row[f"{m}:note_f"] = metrics.note_onset_f1(piece.notes, est, pitched=True)
        rows.append(row)
    return rows


# -- real ------------------------------------------------------------------------------------
REF_HOP = 512  # librosa's default onset hop
REF_MIN_GAP_S = 0.05  # the metric's window: no two reference onsets closer (one pluck is one onset)


def reference_onsets(audio: np.ndarray, sr: int, min_gap_s: float | None = REF_MIN_GAP_S) -> np.ndarray:
    """librosa.onset.onset_detect with backtracking on the stem; after each onset the next is looked for
    ``min_gap_s`` later (librosa's ``wait``, rounded to hops). With librosa's default wait (30 ms,
    ``min_gap_s=None``) one pluck often gave two reference onsets 35-60 ms apart (the pluck's transient,
    then its body's swell): 25 of beatles' 30 and 26 of shadows' 27 unmatched reference onsets were such
    seconds, which no one-note-at-a-time line can match within ±50 ms."""
    kwargs = {} if min_gap_s is None else {"wait": max(1, int(round(min_gap_s * sr / REF_HOP)))}
    return librosa.onset.onset_detect(y=audio, sr=sr, hop_length=REF_HOP, backtrack=True, units="time", **kwargs)


AUDIBLE_DB = -60.0  # the benchmark's own silence line: a 50 ms frame quieter than this is not heard (full scale)


def stored_voiced_ratio(audio: np.ndarray, sr: int, low_line: bool) -> tuple[float, np.ndarray, np.ndarray]:
    """(voiced ratio, frame times, audible mask) as the server stores them: the feature frames of
    frame_descriptors, audible ones only (the denominator step_stem_summary and the window use)."""
    from analysis import stem_analysis

    d = stem_analysis.frame_descriptors(_at_rate(audio, sr), pitched=True, low_line=low_line)
    audible = d["energy_db"] > AUDIBLE_DB
    return float(np.mean(d["pitch_hz"][audible] > 0)) if audible.any() else float("nan"), d["time_s"], audible


def pyin_voiced_ratio(audio: np.ndarray, sr: int, times_s: np.ndarray, audible: np.ndarray) -> float:
    y = librosa.resample(audio, orig_sr=sr, target_sr=REF_RATE_HZ, res_type="soxr_hq")
    _, flag, _ = librosa.pyin(y, sr=REF_RATE_HZ, **REF_PYIN)
    idx = np.clip(np.round(times_s * REF_RATE_HZ / REF_PYIN["hop_length"]).astype(int), 0, len(flag) - 1)
    return float(np.mean(flag[idx][audible])) if audible.any() else float("nan")


# The judge's own rule for a note's pitch in the annotated pitch track: the median of its voiced frames after the
# note's first quarter (the onset's glide left out), rounded to the semitone; a note needs three such frames.
JUDGE_SKIP_SHARE, JUDGE_MIN_FRAMES = 0.25, 3


def annotated_bass_f0(item: Path) -> np.ndarray | None:
    """(time_s, f0_hz) rows of the MedleyDB pitch annotation of the song's electric bass stem (its METADATA.yaml
    names the stem; the annotation is pYIN's smoothed track, made by MedleyDB, not by this code); None where absent."""
    import yaml

    meta = item / "annotations" / "METADATA.yaml"
    if not meta.is_file():
        return None
    stems = (yaml.safe_load(meta.read_text()) or {}).get("stems") or {}
    for sid, stem in stems.items():
        if "bass" in str(stem.get("instrument", "")) and "drum" not in str(stem.get("instrument", "")):
            found = sorted((item / "annotations").glob(f"*_STEM_{sid[1:]}_vamp_pyin_pyin_smoothedpitchtrack.csv"))
            if found:
                return np.loadtxt(found[0], delimiter=",", ndmin=2)
    return None


def pitch_class_agreement(notes: list[Note], track: np.ndarray) -> tuple[float, int]:
    """The share of ``notes`` the annotated track can judge (JUDGE_MIN_FRAMES voiced frames in the note after its
    first JUDGE_SKIP_SHARE) whose pitch class is the annotation's there, and how many it judged."""
    judged = agree = 0
    voiced = track[track[:, 1] > 0]
    for n in notes:
        t, d = n["time_s"], n["duration_s"]
        m = (voiced[:, 0] >= t + JUDGE_SKIP_SHARE * d) & (voiced[:, 0] < t + d)
        if m.sum() < JUDGE_MIN_FRAMES:
            continue
        ref = int(round(float(np.median(69 + 12 * np.log2(voiced[m, 1] / 440.0)))))
        judged += 1
        agree += (ref - int(n["pitch"])) % 12 == 0
    return (agree / judged if judged else float("nan")), judged


def real(methods: tuple[str, ...]) -> list[dict]:
    if not REAL.is_dir():
        return []
    rows = []
    for item in sorted(p for p in REAL.iterdir() if (p / "bass.flac").is_file()):
        wav = item / "bass.flac"
        audio, sr = load_mono(wav)
        ref, dense = reference_onsets(audio, sr), reference_onsets(audio, sr, min_gap_s=None)
        row = dict(name=item.name, n_ref=len(ref), n_ref_dense=len(dense), duration_s=round(len(audio) / sr, 2))
        f0 = annotated_bass_f0(item)
        spill = folder_spill_s(wav)  # (read once: every method's reader is given the same spill)
        for m in methods:
            t0 = time.perf_counter()
            est = run_method(m, wav, spill)
            row[f"{m}:seconds"] = time.perf_counter() - t0
            row[f"{m}:n"] = len(est)
            if f0 is not None:
                row[f"{m}:pitch_pc"], row[f"{m}:pitch_judged"] = pitch_class_agreement(est, f0)
            times = np.array([n["time_s"] for n in est])
            for key, r in (("onset_f", ref), ("onset_f_dense", dense)):
                row[f"{m}:{key}"] = float(mir_eval.onset.f_measure(r, times, window=0.05)[0]) if est else 0.0
        vr_base, times, audible = stored_voiced_ratio(audio, sr, low_line=False)
        row["voiced:basic-pitch"] = vr_base  # today's frame f0 (YIN, 46 ms, confidence > 0.6)
        row["voiced:f0-line"] = stored_voiced_ratio(audio, sr, low_line=True)[0]
        row["voiced:pyin"] = pyin_voiced_ratio(audio, sr, times, audible)
        rows.append(row)
    return rows


# -- report ----------------------------------------------------------------------------------
def _fmt(values) -> str:
    v = [x for x in values if not np.isnan(x)]
    if not v:
        return "—"
    ci = bootstrap_ci(v)
    return f"{np.mean(v):.2f}" + (f" [{ci[0]:.2f}, {ci[1]:.2f}]" if ci else "") + f" (n={len(v)})"


def summarise(syn: list[dict], rea: list[dict], methods: tuple[str, ...]) -> dict:
    out: dict = {"synthetic": {}, "real": {}}
    for split in sorted({r["split"] for r in syn}):
        for program in SOUNDS[split]:
            rows = [r for r in syn if r["split"] == split and r["program"] == program]
            if rows:
                out["synthetic"][f"{split} · {program} {PROGRAM_NAMES[program]}"] = {
                    m: [r[f"{m}:note_f"] for r in rows] for m in methods}
        for line in sorted({r["line"] for r in syn if r["split"] == split}):
            rows = [r for r in syn if r["split"] == split and r["line"] == line]
            out["synthetic"][f"{split} · line: {line}"] = {m: [r[f"{m}:note_f"] for r in rows] for m in methods}
    for r in rea:
        out["real"][r["name"]] = r
    return out


def speed(methods: tuple[str, ...], syn: list[dict], seconds: float = 240.0) -> dict[str, dict[str, float]]:
    """Wall and CPU seconds to transcribe one ``seconds``-long bass stem (the split's rendered lines
    end to end, repeated) with each method."""
    import tempfile

    import soundfile as sf

    names = {r["name"] for r in syn}
    audio = np.concatenate([load_mono(render(p))[0] for p in pieces() if p.name in names])
    sr = 44100
    audio = np.tile(audio, int(np.ceil(seconds * sr / len(audio))))[: int(seconds * sr)]
    out = {}
    with tempfile.TemporaryDirectory(prefix="stemsense-bass-") as tmp:
        wav = Path(tmp) / "bass.wav"
        sf.write(str(wav), audio, sr, subtype="PCM_16")
        for m in methods:
            w0, c0 = time.perf_counter(), time.process_time()
            run_method(m, wav)
            out[m] = {"wall_s": time.perf_counter() - w0, "cpu_s": time.process_time() - c0}
    return out


def render_report(summary: dict, methods: tuple[str, ...]) -> str:
    lines = []
    others = [m for m in methods if m != BASELINE]
    if summary["synthetic"]:
        lines += ["Synthetic bass lines (FluidSynth; truth = the score) · note F, onset ±50 ms + pitch ±50 cents, "
                  "mean [95 % bootstrap over lines]", "",
                  "| split · sound / line | " + " | ".join(methods) + " |", "|---|" + "---|" * len(methods)]
        for key, per in summary["synthetic"].items():
            lines.append(f"| {key} | " + " | ".join(_fmt(per[m]) for m in methods) + " |")
        lines.append("")
    if summary["real"]:
        lines += ["Real isolated bass stems (../shared/real) · onset F ±50 ms against librosa onset_detect(backtrack, "
                  "onsets at least 50 ms apart) on the stem; voiced ratio of the stored feature frames against pYIN's on the same frames", "",
                  "| stem | ref onsets | " + " | ".join(f"{m} onset F (notes)" for m in methods)
                  + " | voiced: today | voiced: f0-line | voiced: pYIN |", "|---|---|" + "---|" * (len(methods) + 3)]
        rows = list(summary["real"].values())
        for r in rows:
            lines.append(f"| {r['name']} | {r['n_ref']} | "
                         + " | ".join(f"{r[f'{m}:onset_f']:.2f} ({r[f'{m}:n']})" for m in methods)
                         + f" | {r['voiced:basic-pitch']:.2f} | {r['voiced:f0-line']:.2f} | {r['voiced:pyin']:.2f} |")
        lines.append("| mean [95 % bootstrap over stems] | | " + " | ".join(_fmt([r[f"{m}:onset_f"] for r in rows])
                                                                  for m in methods)
                     + " | diff to pYIN " + _fmt([abs(r["voiced:basic-pitch"] - r["voiced:pyin"]) for r in rows])
                     + " | diff to pYIN " + _fmt([abs(r["voiced:f0-line"] - r["voiced:pyin"]) for r in rows]) + " | |")
        judged = [r for r in rows if f"{methods[0]}:pitch_pc" in r]
        if judged:
            lines += ["", "Pitch of the notes on the real stems with a MedleyDB pitch annotation (pYIN's smoothed "
                      "track, MedleyDB's): share of the notes it can judge whose pitch class is the annotation's "
                      "median after the note's first quarter (notes judged)", "",
                      "| stem | " + " | ".join(methods) + " |", "|---|" + "---|" * len(methods)]
            for r in judged:
                lines.append(f"| {r['name']} | " + " | ".join(f"{r[f'{m}:pitch_pc']:.2f} ({r[f'{m}:pitch_judged']})"
                                                            for m in methods) + " |")
            lines.append("| mean [95 % bootstrap over stems] | " + " | ".join(
                _fmt([r[f"{m}:pitch_pc"] for r in judged]) for m in methods) + " |")
        lines += ["", "Against librosa's default spacing (30 ms: one pluck may give two reference onsets), onset F: "
                  + "; ".join(f"{r['name']} ({r['n_ref_dense']} onsets) "
                              + ", ".join(f"{m} {r[f'{m}:onset_f_dense']:.2f}" for m in methods) for r in rows), ""]
    else:
        lines += [f"Real stems: {summary.get('real_skipped') or 'skipped: no real recordings (set STEMSENSE_REAL_DIR)'}",
                  ""]
    lines.append(f"Speed, one bass stem of {summary['speed_audio_s']:.0f} s (this machine; CPU time counts every "
                 "thread): " + ", ".join(f"{m} {v['wall_s']:.1f} s wall / {v['cpu_s']:.1f} s CPU"
                                         for m, v in summary["speed"].items()))
    if others:
        lines.append(f"Baseline: {BASELINE} (today's method for the bass stem).")
    return "\n".join(lines)


def run(split: str | None, quick: bool, methods: tuple[str, ...], out: Path | None, with_real: bool = True) -> dict:
    splits = ("test",) if quick else ((split,) if split else ("test",))
    syn = [row for sp in splits for row in synthetic(sp, methods, quick)]
    rea = real(methods) if with_real and not quick and "calibration" not in splits else []
    summary = summarise(syn, rea, methods)
    if quick or not with_real or "calibration" in splits:
        summary["real_skipped"] = "not run (--quick, --no-real or the calibration split)"
    summary["speed_audio_s"] = 60.0 if quick else 240.0
    summary["speed"] = speed(methods, syn, summary["speed_audio_s"])
    text = render_report(summary, methods)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        (out / "bass.json").write_text(json.dumps({"synthetic": syn, "real": rea, "summary": summary}, indent=1,
                                                  default=float))
        (out / "bass.md").write_text(text + "\n")
    print(text)
    return summary


def sweep(deltas: tuple[float, ...] = (0.04, 0.07, 0.10)) -> str:
    """How the reader's flux threshold moves the calibration note F and each real stem's agreement with
    the reference onsets; and how far another onset detector (the project's Essentia complex-domain
    detect_onsets) agrees with that reference at all."""
    from analysis import bass_line, stem_analysis

    head = "| material | " + " | ".join(f"onset_delta {d}" for d in deltas) + " | detect_onsets (Essentia complex) |"
    lines = [head, "|---|" + "---|" * (len(deltas) + 1)]
    cal = pieces("calibration")
    per = [np.mean([metrics.note_onset_f1(p.notes, bass_line.transcribe_line(*load_mono(render(p)),
                                                                             bass_line.with_params(onset_delta=d)), True)
                    for p in cal]) for d in deltas]
    lines.append("| calibration lines, note F | " + " | ".join(f"{v:.2f}" for v in per) + " | — |")
    if REAL.is_dir():
        for item in sorted(p for p in REAL.iterdir() if (p / "bass.flac").is_file()):
            audio, sr = load_mono(item / "bass.flac")
            ref = reference_onsets(audio, sr)
            f = [mir_eval.onset.f_measure(ref, np.array([n["time_s"] for n in bass_line.transcribe_line(
                audio, sr, bass_line.with_params(onset_delta=d))]), window=0.05)[0] for d in deltas]
            other = mir_eval.onset.f_measure(ref, stem_analysis.detect_onsets(_at_rate(audio, sr)), window=0.05)[0]
            lines.append(f"| {item.name}, onset F | " + " | ".join(f"{v:.2f}" for v in f) + f" | {other:.2f} |")
    text = "\n".join(lines)
    print(text)
    return text


# -- degraded songs ---------------------------------------------------------------------------
# The restrike rule (bass_line.LineParams.restrike_deviation, judged where spill is measured) was built on the
# frames test songs' degraded copies: all five are dev for it (ft_drive_ab152 issue 24.2's example, its walking
# bass read twice; the other four read for the rule's earlier candidates, partials alone and another stem's
# attack near). Its test split is eval.answer_songs' test3 (variants 20-21, drawn for it on 2026-12-07 before any
# reading; clean and a degraded copy each, eval.ranges' copies and seeds).
DEGRADED_DEV = ("ft_drive_ab152", "ft_ballad_csm76", "ft_swing_g1208", "ft_ballad_eb54", "ft_drive_e24")


def _frames_song_items(songs: tuple[str, ...] | None) -> list[tuple]:
    from eval.frame_test_songs import TEST_SONGS, degrade_copy
    from eval.frame_test_songs import render as render_song
    from eval.material import CACHE

    out = []
    for band, seed in TEST_SONGS:
        if songs and band.name not in songs:
            continue
        folder, truth = render_song(band, seed, CACHE / "frames_test")
        written = truth["notes"].get("bass") or []
        if written:
            dst = CACHE / "frames_test_degraded" / band.name
            conditions = degrade_copy(folder, dst, seed)
            out.append((band.name, "dev" if band.name in DEGRADED_DEV else "test", written, folder, dst, conditions))
    return out


def _answer_song_items(split: str, songs: tuple[str, ...] | None) -> list[tuple]:
    import json as _json

    from eval.ranges import _test_items

    _, items = _test_items(split)
    out = []
    for i in range(0, len(items), 2):
        (piece, _, folder, _, score, _), (_, _, degraded, _, _, _) = items[i], items[i + 1]
        if (songs and piece not in songs) or not score.get("bass") or not (folder / "bass.wav").is_file():
            continue
        # (a bass planted early starts its first note before the audio does: not in the stem)
        written = [{"time_s": on, "duration_s": off - on, "pitch": p} for on, off, p in score["bass"] if on >= 0]
        conditions = _json.loads((degraded / "conditions.json").read_text())
        out.append((piece, split, written, folder, degraded, conditions))
    return out


def degraded_songs(songs: tuple[str, ...] | None = None, split: str | None = None) -> list[dict]:
    """Bass stems, clean and their ``degrade_copy`` -- the frames test songs' (seeded by the song's seed, as
    eval.client_check and eval.drums build them; dev), or eval.answer_songs' ``split`` (eval.ranges' copies) --
    read three ways: every attack a note (the reader before, the baseline); today's reader, whose restrike rule
    judges where spill is measured across the folder's stems (``folder_spill_s``, as the ingest does); and the
    rule judged everywhere (the first candidate, partials alone). Notes found against written, note F (onset
    ±50 ms + pitch ±50 cents) and onset F (±50 ms) against the score."""
    import soundfile as sf

    from analysis import bass_line

    # (params, where the rule may judge: None nowhere, "measured" the spill measured, "everywhere")
    readers = {"every attack a note (before)": (bass_line.with_params(restrike_deviation=0.0), None),
               "today (restrike where spill is measured)": (bass_line.PARAMS, "measured"),
               "restrike everywhere (partials alone)": (bass_line.PARAMS, "everywhere")}
    items = _answer_song_items(split, songs) if split else _frames_song_items(songs)
    rows = []
    for name, use, written, folder, dst, conditions in items:
        ref = np.array(sorted(n["time_s"] for n in written))
        for kind, where in (("clean", folder), ("degraded", dst)):
            audio, sr = sf.read(str(where / "bass.wav"), dtype="float32", always_2d=True)
            spill = folder_spill_s(where / "bass.wav")
            row = dict(song=name, use=use, kind=kind, written=len(written),
                       conditions=conditions if kind == "degraded" else None,
                       spill_share=round(len(spill) * 0.05 / (len(audio) / sr), 3) if spill is not None else 0.0)
            for label, (params, gate) in readers.items():
                spill_s = {None: None, "measured": spill,
                           "everywhere": np.arange(0.0, len(audio) / sr, 0.05)}[gate]
                est = bass_line.transcribe_line(audio.mean(axis=1), sr, params, spill_s)
                times = np.array(sorted(n.time_s for n in est))
                row[f"{label}:n"] = len(est)
                row[f"{label}:note_f"] = metrics.note_onset_f1(written, est, pitched=True)
                row[f"{label}:onset_f"] = (float(mir_eval.onset.f_measure(ref, times, window=0.05)[0])
                                           if len(times) else 0.0)
            rows.append(row)
    return rows


def render_degraded(rows: list[dict]) -> str:
    # the readers in degraded_songs' order, the baseline first (a set's order changes from run to run)
    labels = list(dict.fromkeys(k.split(":")[0] for r in rows for k in r if k.endswith(":n")))
    lines = ["Bass stems of songs, clean and a degrade_copy (frames test songs: the song's seed; an answer-songs split: "
             "eval.ranges' copies) · notes found / written, note F (onset ±50 ms + pitch) and onset F (±50 ms) against "
             "the score; spill: the share of the stem's time measured to hold another stem's sound", "",
             "| song (use) | copy | spill | written | " + " | ".join(f"{m}: notes · note F · onset F" for m in labels)
             + " |", "|---|---|---|---|" + "---|" * len(labels)]
    for r in rows:
        lines.append(f"| {r['song']} ({r['use']}) | {r['kind']} | {r.get('spill_share', 0.0):.2f} | {r['written']} | "
                     + " | ".join(
            f"{r[f'{m}:n']} · {r[f'{m}:note_f']:.3f} · {r[f'{m}:onset_f']:.3f}" for m in labels) + " |")
    for kind in ("clean", "degraded"):
        for use in dict.fromkeys(r["use"] for r in rows):
            sel = [r for r in rows if r["kind"] == kind and r["use"] == use]
            if sel:
                lines.append(f"| mean, {use} songs | {kind} | | {sum(r['written'] for r in sel)} | " + " | ".join(
                    f"{sum(r[f'{m}:n'] for r in sel)} · {np.mean([r[f'{m}:note_f'] for r in sel]):.3f} · "
                    f"{np.mean([r[f'{m}:onset_f'] for r in sel]):.3f}" for m in labels) + " |")
    text = "\n".join(lines)
    print(text)
    return text


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="two test sounds x two lines, no real stems, no pYIN")
    ap.add_argument("--split", help="synthetic split to run: calibration or test (default: test); with --degraded: "
                                    "an eval.answer_songs split (test3) instead of the frames test songs")
    ap.add_argument("--methods", nargs="*", choices=METHODS, help=f"default: all ({', '.join(METHODS)})")
    ap.add_argument("--no-real", action="store_true", help="skip the real stems")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "bass")
    ap.add_argument("--sweep", action="store_true", help="the flux threshold's effect, and another onset detector's "
                                                         "agreement with the real reference (then stop)")
    ap.add_argument("--degraded", action="store_true", help="bass stems of songs, clean and degraded: today's reader "
                                                            "against every attack a note (then stop)")
    ap.add_argument("--songs", nargs="*", help="with --degraded: only these songs")
    args = ap.parse_args(argv)
    if not args.degraded and args.split not in (None, "calibration", "test"):
        ap.error(f"--split {args.split}: the synthetic lines have calibration and test (an answer-songs split goes "
                 "with --degraded)")
    if args.degraded:
        rows = degraded_songs(tuple(args.songs or ()), args.split)
        text = render_degraded(rows)
        args.out.mkdir(parents=True, exist_ok=True)
        stem = f"bass_degraded_{args.split}" if args.split else "bass_degraded"
        (args.out / f"{stem}.json").write_text(json.dumps(rows, indent=1, default=float))
        (args.out / f"{stem}.md").write_text(text + "\n")
        return
    if args.sweep:
        sweep()
        return
    methods = tuple(args.methods or (METHODS[:2] if args.quick else METHODS))
    run(args.split, args.quick, methods, args.out, with_real=not args.no_real)


if __name__ == "__main__":
    main()
