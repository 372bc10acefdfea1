"""The timeline MCP App: the ui:// resource and the tool links, the data it draws, the audio it plays,
the shipped build, and the app itself driven in headless Chromium inside a minimal host."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from fastmcp import Client
from mcp.shared.exceptions import MCPError

from analysis.config import Settings
from analysis.library import Library
from eval.net import free_port, wait_for_port
from stemsense_mcp import app as timeline_app
from stemsense_mcp.server import build_server
from tests.conftest import EXAMPLE_MIDI, wait_ready
from tests.mcp_helpers import blob_bytes, decode_wav_blob

ROOT = Path(__file__).resolve().parent.parent
APP_DIR = ROOT / "stemsense_mcp" / "app"
HOST_DIR = Path(__file__).parent / "app_host"
ARTIFACTS = Path(os.environ.get("STEMSENSE_TEST_ARTIFACTS", ROOT / "test-artifacts"))
MIME = "text/html;profile=mcp-app"
SHOWS_TIMELINE = {"load_track", "show_timeline", "get_findings", "generate_part", "evaluate_part"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The shipped example, loaded once: (server, library, track_id)."""
    home = tmp_path_factory.mktemp("app")
    settings = Settings(home=home / "home", allowed_roots=[EXAMPLE_MIDI.parent], max_file_mb=50,
                        max_duration_s=600, wait_s=20)
    lib = Library(settings)
    track_id = lib.load(str(EXAMPLE_MIDI)).track_id
    assert wait_ready(lib, track_id) == "ready"
    yield build_server(library=lib), lib, track_id
    lib.close()


def run(coro):
    return asyncio.run(coro)


# -- the MCP Apps surface -----------------------------------------------------------------------
def test_ui_resource_is_listed_with_the_app_mime_type_and_tools_link_to_it(demo):
    server, _, _ = demo

    async def go():
        async with Client(server) as client:
            resources = {str(r.uri): r for r in await client.list_resources()}
            tools = {t.name: t for t in await client.list_tools()}
            contents = await client.read_resource(timeline_app.URI)
            return resources, tools, contents

    resources, tools, contents = run(go())
    page = resources[timeline_app.URI]
    assert page.mime_type == MIME
    assert page.meta["ui"]["csp"] == {}  # needs no network at all
    assert contents[0].mime_type == MIME and contents[0].text.startswith("<!doctype html>")
    for name in SHOWS_TIMELINE:
        assert tools[name].meta["ui"]["resourceUri"] == timeline_app.URI, name
    data = tools["timeline_data"].meta["ui"]
    assert data["resourceUri"] == timeline_app.URI and data["visibility"] == ["app"]
    # tools that only measure stay plain: no app pops up for them
    assert "ui" not in (tools["analyze_window"].meta or {})


def test_clients_without_apps_get_the_same_structured_results(demo):
    server, _, track_id = demo

    async def go():
        async with Client(server) as client:
            shown = await client.call_tool("show_timeline", {"track_id": track_id})
            bad = await client.call_tool("show_timeline", {"track_id": "0" * 16}, raise_on_error=False)
            return shown, bad

    shown, bad = run(go())
    assert shown.structured_content["state"] == "ready" and "select" in shown.content[0].text
    assert bad.is_error and "list_tracks" in bad.content[0].text


def test_the_shipped_page_is_self_contained_and_built_from_the_current_source():
    html = timeline_app.html()
    # one file: no script, style, image or font fetched from anywhere
    assert not re.search(r"<script[^>]+\bsrc=", html) and not re.search(r"<link[^>]+\bhref=", html)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert len(html) < 3_000_000
    stamp = re.search(r'<meta name="stemsense-app-source" content="([0-9a-f]{64})">', html)
    assert stamp, "timeline.html carries no source stamp: build it with `npm run build`"
    assert stamp.group(1) == _source_hash(), (
        "stemsense_mcp/app/timeline.html is stale: run `npm ci && npm run build` in stemsense_mcp/app and commit it")


def _source_hash() -> str:
    """The same hash stamp.mjs writes into the build."""
    paths = ["package.json", "package-lock.json", "vite.config.js", "stamp.mjs",
             *sorted(f"src/{p.name}" for p in (APP_DIR / "src").iterdir())]
    digest = hashlib.sha256()
    for rel in paths:
        text = (APP_DIR / rel).read_text(encoding="utf-8").replace("\r\n", "\n")
        digest.update(f"{rel}\0{text}\0".encode())
    return digest.hexdigest()


