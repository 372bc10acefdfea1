"""Sentences that answer a producer's question directly: the meter, the drum pattern, the chords, the
key, who carries the window, what happens inside it, what one part is doing.

Each is written from typed measurements (heuristics.describe) and obeys the summary's rules: plain
words, no digits, no ids. Where the measurement is missing the builder returns None and the summary
falls back to what it can say.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from analysis.core.vocabulary import PITCH_CLASS, PLURAL_NOUNS
from heuristics.describe import STRETCH_READINGS, count_word, spoken_list
from heuristics.models import ChordGrid, DrumPattern, Event, MeterReading, Presence

# the ringing timekeeper's words and the backbeat-alone pattern: frames.models keys the text's drum pattern with them
from .models import BACKBEAT_ONLY, RINGING_HAT_WORDS

METER_WORDS = {"6/8": "six-eight", "3/4": "three-four", "4/4": "four-four", "12/8": "twelve-eight",
               "2/4": "two-four", "9/8": "nine-eight", "2/2": "two-two", "3/8": "three-eight",
               "5/4": "five-four", "7/4": "seven-four"}
CLASS_WORDS = {"kick": "kick", "snare": "snare", "hihat": "hi-hat", "tom": "toms", "cymbal": "cymbals"}
SIDE_STICK_WORD = "side-stick"  # the snare class where its hits click with no wires after them (snare_clicks)


def class_word(cls: str, p: DrumPattern | None, percussion: str | None = None) -> str:
    """What a drum class is called in this window: the hi-hat class as "ride or open hi-hat" where most of
    its hits ring on (:attr:`DrumPattern.hihat_rings`); as "tambourine or hi-hat" where the question names a
    hand percussion (``percussion``: :attr:`Routing.percussion_asked`), which the drum reading hears in it, or where
    it plays on two and four alone; the snare class as the side-stick where most of its hits here click and die with
    no wires after them (:attr:`DrumPattern.snare_clicks`), and where the question names a side-stick and they ring
    on, as a snare said to ring on."""
    from .routing import is_stick

    clicks = cls == "snare" and p is not None and p.snare_clicks
    if is_stick(percussion) and cls == "snare" and not clicks:
        # a side-stick is heard in the snare class; read as a snare where its hits ring on after the stick
        return (f"snare (its hits ring on after the stick as a snare's wires do, not a {percussion}'s short click; "
                "a room's reverb can lengthen a click, so hear it to be sure)")
    if is_stick(percussion):
        return class_word(cls, p) if cls != "snare" else SIDE_STICK_WORD
    word = SIDE_STICK_WORD if clicks else \
        RINGING_HAT_WORDS if cls == "hihat" and p is not None and p.hihat_rings else CLASS_WORDS[cls]
    if cls == "hihat" and not percussion and p is not None and not p.hihat_rings and \
            p.pattern.get("hihat") == BACKBEAT_ONLY:
        # a timekeeper on the backbeat alone is a tambourine as often as a hat (a sixties kit's tambourine on two
        # and four, named a hi-hat in rounds 8, 14, 30 and 32: the Beatles' kit has no hat), so both are named
        percussion = "tambourine"
    return f"{percussion} or {word} (the drum reading does not tell them apart)" if cls == "hihat" and percussion \
        else word


def adjective(stem: str) -> str:
    return {"vocals": "vocal"}.get(stem, stem)


def names(stems: list[str]) -> str:
    return spoken_list(stems)


def plural(stems: list[str]) -> bool:
    """Whether "the <stems>" takes a plural verb."""
    return len(stems) > 1 or (len(stems) == 1 and stems[0] in PLURAL_NOUNS)


def verb(stems: list[str], singular: str, plural_form: str) -> str:
    return plural_form if plural(stems) else singular


def its(stems: list[str]) -> str:
    """'its' / 'their': the possessive pronoun for "the <stems>"."""
    return "their" if plural(stems) else "its"


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- meter ----------------------------------------------------------------------------------------------------
def meter_sentence(m: MeterReading | None) -> str | None:
    if m is None or not m.words:
        return None
    return f"This is {m.words}."


def tempo_sentence(m: MeterReading | None) -> str | None:
    """Whether the beat speeds up or slows down across the window (rushing, dragging, a drifting tempo)."""
    if m is None:
        return None
    if m.tempo_trend is None:  # asked, and not read: said, not left to silence
        return ("Whether the tempo holds cannot be read here: the beat followed through this window moves too "
                "unevenly, or too few beats are played, to tell a drift from the tracking.")
    if m.tempo_trend == "steady":
        return "The tempo holds steady across the window, neither speeding up nor slowing down."
    return f"The tempo {m.tempo_trend} across the window."


def meter_evidence_sentence(m: MeterReading | None, p: DrumPattern | None) -> str | None:
    if m is None or not m.label:
        return None
    alt = (m.alternative or "").split(" ")[0]
    alt_words = METER_WORDS.get(alt)
    # what the off-beats show of how a beat divides
    even = m.subdivision in ("straight eighths", "swung eighths", "sixteenths")
    if m.label == "6/8" and "the song as a whole reads 12/8" in (m.alternative or ""):
        # the same music read two ways: said as such, not as if the accents settled it
        return ("It reads as six-eight because the kick, snare and bass repeat every two beats, but the song as a "
                "whole reads twelve-eight, its chords changing every four beats: the same music, two of these bars "
                "to one of its.")
    if m.label == "6/8":
        why = "the accents group the eighths in threes, two groups to the bar"
    elif m.label == "12/8":
        why = "every beat is split into three even parts"
    elif m.label == "3/4":
        why = "the accents come every three beats" + (", each beat split in two" if even else "")
    elif m.label in ("5/4", "7/4"):
        why = f"the accents come every {'five' if m.label == '5/4' else 'seven'} beats, a bar no four-beat grouping fits"
    elif m.label in ("4/4", "2/4"):
        why = ("the beats split in two, with the accents grouping them " if even else "the accents group the beats ") + \
            ("in fours" if m.label == "4/4" else "in twos")
    else:
        why = "of how the accents group the beats"
    if m.swing_ratio is not None and m.swing_ratio >= 1.4 and m.label in ("4/4", "2/4", "3/4"):
        why += ", and the off-beat eighths are swung"
    if alt_words:
        return f"It reads as {METER_WORDS.get(m.label, 'this meter')} rather than {alt_words} because {why}."
    return f"It reads this way because {why}."


# -- drum pattern ---------------------------------------------------------------------------------------------
def pattern_sentence(p: DrumPattern | None, lead: str | Sequence[str] | None = None,
                     percussion: str | None = None) -> str | None:
    """The window's drum pattern, class by class: the classes in ``lead`` (those the question names, in its order)
    first and never cut, then the rest up to three classes in all, and past three any struck in its own place once
    a bar or more."""
    if p is None or not p.pattern:
        return None
    asked = [c for c in ([lead] if isinstance(lead, str) else list(lead or ())) if c in p.pattern]
    lead_class = asked[0] if asked else None
    # the kick and the snare first, then whatever else the kit plays most (a tom break's toms before two stray
    # hats); a class with no place of its own ("in scattered places") last
    rest = sorted((c for c in ("hihat", "cymbal", "tom") if c in p.pattern),
                  key=lambda c: ("scattered" in p.pattern[c], -(p.hits or {}).get(c, 0)))
    order = [c for c in ("kick", "snare") if c in p.pattern] + rest
    if asked:
        order = list(dict.fromkeys(asked + order))
        # the cymbals asked, a ringing "hat" is one of them (a ride kept as the timekeeper, or an open hat): said next
        # ("what's the drummer doing on the cymbals?" over Shadows' ride left it out: the twenty-fifth session's sweep)
        if lead_class == "cymbal" and p.hihat_rings and "hihat" in order:
            order.remove("hihat")
            order.insert(1, "hihat")
    # three classes at least, every asked one, and any other struck in its own place once a bar or more (a tambourine on
    # two and four, fourth after the snare, toms and kick asked about, was cut, and the reader took it for a hi-hat
    # from the typed pattern's key: round 87's cj01, dev)
    # (once in each whole bar: a bar the window only touches is not one the class could be struck in, and the Beatles'
    # floor tom on the and of four of both whole bars was cut for the kick on the next downbeat, 17.45-21.84 s, the
    # thirty-fourth session's review)
    said = max(3, len(asked))
    order = order[:said] + [c for c in order[said:] if "scattered" not in p.pattern[c] and
                            (p.hits or {}).get(c, 0) >= max(len(p.whole_bars) or p.bars, 1)]
    parts = [f"the {class_word(c, p, percussion)} {p.pattern[c]}" for c in order]
    body = spoken_list(parts)
    first = order[0]
    verb_word = "play" if first in ("tom", "cymbal") else "plays"
    head, _, rest = body.partition(" " + p.pattern[first])
    return capital(f"{head} {verb_word} {p.pattern[first]}{rest}.")


# -- harmony --------------------------------------------------------------------------------------------------
SPOKEN_QUALITY = (("maj7", " major seven"), ("m7", " minor seven"), ("sus4", " sus four"), ("sus2", " sus two"),
                  ("dim", " diminished"), ("aug", " augmented"), ("7", " seven"), ("5", " five"), ("m", " minor"),
                  ("6", " six"))


def spoken_chord(symbol: str) -> str:
    """'Am' -> 'A minor', 'G7' -> 'G seven', 'F/A' -> 'F over A', 'Bb' -> 'B flat'."""
    main, _, bass = symbol.partition("/")
    root = main[:2] if len(main) > 1 and main[1] in "#b" else main[:1]
    quality = main[len(root):]
    words = _note(root) + next((w for q, w in SPOKEN_QUALITY if quality == q), "")
    return words + (f" over {_note(bass)}" if bass else "")


def spoken_note(name: str) -> str:
    """'Db2' -> 'D flat', 'F#3' -> 'F sharp', 'A2' -> 'A': a note name without its octave, as a player says it."""
    return _note(name.rstrip("0123456789-"))


# a key as a chart writes it ("C# minor", "Bb major") inside a sentence, said as a player says it ("C sharp minor"): the
# chords were spoken, the keys beside them written ("It centres on C# minor here" after "C sharp minor, A, B": the
# twenty-fourth session's sweep on ft_ballad_csm76, dev)
WRITTEN_KEY = re.compile(r"\b([A-G])([#b]) (major|minor|Dorian|Mixolydian|Lydian|Phrygian|Locrian|Aeolian)\b")


def spoken_keys(text: str) -> str:
    """Every key written with a sharp or flat sign in ``text``, spelled out: 'C# minor' -> 'C sharp minor'."""
    return WRITTEN_KEY.sub(lambda m: f"{m[1]} {'sharp' if m[2] == '#' else 'flat'} {m[3]}", text)


def _note(name: str) -> str:
    return name.replace("#", " sharp").replace("b", " flat") if len(name) > 1 else name


def chart_chord_words(symbol: str, implied: bool) -> str:
    """A chart symbol as said: a line's bar of one pitch class is charted as its root ("F5") and said as the root it
    plays."""
    return spoken_chord(symbol[:-1] if implied and symbol.endswith("5") and "/" not in symbol else symbol)


def chords_sentence(chart: ChordGrid | None, stems: list[str]) -> str | None:
    if chart is None or not chart.progression:
        return None
    seq = [chart_chord_words(c, chart.implied) for c in chart.progression]
    seq = _fold_repeats(seq)
    listed = spoken_list(seq)
    who = f"The {adjective(stems[0])} line outlines" if chart.implied and len(stems) == 1 else "The chords run"
    if len(chart.progression) == 1:
        return f"{'The line outlines' if chart.implied else 'The harmony holds'} {seq[0]} throughout the window."
    if len(chart.progression) <= 3 and len(chart.bars_each) == len(chart.progression):
        # two or three chords cannot show a pace ("G minor and F, a new chord every four bars" over four bars):
        # how long each lasts (the last may run on past the window)
        held = [f"{c} for {_bars_words(n)}" for c, n in zip(seq[:-1], chart.bars_each[:-1])]
        # the pace where it shows: a whole chord between two (three chords), or two chords as long as each other
        each = chart.bars_each
        # (the first may start before the window, so be shorter, never longer: "E flat major seven for about four
        # bars, then F minor for about a bar, then A flat major seven, a new chord every bar" over GuitarSet's comp,
        # the twenty-fourth session's sweep, dev)
        paced = (each[0] <= each[1] + 0.25 if len(each) == 3 else abs(each[0] - each[1]) <= 0.25)
        if each[-1] >= 2 * max(each[:-1]) + 0.5:
            # a last chord held far longer than the others is said with its length, not under a pace it breaks ("A
            # flat, then E flat, then F minor, a new chord every bar" over F minor held four bars: the answer to
            # round 41's ap08 noted it, dev)
            return f"{who} {', then '.join(held)}, then {seq[-1]} for {_bars_words(each[-1])}."
        return f"{who} {', then '.join(held)}, then {seq[-1]}{', ' + chart.harmonic_rhythm if paced else ''}."
    each = chart.bars_each
    if len(seq) == len(each) >= 4 and each[-1] >= 2 * max(each[1:-1]) + 0.5:
        # ... and among more chords too: "E flat major seven, A flat, A flat major seven and E flat major seven, a
        # new chord every bar" over the last held three bars (round 80's cc03 answer helper, dev)
        return (f"{who} {spoken_list(seq[:-1])}, {chart.harmonic_rhythm}, then {seq[-1]} for "
                f"{_bars_words(each[-1])}.")
    return f"{who} {listed}, {chart.harmonic_rhythm}."


def _bars_words(bars: float) -> str:
    """'about three bars', 'about a bar and a half', 'about half a bar': a length to the nearest half bar."""
    whole, half = divmod(max(1, round(2 * bars)), 2)
    if not whole:
        return "about half a bar"
    return f"about {'a bar' if whole == 1 else count_word(whole) + ' bars'}{' and a half' if half else ''}"


def loop_run(seq: Sequence, size: int) -> int:
    """How many of ``seq``'s first items repeat its first ``size`` in order (the whole sequence where it goes round
    to its end): a loop goes round ``loop_run // size`` times."""
    return next((i for i, x in enumerate(seq) if x != seq[i % size]), len(seq))


