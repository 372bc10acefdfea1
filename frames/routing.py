"""Intent routing: rules over the question's words and the selection, never a model."""

from __future__ import annotations

import re

from analysis.core.vocabulary import KICK_IDIOM, MIX_STEM, USED_INSTRUMENT, clause_spans, named_stems
from heuristics.models import WindowAnalysis

from .models import ClauseAsk, Routing

# a walking line ("is the bass walking?"), not "walk me through these bars" (the twenty-third session's sweep on
# Beatles answered it "No: the vocals do not walk here", dev)
WALK_WORD = r"\bwalk(?:s|ing)?\b(?!\s+(?:me|us|you|him|her|them)\s+through\b)"

WORDS = {
    "groove": ("groove", "rhythm", "rhythmic", "pocket", "tight", "timing", "feel", "swing", "beat", "drums", "lock",
               "locked", "syncopat", "funky", "funk", "shuffle", "push", "laid back", "behind", "ahead", "tempo", "kick"),
    "harmony": ("harmony", "harmonic", "chord", "chords", "key", "tonal", "tonality", "progression", "cadence",
                "tension", "resolve", "resolution", "modal", "mode", "dissonan", "consonan", "minor", "major"),
    "melody": ("melody", "melodic", "line", "phrase", "phrasing", "contour", "hook", "tune", "riff", "motif", "notes",
               "sing", "singing", "vocal line", "lead line"),
    "structure": ("section", "structure", "form", "verse", "chorus", "bridge", "intro", "outro", "transition",
                  "build", "drop", "boundary", "change", "arrangement changes"),
    "texture": ("texture", "arrangement", "mix", "layer", "layers", "space", "masking", "register", "frequency",
                "balance", "dense", "sparse", "interact", "interaction", "together", "blend", "clash"),
    "overview": ("what's happening", "what is happening", "describe", "overview", "narrative", "tell me about",
                 "what's going on", "what is going on", "summar"),
}
# What the answer leads with, beyond the intent: the narrative arc, or how the parts interact.
FOCUS_WORDS = {
    "arc": ("narrative", "arc", "story", "journey", "unfold", "release", "build", "builds", "phrasing", "develop",
            "go somewhere", "goes somewhere", "shape of"),
    "interaction": ("interact", "interaction", "interplay", "together", "lock", "locked", "relationship", "relate",
                    "between", "answer", "conversation", "each other", "play off", "against"),
}
PRIORITY = ("groove", "harmony", "melody", "structure", "texture", "overview")
# Words that name a stem in a question ("Do the bass and drums lock?").

# What a question asks, by its words (in priority order: the first that matches wins). Each entry is a
# list of regular expressions over the lower-cased question.
# What a question may ask that the analysis does not measure, by kind (frames.findings says which, first).
# a singer asked whether she drifts, with no beat, tempo or time in the question: her pitch ("does she drift?")
SINGER_DRIFT = (r"^(?!.*\b(?:beat|beats|tempo|time|timing|click|grid|groove|band)\b)"
                r"(?=.*\b(?:she|he|singers?|vocals?|voices?|vocalists?)\b).*\bdrift")
UNMEASURED: dict[str, tuple[str, ...]] = {
    "intonation": (r"\bin tune\b", r"\bout of tune\b", r"\bpitchy\b", r"\bintonation\b",
                   # "has she drifted flat by the end?", "is he singing a bit sharp?", "pitch-correct", "autotune"
                   r"\bdrift(?:s|ed|ing)? (?:\w+ )?(?:flat|sharp)\b",
                   r"\b(?:go|goes|going|gone|went|sings?|singing|sits?|sitting|is|are|she's|he's|they're) "
                   r"(?:a (?:bit|little|touch|hair|shade) |slightly )?(?:flat|sharp)\b",
                   r"\bpitch[- ]?correct", r"\bauto-?tune", r"\bsame pitch\b", r"\b(?:on|off) pitch\b",
                   # a drift asked beside the key or the pitch, or of a singer with no beat in the question, is the
                   # pitch's: "what key is she singing in and does she drift?" got the tempo (the thirty-seventh
                   # session's sweep on vocadito, dev)
                   r"^(?=.*\b(?:key|pitch)\b).*\bdrift", SINGER_DRIFT),
    # how a drummer or a player makes the sound (brushes or sticks, a pick or fingers) is not read from the audio
    "technique": (r"\bpalm[- ]?mut", r"\btechnique\b", r"\btone\b(?! of voice)", r"\bbrush(?:es)?\b", r"\bsticks\b",
                  r"\bmallets\b", r"\bhot ?rods\b", r"\bwith a pick\b", r"\bfingerstyle\b", r"\bslap(?:ped|ping)?\b",
                  # (the seventeenth session's sweep on Shadows: "any vibrato on the guitar?" got the groove; a
                  # vibrato is read from a singer's pitch only, frames.findings' vibrato sentence)
                  r"^(?!.*\b(?:vocals?|voices?|singers?|sing(?:s|ing|er|ers)?|sung|she|he|her|his|him)\b)"
                  r"(?=.*\b(?:guitar|bass|piano|keys|synth|"
                  r"violin|fiddle|strings|sax\w*|horns?|organ|cello|trumpet)s?\b).*\bvibrato\b", r"\bfretless\b"),
    "effects": (r"\breverb\b", r"\bcompress", r"\beq\b", r"\bequali[sz]", r"\bpann(?:ed|ing)\b", r"\bstereo\b",
                r"\beffects\b", r"\bfx\b", r"\bpedals?\b(?! steel)", r"\bplugins?\b", r"\bdistort\w*", r"\boverdriv\w*",
                r"\bfuzz\b", r"\btremolo\b"),
}


# "straight" as a feel ("straight or swung?"), not "a straight third up", "straight through" (round 69's br02, dev), nor
# "lift it straight off the bounce", "copy it straight across" (round 91's cn04 got the mix's feel first, dev)
STRAIGHT_FEEL = (r"\bstraight\b(?! (?:third|fifth|sixth|octave|interval|up|down|through|away|answer|out|from|into|to|"
                 r"off|across|over|onto|back|after|ahead)\b)")
# "from about here till he stops": where the window ends, not a stop asked about (round 66's bo01 and bo02 got the
# window's events in place of the notes asked, dev)
TILL_STOPS = "".join(f"(?<!{w} {who})" for w in ("till", "'til", "til", "until", "to where", "up to where")
                     for who in ("he stops", "she stops", "they stop", "it stops"))


def unmeasured_kind(question: str | None) -> str | None:
    """Which kind of unmeasured thing (:data:`UNMEASURED`) a question asks about, if any."""
    text = (question or "").lower()
    return next((kind for kind, patterns in UNMEASURED.items() if any(re.search(p, text) for p in patterns)), None)


# Hand percussion the drum reading does not hear apart: a tambourine or a shaker is read in the hi-hat class (its
# jingles' band is the hats'). A question that names one is answered with that class, said as both.
# (a side-stick or rim click is read in the snare class: named as both there, frames.answers.class_word)
PERCUSSION_WORDS = r"\b(tambourine|shaker|maracas|cabasa|side-?stick|cross-?stick|rim ?shot|rim ?click)s?\b"
# a progression in Roman numerals ("is this a ii-V-I?", "I-IV-V"): three numerals or more, joined
NUMERAL_CHAIN = r"\b(?:i{1,3}|iv|vi{0,2})(?:[-–](?:i{1,3}|iv|vi{0,2})){2,}\b"
# "want our dobro to double his first line -- what notes does he sing?": a double the producer plans with a player
# of theirs is no relation between two parts here (round 64's bm04 led with two doubling sentences, dev)
PLANNED_DOUBLE = (r"\b(?:want|wants|wanting|need|needs|going|planning|plan|like|trying|hoping)\b(?: (?:our|my|a|an|"
                  r"the) \w+(?: player)?) to (?:doubl|shadow|layer)|"
                  # "doubling the end of her verse on vibes -- what are the notes?": an ask that opens on the
                  # producer's own doubling (round 65's bn10 got the two parts' relation, dev)
                  r"(?:^|[,.;?!]\s*|\b(?:i'm|i am|we're|we are) )(?:doubling|shadowing|layering) "
                  r"(?:the|her|his|it|this|that|their)\b|"
                  # "our trumpet player's doubling the girl's line" (round 66's bo01 got a doubling verdict, dev)
                  r"\b(?:our|my) (?:\w+ )?(?:\w+ )?(?:player|players|section)?(?:'s| is| are|'re| will be)? "
                  r"(?:doubling|shadowing|layering)\b")