# -- what the app draws and plays ----------------------------------------------------------------
def test_timeline_data_is_the_stored_analysis_drawn_small(demo):
    server, lib, track_id = demo

    async def go():
        async with Client(server) as client:
            tl = (await client.call_tool("timeline_data", {"track_id": track_id, "points": 600})).structured_content
            bad = await client.call_tool("timeline_data", {"track_id": track_id, "points": 5}, raise_on_error=False)
            return tl, bad

    tl, bad = run(go())
    summary = lib.summary(track_id)
    assert tl["scope"] == "track-level" and tl["max_window_s"] == 30
    assert tl["points"] == 600 and abs(tl["duration_s"] - summary.duration_s) < 1e-6
    assert [s["stem"] for s in tl["stems"]] == [s.stem for s in summary.stems]
    beats = list(lib.store.db.execute("SELECT time_s, bar_index FROM beats WHERE track_id = ? ORDER BY time_s", [track_id]))
    assert tl["grid"]["beats_s"] == pytest.approx([b[0] for b in beats], abs=1e-4)
    assert tl["grid"]["bar"] == [b[1] + 1 for b in beats]
    assert [s["start_s"] for s in tl["sections"]] == [s.start_s for s in summary.track_level.sections]
    # the chord lane is a chart: chart symbols (Am, not A:min), one per bar or half-bar, a held chord drawn once,
    # every change on a bar line or half-way through a bar
    chords = tl["chords"]
    assert chords and all(":" not in c["label"] for c in chords)
    assert all(a["label"] != b["label"] for a, b in zip(chords, chords[1:]))
    downbeats = [t for t, b in zip(tl["grid"]["beats_s"], tl["grid"]["beat_in_bar"]) if b == 1]
    bar_s = float(np.median(np.diff(downbeats)))
    for c in chords[1:]:
        assert min(abs(c["start_s"] - d) for d in downbeats + [d + bar_s / 2 for d in downbeats]) < 0.05, c
    # the peaks are the audio's: the example's vocals enter at bar 5 (9.6 s at 100 BPM)
    vocals = np.array(next(s for s in tl["stems"] if s["stem"] == "vocals")["peaks"])
    assert len(vocals) == 600 and vocals.min() >= 0 and vocals.max() <= 1
    per_s = 600 / tl["duration_s"]
    assert vocals[: int(9.0 * per_s)].max() < 0.01 < vocals[int(10.0 * per_s): int(20 * per_s)].mean()
    assert bad.is_error and "points" in bad.content[0].text
    # a payload for drawing, not raw samples
    assert len(json.dumps(tl)) < 60_000


def test_preview_audio_is_a_small_ogg_excerpt_of_exactly_the_window(demo):
    server, lib, track_id = demo
    base = f"stemsense://tracks/{track_id}/stems/bass"

    async def go():
        async with Client(server) as client:
            ogg = await client.read_resource(f"{base}.ogg?start_s=12&end_s=20")
            wav = await client.read_resource(f"{base}.wav?start_s=12&end_s=20")
            errors = []
            for uri in (f"{base}.ogg", f"{base}.ogg?start_s=0&end_s=500", f"{base}.ogg?start_s=5&end_s=5",
                        f"stemsense://tracks/{track_id}/stems/kazoo.ogg?start_s=0&end_s=1"):
                try:
                    await client.read_resource(uri)
                    errors.append(None)
                except MCPError as exc:  # a resource error the client can show: its message is what is checked
                    errors.append(str(exc))
            return ogg, wav, errors

    ogg, wav, errors = run(go())
    raw = blob_bytes(ogg)
    audio, sr = sf.read(io.BytesIO(raw), dtype="float32")
    assert sr == 22050 and audio.ndim == 1 and abs(len(audio) / sr - 8.0) < 0.01
    ref, ref_sr = decode_wav_blob(wav)
    ref_mono = ref.mean(axis=0)[::2][: len(audio)]  # 44.1 kHz -> every other sample
    assert np.corrcoef(ref_mono[: len(audio)], audio[: len(ref_mono)])[0, 1] > 0.9  # the same passage
    assert len(raw) < len(blob_bytes(wav)) / 8
    assert "start_s and end_s" in errors[0]
    assert "not inside the track" in errors[1] and "not inside the track" in errors[2]
    assert "Unknown stem" in errors[3]


def test_generated_parts_carry_a_compact_ogg_for_players(demo):
    server, _, track_id = demo

    async def go():
        async with Client(server) as client:
            out = await client.call_tool("generate_part", {"track_id": track_id, "stem": "bass", "start_s": 9.6,
                                                           "end_s": 19.2, "request": "a busier line", "n_options": 1})
            uri = out.structured_content["options"][0]["resources"]["part.ogg"]
            return await client.read_resource(uri)

    contents = run(go())
    audio, sr = sf.read(io.BytesIO(blob_bytes(contents)), dtype="float32")
    assert sr == 22050 and abs(len(audio) / sr - 9.6) < 0.05 and np.abs(audio).max() > 0.01


