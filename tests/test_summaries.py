"""Summaries a musician would sign: grammatical, led by the question, every sentence a typed claim."""

from __future__ import annotations

import itertools
import re

import pytest

from analysis.library import Library
from frames.findings import plural
from frames.service import get_findings
from tests.test_frames import FORBIDDEN, song

STEMS = {"drums", "bass", "piano", "vocals", "guitar", "other", "vocal", "kick", "snare", "pad"}
VERBS = {  # every verb a template puts after "The <stems>": (singular, plural)
    "is": "are", "was": "were", "plays": "play", "supports": "support", "locks": "lock", "lands": "land",
    "moves": "move", "trades": "trade", "doubles": "double", "accompanies": "accompany", "contrasts": "contrast",
    "sits": "sit", "carries": "carry", "leads": "lead", "holds": "hold", "keeps": "keep", "rises": "rise",
    "falls": "fall", "climbs": "climb", "descends": "descend", "hovers": "hover", "dips": "dip",
}
PLURAL_VERBS = {v: s for s, v in VERBS.items()}
SUBJECT = re.compile(r"\bThe ((?:[a-z]+)(?:, [a-z]+)*(?: and [a-z]+)?) ([a-z]+)\b")


def agreement_errors(text: str) -> list[str]:
    """Subject-verb agreement after "The <stem>[, <stem>][ and <stem>]": a list of what is wrong."""
    out = []
    for m in SUBJECT.finditer(text):
        nouns = re.split(r", | and ", m.group(1))
        word = m.group(2)
        if not all(n in STEMS for n in nouns) or (word not in VERBS and word not in PLURAL_VERBS):
            continue
        many = len(nouns) > 1 or nouns[0] in ("drums", "vocals")
        if many and word in VERBS:
            out.append(f"{m.group(0)!r}: a plural subject takes {VERBS[word]!r}")
        if not many and word in PLURAL_VERBS:
            out.append(f"{m.group(0)!r}: a singular subject takes {PLURAL_VERBS[word]!r}")
    return out


def test_the_agreement_check_catches_planted_errors():
    assert agreement_errors("The guitar support it underneath.")
    assert agreement_errors("The drums locks with the bass.")
    assert agreement_errors("The bass and piano supports the vocal underneath.")
    assert not agreement_errors("The guitar supports the vocal underneath. The drums and bass lock tightly.")
    assert not agreement_errors("The vocals are silent here. The piano is silent here.")


def test_plural_follows_the_stem_names():
    assert plural(["drums"]) and plural(["vocals"]) and plural(["bass", "piano"])
    assert not plural(["bass"]) and not plural(["guitar"])


QUESTIONS = (None, "What is happening in this section?", "Describe the musical narrative in this selected window.",
             "How do the selected stems interact here?", "Do the bass and drums lock together here?",
             "What chords are these?", "Where does the section change?", "Is the guitar in time?")


@pytest.fixture
def track(library: Library) -> tuple[Library, str]:
    return library, song(library.store, "5a" * 8)


def test_every_summary_is_grammatical_and_made_of_claims(track):
    lib, tid = track
    stems = ["drums", "bass", "piano", "vocals"]
    seen = 0
    for k in (1, 2, 4):
        for sel in itertools.combinations(stems, k):
            for start, end in ((0.0, 1.5), (2.0, 10.0), (12.0, 20.0), (20.0, 30.0)):
                for q in QUESTIONS:
                    f = get_findings(lib, tid, list(sel), start, end, q)
                    assert f.summary == " ".join(c.text for c in f.claims)
                    assert 2 <= len(f.claims) <= 3, f.summary
                    assert not agreement_errors(f.summary), (sel, start, q, f.summary)
                    assert not FORBIDDEN.search(f.summary), f.summary
                    assert all(0.0 <= c.confidence <= 1.0 and c.source for c in f.claims)
                    seen += 1
    assert seen > 300