# "is the bass playing the same notes as the guitar?": whether two parts double each other (the twentieth session's
# sweep on Shadows got the bass's part, dev)
SAME_AS = r"\bsame (?:notes?|line|part|thing|riff|melody|tune) as\b"
# "which is louder, the bass or the kick?": one part's level against another's; "is it getting louder through this
# bit?" asks how the level moves over the window (the twenty-fourth session's sweep on ft_ballad_csm76, dev: it went to
# who carries the passage), the window's arc and its events
LEVEL_COURSE = r"\b(?:get|gets|getting|grows?|growing|go|goes|going)\b[^?]*\b(?:louder|quieter|softer)\b"
RELATIVE_LEVEL = r"^(?![^?]*" + LEVEL_COURSE + r")[^?]*\b%s\b"
# "is she late against the piano?", "does the voice come in a hair after the keys?": which side of another part a part
# lands, a timing question (the forty-fifth session's own question over ft_drive_e24's voice and keys got "nothing
# enters or drops out" and her contour; "late in the song", "early on" place a moment, not a side)
# a part rushing its own notes ("rushing her eighths", "rushes his fills"): where they land, not the tempo
PART_RUSH = (r"\brush(?:es|ing|ed)? (?:her|his|their|its|the) (?:\w+ )?(?:notes?|eighths?|sixteenths?|quarters?|"
             r"triplets?|entr(?:y|ies)|lines?|phrases?|fills?|hits?|strokes?|chords?|stabs?|pickups?|licks?|runs?)\b")
SIDE_OF_PART = (r"\b(?:is|are|was|were|sounds?|feels?|seems?|comes?|coming|lands?|landing|hits?|hitting|gets? in) "
                r"(?:(?:he|she|they|it|the [\w ]{1,30}?) )?"
                r"(?:(?:a |just )?(?:bit|little|touch|hair|tad|shade|fraction) |"
                r"slightly |always |consistently |often |ever |just |in )?(?:late|early)\b"
                r"(?! (?:in|into) (?:the|this|that)\b| on\s*(?:[?.,;]|$))|"
                r"(?:\ba (?:hair|touch|tad|shade|fraction|split second) (?:after|before|behind|ahead of)|"
                r"\b(?:a bit|a little|just|slightly) (?:behind|ahead of)) "
                r"(?:the|her|his|their) (?:guitars?|bass|keys|piano|drums|kit|kick|snare|band|vocals?|singer|voice|"
                r"strings|horns?|organ|synths?|chords?|beat)\b|"
                r"\b(?:late|early|behind|ahead) (?:against|relative to|compared (?:to|with)|versus|vs\.?) |"
                # "is the singer rushing her eighths ..., or sitting right on the keys?": a part's own notes rushed, or
                # set against another's (the forty-seventh session's own question over ft_ballad_eb54 got the tempo)
                + PART_RUSH + r"|\b(?:sit|sits|sitting) (?:right|dead|bang|exactly|squarely) (?:on|with) "
                r"(?:the |her |his |their )?(?:guitars?|bass|keys|piano|drums|kit|kick|snare|band|vocals?|singer|voice|"
                r"strings|horns?|organ|synths?|chords?|beat|grid|click)\b")
# "what's she singing?", "what's he shouting?": a singer's notes asked (the part's ask here; its notes, findings')
SINGING_WHAT = (r"\bwhat(?:'s| is| are) (?:he|she|they|the (?:lead |backing )?(?:singers?|vocals?|vocalists?)) "
                r"(?:singing|shouting|belting|"
                r"chanting)\b(?! about| over)")
