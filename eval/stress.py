"""The five stress-test tracks of the seed's experiment, written in code with exact truth.

A  groove and pocket, one or two chords (and A_late: the bass ~15 ms behind throughout)
B  syncopated bass under a lead voice and a guitar trading two-bar phrases
C  form and energy: a piano-only intro (bass and drums silent), verse, then a louder, busier chorus
D  "live" piano and voice trading phrases, with room reverb, a little noise and a gradual slowing
E  6/8, waltz-like accompaniment under an active vocal line; the section boundary falls mid-phrase
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile as sf

from analysis.config import SAMPLE_RATE_HZ
from eval.material import CACHE, render_song
from eval.songs import Section, SongSpec, SongTruth

TRACKS: dict[str, SongSpec] = {
    "A": SongSpec(name="stress_A", tempo_bpm=120, meter="4/4", tonic=9, mode="minor", seed=21,
                  sections=[Section("groove", 16, [1, 4], 0.7, lead=False)]),
    "A_late": SongSpec(name="stress_A_late", tempo_bpm=120, meter="4/4", tonic=9, mode="minor", seed=21,
                       bass_delay_ms=15.0, sections=[Section("groove", 16, [1, 4], 0.7, lead=False)]),
    "B": SongSpec(name="stress_B", tempo_bpm=100, meter="4/4", tonic=4, mode="minor", seed=22,
                  sections=[Section("verse", 8, [1, 6, 3, 7], 0.7, trade=True, syncopated=True, comp=False),
                            Section("chorus", 8, [4, 5, 1, 1], 0.95, trade=True, syncopated=True, comp=False)]),
    "C": SongSpec(name="stress_C", tempo_bpm=120, meter="4/4", tonic=7, mode="major", seed=23,
                  sections=[Section("intro", 8, [1, 4], 0.4, drums=False, bass=False, lead=False),
                            Section("verse", 8, [1, 6, 4, 5], 0.55),
                            Section("chorus", 8, [4, 5, 1, 1], 0.95)]),
    "D": SongSpec(name="stress_D", tempo_bpm=90, meter="4/4", tonic=2, mode="major", seed=24, drift=0.03,
                  response_program=0,
                  sections=[Section("song", 12, [1, 4, 5, 1], 0.7, drums=False, bass=False, trade=True, comp=False)]),
    "E": SongSpec(name="stress_E", tempo_bpm=90, meter="6/8", tonic=5, mode="major", seed=25,
                  sections=[Section("A", 6, [1, 4, 5, 1], 0.6, waltz=True, drums=False),
                            Section("B", 10, [6, 4, 5, 1], 0.9, waltz=True, drums=False)]),
}


def room(folder: Path, seed: int = 0) -> None:
    """Convolve each stem with a synthetic room (0.8 s decaying noise, 25 % wet) and add noise at -50 dBFS."""
    from scipy.signal import fftconvolve

    rng = np.random.default_rng(seed)
    n_ir = int(0.8 * SAMPLE_RATE_HZ)
    ir = rng.standard_normal(n_ir) * np.exp(-np.arange(n_ir) / (0.15 * SAMPLE_RATE_HZ))
    ir /= np.sqrt(np.sum(ir ** 2))
    for wav in folder.glob("*.wav"):
        dry, _ = sf.read(str(wav), dtype="float32")
        wet = fftconvolve(dry, ir)[: len(dry)]
        out = 0.75 * dry + 0.25 * wet * (np.sqrt(np.mean(dry ** 2)) / (np.sqrt(np.mean(wet ** 2)) + 1e-12))
        out += rng.standard_normal(len(out)) * 10 ** (-50 / 20)
        sf.write(str(wav), np.clip(out, -1, 1).astype(np.float32), SAMPLE_RATE_HZ, subtype="PCM_16")


def render(name: str, cache: Path = CACHE) -> tuple[Path, SongTruth]:
    spec = TRACKS[name]
    fresh = not (cache / spec.name / "truth.json").is_file()
    folder, truth = render_song(spec, cache)
    if name == "D" and fresh:
        room(folder)
    return folder, truth
