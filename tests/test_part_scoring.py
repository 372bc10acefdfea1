"""Part scoring never reads the part it judges; the ranking property on a constructed band; the
benchmark's metrics each catch a planted defect."""

from __future__ import annotations

import numpy as np
import pytest

from eval.gen_rank import CORRUPTIONS, corrupt, holds, rank_window
from eval.leave_one_out import copy_baseline, measure, section_copy_baseline
from generation.directive import build, window_for
from generation.generator import AS_ELSEWHERE, generate
from generation.habits import habits_of
from generation.scoring import score
from tests.window_fixtures import make_track, note

BPM, PERIOD = 120.0, 0.5
BAR = 4 * PERIOD
ROOTS = (45, 41, 36, 43)  # A minor, F, C, G: one chord a bar
TRIADS = {45: (57, 60, 64), 41: (57, 60, 65), 36: (55, 60, 64), 43: (55, 59, 62)}


def band(duration_s: float = 16.0, bass_in=None) -> dict[str, list[dict]]:
    """Kick on 1 and 3 and the and-of-2, snare on 2 and 4, hats on eighths; piano chords on the beats;
    a bass on the kick: the root on 1 and 3, the push on the and-of-2 a fifth up, the octave on 4.
    ``bass_in(t, pitch)`` rewrites the bass notes of [0, 8) (the judged window)."""
    drums, piano, bass = [], [], []
    for bar, t0 in enumerate(np.arange(0.0, duration_s, BAR)):
        root = ROOTS[bar % 4]
        for b in range(4):
            t = t0 + b * PERIOD
            drums += [note(t, 36 if b in (0, 2) else 38, 0.1, 100), note(t, 42, 0.05, 60), note(t + PERIOD / 2, 42, 0.05, 60)]
            piano += [note(t, p, 0.45, 70) for p in TRIADS[root]]
        drums.append(note(t0 + 1.5 * PERIOD, 36, 0.1, 100))
        for at, pitch, dur in ((0.0, root, 0.7), (1.5, root + 7, 0.2), (2.0, root, 0.45), (3.0, root + 12, 0.45)):
            t = t0 + at * PERIOD
            bass.append(note(t, pitch, dur * PERIOD * 2, 95))
    if bass_in is not None:
        bass = [n for n in bass if n["time_s"] >= 8.0] + bass_in
    return {"drums": drums, "piano": piano, "bass": bass}


def _track(library, tid: str, bass_in=None) -> str:
    return make_track(library.store, tid, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                      stems=band(16.0, bass_in))


def _judge(library, tid: str, notes: list[dict]):
    _, sl, ctx = window_for(library, tid, "bass", 0.0, 8.0)
    d = build(sl, ctx, "bass", "evaluate the given notes")
    return score(notes, d, sl, ctx, habits_of(library.store, tid, "bass", 0.0, 8.0))


def test_scoring_never_reads_the_part_it_judges(library):
    """Two tracks alike but for the bass inside the window (one the band's, one random notes on random
    times): any part scores the same over both."""
    rng = np.random.default_rng(3)
    random_bass = [note(float(t), int(rng.integers(30, 55)), 0.2) for t in np.sort(rng.uniform(0.0, 7.8, 23))]
    a, b = _track(library, "a1" * 8), _track(library, "b2" * 8, random_bass)
    candidates = [[note(t, 45, 0.4) for t in np.arange(0.0, 8.0, PERIOD)],
                  [note(t, 45 + 7 * (i % 2), 0.2) for i, t in enumerate(np.arange(0.25, 8.0, PERIOD))]]
    for notes in candidates:
        assert _judge(library, a, notes) == _judge(library, b, notes)
    # and the scores do tell parts apart (the comparison above is not between constants)
    assert _judge(library, a, candidates[0]).total != _judge(library, a, candidates[1]).total


def test_ranking_property_on_a_constructed_band(library):
    """The band's bass is valid and scores above each corruption; the best option above every one."""
    tid = _track(library, "c3" * 8)
    r = rank_window(library, tid, "bass", 0.0, 8.0)
    assert r is not None and r["original_valid"], r
    assert holds(r["original_above"]) and holds(r["best_option_above"]), r["totals"]
    assert r["unchanged"] == [], r["unchanged"]


