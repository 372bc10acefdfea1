"""analysis/pipeline.AnalysisContext.mix: the sums the steps read, and which of them the context keeps."""

from __future__ import annotations

import numpy as np

from analysis.config import Settings
from analysis.pipeline import AnalysisContext


def _context(tmp_path) -> AnalysisContext:
    rng = np.random.default_rng(3)
    stems = {name: rng.standard_normal(44_101).astype(np.float32) for name in ("vocals", "bass", "drums", "piano")}
    return AnalysisContext(stems=stems, stem_paths={}, empty={"vocals": False, "bass": False, "drums": False, "piano": True},
                           settings=Settings(home=tmp_path, allowed_roots=[tmp_path]))


def test_the_mix_is_the_stacked_sum_of_the_audible_stems(tmp_path):
    ctx = _context(tmp_path)
    audible = [ctx.stems[n] for n in ("vocals", "bass", "drums")]  # the empty piano stem is not in it
    whole = ctx.mix()
    assert whole.dtype == np.float32 and np.array_equal(whole, np.sum(audible, axis=0))  # bit for bit
    assert np.array_equal(ctx.mix(("bass", "drums")), np.sum(audible[1:], axis=0))
    assert not ctx.mix(("piano",)).any()  # only empty stems: silence


def test_only_the_whole_mix_is_kept_and_none_can_be_written(tmp_path):
    ctx = _context(tmp_path)
    assert ctx.mix() is ctx.mix()  # three steps read it: computed once
    low = ctx.mix(("bass", "drums"))
    assert low is not ctx.mix(("bass", "drums"))  # one step reads it: not held through the later steps
    for mixed in (ctx.mix(), low):
        assert not mixed.flags.writeable


def _kit_context(tmp_path, snare_beats, kick_beats, phase=0):
    """A 4/4 grid of 16 bars at 120 and a kit striking ``snare_beats`` / ``kick_beats`` (places in the audio's bars)."""
    from analysis import rhythm
    from analysis.core.types import Note

    beats = np.arange(64) * 0.5
    ctx = AnalysisContext(stems={"drums": np.zeros(44_100 * 33, np.float32)}, stem_paths={}, empty={"drums": False},
                          settings=Settings(home=tmp_path, allowed_roots=[tmp_path]))
    ctx.grid = rhythm.BeatGrid(beats, 4, phase, "4/4", 120.0, None, "essentia", {})
    ctx.values["meter"] = {"label": "4/4", "beats_per_bar": 4, "source": "essentia", "evidence": {}}
    ctx.rows["beats"] = [dict(time_s=float(t), beat_index=i, bar_index=ctx.grid.bar_index(i),
                              beat_in_bar=ctx.grid.beat_in_bar(i), loudness_db=-20.0) for i, t in enumerate(beats)]
    at = lambda places, pitch: [Note(float(t), 0.1, pitch) for i, t in enumerate(beats)  # noqa: E731
                                if ctx.grid.beat_in_bar(i) in places]
    ctx.notes["drums"] = at(snare_beats, 38) + at(kick_beats, 36)
    return ctx


def test_a_backbeat_on_one_and_three_moves_the_bars_a_beat_and_nothing_else_does(tmp_path):
    """MusicDelta Rock's bars sat a beat early (its snare on the audio's one and three, the kick between): every bar
    place a window gave was a beat off. A half-time snare on three alone, or a plain backbeat, moves nothing."""
    from analysis.pipeline import step_backbeat

    ctx = _kit_context(tmp_path, (1, 3), (2, 4))
    step_backbeat(ctx)
    assert ctx.grid.downbeat_phase in (1, 3) and ctx.grid.evidence["backbeat_moved_beats"] in (1, -1)
    snare_places = {ctx.grid.beat_in_bar(i) for i, t in enumerate(ctx.grid.beats_s) if ctx.grid.beat_in_bar(i) in (2, 4)}
    assert snare_places == {2, 4}
    assert [r["beat_in_bar"] for r in ctx.rows["beats"][:4]] == [ctx.grid.beat_in_bar(i) for i in range(4)]
    assert ctx.rows["beats"][ctx.grid.downbeat_phase]["beat_in_bar"] == 1
    assert all(r["loudness_db"] == -20.0 for r in ctx.rows["beats"])  # the beats' loudness kept, not read again
    for snare, kick in (((3,), (1,)), ((2, 4), (1, 3)), ((1, 2, 3, 4), (1, 3))):
        ctx = _kit_context(tmp_path, snare, kick)
        step_backbeat(ctx)
        assert ctx.grid.downbeat_phase == 0 and "backbeat_moved_beats" not in ctx.grid.evidence, (snare, kick)


