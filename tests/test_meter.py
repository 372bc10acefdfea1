"""The track-level meter and felt beat: 6/8 reads as 6/8 (two dotted quarters a bar), not as 3/4 at the
eighth-note pulse; 3/4 stays 3/4 and 4/4 is never compound. Pieces are written with pretty_midi
(eval/meter.py's calibration builders) and rendered with FluidSynth, then read from the mix of their stems."""

from __future__ import annotations

import shutil

import numpy as np
import pretty_midi
import pytest

from analysis.midi_source import find_soundfont
from analysis.rhythm import estimate_grid, grid_from_midi
from eval.material import load_mix, write_stem_wavs
from eval.meter import calibration_piece, judge

needs_fluidsynth = pytest.mark.skipif(find_soundfont(None) is None or shutil.which("fluidsynth") is None,
                                      reason="needs FluidSynth and a GM soundfont (scripts/install.sh installs them)")


def _read(tmp_path, meter: str, k: int, compound: bool = True):
    pm, truth = calibration_piece(meter, k)
    folder = tmp_path / f"{meter.replace('/', '')}_{k}"
    write_stem_wavs(pm, folder)
    grid = estimate_grid(load_mix(folder), load_mix(folder, ("bass", "drums")), resolve_compound_meter=compound)
    return grid, truth


@needs_fluidsynth
def test_six_eight_reads_as_two_dotted_quarters_a_bar(tmp_path):
    # 58 dotted quarters a minute: the tracker ticks the eighths (~174 BPM), as in the issue
    grid, truth = _read(tmp_path, "6/8", 1)
    assert grid.meter == "6/8" and grid.beats_per_bar == 2, grid.evidence
    dotted_quarter_s = 60.0 / truth["tempo_bpm"]
    assert float(np.median(np.diff(grid.beats_s))) == pytest.approx(dotted_quarter_s, rel=0.05)
    assert judge(truth, grid.meter, grid.beats_s)["beat_f"] >= 0.9
    assert grid.evidence["regrouped_from_bpm"] == pytest.approx(3 * truth["tempo_bpm"], rel=0.05)
    # the method before read the eighth-note pulse as the beat
    before, _ = _read(tmp_path, "6/8", 1, compound=False)
    assert not judge(truth, before.meter, before.beats_s)["felt_level"]


@needs_fluidsynth
def test_three_four_stays_three_four_even_fast(tmp_path):
    for k in (0, 4):  # 92 and 170 BPM, the fast one with eighth-note hats
        grid, truth = _read(tmp_path, "3/4", k)
        assert grid.meter == "3/4" and grid.beats_per_bar == 3, (k, grid.evidence)
        assert judge(truth, grid.meter, grid.beats_s)["felt_level"], (k, grid.tempo_bpm)


@needs_fluidsynth
def test_four_four_is_never_compound(tmp_path):
    for k in (1, 4):  # k=1 was read as 6/8 by the method before
        grid, _ = _read(tmp_path, "4/4", k)
        assert grid.meter == "4/4" and grid.beats_per_bar == 4, (k, grid.evidence)


def test_the_metric_flags_a_mislabelled_or_double_time_estimate():
    beat_s = 1.0  # dotted quarters at 60 BPM
    truth = dict(meter="6/8", tempo_bpm=60.0, beats_s=[i * beat_s for i in range(24)])
    right = judge(truth, "6/8", truth["beats_s"])
    assert right["meter_ok"] and right["felt_level"] and right["beat_f"] == pytest.approx(1.0)
    eighths = [i * beat_s / 3 for i in range(72)]  # the eighth-note pulse, labelled 3/4
    wrong = judge(truth, "3/4", eighths)
    assert not wrong["meter_ok"] and not wrong["felt_level"] and wrong["beat_f"] < 0.6
    assert not judge(truth, "12/8", truth["beats_s"])["meter_ok"]