def test_a_corruption_that_leaves_the_part_unchanged_is_not_ranked(library):
    """A bass that plays only off the beat has no note on a strong beat to make a non-chord tone of: that
    corruption is the part itself, a tie that says nothing of the scoring (it counted as a loss before);
    the other corruptions are ranked."""
    offbeat = [note(t + PERIOD / 2, ROOTS[int(t // BAR) % 4] + 12, 0.2, 95) for t in np.arange(0.0, 8.0, PERIOD)]
    tid = _track(library, "ab" * 8, bass_in=offbeat)
    r = rank_window(library, tid, "bass", 0.0, 8.0)
    assert r["unchanged"] == ["non_chord_tones"]
    assert r["original_above"]["non_chord_tones"] is None and r["best_option_above"]["non_chord_tones"] is None
    assert all(r["original_above"][k] is not None for k in CORRUPTIONS if k != "non_chord_tones")
    assert holds({"a": True, "b": None}) and not holds({"a": True, "b": None}, unchanged_loses=True)


@pytest.mark.parametrize("kind,term", [("offbeat_shift", "rhythm_fit"), ("random_rhythm", "rhythm_fit"),
                                       ("tritone", "register_fit"), ("octave_displacement", "register_fit"),
                                       ("non_chord_tones", "key_fit"), ("density_halved", "density_fit"),
                                       ("density_doubled", "density_fit")])
def test_each_corruption_is_caught_by_the_term_that_measures_it(library, kind, term):
    tid = _track(library, "d4" * 8)
    _, sl, ctx = window_for(library, tid, "bass", 0.0, 8.0)
    d = build(sl, ctx, "bass", "evaluate the given notes")
    original = [n for n in band()["bass"] if n["time_s"] < 8.0]
    good, bad = _judge(library, tid, original), _judge(library, tid, corrupt(kind, original, d))
    assert getattr(bad, term) < getattr(good, term) - 0.05, (kind, term, good, bad)
    assert kind in CORRUPTIONS


def test_the_player_elsewhere_is_learnt_from_outside_the_window(library):
    """Left out of the window, the bass comes back as the player plays it elsewhere: the same rhythm,
    the same pitches over the same chords."""
    tid = make_track(library.store, "e5" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={k: v for k, v in band().items() if k != "bass"} |
                     {"bass": [n for n in band()["bass"] if not 4.0 <= n["time_s"] < 8.0]})
    _, sl, ctx = window_for(library, tid, "bass", 4.0, 8.0)
    d = build(sl, ctx, "bass", "write a new part")
    options = dict(generate(d, sl, 3, 0, habits_of(library.store, tid, "bass", 4.0, 8.0)))
    played = [n for n in band()["bass"] if 4.0 <= n["time_s"] < 8.0]
    m = measure(played, options[AS_ELSEWHERE], np.arange(4.0, 8.0, PERIOD), [4.0, 4.75, 5.0, 6.0, 6.75, 7.0])
    assert m["onset_f"] == 1.0 and m["strong_pc"] == 1.0


def test_the_player_elsewhere_keeps_the_two_bars_he_alternates(library):
    """A bass alternates two bars (quarters on the root, then a pushed eighths figure) over a vamp whose other
    stems play the same every bar: left out of two bars of the window, the option 'as the player plays elsewhere'
    brings back both bars in his order, not one bar copied into both (the seventeenth session's listening, dev)."""
    a_bar = [(0.0, 0, 1.8), (1.0, 0, 0.9), (2.0, 0, 0.9), (3.0, 0, 0.9)]
    b_bar = [(0.0, 0, 0.9), (1.5, 7, 0.4), (2.0, 12, 0.4), (2.5, 7, 0.4), (3.5, 10, 0.4)]
    drums, piano, bass = [], [], []
    for bar in range(8):
        t0 = bar * BAR
        for b in range(4):
            t = t0 + b * PERIOD
            drums += [note(t, 36 if b in (0, 2) else 38, 0.1, 100), note(t, 42, 0.05, 60)]
            piano += [note(t, p, 0.45, 70) for p in TRIADS[45]]
        bass += [note(t0 + at * PERIOD, 45 + step, dur * PERIOD, 95) for at, step, dur in (a_bar, b_bar)[bar % 2]]
    tid = make_track(library.store, "e6" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": drums, "piano": piano,
                            "bass": [n for n in bass if not 2 * BAR <= n["time_s"] < 4 * BAR]})
    _, sl, ctx = window_for(library, tid, "bass", 2 * BAR, 4 * BAR)
    d = build(sl, ctx, "bass", "write a new part")
    options = dict(generate(d, sl, 3, 0, habits_of(library.store, tid, "bass", 2 * BAR, 4 * BAR)))
    got = sorted(round(n.time_s - 2 * BAR, 2) for n in options[AS_ELSEWHERE])
    played = sorted(round(n["time_s"] - 2 * BAR, 2) for n in bass if 2 * BAR <= n["time_s"] < 4 * BAR)
    assert got == played, (got, played)


def test_each_benchmark_metric_catches_a_planted_defect(library):
    played = [n for n in band()["bass"] if n["time_s"] < 4.0]
    beats = np.arange(0.0, 4.0, PERIOD)
    kick = [n["time_s"] for n in band()["drums"] if n["pitch"] == 36 and n["time_s"] < 4.0]
    exact = measure(played, played, beats, kick)
    late = measure(played, [dict(n, time_s=n["time_s"] + 0.08) for n in played], beats, kick)  # past ±50 ms
    sharp = measure(played, [dict(n, pitch=n["pitch"] + 1) for n in played], beats, kick)
    # three of the bass's four onsets a bar land on the kick's three: F = 2 * 3 / (4 + 3)
    assert exact == {"onset_f": 1.0, "strong_pc": 1.0, "kick_lock": pytest.approx(6 / 7)}
    assert late["onset_f"] == 0.0 and late["kick_lock"] == 0.0
    assert sharp["strong_pc"] == 0.0 and sharp["onset_f"] == 1.0
    # the copy baseline moves the bars before the window onto it, beat by beat
    tid = _track(library, "f6" * 8)
    copied = copy_baseline(library, tid, "bass", 8.0, 12.0)
    assert [round(n["time_s"] - 8.0, 3) for n in copied] == [round(n["time_s"] - 4.0, 3) for n in band()["bass"]
                                                              if 4.0 <= n["time_s"] < 8.0]
    # and the section copy takes the same beats of another section (here: the first eight seconds)
    from_section = section_copy_baseline(library, tid, "bass", 10.0, 12.0, ((0.0, 8.0, "A"), (8.0, 16.0, "A")))
    assert [(round(n["time_s"] - 8.0, 3), n["pitch"]) for n in from_section] == \
        [(round(n["time_s"], 3), n["pitch"]) for n in band()["bass"] if 2.0 <= n["time_s"] < 4.0]
    assert section_copy_baseline(library, tid, "bass", 10.0, 12.0, ((0.0, 16.0, "A"),)) is None


def test_a_strum_the_transcription_splits_is_one_onset_and_a_fill_may_pass_the_ceiling(library):
    """A player's strum, transcribed as notes 25-30 ms apart, on every sixteenth is within the ceiling of
    four onsets a beat; a beat with a fifth note (a pickup) among beats of sixteenths is still within
    the rate over a bar; sextuplets throughout are not."""
    from analysis.core.types import articulations
    from generation.scoring import violations

    tid = _track(library, "a7" * 8)
    _, sl, ctx = window_for(library, tid, "bass", 0.0, 8.0)
    d = build(sl, ctx, "bass", "evaluate the given notes")
    sixteenths = np.arange(0.0, 8.0, PERIOD / 4)
    strums = [note(float(t + k * dt), 45 + 7 * k, 0.1) for t in sixteenths for k, dt in enumerate((0.0, 0.025, 0.03))]
    assert not [v for v in violations(strums, d) if "onsets" in v]
    fill = [note(float(t), 45, 0.1) for t in np.arange(0.0, 8.0, PERIOD / 2) if not 1.0 <= t < 1.5]
    pickup = fill + [note(1.0 + k * PERIOD / 4, 45, 0.1) for k in range(4)] + [note(1.5 - 0.04, 45, 0.03)]
    assert len([t for t in articulations([n["time_s"] for n in pickup], 0.075) if 0.97 <= t < 1.47]) == 5
    assert not [v for v in violations(pickup, d) if "onsets" in v]
    sextuplets = [note(float(t), 45, 0.05) for t in np.arange(0.0, 8.0, PERIOD / 6)]
    assert [v for v in violations(sextuplets, d) if "onsets" in v]


def test_a_note_a_few_ms_before_a_chord_change_is_heard_with_the_new_chord(library):
    """The root of the bar's chord played 5 ms before its downbeat is a chord tone there, not a note
    foreign to the chord before it."""
    from generation.scoring import chord_heard

    tid = _track(library, "b8" * 8)
    _, sl, ctx = window_for(library, tid, "bass", 0.0, 8.0)
    d = build(sl, ctx, "bass", "evaluate the given notes")
    change = next(c.start_s for c in d.constraints.chords if c.start_s > 0.5)
    after = chord_heard(d, change + 0.01)
    assert chord_heard(d, change - 0.005) == after and after != chord_heard(d, change - 0.2)


def test_a_held_approach_note_that_resolves_by_step_is_allowed(library):
    """A walking bass holds its chromatic approach to the next root for a beat (F sharp before F): valid,
    at a cost in key fit; the same held F sharp followed by a leap is a note outside the harmony."""
    from generation.scoring import violations

    tid = _track(library, "c9" * 8)
    _, sl, ctx = window_for(library, tid, "bass", 0.0, 4.0)
    d = build(sl, ctx, "bass", "evaluate the given notes")
    walk = [note(0.0, 45, 0.45), note(0.5, 48, 0.45), note(1.0, 52, 0.45), note(1.5, 54, 0.45), note(2.0, 53, 0.45)]
    assert not [v for v in violations(walk, d) if "not allowed" in v]
    leap = walk[:4] + [note(2.0, 48, 0.45)]
    assert [v for v in violations(leap, d) if "not allowed" in v]


def test_a_held_note_whose_resolution_lies_past_the_window_is_not_judged(library):
    """A walking bass's approach on the window's last beat leads into the bar after it: the part cannot
    show where it resolves, so it is not rejected; the same held F sharp two beats earlier, the part
    resting after it, is."""
    from generation.scoring import violations

    tid = _track(library, "cb" * 8)
    _, sl, ctx = window_for(library, tid, "bass", 0.0, 2.0)
    d = build(sl, ctx, "bass", "evaluate the given notes")
    last = [note(0.0, 45, 0.45), note(0.5, 48, 0.45), note(1.0, 52, 0.45), note(1.5, 54, 0.45)]
    assert not [v for v in violations(last, d) if "not allowed" in v]
    early = [note(0.0, 45, 0.45), note(0.5, 54, 0.45)]
    assert [v for v in violations(early, d) if "not allowed" in v]


def test_a_bar_is_judged_alike_with_its_neighbours():
    """Two bars elsewhere look alike to the window's second bar (a singer's breath), but only one of
    them follows a bar like the window's first (a sung bar): the phrase likeness tells them apart, the
    bar alone does not; a bar with no neighbour the stem plays is judged alone."""
    from generation.habits import BarNotes, phrase_likeness

    sung, breath = frozenset({("kick", 0), ("vocals", 0), ("vocals", 6)}), frozenset({("kick", 0)})

    def bar(start: float, context: frozenset) -> BarNotes:
        return BarNotes(notes=((0, 0, 1.0, 80),), first_pitch=40, context=context, bar_start_s=start,
                        chroma=np.zeros(12))

    bars = [bar(0.0, sung), bar(2.0, breath), bar(10.0, breath), bar(12.0, breath), bar(20.0, breath)]
    like = phrase_likeness(bars, [sung, breath])
    assert like[1] == 1.0 and like[3] < like[1] and like[4] == 1.0
    assert list(phrase_likeness(bars, [breath])) == [1 / 3, 1.0, 1.0, 1.0, 1.0]


def test_corruptions_act_on_strokes_not_on_the_strings_of_a_strum(library):
    """A strummed part (each chord's strings 8 ms apart): density halved keeps every other strum whole
    (before, it kept every other string, thinning the voicing at the same density); density doubled
    doubles the strums; octave displacement moves every other strum, all its strings."""
    tid = _track(library, "ac" * 8)
    _, sl, ctx = window_for(library, tid, "bass", 0.0, 8.0)
    d = build(sl, ctx, "bass", "evaluate the given notes")
    strum = [note(float(t) + 0.008 * k, p, 0.4) for t in np.arange(0.0, 8.0, PERIOD) for k, p in enumerate((45, 52, 57))]
    halved, doubled = corrupt("density_halved", strum, d), corrupt("density_doubled", strum, d)
    octave = corrupt("octave_displacement", strum, d)
    assert len(halved) == len(strum) / 2 and sorted({round(n["time_s"], 3) for n in halved})[:3] == [0.0, 0.008, 0.016]
    assert len({round(n["time_s"], 2) for n in doubled if n["pitch"] == 45}) == 2 * len(np.arange(0.0, 8.0, PERIOD))
    assert [n["pitch"] for n in sorted(octave, key=lambda n: n["time_s"])][:6] == [45, 52, 57, 57, 64, 69]


def _comping_band(guitar_at: float) -> dict[str, list[dict]]:
    """The band with a guitar comping the piano's triads an octave up, ``guitar_at`` of a beat after each
    beat (0: on it)."""
    stems = band(16.0)
    guitar = []
    for bar, t0 in enumerate(np.arange(0.0, 16.0, BAR)):
        for b in range(4):
            guitar += [note(t0 + (b + guitar_at) * PERIOD, p + 12, 0.2, 80) for p in TRIADS[ROOTS[bar % 4]]]
    return stems | {"guitar": guitar}


def test_texture_is_the_players_notes_to_a_stroke(library):
    """A guitar that comps triads elsewhere: in the window its chords fit its texture; one note of each
    chord (the same rhythm, a line: what a generic option writes) does not, and scores lower overall
    (before, nothing in the score told a line from the chords the player strikes)."""
    tid = make_track(library.store, "dc" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems=_comping_band(0.0))
    _, sl, ctx = window_for(library, tid, "guitar", 0.0, 8.0)
    d = build(sl, ctx, "guitar", "evaluate the given notes")
    habits = habits_of(library.store, tid, "guitar", 0.0, 8.0)
    chords = [n for n in _comping_band(0.0)["guitar"] if n["time_s"] < 8.0]
    line = [n for i, n in enumerate(chords) if i % 3 == 2]
    assert habits.notes_per_stroke == pytest.approx(3.0)
    assert score(chords, d, sl, ctx, habits).texture_fit > 0.9
    assert score(line, d, sl, ctx, habits).texture_fit < 0.5
    assert score(line, d, sl, ctx, habits).total < score(chords, d, sl, ctx, habits).total


def test_a_hard_pitch_rule_rests_on_a_chord_read_with_confidence(library):
    """The held F sharp followed by a leap is rejected over the piano's triads (read with confidence); where the
    same chords are read unsure (a bass and a voice spelling them), it is not rejected but costs key fit: a
    player's note is never thrown out on a guess at the harmony."""
    from generation.directive import TRUSTED_CHORD
    from generation.scoring import violations

    tid = _track(library, "d1" * 8)
    _, sl, ctx = window_for(library, tid, "bass", 0.0, 4.0)
    d = build(sl, ctx, "bass", "evaluate the given notes")
    leap = [note(0.0, 45, 0.45), note(0.5, 48, 0.45), note(1.0, 52, 0.45), note(1.5, 54, 0.45), note(2.0, 48, 0.45)]
    assert [v for v in violations(leap, d) if "not allowed" in v]
    unsure = d.model_copy(update={"constraints": d.constraints.model_copy(update={"chords": [
        c.model_copy(update={"confidence": TRUSTED_CHORD / 2}) for c in d.constraints.chords]})})
    assert not [v for v in violations(leap, unsure) if "not allowed" in v]
    assert score(leap, unsure, sl, ctx).key_fit < score(leap[:3] + [note(1.5, 53, 0.45), note(2.0, 41, 0.45)],
                                                         unsure, sl, ctx).key_fit


def test_a_note_held_into_a_chord_change_is_heard_against_the_chord_that_arrives(library):
    """A minor, then F: an E struck on three and held over the bar line into F (not a tone of F, and it leaps
    away after) fits less than the same E let go for the F struck on the bar; before, a held note was heard
    only where it started."""
    tid = _track(library, "d2" * 8)
    _, sl, ctx = window_for(library, tid, "bass", 0.0, 4.0)
    d = build(sl, ctx, "bass", "evaluate the given notes")
    held = [note(0.0, 45, 0.45), note(1.0, 52, 1.4), note(3.0, 41, 0.45)]
    struck = [note(0.0, 45, 0.45), note(1.0, 52, 0.45), note(2.0, 41, 0.45), note(3.0, 41, 0.45)]
    assert score(held, d, sl, ctx).key_fit < 0.95 < score(struck, d, sl, ctx).key_fit


def test_density_is_counted_over_the_bars_the_part_plays(library):
    """The band's bass line in the first and third bars of the window, resting in the others, plays at the
    player's rate where it plays (the player's bars elsewhere are counted the same way, rests apart): its
    density fits as the whole line's does; the same bars with every stroke doubled do not."""
    tid = _track(library, "d3" * 8)
    full = [n for n in band()["bass"] if n["time_s"] < 8.0]
    some = [n for n in full if int(n["time_s"] // BAR) in (0, 2)]
    doubled = [dict(n, time_s=n["time_s"] + k * 0.25, duration_s=0.2) for n in some for k in (0, 1)]
    fit = {name: _judge(library, tid, part).density_fit for name, part in
           (("full", full), ("some", some), ("doubled", doubled))}
    assert abs(fit["some"] - fit["full"]) < 0.05 and fit["doubled"] < fit["full"] - 0.3, fit



def _rated_track(library, tid: str, duration_s: float, step_of) -> str:
    """The band's drums and piano throughout (every bar alike to the other stems); the bass on each bar's
    root, a note every ``step_of(bar)`` seconds."""
    stems = band(duration_s)
    bass = []
    for bar, t0 in enumerate(np.arange(0.0, duration_s, BAR)):
        bass += _roots(t0, t0 + BAR, step_of(bar))
    return make_track(library.store, tid, duration_s=duration_s, bpm=BPM, beats_per_bar=4, meter="4/4",
                      stems={"drums": stems["drums"], "piano": stems["piano"], "bass": bass})


def _roots(start_s: float, end_s: float, step_s: float) -> list[dict]:
    return [note(float(t), ROOTS[int(t // BAR) % 4], step_s * 0.8, 95) for t in np.arange(start_s, end_s - 1e-6, step_s)]


def test_density_is_judged_against_each_bar_like_the_window_not_their_mean(library):
    """A bass that holds one note a bar in some bars and plays eighths in the others, over the same drums and
    piano: a part of one note a bar is at one of the player's rates; the same doubled (two a bar) is at
    neither, and fits less. Before, the rates' mean (above one a beat), which no bar plays, was the target,
    and the doubled part fitted it better (a ballad's guitar holding a chord a bar in the verse lost to its
    own density doubled, g8_ballad_ab44:guitar@9.84)."""
    tid = _rated_track(library, "f1" * 8, 24.0, lambda bar: BAR if bar % 2 else PERIOD / 2)
    fit = {name: _judge(library, tid, _roots(0.0, 8.0, step)).density_fit
           for name, step in (("a note a bar", BAR), ("two a bar", BAR / 2), ("eighths", PERIOD / 2))}
    assert fit["a note a bar"] > fit["two a bar"] + 0.1 and fit["eighths"] > fit["two a bar"] + 0.1, fit


def test_the_players_nearest_bars_weigh_most_where_the_other_stems_play_alike(library):
    """Over the same drums and piano throughout, the bass plays quarters in the four bars either side of the
    window and eighths in the twenty after them: the window is in the quarter-note section, and a quarter
    part fits its density better than the same part doubled. Before, every bar alike weighed the same, and
    the far section's eighths, more bars, made the doubled part fit better (a drive band's second verse,
    whose bass walks where the first verse's pumped over the same drums and guitar, g8_drive_dbm34:bass@54.70)."""
    tid = _rated_track(library, "f2" * 8, 64.0, lambda bar: PERIOD / 2 if bar >= 12 else PERIOD)
    _, sl, ctx = window_for(library, tid, "bass", 8.0, 16.0)
    d = build(sl, ctx, "bass", "evaluate the given notes")
    habits = habits_of(library.store, tid, "bass", 8.0, 16.0)
    quarters = _roots(8.0, 16.0, PERIOD)
    doubled = corrupt("density_doubled", quarters, d)
    fit = {name: score(part, d, sl, ctx, habits).density_fit for name, part in (("quarters", quarters), ("doubled", doubled))}
    assert fit["quarters"] > fit["doubled"] + 0.05, fit


def _held_track(library, tid: str, bars_held: int) -> str:
    """The band's drums and piano; the bass sounds each bar's root as one note held ``bars_held`` bars
    (struck on the first of them), a chord held over the bar line as a ballad's guitar does."""
    stems = band(40.0)
    bass = [note(float(t0), ROOTS[int(t0 // BAR) % 4], bars_held * BAR - 0.05, 95)
            for t0 in np.arange(0.0, 40.0, bars_held * BAR)]
    return make_track(library.store, tid, duration_s=40, bpm=BPM, beats_per_bar=4, meter="4/4",
                      stems={"drums": stems["drums"], "piano": stems["piano"], "bass": bass})


def test_a_bar_a_held_note_sounds_through_is_a_bar_the_part_plays(library):
    """A player who strikes a held note every bar: the same part in the window fits its density, and the part
    with every other stroke left out (each note held on through the next bar) does not; before, only bars
    with an onset counted, so one stroke held over two bars was at the player's rate and tied with it (a
    7/4 guitar holding a chord a bar tied with its density halved, g9_drive_d74:guitar@104.98). A player who
    holds each note two bars is counted the same way elsewhere: the same in the window fits."""
    tid = _held_track(library, "f3" * 8, 1)
    _, sl, ctx = window_for(library, tid, "bass", 0.0, 8.0)
    d = build(sl, ctx, "bass", "evaluate the given notes")
    habits = habits_of(library.store, tid, "bass", 0.0, 8.0)
    struck = [note(float(t0), ROOTS[int(t0 // BAR) % 4], BAR - 0.05, 95) for t0 in np.arange(0.0, 8.0, BAR)]
    held = corrupt("density_halved", struck, d)
    assert len(held) == 2 and min(n["duration_s"] for n in held) > 1.5 * BAR
    fit = {name: score(part, d, sl, ctx, habits).density_fit for name, part in (("struck", struck), ("held", held))}
    assert fit["struck"] > 0.9 and fit["held"] < fit["struck"] - 0.3, fit
    tid2 = _held_track(library, "f4" * 8, 2)
    _, sl2, ctx2 = window_for(library, tid2, "bass", 0.0, 8.0)
    d2 = build(sl2, ctx2, "bass", "evaluate the given notes")
    two = [note(float(t0), ROOTS[int(t0 // BAR) % 4], 2 * BAR - 0.05, 95) for t0 in (0.0, 2 * BAR)]
    assert score(two, d2, sl2, ctx2, habits_of(library.store, tid2, "bass", 0.0, 8.0)).density_fit > 0.9
