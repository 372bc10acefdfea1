"""Ingest through the Library: stems folders, MIDI, Demucs (tiny real model), content addressing,
concurrency, crash recovery, deletion."""

from __future__ import annotations

import threading

import mido
import numpy as np
import pytest
import soundfile as sf

from analysis.config import SAMPLE_RATE_HZ
from analysis.library import INTERRUPTED, Library
from analysis.midi_source import read_midi, render_stems
from eval.songs import DEMO_SPEC, build_song
from tests.audio_fixtures import tone, write_stems_folder, write_tiny_demucs_repo
from tests.conftest import EXAMPLE_MIDI, wait_ready


def test_stems_folder_is_stored_sample_exact(library: Library, inputs):
    stems = write_stems_folder(inputs / "song", stereo_bass=True)
    status = library.load(str(inputs / "song"))
    assert status.state in ("queued", "running", "ready")
    assert wait_ready(library, status.track_id) == "ready"
    summary = library.summary(status.track_id)
    by_name = {s.stem: s for s in summary.stems}
    assert set(by_name) == {"bass", "drums", "guitar"}
    assert by_name["guitar"].empty and not by_name["bass"].empty
    assert by_name["bass"].channels == 2
    stored, sr = sf.read(str(library.stem_path(status.track_id, "bass")), dtype="float32", always_2d=True)
    assert sr == SAMPLE_RATE_HZ
    np.testing.assert_allclose(stored.T, stems["bass"], atol=2 / 32768)
    assert summary.duration_s == pytest.approx(4.0, abs=1e-3)
    from analysis.pipeline import STEPS

    assert [r.step for r in summary.runs] == ["build_stems", "store_stems"] + [name for name, *_ in STEPS]


def test_unknown_file_names_map_to_other_and_resample(library: Library, inputs):
    folder = inputs / "odd"
    folder.mkdir()
    sf.write(str(folder / "Lead Vocal.wav"), tone(440, 2.0, sr=48000), 48000)
    sf.write(str(folder / "strings.flac"), tone(330, 2.0, sr=48000), 48000)
    (folder / "notes.txt").write_text("not audio")
    tid = library.load(str(folder)).track_id
    assert wait_ready(library, tid) == "ready"
    stems = {s.stem: s for s in library.summary(tid).stems}
    assert set(stems) == {"vocals", "other"}
    assert "strings.flac" in stems["other"].origin
    assert stems["vocals"].duration_s == pytest.approx(2.0, abs=1e-3)


def test_midi_keeps_exact_notes_and_midi_resource_round_trips(library: Library):
    status = library.load(str(EXAMPLE_MIDI))
    assert wait_ready(library, status.track_id) == "ready"
    _, truth = build_song(DEMO_SPEC)
    for stem, truth_notes in truth.notes.items():
        stored = library.store.notes(status.track_id, stem)
        assert len(stored) == len(truth_notes)
        assert list(stored.pitch) == [n["pitch"] for n in truth_notes]
        np.testing.assert_allclose(stored.time_s, [n["time_s"] for n in truth_notes], atol=2e-3)
    data = library.stem_midi(status.track_id, "bass")
    parsed = mido.MidiFile(file=__import__("io").BytesIO(data))
    note_ons = [m for m in parsed if m.type == "note_on" and m.velocity > 0]
    assert len(note_ons) == len(truth.notes["bass"])
    summary = library.summary(status.track_id)
    assert all(s.note_source == "midi" and s.midi_uri for s in summary.stems)
    # each stem over the whole song, for a window's part against it: its distinct onsets, how long it plays and its
    # level where it sounds (a MIDI file's bass plays its notes, through most of the song)
    stored = library.store.track_analysis(status.track_id).stems["bass"]
    assert stored.onsets == len({round(n["time_s"], 2) for n in truth.notes["bass"]}), stored
    assert 0.5 * library.store.get_track_row(status.track_id)["duration_s"] < stored.playing_s, stored
    assert stored.level_db is not None and -60.0 < stored.level_db < 0.0, stored


def test_builtin_synth_renders_when_no_soundfont():
    pm, stems = read_midi(EXAMPLE_MIDI)
    audio, renderer = render_stems(pm, stems, soundfont=None)
    assert renderer == "builtin-synth"
    lengths = {a.shape[1] for a in audio.values()}
    assert len(lengths) == 1
    for a in audio.values():
        assert np.sqrt(np.mean(a**2)) > 1e-3


def test_same_material_gives_same_track_id_instantly(library: Library, inputs):
    write_stems_folder(inputs / "a")
    first = library.load(str(inputs / "a"))
    wait_ready(library, first.track_id)
    again = library.load(str(inputs / "a"))
    assert again.track_id == first.track_id and again.state == "ready"
    assert "Already loaded" in again.message
    assert len(library.list()) == 1


