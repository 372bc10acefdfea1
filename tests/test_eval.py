"""The frames evaluation's rubric and its CI subset: one frozen test song and its degraded copy,
annotated from the score, against the issue's targets. The full test split is ``python -m eval``."""

from __future__ import annotations

import numpy as np
import pytest

from eval.frame_test_songs import TEST_SONGS, write_band
from eval.frame_windows import SONGS, activity_boundary, reading, score_of, selection_only
from eval.frames import run
from eval.songs import build_song


def test_the_rubric_reads_the_score_not_the_selection():
    spec = next(s for s, _ in SONGS if s.name == "fw_test_bb92")  # a dev song
    _, truth = build_song(spec)
    score = score_of(truth)
    intro, verse, pre, breakdown, chorus, solo = score.sections
    mid = lambda sec: ((sec[0] + sec[1]) / 2 - 4, (sec[0] + sec[1]) / 2 + 4)  # noqa: E731
    assert reading(score, ("piano",), *mid(intro)).frame == "pulse"  # stabs on one chord mark the time
    assert reading(score, ("drums", "bass"), *mid(intro)).frame == "unknown"  # they do not play yet
    assert reading(score, ("vocals", "piano"), *mid(pre)).frame == "tonal"  # the singer only tags
    assert reading(score, ("drums", "bass"), breakdown[0] - 5, breakdown[0] + 5).frame == "form"
    assert reading(score, ("vocals",), *mid(solo)).frame == "unknown"  # the singer is silent
    assert reading(score, ("piano",), solo[0] + 0.5, solo[0] + 28.5).frame == "tonal"  # rich, single stem
    assert reading(score, ("bass",), *mid(chorus)).frame == "pulse"  # the syncopated bass marks the time
    # where a rule that only sees the selection goes wrong
    assert selection_only(("piano",), *mid(intro), score.sections) == "tonal"
    assert selection_only(("vocals", "piano"), *mid(pre), score.sections) == "foreground"
    assert selection_only(("drums", "bass"), breakdown[0] - 5, breakdown[0] + 5, score.sections) == "pulse"
    # the strong baseline hears who plays and where the sections change, not how they play
    assert activity_boundary(score, ("drums", "bass"), breakdown[0] - 5, breakdown[0] + 5) == "form"
    assert activity_boundary(score, ("vocals",), *mid(solo)) == "unknown"
    assert activity_boundary(score, ("piano",), *mid(intro)) == "tonal"  # it cannot hear the stabs


def test_the_frozen_test_songs_read_as_a_musician_hears_them():
    band, seed = TEST_SONGS[0]  # a ballad: pads alone, a verse, a chorus, the kit alone, a bridge, an outro
    _, truth = write_band(band, seed)
    score = score_of(truth)
    sec = {label: (a, b) for a, b, label in score.sections}
    mid = lambda label: ((sec[label][0] + sec[label][1]) / 2 - 3, (sec[label][0] + sec[label][1]) / 2 + 3)  # noqa: E731
    assert reading(score, ("drums",), *mid("intro")).frame == "unknown"  # the kit waits
    assert reading(score, ("drums",), *mid("break")).frame == "pulse"  # the kit alone
    assert reading(score, ("piano", "vocals"), *mid("bridge")).frame == "foreground"  # held tones over broken chords
    assert reading(score, ("bass", "piano"), *mid("outro")).frame == "tonal"  # pads over a pedal: held harmony
    b = sec["chorus"][0]
    assert reading(score, ("drums", "bass"), b - 5, b + 5).frame == "form"  # half time to a groove, pedal to riff
    assert reading(score, ("vocals",), b - 0.75, b + 0.75).frame == "micro_event"


@pytest.fixture(scope="module")
def subset(tmp_path_factory):
    return run("test", quick=True, out=None, home=tmp_path_factory.mktemp("frames") / "home")


def test_frames_subset_holds_what_the_system_meets(subset):
    s, m = subset["summary"], subset["metrics"]
    assert s["positive_n"] >= 60 and {r["split"] for r in subset["rows"]} == {"test"}
    assert s["negative"] == 1.0, s
    assert s["positive"] > s["strong_baseline_positive"] > s["selection_baseline_positive"], s
    assert m["scope_violation_rate"] == 0.0 and m["chord_dominance_pulse"] <= 0.2, m
    assert m["quiet_when_clean"] == 1.0, m