@pytest.mark.parametrize("num, den, per_bar, beat_quarters", [(6, 8, 2, 1.5), (12, 8, 4, 1.5), (3, 4, 3, 1.0),
                                                              (4, 4, 4, 1.0), (6, 4, 6, 1.0), (9, 4, 9, 1.0),
                                                              (6, 16, 2, 0.75)])
def test_midi_time_signature_sets_the_felt_beat(num, den, per_bar, beat_quarters):
    qpm = 90.0
    pm = pretty_midi.PrettyMIDI(initial_tempo=qpm)
    pm.time_signature_changes.append(pretty_midi.TimeSignature(num, den, 0.0))
    inst = pretty_midi.Instrument(0)
    inst.notes.append(pretty_midi.Note(80, 60, 0.0, 16.0))
    pm.instruments.append(inst)
    grid = grid_from_midi(pm)
    assert grid.meter == f"{num}/{den}" and grid.beats_per_bar == per_bar
    assert float(np.median(np.diff(grid.beats_s))) == pytest.approx(60.0 / qpm * beat_quarters)
    assert np.allclose(grid.downbeats_s[:3], np.arange(3) * per_bar * 60.0 / qpm * beat_quarters)


def test_beats_the_tracker_left_out_before_its_first_are_added_back_where_the_music_sounds():
    from analysis.rhythm import ENV_SR, extend_to_start

    rng = np.random.default_rng(0)
    y = (0.1 * rng.standard_normal(10 * ENV_SR)).astype(np.float32)  # music from 0 s
    beats = np.arange(0.5, 10.0, 0.5)  # the tracker's first beat a period in
    out, added = extend_to_start(beats, y)
    assert added == 1 and out[0] == pytest.approx(0.0) and np.allclose(out[1:], beats)
    y[: int(1.3 * ENV_SR)] = 1e-5 * rng.standard_normal(int(1.3 * ENV_SR))  # a hum, a pickup note, the beat at 1.5 s
    beats = np.arange(1.5, 10.0, 0.5)
    out, added = extend_to_start(beats, y)
    assert added == 0 and np.array_equal(out, beats)
    # a first beat a little early (0.04 s before 0 by the period) is the first note, at 0 s; one further is not
    out, added = extend_to_start(np.arange(0.46, 10.0, 0.5), (0.1 * rng.standard_normal(10 * ENV_SR)).astype(np.float32))
    assert added == 1 and out[0] == 0.0
    out, added = extend_to_start(np.arange(0.3, 10.0, 0.5), (0.1 * rng.standard_normal(10 * ENV_SR)).astype(np.float32))
    assert added == 0


def _clicks(times_s: np.ndarray, seconds: float) -> np.ndarray:
    """The onset envelope of short noise bursts at ``times_s``."""
    from analysis.rhythm import ENV_SR, onset_envelope

    rng = np.random.default_rng(1)
    y = 1e-4 * rng.standard_normal(int(seconds * ENV_SR))
    for t in times_s:
        i = int(t * ENV_SR)
        y[i:i + 400] += 0.5 * rng.standard_normal(len(y[i:i + 400])) * np.exp(-np.arange(len(y[i:i + 400])) / 80)
    return onset_envelope(y.astype(np.float32))


def test_a_lead_in_ticked_at_another_period_is_regridded_at_the_tracks_but_an_intro_played_at_its_own_is_kept():
    """A 5/4 ballad's intro, a chord a bar (2.5 s), ticked four to the bar (0.625 s) for its first ten beats and
    then five: every later bar was numbered one early (eval/cache's ft_ballad_eb54)."""
    from analysis.rhythm import steady_lead_in

    head = np.arange(10) * 0.6  # the tracker's lead-in, 0 to 5.4 s
    beats = np.r_[head, 6.0 + np.arange(40) * 0.5]  # locked on at 6 s
    env = _clicks(np.r_[np.arange(0.0, 6.0, 2.5), 6.0 + np.arange(40) * 0.5], 30.0)  # the intro's chords
    out, done = steady_lead_in(beats, env)
    assert done is not None and done["beats"] == 10, done
    assert np.allclose(np.diff(out), 0.5) and out[0] == pytest.approx(0.0) and np.allclose(out[-40:], beats[-40:])
    # an intro played at its own slower tempo, a note on each of its beats: the tracker's beats stand
    env = _clicks(np.r_[head, 6.0 + np.arange(40) * 0.5], 30.0)
    out, done = steady_lead_in(beats, env)
    assert done is None and np.array_equal(out, beats)
    # a beat or two off at the start is the tracker finding its feet, not a lead-in
    out, done = steady_lead_in(np.r_[0.0, 0.7, 1.0 + np.arange(40) * 0.5], env)
    assert done is None