def test_the_chords_tell_a_minor_song_from_its_relative_major():
    """ft_ballad_csm76 (the twenty-fifth session, dev): a ballad in C sharp minor (C sharp minor, A, E, B a bar
    each, ending on E) read E major: the profiles cannot tell a key from its relative, and the bass's last seconds
    named the final chord. The chords' home decides; a song in E major that visits C sharp minor stays in E."""
    from analysis.core.types import TrackAnalysis
    from analysis.tonal import relative_by_chords

    def rows(labels: list[str], bar: float = 3.0) -> list[dict]:
        return [dict(start_s=i * bar, end_s=(i + 1) * bar, label=x) for i, x in enumerate(labels)]

    vote = {"tonic": "E", "scale": "major", "label": "E major", "pitch_class": 4, "agreement": 1.0, "strength": 0.9,
            "votes": []}
    minor = rows(["C#:min", "C#:min", "A:maj", "E:maj", "B:maj"] * 4 + ["A:maj", "E:maj"])
    got = relative_by_chords(dict(vote), minor)
    assert got["label"] == "C# minor" and got["before_chords"] == "E major", got
    assert relative_by_chords(dict(got), minor)["label"] == "C# minor"  # read again, it stays
    major = rows(["E:maj", "C#:min", "A:maj", "B:maj"] * 4 + ["E:maj"])
    assert relative_by_chords(dict(vote), major)["label"] == "E major"
    assert relative_by_chords(dict(vote), rows(["C#:min", "N"]))["label"] == "E major"  # too few chords: no verdict
    # a relative ahead by no more than one chord is no home (vocadito's singer: four chords off one voice)
    b_flat = {"tonic": "Bb", "scale": "major", "label": "Bb major", "pitch_class": 10, "votes": []}
    assert relative_by_chords(dict(b_flat), rows(["A#:maj", "G:min", "C:min", "G:min"]))["label"] == "Bb major"
    # the typed reading keeps the evidence
    typed = TrackAnalysis.from_values({"key": got}).key
    assert typed.label == "C# minor" and typed.before_chords == "E major" and typed.chord_evidence["chords"] == 18


def _struck(onsets: list[float], hz: float, decay_db_per_s: float, stop_after_s: float | None, total_s: float):
    """A struck tone at each onset, decaying at ``decay_db_per_s``, cut off (damped within 20 ms) ``stop_after_s``
    after its onset where given."""
    from analysis.config import SAMPLE_RATE_HZ as SR

    t = np.arange(int(total_s * SR)) / SR
    y = np.zeros_like(t)
    for k, a in enumerate(onsets):
        end = onsets[k + 1] if k + 1 < len(onsets) else total_s
        m = (t >= a) & (t < end)
        dt = t[m] - a
        env = 10 ** (-decay_db_per_s * dt / 20)
        if stop_after_s is not None:
            env *= np.clip(1 - (dt - stop_after_s) / 0.02, 0, 1)
        y[m] = 0.3 * env * np.sin(2 * np.pi * hz * dt)
    return y


def test_a_struck_note_stops_where_it_is_damped_and_a_ringing_one_keeps_its_end():
    """Round 54's bc08 (dev): a guitar's tenth-of-a-second chops on the off-beats read as ringing a full beat to the
    next. A chop stops where it is damped; a note left to ring (a slow decay) and a low bass note (whose cycles
    ripple through a short envelope) keep the transcription's end."""
    from analysis.stem_analysis import heard_ends

    onsets = [0.2 + 0.4 * k for k in range(8)]
    ends = [a + 0.39 for a in onsets]  # the transcription: each held to the next
    chops = heard_ends(_struck(onsets, 392.0, 20.0, 0.1, 3.6), onsets, ends)
    assert np.all(np.array(chops) - onsets < 0.2) and np.all(np.array(chops) - onsets > 0.08), chops
    ringing = heard_ends(_struck(onsets, 392.0, 10.0, None, 3.6), onsets, ends)
    assert np.allclose(ringing, ends)
    low = heard_ends(_struck(onsets, 41.2, 10.0, None, 3.6), onsets, ends)
    assert np.allclose(low, ends)


