"""Musical vocabulary, defined once at the bottom layer: stem names, note names, chord qualities, GM
drum classes, meter families, playable ranges, and the level thresholds every layer reads (silence,
bleed, a trusted key).

Every other module imports these names; none redefines them. This module imports nothing from the project.
"""

from __future__ import annotations

import re

# The stems a track is separated into (or brought as files, or rendered from MIDI); a part is written for one.
PART_STEMS: tuple[str, ...] = ("vocals", "bass", "drums", "guitar", "piano", "other")
# A mix loaded without separation (no Demucs weights here) is this one stem: pitched, its drum hits not separated.
MIX_STEM = "mix"
STEM_NAMES: tuple[str, ...] = PART_STEMS + (MIX_STEM,)
PITCHED_STEMS: tuple[str, ...] = tuple(s for s in STEM_NAMES if s != "drums")
PLURAL_NOUNS = {"drums", "vocals"}  # "the drums lock", "the vocals are": grammatically plural stem names


def possessive(name: str) -> str:
    """'vocals'' / 'bass's': a stem's name (or a list of them, by its last noun) as a possessive: a plural noun
    takes the apostrophe alone, a singular one 's even where it ends in s ("the bass's", not "the bass'")."""
    return name + ("'" if name.rsplit(" ", 1)[-1] in PLURAL_NOUNS else "'s")


def agrees(name: str, base: str) -> str:
    """A present-tense verb agreeing with a stem's name: 'the bass moves', 'the vocals move' ('base' is the plural
    form, 'move'; the s is added for a singular name, as for every verb the event details use)."""
    return base if name.rsplit(" ", 1)[-1] in PLURAL_NOUNS else base + "s"


# The words a question names each stem by (file names have their own, in analysis.ingest).
# A band instrument no stem is named for is heard in the 'other' stem (Demucs puts horns, strings, flutes and the
# like there): "what's the sax doing in bar three?" asks about that stem; "does the flute have vibrato?" over a track
# with no such stem was answered with the singer's vibrato as if hers were the flute's (the twenty-seventh session's
# sweep, dev).
BAND_INSTRUMENTS = ("flute", "flutes", "sax", "saxophone", "saxes", "trumpet", "trumpets", "trombone", "horn", "horns",
                    "brass", "violin", "violins", "fiddle", "cello", "harmonica", "clarinet", "accordion")
SPOKEN_STEM_WORDS: dict[str, tuple[str, ...]] = {
    "drums": ("drums", "drum", "drummer", "kick", "snare", "hi-hat", "hihat", "hats", "kit", "percussion", "cymbals",
              "ride", "toms", "rhythm section"),
    "bass": ("bass", "bassline", "bass line", "bassist", "rhythm section"),
    "vocals": ("vocal", "vocals", "voice", "singer", "singers", "singing", "vox", "vocalist"),
    "guitar": ("guitar", "guitars", "guitarist", "strumming"),
    "piano": ("piano", "keys", "keyboard", "keyboards", "pianist"),
    "other": ("pad", "strings", "synth") + BAND_INSTRUMENTS,
}
# "My flute player", "our sax", "for a flute", "writing a sax line": the producer's own player, no part of the track
# (round 58's bg03); so is one that is going to play ("the fiddle's going to play his last two lines back at him": round
# 65's bn04 got "This track has no fiddle stem", dev), and every later mention of one the producer writes for ("writing
# a sax line to sit above his comp ... don't want the sax ducking under him": round 65's bn05, dev). A verb of the
# producer's own, opening the ask or after I / we / to; "is the guitar doubling the sax?" asks of the track.
OWN_PLAYER = (r"(?:\b(?:my|our|for (?:a|an))\s+(?:[\w-]+\s+)?|"
              r"(?:^|[,.;?!]\s*|\s-+\s|\b(?:i|we|i'm|we're|i'll|we'll|i'd|to|gonna|wanna)\s+(?:\w+\s+)?)"
              r"(?:writ(?:e|ing)|add(?:ing)?|program(?:ming)?|record(?:ing)?|doubl(?:e|ing)|lay(?:ing)? down|"
              r"arrang(?:e|ing))\b[^,.;?!]*)$")