@pytest.mark.xfail(strict=True, reason="not met on the frozen test set (eval/README.md, frames): positive windows "
                   "0.77 (target 0.85), 0.52 where the activity + boundary baseline is wrong (target 0.80), a few "
                   "answers the score contradicts, the three prompts not always distinct")
def test_frames_subset_meets_the_issue_targets(subset):
    s, m = subset["summary"], subset["metrics"]
    assert s["positive"] >= 0.85 and s["where_baseline_wrong"] >= 0.80, s
    assert m["hallucination_rate"] == 0.0 and m["prompts_give_three_summaries"] == 1.0, m
    assert m["named_stems_answered_first"] == 1.0, m


def test_the_tempo_trend_judge_catches_a_planted_wrong_reading():
    """eval.tempo_trend's truth reads a planted 25 % ramp's windows as speeding up and a steady groove's as steady,
    by its own bands; a reading of the wrong direction, a drift said of a steady window, and no reading are not
    right; the always-steady baseline fails every moving window."""
    import numpy as np

    from eval.tempo_trend import _windows, change_of, planted_beats, right, truth_label

    up, flat = planted_beats(126.0, 1.25), planted_beats(126.0, 1.0)
    assert {truth_label(change_of(up[(up >= a) & (up < a + 8)])) for a in _windows(24)} == {"speeds up"}
    assert {truth_label(change_of(flat[(flat >= a) & (flat < a + 8)])) for a in _windows(24)} == {"steady"}
    assert right("speeds up", "speeds up a little") and right("steady", "steady")
    assert not right("speeds up", "slows down") and not right("steady", "speeds up a little")
    assert not right("slows down", None) and not right("slows down", "steady")
    assert np.isclose(change_of(flat), 0.0, atol=1e-6)


def test_the_intonation_benchmark_reads_a_planted_f0_and_catches_a_reading_off_by_a_quarter_tone(tmp_path):
    """eval.intonation's truth from an annotated f0 (a voice 30 cents flat, then 10 sharp) and its error: a
    reading that matches scores 0, one a quarter tone off scores 50, the always-on-pitch baseline the truth's size."""
    from eval.intonation import _halves, real_truth, report

    t = np.arange(0.0, 8.0, 0.01)
    cents = np.where(t < 4.0, -30.0, 10.0)
    f0 = 440.0 * 2 ** ((np.round(t) % 5) / 12) * 2 ** (cents / 1200)  # a note a second, each held steady
    (tmp_path / "annotations").mkdir()
    np.savetxt(tmp_path / "annotations" / "f0.csv", np.c_[t, f0], delimiter=",")
    times, dev = real_truth(tmp_path, "f0.csv")
    typical, drift = _halves(times, dev, 0.0, 8.0)
    assert drift == pytest.approx(40.0, abs=1.0) and -30.5 <= typical <= 10.5
    rows = [dict(song="a", kind="planted", start=0.0, typical=-30.0, drift=40.0, said_typical=-30.0, said_drift=40.0),
            dict(song="b", kind="planted", start=0.0, typical=-30.0, drift=40.0, said_typical=20.0, said_drift=40.0)]
    table = report(rows)["table"][-1]
    assert "| 2 (2 read) | 25.0" in table and "| 30.0" in table, table  # errors 0 and 50; the baseline 30


