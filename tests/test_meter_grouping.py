"""How the eighths group and how long the bar is: a 6/8 groove whose tracker ticks the eighths below 135
BPM is six eighths grouped 3+3 (kick and bass on the first and fourth, the snare on the fourth), not 3/4
at twice its tempo; a 5/4 groove is five to the bar, not 4/4; and where the accents fit an irregular bar
nearly as well as the regular one, the reading says the bar length is uncertain instead of a sure 4/4.
Grooves are planted here with pretty_midi and rendered with FluidSynth, then read from their stems' mix."""

from __future__ import annotations

import shutil

import numpy as np
import pretty_midi
import pytest

from analysis.midi_source import find_soundfont
from analysis.rhythm import estimate_grid, irregular_bar
from eval.material import load_mix, write_stem_wavs
from eval.meter import judge
from frames.service import get_findings
from tests.window_fixtures import make_track, note

needs_fluidsynth = pytest.mark.skipif(find_soundfont(None) is None or shutil.which("fluidsynth") is None,
                                      reason="needs FluidSynth and a GM soundfont (scripts/install.sh installs them)")
KICK, SNARE, HAT = 36, 38, 42


def _add(inst, pitch, start, dur, vel):
    inst.notes.append(pretty_midi.Note(int(vel), int(pitch), float(start), float(start + dur)))


def _groove(pulses_per_bar: int, pulse_s: float, bars: int, kick: tuple, snare: tuple, bass_at: tuple,
            chord_at: tuple, program: int = 0) -> pretty_midi.PrettyMIDI:
    """Drums (kick, snare, a hat on every pulse), a bass on ``bass_at`` and a chord on ``chord_at`` (pulse
    numbers in the bar); C, F, G, C, one chord a bar."""
    pm = pretty_midi.PrettyMIDI(initial_tempo=60.0 / pulse_s)
    drums = pretty_midi.Instrument(0, is_drum=True, name="drums")
    bass = pretty_midi.Instrument(33, name="bass")
    keys = pretty_midi.Instrument(program, name="keys")
    roots = [48, 53, 55, 48]
    for b in range(bars):
        t0 = b * pulses_per_bar * pulse_s
        root = roots[b % 4]
        for j in range(pulses_per_bar):
            t = t0 + j * pulse_s
            _add(drums, HAT, t, 0.05, 60)
            if j in kick:
                _add(drums, KICK, t, 0.1, 100)
            if j in snare:
                _add(drums, SNARE, t, 0.1, 90)
            if j in bass_at:
                _add(bass, root - 12 + (7 if j else 0), t, pulse_s * 0.9, 96)
            if j in chord_at:
                for p in (root + 12, root + 16, root + 19):
                    _add(keys, p, t, pulse_s * 0.8, 62)
    pm.instruments.extend([drums, bass, keys])
    return pm


def _read(tmp_path, pm, name, **kw):
    folder = tmp_path / name
    if not folder.is_dir():
        write_stem_wavs(pm, folder)
    return estimate_grid(load_mix(folder), load_mix(folder, ("bass", "drums")), **kw)


@needs_fluidsynth
def test_six_eight_tracked_at_its_eighths_is_not_three_four_at_double_tempo(tmp_path):
    # dotted quarter 43 BPM: the eighths at 129 BPM, below the old rule's 135 BPM floor for bare eighths
    eighth_s = 60.0 / 129.0
    pm = _groove(6, eighth_s, 14, kick=(0,), snare=(3,), bass_at=(0, 3), chord_at=(1, 2, 4, 5))
    truth = dict(meter="6/8", tempo_bpm=43.0, beats_s=[i * 3 * eighth_s for i in range(28)])
    grid = _read(tmp_path, pm, "68")
    assert grid.meter in ("6/8", "12/8") and grid.beats_per_bar in (2, 4), grid.evidence
    assert judge(truth, grid.meter, grid.beats_s)["felt_level"], grid.tempo_bpm
    assert grid.evidence["compound"]["pulse"]["eighths_pair_up"] is False
    before = _read(tmp_path, pm, "68", previous_rules=True)
    assert before.meter == "3/4" and not judge(truth, before.meter, before.beats_s)["felt_level"]


@needs_fluidsynth
def test_three_four_in_eighths_pairs_them(tmp_path):
    # 3/4 at 100 BPM with eighth-note hats: kick on one, snare on two and three, the eighths pair up
    eighth_s = 60.0 / 200.0
    pm = _groove(6, eighth_s, 14, kick=(0,), snare=(2, 4), bass_at=(0,), chord_at=(2, 4))
    grid = _read(tmp_path, pm, "34")
    assert grid.meter == "3/4" and grid.beats_per_bar == 3, grid.evidence
    assert grid.evidence["compound"]["pulse"]["eighths_pair_up"] is True


@needs_fluidsynth
def test_five_four_is_five_to_the_bar(tmp_path):
    # 5/4 at 120 BPM grouped 3+2: kick and bass on one and four, snare on three and five
    eighth_s = 0.25
    pm = _groove(10, eighth_s, 12, kick=(0, 6), snare=(4, 8), bass_at=(0, 6), chord_at=(0, 6))
    truth = dict(meter="5/4", tempo_bpm=120.0, beats_s=[i * 0.5 for i in range(60)])
    grid = _read(tmp_path, pm, "54")
    assert grid.meter == "5/4" and grid.beats_per_bar == 5, grid.evidence
    assert judge(truth, grid.meter, grid.beats_s)["beat_f"] >= 0.9
    assert grid.evidence["irregular"]["reading"] == "irregular"
    before = _read(tmp_path, pm, "54", previous_rules=True)
    assert before.meter != "5/4"


