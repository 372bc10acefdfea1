"""A mix loads without separation weights (a fresh install has none): one `mix` stem, analysed, with
windows over it and a note, everywhere it matters, that says how to get stems. `stemsense-mcp weights
download` fetches the weights, and offline says so plainly within seconds; `doctor` names what is missing."""

from __future__ import annotations

import asyncio
import functools
import http.server
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from fastmcp import Client

from analysis import separation
from analysis.config import SAMPLE_RATE_HZ, Settings
from analysis.errors import ModelUnavailableError
from analysis.ingest import plan_ingest
from analysis.library import Library
from stemsense_mcp.server import build_server
from tests.audio_fixtures import write_tiny_demucs_repo
from tests.conftest import EXAMPLE_MIDI, wait_ready

ROOT = Path(__file__).resolve().parent.parent
REAL_DIR = Path(os.environ.get("STEMSENSE_REAL_DIR", ROOT.parent / "shared" / "real"))
COMMAND = "stemsense-mcp weights download htdemucs_6s"


def write_mix(path: Path, seconds: float = 30.0) -> Path:
    """The example song's drums, bass, piano and lead rendered (built-in synth) and summed: a mixed file."""
    from analysis.midi_source import read_midi, render_stems

    pm, stems = read_midi(EXAMPLE_MIDI)
    rendered, _ = render_stems(pm, stems, None)
    mix = sum(a[0] for a in rendered.values())[: int(seconds * SAMPLE_RATE_HZ)]
    sf.write(str(path), (0.8 * mix / np.max(np.abs(mix))).astype(np.float32), SAMPLE_RATE_HZ)
    return path


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """A fresh install: STEMSENSE_DEMUCS_REPO unset and an empty torch hub cache; a mix loaded and ready."""
    base = tmp_path_factory.mktemp("fresh")
    inputs = base / "inputs"
    inputs.mkdir()
    write_mix(inputs / "song.wav")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TORCH_HOME", str(base / "torch"))
        mp.delenv("STEMSENSE_DEMUCS_REPO", raising=False)
        settings = Settings(home=base / "home", allowed_roots=[inputs], wait_s=20)
        server = build_server(settings)
        lib = server.library
        status = lib.load(str(inputs / "song.wav"))
        assert wait_ready(lib, status.track_id, 300) == "ready", lib.status(status.track_id).error
        yield server, lib, status, settings, inputs
        lib.close()


def call(server, tool: str, args: dict):
    async def go():
        async with Client(server) as client:
            return await client.call_tool(tool, args, raise_on_error=False)
    return asyncio.run(go())


def test_a_mix_without_weights_loads_as_one_mix_stem_with_its_analysis(fresh):
    server, lib, status, settings, inputs = fresh
    assert status.source_kind == "mix" and COMMAND in status.message  # said at load time, not only once ready
    summary = lib.summary(status.track_id)
    assert summary.state == "ready" and summary.separation_model is None
    assert [s.stem for s in summary.stems] == ["mix"]
    mix = summary.stems[0]
    assert not mix.empty and mix.note_count > 0 and mix.note_source == "basic-pitch" and COMMAND in mix.origin
    runs = {r.step: r for r in summary.runs}
    assert runs["separate"].status == "skipped" and COMMAND in runs["separate"].reason
    assert all(runs[step].status == "ok" for step in ("rhythm", "key", "notes", "chords", "sections")), summary.runs
    tl = summary.track_level
    assert 90 <= tl.tempo_bpm <= 110 and tl.meter == "4/4"  # the example is 100 BPM in 4/4
    assert tl.key is not None and tl.key.label
    assert tl.sections and tl.chord_changes > 0
    assert lib.store.db["beats"].count_where("track_id = ? AND beat_in_bar = 1", [status.track_id]) > 5  # downbeats
    # get_track says it in its text too, with the command that fixes it
    res = call(server, "get_track", {"track_id": status.track_id})
    assert not res.is_error and "Loaded as one mix stem" in res.content[0].text and COMMAND in res.content[0].text
    assert res.structured_content["stems"][0]["stem"] == "mix"


def test_windows_over_the_mix_give_findings_and_name_the_weights_command(fresh):
    server, lib, status, *_ = fresh
    args = {"track_id": status.track_id, "stems": ["mix"], "start_s": 9.6, "end_s": 19.2}
    measured = call(server, "analyze_window", args)
    assert not measured.is_error, measured.content[0].text
    stats = measured.structured_content["stems"][0]
    assert stats["stem"] == "mix" and not stats["empty"] and stats["note_count"] > 0
    assert COMMAND in stats["confidence_note"]
    assert any(h["status"] == "ok" for h in measured.structured_content["heuristics"])
    findings = call(server, "get_findings", {**args, "question": "What is happening here?"})
    assert not findings.is_error, findings.content[0].text
    f = findings.structured_content
    assert f["summary"] and f["claims"]
    assert any(u.startswith("mix:") and COMMAND in u for u in f["uncertainties"]), f["uncertainties"]
    # a stem the track does not have is refused plainly; a part cannot be written "for the mix"
    bass = call(server, "get_findings", {**args, "stems": ["bass"]})
    assert bass.is_error and "has no bass stem" in bass.content[0].text
    part = call(server, "generate_part", {**args, "stem": "mix", "request": "a bass line"})
    assert part.is_error and "Unknown stem" in part.content[0].text