WILL_PLAY = r"^(?:'s|s)?\s+(?:players?\s+)?(?:is |are |'s )?(?:going to|gonna|wants? to)\b"
# a dash between clauses: spaced hyphens, two or more hyphens, an en or em dash ("counter-melody" is one word)
CLAUSE_DASH = r"\s-+\s|\s*(?:-{2,}|[\u2013\u2014])\s*"
# a clause asking what the track already holds ("does the flute already have vibrato?", "is there a sax on the song?",
# "does the track have strings?"): an instrument named there is the track's, even one the producer also plans ("I need
# some flute lines -- does the flute already have vibrato?" answered the singer's vibrato as the flute's: the twenty-
# ninth session's review)
TRACK_OWN_ASKED = (r"\balready (?:have|has|got|there|play|plays|playing|in it|on it)\b|"
                   r"\b(?:is|are) there (?:a |an |any |some )?(?:[\w-]+ ){0,3}(?:on|in) (?:the|this) "
                   r"(?:track|song|record|mix|tune)\b|"
                   r"\b(?:does|do) (?:the|this|it) (?:track |song |record |mix |tune )?(?:already )?(?:have|got)\b|"
                   # "writing a trumpet part -- what's the trumpet doing here?" asks the track's trumpet (the
                   # thirtieth session's review: no notice that the track has none)
                   r"\bwhat(?:'s| is| are| does| do)\s+(?:the|that|this)\s+(?:[\w-]+\s+){1,2}(?:doing|playing|play)\b")
# the words' singulars, as a sentence names the instrument ("where the horn would be heard")
BAND_SINGULAR = {"flutes": "flute", "saxes": "sax", "saxophone": "sax", "trumpets": "trumpet", "horns": "horns",
                 "violins": "violin"}


# an instrument the user will play a part on: "on a synth", "with a pad", "double them with strings" (a doubling
# verb, then what is doubled, then on/with), "drop guitar fills in the gaps"; "is the guitar doubled with the
# bass?" and "when does the drummer drop the kick?" still name the bass and the kick; "on my old poly synth": a word or
# two may describe it (round 49's ax04, dev)
USED_INSTRUMENT = (r"(?:\b(?:on|with) (?:a|an|my)\s+(?:[\w-]+\s+){0,2}|"
                   r"\b(?:doubl|layer|voic|arrang|program)\w*\s+(?:it|them|this|that|her|his|"
                   r"the (?:line|melody|notes|part))\s+(?:on|with)\s+(?:a |an |my |some |the )?|"
                   # "want to drop guitar fills in", "add strings", "sidechain a pad against him": what the user
                   # will put in
                   r"\b(?:add|drop|put|write|record|track|sidechain|duck)(?:s|ing)?\s+(?:in\s+)?(?:a |an |some |my )?)$")


# "what notes does he sing here?" names the singer by the verb alone (no stem was named, and the question fell to
# an overview: a sweep on Country1, dev); "what should I sing over this?" is the user's own voice, not the stem's.
# (a shout is sung: "what's he shouting?" named no part: the twenty-ninth session's review)
SUNG_VERBS = ("sing", "sings", "sang", "sung", "shout", "shouts", "shouted", "shouting")
OWN_VOICE = r"\b(?:i|we|you|i'll|i'd|i will|to|gonna|wanna)\s+$"


# "kick" as a verb names no drum: "where does this kick up a gear?" was answered about the drums (round 42's aq12, dev)
KICK_IDIOM = (r"\b(?:kicks|kicked|kicking) (?:in|up|off)\b|\bkick(?:s|ed|ing)? (?:it |things |this )?up a (?:gear|notch)\b|"
              r"\b(?:it|this|that|things|song|track|band|chorus|verse|hook) kicks? (?:in|off|up)\b")


# a synth's voice count names no singer: "gonna play his comp on my old 4-voice poly synth" was told "This track has no
# vocals stem" (round 49's ax04, dev)
VOICE_COUNT = (r"\b(?:\d+|one|two|three|four|five|six|eight|ten|twelve|sixteen)[- ]voices?\b|"
               r"\bvoices? of polyphony\b|\bpoly(?:phonic)? voices?\b")


def band_word_pattern(word: str) -> str:
    """A band instrument's word as a question names it ("fiddle" is no instrument in "fiddle with the EQ")."""
    return r"\b" + re.escape(word) + r"\b" + (r"(?! (?:with|around|about)\b)" if word == "fiddle" else "")


