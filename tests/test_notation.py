"""A generated part's MusicXML reads as a musician expects: the window's key signature, accidentals only
where the key and the bar do not already say them, pitches spelled in the key, values on the beat grid
(no double dots, triplets bracketed), every bar full, the track's meter and bar numbers."""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from generation.notation import key_signature, spell
from generation.service import evaluate_part, generate_part, part_file
from heuristics.window import window_info
from tests.window_fixtures import groove, make_track, note

# -- an independent reader of the file: what a musician would object to ------------------------------

SHARPS, FLATS = "FCGDAEB", "BEADGCF"
QUARTERS = {"whole": 4.0, "half": 2.0, "quarter": 1.0, "eighth": 0.5, "16th": 0.25, "32nd": 0.125}
ALTER_OF = {"sharp": 1, "flat": -1, "natural": 0, "double-sharp": 2, "flat-flat": -2}


def read(xml: str) -> ET.Element:
    return ET.fromstring(xml.encode())


def notation_faults(xml: str) -> list[str]:
    """Everything in a part's MusicXML a reader would call wrong: an accidental the key signature or the
    bar already says (or one missing), a double dot, a value whose written type does not match its
    length, a bar that does not add up to the time signature, a tie to nowhere, bars out of order."""
    root = read(xml)
    faults = []
    divisions = int(root.findtext(".//attributes/divisions"))
    fifths = int(root.findtext(".//key/fifths") or 0)
    signature = {s: 1 for s in SHARPS[:fifths]} if fifths > 0 else {s: -1 for s in FLATS[:-fifths]}
    beats, beat_type = int(root.findtext(".//time/beats")), int(root.findtext(".//time/beat-type"))
    bar = divisions * 4 * beats // beat_type
    numbers = [int(m.get("number")) for m in root.iter("measure")]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        faults.append(f"bar numbers out of order: {numbers}")
    open_ties: set[tuple] = set()
    for m in root.iter("measure"):
        where = f"bar {m.get('number')}"
        state: dict[tuple, int] = {}
        total = 0
        for n in m.iter("note"):
            duration = int(n.findtext("duration"))
            if n.find("chord") is None:
                total += duration
            dots = len(n.findall("dot"))
            if dots > 1:
                faults.append(f"{where}: a double-dotted value")
            kind = n.findtext("type")
            if kind is not None:
                written = QUARTERS[kind] * (2 - 0.5 ** dots) * divisions
                mod = n.find("time-modification")
                if mod is not None:
                    written *= int(mod.findtext("normal-notes")) / int(mod.findtext("actual-notes"))
                if abs(written - duration) > 1e-6:
                    faults.append(f"{where}: a {kind}{'.' * dots} written for {duration} divisions")
            elif n.find("rest") is None or n.find("rest").get("measure") != "yes":
                faults.append(f"{where}: a value without a type")
            pitch = n.find("pitch")
            if pitch is None:
                continue
            step, octave, alter = pitch.findtext("step"), pitch.findtext("octave"), int(pitch.findtext("alter") or 0)
            ties = {t.get("type") for t in n.findall("tie")}
            ident = (step, octave, alter)
            if "stop" in ties:
                if ident not in open_ties:
                    faults.append(f"{where}: a tie from nothing to {step}{octave}")
                open_ties.discard(ident)
            if "start" in ties:
                open_ties.add(ident)
            shown = n.findtext("accidental")
            expected = state.get((step, octave), signature.get(step, 0))
            if "stop" in ties:
                if shown is not None:
                    faults.append(f"{where}: an accidental on a tied-over {step}{octave}")
                continue
            if shown is not None and ALTER_OF[shown] != alter:
                faults.append(f"{where}: a {shown} on {step}{octave} altered {alter}")
            if shown is not None and expected == alter:
                faults.append(f"{where}: a needless {shown} on {step}{octave}")
            if shown is None and expected != alter:
                faults.append(f"{where}: {step}{octave} altered {alter} without its accidental")
            state[(step, octave)] = alter
        if total != bar:
            faults.append(f"{where}: {total} divisions in a bar of {bar}")
    if open_ties:
        faults.append(f"ties never closed: {sorted(open_ties)}")
    return faults