# a bleed given as the reason for the question, not asked about ("because the band bleeds all over it")
SPILL_AS_REASON = r"\b(?:because|'?cause|since)\b[^?.;,]*$"
ASKS = (
    # spill: whether a stem's track holds other instruments' sound
    ("spill", (r"\bbleed", r"\bspill", r"\bleak", r"\bcrosstalk\b", r"\b(track|stem) (is )?clean\b",
               r"\bclean (track|stem)\b")),
    # what the server does not measure: said first, then what it does
    ("unmeasured", tuple(p for patterns in UNMEASURED.values() for p in patterns)),
    # where a part leaves room ("where are the holes between her lines?"): its rests, before any fill or drum word
    # "where's the room in the bass part? want to drop an answer in without stepping on him" (round 28's ac08 went to
    # the form, for its "chorus")
    # "how much space is there between vocal phrases?" (the twenty-second session's sweep on Beatles got the
    # phrases' shapes, dev)
    # ("when she comes back in after the rest" places her return, it asks no hole: the forty-seventh session's own
    # question over ft_ballad_eb54, dev)
    ("gaps", (r"\bgaps?\b", r"\bholes?\b", r"(?<!\bafter the )(?<!\bbefore the )(?<!\bafter a )\brests?\b(?! of)",
              r"\bspaces? (?:between|in|for)\b", r"\broom for\b",
              r"\b(?:space|room|air)\b[^?]*\bbetween (?:the |her |his |their |its |each )?(?:vocal |sung |sax )?"
              r"(?:phrases|lines)\b",
              r"\broom in\b",
              # "when exactly is she singing in these bars, and how long do the silent stretches between her bits
              # last?" (round 122's ds08, dev: got her contour)
              r"\bsilent (?:stretch|spell|bit|spot|gap|part|patch)(?:es|s)?\b",
              r"\bwhen (?:exactly )?(?:is|are) (?:she|he|they|the (?:singer|vocals?|vocalist)) (?:actually )?"
              r"(?:singing|sounding)\b",
              # "how much room is there after each one before the next" (round 72's bu12, dev)
              r"\bhow much (?:room|space|air)\b[^?]*\b(?:after|between|before)\b",
              # "where exactly does she stop and come back in?" (round 72's bu02, dev: got the bass's entry)
              r"\bwhere (?:exactly )?(?:does|do|did) (?:he|she|they|the \w+) (?:stop|drop out|break off|pause|rest)\b"
              r"[^?]*\bcome back\b",
              r"\bwhere(?:'s| is) (?:the |there )?(?:actually |really |even )?(?:any )?(?:room|space)\b",
              r"\bwithout stepping on\b",
              r"\bleaves? (?:any )?(?:room|space)\b",
              r"\bbreathing room\b",
              # ("where does he grab a breath": round 79's cb01, dev)
              r"\bwhere (?:does|do|did) (?:he|she|they|the \w+) (?:breathe|(?:take|grab|catch|sneak) "
              r"(?:a |her |his |their )?(?:quick )?breaths?|breath)",
              # "where can he actually breathe, and what's the longest stretch without a break?" (round 61's bj07,
              # dev: a sax player doubling her line got whether the vocals are doubled)
              r"\bwhere (?:can|could|should|would|will|might) (?:he|she|they|i|we|you|the \w+(?: player)?) "
              r"(?:actually |even |ever )?(?:breathe|take (?:a )?breaths?|grab (?:a )?breaths?)\b",
              r"\blongest (?:stretch|run|passage) (?:\w+ ){0,6}without (?:a |any )?(?:break|breath|rest|gap)\b",
              r"\bbreaths?\b[^?]*\bwhere\b",
              # "where's his first breath?" (the thirty-fourth session's sweep on Country1, dev)
              r"\bwhere(?:'s| is| are| do| does)\b[^?]*\bbreaths?\b",
              # "what would be a good place to drop a fill in here?" (the fourteenth session's sweep on Rock, dev)
              r"\b(?:place|spot|room|space) (?:to|for) (?:drop |put |add |throw |slip )?(?:in )?(?:a |an |some )?"
              r"(?:fill|lick|answer|stab|drop)s?\b",
              r"\bwhere (?:can|could|should|would|do|might) (?:i|we) (?:drop|put|add|throw|slip) (?:in )?(?:a |an )?"
              r"(?:fill|lick|answer)\b")),
    # which side of another part one lands, before what the part plays ("can you tell if the piano is a bit late on
    # the chords?" got the chart: the forty-sixth session's routing sweep, dev)
    ("timing", (SIDE_OF_PART,)),
    ("part", (r"\bwhat(?:'s| is| are| does| do)\b.*\b(doing|playing|play|do)\b", r"\brole\b",
              # "what's he singing from about here till he stops?": the line's notes (round 66's bo02 got the form)
              # ... "what's she shouting each time" (round 72's bu12, dev: got the form)
              SINGING_WHAT,
              # "what's going on with the bass in the middle?" (the twenty-fourth session's sweep on Punk got the
              # window's events, dev)
              r"\bwhat(?:'s| is) (?:going on|happening) with\b",
              # "what's the bass line? want to double it": the named part's notes, not the melody's contour
              r"\bwhat(?:'s| is| are) (?:the |his |her |that )?\w+ (?:line|part|riff)s?\b",
              r"\bstrum", r"\bpick(?:ing|ed)\b", r"\bcomp(?:ing|s)?\b", r"\barp(?:s\b|eggi|\b)", r"\bsyncopat",
              # "what's the pattern?" of a named part (of the drums: where the hits fall, below)
              r"\bpattern\b",
              r"\b(?:bass|guitar|piano|drum|vocal)? ?rhythm\b(?!.*\bsection\b)",
              # "is it chords or a melody?": what the part plays, not the chart
              r"\bchords? or\b", r"\bor (?:chords?|a melody|a line|single notes)\b",
              # "is the bass busy or sparse?": how a named part plays (with no part named: the ranking below)
              r"\bbusy\b", r"\bsparse\b", r"\broots?\b", WALK_WORD)),
    # who plays at all in the window (not who carries it)
    ("who", (r"\bwho(?:'s| is| are)? play", r"\bwhich (?:instruments|parts|stems)\b", r"\bwhat instruments\b",
             r"\b(?:anyone|anybody|anything) (?:else )?play", r"\bplaying along\b", r"\baccompan",
             r"\bwho(?:'s| is) (?:in|on) (?:here|this)", r"\bwho(?:'s| is| are) in\b")),
    # where the selection is loudest ("where's the loudest moment?"), not which part is loudest
    ("peak", (r"\bloudest (?:moment|part|point|bit|stretch|section|spot|place|bar)\b", r"\bpeak(?:s)?\b(?! of)",
              r"\bclimax\b", r"\bbiggest moment\b",
              # "where's the quietest bit?" (the twenty-first session's sweep on ft_swing_g1208, dev)
              r"\b(?:quietest|softest) (?:moment|part|point|bit|stretch|section|spot|place|bar)\b",
              # "which bar is the loudest?" (the twenty-second session's sweep on ft_swing_g1208 got the loudest
              # part, dev)
              r"\b(?:which|what) (?:bar|beat|moment|point|bit|stretch|section|spot)\b[^?]*\b(?:loudest|quietest|"
              r"softest|biggest)\b",
              r"\bwhere\b[^?]*\b(?:gets?|is it|is the music) (?:quietest|softest)\b", r"\bwhere\b[^?]*\b(?:gets?|is it|is the music) (?:loudest|biggest)\b",
              # "where does this kick up a gear? at what point does it get loud?" (round 42's aq12 got the lock of
              # drums and guitar: "kick" read as the drum, dev)
              r"\b(?:kicks?|steps?|shifts?|moves?|goes|go) up a gear\b",
              r"\b(?:where|when|what point|which bar)\b[^?]*\b(?:gets?|get|getting) (?:loud|louder|big|bigger)\b",
              # "is she pushing harder on the chorus than the verse?": one part's level across the sections
              r"\b(?:pushing|hitting|playing|singing|digging in) (?:any )?(?:harder|softer|louder)\b", r"\bhardest\b",
              r"\b(?:louder|harder|softer|quieter)\b[^?]*\b(?:in|on) the (?:chorus|verse|bridge|hook)\b")),
    ("carry", (r"\bcarr(y|ies|ying)\b", r"\bwho(?:'s| is)? lead", r"\btak(?:e|es|ing) the lead\b", r"\bwhich\b.*\b(lead|louder|prominent|front|main)",
               r"\bmore prominent\b", r"\bforeground\b", r"\bin front\b", r"\bwho(?:'s| is) (on top|out front)",
               r"\bdominat", r"\bloudest\b", r"\bhow loud\b", RELATIVE_LEVEL % "louder", RELATIVE_LEVEL % "quieter",
               r"\bbalance[sd]?\b")),
    ("drum_pattern", (r"\bbackbeat\b",
                      # "which hits are actually kick, any doubles or ghost kicks?" (round 68's bq01 got the lock, dev)
                      r"\bwhich (?:hits?|strokes?|ones?)\b[^?]*\bkicks?\b", r"\b(?:ghost|double|doubled) kicks?\b",
                      r"\bsnare\b", r"\bhi-?hats?\b", r"\bhats\b", r"\b(drum|beat|kick|drumming) pattern\b",
                      # "break down the drum beat for me" got the drums' lock with the guitar (the eighteenth
                      # session's sweep on Punk, dev)
                      r"\b(?:drum|drums|kit|drummer'?s?) (?:beat|groove|part|rhythm)s?\b",
                      r"\bfour on the floor\b", r"\bwhat (?:does|do) the (kick|drums?) play",
                      r"\bwhere (?:does|do) the (kick|drums?)\b", r"\bwhere(?:'s| is| are) the (?:kick|drums?)\s*\??$",
                      r"\bwhat(?:'s| is| are) the drum(?:s|mer)? play",
                      # "is the drummer doing anything special there?" (round 91's cn03 got nothing of the kit, dev)
                      r"\b(?:is|are|what(?:'s| is| are)) the (?:drums|drummer|kit)\b[^?]*\bdoing\b",
                      r"\bcymbal", r"\bride\b", PERCUSSION_WORDS,
                      # "is the drummer's right hand on eighths or sixteenths?": the timekeeper (a pianist's hands are
                      # the keys' notes)
                      r"\bdrummer'?s? (?:right|left) hand\b|\b(?:right|left) hand\b[^?]*\b(?:drums?|drummer|kit)\b",
                      # "how many hits per bar is the kick doing?" (it went to the ranking of busy parts)
                      r"\bhow many (?:hits|times|strokes)\b[^?]*\b(?:kick|bass drum|toms?)\b",
                      r"\b(?:kick|bass drum|toms?)\b[^?]*\bhow many\b", r"\b(?:kick|bass drum) (?:is )?doing\b",
                      # "is the kick on every beat?" (no bass named: that asks how the two sit, the timing)
                      r"^(?!.*\bbass\b(?! drum)).*\b(?:is|are|does|do) the (?:kick|snare|kick drum|bass drum)s?\b[^?]*"
                      r"\b(?:on|every|each|beats?|hit|land|play)\b",
                      # "programming the hi-hat -- is it only on one and three with the kick?": places in the bar beside
                      # a drum, not how two parts sit (round 90's cm03 got the groove's timing first, dev)
                      r"^(?!.*\bbass\b(?! drum)).*\bon (?:one|two|three|four|the (?:and|e|a)s?)\b[^?]*"
                      r"\bwith the (?:kick|snare)s?\b")),
    # which part plays the most (a ranking of the parts by their onsets)
    ("density", (r"\bbusiest\b", r"\bbusier\b", r"\bbusy\b", r"\bsparse\b", r"\bmost (notes|active|activity)\b", r"\bplays? the most\b",
                 r"\bsparsest\b", r"\bleast (notes|active)\b")),
    # (a compressor's or an envelope's release is no resolution: "pumping sidechain on the keys ... what release
    # should I start from?" got the harmony's tension: round 77's answer report, dev)
    ("tension", (r"\btension\b", r"\btense\b", r"\bclash", r"\bdissonan", r"\bresolv",
                 r"^(?![^?]*\b(?:side-?chain\w*|compress\w*|duck\w*|gate|attack|envelope|adsr|reverb|delay|"
                 r"pump\w*|limiter)\b)[^?]*\brelease\b")),
    # how long the window is in bars ("how many bars is this? want to loop it")
    ("length", (r"\bhow many (?:bars|measures)\b(?![^?]*\b(?:until|till|before)\b[^?]*\b(?:chords?|changes?)\b)",
                # "how many beats before the vocal enters?" (the twenty-fourth session's sweep, dev: the meter)
                r"\bhow many beats\b[^?]*\b(?:before|until|till)\b", r"\bbars? long\b", r"\bhow long is (?:this|it|the "
                r"(?:loop|section|passage|bit|part))\b", r"\bloop (?:it|this|these|those|the (?:bars|section|groove))\b", r"\bloopable\b",
                r"\bloop points?\b",
                # "can I cut this down to four bars?" (the twentieth session's sweep on ft_ballad_eb54 got the singer's
                # timing, dev): the window's bars, counted
                r"\b(?:cut|trim|edit|chop|shorten)\w* (?:(?:it|this|that|these|the \w+) )?(?:down |back )?to (?:just )?"
                r"(?:\w+ )?bars?\b")),
    ("meter", (r"\bmeter\b", r"\bmetre\b", r"time signature", r"\bhalf[- ]time\b", r"\bdouble[- ]time\b", r"\bhow many beats\b",
               r"\bbeats? (?:in|per|to) (?:a|the|each|every) bar\b", r"\b\d+/\d+\b", r"\bwaltz", r"\bcompound\b",
               r"\bcount(ed|ing)?\b", r"\bswing", r"\bswung\b",
               STRAIGHT_FEEL,
               r"\bshuffle", r"\blilt",
               r"\btriplet", r"\btempo\b", r"\bbpm\b", r"\bwhere(?:'s| is) the (?:down)?beat\b",
               r"\bspeed(?:s)? up\b", r"\bslow(?:s)? down\b", r"\bhow fast\b",
               # "what should I set the click to?" (the twenty-first session's sweep on Rock got the roles, dev)
               r"\bset\w* (?:the |my |a |up (?:the |a )?)?(?:click|metronome)\b", r"\b(?:click|metronome) (?:track )?(?:to|at)\b", r"\bin (two|three|four)\b", r"\bfeel\b(?!.*\b(lock|pocket|kick)\b)")),
    ("key", (r"\bwhat key\b", r"\bwhich key\b", r"\bkey\b(?!s)", r"\btonal cent", r"\btonic\b", r"\bmodulat",
             r"\bmajor or minor\b", r"\bscales?\b", r"\b(?:what|which) mode\b")),
    ("chords", (r"\bchords?\b", r"\bprogression\b", r"\bharmon", NUMERAL_CHAIN, r"\bchanges\b(?=.*\b(chord|harmon))",
                # "how are the changes moving?": a player's word for the chords
                r"\bthe changes\b(?! (?:in|to|of) (?:the )?(?:arrangement|energy|dynamics|level|texture|band|parts|section))")),
    ("timing", (r"\bpocket\b", r"\block", r"\btight", r"\brush", r"\b(on|with) the kick\b", r"\bbehind\b", r"\bahead\b",
                # the bass and the kick asked about together ("how does the bass sit against the kick"): the pocket
                r"\bbass\b.*\bkick\b", r"\bkick\b.*\bbass\b",
                r"\blaid[- ]back\b", r"\bpush", r"\btiming\b", r"\bin time\b", r"\bsloppy\b",
                # "is anything out of time here?" (the twenty-second session's sweep on Beatles got the vocal's
                # contour, dev)
                r"\bout of time\b", r"\b(?:off|out of) (?:the )?(?:grid|click)\b",
                # "is she landing right with the guitar and bass each time, or a hair off?" (round 116's dm02 got the
                # chords of its purpose, dev)
                r"\b(?:land|lands|landing|hit|hits|hitting|come in|comes in|coming in) (?:right |exactly |dead |bang )?"
                r"(?:with|together with) (?:the |her |his |their )?(?:guitars?|bass|keys|piano|drums|kit|kick|snare|"
                r"band|vocals?|singer|voice|strings|horns?|organ|synths?)\b",
                r"\ba (?:hair|touch|tad|fraction) (?:off|late|early|ahead|behind)\b", SIDE_OF_PART,
                r"\bon the beat\b", r"\bon the grid\b", r"\bdrag",
                # "is he on the click?" (the eighteenth session's sweep on GuitarSet, dev)
                r"\b(?:on|with|to|against) (?:the |a )?(?:click|metronome)\b")),
    ("interaction", (r"\binteract", r"\brelat", r"\bdoubl", SAME_AS, r"\bsame rhythms?\b", r"\bin rhythm with\b", r"\bcounter-?melod", r"\bunison\b", r"\boctaves?\b",
                     r"\banswer",
                     r"\bcall\b", r"\bresponse\b", r"\btrad(e|ing)\b", r"\bhocket", r"\bconversation\b",
                     r"\beach other\b", r"\bplay off\b", r"\bfollow", r"\btogether\b(?!.*\b(lock|tight|pocket)\b)")),
    ("narrative", (LEVEL_COURSE, r"\bwalk (me )?through\b", r"\bwhat (does|do) the (band|parts|players)\b", r"\bwhat happens\b", r"\bhappening\b", r"\bnarrative\b", r"\bstory\b", r"\barc\b",
                   r"\bunfold", r"\bchange", r"\bbuild", r"\blifts?\b", r"\blifting\b", r"\bopens? up\b", r"\bbreakdown\b", r"\bdrop", r"\barriv", r"\benter",
                   r"\bcomes? in\b", r"\bgo(es)? on\b", r"\bstop(?:s|ping)?\b" + TILL_STOPS, r"\bback in\b",
                   r"\bevents?\b", r"\bwhat'?s going on\b", r"\bfills?\b",
                   r"\bhow does (?:it|the song|the track|this) end\b", r"\bthe ending\b",
                   # "where does the guitar solo start?" (where a section starts is the form's)
                   r"\b(?:where|when) does (?!(?:the |a )?[\w ]*?\b(?:verse|chorus|bridge|section|intro|outro|hook|"
                   r"part|song)\b)(?:the |his |her )?[\w ]{1,20}? (?:start|begin|kick in)\b")),
    ("melody", (r"\bmelod", r"^(?!.*\b(?:range|highest|lowest)\b).*\bline\b", r"\bphras", r"\bcontour\b", r"\bhook\b", r"\btune\b", r"\briff\b",
                r"\bbreath", r"\bhow many lines\b")),
    # a named part asked about in other words ("is the bass playing roots?", "how high does the singer go?")
    ("part", (r"\bplay(?:ing|s)?\b", r"\bhighest\b", r"\blowest\b", r"\bhow (?:high|low)\b", r"\btops? out\b", r"\bnotes?\b",
              r"\brange\b",
              # "could I double the bass with a synth -- what register is it in?" (the nineteenth session's sweep on
              # MusicDelta Beatles got who carries the passage, dev)
              r"\bwhat (?:register|octave)\b", r"\b(?:register|octave) (?:is|are|does|do) (?:it|he|she|they|the)\b")),
    # the groove as a whole (the kit's pattern, the bass with it, the feel); "rhythm section" is not a form word
    ("groove", (r"\bgroove\b", r"\brhythm section\b", r"\bwhat(?:'s| is) the beat\b", r"\boff[- ]?(?:the )?beats?\b")),
    ("form", (r"\bsection\b(?<!rhythm section)", r"\bform\b", r"\bstructure\b", r"\bverse\b", r"\bchorus\b", r"\bbridge\b")),
    ("texture", (r"\btexture\b", r"\bmix\b", r"\bmasking\b", r"\bregister\b", r"\bspace\b", r"\bbalance\b")),
)


