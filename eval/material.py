"""Material with known truth, rendered once to stem WAVs and cached under eval/cache/."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import numpy as np
import soundfile as sf

from analysis.config import SAMPLE_RATE_HZ
from analysis.midi_source import find_soundfont, read_midi, render_stems
from eval.songs import SongSpec, SongTruth, build_song, full_form

CACHE = Path(__file__).resolve().parent / "cache"


def write_stem_wavs(pm, folder: Path, soundfont: Path | None = None) -> None:
    """Render a PrettyMIDI through the same MIDI reader the server uses: one <stem>.wav per stem
    (and song.mid, the file that was read), with ``soundfont`` (default: the server's)."""
    folder.mkdir(parents=True, exist_ok=True)
    midi = folder / "song.mid"
    pm.write(str(midi))
    pm2, stems = read_midi(midi)
    audio, _ = render_stems(pm2, stems, find_soundfont(soundfont))
    for name, a in audio.items():
        sf.write(str(folder / f"{name}.wav"), a.T, SAMPLE_RATE_HZ, subtype="PCM_16")


def render_song(spec: SongSpec, cache: Path = CACHE) -> tuple[Path, SongTruth]:
    """Write <cache>/<name>/{stem}.wav and truth.json; returns (folder, truth). Cached by name."""
    pm, truth = build_song(spec)
    folder = cache / spec.name
    if not (folder / "truth.json").is_file():
        write_stem_wavs(pm, folder)
        (folder / "truth.json").write_text(json.dumps(asdict(truth)))
    return folder, truth


def load_mix(folder: Path, stems: tuple[str, ...] | None = None) -> np.ndarray:
    """Mono sum of the folder's stem WAVs (optionally only ``stems``)."""
    total = None
    for wav in sorted(folder.glob("*.wav")):
        if stems is not None and wav.stem not in stems:
            continue
        a, _ = sf.read(str(wav), dtype="float32", always_2d=True)
        a = a.mean(axis=1)
        total = a if total is None else total[: len(a)] + a[: len(total)]
    return total


SYNTH_SONGS = [
    SongSpec(name="s44_am_100", tempo_bpm=100, meter="4/4", tonic=9, mode="minor", seed=1, sections=full_form("minor")),
    SongSpec(name="s44_eb_124", tempo_bpm=124, meter="4/4", tonic=3, mode="major", seed=2, sections=full_form("major")),
    SongSpec(name="s34_g_96", tempo_bpm=96, meter="3/4", tonic=7, mode="major", seed=3, sections=full_form("major")),
    SongSpec(name="s68_d_70", tempo_bpm=105, meter="6/8", tonic=2, mode="minor", seed=4, sections=full_form("minor")),
    SongSpec(name="s68_f_80", tempo_bpm=120, meter="6/8", tonic=5, mode="major", seed=5, sections=full_form("major")),
    SongSpec(name="s44_bm_88", tempo_bpm=88, meter="4/4", tonic=11, mode="minor", seed=6, sections=full_form("minor")),
]


# The two GM soundfonts the evaluation renders with (Debian's fluid-soundfont-gm and timgm6mb-soundfont)
SOUNDFONTS = {"fluidr3": Path("/usr/share/sounds/sf2/FluidR3_GM.sf2"),
              "timgm6mb": Path("/usr/share/sounds/sf2/TimGM6mb.sf2")}


def installed_fonts() -> dict[str, Path]:
    return {k: p for k, p in SOUNDFONTS.items() if p.is_file()}


def render_with_font(pm, font: Path, out: Path) -> np.ndarray:
    """``pm`` rendered with FluidSynth and ``font``, mono, written to ``out`` (float WAV) and returned."""
    import subprocess
    import tempfile

    import soundfile as sf

    with tempfile.TemporaryDirectory(prefix="stemsense-offsets-") as tmp:
        mid, wav = Path(tmp) / "x.mid", Path(tmp) / "x.wav"
        pm.write(str(mid))
        subprocess.run(["fluidsynth", "-ni", "-q", "-g", "0.7", "-R", "0", "-C", "0", "-r", str(SAMPLE_RATE_HZ),
                        "-F", str(wav), str(font), str(mid)], capture_output=True, timeout=120, check=True)
        a, sr = sf.read(str(wav), dtype="float32", always_2d=True)
    mono = a.mean(axis=1)
    assert sr == SAMPLE_RATE_HZ
    out.parent.mkdir(parents=True, exist_ok=True)
    sf.write(str(out), mono, SAMPLE_RATE_HZ, subtype="FLOAT")
    return mono