def test_the_held_notes_benchmark_finds_planted_held_notes_and_catches_a_false_alarm_and_a_missed_note(tmp_path):
    """eval.held_notes' truth from an annotated f0 (a held note 40 cents sharp, one on pitch, a quick one between that
    is no held note) and its scores: a reading that matches flags the sharp note alone; one that calls the in-tune
    note off is a false alarm; one that reads the sharp note on pitch misses it."""
    from eval.held_notes import real_held, report, score

    t = np.arange(0.0, 3.0, 0.01)
    midi = np.where(t < 1.0, 69, np.where(t < 1.2, 71, 72)).astype(float)
    cents = np.where(t < 1.0, 40.0, 0.0)
    f0 = np.where((t > 0.95) & (t < 1.0) | (t > 2.6), 0.0, 440.0 * 2 ** ((midi - 69 + cents / 100) / 12))
    (tmp_path / "annotations").mkdir()
    np.savetxt(tmp_path / "annotations" / "f0.csv", np.c_[t, f0], delimiter=",")
    truth = real_held(tmp_path, "f0.csv")
    assert [(round(a, 1), round(c)) for a, _, c in truth] == [(0.0, 40), (1.2, 0)], truth
    good = score("a", "real", truth, [(0.1, 0.9, 38.0), (1.3, 2.4, 3.0)], [], 25.0)
    alarm = score("b", "real", truth, [(0.1, 0.9, 38.0), (1.3, 2.4, -30.0)], [], 25.0)
    missed = score("c", "real", truth, [(0.1, 0.9, 5.0), (1.3, 2.4, 3.0)], [], 25.0)
    assert [r["says_off"] for r in good] == [True, False] and [r["says_off_any"] for r in alarm] == [True, True]
    assert [r["says_off"] for r in missed] == [False, False]
    table = report(good + alarm + missed)["table"][-1]
    assert "| 6 (3 / 3) | 1.00" in table and "| 0.67 [" in table and "| 0.33 [" in table, table
    # the other way round: a note named off where the truth holds no note (a scoop) is caught as such
    from eval.held_notes import named_off
    flags = named_off("a", "real", truth, [(0.1, 0.9, 38.0), (0.96, 1.16, 35.0)], [], 25.0)
    assert [(f["on_held"], f["truly_off"]) for f in flags] == [(True, True), (False, False)], flags


def test_the_beat_phase_benchmark_reads_a_grid_on_the_beats_as_on_them_and_catches_one_a_steady_20_ms_late():
    """eval.beat_phase: stored beats on the true ones read 0 ms; a grid a steady 20 ms late, which beat F (70 ms) never
    sees, reads +20 and is counted off; a beat missed by more than the match window is no phase."""
    import numpy as np

    from eval.beat_phase import phase, report

    true = np.arange(0.0, 20.0, 0.5)
    assert phase(true, true.copy())["median_ms"] == 0.0
    late = phase(true, true + 0.02)
    assert round(late["median_ms"], 6) == 20.0 and round(late["mae_ms"], 6) == 20.0 and late["matched"] == 1.0
    assert phase(true, true + 0.2)["matched"] == 0.0  # 200 ms from every true beat: a miss, not a phase
    rows = [{"piece": p, "item": p, "moved_ms": 0.0, "stored": phase(true, true + x), "ticks": phase(true, true + x),
             "constant": phase(true, true + x)} for p, x in (("a", 0.0), ("b", 0.02))]
    table = report(rows, "test")
    assert "| all | 2 | stored | 10.0 [0.0, 20.0] | 10.0 [0.0, 20.0] | 1 |" in table, table  # one of two off


def test_the_chord_roll_benchmark_reads_the_answers_way_and_catches_a_roll_called_together():
    """eval.chord_roll: the way read from an answer's first sentence, and a reading that calls every chord together
    scores only the unrolled renders (the baseline's share), one with the ways right scores all."""
    from eval.chord_roll import report, said_way, truth_way

    assert said_way("The piano's chord notes start together, within about a hundredth of a second. More.") == "together"
    assert said_way("The guitar rolls its chords: the notes spread over about sixty milliseconds, from the top note "
                    "down. More.") == "down"
    assert said_way("The guitar plays chords throughout.") is None
    rows = [dict(sound=s, kind="planted test", roll=r, roll_ms=abs(ms), truth_way=truth_way(ms), said=truth_way(ms),
                 spread_ms=abs(ms), summary="") for s in ("a", "b") for r, ms in (("together", 0.0), ("up90", 90.0))]
    assert "| planted rolls, second draw (test) | 4 | 1.00 [1.00, 1.00] | 0.50" in report(rows)["table"][4]
    flat = [dict(r, said="together", spread_ms=0.0) for r in rows]
    table = report(flat)["table"][4]
    assert "| 4 | 0.50 [0.50, 0.50] | 0.50" in table and table.endswith("| 45 | 45 |"), table  # (together: right)


