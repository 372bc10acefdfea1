"""The outside check of issue 23: can a client's model answer a producer's question from the text of ONE
``get_findings`` call, on songs and windows the findings were never tuned on?

    python -m eval.client_check            # ingest (cached), write one packet per question
    python -m eval.client_check --grade eval/out/client_check/answers.json   # print answers beside the key

Each packet (``eval/out/client_check/q<NN>.txt``) holds only the question and the text content of one
``get_findings`` result -- what Claude Desktop gives its model. A model with no code and no truth answers
every packet (``answers.json``: {"q01": "...", ...}); a person grades each answer against the answer key
below, written from the score (or the annotations) as a musician would say it, and records the grade.

The material is the frozen frames test set (:mod:`eval.frame_test_songs`: another arrangement writer,
TimGM6mb, 5/4, 12/8, 2/4) and its degraded copies, and the real multitracks of ``../shared/real`` in
windows the answerability benchmark does not use. None of it was used to change the findings.

    python -m eval.client_check --baseline   # write baseline_q<NN>.txt beside the packets
    python -m eval.client_check --tally      # the recorded grades: shares with 95 % intervals, baseline beside

Baseline (issue 25): the summary :func:`eval.answers.baseline_summary` writes from the stems, the track's
key and the frame alone (the answerability benchmark's baseline), with the key and the frame read from the
same packet (the track's key as the findings report it; the song's other packets where this one has none).
The method's grades (:data:`GRADES`) are the 2026-12-02 hand grading of a helper model's answers; the
baseline's (:data:`BASELINE_GRADES`) grade the baseline text itself against the same key — what that text
lets a reader say — by the session that wrote them (no separate model answered them; said so in
eval/README.md). Intervals: 95 % bootstrap over questions (``eval.metrics.bootstrap_ci``, each question its
own group) and, beside it, over songs (the windows of one song are not independent).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

from eval.material import CACHE

OUT = Path(__file__).resolve().parent / "out" / "client_check"
HOME = CACHE / "client_home"


@dataclass
class Question:
    qid: str
    song: str  # a frames test song, "<song>@degraded", or "real:<folder>"
    stems: list[str]
    start_s: float
    end_s: float
    question: str
    key: str  # what a correct answer says (from the score / annotations)
    wrong: str = ""  # what would make it wrong or a false claim


QUESTIONS = [
    # ft_ballad_csm76: C sharp minor, 4/4 at 76 (bar 3.158 s); verse: halftime kit (kick on one, snare on
    # three, ride on every beat), bass pedal, piano pads, voice phrases; chorus from 28.42 s: kick on one
    # and three, snare on two and four, hats on the eighths, bass riff, piano strumming eighths, louder.
    Question("q01", "ft_ballad_csm76", ["drums", "bass", "piano", "vocals"], 22.1, 34.7, "What happens in this passage?",
             "the chorus arrives (about 28.4 s, mid-window): the drums move from a half-time feel to a full groove "
             "(snare on two and four), the bass from held notes to a moving riff, the piano from pads to strummed "
             "eighths, and it gets louder", "nothing changes / a steady passage"),
    Question("q02", "ft_ballad_csm76", ["drums"], 12.63, 25.26, "Where does the snare land?",
             "on beat three only (a half-time feel), kick on one, ride on every beat", "snare on two and four"),
    Question("q03", "ft_ballad_csm76", ["bass", "drums"], 47.37, 53.68, "What is the bass doing here?",
             "nothing: the bass is silent; the drums play alone (a break / fill with toms)", "the bass plays"),
    Question("q04", "ft_ballad_csm76", ["bass", "piano"], 9.47, 22.1, "What chords are these?",
             "C#m, A, E, B, a chord per bar (i-VI-III-VII in C sharp minor)", ""),
    # ft_drive_ab152: A flat major, 4/4 at 152 (bar 1.579 s); verse from 12.63 s: kick one and three, snare two
    # and four, eighth hats, bass on every eighth (root), guitar short chords on the off-beats only, voice;
    # hook 37.89-50.53 loud; "stop" 50.53-56.84: drums and bass out, guitar pads, voice long notes.
    Question("q05", "ft_drive_ab152", ["drums", "bass", "guitar", "vocals"], 44.2, 56.8, "What happens here?",
             "at about 50.5 s the drums and bass stop (a stop / breakdown): only held guitar chords and long "
             "vocal notes remain, much quieter", "drums play through"),
    Question("q06", "ft_drive_ab152", ["drums", "bass"], 15.8, 22.1, "Is the bass locked to the kick?",
             "yes: the bass plays eighths on the root, hitting with every kick, right on it", "laid back / ahead / loose"),
    Question("q07", "ft_drive_ab152", ["guitar", "drums"], 15.8, 22.1, "What's the guitar doing?",
             "short chord stabs on the off-beats (the ands) only -- a skank / upstroke rhythm", "sustained chords / melody"),
    Question("q08", "ft_drive_ab152", ["guitar", "bass"], 18.95, 25.26, "What are the chords here?",
             "Ab, Db, Ab, Eb -- a new chord every bar (I-IV-I-V in A flat)", ""),
    # ft_swing_g1208: G major, 12/8 at 63 dotted quarters (bar 3.81 s); head: kick on one and three,
    # sidestick on two and four, ride on the beat and the last triplet (a shuffle), walking bass,
    # off-beat guitar chords, voice; "fours" 60.95-76.19: the kit alone (a break).
    Question("q09", "ft_swing_g1208", ["drums", "bass", "guitar"], 7.62, 22.86, "What's the feel and meter here?",
             "12/8 (four dotted-quarter beats, each in three: a shuffle / triplet swing) at about 63 beats a minute",
             "straight 4/4 / 3/4 / 6/8 waltz"),
    Question("q10", "ft_swing_g1208", ["drums", "bass", "guitar", "vocals"], 60.95, 76.19, "What is the band doing in this section?",
             "only the drums play (a drum break); bass, guitar and vocals are silent", "bass / guitar / vocals play"),
    Question("q11", "ft_swing_g1208", ["bass", "guitar"], 0.0, 15.24, "What's the progression?",
             "G, C, G, D: a chord per bar (I-IV-I-V in G)", ""),
    # ft_ballad_eb54: E flat minor, 5/4 at 120 (bar 2.5 s); chorus 22.5-37.5: Abm, Bbm, Ebm, Db.
    Question("q12", "ft_ballad_eb54", ["drums", "bass", "piano"], 7.5, 17.5, "What time signature is this in?",
             "5/4 (five beats to the bar) at about 120", "4/4 / 3/4 stated as fact"),
    Question("q13", "ft_ballad_eb54", ["bass", "piano"], 22.5, 32.5, "What key is this?",
             "E flat minor", ""),
    # ft_drive_e24: E major, 2/4 at 96 (bar 1.25 s); hook 30-40: voice only a short call on the last beat of
    # every other bar, piano strumming; stop 40-45: drums and bass out, piano pads, voice long notes.
    Question("q14", "ft_drive_e24", ["vocals", "piano"], 30.0, 40.0, "What are the vocals doing here?",
             "short calls, one brief figure every other bar -- sparse, mostly resting, while the piano strums",
             "sings continuously / carries a melody throughout"),
    Question("q15", "ft_drive_e24", ["drums", "bass", "piano", "vocals"], 40.0, 45.0, "Who's playing here?",
             "piano (held chords) and vocals (long notes); drums and bass are out", "drums / bass play"),
    # degraded copy (room, spill, noise): the same stop, and the verse lock
    Question("q16", "ft_drive_ab152@degraded", ["drums", "bass"], 15.8, 22.1, "Is the bass on the kick?",
             "yes, together with the kick (bass on every eighth); may caution about spill / noise", "laid back / loose"),
    # real multitracks, windows the answer benchmark does not ask about
    Question("q17", "real:musicdelta_punk", ["drums", "bass", "guitar"], 16.02, 22.43, "What's the tempo and meter?",
             "4/4 at about 150 BPM", ""),
    Question("q18", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 7.44, 18.6, "What chords is the guitarist playing?",
             "Ab, then Eb, then Bb, then Ab (IV-I-V-IV in E flat), about a bar or two each", ""),
]


# Round 2 (held out): written 2026-12-02 ~04:15 UTC from the scores (eval/cache/frames_test/*/truth.json) and
# the MDB Drums annotations, before any packet of them was written or read; other windows and other questions
# than round 1, and one mix loaded unseparated. Read once, at the end of the session that wrote them.
QUESTIONS_2 = [
    # ft_ballad_csm76 chorus (28.42-47.37): kick 36 on one and three, snare 38 on two and four, hat 42 on every eighth
    Question("r01", "ft_ballad_csm76", ["drums"], 31.58, 41.05, "What's the drummer playing in the chorus?",
             "a straight backbeat: kick on one and three, snare on two and four, hi-hat on every eighth",
             "half-time / snare on three"),
    # verse (9.47-28.42): piano one held three-note chord per bar (about four beats long); voice 36 notes
    Question("r02", "ft_ballad_csm76", ["vocals", "piano"], 9.47, 28.42, "Singer or piano: who's carrying the verse?",
             "the singer (the piano only holds a pad chord each bar under the voice)", "the piano carries"),
    Question("r03", "ft_ballad_csm76", ["piano"], 9.47, 28.42, "What's the piano doing in the verse?",
             "holding sustained chords (pads), one chord a bar: C#m, A, E, B, C#m, A",
             "busy / arpeggios / strumming / a melody"),
    # ft_drive_ab152 verse: bass short eighth notes on the root, Ab Db Ab Eb a bar each
    Question("r04", "ft_drive_ab152", ["bass", "drums"], 25.26, 31.58, "What's the bass playing here?",
             "steady short eighth notes on the chord roots (Ab, Db, Ab, Eb: one chord a bar), with the kick",
             "held / walking / syncopated"),
    # hook from 37.89: guitar from off-beat chord stabs to a busy single-note figure, voice down to a few notes,
    # progression Fm Db Ab Eb (verse: Ab Db Ab Eb)
    Question("r05", "ft_drive_ab152", ["drums", "bass", "guitar", "vocals"], 33.16, 44.21, "What changes in these bars?",
             "a new section (the hook) at about 37.9 s: the guitar leaves its off-beat stabs for a busy line, the "
             "voice thins out, the chords move to F minor, D flat, A flat, E flat",
             "nothing changes"),
    # ft_swing_g1208 head: bass one note on every dotted-quarter beat with passing notes (walking)
    Question("r06", "ft_swing_g1208", ["bass", "drums"], 7.62, 22.86, "What's the bass doing?",
             "walking: one note on every beat (four to the 12/8 bar), stepping through the chords with passing notes",
             "held notes / riff on the root only"),
    # kick 36 on beats one and three, side-stick 37 on two and four, ride 51 on each beat and its last triplet
    Question("r07", "ft_swing_g1208", ["drums"], 7.62, 22.86, "Where does the snare land?",
             "a side-stick on two and four (of the four dotted-quarter beats); kick on one and three; ride in a shuffle",
             "snare on one and three"),
    # ft_ballad_eb54: 5/4 at 120
    Question("r08", "ft_ballad_eb54", ["drums", "bass"], 25.0, 35.0, "How many beats are in each bar here?",
             "five (5/4) at about 120", "four / three stated as fact"),
    # ft_drive_e24: 2/4 at 96
    Question("r09", "ft_drive_e24", ["drums", "bass"], 10.0, 20.0, "What's the meter and tempo?",
             "two beats a bar (2/4; a 4/4 reading at the same beat is half right) at about 96 BPM", "3/4 / 6/8"),
    # MusicDelta Shadows 8-16: ride (RDC) on the eighths, kick on one and the and of two, snare on two and four
    Question("r10", "real:musicdelta_shadows", ["drums"], 8.0, 16.0, "What's the drummer playing here?",
             "snare on two and four, kick on one (and the and of two), time kept on the ride cymbal in eighths",
             "no backbeat / snare on one and three"),
    # MusicDelta Country1 20-28: kick on one and three, side-stick (SST) on two and four, hi-hat with the kick
    Question("r11", "real:musicdelta_country1", ["drums"], 20.0, 28.0, "Where does the snare land?",
             "a side-stick (rim) on two and four; kick on one and three", "on one and three"),
    # the official MusicDelta Rock mix loaded as one file (no separation weights here): 4/4 at 111
    Question("r12", "mix:musicdelta_rock", ["mix"], 2.0, 10.0, "What's the tempo and meter?",
             "4/4 at about 111 BPM", "3/4 / 6/8 / a tempo off by more than 10 %"),
]

# Round 3 (held out): written 2026-12-02 ~07:20 UTC from the scores (eval/cache/frames_test/*/truth.json) and the
# MDB Drums annotations, before any packet of them was written or read; windows and questions rounds 1 and 2 do
# not use. Read once, after the session's changes to the findings.
QUESTIONS_3 = [
    # ft_ballad_eb54: E flat minor, 5/4 at 120 (bar 2.5 s). Break 37.5-42.5: the drums alone, a few scattered hits
    # (crash, toms); bridge from 42.5: piano broken chords one note every eighth (Abm Bbm Ebm Db, a chord a bar),
    # the voice four long notes (one a bar); the bass out throughout.
    Question("s01", "ft_ballad_eb54", ["drums", "bass", "piano", "vocals"], 37.5, 52.5, "What happens in this stretch?",
             "a sparse break with only the drums, then (about 42.5 s) the piano comes in with broken chords and the "
             "voice with long held notes; the bass stays out", "the bass plays / nothing changes"),
    Question("s02", "ft_ballad_eb54", ["piano"], 42.5, 52.5, "What is the piano playing?",
             "broken chords (arpeggios), one note at a time on the eighths, through A flat minor, B flat minor, "
             "E flat minor, D flat -- a chord a bar", "held block chords / pads"),
    # verse 7.5-22.5: ride on every beat (five a bar), kick on one, snare on three
    Question("s03", "ft_ballad_eb54", ["drums"], 7.5, 22.5, "What's the drummer doing in the verse?",
             "ride on every beat, five to the bar (5/4), kick on one, snare on three", "a backbeat on two and four"),
    # verse: the voice a busy line (45 notes) over a bass note and a piano chord held for each 5/4 bar
    Question("s04", "ft_ballad_eb54", ["vocals", "piano", "bass"], 7.5, 22.5, "Who carries the verse?",
             "the singer: a busy line over bass notes and piano chords held a bar each", "the piano / the bass carries"),
    # ft_swing_g1208 solo 30.48-45.71: the guitar a single-note line (arpeggio figures, mostly off the beat);
    # walking bass; kit: ride shuffle, side-stick on two and four
    Question("s05", "ft_swing_g1208", ["guitar", "bass", "drums"], 30.5, 45.7, "What's the guitar doing in the solo?",
             "a single-note solo line (arpeggio figures through the chords Am D G Em), mostly between the beats; not "
             "chords", "strums / comps chords"),
    # fours 60.95-76.19: the drums alone (kick, toms, snare in triplet figures); everything else out until the head
    Question("s06", "ft_swing_g1208", ["drums", "bass", "guitar", "vocals"], 61.0, 76.0, "Who's playing in these bars?",
             "the drums alone (a drum solo / trading fours, toms and snare in triplet figures); bass, guitar and "
             "voice are out", "the guitar / bass / voice play"),
    # ft_drive_e24 verse 45-60: piano three-note chords, short, every off-beat (the ands); 2/4 at 96
    Question("s07", "ft_drive_e24", ["piano", "drums"], 45.0, 60.0, "What's the piano doing?",
             "short three-note chord stabs on the off-beats (the ands)", "held chords / a melody / on the beats"),
    Question("s08", "ft_drive_e24", ["bass", "piano"], 45.0, 60.0, "What chords are these?",
             "E, B, C sharp minor, A -- one chord a (2/4) bar, repeating (I-V-vi-IV in E major)", ""),
    # intro 0-10: kick on one, snare on two, hats on the eighths; bass bouncing eighths E and B with octave jumps
    Question("s09", "ft_drive_e24", ["drums", "bass"], 0.0, 10.0, "Describe the groove.",
             "a quick two-beat groove (about 96 BPM): kick on one, snare on two (the backbeat), hi-hat eighths; the bass "
             "bounces in eighths on the roots E and B with octave jumps, with the kick", "half-time / swung / 3/4"),
    # MusicDelta Beatles 19.5-28.5 (MDB Drums classes): snare on two and the and of three, floor tom on the and of
    # four, tambourine (OT) on two and four, kick on one, the and of two and three
    Question("s10", "real:musicdelta_beatles", ["drums"], 19.5, 28.5, "Where does the snare land?",
             "on two and on the and of three (a syncopated figure), with a floor tom on the and of four; kick on one, "
             "the and of two and three", "on one and three / no snare"),
    # MusicDelta Beatles 2-10.8: two singers through the window over guitars, bass, drums
    Question("s11", "real:musicdelta_beatles", ["vocals", "guitar", "bass", "drums"], 2.0, 10.8,
             "Who's carrying this section?", "the vocals (sung through the window)", "the guitar / bass carries"),
    # degraded copy of the 5/4 ballad's chorus: 5/4 at 120
    Question("s12", "ft_ballad_eb54@degraded", ["drums", "bass"], 22.5, 37.5, "What's the meter here?",
             "five beats a bar (5/4) at about 120", "4/4 or 3/4 stated as fact"),
]
# Round 2 graded by hand (2026-12-02) against the keys above; the answers are a helper model's that read only
# the twelve packets (/work/notes in the session; the packets come back with ``--round 2``). Why, per question:
GRADES_2 = {"r01": "right", "r02": "right", "r03": "right", "r04": "right", "r05": "partly", "r06": "partly",
            "r07": "wrong", "r08": "right", "r09": "partly", "r10": "partly", "r11": "right", "r12": "right"}
GRADES_2_WHY = {
    "r04": "eighths on the roots, a chord a bar, with the kick: right; it repeated a false 'four-on-the-floor "
           "kick' (TimGM6mb's snare read as kick, eval.drums)",
    "r05": "the section change, louder, the F minor: right; the guitar leaving its stabs for a line: not said",
    "r06": "a note on every beat in 12/8: right; 'walking' / passing notes not said; a D bar read Bm7",
    "r07": "said the snare has no fixed place: the side-stick (GM 37) on two and four is not transcribed as snare",
    "r09": "4/4 at 96 (the key allows half credit: 2/4 at 96); 'four on the floor' false again (TimGM6mb)",
    "r10": "snare on two and four, kick on one and the and of two: right; the ride in eighths read as hats on three "
           "and four",
    "r08": "five beats a bar at 120: right, from the details (the summary led with the lock, and said 'loosely "
           "together, landing right together': both fixed after, f250d82)",
}
# the stems/key/frame baseline text holds none of these facts (no pattern, tempo, meter, chords, roles)
BASELINE_GRADES_2 = {q: "wrong" for q in GRADES_2}
# Round 4 (held out): written 2026-12-02 ~07:05 UTC from the scores, the degraded copies' recorded conditions and the
# MDB Drums annotations, before any packet of them was written or read; windows and questions rounds 1-3 do not
# use, worded as producers word them. Read once, at the end of the session's changes to the findings.
QUESTIONS_4 = [
    # ft_drive_ab152 intro 0-12.63 (4/4 at 152): bass eighths on Ab then Db (a bar each), an octave jump at each
    # bar's end; kit: kick one and three, snare two and four, hats on the eighths; no guitar, no voice
    Question("t01", "ft_drive_ab152", ["bass", "drums"], 0.0, 12.63, "What is the bass doing in the intro?",
             "steady eighth notes on the roots (A flat, then D flat, a bar each), jumping an octave at the end of "
             "each bar, with the kit's backbeat", "held notes / walking / syncopated"),
    # stop 50.53-56.84: drums and bass out, guitar pads, voice long notes; from 56.84 the verse: drums and bass
    # back, the guitar short three-note chords on every off-beat, the voice busy
    Question("t02", "ft_drive_ab152", ["drums", "bass", "guitar", "vocals"], 50.5, 63.2, "What changes here?",
             "the stop ends at about 56.8 s: the drums and bass come back in (the verse), the guitar moves from held "
             "chords to short off-beat stabs, it gets louder and busier", "nothing changes / the drums play through"),
    # ft_ballad_csm76 intro 0-9.47: the piano alone, one three-note chord a bar (C#m, A, E), held
    Question("t03", "ft_ballad_csm76", ["piano", "drums", "bass", "vocals"], 0.0, 9.47, "Who's playing in the intro?",
             "only the piano, holding one chord a bar (C sharp minor, A, E); drums, bass and voice are out",
             "the drums / bass / voice play"),
    # bridge 53.68-66.32: piano broken chords, one note at a time in eighths (A, B, C#m); voice one long note a bar
    Question("t04", "ft_ballad_csm76", ["piano", "vocals"], 53.68, 66.3, "What's the piano doing under the voice?",
             "broken chords (arpeggios), one note at a time, through A, B and C sharp minor, under long held vocal "
             "notes", "block chords / pads / a melody of its own"),
    # ft_swing_g1208 second head 76.19-91.43: guitar three-note chords, short, on the last triplet of each beat
    Question("t05", "ft_swing_g1208", ["guitar", "drums"], 76.2, 91.4, "Is the guitar strumming chords or picking single notes?",
             "chords: short three-note stabs between the beats (off the beat), not single notes",
             "a single-note line"),
    # coda 106.67-118.1: no drums; held G chords in the guitar, bass and voice (one a bar)
    Question("t06", "ft_swing_g1208", ["drums", "bass", "guitar", "vocals"], 106.7, 118.0, "Is there a drum fill in here?",
             "no: the drums are out in the coda; guitar, bass and voice hold long notes on G", "a fill / the drums play"),
    # ft_ballad_eb54 outro 52.5-60: bass and piano hold Ebm, Abm, B (a chord a 5/4 bar); no drums, no voice
    Question("t07", "ft_ballad_eb54", ["bass", "piano", "drums"], 52.5, 60.0, "What are the chords in the outro?",
             "E flat minor, A flat minor, B -- one held chord a bar; the drums are out", ""),
    # ft_drive_e24 verse 20-30: the voice's notes on the grid (the score)
    Question("t08", "ft_drive_e24", ["vocals", "bass", "drums"], 20.0, 30.0, "Is the singer on the beat or behind it?",
             "on the beat", "behind / ahead / loose"),
    # degraded copy of ft_drive_ab152: every stem carries every other at -12 dB (conditions.json), room 1.1 s
    Question("t09", "ft_drive_ab152@degraded", ["bass", "drums", "guitar"], 56.84, 69.5, "Is there bleed in the bass track?",
             "yes: the other instruments spill into it (a lot of what sounds there is theirs)", "clean / no spill"),
    # the clean render: nothing but the voice in its track
    Question("t10", "ft_swing_g1208", ["vocals", "guitar"], 76.2, 91.4, "Is the vocal track clean, or is there spill in it?",
             "clean: no spill", "spill / bleed"),
    # MusicDelta Punk 16-24 (MDB Drums): snare two and four, hi-hat on every beat, kick on one and the ands of
    # one, two and three
    Question("t11", "real:musicdelta_punk", ["drums"], 16.0, 24.0, "What's the drummer playing?",
             "snare on two and four, hi-hat on the beats, a busy kick on one and the ands (one-and, two-and, "
             "three-and), fast 4/4 at about 150", "snare on one and three / no backbeat"),
    # MusicDelta Rock 0-8: kick one and three, snare two and four, hats on every eighth; 4/4 at about 109
    Question("t12", "real:musicdelta_rock", ["drums", "bass"], 0.0, 8.0, "What's the drum groove?",
             "a straight rock beat: kick on one and three, snare on two and four, hi-hat eighths, 4/4 at about 109",
             "half-time / swung / 3/4"),
]
# Round 5 (written 2026-12-02 before its packets, after the session's changes up to f56bbc1): real recordings
# only, in windows no earlier round asked; keys from the MDB Drums class annotations, MedleyDB's source
# activations (SOURCEID) and GuitarSet's chord annotations.
QUESTIONS_5 = [
    # country1 24-32: KD and HH together on 1 and 3 (4 + 4), the side-stick (OT) on 2 and 4; 109 BPM, 4/4
    Question("u01", "real:musicdelta_country1", ["drums", "bass"], 24.0, 32.0, "What's the groove?",
             "a straight two-beat country groove in 4/4 at about 109: kick (with the hi-hat) on one and three, a "
             "side-stick (snare) on two and four", "snare on one and three / swung / 3/4"),
    # country1 12-20: the singer stops at 14.07 s and comes back at 18.07 s; a second acoustic guitar joins at
    # 17.32 s; drums, bass and the first guitar play through
    Question("u02", "real:musicdelta_country1", ["drums", "bass", "guitar", "vocals"], 12.0, 20.0,
             "What happens in this passage?",
             "the singer drops out at about 14 s and comes back in at about 18 s (a second guitar joins just before); "
             "drums, bass and guitar keep playing", "the drums or bass stop / the singer sings throughout"),
    # shadows 16-24: time kept on the ride (CY, eighths), snare on 4 (and 2), kick on 1 and the and of 2
    Question("u03", "real:musicdelta_shadows", ["drums", "bass", "guitar"], 16.0, 24.0, "What is the drummer playing?",
             "time on the ride cymbal in eighths, the snare on the backbeat (two and four), the kick on one and the "
             "and of two (a hi-hat for the ride is partly right)", "a busy fill / no backbeat"),
    # GuitarSet comp 0-7.4: one chord, E flat major (D#:maj), comped
    Question("u04", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 0.0, 7.4, "What chord is the guitarist playing here?",
             "E flat major throughout this window (one chord), comped as short chords", "a minor chord / several changes"),
    # vocadito 16-30: an unaccompanied solo voice (the recording has no other part)
    Question("u05", "real:vocadito_1_solo_voice", ["vocals"], 16.0, 30.0, "Is anyone playing along with the singer?",
             "no: the voice sings alone, unaccompanied", "a band / chords played under it"),
    # punk 0-8: the singer sings a short phrase 2.65-4.32 s, then again from 6.27 s on; drums, bass, guitar throughout
    Question("u06", "real:musicdelta_punk", ["drums", "bass", "guitar", "vocals"], 0.0, 8.0, "When does the singer come in?",
             "a short vocal phrase at about 2.6 s (to 4.3 s), then back in at about 6.3 s; the band plays from the start",
             "from the start / not at all"),
    # the rock mix 0-8, loaded unseparated: 4/4 at 109 BPM (manual beats), straight rock beat
    Question("u07", "mix:musicdelta_rock", ["mix"], 0.0, 8.0, "What's the tempo and the feel?",
             "4/4 at about 109 BPM, straight (not swung)", "3/4 / swung / half or double the tempo said as the tempo"),
    # rock 0-13: drums, bass, two guitars and a male singer, all throughout
    Question("u08", "real:musicdelta_rock", ["drums", "bass", "guitar", "vocals"], 0.0, 13.0, "Who's playing?",
             "everyone, throughout: drums, bass, guitar and the singer", "a part said silent or to drop out"),
    # GuitarSet comp 14.9-22.3: B flat (14.9-16.7), A flat (16.7-18.6), E flat (18.6-)
    Question("u09", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 14.9, 22.3, "What are the chords?",
             "B flat, then A flat, then E flat major (about two bars each, the last longer)",
             "minor chords / a chord a beat"),
]
# Round 6 (written 2026-12-02 before its packets, at the session's last answer change, 56a58a9): the frozen frames
# test songs in windows no earlier round asked; keys from the score (truth.json), as a musician reads it.
QUESTIONS_6 = [
    # ft_ballad_csm76 outro 66.32-75.79: drums and voice out; bass and piano hold C#m, A, E, one struck a bar
    Question("v01", "ft_ballad_csm76", ["drums", "bass", "piano", "vocals"], 66.3, 75.8, "What's the outro like?",
             "just bass and piano, holding one chord a bar (C sharp minor, A, E); the drums and the voice are out",
             "the drums or the voice play / a busy groove"),
    # chorus end 41.05-47.37: chords A (41.05), B (44.21); the bass's notes on beats one and three are A, A, B, B
    Question("v02", "ft_ballad_csm76", ["bass", "piano"], 41.0, 47.4, "Is the bass playing the roots?",
             "yes: on the strong beats the bass plays the roots (A, then B), with other notes between them",
             "no / mostly other notes"),
    # ft_swing_g1208 solo 45.71-60.95, 12/8 at 63: ride on each beat and its last triplet, cross-stick on two and
    # four, kick on one and three; the bass walks a note a beat; the guitar plays triplet arpeggios
    Question("v03", "ft_swing_g1208", ["drums", "bass", "guitar"], 45.7, 61.0, "What's the groove?",
             "a swung 12/8 (triplet) feel at about 63 beats a minute: the ride on every beat with the last triplet "
             "(the swing skip), the cross-stick (snare) on two and four, the kick on one and three; the bass walks "
             "a note a beat", "straight / 4/4 with straight eighths / double the tempo said as the tempo"),
    # head 91.43-106.67: C, C, G, E minor: G major throughout
    Question("v04", "ft_swing_g1208", ["drums", "bass", "guitar", "vocals"], 91.4, 106.7, "Is there a key change?",
             "no: it stays in G major (C, G, E minor)", "a key change"),
    # ft_ballad_eb54 intro 0-7.5 (5/4 at 120): the piano alone, holding E flat minor, A flat minor, B, a chord a bar
    Question("v06", "ft_ballad_eb54", ["drums", "bass", "piano"], 0.0, 7.5, "What's the intro like?",
             "the piano alone, holding one chord a bar (E flat minor, A flat minor, B); drums and bass are out",
             "drums or bass play"),
    # chorus 22.5-32.5: drums, bass and piano all play under the voice
    Question("v07", "ft_ballad_eb54", ["vocals"], 22.5, 32.5, "Is anyone playing along with the singer?",
             "the track has drums, bass and piano besides the voice (they are not in this selection; in the song "
             "they play here)", "the voice is alone / unaccompanied"),
    # solo 30.48-45.71: the bass a note on every (dotted-quarter) beat, walking
    Question("v08", "ft_swing_g1208", ["bass", "drums"], 30.5, 45.7, "Is the bass busy or sparse?",
             "neither: a steady note on every beat (a walking line)", "busy / sparse"),
]
# Round 7 (2026-12-03), written from the scores of the frozen frames songs before any packet of it was made;
# windows no earlier round asked, two on the degraded copies
QUESTIONS_7 = [
    # ft_drive_ab152 tag 75.79-82.11: the kit plays a break (high tom, low tom, snare, kick in pairs of eighths, no
    # hi-hat), the bass pumps eighths on F, Db, Ab, Eb (a bar each, the octave on the last eighth); guitar, voice out
    Question("w01", "ft_drive_ab152", ["drums", "bass", "guitar", "vocals"], 75.8, 82.1, "What's going on in the tag?",
             "only drums and bass: the drums play a fill-like break around the toms, snare and kick in eighths (no "
             "hi-hat keeping time), the bass pumps eighth notes on the chord roots (F, D flat, A flat, E flat); the "
             "guitar and the voice are out", "a steady backbeat with hats / the guitar or the voice play"),
    # stop 50.53-56.84: no drums, no bass; the guitar holds F minor a bar at a time, the voice long Cs; at 56.84 the
    # band comes back (crash, kick, bass)
    Question("w02", "ft_drive_ab152", ["drums", "bass", "guitar", "vocals"], 50.5, 56.9, "What happens in the stop?",
             "the drums and the bass stop; the guitar holds an F minor chord (struck once a bar) under long held vocal "
             "notes; the band comes back in at the very end", "the drums keep a groove / the bass keeps playing"),
    # ft_ballad_csm76 chorus 28.42-34.74 (76 BPM): kick on one and three, snare two and four, hats eighths; the bass
    # riff: one, the and of one, the and of two, three, four -- with the kick on one and three, notes between
    Question("w03", "ft_ballad_csm76", ["drums", "bass"], 28.4, 34.7, "Is the bass locked with the kick?",
             "yes where the kick plays: the bass lands with it on one and three; it also plays between the kicks (the "
             "and of one, the and of two, four), a syncopated riff rather than a note-for-note double",
             "not locked / the bass is ahead or behind the kick / it plays only with the kick"),
    # ft_ballad_eb54 bridge 42.5-52.5 (5/4 at 120): the piano plays broken chords in eighths, a chord a bar: A flat
    # minor, B flat minor, E flat minor, D flat; drums and bass out; the voice holds one long note a bar
    Question("w04", "ft_ballad_eb54", ["piano", "vocals"], 42.5, 52.5, "What's the piano playing in the bridge?",
             "broken chords (arpeggios) in steady eighth notes, one chord a bar: A flat minor, B flat minor, E flat minor, "
             "D flat major", "block chords / a melody / a riff"),
    # ft_drive_e24 tag 60-65 (2/4 at 96): a crash and kick on the one, then high tom, high tom, low tom in eighths each
    # bar (kick on the one of the bars), no snare, no hi-hat; the bass pumps A, B, E, E
    Question("w05", "ft_drive_e24", ["drums", "bass"], 60.0, 65.0, "What's the drummer doing here?",
             "a fill on the toms: kick on each bar's one (a crash at the start), then the toms in eighths, no backbeat "
             "snare and no hi-hat", "a backbeat with hats / a steady groove"),
    # ft_swing_g1208 degraded copy, head 76.19-91.43 (12/8 at 63): G, C, G, D, a chord a bar
    Question("w06", "ft_swing_g1208@degraded", ["bass", "guitar"], 76.2, 91.4, "What chords are these?",
             "G, C, G, D: one chord a bar, in G major", "another key / chords other than these"),
    # ft_ballad_csm76 degraded copy, verse 9.47-15.79 (76): the ride on every beat, kick on one, snare on three (a
    # half-time feel), a crash at the start; the bass holds a whole note a bar
    Question("w07", "ft_ballad_csm76@degraded", ["drums"], 9.47, 15.8, "What's the drummer playing in the verse?",
             "a sparse half-time pattern: the ride cymbal on every beat, the kick on one and the snare on three (a crash "
             "at the start)", "a snare on two and four / hi-hats in eighths / a busy groove"),
    # ft_drive_e24 hook 30-40 (2/4 at 96): the piano strums every eighth (A, B, E, E, a chord a bar); the bass plays
    # a syncopated riff on the same roots (root, octave, the fifth pushed ahead of the beat)
    Question("w08", "ft_drive_e24", ["bass", "piano"], 30.0, 40.0, "What are the bass and the piano doing together?",
             "the piano strums even eighth-note chords (A, B, E, a chord a bar) while the bass plays a syncopated riff "
             "on the same roots (root, octave, fifth): the same chords, the bass moving against the piano's steady eighths",
             "the bass doubles the piano / they play different chords"),
]
# Round 8 (2026-12-03), written from the scores and the MDB Drums annotations before any packet of it was made,
# after round 7's fixes; windows or questions no earlier round asked
QUESTIONS_8 = [
    # MusicDelta Beatles 0-9 (111 BPM, 4/4; MDB Drums): kick on one, the and of two and three; snare on two and the and
    # of three; floor tom on the and of four; tambourine on two and four
    Question("x01", "real:musicdelta_beatles", ["drums"], 0.0, 9.0, "What's the drummer playing?",
             "kick on one, the and of two and three; snare on two and the and of three; the floor tom on the and of "
             "four; a tambourine on two and four (about 111 BPM, 4/4)",
             "a plain backbeat with the snare on two and four and hats on every eighth"),
    # ft_drive_e24 second verse 45-60 (2/4 at 96): kick on each bar's one, snare on two, hats eighths; the bass walks a
    # note on every beat
    Question("x02", "ft_drive_e24", ["bass", "drums"], 45.0, 60.0, "Is the bass locked to the kick?",
             "yes where the kick plays: the kick is on each bar's one and the bass lands with it; the bass walks a note "
             "on every beat, so every other note falls between the kicks (with the snare)",
             "not locked / the bass behind or ahead of the kick"),
    # ft_ballad_eb54 verse 7.5-17.5 (5/4 at 120): ride on every beat, kick on one, snare on three; the bass holds one
    # note a bar (E flat, A flat)
    Question("x03", "ft_ballad_eb54", ["drums", "bass"], 7.5, 17.5, "What's the groove?",
             "a slow five (5/4) at about 120: the ride on every beat, the kick on one and the snare on three; the bass "
             "holds one long note a bar", "4/4 / a backbeat on two and four / a busy bass"),
    # ft_ballad_csm76 chorus 28.42-41.05 (76): the full band, louder than the verse: kick one and three, snare two and
    # four, hats eighths; the bass a syncopated riff; the piano strums chords in eighths (A, B, C sharp minor); the voice
    Question("x04", "ft_ballad_csm76", ["drums", "bass", "piano", "vocals"], 28.4, 41.0, "What's the chorus like?",
             "the whole band, louder than before: a straight backbeat (kick one and three, snare two and four, hats in "
             "eighths), the bass in a syncopated riff, the piano strumming chords in eighths (A, B, C sharp minor) under "
             "the voice", "sparse / quiet / the drums or the bass out"),
    # ft_ballad_eb54 break 37.5-42.5: the drums alone, a two-bar break on toms, snare and kick; bass, piano, voice out
    Question("x05", "ft_ballad_eb54", ["drums", "bass", "piano", "vocals"], 37.5, 42.5, "Is there a drum fill here?",
             "yes: the drums play alone, a two-bar break around the toms, snare and kick; bass, piano and voice are out",
             "no fill / a steady groove / the others keep playing"),
    # MusicDelta Country1 0-8: drums (quiet), bass and the acoustic guitars from the start; the voice comes in within
    # the first bar (its first note at 0.97 s)
    Question("x06", "real:musicdelta_country1", ["drums", "bass", "guitar", "vocals"], 0.0, 8.0,
             "Who's playing in the first bars?",
             "all four: drums, bass and guitar from the start, the voice coming in right away (within the first bar)",
             "someone silent / the voice enters late"),
]
# Round 9 (2026-12-04): compound questions -- each asks two things in one sentence, as a producer would -- written from
# the scores and the MDB Drums / MedleyDB annotations before any packet of it was made; windows whose start and end no
# earlier round used (the frames songs' clean renders are asked almost end to end by rounds 1-8, so y03, y04 and y05
# overlap earlier windows of their songs; y02, y06, y07 and y08 overlap none, y01 only the last 0.03 s of t09 on the
# degraded copy)
QUESTIONS_9 = [
    # ft_drive_ab152 second verse, its last four bars 69.47-75.79 (4/4 at 152): the bass walks a note a beat -- A flat C
    # E flat D | D flat F A flat A | A flat C E flat D | E flat G B flat G: each bar's root on the one, the chord's
    # third and fifth, then a note a half step off the next root; kick one and three, snare two and four, hats eighths
    Question("y01", "ft_drive_ab152", ["bass", "drums"], 69.47, 75.79,
             "What's the bass up to here, and is it playing the roots?",
             "it walks, one note on every beat (not the first verse's eighths): each bar starts on the chord's root "
             "(A flat, D flat, A flat, E flat), climbs through the chord's third and fifth, and its last note, a "
             "half step off the next root, leads into the next bar; so yes, the roots, on every bar's downbeat (with "
             "other notes between)",
             "pumping eighths on the root / a syncopated riff / held notes; 'no' or 'mostly other notes' to the roots"),
    # ft_swing_g1208 head, its last two bars 22.86-30.48 (12/8 at 63; G, E minor): kit shuffle (ride on each beat and
    # its last triplet, kick one and three, side-stick two and four) unchanged to the end, no crash or tom; the bass
    # walks a note a beat; the guitar short chords on each beat's last triplet; the voice four notes (one a beat) in the
    # first bar, rests in the second; the solo's crash at 30.48 lies after the window
    Question("y02", "ft_swing_g1208", ["drums", "bass", "guitar", "vocals"], 22.86, 30.3,
             "Who's in on this bit, and is there a drum fill?",
             "everyone: the drums (a ride shuffle, side-stick on two and four), the walking bass, the guitar's short "
             "off-beat chords and the voice (a few notes in the first bar, resting in the second); no fill: the "
             "drummer keeps the same shuffle to the end of the window",
             "a fill / a break / the drums, bass or guitar out"),
    # ft_ballad_eb54 verse 12.5-22.5 (5/4 at 120, E flat minor): bass and piano hold one chord a bar -- B, B flat minor,
    # E flat minor, A flat minor (VI, v, i, iv) -- under the voice; no earlier round asked the verse's chords
    Question("y03", "ft_ballad_eb54", ["bass", "piano", "vocals"], 12.5, 22.5,
             "What key are we in and what chords is it going through?",
             "E flat minor; one chord a (5/4) bar, held: B major, B flat minor, E flat minor, A flat minor",
             "G flat major or B major as the key; other chords / chords changing within the bar"),
    # ft_drive_e24 verse 22.5-30 (2/4 at 96): kick on each bar's one, snare on its two, hats every eighth; the bass
    # pumps four eighths a bar on the root (C sharp, A, E, B, C sharp, A), the last an octave up, the first on the kick
    Question("y04", "ft_drive_e24", ["bass", "drums"], 22.5, 30.0,
             "Is the bass locking with the kick, and what's the drummer playing?",
             "locked: the bass pumps even eighth notes on the root (the octave on the last), so it lands with the "
             "kick on every bar's one and fills the eighths between; the drums: kick on one, snare on two of each "
             "two-beat bar (kick one and three, snare two and four in a 4/4 count), hi-hat on every eighth, about "
             "96 BPM",
             "loose / the bass behind or ahead of the kick; a kick on every beat / no snare / half-time"),
    # ft_drive_ab152 hook 41.05-47.37 (4/4 at 152): the guitar strums four-note chords on every eighth, A flat, E flat,
    # F minor, D flat (I, V, vi, IV), a bar each, over the bass riff and the backbeat; the voice only a two-note call on
    # beat four of every other bar (the E flat and D flat bars)
    Question("y05", "ft_drive_ab152", ["guitar", "bass", "drums", "vocals"], 41.05, 47.37,
             "Which part is carrying the hook? What chords are under it?",
             "the guitar, strumming full chords on every eighth with the band driving under it; the voice only "
             "answers with a short two-note call at the end of every other bar; the chords: A flat, E flat, F minor, "
             "D flat, one a bar (I-V-vi-IV in A flat)",
             "the voice carries / sings a melody through it; other chords"),
    # MusicDelta Punk 8.0-16.0 (MDB Drums; 4/4 at 150, bar 1.6 s): bars at 9.62, 12.85 and 14.44 the groove -- kick on
    # one, the and of one, the and of two, the and of three, snare on two and four, hat on the beats (open, then
    # closed); bars at 8.02 and 11.24 a crash on every eighth to beat four, the snare on one, the and of two and
    # four, the kick between
    Question("y06", "real:musicdelta_punk", ["drums", "bass", "guitar"], 8.0, 16.0,
             "What's the time signature and where's the snare landing?",
             "4/4, fast (about 150 BPM); the snare is on two and four in the groove bars, but twice (about 8.0-9.6 s "
             "and 11.2-12.8 s) the drummer plays a crash bar: the crash on every eighth, the snare on one, the and "
             "of two and four, the kick between",
             "3/4 / 6/8 / about 75 or 300 said as the tempo; the snare on one and three / no backbeat"),
    # MusicDelta Punk 24.0-28.7, the song's end (MDB Drums): kick on one, the and of one, the and of two, the and of
    # three, snare two and four, open hat on the beats; in the first bar the hat stops for four sixteenth snare hits on
    # beat four (25.24, 25.33, 25.42, 25.51 s) into the next bar; drums, bass, guitar to 28.7 s, the singer to 28 s
    Question("y07", "real:musicdelta_punk", ["drums", "bass", "guitar", "vocals"], 24.0, 28.7,
             "Is anyone dropping out here, and is there a drum fill?",
             "no one drops out: drums, bass, guitar and the singer play to the end; yes, a short fill: four "
             "sixteenth-note snare hits on beat four of the first bar (about 25.2-25.5 s) into the next bar, "
             "otherwise the groove (snare on two and four, open hi-hat on the beats)",
             "no fill / a long tom fill / a part drops out"),
    # MusicDelta Shadows 24.0-33.4, the song's end (an instrumental; MedleyDB melody stem STEM_04, the lead guitar): the
    # lead rests 23.6-26.19 s and plays the tune from 26.19 to 32.29 s over the rhythm guitar and bass; MDB Drums: ride
    # on the eighths, kick on one and the and of two, snare on two and four, a crash on the ones at 26.19 and 30.50 s;
    # the last hits (snare, ride) on two of the final bar, 33.23 s
    Question("y08", "real:musicdelta_shadows", ["guitar", "bass", "drums"], 24.0, 33.4,
             "Who's carrying the tune here? And what's the drummer doing?",
             "the lead guitar (an instrumental, no singer): it comes back in with the melody at about 26.2 s and "
             "plays to about 32.3 s over the rhythm guitar and the bass; the drummer keeps time on the ride in "
             "eighths, snare on two and four, kick on one and the and of two, crashes on the one at about 26.2 and "
             "30.5 s, and ends on a last snare on two at about 33.2 s (a hi-hat for the ride is partly right)",
             "a singer or the bass carries; the snare on one and three / a fill / a busy hi-hat groove"),
]
# Round 10 (2026-12-04): varied producer questions -- the feel, doubling, one part in one bar, where it builds, a fill,
# the chords, meter and tempo, who carries, a compound question and a vague one, each worded as a producer would type
# it -- written from the scores (eval.frame_test_songs.write_band) and the annotations of ../shared/real (MDB Drums
# classes and beats, MedleyDB melody f0) before any packet of it was made. Windows no earlier round asked of the same
# song, except where said (the clean frames renders are asked almost end to end by rounds 1-9; the rock mix is 13 s
# long). The degraded copies' room, spill and noise are recorded in each cached copy's conditions.json (the values
# depend on which command made the copy: eval.frames draws them from seed + 1000, this module from the seed).
QUESTIONS_10 = [
    # MusicDelta Shadows 0-8 (MDB Drums; 4/4 at about 111, beats 0.02, 0.55, ...): the ride (RDC) on every eighth, its
    # off-beat hit at 0.47-0.58 of the beat (median 0.51, a long-short ratio of about 1.05: even eighths), the kick on
    # one and the and of two, the snare on two and four, a crash on the first one; the lead guitar's tune (STEM_04 f0)
    # from the start to 6.2 s, back at 8.1 s. No earlier round asked 0-8 of this song
    Question("z01", "real:musicdelta_shadows", ["drums", "bass", "guitar"], 0.0, 8.0,
             "Does this swing, or is it dead straight?",
             "straight: the ride cymbal plays even eighth notes (the off-beat hit halfway between the beats), no swing "
             "or shuffle; a straight 4/4 at about 111 BPM, snare on two and four (whether it sits on or behind the "
             "beat is not graded: the snare is annotated within about 10 ms of the beat)",
             "swung / a shuffle / a triplet feel / 12/8"),
    # MusicDelta Beatles 11.0-19.5, the vocal stem (a male and a female singer's raw tracks summed; MedleyDB STEM_07 and
    # STEM_08 f0): the male singer alone to 18.41 s (a phrase's end to 11.15, 11.74-13.64, 14.45-14.99, 15.35-18.41:
    # Bb3, C4, B3 held at the end), the female singer from 18.04 s (sliding up to D4 and holding it): one voice at a
    # time, the two overlapping only 18.04-18.41 at the hand-off; each singer one raw track (no double-tracking, no
    # harmony part). Between s11 (2-10.8) and s10 (19.5-28.5)
    Question("z02", "real:musicdelta_beatles", ["vocals"], 11.0, 19.5,
             "Is the vocal doubled on this bit?",
             "no: one voice at a time, not double-tracked and no harmony line -- a male singer to about 18.4 s, then a "
             "female singer takes the next line from about 18.0 s (the two overlap only for that moment at the "
             "hand-off); 'a single voice, not doubled' is right without the change of singer",
             "doubled / stacked / a harmony part / two voices singing together through the window"),
    # ft_drive_ab152 second verse, bars 41-44, 63.16-69.47 (4/4 at 152, bar 1.579 s; A flat, D flat, A flat, E flat):
    # the bass walks a quarter note a beat; its second bar (64.74-66.32, D flat) plays D flat, F, A flat, A natural --
    # root, third, fifth, then a half step above the next bar's root (A flat); kick one and three, snare two and four,
    # hats in eighths. The window starts on the downbeat (63.158). Between t02 (to 63.2) and y01 (from 69.47: the
    # next four bars' walk, asked as a whole)
    Question("z03", "ft_drive_ab152", ["bass", "drums"], 63.15, 69.47,
             "What's the bass doing in the second bar?",
             "walking, one note on each beat: D flat, F, A flat, then A natural -- up the D flat chord (root, third, "
             "fifth) and onto the half step above the next bar's A flat, leading into it",
             "pumping eighths on one note / a syncopated riff / a held note; the notes of another bar (A flat, C, E "
             "flat)"),
    # ft_drive_e24 degraded copy 25-35 (2/4 at 96, bar 1.25 s; room, spill and noise per conditions.json): the verse
    # to 30.0 at the level marking 80 (kick on one, snare on two, hats in eighths; the bass eighths on the root; the
    # piano short chords on the off-beats; the voice a busy line), then the hook from 30.0 at 105: a crash, every part
    # louder (kick about velocity 85 -> 110), the piano strumming four-note chords on every eighth, the bass a
    # syncopated riff (root, octave, the fifth pushed ahead of the beat), the voice only a two-note call every other
    # bar. No change
    # before 30.0. The degraded copy of this song is asked for the first time; on the clean render y04 ends and q14
    # starts at 30.0, no window crosses it
    Question("z04", "ft_drive_e24@degraded", ["drums", "bass", "piano", "vocals"], 25.0, 35.0,
             "Does it build anywhere in here, or stay flat?",
             "it lifts at about 30 s (the hook; the first half is level): a crash, everything gets louder, the piano "
             "goes from short off-beat chords to strumming every eighth, the bass from steady eighths to a syncopated "
             "riff; the singer drops to short calls (a time within about half a bar, 0.6 s, is right)",
             "flat / no change / a drop / the lift placed elsewhere"),
    # ft_ballad_csm76 degraded copy 44.2-50.5 (4/4 at 76, bar 3.158 s): the chorus's last bar (44.21, B) a plain
    # groove (kick one and three, snare two and four, hats in eighths) with bass riff, strummed piano and voice; from
    # 47.37 the break: everyone else stops and the drums play alone -- crash and kick on one, high tom on the and of
    # one and on two, low tom on the and of two and on three, snare on the and of three and on four, kick on the and of
    # four; the window holds the first of the break's two bars. On the degraded copy only w07 (9.47-15.8) was asked;
    # on the clean render x04 (to 41.0), v02 (41.0-47.4) and q03 (47.37-53.68) lie in or around it
    Question("z05", "ft_ballad_csm76@degraded", ["drums", "bass", "piano", "vocals"], 44.2, 50.5,
             "Any drum fills in this stretch?",
             "yes, from about 47.4 s: after the chorus's last bar (a plain backbeat, no fill) the band stops and the "
             "drums play alone around the toms -- crash and kick on one, high then low toms, snare on the and of three "
             "and four, a kick on the and of four (the first bar of a two-bar break)",
             "no fill / the fill placed in the groove bar / bass, piano or voice playing through it"),
    # ft_ballad_eb54 chorus 27.5-37.5 (5/4 at 120, bar 2.5 s; E flat minor): bass and piano change chord on each bar's
    # one -- E flat minor (27.5), D flat (30.0), A flat minor (32.5), B flat minor (35.0): i, VII, iv, v; the piano
    # strums every eighth, the bass a riff on each root. No earlier round asked the chorus's chords; the window overlaps
    # r08 (25-35, the meter), q13 (22.5-32.5, the key), v07 and the degraded s12
    Question("z06", "ft_ballad_eb54", ["bass", "piano"], 27.5, 37.5,
             "How do the chords move here?",
             "E flat minor, D flat, A flat minor, B flat minor -- one chord a (5/4) bar, i-VII-iv-v in E flat minor "
             "(D sharp minor, C sharp, G sharp minor, A sharp minor spelled in sharps are the same)",
             "other chords / chords changing within the bar"),
    # MusicDelta Beatles 28.35-34.9 (MDB beats and downbeats: 4/4, bars from 28.39, 30.56, 32.72; beat intervals
    # 0.52-0.56 s, 107-115 BPM, about 111): kick on one, the and of two and three, snare on two and the and of three,
    # a tambourine on two and four, the floor tom on the and of four; the female singer 29.1-32.9 and from 34.0 s.
    # The song's last downbeat (34.92) after the window; no earlier round asked this stretch
    Question("z07", "real:musicdelta_beatles", ["drums", "bass", "guitar"], 28.35, 34.9,
             "What BPM is this, and what's the time sig?",
             "4/4 at about 111 BPM (105-117 is right)",
             "3/4 / 6/8 / half or double the tempo (about 55 or 222) said as the tempo"),
    # ft_swing_g1208 degraded copy, solo bars 9-11, 30.47-41.9 (12/8 at 63, bar 3.81 s; A minor, D, G): no voice (the
    # singer is out in the solo); the guitar a single-note line of broken chords, one note on every triplet eighth;
    # the bass walks a note a beat, the kit a ride shuffle with the side-stick on two and four (a crash at 30.48). On
    # the degraded copy only w06 (76.2-91.4) was asked; on the clean render s05 and v08 asked 30.5-45.7 (what the
    # guitar plays; the bass)
    Question("z08", "ft_swing_g1208@degraded", ["guitar", "bass", "drums", "vocals"], 30.47, 41.9,
             "Who's taking the lead in this part?",
             "the guitar: with the singer out, it plays a single-note line (broken chords / arpeggios in running "
             "triplets through A minor, D and G) over the walking bass and the ride shuffle",
             "the voice / the bass carries; the guitar only comping chords under someone else"),
    # ft_drive_ab152 degraded copy, first verse bars 15-18, 22.1-28.42 (4/4 at 152; room, spill and noise per
    # conditions.json): the bass pumps eighths on the root, the octave on each bar's last eighth; the guitar short
    # three-note chords on the off-beats (the ands) only; A flat, E flat, A flat, D flat, a bar each. On the degraded
    # copy q16 ends where it starts (22.1); on the clean render q08 (18.95-25.26, the chords) and r04 (25.26-31.58)
    Question("z09", "ft_drive_ab152@degraded", ["guitar", "bass"], 22.1, 28.42,
             "Is the guitar just doubling the bass here? And what chords are we on?",
             "no: the bass pumps steady eighth notes on the root (jumping the octave at each bar's end) while the "
             "guitar plays short three-note chords on the off-beats only -- different parts, the same chords; A flat, "
             "E flat, A flat, D flat, one a bar (I-V-I-IV in A flat)",
             "the guitar doubles the bass line / plays on the beats with it; other chords"),
    # the official MusicDelta Rock mix loaded as one file, 6.5-13.0 (MDB beats: 4/4 at about 109): the same straight
    # rock beat to the end -- kick one and three, snare two and four, closed hi-hat on every eighth (off-beat at 0.51 of
    # the beat) -- under bass, two guitars and the male singer (phrases to about 12.3 s); no fill, break or change
    # (the one open hat at 4.09 s lies before the window). The song is 13.1 s long: the window overlaps r12 (2-10) and
    # u07 (0-8) on the mix and u08 (0-13) on the stems
    Question("z10", "mix:musicdelta_rock", ["mix"], 6.5, 13.0,
             "what's going on in this bit?",
             "a steady, straight rock groove from a full band to the end: drums (kick on one and three, snare on two "
             "and four, hi-hat eighths), bass and guitars, with a male singer over it; 4/4 at about 109 BPM; no break, "
             "fill or change of section (naming the steady groove with the singer is right without the instrument "
             "list)",
             "a section change / a break or fill / a drop-out / no singer / swung / 3/4"),
]
# Round 3 graded by hand (2026-12-02) against the keys above; the answers (eval/client_answers/round3.json) are a
# helper model's that read only the twelve packets, written at 6285842. Why, per question:
GRADES_3 = {"s01": "right", "s02": "partly", "s03": "partly", "s04": "right", "s05": "wrong", "s06": "right",
            "s07": "right", "s08": "right", "s09": "partly", "s10": "partly", "s11": "right", "s12": "right"}
GRADES_3_WHY = {
    "s01": "piano out at the start, at 42.5 s the drums stop, voice and piano come in, the bass silent: right (the "
           "piano's broken chords and the voice's long notes not said)",
    "s02": "the chords (Abm Bbm Ebm Db, a bar each) right; 'a single line ... a third are chords', not broken chords",
    "s03": "5/4 and the snare on three right; the kick 'on one and three' (one only) and no ride on every beat (the "
           "TimGM6mb ride is near silent in the render: the audio has it only under kick and snare)",
    "s05": "'short chords' of a single-note line: the transcription restarts each ringing note beside the next",
    "s07": "off-beat piano chords: right; it repeated a false 'kick on all four beats' (TimGM6mb kit, eval.drums)",
    "s08": "E B C#m A, two to a 4/4 bar (one to each 2/4 bar): right; one bar read C#m for C#m-A",
    "s09": "backbeat, eighth hats, 96 BPM, bass with the kick: right; 'kick on every beat' false, the E-B roots and "
           "octave bounce not said, 4/4 (2/4 in the score)",
    "s10": "snare on two and the and of three right; the floor tom on the and of four read as snare",
    "s12": "5/4 at 120: right (from the degraded copy, with the spill caution)",
}
# the stems/key/frame baseline text holds none of these facts (no events, pattern, meter, chords, roles)
BASELINE_GRADES_3 = {q: "wrong" for q in GRADES_3}
# Round 4 graded by hand (2026-12-02) against the keys above; the answers (eval/client_answers/round4.json) are a
# helper model's that read only the twelve packets, written at 285cb8c in a clean worktree with fresh ingests.
GRADES_4 = {"t01": "right", "t02": "partly", "t03": "right", "t04": "right", "t05": "right", "t06": "right",
            "t07": "partly", "t08": "partly", "t09": "right", "t10": "right", "t11": "partly", "t12": "right"}
GRADES_4_WHY = {
    "t01": "steady eighths with the kit, on A flat and D flat: right (the octave jump not said)",
    "t02": "the drums and bass come back in at 56.8 s, louder, a chord a bar after: right; but it said the guitar "
           "played off-beat chords in the stop (it held pads there), and the stabs' arrival was not said",
    "t03": "only the piano, C#m A E a bar each: right (from the details: the summary's first sentence spoke of the "
           "form)",
    "t06": "no fill, the drums are out: right; the packet also called the clean guitar 'much ... spill' (held chords "
           "decaying with the voice's: the spill measure's false alarm), which the model did not repeat",
    "t07": "A flat minor (as G#m) and B right, the E flat minor bar missed, 'centres on B major'",
    "t08": "the summary said on the beat; the model would not commit (one clean start, no offset)",
    "t11": "kick on one and the ands, snare on two and four, 152: right; the hi-hat on every beat read sparse",
    "t12": "kick one and three, snare two and four, hats on the eighths, about 112: right",
}
# the stems/key/frame baseline text holds none of these facts (no pattern, chords, events, spill, roles)
BASELINE_GRADES_4 = {q: "wrong" for q in GRADES_4}
# Round 5 graded by hand (2026-12-02) against the keys above; the answers (eval/client_answers/round5.json) are a
# helper model's that read only the nine packets (two readings: the first cut its input off after three items),
# written at 044aaab in a clean worktree with fresh ingests. u05's failure changed the code after (the scope and
# the who-answer now name the track's other stems, or say it has none): round 5 is dev for that rule.
GRADES_5 = {"u01": "partly", "u02": "right", "u03": "partly", "u04": "right", "u05": "wrong", "u06": "right",
            "u07": "partly", "u08": "right", "u09": "partly"}
GRADES_5_WHY = {
    "u01": "kick on one and three, snare (the side-stick) on two and four, straight 4/4 at about 111: right; the "
           "hi-hat 'on every beat' is the side-stick read as a hat too (it plays with the kick on one and three)",
    "u03": "kick on one and the and of two, backbeat, eighths: right (the ride as a hi-hat: partly, by the key); a "
           "false 'tom hit on beat four' (the kit has no toms)",
    "u05": "said it could not tell: the packet did not say the track has no other stem",
    "u07": "4/4 at about 110 and 'straight' right, but it hedged towards a shuffle from the printed swing ratio 1.39 "
           "(under the 1.4 the code calls swung) and the triplet counts",
    "u09": "B flat and A flat right; the E flat bars read B flat and G minor",
}
# the baseline text (stems, the track's key, the frame) lets a reader name who plays (u08) and guess the tonic
# chord from the key (u04: partly); it holds no pattern, event, meter or chart
BASELINE_GRADES_5 = {q: "wrong" for q in GRADES_5} | {"u08": "right", "u04": "partly"}
# Round 6 graded by hand (2026-12-02) against the keys above; the answers (eval/client_answers/round6.json) are two
# helper models' (four items and three) that read only the packets, written at aaba856 in a clean worktree with fresh
# ingests. v06's missing first bar changed the code after (the chart's bar lines moved by a beat or two no longer
# drop a first bar the move brings inside the window): round 6 is dev for that rule.
GRADES_6 = {"v01": "right", "v02": "right", "v03": "partly", "v04": "partly", "v06": "partly", "v07": "partly",
            "v08": "right"}
GRADES_6_WHY = {
    "v03": "compound lilt at 63, the bass walking a note a beat, kick on the bar's one: right; read as 6/8 (the score "
           "is 12/8), and the snare said on one as well as four",
    "v04": "no key change: right; but 'centred on A minor' (G major: C, G, E minor) and an E major chord for E minor",
    "v06": "the piano alone, a chord a bar: right; the E flat minor bar missing (the chart began at A flat minor)",
    "v07": "named the track's bass, drums and piano as left out of the selection, but would not say they play along "
           "(the scope forbids reading them: the best this selection allows)",
}
# the baseline text says every selected stem "plays here" and gives the track's key: 'G major' lets a reader say
# there is no key change (v04: partly); nothing else it says answers these
BASELINE_GRADES_6 = {q: "wrong" for q in GRADES_6} | {"v04": "partly"}
# Round 7 graded by hand (2026-12-03) against the keys above; the answers (eval/client_answers/round7.json) are a
# helper model's that read only the packets, written at 4183d66 in a clean worktree with fresh ingests
GRADES_7 = {"w01": "partly", "w02": "partly", "w03": "wrong", "w04": "right", "w05": "wrong", "w06": "right",
            "w07": "partly", "w08": "right"}
GRADES_7_WHY = {
    "w01": "only drums and bass, guitar and voice out, a tom figure every bar, the bass in steady eighths: right; a "
           "false 'hi-hat on every eighth' (the kit's toms read as hats), and the bass's F, Db, Ab read as C#/F, C#, G# "
           "(a D flat chord over F for a bass pumping F; a C sharp major key in an A flat major song)",
    "w02": "drums and bass out, F minor on the guitar, the band back at the end: right; the guitar's held chords "
           "said to be 'short chords'",
    "w03": "said it could not tell (4 kick hits, a verdict needs 6) where the bass lands with each of the four",
    "w05": "kick on the bar's one: right; the toms read as snare and hi-hat on every eighth, a driving groove",
    "w07": "kick on one, snare on three, half-time: right; the ride on every beat read as a hat on three only",
}
# the baseline text says every selected stem "plays here", with the track's key and the frame: none of these
# questions is answered by it (w01, w02: it says the guitar and the voice play)
BASELINE_GRADES_7 = {q: "wrong" for q in GRADES_7}
# Round 8 graded by hand (2026-12-03) against the keys above; the answers (eval/client_answers/round8.json) are a
# helper model's that read only the packets, written at a767333 in a clean worktree with fresh ingests (after round
# 7's fixes and the drum detector's tom rule, which was made looking at three frames songs' kits: ft_drive_e24,
# ft_drive_ab152, ft_ballad_csm76 -- x02 and x04 lie on two of them)
GRADES_8 = {"x01": "partly", "x02": "right", "x03": "partly", "x04": "right", "x05": "partly", "x06": "right"}
GRADES_8_WHY = {
    "x01": "kick on one, the and of two and three, snare on two and the and of three, the floor tom on the and of four, "
           "4/4 at about 111: right; the tambourine on two and four named a hi-hat (the detector has no tambourine)",
    "x03": "5/4 at about 120, kick on one, snare on three, one bass note a bar: right; the ride on every beat read as a "
           "hat on one and three, and a false 'the level drops 26 dB and the bass stops' inside a held note",
    "x05": "a tom fill with the others out: right; said to start in the second bar where the whole two-bar break is "
           "the drums alone",
}
# the baseline text says every selected stem "plays here": that answers x06 (who plays) and nothing else
BASELINE_GRADES_8 = {q: "wrong" for q in GRADES_8} | {"x06": "right"}
# Round 9 (2026-12-04): compound questions, written from the scores and annotations before any packet of it was made
# (0cfbc8f). Graded by hand against the keys above; the answers (eval/client_answers/round9.json) are a helper
# model's that read only the eight packets, written at 72f89b6 (the compound-question routing of 530854b) in a clean
# worktree with fresh ingests. A question is right only where both of its halves are
GRADES_9 = {"y01": "partly", "y02": "right", "y03": "right", "y04": "right", "y05": "right", "y06": "right",
            "y07": "right", "y08": "partly"}
GRADES_9_WHY = {
    "y01": "the walk, a note on every beat: right; the roots 'cannot be read' (only bass and drums selected, so no other "
           "part spells the chords; the chart is implied by the bass itself), where each bar starts on its root",
    "y02": "all four in, the voice resting after its first bar, no fill: right",
    "y03": "E flat minor; B, B flat minor, E flat minor, A flat minor, one a bar: right (hedged as a rough guide)",
    "y04": "locked; kick one and three, snare two and four (a 4/4 count of the 2/4 bars), hats in eighths: right",
    "y05": "the guitar strumming eighths carries, the voice only answering; A flat, E flat, F minor, D flat: right",
    "y06": "4/4 at about 152; the snare on four every bar and on two in three of five, with hits on one and the and of "
           "two (the crash bars): right",
    "y07": "no one drops out; a short snare fill: right (placed at the top of the bar, about 24.4 s, where it falls on "
           "beat four, 25.2 s)",
    "y08": "the guitar carries, the drummer's backbeat and sparse kick: right; but 'mostly chords rather than a clear "
           "single-note tune' where the lead guitar plays the melody (the guitar stem holds lead and rhythm together), "
           "and the ride written as a hi-hat",
}
# the baseline text says every selected stem plays and names the track's key: half of y02 (who plays, not the
# fill) and half of y03 (the key, not the chords); nothing else
BASELINE_GRADES_9 = {q: "wrong" for q in GRADES_9} | {"y02": "partly", "y03": "partly"}
# Round 10 (2026-12-04): varied producer questions, written from the scores and annotations before any packet of it was
# made; not yet answered or graded
# Graded by hand against the keys above; the answers (eval/client_answers/round10.json) are a helper model's that
# read only the ten packets, written at 2f5c1e1 in a clean worktree with fresh ingests
GRADES_10 = {"z01": "right", "z02": "wrong", "z03": "partly", "z04": "right", "z05": "right", "z06": "right",
             "z07": "right", "z08": "right", "z09": "partly", "z10": "partly"}
GRADES_10_WHY = {
    "z01": "straight eighths, 4/4 at about 110: right (the ride called a hi-hat, not graded)",
    "z02": "'I can't tell': the summary described the melody and said nothing of doubling (fixed after in b8f0790: "
           "what the vocal track alone cannot show is said)",
    "z03": "a walking line, a note a beat: right; the second bar's notes not given (fixed after in a43db0c: the bar "
           "a question names is answered with its notes)",
    "z04": "builds at about 30 s, a new section, the level up: right",
    "z05": "a tom fill as the bass, piano and voice drop out: right (placed at 47.8 s, the break starts at 47.4)",
    "z06": "E flat minor, D flat, A flat minor, B flat minor, one a bar: right",
    "z07": "about 109 BPM, 4/4: right",
    "z08": "the guitar leads in broken chords, the voice out: right, from the typed findings (the summary led with "
           "the lock: 'taking the lead' was not read as who carries, fixed after in b8f0790)",
    "z09": "not doubling and the chords: right; but 'both in steady eighths, hitting together' where the guitar "
           "plays off-beat stabs only (the degraded copy's spill put on-beat onsets in the guitar stem; the spill "
           "caution was there)",
    "z10": "steady, nothing enters or drops out, 4/4 at about 110: right; the full band and the singer not said "
           "(an unseparated mix: the answer says so)",
}
# the baseline text names the stems, the key and the frame: none of the ten asks only that
BASELINE_GRADES_10 = {q: "wrong" for q in GRADES_10}
# Round 11 (2026-12-04): producer questions, written from the scores and annotations before any packet of it was made:
# one part in a named bar, the chord on the last bar, doubling (one that doubles, one that does not), busy or sparse,
# where a part drops out and comes back, the groove, how the chords move, the key, who carries, a section change, the
# tempo, and two compound questions -- worded as a producer would type them. Keys from the scores
# (eval.frame_test_songs.write_band: every note per stem, bar by bar) and the annotations of ../shared/real (MDB Drums
# classes and sub-classes, MDB beats and downbeats, MedleyDB stem f0 and source activations, vocadito's notes). A bar
# question counts bars as a musician would: the first full bar at or after the window start is the first bar, and
# the window starts on its downbeat (or up to 0.05 s before it). Windows no earlier round asked of the same song except
# where said (the clean frames renders are asked almost end to end by rounds 1-10). The degraded copies' room, spill and
# noise are recorded in each cached copy's conditions.json (as round 10 says, they depend on the command that made it).
QUESTIONS_11 = [
    # ft_swing_g1208 second head, bars 21-23, 76.19-87.62 (12/8 at 63, bar 3.81 s; G, C, G): the bass walks a note on
    # every dotted-quarter beat; bar 21 G B D B, bar 22 C E G A flat, the third bar (83.81-87.62, G) G2, B2, D3, then C
    # sharp 2 -- up the G chord (root, third, fifth) and down to a half step below the next bar's root (D); kit shuffle,
    # guitar short chords on each beat's last triplet. Overlaps t05 and t10 (76.2-91.4: the guitar's chords or single
    # notes; spill in the vocal) and, on the degraded copy, w06 of round 7 (the chords); the bass's notes never asked
    Question("k01", "ft_swing_g1208", ["bass", "guitar", "drums"], 76.15, 87.62,
             "what's the bass playing in the third bar?",
             "walking, one note on each of the four (dotted-quarter) beats: G, B, D, then C sharp -- up the G chord "
             "(root, third, fifth) and down to the C sharp a half step under the next bar's D, leading into it",
             "held notes / a riff / eighth notes; the notes of another bar (C, E, G, A flat of the second bar)"),
    # ft_ballad_eb54 degraded copy 45.0-55.0 (5/4 at 120, bar 2.5 s): bridge bars B flat minor (45.0), E flat minor
    # (47.5), D flat (50.0) -- the piano broken chords in eighths, the voice one long note a bar, no bass, no drums --
    # then the outro's first bar (52.5-55.0): the bass holds E flat 2, the piano holds G flat, B flat, E flat: E flat
    # minor (i). On the degraded copy only s12 (22.5-37.5) was asked; on the clean render s01, s02 and w04 of round 7
    # (42.5-52.5) and t07 (52.5-60, the outro's chords) lie around it
    Question("k02", "ft_ballad_eb54@degraded", ["bass", "piano"], 45.0, 55.0,
             "what chord are we on in the last bar?",
             "E flat minor (D sharp minor spelled in sharps): the bass comes in on E flat and the piano holds G flat, "
             "B flat, E flat for the bar; the bars before are B flat minor, E flat minor, D flat (broken chords, no "
             "bass)",
             "D flat / B flat minor / G flat major / any other chord for the last bar"),
    # MusicDelta Country1 8.79-13.19, two bars (MDB beats: 4/4 at about 109, downbeats 8.79, 11.00, 13.19; MDB Drums):
    # closed hi-hat (CHH) and kick (KD) together, within 12 ms, on one and three (8.79, 9.91, 11.01, 12.10), the hi-hat
    # nowhere else; the side-stick (SST) alone on two and four. In the whole song the hat plays without the kick only at
    # 8.14, 8.68, 19.57, 21.20 and 21.77 s: none in the window. No earlier window; u02 (12-20) overlaps its last 1.15 s
    Question("k03", "real:musicdelta_country1", ["drums"], 8.76, 13.15,
             "Is the hat just doubling the kick here, or doing its own thing?",
             "doubling it: the closed hi-hat is hit together with the kick, on one and three, and nowhere else; a "
             "side-stick (rim) on two and four in between (a country two-beat in 4/4 at about 110)",
             "the hat on every eighth / on the off-beats / on two and four / a hat pattern of its own"),
    # ft_drive_ab152 hook 37.89-44.21 (4/4 at 152, bar 1.579 s; F minor, D flat, A flat, E flat): the guitar strums
    # four-note chords on every eighth (F Ab C F, F Ab Db F, Ab C Eb Ab, G Bb Eb G); the bass a syncopated riff on each
    # root -- root (one), octave (the and of one), fifth (the and of two), root (three), the sixth (four): F F C F D, D
    # flat D flat A flat D flat B flat, ... -- loud; the crash on the first one. Overlaps r05 (33.16-44.21, what
    # changes) and y05 (41.05-47.37, who carries and the chords); doubling not asked
    Question("k04", "ft_drive_ab152", ["bass", "guitar"], 37.87, 44.2,
             "Is the bass doubling the guitar in the hook?",
             "no: the guitar strums full chords on every eighth note while the bass plays its own syncopated riff on "
             "the chord roots (root, octave, fifth on the and of two, root on three, the sixth on four) -- the same "
             "chords (F minor, D flat, A flat, E flat, a bar each), different parts",
             "yes / in unison or octaves / the bass strumming eighths with the guitar"),
    # MusicDelta Punk 3.21-9.62, four bars (MDB beats: 4/4 at about 150, downbeats 3.21, 4.82, 6.40, 8.02; MDB Drums
    # sub-classes): bar 1 crash near one, kick on one, the and of one, three, the and of three, snare two and four, open
    # hat two, three, four; the SECOND bar (4.82-6.40): kick and open hat on one, kick on the and of one, snare and hat
    # on two, then a tom fill in sixteenths -- high tom 5.63, 5.72 (beat three), mid tom 5.81, 5.90 (the and of three),
    # floor tom 6.00, 6.08, 6.18, 6.26 (beat four) -- into bar 3 (6.40: the groove, kick one and the ands, snare two and
    # four, open hat on the beats); bar 4 (8.02) a crash on every eighth with the snare on one, the and of two and four.
    # Overlaps u06 (0-8, when the singer comes in) and y06 (8-16, meter and snare); the fill never asked
    Question("k05", "real:musicdelta_punk", ["drums", "bass", "guitar"], 3.18, 9.6,
             "What's the drummer doing in the second bar?",
             "a fill: two beats of the groove (kick and open hi-hat on one, kick on the and of one, snare on two), "
             "then down the toms in sixteenths on beats three and four -- high tom, mid tom, then four on the floor "
             "tom -- into the next bar (about 5.6-6.3 s)",
             "a plain groove bar / a crash on every eighth (that is the fourth bar) / no fill / the fill placed in "
             "another bar"),
    # ft_drive_e24 first verse, bars 11-16, 12.5-20.0 (2/4 at 96, bar 1.25 s; C sharp minor, A, E, B, C sharp minor, A):
    # the piano short three-note chords on the off-beats only (the and of one, the and of two: two a bar, nothing on the
    # beats); the voice the tune: two quarter notes, a bar's rest, then eight eighth notes over two bars, two quarters,
    # a rest; the bass pumps eighths on the root; kick on one, snare on two, hats in eighths. Overlaps r09 (10-20, the
    # meter and tempo); neither part asked here
    Question("k06", "ft_drive_e24", ["piano", "vocals", "bass", "drums"], 12.5, 20.0,
             "Is the keys part busy or pretty sparse in here, and who's carrying the tune?",
             "sparse: the piano only stabs short chords on the off-beats (the ands), two a bar, leaving the beats "
             "open; the singer carries the tune (short phrases in eighth and quarter notes with a bar's rest between) "
             "('steady off-beat chops, light' is right; 'busy' is not)",
             "the piano busy / strumming every eighth / playing the tune; the piano or the bass carries"),
    # ft_ballad_eb54 chorus, bars 13-15, 30.0-37.5 (5/4 at 120, bar 2.5 s; D flat, A flat minor, B flat minor): kick on
    # one, three and five, snare on two and four, closed hi-hat on every eighth (ten a bar); no crash (the chorus's
    # crash is at 22.5) and no fill; the break starts at 37.5, after the window. Overlaps q13 and v07 (22.5-32.5), r08
    # (25-35, the meter), z06 (27.5-37.5, the chords) and, on the degraded copy, s12 (the meter); the chorus groove
    # never asked
    Question("k07", "ft_ballad_eb54", ["drums"], 30.0, 37.5,
             "What's the kit doing on this chorus?",
             "a straight groove in five (5/4 at about 120): kick on one, three and five, snare on two and four, hi-hat "
             "on every eighth; so the kick on five runs into the next bar's one (two kicks in a row); no fill "
             "('kick on the odd beats, snare on the even ones, eighth hats' is right)",
             "a 4/4 backbeat counted in four / the verse's pattern (kick on one, snare on three, ride) / a fill"),
    # ft_swing_g1208 solo, bars 13-15, 45.71-57.14 (12/8 at 63, bar 3.81 s): A minor, D, G, a chord a bar (ii-V-I in G).
    # The guitar's broken chords spell them (E A C E A, F sharp A D F sharp A, G B D G B); the bass walks A, C sharp, E,
    # C sharp (the key-based walk puts C sharp under the A minor bar) | D, F sharp, A, G sharp | G, B, D, F. Overlaps
    # v03 (45.7-61.0, the groove); s05 and v08 end at 45.7; the solo's chords never asked
    Question("k08", "ft_swing_g1208", ["guitar", "bass"], 45.7, 57.14,
             "How are the changes moving here?",
             "A minor, D, G -- one chord a bar, a two-five-one (ii-V-I) landing on G; the roots move by fourths. An "
             "'A' or 'A7' for the first bar (the bass walks through C sharp there) with the same A-D-G movement is "
             "right too (II7-V-I)",
             "other roots / chords changing within the bar / the movement placed in a key other than G"),
    # vocadito 1 (a solo voice, unaccompanied, a Tagalog children's song), 0-12.5: the first verse, 24 notes (annotator
    # A1): D Eb F D Bb | C Eb Eb F Eb D C | C D Eb D Eb C | C D Eb D C Bb (each to the nearest degree of B flat major)
    # -- opening mi-fa-sol-mi-do and ending on B flat (11.85-12.07 s). Sung a little flat: against B flat major the
    # notes lie a median 0.16 semitone low (mean absolute deviation 0.28; A major 0.59, B major 0.53). No key
    # annotation: the key is read from the notes. u05 asked 16-30
    Question("k09", "real:vocadito_1_solo_voice", ["vocals"], 0.0, 12.5,
             "what key is the singer in?",
             "B flat major (A sharp major spelled in sharps): the line opens on the third, fourth and fifth and comes "
             "down to B flat, ending the verse on it; sung slightly flat (a caution about the tuning is fine)",
             "G minor / E flat major / A or B major / 'no key'"),
    # ft_ballad_csm76 degraded copy 50.53-60.0 (4/4 at 76, bar 3.158 s): the break's second bar (50.53-53.68) the drums
    # alone -- kick on one, high tom on the and of one and on two, low tom on the and of two, snare on the and of three
    # and on four, kick on the and of four; at 53.68 the bridge: the drums stop, the piano quietly plays broken chords
    # one note an eighth (A, then B: E A C# E A ..., F# B D# F# B ...), the voice one long note a bar (E, then F sharp),
    # no bass; much quieter (the break at velocity 100, the bridge at 65). On the degraded copy w07 of round 7
    # (9.47-15.8) and z05 (44.2-50.5) were asked; on the clean render q03 (47.37-53.68) and t04 (53.68-66.3) meet at
    # 53.68, no window crossed it
    Question("k10", "ft_ballad_csm76@degraded", ["drums", "bass", "piano", "vocals"], 50.5, 60.0,
             "Does the arrangement change anywhere in this stretch?",
             "yes, a bar in, at about 53.7 s (within half a bar): the drum break ends -- the drums, alone on toms, "
             "snare and kick until then, stop -- and a quiet new section (the bridge) starts: the piano in broken "
             "chords (arpeggios, A then B), the singer holding one long note a bar; no bass anywhere",
             "no change / the drums playing on / the bass coming in / the change placed elsewhere"),
    # MusicDelta Shadows 13.09-21.83, four bars (MDB beats: 4/4 at about 111, downbeats 13.09, 15.28, 17.47, 19.65): the
    # lead guitar's tune (MedleyDB STEM_04 f0; the guitar stem holds lead and rhythm guitar summed) sounds to 14.43 s,
    # rests, and comes back at 16.95 s (beat four of the second bar, a pickup into the third), playing on past the
    # window (to 23.6); drums (ride in eighths, snare two and four, kick one and the and of two; crashes at 13.10 and
    # 15.28) and bass throughout. Overlaps r10 (8-16) and u03 (16-24), both asked the drums
    Question("k11", "real:musicdelta_shadows", ["guitar", "bass", "drums"], 13.07, 21.83,
             "When does the lead guitar drop out, and when's it back?",
             "the lead (the tune) stops at about 14.4 s, in the first bar, rests about two and a half seconds and "
             "comes back at about 16.9-17.0 s, a pickup into the third bar, then plays to the end of the window; the "
             "rhythm guitar, bass and drums keep going throughout (times within about 0.3 s)",
             "the lead plays throughout / the whole guitar stem stops / the bass or drums drop out"),
    # MusicDelta Country1 28.43-34.6 (MDB beats: 4/4, downbeats 28.43, 30.66, 32.81; beat intervals 0.51-0.57 s, mean
    # 109.5 BPM, first five 109.5 and last six 109.4, no trend); the singer (STEM_05 f0) sings to 30.78 s (MedleyDB's
    # activation to 31.16, a short unpitched sound 31.81-32.23), then is out; drums (kick with hat on one and three,
    # side-stick two and four), bass and one acoustic guitar play to the end, the other guitar to 34.18. Overlaps u01
    # (24-32, the groove)
    Question("k12", "real:musicdelta_country1", ["drums", "bass", "guitar", "vocals"], 28.4, 34.6,
             "Is the tempo holding steady through here, and when does the singer stop?",
             "steady: about 110 BPM throughout (beats 0.51-0.57 s apart, no rushing or dragging); the singer's last "
             "note ends at about 30.8 s (early in the second bar; up to about 31.2 s is right, a brief sound near "
             "32 s may be mentioned), and the band plays on without him to the end",
             "rushing / dragging / a tempo change; the singer through the window or stopping elsewhere"),
]
# Round 11: not yet answered or graded
# Graded by hand against the keys above; the answers (eval/client_answers/round11.json) are a helper model's that
# read only the twelve packets, written at b2d241e in a clean worktree with fresh ingests
GRADES_11 = {"k01": "partly", "k02": "right", "k03": "right", "k04": "right", "k05": "partly", "k06": "partly",
             "k07": "right", "k08": "partly", "k09": "partly", "k10": "right", "k11": "wrong", "k12": "right"}
GRADES_11_WHY = {
    "k01": "both readings given: the 6/8 count's third bar (C, E: wrong) and, counting 12/8, G, B, D, C sharp (right); "
           "the 12/8 song is read as 6/8 (issue 24's 6/8 against 12/8)",
    "k02": "E flat minor: right",
    "k03": "doubling, the hat with the kick on one and three: right, from the pattern (the summary had answered "
           "double-tracking: fixed after in 29c429c)",
    "k04": "no, the bass plays its own line under the guitar's eighths: right",
    "k05": "a fill in that bar: right; but a snare fill where it runs down the toms (the detector's toms), and its "
           "hits not given (fixed after in 29c429c: a drummer's bar is answered with its hits)",
    "k06": "the singer carries: right; the piano 'a steady comping part, not sparse, about seven hits a bar' where it "
           "stabs two short chords a bar",
    "k07": "kick on one, three and five, snare on two and four, eighth hats, 5/4 at 120: right",
    "k08": "A, D, G seven, one a bar: right; 'locally in D major' where the movement lands on G (the summary led with "
           "'nothing enters or drops out': 'the changes' fixed after in 29c429c)",
    "k09": "'G minor, low confidence; the song as a whole reads B flat major': the key hedged between the two",
    "k10": "yes: the drum break ends, piano and voice come in, the drums stop, no bass: right",
    "k11": "'the guitar plays throughout' where the lead stops and comes back (the stem holds lead and rhythm guitar)",
    "k12": "steady at about 110; the singer stops at about 30.8 s: right (from the events; the summary's second "
           "clause was not routed: 'stop' fixed after in 29c429c)",
}
# the baseline text names the song's key (B flat major for the solo singer): right for k09, nothing else
BASELINE_GRADES_11 = {q: "wrong" for q in GRADES_11} | {"k09": "right"}
# Round 12 (2026-12-04): producer questions on the code as shipped, written from the scores and annotations before any
# packet of it was made: how the bass and the kick sit, the chords, the key, the meter and feel, who carries the tune,
# what changes, one part in a named bar, how two parts line up, one part across the window, and a compound question
# (who sings, and is there a fill) -- worded as a producer would type them. Keys from the scores
# (eval.frame_test_songs.write_band: every note per stem, bar by bar) and the annotations of ../shared/real (MDB Drums
# sub-classes, MDB beats and downbeats, MedleyDB stem f0 and source ids). As in round 11, a bar question counts bars
# from the window's start, which lies on a downbeat (or up to 0.05 s before it), and a window ends just before the next
# section's first downbeat where one follows. Every window overlaps some earlier one of the same song (the clean
# renders and the real multitracks are asked almost end to end by rounds 1-11); each comment names the overlaps, and
# no question here repeats what an overlapping one asked
QUESTIONS_12 = [
    # ft_ballad_eb54 chorus, bars 10-12, 22.5-30.0 (5/4 at 120, bar 2.5 s, eighth 0.25 s; A flat minor, B flat minor,
    # E flat minor): kick on one, three and five, snare on two and four, closed hat every eighth, a crash at 22.5; the
    # bass a short (0.2 s) riff per bar on the chord's root: root on one (with the kick), octave on the and of one,
    # fifth on the and of two, root on three (with the kick), the flat seventh on four (with the snare) -- A flat 2,
    # A flat 3, E flat 3, A flat 2, G flat 3 | B flat ... | E flat ...; nothing on five, where the kick plays alone.
    # Overlaps q13 and v07 (22.5-32.5: the key, the singer), r08 (25-35, the meter), z06 (27.5-37.5, the chords) and,
    # on the degraded copy, s12 (the meter); k07 (30-37.5) asked the kit alone; the bass against the kick never asked
    Question("m01", "ft_ballad_eb54", ["drums", "bass"], 22.5, 30.0,
             "how are the bass and kick sitting together on this chorus?",
             "together on one and three, the bass's root landing with the kick, and then apart: the bass adds short "
             "notes on the and of one (the octave), the and of two (the fifth) and on four (with the snare), and "
             "leaves beat five to the kick alone -- a syncopated riff on the chord roots (A flat, B flat, E flat), "
             "locked to the kick where they meet, in 5/4 at about 120",
             "the bass on every kick / on every eighth / held notes; the bass laid back or ahead of the kick; a 4/4 "
             "count"),
    # ft_ballad_csm76 chorus, bars 13-15, 37.89-47.37 (4/4 at 76, bar 3.158 s): C sharp minor, A, B, a chord a bar. The
    # piano strums four-note chords on every eighth (E G# C# E | E A C# E | F# B D# F#), the bass its riff on the roots
    # (C#, A, B: root, octave, fifth, root, flat seventh); the voice rests in the first bar and sings eighths in the
    # second and third. Overlaps x04 (28.4-41.0, what the chorus is like), r01 (31.58-41.05, the drummer), v02
    # (41.0-47.4, whether the bass plays the roots) and, on the degraded copy, z05 (44.2-50.5); this stretch's chords
    # never asked (q04 asked the verse's)
    Question("m02", "ft_ballad_csm76", ["piano", "bass"], 37.88, 47.36,
             "What chords are we going through under this bit?",
             "C sharp minor, A, B -- one a bar, i-VI-VII in C sharp minor (the bass on the roots C sharp, A, B, the "
             "piano strumming them in eighths); the same chords called vi-IV-V of E major are right too",
             "other roots / a chord change inside a bar / C sharp major for the first bar"),
    # ft_drive_e24 degraded copy, the hook, 30.0-40.0 (2/4 at 96, bar 1.25 s): A, B, E, E, A, B, E, E -- IV-V-I-I in E
    # major; the piano strums them in eighths, the bass its riff on the roots (A, B, E), the voice two-note calls B-D#,
    # E-G# (E major's fifth and seventh, root and third); no note outside E major. The key of this song was never
    # asked; on the degraded copy z04 (25-35, whether it builds); on the clean render q14 and w08 (30-40: the voice,
    # bass and piano together)
    Question("m03", "ft_drive_e24@degraded", ["bass", "piano", "vocals", "drums"], 30.0, 40.0,
             "what key's this hook in?",
             "E major: the hook goes A, B, E, E (IV, V, I, I), every note of the bass, piano and voice in E major, the "
             "phrase coming home to E",
             "A major (the hook starts on A) / B major / C sharp minor / 'no clear key'"),
    # MusicDelta Country1 15.37-24.10, four bars (MDB beats: 4/4, downbeats 15.37, 17.55, 19.72, 21.92, the next at
    # 24.10; beats 0.53-0.57 s apart, mean 110 BPM). MDB Drums: kick with the closed hat on one and three, side-stick
    # (SST) alone on two and four, every bar; a lone hat pickup at 19.57, 21.20, 21.77 (0.67-0.72 of a beat after it:
    # whether the pickups are straight sixteenths or swung is not graded). The singer (STEM_05 f0) from 18.43; the
    # bass, the drums and a guitar throughout. Overlaps u02 (12-20, what happens), r11 (20-28, the snare) and, by
    # 0.1 s, u01 (24-32); the meter and feel of this song never asked
    Question("m04", "real:musicdelta_country1", ["drums", "bass", "guitar", "vocals"], 15.35, 24.1,
             "Is this in 4 or does it feel like it's in 2? What's the feel?",
             "4/4 at about 110 BPM with a two-beat country feel (boom-chick): kick (with the hat) on one and three, "
             "side-stick on two and four, so it can be felt in two; 'cut time, in two at about 55 to the half note' "
             "is right too",
             "3/4 / 6/8 / a waltz; a tempo near 55 or 220 given as the beat without saying it is counted in halves "
             "or doubles"),
    # ft_swing_g1208 degraded copy, second head bars 26-28, 95.24-106.67 (12/8 at 63, bar 3.81 s; C, G, E minor): the
    # lead voice (the 'vocals' stem, a synth voice) sings the tune -- bar 26 eight notes (two a beat: G, F#, G, F#, E,
    # F#, G, F#), bar 27 four held notes (G, F#, G, F#), rests in bar 28; under it the guitar's short chords on each
    # beat's last triplet, the bass walking a note a beat, the kit's shuffle (kick one and three, side-stick two and
    # four, ride). On the degraded copy w06 (76.2-91.4) and z08 (30.47-41.9) were asked; on the clean render v04
    # (91.4-106.7, a key change); who carries the second head never asked
    Question("m05", "ft_swing_g1208@degraded", ["vocals", "guitar", "bass", "drums"], 95.2, 106.65,
             "Who's got the melody in these bars?",
             "the singer (the lead voice): the tune in the first two bars, a busier line then four longer notes, over "
             "the guitar's short off-beat chords and the walking bass, then a bar's rest at the end where nobody takes "
             "the tune; the guitar and bass accompany",
             "the guitar or the bass carries / the voice sings throughout / no one"),
    # ft_drive_ab152, the last two verse bars into the tag, 72.63-78.95 (4/4 at 152, bar 1.579 s): bars 1-2 (A flat,
    # E flat) the verse -- kick one and three, snare two and four, eighth hats, the bass walking a note a beat (A flat,
    # C, E flat, D | E flat, G, B flat, G), the guitar's off-beat stabs, the voice four quarter notes in the first bar
    # (to 74.2) and resting in the second. At 75.79 (the third bar) the tag: a crash, the drums leave the backbeat for a
    # break around the kit in eighths (kick, high tom, low tom, snare; no hi-hat), the bass pumps eighths on the root
    # (F, then D flat), the guitar and the voice stop, much louder (velocity about 80 to about 110). Overlaps y01
    # (69.47-75.79, the bass) and w01 (75.8-82.1, the tag); no window crossed 75.79
    Question("m06", "ft_drive_ab152", ["drums", "bass", "guitar", "vocals"], 72.6, 78.9,
             "Does anything change over these few bars?",
             "yes, halfway (at about 75.8 s, the third bar) a new section, the tag: much louder, with a crash; the "
             "drums drop the backbeat and hi-hats for a break around the toms, snare and kick; the bass stops walking "
             "quarter notes and pumps eighths on F then D flat; the guitar's off-beat chords and the singer stop (the "
             "singer is already out in the second bar)",
             "no change / the guitar or the singer playing on / the change placed elsewhere (more than half a bar "
             "off)"),
    # ft_drive_e24 second verse, bars 37-40, 45.0-50.0 (2/4 at 96, bar 1.25 s; E, B, C sharp minor, A): the voice
    # sings four eighths a bar in bars 1-2 (B, C#, B, A# | B, C#, B, A#), in the THIRD bar (47.5-48.75) two quarter
    # notes, G sharp then G natural (a half step under it), and rests in bar 4; the piano's short chords on the
    # off-beats, the bass a note a beat (root, then a half step from the next root), kick one, snare two. Overlaps s07,
    # s08 and x02 (45-60: the piano, the chords, the bass against the kick); the voice never asked in this verse
    Question("m07", "ft_drive_e24", ["vocals", "piano", "bass", "drums"], 45.0, 50.0,
             "what's the singer doing in bar 3?",
             "two longer notes, a quarter note on each beat -- G sharp, then G natural a half step below -- after two "
             "bars of quicker eighth notes (B, C sharp, B, A sharp); then the singer rests in the fourth bar (the "
             "rhythm, two held notes where there were four quick ones, is the main thing; the pitches within a step)",
             "eighth notes / resting / a long held note through the bar; the notes of bars 1-2 given for bar 3"),
    # ft_swing_g1208 first head, bars 5-6, 15.24-22.86 (12/8 at 63, bar 3.81 s; C, C): on each dotted-quarter beat the
    # ride plays on the beat and again on the beat's last triplet (the skip note of the shuffle); the guitar's short
    # three-note chords (E G C) land on that last triplet of every beat only, with the ride's skip note, never on the
    # beat; kick one and three, side-stick two and four. Overlaps q09, r06 and r07 (7.62-22.86: the feel and meter,
    # the bass, the snare); the guitar against the ride never asked
    Question("m08", "ft_swing_g1208", ["guitar", "drums"], 15.2, 22.83,
             "Is the guitar comping with the ride pattern or doing its own thing?",
             "with it: the guitar stabs short chords (C major) only on the last triplet of each beat, exactly where "
             "the ride plays its skip note ('the and-a' of the shuffle), never on the beat where the ride's main "
             "hit is -- off-beat comping locked to the ride's shuffle, four chords a bar (12/8, about 63 to the "
             "dotted quarter)",
             "on the beats / with the kick or the side-stick / its own rhythm / strummed through the bar"),
    # MusicDelta Punk 12.85-19.23, four bars (MDB beats: 4/4 at about 150, downbeats 12.85, 14.44, 16.02, 17.62; beats
    # 0.39-0.41 s apart). MDB Drums sub-classes: every bar the kick on one, the and of one, the and of two and the and
    # of three (four a bar; nothing on two, three or four); the snare on two and four; the closed hat on the four
    # beats, except beat four of the last bar, a crash (18.83) into the next bar's open hat (19.23, outside). Overlaps
    # y06 (8-16, the meter and the snare), q17 (16.02-22.43, the tempo) and t11 (16-24, the drummer); the kick never
    # asked on its own
    Question("m09", "real:musicdelta_punk", ["drums", "bass"], 12.83, 19.2,
             "walk me through the kick pattern here",
             "the same every bar: kick on one and on the and of one, then on the and of two and the and of three -- "
             "four a bar, pushing the off-beats, never on two or four (the snare's two and four) nor on three; the "
             "closed hi-hat on the beats, a crash on the fourth bar's last beat; fast 4/4, about 150",
             "kick on one and three / four on the floor / on every eighth / the pattern changing bar to bar"),
    # MusicDelta Beatles 24.01-32.72, four bars (MDB beats: 4/4 at about 110, downbeats 24.01, 26.20, 28.39, 30.56).
    # The female singer (STEM_08 f0) sings 24.83-28.68, 29.12-29.83 and 30.01-32.85 (and from 22.05, across the start);
    # the male singer is out (f0 to 18.41; SOURCEID to 18.81). MDB Drums: the same one-bar pattern in every bar -- kick
    # on one, the and of two and three, snare on two and the and of three (often doubled), tambourine on two and four,
    # floor tom on the and of four (doubled) -- no tom run, no crash, nothing that breaks the bar (one tambourine hit a
    # shade early, 31.06). Overlaps s10 (19.5-28.5, the snare) and z07 (28.35-34.9, the tempo); who sings here and
    # whether there is a fill never asked (z02, 11-19.5, asked the hand-off between the singers)
    Question("m10", "real:musicdelta_beatles", ["vocals", "guitar", "bass", "drums"], 24.0, 32.7,
             "Who's singing on this part, and does the drummer throw in any fills?",
             "one singer, the female voice, in phrases through the window (the male singer is out); no fills: the "
             "drummer repeats the same one-bar pattern every bar (kick on one, the and of two and three, snare on two "
             "and the and of three, tambourine on two and four, floor tom on the and of four)",
             "the male singer / two singers together / a harmony; a fill or a change of pattern said to happen"),
]
# Round 12: not yet answered or graded
# Graded by hand against the keys above; the answers (eval/client_answers/round12.json) are a helper model's that
# read only the ten packets, written at a6a9e3a (the code as shipped, e524db4) in a clean worktree with fresh
# ingests. No change was made after it
GRADES_12 = {"m01": "right", "m02": "right", "m03": "right", "m04": "partly", "m05": "right", "m06": "right",
             "m07": "partly", "m08": "wrong", "m09": "right", "m10": "partly"}
GRADES_12_WHY = {
    "m01": "locked where they meet, kick on one, three and five, the bass a busy line on and between the beats: right",
    "m02": "C sharp minor, A, B, one a bar: right",
    "m03": "E major: right",
    "m04": "4/4 at about 110, kick on one and three, snare on two and four, 2/2 as the other reading: right; the feel "
           "said as 'busy sixteenths, pushed' where it is a two-beat boom-chick",
    "m05": "the singer, resting at the end: right",
    "m06": "the tag at about 75.8 s: louder, the voice and guitar stop, the drums to toms, the bass to eighths: right",
    "m07": "'bar 3' not found: the 2/4 song's grid counts four-beat bars, so the window's bars are 18 and 19 and the "
           "third score bar is half of 19 (its notes, G sharp then G, are given for bar 19)",
    "m08": "'its own thing' where the guitar's stabs fall on the ride's skip note: the ride was not heard as a class "
           "(no ride in the kit's reading) and the relation was read against the kick and snare",
    "m09": "kick on one, the and of one, the and of two and the and of three, every bar; snare two and four: right",
    "m10": "no fills: right; who sings not told (a vocal stem; the singer's voice is not named)",
}
# the baseline text names the song's key (E major): right for m03, nothing else
BASELINE_GRADES_12 = {q: "wrong" for q in GRADES_12} | {"m03": "right"}
# Round 13 (written 2026-12-02 ~18:50 UTC by the clock here, at bf11c5d, before any packet of it was made or any server
# output read): the timekeeper's cymbal (ride or hats), the feel, the singer in a named bar, a bar count in 2/4, who is
# in and who drops out, the chords, the bass against the kick, a drummer's fill, the key, and a compound question (the
# cymbal and the feel) -- worded as a producer would type them. Keys from the scores (eval.frame_test_songs.write_band:
# every note per stem, bar by bar) and the annotations of ../shared/real (MDB Drums sub-classes, MDB beats and
# downbeats, GuitarSet's jams: key, lead-sheet and performed chords). As in rounds 11 and 12, a bar question counts bars
# from the window's start, which lies on a downbeat (or up to 0.05 s before it), and a window ends just before the next
# bar line. The degraded copies' room, spill and noise are recorded in each cached copy's conditions.json (as round 10
# says, they depend on the command that made it); no key rests on their values. Every window overlaps some earlier one
# of the same song, or its clean or degraded twin; each comment names the overlaps, and no question here repeats what an
# overlapping one asked
QUESTIONS_13 = [
    # MusicDelta Shadows 17.47-26.19, four bars (MDB beats: 4/4 at about 111, downbeats 17.47, 19.65, 21.83, 24.03; the
    # next, 26.19, with a crash, just after the window). MDB Drums sub-classes: the time is kept on the ride cymbal
    # (RDC) on every eighth note, its off-beat hits 0.48-0.60 of the way through the beat (even eighths; one beat
    # without it, 18.02); four hits on the ride's bell (RDB: 18.31, 20.49 and 22.67 on the and of two, with the kick,
    # and 19.66 on a downbeat). The song's annotations hold no hi-hat at all (KD, SD, RDC, RDB, CRC only). Kick on one
    # and the and of two, snare on two and four. Overlaps k11 (13.07-21.83, the lead guitar), u03 (16-24, what the
    # drummer plays) and y08 (24-33.4, who carries, and the drummer); ride or hats never asked as such (u03 took a
    # hi-hat for the ride as partly right: here it is the whole question)
    Question("n01", "real:musicdelta_shadows", ["drums", "bass", "guitar"], 17.45, 26.15,
             "Is he keeping time on the ride or the hi-hat here?",
             "the ride cymbal: straight eighth notes on the ride all through, a few struck on the bell (on the and "
             "of two, with the kick); there is no hi-hat in this part. Under it the kick on one and the and of two, "
             "the snare on two and four",
             "the hi-hat / hats and ride taking turns / the ride on quarter notes only / a swung or shuffled ride"),
    # ft_swing_g1208 second head, bars 26-28, 95.24-106.67 (12/8 at 63 dotted quarters, bar 3.81 s; C, G, E minor): on
    # every dotted-quarter beat the ride plays on the beat and on the beat's last triplet eighth (two thirds of the way
    # to the next beat: the long-short skip of a shuffle); the guitar's short three-note chords land only on that last
    # triplet; the bass walks one note a beat (C, E, G, A flat | G, B, D, F | E, G sharp, B, G sharp); kick on one and
    # three, side-stick on two and four. Nothing in these three parts falls on the half of a beat. The coda starts at
    # 106.67, after the window; the voice (not selected) sings in the first two bars. Overlaps v04 (91.4-106.7, a key
    # change) and, on the degraded copy, m05 (95.2-106.65, who has the melody); the feel of the second head never asked
    # (q09 and v03 asked the first head's and the solo's)
    Question("n02", "ft_swing_g1208", ["drums", "bass", "guitar"], 95.2, 106.65,
             "Straight eighths on this or is it swung?",
             "swung: a shuffle / triplet feel -- each beat splits in three and the ride and the guitar's chords play "
             "the beat and its last third (long-short), 12/8 at about 63 to the dotted quarter; 'swung eighths, a "
             "4/4 shuffle at about 63' or a compound (6/8-type) lilt is right too -- the feel is what is asked; "
             "'lightly swung' is partly right",
             "straight / even eighths / sixteenths / 'no swing'; loose or uneven with no triplet named"),
    # ft_drive_ab152 first verse, bars 19-23, 28.42-36.32 (4/4 at 152, bar 1.579 s; A flat, E flat, A flat, D flat, A
    # flat): the voice sings four quarter notes in bar 1 (A flat, G, A flat, G), rests through bar 2, and in the THIRD
    # bar (31.58-33.16, A flat) eight eighth notes: A flat, B flat, A flat, B flat, A flat, G, A flat, B flat -- turning
    # round A flat with its neighbours (B flat above, G below); bar 4 eighths again (A flat, B flat, A flat, G, F, G, A
    # flat, B flat), bar 5 quarters (A flat, B flat, A flat, B flat). Under it the guitar's off-beat stabs, the bass
    # eighths on the root, kick one and three, snare two and four, eighth hats. Overlaps r04 (25.26-31.58, the bass) and
    # r05 (33.16-44.21, what changes); the voice in the first verse never asked
    Question("n03", "ft_drive_ab152", ["vocals", "guitar", "bass", "drums"], 28.4, 36.3,
             "What's the vocal line doing in bar three?",
             "a quick run of eighth notes, eight in the bar, circling A flat: A flat, B flat, A flat, B flat, A "
             "flat, G, A flat, B flat -- straight after a bar's rest (bar 2); the busier rhythm after the rest is "
             "the main thing, pitches within a step, the octave not graded; bar 4's line (the same rhythm, dipping "
             "to F) given for bar 3 is partly right",
             "resting / held or quarter notes in bar 3; the notes of bar 1 (quarters, A flat and G) or the rest of "
             "bar 2 given for bar 3"),
    # ft_drive_e24 degraded copy, second verse, bars 41-48, 50.0-60.0 (2/4 at 96, bar 1.25 s): eight bars of two beats,
    # the chords E, B, C sharp minor, A, one a bar, twice; kick on one, snare on two, hats in eighths, the bass a note a
    # beat, the piano's off-beat stabs, the voice (rests in bars 44 and 48); the verse began at 45.0 and the tag starts
    # at 60.0, right after the window. On the degraded copy z04 (25-35) and m03 (30-40) were asked; on the clean render
    # s07, s08 and x02 (45-60: the piano, the chords, the bass with the kick); a bar count never asked (m07 asked a
    # named bar of this song in 2/4)
    Question("n04", "ft_drive_e24@degraded", ["drums", "bass", "piano", "vocals"], 50.0, 59.98,
             "How many bars is this? Want to loop it.",
             "eight bars of 2/4 at about 96 (1.25 s each): the E, B, C sharp minor, A turn played twice, so it loops "
             "cleanly as eight (or as two four-bar turns); 'four bars of 4/4 at 96' is the same length and counts as "
             "partly right (the song is in two)",
             "a count that does not fill ten seconds at 96 (five, ten or sixteen bars; 'four bars of 2/4'); another "
             "tempo or a 3/4 count"),
    # ft_ballad_eb54 degraded copy, bars 15-18, 35.0-45.0 (5/4 at 120, bar 2.5 s): bar 15 (35.0-37.5, B flat minor) the
    # whole band -- the chorus groove (kick one, three, five, snare two and four, hats in eighths), the bass riff, the
    # piano strumming eighths, the voice a busy line; at 37.5 everyone but the drums stops: two bars of the drums alone,
    # sparse and loud (crash and kick on one, a few toms, snare and kick hits, no hi-hat); at 42.5 the drums stop as
    # well and the bridge starts quietly: the piano broken chords in eighths (A flat minor), the voice one long E flat;
    # the bass is out from 37.5 to the end. (A room's tail rings into the break on this copy.) On the degraded copy s12
    # (22.5-37.5, the meter) and k02 (45-55, the last bar's chord) were asked; on the clean render s01 (37.5-52.5, what
    # happens) and x05 (37.5-42.5, a fill); who drops out across the chorus's end never asked
    Question("n05", "ft_ballad_eb54@degraded", ["drums", "bass", "piano", "vocals"], 35.0, 44.98,
             "Who's in and who's out across this bit?",
             "all four play the first bar (to about 37.5 s); then the bass, piano and voice drop out and the drums "
             "play alone for two bars (a sparse break); at about 42.5 s the drums stop too and the piano (broken "
             "chords) and the voice (one long note) come back, without the bass -- the bass is out from 37.5 s to "
             "the end (times within half a bar, 1.25 s)",
             "the bass back in the bridge / the drums playing on past 42.5 s / the piano or the voice in the break / "
             "nobody drops out"),
    # ft_drive_e24, the stop into the second verse, bars 33-40, 40.0-50.0 (2/4 at 96, bar 1.25 s): bars 33-36 (the stop,
    # 40.0-45.0) the piano holds A major (E, A, C sharp) a bar at a time under the voice's long E, no bass, no drums;
    # from 45.0 the verse: E, B, C sharp minor, A, one a bar -- the piano's off-beat stabs (E G# B | F# B D# | E G# C# |
    # E A C#), the bass on each root and, on beat two, a half step from the next root (E, C | B, C | C#, A# | A, F).
    # Overlaps q15 (40-45, who plays), m07 (45-50, the singer's bar 3) and s08 (45-60, the verse's chords); the stop's
    # chord never asked, nor a window across 45.0
    Question("n06", "ft_drive_e24", ["piano", "bass"], 40.0, 49.98,
             "What are the chords under this?",
             "A major held for the first five seconds (four 2/4 bars, the stop: no bass), then from about 45 "
             "s E, B, C sharp minor, A, a chord a bar (I-V-vi-IV in E major; the held A is IV); the bass's passing "
             "notes on beat two are not chord changes",
             "A minor / the stop's chord moving; other chords for the verse bars; the bass's passing notes named as "
             "the chords"),
    # ft_drive_ab152 degraded copy, second verse bars 45-48, 69.47-75.79 (4/4 at 152, bar 1.579 s; A flat, D flat, A
    # flat, E flat): kick on one and three, snare on two and four, hats in eighths; the bass walks one quarter note a
    # beat (A flat, C, E flat, D | D flat, F, A flat, A | A flat, C, E flat, D | E flat, G, B flat, G): the root on one
    # and the fifth on three with the kick, the third on two and an approach note on four with the snare -- every kick
    # has a bass note on it, and the bass plays as often again between the kicks; in the score every note is on the beat
    # (no push or lag). The tag starts at 75.79, after the window. On the degraded copy t09 (56.84-69.5, bleed in the
    # bass) ends where it starts; on the clean render y01 asked the same bars (the walk and its roots), never the bass
    # against the kick (q06, q16 and w03 asked that of other bars)
    Question("n07", "ft_drive_ab152@degraded", ["bass", "drums"], 69.45, 75.77,
             "Is the bass sitting with the kick on this?",
             "with it where the kick plays -- the bass lands on one and three with the kick, right on the beat -- "
             "but it walks a note on every beat, so it also plays on two and four, with the snare, where the kick is "
             "silent: locked to the kick and busier than it (a quarter-note walk over a kick on one and three); a "
             "caution about the spill is fine",
             "the bass only with the kick / pumping eighths / held notes; laid back or ahead of the kick; 'not "
             "together'"),
    # ft_swing_g1208 degraded copy, bars 16-18, 57.14-68.57 (12/8 at 63, bar 3.81 s): bar 16 (57.14-60.95) the solo's
    # last bar -- the ride shuffle, kick one and three, side-stick two and four, the walking bass and the guitar's
    # broken chords; no fill in it. At 60.95 the 'fours': a crash and kick on one and the band stops -- the drums alone,
    # louder (velocity about 90-110 against 70-90), striking every triplet eighth around the kit (kick, high tom, low
    # tom, snare in turn), no ride; it runs through the window's last two bars and on to 76.19 (four bars in all). On
    # the degraded copy z08 (30.47-41.9), w06 (76.2-91.4) and m05 (95.2-106.65) were asked; on the clean render v03
    # (45.7-61.0, the groove) and q10, s06 (61-76, who plays); a window across 60.95 never asked
    Question("n08", "ft_swing_g1208@degraded", ["drums", "bass", "guitar"], 57.1, 68.55,
             "Does the drummer throw a fill in coming out of the solo?",
             "more than a fill: at about 61 s (the second bar, within half a beat) the bass and guitar drop out and "
             "the drummer takes a break on his own -- a crash, then every triplet around the toms, snare and kick, "
             "louder -- to the end of the window (it goes on past it); the bar before is the plain ride shuffle, no "
             "fill. 'A fill / drum solo from about 61 s with the bass and guitar out' is right",
             "no fill / the fill placed in the first bar / the bass or guitar playing under it / a fill in straight "
             "eighths or sixteenths"),
    # GuitarSet 00_BN1-129-Eb_comp, bars 3-8, 3.72-14.88 (jams: key_mode E flat major; 4/4 at 129, bar 1.86 s): the
    # lead-sheet chords E flat (3.72-7.44), A flat (7.44-11.16), E flat (11.16-14.88) -- I, IV, I -- played (the
    # performed-chord annotation) as E flat sus2 with the major seventh, A flat six, E flat major seven: bossa nova
    # comping. Overlaps u04 (0-7.4, the chord) and q18 (7.44-18.6, the chords); the key of this take never asked
    Question("n09", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 3.7, 14.86,
             "what key is this comp in?",
             "E flat major (D sharp major spelled in sharps): E flat, A flat, back to E flat (I-IV-I), coloured with "
             "sevenths and sixths as bossa voicings",
             "A flat major / B flat major / C minor (the relative minor) / G minor / 'no key'"),
    # MusicDelta Rock 4.36-13.05, four bars (MDB beats: 4/4 at about 109, downbeats 4.36, 6.54, 8.72, 10.91; the song
    # ends at 13.09). MDB Drums sub-classes: the closed hi-hat (CHH) on every eighth note, 32 hits, its off-beat hits
    # 0.51-0.53 of the way through the beat (even eighths); no ride in the song's annotations (KD, SD, CHH and one open
    # hat, OHH at 4.09, before the window); kick on one and three, snare on two and four. Overlaps t12 (0-8, the drum
    # groove), u08 (0-13, who plays) and, on the official mix, u07 (0-8, the tempo and feel), r12 (2-10) and z10
    # (6.5-13, what goes on); the timekeeper's cymbal never asked of this song, nor the feel of its stems
    Question("n10", "real:musicdelta_rock", ["drums", "bass", "guitar", "vocals"], 4.33, 13.0,
             "Is that hats or ride he's playing, and is it straight or does it swing?",
             "closed hi-hat, on every eighth note, and straight: the off-beat hats fall halfway between the beats, "
             "no swing or shuffle (a straight rock beat: kick on one and three, snare on two and four, 4/4 at about "
             "109); both halves needed for right",
             "a ride cymbal / open hats / quarter-note hats; swung, shuffled or a triplet feel"),
]
# Round 13, read once on the code as it stood after this session's changes (packets at 1361da6, in a clean worktree
# with fresh ingests; the questions committed at cfce3ba before any packet). Graded by hand against the keys above; the
# answers (eval/client_answers/round13.json) are a helper model's that read only the ten packets
GRADES_13 = {"n01": "partly", "n02": "right", "n03": "right", "n04": "partly", "n05": "right", "n06": "right",
             "n07": "partly", "n08": "wrong", "n09": "right", "n10": "right"}
GRADES_13_WHY = {
    "n01": "a ringing cymbal on straight eighths, 'the ride or an open hat, I can't tell which', the kick and snare "
           "right: the hi-hat ruled out, the ride not named alone",
    "n02": "not straight: a compound triplet feel (6/8 in the window, 12/8 for the track): right",
    "n03": "the third bar, circling A flat in short notes after the rest (Ab, Ab, Bb, Ab, Bb, Ab, G, G, Ab, Ab, Bb: "
           "fragments of the eight eighths): right",
    "n04": "four bars of 4/4 at 96 (the song is in two: eight bars of 2/4), the same ten seconds: partly, as the key says",
    "n05": "all in, then the bass out, the drums alone, then the piano and voice back without bass or drums: right",
    "n06": "A held two 4/4 bars, then E, B, C sharp minor, A: right",
    "n07": "with the kick on one and three, tight: right; the bass said to play steady eighths where it walks "
           "quarters (the packet: 'steady activity between the beats')",
    "n08": "'no fill' where the drums take a break alone from about 61 s: the bass and guitar dropping out was told, "
           "the drums said to keep the groove (the degraded copy's break read as no fill)",
    "n09": "E flat major: right",
    "n10": "the hi-hat, short, straight eighths: right (its places said as one, the and of one, three, the and of "
           "three and four where it plays every eighth)",
}
# the baseline text names the song's key (E flat major on GuitarSet): right for n09, nothing else
BASELINE_GRADES_13 = {q: "wrong" for q in GRADES_13} | {"n09": "right"}
# Round 14 (written 2026-12-02 ~19:15 UTC by the clock here, at a4db18e, before any packet of it was made or any server
# output read): the tempo and whether it drifts, a stop, a named bar's bass notes, the kick and the tambourine (a
# compound question), the key, whether the bass walks or pumps, a bar count to loop, the chords of a passage, what
# changes at a section boundary, and who carries the tune on the official mix loaded unseparated -- worded as a producer
# would type them. Keys from the scores (eval/cache/frames_test/<song>/truth.json, as eval.frame_test_songs.write_band
# writes them: every note per stem, chords, sections, beats) and the annotations of ../shared/real (MDB Drums
# sub-classes, MDB beats and downbeats, MedleyDB's melody intervals and the singer's verified f0). As in rounds 11-13, a
# bar question counts bars from the window's start, which lies on a downbeat, and a window ends at or just before a bar
# line. The degraded copies' room, spill and noise are in each cached copy's conditions.json; no key rests on their
# values. Every window overlaps some earlier one of the same song, or its clean or degraded twin (the songs are asked
# nearly end to end by now); each comment names the overlaps, and no question here repeats what an overlapping one asked
QUESTIONS_14 = [
    # MusicDelta Shadows 4.37-13.09, four bars (MDB beats and downbeats: 4/4, downbeats 4.37, 6.56, 8.75, 10.93, the
    # next 13.09 with a crash, at the window's end): bar to bar 2.19, 2.19, 2.18, 2.16 s, i.e. 109.6, 109.6, 110.1,
    # 111.1 to the quarter; over the window's 17 beats a mean of 110.1 (beat to beat 105-115, the annotation's 10 ms
    # steps), a fitted trend of +0.24 BPM a second (about two BPM across the window, inside the beat-to-beat spread);
    # the song's median beat 111.1 (truth.json). MDB Drums: ride on every eighth, kick on one and the and of two, snare
    # two and four, a crash on bar 5's one (8.75). Overlaps z01 (0-8, swing or straight) and r10 (8-16, the drummer);
    # the tempo of this song never asked
    Question("p01", "real:musicdelta_shadows", ["drums", "bass", "guitar"], 4.37, 13.09,
             "What BPM is this sitting at -- and is he holding it, or does it drift?",
             "about 110 BPM in 4/4 (108-113 counts: the annotated bars run 109.6-111.1, the song's median beat 111), "
             "and steady: no real drift -- the bar lengths stay within about a percent (2.16-2.19 s), a live "
             "drummer's ordinary wobble; 'steady, maybe pushing a hair' is right. 105-108 or 113-116, or the tempo "
             "right with nothing said on steadiness, is partly",
             "a speed-up or slow-down stated as a drift / rushing / dragging; a tempo outside 105-116 (half time 55, "
             "double 220)"),
    # ft_drive_e24 degraded copy, bars 31-38, 37.5-47.5 (2/4 at 96, bar 1.25 s; E major). Bars 31-32 (37.5-40.0): the
    # end of the hook -- kick on one, snare on two, hats in eighths, the bass in eighths (E, E an octave up, B), the
    # piano strumming E major in eighths, the voice's pickup (E, G sharp at 39.38, 39.69). The stop, bars 33-36
    # (40.0-45.0): no drums and no bass at all; the piano holds an A major chord (E, A, C sharp) a bar at a time, softly
    # (velocity about 60 against about 100), and the voice a long E each bar. At 45.0 (bar 37, the second verse) the
    # drums come back with a crash and the kick, the bass back in quarter notes, the piano to short off-beat chords, the
    # voice to a busy line. Overlaps, on this copy, m03 (30-40, the hook's key) and n04 (50-60, a bar count); on the
    # clean render q15 (40-45, who plays inside the stop) and x02, s07, s08 (45-60); the stop's start and the return
    # never asked as times, on either copy
    Question("p02", "ft_drive_e24@degraded", ["drums", "bass", "piano", "vocals"], 37.5, 47.5,
             "Does the beat cut out anywhere in here? When does it come back in?",
             "yes, a stop: at about 40 s (a quarter of the way in, after the hook) the drums and the bass drop out for "
             "four bars of 2/4 (about five seconds), leaving the piano holding an A major chord a bar at a time and "
             "the voice on long notes; they come back in at about 45 s (with a crash, the verse). Times within half a "
             "second; 'a breakdown / break' for the stop is right",
             "no drop-out / the drums playing through; only the drums (or only the bass) out; the piano or the voice "
             "said to stop; the return placed before 44.5 s, after 45.5 s, or not given"),
    # ft_ballad_eb54, bars 12-15, 27.5-37.5 (5/4 at 120, bar 2.5 s; E flat minor; chorus 22.5-37.5, chords E flat minor,
    # D flat, A flat minor, B flat minor). The bass plays one riff a bar, short notes (0.2 s), on the root: root on one,
    # its octave on the and of one, the fifth on the and of two, the root on three, the flat seventh on four, rest on
    # five. Bar 2 of the window is bar 13, 30.0-32.5, under D flat major: C sharp 2 (D flat) at 30.0, C sharp 3 at
    # 30.25, G sharp 2 (A flat) at 30.75, C sharp 2 at 31.0, B 2 (C flat) at 31.5, nothing from 32.0. Bar 1 (E flat
    # minor): E flat, E flat, B flat, E flat, D flat; bar 3 (A flat minor): A flat, A flat, E flat, A flat, G flat.
    # Overlaps z06 (27.5-37.5, the chords), r08 (25-35, beats a bar), k07 (30-37.5, the kit), m01 (22.5-30, the bass and
    # the kick), q13 and v07 (22.5-32.5); the bass's notes in a named bar never asked of this song
    Question("p03", "ft_ballad_eb54", ["bass", "piano"], 27.5, 37.5,
             "Can you give me the bass notes in bar two?",
             "D flat (C sharp) on one, the D flat an octave up on the and of one, A flat on the and of two, the low D "
             "flat again on three, C flat (B) on four, nothing on five -- root, octave, fifth, root, flat seven under "
             "a D flat chord, short notes, in a bar of five (5/4 at 120); sharps spelling (C sharp, G sharp, B) is "
             "the same; the pitches right with the rhythm vague is right, the root and octave and fifth with the "
             "fourth note missing or wrong is partly",
             "bar 1's notes (E flat, B flat, D flat) or bar 3's (A flat, E flat, G flat) given for bar 2; a held note; "
             "a bar of four beats; D natural, A natural or C natural as the root"),
    # MusicDelta Beatles 10.93-19.64, four bars (MDB beats and downbeats: 4/4 at about 110, downbeats 10.93, 13.11,
    # 15.27, 17.45, the next 19.64). MDB Drums sub-classes, every bar the same: kick (KD) on one, the and of two and
    # three -- three kicks a bar, none on four; tambourine (TMB) on two and four (in bar 7 the two-hit lands 30 ms
    # early, at 1+0.94 of a beat), alone on four; snare on two and on the and of three (a quick double, 30 ms apart);
    # floor tom (LFT) on the and of four (a double as well). No hi-hat, ride or crash in the song. Overlaps z02
    # (11-19.5, the doubled vocal), s11 (2-10.8, who carries), x01 (0-9, what the drummer plays) and s10 (19.5-28.5, the
    # snare); the kick and the tambourine never asked as such, here or anywhere
    Question("p04", "real:musicdelta_beatles", ["drums"], 10.93, 19.64,
             "What's the kick doing on this, and where's the tambourine hitting?",
             "the kick plays one, the and of two, and three (three a bar, the same every bar, nothing on four); the "
             "tambourine hits on two and four, the backbeat (with the snare on two, alone on four). Both halves for "
             "right; the kick given as 'one and three' with the and-of-two push missed is partly",
             "four on the floor / the kick on every beat / on four; the tambourine shaken on every eighth or "
             "sixteenth, on one and three, or said absent; the tambourine called a hi-hat"),
    # ft_drive_ab152 degraded copy, bars 19-24, 28.42-37.87 (4/4 at 152, bar 1.579 s; the first verse, the hook starts
    # at 37.89): chords A flat, E flat, A flat, D flat, A flat, E flat (I-V-I-IV-I-V), a bar each; every note in the
    # window diatonic to A flat major (bass A flat, E flat, D flat; guitar E flat, A flat, C, G, B flat, F, D flat;
    # voice circling A flat, with B flat, G, F). The song is written in A flat major (the generator's key). Overlaps, on
    # the clean render, n03 (28.4-36.3, the voice in bar 3) and r05 (33.16-44.21, what changes); on this copy z09
    # (22.1-28.42, chords); the key never asked of this song
    Question("p05", "ft_drive_ab152@degraded", ["guitar", "bass", "vocals"], 28.42, 37.87,
             "What key is this verse in? I want to write a part over it.",
             "A flat major (G sharp major in sharps): the chords are A flat, E flat and D flat -- I, V and IV -- and "
             "the tune circles A flat",
             "E flat major (the V), D flat major, F minor (the relative minor) or C minor named as the key; 'A flat "
             "major or F minor' left open is partly"),
    # ft_drive_e24, bars 39-46, 47.5-57.5 (2/4 at 96, bar 1.25 s; the second verse, 45.0-60.0, chords C sharp minor, A,
    # E, B, one a bar, twice). The bass plays one note a beat, quarter notes held nearly full length (0.56 of 0.625 s),
    # the chord's root on one and, on two, a note leading into the next bar's root, mostly by a half step: C sharp, B
    # flat | A, F | E, C | B, C | C sharp, G sharp | A, E flat | E, B flat | B, D. In the first verse (10-30) the same
    # part pumped eighths on the root (E, E, E, E an octave up); that contrast is why this is asked. Kick on one, snare
    # on two, hats in eighths. Overlaps, on the clean render, x02 (45-60, the bass with the kick), s07 and s08 (45-60,
    # the piano, the chords) and m07 (45-50, the singer); on the degraded copy n04 (50-60, a bar count); walking or
    # pumping never asked of this verse
    Question("p06", "ft_drive_e24", ["bass", "drums"], 47.5, 57.5,
             "Is the bass walking here or just pumping the root?",
             "walking: one note a beat (quarter notes at about 96), the root of each chord on the downbeat and a "
             "passing note on the second beat that steps (mostly by a half step) into the next chord's root -- not "
             "eighth notes on the root. 'A two-beat walking line' or 'root and chromatic approach notes' is right",
             "pumping / driving eighths / repeated roots / held notes / 'root notes only'"),
    # MusicDelta Punk 9.62-22.43, eight bars (MDB beats and downbeats: 4/4 at 150, downbeats 9.62, 11.24, 12.85, 14.44,
    # 16.02, 17.62, 19.23, 20.83, the next 22.43 with a crash, at the window's end; bars 1.58-1.62 s, 148-152 to the
    # quarter). MDB Drums: the kick on one and the ands of one, two and three, the snare on two and four, every bar; the
    # cymbal changes through the window: open hats on the beat (bar 7 of the song), a crash on every eighth (bar 8),
    # closed hats on the beat (bars 9-12), open hats on the beat (bars 13-14). Overlaps y06 (8-16, time signature and
    # snare), m09 (12.83-19.2, the kick), t11 (16-24, the drummer) and q17 (16.02-22.43, tempo and meter); a bar count
    # never asked of a real recording
    Question("p07", "real:musicdelta_punk", ["drums", "bass", "guitar"], 9.62, 22.43,
             "I want to loop this -- how many bars is it?",
             "eight bars of 4/4 at about 150 (1.6 s a bar), starting on a downbeat and ending on the next, so it loops "
             "on the bar lines (eight, or two four-bar halves); 'four bars' counted in half time (at 75) is partly",
             "a count that does not fill 12.8 s at 150 (four bars stated at 150, six, ten, sixteen); another tempo "
             "or meter; 'it does not loop' for lack of whole bars"),
    # ft_ballad_csm76 degraded copy, the bridge, bars 18-21, 53.68-66.31 (4/4 at 76, bar 3.158 s; C sharp minor): chords
    # A major (53.68), B major (56.84), C sharp minor (60.0), C sharp minor (63.16): VI, VII, i, a bar each (the last
    # held two bars). The piano plays them as broken chords, eighth notes up and down (E, A, C sharp, E, A | F sharp, B,
    # D sharp, F sharp, B | E, G sharp, C sharp, E, G sharp, twice); no bass and no drums in the bridge; the voice holds
    # one long note a bar (E, F sharp, G sharp, G sharp). The outro (C sharp minor held) starts at 66.32, after the
    # window. Overlaps, on this copy, k10 (50.5-60, does the arrangement change); on the clean render t04 (53.68-66.3,
    # the piano under the voice) and q03 (47.37-53.68); the bridge's chords never asked
    Question("p08", "ft_ballad_csm76@degraded", ["piano", "vocals"], 53.68, 66.31,
             "What chords is the piano going through under the singer here?",
             "A major, B major, then C sharp minor for two bars -- a chord a bar (VI, VII, i in C sharp minor), "
             "played as broken-chord arpeggios; 'A, B, C sharp minor' with the last held is right, three of the "
             "four bars right is partly",
             "the verse's C sharp minor, A, E, B; E major, F sharp minor or G sharp minor named in it; A or B called "
             "minor; a chord a beat"),
    # ft_swing_g1208, bars 27-30, 99.05-114.29 (12/8 at 63 dotted quarters, bar 3.81 s; G major). Bars 27-28 (99.05-
    # 106.67), the end of the second head: the ride on every beat and its last triplet, kick on one and three,
    # side-stick on two and four; the bass walks a note a beat (G, B, D, F | E, G sharp, B, G sharp); the guitar's short
    # three-note chords on each beat's last triplet (G major, then E minor); the voice in bar 27 (G, F sharp, G, F
    # sharp) and resting in bar 28; velocities about 55-80. At 106.67 (bar 29, the coda, halfway through the window) the
    # groove stops: no drums at all from there to the end; the bass holds a low G a whole bar, re-struck each bar; the
    # guitar holds a G major chord (G, B, D) each bar; the voice a long D each bar; everything softer (velocity about
    # 40-50). Overlaps v04 (91.4-106.7, a key change), n02 (95.2-106.65, the feel), m05 (degraded 95.2-106.65, the
    # melody) and t06 (106.7-118, a fill); a window across the coda's start never asked
    Question("p09", "ft_swing_g1208", ["drums", "bass", "guitar", "vocals"], 99.05, 114.29,
             "Something shifts partway through this -- what changes, and when?",
             "at about 106.7 s (halfway, the third bar) the groove stops into a held ending: the drums drop out "
             "(the ride shuffle, kick and side-stick end), the bass stops walking and holds a low G, the guitar goes "
             "from short off-beat chords to a sustained G major chord, the singer holds a long note, and it gets "
             "quieter. Time within a second; 'the band stops and rings out on G / an outro / coda starts' is right; "
             "the drums out with the rest of the change unsaid is partly",
             "a fill / a drum break / the groove carrying on / the drums playing through; a key change; the change "
             "placed before 105.7 s or after 107.7 s"),
    # the official MusicDelta Rock mix loaded unseparated (only stem "mix"), 2.16-10.91, four bars (MDB downbeats 2.16,
    # 4.36, 6.54, 8.72, the next 10.91; 4/4 at about 109). MedleyDB's melody intervals (INTERVALS.txt) give the melody
    # to S05, the male singer, for the whole song (0-13.09); his verified f0 (STEM_05.csv) is voiced 1.80-3.56,
    # 3.94-10.04 and 10.47-12.75 -- the singer is on nearly all of the window, short phrases with two breaths under half
    # a second; under him drums (kick one and three, snare two and four, closed hats in eighths), bass and two guitars.
    # Overlaps, on this mix, u07 (0-8, tempo and feel), r12 (2-10, tempo and meter) and z10 (6.5-13, what goes on); on
    # the stems u08 (0-13, who plays) and n10 (4.33-13, hats or ride); who carries the tune never asked of this song
    Question("p10", "mix:musicdelta_rock", ["mix"], 2.16, 10.91,
             "On this bounce, who's carrying the tune -- the singer or one of the instruments?",
             "the singer: a lead vocal (a male voice) carries the melody through nearly the whole window, in short "
             "phrases with brief breaths, over the band (drums, bass, guitars) accompanying; a fair caution that "
             "the mix is not separated is fine",
             "a guitar, the bass or another instrument carrying the tune; 'no vocal' / instrumental; the voice only "
             "in part of it"),
]
# Round 14, read once on the code as shipped (packets at 4e65cee, the last code commit of the seventh session, in a
# clean worktree with fresh ingests; the questions committed at 1279872 before any packet). Graded by hand against the
# keys above; the answers (eval/client_answers/round14.json) are a helper model's that read only the ten packets
GRADES_14 = {"p01": "right", "p02": "right", "p03": "right", "p04": "partly", "p05": "right", "p06": "right",
             "p07": "right", "p08": "right", "p09": "right", "p10": "wrong"}
GRADES_14_WHY = {
    "p01": "about 110 in 4/4, holding steady: right",
    "p02": "the drums out at about 39.75 s with the new section, back with the bass at 45 s: right (the bass said "
           "to drop 1.25 s after the drums, where both stop together)",
    "p03": "D flat, D flat an octave up, A flat, D flat, B: right",
    "p04": "the kick on one, the and of two and three: right; the tambourine not placed (the kit's reading has a "
           "hi-hat on two and four, which is the tambourine, named a hi-hat)",
    "p05": "A flat major: right",
    "p06": "walking, a new note on every beat: right",
    "p07": "eight bars of 4/4 at about 150, loops on the bar lines: right",
    "p08": "A, B, C sharp minor held two bars, arpeggiated: right",
    "p09": "about 106 s the drums stop, a new section, quieter, the bass settling on G: right",
    "p10": "not answered: the unseparated mix cannot tell the voice from the band, so who carries the tune was left "
           "open where the singer carries it (a fair caution, no answer)",
}
# the baseline text names the song's key (A flat major): right for p05, nothing else
BASELINE_GRADES_14 = {q: "wrong" for q in GRADES_14} | {"p05": "right"}
# Round 15 (written 2026-12-02 ~22:25 UTC by the clock here, at 7674c7e, before any packet of it was made or any server
# output read): the key and mode of a real instrumental, a bar count of a 5/4 intro, spill in a real vocal track, 6/8 or
# 3/4 with the chords bar by bar, the hats on the official mix, how a real song ends, spill in a clean vocal stem and
# the singer's entry, the key of a chorus that starts off the tonic, who takes the tune when the singer lays out, and a
# named bar's bass against the kick -- worded as a producer would type them. Keys from the scores
# (eval.frame_test_songs.write_band: every note per stem, bar by bar) and the annotations of ../shared/real (MDB Drums
# sub-classes, MDB beats and downbeats, MedleyDB's verified melody-stem f0, melody annotations, source spans, activation
# confidences and metadata). As in rounds 11-14, a bar question counts bars from the window's start, which lies on a
# downbeat (or up to 0.05 s before it), and a window ends at or just before a bar line. The degraded copies' room, spill
# and noise are in each cached copy's conditions.json; no key rests on their values. Most windows overlap some earlier
# one of the same song, or its clean or degraded twin (one real window reaches past every earlier one: the end of
# MusicDelta Beatles); each comment names the overlaps, and no question here repeats what an overlapping one asked of
# the same copy (o04's meter was asked of the clean render, o05's hats of the stems: their comments say so)
QUESTIONS_15 = [
    # MusicDelta Shadows 0.02-8.75, four bars (MDB beats: 4/4 at about 110, downbeats 0.02, 2.21, 4.37, 6.56, the next
    # 8.75). An instrumental: MedleyDB's melody stem (RANKING: STEM_04, the lead guitar; the rhythm guitar is
    # accompaniment) plays, by its verified f0 (STEM_04.csv), G 3 (0.02-1.06), B flat 3, D 4 (1.68), C 4 (2.22), B flat
    # 3, A 3, G 3, F 3 (3.84-4.60), G 3 (4.63-6.20) -- up a G minor triad and down the scale to rest on G -- then rests
    # and picks up on D 3 at 8.19 into the next phrase (the same tune, from 8.74). B flat, never B natural; F natural
    # (the flat seventh); no E of either kind in these bars. Under it the ride in eighths, kick on one and the and of
    # two, snare two and four, a crash on one (0.02). No key is annotated for this song: the key here is the tune's,
    # which opens on the G minor triad and comes home to G. Overlaps z01 (0-8, swing or straight), p01 (4.37-13.09, the
    # tempo) and r10 (8-16, the drummer); the key of this song, or of any MusicDelta song, never asked
    Question("o01", "real:musicdelta_shadows", ["guitar", "bass", "drums"], 0.0, 8.73,
             "What key are we in here -- major or minor? Need to tune a sample to it.",
             "G minor: the lead guitar's tune opens on G, B flat, D (the G minor triad), steps down C, B flat, A, G, F "
             "and comes to rest on G; B flat and F natural, no B natural. 'G minor', 'G aeolian' or 'G dorian' is "
             "right; 'G' with the mode unsaid or hedged between major and minor is partly",
             "B flat major (the relative major), G major, D minor, C minor or E flat major named as the key; 'major'"),
    # ft_ballad_eb54 degraded copy, bars 1-5, 0.0-12.5 (5/4 at 120, bar 2.5 s; E flat minor). The intro, bars 1-3
    # (0.0-7.5): the piano alone, one held three-note chord a bar (G flat, B flat, E flat | A flat, B, E flat | G flat,
    # B, E flat: E flat minor, A flat minor, B major), quiet (velocity about 46-54); no drums, no bass, no voice. At 7.5
    # (bar 4, the verse) the drums come in with a crash and the kick on one, the ride on every beat and the snare on
    # three; the bass holds the root a bar (E flat, A flat); the singer starts a line of eighth notes; the piano goes on
    # with held chords, a little louder (about 58-64). 7.5 s is 15 beats: three bars of five, 3.75 bars of four. On this
    # copy no window before 22.5 was asked; on the clean render v06 (0-7.5, what the intro is like), q12 and x03
    # (7.5-17.5, the meter, the groove), s03 and s04 (7.5-22.5); the intro's length in bars never asked
    Question("o02", "ft_ballad_eb54@degraded", ["drums", "bass", "piano", "vocals"], 0.0, 12.48,
             "How many bars of intro before the band comes in? Thinking of cutting it down.",
             "three bars of 5/4 at about 120 (2.5 s each, 7.5 s in all): the piano alone, holding a chord a bar (E "
             "flat minor, A flat minor, B); the drums (a crash, the kick, the ride on every beat), the bass and the "
             "singer come in together at about 7.5 s, the fourth bar's downbeat. Right: three bars of five with the "
             "entry within half a second (7.0-8.0 s); the entry right with the length counted in 4/4 beats or bars "
             "('about four bars', 'fifteen beats' without the meter) is partly",
             "a count stated as whole 4/4 bars ('four bars of 4/4'), two or four bars of five; the entry placed before "
             "7.0 s or after 8.0 s; the drums, bass or voice said to play in the intro"),
    # MusicDelta Punk 3.21-9.62, four bars (MDB beats: 4/4 at 150, downbeats 3.21, 4.82, 6.40, 8.02, the next 9.62). The
    # vocal track is the raw recording of the male singer alone; MedleyDB's metadata for the song says has_bleed: 'no'
    # (each instrument recorded separately). The singer: a short phrase to about 4.3 s (MedleyDB source span 2.65-4.32;
    # verified f0 voiced 2.94-3.67), then nothing until about 6.3 s (source span from 6.27, f0 from 6.61); MedleyDB's
    # activation confidence for the vocal stem falls to 0.04-0.17 over 4.55-5.94 and is back to 0.99 at 6.41. The drums
    # meanwhile: open hats on the beats, kick and snare (bar 3), a tom fill down the toms in sixteenths on beats three
    # and four of bar 4 (5.61-6.30, HIT, MHT, HFT), the groove (bar 5), and a crash on every eighth in bar 6
    # (8.02-9.62). Overlaps k05 (3.18-9.6, the drummer's second bar: the fill), u06 (0-8, when the singer comes in) and
    # y06 (8-16, the meter and the snare); spill in a real recording never asked (t09 and t10 asked it of frames songs)
    Question("o03", "real:musicdelta_punk", ["vocals", "drums"], 3.2, 9.6,
             "Is the kit bleeding into the vocal mic on this? Hearing stuff between his lines.",
             "no: the vocal track is clean, the singer alone (the song was recorded one instrument at a time) -- he "
             "ends a short phrase at about 4.3 s and comes back at about 6.3 s, and in between the vocal track is "
             "essentially silent, even under the loud tom fill right there (about 5.6-6.3 s) and the crash bar after "
             "8 s. Right: no spill (the gap named or not); a hedge with no verdict, or 'clean' with the singer said "
             "to sing through the gap, is partly",
             "drum spill / bleed / the kit audible in the vocal track; the tom fill or the cymbals said to be in it"),
    # ft_swing_g1208 degraded copy, bars 5-7, 15.24-26.67 (12/8 at 63 dotted quarters, bar 3.81 s, beat 0.952 s, triplet
    # eighth 0.317 s; G major): chords C, C, G, one a bar (IV, IV, I). The kick on beats one and three, the side-stick
    # on two and four, the ride on every beat and on its last triplet (the shuffle's skip); the guitar's short
    # three-note chords (E, G, C; then G, B, D) only on the last triplet of each beat; the bass walks a note a beat (C,
    # E, G, B | C, E, G, F sharp | G, B, D, F). Nothing falls on the middle triplet or on the half beat: every beat
    # splits in three. Read in 6/8 (two dotted-quarter beats a bar, 1.9 s): kick on one, side-stick on two, C for four
    # bars and G for two. In 3/4 a bar would split into three beats of two eighths: nothing here does. Bar 8 (E minor,
    # where the bass walks E, G sharp, B) is left out. On this copy no window before 30.47 was asked; on the clean
    # render q09 (7.62-22.86, the feel and meter), q11 (0-15.24, by 0.04 s), r06 and r07 (7.62-22.86, the bass, the
    # snare), m08 (15.2-22.83, the guitar against the ride) and y02 (22.86-30.3, who's in, a fill); the meter never
    # asked of the degraded copy, these bars' chords never asked of either (q11 asked bars 1-4, w06 and v04 the second
    # head's)
    Question("o04", "ft_swing_g1208@degraded", ["drums", "bass", "guitar"], 15.2, 26.65,
             "Is this in 6/8 or 3/4? I can't find the one. And give me the chords bar by bar.",
             "compound time, so the 6/8 family, not 3/4: 12/8 -- four dotted-quarter beats a bar at about 63, each "
             "split in three (a shuffle: the ride on the beat and its last triplet, the guitar's stabs on that last "
             "triplet), the kick marking one (and three); counted as 6/8 (two beats a bar, kick on one, side-stick on "
             "two) is right too. Chords: C, C, G -- a chord per 12/8 bar (IV, IV, I in G); in 6/8 bars, C for four and "
             "G for two. Both halves for right; one half right is partly",
             "3/4 or a waltz; straight 4/4 with even eighths; chords other than C and G (D, E minor, A minor) or a "
             "change inside a 12/8 bar"),
    # the official MusicDelta Rock mix loaded unseparated (only stem "mix"), 0.0-6.54, three bars (MDB beats: 4/4 at
    # about 110, downbeats 0.01, 2.16, 4.36, the next 6.54). MDB Drums sub-classes: 24 hi-hat hits, one on every eighth
    # note (the off-beat ones 0.50-0.53 of the way through the beat: straight); all closed (CHH) but one open hat (OHH),
    # the only one in the song, at 4.09 -- the and of four of the second bar, leading into the third; kick on one and
    # three, snare on two and four; no ride or crash. On this mix u07 (0-8, the tempo and feel), r12 (2-10, the tempo
    # and meter), p10 (2.16-10.91, who carries the tune) and, by 0.02 s, z10 (6.5-13); on the stems t12 (0-8, the drum
    # groove), u08 (0-13, who plays) and n10 (4.33-13, hats or ride, straight or swung: its window starts after the open
    # hat); the hats never asked of the mix, the open hat never in any key
    Question("o05", "mix:musicdelta_rock", ["mix"], 0.0, 6.52,
             "What are the hats doing on this bounce -- straight eighths? Any open hats in there?",
             "closed hi-hat on every eighth note, straight (the off-beats halfway between the beats), all three bars; "
             "one open hat, on the and of four at the end of the second bar (about 4.1 s), opening into the third "
             "bar, then closed again; under it kick on one and three, snare on two and four. Both halves for right "
             "(the open hat within half a second); the straight closed eighths with no open hat, or an open hat "
             "placed elsewhere, is partly",
             "a ride; quarter-note or sixteenth-note hats; swung or shuffled hats; open hats throughout or on every "
             "off-beat"),
    # MusicDelta Beatles 30.56 to the end of the file (36.37): bars 15-16 (MDB downbeats 30.56, 32.72, then 34.92; beats
    # annotated to 35.47). MDB Drums: bars 15 and 16 are the song's one-bar pattern (kick one, the and of two, three;
    # snare two and the and of three; tambourine two and four; floor tom twice on the and of four); the last annotated
    # hits are that floor-tom double at 34.63 and 34.68 -- nothing on the downbeat at 34.92 or after: no crash (the kit
    # has no cymbals), no final hit. MedleyDB: the bass's source span ends at 35.11 (its activation falls through
    # 35.0-35.2); the female singer's verified f0 (STEM_08) is voiced 30.49-32.85 and 34.04-35.48, a last held note on G
    # from about 34.65 (the derived note, 34.65-35.49), her activation to about 35.9; the guitars' spans end 34.92 and
    # 35.20, one electric guitar rings to about 35.8 and one plays its once-a-bar figure again at 35.16-36.13. So the
    # drums stop before the last bar line, the bass just after it, and the voice and guitars carry on for about a
    # second. Overlaps m10 (24-32.7, who sings, any fills) and z07 (28.35-34.9, the tempo); no window reached past 34.9,
    # the ending never asked
    Question("o06", "real:musicdelta_beatles", ["drums", "bass", "guitar", "vocals"], 30.55, 36.35,
             "How does this end -- does the band land a big last hit together? When does the drummer stop?",
             "no big last hit: the drummer plays his usual bar to the end -- his last notes are the floor-tom double "
             "on the and of four at about 34.6-34.7 s -- and nothing on the next downbeat (about 34.9 s): no crash, no "
             "final hit, no fill; the bass stops just after (by about 35.1 s), while the singer (the female voice) "
             "holds a last note to about 35.5 s and the guitars ring on to about 36 s. Right: the drums stopping at "
             "about 34.7 s (34.2-35.2 s) with no final hit, the voice or guitars carrying on a moment; the stop right "
             "with the rest unsaid, or 'it just stops' with no time, is partly",
             "a crash or a big unison hit on the last downbeat; a fill into the end; the drums playing on to about 36 "
             "s; the drummer's stop placed before 34.2 s or after 35.2 s"),
    # ft_drive_ab152, bars 7-10, 9.47-15.79 (4/4 at 152, bar 1.579 s; A flat, D flat, A flat, D flat). The intro's last
    # two bars (9.47-12.63): kick one and three, snare two and four, closed hats on every eighth, the bass pumping
    # eighths on the root; no guitar and no voice. At 12.63 (bar 9, the verse) a crash, the guitar's short off-beat
    # chords and the singer, a line of eighth notes (A flat, G, A flat, B flat, C, B, C, D | D flat, C, D flat, C, D
    # flat, E flat, F, G). The clean render: every stem rendered on its own from its own MIDI part (no spill at all; the
    # vocal stem is silent to 12.63). Overlaps t01 (0-12.63, the intro's bass); 12.63-15.79 lies in no earlier window of
    # the clean render (q06 and q07 start at 15.8); spill in this song's vocal stem never asked (t09 asked the degraded
    # bass's)
    Question("o07", "ft_drive_ab152", ["vocals", "drums"], 9.45, 15.77,
             "Any drum spill on the vocal stem here? And where exactly does the singer come in?",
             "no spill: the vocal stem is clean -- silent under the full kit through the end of the intro, and from "
             "the singer's entry nothing but the voice; the singer comes in at about 12.6 s (the verse's first "
             "downbeat, with a crash and the guitar's off-beat chords), a quick line of eighth notes. Both halves for "
             "right (the entry within half a second, 12.1-13.1 s); one half right is partly",
             "drum spill / bleed / hi-hats in the vocal stem; the singer placed before 12.1 s (in the intro) or after "
             "13.1 s"),
    # ft_ballad_csm76 degraded copy, the chorus's first four bars, bars 10-13, 28.42-41.05 (4/4 at 76, bar 3.158 s):
    # chords A major (28.42), B major (31.58), C sharp minor (34.74), C sharp minor (37.89) -- VI, VII, i, i. The bass
    # riffs on the roots (A, A, E, A, G | B, B, F sharp, B, A | C sharp, C sharp, G sharp, C sharp, B, twice): its
    # seventh over C sharp is B, the flat seventh; the piano strums four-note chords on every eighth (E A C# E | F# B D#
    # F# | E G# C# E); the voice (not selected) circles chord tones with neighbour notes, among them A sharp in bars 11
    # and 12 (a raised sixth, the generator's neighbour step), and rests in bar 13. The generator's key: C sharp minor
    # (tonic 1, minor). The relative major, E, is the chorus's other reading of the same notes; the rise VI-VII to a
    # held i is what makes it minor. On this copy z05 (44.2-50.5) is the nearest; on the clean render q01 (22.1-34.7,
    # what happens), w03 (28.4-34.7, the bass and the kick), x04 (28.4-41.0, what the chorus is like), r01 (31.58-41.05,
    # the drummer), m02 (37.88-47.36, the chords) and, by 0.03 s, v02 (41.0-47.4); the key of this song never asked
    Question("o08", "ft_ballad_csm76@degraded", ["bass", "piano"], 28.4, 41.03,
             "Major or minor on this chorus -- what key? Writing a string line over it.",
             "C sharp minor: the chords climb A, B to C sharp minor and sit there for two bars (VI, VII, i, i), the "
             "bass riffing on those roots with a B (the flat seventh) under C sharp -- minor, even though the chorus "
             "starts on a major chord. D flat minor spelling is the same; 'C sharp minor or E major' left open is "
             "partly",
             "E major (the relative major), A major or B major named as the key; 'major'; C sharp major"),
    # MusicDelta Country1 13.19-19.72, three bars (MDB beats: 4/4 at about 110, downbeats 13.19, 15.37, 17.55, the next
    # 19.72). MedleyDB: the only melody stem is the male singer (RANKING: STEM_05 alone; the two acoustic guitars and
    # the bass are accompaniment in the metadata); his verified f0 is voiced to 13.69 (a last note on A from 12.88) and
    # again from 18.43 (source span from 18.07); all three of MedleyDB's melody annotations (MELODY1, 2, 3) are empty
    # from 13.70 to 18.43 -- no instrument takes a tune in the gap. The drums keep the two-beat every bar (kick with the
    # closed hat on one and three, side-stick on two and four, a lone hat pickup at 19.57), no fill; bass and two
    # acoustic guitars play throughout (one guitar's span breaks for half a second, 16.76-17.32). Overlaps u02 (12-20,
    # what happens: the singer out at about 14 s, back at about 18 s) and m04 (15.35-24.1, four or two); whether
    # anything takes the tune in the gap never asked
    Question("o09", "real:musicdelta_country1", ["vocals", "guitar", "bass", "drums"], 13.17, 19.7,
             "When he stops singing here, does anybody pick up the melody, or is the band just vamping?",
             "just vamping: nobody takes the tune -- after the singer's last note (ending about 13.7 s) the acoustic "
             "guitars, bass and drums keep the same two-beat accompaniment (kick and hat on one and three, side-stick "
             "on two and four, no fill) with no lead line or fill on top, until the singer comes back at about 18.4 s. "
             "Right: no one takes the melody, with the gap placed within half a second at each end (stop 13.2-14.2 s, "
             "return 17.9-18.9 s); no one taking it with the times unsaid or further off is partly",
             "a guitar (or the bass) taking the melody, a lead fill or solo in the gap; the singer said to sing "
             "through the window"),
    # ft_swing_g1208, the solo's first four bars, bars 9-12, 30.48-45.71 (12/8 at 63 dotted quarters, bar 3.81 s, beat
    # 0.952 s; A minor, D, G, E minor). Bar 2 of the window (bar 10, 34.29-38.10, D major): the bass walks one note a
    # beat, each held about 0.86 s -- D 2 (34.29), F sharp 2 (35.24), A 2 (36.19), G sharp 2 (37.14): up the D chord
    # (root, third, fifth), then a half step above the next bar's root G, leading down into it. The kick on beats one
    # and three (34.29, 36.19: with the D and the A), the side-stick on two and four (with the F sharp and the G sharp),
    # the ride on every beat and its last triplet; every note on the grid (no push or lag). Bar 1 (A minor) walks A, C
    # sharp, E, C sharp; bar 3 (G) G, B, D, E flat. Overlaps s05 and v08 (30.5-45.7, the guitar's solo, the bass busy or
    # sparse) and, on the degraded copy, z08 (30.47-41.9, who leads); the bass's notes in a named bar of the solo never
    # asked (k01 asked a bar of the second head)
    Question("o10", "ft_swing_g1208", ["bass", "drums"], 30.45, 45.69,
             "What's the bass playing in bar two, and is it sitting with the kick?",
             "walking, a note on each of the four dotted-quarter beats: D, F sharp, A (up the D chord) and G sharp, a "
             "half step above the next bar's G, leading into it; the D and the A land right with the kick (one and "
             "three), the F sharp and G sharp with the side-stick (two and four) -- locked, on the beat. Right: the "
             "four notes (pitches within a half step for the last) and 'with the kick on one and three'; root, third "
             "and fifth with the last note missed or wrong, or the notes right with the kick unsaid, is partly",
             "bar 1's (A, C sharp, E) or bar 3's (G, B, D) notes given for bar 2; held notes or eighth notes; the bass "
             "laid back, ahead of or apart from the kick"),
]
# Round 15, read once (packets at b1caddf, the code of 69a15d2, in a clean worktree with fresh ingests; the questions
# committed at b1caddf before any packet). Graded by hand against the keys above; the answers
# (eval/client_answers/round15.json) are a helper model's that read only the ten packets
GRADES_15 = {"o01": "right", "o02": "partly", "o03": "right", "o04": "partly", "o05": "wrong", "o06": "right",
             "o07": "right", "o08": "right", "o09": "wrong", "o10": "wrong"}
GRADES_15_WHY = {
    "o01": "G minor: right",
    "o02": "the band in at 7.5 s: right; 'about two and a half bars of 5/4' where three are played (the degraded "
           "intro's beats read at 104 BPM, not 120, and the question routed to the window's own length): partly",
    "o03": "no kit bleed, the singer out between about 4 and 6.5 s: right",
    "o04": "the 12/8 family, four big beats each split in three: right; the chords C, C major seven, C, C, C major "
           "seven, G seven in bars of 4/4 at 134, G placed 1.3 s late: partly",
    "o05": "not answered: the hats cannot be read inside the unseparated mix (a fair caution, no answer)",
    "o06": "the drums stop at about 35.05 s with no big last hit, the tom on the and of four into it, the voice and "
           "guitar on: right",
    "o07": "no spill; the singer in at about 12.45 s, a pickup into the section: right",
    "o08": "C sharp minor: right",
    "o09": "the gap placed right (13.9 to 18.4 s), but 'the guitar plays a lead line over its chords' through it: "
           "the key's 'a lead line on top' (Country1's two strummed acoustic guitars read as a lead over chords)",
    "o10": "E and C sharp: the window read in 6/8, so its second bar is half of the 12/8 bar asked about (the "
           "second half of bar one: D, F sharp, A, G sharp not given)",
}
# the baseline text names the song's key: G minor (o01) and C sharp minor (o08) right, nothing else
BASELINE_GRADES_15 = {q: "wrong" for q in GRADES_15} | {"o01": "right", "o08": "right"}
# Round 16 (written 2026-12-02 ~22:50 UTC by the clock here, at a280cec, before any packet of it was made or any server
# output read): the singer in a named bar, an intro's length in bars with the bleed on the vocal stem before the entry,
# a tune or only chords on a real piano, 6/8, 3/4 or 12/8 with the one, the chords bar by bar under a walking bass, the
# bass against the kick in a 2/4 hook, the hi-hats open or closed on a real kit, where a section changes, a real take's
# tempo and length to loop it, and a real singer's lines and top note -- worded as a producer would type them. Keys from
# the scores (eval.frame_test_songs.write_band: every note per stem, bar by bar) and the annotations of ../shared/real
# (MDB Drums sub-classes, MDB beats and downbeats, GuitarSet's jams: beat positions, tempo, lead-sheet chords;
# vocadito's notes from two annotators and its f0; madmom's note list). As in rounds 11-15, a bar question counts bars
# from the window's start, which lies on a downbeat (or up to 0.05 s before it), and a window ends at or just before a
# bar line. The degraded copies' room, spill and noise are in each cached copy's conditions.json; no key rests on their
# values (h02's bleed rests only on every degraded stem carrying the others). Two real recordings are asked for the
# first time (the madmom piano sample, the whole GuitarSet take's length); the other windows overlap earlier ones of the
# same song or its twin, each comment names the overlaps, and no question here repeats what an overlapping one asked of
# the same copy (h04's meter was asked of other windows and of the degraded copy: its comment says so)
QUESTIONS_16 = [
    # ft_ballad_csm76, the verse's first four bars, bars 4-7, 9.47-22.11 (4/4 at 76, bar 3.158 s, eighth 0.395 s; C
    # sharp minor, A, E, B, a chord a bar, held by the piano and the bass). The voice: bar 1 (9.47-12.63) eight eighths
    # rocking between two notes, G sharp and A sharp (G#4 A#4 x4); bar 2 (12.63-15.79, under A major) eight eighth notes
    # climbing A4, B4, C sharp 5, D sharp 5, E5, F sharp 5 and turning back down E5, D sharp 5 -- a run up a sixth from
    # the chord's root and back; bar 3 (15.79, E) four quarter notes E, F sharp, E, D sharp; bar 4 (18.95, B) rests. The
    # piano holds a three-note chord a bar, the bass a whole note on the root. Overlaps q04 (9.47-22.1, the chords), r02
    # and r03 (9.47-28.42: who carries the verse, what the piano does), q02 (12.63-25.26, the snare) and, on the
    # degraded copy, w07 (9.47-15.8, the drummer); the singer in a named bar never asked of this song
    Question("h01", "ft_ballad_csm76", ["vocals", "piano", "bass"], 9.45, 22.08,
             "what's the vocal doing in bar 2? thinking of doubling it on a synth",
             "a run of eight eighth notes over the A chord: up from A through B, C sharp, D sharp and E to F sharp, "
             "then back down E, D sharp -- a climb of a sixth and a turn, the busiest bar of the four (bar 1 rocks "
             "between G sharp and A sharp in eighths, bar 3 slows to four quarter notes, bar 4 rests). Right: eighth "
             "notes rising from about A to about F sharp and turning down (pitches within a step, the octave not "
             "graded, flats spelling the same); the rhythm and the climb right with the pitches vague or wrong is "
             "partly",
             "held notes / quarter notes / resting in bar 2; bar 1's two-note rocking (G sharp, A sharp) or bar 3's "
             "quarter notes given for bar 2; a falling line"),
    # ft_drive_e24 degraded copy, bars 1-10, 0.0-12.5 (2/4 at 96, bar 1.25 s; E and B alternating, a bar each). The
    # intro, bars 1-8 (0.0-10.0): only the drums (kick on one, snare on two, closed hats on the eighths, a crash at 0.0)
    # and the bass (eighths on the root, the octave on each bar's last eighth); no piano and no voice in the score. At
    # 10.0 (bar 9, the verse) a crash, the singer comes in with a line of eighth notes (B, B flat, B, C sharp ...) and
    # the piano with short three-note chords on the off-beats (the first at 10.31, the and of one). 10.0 s is eight bars
    # of two beats, four bars of four. The degraded copy mixes every other stem into each stem (conditions.json:
    # spill_db, with room and noise): so whatever sounds in the vocal stem before 10.0 is the drums' and bass's spill
    # (and the noise floor), not the singer. On this copy no window before 25.0 was asked (z04 25-35, m03 30-40, p02
    # 37.5-47.5, n04 50-60); on the clean render s09 (0-10, the groove) and r09 (10-20, the meter and tempo); the
    # intro's length and the spill in this song's vocal stem never asked (o02 asked an intro's bars of the 5/4 ballad)
    Question("h02", "ft_drive_e24@degraded", ["drums", "bass", "piano", "vocals"], 0.0, 12.48,
             "How many bars of just drums and bass before the keys and the vocal come in? And that stuff on the vocal "
             "track before she starts -- is that just bleed?",
             "eight bars of 2/4 at about 96 (1.25 s a bar, ten seconds): drums and bass alone, then at about 10 s (the "
             "ninth bar's downbeat, with a crash) the singer comes in and the piano's short off-beat chords with her; "
             "and yes, before 10 s the vocal track holds only bleed from the drums and bass (and noise) -- the singer "
             "is silent. Right: eight bars of two (or 'four bars of 4/4 at 96, ten seconds': the same length) with the "
             "entry within half a second (9.5-10.5 s) and the bleed confirmed; either half alone is partly",
             "a count that does not fill ten seconds at 96 (four bars of 2/4, sixteen bars, five); the entry placed "
             "before 9.5 s or after 10.5 s; the piano or the voice said to play in the intro; a singer said to be on "
             "the vocal track before 10 s"),
    # madmom's piano sample (madmom tests/data/annotations/stereo_sample.notes: onset, MIDI pitch, duration, velocity),
    # the whole 4.15 s file: C5 at 0.147 held 3.32 s (velocity 63); a low F2 at 1.567 (0.22 s, velocity 29); F5 at 2.526
    # held 0.93 s (72) with, under it, A flat 3 (2.577), C4 (2.549) and F4 (2.563), short (about 0.2 s) and soft
    # (28-34): an F minor triad; E flat 5 at 3.369 held 0.78 s (64) over a low G2 at 3.449 (0.27 s, 35). So a loud, held
    # top line -- C, then F, then E flat -- over soft short notes beneath it, one of them a chord (F minor, its third A
    # flat in the bass of the triad, with the low F before it). No tempo, meter or key is annotated. Never asked
    Question("h03", "real:madmom_piano_sample", ["piano"], 0.0, 4.14,
             "is there an actual melody on top of this piano bit, or is it just chords? what's the chord in the "
             "middle?",
             "a melody on top: three loud held notes, C (from the start), then F (about 2.5 s), then E flat (about 3.4 "
             "s), over soft short notes underneath -- a low F (about 1.6 s), a quick F minor chord (A flat, C, F) "
             "under the high F at about 2.5 s, and a low G under the E flat; so mostly single notes, one chord. Right: "
             "a top line (single notes) over light accompaniment, and the chord F minor (a time within half a second); "
             "'F minor' with the texture unsaid, or the melody with the chord missed or called F major, is partly",
             "only block chords / no melody; the chord called F major, A flat major, C minor or another chord; a "
             "steady left-hand pattern"),
    # ft_swing_g1208, the second head, bars 22-24, 80.0-91.43 (12/8 at 63 dotted quarters, bar 3.81 s, beat 0.952 s,
    # triplet eighth 0.317 s; C, G, D, a chord a bar). On every dotted-quarter beat the ride plays on the beat and on
    # its last triplet (0.635 s later); the kick on beats one and three (80.0, 81.90 ...), the side-stick on two and
    # four; the guitar's short three-note chords only on the last triplet of each beat; the bass walks one note a beat
    # (C, E, G, A flat | G, B, D, C sharp | D, F sharp, A, B), the chord's root on each bar's one. No crash in these
    # bars (the head's crash is at 76.19): the one is marked by the kick, the bass's root and the chord change. Nothing
    # falls on the middle triplet or on the half beat: each beat splits in three, four beats a bar. In 6/8 (1.9 s a bar)
    # the kick is on every one and the side-stick on every two. 3/4 would split a bar into three beats of two eighths:
    # nothing here does. The voice (not selected) sings two notes a beat against the triplets. Overlaps t05 and t10
    # (76.2-91.4: the guitar's chords or single notes, spill in the vocal), k01 (76.15-87.62, the bass in bar 3) and, on
    # the degraded copy, w06 (76.2-91.4, the chords); the meter asked of the first head (q09, 7.62-22.86), the solo
    # (v03) and the degraded first head (o04, 15.2-26.65), never of the second head
    Question("h04", "ft_swing_g1208", ["drums", "bass", "guitar"], 79.98, 91.41,
             "is this 6/8, 3/4 or 12/8? I keep losing the one",
             "12/8: four dotted-quarter beats a bar at about 63, each split in three (a shuffle: the ride on the beat "
             "and the last triplet, the guitar's stabs on that last triplet), about 3.8 s a bar; the one is where the "
             "kick lands with the bass's new root and the chord changes (C at about 80.0 s, G at about 83.8, D at "
             "about 87.6) -- the kick on one and three, the side-stick on two and four. Counted in 6/8 (two beats a "
             "bar, kick on one, side-stick on two) is right too. Right: 12/8 or 6/8 with the tempo (60-66 to the "
             "dotted quarter, or the eighths at three times that) and the one placed (on the kick, or the bar lines "
             "within half a second); compound time right with the one unplaced is partly",
             "3/4 or a waltz; straight 4/4 with even eighths; the one placed on the side-stick; a tempo outside 57-69 "
             "given as the beat"),
    # ft_drive_ab152 degraded copy, the second verse's first four bars, bars 37-40, 56.84-63.16 (4/4 at 152, bar 1.579
    # s, beat 0.395 s): chords A flat (56.84), D flat (58.42), A flat (60.0), E flat (61.58) -- I, IV, I, V. The bass
    # walks a quarter note a beat: A flat, C, E flat, C | D flat, F, A flat, G | A flat, C, E flat, D | E flat, G, B
    # flat, A -- the root on each one, the chord's third and fifth, then a note a half step off the next bar's root (C
    # under D flat, G under A flat, D under E flat, A above A flat). The guitar plays short three-note chords on the
    # off-beats only: A flat, C, E flat | F, A flat, D flat | A flat, C, E flat | G, B flat, E flat. The voice (not
    # selected) sings eighths. Kick one and three, snare two and four, hats in eighths. On this copy t09 (56.84-69.5,
    # bleed in the bass); on the clean render t02 (50.5-63.2, what changes); z03 and y01 (63.15-75.79) asked the
    # following bars' bass; the second verse's chords never asked of either copy
    Question("h05", "ft_drive_ab152@degraded", ["bass", "guitar"], 56.82, 63.14,
             "give me the chords bar by bar here -- the bass is moving around so much I can't tell",
             "A flat, D flat, A flat, E flat -- one chord a bar (I, IV, I, V in A flat major); the bass walks a note a "
             "beat, the root on each bar's one, up through the chord, and its last note of each bar is a passing note "
             "leading into the next root, not a chord change; the guitar's off-beat stabs spell the same chords. "
             "Sharps spelling (G sharp, C sharp, D sharp) is the same. Right: all four; three of the four, or the four "
             "with a passing note named as an extra chord, is partly",
             "a chord on every beat (the bass's passing notes named as chords); C minor, F minor or B flat for any of "
             "the bars; another key"),
    # ft_drive_e24, the hook, bars 27-30, 32.5-37.5 (2/4 at 96, bar 1.25 s, eighth 0.3125 s; E, E, A, B). Kick on each
    # bar's one (32.5, 33.75, 35.0, 36.25), snare on two, closed hats on every eighth, loud (velocity about 105-110).
    # The bass riff, the same every bar, three short notes (0.25 s): the root on one with the kick (E2, E2, A2, B2), its
    # octave on the and of one, the fifth on the and of two (B2, B2, E3, F sharp 3) -- nothing on beat two, where the
    # snare plays; so the bass meets the kick once a bar and its other two notes sit on the off-beats either side of the
    # snare, the last pushing into the next bar's one. Overlaps q14 and w08 (30-40: the singer; the bass and the piano
    # together) and, on the degraded copy, z04 (25-35, whether it builds) and m03 (30-40, the key); the bass against the
    # kick never asked in the hook (x02 and y04 asked it of the verses)
    Question("h06", "ft_drive_e24", ["bass", "drums"], 32.5, 37.48,
             "how's the bass sitting against the kick in this hook? want to sidechain it",
             "together once a bar: the bass's root lands with the kick on each bar's one; then it plays two short "
             "notes on the off-beats -- the octave on the and of one and the fifth on the and of two -- and leaves "
             "beat two to the snare, so two of its three notes a bar fall between the drums (a syncopated riff on E, "
             "E, A, B; 2/4 at about 96, or 4/4 with the kick on one and three). Right: with the kick on the one and "
             "off-beat notes between (the rest on two not needed); 'locked to the kick' with the off-beats missed, or "
             "the off-beats right with the kick unsaid, is partly",
             "the bass on every kick only / on every eighth / held notes; the bass on beat two with the snare; laid "
             "back or ahead of the kick"),
    # MusicDelta Punk 17.62-24.03, four bars (MDB beats: 4/4 at 150, downbeats 17.62, 19.23, 20.83, 22.43, the next
    # 24.03). MDB Drums sub-classes, the cymbals: bar 1 closed hi-hat (CHH) on beats one, two and three (17.61, 18.02,
    # 18.43) and a crash (CRC) on four (18.83); bars 2 and 3 an open hi-hat (OHH) on every beat (19.24 ... 22.05, eight
    # hits); bar 4 a crash on one and on the and of one (22.48, 22.65), then the open hat on two, three and four (22.83,
    # 23.24, 23.64). Every hat is on a beat: quarter notes, none on the off-beats. Kick on one and the ands of one, two
    # and three, snare two and four. Overlaps t11 (16-24, what the drummer plays: its key names 'hi-hat on the beats'),
    # m09 (12.83-19.2, the kick), q17 (16.02-22.43, tempo and meter), p07 (9.62-22.43, a bar count); whether the hats
    # are open or closed, and where they change, never asked
    Question("h07", "real:musicdelta_punk", ["drums"], 17.6, 24.0,
             "what's the hi-hat doing through here -- open or closed, and does it change?",
             "quarter notes, one on every beat (none on the off-beats), and it changes: closed in the first bar, a "
             "crash on that bar's last beat (about 18.8 s), then open hats on every beat from the second bar (about "
             "19.2 s) to the end, broken only by a crash at the start of the fourth bar (about 22.5 s, on one and the "
             "and of one); fast 4/4, about 150. Right: quarter-note hats, closed then open from about 19.2 s (within "
             "half a second); the hats on the beats with the change missed or misplaced is partly",
             "hats on every eighth or sixteenth; open throughout or closed throughout; a ride; the change placed "
             "before 18.7 s or after 19.7 s"),
    # ft_swing_g1208 degraded copy, bars 7-10, 22.86-38.10 (12/8 at 63, bar 3.81 s): bars 7-8 (G, E minor) the end of
    # the first head -- the ride shuffle (on the beat and its last triplet), kick one and three, side-stick two and
    # four, the bass walking a note a beat (velocity about 72-79), the guitar's short three-note chords on each beat's
    # last triplet, the voice four long notes in bar 7 (B, C sharp, B, C sharp) and resting in bar 8. At 30.48 (bar 9,
    # the solo, halfway through the window) a crash; the guitar leaves its off-beat chords for a single-note line,
    # broken chords on every triplet eighth (E, A, C, E, A ... over A minor, F sharp, A, D ... over D); the singer stays
    # out; louder (bass about 83-89, kick 82-88 against 73-79); the chords A minor, D. The drums keep the shuffle and
    # the bass keeps walking (through C sharp over A minor). On this copy o04 (15.2-26.65, the meter and chords) and z08
    # (30.47-41.9, who leads the solo); on the clean render y02 (22.86-30.3, who's in, a fill), s05, v08 (30.5-45.7) and
    # o10 (30.45-45.69); no window crossed 30.48 on either copy
    Question("h08", "ft_swing_g1208@degraded", ["drums", "bass", "guitar", "vocals"], 22.84, 38.08,
             "where does the section change in here, and what's different after it?",
             "at about 30.5 s (the third bar, halfway) the solo starts: a crash, the guitar switches from short "
             "off-beat chord stabs to a running single-note line (broken chords in triplets), it gets louder, and the "
             "chords move to A minor and D (from G and E minor); the singer, out since the second bar, stays out, and "
             "the drums' shuffle and the walking bass carry on. Right: the change within half a second (30.0-31.0 s) "
             "with the guitar's switch to a single-note line; the time right with only 'louder' or the crash, or the "
             "guitar's switch placed more than half a second off, is partly",
             "no change / a change placed before 30.0 s or after 31.0 s; the drums or bass dropping out; the singer "
             "said to come in at the change; a key change"),
    # GuitarSet 00_BN1-129-Eb_comp, the whole take, 0.0-22.32 (jams: tempo 129, beat_position 48 beats, 4/4, 12 measures
    # of 1.86 s from 0.0; the last beat 21.86, the take 22.32 s long). The lead-sheet chords: E flat (bars 1-4), A flat
    # (5-6), E flat (7-8), B flat (9), A flat (10), E flat (11-12) -- a twelve-bar form, played as bossa nova comping.
    # Overlaps u04 (0-7.4, the chord), q18 (7.44-18.6, the chords), n09 (3.7-14.86, the key) and u09 (14.9-22.3, the
    # chords); the tempo, the meter and the length in bars never asked of this take
    Question("h09", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 0.0, 22.32,
             "what tempo's this comp at, and how many bars is the whole take? want to loop the form",
             "about 129 BPM in 4/4 (a bar about 1.86 s), and twelve bars: E flat for four, A flat for two, E flat for "
             "two, B flat, A flat, and E flat for the last two, so it loops on the bar lines as a twelve-bar form. "
             "Right: a tempo of 124-134 (or cut time at 62-67 to the half note) with twelve bars; the tempo right with "
             "the count off by one, or 'twenty-four bars of 2/4' / 'six bars at half time' (the same length), is "
             "partly",
             "a tempo outside 120-138 given as the beat (about 65 or 258 without saying half or double time); a count "
             "that does not fill 22.3 s at the stated tempo; 3/4"),
    # vocadito 1 (an unaccompanied singer, a Tagalog children's song), 15.8-27.95, the second stanza (lyrics: 'sayang
    # ang pera ko / binili ng lobo / sa pagkain sana / nabusog pa ako'). Annotator A1's notes (A2 agrees on the
    # phrases): line 1 15.92-18.30 (D, D, E flat, F, G), line 2 18.92-21.36 (G, G, G, E flat, G flat, F), line 3
    # 21.88-24.38 (C, D flat, E flat, D, B, A: its pitches a shade off the degrees), line 4 25.06-27.83 (G, G, G, E
    # flat, G flat, F: the same tune as line 2); the gaps between lines 0.52-0.68 s (18.30-18.92, 21.36-21.88,
    # 24.38-25.06), every gap inside a line 0.30 s or less; the f0 is unvoiced in the same gaps. The top note is G (G3
    # in the annotation, f0 up to about a quarter tone above it in ornaments), first at 17.94-18.30 (the end of line 1),
    # then three times at the start of lines 2 and 4 (18.92-19.92, 25.06-26.11); the lowest about A/B flat 2 (24.0).
    # Overlaps u05 (16-30, whether anyone plays along); k09 (0-12.5) asked the first verse's key; the phrasing and range
    # never asked
    Question("h10", "real:vocadito_1_solo_voice", ["vocals"], 15.8, 27.95,
             "how many lines does she sing in this bit, and what's the top note? building a harmony under it",
             "four lines, starting at about 15.9, 18.9, 21.9 and 25.1 s, with a breath of about half a second between "
             "them (the second and fourth lines sing the same tune); the top note is G -- reached at the end of the "
             "first line (about 17.9 s) and repeated three times at the start of the second and fourth lines (about "
             "18.9 and 25.1 s). Right: four lines and G as the top note (the octave not graded, times within half a "
             "second where given); one of the two right, or G with the lines counted three or five, is partly",
             "two, three or six lines stated flatly; a top note other than G (A flat, F, B flat) or a top note placed "
             "in the third line; an accompaniment said to play"),
]
# Round 16: not yet answered or graded
# Round 16, read once (packets at 8323e52, after this session's fixes from round 15, in a clean worktree with fresh
# ingests; the questions committed at b6013e4 before any packet, h03's end moved inside the track at 8323e52 before
# its packet). Graded by hand against the keys above; the answers (eval/client_answers/round16.json) are a helper
# model's that read only the ten packets
GRADES_16 = {"h01": "partly", "h02": "right", "h03": "wrong", "h04": "right", "h05": "right", "h06": "right",
             "h07": "partly", "h08": "right", "h09": "partly", "h10": "partly"}
GRADES_16_WHY = {
    "h01": "A up through B, C sharp, D sharp, E to F sharp and back down: the pitches right, but each eighth note "
           "doubled by the transcription (A, A, B, B, ...) and the line called roughly sixteenths: partly",
    "h02": "about four bars of 4/4 (ten seconds) of drums and bass, the piano and voice in at about 10.0 s, and the "
           "sound on the vocal track before it most likely bleed: right (the first held-out reading of the entry "
           "count built from round 15's o02)",
    "h03": "'essentially just chords', no melody on top (the chord F minor right): the key's 'only block chords / no "
           "melody' (six strokes, half of them chords, read as chords on the off-beats; too few for a lead reading)",
    "h04": "6/8, two dotted-quarter beats at about 63 each split in three, the one on the kick: right",
    "h05": "A flat, D flat, A flat, E flat, the bass's last notes passing: right",
    "h06": "the bass lands with every kick, most of its notes off the beat between them: right",
    "h07": "quarter notes, read as ringing (open hat or ride) throughout, no change found: the hats on the beats with "
           "the closed-to-open change missed: partly",
    "h08": "the change at about 30.5 s, the guitar to arpeggios, the chords to A minor and D, the singer out: right",
    "h09": "about 129 in 4/4, about eleven and three quarter bars, eleven full bars from 1.54 s (the tracked bar "
           "lines sit half a beat off the annotated ones, GuitarSet's known ambiguity): the count off by one: partly",
    "h10": "the top note G right; the lines not counted (one continuous phrase read): partly",
}
# the baseline text names the song's key, F minor for the piano sample (h03's chord, the texture unsaid: partly)
BASELINE_GRADES_16 = {q: "wrong" for q in GRADES_16} | {"h03": "partly"}
# Round 17 (written 2026-12-02 ~23:15 UTC by the clock here, at adeae9b, before any packet of it was made or any server
# output read): a real guitarist's picking and feel, a real lead's notes in named bars and the chord they spell, where a
# real singer's song comes to rest, spill in a real vocal track in the singer's gap, a half-time verse's tempo and
# whether it holds, the chords bar by bar of a 2/4 verse that opens on the minor chord, who comes back after a drum
# break and when, a kit pattern and its feel to program, a fill or none into a 5/4 chorus, and what drops out at a tag
# -- worded as a producer would type them. Keys from the scores (eval.frame_test_songs.write_band: every note per stem,
# bar by bar) and the annotations of ../shared/real (GuitarSet's jams: note_midi per string and beat positions;
# MedleyDB's verified melody-stem f0, activation confidences, source spans and metadata; MDB beats, downbeats and drum
# sub-classes; vocadito's notes from two annotators and its f0). As in rounds 11-16, a bar question counts bars from the
# window's start, which lies on a downbeat (or up to 0.05 s before it), and a window ends at or just before a bar line.
# The degraded copies' room, spill and noise are in each cached copy's conditions.json; no key rests on their values.
# Four windows reach where no earlier window of that copy went or cross a boundary no earlier window crossed (the end of
# vocadito, 76.19 s of the degraded swing, 22.5 s of the clean 5/4 ballad, 60.0 s of the clean 2/4 drive); each comment
# names the overlaps, and no question here repeats what an overlapping one asked of the same copy
QUESTIONS_17 = [
    # GuitarSet 00_BN1-129-Eb_comp, bars 1-4, 0.0-7.42 (jams: 129 BPM, 4/4, a bar 1.86 s, downbeats 0.0, 1.86, 3.72,
    # 5.58, the next 7.44; the lead-sheet chord E flat for all four bars). note_midi per string: a low note on the A
    # string, E flat 3, on the beats (0.05, 0.52, 0.94 in bar 1: beats one, two and three; 1.89, 2.34 in bar 2 ...),
    # with B flat 3 on the D string on the ands between (0.72, 1.63, 3.03 ...) -- a thumb bass alternating root and
    # fifth; over it two- or three-note pinches on the top strings (D 4 and F 4; G 4 and D 4; B flat 3, C 5 and F 4; B
    # flat 4 and F 4), on the one with the bass and on the ands of beats (1.18, 2.60, 3.51, 5.35 ...). Never more than
    # four strings sound together (one pinch of four at 5.35), and the notes of each pinch start within about 5 ms of
    # one another (0.049, 0.050, 0.053; 5.350-5.355): plucked together, not a strum, which spreads 10-30 ms across the
    # strings. The off-beat notes fall 0.50-0.58 of the way through the beat (mean about 0.53): straight eighths (a
    # swung eighth sits near 0.67), the bossa nova feel the take is labelled with (BN). Overlaps u04 (0-7.4, the chord),
    # n09 (3.7-14.86, the key) and h09 (0-22.32, the tempo and the length); the picking and the feel never asked
    Question("j01", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 0.0, 7.42,
             "is he strumming this or fingerpicking it? and is the feel straight or swung? want to match it with a "
             "shaker",
             "fingerpicked, not strummed: a bossa nova comp -- a thumb bass on the low strings (E flat on the beats, "
             "B flat on the ands between: root and fifth) under short two- or three-note chord plucks on the top "
             "strings, on the one and on the off-beats; never a full six-string strum. Straight eighths: the off-beat "
             "notes land about halfway between the beats (129 BPM), no swing or shuffle. Right: picked (a bass line "
             "under chord pinches, or 'fingerstyle comping') and straight; one half right, or 'arpeggiated chords' "
             "with the separate bass unsaid and the feel right, is partly",
             "strummed full chords / a strumming pattern; a single-note melody or lead line; a swung, shuffled or "
             "triplet feel; 6/8 or 3/4"),
    # MusicDelta Shadows 17.45-26.17, bars 9-12 of the song (MDB beats: 4/4 at about 110, downbeats 17.47, 19.65, 21.83,
    # 24.03, the next 26.19). MedleyDB's melody stem is STEM_04, the lead guitar (the guitar stem here sums it with the
    # rhythm guitar, which is accompaniment); its verified f0 (STEM_04.csv), as notes: a pickup G 2 (16.95-17.47, before
    # the window); bar 1: C 3 (17.49-18.52), E flat 3 (18.58-19.07), G 3 (19.12-19.60) -- up the C minor triad; bar 2: F
    # 3 (19.64-20.49), E flat 3 (20.51-20.74), D 3 (20.79-21.00), C 3 (21.01-21.32), B flat 2 (21.33-21.79) -- down the
    # scale; bar 3: C 3 held (21.84-23.60, a dip to B for 0.1 s at 22.6); bar 4: nothing (the next phrase starts on G 2
    # at 26.19, after the window). The opening phrase (o01's comment): G 3, B flat 3, D 4, then C 4, B flat 3, A 3, G 3,
    # F 3 and home to G 3 -- the same shape: here it is moved down a fifth, from G minor to C minor (the four chord of
    # the G minor tune); not asked, since one window's findings cannot hear the opening. Overlaps k11 (13.07-21.83, when
    # the lead drops out and comes back), n01 (17.45-26.15, ride or hi-hat), u03 (16-24, the drummer) and y08 (24-33.4,
    # who carries the tune); the lead's notes here never asked
    Question("j02", "real:musicdelta_shadows", ["guitar", "bass", "drums"], 17.45, 26.17,
             "what's the lead guitar playing in the first two bars here? need the notes to double it -- and what "
             "chord is it spelling?",
             "bar 1: C, E flat, G -- up a C minor triad (the C held two beats from the one, then E flat and G a beat "
             "each); bar 2: F (about a beat and a half), then E flat, D, C quickly down to B flat -- down the scale; "
             "then C held through bar 3 and a rest in bar 4. It spells "
             "C minor (the E flat, not E). Right: the notes of both bars in order (the octave not graded, one note off "
             "by a half step allowed) and C minor; one bar's notes right, or C minor with the notes vague, is partly",
             "bar 1 given as G, B flat, D (the tune's opening notes) or with E natural (a major triad); C major or E "
             "flat major as the chord; chords or strumming given as the lead's part; the lead said to be silent in "
             "bars 1-2"),
    # vocadito 1 (an unaccompanied singer, a Tagalog children's song), 27.95-33.15, the end of the file (33.21). Both
    # annotators' notes (A1, A2 the same within about 0.1 s): C 3 (28.52-28.83), D 3 (28.86-29.19, sung a shade flat), E
    # flat 3 (29.16-29.38), D 3 (29.69-30.39), C 3 (30.39-30.58), B flat 2 (30.73-31.59, the longest note of the phrase,
    # about 0.3 semitone flat: 45.7) -- degrees 2, 3, 4, 3, 2, 1 of B flat major; the f0 is unvoiced from 31.59 to the
    # end. The song's key (k09: B flat major, read from the first verse's notes, which open on D, E flat, F and end the
    # verse on B flat at 11.85-12.07); the song sung a little flat throughout. Overlaps u05 (16-30, whether anyone plays
    # along); h10 (15.8-27.95, lines and top note) ends at the window's start; the ending never asked
    Question("j03", "real:vocadito_1_solo_voice", ["vocals"], 27.95, 33.15,
             "does she land back on the home note at the end? what's the last note -- want a pad ringing under it",
             "yes: the last line steps C, D, E flat, D, C and comes to rest on a held B flat (about 30.7-31.6 s), "
             "the tonic of B flat major, the song's key -- a 2-3-4-3-2-1 close; then silence to the end (about 31.6 "
             "s on). A sharp spelling is the same; a caution that she sings a little flat is fine. Right: B flat as "
             "the last note and home (the key B flat major); B flat without calling it home, or 'home' with the last "
             "note named A (the flat tuning) is partly",
             "a last note of D, F, C or G; 'it doesn't resolve' / ends on the fifth; G minor named as the key with "
             "B flat not home; an accompaniment said to play"),
    # MusicDelta Country1 11.0-19.70, bars 6-9 (MDB beats: 4/4 at about 109, downbeats 11.00, 13.19, 15.37, 17.55, the
    # next 19.72). The vocal track is the raw recording of the male singer alone; MedleyDB's metadata: has_bleed 'no'
    # (each instrument recorded separately). The singer: his verified f0 voiced to 13.69 (a last note on A from 12.88;
    # source span to 14.07), then nothing until 18.07 (source span; f0 from 18.44); the activation confidence of his
    # stem falls from 1.00 at 13.65 to 0.05 by 15.0 and stays at 0.044-0.055 over 15.0-17.3, back to 0.99 at 18.39.
    # Meanwhile the band plays on: MDB Drums, kick with the closed hat on one and three, side-stick on two and four,
    # every bar (a lone hat pickup at 19.57); the bass and the two acoustic guitars through the gap (one guitar's span
    # breaks 16.76-17.32). Overlaps u02 (12-20, what happens), o09 (13.17-19.7, whether anyone takes the tune in the
    # gap) and k03 (8.76-13.15, the hat and the kick); spill never asked of this song (o03 asked it of Punk's vocal)
    Question("j04", "real:musicdelta_country1", ["vocals", "guitar", "bass", "drums"], 11.0, 19.7,
             "is the band bleeding into his vocal track? cut it live with everyone, so I'm expecting guitar in "
             "there between lines",
             "no: the vocal track is clean -- the singer alone (the session was tracked one instrument at a time); he "
             "ends a line at about 13.7 s and comes back at about 18.1-18.4 s, and in between the vocal track is "
             "essentially silent while the acoustic guitars, bass and drums play on (kick and hat on one and three, "
             "side-stick on two and four). Right: no spill (the gap named or not); a hedge with no verdict, or "
             "'clean' with the singer said to sing through the gap, is partly",
             "guitar, drum or bass spill / bleed in the vocal track; the side-stick or the guitars said to be heard "
             "on it"),
    # ft_ballad_csm76 degraded copy, the verse, bars 6-9, 15.77-28.40 (4/4 at 76, beat 0.789 s, bar 3.158 s; E, B, C
    # sharp minor, A, a chord a bar). The kit plays the half-time pattern every bar: the ride on every beat (16 hits,
    # 0.789 s apart), the kick on one (15.79, 18.95, 22.11, 25.26), the snare on three (17.37, 20.53, 23.68, 26.84); the
    # bass a whole note on each root; the piano a held chord a bar. The tempo is written at 76 throughout (the score has
    # one tempo: beats every 0.7895 s to the millisecond), so it holds exactly; the snare on three makes a half-time
    # feel that can be counted at 38 to the half note. The chorus (28.42) starts after the window. Overlaps, on this
    # copy, w07 (9.47-15.8, the drummer) by 0.03 s; on the clean render r02 and r03 (9.47-28.42), q04 (9.47-22.1), h01
    # (9.45-22.08), q02 (12.63-25.26, the snare) and q01 (22.1-34.7); the tempo of this song never asked
    Question("j05", "ft_ballad_csm76@degraded", ["drums", "bass", "piano"], 15.77, 28.40,
             "what BPM do I set for this verse, and is it holding steady? the half-time thing is throwing me -- is "
             "it slow, or do I double it?",
             "76 BPM in 4/4 (a bar about 3.16 s), dead steady -- no drift; the ride plays every beat at 76, the kick "
             "on one and the snare on three, which is what makes it feel half-time (38 to the half note). Right: "
             "72-80 and steady ('38 half-time, 76 in quarters' is right too); 72-80 with steadiness unsaid, or 38 "
             "given as the tempo to set with 76 unsaid, is partly",
             "152 or another tempo outside 68-84 (other than 38 as half time); a speed-up, slow-down or drift "
             "stated; 3/4 or 6/8"),
    # ft_drive_e24 degraded copy, the first verse, bars 11-18, 12.5-22.48 (2/4 at 96, beat 0.625 s, bar 1.25 s; E
    # major). Chords a bar each: C sharp minor (12.5), A (13.75), E (15.0), B (16.25), C sharp minor (17.5), A (18.75),
    # E (20.0), B (21.25) -- vi, IV, I, V, twice. The bass pumps eighths on each root (C sharp 2 x3 and C sharp 3 on the
    # last eighth; A; E; B); the piano plays short three-note chords on the off-beats (E, G sharp, C sharp | E, A, C
    # sharp | E, G sharp, B | F sharp, B, D sharp). On this copy h02 (0-12.48, the intro's bars and the bleed) ends just
    # before; on the clean render r09 (10-20, the meter and tempo), k06 (12.5-20, the keys' part and who carries), t08
    # (20-30) and y04 (22.5-30); the first verse's chords never asked of either copy
    Question("j06", "ft_drive_e24@degraded", ["bass", "piano"], 12.5, 22.48,
             "chords go by fast here -- give me them bar by bar, and how long does each one last?",
             "C sharp minor, A, E, B, then the same again -- a new chord every bar of 2/4, two beats at about 96 "
             "(about 1.25 s each), eight bars in all (vi, IV, I, V in E major, starting on the minor chord); D flat "
             "minor spelling is the same. Right: the four chords in order with a chord every two beats or about 1.25 "
             "s (or 'every half bar of 4/4'); the four right with each said to last a 4/4 bar (2.5 s) or the length "
             "unsaid, or three of the four, is partly",
             "E, B, C sharp minor, A as the order from the window's start; C sharp major, F sharp minor or G sharp "
             "minor named; a chord every beat"),
    # ft_swing_g1208 degraded copy, bars 19-22, 68.57-83.79 (12/8 at 63 dotted quarters, bar 3.81 s, beat 0.952 s). Bars
    # 19-20 (68.57-76.19), the second half of the "fours": the kit alone, a loud break on the triplets (kick, high and
    # low toms, snare; velocity about 93-109), no bass, no guitar, no voice in the score. At 76.19 (bar 21, the second
    # head, halfway through the window) a crash with the kick; the drums back to the shuffle (ride on the beat and its
    # last triplet, kick on one and three, side-stick on two and four, velocity about 50-78); the bass walks again (G,
    # B, D, B | C, E, G, A flat); the guitar's short three-note chords on each beat's last triplet (G, B, D | E, G, C);
    # the singer two notes a beat (B, C sharp ... | G, A, G, A, G, F sharp, E, F sharp); all at once, on the downbeat.
    # The degraded copy mixes every other stem into each stem (spill), so the bass, guitar and vocal stems carry the
    # drums during the break. On this copy n08 (57.1-68.55, a fill out of the solo) ends just before and w06 (76.2-91.4,
    # the chords) starts at the return; on the clean render q10 and s06 (60.95-76.19, the break), k01 (76.15-87.62),
    # t05, t10 (76.2-91.4) and h04 (79.98-91.41); no window crossed 76.19 on either copy
    Question("j07", "ft_swing_g1208@degraded", ["drums", "bass", "guitar", "vocals"], 68.57, 83.79,
             "drummer's got the spotlight here -- when does the band come back in, and who's back?",
             "everyone at once at about 76.2 s (the third bar's downbeat, halfway), with a crash: the bass walking "
             "again, the guitar's short off-beat chords and the singer all come back, and the drums go from the loud "
             "tom-and-snare break to the quieter ride shuffle (kick on one and three, side-stick on two and four); "
             "before that only the drums play. Right: the return within half a second (75.7-76.7 s) with the bass, "
             "the guitar and the singer all back; the time right with one of the three missed, or all three with "
             "the time 0.5-1 s off, is partly",
             "the bass, guitar or singer said to play during the break (before 75.7 s); a return placed before 75.2 "
             "s or after 77.2 s, or not given; the drums dropping out at the return"),
    # ft_drive_ab152, the intro, bars 1-8, 0.0-12.61 (4/4 at 152, beat 0.395 s, eighth 0.197 s, bar 1.579 s). The kit,
    # every bar the same: kick on one and three, snare on two and four, closed hats on every eighth (the on-beat hats a
    # little louder: velocity about 69-77 against 61-69), a crash with the first kick (0.0, the only one in the window;
    # the next at 12.63, the verse, after it). Every hat exactly halfway between the beats (0.197 s after each):
    # straight. The bass pumps eighths on the root (A flat, D flat, a bar each). Overlaps t01 (0-12.63, the intro's
    # bass) and o07 (9.45-15.77, spill in the vocal and the singer's entry); the kit pattern of this song never asked
    # (q06, q16 and n07 asked the bass against the kick)
    Question("j08", "ft_drive_ab152", ["drums"], 0.0, 12.61,
             "programming a kit to sit with this intro -- where are the kick and snare, what are the hats doing, and "
             "is it straight or swung?",
             "a plain rock beat at about 152 in 4/4: the kick on one and three, the snare on two and four, closed "
             "hi-hats on every eighth note (accented on the beats), straight -- the off-beat hats exactly halfway; "
             "the same every bar, a crash only on the very first downbeat, no fills. Right: kick one and three, snare "
             "two and four, eighth-note closed hats and straight (the tempo not needed); the pattern right with the "
             "feel unsaid, or the feel right with the hats given as quarters or sixteenths, is partly",
             "a swung or shuffled feel; the hats as a ride, open hats, quarters or sixteenths; four on the floor; "
             "the snare on three only; a fill"),
    # ft_ballad_eb54, bars 8-11, 17.5-27.48 (5/4 at 120, beat 0.5 s, bar 2.5 s; E flat minor, A flat minor, A flat
    # minor, B flat minor). Bars 8-9 (17.5-22.5), the verse's last two: the kit's half-time pattern in five -- kick on
    # one, snare on three, ride on every beat (velocity about 51-78); bar 9 (20.0-22.5) exactly like bar 8: kick 20.0,
    # snare 21.0, ride on the five beats, nothing else -- no fill, no pickup. At 22.5 (bar 10, the chorus, halfway) a
    # crash with the kick, and the groove changes: the kick on one, three and five (22.5, 23.5, 24.5), the snare on two
    # and four (23.0, 24.0), closed hats on every eighth, louder (kick and snare about 91-102 against 75-78). With it
    # the bass goes from held roots to a riff and the piano from held chords to strummed eighths (not selected).
    # Overlaps s03 (7.5-22.5, the drummer in the verse), m01 (22.5-30, the bass and the kick), y03 (12.5-22.5), q13 and
    # v07 (22.5-32.5), r08 (25-35), p03 and z06 (27.5-37.5); no window of the clean render crossed 22.5 (s12 did on the
    # degraded copy: the meter); whether a fill leads into this chorus never asked
    Question("j09", "ft_ballad_eb54", ["drums"], 17.5, 27.48,
             "does the drummer throw a fill going into the chorus, or just crash in? and what's the beat after?",
             "no fill: the last verse bar is the same half-time pattern as before (kick on one, snare on three, ride "
             "on every beat); the chorus lands at about 22.5 s (halfway) with a crash, and the beat changes to kick "
             "on one, three and five, snare on two and four and closed hats on every eighth, louder -- in 5/4 at "
             "about 120 throughout. Right: no fill, the crash/change within half a second (22.0-23.0 s) and the new "
             "pattern (snare on two and four with eighth hats); no fill with the new pattern vague or the time off, "
             "or the change right with a fill only hedged ('maybe a small fill'), is partly",
             "a fill (tom run, snare roll or build) before the chorus stated as fact; the change placed before 22.0 "
             "s or after 23.0 s; the chorus beat given as the verse's (snare on three, ride); a 4/4 backbeat"),
    # ft_drive_e24, bars 47-52, 57.5-64.98 (2/4 at 96, beat 0.625 s, bar 1.25 s). Bars 47-48 (57.5-60.0), the second
    # verse's end: kick on one, snare on two, closed hats on the eighths (velocity about 57-84); the bass walking a note
    # a beat (C sharp, B flat | A, E flat); the piano's short chords on the off-beats (E, G sharp, C sharp | E, A, C
    # sharp; the last at 59.69); the singer's last two notes, E and E flat, at 57.5 and 58.13, then rest. At 60.0 (bar
    # 49, the tag, a third of the way in) a crash; the drums switch to a loud break -- kick on one, then high tom, high
    # tom, low tom on the eighths (some left out), no snare and no hats (velocity about 106-124); the bass to pumping
    # eighths on the root, the octave on each bar's last (A, B, E, E); no piano, no voice to the end; chords A, A, B, E,
    # E. Overlaps s07, s08 and x02 (45-60), p06 (47.5-57.5, ends at the window's start) and w05 (60-65, what the drummer
    # does); on the degraded copy n04 (50-59.98, a bar count); no window crossed 60.0 on either copy
    Question("j10", "ft_drive_e24", ["drums", "bass", "piano", "vocals"], 57.5, 64.98,
             "something kicks in near the end here -- what changes, and who drops out?",
             "at about 60 s (the third bar, a third of the way in) the tag starts with a crash: the keys drop out "
             "(their off-beat chords stop just before, at about 59.7 s), the drums leave the kick-snare-hats groove "
             "for a loud tom pattern (kick on the one, toms on the eighths, no snare or hats), the bass goes from a "
             "walking note a beat to pumping eighths on the root, and it gets louder; the singer is already out (her "
             "last notes at about 57.5-58.4 s). Right: the change within half a second (59.5-60.5 s) with the keys "
             "out and the drums to toms (or 'a drum break / fill'); the time right with only 'louder' or the crash, "
             "or the changes right with the time off, is partly",
             "no change; the drums or the bass dropping out; the keys said to play on; the singer said to stop at 60 "
             "s or to sing in the tag; the change placed before 59.5 s or after 60.5 s"),
]
# Round 17: not yet answered or graded
# Round 17, read once at the session's end (packets at 1796164, the code of 272584a, in a clean worktree; the
# questions committed at 1796164 before any packet). Graded by hand against the keys above; the answers
# (eval/client_answers/round17.json) are a helper model's that read only the ten packets
GRADES_17 = {"j01": "partly", "j02": "partly", "j03": "right", "j04": "right", "j05": "right", "j06": "wrong",
             "j07": "right", "j08": "right", "j09": "right", "j10": "partly"}
GRADES_17_WHY = {
    "j01": "straight: right; picked or arpeggiated rather than strummed, hedged, the thumb's bass unsaid (the comp read "
           "as chords, four in ten strokes full): partly",
    "j02": "C minor (then F): right; the lead's notes not given (the stem holds the lead and the rhythm guitar, read "
           "as chords): the key's 'C minor with the notes vague': partly",
    "j03": "the last note B flat, home in B flat major: right",
    "j04": "no spill, the singer out from about 13.75 to 18.25 s: right",
    "j05": "76 in 4/4, steady, the half-time feel from the kick on one and the snare on three: right",
    "j06": "A major seven and E major seven a 4/4 bar each (2.5 s): two 2/4 bars' chords (C sharp minor and A; E and "
           "B) merged into one seventh chord a bar, so two of the four chords and twice their length: wrong",
    "j07": "the band back at about 76.2 s, the bass, the singer and the guitar (at 76.8 s): right",
    "j08": "kick one and three, snare two and four, closed hats on every eighth, straight at 152: right",
    "j09": "no fill, the change at about 22.5 s, then kick on one, three and five, snare on two and four, hats on every "
           "eighth in 5/4 at 120: right",
    "j10": "the tag at about 60 s, the keys out, the drums to toms, the bass on eighths: right; but the singer said to "
           "stop at 59.5 s (her last notes end at 58.4): the key's 'the singer said to stop at 60 s': partly",
}
# the baseline text names the song's key (B flat major for j03) but no last note, tempo, pattern, chord or event
BASELINE_GRADES_17 = {q: "wrong" for q in GRADES_17}
# Round 18 (written 2026-12-02 ~23:55 UTC by the clock here, at ffcb8bb, before any packet of it was made or any server
# output read): a real singer's key read from his lines, a real lead's last phrase and where it lands, which bar a real
# duet hands the lead from one singer to the other, a real singer's range and lines, bleed on an empty drum track and
# whether an outro ends home, the chords bar by bar of a 5/4 verse with the meter, how many bars of a hook before the
# drums and bass stop and the chord that holds the gap, how many bars of a drum break before the keys come back, a named
# bar's vocal and whether it swings in 12/8, and a fast hook's tempo against a half-time reading -- worded as a producer
# would type them. Keys from the scores (eval.frame_test_songs.write_band: every note per stem, bar by bar) and the
# annotations of ../shared/real (MDB beats and downbeats; MedleyDB's verified melody-stem f0 and the notes derived from
# it in truth.json, per-singer f0 files; vocadito's notes from two annotators). As in rounds 11-17, a bar question
# counts bars from the window's start, which lies on a downbeat (or up to 0.05 s before it), and a window ends at or
# just before a bar line. The degraded copies' room, spill and noise are in each cached copy's conditions.json; no key
# rests on their values (g05's and g07's bleed rest only on every degraded stem carrying the others). Two kinds are
# asked of a real song for the first time (Country1's key, Shadows' last phrase); each comment names the overlaps, and
# no question here repeats what an overlapping one asked of the same copy
QUESTIONS_18 = [
    # MusicDelta Country1 19.70-28.41, bars 10-13 (MDB beats: 4/4 at about 109, downbeats 19.72, 21.92, 24.10, 26.27,
    # the next 28.43). No key or chords are annotated for this song; the key here is read from the singer's notes
    # (truth.json notes.vocals, derived from MedleyDB's verified f0 of STEM_05, the male singer; approximate): B 3
    # (19.82), a bent B flat-B (20.13-20.52), B, B flat, A, then G 3 held (21.15-21.61) -- the first line rests on G; G
    # 3 held again (22.99-23.68); C 4 (24.20, 24.50-24.93), D 4 (24.97), G 3 (25.24, 25.90-26.27), A, B 3 (26.38-26.81),
    # B, B, A, and G 3 (27.89-28.19) -- each line ends on G. The notes are G, A, B, C and D (a major pentatonic with C),
    # a bluesy B flat touched twice in the first bar (20.13, 20.86); B natural is the held third, so G major, the
    # home note G (the earlier lines do the same: G 3 at 3.67-4.20, 8.23-8.46). Overlaps m04 (15.35-24.1, four or two),
    # r11 (20-28, the snare), u01 (24-32, the groove), u02 (12-20) and o09 and j04 (-19.7, ending at the window's
    # start); the key of this song never asked
    Question("g01", "real:musicdelta_country1", ["vocals", "guitar", "bass", "drums"], 19.7, 28.41,
             "what key's he singing in here? major or minor? want to cut a harmony line",
             "G major: every line comes to rest on G (about 21.2-21.6, 23.0-23.7 and 27.9-28.2 s), and the tune "
             "moves over G, A, B, C and D with B natural as its held third -- a B flat touched in passing now and "
             "then (a bluesy country inflection, not a minor key). Right: G major (or 'G, major, with blue notes'); "
             "G with the mode unsaid or hedged, or 'G mixolydian', is partly",
             "G minor, E minor, C major, D major or another key; 'minor' for the mode; B flat named as the third of "
             "the key"),
    # MusicDelta Shadows 26.17-32.66, bars 13-15 (MDB beats: 4/4 at about 111, downbeats 26.19, 28.36, 30.50, the next
    # 32.68; the track 33.5 s). MedleyDB's melody stem is STEM_04, the lead guitar; its verified f0 (STEM_04.csv) as
    # notes: bar 1: G 2 (26.19-27.23, two beats), B flat 2 (27.28-27.75), D 3 (27.81-28.29) -- up the G minor triad; bar
    # 2: C 3 (28.34-29.13, a beat and a half), B flat 2 (29.19-29.41), A 2 (29.42-29.67), G 2 (29.70-29.98), F 2
    # (30.04-30.64, from beat four across the bar line) -- down the scale; bar 3: G 2 held (30.65-32.29), the last
    # voiced frame of the stem at 32.29. The same phrase as the tune's opening (o01's key: G, B flat, D, then C, B flat,
    # A, G, F, home to G): the tune is in G minor and this last phrase comes home to G. The rhythm guitar, bass and
    # drums (ride in eighths, snare two and four, crashes at 26.2 and 30.5) go on under it. Overlaps y08 (24-33.4, who
    # carries the tune, the drummer); j02 (17.45-26.17, the lead's notes in bars 9-10) ends at the window's start; o01
    # asked the key of the opening; the last phrase and where it lands never asked
    Question("g02", "real:musicdelta_shadows", ["guitar", "bass", "drums"], 26.17, 32.66,
             "what's the lead playing in this last phrase, and does it land home? want the strings to end with it",
             "bar 1: G, B flat, D -- up the G minor triad (the G held two beats); bar 2: C, then B flat, A, G quickly "
             "down the scale to an F on the last beat; bar 3: it lands on G and holds it (about 30.6-32.3 s) -- the "
             "home note, G minor (the tune's opening phrase again). Right: the landing on G called home (G minor) "
             "with the notes of bars 1-2 mostly right (one note off, the octave not graded); G as home with the notes "
             "vague or missing, or the notes right with the landing unsaid, is partly",
             "a last note of D, B flat, F or C; G major (B natural); 'it doesn't resolve'; chords or strumming given "
             "as the lead's part; the lead said to be silent"),
    # MusicDelta Beatles 15.25-24.0, bars 8-11 (MDB beats: 4/4 at about 111, downbeats 15.27, 17.45, 19.64, 21.84, the
    # next 24.01). The vocal stem sums the male singer (STEM_07) and the female singer (STEM_08); their verified f0
    # files: the male voiced 15.35-18.41 (his line through bar 1 into bar 2), then silent to the end of the song; the
    # female voiced from 18.04 (bar 2) to 21.22 and again 22.05-28.68. So one voice at a time, handing the line over in
    # bar 2 with about 0.4 s of overlap (18.04-18.41); no harmony or doubling. Drums, bass and guitars play on (kick on
    # one, the and of two and three; snare two and the and of three; tambourine two and four; floor tom on the and of
    # four). Overlaps z02 (11-19.5, whether the vocal is doubled: its key names the hand-off as an aside), p04
    # (10.93-19.64, the kick and tambourine), s10 (19.5-28.5, the snare) and m10 (24-32.7, who's singing there: the
    # female voice); which bar the lead changes hands in never asked
    Question("g03", "real:musicdelta_beatles", ["vocals", "guitar", "bass", "drums"], 15.25, 24.0,
             "same singer all the way through here, or does someone else take the lead? if it switches, which bar?",
             "it switches: the male singer has the line in the first bar and into the second; the female singer "
             "takes over in the second bar, at about 18.0-18.4 s (the two overlap for a moment at the hand-off), "
             "and sings the rest of the window; one voice at a time, not a harmony or a double (4/4 at about 111, "
             "bars about 2.2 s). Right: a change of singer in bar 2 or at 17.5-18.9 s (male to female, or 'a second "
             "singer' with the voices unnamed); the change found but placed in another bar or more than half a "
             "second off, or the two voices named with no time, is partly",
             "one singer throughout; two voices in harmony or a doubled vocal throughout; the switch placed in bar 3 "
             "or 4; female then male"),
    # vocadito 1 (an unaccompanied singer, a Tagalog children's song), 0.0-12.45, the first stanza (lyrics: 'ako ay may
    # lobo / lumipad sa langit / di ko na nakita / pumutok na pala'). Annotator A1's notes (A2 the same within about 0.1
    # s): line 1 0.66-3.11 (D 3 143.7 Hz, E flat 3 158.4, F 3 174.8 held 1.32-2.17, D 3 143.3, B flat 2 114.7 at
    # 2.77-3.11), line 2 3.83-6.11 (C, E flat, E flat, F 3 171.0 at 4.45-4.66, E flat, D, B 2/C 126.8), line 3 6.90-9.25
    # (B/C 126.8, D, E flat, D, E flat, B/C 128.0), line 4 9.94-12.07 (C, D, E flat, D 145.3 held 10.90-11.59, C 130.2,
    # B flat 2 113.8 at 11.85-12.07); the gaps between lines 0.72, 0.79 and 0.69 s, none inside a line over 0.25 s. The
    # top note F 3 (174.6 Hz; A2 176.4 at its loudest), first at 1.32-2.17; the lowest B flat 2 (116.5 Hz; sung about
    # 0.4 semitone flat, 113.8-114.7) at the end of lines 1 and 4: a range of a fifth, B flat up to F. Overlaps k09
    # (0-12.5, the key: B flat major); h10 asked the second stanza's lines and top note (15.8-27.95); the first stanza's
    # range never asked
    Question("g04", "real:vocadito_1_solo_voice", ["vocals"], 0.0, 12.45,
             "what's her range in this first verse -- lowest and highest note? and how many lines is it? checking it "
             "fits my singer",
             "a small range, a fifth: from B flat at the bottom (the ends of the first and last lines, about 2.8 and "
             "11.9 s) up to F at the top (held at about 1.3-2.2 s, touched again at about 4.5 s); four lines, "
             "starting at about 0.7, 3.8, 6.9 and 9.9 s with a breath of about 0.7 s between them. Right: B flat to F "
             "(the octave not graded, A sharp spelling the same, a note that she sings a little flat is fine) and four "
             "lines; the range right with the lines miscounted, or one end of the range a step off with four lines, "
             "is partly",
             "a range of an octave or more; a top note of G or A flat, or a low note of A or C stated flatly; two, "
             "three or six lines; an accompaniment said to play"),
    # ft_ballad_csm76 degraded copy, the outro, bars 22-24, 66.30-75.75 (4/4 at 76, bar 3.158 s; the song ends 75.79).
    # The score: no drums from the break's last hit (a kick at 53.29) to the end -- the bridge (53.68) and the outro
    # have no kit at all; in the outro the bass holds a whole note on each root (C sharp 66.32, A 69.47, E 72.63) and
    # the piano a held three-note chord a bar (C sharp minor: E, G sharp, C sharp; A: E, A, C sharp; E: E, G sharp, B),
    # quiet (velocity about 36-48); no voice (the singer's last long note ends at about 66.2). So the song ends on E
    # major, the relative major (III of C sharp minor), not on C sharp minor, the key's home chord (the intro, verse and
    # chorus are in C sharp minor). The degraded copy mixes every other stem into each stem (spill), with room and
    # noise: the drum stem here carries only the bass's and piano's bleed. On this copy p08 (53.68-66.31, the bridge's
    # chords) ends just before; on the clean render v01 (66.3-75.8, 'what's the outro like': who plays, the chords); the
    # drum track's bleed and whether the song ends home never asked
    Question("g05", "ft_ballad_csm76@degraded", ["drums", "bass", "piano"], 66.3, 75.75,
             "there's still stuff on the drum track in this outro -- is he actually playing, or is that bleed? and "
             "does it end back on the home chord?",
             "bleed: the drums are out for the whole outro (they stopped at the end of the drum break, about 53.3 s); "
             "what's on the drum track is the bass and piano leaking in, with the room and noise. And no, it doesn't "
             "go home: the bass and piano hold C sharp minor, A, then E a bar each (4/4 at about 76, about 3.2 s a "
             "bar), quietly, and it ends on E major, the relative major, not on C sharp minor, the song's home chord. "
             "Right: no drums (bleed) and the ending on E, not home; one half right, or 'ends on E' with home "
             "called E, is partly",
             "the drummer said to play in the outro (any hit stated as fact); the ending given as C sharp minor, A or "
             "B; 'it resolves home'"),
    # ft_ballad_eb54 degraded copy, bars 4-7, 7.48-17.48 (5/4 at 120, beat 0.5 s, bar 2.5 s; E flat minor). The verse's
    # first four bars: E flat minor (7.5; piano G flat, B flat, E flat), A flat minor (10.0; A flat, B, E flat), B major
    # (12.5; G flat, B, E flat = C flat major, VI), B flat minor (15.0; F, B flat, D flat: the minor v, D flat not D) --
    # one chord a bar, held: the bass a whole bar on each root (E flat, A flat, B, B flat), the piano a held chord. The
    # kit's half-time pattern in five: kick on one, snare on three, ride on every beat (five a bar, a crash at 7.5). The
    # singer (not selected) eighths in bars 4-5, quarters in 6, rests in 7. On this copy o02 (0-12.48, the intro's bars)
    # overlaps the first two bars; s12 (22.5-37.5) asked the meter of the chorus; on the clean render q12 (7.5-17.5, the
    # time signature), x03 (the groove), s03 and s04 (7.5-22.5) and y03 (12.5-22.5, the key and chords of bars 6-9); the
    # chords of this stretch never asked of the degraded copy
    Question("g06", "ft_ballad_eb54@degraded", ["bass", "piano"], 7.48, 17.48,
             "give me the chords bar by bar through here -- and how many beats is a bar? the phrasing feels lopsided",
             "E flat minor, A flat minor, B major (C flat), B flat minor -- one chord a bar, held (i, iv, VI, v in E "
             "flat minor); the bars are five beats long, 5/4 at about 120 (2.5 s a bar), which is what feels "
             "lopsided. Sharps spelling (D sharp minor, G sharp minor, A sharp minor) is the same. Right: the four in "
             "order and five beats; the four with the meter wrong or unsaid, or three of the four with five beats, is "
             "partly",
             "B flat major (D natural) for the last bar; G flat major or E flat major; a chord every beat; 4/4 or "
             "3/4 stated flatly with two or more chords wrong"),
    # ft_drive_ab152 degraded copy, bars 29-36, 44.19-56.82 (4/4 at 152, bar 1.579 s). Bars 29-32 (44.21-50.53), the
    # hook's second half: F minor, D flat, A flat, E flat; the loud backbeat (kick one and three, snare two and four,
    # closed hats on the eighths, velocity about 90-114), the bass riff (root, octave, fifth, root, sixth on the
    # eighths), the guitar strumming eighths, the singer's short calls on the last beat of bars 30 and 32. At 50.53 (bar
    # 33, the stop, halfway through the window) the drums and the bass stop -- nothing from either in the score to 56.84
    # (the second verse, after the window); the guitar holds an F minor chord (F, A flat, C) struck once a bar, the
    # singer a long C (C 5) each bar, quiet (velocity about 57-73). F minor is vi of A flat major, the song's key (the
    # verse after the stop starts on A flat): a held chord, not a key change. The degraded copy mixes every other stem
    # into each stem, so the drum and bass stems carry the guitar's and the singer's bleed in the stop. On this copy p05
    # (28.42-37.87) ended before the hook, h05 and t09 (from 56.82) start after; on the clean render q05 (44.2-56.8,
    # 'what happens here': the stop), w02 (50.5-56.9, the stop), y05 (41.05-47.37), t02 (50.5-63.2); the bars before the
    # stop and its chord never asked of the degraded copy
    Question("g07", "ft_drive_ab152@degraded", ["drums", "bass", "guitar", "vocals"], 44.19, 56.82,
             "how many bars of this hook before the drums and bass drop out? and what's holding it up while "
             "they're gone -- what chord?",
             "four bars of the hook (4/4 at about 152, about 1.6 s a bar), then at about 50.5 s the drums and the "
             "bass stop together and stay out to the end of the window (four bars; they come back just after, at "
             "about 56.8 s); in the gap only the guitar, holding an F minor chord struck once a bar, and the singer "
             "holding a long C each bar, much quieter -- F minor is the vi chord of the song's A flat major, not a "
             "key change. Right: four bars, the drop within half a second (50.0-51.0 s) and F minor; the count and "
             "time right with the chord missed or wrong, or F minor with the count off by one, is partly",
             "the drums or bass said to play in the gap (bleed taken for playing); a count other than three to five "
             "bars; the drop placed before 50.0 s or after 51.0 s; A flat, D flat or F major as the gap's chord"),
    # ft_ballad_csm76, bars 16-19, 47.35-59.98 (4/4 at 76, beat 0.789 s, bar 3.158 s). Bars 16-17 (47.37-53.68), the
    # break: the drums alone, loud (velocity about 97-114) -- a crash and the kick on one, high tom on the and of one
    # and on two, low tom on the and of two (and on three in bar 16), snare on the and of three and on four, kick on the
    # and of four; no bass, piano or voice. At 53.68 (bar 18, the bridge) the piano comes back with broken chords, one
    # note an eighth (A: E, A, C sharp, E, A ... ; B from 56.84: F sharp, B, D sharp ...), the singer with one long note
    # a bar (E 5 at 53.70, F sharp 5 at 56.86), quiet (velocity about 49-62); the drums stop (their last hit the kick at
    # 53.29) and nothing of the kit or the bass to the end of the window. Overlaps q03 (47.37-53.68, the bass in the
    # break: silent) and t04 (53.68-66.3, the piano under the voice) on this render; on the degraded copy z05
    # (44.2-50.5, fills) and k10 (50.5-60, where the arrangement changes); no window of the clean render crossed 53.68;
    # the break's length in bars never asked
    Question("g08", "ft_ballad_csm76", ["drums", "bass", "piano", "vocals"], 47.35, 59.98,
             "drums on their own here -- how many bars before the keys come back? and does the drummer keep going "
             "after that?",
             "two bars of drums alone (4/4 at about 76, about 3.2 s a bar: a loud break around the toms -- kick and "
             "crash on one, high then low toms, snare late in the bar); at about 53.7 s the piano comes back with "
             "broken chords (A, then B) and the singer with long held notes, and the drums stop there -- no drums "
             "(and no bass) after it, a quiet bridge. Right: two bars, the keys' entry within half a second "
             "(53.2-54.2 s) and the drums out after; two of the three is partly",
             "the drums said to play on under the piano; the bass said to come in; a count of one or three or more "
             "bars; the entry placed before 53.2 s or after 54.2 s"),
    # ft_swing_g1208, bars 1-4, 0.0-15.22 (12/8 at 63 dotted quarters, beat 0.952 s, triplet eighth 0.317 s, bar 3.81 s;
    # G, C, G, D). The band on the triplets: the ride on each beat and its last triplet, kick one and three, side-stick
    # two and four; the guitar's short chords on each beat's last triplet; the bass walks a note a beat. The singer
    # (synth voice lead): bar 1 (0.0-3.81, G) eight notes, two to each beat, 0.476 s apart -- B 4, C sharp 5, B 4, B
    # flat 4, B 4, B flat 4, B 4, C sharp 5 (rocking around B); bar 2 (3.81-7.62, C) eight notes two to a beat -- C 5, B
    # 4, C 5, D 5, E 5, F sharp 5, E 5, F sharp 5 (up from C to F sharp, then rocking E-F sharp); bar 3 (7.62-11.43, G)
    # four long notes, a beat each -- G 5, A 5, G 5, F sharp 5; bar 4 (11.43-15.24, D) rests. The two notes a beat split
    # the dotted quarter in half (duplets), nothing on the triplets: she sings straight against the band's triplet
    # shuffle. Overlaps q11 (0-15.24, the progression), q09, r06 and r07 (7.62-22.86, the feel and meter, the bass, the
    # snare); on the degraded copy o04 (15.2-26.65); the singer in a named bar of this song never asked
    Question("g09", "ft_swing_g1208", ["vocals", "guitar", "bass", "drums"], 0.0, 15.22,
             "what's the vocal doing in bar 2? want to double it on a horn -- and is she swinging it or singing it "
             "straight?",
             "a line of eight even notes over the C chord, two to each beat: C, B, C, D, E, F sharp, E, F sharp -- up "
             "from C to F sharp and rocking between E and F sharp at the top (bar 1 rocks around B, bar 3 slows to "
             "four long notes, G, A, G, F sharp, bar 4 rests). And straight: her two notes split each beat evenly "
             "(duplets), against the band's triplet shuffle (12/8 at about 63), so she floats across the swing "
             "rather than riding it. Right: the climb from about C to about F sharp in even notes, two a beat, and "
             "straight against the triplets (pitches within a step, the octave not graded); one half right is partly",
             "held or long notes in bar 2; bar 1's or bar 3's notes given for bar 2; a falling line; 'swung' or "
             "'on the triplets' for the voice"),
    # ft_drive_ab152, the hook, bars 25-32, 37.87-50.51 (4/4 at 152, beat 0.395 s, eighth 0.197 s, bar 1.579 s; F minor,
    # D flat, A flat, E flat twice). The kit, every bar: kick on one and three, snare on two and four (0.79 s apart),
    # closed hats on every eighth, loud (velocity about 81-114), a crash on the hook's first downbeat (37.89); the score
    # has one tempo, 152, to the millisecond. The bass riff on the eighths (root, octave on the and of one, fifth on the
    # and of two, root on three, the sixth on four), the guitar strumming eighths. Half time would put the snare on
    # three of each 152 bar (as in the ballads' verses); here it falls on two and four: a plain backbeat at 152, which
    # can also be counted as cut time, two beats of 76 to the bar with the snare on each. Overlaps k04 (37.87-44.2, the
    # bass and the guitar), y05 (41.05-47.37, who carries the hook), q05 (44.2-56.8) and r05 (33.16-44.21); j08's key
    # gave the intro's tempo; the tempo and whether it reads half-time never asked of the hook
    Question("g10", "ft_drive_ab152", ["drums", "bass", "guitar"], 37.87, 50.51,
             "what BPM do I set for this hook -- is it really up around 150 or is it a half-time 76? where's the "
             "snare sitting?",
             "about 152 in 4/4 (a bar about 1.6 s), not half time: the snare is on two and four (a backbeat every 0.79 "
             "s), the kick on one and three, closed hats on every eighth, driving straight through -- half time would "
             "put the snare on three. Counting it as cut time (two beats of 76 a bar, the snare on each) is the same "
             "grid. Right: 146-158 (or 73-79 said to be half notes / cut time) with the snare on two and four; the "
             "tempo right with the snare unsaid or misplaced, or the snare right with 76 given as a half-time tempo, "
             "is partly",
             "76 given as the tempo with a half-time feel (snare on three); a tempo outside 146-158 other than 73-79 "
             "as half notes; 3/4 or 6/8; a swung feel"),
]
# Round 18: not yet answered or graded
# Round 18, read once at the session's end (packets at ac7574d, the code of ffcb8bb, in a clean worktree; the
# questions committed at ac7574d before any packet). Graded by hand against the keys above; the answers
# (eval/client_answers/round18.json) are a helper model's that read only the ten packets. No change after it
GRADES_18 = {"g01": "right", "g02": "partly", "g03": "wrong", "g04": "partly", "g05": "right", "g06": "right",
             "g07": "right", "g08": "right", "g09": "wrong", "g10": "right"}
GRADES_18_WHY = {
    "g01": "G major: right",
    "g02": "lands home on G minor: right; the lead's notes not given (the stem holds the lead and the rhythm guitar, "
           "read as chords): partly",
    "g03": "one vocal stem, no change of singer found; a change guessed at bar 10 (about 21.8 s): wrong (the hand-off "
           "is at about 18.2 s)",
    "g04": "four lines at the right times: right; the range A to F (the low B flat read a half step flat, the singer's "
           "tuning): partly",
    "g05": "the drummer not playing, nothing on the drum track registers; it ends on E, not the home C sharp minor: right",
    "g06": "E flat minor, A flat minor, B, B flat minor, five beats a bar: right",
    "g07": "four bars, the drums out at about 50.7 s (the bass said 1.2 s later), F minor in the gap: right",
    "g08": "two bars of drums alone, the piano back at about 53.6 s, the drums stopping there: right",
    "g09": "F sharp, E, F sharp, G for the bar (her eighths doubled, the bar misplaced) and 'not straight' (the band's "
           "shuffle taken for her feel): wrong",
    "g10": "152 in 4/4, the snare on two and four: right",
}
# the baseline text names the song's key: G major for g01 (right); G minor for g02 (home, no notes: partly)
BASELINE_GRADES_18 = {q: "wrong" for q in GRADES_18} | {"g01": "right", "g02": "partly"}


# Round 19: written from the scores (eval.frame_test_songs.write_band, every note per stem bar by bar) and the human
# annotations of ../shared/real (MDB Drums beats and drum classes, MedleyDB's verified stem f0, GuitarSet's jams,
# vocadito's two annotators) before any packet of it was made; no server output read
QUESTIONS_19 = [
    # GuitarSet 00_BN1-129-Eb_comp, bars 1-8, 0.0-14.88 (a click at 129, 4/4, bar 1.86 s; the jams' lead-sheet chords Eb
    # 0-7.44, Ab 7.44-11.16, Eb 11.16-14.88; its performed-chord annotation D#:sus2(7), G#:maj6(*5), D#:maj7). The notes
    # per string (note_midi, all strings merged): bars 1-4 the strums Eb 3 D 4 F 4, D 4 G 4, Eb 3 D 4 G 4, Bb 3 F 4 C 5
    # (3.73), Bb 3 F 4 Bb 4, Eb 3 D 4 G 4 Bb 4 (5.35) over Eb 3 and Bb 3 bass notes: E flat, G, B flat, D (the major
    # seventh), F (the ninth), a C (the sixth) once; bar 5 Ab 2 C 4 F 4 three times (A flat, C, F: an A flat 6, the F on
    # top, no E flat); bar 6 Bb 3 Eb 4 G 4 C 5 (9.57), Ab 3 C 5, Eb 4, and A 3 three times for a tenth of a second
    # (9.69, 10.72, 10.84: a chromatic passing note); bars 7-8 Eb 3 G 4 C 5 on the change (11.16), Eb 3 Bb 3 Eb 4 G 4,
    # Bb 3 D 4, Eb 3 D 4 G 4 Bb 4, D 4 G 4 (E flat major 7). No D flat or G flat anywhere: no dominant sevenths.
    # Overlaps u04 (0-7.4, the chord), j01 (0-7.42, strum or pick, straight or swung), n09 (3.7-14.86, the key), q18
    # (7.44-18.6, the chords) and h09 (the whole take); the voicings' colours never asked
    Question("f01", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 0.0, 14.88,
             "are these straight triads or is he voicing them jazzier? what extensions is he using on each chord -- "
             "want the keys to match his voicings",
             "jazzier, bossa-style colour voicings, no plain triads (129 to the minute, bars about 1.9 s): bars 1-4 "
             "(0-7.4 s) E flat major 7 with the 9th -- E flat in the bass, D (the major 7th) and F (the 9th) high in "
             "the chord, G and B flat, a C (the 6th) once; bars 5-6 (7.4-11.2 s) A flat 6 -- A flat, C and F with the "
             "F on top -- coloured with G and B flat (major 7th and 9th) in the second bar and a passing A natural; "
             "bars 7-8 (11.2-14.9 s) E flat major 7 again (E flat, B flat, D, G; an E flat 6 on the change). No "
             "dominant sevenths, nothing minor. Right: E flat major 7 (or maj9, 6/9) for the E flat bars and A flat 6 "
             "(or maj7, maj9, 6/9) for the A flat bars, placed within a bar; one of the two right with the other a "
             "plain triad or missing, or 'major 7ths and 6ths' said without saying which chord carries which, is "
             "partly",
             "plain major triads; a dominant seventh (E flat 7 with D flat, A flat 7 with G flat); a minor chord; "
             "roots other than E flat and A flat; a chord every beat"),
    # MusicDelta Punk, bars 1-8, 0.0-12.83 (MDB beats: 4/4 at 150, bar 1.6 s; downbeats 0.01, 1.62, 3.21, 4.82, 6.40,
    # 8.02, 9.62, 11.24, the next 12.85). MDB Drums sub-classes by bar: bars 1-2 (0.01-3.21) a crash (CRC) on every
    # eighth, the snare on one, the and of two and four, the kick on the and of one, two, three, the and of three (and
    # the and of four in bar 1); bars 3-5 (3.21-8.02) the open hi-hat (OHH) on the quarter notes, a crash only on bar
    # 3's downbeat (3.27), kick one, the and of one and three, snare two and four; in bar 4 the hat stops after beat two
    # and a tom fill runs down the kit in sixteenths on beats three and four: high tom 5.63, 5.72, mid tom 5.81, 5.90,
    # floor tom 6.00, 6.08, 6.18, 6.26; bar 6 (8.02-9.62) crash eighths again with the snare on one, the and of two and
    # four; bar 7 (9.62-11.24) open hat quarters, backbeat; bar 8 (11.24-12.85) crash eighths, ending on a kick and
    # snare together on four (12.44); the closed hat (CHH) only from bar 9 (12.85), after the window. Overlaps u06
    # (0-8), k05 and o03 (3.2-9.6: bar 4's drummer, the vocal's bleed), y06 (8-16) and p07 (9.62-22.43); which bars ride
    # the crash and which the hat never asked
    Question("f02", "real:musicdelta_punk", ["drums"], 0.0, 12.83,
             "walk me through the drums bar by bar -- which bars is he bashing the crash and which is he on the hats? "
             "and where's the fill?",
             "it alternates (4/4 at about 150, about 1.6 s a bar): bars 1-2 (0-3.2 s) the crash on every eighth with "
             "the snare on one, the and of two and four; bars 3-5 (3.2-8.0 s) the open hi-hat on the quarter notes "
             "over a plain backbeat (snare two and four), a crash only on bar 3's downbeat, and in bar 4 a tom fill "
             "down the kit in sixteenths on beats three and four (about 5.6-6.3 s); bar 6 (8.0-9.6 s) crash eighths "
             "again; bar 7 (9.6-11.2 s) hats; bar 8 (11.2-12.8 s) crash again. Right: crash bars 1-2, 6 and 8 and hat "
             "bars 3-5 and 7 (one bar off at most, times within 0.4 s) and the fill in bar 4; the alternation with "
             "two or more bars misplaced, or the bars right with the fill missed or misplaced, is partly",
             "crash throughout or hats throughout; closed hats; a ride; no fill, or the fill placed in bar 6 or 8; "
             "the hats on the eighths in bars 3-5"),
    # vocadito 1, 18.9-33.15 (an unaccompanied singer; track 33.21 s). Annotator A1's lines (A2 the same within 0.05 s):
    # 'sa pagkain sana' 18.92-21.36, 'nabusog pa ako' 21.88-24.38, then the two repeated: 'sa pagkain sana' 25.06-27.83,
    # 'nabusog pa ako' 28.52-31.59 (its last note, B flat 2, 30.73-31.59, the longest note of the stretch). The same
    # words take 2.44 then 2.77 s (+13 %) and 2.50 then 3.07 s (+23 %); line starts 18.92, 21.88, 25.06, 28.52, 2.96,
    # 3.18 and 3.46 s apart. Earlier in the song the lines start 0.66, 3.83, 6.90, 9.97, 12.90, 15.92, 18.92: 2.93-3.17
    # s apart, each line 2.1-2.5 s long: a steady pace, broadened only on the repeat. No tempo annotated; the lines'
    # times are the truth. Overlaps h10 (15.8-27.95, lines and top note), u05 (16-30, an accompaniment) and j03
    # (27.95-33.15, the last note); whether she slows into the end never asked
    Question("f03", "real:vocadito_1_solo_voice", ["vocals"], 18.9, 33.15,
             "she repeats the last two lines at the end -- is she keeping time through here or slowing down into the "
             "ending? need to know if a backing track can sit on a steady click",
             "she slows down on the repeat: the last two lines (from about 25.1 and 28.5 s) are sung broader than the "
             "same words just before -- about 2.8 s against 2.4 s, and 3.1 s against 2.5 s -- the gap from one line "
             "start to the next grows from about 3.0 s to 3.2 and 3.5 s, and the last note (a B flat, about 30.7-31.6 "
             "s) is held longest: a ritardando into the end; before the repeat she keeps an even pace (a line every "
             "3.0 s or so). So a steady click won't fit the end: the backing needs to follow her. Right: steady, "
             "then slowing on the repeat / the last two lines; 'she slows down at the end' with no place given, or "
             "'only the last note is held longer', is partly",
             "steady time throughout; speeding up; the slowing placed in the first two lines of the window"),
    # MusicDelta Beatles, bars 11-17, 21.84-35.9 (MDB beats: 4/4 at about 111, beat 0.545 s; downbeats 21.84, 24.01,
    # 26.20, 28.39, 30.56, 32.72, 34.92; the track 36.37 s). The female singer only (STEM_08's verified f0; the male's
    # STEM_07 has no voiced frame after 18.41): D 4 22.3-23.9, a slide up through E to F sharp 4 (24.1-24.7), D 4, a
    # turn D-F sharp-G 4 (26.2-26.7), F sharp 4 held 26.7-28.7; then a quick run up G-A flat-A 4, the A at 440 Hz
    # 29.38-29.68 (the highest frame in the window, 441.7 Hz at 29.63; bar 14, beat three), back G, F sharp, down D 4,
    # C, B 3 (30.0-30.4), A 3 held 30.6-31.25 on bar 15's downbeat, a turn B-A, and G 3 held 31.6-32.85; the last phrase
    # A 3 (34.3-34.6) settling on G 3 held 34.7-35.48, the last voiced frame. So the peak is the A, an octave and a step
    # above the final G, and the line ends on G, twice. Overlaps m10 (24-32.7, who sings, fills), o06 (30.55-36.35, the
    # band's last hit), s10 (19.5-28.5) and g03 (15.25-24, the hand-off); her peak and last note never asked
    Question("f04", "real:musicdelta_beatles", ["vocals", "guitar", "bass", "drums"], 21.84, 35.9,
             "where does her line peak in this last stretch, and what note does she finish on? want the strings to "
             "swell to her top note and end with her",
             "the peak is an A (A 4), reached in a quick run up at about 29.4-29.7 s (beat three of the fourth bar of "
             "the window, 4/4 at about 111), after a long F sharp held at about 26.7-28.7 s; from the A she comes "
             "down the scale to an A an octave lower on the next downbeat (about 30.6 s) and settles on G (G 3, held "
             "about 31.6-32.9 s); her last phrase (about 34.0-35.5 s) again goes A to G and holds the G: she finishes "
             "on G. Right: a peak of A within half a second (29.0-30.1 s; the octave not graded) and a last note of "
             "G; the peak given as the held F sharp or a G with the last note G, or the peak right with the last note "
             "wrong or missing, is partly",
             "a last note of A, D, B or F sharp; a peak above B or below F sharp; the male singer said to sing here; "
             "no vocal"),
    # MusicDelta Rock, the official mix, 1.5-13.0 (MDB beats: 4/4 at about 109, beat about 0.545 s; downbeats 2.16,
    # 4.36, 6.54, 8.72, 10.91; the fourth beats 1.63, 3.81, 6.00, 8.19, 10.36; the mix 13.09 s). The singer's verified
    # f0 (STEM_05), gaps of voicing over 0.25 s: voiced 0.02-1.41 (before the window), 1.80-3.56, 3.94-8.02 (one line
    # across bars 3-4, no break over 0.07 s at 6.54), 8.31-10.04, 10.47-12.75. Each line starts 0.11-0.17 s after beat
    # four of the bar before and 0.36-0.44 s before the bar line (1.80/2.16, 3.94/4.36, 8.31/8.72, 10.47/10.91) -- a
    # pickup into the bar, a little under a beat early (the consonants before the voicing put it nearer four) -- and
    # ends around beat three to four (3.56, 8.02, 10.04). Overlaps r12 (2-10, tempo and meter), u07 (0-8), o05 (0-6.52,
    # the hats), p10 (2.16-10.91, who carries the tune) and z10 (6.5-13); where his lines start against the bar never
    # asked
    Question("f05", "mix:musicdelta_rock", ["mix"], 1.5, 13.0,
             "on this bounce, does the singer start his lines on the one, or is he picking up before the bar? lining "
             "up vocal chops to the grid",
             "before the bar: each line starts as a pickup on (or just after) beat four of the bar before -- at about "
             "1.8, 3.9, 8.3 and 10.5 s, some 0.35-0.45 s ahead of the downbeats at about 2.2, 4.4, 8.7 and 10.9 s "
             "(4/4 at about 109, a beat about 0.55 s) -- and the lines end around beat three or four, with a short "
             "breath before the next pickup (the line from 3.9 s runs on across two bars). Right: pickups before the "
             "downbeat, around beat four, with at least two line starts within 0.3 s; 'ahead of the one' with no "
             "times, or one start placed, is partly",
             "'on the one' / on the downbeat; starting after the downbeat or laid back behind it; no vocal heard; "
             "times given as the instruments'"),
    # ft_swing_g1208 degraded copy, bars 12-15, 41.90-57.14, the solo's bars 4-7 (12/8 at 63 dotted quarters, beat 0.952
    # s, bar 3.81 s; G major). Chords (the score's): E minor 41.905, A minor 45.714, D 49.524, G 53.333. The guitar
    # (jazz guitar) arpeggiates each chord on the triplets: E 3 G 3 B 3 E 4 G 4 ...; E 3 A 3 C 4 E 4 A 4 ...; F sharp 3
    # A 3 D 4 ...; G 3 B 3 D 4 .... The walking bass, a note a beat (0.86 s each): E minor bar E 2, G sharp 2 (A flat),
    # B 2, B flat 2; A minor bar A 2, C sharp 3, E 3, D flat 2; D bar D 2, F sharp 2, A 2, A flat 2; G bar G 2, B 2, D
    # 3, F 2. The frozen writer's 'key' walk puts a major third above every root (its docstring: 'a major third over a
    # minor chord ... which no bassist plays'): over E minor and A minor the bass's G sharp and C sharp hold a whole
    # beat against the guitar's G and C -- a minor-second / minor-ninth rub; over D and G the third is the chord's (F
    # sharp, B). Beat four is a chromatic approach to the next root (B flat to A, D flat to D, A flat to G, F to E):
    # ordinary walking. Degraded copy: every stem carries the others at -24 dB, noise 30 dB down, a 0.96 s room.
    # Overlaps z08 (30.47-41.9, who leads) and n08 (57.1-68.55) on this copy; o10, s05, v08 (30.5-45.7), k08
    # (45.7-57.14, the changes) and v03 (45.7-61) on the clean render; the bass against the minor chords never asked
    Question("f06", "ft_swing_g1208@degraded", ["bass", "guitar"], 41.9, 57.14,
             "something sounds sour between the bass and the guitar in this solo -- is the bass clashing with the "
             "chords? which bars, which notes?",
             "yes, in the first two bars, on the minor chords: over E minor (about 41.9-45.7 s) the walking bass's "
             "second note is G sharp and over A minor (about 45.7-49.5 s) C sharp -- a major third against the "
             "guitar's G and C, held a whole beat, a half-step rub; over D (49.5-53.3 s) and G (53.3-57.1 s) it walks "
             "root, third, fifth inside the chord and is fine. The chromatic note on each fourth beat (B flat into A, "
             "D flat into D, A flat into G, F into E) is an ordinary walking approach, not the problem (12/8 at about "
             "63, a note a beat, bars about 3.8 s). Right: the clash placed on the E minor and A minor bars with G "
             "sharp and C sharp (or 'a major third over the minor chords') named; one of the two bars, or 'over the "
             "minor chords' with the notes wrong or missing, or the bars right with the approach notes blamed, is "
             "partly",
             "no clash; the clash placed in the D or G bars only; the approach notes alone blamed; the guitar's notes "
             "called wrong; chords other than E minor, A minor, D, G"),
    # ft_drive_e24 degraded copy, bars 9-20, 10.0-25.0, the first verse (2/4 at 96, beat 0.625 s, bar 1.25 s; E, B, C
    # sharp minor, A, a chord a bar). The singer's 'phrases', four bars to a line: two bars of eighths (four notes a
    # bar), a bar of two quarters, then a bar's rest: voice at 10.0-13.70 (the last quarter ends 13.125 + 0.575), rest
    # 13.75-15.0 (bar 12, on A); 15.0-18.70, rest 18.75-20.0 (bar 16, on A); 20.0-23.70, rest 23.75-25.0 (bar 20, on A).
    # Each line starts on a downbeat (10.0, 15.0, 20.0); the third line sits higher (up to D flat 6). Piano short chords
    # on the off-beats, bass pumping eighths, kick one, snare two, hats on the eighths, all through. Degraded copy:
    # every stem carries the others at -18 dB, noise 30 dB down, a 0.46 s room, so the vocal stem in the gaps holds only
    # the band's bleed and the tail of the last note. Overlaps j06 (12.5-22.48, the chords) on this copy; r09 (10-20),
    # k06 (12.5-20, the keys, who carries the tune) and t08 (20-30, on the beat) on the clean render; the gaps between
    # the lines never asked
    Question("f07", "ft_drive_e24@degraded", ["vocals", "piano", "bass", "drums"], 10.0, 25.0,
             "want to drop guitar fills in the gaps between her lines -- where are the holes, and how long is each?",
             "three holes, one at the end of every four-bar line: about 13.75-15.0 s, 18.75-20.0 s and 23.75-25.0 s, "
             "a full bar each (2/4 at about 96: two beats, about 1.25 s), all on the A chord. Each line sings three "
             "bars -- two of quick eighths, a third of two longer notes -- then rests a bar, and the next line starts "
             "on the downbeat (15.0, 20.0 s). What's on the vocal track in the holes is the band's bleed and the "
             "room, not her. Right: the three holes within 0.3 s, about a bar long; two of the three, or 'a bar's "
             "rest every four bars' with the times more than 0.3 s off, is partly",
             "no gaps; gaps after every bar or every two bars; gaps of a beat or less; the bleed in the gaps taken "
             "for singing; the holes placed on the E or B bars"),
    # ft_ballad_eb54 degraded copy, bars 18-21, 42.5-52.5, the bridge (5/4 at 120, bar 2.5 s; E flat minor). Chords: A
    # flat minor 42.5, B flat minor 45.0, E flat minor 47.5, D flat 50.0 (iv, v, i, VII). The singer ('long'): one note
    # a bar from 0.02 s after the bar line, held 2.38 s of the 2.5: E flat 5, F 5, B flat 5, A flat 5 -- each the fifth
    # of its chord. The piano under her: a broken chord on the eighths, five notes up and again (A flat 3 B 3 E flat 4 A
    # flat 4 B 4; F 3 B flat 3 D flat 4 F 4 B flat 4; G flat 3 B flat 3 E flat 4 G flat 4 B flat 4; F 3 A flat 3 D flat
    # 4 F 4 A flat 4) -- every sung note is a note of the piano's chord, above its top note. No drums or bass.
    # Degraded copy: spill -24 dB, noise 24 dB down, a 1.25 s room. Overlaps k02 (45-55, the last bar's chord) and n05
    # (35-44.98) on this copy; w04 and s02 (42.5-52.5, the piano) on the clean render; the singer's held notes never
    # asked
    Question("f08", "ft_ballad_eb54@degraded", ["vocals", "piano"], 42.5, 52.5,
             "she's holding long notes through this bridge -- what are they, bar by bar? want to double them with "
             "strings. do any of them rub against the piano?",
             "one long note a bar, each held nearly the whole bar (5/4 at about 120, 2.5 s a bar): E flat, F, B flat, "
             "A flat -- up a step, a leap up a fourth, down a step, a range of a fifth -- over A flat minor, B flat "
             "minor, E flat minor and D flat; each is the fifth of its chord, inside the piano's broken chord, so "
             "none of them rubs: a clean line to double. Sharps (D sharp, A sharp, G sharp) are the same notes. "
             "Right: the four notes in order (the octave not graded), one a bar, and no clash; three of the four, or "
             "the four with the rub question unanswered or answered 'yes', is partly",
             "a moving melody of short notes; the chords' roots (A flat, B flat, E flat, D flat) given as her notes; "
             "a clash claimed on a named note; a bar count other than four"),
    # ft_ballad_csm76, bars 19-21, 56.84-66.30, the bridge's last three bars (4/4 at 76, beat 0.789 s, eighth 0.395 s,
    # bar 3.158 s; C sharp minor). Chords B 56.842, C sharp minor 60.0 and 63.158 (the bridge: A 53.68, B, C sharp
    # minor, C sharp minor). The piano ('broken'): eight eighths a bar, the chord's three notes in close position from
    # the bottom, then the lowest two an octave up -- a five-note rising figure -- then the first three again,
    # restarting from the bottom on every bar line (5 + 3): B bar F sharp 3, B 3, D sharp 4, F sharp 4, B 4, F sharp 3,
    # B 3, D sharp 4; C sharp minor bars E 3, G sharp 3, C sharp 4, E 4, G sharp 4, E 3, G sharp 3, C sharp 4; each note
    # held 1.5 eighths (0.59 s), so they overlap a little; quiet (velocity about 49-57). No drums or bass; the singer
    # holds F sharp 5, then G sharp 5 twice. Overlaps t04 (53.68-66.3, the piano under the voice) and g08 (47.35-59.98)
    # on this render and p08 (53.68-66.31, the chords) on the degraded copy; the arpeggio's pattern never asked
    Question("f09", "ft_ballad_csm76", ["piano"], 56.84, 66.3,
             "programming an arp to match the keys in this bridge -- what's the pattern? note values, direction, "
             "and how many notes before it starts over?",
             "straight eighths, rising (4/4 at about 76, eight a bar): the chord's three notes from the bottom, then "
             "the lowest two an octave up -- five notes climbing -- then the first three again, and it starts over "
             "from the bottom on every bar line, a 5 + 3 grouping (on B: F sharp, B, D sharp, F sharp, B, F sharp, B, "
             "D sharp; on C sharp minor: E, G sharp, C sharp, E, G sharp, E, G sharp, C sharp); the chords B, C sharp "
             "minor, C sharp minor, a bar each, quiet. Right: eighths, rising, a five-note figure restarting at each "
             "bar (or '5 + 3'); eighths and rising with the cycle unsaid or wrong (an 8-note or 3-note cycle, up and "
             "down), is partly",
             "block or strummed chords; a falling or up-and-down arpeggio; sixteenths or triplets; the chords wrong"),
    # ft_swing_g1208 degraded copy, bars 1-4, 0.0-15.22 (12/8 at 63 dotted quarters, beat 0.952 s, triplet eighth 0.317
    # s, bar 3.81 s). The kit (brush kit) every bar, on the twelve triplet slots: kick on 1 and 7 (beats one and three),
    # side-stick (GM 37, not the snare) on 4 and 10 (beats two and four), ride on every beat (1, 4, 7, 10, velocity
    # about 59-67) and on each beat's last triplet (3, 6, 9, 12, softer, about 49-57); a crash with bar 1's downbeat
    # (0.0); no hi-hat at all. Degraded copy: the drum stem carries the band at -24 dB, noise 30 dB down, a 0.96 s room.
    # Overlaps o04 (15.2-26.65, the meter) on this copy; q11 and g09 (0-15.2) and q09, r06, r07 (7.62-22.86: the feel,
    # the bass, where the snare lands) on the clean render; the kit on a triplet grid never asked of this copy
    Question("f10", "ft_swing_g1208@degraded", ["drums"], 0.0, 15.22,
             "programming this kit on a triplet grid -- where do the kick, the snare and the ride go in a bar? and is "
             "there any hi-hat?",
             "12/8 (four beats of three triplets, about 63 beats a minute, a bar about 3.8 s), the same every bar: "
             "kick on beats one and three, a side-stick (cross-stick) on two and four, the ride on every beat and on "
             "the last triplet of each beat -- slots 1, 3, 4, 6, 7, 9, 10 and 12 of 12, the shuffle 'ding, da-ding' "
             "with the off-triplet softer; a crash on the first downbeat; no hi-hat. Right: kick one and three, the "
             "backbeat (side-stick or snare) on two and four, the ride on the beat and its last triplet; two of the "
             "three, or the ride given as every triplet / as swung eighths with the rest right, is partly",
             "a straight-eighth (4/4 sixteenth) grid; the snare on three; the ride on straight eighths; a hi-hat named "
             "as the timekeeper; 3/4 or 6/8 at a waltz tempo"),
]
# Round 19, read once (packets at 9f220d5, in a clean worktree with its own fresh client home: the code of the
# bar-one beats and a part's own feel; the questions committed at e200701 before any packet). Graded by hand against
# the keys above; the answers (eval/client_answers/round19.json) are a helper model's that read only the ten
# packets. f08 and f09 were mended after (4ebcfc5): dev for those rules
GRADES_19 = {"f01": "partly", "f02": "right", "f03": "wrong", "f04": "right", "f05": "wrong", "f06": "right",
             "f07": "partly", "f08": "right", "f09": "wrong", "f10": "partly"}
GRADES_19_WHY = {
    "f01": "E flat major 7 for the E flat bars: right; of the A flat 6 bars one read F minor (its notes less the E "
           "flat, said a plain minor triad), one A flat major 7: partly",
    "f02": "crash bars 1-2, 6 and 8, ringing hats 3-5 and 7, the fill in bar 4 from about 5.2 s (named a snare fill; "
           "toms in the score): right",
    "f03": "no tempo trend read in the window, so neither steady nor slowing said (she slows on the repeat): wrong",
    "f04": "the peak an A at about 28.4-30.5 s, the last note G: right (a stray range in the summary beside it)",
    "f05": "the vocal cannot be heard apart in the unseparated mix: no answer (pickups before the bar): wrong",
    "f06": "G sharp over E minor and C sharp over A minor named, major shapes over minor chords: right (the walking "
           "approach notes also called outside, true but not the sourness)",
    "f07": "the first hole 13.75-15.0 s right; the second placed 19.06-19.99 s (18.75-20.0) and said too short for "
           "more than a lick; the third to the window's end: partly",
    "f08": "E flat, F, B flat, A flat, a bar each, none rubbing (each the fifth of its chord): right, read from the "
           "bar notes; the summary spoke of the piano and of 'a busy line of short notes'",
    "f09": "straight eighths; the direction and the cycle not given (no order of notes in the result): wrong",
    "f10": "kick on one and three, the backbeat on two and four (in 12/8): right; the ride only with the backbeat, "
           "none on the last triplet, and the hi-hat left open: partly",
}
# the baseline text names the stems, the key and the frame: nothing any of these asks
BASELINE_GRADES_19 = {q: "wrong" for q in GRADES_19}

QUESTIONS_20 = [
    # GuitarSet 00_BN1-129-Eb_comp, bars 3-6, 3.72-11.16 (a click at 129, 4/4: beat 0.465 s, bar 1.86 s; downbeats 3.72,
    # 5.58, 7.44, 9.30, the next 11.16; the jams' chords E flat to 7.44, A flat after). The notes per string, grouped
    # by onset: bar 3 a chord on one (Bb 3 F 4 C 5, 3.73), D 4 on the and of one, E flat 3 on two, D 4 on its and, a
    # chord on three (4.66), D 4 on its and, and a chord on the and of four (Eb 3 D 4 G 4 Bb 4, 5.35) held over the bar
    # line; bar 4 nothing new on one, B flat 3 on the and of one, E flat 3 on two, D 4 F 4 on its and, B flat 3 near the
    # and of three, A flat 3 on the and of four (7.20); bar 5 a chord on one (Ab 2 C 4 F 4, 7.46), A flat 3 on its and,
    # A flat 2 on two, the chord on the and of two (8.16), A flat 3 near the and of three, A flat 2 on four, the chord
    # on the and of four (9.08); bar 6 nothing new on one, the chord on the and of one (Bb 3 Eb 4 G 4 C 5, 9.57), E flat
    # 4 on the ands of two, three and four, A flat 3 C 5 on three, A 3 on four. The ands fall 0.50-0.61 of a beat after
    # it: straight eighths. Overlaps j01 (0-7.42, strum or pick, straight or swung), u04 (0-7.4, the chord), f01
    # (0-14.88, the voicings), n09 (3.7-14.86, the key) and q18 (7.44-18.6, the chords); where his chords sit against
    # the beat never asked
    Question("e01", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 3.72, 11.16,
             "is the guitarist hitting his chords on the beat or pushing them on the off-beats here? want a shaker and "
             "a kick pattern that sit with his comp",
             "both, bossa-style, and syncopated (129 to the minute, straight eighths, a bar about 1.86 s): a steady "
             "eighth-note motion with low notes (E flat, then A flat) on the beats and higher notes and chord stabs "
             "on the 'and's in between, and about half his chords land off the beat, mostly on the 'and' of two or "
             "four. "
             "He pushes into the bar: the chords of the second and fourth bars arrive an eighth early, on the 'and' "
             "of four (about 5.35 and 9.08 s), so those downbeats get no new attack (the fourth bar's next chord "
             "comes on the 'and' of one, 9.57 s); the first and third bars start with a chord on the one (3.73, 7.46 "
             "s), and there are chords on three in the first and fourth bars. The 'and's sit about halfway between "
             "the beats: straight, not swung. So no kick on the downbeats of the second and fourth bars. Right: "
             "chords on the 'and's as well as the beats, with the pushes into the second and fourth bars named, or "
             "the low notes on the beats against the off-beat chords; 'syncopated' or 'off-beat' with nothing "
             "placed, or 'on the beat' with the pushes named, is partly",
             "strummed on every beat or four to the bar; every chord on the downbeat or on a beat; swung or triplet "
             "eighths; single notes only, no chords"),
    # MusicDelta Shadows, bars 3-8, 4.37-17.47 (MDB beats: 4/4 at about 111, beat 0.545 s; downbeats 4.37, 6.56, 8.75,
    # 10.93, 13.09, 15.28, the next 17.47). MDB Drums sub-classes: crash (CRC) with the kick on bar 5's downbeat (8.76),
    # bar 7's (13.10) and bar 8's (15.28) -- the third, fifth and sixth bars of the window -- and none in bars 3, 4
    # and 6 (the song's other crashes: bars 1, 13, 15, outside); the ride (RDC) on the eighths throughout, a few bell
    # hits (RDB 6.02, 7.39); snare two and four, kick one and the and of two. Overlaps p01 (4.37-13.09, the BPM), o01
    # (0-8.73, the key), z01 (0-8, swing) and r10 (8-16, the drummer's pattern); where his crashes fall never asked
    Question("e02", "real:musicdelta_shadows", ["drums", "bass", "guitar"], 4.37, 17.47,
             "where's the drummer hitting crashes in here? want to line up a reverse-cymbal swell into each one",
             "three crashes, each on a downbeat with the kick: the third bar (about 8.8 s), the fifth (about 13.1 s) "
             "and the sixth (about 15.3 s) of the window (4/4 at about 111, a bar about 2.2 s); none in the first, "
             "second or fourth bars and none off the downbeat. Between them he keeps time on the ride in eighths (a "
             "few bell hits), snare on two and four, kick on one and the 'and' of two. Right: the three crashes "
             "within 0.3 s (or their bars) and none claimed elsewhere; two of the three, or 'on a downbeat every "
             "couple of bars' with one misplaced or one extra, is partly",
             "a crash on every bar or every beat; crashes off the downbeat; no crashes; the ride's eighths taken for "
             "crashes; a hi-hat as the timekeeper"),
    # MusicDelta Country1, bars 8-12, 15.37-26.27 (MDB beats: 4/4 at about 109, beat 0.545 s; downbeats 15.37, 17.55,
    # 19.72, 21.92, 24.10, the next 26.27; beats two of bar 9 18.09, three 18.64). The singer's verified f0 (STEM_05),
    # voiced runs with gaps over 0.05 s: the last before the window ends 13.69 (bar 7); back at 18.43 -- a short low
    # scoop (A flat 2, 18.43-18.57) 0.34 s after beat two, then E 3 rising to G 3 from 18.62 (beat three) -- singing
    # to 21.79 (beat four of bar 10); the next line from 22.41 (beat two of bar 11, 22.45), across the bar line
    # through bar 12 (24.10-26.80). His first lines do the same: 0.97 (the and of two of bar 1) and 5.12 (beat two of
    # bar 3). Overlaps o09 (13.17-19.7, who takes the tune when he stops), j04 (11.0-19.7, bleed), u02 (12-20), m04
    # (15.35-24.1, the feel), g01 (19.7-28.41, the key) and r11 (20-28); where in the bar he re-enters never asked
    Question("e03", "real:musicdelta_country1", ["vocals", "guitar", "bass", "drums"], 15.37, 26.27,
             "he sits out for a bit here -- when exactly does he come back in, which bar and beat? and does he start "
             "his lines on the one? punching in a harmony",
             "he's silent for the first bar and a half and comes back in the second bar (4/4 at about 109, bars from "
             "15.4, 17.6, 19.7, 21.9 and 24.1 s): at about 18.4 s, on the 'and' of beat two, a short low scoop up into "
             "the line proper on beat three (about 18.6 s); that line runs to about 21.8 s (the end of the third "
             "bar). The next line starts at about 22.4 s, on beat two of the fourth bar, and carries over the bar "
             "line into the fifth. So no: he starts his lines after the one, on beat two or its 'and', leaving the "
             "downbeat to the band. Right: the re-entry at 18.1-18.7 s (the second bar, around beat two) and the "
             "lines said to start after the downbeat; the entry within 0.5 s with no beat given or called 'on the "
             "one', or the lines' placement right with the entry more than 0.5 s off, is partly",
             "singing from the window's start; the entry in the first bar or from the third bar on; lines starting "
             "on the one, or as pickups before the bar line; no vocal"),
    # vocadito 1, 12.85-31.65 (an unaccompanied singer, no beat annotated; track 33.21 s). Annotator A1's notes (A2
    # the same pitches within a quarter tone, onsets within 0.1 s), one line per lyric: 'sayang ang pera ko' 12.90
    # D C# Bb Bb C D; 'binili ng lobo' 15.92 D D Eb F G (a climb); 'sa pagkain sana' 18.92 G G G Eb F#-F (the F sharp
    # 0.26 s, falling to F held 0.66 s); 'nabusog pa ako' 21.88 C C# Eb D(0.69 s) B A (MIDI 47.3 and 45.5); 'sa
    # pagkain sana' 25.06 G G G Eb F#-F (the same); 'nabusog pa ako' 28.52 C C# Eb D(0.70 s) C Bb (47.6 and 45.7: the
    # same last two notes, a quarter tone higher). The same cadence ended 'pumutok na pala' at 9.97, before the window.
    # Overlaps f03 (18.9-33.15, whether she slows), h10 (15.8-27.95, the lines and top note), u05 (16-30) and j03
    # (27.95-33.15, the last note); which lines share a tune never asked
    Question("e04", "real:vocadito_1_solo_voice", ["vocals"], 12.85, 31.65,
             "does any of the singer's tune come back in this stretch, or is every line new? if it repeats, which "
             "lines -- want to reuse one harmony part",
             "two lines come back note for note, each sung twice: 'sa pagkain sana' at about 18.9 s and again at "
             "25.1 s -- three G's, down to E flat, a quick F sharp falling to a held F -- and 'nabusog pa ako' at "
             "about 21.9 s and again at 28.5 s -- C, C sharp, E flat, a long D, then down to the low B flat (the "
             "first time a shade flat, B and A: the same tune). The first two lines here are new: 'sayang ang pera "
             "ko' (about 12.9 s) dips from D to B flat and back up to D; 'binili ng lobo' (about 15.9 s) climbs D, "
             "E flat, F, G into the G that opens the repeated pair. So the last four lines are one two-line phrase "
             "sung twice: one harmony part covers about 18.9-24.4 and 25.1-31.6 s. Right: both repeated lines (or the "
             "two-line phrase sung twice) placed within 1 s and the first two lines called new; one line of the "
             "pair, or 'the last lines repeat' with no times, is partly (the octave not graded)",
             "every line new; every line the same tune; the first two lines called a repeat of each other or of the "
             "later ones; a repeat placed at 12.9 or 15.9 s"),
    # MusicDelta Country1, bars 1-4, 0.0-8.79 (MDB beats: 4/4 at about 109; downbeats 0.07, 2.26, 4.46, 6.61, the next
    # 8.79; in bar 4 beat three 7.71, beat four 8.26). MDB Drums sub-classes, every bar: kick (KD) and closed hi-hat
    # (CHH) together on one and three, side-stick (SST) on two and four -- six hits, nothing else, in bars 1-3; bar 4
    # the same plus two closed-hat hits at 8.14 and 8.68, 0.12 and 0.11 s before beat four and the next downbeat (0.78
    # and 0.79 of a beat: a sixteenth early). No crash, snare or tom in the window (the kit has none in the song).
    # Overlaps x06 (0-8, who's playing) and k03 (8.76-13.15, the hat against the kick); whether his bars repeat
    # never asked
    Question("e05", "real:musicdelta_country1", ["drums"], 0.0, 8.79,
             "can I just loop one bar of his drums across these first four bars, or does he change something? which "
             "bar?",
             "nearly: bars 1-3 are the same bar (4/4 at about 109, a bar about 2.2 s; downbeats about 0.1, 2.3, 4.5 "
             "and 6.6 s): kick and closed hi-hat together on one and three, a side-stick (rim click) on two and "
             "four, nothing else -- no fill, no crash. The fourth bar (6.6-8.8 s) plays the same but adds two "
             "closed-hat hits just ahead of beat four (about 8.14 s) and just ahead of the next downbeat (about 8.68 "
             "s), a sixteenth early: little pickups into bar 5. So loop the one bar for bars 1-3 and keep bar 4 as "
             "played (or add the two hats). Right: the repeated bar and the change at the end of bar 4 (extra hi-hat, "
             "within 0.3 s or 'the end of the fourth bar'); the pattern right and 'the same every bar' with the "
             "bar-4 pickups missed, or the change put in bar 4 but called a snare or kick fill, is partly",
             "a fill, crash or tom roll; the change placed in bars 1-3; hats on every eighth or the kick on every "
             "beat; 'every bar different'"),
    # ft_drive_ab152, bars 25-32, 37.89-50.52, the hook (4/4 at 152, beat 0.395 s, eighth 0.197 s, bar 1.579 s; A flat
    # major). Chords F minor 37.895, D flat 39.474, A flat 41.053, E flat 42.632, then again from 44.211. The singer
    # ('calls', synth voice): in every second bar two eighths on beat four and its and, each 0.18 s: D flat 5 F 5 at
    # 40.658, 40.855 (D flat bar); E flat 5 G 5 at 43.816, 44.013 (E flat); D flat 5 F 5 at 46.974, 47.171; E flat 5 G
    # 5 at 50.132, 50.329 -- the chord's root and third; nothing else in the window (the stop's long C 5 from 50.55,
    # after it). Kick one and three, snare two and four, hats every eighth, the guitar strumming eighths, the bass's
    # riff. Overlaps k04 (37.87-44.2, the bass and guitar), g10 (37.87-50.51, the BPM, the snare), y05 (41.05-47.37,
    # who carries the hook), q05 (44.2-56.8) and g07 (44.19-56.82) on the degraded copy; where the calls land never
    # asked
    Question("e06", "ft_drive_ab152", ["vocals", "guitar", "bass", "drums"], 37.89, 50.52,
             "the singer's only got these little shouts in the hook -- where exactly do they land in the bar? want a "
             "delay throw on each one",
             "on beat four of every other bar (4/4 at about 152, a bar about 1.58 s): four calls, in the hook's "
             "second, fourth, sixth and eighth bars, each two short notes on beat four and its 'and' (about 40.66, "
             "43.82, 46.97 and 50.13 s; the second note an eighth later), leading into the next downbeat -- D flat up "
             "to F over the D flat chord, E flat up to G over the E flat chord (each chord's root and third); nothing "
             "in the odd bars, nothing on a downbeat. Right: the last beat of the even bars, at least three calls "
             "within 0.25 s; every other bar with the beat wrong or missing, or beat four with 'every bar', is partly",
             "on the downbeat / the one; on every beat; a continuous sung line; calls in every bar; no vocal; the "
             "stop's long note counted as a call"),
    # ft_drive_ab152 degraded copy, bars 39-46, 60.0-72.63, the second verse's bars 3-10 (4/4 at 152, beat 0.395 s,
    # eighth 0.197 s, bar 1.579 s). Chords A flat 60.0, E flat 61.58, A flat 63.16, D flat 64.74, then again from
    # 66.32. The guitar ('skank', clean guitar): three-note chords an octave up (Ab 4 C 5 Eb 5; G 4 Bb 4 Eb 5; F 4 Ab 4
    # Db 5), 0.10 s long, on pulses 1, 3, 5, 7 of 8 -- the and of every beat -- and none on a beat. The kit: kick one
    # and three, snare two and four, closed hat every eighth; the bass walks in quarters on the beats (root, third,
    # fifth, a half-step approach). Degraded copy: every stem carries the others at -12 dB, noise 24 dB down, a 1.44
    # s room. Overlaps h05 (56.82-63.14, the chords) and t09 (56.84-69.5, bleed in the bass) on this copy; z03
    # (63.15-69.47) and y01 (69.47-75.79, the bass) on the clean render and q07 (15.8-22.1, the first verse's guitar);
    # the second verse's guitar against the beat never asked
    Question("e07", "ft_drive_ab152@degraded", ["guitar", "drums", "bass"], 60.0, 72.63,
             "is the guitar on the beat with the kick and snare, or chopping in between? want to tuck a shaker in "
             "without stepping on it",
             "in between: short, clipped three-note chords on the 'and' of every beat -- four a bar, the eighth-note "
             "off-beats, about 0.2 s after each beat (4/4 at about 152) -- and nothing on the beats: an upstroke "
             "skank. The kick (one and three), the snare (two and four) and the walking bass all land on the beats; "
             "only the off-beat hi-hats (the hats play every eighth) coincide with the guitar. A chord a bar: A flat, "
             "E flat, A flat, D flat, twice. On this copy the guitar track carries the kit and the bass at -12 dB in "
             "a long room, so on-beat hits in it are bleed. Right: the guitar on the 'and's, nothing on the beats; "
             "'off the beat' with only the 'and's of two and four, or 'with the hats' with nothing placed, is partly",
             "on the beat, with the snare or with the kick; strummed eighths on and off the beat; held chords; the "
             "bleed's on-beat hits taken for the guitar"),
    # ft_ballad_csm76, bars 20-23, 60.0-72.63 (4/4 at 76, beat 0.789 s, bar 3.158 s; C sharp minor). Chords C sharp
    # minor 60.0, 63.158 (the bridge's last two bars), C sharp minor 66.316 (the outro's first), A 69.474. The bass
    # (fretless): nothing from the chorus's end (47.37) until 66.316 -- the break and the bridge have none -- then
    # 'pedal' in the outro: C sharp 2 at 66.316 held 3.09 s, A 2 at 69.474 held 3.09 s (velocity 44 and 48; the
    # chorus riff was about 90); E 2 follows at 72.632, after the window. The piano: broken eighths to 66.3, then
    # whole-bar pads (E 3 G# 3 C# 4; E 3 A 3 C# 4). The singer: G sharp 5 held from 60.05 and 63.21, nothing after
    # 66.2. No drums. Overlaps f09 (56.84-66.3, the piano's arpeggio), t04 (53.68-66.3) and v01 (66.3-75.8, the
    # outro) on this render, p08 (53.68-66.31) and g05 (66.3-75.75, the drum track's bleed) on the degraded copy;
    # the bass's return never asked
    Question("e08", "ft_ballad_csm76", ["bass", "piano", "vocals"], 60.0, 72.63,
             "the bassist sits out for a while -- when exactly does he come back in here, which bar and beat? and "
             "what's he playing when he does?",
             "on the downbeat of the third bar (about 66.3 s; 4/4 at about 76, a bar about 3.16 s), where the outro "
             "starts -- his first note since the chorus ended (about 47.4 s), so nothing in the first two bars (the "
             "end of the bridge: broken piano chords and the singer's held G sharp only). One long note a bar, held "
             "nearly the whole bar: a low C sharp on the C sharp minor bar, then A on the next downbeat (about 69.5 "
             "s); quiet, roots only, under piano pads, with the singer stopped. Right: the entry within 0.3 s (or "
             "'the third bar, on the one') and held roots, C sharp then A; the entry right with the notes missing or "
             "wrong, or the notes right with the entry a bar off or mid-bar, is partly",
             "bass playing in the first two bars; an entry mid-bar or on an off-beat; a riff, a walk or a moving "
             "line; no bass anywhere in the window"),
    # ft_ballad_eb54, bars 10-13, 22.5-32.5, the chorus's first four bars (5/4 at 120, beat 0.5 s, eighth 0.25 s, bar
    # 2.5 s; E flat minor). Chords A flat minor 22.5, B flat minor 25.0, E flat minor 27.5, D flat 30.0. The bass
    # (synth bass, 'riff'), every bar root, octave, fifth, root, minor seventh on the eighths 1, 2, 4, 5, 7 of 10 (one,
    # the and of one, the and of two, three, four): Ab 2 Ab 3 Eb 3 Ab 2 Gb 3; Bb 2 Bb 3 F 3 Bb 2 Ab 3; Eb 2 Eb 3 Bb 2
    # Eb 2 Db 3; Db 2 Db 3 Ab 2 Db 2 B 2. Lowest D flat 2 (MIDI 37, 69.3 Hz) at 30.0 and 31.0; highest B flat 3 (MIDI
    # 58, 233.1 Hz) at 25.25; a span of 21 semitones. Overlaps q13 and v07 (22.5-32.5, the key, who plays with the
    # singer), m01 (22.5-30, the bass and kick), j09 (17.5-27.48), r08 (25-35) and p03 (27.5-37.5, the bass notes
    # of bar two) on this render and s12 (22.5-37.5, the meter) on the degraded copy; the bass's range never asked
    Question("e09", "ft_ballad_eb54", ["bass", "drums"], 22.5, 32.5,
             "what's the lowest note the bass gets down to on this chorus, and the highest? checking my sub patch "
             "covers it",
             "lowest a D flat (D flat 2, about 69 Hz), on the downbeat and on beat three of the fourth bar (about "
             "30.0 and 31.0 s, the D flat chord); highest a B flat (B flat 3, about 233 Hz), the octave jump on the "
             "'and' of one in the second bar (about 25.25 s, the B flat minor chord): a span of an octave and a "
             "sixth. Every bar is one riff moved to the chord's root -- root, its octave, the fifth, the root again, "
             "the minor seventh -- over A flat minor, B flat minor, E flat minor and D flat (5/4 at about 120, a bar "
             "2.5 s). Right: D flat lowest and B flat highest with the span right (the octave numbers not graded "
             "where the names and span agree -- a DAW may call middle C 'C3'); one of the two right, or both named "
             "with the span or Hz an octave off, is partly",
             "lowest E flat or A flat; highest A flat or E flat; a range under an octave; anything below C 2 "
             "(65 Hz) or above D 4 claimed"),
    # ft_drive_e24 degraded copy, bars 25-32, 30.0-40.0, the hook (2/4 at 96, beat 0.625 s, bar 1.25 s; E major).
    # Chords (changes_b 4 5 1 1, twice): A 30.0, B 31.25, E 32.5 and 33.75, A 35.0, B 36.25, E 37.5 and 38.75. The
    # piano strums four-note chords on every eighth (E 3 A 3 C# 4 E 4; F# 3 B 3 D# 4 F# 4; E 3 G# 3 B 3 E 4); the bass
    # plays root, octave, fifth (A 2 A 3 E 3; B 2 B 3 F# 3; E 2 E 3 B 2), the same in both E bars. Degraded copy: every
    # stem carries the others at -18 dB, noise 30 dB down, a 0.46 s room. Overlaps m03 (30-40, the key) and z04
    # (25-35, a build) on this copy; q14 (30-40, the vocals), w08 (30-40, the bass and piano together) and h06
    # (32.5-37.48, the bass against the kick) on the clean render; where the chords change never asked
    Question("e10", "ft_drive_e24@degraded", ["piano", "bass"], 30.0, 40.0,
             "where do the chords actually change in this hook? want to cut on the changes -- does it sit on one "
             "chord anywhere?",
             "a chord a bar except E, which holds two (2/4 at about 96, a bar 1.25 s): A (30.0 s), B (31.25), E "
             "(32.5-35.0, two bars), then the same again -- A (35.0), B (36.25), E (37.5-40.0, two bars). So the "
             "changes fall at about 31.25, 32.5, 35.0, 36.25 and 37.5 s, none at 33.75 or 38.75 s: IV, V, I, I in "
             "E major, twice; the piano strums eighths, the bass plays each root, its octave and the fifth. Right: "
             "the chords in order with the E held two bars and the changes within 0.3 s; the chords right with the "
             "hold missed, or the hold right with the times more than 0.3 s off, is partly",
             "a new chord every bar; the hold placed on A or B; chords other than A, B and E; a minor chord; a key "
             "other than E major"),
]
# Round 20, read once (packets at 63769a4, the code of c5719d1, in a clean worktree with a copy of the client home
# ingested at 3871b26's beats; the questions committed at 63769a4 before any packet). Graded by hand against the keys
# above; the answers (eval/client_answers/round20.json) are a helper model's that read only the ten packets. e03 and
# e06 were mended after (f000432): dev for those rules
GRADES_20 = {"e01": "partly", "e02": "wrong", "e03": "right", "e04": "wrong", "e05": "right", "e06": "partly",
             "e07": "wrong", "e08": "partly", "e09": "right", "e10": "right"}
GRADES_20_WHY = {
    "e01": "'leans toward the off-beats', straight eighths: the off-beat side right with nothing placed; the pushes "
           "into the second and fourth bars denied ('not pushing'), a B flat and an F minor charted: partly",
    "e02": "one cymbal hit found, on the third bar's downbeat (8.7 s); the crashes of the fifth and sixth bars missed, "
           "the ride's eighths called ringing hi-hats: wrong",
    "e03": "back at 18.37 s on beat two of the second bar, the lines starting after the one (the next a beat into the "
           "fourth bar): right",
    "e04": "no line said to come back ('new lines rather than a repeated tune'): wrong (two lines are sung twice)",
    "e05": "bars 1-3 the same, bar 4 adding two hat pickups on the a of three and the a of four: right",
    "e06": "four calls at 40.65, 43.81, 46.97 and 50.13 s, every other bar: the times right; placed 'on beat 3' (the "
           "fourth): partly",
    "e07": "'steady straight eighths, half on the beats', locking with the kick and snare (the bleed's on-beat hits "
           "taken for the guitar; it skanks on the ands only): wrong",
    "e08": "back at 66.25 s, on the outro's downbeat: right; his notes 'D2 to A flat 2', two notes, order not given "
           "(held C sharp then A): partly",
    "e09": "lowest D flat 2, highest B flat 3, from the notes (the summary's 'E flat up to A flat' set aside): right",
    "e10": "A, B, E, then again, the changes at 30.0, 31.25, 32.51, 35.02, 36.27, 37.5 s, the E held a whole four-beat "
           "bar: right",
}
# the baseline text names the stems, the key and the frame: nothing any of these asks
BASELINE_GRADES_20 = {q: "wrong" for q in GRADES_20}
QUESTIONS_21 = [
    # MusicDelta Punk, bars 9-17, 12.85-27.23 (MDB beats, 4/4; downbeats 12.85, 14.44, 16.02, 17.62, 19.23, 20.83,
    # 22.43, 24.03, 25.62, the next 27.23). Nine bars in 14.38 s: 150.2 to the minute; bar by bar 150.9, 151.9, 150.0,
    # 149.1, 150.0, 150.0, 150.0, 150.9, 149.1; the first eighteen beats 150.4, the last eighteen 150.0. Single beat
    # gaps 0.39-0.42 s (143-154): the annotation's jitter, no trend. Overlaps p07 (9.62-22.43), q17 (16.02-22.43),
    # t11 and h07 (the drums, 16-24, 17.6-24) and y07 (24-28.7); whether the band rushes never asked
    Question("d01", "real:musicdelta_punk", ["drums", "bass", "guitar"], 12.85, 27.23,
             "punk bands always rush -- are these guys speeding up through this bit, or slowing down? deciding "
             "whether I can put a fixed-tempo click and loops under it",
             "neither: it holds steady at about 150 to the minute (4/4, a bar about 1.6 s) from the first bar to the "
             "last -- every bar between about 149 and 152, the first half about 150.4 and the second about 150.0. "
             "Beat-to-beat differences are a few hundredths of a second and go both ways, so a fixed click at 150 "
             "lines up within a few hundredths of a second all through. Right: steady, with a tempo of 145-155 "
             "(or 72-78 counted in half time); 'steady' with the tempo off by more, or the tempo right with a small "
             "drift (under 2 to the minute) claimed, is partly",
             "speeding up or slowing down by several beats to the minute; 'loose, a click won't fit'; a tempo "
             "change in the window"),
    # MusicDelta Beatles, bars 1-6, 0.0-13.11 (MDB beats, 4/4 at about 110; downbeats 0.01, 2.19, 4.38, 6.55, 8.75,
    # 10.93, the next 13.11). Only the male singer (STEM_07) sings here; the female (STEM_08) starts at 18.04. His
    # verified f0, voiced runs: 0.51-1.17, 1.32-1.91, 2.14-3.68 | 4.60-4.71 (a blip), 4.88-6.45, 6.87-7.52,
    # 7.67-8.73, 9.01-9.24, 9.40-10.23, 10.36-11.15 | 12.05-12.64, 12.80-13.64. Two real holes, each about 0.9 s:
    # 3.68-4.60 (beat three of bar 2 to just after bar 3's downbeat; the line proper from 4.88, beat two) and
    # 11.15-12.05 (bar 6, from just after the one to beat three). The rest are breaths: 6.45-6.87 (0.42 s),
    # 8.73-9.01 (0.28), 1.91-2.14 (0.23), 1.17-1.32 (0.15); silence before 0.51 too. Overlaps x01 (0-9, drums) and
    # s11 (2-10.8, all stems); the holes in his lines never asked
    Question("d02", "real:musicdelta_beatles", ["vocals"], 0.0, 13.11,
             "where are the holes between his lines in these first bars? want to drop a little guitar answer into "
             "each gap",
             "only two proper gaps, each just under a second (4/4 at about 110, a bar about 2.2 s): about 3.7-4.6 s, "
             "from beat three of bar 2 to just past the downbeat of bar 3 (he picks up again properly on beat two, "
             "about 4.9 s), and about 11.15-12.05 s, in bar 6 between just after the one and beat three. Everything "
             "else is breaths: about 0.4 s at 6.45-6.87 and about 0.3 s at 8.73-9.01, and shorter ones around 1.2 "
             "and 2.0 s -- too short for an answer phrase. He also starts only at about 0.5 s. Right: both gaps "
             "placed within 0.3 s and the breaths called too short (or left out); one of the two gaps, or both with "
             "a breath of 0.3-0.4 s also counted as a gap, is partly",
             "long gaps of a bar or more; a gap placed at 1-3 s or 5-11 s as the main hole; no gaps at all; a "
             "second singer answering him"),
    # GuitarSet 00_BN1-129-Eb_comp, bars 7-11, 11.16-20.46 (a click at 129, 4/4: beat 0.465 s, bar 1.86 s; downbeats
    # 11.16, 13.02, 14.88, 16.74, 18.60). The fourth bar here is bar 10, 16.74-18.60 (the jams chord A flat). Notes
    # per string: nothing new on the one (B flat 4 from 16.26 and D 4 from 15.83 ring over it to about 16.8-16.9);
    # on the and of one (17.02, 0.6 of a beat after it) A flat 2, G 3, C 4, F 4 together, short (0.13-0.22 s);
    # on three (17.71) A flat 2 with C 4 (about 0.5 s); A flat 3 at 17.76 and on the and of three (17.94); then
    # single notes on four: D 3 (18.29), A flat 3 on its and (18.41), A 3 (18.53) just before the next bar's
    # E flat chord (E flat 3, D 4, G 4 at 18.64). Overlaps q18 (7.44-18.6, the chords), n09 (3.7-14.86), u09
    # (14.9-22.3), f01 and h09; one bar's notes here never asked
    Question("d03", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 11.16, 20.46,
             "what exactly is he playing in the fourth bar here? want to double it on keys, note for note",
             "the A flat bar (about 16.74-18.6 s; 129 to the minute, a bar about 1.86 s): no new attack on the one "
             "(the last bar's high B flat and D ring over it); on the 'and' of one (about 17.0 s) a short A flat "
             "chord, A flat 2, G 3, C 4, F 4 low to high -- a major seventh with the sixth on top; on three (about "
             "17.7 s) the low A flat again with C; A flat 3 on three and its 'and'; then a little single-note pickup "
             "on beat four, D 3, A flat 3, A 3 (about 18.3, 18.4, 18.5 s), into the E flat chord on the next "
             "downbeat. Right: the pushed A flat chord with its voicing (A flat, G, C, F, or 'A flat major 7 "
             "with a 6') and the low A flat on three, with the pickup on four named; the chord named with the "
             "rhythm wrong or missing (say, a chord on the one), or the rhythm right with a plain A flat triad, is "
             "partly (octave numbers not graded where the names agree)",
             "a chord on the downbeat; an E flat or B flat chord for this bar; strummed on every beat; a minor chord; "
             "the next bar's E flat counted in it"),
    # MusicDelta Rock, bars 1-5, 0.0-10.91 (MDB beats, 4/4 at about 110; downbeats 0.01, 2.16, 4.36, 6.54, 8.72, the
    # next 10.91). MDB Drums sub-classes: in every bar kick (KD) on one and three, snare (SD) on two and four, a
    # closed hat (CHH) on every eighth, the 'and's 0.50-0.53 of a beat after the beat: straight. The one change: an
    # open hat (OHH) at 4.09, the 'and' of four of bar 2, in place of the closed one. No crash, tom, ride or fill in
    # the window. Overlaps t12 (0-8, drums and bass), u08 (0-13), n10 (4.33-13) and the mix windows; the kit
    # pattern and its feel never asked
    Question("d04", "real:musicdelta_rock", ["drums"], 0.0, 10.91,
             "what's the drummer playing over these bars? want to program it -- straight or swung hats, and any "
             "fills or extras?",
             "a plain rock beat, the same every bar (4/4 at about 110, a bar about 2.2 s): kick on one and three, "
             "snare on two and four, closed hi-hat on every eighth, played straight -- the 'and's fall halfway "
             "between the beats, not late. No fills, no crashes, no toms. The only extra is one open hi-hat on the "
             "'and' of four of bar 2 (about 4.1 s), closing on bar 3's downbeat. Right: the kick, snare and eighth "
             "hats placed, straight, no fill; the open hat at the end of bar 2 (within 0.3 s) is a bonus, not "
             "required. The pattern right with 'swung', or straight with the kick or snare misplaced, is partly",
             "swung or shuffled hats; snare on three only (half time); hats on quarters or sixteenths; a fill or "
             "crash claimed; a ride as the timekeeper"),
    # MusicDelta Punk, bars 9-16, 12.85-25.62 (MDB beats, 4/4 at about 150, beat 0.40 s; downbeats 12.85, 14.44, 16.02,
    # 17.62, 19.23, 20.83, 22.43, 24.03, the next 25.62). The male singer's verified f0 (STEM_04), voiced runs
    # grouped across gaps under 0.3 s into lines: 13.04-15.06 (starts on the 'and' of one of bar 9, 0.50 of a beat
    # after it); 16.20-18.45 (the 'and' of one of bar 11, 0.44 after); 19.47-22.93 (the 'and' of one of bar 13, 0.60
    # after); 23.61-26.55 (on beat four of bar 15, 23.63: a pickup into bar 16). Gaps 1.14, 1.02 and 0.68 s. Before
    # the window his line ends at 12.85. Overlaps p07 (9.62-22.43), m09 and q17 (no vocals); o03 (3.2-9.6) asked of
    # his first lines; where these start never asked
    Question("d05", "real:musicdelta_punk", ["vocals"], 12.85, 25.62,
             "does the singer come in on the one with each line, or does he jump in early? lining up gang vocals "
             "with him",
             "neither, mostly just after: his lines start an eighth after the downbeat, on the 'and' of one, in the "
             "first, third and fifth bars here (about 13.0, 16.2 and 19.5 s; 4/4 at about 150, a bar about 1.6 s), "
             "each after a gap of about a second. The fourth line is the exception: it jumps in early, on beat four "
             "of the seventh bar (about 23.6 s), a pickup into the eighth bar. So the lines come every two bars, "
             "and none starts on a downbeat. Right: the 'and' of one (or 'just after the one') for the first three "
             "with the last one's pickup on four, within 0.2 s; 'after the one' with no pickup mentioned, or all "
             "placed but called pickups, is partly",
             "every line on the one; every line a pickup before the bar line; lines every bar or every four bars; "
             "no vocal in the window"),
    # ft_drive_ab152, bars 37-46, 56.84-72.63, the second verse's first ten bars (4/4 at 152, beat 0.395 s, bar 1.579
    # s). The singer ('phrases', synth voice), four-bar lines: two bars of eighths, a bar of quarters, a bar's rest.
    # Lines start on the downbeats 56.842 (bar 37), 63.158 (bar 41), 69.474 (bar 45); each ends with a quarter on
    # beat four of its third bar held 0.36 s (to 61.54, 67.86), then nothing in bars 40 and 44 (61.58-63.16,
    # 67.89-69.47): gaps of about 1.6 s. Notes mostly A flat 5, G 5, B flat 5 (E 5 and F 5 once in bar 38). Before the
    # window: the stop's long C 5, 55.26-56.76. Overlaps e07 (60-72.63) and h05, t09 on the degraded copy, z03 and y01
    # on this render, none with the vocals; the second verse's vocal lines never asked
    Question("d06", "ft_drive_ab152", ["vocals", "drums"], 56.84, 72.63,
             "in this verse where do the singer's lines start, and how long are the breaks between them? want to "
             "stick a guitar lick in each gap",
             "every line starts on a downbeat, every four bars (4/4 at about 152, a bar about 1.58 s): at about "
             "56.8, 63.2 and 69.5 s. Each line is two bars of quick eighth notes, a bar of quarter notes, then a "
             "full bar of nothing: the gaps are about 61.6-63.2 and 67.9-69.5 s, about 1.6 s each, the fourth "
             "bar of each line. The window ends two bars into the third line. Right: starts on the one every "
             "four bars, within 0.25 s, and the one-bar gaps placed; starts right with the gaps wrong or "
             "missing, or the gaps right with the starts called pickups or off the beat, is partly",
             "lines starting before the bar line or mid-bar; gaps of half a bar or less; one continuous line with "
             "no gaps; lines every two bars"),
    # ft_swing_g1208 degraded copy, bars 23-26, 83.81-99.05, the second head (12/8 at 63 dotted quarters: beat 0.952
    # s, a triplet eighth 0.317 s, bar 3.810 s). Chords G 83.81, D 87.62, C 91.43, C 95.24. The guitar ('skank',
    # jazz guitar): three-note chords an octave up (G 4 B 4 D 5; F sharp 4 A 4 D 5; E 4 G 4 C 5), 0.16 s long,
    # on the third triplet of every beat (0.635 s after it; a straight 'and' would be 0.476 s) and none on a beat.
    # The kit shuffles: ride on every beat and its third triplet, kick one and three, side-stick two and four; the
    # bass walks in quarters. Degraded copy: every stem carries the others at -24 dB, noise 30 dB down, a 0.96 s
    # room. Overlaps t05 (76.2-91.4, guitar and drums), w06 (76.2-91.4) and m05 (95.2-106.65) on this copy, h04
    # and n02; the guitar's own swing never asked
    Question("d07", "ft_swing_g1208@degraded", ["guitar"], 83.81, 99.05,
             "is the guitarist swinging or playing it straight here, going by his own chops? need to set the "
             "groove quantize on a double",
             "swinging: he plays only short three-note chops on the swung off-beat -- the last triplet of every "
             "beat, about two thirds of the way to the next beat (about 0.63 s after each beat; straight eighths "
             "would put them at about 0.48 s) -- and nothing on the beats, four a bar (12/8, or 4/4 with a triplet "
             "swing, at about 63 beats to the minute, a bar about 3.8 s). A chord a bar: G, D, C, C. On this copy "
             "the guitar track carries the kit quietly, so on-beat ride hits in it are bleed. Right: swung, with the "
             "chops on the triplet off-beats and none on the beats; 'swung' with no placement, or the off-beat "
             "placement right but called straight eighths, is partly",
             "straight eighths; chords on every beat; triplets on every pulse; held chords; the bleed's on-beat "
             "hits taken for the guitar"),
    # ft_ballad_eb54, bars 7-11, 15.0-27.5 (5/4 at 120, beat 0.5 s, eighth 0.25 s, bar 2.5 s; E flat minor). Verse
    # to 22.5, chorus from 22.5. The bass (synth bass): 'pedal' in the verse, one root a bar held 2.45 s of 2.5,
    # velocity 61-66 -- B flat 2 (15.0), E flat 2 (17.5), A flat 2 (20.0); then 'riff' in the chorus, five short
    # notes a bar (0.2 s each, velocity 91-99) on the eighths one, the and of one, the and of two, three, four
    # (beat five empty): A flat 2 A flat 3 E flat 3 A flat 2 G flat 3 (22.5), B flat 2 B flat 3 F 3 B flat 2
    # A flat 3 (25.0). Overlaps y03 (12.5-22.5, bass, piano, vocals), j09 (17.5-27.48, drums), x03 (7.5-17.5) and m01
    # (22.5-30); held against busy across the change never asked
    Question("d08", "ft_ballad_eb54", ["bass", "drums"], 15.0, 27.5,
             "is the bassist holding long notes here or playing busy? want to know whether to sidechain a pad "
             "against him",
             "both, split by the chorus: for the first three bars (15.0-22.5 s; 5/4 at about 120, a bar 2.5 s) one "
             "long note a bar, held almost the whole bar -- B flat, E flat, A flat, the chord roots, quiet. From the "
             "chorus at about 22.5 s he gets busy and louder: a short-note riff, five notes a bar (root, octave, "
             "fifth, root, seventh; on one, the 'and' of one, the 'and' of two, three and four, nothing on five), "
             "A flat then B flat. Right: held roots then the riff, with the change within 0.3 s (or 'at the chorus, "
             "the fourth bar'); held or busy throughout, or the change placed a bar off, is partly",
             "busy throughout; held throughout; walking quarter notes; no bass in the first bars; the change at 20 "
             "or 25 s"),
    # ft_ballad_csm76, bars 1-5, 0.0-15.79 (4/4 at 76, beat 0.789 s, bar 3.158 s; C sharp minor). Intro bars 1-3: the
    # piano's pads only (E 3 G sharp 3 C sharp 4; E 3 A 3 C sharp 4; E 3 G sharp 3 B 3), velocity about 50; nothing
    # else. The verse from 9.474 (bar 4): the singer (choir 'aahs', 'phrases') on the downbeat, G sharp 4 and A
    # sharp 4 in eighths, with the kit (kick and crash on the one, half-time ride, snare on three) and the bass (a
    # held C sharp 2) entering on the same downbeat. Overlaps t03 (0-9.47, the intro), h01 (9.45-22.08) and q04,
    # r02, r03 (from 9.47); how many bars before the singer never asked
    Question("d09", "ft_ballad_csm76", ["vocals", "piano", "drums", "bass"], 0.0, 15.79,
             "how many bars of intro before she starts singing? want to know where to cut for a radio edit",
             "three bars (4/4 at about 76, a bar about 3.16 s): bars 1-3 are the piano alone, soft held chords; she "
             "comes in right on the downbeat of bar 4, at about 9.47 s, singing eighth notes, and the drums (kick "
             "and a crash on the one) and the bass come in on the same downbeat. Right: three bars and the entry "
             "within 0.3 s of 9.47 s (or 'on the one of bar 4'); the entry time right with the bar count off by one, "
             "or three bars with the drums and bass said to be already playing in the intro, is partly",
             "one, two or four bars; an entry mid-bar or as a pickup; singing from the start; the drums or bass "
             "playing through the intro"),
    # ft_drive_e24, bars 9-20, 10.0-25.0, the verse's first twelve bars (2/4 at 96, beat 0.625 s, bar 1.25 s; E
    # major). The singer (choir 'aahs', 'phrases'), three four-bar lines (10.0, 15.0, 20.0; bars 12, 16, 20 empty),
    # each higher than the last: bar 9 B 4, B flat (A sharp) 4 at 10.31, B 4, D flat (C sharp) 5; bar 10 B 4 to F 5;
    # bar 11 E 5, E flat 5; bar 13 E 5 G flat 5 A flat 5 G 5; bar 14 up to A flat 5; bar 15 E 5, G flat 5; bar 17
    # A flat 5 G 5 A flat 5 B flat 5; bar 18 B 5, D flat 6 (C sharp 6, MIDI 85, 1109 Hz) at 21.56 and 22.19, B 5;
    # bar 19 A flat 5, G 5. Lowest B flat 4 (MIDI 70, 466 Hz) at 10.31; highest D flat 6 (C sharp 6): an octave and
    # a minor third. Overlaps f07 (10-25, all stems) and j06 on the degraded copy, k06 (12.5-20) and r09 (10-20, no
    # vocals) on this render; the singer's range here never asked
    Question("d10", "ft_drive_e24", ["vocals"], 10.0, 25.0,
             "what's her lowest and highest note in this verse? want to know if a singer I'm hiring can cover it",
             "lowest an A sharp / B flat 4 (about 466 Hz), a passing note in the very first bar (about 10.3 s); "
             "highest a C sharp / D flat 6 (about 1109 Hz), twice in the tenth bar here (about 21.6 and 22.2 s): a "
             "range of an octave and a minor third, and high -- every line climbs above the last (the first tops "
             "out around F 5, the second around A flat 5, the third at C sharp 6). 2/4 at about 96, three four-bar "
             "lines starting about 10.0, 15.0 and 20.0 s. Right: both notes (either spelling) with the span right, "
             "within a semitone, the highest placed near 21.5-22.3 s or 'the third line'; one of the two right, or "
             "both named an octave off with the span right, is partly",
             "a range under an octave or over two; lowest below A 4 or highest below B 5; a low voice (notes "
             "around C 4); the highest placed in the first line"),
]
# Round 21, read once at the session's end (packets at 411308a, the code of c03a07d, in a clean worktree with a copy
# of the client home; the questions committed at 411308a before any packet). Graded by hand against the keys above;
# the answers (eval/client_answers/round21.json) are a helper model's that read only the ten packets. Two rules after
# it (334f547, a hole's start at the last note's release; ad01100, one selected part named by a pronoun): d06 and d03
# dev for them
GRADES_21 = {"d01": "right", "d02": "right", "d03": "partly", "d04": "partly", "d05": "partly", "d06": "partly",
             "d07": "right", "d08": "partly", "d09": "right", "d10": "right"}
GRADES_21_WHY = {
    "d01": "steady at 152, no rushing or dragging: right",
    "d02": "two holes, 3.68-4.94 s and 11.01-11.81 s, the breaths not counted: right",
    "d03": "A flat major 7 for the bar: right; no notes or rhythm given (no bar notes for a comp): partly",
    "d04": "kick one and three, snare two and four, straight, no fill: right; the hats said to skip the and of two and "
           "four (eighths in the score): partly",
    "d05": "never on the one, mostly just after, the last line leading across the bar: right; the first line (13.0 s, "
           "at the window's start) left out and two short notes counted as line starts: partly",
    "d06": "lines on the one every four bars (56.89, 63.13, 69.45 s): right; the gaps given as 0.86-0.89 s from beat two "
           "(a full bar, 1.6 s, in the score: the sung notes' release read as singing): partly",
    "d07": "swung, a triplet shuffle, every off-beat onset on the triplet places, with the spill caveat: right",
    "d08": "one note a bar (B flat, E flat, A flat), then the five-note riff from 22.5 s: right; opened 'neither, he's "
           "sparse', each note said held to beat three then resting: partly",
    "d09": "three bars of piano, her entry on the downbeat of bar 4 at about 9.48 s with the drums and bass: right",
    "d10": "lowest B flat 4 near the start, highest C sharp 6 twice in the third line, fifteen semitones: right",
}
# the baseline text names the stems, the key and the frame: nothing any of these asks
BASELINE_GRADES_21 = {q: "wrong" for q in GRADES_21}
QUESTIONS_22 = [
    # MusicDelta Shadows, bars 1-7, 0.0-15.28 (MDB beats, 4/4 at about 111, beat 0.54 s; downbeats 0.02, 2.21, 4.37,
    # 6.56, 8.75, 10.93, 13.09, the next 15.28). The lead guitar's verified f0 (STEM_04; guitar.flac sums it with the
    # rhythm guitar), cut into notes the way SOURCE.txt describes. Pass 1: G 3 on one of bar 1 (0.02-1.06), B flat 3 on
    # three (1.10), D 4 on four (1.68); C 4 on one of bar 2 (2.22-3.02), B flat 3 on the and of two (3.03), G 3 on the
    # and of three (3.55), F 3 on four (3.84), tied over the bar line to 4.60; G 3 just after bar 3's one (4.63), held
    # to 6.21. Nothing 6.21-8.19. Pass 2: a low D 3 pickup on four of bar 4 (8.19), G 3 on one of bar 5 (8.74), B flat 3
    # on three (9.81), D 4 on four (10.37); C 4 on one of bar 6 (10.91), B flat 3 on the and of two (11.77), A 3 on
    # three (12.06), G 3 on its and (12.28), F 3 on four (12.54), tied over to 13.28; G 3 just after bar 7's one
    # (13.28), held to 14.43. Then nothing to 16.95 (the next phrase, lower, from four of bar 8). Overlaps o01 and z01
    # (0-8.7, key and feel), e02 and p01 (from 4.37, crashes and tempo) and k11 (13.07-21.83, when the lead drops out);
    # how often the phrase comes round never asked
    Question("c01", "real:musicdelta_shadows", ["guitar"], 0.0, 15.28,
             "that opening lead guitar phrase -- how many times does he play it in these bars, and is the repeat the "
             "same? want to sample one clean pass",
             "twice (4/4 at about 111, a bar about 2.2 s). The first pass is bars 1-3, about 0.0-6.2 s: G held, B "
             "flat, D | C, B flat, G, F | G held over most of bar 3 -- a G minor line. After about 2 s of rest he "
             "plays it again, from a pickup on beat four of bar 4 (about 8.2 s) to about 14.4 s in bar 7: the same "
             "notes and rhythm with small changes -- a low D pickup before it, an extra A in the run down (C, B flat, "
             "A, G, F) and a shorter last G (about 1.2 s against 1.6 s). Then the lead rests to about 17 s. So the "
             "first pass, 0-6.2 s, is the clean one to sample. Right: twice, both passes placed within half a bar "
             "(about 0 and 8.2-8.8 s), the second called the same with a small change (any of the three) or 'nearly "
             "the same'; twice with one pass misplaced by more than that, or both placed but the repeat called a "
             "different phrase, is partly",
             "once; three or more times; a one-bar riff repeated every bar; the repeat transposed or an octave down; "
             "no lead in the window"),
    # MusicDelta Country1, bars 7-11, 13.19-24.10 (MDB beats, 4/4 at about 109, beat 0.54 s; downbeats 13.19, 15.37,
    # 17.55, 19.72, 21.92, the next 24.10). MDB Drums sub-classes: in every bar kick (KD) with a closed hat (CHH) on one
    # and three, side-stick (SST) on two and four; the only extras are three closed hats late on an 'and' (0.67-0.72 of
    # the beat): 19.57 (the and of four of bar 9), 21.20 and 21.77 (the ands of three and four of bar 10). No snare,
    # tom, crash or open hat (the track has none). The singer (STEM_05 f0) is out 13.69-18.43 and back at 18.43 (bar 9,
    # just after beat two). Overlaps u02 (12-20), o09, m04, e03, j04 and g01 (all stems) and r11 (the drums, 20-28, the
    # snare); a fill into the second verse never asked (e05 asked what changes in bars 1-4)
    Question("c02", "real:musicdelta_country1", ["drums"], 13.19, 24.10,
             "does the drummer throw a fill in to bring the second verse in (the singer's back around 18 s), or just "
             "keep the beat going? want to know whether to add a tom fill",
             "no fill: he keeps the same beat all the way through (4/4 at about 109, a bar about 2.2 s) -- kick with a "
             "closed hi-hat on one and three, side-stick on two and four -- before, at and after the singer's return "
             "(about 18.4 s, just after beat two of the third bar here). No toms, crashes or open hats anywhere in "
             "these bars. The only extras are three single closed-hat notes on late 'and's after the singer is back: "
             "the 'and' of four at the end of the third bar (about 19.6 s) and the 'and's of three and four in the "
             "fourth (about 21.2 and 21.8 s) -- little pickups, not a fill. So there is room for a tom fill at about "
             "16.5-17.5 s. Right: no fill, with the kick / hat / side-stick beat (the side-stick may be called a "
             "snare) the same throughout; the hat pickups are a bonus, not required. 'No fill' with the beat "
             "described wrongly (hats on every eighth, a kick on every beat), or the hat pickups called a fill but "
             "placed after 19 s, is partly",
             "a fill before or at the singer's return; a tom fill or a crash at 17-18.5 s; the beat changing for the "
             "second verse; no drums in the window"),
    # GuitarSet 00_BN1-129-Eb_comp, bars 5-9, 7.44-16.74 (a click at 129, 4/4: beat 0.465 s, bar 1.86 s; downbeats 7.44,
    # 9.30, 11.16, 13.02, 14.88; jams chords A flat 7.44-11.16, E flat to 14.88, B flat to 16.74). Notes per string, the
    # lowest in each bar: bar 5, A flat 2 on the low E string on one (7.46), two (7.92) and four (8.87), under F 4, C 4
    # and A flat 3; bar 6, nothing below A flat 3 (10.26, on three) -- it starts on the and of one (9.57) with B flat 3,
    # E flat 4, G 4, C 5, and A 3 / A flat 3 move inside; bars 7-8, E flat 3 on the A string, on one of bar 7 (11.16),
    # the and of two (11.90), the and of four (12.81), the and of one of bar 8 (13.30) and three (13.97); bar 9, B flat
    # 2 on the low E string a hair before the one (14.83, 0.05 s early) and on two (15.33, ringing 1.4 s to 16.75).
    # Overlaps q18 (7.44-18.6, the chords), f01, h09, n09, e01 (3.72-11.16, on the beat or pushed) and d03 (11.16-20.46,
    # bar 10 note for note); his own bass notes never asked
    Question("c03", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 7.44, 16.74,
             "is he putting his own bass notes under these chords, and on which beats? deciding whether the bass "
             "player should double his roots or stay out of his way",
             "in some bars (129 to the minute, a bar about 1.86 s). In the first bar here (the A flat, 7.44-9.3 s) a "
             "low A flat on the bottom string on beats one, two and four. In the second bar (9.3-11.16 s) no bass at "
             "all: he jumps up high (E flat, G and C on top, an A flat major 7 colour) from the 'and' of one. Under "
             "the two E flat bars (11.16-14.88 s) his lowest note is the E flat on the A string, on the one of the "
             "third bar and then mostly off the beat (the 'and' of two, the 'and' of four, the 'and' of one, three). "
             "In the last bar (the B flat, 14.88-16.74 s) a low B flat on the one (a hair early, about 14.83 s) and "
             "again on two, ringing through the bar. So a bass player on the roots on the one doubles him in the A "
             "flat and B flat bars and has the bottom to himself in the second bar. Right: the low A flat and B flat "
             "roots placed in their bars (on the one, the A flat also on two and four) and the second bar without "
             "bass; the E flat bars may be given as E flat, his lowest there, or as 'higher, off the beat'. The "
             "roots named as 'under every chord, always on the one', or the low A flat and B flat placed but the "
             "second bar's gap missed, is partly (octave numbers not graded)",
             "no bass notes at all; a walking or alternating bass on every beat; low notes other than A flat, E flat "
             "and B flat given as his bass (a low C, G or F); the bass notes all off the beat"),
    # vocadito 1, 18.9-31.65 (an unaccompanied singer; track 33.21 s). Annotator A1's notes (A2 the same pitches, onsets
    # within 0.11 s, two notes split in two), with the f0 file's median over each note, in MIDI: the line at 18.92 -- G
    # 3 (54.73, 55.25, 54.82), E flat 3 (50.89), F sharp 3 (54.48), F 3 (52.90) -- comes back at 25.06 as 54.88, 54.83,
    # 54.71, 50.98, 54.35, 52.88 (every note within 0.15 but the short second G, 0.13 s long, 0.42 lower); the line at
    # 21.88 -- C 3 47.95, C sharp 3 49.46, E flat 3 51.08, D 3 50.04 (held 0.69 s), B 2 47.26, A 2 45.49 -- comes back
    # at 28.52 as 47.82, 49.03, 51.10, 49.61 (held 0.70 s), then C 3 47.63, B flat 2 45.72 (the lyric the same: 'sa
    # pagkain sana / nabusog pa ako', twice): the held D 0.43 lower, the last two notes 0.2-0.4 higher -- no drift one
    # way. Overlaps e04 (12.85-31.65, which lines come back), h10, u05, f03 (18.9-33.15, the tempo) and j03
    # (27.95-33.15, the last note); her pitch across the repeat never asked
    Question("c04", "real:vocadito_1_solo_voice", ["vocals"], 18.9, 31.65,
             "she sings the last two lines twice -- is she at the same pitch the second time round, or has she "
             "drifted flat by the end? deciding whether to pitch-correct the ending",
             "the same pitch, no drift. The two lines at about 18.9 and 21.9 s come back at about 25.1 and 28.5 s. "
             "The first of them (G, G, G, E flat, F sharp, F) is sung the second time within about a tenth of a "
             "semitone of the first on every longer note. The second (C, C sharp, E flat, a held D, then down to "
             "about B flat) is within about half a semitone: the held D (about 29.7 s) sits a little lower than "
             "it did at 23.0 s, but the last two notes sit a little higher, so it is not a drift one way -- "
             "nothing to correct beyond, at most, that one held D. Right: no drift (or 'within a fraction of a "
             "semitone'; 'the last line's held D a shade flat' is right too), with the repeated lines placed within "
             "0.5 s; 'no drift' with the repeat not placed or placed a line off, or the repeat placed with a "
             "steady flat drift of up to half a semitone claimed, is partly",
             "drifting flat (or sharp) by a semitone or more; a key change for the repeat; the repeat a different "
             "tune; an accompaniment"),
    # ft_ballad_csm76, chorus bars 11-14, 31.57-44.2 (4/4 at 76, beat 0.789 s, eighth 0.395 s, bar 3.158 s; C sharp
    # minor; chorus 28.42-47.37). The bass ('riff', fingered bass), the same figure every bar: five notes 0.32 s long,
    # velocity 91-99, on the eighths one, the and of one, the and of two, three and four (two, the and of three and the
    # and of four empty): root, octave, fifth, root, minor seventh -- B 2 B 3 F sharp 3 B 2 A 3 (31.58), C sharp 2 C
    # sharp 3 G sharp 2 C sharp 2 B 2 (34.74 and 37.89), A 2 A 3 E 3 A 2 G 3 (41.05). The kit: kick one and three, snare
    # two and four. Overlaps w03 (28.4-34.7, bass and kick), x04, q01, r01 (the drums), m02 (37.88-47.36, the chords),
    # v02 (41-47.4, the roots) and o08 (degraded, the key); the riff's rhythm never asked
    Question("c05", "ft_ballad_csm76", ["bass"], 31.57, 44.2,
             "write out the rhythm of the bassist's riff in these chorus bars for me -- which eighths does he hit? "
             "want to program a kick that locks with him",
             "one figure, the same every bar (4/4 at about 76, a bar about 3.16 s, an eighth about 0.39 s): five "
             "short, detached notes, on one, the 'and' of one, the 'and' of two, three and four -- nothing on two, "
             "the 'and' of three or the 'and' of four. So 'ONE-AND, (two)-AND, THREE, FOUR': the 'and' of two pushes "
             "into three. The notes go root, octave up, fifth, root, flat seventh of the bar's chord: B (about 31.6 "
             "s), C sharp twice (34.7 and 37.9 s), A (41.1 s). Right: the five placements, the same every bar; four "
             "of the five right (say, the 'and' of two missed or put on two), or the rhythm given only as "
             "'syncopated eighths' with the notes right, is partly",
             "straight eighths on every pulse; quarter notes; held notes; a walking line; a different figure each "
             "bar; a riff starting off the one"),
    # ft_drive_ab152, bars 21-28, 31.57-44.2 (4/4 at 152, beat 0.395 s, bar 1.579 s): the verse's last four bars and the
    # hook's first four (hook from 37.895). The kit ('groove', power kit) plays one pattern in all eight bars: kick one
    # and three, snare two and four, closed hats on every eighth (those on the beat accented). Only the level changes:
    # verse bars kick velocity 81-89, snare 76-84, hats 56-72; from 37.895 kick 106-111, snare 101-109, hats 81-97
    # (about 25 steps, a third, harder), with one crash on the hook's downbeat (37.895, velocity 114); flat within each
    # half, no fill in bar 24. Overlaps n03, r05 (33.16-44.21, what changes, all stems), g10 (37.87-50.51, the tempo and
    # the snare), k04, e06, y05 and p05 (degraded); one part's dynamics never asked
    Question("c06", "ft_drive_ab152", ["drums"], 31.57, 44.2,
             "does the drummer dig in anywhere through here, or is she playing it all at one level? deciding how hard "
             "to compress the kit and whether to automate it",
             "one step up, not a build. The beat is the same in all eight bars (4/4 at about 152, a bar about 1.58 "
             "s) -- kick on one and three, snare on two and four, closed hi-hats on the eighths -- and for the first "
             "four bars she plays it at one moderate level. On the downbeat of the hook, about 37.9 s, she hits a "
             "crash, and from there every drum is played clearly harder (in the score about a third more velocity, "
             "kick, snare and hats alike) and stays there, level, to the end of the window. No crescendo, no fill "
             "into it. So automate one step at 37.9 s rather than a ride. Right: level, then a clear step up at "
             "about 37.9 s (within 0.4 s, or 'at the hook' / 'the fifth bar') with the pattern unchanged; 'louder "
             "in the second half' with no time or the time a bar or more off, or the step right with a pattern "
             "change claimed (half time, a new beat), is partly",
             "one level throughout; quieter in the hook; a gradual build across the window; a fill before the hook; "
             "a different groove in the hook"),
    # ft_drive_ab152, hook bars 25-30, 37.88-47.36 (4/4 at 152, bar 1.579 s; the track in A flat major, the verse
    # I-IV-I-V: A flat, D flat, A flat, E flat). The hook's chords, a bar each: F minor (37.89), D flat (39.47), A flat
    # (41.05), E flat (42.63), F minor (44.21), D flat (45.79) -- vi-IV-I-V. The guitar ('strum', clean guitar) strums
    # four-note chords on every eighth: F 3 A flat 3 C 4 F 4; F 3 A flat 3 D flat 4 F 4; A flat 3 C 4 E flat 4 A flat 4;
    # G 3 B flat 3 E flat 4 G 4. Its pitch classes: A flat, B flat, C, D flat, E flat, F, G -- A flat major's (F natural
    # minor's) notes; no E natural, G flat or C flat. Overlaps g10, k04 (37.87-44.2, bass doubling guitar), e06, y05
    # (41.05-47.37, the chords under the hook) and q05; whether the hook changes key never asked (p05 asked the verse's
    # key on the degraded copy, 28.42-37.87, before this window)
    Question("c07", "ft_drive_ab152", ["guitar"], 37.88, 47.36,
             "the hook kicks off on a minor chord -- has the song gone minor here, or changed key? writing a synth "
             "line over the hook and need the right scale",
             "no key change: it is still A flat major (4/4 at about 152, a bar about 1.58 s). The hook's chords are "
             "F minor, D flat, A flat, E flat, a bar each, then round again (F minor at about 37.9 and 44.2 s) -- "
             "vi-IV-I-V in A flat. F minor is A flat's relative minor, so it is the same seven notes (A flat, B flat, "
             "C, D flat, E flat, F, G): the verse's scale fits the hook unchanged. Right: no change of scale, named "
             "as A flat major (or as 'leaning to the relative F minor, the same notes'), with the hook's chords, at "
             "least F minor and D flat; 'A flat major, no change' with no chords or wrong ones, or the chords right "
             "with F minor called a new key without saying the notes stay the same, is partly",
             "a new scale: F harmonic minor (an E natural), A flat minor, C minor or D flat major; 'modulates' with "
             "different notes; any key other than A flat major / F minor"),
    # ft_ballad_eb54, verse bars 4-9, 7.5-22.45 (5/4 at 120, beat 0.5 s, bar 2.5 s; E flat minor; verse 7.5-22.5). The
    # piano ('pads', electric grand): one three-note chord a bar, held 2.45 s, velocity 56-64 -- E flat minor (G flat 3
    # B flat 3 E flat 4), A flat minor (A flat 3 B 3 E flat 4), B major / C flat (F sharp 3 B 3 E flat 4), B flat minor
    # (F 3 B flat 3 D flat 4), E flat minor, A flat minor (as before). The top note is E flat 4 (311 Hz) in every bar
    # but the fourth (15.0-17.5), where it is D flat 4 (C sharp 4, 277 Hz). Overlaps q12 (7.5-17.5, the meter), s04, y03
    # (12.5-22.5, key and chords), g06 (degraded, chords bar by bar) and d08 (the bass); the top voice never asked
    Question("c08", "ft_ballad_eb54", ["piano"], 7.5, 22.45,
             "what's the top note of her chords doing bar by bar through this verse? want a string line sitting "
             "right on top of the keys",
             "it barely moves. She holds one soft chord a bar (5/4 at about 120, a bar 2.5 s) -- E flat minor, A flat "
             "minor, B (C flat) major, B flat minor, E flat minor, A flat minor -- and the top note is E flat (the one "
             "above middle C) in every bar except the fourth, about 15.0-17.5 s, the B flat minor chord, where it "
             "dips a half step to D flat (C sharp) before going back to E flat at 17.5 s. So the string line is an E "
             "flat pedal with one half-step dip. Right: E flat on top throughout with the dip to D flat in the fourth "
             "bar (within 0.3 s, or 'under the B flat minor chord'); E flat held with the dip missed or put in "
             "another bar is partly (octave numbers not graded)",
             "a top line moving every bar; the top note following the roots; B flat or G flat on top throughout; a "
             "melody of several notes; broken chords or an arpeggio"),
    # ft_swing_g1208 degraded copy, solo bars 13-15, 45.71-57.13 (12/8 at 63 dotted quarters: beat 0.952 s, triplet
    # eighth 0.317 s, bar 3.810 s; solo 30.48-60.95; chords A minor 45.71, D 49.52, G 53.33). The guitar ('broken', jazz
    # guitar): a five-note rising line on the bar's chord -- its close voicing, then the lowest two notes an octave up:
    # E 3 A 3 C 4 E 4 A 4; F sharp 3 A 3 D 4 F sharp 4 A 4; G 3 B 3 D 4 G 4 B 4 -- one note on every triplet eighth
    # (twelve a bar, each held 0.48 s, velocity about 73), restarting on every downbeat: 1-5, 1-5, 1-2 (restarts on
    # pulses 0, 5 and 10: the one, the last triplet of beat two, the middle triplet of beat four). Degraded copy: the
    # others at -24 dB in every stem, noise 30 dB down, a 0.96 s room. Overlaps f06 (41.9-57.14 on this copy, the bass
    # against the guitar), k08 (45.7-57.14, the changes) and v03 (45.7-61, the groove); f09 asked an arp's pattern on
    # csm76's piano; this figure's length and turns a bar never asked
    Question("c09", "ft_swing_g1208@degraded", ["guitar"], 45.71, 57.13,
             "the guitarist's playing a rolling arpeggio through this part of the solo -- how many notes is his "
             "figure before it starts over, and how many times does it go round in a bar? setting up a synced delay "
             "that won't fight it",
             "a five-note figure, straight up the chord -- the three chord tones, then the lowest two again an octave "
             "higher -- one note on every triplet eighth (12/8 at about 63, twelve notes a bar, about 0.32 s apart), "
             "restarting on every downbeat. Twelve notes a bar means he goes round twice and gets two notes into a "
             "third time (5 + 5 + 2) before starting over on the next one, so the restarts inside the bar land off "
             "the beat (the last triplet of beat two, the middle triplet of beat four). A new chord each bar: A "
             "minor (starting on E, about 45.7 s), D (starting on F sharp, 49.5 s), G (53.3 s). On this copy the "
             "room smears the notes together. Right: five notes, rising, on the triplet eighths, about two and a "
             "half times a bar and restarting each bar; the five-note rising figure with the turns a bar wrong or "
             "missing, or 'twelve notes a bar, restarting each bar' with the figure's length wrong (three, four or "
             "six), is partly",
             "three notes a beat repeating with the beat (a 1-3-5 triplet); up and down; straight eighths or "
             "sixteenths; strummed or held chords; a single-note solo line"),
    # ft_drive_e24, bars 19-28, 22.5-35.0 (2/4 at 96, beat 0.625 s, eighth 0.3125 s, bar 1.25 s; E major): the verse to
    # 30.0, the hook from 30.0. The kit ('groove', standard kit) throughout: kick on one, snare on two, closed hats on
    # the eighths; a crash at 30.0. The piano ('skank', electric piano) in the verse: three-note chords an octave up (E
    # 4 A flat 4 D flat 5 for C sharp minor), 0.16 s, velocity 68-76, only on the and of each beat (22.81, 23.44, 24.06
    # ...: 0.3125 s after every kick and snare), none on a beat; chords C sharp minor, A, E, B, C sharp minor, A, a bar
    # each, each first struck on its bar's first and. From 30.0 ('strum'): four-note chords an octave lower (E 3 A 3 C
    # sharp 4 E 4), 0.28 s, on every eighth, those on the beat at velocity about 103, the ands about 93; chords A, B, E,
    # E. Overlaps y04 (22.5-30, bass and kick), t08 (the vocals), z04 (degraded, 25-35, a build), q14 and w08 (30-40,
    # the vocals or the bass with the piano), h06, and e10 and m03 (degraded); the keys' place against the beat never
    # asked on this song (e07 asked it of ab152's guitar)
    Question("c10", "ft_drive_e24", ["piano", "drums"], 22.5, 35.0,
             "is the keys player hitting on the beat with the kick and snare, or playing off it? want to line a "
             "rhythm guitar up with him -- and does that change anywhere in here?",
             "it changes at the hook. Through the verse, to about 30.0 s (2/4 at about 96, a bar 1.25 s), he plays "
             "only the off-beats: short, high, quiet chord stabs on the 'and' of each beat, two a bar, an eighth "
             "(about 0.31 s) after every kick and snare, and nothing on the beats -- an off-beat skank, not early: "
             "each new chord comes in on its bar's first 'and'. From the hook at about 30.0 s he strums every "
             "eighth, on the beats and the 'and's, accented on the beats, lower and louder, so from there he is on "
             "the beat with the kit. Right: off-beats only in the verse, and every eighth / on the beat from about "
             "30.0 s (within 0.3 s, or 'at the hook'); one half right with the other wrong or missing (say, the "
             "off-beats with no change named) is partly",
             "on the beat throughout; pushing or anticipating the chord changes (chords arriving an eighth early); "
             "behind the beat; the change placed at 25 or 35 s; no keys in the verse"),
]
# Round 22, read once (packets at d2cac78, the code of d2cac78, in a clean worktree with a copy of the client home;
# the questions committed at f7992d3 before any packet). Graded by hand against the keys above; the answers
# (eval/client_answers/round22.json) are a helper model's that read only the ten packets
GRADES_22 = {"c01": "partly", "c02": "right", "c03": "partly", "c04": "partly", "c05": "partly", "c06": "right",
             "c07": "right", "c08": "wrong", "c09": "right", "c10": "right"}
GRADES_22_WHY = {
    "c01": "two passes guessed from a four-bar chord cycle, 0 and 8.73 s (within half a bar); the lead's phrase not "
           "found (the stem read as mostly chords) and whether the repeat is the same 'not measured': partly",
    "c02": "no fill, the same beat into the new section (kick one and three, snare two and four, hat on one and three), "
           "two hat pickups after the singer is back: right",
    "c03": "his low A flat, E flat and B flat in their bars: right; the second bar's gap (no bass) missed (A flat 2 "
           "said there), no beats given, the A flat and B flat bars charted F minor and E flat major 7: partly",
    "c04": "the repeat placed (25.1 and 28.5 s), 'no obvious drop' to the nearest semitone, but 'can't say whether "
           "slightly flat' and the last line's notes not listed; a 12 % slowing claimed: partly",
    "c05": "the five notes a bar right (root, octave, fifth, root, seventh), three on beats and two on ands, but which "
           "eighths 'not given': partly",
    "c06": "the same pattern, one level, then one step up of about 7 dB at 37.8 s into the new section, no build: right",
    "c07": "no key change, the relative minor with the same notes, Fm, Db, Ab, Eb: right",
    "c08": "'doesn't report the top note bar by bar': the question not answered (the voicings' span only): wrong",
    "c09": "five notes rising, twelve eighths a bar, round twice and two notes more, restarting each downbeat: right",
    "c10": "off-beat chords in the verse, every eighth from 30.0 s where the new section starts: right",
}
# the baseline text names the stems, the key and the frame: c07 asks the key (A flat major named, no chords)
BASELINE_GRADES_22 = {q: "wrong" for q in GRADES_22} | {"c07": "partly"}
QUESTIONS_23 = [
    # MusicDelta Shadows, bars 7-11, 13.09-24.03 (MDB beats, 4/4 at about 111, beat 0.54 s; downbeats 13.09, 15.28,
    # 17.47, 19.65, 21.83, the next 24.03). The lead guitar's verified f0 (STEM_04; guitar.flac sums it with the rhythm
    # guitar), cut into notes (gaps over 0.03 s, jumps over 0.7 semitone): every note within about 5 cents of its
    # median (standard deviation 3-5 cents, no periodic wobble) but the two long held ones: G 3 held 13.28-14.43, one
    # dip of 67 cents, bottom at 13.91, back by 13.97; C 3 on the one of bar 11, 21.84-23.60, one dip of 78 cents
    # (66 below the note's median), 22.55-22.73, bottom at 22.65, then a shade flat (about -12 cents) to the end. Lead
    # out 14.43-16.95. Overlaps c01 (0-15.28, the phrase's repeats), k11 (13.07-21.83, when the lead drops out), j02
    # (17.45-26.17, the lead's notes), e02, u03 and n01 (the drums); his vibrato never asked
    Question("b01", "real:musicdelta_shadows", ["guitar"], 13.09, 24.03,
             "does he shake the whammy bar on his held notes through here -- a steady vibrato, or something else? "
             "doubling the lead with a synth and want to copy what he does",
             "no steady vibrato (4/4 at about 111, a bar about 2.2 s). Nearly every note is dead straight, within a "
             "few cents. On the two long held notes he gives one dip with the arm, down and straight back: the G held "
             "about 13.3-14.4 s dips about two-thirds of a semitone at about 13.9 s, and the low C held from the one "
             "at about 21.8 s to 23.6 s dips about three-quarters of a semitone at about 22.65 s, then sits a shade "
             "flat. So on the synth: no LFO vibrato, one quick pitch dip (about 60-80 cents, under 0.2 s) some 0.6-0.8 "
             "s into each long note. Right: no continuous vibrato, with a single dip (or 'a bend down and back') on "
             "the long notes, at least one placed within 0.5 s; 'vibrato on the long notes only' with both long "
             "notes placed but called a steady vibrato, or 'straight, no vibrato' with the dips missed, is partly",
             "a steady vibrato on every note; wide vibrato throughout; bends up into the notes as the effect; a "
             "tremolo (volume) effect; no lead in the window"),
    # GuitarSet 00_BN1-129-Eb_comp, bars 8-12, 13.02-22.0 (a click at 129, 4/4: beat 0.465 s, bar 1.86 s; downbeats
    # 13.02, 14.88, 16.74, 18.60, 20.47; jams chords E flat from 11.16, B flat 14.88, A flat 16.74, E flat 18.60 to the
    # end). Notes per string: bar 8 (E flat, its second bar) starts on the and of one (13.30); the B flat bar: B flat 2
    # at 14.835 (0.05 s before the one) with E flat 3 at 14.917, B flat 2 again on two (15.33), B flat 3, D 4, F 3, B
    # flat 4 on the and of two to four; bar 10, the A flat: nothing struck on the one (the B flat chord rings to about
    # 16.8), the first A flat chord (A flat 2, G 3, C 4, F 4) on the and of one, 17.015, then three (17.71); single
    # notes D 3 18.29, A flat 3 18.41, A 3 18.53 on beat four; bar 11, the E flat: E flat 3, D 4, G 4 on the one
    # (18.643); bar 12 starts on the and of one (20.70). Overlaps d03 (11.16-20.46, bar 10 note for note), u09
    # (14.9-22.3, the chords), q18, c03, h09, f01 and n09; e01 (3.72-11.16) asked on the beat or pushed, before this
    # window; where his changes land never asked
    Question("b02", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 13.02, 22.0,
             "when he changes chord in here, does he land the change right on the one or push it early? want the "
             "bass to move with him, not ahead of him",
             "none of the changes is pushed early (129 to the minute, a bar about 1.86 s). He is on E flat as the "
             "window starts; the change to B flat lands on the one at about 14.9 s (its low B flat a hair early, "
             "about 14.83); the change to A flat comes late -- nothing struck on the one at 16.74 s, the A flat chord "
             "first on the 'and' of one, about 17.0 s; the change back to E flat lands on the one at about 18.6 s, "
             "after a few single notes on beat four. His habit: in every second bar (about 13.0, 16.7 and 20.5 s) he "
             "leaves the one empty and comes in on the 'and' of one. So the bass can change on the one each time; on "
             "the A flat it will be an eighth ahead of him. Right: B flat and E flat on the one (within 0.15 s) and "
             "the A flat late, on the 'and' of one (about 17.0 s), none pushed; all three 'on the one' with the A "
             "flat's delay missed, or the A flat's delay right with another change called early, is partly",
             "the changes anticipated (an eighth or a beat before the bar); every change late; chords changing "
             "every beat or half bar; chords other than E flat, B flat, A flat; no changes in the window"),
    # MusicDelta Shadows, bars 9-13, 17.47-28.36 (MDB beats, 4/4 at about 111, beat 0.54 s; downbeats 17.47, 19.65,
    # 21.83, 24.03, 26.19, the next 28.36). MDB Drums sub-classes: the ride (RDC) on every eighth, kick (KD) on one and
    # the and of two, snare (SD) on two and four; ride bell (RDB) at 18.31 (the and of two of bar 9, with the kick),
    # 19.66 (the one of bar 10, with the kick), 20.49 and 22.67 (the and of two of bars 10 and 11, with the kick); no
    # ride on two of bar 9 (18.02, the snare alone); bar 12 plain; bar 13: crash (CRC) with the kick on the one
    # (26.20), no ride on one or its and, the ride from two. Overlaps n01 (17.45-26.15, ride or hi-hat), u03 (16-24),
    # y08 (24-33.4), g02, j02 and k11; accents on the ride never asked
    Question("b03", "real:musicdelta_shadows", ["drums"], 17.47, 28.36,
             "is he accenting anything on the ride through here -- any bell hits, or all the same? programming the "
             "ride and want his accents in it",
             "mostly even: the ride on straight eighths on the bow (4/4 at about 111, a bar about 2.2 s), kick on one "
             "and the 'and' of two, snare on two and four. The accents are bell hits on the 'and' of two, together "
             "with the kick, in the first three bars (about 18.3, 20.5 and 22.7 s), plus one on the one of the second "
             "bar (about 19.7 s). The fourth bar is plain bow; the fifth opens with a crash and the kick on the one "
             "(about 26.2 s), the ride coming back on two. Right: bell (or accented) hits on the 'and' of two with "
             "the kick in the first bars, at least two placed within 0.15 s, the rest even; accents named but "
             "misplaced (on two and four, on every beat), or the even eighths and the crash with the bell hits "
             "missed, is partly",
             "the ride played on the bell throughout; accents on two and four; hi-hat keeping time; a swung ride "
             "pattern; a crash on every bar; no accents at all and no crash"),
    # MusicDelta Country1, bars 1-6 and the first beats of bar 7, 0.0-14.0 (MDB beats, 4/4 at about 109; downbeats
    # 0.07, 2.26, 4.46, 6.61, 8.79, 11.00, 13.19). The singer (STEM_05 verified f0; the derived notes in truth.json)
    # sings 0.97-13.69: held notes on G 3 (55.0-55.3, 1.54, 3.67, 5.12-6.55, 7.74-8.46, 12.58), A 3, B 3 (58.5-59.1),
    # C 4 (59.7-60.2, 6.72-7.40) and one D 4 (62.4, 7.45-7.62, the f0 touching 63.0) -- his top; nothing held below G
    # 3. The f0 below G 3 is only a slide into the first word (0.97-1.25, from about A flat 2, 42.9-44, up to F 3 and
    # G 3) and three short scoops into a G (5.0, 10.8, 12.6 s). 1st-99th percentile of the f0 44.3-62.2. Overlaps x06
    # (0-8, who's playing), j04 (11-19.7, bleed), o09 (13.17-19.7), u02 (12-20) and the drums' e05 and k03; range
    # asked of vocadito (g04), e24's singer (d10) and eb54's bass (e09), never of this singer
    Question("b04", "real:musicdelta_country1", ["vocals"], 0.0, 14.0,
             "what's the singer's range in this first verse -- lowest and highest note? want to know if the session "
             "singer I've booked can cover it in the same key",
             "narrow, about a fifth: from the G below middle C (about 196 Hz) up to the D above middle C (about 294 "
             "Hz). The lines sit on G, A and B, with C (about 6.7-7.4 s) and the D just once, briefly, at about 7.5 s, "
             "the top of the second line; most lines end on G. The only lower pitches are a slide "
             "up into his first word (about 1.0 s, from roughly an octave down) and a few short scoops up into a G -- "
             "not sung notes. Right: G (below middle C) to D (above it), or 'a fifth up from G', each end within a "
             "semitone; the span right at one end and a whole tone off at the other, or the opening slide's low A "
             "flat given as his lowest note, or both ends an octave off, is partly",
             "an octave or more of range; a top note of E or higher; a low note of E or lower as a sung note; a "
             "female or falsetto range; no vocal in the window"),
    # MusicDelta Beatles, bars 3-7, 4.38-15.27 (MDB beats, 4/4 at about 111, beat 0.545 s; downbeats 4.38, 6.55, 8.75,
    # 10.93, 13.11, the next 15.27). MDB Drums sub-classes, the same in every bar: kick (KD) on one, the and of two
    # (0.52-0.54 of the beat) and three; snare (SD) on two and on the and of three, the latter two strokes 0.04 s apart
    # (a flam) in every bar but bar 5; tambourine (TMB) on two and four; low floor tom (LFT) on the and of four, two
    # strokes 0.05 s apart in bars 3, 6 and 7, one in bars 4 and 5. No hi-hat, crash or other tom (the track has
    # none). Bar 1 differs (a floor tom on the one, no kick there), outside this window. Overlaps x01 (0-9, what the
    # drummer plays), p04 (10.93-19.64, the kick and tambourine), s11, d02 and z02; e05 asked whether one bar loops,
    # on Country1's drums; never on this song
    Question("b05", "real:musicdelta_beatles", ["drums"], 4.38, 15.27,
             "can I just loop one bar of his drums across these five bars, or does he change something somewhere? "
             "building the track up from a drum loop",
             "loop it: he plays the same bar five times (4/4 at about 111, a bar about 2.18 s, from about 4.4 s). "
             "Kick on one, the 'and' of two and three; snare on two and again on the 'and' of three (a flam there); "
             "tambourine on two and four; floor tom on the 'and' of four (often a quick double). No fill, crash or "
             "hi-hat anywhere. The only differences are tiny: the snare's flam is a single stroke in the third bar "
             "(about 10.1 s) and the floor tom single in the second and third -- nothing a loop would miss. Right: "
             "one bar loops, with the kick (one, the 'and' of two, three) or the snare (two, the 'and' of three) "
             "placed, or the floor tom on the 'and' of four; 'loop it' with the pattern wrong or missing, or the "
             "pattern right with a fill or change claimed, is partly",
             "a fill or a crash in the window; a two-bar pattern; snare on two and four only; a four-on-the-floor "
             "kick; hi-hats keeping time; a different beat from one bar to the next"),
    # ft_drive_ab152, second verse bars 37-44, 56.84-69.47 (4/4 at 152, beat 0.395 s, bar 1.579 s; A flat major; verse
    # 56.84-75.79, chords A flat, D flat, A flat, E flat, a bar each). The bass ('walk', walk="key", picked bass): one
    # note a beat, 0.355 s, velocity 76-84: root, third, fifth on one, two, three, and on four a half step from the
    # next bar's root -- A flat 2 C 3 E flat 3 C 2 (58.03, below D flat 2); D flat 2 F 2 A flat 2 G 2 (59.61, below A
    # flat 2); A flat 2 C 3 E flat 3 D 2 (61.18, below E flat 2); E flat 2 G 2 B flat 2 A 2 (62.76, above A flat 2); A
    # flat C E flat C 2 (64.34, below); D flat F A flat A 2 (65.92, above); A flat C E flat E 2 (67.50, above E flat
    # 2); E flat G B flat A 2 (69.08, above). Every root on the one; none early. Overlaps z03 (63.15-69.47, the bass
    # and kick, the second bar), d06 (vocals and drums), h05 and e07 (degraded) and t02; the bass's approach into the
    # changes never asked (y01, 69.47-75.79, asked the roots)
    Question("b06", "ft_drive_ab152", ["bass"], 56.84, 69.47,
             "what's the bassist doing on the last beat of each bar here? want the keys' passing chords to agree "
             "with her, not rub against her",
             "she leads into every change with a half step. The line walks in quarter notes (4/4 at about 152, a bar "
             "about 1.58 s): root, third and fifth of the bar's chord on one, two and three (A flat C E flat; D flat "
             "F A flat; E flat G B flat -- the chords A flat, D flat, A flat, E flat, twice), and on four a note a "
             "half step from the next bar's root, which she lands on the one. From below into the second, third, "
             "fourth and sixth bars (C to D flat at about 58.0 s, G to A flat at 59.6, D to E flat at 61.2, C to D "
             "flat at 64.3), from above into the others (A to A flat at 62.8, 65.9 and 69.1, E to E flat at 67.5). "
             "Out of an A flat bar she drops about an octave to reach it. Nothing anticipated: each new root "
             "lands on the one. So a passing chord on four should sit on her chromatic note or stay on the old "
             "chord. Right: a chromatic (half-step) approach on beat four into the next root, landing on the one, "
             "from both sides, at least two placed; 'leading into the changes' on four without the half step, or the "
             "half step said always from below, is partly",
             "the root on every beat (pumping); the next chord anticipated on four; a scale step or fifth as the "
             "approach; eighth notes; a held note; a riff the same every bar"),
    # ft_drive_e24, bars 43-51, 52.5-63.75 (2/4 at 96, beat 0.625 s, eighth 0.3125 s, bar 1.25 s; E major): the second
    # verse to 60.0, the tag from 60.0 (drums 'break', toms). The bass in the verse ('walk', walk="key"): two notes a
    # bar, one a beat, each 0.5625 s long (0.06 s of air), velocity 76-84 -- the root, then a half step into the next
    # root (D flat 2 A flat 2; A 2 E flat 2; ...). In the tag ('pump'): every eighth, 0.1875 s long (0.125 s of
    # silence), the root with the octave on the bar's last eighth (A 2 A 2 A 2 A 3, B 2 ..., E 2 ...), velocity
    # 101-109. Overlaps p06 (47.5-57.5, walking or pumping, bass and drums), x02 (45-60, bass and kick), w05 (60-65,
    # the drums), j10 (57.5-64.98, what changes, all stems), n04 (degraded) and s07/s08; the bass's note lengths never
    # asked
    Question("b07", "ft_drive_e24", ["bass"], 52.5, 63.75,
             "does the bassist let his notes ring into each other or play them short and choppy? setting the release "
             "on a sidechain duck -- and does that change anywhere in here?",
             "it changes at about 60.0 s. Up to there (2/4 at about 96, a beat about 0.63 s, the end of the verse) he "
             "plays two notes a bar, one a beat, each held about 0.56 s -- nine tenths of the beat, a breath of air "
             "before the next: legato, a walking line. From about 60.0 s (the tag, where the drums go to the toms) "
             "it is short eighths, each about 0.19 s with about 0.12 s of silence after -- staccato, on the root with "
             "the octave on the bar's last eighth, and played much harder. So a slow release suits the verse; in the "
             "tag the duck has to recover within about 0.1 s or it will pump against every note. Right: long, "
             "connected notes, then short detached eighths from about 60.0 s (within 0.3 s, or 'at the tag'); one "
             "half right and the other wrong or missing (say, short notes throughout), or the change placed a bar or "
             "more off, is partly",
             "short notes throughout; long notes throughout; held whole notes; the change at 52.5 or 57.5 s; the "
             "bass dropping out in the tag"),
    # ft_drive_ab152, first verse bars 11-18, 15.79-28.42 (4/4 at 152, bar 1.579 s; A flat major; verse 12.63-37.89,
    # chords A flat, D flat, A flat, E flat). The guitar ('skank', clean guitar): three-note chords on the off-beats,
    # an octave above the stock voicing -- A flat 4 C 5 E flat 5; F 4 A flat 4 D flat 5; G 4 B flat 4 E flat 5: in all
    # F 4 (349 Hz) to E flat 5 (622 Hz). The lead (the vocals stem, 'phrases', synth voice): F 5 (698 Hz) to B flat 5
    # (932 Hz) -- of its 40 notes here 19 A flat 5 (830 Hz), 12 G 5 (784 Hz), 8 B flat 5, one F 5 (21.71) -- to 17.37,
    # 18.95-23.68 and from 25.26, a bar's rest between (its first line climbs up there from A flat 4, 12.63-15.79).
    # Nearest approach: the guitar's E flat 5 against her F 5, a whole step. Overlaps q06/q07 (15.8-22.1, bass and
    # kick; the guitar with the drums), q08 (18.95-25.26, the chords), z09 (degraded, 22.1-28.42, guitar doubling bass)
    # and r04; the register of two parts never asked
    Question("b08", "ft_drive_ab152", ["guitar", "vocals"], 15.79, 28.42,
             "is the guitar fighting the singer for the same range in this verse? thinking of carving EQ or moving "
             "the guitar down an octave",
             "no overlap, though they sit close: the guitar is just under her. His off-beat chords are three notes "
             "high on the neck (A flat C E flat, F A flat D flat, G B flat E flat), spanning the F above middle C to "
             "the E flat an octave up (about 350-620 Hz). She sings high and narrow, from F to B flat an octave above "
             "that (about 700-930 Hz), mostly A flat and G (about 830 and 780 Hz). So the guitar's top note is a "
             "whole step under her lowest; their centres are roughly an octave apart. No need to move the guitar; if "
             "anything, a small dip around 600-700 Hz where they meet. Right: the guitar below her with no shared "
             "notes (or 'a tone apart at the nearest'), both spans within a whole tone at each end or the octave "
             "between them said; 'guitar below her' with the spans missing or a fifth or more off, or the spans "
             "right with the parts called overlapping, is partly",
             "the guitar and voice in the same range; the guitar above her; the guitar an octave or more below the "
             "spans given; the guitar playing low chords or single bass notes; no vocal in the window"),
    # ft_drive_ab152, hook bars 25-30, 37.88-47.36 (4/4 at 152, beat 0.395 s, eighth 0.197 s, bar 1.579 s; hook
    # 37.895-50.53, chords F minor, D flat, A flat, E flat, F minor, D flat). The kit ('groove', power kit): kick on one
    # and three (velocity about 106-111), snare on two and four, closed hats on every eighth, a crash at 37.895. The
    # bass ('riff', picked bass), the same figure every bar: five notes 0.158 s long, velocity 101-109, on the eighths
    # one, the and of one, the and of two, three and four -- root, octave, fifth, root, major sixth (F 2 F 3 C 3 F 2 D
    # 3; D flat 2 D flat 3 A flat 2 D flat 2 B flat 2; ...). So a bass note on every kick, plus three the kick does not
    # have (the and of one, the and of two, four with the snare). Overlaps k04 (37.87-44.2, bass and guitar), c06
    # (31.57-44.2, the kit's dynamics), g10, y05, e06, r05, q05 and c07; bass and kick asked on ab152's verses (q06,
    # q16, n07) and on other songs (w03, m01, h06, x02, y04), never on this hook
    Question("b09", "ft_drive_ab152", ["bass", "drums"], 37.88, 47.36,
             "is the bassist locked with the kick in this hook, or doing his own thing? deciding whether to glue "
             "them with a bus compressor",
             "locked on the kicks, but busier than the kick. The same one-bar riff every bar (4/4 at about 152, a bar "
             "about 1.58 s): five short notes, on one, the 'and' of one, the 'and' of two, three and four. The kick "
             "plays only one and three (snare two and four, hats on the eighths), so every kick has a bass note dead "
             "on it, and the bass adds three of its own: the 'and' of one and the 'and' of two against the hats "
             "alone, and four with the snare. The notes: root, octave, fifth, root, sixth of each chord (F minor, D "
             "flat, A flat, E flat, a bar each). Nothing early or late. Right: a bass note on every kick (one and "
             "three) plus notes between them, at least two of the three extras placed (or 'pushing on the and of "
             "one and two'); 'locked with the kick' with the extras missed or said to follow the kick, or the extras "
             "right with the kick given on every beat, is partly",
             "bass behind or ahead of the kick; the bass only on the kicks; the kick on every beat; the bass on "
             "every eighth; held bass notes; a walking line"),
    # ft_ballad_csm76, bridge bars 18-21, 53.68-66.3 (4/4 at 76, beat 0.789 s, bar 3.158 s; C sharp minor; bridge
    # 53.68-66.32, chords A, B, C sharp minor, C sharp minor). The lead (the vocals stem, 'long', choir aahs): one note
    # a bar, 3.0 s, from 0.02 s after the bar line -- E 5 (53.70), F sharp 5 (56.86), G sharp 5 (60.02), G sharp 5
    # (63.18): the chord's fifth each time. The piano ('broken', electric piano): five notes rising on every eighth,
    # 0.59 s each -- E 3 A 3 C sharp 4 E 4 A 4; F sharp 3 B 3 D sharp 4 F sharp 4 B 4; E 3 G sharp 3 C sharp 4 E 4 G
    # sharp 4 -- so her note is the piano's E 4, F sharp 4, G sharp 4 an octave up, above the piano's top note. Overlaps
    # t04 (53.68-66.3, what the piano does under the voice), p08 (degraded, the chords), f09 (56.84-66.3, the arp's
    # pattern), g08, k10 and e08; doubling asked of the bass and guitar (k04, z09), never of the singer
    Question("b10", "ft_ballad_csm76", ["vocals", "piano"], 53.68, 66.3,
             "she holds one long note a bar over the keys in this bridge -- is she singing a harmony line of her own, "
             "or just doubling something the piano plays? adding strings and don't want to clutter it",
             "doubling: one note a bar, each the fifth of the chord, which the piano's rolling figure also plays an "
             "octave lower. Four bars (4/4 at about 76, a bar about 3.16 s): over A (about 53.7 s) she holds E; over "
             "B (56.9 s) F sharp; over C sharp minor (60.0 s, and again at 63.2 s) G sharp. The piano runs up the "
             "same chord on every eighth, five notes (say E A C sharp E A), below her; her note is its E, F sharp or "
             "G sharp an octave up, just above its top. So her line is E, F sharp, G sharp, G sharp, rising by "
             "steps, no independent harmony -- strings have room below her, or a line of their own on the thirds. "
             "Right: one long note a bar doubling a chord tone the piano plays (the fifth, an octave up), with two of "
             "the three notes E, F sharp, G sharp right; 'doubling / a chord tone' without the notes, or the notes "
             "right but called a harmony line of her own, is partly",
             "a moving melody of several notes a bar; a counter-melody against the piano; notes outside the chords; "
             "the piano doubling her in unison; the singer silent"),
]
# Round 23, read once (packets at 95262cd, the code of 23392b2, in a clean worktree with a fresh client home: every
# song ingested by that code; the questions committed at 95262cd before any packet). Graded by hand against the keys
# above; the answers (eval/client_answers/round23.json) are a helper model's that read only the ten packets
GRADES_23 = {"b01": "wrong", "b02": "wrong", "b03": "wrong", "b04": "partly", "b05": "right", "b06": "right",
             "b07": "partly", "b08": "right", "b09": "right", "b10": "right"}
GRADES_23_WHY = {
    "b01": "'pitch bends aren't measured': no answer on the vibrato; the lead and rhythm guitars' stem read as mostly "
           "chords: wrong",
    "b02": "'the tool doesn't time each chord change against the downbeat'; the chart's bar lines a beat off, a B flat "
           "bar where the score has E flat: no answer: wrong",
    "b03": "'can't answer the accent part' (no bell or level per hit): wrong",
    "b04": "top E flat 4 (D 4, a semitone), 'realistically F 3' at the bottom with the opening slide's A flat 2 given "
           "as the lowest, nineteen semitones: partly",
    "b05": "loop one bar: kick one, the and of two, three; snare two and the and of three; tom on the and of four "
           "(the tambourine called a hi-hat on two and four): right",
    "b06": "a half-step approach on four into each next root, from below and above, all placed: right",
    "b07": "the change at 60.0 s from quarters to eighths: right; the notes' length 'not measured directly', 'leans "
           "toward connected': partly",
    "b08": "no overlap, the guitar a whole step under her lowest note, both spans right: right",
    "b09": "a bass note on every kick, plus the and of one, the and of two and four: right",
    "b10": "doubling the fifth of each chord an octave over the piano: E, F sharp, G sharp: right",
}
# the baseline text names the stems, the key and the frame: nothing any of these asks
BASELINE_GRADES_23 = {q: "wrong" for q in GRADES_23}
QUESTIONS_24 = [
    # MusicDelta Punk, bars 13-17, 19.23-27.23 (MDB beats, 4/4 at about 150, beat 0.40 s, bar 1.6 s; downbeats 19.23,
    # 20.83, 22.43, 24.03, 25.62). MDB Drums sub-classes: kick (KD) on one, the and of one, the and of two and the and
    # of three in every bar (bar 16: 24.03, 24.24, 24.63, 25.03), plus an extra kick on the and of four of bar 14
    # (22.22) into a crash (22.48); open hat (OHH) on the quarters, snare (SD) on two and four. The fill: bar 16, beat
    # four, four snare sixteenths 25.24, 25.33, 25.42, 25.51 with no kick and no hat under them; bar 17 lands on the
    # one (25.62) with the kick and the open hat, no crash. Overlaps t11 (16-24, what he plays), h07 (17.6-24, the
    # hats), y07 (24-28.7, dropouts and a fill, all stems), m09 (12.85-19.2, the kick pattern) and d01; the kick in a
    # fill bar never asked
    Question("a01", "real:musicdelta_punk", ["drums"], 19.23, 27.23,
             "there's a little fill near the end of this -- what's the kick doing in that bar? does he keep the "
             "pattern going or drop it for the fill?",
             "he keeps it going (4/4 at about 150, a bar about 1.6 s). The fill is only the last beat of the fourth "
             "bar: four snare sixteenths on beat four, about 25.24-25.51 s. In that bar the kick plays exactly its "
             "usual pattern -- one, the 'and' of one, the 'and' of two and the 'and' of three (about 24.03, 24.24, "
             "24.63 and 25.03 s) -- and stops only for the roll itself: nothing under the sixteenths. The next bar "
             "lands with the kick and the open hat on the one at about 25.6 s, no crash. (The one other kick change "
             "here is an extra kick on the 'and' of four of the second bar, about 22.2 s, into a crash.) Right: the "
             "kick's normal pattern through the fill bar and a snare roll on beat four (within 0.2 s), with no kick "
             "under the roll; 'the kick keeps the groove' with the fill's place or pattern missing, or the fill "
             "placed right with the kick said to drop out for the whole bar or to double the snare, is partly",
             "kick and snare in unison through the fill; the kick dropped for the whole bar; a tom fill; a crash on "
             "the one after the fill; a fill of a full bar or longer; no fill in the window"),
    # MusicDelta Beatles, bars 10-13, 19.64-28.39 (MDB beats, 4/4 at about 111, beat 0.545 s; downbeats 19.64, 21.84,
    # 24.01, 26.20, the next 28.39). The female singer's notes (truth.json, derived from the STEM_08 verified f0;
    # fractional MIDI, some 20-30 cents flat): bar 12 (24.01-26.20): E 4 24.10-24.31 (64.3), F sharp 4 24.36-24.67
    # (66.1), E 4 24.83-25.14 (63.7), a brief E flat slide (25.14) into D 4 25.23-25.55 (61.8), B 3 25.61-25.89
    # (58.8), D 4 25.92-26.21 (62.0); bar 13 opens F sharp-G 4 (26.30-26.88). Overlaps g03 (15.25-24, the hand-over,
    # all stems), f04 (21.84-35.9, her peak and last note, all stems), z02 (11-19.5, doubling) and s10, m10; a named
    # bar of her line never asked
    Question("a02", "real:musicdelta_beatles", ["vocals"], 19.64, 28.39,
             "what notes is she singing in the third bar here -- from about 24.0 to 26.2 s? want to double that bit "
             "on a glockenspiel",
             "six notes, a stepwise turn and a drop (4/4 at about 111, a bar about 2.2 s): E (about 24.1 s, on the "
             "one), F sharp (24.4), E (24.8), D (25.2, slid into from just above), B below it (25.6) and D again "
             "(25.9) -- E above middle C down to the B below it. Mostly eighth notes; no note held more than about a "
             "third of a second. The next bar opens on F sharp rising to G. Right: E, F sharp, E, D, B, D (at least "
             "five of the six in order), or 'E F sharp E, then down to D and B', the register within a semitone; the "
             "right shape with one or two notes a step off, or the notes right an octave off, is partly",
             "held notes; a rising line to a high G or A; notes of C major (C, E, G) as the bar; a male singer; no "
             "vocal in the bar"),
    # MusicDelta Country1, bars 1-6 and the first beats of bar 7, 0.0-14.0 (MDB beats, 4/4 at about 109, beat 0.55
    # s; downbeats 0.07, 2.26, 4.46, 6.61, 8.79, 11.00, 13.19). The singer's notes (truth.json, derived from the
    # STEM_05 verified f0): nearly all 0.1-0.45 s; the longer ones G 3 3.67-4.20 (0.53 s, a beat, the first line's
    # end), G 3 5.51-6.55 (1.03 s, about two beats; a 0.14 s break after the G at 5.12), A 3 12.88-13.69 (0.82 s, a
    # beat and a half, the last note). Overlaps b04 (0-14, his range), x06 (0-8, who plays), j04 (11-19.7), o09
    # (13.17-19.7); how long he holds his notes never asked
    Question("a03", "real:musicdelta_country1", ["vocals"], 0.0, 14.0,
             "how long does he hang on his long notes in this verse? want to time pedal steel swells to them",
             "he hardly holds anything: most syllables are short, under half a second (4/4 at about 109, a beat "
             "about 0.55 s). Three notes are longer: the G ending his first line, about 3.7-4.2 s (a beat); the G at "
             "about 5.5-6.55 s, the longest, about a second (two beats); and the last note, an A, about 12.9-13.7 s "
             "(a beat and a half). So swells of one to two beats at about 5.5 and 12.9 s; nothing held a bar. "
             "Right: the G at about 5.5 s as the longest (about a second, within 0.3 s) and the closing A (about "
             "0.8 s), the rest short; one of the two placed and long notes claimed elsewhere, or both placed with "
             "lengths doubled or halved, is partly",
             "notes held a bar or longer; every line ending on a long held note of two beats or more; the longest "
             "note at the start or on D; a sustained vocal throughout; no vocal in the window"),
    # ft_ballad_eb54, bars 8-11, 17.5-27.5 (5/4 at 120, beat 0.5 s, bar 2.5 s; E flat minor; verse 7.5-22.5, chorus
    # from 22.5; chords E flat minor, A flat minor, A flat minor, B flat minor). Verse: kit kick on one and snare on
    # three (pulses 0 and 4), ride (51) on the quarters, velocity 51-78; bass whole-bar roots (E flat 2, A flat 2,
    # 2.45 s, v64-66); piano held triads a bar (v59-63); voice eighths B flat 5-D flat 6 (v71-78). From 22.5: a crash
    # (49) with the kick; kick one, three, five, snare two and four, closed hats (42) on every eighth, v91-102; the
    # bass a five-note riff of eighths (A flat 2, A flat 3, E flat 3, A flat 2, G flat 3; v91-99); the piano the
    # chord (plus the octave) on every eighth, v79-97; the voice the same kind of eighths in the same register, v96-104.
    # The chord does not change at the chorus (A flat minor 20.0-25.0). Overlaps j09 (17.5-27.48, the drums into the
    # chorus), d08 (15-27.5, the bass long or busy), s03, s04, y03, e09, m01 and v07; what changes at the chorus,
    # all stems, never asked on this song
    Question("a04", "ft_ballad_eb54", ["drums", "bass", "piano", "vocals"], 17.5, 27.5,
             "what actually changes when the chorus hits here? the lift feels big but I can't say why",
             "the chorus hits at about 22.5 s (5/4 at about 120, a bar 2.5 s) and everyone gets busier and louder at "
             "once; the chord does not change (A flat minor carries over from the verse's last bar). Drums: from a "
             "soft kick on one, snare on three and ride on the quarters to a crash on the one, kick on one, three "
             "and five, snare on two and four and closed hats on every eighth. Bass: from one held root a bar to a "
             "driving eighth-note riff (root, octave, fifth, root, seventh). Piano: from held chords a bar to the "
             "chord hammered on every eighth. The singer keeps the same register and rhythm but sings much harder. "
             "Right: the chorus at 22.5 s (within 0.3 s) with at least three of: the crash and busier kit with "
             "eighth hats, the bass from held notes to eighths, the piano from held to repeated chords, everything "
             "louder; the change placed with one or two parts named, or the parts right with the place missing, is "
             "partly",
             "a key change or new chord at the chorus; the singer jumping up an octave; a drum fill into it; an "
             "instrument entering that was not there; the chorus at 20.0 or 25.0 s; a change in meter or tempo"),
    # ft_ballad_csm76, verse bars 6-9, 15.79-28.42 (4/4 at 76, bar 3.158 s; C sharp minor; chords E, B, C sharp minor,
    # A, a bar each). The bass: one note a bar, held 3.1 s, the root -- E 2 15.79, B 2 18.95, C sharp 2 22.11, A 2
    # 25.26. The piano: one held three-note chord a bar -- E 3 G sharp 3 B 3 (root position), F sharp 3 B 3 D sharp 4
    # (second inversion), E 3 G sharp 3 C sharp 4 (first inversion), E 3 A 3 C sharp 4 (second inversion): its lowest
    # note is the root only under E. Overlaps q04 (9.47-22.1, the chords), r03 (the piano), r02, h01, q02 and j05;
    # roots asked of this bass in the chorus (v02, 41-47.4), never in the verse
    Question("a05", "ft_ballad_csm76", ["bass", "piano"], 15.79, 28.42,
             "how's the bass sitting with the piano's chords in this verse -- roots, or is he playing against them? "
             "rewriting the bass line and want to know what I'm replacing",
             "plain roots, one held note a bar, right with the chords (4/4 at about 76, a bar about 3.16 s): E "
             "(about 15.8 s), B (18.9), C sharp (22.1), A (25.3), each struck on the one and held the whole bar, "
             "with the piano's held chord -- E major, B major, C sharp minor, A major. What he adds: the piano voices "
             "its chords close in the middle, mostly inverted (F sharp at the bottom of the B chord, E under the C "
             "sharp minor and the A), so the bass is the only part putting the root underneath from the second "
             "chord on. Right: held roots, one a bar, of E, B, C sharp minor, A (three of the four named); 'roots, "
             "held' with the chords missing or one wrong, or the chords right with the bass said to move within the "
             "bar or to play other chord tones, is partly",
             "a walking line; the bass on the third or fifth; a pedal note under all four chords; busy eighth "
             "notes; chords other than E, B, C sharp minor, A"),
    # ft_drive_ab152, second verse bars 41-48, 63.16-75.79 (4/4 at 152, beat 0.395 s, bar 1.579 s; A flat major;
    # chords A flat, D flat, A flat, E flat). The guitar ('skank'): three-note chords (A flat 4 C 5 E flat 5; F 4 A
    # flat 4 D flat 5; G 4 B flat 4 E flat 5), 0.1 s long, on the four off-beats of every bar, 32 strokes 63.355-75.59,
    # no gap over 0.4 s, no single notes. The lead (vocals): A flat 5, B flat 5, G 5 -- eighths 63.16-66.3, quarters to
    # 67.86; rest 67.86-69.47; eighths from 69.47, quarters 72.63-74.18, rest to 75.79. Overlaps d06 (56.84-72.63,
    # her lines and breaks, vocals and drums), e07 (degraded, 60-72.63, the guitar against the kit), b06, z03, y01
    # and m06; b08 asked the registers in the first verse; what the guitar does in her gaps never asked
    Question("a06", "ft_drive_ab152", ["guitar", "vocals"], 63.16, 75.79,
             "what's the guitar doing while she sings here -- does he answer her in the gaps or just keep chopping? "
             "deciding whether to add a fill instrument in her rests",
             "just keeps chopping: short three-note chords on every off-beat ('and' of each beat), four a bar, the "
             "same through her lines and through her rests, with no fills or single notes (4/4 at about 152, a bar "
             "about 1.58 s). The chords follow A flat, D flat, A flat, E flat, a bar each, voiced about an octave "
             "below her. She sings about 63.2-67.9 s, rests a bar (about 67.9-69.5), sings again to about 74.2 and "
             "rests to the window's end -- nothing from the guitar answers her, so the rests are free for a fill. "
             "Right: off-beat chords throughout, unchanged in her gaps, with at least one gap placed within 0.3 s; "
             "'keeps playing, no fills' without the off-beat, or the off-beat chords with a fill claimed in a gap, "
             "is partly",
             "guitar fills answering the vocal; the guitar dropping out under the vocal; chords on the beat; "
             "sustained or arpeggiated chords; a guitar melody doubling her"),
    # ft_drive_e24, bars 17-24, 20.0-30.0 (2/4 at 96, beat 0.625 s, bar 1.25 s; E major; verse to 30.0; chords E, B, C
    # sharp minor, A, twice, a bar each). The keys (piano): three-note chords, 0.156 s long, on the and of each beat
    # only (20.312, 20.938, ...), nothing on the beats. The fourth bar, 23.75-25.0, A major: the chord E 4 A 4 C sharp
    # 5 at 24.062 (the and of one) and 24.688 (the and of two); beat two itself (24.375) empty. Overlaps c10 (22.5-35,
    # the keys on or off the beat, with the drums), k06 (12.5-20), t08, y04 and f07; the chord on a named beat never
    # asked
    Question("a07", "ft_drive_e24", ["piano"], 20.0, 30.0,
             "what chord is the keys player on at beat two of the fourth bar here? my bass note there sounds off",
             "A major (E, A, C sharp, with E at the bottom) -- but he does not hit on beat two itself: he only plays "
             "on the 'and' of each beat (2/4 at about 96, a beat about 0.63 s, a bar 1.25 s). The fourth bar runs "
             "about 23.75-25.0 s; beat two is at about 24.4 s, and his A major chord sounds on the 'and' of one "
             "(about 24.06) and the 'and' of two (about 24.69). The bars go E, B, C sharp minor, A, twice, so the "
             "bass wants A there, not E. Right: A major for that bar (the beat or the whole bar), within 0.3 s of "
             "the bar's place; the chord right with the off-beat rhythm wrong or missed, or the neighbouring bar's "
             "chord (C sharp minor, or E) given, is partly",
             "E major; C sharp minor; B major; a minor chord on A; a chord struck on beat two; no chord in the bar"),
    # ft_ballad_csm76, chorus end and break, bars 14-17, 41.05-53.68 (4/4 at 76, bar 3.158 s; C sharp minor; chorus
    # 28.42-47.37, chords A, B; break 47.37-53.68, C sharp minor). Per half bar 41.05-47.37: drums 6 hits (kick,
    # snare, hats, v84-87), bass 2-3 notes (v93-96), piano 16 notes (v87-89), vocals 4 (v98-104). From 47.37: bass,
    # piano and vocals silent; drums alone, a crash with the kick at 47.37, then toms and kick on quarter notes (D 3,
    # A 2, snare, kick; v103-108). Overlaps g08 (47.35-59.98, bars of drums before the keys), z05 (degraded,
    # 44.2-50.5, fills), k10 (degraded, 50.5-60, arrangement), q03 (47.37-53.68, the bass), v02 and m02; where the
    # energy dips never asked
    Question("a08", "ft_ballad_csm76", ["drums", "bass", "piano", "vocals"], 41.05, 53.68,
             "where does the energy drop out in this stretch? want to put a riser before it comes back",
             "at about 47.4 s (4/4 at about 76, a bar about 3.16 s), when the chorus ends: the bass, the piano and "
             "the singer all stop, and the drums play on their own -- a crash on the one, then a tom-and-kick "
             "pattern on the quarter notes, hit harder than in the chorus. Before that (41.05-47.4) the whole band "
             "is in. So the dip is in the band, not in the drums, for the rest of the window (two bars, to "
             "53.7); the riser goes into about 53.7 s. Right: the drop at about 47.4 s (within 0.4 s) with bass, "
             "keys and voice out and the drums alone; the place right with only one or two parts named, or the "
             "parts right with the drums said to stop too or the drop placed a bar off, is partly",
             "everyone stopping; the drums dropping out with the band playing on; a gradual fade; the dip at 44.2 or "
             "50.5 s; no change in the window"),
    # ft_swing_g1208, second head, bars 23-26, 83.81-95.24 (4/4 at 63 with a triplet pulse, beat 0.952 s, bar 3.81
    # s; G major; chords G, D, C, a bar each). The lead (vocals): bar 23 (83.81-87.62, over G): G 5 83.81, A 5 84.76,
    # B 5 85.71, C sharp 6 86.67 -- one a beat, 0.876 s each; rest through bar 24 (87.62-91.43, D); bar 25 (C):
    # eighth-ish notes 0.44 s on G 5, F sharp 5, G, A, G, A, G, A. The guitar comps G 4 B 4 D 5 (over G). The C sharp
    # is the raised fourth over G (a tritone above the root). Overlaps t10 (76.2-91.4, spill, vocals and guitar), w06
    # (degraded, chords), h04, t05, d07 and m05; a named bar of this singer asked only in the first head (g09, 0-15.22)
    Question("a09", "ft_swing_g1208", ["vocals", "guitar"], 83.81, 95.24,
             "what's she singing in the first bar here? the last note sounds odd against the guitar's chord",
             "four notes, one a beat, each held nearly the full beat, climbing by steps over the G chord (4/4 at "
             "about 63 with a triplet feel, a bar about 3.8 s): G (about 83.8 s), A (84.8), B (85.7) and C sharp "
             "(86.7), G above middle C an octave up. The C sharp is what sounds odd: the guitar is on G major (G B "
             "D), and C sharp is its raised fourth -- a Lydian colour, a tritone above the root. She then rests "
             "through the next bar (D) and comes back at about 91.4 s. Right: G, A, B, C sharp rising a beat each "
             "(three of the four), with the C sharp named as the odd note (the sharp four over G); the notes right "
             "without the C sharp picked out, or the C sharp named with the other notes wrong, is partly",
             "a C natural as the top note; a falling line; notes held a bar; the odd note a wrong guitar chord; no "
             "vocal in the bar"),
    # ft_drive_e24, second verse bars 39-47, 47.5-58.75 (2/4 at 96, beat 0.625 s, eighth 0.3125 s, bar 1.25 s; E
    # major; chords C sharp minor, A, E, B). The lead (vocals, 'phrases'): in a four-bar cycle -- two quarters 0.575 s
    # long (47.5 A flat 5, 48.125 G 5; 52.5, 53.125; 57.5 E 5, 58.125 E flat 5), a bar's rest (48.75-50.0,
    # 53.75-55.0), two bars of eighths 0.288 s long (50.0-52.5, 55.0-57.5). Nothing longer than 0.575 s. Overlaps
    # m07 (45-50, the singer in bar 3, all stems), x02, p06, s07, s08, b07, n04 (degraded) and j10; how long she holds
    # her notes never asked
    Question("a10", "ft_drive_e24", ["vocals"], 47.5, 58.75,
             "does she hold any notes long in this verse, or is it all short? want a pad to swell on her long notes",
             "nothing is held long: her longest notes are a beat (2/4 at about 96, a beat about 0.63 s, a bar 1.25 "
             "s). The line goes in four-bar cycles: a bar of two quarter notes, each about 0.58 s (at about 47.5, "
             "52.5 and 57.5 s), a bar's rest (about 48.75-50.0 and 53.75-55.0), then two bars of eighth notes, each "
             "about 0.29 s (50.0-52.5, 55.0-57.5). So the 'long' notes are the quarter-note pairs -- under a second; "
             "a pad swell should cover a bar or be tied to the rests instead. Right: nothing longer than about a "
             "beat, the quarter-note bars (at least two placed within 0.3 s) against the eighths; 'all short' "
             "without the quarters placed, or the quarters placed but called held a bar or more, is partly",
             "notes held a bar or more; one long sustained note per line; a note held across the rests; only "
             "eighth notes; no vocal in the window"),
]
# Round 24, read once at the session's end (packets at 849a867, the code of ce7118f, in a clean worktree with a fresh
# client home: every song ingested by that code; the questions committed at 849a867 before any packet). Graded by
# hand against the keys above; the answers (eval/client_answers/round24.json) are a helper model's that read only
# the ten packets
GRADES_24 = {"a01": "right", "a02": "partly", "a03": "wrong", "a04": "right", "a05": "right", "a06": "right",
             "a07": "wrong", "a08": "right", "a09": "right", "a10": "right"}
GRADES_24_WHY = {
    "a01": "the kick's usual pattern through the fill bar, the fill a snare pickup on beat four: right",
    "a02": "E, F sharp, E, D ... B, D in order, with a D sharp and two C sharps (slides) among them: partly",
    "a03": "'doesn't measure how long any single note is held': his long G and closing A not found: wrong",
    "a04": "the chorus at 22.52 s, the chord carried over, kit, bass and piano busier, the singer unchanged: right",
    "a05": "one held note a bar, E, B, C sharp, A, the chords' roots ('likely'): right",
    "a06": "off-beat stabs every bar, no answers in her gaps, both rests placed: right",
    "a07": "the fourth bar taken as 27.5-30 s (the 2/4 song counted in four: a bar of 2.5 s), C sharp minor given: "
           "wrong",
    "a08": "the bass, piano and singer out from about 47 s, the drums alone in a break: right",
    "a09": "G, A, B, C sharp climbing, the C sharp the sharp four over G: right",
    "a10": "mostly short notes, no long holds, the quarter-note moments at the starts of bars 20 and 22 placed: right",
}
# the baseline text names the stems, the key and the frame: nothing any of these asks
BASELINE_GRADES_24 = {q: "wrong" for q in GRADES_24}
QUESTIONS_25 = [
    # MusicDelta Beatles, bars 13-16, 26.20-34.92 (MDB beats, 4/4 at about 111, beat 0.545 s, bar 2.18 s; downbeats
    # 26.20, 28.39, 30.56, 32.72, the next 34.92). MDB Drums sub-classes: the floor tom (LFT) only once a bar, on the
    # 'and' of four, as two strokes about 0.05 s apart -- 28.11/28.16, 30.29/30.34, 32.44/32.50, 34.63/34.68; in every
    # bar kick on one, the 'and' of two and three, snare on two and the 'and' of three, tambourine on two and four.
    # Overlaps m10 (24-32.7, singer and fills), z07 (28.35-34.9, tempo), o06 (30.55-36.35, the ending) and s10; the
    # floor tom's place never asked
    Question("l01", "real:musicdelta_beatles", ["drums"], 26.2, 34.92,
             "where's the floor tom landing in his bar here? want to line up a low tom sample with it",
             "once a bar, on the 'and' of four -- half a beat before the next one (4/4 at about 111, a beat about "
             "0.55 s, a bar about 2.2 s): at about 28.1, 30.3, 32.45 and 34.65 s. Each is a quick double, two strokes "
             "about 0.05 s apart (flam-like), a pickup into the next bar's kick on the one; right after the "
             "tambourine on four. No other floor tom in these bars, and no tom fill. Right: once a bar on the 'and' "
             "of four (at least two placed within 0.15 s), calling it a single hit, a flam or a double all fine; "
             "once a bar but put on beat four or on the one, or the right place with more tom hits claimed "
             "elsewhere in the bar, is partly",
             "the floor tom on every beat or on two and four; the floor tom on the one; a tom fill across the toms; "
             "no tom in the window; the tom replacing the snare"),
    # MusicDelta Rock, the whole take, 0.0-13.09 (MDB beats, 4/4 at about 109, beat 0.545 s; downbeats 0.01, 2.16,
    # 4.36, 6.54, 8.72, 10.91). The male singer's verified f0 (annotations/MDB_MusicDelta_Rock_STEM_05.csv) is voiced
    # from 0.02 to 12.75 s with only four breaks over 0.15 s: 1.41-1.80, 3.56-3.94, 8.02-8.31 and 10.04-10.47 (each
    # near beat four of bars 1, 2, 4 and 5); every other unvoiced stretch is 0.13 s or less (consonants). Overlaps
    # u08 (0-13, who plays), n10, d04 and t12 (the drums); this singer never asked
    Question("l02", "real:musicdelta_rock", ["vocals"], 0.0, 13.09,
             "where does he breathe in this? want to drop short guitar stabs into the holes between his lines",
             "he hardly stops: he comes in right at the top (about 0.0 s) and sings almost nonstop to about 12.75 s. "
             "There are only four short breaks, each about 0.3-0.45 s, all near beat four, just before a bar line "
             "(4/4 at about 109, a beat about 0.55 s): about 1.4-1.8, 3.55-3.95, 8.0-8.3 and 10.05-10.45 s. No rest "
             "as long as a beat and no bar without singing, so the stabs have to be tiny and sit right before the "
             "downbeats at about 2.2, 4.4, 8.7 and 10.9 s. Right: near-continuous singing with at least three of "
             "the four breaks placed within 0.2 s; 'no real gaps' without any placed, two breaks placed, or the "
             "breaks placed but called a bar long, is partly",
             "rests of a bar or more; a line then a bar's rest; the singer entering after the first bar; long held "
             "notes at the ends of lines; no vocal in the window"),
    # vocadito track 1, the first three lines, 0.0-9.5 (unaccompanied, no beat annotation). Annotator A1's notes
    # (truth.json): line 1 0.66-3.11 (D, E flat, F 1.32-2.17 (0.85 s, 53.0 = F 3, about 175 Hz), D, B flat), line 2
    # 3.83-6.11, line 3 6.90-9.25; the next longest notes D 5.31-5.86 (0.56 s) and E flat 7.48-8.03 (0.55 s), the rest
    # 0.41 s or less. A2 splits the F into 1.32-1.68 and 1.68-2.17 at the same pitch (176 and 174 Hz), one held sound.
    # Overlaps g04 (0-12.45, range and line count) and k09 (0-12.5, key); the held notes never asked of this singer
    Question("l03", "real:vocadito_1_solo_voice", ["vocals"], 0.0, 9.5,
             "which note does the singer hang on longest in these first lines, and where? want to put a soft "
             "harmony note under it",
             "the F near the start of the first line, about 1.3-2.2 s -- held about 0.85 s, the top of that line "
             "(the F below middle C, about 175 Hz; the singer's tuning drifts, so within a semitone). Nothing else "
             "here is held much over half a second: the next longest are a D at about 5.3-5.9 s and an E flat at "
             "about 7.5-8.0 s, each about 0.55 s; the rest are short syllables. The lines run about 0.7-3.1, 3.8-6.1 "
             "and 6.9-9.25 s. Right: the note at about 1.3 s (within 0.3 s) as the longest, about 0.8-0.9 s (within "
             "0.3 s), the pitch, if given, within a semitone of F; one of the half-second notes (5.3 or 7.5 s) given "
             "as the longest, or the right note with its length doubled or halved, is partly",
             "a note held two seconds or more; the longest note at the end of a line or after 8 s; a sustained drone; "
             "an accompaniment under the singer; no singing in the window"),
    # GuitarSet 00_BN1-129-Eb_comp, the last three bars, 16.74-22.32 (129 BPM, beat 0.465 s, bar 1.86 s; downbeats
    # 16.74, 18.60, 20.47; chords A flat, then E flat from 18.60). Note offsets (the hexaphonic annotation): 17.02 a
    # stab 0.13-0.22 s; 17.71 A flat 2 and C 4 0.50-0.55 s; from 18.64 to 20.9 only stabs 0.17-0.40 s (18.64, 19.09,
    # 19.30, 19.76, 20.26, 20.70); the last chord D 4 21.16 (0.92 s) with B flat 3, G 4, B flat 4 21.41-21.42 (0.71-0.73
    # s), rings to about 22.1, then a D 4 0.24 s at 22.08. Earlier in the take notes ring 0.4-1.5 s. Overlaps b02
    # (13.02-22, changes on the one), u09 (14.9-22.3, chords) and d03; how long he lets his chords sound never asked
    Question("l04", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 16.74, 22.32,
             "in this last bit is he letting the chords ring or cutting them short? want my keys to match the "
             "articulation",
             "mostly cut short: from about 17.0 to 21.0 s his chords are quick stabs, about 0.15-0.3 s each -- less "
             "than a beat (129 BPM, a beat about 0.47 s) -- with space between them (about 17.0, 18.6, 19.1, 19.3, "
             "19.8, 20.3, 20.7 s). One longer chord near 17.7 s lasts about half a second. The exception is the "
             "final chord, struck about 21.2-21.4 s and let ring about 0.7-0.9 s to about 22.1 s, the end of the "
             "take. (Earlier in the take, at the start, he lets notes ring much longer.) Right: short, choked chords "
             "(under a beat) with the last chord at about 21.2 s (within 0.3 s) left ringing; 'short' without the "
             "ringing last chord, or only the ringing last chord, is partly",
             "chords let ring throughout; sustained legato strums; arpeggios ringing into each other; every chord "
             "held a full bar; no guitar in the window"),
    # ft_ballad_eb54, bridge end and outro, bars 20-24, 47.5-60.0 (5/4 at 120, beat 0.5 s, bar 2.5 s; E flat minor;
    # bridge 42.5-52.5, outro from 52.5; chords E flat minor, D flat, E flat minor, A flat minor, B). Drums: no note in
    # the window (the last at 42.25). Bass: none until 52.5, then one note a bar held 2.45 s, E flat 2, A flat 2, B 2
    # (v45-46). Piano: to 52.5 a rising five-note broken chord twice a bar, eighths 0.38 s (G flat 3 B flat 3 E flat 4
    # G flat 4 B flat 4; v49-57); from 52.5 one held three-note chord a bar (v36-44). Vocals: B flat 5 47.52 and A flat
    # 5 50.02, each held 2.38 s (to 52.4), then nothing. Overlaps s01 (37.5-52.5), t07 (52.5-60, chords), k02
    # (degraded, 45-55) and f08 (degraded, 42.5-52.5); what enters and leaves at the outro never asked
    Question("l05", "ft_ballad_eb54", ["drums", "bass", "piano", "vocals"], 47.5, 60.0,
             "what comes in and what drops out around here? setting up automation for the outro",
             "one change, at about 52.5 s, where the outro starts (5/4 at about 120, a bar 2.5 s): the singer stops "
             "(her last held note, an A flat, ends there), the bass comes in for the first time in the window with "
             "one soft held root a bar (E flat, A flat, B), and the piano switches from rolling eighth-note broken "
             "chords to one soft held chord a bar. Before 52.5: piano broken chords and the singer's long held notes "
             "(a bar each), no bass. There are no drums anywhere in the window. Right: the change at 52.5 s (within "
             "0.3 s) with the bass entering and the singer dropping out, plus the piano's change or the drums' "
             "absence; the change placed with only one of bass in and voice out, or both named with the time a bar "
             "off (50.0 or 55.0 s), is partly",
             "drums coming in; the singer entering; the bass dropping out; the change at 50.0 or 55.0 s; a key "
             "change; a gradual fade of everything"),
    # ft_ballad_eb54, chorus bars 13-15, 30.0-37.5 (5/4 at 120, beat 0.5 s, eighth 0.25 s, bar 2.5 s; chords D flat, A
    # flat minor, B flat minor). The lead (vocals): before the window, bar 12 five quarters B flat 5, C 6, B flat, A 5,
    # B flat (0.46 s); bar 13 (30.0-32.5) rests; bar 14 ten eighths B, B flat, B, D flat 6, B, D flat, B, B flat, B, B
    # flat; bar 15 (35.0-37.5, B flat minor) ten eighths 0.23 s: B flat 5, C 6, B flat, A 5, B flat, A, B flat, C, B
    # flat, A (v98-104). Overlaps z06 and p03 (27.5-37.5, bass and piano), k07 (drums), q13, e09 and v07 (22.5-32.5, is
    # anyone playing along); her notes in a named bar never asked on this song
    Question("l06", "ft_ballad_eb54", ["vocals"], 30.0, 37.5,
             "what's she singing in the last bar here, about 35 to 37.5 s? want to double it on a synth",
             "ten even eighth notes circling a high B flat with its neighbours (5/4 at about 120, a bar 2.5 s, an "
             "eighth 0.25 s): B flat, C, B flat, A, B flat, A, B flat, C, B flat, A -- the A is A natural, the C "
             "above and the A below the B flat, all around the B flat nearly two octaves above middle C "
             "(B flat 5), over the B flat minor chord. Each note short (about a quarter of a second), no rests in "
             "the bar; the chorus ends with it. (Before it: a bar's rest, 30.0-32.5, and a bar of eighths around B "
             "and D flat.) Right: the B flat-C-B flat-A neighbour pattern in eighths "
             "(at least seven of the ten in order, or described as B flat with upper C and lower A), the register "
             "within an octave; the right pitch set with the order or rhythm wrong (e.g. quarters), A flat for A, "
             "or the bar before given (B, B flat, D flat), is partly",
             "held notes; a rest in that bar; a line on D flat and F; a falling scale; quarter notes only; a low "
             "register under middle C"),
    # ft_ballad_csm76, chorus bars 11-14, 31.58-44.21 (4/4 at 76, beat 0.789 s, bar 3.158 s; C sharp minor; chords B,
    # C sharp minor, C sharp minor, A). The lead (vocals): bar 11 eighths 0.36 s (B 5, D flat 6, B flat 5); bar 12
    # (34.74-37.89) four quarters 0.73 s, A flat 5, B flat 5, A flat, B flat; bar 13 (37.89-41.05) no note; bar 14
    # eighths from 41.05 (A 5, B 5, A flat 5). The piano plays its eighth-note chords through bar 13 without a break.
    # Overlaps x04 (28.4-41.0), r01 (drums), c05 (bass rhythm), m02 (37.88-47.36, chords) and v02; the singer's rest in
    # the chorus never asked
    Question("l07", "ft_ballad_csm76", ["vocals", "piano"], 31.58, 44.21,
             "where's her gap in this chorus, and how long is it? want the piano to play a little answer in it",
             "one gap, a whole bar: about 37.9-41.05 s (4/4 at about 76, a bar about 3.16 s). She sings eighth notes "
             "through the first bar (about 31.6-34.7), slows to four quarter notes in the second (about 34.7-37.9, "
             "G sharp and A sharp back and forth), rests the whole third bar, and comes back on the one of the "
             "fourth bar at about 41.05 s with eighths again. Apart from that bar there are only tiny breaths "
             "between notes. The piano keeps playing its chords on every eighth through her gap, so the answer goes "
             "over the same C sharp minor bar. Right: one bar-long rest at about 37.9-41.05 s (both ends within 0.3 "
             "s), no other gap; the gap placed with its length called half a bar or two bars, or placed a bar off, "
             "or extra gaps claimed besides it, is partly",
             "she sings straight through with no gap; the gap at about 31.6 or 44.2 s; several bar-long rests; the "
             "piano dropping out with her; held notes a bar long"),
    # ft_ballad_csm76@degraded, chorus bars 10-12, 28.42-37.89 (4/4 at 76, beat 0.789 s, eighth 0.395 s, bar 3.158 s;
    # chords A, B, C sharp minor). The piano: a four-note chord on every eighth, 8 a bar, each 0.36 s (nearly legato;
    # the notes of a chord spread over about 0.025 s); on-beat chords v89-97, off-beat v79-87. Voicings E 3 A 3 C sharp
    # 4 E 4, F sharp 3 B 3 D sharp 4 F sharp 4, E 3 G sharp 3 C sharp 4 E 4. Overlaps x04 (28.4-41.0, what the chorus is
    # like), o08 (degraded, 28.4-41.03, key), w03 (28.4-34.7, bass and kick), r01 and m02; the piano's rhythm in the
    # chorus never asked
    Question("l08", "ft_ballad_csm76@degraded", ["piano"], 28.42, 37.89,
             "what rhythm is the keys player hitting in this chorus? want to program a synth to play the same "
             "pattern",
             "straight eighth notes: the whole chord struck on every eighth, eight a bar, no rests and no "
             "syncopation (4/4 at about 76, a beat about 0.79 s, an eighth about 0.39 s), each chord held almost to "
             "the next, so it sounds pulsing but connected. The chords on the beats are a little harder than the "
             "ones on the 'and's. One chord a bar: A major (about 28.4 s), B major (31.6), C sharp minor (34.7), "
             "four notes close together around middle C, with the fifth or the third at the bottom. Right: a chord "
             "on every eighth (8 a bar) through all three bars, unsyncopated; the accent on the beats is a bonus; "
             "repeated chords called quarter notes or sixteenths, or eighths with rests or off-beat pushes claimed, "
             "is partly",
             "held chords a bar long; arpeggios or broken chords; stabs only on the off-beats; chords changing every "
             "beat; the piano dropping out"),
    # ft_swing_g1208@degraded, second head bars 25-27, 91.43-102.86 (4/4 at 63 with a triplet pulse, beat 0.952 s,
    # bar 3.81 s; G major; chords C, C, G; the next bar E minor at 102.86). The bass: quarter notes 0.857 s -- C 2, E 2,
    # G 2, B 1 | C 2, E 2, G 2, A flat 2 | G 2, B 2, D 3, F 2 | then E 2 at 102.86. The guitar: short three-note chords
    # (E 4 G 4 C 5; G 4 B 4 D 5) on the last triplet of each beat. Overlaps w06 (degraded, 76.2-91.4, chords), v04
    # (91.4-106.7, key change), k01 (76.15-87.62, bass in the third bar), m05 and n02 (95.2-106.65); the bass's passing
    # notes in this head never asked
    Question("l09", "ft_swing_g1208@degraded", ["bass", "guitar"], 91.43, 102.86,
             "is the bass sticking to the guitar's chord tones here or walking through other notes? writing my own "
             "line and want to know what he's doing",
             "a walking line, one note a beat (4/4 at about 63 with a triplet feel, a bar about 3.8 s): in each bar "
             "he plays the chord's root, third and fifth on beats one to three, then on beat four a note outside "
             "(or leading out of) the chord that steps by a half step into the next bar's root. Over C (about 91.4 "
             "s): C, E, G, then B up into C; over C again (95.2): C, E, G, then A flat down into G; over G (99.05): G, "
             "B, D, then F down into the E of the next bar (E minor at about 102.9). The guitar comps C major and G "
             "major, so beats one to three agree with it and beat four is his approach note. Right: walking "
             "quarters, chord tones on one to three and a half-step approach on four (at least two of B, A flat, F "
             "named as approach notes); 'walking, mostly chord tones' without the beat-four approaches, or the "
             "arpeggios right with the approach notes called chord tones or given wrong, is partly",
             "one held root a bar; a two-feel of half notes; the bass doubling the guitar's chords; the fifth on the "
             "one; chords other than C and G"),
    # ft_swing_g1208, second head bars 22-24, 80.0-91.4 (4/4 at 63 with a triplet pulse, beat 0.952 s, triplet 0.317 s,
    # bar 3.81 s). The kit, the same in every bar: kick (36) on one and three (v71-78); side-stick (37) on two and four
    # (v71-77); ride (51) on every beat (v59-67) and on the last triplet of every beat (v49-57); no hi-hat, no snare
    # head, no crash (the crash is at 76.19, before the window). Overlaps t05 (76.2-91.4, guitar and drums, strumming
    # or picking), h04 (79.98-91.41, the meter), k01 and w06; f10 asked the kit on the triplet grid in the first head
    # (degraded, 0-15.22); the backbeat and hats of the second head never asked
    Question("l10", "ft_swing_g1208", ["drums"], 80.0, 91.4,
             "programming drums for this head -- what's on two and four, is there any hi-hat, and how's the ride "
             "going?",
             "two and four are a side-stick (rim click), not a full snare (4/4 at about 63 with a triplet feel, a "
             "beat about 0.95 s); there is no hi-hat at all. The ride plays every beat plus a softer skip note on "
             "the last triplet of each beat ('ding, da-ding' on every beat), and a soft kick sits on one and three. "
             "The same bar all three times, no fills or crashes in the window. Right: side-stick on two and four, "
             "the ride on the beats with a triplet skip, kick on one and three, no hi-hat (a skip on two and four "
             "only, the standard jazz ride, is fine if the rest is right); two of the four with nothing wrong, or "
             "all right but a hi-hat foot on two and four claimed, is partly",
             "a hi-hat on two and four; a full snare backbeat; straight-eighth ride; brushes sweeping; a crash in "
             "the window; the kick on every beat"),
]
# Round 25, graded 2026-12-03 (by the machine's clock, eleventh session) from eval/client_answers/round25.json: packets
# written once at 09a0060 (the code of 09a0060, every song ingested fresh into an empty home), answered by a helper
# model that read only the packets, graded by hand against the keys above
GRADES_25 = {"l01": "right", "l02": "partly", "l03": "right", "l04": "partly", "l05": "right", "l06": "right",
             "l07": "right", "l08": "partly", "l09": "partly", "l10": "wrong"}
GRADES_25_WHY = {
    "l01": "a tom once a bar on the and of four, at 28.1, 30.3, 32.5 and 34.7 s (its arithmetic from the grid): right",
    "l02": "four breaks near beat four, two placed within 0.2 s (3.40-4.00, 9.93-10.57), one loosely (1.13-2.05), the "
           "one at 8.0-8.3 missed ('4.0 to 9.85 one long phrase'), each called a beat or more: partly",
    "l03": "the F at 1.33-2.13 s as the longest, about 0.8 s: right",
    "l04": "short chords, cut short, but the ringing last chord at 21.2 s not found: partly",
    "l05": "the singer out and the bass in at 52.5 s, the piano from broken chords to held notes, no drums: right",
    "l06": "B flat, C, B flat, A, B flat, A, B flat, C, B flat, A in eighths: right",
    "l07": "one gap, the whole bar 37.9-41.07 s: right",
    "l08": "straight eighths 'every eighth except the and of three', changing bar to bar (a chord on every eighth on "
           "the degraded copy): partly",
    "l09": "chord tones with B and A flat as approach notes into the next bar, but 'each note played twice' and the F "
           "called the seventh, 'walking' not said: partly",
    "l10": "the snare on two and four and the kick on one and three, but 'there is hi-hat' and 'no ride at all' (the "
           "ride every beat with its skip missed by the detector): wrong",
}
# the baseline text names the stems, the key and the frame: nothing any of these asks
BASELINE_GRADES_25 = {q: "wrong" for q in GRADES_25}
QUESTIONS_26 = [
    # MusicDelta Shadows, bars 2-5, 2.21-10.93 (MDB beats, 4/4 at about 111, beat 0.545 s, bar 2.18 s; downbeats 2.21,
    # 4.37, 6.56, 8.75, the next 10.93). MDB Drums sub-classes: the kick (KD) twice a bar, on the one and on the 'and'
    # of two (0.49-0.53 of the beat) -- 2.22/3.03, 4.38/5.22, 6.56/7.38, 8.75/9.56; no other kick; snare (SD) on two and
    # four (2.76, 3.85, 4.93, 6.02, 7.11, 8.21, 9.29, 10.38); ride (RDC) on the eighths, bell (RDB) at 6.02 and 7.39;
    # crash (CRC) with the kick at 8.76. Overlaps z01 (0-8, swing), o01 (0-8.73, key), p01 (4.37-13.09, tempo), e02
    # (4.37-17.47, crashes) and r10 (8-16, what the drummer plays); where his kick lands never asked
    Question("i01", "real:musicdelta_shadows", ["drums"], 2.21, 10.93,
             "where's his kick landing in the bar here? want my bass part to lock with it",
             "twice a bar, the same every bar: on the one and on the 'and' of two (4/4 at about 111, a beat about "
             "0.55 s, a bar about 2.2 s) -- about 2.2 and 3.0, 4.4 and 5.2, 6.55 and 7.4, 8.75 and 9.55 s. No kick on "
             "three or four. The snare is on two and four, the ride on straight eighths (a crash with the kick at "
             "about 8.75 s). So the bass locks with a note on the one and a push on the 'and' of two. Right: kick "
             "on the one and the 'and' of two in every bar, at least two hits placed within 0.15 s; the one right "
             "with the second kick put on two or on three, or both right with extra kicks claimed on three or "
             "four, is partly",
             "four on the floor; kick on one and three; kick on every eighth; no kick in the window; the kick "
             "changing from bar to bar"),
    # GuitarSet 00_BN1-129-Eb_comp, bars 2-4, 1.86-7.44 (a click at 129, 4/4: beat 0.465 s, bar 1.86 s; downbeats 1.86,
    # 3.72, 5.58, the next 7.44; chord E flat throughout, A flat from 7.44). Notes per string (the jams): bar 2 the one
    # E flat 3, D 4, F 4 (1.89), the 'and' of two E flat 3, D 4, G 4 (2.60), then inner D 4, B flat 3, E flat 3; bar 3
    # the one B flat 3, F 4, C 5 (3.75, 0.44 s -- the highest note in the window), three B flat 3, F 4, B flat 4
    # (4.67), the 'and' of four E flat 3, D 4, G 4, B flat 4 (5.35, the B flat 4 ringing 1.47 s, to 6.82); bar 4 B flat
    # 3 (5.83), E flat 3 (6.07), D 4 and F 4 (6.30), then single B flat 3 (6.82) and A flat 3 (7.20) into the A flat.
    # Lowest note E flat 3 throughout. Overlaps u04 (0-7.4, the chord), j01 (0-7.42, strum or pick), f01 (0-14.88,
    # extensions), e01 (3.72-11.16, on the beat) and h09; the top line of his chords never asked
    Question("i02", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 1.86, 7.44,
             "what's the top note of his chords doing through here, and how high does it get? writing a vocal line "
             "and want it to sit above him",
             "all on E flat major (129 to the minute, a bar about 1.86 s), the top of his voicings moves: in the "
             "first bar F then G above middle C (about 1.9 and 2.6 s); in the second bar it jumps up to C an octave "
             "above middle C (about 523 Hz) on the one at about 3.75 s -- the highest note here -- then sits on the "
             "B flat just below it (about 4.7 and 5.35 s, the second one ringing to about 6.8 s); in the last bar it "
             "falls back to F (about 6.3 s) and he ends with low single notes (B flat, A flat) leading into the A "
             "flat chord at 7.44. The E flat at the bottom stays put. So a line above him wants to sit from about D "
             "an octave above middle C up. Right: the top rising from F/G to C-B flat and back to F, with the C (or "
             "the B flat-C peak) placed within 0.3 s of 3.75 s and within a semitone; the peak's pitch right but "
             "misplaced, or the top line given as F/G throughout, or the shape right an octave off, is partly",
             "the top note fixed on one pitch; a peak of E flat 5 or higher; the top line descending through the "
             "window; the chords changing every bar; no guitar in the window"),
    # vocadito track 1, 15.5-21.5 (unaccompanied, no beat annotation). Both annotators (notesA1/notesA2, the same
    # pitches and onsets; A2 splits the first D in two): line 1 D 3 15.92-16.93 (49.5-49.7, two or three syllables,
    # about 147 Hz), E flat 3 16.93 (51.1), F 3 17.43 (52.7), G 3 17.94-18.30 (55.1); a rest 18.30-18.92; line 2 G 3
    # 18.92, 19.27, 19.47-19.92 (54.7-55.3), E flat 3 19.92 (51.0), G flat 3 20.43 (54.2, 0.26 s), F 3 20.70-21.36
    # (52.9). Each note about 0.3-0.5 s. Overlaps h10 (15.8-27.95, line count and top note), u05 (16-30), e04, f03 and
    # c04 (from 18.9, repeats); the notes of this line never asked
    Question("i03", "real:vocadito_1_solo_voice", ["vocals"], 15.5, 21.5,
             "what notes is she singing in the line that starts around 16 s, and the one after it? want to double "
             "it on a flute",
             "the first line climbs step by step: D (repeated, about 15.9-16.9 s), then E flat (16.9), F (17.4) and "
             "G (about 17.9-18.3) -- the D, E flat, F, G below middle C (G about 196 Hz), each about half a second. "
             "After a short breath (about 18.3-18.9 s) the second line starts on that same G, repeated (about "
             "18.9-19.9), drops to E flat (19.9), then a quick G flat (F sharp) falling to F, held to about 21.4 s. "
             "Her tuning drifts a little flat, so within a semitone is fine. Right: the rising D-E flat-F-G (at least "
             "three of the four in order, each within a semitone) with the second line's repeated G falling to E "
             "flat/F; the climb right with the second line missing or wrong, or the right shape with the notes a "
             "step off throughout, or the right notes an octave off, is partly",
             "a falling first line; leaps of a fourth or more between notes; a top note above B flat; long held "
             "notes of a second or more; an accompaniment under her"),
    # MusicDelta Punk, bars 5-9, 6.40-14.44 (MDB beats, 4/4 at about 150, beat 0.4 s, bar 1.6 s; downbeats 6.40, 8.02,
    # 9.62, 11.24, 12.85). The singer's verified f0 (annotations/MDB_MusicDelta_Punk_STEM_04.csv) in the window:
    # percentiles 1/5/50/95/99 of 72.0/73.2/76.5/77.8/78.2 MIDI (524/562/679/730/751 Hz). Derived notes: mostly E 5 and
    # F 5 (76.4-77.4, the pitch between them), the low ones D 5 (73.6-74.4: 8.19, 9.25, 11.44, 12.35) and a D flat 5
    # (73.4, 13.73-14.06), the top a G flat 5 (78.2, 8.59-8.74, 0.15 s) -- nothing below 72 or above 79 held. Overlaps
    # o03 (3.2-9.6, bleed), u06 (0-8, his entry), d05 (12.85-25.62, on the one) and f02/k05 (drums); his pitch never
    # asked
    Question("i04", "real:musicdelta_punk", ["vocals"], 6.4, 14.44,
             "how high is he shouting in these lines -- what's the range? booking someone for gang vocals and want "
             "to know if they can double him",
             "high and narrow: he stays in a band about a minor third wide, around E and F an octave and a bit "
             "above middle C (E5/F5, about 660-700 Hz), dipping to D (about 590 Hz; once a D flat at about 13.8 s) "
             "and touching G flat only for a moment (about 8.6 s). Most of it sits at the very top of a male voice "
             "(shouted); no low notes at all (4/4 at about 150, the lines about 6.7-9.4, 9.8-12.9 and 13.0-14.4 s). "
             "So doubling him in unison needs a very high tenor or an alto; most men would double an octave down. "
             "Right: a narrow band (a third or so, at most a fourth) from about D5 to F5, each end within a "
             "semitone, the octave right (roughly 550-750 Hz); the span and centre right but an octave low (D4-F4), "
             "or one end a whole tone off, or 'around E5' with no range given, is partly",
             "a range of an octave or more; a low or chest-register voice around A3-E4; a falsetto melody above A5; "
             "spoken, pitchless shouting only; no vocal in the window"),
    # ft_drive_e24, 10.0-22.5, the first verse's first three lines (2/4 at 96, beat 0.625 s, eighth 0.3125 s; E major;
    # chords E, B, C sharp minor, A, a bar each). The keys (piano): a three-note chord 0.16 s on each off-beat eighth
    # (10.31, 10.94, 11.56 ...), voicings E 4 G sharp 4 B 4; F sharp 4 B 4 D sharp 5; E 4 G sharp 4 C sharp 5; E 4 A 4
    # C sharp 5 -- E 4 to E flat 5 throughout. The lead (vocals): every eighth, 0.29 s, with two 0.575 s notes ending
    # each line: line 1 10.0-13.7 B 4 B flat 4 B 4 D flat 5 | B 4 D flat 5 E flat 5 F 5 | E 5 E flat 5 (B flat 4-F 5);
    # line 2 15.0-18.7 E 5 to A flat 5; line 3 20.0-23.7 A flat 5 G 5 A flat 5 B flat 5 | B 5 D flat 6 B 5 D flat 6 |
    # A flat 5 G 5 (to D flat 6). Overlaps k06 (12.5-20, keys busy and who carries), d10 (10-25, her range), r09
    # (10-20, meter), f07, j06 and h02; the keys against her register never asked
    Question("i05", "ft_drive_e24", ["vocals", "piano"], 10.0, 22.5,
             "are the keys sitting in the same range as her voice through here? trying to decide whether to carve "
             "the keys out of her way",
             "only at first. The keys play short three-note chords on the off-beats, all between E above middle C "
             "and the E flat an octave above it (about 330-620 Hz), the same register throughout. Her first line "
             "(about 10.0-13.7 s, B flat up to F, 466-700 Hz) sits right inside those chords -- that is where they "
             "clash. Her second line (about 15.0-18.7 s, E to A flat above that) sits just above the keys' top "
             "note, and her third (about 20.0-23.7 s, A flat up to D flat, two octaves above middle C) clears them "
             "by most of an octave. She sings on every eighth, the keys only on the 'and's, so they collide on the "
             "off-beats. So carve or drop the keys an octave under the first line; later it matters little. Right: "
             "overlap in the first line with her climbing clear of the keys by the third, the two registers within "
             "a few semitones; 'overlapping' or 'clear' for the whole window with the registers roughly right, or "
             "the climb right with the keys' register an octave off, is partly",
             "the keys above the voice; the voice below middle C; the keys on every eighth or held chords; the "
             "voice and keys in unison; no keys in the window"),
    # ft_ballad_csm76@degraded, the bridge's last bar and the outro, bars 21-24, 63.16-75.79 (4/4 at 76, beat 0.789 s,
    # bar 3.158 s; C sharp minor; chords C sharp minor 63.16 and 66.32, A 69.47, E 72.63 to the end). Piano: to 66.32
    # a rising broken C sharp minor chord on the eighths (E 3 G sharp 3 C sharp 4 E 4 G sharp 4); then one held chord a
    # bar, 3.09 s, soft (v36-44): E 3 G sharp 3 C sharp 4; E 3 A 3 C sharp 4; E 3 G sharp 3 B 3. Bass: from 66.32
    # one held root a bar, C sharp 2, A 2, E 2. Vocals: G sharp 5 63.18-66.18, then nothing. No drums. Overlaps v01
    # (66.3-75.8, the outro), g05 (degraded, 66.3-75.75, the drum track), e08 (60-72.63, the bass's return), t04, p08
    # and b10 (the bridge); the outro's chords and last chord never asked
    Question("i06", "ft_ballad_csm76@degraded", ["piano", "bass"], 63.16, 75.79,
             "what chords take us out here, and does it finish on the home chord? want to end the string pad on the "
             "right note",
             "C sharp minor through the first two bars (the keys rolling up the chord, then, from about 66.3 s, "
             "one soft held chord a bar with the bass on the root), A major at about 69.5 s, and E major at about "
             "72.6 s, held to the end (4/4 at about 76, a bar about 3.16 s). So it does not go back to C sharp "
             "minor: it ends on E major, the relative major -- the pad should end on an E major chord (E, G sharp, "
             "B; the bass's last note is E). Right: C sharp minor, A, E with the changes within 0.3 s of 69.5 and "
             "72.6 s and the last chord E major; the chords right with a change a bar off, or the changes right "
             "with the last chord called C sharp minor (or E minor), or one of A/E wrong, is partly",
             "ending on C sharp minor; a B or G sharp chord in the outro; chords changing every two beats; drums "
             "playing in the window; a key change"),
    # ft_ballad_eb54, verse bars 4-8, 7.5-20.0 (5/4 at 120, beat 0.5 s, bar 2.5 s; E flat minor; chords E flat minor,
    # A flat minor, B, B flat minor, E flat minor). Bass: one note a bar on the one, held 2.45 s: E flat 2, A flat 2,
    # B 2, B flat 2, E flat 2 (the roots). Piano: one three-note chord a bar, also on the one, held 2.45 s: G flat 3 B
    # flat 3 E flat 4; A flat 3 B 3 E flat 4; G flat 3 B 3 E flat 4 (F sharp, B, D sharp); F 3 B flat 3 D flat 4; G
    # flat 3 B flat 3 E flat 4 -- the bottom note the root only on A flat minor (an octave above the bass), else the
    # third (G flat over E flat minor) or the fifth (F sharp over B, F over B flat minor). Overlaps x03 (7.5-17.5, the
    # groove), g06 (degraded, 7.48-17.48, chords), c08 (7.5-22.45, the chords' top notes), q12, s04 and y03; whether
    # the bass doubles the keys never asked
    Question("i07", "ft_ballad_eb54", ["bass", "piano"], 7.5, 20.0,
             "is the bass just doubling the bottom of the keys' chords in this verse? thinking of cutting it to "
             "thin things out",
             "no -- same rhythm, different notes. Both play once a bar on the one and hold the whole bar (5/4 at "
             "about 120, a bar 2.5 s), but the bass plays the roots, low: E flat, A flat, B, B flat, E flat. The "
             "keys' chords sit an octave or more above and are mostly inverted: their lowest notes are G flat "
             "(under E flat minor), A flat, F sharp (under B), F (under B flat minor), G flat. Only on A flat minor "
             "(about 10.0 s) does the keys' bottom match the bass, an octave up. Cut the bass and the chords lose "
             "their roots and sound inverted and light. Right: not doubling, the bass on the roots under the keys' "
             "held chords, with at least three of the bass notes or the keys' different bottom notes named; 'not "
             "doubling, bass on the roots' with no notes, or the notes right but called doubling, is partly",
             "the bass doubling the keys' bottom note throughout; a moving or walking bass; the bass and keys in "
             "different rhythms; the keys playing broken chords; no bass in the window"),
    # ft_drive_ab152@degraded, intro end and verse start, bars 5-12, 6.32-18.95 (4/4 at 152, beat 0.395 s, bar 1.579
    # s; A flat major; intro 0-12.63, verse from 12.63). Intro: drums (kick one and three, snare two and four, closed
    # hats on the eighths) and bass (eighths, root and octave, A flat and D flat alternating bars), nothing else. At
    # 12.63: crash with the kick (v86); the lead (vocals) from 12.63 on every eighth (G 4-D 5, then C 5-G 5), quarters
    # 15.79, rest 17.37-18.95; the guitar from 12.83, a three-note stab (A flat 4 C 5 E flat 5 and so on) on every
    # off-beat eighth, 0.1 s. Bass and drums go on without a break (a shade softer); first E flat chord 17.37. Overlaps
    # o07 (9.45-15.77, the singer's entry and spill), t01 (0-12.63, bass), j08 (0-12.61, drums), b08, q06, q07 and
    # q16; what enters at the verse never asked
    Question("i08", "ft_drive_ab152@degraded", ["drums", "bass", "guitar", "vocals"], 6.32, 18.95,
             "what comes in when the verse starts, and exactly when? setting up my mutes and automation",
             "everything changes at one point, about 12.6 s (4/4 at about 152, a bar about 1.58 s), after the "
             "intro's drums and bass alone: the singer comes in on that downbeat, the guitar enters with short "
             "chord stabs on the off-beats (first at about 12.8 s), and the drummer marks it with a crash. Bass and "
             "drums carry on through without a break or a fill -- nothing drops out. (The singer rests again about "
             "17.4-18.9 s.) Right: the change at about 12.6 s (within 0.2 s) with both the singer and the guitar "
             "entering and nothing dropping out; only one of the two entries, or both with the time a bar off "
             "(11.05 or 14.2 s), or an extra drop-out claimed, is partly",
             "keys or another instrument entering; the bass or drums dropping out; a drum fill into the verse; the "
             "change at about 9.5 or 15.8 s; the singer entering before 12 s"),
    # ft_swing_g1208, second head bars 22-25, 80.0-95.0 (4/4 at 63 with a triplet pulse, beat 0.952 s, bar 3.81 s;
    # chords C 80.0, G 83.81, D 87.62, C 91.43). The lead (vocals): a phrase from 76.19 (before the window) through
    # 87.54 -- bar 22 eighths 0.44 s (G 5 A 5 G 5 A 5 G 5 F sharp 5 E 5 F sharp 5), bar 23 quarters 0.88 s (G 5 A 5 B
    # 5 C sharp 6, the last 86.67-87.54); nothing 87.54-91.43 (the whole D bar); back on the one at 91.43 (G 5, F sharp
    # 5, ...). The guitar in the gap: a short D chord (F sharp 4 A 4 D 5) on the last triplet of each beat (88.25,
    # 89.21, 90.16, 91.11). Overlaps t10 and w06 (76.2-91.4), a09 (83.81-95.24, her first bar), l10, h04, k01 and v04;
    # the hole in her line never asked on this song
    Question("i09", "ft_swing_g1208", ["vocals", "guitar"], 80.0, 95.0,
             "where's the break in her line here, how long is it, and what chord is under it? want a trumpet fill "
             "in the hole",
             "one break, a whole bar: from about 87.5 s, after her long note, to about 91.4 s, where she comes back "
             "on the one (4/4 at about 63 with a triplet swing, a bar about 3.8 s). The chord under it is D major "
             "(the guitar's short D chords on the last triplet of each beat); she re-enters over C. Before it she "
             "sings straight through from the top of the window (eighths, then four longer notes climbing G, A, B, "
             "C sharp). So the trumpet has about 3.8 s of D major. Right: one bar-long gap at about 87.5-91.4 s "
             "(both ends within 0.3 s) over D (D7 fine); the gap placed with the chord wrong or missing, or the "
             "chord right with the length called half a bar or two bars, is partly",
             "several gaps; a gap under C or G; she sings straight through; a gap at the start of the window; the "
             "guitar dropping out with her"),
    # ft_ballad_csm76, verse bars 5-8, 12.0-24.5 (4/4 at 76, beat 0.789 s, bar 3.158 s; chords A 12.63, E 15.79, B
    # 18.95, C sharp minor 22.11). The kit: kick (36) only on the one of every bar (12.63, 15.79, 18.95, 22.11; v73-79),
    # snare (38) on three (v71-75), ride (51) on every beat (v51-59); no hi-hat, no other kick. The bass: one root a bar
    # on the one, held 3.095 s (A 2, E 2, B 2, C sharp 2; the previous bar's from 9.47 rings to 12.56). Overlaps q02
    # (12.63-25.26, the snare), j05 (degraded, 15.77-28.4, tempo and half-time), a05 (15.79-28.42, bass and chords),
    # w07, r02, r03 and h01; w03 asked bass and kick in the chorus, never in this verse
    Question("i10", "ft_ballad_csm76", ["bass", "drums"], 12.0, 24.5,
             "is the bass sitting with the kick in this verse? thinking of sidechaining the bass to it",
             "yes, completely: the kick plays only once a bar, on the one, and the bass plays one note a bar on "
             "that same one, together with it (about 12.6, 15.8, 18.95 and 22.1 s; 4/4 at about 76, a bar about "
             "3.16 s), then holds the root for the whole bar (A, E, B, C sharp). The snare is on three (a half-time "
             "feel), the ride on every beat, no other kicks. So a sidechain would duck each long bass note once a "
             "bar right at its attack -- probably pointless; a gentle one at most. Right: bass and kick together on "
             "the one, once a bar, the bass held through the bar, at least two placed within 0.15 s; 'locked' with "
             "the kick claimed on one and three (or the bass said to move), or the right pattern with the bass's "
             "length missed, is partly",
             "the kick on every beat; the bass on every eighth or walking; the bass ahead of or behind the kick; "
             "extra kicks between the bass notes; no bass in the window"),
]
# Round 26, graded 2026-12-03 (by the machine's clock, eleventh session) from eval/client_answers/round26.json: packets
# written once at 0963cfb (the session's last code commit, every song ingested fresh into an empty home), answered by
# a helper model that read only the packets, graded by hand against the keys above
GRADES_26 = {"i01": "right", "i02": "partly", "i03": "right", "i04": "right", "i05": "wrong", "i06": "right",
             "i07": "right", "i08": "right", "i09": "right", "i10": "right"}
GRADES_26_WHY = {
    "i01": "the kick on one and the and of two in every bar: right",
    "i02": "G, up to C at 3.74 s (the peak, placed), then B flat; the fall back to F in the last bar not said: partly",
    "i03": "D climbing E flat, F to G at 17.94 s; the second line's repeated G, E flat, ending on a held F: right",
    "i04": "D5 to F sharp 5 (the stray F3 set aside), too high for most men, an octave down: right",
    "i05": "'overlapping' throughout with the keys said to reach A sharp 6 to C 7 (the transcription's overtones; "
           "the keys stay E4-E flat 5), her climb clear of them not said: wrong",
    "i06": "C sharp minor, A at 69.45 s, E at 72.46 s, ending on E, not the home chord: right",
    "i07": "not doubling: the bass on the roots E flat, A flat, B, B flat, E flat under the keys' held chords: right",
    "i08": "the verse at 12.61 s: the singer and the guitar in, a cymbal, bass and drums on through: right",
    "i09": "her gap 87.58-91.44 s, about a bar, over D: right",
    "i10": "bass and kick together on the one once a bar, each bass note held about four beats, placed: right",
}
# the baseline text names the stems, the key and the frame: nothing any of these asks
BASELINE_GRADES_26 = {q: "wrong" for q in GRADES_26}
QUESTIONS_27 = [
    # MusicDelta Shadows, bars 3-5, 4.37-10.93 (MDB beats, 4/4 at about 111, beat 0.545 s, bar 2.18 s; downbeats 4.37,
    # 6.56, 8.75, the next 10.93). The lead guitar's verified f0 (annotations/MDB_MusicDelta_Shadows_STEM_04.csv; the
    # guitar stem is lead and rhythm summed): F 3 3.85-4.60, G 3 4.63-5.18, G 3 5.29-6.20 (the phrase's last note, held
    # past beat four of bar 3 at 6.01); no f0 at all 6.20-8.19; a pickup D 3 8.19-8.74 on beat four of bar 4 (8.21); G 3
    # on the one of bar 5 (8.74-9.80), then B flat 3 9.81, D 4 10.37 (the opening phrase again). Overlaps c01 (0-15.28,
    # how often he plays the phrase), o01, z01, i01 (2.21-10.93, the kick), e02 and p01 (from 4.37) and r10 (8-16); the
    # hole in the lead never asked
    Question("ab01", "real:musicdelta_shadows", ["guitar"], 4.37, 10.93,
             "where does the lead guitar stop between his phrases here, and for how long? want to drop a little "
             "answering lick into the hole",
             "one hole, about two seconds: his phrase ends on a held G (below middle C) that stops at about 6.2 s, "
             "just after beat four of the bar (4/4 at about 111, a beat about 0.55 s, a bar about 2.2 s); he is "
             "silent until about 8.2 s, where a one-beat pickup (a low D on beat four) leads him back into the "
             "same phrase on the next downbeat, about 8.75 s (G, B flat, D...). So the lick has from about 6.2 to "
             "8.2 s -- just under a bar, ending before his pickup (or by 8.75 s if it can sit on his pickup). The "
             "rhythm guitar on the same track keeps going through it. Right: one gap of about 2 s starting within "
             "0.3 s of 6.2 s and ending within 0.3 s of 8.2 s (ending at the 8.75 s downbeat, the pickup missed, "
             "is fine); the gap right but a second gap claimed, or its length off by half a bar or more, or only "
             "'a bar's rest around 6-9 s' with no times, is partly",
             "no gap in the lead; several short gaps; a gap starting before 5.5 s or after 7 s; the lead "
             "coming back at 10 s or later; the whole guitar track going silent"),
    # MusicDelta Rock, bars 1-3, 0.0-6.54 (MDB beats, 4/4 at about 109, beat 0.545 s, bar 2.18 s; downbeats 0.01, 2.16,
    # 4.36, the next 6.54). MDB Drums sub-classes: the hi-hat on every eighth, all closed (CHH: 0.02, 0.28, 0.55, 0.83
    # ... 6.28), except one open hat (OHH) at 4.09, the 'and' of four in bar 2 (beat four at 3.81), just before the
    # downbeat of bar 3 -- the only open hat in the whole take (47 CHH, 1 OHH); kick on one and three, snare on two and
    # four. Overlaps d04 (0-10.91, program it, straight or swung), t12 (0-8, the groove), u08 (0-13) and l02 (0-13.09,
    # breaths); where the hat opens never asked
    Question("ab02", "real:musicdelta_rock", ["drums"], 0.0, 6.54,
             "does he open the hi-hat anywhere in these first bars? programming the hats and want the open one "
             "in the right spot",
             "just once: the hat is closed on every eighth (4/4 at about 109, an eighth about 0.27 s), and the one "
             "open hat is on the 'and' of four at the end of the second bar, about 4.1 s, right before the "
             "downbeat at about 4.36 s (it sets up the third bar). Kick on one and three, snare on two and four "
             "throughout. Right: one open hat within 0.15 s of 4.09 s, the rest closed eighths; the open hat "
             "right with a second one claimed, or 'open on the and of four' without saying which bar (or put a "
             "bar early or late, about 1.9 or 6.3 s), or the hat said to be closed throughout but the 4.1 s hit "
             "singled out as an accent, is partly",
             "open hats on every 'and'; open hat on every bar's last eighth; no open hat at all; the hat on "
             "quarter notes or sixteenths; a ride cymbal keeping time"),
    # MusicDelta Beatles, bars 7-10, 13.11-21.84 (MDB beats, 4/4 at about 111, beat 0.545 s, bar 2.18 s; downbeats
    # 13.11, 15.27, 17.45, 19.64, the next 21.84). MDB Drums sub-classes, the same every bar: kick (KD) on one, the
    # 'and' of two and three (13.12/13.93/14.19 ...); snare (SD) on two and a doubled hit on the 'and' of three
    # (14.46/14.50 ...); tambourine (TMB) on two and four; floor tom (LFT) a doubled hit on the 'and' of four
    # (14.99/15.04 ...). The take has no cymbal and no hi-hat at all (classes KD, SD, TT, OT only). The singers
    # (verified f0): the man (STEM_07) to 18.41, the woman (STEM_08) from 18.04. Overlaps p04 (10.93-19.64, kick and
    # tambourine), b05 (4.38-15.27, loop), z02 (11-19.5), g03 (15.25-24, who sings) and s10 (19.5-28.5, snare); a crash
    # or fill at the singers' hand-over never asked
    Question("ab03", "real:musicdelta_beatles", ["drums"], 13.11, 21.84,
             "does the drummer mark it with a crash or a fill when she takes over the vocal around 18 s? if not "
             "I'll add a cymbal swell",
             "no -- there is no crash, and no cymbal of any kind: this drummer plays no cymbals or hi-hat in the "
             "whole take (kick, snare, floor tom and a tambourine). He plays the same one-bar groove in every bar "
             "here (4/4 at about 111, a bar about 2.2 s): kick on one, the 'and' of two and three; snare on two "
             "with a doubled hit on the 'and' of three; tambourine on two and four; a doubled floor-tom hit on "
             "the 'and' of four (about 15.0, 17.2, 19.4, 21.6 s). The floor-tom pickup is part of the groove, not "
             "a fill; nothing changes at the hand-over (about 18.0-18.4 s, the bar from 17.45 s). So a cymbal "
             "swell there would be new. Right: no crash or cymbal and no fill, the groove unchanged across the "
             "hand-over; 'no crash' with the floor-tom pickup called a fill, or 'no fill' with a crash or hi-hat "
             "claimed anywhere, is partly",
             "a crash at about 17.45 or 18 s; a hi-hat or ride keeping time; a drum fill into the woman's entry; "
             "the groove changing at the hand-over; the drums stopping"),
    # vocadito track 1, 2.5-14.0 (unaccompanied, no beat). Both annotators (notesA1/notesA2, the same onsets and ends):
    # line 1 to 3.11 (B flat 2 2.77-3.11); line 2 3.83-6.11 (C 3 ... B 2), a 0.23 s gap inside it at 4.66-4.89; line 3
    # 6.90-9.25 (B 2 ... C 3), a 0.13 s gap at 8.32-8.45; line 4 9.94/9.97-12.07 (C 3 ... B flat 2), a 0.27 s gap at
    # 10.63-10.90; line 5 from 12.90. The gaps between lines: 3.11-3.83 (0.72 s), 6.11-6.90 (0.79), 9.25-9.94
    # (0.69-0.72), 12.07-12.90 (0.83). The lyrics have four-line verses (lines 1-4 the first verse, line 5 opens the
    # second). Overlaps g04 (0-12.45, range and line count), k09 (0-12.5, key), l03 (0-9.5, longest note) and e04
    # (12.85-31.65); where she breathes never asked
    Question("ab04", "real:vocadito_1_solo_voice", ["vocals"], 2.5, 14.0,
             "where are her breaths between the lines in here? want to tighten them up a bit without chopping "
             "into words",
             "four, one after each line, each about 0.7-0.8 s: about 3.1-3.8 s, 6.1-6.9 s, 9.25-9.95 s and "
             "12.1-12.9 s (the last one between the end of the first verse and the start of the second). Inside "
             "the lines there are only tiny gaps of about a quarter of a second or less (about 4.7, 8.4 and 10.7 "
             "s), too short to be real breaths -- leave those alone. Right: the four gaps, each end within 0.25 "
             "s; mentioning the short in-line gaps as catch breaths is fine. Three of the four right, or the four "
             "placed right with their lengths off by more than half (say 'about 2 s'), or the in-line gaps "
             "counted as full breaths alongside the real ones, is partly",
             "no breaths (one continuous line); breaths of a second and a half or more; a breath at 5 or 11 s; "
             "eight or more breaths; an instrument playing in the gaps"),
    # ft_ballad_eb54, chorus bars 10-14, 22.5-35.0 (5/4 at 120, beat 0.5 s, bar 2.5 s; E flat minor; chords A flat minor
    # 22.5, B flat minor 25.0, E flat minor 27.5, D flat 30.0, A flat minor 32.5). The lead (vocals), loud (v96-104):
    # bar 10 eighths B 5 B flat 5 B 5 D flat 6 (D flat 6 at 23.25, 23.75, 24.25, 24.75); bar 11 eighths B flat 5 A 5 B
    # flat 5 C 6 ... A 5 (25.25, 26.75, 27.25); bar 12 quarters B flat 5 C 6 B flat 5 A 5 B flat 5 (27.5-29.96); nothing
    # 30.0-32.5 (the D flat bar); bar 14 B 5 B flat 5 B 5 D flat 6 (33.25, 33.75) ... Lowest A 5 (880 Hz), highest D
    # flat 6 (1109 Hz), four semitones. Overlaps a04 (17.5-27.5), j09, e09, m01, q13, v07 (22.5-32.5, anyone along with
    # her), r08, p03, z06 and l06 (30-37.5, her last bar); her range in the chorus never asked
    Question("ab05", "ft_ballad_eb54", ["vocals"], 22.5, 35.0,
             "how high is she on this chorus, and how much does her line move? want to stack a harmony a third "
             "under her and need to know if that's singable",
             "very high and narrow: everything sits between A and D flat (C sharp) two octaves above middle "
             "C (about 880-1110 Hz) -- a span of only a major third, the whole chorus (5/4 at about 120, a bar "
             "2.5 s). She flicks around B flat and B, touching the top D flat on the offbeats of the first bar "
             "(about 23.3-24.8 s) and again at about 33.3-33.8 s, the A at the bottom around 25-29 s; she rests "
             "through the D flat bar, about 30.0-32.5 s. A third below puts the harmony at about F to A (700-880 "
             "Hz) -- still a high soprano range. Right: a range of about A5-D flat 6 (each end within a "
             "semitone, the octave right: roughly 850-1150 Hz), narrow; the span right an octave low (A4-D flat "
             "5), or one end a whole tone off, or the span right with the rest at 30-32.5 s claimed as singing, "
             "is partly",
             "a range of an octave or more; notes below F5; a top note of E6 or higher; long held notes "
             "throughout; a second voice harmonising"),
    # ft_ballad_eb54, the bridge and the outro's first bar, bars 18-22, 42.5-55.0 (5/4 at 120, beat 0.5 s, bar 2.5 s).
    # Piano: broken chords on the eighths, soft (v49-57): A flat 3 B 3 E flat 4 A flat 4 B 4 (A flat minor, 42.5); F 3 B
    # flat 3 D flat 4 F 4 B flat 4 (B flat minor, 45.0); G flat 3 B flat 3 E flat 4 G flat 4 B flat 4 (E flat minor,
    # 47.5); F 3 A flat 3 D flat 4 F 4 A flat 4 (D flat, 50.0); then at 52.5 one held E flat minor chord (G flat 3 B
    # flat 3 E flat 4) with the bass back on E flat 2. Vocals: one held note a bar, E flat 5, F 5, B flat 5, A flat 5.
    # No drums or bass in the bridge. Every note in E flat minor (natural). Overlaps s02, w04 and f08 (42.5-52.5), k02
    # (45-55, the last chord), s01 (37.5-52.5) and l05 (47.5-60); whether the bridge changes key never asked
    Question("ab06", "ft_ballad_eb54", ["piano", "vocals"], 42.5, 55.0,
             "does this bridge go to a new key, or is it still the home key? writing a sax line over it",
             "still the home key, E flat minor (six flats; D sharp minor is the same thing) -- no key change. The "
             "keys pick out one chord a bar (5/4 at about 120, a bar 2.5 s): A flat minor (from 42.5 s), B flat "
             "minor (45.0), E flat minor (47.5), D flat major (50.0), and back on E flat minor at 52.5 s as the "
             "outro starts (the bass returns on E flat there). Her held notes, E flat, F, B flat, A flat, are all "
             "in that key. So the sax can stay in E flat minor (the G flat major scale). Right: no key change, E "
             "flat minor (or D sharp minor); 'no key change' with the key called G flat major (the relative "
             "major), or the key right with a key change claimed at 52.5 s, or the chords mostly right but the "
             "key named from the first chord (A flat minor), is partly",
             "E flat major; a modulation to A flat minor or B flat minor; a key change at 42.5 s; a chord "
             "with D natural or G natural; the bridge in a major key"),
    # ft_ballad_csm76@degraded, verse end and chorus, bars 9-12, 25.26-37.89 (4/4 at 76, beat 0.789 s, bar 3.158 s;
    # chorus from 28.42). Velocities from the score: bar 9 (25.26) drums half-time, ride, kick v74, snare v77; bass one
    # held A 2 v68; piano one held chord v57-63; vocals v71-79. From 28.42: crash v109 with the kick v102 on the
    # downbeat, then kick on one and three (v96-104), snare two and four (v91-99), closed hats on the eighths; bass
    # five-note riff v91-99; piano four-note chords on every eighth v79-97; vocals v96-104 (up to D flat 6 in bar 11).
    # The loudest single hit is the crash at 28.42; the level then holds to the end of the window. Overlaps q01
    # (22.1-34.7, what happens), w03, x04, o08 and l08 (degraded, 28.4-41.03 key and 28.42-37.89 keys' rhythm), c05, l07
    # and r01; where it gets loudest never asked
    Question("ab07", "ft_ballad_csm76@degraded", ["drums", "bass", "piano", "vocals"], 25.26, 37.89,
             "where does this hit hardest? setting up a limiter and want to know where the level jumps",
             "at the chorus, about 28.4 s (4/4 at about 76, a bar about 3.16 s). Before it the verse is quiet: a "
             "half-time kit on the ride, one held bass note and one soft held piano chord a bar, the singer at "
             "moderate level. At 28.4 s everything steps up together: a crash and a hard kick on the downbeat "
             "(the biggest single hit in the window), a full backbeat with hi-hat, the bass riffing, the piano "
             "hammering chords on every eighth, and the singer much louder and higher. It then stays at that "
             "level to the end of the window -- no bigger peak later. Right: the jump at the chorus within 0.3 s "
             "of 28.4 s, loud from there on (the crash downbeat as the peak a plus); the jump placed right but "
             "the peak put later with the chorus said to keep building, or 'the chorus is louder' with the time a "
             "bar off (25.3 or 31.6 s), is partly",
             "the loudest point in the verse; a gradual crescendo with no jump; the level dropping after 31.6 s; "
             "a drum fill or break before the chorus; the big jump at about 31.6 s or later"),
    # ft_swing_g1208, first head bars 3-5, 7.0-19.0 (4/4 at 63 with a triplet pulse, beat 0.952 s, bar 3.81 s; chords G
    # 7.62, D 11.43, C 15.24). Bars starting inside: 7.62, 11.43, 15.24; the second is 11.43-15.24. The bass: one note a
    # beat, 0.86 s: bar 3 G 2 B 2 D 3 D flat 2; bar 4 D 2 (11.43), F sharp 2 (12.38), A 2 (13.33), B 1 (14.29); bar 5 C
    # 2 (15.24) E 2 G 2 B 1. The guitar: a short D chord (F sharp 4 A 4 D 5) on the last triplet of each beat in bar 4.
    # Overlaps r06 (7.62-22.86, what the bass does), q09, r07, q11, g09 (0-15.22, her bar 2) and m08; k01 and o10 asked
    # bass notes in other bars; this bar never asked
    Question("ab08", "ft_swing_g1208", ["bass", "guitar"], 7.0, 19.0,
             "what notes is the bass walking in the second bar here? want to double it on the piano's left hand",
             "the second bar starting in the window runs about 11.4-15.2 s (4/4 at about 63 with a triplet swing, "
             "a bar about 3.8 s), over D major. The bass walks one note a beat: D, F sharp, A (up the D chord), "
             "then a low B on beat four that steps up a half step into C on the next downbeat (15.24 s, the C "
             "chord). For reference the bar before is G, B, D, C sharp (leading into the D) and the bar after C, "
             "E, G, B. Right: D, F sharp, A, B in order (octave free) for the bar at about 11.4-15.2 s; three of "
             "the four right in order, or all four right with the bar placed a bar off, or the right notes with "
             "the rhythm called eighths, is partly",
             "a root held for the whole bar; the bar on a G or C chord; notes every eighth; the last note C "
             "sharp; the bass on two and four only"),
    # ft_drive_e24@degraded, verse end, hook and stop, 27.5-41.25 (2/4 at 96, beat 0.625 s, eighth 0.3125 s; hook
    # 30.0-40.0, stop 40.0-45.0). The keys (piano): to 30.0 a three-note chord (E 4 A 4 C sharp 5 and so on, E 4-E flat
    # 5) only on the off-beat eighths, 0.16 s, v68-76; from 30.0 a four-note chord on every eighth, 0.28 s, an octave
    # lower (E 3 A 3 C sharp 4 E 4; F sharp 3 B 3 D sharp 4 F sharp 4; E 3 G sharp 3 B 3 E 4), v89-107; from 40.0 one
    # held chord every 1.25 s (E 3 A 3 C sharp 4, A major), 1.23 s, v56-64. Asked in seconds only (2/4). Overlaps c10
    # (22.5-35, the keys against the kick), e10 and m03 (degraded 30-40), q14, w08, h06, z04 (25-35), p02 (37.5-47.5)
    # and k06 (12.5-20, busy or sparse in the verse); where the keys' busyness changes never asked
    Question("ab09", "ft_drive_e24@degraded", ["piano"], 27.5, 41.25,
             "how busy are the keys through here, and where does that change? deciding where to thin out my "
             "synth pad",
             "it changes twice. Up to about 30.0 s the keys play short, light chords on the off-beats only (one "
             "about every 0.63 s; 96 to the minute). At 30.0 s (the hook) they get twice as busy and "
             "much louder: a chord on every eighth (about every 0.31 s), on the beat and off it, and an octave "
             "lower (around E below middle C). At 40.0 s they drop right back to one soft held chord (A major) "
             "every 1.25 s. So the pad has most room before 30 s and after 40 s, and should thin out through "
             "30-40 s. Right: both changes, each within 0.3 s (30.0 and 40.0 s), with off-beat stabs, then "
             "every eighth, then held chords; one change right and the other missed or off by more than 0.6 s, "
             "or both times right with the middle part called 'the same as before but louder', is partly",
             "the keys busiest before 30 s; held chords in the hook; no change in the window; keys dropping "
             "out at 40 s; a change at about 35 s"),
    # ft_drive_ab152, second verse bars 38-44, 58.0-69.5 (4/4 at 152, beat 0.395 s, eighth 0.197 s; A flat major; chords
    # D flat, A flat, E flat, A flat a bar each from 58.42). Drums: kick on one and three, snare on two and four, closed
    # hi-hat on every eighth, evenly spaced (0.197 s), every bar the same. Bass: one note a beat, 0.355 s, walking (D
    # flat 2 F 2 A flat 2 G 2 | A flat 2 C 3 E flat 3 D 2 | E flat 2 G 2 B flat 2 A 2 ...). Guitar: a three-note stab on
    # each off-beat eighth exactly halfway between the beats (58.62, 59.01 ...), 0.1 s. Straight, no swing anywhere.
    # Overlaps b06 (56.84-69.47, the bass's last beat), d06, z03, t02, t09 and h05 (degraded), e07 (degraded 60-72.63)
    # and a06; straight or swung never asked on this song
    Question("ab10", "ft_drive_ab152", ["drums", "bass", "guitar"], 58.0, 69.5,
             "is this second verse swung or straight? the walking bass makes it feel a bit like a shuffle and I "
             "need to set the groove on my shaker",
             "straight. The hi-hat plays even eighths (about 0.2 s apart at about 152 to the minute), the "
             "guitar's short stabs land exactly halfway between the beats (the 'and's), and the bass walks one "
             "note a beat on the beat -- no long-short triplet feel anywhere; kick on one and three, snare on two "
             "and four. So set the shaker straight (no swing). Right: straight, with any of the even hats or "
             "the on-the-'and' stabs given as the reason; 'straight' with the tempo read as half-time or the "
             "bass called a shuffle-style line, or 'mostly straight, slight swing', is partly",
             "swung or shuffled; a triplet or 12/8 feel; the hi-hat on quarter notes; the guitar pushing ahead "
             "of the beat; a swing percentage of 60% or more"),
]
# Round 27, graded 2026-12-03 (by the machine's clock, eleventh session) from eval/client_answers/round27.json: packets
# written once at b6ffc11 (the code of 02da061, the session's last code commit; every song ingested fresh into an empty
# home), answered by a helper model that read only the packets, graded by hand against the keys above
GRADES_27 = {"ab01": "wrong", "ab02": "partly", "ab03": "partly", "ab04": "right", "ab05": "right", "ab06": "right",
             "ab07": "partly", "ab08": "right", "ab09": "partly", "ab10": "right"}
GRADES_27_WHY = {
    "ab01": "'no gap in the guitar here': the lead's two-second hole not found (the rhythm guitar shares its stem): "
            "wrong",
    "ab02": "closed eighths with 'about one of 23 hits open', not placed: partly",
    "ab03": "no crash, no fill, the groove the same across the hand-over and the tom part of it, but 'hi-hat' named "
            "(the tambourine): partly",
    "ab04": "four breaths, 3.23-3.78, 6.13-6.88, 9.23-9.93, 12.08-12.78 s: right",
    "ab05": "A5 to C sharp 6, a narrow line, her rest at 30.0-32.5 s: right",
    "ab06": "no key change, E flat minor, iv-v-i-VII-i: right",
    "ab07": "the jump at 28.51 s, but the loudest stretch put in the last two bars, 'the level keeps rising': partly",
    "ab08": "D, F sharp, A, B in the bar 11.45-15.26 s: right",
    "ab09": "the level jump at 30.0 s and the change at 40.0 s placed, but 'steady eighths throughout' (off-beat stabs "
            "before 30 s, held chords after 40 s not told): partly",
    "ab10": "straight, the off-beats split 0.96:1, the walking bass on the beats: right",
}
# the baseline text names the stems, the key and the frame: nothing any of these asks
BASELINE_GRADES_27 = {q: "wrong" for q in GRADES_27}
QUESTIONS_28 = [
    # MusicDelta Shadows, bars 5-16, 8.74-32.7 (MDB beats, 4/4 at about 111, beat 0.545 s, bar 2.18 s; downbeats 8.75,
    # 10.93, 13.09, 15.28, 17.47, 19.65, 21.83, 24.03, 26.19, 28.36, 30.50, 32.68). The lead guitar's verified f0
    # (annotations/MDB_MusicDelta_Shadows_STEM_04.csv; the guitar stem is lead and rhythm summed), cut into notes at
    # the semitone steps: 8.74-14.43 G 3 (1.06 s), B flat 3, D 4, C 4, B flat 3, A 3, G 3, F 3, G 3 -- the opening
    # phrase as at 0.06, after a pickup D 3 at 8.19; no f0 14.43-16.95; a pickup G 2 16.95-17.47; 17.49-23.60 C 3 (1.03
    # s), E flat 3, G 3, F 3, E flat 3, D 3, C 3, B flat 2, C 3 -- the same steps (+3 +4 -2 -2 -1 -2 -2 +2) and rhythm,
    # a fifth lower; no f0 23.60-26.19; 26.19-32.29 G 2 (1.03 s), B flat 2, D 3, C 3, B flat 2, A 2, G 2, F 2 (30.03),
    # G 2 -- the opening an octave lower. Overlaps c01 (0-15.28, how many times he plays it), j02 (17.45-26.17, the
    # notes), g02 (26.17-32.66, the last phrase and whether it lands home), k11 (13.07-21.83, where he drops out), b01,
    # ab01, r10, u03, y08, n01, b03, e02, p01 and i01; whether he moves the phrase never asked
    Question("ac01", "real:musicdelta_shadows", ["guitar"], 8.74, 32.7,
             "is he playing that main guitar phrase the same way every time through here, or moving it around? want "
             "to double it on organ and need to know where to shift",
             "he plays it three times and moves it after the first. About 8.7-14.4 s it is the opening phrase as at "
             "the very start, on G: G, B flat, D, C, B flat, A, G, F, G, starting on the G below middle C. About "
             "17.5-23.6 s (after a one-note pickup at about 17.0 s) the same shape and rhythm moved to start on C, a "
             "fifth lower: C, E flat, G, F, E flat, D, C, B flat, C. About 26.2-32.3 s it's back on G but a whole "
             "octave below the first time (lowest note the F at about 30.0 s). He rests about 2.5 s between them (4/4 "
             "at about 111, a bar about 2.2 s); each starts on a downbeat, about 8.7, 17.5 and 26.2 s. Right: the "
             "second time moved to C and the third back on G an octave down, each start within 0.5 s ('up a fourth' "
             "to C is fine); one of the two moves right and the other missed, or both moves noticed with the second "
             "put on another note (D or F) or the octave drop called a new phrase, is partly",
             "all three the same; a new tune each time; the last time higher than the first; only two statements; the "
             "phrase moved into a minor key with new notes"),
    # madmom piano sample, 0.5-3.3 (no beat). truth.json notes.piano (from madmom's stereo_sample.notes; onset, end,
    # MIDI): C 5 (72) 0.147-3.47, held from the start; F 2 (41) 1.567-1.79; then F 5 (77) 2.526-3.456, C 4 (60)
    # 2.549-2.76, F 4 (65) 2.563-2.765 and A flat 3 (56) 2.577-2.811, struck within 0.05 s of each other; after the
    # window E flat 5 (75) 3.369 and G 2 (43) 3.449. Sounding at about 2.55: F, A flat, C (C 5 still held) -- F minor,
    # the low F struck a second before as its bass; no A natural or E flat before 3.37. Overlaps h03 (0-4.14, a melody
    # or just chords); the chord's name never asked
    Question("ac02", "real:madmom_piano_sample", ["piano"], 0.5, 3.3,
             "what chord is that at about two and a half seconds? want to put a pad under it",
             "F minor. At about 2.55 s he strikes A flat, C and F around middle C (A flat just below, C and F just "
             "above) with a high F on top, while the high C from the very start (an octave above middle C) is still "
             "ringing; a low F (about 87 Hz) comes about a second before it, at 1.57 s, as the bass. There is no A "
             "natural, so it's minor, and no E flat in this stretch (that only comes at 3.37 s). Right: F minor "
             "(voicing or inversion not needed, 'F minor over A flat' fine); the notes read from the A flat ('A flat "
             "6' or 'A flat with an added F'), or F minor 7 (an E flat claimed in it), is partly",
             "F major; C minor; D flat major; plain A flat major (with an E flat); any chord with A natural or E "
             "natural; 'single notes, no chord'"),
    # MusicDelta Country1, bars 6-15, 10.9-31.2 (MDB beats, 4/4 at about 109, beat 0.55 s, bar 2.18 s; downbeats 11.00,
    # 13.19 ... 28.43, 30.66). The singer's verified f0 (annotations/MDB_MusicDelta_Country1_STEM_05.csv) and
    # truth.json's notes derived from it: his lines end on G 3 (3.67-4.20, 7.74-8.46) but the first verse's last line,
    # bar 6 (G A B B A G, 10.95-12.76), ends on A 3: 12.88-13.69 (f0 57.1-57.7, held over the downbeat at 13.19); no f0
    # 13.69-18.43. The second verse (18.43-30.78) ends its lines on G 3 (21.15-21.61, 25.90-26.27) and its last line,
    # bars 13-14, runs A B B B A G | A flat-A 28.47-28.96, C-B 29.25-29.43, B flat-A 29.52-29.88, G 3 30.06-30.78 (f0
    # 54.4-55.6, over the downbeat at 30.66); the f0 ends at 30.78. Overlaps b04 and a03 (0-14, range and long notes),
    # j04, u02, o09, c02, m04, e03 (15.37-26.27, when he's back), g01 (19.7-28.41, key), r11, u01, k12 (28.4-34.6, when
    # he stops) and k03; how the two verses end never asked
    Question("ac03", "real:musicdelta_country1", ["vocals"], 10.9, 31.2,
             "does he end both verses on the same note? want to set the last chord under each one",
             "no. The first verse ends on an A (below middle C, about 220 Hz), which he pushes in on the 'and' of "
             "four at about 12.9 s and holds across the bar line to about 13.7 s -- it hangs, not home. The second "
             "verse ends on G (about 196 Hz), from about 30.1-30.3 s to about 30.8 s, again across the bar line, "
             "after a bluesy B flat sliding down to A. G is the home note: all his other lines in both verses end on "
             "G too. (4/4 at about 109, a bar about 2.2 s.) So the first ending is left open and the second lands "
             "home. Right: A for the first and G for the second, each within 0.5 s (octave free); both notes right "
             "with the times a bar or more off, or one ending right and the other a half step off (A flat, B flat or "
             "F sharp), is partly",
             "the same note both times; either ending on D, B, E or C; the second verse ending after 32 s; a guitar "
             "or bass note named as his last note"),
    # MusicDelta Beatles, bars 1-3, 0.0-6.56 (MDB beats, 4/4 at about 111, beat 0.545 s, bar 2.18 s; downbeats 0.01,
    # 2.19, 4.38, the next 6.55). The man's verified f0 (annotations/MDB_MusicDelta_Beatles_STEM_07.csv) and
    # truth.json's notes derived from it: line 1 a scoop from C 4 (0.61), a flick to E flat 4 (0.82-0.91), D 4
    # 0.91-1.18 (f0 61.4-61.9), B 3 1.37-1.88 (58.5-59.6); line 2 D 4 2.14-2.23, a flick up to about 63.6 (2.23-2.38),
    # D 4 2.39-2.89, B 3 2.94-3.66 (58.4-59.5); line 3 a scoop from C 4 (4.88), D 4 5.04-5.61, B 3 5.64-6.43
    # (58.6-59.6); a 0.1 s blip at about 42 (4.60-4.71), no note. His next line (from 6.87) ends on G 3 at 8.47,
    # outside. Overlaps d02 (0-13.11, the holes between his lines), x01 (0-9), s11 (2-10.8) and b05 (4.38-15.27); the
    # note he lands on never asked
    Question("ac04", "real:musicdelta_beatles", ["vocals"], 0.0, 6.56,
             "what note does he keep landing on at the end of his lines in these first bars? want the guitar to hang "
             "on it under him",
             "B -- the B just below middle C (about 247 Hz). Each of his three lines here (one a bar, 4/4 at about "
             "111, a bar about 2.2 s) starts on D (about 294 Hz, with a little scoop or flick above it) and falls a "
             "minor third onto that B, which he holds about half to three quarters of a second: about 1.4-1.9 s, "
             "2.95-3.65 s and 5.65-6.45 s. (His next line, from about 6.9 s, goes elsewhere.) Right: B, landed on "
             "three times, each within 0.3 s (octave free, 'below middle C' a plus); B with one of the three lines "
             "given another note or missed, or B with no times or times off by half a bar, or the fall of a third "
             "described with the note a half step off (B flat or C), is partly",
             "D, G or A as the landing note; a rising line; notes held a whole bar; a second singer"),
    # ft_drive_e24, verse end, hook, stop and the second verse's start, 27.5-47.5 (2/4 at 96, beat 0.625 s, eighth
    # 0.3125 s, bar 1.25 s; hook 30.0-40.0, stop 40.0-45.0, verse from 45.0). The kit (GM standard): kick on one, snare
    # on two, closed hat on every eighth, the same every bar, 27.5-40.0 and from 45.0 (v57-114); crash (49) only at
    # 30.0 (v112, kick v109) and at 45.0 (v93); no drum notes at all 40.0-45.0 (the stop: held A major chords and the
    # singer's held E 5); no fill anywhere. Overlaps p02 (degraded 37.5-47.5, does the beat cut out and when is it
    # back), z04, ab09, c10, y04, t08, a07, h06, q14, w08, m03 and e10 (the hook), q15 and n06 (the stop), s07, s08,
    # x02 and m07 (from 45); the crashes never asked on this song
    Question("ac05", "ft_drive_e24", ["drums"], 27.5, 47.5,
             "where are the crashes in here? want a reverse cymbal swelling into each one",
             "two: one at 30.0 s, the downbeat where the hook starts (hard, with a big kick), and one at 45.0 s, the "
             "downbeat where the kit comes back after the stop (a bit softer). Nothing else: between them it's closed "
             "hats on every eighth, kick on one and snare on two (2/4 at 96, a bar 1.25 s), no fills, and at 40.0 s "
             "the kit just stops -- no crash there, nothing on the drum track until 45.0 s. So the swells should peak "
             "at 30.0 and 45.0 s. Right: both crashes, each within 0.15 s, and no others; one of the two with the "
             "other missed, or both with a third claimed (at 40.0 s or anywhere else), is partly",
             "a crash every bar or every four bars; a ride cymbal keeping time; a fill before 30 s; cymbals during "
             "40-45 s; the only crash at 40 s"),
    # ft_ballad_csm76, verse bars 4-8, 9.47-25.26 (4/4 at 76, beat 0.789 s, eighth 0.395 s, bar 3.158 s; chords C sharp
    # minor 9.47, A 12.63, E 15.79, B 18.95, C sharp minor 22.11). The lead (vocals, v71-79): eighths, 0.36 s long
    # every 0.395 s, from 9.47 to 15.79 (16 notes: A flat 4 and B flat 4 alternating, then A 4 B 4 D flat 5 E flat 5 E
    # 5 G flat 5 E 5 E flat 5); quarters, 0.73 s, at 15.79, 16.58, 17.37, 18.16 (E 5 G flat 5 E 5 E flat 5); nothing
    # 18.89-22.11; eighths again from 22.11 (E 5 G flat 5 A flat 5 B flat 5 ...) through 25.26 and on into the chorus.
    # Drums half-time (kick on one, snare on three, ride on the beats). Overlaps h01 (9.45-22.08, her notes in bar 2),
    # q02, q04, r02, r03, w07, j05, d09, a05, i10 and q01 (22.1-34.7); her rhythm never asked
    Question("ac06", "ft_ballad_csm76", ["vocals"], 9.47, 25.26,
             "what rhythm is she singing through this verse? want to lock a gated synth to her line",
             "it changes bar by bar (4/4 at 76, a bar about 3.16 s, an eighth about 0.39 s). From about 9.5 to 15.8 "
             "s, two bars of straight, even eighth notes (eight a bar, no swing). From about 15.8 s one bar of "
             "quarter notes (four, at about 15.8, 16.6, 17.4 and 18.2 s). Then a full bar's rest, about 18.9-22.1 s. "
             "From about 22.1 s straight eighths again to the end of the window (and on into the chorus). Right: "
             "eighths, quarters, a bar's rest, eighths, each change within 0.3 s (counted in half time -- sixteenths "
             "and eighths at 38 -- is fine if the pattern is the same); the eighths and the rest right but the "
             "quarter-note bar called eighths, or the rest put a bar early or late, is partly",
             "swung or triplet eighths; long held notes throughout; no rest; off-beat or syncopated phrasing; "
             "sixteenths at 76"),
    # ft_drive_ab152, intro bar 8, verse bars 9-24, hook bar 25, 11.05-39.47 (4/4 at 152, beat 0.395 s, bar 1.579 s;
    # intro 0-12.63, verse 12.63-37.89 = 16 bars, hook from 37.89). At 12.63: crash (v86), the singer (first note
    # 12.63) and the guitar's off-beat stabs (from 12.83) come in; the groove (kick one and three, snare two and four,
    # closed hats on the eighths) and the bass pumping eighths carry on from the intro. The singer's lines start 12.63,
    # 18.95, 25.26, 31.58 (two bars of eighths, a bar of quarters, a bar's rest). Chords A flat, D flat, A flat, E
    # flat, a bar each, four times. At 37.89: crash (v114), kit louder (v110), bass riff, guitar strumming every eighth
    # (F minor), the singer's short calls. Overlaps i08 (degraded 6.32-18.95, what comes in at the verse), o07, j08,
    # t01, q06, q07, q08, q16, b08, z09, r04, n03, p05, r05 (33.16-44.21, what changes), c06, k04, g10, e06, c07 and
    # b09; the verse's length never asked
    Question("ac07", "ft_drive_ab152", ["drums", "bass", "guitar", "vocals"], 11.05, 39.47,
             "how many bars is this first verse? laying out my arrangement on the grid and want the verse and the "
             "hook in the right place",
             "16 bars of 4/4 at about 152 (a bar about 1.58 s). The verse starts at about 12.6 s -- a crash, the "
             "singer comes in and the guitar starts its off-beat stabs -- and runs to about 37.9 s, where the hook "
             "hits (crash, a harder kit, the bass goes to a riff, the guitar to full strums, the singer to short "
             "calls). Inside it she sings four 4-bar lines (three bars singing, one resting), starting about 12.6, "
             "19.0, 25.3 and 31.6 s, over A flat, D flat, A flat, E flat, a bar each. Right: 16 bars, start and end "
             "each within 0.3 s; 8 bars counted in half time (a bar about 3.2 s) with both times right, or 16 with "
             "one end a bar off, or 15 or 17 with both times right, is partly",
             "8 bars of 4/4 at 152; 12, 24 or 32 bars; the verse starting at the start of the window; no change at "
             "about 37.9 s; a meter other than 4/4"),
    # ft_ballad_eb54@degraded, chorus bars 11-15, 25.0-37.5 (5/4 at 120, beat 0.5 s, eighth 0.25 s, bar 2.5 s; chords B
    # flat minor 25.0, E flat minor 27.5, D flat 30.0, A flat minor 32.5, B flat minor 35.0; the break from 37.5). The
    # bass riff, the same rhythm every bar, five notes 0.2 s long, v91-99, at 0, 0.25, 0.75, 1.0 and 1.5 s into the bar
    # (beat one, its 'and', the 'and' of two, beat three, beat four): root, octave, fifth, root, minor seventh (B flat
    # 2 B flat 3 F 3 B flat 2 A flat 3 at 25.0-26.7). No bass note from 1.7 s into the bar to the next downbeat:
    # 26.7-27.5, 29.2-30.0, 31.7-32.5, 34.2-35.0, 36.7-37.5 (0.8 s a bar); otherwise only an eighth's gap on beat two
    # and on the 'and' of three. Kit: kick on one, three and five, snare on two and four, closed hats on the eighths.
    # Overlaps m01 (22.5-30.0, bass and kick), p03 (27.5-37.5, the bass notes in bar two), e09, d08, r08, s12 (degraded
    # 22.5-37.5, meter), q13, v07, z06, k07, l06, ab05, a04, j09 and n05; the riff's room never asked
    Question("ac08", "ft_ballad_eb54@degraded", ["bass", "drums"], 25.0, 37.5,
             "where's the room in the bass part on this chorus? want to drop a little synth-bass answer in without "
             "stepping on him",
             "at the end of every bar. He plays the same short riff each bar (5/4 at about 120, a bar 2.5 s): beat "
             "one, its 'and', the 'and' of two, beat three and beat four, all short, then nothing until the next "
             "downbeat -- the 'and' of four and all of beat five, about 0.8 s a bar: about 26.7-27.5, 29.2-30.0, "
             "31.7-32.5, 34.2-35.0 and 36.7-37.5 s. The kick still hits on five, so an answer there sits with the "
             "kick. His other gaps (beat two, the 'and' of three) are only an eighth long. The room may ring into the "
             "hole, but he plays nothing there. Right: the gap at the end of each bar (the 'and' of four and beat "
             "five, or 'the last beat and a half'), at least three of the five placed within 0.25 s; the gap placed "
             "right but called beat five only, or put at the end of every other bar, or the times right with the "
             "meter read as 4/4, is partly",
             "no room (the bass on every eighth); a held note; the gap at the start of the bar; the bass resting "
             "whole bars; only the eighth-long gaps"),
    # ft_swing_g1208, solo bar 16, the fours (bars 17-20) and head bar 21, 57.14-80.0 (12/8, 63 dotted quarters a
    # minute, beat 0.952 s, bar 3.81 s; solo to 60.95 at level 85, fours 60.95-76.19 at level 95 with the kit alone,
    # head from 76.19 at level 75). The kit (GM room kit): solo bar, kick v84-87 on one and three, rim v84-89 on two
    # and four, ride v59-77 on the beats and their last triplets; fours, crash v103 at 60.95, then kick, high tom, low
    # tom and snare on nearly every triplet, v91-109; head, crash v88 at 76.19, kick v71-76, rim v71-78, ride v49-67.
    # Overlaps q10 and s06 (60.95-76.19, what the band does, who's playing), n08 (degraded 57.1-68.55, a fill out of
    # the solo), j07 (degraded 68.57-83.79, when the band is back), v03 (45.7-61), k01, t05, t10, w06 and h04; how hard
    # he plays the break never asked
    Question("ac09", "ft_swing_g1208", ["drums"], 57.14, 80.0,
             "how hard is he hitting in the drum break compared with the bars either side? setting up my drum-bus "
             "compression",
             "the break is the loudest part by a clear margin. Up to about 60.9 s (the end of the solo) he plays the "
             "shuffle at a medium level: kick and rim click fairly firm, the ride lighter. From about 60.9 s (a "
             "crash) to about 76.2 s -- four bars with the kit alone -- he plays toms, kick and snare on nearly every "
             "triplet, all hard (12/8 at about 63, a bar about 3.8 s). At about 76.2 s the head comes back (a crash) "
             "and he drops to the softest playing in the window: kick and rim lighter than in the solo, the ride "
             "quite soft. So medium, loudest, softest. Right: the break the loudest, its start and end each within "
             "0.4 s of 60.95 and 76.19 s (the head softer than the solo a plus); the break the loudest with one "
             "boundary a bar off or missing, or with no times, is partly",
             "the break softer than or as loud as the solo; the head after it the loudest; one level throughout; a "
             "crescendo through the break; the break starting at 57 s"),
    # ft_swing_g1208@degraded, the last head bar and the coda, 102.86-118.1 (12/8 at 63, bar 3.81 s). Head bar 28
    # (102.86-106.67, E minor): shuffle kit (kick, rim, ride; the last hit a ride at 106.35), walking bass, guitar
    # off-beat stabs, the singer resting. Coda 106.67-118.1, three bars on G major at level 55, no drum notes: bass G 2
    # held each bar (106.67, 110.48, 114.29; 3.73 s, v47-50); guitar G 3 B 3 D 4 held, struck again each bar (v41-49);
    # vocals D 5 held each bar (106.69, 110.50, 114.31; 3.62 s, v51-57); tempo unchanged; the last notes end at 118.02.
    # The degraded copy adds room, spill and noise, so the drum stem carries only spill and room in the coda. Overlaps
    # t06 (106.7-118.0, a drum fill), p09 (99.05-114.29, what shifts and when), v04, m05 and n02; how it ends never
    # asked
    Question("ac10", "ft_swing_g1208@degraded", ["drums", "bass", "guitar", "vocals"], 102.86, 118.1,
             "how does this end? does the band slow down or hit a last chord, and what's the final chord? want my "
             "outro pad to match",
             "the swing groove stops at about 106.7 s (the drummer's last hit is a ride stroke just before it) and "
             "the tune ends with a quiet coda of three bars (12/8 at about 63, a bar about 3.8 s) on one chord, G "
             "major: the guitar, the bass on a low G and the singer on a high D (the fifth), all soft and held, "
             "played again at the start of each bar (about 106.7, 110.5 and 114.3 s), with no drums, no slowing down, "
             "ringing out to about 118 s. No final hit -- just the held chord; anything on the drum track in the coda "
             "is spill and room, not playing. Right: the groove stopping within 0.4 s of 106.7 s into soft held G "
             "major chords with no drums to the end; G major right but the coda said to slow down, or the drums said "
             "to keep playing, or the stop put a bar off, is partly",
             "a big final hit; the groove fading out; an E minor, C or D final chord; the drums playing to the end; "
             "the band stopping at about 114 s"),
]
# Round 28, read on ed9979f (the code as it stood this session: the chart's sung sevenths, the range's span and
# the open hats placed; packets made in a clean worktree with an empty home) and graded by hand against each key
GRADES_28 = {"ac01": "wrong", "ac02": "right", "ac03": "right", "ac04": "partly", "ac05": "partly", "ac06": "partly",
             "ac07": "right", "ac08": "partly", "ac09": "right", "ac10": "right"}
GRADES_28_WHY = {
    "ac01": "'the tool can't compare his passes': the guitar read as chords (lead and rhythm share the stem), the "
            "phrase's move to C and down the octave not found: wrong",
    "ac02": "F minor: right",
    "ac03": "A held from about 12.9 s, then G 30.15-30.78 s: right",
    "ac04": "B, landed on at 2.99 and 5.63 s; his first landing (1.4-1.9 s) missed: partly",
    "ac05": "'the tool didn't find any crashes' (no cymbal class in the kit reading); the likely places 30.0 and "
            "45.0 s guessed from the level and the drums' return, and the 2/4 song said 4/4: partly",
    "ac06": "steady eighths, the bar's rest 19.1-22.1 s and the return at 22.11 s right; the bar of quarter notes "
            "not told: partly",
    "ac07": "16 bars, 12.63 to 37.90 s, in four-bar lines: right",
    "ac08": "the rest on beat five of each bar, 26.98-27.50 s and on; the 'and' of four missed, and a held A flat "
            "claimed in the last bar (the room's ring): partly",
    "ac09": "the break the loudest stretch, 60.89/60.98 to 76.21/76.39 s, the drop after: right",
    "ac10": "the drums stop at 106.61 s, G held three bars with D on top, no slowing: right",
}
# the baseline text names the stems, the key and the frame: ac02's 'in F minor' is the key, not the chord read
# (a guess from it lands on the right chord); nothing else any of these asks
BASELINE_GRADES_28 = {q: "partly" if q == "ac02" else "wrong" for q in GRADES_28}
QUESTIONS_29 = [
    # madmom piano sample, 1.5-4.14 (no beat). truth.json notes.piano (madmom's stereo_sample.notes; onset, end, MIDI):
    # C 5 (72) 0.147-3.47 held from the start; F 2 (41) 1.567-1.79; F 5 (77) 2.526-3.456, C 4 (60) 2.549-2.76, F 4 (65)
    # 2.563-2.765 and A flat 3 (56) 2.577-2.811 (the F minor chord); E flat 5 (75) 3.369-4.149; G 2 (43) 3.449-3.721.
    # The only notes below C 3 are the F 2 and the G 2 (87 and 98 Hz). Overlaps h03 (0-4.14, a melody or just chords)
    # and ac02 (0.5-3.3, the chord at 2.5 s); the low notes never asked
    Question("ad01", "real:madmom_piano_sample", ["piano"], 1.5, 4.14,
             "where does his left hand go in here? there's a low note, then the chord, then another low one near the "
             "end -- want a synth bass to follow him",
             "F, then up a whole step to G. The first low note is an F (F 2, about 87 Hz), struck at about 1.57 s and "
             "let go quickly, by about 1.8 s. Then the chord at about 2.55 s (A flat, C and F around middle C with a "
             "high F on top -- F minor; its bottom A flat, below middle C, belongs to the chord, not the bass). The "
             "second low note is a G (G 2, about 98 Hz) at about 3.45 s, short (to about 3.7 s), struck just after a "
             "high E flat (about 3.37 s) that rings to the end. Nothing else below the chord. Right: F at about 1.6 s "
             "and G at about 3.45 s, each within 0.15 s (octave free); one of the two right with the other missed or "
             "a half step off, or both notes right with no times, is partly",
             "the second low note F, C or E flat; only one low note; three or more low notes; the low notes put "
             "inside the chord at 2.5 s; the bass going down from F"),
    # MusicDelta Beatles, bars 4-8, 6.55-17.45 (MDB beats, 4/4 at about 111, beat 0.52-0.56 s; downbeats 6.55, 8.75,
    # 10.93, 13.11, 15.27, the next 17.45). MDB Drums sub-classes: kick (KD) on one, the and of two and three; snare
    # (SD) on two and the and of three; tambourine (TMB) on two and four; floor tom (LFT) on the and of four. The
    # off-beat hits as a fraction of their beat: KD 0.52-0.54 (7.38, 9.57, 11.75, 13.93, 16.10), SD 0.50-0.54 (7.92,
    # 10.12, 12.31, 14.46, 16.65), LFT 0.47-0.51 (8.46, 10.66, 12.84, 14.99, 17.18); a second stroke 0.03-0.05 s later
    # at 0.57-0.60 on four of the snare's (7.96, 12.34, 14.50, 16.69) and three of the floor tom's (12.89, 15.04,
    # 17.23). Even eighths (a shuffle's off-beat sits near 0.67). Overlaps x01 (0-9, what he plays), b05 (4.38-15.27,
    # loop one bar), p04 (10.93-19.64, kick and tambourine), ab03 (13.11-21.84, a crash or fill), s11, d02, z02, g03
    # and ac04 (0-6.56, by 0.01 s); straight or swung never asked on this song
    Question("ad02", "real:musicdelta_beatles", ["drums"], 6.55, 17.45,
             "is this straight or has it got a bit of shuffle in it? programming a shaker in eighths and don't want "
             "it fighting the drummer",
             "straight. 4/4 at about 111 (a beat about 0.54 s). His off-beat hits -- the kick on the 'and' of two, "
             "the snare on the 'and' of three and the floor tom on the 'and' of four, every bar -- land halfway "
             "between the beats (47-54% of the way through), where a shuffle would put them about two thirds of the "
             "way. Some of those snare and floor-tom hits are doubled, a second stroke 0.03-0.05 s after the first (a "
             "flam or drag): an ornament, not swing. The tambourine is on two and four only. So straight eighths on "
             "the shaker will sit with him. Right: straight, with at least one of his off-beat hits placed on an "
             "'and'; 'straight' with no reason, or straight with the off-beats described wrongly (on the beats, or as "
             "sixteenths), is partly",
             "swung; a shuffle; a triplet or 12/8 feel; 'slightly swung' as the answer; a half-time shuffle"),
    # MusicDelta Country1, bars 9-12, 17.5-26.2 (MDB beats, 4/4 at about 109, beat 0.53-0.57 s, bar 2.18 s; downbeats
    # 17.55, 19.72, 21.92, 24.10, the next 26.27). MDB Drums sub-classes: closed hat (CHH) with the kick (KD) on one
    # and three of every bar (17.55, 18.64, 19.72, 20.83, 21.93, 22.99, 24.12, 25.18); side-stick (SST) on two and
    # four; three more closed hats without the kick: 19.57 (bar 9, 0.72 of the way through beat four), 21.20 (bar 10,
    # 0.67 through beat three) and 21.77 (bar 10, 0.72 through beat four); bars 11-12 plain; no open hat, ride or
    # crash. Overlaps c02 (13.19-24.1, a fill into the second verse), m04 (15.35-24.1, in 4 or in 2), r11 (20-28, the
    # snare), e03, u01, u02, g01, o09, j04 and ac03; k03 (8.76-13.15, whether the hat doubles the kick) is earlier,
    # outside; the hat in these bars never asked
    Question("ad03", "real:musicdelta_country1", ["drums"], 17.5, 26.2,
             "what's the hi-hat playing through these bars? want to program a shaker that sits with it, not on top of "
             "it",
             "not much, and not eighths. 4/4 at about 109 (a bar about 2.2 s). The closed hat hits only on beats one "
             "and three, together with the kick, every bar (the side-stick takes two and four). On top of that there "
             "are three extra hat notes, little pickups late on the off-beat (swung, about two thirds to three "
             "quarters through the beat): at about 19.6 s (after four of the first bar) and at about 21.2 and 21.8 s "
             "(after three and after four of the second bar). The last two bars are plain one and three. No open hat. "
             "Right: one and three with the kick, plus at least two of the three pickups within 0.15 s; the "
             "one-and-three pattern with the pickups missed, or the pickups placed with the main pattern called "
             "quarter notes, is partly",
             "hats on every eighth or sixteenth; hats on two and four; an open hat or a ride pattern; no hi-hat; a "
             "pickup in every bar"),
    # MusicDelta Shadows, bars 8-16, 16.9-32.7 (MDB beats, 4/4 at about 111, beat 0.54 s, bar 2.18 s; downbeats 17.47,
    # 19.65, 21.83, 24.03, 26.19, 28.36, 30.50, 32.68). MDB Drums sub-classes: crash (CRC) at 26.20 (with the kick, the
    # one of bar 13) and 30.51 (the one of bar 15), nowhere else in the window (the song's others 0.03, 8.76, 13.10,
    # 15.28); the ride (RDC) on the eighths otherwise, ride-bell (RDB) hits 18.31, 19.66, 20.49, 22.67; bar 9's one
    # (17.47) kick and ride only. The lead guitar's verified f0 (STEM_04; guitar.flac sums it with the rhythm guitar)
    # is voiced 16.95-23.60 (a pickup G 2 16.95-17.47, the second phrase from the one at 17.49) and 26.19-32.29 (the
    # third phrase, the opening an octave lower), silent 23.60-26.19 and after 32.29. Overlaps e02 (4.37-17.47, the
    # crashes), ac01 (8.74-32.7, whether he moves his phrase), n01 (17.45-26.15, ride or hats), b03 (17.47-28.36, ride
    # accents), k11, b01, u03, j02, y08 and g02; whether the crashes mark his phrases never asked
    Question("ad04", "real:musicdelta_shadows", ["drums", "guitar"], 16.9, 32.7,
             "is the drummer crashing in where each lead guitar phrase starts in here? if one comes in without a "
             "crash I'll add a cymbal hit",
             "only the second of the two. Two lead phrases start in here (4/4 at about 111, a bar about 2.2 s): one "
             "on the downbeat at about 17.5 s (after a one-note pickup at about 17.0 s) and one at about 26.2 s. The "
             "drummer crashes at 26.2 s, right with that phrase, and again at about 30.5 s, two bars into it. At 17.5 "
             "s there's no crash -- just kick and ride -- so that's the one to add. The bell hits on the ride around "
             "18.3-22.7 s are accents, not crashes. Right: no crash at 17.5 s and a crash with the phrase at 26.2 s "
             "(within 0.2 s), the one at 30.5 s a plus; the missing crash at 17.5 s right but the one at 26.2 s "
             "missed or put a bar off, or the bell hits called crashes as well, is partly",
             "a crash on both phrase starts; no crashes at all; a crash every bar or every two bars; the phrases put "
             "elsewhere (at 24 s, or with no gap between them)"),
    # ft_ballad_csm76, verse bars 7-9 and chorus bars 10-12, 18.95-37.89 (4/4 at 76 throughout, beat 0.789 s, eighth
    # 0.395 s, bar 3.158 s; chorus from 28.42). Verse: kick on one (v74-78), snare on three (v71-77), ride on the beats
    # (v51-59); bass one held note a bar (B 2, D flat 2, A 2; 3.09 s, v61-68); piano held triads (v56-63). Chorus:
    # crash (v109) at 28.42; kick on one and three (v98-104), snare on two and four (v91-99), closed hats on every
    # eighth (v71-87); bass riff of five 0.32 s notes a bar (v91-99); piano strummed eighths (v79-97). The singer's
    # eighths (0.36 s every 0.395 s; v71-79 in the verse, v96-104 in the chorus) go on across the change. Overlaps q01
    # (22.1-34.7, what happens), j05 (degraded 15.77-28.4, the verse's BPM), ab07 (degraded 25.26-37.89, where it hits
    # hardest), q02, i10, a05, ac06, r02, r03, h01, q04, w03, x04, o08, l08, c05, r01, l07 and m02; whether the tempo
    # changes at the chorus never asked
    Question("ad05", "ft_ballad_csm76", ["drums", "bass", "piano", "vocals"], 18.95, 37.89,
             "does the tempo jump when the chorus comes in? it feels way faster and I need to know whether to put a "
             "tempo change in my session",
             "no -- it stays at about 76 BPM (a beat about 0.79 s, a bar about 3.16 s) straight through. The chorus "
             "comes in at about 28.4 s and only feels faster because the verse is played in half time: kick on one, "
             "snare only on three, the ride on the beats, the bass holding one note a bar, the keys holding chords. "
             "At the chorus the kit goes to kick on one and three, snare on two and four and closed hats on every "
             "eighth, the bass to a busy riff of short notes, the keys to strummed eighths, and it all gets louder. "
             "The singer's eighths go on at the same speed across the change. Right: no tempo change (about 76, the "
             "same click), the chorus within 0.3 s, and the groove change as the reason (at least the snare moving "
             "from three to two and four, or half time to full time); no change with the reason but no time, or with "
             "the time but no reason, is partly",
             "the tempo doubles or rises at the chorus (152, or anything over about 80); the verse at 38 and the "
             "chorus at 76 as a real change; a slow-down; no change at the chorus"),
    # ft_ballad_eb54, verse bars 6-9 and chorus bars 10-13, 12.5-32.5 (5/4 at 120, beat 0.5 s, bar 2.5 s; chorus from
    # 22.5). The lead (vocals, synth voice): verse v71-79 -- quarter notes 12.5-15.0 (E flat 5 to A flat 5), nothing
    # 15.0-17.5, eighths 17.5-22.5 (F 5 to D flat 6); chorus v96-104 -- eighths 22.5-27.5 (A 5 to D flat 6), quarter
    # notes 27.5-30.0 (A 5 to C 6), nothing 30.0-32.5. No velocity trend inside either (the score's level is per
    # section: verse 70, chorus 95, the lead 5 above). Overlaps a04 (17.5-27.5, what changes at the chorus), ab05
    # (22.5-35.0, how high she is), v07 (22.5-32.5, anyone with her), q13 (22.5-32.5, key), y03, l06, c08, s04, d08,
    # j09, m01, e09, r08, s12, ac08, z06, p03, k07, q12, s03, x03, g06 and i07; her level never asked
    Question("ad06", "ft_ballad_eb54", ["vocals"], 12.5, 32.5,
             "is she pushing harder on the chorus than the verse, or is it just the band getting louder? riding her "
             "vocal fader and want to know where to pull it back",
             "she really does sing louder, and it's a step, not a build. Through the verse she's at one moderate "
             "level: quarter notes about 12.5-15.0 s, a rest to 17.5 s, then eighths to 22.5 s. At 22.5 s, the chorus "
             "downbeat (5/4 at about 120, a bar 2.5 s), she jumps to a clearly harder level and stays there: eighths "
             "to 27.5 s, quarter notes to 30.0 s, then a rest to 32.5 s. Her top note (D flat 6) is the same at the "
             "end of the verse as in the chorus, so the jump is her push, not just higher notes. So pull her back "
             "from 22.5 s, evenly. Right: louder from 22.5 s (within 0.3 s) as a step, each section even; louder in "
             "the chorus with the change put a bar or more off, or described as a gradual build, is partly",
             "the same level throughout; softer in the chorus; only the band gets louder; a crescendo through the "
             "verse; one loud phrase only"),
    # ft_ballad_csm76, the drum break, bars 16-17, 47.37-53.68 (4/4 at 76, beat 0.789 s, eighth 0.395 s, bar 3.158 s;
    # bridge from 53.68). The kit alone (level 100): bar 16 a hit on every eighth -- kick and crash (v113-114) 47.37,
    # high tom 47.76 and 48.16, low tom 48.55 and 48.95, snare 49.34 and 49.74, kick 50.13; bar 17 the same order with
    # nothing on beat three -- kick 50.53, high tom 50.92 and 51.32, low tom 51.71, 52.11 empty, snare 52.50 and 52.89,
    # kick 53.29 (v97-112). The window's edges: the chorus's last hat at 46.97 (ends 47.02); keys and singer back at
    # 53.68. Overlaps q03 (47.37-53.68, the bass), g08 (47.35-59.98, how many bars before the keys), a08 (41.05-53.68,
    # where the energy drops), z05 (degraded 44.2-50.5, fills), k10, m02, v02, t04, p08 and b10; where the break leaves
    # room never asked
    Question("ad07", "ft_ballad_csm76", ["drums"], 47.2, 53.9,
             "is he hitting all the way through this drum break, or is there a gap anywhere I could drop a vocal chop "
             "into?",
             "he's on nearly every eighth. The break is two bars (about 47.4-53.7 s, 4/4 at 76, an eighth about 0.39 "
             "s) running kick, high toms, low toms, snares, kick, with a crash on the first downbeat. The one hole is "
             "beat three of the second bar: nothing struck from the low tom at about 51.7 s until the snare at about "
             "52.5 s, so the gap is about 52.1-52.5 s (one eighth; the toms ring a little into it). The first bar has "
             "no gap. At about 53.7 s the keys and the singer come back. Right: that single gap, within 0.2 s, and no "
             "other; the gap with another one claimed too, or the gap put a beat early or late, is partly",
             "no gap at all; gaps every beat or every bar; a gap in the first bar; the break called sparse; the break "
             "longer or shorter than two bars"),
    # ft_drive_ab152@degraded, the verse's last bar and the tag, 74.2-82.1 (4/4 at 152, beat 0.395 s, eighth 0.197 s,
    # bar 1.579 s; tag 75.79-82.11, the end). Bar 48 (74.21, E flat): bass walk E flat 2, G 2, B flat 2, G 2; guitar
    # stabs G 4 B flat 4 E flat 5 on the off-beats (the last 75.59); drums groove. Tag (level 110; score chords F minor
    # 75.79, D flat 77.37, A flat 78.95, E flat 80.53, the hook's changes): bass pumps eighths (0.12 s, v101-109) on F
    # 2, D flat 2, A flat 2, E flat 2, the octave on each bar's last eighth; the kit's break; no guitar, keys or
    # singer. Degraded copy (the cached copy's conditions.json: spill -12 dB, noise 24 dB under, room 1.44 s): the bass
    # stem carries the kit's spill and the room. Overlaps w01 (75.8-82.1, what's going on in the tag), m06 (72.6-78.9,
    # does anything change), y01, n07 and a06; what chords the tag implies never asked
    Question("ad08", "ft_drive_ab152@degraded", ["bass", "guitar"], 74.2, 82.1,
             "the guitar drops out for this tag at the end -- what chords should my pad play over it? going off the "
             "bass",
             "four chords, one a bar (4/4 at about 152, a bar about 1.58 s), from the tag's start at about 75.8 s: F "
             "minor (75.8), D flat (77.4), A flat (78.9), E flat (80.5) -- the hook's changes, vi-IV-I-V in A flat "
             "major. The bass pumps short eighths on each root, jumping to the octave on the last eighth of every "
             "bar; nothing else plays the harmony (the kit is in its break; no guitar, keys or singer). The bar "
             "before, about 74.2-75.8 s, is E flat with the guitar's last off-beat stabs. The room rings each note a "
             "little into the next. Right: F minor, D flat, A flat, E flat in that order, each within 0.3 s of its "
             "bar line (F with no quality fine); the right roots with F called major, or the right order with the "
             "start a bar off, is partly",
             "one chord throughout; A flat or E flat as the tag's first chord; C minor, B flat minor or G flat; "
             "chords changing every two bars or every beat; the octave jumps read as chord changes"),
    # ft_drive_e24@degraded, the hook's last bar, the stop and the verse's start, 38.75-46.25 (2/4 at 96, beat 0.625 s,
    # bar 1.25 s; stop 40.0-45.0, verse from 45.0). Bar 32 (38.75, E): the singer's calls E 5 39.38 and A flat 5 39.69;
    # piano strumming E major. Stop, bars 33-36: the lead (vocals, choir) E 5 (76) held 1.19 s at 40.02, 41.27, 42.52,
    # 43.77 (v67-73); piano A major held, E 3 A 3 D flat 4 (1.23 s, v56-64) at 40.0, 41.25, 42.5, 43.75; no bass, no
    # drums. From 45.0: crash, the kit, the bass's walk, piano off-beat stabs, the singer's eighths (B flat 5 to D flat
    # 6). Degraded copy (the cached copy's conditions.json: spill -18 dB, noise 30 dB under, room 0.46 s). Overlaps p02
    # (degraded 37.5-47.5, does the beat cut out), q15 (40-45, who's playing), n06 (40-49.98, the chords), ac05
    # (27.5-47.5, the crashes), m07 (45-50, the singer's bar 3), q14, w08, m03, e10, ab09, s07, s08 and x02; her held
    # note never asked
    Question("ad09", "ft_drive_e24@degraded", ["vocals", "piano"], 38.75, 46.25,
             "what note is she holding through this stop, and what chord's under her? want to double her on a synth "
             "and voice a pad around it",
             "an E -- the E an octave and a third above middle C (about 659 Hz) -- sung four times, one long note a "
             "bar, each restarted on the downbeat: about 40.0, 41.25, 42.5 and 43.75 s (2/4 at 96, a bar 1.25 s), to "
             "about 45.0 s. Under her only the keys, holding A major (E, A and C sharp around middle C, the E at the "
             "bottom), struck again each bar; no bass, no drums. So she's on the fifth of A major. Before the stop "
             "(about 39.4-39.7 s) she has two short calls (E, then G sharp) over E major; at 45.0 s the band and her "
             "faster verse line come back. The spill and room on her track are not notes. Right: E (octave free) held "
             "through the stop and restruck each bar, over A major (voicing not needed), the stop within 0.3 s of "
             "40.0 and 45.0 s; E right with the chord called E major or A minor, or A major right with her note named "
             "A or C sharp, is partly",
             "a moving line through the stop; a note other than E with the chord wrong too; bass or drums in the "
             "stop; the stop starting after 41 s or ending before 44 s"),
    # ft_swing_g1208, the second head, bars 21-27, 76.19-102.86 (12/8 at 63, beat 0.952 s, bar 3.81 s; head
    # 76.19-106.67, coda from 106.67). The lead (vocals, synth voice, v76-84): bars 21-22 even notes 0.438 s, eight a
    # bar, B 5 and D flat 6 alternating 76.19-79.52, then G 5 A 5 G 5 A 5 G 5 G flat 5 E 5 G flat 5 (80.00-83.33); bar
    # 23 G 5 A 5 B 5 D flat 6, 0.876 s each (83.81-86.67); rest 87.62-91.43; bars 25-26 even notes around G 5 (G flat 5
    # to A 5), down to E 5 at 97.14; bar 27 G 5 G flat 5 G 5 G flat 5, 0.876 s each (99.05-101.90); rest 102.86-106.67.
    # Lowest E 5 (76) at 82.86 and 97.14; highest D flat 6 (85) at 76.67, 77.62, 78.57, 79.52 and 86.67. After the
    # window, the coda's held D 5 (106.69). Overlaps ac09 (57.14-80.0, the break's level), j07 (degraded 68.57-83.79,
    # when the band is back), i09 (80-95, the break in her line), a09 (83.81-95.24, an odd note), m05 (degraded
    # 95.2-106.65, who has the melody), k01, t05, t10, w06, h04, l10, d07, l09, v04, n02 and p09; her range never asked
    # on this song
    Question("ad10", "ft_swing_g1208", ["vocals"], 76.19, 102.86,
             "what's her range through this second head -- lowest and highest note? booking a singer to replace the "
             "synth voice",
             "E 5 up to C sharp 6 (D flat 6) -- a major sixth, all of it high. The lowest is the E an octave and a "
             "third above middle C (about 659 Hz), at about 82.9 and 97.1 s; the top is the C sharp just over two "
             "octaves above middle C (about 1109 Hz), which she flicks to and from B right at the start, about "
             "76.2-80.0 s, and hits again at about 86.7 s. Most of the line sits around G 5 to B 5. She rests about "
             "87.6-91.4 s and from about 102.9 s (12/8 at about 63, a bar about 3.8 s). A high soprano part. Right: E "
             "5 and C sharp 6 (D flat fine), both in the right octave; both notes right but an octave off, or one "
             "right with the other a half or whole step off, is partly",
             "a range of an octave or more; a top note of E 6 or higher; a lowest note of C 5 or lower; both notes "
             "more than a step off; the coda's D 5 (after the window) given as her lowest"),
]
# Round 29, read on ca2974e (this session's code after round 28 and its rules; packets made in a clean worktree with an
# empty home) and graded by hand against each key
GRADES_29 = {"ad01": "wrong", "ad02": "right", "ad03": "right", "ad04": "wrong", "ad05": "right", "ad06": "partly",
             "ad07": "right", "ad08": "partly", "ad09": "partly", "ad10": "right"}
GRADES_29_WHY = {
    "ad01": "the first low F at about 1.56 s, but the hands not split and the second low note guessed as an F at "
            "2.67 s (it is a G at 3.45 s): wrong",
    "ad02": "straight, the off-beats split 1.17:1, the kick, snare and floor tom on the 'and's: right",
    "ad03": "the hat on one and three with the kick, two pickups on the 'a' of three and four of the second bar: right",
    "ad04": "'the tool didn't pick up any crash' (the crashes at 26.2 and 30.5 s under the ride not read), and the "
            "crash sentence said 'no hat rings on' beside a ringing timekeeper: wrong",
    "ad05": "no tempo change at 76, the chorus at 28.4 s, the half-time verse (snare on three) as the reason: right",
    "ad06": "her stem loudest from 22.5 s where the section starts, but hedged ('can't fully answer') and its shape "
            "called rising: partly",
    "ad07": "no hole of a beat; the one empty eighth on beat three of the second bar, before the snare (about 52.5 "
            "s): right",
    "ad08": "F, D flat, A flat, E flat a bar each from 75.77 s, the chart writing F major (the third left to the "
            "producer): partly",
    "ad09": "E 5 over A major, but its times 40.63-41.33 and 41.88-42.62 s, not the stop's 40.0 to 45.0 s: partly",
    "ad10": "E 5 up to C sharp 6: right",
}
# the baseline text names the stems, the key and the frame: nothing any of these asks
BASELINE_GRADES_29 = {q: "wrong" for q in GRADES_29}
QUESTIONS_30 = [
    # MusicDelta Shadows, bars 8-15, 15.28-32.2 (MDB beats, 4/4 at about 111, bar 2.18 s). Lead guitar = the verified
    # f0 of STEM_04 (MedleyDB 'Pitch', pYIN + manual correction; guitar.flac sums it with the unannotated rhythm
    # guitar); the f0 file itself stops at 32.29, so the window ends before. In the window the lead is voiced
    # 16.95-23.60 (G 2 pickup, then C 3, E flat 3, G 3, F 3, E flat 3, D 3, C 3, B flat 2, C 3) and 26.19-32.29 (G 2
    # three times, B flat 2, D 3, C 3, B flat 2, A 2, G 2, F 2, G 2); silent 15.28-16.95 and 23.60-26.19. Lowest
    # frame 86.9 Hz (F 2) at 30.03-30.64; highest 197.1 Hz (G 3) at 19.12-19.60; nothing above G 3 (no frame over MIDI
    # 55.5). Overlaps ad04 (16.9-32.7, crashes against his phrases), ac01 (8.74-32.7, whether he moves his phrase),
    # g02 (26.17-32.66, the last phrase), j02, b01, k11, y08, u03, n01, b03, e02 and r10; his range never asked
    Question("ae01", "real:musicdelta_shadows", ["guitar"], 15.28, 32.2,
             "want to double the lead guitar on a bari sax through here -- how low does he go, and how high? need to "
             "know if it fits the horn",
             "all low: F 2 up to G 3, a ninth. The lowest is the F near the bottom of the guitar (F 2, about 87 Hz, "
             "the low E string's first fret), held about 30.0-30.6 s near the end of the last phrase; the highest is "
             "the G below middle C (G 3, about 196 Hz), about 19.1-19.6 s in the first phrase here. Two phrases in "
             "the window (4/4 at about 111): one from a pickup at about 17.0 s to 23.6 s, sitting around C 3 to G 3, "
             "and one from about 26.2 s to 32.3 s, mostly G 2 to D 3; he rests before 17.0 s and about 23.6-26.2 s. "
             "Nothing reaches middle C. Right: F 2 and G 3, each in the right octave (a quarter tone of bend free); "
             "both right but an octave off, or one right with the other a half or whole step off, is partly",
             "a top note at middle C or higher; a lowest note of E 2 or lower, or of G 2 or higher; a range of an "
             "octave or less; the rhythm guitar's notes given as the lead's"),
    # GuitarSet 00_BN1-129-Eb_comp, bars 4-9, 5.58-16.74 (4/4 at 129, bar 1.86 s; jams chords E flat to 7.44, A flat
    # 7.44-11.16, E flat 11.16-14.88, B flat 14.88-16.74). The jams note_midi per string (0 = low E ... 5 = high E),
    # onsets within 0.06 s grouped: 27 single notes, 4 pairs, 5 threes, 3 fours, none more (fours at 9.57 B flat 3 E
    # flat 4 G 4 C 5, 11.90 E flat 3 B flat 3 E flat 4 G 4, 12.79 E flat 3 D 4 G 4 B flat 4). Bass notes from the
    # thumb: E flat 3 (A string), A flat 2 (7.46, 7.92, 8.87) and B flat 2 (14.83, 15.33) on the low E string. Lowest
    # A flat 2; highest C 5 (9.58, 10.28), then B flat 4 (12.79, 16.26); the chord notes otherwise A flat 3 to G 4.
    # Overlaps c03 (7.44-16.74, his own bass notes), f01 (0-14.88, triads or extensions), j01 (0-7.42, strum or
    # fingerpick), i02 (1.86-7.44, the top note), q18, n09, e01, d03, b02, u09 and h09; how thick he voices and how
    # high he reaches, for keys around him, never asked
    Question("ae02", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 5.58, 16.74,
             "how much room is the guitarist taking up here -- big six-string chords, or small voicings? and how high "
             "does he go? voicing a Rhodes comp around him",
             "small. He plucks (bossa-style): a bass note with the thumb on the low strings, between little chord "
             "grabs of two to four notes on the middle and top strings, and many single notes; never more than four "
             "strings struck together, no strummed six-string chords. His chord notes sit around middle C (about A "
             "flat 3 to G 4), the bass notes below (E flat 3 on the A string, A flat 2 and B flat 2 on the low E in "
             "the A flat and B flat bars), and the top reaches C 5 (about 523 Hz, at about 9.6 and 10.3 s) and B flat "
             "4 -- an octave above middle C is his ceiling. So a Rhodes above about C 5, or sparse, stays clear. "
             "Right: small voicings (at most about four notes at once, not strummed full chords) and the top at B "
             "flat 4 to C 5 (octave right); only one of the two right is partly",
             "full six-string or barre chords strummed; five- or six-note voicings; a top note around C 6 or around "
             "G 3; every note in the bass register; chords strummed on every eighth"),
    # MusicDelta Beatles, bars 11-14, 21.84-30.56 (MDB beats, 4/4 at about 110, beat 0.54-0.55 s; downbeats 21.84,
    # 24.01, 26.20, 28.39, the next 30.56). MDB Drums sub-classes, every bar the same: kick (KD) on one, the and of
    # two and three; snare (SD) and tambourine (TMB) on two; snare on the and of three (a second stroke 0.03-0.05 s
    # later in bars 11, 12 and 14); tambourine alone on four; floor tom (LFT) on the and of four (doubled 0.05 s
    # later). Nothing annotated on the and of one (22.11, 24.28, 26.47, 28.66); no hi-hat, cymbal or ride in the song.
    # Overlaps s10 (19.5-28.5, where the snare lands), l01 (26.2-34.92, the floor tom), z07, m10, o06, g03, f04 and
    # a02; b05 (4.38-15.27, loop one bar), p04 and ad02 are earlier, outside; the empty eighth never asked
    Question("ae03", "real:musicdelta_beatles", ["drums"], 21.84, 30.56,
             "want to drop a little percussion hit into a hole in his pattern -- is there an eighth note in the bar "
             "he never plays on?",
             "one: the 'and' of one. His bar (4/4 at about 110, a bar about 2.18 s) is the same all four bars: kick "
             "on one; snare with the tambourine on two; kick on the 'and' of two and on three; snare on the 'and' of "
             "three (often a quick double stroke); tambourine alone on four; floor tom on the 'and' of four. So the "
             "only empty eighth is just after the downbeat, about 0.27 s in: about 22.1, 24.3, 26.5 and 28.7 s. No "
             "hi-hat anywhere. Right: the 'and' of one, alone (beat four called light, tambourine only, is fine); "
             "the 'and' of one along with another eighth wrongly called empty, or the pattern right with the hole "
             "not named, is partly",
             "no holes; two or four empty; the 'and' of four or of two empty; a hole only in some bars; a hi-hat "
             "pattern described"),
    # MusicDelta Rock, official mix (mixes/musicdelta_rock.flac, 13.091 s; aligned with the stems per SOURCE.txt).
    # MDB beats (manual): 24 beats, positions 1-4 from 0.01 s; downbeats 0.01, 2.16, 4.36, 6.54, 8.72, 10.91; bars
    # 2.15-2.20 s (about 110); last beat 12.55 (beat four of bar 6). MDB Drums: the first hits KD 0.000 and CHH 0.02,
    # SD 0.53 (two); the last SD 12.54 (four of bar 6), CHH 12.56 and 12.83 (the and of four); 10.91 + 2.18 = 13.09 =
    # the file's end. The vocal f0 (STEM_05, verified) is voiced from 0.02 s. Overlaps l02 (0-13.09 vocals, where he
    # breathes), u08 (0-13.0, who's playing), f05 (mix 1.5-13.0, his pickups), z10, n10, p10, r12, u07, o05, d04, t12
    # and ab02; the take's length in bars never asked
    Question("ae04", "mix:musicdelta_rock", ["mix"], 0.0, 13.09,
             "want to loop this whole bounce -- how many bars is it? does it start right on the one, and does it end "
             "clean on a bar line?",
             "six bars of 4/4 at about 110 (a bar about 2.18 s), and it loops cleanly. It starts on the one: the "
             "first kick (with the hat) is right at 0.0 s, the snare on two at about 0.53 s, and the singer starts "
             "right at the top too -- no pickup. The bars start at about 0.0, 2.2, 4.4, 6.5, 8.7 and 10.9 s; the "
             "last bar is complete (snare on four at about 12.5 s, a hat on its 'and' at about 12.8 s) and the file "
             "ends at about 13.1 s, right where the seventh bar would start. Right: six bars, starting on the one "
             "with no pickup; six bars with a pickup claimed, or three or twelve bars with the tempo halved or "
             "doubled to match and the start on the one, is partly",
             "five or seven bars; 3/4 or 6/8; a pickup of a beat or more before the first bar; a bar cut short at "
             "the end; a tempo near 90 or 130"),
    # ft_drive_ab152, the first verse's first line, bars 9-11, 12.6-17.4 (4/4 at 152, beat 0.395 s, eighth 0.197 s,
    # bar 1.579 s; verse chords A flat 12.63, D flat 14.21, A flat 15.79, E flat 17.37; key A flat major). The lead
    # (vocals, synth voice, v81-89): eighths 0.18 s -- A flat 4, G 4, A flat 4, B flat 4, C 5, B 4 (13.62), C 5, D 5
    # (14.01) | D flat 5, C 5, D flat 5, C 5, D flat 5, E flat 5, F 5, G 5 -- then quarter notes 0.36 s: A flat 5
    # (15.79), G 5, A flat 5, G 5 (ends 17.34); next line 18.95. Lowest G 4 (12.83), highest A flat 5 (15.79 and
    # 16.58). Outside A flat major: only the B natural and the D natural. Overlaps o07 (9.45-15.77, where exactly
    # she comes in), i08 (degraded 6.32-18.95, what comes in at the verse), ac07 (11.05-39.47, the verse's bars),
    # b08 (15.79-28.42, her range against the guitar), q06, q07 and q16; this line's notes never asked
    Question("ae05", "ft_drive_ab152", ["vocals"], 12.6, 17.4,
             "want to double her first line an octave down on a synth -- where does it start and where does it top "
             "out? and does she step outside the key anywhere on the way up?",
             "it climbs an octave, A flat 4 to A flat 5. She starts on the downbeat at about 12.6 s on the A flat "
             "above middle C (A flat 4, about 415 Hz), dips to G 4 (the lowest note), and runs up in quick eighths "
             "(4/4 at about 152): two bars of eighths, the first around A flat 4 to D 5, the second around D flat 5 "
             "and C 5, then E flat, F, G, landing on A flat 5 (about 831 Hz) on the next downbeat at about 15.8 s; "
             "she rocks A flat 5 - G 5 in quarter notes to about 17.3 s. Two notes are outside A flat major, both "
             "quick passing notes in the first bar: a B natural (about 13.6 s, between the Cs) and a D natural "
             "(about 14.0 s, just before the D flat). Right: start A flat 4 and top A flat 5 (octaves right), and "
             "the B natural and D natural named (within a beat); the start and top right with only one of the two "
             "outside notes, or both outside notes right with the range an octave off, is partly",
             "a line that falls; a top note of B flat 5 or higher; a start on C or E flat; no notes outside the "
             "key; G flat, E or F sharp as the outside notes; a pickup before the downbeat"),
    # ft_ballad_csm76, the intro, bars 1-3, 0-9.4 (4/4 at 76, bar 3.158 s; verse from 9.47, outside). Piano (Rhodes,
    # 'pads', v46-55): one chord a bar, held 3.1 s: 0.0 E 3, A flat (G sharp) 3, D flat (C sharp) 4 -- C sharp minor
    # with E at the bottom; 3.16 E 3, A 3, C sharp 4 -- A major with E at the bottom; 6.32 E 3, G sharp 3, B 3 -- E
    # major. Score chords D flat minor, A, E. Lowest E 3 (165 Hz) in all three; highest C sharp 4 (277 Hz); nothing
    # else on the stem. Overlaps t03 (0-9.47, who's playing) and d09 (0-15.79, the bars before she sings); the keys'
    # chords and register in the intro never asked
    Question("ae06", "ft_ballad_csm76", ["piano"], 0.0, 9.4,
             "want to layer a string pad on the keys in this intro -- what chords are they, and where are they "
             "voiced? don't want the strings muddying them",
             "three chords, one a bar, each held the whole bar (4/4 at about 76, a bar about 3.16 s): C sharp minor "
             "(from 0.0 s), A major (about 3.2 s), E major (about 6.3 s) -- i, VI, III in C sharp minor. All three "
             "are close, three-note voicings in a narrow band just below middle C: E 3 to C sharp 4 (about 165-277 "
             "Hz). E 3 is the bottom note of every one (C sharp minor and A with E underneath, E in root position); "
             "the top goes C sharp 4, C sharp 4, B 3. Played soft, no bass or drums under them. So strings an "
             "octave or more above (around C sharp 5) or a cello line below E 3 keep clear. Right: C sharp minor, "
             "A, E in that order, one a bar, and the voicing placed around E 3 to C sharp 4 (within a few semitones "
             "either way); the chords right with the register wrong or missing, or the register right with one "
             "chord wrong, is partly",
             "C sharp major; D flat major; chords changing twice a bar; a voicing around C 5 or higher; wide "
             "voicings with a bass note below C 3; B or F sharp minor as one of the chords"),
    # ft_drive_ab152@degraded, 41.05-63.16 (4/4 at 152, bar 1.579 s). Hook to 50.53 (level 105): drums v81-114, bass
    # riff v101-109, guitar strum v89-107, the singer's calls v101-109. Stop 50.53-56.84 (level 70): guitar pads
    # (F 3, A flat 3, C 4) v57-64, the singer's long C 5 v67-73; no drums, no bass. Second verse from 56.84 (level 80):
    # crash v90 at 56.84, drums v56-90, walking bass v76-84, off-beat guitar v68-76, the singer's lines v81-89. The
    # last hook events end 50.29 (bass), 50.38 (drums). Degraded copy (the cached copy's conditions.json: spill -12
    # dB, noise 24 dB under, room 1.44 s). Overlaps t02 (50.5-63.2, what changes), g07 (degraded 44.19-56.82, the
    # hook's bars before the drop), w02 (50.5-56.9, the stop), q05, y05, e06, g10, c07, b09, k04, r05, h05, d06, b06,
    # ab10, t09 and e07; c06 (31.57-44.2) asked the drums' level only; where the level drops and recovers never asked
    Question("ae07", "ft_drive_ab152@degraded", ["drums", "bass", "guitar", "vocals"], 41.05, 63.16,
             "riding the master level through here -- where does it drop, and when it comes back up, is it back to "
             "where it was?",
             "it drops hard at about 50.5 s and comes back at about 56.8 s, but not all the way. Up to about 50.5 s "
             "is the hook, the loudest part: the whole band digging in (4/4 at about 152). At about 50.5 s the "
             "drums and bass stop dead and it falls to soft held guitar chords (F minor) under the singer's long "
             "notes, for four bars. At about 56.8 s the second verse comes in with a crash, the kit, walking bass, "
             "off-beat guitar and her busier line: clearly louder than the stop, but a verse level, well below the "
             "hook. The room on this copy rings the hook's last hits about a second into the drop. Right: the drop "
             "at 50.5 s and the return at 56.8 s (each within 0.3 s), the return quieter than the hook; both times "
             "right with the return called as loud as the hook or louder, or one time more than a bar off, is "
             "partly",
             "no drop; a gradual fade through the hook; the drop before 49 s or after 52 s; the return before 55 s "
             "or after 58.5 s; the return louder than the hook"),
    # ft_swing_g1208@degraded, the drum break ('fours'), bars 17-20, 60.9-76.0 (12/8 at 63, dotted-quarter beat
    # 0.952 s, triplet eighth 0.317 s, bar 3.81 s; break 60.95-76.19). Drums alone ('break', v91-109, each beat's
    # first stroke +10): every bar the same twelve strokes -- kick, high tom, low tom, high tom, low tom, snare, low
    # tom, snare, kick, snare, kick, high tom -- with a crash on 60.95; strokes left out: 68.89 (bar 19, second) and
    # 72.38, 73.02, 73.33 (bar 20: its one, third and fourth -- the bar opens with the high tom at 72.70). Downbeats
    # 60.95, 64.76, 68.57, 72.38; crash, kick and ride back at 76.19 (outside). No other stem plays. Degraded copy
    # (conditions.json: spill -24 dB, noise 30 dB under, room 0.96 s). Overlaps ac09 (57.14-80.0, how hard he hits),
    # j07 (degraded 68.57-83.79, when the band's back), n08 (degraded 57.1-68.55, a fill out of the solo), q10 and s06
    # (60.95-76.19 and 61-76, the band), v03; the break's meter and downbeats never asked
    Question("ae08", "ft_swing_g1208@degraded", ["drums"], 60.9, 76.0,
             "drums on their own here and I'm losing the one -- what's the meter, how long are the bars, and where "
             "does each bar start?",
             "still 12/8: four beats a bar, each split in three (about 63 to the dotted quarter, a beat about 0.95 "
             "s, a bar about 3.81 s). Four bars, starting at about 60.95 (crash and kick), 64.76, 68.57 and 72.38 s; "
             "the band comes back at about 76.2 s, just after. He plays the same twelve-stroke triplet figure every "
             "bar -- kick on the one, then toms, snares and kicks, ending on a high tom -- with the first stroke of "
             "each beat a little harder, so the one is the kick after that high tom. Careful in the last bar: he "
             "leaves the one out (nothing at 72.38 s; he comes in on the next triplet with the high tom at about "
             "72.7 s), so count through it. Right: 12/8 (or four triplet beats a bar) at about 63, a bar about 3.8 "
             "s, and at least three of the four starts within 0.2 s; the meter and bar length right with the starts "
             "a beat or more off, or 6/8 with 1.9-s bars whose starts fall on these, is partly",
             "4/4 with straight eighths or sixteenths; 3/4; 5/4; bars of about 2.5 or 5 s; no steady meter; a kick "
             "on 72.38 s"),
    # ft_drive_e24, the first verse, bars 9-24, 10.0-30.0 (2/4 at 96, beat 0.625 s, eighth 0.3125 s, bar 1.25 s; hook
    # from 30.0, outside). Drums ('groove', level 80): closed hat (42) on every eighth, 64 hits -- on the beats v64-72
    # (mean 68), between v55-64 (mean 59); kick on one (v80-89), snare on two (v76-84), 16 each; one crash (v87) at
    # 10.0; no open hat, ride or fill; the next crash at 30.0. Overlaps r09 (10-20, meter and tempo), y04 (22.5-30,
    # bass against the kick and the drummer), c10 (22.5-35, keys against kick and snare), ac05 (27.5-47.5, the
    # crashes), k06, t08, z04, f07, d10, i05, a07 and j06; the hats in this verse never asked
    Question("ae09", "ft_drive_e24", ["drums"], 10.0, 30.0,
             "programming hats under this verse -- straight eighths? any open hats or accents? and is there any "
             "crash after the top of the verse?",
             "straight eighths on a closed hat, the whole verse: one every eighth note, about 0.31 s apart (96 BPM, "
             "the bars in two). The hats on the beats, with the kick (one) and the snare (two), are a little harder "
             "than the ones in between. No open hats, no ride, no fills. The only crash is the one on the verse's "
             "first downbeat at 10.0 s; the next comes with the hook at 30.0 s, after the window. Right: closed "
             "straight eighths with no open hats, and no crash after 10.0 s (the on-beat accent a plus); the hats "
             "right with a crash or open hat claimed later in the verse, or called sixteenths at a halved tempo "
             "(48), is partly",
             "swung or shuffled hats; hats on quarter notes or off-beats only; an open hat pattern; a ride; a crash "
             "every four or eight bars; a fill into the hook inside the window"),
    # ft_drive_e24, intro bars 3-8, 2.5-10.0 (2/4 at 96, beat 0.625 s, eighth 0.3125 s, bar 1.25 s; score chords E
    # and B a bar each; verse from 10.0). Bass ('pump', picked bass, v76-84): four eighths a bar, each 0.19 s long --
    # three on the root, the fourth an octave up: E 2 E 2 E 2 E 3 (2.5, 5.0, 7.5) and B 2 B 2 B 2 B 3 (3.75, 6.25,
    # 8.75); B 2 is a fifth above E 2. Even level. The verse goes on with the same pump from 10.0. Overlaps s09 (0-10
    # drums, bass, the groove), h02 (degraded 0-12.48, the bars of drums and bass before the keys), r09, t08 and the
    # verse windows from 10.0 (none inside); the intro's bass line note by note never asked
    Question("ae10", "ft_drive_e24", ["bass"], 2.5, 10.0,
             "copying this intro bass line onto a synth -- what notes and what rhythm? does he move around or just "
             "sit on the root?",
             "he pumps the root. Straight eighth notes, four to a bar (2/4 at about 96, a bar 1.25 s), short and "
             "detached (about 0.19 s of each 0.31 s), at an even level. Three eighths on the root, then the last "
             "one of the bar jumps up an octave. The root alternates bar by bar: E (E 2, about 82 Hz) from about "
             "2.5, 5.0 and 7.5 s, B (B 2, a fifth above, about 123 Hz) from about 3.75, 6.25 and 8.75 s -- I and V "
             "in E major. So: E E E E' | B B B B'. Right: eighths on the roots E and B alternating a bar each with "
             "the octave jump on the last eighth; the notes right with the octave jump missed or the rhythm called "
             "quarters or sixteenths, or the rhythm right with B named another note, is partly",
             "a walking line; whole or half notes; a riff through fifths and sevenths; E and A; the root changing "
             "every two bars; syncopated pushes ahead of the beat"),
]
# Round 30, read on b237ffd (this session's code after round 29's rules and more sweeps of everyday wordings;
# packets made in a clean worktree with an empty home) and graded by hand against each key
GRADES_30 = {"ae01": "wrong", "ae02": "right", "ae03": "partly", "ae04": "wrong", "ae05": "partly", "ae06": "right",
             "ae07": "partly", "ae08": "right", "ae09": "right", "ae10": "right"}
GRADES_30_WHY = {
    "ae01": "the low F 2 at 30.05 s, but the top given as the chords' G 4 to A 5 (the rhythm guitar shares the lead's "
            "stem; the lead's top is G 3): wrong",
    "ae02": "not big strummed chords (a third of his strokes chords, mostly a broken line), the top C 5 at 9.57 s: right",
    "ae03": "the 'and' of one, every bar, at 22.11, 24.30, 26.48, 28.66 s; but the first bar's downbeat also called "
            "empty (its kick missed) and the tambourine called a hat: partly",
    "ae04": "a pickup of three beats claimed and the first downbeat put at 1.60 s (the mix's bar lines a beat off; "
            "it starts on the one): wrong",
    "ae05": "A flat 4 to A flat 5, the D natural named; the B natural missed: partly",
    "ae06": "C sharp minor, A, E a bar each, voiced E 3 to C sharp 4: right",
    "ae07": "the drop at about 50.1-50.5 s and the return at 56.8 s, but whether it comes back to the hook's level "
            "'isn't shown' (only hinted lower): partly",
    "ae08": "12/8 at 63, bars of 3.81 s from 60.98, 64.79, 68.60, 72.40 s: right",
    "ae09": "closed straight eighths, no open hats, no crash after the top (the crash at 10.0 s itself missed): right",
    "ae10": "E E E E' | B B B B' in straight eighths, root and fifth with the octave pop: right",
}
# the baseline text names the stems, the key and the frame: nothing any of these asks
BASELINE_GRADES_30 = {q: "wrong" for q in GRADES_30}
QUESTIONS_31 = [
    # GuitarSet 00_BN1-129-Eb_comp, the last two bars, 11-12, 18.60-22.32 (jams: 4/4 at 129, bar 1.86 s; beats of bar 12
    # at 20.46, 20.93, 21.40, 21.86). Lead-sheet chord E flat (D#:maj) 18.60 to the end; the performed-chord annotation
    # (semi-automatic, manually verified) D#:maj7/1. The jams note_midi per string (0 = low E): 18.64 E flat 3 (A
    # string) + D 4 + G 4; 19.09 E flat 3 + D 4 + F 4; 19.29 B flat 3 + D 4 + F 4; 19.75 E flat 3 + B flat 3 + D 4 + F
    # 4; 20.26 E flat 3 + B flat 3 + D 4 + F 4; 20.70 E flat 3 + D 4 + G 4 (the last E flat, ends 20.89); 21.16 D 4
    # (rings to 22.07), 21.41-21.42 B flat 3 + G 4 + B flat 4 (high E string), ring to 22.13-22.14; 22.08 D 4 again. So
    # the last grab is B flat 3, D 4, G 4, B flat 4 with no E flat; top B flat 4 (466 Hz). Overlaps u09 (14.9-22.3, the
    # chords), l04 (16.74-22.32, ring or cut), b02 (13.02-22.0, where the changes land), d03 (11.16-20.46, the fourth
    # bar note for note) and h09 (the take's tempo and bars); the last chord's colour and top note never asked
    Question("af01", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 18.6, 22.32,
             "the guitar ends the take on this E flat -- is it a plain E flat chord or is there a seventh or "
             "something in it? and what's the top note of the last one he lets ring? want the Rhodes to end on the "
             "same voicing",
             "not plain: an E flat major seven (with the ninth, F, in some grabs). Through these two bars (4/4 at "
             "about 129, a bar about 1.86 s) he keeps his thumb on E flat (E flat 3, on the A string) until about "
             "20.7 s, under small grabs of D (D 4, the major seventh -- in nearly every one) with G 4 or F 4 and B "
             "flat 3. The last grab, struck about 21.2-21.4 s and left ringing to the end (about 22.1 s), is B flat "
             "3, D 4, G 4 and B flat 4 -- no E flat in it at all (it sounds like G minor over the E flat he left "
             "behind); its top note is B flat 4 (about 466 Hz). Right: the major seventh (D) named and the top at B "
             "flat 4 (octave right); one of the two right, or the top right an octave off with the seventh right, is "
             "partly",
             "a plain E flat triad; a dominant seventh (D flat); a six-string strummed chord; a top note of E flat 5, "
             "G 4 or B flat 5; an E flat root in the last grab"),
    # MusicDelta Shadows, the end, bars 13-16, 26.19-33.49 (the file's end; MDB beats, 4/4 at about 111, bar 2.14-2.18
    # s; downbeats 26.19, 28.36, 30.50, 32.68; the last annotated beat 33.22, beat two of bar 16). MDB Drums: crash
    # (CRC) with the kick on the downbeats 26.19 and 30.51; kick on one and the 'and' of two, snare on two and four,
    # ride on the beats and the 'ands' (none on the 'and' of one after each crash, nor on the 'and' of four in bar 15);
    # bar 16: kick + ride 32.69, ride 32.97, then snare + ride 33.23 -- the last hit of the class file; nothing after.
    # SOURCEID: drums end 33.20, bass and guitar 33.25; ACTIVATION_CONF all stems down by 33.39; the lead-guitar f0
    # (STEM_04) last voiced 32.29. Overlaps y08 (24.0-33.4, who carries the tune and what the drummer plays), g02
    # (26.17-32.66, the lead's last phrase), b03, ad04, ac01 and ae01; where the take stops and how many bars from the
    # crash never asked
    Question("af02", "real:musicdelta_shadows", ["drums", "bass", "guitar"], 26.19, 33.49,
             "this take seems to stop dead at the end -- counting from the crash at about 26.2 s, how many bars until "
             "the band stops, and where exactly is the drummer's last hit? is it on a downbeat? want to add a proper "
             "ending hit",
             "three full bars and then two beats of a fourth (4/4 at about 111, a bar about 2.18 s): bars from about "
             "26.2 (crash), 28.4, 30.5 (a second crash) and 32.7 s. In that last, short bar he plays kick and ride on "
             "the one, a ride on the 'and', and the last hit -- snare with the ride -- on beat two at about 33.2 s. "
             "So it is not a downbeat: it stops on the backbeat, mid-bar. Bass and guitar stop with him (about 33.25 "
             "s; the lead guitar's last note is already over at about 32.3 s), and the file runs out at about 33.5 s, "
             "before beat three (about 33.8 s). Right: three bars and two beats (three and a half bars) with the last "
             "hit on beat two at about 33.2 s (within a quarter second); the last hit's time right with the bar count "
             "off by one, or the count right with the last hit placed on the wrong beat, is partly",
             "four full bars; a last hit on a downbeat or with a crash; a fill at the end; the band ringing on to the "
             "file's end; a stop at about 32.7 s"),
    # MusicDelta Country1, bars 11-12, 21.92-26.27 (MDB beats, 4/4 at about 109, bar 2.16-2.18 s; downbeats 21.92,
    # 24.10, the next 26.27; beats of bar 11 about 21.93, 22.46, 23.00, 23.54, of bar 12 24.12, 24.64, 25.18, 25.75).
    # Vocal notes derived from the verified f0 of STEM_05 (truth.json; approximate): 22.54-22.78 G 3 (-0.09),
    # 22.99-23.68 G 3 (+0.18), 23.85-24.01 G 3, 24.20-24.31 C 4, 24.50-24.93 C 4, 24.97-25.11 D 4 (+0.35), 25.24-25.44 G
    # 3 (-0.27), 25.90-26.27 G 3 (+0.40, a scoop into the next line's A 3 - B 3 at 26.27); the f0 itself: about MIDI 55
    # (G 3) 22.6-23.9, 59-60 24.2-24.9, 62 at 25.05, 55 from 25.3. The same line as bars 3-4 (5.12-8.46) of verse one.
    # Overlaps e03 (15.37-26.27, when he comes back in), g01 (19.7-28.41, the key), ac03 (10.9-31.2, how the verses
    # end), r11, u01, m04, c02 and ad03 (the drums); this line's notes never asked
    Question("af03", "real:musicdelta_country1", ["vocals"], 21.92, 26.27,
             "what's the singer doing in these two bars, note for note? want to double the line on pedal steel",
             "he sits on one note for the first bar, then jumps up and falls back. Bar one (from about 21.9 s, 4/4 at "
             "about 109): the G below middle C (G 3, about 196 Hz) -- a short G on about beat two (22.5 s), a long G "
             "from beat three (about 23.0-23.7 s), a quick G at about 23.9. Bar two (from about 24.1 s): up to middle "
             "C (C 4, about 262 Hz), held about 24.2-24.9 s, a quick touch of the D above (D 4, about 294 Hz, about "
             "25.0 s, the top note), then down to G 3 (about 25.2-25.4 s, and again about 25.9-26.3 s sliding into "
             "his next line). So: G (held) | C - D - G -- the whole thing G 3 to D 4. Right: the held G then C, D and "
             "back to G, octave right (a scoop of up to half a step free); the shape right but an octave off, or one "
             "note a step off, is partly",
             "a line moving through the first bar; a top note of E 4 or higher; a start on C or D; notes in B flat or "
             "a minor key; the line an octave up (around G 4)"),
    # madmom stereo_sample, the whole file, 0-4.14 (4.15 s; notes from tests/data/annotations/stereo_sample.notes ->
    # truth.json notes.piano, [onset, offset, MIDI]): 0.147-3.470 C 5 (72); 1.567-1.790 F 2 (41); 2.526-3.456 F 5;
    # 2.549-2.760 C 4; 2.563-2.765 F 4; 2.577-2.811 A flat 3; 3.369-4.149 E flat 5 (75); 3.449-3.721 G 2. The first note
    # is held 3.32 s, through the low F and the F minor chord, let go just after the E flat 5 starts. Overlaps h03
    # (0-4.14, a tune on top or chords, the chord in the middle), ac02 (0.5-3.3, the chord at about 2.5 s) and ad01
    # (1.5-4.14, the left hand); how long the first note is held never asked
    Question("af04", "real:madmom_piano_sample", ["piano"], 0.0, 4.14,
             "that first high note -- what is it, and how long does he hang on to it? is it still ringing when the "
             "chord comes in? want a string note to hold with it",
             "a C, an octave above middle C (C 5, about 523 Hz), struck at about 0.15 s and held about 3.3 s, to "
             "about 3.5 s. It rings on through the low F in the left hand (F 2, about 1.6 s) and through the chord at "
             "about 2.5 s (A flat 3, C 4, F 4 with F 5 on top -- F minor), and he lets it go just after the next top "
             "note, the E flat (E flat 5), comes in at about 3.4 s (with a low G 2 at about 3.45 s). It is not struck "
             "again. Right: C 5 (octave right) held from the start to about 3.3-3.6 s, through the chord; the note "
             "right an octave off, or the note right with the release put at the chord (about 2.5 s), is partly",
             "a different first note (F, E flat, A flat); released before the chord; struck again with the chord; "
             "held to the end of the file"),
    # ft_swing_g1208, the second head's last four bars (head bars 5-8, song bars 25-28), 91.43-106.66 (12/8 at 63 dotted
    # quarters, bar 3.81 s; coda from 106.67, outside). Score chords C 91.43, C 95.24, G 99.05, E minor 102.86. Guitar
    # (skank): E 4 G 4 C 5 on the last triplet of each beat in the C bars, G 4 B 4 D 5 in the G bar, E 4 G 4 B 4 in the
    # E minor bar. Bass (walk, 'key' style, quarter notes): C 2 E 2 G 2 B 1 | C 2 E 2 G 2 A flat 2 | G 2 B 2 D 3 F 2 | E
    # 2 G sharp 2 B 2 G sharp 2 -- a major third over the E minor chord. Voice (synth) in bars 25-27, rests bar 28.
    # Overlaps v04 (91.4-106.7, a key change), n02 (95.2-106.65, straight or swung), m05 (degraded, who has the melody),
    # l09 (degraded 91.43-102.86, the bass's chord tones), ad10, p09, ac10, a09, i09 and d07; the chords of these four
    # bars never asked
    Question("af05", "ft_swing_g1208", ["guitar", "bass", "vocals"], 91.43, 106.66,
             "give me the chords bar by bar under this bit -- the last bar sounds a bit off to me, is that one major "
             "or minor?",
             "four bars, one chord each (12/8 at about 63 dotted quarters, a bar about 3.8 s): C (from about 91.4 s), "
             "C again (about 95.2), G (about 99.0), E minor (about 102.9) -- IV, IV, I, vi in G. The last is E minor "
             "on the guitar (E, G, B, chopped on the last triplet of each beat); what sounds off is the bass: his "
             "walk over it is E, G sharp, B, G sharp, a major third rubbing against the guitar's G natural (he walks "
             "root, third and fifth of a major chord on every bar: C-E-G, G-B-D, with B, A flat and F as the approach "
             "notes). The singer rests in that last bar. Right: C, C, G, E minor in order, one a bar, with the last "
             "called minor (the bass's G sharp named or not); the last called E major from the bass, or one of the "
             "first three wrong, is partly",
             "D or A minor in it; a key change; two chords a bar; the last bar as G or C; E major with no E minor "
             "anywhere"),
    # ft_ballad_eb54, the break, bars 16-17, 37.5-42.5 (5/4 at 120, beat 0.5 s, eighth 0.25 s, bar 2.5 s), degraded copy
    # (conditions.json: spill -24 dB, SNR 24 dB, room 1.25 s). Drums alone ('break', level 100): 37.50 kick + crash (0.8
    # s), 38.00 high tom (beat 2), 38.75 snare (the 'and' of 3), 39.00 snare (4), 39.50 kick (5); 40.00 kick, 40.25 high
    # tom, 40.50 high tom (2), 41.00 low tom (3), 41.50 snare (4), 41.75 kick, 42.00 kick (5), 42.25 high tom.
    # Velocities 98-114 (the chorus before: kick 97-98, snare 92). No hi-hat, no ride, no other cymbal; bass, keys and
    # voice silent; the bridge from 42.5 has no drums. Overlaps x05 (37.5-42.5, is there a drum fill), s01 (37.5-52.5,
    # what happens) and n05 (degraded 35-44.98, who's in and out); which drums on which grid never asked
    Question("af06", "ft_ballad_eb54@degraded", ["drums"], 37.5, 42.5,
             "programming this drum break with my own samples -- which drums is he using, and is it on an eighth or a "
             "sixteenth grid? any cymbals after the first hit?",
             "two bars of 5/4 (about 120, a bar 2.5 s), the drums alone and loud: kick, snare, a high tom and a low "
             "tom, on an eighth-note grid (0.25 s) -- no sixteenths -- and only about half the eighths hit. The only "
             "cymbal is one crash with the kick on the first downbeat (37.5 s); after that no cymbals at all: no "
             "hi-hat, no ride, no more crashes. Bar one: kick + crash on one, high tom on two, snare on the 'and' of "
             "three and on four, kick on five. Bar two (from 40.0 s): kick on one, high tom on its 'and' and on two, "
             "low tom on three (its only hit), snare on four, kick on the 'and' of four and on five, high tom on the "
             "'and' of five. At 42.5 s the drums stop. Right: kick, snare and toms on eighths with the one crash at "
             "the start and no hats or ride; the kit right but the grid called sixteenths or a ride or hat claimed, "
             "is partly",
             "a hi-hat or ride keeping time; crashes through it; a backbeat groove; sixteenth-note rolls; bass or "
             "keys playing with him"),
    # ft_drive_e24, the hook, bars 25-32, 30-40 (2/4 at 96, beat 0.625 s, bar 1.25 s; chords A 30.0, B 31.25, E 32.5, E
    # 33.75, A 35.0, B 36.25, E 37.5, E 38.75), degraded copy (conditions.json: spill -18 dB, SNR 30 dB, room 0.46 s).
    # Voice (choir, 'calls', v102-108): two eighths (0.28 s) on beat two of every other bar: 31.875 B 5 + 32.188 D sharp
    # 5 (E flat 5); 34.375 E 5 + 34.688 G sharp 5; 36.875 B 5 + 37.188 D sharp 5; 39.375 E 5 + 39.688 G sharp 5. Nothing
    # else on the voice; the piano strums eighths (E 3 to F sharp 4) throughout and spills into her stem at -18 dB.
    # Overlaps q14 (30-40, what the vocals do), m03 (degraded, the key), e10 (degraded, where the chords change), w08,
    # h06, c10, ab09, ac05, z04, p02 and ad09; the calls' notes never asked
    Question("af07", "ft_drive_e24@degraded", ["vocals", "piano"], 30.0, 40.0,
             "she only does these little two-note calls in the hook -- what are the notes each time? want a trumpet "
             "to answer her with the same two notes",
             "four calls, one every other bar (2/4 at about 96, a bar 1.25 s), each two quick eighths on beat two: "
             "about 31.9 s B 5 falling to D sharp 5 (about 988 then 622 Hz) over the B chord; about 34.4 s E 5 rising "
             "to G sharp 5 (659 then 831 Hz) over E; then the same pair again -- B 5 to D sharp 5 at about 36.9 s, E "
             "5 to G sharp 5 at about 39.4 s. So two calls alternate: B down to D sharp, E up to G sharp (root and "
             "third of the chord under her), high -- well above the piano's strums (their top is F sharp 4). She "
             "sings nothing else here; what's on her track between calls is the piano's spill. Right: both pairs, in "
             "the right octave, with where they fall (within a beat); both pairs right an octave off, or only one "
             "pair right, is partly",
             "a continuous melody; the piano's spill given as her notes; calls on every bar or on the downbeat; B and "
             "E as the pairs with no D sharp or G sharp; notes around middle C"),
    # ft_ballad_csm76, the verse, bars 4-9, 9.47-28.42 (4/4 at 76, bar 3.158 s; chords C sharp minor, A, E, B, C sharp
    # minor, A), degraded copy (conditions.json: spill -18 dB, SNR 40 dB, room 0.71 s). Voice (choir): bars 4-6
    # 9.47-18.88 from A flat (G sharp) 4 (9.47, the lowest) up to G flat (F sharp) 5; rests bar 7 (18.95-22.1); bars 8-9
    # 22.1-28.39 E 5 to B flat (A sharp) 5 (23.29, 24.87, the highest). Piano (Rhodes pads, one three-note chord a bar,
    # held): E 3-A flat 3-D flat 4, E 3-A 3-D flat 4, E 3-A flat 3-B 3, G flat 3-B 3-E flat 4 (bar 7, while she rests),
    # E 3-A flat 3-D flat 4, E 3-A 3-D flat 4: E 3 (165 Hz) to C sharp 4 (277 Hz) under her, D sharp 4 at most. Bass
    # pedal C sharp 2 to B 2. Her lowest sits a fifth above the keys' top. Overlaps r02 and r03 (the same window: who
    # carries it, what the piano does), q04, h01, a05, ac06, i10, j05, w07, q02 and ad05; the two parts' registers
    # against each other never asked
    Question("af08", "ft_ballad_csm76@degraded", ["vocals", "piano"], 9.47, 28.42,
             "thinking of EQ-carving the keys out of her way in this verse -- are they actually sitting in the same "
             "range as her, or is she well clear above them?",
             "well clear: no overlap. The keys hold one soft three-note chord a bar (4/4 at about 76, a bar about "
             "3.16 s) in the octave below middle C: E 3 up to C sharp 4 (about 165-277 Hz) while she sings, D sharp 4 "
             "at most in the one bar she rests (about 18.9-22.1 s). She sings from G sharp 4 (about 415 Hz, her "
             "lowest, at the top of the verse) up to A sharp 5 (about 932 Hz, in her second line, about 23-25 s): the "
             "first line around G sharp 4 to F sharp 5, the second E 5 and up. So there is at least a fifth between "
             "the keys' top and her lowest note, more than an octave in her second line. (Her track carries some keys "
             "spill; the keys' own notes stay low.) Right: separate ranges, her at least about a fourth above the "
             "keys' top, with the ranges roughly right; separate but one range an octave off, or 'mostly clear' with "
             "a small overlap claimed, is partly",
             "the same range / overlapping; keys above her; her lowest note around middle C or below; keys up around "
             "C sharp 5"),
    # ft_drive_ab152, the hook's bars 2-5 (song bars 26-29), 39.47-45.78 (4/4 at 152, beat 0.395 s, eighth 0.197 s, bar
    # 1.579 s; chords D flat 39.47, A flat 41.05, E flat 42.63, F minor 44.21). Guitar ('strum', jazz guitar program): a
    # four-note chord on every eighth (32 strums, no rests, notes 0.178 s), each rolled low to high 8 ms a string;
    # velocity 99-107 (mean 103) on the beats, 89-97 (mean 92) on the 'ands'. Voicings: F 3 A flat 3 D flat 4 F 4; A
    # flat 3 C 4 E flat 4 A flat 4; G 3 B flat 3 E flat 4 G 4; F 3 A flat 3 C 4 F 4. Overlaps k04 (37.87-44.2, the bass
    # doubling the guitar), y05 (41.05-47.37, who carries the hook, its chords), c07 (the hook's key), b09, g10, e06,
    # c06 and r05; the guitar's strum rhythm and accents never asked
    Question("af09", "ft_drive_ab152", ["guitar"], 39.47, 45.78,
             "want to program a synth strum that doubles the guitar through these hook bars -- is he strumming "
             "eighths or sixteenths, where are the accents, and does he leave any gaps?",
             "straight eighths, every one of them, no gaps and no sixteenths (4/4 at about 152, an eighth about 0.2 "
             "s, each strum cut a little short of the next). Every strum is a four-note chord (a triad with its "
             "bottom note doubled an octave up, between F 3 and A flat 4), rolled quickly low to high, one chord a "
             "bar: D flat, A flat, E flat, F minor. The accents are on the beats: the four downbeat eighths of each "
             "bar are louder (about ten MIDI steps) than the 'ands' -- a steady down-up pulse, the same every bar. "
             "Right: continuous straight eighths with the beats accented; eighths right with no accent or the accents "
             "put on the 'ands', is partly",
             "sixteenths; quarter notes; rests or gaps in the bar; accents on the 'ands' or on two and four only; "
             "chords held or let ring; an off-beat skank"),
    # ft_ballad_eb54, the verse's bars 2-5 (song bars 5-8), 10.0-20.0 (5/4 at 120, beat 0.5 s, bar 2.5 s; verse
    # 7.5-22.5, its crash at 7.5 outside). Drums ('halftime', level 70): every bar kick on one (10.0, 12.5, 15.0, 17.5),
    # snare on three (11.0, 13.5, 16.0, 18.5), ride on all five beats (v53-59, even); nothing on the 'ands', no hi-hat.
    # Bass (pedal) and piano (pads) one held note / chord a bar; the voice in eighths and quarters (no accent grouping).
    # So the bar is marked 2 + 3. Overlaps q12 (7.5-17.5, the time signature), x03 (7.5-17.5, the groove), s03
    # (7.5-22.5, the drummer in the verse), g06 (degraded, the beats in a bar), y03, d08, c08, i07, s04 and ad06; how
    # the five beats are grouped never asked
    Question("af10", "ft_ballad_eb54", ["drums", "bass", "piano"], 10.0, 20.0,
             "counting this 5/4 verse -- is it split 3+2 or 2+3? want a shaker with accents that sit on the groove",
             "2 + 3. The kit marks it: kick on one, snare on three (the start of the longer group), and the ride on "
             "all five beats, evenly -- nothing on the 'ands', no hi-hat. So ONE two | THREE four five. Bass and keys "
             "only hold one note / chord a bar (each downbeat), so the drums alone set the split. 5/4 at about 120, a "
             "bar 2.5 s: downbeats about 10.0, 12.5, 15.0, 17.5 s, snare about 11.0, 13.5, 16.0, 18.5 s. A shaker "
             "accent on one and three fits. Right: 2 + 3 with the snare on three; the snare placed right but the "
             "grouping called 3 + 2, or 2 + 3 with the snare put elsewhere, is partly",
             "3 + 2; a snare on two and four or on four; 4/4 or 6/8; kick on one and four; a feel that changes bar to "
             "bar"),
]
GRADES_31 = {"af01": "wrong", "af02": "wrong", "af03": "partly", "af04": "wrong", "af05": "partly", "af06": "wrong",
             "af07": "right", "af08": "wrong", "af09": "partly", "af10": "right"}
GRADES_31_WHY = {
    "af01": "the last chord's top given as G 4 (it is B flat 4) and no seventh named: the chart read B flat, then G "
            "minor, with the thumb's E flat under the major seventh unread: wrong",
    "af02": "three bars counted, but the drums' stop put at 32.7 s and the last hit on beat four of the bar before (the "
            "last bar's soft kick and snare, at 32.7 and 33.2 s, not detected): wrong",
    "af03": "G in the first bar and C, D, G in the second, G 3 to D 4, but with a B flat and a B read in (a scoop "
            "and a dip) and an implied A flat major seven: partly",
    "af04": "the first high note not found (C 5 from 0.15 s, held about 3.3 s through the chord): the text gave a C 5 "
            "ending a phrase at 1.56 s and gone before the chord: wrong",
    "af05": "C major seven, C, G seven, E, the last called E major from the bass's G sharp (the guitar's E minor "
            "missed): partly",
    "af06": "kick, snare and toms with one cymbal, but an open hat or ride claimed through the break (none is played) "
            "and a sixteenth grid advised: wrong",
    "af07": "four calls at 31.9, 34.4, 36.9 and 39.4 s, B 5 down to D sharp 5 and E 5 up to G sharp 5, alternating: "
            "right (bars counted in four where the song is in 2/4, the times right)",
    "af08": "the keys said to climb into her range and double her (the degraded copy's spill of her notes in the keys' "
            "track read as theirs): wrong",
    "af09": "straight eighths with no gaps, but the accents on the beats not measured (left to the ear): partly",
    "af10": "2 + 3 from the kick on one and the snare on three: right",
}
# the baseline text names the stems, the key and the frame: nothing any of these asks
BASELINE_GRADES_31 = {q: "wrong" for q in GRADES_31}
QUESTIONS_32 = [
    # truth: guitarset truth.json chords (lead sheet A#:maj 14.88-16.74 s; the jams' performed chord is A#:maj/1 too)
    # and notes.guitar; downbeats 13.02, 14.88, 16.74, 18.60 s (129 BPM, 1.86 s a bar). In the Bb bar: Bb2 at 14.84
    # (45 ms before the bar line) and again at 15.33 (beat 2, held 1.4 s), Bb3 15.57, D4 15.83 (held ~1 s), F3 16.04
    # (and of 3), Bb4 16.26, Bb3 16.51; a short Eb3 at 14.92 (0.24 s) left over from the Eb chord; no Ab or A in it.
    Question("ag01", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 13.02, 18.6,
             "there's one quick bar where he leaves E flat, about 14.9 to 16.7 s -- is that a plain B flat or is there "
             "a seventh in it? writing the bass part and don't want to clash with him",
             "A plain B flat major triad (B flat, D, F): no seventh -- no A flat (and no A) anywhere in the bar. He "
             "puts B flat in the bass himself (Bb2 right on the bar line, a hair early at about 14.84 s, and again on "
             "beat two, held), with F3 on the and of three and B flat / D on top (top note Bb4 at about 16.3 s); a "
             "short E flat at the start is the old chord ringing into it, not part of the new one. Right: says "
             "plain B flat major with no seventh (naming the notes or the Bb bass is a bonus). Partly: B flat as the "
             "root but calls it a Bb7 or Bbmaj7, or says B flat without answering the seventh.",
             "Calling it another chord (E flat, A flat, G minor, F); saying there's an A flat seventh in it; saying "
             "the bar is an E flat chord over a B flat bass."),
    # truth: musicdelta_beatles annotations/MusicDelta_Beatles_class.txt + _subclass.txt, bars from _MIX.beats
    # (downbeats 6.55, 8.75, 10.93, 13.11, 15.27 s). Snare on the and of 3: 7.920+7.960 (double), 10.120 (single),
    # 12.310+12.341 (double), 14.460+14.500 (double). Floor tom (LFT) on the and of 4: 8.460 (single), 10.660
    # (single), 12.840+12.890 (double), 14.990+15.040 (double). Everything else single: kick 1, and of 2, 3; snare
    # on 2; tambourine on 2 and 4.
    Question("ag02", "real:musicdelta_beatles", ["drums"], 6.55, 15.27,
             "there are some quick doubled hits in his pattern through here -- which drum are they on and where in "
             "the bar? want to copy them when I program it",
             "Two places, and not in every bar. The snare on the and of three is a quick double (two hits 30-40 ms "
             "apart, a flam/drag) in the first, third and fourth bar of the window (about 7.9, 12.3 and 14.5 s) but "
             "a single hit in the second bar (10.1 s). The floor tom on the and of four is doubled (about 50 ms "
             "apart) in the third and fourth bars (12.8-12.9 and 15.0 s) but single in the first two (8.5, 10.7 s). "
             "The kick (1, and of 2, 3), the snare on 2 and the tambourine on 2 and 4 are single hits. Right: snare "
             "double on the and of three and floor-tom double on the and of four, with at least the point that they "
             "change from bar to bar. Partly: finds only one of the two, or both but says every bar.",
             "Putting the doubles on the kick or the tambourine, or on the beat (2 or 4); saying there are no doubled "
             "hits; saying he plays a hi-hat (there is none)."),
    # truth: musicdelta_punk annotations/MDB_MusicDelta_Punk_STEM_04.csv (human-verified vocal f0, unvoiced = 0),
    # beats from _MIX.beats. Unvoiced gaps in 12.85-28.70 s: 15.06-16.20 (1.14 s: bar from 14.44, after beat 2 ->
    # just after the next downbeat 16.02), 18.45-19.47 (1.02 s: beat 3 of the bar from 17.62 -> after the downbeat
    # 19.23), 22.93-23.62 (0.68 s: after beat 2 of the bar from 22.43 -> beat 4 at 23.63), his last note ends 27.83;
    # every other gap is 0.12-0.33 s.
    Question("ag03", "real:musicdelta_punk", ["vocals"], 12.85, 28.7,
             "want to drop a gang-vocal 'hey!' between his lines from here to the end -- where are the gaps that are "
             "actually long enough for one?",
             "Three real holes, everything else is a breath of a third of a second or less: about 15.1-16.2 s (a bit "
             "over a second, from about the and of two to just past the next downbeat), about 18.4-19.5 s (about a "
             "second, from beat three to just past the next downbeat) and a shorter one about 22.9-23.6 s (0.7 s, "
             "just after beat two to beat four); then he's done at about 27.8 s. Right: the two long holes within "
             "about 0.25 s and the shorter one, with the rest called too short. Partly: the two long holes right but "
             "the 22.9 one missed, or extra holes named where he only breathes.",
             "Placing holes where he's singing (e.g. 13-15, 20-22.5, 24-27 s); saying there's no room anywhere; saying "
             "he sings on to the end of the window."),
    # truth: musicdelta_punk annotations/MusicDelta_Punk_subclass.txt (CRC = crash), beats from _MIX.beats (150 BPM;
    # downbeats 14.44, 16.02, 17.62, 19.23, 20.83, 22.43 s). Crashes in the window: 18.830 (beat 4 of the bar from
    # 17.62, with the snare; the open hats start at the next downbeat 19.23), 22.480 and 22.654 (the one and the and
    # of one of the bar from 22.43), set up by an extra kick on the and of 4 at 22.22. No other crash (hats only).
    Question("ag04", "real:musicdelta_punk", ["drums"], 14.44, 24.03,
             "lining up reverse cymbals into his crashes here -- where exactly does he hit them, and is any of them "
             "ahead of the bar line?",
             "Only two places. One crash at about 18.8 s on beat four of the third bar of the window, with the "
             "snare -- a beat ahead of the bar line, and the next bar (19.2 s) is where he opens the hats up. Then at "
             "the top of the sixth bar, about 22.45-22.5 s, on the one, with a second crash hit on the and of one "
             "(about 22.65 s), after an extra kick on the and of four just before (22.2 s). The rest is hats, no "
             "crash. Right: both places within about 0.1 s and the 18.8 one called ahead of the bar (beat four). "
             "Partly: both places but the 18.8 one put on a downbeat, or only one of the two.",
             "Crashes on every bar or riding the crash through the window; no crashes at all; crashes at 14.4, 16.0 or "
             "19.2 s."),
    # truth: write_band(ft_drive_e24, 9105): hook 30.00-40.00 s, 2/4 at 96 (beat 0.625 s, bar 1.25 s), chords
    # A B E E A B E E. Bass riff each bar on 1 (root), and of 1 (octave), and of 2 (fifth): e.g. 31.25 B2, 31.56 B3,
    # 32.19 F#3. Calls (vocals) on beat 2 + and of 2 of bars 2, 4, 6, 8: 31.875 B5 / 32.188 D#5; 34.375 E5 /
    # 34.688 G#5; 36.875 B5 / 37.188 D#5; 39.375 E5 / 39.688 G#5. Bass under the first note: none; under the second:
    # F#3 (B bars) and B2 (E bars), both starting with her.
    Question("ag05", "ft_drive_e24", ["vocals", "bass"], 30.0, 40.0,
             "her little calls in this hook -- do they land on top of the bass notes or in the gaps between them? "
             "deciding whether to duck the bass under her",
             "Half and half. Each call is two quick eighths on beat two and the and of two of every second bar "
             "(about 31.9, 34.4, 36.9, 39.4 s); the bass plays the one, the and of one and the and of two, so her "
             "first note falls in a hole in the bass and her second lands right on the bass's pushed note (F sharp "
             "under her D sharp on the B bars, B under her G sharp on the E bars). Counting in 4/4 (two bars as one) "
             "the same thing is beats four and four-and. Right: first note in the gap, second on top of the bass, with "
             "the calls placed right (about 0.1 s). Partly: the calls placed right but called all in the gaps or all "
             "on top.",
             "Saying the calls land with the bass's downbeat notes; saying the bass doubles her line; putting the "
             "calls on the one or in every bar."),
    # truth: write_band(ft_ballad_eb54, 9104): bridge 42.5-52.5 s (5/4 at 120, 2.5 s a bar), chords Ab:min Bb:min
    # Eb:min Db:maj; no bass part in the bridge (the outro's Eb2 pedal starts 52.5). Keys' broken chords: lowest notes
    # Ab3 (bar 1, root), F3 (bar 2, fifth of Bbm), Gb3 (bar 3, third of Ebm), F3 (bar 4, third of Db). Degraded copy
    # (frames_test_degraded/ft_ballad_eb54/conditions.json): spill -24 dB, room 1.25 s, SNR 24 dB.
    Question("ag06", "ft_ballad_eb54@degraded", ["bass", "piano"], 42.5, 52.5,
             "the bass sits out this bridge, right? I want to add one -- what root should it play each bar, and are "
             "the keys already putting the root at the bottom?",
             "Yes, no bass part in the bridge (anything on the bass track here is spill from the keys and the room, "
             "about 24 dB down; the bass comes back at 52.5 s). Four 5/4 bars of 2.5 s: A flat minor, B flat minor, E "
             "flat minor, D flat major, so roots A flat, B flat, E flat, D flat (42.5, 45.0, 47.5, 50.0 s). The keys "
             "only have the root at the bottom in the first bar (Ab3); after that their lowest note is F (fifth of B "
             "flat minor), G flat (third of E flat minor) and F (third of D flat), so a bass on the roots adds "
             "something new. Right: the four roots and that the keys' bottom isn't the root after bar one. Partly: "
             "the roots right but the keys' bottom notes wrong or not answered, or three of four roots.",
             "Saying a bass is playing in the bridge; roots like E flat throughout or in the wrong order; calling the "
             "bars 4/4."),
    # truth: write_band(ft_ballad_eb54, 9104): verse 7.5-22.5 s, 5/4 at 120 (2.5 s a bar). Vocals: bars 1-2
    # (7.5-12.5) ten eighths a bar (Bb4 A4 Bb4 ... rising to Db5, Eb5 F5); bar 3 (12.5-15.0) five quarter notes Eb5
    # F5 Gb5 Ab5 Gb5; bar 4 (15.0-17.5) no notes; bars 5-6 (17.5-22.5) ten eighths a bar again (Gb5 ... up to Db6),
    # running to the chorus at 22.5. Every phrase starts on a downbeat.
    Question("ag07", "ft_ballad_eb54", ["vocals"], 7.5, 22.5,
             "matching a backing vocal to her phrasing in this verse -- how does she phrase it bar by bar? where are "
             "the quick notes, the slower ones and the breath?",
             "Six 5/4 bars of 2.5 s. Bars one and two (7.5-12.5 s): running eighths, ten a bar. Bar three (12.5-15.0): "
             "slows to five quarter notes climbing E flat, F, G flat, A flat and back to G flat. Bar four (15.0-17.5): "
             "she rests the whole bar. Bars five and six (17.5-22.5): running eighths again, higher, straight into the "
             "chorus. Each phrase starts on the downbeat, no pickups. Right: eighths, then the quarter-note bar, then "
             "the full bar's rest at about 15-17.5 s, then eighths again (times about 0.3 s). Partly: the breath bar "
             "right but not the quarter-note bar, or the other way round.",
             "Saying she sings straight through without a break; putting the gap in another bar; saying she picks up "
             "before the bar; counting the verse in 4/4."),
    # truth: write_band(ft_drive_ab152, 9102): stop 50.53-56.84, verse 56.84-75.79 s (12 bars of 4/4 at 152 BPM,
    # 1.579 s a bar; crash on 56.84; groove, walking bass, skank guitar, vocal phrases), tag 75.79-82.11 (drum break
    # with a crash, bass pumping; guitar and vocal out). Degraded copy (conditions.json): spill -12 dB, room 1.44 s,
    # SNR 24 dB.
    Question("ag08", "ft_drive_ab152@degraded", ["drums", "bass", "guitar", "vocals"], 55.0, 78.5,
             "laying this out on my grid -- how many bars is the second verse, from where the drums come back after "
             "the stop to the tag? and exactly when does the tag hit?",
             "Twelve bars of 4/4 at about 152: the drums come back with a crash at about 56.8 s and the verse runs to "
             "75.8 s, where the tag hits (drums into a tom break with a crash, bass pumping eighths, guitar and singer "
             "out; what's left on their tracks is spill and room). Counting half-time at 76 it's six long bars, which "
             "is right if said so. Right: twelve bars (or six half-time bars, said so) and the tag at 75.8 s within "
             "about 0.4 s. Partly: off by one bar, or the tag placed within a bar of 75.8 s.",
             "Eight or sixteen bars; the tag at 72-74 s or after 77.5 s; saying the guitar or singer keep going into "
             "the tag."),
    # truth: write_band(ft_swing_g1208, 9103): second head from 76.19 s, 12/8 at 63 (3.81 s a bar), chords G C G D
    # (76.19, 80.00, 83.81, 87.62). Guitar "skank": three-note stabs on the last triplet of each beat, 0.16 s long:
    # G = G4 B4 D5, C = E4 G4 C5, D = F#4 A4 D5 (all within E4-D5).
    Question("ag09", "ft_swing_g1208", ["guitar"], 76.19, 91.43,
             "want to double the guitar chops on a Rhodes through here -- what notes is he stacking on each chord, and "
             "how high does it sit?",
             "Small three-note close voicings in the octave above middle C, nothing lower than E4 or higher than D5: G "
             "as G-B-D (G4 B4 D5, root position), C as E-G-C (E4 G4 C5, root on top), G again, D as F sharp-A-D (F#4 "
             "A4 D5, root on top); short stabs on the last triplet of each beat. Right: the three notes of each chord "
             "in that register. Partly: the chords (G, C, G, D) and rough register right but "
             "the inversions wrong, or the right notes an octave off.",
             "Full five- or six-string chords; voicings down around the bass register; wrong chords (e.g. E minor or "
             "A minor); four-note seventh chords."),
    # truth: write_band(ft_swing_g1208, 9103): head 99.05-106.67 (G, E:min; drums shuffle ~63, walking bass ~74,
    # guitar stabs ~66, vocal quarter notes then a bar's rest), coda 106.67-118.10 (three bars of G: no drums, bass G2
    # 47/50/48, guitar G3 B3 D4 held 44-49, voice D5 56/51/57, each re-struck on the bar and held to the end).
    Question("ag10", "ft_swing_g1208", ["drums", "bass", "guitar", "vocals"], 99.05, 118.0,
             "is the band already fading this out at the end, or does it stay at one level? deciding whether I need to "
             "draw a fade",
             "No fade in the playing: one step down at about 106.7 s, where the coda starts -- the drums stop and "
             "bass, guitar and voice drop to roughly two thirds of how hard they played the head (held G chord, G in "
             "the bass, a held D on top) -- then the three coda bars stay at one level, each struck again on the bar "
             "and left to ring to the end at about 118 s. A fade would be yours to draw. Right: the step down at the "
             "coda (about 0.5 s) and a flat level after it. Partly: hears the drop but calls the coda a gradual fade, "
             "or puts the drop a bar off.",
             "Saying it gets louder; saying nothing changes; saying the band fades gradually from 99 s; saying the "
             "drums keep playing in the coda."),
]
GRADES_32 = {"ag01": "right", "ag02": "wrong", "ag03": "partly", "ag04": "right", "ag05": "right", "ag06": "right",
             "ag07": "right", "ag08": "right", "ag09": "partly", "ag10": "partly"}
GRADES_32_WHY = {
    "ag01": "a plain B flat, no A flat or A, the E flat at the bar's start the chord before ringing: right",
    "ag02": "no doubled hits found (the snare's and the floor tom's flams not read) and the tambourine called a "
            "hi-hat: wrong",
    "ag03": "the holes at 15.1-16.2, 18.5-19.4 and 23.0-23.6 s and his stop at 27.9 s, but a 0.3 s breath at 24.3 s "
            "offered as a tight spot: partly",
    "ag04": "18.82 s on beat four, a beat ahead of the bar line, and the sixth bar's crash (22.68 s, its second hit; "
            "the one on the downbeat not placed apart): right",
    "ag05": "half and half: the first note of each call in the bass's hole, the second on its pushed note, at 31.9, "
            "34.4, 36.9 and 39.4 s: right",
    "ag06": "the bass silent; roots A flat, B flat, E flat, D flat; the keys' bottom the root only in the first bar "
            "(F, G flat, F after): right",
    "ag07": "two bars of eighths, a bar of quarters, a bar's breath at 15.0-17.5 s, eighths again: right",
    "ag08": "twelve bars from 56.8 s, the tag on the one at 75.8 s: right",
    "ag09": "G, C, G, D as triads with their top notes, but the register given as G 3 to D 5, a spread voicing (the "
            "chops sit E 4 to D 5): partly",
    "ag10": "a drop into the coda at about 106 s, not a fade, but the level after it left open: partly",
}
# the baseline text names the stems, the key and the frame: nothing any of these asks
BASELINE_GRADES_32 = {q: "wrong" for q in GRADES_32}
QUESTIONS_33 = [
    # truth: musicdelta_beatles annotations/MDB_MusicDelta_Beatles_STEM_07.csv (male singer) and _STEM_08.csv (female
    # singer), human-verified f0, and truth.json notes.vocals (derived); beats from _MIX.beats (bar from 17.45, beat 2
    # at 17.97). He: voiced to 18.41 (B3 held from 17.57); in 10.93-18.41 his f0 runs D3-C4 (10th-90th percentile),
    # median A#3, lowest notes C#3/D3 13.13-13.65, top C4 16.43-17.57. She: voiced from 18.04 (a scoop from G#3 up to
    # D4 at 18.31); in 18.0-28.39 her f0 runs B3-F#4 (10th-90th), median D4, top G4 26.47-26.88, F#4 held 27.5-28.7.
    Question("ah01", "real:musicdelta_beatles", ["vocals"], 10.93, 28.39,
             "he hands the lead vocal to her around 18 s -- does she come in over the end of his last note? and is "
             "she an octave up from him or in the same range? setting up one harmony patch to follow both of them",
             "She does overlap him: he's still holding a B (B3, from about 17.6 s) to about 18.4 s when she comes in "
             "at about 18.0 s, on beat two of the bar from 17.45, scooping up to a D (D4) -- about 0.4 s of the two "
             "at once. And no octave: they're in the same octave, she sits about a third higher. In these bars his "
             "lines run from about D3 (a C sharp / D at 13.1-13.6 s) up to C4 (held 16.4-17.6 s), centred around the A "
             "and B flat below middle C; hers run from B3 up to G4 (about 26.5 s, with an F sharp 4 held at about "
             "27.5-28.7 s), centred on the D above middle C, so their ranges only touch around B3-C4. Right: the "
             "overlap at about 18.0-18.4 s (within about 0.2 s) and the same octave with her a few semitones higher "
             "(top notes C4 and G4 within a tone). Partly: one of the two right.",
             "Saying she's an octave or more above him, or that he's higher than her; saying there's a gap between his "
             "last note and her first; putting her entry at 17.45 s or after 19 s."),
    # truth: musicdelta_beatles annotations/MDB_MusicDelta_Beatles_STEM_08.csv (female singer, human-verified f0;
    # unvoiced = 0), beats from _MIX.beats (downbeats 19.64, 21.84, 24.01, 26.20, 28.39, 30.56, 32.72, 34.92 s). Her
    # voiced runs: 18.84-20.00, 20.13-21.22, 22.05-24.67, 24.83-28.68, 29.12-29.83, 30.01-32.85, 34.04-35.48. Gaps:
    # 21.22-22.05 (0.83 s: before beat 4 at 21.29 -> the and of 1 after 21.84), 28.68-29.12 (0.44 s: the and of 1 ->
    # just after beat 2 at 28.93), 32.85-34.04 (1.19 s: just after the downbeat 32.72 -> the and of 3, beat 3 at
    # 33.81); every other break 0.13-0.18 s (e.g. 24.67-24.83, 29.83-30.01).
    Question("ah02", "real:musicdelta_beatles", ["vocals"], 19.64, 34.92,
             "she's got the lead from here to the end -- where does she actually leave room for a little guitar "
             "answer? and where in the bar does each hole start?",
             "Three holes; everything else is a breath of under a fifth of a second (e.g. about 24.7 and 29.9 s). "
             "About 21.2-22.05 s (0.8 s): from just before beat four of the bar at 19.64 to the and of one in the next "
             "bar (21.84). About 28.7-29.1 s (under half a second): from the and of one to just after beat two of the "
             "bar at 28.39 -- tight, room for a pickup at most. And the longest, about 32.85-34.05 s (1.2 s): from "
             "just after the downbeat at 32.72 to the and of three, before her last line (34.0 s to the end). Right: "
             "the three holes within about 0.25 s, the 28.7 one called short, the places in the bar about right (a "
             "beat). Partly: two of the three, or extra holes named where she only breathes.",
             "Saying she sings straight through with no room; holes where she's singing (e.g. 22.5-24.5, 25-28.5, "
             "30-32.7 s); saying she's done before 34 s."),
    # truth: musicdelta_country1 annotations/MDB_MusicDelta_Country1_STEM_05.csv (male singer, human-verified f0) and
    # truth.json notes.vocals (derived); downbeats from _MIX.beats 0.07, 2.26, 4.46, 6.61, 8.79, 11.00, 13.19, 15.37,
    # 17.55, 19.72 s (109 BPM). First note 0.97 (G#2, 0.12 s: the and of 2 in bar 1), the line from 1.25 (beat 3); the
    # verse's last note A3 12.88-13.69 (from the and of 4 in bar 6 to beat 2 of bar 7); unvoiced 13.69-18.43; back at
    # 18.43 (G#2, 0.15 s: the and of 2 in bar 9), the line from 18.73 (beat 3).
    Question("ah03", "real:musicdelta_country1", ["vocals", "drums"], 0.0, 21.92,
             "doing the lyric sheet -- how many bars is his first verse, does he start it on the one, and how many "
             "bars does he sit out before the next one?",
             "Not on the one: he comes in on a pickup, a short low note on the and of two of bar 1 (about 0.97 s; the "
             "bar starts at 0.07 s), with the line proper from beat three. He sings through bar 6 and holds his last "
             "note (an A, from the and of four of bar 6, 12.9 s) into bar 7, to about beat two (13.7 s). Then he's out "
             "for the rest of bar 7 and all of bar 8, about 4.7 s, and comes back at the same spot of bar 9, the and "
             "of two (18.4 s). So eight-bar verses at about 109: six and a quarter bars sung, a bar and three "
             "quarters of space. Right: the pickup (the and of two, or beat three), about six bars sung ending early "
             "in bar 7, back in bar 9 (eight-bar sections). Partly: the bar count right but the start put on the "
             "one, or the gap a bar off.",
             "A four- or sixteen-bar verse; saying he sings straight on with no gap; putting his return in bar 8 or 10 "
             "(before 17.5 s or after 19.7 s)."),
    # truth: vocadito_1_solo_voice annotations/vocadito_1_notesA1.csv (annotator A1; A2 has the same pitches here), as
    # fractional MIDI. Lines (one note a syllable, lyrics file): 18.92 G3 G3 G3 D#3 F#3 F3 (to 21.36); 21.88 C3 C#3 D#3
    # D3 B2 A2 (to 24.38); 25.06 G3 G3 G3 D#3 F#3 F3 (to 27.83); 28.52 C3 C#3 D#3 D3 C3 A#2 (to 31.59). Steps: 24.00 A2
    # (45.5) -> 25.06 G3 (54.9), +9.4 semitones after a 0.7 s breath; 21.36 F3 -> 21.88 C3 -5.0 and 27.83 F3 -> 28.52
    # C3 -5.2 (across breaths); inside a line at most about 4 (19.92 G3 -> D#3 -3.9, 20.43 +3.3, 26.24 -3.8, 26.76
    # +3.2).
    Question("ah04", "real:vocadito_1_solo_voice", ["vocals"], 18.5, 31.65,
             "tuning this vocal through here -- are there any big jumps I should check are meant before I let the "
             "pitch correction loose on them, or does the singer mostly move by step?",
             "Mostly steps and small skips -- inside a line nothing bigger than about a major third (G down to E flat "
             "at about 19.9 and 26.2 s, E flat up to F sharp at 20.4 and 26.8 s). The one big jump is at about 25.1 "
             "s, at the start of a line after a breath: from the low note that ended the line before (about A2 / B "
             "flat 2, 24.0-24.4 s, sung between the two) up to G3, roughly a major sixth (about nine semitones). It's "
             "meant: the line starts on G just as the same words did at 18.9 s. The next biggest are two drops of a "
             "fourth, F3 down to C3, at the starts of lines at about 21.9 and 28.5 s. Right: the jump up at about 25 s "
             "sized around a sixth (eight to ten semitones) and the rest steps or small skips; the fourths are a "
             "bonus. Partly: the 25 s jump found but sized badly (an octave, a fourth), or only the fourths named.",
             "Jumps of an octave or more; big leaps placed inside lines elsewhere; saying it's all stepwise with no "
             "jump."),
    # truth: write_band(ft_ballad_csm76, 9101): chorus 28.42-47.37 s, 4/4 at 76 (bar 3.158 s); chords 31.58 B:maj,
    # 34.74 Db:min (C#m), 37.89 Db:min, 41.05 A:maj. Vocals in the bar from 34.74: four quarter notes (0.73 s) G#5
    # 34.74, A#5 35.53, G#5 36.32, A#5 37.11 (eighths before, 28.42-34.74); none in the bar from 37.89 (back at 41.05).
    # Keys strum eighths E3 G#3 C#4 E4; bass C#2 C#3 G#2 C#2 B2 (1, and of 1, and of 2, 3, 4).
    Question("ah05", "ft_ballad_csm76", ["vocals", "piano"], 34.0, 41.0,
             "she goes to longer notes around 35 s in this chorus -- what chord's under them, and are both of her "
             "notes actually in it? voicing a string pad under her and don't want it to rub",
             "C sharp minor, for that whole bar (34.7-37.9 s) and the next one, where she rests. She swings between "
             "two notes, a quarter note each: G sharp 5 (34.7, 36.3 s), the chord's fifth, and A sharp 5 (35.5, 37.1 "
             "s), which isn't in the chord -- it's the major sixth over C sharp minor (a C sharp minor six, Dorian "
             "colour), and not in the song's C sharp minor scale either, which has A natural. The keys strum E3 G#3 "
             "C#4 E4 under her and the bass plays C sharp with its G sharp and a B on beat four. So a C sharp-E-G "
             "sharp pad is safe; the A sharp can be added, but keep A natural (a semitone under her A sharp) out of "
             "it. Right: C sharp minor, the G sharp in the chord and the A sharp not (a sixth, a colour). Partly: C "
             "sharp minor with one of her notes misnamed, or both called chord tones.",
             "Another chord (A, B or E major, C sharp major); saying she sings A natural or B; saying her notes are "
             "the keys' own."),
    # truth: write_band(ft_drive_ab152, 9102): hook 37.89-50.53 s, 4/4 at 152 (bar 1.579 s, eighth 0.197 s), A flat
    # major; chords F:min 37.89, Db 39.47, Ab 41.05, Eb 42.63, F:min 44.21, Db 45.79. The bass riff each bar: root (1),
    # octave (and of 1), fifth (and of 2), root (3), major sixth (4): F2 F3 C3 F2 D3 -- D3 at 39.08 and 45.39; the
    # sixths over Db, Ab, Eb are A#2, F3, C3 (in the key). Guitar strums F3 G#3 C4 F4 on the F minor bars (no D).
    Question("ah06", "ft_drive_ab152", ["bass", "guitar"], 37.89, 47.37,
             "there's one bass note in this hook that sounds a bit outside against the guitar -- which note, where "
             "exactly, and what's it doing to the chord? deciding whether to fix it or double it on the synth",
             "The D natural on beat four of the F minor bars (about 39.1 and 45.4 s). The bass plays the same riff on "
             "every chord -- root on one, octave on the and of one, fifth on the and of two, root on three and the "
             "sixth above the root on four -- and over D flat, A flat and E flat that sixth (B flat, F, C) is in the "
             "key; over F minor it's D natural, which isn't in A flat major (the key has D flat) and isn't in the "
             "guitar's F-A flat-C. For that beat the chord is an F minor six, a Dorian colour: it's the riff's shape, "
             "not a slip, so doubling it keeps the colour, and making it D flat would change it. Right: D natural on "
             "beat four of the F minor bars (at least one time within about 0.2 s), called a sixth or outside the "
             "key. Partly: the place right but the note misnamed (D flat, E flat), or the note right without the "
             "place.",
             "Blaming the guitar; a note in the D flat, A flat or E flat bars; saying nothing in the hook is outside "
             "the key."),
    # truth: write_band(ft_drive_ab152, 9102): verse groove to 75.79 (kick 1 and 3, snare 2 and 4, closed hats on the
    # eighths); tag 75.79-82.11, drums "break": each eighth from [kick, high tom, low tom, snare] by (beat + eighth) mod
    # 4, each played with p 0.8, the beat's hit accented; a crash with the kick at 75.79 only; no hats. Bar 1 (75.79):
    # K H H L L S S K, all eight; bar 2 (77.37): no kick on the and of 4 (78.75); bar 3 (78.95): no snare on the and of
    # 3 (79.93); bar 4 (80.53): no high tom on 2 (80.92), no low tom on 3 (81.32), no kick on the and of 4 (81.91).
    # Degraded copy (conditions.json): spill -12 dB, room 1.44 s, SNR 24 dB.
    Question("ah07", "ft_drive_ab152@degraded", ["drums"], 74.2, 82.1,
             "the drummer goes round the toms for the tag at the end -- programming it on my own kit, what's on each "
             "eighth, and is it the same every bar?",
             "From the tag at about 75.8 s the hats stop and there's one crash with the kick on the one; then four "
             "bars of straight eighths (at 152, about 0.2 s apart) going round the kit in the same order every bar: "
             "kick on one, high tom on the and of one and on two, low tom on the and of two and on three, snare on the "
             "and of three and on four, kick on the and of four -- kick, high, high, low, low, snare, snare, kick -- "
             "with the hits on the beat played harder. The first bar has all eight; the later ones leave a few out "
             "(no kick on the last and of bar two, no snare on the and of three in bar three, and bar four drops the "
             "high tom on two, the low tom on three and the last kick). No more crashes and no hats; anything else on "
             "the track is room and spill. Right: the order round the kit on eighths, repeating each bar, the crash "
             "at the top and no hats. Partly: the drums (kick, two toms, snare) and the eighth grid right but the "
             "order loose or called random, or the crash or hats wrong.",
             "Sixteenth-note or triplet rolls; hats or a ride through the tag; a crash every bar; saying the verse "
             "groove carries on into the tag."),
    # truth: write_band(ft_ballad_eb54, 9104): chorus 22.5-37.5 s, 5/4 at 120 (bar 2.5 s), chords Ab:min 22.5, Bb:min
    # 25.0, Eb:min 27.5, Db 30.0, Ab:min 32.5, Bb:min 35.0 (E flat minor; its five chord minor: Bb Db F, no D natural in
    # any part). Bar 25.0-27.5: keys strum eighths F3 A#3 C#4 F4; bass A#2 (1), A#3 (and of 1), F3 (and of 2), A#2 (3),
    # G#3 (4); vocals eighths A#5 A5 A#5 C6 A#5 C6 A#5 A5 A#5 A5 (A5 at 25.25, 26.75, 27.25). Degraded copy
    # (conditions.json): spill -24 dB, room 1.25 s, SNR 24 dB.
    Question("ah08", "ft_ballad_eb54@degraded", ["bass", "piano", "vocals"], 22.5, 30.0,
             "the chord just before it lands on E flat minor here, about 25 to 27.5 s -- is that B flat major or B "
             "flat minor? writing a string line and can't decide between D and D flat. is she singing a D natural "
             "over it anywhere?",
             "B flat minor (B flat, D flat, F): the keys strum F-B flat-D flat-F (F3 to F4) through the bar and the "
             "bass plays B flat with its octave, the F and an A flat on beat four (a minor-seventh colour) -- no D "
             "natural anywhere, so D flat for the strings. It's the key's own minor five (E flat minor), not a "
             "dominant. She doesn't sing a D of either kind over it: running eighths on B flat 5 with quick "
             "neighbours either side, A natural a semitone under (about 25.25, 26.75, 27.25 s) and C a tone above. "
             "One 5/4 bar of 2.5 s. Right: B flat minor, D flat, and no D natural from her (her A naturals a "
             "bonus). Partly: B flat minor but the question about her left unanswered or answered wrong.",
             "B flat major or B flat seven (a D natural); another chord (F, G flat, E flat minor); counting the bar in "
             "4/4."),
    # truth: write_band(ft_swing_g1208, 9103): head from 0.0, 12/8 at 63 (bar 3.81 s), chords G 0.0, C 3.81, G 7.62,
    # D 11.43. Guitar stabs on the last triplet of each beat (0.16 s): G4 B4 D5 / E4 G4 C5 / G4 B4 D5 / F#4 A4 D5. Voice
    # (synth voice): bar 1 eight notes 0.476 s apart B4 C#5 B4 A#4 B4 A#4 B4 C#5; bar 2 C5 B4 C5 D5 E5 F#5 E5 F#5; bar 3
    # quarter notes G5 A5 G5 F#5 (7.62-11.35); bar 4 none.
    Question("ah09", "ft_swing_g1208", ["vocals", "guitar"], 0.0, 15.24,
             "is the synth voice fighting the guitar chops for space in these first bars, same range? thinking of "
             "dropping the guitar an octave",
             "Only in the first bar or so. In bar 1 (0-3.8 s) she sits right inside the chops: her line circles B4 "
             "with A sharp 4 and C sharp 5 while the guitar stabs G4-B4-D5, even a semitone off its B and D. In bar 2 "
             "(3.8-7.6 s) she climbs out, C5 and D5 up to E5 and F sharp 5 over the guitar's E4-G4-C5, and in bar 3 "
             "(7.6-11.4 s) she's clear above on longer G5 and A5 over G4-B4-D5; in bar 4 (11.4-15.2 s) she rests and "
             "the guitar (F sharp 4-A4-D5) is alone. The chops are short stabs on the last triplet of each beat, so "
             "they only meet her briefly. Dropping the guitar an octave would clear bar one; from bar two on there's "
             "no fight. Right: the overlap in bar 1, her above the guitar from bar 2-3 and the rest in bar 4 (the "
             "semitone rubs a bonus). Partly: the overlap but not the climb, or her in the guitar's range throughout.",
             "Saying she's an octave or more above the guitar throughout; putting her below it; saying she sings "
             "through bar four."),
    # truth: write_band(ft_drive_e24, 9105): intro 0-10 s (drums groove + bass pump, level 85), verse from 10.0 (level
    # 80): crash at 10.0 (v87), the same groove, 2/4 at 96 (bar 1.25 s): kick on 1, snare on 2, closed hats on the
    # eighths. Mean velocities 0-10 -> 10-20 s: kick 90 -> 83, snare 85 -> 80, hats 69 -> 64, bass 80 -> 75; the keys'
    # off-beat chops (v72, from 10.31) and the voice (v85, B4 at 10.0) come in.
    Question("ah10", "ft_drive_e24", ["drums", "bass", "piano", "vocals"], 5.0, 15.0,
             "when the verse comes in at 10 s, does the drummer dig in harder or hold back? deciding whether to push "
             "the drum bus there or let the keys and the vocal do the lifting",
             "He doesn't dig in. The top of the verse is marked by a crash on the downbeat at 10.0 s, then the same "
             "groove carries on (2/4 at 96: kick on one, snare on two, closed hats on the eighths), if anything a "
             "touch softer than the intro (each drum five to seven velocity steps down in the score, about a decibel; "
             "the bass eases by the same). What lifts it is the new parts: the keys' short off-beat chops and the "
             "singer, both from 10 s. So the lift is the arrangement, not the kit. Right: no harder (the same level "
             "or slightly softer) and the lift from the keys and the vocal coming in; the crash a bonus. Partly: one "
             "of the two halves.",
             "Saying the drummer plays harder or gets louder at 10 s; a fill into the verse; a change of pattern "
             "(half-time, a new beat)."),
]
GRADES_33 = {"ah01": "partly", "ah02": "right", "ah03": "right", "ah04": "right", "ah05": "right", "ah06": "right",
             "ah07": "partly", "ah08": "right", "ah09": "right", "ah10": "partly"}
GRADES_33_WHY = {
    "ah01": "not an octave, the two ranges meeting at B3-C4, but the overlap of his last note and her first left "
            "open (the stem read as one line): partly",
    "ah02": "the holes at 21.2-22.1, 28.7-29.1 (called too short) and 32.8-34.0 s, each placed in its bar within a "
            "beat: right",
    "ah03": "a pickup after beat two of bar one, about six bars sung to beat two of bar seven, out through bar eight, "
            "back in bar nine at about 18.4 s: right",
    "ah04": "mostly steps, the Bb2 up to G3 sixth at a line's start at about 24.9 s and the two fourths F3 down to C3: "
            "right",
    "ah05": "C sharp minor, the G sharp its fifth, the A sharp the sixth outside the chord (from the typed line fits; "
            "the summary gave the chord alone): right",
    "ah06": "the D natural on beat four of the F minor bars, at 39.1 and 45.4 s, an F minor six colour: right",
    "ah07": "the round of the kit eighth by eighth, the crash at the tag's top and each later bar's gaps, but open "
            "hi-hat hits said in two bars where the degraded copy's spill is (no hats in the tag): partly",
    "ah08": "B flat minor, D flat for the strings, no D natural from her (her A naturals said); a D 3 in the next "
            "bar's bass, a degraded copy's false note, offered as a caution: right",
    "ah09": "her line inside the chops in the first bar and the start of the second, clear above from the third, "
            "silent in the fourth: right",
    "ah10": "the same groove and the lift from the keys and the singer, but the level left open ('can't tell whether "
            "they're hit harder') and the crash called an open hi-hat: partly",
}
# the baseline text names the stems, the key and the frame: nothing any of these asks
BASELINE_GRADES_33 = {q: "wrong" for q in GRADES_33}
QUESTIONS_34 = [
    # truth: musicdelta_punk annotations/MusicDelta_Punk_subclass.txt (drum onsets, manual) and _MIX.beats (150 BPM,
    # downbeats 8.02, 9.62, 11.24, 12.85 s). Bar 8.02: CRC on seven eighths 8.03-9.23 (none on the and of 4); SD 8.04
    # (1), 8.65 (and of 2), 9.23 (4); KD 8.24 (and of 1), 8.45 (2), 8.84 (3), 9.05 (and of 3). Bar 9.62: OHH on the
    # beats 9.67, 10.04, 10.44, 10.84; SD 10.03, 10.83 (2, 4); KD 9.62, 9.83, 10.23, 10.64 (1, and of 1, 2, 3). Bar
    # 11.24: CRC 11.25-12.46 (seven eighths); SD 11.26, 11.85, 12.45; KD 11.46, 11.66, 12.05, 12.24 and 12.44 (on 4).
    Question("ai01", "real:musicdelta_punk", ["drums"], 8.02, 12.85,
             "those bars where he's bashing the crash, around 8 and 11 s, don't sound like a normal backbeat -- "
             "where are the snare and the kick in them, and what's the bar in between doing? programming it",
             "Right, no backbeat there. In the two crash bars (8.0-9.6 and 11.2-12.85 s; 4/4 at about 150, a bar "
             "about 1.6 s) he hits the crash on every eighth but the last, with one drum under each: the snare on "
             "one, the and of two and four (about 8.04, 8.65, 9.23 s and 11.26, 11.85, 12.45 s) -- a 3+3+2 push -- "
             "and the kick on the and of one, two, three and the and of three (8.24, 8.45, 8.84, 9.05 s; 11.46, "
             "11.66, 12.05, 12.24 s); nothing on the and of four, except that the second crash bar adds a kick under "
             "the snare on four (12.44 s). The bar between (9.62-11.24 s) is his normal beat: open hi-hat on each "
             "beat, snare on two and four (10.03, 10.83 s), kick on one and on the ands of one, two and three. Right: "
             "the crash bars' snare on one, the and of two and four with the kick on the eighths between, and the "
             "plain backbeat bar between them (times within about 0.1 s, or the beats named). Partly: the crash "
             "bars' snare right but the kick or the middle bar wrong, or the pattern right in one crash bar only.",
             "Snare on two and four in the crash bars; hi-hats in the crash bars or the crash in the middle bar; a "
             "fill or sixteenth-note roll in these bars; the crash bars placed elsewhere."),
    # truth: vocadito_1_solo_voice annotations/vocadito_1_notesA1.csv (annotator A1; A2 has the same line starts but
    # 9.94 for 9.97) and vocadito_1_lyrics.txt (one line a phrase). Lines (first note onset - last note offset):
    # 0.66-3.11, 3.83-6.11, 6.90-9.25, 9.97-12.07, 12.90-15.31, 15.92-18.30 (next 18.92). Start gaps 3.17, 3.07,
    # 3.07, 2.93, 3.02 s; a straight-line fit gives 3.045 s a line, each start within 0.09 s of it (no trend).
    Question("ai02", "real:vocadito_1_solo_voice", ["vocals"], 0.0, 18.6,
             "no click on this take -- is she steady enough line to line to put a loop under her, one line a bar? "
             "what tempo would that be, and does she drift through here?",
             "Yes, line to line she's steady. Her six lines here start at about 0.66, 3.83, 6.90, 9.97, 12.90 and "
             "15.92 s (the next at 18.9 s): one every 2.9-3.2 s, about 3.05 s on average, and the spacing doesn't "
             "grow or shrink through the stretch -- no drift, each start within about a tenth of a second of an even "
             "grid. One line to a bar of 4/4 is about 79 BPM (a bar of about 3.05 s); two bars a line, about 158. "
             "Inside each line she's freer (syllables from a tenth of a second to nearly a second, not on an even "
             "grid), so expect to nudge a few notes, not the lines. Right: steady, a line about every 3 s (2.9-3.2 "
             "s) with no drift, and a tempo that follows (76-82 a bar of four, or its double). Partly: steady with "
             "no period or tempo given, or the period right but called drifting.",
             "Saying she speeds up or slows down a lot through here, or that her lines are too irregular to grid; a "
             "period of 2 s or 4 s or more; a tempo with no relation to a three-second line."),
    # truth: musicdelta_beatles annotations/MDB_MusicDelta_Beatles_STEM_07.csv (male singer, human-verified f0),
    # truth.json notes.vocals (derived) and beats_s (bar 7 from 13.11, beats 13.64, 14.18, 14.74; bar 8 from 15.27,
    # beats 15.81, 16.36, 16.90; bar 9 at 17.45). f0: 12.80-13.65 E3 down to D3 (wobbling C#3-D#3); unvoiced to
    # 14.45; G3 14.45, G#3 14.79, A3 14.90-15.00; A#3 15.36-16.34 (steady, 58.1); C4 16.41-17.55 (60.0-60.4); then
    # about B3 (59.3-59.5) 17.55-18.41. The female singer is silent until 18.04.
    Question("ai03", "real:musicdelta_beatles", ["vocals"], 12.7, 17.6,
             "that climb he does just before she comes in, about 13 to 17.5 s -- what notes is he singing? want "
             "the strings to double it",
             "A climb from D up to C. He lands on a D (D3, dropping onto it from E, about 12.8-13.65 s, on the "
             "downbeat of the bar at 13.11 to beat two), rests, then slides up G, G sharp, A in quick notes (about "
             "14.45-15.0 s, the and of three into beat four), holds a B flat (A sharp 3) for about a second from just "
             "after the next downbeat (about 15.4-16.3 s), then a C (C4, middle C) from beat three, about "
             "16.4 s, held across the bar line to about 17.55 s, where he sags to about a B as she comes in. So: D "
             "-- G G# A -- B flat -- C, a seventh in all, the long notes being the B flat and the C. Right: the D, "
             "the B flat and the C in order with their times within about 0.3 s (the chromatic slide a bonus). "
             "Partly: the shape right with one of the held notes a semitone off or misplaced, or the notes right "
             "an octave off.",
             "A line that falls, or notes an octave or more higher (her range); holding A or B instead of the B "
             "flat and C; putting her voice in these bars."),
    # truth: musicdelta_rock annotations/MDB_MusicDelta_Rock_STEM_05.csv (human-verified f0 of the vocal, 0-13.09 s)
    # and truth.json notes.vocals (derived, low confidence). Voiced frames: median 54.5 (G3), 25th-75th percentile
    # 53.5-55.4 (F3-G3), 10th-90th 51.2-57.4 (D#3-A3), 99th 58.7; above 58.3 only 3.18-3.56 (A#3, touching B3 59.2
    # at 3.38) and 7.24-7.31 (up to 59.6). Lowest: C3 in short notes 2.04-2.15, 6.44-6.52, 7.70-7.78 (80-110 ms).
    Question("ai04", "real:musicdelta_rock", ["vocals"], 0.0, 13.09,
             "getting a female singer to double his vocal an octave up -- where does he sit, how low does he go, and "
             "what's his top note?",
             "He sits low and narrow: most of the time on F sharp and G below middle C (F#3-G3, centred on G3), his "
             "lines moving between about E flat 3 and A3. The top is a B flat (A sharp 3), held at about 3.2-3.6 s "
             "and brushing B3, with one more quick flick up to about B3 at about 7.3 s. The lowest notes are quick "
             "drops to about C3 (about 2.1, 6.5 and 7.7 s), not held. So about C3 to B flat 3, under an octave, with "
             "the weight on F3-A3: an octave up that's about F4-A4 with a top B flat 4 -- easy for most women, an "
             "alto included. He slides a lot, so expect notes between semitones. Right: the centre around F sharp / "
             "G3 and the top about B flat 3 (within a semitone), lows about C3 to E flat 3 as quick notes. Partly: "
             "the centre right but the top or bottom two or more semitones off, or the top placed wrong.",
             "Putting him an octave higher (around G4) or lower; a range of more than about an octave with held "
             "notes at its ends; a top note of C4 or above held."),
    # truth: write_band(ft_ballad_csm76, 9101): verse 9.47-28.42 s, 4/4 at 76 (bar 3.158 s), chords C#m 9.47, A 12.63,
    # E 15.79, B 18.95, C#m 22.11, A 25.26 (natural minor: no G# major, no B# in any part). Keys pads E3 G#3 C#4 / E3
    # A3 C#4 / E3 G#3 B3 / F#3 B3 D#4; bass the roots. Vocals: bar 9.47 G#4 A#4 alternating (A#4 9.87, 10.66, 11.45,
    # 12.24); 12.63 A4 B4 C#5 D#5 E5 F#5 E5 D#5; 15.79 E5 F#5 E5 D#5; rest 18.95-22.11; 22.11 E5 F#5 G#5 A#5 (23.29)
    # G#5 G5 (24.08) G#5 A#5 (24.87); 25.26 A5 G#5 alternating.
    Question("ai05", "ft_ballad_csm76", ["vocals", "piano", "bass"], 9.47, 28.42,
             "writing a counter-melody for this verse -- is it straight natural minor, or do they use the major five "
             "(a B sharp) anywhere? and does she sing anything outside the key?",
             "Straight C sharp minor, natural minor: the chords are C sharp minor, A, E, B, C sharp minor, A (a bar "
             "each, 4/4 at 76), and the B is the flat seven, not a dominant -- no G sharp major and no B sharp in the "
             "keys, the bass or her line. So B natural for your line. She does step outside the key, though: an A "
             "sharp over C sharp minor -- in the verse's first bar, rocking G sharp / A sharp on the eighths (about "
             "9.9, 10.7, 11.4, 12.2 s), and in the bar from 22.1 (23.3, 24.9 s) -- the major sixth, a Dorian colour, "
             "where the key has A natural; and one G natural, a quick lower neighbour between two G sharps at about "
             "24.1 s. Everything else she sings is in C sharp minor. Right: natural minor with no B sharp / G sharp "
             "major, and the A sharps over C sharp minor (the G natural a bonus). Partly: one of the two.",
             "Harmonic minor, a G sharp major (or G sharp seven) chord or a B sharp anywhere; calling it E major; "
             "saying she never leaves the key; naming A natural as her outside note."),
    # truth: write_band(ft_drive_ab152, 9102): second verse 56.84 s on, 4/4 at 152 (bar 1.579 s, eighth 0.197 s), A
    # flat major; chords Ab 56.84, Db 58.42, Ab 60.00, Eb 61.58, Ab 63.16, Db 64.74, Ab 66.32, Eb 67.89. Vocals: 56.84
    # Ab5 G5 Ab5 G5 Ab5 Bb5 Ab5 G5 (eighths); 58.42 Ab5 G5 F5 E5 (59.01) F5 G5 Ab5 G5; 60.00 quarters Ab5 Bb5 Ab5 G5;
    # none 61.58-63.16; 63.16 Ab5 Bb5 x4; 64.74 Ab5 Bb5 Ab5 G5 (65.33) Ab5 Bb5 Ab5 Bb5; 66.32 quarters Ab5 G5 Ab5
    # G5; none 67.89-69.47. Guitar: three-note chords on every and (Ab4 C5 Eb5; F4 Ab4 Db5; G4 Bb4 Eb5).
    Question("ai06", "ft_drive_ab152", ["vocals", "guitar", "bass"], 56.84, 69.47,
             "writing a harmony for her in this verse -- is she sitting on the chord tones or running round them, "
             "and does anything she sings actually rub against the guitar's chords?",
             "She's anchored on one chord tone and decorates it. On the beats she's almost always on A flat, which "
             "is in both chords she sings over (the root of A flat, the fifth of D flat), with F on beats two and "
             "three of the first D flat bar (58.8, 59.2 s); on the ands she steps to the neighbours G and B flat, "
             "which aren't chord tones, and those off-beats are exactly where the guitar's chops land. In the "
             "quarter-note bars (from 60.0 and 66.3 s) the G and B flat fall on beats two and four. She rests over "
             "both E flat bars (61.6-63.2 and 67.9-69.5 s). The rubs: one E natural (about 59.0 s, the and of two "
             "in the D flat bar) -- outside A flat major, a semitone under the chord's F -- and the G over D flat "
             "(about 58.6, 59.4, 59.8 and 65.3 s), a sharp eleven, a tritone off the root. Right: A flat on the "
             "beats as a chord tone with neighbour notes on the off-beats, and the E natural named (the G over D "
             "flat a bonus). Partly: the chord-tone-and-neighbours picture without the E natural, or the E natural "
             "alone.",
             "Saying she's mostly off the chord tones, or sings over the E flat bars; a minor key; naming the G or "
             "B flat as outside the key; placing the outside note in an A flat bar."),
    # truth: write_band(ft_drive_e24, 9105): second verse 45.0 s on, 2/4 at 96 (bar 1.25 s, beat 0.625 s), E major;
    # chords E 45.0, B 46.25, C#m 47.5, A 48.75 (then E B C#m A again). Bass (walk, quarter notes 0.56 s): E2 45.0,
    # C3 45.625; B2 46.25, C2 46.875; C#2 47.5, A#2 48.125; A2 48.75, F2 49.375 -- beat two a semitone from the next
    # bar's root (C3 over B2, C2 under C#2, A#2 over A2, F2 over E2). Keys: short chords on the ands.
    Question("ai07", "ft_drive_e24", ["bass", "piano"], 45.0, 50.0,
             "copying the bass for the first four bars of this verse onto a synth -- what notes? a couple of them "
             "sound off against the chords, is he hitting wrong notes?",
             "Two notes a bar, on beats one and two (2/4 at 96, a bar 1.25 s), each held about half a second: E2 "
             "then C3 | B2 then C2 | C sharp 2 then A sharp 2 | A2 then F2. The first note of each bar is the "
             "chord's root (E, B, C sharp minor, A); the second is a chromatic approach -- a semitone above or below "
             "the next bar's root (C into B, C into C sharp, A sharp into A, F into E), so it leads into the change. "
             "Those four are outside E major and rub against the chord for a beat; they're the walking-bass idea, "
             "not mistakes, so copy them (or swap them for chord tones if you want it smoother). Right: the four "
             "roots on the ones and at least three of the four approach notes, called approaches into the next "
             "root. Partly: the roots right and the second notes wrong or missing, or the notes right but called "
             "mistakes.",
             "Saying he plays one note a bar or pumps eighths; roots other than E, B, C sharp, A; calling the odd "
             "notes wrong or out of tune; more than two notes a bar."),
    # truth: write_band(ft_ballad_csm76, 9101): chorus 28.42-47.37 s, 4/4 at 76 (bar 3.158 s); chords A 28.42, B 31.58,
    # C#m 34.74, C#m 37.89, A 41.05, B 44.21. Vocals: 28.42 A5 G#5 A5 G#5 A5 B5 A5 G#5; 31.58 B5 C#6 (31.97) B5 C#6
    # (32.76) B5 A#5 B5 A#5; 34.74 quarters G#5 A#5 G#5 A#5; none 37.89-41.05; 41.05 A5 B5 A5 G#5 A5 G#5 A5 G#5; 44.21
    # F#5 E#5 (F5 44.61, 45.39, 46.18, 46.97) alternating. Degraded copy (conditions.json): spill -18 dB, room 0.71 s,
    # SNR 40 dB.
    Question("ai08", "ft_ballad_csm76@degraded", ["vocals", "piano"], 28.42, 47.37,
             "booking a session singer for this chorus -- what's her lowest and highest note, and where does the top "
             "one come? want to know if it's a stretch for a mezzo",
             "High and narrow: from an E sharp 5 (F5) up to a C sharp 6, a minor sixth, and most of it sits around G "
             "sharp 5 to B5. The top C sharp 6 comes twice in the bar from about 31.6 s, over the B chord, on the "
             "ands of one and two (about 32.0 and 32.8 s), alternating with B5. The lowest notes are in the last bar, "
             "also over B: she rocks F sharp 5 / E sharp 5, the E sharps on the ands (about 44.6, 45.4, 46.2 and 47.0 "
             "s). She rests for the bar from about 37.9 s. For a mezzo that's high -- sitting around G sharp 5-B5 "
             "with a C sharp 6 top is soprano territory; drop the key a few semitones or give it to a soprano. Right: "
             "top C sharp 6 (D flat 6) at about 32-33 s and bottom F5 / E sharp 5 at about 44.6-47 s (each within a "
             "semitone, times within a bar). Partly: one end right, or both right without where.",
             "An octave off (a C sharp 5 top, an alto range); a top above D6 or below B5; putting the top note in "
             "the last bar or over C sharp minor; saying she sings through the bar from 37.9 s."),
    # truth: write_band(ft_swing_g1208, 9103): solo 30.48-60.95 s, 12/8 at 63 (bar 3.81 s); chords Am 30.48, D 34.29,
    # G 38.10, Em 41.90. No vocals. Guitar (broken): a five-note figure on every triplet eighth, E3 A3 C4 E4 A4 / F#3
    # A3 D4 F#4 A4 / G3 B3 D4 G4 B4 / E3 G3 B3 E4 G4 -- E3-B4 overall. Bass (walk, quarter beats): A2 C#3 E3 C#2 | D2
    # F#2 A2 G#2 | G2 B2 D3 D#2 | E2 G#2 B2 A#2 -- C#2-E3. Drums: kick, side-stick, ride; a crash at 30.48. The head's
    # voice sat A#4-C#6 (0.0-30.48 s).
    Question("ai09", "ft_swing_g1208", ["guitar", "bass", "drums"], 30.48, 45.71,
             "nobody's singing in this bit, want to put a trumpet solo on it -- what register are the guitar and the "
             "bass taking up, so the trumpet sits clear of them?",
             "Everything's in the bottom and the middle; above about B4 is empty. The guitar runs a constant arpeggio "
             "on the triplets across two octaves, from about E3 up to A4 / B4 (Am: E3-A4, D: F sharp 3-A4, G: G3-B4, "
             "Em: E3-G4), so the middle, roughly E3 to B4, is busy. The bass walks quarter notes under it, from about "
             "C sharp 2 up to E3. The kit (ride, kick, side-stick) has no pitch to clash with. So put the trumpet "
             "from about C5 up -- the singer's register in the head (B flat 4 to C sharp 6) -- and keep it out of the "
             "guitar's octave. The changes under it are A minor, D, G, E minor, a bar each (12/8 at 63, a bar about "
             "3.8 s). Right: the guitar's span about E3 to B4 (each end within a tone), the bass below it, and room "
             "above (about C5 up). Partly: room above named but one part's range wrong by more than a tone, or the "
             "ranges right and no room named.",
             "Saying there's already a lead or vocal line here; the guitar an octave off (up to B5 or down in the "
             "bass's register); telling the trumpet to sit in E3-B4; the bass above the guitar."),
    # truth: write_band(ft_drive_ab152, 9102): intro 0.0-12.63 s, 4/4 at 152 (bar 1.579 s); chords Ab 0.00, Db 1.58,
    # Ab 3.16, Db 4.74, Ab 6.32, Db 7.89, Ab 9.47, Db 11.05, the verse's Ab at 12.63. Only drums (groove: kick 1 and 3,
    # snare 2 and 4, closed hats on the eighths, a crash at 0.0) and bass (pump: seven eighths on the root, the octave
    # on the last: Ab2 .. Ab3, Db2 .. Db3). Degraded copy (conditions.json): spill -12 dB, room 1.44 s, SNR 24 dB.
    Question("ai10", "ft_drive_ab152@degraded", ["drums", "bass"], 0.0, 12.63,
             "want a pad under this intro -- it's just drums and bass here, so what chords should it play and how "
             "often do they change?",
             "A flat and D flat, major, a bar each, back and forth (4/4 at about 152, a bar about 1.6 s): A flat at "
             "0.0, 3.2, 6.3 and 9.5 s, D flat at 1.6, 4.7, 7.9 and 11.1 s -- four times round, and the verse at "
             "about 12.6 s starts back on A flat. The bass pumps eighths on the root with a jump to the octave on "
             "the last eighth of each bar, so it spells one chord a bar; the song's A flat major makes them I and "
             "IV. So a pad can hold A flat, then D flat, changing on every downbeat. Right: A flat and D flat "
             "alternating a bar each, changing on the downbeats (times within about 0.2 s or the bars named). "
             "Partly: the two roots right but the changes every two bars or a chord's quality wrong (D flat "
             "minor), or one chord missed.",
             "One chord throughout; other roots (F minor, E flat); a minor key; changes every half bar or every "
             "four bars."),
]
GRADES_34 = {"ai01": "partly", "ai02": "right", "ai03": "partly", "ai04": "right", "ai05": "right", "ai06": "wrong",
             "ai07": "right", "ai08": "right", "ai09": "right", "ai10": "right"}
GRADES_34_WHY = {
    "ai01": "the crash bars' snare on one, the and of two and four and the backbeat bar between, but the kick said on "
            "one and the and of two as well (under the snare: the drum reading's), a kick part to program wrong in "
            "two places: partly",
    "ai02": "a line about every 3.1 s (2.9-3.2), about 78 in four or 59 in three, a loop that holds (the server's "
            "'speeding up' set aside by the model): right",
    "ai03": "G, A, B flat, C with their times, but the D the climb starts from called the phrase before's end: partly",
    "ai04": "sits around G 3 between F 3 and A 3, down to C 3, top B flat 3: right",
    "ai05": "natural minor with B, no B sharp or G sharp major, her A sharps over C sharp minor in two bars and a G "
            "natural: right",
    "ai06": "chord tones with passing notes between the beats, the G over D flat named, but the E natural missed and "
            "her G said held into the E flat bar (the server's two-beat line end: she rests there): wrong",
    "ai07": "E, C | B, C | C sharp, A sharp | A, F, the roots on the beats and the others chromatic approaches, meant "
            "(counted as two four-beat bars): right",
    "ai08": "F 5 up to C sharp 6, the top at about 32 s over B, the bottom at about 44.8 s, high for a mezzo (with a "
            "spill caution): right",
    "ai09": "the guitar E 3 to B 4, the bass C sharp 2 to E 3, room from C 5 up (and a false 'ambiguous third' from "
            "the walking bass's passing C sharp and G sharp): right",
    "ai10": "A flat and D flat, a bar each, changing on every downbeat: right",
}
# the baseline text names the stems, the key and the frame: nothing any of these asks
BASELINE_GRADES_34 = {q: "wrong" for q in GRADES_34}
QUESTIONS_35 = [
    # truth: musicdelta_punk annotations/MusicDelta_Punk_subclass.txt and _class.txt (drum onsets, manual) and
    # _MIX.beats (150 BPM; downbeats 3.21, 4.82, 6.40, 8.02 s; beats of the bar at 4.82: 4.82, 5.23, 5.62, 6.00). The
    # song's only tom hits (TT 8): HIT 5.63, 5.72; MHT 5.81, 5.90; HFT 6.00, 6.08, 6.18, 6.26 -- sixteenths from beat 3
    # to the end of the bar, nothing else under them (the bar's first half: OHH 4.83, 5.25; KD 4.83, 5.03; SD 5.24). Bar
    # 6.40: KD + OHH on the one (no crash), then the open-hat beat (SD 6.79, 7.61; KD 6.60, 7.00, 7.42). Only crash in
    # the window: CRC 3.27.
    Question("aj01", "real:musicdelta_punk", ["drums"], 3.2, 8.0,
             "there's a tom fill somewhere around 5.5 s -- programming it note for note: which toms, in what order, "
             "straight sixteenths or something else, and where in the bar does it start? does he land it with a "
             "crash?",
             "One fill, in the second half of the bar that starts at 4.82 s (4/4 at 150, a bar about 1.6 s, a beat "
             "0.4 s): from beat three (5.63 s) to the end of the bar, eight straight sixteenths (about 0.1 s apart, a "
             "touch rushed at the end) going down the kit -- high tom twice (5.63, 5.72 s), mid tom twice (5.81, 5.90 "
             "s), floor tom four times (6.00, 6.08, 6.18, 6.26 s) -- with no kick, snare or hat under it. The first "
             "half of that bar is his normal beat (open hat on one and two, kick on one and the and of one, snare on "
             "two). No crash on the landing: the next bar (6.40 s) comes in with kick and open hat on the one and "
             "goes straight back to the open-hat beat (snare on two and four); the only crash in these bars is at the "
             "top of the first one (3.27 s). Right: the place (beat three of the bar at 4.8 s, to 6.4 s), straight "
             "sixteenths high to low over the toms (2-2-4 or near it) and no crash on the landing. Partly: the place "
             "and the descending sixteenths right but a landing crash claimed or the order/counts of the toms wrong, "
             "or the toms and the landing right but the grid (eighths, triplets) wrong.",
             "A snare roll; a fill in eighths or triplets, or going up the toms; the fill placed in another bar or "
             "across the bar line; a crash on the landing at 6.4 s."),
    # truth: ft_drive_ab152 song.mid / truth.json (A flat major, 4/4 at 152, bar 1.579 s; hook from 37.89 s). Guitar
    # ("chords") strums every eighth, one voicing a bar: 37.89 F3 Ab3 C4 F4 (Fm), 39.47 F3 Ab3 Db4 F4 (Db/F), 41.05 Ab3
    # C4 Eb4 Ab4 (Ab), 42.63 G3 Bb3 Eb4 G4 (Eb/G); the same from 44.21. The verse's voicings sit higher (top Eb5, Db5).
    Question("aj02", "ft_drive_ab152@degraded", ["guitar", "bass"], 37.89, 44.21,
             "putting a synth line just above the guitar in this hook -- what's the top note of his chords in each "
             "bar? does it jump around much?",
             "Bar by bar (a bar about 1.58 s at 152): F4 (F minor, from 37.9 s), F4 again (D flat with F at the "
             "bottom, 39.5 s), A flat 4 (A flat, 41.05 s), G4 (E flat with G at the bottom, 42.6 s) -- then it goes "
             "round again. So the top line hardly moves: F, F, up a minor third to A flat, down a step to G, all "
             "within F4 to A flat 4 (around the F above middle C). Each voicing is four notes with the bottom note "
             "doubled an octave up on top, strummed on every eighth. Right: F4, F4, A flat 4, G4 (or that F-F-A "
             "flat-G line in that octave). Partly: the register and the shape right with one bar wrong, or the right "
             "notes an octave off, or only the range (F4 to A flat 4) without the bar-by-bar line.",
             "A top around C5 to E flat 5 (the verse's voicings); the same top note every bar; a top line on the "
             "chord roots (F, D flat, A flat, E flat)."),
    # truth: musicdelta_rock annotations/MusicDelta_Rock_subclass.txt (drum onsets, manual: KD 12, SD 12, CHH 47, OHH 1,
    # nothing else) and _MIX.beats (downbeats 0.01, 2.16, 4.36, 6.54, 8.72, 10.91; the mix is 13.09 s). KD 0.00, 1.06,
    # 2.15, 3.27, 4.39, 5.45, 6.54, 7.63, 8.74, 9.83, 10.90, 11.99 (beats 1 and 3); SD 0.53, 1.62, 2.69, 3.80, 4.89,
    # 5.99, 7.08, 8.17, 9.25, 10.37, 11.44, 12.55 (beats 2 and 4); CHH on the eighths, one OHH 4.09 (and of 4, bar 2).
    Question("aj03", "mix:musicdelta_rock", ["mix"], 0.0, 13.09,
             "only got the bounce on this one and want to trigger my own kick and snare under it -- where exactly do "
             "the kick and snare fall in the bar, and does he ever throw in an extra kick or a fill?",
             "A plain rock beat from start to end: 4/4 at about 110 (a bar about 2.18 s), kick on one and three, "
             "snare on two and four, in every one of the six bars (from 0.01, 2.16, 4.36, 6.54, 8.72 and 10.91 s; it "
             "ends on the bar line at 13.09 s) -- 12 kicks (0.00, 1.06, 2.15, 3.27 s ...) and 12 snares (0.53, 1.62, "
             "2.69, 3.80 s ...), no extra kicks, no ghost notes, no fill, no crash. Closed hi-hat on every eighth "
             "over it, with one open hat (the and of four in bar 2, 4.09 s). Right: kick on one and three, snare on "
             "two and four throughout, no extra kicks and no fill. Partly: the placement right but an extra kick or a "
             "fill claimed somewhere, or only one of the two (kick or snare) placed.",
             "Four on the floor; kicks on the ands or on two and four; snare on one and three, or only on three (half "
             "time); a fill or a crash in these bars."),
    # truth: ft_ballad_csm76 truth.json chords and song.mid (C sharp minor, 4/4 at 76, bar 3.158 s; chorus 28.42-47.37):
    # A 28.42-31.58 (piano E3 A3 C#4 E4, bass A2), B 31.58-34.74 (F#3 B3 D#4 F#4, B2), C#m 34.74-37.89 and 37.89-41.05
    # (E3 G#3 C#4 E4, bass C#2 both bars), A 41.05-44.21, B 44.21-47.37; the drum break follows at 47.37.
    Question("aj04", "ft_ballad_csm76", ["piano", "bass"], 28.42, 47.37,
             "arranging strings for this chorus -- how often do the chords change, and does one of them hang around "
             "longer than the others? give me them in order",
             "Six bars (about 3.16 s each at 76): A, B, C sharp minor, C sharp minor, A, B -- VI, VII, i, i, VI, VII "
             "in C sharp minor. A chord a bar, changing on the downbeats (31.6, 34.7, 41.05, 44.2 s), except the C "
             "sharp minor, which hangs for two bars (34.7-41.05 s); the chorus ends on B, open, into the drum break "
             "at 47.4 s. Right: the order and the two-bar C sharp minor. Partly: the chords right but the held C "
             "sharp minor missed (a chord every bar), or the chord rhythm right with one chord wrong.",
             "Two or more chords a bar; the verse's loop (C sharp minor, A, E, B); an E major chord; the A or the B "
             "held for two bars."),
    # truth: musicdelta_beatles annotations/MusicDelta_Beatles_MIX.beats (manual beats): 53 beats 6.55-34.92; bars from
    # 6.55 s last 2.20, 2.18, 2.18, 2.16, 2.18, 2.19, 2.20, 2.17, 2.19, 2.19, 2.17, 2.16, 2.20 s; a straight-line fit
    # gives 110.0 BPM with every beat within 0.04 s of it; 110.1 BPM before 17.45 s, 109.9 after (truth.json's 111.11 is
    # 60 over the median beat gap, 0.54 s). The lead passes from him to her about 17.5-18.5 s (truth.json notes.vocals).
    Question("aj05", "real:musicdelta_beatles", ["drums", "bass", "guitar", "vocals"], 6.55, 34.92,
             "no click on this session -- can I put it all on one fixed tempo for a programmed shaker, or does the "
             "band push or drag anywhere, like when she takes over the lead? what BPM?",
             "One tempo will do: about 110 BPM (4/4, a beat about 0.545 s, a bar about 2.18 s). It holds all the way "
             "through -- every bar 2.16-2.20 s, no trend (about 110.1 before the hand-over at about 17.5 s, 109.9 "
             "after), every beat within about 0.04 s of a fixed 110 grid -- so nothing pushes or drags when she takes "
             "the lead. Right: about 110 (108-112) and steady, no change at the hand-over. Partly: steady, but the "
             "tempo off by more than 2 BPM or given at half or double time (55, 220).",
             "Speeds up or slows down; a tempo change at the hand-over or anywhere else; too loose for one tempo "
             "(needs a tempo map)."),
    # truth: ft_drive_e24 song.mid / truth.json (E major, 2/4 at 96, bar 1.25 s; hook from 30.0 s, chords A, B, E, E a
    # bar each). Keys ("chords") on every eighth: E3 A3 C#4 E4 (30.0), F#3 B3 D#4 F#4 (31.25), E3 G#3 B3 E4 (32.5,
    # 33.75). Bass (0.25 s notes): A2 30.00, A3 30.31, E3 30.94; B2 31.25, B3 31.56, F#3 32.19; E2 32.50, E3 32.81, B2
    # 33.44; E2 33.75, E3 34.06, B2 34.69.
    Question("aj06", "ft_drive_e24", ["bass", "piano"], 30.0, 35.0,
             "the low mids get cloudy in this hook -- is the bass staying down under the keys, or climbing up onto "
             "the same notes? deciding whether to EQ one of them or drop something an octave",
             "It climbs onto them. Each bar the bass plays the root low on the one (A2, B2, E2), jumps an octave on "
             "the and of one (A3, B3, E3) and goes to the fifth on the and of two (E3, F sharp 3, B2). The keys play "
             "four-note chords on every eighth with the bottom on E3 or F sharp 3 (A over E: E3-E4; B over F sharp: F "
             "sharp 3-F sharp 4; E: E3-E4). So the bass's upper notes hit the keys' own notes in the same octave -- "
             "A3 and E3 in the A bar, B3 and F sharp 3 in the B bar, E3 in the E bars -- unisons between E3 and B3; "
             "only the downbeat roots (and the B2 fifths) sit under the keys. Right: the bass's octave jumps and "
             "fifths go up into the keys' range, doubling their lower notes, with the roots below. Partly: an overlap "
             "named but not which notes or where in the bar, or the bass part right but the keys' bottom placed "
             "wrongly (e.g. root position, A3 or B3 at the bottom).",
             "The bass an octave or more under the keys throughout; the keys in root position; the bass holding long "
             "root notes."),
    # truth: musicdelta_country1 truth.json notes.vocals (derived from the verified f0 of STEM_05) and annotations/
    # MDB_MusicDelta_Country1_STEM_05.csv (f0), _MIX.beats (downbeats 17.55, 19.72, 21.92, 24.10, 26.27, 28.43, 30.66;
    # beats of the bar at 24.10: 24.10, 24.63, 25.18, 25.74). Second verse from about 18.4 s. In 15.4-32 s the f0 is
    # above MIDI 61 only at 24.97-25.11 (max 62.5, D4); notes C4 24.20-24.31 and 24.50-24.93, D4 24.97-25.11, G3 25.24;
    # next highest C4 29.25. The first verse peaks the same way: D4 7.45-7.61 s (its fourth bar, from 6.61).
    Question("aj07", "real:musicdelta_country1", ["vocals", "drums"], 17.55, 30.66,
             "want a cymbal swell to peak with his high note in this second verse -- what's the highest note he hits, "
             "and exactly where, which bar and beat?",
             "A quick D4 (the D above middle C) at about 24.97-25.11 s -- in the fourth bar of the verse (the bar "
             "from 24.10 s), on the and of two. He gets there from C4 (24.2-24.9 s) and drops straight to G3 on three "
             "(25.24 s), so it's a short flick, not a held note; nothing else in the verse goes above C4 (the next "
             "highest is a C4 at 29.25 s). It's the same spot he peaks in the first verse (D4 at 7.45 s, its fourth "
             "bar). Right: D4 at about 25.0 s (within 0.2 s), in the fourth bar / the bar from 24.1 s. Partly: the "
             "moment right but C4 (or C sharp 4, D sharp 4) named as the top, or D4 named but put in another bar.",
             "A top note of E4 or higher, or B3 and below; the peak placed around 20 s or at the end of the verse; a "
             "long held top note."),
    # truth: ft_ballad_eb54 song.mid / truth.json (E flat minor, 5/4 at 120, bar 2.5 s, beat 0.5 s; chorus 22.5-37.5;
    # chords Bbm 25.0, Ebm 27.5, Db 30.0, Abm 32.5). Kit every bar: K on beats 1, 3, 5 (25.0, 26.0, 27.0, 27.5, 28.5,
    # 29.5 ...), S on 2, 4 (25.5, 26.5 ...), CHH every eighth. Bass (0.2 s notes) on 1, 1.5, 2.5, 3, 4: A#2 A#3 F3 A#2
    # G#3 (25.0-26.7), D#2 D#3 A#2 D#2 C#3, C#2 C#3 G#2 C#2 B2, G#2 G#3 D#3 G#2 F#3; nothing from 4.2 to the next one.
    Question("aj08", "ft_ballad_eb54@degraded", ["drums", "bass"], 25.0, 35.0,
             "this chorus keeps tripping me up at the end of every bar -- what's the kick doing on the last beat and "
             "into the next bar? and is the bass playing on that last beat? setting up a sidechain pump",
             "It trips because each bar has five beats (5/4 at 120, a bar 2.5 s): kick on one, three and five, snare "
             "on two and four, closed hats on every eighth -- so beat five is a kick with no snare after it, and the "
             "next bar opens with another kick: kick-kick across every bar line (27.0/27.5, 29.5/30.0, 32.0/32.5, "
             "34.5/35.0 s). The bass sits that beat out: short notes on one, the and of one, the and of two, three "
             "and four (root, octave, fifth, root, flat seventh -- B flat, B flat, F, B flat, A flat in the first "
             "bar), then nothing from just after four to the next one (e.g. 26.7-27.5 s), so the kick on five is on "
             "its own. Right: the kick on five running into the kick on the next one (five-beat bars), and the bass "
             "silent on beat five. Partly: one of the two right (the kick on five / the 5/4 bar, or the bass resting "
             "on five) and the other missing or wrong.",
             "4/4 bars; a snare on beat five; the bass playing on beat five or holding through it; the kick only on "
             "one and three."),
    # truth: ft_swing_g1208 song.mid / truth.json (G major, 12/8 at 63 dotted quarters, bar 3.81 s, beat 0.952 s; head;
    # chords C 3.81, G 7.62, D 11.43, C 15.24). Guitar ("chords") 0.16 s chops only on the third triplet of each beat
    # (beat + 0.635 s): first chop of the C bar 4.44 (E4 G4 C5), the chop before the bar line 3.49 still G (G4 B4 D5); G
    # 8.25, D 12.06 (F#4 A4 D5), C 15.87, with 7.30 C, 11.11 G, 14.92 D before them. Bass (0.86 s) on every beat, root
    # on the one (C2 3.81, G2 7.62, D2 11.43, C2 15.24). Kit: ride on each beat and its third triplet, kick 1 and 3.
    Question("aj09", "ft_swing_g1208", ["guitar", "bass", "drums"], 3.81, 19.05,
             "does the guitarist ever hit on the one in these bars? when the chord changes at the top of a bar, is he "
             "getting there early, right on the downbeat, or after? lining up a keys comp with him and the bass",
             "Never on the one. He only chops on the last triplet of each beat (the swung 'and', about 0.63 s after "
             "each beat at 63 to the dotted quarter; four short chops a bar, with the ride's skip notes), so nothing "
             "of his lands on a beat. He doesn't anticipate the changes either: his last chop before each bar line is "
             "still the old chord, and the new one first sounds on his chop after the one (C at 4.44 s for the bar at "
             "3.81, G at 8.25, D at 12.06, C at 15.87 s). The bass states each change first, with the root right on "
             "the one (C2 3.81, G2 7.62, D2 11.43, C2 15.24 s); the guitar follows about two-thirds of a beat later. "
             "Right: no chops on the beats, the new chord arriving after the one on his off-beat chop (not pushed "
             "early), the bass on the one. Partly: the off-beat chops right but nothing on when the new chord "
             "arrives, or the change (after the one, bass first) right but the chops put on the wrong triplet.",
             "Chops on the beats or on the one; the changes pushed early, ahead of the bar line; sustained strummed "
             "chords."),
    # truth: ft_drive_e24 song.mid / truth.json (E major, 2/4 at 96, bar 1.25 s; second verse 45.0-60.0, chords E, B,
    # C#m, A a bar each, three times). Bass quarter notes (0.56 s) on beats 1 and 2: pass 1 E2 C3 | B2 C2 | C#2 A#2 | A2
    # F2 (45.0-50.0); pass 2 E2 C3 | B2 C2 | C#2 G#2 | A2 D#2 (50.0-55.0); pass 3 E2 A#2 | B2 D2 | C#2 A#2 | A2 D#2
    # (55.0-60.0). Each beat-2 note is a half step above or below the next bar's root; the tag enters on A2 at 60.0.
    Question("aj10", "ft_drive_e24", ["bass", "piano"], 45.0, 60.0,
             "can I just loop one time round the chords for the bass in this verse, or does he play it differently "
             "each pass? if it changes, what is he changing?",
             "Don't loop one pass -- the roots repeat but the second note doesn't. He plays two quarter notes a bar "
             "(2/4 at 96, a bar 1.25 s): the chord root on the one, the same every pass (E, B, C sharp, A), and on "
             "beat two a chromatic lead-in a half step above or below the next bar's root, picked differently each "
             "time round: pass 1 (45-50 s) C3, C2, A sharp 2, F2; pass 2 (50-55 s) C3, C2, G sharp 2, D sharp 2; pass "
             "3 (55-60 s) A sharp 2, D2, A sharp 2, D sharp 2. No two passes are the same (1 and 2 share only their "
             "first two bars). Right: the roots repeat and the beat-two notes change from pass to pass, as half-step "
             "approaches to the next root (notes mostly right). Partly: says it changes with the roots right but "
             "without the approach idea or with most approach notes wrong, or describes one pass right without saying "
             "whether it repeats.",
             "Every pass the same, loop one; eighth notes pumping the root; a walking line of four notes a bar; the "
             "beat-two notes called mistakes."),
]
GRADES_35 = {"aj01": "wrong", "aj02": "wrong", "aj03": "wrong", "aj04": "right", "aj05": "right", "aj06": "right",
             "aj07": "right", "aj08": "right", "aj09": "partly", "aj10": "right"}
GRADES_35_WHY = {
    "aj01": "no toms: the fill from beat three read as snare hits on sixteenth and triplet places (the drum reading's), "
            "no crash on the landing right: a snare fill is the wrong list's: wrong",
    "aj02": "tops F 5, A flat 5, E flat 5, G 5 (the degraded guitar stem's spill read as its top notes): an octave up "
            "and two bars' notes wrong: wrong",
    "aj03": "the kick and snare not placed: the unseparated mix holds no drum reading, and its first downbeat put at "
            "1.60 s: wrong",
    "aj04": "A, B, C sharp minor held two bars, A, B, a chord a bar (numerals read in E major, the relative): right",
    "aj05": "about 110, steady across the hand-over, one tempo will do: right",
    "aj06": "the bass's octave jumps A 3, B 3, E 3 and F sharp 3 onto the keys' lowest notes, E 3 to F sharp 4, its roots "
            "below: right",
    "aj07": "D 4 at about 24.94 s in the bar from 24.06 s, the back half of beat two: right",
    "aj08": "five-four, the kick on five into the next one, the bass resting on five: right",
    "aj09": "never on the one, chops on the last triplet of each beat, the bass on the downbeats, but when his new chord "
            "comes (after the one) said as not measured, one hint that he holds the old one to the bar line: partly",
    "aj10": "the roots repeat and the second note of each two-four bar (said as beats two and four of four-beat bars) "
            "changes pass to pass as half-step approaches, every note right: right",
}
# the baseline text names the stems, the key and the frame: nothing any of these asks
BASELINE_GRADES_35 = {q: "wrong" for q in GRADES_35}
QUESTIONS_36 = [
    # truth: musicdelta_country1 annotations/MusicDelta_Country1_MIX.beats (manual beats with bar positions; 4/4, about
    # 109 BPM): 5.00 is beat 2 of the bar from 4.46; then 5.54 (3), 6.08 (4), 6.61 (1), 7.16, 7.71, 8.26, 8.79 (1),
    # 9.36, 9.90, 10.47, 11.00 (1), 11.55, 12.10, 12.63; next downbeat 13.19. MusicDelta_Country1_subclass.txt: KD + CHH
    # together on one and three (6.63/6.64, 7.73/7.74, 8.79/8.80, 9.91/9.92), side-stick SST on two and four (5.01,
    # 6.10, 7.18, 8.28).
    Question("ak01", "real:musicdelta_country1", ["drums", "bass", "guitar", "vocals"], 5.0, 13.0,
             "cut this clip at 5 s for a loop -- where's the first 'one' after the cut, and how long is a bar? want to "
             "slice it on the bar lines",
             "The cut lands mid-bar: 5.0 s is beat two of a bar (a side-stick backbeat at 5.01 s). The first downbeat "
             "after it is at about 6.6 s (6.61), then 8.8 s (8.79) and 11.0 s (11.00); the next is just after the clip "
             "(13.19 s). 4/4 at about 109-110 BPM: a bar about 2.2 s, a beat about 0.55 s. Kick and hi-hat hit "
             "together on one and three, the side-stick on two and four. Right: the first downbeat at 6.6 s (within "
             "about 0.1 s) and bars of about 2.2 s (or the downbeats 6.6, 8.8, 11.0 listed). Partly: the bar length "
             "right but the one put half a bar off, on the other kick beat (about 5.5 or 7.7 s), or the first downbeat "
             "right but the bar called about 1.1 s or 4.4 s long.",
             "5.0 s called a downbeat; both the one and the bar length wrong; no bar line placed."),
    # truth: ft_ballad_csm76 song.mid / truth.json (C sharp minor, 4/4 at 76, bar 3.158 s; chords A:maj 41.05-44.21,
    # B:maj 44.21-47.37; the drum break from 47.37). Piano ("chords") eighths: E3 A3 C#4 E4 (A), F#3 B3 D#4 F#4 (B).
    # Lead eighths: 41.05 A5, 41.45 B5, 41.84 A5, 42.24 G#5, 42.63 A5, 43.03 G#5, 43.42 A5, 43.82 G#5; 44.21 F#5, 44.61
    # F5, 45.00 F#5, 45.39 F5, 45.79 F#5, 46.18 F5, 46.58 F#5, 46.97 F5 (last ends 47.34).
    Question("ak02", "ft_ballad_csm76", ["vocals", "piano"], 41.05, 47.37,
             "writing a string line under her for the last two bars before the drum break -- what's she singing over "
             "each chord, and does any of her notes rub against the keys?",
             "Over the A chord (41.05-44.2 s; keys E3 A3 C#4 E4 in eighths) she sings eighths circling A5: A, B, A, "
             "G#, A, G#, A, G# -- the root with the ninth and the major seventh either side, all in the key (C sharp "
             "minor / E major), nothing that fights the keys. Over the B chord (44.2-47.4 s; keys F#3 B3 D#4 F#4) she "
             "rocks between F#5 and F5 in eighths: F sharp (the chord's fifth, the keys' top note an octave up) on "
             "every beat and F natural (E sharp) on every off-beat -- a half step under the fifth, the one note in "
             "these bars outside both the key and the chord, rubbing against the keys' F sharp. She stops as the break "
             "starts (47.4 s). Right: both bars' notes near enough and the F natural (E sharp) on the off-beats of the "
             "B bar named as the note that rubs (calling the G sharp over A a mild colour as well is fine). Partly: "
             "the F natural found but the A bar wrong or missing, or both bars' notes right and nothing said to rub.",
             "Long held notes; the only clash put in the A bar; the B bar sung as F sharp with G sharp (any pair "
             "without the F natural); chords other than A and B."),
    # truth: guitarset_00_BN1-129-Eb_comp truth.json chords (the jams' instructed chord annotation; the performed-chord
    # annotation in annotations/00_BN1-129-Eb_comp.jams has the same boundaries): D#:maj 0-7.44, G#:maj 7.44-11.16,
    # D#:maj 11.16-14.88, A#:maj 14.88-16.74, G#:maj 16.74-18.60, D#:maj 18.60-22.32; downbeats_s every 1.86 s (129 BPM,
    # 4/4, 12 bars). Performed: D#:sus2(7), G#:maj6(*5), D#:maj7, A#:maj, G#:maj6(2,b5,*5), D#:maj7.
    Question("ak03", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 0.0, 22.32,
             "making a chord chart for this whole take -- how many bars does he sit on each chord, and where do the "
             "changes start coming quicker?",
             "Twelve bars of 4/4 at about 129 (a bar about 1.86 s): E flat for four bars (0-7.4 s), A flat for two "
             "(7.4-11.2 s), E flat for two (11.2-14.9 s), then the changes come a bar at a time -- B flat for one bar "
             "(14.9-16.7 s), A flat for one (16.7-18.6 s) -- and E flat for the last two (18.6-22.3 s): I-IV-I-V-IV-I "
             "in E flat. He colours them (a major seventh and ninth on the E flats, a sixth on the A flats), but the "
             "chart is those six chords. Right: the six chords in order with their lengths (4, 2, 2, 1, 1, 2 bars, or "
             "the times) and the quicker changes from about 14.9 s. Partly: the chords in order but one or two lengths "
             "off by a bar, or the lengths right with one chord named wrong.",
             "A new chord every bar throughout; the B flat bar left out; a minor chord (E flat minor, C minor) in the "
             "chart; another key."),
    # truth: ft_ballad_eb54 song.mid / truth.json (E flat minor, 5/4 at 120, bar 2.5 s; chorus 22.5-37.5 with chords Abm
    # 22.5, Bbm 25.0, Ebm 27.5, Db 30.0, Abm 32.5, Bbm 35.0; break from 37.5). Lead: eighths (0.23 s each on the 0.25 s
    # grid) without a break 20.0-27.5; quarters A#5 C6 A#5 A5 A#5 at 27.5, 28.0, 28.5, 29.0, 29.5 (last ends 29.96); no
    # note 29.96-32.5; eighths 32.5-37.48. Same truth for @degraded.
    Question("ak04", "ft_ballad_eb54@degraded", ["vocals", "piano"], 22.5, 37.5,
             "want a sax to answer her somewhere in this chorus -- where does she actually stop long enough for a "
             "lick, and for how long?",
             "Only one real hole: the fourth bar of the chorus, from about 30.0 s (her last quarter note ends at 29.96 "
             "s) to 32.5 s -- a whole 5/4 bar, about 2.5 s, over the D flat chord. Everywhere else she sings without a "
             "break: running eighths 22.5-27.5 s, five quarter notes 27.5-30 s (B flat, C, B flat, A, B flat), and "
             "running eighths again from 32.5 s to the end of the chorus (about 37.5 s, where the band drops out for "
             "the drum break). The hairline spaces between her eighths are no room for anything. Right: 30-32.5 s as "
             "the one gap, about a bar (2.5 s) long, and nowhere else in the chorus. Partly: that gap found but "
             "another one claimed inside the sung bars, or its start or length off by half a bar or more.",
             "No gap; a gap in every bar or between every phrase; the only gap placed elsewhere (e.g. 27.5-30 s)."),
    # truth: musicdelta_shadows annotations/MDB_MusicDelta_Shadows_STEM_04.csv (lead-guitar f0, pYIN + manual
    # correction) against MusicDelta_Shadows_MIX.beats (111 BPM, 4/4; downbeats 4.37, 6.56, 8.75, 10.93, 13.09, 15.28,
    # 17.47, 19.65; beat four of the bar from 6.56 at 8.21, of the bar from 15.28 at 16.93). Voiced runs: G held
    # 4.63-6.20; unvoiced 6.20-8.19; D (about 147 Hz) 8.19-8.74, then G (about 196 Hz) from 8.74; ... G held
    # 13.28-14.43; unvoiced (one one-frame blip at 14.89) to 16.95; low G (about 98 Hz) 16.95-17.47, then C (about 131
    # Hz) from 17.49. MusicDelta_Shadows_subclass.txt: CRC with KD at 8.76; at 17.47 ride only.
    Question("ak05", "real:musicdelta_shadows", ["guitar", "drums"], 4.37, 21.83,
             "does the lead come in right on the one with each new phrase through here, or pick up before the bar "
             "line? setting delay throws on the first note of each phrase",
             "Neither new phrase starts on the one: each comes in with a single pickup note on beat four of the bar "
             "before and lands on the next downbeat. The earlier phrase's last note (a G) rings to about 6.2 s; the "
             "next phrase starts at about 8.2 s with a D on beat four and hits a G right on the downbeat at 8.75 s "
             "(where the drummer crashes). That phrase ends on a held G (to about 14.4 s); the next starts at about "
             "16.95 s with a low G on beat four and lands on a C on the downbeat at 17.47 s (the phrase moved up to "
             "C). Right: both phrase starts (about 8.2 and 16.95 s) as a one-beat pickup on beat four landing on the "
             "next bar's one. Partly: one of the two right, or both called just before the bar line without where, or "
             "the times right but called on the downbeat.",
             "The phrases start on the downbeat (8.75, 17.47 s) with no pickup; the lead playing through with no gaps; "
             "more or fewer than two phrase starts in these bars."),
    # truth: ft_drive_ab152 song.mid / truth.json (A flat major, 4/4 at 152, one tempo for the whole file, bar 1.579 s;
    # hook to 50.53, stop 50.53-56.84, verse from 56.84). Hook bars 47.37, 48.95: full kit, bass riff. Stop: no kit or
    # bass note 50.53-56.84; guitar ("chords") F3 G#3 C4 struck at 50.53, 52.11, 53.68, 55.26 (3.9 beats each); lead C5
    # at 50.57, 52.14, 53.72, 55.30. 56.84: crash + kick (then kick 1 and 3, snare 2 and 4, eighth hats), bass G#2
    # quarters, guitar off-beat chords, lead G#5. Same truth for @degraded.
    Question("ak06", "ft_drive_ab152@degraded", ["drums", "bass", "guitar", "vocals"], 47.37, 60.0,
             "the band stops dead in here and comes back -- if I put a click on it, is it the same tempo coming out of "
             "the stop as going in? how many bars is the stop, and does the kit come back bang on a bar line?",
             "Same tempo in and out: 152 BPM (a bar about 1.58 s) in the hook, through the stop and in the verse after "
             "it -- nothing slows or speeds. The stop is exactly four bars, 50.5 to 56.8 s: drums and bass cut on the "
             "downbeat at 50.5 s, and the guitar's F minor chord and the singer's long C are struck again on every bar "
             "line (50.5, 52.1, 53.7, 55.3 s), so the pulse carries through. The kit comes back exactly on the next "
             "downbeat, 56.84 s, with a crash, together with the bass, the guitar's off-beat chops and the vocal. "
             "Right: one tempo of about 152 on both sides, a four-bar stop and the return on the bar line at about "
             "56.8 s. Partly: tempo and return right but the stop counted as three or five bars, or 76 (half time) on "
             "both sides with the rest right, or the return time right without saying it is on a downbeat.",
             "A different tempo after the stop; the stop in free time or off the grid; the kit back mid-bar; no stop."),
    # truth: madmom_piano_sample truth.json notes.piano (from madmom's stereo_sample.notes: onset, MIDI, duration): C5
    # (72) 0.15-3.47; F2 (41) 1.57-1.79; chord 2.53-2.58: F5 (77) to 3.46, C4 (60) to 2.76, F4 (65) to 2.77, G#3 (56) to
    # 2.81; D#5 (75) 3.37-4.15 (the end of the file); G2 (43) 3.45-3.72.
    Question("ak07", "real:madmom_piano_sample", ["piano"], 0.0, 4.14,
             "want my pad to end with him -- what are the last notes he plays, and which one's still ringing when the "
             "clip runs out?",
             "He finishes with two notes almost together: E flat 5 (3.37 s) on top and a low G2 (3.45 s) underneath. "
             "The G is short (let go by about 3.7 s), and everything before it -- the long C5 he opened with and the F "
             "minor chord at about 2.5 s (A flat 3, C4, F4 with F5 on top) -- is released by about 3.47 s. So from "
             "about 3.7 s to the end (4.15 s) only the E flat 5 is still sounding. Right: E flat (5) and a low G as "
             "the last notes, with the E flat the one still ringing at the end. Partly: one of the two last notes "
             "right, or both right with the wrong one (or a whole chord) said to ring to the end.",
             "It ends on the F minor chord or on the C; no low note at the end; a full chord ringing out to the end."),
    # truth: ft_drive_e24 song.mid / truth.json (E major, 2/4 at 96, bar 1.25 s; hook 30-40, chords A 30.0, B 31.25, E
    # 32.5, E 33.75, A 35.0, B 36.25, E 37.5, E 38.75). Keys ("chords") strum four-note voicings on every eighth: A = E3
    # A3 C#4 E4, B = F#3 B3 D#4 F#4, E = E3 G#3 B3 E4. Lead: B5 31.88, D#5 32.19; E5 34.38, G#5 34.69; B5 36.88, D#5
    # 37.19; E5 39.38, G#5 39.69.
    Question("ak08", "ft_drive_e24", ["piano", "vocals"], 30.0, 40.0,
             "want a pad sitting just above the keys in this hook, under her calls -- what's the top note of the keys' "
             "chords bar by bar, and how much room is there up to her?",
             "The keys' top note is E4 (the E above middle C) on the A chord, up a step to F sharp 4 on the B chord, "
             "back to E4 for the two E bars -- E, F#, E, E, then the same again; the chords are spread from E3 (F#3) "
             "up to that, so the top hardly moves. Her calls sit well above: B5 and D sharp 5 over the B bar (31.9 s), "
             "E5 and G sharp 5 over the second E bar (34.4 s), again at 36.9 and 39.4 s -- a sixth or more above the "
             "keys' top (F#4 up to D#5), mostly more than an octave. Right: the top notes E4, F#4, E4, E4 (the octave "
             "and the one step up) and her calls placed a good way above (around D#5 to B5). Partly: the top line "
             "right but the room to her wrong, or the step to F sharp missed (all E), or the right notes an octave "
             "off.",
             "The keys' top above her calls (in the fifth octave or higher); a top line that moves a lot; the keys "
             "overlapping her calls."),
    # truth: ft_swing_g1208 song.mid / truth.json (G major, 12/8 at 63 dotted quarters, bar 3.81 s; chord E:min
    # 26.67-30.48, A:min from 30.48). Bass, one note per dotted-quarter beat (0.857 s each): bar from 22.86 G2 B2 D3 F2;
    # bar from 26.67 E2 (26.67), G#2 (27.62), B2 (28.57), F#2 (29.52); A2 at 30.48. Guitar ("chords") E4 G4 B4 on the
    # last triplet of each beat (27.30, 28.25, 29.21, 30.16).
    Question("ak09", "ft_swing_g1208", ["bass", "guitar"], 22.86, 30.48,
             "copying the bass in the last bar of this head, the E minor bar from about 26.7 s -- what four notes is "
             "he walking, and do they sit with the guitar's chord?",
             "Four notes, one per dotted-quarter beat, each held nearly the whole beat: E2 (26.67 s), G sharp 2 "
             "(27.62), B2 (28.57), F sharp 2 (29.52) -- an E major arpeggio, then a step up toward the A that starts "
             "the next bar (30.48 s). Against the guitar's E minor chops (E4 G4 B4) the G sharp clashes: the bass "
             "plays the major third while the guitar plays G natural. The E and the B fit; the F sharp is a passing "
             "note into A. Right: E, G#, B, F# on the four beats and the G sharp named as not fitting the guitar's "
             "minor chord. Partly: the notes right but the clash missed (the G sharp called fine), or the clash found "
             "with one of the other notes wrong.",
             "E, G, B (a minor arpeggio); a held root; the bass said to sit with the guitar's chord throughout."),
    # truth: ft_drive_ab152 song.mid / truth.json (4/4 at 152, bar 1.579 s; verse chords Ab 15.79, Eb 17.37, Ab 18.95,
    # Db 20.53, Ab 22.11, Eb 23.68). Bass: eighths on the root, the new root on each downbeat (D#2 17.37, G#2 18.95, C#2
    # 20.53, G#2 22.11, D#2 23.68), the octave on the last eighth of the bar (G#3 17.17). Guitar ("chords"): three-note
    # chords of 0.1 s on the off-beats only; the first of each bar on the and of one (17.57, 19.14, 20.72, 22.30,
    # 23.88); the last of each bar, on the and of four, still the old chord (G#4 C5 D#5 at 17.17).
    Question("ak10", "ft_drive_ab152", ["guitar", "bass"], 15.79, 25.26,
             "when the chords change in this verse, does the guitar get there ahead of the bass, right with it, or "
             "after? lining up a synth stab with the two of them",
             "After. The bass changes right on the downbeat (17.37, 18.95, 20.53, 22.11, 23.68 s); the guitar only "
             "plays short chords on the off-beats, never on the one, so the new chord reaches the guitar half a beat "
             "(an eighth, about 0.2 s) later, on the 'and' of one (17.57, 19.14, 20.72, 22.30, 23.88 s). His last chop "
             "before each change (the 'and' of four) is still the old chord: he never anticipates. Right: the bass on "
             "the downbeat and the guitar an eighth after, on the and of one, with no pushing. Partly: 'after' right "
             "but the lag not an eighth (or not placed), or the off-beat pattern described right without saying when "
             "his new chord comes.",
             "The guitar pushes the change early (on the and of four); the guitar lands on the one with the bass; the "
             "bass late or early."),
]
GRADES_36 = {"ak01": "right", "ak02": "partly", "ak03": "wrong", "ak04": "right", "ak05": "wrong", "ak06": "right",
             "ak07": "wrong", "ak08": "partly", "ak09": "right", "ak10": "right"}
GRADES_36_WHY = {
    "ak01": "the first one at 6.59 s, three beats after the cut on beat two, bars of about 2.18 s: right",
    "ak02": "A, G sharp and B over A, F sharp and F natural over B, the F natural named as outside the chord and key, "
            "but no rub with the keys said (none on a beat reported): partly",
    "ak03": "E flat major seven four bars, then F minor, A flat major seven, three E flat bars, F minor, E flat, G minor: "
            "the B flat bar missing and minor chords charted (GuitarSet's known chord reading): wrong",
    "ak04": "one hole, about 30.2 to 32.5 s, nearly all of the D flat bar, steady eighths elsewhere (degraded): right",
    "ak05": "no phrase starts: the lead inside the rhythm guitar's stem read as one unbroken phrase, mostly chords "
            "(the known two-players-in-one-stem limit): wrong",
    "ak06": "one steady 152 through it, a four-bar stop, the kit back with a crash on the bar line at 56.84 s: right",
    "ak07": "the last notes said to be F 5 and F 3 over F minor with nothing ringing at the end (the E flat 5 and the "
            "low G missed by the transcription's last notes): wrong",
    "ak08": "E 4 tops on the E bars, F 7 on the others (an electric piano's bell partial read as the top, set aside by "
            "the model), her calls D sharp 5 to B 5 and the room between: partly",
    "ak09": "E, G sharp, B, F sharp, the G sharp a major third against the guitar's minor chord: right",
    "ak10": "the bass on the one, the guitar half a beat after on the and at all five changes (the new arrival "
            "reading): right",
}
# the baseline text names the stems, the key and the frame: nothing any of these asks
BASELINE_GRADES_36 = {q: "wrong" for q in GRADES_36}
QUESTIONS_37 = [
    # truth: ft_ballad_eb54 song.mid / truth.json (E flat minor, 5/4 at 120, bar 2.5 s; intro 0-7.5 with the keys
    # ("chords") alone: no kit, bass or lead note before 7.5). Three held chords: 0.0 F#3 A#3 D#4 (Ebm, to 2.45), 2.5
    # G#3 B3 D#4 (Abm, to 4.95), 5.0 F#3 B3 D#4 (B, to 7.45). D#4 is the top note of all three; no other pitch class is
    # in all three chords (Gb not in Abm, B not in Ebm, Bb only in Ebm). The verse at 7.5 comes back to the Ebm voicing.
    Question("al01", "ft_ballad_eb54", ["piano"], 0.0, 7.5,
             "want a synth drone held right through this keys intro -- is there one note that sits in every chord, "
             "or do I have to move it with the changes?",
             "One note works all the way: E flat. The intro is the keys alone, three 5/4 bars (120, a bar 2.5 s), "
             "one held chord a bar: E flat minor (G flat, B flat, E flat, from 0.0 s), A flat minor (A flat, C flat, "
             "E flat, from 2.5 s) and B major (F sharp, B, D sharp, from 5.0 s). E flat / D sharp is in all three -- "
             "the root of E flat minor, the fifth of A flat minor, the third of B -- and it's the keys' own top note "
             "in every chord (the E flat just above middle C), held through all three bars. Nothing else is common "
             "to the three: G flat/F sharp isn't in A flat minor, B/C flat isn't in E flat minor, B flat is only in "
             "the first. The verse at 7.5 s comes back to E flat minor, so the drone can keep going. Right: E flat / "
             "D sharp (any octave) as the one common note, with at least two of the three chords right. Partly: E "
             "flat named with the chords wrong or missing, or the chords right with another note (or 'none') given "
             "as the common one.",
             "No common note, move it with the chords; B flat, G flat or B as the drone; the intro read as E flat "
             "major or as E flat, A flat, B flat."),
    # truth: musicdelta_punk annotations/MusicDelta_Punk_subclass.txt (drum onsets, manual), _MIX.beats (150 BPM;
    # downbeats 9.62, 11.24, 12.85, 14.44, 16.02) and MDB_MusicDelta_Punk_STEM_04.csv (vocal f0, pYIN + manual
    # correction). Bar 9.62: OHH 9.67 10.04 10.44 10.84 (quarters), SD 10.03 10.83, KD 9.62 9.83 10.23 10.64. Bar 11.24:
    # CRC on every eighth 11.25-12.46, SD 11.26 11.85 12.45, KD 11.46 11.66 12.05 12.24 12.44. From 12.85: CHH quarters
    # 12.85 13.25 13.64 14.04 14.44 ..., KD 12.86 13.06 13.44 13.84 (one, and of one, and of two, and of three), SD
    # 13.24 14.05 (two, four); no CRC at 12.85 (next CRC 18.83). Vocal f0 voiced 12.64-12.85, then 13.04-14.05 and
    # 14.20-15.06; unvoiced 15.06-16.2 (next note 16.22).
    Question("al02", "real:musicdelta_punk", ["drums", "vocals"], 9.62, 16.02,
             "around 12.8 s the track suddenly tightens up -- what exactly does the drummer switch from and to "
             "there, and does the singer stop for it or carry straight on? planning a breakdown edit around that "
             "spot",
             "The switch is on the downbeat at 12.85 s (4/4 at 150, a bar about 1.6 s): from a bar of crash-bashing "
             "to a tight closed-hat beat. The bar before (11.24-12.85 s) has the crash on every eighth with the "
             "snare on one, the and of two and four and kicks between (the bar before that, from 9.62 s, is his "
             "open-hat beat: open hat on the quarters, snare on two and four). From 12.85 s: closed hi-hat on the "
             "quarters, kick on one and on the ands of one, two and three, snare on two and four -- and nothing "
             "marks the change, no crash or fill (his next crash is at 18.8 s). The singer doesn't stop: he sings "
             "right up to the bar line (about 12.85 s), leaves only a split-second gap and is singing again by 13.04 "
             "s, on to about 15.1 s; his first real pause after the change is about 15.1-16.2 s. Right: the switch "
             "at about 12.85 s (within 0.2 s) from crash eighths to closed hats with the backbeat, and the singer "
             "carrying on through it. Partly: the drum change right but the singer said to stop there (or not "
             "answered), or the singer right with the drums' before or after wrong (a ride, open hats, a crash or "
             "fill on the change), or the change placed a beat or more off.",
             "The singer stops or breathes at the change; a crash or fill on 12.85 s; open hats after the change; "
             "the change placed at about 11.2 or 14.4 s; half time after it."),
    # truth: guitarset_00_BN1-129-Eb_comp truth.json (key Eb major, 129 BPM, downbeats every 1.86 s; chords D#:maj
    # 11.16-14.88, A#:maj 14.88-16.74, G#:maj 16.74-18.60, D#:maj 18.60-22.32) and annotations/00_BN1-129-Eb_comp.jams
    # (performed chords D#:maj7, A#:maj, G#:maj6(2,b5,*5), D#:maj7). Open shapes: capo 1 D-A-G, capo 3 C-G-F, capo 6
    # A-E-D.
    Question("al03", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 13.02, 22.32,
             "want to strum along with him on an acoustic using open chord shapes -- where do I put the capo, and "
             "which shapes do I play for these bars?",
             "He's in E flat major (129 BPM, a bar about 1.86 s), and these five bars go E flat (13.0-14.9 s), B "
             "flat (14.9-16.7 s), A flat (16.7-18.6 s), E flat (18.6-22.3 s, two bars) -- I, V, IV, I. Capo on the "
             "1st fret: play D, A, G, D; capo 3: C, G, F, C; capo 6: A, E, D, A (any of these). He colours them -- a "
             "major seventh on the E flats, a sixth and a ninth on the A flat -- so Dmaj7 and G6 shapes (capo 1) get "
             "closer to his sound, but the plain shapes sit fine. Right: a capo fret with shapes that sound E flat, "
             "B flat, A flat, E flat in that order (e.g. capo 1: D-A-G-D). Partly: the chords right (E flat, B flat, "
             "A flat) with the capo shapes mapped wrongly, or a right mapping with one of the four bars' chords "
             "wrong or out of place.",
             "Shapes for another key (E, D or C minor); minor shapes (E flat minor); the B flat bar left out; 'can't "
             "be done with open shapes'."),
    # truth: ft_ballad_csm76 song.mid / truth.json (C sharp minor, 4/4 at 76, bar 3.158 s; chords C#m 34.74-41.05, A
    # 41.05-44.21). Keys ("chords") on every eighth: E3 G#3 C#4 E4 (C#m), E3 A3 C#4 E4 (A) -- E3 to E4. Bass C#2 to A3
    # (C#2 C#3 G#2 C#2 B2 a bar; A2 A3 E3 A2 G3). Lead: quarters G#5 34.74, A#5 35.53, G#5 36.32, A#5 37.11 (to 37.83),
    # no note 37.83-41.05, eighths A5 B5 A5 G#5 A5 G#5 A5 G#5 from 41.05. No note of any part between E4 and G#5. Same
    # for @degraded.
    Question("al04", "ft_ballad_csm76@degraded", ["piano", "bass", "vocals"], 34.74, 44.21,
             "want to add a clean electric guitar riff in this part of the chorus -- which register is actually free "
             "between the keys and her? don't want to bury either of them",
             "About an octave is empty: from just above E4 up to just under G sharp 5 -- roughly F4 to G5, a bit "
             "over an octave. The keys strum four-note chords on every eighth from E3 to E4 (C sharp minor, "
             "E-G#-C#-E, for two bars from 34.7 s; A, E-A-C#-E, from 41.05 s), the bass riffs underneath from C "
             "sharp 2 to A3, and she sits at G sharp 5 to B5: quarter notes G sharp 5 and A sharp 5 over the first C "
             "sharp minor bar, nothing over the second (37.9-41.05 s, where everything above E4 is free), then "
             "eighths around A5-B5 over the A. So a riff around G4-F5 clears both. Right: the gap between about "
             "E4/F4 and G5/G sharp 5 (each end within a couple of semitones), with the keys' top and her bottom "
             "named. Partly: one side right (the keys' top about E4, or her bottom about G sharp 5) and the other "
             "off by more than a third, or both ranges right with no free register named.",
             "The keys up in her register (the fifth octave); her down in the fourth octave; no free register; the "
             "keys and the voice overlapping."),
    # truth: ft_drive_e24 song.mid / truth.json (E major, 2/4 at 96, bar 1.25 s; verse to 30.0, hook from 30.0; chords
    # C#m 27.5, A 28.75, A 30.0, B 31.25, E 32.5). Keys ("chords"): off-beat triads E4 G#4 C#5 (27.81, 28.44), E4 A4 C#5
    # (29.06, 29.69); from 30.0 four-note strums on every eighth, E3 A3 C#4 E4, then F#3 B3 D#4 F#4 from 31.25. Bass
    # eighths C#2 C#2 C#2 C#3 (27.5), A2 A2 A2 A3 (28.75); from 30.0 A2, A3 (30.31), E3 (30.94); B2 31.25. Kit: crash +
    # kick 30.0 (K v83->v109).
    Question("al05", "ft_drive_e24", ["bass", "piano"], 27.5, 32.5,
             "making a teaser edit that jumps into the hook -- does the hook land on a new chord at 30 s, or is the "
             "verse's last chord already the same one? want the crossfade to be seamless",
             "Same chord: A major runs across the join. The verse's last bar (28.75-30.0 s; 2/4 at 96, a bar 1.25 s) "
             "is already A, after C sharp minor at 27.5 s, and the hook's first bar (30.0-31.25 s) is A again -- two "
             "bars of A over the section line. The first new chord is B at 31.25 s, then E at 32.5 s. What changes "
             "at 30 s is the playing, not the harmony: the keys go from short off-beat triads up around E4-C sharp 5 "
             "to four-note A chords (E3 to E4) on every eighth, lower and much louder; the bass goes from pumping "
             "eighths on A (octave on the last one) to its riff (A2, A3 on the and of one, E3 on the and of two); "
             "crash and a harder kit on the downbeat. Right: A on both sides of 30.0 s (from 28.75 s) and the next "
             "change at about 31.25 s. Partly: the hook's A right but the verse's last bar called another chord (or "
             "that bar right and the hook's first chord wrong), or the carry-over right with the next change more "
             "than 0.3 s off.",
             "A new chord right at 30 s (B or E); the verse ending on B or C sharp minor; the chords changing every "
             "beat."),
    # truth: ft_swing_g1208 song.mid / truth.json (G major, 12/8 at 63 dotted quarters, bar 3.81 s; head chords G 0.0, C
    # 3.81, G 7.62, D 11.43, C 15.24, C 19.05, G 22.86). Lead: B4 C#5 B4 A#4 B4 A#4 B4 C#5 (0.0-3.77, over G; C#5 at
    # 0.48 and 3.33, A#4 at 1.43 and 2.38); C5 B4 C5 D5 E5 F#5 E5 F#5 (3.81); G5 A5 G5 F#5 (7.62, a beat each); none
    # 11.35-15.24; G5 A5 F#5 15.24-22.82; B5 C#6 B5 C#6 (22.86-26.59). B flat trumpet: written a major second up, A
    # major.
    Question("al06", "ft_swing_g1208", ["vocals", "guitar", "bass"], 0.0, 26.67,
             "getting a trumpet player to take the synth voice's tune in this head -- he reads B flat, so what key "
             "do I write it in? and any accidentals I should warn him about?",
             "Concert G major -- the head runs G, C, G, D, C, C, G, a chord a bar (12/8 at about 63, a bar about 3.8 "
             "s), and the tune sits on G major's notes -- so for B flat trumpet write it a whole step up, in A major "
             "(three sharps). Watch the chromatic notes over the G bars: she leans on C sharp (bar one at about 0.5 "
             "and 3.3 s; bar seven at about 23.8 and 25.7 s, her top note, C sharp 6) and A sharp (bar one, about "
             "1.4 and 2.4 s), which come out as D sharp and B sharp (C) on his part; the C bar has C naturals (3.8 "
             "s) and the F sharps are in the key. Her range is concert A sharp 4 to C sharp 6, written B sharp 4 "
             "(C5) to D sharp 6, so the top is high for him. Right: concert G major (a Lydian colour said too is "
             "fine) and A major written for B flat trumpet. Partly: the concert key right but the transposition "
             "wrong (down a step, or a fourth or fifth), or A major written with the concert key unsaid or wrongly "
             "named.",
             "Concert E minor, C major or D major; written in F or in G (the wrong way or not transposed); a minor "
             "key; the C sharps called wrong notes to fix."),
    # truth: ft_ballad_eb54 song.mid / truth.json (E flat minor, 5/4 at 120, bar 2.5 s, beat 0.5 s; verse from 7.5;
    # chords Ebm 7.5, Abm 10.0). Keys hold F#3 A#3 D#4 (7.5) and G#3 B3 D#4 (10.0). Lead eighths (0.23 s each): A#4 A4
    # A#4 A4 A#4 A4 A#4 A4 A#4 C5 (7.5-9.98, A#4 on 7.5 8.0 8.5 9.0 9.5); B4 A#4 B4 C#5 B4 C#5 B4 C#5 D#5 F5
    # (10.0-12.48, B4 on 10.0 10.5 11.0 11.5, D#5 on 12.0); bar three quarters D#5 F5 F#5 G#5 F#5 (12.5-14.96).
    Question("al07", "ft_ballad_eb54", ["vocals", "piano"], 7.5, 12.5,
             "doubling her first two bars of the verse on a marimba -- what's she singing note for note, which notes "
             "fall on the beats, and is anything in there outside the key?",
             "Two 5/4 bars (120, a bar 2.5 s) of running eighths, ten a bar. Bar one (7.5-10.0 s, over E flat "
             "minor): B flat, A, B flat, A, B flat, A, B flat, A, B flat, C -- B flat 4 (the chord's fifth) on all "
             "five beats, A natural on the ands of one to four, then C on the last and, leading into bar two. Bar "
             "two (10.0-12.5 s, over A flat minor): B (C flat), B flat, B, D flat, B, D flat, B, D flat, E flat, F "
             "-- the B (the chord's third) on beats one to four and E flat (its fifth) on beat five, neighbours on "
             "the ands, climbing to F at the end. So the beats are chord tones and the ands neighbour notes. Outside "
             "E flat minor: the A naturals in bar one (a half step under the B flat) and the C natural at about 9.75 "
             "s; bar two is all in the key. Right: bar one's B flat/A rocking with the B flat on the beats and the A "
             "named as outside the key, and bar two's B/D flat figure rising to E flat and F. Partly: one bar right, "
             "or both bars' notes near with the A called in the key or the beat placement wrong (the A on the "
             "beats).",
             "A flat instead of A natural (all in the key); held or quarter notes; the line an octave down (B flat "
             "3); eight eighths to a 4/4 bar."),
    # truth: ft_ballad_csm76 song.mid / truth.json (C sharp minor, 4/4 at 76, beat 0.789 s; chorus from 28.42; A
    # 28.42-31.58, B 31.58-34.74). Bass riff (0.32 s notes): A2 28.42, A3 28.82, E3 29.61, A2 30.00, G3 30.79 (to
    # 31.11); B2 31.58, B3 31.97, F#3 32.76, B2 33.16, A3 33.95 (to 34.26). Lead eighths: A5 G#5 A5 G#5 A5 B5 A5 G#5
    # (28.42-31.55; G#5 at 28.82, 29.61, 31.18); B5 C#6 B5 C#6 B5 A#5 B5 A#5 (31.58-34.70; A#5 at 33.55, 34.34). Keys E3
    # A3 C#4 E4, F#3 B3 D#4 F#4.
    Question("al08", "ft_ballad_csm76", ["bass", "vocals"], 28.42, 34.74,
             "the end of each of these first two chorus bars sounds a bit sour to me -- is the bass hitting a wrong "
             "note, or is it her? which notes, where?",
             "Nobody's off -- it's the bass's flat sevenths against her sharp ones. The bass plays the same riff "
             "each bar (4/4 at 76, a bar about 3.16 s): root, octave, fifth, root, and on beat four the chord's flat "
             "seventh -- G natural over the A chord (about 30.8 s) and A natural over the B chord (about 33.9 s). "
             "She's rocking in eighths above it with the sharp versions of those notes: G sharp 5 over the A bar "
             "(29.6 s, and again just after the bass's G, 31.2 s) and A sharp 5 over the B bar, either side of the "
             "bass's A (33.55 and 34.3 s). So each bar ends on a half-step cross-relation between the two parts (G "
             "against G sharp, A against A sharp), as written; the keys' A and B triads hold neither note. Right: "
             "the bass's G and A on beat four named against her G sharp and A sharp. Partly: one of the two bars' "
             "clashes found, or the bass's flat sevenths named without her notes (or her G sharp and A sharp without "
             "the bass's notes), or the right notes with the clash put on another beat.",
             "Her pitch drifting; the clash put in the keys; nothing sour at all; the bass's fifths (E, F sharp) "
             "blamed."),
    # truth: ft_drive_ab152 song.mid / truth.json (A flat major, 4/4 at 152, bar 1.579 s; verse to 37.89, hook from
    # 37.89). Kit bars 34.74 and 36.32: K on 1 and 3 (36.316, 37.105), S on 2 and 4 (36.710, 37.500), CHH every eighth;
    # no tom, crash or open hat. 37.895: K + CR (v111/114), then K 1 and 3, S 2 and 4 at v102-111 (verse v76-89). Bass:
    # D#2 eighths 36.32-37.50, D#3 on the last eighth (37.697, its octave at the end of every bar); hook riff from
    # 37.895 F2 F3 C3 F2 D3, C#2 39.47.
    Question("al09", "ft_drive_ab152@degraded", ["drums", "bass"], 34.74, 41.05,
             "want to put a snare-roll riser into this hook -- is the drummer already playing a fill in the bar "
             "before it that I'd be fighting? and where exactly does the hook hit?",
             "No fill: the last verse bar (36.3-37.9 s; 4/4 at 152, a bar about 1.58 s) is the same plain beat as "
             "the rest of the verse -- kick on one and three, snare on two and four, closed hat on every eighth, "
             "nothing extra. The hook hits on the next downbeat, 37.9 s: a crash with the kick, then the same kick "
             "and snare placement played much harder. The bass pumps E flat eighths through that bar with its usual "
             "octave on the last eighth (as at the end of every bar) and starts its riff on F at 37.9 s. So the "
             "riser has the bar to itself -- land it on 37.9 s. Right: no fill in the bar before and the hook's "
             "crash at about 37.9 s (within 0.2 s). Partly: 'no fill' with the landing a beat or more off, or the "
             "landing right with a fill or roll claimed before it.",
             "A tom fill or snare roll into the hook; the hook at about 36.3 or 39.5 s; no crash on the hook's "
             "downbeat; the bass stopping before the hook."),
    # truth: guitarset_00_BN1-129-Eb_comp truth.json (key Eb major, 129 BPM; chords D#:maj 0-7.44, G#:maj 7.44-11.16,
    # D#:maj 11.16-14.88; notes.guitar from the jams note annotation). In 5.58-13.02 every note is in E flat major
    # except A3: 9.694-9.833 (MIDI 57.04), 10.723-10.839 (56.53, between A flat and A), 10.842-10.906 (57.06). A flat
    # bars: G#2 bass (7.46, 7.92, 8.87), C4 F4 G#3, A#3 D#4 G4 C5 (9.57). Next A natural 18.53 (outside the window).
    Question("al10", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 5.58, 13.02,
             "writing a bass line under these bars -- is he staying inside E flat major, or slipping in any "
             "chromatic notes I should know about? where?",
             "Inside E flat major apart from a few quick A naturals. The bars go E flat (to 7.44 s), A flat "
             "(7.44-11.16 s, two bars) and E flat again (from 11.16 s), 129 BPM, a bar about 1.86 s; over the A flat "
             "bass he plays A flat, C and F with B flat, E flat and G on top (sixth, ninth and major-seventh "
             "colours) -- all in the key. The only outside note is A natural (the A below middle C), as short grace "
             "or passing notes in the second A flat bar: about 9.69 s (0.14 s long) and a flick at about 10.72-10.91 "
             "s (a slide up into A, then a 0.06-s A) -- a half step above the A flat root, never held, never on a "
             "downbeat. So the bass can stay diatonic on A flat. Right: E flat major with the brief A naturals in "
             "the A flat bars (about 9.5-11 s) named. Partly: 'all in E flat, nothing outside' with no false outside "
             "notes, or the A named but placed elsewhere or called a held chord tone.",
             "Other outside notes (D flat, G flat, E, B, F sharp); E flat minor; the A flat chord called A flat "
             "minor or A major."),
]
GRADES_37 = {"al01": "right", "al02": "partly", "al03": "wrong", "al04": "partly", "al05": "right", "al06": "right",
             "al07": "right", "al08": "right", "al09": "right", "al10": "partly"}
GRADES_37_WHY = {
    "al01": "E flat named as the one note in all three chords (root, fifth, third), the chords E flat minor, A flat "
            "minor, B right: right",
    "al02": "the switch at 12.84 s and the singer carrying on through it right, but the bar before read as three "
            "cymbal hits (eight crashes) and the beat after with open hats (closed): partly",
    "al03": "E flat major seven, B flat, A flat major seven, then B flat and G minor where the two E flat bars are: "
            "two of five bars wrong and the last chord wrong (the capo mapping right for what it read): wrong",
    "al04": "the summary read 'no clean gap' (the vocal's usual range taken with the keys leaking into her degraded "
            "track); the client found E4 to G sharp 5 from the typed ranges but did not trust it: partly",
    "al05": "A from about 28.8 s across the join, the next change at about 31.3 s: right",
    "al06": "concert G major, written A major for B flat trumpet, the C sharps and A sharps flagged: right",
    "al07": "both bars note for note, B flat on the beats with the A naturals between, named as outside the key: right",
    "al08": "her G sharp against the bass's G on beat four of the first bar, her A sharp against its A in the second "
            "(hedged), no wrong bass note: right",
    "al09": "no fill in the bar before, the hook's crash at 37.87 s with the bass's move: right",
    "al10": "'no chromatic notes': the brief A naturals over the A flat bars missed (no false outside note; the chords "
            "read wrong): partly",
}
BASELINE_GRADES_37 = {q: "wrong" for q in GRADES_37}
QUESTIONS_38 = [
    # truth: ft_ballad_eb54 song.mid / truth.json (E flat minor, 5/4 at 120, bar 2.5 s, beat 0.5 s; chorus 22.5-37.5;
    # chords Abm 22.5, Bbm 25.0, Ebm 27.5). Keys ("chords") in the chorus: a four-note chord on every eighth (60 hits
    # 22.5-37.5, 0.25 s apart), each note 0.225 s long, the notes entering bottom to top at +0, +9, +16, +25 ms;
    # velocity 90-96 (mean 93) on the beats, 81-86 (mean 83) on the ands. Voicings: G#3 B3 D#4 G#4 (22.5), F3 A#3 C#4 F4
    # (25.0), F#3 A#3 D#4 F#4 (27.5). The verse before holds one three-note chord a bar (7.5-22.45, velocity 56-64).
    Question("am01", "ft_ballad_eb54", ["piano"], 22.5, 30.0,
             "want a synth doubling the keys in this chorus -- is he hitting block chords or strumming them? what's "
             "the rhythm, anything accented? and what voicings, so the synth plays the same notes",
             "Strummed, not block: every hit is a four-note chord rolled quickly from the bottom note up (about 8 ms "
             "a note, 25 ms bottom to top), on every eighth -- ten hits a bar in 5/4 at 120 (a bar 2.5 s, an eighth "
             "0.25 s) -- each cut a touch short (about 0.22 s): a steady, detached eighth-note pulse, no eighth missed. The "
             "hits on the beats are louder than the 'and's (velocity about 93 against 83): a loud-soft pulse, no "
             "other accents. One voicing a bar, the bottom note doubled an octave up on top: A flat minor G#3-B3-D#4-"
             "G#4 (from 22.5 s), B flat minor with F at the bottom F3-A#3-C#4-F4 (25.0 s), E flat minor with G flat "
             "at the bottom F#3-A#3-D#4-F#4 (27.5 s) -- all between F3 (below middle C) and G sharp 4. "
             "(The verse before held one soft chord a bar; the strumming starts with the chorus.) Right: chords on "
             "every eighth plus at least one of the two details -- the quick bottom-up strum, or the louder beats -- "
             "with neither contradicted; the voicings a bonus if the register (about F3 to G sharp 4) is right. "
             "Partly: the eighth-note pulse with neither detail (or one of them stated wrongly: block chords for "
             "sure, accents on the 'and's), or the strum or accents right with the pulse given as quarters or "
             "sixteenths.",
             "Held or sustained chords; quarter notes or sixteenths; accents on the 'and's; block chords with no "
             "roll and no accents; voicings an octave up (G sharp 4 to G sharp 5) or in root position every bar."),
    # truth: ft_swing_g1208 song.mid / truth.json (G major, 12/8 at 63 dotted quarters, beat 0.952 s, triplet 0.317 s,
    # bar 3.81 s; second head from 76.19; chords G 76.19, C 80.0). Lead ("lead", the vocal stem) notes 0.439 s long,
    # every 0.476 s (two per beat, the second exactly halfway): B5 C#6 B5 C#6 B5 C#6 B5 C#6 (76.190-79.962), G5 A5 G5 A5
    # G5 F#5 E5 F#5 (80.000-83.772). Kit: ride (51) on each beat and its third triplet (76.825, 77.778 ...), kick 36 on
    # beats 1 and 3, side-stick 37 on 2 and 4, crash 76.19. Guitar ("chords") chops 0.16 s only on the third triplet of
    # each beat (76.825, 77.778, 78.730, 79.682: G4 B4 D5).
    Question("am02", "ft_swing_g1208", ["vocals", "drums", "guitar"], 76.19, 83.81,
             "going to double the synth voice with a muted trumpet in these first bars of the second head -- can I "
             "just quantize the trumpet to the band's swing template, or is she phrasing her eighths differently "
             "from the ride?",
             "Don't swing it: she sings even eighths against the band's triplets. The band is in 12/8 at about 63 "
             "(a beat is a dotted quarter, about 0.95 s; a bar about 3.8 s): the ride plays each beat plus the last "
             "triplet of it (about 0.63 s after the beat) and the guitar chops only on that last triplet, a "
             "shuffle/swing lilt. She sings two equal notes a beat, the second exactly halfway (about 0.48 s after "
             "the beat) -- duplets, 2 against the band's 3: B5 and C sharp 6 rocking through the first bar (76.2-80.0 "
             "s), then G5 A5 G5 A5 G5 F sharp 5 E5 F sharp 5 in the second (from 80.0 s), every note the same length "
             "and just about legato. So a swing template would drag her off-beat notes about 0.16 s late onto the "
             "ride's skip note; the trumpet has to copy her straight placement. Right: her eighths even/straight "
             "(halfway through the beat) against the band's triplet swing, with the difference named. Partly: "
             "'straight' with no comparison to the band (or the band called straight too), or the clash named but "
             "her notes put on the triplets of one bar.",
             "She swings with the ride (long-short, on the triplets); the whole band is straight; 6/8 or 3/4 with "
             "her on every triplet; quantize to the swing template is fine."),
    # truth: ft_drive_ab152 song.mid / truth.json (A flat major, 4/4 at 152, bar 1.579 s; second verse 56.84-75.79, tag
    # from 75.79). Lead ("lead", the vocal stem): phrases 56.84-61.55, 63.16-67.86, 69.47-74.18, a bar's rest after
    # each. Pitches only E5 (one eighth, 59.013-59.194, the and of two in the D flat bar from 58.42), F5 (58.816,
    # 59.210), G5, G#5 and A#5; A#5 at 57.829, 60.395, 63.355, 63.750, 64.145, 64.539, 64.934, 65.724, 66.118, 71.250,
    # 72.039, 73.026, 73.816. Lowest E5, highest A#5.
    Question("am03", "ft_drive_ab152@degraded", ["vocals"], 56.84, 75.79,
             "booking someone to resing this second verse -- what's her lowest and highest note? and does she just "
             "touch the top one or keep going back up there?",
             "A narrow, high range: E5 to B flat 5, only a tritone (4/4 at 152, a bar about 1.58 s). The bottom is a "
             "single passing E5 at about 59.0 s (F5, E5, F5 in the bar from 58.4 s); apart from that and two F5s she "
             "never goes under G5. The line lives on A flat 5 and G5, rocking in eighths and quarters, and keeps "
             "going back up to B flat 5 -- in every phrase, more than a dozen times: about 57.8 and 60.4 s, again "
             "and again from 63.4 to 66.1 s, and 71.25, 72.0, 73.0 and 73.8 s. Three four-bar phrases (from about "
             "56.8, 63.2 and 69.5 s), each followed by a bar's rest. So the singer has to sit around A flat 5 and hit "
             "B flat 5 over and over -- high soprano territory, above the treble staff; a lower voice would need it "
             "an octave down. Right: lowest E5 (F5 accepted) and highest B flat 5 (A sharp 5), in that octave, with "
             "the top recurring. Partly: the notes right an octave off (E4-B flat 4), or one end off by more than a "
             "semitone (a top of C6 or G5, a bottom of C5 or lower), or the range right with the top said to come "
             "once.",
             "A wide range (an octave or more); both ends off by more than a semitone; the line put in the fourth "
             "octave with the top said to come once."),
    # truth: ft_drive_ab152 song.mid / truth.json (A flat major, 4/4 at 152, bar 1.579 s, beat 0.395 s; verse from
    # 12.63; chords Ab 12.63, Db 14.21, Ab 15.79, Eb 17.37). Guitar ("chords"): three-note stabs 0.1 s long on the 'and'
    # of each beat only (12.829, 13.224, 13.618, 14.013 ...), none on a beat; G#4 C5 D#5 (Ab), F4 G#4 C#5 (Db), G4 A#4
    # D#5 (Eb). Bass: root eighths with its octave on the last eighth (G#2 x7, G#3; C#2 x7, C#3 ...).
    Question("am04", "ft_drive_ab152", ["guitar", "bass"], 12.63, 18.95,
             "doubling the guitar's stabs on a Rhodes in this verse -- what exact voicings is he playing on each "
             "chord? inversions? and does he move around the neck or stay put?",
             "He stays put: small three-note triads in one spot, F4 to E flat 5 (the octave above middle C), moving "
             "by step. A flat in root position, A flat 4-C5-E flat 5 (from 12.6 s and again from 15.8 s); D flat "
             "with F on the bottom (first inversion), F4-A flat 4-D flat 5 (from 14.2 s); E flat with G on the "
             "bottom (first inversion), G4-B flat 4-E flat 5 (from 17.4 s). So the top note is E flat 5 over A flat "
             "and E flat and drops to D flat 5 over D flat, and the A flat is held as a common tone into the D flat "
             "-- close voice leading, no jumps. 4/4 at 152, a bar about 1.58 s; each voicing is a short stab (about "
             "0.1 s) on every 'and', four a bar, never on the beat, under a bass pumping root eighths. Right: the "
             "three voicings (A flat root position, D flat and E flat first inversion) in about that register, or "
             "the notes bottom to top for at least two chords with the third not contradicted. Partly: the right "
             "chords and register but all called root position, or the right shapes an octave off, or one of the "
             "three right.",
             "Root-position triads on every chord (D flat with D flat at the bottom, E flat with E flat at the "
             "bottom); big five- or six-string chords; voicings around C4 or an octave higher; added sevenths or "
             "ninths; stabs on the beats."),
    # truth: ft_drive_e24 song.mid / truth.json (E major, 2/4 at 96, bar 1.25 s; tag 60.0-65.0, the end of the song;
    # chords A 60.0, B 61.25, E 62.5, E 63.75). The keys' last stab is 59.688 (E4 A4 C#5), the lead's last note ends
    # 58.70: no keys or lead in the tag. Bass eighths A2 A2 A2 A3 (60.0), B2 B2 B2 B3 (61.25), E2 E2 E2 E3 (62.5 and
    # 63.75), last note E3 64.688-64.875. Kit: kick + crash 60.0, toms (50, 45) on the eighths, kick 61.25 and 63.75
    # (none at 62.5), last hit a low tom 64.688; no final hit.
    Question("am05", "ft_drive_e24@degraded", ["bass", "drums"], 60.0, 65.0,
             "the keys bail for these last few bars -- what chords should my pad play under here, going by the "
             "bass? and does it end back on the home chord?",
             "Four short bars (2/4 at 96, a bar 1.25 s): A (from 60.0 s), B (61.25 s), E (62.5 s) and E again "
             "(63.75 s) -- IV, V, I in E major, the hook's turnaround, landing on the home chord for the last two "
             "bars. The bass spells it: each bar the root in eighths with the octave on the last one (A, A, A, high "
             "A; B ... ; E ... twice). The keys (last stab about 59.7 s) and the singer are out; the drums play a "
             "tom pattern from the crash at 60.0 s. It does end on E, but with no final hit: bass and toms run on to "
             "the end of the file (last notes about 64.7 s), so the pad can sit on E from 62.5 s to the end. Right: "
             "A, B, E (E for the last two bars, or ending on E / home), the changes within about half a bar. "
             "Partly: two of the three chords right, or the chords right with the ending said not to be home (on A "
             "or B) or the changes a bar off.",
             "The verse loop (E, B, C sharp minor, A); minor chords; ending on A or B; one chord held all through; "
             "a big final hit on E."),
    # truth: ft_ballad_csm76 song.mid / truth.json (C sharp minor, 4/4 at 76, bar 3.158 s; chorus to 47.37, drum break
    # 47.37-53.68, bridge from 53.68). Keys ("chords"): last chorus strum F#3 B3 D#4 F#4 at 46.974, ending 47.354; next
    # note 53.684 (bridge arpeggio E3 A3 C#4 ..., velocity about 50). Bass: last note A3 46.579-46.895; next 66.316
    # (C#2, outro). Lead: last note ends 47.336, next 53.706. The kit alone 47.37-53.68 (kick + crash 47.37, toms,
    # snares).
    Question("am06", "ft_ballad_csm76@degraded", ["piano", "bass", "drums"], 47.37, 53.68,
             "in this drum break I can still hear stuff on the keys and bass tracks -- are they actually playing "
             "something quiet under the drums, or is that the kit bleeding in? want to gate them",
             "Bleed: neither plays in the break. The break is two bars of the kit alone (4/4 at 76, a bar about 3.16 "
             "s, 47.4-53.7 s), starting with the kick and a crash. The keys' last chord of the chorus (a B chord) "
             "stops right at 47.35 s and they don't play again until about 53.7 s, where the bridge comes in with "
             "a soft rising arpeggio on A (E3, A3, C sharp 4 ...); the bass's last note is an A at about 46.6-46.9 "
             "s and it stays out much longer, until about 66.3 s (the outro). So anything on those two tracks "
             "between about 47.4 and 53.7 s is the drums spilling in (plus the room tail of the last chord for a "
             "moment) -- gate them through the break; the keys' gate has to open again at about 53.7 s. Right: both "
             "tracks silent through the break (spill/bleed), with the keys back at about 53.7 s (within 0.3 s) or "
             "the bass said to stay out. Partly: one track right and the other said to play, or both silent with "
             "the keys' return missed or placed more than half a second off, or the bass said to come back with the "
             "keys.",
             "The keys or the bass playing soft notes or pads in the break; no bleed on either track; the keys back "
             "at about 50.5 s; the bass back at about 53.7 s."),
    # truth: musicdelta_country1 annotations/MusicDelta_Country1_subclass.txt (drum onsets, manual), _MIX.beats
    # (downbeats 26.27, 28.43, 30.66, 32.81; last beats 33.35, 33.91, 34.46), STEM_05.csv (vocal f0: last voiced frame
    # 30.78 s; truth.json notes.vocals: last note G3 30.33-30.79). Every bar 26.27-34.74: CHH + KD on 1 and 3, SST
    # (side-stick) on 2 and 4, nothing else; last bar: CHH/KD 32.81, SST 33.36, CHH/KD 33.90/33.91, SST 34.48. No crash,
    # tom or open hat anywhere in the take. Audio 34.743 s.
    Question("am07", "real:musicdelta_country1", ["drums", "vocals"], 26.27, 34.74,
             "want to end my edit with this take -- does the band actually play an ending, like a last hit or a "
             "fill? where's the drummer's very last hit, and where would the next one land?",
             "No ending: it just runs off. The singer finishes first -- his last note (a G) ends at about 30.8 s, "
             "just over the bar line at 30.66 s. After that the drummer keeps the same two-beat groove for two more "
             "bars, with no fill, no crash and no slowing down (4/4 at about 109, bars about 2.2 s, from 30.66 and "
             "32.81 s): kick and closed hat together on one and three, side-stick on two and four. His last hit is "
             "the side-stick on beat four of that last bar, at about 34.48 s, and the file stops at about 34.74 s, "
             "before the next downbeat, which would fall at about 35.0 s -- that's where a final hit would go. "
             "Right: no ending hit or fill, with the last hit on beat four at about 34.5 s (within 0.2 s) or the "
             "next downbeat at about 35.0 s named. Partly: 'no ending' with the last hit's place or beat wrong, or "
             "the last hit right with a fill, crash or ritardando claimed.",
             "A crash or big hit to finish; a tom or snare fill in the last bar; the band slowing down; the last hit "
             "on a downbeat; the singer singing to the end."),
    # truth: musicdelta_beatles annotations/MusicDelta_Beatles_subclass.txt (drum onsets, manual), _MIX.beats (beats
    # 0.01 (1), 0.52 (2), 1.06, 1.64, 2.19 (1) ... 4.38 (1)), STEM_07.csv (male vocal f0: first voiced frame 0.511 s, a
    # scoop from about 150 Hz up to C4 by 0.61; truth.json notes.vocals first note 0.61). Drums: first onset LFT (floor
    # tom) 0.012; then TMB 0.508 + SD 0.520, KD 0.80, KD 1.07, SD 1.37, TMB 1.65, LFT 1.91/1.97; bar 2: KD 2.21 (the
    # first kick on a one), TMB 2.73 + SD 2.74, KD 3.02, KD 3.28, SD 3.57/3.61, TMB 3.84, LFT 4.11. Nothing before 0.01.
    Question("am08", "real:musicdelta_beatles", ["drums", "vocals"], 0.0, 4.38,
             "trimming the top of this session -- does the drummer start right on the one, or is there a count-in "
             "or a pickup first? what's his very first hit, and when does the singer come in?",
             "Straight in on the one, no count-in and no pickup: the first hit is right at the top of the file, "
             "about 0.01 s, and it's the floor tom, not a kick (4/4 at about 111, a beat about 0.55 s, a bar about "
             "2.2 s). From there it's his usual bar: snare with tambourine on two (0.52 s), kick on the 'and' of two "
             "and on three, snare on the 'and' of three, tambourine on four, floor tom on the 'and' of four; the "
             "first kick on a downbeat is the second bar's one (about 2.2 s). The singer comes in on beat two of the "
             "first bar, about 0.5 s, scooping up into his first note with the snare -- nothing from him before it. "
             "So you can cut right at 0.0 s. Right: starts on the downbeat at about 0 s with no count-in or pickup, "
             "the first hit a floor tom (a tom, a low drum), and the singer at about 0.5 s (within 0.15 s, or 'on "
             "beat two'). Partly: two of the three right (a kick named as the first hit, or the singer placed more "
             "than a beat off, or a count-in claimed).",
             "A count-in or pickup before the one; the first hit a kick or a crash; the singer coming in first, "
             "before the drums, or on the downbeat; the singer entering in bar 2."),
    # truth: vocadito_1_solo_voice truth.json notes.vocals (annotator A1) and annotations/vocadito_1_notesA2.csv (A2;
    # same onsets and pitches for these five notes), vocadito_1_f0.csv. First line: 0.66-0.95 143.7 Hz (MIDI 49.63, D3 a
    # little flat), 1.01-1.31 51.32 (E flat 3), 1.32-2.17 53.02 (F3, the longest), 2.25-2.66 49.58 (D3), 2.77-3.11 45.69
    # (B flat 2, 114.7 Hz); next line from 3.83. The song's last note: B flat 2 (30.73-31.59, 45.71).
    Question("am09", "real:vocadito_1_solo_voice", ["vocals"], 0.0, 3.5,
             "giving my session singer her starting pitch for this -- what note does she start on, and what's the "
             "tune of that first line?",
             "She starts on D -- the D below middle C (D3, about 144 Hz, a shade flat) at about 0.66 s. The first "
             "line is five notes: D, E flat (1.0 s), F held longest (about 1.3-2.2 s), back down to D (2.25 s) and "
             "down to the B flat below (B flat 2, about 2.8-3.1 s), ending about 3.1 s; the next line starts about "
             "3.8 s. So it's a little rise and fall around a B flat major chord: third, fourth, fifth, third, root "
             "(she ends the whole song on that same low B flat). Right: D as the first note (the octave not "
             "graded) with the line rising to F and falling to B flat (at least three of the five notes in order, "
             "within a semitone). Partly: the starting D right with the line wrong or missing, or the shape right "
             "with every note a semitone or more off (starting on C sharp or E flat).",
             "Starting on B flat or F; a line that only climbs or only falls; the notes a third or more off; a "
             "minor-key tune (D flat, G flat)."),
    # truth: ft_drive_e24 song.mid / truth.json (E major, 2/4 at 96, bar 1.25 s, eighth 0.3125 s; verse 10.0-30.0;
    # chords C#m 12.5, A 13.75, E 15.0, B 16.25, C#m 17.5, A 18.75). Bass: each bar three root eighths then the octave
    # above on the last eighth, notes 0.19 s long: C#2 x3, C#3 (13.438); A2 x3, A3 (14.688); E2 x3, E3 (15.938); B2 x3,
    # B3 (17.188); C#2 x3, C#3 (18.438); A2 x3, A3 (19.688). Verse 10-30 holds only the roots and their octaves (E, B,
    # C#, A): no passing or approach note. Kit: kick on 1, snare on 2, closed hat on the eighths.
    Question("am10", "ft_drive_e24", ["bass", "piano"], 12.5, 20.0,
             "thinking of rewriting the bass in this verse as more of a walking line -- what's he doing now going "
             "into each chord change? any walk-ups or approach notes I'd be replacing?",
             "None: he just pumps the root and jumps an octave. Each bar (2/4 at 96, a bar 1.25 s, a chord a bar: C "
             "sharp minor, A, E, B, C sharp minor, A from 12.5 s) he plays the root on the first three eighths and "
             "the same note an octave up on the last eighth (the 'and' of two), all short (about 0.19 s), then "
             "drops straight onto the next root: C sharp 2 ... C sharp 3, A2 ... A3, E2 ... E3, B2 ... B3, and "
             "round again. The only lead-in is that octave pickup -- no passing notes, no chromatic approaches, no "
             "fifths, anywhere in the verse -- and the moves into each bar are leaps (A3 down to E2, B3 down to C "
             "sharp 2). So a walking line would replace a plain root-and-octave pump. Right: root eighths with the "
             "octave on the last eighth and no approach notes, with the roots right. Partly: the roots and 'no "
             "approach notes' right but the octave pickup missed or put on the beat, or the pattern right with "
             "approach notes or fifths claimed.",
             "A walking bass; chromatic approach notes into the changes; fifths or thirds in the line; long held "
             "roots; the octave jump on the downbeat."),
]
GRADES_38 = {"am01": "partly", "am02": "wrong", "am03": "partly", "am04": "partly", "am05": "right", "am06": "right",
             "am07": "right", "am08": "partly", "am09": "right", "am10": "right"}
GRADES_38_WHY = {
    "am01": "chords on every eighth, ten a bar, in the right register, but called block chords (rolled) and unaccented "
            "(the beats louder): partly",
    "am02": "'can't tell whether she swings differently', quantizing to the band's grid fine for where the notes fall "
            "(her even duplets against the band's triplets not said; her split read 'in three'): wrong",
    "am03": "the top B flat 5 right, the bottom read B flat 4 (E5), whether she goes back up to the top left open: partly",
    "am04": "the E flat's first inversion given note for note and the top notes right, the other two voicings not: "
            "partly",
    "am05": "A, B, then E for the last two bars, home, the changes at the right times: right",
    "am06": "both tracks bleed only through the break, the keys back at 53.68 s, the bass gated through: right",
    "am07": "no ending, the last hit on four at about 34.4 s, the next downbeat at about 35.0 s: right",
    "am08": "no count-in and the singer on the e of two at 0.60 s right, but the drummer's first hit said to be the "
            "snare on two (the floor tom at 0.01 s missed): partly",
    "am09": "D3 first, D, E flat, F held, back to D, down to B flat: right",
    "am10": "root eighths with the octave on the last one, no approach notes, every change a leap: right",
}
BASELINE_GRADES_38 = {q: "wrong" for q in GRADES_38}
QUESTIONS_39 = [
    # truth: ft_drive_ab152 song.mid / truth.json (A flat major, 4/4 at 152, bar 1.579 s; verse 12.63-37.89, hook from
    # 37.89; chords Ab, Db, Ab, Eb a bar each, the same four-bar loop from 12.632, 18.947, 25.263 and 31.579). Kit, bass
    # ("bass") and guitar ("chords"): each loop the same notes at the same places (differences under 2 ms) and the same
    # velocity ranges (kit 56-89, bass 71-79, guitar 68-76); the one difference is the crash (49) on 12.632, the first
    # loop's downbeat only. Lead ("lead", the vocal stem): four lines of 20 notes (8 eighths, 8 eighths, 4 quarters),
    # each from a loop's downbeat and ending a bar early: 12.632-17.336, 18.947-23.652, 25.263-29.968, 31.579-36.283; no
    # note 17.34-18.95, 23.65-25.26, 29.97-31.58, 36.28-37.89. Line 1 G#4 G4 G#4 A#4 C5 B4 C5 D5 ... up to G#5 (lowest
    # G4); lines 2-4 only F5-A#5, each starting on G#5.
    Question("an01", "ft_drive_ab152", ["drums", "bass", "guitar", "vocals"], 12.63, 37.89,
             "doing a radio edit and want to lose 8 bars of this verse -- is the band playing the same thing every "
             "time round, and where can I cut so the joins don't chop the singer mid-line?",
             "The verse is 16 bars (4/4 at 152, a bar about 1.58 s): one four-bar loop -- A flat, D flat, A flat, E "
             "flat -- played four times, from 12.6, 19.0, 25.3 and 31.6 s, and the band plays it note for note the "
             "same every time (kick on one and three, snare on two and four, eighth hats; the bass's root eighths; "
             "the guitar's off-beat stabs). The only difference is the crash on the very first downbeat (12.6 s). "
             "The singer lines up with the loop: four lines, each starting on a loop's downbeat and stopping a bar "
             "early (she ends about 17.3, 23.7, 30.0 and 36.3 s), so the fourth bar of every loop is empty for "
             "her. So cut two whole loops, downbeat to downbeat -- e.g. 19.0 to 31.6 s (her lines 2 and 3) or 25.3 "
             "to 37.9 s (lines 3 and 4, straight into the hook) -- and both joins fall in her rest bar with the band "
             "identical on either side. Keep the first loop: it has the crash and her opening line, which starts "
             "low (G sharp 4 up to G sharp 5); the other three sit up around G5-B flat 5. Right: the band the same "
             "every pass (the first crash aside) and cuts on the four-bar loop boundaries, with her lines ending "
             "before them. Partly: the loop repeat right but the cut points off by a bar or more (or cutting in "
             "two-bar units), or the right cut points with the band said to vary pass to pass.",
             "The band changes from pass to pass (fills, a different bass line); her lines crossing the loop "
             "boundaries or starting with pickups; an 8- or 12-bar verse; cuts inside a loop called clean."),
    # truth: ft_drive_e24 song.mid / truth.json (E major, 2/4 at 96, bar 1.25 s, beat 0.625 s, eighth 0.3125 s; verse
    # from 10.0). Lead ("lead", the vocal stem) lines from 10.0, 15.0 and 20.0 (the next at 25.0), each ten notes: eight
    # eighths (0.287 s each) across the first two bars, two quarters (0.574 s, on beats 1 and 2) in the third, then
    # nothing in the fourth bar (lines end 13.699, 18.699, 23.699). Line 1 B4 A#4 B4 C#5 | B4 C#5 D#5 F5 | E5 D#5; line
    # 2 E5 F#5 G#5 G5 | F#5 G#5 F#5 F5 | E5 F#5; line 3 G#5 G5 G#5 A#5 | B5 C#6 B5 C#6 | G#5 G5.
    Question("an02", "ft_drive_e24", ["vocals"], 10.0, 25.0,
             "writing new lyrics to her verse melody -- how many syllables do I need per line, and what's the "
             "rhythm? is every line the same shape?",
             "Ten syllables a line, one per note, and every line has the same rhythm (2/4 at 96, a bar 1.25 s). "
             "Three lines here, each starting right on a downbeat -- 10.0, 15.0 and 20.0 s (the next at 25.0 s) -- "
             "and each four bars long: eight even eighth notes across the first two bars, then two longer notes "
             "(quarter notes, on the two beats of the third bar), then a bar's rest (she stops at about 13.7, 18.7 "
             "and 23.7 s). So: da-da-da-da da-da-da-da DAA DAA (rest) -- the two long notes end each line, a good "
             "place for the rhyme. Only the pitches change: each line starts higher (B4, then E5, then G sharp 5), "
             "the rhythm doesn't. Right: ten notes a line (eight quick, two long) with the same rhythm in all three "
             "lines and the bar's rest after each. Partly: the eight-plus-two shape right with the count off by one "
             "or two, or the count right with the rhythm given as all even, or the lines said to differ in rhythm.",
             "Lines of four to six syllables; pickups before the downbeat; triplets or syncopated rhythms; the long "
             "notes at the start of the line; no rest between the lines."),
    # truth: ft_ballad_eb54 song.mid / truth.json (E flat minor, 5/4 at 120, bar 2.5 s, eighth 0.25 s; bridge 42.5-52.5,
    # no kit or bass note in it; chords Abm 42.5, Bbm 45.0, Ebm 47.5, Db 50.0). Keys ("chords"): one note every eighth,
    # 0.375 s long (overlapping the next by 0.125 s), velocity 49-57; five notes going up, starting again from the
    # bottom every five eighths (42.5, 43.75, 45.0, 46.25 ... -- beat 1 and the 'and' of beat 3 of each bar): G#3 B3 D#4
    # G#4 B4 (Abm), F3 A#3 C#4 F4 A#4 (Bbm), F#3 A#3 D#4 F#4 A#4 (Ebm), F3 G#3 C#4 F4 G#4 (Db). Last arp note 52.25 (to
    # 52.625); held outro chord from 52.5. Same notes for @degraded.
    Question("an03", "ft_ballad_eb54@degraded", ["piano"], 42.5, 52.5,
             "want an arpeggiator synth doubling the keys in this bridge -- what rate, which direction, how many "
             "steps before it cycles, and does that line up with the bar? also how long should the gate be?",
             "Eighth notes (at 120, one every 0.25 s), going up only: the chord broken bottom to top in five notes, "
             "then straight back to the bottom -- a five-step cycle. In 5/4 that fits exactly twice a bar: each "
             "cycle starts on beat one and on the 'and' of three (42.5, 43.75, 45.0, 46.25 s ...), and the chord "
             "changes every bar (A flat minor 42.5, B flat minor 45.0, E flat minor 47.5, D flat 50.0 s): G sharp 3, "
             "B3, D sharp 4, G sharp 4, B4 for A flat minor (root, third, fifth, root, third), then F3-A sharp 3-C "
             "sharp 4-F4-A sharp 4, F sharp 3-A sharp 3-D sharp 4-F sharp 4-A sharp 4, F3-G sharp 3-C sharp 4-F4-G "
             "sharp 4 -- about an octave and a half, F3 to B4. Each note is held for an eighth and a half (about "
             "0.375 s), so a gate of about 150 % -- every note overlaps the next a little, legato. Soft, and alone "
             "(no bass or drums in the bridge). Right: eighths, up, five steps restarting twice a bar (or every two "
             "and a half beats), following the chord each bar. Partly: two of those three (rate, direction, the "
             "five-step cycle), or all three with the cycle said to run across the bar line.",
             "Sixteenths or triplets; up-down or downward; a four- or eight-step pattern; block chords; the pattern "
             "ignoring the chord changes."),
    # truth: ft_ballad_csm76 song.mid / truth.json (C sharp minor, 4/4 at 76, bar 3.158 s, eighth 0.395 s; verse to
    # 28.42, chorus from 28.42). Lead ("lead", the vocal stem): nothing 18.883-22.105; then one eighth after another,
    # each 0.3625 s with a 0.032-s gap, from 22.105 to 34.705 (A5/G#5 alternating from 25.263: ... 27.632 A5, 28.026 G#5
    # (to 28.389), 28.421 A5, 28.816 G#5, 29.211 A5, 29.605 G#5, 30.000 A5, 30.395 B5 (first B5), ... 31.974 C#6 (first
    # C#6)); quarter notes 34.737-37.830; nothing 37.830-41.053. Velocity 71-79 before 28.42, 96-104 from 28.421. Same
    # notes for @degraded.
    Question("an04", "ft_ballad_csm76@degraded", ["vocals"], 22.1, 34.74,
             "comping her vocal and I want to split the takes where the chorus comes in (about 28.4 s) -- does she "
             "breathe or leave a gap going into it? is there anything in her line itself that marks the new "
             "section?",
             "No breath and no gap: she sings one unbroken run of eighth notes from about 22.1 s right through the "
             "chorus downbeat to about 34.7 s (4/4 at 76, a bar about 3.16 s), with only the tiny space of a "
             "detached articulation between notes (about 0.03 s) -- the last real gaps are before 22.1 s (from "
             "about 18.9 s) and after 37.8 s. The line doesn't even change at the bar line: she's rocking between A5 "
             "and G sharp 5 and just carries on (G sharp 5 at 28.0 s, A5 on the downbeat at 28.4 s). What marks the "
             "chorus is her level: from the downbeat she is much louder (in MIDI terms velocity from the 70s to "
             "about 100). The tune itself only moves later -- up to B5 at about 30.4 s and C sharp 6 at about 32.0 "
             "s, then longer notes from 34.7 s. So split exactly on the note boundary at 28.42 s (between the G "
             "sharp and the A) -- there's no breath to hide the edit in. Right: no breath or gap before the chorus "
             "(the eighths running through) and the jump in level as the marker. Partly: no gap, but the marker "
             "missed or put in her pitch or rhythm at 28.4 s; or the louder chorus right with a breath claimed "
             "before it.",
             "A breath or gap before the chorus; a new phrase with a pickup at about 28 s; a jump in register or a "
             "new rhythm right at 28.4 s; the chorus quieter."),
    # truth: ft_drive_e24 song.mid / truth.json (E major, 2/4 at 96, bar 1.25 s; verse to 30.0, hook 30.0-40.0, stop
    # 40.0-45.0, verse from 45.0). Lead ("lead", the vocal stem): verse line 25.0-28.699, ten notes, velocity 82-87;
    # hook: only four two-note calls, beat 2 and its 'and' in every other bar -- 31.875 B5 (v108) 32.188 D#5 (102),
    # 34.375 E5 (103) 34.688 G#5 (106), 36.875 B5 (105) 37.188 D#5 (107), 39.375 E5 (105) 39.688 G#5 (103), each 0.28 s;
    # stop: E5 held a bar at a time, 40.020-41.207 (v67), 41.270-42.457 (v73), 42.520-43.707 (v71), 43.770-44.957 (v73);
    # verse 2 from 45.0 at v83-89. Same notes for @degraded.
    Question("an05", "ft_drive_e24@degraded", ["vocals"], 25.0, 45.0,
             "riding her fader from the end of this verse through the hook and the stop -- where does she get "
             "louder or softer on her own? want to know where I'm riding against her",
             "Three levels. The verse line (25.0-28.7 s) is her normal level. In the hook (30-40 s; 2/4 at 96, a bar "
             "1.25 s) she only sings four short two-note calls -- about 31.9, 34.4, 36.9 and 39.4 s, each on beat "
             "two and its 'and' of every other bar (B5-D sharp 5, E5-G sharp 5, twice) -- and those are clearly her "
             "loudest notes, a good step above the verse (velocity about 105 against about 85). In the stop (40-45 "
             "s) she holds an E5 through each of the four bars, re-sung on every bar, and that is clearly her "
             "softest -- quieter than the verse (velocity about 70). Back to the verse level at 45 s. So push her in "
             "the stop and hold her back on the hook calls, not the other way round. Right: the hook calls louder "
             "than the verse and the stop's held notes softer than the verse, each placed within about a bar. "
             "Partly: one of the two (the loud calls or the soft stop) right, the other missed or wrong.",
             "One level all through; the hook calls softer than the verse; the stop louder than the verse or than "
             "the hook; her singing a full line in the hook."),
    # truth: ft_ballad_csm76 song.mid / truth.json (C sharp minor, 4/4 at 76, bar 3.158 s; verse 9.47-28.42; renderer
    # fluidsynth TimGM6mb.sf2). Programs: chords = GM 4 "Electric Piano 1" (TimGM6mb preset "E.Piano 1"); bass = GM 35
    # "Fretless Bass"; kit channel 10 program 40 = GM Brush kit (TimGM6mb "Brush": note 38 = sample "Brush Snare", 51 =
    # "Ride Ping", 36 "Bass Drum New"). Verse: keys three-note chords held 3.09 s a bar (E3 G#3 C#4 ...); bass one note
    # a bar held 3.09 s (C#2 9.474, A2 12.632, E2 15.789, B2 18.947); kit: ride on every beat, kick on 1, brush snare
    # (38) on 3 (11.053, 14.211, 17.368, 20.526), crash 9.474.
    Question("an06", "ft_ballad_csm76", ["piano", "bass", "drums"], 9.47, 22.1,
             "picking replacement sounds for this verse -- is the keys part an acoustic piano or an electric piano? "
             "is that a fretless bass? and is the drummer on sticks or brushes?",
             "An electric piano -- the GM 'Electric Piano 1', a Rhodes-style tine sound -- holding soft three-note "
             "chords a bar each (C sharp minor, A, E, B from 9.5 s; 4/4 at 76, a bar about 3.16 s). The bass is a "
             "fretless: one long note a bar (C sharp, A, E, B), held almost the whole bar, where its smooth, "
             "mwah-y sustain is easy to hear. The drums are a brush kit: the snare hit on beat three of each bar "
             "(half time; 11.05, 14.2, 17.4, 20.5 s) is a brush, a soft swish/slap rather than a stick's crack, "
             "under a ride cymbal on every beat and the kick on one (a crash only on the first downbeat). Right: "
             "electric piano (Rhodes-type), fretless bass and brushes -- all three. Partly: two of the three right, "
             "the third wrong or left open.",
             "An acoustic/grand piano, an organ or a synth pad on the keys; a fretted, picked or synth bass; sticks "
             "on the snare (a cracking backbeat); hi-hats keeping time."),
    # truth: ft_swing_g1208 song.mid / truth.json (G major, 12/8 at 63 dotted quarters, beat 0.952 s, triplet 0.317 s,
    # bar 3.81 s; head; chords G 83.81, D 87.62). Bass ("bass"): one note per beat, each 0.857 s (90 % of the beat,
    # silence 0.095 s before the next, never overlapping): G2 B2 D3 C#2 | D2 F#2 A2 B1 (83.809-91.333). Guitar
    # ("chords"): three-note chops 0.159 s long only on the last triplet of each beat (84.444, 85.397, 86.349, 87.302
    # ...; G4 B4 D5 then F#4 A4 D5), silent otherwise. All bass notes in the song are 0.857 s except the coda's 3.734 s.
    Question("an07", "ft_swing_g1208", ["bass", "guitar"], 83.81, 91.43,
             "swapping the bass for an upright sample and the guitar for my own comp patch -- how long are they "
             "holding their notes here? is the bass walking legato, and are the guitar hits short stabs or "
             "ringing chords? setting release times",
             "Opposite ends. The bass plays one note on every beat (12/8 at 63, a beat -- a dotted quarter -- about "
             "0.95 s; G, B, D, C sharp, then D, F sharp, A, B in the D bar) and holds each for about 0.86 s, nine "
             "tenths of the beat: close to legato, with a short breath of silence (about 0.1 s) before the next "
             "note and never overlapping it. The guitar is the opposite: very short chops, about 0.16 s (half a "
             "triplet), only on the last triplet of each beat -- four a bar with silence between -- not ringing "
             "chords. So a long-ish release on the bass (let it almost join up), and a tight, short gate on the "
             "guitar. Right: the bass nearly full length (about 85-95 % of each beat, a small gap or 'almost "
             "legato') and the guitar as short stabs with gaps. Partly: one of the two right, the other wrong (the "
             "bass short and bouncy or tied over, or the guitar ringing).",
             "The bass staccato or half-length; the bass notes overlapping/tied across the beats; the guitar "
             "sustaining its chords through the beat; the guitar strumming on every triplet."),
    # truth: madmom_piano_sample truth.json notes.piano (madmom stereo_sample.notes: onset, offset, MIDI): C5 (72)
    # 0.147-3.470; F2 (41) 1.567-1.790; the chord F5 (77) 2.526-3.456, C4 (60) 2.549-2.760, F4 (65) 2.563-2.765, G#3
    # (56) 2.577-2.811 (first to last onset 51 ms, the top first); D#5 (75) 3.369-4.149; G2 (43) 3.449-3.721. Audio
    # 4.148 s.
    Question("an08", "real:madmom_piano_sample", ["piano"], 1.0, 4.14,
             "that chord at about 2.5 s -- is he hitting all the notes together or rolling it? and do all of them "
             "hang on until the next notes, or are some let go early? lining a string pad up with it",
             "Together, near enough: the four notes (A flat 3, C4, F4 and the high F5 on top -- F minor) start "
             "within about 50 ms of each other (2.53-2.58 s), the top F a hair first -- a slightly loose block "
             "chord, not an audible roll; quantize the pad to one point. But it isn't held as a block: the three "
             "lower notes are let go after only about a quarter of a second (by about 2.76-2.81 s), while the top F5 "
             "rings on to about 3.46 s -- so from about 2.8 s it's the F5 alone over the long C5 he struck at the "
             "very start (held to about 3.47 s). Both go just as the next notes arrive: E flat 5 at about 3.37 s and "
             "a low G2 at about 3.45 s. Right: struck together or as a very fast spread (under about 60 ms) and the "
             "lower notes short with the top F held to about 3.4-3.5 s. Partly: one of the two right (the attack, "
             "or the short lower notes under the held top).",
             "A slow roll or arpeggio (100 ms or more between notes, or bottom to top over a beat); all four notes "
             "held equally to the next notes or to the end of the clip; the chord re-struck."),
    # truth: musicdelta_country1 annotations/MusicDelta_Country1_subclass.txt (drum onsets, manual) and _MIX.beats
    # (downbeats 21.92, 24.10, 26.27; beats of the bars 21.92, 22.45, 22.98, 23.54 and 24.10, 24.63, 25.18, 25.74;
    # 109.09 BPM). Every hit in 21.92-26.27: CHH + KD 21.93/21.93, SST 22.46, CHH + KD 22.99/23.00, SST 23.54, CHH + KD
    # 24.12/24.13, SST 24.64, CHH + KD 25.18/25.19, SST 25.75. No SD (snare), OHH, crash or tom anywhere in the take;
    # the only other hats in the take are at 8.14, 8.68, 19.57, 21.20, 21.77 (outside this window).
    Question("an09", "real:musicdelta_country1", ["drums"], 21.92, 26.27,
             "programming his groove into a drum machine for these two bars -- which pieces is he hitting and on "
             "which sixteenth steps? is the backbeat a full snare or something else?",
             "Very little: three pieces, four hits a bar, the same in both bars (4/4 at about 109, a bar about 2.2 s, "
             "from 21.92 and 24.10 s). Kick and closed hi-hat together on one and three (steps 1 and 9: 21.93, 23.0, "
             "24.12, 25.19 s), and on two and four (steps 5 and 13: 22.46, 23.54, 24.64, 25.75 s) a side-stick -- a "
             "cross-stick/rim click, not a full snare hit. Nothing else: no hats between the beats, no open hat, no "
             "crash, no ghost notes (he never plays the snare head in the whole take). Right: kick + closed hat on 1 "
             "and 3 and a side-stick (rim) on 2 and 4, nothing else. Partly: the placement right but the backbeat "
             "called a snare, or the side-stick right with hats on every eighth (or the hat missed) or another "
             "piece added.",
             "A full snare/backbeat crack on two and four; hats on the eighths or a ride; kicks on two and four or "
             "four on the floor; fills, crashes or open hats in these bars."),
    # truth: musicdelta_punk annotations/MusicDelta_Punk_MIX.beats (manual; 150 BPM, 4/4; 18 downbeats 0.01, 1.62, 3.21,
    # 4.82, 6.40, 8.02, 9.62, 11.24, 12.85, 14.44, 16.02, 17.62, 19.23, 20.83, 22.43, 24.03, 25.62, 27.23; last beats
    # 27.63, 28.03, 28.43; audio 28.76 s) and _subclass.txt (manual drum onsets): bars 1-2 crash on every eighth (CRC
    # 0.02 ...); bar 4 toms 5.63-6.26 (HIT, MHT, HFT); bars 6 and 8 crash eighths (8.03 ..., 11.25 ...), bars 5 and 7
    # open-hat beat; bars 9-12 closed hats (CHH from 12.85), CRC + SD on beat 4 of bar 12 (18.83); bars 13-18 open hats
    # (OHH from 19.24); bar 15 CRC 22.48, 22.65; bar 16 SD sixteenths 25.24, 25.33, 25.42, 25.51; bars 17-18 plain
    # open-hat beat, last hits SD + OHH 28.43-28.44 (beat 4 of bar 18); first hit CRC + SD 0.02.
    Question("an10", "real:musicdelta_punk", ["drums"], 0.0, 28.76,
             "chopping this take into 4-bar blocks for a remix -- how many bars is it, and do the drummer's changes "
             "(fills, switching cymbals) fall on 4-bar boundaries? anything left over at the end?",
             "18 bars of 4/4 at 150 (a bar 1.6 s), starting right on the one at the top (crash and snare at 0.02 s) "
             "and stopping at the end of bar 18 (his last hit on beat four at 28.43 s; the file ends at 28.76 s, just "
             "before the next downbeat). It falls into four 4-bar blocks plus two spare bars, and he marks the "
             "blocks: bars 1-4 (crash on every eighth for two bars, then his open-hat beat, with the tom fill in the "
             "second half of bar 4, 5.6-6.3 s); bars 5-8 (6.4 s: open-hat bars alternating with crash-eighth bars "
             "6 and 8); bars 9-12 (12.85 s: closed hats, ending with a crash on beat four of bar 12 at 18.8 s); bars "
             "13-16 (19.2 s: open hats, a crash at the top of bar 15 and a snare fill on beat four of bar 16, "
             "25.2-25.5 s); then bars 17-18 (25.6-28.8 s), two plain bars left over, with no fill or ending hit. "
             "Right: 18 bars, the 4+4+4+4 blocks with their changes at 6.4, 12.85 and 19.2 s (fills at the ends of "
             "bars 4 and 16) and two bars left over. Partly: the count one bar off with the block structure right, "
             "or 18 bars right with the blocks or the leftover not found.",
             "16 or 20 bars that divide evenly into blocks; counted in half time (9 bars) without saying so; a "
             "count-in or pickup before the first bar; the changes falling across block lines (e.g. the closed hats "
             "from bar 8 or 10)."),
]
GRADES_39 = {"an01": "right", "an02": "partly", "an03": "right", "an04": "right", "an05": "partly", "an06": "wrong",
             "an07": "right", "an08": "partly", "an09": "partly", "an10": "right"}
GRADES_39_WHY = {
    "an01": "the band the same every pass (the first bar's crash read as an open hat), her lines ending a bar early, "
            "the cut from 18.95 to 31.58 s on the loop's downbeats: right",
    "an02": "about ten syllables a line, eight quick then two, a rest after each, but the first line's rhythm said to "
            "differ (the same in the score; the song's 2/4 read as 4/4 at the same beat): partly",
    "an03": "eighths, up, five steps twice a 5/4 bar from beat one and the and of three, each chord's five notes right "
            "(the gate said 200 % against the score's 150 %): right",
    "an04": "no gap before the chorus, the marker her level from its downbeat, no jump in pitch there: right",
    "an05": "the hook louder than the verse right, but the stop's soft held E5s put inside the loudest stretch (its "
            "softness not read): partly",
    "an06": "'technique and tone are not measured': electric piano, fretless bass and brushes all left open: wrong",
    "an07": "the bass nearly legato with a small gap before each note, the guitar short stabs on the last triplet (read "
            "twice their length): right",
    "an08": "the lower notes let go before the top F held to about 3.4 s right; rolled or together left open (a block "
            "chord favoured): partly",
    "an09": "kick and closed hat on one and three, the backbeat on two and four, nothing between, but the side-stick "
            "called a snare (the tone left to the ear): partly",
    "an10": "eighteen bars, four blocks of four and two left over, the fills ending bars four and sixteen and the "
            "changes at about 6.4, 12.8 and 19.3 s: right",
}
BASELINE_GRADES_39 = {q: "wrong" for q in GRADES_39}
QUESTIONS_40 = [
    # truth: musicdelta_shadows annotations/MusicDelta_Shadows_MIX.beats (manual beats): 17 beats 8.75-17.47 s
    # (downbeats 8.75, 10.93, 13.09, 15.28, 17.47); a straight-line fit gives 0.5454 s a beat, 110.0 BPM, every beat
    # within 0.016 s of it (the whole take 110.1; truth.json's 111.11 is 60 over the median gap, 0.54 s). Quarter 545
    # ms, dotted eighth 409 ms, eighth 273 ms (at 111.11: 540 / 405 / 270). MusicDelta_Shadows_subclass.txt: the ride
    # (RDC) on straight eighths, about 0.27 s apart (9.04, 9.29, 9.56, 9.83, 10.10 ...), kick on one and the 'and' of
    # two, snare on two and four, crashes 8.76, 13.10, 15.28.
    Question("ao01", "real:musicdelta_shadows", ["guitar", "drums"], 8.75, 17.47,
             "want a Hank Marvin-style echo on the lead through here -- what tempo is the band at, and what's a "
             "dotted-eighth delay and a quarter-note delay in milliseconds?",
             "About 110 BPM (4/4; the drummer's beats through these four bars sit on a steady 110, a beat about 0.545 "
             "s, a bar about 2.18 s), so a quarter-note delay is about 545 ms and a dotted eighth about 409 ms (an "
             "eighth about 273 ms). The feel is straight -- the ride plays even eighths about 0.27 s apart -- so the "
             "plain (not triplet or swung) values are the right ones. Right: a dotted eighth of about 400-415 ms and a "
             "quarter of about 535-550 ms (or 108-112 BPM with both converted right). Partly: the tempo right but one "
             "of the two conversions wrong (e.g. the dotted eighth given as about 820 ms, a dotted quarter, or as 273 "
             "ms), or both conversions right for a tempo 3-5 BPM off, or half or double time (55, 220) with the "
             "milliseconds to match.",
             "A tempo off by more than about 5 % (under 104 or over 116) with no half/double-time reason; a swung or "
             "triplet feel; both delay times wrong."),
    # truth: ft_ballad_eb54 song.mid / truth.json (E flat minor, 5/4 at 120, bar 2.5 s, eighth 0.25 s; verse 7.5-22.5,
    # chorus from 22.5; chords Ebm 7.5, Abm 10.0, B 12.5, Bbm 15.0, Ebm 17.5, Abm 20.0, Abm 22.5, Bbm 25.0, Ebm 27.5).
    # Lead ("lead", the vocal stem), ten eighths a bar unless said: 7.5 A#4 A4 A#4 A4 A#4 A4 A#4 A4 A#4 C5; 10.0 B4 A#4
    # B4 C#5 B4 C#5 B4 C#5 D#5 F5; 12.5 quarters D#5 F5 F#5 G#5 F#5; 15.0 rest; 17.5 F#5 G#5 F#5 F5 F#5 G#5 F#5 G#5 A#5
    # C6; 20.0 B5 A#5 B5 C#6 B5 C#6 B5 C#6 B5 A#5; 22.5 B5 A#5 B5 C#6 B5 C#6 B5 C#6 B5 C#6; 25.0 A#5 A5 A#5 C6 A#5 C6
    # A#5 A5 A#5 A5 (27.5 quarters A#5 C6 ...). Velocity 71-79 in the verse, 96-104 from 22.5. Same notes for @degraded.
    Question("ao02", "ft_ballad_eb54@degraded", ["vocals"], 7.5, 27.5,
             "writing a counter-melody across this verse and into the chorus -- does she bring a new tune at the "
             "chorus, or is she reusing bits of the verse? if so, which bits, and moved where?",
             "Reusing. The chorus opens with the verse's two opening figures, an octave higher and in reverse "
             "order (5/4 at 120, a bar 2.5 s, running eighths, ten a bar). The verse's second bar (10.0 s, over A flat "
             "minor) is B4 with B flat and C sharp around it -- B, B flat, B, C sharp, B, C sharp, B, C sharp, then E "
             "flat, F; that figure comes back an octave up in the verse's last bar (20.0 s) and again as the "
             "chorus's first bar (22.5 s, B5 C sharp 6 ...). The verse's first bar (7.5 s, over E flat minor) rocks B "
             "flat 4 and A on the eighths, B flat on every beat; the chorus's second bar (25.0 s, over B flat minor) "
             "is the same B flat-on-the-beats rocking an octave up (B flat 5 and A5, with a C6 on two of the 'and's). "
             "New in the verse are only the quarter-note climb (12.5 s, E flat to A flat) and the bar around G flat "
             "(17.5 s); from 17.5 s she sings eighths straight through into the chorus. What marks the chorus is the "
             "octave and the level (much louder, about velocity 100 against 75), not new material. Right: at least "
             "one of the two chorus bars matched to its verse figure, with the octave shift and the places (10.0 -> "
             "20.0/22.5 s, or 7.5 -> 25.0 s). Partly: 'the chorus reuses the verse' with the octave or the places "
             "wrong or missing, or the jump up an octave described without seeing that the figures are the verse's.",
             "A new tune in the chorus; the chorus the verse in the same octave; the chorus a harmony part above "
             "the verse; the reused figure put in the wrong bars (e.g. the quarter-note climb)."),
    # truth: ft_drive_ab152 song.mid / truth.json (A flat major, 4/4 at 152, bar 1.579 s, beat 0.395 s; verse). Kit in
    # 22.105-28.421 (four bars from 22.105, 23.684, 25.263, 26.842): kick (36) on 1 and 3 only (v81-89), snare (38) on 2
    # and 4 only (v78-84), closed hat (42) every eighth, the on-beat hats v64-72 and the off-beat ones v57-63 (verses 1
    # and 2: on-beat 64-72, off-beat 56-64, never overlapping). No crash, tom or other note; the kit has no open hat
    # (46) anywhere in the song, and every snare before the tag (75.79) is on 2 or 4. Same score for @degraded.
    Question("ao03", "ft_drive_ab152@degraded", ["drums"], 22.11, 28.42,
             "programming this verse groove from scratch -- is the drummer slipping any ghost notes or extra kicks "
             "in between the backbeats? and are the hats flat or accented anywhere, any open ones?",
             "No ghost notes and no extra kicks: four bars of the plain beat (4/4 at 152, a bar about 1.58 s, from "
             "22.1, 23.7, 25.3 and 26.8 s) -- kick on one and three only, snare on two and four only, every snare a "
             "full backbeat at about the same level; nothing else between them (no toms, no crash in these bars). "
             "The hats are closed eighths all the way, and they are accented: the ones on the beat are clearly "
             "louder than the 'and's (in MIDI terms about 64-72 against 57-63, every bar) -- a loud-soft eighth "
             "pattern, no other accents. No open hats (there are none in the whole song). Right: no ghost notes or "
             "extra kicks (kick 1 and 3, snare 2 and 4) and the on-beat hats louder than the off-beat ones, closed "
             "throughout. Partly: the clean kick/snare with the hats called flat (even), or the hat accents right "
             "with ghost notes or extra kicks claimed, or an open hat claimed somewhere.",
             "Ghost snares or extra kicks between the backbeats; accents on the off-beat hats; open hats; "
             "sixteenth-note hats; a fill in these bars."),
    # truth: ft_swing_g1208 song.mid / truth.json (G major, 12/8 at 63 dotted quarters, bar 3.81 s; head to 30.48, solo
    # from 30.48; chords Em 26.67, Am 30.48). Em bar (26.67-30.48): kick 77, 79; side-stick (37) 73, 77; ride beat
    # strokes 59-67, skips 50-56; bass E2 G#2 B2 F#2 v73-79; guitar ("chords") four 0.16-s chops E4 G4 B4 v63-71. Am bar
    # (30.48-34.29): crash 98 with kick 88, kick 82; side-stick 87, 81; ride beats 70-77, skips 60-67; bass A2 C#3 E3
    # C#2 v84-88; guitar a note on every triplet, each 0.476 s (ringing over the next), E3 A3 C4 E4 A4 ... v69-76. The
    # lead's last note ends 26.59 (no lead in the window). Whole sections: head kit 71-79, solo 81-89; bass 71-79 /
    # 81-89.
    Question("ao04", "ft_swing_g1208", ["drums", "bass", "guitar"], 26.67, 34.29,
             "setting up automation going into the solo -- which parts actually come up in level when it starts, and "
             "by how much? does anything stay where it was?",
             "Everything steps up together on the solo's downbeat, about 30.5 s (12/8 at about 63, a bar about 3.8 "
             "s; the last bar of the head, E minor, then A minor): the drums and the bass clearly -- the drummer "
             "crashes on the one and every piece is played harder, kick and cross-stick about 76 -> 85 in MIDI "
             "velocity, the ride about 63 -> 74 on the beats (about 10 up) -- and the walking bass the same, "
             "about 76 -> 86. The guitar comes up only a little in velocity (about 67 -> 73) but gets much "
             "fuller: from four short off-beat chops a bar (E minor, about 0.16 s each) to a continuous arpeggio on "
             "every triplet with each note ringing into the next (A minor, E3 up to A4), so its level rises by "
             "density more than by touch. Nothing stays where it was; nothing gets quieter. Right: the step at about "
             "30.5 s with the drums and bass louder and the guitar's change (busier / fuller, a little louder). "
             "Partly: the step placed with only 'everything louder', or one part wrong (the bass said to stay put, "
             "the guitar said to drop), or the parts right with the step put more than half a second off.",
             "A gradual build over the bars; the drums or bass quieter in the solo; the change at about 26.7 or 34.3 "
             "s; no change in level."),
    # truth: vocadito_1_solo_voice annotations/vocadito_1_lyrics.txt (ten lines; lines 5-10: sayang ang pera ko / binili
    # ng lobo / sa pagkain sana / nabusog pa ako / sa pagkain sana / nabusog pa ako) and vocadito_1_notesA1.csv,
    # _notesA2.csv (both annotators: ten sung lines, the gaps between them 0.5-0.8 s). Lines 5-10 (A1 = A2):
    # 12.90-15.31, 15.92-18.30, 18.92-21.36, 21.88-24.38, 25.06-27.83, 28.52-31.59 (six notes each in A1 but the sixth
    # line, five); line 4 ends 12.07. Lines matched to the lyric lines in order (ten and ten). Audio 33.21 s.
    Question("ao05", "real:vocadito_1_solo_voice", ["vocals"], 12.5, 33.2,
             "making a lyric video -- from here the words are 'sayang ang pera ko / binili ng lobo / sa pagkain sana "
             "/ nabusog pa ako', then the last two lines again. give me the in and out time of each line",
             "Six lines, each a breath apart (about half a second): 'sayang ang pera ko' about 12.9-15.3 s; 'binili "
             "ng lobo' 15.9-18.3 s; 'sa pagkain sana' 18.9-21.4 s; 'nabusog pa ako' 21.9-24.4 s; then the repeat, "
             "'sa pagkain sana' 25.1-27.8 s and 'nabusog pa ako' 28.5-31.6 s, after which she is silent to the end. "
             "The repeat is sung a little broader (about 2.8 and 3.1 s a line against 2.4-2.5 s the first time), "
             "so the last two cards stay up longer. Right: all six lines' starts within about 0.3 s (the ends a "
             "bonus). Partly: four or five of the six starts right, or the phrases timed right but matched to the "
             "words one line off (a line split or two merged).",
             "Lines starting at evenly spaced times that miss the breaths; fewer or more than six sung lines; the "
             "repeat left out or timed as one long line."),
    # truth: ft_ballad_csm76 song.mid / truth.json (C sharp minor, 4/4 at 76, bar 3.158 s; verse to 28.42, chorus from
    # 28.42; chords A 25.26, A 28.42, B 31.58). Keys ("chords"): 25.263 E3 A3 C#4 (three notes, held to 28.356); from
    # 28.421 a chord on every eighth (0.395 s apart), each note 0.355 s, four notes struck bottom to top within 25 ms:
    # E3 A3 C#4 E4 (A, 28.42-31.55), F#3 B3 D#4 F#4 (B, 31.58-34.70) -- the top note the bottom one an octave up. No
    # chord overlaps the next: the verse chord ends 65 ms before the first chorus chord, each chorus chord 15-40 ms
    # before the next. At most four notes at once.
    Question("ao06", "ft_ballad_csm76", ["piano"], 25.26, 34.74,
             "want to play this keys part on my 3-voice paraphonic synth -- how many notes at once does it need "
             "through here? any chords bigger than three notes, and do they overlap each other?",
             "Three notes in the verse bar, four from the chorus. To about 28.4 s (4/4 at 76, a bar about 3.16 s) "
             "it's one held A chord of three notes, E3 A3 C sharp 4. From the chorus downbeat (28.42 s) every chord "
             "has four notes -- E3 A3 C sharp 4 E4 over A, then F sharp 3 B3 D sharp 4 F sharp 4 over B (from 31.6 "
             "s) -- struck on every eighth; but the fourth note is only the bottom note doubled an octave up, so "
             "there are three different notes in each. Nothing overlaps: the verse chord is let go just before the "
             "first chorus chord, and each chorus chord is released a little before the next (about 0.36 s on a "
             "0.39-s grid), so the synth never needs more than four voices -- three if you drop the doubled top "
             "note. Right: three notes then four (with four the most at once) and no overlap between chords, "
             "or 'three pitch classes, the top doubled'. Partly: the count right for one of the two sections only, or "
             "the counts right with the chords said to overlap (needing more voices), or 'four' without seeing that "
             "the top doubles the bottom.",
             "Five or more notes at once; two-note chords; the chorus chords sustained over each other; the verse "
             "chord said to be four notes."),
    # truth: guitarset_00_BN1-129-Eb_comp truth.json notes.guitar (from the jams note annotation, per string), beats_s /
    # downbeats_s (129 BPM, 4/4, beat 0.4651 s; downbeats 18.6047, 20.4651; audio ends 22.32), chords D#:maj 18.60-22.32
    # (performed D#:maj7). Attacks, bar from 18.605: 18.643 D#3 D4 G4 (beat 1); 19.086 D#3 D4 F4 (2); 19.294 A#3 D4 F4
    # (and of 2); 19.754 D#3 A#3 D4 F4 (and of 3); 20.256 D#3 A#3 D4 F4 (and of 4); notes 0.15-0.4 s. Bar from 20.465:
    # nothing on 1; 20.697 D#3 D4 G4 (and of 1); 21.158 D4 alone, to 22.08 (and of 2); 21.412 A#3 G4 A#4, to about 22.13
    # (beat 3); 22.080 D4 (and of 4). Nothing else.
    Question("ao07", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 18.6, 22.32,
             "want a shaker and a keys stab to copy his comping rhythm in these last two bars -- which eighths does he "
             "actually hit? and does he hit the one of the last bar?",
             "Two bars of E flat (E flat major 7 colours: E flat, G, B flat, D, F), 4/4 at 129, a beat about 0.47 s, "
             "a bar about 1.86 s, from 18.6 and 20.47 s. First bar: short chords on one (18.64 s), two (19.09), "
             "the 'and' of two (19.29), the 'and' of three (19.75) and the 'and' of four (20.26) -- nothing on three "
             "or four themselves. Second bar: no attack on the one -- the chord on the 'and' of four, just before it, "
             "stands in for it -- then the 'and' of one (20.70 s), a single D on the 'and' of two (21.16 s, held), a "
             "chord on three (21.41 s) that he lets ring, and a last D on the 'and' of four (22.08 s), where the take "
             "ends. In sixteenth steps: bar one 1, 5, 7, 11, 15; bar two 3, 7, 9, 15. Right: bar one's five attacks "
             "(one, two, and the 'and's of two, three, four) near enough and bar two with no hit on the one and "
             "the chord on three (at least three of its four places). Partly: one bar right, or both bars' "
             "off-beat pattern right with a hit on the last bar's one claimed.",
             "Straight quarters or eighths on every step; all on the beats; a strong hit on the last bar's one; "
             "a final chord held from the last downbeat."),
    # truth: ft_swing_g1208 song.mid / truth.json (G major, 12/8 at 63 dotted quarters, beat 0.952 s, triplet 0.317 s,
    # bar 3.81 s; second head; chords C 95.24, G 99.05). Kit in 95.238-102.857: ride (51) on each beat (0.2-s notes,
    # v60-62) and on its third triplet (95.873, 96.825 ...; 0.1-s notes, v50-57); kick (36) on beats 1 and 3 (95.238,
    # 97.143, 99.048, 100.952), side-stick (37) on 2 and 4 (96.190, 98.095, 100.0, 101.905), v71-78; nothing else. In
    # the whole song (96 beat strokes, 96 skips) every skip is softer than the beat stroke before it (beats 59-77, skips
    # 49-67; in the heads 59-67 / 49-57). Same score for @degraded.
    Question("ao08", "ft_swing_g1208@degraded", ["drums"], 95.24, 102.86,
             "replacing his ride with my own sample in these bars -- what rhythm is he playing on it, and is he "
             "accenting the beat or the skip note? what's the kick and cross-stick doing under it?",
             "The classic swing ride: a stroke on each of the four dotted-quarter beats of the bar (12/8 at about "
             "63, a beat about 0.95 s, a bar about 3.8 s) plus a skip note on the last triplet of each beat (about "
             "0.63 s after it), eight strokes a bar. The beat strokes are the strong ones: every skip note is softer "
             "than the stroke before it (here about 60-62 against 50-57 in MIDI velocity, and the same everywhere "
             "in the song) -- 'DING ga-DING', not pushed on the skip; no bell, no other accents. Under it: kick on "
             "beats one and three, cross-stick (side-stick) on two and four, both at about the same level, nothing "
             "else. Right: the ride on each beat plus the last triplet, with the beat strokes louder than the skips. "
             "Partly: the pattern right with the accents called even or reversed, or the accent right with the "
             "skip on the wrong triplet (or straight eighths); the kick/cross-stick a bonus.",
             "Straight eighths or a ride on every triplet; the skip notes accented; bell accents; a snare backbeat "
             "or hi-hat on two and four."),
    # truth: musicdelta_beatles annotations/MusicDelta_Beatles_subclass.txt (drum onsets, manual) and _MIX.beats (beats
    # 24.01 (1), 24.54, 25.09, 25.65, 26.20 (1), 26.73, 27.27, 27.83, 28.39 (1)). Bar 24.01: KD 24.01, TMB 24.54 + SD
    # 24.55, KD 24.83, KD 25.09, SD 25.38 + 25.41, TMB 25.65, LFT 25.92 + 25.97. Bar 26.20: KD 26.22, TMB 26.73 + SD
    # 26.74, KD 27.02, KD 27.28, SD 27.57, TMB 27.83, LFT 28.11 + 28.16; KD 28.40. No snare on beat 4 anywhere in the
    # take (every bar: SD on 2 and the 'and' of 3).
    Question("ao09", "real:musicdelta_beatles", ["drums"], 24.01, 28.39,
             "want to add a hand clap on the backbeat in these two bars -- is his snare actually on two and four, "
             "or would a clap on four be on its own? where do his snares fall?",
             "Not two and four: his snare is on two and on the 'and' of three. Two bars of 4/4 at about 111 (a beat "
             "about 0.55 s, from 24.01 and 26.20 s): snare with the tambourine on two (24.55, 26.74 s), then the "
             "snare again on the 'and' of three (25.38 s, a quick double hit 25.38/25.41; 27.57 s). On four there is "
             "only the tambourine (25.65, 27.83 s), then a doubled floor-tom hit on the 'and' of four (25.92/25.97, "
             "28.11/28.16 s); kick on one, the 'and' of two and three. So a clap on two doubles his snare, but a "
             "clap on four would stand alone (with the tambourine), a backbeat he doesn't play, right after his "
             "'and'-of-three snare -- follow his snare (two and the 'and' of three) or keep the clap to two. Right: "
             "the snare on two and the 'and' of three, nothing but tambourine on four. Partly: two right and the "
             "second snare put on three or four, or the 'and' of three found without saying four is empty of "
             "snare.",
             "A straight backbeat (snare on two and four); snare on one and three; a snare or clap already on four; "
             "hi-hat on the beats."),
    # truth: ft_drive_e24 song.mid / truth.json (E major, 2/4 at 96, bar 1.25 s, eighth 0.3125 s; second verse). Lead
    # ("lead", the vocal stem, GM 52) in 50.0-55.0: eighths 0.287 s long at 50.000 G#5, 50.312 A#5, 50.625 B5, 50.938
    # C#6, 51.250 B5, 51.562 C#6, 51.875 B5, 52.188 A#5; quarters 0.574 s at 52.500 G#5, 53.125 G5 (to 53.699); nothing
    # 53.70-55.0 (next line 55.0). Each note ends 25 ms (eighths) or 51 ms (quarters) before the next: no overlap. The
    # song.mid has no pitch-bend, portamento or other controller events at all.
    Question("ao10", "ft_drive_e24", ["vocals"], 50.0, 55.0,
             "doubling her line here on a mono synth with glide -- does she slide between notes or step cleanly? and "
             "are her notes joined up or separated, i.e. will legato-triggered glide even kick in?",
             "Clean steps, no slides: every note starts right on its pitch, with no scoops or bends between them. "
             "One line (2/4 at 96, a bar 1.25 s): eight eighths from 50.0 s -- G sharp 5, A sharp 5, B5, C sharp 6, "
             "B5, C sharp 6, B5, A sharp 5 -- then two quarter notes, G sharp 5 (52.5 s) and G5 (53.1 s), and a rest "
             "from about 53.7 s to the next line at 55.0 s. Each note is re-attacked and a hair shorter than its "
             "slot (the eighths about 0.29 of 0.31 s, the quarters about 0.57 of 0.63 s), so they sound connected but "
             "never overlap or tie: legato-triggered glide would not fire; use always-on glide (or overlap the MIDI "
             "notes) if you want slides. Right: no slides or bends, each note its own attack (not tied or "
             "overlapping). Partly: one of the two (no slides but the notes called overlapping/tied, or separate "
             "notes with slides or scoops claimed).",
             "Slides, scoops or bends between notes; the notes tied or overlapping; short staccato notes (under "
             "half their length)."),
]
GRADES_40 = {"ao01": "right", "ao02": "right", "ao03": "partly", "ao04": "partly", "ao05": "right", "ao06": "right",
             "ao07": "wrong", "ao08": "partly", "ao09": "right", "ao10": "wrong"}
GRADES_40_WHY = {
    "ao01": "110 in 4/4, straight, a quarter about 545 ms and a dotted eighth about 409 ms: right",
    "ao02": "the chorus's two bars matched to the verse's rocking figures an octave up (B-C sharp from the verse's "
            "fifth bar, A sharp-A from its fourth), no new phrase at the chorus: right",
    "ao03": "no ghost notes or extra kicks, kick on one and three and snare on two and four, but every hat read as "
            "ringing (the degraded kit's wash; closed in the score) and their beat accents left open: partly",
    "ao04": "the section at 30.5 s and the guitar's arpeggio right, but no part's own level step read (the kit and the "
            "bass said about level, the bass said to stay put): partly",
    "ao05": "six phrases mapped to the six lines, every start within 0.2 s of the annotation's: right",
    "ao06": "three different notes in each chord with the octave doubled, four at most at once, the verse chord let go "
            "before the chorus, the stabs nearly back to back: right",
    "ao07": "no eighth-by-eighth map, and the last bar's one said to be hit (the tracked downbeat half a beat off: the "
            "'and' of four before it read as the one): wrong",
    "ao08": "the skip notes on the last eighth of each beat, the kick on one and the cross-stick on the second beat "
            "right, but the ride's stroke on the one missed and its accents left open: partly",
    "ao09": "the snare on two and the and of three, only the tambourine on four, a clap on four alone: right",
    "ao10": "slides left open and the notes said joined (legato glide would fire), where each note is re-attacked and "
            "let go a hair before the next: wrong",
}
BASELINE_GRADES_40 = {q: "wrong" for q in GRADES_40}
# Round 41 (held out): everyday producer questions -- the drum groove, the feel, the key, the tempo and the one, who
# carries the tune, a clean real vocal track, how to count a 5/4 verse, a chord chart, what comes in, the bass against
# the kick, bleed in a degraded vocal, a bass riff and the key -- written from the scores (song.mid / truth.json) and
# the human annotations before any packet of it was made; no analysis code run and no server output read.
QUESTIONS_41 = [
    # truth: musicdelta_punk annotations/MusicDelta_Punk_MIX.beats (manual; 150 BPM, 4/4; downbeats 20.83, 22.43, 24.03,
    # 25.62, the next 27.23) and _subclass.txt (manual drum onsets). Bar 20.83: KD 20.83 + OHH 20.84, KD 21.05, SD + OHH
    # 21.24, KD 21.44, OHH 21.64, KD 21.84, SD + OHH 22.04, KD 22.22 (the and of four). Bar 22.43: KD 22.44 + CRC 22.48,
    # KD 22.64 + CRC 22.65, SD + OHH 22.82, KD 23.02, OHH 23.24, KD 23.43, SD + OHH 23.63. Bar 24.03: KD + OHH 24.03, KD
    # 24.24, SD + OHH 24.43, KD 24.63, OHH 24.82, KD 25.03, SD 25.24, 25.33, 25.42, 25.51 (sixteenths on beat four, no
    # hat). Bar 25.62: KD + OHH 25.62, KD 25.82, SD + OHH 26.01, KD 26.20, OHH 26.41, KD 26.62, SD + OHH 26.83. No other
    # hits (no closed hat, no tom, no ride). The hats before 19.23 are closed (CHH, bars 9-12).
    Question("ap01", "real:musicdelta_punk", ["drums", "bass"], 20.83, 27.23,
             "putting these four bars into my drum machine -- what's he doing on kick, snare and hats? any fills or "
             "cymbal hits I need?",
             "A fast straight punk beat, 4/4 at about 150 (a bar about 1.6 s, from 20.8, 22.4, 24.0 and 25.6 s): "
             "the hi-hat on every beat (quarter notes, an open/loose hat here), the snare on two and four, and a "
             "busy kick on the one and on the 'and' of one, two and three (8th-note pushes between the beats) -- the "
             "same every bar. Extras: a kick on the 'and' of four at the end of the first bar (about 22.2 s) leading "
             "into a crash on the one of the second bar (about 22.5 s, hit twice, on the one and its 'and', in place "
             "of the hat); and in the third bar a short snare fill -- four sixteenths on beat four (about 25.24-25.51 "
             "s, no hat there) into the fourth bar, which is the plain beat again. Right: hat on the beats, snare on "
             "2 and 4, kick on the one plus the off-beat 'and's, and at least one of the two extras (the crash on "
             "bar 2's one, the snare sixteenths at the end of bar 3), placed within about a beat. Partly: the groove "
             "right with both extras missed (or a fill put in the wrong bar), or the extras right with the kick "
             "pattern wrong (e.g. only one and three). Open or closed hat is not graded.",
             "Snare on one and three or a half-time snare; hats on every eighth or a ride; four-on-the-floor kick; "
             "a tom fill."),
    # truth: guitarset_00_BN1-129-Eb_comp truth.json notes.guitar (from the jams note annotation, per string, merged),
    # beats_s (129 BPM, 4/4, a beat 0.4651 s from 0.0; the grid of the click tempo), downbeats 9.3023, 11.1628, 13.0233,
    # 14.8837, 16.7442, 18.6047; the jams says bossa nova comping (BN1). Attacks grouped within 60 ms, 9.30-18.60: 32
    # attacks, 12 on a beat, 20 on an 'and' (bossa comping, mostly off the beat). Offset from the nearest eighth of the
    # grid: on-beat attacks median +17 ms (range -74..+34), off-beat attacks median +28 ms (-88..+50); a swung 2:1 'and'
    # would sit 77 ms late against the on-beats, these sit about 11 ms later (about 52:48, straight). All attacks median
    # +23 ms, mean +10 ms (a few single low notes 50-90 ms early); the whole take: median +17 ms on beats, +18 on
    # 'and's.
    Question("ap02", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 9.3, 18.6,
             "is he swinging his eighths here or playing them straight? and is he right on the click, pushing, or "
             "laying back a bit?",
             "Straight: it's bossa-style comping at about 129 BPM (4/4, a beat about 0.47 s), with lots of the "
             "chords on the 'and's, and those 'and's fall right halfway between the beats (within about 10 ms of "
             "where a straight eighth goes; a swung one would be some 75 ms later) -- no swing or shuffle. Timing: he "
             "is on the click, tight, if anything a hair behind -- his attacks land a median of about 20 ms after "
             "the grid, on the beats and the 'and's alike, with nothing consistently ahead; not a deliberate lay-back "
             "groove, and not pushing. Right: straight eighths and on the beat (tight, or slightly behind). Partly: "
             "straight but called clearly ahead/rushing or heavily laid back (dragging), or the timing right with "
             "the eighths called 'slightly swung'.",
             "Swung, shuffled or triplet eighths (whatever the timing); loose or drifting off the click."),
    # truth: vocadito_1_solo_voice truth.json notes.vocals (annotator A1; A2 the same pitches here) and
    # annotations/vocadito_1_lyrics.txt. Lines 4-8 (nearest semitone, A1): 9.97-12.07 C C# Eb D C Bb (C# +0.44, between
    # C# and D); 12.90-15.31 D C# Bb Bb C D; 15.92-18.30 D D Eb F G; 18.92-21.36 G G G Eb F# F (F# +0.22); 21.88-24.38 C
    # C# Eb D B A (B +0.28; A +0.49, i.e. B flat 0.51 low, her B flats elsewhere 0.2-0.4 low). Lines end on Bb, D, G, F
    # and (flat) Bb. Pitch fit of these 29 notes, mean absolute deviation from a major scale: B flat 0.30, E flat 0.30,
    # A flat 0.35, others 0.40+; she sits about 0.2 semitone flat. No key annotation; k09 (0-12.5) read the song as B
    # flat major (opening 3-4-5-3-1).
    Question("ap03", "real:vocadito_1_solo_voice", ["vocals"], 9.9, 24.5,
             "want to put an acoustic guitar under her for these lines -- what key is she singing in?",
             "B flat major (A sharp major in sharps). Her notes here are B flat, C, D, E flat, F and G -- the B flat "
             "major scale -- and B flat is home: the first line in the window comes down to B flat (about 12 s), the "
             "next dips from D down to B flat and back, and the last one (about 22-24.4 s) walks C, D, E flat, D, C "
             "and sinks to a low B flat (sung flat, nearly halfway to A). She is unaccompanied and sings a little "
             "flat (about a fifth of a semitone, with a few in-between notes -- e.g. a C sharp-ish passing note "
             "between C and E flat), so a guitar in "
             "standard tuning will sound a touch sharp against her; a caution about that is fine. Right: B flat major "
             "(a B flat-based chord set such as B flat, E flat, F is fine). Partly: E flat major or G minor (the same "
             "notes, the wrong home), or 'between A and B flat major' because of her tuning.",
             "A major, B major, C major, D major or another key outside B flat major / E flat major / G minor; 'no "
             "key / atonal'."),
    # truth: musicdelta_rock annotations/MusicDelta_Rock_MIX.beats (manual: 24 beats, positions 1-4; downbeats 0.01,
    # 2.16, 4.36, 6.54, 8.72, 10.91; beats in the window 3.26 (3), 3.81 (4), 4.36 (1) ... 11.45 (2); median beat 0.545
    # s, 109-110 BPM; truth.json 109.09) and _subclass.txt (KD on beats 1 and 3 -- 4.39, 5.45, 6.54, 7.63, 8.74, 9.83,
    # 10.90, 11.99 -- SD on 2 and 4, CHH on every eighth, the one OHH at 4.09). The singer on nearly all of it. Mix
    # questions on tempo and meter before: r12 (2-10), u07 (0-8); none asked where the first one falls in a cut clip.
    Question("ap04", "mix:musicdelta_rock", ["mix"], 3.0, 12.0,
             "dropping this bit of the mix into my session -- what BPM do I set, and where's the first downbeat so I "
             "can line the grid up?",
             "About 110 BPM (109-110), 4/4, straight (a beat about 0.545 s, a bar about 2.18 s). The clip starts just "
             "before beat three of a bar: beats three and four at about 3.26 and 3.81 s, and the first downbeat -- "
             "kick and hat, with the snare answering on two -- at about 4.36 s (1.36 s into the clip); after it, bars "
             "at about 6.54, 8.72 and 10.91 s. Kick on one and three, snare on two and four, hats in eighths, so the "
             "one is the kick that follows the snare on four. Right: 105-115 BPM in 4/4 and the first downbeat "
             "within about 0.15 s of 4.36 s (or the bar lines 4.36/6.54/8.72/10.91). Partly: one of the two right -- "
             "e.g. the tempo right with the one put on a snare beat (3.81 or 5.45 s, two beats off), or the one right "
             "with half or double tempo (about 55 or 220).",
             "3/4 or 6/8; a tempo under 100 or over 120 (other than half/double); the first downbeat at the clip's "
             "start (3.0 s)."),
    # truth: musicdelta_shadows annotations/MDB_MusicDelta_Shadows_STEM_04.csv (the lead guitar, S04, MedleyDB 'melody'
    # stem; human-verified f0), _SOURCEID.lab, METADATA.yaml (instrumental; S03 a rhythm guitar, S04 the lead, summed in
    # guitar.flac), _MIX.beats (downbeats 10.93, 13.09, 15.28, 17.47, the next 19.65; 111 BPM) and _subclass.txt. Lead
    # f0 (nearest note): C 10.91-11.76 (on the one), B flat 11.77, A 12.06, G 12.28, F 12.54-13.28, G 13.28-14.43; no
    # voiced f0 14.43-16.95; G 16.95-17.47 (a pickup on beat four of bar 3), C 17.49 (bar 4's one), E flat 18.58, G
    # 19.12, F 19.64. Drums: ride eighths, SD on 2 and 4, KD on 1 and the 'and' of 2, CRC with KD at 13.10 and 15.28.
    # y08 (24-33.4) and k11 (13.07-21.83, when the lead drops out) asked of this lead in other windows.
    Question("ap05", "real:musicdelta_shadows", ["guitar", "bass", "drums"], 10.93, 19.65,
             "who's carrying the tune in these bars? is it the same part the whole way or does something else take it?",
             "The lead guitar -- there is no singer; this is a guitar instrumental (4/4 at about 111, a bar "
             "about 2.2 s, bars from 10.9, 13.1, 15.3 and 17.5 s), and the guitar track holds two guitars, the lead "
             "and a rhythm guitar under it. The lead plays a phrase that comes down from C on the one (10.9 s) "
             "through B flat, A, G to F and settles on a held G (about 13.3-14.4 s); then it rests for about two and "
             "a half seconds -- nobody takes the tune there, just the rhythm guitar, the bass and the drums (a crash "
             "on bar 3's one, about 15.3 s) -- and it comes back with a pickup G on beat four of bar 3 (about 16.95 "
             "s) into a new phrase from bar 4's one: C, E flat, G, F (17.5-19.6 s). The bass and drums (time on the "
             "ride) accompany throughout. Right: the lead guitar carries it, with the gap of about 14.4-16.9 s (within "
             "half a second) where no part has the tune. Partly: the lead guitar with the gap missed or placed more "
             "than a second off, or another part said to take the tune in the gap.",
             "A singer, the bass or the rhythm guitar carrying the tune; the lead playing without a break; the "
             "lead said to stop for good."),
    # truth: musicdelta_country1 annotations/METADATA.yaml (has_bleed: 'no'; each instrument recorded separately; vocals
    # = RAW_05, male singer alone), _SOURCEID.lab (male singer 18.07-31.16 and 31.81-32.23; acoustic guitars 17.32-34.18
    # and 0.09-34.74; drums to 34.60), annotations/MDB_MusicDelta_Country1_STEM_05.csv (verified f0: last voiced note G
    # 30.33-30.77, nothing voiced after) and _ACTIVATION_CONF.lab (S05 1.0 to 30.8, 0.2-0.6 over 31.1-32.4, 0.05 from
    # 33.0 to the end), _MIX.beats (downbeats 30.66, 32.81; 109 BPM). Audio 34.74 s. j04 (11.0-19.7) asked spill in this
    # vocal track in the singer's mid-song gap; the end of the take never.
    Question("ap06", "real:musicdelta_country1", ["vocals", "guitar"], 30.66, 34.74,
             "after he stops singing at the end here, is the acoustic or the kit bleeding into his vocal track, or "
             "is it clean? want to know if I can leave it open",
             "Clean: the vocal track is just him. His last sung note (a G) ends at about 30.8 s; apart from a short "
             "non-sung sound of his at about 31.8-32.2 s (a breath/mouth noise), the track is essentially silent "
             "from about 32.3 s to the end (34.7 s) while the acoustic guitars and the drums keep playing the last "
             "two bars -- none of them comes through (the song was recorded one instrument at a time; MedleyDB marks "
             "it bleed-free). So yes, it can stay open. Right: clean / no spill, the singer stopping about 30.8 s "
             "(within half a second). Partly: clean, but no sense of where he stops (or the breath called a sung "
             "phrase); or 'a little low-level noise, no instrument bleed'.",
             "Guitar or drum bleed on the vocal track; the singer still singing to the end; 'can't tell'."),
    # truth: ft_ballad_eb54 song.mid / truth.json (meter 5/4, 120 BPM, a bar 2.5 s; verse 7.5-22.5, chorus from 22.5;
    # chords Bbm 15.0, Ebm 17.5, Abm 20.0, Abm 22.5). Kit in the verse bars (15.0, 17.5, 20.0): kick on 1, snare on 3,
    # ride on every beat (1-5); bass one held note a bar (B flat, E flat, A flat, 2.45 s). Chorus bar 22.5: crash + kick
    # on 1, kick 3 and 5, snare 2 and 4, closed hats on every eighth; bass riff G#2 G#3 D#3 G#2 F#3 at 1, &1, &2, 3, 4.
    # Same score for @degraded. q12 (7.5-17.5) asked the meter of the clean copy in the first verse bars.
    Question("ap07", "ft_ballad_eb54@degraded", ["drums", "bass"], 15.0, 25.0,
             "can't work out how to count this -- every time I count in four I end up off by the next bar. what's "
             "the time signature and where do the bars start?",
             "It's in five: 5/4 at about 120 (a beat 0.5 s, a bar 2.5 s), so count 1-2-3-4-5. Four bars here, "
             "starting at 15.0, 17.5, 20.0 and 22.5 s. In the first three (the end of the verse) the kick marks the "
             "one, the snare is on three and the ride plays all five beats, with the bass holding one note a bar from "
             "the one (B flat, E flat, A flat); at 22.5 s the chorus starts on a crash and the kit changes to kick on "
             "one, three and five with the snare on two and four and eighth-note hats, the bass to a busier riff -- "
             "still five beats a bar. Right: five beats a bar (5/4, or 10/8 counted in five) with bars from about "
             "15.0/17.5/20.0/22.5 s (within about half a beat). Partly: 5/4 with the bar lines shifted, or the "
             "five-beat bar with the tempo halved/doubled (e.g. 5/8 at 240).",
             "4/4, 3/4, 6/8 or 7/4; 'irregular / no steady meter'; bars of 2.0 or 3.0 s."),
    # truth: ft_drive_ab152 song.mid / truth.json (A flat major, 4/4 at 152, bar 1.579 s; hook 37.89-50.53, stop
    # 50.53-56.84, verse from 56.84; chords Ab 47.37, Eb 48.95, Fm 50.53, 52.11, 53.68, 55.26). Guitar ("chords"): four-
    # note strums on every eighth, G#3 C4 D#4 G#4 (Ab) then G3 A#3 D#4 G4 (Eb); from 50.526 F3 G#3 C4 held 1.55 s,
    # struck once a bar (v57-62). Bass: riff G#2 G#3 D#3 G#2 F3 | D#2 D#3 A#2 D#2 C3 to 50.29, then nothing until
    # 56.842.
    Question("ap08", "ft_drive_ab152", ["guitar", "bass"], 47.37, 56.84,
             "writing a chord chart for the band -- can you give me the chords bar by bar through here?",
             "Six bars of 4/4 at about 152 (a bar about 1.58 s): | A flat | E flat | F minor | F minor | F minor | F "
             "minor | -- bars from about 47.4, 48.9, 50.5, 52.1, 53.7 and 55.3 s. The first two are the end of the "
             "hook (the guitar strumming eighths, the bass riffing on the roots A flat and E flat); from 50.5 s it's "
             "a stop: the bass drops out and the guitar just holds an F minor chord (F, A flat, C), struck once a "
             "bar, for four bars, before the verse comes back on A flat at 56.8 s. Right: A flat, E flat, then F "
             "minor for four bars (bar counts within one). Partly: the F minor stop right with the first two chords "
             "wrong or missing, or all the chords right with the stop's length off by two bars or more.",
             "A flat major (or A flat 6) for the stop bars; C minor or D flat for them; a chord change inside the "
             "stop; the hook's chords said to keep going through it."),
    # truth: ft_drive_e24 song.mid / truth.json (E major, 2/4 at 96, a bar 1.25 s; intro 0-10.0, verse from 10.0; chords
    # B 6.25, E 7.5, B 8.75, E 10.0, B 11.25, C#m 12.5). Kit the whole window: kick on 1, snare on 2, closed hats on
    # every eighth; crash (49) at 10.0 (and 0.0 only before). Bass the whole window: the root on every eighth, the
    # octave on the last (B B B B3 | E E E E3 ...). Lead ("lead", the vocal stem): first note 10.000 (B4), eighths. Keys
    # ("chords", the piano stem): first note 10.3125, three-note stabs on the 'and' of each beat (E4 G#4 B4 ...). Same
    # score for @degraded. ah10 asked the clean copy's 5-15 with all stems.
    Question("ap09", "ft_drive_e24@degraded", ["drums", "bass", "piano", "vocals"], 6.25, 13.75,
             "what happens in these bars? does anything come in or drop out, and where exactly?",
             "The intro turns into the verse at 10.0 s (2/4 at about 96, a bar 1.25 s -- the fourth bar of the "
             "window, 3.75 s in). Before that only drums and bass play: kick on one, snare on two, eighth hats; the "
             "bass pumping eighths on the root (B, E, B). At 10.0 s the singer comes in right on the downbeat with a "
             "line of eighth notes, the keys come in with short chord stabs on the off-beats (the first at about "
             "10.3 s), and the drummer hits a crash on that downbeat; the drums and bass just carry on with the same "
             "pattern, and the chords go on E, B, then C sharp minor at 12.5 s. Nothing drops out. Right: the "
             "singer and the keys entering at about 10.0 s (within about 0.3 s), drums and bass playing through. "
             "Partly: one of the two entries placed right (the other missed or put elsewhere), or both right with "
             "something said to drop out.",
             "Nothing changes; the drums or bass entering or stopping; the singer or keys present from the start or "
             "entering more than half a second away from 10.0 s."),
    # truth: ft_swing_g1208 song.mid / truth.json (G major, 12/8 at 63 dotted quarters, a beat 0.952 s, a bar 3.81 s;
    # solo; chords D 49.52, G 53.33, Em 57.14). Kit: kick (36) 49.524, 51.429, 53.333, 55.238 (beats 1 and 3),
    # side-stick (37) 50.476, 52.381, 54.286, 56.190 (2 and 4), ride on each beat and its last triplet. Bass: one note
    # on every beat, 0.857 s each -- D2 49.524, F#2 50.476, A2 51.429, G#2 52.381 | G2 53.333, B2 54.286, D3 55.238, F2
    # 56.190 (E2 at 57.143): every kick has a bass note at the same instant (0 ms). Same score for @degraded.
    Question("ap10", "ft_swing_g1208@degraded", ["bass", "drums"], 49.52, 57.14,
             "is the bass locked in with the kick here? where do they actually hit together?",
             "Yes, tight: two bars of a 12/8 swing (about 63 beats a minute, a beat about 0.95 s, a bar about 3.8 "
             "s, from 49.5 and 53.3 s). The kick plays only beats one and three (about 49.5, 51.4, 53.3, 55.2 s) and "
             "the bass lands exactly with every one of them; the bass is a walking line, one note on every beat (D, "
             "F sharp, A, G sharp, then G, B, D, F), so on beats two and four it plays alone with the cross-stick. "
             "No pushes or anticipations -- everything on the beat, none of the bass on the shuffle's skip note. "
             "Right: locked, meeting on one and three, the bass also on two and four (walking). Partly: 'locked' "
             "with the meeting points wrong or unstated (e.g. every beat claimed with the kick), or the kick on one "
             "and three and the walking bass right with the bass called loose or behind.",
             "The bass ahead of or behind the kick; syncopated bass or bass on the skip notes; kick on every beat; "
             "bass and kick never together."),
    # truth: ft_drive_ab152 song.mid / truth.json (A flat major, 4/4 at 152, bar 1.579 s; verse) and the degraded copy's
    # conditions.json (every stem carries every other stem at spill_db -- -12 dB in the cached copy -- plus a room and a
    # noise floor; the values depend on the command that made the copy, so no key rests on them). Lead ("lead", the
    # vocal stem): line 1 ends 17.337; nothing 17.34-18.947; line 2 18.947-23.652 (eighths and quarters, G5-A#5);
    # nothing 23.652-25.263. Kit (kick 1/3, snare 2/4, eighth hats), bass (root eighths) and guitar (off-beat stabs)
    # play throughout. t09 asked bleed in this copy's bass track (56.84-69.5).
    Question("ap11", "ft_drive_ab152@degraded", ["vocals"], 17.37, 25.26,
             "thinking of lifting her vocal track for an acapella -- is it clean, or is the band bleeding into it?",
             "Not clean: the band is in it. Her track carries the drums, bass and guitar at a low level, plus a bit "
             "of room and noise. It's easiest to hear where she isn't singing: the bar before her line (about "
             "17.4-18.9 s) and the bar after it (about 23.7-25.3 s; 4/4 at 152, a bar about 1.58 s) -- there you'd "
             "hear the hats, kick and snare, the bass's eighths and the guitar's off-beat stabs, which a clean vocal "
             "track would not have (apart from her own reverb tail). She sings one line, about 18.9-23.7 s. So it "
             "needs gating/cleaning (or a separation pass) before it works as an acapella. Right: bleed from the band "
             "(the drums at least named, or 'the band/other instruments'). Partly: 'not clean' put down to room or "
             "noise only, or bleed claimed with her singing placed through the empty bars.",
             "Clean / no bleed; only her own voice; bleed only from a part that does not play (e.g. keys or strings)."),
    # truth: ft_ballad_csm76 song.mid / truth.json (C sharp minor: the band's tonic 1, minor; 4/4 at 76, a bar 3.158 s,
    # an eighth 0.395 s; chorus 28.42-47.37; chords C#m 34.74, C#m 37.89, A 41.05, B 44.21). Bass ("bass", GM 35),
    # 0.316-s notes: 34.737 C#2, 35.132 C#3, 35.921 G#2, 36.316 C#2, 37.105 B2 | 37.895 C#2, 38.289 C#3, 39.079 G#2,
    # 39.474 C#2, 40.263 B2 | 41.053 A2, 41.447 A3, 42.237 E3, 42.632 A2, 43.421 G3 -- on 1, the 'and' of 1, the 'and'
    # of 2, 3 and 4 of each bar; nothing on 2, the 'and' of 3 or the 'and' of 4. The G natural (bar 3) is the A chord's
    # flat seventh, outside C sharp minor.
    Question("ap12", "ft_ballad_csm76", ["bass"], 34.74, 44.21,
             "want to double the bass on a synth through here -- what's it playing, notes and rhythm? and what key "
             "is this in?",
             "A one-bar riff that follows the chord (4/4 at about 76, a bar about 3.16 s; bars from 34.7, 37.9 and "
             "41.1 s): root on the one, the octave above on the 'and' of one, the fifth on the 'and' of two, the "
             "root again on three and the flat seventh on four -- C sharp, C sharp (up), G sharp, C sharp, B for the "
             "two C sharp minor bars, then A, A (up), E, A, G over the A bar. Short, detached eighth-note hits "
             "(about 0.32 s each), nothing on beat two or the last two 'and's, so it's syncopated; low register, "
             "C sharp 2 to A3. Key: C sharp minor (the G natural over the A chord is the one note outside it, the "
             "chord's flat seventh). Right: the riff's shape and rhythm (root / octave / fifth / root / seventh on "
             "1, &1, &2, 3, 4, following C sharp minor, C sharp minor, A) and C sharp minor. Partly: one of the two "
             "halves right (the riff or the key), or the riff's notes right with the rhythm off by more than an "
             "eighth, or E major (the relative major) for the key with the riff right.",
             "Held notes or a walking line; roots on every beat; the riff staying on C sharp through the A bar; a key "
             "other than C sharp minor (E major only as above)."),
]
GRADES_41 = {"ap01": "right", "ap02": "partly", "ap03": "partly", "ap04": "right", "ap05": "partly", "ap06": "partly",
             "ap07": "right", "ap08": "right", "ap09": "right", "ap10": "right", "ap11": "right", "ap12": "partly"}
GRADES_41_WHY = {
    "ap01": "snare on two and four, kick on one and the ands of one, two and three, the crash in the second bar and "
            "the snare sixteenths on four of the third bar placed; the hats on two, three and four (the one missed): "
            "right",
    "ap02": "straight eighths right; on the click left open (the beat is tracked from his own playing, the guitar "
            "alone on the track, so the text said his timing against it cannot be judged): partly",
    "ap03": "G minor, the window's own reading (its relative, the same notes, the wrong home), the song's B flat "
            "major said beside it; the producer's planned guitar read as a missing stem: partly",
    "ap04": "110 in 4/4 and the first downbeat at 4.34 s, bars every 2.18 s: right",
    "ap05": "the guitar carries it, but the lead's two-and-a-half-second rest inside the guitar's stem (the rhythm "
            "guitar on) missed: 'nothing else takes over' without the gap: partly",
    "ap06": "the vocal track clean of the acoustic and his last note at about 30.8 s right, but the kit left open: "
            "the text said the drums were not in the selection and the answer was about the vocals and guitar, "
            "where the spill reading compares every stem: partly",
    "ap07": "five to the bar at 120, bars from 15.02, 17.52, 20.02 and 22.52 s, the chorus's kit change: right",
    "ap08": "A flat, E flat, then F minor for four bars, bar by bar, the stop at 50.5 s: right",
    "ap09": "the singer on the downbeat at 10.0 s and the keys' off-beat stabs just after, the drums and bass "
            "carrying on, nothing dropping out: right",
    "ap10": "the bass with all four kick hits on one and seven (the 12/8 bar's one and three), walking on its own "
            "between; its notes doubled in the transcription (thirteen for eight) and the tightness left open "
            "under six hits: right",
    "ap11": "not clean, much of her track spill from the other instruments, a bass note far below her range: right",
    "ap12": "the riff's notes and rhythm right (root, octave, fifth, root, seventh on one, the and of one, the and of "
            "two, three and four, C sharp then A), but the key F sharp minor, the window's reading of a bass alone "
            "(C sharp minor in the score): partly",
}
# the baseline's text names the stems, the track's key and the frame: ap03's key is the track's (B flat major)
BASELINE_GRADES_41 = {q: "right" if q == "ap03" else "wrong" for q in GRADES_41}
# Round 42 (held out): everyday producer questions -- a real kit with no hi-hat, a real instrumental's feel and ride, a
# real comp's chord chart and last chord, what happens in a real punk intro, a real singer's last two lines note for
# note, the unseparated mix's drummer to the end, the last chord of a 5/4 outro against the key, a degraded drum solo's
# figure, a keys intro's pads and who takes the tune, a degraded chorus bass against the verse and the kick, a degraded
# bass track's bleed while he sits out and where a hook gets loud -- written from the scores (song.mid / truth.json) and
# the human annotations before any packet of it was made; no analysis code run and no server output read.
QUESTIONS_42 = [
    # truth: musicdelta_beatles annotations/MusicDelta_Beatles_MIX.beats (manual; 111 BPM, 4/4; downbeats 8.75, 10.93,
    # 13.11, 15.27, the next 17.45), _class.txt (the whole take: KD 47, SD 45, TT 30, OT 32; no HH, no CY) and
    # _subclass.txt (manual drum onsets). Every bar the same: KD on 1 (8.76, 10.94, 13.12, 15.28), the 'and' of 2 (9.57,
    # 11.75, 13.93, 16.10) and 3 (9.83, 12.02, 14.19, 16.37); SD on 2 (9.29, 11.48, 13.65, 15.81) and the 'and' of 3
    # (10.12; two strokes ~40 ms apart in the other bars: 12.31/12.34, 14.46/14.50, 16.65/16.69); tambourine (TMB) on 2
    # with the snare and alone on 4 (10.38, 12.57, 14.74, 16.91); floor tom (LFT) on the 'and' of 4 (10.66; doubled
    # 12.84/12.89, 14.99/15.04, 17.18/17.23). Nothing on the 'and' of 1. p04 (10.93-19.64) asked the kick and the
    # tambourine, b05 (4.38-15.27) whether a bar loops, ae03 (21.84-30.56) the empty eighth; none asked for a hat.
    Question("aq01", "real:musicdelta_beatles", ["drums"], 8.75, 17.45,
             "want to put a hi-hat part on this -- is he already playing hats or any cymbals? if not, what's keeping "
             "the time, and where do those hits land in the bar?",
             "No hats and no cymbals at all: no hi-hat, ride or crash anywhere in his kit (the whole take has none). "
             "The time is kept by a tambourine and the drums themselves, the same every bar (4/4 at about 111, a bar "
             "about 2.2 s, from 8.75, 10.9, 13.1 and 15.3 s): the tambourine on two and four (with the snare on two, "
             "on its own on four); the kick on one, the 'and' of two and three; the snare on two and again on the "
             "'and' of three (often a quick double stroke, like a flam); and the floor tom on the 'and' of four "
             "(often doubled too). Nothing is played on the 'and' of one and no part plays steady eighths, so a hat "
             "in eighths would be the only thing on most of the off-beats. Right: no hats or cymbals, with the "
             "tambourine on two and four and the kick and snare mostly placed right (kick on one and three, snare on "
             "two). Partly: no hats or cymbals, with the tambourine or the kick/snare pattern missed or wrong; or "
             "the pattern right with a hi-hat or ride claimed.",
             "A hi-hat, ride or crash keeping time; a shaker or hat in eighths said to be there already; the "
             "tambourine put on the beats or the eighths."),
    # truth: musicdelta_shadows annotations/MusicDelta_Shadows_MIX.beats (manual; beats 0.52-0.57 s apart here, median
    # 0.545, about 110 BPM; truth.json 111.11 over the take; downbeats 19.65, 21.83, 24.03, 26.19, the next 28.36) and
    # _subclass.txt (manual onsets). The ride (RDC; bell RDB) on every eighth of each bar (19.66 bell, 19.93, 20.21,
    # 20.49 bell, 20.75, 21.02, 21.29, 21.61, ...); in the bar from 26.19 a crash on the one (26.20) in place of the
    # ride's 1 and 'and', the ride again from 26.73. The 'and' strokes (ride, and the kick on the 'and' of 2) sit 48-60
    # % of the way through the beat, median 52 % (19 of them; 52 % over the whole take, 73), where a 2:1 swing puts them
    # at 67 %. SD on 2 and 4, KD on 1 and the 'and' of 2. z01 (0-8) asked swing at the top of the take, n01
    # (17.45-26.15) ride or hat, b03 (17.47-28.36) the ride's accents.
    Question("aq02", "real:musicdelta_shadows", ["drums", "guitar", "bass"], 19.65, 28.36,
             "going to add a shaker in eighths -- is this swung or dead straight? and is the drummer riding all the "
             "eighths or just the beats?",
             "Straight: even eighths, no shuffle (4/4 at about 110, a beat about 0.55 s, a bar about 2.2 s, from "
             "19.65, 21.8, 24.0 and 26.2 s). He rides the ride cymbal on every eighth -- the beats and the 'and's -- "
             "with the odd bell hit, and his 'and's fall about halfway between the beats (about 52 % of the way, "
             "where a shuffle would put them two thirds of the way); the kick's push on the 'and' of two is straight "
             "too. Snare on two and four, kick on one and the 'and' of two. The one change: a crash on the one of "
             "the last bar (about 26.2 s) in place of the ride's first two strokes, then the ride carries on. So a "
             "straight eighth-note shaker sits right with him. Right: straight (not swung) and the ride on all the "
             "eighths. Partly: straight with the ride said to play only the beats (or the time put on a hi-hat), or "
             "the ride's eighths right with the feel called lightly swung.",
             "Swung, shuffled or triplet eighths; a hi-hat keeping time and no ride; a half-time feel."),
    # truth: guitarset_00_BN1-129-Eb_comp truth.json chords (the jams' first, instructed lead-sheet annotation: Ab
    # 7.44-11.16, Eb 11.16-14.88, Bb 14.88-16.74, Ab 16.74-18.60, Eb 18.60-22.32), key Eb major, downbeats_s (129 BPM,
    # 4/4, a bar 1.860 s: 9.30, 11.16, 13.02, 14.88, 16.74, 18.60, 20.47), the jams' second (performed) chord annotation
    # (G#:maj6(*5), D#:maj7, A#:maj, G#:maj6(2,b5,*5), D#:maj7) and notes.guitar (the lowest notes move with them: D#3
    # at 11.16, A#2 at 14.83/15.33, G#2 at 17.02, D#3 at 18.64). The window opens on beat 3 of the A flat bar from 9.30.
    # ak03 (0-22.32) asked the bars per chord over the take, u09 (14.9-22.3) the chords, af01 (18.6-22.32) the last
    # chord's colour.
    Question("aq03", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 10.23, 20.46,
             "writing a chord chart from here -- what's he playing and where do the changes land? and what chord's "
             "he on at the end?",
             "4/4 at about 129 (a bar about 1.86 s). The window starts halfway through an A flat bar (it began at "
             "9.3 s); then | E flat | E flat | B flat | A flat | E flat | -- changes at about 11.2 s (E flat, two "
             "bars), 14.9 s (B flat, one bar), 16.7 s (A flat, one bar) and 18.6 s (E flat, to the end at 20.5 s). "
             "So it ends on E flat, the home chord (the take is in E flat major). As he voices them, bossa style: A "
             "flat 6, E flat major 7, B flat, A flat 6 (with some colour notes), E flat major 7 -- a chart of plain "
             "A flat / E flat / B flat / A flat / E flat is right. Right: that order with the changes within about a "
             "beat of 11.2, 14.9, 16.7 and 18.6 s, ending on E flat. Partly: the chords right in order with a length "
             "off by a bar or more (e.g. one bar of E flat, two of B flat), or one chord wrong (e.g. G minor or C "
             "minor for one of them) with the rest and the ending right.",
             "Chords outside E flat major (e.g. E, B or A major); ending on B flat or A flat; a new chord every beat "
             "or every bar throughout."),
    # truth: musicdelta_punk annotations/MusicDelta_Punk_MIX.beats (manual; 150 BPM, 4/4; downbeats 1.62, 3.21, 4.82,
    # 6.40, 8.02, the next 9.62), _subclass.txt (manual drum onsets), MDB_MusicDelta_Punk_STEM_04.csv (the singer's
    # verified f0: voiced 2.94-3.67, then nothing until 6.61; 6.61-7.07, 7.20-7.58, 7.81-8.01, 8.19-8.39, 8.59-9.44) and
    # _SOURCEID.lab (male singer 2.65-4.32 and from 6.27); truth.json notes.vocals F5 3.01, F5 3.31, then E5 6.66 ....
    # Drums: bar 1.62 a crash on every eighth but the last (1.63-2.82), SD on 1, the 'and' of 2 and 4, KD on the 'and'
    # of 1, 2, 3 and the 'and' of 3; bar 3.21 the beat: KD on 1 (crash 3.27), the 'and' of 1, 3 and the 'and' of 3, SD
    # on 2 and 4, open hat on 2, 3 and 4; bar 4.82: KD 1 and its 'and', open hat 1 and 2, SD 2, then a tom fill on beats
    # 3-4 in sixteenths -- high tom 5.63, 5.72, mid tom 5.81, 5.90, floor tom 6.00, 6.08, 6.18, 6.26; bar 6.40 the beat
    # (open hat on every beat, KD 1, &1, &2, &3, SD 2 and 4); bar 8.02 the crash bar again (crash eighths 8.03-9.23, SD
    # 1, &2, 4). u06 (0-8) asked when the singer comes in, k05 (3.18-9.6) the second bar, aj01 (3.2-8.0) the tom fill,
    # f02 (0-12.83) the crash and hat bars.
    Question("aq04", "real:musicdelta_punk", ["drums", "vocals"], 1.62, 9.62,
             "what happens over these bars? where does the drummer change what he's doing, and when does the singer "
             "come in?",
             "Five bars of fast 4/4 (about 150, a bar about 1.6 s, from 1.6, 3.2, 4.8, 6.4 and 8.0 s). The first bar "
             "(1.6-3.2 s) is a bashing bar: the crash on every eighth, the snare and kick in a stop-start figure "
             "(snare on one, the 'and' of two and four). At 3.2 s he drops into the main beat: open hi-hat on the "
             "beats, snare on two and four, a busy kick on the one and pushes on the 'and's. In the third bar (4.8 "
             "s) he plays two beats of it and then a tom fill over beats three and four (about 5.6-6.3 s, sixteenths "
             "down the toms: high, mid, floor) into the fourth bar (6.4 s), the main beat again; at 8.0 s he goes "
             "back to the crash bar. The singer: a short shout (two quick high notes) at about 2.9-3.7 s, across the "
             "bar line into the main beat, then nothing until the verse, which starts at about 6.6 s, just after the "
             "fill, and runs to the end of the window. Right: the fill at about 5.6-6.3 s (within about a beat), the "
             "singer's verse entry at about 6.6 s (within half a second), and at least one of the switches between "
             "the crash bar and the hat beat (3.2 or 8.0 s). Partly: two of those three; or all three with the shout "
             "at 3 s read as him singing on through.",
             "No change in the drums; the singer in from the start or singing throughout; a fill more than a bar "
             "away from 5.6 s."),
    # truth: vocadito_1_solo_voice truth.json notes.vocals (annotator A1), annotations/vocadito_1_notesA2.csv (A2: the
    # same pitches, two of them split) and vocadito_1_lyrics.txt (the last two lines repeat 'sa pagkain sana / nabusog
    # pa ako'). A1, nearest note (cents off): 25.06-25.31 G3 (-14), 25.39-25.53 G3 (-15), 25.63-26.11 G3 (-29),
    # 26.24-26.58 D#3 (-9), 26.76-27.08 F#3 (+13), 27.09-27.83 F3 (-13); 28.52-28.83 C3 (-29), 28.86-29.19 C#3 (+21),
    # 29.19-29.38 D#3 (+7), 29.69-30.39 D3 (-40), 30.39-30.58 C3 (-37), 30.73-31.59 A#2 (-29); nothing after 31.59 (the
    # take ends 33.2). Six notes to six syllables a line. The first time round (18.92-24.38) the second line ended D, B
    # (+28), A (+49); this time D, C, B flat. ap03 (9.9-24.5) asked the key (B flat major), j03 (27.95-33.15) the last
    # note, c04 (18.9-31.65) the pitch across the repeat.
    Question("aq05", "real:vocadito_1_solo_voice", ["vocals"], 24.5, 32.5,
             "want to double the singer's last two lines on a flute -- what are the notes, in order?",
             "Two lines of six notes, one to a syllable (the lyric 'sa pagkain sana / nabusog pa ako' again). First "
             "line (about 25.1-27.8 s): G, G, G, E flat, F sharp, F -- three repeated Gs, down to E flat, then a "
             "quick F sharp leaning onto a held F. Second line (about 28.5-31.6 s): C, C sharp, E flat, D, C, B flat "
             "-- up from C through a quick C sharp to E flat, then down by step, D, C, to a long B flat to finish "
             "(about 30.7-31.6 s), the home note (the song is in B flat major). It sits in the octave below middle C "
             "(G3 down to B flat 2), so a flute plays it an octave or two up. The singer is a little flat throughout "
             "(about a fifth to a third of a semitone), so a tuned flute will sound slightly sharp against it. "
             "Right: both lines' main notes in order (G G G E flat F; C E flat D C B flat); the quick F sharp and C "
             "sharp may be left out or called passing notes; the octave is not graded. Partly: one line right, or "
             "the shape right with one or two notes a semitone off (e.g. E for E flat, or an A or B for the last "
             "note).",
             "Most notes wrong; the lines ending on notes other than F and B flat (A or B for the last only as "
             "above); chords or a harmony part instead of the line."),
    # truth: musicdelta_rock annotations/MusicDelta_Rock_MIX.beats (manual; 109-110 BPM, 4/4; downbeats 4.36, 6.54,
    # 8.72, 10.91; beat 2 of the first bar at 4.90, just before the window) and _subclass.txt (manual onsets; the take:
    # CHH 47, KD 12, SD 12, OHH 1; no cymbal or tom): every bar KD on 1 and 3, SD on 2 and 4, CHH on every eighth --
    # from 5.0: CHH 5.19, KD 5.45, SD 5.99, ...; the last bar KD 10.90, 11.99, SD 11.44, 12.54, CHH to 12.83. The one
    # OHH is at 4.09 (before the window). The drums (SOURCEID) run to 13.05 and the mix ends at 13.09, on the bar line.
    # o05 (0-6.52) asked the mix's hats, aj03 (0-13.09) its kick and snare, n10 (4.33-13.0, the stems) hats or ride and
    # the swing.
    Question("aq06", "mix:musicdelta_rock", ["mix"], 5.0, 13.0,
             "does the drummer do anything different in the second half of this -- a fill, a crash, an open hat -- "
             "or is it the same bar all the way to the end?",
             "The same bar all the way: 4/4 at about 110 (a bar about 2.2 s, bar lines at about 6.5, 8.7 and 10.9 s; "
             "the clip starts just after beat two of a bar), kick on one and three, snare on two and four, closed "
             "hi-hat on every eighth. No fill, no crash, no open hat and no toms anywhere in the window -- the last "
             "bar (10.9-13.1 s) is the same beat to its last hat (about 12.8 s) and the bounce just ends on the bar "
             "line at about 13.1 s, with no ending hit. (His one open hat in the take is earlier, at about 4.1 s, "
             "before this clip.) Right: the same pattern throughout with no fill or crash (the pattern at least kick "
             "on one and three, snare on two and four). Partly: no change, with the pattern described wrong (e.g. "
             "the snare on three, or the hats on quarter notes); or the pattern right with one fill, crash or open "
             "hat claimed.",
             "A fill at the end, or a crash or change in the second half, as the main answer; a half-time or "
             "different groove in the second half."),
    # truth: ft_ballad_eb54 song.mid / truth.json (E flat minor: the band's tonic 3, minor, eval/frame_test_songs.py;
    # 5/4 at 120, a bar 2.5 s; outro 52.5-60.0; chords Ebm 52.5, Abm 55.0, B 57.5). Bass: G#2 55.0 and B2 57.5, 2.45 s
    # each. Piano: G#3 B3 D#4 at 55.0, F#3 B3 D#4 at 57.5, 2.45 s each (to 59.95); nothing else in the outro (the kit's
    # last note 42.25, the voice's ends 52.40). The wav runs to 60.95 (the release tail). t07 (52.5-60) asked the
    # outro's chords, k02 (45-55, degraded) the chord in the bar before it, l05 (47.5-60) what comes in and drops out.
    Question("aq07", "ft_ballad_eb54", ["piano", "bass"], 55.0, 60.0,
             "what chord does this end on? does it come home, or leave it hanging? want my pad to finish on the same "
             "chord",
             "It ends on B major -- B, D sharp, F sharp, with the bass on B -- and that is not home. The song is in "
             "E flat minor; in these last two bars (5/4 at about 120, a bar 2.5 s) only the keys and the bass play, "
             "one held chord a bar: A flat minor from 55.0 s, then B major from 57.5 s, held to the end (about 60 "
             "s). B major (C flat in E flat minor) is the flat sixth, so the song stops on an open, unresolved chord "
             "rather than going back to E flat minor. Pad: B major. Right: B major (or C flat major) as the last "
             "chord, and not the home chord (E flat minor). Partly: B major with it called home, or the key missing "
             "or wrong; or the key and 'doesn't resolve' right with the last chord named wrong (e.g. A flat minor, "
             "the bar before it, or B minor).",
             "Ends on E flat minor or E flat major (home); a last chord other than B major with it called home."),
    # truth: ft_swing_g1208 song.mid / truth.json (12/8 at 63 dotted quarters, a beat 0.952 s, a triplet eighth 0.317 s,
    # a bar 3.81 s; 'fours' 60.95-76.19, the kit alone; the head again from 76.19). Kit (GM 36 kick, 38 snare, 45 low
    # tom, 50 high tom), one stroke on every triplet eighth, the same figure each bar -- beat 1: kick, high tom, low
    # tom; beat 2: high tom, low tom, snare; beat 3: low tom, snare, kick; beat 4: snare, kick, high tom -- the first
    # stroke of each beat louder (velocity 102-109 against 91-99); 60.95 and 64.76 the full figure. Bar 68.57: the
    # second stroke (68.89) left out. Bar 72.38: nothing at 72.381, 73.016 or 73.333 -- only the high tom at 72.698 --
    # then the figure from 73.651 (low tom) to 75.873. No cymbal until the crash at 76.19. Same score for @degraded (the
    # other stems silent here). ae08 (60.9-76.0, degraded) asked the meter and the bar starts, ac09 (57.14-80.0) how
    # hard he hits, j07 (68.57-83.79) when the band comes back.
    Question("aq08", "ft_swing_g1208@degraded", ["drums"], 64.76, 76.1,
             "drummer's soloing here and I want to program it -- what's his figure, how does it sit in the bar, and "
             "is it the same every bar?",
             "A rolling triplet figure. The tune is in 12/8 (four beats a bar, each split in three; about 63 beats a "
             "minute, a beat about 0.95 s, a bar about 3.8 s, from 64.8, 68.6 and 72.4 s), and he hits on every one "
             "of the twelve triplet eighths, moving round the kick, the snare and two toms with the first note of "
             "each beat accented: beat one kick - high tom - low tom, beat two high tom - low tom - snare, beat "
             "three low tom - snare - kick, beat four snare - kick - high tom. No cymbals, hi-hat or ride. The same "
             "figure every bar, with two holes: in the second bar he leaves out the second stroke (about 68.9 s), "
             "and the third bar opens nearly empty -- nothing on its one, just a single high tom at about 72.7 s -- "
             "before the figure picks up again from about 73.65 s to the end of the bar (the band comes back at 76.2 "
             "s). Right: triplets (12/8) with every triplet filled, kick, snare and toms in a repeating one-bar "
             "figure, and the gap at the start of the third bar (about 72.4-73.6 s, within half a beat). Partly: the "
             "repeating triplet figure right with the gap missed or put in another bar; or the gap right with the "
             "figure called straight sixteenths or a different pattern each bar.",
             "Straight sixteenths or eighths throughout; a groove on a ride or hi-hat; cymbals; no gaps and a "
             "different figure every bar."),
    # truth: ft_ballad_csm76 song.mid / truth.json (C sharp minor, 4/4 at 76, a bar 3.158 s; intro 0-9.47, verse from
    # 9.47; chords A 3.16, E 6.32, C#m 9.47, A 12.63). Piano ("keys", the piano stem): one three-note chord a bar,
    # struck on the one and held 3.095 s -- E3 A3 C#4 at 3.158, E3 G#3 B3 at 6.316, E3 G#3 C#4 at 9.474, E3 A3 C#4 at
    # 12.632 (E3 G#3 B3 at 15.789, after the window); velocity 48-52 in the intro, 56-64 in the verse; no other piano
    # notes. Voice: first note 9.474 -- G#4 A#4 eighths to 12.6, then A4 B4 C#5 D#5 E5 F#5 E5 D#5 (to 15.76). Drums and
    # bass from 9.474: crash and kick on the one, ride on every beat, snare on three; bass held roots C#2, A2. ae06
    # (0-9.4) asked the intro's chords and voicings, t03 (0-9.47) who plays in the intro, d09 (0-15.79) the bars before
    # she sings.
    Question("aq09", "ft_ballad_csm76", ["piano", "vocals", "drums", "bass"], 3.16, 15.7,
             "is the piano comping here or playing a line? and who picks up the tune when the verse comes in?",
             "Neither a line nor rhythmic comping: the piano holds pad chords, one a bar, struck once on the one and "
             "held the whole bar (4/4 at about 76, a bar about 3.16 s): A (3.2 s), E (6.3 s), C sharp minor (9.5 s), "
             "A (12.6 s) -- close three-note voicings between E3 and C sharp 4, no melody on top and no rhythm of "
             "its own; it carries on the same way into the verse, just a little louder. In the intro (to about 9.5 "
             "s) nobody has a tune: it's the keys alone. At 9.5 s the verse starts and the singer comes in on the "
             "downbeat with the tune (eighth notes rocking between G sharp and A sharp, then climbing from A up to F "
             "sharp in the next bar), with the drums (a crash, then kick, ride and snare) and the bass's held roots "
             "coming in at the same time. Right: held chords a bar at a time (not a line) and the singer taking the "
             "tune from about 9.5 s (within about half a second). Partly: one of the two right (the pads right with "
             "the tune given to the piano or the entry missed; or the singer's entry right with the piano called a "
             "melody line or busy comping).",
             "The piano playing a melody or arpeggios; rhythmic comping (stabs, strumming); the tune carried by the "
             "piano or the bass in the verse; the singer there from the start."),
    # truth: ft_drive_e24 song.mid / truth.json (E major, 2/4 at 96, a bar 1.25 s, an eighth 0.3125 s; verse to 30.0,
    # hook 30.0-40.0; chords A 28.75, A 30.0, B 31.25, E 32.5, E 33.75, A 35.0). Bass: verse bar -- A2 28.750, A2
    # 29.062, A2 29.375, A3 29.688, 0.19 s each, velocity 73-78; hook, 0.25 s notes at velocity 102-109: 30.000 A2,
    # 30.312 A3, 30.938 E3 | 31.250 B2, 31.562 B3, 32.188 F#3 | 32.500 E2, 32.812 E3, 33.438 B2 | 33.750 E2, 34.062 E3,
    # 34.688 B2 | 35.000 A2, 35.312 A3, 35.938 E3 -- root on 1, octave on the 'and' of 1, fifth on the 'and' of 2,
    # nothing on 2. Kit: kick on every 1 (28.75, 30.0, 31.25, ...), snare on every 2, hats on the eighths, a crash at
    # 30.0; the hook's kit at velocity 102-114 against 72-83. Same score for @degraded. h06 (32.5-37.48) asked this
    # hook's bass against the kick, w08 (30-40) the bass with the piano, ap09 (6.25-13.75, degraded) what comes in at
    # the verse.
    Question("aq10", "ft_drive_e24@degraded", ["bass", "drums"], 28.75, 36.25,
             "what's the bass doing under the chorus -- the same thing as in the verse? and is he still with the "
             "kick?",
             "No, it changes at the chorus (about 30.0 s; 2/4 at about 96, a bar about 1.25 s). At the end of the "
             "verse (28.75-30 s) he pumps straight eighths on the root -- A, A, A and the octave A on the last "
             "eighth. From the chorus he plays a one-bar riff instead: the root on the one, the octave above on the "
             "'and' of one, the fifth on the 'and' of two, and nothing on beat two (where the snare is) -- A, A, E | "
             "B, B, F sharp | E, E, B | E, E, B | A, A, E (following the chords A, B, E, E, A) -- and he digs in, a "
             "lot louder than in the verse, the notes a touch longer. He's with the kick: the kick is on every one "
             "(the snare on every two) and each of his bars starts right with it, on the grid; his other notes fall "
             "between the drums' hits. Right: the change from root eighths to the root-octave-fifth riff with the "
             "gap on two, at about 30 s, and the bass on the kick's one. Partly: the riff right without the verse "
             "contrast (or the change put more than a beat off); or the contrast right with the riff's notes or "
             "rhythm wrong, or the bass called off the kick.",
             "The same as in the verse; a walking line or held notes; the bass on the snare's beat in the chorus; "
             "the bass loose, ahead of or behind the kick."),
    # truth: ft_ballad_eb54 song.mid / truth.json (5/4 at 120, a bar 2.5 s; chorus to 37.5, break 37.5-42.5, bridge
    # 42.5-52.5, outro from 52.5). Bass: last note G#3 36.5-36.7, then nothing until D#2 at 52.5 -- out through the
    # break and the bridge. Kit in the window: the break's fill -- high tom 38.0, snare 38.75 and 39.0, kick 39.5, 40.0,
    # high tom 40.25, 40.5, low tom 41.0, snare 41.5, kick 41.75, 42.0, high tom 42.25 -- and nothing in the bridge.
    # Piano from 42.5: a rising arpeggio on the eighths (G#3 B3 D#4 G#4 B4 ..., velocity 49-57); voice from 42.52: E
    # flat 5 held to 44.90, F5 45.02-47.40. eval/frame_test_songs.py degrade_copy: each stem carries every other stem at
    # spill_db (-24 dB in the cached copy's conditions.json; -12, -18 or -24 by seed, so no key rests on the level),
    # plus a room (1.25 s) and a noise floor (24 dB under the stem's own level). ag06 (42.5-52.5, degraded) asked roots
    # for a bass in the bridge; no question asked bleed in this bass track.
    Question("aq11", "ft_ballad_eb54@degraded", ["bass"], 38.0, 47.5,
             "the bass player's out from here, right? is his track clean enough to leave open, or is other stuff "
             "leaking into it?",
             "He's out -- his last note is just before the drum break (about 36.7 s) and he doesn't play again until "
             "the outro (52.5 s) -- but his track isn't clean. The other instruments bleed into it at a low level, "
             "with a bit of room and a noise floor: through the drum break (to 42.5 s; 5/4 at about 120, a bar 2.5 "
             "s) you'd hear the drummer's fill in it -- toms, snare and kick; from 42.5 s, in the bridge, the keys' "
             "soft arpeggio and the singer's long held notes (E flat, then F) come through faintly, with no drums. "
             "So gate or mute it rather than leave it open. Right: not clean, with bleed from the other instruments "
             "(at least the drums in the break, or the keys or voice after 42.5 s). Partly: 'not clean' put down to "
             "noise or room only; or bleed named with the bass said to play somewhere in the window.",
             "Clean or silent; the bass playing through the window; bleed only from a part that doesn't play here "
             "(e.g. a guitar)."),
    # truth: ft_drive_ab152 song.mid / truth.json (A flat major, 4/4 at 152, a bar 1.579 s; verse to 37.89, hook
    # 37.89-50.53; chords Eb 36.32, Fm 37.89, Db 39.47, Ab 41.05, Eb 42.63). Velocities, the verse's last bars
    # (31.58-37.89) against the hook (37.89-44.21): kick 81-89 / 106-111, snare 76-84 / 101-109, hats 56-72 / 81-97, a
    # crash (114) at 37.895 only; bass root eighths 71-79 (D#2 on every eighth in 36.32-37.89) / a riff (F2 F3 C3 F2 D3,
    # C#2 C#3 G#2 C#2 A#2, ...) 101-109; guitar three-note off-beat stabs (G4 A#4 D#5) 68-76 / four-note chords strummed
    # on every eighth (F3 G#3 C4 F4, ...) 89-107, 32 notes a bar against 12; voice: the verse's last note ends 36.28,
    # then only two-note calls at 40.66-40.96 (C#5 F5) and 43.82-44.12 (D#5 G5), velocity 101-109 against 81-89. No fill
    # in the bar before, no level change inside the hook. r05 (33.16-44.21) asked what changes in these bars, c06
    # (31.57-44.2) whether the drummer digs in, ae07 (41.05-63.16, degraded) the level through the stop.
    Question("aq12", "ft_drive_ab152", ["drums", "bass", "guitar", "vocals"], 36.32, 44.21,
             "where does this kick up a gear? at what point does it get loud, and is that the whole band or just the "
             "drums?",
             "At about 37.9 s -- the downbeat of the second bar here (4/4 at about 152, a bar about 1.58 s), where "
             "the verse ends and the hook starts -- and it's the whole band at once. The drummer hits a crash and "
             "plays the same beat (kick on one and three, snare on two and four, eighth hats) much harder; the bass "
             "goes from quiet root eighths to a louder riff with octave jumps; the guitar goes from light off-beat "
             "chord stabs to full chords strummed on every eighth; and the singer, who stops at about 36.3 s, comes "
             "back with short, loud two-note calls (about 40.7 and 43.8 s). The bar before (36.3-37.9 s) is still at "
             "the verse's level, with no fill or build into it, and once it's up it stays there through the hook. "
             "Right: the jump at about 37.9 s (within about half a beat) and more than the drums (the bass, the "
             "guitar, or 'everyone'). Partly: the jump placed right but said to be the drums only; or 'the whole "
             "band' right with the jump put a bar or more off, or described as a gradual build.",
             "No change, it stays level; a gradual crescendo across the window; the loud point elsewhere (e.g. at "
             "36.3 s or in the middle of the hook); only the singer."),
]
GRADES_42 = {"aq01": "right", "aq02": "right", "aq03": "wrong", "aq04": "right", "aq05": "partly", "aq06": "wrong",
             "aq07": "partly", "aq08": "wrong", "aq09": "right", "aq10": "partly", "aq11": "wrong", "aq12": "right"}
GRADES_42_WHY = {
    "aq01": "no cymbal and nothing ringing; the tambourine-or-hat on two and four (the reading cannot tell them apart, "
            "said as such), the kick on one, the and of two and three, the snare on two and the and of three, the tom "
            "on the and of four: right",
    "aq02": "straight (a slight lean, well short of swing) and the ride on the eighths, with the reading's gaps "
            "said: right",
    "aq03": "the changes within a beat of 11.2, 14.9, 16.7 and 18.6 s and A flat, E flat, B flat, A flat in order, "
            "but the last chord B flat (the V) where he plays E flat, and the comp called a picked line: wrong "
            "(the known chord reading of this take)",
    "aq04": "the crash bar, the plainer beat from 3.2 s, the fill around 5.6-6.4 s, the singer's verse at 6.6 s and "
            "the bashing bar again at 8.0 s; 'every bar differs' too strong: right",
    "aq05": "the first line's G G G E flat F (an extra G and F read), the second's C, D flat, E flat, D and the last "
            "B flat, with B and A read for her flat C: partly",
    "aq06": "the drums cannot be heard apart in the unseparated mix, so no verdict (the level flat and nothing "
            "entering said): wrong",
    "aq07": "B major as the last chord right, but whether it comes home left to the ear (the text called it 'the "
            "home chord of B major', the window's own centre, beside the song's E flat minor): partly",
    "aq08": "a kick run with snare and an open hat on the twelfth eighth where he plays toms and no cymbal, the gap in "
            "the third bar missed: wrong",
    "aq09": "pad chords a bar each (A, E, C sharp minor, A) and the singer taking the tune at 9.5 s with the band: "
            "right",
    "aq10": "the bass with every kick right and the chorus's octave-and-fifth figure named, but read as every "
            "eighth (the gap on two missed) and the verse's root eighths not contrasted: partly",
    "aq11": "he is out, but his track read as holding no spill (the text: 'nothing sounds in the selection') where "
            "the kit's fill and then the keys and voice leak into it: wrong",
    "aq12": "the lift at 37.8-37.9 s as the new section begins, and more than the drums: the guitar's strums and the "
            "bass's figure from the events and bar notes: right",
}
# the baseline's text names the stems, the track's key and the frame: no question here is answered by the key alone
BASELINE_GRADES_42 = {q: "wrong" for q in GRADES_42}
# Round 43 (held out): everyday session questions -- whether a real country kick flams against the hat and sits on a
# grid, an E flat pedal under a real comp, a two-bar loop out of the unseparated mix and the singer across it, a real
# lead guitar's rhythm for a synth stab, a real band's tempo and bar lines from a clip cut mid-bar, the gaps between a
# real unaccompanied singer's lines, a swing bass's thirds against minor chords, a degraded 5/4 chorus beat to program,
# what changes at a verse and whether the band gets bigger, the chord under a singer's rest and where it goes, whether a
# degraded singer's chorus shouts sit on the beat and whether a degraded singer doubles the guitar in a stop -- written
# from the scores (song.mid / truth.json) and the human annotations before any packet of it was made; no analysis code
# run and no server output read.
QUESTIONS_43 = [
    # truth: musicdelta_country1 annotations/MusicDelta_Country1_MIX.beats (manual; 4/4, truth.json 109.09 BPM; beats
    # 0.53-0.57 s apart here; downbeats 2.26, 4.46, 6.61, 8.79, the next 11.00) and _subclass.txt (manual onsets; the
    # take: KD 32, CHH 37, side-stick SST 32, no snare, no cymbal). Every bar a closed hat and the kick together on 1
    # and 3 -- CHH/KD 2.278/2.29, 3.368/3.38, 4.461/4.47, 5.542/5.55, 6.632/6.64, 7.729/7.74, 8.790/8.80, 9.912/9.92,
    # the kick 8-12 ms after the hat every time -- and the side-stick alone on 2 and 4 (2.83, 3.93, 5.01, 6.10, 7.18,
    # 8.28, 9.37, 10.47); two extra hats late in beats 3 and 4 of the bar from 6.61 (8.14, 8.68). Kicks 1.06-1.12 s
    # apart (half a bar); every hit within ~30 ms of its annotated beat. e05 (0-8.79) asked whether one bar loops, k03
    # (8.76-13.15) whether the hat doubles the kick, an09 (21.92-26.27) the drum-machine steps; none asked the kick
    # against the hat's timing.
    Question("ar01", "real:musicdelta_country1", ["drums"], 2.26, 11.0,
             "gonna swap his kick for a sample -- is the kick landing right with the hat, or is there a flam between "
             "them? and is he steady enough that I can just snap everything to a grid?",
             "Together: every kick is played with a closed hi-hat (on one and three) and the two land within about a "
             "hundredth of a second of each other (the kick a hair, 8-12 ms, after the hat every time) -- no audible "
             "flam, so a kick sample will sit with the hat. The side-stick plays on its own on two and four; the hat "
             "is not on every eighth (only with the kick, plus two extra hits late in the third bar, about 8.1 and "
             "8.7 s). And he's steady: 4/4 at about 109-110 BPM (a beat about 0.55 s, a bar about 2.2 s, bars from "
             "2.26, 4.46, 6.61 and 8.79 s), the kicks 1.06-1.12 s apart and every hit within about 30 ms of the "
             "beat, so a grid at about 109 fits without drifting. Right: the kick and hat together (no flam) and "
             "steady at about 109 BPM (within about 3). Partly: one of the two right (together with the tempo wrong "
             "or not given; or steady at the right tempo with the kick said to flam, land apart from the hat or sit "
             "on other beats).",
             "A flam of 20 ms or more between kick and hat; the kick on every beat or with the side-stick; the tempo "
             "drifting, rushing or dragging; a tempo more than about 5 BPM off (or halved or doubled) as the main "
             "answer."),
    # truth: guitarset_00_BN1-129-Eb_comp truth.json chords (the jams' instructed lead sheet: Ab 7.44-11.16, Eb
    # 11.16-14.88, Bb 14.88-16.74, Ab 16.74-18.60), key Eb major, downbeats_s (129 BPM, 4/4, a bar 1.860 s: 7.44, 9.30,
    # 11.16, 13.02, 14.88, 16.74, 18.60; the window opens on beat 3 of the bar from 7.44), the jams' performed chords
    # (G#:maj6(*5), D#:maj7, A#:maj, G#:maj6(2,b5,*5)) and notes.guitar. The Bb bar: A#2 14.83-15.32 and 15.33-16.75,
    # D#3 14.92-15.16 (a moment's suspension), A#3 15.57, D4 15.83-16.80, F3 16.04, A#4 16.26. Eb bars: D#3 11.16,
    # 11.90, 13.30, 13.97 with D4 (the major seventh) at 12.36, 12.80, 13.31, 14.45. Ab bars: D#4 9.58, 10.05, 10.51,
    # 10.96 (E flat in the chord), G#2 17.02/17.71 with C4, F4, G3. al10 (5.58-13.02) asked chromatic notes for a bass
    # line, c03 (7.44-16.74) his own bass notes, ag01 (13.02-18.6) the Bb bar's seventh; none asked a pedal.
    Question("ar02", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 8.37, 18.6,
             "bass player wants to sit on a low E flat pedal under this whole stretch -- will that work, or is there "
             "a spot where it'll rub against what the guitar's playing?",
             "It works almost everywhere -- E flat is in the A flat chords (their fifth; he plays A flat 6 and A flat "
             "with a major seventh) and is the root of the E flat major 7 chords -- except in the one bar of B flat, "
             "about 14.9-16.7 s (4/4 at about 129, a bar about 1.86 s). There the chord is B flat major (B flat, D, "
             "F, with his own bass on B flat): an E flat under it is the fourth, not a chord tone, and it rubs a "
             "semitone against the D he holds on top from about 15.8 s (he touches an E flat himself only for a "
             "moment on that bar's one, about 14.9 s, then goes to D). The chords in the window: A flat (to 11.2 s), "
             "E flat (11.2-14.9), B flat (14.9-16.7), A flat (16.7-18.6). So the pedal holds, but for that bar move "
             "it (to B flat or F) or accept the tension. Right: the B flat bar (about 14.9-16.7 s, within about a "
             "beat) named as the one place it rubs, the rest fine. Partly: the B flat chord named as the rub without "
             "a time, or with one other bar flagged too; or the time right with the chord named wrong (e.g., G minor "
             "or D minor).",
             "The pedal rubbing only in the E flat or A flat bars; clashing throughout; fine everywhere with no word "
             "on the B flat bar."),
    # truth: musicdelta_rock annotations/MusicDelta_Rock_MIX.beats (manual; beats 0.53-0.55 s apart, 109-110 BPM, 4/4;
    # downbeats 4.36, 6.54, 8.72, 10.91; the mix ends 13.09), _subclass.txt (manual; every bar KD 1 and 3 -- 4.389,
    # 5.451, 6.542, 7.634, 8.737, 9.828, 10.902, 11.993 -- SD 2 and 4 -- 4.894, 5.991, 7.082, 8.173, 9.253, 10.374,
    # 11.442, 12.545 -- CHH on the eighths; the take's one OHH at 4.09; no cymbal or tom),
    # MDB_MusicDelta_Rock_STEM_05.csv (the singer's verified f0, voiced 3.94-4.32, 4.41-4.51, 4.64-4.88, 4.93-5.50,
    # 5.61-5.75, 5.88-6.74, 6.81-8.02, 8.31-10.04, 10.47-12.75: across the bar lines at 6.54, 8.72 and 10.91) and
    # _SOURCEID.lab (one of the two guitars 0.09-12.59). ae04 (0-13.09) asked the whole bounce's bars for a loop, ap04
    # (3-12) the BPM and first downbeat, f05 (1.5-13) the singer's pickups, aq06 (5-13) the drummer to the end.
    Question("ar03", "mix:musicdelta_rock", ["mix"], 4.0, 13.0,
             "want to lift a clean two-bar loop out of this for a remix -- exactly where do I cut so it loops on the "
             "bar? and is the vocal going to be a problem in the loop?",
             "Cut on the bar lines: 4/4 at about 110 (a beat about 0.545 s, a bar about 2.18 s, two bars about 4.36 "
             "s); the bars start at about 4.36, 6.54, 8.72 and 10.91 s (the next would be 13.09, where the bounce "
             "ends). So 4.36-8.72, 6.54-10.91 or 8.72-13.09 all work; start at 4.36 or later (the clip opens about "
             "two thirds of a beat before that one, and his only open hat is at 4.09, just before it). The drums are "
             "the same bar throughout (kick on one and three, snare on two and four, closed hats on the eighths, no "
             "fill or crash), so they loop seamlessly. The vocal is the problem: he sings almost without a break -- "
             "his gaps are short and fall mid-bar (about 8.0-8.3 and 10.0-10.5 s) -- and his lines run across the "
             "bar lines at about 6.5, 8.7 and 10.9 s, so a two-bar loop chops him mid-phrase and repeats a line that "
             "doesn't repeat in the song: loop an instrumental, or mute or fade him. Right: two-bar cut points on "
             "the bar lines (within about 0.1 s of two of 4.36, 6.54, 8.72, 10.91, 13.09, two bars apart, or a right "
             "downbeat with the right 4.36 s length) and the vocal named as a problem (singing through the loop "
             "points). Partly: the cut points right with the vocal said to be fine or not addressed; or the vocal "
             "problem right with the cut points a beat or more off or the length wrong (e.g., one bar, or 4 s at "
             "120).",
             "Cutting at the clip's start (4.0 s) or on a snare; a loop length from a wrong tempo; the drums said to "
             "change (a fill or crash); the vocal said to sit out or loop cleanly as the main answer."),
    # truth: musicdelta_shadows annotations/MusicDelta_Shadows_MIX.beats (manual; beats 16.39 (3), 16.93 (4), then
    # downbeats 17.47, 19.65, 21.83, 24.03 with beats 18.02, 18.57, 19.11 | 20.20, 20.77, 21.29 | 22.38, 22.94, 23.48;
    # about 110 BPM) and MDB_MusicDelta_Shadows_STEM_04.csv (the lead guitar's verified f0; the guitar stem is the lead
    # and the rhythm guitar summed). Lead, by pitch: G2 16.95-17.47 (beat 4, slid into) C3 17.50-18.52; Eb3 18.58-19.07;
    # G3 19.12-19.60; F3 19.64-20.49; Eb3 20.52-20.73; D3 20.79-21.00; C3 21.01-21.32; Bb2 21.33-21.79; C3 21.84-23.60;
    # nothing voiced from 23.60 until 26.19. ak05 (4.37-21.83) asked whether his phrases start on the one, j02
    # (17.45-26.17) the notes and the chord of these bars, b01 (13.09-24.03) his vibrato; none asked the rhythm.
    Question("ar04", "real:musicdelta_shadows", ["guitar", "drums"], 16.5, 24.03,
             "want a synth stab to copy the lead guitar's rhythm through here -- where do his notes land in the bar?",
             "4/4 at about 110 (a beat about 0.55 s, a bar about 2.2 s, bars from about 17.5, 19.65 and 21.8 s). He "
             "picks up on beat four of the bar before (about 16.95 s, a low G sliding into the next note), then: bar "
             "one -- a long note on the one (C, held through beat two), then quarter notes on three (E flat) and four "
             "(G); bar two -- a note on the one held to the 'and' of two (F), then eighth notes stepping down, the "
             "'and' of two (E flat), three (D), the 'and' of three (C), and a quarter on four (B flat); bar three -- "
             "one long note on the one (C), held about three beats, to about 23.6 s, then nothing to the end of the "
             "clip (he rests until about 26.2 s). So: pickup | long-short-short | long, three eighths, quarter | long, "
             "rest. Right: most attacks placed within about an eighth (the pickup on four, the ones of all three "
             "bars, the quarters on three and four of bar one, the eighth-note run in bar two) and the long last "
             "note with the rest after it. Partly: the shape right (a long note starting each bar, quarters in the "
             "first, a quicker run in the second) with several attacks a beat off or the pickup and the rest missed; "
             "or the first two bars right and the last wrong.",
             "Steady eighths or quarters throughout; notes off the beat in a syncopated pattern throughout; the "
             "rhythm guitar's part given as the lead's; no rest at the end."),
    # truth: musicdelta_beatles annotations/MusicDelta_Beatles_MIX.beats (manual; 16.36 (3), 16.90 (4), downbeats 17.45,
    # 19.64, 21.84, 24.01, the next 26.20; beats 0.52-0.59 s apart, median 0.545; truth.json 111.11 BPM over the take)
    # and _subclass.txt (manual onsets): KD 17.46, 19.66, 21.84, 24.01 on the ones (and on the 'and' of 2 and on 3);
    # floor tom doubled on the 'and' of 4 just before each one (17.18/17.23, 19.36/19.42, 21.56/21.61, 23.72/23.77,
    # 25.92/25.97); TMB with SD on 2 (17.96/17.97, 20.18/20.19, 22.36/22.37, 24.54/24.55), TMB alone on 4 (19.10, 21.29,
    # 23.46, 25.65). _SOURCEID.lab and STEM_07/08 f0: his last note ends 18.41, hers starts 18.04. z07 (28.35-34.9)
    # asked the BPM and time signature, aj05 (6.55-34.92) one fixed tempo, g03 (15.25-24.0) the singer switch; none from
    # a clip cut mid-bar in this part.
    Question("ar05", "real:musicdelta_beatles", ["drums", "bass", "guitar", "vocals"], 16.3, 26.0,
             "need to line my grid up to this bit -- what tempo is it, and where exactly do the bars start? I cut it "
             "wherever, so I don't know where the one is",
             "About 110-111 BPM in 4/4 (a beat about 0.545 s, a bar about 2.18 s). The clip starts just before beat "
             "three of a bar (16.36 s); the bars then start at about 17.45, 19.64, 21.84 and 24.01 s (the next at "
             "26.2, just after the end). Each one is marked by the kick, right after the floor tom's quick double "
             "hit on the 'and' of four; the tambourine with the snare lands on two, the tambourine alone on four. "
             "(The lead vocal passes from him to her around 18 s, inside the first bar; the grid doesn't move.) "
             "Right: a tempo of 108-113 and the bar lines within about 0.15 s of 17.45, 19.64, 21.84 and 24.01 (at "
             "least three of them, or the first with the right bar length). Partly: the tempo right with the ones a "
             "beat or more off (e.g., on the snare and tambourine at about 18.0 s, or on the floor tom); or the ones "
             "right with the tempo halved or doubled (about 55 or 222).",
             "A tempo outside about 100-120 not given as half or double; 3/4 or 6/8; the one put at the clip's start "
             "(16.3 s)."),
    # truth: vocadito_1_solo_voice truth.json notes (annotator A1) and annotations/vocadito_1_notesA2.csv (A2: the same
    # line ends and starts to 10 ms) and vocadito_1_lyrics.txt. Lines: 'sayang ang pera ko' 12.90-15.31 (last note D3
    # 14.93-15.31); 'binili ng lobo' 15.92-18.30 (D3 15.92 ... G3 17.94-18.30); 'sa pagkain sana' 18.92-21.36 (F3
    # 20.70-21.36); 'nabusog pa ako' 21.88-24.38 (A2 24.00-24.38); 'sa pagkain sana' again from 25.06. Gaps between
    # lines: 15.31-15.92 (0.61 s), 18.30-18.92 (0.62), 21.36-21.88 (0.52), 24.38-25.06 (0.68). Inside the lines only
    # 20.28-20.43, 22.70-23.00 (A2: 22.41-22.52 too) and 23.86-24.00. No accompaniment. ab04 (2.5-14.0) asked her
    # breaths in the first verse, h10 (15.8-27.95) the lines and top note, i03 (15.5-21.5) the notes.
    Question("ar06", "real:vocadito_1_solo_voice", ["vocals"], 15.0, 25.0,
             "want to answer each of her lines with a little kalimba figure -- where does she actually stop between "
             "lines in here, and how long do I get each time?",
             "Not long -- about half a second to two thirds of a second each time. She's unaccompanied, so there's "
             "no beat to count against; she sings four lines here, and the gaps fall at about 15.3-15.9 s (after "
             "'sayang ang pera ko'), 18.3-18.9 s (after 'binili ng lobo'), 21.4-21.9 s (after 'sa pagkain sana') and "
             "24.4-25.1 s (after 'nabusog pa ako', running just past the end of the clip). Inside the lines there "
             "are only catch-breaths of a tenth to a third of a second (e.g., about 20.3 and 22.7-23.0 s), too short "
             "to answer in. So each answer has to be a quick two- or three-note figure, or overlap her next line. "
             "Right: at least three of the four gaps placed within about 0.2 s, with lengths of about half a "
             "second. Partly: two gaps placed right; or the places right with the lengths far off (e.g., 'a couple "
             "of seconds'); or an inside-the-line breath (22.7-23.0 s) given in place of one of them.",
             "No gaps (she sings straight through); gaps of a second or more; gaps mostly in other places (e.g., "
             "every second or so)."),
    # truth: ft_swing_g1208 song.mid / truth.json (G major, 12/8 at 63 dotted quarters, a beat 0.952 s, a bar 3.81 s;
    # solo 30.48-60.95; chords G 38.10, E:min 41.90, A:min 45.71, D 49.52). Bass, one note a beat (0.857 s): G2 38.095,
    # B2 39.048, D3 40.000, Eb2 40.952 | E2 41.905, Ab2 42.857, B2 43.810, Bb2 44.762 | A2 45.714, Db3 46.667, E3
    # 47.619, Db2 48.571 | D2 49.524. Guitar, one note on every triplet eighth (0.476 s each): G3 B3 D4 G4 B4 cycling in
    # the G bar; E3 G3 B3 E4 G4 in the E minor bar (G3 42.222, G4 43.175 against the bass's G#2 42.857-43.714); E3 A3 C4
    # E4 A4 in the A minor bar (C4 46.349-46.825 into the bass's C#3 from 46.667, C4 again 47.937).
    # eval/frame_test_songs.py walk="key" (the key's third above every root, as documented there). f06 (41.9-57.14,
    # degraded) asked this clash, ak09 (22.86-30.48) the head's E minor bar, o10 and v08 the solo's bass.
    Question("ar07", "ft_swing_g1208", ["bass", "guitar"], 38.1, 49.52,
             "writing my own bass line for this stretch of the solo -- what's the bassist doing against the chords? "
             "is he on chord tones the whole way?",
             "He walks one note a beat (12/8 at about 63, four beats a bar, a bar about 3.8 s): root, third, fifth, "
             "then a half-step lead-in to the next chord's root on beat four. Over G major (38.1-41.9 s) that's G, "
             "B, D, E flat (into E) -- fine. But he plays a major third over every chord, and the next two are "
             "minor: over E minor (41.9-45.7 s) E, G sharp, B, B flat (into A), and over A minor (45.7-49.5 s) A, C "
             "sharp, E, C sharp (into D at 49.5 s). The guitar arpeggiates the minor chords in triplets (E-G-B, "
             "A-C-E), so his G sharp (beat two, about 42.9 s) rubs against the guitar's G, and his C sharp (about "
             "46.7 s) against its C: not chord tones, a clash. The beat-four lead-ins (E flat, B flat, C sharp) are "
             "chromatic passing notes. Right: the walking pattern (root, third, fifth and a lead-in; or at least a "
             "chord tone a beat with chromatic lead-ins) and the major third against at least one of the minor "
             "chords (G sharp in E minor or C sharp in A minor) named as the clash. Partly: the walk right with "
             "every note called a chord tone (the clash missed); or the clash named (a wrong third in the minor "
             "bars) with the pattern or the chords described wrong.",
             "Roots only, a pedal or a riff; all chord tones with no clash and no walking pattern; the clash put in "
             "the G major bar."),
    # truth: ft_ballad_eb54 song.mid / truth.json (E flat minor, 5/4 at 120, a beat 0.5 s, a bar 2.5 s; chorus
    # 22.5-37.5, break from 37.5; chords Abm 32.5, Bbm 35.0). Kit: K 32.5, 33.5, 34.5, 35.0, 36.0, 37.0 (v97-99); S
    # 33.0, 34.0, 35.5, 36.5 (v92-96); closed HH every 0.25 s from 32.5 to 37.25, on the beats v79-87, off-beats v71-79;
    # no crash, tom or ride in 32.5-37.5 (crashes at 22.5 and 37.5, the break's first hit). Same score for @degraded
    # (cached conditions.json: spill -24 dB, room 1.25 s, noise 24 dB under). k07 (30-37.5) asked the kit on this
    # chorus, aj08 (25-35, degraded) the kick on the last beat, r08 and s12 the meter.
    Question("ar08", "ft_ballad_eb54@degraded", ["drums"], 32.5, 37.5,
             "programming this chorus beat -- how many beats in a bar, and where do the kick, snare and hats go? do I "
             "need a fill or a crash anywhere in these two bars?",
             "Five beats a bar (5/4 at about 120, a bar 2.5 s, from 32.5 and 35.0 s). Kick on one, three and five; "
             "snare on two and four; closed hi-hat on every eighth (ten a bar), a touch louder on the beats. So the "
             "kick on five runs straight into the kick on the next one -- two kicks in a row across the bar line. "
             "No fill and no crash in these two bars: the last bar is the plain beat right to the end (the crash at "
             "37.5 s opens the drum break, after the clip). Right: 5/4 with the kick on 1, 3, 5 and the snare on 2, "
             "4 (hats on the eighths) and no fill. Partly: 5/4 with the kick or snare partly wrong (e.g., the kick "
             "on 1 and 3 only, or the snare on 3 as in the verse), or a fill or crash claimed; or the kick and snare "
             "right with the meter called something else.",
             "4/4 (or 3/4) with a plain backbeat; a half-time beat; a ride keeping time; a fill at the end as the "
             "main answer."),
    # truth: ft_drive_ab152 song.mid / truth.json (A flat major, 4/4 at 152, a bar 1.579 s; intro 0-12.63, verse from
    # 12.63; chords a bar each: Db 7.89, Ab 9.47, Db 11.05, Ab 12.63, Db 14.21, Ab 15.79). Intro: kit (K on 1 and 3, S
    # on 2 and 4, HH eighths) and bass (Ab2 / Db2 on every eighth, the octave on the last) only. From 12.632: a crash;
    # guitar three-note stabs on every 'and' (Ab4 C5 Eb5 at 12.829, 13.224, 13.618, 14.013; F4 Ab4 Db5 from 14.408); the
    # voice from 12.632 in eighths (Ab4 G4 Ab4 Bb4 C5 B4 C5 D5 | Db5 ...). Velocities 8.0-12.63 / 12.63-17.0: kick 86-91
    # / 81-86, snare 81-89 / 76-82, hats 61-77 / 56-72, bass 76-84 / 71-79; guitar 68-76, voice 81-89. i08 (6.32-18.95)
    # asked what comes in at the verse, o07 (9.45-15.77) spill and the singer's entry, ah10 (e24) whether a drummer digs
    # in at a verse.
    Question("ar09", "ft_drive_ab152", ["drums", "bass", "guitar", "vocals"], 8.0, 17.0,
             "the second half of this feels different from the first -- what actually changes, and when? does the "
             "band get bigger, or pull back?",
             "At about 12.6 s -- a downbeat (4/4 at about 152, a bar about 1.58 s) -- the intro turns into the "
             "verse. What's new: the guitar comes in with short chord stabs on the off-beats (the 'and's, the first "
             "at about 12.8 s), and the singer comes in right on that downbeat with a climbing eighth-note line; the "
             "drummer marks it with a crash. What stays: the drums keep the same beat (kick on one and three, snare "
             "on two and four, hats on every eighth) and the bass the same root eighths (the octave on the last "
             "eighth of each bar), over the same A flat / D flat changes, a bar each. So it gets bigger in parts, "
             "not in level -- if anything the drums and bass play a touch softer in the verse to leave room. Right: "
             "the change at about 12.6 s (within half a beat) with the guitar and the singer coming in and the "
             "drums and bass carrying on. Partly: one of the two entries (guitar or singer) with the time right; or "
             "both named with the change placed a bar or more off.",
             "Nothing changes; the drums or bass changing pattern or stopping; a drum fill into it; the drums and "
             "bass getting much louder as the main change."),
    # truth: ft_ballad_csm76 song.mid / truth.json (C sharp minor, 4/4 at 76, a bar 3.158 s; verse 9.47-28.42; chords E
    # 15.79, B 18.95, C#m 22.11, A 25.26). Piano pads held 3.095 s: E3 G#3 B3 at 15.789, F#3 B3 D#4 at 18.947, E3 G#3
    # C#4 at 22.105, E3 A3 C#4 at 25.263; bass E2, B2, C#2, A2 on each one. Voice: E5 F#5 E5 D#5 in quarters
    # 15.789-18.884, nothing until 22.105, then eighths E5 F#5 G#5 A#5 G#5 G5 G#5 A#5, and A5/G#5 from 25.263 (her bar
    # of rest is bar 4 of each four-bar line). ai05 (9.47-28.42) asked natural minor against the major five, a05
    # (15.79-28.42) the bass against the chords, q04 (9.47-22.1) the verse's chords.
    Question("ar10", "ft_ballad_csm76", ["piano", "bass", "vocals"], 17.0, 27.0,
             "she drops out for a bit around 20 s -- what chord's sitting under that gap, and what does it go to "
             "when she comes back in? want a string swell in the hole that resolves with her",
             "B major (B, D sharp, F sharp; the bass on B), held the whole bar from about 18.9 to 22.1 s (4/4 at "
             "about 76, a bar about 3.16 s) -- exactly the bar she rests in: her last note (a D sharp) ends at about "
             "18.9 s and she comes back on the next downbeat, about 22.1 s. There it goes to C sharp minor (C sharp "
             "in the bass, the keys on E, G sharp, C sharp) -- home: the song is in C sharp minor, and B major is "
             "its flat-seven chord, a step below. (Before the gap, E major from 15.8 s; after, A major from 25.3 "
             "s.) So the swell: B major resolving into C sharp minor at 22.1 s. Right: B major under the gap and C "
             "sharp minor where she comes back (about 22.1 s). Partly: one of the two chords right (B major with "
             "the next chord wrong; or B minor or B7 under the gap with the C sharp minor right); or both right with "
             "her return placed a bar off.",
             "E major or G sharp major under the gap; no gap; she comes back over A major or E major."),
    # truth: ft_drive_e24 song.mid / truth.json (E major, 2/4 at 96, a beat 0.625 s, a bar 1.25 s; hook 30-40; chords B
    # 31.25, E 32.5, E 33.75, A 35.0, B 36.25, E 37.5). Voice: B5 31.875, D#5 32.188, E5 34.375, G#5 34.688, B5 36.875,
    # D#5 37.188 (0.28 s each, v102-108), no other note in 31.25-38.75 (the next 39.375). Kit: K on every 1 (31.25,
    # 32.5, ...), S on every 2 (31.875, 33.125, 34.375, 35.625, 36.875, 38.125), HH on every eighth. Same score for
    # @degraded (cached conditions.json: spill -18 dB, room 0.46 s, noise 30 dB under). af07 (30-40, degraded) asked the
    # calls' notes, ag05 (30-40) the calls against the bass notes, t08 (20-30) whether the singer is on the beat in the
    # verse.
    Question("ar11", "ft_drive_e24@degraded", ["vocals", "drums"], 31.25, 38.75,
             "her little shouts in the chorus -- is she right on the beat or pushing / laying back? and where in the "
             "bar do they land? lining a brass stab up with each one",
             "Dead on the beat. Each shout is two short notes, on beat two and the 'and' of two of every other bar "
             "(2/4 at about 96, a bar 1.25 s): about 31.9 / 32.2 s (B then D sharp), 34.4 / 34.7 s (E then G sharp) "
             "and 36.9 / 37.2 s (B then D sharp) -- the first note with the snare on two, the second on the off-beat "
             "hat. No push and no drag: they sit exactly on the drummer's grid (the room on this copy smears the "
             "tails, not the starts). Nothing from her on the ones or in the bars between. Right: on the beat (not "
             "ahead or behind), with the shouts on beat two of alternate bars (within about half a beat, at least "
             "two of the three). Partly: on the beat with the placement wrong (e.g., on the one, or every bar); or "
             "the placement right with her called ahead or behind by a noticeable amount.",
             "Ahead of or behind the beat as the main finding; singing continuously; the shouts on the downbeats."),
    # truth: ft_drive_ab152 song.mid / truth.json (A flat major, 4/4 at 152, a bar 1.579 s; stop 50.53-56.84, F:min
    # every bar; bars 50.53, 52.11, 53.68, 55.26). Guitar pads F3 Ab3 C4 at 52.105, 53.684, 55.263 (1.547 s each); voice
    # C5 at 52.125, 53.704, 55.283 (1.50 s each); no bass or drums until 56.842 (after the window). @degraded (cached
    # conditions.json: spill -12 dB, so the guitar is in her track). w02 (50.5-56.9) asked what happens in the stop, t02
    # (50.5-63.2) what changes, ap08 (47.37-56.84) the chord grid; none asked whether she doubles the guitar.
    Question("ar12", "ft_drive_ab152@degraded", ["vocals", "guitar"], 52.11, 56.84,
             "in this stop she's holding one note over the guitar -- is she singing her own harmony against it, or "
             "just doubling something the guitar's already got? want to add a pad without clogging it up",
             "Doubling. It's F minor the whole way (the stop, drums and bass out; 4/4 at about 152, a bar about 1.58 "
             "s, bars at about 52.1, 53.7 and 55.3 s): the guitar holds an F minor chord a bar at a time (F, A flat, "
             "C, from the F below middle C up to middle C) and she holds a C, re-sung each bar -- the C an octave "
             "above the guitar's top note, the chord's fifth. No line of her own: one note, the same every bar, the "
             "guitar's top voice an octave up. For the pad: F minor, sitting on F and A flat or leaving the C to "
             "her. (The band comes back at about 56.8 s, just after the clip.) Right: she holds C (the fifth of F "
             "minor), doubling the guitar's top note an octave up. Partly: the note C and F minor right with it "
             "called a harmony of her own or not tied to the guitar; or 'doubling the guitar' right with the note "
             "named wrong (e.g., F or A flat) or the chord wrong.",
             "A moving line or melody; a harmony a third above or below the guitar's top note; notes outside F "
             "minor; the bass or drums playing."),
]
GRADES_43 = {"ar01": "partly", "ar02": "wrong", "ar03": "partly", "ar04": "wrong", "ar05": "right", "ar06": "right",
             "ar07": "right", "ar08": "right", "ar09": "right", "ar10": "right", "ar11": "partly", "ar12": "partly"}
GRADES_43_WHY = {
    "ar01": "steady at 110 with the bars placed right, but whether the kick flams against the hat left open (the "
            "text does not measure two classes of one kit against each other): partly",
    "ar02": "the B flat bar missed (read as E flat major seven through 16.5 s) and the rub put in the next bar, "
            "read as F minor where he plays A flat: wrong (the known chord reading of this take)",
    "ar03": "two-bar cut points on the bar lines (4.34, 6.53, 8.71, 10.89 s) right, but the vocal left open: the "
            "unseparated mix cannot say where he sings: partly",
    "ar04": "the lead's long notes, quarters, run and rest not given: the rhythm guitar's eighths read as the part "
            "(the known two-parts-in-one-stem limit): wrong",
    "ar05": "110 in 4/4 and the ones at 17.44, 19.62, 21.80 and 23.96 s: right",
    "ar06": "three of her four gaps placed (18.3, 21.4, 24.4 s), each about half a second; the first (15.3 s) "
            "missed: right",
    "ar07": "the walk (root, third, fifth, a lead-in on four) and his G sharp over E minor against the guitar's G, "
            "his C sharp against its C: right",
    "ar08": "five to the bar, the kick on one, three and five, the snare on two and four, eighths on the timekeeper, "
            "no fill (a crash under the ringing hat not ruled out, said so): right",
    "ar09": "the change at 12.63 s: the singer on the one, the guitar's off-beat chops, the drums and bass carrying on; "
            "'about 3 dB louder' beside 'the lift comes from added layers': right",
    "ar10": "B major under her gap (18.9-22.1 s) and C sharp minor where she comes back at 22.1 s: right (counted as "
            "V to vi of E, the track's key reading)",
    "ar11": "her shouts placed right (31.9, 34.4, 36.9 s, the fourth beat of the read four-beat bar: beat two of the "
            "song's 2/4), but 'slightly behind the beat' from the text beside its own 'on the beat' starts, left open: "
            "partly",
    "ar12": "she holds C, the fifth of F minor, a chord tone and not a harmony of her own, with the guitar's C4 in one "
            "bar; the octave doubling of the guitar's top note not said: partly",
}
# the baseline's text names the stems, the track's key and the frame: no question here is answered by them
BASELINE_GRADES_43 = {q: "wrong" for q in GRADES_43}
# Round 44 (held out): everyday session questions -- a clap on a real country backbeat, looper points over a real
# comp's changes, harmony stacks on the unseparated mix's singer, a real lead line for a flute, a delay time and the
# room for it over a real punk singer, syllables for new words to a real unaccompanied tune, horn answers between a
# degraded swing singer's lines, a degraded 5/4 chorus's length and what follows it, a degraded verse a whole step
# down, a drum break to program, a bridge into an outro faded or stepped down, and whether a tag ends home -- written
# from the scores (song.mid / truth.json) and the human annotations before any packet of it was made; no analysis code
# run and no server output read.
QUESTIONS_44 = [
    # truth: musicdelta_country1 annotations/MusicDelta_Country1_MIX.beats (manual; 4/4, truth.json 109.09 BPM; beats
    # 9.36 (2), 9.90, 10.47 | 11.00, 11.55, 12.10, 12.63 | 13.19 ...; downbeats 8.79, 11.00, 13.19, 15.37, 17.55, the
    # next 19.72) and _subclass.txt (manual onsets): the side-stick SST alone on every 2 and 4 -- 10.47, 11.56, 12.66,
    # 13.74, 14.82, 15.90, 17.03, 18.10, 19.20 (nine, 0-40 ms after the annotated beat; none missing, none extra); the
    # closed hat CHH only with the kick on 1 and 3 (9.912/9.92, 11.008/11.02, 12.100/12.11, 13.195/13.20,
    # 14.279/14.29, 15.369/15.38, 16.454/16.46, 17.551/17.56, 18.640/18.65) and once alone late in beat 4 (19.57); no
    # snare, tom or cymbal. k03 (8.76-13.15) asked whether the hat doubles the kick, r11 (20-28) where the snare
    # lands, c02 (13.19-24.1) a fill, ao09 a clap on the beatles' backbeat; none asked whether the side-stick is alone
    # on every 2 and 4 here.
    Question("as01", "real:musicdelta_country1", ["drums"], 9.5, 19.72,
             "layering a clap on his backbeat through here -- is the side-stick on two and four in every bar, or "
             "does he drop or add any? and does the hi-hat land with it, or is it on its own?",
             "Every bar, on two and four, nothing missing and nothing added: nine side-stick clicks in the window, "
             "about 10.5, 11.6, 12.7, 13.7, 14.8, 15.9, 17.0, 18.1 and 19.2 s (4/4 at about 109, a beat about 0.55 "
             "s, bars from 11.0, 13.2, 15.4 and 17.6 s), each right on its beat. And it's on its own: the closed "
             "hi-hat plays only with the kick, on one and three (the two land together), plus one stray hat late in "
             "the last beat of the window (about 19.6 s) -- so a clap on two and four sits in the gaps between the "
             "kick-and-hat hits and won't flam with anything. No snare, toms or cymbals. Right: the side-stick on "
             "every two and four with none missing or extra, and the hat not with it (with the kick on one and "
             "three). Partly: two and four in every bar right with the hat said to play on them too (e.g., hats on "
             "every beat or every eighth); or the hat placement right with a bar said to miss the side-stick or to "
             "add one.",
             "The backbeat on one and three; the side-stick missing from several bars; a fill; hats on every eighth "
             "as the main answer."),
    # truth: guitarset_00_BN1-129-Eb_comp truth.json chords (the jams' lead sheet: Eb 0-7.44, Ab 7.44-11.16, Eb
    # 11.16-14.88, Bb 14.88-16.74, Ab 16.74-18.60, Eb 18.60-22.32), downbeats_s (129 BPM, 4/4, a bar 1.860 s: 5.58,
    # 7.44, 9.30, 11.16, 13.02, 14.88, 16.74, 18.60, 20.47), key Eb major; the jams' performed chords (D#:sus2(7)
    # 0-7.44, G#:maj6(*5) 7.44, D#:maj7 11.16, A#:maj 14.88, G#:maj6(2,b5,*5) 16.74, D#:maj7 18.60 to the end) and
    # notes.guitar (the A flat bar's first note, Ab3, pushed to 7.20, the 'and' of four; back to E flat at 18.64 with
    # Eb3 D4 G4, approached by D3 18.29 and A3 18.53). So he leaves the opening chord at 7.44 and lands on it for the
    # last time at 18.60: six bars (11.16 s). ak03 (0-22.32) asked the chart of the whole take, h09 (0-22.32) its
    # tempo and bars, aq03 (10.23-20.46) the chart and a chord at a moment; none asked loop points for one pass of the
    # changes.
    Question("as02", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 6.5, 20.0,
             "practising these changes with a looper -- I want one pass from where he first leaves his opening "
             "chord to where he lands back on it for the ending. where do I set the loop points, and how many bars "
             "is that?",
             "Loop from about 7.44 s to about 18.60 s: six bars of 4/4 at about 129 (a bar about 1.86 s, so about "
             "11.2 s). He leaves the opening E flat chord on the downbeat at 7.44 s (for A flat, with one note of "
             "it pushed in a little early, about 7.2 s), then: A flat two bars (7.44-11.16), E flat two bars "
             "(11.16-14.88), B flat one bar (14.88-16.74), A flat one bar (16.74-18.60), and lands back on E flat "
             "at 18.60 s, where he stays to the end of the take. (E flat also comes back at 11.16 s, but that's the "
             "middle of the pass, not the ending.) Right: both points within about a quarter second (half a beat) "
             "of 7.44 and 18.60 s, and six bars (or 24 beats). Partly: the start right with the end at the first "
             "return (about 11.2 s, two bars) or at the end of the take (about 22.3 s, eight bars); or six bars "
             "right with a point a beat or more off; or the points right with the bar count from a halved or "
             "doubled tempo (three or twelve).",
             "No change of chord found; a loop from the start of the clip; a loop that isn't a whole number of his "
             "bars."),
    # truth: musicdelta_rock annotations/MDB_MusicDelta_Rock_STEM_05.csv (the singer's verified f0: voiced 0.27-1.41,
    # 1.80-1.99, 2.04-2.61, 2.73-3.56, 3.94-4.32, 4.41-4.51, 4.64-4.88, 4.93-5.50, 5.61-5.75, 5.88-6.74, 6.81-8.02,
    # from 8.31; the longest stretch where the pitch stays within 0.7 semitone: 1.02-1.41, B flat 3, 0.39 s; then G3
    # 2.76-3.05, Bb3 3.13-3.37, F#3 5.07-5.33, F#3 6.81-7.08, G3 8.54-8.79, 0.24-0.30 s each), truth.json notes.vocals
    # (derived: notes of 0.1-0.46 s hovering round F sharp / G 3, lifts to A and B flat, drops to C3 and F3 at phrase
    # ends) and MusicDelta_Rock_MIX.beats (109-110 BPM, a beat 0.545 s; downbeats 0.01, 2.16, 4.36, 6.54, the next
    # 8.72). ai04 (stems, 0-13.09) asked his register for an octave-up double, l02 (stems, 0-13.09) his breaths, f05
    # (1.5-13) his pickups, p10 (2.16-10.91) who carries; none asked which notes he holds.
    Question("as03", "mix:musicdelta_rock", ["mix"], 0.5, 8.72,
             "want to stack a couple of harmony vocals on his long notes through here -- which notes does he "
             "actually hold, and for how long?",
             "He doesn't really hold any. He sings almost straight through (only short breaks, about 1.4-1.8, "
             "3.6-3.9 and 8.0-8.3 s), but in short, bluesy notes that keep moving: most last a tenth to a third of "
             "a second, and the longest steady pitch is only about 0.4 s (a B flat at about 1.0-1.4 s; the next "
             "longest, 0.25-0.3 s, round 2.8, 3.1, 5.1, 6.8 and 8.5 s). His line hovers round F sharp / G below "
             "middle C with quick lifts to A and B flat and drops at the ends of phrases, so there's no sustained "
             "note to stack on -- a harmony has to follow the whole line (or double-track it), or sit as an 'ooh' "
             "on the chord instead. (4/4 at about 110, a bar about 2.2 s.) Right: no long held notes -- nothing "
             "much over about half a second, short moving notes throughout. Partly: 'mostly short' with one or two "
             "notes of about a second or more named as holds; or no long notes right with him said to sing little "
             "(long gaps).",
             "Several notes held a second or more; long sustained notes to stack on as the main answer; no vocal in "
             "the mix."),
    # truth: musicdelta_shadows annotations/MDB_MusicDelta_Shadows_STEM_04.csv (the lead guitar's verified f0,
    # sounding pitch, segmented here at changes over 0.7 semitone): nothing voiced 6.20-8.19; D3 8.19-8.74 (a pickup
    # on beat 4), G3 8.74-9.80, Bb3 9.81-10.36, D4 10.37-10.87, C4 10.91-11.76, Bb3 11.77-12.05, A3 12.06-12.25, G3
    # 12.28-12.53, F3 12.54-13.28, G3 13.28-14.43, then nothing until 16.95; MusicDelta_Shadows_MIX.beats (manual;
    # about 110 BPM; downbeats 6.56, 8.75, 10.93, 13.09, 15.28). The line spans D3 (147 Hz) to D4 (294 Hz); a concert
    # flute's lowest note is middle C (C4, 262 Hz). The guitar stem is the lead and the rhythm guitar summed. c01
    # (0-15.28) asked how often he plays this phrase, ae01 (15.28-32.2) his range for a bari sax, ab01 (4.37-10.93)
    # his stops; none asked whether a flute can double it.
    Question("as04", "real:musicdelta_shadows", ["guitar", "bass", "drums"], 7.6, 15.28,
             "want to double the lead guitar's phrase here on a flute -- can the flute play it where it is, or do I "
             "need to take it up an octave?",
             "Up an octave (at least). The phrase sits low, below the flute: a low D pickup (about 8.2 s, on beat "
             "four), then G, B flat, D (the top, about 10.4 s), down C, B flat, A, G to F (about 12.5 s, the lowest "
             "after the pickup) and a long G to about 14.4 s -- from the D below middle C up to the D just above it "
             "(about 147-294 Hz, sounding). A flute's lowest note is middle C, so everything but that top D is out "
             "of its range; an octave up (the D above middle C to the next D) sits comfortably, and two octaves up "
             "works too if you want it brighter. Right: too low for the flute as it is, take it up an octave, with "
             "the range about right (the bottom D or F below middle C, the top about the D above it, within a "
             "tone). Partly: 'up an octave' right with the range given wrong (e.g., an octave too high, or 'around "
             "middle C'); or the range right with the verdict wrong (e.g., the flute can play most of it).",
             "The flute can play it as it is; the line placed an octave or more higher than it is (in the flute's "
             "range); the rhythm guitar's chords given as the line."),
    # truth: musicdelta_punk annotations/MusicDelta_Punk_MIX.beats (manual; beats 0.38-0.42 s apart, median 0.400: 150
    # BPM, truth.json 150.0; downbeats 4.82, 6.40, 8.02, 9.62, 11.24, the next 12.85), _subclass.txt (open-hat bars
    # with a tom fill 5.63-6.26, crash bars from 8.03 and 11.25) and MDB_MusicDelta_Punk_STEM_04.csv (the singer's
    # verified f0: nothing voiced from 3.67 to 6.61 -- he comes in on the 'and' of one of the bar from 6.40 -- then
    # 6.61-6.79, 6.85-7.07, 7.20-7.58, 7.81-8.01, 8.19-8.39, 8.59-9.44, 9.77-10.59, 10.65-10.87, 10.95-11.29,
    # 11.44-11.61, 11.82-12.16, 12.27-12.49, 12.64-12.85 ...: gaps after 6.61 of 0.06-0.33 s, the longest 9.44-9.77).
    # A dotted eighth at 150 is 0.3 s (an eighth 0.2, a quarter 0.4). q17 (16.02-22.43) and d01 (12.85-27.23) asked
    # the tempo and any rushing, i04 (6.4-14.44) his range, aq04 (1.62-9.62) the drummer's changes and his entry, ao01
    # a delay time on the shadows; none asked a delay here.
    Question("as05", "real:musicdelta_punk", ["vocals", "drums"], 4.82, 12.85,
             "want a dotted-eighth delay on his shouts through here -- what tempo is the band at, and how many ms "
             "is that? and does he leave any room for the repeats, or will they just pile into his next words?",
             "About 150 BPM (4/4, a beat about 0.4 s, a bar about 1.6 s), so a dotted eighth is about 300 ms (an "
             "eighth 200, a quarter 400). But he leaves almost no room: the clip opens while he's out (to about 6.6 "
             "s -- he comes in on the 'and' of one of the bar from 6.4 s), and from there he shouts in short bursts "
             "with gaps of only a tenth to a third of a second (the longest about 9.4-9.8 s) -- about one repeat "
             "long or less, so the echoes will land on his next words. Keep the delay low or ducked under him, or "
             "throw it onto single words. Right: a tempo of 147-153 with a dotted eighth of 290-310 ms, and no real "
             "room after he comes in (gaps about a third of a second or less). Partly: the tempo and delay right "
             "with the gaps placed or sized wrong (e.g., whole bars of rest); or the vocal right with the tempo "
             "halved or doubled (75 or 300, a dotted eighth of 600 or 150 ms).",
             "A tempo outside about 140-160 not given as half or double; gaps of a second or more after 6.6 s; no "
             "vocal in the window."),
    # truth: vocadito_1_solo_voice truth.json notes (annotator A1), annotations/vocadito_1_notesA2.csv (A2) and
    # vocadito_1_lyrics.txt. The four lines in the window and their notes (A2, nearest semitone): 'sa-yang ang pe-ra
    # ko' 12.90-15.31, D C# Bb Bb C D (A1 the same); 'bi-ni-li ng lo-bo' 15.92-18.30, D D D Eb F G (A1 five: one D,
    # 15.92-16.45, for 'bi-ni'); 'sa pag-ka-in sa-na' 18.92-21.36, G G G Eb F# F F (A1 six, G G G Eb F# F: A2 splits
    # the last F at 20.92); 'na-bu-sog pa a-ko' 21.88-24.38, C C# Eb D B A (A1 the same). Six syllables a line, one
    # note each; notes 0.1-0.7 s (the longest D 23.00-23.69 on 'pa' and F 20.70-21.36 on 'na'); gaps 15.31-15.92,
    # 18.30-18.92, 21.36-21.88. ao05 (12.5-33.2) asked the lines' in and out times for a lyric video, i03 (15.5-21.5)
    # the notes of two lines, an02 (ft_drive_e24) syllables for new words; none asked syllables here.
    Question("as06", "real:vocadito_1_solo_voice", ["vocals"], 12.15, 24.6,
             "writing my own words to her tune for these lines -- how many syllables do I need per line? and is it "
             "one note per syllable, or does she stretch some syllables over a few notes?",
             "Six a line, one note per syllable. She sings four lines here, about 12.9-15.3, 15.9-18.3, 18.9-21.4 "
             "and 21.9-24.4 s (half-second breaths between), each six short notes -- e.g., 'sa-yang ang pe-ra ko', "
             "'bi-ni-li ng lo-bo' -- with no runs or melismas (at most one note re-struck, on the last syllable of "
             "the third line, about 20.9 s). The notes are fairly even (mostly a quarter to half a second), with "
             "the longest (about 0.7 s) on the last syllable of the third line and the fourth of the last line -- "
             "good spots for a stressed word. Right: six syllables a line (five to seven for one line is fine), one "
             "note each, no melismas. Partly: a steady count one off (five or seven a line); or six right with "
             "several syllables said to carry two or more notes.",
             "Three or four, or ten or more, syllables a line; long melismas; lines of very different lengths "
             "(e.g., 4 and 12)."),
    # truth: ft_swing_g1208 song.mid / truth.json (G major, 12/8 at 63 dotted quarters, a beat 0.952 s, a bar 3.81 s;
    # head 0-30.48; chords G 7.62, D 11.43, C 15.24, C 19.05, G 22.86, E:min 26.67). Voice (lead 'phrases': three bars
    # sung, one bar's rest): G5 7.619, A5 8.571, G5 9.524, F#5 10.476 (0.876 s each, one a beat; the last ends
    # 11.352); nothing 11.35-15.24; eight even notes a bar 15.238-22.857 (0.476 s apart, 0.438 s long); B5 22.857, C#6
    # 23.810, B5 24.762, C#6 25.714 (one a beat, the last ends 26.590); nothing from 26.59 to the end of the head
    # (30.48). Same score for @degraded (cached conditions.json: spill -24 dB, room 0.96 s, noise 30 dB under). i09
    # (80-95) asked the break in her line in the second head and its chord, g09 (0-15.22) her bar 2 and its swing, o04
    # (15.2-26.65, degraded) the meter and chords; none asked her line lengths and gaps in this head.
    Question("as07", "ft_swing_g1208@degraded", ["vocals", "guitar", "drums"], 8.5, 30.0,
             "want a horn section answering her in this part -- how many bars does each of her lines run, does she "
             "start them on the one, and how long a gap does she leave after each?",
             "Three bars on, one bar off (12/8 at about 63 dotted-quarter beats, four beats a bar, a bar about 3.8 "
             "s). The clip opens in the last bar of a line -- four long notes, one a beat, to about 11.35 s -- then "
             "she rests the whole next bar, about 11.4-15.2 s (under the D chord), a gap of about 3.9 s. Her next "
             "line starts right on the downbeat at about 15.24 s and runs three bars: two bars of quick even notes "
             "(eight a bar) and a bar of four long ones (about 22.9-26.6 s); then she rests the whole last bar of "
             "the head, about 26.6-30.5 s (under E minor). So each horn answer gets a full bar. Right: the gaps at "
             "about 11.4-15.2 and 26.6-30.5 s (each end within about half a beat, 0.5 s), a bar (about 3.8 s) each, "
             "and the line starting on the one at about 15.2 s, three bars long (in 6/8 or 3/4 terms, six bars on "
             "and two off is the same). Partly: the gaps placed right with the bar counts off (e.g., the lines "
             "called two or four bars, or the gaps half a bar, at these times); or the line lengths right with a "
             "gap placed a beat or more off.",
             "She sings through without gaps; gaps of a beat or less; her lines starting on a pickup or mid-bar."),
    # truth: ft_ballad_eb54 song.mid / truth.json (E flat minor, 5/4 at 120, a beat 0.5 s, a bar 2.5 s; verse
    # 7.5-22.5, chorus 22.5-37.5, break 37.5-42.5; chorus chords Abm 22.5, Bbm 25.0, Ebm 27.5, Db 30.0, Abm 32.5, Bbm
    # 35.0). 20.0-22.5, the verse's last bar: kick on 1 (20.0), snare on 3 (21.0), ride every beat, pads, the bass
    # held. At 22.5 a crash and the chorus: kick on 1/3/5, snare on 2/4, hats every eighth, strummed keys, the bass
    # riff, the voice. The last chorus notes end 37.48 (keys' strum; voice A5 37.25). At 37.5 a crash and the break,
    # the kit alone: K 37.5, HT 38.0, S 38.75, S 39.0, K 39.5 (then K 40.0, HT 40.25 ...); no bass, keys or voice
    # until 42.5. Same score for @degraded (cached conditions.json: spill -24 dB, room 1.25 s, noise 24 dB under). a04
    # and j09 (17.5-27.5) asked what changes and any fill at the chorus, n05 (35-44.98, degraded) who's in and out,
    # x05 (37.5-42.5) a fill; none asked the chorus's length in bars.
    Question("as08", "ft_ballad_eb54@degraded", ["drums", "bass", "piano", "vocals"], 20.0, 40.0,
             "laying this out on my grid -- how many bars is the chorus in here, and where exactly does it start "
             "and end? and what happens the moment it's over?",
             "Six bars, from about 22.5 to 37.5 s -- but bars of five: the song is in 5/4 at about 120 (a beat 0.5 "
             "s, a bar 2.5 s), so 30 beats, 15 s. It starts on a crash at 22.5 s, where the full band kicks in (a "
             "straight beat with hats on the eighths, strummed keys, the bass riff, the singer), and runs A flat "
             "minor, B flat minor, E flat minor, D flat, A flat minor, B flat minor. The moment it's over, at 37.5 "
             "s (another crash), everyone but the drummer stops dead: a drum break on its own, kick, toms and snare "
             "with no hats (two bars, to 42.5 s, past the end of the clip). Right: the chorus about 22.5-37.5 s "
             "(each end within about half a second), six bars of 5/4 (or 30 beats), and the drums alone after it. "
             "Partly: the ends right with the bars counted in four (seven or eight bars) or in another wrong meter; "
             "or six bars with an end a bar or more off; or the ends and bars right with what follows wrong or left "
             "out.",
             "The chorus placed more than a bar off at both ends; the band carrying on after it (or a fill and more "
             "chorus); no chorus found."),
    # truth: ft_drive_e24 song.mid / truth.json (E major, 2/4 at 96, a beat 0.625 s, a bar 1.25 s; verse 10-30; chords
    # a bar each: E 15.0, B 16.25, C#m 17.5, A 18.75, E 20.0, B 21.25). Bass on every eighth on the root, the octave
    # on the last (E2 x3 + E3 15.94; B2 x3 + B3 17.19; C#2 x3 + C#3 18.44; A2 x3 + A3 19.69; E2 ...; B2 ...); keys'
    # off-beat chords E-G#-B, F#-B-D#, E-G#-C#, E-A-C#; the voice from 15.0 (E5 F#5 G#5 ..., rests 18.7-20.0, passing
    # G, F and B flat). A whole step down: D major -- D, A, Bm, G, D, A. Same score for @degraded (cached
    # conditions.json: spill -18 dB, room 0.46 s, noise 30 dB under). j06 (12.5-22.48, degraded) asked the chords bar
    # by bar, r09 (10-20) the meter and tempo, an02 (10-25) the syllables; none asked a transposition.
    Question("as09", "ft_drive_e24@degraded", ["bass", "piano", "vocals"], 15.0, 22.5,
             "our singer needs this a whole step lower -- what key would that put us in, and what chords do I play "
             "for these bars?",
             "It's in E major now, so a whole step down is D major. The chords here go a bar each (2/4 at about 96, "
             "a bar 1.25 s) from 15.0 s: E, B, C sharp minor, A, then E, B again (I-V-vi-IV). Down a tone that's D, "
             "A, B minor, G, D, A. (The bass plays the roots on the eighths, the keys stab the chords on the "
             "off-beats.) Right: E major to D major, with the chords in D (at least four of the six right, in "
             "order). Partly: E to D right with the chords wrong or not given; or the chords in E right with the "
             "transposition wrong (e.g., a half step, or up); or the right chords in D with the new key called B "
             "minor.",
             "A key other than E major read (e.g., B or A major) with chords outside it; no transposition given."),
    # truth: ft_ballad_csm76 song.mid / truth.json (C sharp minor, 4/4 at 76, a beat 0.789 s, an eighth 0.395 s, a bar
    # 3.158 s; chorus to 47.37, break 47.37-53.68, bridge from 53.68). 46.0-47.37 the chorus groove (HH 46.18, S+HH
    # 46.58, HH 46.97). The break, bar 1: K 47.368 (+ crash), HT 47.763, HT 48.158, LT 48.553, LT 48.947, S 49.342, S
    # 49.737, K 50.132; bar 2: K 50.526, HT 50.921, HT 51.316, LT 51.711, nothing at 52.105, S 52.500, S 52.895, K
    # 53.289; the hits on the beats v109-113, on the 'and's v97-103; no hat, ride or other cymbal after the crash; the
    # kit silent from 53.68 (the bridge: keys and voice). eval/frame_test_songs.py 'break' (kick, high tom, low tom,
    # snare, stepping one an eighth, each hit kept at 80 %, +10 on the beat). ad07 (47.2-53.9) asked gaps for a vocal
    # chop, g08 (47.35-59.98) the bars before the keys, am06 (degraded) the keys' and bass's tracks in it; af06
    # (ft_ballad_eb54) and ah07 (ft_drive_ab152) asked such a break note by note on other songs.
    Question("as10", "ft_ballad_csm76", ["drums"], 46.0, 54.5,
             "programming this drum break on my pads -- what's he hitting on each eighth, and is the second bar the "
             "same as the first? is he accenting anything?",
             "Two bars, about 47.4-53.7 s (4/4 at about 76, an eighth about 0.4 s), straight eighths, a roll down "
             "the kit in pairs: kick on one (with a crash on the very first one, the only cymbal), high tom on the "
             "'and' and on two, low tom on the 'and' and on three, snare on the 'and' and on four, kick on the last "
             "'and'. The second bar repeats it, with one hit left out (the low tom on three, about 52.1 s). No "
             "hi-hat or ride anywhere in it. Accents: the hits on the beats are louder than the ones on the 'and's "
             "(by about ten velocity steps). Before it, the last chorus bar's backbeat with hats; after it, from "
             "about 53.7 s, the drums are out. Right: the eighth-note order (kick, two high toms, two low toms, two "
             "snares, kick -- or 'down the toms to the snare' with most places right) and the second bar the same "
             "(the dropped hit noted or not). Partly: the pieces right (kick, toms, snare, one crash, no hats) with "
             "the order or grid wrong (e.g., sixteenths); or the first bar right and the second called different; "
             "or the pattern right with the accents put on the 'and's.",
             "A groove with hats or ride keeping time; a backbeat on two and four; triplets; the drums silent."),
    # truth: ft_ballad_csm76 song.mid / truth.json (4/4 at 76, a bar 3.158 s; bridge 53.68-66.32, outro 66.32-75.79,
    # the end; chords B 56.84, C#m 60.0, C#m 63.16, C#m 66.32, A 69.47, E 72.63). Bridge: keys arpeggiate in eighths
    # (0.592 s notes every 0.395 s) at v49-57; voice one long note a bar, F#5 56.86, G#5 60.02, G#5 63.18 (3.0 s each,
    # v61-69); no bass, no drums. Outro from 66.316: the voice out; keys hold a chord a bar, E3 G#3 C#4 (v43-44), E3
    # A3 C#4 (v36-42), E3 G#3 B3 (v36-37), 3.095 s each, the last ending 75.73; the bass one long note a bar, C#2, A2,
    # E2 (v44-48); no drums. frame_test_songs.py levels: bridge 65, outro 50. v01 (66.3-75.8) asked what the outro is
    # like, i06 (63.16-75.79, degraded) its chords and last chord, e08 (60-72.63) when the bass comes back, ag10
    # (ft_swing_g1208) a fade; none asked whether this one fades or steps down.
    Question("as11", "ft_ballad_csm76", ["piano", "bass", "vocals"], 59.0, 75.78,
             "drawing volume automation for the ending -- is the band already fading out through here, or does it "
             "drop down in one go somewhere? where should my fade start?",
             "It drops in one step, at about 66.3 s (a downbeat; 4/4 at about 76, a bar about 3.16 s), and then "
             "sits there. Before it (the bridge) the keys play a flowing eighth-note arpeggio and the singer holds "
             "one long note a bar, at a steady moderate level. At 66.3 s the singer stops, the keys switch to long "
             "held chords, noticeably softer (about ten to fifteen velocity steps down), and the bass comes back "
             "under them, quietly, with one low note a bar. From there it stays low and level for the last three "
             "bars (the keys ease off a touch more; nothing like a fade to silence), and the last chord, E major, "
             "is held until the file ends at about 75.7 s. So there's no fade built in: the step at 66.3 s is the "
             "natural place to start yours (or over the last bar or two for a shorter one). Right: the drop at "
             "about 66.3 s (within about a beat, 0.8 s) as a step, not a gradual fade through the window, with the "
             "singer out and the keys to held chords there. Partly: the drop placed right with what changes wrong "
             "or unsaid; or the right changes with the time a bar or more off; or the step right but called the "
             "start of a long fade to silence.",
             "A steady fade through the whole window; it getting louder at 66.3 s; nothing changing; drums coming "
             "in."),
    # truth: ft_drive_ab152 song.mid / truth.json (A flat major, 4/4 at 152, a bar 1.579 s; tag 75.79-82.11, the end;
    # chords F:min 75.79, Db 77.37, Ab 78.95, Eb 80.53). Bass on every eighth, the octave on the last: Db2 x7 + Db3
    # 78.75; Ab2 x7 + Ab3 80.33; Eb2 x7 80.53-81.71 + Eb3 81.908 (ending 82.03). Drums ('break'): K 77.37, HT 77.57,
    # HT 77.76, LT 77.96, LT 78.16, S 78.36, S 78.55 | K 78.95, HT 79.15, HT 79.34, LT 79.54, LT 79.74, S 80.13, K
    # 80.33 | K 80.53, HT 80.72, LT 81.12, S 81.51, S 81.71; no crash or other cymbal after 75.79 (the tag's first
    # hit); the guitar's last stab 75.59, no voice. ad08 (74.2-82.1, degraded) asked chords for a pad over the tag,
    # ah07 (74.2-82.1, degraded) the drums on each eighth, w01 (75.8-82.1) what goes on in the tag; none asked whether
    # it ends home.
    Question("as12", "ft_drive_ab152", ["drums", "bass", "guitar"], 77.37, 82.1,
             "the track just stops after this -- does it end on the home chord, or leave it hanging? and does the "
             "drummer mark the end with a crash or anything?",
             "It leaves it hanging. The song is in A flat major, and these last three bars (4/4 at about 152, a bar "
             "about 1.58 s) go D flat, A flat, then E flat -- the five chord -- from about 80.5 s to the end: the "
             "bass pumps E flat eighths (up to the octave on the very last one) and stops at about 82 s without "
             "going back to A flat. The guitar is out for the whole stretch (the bass is the only harmony). No "
             "crash at the end: the drummer's going round the toms -- kick, toms and snares in eighths -- and the "
             "last bar is more of the same, his last hits two snares at about 81.5 and 81.7 s; the tag's only crash "
             "was on its first beat, about 75.8 s, before the clip. So it stops dead on the five. Right: it ends on "
             "E flat (the five, unresolved, not A flat) with no crash or final hit. Partly: E flat named as the "
             "last chord but called home (e.g., the key read as E flat major), the drums right; or the harmony "
             "right with a crash or a big last hit claimed.",
             "Ends on A flat or F minor; a held final chord; the guitar playing; a crash on the last beat."),
]
GRADES_44 = {"as01": "right", "as02": "partly", "as03": "wrong", "as04": "wrong", "as05": "right", "as06": "partly",
             "as07": "right", "as08": "right", "as09": "right", "as10": "right", "as11": "right", "as12": "right"}
GRADES_44_WHY = {
    "as01": "the side-stick on two and four in every whole bar, nothing dropped or added, the hat with the kick on one "
            "and three and not with it: right (the one stray hat at 19.6 s unsaid)",
    "as02": "the main answer a four-bar loop from 9.06 to 16.49 s on a misread chart (F minor for A flat, E flat major "
            "seven through the B flat bar); the six bars 7.18-18.37 s offered second, each end about a quarter second "
            "early: partly (the known chord reading of this take)",
    "as03": "the unseparated mix cannot say where he sings or which notes he holds; the chords given instead: wrong "
            "(the known limit of a mix loaded without separation weights)",
    "as04": "the lead's phrase not read apart from the rhythm guitar in its stem; the stem's range given and the verdict "
            "left conditional: wrong (the known two-parts-in-one-stem limit)",
    "as05": "152 BPM, a dotted eighth of about 296 ms, gaps of a fifth to a quarter of a second between his shouts, the "
            "one opening about 9.3-9.8 s: right",
    "as06": "four lines placed right (12.9, 16.0, 18.9, 21.9 s), but nine or ten notes a line and syllables said to slur "
            "over several notes, five or six suggested: partly (six, one note each); dev for e8e0283 (the sung notes "
            "line by line)",
    "as07": "her line from 15.2 s on the one, six bars of 6/8 (three of 12/8), the gaps 11.5-15.2 s and from 26.8 s, "
            "a 12/8 bar each: right",
    "as08": "the lift at 22.52 s to 37.52 s, six bars of 5/4 at 120, a crash there and the drums alone after it: right",
    "as09": "E major to D major; D, B minor, G, D -- four of the six chords in order, the two A chords (the V a bar "
            "each in 2/4) missed by reading two bars of 2/4 as one of 4/4: right by the rubric's letter",
    "as10": "bars 16-17, eighth by eighth: kick, four toms, two snares, kick (a snare added on the first one; the toms "
            "not told high from low), the second bar the same less the tom on three; accents left open: right",
    "as11": "a step of about 8 dB at 66.3 s, not a fade: the singer out, the keys to held chords, the bass in; level "
            "after: right",
    "as12": "D flat, A flat, E flat: it ends on the five, hanging; no crash, the toms going round to the end: right",
}
# the baseline's text names the stems, the track's key and the frame: as09's 'E major' gives the transposition's key
# (D major) with no chords, partly; nothing else any of these asks
BASELINE_GRADES_44 = {q: "partly" if q == "as09" else "wrong" for q in GRADES_44}
# Round 45 (held out): everyday session questions -- where a real comp sits on the neck, a repitch of the unseparated
# mix to another tempo, a harmonica for a real country singer, tom throws over a real punk take, a scale for answers
# to a real lead, a drum replacer's retrigger over a real kit's double strokes, a pitch-correction scale for a
# degraded chorus, full chords or power chords under high gain, a 12/8 tempo for a quarter-note DAW, a high-pass on
# the keys from a verse into a hook, a loop's shift into a degraded song's key, and a degraded head's Camelot key --
# written from the scores (song.mid / truth.json) and the human annotations before any packet of it was made; no
# analysis code run and no server output read.
QUESTIONS_45 = [
    # truth: guitarset_00_BN1-129-Eb_comp annotations/00_BN1-129-Eb_comp.jams (note_midi per string, data_source 0-5 =
    # low E to high E; fret = the note's MIDI pitch less the open string's), truth.json chords (Eb 0-7.44, Ab
    # 7.44-11.16, Eb 11.16-14.88, Bb 14.88-16.74, Ab 16.74-18.60) and downbeats_s (129 BPM, a bar 1.860 s). Every note
    # 4.2-18.5 lies on frets 4-8; no open string in the whole take. E flat bars: Eb3 on the A string at fret 6 (4.20,
    # 5.36, 6.07, 11.16, 11.90, 12.81, 13.30, 13.97), Bb3 D string 8, D4 G string 7, G4 B string 8 (x-6-8-7-8-x), F4 B
    # 6, Bb4 / C5 high E 6 / 8. A flat: Ab2 low E fret 4 (7.46, 7.92, 8.87, 17.02, 17.71), Ab3 D 6, C4 G 5, F4 B 6
    # (4-x-6-5-6-x); 9.57-11.0 Bb3 D 8, Eb4 G 8, G4 B 8, C5 high E 8, A3 D 7. B flat: Bb2 low E fret 6 (14.83, 15.33),
    # F3 A 8, Bb3 D 8, D4 G 7, Bb4 high E 6; D3 A string fret 5 (18.29) into E flat. ae02 (5.58-16.74) asked how big his
    # voicings are and how high, al03 (13.02-22.32) capo shapes for open chords, am04 (ft_drive_ab152) a synth guitar's
    # voicings and neck moves; none asked where on the neck the real guitarist plays.
    Question("at01", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 4.2, 18.5,
             "learning his part off the recording -- where on the neck is he playing these chords, and is he letting "
             "any open strings ring?",
             "Up the neck and all fretted -- no open strings anywhere. Everything sits between the 4th and 8th frets "
             "(about 5th-6th position), in four-note jazz shapes: the E flat bars are rooted on the A string at the "
             "6th fret (E flat, then B flat, D and G on the D, G and B strings at the 8th, 7th and 8th -- an E flat "
             "major seven, x-6-8-7-8-x -- with F, B flat or C on top at the 6th-8th frets at times); the A flat bars "
             "(about 7.4-11.2 and 16.7-18.6 s) from the low E string at the 4th fret (A flat, A flat, C, F: "
             "4-x-6-5-6-x); the B flat bar (about 14.9-16.7 s) from the low E string at the 6th fret (B flat, F, B "
             "flat, D, and B flat on the top string at the 6th). 4/4 at about 129, a bar about 1.86 s. One hand "
             "position around the 6th fret covers the whole stretch, the root hopping between the A and low E "
             "strings. Right: fretted around the 4th-8th frets (or '5th/6th position') with no open strings, and the "
             "root's string and fret right for at least two of the three chords. Partly: no open strings right with "
             "the position wrong (e.g., first position, or past the 10th fret), or the position right with open "
             "strings claimed; or the position and 'no open strings' right with the roots' strings wrong.",
             "Open-position (cowboy) chords or open strings ringing as the main answer; a position past the 10th "
             "fret; nothing said about the neck."),
    # truth: musicdelta_rock annotations/MusicDelta_Rock_MIX.beats (manual; 4/4; beats 1.08, 1.63, 2.16 (one), ...
    # 11.45, 12.00, 0.54-0.55 s apart: (12.00 - 1.08) / 20 = 0.546 s, 109.9 BPM; truth.json tempo 109.09 from the median
    # 0.55; downbeats 2.16, 4.36, 6.54, 8.72, 10.91). 120 / 109.9 = 1.092 (+9.2 %), 120 / 109.09 = 1.100 (+10.0 %);
    # repitched, 12 log2(1.092) = 1.52 and 12 log2(1.100) = 1.65 semitones up. One semitone up from 110 is 116.5 BPM,
    # two 123.5. ae04 (0-13.09) asked this mix's bars, ap04 (3-12) its BPM and first downbeat, ar03 (4-13) a loop's cut
    # points; none asked a repitch to another tempo.
    Question("at02", "mix:musicdelta_rock", ["mix"], 1.0, 12.0,
             "chopping this bounce into a 120 BPM beat on my sampler -- how much do I have to speed it up, and if I "
             "just repitch it (no time-stretch), how far up does the pitch go?",
             "It's at about 110 BPM (4/4, a beat about 0.545 s, a bar about 2.18 s), so to sit at 120 it has to run "
             "about 9-10 % faster (a ratio of about 1.09-1.10). Repitched, that's about 1.5-1.65 semitones up -- a "
             "semitone and a half, between keys, so it will sound out of tune against anything in its original key. "
             "Either time-stretch it to 120 and keep the pitch, or repitch by whole semitones and set the beat to "
             "match: one semitone up lands at about 116.5 BPM, two at about 123.5. Right: a tempo of 108-111, a "
             "speed-up of about 8.5-10.5 %, and about 1.4-1.7 semitones up (or 'a semitone and a half'). Partly: "
             "the tempo and the speed-up right with the pitch shift missing or wrong (e.g., 'about a semitone', "
             "'two semitones'); or the sums right from a tempo a few BPM off (e.g., 105 or 115); or the tempo right "
             "with the sums botched.",
             "A tempo outside about 100-120 (e.g., 55 or 220 taken at face value: 'slow it down', 'double it'); no "
             "pitch change for a plain repitch."),
    # truth: musicdelta_country1 truth.json notes.vocals (derived from MedleyDB's verified f0 of STEM_05; approximate)
    # and MusicDelta_Country1_MIX.beats (manual; 4/4 at 109, downbeats 2.26, 4.46, 6.61, 8.79, 11.00, 13.19). In the
    # window: G3 3.67-4.20 (a line's end), G3 5.12-5.37 and 5.51-6.55 (the longest note, a line's end), a quick B flat
    # (6.58-6.69, 48 cents flat of it) scooping into C4 6.72-7.40, D4 7.45-7.62, G3 7.74-8.46 (a line's end), A3 8.80,
    # B3 8.95-9.38, A3 9.89-10.46, G3 10.95, A3 11.06-11.36, B3 11.49-12.07, A3 12.07-12.49, G3 12.58-12.76, A3
    # 12.88-13.69 (the verse's last note); nothing voiced 13.69-18.43. Notes G, A, B, C, D -- G major, the lines resting
    # on G -- with B flat only in passing. Cross harp (second position) for G is a C harmonica (2 draw / 3 blow = G),
    # straight (first position) a G harmonica. g01 (19.7-28.41) asked this singer's key in his second verse (G major),
    # a03 and b04 (0-14) his long notes and range, ac03 (10.9-31.2) the verses' last notes; none asked which harmonica
    # to pick.
    Question("at03", "real:musicdelta_country1", ["vocals"], 3.5, 14.5,
             "our harp player wants to blow along with him through this verse -- which harmonica should he grab, "
             "and should he play it straight or cross harp?",
             "A C harp played cross harp (second position) -- or a G harp played straight (first position) for a "
             "cleaner, melodic line. The tune is in G major: his lines come to rest on the G below middle C (about "
             "3.7-4.2, 5.5-6.5 s -- his longest note -- and 7.7-8.5 s), and he sings G, A, B, C and D with B "
             "natural as the third; the quick dip through B flat at about 6.6 s is a bluesy scoop up to C, not a "
             "minor key. (4/4 at about 109, a bar about 2.2 s; the verse ends on an A, about 12.9-13.7 s.) Cross "
             "harp on a C harmonica puts G on the 2 draw / 3 blow, with the bends there for those scoops. Right: G "
             "major with a C harp in second (cross) position, or a G harp in first (straight). Partly: G major "
             "right with the harp wrong for the position (e.g., a D harp for cross harp, or a C harp called "
             "straight); or the right harp and position with the key unsaid.",
             "G minor, E minor, C major or another key, with a harp to match it; a harp named with no key and no "
             "position."),
    # truth: musicdelta_punk annotations/MusicDelta_Punk_subclass.txt (manual onsets): the take's only tom hits are HIT
    # 5.630, 5.720, MHT 5.810, 5.900, HFT 6.000, 6.080, 6.180, 6.260 (sixteenths down the toms on beats three and four
    # of the bar from 4.82), before this window. From 6.8 to 28.7 none: kick, snare, open or closed hat and crash only
    # -- crash bars 8.03-9.62 and 11.25-12.85 (a crash on every eighth), closed hats 12.85-18.43, a crash 18.83 (beat
    # four, with the snare), open hats from 19.24, a crash 22.48 (after a kick on the 'and' of four, 22.22), and the one
    # fill, four snare sixteenths 25.24, 25.33, 25.42, 25.51 (beat four of the bar from 24.03) into 25.62.
    # MusicDelta_Punk_MIX.beats (manual; 150 BPM; downbeats 6.40, 8.02, 9.62, 11.24, 12.85, 14.44, 16.02, 17.62, 19.23,
    # 20.83, 22.43, 24.03, 25.62, 27.23). aj01 (3.2-8.0) asked the tom fill note for note, a01 (19.23-27.23) the kick in
    # the snare roll's bar, y07 (24-28.7) a fill near the end; none asked where the toms are for an effect.
    Question("at04", "real:musicdelta_punk", ["drums"], 6.8, 28.7,
             "want a big gated-reverb throw on his tom fills from here to the end -- where does he hit the toms, and "
             "which ones?",
             "He doesn't: there are no tom hits at all from 6.8 s to the end of the take. (His one tom fill -- high, "
             "mid and floor tom in sixteenths -- is just before this, about 5.6-6.3 s.) The only fill in here is on "
             "the snare: four sixteenths on beat four of the bar from about 24.0 s (about 25.2-25.5 s), into the "
             "next bar at 25.6. Otherwise it's kick, snare and hats or crash (150 BPM, 4/4): crash-riding bars about "
             "8.0-9.6 and 11.2-12.8, closed hats 12.8-18.4, single crashes about 18.8 and 22.5, open hats from about "
             "19.2. So a tom throw has nothing to catch here -- put it on the snare roll, or on the earlier tom fill. "
             "Right: no toms in the window (the snare roll at about 25.2-25.5 s may be named as the only fill). "
             "Partly: no toms as the main answer with a tom hit hedged somewhere; or the snare roll placed right as "
             "the only fill but called 'toms or snare'.",
             "Tom hits or a tom fill claimed in the window (e.g., the 25.2 s roll, the crash bars or the hats read as "
             "toms)."),
    # truth: musicdelta_shadows annotations/MDB_MusicDelta_Shadows_STEM_04.csv (the lead guitar's verified f0, sounding,
    # segmented here at changes over 0.7 semitone) and MusicDelta_Shadows_MIX.beats (manual; about 111 BPM; downbeats
    # 10.93, 13.09, 15.28, 17.47, 19.65, 21.83, 24.03): C4 10.91-11.76, Bb3 11.77-12.05, A3 12.06-12.25, G3 12.28-12.53,
    # F3 12.54-13.28, G3 13.28-14.43 (the first phrase ends on G); nothing 14.43-16.95; G2 16.95-17.47 (a pickup on beat
    # four), C3 17.49-18.52, Eb3 18.58-19.07, G3 19.12-19.60, F3 19.64-20.49, Eb3 20.51-20.74, D3 20.79-21.00, C3
    # 21.01-21.32, Bb2 21.33-21.79, C3 21.84-23.60 (the same shape a fourth up, ending on C); nothing to 26.19. Notes G
    # A Bb C D Eb F -- G natural minor; the G phrase uses A and no E flat, the C phrase E flat and no A. The guitar stem
    # is the lead and the rhythm guitar summed. o01 (0-8.73) asked the key (G minor), ac01 (8.74-32.7) whether he moves
    # the phrase, j02 (17.45-26.17) this phrase's first two bars, ab01 (4.37-10.93) his stops; none asked a scale for
    # answering licks.
    Question("at05", "real:musicdelta_shadows", ["guitar"], 11.5, 24.0,
             "want to answer the lead with my own licks through here -- what scale is he playing out of, and does it "
             "shift when he moves the phrase?",
             "G minor, and it shifts with him. The first phrase comes down C, B flat, A, G, F and lands on G (about "
             "12.3-14.4 s); after a gap (about 14.4-17.0 s -- the spot for an answer) he plays the same shape a "
             "fourth higher, from a low G pickup on beat four (about 17.0 s) up C, E flat, G and down F, E flat, D, "
             "C, B flat, landing on C (about 21.8-23.6 s): C minor. Everything fits G natural minor (G A B flat C D E "
             "flat F, B flat major's notes), but the first phrase uses A (no E flat) and the second E flat (no A): "
             "answer the first in G minor (G minor pentatonic, G B flat C D F, is safe) and over the second lean on "
             "C minor (C E flat F G B flat), avoiding A. (4/4 at about 111, a bar about 2.18 s.) Right: G minor "
             "(natural minor or minor pentatonic) with the move to C (C minor, E flat in / A out) from about 17.5 "
             "s. Partly: G minor right with the move unsaid or called another key; or the notes right but named B "
             "flat major with no home note; or the move to C right with the first phrase's key wrong.",
             "G major, E minor or another key; a scale with B natural; no scale given."),
    # truth: musicdelta_beatles annotations/MusicDelta_Beatles_subclass.txt (manual onsets) and _MIX.beats (manual; 4/4
    # at 111, a beat 0.54 s; downbeats 17.45, 19.64, 21.84, 24.01, 26.20, 28.39). Each bar: kick on one, the 'and' of
    # two and three; snare on two (with the tambourine, 6-13 ms before it) and on the 'and' of three; floor tom on the
    # 'and' of four; tambourine on two and four. The 'and'-of-three snare is doubled, two strokes 30-50 ms apart: 18.820
    # / 18.856, 21.020 / 21.060, 23.190 / 23.240, 25.380 / 25.410, 29.760 / 29.796 (single at 27.570); the floor tom
    # doubled 45-60 ms apart: 17.180 / 17.230, 19.360 / 19.420, 21.560 / 21.610, 23.720 / 23.770, 25.920 / 25.970,
    # 28.110 / 28.161. Every other hit single. ag02 (6.55-15.27) asked which drum the quick doubled hits are on and
    # where, l01 (26.2-34.92) where the floor tom lands; none asked them for a drum replacer's retrigger time.
    Question("at06", "real:musicdelta_beatles", ["drums"], 16.8, 30.0,
             "running his snare and floor tom through a drum replacer -- if I set the retrigger time around 50 ms, "
             "will I lose any hits? where?",
             "Yes, in nearly every bar (4/4 at about 111, bars from about 17.45, 19.64, 21.84, 24.01, 26.20 and "
             "28.39 s). His second snare hit, on the 'and' of three, is two strokes 30-50 ms apart (a flam or drag): "
             "about 18.82, 21.02, 23.19, 25.38 and 29.76 s (single once, about 27.57). And the floor tom on the "
             "'and' of four is two strokes 45-60 ms apart: about 17.18, 19.36, 21.56, 23.72, 25.92 and 28.11 s. A "
             "50 ms retrigger swallows the snare's second strokes and sits right on the floor tom's spacing, so "
             "you'd lose most of them -- set it nearer 20-25 ms, or let the replacer treat them as flams. The snare "
             "on two (with the tambourine) and the kicks are single hits. Right: doubles on both the 'and'-of-three "
             "snare and the 'and'-of-four floor tom, in (nearly) every bar, some tens of ms apart, so 50 ms loses "
             "many. Partly: one drum's doubles right and the other's missed; or both placed right with the spacing "
             "given as a sixteenth or more (135 ms+) and 50 ms called safe.",
             "No quick doubles ('every hit single, 50 ms is fine'); doubles on the kick or on beat two as the main "
             "answer."),
    # truth: ft_ballad_eb54 song.mid / truth.json (E flat minor, chords Eb:min, Ab:min, B:maj (C flat), Bb:min, Db:maj
    # -- natural minor; 5/4 at 120, a bar 2.5 s; chorus 22.5-37.5: Bb:min 25.0, Eb:min 27.5, Db 30.0, Ab:min 32.5,
    # Bb:min 35.0). Voice from 26.0: Bb5 26.0, C6 26.25, Bb5 26.5, A5 26.75, Bb5 27.0, A5 27.25 | Bb5 27.5, C6 28.0, Bb5
    # 28.5, A5 29.0, Bb5 29.5 (quarters) | nothing 29.96-32.5 | B5 Bb5 B5 C#6 B5 C#6 B5 Bb5 B5 Bb5 (eighths 32.5-34.98)
    # | Bb5 C6 Bb5 A5 Bb5 A5 Bb5 C6 Bb5 A5 (35.0-37.48). E flat natural minor: Eb F Gb Ab Bb Cb Db -- her B (C flat), C
    # sharp (D flat) and B flat are in it; A natural (26.75, 27.25, 29.0, 35.75, 36.25, 37.25) and C natural (26.25,
    # 28.0, 35.25, 36.75) are not: a tuner locked to the scale would pull them to A flat / B flat and C flat / D flat.
    # Same score for @degraded (cached conditions.json: spill -24 dB, room 1.25 s, noise 24 dB under). ab05 (22.5-35)
    # asked her top and movement for a harmony, ah04 (vocadito) jumps before pitch correction, ao02 (7.5-27.5) her
    # chorus reusing verse figures, ai05 (ft_ballad_csm76) a raised seventh; none asked a tuner's scale.
    Question("at07", "ft_ballad_eb54@degraded", ["vocals", "piano", "bass"], 26.0, 37.5,
             "setting up pitch correction on her chorus -- can I lock it to the song's key, or does she sing notes "
             "outside the scale that it would drag?",
             "Don't lock it to plain E flat minor. The song's in E flat minor (5/4 at about 120, a bar 2.5 s) and she "
             "keeps circling B flat with the notes a half step and a whole step either side -- two of which aren't "
             "in the scale: A natural (about 26.75, 27.25, 29.0, 35.75, 36.25 and 37.25 s) and C natural (about "
             "26.25, 28.0, 35.25 and 36.75 s). Locked to E flat (natural) minor, the tuner would drag those A's to "
             "A flat or B flat and the C's to C flat (B) or D flat -- wrong notes. Her B (C flat) and C sharp (D "
             "flat) in the bar from 32.5 s are in the scale; she rests about 30.0-32.5 s. Set it chromatic, or add A "
             "and C to its scale. Right: not plain E flat minor, naming A natural and C natural as the outside notes "
             "(times roughly right). Partly: outside notes found with only one of A and C named, or with B or C "
             "sharp wrongly added; or A and C right with the key read as B flat minor (where C is in the scale and "
             "B is not).",
             "'All in key, lock it'; outside notes named that she doesn't sing (e.g., D or E natural) as the main "
             "answer; a major key."),
    # truth: ft_drive_ab152 song.mid / truth.json (A flat major, 4/4 at 152, a bar 1.579 s; hook 37.89-50.53: F:min
    # 37.89, Db 39.47, Ab 41.05, Eb 42.63, F:min 44.21, Db 45.79, Ab 47.37, Eb 48.95; the stop's held chords from
    # 50.53). The guitar (GM 27, clean electric) strums four-note chords on every eighth, rolled low to high 8 ms a
    # string, v99-107 on the beats, v89-97 on the 'and's: F3 Ab3 C4 F4 (F minor), F3 Ab3 C#4 F4 (D flat, its third at
    # the bottom), Ab3 C4 Eb4 Ab4 (A flat), G3 Bb3 Eb4 G4 (E flat, its third at the bottom); lowest F3 (175 Hz), top
    # Ab4. Every chord has its third; no bare fifths. The bass under it on the roots F2, Db2, Ab2, Eb2 with octave,
    # fifth and sixth (F2 F3 C3 F2 D3 ...). af09 (39.47-45.78) asked the strum's grid and accents, aj02 (37.89-44.21,
    # degraded) its top notes, c07 (37.88-47.36) the minor chord; none asked full chords or power chords for gain.
    Question("at08", "ft_drive_ab152", ["guitar", "bass"], 38.5, 50.5,
             "want to slam the guitar in this hook through a really high-gain amp -- is he playing full chords or "
             "power chords? if they're full, which power chords should I swap in?",
             "Full chords, with the third in every one -- under heavy gain they'll mush. He strums four-note shapes "
             "on every eighth (4/4 at about 152, a chord a bar, 1.58 s), from the F below middle C up to the F or A "
             "flat above it: F minor (F, A flat, C, F), D flat with F at the bottom (F, A flat, D flat, F), A flat "
             "(A flat, C, E flat, A flat), E flat with G at the bottom (G, B flat, E flat, G), then the same four "
             "again (about 44.2-50.5 s). The swap, on the bass's roots: F5 (F-C), D flat 5 (D flat-A flat), A flat 5 "
             "(A flat-E flat), E flat 5 (E flat-B flat) -- the two inverted shapes have the third at the bottom, so "
             "their power chords move down to the root. Right: full chords (thirds in them), the four chords right "
             "in order (F minor, D flat, A flat, E flat; three of the four at least), and fifths on those roots. "
             "Partly: 'full chords' right with the chords named wrong; or the chords right but called power chords "
             "already; or the power chords built on the inversions' bottom notes (F and G) instead of the roots.",
             "Power chords or single notes as what he plays; no chords named."),
    # truth: ft_swing_g1208 song.mid / truth.json (12/8, tempo_beats_per_min 63 dotted quarters: a beat 0.952 s, a
    # triplet eighth 0.317 s (189 a minute), a bar 3.810 s; song.mid's own set_tempo 634920 us a quarter = 94.5 BPM;
    # solo 30.48-60.95, bar lines 34.29, 38.10, 41.90, 45.71, 49.52). In the window the ride plays every beat and the
    # last triplet of each, the kick one and three, the side-stick two and four; the bass walks a note a beat; the
    # guitar arpeggiates on every triplet eighth. A 12/8 bar is six quarter notes: 3.810 / 6 = 0.635 s, 94.5
    # quarter-note BPM; 4/4 at 63 with a triplet grid makes the same 3.81 s bar. ae08 (60.9-76.0, degraded) asked the
    # drum solo's meter, bar length and bar starts, h04 and o04 6/8, 3/4 or 12/8, q09 the feel and meter; none asked
    # what to type into a quarter-note DAW.
    Question("at09", "ft_swing_g1208", ["drums", "bass", "guitar"], 35.0, 49.0,
             "setting up my DAW for this -- it only takes tempo in quarter notes. what time signature and BPM do I "
             "type so its bars line up with the band's, and where do the bars start in here?",
             "12/8 at 94.5 (quarter-note) BPM. The band is in 12/8 at about 63 dotted-quarter beats a minute -- four "
             "beats a bar, each split in three (the ride on the beat and the last triplet, kick on one and three, "
             "side-stick on two and four, the bass walking a note a beat, the guitar rolling on every triplet) -- so "
             "a bar is about 3.81 s, six quarter notes of 0.635 s: 63 x 1.5 = 94.5. (Typing 63 in 12/8 makes bars "
             "half again too long; 189 is the triplet-eighth rate.) The same bar comes out of 4/4 at 63 with a "
             "triplet grid. Bars start at about 38.10, 41.90 and 45.71 s here (the one before at 34.29, the next at "
             "49.52). Right: 12/8 at 94.5 (94-95), or 4/4 at 63 on a triplet grid, with the bar starts within about "
             "0.2 s. Partly: 12/8 and the bar starts right with 63 typed as the quarter-note tempo (bars of 5.71 s) "
             "or 189; or the setup right with the bar starts a beat or more off; or 94.5 in 4/4 (bars of 2.54 s).",
             "A straight 4/4 or 3/4 at another tempo (e.g., 126 or 105); a band bar of about 1.9 or 2.5 s."),
    # truth: ft_drive_e24 song.mid / truth.json (E major, 2/4 at 96, a bar 1.25 s; verse to 30.0, hook 30.0-40.0; chords
    # A 23.75, E 25.0, B 26.25, C#m 27.5, A 28.75 | A 30.0, B 31.25, E 32.5, E 33.75, A 35.0). Keys (GM 5, electric
    # piano): verse, three-note stabs on the off-beats (v68-76), E4 A4 C#5, E4 G#4 B4, F#4 B4 D#5, E4 G#4 C#5, E4 A4 C#5
    # -- lowest E4 (330 Hz), top D#5 (622 Hz); hook from 30.0, four-note chords on every eighth (v89-107), E3 A3 C#4 E4,
    # F#3 B3 D#4 F#4, E3 G#3 B3 E4 (twice), E3 A3 C#4 E4 -- lowest E3 (165 Hz), the low notes E3, F#3 (185), G#3 (208),
    # A3 (220), B3 (247); top F#4 (370 Hz). The bass: verse roots C#2-B2 with the octave (up to B3), hook E2-B3. i05
    # (10-22.5) asked whether the keys share her range, aj06 (30-35) the bass climbing onto the keys, ak08 (30-40) the
    # keys' top in the hook, c10 (22.5-35) the keys on or off the beat; none asked a high-pass point.
    Question("at10", "ft_drive_e24", ["piano", "bass"], 24.0, 36.0,
             "high-passing the keys to clear room for the bass -- how high can I set the filter without eating their "
             "lowest notes here? does that hold from the end of the verse into the hook?",
             "No -- it changes at the hook. To 30.0 s (the verse) the keys play short off-beat chords from the E "
             "above middle C up (lowest note E4, about 330 Hz; top D sharp 5, about 620 Hz), so a high-pass up to "
             "about 250-300 Hz takes nothing from them. At 30.0 s (the hook's downbeat; 2/4 at about 96, a bar 1.25 "
             "s) they drop an octave and strum four-note chords on every eighth with their bottom notes on E3 (about "
             "165 Hz), F sharp 3 (185), G sharp 3 (208), A3 (220) and B3 (247): a filter left at 250-300 Hz would "
             "gut the hook's chords -- bring it down to about 120-150 Hz there (automate it at 30.0 s), or accept "
             "thinner chords. Right: the verse's lowest note E4 (about 330 Hz) and the hook's E3 (about 165 Hz) from "
             "about 30.0 s, with the filter lower in the hook. Partly: the hook's drop found with one of the two "
             "lowest notes an octave or more off; or both lowest notes right with the change time missing or more "
             "than a bar off; or one fixed setting that suits the hook (about 150 Hz) with the verse's higher "
             "register unsaid.",
             "The keys' lowest note in the bass register (below about 110 Hz); no change between verse and hook; the "
             "keys said to go higher in the hook."),
    # truth: ft_ballad_csm76 song.mid / truth.json (C sharp minor; 4/4 at 76, a bar 3.158 s; chords C#m 22.11, A 25.26,
    # A 28.42, B 31.58, C#m 34.74 and 37.89; the chorus from 28.42): the bass C#2 22.11, A2 25.26, then the chorus riff
    # on A, B and C# roots; the keys' chords C#m (E3 G#3 C#4), A (E3 A3 C#4), B (F#3 B3 D#4 F#4), C#m (E3 G#3 C#4 E4);
    # the voice on C sharp minor's notes with passing A sharp (B flat) and E sharp (F). An A minor loop to C sharp
    # minor: up 4 semitones (a major third) or down 8. Same score for @degraded (cached conditions.json: spill -18 dB,
    # room 0.71 s, noise 40 dB under). o08 (28.4-41.03, degraded) asked this chorus's key, major or minor, q04, m02 and
    # aj04 its chords, as09 (ft_drive_e24) a transposition for a singer; none asked a sample's shift into the key.
    Question("at11", "ft_ballad_csm76@degraded", ["piano", "bass", "vocals"], 22.5, 37.9,
             "got a string loop in A minor I want to drop in under this -- how many semitones do I shift it, and "
             "which way?",
             "Up 4 semitones (a major third) -- the song is in C sharp minor. Here it's C sharp minor, A, then into "
             "the chorus at about 28.4 s A, B and back to C sharp minor from about 34.7 s (i, VI, VII, i; 4/4 at "
             "about 76, a bar about 3.16 s). Down 8 semitones gets to the same key but is a much bigger stretch "
             "(darker, grainier). The loop's own chords still have to sit with the song's bar-long changes. Right: "
             "+4 semitones (or -8), with C sharp minor named (or E major, its relative major with the same notes, "
             "with the shift still +4). Partly: C sharp minor right with the shift miscounted (+3, +5) or the wrong "
             "way (-4); or 'up a major third' right with the key unsaid.",
             "A key with other notes (e.g., A major, B major, C minor, E minor) and a shift to match it; no shift "
             "given."),
    # truth: ft_swing_g1208 song.mid / truth.json (G major; 12/8 at 63 dotted quarters, a bar 3.81 s; head chords G 0, C
    # 3.81, G 7.62, D 11.43, C 15.24, C 19.05, G 22.86, E:min 26.67). The guitar chops C (E4 G4 C5), G (G4 B4 D5), D
    # (F#4 A4 D5) on the last triplet of each beat; the bass walks C2 E2 G2 Ab2 | G2 B2 D3 C#2 | D2 F#2 A2 B1 | C2 E2 G2
    # B1 | C2 E2 G2 F#2 | G2 B2 D3 F2 (A flat, C sharp and F chromatic approaches on beat four); the voice on G major's
    # notes (C5 B4 C5 D5 E5 F#5 ... G5 A5), resting 11.34-15.24. Camelot: G major 9B; its neighbours 9A (E minor), 8B (C
    # major), 10B (D major). Same score for @degraded (cached conditions.json: spill -24 dB, room 0.96 s, noise 30 dB
    # under). q11 (0-15.24) asked the progression (I-IV-I-V in G), o04 (15.2-26.65, degraded) the meter and the chords
    # bar by bar, v04 (91.4-106.7) a key change; no harmonic-mixing question asked.
    Question("at12", "ft_swing_g1208@degraded", ["guitar", "bass", "vocals"], 4.2, 26.2,
             "mixing this into my electro-swing set -- what key is it in Camelot terms, and which keys next to it "
             "will blend? does it stay in one key through here?",
             "G major -- Camelot 9B. The keys that blend: 9A (E minor, its relative minor), 8B (C major) and 10B (D "
             "major). It stays in G through the whole stretch: the chords go a bar each (12/8 at about 63 "
             "dotted-quarter beats, a bar about 3.81 s) C (under way at 4.2 s), G (7.6), D (11.4), C (15.2), C "
             "(19.0), G (22.9) -- IV, I, V, IV, IV, I -- and the singer sits on G major's notes; the bass's A flat, C "
             "sharp and F on the last beat of some bars are passing notes into the next chord, not a key change. "
             "Right: G major / 9B with at least two of the three neighbours right (9A, 8B, 10B), and no key change. "
             "Partly: G major right with the Camelot code or the neighbours wrong (e.g., 2B, or A and B swapped), or "
             "the right code with a key change claimed; or C major or D major read (a neighbour, 8B or 10B) with "
             "neighbours that follow from it.",
             "A minor key as the main key (G minor, E minor); a key outside G's neighbours; no key."),
]
GRADES_45 = {"at01": "wrong", "at02": "right", "at03": "right", "at04": "partly", "at05": "partly", "at06": "wrong",
             "at07": "right", "at08": "right", "at09": "right", "at10": "partly", "at11": "right", "at12": "right"}
GRADES_45_WHY = {
    "at01": "nothing on the neck (the tool reads pitches, not strings), and a transcribed E flat an octave under his "
            "lowest note read as a tuned-down guitar: wrong (no open strings, frets 4-8)",
    "at02": "110 BPM, about 9.1 % faster, about a semitone and a half up, between keys, with the whole-semitone "
            "alternatives at 116.5 and 123.5: right",
    "at03": "G major, a C harp played cross harp, a G harp for straight, with a G minor fallback hedged: right",
    "at04": "one fill at 25.3 s read as four snare strokes with no toms, but toms said possibly hidden in the kick's "
            "eighths at 8.0 and 11.2 s and the fill named the place to automate: partly (no toms in the window)",
    "at05": "G minor with G minor pentatonic; whether his scale moves with the phrase left open (the lead not read "
            "apart from the chords in its stem), the chords' move to C minor at 17.5 s and the A against A flat "
            "offered: partly",
    "at06": "every hit single and 50 ms called safe; the snare's and-of-three and the floor tom's and-of-four doubles "
            "30-60 ms apart not read: wrong (the drum reading does not split strokes that close)",
    "at07": "not a plain E flat minor lock: A natural and C natural as her neighbours either side of B flat, placed at "
            "26-30 and 35-37.5 s, B (C flat) in the scale: right",
    "at08": "full chords, F minor, D flat, A flat, E flat a bar each, power chords on the bass's roots: right",
    "at09": "12/8 at 94.5 (or 4/4 at 63 on a triplet grid), bars from 38.12, 41.92, 45.73 s: right",
    "at10": "the keys' lowest E3 at the hook's downbeat and a high-pass under it at 100-130 Hz, safe in both, but the "
            "verse's E4 unsaid and the hook called 'busier but not lower': partly (the summary answered where the "
            "piano leaves holes; the lowest notes before and after the change not said)",
    "at11": "up four semitones, A minor to C sharp minor (or down eight): right",
    "at12": "G major, 9B, blending with 8B, 10B and 9A, no key change, the bass's chromatic notes passing: right",
}
# the baseline's text names the stems, the track's key and the frame: the track's key lets a reader pick the harp
# (G major, at03), a scale with no move (G minor, at05), the loop's shift (C sharp minor, at11) and the Camelot code
# with no word on a change (G major, at12), each partly; nothing else any of these asks
BASELINE_GRADES_45 = {q: "partly" if q in ("at03", "at05", "at11", "at12") else "wrong" for q in GRADES_45}
# Round 46 (held out): everyday session questions -- a real comp's tuning against A440, video frames for the unseparated
# mix's bars, clean one-shots off a real kit, a twin-guitar harmony over a real lead, a punch-in and pre-roll for a real
# singer's second verse, which of his held notes a tuner should touch, a Nashville chart for a degraded verse into its
# hook, what muting the guitar takes from a hook's chords, a degraded head flipped to minor, sampler pads for a chorus
# line, a one-beat drop before a degraded chorus, and a 4/4 loop under a 5/4 verse -- written from the scores (song.mid
# / truth.json) and the human annotations before any packet of it was made; no analysis code run and no server output
# read.
QUESTIONS_46 = [
    # truth: guitarset_00_BN1-129-Eb_comp annotations/00_BN1-129-Eb_comp.jams (note_midi per string: fractional MIDI
    # from the hexaphonic pickup, data_source 0-5 = low E to high E; cents = 100 x (value - nearest semitone)) and
    # beat_position (129 BPM). The 111 notes starting 2.5-20.5: median +9 cents, mean +7 (A4 about 442 Hz); by string
    # (median): low E +5 (7 notes), A +5 (17), D +14 (30), G +9 (29), B +9 (20), high E +7 (8); the 60 notes held 0.3 s
    # or more: +8 overall, D +14, A +4.5. A few short notes stray to +-50 (slides: 9.58, 10.72, 18.29, 20.26). at01
    # (4.2-18.5) asked where on the neck he plays, f01/af01/ag01 his voicings; none asked a tuning reference.
    Question("au01", "real:guitarset_00_BN1-129-Eb_comp", ["guitar"], 2.5, 20.5,
             "tuning my synths to this take before I overdub -- is he at concert pitch, A440, or a bit off? and is "
             "the guitar in tune with itself, string to string?",
             "A touch sharp: his notes sit about 8 cents above concert pitch on average (about +5 to +10), so his A "
             "is about 442 Hz, not 440 -- set the synths' master tune about +8 cents (or A = 442). String to string "
             "it's close but not perfect: the D string is the sharpest, about +14 cents, the A and low E strings the "
             "lowest, about +5, the G and B about +9 and the high E about +7 -- the D string some 10 cents sharp of "
             "the A. A few quick notes and slides wander further (up to about a quarter-tone); the held notes are "
             "steady. (4/4 at about 129.) Right: sharp by roughly 5-12 cents (A about 441-443 Hz) with the D string "
             "named the sharpest (or the strings said to differ by about 10 cents, the D high). Partly: the overall "
             "offset right with the strings unsaid or called all alike; or 'slightly sharp' with no size; or the D "
             "string right with the overall offset wrong.",
             "'Dead on A440' or in tune; flat; off by a quarter-tone or more (A above about 450 or below about 430 "
             "Hz); no tuning reading."),
    # truth: musicdelta_rock annotations/MusicDelta_Rock_MIX.beats (manual; 4/4; beats 0.01, 0.55, 1.08, ... 12.55,
    # 0.53-0.55 s apart, mean 0.545 s (110 BPM), truth.json tempo 109.09 from the median 0.55; downbeats 0.01, 2.16,
    # 4.36, 6.54, 8.72, 10.91, bars 2.15-2.20 s). At 25 frames a second: a beat 13.6-13.75 frames, a bar about 54.5
    # (53.75-55); the downbeats at frames 54 (2.16), 109 (4.36), 163.5 (6.54), 218 (8.72) and 272.75 (10.91), frame 0 at
    # the file's start; the beats between them every 13-14 frames. ae04 (0-13.09) asked this mix's bars, ap04 (3-12) its
    # BPM and first downbeat, at02 (1-12) a repitch to 120; none asked video frames.
    Question("au02", "mix:musicdelta_rock", ["mix"], 2.6, 12.9,
             "cutting a video to this bounce at 25 fps -- how many frames is a beat and a bar, and on which frame "
             "numbers (counting from the start of the file) do the bars in here start? want my cuts on the ones",
             "About 110 BPM in 4/4: a beat is about 0.545 s, 13.6 frames, and a bar about 2.18 s, about 54.5 frames "
             "(so bar-long cuts alternate 54 and 55 frames). The bars in here start at about 4.36 s (frame 109), 6.54 "
             "s (frame 163-164), 8.72 s (frame 218) and 10.91 s (frame 273); the one before the window is at about "
             "2.16 s (frame 54), and the beats fall every 13-14 frames between them. Right: 13.5-13.8 frames a beat "
             "and 54-55 a bar, with the bar starts within about 2 frames (0.08 s) of 109, 163, 218 and 273 (or their "
             "times within 0.08 s). Partly: the frame sums right with the bar starts a beat off (about 14 frames) or "
             "only times given; or the bar starts right with the frames per beat or per bar botched.",
             "A tempo outside about 100-120 (e.g., 27 or 7 frames a beat); bars of 3 or 6 beats; neither frame "
             "numbers nor times."),
    # truth: musicdelta_beatles annotations/MusicDelta_Beatles_subclass.txt (manual onsets) and _MIX.beats (manual; 4/4
    # at 111, a beat 0.54 s; downbeats 2.19, 4.38, 6.55, 8.75, 10.93, 13.11, 15.27, 17.45, 19.64). Snares 3.0-21.0: on
    # two with the tambourine 6-40 ms before it in every bar (4.92, 7.09, 9.29, 11.48, 13.65, 15.81, 17.97, 20.19); on
    # the 'and' of three two strokes 31-41 ms apart (3.57/3.61, 5.74/5.78, 7.92/7.96, 12.31/12.34, 14.46/14.50,
    # 16.65/16.69, 18.82/18.86) but once single: 10.12, alone (the kick 0.29 s before, the tambourine 0.26 s after).
    # Floor tom on the 'and' of four: single 4.11, 8.46, 10.66; doubled 50-60 ms apart 6.27/6.32, 12.84/12.89,
    # 14.99/15.04, 17.18/17.23, 19.36/19.42. The nearest other hit to each single is 0.25-0.30 s away; no cymbals, no
    # hi-hat. at06 (16.8-30) and ag02 (6.55-15.27) asked these doubles (a retrigger time, which drum), l01 the floor
    # tom's place; none asked for a clean one-shot.
    Question("au03", "real:musicdelta_beatles", ["drums"], 3.0, 21.0,
             "want to sample clean one-shots off his kit -- where's a snare hit on its own, nothing on top of it and "
             "not a double? and a clean floor tom hit?",
             "The snare: only one, at about 10.12 s (the 'and' of three in the bar from about 8.75). Every snare on "
             "beat two has the tambourine struck with it (up to about 40 ms ahead), and every other 'and'-of-three "
             "snare is a double, two strokes 30-40 ms apart (about 3.57, 5.74, 7.92, 12.31, 14.46, 16.65 and 18.82 "
             "s). The floor tom (always on the 'and' of four): single at about 4.11, 8.46 and 10.66 s; the others "
             "(about 6.27, 12.84, 14.99, 17.18, 19.36 s) are doubles 50-60 ms apart. Each clean hit gets about a "
             "quarter second (0.25-0.3 s) before the next hit (after each tom, the kick on the one), so the tails are "
             "cut there. 4/4 at about 111. Right: the snare at about 10.12 s as the (only) clean one and at least one "
             "of the single floor toms (4.11, 8.46, 10.66), each within 0.1 s. Partly: one of the two right with the "
             "other wrong or missing; or the 10.12 s snare right with other snares also offered as clean (the "
             "beat-two ones under the tambourine, or doubles).",
             "A beat-two snare (with the tambourine) or a doubled hit as the clean one; no hits placed; a cymbal or "
             "hi-hat said to sit on top of them (there is none)."),
    # truth: musicdelta_shadows annotations/MDB_MusicDelta_Shadows_STEM_04.csv (the lead guitar's verified f0, sounding,
    # segmented here at changes over 0.7 semitone) and MusicDelta_Shadows_MIX.beats (manual; about 111 BPM; downbeats
    # 6.56, 8.75, 10.93, 13.09, 15.28). The phrase: D3 8.19-8.74 (a pickup on beat four), G3 8.74-9.81, Bb3 9.81-10.37,
    # D4 10.37-10.87, C4 10.91-11.77, Bb3 11.77-12.05, A3 12.06-12.25, G3 12.28-12.54, F3 12.54-13.28, G3 13.28-14.4
    # (the tail to 14.9); nothing 6.21-8.19 or after it in the window. G natural minor (o01); a diatonic third above
    # each note: F3, Bb3, D4, F4, Eb4, D4, C4, Bb3, A3, Bb3 (top F4, 349 Hz). The guitar stem is the lead and the rhythm
    # guitar summed. at05 (11.5-24) asked a scale for answering licks, j02 and as04 the next phrase's notes and
    # register, ab01 his stops; none asked a harmony part.
    Question("au04", "real:musicdelta_shadows", ["guitar"], 7.2, 15.2,
             "want to add a twin-guitar harmony a third above the lead on this phrase -- what notes does the harmony "
             "part play, note for note?",
             "Stay in G minor (B flat and E flat, no B or E natural). His line is D, G, B flat, D, C, B flat, A, G, "
             "F, G -- from a pickup D on beat four (about 8.2 s) to the G on the one (about 8.75), up to the D just "
             "above middle C (about 10.4) and down to the long G he ends on (about 13.3-14.4 s). A third above, the "
             "harmony plays F, B flat, D, F, E flat, D, C, B flat, A, B flat: E flat over his C (about 10.9 s), A "
             "over his F (about 12.5), B flat over the last long G; its top note the F above middle C. (4/4 at about "
             "111.) Right: the harmony notes in order with at most two wrong, including E flat over C and A over F. "
             "Partly: the lead's notes right with the harmony in strict major thirds (B over G, E over C, F sharp "
             "over D) or strict minor thirds (D flat over B flat, A flat over F), or with three or four notes wrong; "
             "or a right diatonic harmony a third below given instead.",
             "A harmony in G major or another key (B and E natural throughout); a harmony built on wrong lead notes; "
             "no notes given."),
    # truth: musicdelta_country1 MusicDelta_Country1_MIX.beats (manual; 4/4 at 109; downbeats 13.19, 15.37, 17.55,
    # 19.72, 21.92; beats 17.55, 18.09, 18.64, 19.19 in the bar before verse two) and annotations/
    # MDB_MusicDelta_Country1_STEM_05.csv (verified f0): verse one's last note, an A, to 13.69; nothing voiced
    # 13.69-18.44; verse two starts with a short low note 18.45-18.58 (about A flat 2), then a scoop up from 18.63 (beat
    # three) to G3 by about 18.95, G3 again 19.2-19.5 (beat four) into the bar at 19.72 (truth.json notes: Ab2 18.43, E3
    # 18.73, F3 18.85, G3 19.18). A drop-in anywhere 13.7-18.4 misses both verses' notes; on the bar line 17.55, two
    # bars of pre-roll start at 13.19 (one bar: 15.37). e03 (15.37-26.27) asked when he comes back in, ah03 (0-21.92)
    # how many bars he sits out; none asked a punch-in and its pre-roll.
    Question("au05", "real:musicdelta_country1", ["vocals", "drums"], 12.6, 22.6,
             "punching in a new take of his second verse -- where do I drop in so I catch his very first sound "
             "without clipping the end of verse one, and where does a two-bar pre-roll start?",
             "Drop in on the bar line at about 17.55 s (anywhere in his gap, about 13.7-18.4 s, is safe): verse one "
             "ends on a held A at about 13.7 s, and verse two starts just before beat three of the bar from 17.55 -- "
             "a short low note at about 18.45 s, then a scoop up to G on beats three and four (about 18.6-19.5 s) -- "
             "a pickup of about two beats into the bar at about 19.72 s, so a drop-in on that downbeat would clip it. "
             "Two bars of pre-roll before 17.55 start at about 13.19 s (one bar: about 15.37). 4/4 at about 109, a "
             "bar about 2.18 s. Right: a drop-in between about 13.7 and 18.4 s (the bar line at 17.55 best), his "
             "entry placed at about 18.4-18.7 s as a pickup before the bar at 19.72, and a pre-roll starting two bars "
             "before the drop-in (13.19 s for 17.55). Partly: the entry and drop-in right with the pre-roll "
             "miscounted (e.g., a bar off); or the drop-in on the 19.72 downbeat (clipping the pickup) with the "
             "pre-roll sums right; or his entry placed a beat or more off.",
             "A drop-in before about 13.7 s (into verse one's last note); his entry said to be on a downbeat with no "
             "pickup; no times."),
    # truth: musicdelta_country1 annotations/MDB_MusicDelta_Country1_STEM_05.csv (verified f0; the median over each
    # note's voiced frames as MIDI, cents from the nearest semitone) and truth.json notes.vocals (derived from it): G3
    # 5.51-6.55 median 55.01 (+1 cent; 10-90 % 54.51-55.45), C4 6.72-7.40 median 59.78 (-22; its steady part 7.0-7.35 at
    # 59.5-59.8), G3 7.74-8.46 55.14 (+14), A3 10.23-10.46 (+12), A3 12.07-12.49 57.34 (+34), A3 12.88-13.69 57.40 (+40;
    # 10-90 % 57.05-57.60). Shorter notes swing 20-45 cents either way (the B at 11.49-12.07 near B flat, about -40).
    # MusicDelta_Country1_MIX.beats (manual; 4/4 at 109; downbeats 6.61, 8.79, 11.00, 13.19). at03 (3.5-14.5) asked a
    # harmonica for this verse (G major), a03 and b04 his long notes and range, c04 (vocadito) a singer's drift; none
    # asked which held notes are off pitch.
    Question("au06", "real:musicdelta_country1", ["vocals"], 5.4, 14.2,
             "about to run pitch correction on his held notes in this verse -- which ones are actually off, which "
             "way, and by roughly how much? don't want to touch the ones that are fine",
             "Leave the long G alone: the G below middle C he holds at about 5.5-6.5 s is dead in tune (within a few "
             "cents), and the G at about 7.7-8.5 s is only a little sharp (about +15 cents). The C above it, held "
             "about 7.0-7.4 s, sags flat, about 20-30 cents. The ones to fix are the A's at the end of the verse: "
             "about 12.1-12.5 s some 35 cents sharp, and the last and longest, about 12.9-13.7 s, about 40 cents "
             "sharp -- nearly a quarter-tone, held steady there. (G major; 4/4 at about 109.) His quick notes bend "
             "20-45 cents either way, which is his style: a slow, gentle retune there. Right: the last A (about "
             "12.9-13.7 s) named sharp by roughly 25-50 cents and the long G (5.5-6.5 s) in tune, with at least one "
             "of the flat C (about 7.0-7.4 s) or the sharp A at about 12.1-12.5 s also right. Partly: the last A "
             "right with the long G called off or the C called sharp; or 'the verse ends sharp' with no size; or the "
             "sizes right with the times a note or more off.",
             "Everything in tune; the last A called flat; a note called a semitone or more off; no notes named."),
    # truth: ft_drive_e24 song.mid / truth.json (E major; 2/4 at 96, a bar 1.25 s; verse to 30.0, hook 30.0-40.0; chords
    # C#m 17.5, A 18.75, E 20.0, B 21.25, C#m 22.5, A 23.75, E 25.0, B 26.25, C#m 27.5, A 28.75 | A 30.0, B 31.25, E
    # 32.5, E 33.75, A 35.0, B 36.25, to 37.5). The bass on each chord's root on the bar's one (C#2 A2 E2 B2 ...; hook
    # A2 B2 E2 E2 A2 B2), the keys' stabs and strums on the same chords. Nashville numbers in E: 6- 4 | 1 5 6- 4 | 1 5
    # 6- 4 || 4 5 1 1 4 5, a number a 2/4 bar. Same score for @degraded (cached conditions.json: spill -18 dB, room 0.46
    # s, noise 30 dB under). s08, n06, j06 and e10 asked these chords, as09 a transposition of them; none asked
    # Nashville numbers.
    Question("au07", "ft_drive_e24@degraded", ["piano", "bass"], 17.5, 37.5,
             "writing a Nashville number chart for the band from here into the hook -- what are the numbers, bar by "
             "bar, and how long does each one last?",
             "In E (1 = E): 6- 4 | 1 5 6- 4 | 1 5 6- 4 to the end of the verse (C sharp minor, A, E, B ...), then at "
             "the hook (about 30.0 s) 4 5 1 1 4 5 (A, B, E held two bars, A, B). Each number is one bar of 2/4 at "
             "about 96 -- 1.25 s, two beats -- so on a 4/4 chart it's two numbers to a bar (6- 4 | 1 5 | 6- 4 | 1 5 | "
             "6- 4 | 4 5 | 1 | 4 5), the hook's 1 taking a whole 4/4 bar. The chords change every 1.25 s: 17.5 (6-), "
             "18.75 (4), 20.0 (1), 21.25 (5), ... 30.0 (4), 31.25 (5), 32.5 (1, to 35.0), 35.0 (4), 36.25 (5). Right: "
             "the key as E and the numbers in order (at most two wrong), the hook's 4 5 1 1 4 5 right, and each chord "
             "two beats (1.25 s). Partly: the numbers right with the bar length wrong (e.g., a 4/4 bar each, 2.5 s); "
             "or the chords right but numbered from C sharp (1- b6 b3 b7) or another key; or the verse right with the "
             "hook wrong.",
             "Chords other than C sharp minor, A, E and B (e.g., E minor or D); no numbers and no chords."),
    # truth: ft_drive_ab152 song.mid / truth.json (A flat major, 4/4 at 152, a bar 1.579 s; hook to 50.53: F:min 37.89,
    # Db 39.47, Ab 41.05, Eb 42.63, F:min 44.21, Db 45.79, Ab 47.37, Eb 48.95). The guitar strums the full chords with
    # their thirds (F3 Ab3 C4 F4, F3 Ab3 C#4 F4, Ab3 C4 Eb4 Ab4, G3 Bb3 Eb4 G4) on every eighth. The bass, each bar:
    # root, octave on the 'and' of one, fifth on the 'and' of two, root on three, a sixth on four -- F2 F3 C3 F2 D3; Db2
    # Db3 Ab2 Db2 Bb2; Ab2 Ab3 Eb3 Ab2 F3; Eb2 Eb3 Bb2 Eb2 C3: no third anywhere. The singer: two-note shouts on beat
    # four of the D flat and E flat bars only -- C#5 F5 40.66/40.86 and 46.97/47.17, Eb5 G5 43.82/44.01 and 50.13/50.33
    # (each note an eighth); nothing in the F minor or A flat bars. at08 (38.5-50.5) asked full or power chords, ah06
    # the bass's outside note (the D), c07 the minor chord, e06 her shouts' places; none asked what muting a part takes
    # from the chords.
    Question("au08", "ft_drive_ab152", ["guitar", "bass", "vocals"], 39.0, 50.5,
             "thinking of muting the guitar through this hook and leaving just bass and vocal -- would the chords "
             "still come across major and minor where they should, or is the guitar the only thing playing the "
             "thirds?",
             "The guitar is nearly the only thing with thirds -- muted, the hook goes hollow. The bass never plays a "
             "third: each bar it's root, octave, fifth, root and a sixth on beat four (F F C F D; D flat ... B flat; "
             "A flat ... F; E flat ... C), a chord a bar at about 152. The singer only shouts two eighths on beat "
             "four of the D flat bars (C sharp-F, about 40.7 and 47.0 s) and the E flat bars (E flat-G, about 43.8 "
             "and 50.1 s), so those bars get their third (F, G) only at the very end; the F minor bar (about "
             "44.2-45.8 s, and the end of the one from 37.9) and the A flat bars (about 41.1-42.6 and 47.4-49.0 s) "
             "get none at all -- the F minor that gives the hook its colour turns into a bare F fifth, the bass's D "
             "on beat four even hinting at D minor. Keep some guitar, or add a pad or keys with the thirds (A flat on "
             "the F minor bars, C on the A flat bars). Right: the bass has no thirds, and the F minor bars lose their "
             "minor third (no A flat left), with the A flat bars also bare; her beat-four shouts may be named as the "
             "only thirds left. Partly: 'the thirds go' said generally with no bar named; or the F minor bars right "
             "with the bass said to play thirds elsewhere; or the shouts' thirds called enough for the whole hook.",
             "The bass and vocal said to keep the chords' quality (the F minor still minor); the bass said to play "
             "thirds; nothing said about the chords."),
    # truth: ft_swing_g1208 song.mid / truth.json (G major; 12/8 at 63 dotted quarters, a bar 3.81 s; chords D 11.43, C
    # 15.24, C 19.05, G 22.86, E:min 26.67, to 30.48). The guitar chops F#4 A4 D5 | E4 G4 C5 (two bars) | G4 B4 D5 | E4
    # G4 B4; the bass walks D2 F#2 A2 B1 | C2 E2 G2 B1 | C2 E2 G2 F#2 | G2 B2 D3 F2 | E2 Ab2 B2 F#2. The voice rests
    # 11.34-15.24, then G5 A5 G5 A5 G5 F#5 G5 A5 | G5 A5 G5 F#5 G5 F#5 G5 A5 (eighths of the 12/8, F#5 at 17.62, 20.48,
    # 21.43) | B5 C#6 B5 C#6 (quarters, 22.86, 23.81, 24.76, 25.71) | nothing 26.6-30.48. The parallel minor, G minor: G
    # -> Gm, C -> Cm, D -> D (harmonic minor's V) or Dm, E minor (vi) -> E flat (VI); the voice's B -> B flat, F sharp
    # -> F over the C minor bars; G and A stay; the C sharp is outside either key (a raised fourth). Same score for
    # @degraded (cached conditions.json: spill -24 dB, room 0.96 s, noise 30 dB under). q11, o04 and at12 asked this
    # head's chords and key, ak09 its E minor bar; none asked a minor version.
    Question("au09", "ft_swing_g1208@degraded", ["guitar", "bass", "vocals"], 11.0, 30.4,
             "want a dark minor version of this bit for a remix, same home note -- what do the chords turn into, and "
             "which of the singer's notes would I have to change?",
             "It's in G major, so the minor version is G minor. The chords go a bar each (12/8 at about 63 dotted "
             "quarters, a bar about 3.81 s): D (about 11.4 s), C (15.2), C (19.0), G (22.9), E minor (26.7) -- in G "
             "minor: D stays D (or D minor for a darker, modal V), C becomes C minor (both bars), G becomes G minor "
             "and the E minor becomes E flat major (the flat six). Her line: she rests about 11.4-15.2 s, then sings "
             "G, A and F sharp over the C bars and B and C sharp over the G bar (about 22.9-26.5). Change the B's "
             "(about 22.9 and 24.8 s) to B flat, and the F sharps over the C minor bars (about 17.6, 20.5, 21.4) to "
             "F; the G's and A's stay. Her C sharp (about 23.8, 25.7) is already outside the key -- a raised fourth; "
             "keep it as a rub or take it to C. The guitar and bass follow: C minor C-E flat-G, G minor G-B flat-D, E "
             "flat E flat-G-B flat. Right: the chords as D (or D minor), C minor, C minor, G minor, E flat, and her "
             "B's to B flat. Partly: the chords right with her notes unsaid or wrong; or her B flat right with one or "
             "two chords wrong (e.g., E minor kept, or C kept major).",
             "The relative minor (E minor) with the chords and notes unchanged; a minor version in another key; no "
             "chords given."),
    # truth: ft_ballad_csm76 song.mid / truth.json (C sharp minor; 4/4 at 76, a bar 3.158 s; chords A 28.42, B 31.58,
    # C#m 34.74 and 37.89, A 41.05, to 44.21). The voice from 29.3 (onsets): Ab5 29.61, A5 30.00, B5 30.39, A5 30.79,
    # Ab5 31.18 | B5 C#6 B5 C#6 B5 Bb5 B5 Bb5 (31.58-34.34, C#6 at 31.97 and 32.76 only) | Ab5 Bb5 Ab5 Bb5 (quarters,
    # 34.74-37.84) | nothing 37.84-41.05 | A5 B5 A5 Ab5 A5 Ab5 A5 Ab5 (41.05-44.2). Five pitches: G#5 (7 onsets), A5
    # (6), A#5 / B flat 5 (4), B5 (6), C#6 (2); no C natural; range G#5-C#6, a fourth. at07's kind (eb54) asked the
    # notes outside a tuner's scale, ai08 (28.42-47.37, degraded) her range, l07 her gap; none asked how many pads a
    # chop of her line needs.
    Question("au10", "ft_ballad_csm76", ["vocals"], 29.3, 44.0,
             "chopping her chorus line onto my sampler's pads -- how many different notes do I need a pad for, and "
             "which ones?",
             "Five pads: G sharp, A, A sharp (B flat), B and C sharp, G sharp 5 up to C sharp 6, just above the "
             "treble staff -- a fourth in all. Four of them are a chromatic cluster (G sharp-A-A sharp-B) and the C "
             "sharp sits a whole step above with no C between. She leans on G sharp, A and B (six or seven hits "
             "each); A sharp comes four times (about 33.6-37.1 s, two of them long); the top C sharp only twice "
             "(about 32.0 and 32.8 s). She rests about 37.8-41.0 s. (C sharp minor; chords A, B, C sharp minor, A; "
             "4/4 at about 76.) Right: five pitches, G sharp, A, A sharp, B and C sharp, with no C (the octave need "
             "not be named). Partly: four or six pads with at most one note wrong or missing (e.g., the A sharp "
             "missed, or a C added); or the notes right with the octave two or more octaves off.",
             "Three pads or fewer; a set built on other notes (e.g., E, F sharp, G sharp); no notes named."),
    # truth: ft_ballad_csm76 song.mid / truth.json (C sharp minor; 4/4 at 76, a beat 0.789 s; the chorus from 28.42; the
    # bar before it A, from 25.26). Beat four before the chorus, 27.63-28.42: the drums only the ride (27.63; kick
    # 25.26, snare 26.84 earlier in the bar; no fill, no crash); the bass's A2 and the keys' A chord (E3 A3 C#4), both
    # struck at 25.26 and held 3.09 s, to 28.35; the voice A5 27.63 and G#5 (Ab5) 28.03, eighths, to 28.39. Nothing
    # sounds across 28.42. The chorus's one: kick, crash and closed hat; the bass A2 (then A3 on the 'and'); the keys
    # strum E3 A3 C#4 E4 on every eighth; the voice A5, louder (v100). Same score for @degraded (cached conditions.json:
    # spill -18 dB, room 0.71 s, noise 40 dB under). j09 (eb54) and al09 (ab152) asked a fill before a section, an04
    # (22.1-34.74, degraded) her breath into this chorus, ad05 the chorus's tempo; none asked what a one-beat drop would
    # cut.
    Question("au11", "ft_ballad_csm76@degraded", ["drums", "bass", "piano", "vocals"], 23.6, 33.0,
             "want to drop everything out for the last beat before the chorus hits -- what's actually sounding on "
             "that beat that I'd be cutting, and does anything ring over into the chorus's downbeat?",
             "The last beat is about 27.6-28.4 s (beat four of the A bar that started about 25.3; 4/4 at about 76, a "
             "beat about 0.79 s). On it: one ride hit at about 27.6 (no fill, no crash -- the kick and snare were on "
             "one and three), the tail of the bass's A and the keys' A chord (E, A and C sharp around middle C), both "
             "struck on the bar's one and held to about 28.35, and her two eighths, A and G sharp (about 27.6 and "
             "28.0 s, high in her range). Nothing hangs over the bar line: everything stops by about 28.4 and the "
             "chorus restarts on its downbeat (about 28.42) -- kick, crash and hat, the bass's A, the keys strumming "
             "eighths and her A, louder. So a one-beat drop cuts her G sharp pickup and the held chord's last beat; "
             "mute from about 27.6 to 28.42. Right: the ride, the held A (bass and keys) and her two notes named on "
             "that beat, nothing crossing into the chorus, the beat placed within about 0.2 s. Partly: the parts "
             "right with a fill or crash claimed; or one of the three missed; or a part said to ring into the chorus "
             "(e.g., the keys).",
             "A drum fill or crash on that beat as the main answer; the beat placed a beat or more off (e.g., "
             "28.4-29.2); nothing named."),
    # truth: ft_ballad_eb54 song.mid / truth.json (E flat minor; 5/4 at 120, a beat 0.5 s, a bar 2.5 s; bars from 7.5:
    # 10.0, 12.5, 15.0, 17.5, 20.0, 22.5 (the chorus), 25.0, 27.5). A one-bar 4/4 loop at 120 is 2.0 s: from 10.0 its
    # ones fall at 10, 12, 14, 16, 18, 20, 22, 24, 26 -- a beat earlier in each of the band's bars (12.0 on beat five,
    # 14.0 on four, 16.0 on three, 18.0 on two), together again at 20.0 (and 30.0): every 20 beats, 4 band bars, 5
    # loops, 10 s. q12, r08, af10 and ap07 asked the meter and the bars, ar08 (degraded) the chorus beat; none asked a
    # 4/4 loop against it.
    Question("au12", "ft_ballad_eb54", ["drums", "bass", "piano"], 9.6, 27.0,
             "got a one-bar 4/4 drum loop at this tempo I want to run under this, started on the first downbeat in "
             "here -- will it line up with the band's bars? if not, how often do they meet again?",
             "Not bar for bar: the band is in 5/4 at about 120 (a beat 0.5 s, a bar 2.5 s; bars start about 10.0, "
             "12.5, 15.0, 17.5, 20.0, 22.5 -- the chorus -- and 25.0 s), and a 4/4 loop at 120 is 2.0 s, so each band "
             "bar it comes round a beat early: its one lands on the band's beat five at about 12.0, beat four at "
             "14.0, three at 16.0, two at 18.0, and the two ones meet again at about 20.0 s -- every 20 beats, four "
             "band bars or five loops, 10 s (next at about 30.0). For it to sit with the band, add a beat (make it a "
             "5/4 loop, 2.5 s) or let it cycle against them on purpose. Right: 5/4 at about 120 (bars 2.5 s), the "
             "loop 2.0 s, meeting every 4 band bars / 5 loops (10 s), at about 20.0 from a start at 10.0. Partly: 5/4 "
             "and the drift right with the meeting point miscounted; or the meeting point right with the meter named "
             "10/8 (the same bar); or 5/4 right with only 'it won't line up'.",
             "The band in 4/4 or 3/4 ('it lines up'); a bar of about 2.0 or 3.0 s; no answer on lining up."),
]
GRADES_46 = {"au01": "wrong", "au02": "right", "au03": "wrong", "au04": "wrong", "au05": "right", "au06": "partly",
             "au07": "right", "au08": "right", "au09": "right", "au10": "right", "au11": "partly", "au12": "right"}
GRADES_46_WHY = {
    "au01": "no tuning reading: intonation is read for voices only, and the track's own tuning (stored at ingest) was "
            "not in the findings; tuner spots suggested: wrong (about eight cents sharp, the D string sharpest)",
    "au02": "110 BPM, 13.6 frames a beat and 54.5 a bar, the bars from frames 109, 163, 218 and 272: right",
    "au03": "the and-of-three snares offered as clean singles (three of the four are doubles, 30-40 ms apart) and the "
            "floor tom at 17.18 s (a double) as the cleanest: wrong (the drum reading does not split close doubles)",
    "au04": "no notes: the lead is not read apart from the rhythm guitar in its stem; a rule for diatonic thirds in G "
            "minor given instead: wrong (the known two-parts-in-one-stem limit)",
    "au05": "the drop-in at 17.53 s in the gap after the held A, his pickup at about 18.4 s, a two-bar pre-roll from "
            "13.14 s: right",
    "au06": "the last held A about 43 cents sharp, right; the long G left open (no figure) and the flat C and the "
            "earlier sharp A unsaid: partly",
    "au07": "in E, two numbers a bar of 4/4 (two beats each), 6- 4 | 1 5 ... into the hook's 4 5 | 1 | 4 5: right",
    "au08": "the bass on roots, fifths and a sixth with no thirds, the F minor bar left a bare fifth, the singer's "
            "thirds only as beat-four pickups: right",
    "au09": "G minor: D to D minor (or kept), C to C minor, G seven to G minor seven, E minor to E flat; her B to B flat: "
            "right (an E-as-home reading hedged)",
    "au10": "five pads, G sharp, A, A sharp, B and C sharp, bar by bar: right",
    "au11": "the last beat at 27.6-28.4 s: the hat or ride, the bass's held A, her A and G sharp; the open hat said "
            "likely to ring past the downbeat and the keys' held chord read as a low A: partly",
    "au12": "5/4 at 120 against a 2.0 s loop, meeting every four band bars (five loops), at 20.03 s: right",
}
# the baseline's text names the stems, the track's key and the frame: none of these asks only the key
BASELINE_GRADES_46 = {q: "wrong" for q in GRADES_46}
# Round 47 (held out): everyday session questions -- ukulele chords under a real unaccompanied singer, sound effects on
# a real singer's words, the fastest runs in a real lead for practice, a time-stretch that puts a real singer's entry on
# a picture cut, what a kick-snare-hat kit loses on a real punk take, line-dance 8-counts for a real country verse, a
# string pad's common tones through a chorus, a darker chord swap under a degraded hook, a podcast sting that ends home,
# which beat to cut for a 4/4 edit of a degraded 5/4 chorus, a degraded singer's contour for a cello line, and 808
# slides under a bass pedal -- written from the scores (song.mid / truth.json) and the human annotations before any
# packet of it was made; no analysis code run and no server output read.
QUESTIONS_47 = [
    # truth: vocadito_1_solo_voice truth.json notes.vocals (annotator A1), annotations/vocadito_1_notesA2.csv (A2, the
    # same pitches here) and vocadito_1_lyrics.txt (lines 5-10: sayang ang pera ko / binili ng lobo / sa pagkain sana /
    # nabusog pa ako, the last two again; one note a syllable, as06). A1, nearest note (cents): 12.90 D3 (-33) C#3 (-11)
    # Bb2 (-30) Bb2 (-21) C3 (+2) D3 (-46) to 15.31; 15.92 D3 D3 Eb3 F3 G3 (+6) to 18.30; 18.92 G3 G3 G3 Eb3 F#3 (+22)
    # F3 (-10, held 20.70-21.36); 21.88 C3 C#3 (+40) Eb3 D3 (23.00-23.69) B2 (+28) A2 (+49, a B flat half a semitone
    # low) to 24.38; 25.06 G3 G3 G3 Eb3 F#3 F3 (27.09-27.83); 28.52 C3 C#3 Eb3 D3 C3 Bb2 (-29, 30.73-31.59). B flat
    # major (k09, ap03), sung about 0.2 semitone flat. The lines end on D, G, F, B flat, F, B flat: I, IV (or vi), V, I,
    # V, I. ap03 (9.9-24.5) asked the key for a guitar, j03 the last note for a pad, e04 which lines repeat; none asked
    # chords line by line.
    Question("av01", "real:vocadito_1_solo_voice", ["vocals"], 12.6, 32.4,
             "putting a ukulele under her for these lines -- what chord goes under each line? simple three-chord stuff "
             "if it works",
             "B flat major, three chords: B flat, E flat and F (F7). Line by line: 'sayang ang pera ko' (about "
             "12.9-15.3 s: D, C sharp, B flat, B flat, C, D) sits on B flat; 'binili ng lobo' (15.9-18.3: D, D, E "
             "flat, F, climbing to G) starts on B flat and goes to E flat (or G minor) for the top G at about 17.9; "
             "'sa pagkain sana' (18.9-21.4: G, G, G, E flat, then F sharp falling onto a held F) is E flat, then F for "
             "the held F (about 20.7) -- it ends on the five, open; 'nabusog pa ako' (21.9-24.4: C, C sharp, E flat, "
             "D, down to a low B flat) is F (F7) resolving to B flat where she lands (about 24.0) -- the close. The "
             "repeat is the same: E flat to F (25.1-27.8), then F7 to B flat on her last held B flat (about "
             "30.7-31.6). So: B flat | B flat-E flat | E flat-F | F7-B flat | E flat-F | F7-B flat. She sings a touch "
             "flat (about a fifth of a semitone, wandering 20-40 cents), so tune the uke down a little or expect a "
             "slight rub. Right: B flat major with F (V) under the two lines that end on the held F (about 20.7 and "
             "27.1 s) and B flat (I) where 'nabusog pa ako' lands (about 24.0 and 30.7 s) and under the first line, "
             "the G-ending line on E flat or G minor; at most one line off. Partly: the key and the three chords right "
             "but two or three lines placed wrong (e.g., B flat under the held F's), or the chords given as a loop "
             "with no lines placed; or the two closes right with a clashing chord elsewhere.",
             "Another home key (E flat major, G minor, F major, A or B major); chords that contradict the line endings "
             "(B flat or E flat under the held F's and F under the final B flat); no chords."),
    # truth: vocadito_1_solo_voice annotations/vocadito_1_lyrics.txt (lines 1-4: ako ay may lobo / lumipad sa langit /
    # di ko na nakita / pumutok na pala), truth.json notes.vocals (A1) and annotations/vocadito_1_notesA2.csv (A2). Line
    # 2 (A1, A2 within 0.07 s): 3.83 C3, 4.14 Eb3, 4.36 Eb3, 4.45 F3, 4.89 Eb3, 5.31 D3, 5.87 C3 (flat) to 6.11 -- seven
    # notes for six syllables (lu-mi-pad sa la-ngit), 'lumipad' on the first three or four, about 3.83-4.66. Line 4
    # (pu-mu-tok na pa-la, six notes in both): 9.97 C3 (A2 9.94), 10.25 C#3 (A2 10.33), 10.50-10.63 Eb3 (both),
    # 10.90-11.59 D3, 11.71 C3, 11.85 Bb2 to 12.07. One note a syllable (as06, ao05): 'tok' is the third, 10.50-10.63.
    # ao05 (12.5-33.2) asked each line's in and out times, as06 the syllables per line, am09 the first line's notes;
    # none asked where a word falls for a sound effect.
    Question("av02", "real:vocadito_1_solo_voice", ["vocals"], 0.3, 12.6,
             "cutting a kids' video to this -- the words are 'ako ay may lobo / lumipad sa langit / di ko na nakita / "
             "pumutok na pala' (the balloon flies off, then pops). want a whoosh on 'lumipad' and a pop right on the "
             "'tok' of 'pumutok' -- where exactly do they land?",
             "She sings one note to a syllable, four lines here. 'Lumipad' opens the second line: 'lu' at about 3.8 s, "
             "then 'mi' and 'pad' by about 4.1-4.6 (the line runs on through 'sa langit' to about 6.1), so start the "
             "whoosh at about 3.8 and let it run to about 4.7. 'Pumutok' opens the fourth line at about 10.0 s: 'pu' "
             "about 9.97 (C), 'mu' about 10.25-10.33 (a quick C sharp), and 'tok' at about 10.50 s -- a short E flat, "
             "gone by about 10.63 -- just before the long 'na' (a held D, about 10.9-11.6) and 'pala' coming down to B "
             "flat (ending about 12.1). So the pop at 10.5 s (at about 10.6 if you want it on the 'k'). Right: the pop "
             "within about 0.15 s of 10.5 s and the whoosh starting within about 0.3 s of 3.8 s. Partly: the lines "
             "found (about 3.8 and 10.0 s) with the pop a syllable off ('pu' at about 10.0 or 'na' at about 10.9), or "
             "only one of the two placed right.",
             "The pop at the end of a line or in another line (e.g., on 'lobo', about 2.2-3.1 s, or at about 12 s); "
             "the whoosh in the first or third line; no times."),
    # truth: musicdelta_shadows annotations/MDB_MusicDelta_Shadows_STEM_04.csv (the lead guitar's verified f0, segmented
    # at changes over 0.7 semitone) and MusicDelta_Shadows_MIX.beats (manual; 111 BPM, a beat about 0.54 s; downbeats
    # 17.47, 19.65, 21.83, 24.03, 26.19, 28.36, 30.50). The lead: G2 16.95 (beat four), C3 17.49-18.52, Eb3 18.58, G3
    # 19.12 (quarters), F3 19.64-20.49, Eb3 20.51-20.74, D3 20.79-21.00, C3 21.01-21.32 (eighths on the and of two,
    # three, the and of three), Bb2 21.33-21.79, C3 21.84-23.60; silent 23.60-26.19; G2 26.19-26.62, G2 26.66-26.94, G2
    # 26.98-27.23, Bb2 27.28, D3 27.81, C3 28.34-29.13, A2 29.19, G2 29.70-29.98, F2 29.99-30.64, G2 30.65-32.29. No
    # note shorter than about 0.2 s; the quickest notes eighths (0.27 s at 111). The guitar stem sums the lead with the
    # rhythm guitar (not annotated). b01 (vibrato), ar04 (his rhythm for a synth stab), ae01 (his range for a bari sax)
    # and at05 (a scale) asked this lead; none asked where the fast bits are for practice.
    Question("av03", "real:musicdelta_shadows", ["guitar"], 16.9, 32.7,
             "learning the lead off this -- which are the fastest runs in here that I'll need to slow down to "
             "practise, and how fast do they actually go?",
             "Nothing here is really fast: the quickest notes are straight eighths at about 111 BPM -- about a quarter "
             "of a second a note, under four notes a second -- with no sixteenth runs or trills; most of the line is "
             "quarters and long held notes. The busiest spots: the run down E flat, D, C (eighths on the 'and' of two, "
             "three and the 'and' of three, about 20.5-21.3 s) onto B flat and the long C (held about 21.8-23.6); the "
             "start of the last phrase, G on the one (26.2) then two quick G's (about 26.7 and 27.0) and up B flat, D "
             "to C (27.3-28.3); and A, G, F back to G at about 29.2-30.7 (the G an eighth at 29.7). Practise those at "
             "about 80-90 BPM; the rest (C, E flat, G, F from about 17.5 to 20.5) is quarter notes and longer. Right: "
             "eighths at about 110 as the fastest (no sixteenths) with the run at about 20.5-21.3 s named (within "
             "about 0.3 s). Partly: the speed right but the run misplaced or only the 26-27 s figure named; or the run "
             "placed right with its notes called sixteenths.",
             "Sixteenth-note or faster runs, trills or tremolo picking claimed; a tempo far off (e.g., 150 or more, or "
             "a half-time 55 with sixteenths); no places."),
    # truth: musicdelta_beatles annotations/MusicDelta_Beatles_MIX.beats (manual; 4/4, truth.json tempo 111.11 from the
    # median beat 0.54 s; beats 17.45 (a downbeat), 17.97, 18.51, 19.10, 19.64 (a downbeat)),
    # MDB_MusicDelta_Beatles_STEM_07.csv (the male singer's verified f0: voiced to 18.41, B3 held from 17.57) and
    # _STEM_08.csv (the female singer: first voiced 18.04, a scoop from about G#3 up to D4 at 18.31; truth.json notes D4
    # 18.31-18.70). Her entry is a pickup just after beat two of the bar from 17.45, over the end of his note. A
    # time-stretch from 0 s moves every time t to t x 111.11 / the new BPM: 18.04 -> 20.0 at 100.2 BPM (x 1.109), 18.31
    # -> 20.0 at 101.7 (x 1.092); her first downbeat (19.64) -> 20.0 would be 109.1. at02 (the mix) asked a repitch to
    # 120, au02 video frames, ah01 and g03 the hand-over; none asked a tempo that puts a moment on a picture cut.
    Question("av04", "real:musicdelta_beatles", ["vocals", "drums"], 12.0, 22.0,
             "the video cuts to the girl singer at exactly 20.0 s -- if I slow the whole clip down from the top "
             "(time-stretch, pitch stays), what tempo do I set so her first note lands on 20.0?",
             "About 100-102 BPM. The band is at about 111 BPM (a beat about 0.54 s; bars from about 17.45 and 19.64). "
             "He hands over: his last note, a B held from about 17.6 to 18.4; she comes in over the end of it at about "
             "18.0 s -- a little scoop up to D (about 18.3), just after beat two: a pickup, not a downbeat. Stretching "
             "from 0 s scales every time by 111.1 / the new tempo, so 18.0 -> 20.0 s needs 111.1 x 18.04 / 20 = about "
             "100 BPM (about 11 % longer); counting her from the D at 18.3, about 102. (Her first downbeat, 19.64, is "
             "not her first note: lining that up would give about 109.) Right: her entry at about 18.0-18.3 s and a "
             "tempo of about 99-103 BPM (or a stretch of 9-11 %). Partly: the entry right with the sum botched (e.g., "
             "sped up instead, or 120), or the right method with her entry taken at the 19.64 downbeat (about 109 "
             "BPM).",
             "Her entry put at 17.45 or before (his line) or after 20 s; a tempo outside about 95-110 with no entry "
             "given; no tempo."),
    # truth: musicdelta_punk annotations/MusicDelta_Punk_subclass.txt (manual onsets: KD, SD, CHH, OHH, CRC,
    # HIT/MHT/HFT) and MusicDelta_Punk_MIX.beats (4/4 at 150; downbeats 3.21, 4.82, 6.40, 8.02, 9.62, 11.24, 12.85,
    # 14.44). 3.21-14.44: the bars from 3.21, 6.40 and 9.62 on open hat (OHH on the beats) with kick and snare; a crash
    # at 3.27 (with the kick on the one); the bar from 4.82 ends in a tom fill -- HIT 5.63 5.72, MHT 5.81 5.90, HFT 6.00
    # 6.08 6.18 6.26 (sixteenths on beats three and four) into 6.40; the bars from 8.02 and 11.24 ride the crash on
    # every eighth but the last (8.03-9.23 and 11.25-12.46, seven each) with snare and kick under it; closed hat from
    # 12.85. No ride, no other cymbals. f02 (0-12.83) asked the bars' crash and hats, ai01 (8.02-12.85) the crash bars'
    # kick and snare, aj01 the tom fill, at04 toms for a gated reverb; none asked what a stripped-down kit would lose.
    Question("av05", "real:musicdelta_punk", ["drums"], 3.2, 14.44,
             "our drummer's only bringing kick, snare and hi-hat to this gig -- can he cover these bars, or is there "
             "stuff on cymbals or toms he'll have to fake? where?",
             "Mostly, but not all of it. 4/4 at about 150 (a bar about 1.6 s). The open-hat bars (from about 3.2, 6.4 "
             "and 9.6 s: open hat on the beats over kick and snare) and the closed-hat groove from about 12.85 are all "
             "kick, snare and hat. What he'd have to fake: a tom fill at the end of the bar from about 4.8 -- eight "
             "sixteenths from about 5.6 to 6.3 s, two on the high tom, two mid, four on the floor tom, into the bar at "
             "6.4 (play it round the snare, or snare and kick); two bars riding the crash on every eighth, about "
             "8.0-9.6 and 11.2-12.85 s, with the kick and snare under it (ride a loose open hat there); and one crash "
             "at about 3.27 (the top of the bar from 3.2; an open-hat splash will do). Right: the two crash bars "
             "(about 8.0-9.6 and 11.2-12.85) and the tom fill (about 5.6-6.3 s) found, each within about 0.3 s (the "
             "lone crash a bonus). Partly: one of the two missed or a bar off; or all found with the fill called a "
             "snare roll.",
             "'He can play it all as is' / no crash or toms found; the crash bars put on the open-hat bars; a ride "
             "cymbal claimed."),
    # truth: musicdelta_country1 annotations/MusicDelta_Country1_MIX.beats (manual; 4/4 at 109, a beat about 0.55 s;
    # beats 0.07 (the first downbeat), 0.66, 1.18, 1.72, 2.26 ... 17.55 (a downbeat), 18.09, 18.64, 19.19, 19.72),
    # MusicDelta_Country1_class.txt (kick and hat on the first beat, 0.07) and
    # annotations/MDB_MusicDelta_Country1_STEM_05.csv / truth.json notes.vocals (verified f0): verse one's first sound a
    # short low note (about A flat 2) 0.97-1.09, then F3 1.25, G3 1.54-2.17; verse two the same: the low note
    # 18.43-18.58, a scoop 18.63-18.95, G3 19.18; verse one ends 13.69. Eight-counts (two bars) from 0.07: 0.07, 4.46,
    # 8.79, 13.19, 17.55, 21.92 (4.35-4.40 s each); 0.97 is the 'and' of 2 of the first (0.60 of the beat), 18.43 the
    # 'and' of 2 of the fifth (0.62), the tune from count 3 (1.25; 18.64-19.18); four eight-counts (8 bars, 17.48 s)
    # apart. e03 (15.37-26.27) asked verse two's bar and beat, ah03 the verse's bars, au05 a punch-in; none asked dance
    # counts.
    Question("av06", "real:musicdelta_country1", ["drums", "vocals"], 0.0, 19.9,
             "choreographing a line dance to this -- where do my 8-counts start, and on which count does he come in "
             "for each verse? want the same step to kick off both verses",
             "4/4 at about 109, so an 8-count is two bars, about 4.4 s. Count from the drummer's first downbeat (kick "
             "and hat at about 0.07 s): 8-counts start at about 0.07, 4.46, 8.79, 13.19, 17.55 and 21.92 s. Both "
             "verses come in at the same spot: a short low 'uh' on the 'and' of 2 (about 0.97 s; verse two about "
             "18.43) with the tune proper from count 3 (F up to G, about 1.25-1.5 s; verse two scoops up to his G over "
             "counts 3-4, about 18.6-19.2) -- in the first 8-count and in the fifth, exactly four 8-counts (eight "
             "bars, about 17.5 s) apart, so one kick-off step fits both. Verse one ends about 13.7 s (count 2 of the "
             "fourth 8-count), so the rest of that 8-count is instrumental. Right: 8-counts of about 4.4 s from about "
             "0.07 s (at least three starts within 0.15 s), and both entries on the 'and' of 2 / count 3 of the first "
             "and fifth 8-counts (about 1.0 and 18.4 s). Partly: the 8-counts right with the entries a count off "
             "(e.g., on 1) or only one verse placed; or one-bar counts (four beats, 2.2 s) with the entries right.",
             "Counts off the downbeat by half a bar or more, or a tempo far off (8-counts of about 2.2 s called eight "
             "beats); the two verses said to come in on different counts; no counts."),
    # truth: write_band(ft_ballad_csm76, 9101) (eval/frame_test_songs.py; song.mid / truth.json): C sharp minor, 4/4 at
    # 76 (a bar 3.158 s); chorus chords A 28.42, B 31.58, C#m 34.74, C#m 37.89, A 41.05, B 44.21, then the break (C#m,
    # drums alone) 47.37. The keys strum every eighth: A E3 A3 C#4 E4, B F#3 B3 D#4 F#4, C#m E3 G#3 C#4 E4 (A -> B every
    # voice up a whole tone; B -> C#m back down, F#3 -> E3, B3 -> G#3, D#4 -> C#4, F#4 -> E4). The bass riff root,
    # octave, fifth, root and a flat seventh on beat four; the voice A5-C#6 above. Common tones: A/B none, B/C#m none,
    # C#m/C#m all, C#m/A C# and E (G# -> A). aj04 (28.42-47.37) asked how often these chords change for strings, m02 the
    # chords, al04 a free register; none asked what a pad can hold.
    Question("av07", "ft_ballad_csm76", ["piano", "bass"], 28.42, 47.37,
             "want a string pad under this chorus that moves as little as possible -- which notes can the strings just "
             "hold across the chord changes, and where does everything have to move?",
             "Chords a bar each (C sharp minor; 4/4 at about 76, a bar about 3.16 s): A (28.4), B (31.6), C sharp "
             "minor (34.7) held two bars, A (41.1), B (44.2), into the C sharp minor break (47.4). Very little can "
             "hold: A to B and B to C sharp minor have no note in common, so every voice has to move by step -- A, C "
             "sharp, E up a whole tone to B, D sharp, F sharp (31.6 and again 44.2), then B, D sharp, F sharp on up to "
             "C sharp, E, G sharp (34.7). Over the two C sharp minor bars everything holds (34.7-41.1), and into A two "
             "notes stay: C sharp and E hold while G sharp moves up a half step to A (41.1). So the pad moves in "
             "parallel steps except across C sharp minor and into A. The keys move in blocks the same way (E-A-C "
             "sharp-E up a tone to F sharp-B-D sharp-F sharp, then down to E-G sharp-C sharp-E). Keep it under her "
             "(she's up around A5-C sharp 6). Right: the chords right and the two changes with no common note (A to B, "
             "B to C sharp minor) named, with the hold across C sharp minor and the C sharp/E hold into A. Partly: the "
             "chords right with the common notes partly wrong (e.g., a note said to hold from A to B), or the holds "
             "right with one chord wrong.",
             "Other chords (e.g., an E or A major reading with other changes); one note said to hold through the whole "
             "chorus (e.g., E or C sharp); no notes."),
    # truth: write_band(ft_drive_ab152, 9102) (song.mid / truth.json): A flat major, 4/4 at 152 (a bar 1.579 s); hook
    # chords F:min 37.89, Db 39.47, Ab 41.05, Eb 42.63, F:min 44.21, Db 45.79, Ab 47.37, Eb 48.95, to 50.53. The voice
    # only on beat four of the D flat and E flat bars: Db5 F5 (40.66, 40.86; 46.97, 47.17) and Eb5 G5 (43.82, 44.01;
    # 50.13, 50.33), eighths. The guitar strums every eighth: Db F3 Ab3 Db4 F4, Eb G3 Bb3 Eb4 G4 (F:min F3 Ab3 C4 F4, Ab
    # Ab3 C4 Eb4 Ab4). The bass each bar root, octave, fifth, root, sixth: Db2 Db3 Ab2 Db2 Bb2; Eb2 Eb3 Bb2 Eb2 C3. B
    # flat minor = Bb Db F, C minor = C Eb G. Same score for @degraded (cached conditions.json: spill -12 dB, room 1.44
    # s, noise 24 dB under). au08 (39.0-50.5) asked muting the guitar, at08 power chords, e06 her shouts' places, ah06
    # the bass's D; none asked a chord swap.
    Question("av08", "ft_drive_ab152@degraded", ["guitar", "bass", "vocals"], 38.0, 50.5,
             "want to reharm this hook darker -- swap the D flat bars for B flat minor and the E flat bars for C "
             "minor. do the singer's bits still fit, or do I have to change her notes? anything else that'll fight it?",
             "Her notes fit as they are. The hook is a chord a bar (4/4 at about 152, a bar about 1.58 s): F minor, D "
             "flat, A flat, E flat, twice (37.9-50.5). She only sings two-note shouts on beat four of the D flat and E "
             "flat bars -- D flat then F (about 40.7 and 47.0 s) and E flat then G (about 43.8 and 50.1). B flat minor "
             "is B flat, D flat, F and C minor is C, E flat, G, so both shouts are the third and fifth of the new "
             "chords -- nothing to change. The guitar changes one note per chord (its D flat strum F-A flat-D flat-F "
             "becomes F-B flat-D flat-F; E flat G-B flat-E flat-G becomes G-C-E flat-G). What fights it is the bass: "
             "it pumps the old roots (D flat, octave, A flat, D flat, B flat; E flat, octave, B flat, E flat, C), so "
             "with the new chords on top you'd hear B flat minor over D flat and C minor over E flat (first "
             "inversions, close to D flat 6 and E flat 6) -- move the bass to B flat and C to make the swap land. "
             "Result: F minor, B flat minor, A flat, C minor. Right: her shouts said to fit both new chords (as chord "
             "tones) and the bass's old roots flagged. Partly: 'her notes fit' with the bass unsaid or said to be "
             "fine, or the bass flagged with her notes misplaced or misnamed.",
             "Her notes said to clash and need changing (e.g., the F or the G); her shouts put in the F minor or A "
             "flat bars; nothing said about whether they fit."),
    # truth: write_band(ft_swing_g1208, 9103) (song.mid / truth.json): G major, 12/8 at 63 dotted quarters (a bar 3.81
    # s); the solo 30.48-60.95, no voice: chords A:min 30.48, D 34.29, G 38.10, E:min 41.90, A:min 45.71, D 49.52, G
    # 53.33, E:min 57.14. A crash only on the solo's first downbeat (30.48); kick on 1 and 3, cross-stick on 2 and 4,
    # ride. The guitar arpeggiates the chords (G3 B3 D4 G4 B4 over G). The walking bass: A2 C#3 E3 C#2 | D2 F#2 A2 G#2 |
    # G2 B2 D3 D#2 (40.96) | E2 G#2 B2 A#2 | ... G2 B2 D3 F2 (56.19) -- the last beat of each G bar a chromatic step
    # towards E; the C sharp over A minor and the G sharp over E minor rub the guitar (f06, ar07). V-I: D 34.29 -> G
    # 38.10-41.90 (7.62 s); ii-V-I from 30.48 (11.43 s). s05, ai09 and at09 asked this solo's guitar, register and a
    # tempo setting, ar07 the bass against the chords; none asked an excerpt that ends home.
    Question("av09", "ft_swing_g1208", ["guitar", "bass", "drums"], 30.3, 46.0,
             "need a short sting out of this instrumental bit for a podcast, 8 to 12 seconds, that ends properly on "
             "the home chord -- which bars do I take, and where exactly do I cut in and out?",
             "It's in G major, 12/8 at about 63 (a bar about 3.81 s), and this solo goes round A minor, D, G, E minor "
             "a bar each (from about 30.5 s, and again from 45.7). The ending you want is D to G: take A minor-D-G, "
             "about 30.48 to 41.90 s (11.4 s, a two-five-one, and 30.48 opens with a crash), or just D-G, about 34.29 "
             "to 41.90 (7.6 s); the second time round it's 45.71 or 49.52 to 57.14. Cut out at the end of the G bar, "
             "before the E minor. Two things to tidy: on the G bar's last beat (about 41.0 s) the walking bass already "
             "steps off towards the E minor (a D sharp; an F the second time), so fade from about 40.9 or let the G "
             "chord ring; and the drums just keep shuffling with no ending hit, so add a cymbal or a short fade. (The "
             "A minor bar has the bass's C sharp against the guitar's C -- another reason to start on the D.) Right: a "
             "chunk ending at the end of a G bar (about 41.9 or 57.1 s) starting on A minor or D, its in and out "
             "within about 0.3 s. Partly: the right bars with the cut points half a bar or a bar off, or a V-I in the "
             "right bars with no times.",
             "A sting ending on E minor, A minor or D; another key; no bars or times."),
    # truth: write_band(ft_ballad_eb54, 9104) (song.mid / truth.json): E flat minor, 5/4 at 120 (a beat 0.5 s, a bar 2.5
    # s); chorus 22.5-37.5, bars 22.5, 25.0, 27.5, 30.0, 32.5, 35.0 (Ab:min, Bb:min, Eb:min, Db, Ab:min, Bb:min). The
    # kit: kick on beats 1, 3 and 5, snare on 2 and 4, closed hat every eighth, a crash at 22.5. The bass riff on beats
    # 1, 1&, 2&, 3 and 4 (root, octave, fifth, root, flat seventh; 0.2 s notes) -- nothing on beat 5. The keys strum
    # every eighth, one chord a bar. The voice on beat 5: B5 Db6 (24.5, 24.75), Bb5 A5 (27.0, 27.25), a Bb5 quarter
    # (29.5), nothing 30.0-32.5 (her rest bar), B5 Bb5 (34.5, 34.75), Bb5 A5 (37.0, 37.25). Beat 5 is the last 0.5 s of
    # each bar. Same score for @degraded (cached conditions.json: spill -24 dB, room 1.25 s, noise 24 dB under). au12
    # (9.6-27.0) asked a 4/4 loop under this 5/4, r08 and ap07 the meter, ar08 the chorus beat; none asked which beat to
    # cut for a 4/4 edit.
    Question("av10", "ft_ballad_eb54@degraded", ["drums", "bass", "piano", "vocals"], 22.5, 37.5,
             "want a straight 4/4 version of this chorus for a dance edit -- if I chop one beat out of every bar, "
             "which beat should go so the groove and the bass still hold up, and what would I lose?",
             "Cut beat five. The chorus is 5/4 at about 120 (a beat 0.5 s, a bar 2.5 s; bars from 22.5, 25.0, 27.5, "
             "30.0, 32.5 and 35.0 s), so beat five is the last half second of each bar: 24.5-25.0, 27.0-27.5, "
             "29.5-30.0, 32.0-32.5, 34.5-35.0, 37.0-37.5. The kit plays kick on 1, 3 and 5 with snare on 2 and 4 and "
             "hats on the eighths -- drop 5 and it's a plain 4/4 backbeat; the bass riff (root, octave, fifth, root, "
             "seventh on 1, the 'and' of 1, the 'and' of 2, 3 and 4) never plays on 5, so it survives whole; the keys "
             "strum one chord a bar, so the harmony doesn't change. What goes: one kick and two strums a bar, and the "
             "ends of her phrases -- her last two eighths in most sung bars (about 24.5, 27.0, 34.5 and 37.0 s) and a "
             "last quarter at 29.5; she rests from 30.0 to 32.5 anyway. Six 2-second bars: 12 s instead of 15. "
             "Crossfade each splice (the room on this copy smears over the cuts). Right: beat five, with the "
             "kick-snare backbeat and the bass riff said to survive. Partly: beat five with the reasons missing or "
             "partly wrong (e.g., the bass said to lose notes), or the right beat with the bar length or the cut times "
             "wrong.",
             "Any other beat (cutting 1, 2, 3 or 4 breaks the backbeat or the riff); the chorus called 4/4 already, "
             "6/8 or 7/8; no beat named."),
    # truth: write_band(ft_drive_e24, 9105) (song.mid / truth.json): E major, 2/4 at 96 (a bar 1.25 s); verse 10.0-30.0,
    # chords E B C#m A (1 5 6 4) a bar each. The voice, four lines of three bars and a bar's rest (13.75, 18.75, 23.75,
    # 28.75): B4 A#4 B4 C#5 | B4 C#5 D#5 F5 | E5 D#5 (quarters); E5 F#5 G#5 G5 | F#5 G#5 F#5 F5 | E5 F#5; G#5 G5 G#5 A#5
    # | B5 C#6 B5 C#6 | G#5 G5; G#5 A#5 B5 A#5 | B5 C#6 B5 C#6 | G#5 A#5. The lines start on B4, E5, G#5, G#5; the top
    # C#6 at 21.56, 22.19, 26.56, 27.19; the lowest A#4 at 10.31. Same score for @degraded (cached conditions.json:
    # spill -18 dB, room 0.46 s, noise 30 dB under). d10 asked her range, an02 syllables for new words, f07 her holes,
    # i05 the keys' range against her; none asked which way her line moves.
    Question("av11", "ft_drive_e24@degraded", ["vocals", "piano"], 9.9, 29.8,
             "writing a cello line that moves against her through this verse -- where does her tune climb and where "
             "does it come back down? want the cello going the other way",
             "Her verse climbs. Four lines, each three bars of 2/4 at about 96 (a bar 1.25 s) and then a bar's rest "
             "(about 13.75, 18.75, 23.75 and 28.75 s), each starting higher than the last -- B4 (10.0), E5 (15.0), G "
             "sharp 5 (20.0), G sharp 5 (25.0) -- from a low A sharp 4 up to C sharp 6, more than an octave. Inside "
             "each line it's a small arch: up through the first two bars, easing back in the third. Line 1 edges up "
             "from B to F (about 12.2) and settles on E, D sharp; line 2 climbs E to G sharp and falls back to E, F "
             "sharp; line 3 reaches the top, B and C sharp alternating (about 21.25-22.5), then drops to G sharp, G; "
             "line 4 climbs G sharp to C sharp again (about 26.25-27.5) and ends G sharp, A sharp. So the cello: start "
             "high and work down across the verse, moving down in each line's second bar where she goes up, rising at "
             "each line's end, and taking the rest bars for itself. Right: the overall rise across the lines (about B4 "
             "to C sharp 6) with the top in the third and fourth lines (about 21-22.5 and 26-27.5 s). Partly: the rise "
             "right with the peak or the rests misplaced; or the arches inside the lines right with the verse-long "
             "climb missed.",
             "Her line said to fall through the verse or to stay level; the top put in the first line; no places."),
    # truth: write_band(ft_ballad_csm76, 9101) (song.mid / truth.json): C sharp minor, 4/4 at 76 (a bar 3.158 s); verse
    # 9.47-28.42, chords C#m A E B C#m A. The bass a pedal, one note a bar struck on the one (with the kick) and held
    # 3.09 s: Db2 9.47, A2 12.63, E2 15.79, B2 18.95, Db2 22.11, A2 25.26 (to 28.35; the chorus riff starts on A2 at
    # 28.42). Moves as played: +8, -5, +7, -10, +8 semitones; the nearest way: -4, -5, -5 (or +7), +2, -4. a05 asked the
    # bass against the piano here, i10 with the kick, ae10 (ft_drive_e24) and ap12 a bass line to copy onto a synth;
    # none asked the jumps for 808 slides.
    Question("av12", "ft_ballad_csm76", ["bass", "drums"], 9.47, 28.42,
             "programming 808 slides to follow the bass in this verse -- how big is each jump and which way does it "
             "go? want to know which slides will sound huge",
             "The bass holds one note a bar (C sharp minor, 4/4 at about 76, a bar about 3.16 s), struck on the one "
             "with the kick: C sharp (9.5 s), A (12.6), E (15.8), B (19.0), C sharp (22.1), A (25.3, held into the "
             "chorus at 28.4). As he plays them (C sharp 2, A 2, E 2, B 2, C sharp 2, A 2) the jumps are big: up a "
             "minor sixth (C sharp to A, 12.6), down a fourth (A to E, 15.8), up a fifth (E to B, 19.0), down a minor "
             "seventh (B to C sharp, 22.1 -- the biggest), up a minor sixth again (25.3). The near way round is much "
             "smaller: C sharp down to A (a major third), A down to E (a fourth), E down to B (a fourth; or up a "
             "fifth), B up to C sharp (a whole step -- the only step), C sharp down to A. So the slides into 12.6, "
             "19.0 (going up) and 22.1 sound huge as played; re-octave them the short way to tame them. Right: the six "
             "notes in order (within about 0.3 s of the bar lines) with the jumps' size and direction as played or the "
             "short way (at most one wrong). Partly: the notes right with the jumps wrong or unsaid; or the jumps "
             "right with one note wrong.",
             "Other roots (e.g., an E minor or A major reading with other notes); the bass said to move every beat or "
             "to walk; no notes."),
]
GRADES_47 = {"av01": "partly", "av02": "right", "av03": "partly", "av04": "wrong", "av05": "partly", "av06": "right",
             "av07": "right", "av08": "right", "av09": "right", "av10": "partly", "av11": "right", "av12": "right"}
GRADES_47_WHY = {
    "av01": "B flat major with B flat under the first and last lines, right; the rest on C minor (the implied chords "
            "read from her one line), no F under the held F's (F offered only as a suggestion near 28 s): partly",
    "av02": "the whoosh at about 3.8 s on the second line's first note, the pop on the E flat of the fourth line "
            "estimated at about 10.6 s (the note's time not given, estimated by spacing): right",
    "av03": "eighths at about 110 as the fastest, no faster runs: right; the run at 20.5-21.3 s not named, the end "
            "(28-32 s) named for its shifts instead, with a G6 the lead does not play: partly (the lead inside the "
            "rhythm guitar's stem)",
    "av04": "her entry not found (one vocal stem for both singers: no hand-over read), tempos of about 66 or 80 BPM "
            "from his notes: wrong (two singers in one stem)",
    "av05": "the lone crash at 3.23 s and the two cymbal bars (8.0-9.6, 11.2-12.8 s), right; the fill at 5.6-6.3 s "
            "found but called a snare fill ending on two toms (eight tom strokes): partly",
    "av06": "8-counts from 0.06 s every 4.4 s, both verses in on the and of two before count three of the first and "
            "fifth 8-counts (0.95, 18.43 s): right",
    "av07": "A, B, C sharp minor for two bars, A, B; no common note from A to B or B to C sharp minor; C sharp and E "
            "held across C sharp minor into A (an added B over all of it offered as a voicing): right",
    "av08": "her pickups the thirds of B flat minor and C minor, nothing to change; the bass's old roots flagged "
            "(B flat minor over D flat is D flat six): right",
    "av09": "A, D, G from 30.5 s, out at about 40.9 s before the bass walks off the G (a fade, the drums play on): "
            "right",
    "av10": "beat five, the kick-snare backbeat kept: right; the bass said to lose a note on five in one bar (it "
            "never plays there; the degraded copy's bleed) and her phrase ends lost: partly",
    "av11": "each line higher than the last, up to C sharp 6 in the third and fourth lines, each an arch: right",
    "av12": "C sharp, A, E, B, C sharp, A a bar each, the jumps up a minor sixth, down a fourth, up a fifth, down a "
            "minor seventh, up a minor sixth, the short way offered: right",
}
# the baseline's text names the stems, the track's key and the frame: none of these asks only the key
BASELINE_GRADES_47 = {q: "wrong" for q in GRADES_47}
ROUNDS = {1: QUESTIONS, 2: QUESTIONS_2, 3: QUESTIONS_3, 4: QUESTIONS_4, 5: QUESTIONS_5, 6: QUESTIONS_6, 7: QUESTIONS_7,
          8: QUESTIONS_8, 9: QUESTIONS_9, 10: QUESTIONS_10, 11: QUESTIONS_11, 12: QUESTIONS_12,
          13: QUESTIONS_13, 14: QUESTIONS_14, 15: QUESTIONS_15, 16: QUESTIONS_16, 17: QUESTIONS_17,
          18: QUESTIONS_18, 19: QUESTIONS_19, 20: QUESTIONS_20, 21: QUESTIONS_21, 22: QUESTIONS_22,
          23: QUESTIONS_23, 24: QUESTIONS_24, 25: QUESTIONS_25, 26: QUESTIONS_26, 27: QUESTIONS_27,
          28: QUESTIONS_28, 29: QUESTIONS_29, 30: QUESTIONS_30, 31: QUESTIONS_31,
          32: QUESTIONS_32, 33: QUESTIONS_33, 34: QUESTIONS_34, 35: QUESTIONS_35,
          36: QUESTIONS_36, 37: QUESTIONS_37, 38: QUESTIONS_38, 39: QUESTIONS_39,
          40: QUESTIONS_40, 41: QUESTIONS_41, 42: QUESTIONS_42, 43: QUESTIONS_43, 44: QUESTIONS_44,
          45: QUESTIONS_45, 46: QUESTIONS_46, 47: QUESTIONS_47}
LATER_ROUNDS = {2: (QUESTIONS_2, GRADES_2, BASELINE_GRADES_2), 3: (QUESTIONS_3, GRADES_3, BASELINE_GRADES_3),
                4: (QUESTIONS_4, GRADES_4, BASELINE_GRADES_4),
                5: (QUESTIONS_5, GRADES_5, BASELINE_GRADES_5),
                6: (QUESTIONS_6, GRADES_6, BASELINE_GRADES_6),
                7: (QUESTIONS_7, GRADES_7, BASELINE_GRADES_7),
                8: (QUESTIONS_8, GRADES_8, BASELINE_GRADES_8),
                9: (QUESTIONS_9, GRADES_9, BASELINE_GRADES_9),
                10: (QUESTIONS_10, GRADES_10, BASELINE_GRADES_10),
                # Round 11 (2026-12-04): producer questions, written from the scores and annotations before any packet
                # of it was made
                11: (QUESTIONS_11, GRADES_11, BASELINE_GRADES_11),
                # Round 12 (2026-12-04): producer questions on the code as shipped, written from the scores and
                # annotations before any packet of it was made
                12: (QUESTIONS_12, GRADES_12, BASELINE_GRADES_12),
                # Round 13: the timekeeper, the feel, a bar count in 2/4 and the rest, written from the scores and
                # annotations before any packet of it was made; graded at d598040
                13: (QUESTIONS_13, GRADES_13, BASELINE_GRADES_13),
                # Round 14: tempo drift, a stop, a named bar, the kick and tambourine, key, walk or pump, a bar count,
                # a passage's chords, a section boundary and the mix's lead, written from the scores and annotations
                # before any packet of it was made; graded at the seventh session's end
                14: (QUESTIONS_14, GRADES_14, BASELINE_GRADES_14),
                # Round 15: key and mode, a 5/4 intro's bars, spill in a real vocal, 6/8 or 3/4 with the chords, the
                # mix's hats, a real ending, a clean stem's spill and an entry, a chorus's key, who takes the tune in a
                # gap and a named bar's bass against the kick, written from the scores and annotations before any
                # packet of it was made
                15: (QUESTIONS_15, GRADES_15, BASELINE_GRADES_15),
                # Round 16: a named bar's vocal, an intro's bars and the bleed before the entry, a tune or chords on a
                # real piano, 6/8, 3/4 or 12/8, the chords under a walking bass, the bass against the kick, open or
                # closed hats, a section change, a real take's tempo and length, a real singer's lines and top note,
                # written from the scores and annotations before any packet of it was made
                16: (QUESTIONS_16, GRADES_16, BASELINE_GRADES_16),
                # Round 17: a real guitarist's picking and feel, a real lead's notes in named bars, where a real singer
                # comes to rest, spill in a real vocal, a half-time verse's tempo, the chords bar by bar of a 2/4 verse,
                # who comes back after a drum break, a kit pattern to program, a fill into a 5/4 chorus and what drops
                # out at a tag, written from the scores and annotations before any packet of it was made
                17: (QUESTIONS_17, GRADES_17, BASELINE_GRADES_17),
                # Round 18: a real singer's key, a real lead's last phrase and where it lands, the bar a real lead
                # vocal changes hands, a real singer's range and lines, bleed on an empty drum track and an outro's
                # last chord, a 5/4 verse's chords with the meter, a hook's bars before a stop and the gap's chord, a
                # drum break's bars before the keys, a 12/8 vocal in a named bar and its feel, and a fast hook's tempo
                # against half time, written from the scores and annotations before any packet of it was made
                18: (QUESTIONS_18, GRADES_18, BASELINE_GRADES_18),
                # Round 19: a real guitarist's voicings, a real drummer's crash and hat bars and fill, whether a real
                # singer slows into the end, a real singer's peak and last note, the mix's vocal pickups, a walking
                # bass against the minor chords, the gaps between a singer's lines, a bridge's held notes and any rub,
                # a bridge's arpeggio and a 12/8 kit on a triplet grid, written from the scores and annotations before
                # any packet of it was made; graded (GRADES_19)
                19: (QUESTIONS_19, GRADES_19, BASELINE_GRADES_19),
                # Round 20: a real guitarist's chords against the beat, a real drummer's crashes, a real singer's
                # re-entry and where his lines start, which of a real singer's lines repeat, whether a real drummer's
                # bars loop, a hook's vocal calls, an off-beat guitar, an outro's bass entry, a chorus bass's range and
                # a hook's chord changes, written from the scores and annotations before any packet of it was made;
                # graded (GRADES_20)
                20: (QUESTIONS_20, GRADES_20, BASELINE_GRADES_20),
                # Round 21: a real band's tempo, the holes in a real singer's lines, a real guitarist's named bar, a
                # real kit pattern and its feel, where a real singer's lines start, a verse's vocal lines and gaps, a
                # guitar's own swing, held against busy bass, the bars before the singer and a singer's range,
                # written from the scores and annotations before any packet of it was made; graded (GRADES_21)
                21: (QUESTIONS_21, GRADES_21, BASELINE_GRADES_21),
                # Round 22: a real lead phrase's repeats, a real drummer's (absent) fill, a real guitarist's own bass
                # notes, a real singer's pitch across a repeat, a bass riff's rhythm, a kit's dynamics, whether a
                # hook changes key, the top note of the chords, an arpeggio's length and turns a bar, and the keys
                # on or off the beat, written from the scores and annotations before any packet of it was made;
                # graded (GRADES_22)
                22: (QUESTIONS_22, GRADES_22, BASELINE_GRADES_22),
                # Round 23: a real lead's whammy dips, where a real guitarist's changes land, a real drummer's ride
                # accents, a real singer's range, whether a real drum bar loops, a walking bass's approach notes, a
                # bass's note lengths, two parts' registers, a riff against the kick, and whether a singer doubles
                # the keys, written from the scores and annotations before any packet of it was made; graded (GRADES_23)
                23: (QUESTIONS_23, GRADES_23, BASELINE_GRADES_23),
                # Round 24: the kick in a real drummer's fill bar, a real singer's named bar, how long a real singer
                # holds his notes, what changes at a chorus, a bass against held chords, a guitar under a singer's
                # gaps, the chord on a named beat, where the energy drops, an odd note in a named bar and a singer's
                # note lengths, written from the scores and annotations before any packet of it was made; graded (GRADES_24)
                24: (QUESTIONS_24, GRADES_24, BASELINE_GRADES_24),
                # Round 25: a real drummer's floor tom, where a real singer breathes, a real singer's longest note,
                # a real guitarist's articulation, what enters and leaves at an outro, a singer's named bar, a
                # singer's gap in a chorus, a piano's rhythm, a walking bass's approach notes and a swing kit's
                # backbeat and ride, written from the scores and annotations before any packet of it was made;
                # graded (GRADES_25)
                25: (QUESTIONS_25, GRADES_25, BASELINE_GRADES_25),
                # Round 26: a real drummer's kick, the top line of a real guitarist's chords, a real singer's
                # climbing line, how high a real punk singer shouts, keys against a singer's register, an outro's
                # chords and last chord, whether a bass doubles the keys, what enters at a verse, a hole in a
                # singer's line and a half-time bass and kick, written from the scores and annotations before any
                # packet of it was made; graded (GRADES_26)
                26: (QUESTIONS_26, GRADES_26, BASELINE_GRADES_26),
                # Round 27: where a real lead guitar rests, where a real drummer opens his hat, whether a real
                # drummer marks a singers' hand-over, where a real singer breathes, how high a singer sits in a
                # chorus, whether a bridge changes key, where a band hits hardest, a walking bass's named bar, where
                # the keys get busy and a straight-or-swung verse, written from the scores and annotations before
                # any packet of it was made; graded (GRADES_27)
                27: (QUESTIONS_27, GRADES_27, BASELINE_GRADES_27),
                # Round 28: whether a real lead guitar moves his phrase, a real piano chord, how a real singer ends
                # his two verses, the note a real singer lands on, where the crashes are, a singer's rhythm through a
                # verse, a verse's length in bars, the room in a 5/4 bass riff, how hard a drum break hits and how a
                # tune ends, written from the scores and annotations before any packet of it was made; graded (GRADES_28)
                28: (QUESTIONS_28, GRADES_28, BASELINE_GRADES_28),
                # Round 29: the low notes around a real piano chord, whether a real drummer swings, a real
                # drummer's hi-hat and its pickups, whether a real drummer crashes in a lead's phrases, whether a
                # chorus changes the tempo, a singer's level at a chorus, the gap in a drum break, a tag's chords
                # from the bass, a singer's held note in a stop and a singer's range, written from the scores and
                # annotations before any packet of it was made; graded (GRADES_29)
                29: (QUESTIONS_29, GRADES_29, BASELINE_GRADES_29),
                # Round 30: a real lead guitar's range, how thick and how high a real guitarist voices, the empty
                # eighth in a real drummer's bar, a real bounce's length in bars, a singer's climbing line and its
                # notes outside the key, an intro's chords and voicing under a pad, where the level drops and comes
                # back, a drum break's meter and downbeats, a verse's hats and crashes and an intro's bass line,
                # written from the scores and annotations before any packet of it was made; graded (GRADES_30)
                30: (QUESTIONS_30, GRADES_30, BASELINE_GRADES_30),
                # Round 31: the colour and top note of a real guitarist's last chord, where a real take stops and its
                # bars from the last crash, a real singer's two bars note for note, how long a real pianist holds his
                # first note, a head's chords and the bass's third against the minor one, a drum break's drums and
                # grid, a hook's two-note calls, a singer's range against the keys, a hook strum's rhythm and accents
                # and how a 5/4 verse is split, written from the scores and annotations before any packet of it was
                # made; graded (GRADES_31)
                31: (QUESTIONS_31, GRADES_31, BASELINE_GRADES_31),
                # Round 32: the colour of a real guitarist's one B flat bar, a real drummer's doubled snare and floor
                # tom, the room between a real punk singer's lines, where a real drummer crashes and whether ahead
                # of the bar, a hook's calls against the bass, roots for a bass in a bridge and the keys' bottom
                # notes, a singer's phrasing bar by bar, a second verse's bars and where the tag hits, a guitar's
                # voicings and whether a coda fades, written from the scores and annotations before any packet of it
                # was made; graded (GRADES_32)
                32: (QUESTIONS_32, GRADES_32, BASELINE_GRADES_32),
                # Round 33: two real singers' hand-over and their ranges, the room in a real singer's lines, a real
                # singer's verse in bars and its pickup, a real singer's leaps, the chord under a singer's long notes,
                # a bass note outside the key, a tag's tom pattern, a minor five and the singer over it, a voice
                # against the guitar's chops and whether a kit digs in at a verse, written from the scores and
                # annotations before any packet of it was made; graded (GRADES_33)
                33: (QUESTIONS_33, GRADES_33, BASELINE_GRADES_33),
                # Round 34: a real drummer's crash bars and the bar between, whether a real unaccompanied singer
                # keeps her lines steady enough for a loop, a real singer's climb note for note, a real singer's
                # range for a double an octave up, natural minor and a singer's notes outside the key, a line's
                # chord tones and neighbours, a walking bass's approach notes, a chorus's top and bottom notes, the
                # register free above a solo section and an intro's chords from the bass, written from the scores
                # and annotations before any packet of it was made; graded (GRADES_34)
                34: (QUESTIONS_34, GRADES_34, BASELINE_GRADES_34),
                # Round 35: a real drummer's tom fill, a guitar's top notes through a hook, the kick and snare on a
                # real bounce, a chorus's chord rhythm, whether a real band holds one tempo, a bass climbing onto the
                # keys, a real singer's top note in his second verse, the last beat of a 5/4 chorus, where swing
                # guitar chops land against the changes and whether a verse's bass repeats pass to pass, written from
                # the scores and annotations before any packet of it was made; graded (GRADES_35)
                35: (QUESTIONS_35, GRADES_35, BASELINE_GRADES_35),
                # Round 36: where the one falls in a real country clip cut mid-bar, a singer's line against two
                # chorus chords, a real guitarist's chord chart, the one gap in a singer's 5/4 chorus, a real lead
                # guitar's pickups into its phrases, the tempo and the bar lines through a stop, the last notes of a
                # real piano take, the top of a keys part under a singer's calls, a swing bass bar against a minor
                # chord and when a guitar takes the chord changes, written from the scores and annotations before
                # any packet of it was made; graded (GRADES_36)
                36: (QUESTIONS_36, GRADES_36, BASELINE_GRADES_36),
                # round 37 (questions 3ba730f, packets at 3ba730f): a drone note common to a keys intro's chords, a
                # real drummer's switch and a singer through it, capo shapes for a real solo guitar's bars, the
                # register free between a degraded keys part and a singer, a chord across a hook's edit point, a
                # transposition for a B flat trumpet, a singer's two bars note for note, a bass's sevenths against
                # a singer's, a fill before a hook, a real guitarist's chromatic notes, written from the scores and
                # annotations before any packet of it was made; graded (GRADES_37)
                37: (QUESTIONS_37, GRADES_37, BASELINE_GRADES_37),
                # round 38 (questions 39d160e, packets at 39d160e): a keys part's strum, rhythm, accents and voicings, a
                # singer's eighths against a swing band, a degraded singer's range and how often she reaches its top,
                # a guitar's voicings, a pad's chords under a bass-only tag, keys and bass bleed in a drum break, a real
                # take's ending, a real drummer's first hit and the singer's entry, a real singer's first line, a
                # bass's way into the changes, written from the scores and annotations before any packet of it was
                # made; graded (GRADES_38)
                38: (QUESTIONS_38, GRADES_38, BASELINE_GRADES_38),
                # round 39 (questions 0f6fd57, packets at 0f6fd57): a radio edit's cut points over a verse's loop,
                # syllables and rhythm for new lyrics, an arpeggiator's settings from a degraded keys bridge, a singer's
                # breath at a chorus, her level through a hook and a stop, the instruments' sounds, two parts' note
                # lengths, a real piano's chord attack and release, a real drummer's step pattern, a real take's bars
                # in blocks of four, written from the scores and annotations before any packet of it was made; graded
                # (GRADES_39)
                39: (QUESTIONS_39, GRADES_39, BASELINE_GRADES_39),
                # round 40 (questions a6e453e, packets at a6e453e): delay times from a real band's tempo, a degraded
                # singer's chorus reusing her verse's figures, a degraded kit's ghost notes and hat accents, which
                # parts come up at a solo, a real singer's lines for a lyric video, a keys part's voices for a
                # three-voice synth, a real comp's eighths and its last bar's one, a degraded swing ride's rhythm and
                # accents, a real drummer's snare for a clap, a singer's slides and legato for a mono synth's glide,
                # written from the scores and annotations before any packet of it was made; graded (GRADES_40)
                40: (QUESTIONS_40, GRADES_40, BASELINE_GRADES_40),
                # round 41 (questions 7c35209, packets at 65fd073, every answer rule of the eighteenth session):
                # twelve everyday questions -- a real punk kit for a drum machine, a real comp's swing and timing, a
                # real singer's key, the unseparated mix's tempo and first downbeat, who carries a real
                # instrumental, a real vocal track's bleed, a degraded 5/4's count, a chord chart bar by bar, what
                # comes in on a degraded copy, a degraded swing bass against the kick, a degraded vocal's bleed, a
                # bass riff and its key -- written from the scores and annotations before any packet; graded
                # (GRADES_41)
                41: (QUESTIONS_41, GRADES_41, BASELINE_GRADES_41),
                # round 42 (questions and packets at 8a04fbb, every answer rule of the nineteenth session up to
                # abf3b92): twelve everyday questions -- a real kit's time-keepers for a hat part, a real instrumental's
                # feel for a shaker, a real comp's chart and last chord, what a real punk drummer and singer do, a
                # real singer's last lines for a flute, the unseparated mix's drummer in the second half, an outro's
                # last chord and home, a degraded 12/8 drum solo, a pad or a line and who takes the tune, a degraded
                # bass under the chorus and with the kick, a silent degraded bass track's bleed, where the band lifts
                # -- written from the scores and annotations before any packet; graded (GRADES_42)
                42: (QUESTIONS_42, GRADES_42, BASELINE_GRADES_42),
                # round 43 (questions and packets at 1d4f3f5, every answer rule of the nineteenth session): twelve
                # everyday questions -- a real kick against its hat and the grid, a pedal under a real comp, a loop
                # cut from the unseparated mix, a real lead's rhythm for a synth stab, a real take's tempo and ones, a
                # real singer's gaps for answers, a swing bass against the chords, a degraded 5/4 chorus beat, what
                # changes at a verse, the chord under a singer's gap, a degraded singer's shouts against the beat, a
                # held note doubling or harmony -- written from the scores and annotations before any packet; graded
                # (GRADES_43)
                43: (QUESTIONS_43, GRADES_43, BASELINE_GRADES_43),
                # round 44 (questions and packets at 0c601f0, the twentieth session's first answer rules): twelve
                # everyday questions -- a real side-stick for a clap, loop points over a real comp's changes, held notes
                # in the unseparated mix, a real lead's register for a flute, a delay time against a real shouter's
                # gaps, syllables for a real singer's lines, a degraded singer's lines for horn answers, a degraded
                # 5/4 chorus's length, a transposition, a tom break to program, a fade or a step, whether a tag ends
                # home -- written from the scores and annotations before any packet; graded (GRADES_44)
                44: (QUESTIONS_44, GRADES_44, BASELINE_GRADES_44),
                # round 45 (held out): everyday questions -- a real comp on the neck, a repitch of the mix, a harp for a
                # real singer, tom throws on a real take, a scale to answer a real lead, a drum replacer's retrigger,
                # a pitch-correction scale, full or power chords, a 12/8 tempo for a DAW, a high-pass on the keys, a
                # loop's shift, a Camelot key -- written from the scores and annotations before any packet; graded
                # (GRADES_45)
                45: (QUESTIONS_45, GRADES_45, BASELINE_GRADES_45),
                # round 46 (held out): everyday questions -- a real take's tuning, video frames per bar on the mix,
                # clean one-shots off a real kit, a twin harmony over a real lead, a punch-in, held notes to correct,
                # a Nashville chart, muting the guitar's thirds, a minor remix, sampler pads, a one-beat drop, a 4/4
                # loop under 5/4 -- written from the scores and annotations before any packet; graded (GRADES_46)
                46: (QUESTIONS_46, GRADES_46, BASELINE_GRADES_46),
                # round 47 (held out): everyday questions -- ukulele chords under a real unaccompanied singer, sound
                # effects on a real singer's words, a real lead's fastest runs, a time-stretch onto a real singer's
                # entry, a real kit without cymbals and toms, line-dance counts, a string pad's common notes, a darker
                # reharm, a podcast sting, a 5/4 chorus cut to 4/4, a cello against her climb, 808 slides -- written
                # from the scores and annotations before any packet; graded (GRADES_47)
                47: (QUESTIONS_47, GRADES_47, BASELINE_GRADES_47),
                }


# the 2026-12-02 hand grading of the helper model's answers (eval/README.md, "The outside check")
GRADES = {"q01": "partly", "q02": "right", "q03": "right", "q04": "right", "q05": "right", "q06": "right",
          "q07": "right", "q08": "right", "q09": "right", "q10": "right", "q11": "wrong", "q12": "wrong",
          "q13": "right", "q14": "right", "q15": "right", "q16": "right", "q17": "right", "q18": "partly"}
# the baseline text graded against the same key (why, per question, in BASELINE_WHY)
BASELINE_GRADES = {q: "wrong" for q in GRADES} | {"q13": "right"}
BASELINE_WHY = {
    "q03": "says the bass plays (the key's 'wrong if')", "q05": "says drums and bass play (they stop)",
    "q10": "says bass, guitar and vocals play (the kit is alone)", "q15": "says drums and bass play (they are out)",
    "q13": "names the track's key, E flat minor: right",
    "q04": "a key (the relative major) and no chords", "q01": "'a form moment': no time, no change named",
}  # the rest: the text holds nothing the question asks for (no chords, meter, tempo, pattern or role)


def baseline_packet(q: Question, packet: str, song_key: str | None) -> str:
    """The baseline's packet: the question and :func:`eval.answers.baseline_summary`, with the frame and the
    track's key read from the method's packet (``song_key``: the song's key from its other packets)."""
    import re

    from eval.answers import baseline_summary

    frame = re.search(r"^frame:\n(?:  .*\n)*?  frame: (\S+)", packet, re.M)
    key = re.search(r"key_track_level: (.+)", packet)
    text = baseline_summary(q.stems, key.group(1).strip() if key else song_key, frame.group(1) if frame else "window")
    return f"QUESTION: {q.question}\n\nTOOL RESULT (baseline: stems, track key and frame only):\n{text}\n"


def write_baselines(out: Path = OUT) -> None:
    import re

    packets = {q.qid: (out / f"{q.qid}.txt").read_text() for q in QUESTIONS if (out / f"{q.qid}.txt").is_file()}
    keys = {}
    for q in QUESTIONS:
        m = re.search(r"key_track_level: (.+)", packets.get(q.qid, ""))
        if m:
            keys.setdefault(q.song, m.group(1).strip())
    for q in QUESTIONS:
        if q.qid in packets:
            (out / f"baseline_{q.qid}.txt").write_text(baseline_packet(q, packets[q.qid], keys.get(q.song)))
    print(f"{len(packets)} baseline packets in {out}")


def share_ci(grades: dict[str, str], group=lambda qid: qid, credit=lambda g: g == "right") -> tuple[float, float, float]:
    """The share of questions graded right (``credit``) and its 95 % bootstrap interval over ``group``."""
    from eval.metrics import bootstrap_ci

    rows = sorted(grades.items())
    value = float(sum(credit(g) for _, g in rows) / len(rows))
    lo, hi = bootstrap_ci(rows, lambda rs: sum(credit(g) for _, g in rs) / len(rs), lambda r: group(r[0]))
    return value, lo, hi


def tally(grades: dict[str, str] = GRADES, baseline: dict[str, str] = BASELINE_GRADES,
          questions: list[Question] = QUESTIONS) -> str:
    song = {q.qid: q.song.partition("@")[0] for q in questions}
    lines = ["| | n | right | partly | wrong | share right [95 % over questions] [over songs] |", "|---|---|---|---|---|---|"]
    for name, g in (("the findings (one get_findings call)", grades), ("baseline: stems, key and frame only", baseline)):
        n = {k: sum(v == k for v in g.values()) for k in ("right", "partly", "wrong")}
        v, lo, hi = share_ci(g)
        _, slo, shi = share_ci(g, group=song.get)
        lines.append(f"| {name} | {len(g)} | {n['right']} | {n['partly']} | {n['wrong']} | "
                     f"{v:.2f} [{lo:.2f}, {hi:.2f}] [{slo:.2f}, {shi:.2f}] |")
    diff = {q: ("right" if (grades[q] == "right") - (baseline[q] == "right") > 0 else "wrong") for q in grades}
    lines.append(f"\n{len(set(song.values()))} songs. Questions the findings get right and the baseline does not: "
                 f"{sum(v == 'right' for v in diff.values())} of {len(diff)}.")
    return "\n".join(lines)


def _folder(song: str) -> Path:
    from eval.frame_test_songs import TEST_SONGS, degrade_copy, render
    from eval.truth import REAL

    if song.startswith("real:"):
        return REAL / song[5:]
    if song.startswith("mix:"):  # one mixed file, loaded unseparated
        return REAL / "mixes" / f"{song[4:]}.flac"
    name, _, degraded = song.partition("@")
    band, seed = next((b, s) for b, s in TEST_SONGS if b.name == name)
    folder, _ = render(band, seed, CACHE / "frames_test")
    if degraded:
        dst = CACHE / "frames_test_degraded" / name
        degrade_copy(folder, dst, seed)
        return dst
    return folder


def write_packets(questions: list[Question] = QUESTIONS, out: Path = OUT) -> None:
    from analysis.config import Settings
    from analysis.library import Library
    from eval.truth import REAL, load_all
    from frames.service import get_findings
    from stemsense_mcp.server import result

    HOME.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    roots = [CACHE.resolve()] + ([REAL.resolve()] if REAL.is_dir() else [])
    lib = Library(Settings(home=HOME, allowed_roots=roots, ingest_workers=2, max_duration_s=1200))
    questions = [q for q in questions if not q.song.startswith(("real:", "mix:")) or REAL.is_dir()]
    songs = sorted({q.song for q in questions})
    ids = load_all(lib, [(s, _folder(s), f"client-{s}") for s in songs])
    index = []
    for q in questions:
        f = get_findings(lib, ids[q.song], q.stems, q.start_s, q.end_s, q.question)
        text = result(f, f.summary).content[0].text
        (out / f"{q.qid}.txt").write_text(f"QUESTION: {q.question}\n\nTOOL RESULT (text content of get_findings):\n{text}\n")
        index.append({"qid": q.qid, "question": q.question, "packet": f"{q.qid}.txt", "chars": len(text)})
    (out / "index.json").write_text(json.dumps(index, indent=1))
    print(f"{len(index)} packets in {out}")


def grade_sheet(answers_path: Path, questions: list[Question] = QUESTIONS) -> None:
    answers = json.loads(answers_path.read_text())
    if isinstance(answers, list):  # the answer helpers write [{"qid", "answer"}, ...]
        answers = {a["qid"]: a["answer"] for a in answers}
    for q in questions:
        print(f"## {q.qid} {q.song} [{q.start_s}, {q.end_s}] {q.stems}: {q.question}")
        print(f"key: {q.key}")
        if q.wrong:
            print(f"wrong if: {q.wrong}")
        print(f"answer: {answers.get(q.qid, '(none)')}\n")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--grade", type=Path, help="answers.json to print beside the answer key")
    ap.add_argument("--baseline", action="store_true", help="write the baseline's packets beside the method's")
    ap.add_argument("--tally", action="store_true", help="the recorded grades, with intervals and the baseline")
    ap.add_argument("--round", type=int, default=1, choices=sorted(ROUNDS),
                    help="1: the first eighteen questions; 2, 3: the held-out later rounds (packets in out/client_check/roundN)")
    args = ap.parse_args(argv)
    if args.round > 1:  # the held-out later rounds: their own questions, grades and packet folder
        questions, grades, baseline = LATER_ROUNDS[args.round]
        if args.grade:
            grade_sheet(args.grade, questions)
        elif args.tally:  # a round not graded yet has nothing to tally (a share of no questions is undefined)
            print(tally(grades, baseline, questions) if grades else f"round {args.round}: not graded yet")
        else:
            write_packets(questions, OUT / f"round{args.round}")
    elif args.tally:
        print(tally())
    elif args.baseline:
        write_baselines()
    elif args.grade:
        grade_sheet(args.grade)
    else:
        write_packets()

if __name__ == "__main__":
    main()
