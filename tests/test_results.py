"""Heuristic results are typed end to end: one result type per id (its evidence model with it), read by
field (``analysis.results.h004.evidence.offset_ms``), read back from their own JSON, and their evidence
schema published to clients with the window tool's full schema."""

from __future__ import annotations

import asyncio
import json

import pytest

from heuristics.evidence import Evidence, LockEvidence, TonalEvidence
from heuristics.models import NAMES, RESULT_TYPES, Results, WindowAnalysis
from heuristics.rules import HEURISTICS
from heuristics.window import analyze_window
from tests.window_fixtures import groove, make_track


def test_every_heuristic_has_one_id_with_its_own_result_type():
    assert list(RESULT_TYPES) == [f"H{i:03d}" for i in range(1, 16)] == [h.__name__[:4].upper() for h in HEURISTICS]
    assert list(NAMES) == list(RESULT_TYPES) and all(NAMES.values())
    assert list(Results.model_fields) == [hid.lower() for hid in RESULT_TYPES]


def test_results_are_read_by_typed_field(library):
    tid = make_track(library.store, "e" * 16, duration_s=16, bpm=120, beats_per_bar=4, meter="4/4",
                     stems=groove(bass_delay_ms=12.0))
    a = analyze_window(library, tid, ["drums", "bass"], 2.0, 10.0)
    assert [type(h).__name__ for h in a.heuristics] == [f"{hid}Result" for hid in RESULT_TYPES]
    lock = a.results.h004
    assert lock.status == "ok" and isinstance(lock.evidence, LockEvidence)
    assert lock.evidence.offset_ms == pytest.approx(12.0, abs=2.0)
    assert a.results.by_id()["H004"] is lock


@pytest.mark.parametrize("stems, window", [(["drums", "bass"], (2.0, 10.0)), (["bass"], (2.0, 10.0)),
                                           (["drums", "bass"], (14.0, 16.0))])
def test_a_window_analysis_reads_back_from_its_own_json(library, stems, window):
    tid = make_track(library.store, "f" * 16, duration_s=16, bpm=120, beats_per_bar=4, meter="4/4",
                     stems={**groove(duration_s=12.0), "piano": []})
    a = analyze_window(library, tid, stems, *window)
    back = WindowAnalysis.model_validate_json(a.model_dump_json())
    # everything returned comes back; the bars' levels, each part's, where each part's last stroke falls, how a
    # line gets into each chord change and its chord tones by degree (read by the findings' sentences) are not
    assert not back.bar_levels_db and not back.part_bar_levels
    assert all(p.last_at_s is None and p.last_bar is None and not p.change_approaches and not p.highest_times
               and p.hands is None and p.line_repeat is None and p.bar_accent is None
               for p in back.presence)  # (nor a piano's hands, read by
    # the hands sentence, nor a line sung again, read by the repeats sentence)
    unplaced = [p.model_copy(update={"last_at_s": None, "last_bar": None, "last_beat": None, "last_place": None,
                                     "change_approaches": [],
                                     "highest_times": [], "strokes_placed": 0, "offbeat_strokes": 0,
                                     "pushed_over": 0, "chord_voicings": [], "note_levels": [],
                                     "pc_shares": [], "hands": None, "line_notes": [],
                                     "line_notes_cut": (False, False), "bar_lows": [], "bar_places": [],
                                     "bar_crossings": [], "bar_pitches": [],
                                     "line_repeat": None, "root_by_beat": [], "bar_accent": None,
                                     # (nor each bar's note places, read where a part is to be doubled)
                                     "bar_notes": [b.model_copy(update={"places": []}) for b in p.bar_notes]})
                for p in a.presence]
    # nor the whole line's shape (read by the melody sentence where its phrases differ)
    heuristics = [h.model_copy(update={"evidence": h.evidence.model_copy(update={"line_contour": None,
                                                                                 "line_fit": None})})
                  if hasattr(h.evidence, "line_contour") else h for h in a.heuristics]
    assert all(getattr(h.evidence, "line_contour", None) is None for h in back.heuristics)
    grid = a.chord_grid
    if grid is not None:
        assert all(not f.degrees and not f.degree_notes for f in back.chord_grid.line_fits)
        grid = grid.model_copy(update={"line_fits": [f.model_copy(update={"degrees": {}, "degree_notes": {}})
                                                     for f in grid.line_fits]})
    kit = a.drum_pattern  # the snare's soft strokes (read by the ghost-note sentence) do not come back either,
    if kit is not None:  # nor the bars whose every beat lies inside (read by the beat-varies sentence)
        assert back.drum_pattern.ghost_hits is None and not back.drum_pattern.whole_bars and \
            back.drum_pattern.double_hits is None and back.drum_pattern.band_hits is None  # (nor the doubled
        # strokes, read by the doubles sentence, nor the band's hits, read by the big-hits sentence, nor the drums
        # struck alone, read by the clean-hits sentence)
        assert back.drum_pattern.alone_hits is None and back.drum_pattern.struck_with is None
        kit = kit.model_copy(update={"ghost_hits": None, "whole_bars": [], "double_hits": None, "band_hits": None,
                                     "alone_hits": None, "struck_with": None})
    assert back.bar_cycle is None  # the figure the parts repeat (read by the loop sentence) does not come back
    assert not back.bar_numbers  # nor the bars as the chart counts them (read by "the fifth bar here")
    assert not back.beat_grid  # nor the window's beats (read by the time-point sentence)
    assert back.against_song is None  # nor the window against the song (read by the against-the-song sentence)
    assert all(x.whole_s is None for x in back.window.sections)  # nor each section's whole (the section-length one)
    window = a.window.model_copy(update={"sections": [x.model_copy(update={"whole_s": None})
                                                      for x in a.window.sections]})
    assert back == a.model_copy(update={"bar_levels_db": {}, "part_bar_levels": {}, "presence": unplaced,
                                        "chord_grid": grid, "drum_pattern": kit, "bar_cycle": None,
                                        "bar_numbers": [], "beat_grid": [], "against_song": None, "window": window,
                                        "parallels": [], "parallel_pairs": [], "heuristics": heuristics}) and \
        back.model_dump(mode="json") == a.model_dump(mode="json")
    for before, after in zip(a.heuristics, back.heuristics):  # each evidence comes back as its own model
        assert type(after) is type(before) and type(after.evidence) is type(before.evidence)
    assert any(type(h.evidence) is Evidence for h in back.heuristics)  # a result that did not run: {} stays {}