def test_the_sung_notes_benchmark_scores_a_copy_full_and_catches_split_notes_and_a_wrong_pitch():
    """eval.sung's note F: the annotated notes themselves score 1; each note split in two (a held note named twice,
    the transcription's fault the rule reads through) and each note a semitone off both fall."""
    from eval.sung import note_f
    truth = [(0.5 * k, 0.5 * k + 0.4, 60.0 + k % 5) for k in range(20)]
    assert note_f(truth, truth) == pytest.approx(1.0)
    split = [x for a, b, m in truth for x in ((a, (a + b) / 2, m), ((a + b) / 2, b, m))]
    assert note_f(truth, split) == pytest.approx(2 / 3, abs=0.01)
    assert note_f(truth, [(a, b, m + 1) for a, b, m in truth]) == 0.0


def test_the_line_ends_benchmark_scores_the_score_full_and_catches_tails_and_a_tail_read_as_a_note():
    """eval.sung --ends: the score's own notes end every line right; every note held 0.3 s into its rest (a room's
    tail), or a line's last note ending on time with its tail read as a note of its own, ends none; a note missing
    is no end read."""
    from eval.sung import end_rows, line_ends
    truth = [(2.0 * k + 0.25 * j, 2.0 * k + 0.25 * j + 0.2, 60.0 + j) for k in range(6) for j in range(4)]
    assert len(line_ends(truth)) == 6
    tails = [(a, b + 0.3, m) for a, b, m in truth]
    split = truth + [(b, b + 0.3, m) for a, b, m in truth]
    row = end_rows(truth, {"copy": truth, "tails": tails, "split": split, "none": truth[:20]})
    assert (row["copy_right"], row["tails_right"], row["split_right"], row["none_right"]) == (6, 0, 0, 5)
    assert row["tails_median_err"] == pytest.approx(0.3)


def test_the_overtones_benchmark_scores_a_copy_full_and_catches_extra_notes():
    """eval.overtones' note F: the score itself scores 1; the same notes with a twelfth added over each (the defect
    the rule removes) lose precision, not recall."""
    from eval.overtones import scores
    truth = [{"time_s": 0.5 * k, "duration_s": 0.4, "pitch": 60 + k % 7} for k in range(20)]
    assert scores(truth, truth) == pytest.approx((1.0, 1.0, 1.0))
    p, r, f = scores(truth, truth + [dict(n, pitch=n["pitch"] + 19) for n in truth])
    assert p == pytest.approx(0.5) and r == pytest.approx(1.0) and f < 0.7


def test_the_overtones_benchmarks_simple_rule_drops_a_chords_soft_note_and_keeps_an_even_chord():
    """eval.overtones' baseline for the undertone rule (a note at most half as loud as the loudest struck with it is
    a ghost): a soft octave under a chord is left out, a chord played evenly is kept whole; and the planted ghost costs
    the judge precision."""
    from eval.overtones import quiet_dropped, scores
    chord = [{"time_s": 1.0, "duration_s": 0.3, "pitch": p, "velocity": 90} for p in (67, 71, 74)]
    even = [{"time_s": 2.0, "duration_s": 0.3, "pitch": p, "velocity": v} for p, v in ((52, 80), (64, 90), (67, 70))]
    ghost = [{"time_s": 1.01, "duration_s": 0.07, "pitch": 55, "velocity": 38}]
    notes = sorted(chord + ghost + even, key=lambda n: n["time_s"])
    assert quiet_dropped(notes) == sorted(chord + even, key=lambda n: n["time_s"])
    assert scores(chord + even, notes)[0] < 1.0 == scores(chord + even, quiet_dropped(notes))[0]


def test_the_home_key_benchmark_scores_the_rule_and_catches_a_relative_read(tmp_path, monkeypatch):
    """eval.home_key reads stored keys and chords: a C sharp minor song stored as E major is wrong before the rule
    and right after it; one stored in its right key stays right; a planted defect (the rule switched off) is
    caught by the figure."""
    import json
    import sqlite3

    import eval.home_key as hk

    home = tmp_path / "frames_home"
    home.mkdir()
    con = sqlite3.connect(home / "stemsense.db")
    con.execute("create table tracks (track_id text, title text, state text)")
    con.execute("create table track_analysis (track_id text, name text, value_json text)")
    con.execute("create table chords (track_id text, start_s real, end_s real, label text)")
    minor = ["C#:min", "C#:min", "A:maj", "E:maj", "B:maj"] * 4 + ["A:maj", "E:maj"]
    for tid, title, label in (("a", "frames-clean-ft_ballad_csm76", "E major"),
                              ("b", "frames-degraded-ft_ballad_csm76_degraded", "C# minor")):
        tonic, scale = label.split()
        key = {"tonic": tonic, "scale": scale, "label": label, "pitch_class": {"E": 4, "C#": 1}[tonic]}
        con.execute("insert into tracks values (?, ?, 'ready')", (tid, title))
        con.execute("insert into track_analysis values (?, 'key', ?)", (tid, json.dumps(key)))
        con.executemany("insert into chords values (?, ?, ?, ?)",
                        [(tid, 3.0 * i, 3.0 * (i + 1), x) for i, x in enumerate(minor)])
    con.commit()
    con.close()
    monkeypatch.setattr(hk, "CACHE", tmp_path)
    monkeypatch.setattr(hk, "HOMES", ("frames_home",))
    out = hk.run()
    assert out["dev:rule"]["right"] == 1.0 and out["dev:before"]["right"] == 0.5, out
    monkeypatch.setattr("analysis.tonal.relative_by_chords", lambda key, chords: key)  # the rule switched off
    assert hk.run()["dev:rule"]["right"] == 0.5


