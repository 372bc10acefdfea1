"""The MCP surface over an in-memory FastMCP client: schemas, the load/poll/read loop, bad input."""

from __future__ import annotations

import asyncio
import os

import numpy as np
import pytest
import soundfile as sf
from fastmcp import Client
from mcp.shared.exceptions import MCPError

from analysis.config import SAMPLE_RATE_HZ
from stemsense_mcp.server import build_server
from tests.audio_fixtures import tone, write_stems_folder
from tests.conftest import EXAMPLE_MIDI
from tests.mcp_helpers import decode_wav_blob, load_ready, poll_ready

TRACK_TOOLS = {"load_track", "track_status", "list_tracks", "get_track", "delete_track"}


def run(coro):
    return asyncio.run(coro)


def test_tools_declare_output_schemas_and_load_poll_read(settings, inputs):
    stems = write_stems_folder(inputs / "song")

    async def go():
        async with Client(build_server(settings)) as client:
            tools = {t.name: t for t in await client.list_tools()}
            assert TRACK_TOOLS <= set(tools)
            assert all(tools[name].output_schema for name in TRACK_TOOLS)
            res = await client.call_tool("load_track", {"source": str(inputs / "song")})
            assert res.structured_content["track_id"] and f"track_id: {res.structured_content['track_id']}" in res.content[0].text
            status = await poll_ready(client, res.structured_content["track_id"])
            assert status["state"] == "ready" and status["progress"] == 1.0
            tid = status["track_id"]
            audio, sr = decode_wav_blob(await client.read_resource(f"stemsense://tracks/{tid}/stems/bass.wav"))
            assert sr == SAMPLE_RATE_HZ
            np.testing.assert_allclose(audio, stems["bass"], atol=2 / 32768)
            part, _ = decode_wav_blob(await client.read_resource(
                f"stemsense://tracks/{tid}/stems/bass.wav?start_s=1.0&end_s=1.5"))
            np.testing.assert_allclose(part[0], stems["bass"][0, SAMPLE_RATE_HZ:int(1.5 * SAMPLE_RATE_HZ)], atol=2 / 32768)
            summary = await client.read_resource(f"stemsense://tracks/{tid}")
            assert '"track_id"' in summary[0].text
            listed = (await client.call_tool("list_tracks", {})).structured_content["tracks"]
            assert [t["track_id"] for t in listed] == [tid]
    run(go())


def test_load_with_wait_reports_progress_and_returns_ready(settings):
    progress = []

    async def go():
        async with Client(build_server(settings)) as client:
            async def on_progress(p, total, message):
                progress.append((p, message))
            res = await client.call_tool("load_track", {"source": str(EXAMPLE_MIDI), "wait": True},
                                         progress_handler=on_progress)
            assert res.structured_content["state"] == "ready"
            midi = await client.read_resource(f"stemsense://tracks/{res.structured_content['track_id']}/midi/bass.mid")
            assert midi[0].blob
    run(go())
    assert progress and progress[-1] == (1.0, "ready")
    values = [p for p, _ in progress]
    assert all(b > a for a, b in zip(values, values[1:])), values  # strictly increasing, sent only on change


def test_stems_mapping_relative_to_folder(settings, inputs):
    write_stems_folder(inputs / "m")

    async def go():
        async with Client(build_server(settings)) as client:
            res = await client.call_tool("load_track", {"source": str(inputs / "m"),
                                                        "stems": {"bass": "bass.wav", "drums": "drums.wav"}})
            status = await poll_ready(client, res.structured_content["track_id"])
            summary = (await client.call_tool("get_track", {"track_id": status["track_id"]})).structured_content
            assert {s["stem"] for s in summary["stems"]} == {"bass", "drums"}
    run(go())