def is_stick(word: str | None) -> bool:
    """Whether a percussion word (Routing.percussion_asked) names a side-stick or rim click: the snare class's."""
    return bool(word) and re.sub(r"[- ]", "", word) in ("sidestick", "crossstick", "rimshot", "rimclick")


# an effect the producer means to apply ("thinking of EQ-carving", "want to add reverb", "I'll compress it")
PLANNED_EFFECT = (r"\b(?:thinking of|think about|want to|wanna|going to|gonna|plan(?:ning)? to|i'll|i will|to add|"
                  r"before i|so i can)\s+(?:\w+\s+){0,2}?(?:eq|compress|reverb|pan|delay|side-?chain|carv)\w*")


# one part asked to follow another: the relation of the two
FOLLOWS = r"\bfollow\w*|\bmatch(?:es|ing)?\b|\bmirror\w*|\bcop(?:y|ies|ying)\b|\bsame rhythm\b|\bin rhythm with\b"


def asks_of(question: str | None, named: list[str]) -> tuple[str, str | None]:
    """What the question asks, and the words that said so."""
    text = (question or "").lower().strip()
    if not text:
        return "overview", None
    for asks, patterns in ASKS:
        for pattern in patterns:
            hit = re.search(pattern, text)
            if hit:
                if asks == "spill" and re.search(SPILL_AS_REASON, text[:hit.start()]):
                    continue  # "I'm gating her vocal because the band bleeds all over it. when is she singing?": the
                    # bleed is why the producer asks, not what (round 122's ds08 got the spill caution alone, dev)
                if asks == "unmeasured" and re.search(r"\b(?:my|our) (?:\w+ )?(?:pedals?|plugins?)\b", text) and \
                        hit.group(0).startswith(("pedal", "plugin")):
                    continue  # "with my harmonizer pedal -- what key do I set it to?": the producer's own effect
                    # (round 69's br02 got "effects are not measured", dev)
                if asks == "unmeasured" and re.search(PLANNED_EFFECT, text) and not re.search(
                        r"\b(?:is|are|does|do|did|has|have|any)\b[^?]*\b(?:reverb|compress\w*|eq|delay|pann\w*|effects?)\b"
                        r"[^?]*\?", text):
                    continue  # "thinking of EQ-carving the keys out of her way -- are they in her range?": the
                    # producer's own plan, not a question about the track's effects (round 31's af08, dev)
                if asks == "who" and re.search(r"\bmelod|\blead|\briff|\bhook|\bsolo|\btune\b|\boff[- ]?(?:the )?beat", text):
                    continue  # "who plays the melody" asks who carries the line, not who plays at all
                if asks == "melody" and named and re.search(r"\b(?:what|which) notes?\b|\bnote for note\b", text):
                    continue  # "what notes does she sing in this phrase?": the part's notes, bar by bar, not its
                    # contour (the eighteenth session's sweep on vocadito, dev)
                if asks == "part" and not named:
                    continue  # "what is happening" names no part: a narrative question
                if asks == "part" and hit.group(0) != "rhythm" and re.search(r"\bswung\b|\bswing\w*|\bstraight\b|"
                                                                           r"\bshuffl\w*", text):
                    continue  # "is the comp swung or straight?": the feel (the part's own, where named), not how
                    # the part plays (GuitarSet got "plays chords throughout": the eighteenth session's sweep, dev)
                if asks == "part" and re.search(r"\b(?:what|which) chords?\b|\bchords? (?:is|are) (?:he|she|they|it)\b",
                                                 text):
                    continue  # "what chords is he comping here?" asks the chart, not how he plays (GuitarSet, dev)
                if asks == "part" and hit.group(0) in ("busy", "sparse") and len(named) >= 2 and \
                        re.search(r"\bcompared?\b|\bthan\b|\bversus\b|\bvs\.?\b|\bagainst\b", text):
                    continue  # "how busy is the guitar compared with the bass?": the parts ranked (density)
                if asks == "part" and len(named) >= 2 and re.search(SAME_AS, text):
                    continue  # two parts asked alike: their relation (the interaction below)
                if asks == "part" and len(named) >= 2 and re.search(FOLLOWS, text):
                    continue  # "does the bass follow the vocal rhythm?": the two parts' relation, not one's rhythm
                    # (the seventeenth session's sweep on Country1 got the bass's rhythm alone, dev)
                if asks == "part" and named == ["drums"]:
                    return "drum_pattern", hit.group(0)  # what the drummer plays is where the hits fall
                if asks == "carry" and not re.search(r"\bcarr|\blead|\bprominent|\bfront|\bforeground|\bdominat|\bmain|"
                                                     r"\bloudest|\bhow loud|\blouder|\bquieter|\bbalance", text):
                    continue
                if asks == "interaction" and (re.search(r"\b(?:doubl|layer)\w*\s+(?:it|this|that|him|her|them|the|his|"
                                                        r"their)\b[^?]{0,40}?\b(?:on|with) (?:a|an|my|some)\b", text)
                                              or re.search(PLANNED_DOUBLE, text)):
                    continue  # "I want to double it on synth": the producer's own part, not two parts' relation
                if asks == "interaction" and named == ["drums"]:
                    return "drum_pattern", hit.group(0)  # the hat doubling the kick: where the kit's hits fall
                if asks == "interaction" and len(named) < 2 and not re.search(r"\bdoubl|\bhocket|\btrad|\bcall|\bcounter",
                                                                              text):
                    continue
                return asks, hit.group(0)
    return "overview", None