def test_the_note_ends_benchmark_scores_damped_ends_and_catches_a_rule_switched_off(tmp_path, monkeypatch):
    """eval.note_ends: chops stored as ringing to the next score worse than the rule's ends against the score's
    tenth-of-a-second notes; with the rule switched off (a planted defect) the two read the same."""
    import soundfile as sf

    import eval.note_ends as ne
    from analysis.config import SAMPLE_RATE_HZ as SR
    from tests.test_analysis_context import _struck

    onsets = [0.2 + 0.4 * k for k in range(8)]
    path = tmp_path / "guitar.wav"
    sf.write(str(path), _struck(onsets, 392.0, 20.0, 0.1, 3.6), SR)
    truth = [(a, a + 0.1, 67) for a in onsets]
    got = ne.readings(path, [(a, a + 0.39, 67) for a in onsets])
    rule, stored = ne.scores(truth, got["rule"]), ne.scores(truth, got["stored"])
    assert rule[0] == 1.0 and stored[0] == 0.0 and rule[1] < stored[1], (rule, stored)
    monkeypatch.setattr("analysis.stem_analysis.heard_ends", lambda mono, t, e: np.asarray(e, float))
    got = ne.readings(path, [(a, a + 0.39, 67) for a in onsets])
    assert ne.scores(truth, got["rule"])[0] == 0.0


def test_the_backbeat_benchmark_reads_a_planted_lay_back_and_catches_a_reading_that_ignores_it(monkeypatch):
    """eval.backbeat's word for a snare written 25 ms late: laid back with the hats between the beats, a hedge with a
    hat on every eighth (a late snare under its stroke is read at it); a reading that always says dead on (a planted
    defect) is a false claim against the rubric's word."""
    import eval.backbeat as bb
    from heuristics.describe import snare_against_kick

    beat = 0.5
    beats = np.arange(32) * beat
    kicks = [(t, 36) for t in beats[::2]]
    snares = [(t + 0.025, 38) for t in beats[1::2]]
    ands = [(t + beat / 2, 42) for t in beats]
    hits = sorted(kicks + snares + ands)
    got = snare_against_kick(np.array([t for t, _ in hits]), np.array([p for _, p in hits]), beats)
    assert got.offset_ms == pytest.approx(25.0, abs=0.5) and not got.with_cymbal
    assert bb.said_word(got) == bb.drummer_word(25.0) == "laid back"
    eighths = sorted(hits + [(t, 42) for t in beats[::2]])
    masked = snare_against_kick(np.array([t for t, _ in eighths]), np.array([p for _, p in eighths]), beats)
    assert masked.with_cymbal and bb.said_word(masked) == "cannot tell"
    always_on = got.model_copy(update={"offset_ms": 0.0})  # the planted defect: a reading blind to the lay-back
    said = bb.said_word(always_on)
    assert said != bb.drummer_word(25.0) and said not in ("cannot tell", "none")  # a false claim, caught