def test_a_database_from_before_peaks_gains_the_column_and_draws_from_loudness(tmp_path):
    import sqlite_utils

    from analysis.store import Store

    home = tmp_path / "home"
    home.mkdir()
    old = sqlite_utils.Database(home / "stemsense.db")
    old["features"].create({"track_id": str, "stem": str, "time_s": float, "energy_db": float,
                            "centroid_hz": float, "pitch_hz": float})
    old["features"].insert({"track_id": "a" * 16, "stem": "bass", "time_s": 0.0, "energy_db": -20.0,
                            "centroid_hz": 100.0, "pitch_hz": 0.0})
    old.conn.close()
    store = Store(home)
    assert "peak" in store.db["features"].columns_dict
    assert store.db["features"].count == 1  # nothing lost


# -- the app in a browser, in a host ---------------------------------------------------------------
def _chromium() -> str:
    for candidate in (os.environ.get("STEMSENSE_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if candidate and Path(candidate).is_file():
            return candidate
    pytest.fail("No Chromium for the app test: `apt-get install chromium` (scripts/install.sh does it as root), "
                "or set STEMSENSE_CHROMIUM to a Chrome/Chromium binary.")


def _npm_ready(folder: Path, marker: str) -> None:
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.fail("node and npm are needed for the app test (Node.js >= 20)")
    if not (folder / "node_modules" / marker).exists():
        subprocess.run(["npm", "ci", "--ignore-scripts", "--silent", "--no-audit", "--no-fund"], cwd=folder,
                       check=True, timeout=600)


@pytest.mark.slow
def test_the_app_in_chromium_select_two_lanes_ask_play_write(settings):
    chromium = _chromium()
    _npm_ready(HOST_DIR, "playwright-core")
    subprocess.run(["npm", "run", "--silent", "build"], cwd=HOST_DIR, check=True, timeout=300)
    shots = ARTIFACTS / "app"
    shutil.rmtree(shots, ignore_errors=True)
    port = free_port()
    env = {**os.environ, "STEMSENSE_HOME": str(settings.home),
           "STEMSENSE_ALLOWED_ROOTS": os.pathsep.join(str(r) for r in settings.allowed_roots)}
    server = subprocess.Popen([sys.executable, "-m", "stemsense_mcp", "--transport", "http", "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    origin = f"http://127.0.0.1:{port}"
    try:
        wait_for_port(port)
        proc = subprocess.run(["node", "run.mjs", origin, str(EXAMPLE_MIDI), str(shots)], cwd=HOST_DIR,
                              env={**os.environ, "STEMSENSE_CHROMIUM": chromium}, capture_output=True, text=True,
                              timeout=400)
        assert proc.returncode == 0, proc.stderr[-3000:]
        out = json.loads(proc.stdout.strip().splitlines()[-1])
        (shots / "run.json").write_text(json.dumps(out, indent=1))
        assert "error" not in out, out.get("error")
        assert out["steps"] == ["timeline", "selected", "asked", "played", "part", "limit", "model-findings"]
        own = [m for m in out["console"] if "handler replaced" not in m]  # the test host rewires two handlers
        assert own == [], own  # no CSP violation, no script error

        async def independent():
            async with Client(f"{origin}/mcp") as client:
                tl = await client.call_tool("timeline_data", {"track_id": track_id})
                f = await client.call_tool("get_findings", {"track_id": track_id, **window, **asked_question})
                return tl.structured_content, f.structured_content

        host = out["host"]
        track_id = host["toolResult"]["structuredContent"]["track_id"]
        assert host["resource"]["mimeType"] == MIME and host["initialized"]

        # the selection is exactly what was dragged: two lanes, edges snapped to beats near the pointer
        sel = out["selection"]
        window = {"stems": sel["stems"], "start_s": sel["start_s"], "end_s": sel["end_s"]}
        assert sel["stems"] == [out["dragFrom"]["stem"], out["dragTo"]["stem"]]
        # the answer depends on the question: ask what the app asked
        asked_question = {k: v for k, v in next(c for c in host["appToolCalls"] if c["name"] == "get_findings")
                          ["arguments"].items() if k == "question"}
        tl, findings = run(independent())
        beats = np.array(tl["grid"]["beats_s"])
        beat = float(np.median(np.diff(beats)))
        for edge, dragged in ((sel["start_s"], out["dragFrom"]["t"]), (sel["end_s"], out["dragTo"]["t"])):
            # (the pointer lands on whole pixels: allow one pixel's time besides half a beat)
            assert np.min(np.abs(beats - edge)) < 1e-3 and abs(edge - dragged) <= beat / 2 + out["secondsPerPixel"]

        # the app asked for exactly that window, and shows the server's findings for it
        asked = [c for c in host["appToolCalls"] if c["name"] == "get_findings"]
        assert len(asked) == 1 and not asked[0]["isError"]
        assert {k: asked[0]["arguments"][k] for k in window} == window
        shown = out["findings"]
        assert {k: shown[k] for k in window} == window
        assert shown["summary"] == findings["summary"] and shown["frame"] == findings["frame"]["frame"]
        assert [r.split(" — ")[0] for r in shown["roles"]] == [r["stem"] for r in findings["roles"]]
        # ... and offered the selection to the conversation
        assert {"track_id": track_id, **window} in [c["structuredContent"] for c in host["modelContext"]]

        # playback fetched small excerpts of exactly the window, one per sounding stem
        oggs = [u for u in host["appResourceReads"] if u.endswith(f".ogg?start_s={_js(sel['start_s'])}&end_s={_js(sel['end_s'])}")]
        assert len(oggs) == sum(1 for s in tl["stems"] if not s["empty"])
        assert out["playing"] in ("playing", "stopped") and out["soloOn"] == "true"

        # the written part: a lane, notation drawn from its MusicXML, playback, and a MIDI download; fitted
        # against the other selected lane (the user's selection, not every stem)
        wrote = next(c for c in host["appToolCalls"] if c["name"] == "generate_part")
        assert wrote["arguments"]["stems"] == [s for s in sel["stems"] if s != wrote["arguments"]["stem"]]
        assert out["partId"] and out["notationSvgs"] >= 1
        assert f"stemsense://parts/{out['partId']}/part.musicxml" in host["appResourceReads"]
        assert f"stemsense://parts/{out['partId']}/part.ogg" in host["appResourceReads"]
        download = host["downloads"][0][0]
        assert download["mimeType"] == "audio/midi" and base64.b64decode(download["head"])[:4] == b"MThd"

        # snapped to bars, a long drag stops at the frame limit, which is drawn while dragging
        downbeats = [t for t, k in zip(tl["grid"]["beats_s"], tl["grid"]["beat_in_bar"]) if k == 1]
        long = out["longSelection"]
        assert out["limitShown"] == "30 s limit" and long["stems"] == [out["dragTo"]["stem"]]
        assert min(abs(d - long["start_s"]) for d in downbeats) < 1e-3
        assert min(abs(d - long["end_s"]) for d in downbeats) < 1e-3
        bar = float(np.median(np.diff(downbeats)))
        assert 30 - bar <= long["end_s"] - long["start_s"] <= 30 + 1e-6 < out["longDrag"]["to"] - out["longDrag"]["from"]

        # when the model itself calls get_findings, the app opens on that window with that result
        assert {k: out["modelFindings"][k] for k in ("stems", "start_s", "end_s")} == \
            {k: out["modelWindow"][k] for k in ("stems", "start_s", "end_s")}
        assert out["modelFindings"]["summary"] == out["modelToolSummary"]
        assert "get_findings" not in out["modelAppCalls"]

        # where Ogg cannot be decoded, playback falls back to the WAV excerpts of the same window
        w = out["modelWindow"]
        suffix = f"?start_s={_js(w['start_s'])}&end_s={_js(w['end_s'])}"
        assert out["fallbackPlaying"] in ("playing", "stopped")
        assert len([u for u in out["fallbackReads"] if u.endswith(".wav" + suffix)]) == len(oggs)

        for name in ("1-timeline", "2-dragging", "3-findings", "4-part", "5-limit", "6-model-findings"):
            assert (shots / f"{name}.png").stat().st_size > 5000
    finally:
        server.terminate()
        server.wait(timeout=20)


def _js(x: float) -> str:
    """A number as JavaScript's String() writes it in a URI (18.0 -> '18')."""
    return str(int(x)) if float(x).is_integer() else repr(float(x))


@pytest.mark.slow
def test_the_shipped_page_is_what_the_source_builds(tmp_path):
    """npm ci + vite build from the committed lockfile reproduces timeline.html byte for byte."""
    _npm_ready(APP_DIR, "vite")
    out = tmp_path / "build"
    subprocess.run(["npx", "vite", "build", "--outDir", str(out), "--emptyOutDir"], cwd=APP_DIR, check=True,
                   timeout=600, capture_output=True)
    built = (out / "timeline.html").read_text(encoding="utf-8")
    shipped = re.sub(r'<meta name="stemsense-app-source" content="[0-9a-f]{64}">\n', "", timeline_app.html())
    assert built == shipped
