"""A part's sound: MIDI (mido), WAV alone and mixed with the window's stems (its notation: notation.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import soundfile as sf

from analysis.config import SAMPLE_RATE_HZ
from analysis.core.types import Note, as_notes
from analysis.midi_source import STEM_PROGRAM, find_soundfont, synthesize_notes



def write_midi(path: Path, notes: list[Note], stem: str, start_s: float, tempo_bpm: float) -> None:
    import mido

    tpb = 480
    mid = mido.MidiFile(ticks_per_beat=tpb)
    track = mido.MidiTrack()
    mid.tracks.append(track)
    track.append(mido.MetaMessage("set_tempo", tempo=mido.bpm2tempo(tempo_bpm), time=0))
    channel = 9 if stem == "drums" else 0
    if stem != "drums":
        track.append(mido.Message("program_change", program=STEM_PROGRAM[stem], channel=channel, time=0))
    events = []
    for n in as_notes(notes):
        on = n.time_s - start_s
        events.append((on, 1, mido.Message("note_on", note=n.pitch, velocity=n.velocity, channel=channel)))
        events.append((on + n.duration_s, 0, mido.Message("note_off", note=n.pitch, velocity=0, channel=channel)))
    now = 0
    for t, _, msg in sorted(events, key=lambda e: (e[0], e[1])):
        tick = int(round(t * tempo_bpm / 60.0 * tpb))
        track.append(msg.copy(time=max(0, tick - now)))
        now = max(now, tick)
    mid.save(str(path))


def render_audio(notes: list[Note], stem: str, start_s: float, end_s: float, tempo_bpm: float) -> np.ndarray:
    """The part alone, mono float32 of exactly the window's length (FluidSynth if present, else a synth)."""
    import pretty_midi

    from analysis.midi_source import MidiStem, render_stems

    n_samples = int(round((end_s - start_s) * SAMPLE_RATE_HZ))
    rel = [replace(n, time_s=n.time_s - start_s) for n in as_notes(notes)]
    soundfont = find_soundfont(None)
    if soundfont is not None and rel:
        pm = pretty_midi.PrettyMIDI(initial_tempo=tempo_bpm)
        inst = pretty_midi.Instrument(STEM_PROGRAM[stem], is_drum=stem == "drums", name=stem)
        inst.notes = [pretty_midi.Note(n["velocity"], n["pitch"], n["time_s"], n["time_s"] + n["duration_s"]) for n in rel]
        pm.instruments.append(inst)
        audio, _ = render_stems(pm, {stem: MidiStem(stem, instrument_indexes=[0], notes=rel)}, soundfont)
        mono = audio[stem][0]
    else:
        mono = synthesize_notes(rel, n_samples, drums=stem == "drums")
    out = np.zeros(n_samples, dtype=np.float32)
    out[: min(n_samples, len(mono))] = mono[:n_samples]
    return out


def context_mix(part: np.ndarray, stem_paths: dict[str, Path], start_s: float) -> np.ndarray:
    """The part over the window's other stems (mono), peak-normalised to -1 dBFS."""
    total = part.astype(np.float64).copy()
    start = int(round(start_s * SAMPLE_RATE_HZ))
    for path in stem_paths.values():
        if not path.is_file():
            continue
        data, _ = sf.read(str(path), start=start, stop=start + len(part), dtype="float32", always_2d=True)
        mono = data.mean(axis=1)
        total[: len(mono)] += mono
    peak = float(np.max(np.abs(total))) or 1.0
    return (total / peak * 10 ** (-1 / 20)).astype(np.float32)


def write_wav(path: Path, audio: np.ndarray) -> None:
    sf.write(str(path), audio, SAMPLE_RATE_HZ, subtype="PCM_16")