def test_a_result_of_the_wrong_evidence_type_is_refused():
    with pytest.raises(ValueError):
        RESULT_TYPES["H004"].model_validate({"heuristic_id": "H004", "name": NAMES["H004"], "status": "ok",
                                             "evidence": TonalEvidence(window_key=None, key_correlation=0.5,
                                                                       half_to_half_similarity=0.5, pitched_stems=[],
                                                                       key_track_level=None).model_dump()})


def test_clients_get_each_heuristics_evidence_schema(settings):
    from fastmcp import Client

    from stemsense_mcp.server import build_server

    server = build_server(settings)

    async def go():
        async with Client(server) as client:
            return json.loads((await client.read_resource("stemsense://schemas/WindowAnalysis.json"))[0].text)

    try:
        full = asyncio.run(go())
    finally:
        server.library.close()
    defs = full["$defs"]
    assert {f"{hid}Result" for hid in RESULT_TYPES} <= set(defs)
    evidence = defs["H004Result"]["properties"]["evidence"]["anyOf"]
    assert {"$ref": "#/$defs/LockEvidence"} in evidence and "offset_ms" in defs["LockEvidence"]["properties"]
    assert full["properties"]["heuristics"]["items"]["discriminator"]["propertyName"] == "heuristic_id"


def test_a_reader_of_some_heuristics_gets_those_behind_the_same_gates(library):
    from heuristics.rules import h003_offbeat_density, h006_register_overlap, run_all
    from heuristics.window import read_window

    tid = make_track(library.store, "d" * 16, duration_s=16, bpm=120, beats_per_bar=4, meter="4/4",
                     stems=groove(duration_s=12.0))
    sl, ctx = read_window(library, tid, ["drums", "bass"], 2.0, 10.0)
    everything = {h.heuristic_id: h for h in run_all(sl, ctx)}
    some = run_all(sl, ctx, (h003_offbeat_density, h006_register_overlap))
    assert [h.heuristic_id for h in some] == ["H003", "H006"] and some == [everything["H003"], everything["H006"]]
    silent, ctx = read_window(library, tid, ["drums", "bass"], 14.5, 16.0)  # nothing sounds here
    assert [h.status for h in run_all(silent, ctx, (h003_offbeat_density,))] == ["empty_slice"]