def _bad_inputs(inputs, outside):
    (inputs / "corrupt.wav").write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt garbage" * 50)
    (inputs / "empty.wav").write_bytes(b"")
    sf.write(str(inputs / "silent.wav"), np.zeros(44100, dtype=np.float32), 44100)
    sf.write(str(inputs / "long.wav"), np.zeros(10, dtype=np.float32), 1)  # header: 10 s at 1 Hz, fine
    sf.write(str(inputs / "mix.wav"), tone(220, 1.0), 44100)
    (inputs / "notes.txt").write_text("hello")
    (inputs / "fake.mid").write_bytes(b"MThd this is not midi")
    (inputs / "nostems").mkdir()
    sf.write(str(outside / "secret.wav"), tone(220, 1.0), 44100)
    os.symlink(outside / "secret.wav", inputs / "link.wav")
    os.mkfifo(inputs / "pipe.wav")
    return [
        ({"source": str(inputs / "missing.wav")}, "does not exist"),
        ({"source": str(inputs / "corrupt.wav")}, "cannot be decoded"),
        ({"source": str(inputs / "empty.wav")}, "empty"),
        ({"source": str(inputs / "silent.wav")}, "silent"),
        ({"source": str(inputs / "notes.txt")}, "unsupported format"),
        ({"source": str(inputs / "fake.mid")}, "not a readable MIDI"),
        ({"source": str(inputs / "nostems")}, "no audio files"),
        ({"source": str(outside / "secret.wav")}, "outside the folders"),
        ({"source": str(inputs / "link.wav")}, "outside the folders"),
        ({"source": str(inputs / ".." / ".." / "secret.wav")}, "does not exist"),
        ({"source": str(inputs / "pipe.wav")}, "not a regular file"),
        ({"source": "", "stems": {"bass": str(inputs / "mix.wav"), "kazoo": str(inputs / "mix.wav")}}, "Unknown stem"),
        ({"source": ""}, "No path given"),
        ({"source": str(inputs / "mix.wav"), "title": "bad\x07title"}, "control characters"),
    ]


def test_bad_input_gives_clear_tool_errors_and_changes_nothing(settings, inputs, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    cases = _bad_inputs(inputs, outside)

    async def go():
        async with Client(build_server(settings)) as client:
            tid = await load_ready(client, {"source": str(EXAMPLE_MIDI)})
            before = (await client.call_tool("get_track", {"track_id": tid})).structured_content
            for args, expected in cases:
                res = await client.call_tool("load_track", args, raise_on_error=False)
                assert res.is_error, args
                assert expected in res.content[0].text, (args, res.content[0].text)
            for tool, args, expected in [
                ("track_status", {"track_id": "ffffffffffffffff"}, "No track with id"),
                ("get_track", {"track_id": "../../etc/passwd"}, "not a track id"),
                ("delete_track", {"track_id": "nope"}, "not a track id"),
            ]:
                res = await client.call_tool(tool, args, raise_on_error=False)
                assert res.is_error and expected in res.content[0].text, res.content[0].text
            for uri, expected in [
                (f"stemsense://tracks/{tid}/stems/kazoo.wav", "Unknown stem"),
                (f"stemsense://tracks/{tid}/stems/guitar.wav", "has no guitar stem"),
                (f"stemsense://tracks/{tid}/stems/bass.wav?start_s=300&end_s=400", "not inside the track"),
                (f"stemsense://tracks/{tid}/stems/bass.wav?start_s=3&end_s=2", "not inside the track"),
                ("stemsense://tracks/..%2F..%2Fetc/stems/bass.wav", "not a track id|not found"),
                ("stemsense://tracks/zzzz/stems/bass.wav", "not a track id"),
            ]:
                with pytest.raises(MCPError, match=expected):
                    await client.read_resource(uri)
            after = (await client.call_tool("get_track", {"track_id": tid})).structured_content
            assert after == before
            assert len((await client.call_tool("list_tracks", {})).structured_content["tracks"]) == 1
    run(go())


def test_size_and_duration_limits(settings, inputs):
    sf.write(str(inputs / "big.wav"), np.random.default_rng(0).standard_normal(44100 * 3).astype(np.float32) * 0.1, 44100)
    tight = settings.model_copy(update={"max_duration_s": 2.0})

    async def go():
        async with Client(build_server(tight)) as client:
            res = await client.call_tool("load_track", {"source": "", "stems": {"bass": str(inputs / "big.wav")}},
                                         raise_on_error=False)
            assert res.is_error and "STEMSENSE_MAX_DURATION_S" in res.content[0].text
        async with Client(build_server(settings.model_copy(update={"max_file_mb": 0.1}))) as client:
            res = await client.call_tool("load_track", {"source": "", "stems": {"bass": str(inputs / "big.wav")}},
                                         raise_on_error=False)
            assert res.is_error and "STEMSENSE_MAX_FILE_MB" in res.content[0].text
    run(go())


def test_bad_resource_uris_get_a_clean_error_and_no_traceback(settings, caplog):
    import logging

    async def go():
        async with Client(build_server(settings)) as client:
            tid = await load_ready(client, {"source": str(EXAMPLE_MIDI)})
            for uri, words in ((f"stemsense://tracks/{tid}/stems/bass.wav?start_s=abc", "must be a number of seconds"),
                               ("stemsense://tracks/zz/stems/bass.wav", "is not a track id"),
                               (f"stemsense://tracks/{tid}/stems/kazoo.wav", "Unknown stem"),
                               (f"stemsense://tracks/{tid}/stems/bass.ogg?start_s=1", "Give start_s and end_s")):
                with pytest.raises(MCPError, match=words):
                    await client.read_resource(uri)

    with caplog.at_level(logging.DEBUG):
        run(go())
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING and r.exc_info], "a traceback was logged"


