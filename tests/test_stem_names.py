"""Which stem a user's file is: names as engineers write them, and a MedleyDB song folder by its metadata."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from analysis.catalog import discover
from analysis.ingest import plan_ingest, stem_for_filename

# A session engineer's track names and what each holds (written from what the names mean, not from the code).
NAMES = {
    "Lead Guitar.wav": "guitar", "LeadGtr_02.wav": "guitar", "Lead Vocal.wav": "vocals", "LeadVox.wav": "vocals",
    "Lead.wav": "vocals", "Synth Lead.wav": "other", "Bass Drum.wav": "drums", "Sub Kick.wav": "drums",
    "Kick In.wav": "drums", "Bass DI.wav": "bass", "Synth Bass.wav": "bass", "Hi-Hat.wav": "drums",
    "Overheads.wav": "drums", "Tom 2.wav": "drums", "Tambourine.wav": "drums", "Backing Vocals.wav": "vocals",
    "Rhodes.wav": "piano", "Acoustic Gtr.wav": "guitar", "Strings.wav": "other", "Organ.wav": "other",
    "Crash - Guitar.wav": "guitar", "bass.flac": "bass", "drums.flac": "drums", "vocals.flac": "vocals",
}


@pytest.mark.parametrize("name,stem", sorted(NAMES.items()))
def test_a_track_name_names_its_stem(name, stem):
    assert stem_for_filename(Path(name)) == stem


def _tone(path: Path, hz: float, seconds: float = 3.0, sr: int = 44100) -> None:
    t = np.arange(int(seconds * sr)) / sr
    sf.write(path, (0.3 * np.sin(2 * np.pi * hz * t)).astype(np.float32), sr)


METADATA = """\
artist: Nobody
mix_filename: Song_MIX.wav
stem_dir: Song_STEMS
stems:
  S01:
    filename: Song_STEM_01.wav
    instrument: drum set
  S02:
    filename: Song_STEM_02.wav
    instrument: electric bass
  S03:
    filename: Song_STEM_03.wav
    instrument: clean electric guitar
  S04:
    filename: Song_STEM_04.wav
    instrument: distorted electric guitar
  S05:
    filename: Song_STEM_05.wav
    instrument: male singer
"""


def test_a_medleydb_song_folder_loads_its_stems_by_their_instruments(settings, inputs):
    song = inputs / "Song"
    (song / "Song_STEMS").mkdir(parents=True)
    (song / "Song_METADATA.yaml").write_text(METADATA)
    _tone(song / "Song_MIX.wav", 330.0)
    for n, hz in ((1, 60.0), (2, 55.0), (3, 196.0), (4, 247.0), (5, 220.0)):
        _tone(song / "Song_STEMS" / f"Song_STEM_{n:02d}.wav", hz)
    plan = plan_ingest(str(song), None, None, settings)
    assert plan.kind == "stems"
    assert {k: sorted(p.name for p in v) for k, v in plan.stem_files.items()} == {
        "drums": ["Song_STEM_01.wav"], "bass": ["Song_STEM_02.wav"],
        "guitar": ["Song_STEM_03.wav", "Song_STEM_04.wav"], "vocals": ["Song_STEM_05.wav"]}
    sources, _ = discover([inputs])  # a batch load takes the song folder once, not its mix and stems apart
    assert sources == [song.resolve()]