def test_questions_about_parts_inside_an_unseparated_mix_are_not_answered_as_if_they_were_absent(fresh):
    """The drums are in the mix, only not heard apart: never "there are no drums", never "the mix carries"."""
    server, lib, status, *_ = fresh
    args = {"track_id": status.track_id, "stems": ["mix"], "start_s": 9.6, "end_s": 19.2}
    snare = call(server, "get_findings", {**args, "question": "Where does the snare land?"}).structured_content
    assert "no drums" not in snare["summary"] and "unseparated mix" in snare["summary"]
    carry = call(server, "get_findings", {**args, "question": "Who carries this passage?"}).structured_content
    assert "mix carries" not in carry["summary"] and carry["summary"].startswith("Only the unseparated mix")
    assert [r["role"] for r in carry["roles"]] == ["full_mix"]
    # the top of a mix's notes is no one's melody: no line, no phrase, no contour is given to "the mix"
    drummer = call(server, "get_findings", {**args, "question": "What's the drummer playing?"}).structured_content
    assert drummer["routing"]["asks"] == "drum_pattern" and "no drum pattern can be given" in drummer["summary"]
    vocal = call(server, "get_findings", {**args, "question": "What's the vocal doing?"}).structured_content
    for text in (drummer["summary"], vocal["summary"]):
        assert "mix line" not in text and "phrase" not in text, text
    assert vocal["melody"] is None
    # nor a manner or bar-by-bar notes: the band's notes summed are no one part's line ("a busy line of short
    # notes" and a bar of G2, B2, D2, E2, A#3 on the MusicDelta Rock mix were the bass, the guitars and the voice)
    mix = next(p for p in carry["presence"] if p["stem"] == "mix")
    assert mix["playing"] == "every part at once, not separated" and mix["bar_notes"] == [], mix
    bar = call(server, "get_findings", {**args, "question": "What notes are in the second bar?"}).structured_content
    assert "line" not in bar["summary"] and not any(ch.isdigit() for ch in bar["summary"]), bar["summary"]


def test_the_same_mix_is_separated_under_its_own_id_once_the_weights_are_there(fresh, tmp_path):
    _, lib, status, settings, inputs = fresh
    again = lib.load(str(inputs / "song.wav"))  # still no weights: the same track, not a second ingest
    assert again.track_id == status.track_id and COMMAND in again.message
    repo = write_tiny_demucs_repo(tmp_path / "weights")
    plan = plan_ingest(str(inputs / "song.wav"), None, None, settings.model_copy(update={"demucs_repo": repo}))
    assert plan.separation_model == "htdemucs_6s" and plan.unseparated is None
    assert plan.track_id != status.track_id  # "load the track again" separates it
    # a model that does not exist is still an error, not a fallback
    with pytest.raises(ModelUnavailableError, match="Unknown separation model"):
        plan_ingest(str(inputs / "song.wav"), None, None, settings, separation_model="htdemucs_99")


def _cli(*args: str, env: dict[str, str]) -> tuple[subprocess.CompletedProcess, float]:
    t0 = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "stemsense_mcp", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60)
    return done, time.monotonic() - t0


