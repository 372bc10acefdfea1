"""Ingest: validate a source synchronously, then build and store its stems in the background.

``plan_ingest`` does everything cheap enough to answer at once (paths, formats, limits, weights,
content hash) so bad input is a tool error, not a failed track. ``run_ingest`` is the slow part,
a chain of named steps; each is recorded in ``runs`` and a failure names its step.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np
import soundfile as sf

from . import separation
from .audio_io import (AUDIO_EXTENSIONS, MIDI_EXTENSIONS, decode_audio, fit_length, is_silent,
                       levels_dbfs, probe_audio, resolve_input_path, write_wav)
from .config import MIX_STEM, PART_STEMS, SAMPLE_RATE_HZ, STEM_NAMES, Settings
from .core.types import Note, Notes
from .core.vocabulary import SILENT_FRAME_DB
from .errors import InputError, StemSenseError
from .store import Store

TRACK_ID_RE = re.compile(r"^[0-9a-f]{16}$")

# Words in a file name (or a MedleyDB instrument label) that name a stem. A name is split into words at
# anything that is not a letter and at a lower-to-upper case change ("LeadVox_02.wav": lead, vox), and the
# stems are tried in this order, as an engineer names tracks: a voice word makes it vocals ("Bass Vocal" is a
# singer), then bass, piano, guitar, the kit (a song title's "Crash" or "Beat" beside "Guitar" is the
# guitar) -- but a bass word beside "drum" or "kick" is the kit ("Bass Drum", "Sub Kick"); "lead" with no
# instrument word is the lead vocal, while "Lead Guitar" is the guitar and "Synth Lead" is `other`.
STEM_WORDS: dict[str, set[str]] = {
    "vocals": {"vocals", "vocal", "vox", "voice", "voices", "singer", "singers", "vocalist", "vocalists", "bv", "bvs",
               "bgv", "bgvs", "choir", "rapper", "adlib", "adlibs"},
    "bass": {"bass", "bassline", "sub"},
    "piano": {"piano", "keys", "keyboard", "keyboards", "rhodes", "epiano", "wurlitzer", "wurli"},
    "guitar": {"guitar", "guitars", "gtr", "gtrs"},
    "drums": {"drums", "drum", "kit", "percussion", "perc", "kick", "kik", "bassdrum", "snare", "snr", "hat", "hats",
              "hihat", "hihats", "hh", "overhead", "overheads", "toms", "tom", "cymbal", "cymbals", "ride", "crash",
              "tambourine", "tamb", "shaker", "conga", "congas", "bongo", "bongos", "clap", "claps", "beat"},
}
KIT_OVER_BASS = {"drum", "drums", "kick", "kik"}
OTHER_INSTRUMENTS = {"synth", "synthesizer", "strings", "string", "organ", "pad", "horn", "horns", "brass", "violin",
                     "sax", "saxophone", "trumpet", "flute", "banjo", "mandolin", "fx"}


def stem_for_words(text: str) -> str:
    """The stem a file name or an instrument label names (see STEM_WORDS); `other` where none."""
    words = set(re.findall(r"[a-z]+", re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text).lower()))
    stem = next((stem for stem, names in STEM_WORDS.items() if words & names), None)
    if stem == "bass" and words & KIT_OVER_BASS:
        stem = "drums"
    if stem is None and "lead" in words and not words & OTHER_INSTRUMENTS:
        stem = "vocals"  # "Lead.wav", "Lead 2.wav": the lead vocal
    return stem or "other"


def stem_for_filename(path: Path) -> str:
    return stem_for_words(path.stem)


def medleydb_stems(folder: Path) -> dict[str, list[Path]] | None:
    """A MedleyDB song folder (``<Song>_METADATA.yaml`` beside ``<Song>_STEMS/``): its stem files by the
    instrument each is labelled with ("drum set", "electric bass", "male singer", ...), or None where the
    folder has no such metadata or none of its stem files are there."""
    import yaml

    for meta in sorted(folder.glob("*METADATA.yaml")):
        try:
            doc = yaml.safe_load(meta.read_text())
        except (yaml.YAMLError, OSError, UnicodeDecodeError):
            continue
        stems = doc.get("stems") if isinstance(doc, dict) else None
        if not isinstance(stems, dict):
            continue
        stem_dir = folder / str(doc.get("stem_dir") or "")
        files: dict[str, list[Path]] = {}
        for entry in stems.values():
            if not isinstance(entry, dict) or not entry.get("filename"):
                continue
            name = str(entry["filename"])
            path = next((d / name for d in (stem_dir, folder) if (d / name).is_file()), None)
            if path is not None:
                files.setdefault(stem_for_words(str(entry.get("instrument") or "")), []).append(path)
        if files:
            return files
    return None


@dataclass
class IngestPlan:
    track_id: str
    title: str
    kind: str  # mix | stems | midi
    source_path: str
    stem_files: dict[str, list[Path]] = field(default_factory=dict)  # kind == stems
    mix_file: Path | None = None  # kind == mix
    midi_file: Path | None = None  # kind == midi
    separation_model: str | None = None  # kind == mix: the model that separates it (None: not separated)
    unseparated: str | None = None  # kind == mix without weights: why it loads as one `mix` stem, and the fix

    def row(self) -> dict:
        return dict(track_id=self.track_id, title=self.title, source_kind=self.kind,
                    source_path=self.source_path, separation_model=self.separation_model)


def _hash_files(h: "hashlib._Hash", paths: list[Path]) -> None:
    for p in paths:
        with open(p, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)


def _check_not_silent(path: Path) -> None:
    """Stream the file once and refuse digital/near silence (cheap: no resampling)."""
    try:
        acc, n = 0.0, 0
        for block in sf.blocks(str(path), blocksize=1 << 16, dtype="float32", always_2d=True):
            acc += float(np.sum(block.astype(np.float64) ** 2)) / block.shape[1]
            n += block.shape[0]
    except (sf.LibsndfileError, RuntimeError, TypeError):
        return  # formats only ffmpeg reads are checked after decoding, in the ingest
    if n == 0 or 10 * np.log10(max(acc / n, 1e-12)) < SILENT_FRAME_DB:
        raise InputError(f"{path.name} is silent; there is nothing to analyse.")


def plan_ingest(source: str, stems: dict[str, str] | None, title: str | None, settings: Settings,
                separation_model: str = separation.DEFAULT_MODEL) -> IngestPlan:
    """Validate a load request and compute its content-addressed track id. Raises StemSenseError."""
    if title is not None and (len(title) > 200 or any(ord(c) < 32 for c in title)):
        raise InputError("title must be at most 200 characters, without control characters.")
    h = hashlib.sha256()
    if stems:
        if not isinstance(stems, dict) or len(stems) > len(PART_STEMS):
            raise InputError(f"stems must map at most {len(PART_STEMS)} stem names to file paths.")
        unknown = [k for k in stems if k not in PART_STEMS]
        if unknown:
            raise InputError(f"Unknown stem name(s) {', '.join(map(repr, unknown[:5]))}; use {', '.join(PART_STEMS)}.")
        base = resolve_input_path(source, settings, want_dir=True) if source and source.strip() else None
        files = {}
        for name, raw in stems.items():
            raw_path = raw if base is None or os.path.isabs(os.path.expanduser(raw)) else str(base / raw)
            files[name] = [resolve_input_path(raw_path, settings, want_dir=False)]
        kind, source_path = "stems", str(base or "")
    else:
        path = resolve_input_path(source, settings)
        source_path = str(path)
        if path.is_dir():
            files = medleydb_stems(path) or {}  # a MedleyDB song folder: its stems, by their instrument labels
            audio = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in AUDIO_EXTENSIONS)
            if not files and not audio:
                raise InputError(f"{source} has no audio files ({', '.join(AUDIO_EXTENSIONS)}); put stems named "
                                 "vocals.wav, bass.wav, drums.wav, guitar.wav, piano.wav, other.wav there.")
            if not files:  # a folder of stems named by their files
                for p in audio:
                    files.setdefault(stem_for_filename(p), []).append(p)
            files = {name: [resolve_input_path(str(p), settings, want_dir=False) for p in paths]
                     for name, paths in files.items()}
            kind = "stems"
        elif path.suffix.lower() in MIDI_EXTENSIONS:
            kind, files = "midi", {}
        elif path.suffix.lower() in AUDIO_EXTENSIONS:
            kind, files = "mix", {}
        else:
            raise InputError(f"{path.name}: unsupported format {path.suffix or '(no extension)'}. Load audio "
                             f"({', '.join(AUDIO_EXTENSIONS)}), a MIDI file (.mid) or a folder of stems.")
    plan_title = title or (Path(source_path).stem if source_path else "untitled")
    if kind == "stems":
        longest = 0.0
        for name in sorted(files):
            for p in files[name]:
                longest = max(longest, probe_audio(p, settings).duration_s)
        silent = 0
        for name in sorted(files):
            for p in files[name]:
                try:
                    _check_not_silent(p)
                except InputError:
                    silent += 1
        if silent == sum(len(v) for v in files.values()):
            raise InputError("Every stem file is silent; there is nothing to analyse.")
        h.update(b"stems")
        for name in sorted(files):
            h.update(name.encode())
            _hash_files(h, sorted(files[name]))
        return IngestPlan(_track_id(h), plan_title, "stems", source_path, stem_files=files)
    if kind == "midi":
        from .midi_source import read_midi

        read_midi(path)  # cheap: a file that is not MIDI, or has no notes, is refused now
        h.update(b"midi")
        _hash_files(h, [path])
        return IngestPlan(_track_id(h), plan_title, "midi", source_path, midi_file=path)
    probe_audio(path, settings)
    _check_not_silent(path)
    try:
        separation.locate_weights(separation_model, settings.demucs_repo)
    except separation.WeightsMissing:
        # not a failure: the mix is analysed as one stem, under its own id (loaded again once the weights
        # are here, the same file gets the separated track's id and is separated)
        h.update(b"mix:unseparated")
        _hash_files(h, [path])
        return IngestPlan(_track_id(h), plan_title, "mix", source_path, mix_file=path,
                          unseparated=separation.unseparated_note(separation_model))
    h.update(b"mix" + separation_model.encode())
    _hash_files(h, [path])
    return IngestPlan(_track_id(h), plan_title, "mix", source_path, mix_file=path, separation_model=separation_model)


def _track_id(h) -> str:
    return h.hexdigest()[:16]


@dataclass
class BuiltStems:
    audio: dict[str, np.ndarray]  # stem -> (channels, samples) float32 at 44.1 kHz
    origin: dict[str, str]
    notes: dict[str, list[Note]] = field(default_factory=dict)  # exact notes (MIDI sources)
    midi: object | None = None  # the parsed MIDI file (its grid is exact)


ProgressFn = Callable[[str, float], None]


def build_stems(plan: IngestPlan, settings: Settings, progress: ProgressFn) -> BuiltStems:
    """Produce the six-or-fewer stems for a plan (the slow part: separation or rendering)."""
    if plan.kind == "stems":
        audio, origin = {}, {}
        for i, (name, paths) in enumerate(sorted(plan.stem_files.items())):
            progress("decode", i / len(plan.stem_files))
            decoded = [decode_audio(p, settings) for p in paths]
            n = max(d.shape[1] for d in decoded)
            channels = max(d.shape[0] for d in decoded)
            summed = sum(fit_length(np.repeat(d, channels // d.shape[0], axis=0), n) for d in decoded)
            audio[name] = np.asarray(summed, dtype=np.float32)
            origin[name] = "file: " + ", ".join(p.name for p in paths)
        return BuiltStems(audio, origin)
    if plan.kind == "midi":
        from .midi_source import find_soundfont, read_midi, render_stems

        progress("render_midi", 0.0)
        pm, midi_stems = read_midi(plan.midi_file)
        rendered, renderer = render_stems(pm, midi_stems, find_soundfont(settings.soundfont))
        origin = {name: f"midi ({renderer}): " + "; ".join(s.programs) for name, s in midi_stems.items()}
        return BuiltStems(rendered, origin, {name: s.notes for name, s in midi_stems.items()}, midi=pm)
    progress("decode", 0.0)
    mix = decode_audio(plan.mix_file, settings)
    if is_silent(mix):
        raise InputError(f"{plan.mix_file.name} is silent; there is nothing to analyse.")
    if plan.separation_model is None:  # no weights here: the whole mix is the track's one stem
        return BuiltStems({MIX_STEM: mix}, {MIX_STEM: "not separated (every instrument in one stem, drum hits not told "
                                                      f"apart): {plan.unseparated}"})
    progress("load_model", 0.0)
    model = separation.load_model(plan.separation_model, settings.demucs_repo)  # cached: loaded once per process
    sources = separation.separate(mix, model, progress=lambda f: progress("separate", f))
    note = separation.WEAK_STEMS.get(plan.separation_model, {})
    origin = {name: f"demucs {plan.separation_model}" + (f" ({note[name]})" if name in note else "")
              for name in sources}
    return BuiltStems(sources, origin)


def write_stems(plan: IngestPlan, built: BuiltStems, home: Path) -> tuple[list[dict], float]:
    """Write stem WAVs next to the final folder (under the store's ``home``), then swap it in.
    Returns (stem rows, duration_s)."""
    n = max(a.shape[1] for a in built.audio.values())
    tracks_dir = home / "tracks"
    tmp = tracks_dir / f".{plan.track_id}.tmp-{uuid.uuid4().hex[:8]}"
    (tmp / "stems").mkdir(parents=True)
    rows = []
    try:
        mix = np.zeros((2, n), dtype=np.float32)
        for name in STEM_NAMES:
            if name not in built.audio:
                continue
            audio = fit_length(built.audio[name], n)
            write_wav(tmp / "stems" / f"{name}.wav", audio)
            mix += audio if audio.shape[0] == 2 else np.repeat(audio, 2, axis=0)
            rms, peak = levels_dbfs(audio)
            rows.append(dict(stem=name, path=f"tracks/{plan.track_id}/stems/{name}.wav", origin=built.origin[name],
                             duration_s=n / SAMPLE_RATE_HZ, channels=int(audio.shape[0]), rms_dbfs=round(rms, 2),
                             peak_dbfs=round(peak, 2), empty=int(rms < SILENT_FRAME_DB),
                             note_source="midi" if name in built.notes else None))
        write_wav(tmp / "mix.wav", mix)
        final = tracks_dir / plan.track_id
        old = tracks_dir / f".{plan.track_id}.old-{uuid.uuid4().hex[:8]}"
        if final.exists():
            final.rename(old)
        tmp.rename(final)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return rows, n / SAMPLE_RATE_HZ


def _only_bleed(stem: str, ctx) -> bool:
    """A stem whose every sounding frame is other stems' bleed (what a separator leaves in a stem the
    track does not have) is silent for every purpose."""
    bleed = ctx.bleed.get(stem)
    if bleed is None:
        return False
    levels = np.array([f["energy_db"] for f in ctx.rows.get("features", []) if f["stem"] == stem])
    sounding = levels > SILENT_FRAME_DB
    return bool(sounding.any()) and float(np.mean(bleed[: len(levels)][sounding[: len(bleed)]])) >= 0.98


@dataclass
class BuiltTrack:
    """A track's stems written under the store's home, with what the analysis needs besides them."""
    plan: IngestPlan
    stem_rows: list[dict]
    duration_s: float
    runs: list[dict]
    exact_notes: dict[str, list[Note]] = field(default_factory=dict)
    midi: object | None = None
    audio: dict[str, np.ndarray] | None = None  # the stems in memory (None: read back from the WAVs)


@dataclass
class TrackResult:
    """Everything an ingest stores for a track: its rows and its notes (stem -> Notes, placed on the beats
    where the grid is known), ready for one transaction."""
    track_id: str
    duration_s: float
    rows: dict[str, list[dict]]
    notes: dict[str, Notes] = field(default_factory=dict)


class StepFailed(StemSenseError):
    """A pipeline step failed: ``step`` names it (recorded in runs and in the track's error)."""

    def __init__(self, step: str, reason: str):
        super().__init__(reason)
        self.step, self.reason = step, reason


def build_track(plan: IngestPlan, settings: Settings, home: Path, progress: ProgressFn,
                keep_audio: bool = True) -> BuiltTrack:
    """Stage one: the stems (separation, rendering or decoding) written as WAVs under ``home``."""
    current = "decode"

    def tracked(step: str, frac: float) -> None:
        nonlocal current
        current = step
        progress(step, frac)

    try:
        t0 = time.monotonic()
        tracked("decode", 0.0)
        built = build_stems(plan, settings, tracked)
        runs = [dict(step="build_stems", status="ok", reason=None, seconds=round(time.monotonic() - t0, 3))]
        if plan.unseparated:
            runs.append(dict(step="separate", status="skipped", reason=f"loaded as one `{MIX_STEM}` stem: "
                             f"{plan.unseparated}", seconds=None))
        tracked("store", 0.0)
        t0 = time.monotonic()
        stem_rows, duration_s = write_stems(plan, built, home)
        runs.append(dict(step="store_stems", status="ok", reason=None, seconds=round(time.monotonic() - t0, 3)))
    except StepFailed:
        raise
    except Exception as exc:
        raise StepFailed(current, str(exc) if isinstance(exc, StemSenseError) else f"{type(exc).__name__}: {exc}") from exc
    return BuiltTrack(plan, stem_rows, duration_s, runs, built.notes, built.midi, built.audio if keep_audio else None)


def analyse_track(track: BuiltTrack, settings: Settings, home: Path, progress: ProgressFn) -> TrackResult:
    """Stage two: every analysis step on the written stems (the same steps for every caller)."""
    from .audio_io import decode_audio
    from . import stem_analysis
    from .pipeline import AnalysisContext, run_analysis

    n = int(round(track.duration_s * SAMPLE_RATE_HZ))
    source = track.audio or {r["stem"]: decode_audio(home / r["path"], settings) for r in track.stem_rows}
    stems = {r["stem"]: fit_length(source[r["stem"]], n).mean(axis=0) for r in track.stem_rows}
    track.audio = source = None  # the (channels, samples) stems: ~0.5 GB for 4 minutes of six stereo stems, unused from here
    ctx = AnalysisContext(stems=stems, stem_paths={r["stem"]: home / r["path"] for r in track.stem_rows},
                          empty={r["stem"]: bool(r["empty"]) for r in track.stem_rows}, settings=settings,
                          midi=track.midi, exact_notes=track.exact_notes)
    runs = track.runs + run_analysis(ctx, progress)
    notes = ctx.placed or {stem: Notes.of(ns, stem) for stem, ns in ctx.notes.items()}
    stem_rows = [dict(r) for r in track.stem_rows]
    for r in stem_rows:
        if not r["empty"] and _only_bleed(r["stem"], ctx):
            r["empty"] = 1
            r["origin"] += " (holds only other stems' bleed: read as silent)"
        if r["stem"] in ctx.notes and r["note_source"] is None and ctx.notes[r["stem"]]:
            r["note_source"] = "drum-onsets" if r["stem"] == "drums" else stem_analysis.note_source(r["stem"])
    values = [dict(name=k, value_json=json.dumps(v)) for k, v in ctx.values.items()]
    return TrackResult(track.plan.track_id, track.duration_s, {
        "stems": stem_rows, "beats": ctx.rows.get("beats", []), "chords": ctx.rows.get("chords", []),
        "sections": ctx.rows.get("sections", []), "features": ctx.rows.get("features", []),
        "track_analysis": values, "runs": [dict(r, finished_at=time.time()) for r in runs]}, notes)


def store_track(store: Store, result: TrackResult) -> None:
    """One transaction: every row of the track and its ``ready`` state, or nothing."""
    with store.atomic():
        store.replace_track_rows(result.track_id, result.rows, notes=result.notes)
        store.update_track(result.track_id, duration_s=result.duration_s, sample_rate=SAMPLE_RATE_HZ, state="ready",
                           progress=1.0, step=None, error=None)


def record_failure(store: Store, track_id: str, step: str, reason: str) -> None:
    store.record_run(track_id, step, "failed", reason[:1000], None)
    store.update_track(track_id, state="failed", error=(
        f"Ingest failed during '{step}': {reason[:800]}. Fix the input and call load_track again."))


def run_ingest(plan: IngestPlan, store: Store, settings: Settings) -> None:
    """The background job: build stems, analyse them, store everything, mark the track ready.

    Never raises. Stems, analysis rows, run records and the ``ready`` state are written in one
    transaction, so a track is never ``ready`` with part of its data.
    """
    from .pipeline import STEPS

    tid = plan.track_id
    build_share = 0.7 if plan.separation_model else 0.2
    weights = {"decode": (0.0, 0.05), "render_midi": (0.0, build_share), "load_model": (0.05, 0.1),
               "separate": (0.1, build_share), "store": (build_share, build_share + 0.02)}
    analysis_span = (build_share + 0.02, 0.99)
    step_names = {name for name, *_ in STEPS}
    current = {"step": "decode"}

    def progress(step: str, frac: float) -> None:
        lo, hi = analysis_span if step in step_names else weights.get(step, (0.0, 1.0))
        current["step"] = step
        try:
            store.update_track(tid, state="running", step=step,
                               progress=round(lo + (hi - lo) * min(max(frac, 0.0), 1.0), 3))
        except sqlite3.OperationalError:  # progress is best effort: a busy store must not fail the ingest
            logging.getLogger(__name__).warning("progress of %s not recorded: the store is busy", tid)

    try:
        store.replace_track_rows(tid, {"runs": []})
        built = build_track(plan, settings, store.home, progress)
        store_track(store, analyse_track(built, settings, store.home, progress))
    except BaseException as exc:  # SystemExit from a library must not take the server down
        if isinstance(exc, StepFailed):
            step, reason = exc.step, exc.reason
        else:
            step = current["step"]
            reason = str(exc) if isinstance(exc, StemSenseError) else f"{type(exc).__name__}: {exc}"
        try:
            record_failure(store, tid, step, reason)
        except Exception:
            pass
        if isinstance(exc, KeyboardInterrupt):
            raise