def test_concurrent_loads_of_one_file_make_one_track_and_one_ingest(library: Library, inputs):
    write_stems_folder(inputs / "c")
    results, errors = [], []

    def load():
        try:
            results.append(library.load(str(inputs / "c")).track_id)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=load) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(set(results)) == 1
    wait_ready(library, results[0])
    runs = library.store.run_rows(results[0])
    assert [r["step"] for r in runs].count("build_stems") == 1


def test_demucs_path_with_tiny_random_model_writes_six_stems(settings, inputs, tmp_path):
    repo = write_tiny_demucs_repo(tmp_path / "weights")
    lib = Library(settings.model_copy(update={"demucs_repo": repo}))
    try:
        mix = np.stack([tone(220, 5.0), tone(330, 5.0)])
        sf.write(str(inputs / "mix.wav"), mix.T, SAMPLE_RATE_HZ)
        status = lib.load(str(inputs / "mix.wav"))
        assert status.source_kind == "mix"
        assert wait_ready(lib, status.track_id, timeout_s=300) == "ready", lib.status(status.track_id).error
        summary = lib.summary(status.track_id)
        assert {s.stem for s in summary.stems} == {"vocals", "bass", "drums", "guitar", "piano", "other"}
        for s in summary.stems:
            audio, sr = sf.read(str(lib.stem_path(status.track_id, s.stem)))
            assert audio.shape == (5 * SAMPLE_RATE_HZ, 2)
        piano = next(s for s in summary.stems if s.stem == "piano")
        assert "poorly" in piano.origin  # the weak piano stem is flagged where findings can read it
        assert summary.separation_model == "htdemucs_6s"
    finally:
        lib.close()


def test_separation_model_choice_changes_track_identity(settings, inputs, tmp_path):
    repo = write_tiny_demucs_repo(tmp_path / "w6")
    write_tiny_demucs_repo(repo, "htdemucs_ft")
    lib = Library(settings.model_copy(update={"demucs_repo": repo}))
    try:
        sf.write(str(inputs / "mix.wav"), tone(220, 2.0), SAMPLE_RATE_HZ)
        a = lib.load(str(inputs / "mix.wav"))
        b = lib.load(str(inputs / "mix.wav"), separation_model="htdemucs_ft")
        assert a.track_id != b.track_id
        assert wait_ready(lib, b.track_id, timeout_s=300) == "ready"
        assert {s.stem for s in lib.summary(b.track_id).stems} == {"vocals", "bass", "drums", "other"}
    finally:
        lib.close()


def test_interrupted_ingest_is_failed_on_restart_and_others_untouched(settings, inputs):
    lib = Library(settings)
    write_stems_folder(inputs / "ok")
    ok = lib.load(str(inputs / "ok")).track_id
    wait_ready(lib, ok)
    # a track left 'running' by a process that died (pid 2**22 + 7 is not alive)
    lib.store.db["tracks"].insert(dict(track_id="0123456789abcdef", title="x", source_kind="stems", state="running",
                                       progress=0.4, owner_pid=2**22 + 7, created_at=0.0, updated_at=0.0))
    lib.close()
    lib2 = Library(settings)
    try:
        st = lib2.status("0123456789abcdef")
        assert st.state == "failed" and st.error == INTERRUPTED
        assert lib2.status(ok).state == "ready"
        assert lib2.store.integrity_ok()
    finally:
        lib2.close()


def test_failed_step_is_recorded_and_reload_retries(library: Library, inputs, monkeypatch):
    write_stems_folder(inputs / "f")
    import analysis.ingest as ingest

    real = ingest.write_stems
    monkeypatch.setattr(ingest, "write_stems", lambda *a: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    tid = library.load(str(inputs / "f")).track_id
    assert wait_ready(library, tid) == "failed"
    st = library.status(tid)
    assert "No space left" in st.error and "load_track again" in st.error
    assert library.store.stem_rows(tid) == []  # nothing half-written
    monkeypatch.setattr(ingest, "write_stems", real)
    assert library.load(str(inputs / "f")).track_id == tid
    assert wait_ready(library, tid) == "ready"


def test_delete_removes_rows_and_audio(library: Library, inputs):
    write_stems_folder(inputs / "d")
    tid = library.load(str(inputs / "d")).track_id
    wait_ready(library, tid)
    folder = library.store.home / "tracks" / tid
    assert folder.is_dir()
    library.delete(tid)
    assert not folder.exists()
    assert library.store.stem_rows(tid) == [] and library.list() == []