def offline_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """No internet, whatever machine the tests run on: every request goes to a proxy that refuses."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("stemsense_demucs_repo", "no_proxy")}
    dead = "http://127.0.0.1:9"
    env.update(HTTPS_PROXY=dead, https_proxy=dead, HTTP_PROXY=dead, http_proxy=dead, NO_PROXY="", no_proxy="",
               TORCH_HOME=str(tmp_path / "torch"), STEMSENSE_HOME=str(tmp_path / "home"), **extra)
    return env


def test_weights_download_offline_says_so_plainly_and_quickly(tmp_path):
    done, seconds = _cli("weights", "download", env=offline_env(tmp_path))
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert seconds < 15, seconds  # interpreter start included; the network part fails at once
    assert "Traceback" not in done.stderr + done.stdout
    assert "cannot reach dl.fbaipublicfiles.com" in done.stderr and COMMAND in done.stderr
    assert "5c90dfd2-34c22ccb.th" in done.stderr  # what to copy over from a machine with internet
    assert not list(tmp_path.rglob("*.th*"))  # nothing half-downloaded anywhere
    # into STEMSENSE_DEMUCS_REPO when it is set: the same plain failure, nothing half-written left there
    repo = tmp_path / "repo"
    done, _ = _cli("weights", "download", "htdemucs_ft", env=offline_env(tmp_path, STEMSENSE_DEMUCS_REPO=str(repo)))
    assert done.returncode == 1 and "Traceback" not in done.stderr and "htdemucs_ft" in done.stderr
    assert not repo.exists() or not any(repo.iterdir())


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def test_weights_download_fetches_checks_and_places_the_files(tmp_path, monkeypatch, capsys):
    """The download path against a local server standing in for Demucs's (the tiny model's file and yaml)."""
    from stemsense_mcp.cli import run_weights_download

    served = write_tiny_demucs_repo(tmp_path / "served")
    weight = next(served.glob("*.th"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(served)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/{weight.name}"
    monkeypatch.setattr(separation, "remote_files", lambda model: (served / "htdemucs_6s.yaml", [(weight.name, url)]))
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"):
        monkeypatch.delenv(var, raising=False)
    repo = tmp_path / "repo"
    monkeypatch.setenv("STEMSENSE_DEMUCS_REPO", str(repo))
    try:
        assert run_weights_download("htdemucs_6s") == 0, capsys.readouterr()
        assert separation.locate_weights("htdemucs_6s", repo) == ("repo", repo)
        assert (repo / weight.name).read_bytes() == weight.read_bytes() and not list(repo.glob("*.part"))
        assert run_weights_download("htdemucs_6s") == 0 and "already here" in capsys.readouterr().out
        # a file that arrives damaged is refused, and nothing of it is kept
        (repo / weight.name).unlink()
        (served / weight.name).write_bytes(b"not the weights")
        assert run_weights_download("htdemucs_6s") == 1
        assert "arrived damaged" in capsys.readouterr().err
        assert not (repo / weight.name).exists() and not list(repo.glob("*.part"))
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_doctor_names_the_missing_weights_and_never_claims_all_is_in_place(tmp_path):
    done, _ = _cli("doctor", env=offline_env(tmp_path))
    out = done.stdout
    assert "Traceback" not in done.stderr
    assert "[warn] Demucs weights htdemucs_6s" in out and COMMAND in out and "single `mix` stem" in out
    assert "mixes cannot be separated until the Demucs weights are here" in out
    assert "everything needed is in place" not in out and "cannot be downloaded here" not in out


def test_the_kick_band_on_each_beat_reads_where_the_low_hits_fall():
    """An unseparated mix has no drum hits; its kick is heard in the mix's lowest band. A low thump on two and four
    (and a bright click on one and three) reads two and four far over one and three there."""
    from analysis import rhythm
    from analysis.pipeline import KICK_BAND_RATIO, kick_band_on_beats

    beats = np.arange(0.5, 16.0, 0.5)
    grid = rhythm.BeatGrid(beats, 4, 0, "4/4", 120.0, 1.0, "test", {})
    t = np.arange(int(0.25 * SAMPLE_RATE_HZ)) / SAMPLE_RATE_HZ
    thump = np.sin(2 * np.pi * 60 * t) * np.exp(-t / 0.08)
    click = np.random.default_rng(3).normal(0, 0.3, len(t)) * np.exp(-t / 0.01)
    mix = np.zeros(int(17 * SAMPLE_RATE_HZ))
    for i, b in enumerate(beats):
        hit = thump if grid.beat_in_bar(i) in (2, 4) else click
        mix[int(b * SAMPLE_RATE_HZ): int(b * SAMPLE_RATE_HZ) + len(hit)] += hit
    low = kick_band_on_beats(mix, grid)
    assert low[2] + low[4] >= KICK_BAND_RATIO * (low[1] + low[3]), low


@pytest.mark.skipif(not (REAL_DIR / "mixes" / "musicdelta_rock.flac").is_file(),
                    reason="the real multitracks (../shared/real) are not here")
def test_a_real_mix_whose_kick_falls_on_two_and_four_has_its_bars_moved(tmp_path):
    """MusicDelta Rock's mix, loaded unseparated: the audio's bar phase puts its downbeats on the fourth beats
    (downbeat F 0.00 against the annotation), so every bar place a window over it gave was a beat off. Its kick,
    read in the mix's lowest band, falls on two and four of those bars: the bars move a beat."""
    import json

    import mir_eval

    from eval.drums import served_downbeats

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TORCH_HOME", str(tmp_path / "torch"))
        mp.delenv("STEMSENSE_DEMUCS_REPO", raising=False)
        lib = Library(Settings(home=tmp_path / "home", allowed_roots=[REAL_DIR], wait_s=20))
        status = lib.load(str(REAL_DIR / "mixes" / "musicdelta_rock.flac"))
        assert wait_ready(lib, status.track_id, 600) == "ready", lib.status(status.track_id).error
        truth = json.loads((REAL_DIR / "musicdelta_rock" / "truth.json").read_text())
        stored = served_downbeats(lib, status.track_id)
        lib.close()
    assert mir_eval.beat.f_measure(np.asarray(truth["downbeats_s"]), stored) >= 0.9
