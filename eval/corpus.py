"""Real four-part music with known truth: Bach chorales from the music21 corpus.

Each part becomes a stem (soprano -> vocals, alto -> piano, tenor -> other, bass -> bass) with a
GM program chosen so the stem-name mapping holds; truth is read from the score: notes, beats,
downbeats (pickup bars included), meter, and the key (key signature, major or minor by the final
bass note). The tempo is ours: it is set, not read from playback marks.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pretty_midi

from eval.material import write_stem_wavs
from eval.songs import NOTE_NAMES, SongTruth

CHORALES_44 = ["bwv1.6", "bwv10.7", "bwv101.7", "bwv102.7", "bwv103.6", "bwv104.6", "bwv108.6", "bwv110.7",
               "bwv111.6", "bwv113.8", "bwv114.7", "bwv115.6", "bwv116.6", "bwv117.4", "bwv119.9", "bwv121.6"]
CHORALES_34 = ["bwv11.6", "bwv120.8-a", "bwv122.6", "bwv130.6", "bwv145.5", "bwv194.6"]
PART_STEMS = [("vocals", 53), ("piano", 0), ("other", 48), ("bass", 32)]


def chorale(name: str, tempo_bpm: float) -> tuple[pretty_midi.PrettyMIDI, SongTruth]:
    from music21 import corpus

    score = corpus.parse(f"bach/{name}")
    parts = list(score.parts)[:4]
    if len(parts) < 4:
        raise ValueError(f"{name} has {len(parts)} parts")
    q_s = 60.0 / tempo_bpm
    pm = pretty_midi.PrettyMIDI(initial_tempo=tempo_bpm)
    ts = score.recurse().getElementsByClass("TimeSignature")[0]
    num = ts.numerator
    pm.time_signature_changes.append(pretty_midi.TimeSignature(num, ts.denominator, 0.0))
    notes: dict[str, list[dict]] = {}
    for part, (stem, program) in zip(parts, PART_STEMS):
        inst = pretty_midi.Instrument(program, name=stem)
        for n in part.stripTies().flatten().notes:
            if n.duration.quarterLength <= 0:
                continue  # grace notes: zero length hangs synths and is no onset in the truth
            start = float(n.getOffsetInHierarchy(score)) * q_s
            for p in getattr(n, "pitches", [n.pitch]):
                inst.notes.append(pretty_midi.Note(80, int(p.midi), start, start + float(n.duration.quarterLength) * q_s))
        pm.instruments.append(inst)
        notes[stem] = [dict(time_s=x.start, duration_s=x.end - x.start, pitch=x.pitch, velocity=x.velocity)
                       for x in sorted(inst.notes, key=lambda x: (x.start, x.pitch))]
    end_q = float(score.highestTime)
    measures = list(parts[0].getElementsByClass("Measure"))
    full = [m for m in measures if m.barDuration.quarterLength > 0 and m.duration.quarterLength >= m.barDuration.quarterLength - 1e-6]
    first_down_q = float(full[0].getOffsetInHierarchy(score)) if full else 0.0
    beats_q = np.arange(first_down_q % 1.0, end_q - 1e-6, 1.0)
    downbeats_q = [b for b in beats_q if b >= first_down_q - 1e-6 and abs(((b - first_down_q) / num) - round((b - first_down_q) / num)) < 1e-6]
    ks = score.recurse().getElementsByClass("KeySignature")[0]
    major, minor = ks.asKey("major"), ks.asKey("minor")
    final_bass = parts[3].flatten().notes[-1].pitches[0].pitchClass
    key = minor if final_bass == minor.tonic.pitchClass and final_bass != major.tonic.pitchClass else major
    truth = SongTruth(key=f"{NOTE_NAMES[key.tonic.pitchClass]} {key.mode}", tempo_bpm=tempo_bpm, meter=f"{num}/4",
                      beats_s=[float(b * q_s) for b in beats_q], downbeats_s=[float(b * q_s) for b in downbeats_q],
                      chords=[], sections=[], notes=notes, duration_s=end_q * q_s)
    return pm, truth


def corpus_pieces() -> list[tuple[str, float]]:
    """(name, tempo) for every piece: tempi spread over 66-96 BPM, fixed so runs compare."""
    names = CHORALES_44 + CHORALES_34
    return [(n, 66.0 + (i * 7) % 31) for i, n in enumerate(names)]


def render_piece(name: str, tempo_bpm: float, cache: Path) -> tuple[Path, SongTruth]:
    folder = cache / f"bach_{name.replace('.', '_')}"
    if not (folder / "truth.json").is_file():
        pm, truth = chorale(name, tempo_bpm)
        write_stem_wavs(pm, folder)
        (folder / "truth.json").write_text(json.dumps(asdict(truth)))
    return folder, SongTruth(**json.loads((folder / "truth.json").read_text()))