def owned(word: str, text: str) -> bool:
    """Whether a lower-cased question speaks of a band instrument (BAND_INSTRUMENTS) as the producer's own player
    anywhere ("my flute player wants to double her ... the flute's bottom note": both the producer's)."""
    return any(re.search(OWN_PLAYER, text[:m.start()]) or re.search(WILL_PLAY, text[m.end():])
               for m in re.finditer(band_word_pattern(word), text))


def clause_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of a question: the stretches between ? ; . , and dashes (CLAUSE_DASH)."""
    cuts = [(m.start(), m.end()) for m in re.finditer(r"[?;.,!]|" + CLAUSE_DASH, text)]
    starts = [0] + [z for _, z in cuts]
    ends = [a for a, _ in cuts] + [len(text)]
    return [(a, z) for a, z in zip(starts, ends) if z > a]


def track_own_clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of a lower-cased question that asks what the track already holds
    (TRACK_OWN_ASKED)."""
    return [(a, z) for a, z in clause_spans(text) if re.search(TRACK_OWN_ASKED, text[a:z])]


def track_own_referent(text: str) -> str | None:
    """The band instrument (BAND_INSTRUMENTS, singular) a clause asking what the track already holds means by a
    pronoun: where the clause names no part, the last one named before it ("I want to add a trumpet -- does it
    already have one?")."""
    for a, z in reversed(track_own_clauses(text)):
        clause = text[a:z]
        if named_instrument(clause) or any(re.search(r"\b" + re.escape(w) + r"\b", clause)
                                           for words in SPOKEN_STEM_WORDS.values() for w in words):
            continue
        before = [(m.start(), w) for w in BAND_INSTRUMENTS for m in re.finditer(band_word_pattern(w), text[:a])]
        if before and re.search(r"\b(?:one|any|it|them|those)\b", clause):
            word = max(before)[1]
            return BAND_SINGULAR.get(word, word)
    return None


def _asked_at(word: str, text: str) -> list[int]:
    """Where a lower-cased question names ``word`` as a part of the track: not an instrument the user will play on
    (USED_INSTRUMENT), nor a band instrument the question speaks of as the producer's own (:func:`owned`), but for
    one named in a clause asking what the track already holds (TRACK_OWN_ASKED)."""
    own = word in BAND_INSTRUMENTS and owned(word, text)
    track_own = track_own_clauses(text) if own else []
    return [m.start() for m in re.finditer(band_word_pattern(word), text)
            if not re.search(USED_INSTRUMENT, text[:m.start()]) and
            (not own or any(a <= m.start() < z for a, z in track_own))]


def named_instrument(question: str | None) -> str | None:
    """'flute': the first band instrument (BAND_INSTRUMENTS) a question names as a part of the track, if any."""
    text = (question or "").lower()
    found = [(at, w) for w in BAND_INSTRUMENTS for at in _asked_at(w, text)]
    return BAND_SINGULAR.get(min(found)[1], min(found)[1]) if found else None


def named_stems(question: str | None) -> list[str]:
    """The stems a question names, in the order it names them. An instrument the user will play (USED_INSTRUMENT)
    is not a part asked about: the server answered "The other is not in this selection" (round 16's h01, round
    19's f08)."""
    text = re.sub(KICK_IDIOM + "|" + VOICE_COUNT, lambda m: " " * len(m.group(0)), (question or "").lower())
    found = []
    for stem, words in SPOKEN_STEM_WORDS.items():
        hits = [at for w in words for at in _asked_at(w, text)]
        if stem == "vocals":
            hits += [m.start() for w in SUNG_VERBS for m in re.finditer(r"\b" + w + r"\b", text)
                     if not re.search(OWN_VOICE, text[:m.start()])]
        if hits:
            found.append((min(hits), stem))
    return [stem for _, stem in sorted(found)]


NOTE_NAMES = ["C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"]
LETTERS = "CDEFGAB"  # the note letters in order, and each one's pitch class unaltered (a spelling's steps)
NATURAL_PC = (0, 2, 4, 5, 7, 9, 11)
# A key is named as its signature is written, with the fewer accidentals: D flat major (five flats), not C
# sharp major (seven sharps); G sharp minor (five sharps), not A flat minor (seven flats). Where both have
# six (F sharp / G flat major, D sharp / E flat minor) the more usual name.
MAJOR_TONICS = ["C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"]
MINOR_TONICS = ["C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B"]


def key_tonic(pitch_class: int, mode: str) -> str:
    """'Db' for D flat major, 'G#' for G sharp minor: a key's tonic, spelled as its signature is."""
    return (MINOR_TONICS if mode == "minor" else MAJOR_TONICS)[pitch_class % 12]


