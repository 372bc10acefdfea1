"""One get_findings call answers the producer's question: events, meter, drum pattern, chord chart, who
carries, relations between parts, counts behind verdicts, no false claims.

Constructed tracks (exact notes written into the store) with the truth written here, as a musician
reads the score; and the answerability benchmark's judge, shown to catch planted false claims.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from analysis.core.vocabulary import named_stems, possessive
from analysis.library import Library
from eval.answer_songs import Ask
from eval.answers import baseline_summary, judge
from frames.service import get_findings
from heuristics.window import analyze_window
from tests.window_fixtures import groove, make_track, note

BPM = 120.0
P = 60.0 / BPM  # a beat
BAR = 4 * P


@pytest.fixture
def lib(library: Library) -> Library:
    return library


def chords_every_two_bars(bars: int = 8) -> list[dict]:
    """Piano: Am F C G, a new chord every two bars, struck on every beat."""
    voicings = [(57, 60, 64), (53, 57, 60), (55, 60, 64), (55, 59, 62)]
    out = []
    for b in range(bars):
        for beat in range(4):
            for p in voicings[(b // 2) % 4]:
                out.append(note(b * BAR + beat * P, p, P * 0.9))
    return out


def test_the_drum_pattern_is_said_where_a_drummer_would_say_it(lib):
    tid = make_track(lib.store, "b1" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=groove(16))
    f = get_findings(lib, tid, ["drums", "bass"], 2.0, 10.0, "Where does the snare land?")
    assert f.drum_pattern.pattern == {"kick": "on one and three", "snare": "on two and four", "hihat": "on every eighth"}
    assert f.summary.startswith("The snare plays on two and four")
    assert f.drum_pattern.hits["snare"] == next(h for h in analyze_window(lib, tid, ["drums"], 2.0, 10.0).heuristics
                                                if h.heuristic_id == "H002").evidence.snare_hits


def test_eighth_hats_heard_with_gaps_are_still_eighths_and_quarter_hats_are_not(lib):
    """A transcriber misses about a third of the hats (under crashes, under a loud snare): a drummer still
    hears eighths. Quarter-note hats with an odd 'and' (one bar in four) are not eighths."""
    import numpy as np
    rng = np.random.default_rng(7)
    g = groove(16)
    hats = [n for n in g["drums"] if n["pitch"] == 42]
    kept = [n for i, n in enumerate(hats) if i % 8 == 0 or rng.random() > 0.35]
    g["drums"] = [n for n in g["drums"] if n["pitch"] != 42] + kept
    tid = make_track(lib.store, "c5" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums"], 0.0, 16.0, "How busy is the hi-hat?")
    assert f.drum_pattern.pattern["hihat"] == "on every eighth"
    q = groove(16)
    q["drums"] = [n for n in q["drums"] if n["pitch"] != 42 or round(n["time_s"] / (P / 2)) % 2 == 0
                  or round(n["time_s"] / (P / 2)) % 32 == 5]
    quarters = make_track(lib.store, "c6" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=q)
    pattern = get_findings(lib, quarters, ["drums"], 0.0, 16.0, "How busy is the hi-hat?").drum_pattern.pattern
    assert pattern["hihat"] == "on all four beats"


def test_a_timekeeper_that_rings_is_called_a_ride_or_open_hat_and_a_closed_one_a_hi_hat(lib):
    """The detector writes a timekeeper's strokes that ring on as GM's open hat (46): a ride kept as the
    timekeeper is not told from an open hat, so the pattern names it as either, never as a plain hi-hat; and
    "what's the ride doing?" leads with it. Choked strokes (42) stay the hi-hat."""
    g = groove(16)
    g["drums"] = [dict(n, pitch=46) if n["pitch"] == 42 else n for n in g["drums"]]
    tid = make_track(lib.store, "c7" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums"], 0.0, 16.0, "What's the ride doing?")
    assert f.drum_pattern.hihat_rings
    assert f.summary.startswith("The ride or open hi-hat plays on every eighth"), f.summary
    plain = make_track(lib.store, "c8" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=groove(16))
    f = get_findings(lib, plain, ["drums"], 0.0, 16.0, "What's the drummer playing?")
    assert not f.drum_pattern.hihat_rings and "the hi-hat on every eighth" in f.summary and "ride" not in f.summary


@pytest.mark.parametrize("places,subdivision,words", [
    ((0.5,), "straight eighths", "straight eighths"),
    ((0.25, 0.5, 0.75), "sixteenths", "busy sixteenths"),
    # strokes spread over the beat (two strummers' flams, loose strumming): no grid, and no "busy sixteenths"
    ((0.12, 0.2, 0.29, 0.37, 0.45, 0.55, 0.63, 0.71, 0.8, 0.88), "uneven", "on no steady grid"),
])
def test_the_feel_names_a_subdivision_only_where_the_off_beats_keep_to_it(lib, places, subdivision, words):
    g = groove(16)
    rng = np.random.default_rng(3)
    g["guitar"] = [note(t + f * P + float(rng.uniform(-0.02, 0.02)) * P, 60, 0.1) for t in np.arange(0.0, 16.0, P)
                   for f in ((0.0,) + tuple(rng.choice(places, size=min(2, len(places)), replace=False)))]
    g["drums"] = [n for n in g["drums"] if n["pitch"] != 42]  # the guitar alone between the beats
    tid = make_track(lib.store, "d%x" % len(places) * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["guitar", "drums"], 0.0, 16.0, "What's the feel?")
    assert f.meter.subdivision == subdivision, f.meter.because
    assert words in f.summary and (subdivision == "sixteenths") == ("sixteenths" in f.summary), f.summary


def test_a_downbeat_a_beat_off_does_not_turn_the_backbeat_around(lib):
    g = groove(16)
    g = {k: [dict(n, time_s=n["time_s"] + P) for n in v if n["time_s"] + P < 16] for k, v in g.items()}  # grid one beat early
    tid = make_track(lib.store, "c3" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums"], 2.0, 14.0, "Where does the snare land?")
    assert f.drum_pattern.pattern["snare"] == "on two and four" and f.drum_pattern.pattern["kick"] == "on one and three"
    assert f.drum_pattern.bar_lines_moved_beats in (1, 3)
    # a plain rock beat on a right grid is left as it is
    right = make_track(lib.store, "c4" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=groove(16))
    assert get_findings(lib, right, ["drums"], 2.0, 14.0, "Where does the snare land?").drum_pattern.bar_lines_moved_beats is None


def test_a_two_bar_dropout_is_an_event_with_its_bar_and_leads_a_narrative_answer(lib):
    g = groove(24)
    g["drums"] = [n for n in g["drums"] if not 4 * BAR <= n["time_s"] < 6 * BAR]  # drums out in bars 5 and 6
    tid = make_track(lib.store, "b2" * 8, duration_s=24, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 2 * BAR, 8 * BAR, "What happens in these bars?")
    out = next(e for e in f.events if e.kind == "drops_out")
    back = next(e for e in f.events if e.kind == "returns")
    assert out.stems == ["drums"] and abs(out.time_s - 4 * BAR) <= P and out.bar == 5
    assert abs(back.time_s - 6 * BAR) <= P and back.bar == 7 and back.beat == 1
    first = f.summary.split(". ")[0]
    assert "drums drop out" in first and "back" in first


def test_a_chord_every_two_bars_is_charted_bar_by_bar_and_said_so(lib):
    tid = make_track(lib.store, "b3" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": chords_every_two_bars()})
    f = get_findings(lib, tid, ["piano"], 0.0, 16.0, "What are the chords?")
    chart = f.harmony.chart
    assert [b.chords for b in chart.bars] == [["Am"], ["Am"], ["F"], ["F"], ["C"], ["C"], ["G"], ["G"]]
    assert chart.progression == ["Am", "F", "C", "G"] and chart.harmonic_rhythm == "a new chord every two bars"
    assert f.summary.startswith("The chords run A minor, F, C and G, a new chord every two bars.")
    assert "barely moving" not in f.summary


def test_a_singer_with_two_short_tags_does_not_carry_a_piano_passage(lib):
    piano = chords_every_two_bars()
    tags = [note(b * BAR + 2.5 * P + i * P / 2, 72 + i, P * 0.45) for b in (3, 7) for i in range(3)]
    tid = make_track(lib.store, "b4" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": piano, "vocals": tags}, levels_db={"vocals": -14.0, "piano": -20.0})
    f = get_findings(lib, tid, ["vocals", "piano"], 0.0, 16.0, "Voice or piano: what's carrying this?")
    assert f.summary.startswith("The piano carries this passage")
    assert [p.stem for p in f.presence if p.carries] == ["piano"]
    assert next(r for r in f.roles if r.stem == "vocals").role != "lead"
    vocals = next(p for p in f.presence if p.stem == "vocals")
    assert vocals.sounding_share < 0.3


def test_a_bass_recorded_hotter_does_not_carry_over_a_line_that_plays_as_long(lib):
    """Raw multitrack levels: the bass track 4 dB over the guitar's (not clearly louder). The guitar's line,
    sounding as long, is the foreground; the bass is the foundation under it."""
    g = groove(16)
    line = [67, 69, 71, 72, 74, 72, 71, 69]
    g["guitar"] = [note(i * P / 2, line[i % 8], P * 0.45) for i in range(int(16 / (P / 2)))]
    tid = make_track(lib.store, "b6" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                     levels_db={"bass": -12.0, "guitar": -16.0, "drums": -14.0})
    f = get_findings(lib, tid, ["guitar", "bass", "drums"], 0.0, 16.0, "Who is carrying this passage?")
    assert [p.stem for p in f.presence if p.carries] == ["guitar"]
    assert f.summary.startswith("The guitar carries this passage")


def test_an_arpeggio_going_up_and_down_all_window_is_not_said_to_rise_and_fall(lib):
    """Broken chords up and down for eight bars: the highest notes fall mid-window, but no arch is heard."""
    shape = [57, 60, 64, 69, 64, 60] * 2 + [53, 57, 60, 65, 60, 57] * 2
    arp = [note(i * P / 3, shape[i % len(shape)], P / 3 * 0.9) for i in range(int(16 / (P / 3)))]
    tid = make_track(lib.store, "b7" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"guitar": arp})
    f = get_findings(lib, tid, ["guitar"], 0.0, 16.0, "What is the guitar line doing?")
    text = " ".join(c.text for c in f.claims)
    assert "rises and falls" not in text and "rising and falling" not in text
    assert f.melody.contour == "unshaped"


def two_lines(kind: str) -> dict[str, list[dict]]:
    line = [60, 62, 64, 65, 67, 69, 71, 72] * 4
    g, p = [], []
    for i, pitch in enumerate(line):
        t = i * P / 2
        if kind == "hocket":
            (g if i % 2 == 0 else p).append(note(t, pitch, P * 0.45))
        elif kind in ("unison", "octave"):
            g.append(note(t, pitch, P * 0.45))
            p.append(note(t, pitch - (12 if kind == "octave" else 0), P * 0.45))
    return {"guitar": g, "piano": p}


@pytest.mark.parametrize("kind,words", [("hocket", "hocket"), ("unison", "in unison"), ("octave", "an octave apart")])
def test_relations_are_told_apart_with_their_interval(lib, kind, words):
    tid = make_track(lib.store, {"hocket": "b5", "unison": "b6", "octave": "b7"}[kind] * 8, duration_s=16, bpm=BPM,
                     beats_per_bar=4, meter="4/4", stems=two_lines(kind))
    f = get_findings(lib, tid, ["guitar", "piano"], 0.0, 8.0, "How do the guitar and piano relate?")
    it = f.texture.interaction
    assert it.kind == ("hocket" if kind == "hocket" else "doubling")
    assert words in f.summary.split(". ")[0]
    assert "independent" not in f.summary and "trade" not in f.summary and "behind" not in f.summary
    if kind != "hocket":
        assert it.interval == kind and it.together_ms == 0.0
    else:  # one line split between two parts: neither is the other's counterline
        assert {r.role for r in f.roles if r.stem in ("guitar", "piano")} == {"lead"}
    assert min(it.onsets) >= 6


def test_a_doubling_question_gets_a_yes_or_a_no_and_one_part_says_what_cannot_be_told(lib):
    """'Is the guitar doubling the piano?': where they double, the doubling (with its interval) leads; where
    they play one line between them (a hocket), the answer starts with a no. 'Is the vocal doubled?' about
    one part says what its track cannot show (a line is read as one voice) instead of leaving the question out.
    Round 10's z02 and z09 (dev for this rule) had no answer to the doubling in the summary."""
    for kind, tid in (("unison", "c5"), ("hocket", "c6")):
        t = make_track(lib.store, tid * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=two_lines(kind))
        f = get_findings(lib, t, ["guitar", "piano"], 0.0, 8.0, "Is the guitar doubling the piano here?")
        first = f.summary.split(". ")[0]
        if kind == "unison":
            assert "double each other in unison" in first, f.summary
        else:
            assert "do not double each other" in first, f.summary
        # asked in other words (the twentieth session's sweep on Shadows got one part's playing)
        same = get_findings(lib, t, ["guitar", "piano"], 0.0, 8.0, "is the piano playing the same notes as the guitar?")
        assert ("double each other" in same.summary.split(". ")[0]), same.summary
    t = make_track(lib.store, "c7" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                   stems={"vocals": two_lines("unison")["guitar"]})
    f = get_findings(lib, t, ["vocals"], 0.0, 8.0, "Is the vocal doubled on this bit?")
    assert f.summary.startswith("Whether the vocals are doubled cannot be told"), f.summary
    # with the kit selected beside her, no "the vocals and drums do not double each other" (a kit doubles no line:
    # the twentieth session's sweep on Punk)
    g = groove(16)
    g["vocals"] = two_lines("unison")["guitar"]
    t = make_track(lib.store, "c8" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, t, ["vocals", "drums"], 0.0, 8.0, "are the vocals doubled?")
    assert f.summary.startswith("Whether the vocals are doubled cannot be told") and \
        "drums do not double" not in f.summary, f.summary


def test_a_lock_verdict_rests_on_enough_notes_and_says_so_when_it_cannot(lib):
    g = groove(16)
    g["bass"] = g["bass"][::8][:3]  # three bass notes where the kick plays every other beat
    tid = make_track(lib.store, "b8" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "Is the bass on the kick?")
    assert f.groove.lock_quality is None and f.groove.cannot_tell
    # where they meet is counted and said, the verdict on how tightly is not; each of the few lands together with its
    # kick, so no flam is said (round 84's cg04, dev: "is the bass on the kick or flamming?" got only "too few")
    assert f.summary.startswith("All three notes of the bass land with the kick, together at each (those of its notes "
                                "that start from silence read within a few milliseconds of the kick: no flam in the "
                                "timing); too few to say how tightly they sit as a habit."), f.summary
    assert "loose" not in f.summary and "tight " not in f.summary
    late = groove(16, bass_delay_ms=25.0)  # a quarter of the way to a flam a producer hears: no 'together' said
    late["bass"] = late["bass"][::8][:3]
    tid = make_track(lib.store, "e2" * 6 + "e505", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=late)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "Is the bass on the kick?")
    # ... but each a touch after it, the same way each time (round 114's dk04, dev: a singer's four notes each a
    # touch behind the keys got only "too few")
    assert f.summary.startswith("All three notes of the bass land with the kick: the bass starts a touch after the "
                                "kick, typically by about twenty-five milliseconds; too few to call it a habit."), \
        f.summary
    g["bass"] = g["bass"][:2]  # two notes: too few even to count
    two = make_track(lib.store, "b9" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, two, ["drums", "bass"], 0.0, 16.0, "Is the bass on the kick?")
    assert f.summary.startswith("It is not possible to say how the drums and bass sit together here")


@pytest.mark.parametrize("held", [0.8, 1.0])
def test_a_feel_rests_only_on_notes_whose_start_can_be_placed(lib, held):
    """A bass 20 ms behind the kick: with room between its notes the pocket is named; struck while the note
    before still rings (each held to the next), the start cannot be placed so finely: no feel, no offset."""
    g = groove(16, bass_delay_ms=20.0)
    for n in g["bass"]:
        n["duration_s"] = P * held
    tid = make_track(lib.store, ("d1" if held < 1 else "d2") * 8, duration_s=16, bpm=BPM, beats_per_bar=4,
                     meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "Is the bass on the kick?")
    assert f.groove.lock_quality in ("tight", "solid")
    if held < 1:
        assert f.groove.timing_feel == "laid back" and f.groove.timing_offset_ms == pytest.approx(20, abs=1)
        assert "behind" in f.summary.split(". ")[0]
        # asked which side of the beat, the verdict first (the twentieth session's sweep: the lock alone)
        f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "is the groove laid back or pushing?")
        assert f.summary.startswith("Laid back: the drums and bass lock"), f.summary
        on = make_track(lib.store, "d3" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=groove(16))
        f = get_findings(lib, on, ["drums", "bass"], 0.0, 16.0, "is the groove laid back or pushing?")
        assert f.summary.startswith("Neither, right on it: the drums and bass lock"), f.summary
    else:
        assert f.groove.timing_feel is None and f.groove.timing_offset_ms is None and f.groove.offset_unresolved
        assert "behind" not in f.summary and "laid" not in f.summary
        assert "behind" not in next(r.relation for r in f.roles if r.stem == "bass")


def test_a_walking_bass_under_offbeat_stabs_is_charted_by_its_downbeats_and_as_played_chords(lib):
    """Bass walking root, third, fifth and an approach note on four (G B D B | C E G C# | D F# A B | ...);
    the guitar stabs the triad on the and of every beat, never on the beat. The chart is G C D C (not Bm7
    from the D bar's approach note B, its lowest note), and the chords are played, not implied by one line."""
    roots = [43, 36, 38, 36]  # G C D C (the approach into C from a semitone below: under the D bar's root)
    thirds = {43: 4, 36: 4, 38: 4}
    bass, guitar = [], []
    for bar, root in enumerate(roots * 2):
        nxt = (roots * 2 + [43])[bar + 1]
        walk = [root, root + thirds[root], root + 7, nxt - 1]
        for k, pitch in enumerate(walk):
            t = bar * BAR + k * P
            bass.append(note(t, pitch, P * 0.9))
            for iv in (0, thirds[root], 7):
                guitar.append(note(t + P / 2, root + 24 + iv, P * 0.3))
    tid = make_track(lib.store, "e1" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"bass": bass, "guitar": guitar})
    f = get_findings(lib, tid, ["bass", "guitar"], 0.0, 4 * BAR, "What's the progression?")
    assert f.harmony.chart.progression == ["G", "C", "D", "C"]
    assert not f.harmony.chart.implied and "implied" not in f.summary


@pytest.mark.parametrize("question", ["How does the bass sit against the kick in these bars?",
                                      "Where is the kick relative to the bass?", "Is the bass on the kick?"])
def test_a_question_about_the_bass_and_the_kick_asks_about_timing(question):
    from frames.routing import asks_of

    assert asks_of(question, ["bass", "drums"])[0] == "timing"


@pytest.mark.parametrize("question, asks", [
    ("I'm gating her vocal in the hook because the band bleeds all over it. when exactly is she singing in these "
     "bars, and how long do the silent stretches between her bits last?", "gaps"),
    ("when exactly is she singing here? want to cut around it", "gaps"),
    ("does the band bleed into her vocal here?", "spill"),
    ("since I'm gating it anyway, how much of the guitar leaks into the vocal track?", "spill")])
def test_a_bleed_given_as_the_reason_is_not_the_ask_and_silent_stretches_ask_the_holes(question, asks):
    from frames.routing import asks_of

    assert asks_of(question, ["vocals"])[0] == asks


def test_too_few_kicks_is_said_as_kicks_not_as_drums(lib):
    """A kit that plays all the time but kicks only a few times: the lock with the bass is judged on the kick,
    so the answer says too few kick hits (a drummer would object to "too few hits of the drums")."""
    g = groove(16)
    g["drums"] = [n for n in g["drums"] if n["pitch"] != 36 or n["time_s"] < 4 * P]  # two kicks, then none
    tid = make_track(lib.store, "f1" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "How does the bass sit against the kick?")
    assert f.groove.cannot_tell.startswith("only 2 kick hits")
    assert f.summary.split(". ")[0].endswith("too few kick hits fall in this window")


def test_the_coincidence_rate_is_one_to_one_and_never_above_one(lib):
    g = groove(16)
    # a bass note on every beat *and* a grace note 20 ms before each: two bass onsets near every kick
    g["bass"] = g["bass"] + [note(n["time_s"] - 0.02, n["pitch"] - 2, 0.01) for n in g["bass"]]
    tid = make_track(lib.store, "b9" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    h4 = next(h for h in analyze_window(lib, tid, ["drums", "bass"], 0.0, 16.0).heuristics if h.heuristic_id == "H004")
    assert h4.status == "ok" and [set(p.pair) for p in h4.evidence.pairs] == [{"drums", "bass"}], h4
    for pair in h4.evidence.pairs:
        assert 0.0 <= pair.coincidence_rate <= 1.0
        assert pair.matched <= min(pair.onsets)


def test_six_eight_read_at_the_eighth_is_named_six_eight_and_counted_in_two(lib):
    eighth = 60.0 / 180.0  # dotted quarter 60 BPM
    drums, bass = [], []
    for i in range(72):
        t = i * eighth
        drums.append(note(t, 42, 0.05, 60))
        if i % 6 == 0:
            drums.append(note(t, 36, 0.1, 110))
            bass.append(note(t, 45, eighth * 2.7))
        if i % 6 == 3:
            drums.append(note(t, 38, 0.1, 100))
            bass.append(note(t, 52, eighth * 2.7))
    # a tracker that reads the eighths as beats, three to a bar (the failure the issue reports)
    tid = make_track(lib.store, "c1" * 8, duration_s=24, bpm=180, beats_per_bar=3, meter="3/4",
                     stems={"drums": drums, "bass": bass})
    f = get_findings(lib, tid, ["drums", "bass"], 2.0, 14.0, "What meter is this in?")
    assert f.meter.label == "6/8" and f.meter.beats_per_bar == 2 and abs(f.meter.tempo_bpm - 60) < 1
    assert f.summary.startswith("This is a compound six-eight lilt, counted in two")
    assert f.drum_pattern.pattern["snare"] == "on four" and f.drum_pattern.pattern["kick"] == "on one"


def test_a_silent_part_is_said_silent_first(lib):
    g = groove(16)
    g["bass"] = [n for n in g["bass"] if n["time_s"] < 4.0]
    tid = make_track(lib.store, "c2" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["bass", "drums"], 6.0, 14.0, "What is the bass doing here?")
    assert f.summary.startswith("The bass is silent in this window.")
    assert "bass lock" not in f.summary and "the bass plays" not in f.summary.lower()


# -- the benchmark's judge catches what it must -------------------------------------------------------------
def test_the_judge_catches_a_planted_false_spill_claim_and_a_contradicted_relation():
    ask = Ask("How do the guitar and piano relate?", "interaction", ["guitar", "piano"], 0.0, 8.0,
              {"relation": "hocket"})
    typed = {"texture": {"interaction": {"kind": "hocket"}}}
    good = judge(ask, "The guitar and piano share one line between them, alternating single notes in a hocket.", typed)
    assert good["correct"] and not good["false_claims"]
    spill = judge(ask, "The guitar and piano share one line between them, alternating single notes in a hocket. "
                       "Much of what sounds in the piano is spill from other instruments.", typed)
    assert not spill["correct"] and spill["false_claims"] == ["spill said of a clean stem"]
    contradicted = judge(ask, "The guitar and piano trade phrases, one answering the other.", typed)
    assert not contradicted["correct"] and contradicted["false_claims"]


def test_the_judge_takes_a_key_under_either_name_and_still_catches_a_wrong_one():
    ask = Ask("What key is this?", "key", ["piano"], 0.0, 8.0, {"key": "Ab minor"})
    assert judge(ask, "This passage centres on G# minor.", {"harmony": {"key_in_window": "G# minor"}})["correct"]
    assert judge(ask, "This passage centres on Ab minor.", {"harmony": {"key_in_window": "Ab minor"}})["correct"]
    assert judge(ask, "This passage centres on G sharp minor.", {"harmony": {"key_in_window": "G# minor"}})["correct"]
    assert not judge(ask, "This passage centres on B major.", {"harmony": {"key_in_window": "B major"}})["correct"]
    assert not judge(ask, "This passage centres on G# major.", {"harmony": {"key_in_window": "G# major"}})["correct"]


def test_the_judge_catches_a_silent_part_narrated_as_playing_and_a_wrong_meter():
    silent = Ask("What is the bass doing here?", "part", ["bass", "piano"], 0.0, 8.0, {"part": ("bass", "silent")})
    r = judge(silent, "The bass is silent in this window. The bass plays under the piano.",
              {"presence": [{"stem": "bass", "sounding_share": 0.0}]})
    assert r["false_claims"] == ["silent bass narrated as playing"]
    meter = Ask("What meter is this in?", "meter", ["drums"], 0.0, 8.0, {"meter": "6/8"})
    assert not judge(meter, "This is three to the bar at a fast pace, with straight eighths.", {"meter": {"label": "3/4"}})[
        "correct"]
    assert judge(meter, "This is a compound six-eight lilt, counted in two.", {"meter": {"label": "6/8"}})["correct"]


def test_the_baseline_names_only_stems_key_and_frame_and_fails_a_meter_question():
    text = baseline_summary(["drums", "bass"], "D minor", "pulse")
    assert text == "The drums and bass play here, in D minor. This is a pulse moment."
    ask = Ask("What meter is this in?", "meter", ["drums", "bass"], 0.0, 8.0, {"meter": "6/8"})
    assert not judge(ask, text, None)["correct"]


def test_the_answerability_benchmark_quick_subset_answers_and_says_nothing_false():
    """eval.answers --quick on the development split: rendered songs through the whole ingest, one get_findings
    call per question, judged from the score."""
    from eval.answers import run

    res = run("dev", quick=True)
    assert res["total"]["n"] >= 20
    assert res["total"]["false_claims"] == 0, [r for r in res["rows"] if r["false_claims"]]
    assert res["total"]["correct"] >= 0.8, [(r["question"], r["summary"], r["why"]) for r in res["rows"]
                                            if not r["correct"]]
    assert res["total"]["correct"] > res["total"]["baseline"] + 0.5


def test_a_chart_is_spelled_in_the_key_the_passage_is_said_to_be_in():
    from frames.findings import spelled_in
    from heuristics.models import BarChord, ChordGrid
    chart = ChordGrid(bars=[BarChord(bar=1, chords=["G#m"]), BarChord(bar=2, chords=["A#m7", "C#/F"])],
                      progression=["G#m", "A#m7", "C#/F"], bars_each=[1, 0.5, 0.5], harmonic_rhythm="a new chord every bar",
                      implied=False)
    flat = spelled_in(chart, "Eb minor")
    assert flat.progression == ["Abm", "Bbm7", "Db/F"] and flat.bars[1].chords == ["Bbm7", "Db/F"]
    assert spelled_in(chart, "E major").progression == ["G#m", "A#m7", "C#/F"]


def test_two_bars_too_few_for_a_lock_verdict_still_say_where_the_bass_meets_the_kick(lib):
    """Two bars of a kick on one and three: four hits, under the lock verdict's minimum. Whether the bass is
    with the kick can still be counted: a riff landing with every kick and playing between them is said to
    land with all four; a bass that avoids the kick, with none. Never a bare 'cannot tell'."""
    g = groove(16)
    riff = [0.0, P / 2, 1.5 * P, 2 * P, 3 * P]  # one, the and of one, the and of two, three, four
    g["bass"] = [note(b * BAR + t, 45, P * 0.4) for b in range(4) for t in riff]
    tid = make_track(lib.store, "d7" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 4.0, 8.0, "Is the bass locked with the kick?")
    assert f.groove.cannot_tell and f.groove.onsets[0] == 4
    assert f.summary.startswith("The bass lands with all four kick hits here"), f.summary
    g["bass"] = [note(b * BAR + t, 45, P * 0.4) for b in range(4) for t in (P / 2, 1.5 * P, 2.5 * P, 3.5 * P)]
    off = make_track(lib.store, "d8" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, off, ["drums", "bass"], 4.0, 8.0, "Is the bass locked with the kick?")
    assert f.summary.startswith("The bass lands with none of the kick hits here"), f.summary


def test_fills_bar_after_bar_are_said_once_as_what_the_drummer_plays():
    """Round 7's tag: a tom fill in each of three bars was told as three events ('right at the start the drums
    play a fill; early on the drums play a fill; then around the middle ...'). A drummer plays fills bar after
    bar: one clause. Two fills stay two events."""
    from frames.answers import events_sentence
    from heuristics.models import Event

    fills = [Event(time_s=76.0 + 1.58 * i, bar=48 + i, beat=1, kind="fill", stems=["drums"],
                   detail="a drum fill on the toms") for i in range(3)]
    said = events_sentence(fills, 75.8, 6.3)
    assert said == "Right at the start the drums play a fill on the toms in every bar.", said
    apart = [fills[0], fills[2].model_copy(update={"bar": 51})] + [fills[1].model_copy(update={"bar": 53, "time_s": 80.0})]
    assert "again and again" in events_sentence(sorted(apart, key=lambda e: e.time_s), 75.8, 6.3)
    two = events_sentence(fills[:2], 75.8, 6.3)
    assert two.count("a fill") == 2 and "every bar" not in two


def test_how_many_bars_is_answered_with_whole_bars_or_where_to_trim(lib):
    """'How many bars is this? Want to loop it.' (round 13's n04, dev for this rule, went unanswered): a window
    of whole bars says how many and that it loops on the bar lines; one that starts mid-bar says to trim it."""
    tid = make_track(lib.store, "e4" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=groove(16))
    f = get_findings(lib, tid, ["drums", "bass"], 2.0, 2.0 + 3 * BAR, "How many bars is this? Want to loop it.")
    assert f.routing.asks == "length"
    assert f.summary.startswith("This window spans three whole bars of four beats, so it loops on the bar lines."), \
        f.summary
    f = get_findings(lib, tid, ["drums", "bass"], 2.0 + P, 2.0 + 3 * BAR, "How many bars is this loop?")
    assert f.summary.startswith("This window spans about three bars of four beats and starts or ends inside a bar"), \
        f.summary
    # "can I cut this down to two bars?" asks the same count (the twentieth session's sweep: the singer's timing)
    f = get_findings(lib, tid, ["drums", "bass"], 2.0, 2.0 + 3 * BAR, "can I cut this down to two bars?")
    assert f.routing.asks == "length" and f.summary.startswith("This window spans three whole bars"), f.summary


def test_a_drum_break_is_no_fill_said_as_none(lib):
    """The bass and guitar stop for the last two bars while the kit plays on, with no tom or snare run (a
    degraded copy's break, round 13's n08): 'is there a fill?' is answered with the break, never 'no fill';
    where everyone plays through, 'no fill' is said."""
    g = groove(16)
    g["guitar"] = [note(t, 64, 0.4 * P) for t in np.arange(0.0, 16.0, P)]
    cut = dict(g, bass=[n for n in g["bass"] if n["time_s"] < 8.0], guitar=[n for n in g["guitar"] if n["time_s"] < 8.0])
    tid = make_track(lib.store, "e1" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=cut)
    f = get_findings(lib, tid, ["drums", "bass", "guitar"], 2.0, 14.0, "Does the drummer throw a fill in here?")
    assert any(e.kind == "break" for e in f.events), [e.kind for e in f.events]
    assert "no fill" not in f.summary and "the drums carry on alone in a break" in f.summary, f.summary
    whole = make_track(lib.store, "e2" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, whole, ["drums", "bass", "guitar"], 2.0, 14.0, "Does the drummer throw a fill in here?")
    assert not any(e.kind == "break" for e in f.events) and f.summary.startswith("The drums play no fill"), f.summary


def test_what_happens_says_which_selected_parts_are_out(lib):
    """Round 7's tag: drums and bass play, the guitar and the voice are selected and silent. 'What's going on?'
    says who is out; the implied-chords caution (a bass line alone spells the harmony) does not push it out."""
    g = groove(16)
    g["bass"] = [note(b * BAR + k * P / 2, root + (12 if k == 7 else 0), 0.12)  # pumping eighths, F Db Ab Eb
                 for b, root in enumerate([41, 37, 44, 39] * 2) for k in range(8)]
    g["guitar"] = [note(t, 64, 0.3) for t in np.arange(0.0, 6.0, P)]
    g["vocals"] = [note(t, 72, 0.8) for t in np.arange(0.0, 6.0, 2 * P)]
    tid = make_track(lib.store, "d9" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass", "guitar", "vocals"], 8.0, 16.0, "What's going on in the tag?")
    assert "The guitar and vocals are silent here." in f.summary, f.summary


def test_a_pumped_root_line_keeps_the_tracks_bar_lines(lib):
    """Round 7's tag: a bass pumping F, D flat, A flat, E flat in eighths, a root a bar, alone in the selection.
    Its chart read 'C#/F, C#, G#': a bar moved a beat late holds two roots, which fit a triad better than one.
    A single line does not move bar lines; a bar of one pitch class is charted as its root (F5) and said as
    the root."""
    g = groove(16)
    g["bass"] = [note(b * BAR + k * P / 2, root + (12 if k == 7 else 0), P * 0.3)
                 for b, root in enumerate([41, 37, 44, 39] * 2) for k in range(8)]  # the root, its octave last
    g["drums"] = [n for n in g["drums"] if n["pitch"] != 38]  # a break: kick only, no backbeat to place the bar
    tid = make_track(lib.store, "e9" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 4 * BAR, "What are the chords?")
    chart = f.harmony.chart
    # a bar of one pitch class spells no chord: it is charted as its root alone, and said as the root
    assert chart.implied and chart.bar_lines_moved_beats is None
    assert chart.progression == ["F5", "Db5", "Ab5", "Eb5"], chart.progression
    assert f.summary.startswith("The bass line outlines F, D flat, A flat and E flat, a new chord every bar"), f.summary
    assert "/" not in f.summary and "C#" not in f.summary


def test_a_tom_break_names_the_toms_before_stray_hats():
    """Round 7's tag: toms on the and of one, two and three in every bar, and two stray hats. The pattern
    sentence named kick, snare and 'the hi-hat scattered hits', never the toms (a fixed class order)."""
    from frames.answers import pattern_sentence
    from heuristics.models import DrumPattern

    p = DrumPattern(bars=4, count_in="beats", positions={}, hits={"kick": 5, "snare": 8, "hihat": 2, "tom": 10},
                    pattern={"kick": "on one", "snare": "on the and of three and four", "hihat": "in scattered places, none fixed in the bar",
                             "tom": "on the and of one, two and three"})
    said = pattern_sentence(p)
    assert "the toms on the and of one, two and three" in said and "hi-hat" not in said, said
    groove_kit = DrumPattern(bars=4, count_in="beats", positions={}, hits={"kick": 8, "snare": 8, "hihat": 32, "tom": 2},
                             pattern={"kick": "on one and three", "snare": "on two and four", "hihat": "on every eighth",
                                      "tom": "on four"})
    assert pattern_sentence(groove_kit) == ("The kick plays on one and three, the snare on two and four and the hi-hat "
                                            "on every eighth.")
    loose = DrumPattern(bars=4, count_in="beats", positions={}, hits={"kick": 8, "snare": 6, "hihat": 5},
                        pattern={"kick": "on one and three", "snare": "on four",
                                 "hihat": "in scattered places, none fixed in the bar"})
    assert pattern_sentence(loose) == ("The kick plays on one and three, the snare on four and the hi-hat in scattered "
                                       "places, none fixed in the bar."), pattern_sentence(loose)
    assert pattern_sentence(loose, "hihat").startswith("The hi-hat plays in scattered places, none fixed in the bar,")


def test_every_drum_class_the_question_names_is_said_first_in_its_order():
    """The thirty-third session's sweep on the Beatles kit (dev): "is that a tom or the snare?" led with the snare by a
    fixed class order and cut the pattern to three classes, kick and hi-hat before the tom, so the tom was never said.
    Every class the question names comes first, in the order it names them, and none is cut."""
    from frames.answers import pattern_sentence
    from frames.findings import _asked_drum_classes
    from heuristics.models import DrumPattern

    p = DrumPattern(bars=4, count_in="beats", positions={}, hits={"kick": 8, "snare": 8, "hihat": 32, "tom": 3},
                    pattern={"kick": "on one and three", "snare": "on two and four", "hihat": "on every eighth",
                             "tom": "on the and of four"})
    asked = _asked_drum_classes("Is that a tom or the snare at the end of the bar?", "cymbal")
    assert asked == ["tom", "snare"], asked
    said = pattern_sentence(p, asked)
    assert said.startswith("The toms play on the and of four, the snare on two and four"), said
    four = pattern_sentence(p, ["hihat", "tom", "kick", "snare"])
    assert all(w in four for w in ("hi-hat", "toms", "kick", "snare")), four
    # round 87's cj01 (the Beatles, dev): with the snare and toms asked, the kick came third and the hat class on two
    # and four was cut; the reader took the typed pattern's "hihat" for a hi-hat. A class struck in its own place once
    # a bar or more is said too; a class struck less often is still left out
    assert "hi-hat on every eighth" in said, said
    rare = DrumPattern(bars=4, count_in="beats", positions={}, hits={"kick": 8, "snare": 8, "hihat": 2, "tom": 3},
                       pattern={"kick": "on one and three", "snare": "on two and four", "hihat": "on four",
                                "tom": "on the and of four"})
    assert "hi-hat" not in pattern_sentence(rare, asked), pattern_sentence(rare, asked)
    assert _asked_drum_classes("what are the kick and the hats doing?", "cymbal") == ["kick", "hihat"]
    assert _asked_drum_classes("what's the ride doing under the crash?", "hihat") == ["hihat", "cymbal"]
    assert _asked_drum_classes("how does the bass sit?", "cymbal") == []


def test_a_class_struck_in_each_whole_bar_is_said_and_a_named_hand_percussion_leads():
    """The thirty-fourth session's review on the Beatles kit (dev). 17.45-21.84 s holds two whole bars and the next
    bar's first kick: the floor tom on the and of four of both whole bars was cut as struck less than once a bar (two
    hits in three bars counted). And "is that a tambourine or the snare?" led with the snare and said the tambourine's
    class last: the hand percussion named is read in the class the drum reading hears it in, in the order asked."""
    from frames.answers import pattern_sentence
    from frames.findings import _asked_drum_classes
    from heuristics.models import DrumPattern

    p = DrumPattern(bars=3, count_in="beats", positions={}, hits={"kick": 6, "snare": 6, "hihat": 4, "tom": 2},
                    pattern={"kick": "on one, the and of two and three", "snare": "on two and the and of three",
                             "hihat": "on two and four", "tom": "on the and of four"}, whole_bars=[9, 10])
    assert "the toms on the and of four" in pattern_sentence(p), pattern_sentence(p)
    touched = p.model_copy(update={"whole_bars": []})  # no whole bar known: the bars the window touches count
    assert "toms" not in pattern_sentence(touched), pattern_sentence(touched)
    asked = _asked_drum_classes("is that a tambourine or the snare on two and four?", "cymbal", "tambourine")
    assert asked == ["hihat", "snare"], asked
    said = pattern_sentence(p, asked, "tambourine")
    assert said.startswith("The tambourine or hi-hat (the drum reading does not tell them apart) plays on two and "
                           "four, the snare on two"), said
    assert _asked_drum_classes("is the snare a side-stick here?", "cymbal", "side-stick") == ["snare"]
    assert _asked_drum_classes("kick and shakers?", "cymbal", "shaker") == ["kick", "hihat"]


def test_a_window_key_is_named_as_its_signature_is_written():
    """D flat major (five flats), not C sharp major (seven sharps); G sharp minor, not A flat minor: the key a
    window's notes centre on is named as a musician writes its signature, and its chart is spelled in it."""
    from heuristics.common import window_key
    from frames.findings import spelled_in
    from heuristics.models import BarChord, ChordGrid

    scale = lambda tonic, steps: [(tonic + s) % 12 for s in steps]  # noqa: E731
    hist = np.zeros(12)
    for pc, w in zip(scale(1, (0, 2, 4, 5, 7, 9, 11)), (5, 2, 3, 2, 4, 2, 1)):  # D flat major, its tonic and fifth weighted
        hist[pc] = w
    assert window_key(hist)[0] == "Db major"
    hist = np.zeros(12)
    for pc, w in zip(scale(8, (0, 2, 3, 5, 7, 8, 11)), (5, 2, 3, 2, 4, 2, 2)):  # G sharp (harmonic) minor
        hist[pc] = w
    assert window_key(hist)[0] == "G# minor"
    chart = ChordGrid(bars=[BarChord(bar=1, chords=["C#/F"]), BarChord(bar=2, chords=["G#"])],
                      progression=["C#/F", "G#"], bars_each=[1, 1], harmonic_rhythm="a new chord every bar", implied=True)
    assert spelled_in(chart, window_key(np.roll([5, 0, 2, 0, 3, 2, 0, 4, 0, 2, 0, 1], 1))[0]).progression == ["Db/F", "Ab"]


def test_off_beat_stabs_are_said_as_a_player_would_say_them(lib):
    """A skank: short guitar chords on every 'and' over a rock groove. The part answer says short chords on
    the off-beats; no melodic shape is given to chords; the guitar is not said to move independently of the
    kit it is placed against."""
    g = groove(16)
    g["guitar"] = [note(b * P + P / 2, p, P * 0.2) for b in range(int(16 / P)) for p in (64, 67, 71)]
    tid = make_track(lib.store, "c7" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["guitar", "drums"], 2.0, 14.0, "What's the guitar doing?")
    guitar = next(p for p in f.presence if p.stem == "guitar")
    assert guitar.playing == "short chords on the off-beats" and guitar.offbeat_onset_share == 1.0
    assert f.summary.startswith("The guitar plays short chords on the off-beats throughout")
    assert "move independently" not in f.summary and "line" not in f.summary


def test_a_part_that_comes_in_and_plays_stabs_to_the_end_is_not_a_short_entry(lib):
    """Short off-beat stabs from the window's middle to its end fill under half its time: the guitar comes in
    and plays on, it does not visit briefly (nor is it a fill that comes and goes); a part that plays from the
    start and stops is said so, and a real short visit is still one."""
    g = groove(16)
    g["guitar"] = [note(b * P + P / 2, p, P * 0.2) for b in range(int(9 / P), int(16 / P)) for p in (64, 67, 71)]
    g["piano"] = [note(b * P, p, P * 0.9) for b in range(int(5 / P)) for p in (60, 64, 67)]
    g["vocals"] = [note(7.0, 72, 0.4), note(7.5, 74, 0.4)]
    tid = make_track(lib.store, "c9" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["guitar", "bass", "drums"], 0.0, 16.0, "What's the guitar doing when it comes in?")
    guitar = next(p for p in f.presence if p.stem == "guitar")
    assert guitar.sounding_share < 0.5 and "entry" not in guitar.reading
    assert f.summary.startswith("The guitar comes in halfway through and plays on to the end of the window, "
                                "playing short chords on the off-beats.")
    assert next(r for r in f.roles if r.stem == "guitar").role != "fill"
    f = get_findings(lib, tid, ["piano", "vocals", "bass", "drums"], 0.0, 16.0, "What's the piano doing?")
    piano = next(p for p in f.presence if p.stem == "piano")
    assert piano.reading.startswith("plays from the start and stops a third of the way in")
    assert next(p for p in f.presence if p.stem == "vocals").reading.startswith("one short entry")


def test_eighths_that_leave_out_two_and_four_are_not_steady_eighths_and_a_missed_stroke_is(lib):
    """A riff of root, octave and fifth on one, the and of one, the and of two, three, the and of three and the
    and of four is in eighth notes but not on every one (it read "steady eighth notes" beside its own bar rhythm,
    round 42's aq10); an eighth line with one stroke gone is still steady."""
    E = P / 2
    riff = [note(bar * 4 * P + k * E, pitch, E * 0.95) for bar in range(8)
            for k, pitch in zip((0, 1, 3, 4, 5, 7), (40, 52, 47, 40, 52, 47))]
    steady = [note(8.0 + k * E, (40, 47)[k % 2], E * 0.9) for k in range(32) if k != 9]
    g = groove(16)
    g["bass"] = riff
    tid = make_track(lib.store, "ca" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["bass", "drums"], 0.0, 16.0, "what rhythm is the bass playing here?")
    bass = next(p for p in f.presence if p.stem == "bass")
    assert bass.playing.startswith("a line in eighth notes, not on every eighth") and "steady" not in f.summary, f.summary
    g["bass"] = [note(k * E, (40, 47)[k % 2], E * 0.9) for k in range(32)] + steady
    tid = make_track(lib.store, "cb" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["bass", "drums"], 0.0, 16.0, "what rhythm is the bass playing here?")
    assert next(p for p in f.presence if p.stem == "bass").playing.startswith("a line of steady eighth notes")


def test_a_pianos_left_hand_is_read_apart_from_its_right_by_register(lib):
    """Round 29's ad01: "where does his left hand go?" got "a brief gesture in the piano". A left hand of C and G
    on one and three under right-hand chords on two and four: the left hand's notes in order, each placed; a quiet
    undertone of the chord's C an octave down a moment after it is not a left-hand note; a drummer's hands are not
    a pianist's."""
    left = [note(b * BAR + k * 2 * P, (36, 43)[k], P * 1.8, 90) for b in range(2) for k in range(2)]
    right = [note(b * BAR + (1 + 2 * k) * P, x, P * 0.9, 80) for b in range(2) for k in range(2) for x in (60, 64, 67)]
    ghost = [note(b * BAR + P + 0.15, 48, P * 0.5, 40) for b in range(2)]
    g = groove(4)
    g["piano"] = left + right + ghost
    tid = make_track(lib.store, "cc" * 8, duration_s=4, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["piano"], 0.0, 4.0, "where does his left hand go in here?")
    assert f.summary.startswith("Read by register (the notes below middle C as the left hand), the piano's left hand "
                                "plays C on the first beat of the first bar here, then G on the third beat of the first "
                                "bar here, then C on the first beat of the second bar here, then G on the third beat of "
                                "the second bar here."), f.summary
    f = get_findings(lib, tid, ["piano"], 0.0, 4.0, "and the right hand?")
    assert "the piano's right hand plays C, E and G together on the second beat of the first bar here" in f.summary
    f = get_findings(lib, tid, ["piano", "drums"], 0.0, 4.0, "what is the drummer's right hand playing?")
    assert "Read by register" not in f.summary
    # both hands asked, one by name ("the left hand against the right"), over the piano alone: both, not "no
    # interplay between parts" (the twenty-fourth session's sweep on the madmom piano clip, dev)
    f = get_findings(lib, tid, ["piano"], 0.0, 4.0, "what's the left hand doing against the right?")
    assert f.summary.startswith("Read by register") and "; the right hand plays C, E and G together" in f.summary, \
        f.summary
    # chords above middle C with one stray low note (a bleed of the bass) at the end: no second hand
    g["piano"] = [note(b * P, x, P * 0.4, 90) for b in range(7) for x in (64, 68, 71)] + [note(3.8, 45, 0.1, 50)]
    tid = make_track(lib.store, "ce" * 8, duration_s=4, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["piano"], 0.0, 4.0, "what's the piano's left hand doing?")
    assert f.summary.startswith("The piano's notes all lie in the right hand's register here, from E up to B: the left "
                                "hand plays nothing."), f.summary
    # close triads around middle C (E, A and C sharp): no register parts the hands, and no split cuts a chord in two
    g["piano"] = [note(b * BAR, x, BAR * 0.95, 90) for b in range(2) for x in ((52, 57, 61), (52, 56, 59))[b]]
    tid = make_track(lib.store, "cd" * 8, duration_s=4, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["piano"], 0.0, 4.0, "what's the piano's left hand doing here?")
    assert f.summary.startswith("The piano's notes sit in one register here") and "left hand plays" not in f.summary


def test_a_solo_lines_highest_note_is_found_with_no_part_named_and_a_pitch_drift_is_not_the_tempo(lib):
    """The twentieth session's sweep on vocadito (dev): "what's the highest note and where?" over a solo voice got her
    contour (no part named, so no part's extremes), and "is she on pitch or drifting?" got the tempo first."""
    import re as _re

    from frames.routing import TEMPO_WORDS
    line = [60, 62, 64, 72, 67, 65, 64, 62, 60, 59, 57, 55] * 2
    tid = make_track(lib.store, "d0" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": [note(0.5 + i * P, x, P * 0.9) for i, x in enumerate(line)]})
    f = get_findings(lib, tid, ["vocals"], 0.0, 6.5, "what's the highest note and where?")
    assert "from G up to the C an eleventh above (the top note a third of the way in, the lowest at the end)" \
        in f.summary, f.summary
    assert "walking" not in f.summary  # (a tune with a note on every beat is no walking bass)
    # how long its phrases are (the twenty-fourth session's sweep on vocadito got their shapes, dev): two of four
    # beats, then one of eight, a bar's rest between
    phrases = [0, 1, 2, 3, 8, 9, 10, 11] + list(range(16, 24))
    tid = make_track(lib.store, "e2" * 7 + "ec", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": [note(k * P, 64 + k % 5, P * 0.95) for k in phrases]})
    f = get_findings(lib, tid, ["vocals"], 0.0, 12.0, "how long are her phrases?")
    assert f.summary.startswith("The vocals' three phrases here last about four, four and eight beats, in turn."), \
        f.summary
    # a keyboard's line alone, no part named: its extremes too (the madmom piano clip got its phrase shape: the
    # twenty-fourth session's sweep, dev)
    tid = make_track(lib.store, "e2" * 7 + "e6", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": [note(0.5 + i * P, x, P * 0.9) for i, x in enumerate(line)]})
    f = get_findings(lib, tid, ["piano"], 0.0, 6.5, "what's the highest note?")
    assert "up to the C an eleventh above" in f.summary.split(". ")[0], f.summary
    assert not _re.search(TEMPO_WORDS, "is she on pitch or drifting?")
    assert _re.search(TEMPO_WORDS, "is the drummer drifting?")


def test_syllables_a_line_are_the_sung_notes_each_line_holds(lib):
    """Round 44's as06 (dev): "how many syllables do I need per line?" got nine or ten transcribed notes a line and
    none of the lines' sung notes. Three lines of six notes with a beat's rest between them: six syllables a line at
    one a note, and no claim about slurs."""
    line = []
    for k in range(3):  # six eighths then a beat and a half's rest: a line every two bars
        line += [note(0.5 + k * 2 * BAR + i * P / 2, (64, 65, 67, 65, 64, 62)[i], P / 2 * 0.9) for i in range(6)]
    g = groove(16)
    g["vocals"] = line
    tid = make_track(lib.store, "d1" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "drums"], 0.0, 12.0, "writing new words -- how many syllables do I need "
                     "per line?")
    assert f.summary.startswith("The vocals sing three lines here, of six, six and six sung notes: at a syllable a "
                                "note, that is six syllables a line; whether a syllable is carried over two notes is "
                                "not read from the notes."), f.summary
    # "how many notes are in each phrase?": the same count, no syllables (the twenty-first session's sweep, dev)
    f = get_findings(lib, tid, ["vocals", "drums"], 0.0, 12.0, "how many notes are in each phrase?")
    assert f.summary.startswith("The vocals sing three lines here, of six, six and six sung notes."), f.summary
    # a breath inside each line (a beat's rest where the lines are parted by five): two lines of twelve, as the
    # lines' starts and ends read them, not four of six (the twenty-first session's review)
    line = [note(0.5 + k * 3 * BAR + h * BAR + i * P / 2, (64, 65, 67, 65, 64, 62)[i], P / 2 * 0.9)
            for k in range(2) for h in range(2) for i in range(6)]
    g["vocals"] = line
    tid = make_track(lib.store, "d6" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "drums"], 0.0, 12.0, "how many syllables a line?")
    assert f.summary.startswith("The vocals sing two lines here, of twelve and twelve sung notes"), f.summary


def test_a_lock_question_about_two_pitched_parts_is_answered_with_their_lock(lib):
    """'Do the vocals and piano lock together here?' over a singer and her piano striking together got her timing
    against the beat first and no lock at all (one relation per pitched pair: the interaction spoke), the dev split's
    named-first misses (twentieth session). Asked, the pair's lock leads."""
    times = [i * P for i in range(int(12 / P))]
    g = {"vocals": [note(t, (67, 69, 71, 72)[k % 4], P * 0.5) for k, t in enumerate(times)],
         "piano": [note(t, x, P * 0.5) for t in times for x in (48, 52, 55)]}
    tid = make_track(lib.store, "d2" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "piano"], 0.0, 12.0, "Do the vocals and piano lock together here?")
    first = next(c for c in f.claims if c.axis != "caution")
    assert set(first.stems) == {"vocals", "piano"} and " lock " in first.text, f.summary


def test_the_first_notes_asked_are_the_lines_first_bar_and_with_an_entry_the_notes_it_comes_in_with(lib):
    """The twentieth session's sweep on Punk (dev): "when does the singer come in and what does he sing first?" got the
    entry alone. Asked the first notes, the line's first bar with notes; asked with its entry, the bar it comes in."""
    g = groove(16)
    g["vocals"] = [note(2 * BAR + i * P, (67, 69, 71, 72)[i], P * 0.9) for i in range(4)] + \
        [note(3 * BAR + i * P, (74, 72, 71, 69)[i], P * 0.9) for i in range(4)]
    tid = make_track(lib.store, "d4" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "drums", "bass"], 0.0, 4 * BAR,
                     "when does the singer come in and what does she sing first?")
    assert "The vocals' first notes, in the third bar here: G, A, B and C (four notes in that bar)." in f.summary, \
        f.summary
    # a word in the first bar, then a rest: asked with her entry, the notes she comes back in with
    g["vocals"] = [note(0.0, 64, P * 0.9), note(P, 62, P * 0.9)] + g["vocals"]
    tid = make_track(lib.store, "d5" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "drums", "bass"], 0.0, 4 * BAR,
                     "when does the singer come back in and what does she sing first?")
    assert "The vocals' first notes, in the third bar here: G, A, B and C" in f.summary, f.summary
    f = get_findings(lib, tid, ["vocals"], 2 * BAR, 4 * BAR, "what are the first notes she sings here?")
    assert f.summary.startswith("The vocals' first notes, in the first bar here: G, A, B and C"), f.summary
    # a first note asked with a word between ("what's the first sung note and where?" got the line's shape: the
    # thirty-seventh session's sweep on Beatles, dev)
    for asked in ("what's the first sung note and where?", "what's her opening note?"):
        f = get_findings(lib, tid, ["vocals"], 2 * BAR, 4 * BAR, asked)
        assert f.summary.startswith("The vocals' first notes, in the first bar here: G, A, B and C"), (asked, f.summary)


def test_a_sung_line_is_sung():
    from frames.findings import _part_sentence
    from heuristics.models import Presence

    class A:
        presence = [Presence(stem="vocals", sounding_share=0.9, reading="plays throughout", register_range="high (E4–E5)",
                             playing="a line of held notes")]
        events: list = []
    assert _part_sentence(A(), ["vocals"]) == "The vocals sing a line of held notes throughout, in a high register."


def test_a_named_part_that_barely_plays_is_said_first_and_parts_are_ranked_by_how_busy(lib):
    g = groove(16)
    g["vocals"] = [note(13.0, 72, 0.4), note(13.5, 74, 0.4)]
    tid = make_track(lib.store, "c8" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 16.0, "How does the vocal sit rhythmically?")
    assert f.summary.startswith("The vocals only come in for one short entry here.")
    busy = get_findings(lib, tid, ["bass", "drums"], 0.0, 16.0, "Which is busier, the bass or the drums?")
    assert busy.routing.asks == "density" and busy.summary.startswith("The drums are busier than the bass here.")
    tense = get_findings(lib, tid, ["bass", "drums"], 0.0, 16.0, "Where is the tension?")
    assert tense.routing.asks == "tension"


def test_a_loose_lock_is_not_said_to_land_right_together_and_beats_a_bar_is_a_meter_question():
    from frames.findings import _groove_sentence
    from frames.models import Groove
    from frames.routing import asks_of
    g = Groove(lock_quality="loose", locked_pair=["drums", "bass"], timing_feel="on the grid", timing_offset_ms=0.1)
    text = _groove_sentence(g)
    assert "loosely" in text and "right together" not in text
    assert asks_of("How many beats are in each bar here?", [])[0] == "meter"
    # the click's tempo (the twenty-first session's sweep on Rock got the roles, dev); playing to it is timing
    assert asks_of("what should I set the click to?", [])[0] == "meter"
    assert asks_of("is he on the click?", [])[0] == "timing"


def test_a_walking_bass_is_called_walking_and_a_root_on_every_beat_is_not(lib):
    g = groove(16)
    walk = [45, 47, 49, 50, 52, 50, 49, 47, 45, 44, 42, 44, 45, 47, 48, 49]
    g["bass"] = [note(i * P, walk[i % len(walk)], P * 0.8) for i in range(int(16 / P))]
    tid = make_track(lib.store, "c9" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["bass", "drums"], 0.0, 16.0, "What's the bass doing?")
    assert next(p for p in f.presence if p.stem == "bass").playing.startswith("a walking line")
    assert "walking" in f.summary.split(". ")[0]
    roots = make_track(lib.store, "d3" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=groove(16))
    r = get_findings(lib, roots, ["bass", "drums"], 0.0, 16.0, "What's the bass doing?")
    assert "walking" not in (next(p for p in r.presence if p.stem == "bass").playing or "")
    # asked yes or no, answered yes or no first (the twentieth session's sweep: "is the bass walking here?" got how it
    # moves alone)
    f = get_findings(lib, tid, ["bass", "drums"], 0.0, 16.0, "is the bass walking here?")
    assert f.summary.startswith("Yes: the bass walks, moving mostly by step"), f.summary
    r = get_findings(lib, roots, ["bass", "drums"], 0.0, 16.0, "is the bass walking here?")
    assert r.summary.startswith("No: the bass does not walk here"), r.summary
    # root and fifth on every beat (G, D, C, G, ...): a new note on every beat, but a two-beat line, not a walk
    g["bass"] = [note(i * P, (43, 38, 48, 43)[(i // 2) % 2 * 2 + i % 2], P * 0.8) for i in range(int(16 / P))]
    tid = make_track(lib.store, "cf" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["bass", "drums"], 0.0, 16.0, "is the bass walking here?")
    assert f.summary.startswith("No: the bass does not walk here; it moves mostly a fifth at a time"), f.summary


def test_strummed_chords_are_chords_and_a_line_with_grace_notes_is_a_line(lib):
    """A strum spreads its strings over tens of ms (here four onsets 22 ms apart, none within 20 ms of the one
    before); it is one stroke of a chord. A line whose notes each get a grace note 40 ms before them is
    still a line: the grace note stops as its note starts. The question names the singer, who is not
    selected: the answer about the guitar comes first, the scope after."""
    g = groove(16)
    g["guitar"] = [note(b * P + 22e-3 * k, p, P * 1.6) for b in range(0, int(16 / P), 2)
                   for k, p in enumerate((40, 47, 52, 55))]
    tid = make_track(lib.store, "e1" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["guitar", "drums"], 2.0, 14.0, "What's the guitar doing under the singer here?")
    guitar = next(p for p in f.presence if p.stem == "guitar")
    assert "chords" in guitar.playing and guitar.chord_onset_share == 1.0
    assert f.summary.startswith("The guitar plays") and "chords" in f.summary.split(". ")[0]
    # the track has no vocals: said so (until the thirteenth session "the vocals are not in this selection"); a part
    # it has but the selection leaves out is said as left out
    assert "This track has no vocals stem, so this answer is about the guitar and drums." in f.summary, f.summary
    f = get_findings(lib, tid, ["guitar", "drums"], 2.0, 14.0, "What's the guitar doing under the bass here?")
    assert "The bass is not in this selection" in f.summary, f.summary
    f = get_findings(lib, tid, ["guitar"], 2.0, 14.0, "want to double the guitar with a synth pad -- what's it doing?")
    assert "other" not in f.summary, f.summary
    # a part the producer means to write is not one the answer leaves out (round 32's ag01, dev)
    f = get_findings(lib, tid, ["guitar", "drums"], 2.0, 14.0, "what's the guitar doing here? writing the vocal "
                     "melody and don't want to clash with him")
    assert "vocals" not in f.summary, f.summary
    sung = make_track(lib.store, "f3b9" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                      stems={"vocals": [note(i * P, (69, 71, 72, 74)[i % 4], P * 0.9) for i in range(24)]})
    f = get_findings(lib, sung, ["vocals"], 0.0, 12.0, "want to put an acoustic guitar under her -- what key is she in?")
    assert "guitar" not in f.summary, f.summary  # (round 41's ap03 got "This track has no guitar stem", dev)
    f = get_findings(lib, sung, ["vocals"], 0.0, 12.0, "is there room for a guitar solo over this?")
    assert "guitar stem" not in f.summary, f.summary  # (the twenty-first session's sweep, dev)
    line = groove(16)
    pitches = [64, 67, 69, 71, 72, 71, 69, 67]
    line["guitar"] = [x for i in range(int(16 / P)) for x in
                      (note(i * P - 0.04, pitches[i % 8] - 2, 0.04), note(i * P, pitches[i % 8], P * 0.8))]
    lt = make_track(lib.store, "e2" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=line)
    lf = get_findings(lib, lt, ["guitar", "drums"], 2.0, 14.0, "What's the guitar doing?")
    played = next(p for p in lf.presence if p.stem == "guitar")
    assert "line" in played.playing and "chords" not in played.playing and played.chord_onset_share == 0.0


def test_a_let_ring_arpeggio_is_broken_chords_and_a_chord_struck_again_is_still_chords(lib):
    """Over a let-ring arpeggio the transcription restarts the ringing note beside each new one (here: every
    note of the line comes with a copy of the note before it, as basic-pitch gives a ringing guitar). One new
    note over a ringing one is not a chord: the part plays broken chords, one note at a time. A chord held
    until it is struck again (every note repeating a pitch still sounding) is still chords."""
    g = groove(16)
    arp = [52, 57, 60, 64, 69, 64, 60, 57]
    g["guitar"] = [x for i in range(int(16 / P * 2)) for x in
                   (note(i * P / 2, arp[i % 8], P * 0.6, 100),) + ((note(i * P / 2, arp[(i - 1) % 8], P * 0.5, 85),)
                                                                  if i else ())]
    tid = make_track(lib.store, "e3" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["guitar", "drums"], 2.0, 14.0, "What's the guitar doing?")
    guitar = next(p for p in f.presence if p.stem == "guitar")
    assert guitar.playing.startswith("broken chords") and guitar.chord_onset_share < 0.5, guitar
    held = groove(16)
    held["piano"] = [note(b * P, p, P) for b in range(int(16 / P)) for p in (60, 64, 67)]
    ht = make_track(lib.store, "e4" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=held)
    hf = get_findings(lib, ht, ["piano", "drums"], 2.0, 14.0, "What's the piano doing?")
    assert "chords" in next(p for p in hf.presence if p.stem == "piano").playing


def test_the_drummer_is_the_drums_and_what_he_plays_is_the_pattern_led_by_the_kick(lib):
    """'What's the drummer playing?' names the drums (a player's noun), asks for the pattern, and no class
    leads it by accident ('what's' holds the letters of 'hat')."""
    from frames.routing import asks_of
    assert named_stems("What's the drummer playing?") == ["drums"]
    assert named_stems("Is the bassist with the guitarist?") == ["bass", "guitar"]
    assert asks_of("What's the drummer playing?", ["drums"])[0] == "drum_pattern"
    tid = make_track(lib.store, "e5" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=groove(16))
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "What's the drummer playing?")
    assert f.routing.asks == "drum_pattern" and f.summary.startswith("The kick plays"), f.summary


def test_a_compound_question_gets_an_answer_to_each_of_its_clauses(lib):
    """'How does the bass sit with the kick, and what's the drummer playing?' asks two things: the first sentence
    answers the pocket, the second the pattern. Before, the whole question was read as one 'what's ... playing'
    about the first part named, and the drum pattern was left out of the summary. A place before a comma ('In
    these bars, ...') and 'the bass and the drums' are not clauses of their own."""
    from frames.routing import clause_asks
    selected = {"bass", "drums", "guitar"}
    assert [k for k, _, _ in clause_asks("How does the bass sit with the kick here, and what's the drummer playing?",
                                         selected)] == ["timing", "drum_pattern"]
    assert len(clause_asks("In these bars, what's the bass doing?", selected)) == 1
    assert len(clause_asks("How do the bass and the drums lock?", selected)) == 1
    # a clause that points back ("is it ...") is about the part named before
    (_, _, first), (_, _, second) = clause_asks("What is the guitar doing and is it in time with the drums?", selected)
    assert first == ["guitar"] and set(second) == {"drums", "guitar"}
    tid = make_track(lib.store, "e6" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=groove(16))
    q = "How does the bass sit with the kick here, and what's the drummer playing?"
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, q)
    assert f.routing.asks == "timing" and [x.asks for x in f.routing.also] == ["drum_pattern"]
    first, second = f.summary.split(". ")[:2]
    assert "bass" in first and "together" in first, f.summary  # the pocket
    assert second.startswith("The kick plays"), f.summary
    one = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "What's the drummer playing?")
    assert one.routing.also == [] and one.summary.startswith("The kick plays")


def test_a_line_in_one_note_value_is_said_in_it_and_a_varied_rhythm_is_not(lib):
    """Eighths with a player's and a transcription's timing (±40 ms at 120 BPM, and one in eight missing, each at
    another place in the bar: a player leaving the same one out every bar plays a rhythm) are 'steady eighth
    notes'; a line mixing quarters, eighths and dotted values is not given a note value."""
    rng = np.random.default_rng(3)
    g = groove(16)
    g["bass"] = [note(i * P / 2 + rng.uniform(-0.04, 0.04), 40 + 7 * (i % 3 == 2), P * 0.4)
                 for i in range(int(32)) if i not in (5, 10, 23, 28)]
    tid = make_track(lib.store, "e6" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["bass", "drums"], 0.0, 16.0, "What is the bass doing?")
    assert next(p for p in f.presence if p.stem == "bass").playing.startswith("a line of steady eighth notes")
    assert "steady eighth notes" in f.summary.split(". ")[0]
    varied = groove(16)
    steps = [1.0, 0.5, 0.5, 1.5, 0.5, 2.0, 0.75, 0.25, 1.0]
    times = np.cumsum([0.0] + steps * 3)[:24] * P
    varied["bass"] = [note(t, 40 + (k % 5), P * 0.3) for k, t in enumerate(times) if t < 16]
    vt = make_track(lib.store, "e7" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=varied)
    vf = get_findings(lib, vt, ["bass", "drums"], 0.0, 16.0, "What is the bass doing?")
    assert "steady" not in next(p for p in vf.presence if p.stem == "bass").playing


def test_a_question_about_spill_is_answered_from_the_measured_spill_of_each_stem(lib):
    from types import SimpleNamespace as S

    from frames.findings import _spill_sentence
    from frames.routing import asks_of
    assert asks_of("Is there bleed in the vocal track?", ["vocals"])[0] == "spill"
    assert asks_of("Is the piano track clean?", ["piano"])[0] == "spill"
    a = S(stems=[S(stem="bass", empty=False, spill_ratio=0.55), S(stem="piano", empty=False, spill_ratio=0.15),
                 S(stem="vocals", empty=False, spill_ratio=0.02),
                 S(stem="guitar", empty=True, spill_ratio=None, bleed_ratio=None)])
    text = _spill_sentence(a, [])
    assert text.startswith("Much of what sounds in the bass is spill from other instruments; the piano carries a "
                           "little spill"), text
    assert "the vocals sound clean" in text and "the guitar is silent here" in text
    assert _spill_sentence(a, ["vocals"]) == "The vocals sound clean: no spill from other instruments shows in them."
    tid = make_track(lib.store, "e8" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=groove(16))
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "Is there any spill in the bass?")
    # a track stored without audio frames has no spill measurement, and says so rather than calling it clean
    assert f.routing.asks == "spill" and f.summary.startswith("Spill is not measured for the bass."), f.summary
    # a part named but left out of the selection: spill is read against every stem of the track, so the answer is
    # not narrowed to the selection ("is the acoustic or the kit bleeding into his vocal?" with the kit left out got
    # "this answer is about the vocals and guitar": round 41's ap06, dev)
    f = get_findings(lib, tid, ["bass"], 0.0, 16.0, "is the kit bleeding into the bass track?")
    assert "The drums are not in this selection, but the spill reading compares each selected track with every other "\
           "stem of the track, the drums included." in f.summary, f.summary


def test_no_fill_is_said_when_asked_and_a_singers_timing_is_the_vocals_placement(lib):
    g = groove(16)
    g["vocals"] = [note(b * P, 72 + (b % 3), P * 0.8) for b in range(int(16 / P))]
    tid = make_track(lib.store, "e9" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 16.0, "Is there a drum fill in here?")
    assert f.summary.startswith("The drums play no fill in this window."), f.summary
    # asked in a clause of its own after the pattern ("what's on kick, snare and hats, and any fills?" got the
    # pattern alone: the eighteenth session's sweep, dev)
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 16.0,
                     "putting this into my drum machine -- what's on kick, snare and hats, and any fills?")
    # the classes in the order the question names them (kick, snare, hats: the thirty-fourth session's two-class rule)
    assert f.summary.startswith("The kick plays on one and three, the snare on two and four and the hi-hat on every "
                                "eighth") and "The drums play no fill in this window." in f.summary, f.summary
    v = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 16.0, "Is the vocal on the beat or behind it?")
    assert v.routing.asks == "timing" and v.summary.startswith("The vocal"), v.summary
    quiet = groove(16)
    quiet["drums"] = [h for h in quiet["drums"] if h["time_s"] < 4.0]  # the kit stops after the first bars
    qt = make_track(lib.store, "ec" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=quiet)
    q = get_findings(lib, qt, ["bass", "drums"], 8.0, 16.0, "Is there a drum fill in here?")
    assert q.summary.startswith("The drums are silent here, so there is no fill."), q.summary
    assert q.summary.count("silent") == 1, q.summary  # said once, not again by the roles' last place


def test_the_judge_reads_what_a_part_plays_from_the_score_and_catches_a_wrong_reading():
    import pretty_midi

    from eval.answers import playing_of
    n = lambda t, p: pretty_midi.Note(90, p, t, t + 0.4)  # noqa: E731
    assert playing_of([n(i * 0.5, p) for i in range(10) for p in (60, 64, 67)], 0, 5) == "chords"
    assert playing_of([n(i * 0.25, (52, 56, 59, 64)[i % 4]) for i in range(16)], 0, 5) == "broken chords"
    assert playing_of([n(i * 0.25, (60, 62, 64, 65, 67, 65, 64, 62)[i % 8]) for i in range(16)], 0, 5) == "a line"
    ask = Ask("What is the guitar playing here?", "playing", ["guitar"], 0.0, 8.0, {"playing": ("guitar", "a line")})
    typed = {"presence": [{"stem": "guitar", "playing": "a line of short notes"}]}
    assert judge(ask, "The guitar plays a line of short notes throughout.", typed)["correct"]
    assert not judge(ask, "The guitar plays chords throughout.", typed)["correct"]
    broken = Ask("What is the guitar playing here?", "playing", ["guitar"], 0.0, 8.0,
                 {"playing": ("guitar", "broken chords")})
    assert not judge(broken, "The guitar plays chords throughout.",
                     {"presence": [{"stem": "guitar", "playing": "chords"}]})["correct"]


def test_a_held_chord_whose_decay_the_transcription_restarts_is_still_chords(lib):
    """Distorted guitar triads held over two beats, the transcription adding a quiet overtone and restarting one
    string between strikes (as basic-pitch hears an overdriven guitar): chords, not a line."""
    g = groove(16)
    g["guitar"] = []
    for b in range(0, int(16 / P), 2):
        t = b * P
        g["guitar"] += [note(t, p, P * 1.9, 90) for p in (52, 56, 59)]
        g["guitar"] += [note(t + 0.45 * P, 68, 0.3 * P, 40), note(t + 0.9 * P, 59, 0.6 * P, 85)]
    tid = make_track(lib.store, "ea" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["guitar", "drums"], 2.0, 14.0, "What is the guitar playing here?")
    assert "chords" in next(p for p in f.presence if p.stem == "guitar").playing


def test_who_is_playing_is_answered_with_who_plays_and_who_is_silent(lib):
    from frames.findings import _who_sentence
    from frames.routing import asks_of
    assert asks_of("Who's playing in the intro?", [])[0] == "who"
    assert asks_of("Which instruments are playing?", [])[0] == "who"
    assert asks_of("Who's in on this bit?", [])[0] == "who"  # round 9's wording (dev for this rule)
    assert asks_of("Who's taking the lead in this part?", [])[0] == "carry"  # round 10's (dev for this rule)
    assert asks_of("Who's playing the melody?", [])[0] != "who"
    assert _who_sentence(["piano"], ["drums", "bass", "vocals"]) == \
        "Only the piano plays here; the drums, bass and vocals are silent."
    tid = make_track(lib.store, "eb" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=groove(16))
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "Who's playing here?")
    assert f.summary.startswith("The drums and bass all play here."), f.summary
    quiet = groove(16)
    quiet["drums"] = [h for h in quiet["drums"] if h["time_s"] < 4.0]
    qt = make_track(lib.store, "ed" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=quiet)
    q = get_findings(lib, qt, ["bass", "drums"], 8.0, 16.0, "Who's playing here?")
    assert q.summary.startswith("Only the bass plays here; the drums are silent.") and q.summary.count("silent") == 1, \
        q.summary


@pytest.mark.parametrize("question", ["What's the bass doing against the drums?",
                                      "How do the bass and drums work together?"])
def test_between_bass_and_drums_the_pocket_is_said_before_the_generic_interplay(lib, question):
    """Asked how the bass and drums relate, a player means the pocket: whether the bass lands with the kick.
    The lock came after 'the bass and drums accompany together', and fell out of the summary."""
    tid = make_track(lib.store, "c3" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=groove(16))
    f = get_findings(lib, tid, ["bass", "drums"], 2.0, 10.0, question)
    lock = next(c for c in f.claims if c.source.startswith("groove"))
    sentences = [c.text for c in f.claims if c.axis != "caution"]
    assert lock.text in f.summary and sentences.index(lock.text) <= 1, sentences
    assert "accompany together" not in sentences[0]


@pytest.mark.parametrize("question", ["What's the groove?", "Describe the rhythm section here."])
def test_the_groove_is_what_the_kit_plays_then_how_the_bass_sits_and_the_rhythm_section_is_not_a_form_word(
        lib, question):
    """'What's the groove?' was a timing question: its answer led with the lock and never said what the kit
    plays; 'the rhythm section' was read as a question about the song's sections."""
    tid = make_track(lib.store, "c4" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=groove(16))
    f = get_findings(lib, tid, ["bass", "drums"], 2.0, 10.0, question)
    assert f.routing.asks == "groove"
    assert set(f.routing.named_stems) == ({"bass", "drums"} if "rhythm section" in question else set())
    assert f.summary.startswith("The snare plays on two and four") or f.summary.startswith("The kick plays"), f.summary
    lock = next(c for c in f.claims if c.source.startswith("groove.lock"))
    assert lock.text in f.summary


@pytest.mark.parametrize("question", ["Is the guitar playing chords or a melody?", "Is the piano chords or single notes?",
                                      "Melody or chords in the keys here?"])
def test_chords_or_a_line_asks_what_the_part_plays_not_for_the_chart(question):
    """'Chords or a melody?' was answered with the chord chart, which says nothing about how the part plays."""
    from frames.routing import asks_of

    assert asks_of(question, ["guitar"])[0] == "part"
    assert asks_of("What are the chords here?", ["guitar"])[0] == "chords"


def test_a_sung_line_alone_implies_its_chords_even_where_its_transcription_overlaps(lib):
    """An unaccompanied voice: each note's glide reads as a new note started under the last one's tail, so
    two notes 'sounded at once' and the voice's chords were said to run as if played (vocadito's solo voice:
    'The chords run B flat, E flat major seven ...'). A sung line alone only implies them."""
    line = [60, 64, 67, 64, 65, 69, 72, 69, 67, 71, 74, 71, 60, 64, 67, 72]
    vocals = []
    for i, p in enumerate(line * 2):
        vocals.append(note(i * P, p, P * 1.4))  # each note still ringing when the next starts
    tid = make_track(lib.store, "c5" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"vocals": vocals})
    f = get_findings(lib, tid, ["vocals"], 0.0, 16.0, "What are the chords?")
    assert f.harmony.chart.implied
    assert "implied" in f.summary and "The chords run" not in f.summary, f.summary


def test_a_singers_neighbour_notes_over_a_band_do_not_make_its_triads_sevenths(lib):
    """A singer leaning on the note a semitone under the root (D sharp over E, G sharp over A) sings a melody
    over the chord, not its seventh: the band's triads are charted as triads (ft_drive_e24's E and A were
    charted "E major seven, A major seven" with the voice selected). Where the keys play the seventh
    themselves, it stays a seventh."""
    def band(sevenths: bool) -> dict[str, list[dict]]:
        keys, vocals = [], []
        for b in range(8):
            root = 52 if (b // 2) % 2 == 0 else 57  # E, E, A, A, ...
            voicing = (root, root + 4, root + 7) + ((root + 11,) if sevenths else ())
            keys += [note(b * BAR + beat * P, p, P * 0.9) for beat in range(4) for p in voicing]
            top = root + 12
            # the root, a long lean on the note under it, back to the root, up to the third
            vocals += [note(b * BAR, top, P * 0.9), note(b * BAR + P, top - 1, 1.5 * P),
                       note(b * BAR + 2.5 * P, top, 0.5 * P), note(b * BAR + 3 * P, top + 4, 0.9 * P)]
        bass = [note(b * BAR + beat * P, (40 if (b // 2) % 2 == 0 else 45), P * 0.9) for b in range(8) for beat in range(4)]
        return {"piano": keys, "vocals": vocals, "bass": bass}

    tid = make_track(lib.store, "e7" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=band(False),
                     key="E major", key_pc=4)
    f = get_findings(lib, tid, ["bass", "piano", "vocals"], 0.0, 16.0, "What are the chords?")
    assert f.harmony.chart.progression == ["E", "A", "E", "A"], f.harmony.chart.progression
    played = make_track(lib.store, "e8" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=band(True),
                        key="E major", key_pc=4)
    f = get_findings(lib, played, ["bass", "piano", "vocals"], 0.0, 16.0, "What are the chords?")
    assert f.harmony.chart.progression == ["Emaj7", "Amaj7", "Emaj7", "Amaj7"], f.harmony.chart.progression


def test_who_plays_along_says_what_else_the_track_holds_beyond_the_selection(lib):
    """'Is anyone playing along with the singer?' over the only stem a track has: the model could not tell
    whether other parts exist outside the selection and said it could not answer (round 5, u05)."""
    line = [note(i * P, 60 + (i % 5), P * 0.9) for i in range(24)]
    alone = make_track(lib.store, "c6" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"vocals": line})
    f = get_findings(lib, alone, ["vocals"], 0.0, 12.0, "Is anyone playing along with the singer?")
    assert f.routing.asks == "who"
    assert f.summary.startswith("The vocals play here; the track holds no other part"), f.summary
    assert "no other stem (the track has none that sounds)" in f.scope.excluded
    band = make_track(lib.store, "c7" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                      stems={"vocals": line, **groove(16)})
    f = get_findings(lib, band, ["vocals"], 0.0, 12.0, "Is anyone playing along with the singer?")
    assert "the track's bass and drums are not in this selection" in f.summary or \
        "the track's drums and bass are not in this selection" in f.summary, f.summary
    assert "the track's other stems (" in f.scope.excluded


@pytest.mark.parametrize("split,swung", [(0.5, False), (0.59, True)])
def test_swung_eighths_are_said_swung_and_the_ratio_is_explained_beside_the_word(lib, split, swung):
    """The off-beat hats at half the beat are straight; at 0.59 of it (about 1.44:1) they swing. The ratio was printed
    bare (1.39 beside 'straight eighths' on the Rock mix), and a client read a shuffle into it."""
    g = groove(16)
    g["drums"] = [dict(n, time_s=round(n["time_s"] / P) * P + split * P) if (n["time_s"] / P) % 1 > 0.25 else n
                  for n in g["drums"]]
    tid = make_track(lib.store, ("c8" if swung else "c9") * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 12.0, "What's the feel?")
    assert ("swung eighths" in f.meter.words) is swung, f.meter.words
    # the field says what the words say (a punk shouter's 1.47:1 read "swung" beside "subdivision: straight eighths")
    assert f.meter.subdivision == ("swung eighths" if swung else "straight eighths"), f.meter.subdivision
    assert f.meter.swing_ratio == pytest.approx(split / (1 - split), abs=0.05)
    assert any(f"split the beat {f.meter.swing_ratio:.2f}:1 (straight 1:1" in b for b in f.meter.because), f.meter.because


def test_busy_or_sparse_about_a_named_part_says_how_it_plays():
    """'Is the bass busy or sparse?' was answered 'The drums and bass accompany together here'."""
    from frames.routing import asks_of

    assert asks_of("Is the bass busy or sparse?", ["bass"])[0] == "part"
    assert asks_of("Is it busy in here?", [])[0] == "density"


@pytest.mark.parametrize("every,word", [(P / 2 * 0.9, "a busy line"), (3 * P, "a sparse line")])
def test_an_uneven_line_says_its_pace(lib, every, word):
    """A line with no one note value said only 'a line': asked 'busy or sparse?', the answer had no word for it."""
    rng = np.random.default_rng(3)
    t, notes = 0.0, []
    while t < 15.5:
        notes.append(note(t, int(40 + rng.integers(0, 8)), every * 0.8))
        t += every * float(rng.choice([0.7, 1.0, 1.3]))
    tid = make_track(lib.store, ("ca" if "busy" in word else "cb") * 8, duration_s=16, bpm=BPM, beats_per_bar=4,
                     meter="4/4", stems={"bass": notes})
    f = get_findings(lib, tid, ["bass"], 0.0, 16.0, "Is the bass busy or sparse?")
    assert f.summary.startswith(f"The bass plays {word}"), f.summary


@pytest.mark.parametrize("question,says", [("Is the singer in tune?", "How in tune the vocals are cannot be read here"),
                                           ("How much reverb is on the vocal?", "Effects and mix processing"),
                                           ("What effect does the bass have on the groove?", None)])
def test_what_is_not_measured_is_said_first_not_answered_around(lib, question, says):
    """'Is the singer in tune?' was answered with the line's shape, as if that were the answer."""
    line = [note(i * P, 60 + (i % 5), P * 0.9) for i in range(24)]
    tid = make_track(lib.store, "cc" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": line, **groove(16)})
    # no f0 read from the voice (a whisper, a shout): her intonation cannot be told
    lib.store.db.execute("UPDATE features SET pitch_hz = 0 WHERE track_id = ? AND stem = 'vocals'", [tid])
    lib.store.db.conn.commit()
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 12.0, question)
    if says:
        assert f.routing.asks == "unmeasured" and f.summary.startswith(says), f.summary
    else:
        assert f.routing.asks != "unmeasured"


def _scale_line(t0: float, tonic: int, minor: bool = False, beats: int = 16) -> list[dict]:
    """A line through a key's scale and its tonic triad: enough to name the key."""
    steps = [0, 2, 3, 5, 7, 8, 10] if minor else [0, 2, 4, 5, 7, 9, 11]
    third = 3 if minor else 4
    order = [0, third, 7, 12, 7, third, 0, 7] + [s for s in steps] + [0]
    return [note(t0 + i * P / 2, 60 + tonic + order[i % len(order)], P / 2 * 0.9) for i in range(beats * 2)]


@pytest.mark.parametrize("second,changes", [((4, False), True), ((9, True), False)])
def test_a_key_change_is_said_where_the_halves_differ_in_key_signature(lib, second, changes):
    """'Is there a key change?' was answered with the window's one key; a move from C major to E major inside
    the window is a key change, one from C major to A minor (the same signature) is not."""
    notes = _scale_line(0.0, 0) + _scale_line(8.0, *second)
    tid = make_track(lib.store, ("cd" if changes else "ce") * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": notes})
    f = get_findings(lib, tid, ["piano"], 0.0, 16.0, "Is there a key change?")
    if changes:
        assert f.harmony.key_change == "C major to E major"
        assert f.summary.startswith("The key changes inside this window: the first half centres on C major, the "
                                    "second on E major."), f.summary
    else:
        assert f.harmony.key_change is None
        assert f.summary.startswith("There is no key change in this window"), f.summary
    # asked the key and whether it changes, both answered (the twentieth session's sweep: the key alone)
    f = get_findings(lib, tid, ["piano"], 0.0, 16.0, "what key is this in, and does it change?")
    assert f.summary.startswith("The key changes inside this window" if changes else
                                "There is no key change in this window"), f.summary


def test_a_part_that_changes_how_it_plays_at_a_section_change_is_an_event(lib):
    """Round 4 (t02): after a stop the guitar moved from held chords to short off-beat stabs, and the findings
    described it once, for the whole window ('off-beat chords', said of the stop too)."""
    chords = []
    for bar in range(4):  # held chords, one a bar
        chords += [note(bar * BAR, p, BAR * 0.95) for p in (57, 60, 64)]
    for beat in range(16, 32):  # then short chords on every off-beat
        chords += [note(beat * P + P / 2, p, P * 0.3) for p in (57, 60, 64)]
    tid = make_track(lib.store, "cf" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": chords, **groove(16)}, sections=[(0.0, 8.0, "A"), (8.0, 16.0, "B")])
    f = get_findings(lib, tid, ["piano", "drums", "bass"], 0.0, 16.0, "What changes here?")
    change = [e for e in f.events if e.kind == "plays_differently"]
    assert [e.detail for e in change] == ["the piano moves from held chords on the beats to short chords on the off-beats"], f.events
    assert change[0].time_s == pytest.approx(8.0) and "the piano moves from held chords" in f.summary, f.summary


def test_what_a_section_is_like_is_answered_with_what_plays_there_not_with_no_section_change(lib):
    """'What's the intro like?' over the intro alone was answered 'No section change falls inside this window';
    'Where does the verse start?' still gets the form."""
    tid = make_track(lib.store, "d1" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=groove(16),
                     sections=[(0.0, 8.0, "intro"), (8.0, 16.0, "verse")])
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, "What's the intro like?")
    assert not f.summary.startswith("No section change"), f.summary
    assert "kick plays on one and three" in f.summary
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, "Describe this section.")
    assert not f.summary.startswith("No section change"), f.summary
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, "Which section is this?")
    assert f.summary.startswith("No section change falls inside this window"), f.summary
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, "Where does the verse start?")
    assert f.summary.startswith("No section change falls inside this window"), f.summary
    from frames.routing import asks_of

    assert asks_of("How does the song end?", [])[0] == "narrative"


def test_strummed_chords_on_and_off_the_beat_say_their_steady_value(lib):
    """Chords strummed on every eighth were only 'chords'; a change to them read 'from chords on the off-beats
    to chords'."""
    strum = [note(i * P / 2, p, P / 2 * 0.8) for i in range(64) for p in (57, 60, 64)]
    tid = make_track(lib.store, "d2" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"guitar": strum})
    f = get_findings(lib, tid, ["guitar"], 0.0, 16.0, "What's the guitar doing?")
    assert "chords in steady eighth notes" in f.summary, f.summary


def test_a_change_of_playing_is_said_only_where_its_measure_moves_clearly():
    """MusicDelta Punk's distorted power chords, transcribed as staggered single notes after a section change
    (chord share 0.50 then 0.07), read 'the guitar moves from short chords to broken chords'."""
    from heuristics.describe import Manner, _clearly_differs
    from heuristics.models import Presence

    def reading(playing, manner, chords, off, beats):
        return (Presence(stem="guitar", sounding_share=1.0, reading="", playing=playing, chord_onset_share=chords,
                         offbeat_onset_share=off, typical_note_beats=beats), manner)

    assert not _clearly_differs(reading("short chords", Manner("chords", "short"), 0.5, 0.59, 0.4),
                                reading("broken chords, one note at a time", Manner("broken chords"), 0.07, 0.59, 0.37))
    assert _clearly_differs(reading("chords on the off-beats", Manner("chords", "", "off"), 1.0, 1.0, 1.0),
                            reading("chords in steady eighth notes", Manner("chords"), 1.0, 0.5, 0.5))
    assert _clearly_differs(reading("held chords on the beats", Manner("chords", "held"), 1.0, 0.0, 3.8),
                            reading("a line of steady eighth notes", Manner("line"), 0.0, 0.5, 0.45))
    assert not _clearly_differs(reading("chords on the off-beats", Manner("chords", "", "off"), 1.0, 0.72, 1.0),
                                reading("chords", Manner("chords"), 1.0, 0.6, 1.0))


@pytest.mark.parametrize("interval,says", [(0, "almost every time"), (4, "mostly plays notes other than the chord's root")])
def test_whether_the_bass_plays_the_roots_is_read_against_the_chords_the_others_play(lib, interval, says):
    """'Is the bass playing the roots?' was answered with the chord chart alone."""
    roots = [57, 53, 48, 55]  # Am F C G, a bar each, voiced in the piano
    voicings = [(57, 60, 64), (53, 57, 60), (55, 60, 64), (55, 59, 62)]
    piano, bass = [], []
    for bar in range(8):
        for beat in range(4):
            piano += [note(bar * BAR + beat * P, p, P * 0.9) for p in voicings[bar % 4]]
            bass.append(note(bar * BAR + beat * P, roots[bar % 4] - 24 + (interval if beat in (0, 2) else 7), P * 0.9))
    tid = make_track(lib.store, ("d3" if interval == 0 else "d4") * 8, duration_s=16, bpm=BPM, beats_per_bar=4,
                     meter="4/4", stems={"piano": piano, "bass": bass})
    f = get_findings(lib, tid, ["bass", "piano"], 0.0, 16.0, "Is the bass playing the roots?")
    assert says in f.summary.split(". ")[0], f.summary
    alone = get_findings(lib, tid, ["bass"], 0.0, 16.0, "Is the bass playing the roots?")
    # with no other part's chords, a root-and-fifth line is said as one (its roots not checked); else not read
    assert alone.summary.startswith("The bass moves mostly a fifth at a time, root and fifth, between A and E; F and "
                                    "C; C and G; G and D; no other part here plays the chords" if interval == 0 else
                                    "Whether the bass plays the roots cannot be read here"), alone.summary



def test_a_bass_on_each_chords_root_a_fifth_apart_is_not_a_root_and_fifth_line(lib):
    """Round 122's ds09 (dev): an intro's bass, E E E E an octave up on the last, then B the same way, a bar each, read
    "mostly a fifth at a time, root and fifth, between E and B" -- the fifth is the progression's, one root a bar."""
    bass = [note(b * BAR + k * P / 2, (40, 47)[b % 2] + (12 if k == 7 else 0), P * 0.3) for b in range(8)
            for k in range(8)]
    tid = make_track(lib.store, "e2" * 6 + "e593", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"bass": bass, "drums": groove(16)["drums"]})
    f = get_findings(lib, tid, ["bass", "drums"], 0.0, 16.0, "what's the bass playing here?")
    assert "fifth" not in f.summary and "mostly by fifths" not in (next(p for p in f.presence if p.stem == "bass")
                                                                   .motion or ""), f.summary


def test_a_bass_alone_asked_its_roots_that_stays_on_one_note_says_that_note(lib):
    """The thirty-seventh session's sweep on Punk (dev): "what's the bass line -- roots on eighths or moving around?"
    over the bass alone, seven of its eight notes a bar on G, got "whether the bass plays the roots cannot be read
    here" and no word of the note it stays on."""
    rows = [(43,) * 8, (43, 43, 43, 48, 48, 47, 43, 43), (43,) * 8, (43,) * 8]
    bass = [note(b * BAR + i * P / 2, x, P / 2 * 0.9) for b, row in enumerate(rows) for i, x in enumerate(row)]
    tid = make_track(lib.store, "e2" * 6 + "e527", duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4", key="G major",
                     key_pc=7, stems={"bass": bass, "drums": groove(8)["drums"]})
    f = get_findings(lib, tid, ["bass"], 0.0, 8.0, "what's the bass line -- roots on eighths or moving around?")
    assert f.summary.startswith("The bass stays on G for most of its notes here (twenty-nine of thirty-two), moving "
                                "off it in the second bar here; no other part selected plays the chords"), f.summary


def test_a_chart_whose_bar_lines_move_keeps_the_chord_before_its_first_moved_bar(lib):
    """Chords that change two beats after the track's downbeats move the chart's bar lines; the chord sounding
    from the window's start up to the first moved bar line was dropped (round 6, v06: an intro's first bar)."""
    voicings = [(57, 60, 64), (53, 57, 60), (55, 60, 64), (55, 59, 62)]  # Am F C G
    piano = [note(beat * P, p, P * 0.9) for beat in range(2) for p in voicings[0]]  # Am on the first two beats
    for bar in range(7):
        for beat in range(4):
            piano += [note(2 * P + bar * BAR + beat * P, p, P * 0.9) for p in voicings[(bar + 1) % 4]]
    tid = make_track(lib.store, "d5" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"piano": piano})
    f = get_findings(lib, tid, ["piano"], 0.0, 15.0, "What are the chords?")
    chart = f.harmony.chart
    assert chart.bar_lines_moved_beats == 2 and chart.progression[:4] == ["Am", "F", "C", "G"], chart


@pytest.mark.parametrize("question,asks", [("What's the bass note here?", "part"), ("What's the vocal range?", "part"),
                                           ("What's the strumming pattern?", "part"), ("Does the bassline walk?", "part"),
                                           ("Is the guitar palm muted?", "unmeasured"),
                                           ("Is there any vibrato on the guitar?", "unmeasured"),
                                           ("How much distortion is on the guitar?", "unmeasured"),
                                           ("What's the tone of the guitar?", "unmeasured"),
                                           ("Is there a countermelody?", "interaction"),
                                           ("How loud is the bass compared to the kick?", "carry"),
                                           ("Is the kick on the bass notes?", "timing"),
                                           # a compound question's second half was lost (the eighth session's
                                           # own read of Country1: "..., and where's the kick?")
                                           ("Where's the kick?", "drum_pattern"),
                                           # the timekeeper by the hand that plays it (the seventeenth session's
                                           # sweep on Rock got the pocket); a pianist's hand is the keys' part
                                           ("Is the drummer's right hand on eighths or sixteenths?", "drum_pattern"),
                                           ("What's the piano's left hand doing?", "part"),
                                           # (the seventeenth session's sweep on Country1 got the phrase count)
                                           ("Where does she take breaths?", "gaps"),
                                           # (it got the bass's own rhythm: the same sweep)
                                           ("Does the bass follow the vocal rhythm at all?", "interaction"),
                                           ("What's the vocal rhythm in the verse?", "part")])
def test_more_producer_phrasings_reach_what_they_ask(question, asks):
    """Each of these fell to the overview (or, for the level of two parts, to the pocket)."""
    from frames.routing import asks_of

    assert asks_of(question, named_stems(question))[0] == asks


@pytest.mark.parametrize("db,words", [(0.0, "about as loud as"), (-5.0, "a little quieter than"),
                                      (-12.0, "clearly quieter than")])
def test_how_loud_one_part_is_against_another_is_said_in_words(lib, db, words):
    tid = make_track(lib.store, {0.0: "d6", -5.0: "d7", -12.0: "d8"}[db] * 8, duration_s=16, bpm=BPM, beats_per_bar=4,
                     meter="4/4", stems=groove(16), levels_db={"bass": -20.0 + db, "drums": -20.0})
    f = get_findings(lib, tid, ["bass", "drums"], 0.0, 12.0, "How loud is the bass compared to the kick?")
    assert f.summary.startswith(f"The bass is {words} the drums here"), f.summary


def test_asked_for_the_notes_a_part_sentence_names_them_without_octave_numbers():
    from frames.findings import _range_words

    assert _range_words("low (G1–D2)") == ", from G up to D"
    assert _range_words("low (G1–G2)") == ", from G up to the G an octave above"
    assert _range_words("high (D5–D5)") == ", on D"
    assert _range_words("mid (C#3–F#4)") == ", from C sharp up to the F sharp an eleventh above"
    assert _range_words("mid (E4–Eb5)") == ", from E up to the E flat nearly an octave above"  # not a step down
    assert _range_words("mid (E4–C5)") == ", from E up to C"
    assert _range_words("mid (Bb3–D5)") == ", from B flat up to the D a tenth above"  # as the others say a note


def test_a_groove_answer_ends_on_the_feel_not_on_a_caution_about_the_chords(lib):
    """'The chords are only implied by a single line here, not played' took the last place of a groove answer."""
    tid = make_track(lib.store, "d9" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=groove(16))
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 12.0, "What's the groove?")
    assert "implied" not in f.summary and "four to the bar" in f.summary, f.summary
    f = get_findings(lib, tid, ["bass"], 0.0, 12.0, "What are the chords?")
    assert f.summary.endswith("The chords are only implied by a single line here, not played."), f.summary


def test_over_an_unseparated_mix_the_groove_and_who_plays_say_what_cannot_be_told(lib):
    mix = [dict(n) for stem in groove(16).values() for n in stem]
    tid = make_track(lib.store, "da" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"mix": mix})
    f = get_findings(lib, tid, ["mix"], 0.0, 12.0, "What's the groove?")
    assert f.summary.startswith("In the unseparated mix the kick, snare and hats cannot be told apart"), f.summary
    f = get_findings(lib, tid, ["mix"], 0.0, 12.0, "Who's playing?")
    assert f.summary.startswith("The track is loaded as one unseparated mix"), f.summary
    # a fill asked of the mix: it cannot be read there, said first ("is there a fill anywhere here?" over
    # mix:musicdelta_rock got "nothing enters or drops out", the thirty-fifth session's sweep, dev)
    f = get_findings(lib, tid, ["mix"], 0.0, 12.0, "is there a fill anywhere here?")
    assert f.summary.startswith("Whether the drums play a fill cannot be read here: they are not heard apart"), \
        f.summary


def test_a_mix_whose_notes_land_on_no_grid_between_the_beats_says_its_feel_is_not_read(lib):
    """The thirty-sixth session's sweep on mix:musicdelta_rock 3-9 s (dev): a straight rock mix read "four to the bar at
    a brisk pace, with loose strokes between the beats on no steady grid": the unseparated mix's notes are every part's
    at once, and where they land on no one grid between the beats that is the reading's, not the band's. Said as not
    read; a separated part's loose strokes are still said as loose."""
    offs = (0.38, 0.45, 0.55, 0.62, 0.3, 0.7, 0.2, 0.8, 0.4, 0.6)  # spread across the beat: no one grid
    notes = [note(i * P, 45 if i % 2 else 52, P * 0.4) for i in range(32)] + \
        [note(i * P + offs[i % len(offs)] * P, 57 + i % 5, P * 0.2) for i in range(32)]
    tid = make_track(lib.store, "e2" * 6 + "e521", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"mix": notes})
    f = get_findings(lib, tid, ["mix"], 0.0, 12.0, "is it straight or swung?")
    assert f.meter.subdivision == "uneven", f.meter
    assert f.summary.startswith("Not read here: the unseparated mix's notes between the beats, every part's at once, "
                                "land on no one grid"), f.summary
    assert "(how the beats divide is not read inside the unseparated mix)" in f.meter.words and \
        "no steady grid" not in f.meter.words, f.meter.words
    tid = make_track(lib.store, "e2" * 6 + "e522", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"guitar": notes})
    f = get_findings(lib, tid, ["guitar"], 0.0, 12.0, "what's the feel here?")
    assert f.meter.subdivision == "uneven" and "no steady grid" in f.meter.words, f.meter


def test_a_bar_the_question_names_is_answered_with_its_notes(lib):
    """'What's the bass doing in the second bar?': a walking bass (A flat major: A flat, C, E flat, E | D flat, F,
    A flat, A | ...) is answered with that bar's notes, spelled in the key; each single-line part carries its
    notes bar by bar in the findings; a part that strums chords does not (the chart says those), and 'the last
    bar' and the track's own bar number find the same bar. Round 10's z03 (dev for this rule) had only the
    line's manner over the whole window."""
    from frames.routing import bar_counted, bar_named

    assert bar_named("What's the bass doing in the second bar?", [40, 41, 42, 43]) == 41
    assert bar_named("and in the last bar?", [40, 41, 42, 43]) == 43
    assert bar_named("What happens in bar 42?", [40, 41, 42, 43]) == 42
    assert bar_named("What happens in bar 2?", [40, 41, 42, 43]) == 41  # the window's own count
    assert bar_named("What's the bass doing in bar three?", [40, 41, 42, 43]) == 42
    assert bar_named("and in the 2nd measure?", [40, 41, 42, 43]) == 41
    assert bar_named("What happens in the fifth bar?", [40, 41]) is None and bar_named("Any bars?", [1, 2]) is None
    # 'the third bar' counts the window's bars, even where the track's bar three lies in it; 'bar three' reads the
    # track's, and the window's third too where that is another (the twenty-first session's sweep, dev)
    assert bar_named("what's the chord in the third bar?", [3, 4, 5]) == 5
    assert bar_counted("what's the chord on the downbeat of bar three?", [3, 4, 5]) == 5
    assert bar_counted("what's the chord in the third bar?", [3, 4, 5]) is None
    assert bar_counted("what's the chord in bar 3?", [1, 2, 3, 4]) is None
    walk = [(44, 48, 51, 52), (49, 53, 56, 57), (44, 48, 51, 52), (51, 55, 58, 57)]
    bass = [note(b * BAR + i * P, pitch, 0.9 * P) for b, bar in enumerate(walk * 2) for i, pitch in enumerate(bar)]
    strum = [note(b * BAR + i * P / 2, pitch, 0.4 * P) for b, bar in enumerate(walk * 2) for i in range(8)
             for pitch in (bar[0] + 24, bar[1] + 24, bar[2] + 24)]
    tid = make_track(lib.store, "c8" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"bass": bass, "guitar": strum})
    f = get_findings(lib, tid, ["bass", "guitar"], 0.0, 4 * BAR, "What's the bass doing in the second bar?")
    assert f.routing.bar == 2 and f.summary.startswith("In the second bar here, the bass plays D flat, F, A flat and A."), \
        f.summary
    p = {x.stem: x for x in f.presence}
    assert [b.notes for b in p["bass"].bar_notes][:2] == [["Ab2", "C3", "Eb3", "E3"], ["Db3", "F3", "Ab3", "A3"]]
    assert p["guitar"].bar_notes == []
    last = get_findings(lib, tid, ["bass", "guitar"], 0.0, 4 * BAR, "What's the bass doing in bar 4?")
    assert last.summary.startswith("In the last bar here, the bass plays E flat, G, B flat and A."), last.summary
    later = get_findings(lib, tid, ["bass", "guitar"], 2 * BAR, 6 * BAR, "What's the bass doing in bar four?")
    assert later.summary.startswith("In the second bar here, bar four as the track's bars are counted, the bass plays "
                                    "E flat, G, B flat and A; in the last bar here, counted from the window's first "
                                    "bar, the bass plays D flat, F, A flat and A."), later.summary
    third = get_findings(lib, tid, ["bass", "guitar"], 2 * BAR, 6 * BAR, "What's the bass doing in the third bar?")
    assert third.summary.startswith("In the third bar here, the bass plays A flat, C, E flat and E."), third.summary
    # a line that plays nothing in the bar asked: said so, not the chord under it (the twenty-first session's sweep)
    late = make_track(lib.store, "e2" * 7 + "c5", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                      stems={"bass": bass, "guitar": strum,
                             "vocals": [note(2 * BAR + i * P, 67 + i % 3, P * 0.9) for i in range(8)]})
    said = get_findings(lib, late, ["vocals", "guitar"], 0.0, 4 * BAR, "what's the rhythm of the vocal in the first "
                        "bar?").summary
    assert said.startswith("In the first bar here, the vocals sing nothing."), said
    # a singular stem's verb agrees ("the bass play nothing": the twenty-ninth session's review)
    rests = make_track(lib.store, "e2" * 6 + "e4d8", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                       stems={"bass": [note(2 * BAR + i * P, 40 + i % 3, P * 0.9) for i in range(8)], "guitar": strum})
    said = get_findings(lib, rests, ["bass", "guitar"], 0.0, 4 * BAR, "what's the bass doing in the first bar?").summary
    assert said.startswith("In the first bar here, the bass plays nothing."), said
    # a voice with too few notes to say how it plays is still a line: a bar it leaves is said so (a punk singer's two
    # short entries got the first bar's chord: the twenty-ninth session's review)
    few = make_track(lib.store, "e2" * 6 + "e4d9", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": [note(2 * BAR + i * P, 69, P * 0.9) for i in range(3)], "guitar": strum})
    said = get_findings(lib, few, ["vocals", "guitar"], 0.0, 4 * BAR, "what is the singer singing in the first "
                        "bar?").summary
    assert said.startswith("In the first bar here, the vocals sing nothing."), said
    said = get_findings(lib, late, ["vocals", "guitar"], 0.0, 4 * BAR, "what's the rhythm of the vocal in the third "
                        "bar?").summary
    assert said.startswith("In the third bar here the vocals sing quarter notes."), said
    said = get_findings(lib, late, ["vocals", "guitar"], 0.0, 4 * BAR, "what's the vocal rhythm here?").summary
    assert "the same rhythm in every bar here" not in said, said  # (two of the four bars rest)
    # a bar past the window's count is said to be missing, first, not passed over (round 12's m07: a 2/4 song
    # counted in four-beat bars, asked about its third bar over a window of two)
    short = get_findings(lib, tid, ["bass", "guitar"], 0.0, 2 * BAR, "What's the bass doing in the third bar?")
    assert short.routing.bar is None and short.routing.bar_missing == 3
    assert short.summary.startswith("This window holds only two bars of four beats, so it has no third bar"), short.summary
    assert "the bass" in short.summary.lower()  # the part is still described after it
    sung = make_track(lib.store, "e3" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                      stems={"vocals": [dict(n, pitch=n["pitch"] + 24) for n in bass]})
    said = get_findings(lib, sung, ["vocals"], 0.0, 4 * BAR, "What's the singer doing in the second bar?").summary
    assert said.startswith("In the second bar here, the vocals sing D flat, F, A flat and A."), said


def test_rushing_or_dragging_is_answered_with_the_beats_tempo_across_the_window(lib):
    """A beat that speeds up by about 8 % over sixteen beats speeds up; by about 4 %, a little; one that holds
    its tempo (with a tracker's ±8 ms jitter) holds steady. 'Is the drummer rushing?' is answered with it first."""
    from heuristics.describe import tempo_trend

    rng = np.random.default_rng(5)

    def beats(ratio: float) -> np.ndarray:  # sixteen beats whose tempo moves linearly by ``ratio`` end to start
        periods = np.linspace(0.5, 0.5 / ratio, 16)
        return np.r_[0.0, np.cumsum(periods)] + rng.normal(0.0, 0.008, 17)

    assert tempo_trend(beats(1.08))[1] == "speeds up"
    assert tempo_trend(beats(1.04))[1] == "speeds up a little"
    assert tempo_trend(beats(0.92))[1] == "slows down"
    assert tempo_trend(beats(1.0))[1] == "steady"
    assert tempo_trend(beats(1.0)[:6]) == (None, None)  # too few beats to say
    tid = make_track(lib.store, "c9" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=groove(16))
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "Is the drummer rushing or dragging?")
    assert f.summary.startswith("The tempo holds steady across the window"), f.summary
    assert f.meter.tempo_trend == "steady"


def test_a_step_in_the_beat_grid_is_not_read_as_the_band_speeding_up():
    """A grid that counts four beats to a 5/4 bar in an intro and five after (0.625 s, then 0.5 s between beats)
    is a tracking step, not a band speeding up by a quarter: no trend is read over it."""
    from heuristics.describe import tempo_trend

    beats = np.r_[np.arange(0.0, 5.0, 0.625), 5.0 + np.arange(0.0, 4.0, 0.5)]
    assert tempo_trend(beats) == (None, None)


def test_a_drummers_bar_the_changes_and_a_singer_stopping_are_routed_as_a_player_means_them(lib):
    """Round 11's wordings (dev for these rules): 'is the hat doubling the kick?' asks where the kit's hits fall,
    not whether the drums are double-tracked; 'how are the changes moving?' asks for the chords ('what changes
    here?' still asks what happens); 'when does the singer stop?' asks what happens; 'what's the drummer doing
    in the second bar?' is answered with that bar's hits, class by class."""
    from frames.routing import asks_of, clause_asks

    assert asks_of("Is the hat just doubling the kick here, or doing its own thing?", ["drums"])[0] == "drum_pattern"
    assert asks_of("How are the changes moving here?", [])[0] == "chords"
    assert asks_of("What changes here?", [])[0] == "narrative"
    assert [k for k, _, _ in clause_asks("Is the tempo holding steady through here, and when does the singer stop?",
                                         {"vocals", "drums"})] == ["meter", "narrative"]
    tid = make_track(lib.store, "ca" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=groove(16))
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, "What's the drummer doing in the second bar?")
    assert f.summary.startswith("In the second bar here, the drums play the kick on one and three, the snare on two "
                                "and four and the hi-hat eight hits from one to the and of four."), f.summary
    assert f.drum_pattern.by_bar[2]["kick"] == ["1", "3"]
    hat = get_findings(lib, tid, ["drums"], 0.0, 8.0, "Is the hat doubling the kick?")
    assert not hat.summary.startswith("Whether the drums are doubled"), hat.summary


def test_a_partss_onsets_are_its_strokes_not_a_transcriptions_restarted_overtones(lib):
    """Off-beat piano stabs (one three-note chord on each 'and', 16 of them) with a quiet overtone the
    transcription starts 100 ms into each ringing chord: 16 onsets, 4 a bar, as a player counts the stabs (round
    11's k06, dev for this rule: 21 raw onsets for 12 stabs read as 'not sparse')."""
    stabs = []
    for i in range(16):
        t = i * P + P / 2
        stabs += [note(t, p, 0.4 * P, 90) for p in (64, 68, 73)] + [note(t + 0.1, 92, 0.1, 40)]
    tid = make_track(lib.store, "cb" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": stabs, **{k: v for k, v in groove(16).items() if k == "drums"}})
    f = get_findings(lib, tid, ["piano", "drums"], 0.0, 4 * BAR, "Is the piano busy or sparse?")
    piano = next(p for p in f.presence if p.stem == "piano")
    assert piano.onsets == 16 and piano.onsets_per_bar == 4.0, (piano.onsets, piano.onsets_per_bar)


def _two_players(kind: str) -> dict[str, list[dict]]:
    """A guitar stem: chords strummed on every beat (A minor / F / C / G, a bar each), with, for 'lead', a
    melody over them an octave up in eighths and quarters, mostly by step, starting between the strums as
    often as on them; 'comp' voices the chords so that the top note moves with every new voicing (all its
    notes struck together)."""
    g = groove(16)
    triads = [(57, 60, 64), (53, 57, 60), (55, 60, 64), (55, 59, 62)]
    inversions = [(57, 60, 64), (60, 64, 69), (53, 57, 60), (57, 60, 65), (55, 60, 64), (60, 64, 67),
                  (55, 59, 62), (59, 62, 67)]
    beats = int(16 / P)
    if kind == "comp":
        g["guitar"] = [note(b * P, p, P * 0.9, 80) for b in range(beats) for p in inversions[(b // 2) % 8]]
        return g
    g["guitar"] = [note(b * P, p, P * 0.9, 70) for b in range(beats) for p in triads[(b // 4) % 4]]
    if kind == "lead":
        tune = [76, 74, 72, 74, 76, 77, 79, 77, 76, 74, 72, 71, 72, 74, 72, 69]
        steps = [0.5, 1.0, 0.5, 1.0, 1.0]  # in beats, so onsets fall on and between the strums
        t, i = 0.0, 0
        while t < 16 - P:
            d = steps[i % len(steps)] * P
            g["guitar"].append(note(t, tune[i % len(tune)], d * 0.95, 100))
            t, i = t + d, i + 1
    return g


def test_a_lead_line_over_strummed_chords_in_one_stem_is_said_as_both(lib):
    """A lead guitar's melody summed with a rhythm guitar's strums is one stem: the part is 'a lead line
    over chords', and the summary says so rather than calling the melody chords."""
    tid = make_track(lib.store, "f1" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=_two_players("lead"))
    f = get_findings(lib, tid, ["guitar"], 0.0, 16.0, "What's the guitar playing?")
    guitar = next(p for p in f.presence if p.stem == "guitar")
    assert guitar.line_over_chords and guitar.playing == "a lead line over chords", guitar
    assert f.summary.startswith("The guitar plays a lead line over chords throughout"), f.summary
    assert not any(ch.isdigit() for ch in f.summary)


@pytest.mark.parametrize("kind", ["chords", "comp"])
def test_chords_alone_and_a_comp_whose_top_note_moves_with_its_voicing_stay_chords(lib, kind):
    tid = make_track(lib.store, ("f2" if kind == "chords" else "f3") * 8, duration_s=16, bpm=BPM, beats_per_bar=4,
                     meter="4/4", stems=_two_players(kind))
    f = get_findings(lib, tid, ["guitar"], 0.0, 16.0, "What's the guitar playing?")
    guitar = next(p for p in f.presence if p.stem == "guitar")
    assert not guitar.line_over_chords and "chords" in guitar.playing and "lead" not in f.summary, guitar


def test_a_fill_of_more_than_twelve_hits_in_one_bar_is_counted_in_words(lib):
    """'What do the drums play in the second bar?' over a bar whose snare rolls every sixteenth: fourteen places
    in one bar were counted '14 hits from the e of one to the a of four', a digit in the summary. A count is a
    word however large."""
    from heuristics.describe import count_word

    assert [count_word(n) for n in (12, 16, 21, 40, 99)] == ["twelve", "sixteen", "twenty-one", "forty",
                                                              "ninety-nine"]
    drums = []
    for b in range(4):
        for i in range(4):
            t = b * BAR + i * P
            drums.append(note(t, 36 if i % 2 == 0 else 38, 0.1, 100))
            drums.append(note(t, 42, 0.05, 60))
            drums.append(note(t + P / 2, 42, 0.05, 60))
    drums += [note(BAR + j * P / 4, 38, 0.05, 90 + j) for j in range(16) if j % 8]  # the roll, past the backbeat
    tid = make_track(lib.store, "c9" * 8, duration_s=4 * BAR, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": drums})
    f = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "What do the drums play in the second bar?")
    assert f.summary.startswith("In the second bar here, the drums play"), f.summary
    assert "the snare fourteen hits from the e of one to the a of four" in f.summary, f.summary
    assert not any(ch.isdigit() for ch in f.summary), f.summary


def test_a_tambourine_asked_about_is_answered_with_the_hi_hat_class_said_as_both(lib):
    """'Where's the tambourine hitting?': the drum reading hears a tambourine or a shaker in the hi-hat class (the
    Beatles' tambourine on two and four was said as 'the hi-hat on two and four', and the model could not place
    the tambourine: round 14's p04, dev for this rule). Where the question names one, that class leads and is
    named as both; a question that names none keeps 'hi-hat'."""
    drums = []
    for b in range(4):
        for i in range(4):
            t = b * BAR + i * P
            drums.append(note(t, 36 if i in (0, 2) else 38, 0.1, 100))
            if i in (1, 3):
                drums.append(note(t, 54, 0.1, 80))  # the tambourine, written by a detector as the hi-hat class (42)
    drums = [dict(d, pitch=42) if d["pitch"] == 54 else d for d in drums]
    tid = make_track(lib.store, "d1" * 8, duration_s=4 * BAR, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": drums})
    f = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "Where's the tambourine hitting?")
    assert f.routing.percussion_asked == "tambourine" and f.routing.asks == "drum_pattern", f.routing
    assert f.summary.startswith("The tambourine or hi-hat (the drum reading does not tell them apart) plays on two "
                                "and four"), f.summary
    # a question that names none: on two and four alone both are named (since the thirteenth session: the Beatles'
    # tambourine was called a hi-hat again in round 32's ag02, dev); a hat on the eighths stays a hi-hat
    plain = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "What's the drummer playing?")
    assert plain.routing.percussion_asked is None and "the tambourine or hi-hat (the drum reading does not tell them " \
        "apart) on two and four" in plain.summary, plain.summary
    eighths = [d for d in drums if d["pitch"] != 42] + [note(b * BAR + i * P / 2, 42, 0.05, 80) for b in range(4)
                                                        for i in range(8)]
    tid = make_track(lib.store, "d1" * 7 + "d2", duration_s=4 * BAR, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": eighths})
    plain = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "What's the drummer playing?")
    assert "tambourine" not in plain.summary and "hi-hat" in plain.summary, plain.summary
    # a shaker the producer will add is none of the kit's (the fifteenth session's review: Rock's hats read "the
    # shaker or hi-hat" for "I'm adding a shaker here -- where does the snare land?")
    planned = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "I'm adding a shaker here -- where does the snare land?")
    assert planned.routing.percussion_asked is None and "shaker" not in planned.summary, planned.summary


def test_a_strum_the_transcription_splits_into_its_strings_is_chords_not_a_line_or_a_lead(lib):
    """Country1's two strummed acoustic guitars came out of the transcription a string or two at a time (F sharp,
    A, D alone between D major strums, each ringing on): read as 'a lead line over chords' (round 15's o09, dev
    for this rule) or 'a busy line'. A part that keeps three pitch classes ringing together most of the time plays
    chords. (The other half of the rule, a single note whose pitch the strums either side sound being a strum's
    fragment and not a lead's note, is what turned Country1's reading; eval.two_parts' leads are all still found.)"""
    guitar = []
    for b, root in enumerate([50, 43, 45, 50] * 2):  # D, G, A, D: a strum on one, then a string at a time
        strum = (root, root + 7, root + 12, root + 16)
        # the strings the transcription finds alone, out of order and an octave or two apart, each ringing on
        alone = (root + 19, root, root + 16, root + 7, root + 12, root + 4, root + 19)
        for i, strings in enumerate([strum] + [(x,) for x in alone]):
            guitar += [note(b * BAR + i * P / 2 + 0.01 * k, pitch, 1.5 * P, 80) for k, pitch in enumerate(strings)]
    tid = make_track(lib.store, "e4" * 8, duration_s=8 * BAR, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"guitar": guitar})
    f = get_findings(lib, tid, ["guitar"], 0.0, 4 * BAR, "What's the guitar playing?")
    g = next(p for p in f.presence if p.stem == "guitar")
    assert not g.line_over_chords and "chords" in (g.playing or ""), g
    assert "line" not in f.summary.split(".")[0], f.summary


@pytest.mark.parametrize("track_meter", ["12/8", "6/8"])
def test_a_named_bar_of_a_window_read_in_six_eight_gives_the_twelve_eight_bar_too(lib, track_meter):
    """A 12/8 shuffle whose window reads 6/8 (two dotted-quarter beats a bar): 'what's the bass playing in bar
    two?' was answered with the window's second 6/8 bar, the second half of the player's first 12/8 bar (round
    15's o10, dev for this rule). Where the track reads 12/8, the 12/8 bar is said beside it, paired from the
    track's odd bar; a track in 6/8 keeps its own count."""
    beat = 60 / 63  # a dotted quarter
    walk = [45, 49, 52, 49, 50, 54, 57, 56, 43, 47, 50, 54, 40, 43, 47, 44]  # A C# E C# | D F# A G# | G B D F# | E G B G#
    bass = [note(i * beat, p, 0.9 * beat) for i, p in enumerate(walk * 2)]
    drums = []
    for i in range(32):
        t = i * beat
        drums += [note(t, 36 if i % 2 == 0 else 37, 0.1, 100), note(t, 42, 0.05, 70), note(t + beat / 3, 42, 0.05, 60),
                  note(t + 2 * beat / 3, 42, 0.05, 60)]
    tid = make_track(lib.store, ("e5" if track_meter == "12/8" else "e6") * 8, duration_s=32 * beat, bpm=63,
                     beats_per_bar=2, meter=track_meter, stems={"bass": bass, "drums": drums})
    f = get_findings(lib, tid, ["bass", "drums"], 8 * beat, 24 * beat, "What's the bass playing in bar two?")
    assert f.meter.label == "6/8", f.meter
    first = f.summary.split(". ")[0]
    if track_meter == "12/8":  # the window's bars 5-8: G B | D F# || E G | B G#
        assert first == ("In the second bar here, the bass plays D and F sharp, counted in six-eight; counted in "
                         "twelve-eight, two of those bars to one, the second bar here holds E, G, B and G sharp"), first
    else:
        assert first == "In the second bar here, the bass plays D and F sharp", first


@pytest.mark.parametrize("track_meter", ["12/8", "4/4"])
def test_a_window_read_in_six_eight_under_a_twelve_eight_track_says_both(lib, track_meter):
    """ft_swing_g1208's windows read 6/8 under a track read 12/8, 'because the accents group the eighths in threes'
    (the eighteenth session's sweep, dev; rounds 6 and 11): a 12/8 backbeat repeats every two dotted-quarter beats as
    a 6/8's accents do, so the accents do not settle it, and the track's 12/8 comes from its chords changing every
    four beats. The same music read two ways is said so; a track read otherwise keeps the plain reason."""
    beat = 60 / 63
    drums = []
    for i in range(16):
        t = i * beat
        drums += [note(t, 36 if i % 2 == 0 else 38, 0.1, 100)] + [note(t + k * beat / 3, 42, 0.05, 60) for k in range(3)]
    tid = make_track(lib.store, ("f3b7" if track_meter == "12/8" else "f3b8") * 4, duration_s=16 * beat, bpm=63,
                     beats_per_bar=4, meter=track_meter, stems={"drums": drums})
    f = get_findings(lib, tid, ["drums"], 0.0, 12 * beat, "how should I count this?")
    assert f.meter.label == "6/8", f.meter
    both = ("It reads as six-eight because the kick, snare and bass repeat every two beats, but the song as a whole "
            "reads twelve-eight, its chords changing every four beats: the same music, two of these bars to one of "
            "its.")
    assert (both in f.summary) == (track_meter == "12/8"), f.summary


def test_how_many_bars_before_the_band_comes_in_counts_the_bars_to_the_entry(lib):
    """'How many bars of intro before the band comes in?' was answered with the window's own length (round 15's
    o02, dev for this rule). A length asked up to an entry is counted to the first entry, in bars at the beat
    played after it (:attr:`Event.bars_in`)."""
    g = groove(16)
    piano = [note(b * BAR, p, BAR * 0.95, 70) for b in range(8) for p in (57, 60, 64)]
    tid = make_track(lib.store, "e7" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": piano, **{k: [n for n in v if n["time_s"] >= 3 * BAR] for k, v in g.items()}})
    f = get_findings(lib, tid, ["piano", "drums", "bass"], 0.0, 6 * BAR,
                     "How many bars of intro before the band comes in? Thinking of cutting it down.")
    entry = next(e for e in f.events if e.kind == "enters")
    assert entry.bars_in == pytest.approx(3.0, abs=0.1), f.events
    assert f.summary.startswith("The drums and bass come in about three bars of four beats (twelve beats) into the "
                                "window."), f.summary
    # asked in beats (the twenty-fourth session's sweep on ft_drive_e24 got the meter, dev)
    f = get_findings(lib, tid, ["piano", "drums", "bass"], 0.0, 6 * BAR, "how many beats before the drums come in?")
    assert f.summary.startswith("The drums and bass come in about three bars of four beats (twelve beats)"), f.summary
    plain = get_findings(lib, tid, ["piano", "drums", "bass"], 0.0, 6 * BAR, "How many bars is this? Want to loop it.")
    assert plain.summary.startswith("This window spans six whole bars of four beats"), plain.summary


def test_off_beats_on_the_tracked_beats_triplets_keep_the_grid_whatever_the_commonest_gap(lib, monkeypatch):
    """A degraded 12/8 shuffle's reverb and bleed put a 224 ms gap under its 317 ms triplets; the players' pulse
    read from that gap did not divide the tracked beat and turned the window into 4/4 at 134 (round 15's o04, dev
    for this rule). Where the off-beats land on the tracked beat's triplet places, the grid fits: the pulse
    reading is not consulted (here it is made to say 4/4, as it did there)."""
    import heuristics.describe as describe

    monkeypatch.setattr(describe, "_pulse_reading", lambda acc, period: (
        "4/4", "quarter", 4, 134.0, "the players' pulse (224 ms) does not divide the tracked beat", "the tracked beat"))
    beat = 60 / 63
    drums, guitar = [], []
    for i in range(16):
        t = i * beat
        drums += [note(t, 36 if i % 2 == 0 else 37, 0.1, 100), note(t, 51, 0.1, 70), note(t + 2 * beat / 3, 51, 0.1, 60)]
        guitar += [note(t + 2 * beat / 3, p, 0.2, 70) for p in (64, 67, 72)]
    tid = make_track(lib.store, "e8" * 8, duration_s=16 * beat, bpm=63, beats_per_bar=4, meter="12/8",
                     stems={"drums": drums, "guitar": guitar})
    f = get_findings(lib, tid, ["drums", "guitar"], 0.0, 12 * beat, "Is this in 6/8 or 3/4?")
    assert f.meter.label in ("6/8", "12/8") and f.meter.tempo_bpm == pytest.approx(63, abs=1), f.meter
    # the same strokes at 0.42 of the beat, neither on its triplet places nor on its halves: the grid does not fit
    # them, so the pulse is read (strokes on the halves fit the grid: the eighteenth session's degraded drive, dev)
    straight = [dict(n, time_s=n["time_s"] - (2 * beat / 3 - 0.42 * beat) * (round(n["time_s"] / beat * 3) % 3 == 2))
                for n in drums + guitar]
    tid = make_track(lib.store, "e9" * 8, duration_s=16 * beat, bpm=63, beats_per_bar=4, meter="4/4",
                     stems={"drums": [n for n in straight if n["pitch"] < 60], "guitar": [n for n in straight if n["pitch"] >= 60]})
    f = get_findings(lib, tid, ["drums", "guitar"], 0.0, 12 * beat, "Is this in 6/8 or 3/4?")
    assert f.meter.label == "4/4" and f.meter.tempo_bpm == 134.0, f.meter
    halves = [dict(n, time_s=n["time_s"] - (2 * beat / 3 - beat / 2) * (round(n["time_s"] / beat * 3) % 3 == 2))
              for n in drums + guitar]
    tid = make_track(lib.store, "ea" * 8, duration_s=16 * beat, bpm=63, beats_per_bar=4, meter="4/4",
                     stems={"drums": [n for n in halves if n["pitch"] < 60], "guitar": [n for n in halves if n["pitch"] >= 60]})
    f = get_findings(lib, tid, ["drums", "guitar"], 0.0, 12 * beat, "Is this in 6/8 or 3/4?")
    assert f.meter.label == "4/4" and f.meter.tempo_bpm == pytest.approx(63, abs=1), f.meter  # the grid stands


def test_a_singers_lines_split_at_her_breaths_and_are_counted_when_asked(lib):
    """Four sung lines with half-second breaths between them at a slow beat (one a second) were one phrase (a
    phrase ended only at a rest of about a beat), and 'how many lines does she sing, and what's the top note?
    building a harmony under it' was routed to the chords by 'harmony' (round 16's h10, dev for these rules).
    A voice's phrase ends at a breath; a question's reason is not its ask; one selected part is what a clause
    without a name asks about; the phrases are counted."""
    tune = [50, 50, 51, 53, 55], [55, 55, 54, 51, 53], [48, 49, 51, 50, 47], [55, 55, 53, 51, 53]
    vocals, t = [], 0.2
    for line in tune:
        for pitch in line:
            vocals.append(note(t, pitch + 12, 0.5, 80))
            t += 0.52
        t += 0.55  # a breath
    tid = make_track(lib.store, "ea" * 8, duration_s=14.0, bpm=60, beats_per_bar=4, meter="4/4",
                     stems={"vocals": vocals})
    f = get_findings(lib, tid, ["vocals"], 0.0, 13.5, "how many lines does she sing in this bit, and what's the top "
                     "note? building a harmony under it")
    assert len(f.melody.phrases) == 4, f.melody.phrases
    assert f.routing.asks == "melody" and [x.asks for x in f.routing.also] == ["part"], f.routing
    assert f.summary.startswith("The vocal line comes in four phrases"), f.summary
    assert "up to G" in f.summary, f.summary


def test_two_triads_in_one_bar_are_charted_as_two_chords_not_one_seventh(lib):
    """A 2/4 song counted in four-beat bars: C sharp minor then A, E then B, each two beats. Each bar's notes were
    charted as one seventh chord (A major seven, E major seven: round 17's j06, dev for this rule). Where each half
    spells its own triad and the seventh (with its ninth) only holds both, the bar holds two chords; a major seven
    chord struck through the bar stays one."""
    halves = [(49, 52, 56), (45, 49, 52), (52, 56, 59), (47, 51, 54)]  # C#m, A, E, B: two beats each
    piano, bass = [], []
    for k in range(16):
        chord = halves[k % 4]
        for beat in (0, 1):
            t = k * 2 * P + beat * P
            piano += [note(t + P / 2, p + 12, P / 3, 80) for p in chord]
            bass.append(note(t, chord[0] - 12, P * 0.9, 90))
    tid = make_track(lib.store, "eb" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": piano, "bass": bass})
    f = get_findings(lib, tid, ["bass", "piano"], 0.0, 4 * BAR, "What are the chords?")
    assert [b.chords for b in f.harmony.chart.bars][:2] == [["C#m", "A"], ["E", "B"]], f.harmony.chart
    held = [note(b * BAR, p, BAR * 0.95, 80) for b in range(8) for p in (57, 61, 64, 68)]  # A major seven, held
    tid = make_track(lib.store, "ec" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"piano": held})
    f = get_findings(lib, tid, ["piano"], 0.0, 4 * BAR, "What are the chords?")
    assert all(b.chords == ["Amaj7"] for b in f.harmony.chart.bars), f.harmony.chart


def test_bars_before_a_named_part_comes_in_count_to_its_entry_or_say_it_is_already_there(lib):
    """'How many bars of drums and bass before the piano comes in?' counts to the piano's entry (the part named
    after 'before'), not the first entry; a part that plays from the window's start is said to, not answered with
    another part's entry; a part that never sounds in the window does not come in."""
    g = groove(16)
    piano = [note(b * BAR, p, BAR * 0.95, 70) for b in range(2, 8) for p in (57, 60, 64)]
    vocals = [note(t, 69, 0.4, 80) for t in np.arange(BAR, 16.0, P)]
    tid = make_track(lib.store, "ed" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={**g, "piano": piano, "vocals": vocals})
    stems = ["drums", "bass", "piano", "vocals"]
    f = get_findings(lib, tid, stems, 0.0, 6 * BAR, "How many bars of drums and bass before the piano comes in?")
    assert f.summary.startswith("The piano comes in about two bars of four beats (eight beats) into the window."), f.summary
    f = get_findings(lib, tid, stems, 0.0, 6 * BAR, "How many bars before the drums come in?")
    assert f.summary.startswith("The drums play from the window's start; no bars come before it."), f.summary
    f = get_findings(lib, tid, stems, 0.0, 6 * BAR, "How many bars before the band comes in?")
    assert f.summary.startswith("The vocals come in about one bar of four beats (four beats) into the window."), f.summary
    f = get_findings(lib, tid, stems, 0.0, 2 * BAR - 0.1, "How many bars before the piano comes in?")
    assert f.summary.startswith("The piano does not come in inside this window."), f.summary


def _shuffle_band(duration_s: float, beat_s: float) -> dict[str, list[dict]]:
    """12/8 at one dotted quarter a beat: kick on each beat, hats on every triplet, a guitar chord on the last."""
    drums, guitar = [], []
    for t in np.arange(0.0, duration_s, beat_s):
        drums += [note(t, 36, 0.1, 100), note(t + beat_s / 3, 42, 0.05, 60), note(t + 2 * beat_s / 3, 42, 0.05, 60)]
        guitar += [note(t + 2 * beat_s / 3, p, beat_s / 4) for p in (55, 59, 62)]
    return {"drums": drums, "guitar": guitar}


def test_a_part_asked_its_feel_is_read_from_its_own_notes_not_the_bands(lib):
    """'Is she swinging it or singing it straight?' over a shuffle: a voice singing even duplets is straight,
    two against three; one on the band's triplets rides the lilt (round 18's g09: the band's shuffle was
    given as the singer's feel). A sung note the transcription splits in two (one pitch again, abutting) is
    one note, not a sixteenth."""
    beat = 1.0
    scale = [60, 62, 64, 65, 67, 65, 64, 62]
    duplets = [note(t, scale[i % 8], beat / 2 - 0.02) for i, t in enumerate(np.arange(0.0, 16.0, beat / 2))]
    split = [x for n in duplets for x in (dict(n, duration_s=beat / 4), dict(n, time_s=n["time_s"] + beat / 4,
                                                                             duration_s=beat / 4 - 0.02))]
    triplets = [note(t, scale[i % 8], beat / 3 - 0.02) for i, t in enumerate(np.arange(0.0, 16.0, beat / 3))]
    q = "is she swinging it or singing it straight?"
    for tid, line, said in (("d1" * 8, duplets, "straight, splitting each beat evenly in two across the band's "
                                                 "triplet lilt: two against three"),
                            ("d2" * 8, split, "two against three"),
                            ("d3" * 8, triplets, "ride the band's triplet lilt, three to a beat")):
        make_track(lib.store, tid, duration_s=16, bpm=60, beats_per_bar=4, meter="12/8",
                   stems=_shuffle_band(16, beat) | {"vocals": line})
        f = get_findings(lib, tid, ["vocals", "drums", "guitar"], 0.0, 8.0, q)
        assert said in f.summary.split(". ")[0], (tid, f.summary)
    # not asked about a part: the band's meter, as before
    f = get_findings(lib, "d1" * 8, ["vocals", "drums", "guitar"], 0.0, 8.0, "is it swung or straight?")
    assert "two against three" not in f.summary


def test_a_part_that_swings_over_straight_eighths_is_said_to_swing(lib):
    g = groove(16)  # straight eighth hats
    line = [note(t + d, 69 + (i % 3), 0.2) for i, t in enumerate(np.arange(0.0, 16.0, P)) for d in (0.0, 2 * P / 3)]
    tid = make_track(lib.store, "d4" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems=g | {"guitar": line})
    f = get_findings(lib, tid, ["guitar", "drums", "bass"], 0.0, 8.0, "is the guitar swinging?")
    assert f.summary.startswith("The guitar swings the eighths, long-short, against the drums' straight eighths"), \
        f.summary


def test_a_sung_note_the_transcription_splits_is_named_once_and_a_struck_repeat_twice(lib):
    """Bar notes: a voice's note split where its vibrato moves (the same pitch again, abutting) is one note
    (round 16's h01: 'A, A, B, B, C sharp, C sharp, ...' for eighths A, B, C sharp); a piano striking a note
    again plays it twice. And 'thinking of doubling it on a synth' names no synth part."""
    scale = [57, 59, 61, 62, 64, 66, 64, 62]  # A B C# D E F# E D, eighths
    line = [note(b * BAR + i * P / 2, p, P / 2 - 0.01) for b in range(8) for i, p in enumerate(scale)]
    split = [x for n in line for x in (dict(n, duration_s=P / 4), dict(n, time_s=n["time_s"] + P / 4,
                                                                     duration_s=P / 4 - 0.01))]
    g = groove(16)
    make_track(lib.store, "e1" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", key="A major", key_pc=9,
               stems=g | {"vocals": split, "piano": [dict(n, pitch=n["pitch"] + 12) for n in split]})
    q = "what's the vocal doing in bar 2? thinking of doubling it on a synth"
    f = get_findings(lib, "e1" * 8, ["vocals", "drums"], 0.0, 8.0, q)
    assert f.summary.startswith("In the second bar here, the vocals sing A, B, C sharp, D, E, F sharp, E and D."), \
        f.summary
    assert "not in this selection" not in f.summary and named_stems(q) == ["vocals"]
    piano = next(p for p in get_findings(lib, "e1" * 8, ["piano", "drums"], 0.0, 8.0,
                                         "what's the piano doing in bar 2?").presence if p.stem == "piano")
    assert len(next(b for b in piano.bar_notes if b.bar == 2).notes) == 16


@pytest.mark.parametrize("dipped", [False, True])
def test_a_held_note_swelling_out_of_its_attack_is_one_sung_note_and_a_resung_syllable_two(dipped):
    """A held F5 transcribed in two abutting pieces where the level swells 5 dB out of a shallow wobble (a room's
    swell on a degraded copy, or a voice still rising out of its attack: round 101's cx10 packet, "two Fs", and the
    frames songs' singers in ``python -m eval.sung --frames``, dev) is one sung note; the same pitch sung again
    after the level falls under the held note and climbs back (a new syllable) is two."""
    from analysis.core.types import Frames, Note, Notes, StemSlice
    from heuristics.describe import sung_spans

    t = np.arange(0.0, 3.0, 0.05)
    level = np.full(len(t), -28.0)
    level[(t >= 1.35) & (t < 1.45)] = -29.5 if not dipped else -36.0  # the wobble, or a consonant's dip
    level[(t >= 1.45) & (t < 1.7)] = -24.0  # the swell or the new syllable
    f = Frames(t, level, np.full(len(t), 2000.0), np.full(len(t), 698.5), np.zeros(len(t), bool))
    notes = Notes.of([Note(0.5, 0.93, 77, 90), Note(1.43, 1.0, 77, 95)], "vocals")
    spans = sung_spans(StemSlice("vocals", notes, f, False))
    assert [round(a, 2) for a, _, _ in spans] == ([0.5, 1.43] if dipped else [0.5]), spans


def test_a_sung_note_stops_where_the_voice_lets_go_not_where_its_tail_dies():
    """A held note whose transcription runs 0.6 s on through a release and a room's tail (her last note said "still
    ringing" after she stopped: round 104's da07, round 105's db12; ``python -m eval.sung --frames --ends``, dev) ends
    where its level falls away from the level it held; a dip inside the note that climbs back (a consonant, a wobble)
    ends nothing."""
    from analysis.core.types import Frames, Note, Notes, StemSlice
    from heuristics.describe import sung_spans

    t = np.arange(0.0, 3.0, 0.05)
    level = np.full(len(t), -60.0)
    level[(t >= 0.5) & (t < 1.5)] = -28.0  # she holds the note to 1.5
    level[(t >= 0.9) & (t < 1.0)] = -33.0  # a wobble inside it
    tail = t >= 1.5
    level[tail] = -40.0 - 30.0 * (t[tail] - 1.5)  # the release and the room, still pitched
    f = Frames(t, level, np.full(len(t), 2000.0), np.full(len(t), 440.0), np.zeros(len(t), bool))
    notes = Notes.of([Note(0.5, 1.6, 69, 90)], "vocals")
    (start, end, _), = sung_spans(StemSlice("vocals", notes, f, False))
    assert start == 0.5 and 1.45 <= end <= 1.55, end
    (_, held_end, _), = sung_spans(StemSlice("vocals", notes, f, False), let_go=False)
    assert abs(held_end - 2.1) < 1e-6  # the transcription's end, eval.sung's baseline
    # a singer fading her note 14 dB over half a second before she stops (the Beatles singer) sings it to its end
    fade = np.where((t >= 1.0) & (t < 2.0), -28.0 - 28.0 * (t - 1.0), level)
    fade[(t >= 1.5) & (t < 2.0)] = -28.0 - 28.0 * (t[(t >= 1.5) & (t < 2.0)] - 1.0)
    fade[t >= 2.0] = -70.0
    f = Frames(t, fade, np.full(len(t), 2000.0), np.full(len(t), 440.0), np.zeros(len(t), bool))
    notes = Notes.of([Note(0.5, 1.5, 69, 90)], "vocals")
    (_, end, _), = sung_spans(StemSlice("vocals", notes, f, False))
    assert end == 2.0, end


def _set_vocal_frames(lib, tid: str, assignments: str, where: str) -> None:
    """Rewrite a test track's stored vocal frames (``UPDATE features SET <assignments> WHERE <where>``)."""
    lib.store.db.execute(f"UPDATE features SET {assignments} WHERE track_id = ? AND stem = 'vocals' AND {where}", [tid])
    lib.store.db.conn.commit()


def test_a_line_coming_back_as_the_window_ends_is_on_the_next_bars_one_and_no_phrase_of_its_own(lib):
    """A singer back a hair before the next bar's one, with that beat just past the window's end, comes in on the one
    of the next bar, not "on beat four" (the grid's last beat), and her note there is the next line starting, not a
    phrase of one beat (round 106's dc10 packet, dev)."""
    line = [note(k * P, (76, 79, 81, 79)[k % 4], P * 0.9, 90) for k in range(12)]
    line += [note(8.0 + k * P, (77, 81, 83, 81)[k % 4], P * 0.9, 90) for k in range(12)] + [note(15.97, 76, 0.5, 90)]
    tid = make_track(lib.store, "e2" * 6 + "e552", duration_s=20, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": line})
    f = get_findings(lib, tid, ["vocals"], 0.0, 16.0, "how long is each line, and where does she come back in?")
    (m,) = [p for p in f.presence if p.stem == "vocals"]
    assert (m.line_starts[-1].bar, m.line_starts[-1].beat) == (9, 1), m.line_starts
    said = " ".join(c.text for c in f.claims)
    assert "two phrases here last about twelve and twelve beats" in said, said
    assert "the next starts as the window ends" in said, said


def test_a_singers_hole_starts_where_she_lets_go_not_where_the_rooms_pitched_tail_dies(lib):
    """Her line's last note transcribed 0.6 s on through the room's tail, still pitched 12 dB under her: the hole
    between her lines starts where she lets go, and so does the phrase's end (round 106's dc08 and dc10 packets, a
    hole and a phrase end read in the tail, dev)."""
    line = [note(k * P, (76, 79, 81, 79)[k % 4], P * 0.9, 90) for k in range(11)] + [note(5.5, 76, 1.1, 90)]
    line += [note(10.0 + k * P, (77, 81, 83, 81)[k % 4], P * 0.9, 90) for k in range(8)]
    tid = make_track(lib.store, "e2" * 6 + "e553", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": line})
    _set_vocal_frames(lib, tid, "energy_db = -33.0", "time_s >= 5.98 AND time_s < 6.6")
    f = get_findings(lib, tid, ["vocals"], 0.0, 14.0, "where does she leave room between her lines?")
    (m,) = [p for p in f.presence if p.stem == "vocals"]
    assert m.rests and 5.95 <= m.rests[0].start_s <= 6.1, m.rests
    ends = [e.time_s for e in f.events if e.kind == "phrase_end"]
    assert ends and 5.95 <= ends[0] <= 6.1, f.events


def test_a_line_heard_a_frame_before_its_first_note_starts_on_that_note(lib):
    """Her hole ends where she is heard again, a frame or two before the transcription starts her note: each line
    still starts on its first note (a solo voice's lines came in on no note: round 107's dd04 packet, dev)."""
    line = [note(k * P, 69, P * 0.9, 90) for k in range(6)] + [note(5.0 + k * P, (72, 74)[k % 2], P * 0.9, 90)
                                                               for k in range(6)]
    tid = make_track(lib.store, "e2" * 6 + "e554", duration_s=10, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": line})
    _set_vocal_frames(lib, tid, "energy_db = -21.0, pitch_hz = 523.3", "time_s >= 4.88 AND time_s < 5.0")
    f = get_findings(lib, tid, ["vocals"], 0.0, 8.0, "what note does she start her second line on?")
    (m,) = [p for p in f.presence if p.stem == "vocals"]
    assert m.line_starts and m.line_starts[-1].time_s < 4.96 and m.line_starts[-1].note == "C5", m.line_starts


def test_a_singers_stem_holding_only_spill_before_she_comes_in_has_no_level_jump(lib):
    """A degraded copy's vocal stem holds a drum solo's spill, read as residue, for four bars before she sings: the
    window said "the level jumps up by about 21 dB" and "the parts get busier" there (round 100's cw09 window, the
    thirty-ninth session's reading, dev). A pitched part's residue is not its level, and a side where the selection
    rests is an entry, not a change of density: she comes in, and that is said."""
    line = [note(8.0 + i * P, (76, 79, 81, 79)[i % 4], P * 0.9, 90) for i in range(16)]
    tid = make_track(lib.store, "e2" * 6 + "e545", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": line})
    _set_vocal_frames(lib, tid, "energy_db = -45.0 + 3.0 * ((CAST(time_s * 20 AS INTEGER) % 5) = 0), bleed = 1, "
                      "spill = 1", "time_s < 7.95")
    f = get_findings(lib, tid, ["vocals"], 0.0, 16.0, "where does the singer come in?")
    kinds = [e.kind for e in f.events]
    assert "enters" in kinds and "level_up" not in kinds and "denser" not in kinds, (kinds, f.summary)
    assert "jumps up" not in f.summary and "busier" not in f.summary, f.summary


def test_a_singer_holding_a_note_a_bar_is_said_with_the_notes_and_she_names_her(lib):
    """Round 19's f08 (dev): 'she's holding long notes ... want to double them with strings. do any rub against the
    piano?' was answered about the piano ('she' named nobody, 'strings' named a part not selected), and four
    held notes, each split in eight by a reverberant take, read 'a busy line of short notes'."""
    held = [57, 59, 64, 62]  # A, B, E, D: a note a bar
    fragments = [note(b * BAR + k * BAR / 8, p, BAR / 8 - 0.005) for b, p in enumerate(held * 2) for k in range(8)]
    piano = [note(b * BAR + i * P, q, P * 0.9) for b in range(8) for i in range(4) for q in (45, 52, 57)]
    make_track(lib.store, "e2" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", key="A major", key_pc=9,
               stems={"vocals": fragments, "piano": piano})
    q = ("she's holding long notes through this bridge -- what are they, bar by bar? want to double them with "
         "strings. do any of them rub against the piano?")
    f = get_findings(lib, "e2" * 8, ["vocals", "piano"], 0.0, 8.0, q)
    first = f.summary.split(". ")[0]
    assert first.startswith("The vocals sing long held notes") and first.endswith(
        ": A, B, E and D, one a bar"), f.summary
    assert "not in this selection" not in f.summary and "busy" not in f.summary


def test_an_arpeggio_asked_its_pattern_is_given_in_order_and_a_sliver_of_the_next_section_is_no_change(lib):
    """Round 19's f09 (dev): 'what's the pattern? ... direction, and how many notes before it starts over?' over
    broken chords gave no order of notes (bar notes were left out of every part with 'chords' in its playing),
    and a section starting 7 ms before the window's end led with 'This window straddles a section change'."""
    figure = [54, 59, 63, 66, 71, 54, 59, 63]  # F#, B, D#, F#, B, then F#, B, D#: five up, three again
    arp = [note(b * BAR + i * P / 2, p, P / 2 - 0.01) for b in range(8) for i, p in enumerate(figure)]
    make_track(lib.store, "e3" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", key="B major", key_pc=11,
               stems={"piano": arp}, sections=[(0.0, 7.993, "C"), (7.993, 16.0, "D")])
    q = ("programming an arp to match the keys in this bridge -- what's the pattern? note values, direction, and "
         "how many notes before it starts over?")
    f = get_findings(lib, "e3" * 8, ["piano"], 2.0, 8.0, q)
    assert f.summary.startswith("The piano plays broken chords, one note at a time"), f.summary
    assert "in the first bar here it plays F sharp, B, D sharp, F sharp, B, F sharp, B and D sharp" in f.summary
    assert "straddles" not in f.summary
    assert [s.label for s in analyze_window(lib, "e3" * 8, ["piano"], 2.0, 8.0).window.sections] == ["C"]


def test_a_singers_ritardando_is_read_and_a_tempo_not_read_is_said_so(lib):
    """Round 19's f03 (dev): a solo singer's repeated ending slows about 12 %, her tracked beats swaying a tenth
    about that line: the trend was refused as a tracking step, and the answer said only 'the vocals stop'. A
    missed beat (an interval doubled) is still a step, not a drift."""
    from heuristics.describe import tempo_trend

    beats = np.array([18.901, 19.899, 20.921, 21.92, 22.965, 23.94, 25.031, 26.157, 27.365, 28.491, 29.652, 30.662])
    assert tempo_trend(beats)[1] == "slows down"
    assert tempo_trend(np.r_[np.arange(0.0, 5.0, 0.5), np.arange(6.0, 10.0, 0.5)]) == (None, None)
    # asked, with too few beats to read a trend: said, first, whatever else the question names
    make_track(lib.store, "e4" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=groove(16))
    f = get_findings(lib, "e4" * 8, ["drums", "bass"], 0.0, 3.0, "is she keeping time or slowing down into the ending?")
    assert f.summary.startswith("Whether the tempo holds cannot be read here"), f.summary
    f = get_findings(lib, "e4" * 8, ["drums", "bass"], 0.0, 12.0, "do they slow down into the ending?")
    assert f.summary.startswith("The tempo holds steady across the window"), f.summary


def test_the_holes_between_a_singers_lines_are_given_and_a_leak_does_not_fill_them(lib):
    """Round 19's f07 (dev): 'want to drop guitar fills in the gaps between her lines -- where are the holes, and
    how long is each?' was answered 'The guitar is not in this selection ... The drums play no fill'. Each line
    here sings three bars and rests the fourth; a bass note leaking into the vocal track sits in each hole."""
    vocal, leak = [], []
    for line in range(2):
        t0 = line * 4 * BAR
        vocal += [note(t0 + i * P, 69 + (i % 5), P * 0.9) for i in range(12)]  # three bars of quarters
        leak.append(note(t0 + 3 * BAR + P, 33, P))  # an A1 from the bass, an octave and more below her
    make_track(lib.store, "e5" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
               stems=groove(16) | {"vocals": vocal + leak})
    q = "want to drop guitar fills in the gaps between her lines -- where are the holes, and how long is each?"
    f = get_findings(lib, "e5" * 8, ["vocals", "drums", "bass"], 0.0, 16.0, q)
    assert f.summary.startswith("The vocals leave two holes of half a beat or more here, each about four beats long"), \
        f.summary
    assert "not in this selection" not in f.summary and "fill" not in f.summary
    rests = next(p for p in f.presence if p.stem == "vocals").rests
    assert [(r.bar, r.beat) for r in rests] == [(3, 4), (7, 4)], rests
    assert all(abs(r.end_s - r.start_s - (BAR + 0.1 * P)) < 0.05 for r in rests), rests


def test_where_a_singers_calls_land_is_said_from_her_notes(lib):
    """Round 20's e06 and e03 (dev): calls on beat four of every other bar, each sung a hair ahead of the beat,
    were placed 'on beat three' (the event at its activity bin's edge, a note 18 ms early counted to the beat
    before), and no sentence said where a part's lines start."""
    calls = []
    for bar in (1, 3, 5, 7):
        t = bar * BAR + 3 * P - 0.018  # beat four, 18 ms early
        calls += [note(t, 73, P / 2 - 0.02), note(t + P / 2, 77, P / 2 - 0.02)]
    make_track(lib.store, "e6" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
               stems=groove(16) | {"vocals": calls})
    f = get_findings(lib, "e6" * 8, ["vocals", "drums", "bass"], 0.0, 16.0,
                     "where exactly do her calls land in the bar? on the one?")
    assert f.summary.startswith("The vocals start each of their four lines on beat four, never on the one."), \
        f.summary
    starts = next(p for p in f.presence if p.stem == "vocals").line_starts
    assert [(x.bar, x.beat, x.place) for x in starts] == [(b, 4, "on the beat") for b in (2, 4, 6, 8)]
    back = [e for e in f.events if e.kind in ("enters", "returns") and "vocals" in e.stems]
    assert back and all(e.beat == 4 and abs(e.time_s - (e.bar - 1) * BAR - 3 * P) < 0.03 for e in back), back


def test_a_breath_inside_a_line_does_not_start_a_new_line(lib):
    """Round 21's d05 (dev): a singer's lines parted by three beats, each with a beat's breath inside it, were
    said to start 'on the and of one, just after beat three, just after beat two and on the and of three': each
    breath started a 'line'. Three lines here, each on the and of one, a bar and a half long with a beat's breath
    in the middle, then two and a half beats' rest."""
    sung = []
    for bar in (1, 3, 5):
        t0 = bar * BAR + P / 2  # the and of one
        sung += [note(t0 + i * P / 2, 72 + i % 3, P / 2 - 0.02) for i in range(5)]  # two and a half beats
        t1 = t0 + 3.5 * P  # after a beat's breath: the next downbeat
        sung += [note(t1 + i * P / 2, 74 - i % 3, P / 2 - 0.02) for i in range(4)]  # two beats
    make_track(lib.store, "e9" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
               stems=groove(16) | {"vocals": sung})
    f = get_findings(lib, "e9" * 8, ["vocals", "drums", "bass"], 0.0, 16.0,
                     "does the singer come in on the one with each line, or early?")
    starts = next(p for p in f.presence if p.stem == "vocals").line_starts
    assert [(x.bar, x.beat, x.place) for x in starts] == [(b, 1, "the and") for b in (2, 4, 6)], starts
    assert f.summary.startswith("The vocals start each of their three lines on the and of one, never on the one."), \
        f.summary


def test_held_roots_then_a_riff_are_both_said_and_a_fading_held_note_is_not_a_rest(lib):
    """Round 21's d08 (dev): a bass holding one root a bar through the verse, then a five-note riff from the
    chorus (its first note 20 ms ahead of the boundary), asked 'holding long notes or busy? want to sidechain a
    pad against him', was answered 'The bass plays a line, on and between the beats' and 'The other is not in
    this selection'; its held notes, fading as a plucked note does, read as rests from beat two."""
    held = [note(bar * BAR, (46, 39, 44, 46)[bar], BAR * 0.95, 70) for bar in range(4)]
    riff = [note(bar * BAR + x * P - (0.02 if bar == 4 and x == 0 else 0.0), 44 + (0, 12, 7, 0, 10)[i], P * 0.4)
            for bar in range(4, 8) for i, x in enumerate((0, 0.5, 1.5, 2, 3))]
    tid = make_track(lib.store, "ea" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": groove(16)["drums"], "bass": held + riff},
                     sections=[(0.0, 8.0, "verse"), (8.0, 16.0, "chorus")])
    # the held roots fade 25 dB a second, as a plucked string does while it still sounds
    lib.store.db.execute("UPDATE features SET energy_db = -20.0 - 25.0 * (time_s - 2.0 * CAST(time_s / 2.0 AS "
                         "INTEGER)) WHERE track_id = ? AND stem = 'bass' AND time_s < 8.0", [tid])
    lib.store.db.conn.commit()
    f = get_findings(lib, tid, ["bass", "drums"], 0.0, 16.0, "is the bassist holding long notes here or playing "
                     "busy? want to know whether to sidechain a pad against him")
    first = f.summary.split(". ")[0]
    assert first.startswith("The bass plays ") and "held notes" in first.split(", then from the fifth bar here ")[0] \
        and "busy line" in first.split(", then from the fifth bar here ")[1], f.summary
    assert "not in this selection" not in f.summary, f.summary
    bass = next(p for p in f.presence if p.stem == "bass")
    assert not [r for r in bass.rests if r.start_s < 8.0], bass.rests


def test_a_riffs_rhythm_is_said_as_its_places_in_the_bar(lib):
    """Round 22's c05 (dev): 'write out the rhythm of the bassist's riff -- which eighths does he hit?' got the five
    notes and 'three on beats, two on ands, which ones isn't given'. The riff: one, the and of one, the and of two,
    three and four, every bar; then one bar played otherwise."""
    places = (0.0, 0.5, 1.5, 2.0, 3.0)
    riff = [note(b * BAR + x * P, (40, 52, 47, 40, 50)[i], P * 0.4) for b in range(8) for i, x in enumerate(places)]
    tid = make_track(lib.store, "eb" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": groove(16)["drums"], "bass": riff})
    q = "write out the rhythm of the bassist's riff in these bars -- which eighths does he hit?"
    f = get_findings(lib, tid, ["bass"], 0.0, 16.0, q)
    assert f.summary.startswith("The bass plays the same rhythm in every bar here, on one, the and of one, the and "
                                "of two, three and four."), f.summary
    riff = [n for n in riff if not (4 * BAR <= n["time_s"] < 5 * BAR)] + [note(4 * BAR + x * P, 40, P * 0.4)
                                                                           for x in (0.0, 1.0, 2.0, 3.0)]
    tid = make_track(lib.store, "ec" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": groove(16)["drums"], "bass": riff})
    f = get_findings(lib, tid, ["bass"], 0.0, 16.0, q)
    assert f.summary.startswith("In most bars here the bass plays on one, the and of one, the and of two, three and "
                                "four; bar by bar, four bars of it, a bar of quarter notes and three bars of it."), f.summary
    # "does he play on every beat?" asks the same places (the seventeenth session's sweep on Beatles got the manner)
    # (since the twenty-first session, a verdict on the places asked first: dev)
    f = get_findings(lib, tid, ["bass"], 0.0, 16.0, "is the bass playing on every beat?")
    assert f.summary.startswith("No, not on every beat: the bass plays on one, three and four in most of the eight "
                                "whole bars here"), f.summary
    assert "In most bars here the bass plays on one, the and of one," in f.summary, f.summary
    # no part named, one selected: that part ("what's the rhythm of the comp?" over a solo guitar got the window's
    # activity: the seventeenth session's sweep on GuitarSet, dev)
    f = get_findings(lib, tid, ["bass"], 0.0, 16.0, "what's the rhythm of the line here?")
    assert f.summary.startswith("In most bars here the bass plays on one, the and of one,"), f.summary


def test_the_top_note_of_a_chord_part_is_said_bar_by_bar(lib):
    """Round 22's c08 (dev): 'what's the top note of her chords doing bar by bar?' was answered 'the analysis
    doesn't report the top note bar by bar'. Held chords a bar, E flat on top but for the third bar's D flat."""
    voicings = [(51, 54, 58, 63), (56, 59, 63), (47, 51, 54, 63), (46, 53, 58, 61), (51, 54, 58, 63), (56, 59, 63)]
    chords = [note(b * BAR, x, BAR * 0.95, 70) for b, v in enumerate(voicings) for x in v]
    tid = make_track(lib.store, "ed" * 8, duration_s=12, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": chords}, key="Eb minor", key_pc=3)
    f = get_findings(lib, tid, ["piano"], 0.0, 12.0, "what's the top note of her chords doing bar by bar? want a "
                     "string line sitting right on top of the keys")
    assert f.summary.startswith("The top note of the piano's chords stays on E flat, but for D flat in the fourth "
                                "bar here."), f.summary
    tops = next(p for p in f.presence if p.stem == "piano").bar_tops
    assert [b.notes for b in tops] == [["Eb4"], ["Eb4"], ["Eb4"], ["Db4"], ["Eb4"], ["Eb4"]], tops


def test_a_chord_struck_a_hair_before_the_windows_start_is_its_first_bar(lib):
    """Round 22's c08 (dev): a window starting on a downbeat left out the chord the transcription placed 5 ms
    ahead of it, so its first bar was charted with the next bar's chord (A flat minor for E flat minor) and had
    no top note. A note struck within WINDOW_EARLY_S before the start is the window's, heard from its start; one
    a sixteenth before is not."""
    from analysis.core.types import Window
    from eval.scope import limits_for, scope_violations
    from heuristics.slice import load_slice

    voicings = [(51, 54, 58, 63), (56, 59, 63, 68), (51, 54, 58, 63), (56, 59, 63, 68)]
    chords = [note(b * BAR - 0.005, x, BAR * 0.95, 70) for b, v in enumerate(voicings) if b for x in v]
    chords += [note(2 * BAR - P / 4, 75, P / 4 - 0.02, 70)]  # a sixteenth pickup into the window's second bar
    tid = make_track(lib.store, "ee" * 8, duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": chords}, key="Eb minor", key_pc=3)
    f = get_findings(lib, tid, ["piano"], BAR, 4 * BAR, "what are the chords here?")
    assert f.harmony.chart.progression[:2] in (["Abm", "Ebm"], ["G#m", "D#m"]), f.harmony.chart
    sl = load_slice(lib.store, Window(tid, ("piano",), BAR, 4 * BAR))
    assert sl.stems["piano"].notes.time_s.min() == pytest.approx(BAR)
    assert scope_violations(f.model_dump(), limits_for(sl)) == []
    sl = load_slice(lib.store, Window(tid, ("piano",), 2 * BAR, 4 * BAR))  # the pickup a sixteenth before: not read
    assert 75 not in sl.stems["piano"].notes.pitch


def test_a_singers_drift_flat_is_read_from_her_pitch_against_the_bands_tuning(lib):
    """Round 22's c04 (dev): 'has she drifted flat by the end? deciding whether to pitch-correct' was answered
    'the analysis doesn't measure tuning in cents'. Held notes through two halves of a window, the second sung a
    third of a semitone flat; then the same voice on pitch throughout."""
    sung = [note(b * BAR + i * 2 * P, (69, 72, 74, 71)[(b + i) % 4], 2 * P - 0.05) for b in range(8) for i in range(2)]

    def voiced(tid: str, flat_from_s: float) -> None:  # each note's f0 through it: on pitch, then 35 cents flat
        for n in sung:
            cents = -35.0 if n["time_s"] >= flat_from_s else 0.0
            hz = 440.0 * 2 ** ((n["pitch"] - 69) / 12) * 2 ** (cents / 1200)
            lib.store.db.execute("UPDATE features SET pitch_hz = ? WHERE track_id = ? AND stem = 'vocals' AND "
                                 "time_s >= ? AND time_s < ?", [hz, tid, n["time_s"], n["time_s"] + n["duration_s"]])
        lib.store.db.conn.commit()

    q = "she sings the last lines twice -- has she drifted flat by the end? deciding whether to pitch-correct it"
    tid = make_track(lib.store, "ef" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": sung, "drums": groove(16)["drums"]})
    voiced(tid, 8.0)
    f = get_findings(lib, tid, ["vocals"], 0.0, 16.0, q)
    it = next(p for p in f.presence if p.stem == "vocals").intonation
    assert it is not None and it.drift_cents == pytest.approx(-35.0, abs=3.0), it
    assert f.summary.startswith("The vocals sit ") and "drift flat by about a third of a semitone from the first " \
        "half to the second" in f.summary.split(". ")[0], f.summary
    assert "not measured" not in f.summary
    # a drift asked beside the key, or of a singer with no beat named, is her pitch's, not the tempo's ("what key is
    # she singing in and does she drift?" got "the tempo holds steady": the thirty-seventh session's sweep, dev); a
    # singer asked to drift behind the beat, or a band, is the tempo's
    for asked in ("what key is she singing in and does she drift?", "does she drift?", "is she drifting off pitch?"):
        f = get_findings(lib, tid, ["vocals"], 0.0, 16.0, asked)
        assert "drift flat by about a third of a semitone" in f.summary and "tempo" not in f.summary, (asked, f.summary)
        assert not f.routing.tempo_asked, asked
    for asked in ("does the singer drift behind the beat?", "does the band drift here?"):
        assert get_findings(lib, tid, ["vocals"], 0.0, 16.0, asked).routing.tempo_asked, asked
    tid = make_track(lib.store, "f0" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": sung, "drums": groove(16)["drums"]})
    voiced(tid, 99.0)
    f = get_findings(lib, tid, ["vocals"], 0.0, 16.0, q)
    assert f.summary.startswith("The vocals sit close to pitch here: typically right on concert pitch, the notes "
                                "holding close to that, and the second half sits where the first did, with no "
                                "clear drift."), f.summary
    assert get_findings(lib, tid, ["vocals"], 0.0, 16.0, "does the tempo drift?").routing.tempo_asked
    # a voice alone on the track: the mix's tuning is her own voice's, so she is heard against A 440 (a quarter of a
    # semitone flat throughout read "right on the band's tuning" where the tuning stored was hers: the eighteenth
    # session's sweep on vocadito, dev)
    for tid, stems in (("f3a8" * 4, {"vocals": sung}), ("f3a9" * 4, {"vocals": sung, "drums": groove(16)["drums"]})):
        make_track(lib.store, tid, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=stems)
        lib.store.db["track_analysis"].insert(dict(track_id=tid, name="tuning", value_json='{"cents": -25.0}'),
                                             replace=True)
        for n in sung:
            hz = 440.0 * 2 ** ((n["pitch"] - 69) / 12) * 2 ** (-25.0 / 1200)
            lib.store.db.execute("UPDATE features SET pitch_hz = ? WHERE track_id = ? AND stem = 'vocals' AND "
                                 "time_s >= ? AND time_s < ?", [hz, tid, n["time_s"], n["time_s"] + n["duration_s"]])
        lib.store.db.conn.commit()
        it = next(p for p in get_findings(lib, tid, ["vocals"], 0.0, 16.0, "is she in tune?").presence
                  if p.stem == "vocals").intonation
        alone = len(stems) == 1
        assert it.reference == ("A 440" if alone else "the band's tuning"), it
        assert it.median_cents == pytest.approx(-25.0 if alone else 0.0, abs=2.0), it


def test_a_sung_note_read_on_into_the_next_is_tuned_on_her_note_alone(lib):
    """Round 122's ds07 (dev): a rendered F5 whose transcription ran on into her next notes took its middle from the
    glide at its end and read 30 cents flat ('tune that one'). Her notes are half a second apart, each in tune and
    drooping 45 cents over its last three frames; one is stored running on half a second past the next one's start.
    Notes too short to hold their pitch in their middle are not named the flattest."""
    sung = [note(1.0 + k * 0.5, (72, 74, 76, 77)[k % 4], 0.45) for k in range(10)]
    tid = make_track(lib.store, "e2" * 6 + "e592", duration_s=7, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": sung, "drums": groove(7)["drums"]})
    for n in sung:  # her f0: each note on pitch, its last three frames 45 cents under it
        hz = 440.0 * 2 ** ((n["pitch"] - 69) / 12)
        lib.store.db.execute("UPDATE features SET pitch_hz = ? WHERE track_id = ? AND stem = 'vocals' AND "
                             "time_s >= ? AND time_s < ?", [hz, tid, n["time_s"] - 1e-3, n["time_s"] + 0.35 - 1e-3])
        lib.store.db.execute("UPDATE features SET pitch_hz = ? WHERE track_id = ? AND stem = 'vocals' AND "
                             "time_s >= ? AND time_s < ?", [hz * 2 ** (-45 / 1200), tid, n["time_s"] + 0.35 - 1e-3,
                                                              n["time_s"] + 0.5 - 1e-3])
    lib.store.db.execute("UPDATE notes SET duration_s = 1.0 WHERE track_id = ? AND stem = 'vocals' AND "
                         "abs(time_s - 2.5) < 1e-3", [tid])
    lib.store.db.conn.commit()

    def intonation():
        return next(p for p in get_findings(lib, tid, ["vocals"], 0.0, 7.0, "is she singing off there?").presence
                    if p.stem == "vocals").intonation
    it = intonation()
    assert it is not None and it.flattest.cents > -5.0 and abs(it.median_cents) < 3.0, it
    lib.store.db.execute("UPDATE notes SET duration_s = 0.2 WHERE track_id = ? AND stem = 'vocals'", [tid])
    lib.store.db.conn.commit()
    it = intonation()
    assert it is not None and it.flattest is None and it.sharpest is None, it


def test_a_lines_notes_held_into_each_other_or_cut_short_are_said_and_a_singers_slide_is_not_her_range(lib):
    """Round 23's b07 and b04 (dev): 'does the bassist let his notes ring into each other or play them short and
    choppy?' got 'a line of steady quarter notes' and 'note length isn't measured'; a singer's range took the
    quiet slide up into his first word and a 70 ms flick over his top note for its ends."""
    legato = [note(i * P, (45, 48, 52, 50)[i % 4], P * 0.97) for i in range(16)]
    short = [note(8.0 + i * P / 2, (45, 57)[i % 2], P / 2 * 0.5) for i in range(16)]
    tid = make_track(lib.store, "f1" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": groove(16)["drums"], "bass": legato + short},
                     sections=[(0.0, 8.0, "verse"), (8.0, 16.0, "tag")])
    f = get_findings(lib, tid, ["bass"], 0.0, 16.0, "does the bassist let his notes ring into each other or play them "
                     "short and choppy?")
    # (how the strokes join said first, on each side of the change the line makes; then the line itself)
    assert f.summary.startswith("The bass lets its notes ring into each other, each about a beat, then from the fifth "
                                "bar here cuts them short, each under half a beat."), f.summary
    part = f.summary.split(". ")[1]
    assert "each held into the next" in part.split(", then ")[0] and "each cut short" in part.split(", then ")[1], \
        f.summary
    line = [note(1.0 + i * P, (55, 57, 59, 57, 55, 60, 62, 59)[i % 8], P * 0.8, 90) for i in range(24)]
    slide, flick = note(0.8, 44, 0.12, 35), note(4.4, 64, 0.07, 95)  # a quiet scoop from below, a flick over D
    tid = make_track(lib.store, "f2" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": line + [slide, flick]})
    f = get_findings(lib, tid, ["vocals"], 0.0, 14.0, "what's the singer's range here -- lowest and highest note?")
    assert next(p for p in f.presence if p.stem == "vocals").lowest_highest == "G3–D4", f.presence
    assert "from G up to D" in f.summary.split(". ")[0], f.summary


def test_the_progression_is_counted_in_roman_numerals_from_the_songs_key(lib):
    """'What's the progression here in Roman numerals? want to reharmonise it' got the chord names only. A hook
    on the relative minor of a C major song: A minor, F, C, G is vi, IV, I, V of the song."""
    triads = [(57, 60, 64), (53, 57, 60), (48, 52, 55), (55, 59, 62)]
    chords = [note(b * BAR, x, BAR * 0.95, 80) for b in range(8) for x in triads[b % 4]]
    tid = make_track(lib.store, "f3" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": chords}, key="C major", key_pc=0)
    f = get_findings(lib, tid, ["piano"], 0.0, 16.0, "what's the progression here in roman numerals? want to "
                     "reharmonise it")
    assert f.harmony.chart.numerals[:4] == ["vi", "IV", "I", "V"], f.harmony.chart
    assert f.summary.startswith("Counted in C major, the chords run vi, IV, I, V"), f.summary
    # "is this a vi-IV-I-V?" asks the same, in the numerals themselves (a routing sweep, twelfth session: overview)
    f = get_findings(lib, tid, ["piano"], 0.0, 16.0, "is this a vi-IV-I-V? want to reharmonise it")
    assert f.summary.startswith("Counted in C major, the chords run vi, IV, I, V"), f.summary


def test_the_note_each_line_ends_on_is_said(lib):
    """'What note does the singer land on at the end of each line?' got the line's shape. Three lines of a bar
    and a half, each with a beat's breath inside it, ending on E, D and C, then a bar's rest."""
    sung = []
    for k, last in enumerate((64, 62, 60)):
        t0 = k * 2 * BAR + P / 2
        sung += [note(t0 + i * P / 2, 67 + i % 3, P / 2 - 0.02) for i in range(4)]
        sung += [note(t0 + 3 * P + i * P / 2, 69 - i, P / 2 - 0.02) for i in range(3)] + [note(t0 + 4.5 * P, last, P)]
    tid = make_track(lib.store, "f4" * 8, duration_s=14, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": sung, "drums": groove(14)["drums"]})
    f = get_findings(lib, tid, ["vocals"], 0.0, 14.0, "what note does the singer land on at the end of each line?")
    ends = next(p for p in f.presence if p.stem == "vocals").line_ends
    assert [e.note for e in ends] == ["E4", "D4", "C4"], ends
    assert f.summary.startswith("The vocals end their three lines on E, D and C."), f.summary


@pytest.mark.parametrize("shape,said", [((0, 7, 12), "power chords (root and fifth)"), ((0, 4, 7), "triads")])
def test_power_chords_are_told_from_full_chords(lib, shape, said):
    """'Is he playing power chords or full chords?' got 'plays chords in steady eighth notes' either way."""
    roots = (40, 45, 43, 38)
    chords = [note(i * P / 2, roots[i // 8 % 4] + x, P / 2 * 0.8, 90) for i in range(32) for x in shape]
    tid = make_track(lib.store, "f5" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"guitar": chords, "drums": groove(16)["drums"]})
    f = get_findings(lib, tid, ["guitar"], 0.0, 16.0, "is he playing power chords or full chords here?")
    assert f"mostly {said}" in f.summary.split(". ")[0], f.summary
    # a question naming chords is routed to the harmony: the voicing is still said first ("is the guitar playing
    # power chords?" over MusicDelta Rock got the chart: the seventeenth session's sweep, dev)
    f = get_findings(lib, tid, ["guitar"], 0.0, 16.0, "is the guitar playing power chords?")
    assert f.summary.startswith(f"The guitar plays mostly {said} here."), f.summary


def test_a_part_read_as_single_notes_is_said_so_when_its_voicing_is_asked(lib):
    """A riff read one note at a time: asked for power chords, the answer says no chord is read, and why a distorted
    power chord can read so (MusicDelta Rock's and Punk's guitars, the seventeenth session's sweep, dev)."""
    riff = [note(i * P / 2, (40, 43, 45, 47)[i % 4], P / 2 * 0.8, 90) for i in range(32)]
    tid = make_track(lib.store, "f5" * 7 + "3c", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"guitar": riff})
    f = get_findings(lib, tid, ["guitar"], 0.0, 16.0, "is the guitar playing power chords?")
    assert f.summary.startswith("The guitar reads as single notes here, not chords ("), f.summary
    assert "so no voicing is read; a distorted power chord's fifth lies on its root's own overtones" in f.summary
    # a plural stem's verb agrees ("The vocals reads as single notes here": round 101's cx10 packet, read after its
    # grading)
    tid = make_track(lib.store, "e2" * 6 + "e544", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": [note(i * P, (72, 74, 76, 77)[i % 4], P * 0.9, 90) for i in range(16)]})
    f = get_findings(lib, tid, ["vocals"], 0.0, 16.0, "is she singing chords or single notes? what voicing?")
    assert "The vocals read as single notes here, not chords (" in f.summary, f.summary


def _kit(bars: int, snare_two_missing: tuple[int, ...] = (), crash_bars: tuple[int, ...] = (),
         hat_four_missing: tuple[int, ...] = (), hat_eighths: bool = False, kick_and_two: bool = False) -> list[dict]:
    """A rock kit bar by bar: kick on one and three (or one and the and of two), snare on two and four, hats on the
    beats (or eighths); a crash bar plays the crash on every beat and no hat; a transcriber's misses planted."""
    out = []
    for b in range(bars):
        t0 = b * BAR
        out += [note(t0, 36, 0.1, 100), note(t0 + (1.5 if kick_and_two else 2) * P, 36, 0.1, 100)]
        out += [note(t0 + 3 * P, 38, 0.1, 100)] + ([] if b in snare_two_missing else [note(t0 + P, 38, 0.1, 100)])
        for i in range(8 if hat_eighths else 4):
            beat = i / 2 if hat_eighths else i
            if b in crash_bars:
                out += [note(t0 + beat * P, 49, 0.3, 90)] if not hat_eighths or i % 2 == 0 else []
            elif not (beat == 3 and b in hat_four_missing) and not (kick_and_two and beat == 1.5):
                out.append(note(t0 + beat * P, 42, 0.05, 70))
    return out


def test_a_drum_place_is_counted_over_the_bars_that_hold_it(lib):
    """'What's the drum beat?' over MusicDelta Punk's kit said 'the snare on four' for a snare on two and four (the
    eighteenth session's sweep, dev): the window's first bar held only its fourth beat, its last only its first, and
    both were counted against the snare's second beat. A transcriber misses one backbeat on two; the window runs
    from the fourth beat of the first bar to the first beat of the sixth."""
    tid = make_track(lib.store, "f3a1" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": _kit(8, snare_two_missing=(2, 4))})
    f = get_findings(lib, tid, ["drums"], 3 * P - 0.05, 5 * BAR + 0.5 * P, "what's the drum beat here?")
    assert f.summary.startswith("The kick plays on one and three, the snare on two and four"), f.summary


def test_a_hat_left_for_the_crash_every_other_bar_keeps_its_beats(lib):
    """The hat plays quarters, the crash takes over every third bar (Punk's), and the transcriber misses two of the
    hat's fourth beats: over the bars the hat plays, it is still on all four beats."""
    tid = make_track(lib.store, "f3a2" * 4, duration_s=18, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": _kit(8, crash_bars=(1, 4, 7), hat_four_missing=(2, 5))})
    f = get_findings(lib, tid, ["drums"], 0.0, 8 * BAR, "break down the drum beat for me")
    assert "the hi-hat on all four beats" in f.summary.split(". ")[0], f.summary


def test_a_ride_on_the_eighths_with_one_under_the_kick_is_on_every_eighth(lib):
    """Shadows' ride plays eighths; where the kick strikes the and of two, its stroke is not heard apart: seven of
    eight eighths and the eighth is the kick's place, so it is on every eighth (it was listed place by place)."""
    tid = make_track(lib.store, "f3a3" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": _kit(8, hat_eighths=True, kick_and_two=True)})
    f = get_findings(lib, tid, ["drums"], 0.0, 8 * BAR, "what's the drum pattern?")
    assert "the hi-hat on every eighth" in f.summary.split(". ")[0], f.summary


def test_a_part_asked_on_the_beat_or_off_it_gets_its_share_and_places(lib):
    """'Is the guitar playing on the beat or off it?' over Country1 got the band's groove (the eighteenth session's
    sweep, dev): the part's strokes off the beat, then where they fall in the bar. An off-beat skank."""
    g = groove(16)
    g["guitar"] = [note(b * P + P / 2, x, P * 0.3) for b in range(32) for x in (57, 60, 64)]
    tid = make_track(lib.store, "f3a4" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    for q in ("is the guitar playing on the beat or off it?", "does the guitar hit on the downbeats or the offbeats?"):
        f = get_findings(lib, tid, ["guitar", "bass", "drums"], 0.0, 4 * BAR, q)
        assert f.summary.startswith("The guitar plays mostly off the beat. The guitar plays the same rhythm in every "
                                    "bar here, on the and of one, the and of two, the and of three and the and of "
                                    "four."), f.summary


def test_the_loudest_stretch_is_said_by_its_bars_not_as_who_is_loudest(lib):
    """'Where's the loudest moment in here?' was routed as 'who carries' ('The guitar carries this passage'). The
    band plays softly for four bars, then hard from the fifth, where a new section begins."""
    g = groove(16)
    soft_then_hard = lambda notes: [dict(n, velocity=40 if n["time_s"] < 8.0 else 120) for n in notes]  # noqa: E731
    tid = make_track(lib.store, "f6" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": soft_then_hard(g["drums"]), "bass": soft_then_hard(g["bass"])},
                     sections=[(0.0, 8.0, "verse"), (8.0, 16.0, "chorus")])
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "where's the loudest moment in here?")
    assert f.routing.asks == "peak", f.routing
    assert f.summary.startswith("The loudest stretch is from the fifth bar here to the end, clearly louder than the "
                                "quietest bar"), f.summary
    loud = next(e for e in f.events if e.kind == "loudest")
    assert loud.detail.startswith("the loudest stretch, about "), loud
    # the quietest bar named in the typed data too (a cue list over a whole song could not say where it was, the
    # summary's length caution standing: round 75's bx12, dev)
    assert re.search(r"over the quietest bar \(bar [1-4]\)$", loud.detail), loud
    # "where's the quietest bit?" (the twenty-first session's sweep on ft_swing_g1208 got the roles, dev)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "where's the quietest bit?")
    assert f.routing.asks == "peak", f.routing
    assert f.summary.startswith("The quietest stretch runs from the first bar here to the fourth bar here, clearly "
                                "quieter than the loudest."), f.summary
    # every bar as loud: no stretch stands out, and the event says so ("the loudest stretch, about 0 dB over the
    # quietest bar" was said: the seventeenth session's sweeps, dev)
    tid = make_track(lib.store, "f3b0" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": g["bass"]})
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "where's the loudest moment in here?")
    loud = next(e for e in f.events if e.kind == "loudest")
    assert loud.detail == "the level holds across the window, no bar more than about a decibel over the quietest", loud


def test_a_lone_part_asked_if_it_is_ahead_of_the_beat_is_told_there_is_nothing_to_be_ahead_of(lib):
    """'Is he playing ahead of the beat?' over GuitarSet's solo comp got the groove's busyness (the eighteenth
    session's sweep, dev): one part selected has nothing to be ahead of; with other stems in the track, which to
    select; alone on the track, its beat is tracked from its own playing."""
    comp = [note(b * P, x, P * 0.4) for b in range(32) for x in (57, 60, 64)]
    tid = make_track(lib.store, "f3a6" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"guitar": comp})
    f = get_findings(lib, tid, ["guitar"], 0.0, 4 * BAR, "is he playing ahead of the beat?")
    assert f.summary.startswith("The guitar plays alone on this track, so there is no other part to be ahead of or "
                                "behind"), f.summary
    tid = make_track(lib.store, "f3a7" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"guitar": comp, **groove(16)})
    f = get_findings(lib, tid, ["guitar"], 0.0, 4 * BAR, "is the guitar behind the beat?")
    assert f.summary.startswith("Only the guitar is selected, so there is no other part here to be ahead of or "
                                "behind: select it with the drums"), f.summary
    # "is the comp swung or straight, and is he on the click?" got how the part plays, then nothing on the click
    # (GuitarSet, the eighteenth session's sweep, dev); "how many bars, and where do they start?" got the length alone
    eighths = [note(b * P / 2, x, P * 0.2) for b in range(64) for x in (57, 60, 64)]
    tid = make_track(lib.store, "f3c2" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"guitar": eighths})
    f = get_findings(lib, tid, ["guitar"], 0.0, 4 * BAR, "is the comp swung or straight, and is he on the click?")
    assert f.summary.startswith("The guitar plays straight, even eighths, not swung. The guitar plays alone on this "
                                "track, so there is no other part to be ahead of or behind"), f.summary
    f = get_findings(lib, tid, ["guitar"], 2 * P, 4 * BAR, "how many bars is this and where do they start?")
    assert "The window starts on the third beat of a bar, so the first downbeat comes two beats in." in f.summary, \
        f.summary


def test_lettered_sections_asked_as_verse_or_chorus_are_said_to_be_letters(lib):
    """'Is this the verse or the chorus?' over MusicDelta Beatles got 'a section change from the A part into the B
    part' (the eighteenth session's sweep, dev): sections read from the audio are lettered, never named; said so.
    Sections named by the user (a MIDI file's markers) are not."""
    g = groove(16)
    for tid, names in (("f3b1" * 4, ("A", "B")), ("f3b2" * 4, ("verse", "chorus"))):
        make_track(lib.store, tid, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                   sections=[(0.0, 8.0, names[0]), (8.0, 16.0, names[1])])
        f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "is this the verse or the chorus?")
        lettered = f.summary.startswith("The sections are lettered by how the music changes, not named verse or "
                                        "chorus, so which this is cannot be read from them: here they are the A part "
                                        "and the B part.")
        assert lettered == (names == ("A", "B")), f.summary
    # a section named as a place on the way is no question of which section this is (the thirty-third session's
    # reading of MusicDelta Punk, dev: "is that a snare roll going into the verse?" got the letters first)
    for q in ("is that a snare roll going into the verse?", "is the bass busier here than in the chorus?"):
        f = get_findings(lib, "f3b1" * 4, ["drums", "bass"], 0.0, 16.0, q)
        assert "lettered" not in f.summary, (q, f.summary)
    f = get_findings(lib, "f3b1" * 4, ["drums", "bass"], 0.0, 16.0, "are we in the chorus yet?")
    assert f.summary.startswith("The sections are lettered by how the music changes"), f.summary


def test_a_loose_lock_says_which_side_the_hits_that_meet_sit(lib):
    """'Is the bass locked to the kick, and is it ahead or behind?' over Country1 got 'only some of their hits falling
    together' where the hits that meet sat clearly behind (the eighteenth session's sweep, dev). A bass 30 ms late on
    half the kicks, with notes between."""
    g = groove(16, bass_delay_ms=30)
    g["bass"] = [n for i, n in enumerate(g["bass"]) if i % 4 != 2] + [note(i * P + 0.3, 40, 0.1) for i in range(32)]
    tid = make_track(lib.store, "f3b5" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "is the bass locked to the kick, and is it ahead or behind?")
    assert f.summary.startswith("The drums and bass play loosely together, only some of their hits falling together; "
                                "where they meet, the bass sits just behind the drums."), f.summary


def test_which_part_masks_the_vocal_is_said_from_their_ranges(lib):
    """'Is anything masking the vocal?' over Country1 got who carries (the eighteenth session's sweep, dev): the parts
    that share the asked part's range while they sound with it (H006), from the notes' ranges. A voice from A to E
    above, a guitar strumming in her range, a bass two octaves down."""
    g = groove(16)
    g["vocals"] = [note(i * P, (69, 71, 72, 74, 76)[i % 5], P * 0.9) for i in range(32)]
    g["guitar"] = [note(i * P, x, P * 0.9) for i in range(32) for x in (69, 72, 76)]
    tid = make_track(lib.store, "f3b6" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    for q in ("is the guitar masking the vocal?", "is anything masking the vocals here?"):
        f = get_findings(lib, tid, ["vocals", "guitar", "bass", "drums"], 0.0, 16.0, q)
        assert f.summary.startswith("Against the vocals, the guitar overlaps their range across a fifth and sounds "
                                    "with them most of the time, the likeliest to mask them; the bass keeps mostly out "
                                    "of their range"), f.summary


def test_which_part_is_loudest_ranks_the_parts_levels_and_eighths_or_quarters_asks_the_rhythm(lib):
    """'Which instrument is loudest here?' got who carries, and 'is the bass playing eighths or quarters?' its manner
    (the eighteenth session's sweep on Rock, dev): the parts' own levels ranked, and the part's places in the bar."""
    g = groove(16)
    g["vocals"] = [note(i * P, 72 + i % 3, P * 0.8) for i in range(32)]
    tid = make_track(lib.store, "f3c4" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                     levels_db={"vocals": -6.0, "bass": -14.0, "drums": -30.0})
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 16.0, "which instrument is loudest here?")
    assert f.summary.startswith("The vocals' track is the loudest here; the bass a little quieter and the drums "
                                "clearly quieter"), f.summary
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 16.0, "is the bass playing eighths or quarters?")
    # the choice weighed first (the twenty-second session), then the rhythm it rests on
    assert f.summary.startswith("Mostly quarter notes: most of the bass's strokes here come a beat apart. The bass "
                                "plays the same rhythm in every bar here, on one, two, three and four."), f.summary


def test_the_lead_named_as_a_line_is_the_part_the_melody_is_read_from(lib):
    """'What notes is the lead playing?' names the line, not a stem, and got the groove over Shadows (the eighteenth
    session's sweep, dev): the part the melody is read from answers it."""
    g = {"drums": groove(4)["drums"], "vocals": [note(i * P, (69, 71, 72, 74)[i % 4], P * 0.9) for i in range(8)]}
    tid = make_track(lib.store, "f3c5" * 4, duration_s=4, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "drums"], 0.0, 4.0, "what notes is the lead playing?")
    assert f.summary.startswith("In each of the two bars here the vocals sing A, B, C and D."), f.summary


def test_the_kit_at_a_section_change_is_its_bar_there_beside_the_bar_before(lib):
    """'What does the drummer do at the section change?' got the window's pattern (the eighteenth session's sweep on
    Shadows, dev): the kit's bar at the change beside the bar before. A crash on the one of the new section."""
    g = groove(16)
    g["drums"] += [note(8.0, 49, 0.5, 110)]
    tid = make_track(lib.store, "f3c6" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                     sections=[(0.0, 8.0, "A"), (8.0, 16.0, "B")])
    f = get_findings(lib, tid, ["drums", "bass"], 4.0, 12.0, "what does the drummer do at the section change?")
    assert f.summary.startswith("At the section change, the third bar here, the drums play the kick on one and three, "
                                "the snare on two and four, the hi-hat eight hits from one to the and of four and the "
                                "cymbals on one; in the bar before, the kick on one and three, the snare on two and four "
                                "and the hi-hat eight hits from one to the and of four."), f.summary


def test_what_happens_places_each_change_by_its_bar(lib):
    """'What's going on in these bars?' said 'later on a new section begins' (the eighteenth session's sweep on
    MusicDelta Beatles and Shadows, dev): each change by its bar, and its beat where that is not the first. The
    bass comes in with the chorus at the fifth bar; the singer comes in on the third beat of the sixth."""
    g = groove(16)
    g["bass"] = [n for n in g["bass"] if n["time_s"] >= 8.0]
    g["vocals"] = [note(10.0 + 1.0 + i * P, 72 + i % 3, P * 0.8) for i in range(8)]
    tid = make_track(lib.store, "f3a5" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                     sections=[(0.0, 8.0, "verse"), (8.0, 16.0, "chorus")])
    f = get_findings(lib, tid, ["drums", "bass", "vocals"], 0.0, 16.0, "what's going on in these bars?")
    assert f.summary.startswith("At the fifth bar here the bass comes in and a new section begins; on the third "
                                "beat of the sixth bar here the vocals come in; then on the third beat of the eighth "
                                "bar here the vocals stop."), f.summary
    # a group with a section change is placed by the change, not by a part stopping half a beat before it
    g2 = groove(16)
    g2["vocals"] = [note(i * P, 72 + i % 3, P * 0.8) for i in range(15)]  # the last note from 7.0 to 7.4 s
    tid = make_track(lib.store, "f3c7" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g2,
                     sections=[(0.0, 8.0, "verse"), (8.0, 16.0, "chorus")])
    f = get_findings(lib, tid, ["drums", "bass", "vocals"], 0.0, 16.0, "what's going on in these bars?")
    assert f.summary.startswith("At the fifth bar here the vocals stop and a new section begins."), f.summary


@pytest.mark.parametrize("steps,said", [((0, 2, 4, 5, 4, 2), "mostly by step"), ((0, 7, 3, 10, 5, 12), "mostly by leaps")])
def test_whether_a_melody_moves_by_step_or_leaps_is_said_and_where_its_top_note_is(lib, steps, said):
    """'Is the vocal melody mostly stepwise or does it leap around?' got the line's shape; 'what's the highest
    note he hits and when?' got the range without a time."""
    line = [note(i * P, 60 + steps[i % 6], P * 0.8, 90) for i in range(24)]
    tid = make_track(lib.store, "f7" * 8, duration_s=14, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": line, "drums": groove(14)["drums"]})
    f = get_findings(lib, tid, ["vocals"], 0.0, 12.0, "is the vocal melody mostly stepwise or does it leap around?")
    assert f.summary.startswith(f"The vocals move {said}"), f.summary
    # "how does the bass line move?" got the band's support (the eighteenth session's sweep on Rock, dev)
    f = get_findings(lib, tid, ["vocals", "drums"], 0.0, 12.0, "how does the vocal line move?")
    assert f.summary.startswith(f"The vocals move {said}"), f.summary
    f = get_findings(lib, tid, ["vocals"], 0.0, 12.0, "what's the highest note he hits, and when?")
    assert "(the top note " in f.summary.split(". ")[0], f.summary


def test_open_or_closed_hats_are_said_bar_by_bar(lib):
    """'Are the hats open or closed here?' got where they fall, not how they are played. Closed eighths for four
    bars, then open (ringing) eighths from the fifth."""
    g = groove(16)
    kit = [dict(n, pitch=46) if n["pitch"] == 42 and n["time_s"] >= 8.0 else n for n in g["drums"]]
    tid = make_track(lib.store, "f8" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"drums": kit})
    f = get_findings(lib, tid, ["drums"], 0.0, 16.0, "are the hats open or closed here?")
    assert f.summary.startswith("The hats are closed but for the fifth, sixth, seventh and eighth bars here, where "
                                "they ring on"), f.summary
    tid = make_track(lib.store, "f9" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"]})
    f = get_findings(lib, tid, ["drums"], 0.0, 16.0, "are the hats open or closed here?")
    assert f.summary.startswith("The hats are played closed"), f.summary


def test_one_open_hat_among_closed_ones_is_placed_where_it_rings(lib):
    """'Does he open the hi-hat anywhere in these bars?' over closed eighths with one open hat on the and of four
    of the second bar got only the kit's pattern (round 27's ab02, dev): the question was not heard as asking
    about open hats, and a lone open stroke was only counted in a share."""
    g = groove(16)
    lift = 1 * BAR + 3.5 * P  # the and of four, second bar
    kit = [dict(n, pitch=46) if n["pitch"] == 42 and abs(n["time_s"] - lift) < 0.01 else n for n in g["drums"]]
    assert sum(n["pitch"] == 46 for n in kit) == 1
    tid = make_track(lib.store, "f8" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"drums": kit})
    f = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "does he open the hi-hat anywhere in these first bars?")
    assert f.summary.startswith("The hats are played closed but for one stroke left ringing open: on the and of four "
                                "of the second bar here, leading into the next bar."), f.summary
    assert [h.time_s for h in f.drum_pattern.hihat_open_hits] == [lift]
    f = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "what's the kick doing?")
    assert "ringing open" not in f.summary, f.summary


def test_a_line_whose_rhythm_changes_in_runs_of_bars_is_counted_through_bar_by_bar(lib):
    """'What rhythm is she singing through this verse?' over two bars of eighths, a bar of quarters, a bar's rest and
    eighths again got 'in most bars here the vocals sing on one, the and of one, ... with changes from bar to bar'
    (round 28's ac06, dev): the bar of quarters and where the rest falls were not told."""
    vocals = []
    for b, kind in enumerate(("eighths", "eighths", "quarters", "rest", "eighths", "eighths")):
        step = {"eighths": P / 2, "quarters": P, "rest": None}[kind]
        if step is None:
            continue
        vocals += [note(b * BAR + i * step, 67 + (i % 3), step * 0.9) for i in range(int(round(BAR / step)))]
    tid = make_track(lib.store, "f9" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"vocals": vocals})
    f = get_findings(lib, tid, ["vocals"], 0.0, 6 * BAR, "what rhythm is she singing through this verse?")
    assert f.summary.startswith("Bar by bar here the vocals sing two bars of steady eighths, a bar of quarter notes, "
                                "a bar's rest and two bars of steady eighths."), f.summary
    steady = make_track(lib.store, "f8" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                        stems={"vocals": [note(i * P / 2, 67 + (i % 3), P * 0.45) for i in range(48)]})
    f = get_findings(lib, steady, ["vocals"], 0.0, 6 * BAR, "what rhythm is she singing through this verse?")
    assert f.summary.startswith("The vocals sing the same rhythm in every bar here"), f.summary


def test_a_singer_landing_on_a_held_note_and_breathing_ends_a_line(lib):
    """A singer falling D to a held B once a bar, with a quick breath before each next line (under half a beat), sings
    three lines, the last ending just before the window does: 'what note does he keep landing on at the end of his
    lines?' read one line ending on B (round 28's ac04, dev)."""
    vocals = []
    for b in range(3):
        vocals += [note(b * BAR, 62, P * 0.95), note(b * BAR + P, 59, 2.6 * P)]  # D, then B held to 3.6 beats
    tid = make_track(lib.store, "f9" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"vocals": vocals})
    f = get_findings(lib, tid, ["vocals"], 0.0, 3 * BAR - 0.1 * P, "what note does he keep landing on at the end of "
                     "his lines?")
    assert f.summary.startswith("The vocals end each of their three lines on B."), f.summary
    f = get_findings(lib, tid, ["vocals"], 0.0, 3 * BAR - 0.1 * P, "does he come in on the one with each line?")
    assert [x.bar for x in next(p for p in f.presence if p.stem == "vocals").line_starts] == [2, 3]


def test_where_the_crashes_are_is_said_stroke_by_stroke(lib):
    """'Where are the crashes in here? want a reverse cymbal swelling into each one' got the kit's pattern and no
    crash (round 28's ac05, dev): a rendered kit's crashes, struck with the hats on two downbeats, were read as
    hats ringing on (the crash rings through the next strokes too). Crashes read as cymbals are placed; read as
    ringing hats, the ringing strokes are, once per ring; with neither, none is claimed."""
    g = groove(16)
    crashes = [note(2 * BAR, 49, 0.5), note(6 * BAR, 49, 0.5)]
    tid = make_track(lib.store, "f8" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"] + crashes})
    q = "where are the crashes in here? want a reverse cymbal swelling into each one"
    f = get_findings(lib, tid, ["drums"], 0.0, 16.0, q)
    assert f.summary.startswith("The drums strike a cymbal twice here: on one of the third bar here and on one of the "
                                "seventh bar here."), f.summary
    f = get_findings(lib, tid, ["drums"], 0.0, 16.0, "what's the ride cymbal pattern?")
    assert not f.summary.startswith("The drums strike a cymbal"), f.summary  # (the ride keeps time: its pattern)
    ring = [dict(n, pitch=46) if n["pitch"] == 42 and (2 * BAR <= n["time_s"] < 2 * BAR + P or
                                                        6 * BAR <= n["time_s"] < 6 * BAR + P) else n for n in g["drums"]]
    tid = make_track(lib.store, "f9" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"drums": ring})
    f = get_findings(lib, tid, ["drums"], 0.0, 16.0, q)
    assert f.summary.startswith("No crash is read apart from the hats here, but two hat strokes ring on, as a crash "
                                "struck with the hats or an open hat would: on one of the third bar here and on one "
                                "of the seventh bar here."), f.summary
    plain = make_track(lib.store, "fa" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, plain, ["drums"], 0.0, 16.0, q)
    assert f.summary.startswith("No crash or other cymbal is read here"), f.summary
    # a ride ringing through every bar: none read is no proof of none (round 29's ad04 said "no hat rings on" beside
    # a ringing timekeeper, dev); and "if one comes in without a crash" asks no entry of the drums
    ride = [dict(n, pitch=46) if n["pitch"] == 42 else n for n in g["drums"]]
    tid = make_track(lib.store, "fb" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"drums": ride})
    f = get_findings(lib, tid, ["drums"], 0.0, 16.0, "is the drummer crashing where each phrase starts? if one comes "
                     "in without a crash I'll add a cymbal hit")
    assert f.summary.startswith("No crash is read apart from the timekeeper here, but the hats ring on through the "
                                "window (a ride or an open hat), and a crash under them may not be read apart."), f.summary


def test_how_many_kicks_a_bar_is_the_drum_pattern(lib):
    """'How many hits per bar is the kick doing?' matched no ask and got 'steady activity between the beats'."""
    tid = make_track(lib.store, "fa" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=groove(16))
    f = get_findings(lib, tid, ["drums"], 0.0, 16.0, "how many hits per bar is the kick doing?")
    assert f.routing.asks == "drum_pattern" and f.summary.startswith("The kick plays on one and three"), f.summary


def test_a_hat_pickup_struck_in_one_bar_of_two_is_said_once_and_the_hat_question_gets_the_pattern(lib):
    """Round 90's cm03 (MusicDelta Country1, dev): "programming the hi-hat -- is it only on one and three with the
    kick, or does he sneak in extra ones?" got the groove's timing first, and the pattern said "the hi-hat plays on
    one, three, the a of three and the a of four", two pickups struck in one bar of two read as the bar's pattern.
    The hat's places beside a drum are the pattern asked; a place struck once where two bars hold it is said once."""
    from frames.routing import asks_of

    drums = []
    for b in range(4):
        t0 = b * BAR
        drums += [note(t0, 36, 0.1, 100), note(t0 + 2 * P, 36, 0.1, 100), note(t0 + P, 38, 0.1, 90),
                  note(t0 + 3 * P, 38, 0.1, 90), note(t0, 42, 0.05, 60), note(t0 + 2 * P, 42, 0.05, 60)]
    drums += [note(BAR + 2.75 * P, 42, 0.05, 50), note(BAR + 3.75 * P, 42, 0.05, 50)]  # bar two's pickups
    tid = make_track(lib.store, "e2" * 6 + "e514", duration_s=8.0, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": sorted(drums, key=lambda n: n["time_s"])})
    question = ("programming the hi-hat for this -- is it only on one and three with the kick, or does he sneak in "
                "extra ones? where exactly?")
    assert asks_of(question.split("?")[0], ["drums"])[0] == "drum_pattern"
    f = get_findings(lib, tid, ["drums"], 0.0, 2 * BAR, question)
    assert f.summary.startswith("The hi-hat plays on one and three, and once each on the a of three and the a of "
                                "four, the kick on one and three"), f.summary
    # over four bars the two pickups are no place of the pattern (a quarter of the bars), and a place struck in both
    # of two bars is the pattern's
    f = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "what's the hi-hat doing?")
    assert f.summary.startswith("The hi-hat plays on one and three,") and "once" not in f.summary.split(". ")[0], \
        f.summary
    # a bass beside the kick is how the two sit, still
    assert asks_of("is the bass on one and three with the kick?", ["bass", "drums"])[0] == "timing"


def test_a_long_note_asked_beside_the_drummer_is_the_singers(lib):
    """Round 91's cn03 (MusicDelta Country1, vocals and drums, dev): "he leans on one long note early in this bit --
    what note is it, how long does he hold it? want a pedal steel swell under it. is the drummer doing anything
    special there?" got "the drums play throughout": the note's clause took the drummer the question names, and the
    sentence after the purpose was no clause of its own. A note is a pitched part's; a sentence ending before a
    question word ends a clause."""
    from frames.routing import CLAUSE_BREAK

    g = groove(16)
    sung = [note(0.0, 64, 0.4), note(0.5, 62, 0.4), note(1.0, 67, 2 * P - 0.05),  # the G held two beats
            note(2.0, 65, 0.4), note(2.5, 64, 0.4), note(3.0, 62, 0.4), note(3.5, 60, 0.4)] + \
        [note(4.0 + 0.5 * i, 60 + (i % 3), 0.4) for i in range(8)]
    tid = make_track(lib.store, "e2" * 6 + "e515", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "vocals": sung})
    question = ("he leans on one long note early in this bit -- what note is it, how long does he hold it? want a "
                "pedal steel swell under it. is the drummer doing anything special there?")
    assert CLAUSE_BREAK.split(question)[-1] == "is the drummer doing anything special there?"
    f = get_findings(lib, tid, ["vocals", "drums"], 0.0, 8.0, question)
    first, second = f.summary.split(". ")[:2]
    assert first.startswith("The vocals hold one long note here: the G"), f.summary
    assert second.startswith("The kick plays on one and three"), f.summary
    # a sentence that goes on with no question word is no clause of its own
    assert len(CLAUSE_BREAK.split("want a swell. then the drums come in")) == 1


def test_a_part_asked_under_a_singers_gap_gets_its_notes_beside_the_gap(lib):
    """Round 92's co07 (ft_ballad_csm76, dev): "she drops out for a bit in the chorus here -- where exactly, and what's
    the bass playing under that gap? want to double the bass with a synth there." got the singer's gap and then her
    phrases: the bass's clause was read as asking the gap again ('gap' its place), and "double the bass" was no
    asking of its notes. The part's clause asks the part; doubling it asks its notes, each with where it falls."""
    from frames.routing import clause_asks

    g = groove(16)
    sung = [note(k * P, 72 + (k % 3), P * 0.9) for k in range(4)] + \
        [note(2 * BAR + k * P, 71, P * 0.9) for k in range(4)]
    riff = [note(b * BAR + t * P, x, P * 0.4) for b in range(4) for t, x in ((0, 37), (0.5, 49), (1.5, 44), (2, 37),
                                                                             (3, 47))]
    tid = make_track(lib.store, "e2" * 6 + "e516", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": riff, "vocals": sung})
    question = ("she drops out for a bit here -- where exactly, and what's the bass playing under that gap? want to "
                "double the bass with a synth there.")
    assert [k for k, _, _ in clause_asks(question, {"vocals", "bass", "drums"})] == ["gaps", "part"]
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 3 * BAR, question)
    sentences = f.summary.split(". ")
    assert sentences[0].startswith("The vocals leave one hole"), f.summary
    assert sentences[1].startswith("In each of the three bars here the bass plays C sharp on one, the C sharp an "
                                   "octave up on the and of one, G sharp on the and of two, C sharp on three and B on "
                                   "four"), f.summary
    # its notes asked without the double: no places
    said = get_findings(lib, tid, ["bass", "drums"], 0.0, 3 * BAR, "what notes is the bass playing?").summary
    assert said.startswith("In each of the three bars here the bass plays C sharp, the C sharp an octave up"), said
    # its notes asked with the beats they fall on (round 122's ds06, dev: got the notes alone)
    for asked in ("what's the bass playing, note for note, and which beats do the notes fall on?",
                  "what notes is the bass playing and where do they fall in the bar?"):
        said = get_findings(lib, tid, ["bass", "drums"], 0.0, 3 * BAR, asked).summary
        assert "C sharp on one, the C sharp an octave up on the and of one, G sharp on the and of two" in said, said


def test_a_parts_lowest_and_highest_notes_and_two_held_notes_are_named_as_played(lib):
    """Round 20's e09 and e08 (dev): asked the lowest and highest notes, the answer gave the usual span (10th to
    90th percentile), which left out the low D flat and the high B flat; and two held notes, C sharp and A, were
    named 'D–A flat' (percentiles between them) with no word on how they are played."""
    riff = [note(b * BAR + i * P, p, P * 0.9) for b in range(8) for i, p in enumerate((40, 45, 47, 45))]
    riff[5] = dict(riff[5], pitch=37)  # one low C sharp
    riff[22] = dict(riff[22], pitch=58)  # one high B flat
    g = groove(16)
    make_track(lib.store, "e7" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
               stems={"drums": g["drums"], "bass": riff})
    f = get_findings(lib, "e7" * 8, ["bass", "drums"], 0.0, 16.0, "what's the lowest note the bass gets down to, and "
                     "the highest?")
    # (the window reads A major, a sharp key: its top note spelled A sharp since the thirteenth session)
    assert "from C sharp up to the A sharp a thirteenth above" in f.summary.split(". ")[0], f.summary
    held = [note(8.0, 37, BAR - 0.05), note(8.0 + BAR, 45, BAR - 0.05)]
    make_track(lib.store, "e8" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
               stems={"drums": g["drums"], "bass": held})
    f = get_findings(lib, "e8" * 8, ["bass", "drums"], 6.0, 12.0, "what's the bass playing when he comes back in?")
    bass = next(p for p in f.presence if p.stem == "bass")
    assert bass.register_range.endswith("(C#2–A2)") and bass.playing == "long held notes", bass


def test_a_line_sung_again_is_named_and_new_lines_are_said_new(lib):
    """Round 20's e04 (dev): 'does any of the tune come back, or is every line new?' was answered 'new lines
    rather than a repeated tune' where two of six lines are sung twice. Phrases here: A, B, A again (one note held
    and restarted by the transcription), C; a second take where every phrase differs."""
    tunes = {"A": [64, 67, 69, 67, 64], "B": [72, 71, 69, 67, 65], "C": [60, 62, 64, 65, 67]}
    def sing(order):
        out = []
        for k, name in enumerate(order):
            t0 = k * BAR
            for i, p in enumerate(tunes[name]):
                out.append(note(t0 + i * P / 2, p, P / 2 - 0.02))
            if k == 2:  # the held last note of the repeat split in two
                out[-1] = dict(out[-1], duration_s=P / 4)
                out.append(dict(out[-1], time_s=out[-1]["time_s"] + P / 4))
        return out
    q = "does any of her tune come back here, or is every line new? which lines repeat?"
    make_track(lib.store, "e9" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
               stems={"vocals": sing("ABAC")})
    f = get_findings(lib, "e9" * 8, ["vocals"], 0.0, 8.0, q)
    assert f.summary.startswith("Of the vocal line's four phrases, the third sings the first again; the second and "
                                "fourth are new."), f.summary
    f = get_findings(lib, "e9" * 8, ["vocals"], 0.0, 8.0, "how many times does she sing the hook?")
    assert f.summary.startswith("Of the vocal line's four phrases, the third sings the first again"), f.summary
    # a guitar's phrases are played again, not sung (the twenty-third session's sweep on GuitarSet, dev)
    make_track(lib.store, "e2" * 7 + "cd", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
               stems={"guitar": sing("ABAC")})
    f = get_findings(lib, "e2" * 7 + "cd", ["guitar"], 0.0, 8.0, "does any of the guitar line come back here?")
    assert f.summary.startswith("Of the guitar line's four phrases, the third plays the first again"), f.summary
    make_track(lib.store, "ea" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
               stems={"vocals": sing("ABC")})
    f = get_findings(lib, "ea" * 8, ["vocals"], 0.0, 6.0, q)
    assert f.summary.startswith("The vocal line's three phrases are each new here"), f.summary


def test_a_hole_starts_where_the_last_note_lets_go_not_at_the_end_of_its_release(lib):
    """Round 21's d06 (dev): a clean render's sung notes run on through their release (40-60 dB down for half a
    second and more), and every hole between lines read half a bar short. Here each line's last note is held
    to beat three and its release (a quiet tail the transcription keeps in the note) runs on to beat four."""
    vocal = []
    for line in range(2):
        t0 = line * 2 * BAR
        vocal += [note(t0 + i * P, 69 + i, P * 0.9) for i in range(6)]  # a bar and a half
        vocal.append(note(t0 + 6 * P - 0.05, 74, 1.5 * P, vel=8))  # its release, -21 dB, to beat four of bar 2
    make_track(lib.store, "eb" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
               stems=groove(16) | {"vocals": vocal})
    f = get_findings(lib, "eb" * 8, ["vocals", "drums"], 0.0, 8.0, "where are the holes between her lines?")
    rests = next(p for p in f.presence if p.stem == "vocals").rests
    assert abs(rests[0].start_s - 5.95 * P) < 0.12 and rests[0].end_s == pytest.approx(2 * BAR, abs=0.01), rests


def test_a_named_bar_of_the_one_selected_part_gives_its_notes_when_no_word_names_it(lib):
    """'What's he playing in the second bar here?' with only the bass selected: 'he' names nobody, and the bar's
    chord was given instead of the bass's notes (round 21's d03 asked it of a comp, whose chord is right)."""
    line = [note(b * BAR + i * P, p, P * 0.9) for b in range(8) for i, p in enumerate((45, 48, 52, 50))]
    make_track(lib.store, "ec" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"bass": line})
    f = get_findings(lib, "ec" * 8, ["bass"], 0.0, 8.0, "what's he playing in the second bar here?")
    assert f.summary.startswith("In the second bar here, the bass plays A, C, E and D."), f.summary


def test_a_singers_long_notes_are_read_through_the_transcriptions_splits_and_repeated_syllables_are_not(lib):
    """Round 24's a03 (dev): 'how long does he hang on his long notes? want to time pedal steel swells to them' was
    answered 'how long any single note is held isn't measured'. A held G of two beats that the transcription splits
    (a restart, a 70 ms flick a semitone under, its last half named G sharp where the f0 sits on a sharp G) and a
    closing A of three beats are his long notes; three A's re-sung a syllable each (a new attack each) are not one."""
    line = [note(i * P / 2, (64, 67, 69, 64)[i % 4], 0.2) for i in range(8)]  # bar one: eighths
    held_g = [note(2.0, 67, 0.3), note(2.3, 66, 0.07), note(2.37, 67, 0.23), note(2.6, 68, 0.4)]
    resung = [note(4.0 + i * 0.25, 69, 0.2) for i in range(3)] + [note(4.75 + i * P / 2, (67, 64)[i % 2], 0.2)
                                                                  for i in range(4)]
    closing = [note(6.0, 69, 1.5)]
    sung = line + held_g + resung + closing
    tid = make_track(lib.store, "f3" * 8, duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": sung, "drums": groove(8)["drums"]}, key="C major", key_pc=0)
    for n in sung:  # the f0 of each note; the G sharp's is a G sung a little sharp
        cents = 40.0 - 100.0 if n["pitch"] == 68 else 0.0
        hz = 440.0 * 2 ** ((n["pitch"] - 69) / 12) * 2 ** (cents / 1200)
        lib.store.db.execute("UPDATE features SET pitch_hz = ? WHERE track_id = ? AND stem = 'vocals' AND "
                             "time_s >= ? AND time_s < ?", [hz, tid, n["time_s"] - 1e-6, n["time_s"] + n["duration_s"]])
    for t in (4.2, 4.45):  # the breath of a consonant before each re-sung A
        lib.store.db.execute("UPDATE features SET energy_db = -45.0 WHERE track_id = ? AND stem = 'vocals' AND "
                             "abs(time_s - ?) < 0.01", [tid, t])
    lib.store.db.conn.commit()
    f = get_findings(lib, tid, ["vocals"], 0.0, 8.0, "how long does he hang on his long notes in this verse? want "
                     "to time pedal steel swells to them")
    held = next(p for p in f.presence if p.stem == "vocals").held
    assert [(h.note, h.bar, h.beat) for h in held] == [("A4", 4, 1), ("G4", 2, 1)], held
    assert held[0].beats == pytest.approx(3.0, abs=0.25) and held[1].beats == pytest.approx(2.0, abs=0.25), held
    assert f.summary.startswith("The vocals hold two long notes here, longest first: the A from the first beat of the "
                                "fourth bar here, about three beats; and the G from the first beat of the second bar "
                                "here, about two beats, the rest of their notes short"), f.summary


def test_a_singers_slide_between_two_notes_is_not_named_as_a_note_but_a_quick_passing_note_is(lib):
    """Round 24's a02 (dev): a singer's E sliding down into D was named 'E, D sharp, C sharp, D' in her bar's
    notes. A short note a semitone from a neighbour, between the notes either side, whose f0 glides through it
    and never holds, is the slide; a passing A between G and B (a tone from each), its f0 also moving, is sung."""
    line = [note(i * P / 2, (64, 67, 69, 67)[i % 4], 0.2) for i in range(8)]  # bar one: eighths
    bar2 = [note(2.0, 64, 0.25), note(2.25, 63, 0.12), note(2.37, 62, 0.38), note(3.0, 59, 0.25), note(3.5, 62, 0.3)]
    bar3 = [note(4.0, 67, 0.2), note(4.2, 69, 0.12), note(4.32, 71, 0.28), note(5.0, 72, 0.4)]
    sung = line + bar2 + bar3
    tid = make_track(lib.store, "f4" * 8, duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": sung, "drums": groove(8)["drums"]}, key="E minor", key_pc=4)

    def f0(a: float, b: float, midi: float) -> None:
        lib.store.db.execute("UPDATE features SET pitch_hz = ? WHERE track_id = ? AND stem = 'vocals' AND "
                             "time_s >= ? AND time_s < ?", [440.0 * 2 ** ((midi - 69) / 12), tid, a - 1e-6, b - 1e-6])
    for n in sung:
        f0(n["time_s"], n["time_s"] + n["duration_s"], n["pitch"])
    for k, m in enumerate((63.6, 63.2, 62.8)):  # the slide from E down into D: no frame holds
        f0(2.25 + 0.05 * k, 2.3 + 0.05 * k, m)
    for k, m in enumerate((67.6, 68.2, 68.8)):  # the run through A: the f0 moves through the passing note too
        f0(4.2 + 0.05 * k, 4.25 + 0.05 * k, m)
    lib.store.db.conn.commit()
    f = get_findings(lib, tid, ["vocals"], 0.0, 8.0, "what notes is she singing in the second bar here? want to "
                     "double that bit on a glockenspiel")
    bars = {b.bar: b.notes for b in next(p for p in f.presence if p.stem == "vocals").bar_notes}
    assert bars[2] == ["E4", "D4", "B3", "D4"] and bars[3] == ["G4", "A4", "B4", "C5"], bars
    assert f.summary.startswith("In the second bar here, the vocals sing E, D, B and D."), f.summary


def test_a_shuffled_strum_has_a_rhythm_and_a_root_fifth_bass_is_said_without_chords_from_another_part(lib):
    """Found probing Country1 (dev): 'what's the strumming pattern on the guitar?' over a strum the selection alone
    reads as 12/8 gave no rhythm (a compound window had none), and 'is the bass playing root-fifth here or walking?'
    over the bass alone said only that its roots cannot be read."""
    strum = [note(b * BAR + i * P + d, q, 0.12) for b in range(8) for i in range(4) for d in (0.0, P * 2 / 3)
             for q in (55, 59, 62)]
    bass = [note(b * BAR + i * P, ((43, 50) if b < 4 else (48, 43))[i % 2], P * 0.8) for b in range(8) for i in range(4)]
    tid = make_track(lib.store, "f5" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", key="G major", key_pc=7,
                     stems={"guitar": strum, "bass": bass})
    f = get_findings(lib, tid, ["guitar"], 0.0, 16.0, "what's the strumming pattern on the guitar?")
    assert f.summary.startswith("The guitar plays the same rhythm in every bar here, on one, the last triplet of one, "
                                "two, the last triplet of two,"), f.summary
    f = get_findings(lib, tid, ["bass"], 0.0, 16.0, "is the bass playing root-fifth here or walking?")
    assert f.summary.startswith("The bass moves mostly a fifth at a time, root and fifth, between G and"), f.summary


def test_how_long_a_singer_holds_the_last_note_of_each_line_is_said(lib):
    """Found probing Country1 (dev): 'does he hold the last note of each line?' got the notes the lines end on and
    nothing of how long they last."""
    line1 = [note(i * P / 2, (64, 67, 69, 64, 62)[i], 0.2) for i in range(5)] + [note(1.25, 67, 2 * P - 0.02)]
    line2 = [note(5.5 + i * P / 2, (64, 62, 60)[i], 0.2) for i in range(3)] + [note(6.25, 69, P / 2 - 0.02)]
    tid = make_track(lib.store, "f6" * 8, duration_s=10, bpm=BPM, beats_per_bar=4, meter="4/4", key="C major", key_pc=0,
                     stems={"vocals": line1 + line2, "drums": groove(10)["drums"]})
    f = get_findings(lib, tid, ["vocals"], 0.0, 9.5, "does he hold the last note of each line?")
    assert f.summary.startswith("The vocals end their two lines here on G (about two beats) and A (about half a "
                                "beat)."), f.summary


def test_a_singers_short_breaths_are_placed_where_his_voice_stops_not_where_his_notes_were_cut(lib):
    """Round 25's l02 (dev): 'where does he breathe in this?' over a rock singer with four breaths of 0.3-0.45 s
    got four holes of 1.1 to 1.7 beats, one missed: the transcription ended each last note early (his voice held
    on, its pitch and level up) and breaths under a beat were no rest. Here he sings seven eighths a bar and
    breathes the last half beat; each bar's last note is transcribed a tenth of a second long, sung to 1.73 s."""
    sung = [note(b * BAR + i * P / 2, (64, 65, 67, 69, 67, 65, 64)[i], 0.1 if i == 6 else 0.23)
            for b in range(4) for i in range(7)]
    tid = make_track(lib.store, "f8" * 8, duration_s=9, bpm=BPM, beats_per_bar=4, meter="4/4", key="C major", key_pc=0,
                     stems={"vocals": sung, "drums": groove(9)["drums"]})
    for b in range(4):  # his voice holds the last note's E through 1.73 s of each bar, then lets go
        lib.store.db.execute("UPDATE features SET energy_db = -20.9, pitch_hz = ? WHERE track_id = ? AND stem = "
                             "'vocals' AND time_s >= ? AND time_s < ?", [440.0 * 2 ** (-5 / 12), tid,
                                                                         b * BAR + 1.5, b * BAR + 1.73])
        lib.store.db.execute("UPDATE features SET energy_db = -90, pitch_hz = 0 WHERE track_id = ? AND stem = "
                             "'vocals' AND time_s >= ? AND time_s < ?", [tid, b * BAR + 1.73, b * BAR + 2.0 - 1e-3])
    lib.store.db.conn.commit()
    f = get_findings(lib, tid, ["vocals"], 0.0, 8.0, "where does he breathe in this? want to drop short guitar stabs "
                     "into the holes between his lines")
    rests = next(p for p in f.presence if p.stem == "vocals").rests
    assert [(r.bar, r.beat) for r in rests] == [(b, 4) for b in (1, 2, 3, 4)], rests
    assert all(abs(r.start_s - (k * BAR + 1.725)) <= 0.05 and abs(r.end_s - (k + 1) * BAR) <= 0.03
               for k, r in enumerate(rests[:3])), rests
    assert f.summary.startswith("The vocals leave four holes of half a beat or more here, each about half a beat "
                                "long, the last running to the window's end, from the fourth beat of the first bar "
                                "here, the fourth beat of the second bar here,"), f.summary
    # one hole, running to the window's end, is no 'last' (the thirty-sixth session's sweep, dev)
    f = get_findings(lib, tid, ["vocals"], 3 * BAR, 8.0, "where does he breathe in this?")
    assert f.summary.startswith("The vocals leave one hole of half a beat or more here, about half a beat long, "
                                "running to the window's end, from the fourth beat of the first bar here."), f.summary


def test_an_entry_off_its_beat_says_where_in_the_beat_it_falls(lib):
    """The thirty-fourth session's sweep on Country1 (dev): a singer coming in a third of a beat after two was said to
    come in "on the second beat of the third bar here", beside her line's start "just after beat two". An entry off
    its beat is placed in it: on the and, just after the beat, late in it."""
    g = groove(16)
    for start, tid in ((BAR + 1.5 * P, "e2" * 6 + "e510"), (BAR + P + 0.3 * P, "e2" * 6 + "e511"),
                       (BAR + P, "e2" * 6 + "e512")):
        stems = dict(g, piano=[note(start + k * P, 60 + k % 3, P * 0.9) for k in range(12)])
        make_track(lib.store, tid, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", key="C major", key_pc=0,
                   stems=stems)
    said = [get_findings(lib, tid, ["drums", "bass", "piano"], 0.0, 8.0, "where does the piano come in?").summary
            for tid in ("e2" * 6 + "e510", "e2" * 6 + "e511", "e2" * 6 + "e512")]
    assert "on the and of the second beat of the second bar here the piano comes in" in said[0].lower(), said[0]
    assert "just after the second beat of the second bar here the piano comes in" in said[1].lower(), said[1]
    assert "on the second beat of the second bar here" in said[2] and "just after" not in said[2], said[2]
    # the entry counted among the track's bars, as the events are (the piano's off-beat chords moved the chart's bar
    # lines, and "the third bar here" was said from the chart's own count)
    assert said[0].startswith("The piano comes in on the and of two in the second bar here."), said[0]
    assert all("third bar" not in x for x in said), said


def test_a_breath_asked_in_clauses_is_answered_with_her_holes_and_the_note_she_stops_on(lib):
    """Round 88's ck12 (ft_ballad_csm76, degraded, dev): "want to drop a guitar answer into her first breath -- where
    does she stop, what note does she stop on, and how long before she comes back in?" was split into clauses that
    each read as events (a stop, an entry) and got "the parts thin out". A question about a part's room asks its holes
    in every clause; the note she stops on is said where asked."""
    from frames.routing import asks_of

    sung = []
    for k in range(3):  # three lines of four beats, each ending on a held E flat, with a bar's rest between
        t0 = k * 2 * BAR
        sung += [note(t0 + i * P, 60 + i, P * 0.9) for i in range(3)] + [note(t0 + 3 * P, 63, BAR - 0.05)]
    tid = make_track(lib.store, "e2" * 6 + "e513", duration_s=13, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="C major", key_pc=0, stems={"vocals": sung, "drums": groove(13)["drums"]})
    q = ("want to drop a guitar answer into her first breath -- where does she stop, what note does she stop on, and "
         "how long before she comes back in?")
    f = get_findings(lib, tid, ["vocals", "drums"], 0.0, 8.0, q)
    assert f.routing.asks == "gaps", f.routing
    assert f.summary.startswith("The vocals leave"), f.summary
    assert "the vocals stop on E flat" in f.summary.split(". ")[0], f.summary
    # "where's his first breath?" asks the same holes
    assert asks_of("where's his first breath, and what note does he stop on before it?", ["vocals"])[0] == "gaps"
    # a clause asking what happens stays the events' beside the holes
    from frames.routing import clause_asks
    both = clause_asks("where are the gaps in her line, and what happens when the chorus comes in?", {"vocals"})
    assert [k for k, _, _ in both] == ["gaps", "narrative"], both


def test_a_held_notes_fade_is_not_the_singers_last_note(lib):
    """Round 87's cj11 (the Beatles, dev): her last G3, held over the bar line, wobbled up to a G sharp 3 for 0.15 s as
    it faded, and the song was said to end on G sharp. A short note a tone or less from the held note, under its level,
    with nothing sung after it, is the held note's release; the same short note sung at full voice is a note."""
    line = [note(k * P, 64 - k, P * 0.9) for k in range(3)] + [note(3 * P, 55, 3 * P - 0.01)]
    fade = line + [note(6 * P, 56, 0.15, vel=60)]  # 4 dB under her G, then silence
    tid = make_track(lib.store, "e2" * 6 + "e50e", duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="C major", key_pc=0, stems={"vocals": fade, "drums": groove(8)["drums"]})
    f = get_findings(lib, tid, ["vocals"], 0.0, 8.0, "what note does she end on?")
    v = next(p for p in f.presence if p.stem == "vocals")
    assert v.last_notes == ["G3"], v.last_notes
    sung = line + [note(6 * P, 56, 0.15, vel=100)]  # sung as loud as her G: a note of its own
    tid = make_track(lib.store, "e2" * 6 + "e50f", duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="C major", key_pc=0, stems={"vocals": sung, "drums": groove(8)["drums"]})
    g = get_findings(lib, tid, ["vocals"], 0.0, 8.0, "what note does she end on?")
    assert next(p for p in g.presence if p.stem == "vocals").last_notes == ["G#3"], g.presence


def test_a_voice_alone_has_her_holes_counted_in_time_not_in_tracked_beats(lib):
    """Round 86's ci05 (vocadito, dev): a singer alone on the track parts her lines by about half a second; her beats,
    tracked from her own notes at about 54 BPM, made half a beat 0.55 s, so the first of her two gaps was never said.
    A voice alone has her holes counted from about half a second, her catch-breaths inside a line not among them."""
    bpm = 50.0  # half a beat 0.6 s: longer than the gaps between her lines
    sung = []
    for k in range(4):
        t0 = k * 2.8
        sung += [note(t0 + i * 0.4, 60 + i, 0.4) for i in range(3)]  # three notes, then a catch-breath of 0.3 s
        sung += [note(t0 + 1.5 + i * 0.4, 64 - i, 0.4) for i in range(2)]  # her line ends at 2.3 s: 0.5 s to the next
    tid = make_track(lib.store, "e2" * 6 + "e50c", duration_s=12, bpm=bpm, beats_per_bar=4, meter="4/4",
                     key="C major", key_pc=0, stems={"vocals": sung})
    f = get_findings(lib, tid, ["vocals"], 0.0, 12.0, "where are the gaps between her lines and how long are they?")
    rests = next(p for p in f.presence if p.stem == "vocals").rests
    inside = [r for r in rests if r.end_s < 11.2]
    assert [round(r.end_s, 1) for r in inside] == [2.8, 5.6, 8.4], rests
    assert all(0.4 <= r.end_s - r.start_s <= 0.6 for r in inside), rests
    assert f.summary.startswith("The vocals leave four holes of about half a second or more here,"), f.summary
    # with a band on the track her beats are the band's, and her holes still count from half a beat
    band = make_track(lib.store, "e2" * 6 + "e50d", duration_s=12, bpm=bpm, beats_per_bar=4, meter="4/4",
                      key="C major", key_pc=0, stems={"vocals": sung, "drums": groove(12)["drums"]})
    g = get_findings(lib, band, ["vocals"], 0.0, 12.0, "where are the gaps between her lines and how long are they?")
    assert [r for r in next(p for p in g.presence if p.stem == "vocals").rests if r.end_s < 11.2] == [], g.presence


def test_where_the_room_is_in_a_part_asks_its_holes():
    """'Where's the room in the bass part on this chorus? want to drop a little synth-bass answer in without
    stepping on him' was answered with the form, for its 'chorus' (round 28's ac08, dev)."""
    from frames.routing import asks_of

    for q in ("where's the room in the bass part on this chorus? want to drop a little synth-bass answer in without "
              "stepping on him", "is there any room in the guitar part for a lick?",
              "where is there space in her line for a fill?", "does the bass leave any room here?"):
        assert asks_of(q, ["bass"])[0] == "gaps", q
    assert asks_of("what's the room sound like on the drums?", ["drums"])[0] != "gaps"


def test_a_producers_everyday_wordings_reach_their_answers(lib):
    """Wordings found to reach no answer (a routing sweep of everyday questions, twelfth session): 'is the kick on
    every beat?' and 'can I loop these four bars?' went to the overview, 'brushes or sticks?' was answered as if
    measured, and 'does she hold the last word?' got no line ending."""
    from frames.routing import asks_of

    assert asks_of("is the kick on every beat?", ["drums"])[0] == "drum_pattern"
    assert asks_of("does the snare hit on two and four?", ["drums"])[0] == "drum_pattern"
    assert asks_of("is the bass on the kick?", ["bass", "drums"])[0] == "timing"  # the two together: the pocket
    assert asks_of("can I loop these four bars cleanly?", ["drums", "bass"])[0] == "length"
    assert asks_of("is the drummer using brushes or sticks?", ["drums"])[0] == "unmeasured"
    assert asks_of("is it half-time here?", ["drums"])[0] == "meter"
    assert asks_of("what scale is the solo using?", ["guitar"])[0] == "key"
    assert asks_of("where does the guitar solo start?", ["guitar"])[0] == "narrative"
    assert asks_of("what's the range of the bass line?", ["bass"])[0] == "part"  # its notes' span, not a contour
    assert asks_of("how busy is the guitar compared with the bass?", ["guitar", "bass"])[0] == "density"
    assert asks_of("is the bass busy or sparse?", ["bass"])[0] == "part"
    assert asks_of("is he hitting harder in the chorus?", ["drums"])[0] == "peak"
    assert asks_of("where does this hit hardest?", ["drums", "bass"])[0] == "peak"
    assert asks_of("what chords is he comping here?", ["guitar"])[0] == "chords"
    assert asks_of("what's the bass line? I want to double it on synth", ["bass"])[0] == "part"
    g = groove(16)
    late = [note(12.0 + i * P, 69 + i % 3, P * 0.9) for i in range(6)]  # the singer only after the window
    band = make_track(lib.store, "fa" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                      stems={**g, "vocals": late})
    f = get_findings(lib, band, ["drums", "bass", "vocals"], 0.0, 8.0, "is the singer's melody mostly stepwise?")
    assert f.summary.startswith("The vocals are silent"), f.summary  # the answer first, not last
    assert asks_of("what's the piano comping here?", ["piano"])[0] == "part"
    assert asks_of("which is louder, the bass or the kick?", ["bass", "drums"])[0] == "carry"
    vocals = []
    for b in range(3):
        vocals += [note(b * BAR, 62, P * 0.95), note(b * BAR + P, 59, 2.6 * P)]
    tid = make_track(lib.store, "fb" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"vocals": vocals})
    f = get_findings(lib, tid, ["vocals"], 0.0, 3 * BAR - 0.1 * P, "does he hold the last word of each line?")
    assert f.summary.startswith("The vocals end their three lines here on B (about three beats), B (about three "
                                "beats) and B (about three beats)."), f.summary
    assert "one long phrase" not in f.summary, f.summary  # three lines, not one phrase with no breath
    # "what's the vocal line? want to double it on synth": the part's notes (it went to the melody's contour, and
    # "double it" to two parts' relation: a sweep of mine, dev), bar by bar in a window this short
    f = get_findings(lib, tid, ["vocals"], 0.0, 3 * BAR - 0.1 * P, "what's the vocal line? want to double it on synth")
    assert f.summary.startswith("In each of the three bars here the vocals sing D and B."), f.summary


def test_half_time_and_where_a_part_comes_in_are_answered_as_asked(lib):
    """'Is it half-time here?' got the meter alone, and 'where does the guitar come in?' the singer's entries (a
    routing sweep, twelfth session, dev). The snare on two and four is not half-time; on three only, it feels so. A
    part that enters is placed; one playing from the window's start does not come in."""
    g = groove(16)
    tid = make_track(lib.store, "fc" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "is it half-time here?")
    assert f.summary.startswith("It is not half-time: the snare's backbeat falls on two and four"), f.summary
    half = [n for n in g["drums"] if n["pitch"] != 38]
    half += [note(b * BAR + 2 * P, 38, 0.1, 100) for b in range(8)]
    half = [n for n in half if not (n["pitch"] == 36 and round(n["time_s"] / P) % 4 == 2)]  # no kick under three
    tid = make_track(lib.store, "fd" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": half, "bass": g["bass"]})
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "is it half-time here?")
    assert f.summary.startswith("The snare's backbeat lands on three only, once a bar: it feels half-time."), f.summary
    guitar = [note(t, p, P * 0.9) for t in np.arange(0.0, 16.0, P) for p in (57, 60, 64)]
    late = [n for n in g["bass"] if n["time_s"] >= 2 * BAR]
    tid = make_track(lib.store, "fe" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": late, "guitar": guitar})
    f = get_findings(lib, tid, ["drums", "bass", "guitar"], 0.0, 16.0, "where does the bass come in?")
    assert f.summary.startswith("The bass comes in on the first beat of the third bar here."), f.summary
    f = get_findings(lib, tid, ["drums", "bass", "guitar"], 0.0, 16.0, "where does the guitar come in?")
    assert f.summary.startswith("The guitar is already playing as the window starts and plays on through it: it does "
                                "not come in here."), f.summary


def test_where_she_comes_in_is_placed_with_a_pronoun_or_a_before_asked_after_it(lib):
    """Over a drum solo into her line (round 100's cw09 window, the thirty-ninth session's read, dev): "where does she
    come back in?" (no part named, a she) and "when does the singer come back in, and what's the kit doing right before
    she does?" (a "before" after the entry) got the events' "later on the vocals come in". Both place her entry; "how
    many bars before she comes in?" still counts the bars."""
    g = groove(16)
    line = [note(4 * BAR + i * P, (76, 79, 81, 79)[i % 4], P * 0.9, 90) for i in range(16)]
    tid = make_track(lib.store, "e2" * 6 + "e546", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "vocals": line})
    for q in ("where does she come back in?",
              "when does the singer come back in, and what's the kit doing right before she does?"):
        said = get_findings(lib, tid, ["vocals", "drums"], 0.0, 16.0, q).summary
        assert said.startswith("The vocals come in on the first beat of the fifth bar here."), (q, said)
    said = get_findings(lib, tid, ["vocals", "drums"], 0.0, 16.0, "how many bars before she comes in?").summary
    assert not said.startswith("The vocals come in on"), said


def test_what_the_kit_plays_right_before_a_part_comes_in_is_its_bar_before_the_entry(lib):
    """"When does he come back in, and what's the kit doing right before he does?" got the events' "the drums play
    throughout", and a pronoun with the kit named first no entry at all (the fortieth session's read of round 100's
    cw09 window and of Country1, dev): the entry is placed and the kit's strokes in the bar before it said; a fill into
    it is named a fill, and a kit resting there rests."""
    g = groove(16)
    line = [note(4 * BAR + i * P, (76, 79, 81, 79)[i % 4], P * 0.9, 90) for i in range(16)]
    fill = [note(3 * BAR + 2 * P + i * P / 4, (48, 45, 43, 41)[i % 4], 0.08, 110) for i in range(8)]
    kit = [n for n in g["drums"] if not 3 * BAR + 2 * P - 0.01 < n["time_s"] < 4 * BAR - 0.01] + fill
    rest = [n for n in g["drums"] if not 3 * BAR - 0.01 < n["time_s"] < 4 * BAR - 0.01]
    said = {}
    for tag, drums, q in (("e547", kit, "when does he come back in, and what's the kit doing right before he does?"),
                          ("e548", rest, "what are the drums doing just before the vocals come in?")):
        tid = make_track(lib.store, "e2" * 6 + tag, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                         stems={"drums": drums, "vocals": line})
        said[tag] = get_findings(lib, tid, ["vocals", "drums"], 0.0, 16.0, q).summary
    assert said["e547"].startswith("The vocals come in on the first beat of the fifth bar here. Right before the "
                                   "vocals come in, in the fourth bar here, the drums play a fill: "), said
    assert "the toms" in said["e547"].split(". ")[1], said
    assert said["e548"].startswith("Right before the vocals come in, in the fourth bar here, the drums strike "
                                   "nothing: the kit rests there."), said


def test_a_return_two_thirds_into_a_beat_is_placed_on_its_and(lib):
    """A singer back in 0.6 of a beat after two was "back in on the second beat" (a return was not placed in its beat,
    as an entry is) and, so placed, would be "just after beat two" (a start two-thirds into a beat read as a triplet
    after it): the fortieth session's read of Country1, dev. Her return is on the and of two, as a player counts it."""
    g = groove(16)
    first = [note(i * P, (76, 79, 81, 79)[i % 4], P * 0.9, 90) for i in range(8)]
    back = [note(4 * BAR + P + 0.65 * P + i * P, (76, 79, 81, 79)[i % 4], P * 0.9, 90) for i in range(10)]
    tid = make_track(lib.store, "e2" * 6 + "e549", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "vocals": first + back})
    said = get_findings(lib, tid, ["vocals", "drums"], 0.0, 16.0, "where does the singer come back in?").summary
    assert said.startswith("The vocals come back in on the and of two in the fifth bar here."), said
    assert "on the and of the second beat of the fifth bar here the vocals come back" in said, said


def test_a_singers_highest_note_is_one_she_sings_not_a_slip_an_octave_and_more_off(lib):
    """'What's the highest note and where is it?' over vocadito's singer (A2 to F3 by the annotations) read 'from A
    up to the F# more than two octaves above': a tenth of a second read an octave and a half up (a sweep of my own
    questions, twelfth session, dev). Her line here runs A to E; one blip reads F sharp an octave and a half up."""
    line = [note(i * P, (57, 59, 60, 62, 64, 62, 60, 59)[i % 8], P * 0.9) for i in range(24)]
    blip = note(5 * P + 0.2, 78, 0.12)
    tid = make_track(lib.store, "ff" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", key="A minor", key_pc=9,
                     stems={"vocals": line + [blip]})
    f = get_findings(lib, tid, ["vocals"], 0.0, 12.0, "what's the highest note she hits, and the lowest?")
    assert "from A up to E" in f.summary.split(". ")[0], f.summary
    assert next(p for p in f.presence if p.stem == "vocals").lowest_highest == "A3–E4"


def test_a_singers_level_is_read_where_she_sings_not_against_her_rests(lib):
    """'Is she pushing harder on the chorus than the verse?' over a singer who rests a bar between her verse and her
    louder chorus got 'the level jumps up by about 26 dB' at her return and 'the loudest stretch, about 44 dB over
    the quietest bar' (her rest), and was answered with who carries (round 29's ad06, dev). Her level is read where
    she sings; a rest is her stopping, not a quiet bar."""
    verse = [note(b * BAR + i * P / 2, 67 + i % 3, P * 0.45, 50) for b in range(2) for i in range(8)]
    chorus = [note(b * BAR + i * P / 2, 67 + i % 3, P * 0.45, 110) for b in range(3, 6) for i in range(8)]
    tid = make_track(lib.store, "fc" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": verse + chorus})
    f = get_findings(lib, tid, ["vocals"], 0.0, 6 * BAR, "is she pushing harder on the chorus than the verse? riding "
                     "her fader")
    assert f.summary.startswith("The loudest stretch is from the fourth bar here to the end"), f.summary
    loudest = next(e for e in f.events if e.kind == "loudest")
    assert 5.0 <= loudest.change_db <= 8.0, loudest  # 110 against 50: about 7 dB, not against her silence
    assert not any(e.kind in ("level_up", "level_down") and abs(e.change_db) > 10 for e in f.events), f.events


def test_who_plays_off_the_beat_and_two_chords_lengths_are_said(lib):
    """From my own sweep on the Shadows (dev): 'is anyone playing off the beat?' was heard as asking who plays at all;
    and two chords over four bars read 'G minor and F, a new chord every four bars' (no pace shows in two chords)."""
    g = groove(16)
    skank = [note(t + P / 2, p, P * 0.3) for t in np.arange(0.0, 16.0, P) for p in (57, 60, 64)]
    tid = make_track(lib.store, "fd" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": g["bass"], "guitar": skank})
    f = get_findings(lib, tid, ["drums", "bass", "guitar"], 0.0, 16.0, "is anyone playing off the beat?")
    assert f.summary.startswith("The guitar plays mostly off the beat; the bass stays mostly on the beats."), f.summary
    # a yes or no of one part's places leads (the twenty-fourth session's sweep on ft_drive_e24, dev)
    f = get_findings(lib, tid, ["drums", "bass", "guitar"], 0.0, 16.0, "does the guitar play on the off-beats?")
    assert f.summary.startswith("Yes: the guitar plays on the off-beats in every one of the"), f.summary
    chords = [note(b * BAR + i * P, x, P * 0.9) for b in range(4) for i in range(4)
              for x in ((57, 60, 64) if b < 3 else (53, 57, 60))]
    tid = make_track(lib.store, "fe" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"piano": chords})
    f = get_findings(lib, tid, ["piano"], 0.0, 4 * BAR, "what are the chords?")
    assert f.summary.startswith("The chords run A minor for about three bars, then F."), f.summary
    even = [note(b * BAR + i * P, x, P * 0.9) for b in range(4) for i in range(4)
            for x in ((57, 60, 64) if b < 2 else (53, 57, 60))]
    tid = make_track(lib.store, "ff" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"piano": even})
    f = get_findings(lib, tid, ["piano"], 0.0, 4 * BAR, "what are the chords?")
    assert f.summary.startswith("The chords run A minor for about two bars, then F, a new chord every two bars."), \
        f.summary
    # a last chord held far longer than the others: said with its length, not under a pace it breaks ("A flat, then
    # E flat, then F minor, a new chord every bar" over F minor held four bars: the answer to round 41's ap08, dev)
    held = [note(b * BAR + i * P, x, P * 0.9) for b in range(6) for i in range(4)
            for x in ((56, 60, 63) if b == 0 else (55, 58, 63) if b == 1 else (53, 56, 60))]
    tid = make_track(lib.store, "f3c3" * 4, duration_s=12, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"piano": held},
                     key="Ab major", key_pc=8)
    f = get_findings(lib, tid, ["piano"], 0.0, 6 * BAR, "what are the chords?")
    assert f.summary.startswith("The chords run A flat for about a bar, then E flat for about a bar, then F minor for "
                                "about four bars."), f.summary
    # a first chord longer than the one after it: no pace over three chords (GuitarSet's comp read "E flat major seven
    # for about four bars, then F minor for about a bar, then A flat major seven, a new chord every bar": the
    # twenty-fourth session's sweep, dev)
    long_first = [note(b * BAR + i * P, x, P * 0.9) for b in range(6) for i in range(4)
                  for x in ((57, 60, 64) if b < 4 else (53, 57, 60) if b == 4 else (55, 59, 62))]
    tid = make_track(lib.store, "e2" * 7 + "e5", duration_s=12, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": long_first})
    f = get_findings(lib, tid, ["piano"], 0.0, 6 * BAR, "what are the chords?")
    assert f.summary.startswith("The chords run A minor for about four bars, then F for about a bar, then G."), \
        f.summary


def test_a_bass_around_the_kick_is_placed_between_the_kicks(lib):
    """Round 93's cp09 (dev): "is he playing with it or around it?" got the count of kick hits the bass lands with
    and not where its other notes fall. The notes between the kicks are placed in the bar, and the snare's beats
    they leave free said."""
    g = groove(16)
    riff = [note(bar * BAR + off * P, pitch, P * 0.4) for bar in range(4)
            for off, pitch in ((0, 40), (0.5, 52), (1.5, 47), (2, 45), (2.5, 57), (3.5, 52))]
    tid = make_track(lib.store, "e2" * 6 + "e518", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": riff})
    f = get_findings(lib, tid, ["bass", "drums"], 0.0, 4 * BAR, "is the bass playing with the kick or around it?")
    assert f.summary.startswith("The bass lands with all eight of the kick's hits, and plays sixteen more notes "
                                "between them: on the and of one, the and of two, the and of three and the and of "
                                "four, none with the snare."), f.summary
    # two bars, too few kicks for a verdict: where they meet is said once, not again with the verdict's hedge
    f = get_findings(lib, tid, ["bass", "drums"], 0.0, 2 * BAR, "is the bass playing with the kick or around it?")
    assert f.groove.cannot_tell and f.summary.startswith("The bass lands with all four of the kick's hits") and \
        f.summary.count("lands with") == 1 and "too few" in f.summary.lower(), f.summary
    # a bass on every beat shares the snare's two and four: no "none with the snare"
    tid = make_track(lib.store, "e2" * 6 + "e519", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["bass", "drums"], 0.0, 4 * BAR, "is the bass playing with the kick or around it?")
    assert f.summary.startswith("The bass lands with all eight of the kick's hits, and plays eight more notes "
                                "between them: on two and four."), f.summary
    # a bass pumping the eighths the kick leaves is said so, not as a run through the kick's beats ("six hits from the
    # and of one to the and of four"); asked with the kick drum, or to sit with it or play around it (the
    # thirty-seventh session's sweep on ft_drive_e24, Rock and ft_swing_g1208, dev)
    # the kicks it leaves alone bar after bar are named (round 97's ct09, dev: "is he hitting with every kick?" got
    # nine of thirteen and no word of which)
    skip = [note(bar * BAR + off * P, 40, P * 0.4) for bar in range(4) for off in (0, 0.5, 1.5, 2.5, 3.5)]
    tid = make_track(lib.store, "e2" * 6 + "e531", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": skip})
    f = get_findings(lib, tid, ["bass", "drums"], 0.0, 4 * BAR, "is the bass hitting with every kick?")
    assert f.summary.startswith("The bass lands with four of the kick's eight hits (the kick on three plays alone in "
                                "most bars), and plays sixteen more notes between them"), f.summary
    pump = [note(t, 40, P * 0.4) for t in np.arange(0.0, 4 * BAR, P / 2)]
    tid = make_track(lib.store, "e2" * 6 + "e529", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": pump})
    for asked in ("is the bass with the kick drum or around it?", "does the bass sit with the kick or play around it?"):
        f = get_findings(lib, tid, ["bass", "drums"], 0.0, 4 * BAR, asked)
        assert f.summary.startswith("The bass lands with all eight of the kick's hits, and plays twenty-four more "
                                    "notes between them: on every eighth the kick leaves free."), (asked, f.summary)


def test_whether_two_named_parts_double_is_said_of_those_two(lib):
    """'Does the guitar double the bass?' under a singer got 'The vocals and drums do not double each other' (the
    relation read for the pair, both accompanying her, was said as her support, and its first two parts named:
    a sweep of my own questions on the Beatles, dev)."""
    g = groove(16)
    comp = [note(t, p, P * 0.9) for t in np.arange(0.0, 16.0, 2 * P) for p in (57, 60, 64)]
    sung = [note(i * P, (69, 71, 72, 74)[i % 4], P * 0.9) for i in range(28)]
    tid = make_track(lib.store, "fe" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": g["bass"], "guitar": comp, "vocals": sung},
                     levels_db={"vocals": -12.0})
    f = get_findings(lib, tid, ["drums", "bass", "guitar", "vocals"], 0.0, 16.0, "does the guitar double the bass?")
    assert f.summary.startswith("The guitar and bass do not double each other"), f.summary
    # "is the bass following the guitar?" (both accompany her): how many of their notes start together
    f = get_findings(lib, tid, ["drums", "bass", "guitar", "vocals"], 0.0, 16.0, "is the bass following the guitar?")
    assert f.summary.startswith("The bass and guitar start together on most of the guitar's notes, the bass playing "
                                "more notes between them."), f.summary
    stabs = [note(t, p, P * 0.9) for t in np.arange(0.0, 16.0, P) for p in (57, 60, 64)]  # on every beat, as the bass
    tid = make_track(lib.store, "fb" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": g["bass"], "guitar": stabs, "vocals": sung},
                     levels_db={"vocals": -12.0})
    f = get_findings(lib, tid, ["drums", "bass", "guitar", "vocals"], 0.0, 16.0, "is the bass following the guitar?")
    assert f.summary.startswith("The bass and guitar start together on most of the bass's notes: they play the same "
                                "rhythm."), f.summary


def test_whether_the_level_comes_back_to_where_it_was_is_said(lib):
    """'Where does it drop, and when it comes back up, is it back to where it was?' got the drop and the return and
    'isn't shown' (round 30's ae07, dev). Three loud bars, two bars of a soft bass alone, three bars back at a
    verse's level: the drop and the return placed, the return under the first level."""
    g = groove(16)
    drums = [dict(n, velocity=110 if n["time_s"] < 3 * BAR else 50) for n in g["drums"]
             if not 3 * BAR <= n["time_s"] < 5 * BAR]
    bass = [dict(n, velocity=110 if n["time_s"] < 3 * BAR else 25 if n["time_s"] < 5 * BAR else 50) for n in g["bass"]]
    tid = make_track(lib.store, "fa" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": drums, "bass": bass})
    q = "riding the level -- where does it drop, and when it comes back up, is it back to where it was?"
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, q)
    assert f.summary.startswith("The level drops from the fourth bar here and comes back up from the sixth bar here, "
                                "clearly under where it was before the drop."), f.summary
    assert not re.search(r"sings? an earlier|each new", f.summary), f.summary  # "comes back up" is no repeat asked


def test_the_notes_a_line_sings_outside_the_key_are_named_bar_by_bar(lib):
    """'Does she step outside the key anywhere on the way up?' got 'the vocals move mostly by step' (round 30's ae05,
    dev): the notes outside the key are named where they fall."""
    line = [note(b * BAR + i * P, p, P * 0.9) for b, bar in enumerate(((60, 62, 64, 65), (67, 66, 67, 69),
                                                                     (71, 72, 71, 72))) for i, p in enumerate(bar)]
    tid = make_track(lib.store, "fb" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", key="C major", key_pc=0,
                     stems={"vocals": line})
    f = get_findings(lib, tid, ["vocals"], 0.0, 3 * BAR, "does she step outside the key anywhere on the way up?")
    assert f.summary.startswith("Outside C major, the vocals sing F sharp in the second bar here."), f.summary
    assert "by step" not in f.summary.split(". ")[0], f.summary
    inside = make_track(lib.store, "fc" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", key="C major",
                        key_pc=0, stems={"vocals": [dict(n, pitch=65) if n["pitch"] == 66 else n for n in line]})
    f = get_findings(lib, inside, ["vocals"], 0.0, 3 * BAR, "any notes outside the key?")
    assert f.summary.startswith("The vocals stay inside C major here: no note outside the key."), f.summary
    # "step outside it" after the key is named, in a compound question's second clause: said second (a sweep of
    # compound questions, thirteenth session, dev)
    f = get_findings(lib, tid, ["vocals"], 0.0, 3 * BAR, "what key is this, and does she ever step outside it?")
    assert f.summary.split(". ")[1].startswith("Outside C major, the vocals sing F sharp in the second bar here"), \
        f.summary
    # "in key", "off key" (the thirty-seventh session's sweep on Punk got the key and the chords alone, dev)
    for asked in ("is the singer in key with the band?", "is she singing off key anywhere?"):
        f = get_findings(lib, tid, ["vocals"], 0.0, 3 * BAR, asked)
        assert f.summary.startswith("Outside C major, the vocals sing F sharp in the second bar here."), (asked,
                                                                                                         f.summary)
    # "a couple of them sound outside to me" (round 109's df11, dev: her notes, none named outside)
    f = get_findings(lib, tid, ["vocals"], 0.0, 3 * BAR, "what notes is she singing? a couple of them sound outside "
                     "to me")
    assert "Outside C major, the vocals sing F sharp in the second bar here." in f.summary, f.summary


def test_a_comp_that_cuts_its_chords_short_but_lets_the_last_ring_is_said_so(lib):
    """Round 25's l04 (dev): 'in this last bit is he letting the chords ring or cutting them short?' got 'short
    chords' and nothing of the last chord, left ringing. Stabs of a quarter of a second on the beats for three bars,
    then one chord held two beats."""
    stabs = [note(b * BAR + i * P, q, 0.25) for b in range(3) for i in range(4) for q in (53, 57, 60)]
    last = [note(3 * BAR, q, 2 * P - 0.02) for q in (55, 58, 62)]
    tid = make_track(lib.store, "f9" * 8, duration_s=9, bpm=BPM, beats_per_bar=4, meter="4/4", key="F major", key_pc=5,
                     stems={"guitar": stabs + last})
    f = get_findings(lib, tid, ["guitar"], 0.0, 8.0, "in this last bit is he letting the chords ring or cutting them "
                     "short? want my keys to match the articulation")
    assert f.summary.startswith("The guitar cuts its chords short here, each about half a beat, but lets the last "
                                "chord, from the first beat of the fourth bar here, ring about two beats."), f.summary
    # held in the second bar, with stabs after it: one chord rings, not 'the last'
    middle = [dict(n, time_s=n["time_s"] - 2 * BAR) for n in last] + \
        [dict(n, time_s=n["time_s"] + BAR) for n in stabs if n["time_s"] >= BAR]
    tid = make_track(lib.store, "fa" * 8, duration_s=9, bpm=BPM, beats_per_bar=4, meter="4/4", key="F major", key_pc=5,
                     stems={"guitar": [n for n in stabs if n["time_s"] < BAR] + middle})
    f = get_findings(lib, tid, ["guitar"], 0.0, 8.0, "is he letting the chords ring or cutting them short?")
    assert f.summary.startswith("The guitar cuts its chords short here, each about half a beat, but lets one chord, "
                                "from the first beat of the second bar here, ring about two beats."), f.summary


def test_the_off_beat_sentence_and_the_playing_words_agree(lib):
    """The off-beat sentence had its own bounds (half the onsets between the beats: 'mostly off the beat') beside the
    playing words' (seven in ten), so a part with about six in ten of its onsets off the beat was said to play
    'mostly off the beat' and 'on and between the beats' in one answer (the twelfth session's review)."""
    # per beat: a stroke on it and a stroke on its 'and', plus a third on the 'a' every other beat: 0.6 off the beat
    strokes = []
    for i, t in enumerate(np.arange(0.0, 16.0, P)):
        strokes += [note(t, 57, P * 0.2), note(t + P / 2, 60, P * 0.2)] + ([note(t + 0.75 * P, 62, P * 0.2)] if i % 2 else [])
    g = groove(16)
    tid = make_track(lib.store, "fa" * 7 + "0b", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "guitar": strokes})
    f = get_findings(lib, tid, ["drums", "guitar"], 0.0, 16.0, "is the guitar playing off the beat?")
    share = next(p for p in f.presence if p.stem == "guitar").offbeat_onset_share
    assert 0.5 < share < 0.7, share
    assert "The guitar plays partly off the beat, partly on it." in f.summary, f.summary
    assert "mostly off the beat" not in f.summary, f.summary


def test_the_chord_under_each_lines_last_note_is_said_in_the_order_asked(lib):
    """'Where does he breathe between lines, and what chord is under each line's last note?' on Country1 answered the
    last notes first and the breaths third, and left the chord under each last note to the reader (the twelfth
    session's review, dev). Three sung lines ending on E over C, D over G, and C struck over F and held into G."""
    sung = []
    for k, last in enumerate((64, 62, 60)):
        t0 = k * 2 * BAR + P / 2
        sung += [note(t0 + i * P / 2, 67 + i % 3, P / 2 - 0.02) for i in range(4)]
        sung += [note(t0 + 3 * P + i * P / 2, 69 - i, P / 2 - 0.02) for i in range(3)]
        sung += [note(t0 + 4.5 * P, last, 2 * P if k == 2 else P)]
    shapes = {"Am": (57, 60, 64), "C": (55, 60, 64), "G": (55, 59, 62), "F": (53, 57, 60)}
    chart = ["Am", "C", "Am", "G", "Am", "F", "Am"]
    piano = [note(b * BAR + i * P, x, P * 0.9) for b, name in enumerate(chart) for i in range(4)
             for x in shapes["G" if b == 5 and i >= 2 else name]]
    tid = make_track(lib.store, "fa" * 7 + "0c", duration_s=14, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": sung, "piano": piano, "drums": groove(14)["drums"]})
    f = get_findings(lib, tid, ["vocals", "piano"], 0.0, 14.0,
                     "where does she breathe between lines, and what chord is under each line's last note?")
    first, second = f.summary.split(". ")[:2]
    assert "breath" in first or "hole" in first, f.summary
    assert second.startswith("The vocals end their three lines here on E, over C; on D, over G; and on C, over F and "
                             "held into G"), f.summary


def test_compound_questions_reach_each_clauses_answer(lib):
    """A sweep of compound questions on the Beatles (thirteenth session, dev): 'does the level drop anywhere, and does
    it come back to where it was?' got "the vocal line's phrases are each new" first (heard as a repeat); 'where does
    the bass come in, and what note does it start on?' got a line start after a rest as its entry (the entry's ask
    matched from the question's first word, leaving no subject); 'how many bars is this, and where does the chorus
    start?' led with where the singer's lines start."""
    g = groove(16)
    sung = []
    for k in range(3):
        t0 = k * 2 * BAR + P / 2
        sung += [note(t0 + i * P / 2, 67 + (i + k) % 4, P / 2 - 0.02) for i in range(8)]
    tid = make_track(lib.store, "fa" * 7 + "0d", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": g["bass"], "vocals": sung},
                     sections=[(0.0, 8.0, "verse"), (8.0, 16.0, "chorus")])
    stems = ["drums", "bass", "vocals"]
    f = get_findings(lib, tid, stems, 0.0, 16.0, "does the level drop anywhere, and does it come back to where it was?")
    assert "each new" not in f.summary and "again" not in f.summary, f.summary
    assert f.summary.startswith("The level does not drop here"), f.summary
    f = get_findings(lib, tid, stems, 0.0, 16.0, "where does the bass come in, and what note does it start on?")
    assert f.summary.startswith("The bass is already playing as the window starts"), f.summary
    f = get_findings(lib, tid, stems, 0.0, 16.0, "how many bars is this, and where does the chorus start?")
    assert not f.summary.startswith("The vocals start"), f.summary
    assert "bars" in f.summary.split(". ")[0], f.summary


def test_notes_a_part_holds_are_spelled_in_the_key(lib):
    """A C sharp minor ballad's singer holding an A sharp was said to hold 'the B flat' (the held notes, line ends and
    ranges were spelled with the mixed names in every key: a sweep, thirteenth session, dev). Here an E major song
    whose singer holds the A sharp of an F sharp seven (the five of five)."""
    shapes = {"E": (52, 56, 59), "F#7": (54, 58, 61, 64), "A": (57, 61, 64), "B": (59, 63, 66)}
    chart = ["E", "F#7", "A", "B"] * 2
    piano = [note(b * BAR + i * P, x, P * 0.9) for b, name in enumerate(chart) for i in range(4) for x in shapes[name]]
    line = {"E": [(68, 1.0), (71, 1.0), (76, 1.5)], "F#7": [(70, 3.5)], "A": [(69, 1.0), (73, 1.0), (76, 1.5)],
            "B": [(75, 1.0), (71, 2.5)]}
    sung = []
    for b, name in enumerate(chart):
        t = b * BAR
        for pitch, beats in line[name]:
            sung.append(note(t, pitch, beats * P - 0.02))
            t += beats * P
    tid = make_track(lib.store, "fa" * 7 + "0e", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": sung, "piano": piano, "drums": groove(16)["drums"]}, key="E major", key_pc=4)
    f = get_findings(lib, tid, ["vocals"], 0.0, 16.0, "how long does she hold her notes?")
    held = next(p for p in f.presence if p.stem == "vocals").held
    assert "A#4" in [x.note for x in held], (f.harmony.key_in_window, held)
    assert "A sharp" in f.summary and "B flat" not in f.summary, f.summary


def test_whether_two_parts_share_a_range_is_said(lib):
    """'Thinking of EQ-carving the keys out of her way in this verse -- are they actually sitting in the same range as
    her, or is she well clear above them?' was routed to the unmeasured effects (its reason's 'EQ') and, asked
    plainly, got the keys' range alone (round 31's af08, dev). A singer from G sharp up to A sharp over keys held in
    the octave below middle C; then keys whose top line climbs into her range."""
    sung = [note(b * BAR + i * P, p, P * 0.9) for b in range(4) for i, p in enumerate((68, 71, 75, 82))]
    low = [note(b * BAR, x, BAR - 0.05) for b in range(4) for x in (52, 56, 61)]
    tid = make_track(lib.store, "fa" * 7 + "0f", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", key="E major",
                     key_pc=4, stems={"vocals": sung, "piano": low})
    q = ("thinking of EQ-carving the keys out of her way in this verse -- are they actually sitting in the same range "
         "as her, or is she well clear above them?")
    f = get_findings(lib, tid, ["vocals", "piano"], 0.0, 4 * BAR, q)
    assert f.summary.startswith("The vocals sing from G sharp up to A sharp, all of it above the piano, whose notes run "
                                "from E up to C sharp here: their ranges do not overlap, the vocals' lowest note a "
                                "fifth over the piano's highest."), f.summary
    high = low + [note(b * BAR + 2 * P, 73 + b, P) for b in range(4)]
    tid = make_track(lib.store, "fa" * 7 + "1a", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", key="E major",
                     key_pc=4, stems={"vocals": sung, "piano": high})
    f = get_findings(lib, tid, ["vocals", "piano"], 0.0, 4 * BAR, "is the piano in the same range as the vocal?")
    assert f.summary.startswith("The vocals (G sharp up to A sharp) and the piano (E up to E) overlap here: they share "
                                "the range from G sharp up to E"), f.summary
    # a singular part's possessive: "the bass's highest" (it read "the bass' highest", the test being its final s)
    bass = [dict(n, pitch=n["pitch"] - 24) for n in low]
    tid = make_track(lib.store, "fa" * 7 + "2c", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", key="E major",
                     key_pc=4, stems={"vocals": sung, "bass": bass})
    f = get_findings(lib, tid, ["vocals", "bass"], 0.0, 4 * BAR, "is the bass in the same range as her?")
    assert "over the bass's highest" in f.summary, f.summary


def test_a_sparse_parts_long_notes_are_said(lib):
    """A real piano's five notes (madmom's sample) read no 'playing' words, so none of its notes was held: 'how long
    does he hang on to that first high note?' got the register and the harmony (round 31's af04, dev). Four notes
    over two bars, the first held until the next note in its register (the F a fifth under it), through the low F."""
    piano = [note(0.0, 72, 2 * BAR - 0.1), note(BAR, 41, P * 1.5), note(BAR + 2 * P, 65, P), note(2 * BAR, 63, P)]
    tid = make_track(lib.store, "fa" * 7 + "1b", duration_s=12, bpm=BPM, beats_per_bar=4, meter="4/4", key="F minor",
                     key_pc=5, stems={"piano": piano})
    f = get_findings(lib, tid, ["piano"], 0.0, 3 * BAR, "how long does the piano hold its longest notes?")
    held = next(p for p in f.presence if p.stem == "piano").held
    assert held and held[0].note == "C5" and held[0].beats == 6.0, held
    assert f.summary.startswith("The piano holds"), f.summary


@pytest.mark.parametrize("beat_vel,and_vel,said", [
    (110, 70, "strokes on the beats are louder than those between them: the accents fall on the beats"),
    (70, 110, "strokes between the beats are louder than those on them: the accents fall off the beat"),
    (90, 90, "strokes are about even in level: no place in the bar stands out clearly as accented")])
def test_where_a_parts_accents_fall_is_said(lib, beat_vel, and_vel, said):
    """'Is he strumming eighths or sixteenths, where are the accents, and does he leave any gaps?' got the eighths and
    no word on the accents (round 31's af09, dev). Eighth-note strums, the beats' and the ands' levels planted (the
    strokes short enough that the fixture's 0.1 s hold after a note does not carry one stroke's level into the next)."""
    strum = [note(i * P / 2, x, P / 2 * 0.4, beat_vel if i % 2 == 0 else and_vel) for i in range(32) for x in (57, 60, 64)]
    tid = make_track(lib.store, "fa" * 7 + ("1c" if beat_vel > and_vel else "1d" if and_vel > beat_vel else "1e"),
                     duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"guitar": strum})
    f = get_findings(lib, tid, ["guitar"], 0.0, 4 * BAR, "where are the accents in the guitar part?")
    assert f.summary.startswith(f"The guitar's {said}."), f.summary


def test_accents_are_read_from_the_stems_sound_not_the_transcribers_velocities(lib):
    """'Is he hitting block chords or strumming them? anything accented?' over a keys part whose beats sound about
    2 dB over its ands read "about even" (round 38's am01, dev): the transcriber's velocities are a note-likelihood,
    not a level. Eighth-note chords written at one velocity; the stem's sound planted 2 dB louder on the beats."""
    keys = [note(i * P / 2, x, P / 2 * 0.4, 90) for i in range(32) for x in (56, 59, 63)]
    tid = make_track(lib.store, "fa" * 7 + "3a", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": keys})
    lib.store.db.execute("UPDATE features SET energy_db = energy_db + 2 WHERE track_id = ? AND stem = 'piano' AND "
                         "(CAST(ROUND(time_s * 20) AS INTEGER) % 10) IN (0, 1)", [tid])
    lib.store.db.conn.commit()
    f = get_findings(lib, tid, ["piano"], 0.0, 4 * BAR, "is he hitting block chords? anything accented?")
    assert next(p for p in f.presence if p.stem == "piano").accents == "on the beats", f.summary
    assert "the accents fall on the beats" in f.summary, f.summary

def _strums_over_a_walk(lib, track_id: str, shapes, walks, key: str, key_pc: int) -> str:
    """A guitar strumming each bar's shape on the beats over a bass walking a note a beat."""
    guitar = [note(b * BAR + i * P, x, P * 0.5) for b, shape in enumerate(shapes) for i in range(4) for x in shape]
    bass = [note(b * BAR + i * P, x, P * 0.9) for b, walk in enumerate(walks) for i, x in enumerate(walk)]
    return make_track(lib.store, track_id, duration_s=10, bpm=BPM, beats_per_bar=4, meter="4/4", key=key,
                      key_pc=key_pc, stems={"guitar": guitar, "bass": bass})


def test_a_lines_chord_tones_are_counted_by_their_place_in_the_chord_where_asked(lib):
    """'Does the bass ever play the third of the chord?' over MusicDelta Rock got the chart and its tension (the
    seventeenth session's sweep, dev): where asked, the line's chord tones by degree, the asked degree placed where it
    first sounds (and said where it never does). A bass on C's root and fifth, then G's root, third, fifth, root."""
    tid = _strums_over_a_walk(lib, "fa" * 7 + "3b", ((48, 52, 55), (43, 47, 50)), ((36, 43, 36, 43), (43, 47, 50, 43)),
                              "C major", 0)
    f = get_findings(lib, tid, ["guitar", "bass"], 0.0, 2 * BAR, "does the bass ever play the third of the chord?")
    assert f.summary.startswith("Against the chords here, of the bass's eight notes four are the root, one the third "
                                "(the first in the second bar here, B over G) and three the fifth; none is outside the "
                                "chords."), f.summary
    f = get_findings(lib, tid, ["guitar", "bass"], 0.0, BAR, "is the bass hitting any thirds or just roots and fifths?")
    assert f.summary.startswith("Against the chords here, of the bass's four notes two are the root, none the third "
                                "and two the fifth"), f.summary
    assert "cannot be read" not in f.summary, f.summary  # the roots on the strong beats' caveat would gainsay it
    f = get_findings(lib, tid, ["guitar", "bass"], 0.0, 2 * BAR, "what's the bass doing in the third beat?")
    assert not f.summary.startswith("Against the chords"), f.summary

def test_the_snares_ghost_notes_are_placed_where_asked_and_none_read_is_no_proof(lib):
    """'Are there ghost notes on the snare?' over MusicDelta Rock got the kit's pattern (the seventeenth session's
    sweep, dev). The snare's soft strokes are placed; a flam's grace note just before a backbeat is none; with none
    read, the answer says the reading misses most very quiet strokes."""
    g = groove(8)
    plain = make_track(lib.store, "fa" * 7 + "3d", duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    ghosts = g["drums"] + [note(b * BAR + 1.75 * P, 38, 0.05, 35) for b in range(2)] + \
        [note(b * BAR + 3 * P - 0.03, 38, 0.05, 40) for b in range(4)]  # soft strokes, then flams' grace notes
    tid = make_track(lib.store, "fa" * 7 + "3e", duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": ghosts, "bass": g["bass"]})
    f = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "are there ghost notes on the snare?")
    assert f.summary.startswith("The snare plays two soft strokes under its louder ones here (ghost notes): on the a "
                                "of two of the first bar here and on the a of two of the second bar here; the drum "
                                "reading misses many"), f.summary
    f = get_findings(lib, plain, ["drums"], 0.0, 4 * BAR, "is he ghosting anything on the snare?")
    assert f.summary.startswith("No soft snare strokes are read between the louder ones here, but the drum reading "
                                "misses most very quiet ghost notes"), f.summary

def test_how_syncopated_a_line_is_is_said_where_asked(lib):
    """'Is the vocal syncopated?' over MusicDelta Country1 got the line's manner (the seventeenth session's sweep,
    dev): its notes between the beats, and those with the next beat left empty (the accent carried over it). A voice
    on one and the ands of one, two and three, each held to the next; then straight eighths."""
    g = groove(16)
    g["vocals"] = [note(b * BAR + x * P, 72 + i, (1.0 if x < 2.5 else 1.5) * P * 0.95)
                   for b in range(4) for i, x in enumerate((0.0, 0.5, 1.5, 2.5))]
    tid = make_track(lib.store, "f2e6" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 4 * BAR, "is the vocal syncopated?")
    assert f.summary.startswith("The vocals start twelve of their sixteen notes here between the beats, twelve of "
                                "them with the next beat left empty: a syncopated line."), f.summary
    g["vocals"] = [note(i * P / 2, 72 + i % 3, P * 0.45) for i in range(32)]
    tid = make_track(lib.store, "f2e7" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 4 * BAR, "is her line syncopated at all?")
    assert f.summary.startswith("The vocals start sixteen of their thirty-two notes here between the beats, each "
                                "followed by a note on the next beat: no syncopation"), f.summary

def test_a_turnaround_is_read_from_how_the_chords_end_against_the_key(lib):
    """'Is there a turnaround at the end of this bit?' over MusicDelta Beatles got the lead's phrasing (the seventeenth
    session's sweep, dev): the window's last move, and whether it ends on the five chord (leading back home), on the
    home chord, or elsewhere. C, F, G, then C again in C major."""
    tid = _strums_over_a_walk(lib, "fa" * 7 + "3f", ((48, 52, 55), (48, 53, 57), (47, 50, 55), (48, 52, 55)),
                              ((36, 40, 43, 40), (41, 45, 48, 45), (43, 47, 50, 47), (36, 40, 43, 40)), "C major", 0)
    f = get_findings(lib, tid, ["guitar", "bass"], 0.0, 3 * BAR, "is there a turnaround at the end of this bit?")
    assert f.summary.startswith("Yes: the chords end moving from F to G, the five chord of C, which leads back home: "
                                "a turnaround."), f.summary
    f = get_findings(lib, tid, ["guitar", "bass"], 0.0, 4 * BAR, "any turnaround at the end?")
    assert f.summary.startswith("No turnaround here: the chords end moving from G to C, the home chord of C"), f.summary

def test_each_chords_voicing_and_inversion_is_said_where_asked(lib):
    """'What inversions is the keyboard using?' over ft_drive_e24's off-beat keys got the chart (the seventeenth
    session's sweep, dev; round 38's am04 gave one of three voicings): each chord's first stroke bottom to top, with
    the chord tone at the bottom. C in root position, F over C (second inversion), G over B (first inversion)."""
    shapes = ((48, 52, 55), (48, 53, 57), (47, 50, 55))
    tid = _strums_over_a_walk(lib, "fa" * 7 + "40", shapes, ((36, 40, 43, 40), (41, 45, 48, 45), (43, 47, 50, 47)),
                              "C major", 0)
    f = get_findings(lib, tid, ["guitar", "bass"], 0.0, 3 * BAR, "what inversions is the guitar using?")
    assert f.summary.startswith("The guitar plays mostly triads here, voicing C as C, E and G from the bottom (root "
                                "position); F as C, F and A (second inversion); G as B, D and G (first inversion)."), \
        f.summary
    # the shapes asked beside the chart (round 123's dt05, dev: the chart and one voicing)
    for asked in ("chart it bar by bar for me, with the shapes the guitar's using", "what chord shapes is he playing?"):
        f = get_findings(lib, tid, ["guitar", "bass"], 0.0, 3 * BAR, asked)
        assert "voicing C as C, E and G from the bottom (root position); F as C, F and A (second inversion)" in \
            f.summary, (asked, f.summary)
    # how the hand moves, where asked (round 60's bi08, dev: the voicings alone): the largest move to the next voicing
    f = get_findings(lib, tid, ["guitar", "bass"], 0.0, 3 * BAR, "what inversions is he using, and how does his hand "
                     "move from chord to chord?")
    assert ("(first inversion); from chord to chord no note moves more than a whole step to the nearest note of the "
            "next (the bottom notes C, C and B): the hand barely moves, each inversion chosen close to the last.") \
        in f.summary, f.summary
    # how wide the shapes are, where a player's reach is asked (round 61's bj06, dev: the chart alone)
    f = get_findings(lib, tid, ["guitar", "bass"], 0.0, 3 * BAR, "she's got small hands and can just about reach an "
                     "octave -- any chords wider than that?")
    assert f.summary.startswith("The guitar's chord shapes here, bottom note to top: the widest spans a major sixth, "
                                "the narrowest a fifth (C as C, E and G; F as C, F and A; G as B, D and G): none wider "
                                "than an octave."), f.summary
    # a soft ghost an octave under one stroke is no voice: the voicing is the shape held through the chord's strokes
    # (ft_ballad_eb54's chorus keys read "B flat minor as D flat, F, B flat ... (first inversion)" from a D flat 3
    # under its first stroke alone: round 60's bi08, dev)
    guitar = [note(b * BAR + i * P, x, P * 0.5) for b, shape in enumerate(shapes) for i in range(4) for x in shape]
    guitar += [note(BAR, 41, P * 0.4, 55), note(2 * BAR, 38, P * 0.4, 55)]  # an F2 under F's first, a D2 under G's
    bass = [note(b * BAR + i * P, x, P * 0.9) for b, walk in
            enumerate(((36, 40, 43, 40), (41, 45, 48, 45), (43, 47, 50, 47))) for i, x in enumerate(walk)]
    ghost = make_track(lib.store, "e2" * 6 + "e3f7", duration_s=10, bpm=BPM, beats_per_bar=4, meter="4/4",
                       key="C major", key_pc=0, stems={"guitar": guitar, "bass": bass})
    f = get_findings(lib, ghost, ["guitar", "bass"], 0.0, 3 * BAR, "what inversions is the guitar using?")
    assert "F as C, F and A (second inversion); G as B, D and G (first inversion)." in f.summary, f.summary
    # "how long are the chords held?" names no part: the one part striking chords, not the melody
    f = get_findings(lib, tid, ["guitar", "bass"], 0.0, 3 * BAR, "how long are the chords held?")
    assert f.summary.startswith("The guitar "), f.summary
    # no part named, the bass's line before the chords in the selection: the one part striking chords, not the bass
    f = get_findings(lib, tid, ["bass", "guitar"], 0.0, 3 * BAR, "what inversions are these chords in?")
    assert f.summary.startswith("The guitar plays mostly triads here, voicing C as C, E and G"), f.summary

def test_where_a_part_gets_louder_or_softer_on_its_own_is_said_where_asked(lib):
    """'Riding her fader through the hook and the stop -- where does she get louder or softer on her own?' got who
    carries (round 39's an05, dev): the part's notes' levels, cut where a stretch of them steps up or down by four
    decibels or more. A voice's quarter notes: two bars at one level, two bars six decibels louder, two bars back."""
    g = groove(16)
    g["vocals"] = [note(i * P, 72 + i % 3, P * 0.8, 120 if 8 <= i < 16 else 60) for i in range(24)]
    tid = make_track(lib.store, "f2e8" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 6 * BAR,
                     "riding her fader -- where does she get louder or softer on her own?")
    assert f.summary.startswith("The vocals' own level steps up about six decibels from the first beat of the third "
                                "bar here and down about six decibels from the first beat of the fifth bar here"), \
        f.summary
    g["vocals"] = [note(i * P, 72 + i % 3, P * 0.8, 90) for i in range(24)]
    tid = make_track(lib.store, "f2e9" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 6 * BAR, "where does the vocal get louder or softer?")
    assert f.summary.startswith("The vocals' level holds steady here: no stretch of their notes steps up or down"), \
        f.summary
    # no part named and no singer meant: the band's level over the window, not the lead's (the twenty-fourth session's
    # sweep on ft_ballad_csm76, dev: "is it getting louder or quieter through this bit?" got the singer's own level
    # after who carries the passage)
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 6 * BAR,
                     "is it getting louder or quieter through this bit?")
    assert "own level" not in f.summary and "level holds steady" not in f.summary, f.summary
    assert f.routing.asks == "narrative", f.routing
    from frames.routing import asks_of
    assert asks_of("which is louder here, the bass or the kick?", [])[0] == "carry"

@pytest.mark.parametrize("line,key,pc,said", [
    ((57, 60, 62, 64, 67, 69), "A minor", 9, "The guitar uses five notes here, A, C, D, E and G: all inside A minor "
                                              "pentatonic."),
    ((62, 64, 65, 67, 69, 71, 72, 74), "D minor", 2, "The guitar uses seven notes here, D, E, F, G, A, B and C: all "
                                                      "inside D Dorian mode."),
    ((62, 64, 65, 67, 69, 72, 74), "D minor", 2, "The guitar uses six notes here, D, E, F, G, A and C: D natural minor "
                                                  "and D Dorian mode both hold them (B flat or B, which would tell "
                                                  "them apart, are not played).")])
def test_the_scale_a_line_uses_is_named_from_its_notes_where_asked(lib, line, key, pc, said):
    """'What scale is the lead guitar using here?', 'is this dorian or natural minor?' over MusicDelta Shadows got
    the key and the chart (the seventeenth session's sweep, dev): the notes the part sounds, and the scales on the
    key's tonic that hold them all; where the notes that tell two modes apart are not played, that is said."""
    notes = [note(i * P / 2, line[i % len(line)], P * 0.45) for i in range(32)]
    tid = make_track(lib.store, f"f3e{len(line)}" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", key=key,
                     key_pc=pc, stems={"guitar": notes})
    f = get_findings(lib, tid, ["guitar"], 0.0, 16.0, "what scale is he using? dorian or natural minor?")
    assert f.summary.startswith(said), f.summary

def test_the_figure_the_parts_repeat_is_said_where_a_loop_is_asked(lib):
    """'Is the band playing the same thing every four bars?', 'which bars would loop cleanly?' over ft_drive_ab152's
    verse got the lock (the seventeenth session's sweep; round 39's an01, a radio edit, dev): the shortest figure the
    parts repeat, how often, and the bars that differ. The groove's bass moves from A to E every bar: a two-bar
    figure; then a fill in the sixth bar; then a bass that never plays a bar again."""
    g = groove(16)
    tid = make_track(lib.store, "fa" * 7 + "41", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 8 * BAR, "which bars would loop cleanly?")
    assert f.summary.startswith("The drums and bass play a two-bar figure here, four times through, the same each "
                                "time round, so any two whole bars of it loop cleanly."), f.summary
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 8 * BAR, "is this part repetitive?")  # (the twenty-fourth
    # session's sweep on Beatles, dev)
    assert f.summary.startswith("The drums and bass play a two-bar figure here, four times through"), f.summary
    fill = [n for n in g["drums"] if not 5 * BAR <= n["time_s"] < 6 * BAR] + \
        [note(5 * BAR + i * P / 2, 45 + i % 3, 0.1, 110) for i in range(8)]
    tid = make_track(lib.store, "fa" * 7 + "42", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": fill, "bass": g["bass"]})
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 8 * BAR, "is the band playing the same thing every two bars?")
    assert f.summary.startswith("The drums and bass play a two-bar figure here, four times through, the same each "
                                "time round but for the drums in the sixth bar here."), f.summary
    wander = [note(i * P, 36 + (i * 7) % 17, P * 0.9) for i in range(32)]
    tid = make_track(lib.store, "fa" * 7 + "43", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": wander})
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 8 * BAR, "which bars would loop cleanly?")
    assert f.summary.startswith("No figure of one, two or four bars repeats through this window for all of the "
                                "drums and bass: the drums repeat a one-bar figure, but the bass does not"), f.summary
    # a riff asked about is the band's figure, not the singer's phrases; asked about the bass, the bass's own (the
    # twentieth session's sweep on Beatles: "how many times does the riff repeat?" got her phrases)
    tid = make_track(lib.store, "fa" * 7 + "44", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": g["bass"], "guitar": wander,
                            "vocals": [note(1.0 + 2.5 * k, 67 + k % 3, 1.2) for k in range(6)]})
    f = get_findings(lib, tid, ["drums", "bass", "guitar", "vocals"], 0.0, 8 * BAR,
                     "how many times does the bass riff go round here?")
    assert f.summary.startswith("The bass plays a two-bar figure here, four times through."), f.summary
    f = get_findings(lib, tid, ["drums", "bass", "guitar", "vocals"], 0.0, 8 * BAR, "how many times does the riff repeat?")
    assert f.summary.startswith("No figure of one, two or four bars repeats"), f.summary

def test_a_bar_whose_parts_sound_both_thirds_is_said_to_clash(lib):
    """'The last bar sounds a bit off to me, is that one major or minor?' over a guitar's E minor and a bass walking
    E, G sharp, B, G sharp got 'the chord is E' (round 31's af05, dev): the two thirds are named where they clash; a
    bar both parts agree on is not."""
    tid = _strums_over_a_walk(lib, "fa" * 7 + "1f", ((48, 52, 55), (52, 55, 59)), ((36, 40, 43, 40), (40, 44, 47, 44)),
                              "G major", 7)
    f = get_findings(lib, tid, ["guitar", "bass"], 0.0, 2 * BAR, "the last bar sounds a bit off to me, is that one "
                     "major or minor?")
    assert f.summary.startswith("In the second bar here the guitar sounds E minor's third, G, while the bass sounds G "
                                "sharp, E major's: the two thirds clash."), f.summary
    assert [c.bar for c in f.harmony.chart.third_clashes] == [2], f.harmony.chart.third_clashes


@pytest.mark.parametrize("velocities,said", [
    ((120, 120, 40, 40, 40, 40), "The level steps down from the third bar here and then holds at one level to the "
                                 "window's end: no fade in the playing."),
    ((120, 105, 90, 75, 60, 45), "The level falls bar after bar to the window's end: the band fades in its playing.")])
def test_whether_the_band_fades_or_steps_down_and_holds_is_said(lib, velocities, said):
    """'Is the band already fading this out at the end, or does it stay at one level?' got the drop into the coda and
    nothing of the level after it (round 32's ag10, dev). Six bars of the groove, their levels planted."""
    g = groove(16)
    at = lambda n: velocities[min(int(n["time_s"] // BAR), len(velocities) - 1)]  # noqa: E731
    stems = {k: [dict(n, velocity=at(n)) for n in v if n["time_s"] < 6 * BAR] for k, v in g.items()}
    tid = make_track(lib.store, "fa" * 7 + ("2a" if velocities[2] == 40 else "2b"), duration_s=16, bpm=BPM,
                     beats_per_bar=4, meter="4/4", stems=stems)
    f = get_findings(lib, tid, list(stems), 0.0, 6 * BAR, "is the band already fading this out at the end, or does it "
                     "stay at one level?")
    assert f.summary.startswith(said), (f.summary, f.events)


def test_a_plural_parts_possessive_takes_the_apostrophe_alone(lib):
    """'the vocals' notes', not 'the vocals's notes' (the older sentences wrote f"{stem}'s"; the fourteenth session's
    own sweep, dev); a singular name ending in s keeps its 's ('the bass's')."""
    assert possessive("vocals") == "vocals'" and possessive("bass") == "bass's"
    assert possessive("bass and drums") == "bass and drums'" and possessive("drums and bass") == "drums and bass's"
    g = groove(16)
    stabs = [note(t, p, P * 0.9) for t in np.arange(0.0, 16.0, P) for p in (57, 60, 64)]
    sung = [note(t, 69 + (i % 3), 2 * P * 0.9) for i, t in enumerate(np.arange(0.0, 16.0, 2 * P))]
    tid = make_track(lib.store, "fa" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": g["bass"], "guitar": stabs, "vocals": sung},
                     levels_db={"vocals": -12.0})
    f = get_findings(lib, tid, ["drums", "guitar", "vocals"], 0.0, 16.0, "is the guitar following the vocals?")
    assert "the vocals' notes" in f.summary and "vocals's" not in f.summary, f.summary


def test_a_lines_notes_against_the_chords_and_the_bass_are_counted(lib):
    """'Is the melody mostly on chord tones?' and 'does the vocal clash with the bass anywhere?' got the chords alone
    (the fourteenth session's own sweep on the Punk multitrack, dev). Four bars of C, G, C, G: the singer's chord
    tones on the beats, a passing note between two beats in each of the first two bars, and a note outside the chord
    on the fourth beat of each (an F over C; a G sharp over G, a semitone off the bass)."""
    chords = ((48, 52, 55), (43, 47, 50), (48, 52, 55), (43, 47, 50))
    guitar = [note(b * BAR + i * P, x, P * 0.8, 70) for b, shape in enumerate(chords) for i in range(4) for x in shape]
    bass = [note(b * BAR + i * P, (36, 43, 36, 43)[b], P * 0.9) for b in range(4) for i in range(4)]
    sung = {0: [(0, 76), (0.5, 74), (1, 72), (2, 67), (3, 77)], 1: [(0, 71), (0.5, 72), (1, 74), (2, 67), (3, 68)],
            2: [(0, 76), (1, 79), (2, 72), (3, 76)], 3: [(0, 74), (1, 71), (2, 67), (3, 74)]}
    vocals = [note(b * BAR + at * P, x, P * 0.45) for b, line in sung.items() for at, x in line]
    tid = make_track(lib.store, "fa" * 7 + "3c", duration_s=10, bpm=BPM, beats_per_bar=4, meter="4/4", key="G major",
                     key_pc=7, stems={"guitar": guitar, "bass": bass, "vocals": vocals}, levels_db={"vocals": -12.0})
    f = get_findings(lib, tid, ["vocals", "guitar", "bass"], 0.0, 4 * BAR, "is the melody mostly on chord tones?")
    assert f.summary.startswith("Most of the vocals' notes here are tones of the chord under them; some of the others "
                                "pass between the beats, and two land outside it on a beat (F against C in the first "
                                "bar here and G sharp against G in the second bar here)."), f.summary
    assert "inside the chords" not in f.summary, f.summary  # the all-parts tension would gainsay it
    assert "Against the bass" not in f.summary, f.summary  # the bass not asked about
    f = get_findings(lib, tid, ["vocals", "guitar", "bass"], 0.0, 4 * BAR, "does the vocal clash with the bass "
                     "anywhere here?")
    assert f.summary.startswith("Against the bass, one of the vocals' notes sits a semitone or a tritone off the bass "
                                "note under it, in the second bar here."), f.summary
    fit = {x.stem: x for x in f.harmony.chart.line_fits}["vocals"]
    assert (fit.notes, fit.chord_tones, fit.outside_on_beat, fit.over_bass, fit.rubs, fit.rub_bars) == \
        (18, 14, 2, 18, 1, [2]), fit
    # asked in a producer's words, chord first (round 33's ah05, dev: the wording reached no fit, and a part named as
    # the producer's own plan, "a string pad", swapped the answer's first two sentences)
    f = get_findings(lib, tid, ["vocals", "guitar", "bass"], 0.0, BAR, "what chord is under her here, and are her "
                     "notes actually in it? voicing a string pad under her and don't want it to rub")
    assert f.summary.startswith("The harmony holds C"), f.summary
    assert "of the vocals' notes here are tones of the chord" in f.summary.split(". ")[1], f.summary
    # "does anything clash with the vocal?" (the twenty-first session's sweep on Rock got the tension at large, dev)
    f = get_findings(lib, tid, ["vocals", "guitar", "bass"], 0.0, 4 * BAR, "does anything clash with the vocal?")
    assert f.summary.startswith("Most of the vocals' notes here are tones of the chord under them"), f.summary
    # "a couple of her quick notes grind against the band -- which ones?" (round 124's du07, dev: her line's shape)
    f = get_findings(lib, tid, ["vocals", "guitar", "bass"], 0.0, 4 * BAR, "a couple of her quick notes in there "
                     "grind against the band -- which ones, and is it something she should fix?")
    assert "two land outside it on a beat (F against C in the first bar here" in f.summary.split(". ")[0], f.summary


@pytest.mark.parametrize("before,after,said", [
    (90, 90, "From the third bar here, the drums play at about the same level as before (each stroke's attack), with "
             "about as many hits a bar: they neither dig in nor hold back; the lift there comes from the vocals coming "
             "in."),
    (50, 120, "From the third bar here, the drums play clearly harder than before (each stroke's attack), with about as "
              "many hits a bar: they dig in.")])
def test_whether_a_part_digs_in_where_the_singer_comes_in_is_said(lib, before, after, said):
    """'When the verse comes in, does the drummer dig in harder or hold back?' got the entries alone (round 33's ah10,
    dev): the drums' level and hits a bar over the bars after the singer's entry against those before it. The
    question's opening 'when' clause sets the time; it asks nothing of its own."""
    g = groove(16)
    drums = [dict(n, velocity=before if n["time_s"] < 2 * BAR else after) for n in g["drums"] if n["time_s"] < 4 * BAR]
    sung = [note(2 * BAR + i * P, (69, 71, 72, 74)[i % 4], P * 0.9) for i in range(8)]
    tid = make_track(lib.store, "fa" * 7 + ("4a" if before == after else "4b"), duration_s=16, bpm=BPM,
                     beats_per_bar=4, meter="4/4", stems={"drums": drums, "bass": g["bass"], "vocals": sung},
                     levels_db={"vocals": -12.0})
    f = get_findings(lib, tid, ["drums", "bass", "vocals"], 0.0, 4 * BAR, "when the singer comes in, does the "
                     "drummer dig in harder or hold back?")
    assert f.summary.startswith(said), f.summary
    # a time in the question names the bar ("at four seconds": the third bar's start)
    f = get_findings(lib, tid, ["drums", "bass", "vocals"], 0.0, 4 * BAR, "does the drummer dig in at 4 s?")
    assert f.summary.startswith(said.split(";")[0].rstrip(".")), f.summary
    # "does the bass dig in when the singer comes in?" asks of the singer's entry, not of the bass's
    f = get_findings(lib, tid, ["drums", "bass", "vocals"], 0.0, 4 * BAR, "does the bass dig in when the singer "
                     "comes in?")
    assert "The bass is already playing" not in f.summary and f.summary.startswith("From the third bar here, the bass "
                                                                                    "plays"), f.summary


def test_fewer_harder_hits_are_harder_though_the_bar_sounds_no_louder(lib):
    """Round 52's ba04 (dev for this rule): a 5/4 drum break of fewer hits, each struck harder than the chorus's, read
    "at about the same level as before ... they hold back": the bar's level over the frames the kit sounds in mixes
    each hit's attack with its decay. How hard a part is struck is each stroke's attack. Here the break's hits are
    struck hard and ring on softly: the bar's level barely moves, the attacks are clearly harder."""
    g = groove(16)
    before = [dict(n, velocity=70) for n in g["drums"] if n["time_s"] < 2 * BAR]
    after = [x for t in np.arange(2 * BAR, 4 * BAR, P) for x in (note(t, 38, 0.05, 127), note(t + 0.05, 46, 0.4, 30))]
    tid = make_track(lib.store, "e2" * 7 + "e8", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": before + after, "bass": g["bass"]},
                     sections=[(0.0, 2 * BAR, "A"), (2 * BAR, 16.0, "B")])
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 4 * BAR, "at the break, does the drummer dig in harder or back "
                     "off?")
    assert f.summary.startswith("From the third bar here, the drums play clearly harder than before (each stroke's "
                                "attack)"), f.summary
    from heuristics.window import analyze_window
    bars = analyze_window(lib, tid, ["drums", "bass"], 0.0, 4 * BAR).part_bar_levels["drums"]
    assert abs(np.mean([bars[3][1], bars[4][1]]) - np.mean([bars[1][1], bars[2][1]])) < 3.0, bars


def test_where_the_first_downbeat_falls_and_the_pocket_and_a_steady_tempo_are_said_where_asked(lib):
    """Three everyday wordings that reached no answer (the fourteenth session's sweep on the Rock multitrack, dev):
    "where's the first downbeat in this window? I need to line up a sample" got the singer's phrases; "what's the bass
    playing under the vocal, and does it follow the kick?" got how the bass and the singer start together; "is it
    steady enough to grid without warping?" got the meter alone."""
    g = groove(16)
    sung = [note(i * P, (69, 71, 72, 74)[i % 4], P * 0.9) for i in range(28)]
    tid = make_track(lib.store, "fa" * 7 + "5a", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": g["bass"], "vocals": sung}, levels_db={"vocals": -12.0})
    stems = ["drums", "bass", "vocals"]
    f = get_findings(lib, tid, stems, 2 * P, 2 * P + 3 * BAR, "where's the first downbeat in this window, I need to "
                     "line up a sample")
    assert f.summary.startswith("The window starts on the third beat of a bar, so the first downbeat comes two beats "
                                "in."), f.summary
    assert (f.scope.window.first_beat_in_bar, f.scope.window.first_downbeat_s) == (3, BAR), f.scope.window
    f = get_findings(lib, tid, stems, 0.0, 3 * BAR, "where's the first downbeat in this window?")
    assert f.summary.startswith("The window starts on a downbeat"), f.summary
    # a downbeat asked near the middle, to cut on, is the one nearest the window's middle ("where's a clean downbeat to
    # cut on near the middle?" got the window's first: the thirty-seventh session's sweep on Punk, dev); from the third
    # beat of a bar over four bars and a half, the middle falls by the third downbeat
    for asked in ("want to make an edit -- where's a clean downbeat to cut on near the middle?",
                  "I need a downbeat in the middle of this to cut on"):
        f = get_findings(lib, tid, stems, 0.0, 5 * BAR, asked)
        assert f.summary.startswith("The downbeat nearest the middle of the window is the one of the third bar "
                                    "here."), (asked, f.summary)
        f = get_findings(lib, tid, stems, 2 * P, 2 * P + 4 * BAR, asked)
        assert f.summary.startswith("The downbeat nearest the middle of the window is the one of the third bar "
                                    "here."), (asked, f.summary)
    # "where does the first downbeat land?" got where the guitar's line starts (the eighteenth session's sweep on
    # Punk, dev): a singer coming in on the and of four
    late = [note(BAR + 3.5 * P + i * P, (69, 71, 72, 74)[i % 4], P * 0.9) for i in range(8)]
    tid2 = make_track(lib.store, "f3b4" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                      stems={"drums": g["drums"], "bass": g["bass"], "vocals": late}, levels_db={"vocals": -12.0})
    f = get_findings(lib, tid2, stems, 2 * P, 2 * P + 3 * BAR, "where does the first downbeat land?")
    assert f.summary.startswith("The window starts on the third beat of a bar"), f.summary
    f = get_findings(lib, tid, stems, 0.0, 3 * BAR, "what's the bass playing under the vocal here and does it follow "
                     "the kick?")
    assert f.groove.locked_pair is not None and set(f.groove.locked_pair) == {"bass", "drums"}, f.groove
    assert re.search(r"The (?:drums and bass|bass and drums) lock", f.summary), f.summary
    f = get_findings(lib, tid, stems, 0.0, 3 * BAR, "what's the tempo, and is it steady enough to grid without "
                     "warping?")
    assert "The tempo holds steady across the window" in f.summary, f.summary
    # "what would be a good place to drop a fill in here?": where the singer leaves room (it got "no fill" and the
    # events)
    f = get_findings(lib, tid, stems, 0.0, 3 * BAR, "what would be a good place to drop a fill in here?")
    assert f.summary.startswith("The vocals leave no hole of half a beat or more here"), f.summary


def test_a_hole_outside_the_charted_bars_is_placed_in_words_that_read(lib):
    """A hole placed by where it falls in the window read "from at the start" (the fourteenth session's sweep on the
    Rock multitrack, dev): a hole in the window's first, part bar (no bar of the chart) reads "at the window's
    start" now."""
    g = groove(16)
    bass = [note(2.5 * P, 45, P * 0.4)] + [note(4.5 * P + i * P, 45, P * 0.9) for i in range(12)]
    tid = make_track(lib.store, "fa" * 7 + "5f", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": bass})
    f = get_findings(lib, tid, ["drums", "bass"], 2.5 * P, 2.5 * P + 3 * BAR, "where's the room in the bass line?")
    assert f.summary.startswith("The bass leaves one hole of a beat or more here, about two beats long, at the "
                                "window's start."), f.summary


@pytest.mark.parametrize("shapes,roots,said", [
    (((48, 52, 55), (53, 57, 60), (55, 59, 62, 65), (48, 52, 55)), (36, 41, 43, 36),
     "The strongest pull away from home is the G seven in the third bar here, which resolves to C."),
    (((57, 60, 64), (53, 57, 60), (48, 52, 55), (55, 59, 62)), (45, 41, 36, 43),
     "The strongest pull away from home is the G in the fourth bar here, the five chord in C major, left unresolved "
     "at the window's end.")])
def test_the_chord_that_pulls_hardest_from_home_is_named_where_asked(lib, shapes, roots, said):
    """"Which chord in this stretch feels like the tension point?" got how the notes sit in the chords (the fourteenth
    session's sweep on Rock, dev): the dominant seventh and where it resolves, else the chord of the strongest degree
    (the five) in the key."""
    guitar = [note(b * BAR + i * P, x, P * 0.8, 80) for b, shape in enumerate(shapes) for i in range(4) for x in shape]
    bass = [note(b * BAR + i * P, r, P * 0.9) for b, r in enumerate(roots) for i in range(4)]
    tid = make_track(lib.store, "fa" * 7 + ("6a" if len(shapes[2]) == 4 else "6b"), duration_s=10, bpm=BPM,
                     beats_per_bar=4, meter="4/4", key="C major", key_pc=0, stems={"guitar": guitar, "bass": bass})
    f = get_findings(lib, tid, ["guitar", "bass"], 0.0, 4 * BAR, "which chord in this stretch feels like the tension "
                     "point?")
    assert f.summary.startswith(said), f.summary


def test_a_walking_bass_passing_through_a_third_is_no_clash_and_the_kick_in_a_bar_is_no_entry(lib):
    """Round 34's misses (dev): a walking bass's C sharp on its way from A to D under the guitar's A minor was said to
    clash with its C (ai09: a bass line sounds a third where it dwells on it, two beats of four, not one passing beat);
    "where are the snare and the kick in them?" was answered "the drums are already playing ..." (ai01: 'kick in'
    read as an entry)."""
    tid = _strums_over_a_walk(lib, "fa" * 7 + "7a", ((57, 60, 64), (50, 54, 57)), ((45, 47, 49, 50), (50, 54, 57, 54)),
                              "D major", 2)
    f = get_findings(lib, tid, ["guitar", "bass"], 0.0, 2 * BAR, "the first bar sounds a bit off to me, is that one "
                     "major or minor?")
    assert f.harmony.chart.third_clashes == [] and "clash" not in f.summary, (f.summary, f.harmony.chart)
    g = groove(16)
    tid = make_track(lib.store, "fa" * 7 + "7b", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums"], 0.0, 2 * BAR, "where are the snare and the kick in them? programming it")
    assert "already playing" not in f.summary and f.summary.startswith("The snare plays on two and four"), f.summary


def test_a_line_end_lasts_no_longer_than_to_the_rest_after_it(lib):
    """A sung note's f0 read on through the render's release gave a line's last note two beats where she stops after
    one (round 34's ai06, dev): a note lasts at most to where the part's next rest starts. Planted: four quarter
    notes, the last one's pitch read on under its release for three beats more, quieter, then a rest."""
    sung = [note(i * P, (69, 71, 72, 74)[i], P * 0.9) for i in range(4)] + \
        [note(2 * BAR + i * P, (69, 71, 72, 74)[i], P * 0.9) for i in range(4)]
    tid = make_track(lib.store, "fa" * 7 + "8a", duration_s=12, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": sung})
    tail = (3 * P + 0.9 * P + 0.1, 3 * P + 0.9 * P + 3 * P)  # the last note's release, read at its pitch
    lib.store.db.execute("UPDATE features SET pitch_hz = ?, energy_db = -45.0 WHERE track_id = ? AND stem = 'vocals' "
                         "AND time_s >= ? AND time_s < ?", [440.0 * 2 ** ((74 - 69) / 12), tid, *tail])
    f = get_findings(lib, tid, ["vocals"], 0.0, 2 * BAR, "what note does she end her line on and how long does she "
                     "hold it?")
    p = next(x for x in f.presence if x.stem == "vocals")
    assert p.line_ends and p.line_ends[0].beats <= 1.5, (p.line_ends, p.rests)


def test_line_starts_in_mixed_places_name_each_place_once(lib):
    """"The bass starts its lines just after beat two, on beat two and on beat two" read as a stutter (the fourteenth
    session's sweep on Country1, dev): each place is named once."""
    starts = (P, BAR + P, 2 * BAR + 2 * P)
    sung = [note(t + i * P, (69, 71, 72)[i], P * 0.9) for t in starts for i in range(2)]
    tid = make_track(lib.store, "fa" * 7 + "9a", duration_s=10, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": sung})
    f = get_findings(lib, tid, ["vocals"], 0.0, 4 * BAR, "where does she start her lines, on the one?")
    assert f.summary.startswith("The vocals start their three lines on beat two and on beat three, never on the one."), \
        f.summary



def test_a_line_under_way_as_the_window_opens_is_counted_before_the_new_ones(lib):
    """The thirty-seventh session's sweep on ft_ballad_csm76 (dev): "how many phrases does she sing here and where does
    each start?" over a line already sounding at the window's start and one new got "the vocals come in on the one",
    one line, no bar. The line under way is said, then the new one with its bar."""
    sung = [note(i * P, (69, 71, 72, 74)[i % 4], P * 0.9) for i in range(10)] + \
        [note(4 * BAR + i * P, (72, 71, 69, 67)[i % 4], P * 0.9) for i in range(8)]
    tid = make_track(lib.store, "e2" * 6 + "e528", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": sung})
    f = get_findings(lib, tid, ["vocals"], BAR, 7 * BAR, "how many phrases does she sing here and where does each "
                     "start?")
    assert "The vocals are already in a line as the window opens, then come in with a second on the one of the " \
        "fourth bar here." in f.summary, f.summary


def test_a_plural_part_name_takes_a_plural_verb_in_its_events(lib):
    """The demo's section change read 'the vocals moves from a fairly busy line ... to a line of steady eighth
    notes': the event details agreed their verbs by a list of their own, and 'moves' by none."""
    line = [note(bar * BAR, 64 + 2 * (bar % 2), BAR * 0.95) for bar in range(4)]  # held notes, one a bar
    line += [note(8.0 + i * P / 2, (64, 67, 69, 67)[i % 4], P * 0.45) for i in range(32)]  # then steady eighths
    tid = make_track(lib.store, "0c" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": line, **groove(16)}, sections=[(0.0, 8.0, "A"), (8.0, 16.0, "B")])
    f = get_findings(lib, tid, ["vocals", "drums", "bass"], 0.0, 16.0, "What changes here?")
    change = [e.detail for e in f.events if e.kind == "plays_differently"]
    assert change and change[0].startswith("the vocals move from "), f.events
    assert "the vocals moves" not in f.summary, f.summary


def test_a_singers_alternating_semitone_eighths_are_not_joined_into_held_notes(lib):
    """A sweep on ft_drive_ab152's hook (dev): eighths alternating A flat and G, sung legato on a voice whose f0 reads
    half a semitone sharp, were named as held A flats: the f0 over each pair sat within the held-note tolerance of
    one note. A semitone neighbour is the same sung note only where the f0 stays put across the change."""
    line = [note(i * P / 2, (64, 67, 69, 67)[i % 4], 0.2) for i in range(8)]  # bar one: eighths
    bar2 = [note(2.0 + i * P / 2, (68, 67)[i % 2], P / 2) for i in range(8)]  # A flat, G, ... tied into each other
    sung = line + bar2
    tid = make_track(lib.store, "01" * 8, duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": sung, "drums": groove(8)["drums"]}, key="C minor", key_pc=0)
    for n in sung:  # the f0 of each note, sharp by 45 cents
        hz = 440.0 * 2 ** ((n["pitch"] + 0.45 - 69) / 12)
        lib.store.db.execute("UPDATE features SET pitch_hz = ? WHERE track_id = ? AND stem = 'vocals' AND "
                             "time_s >= ? AND time_s < ?", [hz, tid, n["time_s"] - 1e-6, n["time_s"] + n["duration_s"]])
    lib.store.db.conn.commit()
    f = get_findings(lib, tid, ["vocals"], 0.0, 8.0, "what notes is she singing in the second bar here?")
    bars = {b.bar: b.notes for b in next(p for p in f.presence if p.stem == "vocals").bar_notes}
    assert len(bars[2]) == 8 and bars[2][1::2] == ["G4"] * 4 and set(bars[2][::2]) <= {"Ab4", "G#4"}, bars


def test_a_lines_notes_asked_of_a_short_window_are_said_bar_by_bar(lib):
    """A sweep on ft_drive_ab152 (dev): 'what notes does she sing in these bars?' of two bars was answered with the
    line's register ('from G up to B flat'); the notes were only in the typed bar notes. A short window's notes are
    said bar by bar, a note struck again in a row counted, an octave jump named; how high it goes keeps the range."""
    bass = [note(i * P / 2, 45 if i % 8 < 7 else 57, P * 0.45) for i in range(8)]  # A seven times, then the A above
    bass += [note(2.0 + i * P / 2, (38, 41, 45, 41)[i % 4], P * 0.45) for i in range(8)]  # D F A F, twice
    tid = make_track(lib.store, "02" * 8, duration_s=4, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"bass": bass, "drums": groove(4)["drums"]}, key="D minor", key_pc=2)
    f = get_findings(lib, tid, ["bass"], 0.0, 4.0, "what notes is the bass playing here?")
    assert f.summary.startswith("In the first bar here the bass plays seven As and the A an octave up; in the "
                                "second, D, F, A, F, D, F, A and F."), f.summary
    f = get_findings(lib, tid, ["bass"], 0.0, 4.0, "how low does the bass go here?")
    assert f.summary.startswith("The bass plays ") and "first bar" not in f.summary, f.summary
    # a longer window whose bars repeat a note: said by the runs, not the notes (a punk bass's eighths on G over five
    # bars got only its range: the eighteenth session's sweep, dev)
    pump = [note(i * P / 2, 45 if i < 40 else 40, P * 0.45) for i in range(48)]
    tid6 = make_track(lib.store, "f3b3" * 4, duration_s=12, bpm=BPM, beats_per_bar=4, meter="4/4",
                      stems={"bass": pump, "drums": groove(12)["drums"]}, key="A minor", key_pc=9)
    f = get_findings(lib, tid6, ["bass"], 0.0, 12.0, "what notes is the bass playing?")
    assert f.summary.startswith("In each of the first five bars here the bass plays eight As; in the sixth, eight "
                                "Es."), f.summary
    # "what notes does she sing in this phrase?" went to the line's contour (the eighteenth session's sweep, dev)
    f = get_findings(lib, tid, ["bass"], 0.0, 4.0, "what notes does he play in this phrase?")
    assert f.summary.startswith("In the first bar here the bass plays seven As"), f.summary


def test_a_window_asked_from_rounded_bar_times_still_reads_its_whole_bars_rhythm(lib):
    """A sweep on ft_drive_ab152 (dev): a window from 18.95 to 22.1 s over two bars from 18.947 to 22.105 s (bar
    times rounded to the hundredth, as a client passes them) had no whole bar, so 'which eighths?' had no rhythm."""
    riff = [note(bar * BAR + x * P, 45, P * 0.3) for bar in range(4) for x in (0.0, 0.5, 1.5, 2.5, 3.0)]
    tid = make_track(lib.store, "03" * 8, duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"guitar": riff, "drums": groove(8)["drums"]})
    f = get_findings(lib, tid, ["guitar"], BAR + 0.004, 3 * BAR - 0.004, "which eighths does the guitar hit?")
    assert f.summary.startswith("The guitar plays the same rhythm in every bar here, on one, the and of one, the "
                                "and of two, the and of three and four."), f.summary


@pytest.mark.parametrize("push", [False, True])
def test_where_a_chord_part_gets_to_each_new_chord_is_said_where_asked(lib, push):
    """Round 35's aj09 (dev): 'when the chord changes at the top of a bar, is he getting there early, right on the
    downbeat, or after?' got 'The window starts on a downbeat' (the downbeat named as the reference, read as asked)
    and 'This track has no piano stem' (his own keys part, planned). A guitar chopping on the ands gets to each new
    chord on the and of one (after the downbeat); one that pushes strikes it on the and of four before the bar."""
    roots = (57, 53, 48, 55)  # Am, F, C, G: a chord a bar
    tones = {57: (57, 60, 64), 53: (53, 57, 60), 48: (48, 52, 55), 55: (55, 59, 62)}
    guitar, bass = [], []
    for bar in range(8):
        for beat in range(4):
            t = bar * BAR + beat * P + P / 2  # the and of every beat
            # pushed: the and of four already sounds the next bar's chord
            chord = roots[(bar + (1 if push and beat == 3 else 0)) % 4]
            guitar += [note(t, x, P * 0.3) for x in tones[chord]]
        bass += [note(bar * BAR + beat * P, roots[bar % 4] - 24, P * 0.9) for beat in range(4)]
    tid = make_track(lib.store, ("05" if push else "04") * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"guitar": guitar, "bass": bass, "drums": groove(16)["drums"]})
    f = get_findings(lib, tid, ["guitar", "bass", "drums"], 0.0, 4 * BAR, "when the chord changes at the top of a bar, "
                     "is the guitar getting there early, right on the downbeat, or after? lining up a keys comp with it")
    arrivals = next(p for p in f.presence if p.stem == "guitar").change_arrivals
    assert [x.beats for x in arrivals] == ([-0.5] * 3 if push else [0.5] * 3), arrivals
    assert f.summary.startswith("The guitar pushes the changes: the new chord comes about half a beat ahead of the bar "
                                "line, at all three changes here." if push else
                                "The guitar gets to each new chord after the downbeat, not ahead of it: the new chord's "
                                "first stroke comes about half a beat into the bar, at all three changes here."), f.summary
    assert "downbeat:" not in f.summary and "no piano" not in f.summary and "keys" not in f.summary, f.summary
    # the guitar alone, no part named, the changes "relative to the beat" (the seventeenth session's sweep on
    # GuitarSet got the chart; pushed, the guitar alone moves the chart's changes with it: not asked of it)
    alone = get_findings(lib, tid, ["guitar"], 0.0, 4 * BAR, "where are the chord changes relative to the beat?")
    assert push or alone.summary.startswith(f.summary.split(":")[0]), alone.summary
    # asked of a part read as a line (the fifteenth session's review: Rock's riffing guitars got no word on it)
    f = get_findings(lib, tid, ["guitar", "bass", "drums"], 0.0, 4 * BAR, "does the bass push the chord changes?")
    assert f.summary.startswith("The bass is read as a line here, not chords, so when it reaches each new chord is "
                                "not measured."), f.summary


def test_the_first_downbeat_counts_a_beat_the_tracking_lost_before_the_first_tracked_one(lib):
    """A sweep on Country1 (dev): its beat at 11.006 s, a downbeat, is missing from the tracked beats; a window from
    10.99 s read 'starts on the second beat of a bar, so the first downbeat comes three beats in', where its chart put
    the first bar at 11.006 s. A beat the tracking lost before the first tracked one is counted back from it."""
    g = groove(16)
    tid = make_track(lib.store, "06" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": g["bass"]})
    lib.store.db.execute("DELETE FROM beats WHERE track_id = ? AND abs(time_s - ?) < 0.01", [tid, BAR])
    lib.store.db.conn.commit()
    f = get_findings(lib, tid, ["drums", "bass"], BAR - 0.016, BAR + 3 * BAR, "where's the first downbeat in here?")
    assert (f.scope.window.first_beat_in_bar, f.scope.window.first_downbeat_s) == (1, pytest.approx(BAR, abs=0.02)), \
        f.scope.window
    assert f.summary.startswith("The window starts on a downbeat"), f.summary


def test_a_window_starting_between_beats_says_so_and_counts_the_downbeat_from_there(lib):
    """A window starting 58 ms after a tracked downbeat read "starts on the second beat of a bar, so the first
    downbeat comes three beats in" while its events put its start in the bar's first beat (the twenty-eighth
    session's known problems, dev). A start between beats is said as a musician counts it: a sliver after a beat,
    just before the next, or between the two, with the downbeat counted from there."""
    g = groove(16)
    tid = make_track(lib.store, "e2" * 6 + "e4b9", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": g["bass"]})
    ask = "where's the first downbeat in this window? I need to line up a sample"
    said = {}
    for late in (0.058, 0.5 * P, 0.8 * P, 3.5 * P):
        f = get_findings(lib, tid, ["drums", "bass"], BAR + late, 3 * BAR + late, ask)
        said[late] = (f.summary.split(". ")[0], f.scope.window.start_in_bar)
    assert said[0.058][0].startswith("The window starts a sliver after a downbeat"), said
    assert said[0.058][1] == pytest.approx(1 + 0.058 / P, abs=0.02), said
    assert said[0.5 * P] == ("The window starts between the first and second beats of a bar, so the first downbeat "
                             "comes about three and a half beats in",
                             pytest.approx(1.5, abs=0.02)), said
    assert said[0.8 * P][0] == ("The window starts just before the second beat of a bar, so the first downbeat comes "
                                "just over three beats in"), said
    assert said[3.5 * P][0] == "The window starts between the last beat of a bar and a downbeat, which comes less " \
                               "than a beat in", said
    f = get_findings(lib, tid, ["drums", "bass"], BAR, 3 * BAR, ask)  # on the line: as before
    assert f.summary.startswith("The window starts on a downbeat"), f.summary
    # a hair after the line, within the early allowance (the slice's grid starts a beat later; the line is counted
    # back): on the downbeat (Shadows from 15.28 s, its downbeat at 15.27, read "a sliver after the fourth beat":
    # round 71's packets, dev)
    f = get_findings(lib, tid, ["drums", "bass"], BAR + 0.01, 3 * BAR, ask)
    assert f.summary.startswith("The window starts on a downbeat"), f.summary
    assert f.scope.window.start_in_bar == 1.0, f.scope.window
    # a bare "where is one?" asks the downbeat; after a thing named with an article it is that thing's pronoun ("a
    # clean crash -- where is one?" got the downbeat sentence: the twenty-ninth session's review)
    f = get_findings(lib, tid, ["drums", "bass"], BAR, 3 * BAR, "where is one?")
    assert f.summary.startswith("The window starts on a downbeat"), f.summary
    for q in ("a clean crash -- where is one?", "is there a crash anywhere? where's one?"):
        f = get_findings(lib, tid, ["drums", "bass"], BAR, 3 * BAR, q)
        assert "downbeat" not in f.summary, (q, f.summary)
    for q in ("I keep losing the count after a fill -- where's one?", "is this swung? where is one?",
              "where's beat one?"):
        f = get_findings(lib, tid, ["drums", "bass"], BAR, 3 * BAR, q)
        assert "The window starts on a downbeat" in f.summary, (q, f.summary)


def test_a_purpose_before_a_dash_leaves_the_questions_after_it_in_their_order(lib):
    """"building a click and a shaker loop for this bit -- what's the tempo, where's the one, and is the bass on the
    roots or walking?" (the twenty-eighth session's read on Country1, dev) was led by the shaker's drum pattern, the
    purpose's, and the tempo asked first fell out of the summary; the bass's "or walking?" got how the line moves
    alone. The purpose before the dash asks nothing: the tempo, the one and the bass are answered in turn."""
    g = groove(16)
    tid = make_track(lib.store, "e2" * 6 + "e4c0", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": g["bass"]})
    f = get_findings(lib, tid, ["drums", "bass"], BAR, 4 * BAR, "building a click and a shaker loop for this bit -- "
                     "what's the tempo, where's the one, and is the bass on the roots or walking?")
    first, second, third = [c.text for c in f.claims[:3]]
    assert first.startswith("This is four to the bar"), f.summary
    assert second.startswith("The window starts on a downbeat"), f.summary
    assert re.match(r"The bass (?:walks|does not walk here)", third), f.summary
    # a fourth and fifth ask are answered beside the summary (its three sentences dropped them: the twenty-ninth
    # session's list), in the order asked, and the text a client reads holds them
    f = get_findings(lib, tid, ["drums", "bass"], BAR, 4 * BAR, "what's the tempo, where's the one, is the bass on "
                     "the roots or walking, how many bars is this, and how many kicks are there?")
    assert len(f.claims) == 3 and [c.text[:24] for c in f.further_answers] == \
        ["This window spans three ", "As the drum reading hear"], (f.summary, f.further_answers)
    from stemsense_mcp.server import result
    text = result(f, f.summary).content[0].text
    assert text.index("further_answers:") < text.index("events:") and "This window spans three whole bars" in text


def test_a_singers_verb_names_the_vocals_but_the_users_own_voice_does_not():
    """A sweep on Country1 (dev): 'what notes does he sing here?' named no stem and fell to an overview."""
    from analysis.core.vocabulary import named_stems
    assert named_stems("what notes does he sing here?") == ["vocals"]
    assert named_stems("what does the bass play while she sings?") == ["bass", "vocals"]
    assert named_stems("what should I sing over this?") == [] and named_stems("want to sing a harmony") == []


def test_a_tempo_drift_is_said_only_beyond_the_beats_own_scatter():
    """A sweep on MusicDelta Beatles (dev): beats tracked to the frame (0.534 to 0.557 s) whose last interval read
    0.511 s tilted the fitted line 3 % and read 'speeds up a little' where the band holds 110 BPM. The same scatter
    over a real 8 % ramp still reads as speeding up."""
    from heuristics.describe import tempo_trend
    steady = np.cumsum([0.0, .557, .557, .534, .546, .546, .557, .546, .546, .534, .557, .534, .557, .557, .534, .511])
    assert tempo_trend(steady)[1] == "steady", tempo_trend(steady)
    jitter = np.array([0.0, .011, -.011, 0.0, .011, -.011, 0.0, .011, -.011, 0.0, .011, -.011, 0.0, .011, -.011])
    ramp = np.cumsum(np.r_[0.0, np.linspace(0.56, 0.56 / 1.08, 15) + jitter])
    assert tempo_trend(ramp)[1] == "speeds up", tempo_trend(ramp)


def test_the_melody_asked_where_no_line_is_read_is_said_so_with_what_each_part_plays(lib):
    """A sweep on Shadows (dev): 'what's the melody here?' of an instrumental whose lead shares the rhythm guitar's
    stem got the groove ('The drums and bass play loosely together'); and a guitar's span of three octaves read
    'from C up to the C octaves above'."""
    guitar = [note(beat * P, x, P * 0.9) for beat in range(16) for x in ((48, 55, 64, 72, 84) if beat % 8 == 0
                                                                           else (48, 55, 64, 72))]
    bass = [note(i * P / 2, (36, 43)[i % 2], P * 0.45) for i in range(32)]
    tid = make_track(lib.store, "07" * 8, duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"guitar": guitar, "bass": bass, "drums": groove(8)["drums"]})
    f = get_findings(lib, tid, ["guitar", "bass", "drums"], 0.0, 8.0, "what's the melody here?")
    assert f.summary.startswith("No single melody line is read in this selection: the "), f.summary
    assert "a lead played inside a chord part's stem is not told apart from its chords." in f.summary, f.summary
    from frames.findings import _range_words
    assert _range_words("mid (C3–C6)") == ", from C up to the C three octaves above"


def test_a_bell_partial_far_above_a_chord_is_not_its_top_note(lib):
    """Round 36's ak08 (dev): an electric piano's chords topping out on E 4 and F sharp 4 came with a bell partial
    about three octaves up (E flat 7, F 7) struck with each chord, and 'what's the top note of the keys' chords bar by
    bar?' read F 7. A top voice lies within two octaves of a note struck with it; a melody note struck alone stays."""
    keys = []
    for bar in range(4):
        voicing = (52, 57, 61, 64) if bar % 2 == 0 else (54, 59, 63, 66)
        for beat in range(4):
            t = bar * BAR + beat * P
            keys += [note(t, x, P * 0.8) for x in voicing] + [note(t + 0.01, voicing[-1] + 35, P * 0.5, 70)]
    keys.append(note(3 * BAR + 3.5 * P, 76, P * 0.4))  # a melody note on top, struck alone
    tid = make_track(lib.store, "08" * 8, duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": keys, "drums": groove(8)["drums"]})
    f = get_findings(lib, tid, ["piano"], 0.0, 8.0, "what's the top note of the keys' chords bar by bar?")
    tops = [b.notes for b in next(p for p in f.presence if p.stem == "piano").bar_tops]
    assert tops == [["E4"], ["F#4"], ["E4"], ["F#4", "E5"]], tops  # (the last bar's halves: the melody note on top)


def test_a_parts_last_notes_and_what_still_rings_as_the_window_ends_are_said_where_asked(lib):
    """Round 36's ak07 (dev): 'what are the last notes he plays, and which one's still ringing when the clip runs
    out?' of a pianist's last E flat 5 and G 2 got nothing on them, and a rest was read where both sound (a note an
    octave from the part's middle was taken for a leak, as in a voice's track: an instrument's two hands span more)."""
    keys = [note(0.0, 72, 1.4), note(1.5, 41, 0.5), note(2.0, 65, 0.9), note(2.0, 77, 0.9), note(2.0, 56, 0.9),
            note(3.0, 75, 1.0), note(3.05, 43, 0.4)]  # the E flat 5 rings to the end, the G 2 is let go
    tid = make_track(lib.store, "09" * 8, duration_s=4, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": keys, "drums": groove(4)["drums"]})
    f = get_findings(lib, tid, ["piano", "drums"], 0.0, 4.0, "want my pad to end with him -- what are the last notes he "
                     "plays, and which one's still ringing when the clip runs out?")
    piano = next(p for p in f.presence if p.stem == "piano")
    assert (piano.last_bar, piano.last_beat) == (2, 3), piano
    place = " on the third beat of the second bar here" if [b.bar for b in f.harmony.chart.bars] == [1, 2] else ""
    assert f.summary.startswith(f"The piano's last notes here are G and E flat, struck together{place}; still "
                                "sounding as the window ends: E flat."), f.summary
    assert not [r for r in piano.rests if r.start_s >= 3.0], piano.rests  # no rest while the E flat rings
    # a chord struck a hair before the window's end is the next bar's: not the last notes (a window ending on a bar
    # line read the next line's first note, 2 ms inside it, as the singer's last: round 76's by09, dev)
    edge = make_track(lib.store, "e2" * 6 + "e4e3", duration_s=5, bpm=BPM, beats_per_bar=4, meter="4/4",
                      stems={"piano": keys + [note(3.998, 60, 0.9), note(3.998, 64, 0.9)], "drums": groove(5)["drums"]})
    f = get_findings(lib, edge, ["piano", "drums"], 0.0, 4.0, "what are the last notes he plays, and which one's still "
                     "ringing when the clip runs out?")
    assert f.summary.startswith("The piano's last notes here are G and E flat, struck together"), f.summary


def test_a_lines_rubs_against_a_named_chord_part_are_said_where_asked(lib):
    """Round 36's ak02 (dev): 'does any of her notes rub against the keys?' of a singer rocking between F sharp and
    F natural over the keys' B chord (F sharp on top) got the bass's rubs alone, and with no bass, none."""
    keys = [note(bar * BAR + beat * P, x, P * 0.9) for bar in range(4) for beat in range(4) for x in (54, 59, 63, 66)]
    sung = [note(i * P / 2, (78, 77)[i % 2], P * 0.45) for i in range(32)]  # F sharp on the beats, F natural between
    tid = make_track(lib.store, "0a" * 8, duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": keys, "vocals": sung, "drums": groove(8)["drums"]}, key="B major", key_pc=11)
    f = get_findings(lib, tid, ["vocals", "piano"], 0.0, 8.0, "does any of her notes rub against the keys?")
    fit = next(x for x in f.harmony.chart.line_fits if x.stem == "vocals")
    rubs = next(x for x in fit.against if x.stem == "piano")
    assert rubs.rubs >= 12 and (rubs.examples[0].note, rubs.examples[0].chord) in (("F", "F#"), ("E#", "F#")), rubs
    assert re.search(r"Against the piano, (?:some|most) of the vocals' notes rub a semitone off a note it sounds "
                     r"\((?:F|E sharp) against F sharp", f.summary), f.summary
    # asked against which part, none named: each part she rubs against, in turn (round 125's dv02, dev: her F sharps
    # were said against the C chord, not against the guitar's G)
    f = get_findings(lib, tid, ["vocals", "piano", "drums"], 0.0, 8.0, "something scrapes here -- which notes, against "
                     "which instrument?")
    assert re.match(r"Against the piano, \w+ of the vocals' notes here rub a semitone off a note it sounds "
                    r"\((?:F|E sharp) against F sharp", f.summary), f.summary


def test_a_fill_asked_about_is_placed_from_its_first_stroke_and_toms_not_read_are_said_so(lib):
    """'Is that a tom fill?' over a bar whose backbeat on two is followed by a run from beat three (MusicDelta Punk's
    tom fill, read as snare and kick: the kit's pattern was said and the fill's event placed on the backbeat of two;
    the sixteenth session's sweep, dev). The fill starts where the bar leaves the kit's usual places, and where it is
    asked the answer says where and on what; a tom asked about and not read is said as not read, not denied."""
    g = groove(16)
    fill_bar = 2  # the third bar: its backbeat on two, then eight sixteenths from beat three, snare and kick
    g["drums"] = [h for h in g["drums"]
                  if not (fill_bar * BAR + 2 * P - 0.01 <= h["time_s"] < (fill_bar + 1) * BAR - 0.01)]
    g["drums"] += [note(fill_bar * BAR + 2 * P + j * P / 4, 38 if j % 3 else 36, 0.05, 100) for j in range(8)]
    tid = make_track(lib.store, "f1e2" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 4 * BAR, "what's the drummer doing before the next bar -- is "
                     "that a tom fill?")
    fill = next(e for e in f.events if e.kind == "fill")
    assert (fill.bar, fill.beat) == (3, 3), fill
    assert f.summary.startswith("The drums play a fill from the third beat of the third bar here: eight strokes on "
                                "the snare and kick; no toms are read in it"), f.summary
    room = get_findings(lib, tid, ["drums", "bass"], 0.0, 4 * BAR, "what would be a good place to drop a fill in here?")
    assert not room.summary.startswith("The drums play a fill"), room.summary
    # asked whether there is one at the end, with the window's one fill earlier (the twenty-first session's sweep on
    # Punk, dev): not at the end, and where it is
    end = get_findings(lib, tid, ["drums", "bass"], 0.0, 6 * BAR, "is there a fill at the end?")
    assert end.summary.startswith("Not at the end: the drums' fill comes earlier, from the third beat of the third "
                                  "bar here, eight strokes on the snare and kick."), end.summary
    end = get_findings(lib, tid, ["drums", "bass"], 0.0, 3 * BAR, "is there a fill at the end?")
    assert end.summary.startswith("The drums play a fill from the third beat of the third bar here"), end.summary


def test_the_register_left_free_is_said_where_asked(lib):
    """'I want to add a second guitar -- what register is free here?' got who supports whom (MusicDelta Punk, the
    sixteenth session's sweep, dev). Where asked, the widest stretch the parts' usual ranges leave between them is
    named by the notes on either side, then the next, then what lies above the top part."""
    g = groove(16)  # the bass on A and E
    g["guitar"] = [note(b * P, (55, 59, 62)[b % 3], P * 0.9) for b in range(int(16 / P))]  # G, B, D
    g["vocals"] = [note(b * P, (76, 79)[b % 2], P * 0.9) for b in range(int(16 / P))]  # E and G, an octave up and more
    tid = make_track(lib.store, "f2e3" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass", "guitar", "vocals"], 0.0, 8.0,
                     "I want to add a second guitar -- what register is free here?")
    assert f.summary.startswith("The widest free stretch here lies between the guitar's usual top, D, and the vocals' "
                                "usual bottom, E, more than an octave higher; the bass and the guitar leave a "
                                "seventh between them; above the vocals' G no part plays."), f.summary
    plain = get_findings(lib, tid, ["drums", "bass", "guitar", "vocals"], 0.0, 8.0, "what's the guitar playing?")
    assert "free stretch" not in plain.summary, plain.summary
    # a counter-melody's register is the same ask (the seventeenth session's sweep on Country1 got who supports whom)
    for other in ("what would be a good counter-melody register?", "which range should a countermelody go in?"):
        said = get_findings(lib, tid, ["drums", "bass", "guitar", "vocals"], 0.0, 8.0, other).summary
        assert said.startswith("The widest free stretch here lies between the guitar's usual top, D,"), (other, said)


def test_how_wide_a_narrow_range_is_is_named_where_asked(lib):
    """'How wide is her range in this bit?' got 'from G up to B', which leaves the octave open (the seventeenth
    session's sweep on MusicDelta Country1, dev): asked how wide, a span under an octave is named too."""
    g = groove(16)
    g["vocals"] = [note(b * P, (67, 69, 71)[b % 3], P * 0.9) for b in range(int(16 / P))]  # G, A, B
    tid = make_track(lib.store, "f2e5" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "bass"], 0.0, 8.0, "how wide is her range in this bit?")
    assert "from G up to B, a span of a major third" in f.summary, f.summary
    f = get_findings(lib, tid, ["vocals", "bass"], 0.0, 8.0, "what notes is she singing?")
    assert "a span of" not in f.summary, f.summary


def test_no_fill_with_a_tom_in_the_groove_names_the_toms_places(lib):
    """'Is there a fill on the floor tom anywhere in here?' over a groove whose floor tom falls on the and of four in
    every bar (MusicDelta Beatles) got only 'The drums play no fill in this window.' (the sixteenth session's sweep,
    dev): the toms' own places are said with it. A question that names no drum keeps the plain sentence."""
    g = groove(16)
    g["drums"] += [note(b * BAR + 3.5 * P, 43, 0.1, 100) for b in range(int(16 / BAR))]
    tid = make_track(lib.store, "f3e4" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, "is there a fill on the floor tom anywhere in here?")
    assert f.summary.startswith("The drums play no fill in this window; the toms play on the and of four as part of "
                                "the groove."), f.summary
    plain = get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, "is there a fill in here?")
    assert plain.summary.startswith("The drums play no fill in this window."), plain.summary


def test_how_the_bass_gets_into_each_chord_is_said_where_asked(lib):
    """'What's the bass doing on beat four of each bar -- any walk-ups into the next chord?' over MusicDelta Beatles
    got the bass's intervals in general (the sixteenth session's sweep, dev). Where asked, each change is said by the
    note the bass arrives on and the one before it: up or down by step, or a leap."""
    chords = [(60, 64, 67), (65, 69, 72), (67, 71, 74), (60, 64, 67)]  # C, F, G, C: a chord a bar
    bass_bars = [(36, 36, 36, 40), (41, 41, 41, 36), (43, 43, 43, 38), (36, 36, 36, 36)]  # E into F, C to G, D into C
    g = groove(8)
    g["piano"] = [note(b * BAR + i * P, x, P * 0.9) for b, ch in enumerate(chords) for i in range(4) for x in ch]
    g["bass"] = [note(b * BAR + i * P, x, P * 0.9) for b, row in enumerate(bass_bars) for i, x in enumerate(row)]
    tid = make_track(lib.store, "f4e5" * 4, duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4", key="C major",
                     key_pc=0, stems=g)
    f = get_findings(lib, tid, ["drums", "bass", "piano"], 0.0, 8.0,
                     "what's the bass doing on beat four of each bar -- any walk-ups into the next chord?")
    assert f.summary.startswith("Into the changes here the bass steps up into F from E, leaps into G from C and "
                                "steps down into C from D, so it steps into two of the three changes."), f.summary
    plain = get_findings(lib, tid, ["drums", "bass", "piano"], 0.0, 8.0, "what's the bass doing?")
    assert "Into the changes" not in plain.summary, plain.summary
    # a plural part steps and leaps ("the vocals leaps into B minor seven": the thirty-seventh session's sweep on
    # Country1, dev)
    g["vocals"] = [note(b * BAR + i * P, x + 24, P * 0.9) for b, row in enumerate(bass_bars) for i, x in enumerate(row)]
    tid = make_track(lib.store, "e2" * 6 + "e526", duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4", key="C major",
                     key_pc=0, stems={k: v for k, v in g.items() if k != "bass"})
    f = get_findings(lib, tid, ["drums", "vocals", "piano"], 0.0, 8.0, "how does the singer get into each chord?")
    assert f.summary.startswith("Into the changes here the vocals step up into F from E, leap into G from C and "
                                "step down into C from D, so they step into two of the three changes."), f.summary


def test_a_voices_usual_range_and_bar_notes_leave_out_a_leak_in_her_track(lib):
    """A degraded vocal stem with the keys leaking in read 'register_range: mid (E3-A#5)' beside her G#5-B5, so the
    register free between the keys and her was 'none' (round 37's al04, dev), and its bar notes listed the leak's
    low notes with hers. Her usual range, its band and her bar notes are the notes she sings, as her extremes were."""
    g = groove(8)
    g["vocals"] = [note(b * P, (80, 82)[b % 2], P * 0.9) for b in range(int(8 / P))]  # G#5 and A#5 on every beat
    g["vocals"] += [note(b * P + P / 2, (52, 57)[b % 4 // 2], P * 0.4, 40) for b in range(0, int(8 / P), 2)]  # E3, A3
    tid = make_track(lib.store, "f5e6" * 4, duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    a = analyze_window(lib, tid, ["vocals", "bass"], 0.0, 8.0)
    v = next(p for p in a.presence if p.stem == "vocals")
    # (spelled in the song's A minor: two notes give the window no trusted key of its own)
    assert v.register_range == "high (G#5–Bb5)", v.register_range
    assert v.bar_notes and all(n in ("G#5", "Bb5") for b in v.bar_notes for n in b.notes), v.bar_notes


def test_a_window_key_read_from_few_notes_only_leans(lib):
    """The thirty-sixth session's sweep (dev): a punk shouter's fourteen notes in a G major song, their key profile
    correlating 0.31, were said to "centre on G sharp minor here". A window key under TRUSTED_KEY_CORRELATION that
    differs from the song's is said to lean, beside the song's key; a clear one is said as before."""
    g = groove(8)
    tune = (78, 75, 72, 76, 73, 75, 74, 76)  # F#, D#, C, E, C#, D: a shout around a few notes, no clear key
    g["vocals"] = [note(b * P, tune[b % len(tune)], P * 0.9) for b in range(int(8 / P))]
    tid = make_track(lib.store, "e2" * 6 + "e520", duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    a = analyze_window(lib, tid, ["vocals"], 0.0, 8.0)
    tonal = a.results.h010
    assert tonal.status == "ok" and tonal.evidence.key_correlation < 0.6 and tonal.evidence.window_key != "A minor", \
        tonal.evidence
    # her notes, in the bars and in their tuning, spelled alike: in the song's key (A minor's E flat), not the leaning one
    v = next(p for p in a.presence if p.stem == "vocals")
    barred = {n for b in v.bar_notes for n in b.notes}
    tuned = {x.note for x in ([v.intonation.flattest, v.intonation.sharpest] + v.intonation.held if v.intonation else []) if x}
    assert "Eb5" in barred and tuned and tuned <= barred, (barred, v.intonation)
    f = get_findings(lib, tid, ["vocals"], 0.0, 8.0, "what key is she singing in?")
    said = [c.text for c in f.claims if c.axis == "key"]
    assert said and said[0].startswith("Its key is not clear from this window alone (its notes lean toward ") and \
        said[0].endswith("the song as a whole is in A minor.") and "centres on" not in " ".join(said), f.claims
    # a lean toward the song key's relative is the song's key, said with the lean (a solo voice in B flat major
    # leaning G minor read "not clear": round 96's cs06, dev)
    from frames.answers import key_sentence
    assert key_sentence("G minor", "Bb major", clear=False) == (
        "The song's key, Bb major, fits this window; its notes alone lean toward G minor, its relative minor (the same "
        "key signature).")
    assert key_sentence("G# minor", "G major", clear=False).startswith("Its key is not clear from this window alone")
    # and her notes outside the key are those outside the song's, not the leaning key's (the thirty-seventh session's
    # sweep on vocadito said E flats "outside D minor" in a B flat major song, dev)
    f = get_findings(lib, tid, ["vocals"], 0.0, 8.0, "is she singing off key anywhere?")
    assert f.summary.startswith("Outside A minor, the vocals sing "), f.summary


def test_a_side_stick_asked_about_over_ringing_snares_is_answered_as_a_snare(lib):
    """'Is the side-stick on two and four the whole way, or does he switch to a snare?' over MusicDelta Country1's
    side-stick backbeat got 'The snare plays on two and four' (the sixteenth session's sweep, dev), when the drum
    reading could not tell the two apart. It now can (DrumParams.side_stick_max_decay_s): over a snare's hits (GM
    38) the answer says they ring on as a snare's, with the room's caveat."""
    stick, hats = _on_the_groove(lib, "f6e7", "is the side-stick on two and four the whole way, or does he switch to "
                                 "a snare?", "where's the tambourine sitting?")
    assert stick.startswith("The snare (its hits ring on after the stick as a snare's wires do, not a side-stick's "
                            "short click;"), stick
    assert "plays on two and four" in stick, stick
    assert "tambourine or hi-hat" in hats and "side-stick" not in hats, hats


def test_a_side_stick_backbeat_is_said_as_one_in_the_summary_and_the_text(lib):
    """Country1's cross-stick backbeat was said as 'the snare on two and four', and a client confirmed a producer's
    'snare on two and four' (round 81's cd05, round 82's ce05, round 80's cc09 on a swing song's side-stick: all
    wrong). Where most of the window's snare-class hits are side-sticks (GM 37, as the detector now writes a click
    with no wires after it), the summary names the side-stick, and the text's drum pattern is keyed so; the
    structured content keeps the class's key."""
    from stemsense_mcp.server import result

    g = groove(16)
    g["drums"] = [dict(n, pitch=37) if n["pitch"] == 38 else n for n in g["drums"]]
    tid = make_track(lib.store, "e2" * 6 + "e4fe", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums"], 0.0, 8.0, "what's the drummer playing here?")
    assert "the side-stick on two and four" in f.summary and "snare" not in f.summary, f.summary
    text = result(f, f.summary).content[0].text
    assert "side-stick: on two and four" in text and "snare: on two and four" not in text, text
    assert f.drum_pattern.pattern.get("snare") == "on two and four"  # (the structure: the class's own key)
    asked = get_findings(lib, tid, ["drums"], 0.0, 8.0, "is that a side-stick on the backbeat?").summary
    assert "side-stick" in asked and "ring on after the stick" not in asked, asked
    # every sentence naming the backbeat's drum: the half-time verdict, the parts side by side (round 84's cg04: "the
    # drums play the kick on one and three and the snare on two and four" beside a drum pattern keyed side-stick)
    said = get_findings(lib, tid, ["drums"], 0.0, 8.0, "is it half-time here?").summary
    assert "the side-stick's backbeat falls on two and four" in said, said
    said = get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, "what are the bass and drums each playing?").summary
    assert "snare" not in said and "side-stick on two and four" in said, said


def _on_the_groove(lib, key: str, *questions: str) -> list[str]:
    """The summaries of the drums and bass over the plain 4/4 groove's first four bars, one per question."""
    tid = make_track(lib.store, key * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=groove(16))
    return [get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, q).summary for q in questions]


def test_a_part_doubled_an_octave_up_is_placed_against_the_other_parts_ranges(lib):
    """'Could I double the bass with a synth an octave up without clashing with the guitars?' got the chords'
    tension (MusicDelta Country1, the sixteenth session's sweep, dev). Where asked, the named part's usual range
    moved by the octave is set against each other part's: overlapping it by how much, or clear of it."""
    g = groove(16)  # the bass on A and E
    g["guitar"] = [note(b * P, (55, 59, 62)[b % 3], P * 0.9) for b in range(int(16 / P))]  # G, B, D
    g["vocals"] = [note(b * P, (76, 79)[b % 2], P * 0.9) for b in range(int(16 / P))]
    tid = make_track(lib.store, "f7e8" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass", "guitar", "vocals"], 0.0, 8.0,
                     "could I double the bass with a synth an octave up without clashing with the guitars?")
    assert f.summary.startswith("Doubled an octave up, the bass's usual notes, from E up to A, would overlap the "
                                "guitar's usual range across a step and stay under the vocals' usual range."), f.summary
    plain = get_findings(lib, tid, ["drums", "bass", "guitar", "vocals"], 0.0, 8.0, "how high does the bass go?")
    assert "Doubled" not in plain.summary, plain.summary


def test_a_busy_line_asked_bar_by_bar_is_said_bar_by_bar(lib):
    """'What notes is the bass playing, bar by bar?' over MusicDelta Rock's bass (about thirty notes in four bars) got
    its range: a line over the bar-by-bar sentence's note budget was left to the typed bar notes (the sixteenth
    session's sweep, dev). Asked bar by bar, twice the budget is said; asked only its notes, the budget holds."""
    g = groove(8)
    riff = (40, 43, 45, 47, 45, 43, 40, 38)  # E G A B A G E D: eighths, four bars
    g["bass"] = [note(b * BAR + i * P / 2, riff[i] + (5 if b % 2 else 0), P * 0.45) for b in range(4) for i in range(8)]
    tid = make_track(lib.store, "f8e9" * 4, duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, "what notes is the bass playing, bar by bar?")
    assert f.summary.startswith("In the first bar here the bass plays E, G, A, B, A, G, E and D; in the second, A, C, "
                                "D, E, D, C, A and G; in the third, E, G"), f.summary
    plain = get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, "what notes is the bass playing?")
    assert plain.summary.startswith("In the first bar here the bass plays E, G, A, B, A, G, E and D; in the second, A, "
                                    "C, D, E, D, C, A and G; in the third, E, G, A, B, A, G, E and D (the fourth "
                                    "bar's notes are in the bar notes)."), plain.summary
    # (until the eighteenth session the budget left the line to its range: "what's the bass riff?" over Country1's six
    # busy bars got no note, dev); a riff asked is its notes
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, "what's the bass riff?")
    assert f.summary.startswith("In the first bar here the bass plays E, G, A, B"), f.summary


def test_asked_whether_she_holds_any_long_notes_the_longest_is_said(lib):
    """'Does the singer hold any long notes in here?' over MusicDelta Rock's short sung notes got the line's manner and
    range, its range spelled 'from E up to A#' (the sixteenth session's sweep, dev): the held-notes sentence answers
    it, and a range is spelled as every other sentence spells a note."""
    g = groove(8)
    g["vocals"] = [note(b * P / 2, (64, 67, 69, 70)[b % 4], P * 0.4) for b in range(int(8 / (P / 2)))]
    tid = make_track(lib.store, "f9ea" * 4, duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 8.0, "does the singer hold any long notes in here?")
    assert f.summary.startswith("The vocals hold no note as long as a beat here"), f.summary
    assert "#" not in f.summary, f.summary
    # a longest note just under a beat is not "about a beat" beside "no note as long as a beat" (the seventeenth
    # session's sweep on vocadito, dev)
    g["vocals"] = [note(b * P, (64, 67, 69, 70)[b % 4], P * 0.85) for b in range(int(8 / P))]
    tid = make_track(lib.store, "f9eb" * 4, duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 8.0, "which note does she hold longest?")
    assert f.summary.startswith("The vocals hold no note as long as a beat here") and "just under a beat" in \
        f.summary.split(". ")[0], f.summary


def test_the_bass_with_the_kick_or_between_is_counted_where_asked(lib):
    """'Where does the bass sit relative to the kick -- same hits or in between?' over MusicDelta Rock's bass (seven of
    its forty-five notes on a kick) got 'The drums and bass lock well, landing together' (the sixteenth session's
    sweep, dev): where asked, the notes that land with a kick and those between are counted."""
    asked, plain = _on_the_groove(lib, "faeb", "where does the bass sit relative to the kick -- same hits or in "
                                  "between?", "is the bass locked with the kick?")
    assert asked.startswith("The bass lands with all eight of the kick's hits, and plays eight more notes between "
                            "them: on two and four."), asked
    assert "more notes between" not in plain, plain
    # 'with the kick or between' (the sixteenth session's known miss): the same question in other words
    for other in ("does the bass play with the kick or between?", "is the bass on the kicks or in between them?"):
        said = get_findings(lib, "faeb" * 4, ["drums", "bass"], 0.0, 8.0, other).summary
        assert said.startswith("The bass lands with all eight of the kick's hits"), (other, said)


def test_a_voice_of_two_notes_far_apart_keeps_them_both(lib):
    """Two sung notes three octaves apart have their median between them, more than an octave from each: the
    leak filter kept none of them and the window failed to read (IndexError from an empty percentile, found by
    `python -m eval` over the frames songs after b66d436). Where no note lies near the middle, all are the voice's."""
    g = groove(8)
    g["vocals"] = [note(0.5, 40, 1.0), note(4.5, 76, 1.0)]
    tid = make_track(lib.store, "fbec" * 4, duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    v = next(p for p in analyze_window(lib, tid, ["vocals", "bass"], 0.0, 8.0).presence if p.stem == "vocals")
    assert v.register_range is not None and "E2" in v.register_range and "E5" in v.register_range, v.register_range


def test_the_lines_counted_where_they_start_are_not_gainsaid_by_the_phrase_count(lib):
    """'How many phrases does she sing here and where does each start?' over vocadito read 'The vocal line comes in
    four phrases' beside 'The vocals start their lines on beat four, on beat three and on beat two' (three; the
    sixteenth session's sweep, dev). Where the lines' starts are said, they are counted, and the phrases' own count,
    parted only by long breaths, is not said beside them."""
    g = groove(16)
    lines = [(0.5, 5), (4.0, 6), (9.0, 7)]  # three lines of eighths, from the and of one, one, and the and of two
    g["vocals"] = [note(t + i * P / 2, (72, 74, 76, 74)[i % 4], P * 0.45) for t, n in lines for i in range(n)]
    tid = make_track(lib.store, "fced" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 16.0,
                     "how many phrases does she sing here and where does each start?")
    starts = next(c.text for c in f.claims if c.source == "presence.line_starts")
    assert "three lines" in starts, starts
    assert not any("phrase" in c.text and c.source != "presence.line_starts" and re.search(
        r"\b(two|three|four|five) phrases\b", c.text) for c in f.claims), f.claims


def test_how_often_a_part_reaches_its_top_note_is_said_where_asked(lib):
    """'What's her lowest and highest note? and does she just touch the top one or keep going back up there?' got
    her range and nothing on how often she reaches its top (round 38's am03, dev). Where asked, the top note's
    strokes are counted, with where the first and the last fall."""
    g = groove(16)
    line = [72, 74, 76, 79, 76, 74] * 4  # up to G and back, four times
    g["vocals"] = [note(0.5 + i * P, x, P * 0.9) for i, x in enumerate(line)]
    tid = make_track(lib.store, "fdee" * 4, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 16.0,
                     "what's her lowest and highest note? and does she just touch the top one or keep going back up "
                     "there?")
    assert "The vocals reach their top note here, G, four times, the first early on and the last two thirds of the way in." \
        in f.summary, f.summary
    # a phrase's climax asked is its high point (the seventeenth session's sweep on vocadito got the level's peak)
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 16.0, "where's the climax of this phrase?")
    assert f.summary.startswith("The vocals reach their top note here, G, four times"), f.summary
    # "where does it go up?" asks the same high point (the twentieth session's sweep on Beatles got the contour), and
    # top notes all in one stretch are said so ("all of them later on", not "the first later on and the last later on")
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 16.0, "what's the melody doing -- where does it go up?")
    assert f.summary.startswith("The vocals reach their top note here, G, four times"), f.summary
    from types import SimpleNamespace

    from frames.findings import _top_again_sentence
    from heuristics.models import Presence
    late = SimpleNamespace(window=SimpleNamespace(start_s=0.0, duration_s=16.0), presence=[
        Presence(stem="vocals", sounding_share=0.9, reading="plays throughout", lowest_highest="C4–D5",
                 highest_times=[12.0, 12.5, 13.0])])
    assert _top_again_sentence(late, ["vocals"], "where does she go up?") == \
        "The vocals reach their top note here, D, three times, all of them later on."


def test_a_bass_riff_without_thirds_takes_the_keys_thirds_and_keeps_its_minor_home(lib):
    """Round 41's ap12: a bass alone plays root, octave, fifth, root and flat seven, twice on C sharp then on A (C
    sharp minor; the track's key read as its relative, E major). Major and minor templates tie on notes without a
    third, and the tie-break charted C sharp seven and A seven, whose major third made the window's home F sharp
    minor. A chord with no third sounding takes the key's third (C sharp minor seven, A seven); the line is not
    judged against chords it spells.
    (Three bars of C sharp to one of A, as in ap12: two and two read as A major, which a bass alone cannot rule out.)"""
    g = {"drums": [n for n in groove(16)["drums"]]}
    riff = [(0.0, 0), (0.5, 12), (1.5, 7), (2.0, 0), (3.0, -2)]  # beats into the bar, semitones above the root
    g["bass"] = [note(b * BAR + k * P, root + up, 0.4 * P)
                 for b, root in enumerate([37, 37, 37, 33] * 2) for k, up in riff]
    tid = make_track(lib.store, "c7" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                     key="E major", key_pc=4)
    f = get_findings(lib, tid, ["bass"], 0.0, 4 * BAR, "What key is this in, and what are the chords?")
    assert f.harmony.chart.progression == ["C#m7", "A7"], f.harmony.chart.progression
    assert f.harmony.key_in_window == "C# minor", f.harmony.key_in_window
    assert "C sharp seven" not in f.summary and "F sharp minor" not in f.summary, f.summary
    # the key said as the chords beside it are, spelled out (the twenty-fourth session's sweep, dev)
    assert "C sharp minor" in f.summary and "C# minor" not in f.summary, f.summary
    f = get_findings(lib, tid, ["bass"], 0.0, 4 * BAR, "Does the bass play any notes outside the chords?")
    assert "read from the bass's own notes" in f.summary and "against C sharp" not in f.summary, f.summary


def test_the_beat_bar_by_bar_names_the_bars_that_change_and_not_a_missed_hat(lib):
    """'Does the drummer do anything different in the second half?' got who carries the passage (the nineteenth
    session's sweep on MusicDelta Beatles, dev). Eight bars of one beat; the sixth adds a crash on its one and four
    snare sixteenths on four; the fourth lacks one hat eighth (a stroke a reading can miss: not a change)."""
    g = groove(16)
    g["drums"] = [n for n in g["drums"] if not (n["pitch"] == 42 and abs(n["time_s"] - 6.25) < 1e-6)]
    g["drums"] += [note(10.0, 49, 0.5, 110)] + [note(11.5 + k * P / 4, 38, 0.05, 90) for k in range(1, 4)]
    tid = make_track(lib.store, "b6" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "Does the drummer do anything different in the second half?")
    said = f.claims[0].text
    assert said.startswith("The drums keep one beat through seven of the eight whole bars here and change it in one: "
                           "in the sixth bar here,"), said
    assert "crash" in said or "cymbal" in said, said
    assert "fourth bar" not in said, said
    # asked whether it stays the same, a steady beat is a yes (it read "No: the drums play the same beat": the
    # twenty-first session's sweep, dev); asked whether it changes, a no; a beat that changes, asked the same, a no
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, "Is it the same beat all the way through?")
    assert f.claims[0].text.startswith("Yes: the drums play the same beat in all four whole bars here"), f.claims[0].text
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, "Does the drummer change anything?")
    assert f.claims[0].text.startswith("No: the drums play the same beat in all four whole bars here"), f.claims[0].text
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "does the drummer play the same beat every bar?")
    assert f.claims[0].text.startswith("No: the drums keep one beat through seven of the eight"), f.claims[0].text
    g["drums"] = [n for n in g["drums"] if not 4.0 <= n["time_s"] < 6.0]  # a bar's rest: said as one, not as each class
    tid = make_track(lib.store, "b5" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, "Does the drummer change anything?")
    assert f.claims[0].text == ("The drums keep one beat through three of the four whole bars here and change it in "
                                "one: in the third bar here, the drums rest."), f.claims[0].text
    # a stop of more bars than the kit plays is a rest, not the beat they keep (an empty "beat" kept through four
    # silent bars of six read "the drums keep one beat through four of the six": round 77's bz12, dev)
    g = groove(16)
    g["drums"] = [n for n in g["drums"] if not 2.0 <= n["time_s"] < 10.0]
    tid = make_track(lib.store, "e2" * 6 + "e4e5", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 12.0, "Does the drummer change anything?")
    assert f.claims[0].text == ("The drums keep one beat through two of the six whole bars here and change it in "
                                "four: from the second bar here to the fifth bar, the drums rest."), f.claims[0].text


def test_a_kick_a_hair_before_the_windows_first_beat_is_on_it(lib):
    """A window starting on a bar line whose beat reads a few milliseconds after the kick there: the kick was
    dropped from the first bar ("no kick at all": ft_ballad_eb54, the nineteenth session's sweep, dev)."""
    g = groove(16)
    for n in g["drums"]:
        if n["pitch"] == 36 and abs(n["time_s"] - 4.0) < 1e-6:
            n["time_s"] = 3.99
    tid = make_track(lib.store, "b7" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums"], 3.985, 12.0, "Is it the same beat all the way through?")
    assert f.drum_pattern.by_bar[3]["kick"] == ["1", "3"], f.drum_pattern.by_bar
    assert f.claims[0].text.startswith("Yes: the drums play the same beat in all four whole bars here"), f.claims[0].text


def test_the_chord_it_ends_on_is_said_with_its_place_in_the_key(lib):
    """'What chord does this end on?' got the progression with its last chord unsaid (the nineteenth session's sweep
    on MusicDelta Beatles, dev)."""
    g = groove(16)
    g["piano"] = [note(b * BAR, p, BAR * 0.9) for b, chord in enumerate([(57, 60, 64), (53, 57, 60), (55, 59, 62),
                                                                         (52, 56, 59)] * 2) for p in chord]
    tid = make_track(lib.store, "b8" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["piano", "bass"], 0.0, 8.0, "What chord does this end on?")
    assert f.claims[0].text.startswith("The chords here end on E, the five chord of A minor"), f.claims[0].text
    f = get_findings(lib, tid, ["piano", "bass"], 0.0, 6.0, "What chord does this end on?")
    assert f.claims[0].text.startswith("The chords here end on G"), f.claims[0].text


def test_the_register_asked_of_a_part_gives_its_range(lib):
    """'Could I double the bass with a synth -- what register is it in?' got who carries the passage (the nineteenth
    session's sweep on MusicDelta Beatles, dev)."""
    g = groove(16)
    tid = make_track(lib.store, "b9" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, "Could I double the bass with a synth -- what register is "
                     "it in?")
    assert f.claims[0].text.startswith("The bass plays") and "low register" in f.claims[0].text, f.claims[0].text
    assert "from E up to A" in f.claims[0].text, f.claims[0].text


def test_a_silent_part_asked_about_bleed_says_what_sounds_in_its_track(lib):
    """'The bass player's out from here -- is his track clean enough to leave open?' got 'nothing sounds in the
    selection' over a track holding the kit's fill (round 42's aq11, dev)."""
    from types import SimpleNamespace as S

    from frames.findings import _spill_sentence
    a = S(stems=[S(stem="bass", empty=True, spill_ratio=0.6, bleed_ratio=0.9)])
    assert _spill_sentence(a, ["bass"]).startswith("The bass does not play here, but its track is not clean: what "
                                                   "sounds in it is spill from other instruments")
    a = S(stems=[S(stem="bass", empty=True, spill_ratio=0.02, bleed_ratio=0.9)])
    assert "is not spill from the other instruments" in _spill_sentence(a, ["bass"])
    g = groove(16)
    g["bass"] = [n for n in g["bass"] if n["time_s"] < 6.0]
    tid = make_track(lib.store, "a9" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["bass"], 8.0, 16.0, "He's out from here, right? Is his track clean, or is other stuff "
                     "leaking into the bass?")
    assert f.summary == "The bass is silent here: nothing sounds in its track, so nothing leaks into it.", f.summary


def test_whether_a_passage_comes_home_is_judged_in_the_songs_key(lib):
    """An outro's A flat minor then B major read as B major, and its last chord 'the home chord of B major' where the
    song in E flat minor stops on its flat six (round 42's aq07, dev). Here F, G, C over a song in A minor: the window
    centres on C major, the song does not come home."""
    g = groove(16)
    g["piano"] = [note(b * BAR, p, BAR * 0.9) for b, chord in enumerate([(53, 57, 60), (55, 59, 62), (48, 52, 55),
                                                                         (48, 52, 55)] * 2) for p in chord]
    g["bass"] = [note(b * BAR + k * P, root, P * 0.8) for b, root in enumerate([41, 43, 36, 36] * 2) for k in range(4)]
    tid = make_track(lib.store, "a8" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["piano", "bass"], 0.0, 8.0, "What chord's he on at the end? Does it come home?")
    said = f.claims[0].text
    assert said.startswith("The chords here end on C, held through the last two bars here, the three chord of A "
                           "minor, the song's key: it does not come home"), said


def test_kick_up_a_gear_asks_where_it_gets_loud_and_who_gets_louder(lib):
    """'Where does this kick up a gear? At what point does it get loud, and is that the whole band or just the
    drums?' got the drums' lock ('kick' read as the drum; round 42's aq12, dev)."""
    from analysis.core.vocabulary import named_stems
    assert named_stems("where does this kick up a gear?") == []
    assert named_stems("when the chorus kicks in, does the kick change?") == ["drums"]

    def track(tid: str, bass_up: bool) -> str:
        g = groove(16)
        for n in g["drums"] + (g["bass"] if bass_up else []):
            n["velocity"] = 100 if n["time_s"] >= 8.0 else 40
        for n in g["bass"] if not bass_up else []:
            n["velocity"] = 70
        return make_track(lib.store, tid, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    ask = "Where does this kick up a gear? At what point does it get loud, and is that the whole band or just the drums?"
    f = get_findings(lib, track("a7" * 8, True), ["drums", "bass"], 0.0, 16.0, ask)
    assert f.routing.named_stems == ["drums"] and f.routing.asks == "peak", f.routing  # 'the drums' is named
    said = f.claims[0].text
    assert said.startswith("The loudest stretch is from the fifth bar here to the end"), said
    assert "the drums and bass all get louder there" in said, said
    f = get_findings(lib, track("a6" * 8, False), ["drums", "bass"], 0.0, 16.0, ask)
    assert "the drums get louder there, while the bass holds its level" in f.claims[0].text, f.claims[0].text


def test_notes_outside_the_key_with_no_part_named_read_every_part(lib):
    """'What key, and any notes outside it?' read the first part alone, and 'any notes outside it' after the key was not
    heard as the ask (the nineteenth session's sweep on ft_drive_e24, dev): every pitched part is read."""
    line = [note(b * BAR + i * P, p, P * 0.9) for b, bar in enumerate(((60, 62, 64, 65), (67, 66, 67, 69),
                                                                     (71, 72, 71, 72))) for i, p in enumerate(bar)]
    bass = [note(b * BAR + i * P, p, P * 0.9) for b, p in enumerate((36, 43, 41)) for i in range(4)]
    tid = make_track(lib.store, "a5" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", key="C major", key_pc=0,
                     stems={"bass": bass, "vocals": line})
    f = get_findings(lib, tid, ["bass", "vocals"], 0.0, 3 * BAR, "What key, and any notes outside it?")
    said = [c.text for c in f.claims]
    assert "Outside C major, the vocals sing F sharp in the second bar here; the bass stays inside it." in said, said


def test_following_the_kick_or_its_own_thing_and_resolving_at_the_end_are_heard(lib):
    """'Is the bass following the kick or doing its own thing?' got the lock verdict alone; 'does it resolve at the
    end?' got the chords without their last (the nineteenth session's sweep on ft_drive_e24, dev)."""
    g = groove(16)
    g["piano"] = [note(b * BAR, p, BAR * 0.9) for b, chord in enumerate([(53, 57, 60), (55, 59, 62), (48, 52, 55),
                                                                         (48, 52, 55)] * 2) for p in chord]
    tid = make_track(lib.store, "a4" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                     key="C major", key_pc=0)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, "Is the bass following the kick or doing its own thing?")
    assert f.claims[0].text.startswith("The bass lands with all eight of the kick's hits"), f.claims[0].text
    f = get_findings(lib, tid, ["piano"], 0.0, 8.0, "What are the chords, and does it resolve at the end?")
    assert any(c.text.startswith("The chords here end on C, held through the last two bars here, the home chord of C "
                                 "major, the song's key: the passage comes home") for c in f.claims), f.summary


def test_the_highest_note_of_a_part_too_sparse_for_a_manner_is_still_said(lib):
    """'What's the highest note and when does it hit it?' over a four-second piano sample got 'plays throughout in a
    mid register': too few strokes to name a manner, and the extremes went with it (the nineteenth session's sweep,
    dev)."""
    piano = [note(0.0, 48, 0.3), note(1.0, 55, 0.3), note(2.0, 60, 0.3), note(3.0, 67, 0.3)]
    tid = make_track(lib.store, "a3" * 8, duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"piano": piano})
    f = get_findings(lib, tid, ["piano"], 0.0, 4.0, "What's the highest note and when does it hit it?")
    assert f.presence[0].playing is None, f.presence[0].playing
    assert f.claims[0].text == ("The piano plays throughout in a mid register, from C up to the G a twelfth above (the "
                                "top note later on, the lowest at the start)."), f.claims[0].text
    assert "the top note" in f.claims[0].text, f.claims[0].text


def test_a_drum_at_the_places_asked_is_answered_yes_or_no_bar_by_bar(lib):
    """The twenty-first session's sweep on Rock (dev): "does the kick play on the and of four?" got the kit's pattern
    and no verdict. Asked whether a drum plays at named places, the answer says yes, no or in how many of the window's
    whole bars, and where else it plays."""
    g = groove(16)
    g["drums"] += [note(b * BAR + 3.5 * P, 36, 0.1, 100) for b in (0, 2)]  # a kick on the and of four, bars 1 and 3
    tid = make_track(lib.store, "e0" * 8, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)

    def ask(q: str) -> str:
        return get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, q).summary

    said = ask("does the kick play on the and of four?")
    assert said.startswith("Only in some bars: the kick plays on the and of four in two of the four whole bars here"), \
        said
    said = ask("is the snare on two and four?")
    assert said.startswith("Yes: the snare plays on two and four in every one of the four whole bars here."), said
    said = ask("are the hats on the off-beats?")
    assert said.startswith("Yes: the hi-hat plays on the off-beats in every one of the four whole bars here; it plays "
                           "on every eighth, not only there."), said
    said = ask("does the kick play on every beat?")
    assert said.startswith("No, not on every beat: the kick plays on one and three in most of the four whole bars "
                           "here"), said
    said = ask("is the snare on the and of four?")
    assert said.startswith("No: the snare does not play on the and of four"), said
    g2 = groove(16)
    g2["drums"] += [note(2 * BAR + 2 * P, 38, 0.1, 100)]  # a snare on three in one bar of eight
    once = make_track(lib.store, "e2" * 7 + "d1", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g2)
    said = get_findings(lib, once, ["drums", "bass"], 0.0, 16.0, "is the snare on three?").summary
    assert said.startswith("Rarely: the snare plays on three in only one of the eight whole bars here"), said
    said = ask("does the snare play on every eighth?")
    assert said.startswith("No, not on every eighth: the snare plays on two and four"), said
    said = ask("is the snare on the backbeat here?")
    assert said.startswith("Yes: the snare plays on the backbeat"), said
    said = ask("does the hi-hat play sixteenths?")
    assert said.startswith("No, not on every sixteenth: the hi-hat plays on every eighth in most of the four whole "
                           "bars here."), said
    # a pitched part at the places asked (the twenty-first session's sweep on Beatles, dev): the bass's strokes; an
    # entry asked is not a place asked
    said = ask("does the bass play on the one of every bar?")
    assert said.startswith("Yes: the bass plays on one in every one of the four whole bars here; it also plays on two, "
                           "three and four."), said
    # asked which notes fall on the ones (the twenty-first session's sweep on Punk got the bass's manner, dev): each
    # whole bar's note on its one, not a yes or no
    said = ask("what's the bass doing on beat one of each bar?")
    assert said.startswith("On the one of each whole bar here the bass plays A, E, A and E."), said
    said = ask("what note does the bass play on the one of every bar?")
    assert said.startswith("On the one of each whole bar here the bass plays A, E, A and E."), said
    said = ask("does the kick play on the and of four, and what's the bass doing on the one of each bar?")
    assert "On the one of each whole bar here the bass plays A, E, A and E." in said, said
    g["vocals"] = [note(b * BAR + x * P, 67, P * 0.4) for b in range(4) for x in (0.5, 1.5, 2.5, 3.5)]
    sung = make_track(lib.store, "e2" * 7 + "d0", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, sung, ["vocals", "drums"], 0.0, 8.0, "is the singer on the off-beats?").summary
    assert "Yes: the vocals sing on the off-beats in every one of the four whole bars here." in said, said
    said = get_findings(lib, sung, ["vocals", "drums"], 0.0, 8.0, "does the singer come in on the one?").summary
    assert "whole bars here" not in said, said
    from frames.routing import asks_of
    assert asks_of("are the guitar and bass playing the same rhythm?", ["guitar", "bass"])[0] == "interaction"
    assert asks_of("how many bars until the chord changes?", [])[0] == "chords"
    assert asks_of("how many bars before the piano comes in?", ["piano"])[0] == "length"


def test_a_singers_last_note_is_one_sung_note_not_two_struck_together(lib):
    """The twenty-first session's sweep on Country1 (dev): "what are the last notes here?" said the singer's last
    notes were "A and A sharp, struck together", two transcribed notes over the one she sings. A voice's last note
    is its last sung note."""
    line = [note(0.5 + i * P, x, P * 0.9) for i, x in enumerate((64, 65, 67, 69, 67, 65, 64, 69))]
    line.append(note(0.5 + 7 * P + 0.04, 70, P * 0.3, 40))  # a quiet neighbour the transcription adds to the last
    g = groove(16)
    g["vocals"] = line
    tid = make_track(lib.store, "d4" * 7 + "e1", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "drums"], 0.0, 8.0, "what's the last note she sings here?")
    assert "The vocals' last note here is A on the first beat of the third bar here;" in f.summary, f.summary


def test_a_capo_question_gets_the_fret_for_the_shapes_named(lib):
    """The twenty-first session's sweep on ft_swing_g1208 (dev): "what fret should I put the capo on to play this in G
    shapes?" got the groove. A, D, E and A in A major: G shapes with the capo on the second fret."""
    shapes = ((57, 61, 64), (50, 54, 57), (52, 56, 59), (57, 61, 64))
    guitar = [note(b * BAR + i * P, x, P * 0.8, 70) for b, shape in enumerate(shapes * 2) for i in range(4)
              for x in shape]
    bass = [note(b * BAR + i * P, shape[0] - 12, P * 0.9) for b, shape in enumerate(shapes * 2) for i in range(4)]
    tid = make_track(lib.store, "e2" * 7 + "c4", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", key="A major",
                     key_pc=9, stems={"guitar": guitar, "bass": bass})
    f = get_findings(lib, tid, ["guitar", "bass"], 0.0, 4 * BAR, "what fret should I put the capo on to play this in G "
                     "shapes?")
    assert f.summary.startswith("It centres on A major: capo on the second fret and play G shapes."), f.summary
    f = get_findings(lib, tid, ["guitar", "bass"], 0.0, 4 * BAR, "where should the capo go?")
    assert f.summary.startswith("It centres on A major: play it in A shapes with no capo or G shapes with the capo on "
                                "the second fret."), f.summary


def test_where_a_part_drops_out_is_answered_with_its_exit_or_that_it_plays_on(lib):
    """The twenty-first session's sweep on ft_swing_g1208 (dev): "where do the drums drop out?" got their pattern. A
    part that stops says where; one that plays throughout, that it does not drop out; one that comes in, that."""
    g = groove(16)
    g["vocals"] = [note(i * P, (67, 69, 71, 72)[i % 4], P * 0.9) for i in range(8)]  # two bars, then she stops
    g["guitar"] = [note(2 * BAR + i * P, x, P * 0.8) for i in range(16) for x in (55, 59, 62)]  # in from bar three
    g["piano"] = [note(b * BAR + i * P, x, P * 0.9) for b in (0, 1, 4, 5) for i in range(4) for x in (60, 64, 67)]
    tid = make_track(lib.store, "e2" * 7 + "c6", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)

    def ask(q: str) -> str:
        return get_findings(lib, tid, ["vocals", "guitar", "piano", "drums", "bass"], 0.0, 6 * BAR, q).summary

    said = ask("where do the drums drop out?")
    assert said.startswith("The drums do not drop out here: they play all through the window."), said
    said = ask("when does the singer stop?")
    assert said.startswith("The vocals drop out on the first beat of the third bar here."), said
    said = ask("where does the piano drop out?")
    assert said.startswith("The piano drops out on the first beat of the third bar here and comes back in on the "
                           "first beat of the fifth bar here."), said
    said = ask("where does the guitar drop out?")
    assert said.startswith("The guitar does not drop out here: it comes in on the first beat of the third bar here "
                           "and plays on to the end of the window."), said


def test_an_entry_off_the_beat_is_placed_on_its_and(lib):
    """The twenty-first session's sweep on Punk (dev): a singer in on the and of one was "in on the first beat of the
    second bar" beside "starts his lines on the and of one". The entry is placed as the line's start is."""
    g = groove(16)
    g["vocals"] = [note(BAR + P / 2 + i * P, (67, 69, 71, 72)[i % 4], P * 0.9) for i in range(10)]
    tid = make_track(lib.store, "e2" * 7 + "c7", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "drums", "bass"], 0.0, 4 * BAR, "what beat does the singer come in on?")
    assert f.summary.startswith("The vocals come in on the and of one in the second bar here."), f.summary


def test_where_a_parts_bottom_note_moves_is_said_where_its_lowest_notes_are_asked(lib):
    """Round 45's at10 (dev): "how high can I set the filter without eating their lowest notes? does that hold from
    the end of the verse into the hook?" got where the piano leaves holes; the hook's chords sit an octave under the
    verse's. Chords on E4 for two bars, then on E3: each stretch's lowest note, by its bars."""
    g = groove(16)
    g["piano"] = [note(b * BAR + i * P + P / 2, x + (0 if b < 2 else -12), P * 0.4, 70) for b in range(4)
                  for i in range(4) for x in (64, 68, 71)]
    tid = make_track(lib.store, "e2" * 7 + "c8", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", key="E major",
                     key_pc=4, stems=g)
    f = get_findings(lib, tid, ["piano", "bass"], 0.0, 4 * BAR, "how high can I set the high-pass on the keys without "
                     "eating their lowest notes?")
    assert f.summary.startswith("The piano's lowest note is E before the third bar here; from the third bar here it "
                                "drops to the E an octave below."), f.summary
    f = get_findings(lib, tid, ["piano", "bass"], 0.0, 2 * BAR, "what's the piano's lowest note?")
    assert "drops" not in f.summary, f.summary  # (one register in the window: its range, as before)


def test_the_room_before_a_part_comes_in_is_counted_with_its_holes(lib):
    """The twenty-first session's sweep on ft_ballad_csm76 (dev): "where's the space for an ad-lib?" over a singer who
    comes in at the window's second bar got "no hole": the bar before her entry is room too."""
    g = groove(16)
    g["vocals"] = [note(BAR + i * P, (67, 69, 71, 72)[i % 4], P * 0.95) for i in range(12)]
    tid = make_track(lib.store, "e2" * 7 + "c9", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "drums", "bass"], 0.0, 4 * BAR, "where's the space for an ad-lib?")
    assert f.summary.startswith("The vocals leave about the first four beats of the window free, coming in on the "
                                "first beat of the second bar here;"), f.summary


def test_the_room_before_her_entry_is_said_once_and_rushing_her_notes_against_the_keys_asks_their_timing(lib):
    """The forty-seventh session's own question over ft_ballad_eb54 (dev): "is the singer rushing her eighths when she
    comes back in after the rest, or sitting right on the keys?" got the tempo first ("rushing" read as the beat's),
    then her silence before she comes in twice: as the room before her entry and as a hole from the window's first
    beat (her silence started a frame after the window's start, where her last note rang into it)."""
    from frames.findings import _gaps_sentence
    from frames.routing import TEMPO_WORDS, asks_of
    from heuristics.models import Rest

    q = "is the singer rushing her eighths when she comes back in after the rest, or sitting right on the keys?"
    assert asks_of(q, ["vocals", "piano"])[0] == "timing" and not re.search(TEMPO_WORDS, q)
    for q in ("is the band rushing here?", "does the drummer rush or drag through this bit?"):
        assert re.search(TEMPO_WORDS, q), q
    assert asks_of("where are the rests in her line?", ["vocals"])[0] == "gaps"
    g = groove(16)
    g["vocals"] = [note(BAR + i * P, (67, 69, 71, 72)[i % 4], P * 0.95) for i in range(12)]
    tid = make_track(lib.store, "e2" * 6 + "e594", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    a = analyze_window(lib, tid, ["vocals", "drums", "bass"], 0.0, 4 * BAR)
    sung = next(p for p in a.presence if p.stem == "vocals")
    ringing = Rest(start_s=0.05, end_s=BAR, beats=round((BAR - 0.05) / P, 1), bar=1, beat=1)  # her silence from the
    sung.rests = [ringing] + list(sung.rests)  # window's first beat, after her last note rang into it
    said = _gaps_sentence(a, ["vocals"], "where are the holes in her line?")
    assert said == ("The vocals leave about the first four beats of the window free, coming in on the first beat of "
                    "the second bar here; once in, their line leaves no hole of half a beat or more."), said


def test_asked_whether_the_band_swells_in_or_hits_at_full_strength_the_level_bar_by_bar_says_which(lib):
    """Round 125's dv07 (dev): "do they ease in quietly and swell over the first few bars, or hit at full strength right
    on the downbeat?" got where the window's first downbeat falls. The keys alone for a bar, then the band: at full
    strength and held, or swelling bar after bar."""
    def band(key: str, velocities: list[int]) -> str:
        g = {"piano": [note(i * P, 57 + (i % 3) * 4, P * 0.9, 40) for i in range(4)]}
        for b, vel in enumerate(velocities, start=1):
            g.setdefault("drums", []).extend(note(b * BAR + i * P, 36 if i % 2 == 0 else 38, 0.1, vel)
                                             for i in range(4))
            g.setdefault("bass", []).extend(note(b * BAR + i * P, 45, P * 0.9, vel) for i in range(4))
            g["piano"].extend(note(b * BAR + i * P, 57 + (i % 3) * 4, P * 0.9, vel) for i in range(4))
        return make_track(lib.store, "e2" * 6 + key, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)

    q = "do they ease in quietly and swell over the first few bars, or hit at full strength right on the downbeat?"
    said = get_findings(lib, band("e598", [100, 100, 100]), ["drums", "bass", "piano"], 0.0, 4 * BAR, q).summary
    assert said.startswith("The level jumps up about thirteen decibels at once at the second bar here, and then "
                           "holds at one level to the window's end: no swell, the band in at full strength from its "
                           "first bar."), said
    said = get_findings(lib, band("e599", [30, 55, 100]), ["drums", "bass", "piano"], 0.0, 4 * BAR, q).summary
    assert said.startswith("The level climbs bar after bar to the window's end: the band swells in its playing."), said
    from frames.findings import SWELL_ASKED  # a swell the producer adds is no level of the band's
    for q in ("want a pedal steel swell under it. is the drummer doing anything special there?",
              "want a horn pad to swell under the notes she leans on. which ones does she hold?",
              "where can I sneak in a fill here?", "can I ease in a pad here?", "is the kick at full volume?"):
        assert not re.search(SWELL_ASKED, q), q


def test_asked_whether_a_drum_break_is_lighter_than_the_chorus_the_kits_own_hits_are_compared(lib):
    """Round 126's dw03 (dev): "he takes that break lighter than the chorus, doesn't he? thinking of pushing his fader
    up" got the vocals' own level for the drums named, and no verdict on the kit. The band for two bars, then the kit
    alone, harder: its strokes after the break's start against those before it."""
    g = {"drums": [], "bass": [], "piano": [], "vocals": []}
    for b in range(2):
        for i in range(4):
            t = b * BAR + i * P
            g["drums"] += [note(t, 36 if i % 2 == 0 else 38, 0.1, 60), note(t, 42, 0.05, 50),
                           note(t + P / 2, 42, 0.05, 50)]
            g["bass"].append(note(t, 45, P * 0.9, 80))
            g["piano"].append(note(t, 57 + (i % 3) * 4, P * 0.9, 80))
            g["vocals"].append(note(t, 69 + i % 2, P * 0.9, 90))
    for b in range(2, 4):
        g["drums"] += [note(b * BAR + i * P / 2, (45, 47, 38, 36)[i % 4], 0.1, 120) for i in range(8)]
    tid = make_track(lib.store, "e2" * 6 + "e600", duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, tid, ["drums", "bass", "piano", "vocals"], 0.0, 4 * BAR,
                        "the drummer's left alone for two bars -- he takes that break lighter than the chorus, doesn't "
                        "he? thinking of pushing his fader up a few dB").summary
    assert "From the third bar here, the drums play clearly harder than before" in said, said
    assert "vocals' level" not in said, said


def test_a_ten_bar_window_still_has_each_lines_notes_bar_by_bar(lib):
    """The twenty-first session's sweep on ft_drive_ab152@degraded (dev): over nine bars "what's the bass's first
    note?" and "what does the bass do in the last bar?" got its manner alone (bar notes were read up to eight bars)."""
    tid = make_track(lib.store, "e2" * 7 + "ca", duration_s=24, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems=groove(24))
    f = get_findings(lib, tid, ["bass", "drums"], 0.0, 10 * BAR, "what does the bass do in the last bar?")
    assert f.summary.startswith("In the last bar here, the bass plays four Es."), f.summary


def test_the_tracks_tuning_against_concert_pitch_is_said_where_asked(lib):
    """Round 46's au01 (dev): "is he at concert pitch, A440, or a bit off?" got "intonation is read for voices only"
    though the mix's tuning is read at ingest. Asked, the track's tuning: sharp by so many cents, at concert pitch,
    or unreadable where its readings over the track's thirds spread (a lone voice)."""
    def ask(tid: str, q: str = "is he at concert pitch, A440, or a bit off?") -> str:
        return get_findings(lib, tid, ["bass", "drums"], 0.0, 8.0, q).summary

    def track(tid: str, concert: dict | None) -> str:
        return make_track(lib.store, "e2" * 7 + tid, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                          stems=groove(16), tuning={"cents": 1.0, "concert": concert} if concert else None)

    sharp = track("cb", {"cents": 8.0, "spread": 2.0})
    assert ask(sharp).startswith("The track is tuned about eight cents sharp of concert pitch"), ask(sharp)
    close = track("cc", {"cents": -3.0, "spread": 1.0})
    assert ask(close).startswith("The track is tuned about three cents flat of concert pitch, close to it"), ask(close)
    at = track("cf", {"cents": 1.0, "spread": 1.0})
    assert ask(at).startswith("The track sits right at concert pitch"), ask(at)
    loose = track("cd", {"cents": -30.0, "spread": 19.0})
    assert ask(loose).startswith("The track's tuning cannot be read as one figure"), ask(loose)
    old = track("ce", None)
    assert ask(old).startswith("The track's tuning was not read when it was loaded"), ask(old)
    assert "cents" not in ask(sharp, "is her tuning off?").split(".")[0]  # (a singer's intonation: its own sentence)


@pytest.mark.parametrize("detune, said", [
    ((-8.0, -8.0), "notes sit about eight cents flat of A four-forty on the median, every note about as far: tune "
                   "about eight cents flat to match"),
    ((-20.0, 4.0, -8.0), "cents flat of A four-forty on the median, straying about twelve cents from note to note: an "
                         "offset within the notes' own wander, so keep to A four-forty"),
])
def test_a_lone_voice_against_a440_is_said_where_the_tracks_tuning_cannot_be(lib, detune, said):
    """"want to play a uke along with her -- is she at standard A440, or do I need to retune to match her? she sounds a
    touch flat" over a lone voice got only "the track's tuning cannot be read as one figure ... set a synth by ear"
    (round 71's bt03, dev), where her notes sat about eight cents flat, less than they wander. Her notes against A 440
    follow: a retune where the offset is steady, none where it lies within the notes' own spread."""
    line = [note(i * P, (67, 69, 71, 72)[i % 4], P * 0.9) for i in range(24)]
    tid = make_track(lib.store, "e2" * 6 + ("e4c3" if len(detune) == 2 else "e4c4"), duration_s=16, bpm=BPM,
                     beats_per_bar=4, meter="4/4", stems={"vocals": line},
                     tuning={"cents": None, "concert": {"cents": None, "spread": 19.0}})
    for i, n in enumerate(line):  # each sung note detuned in turn by the cents given
        lib.store.db.execute("UPDATE features SET pitch_hz = pitch_hz * ? WHERE track_id = ? AND stem = 'vocals' AND "
                             "time_s >= ? AND time_s < ?", [2 ** (detune[i % len(detune)] / 1200), tid,
                                                            n["time_s"], n["time_s"] + n["duration_s"]])
    lib.store.db.conn.commit()
    f = get_findings(lib, tid, ["vocals"], 0.0, 12.0, "want to play a uke along with her -- is she at standard A440, "
                     "or do I need to retune to match her?")
    assert f.summary.startswith("The track's tuning cannot be read as one figure"), f.summary
    assert said in f.summary.split(". ")[0], f.summary


def test_is_anything_out_of_time_reads_every_part_against_the_kit(lib):
    """The twenty-second session's sweep on Beatles (dev): "is anything out of time here?" got the singer's phrase
    shapes (no timing word matched), and "is the guitar out of time anywhere?" nothing about the guitar (its busiest
    pair was with the singer, dropped as the texture's). Every selected part is read against the kit, the singer
    against the beat; a part that meets the kit on only some hits gets no verdict; a planted loose singer is named."""
    rng = np.random.default_rng(7)
    g = groove(16)
    g["guitar"] = [note(b * P, 57 + (b % 2) * 3, P * 0.6) for b in range(32)]
    g["vocals"] = [note(b * P, 64 + (b % 3), P * 0.7) for b in range(32)]
    tight = make_track(lib.store, "e2" * 7 + "d2", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    stems = ["drums", "bass", "guitar", "vocals"]
    said = get_findings(lib, tight, stems, 0.0, 8.0, "is anything out of time here?").summary
    assert said.startswith("Nothing reads clearly out of time here: the bass and guitar land with the drums within "
                           "what the measurement can resolve; the vocal sits in time with the beat."), said
    said = get_findings(lib, tight, stems, 0.0, 8.0, "is the guitar out of time anywhere?").summary
    assert said.startswith("The drums and guitar lock"), said
    # asked which side of the beat anyone sits, in those words (the twenty-fourth session's sweep on Beatles, dev:
    # "is anyone ahead of the beat here?" matched no timing word and got the lock's busiest pair alone)
    for q in ("is anyone ahead of the beat here?", "who's behind the beat in this bit?"):
        said = get_findings(lib, tight, stems, 0.0, 8.0, q).summary
        assert said.startswith("Nothing reads clearly ahead of or behind the beat here: the bass and guitar land with "
                               "the drums within what the measurement can resolve;"), said
    # planted: the guitar's strokes a tenth of a second or more off every beat, the singer scattered around it
    g["guitar"] = [note(b * P + rng.choice([-1, 1]) * rng.uniform(0.1, 0.15), 57, P * 0.4) for b in range(1, 32)]
    g["vocals"] = [note(b * P + rng.choice([-1, 1]) * rng.uniform(0.03, 0.08), 64, P * 0.5) for b in range(1, 32)]
    loose = make_track(lib.store, "e2" * 7 + "d3", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, loose, stems, 0.0, 8.0, "is anyone dragging?").summary
    assert said.startswith("The vocal is the loosest part here: it sits loosely around the beat;"), said
    assert "the guitar meets the kit on only some of its hits" in said and "Nothing reads" not in said, said
    # a skank on the off-beats meets none of the kick's and snare's hits by design: said so, with no verdict
    # (the twenty-second session's sweep on ft_drive_e24, dev)
    g["guitar"] = [note(b * P + P / 2, x, P * 0.3) for b in range(32) for x in (57, 60, 64)]
    g["vocals"] = [note(b * P, 64 + (b % 3), P * 0.7) for b in range(32)]
    skank = make_track(lib.store, "e2" * 7 + "de", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, skank, stems, 0.0, 8.0, "is anything out of time here?").summary
    assert "the guitar plays on the off-beats, between the kick and snare, so its timing is not read against them" in \
        said and "Nothing reads" not in said, said
    # asked beside another question that names the kit, the band's timing is still read (the twenty-third
    # session's sweep on Beatles, dev: "is the band tight here, and does the drummer play any flams?" got the lock's
    # busiest pair alone)
    said = get_findings(lib, tight, stems, 0.0, 8.0, "is the band tight here, and does the drummer play any flams?"
                        ).summary
    assert "Nothing reads clearly out of time here: the bass and guitar land with the drums" in said, said
    from frames.routing import asks_of
    assert asks_of("how much space is there between vocal phrases?", ["vocals"])[0] == "gaps"


def test_a_late_sixteenth_in_a_straight_groove_is_no_triplet(lib):
    """The twenty-second session's sweep on Beatles (dev): over a straight-eighth song the bass's rhythm read "the
    middle triplet of three". In a straight feel a stroke's place is its nearest sixteenth: a bass figure with its
    sixteenth after three played a little late (a human's push, a third of the way into the beat) is on the e."""
    g = groove(16)
    g["bass"] = [note(b * BAR + x * P + (0.04 if x == 2.25 else 0.0), 45, P * 0.2) for b in range(8)
                 for x in (0, 1.5, 2, 2.25, 3)]
    tid = make_track(lib.store, "e2" * 7 + "d4", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "what rhythm is the bass playing?").summary
    assert "the e of three" in said and "triplet" not in said, said


def test_a_choice_of_two_note_values_is_weighed_over_the_lines_strokes(lib):
    """The twenty-second session's sweep on Beatles (dev): "is the bass playing eighths or quarters?" got the
    bass's places alone. Asked a choice of two note values, the gaps between the line's strokes are weighed."""
    g = groove(16)
    g["bass"] = [note(b * BAR + x * P, 45, P * 0.4) for b in range(8) for x in (0, 1, 2, 3, 3.5)]
    tid = make_track(lib.store, "e2" * 7 + "d5", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    ask = lambda q: get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, q).summary  # noqa: E731
    said = ask("is the bass playing eighths or quarters?")
    assert said.startswith("Mostly quarter notes: most of the bass's strokes here come a beat apart, some an eighth "
                           "apart."), said
    said = ask("is the bass in eighths or sixteenths here?")
    assert said.startswith("Neither, mostly: most of the bass's strokes here come a beat apart."), said
    g["bass"] = [note(b * P / 2, 45, P * 0.4) for b in range(64)]
    tid = make_track(lib.store, "e2" * 7 + "d6", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = ask("quarter notes or eighth notes on the bass?")
    assert said.startswith("Mostly eighths: most of the bass's strokes here come an eighth apart."), said


def test_the_note_the_bass_lands_on_the_loudest_bar_and_where_it_resolves_are_answered(lib):
    """The twenty-second session's sweep on ft_swing_g1208 (dev): "what note does the bass land on at each chord
    change?" got the chart alone, "which bar is the loudest?" the loudest part, "where does the harmony resolve?" the
    notes' tension. Each now gets its own answer first."""
    chords = [(60, 64, 67), (65, 69, 72), (67, 71, 74), (60, 64, 67)]  # C, F, G, C: a chord a bar
    bass_bars = [(36, 36, 36, 40), (41, 41, 41, 36), (43, 43, 43, 38), (36, 36, 36, 36)]
    g = groove(8)
    g["piano"] = [note(b * BAR + i * P, x, P * 0.9) for b, ch in enumerate(chords) for i in range(4) for x in ch]
    g["bass"] = [note(b * BAR + i * P, x, P * 0.9) for b, row in enumerate(bass_bars) for i, x in enumerate(row)]
    tid = make_track(lib.store, "e2" * 7 + "d7", duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4", key="C major",
                     key_pc=0, stems=g)
    ask = lambda q: get_findings(lib, tid, ["drums", "bass", "piano"], 0.0, 8.0, q).summary  # noqa: E731
    said = ask("what note does the bass land on at each chord change?")
    assert said.startswith("Into the changes here the bass steps up into F from E (onto its root, F), leaps into G "
                           "from C (onto its root, G) and steps down into C from D (onto its root, C)"), said
    said = ask("where does the harmony resolve?")
    assert said.startswith("The strongest pull away from home is the G"), said
    said = ask("what's the bass doing on the chord changes?")
    assert said.startswith("Into the changes here the bass steps up into F from E, leaps into G from C"), said
    from frames.routing import asks_of
    assert asks_of("which bar is the loudest?", [])[0] == "peak"
    assert asks_of("which instrument is loudest here?", [])[0] == "carry"


def test_a_compound_meters_beat_is_a_dotted_quarter_in_the_rhythm(lib):
    """The twenty-second session's sweep on ft_swing_g1208 (dev): a walking bass in 12/8, a note on every dotted-
    quarter beat, read "three bars of quarter notes". In a compound meter the beat is a dotted quarter."""
    beat = 60 / 63
    drums, bass = [], []
    for i in range(16):
        t = i * beat
        drums += [note(t, 36 if i % 2 == 0 else 38, 0.1, 100), note(t, 51, 0.1, 70), note(t + beat / 3, 51, 0.1, 50),
                  note(t + 2 * beat / 3, 51, 0.1, 60)]
        if i:  # the first bar's one left out: its bars are said in turn
            bass.append(note(t, [43, 45, 47, 48][i % 4], beat * 0.9))
    tid = make_track(lib.store, "e2" * 7 + "d8", duration_s=16 * beat, bpm=63, beats_per_bar=4, meter="12/8",
                     key="G major", key_pc=7, stems={"drums": drums, "bass": bass})
    said = get_findings(lib, tid, ["drums", "bass"], 0.0, 16 * beat, "what rhythm is the bass playing?").summary
    assert "bars of dotted quarter notes" in said, said


def test_doubled_snare_strokes_are_placed_where_asked_and_are_no_ghost_notes(lib):
    """Round 46's au03 (wrong then): "clean one-shots off this kit" got the and-of-three snares, three of four of
    them doubles 30-40 ms apart, as singles; the drum reading now has both strokes (the twenty-second session's
    second-stroke rule). Asked about flams, doubles or one-shots, the doubled strokes are placed; the second stroke
    of a double, softer, is no ghost note."""
    g = groove(16)
    g["drums"] += [note(b * BAR + s * P + 0.04, 38, 0.1, 60) for b in range(2) for s in (1, 3)]
    tid = make_track(lib.store, "e2" * 7 + "d9", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    ask = lambda q: get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, q).summary  # noqa: E731
    said = ask("any flams or doubles on the snare?")
    assert said.startswith("The snare and toms play four doubled strokes here, two hits a few hundredths of a second "
                           "apart (a flam, drag or double): on two of the first bar here"), said
    said = ask("I want clean one-shots off this kit -- which snare hits are single strokes?")
    assert said.startswith("The snare and toms play four doubled strokes here"), said
    said = ask("any ghost notes on the snare?")
    assert said.startswith("No soft snare strokes are read"), said
    # (what hard quantizing would pull onto one grid line: round 59's bh04, dev, got the straight feel alone)
    said = ask("going to quantize his kit -- is it straight, and is there anything quantizing would mess up?")
    assert "The snare and toms play four doubled strokes here" in said, said
    said = get_findings(lib, tid, ["drums", "bass"], 8.0, 16.0, "any flams on the snare?").summary
    assert said.startswith("No doubled strokes are read on the snare or toms here"), said
    # a double's second stroke, late enough to fall nearer the next triplet than its own place, is no place of its
    # own in the snare's pattern (the twenty-third session's sweep on Beatles, dev: "the snare on two, the and of three
    # and the last triplet of three" for a double on the and of three)
    g = groove(16)
    g["drums"] += [note(b * BAR + 2.5 * P + 0.065, 38, 0.1, 60) for b in range(4)] + \
        [note(b * BAR + 2.5 * P, 38, 0.1, 90) for b in range(4)]
    tid = make_track(lib.store, "e2" * 7 + "df", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, "what's the drummer playing?").summary
    assert "the and of three" in said and "triplet" not in said, said


def test_cymbals_struck_through_whole_bars_are_said_by_those_bars(lib):
    """The twenty-second session's sweep on Punk (dev): two bars riding the crash on every eighth (and round 47's
    av05 over the same bars) read "the cymbals are struck often here, in scattered places". Struck too often to place
    one by one, the cymbals are said by the bars they ride through."""
    g = groove(16)
    g["drums"] = [n for n in g["drums"] if not (n["pitch"] == 42 and int(n["time_s"] // BAR) in (1, 3))]
    g["drums"] += [note(b * BAR + e * P / 2, 49, 0.3, 90) for b in (1, 3) for e in range(8)]
    tid = make_track(lib.store, "e2" * 7 + "da", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, tid, ["drums", "bass"], 0.0, 10.0, "where are the crashes?").summary
    assert said.startswith("The cymbals are struck often here, through the second and fourth bars here on most beats "
                           "and between them"), said


def test_where_a_fill_would_fit_is_the_bar_before_a_section_change(lib):
    """The twenty-second session's sweep on Shadows (dev): "where would a drum fill fit?" got "The drums play no
    fill in this window". Where a fill would go: the bar before the window's section change, else where a four-bar
    phrase turns."""
    g = groove(24)
    tid = make_track(lib.store, "e2" * 7 + "db", duration_s=24, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                     sections=[(0.0, 8.0, "A"), (8.0, 24.0, "B")])
    said = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "where would a drum fill fit?").summary
    assert said.startswith("A fill fits best at the end of the fourth bar here, leading the band into the new section "
                           "at the fifth bar here."), said
    said = get_findings(lib, tid, ["drums", "bass"], 8.0, 24.0, "where should I put a tom fill?").summary
    assert said.startswith("No section change falls inside this window, so a fill fits where a four-bar phrase turns: "
                           "at the end of the fourth and eighth bars here."), said


def test_a_lead_asked_of_a_track_read_as_chords_says_it_is_not_read_apart(lib):
    """The twenty-second session's sweep on Shadows (dev; the lead inside the rhythm guitar's track was wrong or partly
    in rounds 44-47): "what's the lead guitar playing?" got "The guitar plays chords throughout". Asked about a lead
    in a track read as chords, the reading's limit is said first; a track read as one line is not given it."""
    g = groove(16)
    g["guitar"] = [note(b * P, x, P * 0.8) for b in range(32) for x in (55, 59, 62)]
    tid = make_track(lib.store, "e2" * 7 + "dc", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, tid, ["drums", "bass", "guitar"], 0.0, 8.0, "what's the lead guitar playing?").summary
    assert said.startswith("The guitar's track is read as chords here: a lead line played over them in the same track "
                           "is not read apart from them"), said
    # a question that names the kit for its fill still asks the lead's phrases (round 48's aw04, dev)
    said = get_findings(lib, tid, ["drums", "guitar"], 0.0, 8.0, "want to add a little snare fill leading into each of "
                        "the lead's phrases -- where does each phrase start?").summary
    assert said.startswith("The guitar's track is read as chords here"), said
    g["guitar"] = [note(b * P, 67 + (b % 4), P * 0.8) for b in range(32)]
    tid = make_track(lib.store, "e2" * 7 + "dd", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, tid, ["drums", "bass", "guitar"], 0.0, 8.0, "what's the lead guitar playing?").summary
    assert "is not read apart" not in said, said


def test_a_singer_heard_over_part_of_a_window_another_part_carries_does_not_lead_it(lib):
    """The twenty-third session's sweep on ft_swing_g1208 20-40 s (dev): the vocal sings the first third, the guitar
    plays throughout; "which instrument is the focus?" said "The vocal leads this window" beside "The drums, bass and
    vocals support the guitar underneath", and the vocals' stop a third of the way in was "around the middle". The
    singer is said to sing over part of the window, a line of her own beside the lead, not under it; a kit is no
    line to share in a hocket."""
    g = groove(16)
    g["guitar"] = [note(b * P + 0.25, 64 + (b % 5), P * 0.2) for b in range(32)]
    g["vocals"] = [note(b * P, 76 + (b % 3), P * 0.9, 110) for b in range(11)]
    tid = make_track(lib.store, "e2" * 7 + "c0", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass", "guitar", "vocals"], 0.0, 16.0, "who is carrying the tune here?")
    texts = [c.text for c in f.claims]
    assert "The drums and bass support the guitar underneath, and the vocals add a line of their own." in texts, texts
    assert any(x.startswith("The vocal sings over only part of this window") for x in texts), texts
    assert not any("The vocal leads" in x or "hocket" in x for x in texts), texts
    from frames.answers import where_words
    assert where_words(3.4, 0.0, 10.0) == "a third of the way in" and where_words(5.0, 0.0, 10.0) == "around the middle"
    # an instrument read as a counterline beside a singer's lead stays her backing (a punk band's distorted guitar:
    # the same session's sweep on Punk, dev)
    from frames.findings import _interaction_sentence
    from frames.models import Interaction, StemRole, Texture
    roles = [StemRole(stem="vocals", role="lead", reasons=[]), StemRole(stem="drums", role="rhythm", reasons=[]),
             StemRole(stem="bass", role="bass_foundation", reasons=[]), StemRole(stem="guitar", role="counterline",
                                                                                 reasons=[])]
    tex = Texture(interaction=Interaction(kind="support", stems=["vocals", "drums", "bass", "guitar"], because="",
                                          confidence=0.5))
    assert _interaction_sentence(tex, roles) == "The drums, bass and guitar support the vocal underneath."


def test_straight_or_swung_of_the_band_is_answered_with_the_word_first(lib):
    """The twenty-third session's sweep on ft_swing_g1208 (dev): "what's the feel -- straight or shuffled?" got "a
    compound six-eight lilt, counted in two" and never whether it swings. Asked of the band (no part named), the
    answer word comes first, from the meter's subdivision: straight even eighths, a triplet feel."""
    g = groove(16)
    tid = make_track(lib.store, "e2" * 7 + "c1", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "is the groove straight or swung?").summary
    assert said.startswith("Straight: the eighths between the beats are even, not swung."), said
    beat = 60 / 63
    drums = [note(i * beat + j * beat / 3, [36 if i % 2 == 0 else 38, 51, 51][j] if j else 36 if i % 2 == 0 else 38,
                  0.1, 100 - 20 * j) for i in range(16) for j in range(3)]
    tid = make_track(lib.store, "e2" * 7 + "c2", duration_s=16 * beat, bpm=63, beats_per_bar=4, meter="12/8",
                     stems={"drums": drums, "bass": [note(i * beat, 43, beat * 0.9) for i in range(16)]})
    said = get_findings(lib, tid, ["drums", "bass"], 0.0, 16 * beat, "what's the feel -- straight or shuffled?").summary
    assert said.startswith("Not straight: each beat splits in three here, a triplet feel."), said
    said = get_findings(lib, tid, ["drums", "bass"], 0.0, 16 * beat, "is the drummer swinging?").summary
    assert not said.startswith("Not straight"), said  # a part named: its own feel
    # a track loaded as one unseparated mix: the mix is the band, not a part named
    tid = make_track(lib.store, "e2" * 7 + "c5", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"mix": g["drums"] + g["bass"]})
    said = get_findings(lib, tid, ["mix"], 0.0, 16.0, "is it straight or swung?").summary
    assert said.startswith("Straight: the eighths between the beats are even, not swung."), said
    # "straight off the bounce" is no feel asked (round 91's cn04 got the mix's feel first, dev)
    said = get_findings(lib, tid, ["mix"], 0.0, 16.0, "is there a bar where the singer lays out? want to lift it "
                        "straight off the bounce as a loop").summary
    assert not re.search(r"\b(?:Straight|Swung|Not straight):", said), said


def test_the_bands_big_hits_are_a_crash_with_the_kick_and_every_part(lib):
    """The twenty-third session's sweep on Shadows (dev): "where is the big hit?" got the lock and the level. A band
    hit is a crash struck with the kick while every other selected part starts a note with them: placed; a crash
    without the band is none; with none read the miss is hedged; a crash ridden through the bars leaves none to read."""
    g = groove(16)
    g["guitar"] = [note(b * P, 57, P * 0.5) for b in range(32)]
    g["drums"] += [note(2 * BAR, 49, 0.5, 110), note(4 * BAR + 1.5 * P, 49, 0.5, 110)]  # the second off the band's notes
    tid = make_track(lib.store, "e2" * 7 + "c3", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, tid, ["drums", "bass", "guitar"], 0.0, 12.0, "where's the big hit?").summary
    assert said.startswith("The band hits together once here, a crash with the kick, the bass and guitar starting "
                           "with it: on one of the third bar here."), said
    said = get_findings(lib, tid, ["drums", "bass", "guitar"], 10.0, 16.0, "any stabs in here?").summary
    assert said.startswith("No big hit is read here: no crash is read struck with the kick while the bass and guitar "
                           "land with it"), said
    g["drums"] += [note(b * P / 2, 49, 0.2, 90) for b in range(64)]
    tid = make_track(lib.store, "e2" * 7 + "c4", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, tid, ["drums", "bass", "guitar"], 0.0, 12.0, "where are the big hits?").summary
    assert said.startswith("The cymbals are struck through the bars here"), said


def test_a_stab_the_producer_means_to_add_is_no_ask_of_the_bands_hits(lib):
    """"dropping a short guitar stab just before each of his lines -- does he start them on the one or before the
    bar?" led with "No big hit is read here" (round 101's cx06, dev): a stab or hit the producer plans is their own
    part. Asked of the band ("any stabs in here?", "want a brass stab on the big hits"), the hits are still read."""
    g = groove(16)
    g["guitar"] = [note(b * P, 57, P * 0.5) for b in range(32)]
    g["drums"] += [note(4 * BAR + 1.5 * P, 49, 0.5, 110)]  # a crash off the band's notes: no band hit
    tid = make_track(lib.store, "e2" * 6 + "e543", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    for q, asked in (("dropping a short guitar stab just before each bar -- is the bass on the one?", False),
                     ("throw in a little synth stab on the ones -- where's the kick?", False),
                     ("any stabs in here?", True), ("want a brass stab on the big hits -- where are they?", True)):
        said = get_findings(lib, tid, ["drums", "bass", "guitar"], 10.0, 16.0, q).summary
        assert said.startswith("No big hit is read here") == asked, (q, said)


def test_a_window_read_in_six_eight_on_a_twelve_eight_grid_counts_every_bar_one_way(lib):
    """ft_swing_g1208 20-40 s (the twenty-third session, dev): the window reads 6/8 under a 12/8 track, and its chart
    counted 6/8 bars (11-21) while its events, held notes and line starts counted the track's 12/8 bars (8, 9, 6,
    10): "the third bar here" could name a bar the chart calls the sixth. Every bar a finding names is now counted as
    the chart counts it."""
    beat = 60 / 63
    drums = []
    for i in range(16):
        t = i * beat
        drums += [note(t, 36 if i % 2 == 0 else 38, 0.1, 100)] + [note(t + k * beat / 3, 42, 0.05, 60) for k in range(3)]
    bass = [note(i * beat, [43, 47, 48, 50][i % 4], beat * 0.9) for i in range(16)]
    vocals = [note(i * beat, 67 + i % 3, beat * 0.9) for i in range(10)]  # she stops after the tenth beat
    tid = make_track(lib.store, "e2" * 7 + "c6", duration_s=16 * beat, bpm=63, beats_per_bar=4, meter="12/8",
                     stems={"drums": drums, "bass": bass, "vocals": vocals})
    f = get_findings(lib, tid, ["drums", "bass", "vocals"], 0.0, 16 * beat, "what happens in here?")
    assert f.meter.label == "6/8", f.meter
    charted = [r.bar for r in f.harmony.chart.bars]
    assert charted == list(range(1, 9)), charted  # eight 6/8 bars
    stop = next(e for e in f.events if e.kind in ("stops", "exits", "phrase_end") and "vocals" in e.stems)
    assert stop.bar == 6 and stop.beat == 1, f.events  # after her tenth beat: 6/8 bar six's first (12/8 bar three's third)
    assert all(e.bar in charted for e in f.events if e.bar is not None), f.events


def test_what_the_backing_plays_under_the_vocal_is_each_other_part(lib):
    """The twenty-third session's sweep on Beatles (dev): "what's the backing doing under the vocal?" got the vocal's
    own line, "what are the drums, bass and guitar doing?" the drums alone, and "walk me through what happens in these
    bars" "No: the vocals do not walk here". The backing is the other selected parts, each said in one sentence."""
    g = groove(16)
    g["guitar"] = [note(b * P, x, P * 0.8) for b in range(32) for x in (55, 59, 62)]
    g["vocals"] = [note(b * P, 67 + (b % 3), P * 0.9) for b in range(32)]
    tid = make_track(lib.store, "e2" * 7 + "c7", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    stems = ["drums", "bass", "guitar", "vocals"]
    for q in ("what's the backing doing under the vocal?", "what are the drums, bass and guitar doing?",
              "what's the band doing behind her?"):
        said = get_findings(lib, tid, stems, 0.0, 8.0, q).summary
        assert said.startswith("The drums play the kick on one and three and the snare on two and four; the bass "
                               "plays "), (q, said)
        assert "; the guitar plays " in said.split(". ")[0] and "vocals sing" not in said, (q, said)
    said = get_findings(lib, tid, stems, 0.0, 8.0, "walk me through what happens in these bars").summary
    assert "walk" not in said, said
    from frames.routing import asks_of
    assert asks_of("is the bass walking through the changes?", stems)[0] == "part"


def test_a_synths_voice_count_names_no_singer(lib):
    """Round 49's ax04 (wrong; dev for this rule): "gonna play his comp on my old 4-voice poly synth -- will four voices
    cover it?" over a guitar alone was told "This track has no vocals stem". A synth's voice count names no singer, and
    the user's own instrument with a word or two before it is not a part asked about."""
    assert named_stems("gonna play his comp on my old 4-voice poly synth -- will four voices cover it?") == []
    assert named_stems("how many voices of polyphony do I need for the piano?") == ["piano"]
    assert named_stems("does her voice crack on the high note?") == ["vocals"]
    assert named_stems("is the piano on a different beat from the bass?") == ["piano", "bass"]
    g = {"guitar": [note(b * P, x, P * 0.8) for b in range(16) for x in (55, 59, 62)]}
    tid = make_track(lib.store, "e2" * 7 + "c8", duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, tid, ["guitar"], 0.0, 8.0, "gonna play his comp on my old 4-voice poly synth -- will four "
                        "voices cover it?").summary
    assert "vocals" not in said, said


def test_a_verse_sung_again_bars_later_is_found_however_its_breaths_part_it(lib):
    """Round 49's ax02 (partly; dev for this rule): Country1's second verse sings the first one's tune eight bars
    later, but the singer's breaths part its phrases differently, so no phrase matched one of the first verse's and
    the answer was "The vocal line's six phrases are each new here". A line that sings the same notes in the same
    places of the bar a whole number of bars later is the same tune, said with the bar where it changes; a line that
    never comes round is not."""
    tune = [67, 69, 71, 72, 71, 69, 67, 64, 65, 67, 69, 67, 64, 62, 60, 62]  # four bars of quarter notes
    ending = [64, 65, 67, 72]  # the second time round, the last bar climbs instead
    g = groove(16)
    g["vocals"] = [note(i * P, x, P * 0.9) for i, x in enumerate(tune)] + \
        [note((16 + i) * P + (0.06 if i % 3 == 0 else 0.0), x, P * 0.8) for i, x in enumerate(tune[:12] + ending)]
    tid = make_track(lib.store, "e2" * 7 + "c9", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, tid, ["drums", "bass", "vocals"], 0.0, 16.0,
                        "is the second verse the same tune as the first?").summary
    assert said.startswith("Yes, mostly: the vocal line from the first bar here comes round again four bars later, from "
                           "the fifth bar here, on the same notes in the same places of the bar, but it changes in the "
                           "eighth bar here."), said
    rng = np.random.default_rng(3)
    g["vocals"] = [note(i * P, int(x), P * 0.9) for i, x in enumerate(rng.integers(60, 76, 32))]
    tid = make_track(lib.store, "e2" * 7 + "ca", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, tid, ["drums", "bass", "vocals"], 0.0, 16.0, "does the melody repeat anywhere?").summary
    assert not said.startswith("Yes"), said


def test_a_part_that_drops_out_at_a_change_is_not_said_to_play_differently_there(lib):
    """The twenty-third session's sweep on ft_drive_e24 25-50 s (dev): the bass drops out for a stop and comes back two
    bars later in quarter notes, and the events said "the drums and bass drop out, the bass moves from a line in eighth
    notes to a line of steady quarter notes" at the stop. A part silent in the bar after a change has its drop said
    there, not what it plays bars later."""
    g = groove(16)
    g["drums"] = [n for n in g["drums"] if not 4 * BAR <= n["time_s"] < 6 * BAR]
    g["bass"] = [note(i * P / 2, 40, P * 0.4) for i in range(32)] + [note(6 * BAR + i * P, 45, P * 0.9) for i in range(8)]
    tid = make_track(lib.store, "e2" * 7 + "cb", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                     sections=[(0.0, 4 * BAR, "A"), (4 * BAR, 16.0, "B")])
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "what happens in this stretch?")
    assert any(e.kind == "drops_out" and "bass" in e.stems for e in f.events), f.events
    assert not any(e.kind == "plays_differently" for e in f.events), f.events


def test_what_happens_in_the_last_bar_or_at_the_end_is_said_of_that_bar(lib):
    """The twenty-third session's sweep on Shadows and Punk (dev): "what happens at the end of this bit?", "how does
    this section end?" and "what happens in the last bar?" got the window's section change and the groove. With no part
    named, the last bar's events, the kit's places, the chord and the lines' notes there are said first; the song's end
    and a line's end are not the window's."""
    g = groove(16)
    g["drums"] = [n for n in g["drums"] if n["time_s"] < 6 * BAR] + [note(6 * BAR + i * P / 2, 45, 0.1, 100)
                                                                     for i in range(8)]  # a tom fill in the last bar
    g["piano"] = [note(b * BAR, x, BAR * 0.9) for b in range(7) for x in ((57, 60, 64), (53, 57, 60))[b % 2]]
    tid = make_track(lib.store, "e2" * 7 + "cc", duration_s=14, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    stems = ["drums", "bass", "piano"]
    for q in ("what happens at the end of this bit?", "how does this section end?", "what happens in the last bar?"):
        said = get_findings(lib, tid, stems, 0.0, 14.0, q).summary
        assert said.startswith("In the last bar here, ") and "the chord is A minor" in said.split(". ")[0], (q, said)
        assert said.count("In the last bar here") == 1, said  # (said once: the twenty-fourth session's sweep, dev)
    # a bar's number that may also count the window's bars: both bars, each by its count (the twenty-fourth
    # session's sweep on Country1, dev: "what happens in bar three?" got the track's bar three alone, the window's first)
    said = get_findings(lib, tid, stems, 2 * BAR, 14.0, "what happens in bar three?").summary
    assert said.startswith("In the first bar here, bar three as the track's bars are counted, the drums play "), said
    assert "; in the third bar here, counted from the window's first bar, the drums play " in said.split(". ")[0], said
    # a part named: its last bar ("how does the drummer end this bit?" got the lock: the twenty-fourth session's
    # sweep on Shadows, dev)
    said = get_findings(lib, tid, stems, 0.0, 14.0, "how does the drummer end this bit?").summary
    assert said.startswith("In the last bar here, the drums play "), said
    said = get_findings(lib, tid, stems, 0.0, 14.0, "what's going on with the bass?").summary
    assert said.startswith("The bass plays "), said  # (its playing, not the window's events)
    from frames.routing import bar_asked
    assert bar_asked("what happens at the end of the song?") is None
    assert bar_asked("what note does she sing at the end of each line?") is None


def test_a_section_change_is_said_with_where_it_falls(lib):
    """The twenty-third session's sweep on the degraded ballad (dev): "when does the chorus hit?" got "This window
    straddles a section change from the A part into the B part" and no place. The change is placed."""
    g = groove(16)
    tid = make_track(lib.store, "e2" * 7 + "ce", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                     sections=[(0.0, 4 * BAR, "A"), (4 * BAR, 16.0, "B")])
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "when does the chorus hit?")
    assert "This window straddles a section change from the A part into the B part, on the first beat of the fifth " \
        "bar here." in [c.text for c in f.claims], f.claims
    # more than one change: each said where it falls, with the length of a part wholly inside the window ("where are
    # the section changes and how many bars each?" got the first of two: the thirty-seventh session's sweep on
    # ft_drive_e24, dev)
    tid = make_track(lib.store, "e2" * 6 + "e523", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                     sections=[(0.0, 2 * BAR, "A"), (2 * BAR, 5 * BAR, "B"), (5 * BAR, 16.0, "C")])
    from frames.findings import _form_sentence
    from heuristics.window import analyze_window
    assert _form_sentence(analyze_window(lib, tid, ["drums", "bass"], 0.0, 16.0)) == (
        "This window straddles two section changes: from the A part into the B part on the first beat of the third bar "
        "here and from the B part into the C part on the first beat of the sixth bar here; the B part runs three bars.")


def test_a_section_change_is_not_cut_off_behind_lesser_events(lib, monkeypatch):
    """The thirty-seventh session's sweep on ft_drive_e24 (dev): a window of many events kept the first MAX_EVENTS
    by time, so its later section change was cut off behind a singer's phrase ends. Over the cap the lesser kinds give
    way."""
    from heuristics import describe
    g = groove(16)
    g["vocals"] = [note(b * BAR + i * P, (67, 69, 71)[i], P * 0.9) for b in range(6) for i in range(3)]
    tid = make_track(lib.store, "e2" * 6 + "e524", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                     sections=[(0.0, 6 * BAR, "A"), (6 * BAR, 16.0, "B")])
    full = get_findings(lib, tid, ["drums", "bass", "vocals"], 0.0, 16.0, "what happens here?").events
    assert [e.kind for e in full].count("phrase_end") >= 2 and "section" in [e.kind for e in full], full
    monkeypatch.setattr(describe, "MAX_EVENTS", 3)
    kept = get_findings(lib, tid, ["drums", "bass", "vocals"], 0.0, 16.0, "what happens here?").events
    assert "section" in [e.kind for e in kept] and len(kept) < len(full), kept



def test_a_sections_downbeat_and_its_crash_are_said_at_the_change(lib):
    """The twenty-fourth session's sweep on ft_ballad_csm76 and Punk (dev): "where's the downbeat of the chorus?" got
    the window's first downbeat, and "is there a crash on the downbeat of this section?" the bars the cymbals ride
    through, no word of the change. The section change is placed, and what the kit strikes on its beat said first;
    a crash not read there is hedged."""
    g = groove(16)
    crash = [note(4 * BAR, 49, 0.5)]
    sections = [(0.0, 4 * BAR, "A"), (4 * BAR, 16.0, "B")]
    tid = make_track(lib.store, "e2" * 7 + "e1", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"] + crash, "bass": g["bass"]}, sections=sections)
    f = get_findings(lib, tid, ["drums", "bass"], 0.5 * P, 16.0, "where's the downbeat of the chorus?")
    assert f.summary.startswith("The section change into the B part falls on the first beat of the fifth bar here, "
                                "its first downbeat."), f.summary
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "is there a crash on the downbeat of this section?")
    assert f.summary.startswith("At the section change, on the first beat of the fifth bar here, a cymbal is struck; "
                                "the drums strike a cymbal once here"), f.summary
    late = [note(4 * BAR + P, 49, 0.5)]  # a beat after the change
    tid = make_track(lib.store, "e2" * 7 + "e3", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"] + late, "bass": g["bass"]}, sections=sections)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "is there a crash on the downbeat of this section?")
    assert f.summary.startswith("At the section change, on the first beat of the fifth bar here, no cymbal is read "
                                "struck, only the kick and hi-hat, though the drum reading can miss"), f.summary


def test_a_loose_pairs_side_agrees_with_its_plural_stem():
    """The twenty-fourth session's sweep on Beatles (dev): "where they meet, the vocals sits just behind the drums"."""
    from frames.findings import _groove_sentence
    from frames.models import Groove
    g = Groove(lock_quality="loose", locked_pair=["drums", "vocals"], timing_feel="laid back", onsets=[20, 20])
    assert _groove_sentence(g).endswith("where they meet, the vocals sit just behind the drums."), _groove_sentence(g)
    g = Groove(lock_quality="loose", locked_pair=["drums", "bass"], timing_feel="pushed", onsets=[20, 20])
    assert _groove_sentence(g).endswith("where they meet, the bass pushes just ahead of the drums."), _groove_sentence(g)


def test_how_many_times_the_chord_changes_is_counted_and_placed(lib):
    """The twenty-fourth session's sweep on Punk (dev): "how many times does the chord change here?" got the
    progression and "chords change irregularly", no count. The chart's changes are counted and placed."""
    g = groove(16)
    chords = [(57, 60, 64), (57, 60, 64), (53, 57, 60), (55, 59, 62), (57, 60, 64), (57, 60, 64)]
    g["piano"] = [note(b * BAR, x, BAR * 0.9) for b, ch in enumerate(chords) for x in ch]
    tid = make_track(lib.store, "e2" * 7 + "e0", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, tid, ["piano"], 0.0, 6 * BAR, "how many times does the chord change here?").summary
    assert said.startswith("The chord changes three times here, through three different chords, starting on A minor: "
                           "to F in the third bar here, to G in the fourth bar here and back to A minor in the fifth "
                           "bar here."), said
    said = get_findings(lib, tid, ["piano"], 0.0, 6 * BAR, "where are the chord changes?").summary
    assert said.startswith("The chord changes three times here"), said  # (placed: the twenty-fourth session, GuitarSet)


def test_a_window_against_the_song_as_a_whole_is_said_where_asked(lib):
    """The twenty-fourth session's sweep on Beatles and Country1 (dev): "is the drummer busier here than in the rest
    of the song?" got the window's own ranking of its parts, and "is this the loudest part of the song?" its bars'
    levels, no word of the song. The drummer doubles the hats to sixteenths in the second half (the louder section):
    asked of that half, he is busier here than through the song, in the louder of its two sections."""
    g = groove(16)
    g["drums"] += [note(8.0 + k * P / 4, 42, 0.05, 60) for k in range(32) if k % 2]  # the sixteenths between
    tid = make_track(lib.store, "e2" * 7 + "e4", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                     sections=[(0.0, 8.0, "A"), (8.0, 16.0, "B")], section_levels_db=[-20.0, -14.0])
    ask = lambda a, q: get_findings(lib, tid, ["drums", "bass"], a, a + 8.0, q).summary  # noqa: E731
    said = ask(8.0, "is the drummer busier here than in the rest of the song?")
    assert said.startswith("Against the song as a whole, each part counted while it plays: the drums are busier here "
                           "than through the song as a whole."), said
    said = ask(0.0, "is the drummer busier here than in the rest of the song?")
    assert said.startswith("Against the song as a whole, each part counted while it plays: the drums are sparser here "
                           "than through the song as a whole."), said
    said = ask(8.0, "is this the loudest part of the song?")
    assert said.startswith("Against the song as a whole, each part counted while it plays: this window lies in the B "
                           "part, the louder of the song's two sections by the mix's level;"), said
    said = ask(0.0, "how busy is the bass here compared to the rest of the song?")
    assert "the bass is about as busy here as through the song as a whole" in said, said


def test_how_many_notes_a_part_plays_is_counted_where_asked(lib):
    """The twenty-fourth session's sweep on the madmom piano clip (dev): "how many notes in this bit?" got the line's
    shape. Counted: a line's notes, a chord part's notes and the strokes they are struck in, the kit's strokes with
    each drum's hits; a count per bar stays the drum pattern's."""
    g = groove(16)
    g["piano"] = [note(b * BAR, x, BAR * 0.9) for b in range(4) for x in (57, 60, 64)]
    tid = make_track(lib.store, "e2" * 7 + "e7", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    ask = lambda st, q: get_findings(lib, tid, st, 0.0, 4 * BAR, q).summary  # noqa: E731
    said = ask(["piano"], "how many notes in this bit?")
    assert said.startswith("The piano plays twelve notes here, struck in four strokes (a chord counted once), as "
                           "transcribed."), said
    assert "voicing" not in said and "chords vary in size" not in said, said  # (not how many notes a chord holds)
    # the band's accents in the bar, no part named: where the kick and snare fall (the twenty-fourth session's
    # sweep on ft_ballad_eb54, dev)
    said = ask(["bass", "drums", "piano"], "where are the accents in the bar?")
    assert said.startswith("The bar's accents fall with the kit: the kick on one and three and the snare on two and "
                           "four."), said
    said = ask(["bass", "drums"], "how many notes does the bass play here?")
    assert said.startswith("The bass plays sixteen notes here, as transcribed."), said
    said = ask(["bass", "drums"], "how many hits does the drummer play?")
    assert said.startswith("The drums play thirty-two strokes here, some of them two drums at once: the hi-hat "
                           "thirty-two, the kick eight and the snare eight"), said
    assert not ask(["bass", "drums"], "how many hits per bar is the kick doing?").startswith("The drums play thirty")
    # a note value asked of one drum: its places bar by bar (the twenty-fourth session's sweep on Punk, dev)
    said = ask(["bass", "drums"], "how fast are the hi-hats -- eighths or sixteenths?")
    assert said.startswith("Mostly eighths: most of the hi-hat's strokes here come an eighth apart."), said
    said = ask(["bass", "drums"], "is the kick playing quarters or eighths?")
    assert said.startswith("Neither, mostly: most of the kick's strokes here come two beats apart."), said
    said = ask(["bass"], "does he ever hit the downbeat?")  # (the twenty-fourth session's sweep on GuitarSet, dev)
    assert said.startswith("On the one of each whole bar here the bass plays"), said


def test_a_sections_length_in_the_song_is_said_where_asked(lib):
    """The twenty-fourth session's sweep on Punk (dev): "how long is this section in bars?" got the window's length.
    The section the window lies in is counted in the song (track-level), with where it starts and ends against the
    window."""
    g = groove(16)
    tid = make_track(lib.store, "e2" * 7 + "e9", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                     sections=[(0.0, 2 * BAR, "A"), (2 * BAR, 8 * BAR, "B")])
    for q in ("how long is this section in bars?", "how many bars is the chorus?"):
        said = get_findings(lib, tid, ["drums", "bass"], 3 * BAR, 5 * BAR, q).summary
        assert said.startswith("The B part runs exactly six bars of four beats in the song (track-level), starting "
                               "before this window and ending after it."), said
    said = get_findings(lib, tid, ["drums", "bass"], 3 * BAR, 5 * BAR, "how many bars long is this window?").summary
    assert said.startswith("This window spans two whole bars"), said
    # a window from the section's start, shorter than it: its own bars said beside the section's (round 63's bl12: a
    # six-bar chorus counted eight from the track's section, which ran on into the drum break after it)
    said = get_findings(lib, tid, ["drums", "bass"], 2 * BAR, 6 * BAR, "how many bars is this chorus?").summary
    assert said.startswith("The B part runs exactly six bars of four beats in the song (track-level), starting with "
                           "this window and ending after it; this window itself spans four bars."), said


def test_a_parts_role_the_first_chord_and_a_lines_notes_against_the_chords_are_said_where_asked(lib):
    """The twenty-fourth session's sweep on Country1 (dev): "what's the guitar's role here -- rhythm or lead?" got its
    strokes and chords with no word of which; "what's the chord on the first beat?" the progression; "is the bass
    playing the same notes as the guitar's chords?" the chart alone."""
    g = groove(16)
    g["guitar"] = [note(b * BAR + k * P, x, P * 0.8) for b in range(4) for k in range(4)
                   for x in ((57, 60, 64), (53, 57, 60), (55, 59, 62), (57, 60, 64))[b]]
    g["vocals"] = [note(b * P, (69, 71, 72, 74)[b % 4], P * 0.9) for b in range(16)]
    tid = make_track(lib.store, "e2" * 7 + "ea", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    ask = lambda q: get_findings(lib, tid, ["drums", "bass", "guitar", "vocals"], 0.0, 4 * BAR, q).summary  # noqa
    said = ask("what's the guitar's role here -- rhythm or lead?")
    assert said.startswith("Rhythm: the guitar plays a backing part here, chords, rather than carrying a line."), said
    said = ask("is the vocal the lead or the backing here?")
    assert said.startswith("Lead: the vocals carry the line here"), said
    said = ask("what's the chord on the first beat?")
    assert said.startswith("The first chord here is A minor, in the first bar here."), said
    said = ask("is the bass playing the same notes as the guitar's chords?")
    assert said.startswith("Against the chords here, of the bass's"), said
    # an interval to transpose by is no chord degree (round 53's bb06, dev: "taking the whole song down a minor
    # third" got the vocal's notes by degree first)
    said = ask("thinking of taking the whole song down a minor third -- what are the chords in the new key?")
    assert said.startswith("Down a minor third, A minor here becomes F sharp minor, and the chords bar by bar become "
                           "F sharp minor, D major seven over C sharp, E and F sharp minor over C sharp."), said
    said = ask("if I drop it two semitones what key am I in?")
    assert said.startswith("Down two semitones, A minor here becomes G minor"), said
    assert not ask("does the vocal go up a fifth here?").startswith("Up a fifth")  # (a line's leap, not the song)


def test_the_bar_by_a_section_change_the_busiest_bar_and_a_singers_entry_are_said_where_asked(lib):
    """The twenty-fourth session's sweep on Beatles (dev): "what does the bass do in the bar before the section
    change?" got the bass's manner; "what happens in the first bar of the new section?" the window's first bar;
    "what's the busiest bar here?" the busiest part; "does the vocal come in on the downbeat or before it?" the
    section change."""
    g = groove(16)
    g["bass"] = [note(b * BAR + k * P, (45, 45, 48, 52, 41, 41, 43, 40)[b], P * 0.8) for b in range(8) for k in range(4)]
    g["drums"] += [note(5 * BAR + k * P / 4, 42, 0.05, 60) for k in range(16) if k % 2]  # the sixth bar the busiest
    g["vocals"] = [note(b * BAR + P / 2 + k * P, 69 + k, P * 0.8) for b in range(8) for k in range(3)]
    tid = make_track(lib.store, "e2" * 7 + "eb", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                     sections=[(0.0, 4 * BAR, "A"), (4 * BAR, 16.0, "B")])
    ask = lambda q: get_findings(lib, tid, ["drums", "bass", "vocals"], 0.0, 8 * BAR, q).summary  # noqa: E731
    said = ask("what does the bass do in the bar before the section change?")
    assert said.startswith("In the fourth bar here, the bass plays four Es."), said
    said = ask("what happens in the first bar of the new section?")
    assert said.startswith("In the fifth bar here, a new section begins"), said
    said = ask("what's the busiest bar here?")
    assert said.startswith("The busiest bar is the sixth bar here, with"), said
    said = ask("does the vocal come in on the downbeat or before it?")
    assert said.startswith("The vocals start each of their seven lines on the and of one, never on the one."), said


def test_where_a_part_plays_on_its_own_is_said_where_asked(lib):
    """Round 53's bb11 (dev): "is there a bar where the drums groove on their own?" got the kit's pattern, and the
    four bars the drums play alone were taken for groove bars. The whole bars where only the named part sounds."""
    g = groove(16)
    g["bass"] = [n for n in g["bass"] if not 2 * BAR <= n["time_s"] < 4 * BAR]  # out for the third and fourth bars
    tid = make_track(lib.store, "e2" * 7 + "ed", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    ask = lambda q: get_findings(lib, tid, ["drums", "bass"], 0.0, 6 * BAR, q).summary  # noqa: E731
    said = ask("is there a bar where the drums groove on their own?")
    assert said.startswith("The drums play on their own in the third and fourth bars here: no other selected part "
                           "sounds through them."), said
    assert "on their own" not in ask("where does the drum solo start?")  # (a solo is a lead, not a part alone)
    said = ask("does the bass ever play alone here?")
    assert said.startswith("The bass plays on its own in no whole bar here: in every bar another of the selected parts "
                           "(drums) sounds with it."), said
    # the part said alone is the one named with "alone", not the question's first ("want to know where the bass sits
    # -- does the drummer ever go it alone?" over the bass and drums; round 75's bx06 and bx10 got the singer's bars)
    said = ask("want to know where the bass sits -- and does the drummer ever go it alone?")
    assert said.startswith("The drums play on their own in the third and fourth bars here"), said
    # the others' bars holding only spill or ring (frames flagged bleed, no notes): the drums are said alone there
    # (round 75's bx10 on a degraded copy got "in no whole bar", dev; the break the events read said it, and since the
    # thirty-ninth session's level frames -- a pitched part's residue is not its sound -- the bars' reading does)
    g = groove(16)
    g["bass"] = [n for n in g["bass"] if not 2 * BAR <= n["time_s"] < 4 * BAR]
    tid = make_track(lib.store, "e2" * 6 + "e4e2", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    lib.store.db.execute("update features set energy_db = -30, bleed = 1 where track_id = ? and stem = 'bass' and "
                         "time_s >= ? and time_s < ?", [tid, 2 * BAR, 4 * BAR])
    lib.store.db.conn.commit()
    said = get_findings(lib, tid, ["drums", "bass"], 0.0, 6 * BAR, "does the drummer ever go it alone?").summary
    assert said.startswith("The drums play on their own in the third and fourth bars here: no other selected part "
                           "sounds through them."), said


def test_what_happens_in_a_half_of_the_window_is_said_of_that_half(lib):
    """The twenty-fourth session's sweep on Punk (dev): "what happens in the second half of this bit?" got the first
    half's entries first. Asked of a half or the middle, the events there, or that nothing changes there."""
    g = groove(16)
    g["bass"] = [n for n in g["bass"] if n["time_s"] >= 5 * BAR]  # the bass comes in at the sixth bar
    tid = make_track(lib.store, "e2" * 7 + "ee", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    ask = lambda q: get_findings(lib, tid, ["drums", "bass"], 0.0, 8 * BAR, q).summary  # noqa: E731
    said = ask("what happens in the second half of this bit?")
    assert said.startswith("At the sixth bar here the bass comes in"), said
    said = ask("what happens in the first half of this bit?")
    assert said.startswith("Nothing enters, drops out or changes in the first half of this window."), said


def test_the_words_sung_in_the_window_are_said_where_lyrics_were_read(lib):
    """The twenty-fourth session's sweep on Beatles (dev): "what are the lyrics here?" got the singer's phrases. The
    words sung inside the window where lyrics were read at load; else that they were not read."""
    g = groove(16)
    g["vocals"] = [note(b * P, 64 + b % 3, P * 0.9) for b in range(8, 24)]
    words = [{"word": w, "start_s": t, "end_s": t + 0.4} for w, t in
             (("hold", 4.0), ("on", 4.5), ("to", 5.0), ("me", 5.5), ("darling", 10.0))]
    read = make_track(lib.store, "e2" * 7 + "ef", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                      lyrics={"text": "hold on to me darling", "language": "en", "words": words})
    said = get_findings(lib, read, ["vocals", "drums"], 3.0, 8.0, "what are the lyrics here?").summary
    assert said.startswith("The words sung here, as transcribed: \u201chold on to me\u201d."), said
    said = get_findings(lib, read, ["vocals", "drums"], 12.0, 16.0, "what are the lyrics here?").summary
    assert said.startswith("No words are sung inside this window"), said
    unread = make_track(lib.store, "e2" * 7 + "f0", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, unread, ["vocals", "drums"], 3.0, 8.0, "what are the lyrics here?").summary
    assert said.startswith("The words are not read for this track"), said


def test_a_singers_side_of_the_beat_is_one_reading_not_a_pairs_offset(lib):
    """The twenty-fifth session's sweep on Beatles (dev): "placed right on the beat" beside "where they meet, the
    vocals sit just behind the drums", the second from a handful of starts that land with the kick and snare. A
    singer late on the beats and early between them sits on the beat overall: one reading, said once."""
    g = groove(16)
    g["vocals"] = [note(b * P + (0.03 if k == 0 else P / 2 - 0.03), 69 + 2 * (b % 3), 0.15)
                   for b in range(32) for k in (0, 1)]
    tid = make_track(lib.store, "e2" * 7 + "f1", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "vocals": g["vocals"]})
    f = get_findings(lib, tid, ["drums", "vocals"], 0.0, 16.0, "is the singer behind the beat?")
    assert f.groove.timing_feel == "on the grid" and f.groove.timing_offset_ms is None, f.groove
    assert "behind the drums" not in f.summary and "laid" not in f.summary.lower(), f.summary
    assert " ms " not in next(r.relation for r in f.roles if r.stem == "vocals")
    # the same singer late everywhere is behind the beat by both readings
    g["vocals"] = [note(b * P + k * P / 2 + 0.03, 69 + 2 * (b % 3), 0.15) for b in range(32) for k in (0, 1)]
    late = make_track(lib.store, "e2" * 7 + "f2", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                      stems={"drums": g["drums"], "vocals": g["vocals"]})
    f = get_findings(lib, late, ["drums", "vocals"], 0.0, 16.0, "is the singer behind the beat?")
    assert f.groove.timing_feel == "laid back", f.groove
    assert "behind" in f.summary, f.summary


def test_does_the_vocal_drag_asks_the_singers_timing_not_the_drums_rudiments(lib):
    """The twenty-fifth session's sweep on Beatles (dev): "does the vocal drag?" got the snare's doubled strokes
    ("a flam, drag or double") first. A drag is a stroke only as a noun ("any flams or drags?")."""
    g = groove(16)
    g["drums"] += [note(b * BAR + 1.5 * P + 0.03, 38, 0.1, 60) for b in range(4)]  # a double after each and of two
    g["drums"] += [note(b * BAR + 1.5 * P, 38, 0.1, 100) for b in range(4)]
    g["vocals"] = [note(b * P + 0.01, 69 + 2 * (b % 3), 0.3) for b in range(32)]
    tid = make_track(lib.store, "e2" * 7 + "f3", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "vocals": g["vocals"]})
    said = get_findings(lib, tid, ["drums", "vocals"], 0.0, 16.0, "does the vocal drag?").summary
    assert "doubled strokes" not in said and "in time with the beat" in said, said
    said = get_findings(lib, tid, ["drums", "vocals"], 0.0, 16.0, "any flams or drags on the snare?").summary
    assert "doubled strokes" in said, said


def test_a_part_sounding_half_the_window_is_not_said_to_sound_through_most_of_it():
    """The twenty-fifth session's sweep on ft_drive_e24's hook (dev): a singer's four calls, with their tails half
    the window, read "they sound through most of the window"."""
    from frames.answers import carry_sentence
    from heuristics.models import Presence

    ps = [Presence(stem="vocals", sounding_share=0.5, onsets=8, notes=8, reading="", carries=True),
          Presence(stem="piano", sounding_share=1.0, onsets=64, notes=256, reading="", level_db_vs_loudest=0.0)]
    said = carry_sentence(ps, [])
    assert said.startswith("The vocals carry this passage: they sound through about half of the window"), said
    ps[0].sounding_share = 0.7
    assert "most of the window" in carry_sentence(ps, [])


def test_how_long_each_chop_is_and_where_they_land_is_answered_from_the_parts_note_lengths(lib):
    """Round 54's bc08 (dev): "how long is each guitar chop, where do they land, and is there real silence between
    them?" got the syncopation alone. The part's usual length, and where asked, its places in the bar."""
    g = groove(16)
    g["guitar"] = [note(b * P + P / 2, x, 0.1) for b in range(32) for x in (67, 71, 74)]
    tid = make_track(lib.store, "e2" * 7 + "f4", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "guitar": g["guitar"]})
    said = get_findings(lib, tid, ["guitar"], 0.0, 16.0, "how long is each guitar chop, where do they land, and is "
                                                         "there real silence between them?").summary
    assert said.startswith("The guitar cuts its chords short here, each under half a beat, struck on the and of one, "
                           "the and of two, the and of three and the and of four in every bar."), said
    said = get_findings(lib, tid, ["guitar"], 0.0, 16.0, "is there any space between the chords?").summary
    assert said.startswith("The guitar cuts its chords short here"), said


def test_clean_hits_to_sample_are_the_drums_struck_alone_not_a_hat_the_reading_missed(lib):
    """Round 54's bc01 (dev): "a clean kick, a clean snare and a clean hi-hat, nothing else hitting at the same
    moment" offered a kick and two snares as clean where the reading had missed the hat on those beats (the hat
    plays every eighth). A drum is clean where nothing else is struck with it and no other drum keeps its place."""
    g = groove(16)
    missed = {0.0, 7 * BAR + 3 * P}  # the hat under the first kick and under the last bar's snare on four
    g["drums"] = [n for n in g["drums"] if not (n["pitch"] == 42 and round(n["time_s"], 3) in missed)]
    tid = make_track(lib.store, "e2" * 7 + "f5", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"]})
    q = "building a sample pack -- I want a clean kick, a clean snare and a clean hi-hat. where can I grab each one?"
    said = get_findings(lib, tid, ["drums"], 0.0, 16.0, q).summary
    assert said.startswith("For clean hits, as far as the drum reading tells (it can miss a quiet hit under a loud "
                           "one): the kick and snare always land with the hi-hat; the hi-hat is struck alone on the "
                           "and of one of the first bar here and on the and of two of the first bar here."), said
    # no hats: the kick and the snare are each struck alone
    bare = make_track(lib.store, "e2" * 7 + "f6", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                      stems={"drums": [n for n in g["drums"] if n["pitch"] != 42]})
    said = get_findings(lib, bare, ["drums"], 0.0, 16.0, "where's a clean snare hit I can sample?").summary
    assert said.startswith("For clean hits, as far as the drum reading tells (it can miss a quiet hit under a loud "
                           "one): the snare is struck alone on two of the first bar here and on four of the first "
                           "bar here."), said
    # "a kick, a snare and a crash that each have nothing else struck at the same moment" (round 62's bk03, dev)
    said = get_findings(lib, bare, ["drums"], 0.0, 16.0, "building a sample pack from this drummer -- I want a kick "
                        "and a snare that each have nothing else struck at the same moment. where?").summary
    assert said.startswith("For clean hits, as far as the drum reading tells"), said



def test_one_drums_hits_are_counted_where_asked_and_a_clap_counts_the_drum_it_is_layered_on(lib):
    """"layering a clap on his snare from here to the end -- ... and how many claps is that?" (round 71's bt01, dev)
    left the count to the pattern's positions. One drum's hits asked are counted; a clap counts the drum it goes on."""
    tid = make_track(lib.store, "e2" * 6 + "e4c5", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": groove(16)["drums"]})
    said = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "layering a clap on his snare -- how many claps is that?")
    assert said.summary.startswith("The snare is struck eight times here, so eight claps"), said.summary
    said = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "how many kicks are there in these bars?")
    assert said.summary.startswith("As the drum reading hears it here, the kick is struck eight times."), said.summary
    # each drum the count names, in its order ("how many kicks, snares, floor toms and tambourine hits should it give
    # me?" got the kick's alone: round 72's bu01, dev)
    said = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "running drum-to-MIDI on this -- how many snares, kicks "
                        "and toms should it give me?")
    assert said.summary.startswith("As the drum reading hears it here, the snare is struck eight times, the kick is "
                                   "struck eight times and no tom hit is read."), said.summary


def test_the_drum_patterns_count_names_the_triplet_places_its_positions_use(lib):
    """Round 71's answers (dev): the positions "2let" and "4e" read undefined beside "count_in: beats, with e / & / a
    between". Where a position falls on a triplet place, the count names trip and let."""
    g = groove(16)
    plain = make_track(lib.store, "e2" * 6 + "e4c7", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                       stems={"drums": g["drums"]})
    assert get_findings(lib, plain, ["drums"], 0.0, 4 * BAR, "what's the drummer playing?").drum_pattern.count_in == \
        "beats, with e / & / a between"
    lilt = make_track(lib.store, "e2" * 6 + "e4c8", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                      stems={"drums": g["drums"] + [note(b * BAR + P + 2 * P / 3, 38, 0.1, 90) for b in range(8)]})
    p = get_findings(lib, lilt, ["drums"], 0.0, 4 * BAR, "what's the drummer playing?").drum_pattern
    assert any(x.endswith("let") for x in p.positions.get("snare", {})), p.positions
    assert p.count_in == "beats, with e / & / a between, and trip / let for the middle and last triplet places"


def test_times_the_question_names_are_placed_in_their_bars_with_the_drums_struck_there(lib):
    """"scoring a scene over this bit and I've got two hit points, 50.4 s and 55.6 s -- where do they fall in the bar,
    is there a drum hit right there I can sync to or do I need to nudge them?" got the meter alone (round 72's bu04,
    dev). Each time named inside the window is placed: on a beat, just before one, or on a place between, with the
    drums struck there."""
    tid = make_track(lib.store, "e2" * 6 + "e4c9", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems=groove(16))
    on_two, late_and, early = BAR + P, 2 * BAR + 2.5 * P + 0.01, 3 * BAR - 0.04
    q = (f"I've got hit points at {on_two:.2f} s, {late_and:.2f} s and {early:.2f} s -- where do they fall in the bar, "
         "and is there a drum hit right there I can sync to?")
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 4 * BAR, q)
    assert f.summary.startswith(
        "Of the times you name, the first falls on the second beat of the second bar here, where the snare and hi-hat "
        "strike; the second falls on the and of beat three of the third bar here, where the hi-hat strikes; the third "
        "falls just before the first beat of the fourth bar here, where the kick and hi-hat strike, a hair early for "
        "it."), f.summary
    # a time outside the window, and a fourth, say so (both were dropped silently: the twenty-ninth session's review)
    q = (f"hit points at {on_two:.2f} s, 20 s, {late_and:.2f} s and {early:.2f} s -- where do they fall in the bar?")
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 4 * BAR, q)
    assert f.summary.startswith(
        "Of the times you name, the first falls on the second beat of the second bar here, where the snare and hi-hat "
        "strike; the third falls on the and of beat three of the third bar here, where the hi-hat strikes; the fourth "
        "falls just before the first beat of the fourth bar here, where the kick and hi-hat strike, a hair early for "
        "it; the second falls outside this window, so it is not placed here."), f.summary
    q = "cues at 1 s, 2 s, 3 s, 4 s and 20 s -- where do they fall in the bar?"
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 4 * BAR, q)
    assert f.summary.startswith("Of the times you name, the first falls on the third beat of the first bar here"), \
        f.summary
    assert "; the fifth falls outside this window, so it is not placed here; the fourth falls past the three placed " \
        "here (ask again with it)." in f.summary, f.summary
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 4 * BAR, "my hit point is at 20 s, where does it fall?")
    assert f.summary.startswith("The time you name falls outside this window, so nothing is placed there"), f.summary
    for q in ("is there a hit at 3 seconds in?", "is there a hit at around 3 seconds?"):  # points, said
        f = get_findings(lib, tid, ["drums", "bass"], 0.0, 4 * BAR, q)
        assert f.summary.startswith("That time falls on the third beat of the second bar here"), (q, f.summary)


def test_a_stretch_to_the_producers_tempo_and_a_tape_style_slowdowns_pitch_are_said(lib):
    """"want to drop his comp into my song, which is in E flat too but at 120 -- how much do I stretch it ... could I
    just slow it down tape-style instead of time-stretching?" (round 73's bv01, dev) got "Moved to E flat major (no
    move ...), and the chords bar by bar become ..." and no stretch. The stretch as a share of its speed, the pitch a
    tape-style slowdown costs, and a key already the one asked said as no move."""
    tid = make_track(lib.store, "e2" * 6 + "e4d3", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems=groove(16))
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 4 * BAR, "want to drop this groove into my song, which is at "
                     "100 -- how much do I stretch it, or could I just slow it down tape-style?")
    assert ("It runs at about a hundred and twenty BPM here, so to sit at a hundred it needs slowing to about eighty-"
            "three per cent of its speed; slowed tape-style instead, its pitch drops with it, about three semitones"
            ) in f.summary, f.summary
    from heuristics.describe import count_word
    assert [count_word(n) for n in (99, 100, 127, 240)] == ["ninety-nine", "a hundred", "a hundred and twenty-seven",
                                                            "two hundred and forty"]


def test_the_last_bar_of_a_stop_the_window_leaves_is_the_bar_before_the_band_comes_back(lib):
    """"want to add a drum fill at the end of this quiet stop -- where does the last bar of the stop start ... and
    what's sounding in that last bar?" over the stop and the verse's first bar (round 73's bv10, dev) got the window's
    last bar, the verse's: the stop's last bar is the one before the window's last change (the drums back)."""
    g = groove(16)
    g["drums"] = [n for n in g["drums"] if not BAR <= n["time_s"] < 3 * BAR]  # a two-bar stop, the drums back at bar 4
    tid = make_track(lib.store, "e2" * 6 + "e4d4", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 4 * BAR, "want to add a drum fill at the end of this stop -- "
                     "what's sounding in the last bar of the stop so the fill doesn't clash?")
    assert f.routing.bar == 3 and f.summary.startswith("In the third bar here"), (f.routing.bar, f.summary)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 4 * BAR, "what's sounding in the last bar?")
    assert f.routing.bar == 4, f.routing.bar  # the window's own last bar, as before


def test_the_twenty_ninth_sessions_wordings_leave_everyday_questions_as_they_were(lib):
    """A review of the session's rules on everyday wordings that share their words (misfires it found, mended): a
    span of seconds is no hit point, a count per bar no total, a song's length in bars no tempo, a fit no stretch, a
    drummer who drags under a tuner still drags, time between two drums no hole, the last bar of the section the
    window is still its last, the bass already there asked its roots is not a bass to add, building up is no purpose."""
    tid = make_track(lib.store, "e2" * 6 + "e4d5", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems=groove(16))

    def ask(q: str):
        return get_findings(lib, tid, ["drums", "bass"], 0.0, 4 * BAR, q)
    for q in ("in the first 6 seconds, where does the snare land?", "the intro lasts 4 seconds -- where does the snare "
              "come in?", "from 1 s to 6 s, where does the kick land?", "between 1 and 6 seconds, where does the kick "
              "land?", "the intro is 1-6 s, where does the snare land?"):
        f = ask(q)
        assert "That time falls" not in f.summary and "Of the times you name" not in f.summary, (q, f.summary)
    for q in ("how many kicks per bar?", "how many snares a bar on the backbeat?"):
        assert not ask(q).summary.startswith("As the drum reading hears it here"), q
    for q in ("my song is 64 bars long, what tempo should I set?", "I'm at 100 bpm in my session, does this groove "
              "fit my song?"):
        assert "per cent of its speed" not in ask(q).summary, q
    f = ask("my song is at 60 -- how much do I stretch this groove?")  # half its tempo: the same pulse
    assert "half its tempo: the same pulse counted another way, no stretch needed" in f.summary, f.summary
    assert ask("the tuner says the bass is fine, but does the drummer drag?").routing.tempo_asked
    assert ask("how much time between the kick and the snare?").routing.asks != "gaps"
    assert ask("what does the drummer play in the last bar of the chorus?").routing.bar == 4
    assert "For a bass here" not in ask("does the current bass play the roots every bar?").summary
    assert ask("building up to the chorus -- does the energy rise here?").routing.focus == "arc"


def test_how_many_semitones_asked_is_a_count_not_a_step(lib):
    """"want to mash this up with a track that's in A minor at 120 -- ... how much do I speed it up, how many semitones
    do I shift it?" (round 74's bw09, dev) read "Up a semitones, G minor here becomes G sharp minor": 'up' from 'speed
    it up' and the count's 'semitones' taken as a step of one. The key named is the move."""
    tid = make_track(lib.store, "e2" * 6 + "e4d7", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": chords_every_two_bars(), "drums": groove(16)["drums"]})
    f = get_findings(lib, tid, ["piano", "drums"], 0.0, 4 * BAR, "want to mash this up with a track that's in C "
                     "minor -- how much do I speed it up, how many semitones do I shift it?")
    assert "semitones, " not in f.summary and not f.summary.startswith("Up a"), f.summary
    assert f.summary.startswith("Moved to C minor (up three semitones from A minor here)"), f.summary


def test_a_crash_and_toms_asked_clean_are_said_struck_alone_or_not_and_lead(lib):
    """"building a sample pack off this punk kit -- can I get a clean kick, snare, crash and a tom out of this
    stretch, each with nothing else on it? where?" (round 71's bt11, dev) was led by where the cymbals fall (a
    narrative focus read from 'building'), and said "the toms is struck alone" and "no cymbals hit"."""
    g = groove(16)
    kit = [n for n in g["drums"] if n["pitch"] != 42] + [note(2 * BAR, 49, 0.5, 100)] + \
        [note(5 * BAR + 2.5 * P, 45, 0.2, 100), note(6 * BAR + 2.5 * P, 45, 0.2, 100),
         note(7 * BAR + 2.5 * P, 45, 0.2, 100)]
    tid = make_track(lib.store, "e2" * 6 + "e4c2", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": kit})
    said = get_findings(lib, tid, ["drums"], 0.0, 16.0, "building a sample pack off this kit -- can I get a clean "
                        "kick, snare, crash and a tom out of this stretch, each with nothing else on it? "
                        "where?").summary
    assert said.startswith("For clean hits, as far as the drum reading tells"), said
    assert re.search(r"the toms? (?:are|is) struck alone", said) and "the toms is" not in said, said
    assert "no cymbals hit" not in said and "cymbals is" not in said, said


def test_the_cymbals_asked_include_a_ride_kept_as_the_timekeeper():
    """The twenty-fifth session's sweep on Shadows (dev): "what's the drummer doing on the cymbals here?" put the one
    crash first and left the ride (read as a ringing hat on every eighth) out of the three classes said."""
    from frames.answers import pattern_sentence
    from heuristics.models import DrumPattern

    p = DrumPattern(bars=4, count_in="beats, with e / & / a between", positions={}, hits={"hihat": 32, "cymbal": 1,
                    "kick": 8, "snare": 8}, hihat_rings=True,
                    pattern={"kick": "on one and three", "snare": "on two and four", "hihat": "on every eighth",
                             "cymbal": "in scattered places, none fixed in the bar"})
    said = pattern_sentence(p, "cymbal")
    assert said.startswith("The cymbals play in scattered places, none fixed in the bar, the ride or open hi-hat on "
                           "every eighth, the kick on one and three and the snare on two and four."), said


def test_two_sections_levels_asked_are_compared_across_the_section_change(lib):
    """The twenty-fifth session's sweep on ft_ballad_eb54 (dev): "how loud does the chorus get compared to the
    verse?" got who carries the passage. The mix's level from the section change on against the bars before it."""
    g = groove(16)
    for n in g["drums"] + g["bass"]:
        n["velocity"] = 100 if n["time_s"] >= 4 * BAR else 50  # six decibels up from the fifth bar
    sections = [(0.0, 4 * BAR, "A"), (4 * BAR, 16.0, "B")]
    tid = make_track(lib.store, "e2" * 7 + "f7", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                     sections=sections)
    said = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "how loud does the chorus get compared to the verse?")
    assert said.summary.startswith("From the section change at the fifth bar here on, the mix is clearly louder than "
                                   "in the bars before it, by about six decibels."), said.summary


def test_a_parts_notes_asked_are_said_bar_by_bar_even_where_its_manner_changes(lib):
    """The twenty-fifth session's sweep on ft_ballad_eb54 (dev): "what notes is the bass playing?" over a verse's held
    roots into a chorus riff got the two manners and no note."""
    g = groove(16)
    held = [note(b * BAR, 45 if b % 2 == 0 else 43, BAR * 0.95) for b in range(4)]
    riff = [note(4 * BAR + k * P / 2, (45, 57, 52, 45)[k % 4], P / 2 * 0.8) for k in range(32)]
    tid = make_track(lib.store, "e2" * 7 + "f8", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": held + riff},
                     sections=[(0.0, 4 * BAR, "A"), (4 * BAR, 16.0, "B")])
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "what notes is the bass playing?")
    assert any(e.kind == "plays_differently" for e in f.events), [e.kind for e in f.events]
    assert f.summary.startswith("In the first bar here the bass plays A; in the second, G; in the third, A; in the "
                                "fourth, G; in the fifth"), f.summary


@pytest.mark.parametrize("hats, late_ms, said", [
    ("ands", 0.0, "The snare sits dead on the beat with the kick here"),
    ("ands", 25.0, "The snare lands about twenty-five milliseconds behind the kick's beat here: a laid-back backbeat."),
    ("ands", -25.0, "The snare lands about twenty-five milliseconds ahead of the kick's beat here: a pushed backbeat."),
    ("ands", 10.0, "The snare lands within about ten milliseconds of the kick's beat here, closer than the reading can "
                   "call a feel"),
    # a hat on every eighth keeps the snare's beats too: a late snare under its stroke is read at it (eval.backbeat)
    ("eighths", 0.0, "The snare reads with the kick's beat here, but the hi-hat is struck on the same beats"),
    ("eighths", -25.0, "The snare lands about twenty-five milliseconds ahead of the kick's beat here")])
def test_a_laid_back_backbeat_is_read_inside_the_kit(lib, hats, late_ms, said):
    """Round 55's bd02 (dev): "is the drummer laying the backbeat back behind the kick or sitting dead on it?" got
    "no millisecond offset between kick and backbeat". The snare's strokes on the beats against the kick's."""
    g = groove(16)
    drums = [dict(n, time_s=n["time_s"] + (late_ms / 1000.0 if n["pitch"] == 38 else 0.0)) for n in g["drums"]
             if not (hats == "ands" and n["pitch"] == 42 and round(n["time_s"] / P, 3) % 1 == 0)]
    last = {("ands", 0.0): "f9", ("ands", 25.0): "fa", ("ands", -25.0): "fb", ("ands", 10.0): "fc",
            ("eighths", 0.0): "fd", ("eighths", -25.0): "fe"}[(hats, late_ms)]
    tid = make_track(lib.store, "e2" * 7 + last, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": drums})
    f = get_findings(lib, tid, ["drums"], 0.0, 16.0, "is the drummer laying the backbeat back behind the kick or "
                                                     "sitting dead on it?")
    assert f.summary.startswith(said), f.summary


def test_a_second_line_on_new_notes_is_said_to_keep_the_first_lines_rhythm(lib):
    """Round 55's bd12 (dev): "can I paste the harmony under her second line, or is it a different tune?" got the
    chords her line implies. New notes on the first line's rhythm: said; a line on another rhythm is not."""
    def line(start_bar: int, pitches: list[int], rhythm: list[float]) -> list[dict]:
        return [note(start_bar * BAR + x * P, n, P * 0.4) for x, n in zip(rhythm, pitches)]
    rhythm = [k * 0.5 for k in range(16)] + [8.0, 9.0, 10.0, 11.0]
    first = line(0, [60, 62, 64, 62, 60, 62, 64, 65, 67, 65, 64, 62, 64, 65, 67, 69, 67, 65, 64, 62], rhythm)
    second = line(4, [67, 69, 71, 72, 71, 69, 67, 69, 71, 72, 74, 72, 71, 72, 74, 76, 74, 72, 71, 72], rhythm)
    g = groove(16)
    tid = make_track(lib.store, "e2" * 7 + "ff", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "vocals": first + second})
    q = "can I write the harmony for her first line and paste it under her second, or is the second a different tune?"
    said = get_findings(lib, tid, ["vocals"], 0.0, 16.0, q).summary
    assert said.startswith("The vocal line's two phrases are each new here: none sings an earlier one again; the "
                           "second keeps the first's rhythm on new notes."), said
    other = [note(4 * BAR + k * P, n, P * 0.9) for k, n in enumerate([67, 69, 71, 72, 71, 69, 67, 69, 71, 72, 74, 72])]
    off = make_track(lib.store, "e2" * 6 + "e3e3", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "vocals": first + other})
    said = get_findings(lib, off, ["vocals"], 0.0, 16.0, q).summary
    assert said.startswith("The vocal line's two phrases are each new here: none sings an earlier one again."), said


def test_a_bars_level_event_is_said_in_words_not_its_decibels(lib):
    """The twenty-fifth session's robustness sweep (seed 56, ft_ballad_eb54 degraded): "how does this section end?"
    raised, its bar's level event said with its decibels in digits ("the level drops by about 11 dB")."""
    g = groove(16)
    for n in g["drums"] + g["bass"]:
        n["velocity"] = 20 if 3 * BAR <= n["time_s"] < 4 * BAR else 100  # the fourth bar far quieter
    tid = make_track(lib.store, "e2" * 6 + "e3e4", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "what happens in the fourth bar?")
    assert any(e.kind == "level_down" and e.bar == 4 for e in f.events), [(e.kind, e.bar) for e in f.events]
    assert f.summary.startswith("In the fourth bar here, the level drops;"), f.summary


def test_a_parts_level_is_said_section_by_section_with_the_bars_it_sits_out(lib):
    """Round 55's bd11 (dev): "how hard is he playing in each part? does he come back as hard as the chorus, and is he
    ever out?" got the bass's phrases ("none plays an earlier one again"). Its level in each section, and its stop."""
    g = groove(16)
    vel = lambda t: 50 if t < 2 * BAR else 100 if t < 5 * BAR else 60  # noqa: E731
    g["bass"] = [dict(n, velocity=vel(n["time_s"])) for n in g["bass"] if not 5 * BAR <= n["time_s"] < 6 * BAR]
    sections = [(0.0, 2 * BAR, "A"), (2 * BAR, 5 * BAR, "B"), (5 * BAR, 16.0, "C")]
    tid = make_track(lib.store, "e2" * 6 + "e3e5", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                     sections=sections)
    q = "how hard is the bass playing in each part? does he come back as hard as the chorus, and is he ever out?"
    said = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, q).summary
    assert re.match(r"Section by section here, the bass[^:]*: from the third bar here it plays hardest; up to the first "
                    r"section change about six decibels under that; from the seventh bar here about \w+ decibels "
                    r"under that; it sits out from the sixth bar here\.", said), said
    assert "earlier one again" not in said


def test_how_many_bars_until_the_chorus_counts_to_the_section_change(lib):
    """The twenty-fifth session's sweep on ft_drive_ab152 (dev): "how many bars until the chorus?" got the window's
    length. The bars from the window's start to its section change."""
    g = groove(16)
    sections = [(0.0, 5 * BAR, "A"), (5 * BAR, 16.0, "B")]
    tid = make_track(lib.store, "e2" * 6 + "e3e6", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                     sections=sections)
    said = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0, "how many bars until the chorus?").summary
    assert said.startswith("The section change comes at the sixth bar here: about five bars of four beats from the "
                           "window's start."), said
    none = make_track(lib.store, "e2" * 6 + "e3e7", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, none, ["drums", "bass"], 0.0, 16.0, "how many bars until the chorus?").summary
    assert said.startswith("No section change falls inside this window"), said


def test_who_keeps_playing_where_the_band_stops(lib):
    """The twenty-fifth session's sweep on ft_drive_ab152 (dev): "where does the band stop, and who keeps playing?" got
    the events with no word of who is left. The biggest drop-out, and the parts that play on through it."""
    g = groove(16)
    g["drums"] = [n for n in g["drums"] if n["time_s"] < 4 * BAR]
    g["bass"] = [n for n in g["bass"] if n["time_s"] < 4 * BAR]
    g["guitar"] = [note(b * BAR + k * P, x, P * 0.9) for b in range(8) for k in range(4) for x in (60, 64, 67)]
    tid = make_track(lib.store, "e2" * 6 + "e3e8", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, tid, ["drums", "bass", "guitar"], 0.0, 16.0,
                        "where does the band stop, and who keeps playing?").summary
    assert "At the fifth bar here the drums and bass drop out; the guitar keeps playing." in said, said
    # a part that stopped before the drop does not keep playing: the guitar and singer drop out mid-bar, the bass gone
    # a beat before, the kit on alone (the thirty-seventh session's sweep on the degraded ballad's break, dev)
    g = groove(16)
    g["bass"] = [n for n in g["bass"] if n["time_s"] < 4 * BAR - P]
    g["guitar"] = [note(t, x, P * 0.9) for t in np.arange(0.0, 4 * BAR + 2 * P, P) for x in (60, 64, 67)]
    g["vocals"] = [note(t, 72, P * 0.9) for t in np.arange(0.0, 4 * BAR + 2 * P, P)]
    tid = make_track(lib.store, "e2" * 6 + "e530", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    # (the kit's spill in the bass's track after its last note, as on a degraded copy: a level, no strokes)
    lib.store.db.execute("UPDATE features SET energy_db = -45.0 WHERE track_id = ? AND stem = 'bass' AND time_s >= ?",
                         [tid, 4 * BAR])
    lib.store.db.conn.commit()
    said = get_findings(lib, tid, ["drums", "bass", "guitar", "vocals"], 0.0, 16.0,
                        "who drops out at the break and who's left?").summary
    assert "the drums keep playing" in said and "bass keep" not in said and "drums and bass keep" not in said, said


def test_the_harmony_sentence_after_the_chart_spells_its_key_out(lib):
    """The twenty-fifth session's sweep on GuitarSet (dev): "what's the strum pattern here?" ended "Harmonically it
    centres on Eb major": the sentence said after the chart bypassed the claims' spelling of keys."""
    g = groove(16)
    chords = [(51, 55, 58), (53, 56, 60), (56, 60, 63), (51, 55, 58)] * 2  # E flat, F minor, A flat, E flat
    g["guitar"] = [note(b * BAR + k * P, x, P * 0.5) for b, ch in enumerate(chords) for k in (0, 2, 3.5) for x in ch]
    tid = make_track(lib.store, "e2" * 6 + "e3e9", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"guitar": g["guitar"]}, key="Eb major", key_pc=3)
    said = get_findings(lib, tid, ["guitar"], 0.0, 16.0, "what's the strum pattern here?").summary
    assert "E flat major" in said and "Eb major" not in said, said


def test_a_part_asked_whether_it_changes_in_a_half_gets_that_halfs_events(lib):
    """The twenty-fifth session's sweep on GuitarSet (dev): "does the comp change in the second half?" got the chords.
    Asked whether anything changes in a half, the events there come first, whatever the route."""
    g = groove(16)
    g["bass"] = [n for n in g["bass"] if n["time_s"] >= 5 * BAR]  # the bass comes in at the sixth bar
    chords = [(57, 60, 64), (53, 57, 60), (55, 59, 62), (57, 60, 64)] * 2
    g["guitar"] = [note(b * BAR + k * P, x, P * 0.9) for b, ch in enumerate(chords) for k in range(4) for x in ch]
    tid = make_track(lib.store, "e2" * 6 + "e3ea", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, tid, ["guitar", "bass"], 0.0, 8 * BAR, "does the guitar's comp change in the second "
                                                                    "half?").summary
    assert said.startswith("At the sixth bar here the bass comes in"), said
    said = get_findings(lib, tid, ["guitar", "bass"], 0.0, 8 * BAR, "does the comp change in the first half?").summary
    assert said.startswith("Nothing enters, drops out or changes in the first half of this window."), said


def test_the_pitches_two_parts_share_are_said_bar_by_bar_and_where_the_lower_stays_under(lib):
    """Round 56's be11 (dev): "does the bass ever play the exact notes the keys are holding, or is he always below
    them?" got how often they start together. The very pitches both sound at once, by bar, and the bars where the
    bass stays under the keys' lowest note; a soft octave ghost in the keys' reading shares nothing."""
    g = groove(16)
    up = [(57, 60, 64), (57, 60, 64), (65, 69, 72), (65, 69, 72)]  # A minor (the bass's A3 inside), then F high
    keys = [note(b * BAR + k * P, x, P * 0.9, 90) for b, ch in enumerate(up) for k in range(4) for x in ch]
    keys += [note(b * BAR + k * P, 53, P * 0.9, 30) for b in (2, 3) for k in range(4)]  # a soft F3 ghost under F
    bass = [note(b * BAR + k * P, (45, 57, 52, 45)[k] if b < 2 else (41, 53, 48, 41)[k], P * 0.9, 100)
            for b in range(4) for k in range(4)]
    tid = make_track(lib.store, "e2" * 6 + "e3eb", duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": bass, "piano": keys})
    said = get_findings(lib, tid, ["bass", "piano"], 0.0, 8.0, "does the bass ever play the exact notes the keys are "
                                                                "holding, or is he always below them?").summary
    assert said.startswith("The bass and the piano sound the same pitch at once in the first and second bars here (A); "
                           "in the third and fourth bars here the bass stays under the piano's lowest note."), said
    # asked whether he sits on the keys' notes, a mix's pile-up to clear (round 114's dk07, dev: got the melody's reading)
    said = get_findings(lib, tid, ["bass", "piano"], 0.0, 8.0, "pile-up in the low mids -- is the bass player sitting "
                        "on the same notes the keys player is hitting? if they're doubled I'll cut one").summary
    assert said.startswith("The bass and the piano sound the same pitch at once in the first and second bars here (A)"), \
        said


def test_each_chord_is_said_with_how_long_it_holds_where_asked(lib):
    """The twenty-fifth session's read of Country1's verse (dev): "which chords should a pad hold, and for how many
    bars each?" got the chords and their usual pace, and "how many bars is each chord?" the window's length. Each
    chord is said with its length inside the window in bars and beats, a chord the window cuts into from its start."""
    g = groove(16)
    chart = [((57, 60, 64),) * 4, ((57, 60, 64),) * 4, ((53, 57, 60),) * 4, ((48, 52, 55),) * 2 + ((50, 54, 57),) * 2,
             ((50, 54, 57),) * 4, ((52, 56, 59),) * 4]  # A minor two bars, F, C then D, D, E
    g["guitar"] = [note(b * BAR + k * P, x, P * 0.9) for b, bar in enumerate(chart) for k, ch in enumerate(bar)
                   for x in ch]
    tid = make_track(lib.store, "e2" * 6 + "e3ec", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    ask = lambda q: get_findings(lib, tid, ["guitar"], P, 6 * BAR, q).summary  # noqa
    for q in ("adding a synth pad under this -- which chords should it hold, and for how many bars each?",
              "how many bars is each chord?", "what are the chords and how long does each one last?"):
        said = ask(q)
        assert said.startswith("Chord by chord here: A minor for a bar and three beats from the window's start, then "
                               "F for a bar, then C for two beats, then D for a bar and a half, then E for a bar."), said
        assert "The chords run" not in said, said  # the chart's own sentence not said again
    assert not ask("what are the chords here?").startswith("Chord by chord"), ask("what are the chords here?")


def test_the_held_notes_off_the_bands_tuning_are_named_with_their_place_and_way(lib):
    """Round 57's bf03 (dev): "which of his held notes are actually off, which way and by how much?" got the track's
    concert pitch. Each held note is read from the voice's f0 (not the transcription's notes): the ones a quarter of a
    semitone or more off are named, the rest said within; a bend up to the next note is no note held sharp."""
    sung = [note(k * 2 * P, (69, 72, 74, 71, 76, 72, 69, 74)[k], 2 * P - 0.1) for k in range(8)]
    off = {2: 35.0, 5: -28.0}  # the second bar's first note a third of a semitone sharp, the third's second flat
    tid = make_track(lib.store, "e2" * 6 + "e3ed", duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": sung, "drums": groove(8)["drums"]})
    rows = lib.store.db.execute("SELECT time_s FROM features WHERE track_id = ? AND stem = 'vocals'", [tid]).fetchall()
    for (t,) in rows:
        k = next((i for i, n in enumerate(sung) if n["time_s"] <= t < n["time_s"] + n["duration_s"]), None)
        if k is None:  # a breath between the notes
            lib.store.db.execute("UPDATE features SET pitch_hz = 0 WHERE track_id = ? AND stem = 'vocals' AND "
                                 "time_s = ?", [tid, t])
            continue
        n = sung[k]
        cents = off.get(k, 0.0)
        if k == 6:  # a bend: from on the note up to the next semitone through the note
            cents = 100.0 * (t - n["time_s"]) / n["duration_s"]
        hz = 440.0 * 2 ** ((n["pitch"] - 69) / 12) * 2 ** (cents / 1200)
        lib.store.db.execute("UPDATE features SET pitch_hz = ? WHERE track_id = ? AND stem = 'vocals' AND time_s = ?",
                             [hz, tid, t])
    lib.store.db.conn.commit()
    ask = lambda q: get_findings(lib, tid, ["vocals"], 0.0, 8.0, q).summary  # noqa
    for q in ("tuning his verse -- which of his held notes are actually off, which way and by how much?",
              "any notes that need pitch correcting?"):
        said = ask(q)
        assert said.startswith("Of the seven notes the vocals hold here (a third of a second or more), two sit a "
                               "quarter of a semitone or more off concert pitch: the D on the first beat of the second "
                               "bar here, about a third of a semitone sharp; the C on the third beat of the third bar "
                               "here, about a quarter of a semitone flat; the other five sit right on it."), said
    assert not ask("what notes are flat in this key?").startswith("Of the"), ask("what notes are flat in this key?")
    # asked in a second clause (round 108's de02, dev: the tuning alone was said)
    said = ask("tuning his half before I print -- is he in tune overall, or do I need to shift the whole track? and "
               "which of his longer notes are actually off, and which way?")
    assert "Of the seven notes the vocals hold here (a third of a second or more), two sit a quarter of a semitone " \
        "or more off concert pitch" in said, said


def test_a_parts_range_its_rhythm_against_the_kick_and_the_chords_under_long_notes_are_said_where_asked(lib):
    """The twenty-sixth session's sweep on ft_drive_e24 (dev): "what's the bass's range here?" got its usual span
    alone (E to A, where it reached down to C and up to B); "do the bass and kick play the same rhythm?" got the lock;
    "what chord is under her longest note?" the notes without their chords."""
    g = groove(16)
    bass = [note(k * P, (40, 43, 45, 43)[k % 4], P * 0.8) for k in range(32)]
    bass[5]["pitch"], bass[22]["pitch"] = 36, 59  # one low C and one high B among E to A
    g["bass"] = bass
    g["guitar"] = [note(b * BAR + k * P, x, P * 0.9) for b in range(8) for k in range(4)
                   for x in ((57, 60, 64), (53, 57, 60))[b % 2]]  # A minor, then F
    g["vocals"] = [note(b * BAR, 72, BAR - 0.1) for b in (1, 2)] + [note(3 * BAR + k * P, 71, P * 0.5)
                                                                     for k in range(4)]
    tid = make_track(lib.store, "e2" * 6 + "e3ee", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    ask = lambda stems, q: get_findings(lib, tid, stems, 0.0, 16.0, q).summary  # noqa
    said = ask(["drums", "bass"], "what's the bass's range here?")
    assert "from C up to the B nearly two octaves above, mostly from E up to A" in said, said
    said = ask(["drums", "bass"], "do the bass and kick play the same rhythm?")
    assert said.startswith("The bass lands with all sixteen of the kick's hits, and plays sixteen more notes between "
                           "them: on two and four."), said
    said = ask(["vocals", "guitar"], "what chord is under her longest note?")
    assert said.startswith("The vocals hold two long notes here, longest first: the C from the first beat of the third "
                           "bar here, about a bar, over A minor; and the C from the first beat of the second bar here, "
                           "about a bar, over F."), said


def test_a_part_with_no_note_at_its_entry_comes_in_where_its_level_rises(lib):
    """The twenty-sixth session's sweep on Punk (dev): a shouted pickup the transcription reads no note for, after a
    breath a beat early, came back "on the third beat of the second bar" where he comes in just after the fourth.
    Where no note starts near the part's first active stretch, it comes in where its level rises to near its usual."""
    g = groove(16)
    g["vocals"] = [note(BAR + 3 * P + 0.05, 72, 0.4)] + [note(2 * BAR + k * P, (72, 74, 76, 74)[k % 4], P * 0.8)
                                                          for k in range(8)]
    tid = make_track(lib.store, "e2" * 6 + "e3ef", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    first = g["vocals"][0]["time_s"]
    lib.store.db.execute("DELETE FROM notes WHERE track_id = ? AND stem = 'vocals' AND time_s < ?", [tid, first + 0.01])
    lib.store.db.execute("UPDATE features SET energy_db = -50 WHERE track_id = ? AND stem = 'vocals' AND time_s >= ? "
                         "AND time_s < ?", [tid, BAR + 2 * P + 0.25, first])  # a breath (or bleed) before it
    lib.store.db.conn.commit()
    said = get_findings(lib, tid, ["drums", "vocals"], 0.0, 4 * BAR, "which beat does the singer come in on?").summary
    assert said.startswith("The vocals come in on the fourth beat of the second bar here."), said


def test_two_parts_in_turn_or_together_and_an_ending_that_stops_dead_or_rings_are_said_where_asked(lib, monkeypatch):
    """Round 58's bg12 and bg08 (dev): "are they hitting at the same time or taking turns?" got the bass's manner and
    "the bass supports the piano", and the keys' track read the bass's spill as notes of its own on the beats;
    "does it ring out or stop dead?" was left open. How many notes start together and where each plays; the keys'
    copies of the bass's notes where their track holds spill are no notes they play with him; whether any note
    still sounds as the window ends."""
    g = groove(8)
    bass = [note(k * P, (45, 48, 52, 50)[k % 4], P * 0.9) for k in range(14)]  # (then a bar's silence)
    keys = [note(k * P + P / 2, x, P * 0.3) for k in range(14) for x in (64, 67, 72)]  # stabs on the ands
    keys += [note(k * P, bass[k]["pitch"], P * 0.3, 40) for k in range(0, 14, 2)]  # the bass's spill, soft
    tid = make_track(lib.store, "e2" * 6 + "e3f0", duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": bass, "piano": keys})
    lib.store.db.execute("UPDATE features SET spill = 1 WHERE track_id = ? AND stem = 'piano'", [tid])
    lib.store.db.conn.commit()
    ask = lambda stems, q: get_findings(lib, tid, stems, 0.0, 8.0, q).summary  # noqa
    q = "are the bass and keys hitting at the same time or taking turns?"
    said = ask(["bass", "piano"], q)
    assert said.startswith("In turn: none of the bass's notes start with the piano's."), said
    from heuristics import describe
    monkeypatch.setattr(describe, "_echoes", lambda a, b, tol: np.zeros(len(a.notes), dtype=bool))
    assert not ask(["bass", "piano"], q).startswith("In turn: none")  # (the spill read as the keys' own notes)
    monkeypatch.undo()
    said = ask(["bass", "piano"], "does it ring out or stop dead?")
    assert said.startswith("Nothing is struck after this window (it holds the track's last notes), so this is how "
                           "the record ends; it stops dead: the last notes struck are the piano's E, G and C"), said
    said = get_findings(lib, tid, ["bass", "piano"], 0.0, 6.7, "does it ring out or stop dead?").summary
    assert said.startswith("It rings on: the bass's"), said  # (its last note cut by the window)
    # the record's ending is every selected part's, the one the question names or not (round 91's cn11: "how does
    # this end? where does the singer finish?" got "the last note struck is the vocals' G sharp" over a last chord
    # the piano and bass struck after her, dev)
    said = ask(["bass", "piano"], "how does this end? where does the bass finish?")
    assert "the last notes struck are the piano's E, G and C" in said and "the bass's D" not in said.split(".")[0], \
        said


def test_a_lines_notes_past_a_named_note_are_said_bar_by_bar_and_a_double_planned_is_no_doubling_asked(lib):
    """Round 58's bg03 and bg05 (dev): "the flute's bottom note is middle C -- does she go below that anywhere?"
    got a caution that her doubling cannot be told (the flute's double was the producer's plan) and her range without
    its octaves; "her lowest string is the C two octaves below middle C" the bass's walk first ("double the walking
    bass" names the part). The notes past the named note, bar by bar, and how far the extreme lies from it."""
    g = groove(16)
    sung = [(72, 74, 71, 72), (67, 69, 71, 72), (74, 72, 71, 69), (67, 65, 67, 69)]  # G4 and F4 in the fourth bar
    g["vocals"] = [note(b * BAR + k * P, x, P * 0.9) for b, bar in enumerate(sung) for k, x in enumerate(bar)]
    tid = make_track(lib.store, "e2" * 6 + "e3f1", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    ask = lambda q: get_findings(lib, tid, ["vocals"], 0.0, 4 * BAR, q).summary  # noqa
    said = ask("my flute player wants to double her part at pitch -- the flute's bottom note is the A above middle "
               "C (A4). does she go below that anywhere?")
    assert said.startswith("Below the A above middle C the vocals sing G in the second bar here; G and F in the "
                           "fourth bar here; their lowest note, F, lies a third below it."), said
    assert "doubled cannot be told" not in said, said
    said = ask("does she go above C5 anywhere?")
    assert said.startswith("Above C five the vocals sing D in the first bar here; D in the third bar here; their "
                           "highest note, D, lies a step above it."), said
    said = ask("the harp's lowest string is the E above middle C -- does she go below that?")
    assert said.startswith("The vocals stay at or above the E above middle C here: their lowest note is F, a half "
                           "step above it."), said


def test_a_tempo_asked_as_a_slow_down_and_a_walking_bass_named_not_asked(lib):
    """Round 58's bg09 and bg05 (dev): "the quiet part feels like it slows right down -- did the tempo actually drop?"
    was not read as a tempo question; "double the walking bass" was answered "Yes: the bass walks" first."""
    g = groove(16)
    g["bass"] = [note(k * P, (45, 47, 48, 50)[k % 4], P * 0.9) for k in range(32)]
    tid = make_track(lib.store, "e2" * 6 + "e3f2", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 16.0,
                     "the second half feels like it slows right down -- did the tempo actually drop, or do I keep the "
                     "same grid?")
    assert f.routing.tempo_asked and f.summary.startswith("The tempo holds steady"), f.summary
    said = get_findings(lib, tid, ["bass"], 0.0, 16.0, "our cellist wants to double the walking bass at pitch -- her "
                                                       "lowest string is the C below middle C. does he go below it?").summary
    assert said.startswith("Below the C below middle C the bass plays"), said


def test_hats_ringing_in_a_crashs_wash_are_not_said_open(lib):
    """Round 59's bh05 (dev): a drummer who plays every hat closed was said to open two, each where a crash rang:
    hats struck with a crash, or ringing on in its wash, ring with it. A hat opened on its own is still said."""
    drums = []
    for k in range(32):  # four bars of eighths at 120: kick on one and three, snare on two and four
        t = k * P / 2
        drums.append(note(t, 46 if k == 15 else 42, 0.05, 70))  # the and of four of the second bar: opened
        if k % 4 == 0:
            drums.append(note(t, 36 if k % 8 == 0 else 38, 0.1, 100))
    drums.append(note(2 * BAR, 49, 0.5, 110))  # a crash on the third bar's one
    for d in drums:  # the hats in its wash read as ringing
        if d["pitch"] == 42 and 2 * BAR - 0.01 <= d["time_s"] <= 2 * BAR + 1.5 * P:
            d["pitch"] = 46
    tid = make_track(lib.store, "e2" * 6 + "e3f3", duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": drums})
    said = get_findings(lib, tid, ["drums"], 0.0, 8.0, "are the hats open or closed?").summary
    assert said.startswith("The hats are played closed but for one stroke left ringing open: on the and of four of "
                           "the second bar here, leading into the next bar."), said


def test_chords_struck_together_or_rolled_are_said_with_their_spread_and_way_where_asked(lib):
    """Round 59's bh03 (dev): "are the notes all together or rolled like a strum? which way, and by how many
    milliseconds?" was not measured. A chord's notes starting within about a hundredth of a second are together;
    spread over more, rolled, with the way they go."""
    voicing = (48, 52, 55, 60)
    for tid, roll in (("e2" * 6 + "e3f4", 0.0), ("e2" * 6 + "e3f5", 0.06), ("e2" * 6 + "e3f6", -0.06)):
        keys = [note(b * BAR + k * P + abs(roll) * j / 3, x, P * 0.8)
                for b in range(4) for k in (0, 2) for j, x in enumerate(voicing if roll >= 0 else voicing[::-1])]
        make_track(lib.store, tid, duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4", stems={"piano": keys})
    ask = lambda tid: get_findings(lib, tid, ["piano"], 0.0, 8.0, "are the chord notes all together or rolled like "  # noqa
                                   "a strum? which way?").summary
    said = ask("e2" * 6 + "e3f4")
    # (together as read: a struck part's notes are placed on the chord's first attack, so a roll under about forty
    # milliseconds is not taken apart -- round 125's dv08, dev: a 24-ms roll read "struck as one block, 0 ms")
    assert said.startswith("The piano's chord notes start together as read: struck or plucked at once, or rolled over "
                           "less than about forty milliseconds, which the reading does not take apart, so which note "
                           "sounds first is not read."), said
    # "is he late, early, or spreading the notes of each chord? ... which note sounds first" asks the roll, not the
    # voicings (round 125's dv08, dev: the voicings came first)
    said = get_findings(lib, "e2" * 6 + "e3f4", ["piano"], 0.0, 8.0, "is he late, early, or spreading the notes of "
                        "each chord? which note sounds first?").summary
    assert "start together as read" in said.split(". ")[0] + said.split(". ")[1], said
    assert "voicing" not in said.split(". ")[0], said
    said = ask("e2" * 6 + "e3f5")
    assert said.startswith("The piano rolls its chords: the notes spread over about sixty milliseconds, from the "
                           "lowest note up."), said
    said = ask("e2" * 6 + "e3f6")
    assert said.startswith("The piano rolls its chords: the notes spread over about sixty milliseconds, from the top "
                           "note down."), said


def test_the_asks_of_this_sessions_sentences_do_not_fire_on_questions_that_do_not_ask_them():
    """A review of the twenty-sixth session's sentences: a chord symbol is no note to stay under, a cut-off note is
    no note off pitch, a drum roll no rolled chord, a double that sounds so is no planned one, an entry at the same
    time is no question of turns; and the note words keep one accidental."""
    from frames.findings import (DOUBLE_PLAN, ENDING_ASKED, OFF_NOTES_ASKED, ROLL_ASKED, TURNS_ASKED, _note_limit)

    assert _note_limit("the b flat below middle c -- does she go below it?") == (58, "the B flat below middle C", True)
    assert _note_limit("her lowest string is the c two octaves below middle c. does he go below it?")[0] == 36
    assert _note_limit("does she go above c5 anywhere?") == (72, "C five", False)
    for q in ("what does the melody do over the g7?", "is the guitar playing an e5 power chord above the bass?",
              "what chord is under middle c?"):
        assert _note_limit(q) is None, q
    assert re.search(OFF_NOTES_ASKED, "which of his held notes are actually off, which way?")
    assert not re.search(OFF_NOTES_ASKED, "which notes does she cut off early?")
    assert re.search(ROLL_ASKED, "are the chord notes all together or rolled?")
    for q in ("is there a roll into the chorus?", "classic rock and roll feel on the guitar -- what chords?",
              "what's the roll-off on the keys?"):
        assert not re.search(ROLL_ASKED, q), q
    assert not re.search(DOUBLE_PLAN, "sounds like doubled vocals -- are they?")
    assert re.search(DOUBLE_PLAN, "my flute player wants to double her part at pitch")
    assert not re.search(TURNS_ASKED, "does the bass come in at the same time as the drums?")
    assert not re.search(ENDING_ASKED, "does the crash ring out too long?")


def _voice_over_a_groove(lib, suffix: str, vocals: list[dict], vibrato: dict | None = None) -> str:
    """A voice over sixteen seconds of bass and drums (a test track's id ending in ``suffix``)."""
    g = groove(16)
    g["vocals"] = vocals
    return make_track(lib.store, "e2" * 6 + suffix, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                      vibrato=vibrato)


def test_a_part_named_as_a_place_is_no_part_left_out_and_holding_those_notes_asks_the_held_notes(lib):
    """"in the quiet bit after the drum break her voice is one long wash -- is she actually holding those notes that
    long or is it reverb on the track?" over her and the keys (round 71's bt04, dev) got "The drums are not in this
    selection" and her phrases' shape. The drum break is where, not who; her held notes answer."""
    line = [note(b * BAR, (75, 77, 82, 80)[b], BAR - 0.1) for b in range(4)]
    tid = _voice_over_a_groove(lib, "e4c6", line)
    f = get_findings(lib, tid, ["vocals", "bass"], 0.0, 4 * BAR, "in the quiet bit after the drum break her voice is "
                     "one long wash -- is she actually holding those notes that long or is it reverb on the track?")
    assert re.match(r"The vocals hold \w+ long notes here", f.summary), f.summary
    assert "drums are not in this selection" not in f.summary, f.summary


def test_a_hole_asked_with_the_chord_under_it_and_the_note_back_and_a_planned_sax_is_no_part_lacking(lib):
    """"want a sax fill in the hole in her verse line around here -- where exactly does she stop and come back in,
    what chord's sitting under the hole, and what note does she come back on so the sax can lead into it?" (round 72's
    bu02, dev) got the bass's entry and "This track has no stem for the sax". Her hole leads, with the chord under it
    and the note she comes back on; the sax named again is still the producer's."""
    line = [note(i * P, (76, 74, 72, 74)[i % 4], P * 0.9) for i in range(8)] + \
        [note(3 * BAR + i * P, (79, 76, 74, 72)[i], P * 0.9) for i in range(4)]
    tid = _voice_over_a_groove(lib, "e4d0", line)
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 4 * BAR, "want a sax fill in the hole in her line -- "
                     "where exactly does she stop and come back in, what chord's sitting under the hole, and what "
                     "note does she come back on so the sax can lead into it?")
    first = f.summary.split(". ")[0]
    assert first.startswith("The vocals leave one hole"), f.summary
    assert first.endswith("the vocals come back on G"), f.summary
    assert "the chord under it is" in first, f.summary
    assert "no stem for the sax" not in f.summary, f.summary


def test_a_part_in_and_out_asked_what_it_shouts_gets_its_notes_and_how_much_room_asks_its_holes(lib):
    """"want backing vocals answering her little shouts in this chorus -- what's she shouting each time, how much room
    is there after each one before the next, and what notes should the answers use?" (round 72's bu12, dev) got the
    form, then "the vocals only come in for brief entries" and her entries one by one. A part in and out asked its
    notes gets them bar by bar; "how much room after each" asks its holes."""
    shouts = [n for b in (0, 2, 4, 6) for n in (note(b * BAR + 3 * P, 73, P / 2 * 0.9),
                                                note(b * BAR + 3.5 * P, 77, P * 0.9))]
    tid = _voice_over_a_groove(lib, "e4d1", shouts)
    f = get_findings(lib, tid, ["vocals", "bass"], 0.0, 8 * BAR, "want backing vocals answering her little shouts -- "
                     "what's she shouting each time, how much room is there after each one before the next?")
    assert f.summary.startswith("In the first bar here the vocals sing C sharp and F"), f.summary
    assert "holes of half a beat or more" in f.summary.split(". ")[1], f.summary


def test_roots_for_a_bass_the_producer_adds_and_broken_chords_bottoms_against_their_roots(lib):
    """"want to add a bass under the quiet section -- what root should it play each bar? are the keys already putting
    the roots at the bottom?" over rolling piano eighths in inversions (round 72's bu06, dev) got "whether the bass
    plays the roots cannot be read here" and "no voicing is read". The chart's roots, bar by bar, for the bass the
    producer adds; the keys' lowest notes against each bar's chord."""
    shapes = [(64, 69, 73, 76), (59, 64, 68, 71), (66, 69, 74, 78), (59, 64, 68, 71)]  # A/E, E/B, D/F#, E/B
    keys = [note(b * BAR + i * P / 2, shapes[b % 4][i % 4], P / 2 * 0.95) for b in range(8) for i in range(8)]
    tid = make_track(lib.store, "e2" * 6 + "e4d2", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="A major", key_pc=9, stems={"piano": keys, "drums": groove(16)["drums"]})
    f = get_findings(lib, tid, ["piano", "drums"], 0.0, 4 * BAR, "want to add a bass under this -- what root should "
                     "it play each bar? are the keys already putting the roots at the bottom?")
    first, second = f.summary.split(". ")[:2]
    assert first == "For a bass here the chords' roots run A, E, D and E, one a bar", f.summary
    assert second.startswith("The piano's lowest notes are E under A, B under E, F sharp under D and B under E: the "
                             "fifth, the fifth, the third and the fifth, so its chords sit in inversions"), f.summary


def test_a_part_sounding_through_the_window_asked_where_it_comes_in_gets_its_line_starts(lib):
    """"which bars does the singer come in on?" over the Rock multitrack's singer, breathing across the window's start
    and coming in just after beat four (the twenty-ninth session's read, dev), got "already playing as the window
    starts ... does not come in here". Lines starting inside the window are where it comes in."""
    line = [note(b * BAR + (3.25 * P if b else 0.0) + i * P / 2, (72, 74, 76, 74)[i % 4], P / 2 * 0.95)
            for b in range(4) for i in range(6 if b else 7)]
    tid = _voice_over_a_groove(lib, "e4d6", line)
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 4 * BAR, "which bars does the singer come in on?")
    assert f.summary.startswith("The vocals sound through the window,") and "coming in just after beat four of the " \
        "second bar here" in f.summary, f.summary


def test_a_pitch_corrector_set_to_a_key_is_asked_the_notes_outside_that_key_not_the_tempo(lib):
    """"got auto-tune on the guy's vocal set to G major with a fairly fast retune -- ... which of his notes is it going
    to drag somewhere wrong?" got the tempo, 'drag' read as the beat's (round 71's bt05, dev). A corrector's drag is a
    note's: the notes outside the key it is set to, bar by bar."""
    line = [note(i * P, (67, 69, 71, 74)[i % 4], P * 0.9) for i in range(4)] + \
        [note(BAR + i * P, (71, 73, 74, 71)[i], P * 0.9) for i in range(4)] + \
        [note(2 * BAR, 70, 2 * P), note(2 * BAR + 2 * P, 72, 2 * P * 0.9)] + \
        [note(3 * BAR + i * P, (71, 69, 67, 67)[i], P * 0.9) for i in range(4)]
    tid = _voice_over_a_groove(lib, "e4c1", line)
    f = get_findings(lib, tid, ["vocals"], 0.0, 4 * BAR, "got melodyne on her vocal locked to G major with a fast "
                     "retune -- which of her notes is it going to drag somewhere wrong?")
    assert not f.routing.tempo_asked, f.routing
    assert re.match(r"Outside G major, the vocals sing C sharp in the second bar here and (?:B flat|A sharp) in the "
                    r"third bar here\.", f.summary), f.summary


def test_a_lines_ties_over_the_bar_lines_are_said_where_asked(lib):
    """'Does she start her notes fresh on the one, or hold them over the bar line? which bar lines get a tie?' got where
    her lines start (round 61's bj03, dev): at each bar line, a note held over it (a tie), one pushed in just ahead of
    it and held over, a note struck on the one, or a rest. A voice on one of the first bar, a note from its third beat
    held into the second bar, a rest over the third bar's line, a note pushed in on the and of four held into the
    fourth; a scoop just ahead of a line is no tie."""
    tid = _voice_over_a_groove(lib, "e3f8", [note(0.0, 72, 2 * P * 0.95), note(2 * P, 76, 3.5 * P),
                                             note(2 * BAR + P, 74, 2 * P * 0.95), note(3 * BAR - 0.5 * P, 79, 1.5 * P),
                                             note(3 * BAR + 2 * P, 77, P * 0.95), note(4 * BAR - 0.2 * P, 74, 0.3 * P),
                                             note(4 * BAR + 0.1 * P, 76, 1.5 * P)])
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 5 * BAR, "does she start her notes fresh on the "
                     "one, or hold them over the bar line? which bar lines get a tie?")
    assert f.summary.startswith(
        "At its bar lines here the vocals hold a note over (a tie) into the second bar here (the E, from the third "
        "beat of the first bar here) and into the fourth bar here (the G, struck just ahead of the line, on or after "
        "the fourth beat of the third bar here); start a note fresh on the one of the fifth bar here; and "
        "rest over the line into the third bar here."), f.summary


def test_where_a_player_doubling_a_line_can_breathe_and_its_longest_stretch(lib):
    """'Our sax player is doubling her line -- where can he actually breathe, and what's the longest stretch he has to
    play without a break?' got whether the vocals are doubled (round 61's bj07, dev): the producer's own double is no
    doubling asked; the line's holes, and its longest stretch between them. A voice in eighths with a bar's rest after
    the first bar and after the fourth."""
    tid = _voice_over_a_groove(lib, "e3f9", [note(b * BAR + i * P / 2, 72 + i % 3, P / 2 * 0.95)
                                             for b in (0, 2, 3, 4, 6, 7) for i in range(8)])
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 8 * BAR, "our sax player is doubling her line -- "
                     "where can he actually breathe, and what's the longest stretch he has to play without a break?")
    assert f.summary.startswith(
        "The vocals leave two holes of half a beat or more here, each about four beats long, from the first beat of "
        "the second bar here and the first beat of the sixth bar here; the longest stretch without one runs about "
        "twelve beats (about three bars), from the end of the hole on the first beat of the second bar here to the "
        "hole on the first beat of the sixth bar here."), f.summary
    # (a hole starting a hair before a beat, her last eighth let go 12 ms before the bar line, starts on that beat:
    # a bass's rest at 29.49 s was labelled beat four of a 5/4 bar whose fifth beat falls at 29.5: round 77's report)


def test_a_singers_vibrato_is_said_where_asked(lib):
    """'Does he put vibrato on them? how fast and how wide, so I can set the LFO? and which notes get it?' was answered
    'not measured' (round 61's bj01, dev): the vibrato read at load (analysis.vibrato), its rate and depth in words
    and the notes that carry it, the other held notes straight; a guitar's vibrato said not measured; a track loaded
    before it was read said so."""
    voice = [note(0.0, 74, 2 * P * 0.95), note(2 * P, 77, 2 * P * 0.95), note(BAR, 76, 0.4 * P),
             note(BAR + P, 74, 3 * P * 0.95)]
    stretches = {"vocals": [[0.1, 0.9, 74, 5.4, 130.0], [BAR + P + 0.1, BAR + 4 * P - 0.1, 74, 5.6, 150.0]]}
    tid = _voice_over_a_groove(lib, "e3fa", voice, vibrato=stretches)
    q = "does he put vibrato on his long notes? how fast and how wide, so I can set the LFO? which notes get it?"
    f = get_findings(lib, tid, ["vocals"], 0.0, 2 * BAR, q)
    assert f.summary.startswith(
        "The vocals put vibrato on two notes here, about five and a half cycles a second and about a semitone and a "
        "half wide from top to bottom: the D on the first beat of the first bar here and the D on the second beat of "
        "the second bar here; the F on the third beat of the first bar here is held straight."), f.summary
    assert [v.rate_hz for v in f.presence[0].vibrato] == [5.4, 5.6]
    f = get_findings(lib, tid, ["vocals"], 0.0, BAR + P, "any vibrato on her notes?")  # the second cut off: not said
    assert f.summary.startswith("The vocals put vibrato on one note here"), f.summary
    # a swing of barely two cycles is a turn, no vibrato (vocadito's turn into a fall was told to a violinist as a
    # vibrato of 169 cents: round 75's bx01, dev); counted over the whole stored stretch, not its part in the window
    turn = {"vocals": [[0.1, 0.48, 74, 5.1, 169.0], [BAR + P + 0.1, BAR + 4 * P - 0.1, 74, 5.6, 150.0]]}
    f = get_findings(lib, _voice_over_a_groove(lib, "e4e1", voice, vibrato=turn), ["vocals"], 0.0, 2 * BAR, q)
    assert f.summary.startswith("The vocals put vibrato on one note here"), f.summary
    f = get_findings(lib, tid, ["vocals"], 0.0, 0.5, "any vibrato on her notes?")  # a long one cut by the window
    assert [v.rate_hz for v in f.presence[0].vibrato] == [5.4], f.presence[0].vibrato
    f = get_findings(lib, _voice_over_a_groove(lib, "e3fb", voice, vibrato={"vocals": []}), ["vocals"], 0.0, 2 * BAR,
                     q)
    assert f.summary.startswith("The vocals hold their notes straight here: no regular swing of pitch (a vibrato) "
                                "on any of them"), f.summary
    f = get_findings(lib, _voice_over_a_groove(lib, "e3fc", voice), ["vocals"], 0.0, 2 * BAR, q)
    assert f.summary.startswith("The singer's vibrato was not read for this track"), f.summary
    f = get_findings(lib, tid, ["bass"], 0.0, 2 * BAR, "any vibrato on the bass?")
    assert f.summary.startswith("Vibrato is read from a singer's pitch only: the bass's vibrato is not measured"), \
        f.summary
    f = get_findings(lib, tid, ["bass", "drums"], 0.0, 2 * BAR, "is there any vibrato in here?")
    assert f.summary.startswith("Vibrato is read from a singer's pitch only, and no vocals are selected here."), \
        f.summary


def test_a_parts_accents_and_its_level_are_said_over_a_long_window(lib):
    """'Programming his line into MIDI -- does he accent anything, like the downbeats? how much should the velocities
    wander, and does he play softer once she comes in?' over sixteen bars got the line's shape (round 62's bk11, dev):
    a part's accents are read over a window of any length, and its own level where asked. Eighth-note strums over
    fourteen bars, the beats louder than the ands."""
    strum = [note(i * P / 2, x, P / 2 * 0.4, 110 if i % 2 == 0 else 70) for i in range(160) for x in (57, 60, 64)]
    tid = make_track(lib.store, "e2" * 6 + "e3fd", duration_s=42, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"guitar": strum})
    f = get_findings(lib, tid, ["guitar"], 0.0, 14 * BAR, "does he accent anything? how much should the velocities "
                     "wander, and does he play softer later on?")
    assert f.summary.startswith("The guitar's strokes on the beats are louder than those between them: the accents "
                                "fall on the beats. The guitar's level"), f.summary


def test_parallel_fifths_and_octaves_between_two_lines_are_said_where_asked(lib):
    """'Check the bass against the singer's line for parallel fifths or octaves -- are there any? exactly where?' was
    answered 'not checked' (round 62's bk07, dev): where both lines move the same way from a fifth (an octave) into
    the next. A bass walking C, D, E, F under a voice on G, A, G, C: fifths into beat two, none after (the voice falls
    while the bass rises, then a sixth into a fifth), then a second bar of octaves in parallel."""
    bass = [note(i * P, x, P * 0.9) for i, x in enumerate((48, 50, 52, 53, 43, 45, 47, 48))]
    voice = [note(i * P, x, P * 0.9) for i, x in enumerate((67, 69, 67, 72, 67, 69, 71, 72))]
    tid = make_track(lib.store, "e2" * 6 + "e3fe", duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="C major", key_pc=0, stems={"bass": bass, "vocals": voice})
    f = get_findings(lib, tid, ["vocals", "bass"], 0.0, 2 * BAR, "any parallel fifths or octaves between the bass "
                     "and her line? exactly where?")
    assert f.summary.startswith(
        "Between the bass and the vocals here, as transcribed: parallel fifths into the second beat of the first bar "
        "here (the bass C to D under the vocals' G to A), parallel octaves into the second beat of the second bar here "
        "(the bass G to A under the vocals' G to A), parallel octaves into the third beat of the second bar here (the "
        "bass A to B under the vocals' A to B) and parallel octaves into the fourth beat of the second bar here (the "
        "bass B to C under the vocals' B to C); no other parallel fifths or octaves."), f.summary
    f = get_findings(lib, tid, ["vocals", "bass"], P, BAR + P, "are there parallel fifths in here?")
    assert f.summary.startswith("No parallel fifths or octaves are read between the bass and the vocals here"), \
        f.summary


def test_where_a_part_strikes_a_named_note_is_said_where_asked(lib):
    """'The F sharp just above middle C on my stage piano is dead -- does the keys part need that key? where?' got the
    chart (round 62's bk09, dev): where the part strikes that very note, how often and under which chords; a note it
    never strikes said so, with the octaves it does play it in. E and B in turn, the B shape topped by F sharp 4."""
    tid = _strums_over_a_walk(lib, "e2" * 6 + "e3ff", ((52, 56, 59), (54, 59, 66), (52, 56, 59), (54, 59, 66)),
                              ((40, 44, 47, 44), (47, 51, 54, 51), (40, 44, 47, 44), (47, 51, 54, 51)), "E major", 4)
    f = get_findings(lib, tid, ["guitar", "bass"], 0.0, 4 * BAR, "the F sharp just above middle C is dead on my "
                     "keyboard -- does the guitar part need that key? where?")
    assert f.summary.startswith("The guitar strikes the F sharp just above middle C eight times here, in the second "
                                "and fourth bars here (under B each time); no other bar here touches it."), f.summary
    f = get_findings(lib, tid, ["guitar", "bass"], 0.0, 4 * BAR, "the G sharp above middle C is dead -- does the "
                     "guitar need it?")
    assert f.summary.startswith("The guitar never strikes the G sharp above middle C here; its G sharps are an "
                                "octave lower."), f.summary


@pytest.mark.parametrize("asked,question,fires", [
    ("VIBRATO_ASKED", "does he put vibrato on his long notes? how fast and how wide?", True),
    ("VIBRATO_ASKED", "does her voice wobble on the held notes?", True),
    ("VIBRATO_ASKED", "does the bass wobble here?", False),
    ("VIBRATO_ASKED", "is the timing wobbly in the second verse?", False),
    ("VIBRATO_ASKED", "should I sync the LFO to the tempo?", False),
    ("TIE_ASKED", "which bar lines get a tie?", True),
    ("TIE_ASKED", "does she hold her notes over the bar line?", True),
    ("TIE_ASKED", "is the kick tied to the bass?", False),
    ("TIE_ASKED", "can I tie these two loops together?", False),
    ("TIE_ASKED", "does the chord change hold over the bar?", False),
    ("REACH_ASKED", "she's got small hands -- any chords wider than an octave?", True),
    ("REACH_ASKED", "can he reach a tenth with his left hand here?", True),
    ("REACH_ASKED", "does the melody reach the high note over the chord change?", False),
    ("REACH_ASKED", "can I time-stretch these chords to the new tempo?", False),
    ("CLEAN_HITS_ASKED", "I want a kick that has nothing else struck at the same moment", True),
    ("CLEAN_HITS_ASKED", "nothing else is playing under the vocal here, right?", False),
    ("LEVEL_RIDE_ASKED", "does he play softer once she comes in?", True),
    ("LEVEL_RIDE_ASKED", "how much should the velocities wander?", True),
    ("LEVEL_RIDE_ASKED", "is the singing louder than the bass in the mix?", False),
    ("LEVEL_RIDE_ASKED", "what velocity range should I program for the bass?", False),
    ("DOUBLE_PLAN", "our sax player is doubling her line from the verse", True),
    ("DOUBLE_PLAN", "the synth is doubling the bass, right?", False),
    ("DOUBLE_PLAN", "doubling the end of her verse on vibes -- what are the notes?", True),
    ("DOUBLE_PLAN", "who is doubling the bass in the chorus?", False),
    ("DEGREE_ASKED", "my daughter wants to play the third and fourth lines on her recorder -- what notes?", False),
    ("DEGREE_ASKED", "does the bass play the third and fifth of each chord?", True),
    ("LOOP_ASKED", "making an extended mix -- can I just loop half of this hook to make it longer?", True),
    ("LOOP_ASKED", "is the second half the same as the first, and where do I cut?", True),
    ("LOOP_ASKED", "does the bass play in the first half of the bar?", False),
    ("LOOP_ASKED", "the second half feels like it slows right down -- or do I keep the same grid?", False),
    ("LOOP_ASKED", "is the second verse the same as the first?", False),
    ("LOOP_ASKED", "i'm looping the drum part - is the bass in time?", False),
    ("LOOP_ASKED", "what's the tempo of the second half, does it match the first?", False),
    ("DEGREE_ASKED", "how does the third and final verse end?", False),
    ("DOUBLE_PLAN", "want our dobro to double his first line -- what notes does he sing?", True),
    ("PARALLEL_ASKED", "any parallel fifths between the bass and her line?", True),
    ("PARALLEL_ASKED", "what are the parallels between the verse and chorus?", False),
])
def test_the_twenty_seventh_sessions_asks_fire_on_their_questions_and_not_on_everyday_ones(asked, question, fires):
    """The review of the twenty-seventh session's rules (dev): each new ask fires on its own question and not on an
    everyday one that shares a word ("tied to the bass", "time-stretch these chords", "sync the LFO to the tempo")."""
    import re

    import frames.findings as fi

    assert bool(re.search(getattr(fi, asked), question.lower())) == fires


def test_a_double_the_producer_plans_with_a_player_gets_the_line_not_a_doubling_verdict(lib):
    """'Want our dobro to double his first line -- what notes does he sing, and where are the slides?' led with two
    doubling sentences (round 64's bm04, dev): a player of the producer's doubling a part is no relation between two
    parts here; the line's notes come first."""
    tid = _voice_over_a_groove(lib, "e3f9", [note(b * BAR + i * P / 2, 72 + i % 3, P / 2 * 0.95)
                                             for b in (0, 2, 3, 4, 6, 7) for i in range(8)])
    f = get_findings(lib, tid, ["vocals", "bass"], 0.0, 2 * BAR, "want our dobro to double her first line -- what "
                     "notes does she sing?")
    assert f.summary.startswith("In the first bar here the vocals sing"), f.summary


def test_a_band_instrument_the_track_lacks_is_said_lacking_not_answered_as_another_part(lib):
    """'Does the flute have vibrato? how fast?' over a voice, bass and drums got the singer's vibrato as if it were the
    flute's (the twenty-seventh session's sweep, dev): a band instrument no stem is named for is heard in the 'other'
    stem; where the track has none, the answer says so first. The producer's own flute ("for our flute to double") is
    no part asked about."""
    from analysis.core.vocabulary import named_stems

    assert named_stems("what's the sax doing in the second bar?") == ["other"]
    assert named_stems("is the guitar doubled by the trumpet?") == ["guitar", "other"]
    assert named_stems("my flute player wants to double her part -- the flute's bottom note is middle C") == []
    assert named_stems("writing out her line for our flute to double") == []
    # (one that will play, and a later mention of one the producer writes for: round 65's bn04 and bn05, dev)
    assert named_stems("the fiddle's going to play his last two lines back at him -- what's he singing?") == ["vocals"]
    assert named_stems("writing a sax line above his comp -- don't want the sax ducking under him") == []
    tid = _voice_over_a_groove(lib, "e4a0", [note(b * BAR + i * P, 72 + i % 3, P * 0.95)
                                             for b in range(4) for i in range(4)])
    f = get_findings(lib, tid, ["vocals"], 0.0, 4 * BAR, "does the flute have vibrato on it? how fast?")
    assert "This track has no stem for the flute (its stems are the drums, bass and vocals), so this answer is " \
        "about the vocals." in f.summary, f.summary
    f = get_findings(lib, tid, ["vocals"], 0.0, 4 * BAR, "writing out her line in these bars for our flute to double "
                     "-- what notes?")
    assert "flute" not in f.summary, f.summary
    # a plan before a dash ends there; a later clause asking what the track already has asks the track's flute
    # ("I need some flute lines -- does the flute already have vibrato?" lost the notice: the twenty-ninth session's
    # review)
    for q in ("I need some flute lines -- does the flute already have vibrato?", "I need some flute lines \u2014 does "
              "the flute already have vibrato?", "laying down a flute line -- does the flute already have vibrato?",
              "writing a flute part -- is there any flute on the track?"):
        f = get_findings(lib, tid, ["vocals"], 0.0, 4 * BAR, q)
        assert "This track has no stem for the flute" in f.summary, (q, f.summary)
    for q in ("need a flute answer -- does the flute clash with her already?", "need a flute answer -- where in the "
              "track's second bar should the flute come in?"):  # the producer's planned flute, still
        assert "no stem" not in get_findings(lib, tid, ["vocals"], 0.0, 4 * BAR, q).summary, q


def test_a_voice_running_on_over_a_bar_line_is_no_rest_there(lib):
    """'Which bar lines get a tie?' over Country1's singer said he rests over a line where his G sounds up to it and
    his voice scoops on into a B (the twenty-seventh session's sweep, dev): a note sounding up to the line whose f0
    runs on, unbroken, into a note reached just after it, is no rest. A G up to the second bar's line, a scoop (in the
    f0, no note of its own) into a B; a real rest over the third bar's line."""
    tid = _voice_over_a_groove(lib, "e4a1", [note(BAR - 3 * P, 67, 3 * P - 0.06), note(BAR + 0.16, 71, 1.5 * P),
                                             note(BAR + 2 * P, 69, 1.5 * P), note(2 * BAR + P, 72, 1.5 * P)])
    lib.store.db.execute("update features set pitch_hz = ?, energy_db = -22 where track_id = ? and stem = 'vocals' "
                         "and time_s > ? and time_s < ?", [440.0, tid, BAR + 0.03, BAR + 0.17])
    lib.store.db.conn.commit()
    f = get_findings(lib, tid, ["vocals", "bass", "drums"], 0.0, 3 * BAR, "does he hold his notes over the bar "
                     "lines? which bar lines get a tie?")
    assert f.summary.startswith(
        "At its bar lines here the vocals run on over the line without a break from the G into the B just after the "
        "one of the second bar here; and rest over the line into the third bar here: no tie across a bar line."), \
        f.summary


def test_a_chords_third_is_the_one_the_chord_parts_voice_not_a_walking_bass_passing_note(lib):
    """'Writing a horn pad on the third of each chord' over a swing head read its last bar's E minor as E (round 61's
    bj08, dev): the guitar's short stabs voice G, the bass walks E, G sharp, B, F sharp through the bar, and the bass's
    longer G sharp outweighed them. The chord's third is the one the chord parts voice where they voice one."""
    guitar = [note(b * BAR + i * P, x, 0.12) for b, shape in enumerate(((55, 59, 62, 67), (52, 64, 67, 71)))
              for i in range(3) for x in shape]
    bass = [note(b * BAR + i * P, x, P * 0.95) for b, walk in enumerate(((43, 47, 50, 47), (40, 44, 47, 42)))
            for i, x in enumerate(walk)]
    tid = make_track(lib.store, "e2" * 6 + "e4a2", duration_s=10, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="G major", key_pc=7, stems={"guitar": guitar, "bass": bass})
    f = get_findings(lib, tid, ["guitar", "bass"], 0.0, 2 * BAR, "what chords are these?")
    assert [b.chords for b in f.harmony.chart.bars] == [["G"], ["Em"]], f.summary


def test_a_lines_notes_are_said_where_a_clause_asks_them_beside_one_asking_the_notes_outside_the_key(lib):
    """'Doubling the end of her verse on vibes -- what are the notes, and is there anything outside the key?' got the
    two parts' relation and the note outside the key, not her notes (round 65's bn10, dev); 'what are the actual
    notes?' got her register (round 65's bn12, dev). The producer's own doubling is no relation asked; a clause asking
    the notes gets them bar by bar, whatever another clause asks. Round 66's bo01 and bo02 (dev): "our trumpet
    player's doubling the girl's line from about here to where she stops" got a doubling verdict, "pedal steel's gonna
    echo his last line -- what's he singing from about here till he stops?" a caution that effects are not measured
    and the window's form: a player of the producer's doubling is no relation asked, "till he stops" marks where the
    window ends, "what's he singing" asks the notes, and a pedal steel is no effects pedal."""
    tid = _voice_over_a_groove(lib, "e4a3", [note(b * BAR + i * P, (72, 74, 76, 74)[i], P * 0.95)
                                             for b in range(4) for i in range(4)])
    for question in ("doubling the end of her verse on vibes -- the last two bars. what are the notes, and is there "
                     "anything outside the key I should watch for?",
                     "want a glockenspiel to shadow her line -- she wobbles round one note, but what are the actual "
                     "notes?",
                     "our trumpet player's doubling the girl's line from about here to where she stops -- what notes "
                     "is she singing and roughly where do they fall?",
                     "pedal steel's gonna echo his last line of the second verse right after he sings it -- what's he "
                     "singing from about here till he stops?",
                     "what are the vocals singing here?",  # (the twenty-ninth session's review: no notes)
                     "what's the lead vocal singing?"):
        f = get_findings(lib, tid, ["vocals", "bass"], 0.0, 2 * BAR, question)
        # (asked where they fall, each note with its place: round 122's ds06, dev)
        said = "C on one, D on two, E on three and D on four" if "where do they fall" in question else "C, D, E and D"
        assert f.summary.startswith(f"In each of the two bars here the vocals sing {said}."), f.summary


def test_a_melodys_range_is_the_span_of_the_parts_own_notes_not_of_a_stray(lib):
    """Round 65's bn01 packet gave a singer's phrase a range of 32 semitones beside her lowest and highest notes,
    A2 to E flat 3 (dev): the melody's ranges came from every transcribed note, a quiet stray two octaves up among
    them. They are the part's own notes' span (Presence.lowest_highest), each phrase's no wider."""
    v = [note(b * BAR + i * P, (72, 74, 76, 74)[i], P * 0.95) for b in range(4) for i in range(4)]
    tid = _voice_over_a_groove(lib, "e4a4", v + [dict(note(0.55, 96, 0.05), velocity=20)])
    f = get_findings(lib, tid, ["vocals"], 0.0, 2 * BAR, "how does her melody move?")
    assert f.presence[0].lowest_highest == "C5–E5"
    assert f.melody.range_semitones == 4 and max(p.range_semitones for p in f.melody.phrases) == 4, f.melody


def test_a_lines_notes_against_the_chords_name_each_chord_as_the_chart_spells_it():
    """Round 65's bn04 packet charted B flat major seven and listed the singer's G over 'A#maj7' (dev): the chart is
    spelled in the passage's key; the chords a line's notes are set against, and the notes, are spelled the same
    way."""
    from frames.findings import spelled_in
    from heuristics.models import BarChord, ChordGrid, LineFit, OffNote

    g = ChordGrid(bars=[BarChord(bar=1, chords=["A#maj7"])], progression=["A#maj7"], bars_each=[1.0],
                  harmonic_rhythm="one chord throughout", implied=True,
                  line_fits=[LineFit(stem="vocals", notes=4, chord_tones=3, outside_on_beat=1,
                                     on_beat=[OffNote(bar=1, note="G#", chord="A#maj7")],
                                     degree_notes={"root": [OffNote(bar=1, note="Bb", chord="A#maj7")]})])
    f = spelled_in(g, "F major")
    assert f.progression == ["Bbmaj7"] and f.line_fits[0].on_beat[0].chord == "Bbmaj7"
    assert f.line_fits[0].on_beat[0].note == "Ab"  # (the note too: "G sharp against B flat major seven" read oddly)
    assert f.line_fits[0].degree_notes["root"][0].chord == "Bbmaj7"


def test_a_voices_last_and_held_notes_leave_out_a_leak_far_below_her_line(lib):
    """Round 65's bn06 packet (dev): a degraded singer's range read G sharp 5 to C sharp 6 while her last note was
    given as C sharp 2 and her longest held note as F sharp 3, both another part leaking into her track. Her sung
    notes are read without those more than an octave from her middle, as her range already was."""
    v = [note(b * BAR + i * P, (72, 74, 76, 74)[i], P * 0.95) for b in range(3) for i in range(4)]
    tid = _voice_over_a_groove(lib, "e4a6", v + [note(3 * BAR, 38, 3 * P)])
    f = get_findings(lib, tid, ["vocals"], 0.0, 4 * BAR, "what's her last note, and which notes does she hold?")
    p = f.presence[0]
    assert p.lowest_highest == "C5–E5" and p.last_notes == ["D5"], (p.last_notes, p.lowest_highest)
    assert all(h.note != "D2" for h in p.held), p.held


def test_a_stroke_a_hair_before_the_windows_first_beat_counts_in_its_bars_rhythm(lib):
    """Round 65's bn07 packet (dev): a walking bass's bar at the window's start read "on two" beside that bar's two
    notes, its note on the one struck a hair before the window's first tracked beat and left out of the rhythm. A
    bass in quarters, each 20 ms ahead of its beat, asked from its first note."""
    g = groove(16)
    g["bass"] = [note(k * P - 0.02, (45, 48, 52, 55)[k % 4], P * 0.9) for k in range(4, 32)]
    tid = make_track(lib.store, "e2" * 6 + "e4a7", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["bass"], BAR - 0.02, 3 * BAR - 0.02, "what rhythm is the bass playing?")
    p = f.presence[0]
    assert p.rhythm_by_bar[:1] == ["quarters"], (p.rhythm_by_bar, p.bar_places)


def test_a_solo_the_producer_will_take_is_no_part_of_the_track(lib):
    """Round 66's bo06 (dev): "gonna take a slow guitar solo over the outro -- what scale do I use?" over keys and
    bass got "This track has no guitar stem" and that a lead inside the piano's track is not read apart from its
    chords: the producer's own solo is no part asked of the track."""
    keys = [note(b * BAR, x, BAR * 0.95) for b, shape in enumerate(((49, 52, 56), (45, 49, 52), (52, 56, 59)) * 2)
            for x in shape]
    bass = [note(b * BAR, x, BAR * 0.9) for b, x in enumerate((37, 33, 40) * 2)]
    tid = make_track(lib.store, "e2" * 6 + "e4a9", duration_s=14, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="C# minor", key_pc=1, stems={"piano": keys, "bass": bass})
    f = get_findings(lib, tid, ["bass", "piano"], 0.0, 3 * BAR, "gonna take a slow guitar solo over the outro -- what "
                     "scale do I use, and what notes should I aim for as each chord goes by?")
    assert "guitar stem" not in f.summary and "lead line" not in f.summary, f.summary


def test_where_theres_actually_room_asks_the_gaps():
    """Round 66's bo08 (dev): "where's there actually room, and what note should she go for?" went to the tension:
    an adverb between "where's there" and "room" still asks where the part leaves room."""
    from frames.routing import asks_of

    assert asks_of("our backing singer wants to throw an ad-lib in somewhere -- where's there actually room?",
                   ["vocals"])[0] == "gaps"


def test_the_charts_numerals_count_from_the_key_the_window_is_said_to_be_in(lib):
    """Round 66's bo11 packet (dev): a swing solo's A minor to D was said to centre on G major, the song's key, while
    its numerals were counted in A major ("i, IV"): the numerals came from the window's raw profile key, the key said
    from the chords' home. They count from the key said (the song's, where the two share a signature)."""
    tid = _strums_over_a_walk(lib, "e2" * 6 + "e4b1", ((57, 60, 64), (50, 54, 57)) * 2,
                              ((45, 48, 52, 48), (38, 42, 45, 44)) * 2, "G major", 7)
    f = get_findings(lib, tid, ["guitar", "bass"], 0.0, 4 * BAR, "what chords are these, in numbers?")
    hm = f.harmony
    assert hm.chart.numerals_key == hm.key_in_window and hm.chart.numerals[:2] == ["ii", "V"], \
        (hm.key_in_window, hm.chart.numerals_key, hm.chart.numerals)


def test_the_twenty_eighth_sessions_wordings_leave_everyday_questions_as_they_were():
    """The review of the twenty-eighth session's rules (dev): a band instrument is the producer's only where the ask
    makes it so ("is the guitar doubling the sax?" asks of the track; "fiddle with the EQ" names no fiddle); a doubling
    of the parts asked bare ("bass and guitar - doubling or not?") is still their relation; a solo someone in the track
    takes is still asked of it; "what's he singing about?" asks no notes."""
    import re

    import frames.findings as fi
    from frames.routing import asks_of

    assert named_stems("is the guitar doubling the sax?") == ["guitar", "other"]
    assert named_stems("the trumpet will come in at bar 9, right?") == ["other"]
    assert named_stems("I don't want to fiddle with the eq, is the bass muddy?") == ["bass"]
    for question in ("bass and guitar - doubling or not?", "bass and guitar. doubling each other in the chorus?"):
        assert asks_of(question, ["bass", "guitar"])[0] == "interaction", question
    assert re.search(fi.LEAD_PART_ASKED, re.sub(fi.SOLO_PLAN, " ", "does the keyboard player take a piano solo here?"))
    assert not re.search(fi.NOTES_NAMED_ASKED, "what's he singing about in this verse?")


def test_a_voice_alone_has_its_beats_said_tracked_from_her_notes(lib):
    """Round 67's bp04 (dev): an unaccompanied singer's take was given "eight bars at 58.5 BPM" as if a band kept
    them: where the track holds a voice alone, the meter says its beats are tracked from her notes, a guide."""
    v = [note(b * BAR + i * P, (72, 74, 76, 74)[i], P * 0.95) for b in range(4) for i in range(4)]
    tid = make_track(lib.store, "e2" * 6 + "e4b2", duration_s=10, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": v})
    f = get_findings(lib, tid, ["vocals"], 0.0, 4 * BAR, "what's the tempo and how many bars is this?")
    assert "tracked from the voice alone" in f.meter.words, f.meter.words
    g = _voice_over_a_groove(lib, "e4b3", v)
    f = get_findings(lib, g, ["vocals"], 0.0, 4 * BAR, "what's the tempo and how many bars is this?")
    assert "voice alone" not in f.meter.words, f.meter.words


def test_a_parts_level_shifting_a_touch_is_said_where_no_step_clears_a_fader_move(lib):
    """Round 67's bp11 (dev): "does she play any harder once the band comes in?" over keys struck a notch harder from
    the verse got "no stretch of its notes steps up or down by four decibels or more" alone: where no stretch steps
    that far, the most it shifts is said as a touch, with where. A voice three decibels up from its third bar."""
    v = [dict(note(b * BAR + i * P, (72, 74, 76, 74)[i], P * 0.95), velocity=71 if b < 2 else 100)
         for b in range(4) for i in range(4)]
    tid = _voice_over_a_groove(lib, "e4b4", v)
    f = get_findings(lib, tid, ["vocals"], 0.0, 4 * BAR, "does she sing any louder once the band comes in?")
    assert "the most it shifts is a touch up, about three decibels from the first beat of the third bar here" \
        in f.summary, f.summary


def test_round_68s_asks_a_key_by_name_no_capo_our_singer_and_the_kicks_hits(lib):
    """Round 68's bq05 and bq01 (dev): "our singer wants this in C, guitarist's happy with open shapes, no capo --
    what are these bars in C?" over a guitar track got capo shapes for the take's key and "This track has no vocals
    stem"; "which hits are actually kick, any doubles or ghost kicks?" got the snare's ghost notes and the lock. A key
    asked by name moves the chart there; "no capo" asks no capo shapes; the producer's singer is no part the track
    lacks; ghost kicks are no snare ghosts, and which hits are kick asks the kit's pattern."""
    import re

    import frames.findings as fi
    from frames.routing import asks_of

    tid = _strums_over_a_walk(lib, "e2" * 6 + "e4b5", ((51, 55, 58), (56, 60, 63), (58, 62, 65), (51, 55, 58)),
                              ((39, 43, 46, 43), (44, 48, 51, 48), (46, 50, 53, 50), (39, 43, 46, 43)), "Eb major", 3)
    f = get_findings(lib, tid, ["guitar"], 0.0, 4 * BAR, "our singer wants this in C, guitarist's happy with open "
                     "shapes, no capo -- what are these bars in C?")
    assert f.summary.startswith("Moved to C major (down three semitones from E flat major here), and the chords bar "
                                "by bar become C, F, G and C."), f.summary
    assert "capo" not in f.summary and "vocals stem" not in f.summary, f.summary
    # a key in the other mode: the chart moves in its own mode and says its thirds change, the relative named ("move
    # it to C minor" over E flat major listed C major chords as C minor's: the twenty-ninth session's review)
    f = get_findings(lib, tid, ["guitar"], 0.0, 4 * BAR, "want to move it to C minor -- what are the chords?")
    assert f.summary.startswith("C minor is the relative minor of E flat major here: the same notes and key "
                                "signature, so no transposition; the chords stay as they are, the song centring on C "
                                "instead."), f.summary
    for q in ("want to move it to D minor -- what are the chords?", "move it to Dm, what are the chords?",
              "take it down a semitone to D minor -- the chords?"):  # (a key named wins over an interval)
        f = get_findings(lib, tid, ["guitar"], 0.0, 4 * BAR, q)
        assert f.summary.startswith("D minor is the other mode from E flat major here; moved down one semitone, the "
                                    "song is in D major, and the chords bar by bar become D, G, A and D, their thirds "
                                    "changing to be in D minor (not charted here)."), (q, f.summary)
    f = get_findings(lib, tid, ["guitar"], 0.0, 4 * BAR, "want to A/B this against my reference -- what key is it?")
    assert "Moved to A" not in f.summary, f.summary
    assert not re.search(fi.GHOST_ASKED, "any doubles or ghost kicks?")
    assert re.search(fi.GHOST_ASKED, "any ghost notes on the snare?")
    assert asks_of("which hits are actually kick, any doubles or ghost kicks?", ["drums", "bass"])[0] == \
        "drum_pattern"


def test_round_69s_interval_words_are_no_feel_or_chord_degree_and_a_voice_alone_has_no_band(lib):
    """Round 69's br02 (dev): "want to stack a harmony a third above her with my harmonizer pedal -- what key do I set
    it to, and will a straight third up work?" got that effects are not measured, that her chords are read from her
    own notes, and "The vocals sing triplets ... against the band's even eighths" over a voice alone. A third above
    is an interval, a straight third no feel, the producer's pedal no effect asked; a voice alone has no band."""
    import re

    import frames.findings as fi
    from frames.routing import asks_of

    q = ("want to stack a harmony a third above her with my harmonizer pedal -- what key do I set it to, and will a "
         "straight third up work the whole way?")
    assert not re.search(fi.FEEL_ASKED, q) and not re.search(fi.DEGREE_ASKED, q)
    assert asks_of(q, ["vocals"])[0] == "key"
    assert re.search(fi.FEEL_ASKED, "is the groove straight or swung?")
    v = [note(k * P + j * P / 3, (72, 74, 76)[j], P / 3 * 0.9) for k in range(16) for j in range(3)]
    tid = make_track(lib.store, "e2" * 6 + "e4b6", duration_s=10, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": v})
    f = get_findings(lib, tid, ["vocals"], 0.0, 4 * BAR, "is she singing triplets or straight eighths?")
    assert "band" not in f.summary, f.summary


def test_a_bars_two_chords_give_their_own_top_notes(lib):
    """Round 69's br07 (dev): keys on two chords a bar (C sharp minor and A, then E and B, a 2/4 verse on four-beat
    bars) had their top note said to "stay on D sharp but for C sharp in the first and third bars", the B of each
    E chord lost: a bar whose halves top out on different notes says both."""
    shapes = ((64, 68, 73), (64, 69, 73), (64, 68, 71), (66, 71, 75)) * 2
    keys = [note(h * 2 * P + i * P + P / 2, x, P / 3) for h, shape in enumerate(shapes) for i in range(2)
            for x in shape]
    tid = make_track(lib.store, "e2" * 6 + "e4b7", duration_s=10, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="E major", key_pc=4, stems={"piano": keys})
    f = get_findings(lib, tid, ["piano"], 0.0, 4 * BAR, "what's the top note of his chords doing?")
    assert "The top note of the piano's chords, bar by bar here: C sharp, B then D sharp, C sharp and B then D sharp." \
        in f.summary, f.summary


def test_round_70s_bars_all_the_same_and_a_player_about_to_play(lib):
    """Round 70's bs01 and bs06 (dev): "are these first four bars all the same? which one should I grab?" got the
    window's activity, not the figure the kit repeats; "guitarist wants to shadow the singer's shouts with a lead
    line" got "The guitar is not in this selection". The figure the parts repeat is said, a one-bar figure as any one
    of its bars; a player who wants to play something is the producer's, no part left out."""
    tid = _voice_over_a_groove(lib, "e4b8", [note(b * BAR + i * P, (72, 74, 76, 74)[i], P * 0.95)
                                             for b in range(4) for i in range(4)])
    f = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "want to loop one bar of his drums -- are these four bars "
                     "all the same? which one should I grab?")
    assert f.summary.startswith("The drums play a one-bar figure here, four times through, the same each time round, "
                                "so any one of its whole bars loops cleanly."), f.summary
    f = get_findings(lib, tid, ["vocals"], 0.0, 2 * BAR, "guitarist wants to shadow her line with a lead line -- what "
                     "notes is she hitting?")
    assert "not in this selection" not in f.summary and "stem" not in f.summary, f.summary


def test_a_window_holding_the_tracks_last_notes_says_the_record_ends_there(lib):
    """"want to program this tag at the very end ... does the record end on a big last hit or just stop?" (round 75's
    bx02, dev) was left open: nothing said that no note follows the window. A window holding the track's last notes
    (WindowInfo.to_track_end: nothing struck after it) says so where the ending is asked; one before it does not."""
    g = groove(12)
    tid = make_track(lib.store, "e2" * 6 + "e4e0", duration_s=13, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    q = "does the record end on a big last hit or just stop?"
    f = get_findings(lib, tid, ["drums", "bass"], 8.0, 13.0, q)
    assert f.scope.window.to_track_end and f.summary.startswith(
        "Nothing is struck after this window (it holds the track's last notes), so this is how the record ends; "), \
        f.summary
    f = get_findings(lib, tid, ["drums"], 8.0, 13.0, "kick, snare and hats on each step -- and does it end on a big "
                     "hit or just stop?")
    assert "Nothing is struck after this window: it holds the track's last notes" in f.summary, f.summary
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 8.0, q)
    assert not f.scope.window.to_track_end and "Nothing is struck after" not in f.summary, f.summary


def test_a_mix_loaded_unseparated_has_its_lead_line_said_where_the_singer_is_asked(lib):
    """"only got the bounce -- where does the singer's voice sit in Hz, how low and how high does he go?" over the
    unseparated rock mix got "the vocals are inside the unseparated mix and cannot be heard apart" (round 76's by04
    and round 75's bx03, dev). A mix's f0 is its predominant melody (analysis.lead_line): where it sits is said where
    the singer or the tune is asked, with its notes and Hz in Presence.lead_line; not where the groove is."""
    g = groove(16)
    tune = [note(i * P, (69, 71, 72, 71, 69, 67, 69, 72)[i % 8], P * 0.95, 127) for i in range(32)]  # A4 round C5
    tid = make_track(lib.store, "e2" * 6 + "e4e4", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"mix": g["drums"] + g["bass"] + tune})
    f = get_findings(lib, tid, ["mix"], 0.0, 4 * BAR, "only got the bounce -- where does the singer's voice sit in "
                     "Hz, how low and how high does he go?")
    line = next(p for p in f.presence if p.stem == "mix").lead_line
    assert line is not None and line.centre == "A4" and line.highest == "C5" and line.lowest == "G4", line
    assert line.centre_hz == pytest.approx(440.0, abs=1.0), line
    assert "the mix's lead line (the melody heard on top, most likely the voice) centres on A, half of it between A " \
        "and B, sounding through most of the window" in f.summary, f.summary
    f = get_findings(lib, tid, ["mix"], 0.0, 4 * BAR, "what's the groove here?")
    assert "lead line" not in f.summary, f.summary
    # where the lead line rests is in the typed data, and a time named is said to fall in it or not, the times given
    # in a list with the unit once ("at 4.4, 7.1 and 11.7 s ... is the singer mid-word on any of them?" over the
    # unseparated mix: round 75's bx03 and round 77's bz03, dev)
    gap = [n for n in tune if not BAR <= n["time_s"] < 2 * BAR]
    tid = make_track(lib.store, "e2" * 6 + "e4e6", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"mix": gap})
    f = get_findings(lib, tid, ["mix"], 0.0, 4 * BAR, "cues at 0.5, 2.5 and 4.5 s -- where do they fall, and is the "
                     "singer mid-word on any of them?")
    line = next(p for p in f.presence if p.stem == "mix").lead_line
    assert any(a <= BAR + 0.15 and z >= 2 * BAR - 0.05 for a, z in line.rests), line.rests
    assert ("Of the times you name, the first falls on the second beat of the first bar here, with the lead line "
            "sounding there; the second falls on the second beat of the second bar here, where the lead line rests; "
            "the third falls on the second beat of the third bar here, with the lead line sounding there.") in \
        f.summary, f.summary


def test_a_compressors_release_is_no_harmonic_release():
    """"going for that pumping sidechain on the keys ... what release should I start from?" (round 77's bz02, its
    answer report: dev) got the harmony's tension; a release beside a sidechain, a compressor or an envelope is the
    processor's. Tension and release in the harmony still ask the tension."""
    from frames.routing import asks_of

    q = ("going for that pumping sidechain on the keys in this chorus, keyed off the kick -- how many pumps do I get "
         "per bar? what release should I start from?")
    assert "tension" not in [asks_of(c, ["piano", "drums"])[0] for c in (q, q.split(" -- ")[1])]
    assert asks_of("where is the tension and release here?", ["piano", "drums"])[0] == "tension"


def test_the_hi_hat_opening_up_at_a_bar_is_an_event_on_its_downbeat(lib):
    """A real punk kit's hats opening at a new bit was no event, so "where exactly does the new bit start?" got the
    section change a bar and a half earlier (round 77's bz01, dev): where the hats open after closed bars, or close
    again, an event on that bar's downbeat says so."""
    g = groove(16)
    g["drums"] = [dict(n, pitch=46) if n["pitch"] == 42 and 2 * BAR <= n["time_s"] < 4 * BAR else n
                  for n in g["drums"]]
    tid = make_track(lib.store, "e2" * 6 + "e4e7", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 6 * BAR, "what changes in the drums?")
    hats = [(e.bar, e.detail) for e in f.events if e.stems == ["drums"] and "hi-hat" in e.detail]
    assert hats == [(3, "the timekeeping moves to a ringing cymbal (an open hi-hat or a ride)"),
                    (5, "the timekeeping moves to closed hi-hats")], (hats, f.drum_pattern.hihat_open_bars)


def test_a_ringing_hat_a_hair_ahead_of_a_downbeat_opens_that_bar_not_the_one_before(lib):
    """A band entering with a ride on the downbeat after a bar the kit sits out, the hit read a hair before its beat,
    opened the empty bar before it ("an open hi-hat is flagged in bar 3" of a keys-only intro: round 104's da08
    packet, dev). The hat's bar is the one its beat begins, as the pattern places it."""
    g = groove(16)
    kit = [dict(n, pitch=46, time_s=max(n["time_s"] - 0.002, 0.0)) if n["pitch"] == 42 else n
           for n in g["drums"] if n["time_s"] >= 2 * BAR - 0.01]
    tid = make_track(lib.store, "e2" * 6 + "e550", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": kit, "bass": g["bass"]})
    f = get_findings(lib, tid, ["drums", "bass"], 0.0, 6 * BAR, "what are the hats doing?")
    assert f.drum_pattern.hihat_open_bars[:1] == [3], f.drum_pattern.hihat_open_bars


def test_a_level_jump_is_placed_where_the_new_level_starts_not_in_the_gap_before_it(lib):
    """A band coming in on 7.50 after a bar of keys whose last chord had died read "the level jumps up" at 6.75, a beat
    early: the two sides' power means peak as soon as the silent gap is on the quiet side's edge (round 104's da08
    packet, dev). The jump is placed where the level first reaches the middle of the two sides and holds there."""
    quiet = [note(b * BAR, p, 1.1, 25) for b in range(4) for p in (57, 60, 64)]
    loud = [note(b * BAR, p, 1.9, 100) for b in range(4, 8) for p in (57, 60, 64)]
    tid = make_track(lib.store, "e2" * 6 + "e551", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": quiet + loud})
    f = get_findings(lib, tid, ["piano"], 0.0, 16.0, "where does it get louder?")
    ups = [(e.bar, e.beat) for e in f.events if e.kind == "level_up"]
    assert ups == [(5, 1)], (ups, f.summary)


def test_a_root_fifth_bass_is_said_beat_by_beat_and_its_ghost_partials_make_no_walk(lib):
    """Found reading Country1's second verse as the client's model reads it (the thirtieth session's closing note):
    'roots on one and three?' over a country bass playing the root on one and the fifth on three (G G D D, C C G G)
    read 'mostly plays notes other than the chord's root', and the same line, with the faint notes a semitone up the
    transcription starts beside its strokes (a scoop into the note), 'a walking line, a new note on every beat'."""
    g = groove(16)
    g["guitar"] = [note(b * BAR + i * P, q, P * 0.9) for b in range(8) for i in range(4)
                   for q in ((55, 59, 62) if b % 2 == 0 else (48, 52, 55))]
    bass = []
    for b in range(8):
        root, fifth = (43, 38) if b % 2 == 0 else (36, 31)
        for i, pitch in enumerate((root, root, fifth, fifth)):
            bass.append(note(b * BAR + i * P, pitch, P * 0.6, 100))
            bass.append(note(b * BAR + i * P + 0.01, pitch + 1, 0.05, 25))  # the faint scoop, read as a note
    g["bass"] = bass
    tid = make_track(lib.store, "e2" * 6 + "e4e8", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="G major", key_pc=7, stems=g)
    f = get_findings(lib, tid, ["bass", "guitar", "drums"], 0.0, 16.0,
                     "what's the bass doing here -- roots on one and three?")
    assert f.summary.startswith("On one the bass plays the chord's root almost every time and on three mostly the "
                                "chord's fifth: a root-fifth line."), f.summary
    bass_p = next(p for p in f.presence if p.stem == "bass")
    assert "walking" not in (bass_p.playing or ""), bass_p.playing
    # a bass on the root on both strong beats keeps the one sentence
    g["bass"] = [note(b * BAR + i * P, (43 if b % 2 == 0 else 36) + (2 if i % 2 else 0), P * 0.6, 100)
                 for b in range(8) for i in range(4)]
    tid = make_track(lib.store, "e2" * 6 + "e4e9", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="G major", key_pc=7, stems=g)
    f = get_findings(lib, tid, ["bass", "guitar", "drums"], 0.0, 16.0, "is the bass on the roots?")
    assert "On the strong beats the bass plays the root of each chord almost every time." in f.summary, f.summary
    # a walk has the root on one and the fifth on three too, but is no root-fifth line (round 80's cc08, dev)
    g["bass"] = [note(b * BAR + i * P, ((43, 47, 50, 47) if b % 2 == 0 else (36, 40, 43, 42))[i], P * 0.9, 100)
                 for b in range(8) for i in range(4)]
    tid = make_track(lib.store, "e2" * 6 + "e4fa", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="G major", key_pc=7, stems=g)
    f = get_findings(lib, tid, ["bass", "guitar", "drums"], 0.0, 16.0, "what's the bass doing -- just roots?")
    bass_p = next(p for p in f.presence if p.stem == "bass")
    assert bass_p.playing.startswith("a walking line"), bass_p.playing
    assert "root-fifth line" not in f.summary, f.summary


def test_where_the_new_bit_starts_asks_the_section_change_not_the_singers_lines(lib):
    """'where does the new bit start?' was answered with where the singer's lines start (the word 'start'): the
    thirtieth session's known problems, seen on Punk (dev)."""
    g = groove(16)
    g["vocals"] = [note(t + i * P / 2, (64, 67, 69, 67)[i], P / 2 - 0.02) for t in (1.0, 5.0, 9.0, 13.0)
                   for i in range(4)]
    tid = make_track(lib.store, "e2" * 6 + "e4f0", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems=g, sections=[(0.0, 8.0, "A"), (8.0, 16.0, "B")])
    f = get_findings(lib, tid, ["drums", "bass", "vocals"], 2.0, 14.0, "where does the new bit start?")
    assert not f.summary.startswith("The vocals start"), f.summary
    assert "new section begins" in f.summary.split(". ")[0], f.summary
    # a part's lines asked still get where they start
    f = get_findings(lib, tid, ["drums", "bass", "vocals"], 2.0, 14.0, "where does the singer start her lines?")
    assert f.summary.startswith("The vocals start"), f.summary


def test_a_bass_a_hair_early_on_three_plays_the_second_chords_root(lib):
    """A bar of two chords (E then B): the bass landing its B a hair before beat three was counted against E (its
    fifth), and 'is the bass on the roots?' read root on one and mostly the fifth on three (the thirtieth session's
    review, on ft_drive_e24)."""
    g = groove(16)
    g["piano"] = [note(b * BAR + h * BAR / 2, q, BAR / 2 - 0.05) for b in range(8) for h in range(2)
                  for q in ((52, 56, 59) if h == 0 else (54, 59, 63))]
    g["bass"] = [note(b * BAR + i * P / 2 - (0.02 if i == 4 else 0.0), (40 if i < 4 else 47), P / 2 - 0.05, 100)
                 for b in range(8) for i in range(8)]
    tid = make_track(lib.store, "e2" * 6 + "e4f1", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="E major", key_pc=4, stems=g)
    f = get_findings(lib, tid, ["bass", "piano", "drums"], 0.0, 16.0, "is the bass on the roots?")
    assert f.summary.startswith("On the strong beats the bass plays the root of each chord almost every time."), \
        f.summary


def test_a_planned_instrument_asked_of_the_track_gets_the_no_stem_notice(lib):
    """'writing a trumpet part -- what's the trumpet doing here?' and 'I want to add a trumpet -- does it already
    have one?' over a track with no such stem were answered about the band with no word that it has none (the
    thirtieth session's review)."""
    tid = make_track(lib.store, "e2" * 6 + "e4f2", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems=groove(16))
    for q in ("writing a trumpet part -- what's the trumpet doing here?",
              "I want to add a trumpet -- does it already have one?"):
        f = get_findings(lib, tid, ["bass", "drums"], 0.0, 16.0, q)
        assert f.summary.startswith("This track has no stem for the trumpet (its stems are the "), \
            (q, f.summary)
    # a plan alone names no part the track lacks
    f = get_findings(lib, tid, ["bass", "drums"], 0.0, 16.0, "I want to add a trumpet -- what key is this in?")
    assert "trumpet" not in f.summary, f.summary


def test_he_over_a_singer_and_a_kit_is_the_singer_and_his_entry_range_and_breaths_are_answered(lib):
    """Round 79's cb01 (dev): 'what beat does he come back in on? how high does he go in these bars, and where does he
    grab a breath' over his vocals and the kit got whether his lines repeat (the 'come back'), the phrases' shapes
    and nothing of his range ('he' named no part) or where he breathes."""
    drums = groove(16)["drums"]
    line1 = [note(2.5 + i * P / 2, (60, 62, 64, 67, 64, 62)[i % 6], P / 2 - 0.02) for i in range(12)]
    line2 = [note(6.5 + i * P / 2, (62, 64, 69, 67, 64, 60)[i % 6], P / 2 - 0.02) for i in range(12)]
    tid = make_track(lib.store, "e2" * 6 + "e4f3", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="C major", key_pc=0, stems={"vocals": line1 + line2, "drums": drums})
    f = get_findings(lib, tid, ["vocals", "drums"], 2.0, 10.0,
                     "doing a harmony overdub -- what beat does he come back in on? how high does he go in these "
                     "bars, and where does he grab a breath")
    first, second, third = f.summary.split(". ")[:3]
    assert first.startswith("The vocals start each of their two lines on beat two"), f.summary
    assert "up to A" in second, f.summary
    assert third.startswith("The vocals leave two holes"), f.summary
    assert "each new here" not in f.summary, f.summary


def test_more_changes_than_said_are_tallied_as_the_first_ones(lib):
    """Round 79's cb07 answer helper (dev): 'so it steps into all four changes' over a window of five changes (the
    sentence names four) read as a miscount, and 'walks up into' beside 'the bass does not walk' as a contradiction."""
    chords = [(60, 64, 67), (65, 69, 72), (67, 71, 74), (57, 60, 64), (65, 69, 72), (60, 64, 67)]  # C F G Am F C
    bass_bars = [(36, 36, 36, 40), (41, 41, 41, 42), (43, 43, 43, 44), (45, 45, 45, 40), (41, 41, 41, 35),
                 (36, 36, 36, 36)]  # E into F, F sharp into G, G sharp into A, E into F, B into C: each by step
    g = groove(12)
    g["piano"] = [note(b * BAR + i * P, x, P * 0.9) for b, ch in enumerate(chords) for i in range(4) for x in ch]
    g["bass"] = [note(b * BAR + i * P, x, P * 0.9) for b, row in enumerate(bass_bars) for i, x in enumerate(row)]
    tid = make_track(lib.store, "e2" * 6 + "e4f4", duration_s=12, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="C major", key_pc=0, stems=g)
    f = get_findings(lib, tid, ["drums", "bass", "piano"], 0.0, 12.0, "how does the bass get into each chord?")
    said = f.summary.split(". ")[0]
    assert said.startswith("Into the changes here the bass steps up into F from E"), said
    assert said.endswith("so it steps into each of the first four changes"), said


def test_a_line_whose_phrases_differ_takes_the_whole_lines_shape(lib):
    """Round 79's cb03 answer helper (dev): three phrases (one climbing to the top, one dipping, one falling to the
    lowest note) read 'the vocal line climbs' from the first alone, the phrase with the most notes by one."""
    up = [note(0.5 + i * P / 2, (62, 63, 64, 65, 66, 67, 67, 68, 69, 69, 71)[i], P / 2 - 0.02) for i in range(11)]
    dip = [note(7.0 + i * P / 2, (67, 66, 64, 63, 62, 63, 64, 66, 67, 67)[i], P / 2 - 0.02) for i in range(10)]
    down = [note(13.0 + i * P / 2, (62, 64, 64, 62, 60, 59, 57, 56, 55, 55)[i], P / 2 - 0.02) for i in range(10)]
    tid = make_track(lib.store, "e2" * 6 + "e4f5", duration_s=20, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="C major", key_pc=0, stems={"vocals": up + dip + down})
    f = get_findings(lib, tid, ["vocals"], 0.0, 20.0, "what shape is the tune here?")
    assert f.melody.contour == "arch", f.melody
    assert "climbs in" not in f.summary, f.summary


def test_a_drummer_left_alone_for_less_than_a_whole_bar_is_said_alone_from_when_the_others_stop(lib):
    """Round 79's cb11 (dev): 'the band drops out and leaves the drummer on his own -- exactly when?' over the last
    three seconds of a window, the guitar ringing half a beat into the bar, read 'the drums play on their own in no
    whole bar here'."""
    g = groove(16)
    g["bass"] = [x for x in g["bass"] if x["time_s"] < 12.0]
    g["guitar"] = [note(b * BAR, q, BAR + 0.15 if b == 5 else BAR - 0.05) for b in range(6) for q in (57, 60, 64)]
    tid = make_track(lib.store, "e2" * 6 + "e4f6", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums", "bass", "guitar"], 4.0, 13.5,
                     "somewhere in here the band drops out and leaves the drummer on his own -- exactly when?")
    assert f.summary.startswith("The drums play on alone from"), f.summary
    assert "to the window's end, once the bass and guitar stop." in f.summary.split(". ")[0] + ".", f.summary


def test_a_comp_planned_on_another_instrument_and_a_long_last_chord_among_more(lib):
    """Round 80's cc03 (dev): 'going to comp on piano with this guitarist' got 'This track has no piano stem', and
    'E flat major seven, A flat, ..., a new chord every bar' was said over a last chord held three bars."""
    shapes = [(51, 55, 58), (44, 56, 60, 63), (46, 50, 53), (51, 55, 58), (51, 55, 58), (51, 55, 58)]
    g = {"guitar": [note(b * BAR + i * P, x, P * 0.9) for b, sh in enumerate(shapes) for i in range(4) for x in sh],
         "drums": groove(12)["drums"]}
    tid = make_track(lib.store, "e2" * 6 + "e4f7", duration_s=12, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="Eb major", key_pc=3, stems=g)
    f = get_findings(lib, tid, ["guitar", "drums"], 0.0, 12.0,
                     "going to comp on piano with this guitarist -- what chords is he playing?")
    assert f.harmony.chart.progression == ["Eb", "Ab", "Bb", "Eb"], f.harmony.chart.progression
    assert "piano" not in f.summary, f.summary
    assert f.summary.startswith("The chords run E flat, A flat and B flat, a new chord every bar, then E flat for "
                                "about three bars."), f.summary


def test_the_scope_says_which_bar_the_first_bar_here_is(lib):
    """Round 80's answer helper (cc12, dev): 'from the first beat of the second bar here' was counted from the window's
    bar list, whose first bar the window only grazes; the sentences count from the next."""
    tid = make_track(lib.store, "e2" * 6 + "e4f9", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems=groove(16))
    f = get_findings(lib, tid, ["bass", "drums"], 1.5, 12.0, "what's the groove?")
    assert f.scope.window.bars[0] == 1
    assert f.scope.excluded.endswith("'The first bar here' in the sentences is bar 2 (a bar counts from half inside "
                                     "the window)."), f.scope.excluded
    f = get_findings(lib, tid, ["bass", "drums"], 2.0, 12.0, "what's the groove?")
    assert "first bar here" not in f.scope.excluded, f.scope.excluded
    # a window a hair after a downbeat holds it (round 80's cc01, dev, was told the downbeat's hit lay outside; since
    # round 83's cf04 a beat a tenth of a beat, at most 50 ms, before the start is the window's first)
    f = get_findings(lib, tid, ["bass", "drums"], 2.03, 12.0, "what's the kick doing?")
    assert "lies outside it" not in f.scope.excluded and f.drum_pattern.by_bar[2]["kick"][0] == "1", \
        (f.scope.excluded, f.drum_pattern.by_bar)


def test_a_crash_in_a_straight_groove_is_named_on_the_sixteenths(lib):
    """The thirty-fifth session's notes (Punk's crashes on every eighth, dev): a crash on the and of one read a little
    late (six tenths of the beat) was "the last triplet of one" in a straight-eighths groove; a lone stroke is named on
    the grid the feel is counted in, the and of one."""
    g = groove(16)
    g["drums"].append(note(2.0 + 0.6 * P, 49, 0.1, 110))  # bar 2: a crash on the and of one, late
    tid = make_track(lib.store, "e2" * 6 + "e517", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums"], 2.0, 10.0, "where's the crash in this bit?")
    assert f.meter.subdivision == "straight eighths", f.meter
    assert [h.place for h in f.drum_pattern.cymbal_hits] == ["the and of one"], f.drum_pattern.cymbal_hits
    assert "the and of one of the first bar here" in f.summary and "triplet" not in f.summary, f.summary


def test_a_window_starting_just_after_a_downbeat_keeps_the_hits_struck_on_it(lib):
    """Round 83's cf04 (dev): Shadows' window dragged to 13.09 s, 5 ms after the downbeat at 13.085, lost the kick and
    crash measured at 13.099, inside it: the window's beats began on beat two, the drum pattern placed nothing
    before its first beat ('kick: 7 hits' over six places), and the scope said the downbeat's hit lay outside. A beat
    up to WINDOW_EARLY_S before the start is the window's first, as a note struck that early is heard from it."""
    g = groove(16)
    g["drums"] = [dict(n, time_s=n["time_s"] + 0.009) if abs(n["time_s"] - 2.0) < 1e-6 else n for n in g["drums"]]
    g["drums"].append(note(2.009, 49, 0.1, 110))  # a crash with the kick on the downbeat
    tid = make_track(lib.store, "e2" * 6 + "e500", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums"], 2.005, 10.0, "where does he hit a crash in this bit?")
    p = f.drum_pattern
    assert p.by_bar[2]["kick"][0] == "1" and p.by_bar[2]["cymbal"] == ["1"], p.by_bar
    assert [round(h.time_s, 3) for h in p.cymbal_hits] == [2.009] and "on one of the first bar here" in f.summary, \
        (p.cymbal_hits, f.summary)
    assert "lies outside it" not in f.scope.excluded, f.scope.excluded
    # ... and a tenth of a beat past it (at most 50 ms: round 84's cg05, a window 15 ms past a tracked downbeat 35 ms
    # before the annotated one, its kick measured after the start; dev), that kick is on the first bar's one
    late = groove(16)
    late["drums"] = [dict(n, time_s=n["time_s"] + 0.048) if abs(n["time_s"] - 2.0) < 1e-6 else n for n in late["drums"]]
    tid = make_track(lib.store, "e2" * 6 + "e506", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=late)
    f = get_findings(lib, tid, ["drums"], 2.045, 10.0, "is the kick four on the floor here?")
    assert f.drum_pattern.by_bar[2]["kick"][0] == "1", f.drum_pattern.by_bar


def test_a_bar_with_no_third_takes_the_third_its_window_sounds_before_the_keys(lib):
    """Round 81's cd02 (dev): a bass riff in E flat minor (root, octave, fifth, flat seventh a bar: its G flat and C
    flat sounding in the other bars) was charted E flat seven, D flat seven, A flat seven from a key read as A flat
    major: each bar's missing third came from that key, not from the window's own notes."""
    riff = [(0, 0.0), (12, 0.5), (7, 1.5), (0, 2.0), (10, 3.0)]  # semitones over the root, beats into the bar
    roots = (39, 37, 44)  # E flat 2, D flat 2, A flat 2
    bass = [note(b * BAR + beat * P, r + step, P * 0.45, 100) for b in range(6) for r in [roots[b % 3]]
            for step, beat in riff]
    tid = make_track(lib.store, "e2" * 6 + "e4fb", duration_s=12, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="Ab major", key_pc=8, stems={"bass": bass, "drums": groove(12)["drums"]})
    f = get_findings(lib, tid, ["bass", "drums"], 0.0, 6.0, "what chords does the bass imply?")
    assert f.harmony.chart.progression[0] in ("Ebm7", "Ebm", "D#m7", "D#m"), f.harmony.chart.progression
    assert f.harmony.chart.progression[2] in ("Abm7", "Abm", "G#m7", "G#m"), f.harmony.chart.progression


def test_a_lines_notes_in_the_bar_the_window_ends_inside_are_kept(lib):
    """Round 81's cd10 (dev): a singer's second line was cut after four notes in the bar notes, the rest in the bar
    the window ends inside (under half of it in the window), which the chart's bars leave out."""
    line = [note(0.5 + i * P / 2, (62, 64, 65, 64, 62, 60, 62, 64, 65, 64, 62, 59)[i], P / 2 - 0.02) for i in range(12)]
    tid = make_track(lib.store, "e2" * 6 + "e4fc", duration_s=8, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="C major", key_pc=0, stems={"vocals": line})
    f = get_findings(lib, tid, ["vocals"], 0.0, 2.9, "what notes does she sing here?")
    p = next(x for x in f.presence if x.stem == "vocals")
    assert [b.bar for b in p.bar_notes] == [1, 2], p.bar_notes
    assert p.bar_notes[-1].notes == ["D4", "E4", "F4", "E4"], p.bar_notes
    assert "in the second," in f.summary.split(". ")[0], f.summary


def test_a_tempo_drag_toward_the_end_names_no_bar(lib):
    """Round 81's cd06 (dev): 'this bounce feels like it drags toward the end -- are they slowing down?' named the
    window's last bar ('toward the end') and opened on its chord."""
    tid = make_track(lib.store, "e2" * 6 + "e4fd", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems=groove(16))
    f = get_findings(lib, tid, ["bass", "drums"], 0.0, 16.0,
                     "this feels like it drags toward the end -- are they slowing down?")
    assert not any("names bar" in r for r in f.routing.reasons), f.routing.reasons
    assert f.summary.startswith("The tempo holds steady across the window"), f.summary
    f = get_findings(lib, tid, ["bass", "drums"], 0.0, 16.0, "what happens at the end of this bit?")
    assert any("names bar" in r for r in f.routing.reasons), f.routing.reasons


def test_a_groove_put_to_the_listener_to_confirm_is_answered_beside_the_next_ask(lib):
    """'programming this groove -- it's the usual kick on one and three, snare on two and four, hats on eighths,
    right? and is it straight or swung?' (round 81's cd05, dev) got only the straight-or-swung answer: the first
    clause holds no question word, so the question read as one ask. A statement put to the listener to confirm
    (', right?', ', yeah?') is a clause of its own: the kit's places are said first, the feel after them."""
    g = groove(16)
    g["drums"] = [dict(n, pitch=37) if n["pitch"] == 38 else n for n in g["drums"]]
    tid = make_track(lib.store, "e2" * 6 + "e4ff", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums"], 0.0, 8.0, "programming this groove -- it's the usual kick on one and three, "
                     "snare on two and four, hats on eighths, right? and is it straight or swung?")
    sentences = f.summary.split(". ")
    assert "side-stick" in sentences[0] and "on two and four" in sentences[0], f.summary  # (the backbeat named first)
    assert any(re.search(r"swing|straight", x) for x in sentences[1:3]), f.summary
    assert [x.asks for x in f.routing.also] == ["meter"], f.routing.also


def test_the_snare_named_over_a_side_stick_backbeat_is_answered_with_the_side_stick(lib):
    """Round 83's cf01 (dev): 'the snare on two and four sounds really thin and clicky -- is he on brushes, or just
    tapping the snare softly?' over Country1's cross-stick got the caution that technique is not measured, and the
    side-stick only in the text's drum pattern. Where the question names the snare, a side-stick or the backbeat and
    most of the window's snare-class hits are side-sticks, that is said first; over a snare's hits, nothing is."""
    q = "the snare on two and four sounds really thin and clicky -- is he on brushes, or just tapping it softly?"
    g = groove(16)
    g["drums"] = [dict(n, pitch=37) if n["pitch"] == 38 else n for n in g["drums"]]
    tid = make_track(lib.store, "e2" * 6 + "e501", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, tid, ["drums"], 0.0, 8.0, q).summary
    assert said.startswith("The backbeat on two and four is a side-stick (cross-stick), not a full snare stroke: each "
                           "hit is a short click that dies at once, with no snare wires ringing after it."), said
    plain = make_track(lib.store, "e2" * 6 + "e502", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                       stems=groove(16))
    said = get_findings(lib, plain, ["drums"], 0.0, 8.0, q).summary
    assert "side-stick" not in said and "cross-stick" not in said, said
    # a side-stick on three for two bars, then on two and four: its places not blended into "two and three" (round
    # 98's cu12 packet, dev); a last bar the window cuts after its two still agrees
    half = [n for n in g["drums"] if n["time_s"] >= 2 * BAR or n["pitch"] != 37] + \
        [note(b * BAR + 2 * P, 37, 0.1, 100) for b in range(2)]
    half = [n for n in half if not (n["time_s"] < 2 * BAR and n["pitch"] == 37 and n["time_s"] % BAR != 2 * P)]
    tid = make_track(lib.store, "e2" * 6 + "e532", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": half})
    said = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "where's his snare, before and after?").summary
    assert "The backbeat is a side-stick (cross-stick)" in said, said
    said = get_findings(lib, tid, ["drums"], 2 * BAR, 4 * BAR + 2 * P, "where's his snare?").summary
    assert "The backbeat on two and four is a side-stick" in said, said


def test_a_sixth_chord_over_its_root_in_a_bass_voice_is_charted_as_one(lib):
    """Rounds 79, 80 and 83 (cb02, cc03, cf11, dev): GuitarSet's bossa comp plays A flat 6 as A flat 3, C4 and F4 over
    the thumb's A flat 2, charted F minor (the same three pitch classes), and a client told a producer 'E flat to F
    minor' where the annotation says E flat to A flat. A sixth chord is read over its root in a bass voice (a fifth or
    more under the voicing): A flat six (its numeral 'add6', a bare 6 reading as an inversion). The same notes voiced
    close from A flat 3 are F minor."""
    def comp(low: bool) -> list[dict]:
        out = []
        for b in range(4):
            t0 = b * BAR
            pitches = [39, 51, 55, 58, 62] if b < 2 else ([44] if low else []) + [56, 60, 65]  # Eb maj7 | Ab C F
            for beat in range(4):
                out += [note(t0 + beat * P, p, P * 0.9, 90) for p in pitches]
        return out
    tid = make_track(lib.store, "e2" * 6 + "e503", duration_s=10, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"guitar": comp(True)}, key="Eb major", key_pc=3)
    f = get_findings(lib, tid, ["guitar"], 0.0, 8.0, "what are the chords?")
    assert f.harmony.chart.progression == ["Ebmaj7", "Ab6"], f.harmony.chart.progression
    assert "A flat six" in f.summary and f.harmony.chart.numerals[1].endswith("add6"), (f.summary,
                                                                                       f.harmony.chart.numerals)
    close = make_track(lib.store, "e2" * 6 + "e504", duration_s=10, bpm=BPM, beats_per_bar=4, meter="4/4",
                       stems={"guitar": comp(False)}, key="Eb major", key_pc=3)
    f = get_findings(lib, close, ["guitar"], 0.0, 8.0, "what are the chords?")
    assert f.harmony.chart.progression == ["Ebmaj7", "Fm"], f.harmony.chart.progression


def test_a_meter_named_in_the_question_is_answered_first(lib):
    """Round 85's ch10 (dev): 'my 4/4 loop at 120 keeps drifting against this chorus -- it is 4/4, isn't it?' over a
    5/4 chorus got 'The tempo holds steady' first and the five only in the text's meter block. Where the question
    names a meter, the window's meter is said first; asked the drift alone, the tempo still leads."""
    beat = 0.5
    drums = [note(b * 5 * beat + k * beat, 36 if k in (0, 2, 4) else 38, 0.1, 100 if k == 0 else 80)
             for b in range(6) for k in range(5)]
    tid = make_track(lib.store, "e2" * 6 + "e507", duration_s=15, bpm=120, beats_per_bar=5, meter="5/4",
                     stems={"drums": drums})
    said = get_findings(lib, tid, ["drums"], 0.0, 10.0, "my 4/4 loop at 120 keeps drifting against this -- it is 4/4, "
                        "isn't it?").summary
    assert said.startswith("This is five to the bar"), said
    said = get_findings(lib, tid, ["drums"], 0.0, 10.0, "is the drummer drifting here?").summary
    assert not said.startswith("This is five to the bar"), said


def test_a_loose_sixteenth_fill_down_the_toms_is_counted_in_sixteenths_and_corrects_a_snare_roll(lib):
    """MusicDelta Punk's fill (the thirty-third session, dev; round 85's ch09 confirmed it as a snare roll): from beat
    three, sixteenths at 150 played loose -- on the beat, then 0.23, 0.43 and 0.69 of it -- the first beat's strokes on
    the snare, the second's on the toms. A 4/4 track's short window over it read "a twelve-eight feel" from four
    onsets on triplet places, counted the beat "3, 3e, 3trip, 3let", started the fill on the backbeat snare struck a
    hair before the window's first beat, and answered "he does a snare roll here, doesn't he?" with the kit's pattern
    alone. Now: four to the bar, each beat of four strokes counted in sixteenths, the fill from beat three, and the
    roll asked is the fill asked, its premise corrected where the toms carry it."""
    bpm = 150.0
    p, bar = 60.0 / bpm, 4 * 60.0 / bpm
    hits = []
    for b in range(8):
        hits += [note(b * bar, 36, 0.1), note(b * bar + 2 * p, 36, 0.1)]
        hits += [note(b * bar + k * p / 2, 42, 0.05, 70) for k in range(8)]
        hits.append(note(b * bar + p - 0.025, 38, 0.1, 100))  # the backbeat on two, a hair early
        if b == 2:  # the fill: beats three and four, loose sixteenths, snare then toms, no hats or kick under it
            hits = [h for h in hits if not (b * bar + 2 * p - 0.01 <= h["time_s"] < (b + 1) * bar - 0.01)]
            hits += [note(b * bar + (2 + beat) * p + f * p, 38 if beat == 0 else 45, 0.05, 100)
                     for beat in (0, 1) for f in (0.0, 0.23, 0.43, 0.69)]
        else:
            hits.append(note(b * bar + 3 * p, 38, 0.1, 100))
    tid = make_track(lib.store, "e2" * 6 + "e508", duration_s=8 * bar, bpm=bpm, beats_per_bar=4, meter="4/4",
                     stems={"drums": sorted(hits, key=lambda h: h["time_s"])})
    start = 2 * bar + p + 0.02  # a hair after the fill bar's second beat: its early snare lies before the window
    f = get_findings(lib, tid, ["drums"], start, 3 * bar + 2 * p, "he does a snare roll into the next bar here, "
                     "doesn't he?")
    assert f.meter.label == "4/4" and f.meter.subdivision != "triplets", f.meter
    assert "twelve-eight" not in f.summary and "triplet" not in f.summary, f.summary
    assert {"3", "3e", "3&", "3a"} <= set(f.drum_pattern.positions["snare"]), f.drum_pattern.positions
    assert {"4", "4e", "4&", "4a"} <= set(f.drum_pattern.positions["tom"]), f.drum_pattern.positions
    assert f.summary.startswith("Not on the snare alone, it goes to the toms: the drums play a fill from the third "
                                "beat of the first bar here"), f.summary
    plain = get_findings(lib, tid, ["drums"], start, 3 * bar + 2 * p, "is there a fill here?")
    assert plain.summary.startswith("The drums play a fill from the third beat of the first bar here"), plain.summary
    # asked at the end, with the window's one fill earlier: both corrections in one sentence
    end = get_findings(lib, tid, ["drums"], start - 2 * p, 4 * bar, "is that a snare fill at the end, isn't it?")
    assert end.summary.startswith("Not on the snare alone, it goes to the toms: not at the end, the drums' fill "
                                  "comes earlier"), end.summary


def test_a_few_strokes_on_triplet_places_do_not_make_a_four_four_tracks_window_twelve_eight(lib):
    """A 4/4 track's short window whose only off-beat strokes are two beats of a triplet fill (four on triplet
    places) read "a twelve-eight feel" over the track's straight bars (MusicDelta Punk's loose sixteenth fill did the
    same: the thirty-third session, dev). Under TRIPLETS_FIT_MIN such strokes the track's four-four stands, and no
    triplet lilt is claimed; a window of triplets on every beat still reads them."""
    bpm = 150.0
    p, bar = 60.0 / bpm, 4 * 60.0 / bpm
    few, many = [], []
    for b in range(8):
        for beat in range(4):
            t = b * bar + beat * p
            kit = [note(t, 36 if beat % 2 == 0 else 38, 0.1, 100)]
            few += kit + ([note(t + f * p, 38, 0.05, 90) for f in (1 / 3, 2 / 3)] if b == 2 and beat >= 2 else [])
            many += kit + [note(t + f * p, 38, 0.05, 70) for f in (1 / 3, 2 / 3)]
    a = make_track(lib.store, "e2" * 6 + "e509", duration_s=8 * bar, bpm=bpm, beats_per_bar=4, meter="4/4",
                   stems={"drums": few})
    f = get_findings(lib, a, ["drums"], 2 * bar, 3 * bar + 2 * p, "what's the feel here?")
    assert f.meter.label == "4/4" and f.meter.subdivision != "triplets", f.meter
    assert "twelve-eight" not in f.summary and "triplet lilt" not in f.summary, f.summary
    b = make_track(lib.store, "e2" * 6 + "e50a", duration_s=8 * bar, bpm=bpm, beats_per_bar=4, meter="4/4",
                   stems={"drums": many})
    g = get_findings(lib, b, ["drums"], 2 * bar, 3 * bar + 2 * p, "what's the feel here?")
    assert g.meter.subdivision == "triplets", g.meter


def test_a_drum_solo_with_the_bands_spill_in_their_stems_is_the_drums_alone(lib):
    """Round 85's ch02 (dev): a degraded copy's drum solo read "in every bar another of the selected parts sounds
    with them", from the kit's spill in the bass and vocal stems, beside the caution that much of what they carry is
    spill. A bar where a part's frames are mostly spill, far under where the part plays, is no bar it plays; where
    every frame reads spill and the part plays (a degraded copy's bleed), its bars stand."""
    g = groove(16)
    spill = [note(b * P + 0.1, 40, 0.3, 15) for b in range(int(2 * BAR / P))]  # faint, under the kit's hits
    played = [note(2 * BAR + b * P, 45, P * 0.9) for b in range(int(2 * BAR / P))]
    tid = make_track(lib.store, "e2" * 6 + "e50b", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": g["drums"], "bass": spill + played,
                            "vocals": [dict(x, pitch=x["pitch"] + 24) for x in spill + played]})
    lib.store.db.execute("UPDATE features SET spill = CASE WHEN stem = 'drums' THEN 0 ELSE 1 END WHERE track_id = ?",
                         [tid])
    lib.store.db.conn.commit()
    f = get_findings(lib, tid, ["drums", "bass", "vocals"], 0.0, 4 * BAR, "is the drummer on his own at the start?")
    assert f.summary.startswith("The drums play on their own in the first and second bars here: no other selected "
                                "part sounds through them (what the bass and vocals carry there is spill)."), f.summary


def test_a_break_asked_louder_or_quieter_is_its_own_bars_with_the_part_that_plays_on(lib):
    """Round 96's cs09 (dev): "is the break louder or quieter than the chorus?" over a kit that plays on alone, harder,
    where the band drops out, got the mix after a later section change against the break and the chorus together,
    "clearly quieter", no word of the kit. The break's own bars against the bars before, and the kit's own strokes."""
    def kit(a: float, z: float, vel: int) -> list[dict]:
        return [note(t, 36 if i % 2 == 0 else 38, 0.1, vel) for i, t in enumerate(np.arange(a, z, P))] + \
            [note(t, 42, 0.05, vel // 2) for t in np.arange(a, z, P / 2)]
    drums = kit(0.0, 4 * BAR, 50) + kit(4 * BAR, 6 * BAR, 100)
    bass = [note(t, 45, P * 0.8) for t in np.arange(0.0, 4 * BAR, P)]
    piano = [note(t, p, P * 0.9) for t in np.arange(0.0, 4 * BAR, P) for p in (57, 60, 64)] + \
        [note(t, p, P * 0.9, 60) for t in np.arange(6 * BAR, 8 * BAR, P) for p in (57, 60, 64)]
    tid = make_track(lib.store, "e2" * 6 + "e525", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": drums, "bass": bass, "piano": piano},
                     levels_db={"drums": -20.0, "bass": -14.0, "piano": -10.0})
    f = get_findings(lib, tid, ["drums", "bass", "piano"], 2 * BAR, 8 * BAR,
                     "is the break louder or quieter than the chorus?")
    first = f.summary.split(". ")[0]
    assert first.startswith("In the break from the third bar here the mix as a whole is clearly quieter than in the "
                            "bars before it"), f.summary
    assert "the bass and piano gone; the drums play on alone clearly harder than before" in first, f.summary


def test_what_the_drummer_keeps_time_on_is_said_run_by_run(lib):
    """"What's the drummer keeping time on?" over a ballad's verse ride giving way to closed hats at its chorus got
    "There is steady activity between the beats", and "is he on the ride or the hats?" the kit's pattern blended across
    the change (the thirty-eighth session's sweep on round 98's cu12 window, dev): the timekeeper is said run of bars
    by run of bars, a ringing cymbal named as the ride or open hat the audio cannot tell apart, each with its rate."""
    from frames.findings import TIMEKEEPER_ASKED

    g = groove(16)
    g["drums"] = [n for n in g["drums"] if not (n["pitch"] == 42 and n["time_s"] < 2 * BAR and n["time_s"] % P > 0.01)]
    g["drums"] = [dict(n, pitch=46) if n["pitch"] == 42 and n["time_s"] < 2 * BAR else n for n in g["drums"]]
    tid = make_track(lib.store, "e2" * 6 + "e533", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                     sections=[(0.0, 2 * BAR, "A"), (2 * BAR, 16.0, "B")])
    said = ("The drummer keeps time on a ringing cymbal (a ride or an open hi-hat: the drum reading does not tell the "
            "two apart), on every beat, in the first two bars here; then on closed hi-hats, on every eighth, from the "
            "third bar here, where a new section begins.")
    # (what he rides on before where he crashes: "what's he riding on, ride or crash?" led with the one crash, the
    # thirty-eighth session's sweep on Shadows, dev)
    for q in ("what's the drummer keeping time on?", "is he on the ride or the hats, and does that change?",
              "what's he riding on, ride or crash?"):
        f = get_findings(lib, tid, ["drums", "bass"], 0.0, 4 * BAR, q)
        assert f.summary.startswith(said), (q, f.summary)
    # the hats opening at the change is an event that names both things it may be
    assert [e.detail for e in f.events if e.kind == "plays_differently"] == ["the timekeeping moves to closed hi-hats"]
    for q in ("does the drummer keep time with the click?", "is she keeping time?", "is the bass riding the kick?"):
        assert not re.search(TIMEKEEPER_ASKED, q), q


def test_a_lone_ringing_bar_among_closed_hats_is_said_as_their_ringing(lib):
    """A section's first downbeat crash rings over its closed hats, which then read as ringing for that bar
    (ft_drive_ab152's intro and verse, the thirty-eighth session's sweep, dev): a lone ringing bar among closed ones
    is said as the hats ringing there, opened or under a crash's wash, not as the timekeeper changing twice."""
    g = groove(16)
    g["drums"] = [dict(n, pitch=46) if n["pitch"] == 42 and BAR <= n["time_s"] < 2 * BAR else n for n in g["drums"]]
    tid = make_track(lib.store, "e2" * 6 + "e534", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "what is the drummer riding on here?")
    assert f.summary.startswith("The drummer keeps time on closed hi-hats, on every eighth, all through the window; "
                                "the hats ring on in the second bar here (opened, or under a crash's wash)."), f.summary


def _verse_into_chorus(lib, tail: str, timekeeper: list[dict]) -> str:
    """Two bars of a verse (kick on one, snare on three, ``timekeeper``) into the groove's chorus, a section change
    at the third bar: the track's id ends in ``tail``."""
    g = groove(16)
    verse = [note(b * BAR, 36, 0.1, 100) for b in range(2)] + [note(b * BAR + 2 * P, 38, 0.1, 100) for b in range(2)]
    g["drums"] = verse + timekeeper + [n for n in g["drums"] if n["time_s"] >= 2 * BAR - 0.01]
    return make_track(lib.store, "e2" * 6 + tail, duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g,
                      sections=[(0.0, 2 * BAR, "A"), (2 * BAR, 16.0, "B")])


def test_a_groove_that_changes_at_a_section_change_is_said_side_by_side(lib):
    """A ballad's verse (kick on one, snare on three, a ride on the beats) into its chorus (a backbeat, closed eighths)
    was said as one pattern, the two blended: "the side-stick on two and three" (round 98's cu12 window, the
    thirty-eighth session's sweep, dev). Each side's whole bars are read apart where the kick, the backbeat or the
    timekeeper moves; a kit that plays one groove across the change is still said once."""
    tid = _verse_into_chorus(lib, "e535", [note(b * BAR + i * P, 46, 0.3, 60) for b in range(2) for i in range(4)])
    f = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "what's the drum pattern?")
    assert f.summary.startswith("The groove changes where the new section begins, in the third bar here: before it "
                                "the kick plays on one, the snare on three and the ride or open hi-hat on all four "
                                "beats; from there the kick plays on one and three, the snare on two and four and the "
                                "hi-hat on every eighth."), f.summary
    f = get_findings(lib, tid, ["drums"], 2 * BAR, 6 * BAR, "what's the drum pattern?")
    assert f.summary.startswith("The kick plays on one and three, the snare on two and four and the hi-hat on every "
                                "eighth."), f.summary


def test_a_sides_hat_on_the_backbeat_alone_is_hedged_as_a_tambourine_in_a_groove_that_changes(lib):
    """The groove said side by side names a side's timekeeper on two and four alone "tambourine or hi-hat", as the
    window's pattern does (a sixties kit's tambourine is read in the hi-hat class); before, that side said "the
    hi-hat on two and four" outright."""
    tid = _verse_into_chorus(lib, "e541", [note(b * BAR + i * P, 42, 0.05, 70) for b in range(2) for i in (1, 3)])
    f = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "what's the drum pattern?")
    assert f.summary.startswith("The groove changes where the new section begins, in the third bar here: before it "
                                "the kick plays on one, the snare on three and the tambourine or hi-hat on two and "
                                "four; from there the kick plays on one and three, the snare on two and four and the "
                                "hi-hat on every eighth."), f.summary


def test_a_run_round_the_toms_is_the_fill_and_its_landing_is_said(lib):
    """"want to line up a guitar slide with the spot where he goes round the toms -- where is it, and what does he land
    on coming out of it?" over MusicDelta Punk's tom fill got "The window starts on a downbeat" ("line up" read as the
    bar line's ask) and the fill without its landing (round 99's cv01, dev). A run round the toms is the fill asked,
    with the strokes on the one after it; asked of a groove with no fill, "no fill" is said."""
    g = groove(16)
    fill = [note(BAR + 2 * P + i * P / 4, (48, 48, 47, 47, 45, 45, 43, 43)[i], 0.1, 100) for i in range(8)]
    g["drums"] = [n for n in g["drums"] if not (BAR + 2 * P - 0.01 <= n["time_s"] < 2 * BAR - 0.01)] + fill + \
        [note(2 * BAR, 49, 0.5, 110)]
    tid = make_track(lib.store, "e2" * 6 + "e536", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "want to line up a synth riser with the spot where he goes "
                     "round the toms -- where is it, and what does he land on coming out of it?")
    assert f.summary.startswith("The drums play a fill from the third beat of the second bar here: "), f.summary
    assert "; it lands on the one of the third bar here with the kick, hi-hat and cymbals." in f.summary, f.summary
    plain = make_track(lib.store, "e2" * 6 + "e537", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                       stems=groove(16))
    f = get_findings(lib, plain, ["drums"], 0.0, 4 * BAR, "does he go round the kit anywhere here?")
    assert f.summary.startswith("The drums play no fill in this window."), f.summary


def test_a_fill_into_a_bar_the_kit_sits_out_is_said_to_land_on_nothing(lib):
    """A fill that leads into a bar the kit rests in was said with no landing at all (the landing rule read only a bar
    with strokes in it): the rest after it is what the producer's part lands against, so it is said."""
    g = groove(16)
    fill = [note(BAR + 2 * P + i * P / 4, (48, 48, 47, 47, 45, 45, 43, 43)[i], 0.1, 100) for i in range(8)]
    g["drums"] = [n for n in g["drums"] if not (BAR + 2 * P - 0.01 <= n["time_s"] < 3 * BAR - 0.01)] + fill
    tid = make_track(lib.store, "e2" * 6 + "e542", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "where's the tom fill, and what does he land on coming out "
                     "of it?")
    assert f.summary.startswith("The drums play a fill from the third beat of the second bar here: "), f.summary
    assert "; it lands on nothing: no stroke is read in the third bar here after it, so the kit rests there." \
        in f.summary, f.summary


def test_the_texts_drum_pattern_keys_the_hat_class_as_the_sentences_name_it(lib):
    """The Beatles' tambourine on two and four, said "tambourine or hi-hat" in the sentences, was keyed 'hihat' in the
    text's drum pattern, and the client told a producer of "hats on two and four" (round 100's cw03, dev). The hat class
    is keyed as the sentences call it: a tambourine or hat on the backbeat alone, a ride or open hat where its hits ring
    on; a hat on every eighth stays 'hihat', and the structured content keeps the class's key."""
    from stemsense_mcp.server import result

    g = groove(16)
    g["drums"] = [n for n in g["drums"] if n["pitch"] != 42] + \
        [note(b * BAR + k * P, 42, 0.05, 60) for b in range(8) for k in (1, 3)]
    tid = make_track(lib.store, "e2" * 6 + "e538", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["drums"], 0.0, 8.0, "what's the drummer playing here?")
    text = result(f, f.summary).content[0].text
    assert "tambourine or hi-hat: on two and four" in text and "hihat:" not in text, text
    assert f.drum_pattern.pattern.get("hihat") == "on two and four"
    ride = groove(16)
    ride["drums"] = [dict(n, pitch=46) if n["pitch"] == 42 else n for n in ride["drums"]]
    tid = make_track(lib.store, "e2" * 6 + "e539", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=ride)
    f = get_findings(lib, tid, ["drums"], 0.0, 8.0, "what's the drummer playing here?")
    assert "ride or open hi-hat: on every eighth" in result(f, f.summary).content[0].text
    tid = make_track(lib.store, "e2" * 6 + "e540", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems=groove(16))
    f = get_findings(lib, tid, ["drums"], 0.0, 8.0, "what's the drummer playing here?")
    assert "hihat: on every eighth" in result(f, f.summary).content[0].text


def test_an_instruments_range_is_read_from_the_notes_it_plays_at_its_own_level_not_a_leak_or_an_overtone(lib):
    """"same range? thinking of dropping the guitar an octave" over a degraded copy's guitar comping E4 to D5 under a
    singer from E5 (round 107's dd11, dev) got "the guitar (F sharp up to C) overlap here": the bass leaking into the
    guitar's stem and an overtone two octaves over a chord's top, each read far under the guitar's own level, were
    named as its range. An instrument's range is its notes played at its own level (eval.ranges)."""
    g = groove(16)
    chops = [(67, 71, 74), (64, 67, 72), (66, 69, 74), (67, 71, 74)]
    g["guitar"] = [note(b * BAR + k * P + 2 * P / 3, x, 0.2, 90) for b in range(4) for k in range(4)
                   for x in chops[b]]
    g["guitar"] += [note(3 * BAR + 0.02, 42, 0.4, 55), note(BAR + 2 * P / 3, 96, 0.15, 45)]  # the leak, the overtone
    g["vocals"] = [note(b * BAR + i * P, (83, 85, 79, 76)[b] + (2 if i % 2 else 0), P * 0.9) for b in range(4)
                   for i in range(4)]
    tid = make_track(lib.store, "e2" * 6 + "e555", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    f = get_findings(lib, tid, ["vocals", "guitar"], 0.0, 4 * BAR, "in the first bars the guitar and the singer feel "
                     "like they're on top of each other. same range? thinking of dropping the guitar an octave")
    assert next(p for p in f.presence if p.stem == "guitar").lowest_highest == "E4–D5", f.presence
    assert "their ranges do not overlap" in f.summary, f.summary


def test_a_major_seventh_over_the_chords_root_is_its_colour_not_the_note_fighting_the_chord(lib):
    """"something in the chorus rubs between the singer and the keys. which of her notes is fighting the chord?" got her
    G sharp over A and A sharp over B named beside her F natural against the keys' F sharps over B, and the client
    called the A sharp the likeliest sore spot (round 108's de06, dev). A major seventh over a major chord's root is
    the chord's colour: the rub is the F against the F sharp."""
    keys = [note(b * BAR + i * P / 2, x, P / 2 * 0.8) for b, shape in enumerate([(57, 61, 64), (59, 63, 66)] * 2)
            for i in range(8) for x in shape]
    voice = [note(b * BAR + i * P, (80, 76, 80, 76)[i] if b % 2 == 0 else (78, 77, 78, 77)[i], P * 0.9)
             for b in range(4) for i in range(4)]
    tid = make_track(lib.store, "e2" * 6 + "e556", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", key="E major",
                     key_pc=4, stems={"piano": keys, "vocals": voice})
    f = get_findings(lib, tid, ["vocals", "piano"], 0.0, 4 * BAR, "something rubs between the singer and the keys. "
                     "which of her notes is fighting the chord, and where? deciding whether to nudge her or the keys")
    assert re.search(r"Against the piano, \w+ of the vocals' notes rubs? a semitone off a note it sounds \(F against "
                     r"F sharp, in the second (?:and fourth )?bars? here\); G sharp over A is a major seventh over the "
                     r"chord's root, the chord's colour, not a rub\.", f.summary), f.summary


def test_a_parts_beats_louder_than_its_ands_at_the_median_are_its_accents_where_velocities_are_asked(lib):
    """"is he hitting every chord the same, or leaning into the downbeat? want the velocities to feel right" over a keys
    part whose beats sound 2 dB over its ands (93 against 83 in the score) got "even" and "program flat velocities"
    (round 108's de11, dev): on the stored 50 ms frames the beats were louder in 14 of 15 pairs but by a decibel in
    only two in three. The beats here are 1.5 dB over the ands in three pairs of five and 0.6 dB in two."""
    keys = [note(i * P / 2, x, P / 2 * 0.4, 90) for i in range(32) for x in (56, 59, 63)]
    tid = make_track(lib.store, "e2" * 6 + "e557", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": keys})
    for up, beats in ((1.5, (2, 3, 4)), (0.6, (0, 1))):
        lib.store.db.execute(f"UPDATE features SET energy_db = energy_db + {up} WHERE track_id = ? AND stem = 'piano' "
                             "AND (CAST(ROUND(time_s * 20) AS INTEGER) % 10) IN (0, 1) AND "
                             f"(CAST(ROUND(time_s * 20) AS INTEGER) / 10) % 5 IN {beats}", [tid])
    lib.store.db.conn.commit()
    f = get_findings(lib, tid, ["piano"], 0.0, 4 * BAR, "is he hitting every chord the same, or leaning into the "
                     "downbeat of each bar? want the velocities to feel right")
    assert next(p for p in f.presence if p.stem == "piano").accents == "on the beats", f.presence
    assert "the accents fall on the beats" in f.summary, f.summary


def test_a_two_feel_or_four_is_said_from_the_bass_else_from_the_kits_places(lib):
    """"is this a two-feel or four? where do the kick and the click on the backbeat fall, and is the hat playing
    eighths?" over a country kit (kick and hat on one and three, side-stick on two and four, nothing between) got
    "four to the bar" with 2/2 as its alternative (round 108's de04, dev). A boom-chick with nothing between the beats
    is a two-feel; hats on the eighths are in four; a bass on one and three only is a two-feel whatever the kit does."""
    boom = [note(b * BAR + k * P, x, 0.1, 100) for b in range(4) for k in range(4)
            for x in ((36, 42) if k % 2 == 0 else (37,))]
    tid = make_track(lib.store, "e2" * 6 + "e558", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": boom})
    q = "is this a two-feel or four? and is the hat playing eighths I should follow?"
    said = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, q).summary
    assert said.startswith("A two-feel: the kick and hi-hat on one and three, the side-stick on two and four and "
                           "nothing between the beats, a boom-chick felt in two."), said
    g = groove(16)
    tid = make_track(lib.store, "e2" * 6 + "e559", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "does this feel in two or in four?").summary
    assert said.startswith("In four, not a two-feel: the hi-hat is playing between the beats."), said
    g["bass"] = [note(b * BAR + k * P, 45, 2 * P * 0.9) for b in range(8) for k in (0, 2)]
    tid = make_track(lib.store, "e2" * 6 + "e560", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, tid, ["bass", "drums"], 0.0, 4 * BAR, "is the band in a two-feel here?").summary
    assert said.startswith("A two-feel: the bass plays on one and three only"), said


def test_the_notes_a_line_leans_on_are_its_held_notes_where_none_or_one_reaches_a_beat(lib):
    """"want a horn pad to swell under the notes she leans on. which ones does she actually hold?" over a singer's four
    notes of about a beat among half-beat notes gave "one long note", the one read a hair over a beat (round 109's
    df09), and a solo voice's leaned-on notes of half a beat among her quick ones "no note as long as a beat: the
    longest is the D" (round 108's de05; both dev). The notes standing out from the line's own are its held notes."""
    quick = [note(i * P / 2, (76, 74)[i % 2], P / 2 * 0.9) for i in range(8)]
    leaned = [note(2 * BAR + k * P, (79, 78, 79, 78)[k], P * (1.04 if k == 1 else 0.94)) for k in range(4)]
    tid = _voice_over_a_groove(lib, "e561", quick + [dict(n, time_s=n["time_s"] + BAR) for n in quick] + leaned)
    f = get_findings(lib, tid, ["vocals", "bass"], 0.0, 3 * BAR, "want a horn pad to swell under the notes she leans "
                     "on. which ones does she actually hold, and where?")
    assert re.match(r"The vocals hold no note as long as a beat here, but lean on four notes well over their others, "
                    r"longest first: the \w+(?: sharp)? from the \w+ beat of the third bar here, just under a beat;"
                    r"[^.]*; and the \w+(?: sharp)? from the \w+ beat of the third bar here, just under a beat\.",
                    f.summary), f.summary
    short = [note(i * P / 2, (72, 74)[i % 2], P * (0.8 if i in (4, 12) else 0.2)) for i in range(16)
             if i not in (5, 13)]
    tid = _voice_over_a_groove(lib, "e562", short)
    for q in ("which notes does she actually hang on, and where?",
              # (round 110's dg04 and dg06, dev: her notes, no held notes, were said)
              "want strings to swell under the notes she actually holds. which ones are they, and where?",
              "want a pad under whatever she holds. which of her notes actually hang, and where?"):
        f = get_findings(lib, tid, ["vocals", "bass"], 0.0, 2 * BAR, q)
        assert f.summary.startswith("The vocals hold no note as long as a beat here, but lean on two notes well over "
                                    "their others, longest first:"), (q, f.summary)


def test_a_band_coming_back_in_hot_or_settling_down_out_of_a_drum_solo_asks_the_named_parts_own_level(lib):
    """"riding the drum bus out of the drum solo into the second head -- does the band come back in hot and build
    through it, or settle right back down? where do I pull the drums back?" got the selection's loudest bars, and the
    client said the band came back in hot where the drums fall from the solo's level (round 109's df12, dev). The
    drums' own level across the band's entry answers it."""
    g = groove(16)
    drums = [dict(n, velocity=120 if n["time_s"] < BAR else 50) for n in g["drums"] if n["time_s"] < 4 * BAR]
    sung = [note(BAR + i * P, (69, 71, 72, 74)[i % 4], P * 0.9) for i in range(12)]
    bass = [n for n in g["bass"] if BAR <= n["time_s"] < 4 * BAR]
    tid = make_track(lib.store, "e2" * 6 + "e563", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": drums, "bass": bass, "vocals": sung})
    f = get_findings(lib, tid, ["drums", "bass", "vocals"], 0.0, 4 * BAR, "riding the drum bus out of the drum solo "
                     "into the head -- does the band come back in hot and build through it, or settle right back down? "
                     "where do I pull the drums back?")
    assert f.summary.startswith("From the second bar here, the drums play clearly softer than before"), f.summary


def test_a_comps_eighths_each_held_to_the_next_ring_and_a_bass_with_long_gaps_cuts_its_notes_short(lib):
    """eval.articulation (dev: the frames songs): a piano strumming eighths, each chord held to the next, was said
    to cut its chords short, 'each about half a beat' (a chord part's ring was read from its length in beats alone);
    a bass's pairs of eighths, each pair a beat and a half of air from the next, was said to hold its notes part
    of the time (the median of each note's share of its gap: a short gap's overlap weighed as much as a long gap's
    air)."""
    strum = [note(i * P / 2, q, P / 2 * 0.97) for i in range(32) for q in (57, 60, 64)]
    tid = make_track(lib.store, "e2" * 6 + "e564", duration_s=17, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="A minor", key_pc=9, stems={"piano": strum})
    f = get_findings(lib, tid, ["piano"], 0.0, 16.0, "is she letting the chords ring into each other or choking "
                     "them off?")
    assert f.summary.startswith("The piano lets its chords ring here, each about half a beat."), f.summary
    # the bass: two eighths, each held to the next, then a beat and a half of air: air for half the time
    pocket = [note(k * 2 * P + at, 45 + 2 * (k % 2), P / 2) for k in range(16) for at in (0.0, P / 2)]
    tid = make_track(lib.store, "e2" * 6 + "e565", duration_s=17, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="A minor", key_pc=9, stems={"bass": pocket})
    f = get_findings(lib, tid, ["bass"], 0.0, 16.0, "is he letting his notes ring or cutting them short?")
    assert f.summary.startswith("The bass cuts its notes short here"), f.summary


def test_a_singers_duplets_split_by_restarts_just_before_her_next_notes_are_straight_and_said_first(lib):
    """Round 111's dh09 (dev): 'her off-beat notes sit with the ride's skip beat, yeah? thinking of snapping her to
    the triplet grid' over a twelve-eight got where she plays off the beat and the kit's pattern, and her even
    duplets read 'in three': the transcription restarted each held note a tenth of a second before her next one, and
    the restart took that note's stroke, a third of the way through the beat."""
    beat = 1.0
    scale = [71, 73, 71, 73, 67, 69, 67, 69]
    line = []
    for i, t in enumerate(np.arange(0.0, 16.0, beat / 2)):
        line += [note(t, scale[i % 8], 0.37), note(t + 0.37, scale[i % 8], 0.12, 60)]  # the held note, its restart
    make_track(lib.store, "e2" * 6 + "e566", duration_s=16, bpm=60, beats_per_bar=4, meter="12/8",
               stems=_shuffle_band(16, beat) | {"vocals": line})
    f = get_findings(lib, "e2" * 6 + "e566", ["vocals", "drums"], 0.0, 8.0, "tightening up the singer here -- her "
                     "off-beat notes sit with the ride's skip beat, yeah? thinking of snapping her to the triplet grid")
    assert "The vocals sing straight, splitting each beat evenly in two across the band's triplet lilt" in \
        ". ".join(f.summary.split(". ")[:2]), f.summary


def test_a_comps_beats_asked_after_the_one_or_the_backbeat_say_which_beat_of_the_bar_leans(lib):
    """Round 111's dh03 (dev): 'is he even on every eighth, or does he dig into some, like the one or the backbeat?'
    got the beats louder than the 'ands' and nothing of the one or the backbeat."""
    q = "copying the keys onto a synth -- is he even on every eighth, or does he dig into some, like the one or the " \
        "backbeat?"
    for tid, loud, said in (("e2" * 6 + "e567", {1: 110, 2: 110, 3: 110, 4: 110},
                             "and no beat of the bar stands out over the others: neither the one nor the backbeat"),
                            ("e2" * 6 + "e568", {1: 95, 2: 120, 3: 95, 4: 120},
                             "two and four are louder than one and three: it leans on the backbeat")):
        comp = [note(b * BAR + k * P / 2, q_, P / 2 * 0.4, loud[k // 2 + 1] if k % 2 == 0 else 60)
                for b in range(8) for k in range(8) for q_ in (57, 60, 64)]
        make_track(lib.store, tid, duration_s=17, bpm=BPM, beats_per_bar=4, meter="4/4", key="A minor", key_pc=9,
                   stems={"piano": comp})
        f = get_findings(lib, tid, ["piano"], 0.0, 16.0, q)
        assert said in f.summary, f.summary
        assert "The piano's strokes on the beats are louder than those between them" in f.summary, f.summary


def test_a_part_that_changes_how_it_plays_is_said_to_ring_or_cut_short_on_each_side_of_the_change(lib):
    """eval.articulation (dev: the frames songs): 'is the guitar letting its chords ring or cutting them short?' over
    a hook into a verse, where the guitar changes how it plays, got the chords alone: how its strokes join was said
    nowhere. Short stabs on the beats through a verse, then chords held to the next through the chorus."""
    stabs = [note(b * BAR + i * P, q, 0.15) for b in range(4) for i in range(4) for q in (57, 60, 64)]
    held = [note(4 * BAR + b * BAR + i * 2 * P, q, 2 * P - 0.02) for b in range(4) for i in range(2)
            for q in (55, 59, 62)]
    tid = make_track(lib.store, "e2" * 6 + "e569", duration_s=17, bpm=BPM, beats_per_bar=4, meter="4/4",
                     key="C major", key_pc=0, stems={"guitar": stabs + held},
                     sections=[(0.0, 4 * BAR, "verse"), (4 * BAR, 8 * BAR, "chorus")])
    f = get_findings(lib, tid, ["guitar"], 0.0, 8 * BAR, "is the guitar letting its chords ring or cutting them "
                     "short?")
    assert f.summary.startswith("The guitar cuts its chords short, each about half a beat, then from the fifth "
                                "bar here lets them ring into each other, each about two beats."), f.summary


def test_side_sticks_in_no_fixed_place_are_not_called_the_backbeat(lib):
    """Round 114's dk05 (dev): a drum solo's snare hits, none in a fixed place, were said as "The backbeat in scattered
    places, none fixed in the bar is a side-stick": no place of its own is no backbeat."""
    g = groove(16)
    places = [1 * P, 3 * P + P / 2, P / 2, 3 * P]  # beat two, the and of four, the and of one, beat four
    g["drums"] = [n for n in g["drums"] if n["pitch"] != 38] + [note(b * BAR + x, 37, 0.1, 100)
                                                                  for b, x in enumerate(places)]
    tid = make_track(lib.store, "e2" * 6 + "e570", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4", stems=g)
    said = get_findings(lib, tid, ["drums"], 0.0, 4 * BAR, "is that a snare roll he brings them back with?").summary
    assert "The snare's hits here, in scattered places, none fixed in the bar, are side-sticks (cross-stick)" in said, \
        said
    assert "The backbeat in scattered" not in said, said


def test_a_singers_few_long_notes_each_a_touch_behind_the_keys_are_said_behind(lib):
    """Round 114's dk04 (dev): a singer's four long notes, each read in pieces by the transcription and each starting
    twenty milliseconds after the keys' downbeat, were read "in time" with the offset unresolved (every piece a start
    struck under a ringing note; four notes too few for a verdict). Her restarts are joined before the lock is read,
    and a few notes landing the same way are said as such; on the beat, nothing of a touch behind."""
    bar = 5 * P
    keys = [note(b * bar + k * P / 2, 60 + (k % 5), P * 0.75, 60) for b in range(4) for k in range(10)]
    def sung(delay_s):
        out = []
        for b, pitch in enumerate((75, 77, 82, 80)):
            t0, t1 = b * bar + delay_s, (b + 1) * bar - 0.1
            cuts = np.linspace(t0, t1, 4)  # each long note read in three pieces, end to start
            out += [note(float(x), pitch, float(y - x), 100) for x, y in zip(cuts[:-1], cuts[1:])]
        return out
    for delay_s, key in ((0.02, "e571"), (0.0, "e572")):
        tid = make_track(lib.store, "e2" * 6 + key, duration_s=4 * bar + 2, bpm=BPM, beats_per_bar=5, meter="5/4",
                         stems={"piano": keys, "vocals": sung(delay_s)})
        said = get_findings(lib, tid, ["vocals", "piano"], 0.0, 4 * bar, "her long notes sound a touch behind the keys "
                            "-- is she actually late, and by how much?").summary
        if delay_s:
            assert "the vocals start a touch after the piano, typically by about twenty milliseconds" in said, said
        else:
            assert "a touch after" not in said, said


def test_a_walking_bass_alone_implies_one_chord_a_bar_its_approach_note_no_chord_of_its_own(lib):
    """Round 114's dk10 (dev): a walk over C from the bass alone, C2 E2 G2 B1 into C2, was charted "C, G" in one bar
    (the B1 a half step under the next root read with the G as a G chord). A single line's last note in a bar, a step
    from the note on the next bar line, leads into it: the bar's chord is read from the notes before."""
    roots = [36, 36, 43, 43]
    bass = []
    for bar, root in enumerate(roots):
        nxt = (roots + [36])[bar + 1]
        lead = nxt + 1 if bar == 1 else nxt - 1  # from below, from above (G sharp into G), from below
        for k, pitch in enumerate([root, root + 4, root + 7, lead]):
            bass.append(note(bar * BAR + k * P, pitch, P * 0.9))
    bass.append(note(4 * BAR, 36, P * 0.9))
    tid = make_track(lib.store, "e2" * 6 + "e573", duration_s=16, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"bass": bass})
    chart = get_findings(lib, tid, ["bass"], 0.0, 4 * BAR, "what are the changes under this walk?").harmony.chart
    assert chart.implied and [b.chords for b in chart.bars] == [["C"], ["C"], ["G"], ["G"]], chart.bars


def test_a_singers_held_note_the_voice_let_go_of_is_sung_anew_however_the_transcription_ran_on():
    """Round 116's dm02 (dev): a singer's three held D5s, each re-sung on its bar line after 0.19 s of silence, were
    read as one note over two bars (the transcription ran each on through the gap), her second entry lost. A same-pitch
    note starting where the one before ends is a restart of it, unless her frames fell silent just before it."""
    from analysis.core.types import Frames
    from heuristics.common import fell_silent, restarts_joined

    def frames(silent_from: float | None) -> Frames:
        rows = [dict(time_s=round(t, 3), energy_db=-83.0 if silent_from is not None and silent_from <= t < 2.0
                     else -35.0, centroid_hz=1000.0, pitch_hz=587.3) for t in np.arange(0.0, 4.0, 0.05)]
        return Frames.from_rows(rows)
    start, end, pitch = np.array([0.0, 1.0, 2.02, 3.0]), np.array([1.0, 2.02, 3.0, 3.9]), np.array([74, 74, 74, 74])
    keep, _ = restarts_joined(start, end, pitch, frames(1.85))
    assert keep.tolist() == [True, False, True, False]  # let go at 1.85-2.0: the note at 2.02 is sung anew
    keep, joined = restarts_joined(start, end, pitch, frames(None))
    assert keep.tolist() == [True, False, False, False] and joined[0] == pytest.approx(3.9)  # a held note's pieces
    assert fell_silent(frames(1.85), 2.02, 0.0) and not fell_silent(frames(None), 2.02, 0.0)


def test_a_singer_a_touch_behind_the_band_on_held_chords_is_timed_against_the_part_asked(lib):
    """Round 116's dm02 (dev): "is she landing right with the guitar and bass each time, or a hair off? by how much?"
    over three held chords got the chords (its purpose named them) and, with timing asked, only "too few": the lock
    read for the few notes was the bass's against the guitar (the window's most coinciding pair), not hers."""
    chords = [note(b * BAR, p, BAR - 0.05, 80) for b in range(3) for p in (55, 59, 62)]
    bass = [note(b * BAR, 43, BAR - 0.05, 80) for b in range(3)]
    voice = [note(b * BAR + 0.03, 74, BAR - 0.4, 100) for b in range(3)]
    tid = make_track(lib.store, "e2" * 6 + "e574", duration_s=3 * BAR + 1, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"guitar": chords, "bass": bass, "vocals": voice})
    said = get_findings(lib, tid, ["vocals", "guitar", "bass"], 0.0, 3 * BAR, "lining up a string swell with the "
                        "singer on those last three long chords -- is she landing right with the guitar and bass each "
                        "time, or a hair off? by how much?").summary
    assert "the vocals start a touch after the guitar, typically by about thirty milliseconds" in said, said


def test_a_singers_notes_rub_against_a_parts_chops_struck_while_she_holds_them(lib):
    """Round 116's dm01 (dev): "she sounds flat against the guitar -- is she just out of tune?" got her intonation
    alone, where her held notes rubbed a half step against the guitar's short chops struck inside them (the rubs were
    counted only where the guitar sounded as her note began), and a B under the guitar's C was called a major
    seventh's colour."""
    from heuristics.describe import _major_seventh_colour

    assert not _major_seventh_colour("C", 71, 72) and _major_seventh_colour("C", 83, 72)  # B4 under C5; B5 over C5
    voice = [note(b * BAR + k * 2 * P, p, 2 * P - 0.05, 100) for b in range(2)
             for k, p in enumerate((73, 71) if b == 0 else (71, 69))]  # C sharp 5, B4 | B4, A4
    chops = [note(b * BAR + k * P + P / 2, p, 0.15, 80) for b in range(2) for k in range(4)
             for p in ((62, 67, 71, 74) if k < 2 else (62, 67, 72, 74))]  # G chords, the top D5 over her C sharp
    tid = make_track(lib.store, "e2" * 6 + "e575", duration_s=2 * BAR + 1, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": voice, "guitar": chops}, chords=[(0.0, 2 * BAR, "G")], key="G major", key_pc=7)
    said = get_findings(lib, tid, ["vocals", "guitar"], 0.0, 2 * BAR, "the singer sounds flat against the guitar "
                        "right at the top -- is she just out of tune there?").summary
    assert "Against the guitar" in said and "rub a semitone" in said and "C sharp against D" in said, said


def test_her_gaps_asked_beside_the_part_to_fill_them_are_hers_and_her_returns_are_placed(lib):
    """Round 116's dm06 (dev): "want a little guitar lick in each of her gaps -- how long is each hole, and does she
    come back in right on the one?" got "the guitar leaves no hole" (the guitar named first), and where she comes back
    was left to her rests' times."""
    from frames.findings import _gaps_part

    assert _gaps_part(["guitar", "vocals"], "a lick in each of her gaps") == ["vocals", "guitar"]
    assert _gaps_part(["guitar", "vocals"], "where are the guitar's gaps under her?") == ["guitar", "vocals"]
    chops = [note(b * BAR + k * P + P / 2, p, 0.15, 80) for b in range(4) for k in range(4) for p in (60, 64, 67)]
    voice = [note(b * BAR + k * P, 76, P - 0.05, 100) for b in (0, 2) for k in range(4)] + \
        [note(b * BAR + k * P, 74, P - 0.05, 100) for b in (1, 3) for k in range(2)]
    tid = make_track(lib.store, "e2" * 6 + "e576", duration_s=4 * BAR + 1, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"guitar": chops, "vocals": voice})
    said = get_findings(lib, tid, ["guitar", "vocals"], 0.0, 4 * BAR, "want a little guitar lick in each of her gaps "
                        "-- where does she stop, how long is each hole, and does she come back in right on the one?"
                        ).summary
    assert said.startswith("The vocals leave two holes"), said
    assert "the vocals come back in on the first beat of the third bar here" in said, said


def test_two_parts_asked_to_dig_in_together_are_each_said(lib):
    """Round 116's dm07 (dev): "the drums and bass dig in harder when the verse comes in, don't they?" got the bass
    alone (the part named last before the verb), the drums' own drop unsaid."""
    from frames.findings import _dig_stems

    assert _dig_stems("the drums and bass dig in harder when the verse comes in, don't they?",
                      ["drums", "bass"]) == ["drums", "bass"]
    assert _dig_stems("does the bass dig in when the singer comes in?", ["bass", "vocals"]) == ["bass"]
    kit = [note(b * BAR + k * P, 36 if k % 2 == 0 else 38, 0.1, 110 if b < 2 else 70) for b in range(4)
           for k in range(4)]
    bass = [note(b * BAR + k * P / 2, 40, P / 2 - 0.05, 110 if b < 2 else 75) for b in range(4) for k in range(8)]
    tid = make_track(lib.store, "e2" * 6 + "e577", duration_s=4 * BAR + 1, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"drums": kit, "bass": bass},
                     sections=[(0.0, 2 * BAR, "intro"), (2 * BAR, 4 * BAR, "verse")])
    said = get_findings(lib, tid, ["drums", "bass"], 0.0, 4 * BAR, "the drums and bass dig in harder when the verse "
                        "comes in, don't they? want to push the drum bus up").summary
    assert re.search(r"the drums play [^.;]*softer than before", said) and \
        re.search(r"; the bass plays [^.;]*softer than before", said), said


def test_a_bar_placed_by_what_the_singer_does_there_asks_no_tempo():
    """Round 116's dm09 (dev): "the bar over the B chord, where she slows down into longer notes and climbs. which
    notes does she sing there?" led with the tempo holding steady: the relative clause read as a question of its own,
    and a singer slowing into longer notes as the tempo slowing."""
    from frames.routing import TEMPO_WORDS, clause_asks

    q = ("got a cello answering her in verse one -- the bar over the B major chord, where she slows down into longer "
         "notes and climbs. which notes does she sing there, on which beats, and what's under her?")
    assert [k for k, _, _ in clause_asks(q, {"vocals", "piano", "bass"})] == ["part"]
    assert not re.search(TEMPO_WORDS, "where she slows down into longer notes and climbs")
    assert re.search(TEMPO_WORDS, "does the band slow down into the outro?")


def test_a_singers_one_held_note_above_the_keys_is_placed_for_a_part_between_them(lib):
    """Round 116's dm08 (dev): "a soft pad in between the keys and her, without landing on either -- where is each of
    them sitting?" got the window's course; and one note held read as a range "from E up to E"."""
    keys = [note(b * BAR, p, BAR - 0.05, 70) for b in range(2) for p in (52, 57, 61)]
    voice = [note(b * BAR + 0.02, 76, BAR - 0.1, 90) for b in range(2)]
    tid = make_track(lib.store, "e2" * 6 + "e578", duration_s=2 * BAR + 1, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": keys, "vocals": voice}, key="A major", key_pc=9)
    said = get_findings(lib, tid, ["piano", "vocals"], 0.0, 2 * BAR, "want to tuck a soft pad in between the keys and "
                        "her, without landing on either. where is each of them sitting?").summary
    assert said.startswith("The vocals sing only E, above the piano, whose notes run from E up to C sharp"), said


def test_a_last_note_off_the_beat_is_placed_in_its_beat(lib):
    """Round 115's dl04 (dev): "a delay throw on the very last note she sings -- which note is it, and exactly when?"
    got her A "on the fifth beat", where she sings it on the and of five: the last note and a line's last note were
    placed by their beat alone."""
    voice = [note(k * P, 72, P * 0.9, 90) for k in range(4)] + [note(BAR + k * P, 71, P * 0.9, 90) for k in range(3)]
    voice.append(note(BAR + 3.5 * P, 69, P * 0.45, 90))  # A4 on the and of four
    tid = make_track(lib.store, "e2" * 6 + "e579", duration_s=2 * BAR + 2, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": voice})
    said = get_findings(lib, tid, ["vocals"], 0.0, 2 * BAR + 1.0, "want a delay throw on the very last note she sings "
                        "-- which note is it, and exactly when?").summary
    assert "last note here is A on the and of the fourth beat of the second bar here" in said, said


def test_a_key_heard_is_no_key_asked_for_and_three_parts_registers_are_stacked(lib):
    """Round 117's dn03 and dn10 (dev): "verse one sounds like it's in D flat to me ... setting the harmonizer to D
    flat major, right?" opened on "Moved to D flat major" (the key heard read as a key wanted); "where are the bass, the
    keys and the singer each sitting, and where's the open space for the cello?" got the chords and her gaps."""
    from frames.findings import TO_KEY_ASKED

    assert not re.search(TO_KEY_ASKED, "verse one sounds like it's in D flat to me -- that right?")
    assert re.search(TO_KEY_ASKED, "our singer would like it in C -- what are these bars in C?")
    bass = [note(b * BAR, p, BAR - 0.05, 80) for b, p in enumerate((35, 37))]
    keys = [note(b * BAR, p, BAR - 0.05, 70) for b in range(2) for p in ((54, 59, 63) if b == 0 else (52, 56, 61))]
    voice = [note(BAR + k * P / 2, p, P / 2 - 0.02, 90) for k, p in enumerate((76, 78, 80, 81, 82, 81, 80, 78))]
    tid = make_track(lib.store, "e2" * 6 + "e580", duration_s=2 * BAR + 1, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"bass": bass, "piano": keys, "vocals": voice}, key="C# minor", key_pc=1)
    said = get_findings(lib, tid, ["bass", "piano", "vocals"], 0.0, 2 * BAR, "want a warm cello countermelody here -- "
                        "where are the bass, the keys and the singer each sitting, and where's the open space for the "
                        "cello?").summary
    assert said.startswith("From the top, the vocals from E up to A sharp, the piano from E up to D sharp and the bass "
                           "from B up to C sharp here: more than an octave lies free between the piano's highest note "
                           "and the vocals' lowest"), said


def test_asked_whether_she_is_late_against_the_keys_the_side_she_lands_is_said_or_why_it_cannot_be(lib):
    """The forty-sixth session's own question over ft_drive_e24 (dev): "is she late against the piano here?" asked no
    timing (a side of another part, not "behind" or "ahead"), and "does the voice come in a hair after the keys?" got
    "she does not come in here"; with timing asked, the loose lock of a voice and the keys said no side at all. Her
    notes struck out of quiet place her side of the keys in milliseconds; a legato line's cannot be, and it says so."""
    from frames.routing import asks_of

    for q in ("is she late against the piano here?", "does the voice come in a hair after the keys?",
              "are the keys coming in late?", "is the bass a bit behind the kick?",
              # (before the chart the chords' word asks: the forty-sixth session's routing sweep)
              "can you tell if the piano is a bit late on the chords?"):
        assert asks_of(q, ["vocals", "piano"])[0] == "timing", q
    for q in ("what happens late in the window?", "does the guitar come in early in the song?",
              "what comes in just after the drums?"):
        assert asks_of(q, ["vocals", "piano"])[0] != "timing", q
    # the keys on each beat and its e (a sixteenth after it), where she does not sing: half their notes meet hers
    keys = [note(b * BAR + k * P + e * P / 4, 60 + (k % 3) * 4, 0.1, 80) for b in range(4) for k in range(4)
            for e in (0, 1)]
    for delay_s, part, key, words in (
            (0.03, "vocals", "e581", "the vocals land a touch after the piano, typically by about thirty milliseconds"),
            (0.0, "vocals", "e582", "they land together, within a few milliseconds"),
            (0.0, "guitar", "e583", "so their starts cannot be placed finely enough to say which side of the")):
        # her notes on every eighth, half of them on the keys' quarters (a loose lock), short and apart; a guitar's
        # two-note shapes each struck under the one before, which still rings (a voice sings one pitch at a time)
        length = P / 2 - (0.0 if part == "guitar" else 0.15) + (0.2 if part == "guitar" else 0.0)
        line = [note(b * BAR + k * P / 2 + (delay_s if k % 2 == 0 else 0.0), p + (k % 4), length, 100)
                for b in range(4) for k in range(8) for p in ((72,) if part == "vocals" else (64, 72))]
        ringing = [dict(n, duration_s=0.4) for n in keys]  # (under the guitar's shapes, the keys' ring on too)
        tid = make_track(lib.store, "e2" * 6 + key, duration_s=4 * BAR + 1, bpm=BPM, beats_per_bar=4, meter="4/4",
                         stems={"piano": keys if part == "vocals" else ringing, part: line})
        for q in (("is she late against the piano here?", "does the voice come in a hair after the keys?")
                  if part == "vocals" else ("is the guitar late against the piano here?",)):
            said = get_findings(lib, tid, [part, "piano"], 0.0, 4 * BAR, q).summary
            assert words in said and "come in" not in said, (key, q, said)


def test_asked_whether_a_part_goes_below_its_low_string_the_part_asked_is_read_against_its_own(lib):
    """The forty-sixth session's routing sweep (dev): "does the bass go below the low E anywhere?" got the line's shape
    (a note named by its string, not its octave, was no limit), and "does the guitar go below E2?" over a strummed part
    got nothing (only a single line's notes were read against a limit). The low E is a bass's E1 and a guitar's E2."""
    bass = [note(b * BAR + k * P, (33, 31, 26, 33)[b] + (0, 7, 12, 7)[k], P * 0.9) for b in range(4) for k in range(4)]
    chords = [note(b * BAR + k * P, p, P * 0.9) for b in range(4) for k in range(4) for p in (52, 57, 60)]
    tid = make_track(lib.store, "e2" * 6 + "e584", duration_s=4 * BAR + 1, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"bass": bass, "guitar": chords})
    said = get_findings(lib, tid, ["bass"], 0.0, 4 * BAR, "does the bass go below the low E anywhere?").summary
    assert said.startswith("Below the low E (E one) the bass plays D in the third bar here"), said
    said = get_findings(lib, tid, ["bass"], 0.0, 4 * BAR, "could he play it all without going under the low E?").summary
    assert "(E one)" in said, said  # the part selected is the bass: its low string, though the question names none
    said = get_findings(lib, tid, ["guitar"], 0.0, 4 * BAR, "does the guitar go below the low E string?").summary
    assert said.startswith("The guitar stays at or above the low E (E two) here: its lowest note is E"), said


def test_a_part_easing_off_under_a_level_band_is_said_where_a_fade_is_asked(lib):
    """Round 119's dp06 (dev): "the last section just sits at one flat level right to the end, doesn't it? nobody's
    easing off" got "the level holds at one level ... no fade in the playing", where the keys struck each chord
    softer than the last (the band's level, the bass's held, moved about a decibel). A part whose strokes soften bar
    after bar, two decibels or more in all, eases off; the band's level alone does not say it."""
    question = ("the last section just sits at one flat level right to the end, doesn't it? nobody's easing off, so "
                "I'll have to draw a long fade across these bars myself")
    for vels, key, eased in (((100, 85, 72), "e585", True), ((90, 90, 90), "e586", False)):
        keys = [note(b * BAR, p, BAR - 0.1, v) for b, v in enumerate(vels) for p in (57, 60, 64)]
        bass = [note(b * BAR, (45, 41, 48)[b], BAR - 0.1, 90) for b in range(3)]
        tid = make_track(lib.store, "e2" * 6 + key, duration_s=3 * BAR + 1, bpm=BPM, beats_per_bar=4, meter="4/4",
                         stems={"piano": keys, "bass": bass})
        said = get_findings(lib, tid, ["piano", "bass"], 0.0, 3 * BAR, question).summary
        if eased:
            assert "but not every part: the piano eases off, each bar struck softer than the one before, about " \
                   "three decibels down" in said and "while the bass holds its level" in said, said
        else:
            assert "holds at one level to the window's end: no fade in the playing" in said, said


def test_a_singer_silent_from_the_windows_start_leaves_a_hole_there_and_her_returns_are_all_placed(lib):
    """Round 119's dp10 (dev): "at what times is she silent ... and is she ahead of the bar line on her way back?"
    over a window opening inside her rest got one hole (a rest counted only after she had sung), her return on the
    downbeat of the window's last, cut bar unplaced, and "the repeats" of her delay read as her phrases' repeats."""
    # (her last note before the window read into it, as a transcription runs a release on)
    voice = [note(0.6, 72, 0.55, 100)] + [note(2.0 + k * P / 2, 72 + (k % 3), P / 2, 100) for k in range(10)] + \
        [note(6.0 + k * P / 2, 74 - (k % 2), P / 2, 100) for k in range(4)]
    keys = [note(b * BAR + k * P, 60, P * 0.9, 80) for b in range(4) for k in range(4)]
    tid = make_track(lib.store, "e2" * 6 + "e587", duration_s=4 * BAR + 1, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"vocals": voice, "piano": keys})
    said = get_findings(lib, tid, ["vocals", "piano"], 1.0, 6.9, "the delay on her vocal is ducked off her own voice, "
                        "so the repeats only show up when she rests -- at what times is she silent, and is she ahead "
                        "of the bar line on her way back?").summary
    assert "The vocals leave two holes" in said and "come back in on the first beat of the second bar here and on " \
        "the first beat of the fourth bar here" in said and "again" not in said, said


def test_a_singers_long_notes_handed_from_one_pitch_to_the_next_are_timed_against_the_keys(lib):
    """Round 119's dp05 (dev): her three long notes, each 20 ms after the keys' downbeat, each read as starting "while
    the note before still rings" (the transcription ran each into the next by 30 ms, her release), left "too few" and
    no side. A voice sings one pitch at a time: a new pitch over the last one's release starts out of it."""
    keys = [note(b * BAR + k * P / 2, (57, 60, 64, 69)[k % 4], P / 2 - 0.02, 80) for b in range(3) for k in range(8)]
    voice = [note(b * BAR + 0.02, (76, 78, 80)[b], BAR + 0.01, 100) for b in range(3)]
    tid = make_track(lib.store, "e2" * 6 + "e588", duration_s=3 * BAR + 1, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={"piano": keys, "vocals": voice})
    said = get_findings(lib, tid, ["vocals", "piano"], 0.0, 3 * BAR, "quantizing her long notes here -- is she late "
                        "against the keys on each, and by how much?").summary
    assert "the vocals start a touch after the piano, typically by about twenty milliseconds" in said, said


def test_asked_whether_the_bass_hits_the_one_every_bar_the_ones_are_answered(lib):
    """The forty-sixth session's routing sweep (dev): "is the bass player hitting the one every bar?" matched no
    downbeat wording (only "on the one of each bar", "on every downbeat", "ever hits the downbeat") and got the
    lock alone."""
    bass = [note(b * BAR + k * P, (45, 41, 43, 40)[b] + (0, 7, 12, 7)[k], P * 0.9) for b in range(4) for k in range(4)]
    tid = make_track(lib.store, "e2" * 6 + "e589", duration_s=4 * BAR + 1, bpm=BPM, beats_per_bar=4, meter="4/4",
                     stems={**groove(4 * BAR + 1), "bass": bass})
    said = get_findings(lib, tid, ["bass", "drums"], 0.0, 4 * BAR, "is the bass player hitting the one every bar?"
                        ).summary
    assert said.startswith("On the one of each whole bar here the bass plays A, F, G and E"), said