def pitched(root: ET.Element) -> list[tuple[str, int, str | None]]:
    """(step, alter, accidental shown) of every pitched note, in order."""
    return [(n.findtext("pitch/step"), int(n.findtext("pitch/alter") or 0), n.findtext("accidental"))
            for n in root.iter("note") if n.find("pitch") is not None]


# -- tracks ---------------------------------------------------------------------------------------

def _piano(chords):
    return [note(t, p, 0.45, 70) for a, b, ps in chords for t in np.arange(a, b, 0.5) for p in ps]


A_MINOR = [(0, 4, (57, 60, 64)), (4, 6, (57, 62, 65)), (6, 8, (56, 59, 64)), (8, 12, (57, 60, 64)),
           (12, 14, (57, 62, 65)), (14, 16, (56, 59, 62))]  # Am | Dm E | Am | Dm E7, a bar of 2 s
E_MAJOR = [(0, 2, (64, 68, 71)), (2, 4, (61, 64, 69)), (4, 6, (59, 63, 66)), (6, 16, (64, 68, 71))]  # E A B E


@pytest.fixture
def tracks(library):
    out = {}
    for tid, chords, key, pc in (("a0" * 8, A_MINOR, "A minor", 9), ("e0" * 8, E_MAJOR, "E major", 4)):
        stems = groove(16.0)
        stems["piano"] = _piano(chords)
        out[key] = make_track(library.store, tid, duration_s=16, bpm=120, beats_per_bar=4, meter="4/4", stems=stems,
                              key=key, key_pc=pc)
    for tid, meter, per_bar, bpm in (("c3" * 8, "3/4", 3, 120), ("c6" * 8, "6/8", 2, 80)):
        stems = groove(12.0, bpm=bpm)
        stems["piano"] = _piano([(0, 12, (57, 60, 64))])
        out[meter] = make_track(library.store, tid, duration_s=12, bpm=bpm, beats_per_bar=per_bar, meter=meter,
                                stems=stems)
    return library, out


def _b(beat, beats, pitch):
    return {"beat": beat, "duration_beats": beats, "pitch": pitch, "velocity": 90}


def _xml(lib, option) -> str:
    return part_file(lib, option.part_id, "part.musicxml").decode()


# the window 2-10 s is bars 2-5 (Am | Dm | E | Am); its beats count from 2.0 s
A_MINOR_LINE = [_b(0, 1, 45), _b(1, 0.5, 48), _b(1.5, 0.5, 52), _b(2, 2, 45),
                _b(4, 1, 50), _b(5, 1, 41), _b(6, 0.5, 53), _b(6.5, 1.5, 45),  # F natural twice: no accidental
                _b(8, 1, 40), _b(9, 0.5, 44), _b(9.5, 0.5, 47), _b(10, 1, 44),  # G#, then G# again in its bar
                _b(11, 2, 40),  # over the bar line: tied
                _b(13, 1 / 3, 45), _b(13 + 1 / 3, 1 / 3, 48), _b(13 + 2 / 3, 1 / 3, 52), _b(14, 2, 45)]  # a triplet


def test_a_minor_line_writes_the_signature_and_only_the_g_sharp(tracks):
    lib, ids = tracks
    out = evaluate_part(lib, ids["A minor"], "bass", 2.0, 10.0, A_MINOR_LINE)
    assert out.valid and out.directive.constraints.key == "A minor", out.violations
    xml = _xml(lib, out.option)
    root = read(xml)
    assert root.findtext(".//key/fifths") == "0" and root.findtext(".//key/mode") == "minor"
    notes = pitched(root)
    marked = [(step, alter, shown) for step, alter, shown in notes if shown is not None]
    assert marked == [("G", 1, "sharp")], marked  # the first G# of its bar only
    assert [(s, a) for s, a, _ in notes].count(("G", 1)) == 2 and ("F", 0, None) in notes
    assert all(alter >= 0 for _, alter, _ in notes)  # never Ab for G#
    assert notation_faults(xml) == []