def key_name(pitch_class: int, mode: str) -> str:
    """'Db major', 'G# minor': the key with ``pitch_class`` as its tonic, spelled as its signature is."""
    return f"{key_tonic(pitch_class, mode)} {mode}"


def home_weight(key: tuple[int, bool], chords: list[tuple[int, bool]], lengths: list[float],
                by_root: bool = False) -> float:
    """How strongly a chord sequence makes ``key`` ((tonic pitch class, minor)) its home, as a listener hears one:
    the time its tonic chord sounds (in ``lengths``' unit: bars, or chords of typical length), one for each time
    its dominant resolves to it (V-I, the cadence that defines a key), and a half each for opening and closing on
    it. ``chords``: (root pitch class, minor) in order, one per entry of ``lengths``. ``by_root``: a chord on the
    tonic's root counts whatever its third (a minor song's last chord is often major, a Picardy third: weighing a
    key against its relative, whose tonics differ in root, the root is what tells them apart)."""
    if not chords:
        return 0.0
    tonic = [c[0] == key[0] if by_root else c == key for c in chords]
    held = sum(n for c, n in zip(tonic, lengths) if c)
    cadences = sum(1 for x, y in zip(chords, tonic[1:]) if y and x == ((key[0] + 7) % 12, False))
    return held + cadences + 0.5 * tonic[0] + 0.5 * tonic[-1]
PITCH_CLASS = {"C": 0, "B#": 0, "C#": 1, "Db": 1, "D": 2, "D#": 3, "Eb": 3, "E": 4, "Fb": 4, "F": 5, "E#": 5,
               "F#": 6, "Gb": 6, "G": 7, "G#": 8, "Ab": 8, "A": 9, "A#": 10, "Bb": 10, "B": 11, "Cb": 11}


def note_number(name: str) -> int:
    """'Ab2' -> 44: the MIDI number of a note name with its octave (as heuristics.describe writes them)."""
    letters = name.rstrip("0123456789").rstrip("-")
    return PITCH_CLASS[letters] + 12 * (int(name[len(letters):]) + 1)

# Chord qualities in mir_eval syntax -> intervals above the root (semitones).
CHORD_QUALITIES: dict[str, tuple[int, ...]] = {
    "maj": (0, 4, 7), "min": (0, 3, 7), "7": (0, 4, 7, 10), "maj7": (0, 4, 7, 11), "min7": (0, 3, 7, 10),
    "sus4": (0, 5, 7), "sus2": (0, 2, 7), "5": (0, 7), "dim": (0, 3, 6), "aug": (0, 4, 8),
    "maj6": (0, 4, 7, 9),  # (a window's chart names it; the stored chord reading's templates do not hold it)
}
INVERSION_STEPS = {"3": 4, "b3": 3, "5": 7, "b7": 10, "7": 11}


def parse_chord(label: str) -> tuple[int, str, int | None] | None:
    """``"A:min7/b7"`` -> (root pc, quality, bass pc or None); None for no-chord / unknown labels."""
    if not label or label in ("N", "X") or ":" not in label:
        return None
    root_name, rest = label.split(":", 1)
    quality, _, inversion = rest.partition("/")
    if root_name not in PITCH_CLASS or quality not in CHORD_QUALITIES:
        return None
    root = PITCH_CLASS[root_name]
    bass = (root + INVERSION_STEPS[inversion]) % 12 if inversion in INVERSION_STEPS else None
    return root, quality, bass


def chord_tones(label: str) -> set[int]:
    """Pitch classes of a chord label (empty for N / X / unknown)."""
    parsed = parse_chord(label)
    if parsed is None:
        return set()
    root, quality, _ = parsed
    return {(root + i) % 12 for i in CHORD_QUALITIES[quality]}


def chord_label(root: int, quality: str, bass: int | None = None) -> str:
    inv = ""
    if bass is not None and bass != root:
        step = (bass - root) % 12
        inv = next((f"/{k}" for k, v in INVERSION_STEPS.items() if v == step), "")
    return f"{NOTE_NAMES[root % 12]}:{quality}{inv}"