def _fold_repeats(seq: list[str]) -> list[str]:
    """A progression played round again is said once, with how many times round: 'then round again' (twice),
    'three times round', and a last round the window cuts short 'and on into another round' (eight bars of D flat,
    A flat, E flat, A flat and on read as the chords one by one and 'and on', with no word that they go round: the
    twenty-first session's sweep on ft_drive_ab152, dev)."""
    # a loop that goes round at least twice and then breaks off into other chords: the loop said once with its
    # rounds, then the rest ("D flat, A flat, D flat, A flat, D flat, A flat, D flat and A flat and on" left out the
    # E flat and A flat that close the block: the thirty-seventh session's sweep on ft_drive_ab152, dev)
    best = None
    for size in range(2, len(seq) // 2 + 1):
        run = loop_run(seq, size)
        rounds, extra = divmod(run, size)
        said = ", then round again" if rounds == 2 else f", {count_word(rounds)} times round"
        if run == len(seq):  # round and round to the window's end
            return seq[:size - 1] + [seq[size - 1] + said + (" and on into another round" if extra else "")]
        if rounds >= 2 and (best is None or rounds * size > best[0] * best[1]):
            best = (rounds, size, said)
    if best is not None and len(seq) - best[0] * best[1] <= 4:
        rounds, size, said = best
        rest = seq[rounds * size:]
        return seq[:size - 1] + [seq[size - 1] + said] + ["then " + rest[0]] + rest[1:]
    if len(seq) > 8:
        return seq[:7] + [seq[7] + " and on"]
    return seq


def key_sentence(window_key: str | None, track_key: str | None, clear: bool = True) -> str | None:
    """The window's key beside the song's; a window key that is not clear (``clear``: Harmony.key_clear) and differs
    from the song's only leans: a punk shouter's fourteen notes in a G major song were said to "centre on G sharp
    minor here" (the thirty-sixth session's sweep, dev)."""
    if not window_key:
        return None
    if track_key and window_key == track_key:
        return f"It centres on {window_key}, which is also the song's key."
    if track_key and not clear and _relative(window_key, track_key):
        # a lean toward the song key's relative is no other key: the same notes, the song's home (a solo voice's lines
        # ending on B flat, her notes leaning G minor in a B flat major song, read "not clear ... lean toward G minor":
        # round 96's cs06, dev)
        other = "minor" if window_key.endswith("minor") else "major"
        return (f"The song's key, {track_key}, fits this window; its notes alone lean toward {window_key}, its "
                f"relative {other} (the same key signature).")
    if track_key and not clear:
        return (f"Its key is not clear from this window alone (its notes lean toward {window_key}); the song as a "
                f"whole is in {track_key}.")
    if track_key:
        return f"It centres on {window_key} here, while the song as a whole is in {track_key}."
    return f"It centres on {window_key}."


def _relative(key: str, other: str) -> bool:
    """Whether two keys ('G minor', 'Bb major') are relatives: the same key signature, the other mode."""
    (t1, m1), (t2, m2) = key.split(), other.split()
    if m1 == m2 or t1 not in PITCH_CLASS or t2 not in PITCH_CLASS:
        return False
    minor, major = (PITCH_CLASS[t1], PITCH_CLASS[t2]) if m1 == "minor" else (PITCH_CLASS[t2], PITCH_CLASS[t1])
    return (minor + 3) % 12 == major


# -- presence and who carries ---------------------------------------------------------------------------------
def carry_sentence(ps: list[Presence], named: list[str]) -> str | None:
    by = {p.stem: p for p in ps}
    carrier = next((p for p in ps if p.carries), None)
    asked = [by[s] for s in named if s in by]
    if carrier is None:
        if asked and all(p.sounding_share == 0 for p in asked):
            return f"Neither the {names([p.stem for p in asked])} plays here, so nothing carries this passage."
        return None
    others = [p for p in (asked or ps) if p.stem != carrier.stem and p.stem != "drums"]
    lead = f"The {carrier.stem} {verb([carrier.stem], 'carries', 'carry')} this passage: {_pronoun(carrier.stem)} " \
           f"{_reading(carrier)}"
    if others:
        o = min(others, key=lambda p: p.sounding_share)
        lead += f", while the {o.stem} {_other_reading(o).replace(' it', ' ' + _object(carrier.stem))}"
    return lead + "."


def _object(stem: str) -> str:
    return "them" if stem in PLURAL_NOUNS else "it"


def _pronoun(stem: str) -> str:
    return "they" if stem in PLURAL_NOUNS else "it"


MOST_SHARE = 0.6  # "most of the window": clearly more than half of it


def _reading(p: Presence) -> str:
    if p.sounding_share >= 0.85:
        if p.stem == "vocals":
            return "sing throughout"
        return "plays throughout" if p.stem not in PLURAL_NOUNS else "play throughout"
    if p.sounding_share >= MOST_SHARE:
        return "sounds through most of the window" if p.stem not in PLURAL_NOUNS else \
            "sound through most of the window"
    if p.sounding_share >= 0.5:  # half the window is not "most" of it (ft_drive_e24's hook: four calls with tails)
        return "sounds through about half of the window" if p.stem not in PLURAL_NOUNS else \
            "sound through about half of the window"
    return "stands out clearly over the others" if p.stem not in PLURAL_NOUNS else "stand out clearly over the others"


def _other_reading(p: Presence) -> str:
    pl = p.stem in PLURAL_NOUNS
    if p.sounding_share == 0:
        return "stay silent" if pl else "stays silent"
    if p.sounding_share < 0.35:
        head = p.reading.split(",")[0]
        if head.startswith(STRETCH_READINGS):
            return _stretch_words(head, pl)
        if head.startswith(("one", "two", "three")):
            return f"only {'come' if pl else 'comes'} in for {head}"
        return f"only {'come' if pl else 'comes'} in briefly"
    if (p.level_db_vs_loudest or 0) <= -6:
        return f"{'sit' if pl else 'sits'} well under it"
    return f"{'play' if pl else 'plays'} alongside it"


def _stretch_words(head: str, plural: bool) -> str:
    if not plural:
        return head
    for one, many in (("comes in", "come in"), ("plays on", "play on"), ("plays from", "play from"),
                      ("stops", "stop")):
        head = head.replace(one, many)
    return head


def presence_sentence(p: Presence) -> str:
    pl = p.stem in PLURAL_NOUNS
    if p.sounding_share == 0:
        return f"The {p.stem} {'are' if pl else 'is'} silent in this window."
    reading = p.reading
    if reading.startswith(STRETCH_READINGS):  # where it comes in or stops: that is the sentence
        return f"The {p.stem} {_stretch_words(reading.split(',')[0], pl)}."
    if reading.startswith(("one", "two", "three", "brief")):
        return f"The {p.stem} only {'come' if pl else 'comes'} in for {reading.split(',')[0]} here."
    verb_word = {"plays throughout": "play throughout" if pl else "plays throughout",
                 "plays most of the window": "play most of the window" if pl else "plays most of the window"}
    return f"The {p.stem} {verb_word.get(reading, reading)}" + (
        f" in a {p.register_range.split(' ')[0]} register." if p.register_range else ".")


# -- events ---------------------------------------------------------------------------------------------------
def _where(e: Event, start_s: float, duration_s: float) -> str:
    return where_words(e.time_s, start_s, duration_s)


def where_words(time_s: float, start_s: float, duration_s: float) -> str:
    """Where in the window a time falls, in words: 'right at the start', 'early on', ..., 'right at the end' (a stop a
    third of the way in was 'around the middle', beside a change halfway through said the same way: the twenty-third
    session's sweep on ft_swing_g1208, dev)."""
    x = (time_s - start_s) / duration_s if duration_s else 0.0
    return ("right at the start" if x < 0.08 else "early on" if x < 0.25 else "a third of the way in" if x < 0.4 else
            "around the middle" if x < 0.6 else "two thirds of the way in" if x < 0.72 else "later on" if x < 0.9 else
            "right at the end")


GROUP_WORDS = (("section", "a new section begins"), ("level_up", "the level jumps up"), ("level_down", "the level drops"),
               ("fill", "the drums play a fill"), ("break", "the drums carry on alone in a break"),
               ("denser", "the parts get busier"), ("sparser", "the parts thin out"))
EVENT_ORDER = ("section", "enters", "drops_out", "returns", "stops", "plays_differently", "level_up", "level_down",
               "fill", "break", "denser", "sparser")


REPEATED_FILLS = 3  # fills in this many bars are said once, as a pattern


def events_sentence(events: list[Event], start_s: float, duration_s: float,
                    place: Callable[[Event], str | None] | None = None) -> str | None:
    """The window's changes as one sentence: section boundaries, entries, dropouts and returns, level jumps,
    fills, grouped where they happen together (phrase ends are left to the typed list). Each group is placed by
    ``place`` (its bar and beat in the window, "at the fifth bar here") where that names it and it is not at the
    window's very start, else by where it falls in the window ("later on")."""
    main = [e for e in events if e.kind in EVENT_ORDER]
    if not main:
        return None
    # fills bar after bar are one thing a drummer does (a break played on the toms), not one event each
    fills = [e for e in main if e.kind == "fill"]
    repeated = None
    if len(fills) >= REPEATED_FILLS:
        bars = [e.bar for e in fills]
        every_bar = None not in bars and all(b - a == 1 for a, b in zip(bars, bars[1:]))
        on = " on the toms" if all("toms" in (e.detail or "") for e in fills) else ""
        repeated = fills[0]
        main = [e for e in main if e.kind != "fill" or e is repeated]
        fill_words = (f"the drums play a fill{on} in every bar" if every_bar else
                      f"the drums play fills{on} again and again")
    clusters: list[list[Event]] = []
    for e in main:
        if clusters and e.time_s - clusters[-1][0].time_s <= 0.8:
            clusters[-1].append(e)
        else:
            clusters.append([e])
    clauses: list[str] = []
    pending_back: dict[str, Event] = {}
    for group in clusters:
        # a group with a section change in it is placed by the change: the vocals dropping out half a beat before
        # it were "on the fifth beat of the third bar here ... a new section begins" (the eighteenth session, dev)
        anchor = next((e for e in group if e.kind == "section"), group[0])
        where = _where(anchor, start_s, duration_s)
        if place is not None and not where.startswith("right at the start"):
            where = place(anchor) or where
        kinds = {e.kind for e in group}
        parts: list[str] = []
        drops = [e.stems[0] for e in group if e.kind == "drops_out"]
        for stem in drops:
            back = next((x for x in main if x.kind == "returns" and x.stems == [stem] and x.time_s > group[0].time_s),
                        None)
            if back is not None:
                pending_back[stem] = back
        came = [e.stems[0] for e in group if e.kind == "enters"]
        back_now = [e.stems[0] for e in group if e.kind == "returns"]
        stops = [e.stems[0] for e in group if e.kind == "stops"]
        if drops:
            parts.append(f"the {names(drops)} {verb(drops, 'drops', 'drop')} out")
        if stops:
            parts.append(f"the {names(stops)} {verb(stops, 'stops', 'stop')}")
        if came:
            parts.append(f"the {names(came)} {verb(came, 'comes', 'come')} in")
        if back_now:
            parts.append(f"the {names(back_now)} {verb(back_now, 'comes', 'come')} back")
        parts += [e.detail for e in group if e.kind == "plays_differently"]
        parts += [fill_words if kind == "fill" and repeated is not None else words
                  for kind, words in GROUP_WORDS if kind in kinds]
        if parts:
            clauses.append(where + " " + spoken_list(parts))
    clauses = _dedupe(clauses)[:4]
    if not clauses:
        return None
    body = clauses[0] if len(clauses) == 1 else "; ".join(clauses[:-1]) + "; then " + clauses[-1]
    return capital(body) + "."


def _dedupe(items: list[str]) -> list[str]:
    seen, out = set(), []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def no_events_sentence(ps: list[Presence]) -> str:
    playing = [p.stem for p in ps if p.sounding_share > 0]
    if not playing:
        return "Nothing sounds in the selection here."
    steady = [p.stem for p in ps if p.sounding_share >= 0.85]
    if steady and len(steady) == len(playing):
        return (f"Nothing enters or drops out inside the window: the {names(steady)} "
                f"{verb(steady, 'plays', 'play')} throughout.")
    return "No part enters or drops out for long inside the window, and the level holds."
