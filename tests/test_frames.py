"""Frames, routing, roles and findings on constructed windows with known character."""

from __future__ import annotations

import asyncio
import re

import numpy as np
import pytest

from analysis.library import Library
from frames.service import get_findings, select_frame
from tests.conftest import EXAMPLE_MIDI, wait_ready
from eval.scope import evidence_times
from tests.window_fixtures import groove, make_track, note
from tests.mcp_helpers import load_ready

FORBIDDEN = re.compile(r"\d|\bH0\d|analyze_window|get_findings|select_frame|track_id|heuristic", re.I)


def piano_phrase(start: float, end: float, step: float = 0.5) -> list[dict]:
    """A-minor chords and a stepwise melody on top, no drums."""
    out = []
    chords = [(57, 60, 64), (53, 57, 60), (55, 59, 62), (52, 56, 59)]
    melody = [72, 74, 76, 77, 76, 74, 72, 71]
    for i, t in enumerate(np.arange(start, end, step)):
        if i % 4 == 0:
            out.extend(note(t, p, step * 4 * 0.95, 70) for p in chords[(i // 4) % 4])
        out.append(note(t, melody[i % 8], step * 0.9, 85))
    return out


def song(store, tid: str) -> str:
    """Verse (0-16 s: quiet, sparse) into chorus (16-32 s: the whole band louder, hats added), with
    vocal phrases from 4 s (four beats sung, four resting)."""
    drums = [n for n in groove(32)["drums"] if n["time_s"] >= 16 or n["pitch"] != 42]
    stems = {"drums": drums, "bass": groove(32)["bass"], "piano": piano_phrase(0, 32),
             "vocals": [note(t, 69 + [0, 2, 3, 5, 7, 5, 3, 2][i % 8], 0.4) for i, t in enumerate(np.arange(4, 32, 0.5))
                        if (i // 8) % 2 == 0]}
    for notes in stems.values():
        for n in notes:
            n["velocity"] = 50 if n["time_s"] < 16 else 110
    return make_track(store, tid, duration_s=32, bpm=120, beats_per_bar=4, meter="4/4", stems=stems,
                      sections=[(0.0, 16.0, "A"), (16.0, 32.0, "B")], chords=[(0, 8, "A:min"), (8, 16, "F:maj"),
                                                                             (16, 24, "G:maj"), (24, 32, "E:maj")],
                      levels_db={"drums": -30.0, "bass": -24.0, "piano": -26.0, "vocals": -22.0})


@pytest.fixture
def lib(library: Library) -> Library:
    return library


def test_groove_window_is_pulse(lib):
    tid = make_track(lib.store, "a1" * 8, duration_s=16, bpm=120, beats_per_bar=4, meter="4/4",
                     stems=groove(16, bass_delay_ms=12.0))
    f = get_findings(lib, tid, ["drums", "bass"], 2.0, 10.0, "how tight is the groove?")
    assert f.frame.frame == "pulse" and f.routing.intent == "groove"
    assert f.groove.lock_quality == "tight" and f.groove.timing_offset_ms == pytest.approx(12, abs=2)
    roles = {r.stem: r.role for r in f.roles}
    assert roles == {"drums": "rhythm", "bass": "bass_foundation"}
    assert "behind" in next(r.relation for r in f.roles if r.stem == "bass")
    assert f.summary.startswith("The drums and bass")  # a pulse window leads with timing, not harmony


def test_solo_piano_phrase_is_tonal(lib):
    tid = make_track(lib.store, "a2" * 8, duration_s=16, bpm=120, beats_per_bar=4, meter="4/4",
                     stems={"piano": piano_phrase(0, 16)}, chords=[(0, 2, "A:min"), (2, 4, "F:maj"), (4, 6, "G:maj"),
                                                                   (6, 8, "E:maj"), (8, 10, "A:min"), (10, 12, "F:maj"),
                                                                   (12, 14, "G:maj"), (14, 16, "E:maj")])
    f = get_findings(lib, tid, ["piano"], 0.0, 8.0)
    assert f.frame.frame == "tonal", f.frame.scores
    assert f.harmony.key_in_window in ("A minor", "C major")
    assert f.summary.startswith("Harmonically")


def test_window_across_verse_to_chorus_is_form(lib):
    tid = song(lib.store, "a3" * 8)
    f = get_findings(lib, tid, ["drums", "bass", "piano", "vocals"], 10.0, 22.0, "What is happening in this section?")
    assert f.frame.frame == "form", f.frame.scores
    assert "section change" in f.summary and "louder" in f.summary
    # a boundary alone must not win: the same boundary with no contrast across it
    flat = make_track(lib.store, "a4" * 8, duration_s=32, bpm=120, beats_per_bar=4, meter="4/4",
                      stems=groove(32, bass_delay_ms=5.0), sections=[(0.0, 16.0, "A"), (16.0, 32.0, "A")])
    assert select_frame(lib, flat, ["drums", "bass"], 10.0, 22.0).frame != "form"


def test_vocal_led_window_is_foreground(lib):
    tid = song(lib.store, "a5" * 8)
    f = get_findings(lib, tid, ["vocals", "piano"], 4.0, 12.0)
    assert f.frame.frame == "foreground", f.frame.scores
    assert f.summary.startswith("The vocal leads")
    assert {r.stem: r.role for r in f.roles}["vocals"] == "lead"


def test_short_gesture_long_window_and_empty_window(lib):
    tid = song(lib.store, "a6" * 8)
    assert select_frame(lib, tid, ["drums", "bass"], 20.0, 22.0).frame == "micro_event"
    long = get_findings(lib, tid, ["drums"], 0.0, 31.0)
    assert long.frame.frame == "unknown" and long.frame.cautions[0].startswith("window_too_long")
    assert "thirty seconds" in long.summary
    empty = get_findings(lib, tid, ["vocals"], 0.5, 3.5)  # vocals enter at 4 s
    assert empty.frame.frame == "unknown" and empty.frame.cautions[0].startswith("empty_window")
    assert empty.summary.startswith("The vocals are silent in this window")  # the silent selection, named
    assert all(getattr(empty, k) is None for k in ("groove", "harmony", "melody", "texture", "dynamics"))
    assert any("empty" in u for u in empty.uncertainties)


def test_routing_uses_words_and_selection(lib):
    tid = song(lib.store, "a7" * 8)
    cases = [("how tight is the pocket between kick and bass?", ["drums", "bass"], "groove"),
             ("what chords are these?", ["piano"], "harmony"),
             ("how does the vocal phrasing go?", ["vocals"], "melody"),
             ("is this the chorus?", ["drums", "piano"], "structure"),
             ("are the piano and vocal masking each other?", ["piano", "vocals"], "texture"),
             ("Describe the musical narrative in this selected window.", ["piano", "vocals"], "overview"),
             (None, ["bass", "piano"], "overview")]
    for question, stems, intent in cases:
        routing = select_frame(lib, tid, stems, 8.0, 16.0, question).routing
        assert routing.intent == intent, (question, routing)
        assert routing.reasons


def test_summary_rules_and_scope_over_many_windows(lib, library):
    tid = song(lib.store, "a8" * 8)
    midi = library.load(str(EXAMPLE_MIDI)).track_id
    assert wait_ready(library, midi) == "ready"
    rng = np.random.default_rng(1)
    questions = [None, "What is happening in this section?", "Describe the musical narrative in this selected window.",
                 "How do the selected stems interact here?", "how's the groove?", "what key is this?"]
    song_key = {t: library.store.track_analysis(t).key.label for t in (tid, midi)}
    checked = with_harmony = 0
    for track, duration, stems_all in ((tid, 32.0, ["drums", "bass", "piano", "vocals"]),
                                       (midi, 86.0, ["drums", "bass", "piano", "vocals"])):
        for _ in range(30):
            length = float(rng.choice([1.0, 3.0, 8.0, 15.0, 29.0, 35.0]))
            start = float(rng.uniform(0, max(0.0, duration - length)))
            end = min(duration, start + length)
            stems = list(rng.choice(stems_all, size=int(rng.integers(1, 5)), replace=False))
            f = get_findings(library, track, stems, start, end, questions[int(rng.integers(0, len(questions)))])
            assert not FORBIDDEN.search(f.summary), f.summary
            assert 1 <= len(re.findall(r"[.!?](\s|$)", f.summary)) <= 3, f.summary
            for t in evidence_times(f.model_dump(exclude={"scope"})):
                assert start - 1e-6 <= t <= end + 1e-6, (t, start, end)
            # the key labelled track-level is the song's in every window, never the window's own reading
            assert f.harmony is None or f.harmony.key_track_level == song_key[track], (f.harmony, song_key[track])
            with_harmony += f.harmony is not None
            checked += 1
    assert checked == 60 and with_harmony >= 40, with_harmony  # 57 of the 60 windows read harmony today


def test_findings_and_frames_over_mcp(settings):
    from fastmcp import Client

    from stemsense_mcp.server import build_server

    async def go():
        async with Client(build_server(settings)) as client:
            prompts = {p.name for p in await client.list_prompts()}
            assert prompts == {"discuss_window", "create_part"}
            tid = await load_ready(client, {"source": str(EXAMPLE_MIDI)})
            args = {"track_id": tid, "stems": ["drums", "bass"], "start_s": 12.0, "end_s": 24.0, "question": "groove?"}
            frame = (await client.call_tool("select_frame", args)).structured_content
            assert frame["frame"] == "pulse" and frame["routing"]["intent"] == "groove"
            res = await client.call_tool("get_findings", args)
            assert res.content[0].text.startswith(res.structured_content["summary"])  # then every field
            assert "notes" not in res.structured_content  # discussing never produces notes
            assert res.structured_content["harmony"]["key_track_level"] == "A minor"
    asyncio.run(go())


def test_over_the_text_budget_the_lists_answers_come_from_are_cut_last():
    """Over the budget, one cap cut every list alike: a busy 25-s window's text kept one chart bar of ten and one
    event (the eighteenth session's sweep, dev). The claims, events and the chart's bars, progression and numerals
    keep at least PROTECTED_MIN items while the bulkier lists are cut, each cut said in place."""
    from stemsense_mcp.textual import PROTECTED_MIN, render

    payload = {"events": [{"time_s": float(i), "detail": f"event {i}"} for i in range(12)],
               "harmony": {"chart": {"bars": [{"bar": i, "chords": [f"C{i}"]} for i in range(10)],
                                     "progression": [f"C{i}" for i in range(10)]}},
               "presence": [{"stem": f"s{i}", "bar_notes": [{"bar": b, "notes": ["C4"] * 8} for b in range(40)]}
                            for i in range(4)]}
    text = render("lead", payload, budget=4000)
    assert len(text) <= 4000 or "… " in text
    assert all(f"event {i}" in text for i in range(12)) and all(f"C{i}" in text for i in range(10)), text
    assert "more" in text.split("presence:")[1]  # the bulky lists were cut instead
    assert PROTECTED_MIN >= 12


def test_a_list_whose_items_hold_commas_keeps_each_item_apart():
    """A part's rhythm bar by bar ("on one, the and of one", "rest") read as one comma-separated string: a reader
    could not tell where one bar's ended (round 77's answer report, dev). Items holding a comma are parted by ' | '."""
    from stemsense_mcp.textual import render

    text = render("lead", {"rhythm_by_bar": ["on one, the and of one, two", "rest", "eighths"],
                           "progression": ["C", "G", "Am"]})
    assert "rhythm_by_bar: [on one, the and of one, two | rest | eighths]" in text, text
    assert "progression: [C, G, Am]" in text, text


def test_a_client_that_reads_only_text_gets_the_findings(settings):
    """Claude Desktop and most agent frameworks hand their model only the text content: it must carry
    the findings themselves (frame, lens, cautions, roles, groove, harmony, uncertainties, scope),
    within the stated budget, for every window tool."""
    from fastmcp import Client

    from stemsense_mcp.server import build_server
    from stemsense_mcp.textual import TEXT_BUDGET_CHARS
    from tests.conftest import EXAMPLE_MIDI

    async def go():
        async with Client(build_server(settings)) as client:
            tid = await load_ready(client, {"source": str(EXAMPLE_MIDI)})
            args = {"track_id": tid, "stems": ["drums", "bass", "piano", "vocals"], "start_s": 24.0, "end_s": 34.0,
                    "question": "Do the bass and drums lock together here?"}
            res = await client.call_tool("get_findings", args)
            text, data = res.content[0].text, res.structured_content
            assert text.startswith(data["summary"]) and len(text) <= TEXT_BUDGET_CHARS
            assert f"frame: {data['frame']['frame']}" in text and data["frame"]["lens"] in text
            for role in data["roles"]:
                assert f"stem: {role['stem']}" in text and f"role: {role['role']}" in text
            assert all(c in text for c in data["frame"]["cautions"] + data["uncertainties"])
            assert "locked_pair: [drums, bass]" in text and f"lock_quality: {data['groove']['lock_quality']}" in text
            # the chords as the chart (every bar's symbols), not the raw segments the chart was read from
            assert "chord_motion" not in text and data["harmony"]["chord_motion"]
            assert all(sym in text for bar in data["harmony"]["chart"]["bars"] for sym in bar["chords"])
            assert "start_s: 24" in text and "end_s: 34" in text
            big = {"track_id": tid, "stems": ["drums", "bass", "piano", "vocals"], "start_s": 0.0, "end_s": 30.0}
            for tool in ("analyze_window", "select_frame", "get_findings", "get_track"):
                out = await client.call_tool(tool, big if tool != "get_track" else {"track_id": tid})
                assert len(out.content[0].text) <= TEXT_BUDGET_CHARS, (tool, len(out.content[0].text))
    asyncio.run(go())


def test_prompt_stems_accept_a_json_list_or_a_comma_list():
    from stemsense_mcp.prompts import discuss_window, stem_list

    assert stem_list('["bass","drums"]') == stem_list("bass, drums") == stem_list("[bass, drums]") == ["bass", "drums"]
    assert "stems=['bass', 'drums']" in discuss_window("a" * 16, '["bass","drums"]', "8", "16")


def test_server_identity_and_annotations(settings):
    from fastmcp import Client

    from stemsense_mcp import __version__
    from stemsense_mcp.server import build_server

    async def go():
        async with Client(build_server(settings)) as client:
            assert client.server_info.version == __version__
            assert build_server(settings).instructions.startswith("StemSense is the analyst")
            for tool in await client.list_tools():
                a = tool.annotations
                assert None not in (a.readOnlyHint, a.destructiveHint, a.idempotentHint, a.openWorldHint), tool.name
                assert a.destructiveHint == (tool.name == "delete_track"), tool.name
    asyncio.run(go())