# Where a question asks two things: "..., and what's ...", "...? Is ...", "...; where ...". A plain "and" splits only
# before a question word, so "the bass and the drums" stays one clause.
QUESTION_WORD = (r"(?:what|what's|how|how's|where|where's|which|who|who's|when|why|is|are|does|do|did|can|could|should|"
                 r"tell|describe|name|give)\b")
# (a sentence's end before a question word too: "want a pedal steel swell under it. is the drummer doing anything?"
# was one clause with the purpose before it, round 91's cn03, dev)
CLAUSE_BREAK = re.compile(r"\?\s+|;\s*|,\s*(?:and|but|plus|also)\s+|\s+and\s+(?=" + QUESTION_WORD + r")|,\s+(?="
                          + QUESTION_WORD + r")|\.\s+(?=(?i:" + QUESTION_WORD + r"))")


# a statement put to the listener to confirm ("kick on one and three, snare on two and four, right?"): a question of
# its own in a compound one (round 81's cd05, dev: its second clause, "is it straight or swung?", was answered alone)
TAG_QUESTION = (r"[,\s](?:right|yeah|yes|correct|innit|eh|no|isn't it|is that right|am i right|aren't they|don't they|"
                r"doesn't it|doesn't he|doesn't she)$")


BACKING = (r"\b(?:backing|band|accompaniment|rhythm section|everything else|the rest|other parts|others)\b"
           r"(?!\s+(?:vocals?|singers?|voices?))[^?]*?\b(?:under|underneath|beneath|behind|around|supporting)\b([^?]*)")
BACKING_ORDER = ("drums", "bass", "guitar", "piano", "other", "vocals")  # the parts behind a lead, as said


