"""The findings metrics read the answer's text against the score: a planted false sentence is caught,
true sentences pass, and caution is judged from the copy's known recording conditions."""

from __future__ import annotations

import pytest

from eval.findings_metrics import compromised, false_claims
from eval.frame_test_songs import TEST_SONGS, write_band
from eval.frame_windows import score_of, window_facts


@pytest.fixture(scope="module")
def ballad():
    band, seed = TEST_SONGS[0]
    _, truth = write_band(band, seed)
    score = score_of(truth)
    return score, {label: (a, b) for a, b, label in score.sections}


def _mid(sec, label):
    a, b = sec[label]
    return (a + b) / 2 - 3, (a + b) / 2 + 3


def test_true_sentences_pass(ballad):
    score, sec = ballad
    facts = window_facts(score, *_mid(sec, "break"))  # the kit alone
    text = ("The drums play a busy fill with toms around the kick. The bass is silent here. "
            "This is four-four, felt in four.")
    assert false_claims(text, facts, clean=True) == []


@pytest.mark.parametrize("section, planted, why", [
    ("break", "The bass walks up to the next chord under the kit.", "bass silent"),  # the kit plays alone
    ("intro", "The singer carries the melody over the pads.", "vocals silent"),  # pads alone
    ("chorus", "The vocals are silent while the band plays.", "vocals playing"),
    ("chorus", "The bass and drums double each other in unison, tightly.", "do not double"),
    ("verse", "This is in three-four, a waltz.", "score is in 4/4"),
    ("chorus", "Much of what sounds in the piano is spill from other instruments.", "no spill"),
])
def test_a_planted_false_sentence_is_caught(ballad, section, planted, why):
    score, sec = ballad
    facts = window_facts(score, *_mid(sec, section))
    true_part = f"The {facts['heard'][0]} can be heard throughout."  # a true sentence beside the planted one
    found = false_claims(f"{true_part} {planted}", facts, clean=True)
    assert len(found) == 1 and found[0].startswith(planted), found
    assert why.split()[-1] in found[0] or why.split()[0] in found[0], found


def test_spill_is_no_hallucination_on_a_copy_that_has_it(ballad):
    score, sec = ballad
    facts = window_facts(score, *_mid(sec, "chorus"))
    text = "Much of what sounds in the piano is spill from other instruments, so its reading is tentative."
    assert false_claims(text, facts, clean=False) == []


def test_caution_is_required_by_the_known_conditions_not_by_the_code():
    assert compromised({"spill_db": -12.0, "snr_db": 40.0}) and compromised({"spill_db": -24.0, "snr_db": 24.0})
    assert not compromised({"spill_db": -24.0, "snr_db": 40.0}) and not compromised({})