def test_generated_parts_are_served_with_their_mime_types(settings):
    async def go():
        async with Client(build_server(settings)) as client:
            templates = {t.uriTemplate: t.mime_type for t in await client.list_resource_templates()}
            assert templates["stemsense://parts/{part_id}/part.mid"] == "audio/midi"
            assert templates["stemsense://parts/{part_id}/part.musicxml"] == "application/vnd.recordare.musicxml+xml"
            assert templates["stemsense://parts/{part_id}/part.ogg"] == "audio/ogg"
            assert templates["stemsense://parts/{part_id}/in_context.wav"] == "audio/wav"
    run(go())


def test_results_link_their_artefacts(settings):
    """Stems, MIDI and generated parts come back as resource_link blocks a client can fetch."""
    async def go():
        async with Client(build_server(settings)) as client:
            tid = await load_ready(client, {"source": str(EXAMPLE_MIDI)})
            track = await client.call_tool("get_track", {"track_id": tid})
            links = {c.uri: c for c in track.content if c.type == "resource_link"}
            assert f"stemsense://tracks/{tid}/stems/bass.wav" in links and f"stemsense://tracks/{tid}/midi/bass.mid" in links
            assert links[f"stemsense://tracks/{tid}/midi/bass.mid"].mime_type == "audio/midi"
            part = await client.call_tool("generate_part", {"track_id": tid, "stem": "bass", "start_s": 12.0, "end_s": 16.0,
                                                            "request": "a simple bass line", "n_options": 1})
            part_links = [c for c in part.content if c.type == "resource_link"]
            assert {c.mime_type for c in part_links} >= {"audio/midi", "audio/ogg", "application/vnd.recordare.musicxml+xml"}
            fetched = await client.read_resource(next(c.uri for c in part_links if c.mime_type == "audio/midi"))
            assert fetched[0].blob
    run(go())


def test_a_root_given_through_a_symlink_reads_the_files_under_it(tmp_path):
    """A file's path is resolved before it is checked against the allowed roots; a root given through a symlink (a
    checkout whose ../shared is a link) was not, so every file under it was refused as outside the folders (found by
    running the suite from a worktree whose ../shared is a symlink). The roots are resolved as the files are."""
    from analysis.audio_io import resolve_input_path
    from analysis.config import Settings

    real = tmp_path / "real"
    real.mkdir()
    sf.write(str(real / "mix.wav"), tone(220, 1.0), 44100)
    os.symlink(real, tmp_path / "link")
    settings = Settings(home=tmp_path / "home", allowed_roots=[tmp_path / "link"])
    assert resolve_input_path(str(tmp_path / "link" / "mix.wav"), settings) == (real / "mix.wav").resolve()
    assert settings.allowed_roots == [real.resolve()]