def test_the_three_seed_prompts_lead_differently(track):
    lib, tid = track
    prompts = QUESTIONS[1:4]
    for sel, (start, end) in ((["drums", "bass", "piano", "vocals"], (4.0, 12.0)), (["drums", "bass"], (2.0, 10.0)),
                              (["vocals", "piano"], (18.0, 26.0))):
        out = [get_findings(lib, tid, sel, start, end, q) for q in prompts]
        assert len({f.summary for f in out}) == 3, [f.summary for f in out]
        # the narrative leads with what changes inside the window (its events), else with the arc
        assert out[1].routing.focus == "arc" and out[1].claims[0].axis in ("events", "arc", "dynamics")
        assert out[2].routing.focus == "interaction" and out[2].claims[0].axis in ("interaction", "groove")


def test_a_lock_question_is_answered_about_the_named_pair_first(track):
    lib, tid = track
    f = get_findings(lib, tid, ["drums", "bass", "piano", "vocals"], 16.0, 24.0, "Do the bass and drums lock together here?")
    assert set(f.claims[0].stems) == {"drums", "bass"} and f.claims[0].axis == "groove"
    assert "lock" in f.claims[0].text
    # a pair that is not selected is said to be missing, never silently swapped for another
    f = get_findings(lib, tid, ["vocals", "piano"], 16.0, 24.0, "Do the bass and drums lock together here?")
    assert f.claims[0].axis == "caution" and "not in this selection" in f.claims[0].text


def test_a_harmony_question_on_a_groove_window_answers_the_harmony(track):
    lib, tid = track
    f = get_findings(lib, tid, ["drums", "bass", "piano"], 16.0, 24.0, "What chords are these?")
    assert f.routing.intent == "harmony"
    assert f.claims[0].axis == "harmony"


def test_a_silent_stem_is_named_silent_never_a_gesture(track):
    lib, tid = track
    f = get_findings(lib, tid, ["vocals", "piano"], 0.5, 3.5)  # the singer enters at 4 s
    assert "vocal" not in " ".join(c.text for c in f.claims if c.axis not in ("roles", "caution"))
    assert any(c.axis == "roles" and "vocals are silent" in c.text for c in f.claims)
    assert {r.stem: r.role for r in f.roles}["vocals"] == "silent"


def test_drum_roles_tell_a_groove_a_fill_cymbals_and_silence_apart(library: Library):
    from tests.window_fixtures import groove, make_track, note

    bass = groove(32)["bass"]
    drums = [n for n in groove(8)["drums"]]  # 0-8 s: the groove
    drums += [note(t, 42, 0.05, 60) for t in [8.0 + 0.25 * k for k in range(32)]]  # 8-16 s: hats only
    drums += [note(t, p, 0.1, 100) for t, p in ((22.5, 45), (22.75, 45), (23.0, 43), (23.25, 43), (23.5, 41),
                                                (23.75, 41), (23.9, 38))]  # a tom fill at the end of 16-24 s
    tid = make_track(library.store, "d7" * 8, duration_s=32, bpm=120, beats_per_bar=4, meter="4/4",
                     stems={"drums": drums, "bass": bass})
    role = {}
    for name, (a, b) in {"groove": (0.0, 8.0), "cymbals": (8.5, 15.5), "fill": (16.0, 24.0), "silent": (25.0, 31.0)}.items():
        f = get_findings(library, tid, ["drums", "bass"], a, b)
        role[name] = {r.stem: r.role for r in f.roles}["drums"]
    assert role == {"groove": "rhythm", "cymbals": "timekeeping", "fill": "fill", "silent": "silent"}