# General MIDI percussion: which key numbers make each drum class.
DRUM_CLASSES: dict[str, tuple[int, ...]] = {
    "kick": (35, 36),
    "snare": (37, 38, 39, 40),
    "hihat": (42, 44, 46),
    "tom": (41, 43, 45, 47, 48, 50),
    "cymbal": (49, 51, 52, 53, 55, 57, 59),
}
KICK_NOTES = DRUM_CLASSES["kick"]
DRUM_NOTE = {"kick": 36, "snare": 38, "hihat": 42, "tom": 45, "cymbal": 49}  # the key a detected hit is written as
# A detected hi-hat-class hit that rings on instead of being choked (an open hat, or a ride the drummer keeps
# time on: the two are not told apart from the audio) is written as GM's open hi-hat, still in the class.
RINGING_HAT_NOTE = 46
# A detected snare-class hit that clicks and dies at once (a side-stick, or cross-stick: no wire buzz after it) is
# written as GM's side-stick, still in the snare class (the backbeat's role).
SIDE_STICK_NOTE = 37


# Meters: the ones whose pulse is felt in threes (compound or triple) gate the duple-only heuristics.
TRIPLE_OR_COMPOUND = ("3/4", "3/8", "6/8", "9/8", "12/8")
COMPOUND_METERS = ("6/8", "9/8", "12/8")  # a beat of three eighths, a dotted quarter
# Irregular bars the audio meter can read (5/4, 7/4): beats a bar.
IRREGULAR_BEATS_PER_BAR = (5, 7)


def beat_unit(numerator: int, denominator: int) -> tuple[int, float]:
    """(beats a bar counts, the beat in quarter notes) of a time signature: compound meters (6/8, 9/8,
    12/8; 6/16, 12/16) count dotted values, the others the note of their denominator (6/4: six
    quarters, as a band plays a bar of six)."""
    if denominator >= 8 and numerator % 3 == 0 and numerator > 3:
        return numerator // 3, 12.0 / denominator
    return numerator, 4.0 / denominator


# Playable range (MIDI pitches, low to high) of a part written for each stem.
PLAYABLE_RANGE: dict[str, tuple[int, int]] = {"bass": (28, 67), "vocals": (55, 84), "piano": (45, 96),
                                              "guitar": (40, 88), "other": (48, 96), "drums": (35, 59)}

# A window's key (a Krumhansl-Kessler profile correlation) is trusted from this correlation up.
TRUSTED_KEY_CORRELATION = 0.6

# Levels (dB). A 50 ms frame, or a whole stem's RMS (dBFS), under SILENT_FRAME_DB is silence. A frame whose level lies BLEED_MARGIN_DB
# or more under another stem's, with that stem's spectral shape, is that stem's bleed (what a separator
# or a live room leaves), not this stem playing.
# A note struck this little before a window's start is the window's first beat played a hair early (a chord on a
# downbeat read 5 ms ahead of it was left out of a window starting on that downbeat: its first bar charted with
# the next bar's chord, round 22's c08): a window reads it, heard from its start.
WINDOW_EARLY_S = 0.03
# ... and a beat this little before a window's start is its first beat (a tenth of a beat, at most 50 ms, at least
# WINDOW_EARLY_S: the tolerance an onset ahead of a beat is read on it with): a window dragged 5 ms past a downbeat lost
# the kick and crash measured 9 ms inside it (round 83's cf04), one 15 ms past a tracked downbeat 35 ms early its kick
# (round 84's cg05; both dev)
WINDOW_BEAT_EARLY, WINDOW_BEAT_EARLY_MAX_S = 0.1, 0.05


def window_beat_early_s(period_s: float | None) -> float:
    """How far before a window's start a beat may lie and still be the window's first (WINDOW_BEAT_EARLY)."""
    return max(WINDOW_EARLY_S, min(WINDOW_BEAT_EARLY * (period_s or 0.5), WINDOW_BEAT_EARLY_MAX_S))


SILENT_FRAME_DB = -60.0
FEATURE_HOP_S = 0.05  # the stored frames' step (level, centroid, f0 per stem)
BLEED_MARGIN_DB = 15.0
BLEED_SHAPE_SIMILARITY = 0.8
NOISE_FLOOR_MARGIN_DB = 6.0
UNDER_OWN_LEVEL_DB = 30.0  # wider than the dynamic range a part plays with inside one song (pp to ff in a stem)


def holds_voice_alone(stems) -> bool:
    """A track whose stems holding sound are a voice and nothing else: no instrument keeps its time or its tuning."""
    return bool(stems) and set(stems) <= {"vocals"}