def test_a_tail_ticked_at_another_period_is_regridded_at_the_tracks_but_a_ritardando_is_kept():
    """A 5/4 ballad's outro of held chords, a chord a bar (2.5 s) at 120, ticked at 103 and then 97 from 50 s: its
    last chord fell inside a bar charted across it (eval/cache's ft_ballad_eb54, round 99's cv07, dev)."""
    from analysis.rhythm import steady_tail

    body = np.arange(40) * 0.5  # locked on, 0 to 19.5 s
    beats = np.r_[body, 19.5 + 0.6 * np.arange(1, 9)]  # the tracker's tail, a beat every 0.6 s to 24.3 s
    env = _clicks(np.r_[body, 19.5 + np.arange(1, 3) * 2.5], 30.0)  # the outro's chords, 2.5 s apart at 120
    out, done = steady_tail(beats, env)
    assert done is not None and done["from_beat"] == 39, done
    assert np.allclose(np.diff(out), 0.5) and np.allclose(out[:40], body) and out[-1] <= beats[-1] + 0.07, out[-3:]
    # a ritardando played to its end, a note on each of its slowing beats: the tracker's beats stand
    env = _clicks(beats, 30.0)
    out, done = steady_tail(beats, env)
    assert done is None and np.array_equal(out, beats)
    # a beat or two off at the end is the tracker losing its feet, not a tail
    assert steady_tail(np.r_[body, 19.5 + 0.7 * np.arange(1, 3)], env)[1] is None


@needs_fluidsynth
def test_a_piece_that_starts_on_its_downbeat_numbers_it_bar_one(tmp_path):
    # the tracker's first beat came a beat in: the first bar was numbered a pickup and "bar 2" named the third
    for meter, k in (("4/4", 1), ("6/8", 1)):
        grid, truth = _read(tmp_path, meter, k)
        assert truth["downbeats_s"][0] == 0.0
        assert grid.beats_s[0] == pytest.approx(0.0, abs=0.08), (meter, grid.beats_s[:3])
        assert grid.bar_index(0) == 0 and grid.beat_in_bar(0) == 1, (meter, grid.evidence)


def test_a_beat_grids_period_is_fitted_not_the_median_of_frame_quantised_gaps():
    """Round 52's ba01 (dev): MusicDelta Rock's tracked beats fall on the tracker's frames, 0.534 and 0.557 s apart
    in turn; their median gap read 112.3 BPM where the annotation's beats read 110.1. The period is the slope of the
    beats against their count, a lost beat counted as a beat."""
    import numpy as np

    from analysis.core.types import Grid
    true = 60.0 / 110.0
    beats = np.round(np.arange(24) * true / 0.0232) * 0.0232  # on a 23.2 ms frame grid
    n = len(beats)
    grid = Grid(beats, np.arange(n) % 4 + 1, np.arange(n) // 4, np.arange(n))
    assert abs(60.0 / float(np.median(np.diff(beats))) - 110.0) > 1.5  # the median's bias, as read before
    assert abs(60.0 / grid.period_s - 110.0) < 0.3, 60.0 / grid.period_s
    lost = np.delete(beats, 10)  # a beat the tracking lost
    grid = Grid(lost, np.arange(n - 1) % 4 + 1, np.arange(n - 1) // 4, np.arange(n - 1))
    assert abs(60.0 / grid.period_s - 110.0) < 0.3, 60.0 / grid.period_s