def test_a_passage_is_heard_in_the_songs_key_unless_its_chords_establish_another():
    from types import SimpleNamespace

    from frames.findings import home_key

    def chart(*symbols):
        return SimpleNamespace(progression=list(symbols), bars_each=[1.0] * len(symbols))

    # IV-vi-V of A major: F sharp minor sounds longest in the profile, but nothing establishes it
    assert home_key("F# minor", chart("D", "F#m", "E"), "A major") == "A major"
    # a bridge that opens and closes on the relative minor, or reaches it by a cadence, is in it
    assert home_key("A minor", chart("Am", "F", "G", "Am"), "C major") == "A minor"
    assert home_key("C major", chart("F", "E", "Am"), "C major") == "A minor"
    assert home_key("Eb minor", chart("F#", "D#m", "B", "C#"), "Eb minor") == "F# major"
    # chords that do not fit the song's key leave the window's own reading
    assert home_key("E major", chart("E", "A", "B"), "C major") == "E major"
    # no key holds every chord: the one that holds most of the chart, not a profile key that holds only one chord (the
    # twenty-fourth session's sweep on Shadows, dev: G minor, F, G minor, F, G, G minor read "G major")
    assert home_key("G major", chart("Gm", "F", "Gm", "F", "G", "Gm"), "G minor") == "G minor"
    assert home_key("G major", chart("Gm", "F", "Gm", "F", "G", "Gm"), None) == "G minor"
    # a secondary dominant resolving to the next chord stays in the key: G, E minor, A (the dominant of D), D, G is
    # in G major, not in B minor, whose tonic chord it never plays (the eighteenth session's sweep, dev)
    c = chart("G", "Em", "A", "D", "G")
    c.bars_each = [1.0, 2.0, 2.0, 2.0, 1.0]
    assert home_key("E minor", c, "G major") == "G major"
    # a major chord that does not resolve a fifth down does not fit: E, A, B is still not in C major
    assert home_key("E major", chart("E", "A", "B", "E"), "C major") == "E major"
    # the home chord moving to its IV is no V-I of the IV, and a loop that goes round opens and closes where the window
    # cut it: A flat and D flat back and forth in A flat major, a I-V-vi-IV loop of E major cut from its vi (the
    # thirty-seventh session's sweep on ft_drive_ab152 and ft_drive_e24, dev); a loop's cadence still counts
    assert home_key("Ab major", chart(*["Db", "Ab"] * 4, "Eb", "Ab"), "Ab major") == "Ab major"
    assert home_key("E major", chart(*["C#m", "A", "E", "B"] * 2, "C#m"), "E major") == "E major"
    assert home_key("C major", chart(*["F", "E", "Am"] * 2), "C major") == "A minor"


def test_a_pace_most_chords_keep_is_said_mostly_where_one_is_held_longer():
    """The twenty-fourth session's sweep on GuitarSet (dev): E flat major seven held three bars among one-bar chords
    read "a new chord every bar"."""
    from heuristics.describe import harmonic_rhythm_words
    assert harmonic_rhythm_words([1, 1, 1, 3, 1, 1], 8) == "mostly a new chord every bar"
    assert harmonic_rhythm_words([1, 1, 1, 1, 1], 5) == "a new chord every bar"
    assert harmonic_rhythm_words([2, 2, 4, 2, 2], 12) == "a new chord every two bars"  # (round again: twice as long)


def test_a_loop_that_breaks_off_is_said_once_with_its_rounds_then_the_rest():
    """The thirty-seventh session's sweep on ft_drive_ab152 (dev): D flat and A flat four times round, then E flat and
    A flat, read "D flat, A flat, D flat, A flat, D flat, A flat, D flat and A flat and on", the block's close lost."""
    from types import SimpleNamespace

    from frames.answers import chords_sentence

    def said(*symbols):
        return chords_sentence(SimpleNamespace(progression=list(symbols), bars_each=[1.0] * len(symbols),
                                               implied=False, harmonic_rhythm="a new chord every bar"), ["guitar"])

    assert said(*["Db", "Ab"] * 4, "Eb", "Ab") == ("The chords run D flat, A flat, four times round, then E flat and "
                                                   "A flat, a new chord every bar.")
    assert said(*["C", "G", "Am", "F"] * 2, "C") == ("The chords run C, G, A minor and F, then round again and on into "
                                                     "another round, a new chord every bar.")
    # chords that never go round twice are listed as played
    assert said("C", "G", "C", "F", "G", "C") == "The chords run C, G, C, F, G and C, a new chord every bar."