def test_an_irregular_bar_needs_to_stand_clear_of_the_regular_ones():
    regular = {2: (0.3, 0), 3: (0.2, 0), 4: (1.0, 0)}
    assert irregular_bar({**regular, 5: (0.1, 0), 7: (0.4, 0)}, 4) is None  # a clear 4/4
    clear = irregular_bar({**regular, 5: (3.0, 1), 7: (0.4, 0)}, 4)
    assert clear["reading"] == "irregular" and clear["beats_per_bar"] == 5
    # 1.6 times the regular bar: not enough to doubt a 4/4 (plain 4/4 pieces reach 2.1: analysis.rhythm)
    assert irregular_bar({**regular, 5: (0.4, 0), 7: (1.6, 2)}, 4) is None


def _five_four_track(lib, track_id: str, meter: str, beats_per_bar: int, evidence: dict | None = None) -> str:
    """Kick and bass on one and four of a 5/4 bar (3+2), snare on three and five, at 120 BPM."""
    p = 0.5
    drums, bass = [], []
    for i in range(40):
        t, pos = i * p, i % 5
        drums.append(note(t, KICK if pos in (0, 3) else SNARE if pos in (2, 4) else HAT, 0.1, 100))
        drums.append(note(t + p / 2, HAT, 0.05, 60))
        if pos in (0, 3):
            bass.append(note(t, 40 if pos == 0 else 47, p * 0.9))
    return make_track(lib.store, track_id, duration_s=20, bpm=120.0, beats_per_bar=beats_per_bar, meter=meter,
                      stems={"drums": drums, "bass": bass}, meter_evidence=evidence)


def test_a_window_of_a_five_four_track_says_five_not_four(library):
    tid = _five_four_track(library, "d5" * 8, "5/4", 5)
    f = get_findings(library, tid, ["drums", "bass"], 0.0, 15.0, "What meter is this in?")
    assert f.meter.label == "5/4" and f.meter.beats_per_bar == 5, f.meter
    assert "five to the bar" in f.meter.words and "4/4" not in (f.meter.label or "")
    assert "four to the bar" not in f.summary


def test_an_irregular_bar_needs_accents_well_over_every_regular_bar():
    """A period-5 contrast 1.5 times the best regular one leaves the regular bar standing (no hedge: between
    1.2 and 2.2 times held plain 4/4 pieces as often as halved 5/4 ones); 2.5 times it reads five."""
    from analysis.rhythm import irregular_bar
    regular = {2: (0.2, 8), 3: (0.1, 6), 4: (0.4, 4)}
    assert irregular_bar(regular | {5: (0.6, 4), 7: (0.1, 2)}, 4) is None
    odd = irregular_bar(regular | {5: (1.0, 4), 7: (0.1, 2)}, 4)
    assert odd is not None and odd["reading"] == "irregular" and odd["beats_per_bar"] == 5


@needs_fluidsynth
def test_a_waltz_at_a_tempo_a_slow_six_eight_shares_is_read_by_its_chords(tmp_path):
    """Quarter notes at 123 BPM, a chord a bar (C F G C) and nothing between the ticks: the tempo alone would
    make them the eighths of a 6/8 at a dotted quarter of 41. The chords change every three ticks, so it is a
    waltz. The same pulse with the chord held for six ticks stays compound (the 6/8 test above)."""
    quarter_s = 60.0 / 123.0
    pm = _groove(3, quarter_s, 16, kick=(0,), snare=(1, 2), bass_at=(0,), chord_at=(1, 2))
    grid = _read(tmp_path, pm, "waltz")
    assert grid.meter == "3/4" and grid.beats_per_bar == 3, grid.evidence
    halves = grid.evidence["compound"]["pulse"]["chord_change_halves"]
    assert min(halves) >= 0.5 * max(halves)


def test_a_loose_sixteenth_pulse_still_divides_the_beat():
    """eval.answers' Beatles meter pair (dev): a real strum's sixteenths, 127 ms apart against a 545 ms beat (4.3
    to the beat), were read as a pulse that does not divide it, and the kick every six of them made the window 6/8.
    A pulse two thirds of the beat (the kick every six, the snare on the fourth) still does not divide it: 6/8."""
    import numpy as np

    from heuristics.describe import _pulse_reading

    period = 0.545
    strum = np.arange(0.0, 8.0, 0.127)
    kick = np.arange(0.0, 8.0, 6 * 0.127)
    snare = kick + 3 * 0.127
    assert _pulse_reading({"other": strum, "kick": kick, "snare": snare}, period) is None
    eighths = np.arange(0.0, 8.0, period * 2 / 3)  # the tracker's beat holds one and a half of the players' eighths
    reading = _pulse_reading({"other": eighths, "kick": eighths[::6], "snare": eighths[3::6]}, period)
    assert reading is not None and reading[0] == "6/8", reading