def test_a_minor_line_round_trips_through_music21(tracks):
    """music21 reads the file back to the same pitches at the same places, each value at most single-dotted
    and every bar as long as the time signature says."""
    from music21 import converter

    lib, ids = tracks
    out = evaluate_part(lib, ids["A minor"], "bass", 2.0, 10.0, A_MINOR_LINE)
    score = converter.parseData(_xml(lib, out.option), format="musicxml")
    part = score.parts[0]
    for m in part.getElementsByClass("Measure"):
        assert m.duration.quarterLength == m.barDuration.quarterLength == 4.0, m.number
        assert all(n.duration.dots <= 1 for n in m.notesAndRests), m.number
    joined = part.stripTies().flatten().notes
    got = [(round(float(n.offset), 3), n.pitch.midi) for n in joined]
    assert got == [(round(n["beat"], 3), n["pitch"]) for n in A_MINOR_LINE]
    assert [n.pitch.nameWithOctave for n in joined][9:12] == ["G#2", "B2", "G#2"]


def test_e_major_spells_its_sharps(tracks):
    lib, ids = tracks
    line = [_b(0, 1, 52), _b(1, 1, 51), _b(2, 1, 49), _b(3, 1, 47), _b(4, 2, 42), _b(6, 2, 44)]  # E D# C# B F# G#
    out = evaluate_part(lib, ids["E major"], "bass", 2.0, 10.0, line)
    assert out.valid and out.directive.constraints.key == "E major", out.violations
    xml = _xml(lib, out.option)
    root = read(xml)
    assert root.findtext(".//key/fifths") == "4" and root.findtext(".//key/mode") == "major"
    assert [(s, a) for s, a, _ in pitched(root)] == [("E", 0), ("D", 1), ("C", 1), ("B", 0), ("F", 1), ("G", 1)]
    assert all(shown is None for *_, shown in pitched(root))  # the signature says every sharp
    assert notation_faults(xml) == []


@pytest.mark.parametrize("midi,key,chord,spelled", [
    (63, "E major", None, ("D", 1, 4)), (70, "F major", None, ("B", -1, 4)), (68, "A minor", None, ("G", 1, 4)),
    (66, "A minor", None, ("F", 1, 4)), (68, "C major", None, ("A", -1, 4)), (68, "C major", "E:maj", ("G", 1, 4)),
    (61, "C major", "A:7", ("C", 1, 4)), (63, "C major", "Ab:maj", ("E", -1, 4)), (65, "F# major", None, ("E", 1, 4)),
    (60, "Db major", None, ("C", 0, 4)), (72, "C# major", None, ("C", 0, 5))])
def test_pitches_are_spelled_in_the_key_and_the_chord(midi, key, chord, spelled):
    assert spell(midi, key_signature(key), chord) == spelled


@pytest.mark.parametrize("label,fifths,mode", [("A minor", 0, "minor"), ("E major", 4, "major"),
                                               ("F major", -1, "major"), ("Bb minor", -5, "minor"),
                                               ("C# major", -5, "major"), ("Ab minor", 5, "minor"),
                                               ("F# major", 6, "major"), (None, 0, None)])
def test_key_signature_of_a_label(label, fifths, mode):
    k = key_signature(label)
    assert (k.fifths, k.mode) == (fifths, mode)


@pytest.mark.parametrize("meter,start,end,first_bar", [("A minor", 2.0, 10.0, 2), ("A minor", 3.0, 9.0, 2),
                                                        ("A minor", 0.3, 4.0, 1), ("A minor", 9.9, 16.0, 6),
                                                        ("3/4", 1.0, 7.0, 1), ("3/4", 4.6, 11.0, 4),
                                                        ("6/8", 1.5, 6.0, 2), ("6/8", 7.0, 12.0, 6)])
def test_bars_count_from_the_tracks_bars_and_add_up(tracks, meter, start, end, first_bar):
    """The first measure is the window's first bar of the track, whatever beat the window starts on;
    rests fill every bar to the time signature's length; the time signature is the track's."""
    from generation.directive import window_for

    lib, ids = tracks
    _, sl, ctx = window_for(lib, ids[meter], "bass", start, end)
    assert window_info(sl, ctx).bars[0] == first_bar
    out = generate_part(lib, ids[meter], "bass", start, end, "a bass line", 2, seed=5)
    for option in out.options:
        xml = _xml(lib, option)
        root = read(xml)
        measures = root.findall(".//measure")
        assert int(measures[0].get("number")) == first_bar
        assert int(measures[-1].get("number")) == window_info(sl, ctx).bars[-1]
        signature = f"{root.findtext('.//time/beats')}/{root.findtext('.//time/beat-type')}"
        assert signature == (meter if "/" in meter else "4/4")
        assert notation_faults(xml) == [], option.label


