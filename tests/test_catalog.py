"""Catalog ingest on a real local Ray cluster (2 CPUs): the same pipeline as load_track, results stored
by the driver alone, failures isolated, a killed worker leaving nothing half-stored, and the catalog
served by the MCP server."""

from __future__ import annotations

import asyncio
import io
import shutil
from pathlib import Path

import pytest

from analysis.catalog import KILL_ENV, discover, ingest_catalog
from analysis.config import Settings
from tests.audio_fixtures import write_stems_folder
from tests.conftest import EXAMPLE_MIDI

pytest.importorskip("ray")  # the [ray] extra; the test dependencies include it, so CI runs these
pytestmark = pytest.mark.slow


def catalog(root: Path) -> Path:
    """Two stem folders, two MIDI files (one in a subfolder), a corrupt 'audio' file and a text file."""
    cat = root / "catalog"
    write_stems_folder(cat / "band_one", dur_s=6.0)
    write_stems_folder(cat / "band_two", dur_s=5.0, stereo_bass=True)
    shutil.copy(EXAMPLE_MIDI, cat / "demo.mid")
    (cat / "more").mkdir()
    shutil.copy(EXAMPLE_MIDI.parent / "demo_song.mid", cat / "more" / "copy_of_demo.mid")  # same content: one track
    (cat / "more" / "broken.wav").write_bytes(b"RIFF....not audio at all")
    (cat / "more" / "readme.txt").write_text("liner notes")
    return cat


def test_discovery_finds_mixes_midi_and_stem_folders(tmp_path):
    sources, skipped = discover([catalog(tmp_path)])
    names = sorted(p.name for p in sources)
    assert names == ["band_one", "band_two", "broken.wav", "copy_of_demo.mid", "demo.mid"]
    assert [Path(p).name for p, _ in skipped] == ["readme.txt"]


def test_a_local_ray_cluster_ingests_a_catalog_the_server_then_serves(tmp_path):
    from fastmcp import Client

    from stemsense_mcp.server import build_server

    cat = catalog(tmp_path)
    settings = Settings(home=tmp_path / "home", allowed_roots=[tmp_path])
    out = io.StringIO()
    first = ingest_catalog([cat], settings, workers=2, out=out)
    states = {Path(o.source).name: o.state for o in first.outcomes}
    assert states["band_one"] == states["band_two"] == states["demo.mid"] == "done", first.table()
    # the copy has the same content as demo.mid: content-addressed, one track (the second is skipped)
    assert states["copy_of_demo.mid"] == "skipped" and states["readme.txt"] == "skipped"
    broken = next(o for o in first.outcomes if o.source.endswith("broken.wav"))
    assert broken.state == "failed" and "broken.wav" in broken.reason and "decoded" in broken.reason
    assert "ETA" in out.getvalue() and "done 3" in first.table()
    again = ingest_catalog([cat], settings, workers=2, out=io.StringIO())
    assert again.count("done") == 0 and again.count("skipped") == 5, again.table()

    server = build_server(settings)

    async def go():
        async with Client(server) as client:
            tracks = (await client.call_tool("list_tracks", {})).structured_content["tracks"]
            band = next(t for t in tracks if t["title"] == "band_one")
            f = await client.call_tool("get_findings", {"track_id": band["track_id"], "stems": ["bass", "drums"],
                                                        "start_s": 1.0, "end_s": 5.0})
            return tracks, f

    try:
        tracks, f = asyncio.run(go())
    finally:
        server.library.close()
    assert sorted(t["state"] for t in tracks) == ["ready"] * 3
    assert not f.is_error and f.structured_content["summary"]


def test_a_worker_killed_mid_run_leaves_no_half_stored_track_and_the_rerun_finishes(tmp_path, monkeypatch):
    from analysis.store import Store

    cat = catalog(tmp_path)
    (cat / "more" / "broken.wav").unlink()
    settings = Settings(home=tmp_path / "home", allowed_roots=[tmp_path])
    monkeypatch.setenv(KILL_ENV, "band_two")  # its analysis kills the worker process, every retry
    killed = ingest_catalog([cat], settings, workers=2, out=io.StringIO())
    lost = [o for o in killed.outcomes if o.state == "failed"]
    assert [Path(o.source).name for o in lost] == ["band_two"] and "lost" in lost[0].reason, killed.table()
    assert killed.count("done") == 2  # the others finish: a lost worker fails its track alone
    store = Store(settings.home)
    for o in killed.outcomes:
        if o.state == "failed":
            row = store.get_track_row(o.track_id)
            assert row["state"] == "failed" and row["error"]
            assert store.note_counts(o.track_id) == {} and store.stem_rows(o.track_id) == []  # nothing half-stored
    store.db.close()
    monkeypatch.delenv(KILL_ENV)
    rerun = ingest_catalog([cat], settings, workers=2, out=io.StringIO())
    assert rerun.count("failed") == 0, rerun.table()
    store = Store(settings.home)
    assert sorted(r["state"] for r in store.list_track_rows()) == ["ready"] * 3
    store.db.close()


def test_mixes_are_separated_by_the_actor_pool_with_a_real_model(tmp_path):
    """Separation through the real Demucs loading path, with a tiny randomly initialised model (real
    weights cannot be downloaded here): the actor loads it once and the mix's six stems are stored."""
    import soundfile as sf

    from analysis.store import Store
    from tests.audio_fixtures import tone, write_tiny_demucs_repo

    repo = write_tiny_demucs_repo(tmp_path / "weights")
    cat = tmp_path / "mixes"
    cat.mkdir()
    for i, f0 in enumerate((110.0, 220.0)):
        sf.write(str(cat / f"mix_{i}.wav"), (tone(f0, 4.0) + 0.3 * tone(2 * f0, 4.0))[:, None], 44100)
    settings = Settings(home=tmp_path / "home", allowed_roots=[tmp_path], demucs_repo=repo)
    result = ingest_catalog([cat], settings, workers=1, out=io.StringIO())
    assert result.count("done") == 2, result.table()
    store = Store(settings.home)
    for o in result.outcomes:
        rows = store.stem_rows(o.track_id)
        assert {r["stem"] for r in rows} == {"vocals", "bass", "drums", "guitar", "piano", "other"}
        assert all(r["origin"].startswith("demucs htdemucs_6s") for r in rows)
    store.db.close()