def test_a_degraded_copy_is_one_copy_per_folder_made_again_from_another_seed(tmp_path):
    """eval.frames drew the frames test songs' degraded copies from seed + 1000 where eval.client_check, eval.drums and
    eval.bass drew them from the seed, into the same folder, and the cache kept whichever ran first: a figure's
    material hung on the order commands ran. A copy asked from another seed than the folder's is made again."""
    import json

    import soundfile as sf

    from eval.frame_test_songs import degrade_copy

    src = tmp_path / "src"
    src.mkdir()
    t = np.arange(22050) / 22050
    for name, f in (("bass", 110.0), ("vocals", 440.0)):
        sf.write(str(src / f"{name}.wav"), (0.3 * np.sin(2 * np.pi * f * t)).astype(np.float32), 22050)
    dst = tmp_path / "dst"
    first = degrade_copy(src, dst, seed=7)
    again = degrade_copy(src, dst, seed=7)  # the same seed: the copy on disk, as made
    assert again == first and json.loads((dst / "conditions.json").read_text())["seed"] == 7
    audio = sf.read(str(dst / "bass.wav"))[0]
    other = next(s for s in range(8, 200) if degrade_copy(src, tmp_path / f"probe{s}", seed=s)["room_s"] !=
                 first["room_s"])
    made = degrade_copy(src, dst, seed=other)  # another seed: made again, not the first copy returned
    assert made["seed"] == other and made["room_s"] != first["room_s"], (first, made)
    assert not np.allclose(sf.read(str(dst / "bass.wav"))[0], audio)


def test_the_grid_tail_check_catches_a_tail_ticked_at_another_period():
    """eval.grid_tail's last-quarter beat F: a grid that holds the truth's period to the end scores 1, one that drifts
    to another period over its last quarter (the planted defect the steady-tail rule mends) scores under half."""
    import numpy as np

    from eval.grid_tail import tail_f

    ref = list(np.arange(80) * 0.5)  # 40 s at 120
    assert tail_f(ref, np.asarray(ref), 40.0) == 1.0
    drift = np.r_[np.arange(60) * 0.5, 29.5 + 0.6 * np.arange(1, 18)]  # from 30 s, a beat every 0.6 s
    assert tail_f(ref, drift, 40.0) < 0.5


def test_the_leaked_notes_check_counts_a_part_note_left_out_as_a_cost():
    """eval.leaked_notes: a transcribed note at a score note's start, or inside a held score note in its pitch class,
    is the part's; one far from any score note, or in another pitch class, is spurious. A report whose rule leaves
    out the part's notes shows them as its cost (a planted defect: a rule that leaves out everything)."""
    from analysis.core.types import Note, Notes
    from eval.leaked_notes import part_notes, report

    ref = [{"time_s": 1.0, "pitch": 60, "duration_s": 1.0}, {"time_s": 3.0, "pitch": 64, "duration_s": 0.5}]
    notes = Notes.of([Note(1.02, 0.3, 60, 90), Note(1.6, 0.2, 72, 90), Note(1.6, 0.2, 61, 90), Note(5.0, 0.1, 50, 90)])
    assert part_notes(notes, ref).tolist() == [True, True, False, False]
    everything = {"item": "x@degraded", "stem": "vocals", "notes": 4, "left_out": 4, "left_out_baseline": 0,
                  "spurious": 2, "part_left_out": 2, "spurious_left_out": 2, "part_left_out_baseline": 0,
                  "spurious_left_out_baseline": 0}
    text = report([everything])
    assert "Rule: 2 spurious left out (1.00 of them), 2 of the part's 2 (1.000)" in text


def test_the_ranges_check_wants_both_extremes_to_the_semitone_and_counts_windows_where_the_score_plays():
    """eval.ranges: a span named from the score's own lowest and highest is right; one widened by a leaked note (a
    planted defect: the bass's F sharp 2 in a guitar comping E4 to D5), or an octave off, or none, is wrong. Windows
    are those where the stem's score plays a few notes; a voice is left to eval.sung."""
    from eval.ranges import named_span, right, simple_rules, windows

    score = [64, 67, 72, 74, 66]
    assert named_span("E4–D5") == (64, 74) and named_span("F#2–C7") == (42, 96) and named_span(None) is None
    assert named_span("B♭3–E♭5") == (58, 75)
    assert right(named_span("E4–D5"), score)
    assert not right(named_span("F#2–D5"), score) and not right(named_span("E4–D6"), score)
    assert not right(None, score) and not right((64, 74), [])
    rules = simple_rules(np.array([42] + score * 4 + [96]))
    assert rules["every_note"] == (42, 96) and not right(rules["every_note"], score)
    got = list(windows({"guitar": [(0.5, 0.9, 64), (1.0, 1.4, 67), (2.0, 2.4, 74), (9.0, 9.4, 60)],
                        "vocals": [(0.5, 0.9, 80)] * 5}, 16.0))
    assert got == [("guitar", 0.0, 8.0, [64, 67, 74])]