@pytest.mark.parametrize("start,end,bar", [(2.1, 2.4, 2), (15.6, 16.0, 8)])
def test_a_window_between_two_beats_is_numbered_from_the_bar_it_lies_in(tracks, start, end, bar):
    lib, ids = tracks
    out = evaluate_part(lib, ids["A minor"], "bass", start, end, [{"time_s": start, "duration_s": 0.2, "pitch": 45}])
    assert out.valid, out.violations
    xml = _xml(lib, out.option)
    assert [m.get("number") for m in read(xml).iter("measure")] == [str(bar)]
    assert notation_faults(xml) == []


def test_generated_parts_read_cleanly_in_every_stem(tracks):
    lib, ids = tracks
    for stem, request in (("bass", "a funky bass line"), ("guitar", "make it busier"), ("vocals", "a new melody"),
                          ("drums", "a beat"), ("piano", "sparser please")):
        out = generate_part(lib, ids["A minor"], stem, 1.3, 11.7, request, 3, seed=11)
        assert out.directive.constraints.key == "A minor"
        for option in out.options:
            xml = _xml(lib, option)
            assert notation_faults(xml) == [], (stem, option.label, notation_faults(xml))
            root = read(xml)
            if stem == "drums":
                assert root.find(".//key") is None and root.findtext(".//clef/sign") == "percussion"
                assert root.find(".//unpitched") is not None
            else:
                assert root.findtext(".//key/fifths") == "0" and root.findtext(".//key/mode") == "minor"


def test_triplets_are_bracketed_and_long_notes_tied(tracks):
    lib, ids = tracks
    out = evaluate_part(lib, ids["A minor"], "bass", 2.0, 10.0, A_MINOR_LINE)
    root = read(_xml(lib, out.option))
    triplets = [n for n in root.iter("note") if n.find("time-modification") is not None]
    assert [n.findtext("type") for n in triplets] == ["eighth"] * 3
    assert [t.get("type") for n in triplets for t in n.findall("notations/tuplet")] == ["start", "stop"]
    last_two = root.findall(".//measure")[-2:]
    end_of_4, start_of_5 = last_two[0].findall("note")[-1], last_two[1].findall("note")[0]
    assert end_of_4.findtext("pitch/step") == start_of_5.findtext("pitch/step") == "E"
    assert [t.get("type") for t in end_of_4.findall("tie")] == ["start"]
    assert [t.get("type") for t in start_of_5.findall("tie")] == ["stop"]


def test_the_checker_catches_planted_defects(tracks):
    """The reader above fails a file with a natural on every note (what the old notation wrote), a
    double-dotted value, a bar short of its length and a missing sharp."""
    lib, ids = tracks
    out = evaluate_part(lib, ids["A minor"], "bass", 2.0, 10.0, A_MINOR_LINE)
    good = read(_xml(lib, out.option))

    def planted(change) -> list[str]:
        root = copy.deepcopy(good)
        change(root)
        return notation_faults(ET.tostring(root, encoding="unicode"))

    def naturals(root):
        for n in root.iter("note"):
            if n.find("pitch") is not None and n.find("accidental") is None:
                acc = ET.Element("accidental")
                acc.text = "natural"
                n.insert(list(n).index(n.find("type")) + 1, acc)

    def double_dot(root):  # the old notation's 1.75 beats: a double-dotted quarter
        n = next(n for n in root.iter("note") if n.findtext("type") == "quarter" and n.find("dot") is None)
        n.find("duration").text = str(int(n.findtext("duration")) * 7 // 4)
        for _ in range(2):
            n.insert(list(n).index(n.find("type")) + 1, ET.Element("dot"))

    def short_bar(root):
        m = root.findall(".//measure")[1]
        m.remove(m.findall("note")[-1])

    def no_sharp(root):
        n = next(n for n in root.iter("note") if n.findtext("accidental") == "sharp")
        n.remove(n.find("accidental"))

    faults = planted(naturals)
    assert any("needless natural" in f for f in faults) and len(faults) >= 10, faults
    assert any("double-dotted" in f for f in planted(double_dot))
    assert any("divisions in a bar of 48" in f for f in planted(short_bar))
    assert any("without its accidental" in f for f in planted(no_sharp))
    assert notation_faults(ET.tostring(good, encoding="unicode")) == []
