"""Tracks written straight into the store from constructed notes: exact answers, no audio needed.

They go through the same slice builder and heuristics as analysed tracks, so scope is tested on
the real query path.
"""

from __future__ import annotations

import json
import time

import numpy as np

from analysis.core.types import over_song
from analysis.rhythm import place_on_grid
from analysis.store import Store


VOICE_RELEASE_DB = 25.0  # a singer lets go of a note: its release fades far under it


def note(t: float, pitch: int, dur: float = 0.2, vel: int = 90) -> dict:
    return dict(time_s=float(t), duration_s=float(dur), pitch=int(pitch), velocity=int(vel))


def make_track(store: Store, track_id: str, *, duration_s: float, bpm: float, beats_per_bar: int, meter: str,
               stems: dict[str, list[dict]], key: str = "A minor", key_pc: int = 9,
               sections: list[tuple[float, float, str]] | None = None,
               chords: list[tuple[float, float, str]] | None = None, levels_db: dict[str, float] | None = None,
               meter_evidence: dict | None = None, tuning: dict | None = None,
               section_levels_db: list[float] | None = None, lyrics: dict | None = None,
               vibrato: dict | None = None) -> str:
    period = 60.0 / bpm
    beats = np.arange(0.0, duration_s, period)
    store.db["tracks"].insert(dict(track_id=track_id, title=track_id, source_kind="stems", state="ready", progress=1.0,
                                   duration_s=duration_s, sample_rate=44100, created_at=time.time(),
                                   updated_at=time.time()), replace=True)
    note_rows, feature_rows, stem_rows, summaries = [], [], [], {}
    for name, notes in stems.items():
        idx, subs, offs = place_on_grid(np.array([n["time_s"] for n in notes]), beats)
        for n, i, s, o in zip(notes, idx, subs, offs):
            note_rows.append(dict(n, stem=name, beat_index=int(i) if i >= 0 else None, subdivision=s,
                                  onset_to_beat_offset_ms=None if np.isnan(o) else float(o)))
        level = (levels_db or {}).get(name, -20.0)
        for t in np.arange(0.0, duration_s, 0.05):
            playing = [n for n in notes if n["time_s"] <= t < n["time_s"] + n["duration_s"] + 0.1]
            sounding = bool(playing)
            def heard_db(n: dict) -> float:  # a sung note's 0.1 s release fades VOICE_RELEASE_DB under it
                fading = name == "vocals" and t >= n["time_s"] + n["duration_s"]
                return 20 * np.log10(n["velocity"] / 100.0) - (VOICE_RELEASE_DB if fading else 0.0)
            # the frame level follows the loudest sounding note's velocity (100 -> the stem's level)
            db = level + max(heard_db(n) for n in playing) if playing else -90.0
            # the f0 is the loudest sounding note's pitch, as a monophonic reading hears it
            top = max(playing, key=heard_db) if playing else None
            feature_rows.append(dict(stem=name, time_s=round(float(t), 3), energy_db=float(db),
                                     centroid_hz=1000.0 if sounding else 0.0,
                                     pitch_hz=440.0 * 2 ** ((top["pitch"] - 69) / 12) if top and name != "drums"
                                     else 0.0))
        # the stem over the whole song, as the ingest's stem summary stores it (onsets, audible time, level)
        energy = [r["energy_db"] for r in feature_rows if r["stem"] == name]
        summaries[name] = ({"empty": True} if not notes else
                           {"empty": False, "note_count": len(notes),
                            **over_song([n["time_s"] for n in notes], energy, [False] * len(energy))})
        stem_rows.append(dict(stem=name, path=f"tracks/{track_id}/stems/{name}.wav", origin="constructed",
                              duration_s=duration_s, channels=1, rms_dbfs=-20.0, peak_dbfs=-6.0, empty=int(not notes)))
    beat_rows = [dict(time_s=float(t), beat_index=i, bar_index=i // beats_per_bar, beat_in_bar=i % beats_per_bar + 1,
                      loudness_db=-20.0) for i, t in enumerate(beats)]
    sections = sections or [(0.0, duration_s, "A")]
    values = {"meter": {"label": meter, "beats_per_bar": beats_per_bar, "source": "constructed",
                        **({"evidence": meter_evidence} if meter_evidence else {})},
              "key": {"label": key, "tonic": key.split()[0], "scale": key.split()[1], "pitch_class": key_pc,
                      "agreement": 1.0, "strength": 0.9, "votes": []},
              "tempo": {"bpm": bpm, "confidence": None, "source": "constructed"},
              "stems": summaries, **({"tuning": tuning} if tuning else {}), **({"lyrics": lyrics} if lyrics else {}),
              **({"vibrato": vibrato} if vibrato is not None else {})}
    store.replace_track_rows(track_id, {
        "stems": stem_rows, "notes": note_rows, "features": feature_rows, "beats": beat_rows,
        "sections": [dict(start_s=a, end_s=b, label=lab,
                          energy_db=section_levels_db[i] if section_levels_db else None)
                     for i, (a, b, lab) in enumerate(sections)],
        "chords": [dict(start_s=a, end_s=b, label=lab, strength=1.0) for a, b, lab in (chords or [])],
        "track_analysis": [dict(name=k, value_json=json.dumps(v)) for k, v in values.items()]})
    return track_id


def groove(duration_s: float = 16.0, bpm: float = 120.0, bass_delay_ms: float = 0.0) -> dict[str, list[dict]]:
    """4/4: kick on 1 and 3, snare on 2 and 4, hats on eighths; bass on every beat (optionally late)."""
    p = 60.0 / bpm
    drums, bass = [], []
    for i, t in enumerate(np.arange(0.0, duration_s, p)):
        drums.append(note(t, 36 if i % 2 == 0 else 38, 0.1, 100))
        drums.append(note(t, 42, 0.05, 60))
        drums.append(note(t + p / 2, 42, 0.05, 60))
        bass.append(note(t + bass_delay_ms / 1000.0, 45 if (i // 4) % 2 == 0 else 40, p * 0.8))
    return {"drums": drums, "bass": bass}