def test_the_articulation_check_hears_air_by_how_long_it_lasts_and_catches_a_ringing_comp_said_cut_short():
    """eval.articulation: a strum's strings are one stroke; the share of the time between strokes that sounds
    rings for chords held to the next and is cut short for stabs; a window where a comp's chords ring but the
    findings say 'cuts its chords short' (a planted defect: round 109's df02) is judged wrong, and so is saying
    nothing. Near a boundary both neighbouring words are right."""
    from eval.articulation import judge, right_words, said, sounding_share, strokes, windows, word

    on, end = strokes([(0.0, 0.49), (0.02, 0.45), (0.5, 0.99), (0.53, 0.9), (1.0, 1.2)])
    assert list(on) == [0.0, 0.5, 1.0] and list(end) == [0.49, 0.99, 1.2]
    ring = [(k * 0.5, k * 0.5 + 0.49, 60) for k in range(8)]
    stabs = [(k * 0.5, k * 0.5 + 0.15, 60) for k in range(8)]
    (_, _, _, share_ring, n), = windows({"guitar": ring}, 8.0)
    (_, _, _, share_stabs, _), = windows({"guitar": stabs}, 8.0)
    assert n == 7 and word(share_ring) == "ring" and word(share_stabs) == "short"
    # a long gap's air weighs by its length: two notes held to the next, then two beats of air
    pairs = np.array([0.0, 0.25, 1.0, 1.25, 2.0, 2.25, 3.0])
    assert sounding_share(pairs, pairs + 0.25)[0] == pytest.approx(0.5)
    assert not list(windows({"vocals": ring}, 8.0)) and not list(windows({"guitar": ring[:3]}, 8.0))
    assert said("The guitar cuts its chords short here, each about half a beat.") == "short"
    assert said("The guitar lets its chords ring here, each about a beat, but lets one chord ring longer.") == "ring"
    assert said("The bass lets its notes run into each other here, each about half a beat.") == "ring"
    assert said("The piano holds its chords for part of the time to the next here, each about a beat.") == "part"
    assert said(None) is None and said("The guitar plays chords.") is None
    assert right_words(0.88) == {"part", "ring"} and right_words(0.75) == {"part"}
    rows = judge([{"truth": "ring", "accepted": ["ring"], "findings": "short", "raw": "ring"},
                  {"truth": "ring", "accepted": ["ring"], "findings": None, "raw": None},
                  {"truth": "short", "accepted": ["short"], "findings": "short", "raw": "part"}])
    assert [r["findings_right"] for r in rows] == [False, False, True]
    assert [r["raw_right"] for r in rows] == [True, False, False] and rows[0]["majority"] == "ring"


def test_the_vocal_place_benchmark_hears_a_moved_singer_and_catches_a_reading_that_never_leans(tmp_path):
    import soundfile as sf

    from eval.vocal_place import report, score_place, shifted_copy

    beats = np.arange(0.0, 10.0, 0.5)
    sung = np.arange(0.0, 8.0, 0.25)  # on the sixteenths
    assert [score_place(sung, beats, s) for s in (0.0, 45.0, -45.0)] == ["in time", "behind", "ahead"]
    # the copy moves the vocal stem's audio and leaves the band's alone
    src = tmp_path / "src"
    src.mkdir()
    click = np.zeros(8000, np.float32)
    click[1000] = 1.0
    for stem in ("vocals", "drums"):
        sf.write(src / f"{stem}.wav", click, 8000)
    moved = shifted_copy(src, 45.0, tmp_path / "late")
    assert int(np.argmax(sf.read(moved / "vocals.wav")[0])) == 1000 + 360
    assert int(np.argmax(sf.read(moved / "drums.wav")[0])) == 1000
    # a reading that says "in time" everywhere scores only the unmoved windows
    rows = [dict(copy=c, truth=t, read="in time") for c, t in (("clean", "in time"), ("late", "behind"),
                                                               ("early", "ahead"))]
    assert "| all | 3 | in time 1, behind 1, ahead 1 | 1 (0.33) |" in report(rows, "x")