def test_the_note_end_envelope_sums_each_window_exactly_a_few_frames_at_a_time():
    """The damped-end envelope reads each frame's energy from a running sum over a few thousand frames' samples at a
    time (one over a four-minute stem's every sample took 170 MB at once): each window's sum is the direct one, across
    the chunks' seams, at the signal's edges and in a quiet stretch after a loud one."""
    from analysis.stem_analysis import _window_energy

    rng = np.random.default_rng(7)
    x = (rng.standard_normal(50_000) * np.repeat([1.0, 1e-4, 0.5], [20_000, 20_000, 10_000])).astype(np.float32)
    centre = np.arange(0, len(x), 441)
    lo, hi = np.clip(centre - 1102, 0, len(x)), np.clip(centre + 1102, 0, len(x))
    direct = np.array([np.sum(x[a:z].astype(np.float64) ** 2) for a, z in zip(lo, hi)])
    for at_once in (1, 3, 2048):
        got = _window_energy(x, lo, hi, frames_at_once=at_once)
        assert np.allclose(got, direct, rtol=1e-5, atol=0), at_once  # (well under a thousandth of a decibel)


def test_the_beats_move_onto_where_the_band_plays_them(tmp_path):
    """The tracker's ticks sat a steady 5-25 ms off the band, track by track (eval/cache's frames songs): every place
    against the beat read it (a singer with the keys 'slightly ahead of the beat'). The ticks move onto the kit's kick
    and snare on the beat; a part's own lean against the kit stays; too few hits move nothing."""
    from analysis.core.types import Note
    from analysis.pipeline import step_grid_positions

    ctx = _kit_context(tmp_path, (2, 4), (1, 3))
    ticks = ctx.grid.beats_s.copy()
    ctx.notes["drums"] = [Note(n.time_s + 0.022, 0.1, n.pitch) for n in ctx.notes["drums"]]  # the kit 22 ms after
    ctx.notes["bass"] = [Note(float(t) + 0.032, 0.4, 40) for t in ticks[::2]]  # the bass 10 ms behind the kit
    step_grid_positions(ctx)
    assert np.allclose(ctx.grid.beats_s, ticks + 0.022)
    assert ctx.grid.evidence["beats_moved_onto_band"] == {"ms": 22.0, "onto": "kick and snare"}
    assert np.allclose([r["time_s"] for r in ctx.rows["beats"]], ctx.grid.beats_s)
    assert np.allclose(ctx.placed["drums"].offset_ms, 0.0, atol=0.5)
    assert np.allclose(ctx.placed["bass"].offset_ms, 10.0, atol=0.5)  # the bass's lean against the kit, kept

    early = _kit_context(tmp_path, (2, 4), (1, 3), phase=0)  # the kit 15 ms before the ticks: the first tick at 0 goes
    early.notes["drums"] = [Note(max(0.0, n.time_s - 0.015), 0.1, n.pitch) for n in early.notes["drums"]]
    step_grid_positions(early)
    assert early.grid.beats_s[0] >= 0.0 and len(early.grid.beats_s) == 63
    assert early.grid.downbeat_phase == 3  # the second tick, the same bar's second beat: the bar's one stays put
    assert np.isclose(early.grid.downbeats_s[0], 2.0 - 0.015)

    alone = _kit_context(tmp_path, (), ())  # no kit: the bass's notes on the beat decide
    alone.notes["bass"] = [Note(float(t) - 0.012, 0.4, 40) for t in ticks[4::2]]
    step_grid_positions(alone)
    assert alone.grid.evidence["beats_moved_onto_band"] == {"ms": -12.0, "onto": "plucked and struck parts"}

    few = _kit_context(tmp_path, (), ())
    few.notes["drums"] = [Note(float(t) + 0.022, 0.1, 36) for t in ticks[:15]]  # fifteen hits: too few to say
    step_grid_positions(few)
    assert np.array_equal(few.grid.beats_s, ticks) and "beats_moved_onto_band" not in few.grid.evidence