def selected_named(question: str | None, selected: set[str]) -> list[str]:
    """The selected stems a question names, in order; "she" names the vocals where they are selected and no
    word names them ("she's holding long notes ... do any rub against the piano?" was answered about the piano:
    round 19's f08, dev). "He" is left alone: a guitarist or a bassist as often as a singer."""
    text = (question or "").lower()
    # "what's the backing doing under the vocal?": the other selected parts, the one named only as what they back
    # (the twenty-third session's sweep on Beatles got the vocal's own line, dev)
    backing = re.search(BACKING, text)
    if backing:
        ref = [s for s in named_stems(backing.group(1)) if s in selected] or \
            (["vocals"] if "vocals" in selected and re.search(r"\b(?:her|him|his|she|he|singer)\b", backing.group(1))
             else [])
        if ref:
            return [s for s in BACKING_ORDER if s in selected and s not in ref]
    named = [s for s in named_stems(question) if s in selected]
    she = re.search(r"\b(?:she|she's|her)\b", text)
    if she and "vocals" in selected and "vocals" not in named:
        before = [s for s in named_stems(text[:she.start()]) if s in named]
        named.insert(len(before), "vocals")
    # ... and "he" where nothing is named and the singer is the only selected part with notes ("how high does he go
    # in these bars?" over his vocals and the kit got the overview: round 79's cb01, dev)
    if not named and "vocals" in selected and not selected - {"vocals", "drums"} and \
            re.search(r"\b(?:he|he's|his|him)\b", text):
        named = ["vocals"]
    return named


# a clause that sets the time of the question ("when the verse comes in, ...", "once she starts singing, ..."): a
# subordinate clause, no question of its own (a question's "when does ..." inverts its verb)
SETTING_CLAUSE = (r"(?:when|whenever|once|as soon as|after|while|as)\s+(?!(?:does|do|did|is|are|was|were|will|would|"
                  r"can|could|should|has|have|had)\b)")


# a clause that says where or when by what happens there ("the bar over the B chord, where she slows down into longer
# notes and climbs"): a relative clause, its verb not inverted, no question of its own (round 116's dm09 answered the
# tempo first, dev)
RELATIVE_CLAUSE = (r"(?:where|when)\s+(?!(?:does|do|did|is|are|was|were|will|would|can|could|should|has|have|had)\b)"
                   r"(?:she|he|they|it|we|you|the|his|her|their|its)\b(?!')")


DASH = re.compile(r"\s+(?:--?|\u2013|\u2014)\s+")
# what the producer is doing, said before a dash: the reason for the question, not what it asks
PURPOSE = (r"^(?:i'm |we're |i am |we are |just )?(?:building(?! up\b)|making|programming|writing|setting up|putting|"
           r"laying|doing|copying|doubling|adding|lining up|cutting|mapping|riding|choreographing|auditioning|booking|"
           r"replacing|tuning|layering|matching|getting (?=a |an |my |our |the |this |some )|thinking|trying|planning|"
           r"sampling|chopping|editing|(?:i )?(?:want|wanna|need|gonna|going to)(?: to)?)\b")


def _past_purpose(clause: str) -> str:
    """The part of a clause past a dash that follows the producer's purpose: "building a click and a shaker loop for
    this bit -- what's the tempo" asks the tempo (it was read as the purpose's drum pattern, and the tempo, where the
    one is and the bass's roots asked after it lost their place: the twenty-eighth session's read, dev)."""
    parts = DASH.split(clause, maxsplit=1)
    if len(parts) == 2 and re.match(PURPOSE, parts[0].lower()) and \
            not re.search(r"\b" + QUESTION_WORD, parts[0].lower()) and \
            re.search(r"\b" + QUESTION_WORD, parts[1].lower()):
        return parts[1]
    return clause


# a gap as the place a part is asked about ("what's the bass playing under that gap?"), not the gap asked
GAP_PLACE = (r"\b(?:under|in|into|during|through|over|across|inside) (?:the|that|this|those|these|her|his|their|each) "
             r"(?:gaps?|holes?|breaths?|rests?)\b")
PART_IN_GAP = r"\b(?:what|which)\b[^?]*\b(?:play\w*|doing|does|do)\b[^?]*" + GAP_PLACE
# a clause asking a pitched part's notes (no drum holds a note or sings)
PITCH_ASKED = (r"\bnotes?\b|\bpitch\w*|\bsing\w*|\bsang\b|\bsung\b|\bmelod\w*|\bheld\b|"
               r"\bhold(?:s|ing)? (?:it|that|them|on(?:to)?)\b")


def clause_asks(question: str | None, selected: set[str]) -> list[tuple[str, str, list[str]]]:
    """(asks, clause, named stems) for each clause of a compound question that asks something of its own, in order;
    fewer than two entries where the question asks one thing. A clause that names no stem, or points back with a
    pronoun ("is it on the beat?"), is also about the stems the question names."""
    whole = selected_named(question, selected)
    # a question about a part's room ("drop a guitar answer into her first breath -- where does she stop, ... how long
    # before she comes back in?") asks it in clauses that each read as events (a stop, an entry): they are its gaps
    # (round 88's ck12 got "the parts thin out", dev)
    room = asks_of(question, whole)[0] == "gaps"
    pitched = sorted(x for x in selected if x not in ("drums", MIX_STEM))
    out: list[tuple[str, str, list[str]]] = []
    for clause in (x.strip(" ,.") for x in CLAUSE_BREAK.split(question or "")):
        if len(clause.split()) < 2 or not (re.search(r"\b" + QUESTION_WORD, clause.lower()) or
                                           re.search(TAG_QUESTION, clause.lower())):
            continue  # "In the chorus, what's ..." : a place, not a question of its own
        if re.match(SETTING_CLAUSE, clause.lower()):
            continue  # "when the verse comes in at ten seconds, does the drummer dig in?": the time it asks about
        if re.match(RELATIVE_CLAUSE, clause.lower()):
            continue  # "the bar over the B chord, where she slows down into longer notes": which bar, no question
        named = selected_named(clause, selected)
        own = bool(named)
        if not named or re.search(r"\b(?:it|its|they|them|their)\b", clause.lower()):  # "is it in time with the drums?"
            named += [s for s in whole if s not in named]
        if not own and re.search(PITCH_ASKED, clause.lower()) and not [x for x in named if x != "drums"] and \
                len(pitched) == 1:
            # "he leans on one long note -- what note is it?" beside "is the drummer doing anything?": the note is
            # the one pitched part's, not the drums' the other clause names (round 91's cn03 got "the drums play
            # throughout", dev)
            named = pitched
        if not named and len(selected) == 1:  # one part selected: "what's the top note?" asks about it
            named = list(selected)
        asked = _past_purpose(clause)  # what the clause asks, past the producer's purpose where it leads
        asks, hit = asks_of(asked, named) if asked != clause else ("overview", None)
        if asks == "overview":
            asks, hit = asks_of(clause, named)
        if room and asks == "narrative" and re.match(r"stop|back in|comes? in|drop", hit or ""):
            asks = "gaps"  # (a stop or an entry; "and what happens after?" stays the events')
        if asks == "gaps" and own and re.search(PART_IN_GAP, clause.lower()):
            # "what's the bass playing under that gap?": the part's notes there, the gap its place (round 92's co07
            # got the singer's gap alone, dev)
            asks, hit = asks_of(re.sub(GAP_PLACE, " ", clause.lower()), named)
        if asks != "overview" and asks not in (a for a, _, _ in out):
            out.append((asks, clause, named))
    return out


ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8}
CARDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


# asked whether the band rushes, drags, speeds up or slows down: the beat's tempo across the window is said first
# (a drift asked beside pitch or tuning is the pitch's: "is she on pitch or drifting?" got the tempo first, the
# twentieth session's sweep on vocadito, dev); a part slowing down into longer notes is its rhythm, not the tempo's
# ("where she slows down into longer notes and climbs" got the tempo, round 116's dm09, dev)
# (a note dragged, by a pitch corrector or as a scoop, is no drag of the beat: "auto-tune set to G major -- which of his
# notes is it going to drag somewhere wrong?" got the tempo, round 71's bt05, dev; "does she drag the notes up into
# pitch?"; "does she drag behind the beat?" under an auto-tune is still the tempo's: the session's review)
PITCH_DRAG = (r"\bit(?:'s| is| will| would)? (?:(?:going|gonna) (?:to )?)?drag\b|"
              r"\bdrag (?:(?:his|her|their|the|any|some|which|those|these|my) )?(?:notes?|pitch(?:es)?)\b")
INTO_NOTES = r"(?! into (?:\w+ )?(?:notes?|values?|rhythms?|quarters?|quarter notes|half notes|whole notes)\b)"
TEMPO_WORDS = r"^(?!.*" + PART_RUSH + r").*\brush|^(?!.*(?:" + PITCH_DRAG + r")).*\bdrag|\bspeed(?:s|ing)? up\b|" \
    r"\bslow(?:s|ing)? down\b" + \
    INTO_NOTES + r"|" \
    r"^(?!.*(?:\b(?:pitch|pitchy|in tune|out of tune|tuning|intonation|flat|sharp|key)\b|" + SINGER_DRIFT + ")).*" \
    r"\bdrift(?!(?:s|ed|ing)? (?:\w+ )?(?:flat|sharp)\b)|" \
    r"\b(?:tempo|time) (?:steady|hold|stable|solid)|\b(?:steady|stable|solid) (?:tempo|time)\b"
# "what's the tempo, and is it steady enough to grid without warping?" (the fourteenth session's sweep on Rock, dev)
TEMPO_WORDS += r"|\btempo\b[^?]*\b(?:steady|stable|solid|consistent|even)\b|\bwarp\w*|\b(?:steady|consistent) enough\b"
# "the quiet part feels like it slows right down -- did the tempo actually drop, or do I keep the same grid?" (round
# 58's bg09, dev: got the meter)
TEMPO_WORDS += (r"|\bslow(?:s|ing|ed)? (?:(?!walk|slide|bend|run|climb|scale)\w+ )?down\b" + INTO_NOTES + r"|"
                r"\bspeed(?:s|ing|ed)? (?:\w+ )?up\b|"
                r"\btempo (?:\w+ )?(?:drop|change|shift|slow|speed)\w*|"
                r"\b(?:drop|change|shift)\w* (?:in |of )?(?:the )?tempo\b")


# "how many bars of intro before the band comes in?": a length asked up to an entry, not the window's own
ENTRY_ASKED = re.compile(r"\bbefore\b.*\b(?:comes?|coming|kicks?|enters?|joins?|starts?|drops?)\b(?: in\b)?|"
                         r"\buntil\b.*\b(?:comes?|kicks?|enters?|joins?) in\b")


def entry_parts(question: str | None, named: list[str]) -> list[str] | None:
    """Where the question asks the bars up to an entry, the named parts whose entry it asks: those named after
    "before" / "until" ("bars of drums and bass before the keys come in": the keys), else every part it names
    (none: the window's first entry). None where it asks no such thing."""
    if not question or not ENTRY_ASKED.search(question.lower()):
        return None
    tail = re.split(r"\bbefore\b|\buntil\b", question, maxsplit=1, flags=re.I)[-1]
    return [x for x in named_stems(tail) if x in named] or list(named)


# the end of the selection, asked as a place ("at the end of this bit", "how does this section end?"); not the song's
# end, a line's end or a phrase's (their own sentences)
WINDOW_END = (r"\b(?:at|towards?|near|by) the (?:very )?end(?: of (?:this|the|that) (?:bit|section|part|clip|window|"
              r"passage|loop|selection|stretch))?\b(?! of)|\bhow does (?:this|it|that|the) ?(?:bit|section|part|clip|"
              r"passage|stretch)? ?end\b|"
              # "how does the drummer end this bit?" (the twenty-fourth session's sweep on Shadows, dev)
              r"\b(?:end|ends|finish|finishes|close|closes|wrap|wraps) (?:up )?(?:this|the|that) (?:bit|section|part|clip|"
              r"passage|window|loop|stretch|selection)\b")


# a drift in tempo: "this bounce feels like it drags toward the end" asks the tempo, not the window's last bar (round
# 81's cd06, dev: it opened on the last bar's chord)
TEMPO_DRIFT = (r"\b(?:drag|drags|dragging|dragged|rush|rushes|rushing|rushed|slow|slows|slowing|slower|speed|speeds|"
               r"speeding|faster|tempo|bpm)\b")


# the bar next to the window's section change, named by it: "the bar before the change", "the first bar of the new
# section", "the bar after the chorus comes in"
# the last bar of a part of the song the window leaves, named by it: "where does the last bar of the stop start?" over
# the stop and the verse after it asked the stop's last bar, not the window's (round 73's bv10, dev: it got the verse's
# first bar, the window's last)
SECTION_LAST_BAR = (r"\b(?:last|final) (?:bar|measure) of (?:the |this |that |his |her |their )?"
                    r"(?:quiet |little |big )?(?:stop|break|breakdown|intro|solo|fill|hook|chorus|verse|bridge|"
                    r"pre-?chorus|head|drop|build|section|part)\b")
CHANGE_BAR = (r"\bbar (before|leading into|into|after|of|at) (?:the )?(?:section change|change|new section|next section|"
              r"chorus|verse|bridge|drop|switch)\b|\bfirst bar (of) (?:the )?(?:new|next) section\b")


def section_change(events, placed: bool = False):
    """The window's section change: its first 'section' event (with a bar, where ``placed``), or None."""
    return next((e for e in events if e.kind == "section" and (e.bar is not None or not placed)), None)


def bar_asked(question: str | None) -> int | None:
    """The bar a question names, as it names it: 3 for 'the third bar' or 'bar 3' (-1 for 'the last bar'), or
    None where it names none."""
    text = (question or "").lower()
    hit = re.search(r"\b(" + "|".join(ORDINALS) + r"|last|final) (?:bar|measure)\b", text)
    if hit:
        return -1 if hit.group(1) in ("last", "final") else ORDINALS[hit.group(1)]
    end = re.search(WINDOW_END, text)
    if end and not re.search(TEMPO_DRIFT, next((text[a:z] for a, z in clause_spans(text) if a <= end.start() < z), "")):
        return -1  # "what happens at the end of this bit?": its last bar; not "it drags toward the end" (the tempo)
    hit = re.search(r"\b(?:bar|measure) (\d+|" + "|".join(CARDINALS) + r")\b", text)
    if hit:
        return int(hit.group(1)) if hit.group(1).isdigit() else CARDINALS[hit.group(1)]
    return None


def bar_named(question: str | None, bars: list[int]) -> int | None:
    """The track's bar a question names among the window's ``bars``: 'the second bar' (of the window), 'the last
    bar', 'bar 41' (the track's numbering, as the findings give it; a number past the track's bars in the window
    but no larger than their count is the window's own count: 'bar 2' of a two-bar selection)."""
    n = bar_asked(question)
    if not bars or n is None:
        return None
    if n == -1:
        return bars[-1]
    if re.search(r"\b(" + "|".join(ORDINALS) + r") (?:bar|measure)\b", (question or "").lower()):
        # 'the third bar' counts the window's bars (it was read as the track's bar three where that lay in the
        # window: the window's first bar: the twenty-first session's sweep, dev)
        return bars[n - 1] if 1 <= n <= len(bars) else None
    return n if n in bars else bars[n - 1] if 1 <= n <= len(bars) else None


def bar_counted(question: str | None, bars: list[int]) -> int | None:
    """The window's own bar a question's 'bar three' may mean where the number is also a track's bar in the window
    (:func:`bar_named` reads the track's, as the findings number them): the window's third bar, where that is
    another bar ("what's the chord on the downbeat of bar three?" over the track's bars three to five got only the
    track's bar three, the window's first: the twenty-first session's sweep, dev). 'The third bar' counts the
    window's bars only, and needs no second reading."""
    n = bar_asked(question)
    numbered = re.search(r"\b(?:bar|measure) (?:\d+|" + "|".join(CARDINALS) + r")\b", (question or "").lower())
    if not numbered or n is None or n < 1 or n not in bars or n > len(bars) or bars[n - 1] == n:
        return None
    return bars[n - 1]


def chart_bar_numbers(analysis: WindowAnalysis) -> list[int]:
    """The window's bars as the findings number them: the chart's (at least half inside the window, as each
    part's bar notes are), else every bar with a beat inside."""
    grid = analysis.chord_grid
    if grid is None or not grid.bars:
        return list(analysis.bar_numbers or analysis.window.bars)
    # a bar no part plays a chord in (a singer's rest) has no chart row but is still a bar: the bars after it were
    # counted one early ("the third bar here" for the fourth: twelfth session, dev); so is a bar before the chart's
    # first chord (a bass coming in at the fifth bar was "the second bar here": the eighteenth session, dev)
    charted = [b.bar for b in grid.bars] + ([] if grid.bar_lines_moved_beats else list(analysis.bar_numbers))
    # (a chart whose bar lines moved with the harmony counts its own bars, numbered apart from the track's)
    return list(range(min(charted), max(charted) + 1))


def route(question: str | None, analysis: WindowAnalysis) -> Routing:
    stems = [s.stem for s in analysis.stems if not s.empty]
    reasons: list[str] = []
    text = (question or "").lower()
    plain = re.sub(KICK_IDIOM, " ", text)  # "kick up a gear" names no drum
    hits = {intent: [w for w in words if re.search(r"\b" + re.escape(w), plain)] for intent, words in WORDS.items()}
    scores = {intent: float(len(found)) for intent, found in hits.items()}
    for intent, found in hits.items():
        if found:
            reasons.append(f"question mentions {', '.join(found)} ({intent})")
    # what the selection implies
    if set(stems) and set(stems) <= {"bass", "drums"} and "drums" in stems:
        scores["groove"] += 0.5
        reasons.append("bass/drums selection: rhythm evidence leads")
    pitched = [s for s in analysis.stems if not s.empty and s.stem != "drums"]
    if len(stems) == 1 and pitched:
        scores["melody"] += 0.5
        reasons.append(f"a single melodic stem ({stems[0]}): pitch and phrase shape lead")
    if scores["overview"] > 0 or not text.strip():
        scores["overview"] += 0.75
        reasons.append("broad question: a narrative overview led by the foreground and the window's place in the form"
                       if text.strip() else "no question: overview")
    best = max(PRIORITY, key=lambda i: (scores[i], -PRIORITY.index(i)))
    if scores[best] == 0:
        best = "overview"
        reasons.append("no intent words matched: overview")
    named = selected_named(question, {x.stem for x in analysis.stems})
    if not named and len(stems) == 1 and re.search(r"\b(?:he|his|him|she|her|they|it)\b", text):
        # one part selected and a pronoun for it ("what's he playing in the second bar here?"): about that part
        named = list(stems)
    lead = analysis.results.h011
    if not named and lead.status == "ok" and lead.evidence.stem in stems and \
            re.search(r"^(?!.*\b(?:who|which)\b).*\bwhat\b[^?]*\bthe (?:lead|melody|tune|top line)\b", text):
        # "what notes is the lead playing?" names the line, not a stem: the part the melody is read from (Shadows'
        # lead guitar got the groove: the eighteenth session's sweep, dev)
        named = [lead.evidence.stem]
    if named:
        reasons.append(f"question names {', '.join(named)}: answered about them")
    focus = "overview"
    for name, words in FOCUS_WORDS.items():
        # (read past a purpose before a dash: "building a sample pack off this punk kit -- can I get a clean kick" is
        # no build to narrate, round 71's bt11, dev)
        found = [w for w in words if re.search(r"\b" + re.escape(w), _past_purpose(text))]
        if found:
            focus = name
            reasons.append(f"question mentions {', '.join(found)}: the answer leads with the "
                           f"{'narrative arc' if name == 'arc' else 'interaction between the parts'}")
            break
    clauses = clause_asks(question, {x.stem for x in analysis.stems})
    also: list[ClauseAsk] = []
    if len(clauses) >= 2:  # a compound question: each clause's ask answered in turn
        asks = clauses[0][0]
        also = [ClauseAsk(asks=k, clause=cl, named_stems=n) for k, cl, n in clauses[1:]]
        reasons.append("question asks " + ", then ".join(f"about {k.replace('_', ' ')} ('{cl}')" for k, cl, _ in clauses)
                       + ": the first sentences answer each in turn")
    else:
        # one part selected, none named: the question is about that part ("what's the highest note?" over a solo
        # piano got its phrase shape: the twenty-fourth session's sweep on the madmom piano clip, dev)
        solo = list(stems) if len(stems) == 1 and stems[0] != MIX_STEM else []
        asks, because = asks_of(question, named or solo)
        if len(clauses) == 1 and clauses[0][0] != asks and len(CLAUSE_BREAK.split(question or "")) > 1:
            # one clause asks; the rest says why ("..., and what's the top note? building a harmony under it"): the
            # asking clause decides, not a word in the reason ('harmony' read as a question about the chords)
            asks, because = clauses[0][0], clauses[0][1]
        if because:
            reasons.append(f"question asks about {asks.replace('_', ' ')} ('{because}'): the first sentence answers it")
    bar = bar_named(question, chart_bar_numbers(analysis))
    near = re.search(CHANGE_BAR, text)
    placed = section_change(analysis.events, placed=True)
    change = placed.bar if placed is not None else None
    if near and change is not None:  # (before "the first bar" read as the window's own first)
        # "what does the bass do in the bar before the section change?": that bar (the twenty-fourth session's sweep
        # on Beatles got the bass's manner, dev)
        bar = change - 1 if near.group(1) in ("before", "leading into", "into") else change
        bar = bar if bar in chart_bar_numbers(analysis) else None
    last_of = re.search(SECTION_LAST_BAR, text)
    if last_of:
        # the bar before the change that ends the part named: for a stop or a break, the window's last change (a new
        # section, a part coming in or back); for a section, the window's first section change (none: the window's
        # last bar, as asked). (The review: "the last bar of the chorus" got the bar before the drums came back.)
        order = chart_bar_numbers(analysis)
        stop = re.search(r"\b(?:stop|break|breakdown|drop|fill|solo)\b", last_of.group(0))
        kinds = ("section", "enters", "returns") if stop else ("section",)
        turns = [e.bar for e in analysis.events if e.kind in kinds and e.bar is not None and order and e.bar > order[0]]
        if turns:
            end = (max(turns) if stop else min(turns)) - 1
            bar = end if end in order else bar
    if bar is not None:
        reasons.append(f"question names bar {bar}: the answer is about that bar")
    counted = bar_counted(question, chart_bar_numbers(analysis))
    if counted is not None:
        reasons.append(f"the bar's number may count the window's bars: bar {counted} is said too")
    missing = bar_asked(question) if bar is None else None
    if missing is not None:
        reasons.append(f"question names a bar ({missing}) the window does not hold: said so first")
    tempo_asked = bool(re.search(TEMPO_WORDS, text))
    entry = entry_parts(question, named)
    # a shaker the producer will add is no part of the track: the kit's hats keep their name ("I'm adding a shaker
    # here -- where does the snare land?" read "the shaker or hi-hat" on Rock's hats: the fifteenth session's review)
    percussion = next((m for m in re.finditer(PERCUSSION_WORDS, text)
                       if not re.search(USED_INSTRUMENT, text[:m.start()])), None)
    if percussion:
        reasons.append(f"question names the {percussion.group(1)}: read in the "
                       f"{'snare' if is_stick(percussion.group(1)) else 'hi-hat'} class, said as both")
    return Routing(intent=best, reasons=reasons, question=question, named_stems=named, focus=focus, asks=asks,
                   also=also, bar=bar, bar_counted=counted, bar_missing=missing, tempo_asked=tempo_asked,
                   percussion_asked=percussion.group(1) if percussion else None, entry_parts=entry)
