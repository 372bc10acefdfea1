"""Findings: the typed boundary between the analyst (this server) and the translator (the agent).

Everything here is derived from one WindowAnalysis: window-level evidence only, with the song's
global key carried as a separately labelled track-level fact. The summary is written from labels,
never from numbers, and is checked: no digits, no heuristic ids, no tool or field names.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import groupby

import numpy as np

from analysis.core.vocabulary import (CLAUSE_DASH, COMPOUND_METERS, LETTERS, MIX_STEM, NATURAL_PC, PITCH_CLASS,
                                      TRUSTED_KEY_CORRELATION, clause_spans, holds_voice_alone, home_weight,
                                      key_name, named_instrument, named_stems, note_number, possessive,
                                      track_own_clauses, track_own_referent, window_beat_early_s)
from heuristics.describe import (BACKBEAT_FEEL_MS, CARRY_SHARE, FLAT_NAMES, LONG_NOTE_BEATS, PLACE_FRACTIONS, ring_word,
                                 MAX_VOICINGS, SHARP_NAMES, SWUNG_RATIO, LEVEL_JUMP_DB, MAJOR_STEPS, MINOR_STEPS, MOSTLY_OFF,
                                 MOSTLY_ON, ROLLED_MS, ROOT_ONLY, bar_drum_words, count_word, key_names, numeral_in,
                                 NUMBER_WORDS, SCATTERED, _bar_rhythm, _pattern_words, parse_symbol, roman_numerals,
                                 pos_key, spoken_list, uses_flats)
from heuristics.timing import offset_placed
from heuristics.evidence import LockEvidence, LockPair
from heuristics.models import DrumPattern, Event, WindowAnalysis

from . import answers as say
from .answers import adjective as _adjective, its, names as _names, plural, verb  # noqa: F401  (plural: tests)
from .models import (Claim, Dynamics, FrameSelection, Findings, Groove, Harmony, Interaction, Melody, Routing, Scope,
                     StemRole, Texture)
from .roles import FEEL_MIN_MS, SUNG_SIDE, share_line, stem_roles
from .routing import (CARDINALS, CLAUSE_BREAK, FOLLOWS, NUMERAL_CHAIN, PLANNED_DOUBLE, SETTING_CLAUSE, SIDE_OF_PART,
                      STRAIGHT_FEEL, QUESTION_WORD, SINGING_WHAT, WALK_WORD,
                      chart_bar_numbers,
                      clause_asks, is_stick, section_change, unmeasured_kind)

FORBIDDEN = re.compile(r"\d|\bH0\d|analy[sz]e_window|get_findings|select_frame|track_id|_s\b|heuristic", re.I)




def chosen_pair(lock: LockEvidence, named: list[str]) -> LockPair:
    """The H004 pair to report: the one the question names (bass and drums together, wherever the question names
    them: the pocket is what a player means by how they follow each other; "what's the bass playing under the vocal
    and does it follow the kick?" reported the bass against the singer, the first two named: a sweep on Rock, dev),
    else the heuristic's own choice."""
    if {"bass", "drums"} <= set(named):
        named = ["bass", "drums"]
    if len(named) >= 2:
        hit = next((p for p in lock.pairs if set(p.pair) == set(named[:2])), None)
        if hit is not None:
            return hit
    if len(named) == 1:
        # one part named ("is the guitar out of time anywhere?"): its timing against the kit where the kit plays
        # with it (the pair with the most coinciding onsets put Beatles' guitar against the singer, and the
        # sentence was dropped as the texture's pair: the twenty-second session's sweep, dev), else its busiest pair
        kit = next((p for p in lock.pairs if named[0] != "drums" and set(p.pair) == {"drums", named[0]} and p.matched),
                   None)
        if kit is not None:
            return kit
        hit = max((p for p in lock.pairs if named[0] in p.pair and p.matched), key=lambda p: p.matched, default=None)
        if hit is not None:
            return hit
    return lock


def feel_of(offset_ms: float | None, jitter_ms: float | None, matched: int) -> str | None:
    """'laid back' / 'pushed' / 'on the grid', or None when the offset is not resolved."""
    if offset_ms is None or matched < 4:
        return None
    stderr = (jitter_ms or 0.0) / np.sqrt(matched)
    if abs(offset_ms) >= FEEL_MIN_MS and abs(offset_ms) >= 2 * stderr:
        return "laid back" if offset_ms > 0 else "pushed"
    if abs(offset_ms) < FEEL_MIN_MS / 2:
        return "on the grid"
    return None  # between: a few milliseconds either way, not a feel


# A verdict needs something to rest on: this many onsets in each part of a pair, and for a pitched part a
# transcription that covers this share of the time the part sounds (else it says it cannot tell, and why).
# Six, as for a relation between two parts (MIN_RELATION_ONSETS): the median of six offsets stands within
# about half their spread of the true one, enough to tell together from a pocket; a kick on one and three
# gives six in three bars.
MIN_VERDICT_ONSETS = 6
MIN_NOTE_COVERAGE = 0.4


def evidence_gap(a: WindowAnalysis, stems: list[str], onsets: list[int], minimum: int = MIN_VERDICT_ONSETS,
                 counted: dict[str, str] | None = None) -> str | None:
    """Why a verdict over these stems cannot be given, or None; ``counted`` names what was counted per stem
    (default "<stem> onsets")."""
    pres = {p.stem: p for p in a.presence}
    for stem, n in zip(stems, onsets):
        p = pres.get(stem)
        if p is not None and stem != "drums" and p.note_coverage is not None and p.note_coverage < MIN_NOTE_COVERAGE \
                and p.sounding_share >= 0.3:
            return (f"the {possessive(stem)} transcription covers only {p.note_coverage:.0%} of the time it sounds "
                    f"({p.notes} notes), too little to judge it")
        if n < minimum:
            return f"only {n} {(counted or {}).get(stem, f'{stem} onsets')} in the window (a verdict needs {minimum})"
    return None


LOCK_SOLID_RATE = 0.6  # of the fewer part's onsets, this share landing with the other's: the two lock well


def groove_of(a: WindowAnalysis, named: list[str] | None = None) -> Groove | None:
    h = a.results
    lock, off, sync = h.h004, h.h003, h.h005
    if lock.status != "ok" and off.status != "ok":
        return None
    g = Groove(offbeat_share=off.score if off.status == "ok" else None, syncopation=sync.score if sync.status == "ok" else None)
    feel = []
    if lock.status == "ok":
        e = chosen_pair(lock.evidence, named or [])
        rate, jitter = e.coincidence_rate, e.jitter_ms or 0.0
        g.locked_pair, g.onsets, g.matched, g.reference = e.pair, list(e.onsets), e.matched, e.reference
        # a kit is counted by what the lock is judged on (its kick against a bass: heuristics.timing.lock_onsets)
        g.cannot_tell = evidence_gap(a, e.pair, list(e.onsets),
                                     counted={"drums": f"{e.reference} hits"} if "drums" in e.pair else None)
        if g.cannot_tell is None:
            g.lock_quality = ("tight" if rate >= 0.8 and jitter < 10 else "solid" if rate >= LOCK_SOLID_RATE else
                              "loose" if rate >= 0.3 else "independent")
            g.timing_offset_ms = e.offset_ms
        # a feel word is calibrated for a part against the kit (the truth benchmark's bass-vs-kick offsets);
        # between two pitched parts an offset says more about their attacks than about a pocket
        # ... and only from notes whose start can be placed: a part struck under its own ringing notes has
        # no clean start to measure (see H004's clean_starts)
        placed = e.matched if offset_placed(e) else 0
        if not placed and g.timing_offset_ms is not None:
            g.timing_offset_ms = None
            # ("only 0 of the piano's 23 notes" read oddly: round 66's bo12 packet, dev)
            rest = "the others are" if e.clean_starts else "each is"
            g.offset_unresolved = (f"{f'only {e.clean_starts}' if e.clean_starts else 'none'} of the "
                                   f"{possessive(e.pair[1])} {e.matched} notes that land with the {e.pair[0]} start out "
                                   f"of quiet; {rest} struck while the note before still rings, where a start cannot "
                                   "be placed to within a feel")
        if "vocals" in e.pair and "drums" in e.pair and g.timing_offset_ms is not None:
            # a singer's side of the beat is the voice's own reading over all the sung notes (roles.SUNG_SIDE), not
            # the pair's
            sung = h.h015.evidence.feel if h.h015.status == "ok" else None
            g.timing_offset_ms = None
            g.offset_unresolved = ("a singer's starts are read where the pitch settles, too coarsely for an offset "
                                   "against the kit: the singer's side of the beat is read from all the sung notes "
                                   "against the beat")
            if g.lock_quality not in (None, "independent"):
                g.timing_feel = SUNG_SIDE.get(sung or "")
                if g.timing_feel:
                    feel.append(g.timing_feel)
        elif g.lock_quality not in (None, "independent") and "drums" in e.pair:
            g.timing_feel = feel_of(g.timing_offset_ms, e.jitter_ms, placed)
            if g.timing_feel:
                feel.append(g.timing_feel)
    if g.syncopation is not None and g.syncopation > 0.3:
        feel.append("syncopated")
    elif g.offbeat_share is not None:
        feel.append("straight" if g.offbeat_share < 0.2 else "busy off the beat")
    g.feel = ", ".join(feel) or None
    return g


def harmony_of(a: WindowAnalysis) -> Harmony | None:
    h = a.results
    tonal, chords = h.h010, h.h008
    if tonal.status != "ok" and chords.status != "ok":
        return None
    out = Harmony(key_track_level=a.track_context.key)
    if tonal.status == "ok":
        out.key_in_window = tonal.evidence.window_key
        out.key_change = _key_change(tonal.evidence, len(a.window.bars))
        out.key_clear = tonal.evidence.key_correlation >= TRUSTED_KEY_CORRELATION
    out.key_in_window = home_key(out.key_in_window, a.chord_grid, out.key_track_level)
    # the chart's numerals counted from the key the window is said to be in (by the same rule: the song's where they
    # share a signature): the window's raw profile key counted them, "key G major" beside Am-D as "i, IV" in A major
    # (round 66's bo11 packet, dev)
    roman_numerals(a.chord_grid, out.key_in_window, out.key_track_level)
    out.chart = spelled_in(a.chord_grid, out.key_in_window)
    if chords.status == "ok":
        e = chords.evidence
        out.chord_motion, out.changes_per_bar, out.notes_counted = e.chords, e.changes_per_bar, e.notes_counted
        # judged against the chart (bar-level chords) where there is one: per-beat chords move with the notes
        ratio = a.chord_grid.chord_tone_share if a.chord_grid and a.chord_grid.chord_tone_share is not None \
            else e.chord_tone_ratio
        out.tension_level = "low" if ratio >= 0.85 else ("moderate" if ratio >= 0.65 else "high")
        out.tension_points_s = _clusters(e.non_chord_tone_times_s)
        # where the harmony goes, read from the chart the reader sees (bar-level chords), else the per-beat spans
        out.modal_function = (_function_of_chart(out.key_in_window, out.chart) if out.chart is not None
                              else _function(out.key_in_window, [c.label for c in e.chords]))
    return out


def _tonic_symbol(key: str) -> tuple[int, bool]:
    tonic, mode = key.split()
    return PITCH_CLASS[tonic], mode == "minor"


def _chart_chord(symbol: str) -> tuple[int, bool] | None:
    """(root pitch class, minor) of a chart symbol."""
    parsed = parse_symbol(symbol)
    # a root alone ("F5": a line pumping its root) says nothing of major or minor: no key is read from it
    return None if parsed is None or parsed[1] == "5" else (parsed[0], parsed[1] in ("min", "min7"))


def _fits(key: tuple[int, bool], chord: tuple[int, bool]) -> bool:
    """The chord's triad lies in the key's scale (in minor, the major dominant is allowed too)."""
    tonic, minor = key
    root, is_minor = chord
    scale = {(tonic + x) % 12 for x in (MINOR_STEPS if minor else MAJOR_STEPS)}
    triad = {root, (root + (3 if is_minor else 4)) % 12, (root + 7) % 12}
    return triad <= scale or (minor and chord == ((tonic + 7) % 12, False))


def _established(k: tuple[int, bool], chords: list[tuple[int, bool]], home: tuple[int, bool] | None = None) -> bool:
    """The key's tonic chord reached from its dominant (V-I), or opening or closing the chords. A dominant that is
    the home chord the notes read (``home``) is no cadence: A flat to D flat in A flat major is I-IV, and A flat and
    D flat back and forth read "centres on D flat major here" in an A flat song. Chords that open (or close) with a
    loop going round at least twice start (or end) where the window cut them, so that end establishes no key: a
    I-V-vi-IV loop of E major cut from its vi read "centres on C sharp minor here" (the thirty-seventh session's sweep
    on ft_drive_ab152 and ft_drive_e24, dev)."""
    cadence = any(y == k and x == ((k[0] + 7) % 12, False) and x != home for x, y in zip(chords, chords[1:]))
    return bool(chords) and (cadence or (chords[0] == k and not _loops_from(chords)) or
                             (chords[-1] == k and not _loops_from(chords[::-1])))


def _loops_from(chords: list) -> bool:
    """Whether the chords open with a loop of two chords or more that goes round at least twice."""
    return any(say.loop_run(chords, size) >= 2 * size for size in range(2, len(chords) // 2 + 1))


def _all_fit(key: tuple[int, bool], chords: list[tuple[int, bool]]) -> bool:
    """Every chord of the chart lies in the key (:func:`_fits`), or is a major chord resolving a fifth down to the
    next chord, which does: a secondary dominant (G, E minor, A, D, G is in G major, its A the dominant of D; it
    read B minor, a key whose tonic chord it never plays: the eighteenth session's sweep on ft_swing_g1208, dev)."""
    return all(_fit_each(key, chords))


def _fit_each(key: tuple[int, bool], chords: list[tuple[int, bool]]) -> list[bool]:
    """Whether each chord of the chart lies in the key, as :func:`_all_fit` reads it."""
    return [_fits(key, c) or (not c[1] and i + 1 < len(chords) and chords[i + 1][0] == (c[0] + 5) % 12
                              and _fits(key, chords[i + 1]))
            for i, c in enumerate(chords)]


def spelled_in(chart, key: str | None):
    """The chart's chords spelled in the key the passage is said to be in (a chart read in D# minor and a
    passage said to be in Eb minor: Abm, Bbm7, Ebm, not G#m, A#m7, D#m)."""
    if chart is None or not key:
        return chart
    flats = uses_flats(key)
    names = FLAT_NAMES if flats else SHARP_NAMES
    other = SHARP_NAMES if flats else FLAT_NAMES

    def respell(symbol: str) -> str:
        def note(m: re.Match) -> str:
            return names[other.index(m.group(0))] if m.group(0) in other else m.group(0)
        return re.sub(r"[A-G][#b]?", note, symbol)
    def off(x):  # (a line's notes against the chords: "G over A#maj7" beside a chart of Bbmaj7, round 65's bn04)
        return x.model_copy(update={"chord": respell(x.chord), "note": respell(x.note)})
    return chart.model_copy(update={
        "progression": [respell(c) for c in chart.progression],
        "bars": [b.model_copy(update={"chords": [respell(c) for c in b.chords]}) for b in chart.bars],
        "line_fits": [f.model_copy(update={"on_beat": [off(x) for x in f.on_beat],
                                           "degree_notes": {k: [off(x) for x in v] for k, v in f.degree_notes.items()}})
                      for f in chart.line_fits]})


def home_key(key: str | None, chart, song_key: str | None = None) -> str | None:
    """Where the window's chords are at home. The pitch-class profile alone cannot tell a major key from its
    relative minor, nor a passage moving between the tonic and a neighbouring chord (C to F: I-IV in C, or
    V-I in F) from its neighbour key; the window's chords can. Among the profile's key, its relative and the
    keys a fifth either side, those that hold every chord of the chart, the home is the one whose tonic chord
    sounds longest, is reached from its dominant (V-I, the cadence that defines a key), and opens or closes
    the passage; the profile's key wins a tie. A passage is heard in the song's key (``song_key``) when its
    chords fit it, unless they establish the other: its tonic chord reached from its dominant, or opening
    or closing the passage (a chorus on IV-vi-V of A major is in A major, not in F sharp minor because F
    sharp minor is its longest chord; I-vi-IV-V of F sharp major is in F sharp major even where the song's
    key reads as its relative minor)."""
    if not key or chart is None or not chart.progression:
        return key
    chords = [c for c in (_chart_chord(x) for x in chart.progression) if c is not None]
    if not chords:
        return key
    tonic, minor = _tonic_symbol(key)
    rel = ((tonic + 3) % 12, False) if minor else ((tonic - 3) % 12, True)
    candidates = [(tonic, minor), rel, ((tonic + 7) % 12, minor), ((tonic + 5) % 12, minor)]

    def weight(k: tuple[int, bool]) -> float:
        return home_weight(k, chords, chart.bars_each)

    song = _tonic_symbol(song_key) if song_key else None
    if song is not None and song not in candidates:
        candidates.append(song)
    fitting = [k for k in candidates if _all_fit(k, chords)]
    if not fitting:  # no key holds every chord (G minor, F, G minor, F, G, G minor: a borrowed major tonic): the keys
        # that hold the most of the chart's time, the profile's first (that chart read "G major", which holds only its
        # one G chord: the twenty-fourth session's sweep on Shadows, dev)
        candidates.append((tonic, not minor))  # (the profile's tonic in the other mode: a borrowed chord's key)
        held = {k: sum(n for ok, n in zip(_fit_each(k, chords), chart.bars_each) if ok) for k in candidates}
        fitting = [k for k in candidates if held[k] == max(held.values())]
        fitting = [(tonic, minor)] if (tonic, minor) in fitting else fitting
    best = max(fitting, key=lambda k: (weight(k), -candidates.index(k)))
    if song is not None and song in fitting and best != song and not _established(best, chords, (tonic, minor)):
        best = song
    if best == (tonic, minor):
        return key
    return key_name(best[0], "minor" if best[1] else "major")


def _clusters(times: list[float], gap_s: float = 0.5, min_size: int = 2) -> list[float]:
    """Start times of groups of non-chord tones (two or more within half a second)."""
    out, group = [], []
    for t in times:
        if group and t - group[-1] > gap_s:
            if len(group) >= min_size:
                out.append(group[0])
            group = []
        group.append(t)
    if len(group) >= min_size:
        out.append(group[0])
    return out[:8]


def _function_of_chart(key: str | None, chart) -> str | None:
    if not key or not chart.progression:
        return None
    tonic = _tonic_symbol(key)
    # a root alone on the tonic ("C#5": a line outlining C sharp in C sharp minor) is the tonic: its missing third
    # leaves the mode open, not the root
    home = [_chart_chord(c) == tonic or parse_symbol(c) == (tonic[0], ROOT_ONLY) for c in chart.progression]
    if all(home):
        return "holds the tonic"
    if home[-1]:
        return "returns to the tonic"
    if home[0]:
        return "moves away from the tonic"
    return "visits the tonic" if any(home) else "stays off the tonic"


def _function(key: str | None, chords: list[str]) -> str | None:
    if not key or not chords:
        return None
    tonic, mode = key.split()
    tonic_chord = f"{tonic}:{'min' if mode == 'minor' else 'maj'}"
    chords = [c.split("/")[0] for c in chords]  # an inverted tonic chord is still the tonic
    first, last = chords[0], chords[-1]
    if all(c == tonic_chord for c in chords):
        return "holds the tonic"
    if first == tonic_chord and last != tonic_chord:
        return "moves away from the tonic"
    if last == tonic_chord:
        return "returns to the tonic"
    return "stays off the tonic"


# A phrase is said to have a shape (rises and falls, climbs, ...) only where that shape explains at least this
# share of its pitch movement (H011's contour_fit, a quadratic's R^2): an arpeggio or a comp that goes up and
# down all through the window has highest notes in its middle, but no arch a listener hears.
CLEAR_SHAPE_FIT = 0.3


def _heard_shape(p) -> str:
    return p.contour if p.contour_fit is None or p.contour_fit >= CLEAR_SHAPE_FIT else "unshaped"


def melody_of(a: WindowAnalysis) -> Melody | None:
    h = a.results.h011
    if h.status != "ok":
        return None
    e = h.evidence
    main = max(e.phrases, key=lambda p: p.notes)
    stem = next((s for s in a.stems if s.stem == e.stem), None)
    # the band of the notes the part plays (a voice's: those she sings, not a leak's; Presence.register_range),
    # else of all its notes
    heard = next((p.register_range.split(" ")[0] for p in a.presence if p.stem == e.stem and p.register_range), None)
    # its range as the part's own notes span it (Presence.lowest_highest: a voice's sung notes, not a leak's nor a
    # slip an octave off), each phrase's no wider: a singer's line from A2 to E flat 3 was given a phrase "32
    # semitones" wide from a transcribed stray (round 65's bn01 packet, dev)
    ends = next((p.lowest_highest for p in a.presence if p.stem == e.stem and p.lowest_highest), None)
    span = note_number(ends.split("–")[1]) - note_number(ends.split("–")[0]) if ends else e.range_semitones
    phrases = [x.model_copy(update={"range_semitones": min(x.range_semitones, span)}) for x in e.phrases]
    # the line's shape: its longest phrase's where that phrase holds most of its notes or the phrases agree, else
    # the whole line's ("the tune keeps climbing and finishes on its highest note, right?" read "the vocal line climbs"
    # from its first phrase of three, the line ending on its lowest note: round 79's cb03 answer helper, dev)
    shapes = {_heard_shape(x) for x in e.phrases}
    shape = _heard_shape(main)
    if len(shapes) > 1 and 2 * main.notes < sum(x.notes for x in e.phrases) and e.line_contour is not None:
        shape = e.line_contour if (e.line_fit or 0.0) >= CLEAR_SHAPE_FIT else "unshaped"
    return Melody(stem=e.stem, contour=shape, phrases=phrases,
                  register_band=heard or (stem.register_band if stem else None), range_semitones=span)


def texture_of(a: WindowAnalysis, roles: list[StemRole], named: list[str] | None = None) -> Texture | None:
    live = [s for s in a.stems if not s.empty]
    if not live:
        return None
    lead = next((r.stem for r in roles if r.role == "lead"), None)
    out = Texture(lead_stem=lead, interaction=interaction_of(a, roles, named))
    mask = a.results.h006
    if mask.status == "ok":
        out.masking_risk = "low" if mask.score < 0.2 else ("moderate" if mask.score < 0.5 else "high")
        out.masking_pair = mask.evidence.worst_pair
        worst = next(p for p in mask.evidence.pairs if p.pair == mask.evidence.worst_pair)
        out.register_relationship = "separated registers" if worst.overlap_ratio < 0.2 else "overlapping registers"
    return out


def dynamics_of(a: WindowAnalysis) -> Dynamics | None:
    live = [s for s in a.stems if not s.empty and s.energy_db is not None]
    if not live:
        return None
    power = sum(10 ** (s.energy_db / 10) for s in live)
    db = 10 * np.log10(power)
    loudest = max(live, key=lambda s: s.energy_db)
    rate = sum(s.onset_rate_hz or 0.0 for s in live)
    return Dynamics(shape=loudest.energy_shape, energy_db=round(float(db), 2),
                    energy_level="loud" if db > -18 else ("moderate" if db > -30 else "quiet"),
                    transients="dense" if rate > 6 else ("moderate" if rate > 2 else "sparse"))


# -- words ---------------------------------------------------------------------------------
def _claim(axis: str, text: str | None, source: str, stems: list[str], confidence: float) -> Claim | None:
    if not text:
        return None
    return Claim(axis=axis, text=say.spoken_keys(text), source=source, stems=stems,
                 confidence=round(max(0.0, min(1.0, confidence)), 3))


# -- the summary --------------------------------------------------------------------------
def summarise(a: WindowAnalysis, frame: FrameSelection, routing: Routing, roles: list[StemRole], g: Groove | None,
              hm: Harmony | None, m: Melody | None, d: Dynamics | None, tex: Texture | None,
              further: list[Claim] | None = None) -> list[Claim]:
    """Two or three claims, led by what was asked (the routing's intent, focus and named stems) and by
    the kind of moment (the frame); a caution that changes the answer takes the last place. ``further``, where
    given, receives the answers to the question's other asks that the summary had no room for, in the order asked."""
    live = [r.stem for r in roles if r.role != "silent"]
    silent = [r.stem for r in roles if r.role == "silent"]
    chordal = m is not None and any(p.stem == m.stem and p.playing and "chords" in p.playing for p in a.presence)
    if frame.frame == "unknown" and any(c.startswith("window_too_long") for c in frame.cautions):
        return [Claim(axis="caution", text="This selection runs longer than thirty seconds, too long to read as a "
                      "single moment.", source="frame.cautions", confidence=1.0),
                Claim(axis="caution", text="Narrow it to a phrase or a few bars to hear what is happening.",
                      source="frame.cautions", confidence=1.0)]
    if not live:
        silent_sel = list(a.window.stems)
        # asked whether the track is clean: a part that does not play can still carry the others' sound ("the bass
        # player's out from here -- is his track clean enough to leave open?" got "nothing sounds in the
        # selection" over a track holding the kit's fill: round 42's aq11, dev)
        spill = _spill_sentence(a, named=routing.named_stems) if routing.asks == "spill" else None
        if spill:
            return [Claim(axis="caution", text=spill, source="stems.spill_ratio", stems=list(a.window.stems),
                          confidence=0.8)]
        return [Claim(axis="roles", text=f"The {_names(silent_sel)} {verb(silent_sel, 'is', 'are')} silent in this "
                      "window: nothing sounds in the selection.",
                      source="roles", stems=list(a.window.stems), confidence=1.0),
                Claim(axis="caution", text="Choose another stem or move the window to where it plays.",
                      source="frame.cautions", confidence=1.0)]
    conf = frame.confidence
    named = routing.named_stems
    gapped = _gaps_part(named or ([m.stem] if m else []), routing.question)
    harmonic, harmony_conf = _harmonic_stems(a), _harmony_confidence(hm)
    # "what's the ride doing?" asks for the hi-hat class where that is what rings on (the timekeeper)
    ride_class = "hihat" if a.drum_pattern is not None and a.drum_pattern.hihat_rings else "cymbal"
    # every drum class the question names, in the order it names them ("is that a tom or the snare?" names both: the
    # tom was cut from a three-class pattern led by the snare, Beatles 8.75-15.27 s, the thirty-third session's sweep)
    asked_classes = _asked_drum_classes(routing.question, ride_class, routing.percussion_asked)
    lead_class = asked_classes[0] if asked_classes else None
    chart_stems = harmonic or live
    pair_relation = tex.interaction if tex and tex.interaction else None
    lock_pair = g.locked_pair if g and g.locked_pair else []
    # one relation per pair: between two pitched parts the interaction speaks, not a lock verdict
    lock_text = _groove_sentence(g, named, a.presence)
    verdict = _feel_verdict(g, routing.question)
    lock_text = verdict + lock_text[0].lower() + lock_text[1:] if lock_text and verdict else lock_text
    intoned = _intonation_sentence(a, routing.question) if unmeasured_kind(routing.question) == "intonation" else None
    # asked whether two parts lock ("do the vocals and piano lock together here?"), their lock is the answer, pitched
    # or not: the dev split's lock questions over a singer and her piano got her timing against the beat first and no
    # lock at all (the twentieth session, found on the dev split's named-first misses)
    lock_asked = bool(lock_pair and set(lock_pair) == set(named[:2]) and
                      re.search(LOCK_ASKED, (routing.question or "").lower()))
    if lock_text and lock_asked and "drums" not in lock_pair and \
            re.search(SIDE_OF_PART, (routing.question or "").lower()):
        lock_text = _groove_sentence(g, named, a.presence, _pitched_side(g, _lock_of(a, lock_pair)))
    if pair_relation and lock_pair and "drums" not in lock_pair and set(lock_pair) <= set(pair_relation.stems) and \
            not lock_asked:
        lock_text = None
    # the line a question about holding or ringing means: the part named, else, asked about "the chords" with one part
    # striking chords, that part ("how long are the chords held?" got the singer's notes), else the melody
    chord_parts = [p.stem for p in a.presence if p.playing and "chords" in p.playing and
                   "one note at a time" not in p.playing and p.stem not in ("drums", MIX_STEM)]
    # the part a question about one part's playing means where it names none: the one part selected that plays
    # ("what's the rhythm of the comp?" over a solo guitar got the window's activity: the seventeenth session's
    # sweep on GuitarSet, dev)
    solo = named or (live if len(live) == 1 and live[0] != MIX_STEM else [])
    chords_asked = bool(re.search(r"\bchords?\b", (routing.question or "").lower()))
    # (a run round the toms asked is a fill asked: "does he go round the kit anywhere here?" over a groove got no
    # answer, the thirty-eighth session's sweep after round 99's cv01, dev)
    no_fill = (None if not re.search(r"\bfills?\b|" + DRUM_ROLL_ASKED, (routing.question or "").lower()) else
               "The drums are silent here, so there is no fill." if "drums" in silent else
               # (the mix's drums are not heard apart: "is there a fill anywhere here?" over mix:musicdelta_rock got
               # "nothing enters or drops out", the thirty-fifth session's sweep, dev)
               "Whether the drums play a fill cannot be read here: they are not heard apart inside the unseparated "
               "mix." if MIX_STEM in live else
               _no_fill_sentence(a, lead_class) if "drums" in live and not any(
                   e.kind in ("fill", "break") for e in a.events) else None)
    line = named or (chord_parts if len(chord_parts) == 1 and chords_asked else [m.stem] if m else [])
    part_asked = named or _extremes_part(a, m, routing.question)  # (asked the highest note, no part named: the tune's)
    events_said = _part_of_window_events(a, routing.question)  # (the events claim, and a half's asked as a change)
    with_kick = _with_kick_sentence(g, routing.question, a)  # (its claim, and the too-few sentence that defers to it)
    c = {
        "lock": _claim("groove", lock_text, "groove.lock_quality, groove.timing_feel", lock_pair,
                       0.8 if g and g.timing_feel else 0.6),
        "cannot_lock": _claim("groove", _cannot_tell_sentence(g, _lock_of(a, g.locked_pair if g else None),
                                                              with_kick is not None),
                              "groove.cannot_tell, results.h004", lock_pair, 0.9),
        "solo_timing": _claim("groove", _solo_timing_sentence(a, live), "scope", live, 0.8),
        "feel": _claim("groove", _feel_sentence(g), "groove.syncopation, groove.offbeat_share", live, 0.7),
        "harmony": _claim("harmony", _harmony_sentence(hm, frame.frame), "harmony.key_in_window, harmony.chart",
                          harmonic, harmony_conf),
        "tension": _claim("harmony", _tension_sentence(hm), "harmony.tension_level", harmonic, harmony_conf),
        # a part that strikes chords has no single line to give a shape to
        "melody": _claim("melody", None if chordal else _melody_sentence(m), "melody.contour, melody.register_band",
                         [m.stem] if m else [], 0.7),
        "phrasing": _claim("melody", None if chordal else _phrasing_sentence(m), "melody.phrases",
                           [m.stem] if m else [], 0.7),
        # "what's the melody here?" where no line is read as one (an instrumental's lead inside the rhythm guitar's
        # stem): said, with what each part plays, not left to the groove's sentences (a sweep on Shadows, dev)
        "no_melody": _claim("melody", _no_melody_sentence(a) if m is None or chordal else None, "melody, presence",
                            live, 0.7),
        # "does any of the tune come back, or is every line new?": which phrases sing an earlier one again
        "repeats": _claim("melody", _repeats_sentence(a, m, named, routing.question), "presence.line_repeat, "
                          "melody.phrases.repeats",
                          [m.stem] if m else [], 0.7),
        "dynamics": _claim("dynamics", _dynamics_sentence(d), "dynamics.shape, dynamics.energy_level", live, 0.7),
        "arc": _claim("arc", _arc_sentence(a, hm, d), "dynamics.shape, harmony.modal_function, density trend", live, 0.65),
        "form": _claim("form", _form_sentence(a), "window.sections, frame.scores.form", live,
                       frame.scores.get("form", 0.0)),
        "no_form": _claim("form", "No section change falls inside this window: it sits within one part of the song.",
                          "window.sections", live, 0.8) if len(a.window.sections) <= 1 else None,
        "contrast": _claim("form", _contrast_sentence(a), "section contrast across the boundary", live, 0.7),
        "vocal": _claim("melody", _vocal_sentence(a, m), "vocal timing, melody.contour", ["vocals"], conf),
        "pair": _claim("interaction", _pair_sentence(a, tex, named), "relations", named[:2], 0.7),
        # "are they hitting at the same time or taking turns?": how many notes start together, and where each plays
        # "does she go below middle C anywhere?": a line's notes past a note the question names, bar by bar
        "past_note": _claim("presence", _past_note_sentence(a, m, named, routing.question), "presence.bar_notes",
                            named[:1] or ([m.stem] if m else []), 0.7),
        # "are his chord notes together or rolled, which way?": how the chords' notes spread in time
        "roll": _claim("presence", _roll_sentence(a, named, routing.question), "presence.chord_roll",
                       named[:1] or [p.stem for p in a.presence if p.chord_roll is not None][:1], 0.7),
        # "the F sharp above middle C on my piano is dead -- does the part need it? where?": that note's strikes
        "note_use": _claim("presence", _note_use_sentence(a, named, routing.question), "presence.bar_pitches",
                           named[:1], 0.7),
        # "any parallel fifths or octaves between the bass and her line?": the two lines' voice-leading
        "parallels": _claim("harmony", _parallels_sentence(a, named, routing.question), "parallels", named[:2], 0.6),
        # "where does the singer's voice sit?" over a mix loaded unseparated: its lead line, read by its pitch alone
        "lead_line": _claim("melody", _lead_line_sentence(a, routing.question), "presence.lead_line", [MIX_STEM],
                            0.6),
        # "does he put vibrato on them? how fast and how wide?": the singer's vibrato read at load
        "vibrato": _claim("melody", _vibrato_sentence(a, named, routing.question), "presence.vibrato",
                          [x for x in named if x != MIX_STEM][:1] or ["vocals"], 0.7),
        # "she can just about reach an octave -- any chords wider than that?": how wide each chord part's shapes are
        "reach": _claim("presence", _reach_sentence(a, named, routing.question), "presence.chord_voicings",
                        named[:1] or [p.stem for p in a.presence if p.chord_voicings][:1], 0.7),
        # "does she start her notes fresh on the one, or hold them over the bar line?": the line at each bar line
        "ties": _claim("presence", _ties_sentence(a, named, routing.question), "presence.bar_crossings",
                       named[:1] or ([m.stem] if m else []), 0.7),
        # "does it ring out or stop dead?": the notes still sounding as the window ends, and the last one struck
        "ending": _claim("presence", _ending_sentence(a, named, routing.question), "presence.last_notes, "
                         "presence.ringing_at_end", live, 0.7),
        "turns": _claim("interaction", _turns_sentence(a, named, routing.question), "relations, "
                        "presence.offbeat_onset_share", named[:2], 0.7),
        "interaction": _claim("interaction", _interaction_sentence(tex, roles), "texture.interaction",
                              pair_relation.stems if pair_relation else [],
                              pair_relation.confidence if pair_relation else 0.0),
        "gesture": _claim("roles", _gesture_sentence(a, live), "roles, window.duration_s", live, conf),
        "meter": _claim("meter", say.meter_sentence(a.meter), "meter.words", live, 0.8),
        # "is she swinging it or singing it straight?": the named part's own notes, then the band's meter
        "part_feel": _claim("meter", _part_feel_sentence(a, named, routing.question), "presence.beat_split, "
                            "meter.subdivision", named, 0.7),
        "band_feel": _claim("meter", _band_feel_sentence(a, named, routing.question), "meter.subdivision, "
                            "meter.swing_ratio", live, 0.7),
        # asked whether the band rushes, drags, speeds up or slows down: the beat's tempo across the window
        "tempo": _claim("meter", say.tempo_sentence(a.meter) if routing.tempo_asked else None, "meter.tempo_trend",
                        live, 0.8),
        "meter_why": _claim("meter", say.meter_evidence_sentence(a.meter, a.drum_pattern),
                            "meter.because, meter.alternative", live, 0.7),
        # "are the hats open or closed?": how many of the hat strokes ring on, and in which bars
        "hats_open": _claim("pattern", _hats_open_sentence(a, routing.question), "drum_pattern.hihat_open_share",
                            ["drums"], 0.7),
        # "what's the drummer keeping time on?": the timekeeper bar run by bar run, where it changes
        "timekeeper": _claim("pattern", _timekeeper_sentence(a, routing.question, routing.percussion_asked),
                             "drum_pattern.by_bar, drum_pattern.hihat_open_bars", ["drums"], 0.7),
        "side_stick": _claim("pattern", _side_stick_sentence(a, routing.question), "drum_pattern.snare_clicks",
                             ["drums"], 0.7),
        "entry": _claim("events", _entry_sentence(a, named, routing.question), "events, presence.reading", named[:1], 0.8),
        "exit": _claim("events", _exit_sentence(a, named, routing.question), "events, presence.reading", named[:1], 0.8),
        "offbeat": _claim("groove", _offbeat_sentence(a, named, routing.question), "presence.offbeat_onset_share",
                          named or live, 0.7),
        "comeback": _claim("dynamics", _comeback_sentence(a, routing.question), "bar_levels_db", live, 0.7),
        "outside": _claim("harmony", _outside_key_sentence(a, hm, named, routing.question), "presence.bar_notes, "
                          "harmony.key_in_window", named[:1] or live, 0.7),
        "half_time": _claim("meter", _half_time_sentence(a, routing.question), "drum_pattern.positions.snare",
                            ["drums"], 0.7),
        "two_feel": _claim("meter", _two_feel_sentence(a, routing.question), "presence.rhythm, drum_pattern.positions",
                           named or live, 0.7),
        # "where are the crashes?": the cymbals placed one by one (or the hats ringing as one would)
        "crashes": _claim("pattern", _crash_sentence(a, routing.question), "drum_pattern.cymbal_hits", ["drums"], 0.6),
        # "does the kick play on the and of four?": yes or no, bar by bar
        "places": _claim("pattern", _place_sentence(a, routing.question, ride_class), "drum_pattern.by_bar",
                         ["drums"], 0.8),
        # (a groove that changes at a section change inside the window: each side's, not the two blended)
        "pattern": _claim("pattern", _pattern_change_sentence(a, asked_classes, routing.percussion_asked) or
                          say.pattern_sentence(a.drum_pattern, asked_classes or lead_class, routing.percussion_asked),
                          "drum_pattern.pattern",
                          ["drums"], 0.8),
        "density": _claim("presence", _density_sentence(a.presence, named), "presence.onsets_per_bar",
                          [p.stem for p in a.presence if p.onsets], 0.8),
        "no_drums": _claim("pattern", None if "drums" in live else
                           ("The kick, snare and hi-hat cannot be told apart inside the unseparated mix, so no drum "
                            "pattern can be given." if MIX_STEM in live else
                            "There are no drums playing in this selection, so there is no drum pattern to describe."
                            if "drums" not in a.window.stems or "drums" in silent else None),
                           "roles", ["drums"], 1.0),
        "chords": _claim("harmony", say.chords_sentence(hm.chart if hm else None, chart_stems), "harmony.chart",
                         harmonic, harmony_conf),
        "key": _claim("key", say.key_sentence(hm.key_in_window if hm else None, hm.key_track_level if hm else None,
                                              hm.key_clear if hm else True),
                      "harmony.key_in_window, harmony.key_track_level", harmonic, harmony_conf),
        # "which chord is the tension point?": the chord that pulls hardest from home, by its degree
        "tension_chord": _claim("harmony", _tension_chord_sentence(a, routing.question), "harmony.chart.numerals",
                                harmonic, 0.7),
        # "what's the progression in Roman numerals?": the chart counted from the key
        "numerals": _claim("harmony", _numerals_sentence(a, routing.question), "harmony.chart.numerals", harmonic,
                           harmony_conf),
        "key_lead": _claim("key", _key_lead(hm, routing.question), "harmony.key_in_window, harmony.key_track_level", harmonic,
                           harmony_conf),
        "carry": _claim("presence", "Only the unseparated mix is selected, so which instrument carries the passage "
                        "cannot be heard apart from the rest." if live == [MIX_STEM] else
                        say.carry_sentence(a.presence, named), "presence.carries, presence.sounding_share",
                        [p.stem for p in a.presence if p.carries], 0.8),
        "events": _claim("events", events_said, "events", live, 0.8),
        # "does the comp change in the second half?": the events of that half, asked as a change whatever the route
        "half_events": _claim("events", events_said if re.search(HALF_CHANGE_ASKED, (routing.question or "").lower())
                              else None, "events", live, 0.8),
        "no_events": _claim("events", None if any(e.kind not in ("phrase_end", "loudest") for e in a.events) else
                            say.no_events_sentence(a.presence), "events, presence", live, 0.7),
        "parts": _claim("presence", _parts_sentence(a, named, routing.question),
                        "presence.playing, drum_pattern.pattern", named, 0.8),
        "part": _claim("presence", _part_sentence(a, part_asked, routing.question), "presence", part_asked[:1], 0.9),
        # "does he start his lines on the one?", "where do her calls land?": where the named part's lines start
        # "what note does she land on at the end of each line?": the note each line ends on
        # "are the keys in the same range as her?": the two parts' ranges against each other
        # "is that one major or minor? it sounds off": a bar where two parts sound the chord's two thirds
        "clash": _claim("harmony", _clash_sentence(a, routing.question), "harmony.chart.third_clashes", live, 0.7),
        # "is the melody mostly on chord tones?", "does the vocal clash with the bass?": a line against the chords
        # "is there a turnaround at the end?": how the window's chords end against the key
        "turnaround": _claim("harmony", _turnaround_sentence(a, routing.question), "harmony.chart.numerals",
                             harmonic, harmony_conf),
        "note_count": _claim("presence", _note_count_sentence(a, named, live, routing.question),
                             "presence.notes, presence.onsets, drum_pattern.hits", named or live, 0.7),
        "section_length": _claim("form", _section_length_sentence(a, routing.question),
                                 "window.sections (the whole section, track-level), meter", live, 0.7),
        "role_choice": _claim("roles", _role_choice_sentence(a, named, live, roles, routing.question,
                                                             m.stem if m else None), "roles, presence.playing",
                              named[:1] or live, 0.7),
        "first_chord": _claim("harmony", _first_chord_sentence(a, routing.question), "chord_grid.bars", harmonic,
                              harmony_conf),
        "busy_bar": _claim("dynamics", _busy_bar_sentence(a, routing.question), "part_bar_levels (onsets a bar)", live,
                           0.7),
        "phrase_length": _claim("melody", _phrase_length_sentence(a, m, routing.question), "melody.phrases, meter",
                                [m.stem] if m else live, 0.7),
        # "which chords should a pad hold, and for how many bars each?": each chord with its length, in bars and beats
        "chord_lengths": _claim("harmony", _chord_length_sentence(a, hm, routing.question), "harmony.chart.bars",
                                harmonic, harmony_conf),
        "transpose": _claim("harmony", _transpose_sentence(a, hm, routing.question),
                            "harmony.key_in_window, chord_grid.bars (moved by the interval asked)", harmonic, harmony_conf),
        "alone": _claim("presence", _alone_sentence(a, named, live, routing.question), "part_bar_levels", live, 0.7),
        "lyrics": _claim("melody", _lyrics_sentence(a, routing.question), "track_analysis.lyrics (cut to the window)",
                         live, 0.6),
        "change_count": _claim("harmony", _change_count_sentence(a, routing.question), "chord_grid.bars", harmonic,
                               harmony_conf),
        # "how loud does the chorus get compared to the verse?": the mix's level either side of the section change
        "section_level": _claim("dynamics", _section_level_sentence(a, routing.question), "bar_levels_db, events",
                                live, 0.7),
        "against_song": _claim("dynamics", _against_song_sentence(a, named, live, routing.question),
                               "against_song (track-level: the song's sections and each part through the song)",
                               named or live, 0.7),
        # "where does she get louder or softer on her own?": the named part's level, stretch by stretch
        "level_ride": _claim("dynamics", _level_ride_sentence(a, named, routing.question, m.stem if m else None),
                             "presence.note_levels", named[:1] or ([m.stem] if m else []), 0.6),
        # "what scale is he using?": the notes the part sounds and the scales that hold them
        "scale": _claim("harmony", _scale_sentence(a, hm, named, routing.question, m.stem if m else None),
                        "presence.pc_shares, harmony.key_in_window", named[:1] or ([m.stem] if m else []), 0.7),
        # "what fret should I put the capo on to play this in G shapes?": the fret, from the window's key
        "capo": _claim("key", _capo_sentence(hm, routing.question), "harmony.key_in_window", harmonic, harmony_conf),
        # "what's the bass doing on beat one of each bar?": the note each bar's one brings
        "ones": _claim("presence", _ones_sentence(a, named, routing.question), "presence.bar_notes, bar_places",
                       named[:1], 0.8),
        # "is the bass playing eighths or quarters?": the two note values weighed over the line's strokes
        "value_choice": _claim("presence", _value_choice_sentence(a, named or [x for x in live if x != "drums"],
                                                                  routing.question), "presence.bar_places",
                               named[:1] or [x for x in live if x != "drums"][:1], 0.8),
        # "is he at concert pitch, A440, or a bit off?": the mix's tuning (track-level)
        # "which of his held notes are off, which way and by how much?": the held notes off the band's tuning
        "held_off": _claim("melody", _held_off_sentence(a, named, routing.question), "presence.intonation.held",
                           ["vocals"], 0.7),
        "tuning": _claim("key", _tuning_sentence(a, routing.question), "track_context.tuning_cents", live, 0.8),
        # "how high can I set the high-pass on the keys?": where the part's bottom note moves
        "low_shift": _claim("presence", _low_shift_sentence(a, hm, named or _extremes_part(a, m, routing.question),
                                                            routing.question), "presence.bar_lows", named[:1], 0.7),
        # "is the band playing the same thing every four bars?": the figure the parts repeat
        "loop": _claim("form", _loop_sentence(a, live, routing.question, named), "bar_cycle", named or live, 0.7),
        "section_names": _claim("form", _section_names_sentence(a, routing.question), "window.sections", live, 0.8),
        # "is the vocal syncopated?": the named part's strokes pushed over the beat
        "sync": _claim("presence", _sync_sentence(a, named, routing.question, m.stem if m else None),
                       "presence.offbeat_onset_share", named[:1] or ([m.stem] if m else []), 0.7),
        # "any ghost notes on the snare?": the snare's soft strokes
        "ghosts": _claim("pattern", _ghost_sentence(a, routing.question), "drum_pattern.ghost_hits", ["drums"], 0.6),
        "band_hits": _claim("pattern", _band_hit_sentence(a, live, routing.question), "drum_pattern.band_hits", live,
                            0.6),
        # "is he laying the backbeat back behind the kick?": the snare against the kick inside the kit
        "backbeat_timing": _claim("groove", _backbeat_timing_sentence(a, routing.question), "drum_pattern.snare_vs_kick",
                                  ["drums"], 0.6),
        # "my song is at 120 -- how much do I stretch it, and could I slow it down tape-style instead?"
        "tempo_target": _claim("meter", _tempo_target_sentence(a, routing.question), "meter.tempo_bpm", live, 0.7),
        # "I've got two hit points, 50.4 s and 55.6 s -- where do they fall in the bar, is there a drum hit there?"
        "time_points": _claim("meter", _time_points_sentence(a, routing.question), "window.beat_grid", live, 0.7),
        # "I want a clean kick, a clean snare and a clean hi-hat": which drums are struck alone, and where
        "clean_hits": _claim("pattern", _clean_hits_sentence(a, routing.question), "drum_pattern.alone_hits",
                             ["drums"], 0.6),
        # "any flams or doubles on the snare?", "which hits are clean one-shots?": the doubled stick strokes
        "doubles": _claim("pattern", _doubles_sentence(a, routing.question), "drum_pattern.double_hits", ["drums"], 0.6),
        "lead_unread": _claim("caution", _lead_unread_sentence(a, named, live, routing.question), "presence.playing",
                              named[:1] or live, 0.8),
        # "where would a drum fill fit?": into the section change, else where a four-bar phrase turns
        "fill_spot": _claim("form", _fill_spot_sentence(a, routing.question), "events, window.bars", live, 0.7),
        # "power chords or full chords?": how many notes the named part's chords hold
        "voicing": _claim("presence", _voicing_sentence(a, named, routing.question), "presence.voicing", named[:1],
                          0.7),
        # "does the bass ever play the third?": a line's chord tones by their place in the chord
        "degrees": _claim("harmony", _degrees_sentence(a, named, routing.question, m.stem if m else None),
                          "harmony.chart.line_fits", named[:1] or ([m.stem] if m else []), 0.7),
        "fit": _claim("harmony", _fit_sentence(a, named, routing.question, m.stem if m else None),
                      "harmony.chart.line_fits", named[:1] or ([m.stem] if m else []), 0.7),
        "rubs": _claim("harmony", _rubs_sentence(a, named, routing.question, m.stem if m else None),
                       "harmony.chart.line_fits", named[:1] or ([m.stem] if m else []), 0.7),
        "part_rubs": _claim("harmony", _part_rubs_sentence(a, named, routing.question, m.stem if m else None),
                            "harmony.chart.line_fits.against", named[:2], 0.7),
        # "is the band fading out, or does it stay at one level?": the level bar by bar after its last drop
        "fade": _claim("dynamics", _fade_sentence(a, routing.question), "bar levels, events", live, 0.7),
        # "do they swell over the first bars, or hit at full strength?": the level bar by bar after its last rise
        "swell": _claim("dynamics", _swell_sentence(a, routing.question), "bar levels, events", live, 0.7),
        # "where's the first downbeat in this window?": where the first bar line falls against its start
        "downbeat": _claim("meter", _downbeat_sentence(a, routing.question), "window.first_beat_in_bar", live, 0.8),
        # "does the bass play the exact notes the keys are holding?": the pitches two named parts share, bar by bar
        "same_notes": _claim("interaction", _same_notes_sentence(a, named, routing.question),
                             "relations (shared pitches by bar)", named[:2], 0.7),
        # "where does the band stop, and who keeps playing?": the biggest drop-out and the parts left
        "who_left": _claim("presence", _who_left_sentence(a, live, routing.question), "events, part bar levels", live,
                           0.7),
        # "how hard is he playing in each part, and is he ever out?": the named part's level section by section
        "part_sections": _claim("dynamics", _part_sections_sentence(a, named, routing.question),
                                "part bar levels, events", named[:1], 0.7),
        # "does the drummer dig in at the verse, or hold back?": the named part's level and hits across the change
        "dig": _claim("dynamics", _dig_sentence(a, named, routing.question), "part bar levels, events",
                      _dig_stems(routing.question, named), 0.7),
        # "where are the accents?": where a part's louder strokes fall
        "accents": _claim("presence", _accents_sentence(a, named, routing.question), "presence.accents", named[:1],
                          0.7),
        "registers": _claim("presence", _registers_sentence(a, named, routing.question), "presence.lowest_highest",
                            named[:2], 0.8),
        "masking": _claim("interaction", _masking_sentence(a, named, m.stem if m else None, routing.question),
                          "texture.masking_pair, H006 register overlap", named[:1] or ([m.stem] if m else []), 0.7),
        "ends": _claim("presence", _ends_sentence(a, named or ([m.stem] if m else []), routing.question),
                       "presence.line_ends", named[:1] or ([m.stem] if m else []), 0.8),
        "starts": _claim("presence", _starts_sentence(a, named or ([m.stem] if m else []), routing.question),
                         "presence.line_starts", named[:1] or ([m.stem] if m else []), 0.8),
        # "what are the last notes he plays, and which one's still ringing?": its last stroke and what still sounds
        "last": _claim("presence", _last_sentence(a, named, routing.question), "presence.last_notes, "
                       "presence.ringing_at_end", named[:1], 0.7),
        # "any walk-ups into the next chord?": how a line gets into each change
        "approach": _claim("harmony", _approach_sentence(a, named, routing.question), "presence.change_approaches",
                           named[:1] or ["bass"], 0.7),
        # "does she just touch the top one or keep going back up there?": how often the top note comes
        "top_again": _claim("presence", _top_again_sentence(a, named or ([m.stem] if m else []), routing.question),
                            "presence.lowest_highest", named[:1] or ([m.stem] if m else []), 0.7),
        # "same hits as the kick or in between?": the bass's notes with the kick and between
        "with_kick": _claim("groove", with_kick, "groove.onsets, groove.matched, "
                            "presence.bar_notes, drum_pattern.by_bar",
                            list(g.locked_pair) if g and g.locked_pair else ["drums", "bass"], 0.8),
        # "could I double the bass an octave up without clashing?": its range moved, against the others'
        "octave_double": _claim("presence", _octave_double_sentence(a, named, routing.question),
                                "presence.register_range", named[:1], 0.7),
        # "what register is free here?": where the parts' usual ranges leave room
        "free_register": _claim("presence", _free_register_sentence(a, routing.question), "presence.register_range",
                                live, 0.7),
        # "is that a tom fill?": where the fill is and what it is played on
        # (no fill here, asked in a clause of its own: "what's on kick, snare and hats, and any fills?" got the
        # pattern alone over MusicDelta Beatles: the eighteenth session's sweep, dev)
        "fill": _claim("events", _fill_sentence(a, routing.question) or (
            no_fill if re.search(FILL_OR_ROLL_ASKED, (routing.question or "").lower()) else None),
            "events, drum_pattern.by_bar", ["drums"], 0.7),
        # "are the changes pushed?": where a chord part gets to each new chord against the bar line
        "arrivals": _claim("harmony", _arrival_sentence(a, solo, routing.question), "presence.change_arrivals",
                           solo[:1], 0.7),
        # "which eighths does he hit?": where the named part's strokes fall in the bar
        "rhythm": _claim("presence", _rhythm_sentence(a, solo, routing.question, routing.bar), "presence.rhythm",
                         solo[:1], 0.8),
        # "where's the loudest moment?": the loudest bar, and where the level rises into it
        "peak": _claim("dynamics", _peak_sentence(a, routing.question), "loudest, events, part bar levels", live, 0.8),
        # "is the melody stepwise or does it leap around?": how the named part (or the melody) moves
        # "how long does he hang on his long notes?": the named line's longest notes
        # "is he letting the chords ring or cutting them short?": their usual length and the ones that ring on
        "ring": _claim("presence", _ring_sentence(a, line, routing.question),
                       "presence.typical_note_beats, presence.held", line[:1], 0.8),
        "holds": _claim("presence", _holds_sentence(a, line, routing.question), "presence.held", line[:1], 0.8),
        "motion": _claim("melody", _motion_sentence(a, named or ([m.stem] if m else []), routing.question),
                         "presence.motion, presence.step_share", named[:1] or ([m.stem] if m else []), 0.8),
        # "what's the top note of her chords doing?": the chord part's top note bar by bar
        "tops": _claim("presence", _tops_sentence(a, named, routing.question), "presence.bar_tops", named[:1], 0.8),
        # "where does his left hand go?": a piano's notes read as two hands by register
        "hands": _claim("presence", _hands_sentence(a, named, routing.question), "presence.hands", named[:1] or
                        ["piano"], 0.7),
        # "what are the first notes she sings here?": the line's first bar with notes
        "first_notes": _claim("presence", _first_notes_sentence(a, named or ([m.stem] if m else []), routing.question),
                              "presence.bar_notes", named[:1] or ([m.stem] if m else []), 0.8),
        # "how many syllables do I need per line?": the voice's sung notes line by line
        "syllables": _claim("melody", _syllables_sentence(a, routing.question), "presence.line_notes", ["vocals"], 0.6),
        # "where are the holes between her lines?": the named part's rests (else the melody's)
        # "is anything out of time here?": each selected part against the kit, the singer against the beat
        "in_time": _claim("groove", _in_time_sentence(a, live, named, routing.question),
                          "H004 pairs with the drums, H015 vocal alignment", live, 0.7),
        "gaps": _claim("presence", _gaps_sentence(a, gapped, routing.question), "presence.rests", gapped[:1], 0.8),
        "spill": _claim("caution", _spill_sentence(a, named), "stems.spill_ratio", named or live, 0.8),
        # "is the guitar doubling the bass?" where the two play different parts: said as a no, first
        "not_double": _claim("interaction", _not_double_sentence(tex, routing.question, named), "texture.interaction",
                             pair_relation.stems if pair_relation else [], 0.8),
        # "what's the bass doing in the second bar?": that bar's notes (or its chord)
        "bar_events": _claim("events", _bar_events_sentence(a, named, routing), "events, drum_pattern.by_bar, "
                             "chord_grid.bars, presence.bar_notes", live, 0.7),
        "bar_part": _claim("presence", _bar_sentences(a, named or (live if len(live) == 1 else []), routing),
                           "presence.bar_notes, harmony.chart", named[:1] or live, 0.9),
        # "how many bars is this? want to loop it": the window's length in the bars and beats the findings count
        "length": _claim("meter", _length_sentence(a, routing.entry_parts, routing.question),
                         "window.beats, window.bars, meter.beats_per_bar", live, 0.8),
        # "what's the singer doing in bar three?" over a window of two bars: said first, not passed over
        "no_bar": _claim("caution", _no_bar_sentence(a, routing.bar_missing), "routing.bar_missing, window.bars",
                         named[:1] or live, 1.0),
        # "is the vocal doubled?" about one part: what can and cannot be told from its track alone
        "self_double": _claim("caution", _self_double_sentence(a, named, routing.question), "stems", named[:1], 1.0),
        "unmeasured": _claim("caution", None if intoned is not None else
                             _unmeasured_sentence(routing.question, "vocals" in (named or live)),
                             "routing.asks", named or live, 1.0),
        # "has she drifted flat by the end?": a voice's notes against the band's tuning
        "intonation": _claim("melody", intoned, "presence.intonation", ["vocals"], 0.7),
        "roots": _claim("harmony", _roots_sentence(a), "presence.root_share, harmony.chart", ["bass"], 0.8),
        # "want to add a bass under this -- what root should it play each bar?": the chart's roots for it
        "planned_roots": _claim("harmony", _planned_roots_sentence(a, routing.question), "harmony.chart", live, 0.8),
        "balance": _claim("presence", _balance_sentence(a, named), "presence.level_db_vs_loudest", named[:2], 0.8),
        "loudest_part": _claim("presence", _loudest_part_sentence(a), "presence.level_db_vs_loudest", live, 0.8),
        "mix_groove": _claim("caution", "In the unseparated mix the kick, snare and hats cannot be told apart, so the "
                             "drum pattern and the bass's lock with the kick are not read here." if live == [MIX_STEM]
                             else None, "window.stems", live, 1.0),
        "who": _claim("presence", _who_sentence(live, silent, _unselected(a), bool(a.track_context.stems)),
                      "roles, presence.sounding_share, track_context.stems", live + silent, 0.9),
        # asked whether there is a fill, where the events hold none: said, not left to silence
        "no_fill": _claim("events", no_fill, "events", ["drums"], 0.7),
        "kit_at_change": _claim("pattern", _kit_at_change_sentence(a, routing.question, routing.percussion_asked),
                                "drum_pattern.by_bar, events", ["drums"], 0.7),
        "kit_before": _claim("pattern", _kit_before_sentence(a, routing.question, routing.percussion_asked),
                             "drum_pattern.by_bar, events", ["drums"], 0.7),
        "kit_varies": _claim("pattern", _kit_varies_sentence(a, routing.question, routing.percussion_asked),
                             "drum_pattern.by_bar", ["drums"], 0.7),
        "end_chord": _claim("harmony", _end_chord_sentence(a, routing.question), "harmony.chart", harmonic,
                            harmony_conf),
    }
    if c["ties"] is not None and not re.search(r"(?<!bar )\b(?:lines?|phrases?)\b", (routing.question or "").lower()):
        # "does she start her notes fresh on the one, or hold them over?" asks her notes at the bar lines, not where
        # her lines start ("never on the one" beside the notes struck fresh on the one read as a contradiction)
        c["starts"] = None
    if c["ends"] is not None or c["starts"] is not None:  # the lines counted where they end or start (a landing and
        # a quick breath end one too): the phrases' own count, parted only by long breaths, would contradict it ("four
        # phrases" beside "start their lines on beat four, on beat three and on beat two" on vocadito: the sixteenth
        # session's sweep, dev)
        c["phrasing"] = None
    if c["starts"] is not None and c["entry"] is not None:
        # "does she come in on the one with each line?" asks every line's start; "where does the bass come in?" its
        # entry, placed in the window's bars
        lines = re.search(r"\blines?\b|\bphrases?\b|\beach\b|\bevery\b", (routing.question or "").lower())
        c["entry" if lines else "starts"] = None
    if c["held_off"] is not None:  # the held notes against the band's tuning answer it, not the band against A 440
        c["tuning"] = None
    if c["chord_lengths"] is not None:  # the chords said with their lengths are the chart's sentence: not said twice
        c["chords"] = c["chord_lengths"]
    by_frame = {
        "pulse": ["lock", "feel", "dynamics", "melody", "harmony"],
        "tonal": ["harmony", "tension", "melody", "dynamics", "lock"],
        "form": ["form", "contrast", "melody", "dynamics", "lock"],
        "foreground": ["vocal", "interaction", "harmony", "dynamics"],
        "micro_event": ["gesture", "dynamics"],
        "unknown": ["dynamics", "lock", "harmony", "melody"],
    }[frame.frame]
    def one_section(question: str | None) -> bool:
        # "where does the chorus start?" asks for the form; "what's the intro like?" over one section asks what plays there
        return len(a.window.sections) <= 1 and not re.search(
            r"\bwhere\b|\bwhen\b|\bstarts?\b|\bbegins?\b|\bhow long\b|\bwhich section|\bwhat section|\bsections\b|"
            r"\bsection (?:change|boundar)|\bform\b|\bstructure\b", (question or "").lower())

    inside_one = one_section(routing.question)

    def firsts(asks: str, named: list[str], question: str | None) -> list[str]:
        """The claims that answer ``asks`` (about the ``named`` stems), best first."""
        part_role = next((r.role for r in roles if named and r.stem == named[0]), None)
        inside_one = one_section(question)
        # between bass and drums the relation a player means is the pocket: the lock before the generic interplay
        relation = (["lock", "cannot_lock", "interaction"] if {"bass", "drums"} <= set(named)
                    else ["interaction", "lock", "cannot_lock"])
        return {
            # a singer's timing is the vocal's placement against the beat; otherwise the pocket of bass and kick
            "timing": ["tempo"] + (["vocal", "lock", "cannot_lock"] if "vocals" in named and not {"bass", "drums"} & set(named)
                                   and not lock_asked
                                   else ["lock", "cannot_lock", "solo_timing", "feel", "pattern"]),
            # a meter named ("it is 4/4, isn't it?", "a waltz, yeah?"): the window's meter first, the tempo after (round
            # 85's ch10, dev: a 5/4 chorus asked as 4/4 with a drift got the steady tempo, the five only in the text)
            "meter": (["meter", "tempo", "part_feel", "band_feel", "meter_why", "pattern"]
                      if re.search(METER_NAMED, (question or "").lower()) else
                      ["tempo", "part_feel", "band_feel", "meter", "meter_why", "pattern"]),
            "drum_pattern": (["bar_part"] if routing.bar is not None else []) + ["pattern", "no_drums", "meter", "lock"],
            "chords": ["chords", "key", "tension"],
            "density": ["density", "feel"],
            # "what's the groove?": what the kit plays, how the bass sits with it, then the feel
            "groove": ["pattern", "lock", "cannot_lock", "mix_groove", "meter", "feel", "interaction"],
            "tension": ["tension", "chords", "key"],
            "key": ["key_lead", "chords"],
            # (between bass and drums the pocket first: "does it follow the kick?" of the bass got how many of the
            # bass's and the singer's notes start together, the question's first pair: a sweep on Rock, dev)
            "interaction": (relation + ["self_double", "not_double", "pair"] if {"bass", "drums"} <= set(named)
                            else ["self_double", "not_double", "pair"] + relation),
            # "how loud is the bass against the kick?": the two named parts' levels, then who carries
            "carry": (["balance"] if len(named) >= 2 and re.search(r"\bloud|\bquiet|\bbalance", (question or "").lower())
                      else ["loudest_part"] if re.search(LOUDEST_PART_ASKED, (question or "").lower())
                      else []) + ["carry", "interaction"],
            # what happens: the events, then the form; the narrative (arc, story): the events, then the tension and
            # release they make
            "narrative": (["events", "arc", "phrasing", "no_events", "form"] if routing.focus == "arc" else
                          ["no_fill", "events", "no_events", "form", "contrast", "arc"]),
            # "what is X doing against Y": the part, then how it relates to the other named part
            "part": (["roots"] if re.search(r"\broots?\b", (question or "").lower()) else []) +
            (["parts"] if c["parts"] is not None else ["part"]) + (
                relation if routing.focus == "interaction" and len(named) >= 2
                                else ["pattern"] if named[:1] == ["drums"] and c["parts"] is None
                                else ["lock", "cannot_lock"] if named[:1] == ["bass"] else ["melody"] if m is not None and m.stem in named[:1] else
                                ["chords"] if part_role == "harmony_pad" else ["melody", "chords"]),
            # "how many lines does she sing?": the phrases counted first
            "melody": (["phrasing", "melody"] if re.search(r"\bhow many (?:lines|phrases)\b|\bbreath",
                                                            (question or "").lower()) else ["melody", "phrasing"])
            + ["vocal", "no_melody"],
            "form": ["events", "who", "pattern", "chords", "no_form"] if inside_one else ["form", "contrast", "no_form", "events"],
            "texture": ["interaction", "carry"],
            "spill": ["spill"],
            # not measured (intonation, effects, mix processing): said first, then the moment as its frame reads it
            "unmeasured": ["intonation", "unmeasured"],
            "who": ["who", "events", "carry"],
            "length": ["length", "meter"],
            "gaps": ["gaps", "phrasing", "events"],
            "peak": ["peak", "events", "dynamics"],
        }.get(asks, [])

    # (a bar asked of a named part, not as a part's question: "how does the drummer end this bit?" got the lock, the
    # events sentence being for no part named: the twenty-fourth session's sweep on Shadows, dev)
    answer_first = (["bar_part"] if routing.bar is not None and routing.asks in ("part", "chords", "melody")
                    else ["bar_events"] + (["bar_part"] if routing.asks in ("overview", "narrative") and named else [])
                    if routing.bar is not None and routing.asks not in ("drum_pattern",)
                    else ["no_bar"] if routing.bar_missing is not None else []) + firsts(routing.asks, named,
                                                                                         routing.question)
    # asked a part's rhythm, its chords' top line, the numerals, where its lines start, whether a line comes back:
    # said first
    driven = [key for key in DRIVEN_ASKED if c.get(key) is not None]
    answer_first = driven + answer_first
    if c.get("part_feel") is not None and re.search(PART_FEEL_LEADS, (routing.question or "").lower()):
        # a named part's swing or triplets asked: its own split of the beat answers first ("her off-beat notes sit
        # with the ride's skip beat, yeah? thinking of snapping her to the triplet grid" got where she plays off
        # the beat and the kit's pattern, never that she sings even duplets: round 111's dh09, dev)
        answer_first = ["part_feel"] + [k for k in answer_first if k != "part_feel"]
    heads: list[tuple[str, str | None]] = []
    if routing.tempo_asked and "tempo" not in answer_first:
        # "is she keeping time or slowing down into the ending?" asks the tempo whatever else it names (round 19's
        # f03 was answered with the events: "Later on the vocals stop")
        answer_first = ["tempo"] + answer_first
    if routing.also or (driven and len(CLAUSE_BREAK.split(routing.question or "")) > 1):
        # a compound question ("..., and what's the drummer playing?"): each clause answered in turn, in the order
        # asked. A clause a question-driven sentence answers (its last notes, its rhythm) is answered by it; asked
        # "where does he breathe between lines, and what chord is under each line's last note?", the last notes came
        # first and the breaths third (the twelfth session's review, dev).
        asked = clause_asks(routing.question, {s.stem for s in a.stems if not s.empty})
        head = next((k for k in answer_first if k not in driven and c.get(k) is not None), None)
        if asked and asked[0][0] == "part" and asked[0][2][:1] != named[:1] and asked[0][2]:
            # the first clause's part is another than the question names ("he leans on one long note -- what note is
            # it? ... is the drummer doing anything?" over vocals and drums: the singer's): that part's sentence, its
            # long notes where the question asks how long it holds them (round 91's cn03 got "the drums play
            # throughout", dev)
            key = "part:" + asked[0][2][0]
            held = _holds_sentence(a, asked[0][2], routing.question)
            c[key] = _claim("presence", held, "presence.held", asked[0][2][:1], 0.8) if held else \
                _claim("presence", _part_sentence(a, asked[0][2], asked[0][1]), "presence", asked[0][2][:1], 0.9)
            head = key if c.get(key) is not None else head
        heads = [(asked[0][1] if asked else "", head)]
        for more in routing.also:
            keys = firsts(more.asks, more.named_stems, more.clause)
            if more.asks == "part" and more.named_stems[:1] != named[:1]:  # the part that clause names, not the first
                key = "part:" + more.named_stems[0]
                # (with the producer's purpose, which is the whole question's: "... what's the bass playing under
                # that gap? want to double the bass with a synth there" asks its notes, round 92's co07, dev)
                c[key] = _claim("presence", _part_sentence(a, more.named_stems, more.clause + ". " +
                                                           _purpose_text(routing.question)), "presence",
                                more.named_stems[:1], 0.9)
                keys = [key if k in ("part", "parts") else k for k in keys]  # (not both named parts: this one)
            heads.append((more.clause, next((k for k in keys if c.get(k) is not None), None)))
        answer_first = _in_clause_order(routing.question or "", driven, heads) + answer_first
    if len(live) == 1 and routing.focus == "interaction" and not named and not driven:
        # (a sentence the question drives answers it: "what's the left hand doing against the right?" over a solo
        # piano is its hands, not "no interplay between parts": the twenty-fourth session's sweep, dev)
        c["solo"] = _claim("interaction", f"Only the {live[0]} {verb(live, 'plays', 'play')} in this selection, so "
                           "there is no interplay between parts to describe.", "roles", live, 1.0)
        order = ["solo"] + by_frame
    elif answer_first:
        order = answer_first + by_frame
    elif frame.frame == "micro_event":  # a gesture is described as one, led by what was asked
        order = (["dynamics", "gesture"] if routing.focus == "arc" else
                 ["lock", "gesture"] if routing.intent == "groove" and len(named) >= 2 else
                 ["interaction", "gesture"] if routing.focus == "interaction" else by_frame)
    elif routing.intent == "groove" or (routing.focus == "interaction" and len(named) >= 2):
        order = ["lock", "feel", "interaction"] + by_frame
    elif routing.focus == "arc":
        order = ["arc", "phrasing", "tension", "form", "contrast"] + by_frame
    elif routing.focus == "interaction" or routing.intent == "texture":
        order = ["interaction", "lock", "feel"] + by_frame
    elif routing.intent == "harmony":
        order = ["chords", "harmony", "tension"] + by_frame
    elif routing.intent == "melody":
        order = ["melody", "phrasing", "vocal"] + by_frame
    elif routing.intent == "structure":
        order = (["events", "who", "pattern", "chords"] if inside_one else ["form", "contrast", "no_form"]) + by_frame
    else:
        changes = [e for e in a.events if e.kind not in ("section", "phrase_end", "loudest")]
        order = by_frame[:1] + (["events"] if changes else []) + by_frame[1:]  # the moment first, then what changes
    if c.get("planned_roots") is not None:  # the roots for the bass the producer adds said: not the track's bass
        order = [k for k in order if k != "roots"]
    if c.get("degrees") is not None:
        # the line's degrees said, "whether the bass plays the roots cannot be read here" would gainsay them
        bass = next((p for p in a.presence if p.stem == "bass"), None)
        order = [k for k in order if k != "roots" or (bass is not None and bass.root_share is not None)]
    if c.get("in_time") is not None:  # each part against the kit said: the bass's lock and the singer's place again
        order = [k for k in order if k not in ("lock", "vocal")]
    if any(k in order and c.get(k) is not None for k in ("fit", "degrees")):
        # a line's own fit said, the all-parts tension ("the notes sit inside the chords") would gainsay it
        order = [k for k in order if k != "tension"]
    claims: list[Claim] = []
    # (a part named as a place is no part asked: "in the quiet bit after the drum break her voice is one long wash"
    # got "The drums are not in this selection", round 71's bt04, dev)
    low = (routing.question or "").lower()
    # (the place phrase kept where it names the only part: "the notes from the guitar solo")
    missing = [x for x in named_stems(re.sub(PLACE_PART, " ", low)) or named_stems(low) if x not in a.window.stems]
    if missing and MIX_STEM in a.window.stems:  # there, but not heard apart: the track was loaded unseparated
        claims.append(Claim(axis="caution", text=f"The {_names(missing)} {verb(missing, 'is', 'are')} inside the "
                            "unseparated mix and cannot be heard apart from the rest, so this answer is about the mix "
                            "as a whole.", source="routing.named_stems", stems=missing, confidence=1.0))
    elif missing:
        # a part the track has but the selection leaves out; one the track lacks is said as lacking, but for 'other'
        # (named by "synth", "pad", "strings": a producer's own plan as often as a part: "want to program a synth strum
        # that doubles the guitar" got "The other is not in this selection", round 31's af09, dev)
        known = a.track_context.stems
        # a part the producer means to write ("writing the bass part and don't want to clash with him") is no part
        # the answer leaves out (round 32's ag01 got "This track has no bass stem": dev)
        def named_without(*plans: str) -> list[str]:  # the stems named outside the producer's own plans
            return named_stems(re.sub("|".join(plans), " ", low))
        missing = [x for x in missing if x in named_without(PLANNED_PART)]
        # (a player who wants to do something is the producer's: "guitarist wants to shadow the singer's shouts"
        # got "The guitar is not in this selection", round 70's bs06, dev)
        left_out = [x for x in missing if (not known or x in known) and x in named_without(PLANNED_PART, PLAN_PERSON)]
        # 'other' said as lacking only where a band instrument named it ("does the flute have vibrato?" over a track
        # with no such stem was answered with the singer's as if it were the flute's: the twenty-seventh session, dev)
        band = named_instrument(re.sub(PLANNED_PART, " ", low))
        # (an instrument the producer plans is theirs wherever named again: "want a sax fill in the hole ... so the
        # sax can lead into it" got "This track has no stem for the sax", round 72's bu02, dev)
        # ... but for a clause that asks the track's own ("I need some flute lines -- does the flute already have
        # vibrato?" answered the singer's as the flute's: the twenty-ninth session's review)
        track_own = {named_instrument(low[x:z]) for x, z in track_own_clauses(low)}
        if band in {named_instrument(m.group(0)) for m in re.finditer(PLANNED_PART, low)} and band not in track_own:
            band = None
        # ... nor one the producer's own player is ("our singer wants this in C" over a guitar track got "This
        # track has no vocals stem": round 68's bq05, dev)
        theirs = named_without(PLANNED_PART, OWN_PERSON, PLAN_PERSON)
        lacking = [x for x in missing if known and x not in known and (x != "other" or band) and x in theirs]
        if left_out and routing.asks == "spill":
            # spill is read against every stem of the track, selected or not: "is the acoustic or the kit bleeding
            # into his vocal?" with the kit left out got "this answer is about the vocals and guitar", and the kit
            # was left open (round 41's ap06, dev)
            claims.append(Claim(axis="caution", text=f"The {_names(left_out)} {verb(left_out, 'is', 'are')} not in "
                                "this selection, but the spill reading compares each selected track with every other "
                                f"stem of the track, the {_names(left_out)} included.",
                                source="routing.named_stems, stems.spill_ratio", stems=left_out, confidence=1.0))
        elif left_out:
            where = f" (where the {band} would be heard)" if band and left_out == ["other"] else ""
            claims.append(Claim(axis="caution", text=f"The {_names(left_out)}{' stem' if where else ''}{where} "
                                f"{verb(left_out, 'is', 'are')} not in this selection, so this answer is about the "
                                f"{_names(list(a.window.stems))}.", source="routing.named_stems", stems=left_out,
                                confidence=1.0))
        elif lacking:
            rest = [x for x in lacking if x != "other"]
            parts = (f"no stem for the {band}" + (f" and no {_names(rest)} stem" if rest else "") +
                     f" (its stems are the {_names(list(known))})" if band and "other" in lacking
                     else f"no {_names(lacking)} stem")
            claims.append(Claim(axis="caution", text=f"This track has {parts}, so this answer is about the "
                                f"{_names(list(a.window.stems))}.", source="routing.named_stems",
                                stems=lacking, confidence=1.0))
    # "I want to add a trumpet -- does it already have one?": the instrument a pronoun asks after, where the
    # selection does not hold the stem it would be heard in (the thirtieth session's review: no notice)
    referent = track_own_referent(low)
    if referent and "other" not in a.window.stems and not any("other" in (x.stems or []) for x in claims):
        known = a.track_context.stems
        where = (f"This track has no stem for the {referent} (its stems are the {_names(list(known))})"
                 if known and "other" not in known else
                 f"The other stem (where the {referent} would be heard) is not in this selection")
        claims.append(Claim(axis="caution", text=f"{where}, so this answer is about the "
                            f"{_names(list(a.window.stems))}.", source="routing.named_stems", stems=["other"],
                            confidence=1.0))
    # a part the question is about that barely plays here: said first, before anything about the others
    barely = [p for p in a.presence if p.stem in named and 0 < p.onsets < MIN_VERDICT_ONSETS
              and p.sounding_share < 0.5]
    if barely and routing.asks not in ("part", "narrative", "carry", "timing", "interaction"):  # (those say why)
        claims.append(Claim(axis="presence", text=" ".join(say.presence_sentence(p) for p in barely),
                            source="presence.onsets, presence.reading", stems=[p.stem for p in barely], confidence=1.0))
    for key in order:
        claim = c.get(key)
        if claim is not None and claim.text not in {x.text for x in claims}:
            if named and claim.stems and not set(claim.stems) & set(named) and claim.axis in ("groove", "melody") \
                    and routing.asks not in ("meter", "drum_pattern"):
                continue  # a question about named stems is answered about them
            if key == "harmony" and any(x is c.get("chords") for x in claims):
                if any(x.axis == "key" for x in claims):
                    continue  # the key and the chart already said: "it centres on ..., a new chord every bar" repeats them
                # (its key spelled out as every claim's is: "Harmonically it centres on Eb major" slipped past _claim:
                # the twenty-fifth session's sweep on GuitarSet, dev)
                text = say.spoken_keys(_harmony_sentence(hm, frame.frame, pace=False))
                claim = claim.model_copy(update={"text": text})
            claims.append(claim)
        if len(claims) == 3:
            break
    # a question about a selected part that also names an unselected one is answered first, the scope after
    # (only where that scope was said: a part named only as the producer's own plan, "voicing a string pad under her",
    # says none, and the swap put the answer to the question's second clause first: round 33's ah05, dev)
    if named and missing and MIX_STEM not in a.window.stems and len(claims) > 1 and \
            claims[0].source == "routing.named_stems":
        claims[0], claims[1] = claims[1], claims[0]
    # the last place: a silent stem named silent, then (over it) a caution that changes the answer
    silent = [x for x in silent if not any((x in cl.stems and "silent" in cl.text) or (
        x in cl.text and re.search(r"\bdo(?:es)? not (?:come in|play)\b", cl.text)) for cl in claims)]
    if silent:
        said = Claim(axis="roles", text=f"The {_names(silent)} {verb(silent, 'is', 'are')} silent here.",
                     source="roles", stems=silent, confidence=1.0)
        # the part the question asks about is silent: that is the answer, first ("is the singer's melody mostly
        # stepwise?" over a solo got the groove and, last, 'The vocals are silent here': a sweep of mine, dev)
        claims = [said] + claims[:2] if named and set(named) <= set(silent) else claims[:2] + [said]
    caution = summary_caution(a, hm)
    if caution is not None and caution.source.startswith("harmony.") and not any(
            x.axis in ("harmony", "key") or re.search(r"\bchords?\b|\bharmon|\bcentres on\b", x.text) for x in claims[:3]):
        caution = None  # chords only implied changes an answer about the harmony, not one about the groove
    if caution is not None and caution.source.startswith("harmony.") and silent and \
            routing.asks in ("narrative", "who", "form"):
        caution = None  # what happens here: who is out says more than how the chords are read
    asked_texts = {c[k].text for k in list(driven) + [h for _, h in heads if h] if c.get(k) is not None}
    if caution is not None and caution.source.startswith("harmony.") and len(claims) >= 3 and \
            claims[2].text in asked_texts:
        caution = None  # a third ask's answer stays: how the chords are read is no answer ("where does he grab a
        # breath" lost its sentence to "the chords are only implied": round 79's cb01, dev)
    if caution is not None and not any(x.source == caution.source for x in claims):
        claims = claims[:2] + [caution]
    if not claims:
        claims = [Claim(axis="roles", text=f"The {_names(live)} {verb(live, 'plays', 'play')} quietly here, with "
                        "little to measure.", source="roles", stems=live, confidence=0.5)]
    if further is not None:  # a fourth ask (and more): answered beside the summary, not dropped ("what's the tempo,
        # what key, where's the one, and how many bars is this?" lost its last two: the twenty-ninth session's list)
        asked_keys = [k for k in order if k in driven or k in {h for _, h in heads if h}]
        said = {x.text for x in claims}
        for k in dict.fromkeys(asked_keys):
            if c.get(k) is not None and c[k].text not in said and len(further) < FURTHER_ANSWERS:
                further.append(c[k])
                said.add(c[k].text)
    for claim in claims + (further or []):
        if FORBIDDEN.search(claim.text) or claim.text.count(". ") or not claim.text.endswith("."):
            raise AssertionError(f"summary sentence breaks its rules: {claim.text!r}")  # a template bug
    return claims


FURTHER_ANSWERS = 4  # asks past the summary's, answered beside it (a question rarely asks more than six things)


def _harmonic_stems(a: WindowAnalysis) -> list[str]:
    h8 = a.results.h008
    return list(h8.evidence.spelled_by) if h8.status == "ok" else []


def _harmony_confidence(hm: Harmony | None) -> float:
    if hm is None or not hm.chord_motion:
        return 0.5
    span = sum(ch.end_s - ch.start_s for ch in hm.chord_motion) or 1.0
    return sum(ch.confidence * (ch.end_s - ch.start_s) for ch in hm.chord_motion) / span


def summary_caution(a: WindowAnalysis, hm: Harmony | None) -> Claim | None:
    """The one caution that changes the answer, if any, in the order a listener needs it: a failed
    transcription, a window too short to judge, a weak separated piano, bleed, a harmony only implied."""
    failed = [s.stem for s in a.stems if s.confidence_note and s.confidence_note.startswith("its notes could not")]
    if failed:
        return _claim("caution", f"The {possessive(_names(failed))} notes could not be analysed, so nothing here describes "
                      f"{'it' if not plural(failed) else 'them'}.", "stems.confidence_note", failed, 1.0)
    if a.window.duration_s < 2.0:
        return _claim("caution", "The window is very short, so this describes a gesture, not the key or the form.",
                      "window.duration_s", list(a.window.stems), 1.0)
    weak = [s.stem for s in a.stems if s.confidence_note and "weak" in s.confidence_note and not s.empty]
    if weak:
        return _claim("caution", f"The {_names(weak)} {verb(weak, 'was', 'were')} separated from the mix by a model "
                      "that handles it poorly, so claims about it are tentative.", "stems.confidence_note", weak, 1.0)
    # spill is said only where it was measured: frames that carry another stem's sound (a part's own decay
    # or a noise floor are residue, not spill)
    bleed = [s.stem for s in a.stems if not s.empty and s.stem != "drums"
             and (getattr(s, "spill_ratio", None) or 0.0) >= BLEED_CAUTION]
    if bleed:
        return _claim("caution", f"Much of what sounds in the {_names(bleed)} is spill from other instruments, so "
                      f"{its(bleed)} reading is tentative.", "stems.spill_ratio", bleed, 1.0)
    h8 = a.results.h008
    if hm is not None and hm.chord_motion and h8.status == "ok" and h8.evidence.implied_by_melody:
        return _claim("caution", "The chords are only implied by a single line here, not played.",
                      "harmony.chord_motion[].implied", list(h8.evidence.spelled_by), 1.0)
    return None


# Two parts' levels over the frames where each sounds: within BALANCE_EVEN dB they are about as loud, beyond
# BALANCE_CLEAR clearly apart (a listener hears a 3 dB step; 8 dB is about half as loud)
BALANCE_EVEN, BALANCE_CLEAR = 3.0, 8.0


def _balance_sentence(a: WindowAnalysis, named: list[str]) -> str | None:
    """How loud the first two named parts are against each other, in words."""
    ps = [next((p for p in a.presence if p.stem == n), None) for n in named[:2]]
    if len(ps) < 2 or any(p is None or p.level_db_vs_loudest is None or p.sounding_share == 0 for p in ps):
        return None
    (x, y), diff = ps, ps[0].level_db_vs_loudest - ps[1].level_db_vs_loudest
    if abs(diff) < BALANCE_EVEN:
        how = "about as loud as"
    else:
        how = ("a little " if abs(diff) < BALANCE_CLEAR else "clearly ") + ("louder than" if diff > 0 else "quieter than")
    return (f"The {x.stem} {verb([x.stem], 'is', 'are')} {how} the {y.stem} here, over the moments each sounds (its "
            "own track's level, as recorded or separated).")


# "which instrument is loudest here?" got who carries (the eighteenth session's sweep on Rock, dev): the parts' own
# levels ranked, each against the loudest in the words of the balance sentence
LOUDEST_PART_ASKED = (r"^(?!.*\b(?:which|what) (?:bar|beat|moment|point|bit|stretch|section|spot)\b)"
                      r".*\b(?:which|what|who)\b[^?]*\b(?:loudest|louder|the most level)\b")


def _loudest_part_sentence(a: WindowAnalysis) -> str | None:
    ps = sorted((p for p in a.presence if p.level_db_vs_loudest is not None and p.sounding_share > 0 and
                 p.stem != MIX_STEM), key=lambda p: -p.level_db_vs_loudest)
    if len(ps) < 2:
        return None
    top, rest = ps[0], ps[1:]

    def how(p) -> str:
        diff = top.level_db_vs_loudest - p.level_db_vs_loudest
        return ("about as loud" if diff < BALANCE_EVEN else "a little quieter" if diff < BALANCE_CLEAR else
                "clearly quieter")
    said = [f"the {_names([p.stem for p in ps_])} {words}"
            for words, ps_ in groupby(rest, key=how)]
    return (f"The {possessive(top.stem)} track is the loudest here; {_names(said)} (each track's own level over the "
            "moments it sounds, as recorded or separated).")


ROOTS_MOSTLY, ROOTS_SOME = 0.75, 0.4  # root share: the roots "on most strong beats", "about half", else other tones


# "want to add a bass under the quiet section -- what root should it play each bar?" (round 72's bu06, dev: got
# "whether the bass plays the roots cannot be read here"): the chart's roots, bar by bar, for the bass the producer adds
ROOTS_PLANNED = (r"^(?!.*\b(?:does|do|is|are) (?:the |his |her |their )?(?:current |existing )?bass\b)"
                 r"(?=.*\b(?:add|adding|write|writing|program\w*|put|putting|want|wanna|need)\b (?:a|an|my|our|some)\b"
                 r"[^?]*\bbass\b).*(?:\b(?:what|which) roots?\b|\broots?\b[^?]*\b(?:each|every|per) bar\b)")


def _chart_spelling(a: WindowAnalysis) -> list[str]:
    """The twelve note names, flats or sharps as the chart's key (else the track's) writes them."""
    key = a.chord_grid.numerals_key if a.chord_grid is not None else None
    return FLAT_NAMES if uses_flats(key or a.track_context.key) else SHARP_NAMES


def _planned_roots_sentence(a: WindowAnalysis, question: str | None = None) -> str | None:
    """Asked the roots for a bass the producer adds, the chart's roots bar by bar (each bar's chords)."""
    grid = a.chord_grid
    if grid is not None and grid.bars and re.search(ROOTS_PLANNED, (question or "").lower()):
        names = _chart_spelling(a)
        bars = [[parse_symbol(c) for c in b.chords] for b in grid.bars if b.chords]
        said = [" then ".join(say.spoken_note(names[r[0]]) for r in rs if r is not None) for rs in bars]
        said = [x for x in said if x]
        if len(said) >= 2:
            # (each bar's chords: a chart changing mid-bar kept to its first chord lost half the changes: the review)
            each = ", one a bar" if all(len(b) == 1 for b in bars) else ", bar by bar"
            return f"For a bass here the chords' roots run {_names(said)}{each}."
    return None


MIN_BEAT_NOTES = 3  # bass notes read on one strong beat of the bar before that beat is said on its own
FIFTHS_MOSTLY = 0.5  # the chord's fifth on this share of a beat's notes: "mostly the fifth"


def _roots_by_beat(p: Presence) -> str | None:
    """Where the bass's strong beats differ (the root on one, the fifth on three: a two-beat), each beat's notes
    against the chord in words; None where they read alike (the root share's one sentence says it)."""
    said = []
    for beat, notes, roots, fifths in p.root_by_beat:
        if notes < MIN_BEAT_NOTES:
            return None
        words = ("the chord's root almost every time" if roots / notes >= ROOTS_MOSTLY else
                 "mostly the chord's fifth" if fifths / notes >= FIFTHS_MOSTLY else
                 "the chord's root about half the time" if roots / notes >= ROOTS_SOME else
                 "mostly notes other than the chord's root")
        said.append((NUMBER_WORDS[beat], words))
    if len(said) < 2 or len({w for _, w in said}) < 2:
        return None
    # (a walk puts the root on one and the fifth on three too, its other beats between: no root-fifth line; "a
    # root-fifth line" beside "a walking line" read as a contradiction, round 80's cc08 answer helper, dev)
    root_fifth = [w for _, w in said] == ["the chord's root almost every time", "mostly the chord's fifth"] and \
        not (p.playing or "").startswith("a walking line")
    return (f"On {said[0][0]} the bass plays {said[0][1]} and on {said[1][0]} {said[1][1]}"
            f"{': a root-fifth line' if root_fifth else ''}.")


def _roots_sentence(a: WindowAnalysis) -> str | None:
    """Whether the bass plays the chords' roots on the strong beats (Presence.root_share), in words; where it
    cannot be read (no chart other parts play, too few notes on strong beats), said so."""
    p = next((x for x in a.presence if x.stem == "bass"), None)
    if p is None or p.sounding_share == 0:
        return None
    if p.root_share is None and p.motion and p.motion.startswith("mostly by fifths"):
        return (f"The bass moves {_motion_words(p.motion)}; no other part here plays the chords, so its notes "
                "cannot be checked against them.")
    if p.root_share is None:
        held = _one_note_sentence(a, p)
        if held:
            return held
        return ("Whether the bass plays the roots cannot be read here: it needs the chords from another part in the "
                "selection and enough bass notes on the strong beats.")
    by_beat = _roots_by_beat(p) if p.root_share < ROOTS_MOSTLY else None  # (roots almost always: one sentence)
    if by_beat:
        return by_beat
    if p.root_share >= ROOTS_MOSTLY:
        return "On the strong beats the bass plays the root of each chord almost every time."
    if p.root_share >= ROOTS_SOME:
        return "On the strong beats the bass plays the chord's root about half the time, other chord tones otherwise."
    return "On the strong beats the bass mostly plays notes other than the chord's root."


ONE_NOTE_SHARE = 0.7  # of a line's notes on one pitch class: it stays on that note (a pumped root), not a moving line


def _one_note_sentence(a: WindowAnalysis, p: Presence) -> str | None:
    """A bass asked about its roots with no chord part selected, whose notes stay on one pitch class: that note, and
    the bars where it moves off it ("roots on eighths or moving around?" over a punk bass alone got "cannot be read
    here" where seven of its eight notes a bar are G: the thirty-seventh session's sweep on Punk, dev)."""
    bars = [b for b in p.bar_notes if b.notes]
    pcs = [n.rstrip("0123456789-") for b in bars for n in b.notes]
    if len(bars) < 2 or len(pcs) < 8:
        return None
    main, count = Counter(pcs).most_common(1)[0]
    if count / len(pcs) < ONE_NOTE_SHARE:
        return None
    order = chart_bar_numbers(a)
    off = [w for w in (_bar_here(order, b.bar) for b in bars
                       if any(n.rstrip("0123456789-") != main for n in b.notes)) if w]
    moves = (f", moving off it in the {_names([w[len('the '):-len(' bar here')] for w in off])} "
             f"bar{'s' if len(off) > 1 else ''} here" if off and len(off) < len(bars) else "")
    return (f"The bass stays on {say.spoken_note(main)} for most of its notes here ({count_word(count)} of "
            f"{count_word(len(pcs))}){moves}; no other part selected plays the chords, so whether that is each chord's "
            "root cannot be read.")


UNMEASURED_SENTENCE = {
    "intonation": ("Intonation (how in tune a part is) is measured for a voice only: an instrument's notes are read to "
                   "the nearest semitone, so the notes played can be told, not how true they are."),
    "technique": ("Playing technique and tone (palm muting, picking, a sound's colour) are not measured here; what "
                  "follows is what the parts play."),
    "effects": ("Effects and mix processing (reverb, compression, EQ, panning, pedals) are not measured here; what "
                "follows is what the parts play."),
}


def _unmeasured_sentence(question: str | None, voice_selected: bool = False) -> str | None:
    """What the question asks that the analysis does not measure (routing's kinds), said plainly; asked a
    selected voice's intonation that could not be read, that it could not."""
    kind = unmeasured_kind(question)
    if kind == "intonation" and voice_selected:
        return ("How in tune the vocals are cannot be read here: too few of their notes are held long enough, with a "
                "steady pitch, to measure.")
    return None if kind is None else UNMEASURED_SENTENCE[kind]


def _cents_words(cents: float) -> str:
    """A distance from pitch as a singer or an engineer says it (no digits)."""
    a = abs(cents)
    return ("right on it" if a < 8 else "within about a tenth of a semitone" if a < 15 else
            "about a fifth of a semitone" if a < 25 else "about a quarter of a semitone" if a < 30 else
            "about a third of a semitone" if a < 40 else "nearly half a semitone")


# A drift between a window's halves is said from a fifth of a semitone: real singers' halves were read within
# about 8 cents of their annotated f0's (python -m eval.intonation, dev), so a smaller one is the reading's noise
# (the Beatles' opening read 'drift sharp by about a fifth of a semitone' at 10 cents, the f0's halves 4 apart).
DRIFT_CENTS, OFF_CENTS, WANDER_CENTS, ODD_NOTE_CENTS = 20.0, 15.0, 25.0, 30.0


def _intonation_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """How close to pitch the vocals sing here (Presence.intonation): their usual distance from the band's
    tuning, how far the notes stray, whether the second half drifts from the first, and the note furthest off."""
    p = next((x for x in a.presence if x.stem == "vocals" and x.intonation is not None), None)
    if p is None:
        return None
    it = p.intonation
    ref = "the band's tuning" if it.reference == "the band's tuning" else "concert pitch"
    way = lambda c: "flat" if c < 0 else "sharp"  # noqa: E731
    typical = (f"right on {ref}" if abs(it.median_cents) < 8 else
               f"{_cents_words(it.median_cents)} {way(it.median_cents)} of {ref}")
    steady = ("the notes holding close to that" if it.spread_cents < OFF_CENTS else
              "the notes straying a little either way" if it.spread_cents < WANDER_CENTS else
              "the notes wandering around it")
    verdict = ("sit close to pitch" if abs(it.median_cents) < OFF_CENTS and it.spread_cents < WANDER_CENTS else
               f"sit {way(it.median_cents)}" if abs(it.median_cents) >= OFF_CENTS else "wander around the pitch")
    said = f"The vocals {verdict} here: typically {typical}, {steady}"
    if it.drift_cents is not None:
        said += (", and the second half sits where the first did, with no clear drift" if abs(it.drift_cents) < DRIFT_CENTS
                 else f", and they drift {way(it.drift_cents)} by {_cents_words(it.drift_cents)} from the first half "
                      "to the second")
    # the note furthest off among those held long enough to hear (a passing note's pitch is its way to the next: Country1's
    # second verse named a fifth-of-a-second D "a third of a semitone sharp" beside its two held G's that were, round
    # 57's bf03, dev); the transcribed notes' where none is held
    odd = min((x for x in (it.held or [it.flattest, it.sharpest])
               if x is not None and abs(x.cents - it.median_cents) >= ODD_NOTE_CENTS),
              key=lambda x: -abs(x.cents - it.median_cents), default=None)
    if odd is not None and not re.search(OFF_NOTES_ASKED, (question or "").lower()):  # (there, each is said)
        where = say.where_words(odd.time_s, a.window.start_s, a.window.duration_s).replace("right ", "")
        said += (f"; the note furthest off, the {say.spoken_note(odd.note)} {where}, sits {_cents_words(odd.cents)} "
                 f"{way(odd.cents)}")
    return said + "."


# the singer, the tune or the lead asked over a mix loaded unseparated: its lead line (round 75's bx03 and round 76's
# by04 got "the vocals are inside the unseparated mix and cannot be heard apart", dev)
LEAD_ASKED = (r"\b(?:sing\w*|sang|sung|vocals?|vocalist|voice|singers?|melody|tune|lead line|top line|hook|"
              r"shout\w*|rapp\w*)\b")


def _lead_line_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """Where a mix's lead line sits in the window (Presence.lead_line), where the question asks the singer or the
    tune of a mix loaded unseparated."""
    p = next((x for x in a.presence if x.stem == MIX_STEM and x.lead_line is not None), None)
    if p is None or not re.search(LEAD_ASKED, (question or "").lower()):
        return None
    ln = p.lead_line
    share = ("through most of the window" if ln.sounding_share >= 0.7 else
             "through about half of the window" if ln.sounding_share >= 0.4 else "in parts of the window")
    q1, mid, q3 = (say.spoken_note(x) for x in (ln.middle_half[0], ln.centre, ln.middle_half[1]))
    half = f"half of it between {q1} and {q3}" if q1 != q3 else f"half of it on {q1}"
    # (its low and high ends are left to the typed data: where the singer rests the band's line is heard as the lead,
    # and the low end read about five semitones off on the real mixes: python -m eval.lead_line)
    return (f"Read apart from the band by its pitch alone, the mix's lead line (the melody heard on top, most likely "
            f"the voice) centres on {mid}, {half}, sounding {share}; its pitches in notes with their octaves and in "
            "Hz, and where it rests, are in the mix's lead line, its ends rougher than its middle.")


# "tuning his second verse -- which of his held notes are actually off, which way and by how much?": each note held
# long enough to hear its pitch, the ones off the band's tuning by HELD_OFF_CENTS or more named with their place and
# way (round 57's bf03, dev: got the track's concert pitch). A quarter of a semitone is where a held note starts to
# sound out to most listeners; within it a tuner would leave the note alone.
HELD_OFF_CENTS = 25.0
MAX_OFF_SAID = 6
# (asked in any clause: "is she in tune overall, or do I need to shift the whole track? and which of her longer notes
# are actually off, and which way?" got the tuning alone, round 108's de02, dev)
OFF_NOTES_ASKED = (r"(?:^|[?.!]\s*)(?![^?]*\b(?:key|scale|signature|chords?)\b)[^?]*\b(?:which|what|any)\b[^?]*"
                   r"\bnotes?\b[^?]*"
                   r"(?:\b(?:are|is|sound|sounds|seem|seems|sit|sits|go|goes|went) (?:\w+ )?off\b(?! (?:the|a) \w)|"
                   r"\boff[- ](?:pitch|key)\b|\b(?:out of tune|sharp|flat|pitchy|sour|fix\w*|correct\w*|tun\w*)\b)")


def _held_off_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    p = next((x for x in a.presence if x.stem == "vocals" and x.intonation is not None), None)
    if p is None or (named and "vocals" not in named) or not re.search(OFF_NOTES_ASKED, (question or "").lower()):
        return None
    held = p.intonation.held
    if not held:
        return None
    ref = "the band's tuning" if p.intonation.reference == "the band's tuning" else "concert pitch"
    order = _track_bar_order(a)
    way = lambda c: "flat" if c < 0 else "sharp"  # noqa: E731

    def where(x) -> str:
        on = _beat_of_bar(order, x.bar, x.beat)
        return f"on {on}" if on else say.where_words(x.time_s, a.window.start_s, a.window.duration_s)
    off = [x for x in held if abs(x.cents) >= HELD_OFF_CENTS]
    rest = [x for x in held if abs(x.cents) < HELD_OFF_CENTS]
    head = (f"Of the {count_word(len(held))} notes the vocals hold here (a third of a second or more)" if len(held) > 1
            else "Of the one note the vocals hold here (a third of a second or more)")
    if not off:
        worst = max(held, key=lambda x: abs(x.cents))
        near = _cents_words(worst.cents)
        return (f"{head}, none sits as much as a quarter of a semitone off {ref}: the furthest, the "
                f"{say.spoken_note(worst.note)} {where(worst)}, sits {near}"
                + (f" {way(worst.cents)}" if not near.startswith(("within", "right on")) else "") + ".")
    said = [f"the {say.spoken_note(x.note)} {where(x)}, {_cents_words(x.cents)} {way(x.cents)}"
            for x in off[:MAX_OFF_SAID]]
    more = f" and {count_word(len(off) - MAX_OFF_SAID)} more" if len(off) > MAX_OFF_SAID else ""
    out = (f"{head}, {count_word(len(off))} {'sits' if len(off) == 1 else 'sit'} a quarter of a semitone or more off "
           f"{ref}: {'; '.join(said)}{more}")
    if rest:
        top = max(abs(x.cents) for x in rest)
        out += f"; the other {count_word(len(rest))} {'sits' if len(rest) == 1 else 'sit'} " + (
            "right on it" if top < 8 else _cents_words(top).replace("about", "within about", 1)
            if not _cents_words(top).startswith("within") else _cents_words(top))
    return out + "."


def _solo_timing_sentence(a: WindowAnalysis, live: list[str]) -> str | None:
    """A single pitched part asked whether it plays ahead of or behind the beat: there is nothing selected to be
    ahead of ("is he playing ahead of the beat?" over GuitarSet's solo comp got the groove's busyness: the
    eighteenth session's sweep, dev). With other stems in the track, which to select; alone on the track, the beat
    is tracked from its own playing, so its place against that beat proves nothing."""
    if len(live) != 1 or live[0] in (MIX_STEM, "drums"):
        return None
    stem, others = live[0], _unselected(a)
    them, sits = ("them", "they sit") if plural([stem]) else ("it", "it sits")
    if others:
        with_ = next((x for x in ("drums", "bass") if x in others and x != stem), others[0])
        return (f"Only the {stem} {verb([stem], 'is', 'are')} selected, so there is no other part here to be ahead "
                f"of or behind: select {them} with the {with_} to hear how {sits} against "
                f"{'them' if plural([with_]) else 'it'}.")
    return (f"The {stem} {verb([stem], 'plays', 'play')} alone on this track, so there is no other part to be ahead "
            f"of or behind, and the beat is tracked from {its([stem])} own playing: how {sits} against that beat "
            "cannot be judged.")


# "is anything out of time here?", "is anyone rushing?": no part named, the whole selection's timing (the
# twenty-second session's sweep on Beatles got the singer's phrase shapes, then the bass and kick alone, dev)
# "is anyone ahead of the beat?", "who's behind the beat?": which side of the beat, asked of the band (the
# twenty-fourth session's sweep on Beatles, dev: matched no timing word and got the lock's busiest pair alone)
SIDE_OF_BEAT = r"(?:ahead of|behind|in front of|on top of) (?:the )?(?:beat|kit|drums|click|grid|band|groove)"
IN_TIME_ASKED = (r"\b(?:anything|anyone|anybody|who|which (?:part|instrument|player)s?|any (?:part|instrument|player)s?)"
                 r"\b[^?]*\b(?:out of time|off (?:the )?(?:grid|click|time)|rush\w*|drag\w*|sloppy|"
                 r"(?:in|out of) the pocket|" + SIDE_OF_BEAT + r")\b|"
                 r"\b(?:everyone|everybody|the (?:whole )?band|all (?:the )?(?:parts|players))\b[^?]*\b(?:in time|"
                 r"together|tight|on the beat)\b")
# where a singer's notes sit against the beat (H015's feel), as said in the vocal's and the out-of-time sentences ("in
# time with the beat", not "right on the beat": a line mostly off the beat read "placed right on the beat" beside its
# off-beat share, round 66's bo01 packet, dev)
VOCAL_PLACE = {"on the grid": "in time with the beat", "late": "slightly behind the beat",
               "early": "slightly ahead of the beat", "loose": "loosely around the beat"}


def _in_time_sentence(a: WindowAnalysis, live: list[str], named: list[str], question: str | None) -> str | None:
    """Asked whether anything is out of time, with no part named: each selected pitched part against the kit (H004's
    pair with the drums: whether most of its hits land with the kit's, within the lock's tolerance, and a side of the
    beat only where the offset clears the measurement, as for the lock) and the singer against the beat (H015). Said
    as the measurement resolves it: a lock within the tolerance is no proof of a tight take."""
    lock, text = a.results.h004, (question or "").lower()
    asked = re.search(IN_TIME_ASKED, text)
    if asked is None or "drums" not in live or lock.status != "ok":
        return None
    # the parts named in the clause that asks it ("is the band tight here, and does the drummer play any flams?")
    clause = next((c for c in _clauses(text) if c[0] <= asked.start() < c[1]), (0, len(text)))
    if named and named_stems(text[clause[0]:clause[1]]):
        return None
    together, apart, unread, sides, offbeat = [], [], [], [], []
    for stem in live:
        if stem in ("drums", "vocals", MIX_STEM):
            continue
        pair = next((p for p in lock.evidence.pairs if set(p.pair) == {"drums", stem}), None)
        if pair is None or evidence_gap(a, pair.pair, list(pair.onsets)) is not None:
            unread.append(stem)
        elif pair.coincidence_rate >= LOCK_SOLID_RATE:
            together.append(stem)
            side = feel_of(pair.offset_ms, pair.jitter_ms, pair.matched if offset_placed(pair) else 0)
            if side in ("laid back", "pushed"):
                sides.append(f"the {stem} {verb([stem], 'sits', 'sit')} just "
                             f"{'behind' if side == 'laid back' else 'ahead of'} the kit, a feel rather than a slip")
        elif _keeps_off_beats(a.presence, stem, on_the_ands=True):  # a skank: between the kit's hits by design
            offbeat.append(stem)
        else:
            apart.append(stem)
    vocal = a.results.h015
    sung = vocal.evidence.feel if vocal.status == "ok" and "vocals" in live else None
    clauses = []
    if together:
        clauses.append(f"the {_names(together)} {verb(together, 'lands', 'land')} with the drums within what the "
                       "measurement can resolve")
    clauses += sides
    if offbeat:
        clauses.append(f"the {_names(offbeat)} {verb(offbeat, 'plays', 'play')} on the off-beats, between the kick and "
                       f"snare, so {its(offbeat)} timing is not read against them")
    if apart:  # a rhythm of its own, or hits that miss the kit's: the lock cannot tell which
        clauses.append(f"the {_names(apart)} {verb(apart, 'meets', 'meet')} the kit on only some of {its(apart)} hits, "
                       f"so whether {'they drift' if plural(apart) else 'it drifts'} cannot be read from the lock")
    if sung and sung != "loose":  # (a loose singer leads the sentence)
        clauses.append(f"the vocal sits {VOCAL_PLACE[sung]}")
    if unread:
        clauses.append(f"there is too little of the {_names(unread)} here to judge")
    if sung == "loose":
        return f"The vocal is the loosest part here: {'; '.join([f'it sits {VOCAL_PLACE[sung]}'] + clauses)}."
    if not clauses:
        return None
    if apart or unread or offbeat:  # no verdict over a part the lock does not read
        text = "; ".join(clauses)
        return text[0].upper() + text[1:] + "."
    side = re.search(SIDE_OF_BEAT, asked.group(0))  # asked which side of the beat: said in its words
    return f"Nothing reads clearly {'ahead of or behind the beat' if side else 'out of time'} here: {'; '.join(clauses)}."


def _clauses(text: str) -> list[tuple[int, int]]:
    """The spans of a question's clauses, cut where CLAUSE_BREAK cuts them."""
    cuts = [0] + [x for m in CLAUSE_BREAK.finditer(text) for x in (m.start(), m.end())] + [len(text)]
    return list(zip(cuts[::2], cuts[1::2]))


def _keeps_off_beats(presence, stem: str, on_the_ands: bool = False) -> bool:
    """Whether the part's strokes keep to the off-beats (Presence.offbeat_onset_share, OFFBEAT_PART), as a skank does;
    ``on_the_ands``: and its places in the bar are the ands, three in four of them (strokes pushed off every beat by a
    loose hand are off the beat too, at no steady place)."""
    p = next((x for x in presence if x.stem == stem), None)
    if p is None or p.offbeat_onset_share is None or p.offbeat_onset_share < OFFBEAT_PART:
        return False
    places = [x for _, bar in p.bar_places for x in bar]
    return not on_the_ands or bool(places) and sum(x.endswith("&") for x in places) >= 0.75 * len(places)


def _unselected(a: WindowAnalysis) -> list[str]:
    """The track's sounding stems left out of the selection."""
    return [x for x in a.track_context.stems if x not in a.window.stems]


def _who_sentence(live: list[str], silent: list[str], unselected: list[str] = (), known: bool = False) -> str | None:
    """Who plays in the window at all, who of the selection is silent, and (``known``: the track's stems are
    known) the track's other sounding stems left out of the selection, or, over a single stem, that it has none."""
    if not live:
        return None
    if live == [MIX_STEM]:
        return ("The track is loaded as one unseparated mix, so which instruments play cannot be told apart here; "
                "its stems need the separation weights.")
    head = (f"Only the {_names(live)} {verb(live, 'plays', 'play')} here" if silent else
            f"The {_names(live)} all play here" if len(live) > 1 else f"The {live[0]} {verb(live, 'plays', 'play')} here")
    tail = f"; the {_names(silent)} {verb(silent, 'is', 'are')} silent" if silent else ""
    if unselected:
        tail += f"; the track's {_names(list(unselected))} {verb(list(unselected), 'is', 'are')} not in this selection"
    elif known and len(live) + len(silent) == 1:  # one stem selected, and it is all the track has
        tail += "; the track holds no other part"
    return head + tail + "."


def _spill_sentence(a: WindowAnalysis, named: list[str]) -> str | None:
    """Whether the asked stems' tracks hold other instruments' sound (spill, measured per stem), in one
    sentence: much spill (the caution's bar), a little (SPILL_SOME), or clean."""
    stems = [s for s in a.stems if (s.stem in named or not named) and s.stem != MIX_STEM]

    def grade(s) -> str:
        if s.empty:  # a part that does not play here: what sounds in its track, if anything, is someone else's
            return ("silent" if s.bleed_ratio is None else "unmeasured" if s.spill_ratio is None else
                    "only_spill" if s.spill_ratio >= SPILL_SOME else "residue")
        if s.spill_ratio is None:
            return "unmeasured"
        return "much" if s.spill_ratio >= BLEED_CAUTION else "some" if s.spill_ratio >= SPILL_SOME else "clean"

    parts = []
    for kind in ("much", "some", "clean", "unmeasured", "only_spill", "residue", "silent"):
        group = [s.stem for s in stems if grade(s) == kind]
        if not group:
            continue
        the = f"the {_names(group)}"
        it, track = ("them", "tracks") if plural(group) else ("it", "track")
        parts.append({
            "much": f"much of what sounds in {the} is spill from other instruments",
            "some": f"{the} {verb(group, 'carries', 'carry')} a little spill from other instruments, but most of "
                    f"what sounds is {its(group)} own",
            "clean": f"{the} {verb(group, 'sounds', 'sound')} clean: no spill from other instruments shows in {it}",
            "unmeasured": f"spill is not measured for {the}",
            "silent": f"{the} {verb(group, 'is', 'are')} silent here: nothing sounds in {its(group)} {track}, so "
                      f"nothing leaks into {it}",
            "only_spill": f"{the} {verb(group, 'does', 'do')} not play here, but {its(group)} {track} "
                          f"{verb(group, 'is', 'are')} not clean: what sounds in {it} is spill from other "
                          f"instruments, so mute or gate {it} here",
            "residue": f"{the} {verb(group, 'does', 'do')} not play here; the little that sounds in {its(group)} "
                       f"{track} (a noise floor, a tail) is not spill from the other instruments",
        }[kind])
    return say.capital("; ".join(parts) + ".") if parts else None


SPILL_SOME = 0.1  # share of a stem's sounding frames that hold other stems' sound before a little spill is said
OFFBEAT_PART = MOSTLY_OFF  # share of a part's onsets between the beats for it to be said to keep to the off-beats
BLEED_CAUTION = 0.3  # share of a stem's sounding frames measured as other stems' spill before it is said


# "where does the bass sit relative to the kick -- same hits or in between?": how many of the bass's notes land with
# a kick and how many between (Groove.onsets, matched; the sixteenth session's sweep on MusicDelta Rock, dev: 'lock
# well, landing together' over a bass with seven of its forty-five notes on a kick)
WITH_KICK_ASKED = (r"^(?=.*\bkicks?\b).*(?:\bsame (?:hits|notes|time|places?|spots?|rhythms?|pattern)\b|\bin between\b|"
                   r"\bbetween the kicks?\b|\b(?:with|on) (?:every|each|all the) kicks?\b|"
                   r"\b(?:with|on) the kicks?,? (?:or|and) (?:in )?between\b|\bbetween them\b|"
                   r"\b(?:follows?|following|match(?:es|ing)?|doubles?|doubling|copies|copying) the kick\b|"
                   # "is the bass following the kick or doing its own thing?" (the nineteenth session's sweep, dev)
                   # "do the bass and kick play the same rhythm?" got the lock alone (the twenty-sixth session's
                   # sweep on ft_drive_e24, dev)
                   r"\b(?:its|his|her|their) own thing\b|"
                   # "is he playing with it or around it?" got the count of kicks he lands with and no word of the
                   # notes between (round 93's cp09, dev)
                   r"\b(?:with|on) (?:it|them|the kicks?),? or (?:around|off|against|between) (?:it|them|the kicks?)\b|"
                   # "does the bass sit with the kick or play around it?", "... with the kick drum or around it?" (the
                   # thirty-seventh session's sweep on Rock and ft_swing_g1208 got the lock alone, dev)
                   r"\b(?:with|on) (?:it|them|the kicks?(?: drums?)?),? or (?:\w+ )?(?:around|off|against|between) "
                   r"(?:it|them|the kicks?)\b|"
                   r"\baround the kicks?\b)")


def _with_kick_sentence(g: Groove | None, question: str | None, a: WindowAnalysis) -> str | None:
    """The bass's notes that land with a kick and those between the kicks, where asked; where they fall between them
    (:func:`_between_kicks`)."""
    if g is None or g.reference != "kick" or g.matched is None or len(g.onsets) != 2 or \
            not re.search(WITH_KICK_ASKED, (question or "").lower()):
        return None
    kicks, notes, together = g.onsets[0], g.onsets[1], g.matched
    other = next((x for x in g.locked_pair or [] if x != "drums"), "bass")
    between = notes - together
    if not together:
        return f"None of the {possessive(other)} notes here lands with a kick: all fall between the kicks."
    lands = (f"all {count_word(kicks)} of the kick's hits" if together == kicks else
             f"{count_word(together)} of the kick's {count_word(kicks)} hits")
    alone = _kicks_alone(a, other) if together < kicks else []
    if alone:
        # the kicks it leaves, where it leaves the same ones bar after bar ("is he hitting with every kick? feels like
        # there's a hole at the end of each bar" got nine of thirteen and no word of which: round 97's ct09, dev)
        lands += f" (the kick {bar_drum_words(alone, runs=False)} plays alone in most bars)"
    where = _between_kicks(a, other) if between else None
    rest = (", and plays no note between them" if not between else
            f", and plays {count_word(between)} more {'note' if between == 1 else 'notes'} between them" +
            (f": {where}" if where else ""))
    return f"The {other} {verb([other], 'lands', 'land')} with {lands}{rest}."


BETWEEN_KICKS_BARS = 0.5  # a place the part strikes off the kick in this share of its bars is said


def _against_kit(a: WindowAnalysis, stem: str) -> list[tuple[list[str], dict]]:
    """A part's bar notes' places beside the kit's, bar by bar (BarLine.places, DrumPattern.by_bar), in a simple meter
    counted on the track's bars; none where the chart or the meter counts otherwise."""
    p = next((x for x in a.presence if x.stem == stem), None)
    d = a.drum_pattern
    if p is None or d is None or d.bar_lines_moved_beats or not d.by_bar or a.meter is None or \
            a.meter.label in COMPOUND_METERS or a.meter.felt_beat != "quarter":
        return []
    return [(b.places, d.by_bar[b.bar]) for b in p.bar_notes if b.places and b.bar in d.by_bar]


def _in_most(counts: Counter, bars: list) -> set[str]:
    """The places counted in at least BETWEEN_KICKS_BARS of the bars."""
    return {x for x, n in counts.items() if n >= BETWEEN_KICKS_BARS * len(bars)}


def _kicks_alone(a: WindowAnalysis, stem: str) -> list[str]:
    """The places in the bar where the kick plays in most bars and the part, in most of them, does not
    (:func:`_against_kit`)."""
    bars = _against_kit(a, stem)
    kick = _in_most(Counter(x for _, kit in bars for x in kit.get("kick", [])), bars)
    alone = _in_most(Counter(x for places, kit in bars for x in set(kit.get("kick", [])) - set(places)), bars)
    return sorted(alone & kick, key=pos_key)


def _between_kicks(a: WindowAnalysis, stem: str) -> str | None:
    """Where in the bar a part's notes fall off the kick ('on the and of one and the and of two in most bars, none
    with the snare'), from its bar notes' places and the kit's places bar by bar (:func:`_against_kit`). "Is he playing
    with it or around it?" got how many notes fall between the kicks and not where (round 93's cp09, dev)."""
    bars = _against_kit(a, stem)
    if not bars:
        return None
    off = Counter(x for places, kit in bars for x in set(places) - set(kit.get("kick", [])))
    said = sorted(_in_most(off, bars), key=pos_key)
    if not said:
        return None
    snare = any(set(places) & set(kit.get("snare", [])) for places, kit in bars)
    # every eighth the kick leaves, said so; else each place, not as a run ("six hits from the and of one to the and
    # of four" over a bass pumping the eighths around a kick on one and three: the thirty-seventh session's sweep, dev)
    kick = _in_most(Counter(x for _, kit in bars for x in kit.get("kick", [])), bars)
    eighths = {f"{b}{h}" for b in range(1, a.meter.beats_per_bar + 1) for h in ("", "&")} \
        if a.meter.beats_per_bar else set()
    words = ("on every eighth the kick leaves free" if kick and set(said) == eighths - kick and len(said) >= 3
             else bar_drum_words(said, runs=False))
    return (words + (" in most bars" if len(bars) > 1 and any(n < len(bars) for x, n in off.items()
                                                                              if x in said) else "") +
            ("" if snare or not any(kit.get("snare") for _, kit in bars) else ", none with the snare"))


def _groove_sentence(g: Groove | None, named: list[str] | None = None, presence=(), side: str = "") -> str | None:
    """How the locked pair sit together; ``side`` (where asked which side one lands: :func:`_pitched_side`) says
    where they meet."""
    if g is None or g.locked_pair is None or g.lock_quality is None:
        return None
    a, b = g.locked_pair
    pair = [a, b]  # two stems: a plural subject
    if g.lock_quality == "independent" and "drums" in pair:
        # a part that keeps to the off-beats against the kit is placed by it (a skank, an upstroke): it plays
        # in the gaps the kick and snare leave, not on a rhythm of its own
        other = b if a == "drums" else a
        if _keeps_off_beats(presence, other):
            return f"The {other} {verb([other], 'plays', 'play')} in the gaps between the kick and snare, on the " \
                   "off-beats, rather than with them."
    how = {"tight": "lock tightly", "solid": "lock well", "loose": "play loosely together",
           "independent": "move independently"}[g.lock_quality]
    where = {"laid back": f", with the {b} sitting just behind the {a} for a laid-back pocket",
             "pushed": f", with the {b} pushing just ahead of the {a}",
             "on the grid": ", landing right together"}.get(g.timing_feel or "", "")
    if g.lock_quality == "loose":  # the hits that do coincide may sit on the grid; most do not coincide
        # where those that meet sit one side (a feel word only where the offset clears the measurement): said,
        # "is it ahead or behind?" asked over Country1 got the loose lock alone (the eighteenth session's sweep, dev)
        # (or, asked which side one lands, ``side``)
        side = {"laid back": f"; where they meet, the {b} {verb([b], 'sits', 'sit')} just behind the {a}",
                "pushed": f"; where they meet, the {b} {verb([b], 'pushes', 'push')} just ahead of the {a}"
                }.get(g.timing_feel or "", side)
        where = ", only some of their hits falling together" + side
    elif not where and g.lock_quality != "independent":
        where = side or ", landing together within what the measurement can resolve"
    return f"The {_names(pair)} {how}{where}."


# (or which side of the other part one lands: "is she late against the piano?" asks their lock's side)
def _pitched_side(g: Groove, lock) -> str:
    """Which side of the first part the second lands where two pitched parts meet, as a clause after their lock
    (a feel word is the kit's: between two pitched parts the side is said in milliseconds, and only from starts out of
    quiet; otherwise why it cannot be placed), or '' where the lock sentence already says a side."""
    if lock is None or g.timing_feel or lock.offset_ms is None or lock.jitter_ms is None or not lock.matched:
        return ""
    a, b = g.locked_pair
    leans = offset_placed(lock) and abs(lock.offset_ms) - lock.jitter_ms >= FEW_HITS_TOGETHER_MS
    if g.lock_quality in ("tight", "solid") and not leans:  # (said: "landing together within what ... can resolve")
        return ""
    if g.lock_quality == "independent":
        return ""
    if not offset_placed(lock):
        few = (f"only {count_word(lock.clean_starts)} of the {possessive(b)} notes there "
               f"{'starts' if lock.clean_starts == 1 else 'start'} out of quiet, the others "
               if lock.clean_starts else f"the {possessive(b)} notes there each ")
        return (f"; where they meet, {few}follow a note still sounding, so their starts cannot be placed finely enough "
                f"to say which side of the {a} they land")
    ms = _ms_words(lock.offset_ms)
    if abs(lock.offset_ms) + lock.jitter_ms <= FEW_HITS_TOGETHER_MS:
        return "; where they meet, they land together, within a few milliseconds"
    if leans:
        side = "after" if lock.offset_ms > 0 else "before"
        return (f"; where they meet, the {b} {verb([b], 'lands', 'land')} a touch {side} the {a}, typically by about "
                f"{ms} milliseconds")
    spread = _ms_words(lock.jitter_ms)
    return (f"; where they meet, the {b} {verb([b], 'lands', 'land')} on either side of the {a} with no steady lean "
            f"(typically within about {spread} milliseconds)")


def _ms_words(ms: float) -> str:
    """'twenty-five': a timing offset or spread in milliseconds, to the nearest five (five at least), in words."""
    return count_word(max(5, int(round(abs(ms) / 5.0)) * 5))


LOCK_ASKED = r"\block(?:s|ed|ing)?\b|\btogether\b|\btight(?:ly)?\b|\bin sync\b|\bin time with\b|" + SIDE_OF_PART

# "is the groove laid back or pushing?", "are they behind the beat?": asked which side of the beat, the lock led by
# its verdict (the twentieth session's sweep on ft_ballad_eb54 got the lock with no answer to the question, dev)
FEEL_SIDE_ASKED = (r"\blaid[- ]?back\b|\bbehind the beat\b|\bahead of the beat\b|\bon top of the beat\b|"
                   r"\b(?:pushing|pushed|pushes|push)\b(?! (?:harder|softer|louder))|\bdragging\b|\bin the pocket\b|" +
                   SIDE_OF_PART)


def _feel_verdict(g: Groove | None, question: str | None) -> str:
    """'Neither: ' / 'Laid back: ' / 'Pushing: ' before the lock sentence, where the question asks which side of the
    beat the groove sits; '' otherwise, or where the lock's timing is not resolved (the sentence says how they meet)."""
    if g is None or not re.search(FEEL_SIDE_ASKED, (question or "").lower()) or g.lock_quality in (None, "independent"):
        return ""
    return {"on the grid": "Neither, right on it: ", "laid back": "Laid back: ", "pushed": "Pushing: "}.get(
        g.timing_feel or "", "")


MIN_COUNTED_ONSETS = 3  # below a verdict's minimum, where two parts meet is still counted and said from this many


def _lock_of(a: WindowAnalysis, pair: list[str] | None = None):
    """H004's evidence for the window's reported pair (its offset and spread, read whatever the count), or for
    ``pair`` where given (the pair the groove reads for the question: a singer against the guitar, where H004
    reports the bass against the guitar; round 116's dm02 got "too few" where her three notes each came about 30 ms
    behind, dev), or None."""
    h = a.results.h004
    if h.status != "ok" or h.evidence is None:
        return None
    if pair and list(h.evidence.pair) != list(pair):
        return next((p for p in h.evidence.pairs if list(p.pair) == list(pair)), None)
    return h.evidence


FEW_HITS_TOGETHER_MS = 10.0  # every clean start within this of the other part's hit, their spread too: no flam


def _cannot_tell_sentence(g: Groove | None, lock=None, met_said: bool = False) -> str | None:
    """Why the lock has no verdict; where the hits are too few for one, where the parts meet (``met_said``: said by
    the with-kick sentence, not again)."""
    if g is None or not g.cannot_tell or not g.locked_pair:
        return None
    a, b = g.locked_pair
    stem = (next((x for x in (b, a) if x in g.cannot_tell), b) if "covers" in g.cannot_tell else
            next((x for x, n in zip(g.locked_pair, g.onsets) if n < MIN_VERDICT_ONSETS), b))
    counted = re.search(r"only \d+ (.+?) in the window", g.cannot_tell)
    what = counted.group(1) if counted and stem == "drums" else f"notes of the {stem}"
    if "covers" not in g.cannot_tell and g.onsets and min(g.onsets) >= MIN_COUNTED_ONSETS:
        # too few for a verdict on how tightly they sit, not too few to count where they meet: "the bass lands
        # with all four kick hits" answers whether it is with the kick
        landed = min(g.matched or 0, *g.onsets)
        hit = g.reference if a == "drums" and g.reference else None  # a kit's kick (and snare)
        ref = f"{hit} hits" if hit else f"notes of the {a}"
        if g.onsets[0] <= g.onsets[1]:  # counted over the first part's hits (a kit's kicks)
            n = g.onsets[0]
            share = (f"all {count_word(n)} {ref}" if landed == n else f"none of the {ref}" if not landed else
                     f"{count_word(landed)} of the {count_word(n)} {ref}")
            said = f"The {b} {verb([b], 'lands', 'land')} with {share} here"
        else:  # counted over the second part's notes
            n = g.onsets[1]
            share = (f"All {count_word(n)} notes of the {b}" if landed == n else f"None of the notes of the {b}"
                     if not landed else f"{count_word(landed).capitalize()} of the {count_word(n)} notes of the {b}")
            said = f"{share} land with the {hit or a}"
        # the few hits' own timing, where each lands with its partner and their clean starts agree: "is the bass on the
        # kick or flamming?" over a ballad's four kicks got only "too few" (round 84's cg04, dev)
        if lock is not None and list(lock.pair) == [a, b] and landed == n and lock.offset_ms is not None and \
                lock.jitter_ms is not None and (lock.clean_starts or 0) >= MIN_COUNTED_ONSETS and \
                abs(lock.offset_ms) + lock.jitter_ms <= FEW_HITS_TOGETHER_MS:
            head = "Where they meet, they land" if met_said else said
            return (f"{head}, together at each (those of its notes that start from silence read within a few "
                    f"milliseconds of the {hit or a}: no flam in the timing); too few to say how tightly they sit as a "
                    "habit.")
        # ... and where each lands on the same side of its partner, clear of the spread: "is she late on her long
        # notes, and by how much?" over a singer's four notes each a touch behind the keys' downbeats got only "too
        # few" (round 114's dk04, dev)
        if lock is not None and list(lock.pair) == [a, b] and landed == n and lock.offset_ms is not None and \
                lock.jitter_ms is not None and (lock.clean_starts or 0) >= MIN_COUNTED_ONSETS and \
                abs(lock.offset_ms) - lock.jitter_ms >= FEW_HITS_TOGETHER_MS:
            side = "after" if lock.offset_ms > 0 else "before"
            ms = _ms_words(lock.offset_ms)
            head = "Where they meet, the" if met_said else f"{said}: the"
            return (f"{head} {b} {verb([b], 'starts', 'start')} a touch {side} the {hit or a}, typically by about {ms} "
                    f"milliseconds; too few to call it a habit.")
        if met_said:
            return f"Too few {ref} here to say how tightly the {_names([a, b])} sit together."
        return f"{said}; too few to say how tightly the {_names([a, b])} sit together."
    why = (f"the transcription of the {stem} covers too little of what {'they play' if plural([stem]) else 'it plays'}"
           if "covers" in g.cannot_tell else f"too few {what} fall in this window")
    return f"It is not possible to say how the {_names([a, b])} sit together here: {why}."


# A key change is said where each half's own key is clear (KEY_CHANGE_MIN_CORRELATION, KEY_CHANGE_MIN_NOTES) and
# their key signatures lie at least KEY_CHANGE_MIN_FIFTHS apart on the circle of fifths: a half that sits on the
# dominant or the subdominant (one accidental away) is the passage moving between chords, not changing key
# (python -m eval.key_change: songs written in one key read a key change in 0.40 of their windows by the looser
# first rule, 0.02 by this one; dev)
KEY_CHANGE_MIN_NOTES, KEY_CHANGE_MIN_CORRELATION, KEY_CHANGE_MIN_FIFTHS = 16, 0.75, 2
KEY_CHANGE_MIN_BARS = 3  # bars in each half: a key is established over a phrase, not one chord


def _signature(key: str) -> int:
    """The key signature of 'G major' / 'E minor' as its relative major's tonic pitch class."""
    tonic, minor = _tonic_symbol(key)
    return (tonic + 3 * minor) % 12


def _fifths(a: str, b: str) -> int:
    """Steps on the circle of fifths between two keys' signatures."""
    steps = (_signature(b) - _signature(a)) * 7 % 12
    return min(steps, 12 - steps)


def _key_change(e, bars: int) -> str | None:
    """'<first half's key> to <second half's>' where both halves' keys are clear on enough notes and over
    KEY_CHANGE_MIN_BARS bars each, their signatures lie KEY_CHANGE_MIN_FIFTHS apart, they are not one tonic's
    major and minor (a borrowed chord), and not both within a fifth of the whole window's key (a passage on its
    dominant, then its subdominant, has not left it)."""
    if len(e.half_keys) != 2 or None in e.half_keys or min(e.half_notes or [0]) < KEY_CHANGE_MIN_NOTES:
        return None
    if bars < 2 * KEY_CHANGE_MIN_BARS or _tonic_symbol(e.half_keys[0])[0] == _tonic_symbol(e.half_keys[1])[0]:
        return None
    if e.window_key and all(_fifths(e.window_key, k) <= 1 for k in e.half_keys):
        return None
    if min(e.half_key_correlations) < KEY_CHANGE_MIN_CORRELATION:
        return None
    if _fifths(*e.half_keys) < KEY_CHANGE_MIN_FIFTHS:
        return None
    return f"{e.half_keys[0]} to {e.half_keys[1]}"


def _key_lead(hm: Harmony | None, question: str | None = None) -> str | None:
    if hm is None or not hm.key_in_window:
        return None
    # "what key is this in and does it change?" got the key alone (the twentieth session's sweep on Beatles, dev)
    if re.search(r"\bkey change|\bchanges? key|\bmodulat|\bnew key\b|\bkey\b[^?]*\b(?:does|did|do) (?:it|that|the key|"
                 r"they) (?:change|move|shift|go somewhere)\b", (question or "").lower()):
        if hm.key_change:
            first, second = hm.key_change.split(" to ")
            return f"The key changes inside this window: the first half centres on {first}, the second on {second}."
        song = ("" if not hm.key_track_level else ", the song's key" if hm.key_track_level == hm.key_in_window else
                f", while the song as a whole is in {hm.key_track_level}")
        return f"There is no key change in this window: it stays centred on {hm.key_in_window}{song}."
    text = say.key_sentence(hm.key_in_window, hm.key_track_level, hm.key_clear)
    return "This passage" + text[2:] if text and text.startswith("It ") else text


EXTREMES_ASKED = r"\blowest\b|\bhighest\b|\bhow (?:low|high)\b|\b(?:top|bottom) note\b|\btops? out\b"
RANGE_ASKED = r"\brange\b|\bambitus\b|\bcompass\b"  # asked its range: how low and how high it goes


def _extremes_part(a: WindowAnalysis, m: Melody | None, question: str | None) -> list[str]:
    """The part a question about the highest or lowest note means when it names none: the melody's, else the one
    pitched part playing ("what's the highest note and where?" over a solo voice got her contour: the twentieth
    session's sweep on vocadito, dev)."""
    if not re.search(EXTREMES_ASKED, (question or "").lower()):
        return []
    if m is not None and m.stem:
        return [m.stem]
    pitched = [p.stem for p in a.presence if p.sounding_share > 0 and p.stem not in ("drums", MIX_STEM)]
    return pitched if len(pitched) == 1 else []


# "how high can I set the high-pass on the keys? does that hold into the hook?": where a part's bottom note moves
# across the window (Presence.bar_lows; round 45's at10 got where the piano leaves holes, and its lowest note alone:
# the hook an octave under the verse, dev)
LOW_ASKED = (r"\blowest\b|\bhow low\b|\bbottom notes?\b|\bhigh-?pass\w*|\blow[- ]?cut\b|\bhpf\b|"
             r"\bfilter\b[^?]*\b(?:low|bottom)\b")
LOW_SHIFT = 10  # semitones: a part's bottom moving this far (nearly an octave or more) is a move of register, said (a
# bass following its roots a fifth down is not)


def _low_shift_sentence(a: WindowAnalysis, hm: Harmony | None, named: list[str], question: str | None) -> str | None:
    """Where the named part's lowest note moves by LOW_SHIFT or more between two stretches of the window's bars, where
    a question asks its lowest notes: each stretch's lowest, by its bars' place."""
    if not named or not re.search(LOW_ASKED, (question or "").lower()):
        return None
    p = next((x for x in a.presence if x.stem == named[0] and len(x.bar_lows) >= 2), None)
    if p is None:
        return None
    lows = [x for _, x in p.bar_lows]

    def parted(k: int) -> int:  # how far every bar's bottom on one side lies from every bar's on the other
        return max(min(lows[:k]) - max(lows[k:]), min(lows[k:]) - max(lows[:k]))
    k = max(range(1, len(lows)), key=parted)
    if parted(k) < LOW_SHIFT:
        return None
    order = chart_bar_numbers(a)
    where = _bar_here(order, p.bar_lows[k][0])
    if where is None:
        return None
    key = hm.key_in_window if hm else None
    spell = key_names(key) or list(SHARP_NAMES)
    before, after = min(lows[:k]), min(lows[k:])
    gap = before - after
    name = lambda x: say.spoken_note(spell[x % 12])  # noqa: E731
    span = SPAN_WORDS.get(abs(gap)) or {7: "a fifth", 8: "a sixth", 9: "a sixth", 12: "an octave",
                                        24: "two octaves"}.get(abs(gap), "more than two octaves")
    return (f"The {possessive(p.stem)} lowest note is {name(before)} before {where}; from {where} it "
            f"{'drops' if gap > 0 else 'rises'} to the {name(after)} {span} {'below' if gap > 0 else 'above'}.")


NOTE_SPAN = r"(\D+?)(-?\d+)[–-](\D+?)(-?\d+)"  # 'G1–D2': two notes with their octaves (a range, an extreme pair)


def _range_words(register_range: str | None, wide: bool = False) -> str:
    """', from G up to D' (or ', on G') from a register range 'low (G1–D2)': the notes by name, without octave
    numbers (a summary carries no numbers); ``wide`` (asked how wide the range is): the span named however narrow."""
    m = re.search(r"\(" + NOTE_SPAN + r"\)", register_range or "")
    if not m:
        return ""
    low, low_octave, high, high_octave = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
    said_low, said_high = say.spoken_note(low), say.spoken_note(high)  # 'A sharp', as the other sentences say it
    if (low, low_octave) == (high, high_octave):
        return f", on {said_low}"
    if low == high:  # the same note an octave or two apart
        apart = high_octave - low_octave
        octaves = {1: "an octave", 2: "two octaves", 3: "three octaves"}.get(apart, "several octaves")
        # ('the C octaves above': a sweep on Shadows, dev)
        return f", from {said_low} up to the {said_high} {octaves} above"
    if low not in PITCH_CLASS or high not in PITCH_CLASS:
        return f", from {said_low} up to {said_high}"
    # "from C# up to F#" reads as a fourth: a span past the octave says how far the top note is (a singer's E up
    # to the E flat a seventh above was "from E up to Eb", which reads as a step down)
    span = 12 * (high_octave - low_octave) + PITCH_CLASS[high] - PITCH_CLASS[low]
    if span < SPAN_SAID_SEMITONES:
        # "how wide is her range in this bit?" got "from G up to B", which leaves the octave open (the seventeenth
        # session's sweep on Country1, dev): asked, the span is named
        narrow = NARROW_SPAN_WORDS.get(span) if wide else None
        return f", from {said_low} up to {said_high}" + (f", a span of {narrow}" if narrow else "")
    return f", from {said_low} up to the {said_high} {SPAN_WORDS.get(span, 'more than two octaves')} above"


# a span from this wide names how far its top note lies above its lowest (by the interval musicians call it)
SPAN_SAID_SEMITONES = 10
NARROW_SPAN_WORDS = {1: "a half step", 2: "a whole step", 3: "a minor third", 4: "a major third", 5: "a fourth",
                     6: "a tritone", 7: "a fifth", 8: "a minor sixth", 9: "a major sixth"}
WIDTH_ASKED = (r"\bhow (?:wide|big|large|narrow)\b[^?]*\b(?:range|span|register)\b|"
               r"\b(?:range|span)\b[^?]*\bhow (?:wide|big|large|narrow)\b|\bspan\b|\bambitus\b")
SPAN_WORDS = {10: "nearly an octave", 11: "nearly an octave", 13: "a ninth", 14: "a ninth", 15: "a tenth",
              16: "a tenth", 17: "an eleventh", 18: "an eleventh", 19: "a twelfth", 20: "a thirteenth",
              21: "a thirteenth", 22: "nearly two octaves", 23: "nearly two octaves"}


def _span_word(semitones: int) -> str:
    """'a minor third', 'an octave', 'a tenth', 'two octaves': how far apart two notes are, as a span is said."""
    return ("an octave" if semitones == 12 else "two octaves" if semitones == 24 else
            NARROW_SPAN_WORDS.get(semitones) or SPAN_WORDS.get(semitones) or
            ("unison" if semitones <= 0 else "more than two octaves"))


CLASH_ASKED = (r"\bmajor or minor\b|\bminor or major\b|"
               r"\bsounds? (?:a bit |a little |kind of |slightly )?(?:off|wrong|sour|weird|strange)\b|"
               r"\bclash\w*\b|\bsour\b|\bwrong note")


def _third_name(root: str, semitones: int) -> str:
    """A chord's third spelled from its root's letter ('E', 3 -> 'G'; 'E', 4 -> 'G sharp'; 'Bb', 3 -> 'D flat')."""
    step = (LETTERS.index(root[0]) + 2) % 7
    letter, alter = LETTERS[step], (PITCH_CLASS[root] + semitones - NATURAL_PC[step]) % 12
    return letter + {0: "", 1: " sharp", 11: " flat", 2: " double sharp", 10: " double flat"}.get(alter, "")


def _clash_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """Where one part sounds a chord's minor third and another its major third (ChordGrid.third_clashes), where the
    question asks whether a chord is major or minor or what sounds off (round 31's af05: a guitar's E minor over a
    bass walking E, G sharp, B was charted 'E', and 'the last bar sounds a bit off' was left unexplained, dev)."""
    grid = a.chord_grid
    if grid is None or not grid.third_clashes or not re.search(CLASH_ASKED, (question or "").lower()):
        return None
    order = chart_bar_numbers(a)
    said = []
    for c in grid.third_clashes[:2]:
        symbol = next((b.chords[0] for b in grid.bars if b.bar == c.bar), None)
        root = symbol and (symbol[:2] if len(symbol) > 1 and symbol[1] in "#b" else symbol[:1])
        if not root or root not in PITCH_CLASS:
            continue
        where = _bar_here(order, c.bar) or "one bar here"
        said.append(f"In {where} the {_names(c.minor)} {verb(c.minor, 'sounds', 'sound')} {say.spoken_chord(root)} "
                    f"minor's third, {_third_name(root, 3)}, while the {_names(c.major)} "
                    f"{verb(c.major, 'sounds', 'sound')} {_third_name(root, 4)}, {say.spoken_chord(root)} major's: the "
                    "two thirds clash")
    return ("; ".join(said) + ".") if said else None


FIT_ASKED = (r"\bchord tones?\b|\b(?:inside|outside|off) (?:of )?the (?:chords?|changes)\b|"
             r"\bagainst the (?:bass|chords?|harmony|changes)\b|"
             r"\b(?:clash|rub)\w* (?:with |against )?the (?:bass|chords?)\b|"
             # "does anything clash with the vocal?" (the twenty-first session's sweep on Rock got the tension, dev)
             r"\b(?:clash|rub)\w* (?:with |against )(?:the |her |his )?(?:vocals?|voice|singer|melody|lead|tune)\b|"
             r"\bfits? (?:over |with |into )?the (?:chords?|changes|harmony)\b|"
             r"\bsits? (?:against|on) the (?:bass|chords?)\b|"
             r"\bwrong notes?\b|\bnon-?chord|\brub(?:s|bing)?\b|"
             # "a couple of her quick notes grind against the band -- which ones?" (round 124's du07, dev: got her
             # line's shape)
             r"\bgrind(?:s|ing)?\b|\bscrap(?:e|es|ing|ey|y)\b|"
             # "she sounds flat against the guitar -- is she out of tune?": in tune, her notes may still rub against
             # its chords (round 116's dm01 got her intonation alone, dev)
             r"\b(?:flat|sharp|sour|off|out of tune|dissonant)\b[^?.]*\bagainst (?:the |his |her |their )?(?:guitars?|"
             r"keys|piano|organ|synths?|strings|horns?|pads?|chords?)\b|"
             # "what chord's under them, and are both of her notes actually in it?" (round 33's ah05, dev)
             r"\b(?:her|his|their|its|the (?:vocal|melody|singer|lead)'?s?) (?:\w+ )?notes?\b[^?]*"
             r"\b(?:in|inside|part of) (?:it|the chords?)\b")


def _fit_line(a: WindowAnalysis, named: list[str], lead: str | None):
    """The line a question about fitting the chords means (ChordGrid.line_fits): the named part that is not the bass,
    else the window's lead line, else the one part measured; None where the named part is the drums."""
    grid = a.chord_grid
    if grid is None or not grid.line_fits or any(x in ("drums", MIX_STEM) for x in named[:1]):
        return None
    fits = {f.stem: f for f in grid.line_fits}
    stem = (next((x for x in named if x in fits and x != "bass"), None) or (lead if lead in fits else None)
            or (next(iter(fits)) if len(fits) == 1 else None) or next((x for x in named if x in fits), None))
    return fits.get(stem) if stem else None


# "does the bass ever play the third?", "roots and fifths, or does he hit the thirds?": a line's chord tones by their
# place in the chord under them (LineFit.degrees; the fourteenth session's FIT_ASKED says only how many are chord
# tones; the seventeenth session's sweep of everyday questions on MusicDelta Rock, dev)
DEGREE_ASKED = (r"(?<!minor )(?<!major )(?<!perfect )"  # (an interval to move by: "down a minor third", round 53's bb06)
                r"\b(?:thirds?|sevenths?|3rds?|7ths?)\b(?! (?:bar|beat|time|verse|chorus|section|line|phrase|one|"
                r"note of (?:the|her|his)|of the (?:bar|beat|song|way)))"
                # ("the third and fourth lines", a count of lines: round 65's bn01, dev)
                r"(?! (?:and|or|to) (?:the )?(?:first|second|fourth|sixth|eighth|last|final)\b)"
                # ("a harmony a third above her": an interval, round 69's br02, dev)
                r"(?! (?:above|below|up|down|higher|lower)\b)|"
                r"\b(?:which|what) chord tones?\b|\bchord degrees?\b|\bwhat part of the chords?\b|"
                r"\broots? (?:or|and) fifths?\b|\bfifths? (?:or|and) roots?\b|\bjust (?:the )?roots?\b|"
                # "is the bass playing the same notes as the guitar's chords?" (the twenty-fourth session's sweep on
                # Country1 got the chart, dev): the line's notes against the chords, by degree
                r"\bsame notes as\b[^?]*\bchords?\b")
DEGREE_WORDS = {"root": "the root", "third": "the third", "fifth": "the fifth", "seventh": "the seventh"}
DEGREE_SAID = {"root": "roots?", "third": "thirds?|3rds?", "fifth": "fifths?", "seventh": "sevenths?|7ths?"}


def _self_spelled(a: WindowAnalysis, stem: str) -> str | None:
    """Where the chart is read from ``stem``'s own notes alone (one line selected, its chords implied), its notes
    cannot be measured against those chords: every note it plays helped name them ("all of the bass's notes are
    tones of the chord under them" over a bass alone, and "B against C sharp five" for the flat seven of its own
    riff: the nineteenth session's sweep on ft_ballad_csm76's bass, dev). Says so, and what to select instead."""
    grid, h8 = a.chord_grid, a.results.h008
    if grid is None or not grid.implied or h8.status != "ok" or list(h8.evidence.spelled_by) != [stem]:
        return None
    return (f"The chords here are read from the {possessive(stem)} own notes, the only pitched part selected, so its "
            f"notes cannot be measured against them: select the parts that play the chords with it.")


def _degrees_sentence(a: WindowAnalysis, named: list[str], question: str | None, lead: str | None) -> str | None:
    """A line's chord tones by their place in the chord under each (LineFit.degrees), where asked: each degree it
    plays with how many notes, the degree the question names said even where never played, where it first plays
    it, and how many notes lie outside the chords."""
    low = (question or "").lower()
    grid = a.chord_grid
    if not re.search(DEGREE_ASKED, low) or grid is None or not grid.line_fits:
        return None
    fits = {f.stem: f for f in grid.line_fits}
    stem = (next((x for x in named if x in fits), None) or (lead if lead in fits else None)
            or (next(iter(fits)) if len(fits) == 1 else None))
    if stem is None or stem in ("drums", MIX_STEM):
        return None
    itself = _self_spelled(a, stem)
    if itself:
        return itself
    f = fits[stem]
    asked = [d for d, said in DEGREE_SAID.items() if re.search(rf"\b(?:{said})\b", low)]
    order = chart_bar_numbers(a)
    said = []
    for d, words in DEGREE_WORDS.items():
        n = f.degrees.get(d, 0)
        if n:
            first = f.degree_notes.get(d, [None])[0]
            where = _bar_here(order, first.bar) if first is not None and d in asked and d != "root" else None
            at = f" (the first in {where}, {say.spoken_note(first.note)} over {say.spoken_chord(first.chord)})" \
                if where else ""
            said.append(f"{count_word(n)} {'is' if n == 1 and not said else 'are' if not said else ''}".rstrip()
                        + f" {words}{at}")
        elif d in asked:
            said.append(f"{'none is' if not said else 'none'} {words}")
    if not said:
        return None
    outside = f.notes - f.chord_tones
    rest = (f"; {count_word(outside)} {'is' if outside == 1 else 'are'} outside the chords" if outside
            else "; none is outside the chords")
    return (f"Against the chords here, of the {possessive(stem)} {count_word(f.notes)} notes {spoken_list(said)}"
            f"{rest}.")


# how much of a line the chord holds, in words: a transcription splits and merges notes, so the share is said, not the
# count (a choir-sound line of twenty notes was read as twenty-seven)
FIT_SHARE_WORDS = ((1.0, "All of"), (0.85, "Nearly all of"), (0.6, "Most of"), (0.4, "About half of"),
                   (1e-9, "Few of"), (0.0, "None of"))


def _bars_here(order: list[int], bars: list[int]) -> str | None:
    """'the second bar here', 'the second and third bars here': bars by their places in the window."""
    k = [order.index(b) for b in bars if b in order and order.index(b) < len(ORDINAL_WORDS)]
    if not k:
        return None
    return f"the {_names([ORDINAL_WORDS[x] for x in k])} {'bar' if len(k) == 1 else 'bars'} here"


def _fit_sentence(a: WindowAnalysis, named: list[str], question: str | None, lead: str | None) -> str | None:
    """How a line's notes sit on the chords (ChordGrid.line_fits), where the question asks: "is the melody mostly on
    chord tones?" got the chords alone (the fourteenth session's own sweep of everyday questions on the Punk
    multitrack, dev)."""
    f = _fit_line(a, named, lead) if re.search(FIT_ASKED, (question or "").lower()) else None
    if f is None:
        return None
    itself = _self_spelled(a, f.stem)
    if itself:
        return itself
    share = f.chord_tones / f.notes
    amount = next(w for bound, w in FIT_SHARE_WORDS if share >= bound - 1e-9)
    said = (f"None of the {possessive(f.stem)} notes here is a tone of the chord under it" if not f.chord_tones else
            f"{amount} the {possessive(f.stem)} notes here are tones of the chord under them")
    others = f.notes - f.chord_tones
    between = others - f.outside_on_beat
    order = chart_bar_numbers(a)
    leans = list(dict.fromkeys(f"{say.spoken_note(o.note)} against {say.spoken_chord(o.chord.split('/')[0])} in "
                               f"{_bar_here(order, o.bar) or 'one bar'}" for o in f.on_beat))[:2]
    leaning = (f"{count_word(f.outside_on_beat) if f.outside_on_beat <= 4 else 'several'} "
               f"{'lands' if f.outside_on_beat == 1 else 'land'} outside it on a beat" + (f" ({_names(leans)})" if leans
                                                                                        else ""))
    if others and not f.outside_on_beat:
        said += "; the others pass between the beats"
    elif others and not between:
        said += "; the others land outside it on a beat" + (f" ({_names(leans)})" if leans else "")
    elif others:
        said += (f"; {'most' if between >= 0.6 * others else 'some'} of the others pass between the beats, and "
                 + leaning)
    return said + "."


# "which notes are scraping, against which instrument, at what times?" names no other part: each selected part the line
# rubs against (round 125's dv02, dev: her F sharps were said against the C chord, not against the guitar's G)
WHICH_AGAINST_ASKED = (r"\bagainst (?:which|what|whom?)\b|"
                       r"\bwhich (?:instruments?|parts?|players?)\b[^?]*\b(?:rub|clash|scrap|grind|fight)\w*|"
                       r"\b(?:rub|clash|scrap|grind|fight)\w*\b[^?]*\bwhich (?:instruments?|parts?|players?)\b")


def _rub_pairs(order: list[int], r) -> tuple[str, str | None]:
    """('F sharp against G and C sharp against D', 'the first and second bars here'): a line's rubs against one part
    (PartRubs ``r``), each pair once, and the bars they fall in (None where those have no ordinal words)."""
    pairs = _names(list(dict.fromkeys(f"{say.spoken_note(x.note)} against {say.spoken_note(x.chord)}"
                                      for x in r.examples)))
    return pairs, _bars_here(order, list(dict.fromkeys(x.bar for x in r.examples)))


def _rubs_by_part(a: WindowAnalysis, f) -> str | None:
    """'Against the guitar, two of the vocals' notes here rub a semitone off a note it sounds (F sharp against G, in
    the first bar here); against the bass, one sits ...': each part the line (LineFit ``f``) rubs against, in turn;
    the bass by the pitch class it sounds (LineFit.rubs). None where the line rubs against none."""
    order = chart_bar_numbers(a)
    parts = []  # (the part, how many of the line's notes, what they do)
    for r in sorted((x for x in f.against if x.rubs), key=lambda x: -x.rubs):
        pairs, where = _rub_pairs(order, r)
        parts.append((r.stem, r.rubs, f"{'rubs' if r.rubs == 1 else 'rub'} a semitone off a note it sounds ({pairs}"
                                      f"{', in ' + where if where else ''})"))
    if f.rubs:
        where = _bars_here(order, list(f.rub_bars))
        parts.append(("bass", f.rubs, f"{'sits' if f.rubs == 1 else 'sit'} a semitone or a tritone off the note it "
                                      f"plays{' (in ' + where + ')' if where else ''}"))
    if not parts:
        return None
    said = [f"against the {stem}, {count_word(n)}{f' of the {possessive(f.stem)} notes here' if not k else ''} {does}"
            for k, (stem, n, does) in enumerate(parts)]
    return "; ".join([said[0][0].upper() + said[0][1:]] + said[1:]) + "."


def _part_rubs_sentence(a: WindowAnalysis, named: list[str], question: str | None, lead: str | None) -> str | None:
    """Whether a line rubs against another named part but the bass (a semitone off a note it sounds: LineFit.against),
    where a question about fitting or rubbing names that part ("does any of her notes rub against the keys?": round
    36's ak02 got the bass's rubs alone, dev)."""
    low = (question or "").lower()
    if not re.search(FIT_ASKED, low):
        return None
    f = _fit_line(a, named, lead)
    other = next((x for x in named if f is not None and x != f.stem and x != "bass"), None)
    if f is not None and other is None and re.search(WHICH_AGAINST_ASKED, low):
        return _rubs_by_part(a, f)
    r = next((x for x in f.against if x.stem == other), None) if f is not None and other else None
    if r is None or not r.over:
        return None
    # a major seventh over a major chord's root is its colour, said apart from the rubs (round 108's de06, dev)
    colours = list(dict.fromkeys(f"{say.spoken_note(x.note)} over {say.spoken_chord(x.chord)}" for x in r.colours))
    colour = (f"{_names(colours)} {'is a major seventh' if len(colours) == 1 else 'are major sevenths'} over the "
              "chord's root, the chord's colour, not a rub") if colours else ""
    if not r.rubs:
        if colour:
            return f"Against the {r.stem}, none of the {possessive(f.stem)} notes fights a note it sounds: {colour}."
        return f"Against the {r.stem}, none of the {possessive(f.stem)} notes sits a semitone off a note it sounds."
    pairs, where = _rub_pairs(chart_bar_numbers(a), r)
    # (of the line's notes here, not of those sounding with the part: 'most' of eight over a guitar's chops was six of
    # the singer's sixteen, round 116's dm01, dev)
    amount = count_word(r.rubs) if r.rubs <= 3 else "a few" if r.rubs < 0.25 * f.notes else "some" if \
        r.rubs < 0.5 * f.notes else "most"
    return (f"Against the {r.stem}, {amount} of the {possessive(f.stem)} notes {'rubs' if r.rubs == 1 else 'rub'} a "
            f"semitone off a note it sounds ({pairs}{', in ' + where if where else ''})"
            + (f"; {colour}." if colour else "."))


def _rubs_sentence(a: WindowAnalysis, named: list[str], question: str | None, lead: str | None) -> str | None:
    """Whether a line rubs against the bass note under it (a semitone, a major seventh or a tritone off its pitch
    class: LineFit.rubs), where a question about fitting the harmony names the bass ("does the vocal clash with the
    bass anywhere?" got the chords alone: the fourteenth session's own sweep, dev)."""
    low = (question or "").lower()
    f = _fit_line(a, named, lead) if re.search(FIT_ASKED, low) and re.search(r"\bbass\b", low) else None
    if f is None or not f.over_bass:
        return None
    if not f.rubs:
        return (f"Against the bass, none of the {possessive(f.stem)} notes sits a semitone or a tritone off the bass "
                "note under it.")
    where = _bars_here(chart_bar_numbers(a), f.rub_bars[:3])
    share = f.rubs / f.over_bass
    amount = count_word(f.rubs) if f.rubs <= 3 else "a few" if share < 0.25 else "some" if share < 0.5 else "most"
    return (f"Against the bass, {amount} of the {possessive(f.stem)} notes {'sits' if f.rubs == 1 else 'sit'} a "
            f"semitone or a tritone off the bass note under {'it' if f.rubs == 1 else 'them'}"
            + (f", in {where}" if where else "") + ".")


ACCENTS_ASKED = (r"\baccent(?:s|ed|ing)?\b|\bemphasi[sz]\w*|"
                 r"\bwhich (?:beats?|strokes?|strums?|hits?) (?:are|is) (?:louder|harder)|"
                 # "is he hitting every chord the same, or leaning into the downbeat? want the velocities to feel
                 # right" got the chords and the eighths, no accents (round 108's de11, dev)
                 r"\bvelocit(?:y|ies)\b|\blean(?:s|ing)? into\b|"
                 r"\b(?:hit|hitting|play|playing|strik\w+) (?:every|each|all the) \w+ the same\b|"
                 # "is he even on every eighth, or does he dig into some, like the one or the backbeat?" (round
                 # 111's dh03, dev)
                 r"\bdig(?:s|ging)? into (?:some|any|certain|the (?:one|beats?|back ?beats?|down ?beats?))\b")
ACCENT_WORDS = {"on the beats": "strokes on the beats are louder than those between them: the accents fall on the "
                                "beats",
                "off the beats": "strokes between the beats are louder than those on them: the accents fall off the "
                                 "beat",
                "on two and four": "strokes on two and four are louder than those on one and three: the accents fall "
                                   "on two and four",
                "on one and three": "strokes on one and three are louder than those on two and four: the accents fall "
                                    "on one and three",
                "even": "strokes are about even in level: no place in the bar stands out clearly as accented"}


def _accents_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """Where the named part's accents fall (Presence.accents), where the question asks it ("is he strumming eighths
    or sixteenths, where are the accents?" left them to the ear: round 31's af09, dev)."""
    if not re.search(ACCENTS_ASKED, (question or "").lower()):
        return None
    live = [p for p in a.presence if p.stem not in (MIX_STEM, "drums") and p.onsets]
    p = next((x for x in live if named and x.stem == named[0]), live[0] if len(live) == 1 else None)
    kit = a.drum_pattern.pattern if a.drum_pattern is not None else {}
    if p is None and (not named or named == ["drums"]) and kit.get("kick") and kit.get("snare"):
        # the band's accents in the bar: where the kick and snare fall ("where are the accents in the bar?" over a 5/4
        # band got the singer's phrases: the twenty-fourth session's sweep on ft_ballad_eb54, dev)
        return (f"The bar's accents fall with the kit: the kick {kit['kick']} and the "
                f"{_kit_name('snare', a.drum_pattern)} {kit['snare']}.")
    if p is None or p.accents is None:
        return None
    said = f"The {possessive(p.stem)} {ACCENT_WORDS[p.accents]}"
    # (not after "about even": "no place in the bar stands out" is said of the whole bar already)
    if p.bar_accent and p.accents in ("on the beats", "off the beats") and \
            re.search(BAR_BEAT_ASKED, (question or "").lower()):
        # asked whether the one or the backbeat gets more: which beat of the bar its beats lean on (round 111's dh03)
        said += {"level": ", and no beat of the bar stands out over the others: neither the one nor the backbeat "
                          "gets more",
                 "the one": ", and the one is louder than the bar's other beats",
                 "two and four": ", and two and four are louder than one and three: it leans on the backbeat",
                 "one and three": ", and one and three are louder than two and four"}[p.bar_accent]
    return said + "."


# the beats of the bar asked by name: "does he dig into the one or the backbeat?"
BAR_BEAT_ASKED = (r"\bthe one\b|\bdown ?beats?\b|\bback ?beats?\b|\b(?:two|2) (?:and|&) (?:four|4)\b|"
                  r"\b(?:one|1) (?:and|&) (?:three|3)\b")


REGISTERS_ASKED = (r"\bsame (?:range|register|octave)\b|\b(?:ranges?|registers?)\b[^?]*\boverlap|"
                   # "a pad in between the keys and her, without landing on either -- where is each of them sitting?"
                   # (round 116's dm08 got the window's course, dev)
                   r"\bwhere (?:is|are|do|does) (?:each of (?:them|the \w+)|both of them|they both|them both|each)\b"
                   r"[^?]*\bsit(?:s|ting)?\b|"
                   # "where are the bass, the keys and the singer each sitting, and where's the open space for the
                   # cello?" (round 117's dn10, dev)
                   r"\bwhere (?:is|are|do|does)\b[^?]*\beach (?:sit(?:s|ting)?|play(?:s|ing)?|lie|lying)\b|"
                   r"\bopen (?:space|room|gap)\b[^?]*\b(?:for|to fit|to put)\b|"
                   r"\bbetween\b[^?]*\bwithout (?:landing on|hitting|clashing with|stepping on) "
                   r"(?:either|both|them|each)\b|"
                   r"\boverlap\w*\b[^?]*\b(?:ranges?|registers?)\b|\b(?:well |way )?clear (?:above|below|of)\b|"
                   r"\bsit(?:s|ting)? (?:above|below|under|over) (?:them|her|him|it|the)\b|"
                   r"\bout of (?:her|his|their) way\b")


def _registers_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """Whether two parts share a range, from each one's lowest and highest notes here (Presence.lowest_highest),
    where the question asks it ("are the keys sitting in the same range as her, or is she well clear above
    them?" got the keys' range alone: round 31's af08, dev)."""
    if not re.search(REGISTERS_ASKED, (question or "").lower()):
        return None
    spans = {}
    for p in a.presence:
        m = re.fullmatch(NOTE_SPAN, p.lowest_highest or "")
        if p.stem in (MIX_STEM, "drums") or not p.onsets or not m or m.group(1) not in PITCH_CLASS or \
                m.group(3) not in PITCH_CLASS:
            continue
        spans[p.stem] = (m.group(1), 12 * (int(m.group(2)) + 1) + PITCH_CLASS[m.group(1)],
                         m.group(3), 12 * (int(m.group(4)) + 1) + PITCH_CLASS[m.group(3)])
    asked = [x for x in named if x in spans]
    if len(asked) >= 3:
        return _registers_stacked(asked, spans)
    pair = asked[:2]
    pair += [x for x in spans if x not in pair][:2 - len(pair)]
    if len(pair) < 2:
        return None
    (x, (xl, xlo, xh, xhi)), (y, (yl, ylo, yh, yhi)) = [(stem, spans[stem]) for stem in pair]
    if xlo < ylo or (xlo == ylo and xhi < yhi):  # the higher part first
        (x, (xl, xlo, xh, xhi)), (y, (yl, ylo, yh, yhi)) = (y, (yl, ylo, yh, yhi)), (x, (xl, xlo, xh, xhi))
    sings = verb([x], "sings", "sing") if x == "vocals" else verb([x], "plays", "play")
    if xlo > yhi:
        gap = xlo - yhi
        apart = INTERVAL_WORDS.get(gap) if gap < 12 else "an octave" if gap == 12 else "more than an octave"
        # (one note held is no range: "the vocals sing from E up to E" over a singer's one E5, round 116's dm08, dev)
        sung = (f"only {say.spoken_note(xl)}," if xlo == xhi else
                f"from {say.spoken_note(xl)} up to {say.spoken_note(xh)}, all of it")
        under = (f"whose one note is {say.spoken_note(yl)}" if ylo == yhi else
                 f"whose notes run from {say.spoken_note(yl)} up to {say.spoken_note(yh)}")
        return (f"The {x} {sings} {sung} above the {y}, {under} here: their ranges do not overlap, the "
                f"{possessive(x)} {'note' if xlo == xhi else 'lowest note'} {apart} over the {possessive(y)} "
                f"{'note' if ylo == yhi else 'highest'}.")
    if xlo == yhi:
        return (f"The {x} ({say.spoken_note(xl)} up to {say.spoken_note(xh)}) and the {y} ({say.spoken_note(yl)} up "
                f"to {say.spoken_note(yh)}) meet on one note, {say.spoken_note(xl)}: the {possessive(x)} lowest is the "
                f"{possessive(y)} highest.")
    low, high = max(xlo, ylo), min(xhi, yhi)
    shared = "one note" if high == low else (INTERVAL_WORDS.get(high - low) if high - low < 12 else
                                              "an octave" if high - low == 12 else "more than an octave")
    return (f"The {x} ({say.spoken_note(xl)} up to {say.spoken_note(xh)}) and the {y} ({say.spoken_note(yl)} up to "
            f"{say.spoken_note(yh)}) overlap here: they share the range from "
            f"{say.spoken_note(xl if xlo > ylo else yl)} up to {say.spoken_note(yh if yhi < xhi else xh)}, {shared} wide.")


def _span_words(low: str, high: str, lo: int, hi: int) -> str:
    """'from E up to A sharp', or 'on E' where the part holds one note."""
    return f"on {say.spoken_note(low)}" if lo == hi else f"from {say.spoken_note(low)} up to {say.spoken_note(high)}"


def _registers_stacked(stems: list[str], spans: dict) -> str:
    """Three parts or more, top to bottom, each from its lowest to its highest note here, and what lies free between
    each and the next below ("where are the bass, the keys and the singer each sitting, and where's the open space for
    the cello?" got the chords: round 117's dn10, dev)."""
    order = sorted(stems, key=lambda x: (spans[x][3], spans[x][1]), reverse=True)
    parts = [f"the {x} {_span_words(spans[x][0], spans[x][2], spans[x][1], spans[x][3])}" for x in order]
    gaps = []
    for up, down in zip(order, order[1:]):
        gap = spans[up][1] - spans[down][3]
        if gap > 2:
            gaps.append(f"{_interval_words(gap)} lies free between the {possessive(down)} highest note and the "
                        f"{possessive(up)} lowest")
        elif gap > 0:
            gaps.append(f"the {down} and the {up} sit next to each other, no room between them")
        else:
            gaps.append(f"the {down} and the {up} overlap")
    return (f"From the top, {_names(parts)} here: " + "; ".join(gaps) + ".")


# "is anything masking the vocal?", "are the guitar and the vocal fighting for space?": which parts share the asked
# part's range while they sound with it (H006), said from the notes' ranges (the eighteenth session's sweep on
# Country1 got who carries, dev)
MASK_ASKED = (r"\bmask\w*|\bfight\w* (?:for (?:space|room)|with|each other)|"
              r"\bstep(?:s|ping)? on\b[^?]*\b(?:vocals?|voice|singer|her|him)\b|\bcrowd\w*|\bbur(?:y|ies|ying|ied)\b|\bcompet\w* (?:with|for)\b|\bgetting in (?:the|her|his|its) way\b|"
              r"\bmuddy\b|\bfrequency (?:clash|overlap|space)")
MASK_HIGH, MASK_SOME = 0.5, 0.2  # H006's risk (its share of the range shared, times the share of time together)


def _masking_sentence(a: WindowAnalysis, named: list[str], lead: str | None, question: str | None) -> str | None:
    if not re.search(MASK_ASKED, (question or "").lower()):
        return None
    h = a.results.h006
    if h.status != "ok":
        return None
    pairs = h.evidence.pairs
    # the part masked: the voice or the lead where named ("is the guitar masking the vocal?"), else the first named
    known = [x for x in named if any(x in p.pair for p in pairs)]
    target = next((x for x in known if x == "vocals" or x == lead), None) or (known[0] if known else None) or \
        (lead if lead and any(lead in p.pair for p in pairs) else None)
    if target is None:  # no part named: the pair that shares the most while sounding together
        p = max(pairs, key=lambda x: x.risk)
        x, y = p.pair
        said = ("share much of their range while they sound together, the likeliest pair to mask each other"
                if p.risk >= MASK_HIGH else "share some of their range" if p.risk >= MASK_SOME else
                "keep mostly to their own ranges")
        return f"Of the parts here, the {_names([x, y])} {said} (read from the notes' ranges, not the sounds' spectra)."
    mine = sorted((p for p in pairs if target in p.pair), key=lambda p: -p.risk)
    their, them = ("their", "them") if plural([target]) else ("its", "it")
    clauses = []
    for p in mine:
        other = p.pair[1] if p.pair[0] == target else p.pair[0]
        width = (INTERVAL_WORDS.get(int(round(p.overlap_semitones)), "a step") if p.overlap_semitones < 12 else
                 "an octave or more")
        if p.risk >= MASK_HIGH:
            clauses.append(f"the {other} {verb([other], 'overlaps', 'overlap')} {their} range across {width} and "
                           f"{verb([other], 'sounds', 'sound')} with {them} most of the time, the likeliest to mask "
                           f"{them}")
        elif p.risk >= MASK_SOME:
            clauses.append(f"the {other} {verb([other], 'overlaps', 'overlap')} {their} range across {width} some of "
                           "the time")
        else:
            clauses.append(f"the {other} {verb([other], 'keeps', 'keep')} mostly out of {their} range")
    if not clauses:
        return None
    return (f"Against the {target}, {'; '.join(clauses)} (read from the notes' ranges, not the sounds' spectra).")


# "I want to add a second guitar -- what register is free here?": where the parts' usual ranges leave room (the
# sixteenth session's sweep on Punk, dev: "the drums, bass and vocals support the guitar underneath" answered it)
FREE_ASKED = (r"\b(?:registers?|ranges?|octaves?)\b[^?]*\b(?:free|empty|unused|room|space|available|gaps?)\b|"
              r"\b(?:free|open|empty|unused|available)\s+(?:registers?|ranges?|octaves?)\b|"
              r"\b(?:room|space)\b[^?]*\bin (?:the |which |what )?(?:registers?|ranges?|octaves?)\b|"
              r"\bwhat (?:register|range|octave)\b[^?]*\b(?:add|put|fit|place|layer|sit|go)\b|"
              r"\b(?:add|put|fit|place|layer)\b[^?]*\bwhat (?:register|range|octave)\b|"
              # "what would be a good counter-melody register?" (the seventeenth session's sweep on Country1, dev)
              r"\bcounter-?\s?(?:melod\w*|lines?)\b[^?]*\b(?:registers?|ranges?|octaves?)\b|"
              r"\b(?:registers?|ranges?|octaves?)\b[^?]*\bcounter-?\s?(?:melod\w*|lines?)\b")


# "could I double the bass with a synth an octave up without clashing with the guitars?": the named part's usual
# range moved by the octave, against the other parts' (the sixteenth session's sweep on MusicDelta Country1, dev: it
# got the chords' tension)
OCTAVE_ASKED = (r"^(?=.*\b(?:doubl\w*|layer\w*|cop(?:y|ying)|duplicat\w*|stack\w*|same (?:line|part|notes))\b)"
                r".*\b(an?|one|two) octaves? (up|higher|above|down|lower|below)\b")


def _core_span(p) -> tuple[int, int, str, str] | None:
    """A part's usual range (Presence.register_range's notes) as (lowest, highest MIDI, their names), or None."""
    m = re.search(r"\(" + NOTE_SPAN + r"\)", p.register_range or "")
    if p.stem in (MIX_STEM, "drums") or not p.onsets or not m or m.group(1) not in PITCH_CLASS or \
            m.group(3) not in PITCH_CLASS:
        return None
    return (12 * (int(m.group(2)) + 1) + PITCH_CLASS[m.group(1)], 12 * (int(m.group(4)) + 1) + PITCH_CLASS[m.group(3)],
            m.group(1), m.group(3))


def _octave_double_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """Where the named part's usual range lands moved an octave (or two) up or down, against each other part's:
    overlapping it by how much, or clear above or below it; where asked."""
    m = re.search(OCTAVE_ASKED, (question or "").lower())
    spans = {p.stem: _core_span(p) for p in a.presence}
    spans = {k: v for k, v in spans.items() if v is not None}
    part = next((x for x in named if x in spans), None)
    if m is None or part is None or len(spans) < 2:
        return None
    shift = (24 if m.group(1) == "two" else 12) * (1 if m.group(2) in ("up", "higher", "above") else -1)
    lo, hi, low_name, high_name = spans[part]
    lo, hi = lo + shift, hi + shift
    said = []
    for stem, (olo, ohi, _, _) in spans.items():
        if stem == part:
            continue
        shared = min(hi, ohi) - max(lo, olo)
        said.append(f"overlap the {possessive(stem)} usual range across {_interval_words(shared)}" if shared > 0 else
                    f"meet the {possessive(stem)} usual range on one note" if shared == 0 else
                    f"stay under the {possessive(stem)} usual range" if hi < olo else
                    f"stay above the {possessive(stem)} usual range")
    moved = f"{'two octaves' if abs(shift) == 24 else 'an octave'} {'up' if shift > 0 else 'down'}"
    return (f"Doubled {moved}, the {possessive(part)} usual notes, from {say.spoken_note(low_name)} up to "
            f"{say.spoken_note(high_name)}, would {spoken_list(said)}.")


def _interval_words(semitones: int) -> str:
    """'a third', 'an octave', 'more than an octave', 'nearly two octaves', 'two octaves', 'more than two octaves'."""
    return (INTERVAL_WORDS.get(semitones, "a half step") if semitones < 12 else "an octave" if semitones == 12 else
            "more than an octave" if semitones < 20 else "nearly two octaves" if semitones < 24 else
            "two octaves" if semitones == 24 else "more than two octaves")


def _free_register_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """Where the pitched parts' usual ranges here (Presence.register_range's core) leave room: the widest stretch
    between two of them, the next one if there is one, and what lies above the top part; where asked."""
    if not re.search(FREE_ASKED, (question or "").lower()):
        return None
    spans = [(core[0], core[1], p.stem, core[2], core[3]) for p in a.presence if (core := _core_span(p)) is not None]
    if len(spans) < 2:
        return None
    spans.sort()
    gaps, top = [], spans[0]  # top: the part reaching highest so far
    for lo, hi, stem, low_name, _ in spans[1:]:
        if lo - top[1] >= 3:  # a third or more that no part's usual range covers
            gaps.append((lo - top[1], top[2], top[4], stem, low_name))
        if hi > top[1]:
            top = (lo, hi, stem, low_name, spans[[x[2] for x in spans].index(stem)][4])
    highest = f"above the {possessive(top[2])} {say.spoken_note(top[4])} no part plays"
    if not gaps:
        return (f"The parts' usual ranges here run together from the {possessive(spans[0][2])} "
                f"{say.spoken_note(spans[0][3])} up to the {possessive(top[2])} {say.spoken_note(top[4])} without a "
                f"gap, so the free room is {highest.replace(' no part plays', '')}.")
    gaps.sort(key=lambda g: -g[0])
    width, below, below_top, above, above_low = gaps[0]
    said = (f"The widest free stretch here lies between the {possessive(below)} usual top, "
            f"{say.spoken_note(below_top)}, and the {possessive(above)} usual bottom, {say.spoken_note(above_low)}, "
            f"{_interval_words(width)} higher")
    if len(gaps) > 1:
        w2, b2, _, a2, _ = gaps[1]
        said += f"; the {b2} and the {a2} leave {_interval_words(w2)} between them"
    return said + f"; {highest}."


SWING_ASKED = r"\bswing|\bswung\b|" + STRAIGHT_FEEL + r"|\bshuffl"  # swung or straight, by name
FEEL_ASKED = SWING_ASKED + r"|\btriplets?\b|\blilt|\bfeel\b"
PART_FEEL_LEADS = SWING_ASKED + r"|\btriplets?\b|\bskip\b"


def _part_feel_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """How a named part divides the beat, against the band (Presence.beat_split), where the question asks a
    feel: a voice singing even duplets over a shuffle is straight, whatever the band does."""
    if not named or not re.search(FEEL_ASKED, (question or "").lower()):
        return None
    p = next((x for x in a.presence if x.stem == named[0] and x.stem != MIX_STEM and x.onsets), None)
    if p is None:
        return None
    m = a.meter
    compound = m is not None and (m.label in COMPOUND_METERS or m.subdivision == "triplets")
    band_swings = m is not None and not compound and m.swing_ratio is not None and m.swing_ratio >= SWUNG_RATIO
    who = f"The {p.stem}"
    sings = verb([p.stem], "sings", "sing") if p.stem == "vocals" else verb([p.stem], "plays", "play")
    split = p.beat_split
    if not set(a.track_context.stems) - {p.stem}:  # a part alone in its track: no band to set it against
        compound = band_swings = False
        if split == "in three":
            return f"{who} {sings} triplets, three to a beat."
    if split == "in two":
        if compound:
            return (f"{who} {sings} straight, splitting each beat evenly in two across the band's "
                    "triplet lilt: two against three, not swung.")
        return f"{who} {sings} straight, even eighths" + (
            " against the band's swing." if band_swings else ", not swung.")
    if split == "in three":
        return (f"{who} {verb([p.stem], 'rides', 'ride')} the band's triplet lilt, three to a beat." if compound else
                f"{who} {sings} triplets, three to a beat, against the band's even eighths.")
    drums = next((x.beat_split for x in a.presence if x.stem == "drums" and x.stem != p.stem), None)
    if split == "swung":
        if compound:
            return f"{who} {verb([p.stem], 'rides', 'ride')} the band's triplet lilt, long-short, as a shuffle."
        return f"{who} {verb([p.stem], 'swings', 'swing')} the eighths, long-short" + (
            ", against the drums' straight eighths." if drums == "in two" else ", with the band." if band_swings
            else ".")
    if split == "in four":
        return f"{who} {sings} straight, placing notes on the sixteenths between the beats, not swung."
    if split == "loosely":
        return (f"{who} {verb([p.stem], 'places', 'place')} the notes loosely between the beats, on no steady grid, "
                "neither swung nor straight.")
    return (f"{who} {verb([p.stem], 'moves', 'move')} mostly on the beats, with too few notes between them to swing "
            "or play straight.")


# "is it straight or shuffled?" of the band, no part named: the answer word first, from the meter's subdivision (the
# meter's words alone named a twelve-eight "a compound six-eight lilt" and never said whether it swings: the
# twenty-third session's sweep on ft_swing_g1208, dev)
BAND_FEEL_ASKED = SWING_ASKED


def _band_feel_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    m = a.meter
    if [x for x in named if x != MIX_STEM] or m is None or not re.search(BAND_FEEL_ASKED, (question or "").lower()):
        return None
    if m.label in COMPOUND_METERS or m.subdivision == "triplets":
        return "Not straight: each beat splits in three here, a triplet feel."
    if m.swing_ratio is not None and m.swing_ratio >= SWUNG_RATIO:
        return "Swung: the eighths between the beats fall long-short, as a shuffle."
    if m.subdivision == "uneven" and {s.stem for s in a.stems} == {MIX_STEM}:  # (every part's notes at once)
        return ("Not read here: the unseparated mix's notes between the beats, every part's at once, land on no one "
                "grid, so whether it is straight or swung cannot be said from this window.")
    return {"straight eighths": "Straight: the eighths between the beats are even, not swung.",
            "sixteenths": "Straight: the strokes between the beats fall on even sixteenths, not swung.",
            "uneven": "Neither clearly: the strokes between the beats fall on no steady grid, so the reading cannot "
                      "call it straight or swung.",
            }.get(m.subdivision or "none", "Mostly on the beats: too little plays between them to call it straight "
                                           "or swung.")


# "what are the bass and guitar doing?", "what's the backing doing under the vocal?": what each named part plays, in
# one sentence (several parts asked got the first one's alone: the twenty-third session's sweep on Beatles, dev)
PARTS_ASKED = r"\b(?:doing|playing|play|plays)\b"


def _parts_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    if len(named) < 2 or not re.search(PARTS_ASKED, (question or "").lower()):
        return None
    clauses = []
    for stem in named:
        p = next((x for x in a.presence if x.stem == stem and x.stem != MIX_STEM), None)
        if p is None or not p.sounding_share:
            continue
        if stem == "drums":
            kit = a.drum_pattern.pattern if a.drum_pattern is not None else {}
            beat = [f"the {_kit_name(c, a.drum_pattern)} {kit[c]}" for c in ("kick", "snare") if kit.get(c)]
            if beat:
                clauses.append(f"the drums play {_names(beat)}")
        elif p.playing:
            clauses.append(f"the {stem} {verb([stem], 'plays', 'play')} {p.playing}")
    if len(clauses) < 2:
        return None
    text = "; ".join(clauses)
    return text[0].upper() + text[1:] + "."


# a part the producer will double ("want to double the bass with a synth"): its notes are what he needs
DOUBLE_PART = r"\bdouble (?:the|his|her|their) \w+\b"
# the notes asked with where each falls ("what's her first bar back, note for note, and which beats do the notes fall
# on?" got the notes alone: round 122's ds06, dev)
PLACES_ASKED = (r"\b(?:which|what) beats? (?:do|does|are|is|they|it|each|the)\b|\bon (?:which|what) beats?\b|"
                r"\bwhere (?:in the bar )?(?:do|does) (?:the |her |his |its |those |these |each )?(?:notes?|they|it) "
                r"(?:fall|land|sit|go)\b|\b(?:which|what) (?:eighths|sixteenths|counts?)\b")


def _purpose_text(question: str | None) -> str:
    """The question's sentences that ask nothing (the producer's purpose: "want to double the bass with a synth")."""
    return " ".join(x for x in CLAUSE_BREAK.split(question or "")
                    if not re.search(r"\b" + QUESTION_WORD, x.lower()) and not re.search(r"\?", x))


def _part_sentence(a: WindowAnalysis, named: list[str], question: str | None = None) -> str | None:
    if not named:
        return None
    p = next((x for x in a.presence if x.stem == named[0]), None)
    if p is None:
        return None
    if p.bar_notes and p.reading not in ("plays throughout", "plays most of the window"):
        # a part in and out asked its notes: bar by bar too ("what's she shouting each time?" over her shouts got
        # "the vocals only come in for brief entries": round 72's bu12, dev)
        act = verb([p.stem], "sings", "sing") if p.stem == "vocals" and "chords" not in (p.playing or "") else \
            verb([p.stem], "plays", "play")
        by_bar = _notes_by_bar(a, p, act, question)
        if by_bar:
            return by_bar
    if p.playing and p.reading in ("plays throughout", "plays most of the window"):  # what it plays, and where
        span = "throughout" if p.reading == "plays throughout" else "through most of the window"
        register = f", in a {p.register_range.split(' ')[0]} register" if p.register_range else ""
        if re.search(r"\bnotes?\b|\brange\b|\bregister\b|\boctave\b|\bhigh\b|\blow\b|\bpitch|\btops? out\b|"
                     r"\bdouble (?:it|him|her|that|this)\b|" + DOUBLE_PART + r"|\bcopy\b|\btranscri",
                     (question or "").lower()):
            # asked for the notes: their names; asked how low or high it goes, its extremes (the usual span left
            # out a chorus bass's low D flat and high B flat: round 20's e09)
            extremes = re.search(EXTREMES_ASKED, (question or "").lower())
            wide = bool(re.search(WIDTH_ASKED, (question or "").lower()))
            register += _range_words(f"({p.lowest_highest})" if extremes and p.lowest_highest else p.register_range,
                                     wide)
            usual = re.search(r"\((.*)\)", p.register_range or "")
            if not extremes and p.lowest_highest and usual and usual.group(1) != p.lowest_highest and \
                    re.search(RANGE_ASKED, (question or "").lower()):
                # asked its range: lowest to highest, then where it mostly stays ("what's the bass's range here?" got
                # its usual span alone, E to A, where it reaches down to C and up to B: the twenty-sixth session's
                # sweep on ft_drive_e24, dev)
                register = register.replace(_range_words(p.register_range, wide), "") + \
                    _range_words(f"({p.lowest_highest})", wide) + ", mostly" + \
                    _range_words(p.register_range, False).replace(", from", " from", 1).replace(", on", " on", 1)
            if extremes and p.highest_at_s is not None and re.search(r"\bwhen\b|\bwhere\b", (question or "").lower()):
                # "what's the highest note he hits, and when?": where each end first sounds
                at = lambda t: say.where_words(t, a.window.start_s, a.window.duration_s).replace("right ", "")  # noqa: E731
                register += f" (the top note {at(p.highest_at_s)}, the lowest {at(p.lowest_at_s)})"
        act = verb([p.stem], "sings", "sing") if p.stem == "vocals" and "chords" not in p.playing else \
            verb([p.stem], "plays", "play")
        change = next((e for e in a.events if e.kind == "plays_differently" and e.stems == [p.stem]), None)
        by_bar = _notes_by_bar(a, p, act, question)
        if by_bar:  # asked its notes: bar by bar, a change of manner within them ("what notes is the bass playing?"
            return by_bar  # over a verse's held roots into a chorus riff got the two manners alone: the twenty-fifth
            # session's sweep on ft_ballad_eb54, dev)
        if change is not None:  # the window's one manner would hide it: held roots, then a riff from the chorus
            where = _bar_here(chart_bar_numbers(a), change.bar)  # (round 21's d08: 'a line, on and between the beats')
            at = f"from {where}" if where else "later in the window"
            moved = change.playing or []
            if len(moved) == 2:
                return (f"The {p.stem} {act} {moved[0]}, then {at} {moved[1]}"
                        f"{', ' + register.lstrip(', ') if register else ''}.")
        # a note a bar (a held line): the notes themselves, which a player asks of such a part
        each = [b.notes[0] for b in p.bar_notes if len(b.notes) == 1]
        notes = (f": {_names([say.spoken_note(x) for x in each])}, one a bar" if len(each) >= 2
                 and len(each) == len(p.bar_notes) and "held" in p.playing else "")
        if "broken chords" in p.playing and p.bar_notes and re.search(
                r"\bpattern\b|\bdirection\b|\barp|\border\b|\bnotes?\b|\bup or down\b", (question or "").lower()):
            first = p.bar_notes[0]  # the pattern is in the order: the first bar's notes say it
            notes = f"; in the first bar here it plays {_names([say.spoken_note(x) for x in first.notes])}"
        return f"The {p.stem} {act} {p.playing}{',' if ',' in p.playing else ''} {span}{register}{notes}."
    if p.playing and p.sounding_share > 0:  # a part that comes and goes: where it plays, then what it plays
        act = "singing" if p.stem == "vocals" and "chords" not in p.playing else "playing"
        return say.presence_sentence(p).rstrip(".") + f", {act} {p.playing}."
    low = (question or "").lower()
    if p.sounding_share > 0 and p.lowest_highest and re.search(EXTREMES_ASKED, low):
        # too few strokes for a manner, but asked how high or low it goes: its extremes ("what's the highest note and
        # when does it hit it?" over a four-second piano sample got "plays throughout in a mid register": the
        # nineteenth session's sweep, dev)
        said = say.presence_sentence(p).rstrip(".") + _range_words(f"({p.lowest_highest})", False)
        if p.highest_at_s is not None and re.search(r"\bwhen\b|\bwhere\b", low):
            at = lambda t: say.where_words(t, a.window.start_s, a.window.duration_s).replace("right ", "")  # noqa: E731
            said += f" (the top note {at(p.highest_at_s)}, the lowest {at(p.lowest_at_s)})"
        return said + "."
    return say.presence_sentence(p)


# "my flute's bottom note is middle C -- does she go below that anywhere? where?": the notes of a line past a note the
# question names, bar by bar, and how far its lowest (highest) lies from it (round 58's bg03 and bg05, dev: the range
# was said without its octaves, "from B up to the D a tenth above", and a doubling caution for the flute's own plan)
NOTE_LIMIT = (r"(?P<spec>\b(?:the )?(?P<rel>[a-g](?:#|b| sharp| flat)?) (?:(?P<n>an|one|two|three) octaves? )?"
              r"(?:(?:just|right|directly|immediately) )?(?P<way>below|above) middle c\b|"
              r"\b(?:(?P<n0>an|one|two|three) octaves? (?P<way0>below|above) )?middle c\b|"
              # a note with its octave ('C5', 'Bb3'), not a chord symbol ('G7', 'an E5 power chord')
              r"\b(?P<letter>[a-g])(?P<acc>#|b| sharp| flat)?(?P<oct>[0-8])\b"
              r"(?!\s*(?:power )?chords?\b|\s*(?:sus|maj|min|add|dim|aug))|"
              # a bass's or guitar's lowest string ("does the bass go below the low E anywhere?": the forty-sixth
              # session's routing sweep got the line's shape, dev)
              r"\b(?:the |his |her |its |my )?(?:low|open|bottom) (?P<string>[b-e])(?: string)?\b"
              r"(?!\s*(?:minor|major)\b))")
# the standard tuning's lowest string: a bass's E1, a guitar's E2 (a low D, C or B is its tuning dropped below it)
LOW_STRING = {"bass": 28, "guitar": 40}


def _low_string(name: str, stem: str) -> tuple[int, str]:
    """(MIDI note, its words) of the low string a question names ('E', 'D') on ``stem``'s instrument: the note of that
    name at or under its standard lowest string (LOW_STRING), 'the low E (E one)'."""
    base = LOW_STRING[stem]
    midi = base - (base - PITCH_CLASS[name[0]]) % 12
    return midi, f"the low {say.spoken_note(name)} ({say.spoken_note(name)} {count_word(midi // 12 - 1)})"
PAST_WORDS = (r"\b(?:below|beneath|lower than|go(?:es|ing)? under|dips? under)\b",
              r"\b(?:above|higher than|go(?:es|ing)? over)\b")
# a note with its octave counts as a limit only where the question asks a range of it: a direction word just before it
# ("does she go above C5?") or a word of range ("her lowest string is E2")
LIMIT_RANGE = (r"\b(?:below|beneath|lower than|above|higher than|under|over) (?:the )?[a-g](?:#|b| sharp| flat)?"
               r"[0-8]\b|"
               r"\b(?:lowest|highest|bottom|top|range|string|reach\w*|tops? out)\b")


def _note_limit(question: str) -> tuple[int, str, bool] | None:
    """(MIDI note, its words, below) of the note a question asks a line to stay over or under, or None."""
    low = question.lower()
    m = re.search(NOTE_LIMIT, low)
    if m is None or m.group("letter") and not re.search(LIMIT_RANGE, low):
        return None
    midi, words = _named_note(m, low)
    rest = low[:m.start()] + " " + low[m.end():]
    below, above = (re.search(w, rest) for w in PAST_WORDS)
    if not below and not above:
        return None
    return midi, words, bool(below) and (not above or below.start() < above.start())


def _asked_name(m: re.Match) -> str:
    """'F#', 'Bb', 'C': the note a question names (NOTE_LIMIT's match), spelled as asked."""
    acc = {"#": "#", " sharp": "#", "b": "b", " flat": "b"}
    if m.group("string"):
        return m.group("string").upper()
    if m.group("letter"):
        return m.group("letter").upper() + acc.get(m.group("acc") or "", "")
    if m.group("rel"):
        return m.group("rel")[0].upper() + acc.get(m.group("rel")[1:], "")
    return "C"


def _named_note(m: re.Match, low: str) -> tuple[int, str]:
    """(MIDI note, its words) of a note a question names with its octave (NOTE_LIMIT's match ``m`` in ``low``)."""
    name = _asked_name(m)
    pc = (PITCH_CLASS[name[0]] + {"#": 1, "b": -1}.get(name[1:], 0)) % 12
    if m.group("string"):  # the lowest string named: the bass's where the bass is named, else the guitar's
        midi, words = _low_string(name, "bass" if re.search(r"\bbass(?:ist)?\b", low) else "guitar")
    elif m.group("letter"):
        midi = 12 * (int(m.group("oct")) + 1) + PITCH_CLASS[name[0]] + {"#": 1, "b": -1}.get(name[1:], 0)
        words = say.spoken_note(name) + " " + count_word(int(m.group("oct")))  # 'C five': the octave said, no digit
    elif m.group("rel"):  # 'the A above middle C' (69), 'the C two octaves below middle C' (36)
        down = m.group("way") == "below"
        nearest = 60 + ((pc - 60) % 12 or 12) if not down else 60 - ((60 - pc) % 12 or 12)
        midi = nearest + (-12 if down else 12) * (COUNT_WORDS.get(m.group("n") or "", 1) - 1)
        words = "the " + say.spoken_note(name) + " " + low[m.end("rel"):m.end()].strip().replace("middle c",
                                                                                               "middle C")
    else:  # 'middle C', 'an octave below middle C' (48)
        octaves = COUNT_WORDS.get(m.group("n0") or "", 0)
        midi = 60 + (-12 if m.group("way0") == "below" else 12) * octaves
        words = f"{m.group('n0')} octave{'s' if octaves > 1 else ''} {m.group('way0')} middle C" if octaves \
            else "middle C"
    return midi, words


# "the F sharp just above middle C on my stage piano is dead -- does the keys part need that key? where?" got the chart
# (round 62's bk09, dev): where the part strikes that very note (Presence.bar_pitches), and under which chords
NOTE_USE_ASKED = (r"\b(?:need|needs|needed|use|uses|using|touch|touches|hit|hits|play|plays|playing)\b[^?]*"
                  r"\b(?:that|this|the) (?:key|note)\b|\b(?:dead|broken|missing|sticky|stuck|busted)\b|"
                  r"\bwhere (?:does|do|did) (?:he|she|they|the \w+) (?:play|hit|use)\b|\bhow (?:often|many times)\b")


def _note_use_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """'The piano strikes the F sharp above middle C sixteen times here, in the third, fifth ... bars here (under
    B each time); no other bar touches it': where the part plays a note the question names with its octave."""
    low = (question or "").lower()
    m = re.search(NOTE_LIMIT, low)
    if m is None or not re.search(NOTE_USE_ASKED, low) or _note_limit(question or "") is not None:
        return None
    midi, words = _named_note(m, low)
    pitched = [p for p in a.presence if p.stem not in ("drums", MIX_STEM) and p.bar_pitches]
    p = next((x for x in pitched if x.stem in named), None) or (pitched[0] if len(pitched) == 1 else None)
    if p is None:
        return None
    bars = [(bar, beats[midi]) for bar, beats in p.bar_pitches if midi in beats]
    if not bars:
        near = sorted({k for _, counts in p.bar_pitches for k in counts if k % 12 == midi % 12})
        other = (f"; {its([p.stem])} {say.spoken_note(_asked_name(m))}s are "
                 + _names([_octave_words(k - midi) for k in near]) if near else "")
        return f"The {p.stem} never {verb([p.stem], 'strikes', 'strike')} {words} here{other}."
    order = _track_bar_order(a)
    where = _bars_here(order, [b for b, _ in bars])
    chart = {row.bar: row.chords for row in (a.chord_grid.bars if a.chord_grid is not None else [])}
    per_bar = a.meter.beats_per_bar if a.meter is not None and a.meter.beats_per_bar else 4
    # the chord under each strike (a bar of two chords: its half)
    under = list(dict.fromkeys(chart[b][0 if len(chart[b]) == 1 or x <= per_bar / 2 else 1]
                               for b, beats in bars if chart.get(b) for x in beats))
    chords = (f" (under {say.spoken_chord(under[0])} each time)" if len(under) == 1 else
              f" (under {_names([say.spoken_chord(c) for c in under[:4]])})" if under else "")
    times = sum(len(beats) for _, beats in bars)
    rest = "; no other bar here touches it" if len(bars) < len(p.bar_pitches) else ""
    return (f"The {p.stem} {verb([p.stem], 'strikes', 'strike')} {words} {_times(times)} here"
            f"{', in ' + where if where else ''}{chords}{rest}.")


def _octave_words(step: int) -> str:
    """'an octave lower', 'two octaves higher': a note's octave against the one asked."""
    k = abs(step) // 12
    return f"{'an' if k == 1 else count_word(k)} octave{'s' if k > 1 else ''} {'lower' if step < 0 else 'higher'}"


def _past_note_sentence(a: WindowAnalysis, m: Melody | None, named: list[str], question: str | None) -> str | None:
    limit = _note_limit(question or "")
    if limit is None:
        return None
    midi, words, below = limit
    # a line's notes bar by bar, or a chord part's struck pitches ("does the guitar go below E2?" over a strummed part
    # got nothing: the forty-sixth session's sweep, dev)
    pitched = [p for p in a.presence if p.stem not in ("drums", MIX_STEM) and (p.bar_notes or p.bar_pitches)]
    p = next((x for x in pitched if x.stem in named), None) or next(
        (x for x in pitched if m is not None and x.stem == m.stem), None) or (pitched[0] if len(pitched) == 1 else None)
    if p is None:
        return None
    string = re.search(NOTE_LIMIT, (question or "").lower())
    if string is not None and string.group("string") and p.stem in LOW_STRING:  # the low string of the part asked
        midi, words = _low_string(_asked_name(string), p.stem)
    order = chart_bar_numbers(a)
    spell = _chart_spelling(a)
    bars = [(b.bar, list(b.notes)) for b in p.bar_notes] or [
        (bar, [f"{spell[k % 12]}{k // 12 - 1}" for k in sorted(struck)]) for bar, struck in p.bar_pitches]
    past = [(bar, [x for x in xs if (note_number(x) < midi if below else note_number(x) > midi)]) for bar, xs in bars]
    past = [(bar, xs) for bar, xs in past if xs]
    every = [x for _, xs in bars for x in xs]
    if not every:
        return None
    end = min(every, key=note_number) if below else max(every, key=note_number)
    gap = abs(note_number(end) - midi)
    side = "below" if below else "above"
    if not past:
        return (f"The {p.stem} {verb([p.stem], 'stays', 'stay')} at or {'above' if below else 'below'} {words} here: "
                f"{its([p.stem])} {'lowest' if below else 'highest'} note is {say.spoken_note(end)}"
                + (f", {_interval_words(gap)} {'above' if below else 'below'} it." if gap else ", that very note."))
    said = []
    runs: list[list] = []  # consecutive bars with the same notes past it, said once
    for bar, xs in past:
        notes = _names(list(dict.fromkeys(say.spoken_note(x) for x in xs)))
        if runs and runs[-1][0] == notes and runs[-1][2] == bar - 1:
            runs[-1][2] = bar
        else:
            runs.append([notes, bar, bar])
    beyond = 0  # bars past the ordinal words: counted, not placed
    for notes, first, last in runs:
        a_, z_ = _bar_here(order, first), _bar_here(order, last)
        if not a_ or (first != last and not z_):
            beyond += last - first + 1
        elif first == last:
            said.append(f"{notes} in {a_}")
        elif last == first + 1:
            said.append(f"{notes} in {_bars_here(order, [first, last])}")
        else:
            said.append(f"{notes} from {a_.removesuffix(' bar here')} to the {z_.removeprefix('the ')}")
    more = sum(last - first + 1 for _, first, last in runs[MAX_PAST_BARS:]) if len(said) > MAX_PAST_BARS else 0
    more += beyond
    listed = "; ".join(said[:MAX_PAST_BARS]) + (f"; and in {count_word(more)} more bar{'s' if more > 1 else ''}"
                                                if more else "")
    if not said:
        listed = f"in {count_word(more)} bar{'s' if more > 1 else ''} here"
    act = "sing" if p.stem == "vocals" else verb([p.stem], "plays", "play")
    return (f"{side.capitalize()} {words} the {p.stem} {act} "
            f"{listed}; {its([p.stem])} {'lowest' if below else 'highest'} note, {say.spoken_note(end)}, lies "
            f"{_interval_words(gap)} {side} it.")


MAX_PAST_BARS = 6


# "what notes is she singing here?": each bar's notes, as a player writes them down, in place of the line's register
# (the register and its extremes answer how high or low it goes). Up to NOTES_SAID_BARS bars and NOTES_SAID_MAX things
# said in all (a note struck again in a row is one: "eight Gs"); a longer window says its first bars and where the
# others' notes are (the bar notes). (Four bars and twenty-four notes until the eighteenth session: a punk
# bass's eighths on G over five bars, "what notes is the bass playing?", got only its range: a sweep, dev.)
NOTES_SAID_BARS, NOTES_SAID_MAX = 8, 24
NOTES_NAMED_ASKED = (r"\bwhat notes?\b|\bwhich notes?\b|\bnotes? (?:is|are|does|do|did)\b|"
                     r"\bthe (?:actual |exact |real )?notes\b|"  # ("what are the actual notes?": round 65's bn12, dev)
                     # ("what's he singing from about here till he stops?": round 66's bo02, dev)
                     + SINGING_WHAT + "|"
                     r"\bnote (?:for|by) note\b|\bdouble (?:it|him|her|that|this)\b|\bcopy (?:it|him|her|that|this|the line)\b|\btranscri|"
                     # "what's the bass riff?" (the eighteenth session's sweep on Country1, dev)
                     r"\bwhat(?:'s| is| are) (?:the |his |her |their |that |this )?(?:\w+ )?(?:riffs?|licks?)\b")
NOTES_OTHER_ASKED = (r"\blowest\b|\bhighest\b|\bhow (?:low|high)\b|\b(?:top|bottom) notes?\b|\btops? out\b|\brange\b|"
                     r"\bregister\b|\b(?:long|held|last|first|final|wrong|bum|sour) notes?\b|\bnotes? (?:she|he|they) "
                     r"(?:holds?|ends?)\b|\boutside\b|\bchord tones?\b|\bin (?:the |her |his )?(?:key|chords?)\b")


def _notes_by_bar(a: WindowAnalysis, p: Presence, act: str, question: str | None) -> str | None:
    """'In the first bar here the vocals sing A flat, B flat, A flat and B flat; in the second, A flat, G, A flat and
    G.': a single line's notes bar by bar (Presence.bar_notes), where the question asks its notes."""
    text = (question or "").lower()
    # asked in a clause of its own ("what are the notes, and is there anything outside the key?" got the note outside
    # the key alone: round 65's bn10, dev); a clause asking some of them ("what notes are outside the key?") is not
    # (a part to be doubled, "want to double the bass with a synth", asks its notes where the question asks nothing
    # else of them: round 92's co07, dev; "could I double the bass -- what register is it in?" asks the register)
    doubled = re.search(DOUBLE_PART, text) and not re.search(NOTES_OTHER_ASKED, text)
    if not p.bar_notes or not (doubled or any(re.search(NOTES_NAMED_ASKED, x) and not re.search(NOTES_OTHER_ASKED, x)
                                              for x in re.split(r"[;?!]|\.\s|\s-+\s|,\s*(?:and|but|or)\b", text))):
        return None
    order = chart_bar_numbers(a)
    notes = {b.bar: b.notes for b in p.bar_notes}
    if a.chord_grid is not None and a.chord_grid.bar_lines_moved_beats:
        # a chart whose bar lines moved with the harmony counts bars of its own; a line's notes are in the track's
        # (a voice's notes over such a chart were not said at all: round 65's bn12 test track, dev)
        order = sorted(set(a.bar_numbers or a.window.bars) | set(notes))
    # asked bar by bar, a busier line is said too ("what notes is the bass playing, bar by bar?" over Rock's eighths,
    # thirty notes in four bars, got its range: the sixteenth session's sweep, dev)
    most = NOTES_SAID_MAX * (2 if re.search(r"\bbar (?:by|for|after) bar\b|\b(?:each|every|per) bar\b", text) else 1)
    runs = {b: _note_runs(x) for b, x in notes.items()}
    # a part to be doubled, or its notes asked with where they fall: each note with where it falls in the bar, where
    # every bar's notes have their places (round 92's co07: "want to double the bass with a synth" got the notes
    # without their places, dev)
    placed = {b.bar: b.places for b in p.bar_notes if b.places}
    if (doubled or re.search(PLACES_ASKED, text)) and set(placed) == set(notes) and a.meter is not None and \
            a.meter.felt_beat == "quarter" and a.meter.label not in COMPOUND_METERS:
        runs = {b: _placed_runs(x, placed[b]) for b, x in notes.items()}
    if order:  # the bar the window ends inside, its notes kept after the chart's bars (bar_lines)
        order = order + [b for b in sorted(notes) if b == order[-1] + 1]
    if not order or not set(notes) <= set(order):
        return None
    # a longer or busier window: its first bars, as many as the budget holds, and where the others are ("what's the
    # bass riff?" over six busy bars got the register alone: the eighteenth session's sweep on Country1, dev)
    kept, total = [], 0
    for b in order[:min(NOTES_SAID_BARS, len(ORDINAL_WORDS))]:
        total += len(runs.get(b, [])) or 1
        if total > most:
            break
        kept.append(b)
    if not kept:
        return None
    left = len(order) - len(kept)
    more = (f" (the {ORDINAL_WORDS[len(kept)]} bar's notes are in the bar notes)" if left == 1 else
            f" (the other {count_word(left)} bars' notes are in the bar notes)" if left else "")
    if left:
        return _notes_said(p, act, [_names(runs[b]) if notes.get(b) else "no new note" for b in kept], True) \
            .rstrip(".") + more + "."
    return _notes_said(p, act, [_names(runs[b]) if notes.get(b) else "no new note" for b in order], False)


def _notes_said(p: Presence, act: str, said: list[str], part_of: bool) -> str:
    """Each bar's notes said, bars alike in a row once; ``part_of``: the window's first bars only."""
    if len(said) == 1:
        return f"In the first bar here the {p.stem} {act} {said[0]}." if part_of else \
            f"In this bar the {p.stem} {act} {said[0]}."
    if len(set(said)) == 1 and not part_of:
        return f"In each of the {count_word(len(said))} bars here the {p.stem} {act} {said[0]}."
    # bars alike in a row said once: "in the second and third, no new note"; the first bars too ("in each of the first
    # five bars here", not "in the first bar ...; in the second, third, fourth and fifth, ...")
    groups = [(x, [k for k, _ in bars]) for x, bars in groupby(enumerate(said), key=lambda kx: kx[1])]
    (x0, first), rest = groups[0], groups[1:]
    head = (f"In the first bar here the {p.stem} {act} {x0}" if len(first) == 1 else
            f"In each of the first {count_word(len(first))} bars here the {p.stem} {act} {x0}")
    return head + "".join(f"; in the {_names([ORDINAL_WORDS[k] for k in bars])}, {x}" for x, bars in rest) + "."


# "what are the first notes she sings?", "what does he play first?", "which note does she start on?"
# ("what's the first sung note and where?" got the line's shape: the thirty-seventh session's sweep on Beatles, dev)
FIRST_NOTES_ASKED = (r"\b(?:first|opening|starting) (?:few )?(?:(?!and\b|or\b)\w+ )?notes?\b|"
                     r"\bwhat (?:does|do|did) (?:he|she|they|it|the \w+) (?:sing|play)s? first\b|"
                     r"\b(?:which|what) notes? (?:does|do|did) (?:he|she|they|it|the \w+) (?:start|open|come in) "
                     r"(?:on|with)\b|\bstarts? (?:on|with) (?:which|what) notes?\b")


def _first_notes_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """The named line's (else the melody's) notes in its first bar with notes here (Presence.bar_notes), where the
    question asks its first notes ("when does the singer come in and what does he sing first?" got the entry alone:
    the twentieth session's sweep on Punk, dev)."""
    if not named or not re.search(FIRST_NOTES_ASKED, (question or "").lower()):
        return None
    p = next((x for x in a.presence if x.stem == named[0] and x.bar_notes and x.stem not in (MIX_STEM, "drums")), None)
    if p is None:
        return None
    # asked with its entry ("when does he come in and what does he sing first?"), the notes it comes in with
    with_entry = re.search(r"\bcomes? (?:back )?in\b|\benters?\b|\bcoming in\b", (question or "").lower())
    entry = next((e for e in a.events if with_entry and e.kind in ("enters", "returns") and p.stem in e.stems and
                  e.bar is not None), None)
    first = next((b for b in p.bar_notes if entry is None or b.bar >= entry.bar), p.bar_notes[0])
    where = _bar_here(chart_bar_numbers(a), first.bar)
    n = len(first.notes)
    return (f"The {possessive(p.stem)} first notes{', in ' + where if where else ' here'}: "
            f"{_names(_note_runs(first.notes))} ({count_word(n)} {'note' if n == 1 else 'notes'} in that bar).")


def _placed_runs(notes: list[str], places: list[str]) -> list[str]:
    """A bar's notes as said with their places, one an octave from the note before it named so: ['C#2', 'C#3'], ['1',
    '1&'] -> ['C sharp on one', 'the C sharp an octave up on the and of one']."""
    out, prev = [], None
    for x, at in zip(notes, places):
        octave = _octave_from(prev, x)
        out.append(f"{'the ' if octave else ''}{say.spoken_note(x)}{octave or ''} {bar_drum_words([at])}")
        prev = x
    return out


def _octave_from(prev: str | None, x: str) -> str | None:
    """' an octave up' / ' an octave down' where note ``x`` is ``prev`` an octave away, else None."""
    if prev is None or say.spoken_note(prev) != say.spoken_note(x):
        return None
    step = note_number(x) - note_number(prev)
    return " an octave up" if step == 12 else " an octave down" if step == -12 else None


def _note_runs(notes: list[str]) -> list[str]:
    """A bar's notes as said, a note struck again in a row counted ('seven A flats'), one an octave from the note
    before it named so ('the A flat an octave up'): ['Ab2'] * 7 + ['Ab3'] -> ['seven A flats', 'the A flat an
    octave up']."""
    out: list[str] = []
    prev = None
    for x, run in groupby(notes):
        n, name, octave = len(list(run)), say.spoken_note(x), _octave_from(prev, x)
        if n == 1:
            out.append(f"the {name}{octave}" if octave else name)
        else:
            out.append(f"{count_word(n)} {name}s{octave or ''}")
        prev = x
    return out


# "are the changes pushed?", "is he getting to the new chord early, right on the downbeat, or after?": where a chord
# part first strikes each new chord against the bar line (Presence.change_arrivals); within ARRIVAL_ON beats of
# the downbeat is on it (round 35's aj09, dev for this rule)
ARRIVAL_ASKED = (r"^(?=.*\b(?:chords?|changes?)\b).*(?:\banticipat\w*|\bpush(?:es|ed|ing)?\b|\bearly\b|\blate\b|"
                 r"\bahead of\b|\bget(?:s|ting)? there\b|\bright on the (?:one|downbeat|bar ?line)\b|"
                 r"\b(?:relative|compared) to the (?:beat|bar|downbeat|one|bar ?line)s?\b|"
                 r"\bon the (?:beat|one|downbeat|bar ?line) or\b)")
ARRIVAL_ON = 0.15
BEAT_AMOUNTS = ((0.25, "a quarter of a beat"), (1 / 3, "a third of a beat"), (0.5, "half a beat"),
                (2 / 3, "two-thirds of a beat"), (0.75, "three-quarters of a beat"), (1.0, "a beat"),
                (1.5, "a beat and a half"))


def _beat_amount(beats: float) -> str:
    """'two-thirds of a beat': a distance in beats as a player says it (the nearest of BEAT_AMOUNTS)."""
    return min(BEAT_AMOUNTS, key=lambda x: abs(x[0] - abs(beats)))[1]


def _arrival_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """Where the named chord part (else the first that has them) gets to each new chord, against the bar line."""
    if not re.search(ARRIVAL_ASKED, (question or "").lower()):
        return None
    parts = [x for x in a.presence if x.change_arrivals]
    p = next((x for x in parts if x.stem in named), None) if named else (parts[0] if parts else None)
    line = next((x for x in a.presence if x.stem in named and x.playing and "chords" not in x.playing), None)
    if p is None and line is not None:  # asked of a part read as a line: said, not left to silence (Rock's guitars)
        return (f"The {line.stem} {verb([line.stem], 'is', 'are')} read as a line here, not chords, so when "
                f"{'it reaches' if verb([line.stem], 'is', 'are') == 'is' else 'they reach'} each new chord is not "
                "measured.")
    if p is None:
        return None
    beats = [x.beats for x in p.change_arrivals]
    n = len(beats)
    ahead, after = [b for b in beats if b <= -ARRIVAL_ON], [b for b in beats if b >= ARRIVAL_ON]
    on = n - len(ahead) - len(after)

    def at(k: int) -> str:
        return ("at the change here" if n == 1 else "at both changes here" if k == n == 2 else
                f"at all {count_word(n)} changes here" if k == n else
                f"at {count_word(k)} of the {count_word(n)} changes here")
    if len(after) >= 2 / 3 * n:
        return (f"The {p.stem} {verb([p.stem], 'gets', 'get')} to each new chord after the downbeat, not ahead of it: "
                f"the new chord's first stroke comes about {_beat_amount(float(np.median(after)))} into the bar, "
                f"{at(len(after))}.")
    if len(ahead) >= 2 / 3 * n:
        return (f"The {p.stem} {verb([p.stem], 'pushes', 'push')} the changes: the new chord comes about "
                f"{_beat_amount(float(np.median(ahead)))} ahead of the bar line, {at(len(ahead))}.")
    if on >= 2 / 3 * n:
        return (f"The {p.stem} {verb([p.stem], 'changes', 'change')} chords right on the downbeat, neither pushed "
                f"ahead of the bar line nor late, {at(on)}.")
    said = [f"{count_word(len(ahead))} ahead of the bar line" if ahead else "",
            f"{count_word(on)} on the downbeat" if on else "", f"{count_word(len(after))} after it" if after else ""]
    return (f"The {possessive(p.stem)} changes vary: of the {count_word(n)} here, the new chord comes "
            f"{_names([x for x in said if x])}.")


# ("where does the first downbeat land?" asks the window's downbeat, not where a part's lines start: the eighteenth
# session's sweep on Punk, dev)
STARTS_ASKED = (r"^(?!.*\bwhere(?:'s| is| does| do| did)? (?:the |this )?(?:first |next )?(?:downbeat|one|bar ?line)s?\b)"
                # ("where does the new bit start?" asks the section change, not the singer's lines: the thirtieth
                # session's known problems)
                r".*?(?:\bwhere\b(?![^?,;]*\b(?:chorus|verse|bridge|section|intro|outro|solo|break|middle eight|"
                r"(?:new|next|other|different|second|third|last|final) (?:bit|part|idea|groove|riff))\b)"
                r"[^?,;]*\b(?:lands?|landing|starts?|starting|come in|comes in|enters?)\b|\bon the one\b|"
                r"\bpick(?:s|ing)? up before\b|\bpickups?\b|\bbefore the (?:bar|one|downbeat)\b|"
                # "which beat does the vocal start on?" (the twenty-first session's sweep on Punk, dev)
                # ("what beat does he come back in on?": round 79's cb01, dev)
                r"\b(?:which|what) beat\b[^?]*\b(?:starts?|(?:come|comes|coming)(?: back)? in|enters?|begins?)\b|"
                r"\bstart(?:s|ing)? (?:his|her|their|the|its) (?:lines|phrases|calls)\b|"
                # "does the vocal come in on the downbeat or before it?" (the twenty-fourth session's sweep on
                # Beatles got the section change, dev)
                r"\b(?:comes?|coming) in (?:on|before|after|ahead of) the (?:downbeat|one|beat|bar(?: ?line)?)\b)")


def _start_words(beat: int | None, place: str) -> str:
    """A line's start in a player's words, no finer than a loose singer's placement allows: on a beat, on its
    and, or just after it (a sixteenth or a triplet after: a real singer lands anywhere there)."""
    b = count_word(beat) if beat else "the beat"
    if place == "on the beat":
        return "on the one" if beat == 1 else f"on beat {b}"
    if place == "the and":
        return f"on the and of {b}"
    if place == "the a":
        return f"just before the beat after {b}"
    return f"just after beat {b}"


def _starts_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """Where the named part's lines start (Presence.line_starts), where the question asks it."""
    text = (question or "").lower()
    if not named or not re.search(STARTS_ASKED, text):
        return None
    if not set(named) & set(named_stems(text)) and re.search(r"\bcrash|\bcymbal|\bkick\b|\bsnare\b|\bhi-?hats?\b", text):
        return None  # "is there a crash on the one?" asks the kit, not where the singer's lines start
    p = next((x for x in a.presence if x.stem == named[0] and x.stem not in (MIX_STEM, "drums")), None)
    if p is None or not p.line_starts:
        return None
    places = [_start_words(x.beat, x.place) for x in p.line_starts]
    their = its([p.stem])
    top = max(set(places), key=places.count)
    # a line already sounding as the window opens has no start here, but is one of the lines it holds: said first ("how
    # many phrases does she sing here and where does each start?" got "the vocals come in on the one" over a line
    # under way and one new: the thirty-seventh session's sweep on ft_ballad_csm76, dev)
    first = p.line_starts[0]
    under_way = first.bar is not None and any(b.notes for b in p.bar_notes if b.bar < first.bar)
    order = chart_bar_numbers(a)
    if under_way and len(places) <= 3:
        wheres = [_bar_here(order, x.bar) for x in p.line_starts]
        if all(wheres):
            new = _names([f"{x} of {w}" for x, w in zip(places, wheres)])
            return (f"The {p.stem} {verb([p.stem], 'is', 'are')} already in a line as the window opens, then "
                    f"{verb([p.stem], 'starts', 'start')} {count_word(len(places))} more: {new}."
                    if len(places) > 1 else
                    f"The {p.stem} {verb([p.stem], 'is', 'are')} already in a line as the window opens, then "
                    f"{verb([p.stem], 'comes', 'come')} in with a second {new}.")
    if len(places) >= 2 and places.count(top) >= 0.75 * len(places):
        said = f"The {p.stem} {verb([p.stem], 'starts', 'start')} each of {their} {count_word(len(places))} lines {top}"
        if places.count(top) < len(places):
            said += f", but for {count_word(len(places) - places.count(top))}"
    elif len(places) == 1:
        said = f"The {p.stem} {verb([p.stem], 'comes', 'come')} in {places[0]}"
    else:
        # (each place once: "just after beat two, on beat two and on beat two" read as a stutter: a sweep on Country1)
        distinct = list(dict.fromkeys(places))[:4]
        said = (f"The {p.stem} {verb([p.stem], 'starts', 'start')} {their} {count_word(len(places))} lines "
                f"{spoken_list(distinct)}")
    if not any(x.beat == 1 and x.place == "on the beat" for x in p.line_starts) and \
            re.search(r"\bthe one\b|\bdownbeat\b", (question or "").lower()):
        said += ", never on the one"
    return said + "."


ON_OR_OFF = r"\bon the beats? or off\b|\bon or off\b|\bdownbeats? or (?:the )?off-?beats?\b"
RHYTHM_ASKED = (r"\brhythms?\b(?! section| guitar| player| part)|\bwhich (?:eighths|sixteenths|beats|off-?beats)\b|\bwhat beats\b|"
                r"\bwhere in the bar\b|\b(?:hits?|hitting|lands?|falls?) on which\b|"
                # "where does the guitar land in the bar?" (where her calls or lines land: where they start)
                r"^(?!.*\b(?:calls?|lines?|phrases?|entr\w*)\b)"
                r".*\b(?:lands?|landing|falls?|hits?|sits?)\b[^?]*\bin the bar\b|"
                r"\b(?:strum(?:ming)?|comp(?:ing)?|picking|rhythm) (?:pattern|figure)\b|"
                # "is the guitar playing on every beat?" got its manner (the seventeenth session's sweep on Beatles, dev)
                r"\b(?:on|hit\w*|play\w*|strum\w*) (?:every|each) (?:beat|eighth|quarter|downbeat)s?\b|"
                # "is the bass playing eighths or quarters?" (the eighteenth session's sweep on Rock, dev)
                r"\b(?:eighth|quarter|sixteenth)(?:s| notes)? or (?:eighth|quarter|sixteenth)s?\b|"
                # "is the guitar on the beat or off it?": how much is off the beat, then where in the bar
                + ON_OR_OFF)
TOP_ASKED = r"\btop (?:note|notes|line|voice)\b|\bhighest note of (?:the|her|his|their|its) chords\b"


BAR_RHYTHM_WORDS = {"eighths": "steady eighths", "quarters": "quarter notes", "sixteenths": "sixteenths"}


def _compound(a: WindowAnalysis) -> bool:
    """Whether the window is counted in a compound meter, its beat a dotted quarter."""
    return a.meter is not None and ((a.meter.felt_beat or "").startswith("dotted") or a.meter.label in COMPOUND_METERS)


def _rhythm_sentence(a: WindowAnalysis, named: list[str], question: str | None, bar: int | None = None) -> str | None:
    """Where the named part's strokes fall in the bar (Presence.rhythm), where the question asks its rhythm; asked
    about one bar (``bar``: Routing.bar), that bar's (Presence.rhythm_by_bar). In a compound meter a stroke on every
    beat is a dotted quarter ("three bars of quarter notes" was said of a walking bass in 12/8: the twenty-second
    session's sweep on ft_swing_g1208, dev)."""
    text = _rhythm_words(a, named, question, bar)
    return text.replace("quarter notes", "dotted quarter notes") if text and _compound(a) else text


def _rhythm_words(a: WindowAnalysis, named: list[str], question: str | None, bar: int | None = None) -> str | None:
    if not named or not re.search(RHYTHM_ASKED, (question or "").lower()) or \
            (len(named) >= 2 and re.search(FOLLOWS, (question or "").lower())):
        return None
    p = next((x for x in a.presence if x.stem == named[0] and x.stem not in (MIX_STEM, "drums")), None)
    if p is None or p.rhythm is None:
        return None
    plays = verb([p.stem], "plays", "play") if p.stem != "vocals" else verb([p.stem], "sings", "sing")
    where = _bar_here(chart_bar_numbers(a), bar)
    bars = [b for b, _ in p.bar_places]  # (rhythm_by_bar's bars, in turn)
    if where and bar in bars:
        # "what's the rhythm of the vocal in the first bar?" (the twenty-first session's sweep, dev)
        r = p.rhythm_by_bar[bars.index(bar)]
        if r == "rest":  # (said by the bar's own sentence: "In the first bar here, the vocals sing nothing.")
            return None
        return f"In {where} the {p.stem} {plays} {BAR_RHYTHM_WORDS.get(r, r)}."
    if not p.rhythm:
        return f"The {possessive(p.stem)} rhythm changes from bar to bar: no place in the bar is struck in most bars here."
    if (p.rhythm_bars_same or 0.0) >= 1.0 and "rest" not in p.rhythm_by_bar:
        return f"The {p.stem} {plays} the same rhythm in every bar here, {p.rhythm}."
    runs = [(x, len(list(bars))) for x, bars in groupby(p.rhythm_by_bar)]
    named = [x for x, _ in runs if x.startswith("on ")]
    if 2 <= len(runs) <= BAR_RUNS_SAID and len(set(named)) <= 2 and any(x != "rest" for x, _ in runs):
        # a part whose rhythm changes in runs of bars is said bar by bar, as a musician counts it through; its
        # usual rhythm, where a run plays it, is said once
        if any(x == p.rhythm for x, _ in runs):
            runs_said = _names([f"{_run_words(x, n).split(' on ')[0]} of it" if x == p.rhythm else _run_words(x, n)
                                for x, n in runs])
            return f"In most bars here the {p.stem} {plays} {p.rhythm}; bar by bar, {runs_said}."
        return f"Bar by bar here the {p.stem} {plays} {_names([_run_words(x, n) for x, n in runs])}."
    return f"In most bars here the {p.stem} {plays} {p.rhythm}, with changes from bar to bar."


BAR_RUNS_SAID = 6  # runs of bars alike, up to this many, are said in turn
RUN_WORDS = {"eighths": "of steady eighths", "quarters": "of quarter notes", "sixteenths": "of sixteenths"}


def _run_words(rhythm: str, bars: int) -> str:
    """'two bars of steady eighths', 'a bar's rest', 'a bar on one and three': a run of bars alike."""
    many = "a bar" if bars == 1 else f"{count_word(bars)} bars"
    if rhythm == "rest":
        return "a bar's rest" if bars == 1 else f"{count_word(bars)} bars' rest"
    return f"{many} {RUN_WORDS.get(rhythm, rhythm)}"


PEAK_CLEAR_DB, PEAK_SOME_DB = 6.0, 3.0  # a bar this much over the quietest is clearly (a little) louder


# "is that the whole band or just the drums?": which parts get louder at the jump into the loudest stretch (round 42's
# aq12, dev: the jump was said, the parts in it not)
WHO_LOUDER_ASKED = (r"\bwhole band\b|\b(?:just|only) the (?:drums?|drummer|bass|guitars?|keys|piano|vocals?|singer)\b|"
                    r"\beveryone\b|\beverybody\b|\bwho gets louder\b|\bwhich (?:parts?|instruments?)\b[^?]*\blouder\b")


def _around(bars: dict[int, tuple[float, float, int, float | None]], bar: int | None) -> tuple[list, list]:
    """A part's (start, level, hits, attack) in the two whole bars before ``bar`` and the two from it
    (part_bar_levels)."""
    if bar is None:
        return [], []
    return [bars[n] for n in sorted(bars) if n < bar][-2:], [bars[n] for n in sorted(bars) if n >= bar][:2]


def _louder_parts(a: WindowAnalysis, bar: int) -> tuple[list[str], list[str]]:
    """The parts a bar or two from ``bar`` on play louder than in the bar or two before it (by DIG_SAME_DB), or come
    in there; and those that hold their level."""
    louder, level = [], []
    for stem, bars in a.part_bar_levels.items():
        if stem == MIX_STEM:
            continue
        before, after = _around(bars, bar)
        if not after:
            continue
        if not before or float(np.mean([x[1] for x in after]) - np.mean([x[1] for x in before])) >= DIG_SAME_DB:
            louder.append(stem)
        else:
            level.append(stem)
    return louder, level


QUIETEST_ASKED = r"\b(?:quietest|softest)\b"


def _quietest_sentence(a: WindowAnalysis) -> str | None:
    """Where the selection is quietest (WindowAnalysis.bar_levels_db: each whole bar's level under the loudest's),
    by its bar's place in the window ("where's the quietest bit?" got the roles: the twenty-first session's sweep on
    ft_swing_g1208, dev)."""
    levels = a.bar_levels_db or {}
    if len(levels) < 2:
        return None
    low = min(levels, key=lambda b: (levels[b], b))
    drop = -levels[low]
    if drop < PEAK_SOME_DB:
        return "The level barely moves across the window: no bar stands out as the quietest."
    order = chart_bar_numbers(a)
    how = f"{'clearly' if drop >= PEAK_CLEAR_DB else 'a little'} quieter than the loudest"
    quiet = sorted(b for b in levels if -levels[b] >= drop - 1.0)  # (within a decibel of it: as quiet)
    at = [order.index(b) for b in quiet if b in order]
    if len(quiet) > 1 and len(at) == len(quiet) and at == list(range(at[0], at[0] + len(at))) and \
            at[-1] < len(ORDINAL_WORDS):  # a run of bars about as quiet: said as the stretch
        end = "the end" if at[-1] == len(order) - 1 else f"the {ORDINAL_WORDS[at[-1]]} bar here"
        return f"The quietest stretch runs from the {ORDINAL_WORDS[at[0]]} bar here to {end}, {how}."
    where = _bar_here(order, low) or "one bar"
    more = f", with {count_word(len(quiet) - 1)} more {'bar' if len(quiet) == 2 else 'bars'} about as quiet" \
        if len(quiet) > 1 else ""
    return f"The quietest bar is {where}, {how}{more}."


def _peak_sentence(a: WindowAnalysis, question: str | None = None) -> str | None:
    """Where the selection is loudest (the 'loudest' event), by its bars' place in the window, and the level
    jump that leads into it where one does; asked whether it is the whole band, which parts get louder there; asked
    where it is quietest, that (:func:`_quietest_sentence`)."""
    if re.search(QUIETEST_ASKED, (question or "").lower()):
        return _quietest_sentence(a)
    top = next((e for e in a.events if e.kind == "loudest"), None)
    if top is None or top.change_db is None or top.bar is None:
        return None
    if top.change_db < PEAK_SOME_DB:
        return "The level barely moves across the window: no bar stands out as the loudest."
    order = chart_bar_numbers(a)

    def nth(bar: int) -> str | None:
        k = order.index(bar) if bar in order else None
        return ("last" if k is not None and k == len(order) - 1 and k > 0 else
                ORDINAL_WORDS[k] if k is not None and k < len(ORDINAL_WORDS) else None)
    first, last = top.bar, top.until_bar or top.bar
    if first != last and nth(first) and nth(last):
        place = (f"from the {nth(first)} bar here to the end" if nth(last) == "last" else
                 f"the {nth(first)} to the {nth(last)} bars here")
    else:
        place = f"the {nth(top.bar)} bar here" if nth(top.bar) else "one bar"
    how = "clearly louder" if top.change_db >= PEAK_CLEAR_DB else "a little louder"
    jump = next((e for e in a.events if e.kind == "level_up" and abs(e.time_s - top.time_s) <= 0.5), None)
    lead = next((e for e in a.events if e.kind == "level_up" and e.time_s < top.time_s - 0.5), None)
    said = f"The loudest stretch is {place}, {how} than the quietest bar"
    if jump is not None or lead is not None:
        e = jump or lead
        where = say.where_words(e.time_s, a.window.start_s, a.window.duration_s).replace("right ", "")
        said += f", after the level jumps up {where}" + (" as a new section begins" if any(
            x.kind == "section" and abs(x.time_s - e.time_s) < 0.5 for x in a.events) else "")
    if re.search(WHO_LOUDER_ASKED, (question or "").lower()):
        louder, level = _louder_parts(a, top.bar)
        if louder and not level and len(louder) > 1:
            said += f"; it is the whole selection: the {_names(louder)} all get louder there"
        elif louder:
            said += (f"; the {_names(louder)} {verb(louder, 'gets', 'get')} louder there, while the {_names(level)} "
                     f"{verb(level, 'holds', 'hold')} {its(level)} level" if level else
                     f"; the {_names(louder)} {verb(louder, 'gets', 'get')} louder there")
    return said + "."


def _tops_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """The top note of the named chord part bar by bar (Presence.bar_tops), where the question asks it."""
    if not re.search(TOP_ASKED, (question or "").lower()):
        return None
    p = next((x for x in a.presence if (x.stem == named[0] if named else x.bar_tops) and x.bar_tops), None)
    if p is None:
        return None
    tops = [" then ".join(say.spoken_note(x) for x in b.notes) for b in p.bar_tops]
    order = chart_bar_numbers(a)  # (the summary names no numbers: a bar by its place in the window)
    usual = max(tops, key=lambda t: (tops.count(t), -tops.index(t)))  # (a tie: the first heard; said as most only
    # where it is: two bars each of two tops read "stays on B then D sharp, but for C sharp" by the hash's chance)
    if len(tops) >= 3 and tops.count(usual) >= len(tops) - 2 and len(tops) / 2 < tops.count(usual) < len(tops):
        places = [_bar_here(order, b.bar) for b in p.bar_tops]
        where = _names([f"{t} in {w}" if w else t for w, t in zip(places, tops) if t != usual])
        return f"The top note of the {possessive(p.stem)} chords stays on {usual}, but for {where}."
    if len(set(tops)) == 1:
        return f"The top note of the {possessive(p.stem)} chords stays on {usual} in every bar here."
    return f"The top note of the {possessive(p.stem)} chords, bar by bar here: {_names(tops)}."


# "where does his left hand go?", "what's the right hand doing?": a pianist's hands (a drummer's hands are the
# kit's timekeeping, drum_pattern)
HAND_ASKED = r"^(?!.*\b(?:drums?|drummer'?s?|kit|hi-?hats?|ride|snare)\b).*\b(?:left|right|both|two) hands?\b"
MAX_HAND_SAID = 8  # a hand's strokes said one by one up to this many; past it, bar by bar
HAND_BARS_SAID = 4


def _hands_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """The asked hand's notes in order, each placed (a beat of a bar, else where in the window), read from a piano's
    notes split by register (Presence.hands): "where does his left hand go in here?" got "a brief gesture in the
    piano" (round 29's ad01)."""
    low = (question or "").lower()
    if not re.search(HAND_ASKED, low):
        return None
    p = next((x for x in a.presence if x.hands is not None and (not named or x.stem in named)), None)
    if p is None:
        return None
    h = p.hands
    if h.split is None:
        return (f"The {possessive(p.stem)} notes sit in one register here, with no gap parting a low part from a high "
                "one, so its hands cannot be told apart from the sound.")
    if not h.left or not h.right:  # one hand's register only: the other plays nothing
        usual = re.search(r"\(" + NOTE_SPAN + r"\)", p.register_range or "")  # its usual span, without a stray note
        notes = ([usual.group(1) + usual.group(2), usual.group(3) + usual.group(4)] if usual else
                 sorted({n for x in h.left + h.right for n in x.notes}, key=note_number))
        played, silent = ("left", "right") if h.left else ("right", "left")
        return (f"The {possessive(p.stem)} notes all lie in the {played} hand's register here, from "
                f"{say.spoken_note(notes[0])} up to {say.spoken_note(notes[-1])}: the {silent} hand plays nothing.")
    # "the left hand against the right": each side named once a hand is
    asked = [x for x in ("left", "right") if re.search(rf"\b{x}\b(?! (?:on|away|now|here|there)\b)", low)] or ["left", "right"]
    order = chart_bar_numbers(a)
    below = f"the notes below {_near_middle_c(h.split)}"
    out = []  # one sentence: each hand a clause

    def said(x) -> str:  # a stroke's notes as heard (a note doubled at the octave once)
        heard = list(dict.fromkeys(say.spoken_note(n) for n in x.notes))
        return heard[0] + " in octaves" if len(heard) == 1 < len(x.notes) else \
            _names(heard) + (" together" if len(heard) > 1 else "")
    for hand in asked:
        strokes = h.left if hand == "left" else h.right
        more = h.more_left if hand == "left" else h.more_right
        who = f"the {possessive(p.stem)} {hand} hand" if not out else f"the {hand} hand"
        if len(strokes) <= MAX_HAND_SAID and not more:
            places = [_beat_of_bar(order, x.bar, x.beat) for x in strokes]
            if not all(places):  # each by its beat, or each by where in the window: not the two mixed
                places = [say.where_words(x.time_s, a.window.start_s, a.window.duration_s) for x in strokes]
            else:
                places = [f"on {x}" for x in places]
            out.append(f"{who} plays {', then '.join(f'{said(x)} {w}' for x, w in zip(strokes, places))}")
            continue
        bars: dict[int, list[str]] = {}
        for x in strokes:
            if x.bar is not None:
                bars.setdefault(x.bar, []).append(said(x))
        parts = [f"in {w} {_names(ns)}" for b, ns in list(bars.items())[:HAND_BARS_SAID]
                 if (w := _bar_here(order, b))]
        lo_hi = sorted({n for x in strokes for n in x.notes}, key=note_number)
        span = f", between {say.spoken_note(lo_hi[0])} and {say.spoken_note(lo_hi[-1])}" if len(lo_hi) > 1 else ""
        out.append(f"{who} plays {count_word(len(strokes) + more)} strokes here{span}" +
                   (f" ({', '.join(parts)})" if parts else ""))
    return f"Read by register ({below} as the left hand), " + "; ".join(out) + "."


# "how many syllables per line? one note a syllable, or does she stretch some?", "how many words can I fit in each
# line?": the sung notes each line holds
LINE_NOTES_ASKED = (r"\bhow many notes\b[^?]*\b(?:phrases?|lines?)\b|\bnotes (?:per|a|in each|each) (?:phrase|line)\b")
SYLLABLE_ASKED = (r"\bsyllables?\b|\bmelisma|\bhow many words\b|\bwords? (?:per|a|each|in each) line\b|"
                  r"\bone note (?:per|a|each) (?:syllable|word)\b|"
                  # "how many notes are in this phrase?" (the twenty-first session's sweep on vocadito, dev): the
                  # same count, without the syllables
                  + LINE_NOTES_ASKED)


def _syllables_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """The voice's lines here and the sung notes each holds (Presence.line_notes), as syllables at one a note; whether a
    syllable spans two notes is not read (the notes carry no words)."""
    if not re.search(SYLLABLE_ASKED, (question or "").lower()):
        return None
    p = next((x for x in a.presence if x.stem == "vocals" and x.line_notes), None)
    if p is None:
        return None
    counts = p.line_notes
    first_cut, last_cut = p.line_notes_cut
    whole = counts[1 if first_cut and len(counts) > 1 else 0: -1 if last_cut and len(counts) > 1 else None] or counts
    lo, hi = min(whole), max(whole)
    lines = (f"{count_word(len(counts))} lines here, of {spoken_list([count_word(n) for n in counts])} sung notes"
             if len(counts) > 1 else f"one line here, of {count_word(counts[0])} sung notes")
    cut = [w for w, on in (("the first starts with the window", first_cut and len(counts) > 1),
                           ("the last runs to the window's end", last_cut and len(counts) > 1)) if on]
    per = count_word(lo) if lo == hi else f"{count_word(lo)} or {count_word(hi)}" if hi - lo == 1 else \
        f"{count_word(lo)} to {count_word(hi)}"
    said = f"The vocals sing {lines}{' (' + ' and '.join(cut) + ')' if cut else ''}"
    if re.search(LINE_NOTES_ASKED, (question or "").lower()) and not re.search(r"\bsyllab|\bwords?\b", (question or "").lower()):
        return said + "."
    return (f"{said}: at a syllable a note, that is {per} syllables a line; whether a syllable is carried over two "
            "notes is not read from the notes.")


def _near_middle_c(name: str) -> str:
    """'the A flat below middle C', 'middle C', 'the E above middle C': a note around middle C with no digits."""
    n = note_number(name)
    if n == 60:
        return "middle C"
    if 48 < n < 60:
        return f"the {say.spoken_note(name)} below middle C"
    if 60 < n < 72:
        return f"the {say.spoken_note(name)} above middle C"
    return f"the {say.spoken_note(name)} {'an octave or more below' if n < 60 else 'an octave or more above'} middle C"


# "how long does he hang on his long notes?": the named line's longest notes, where each starts and how long
HOLDS_ASKED = (r"\bhow long\b[^?]*\b(?:holds?|holding|held|hangs?|hanging|sustains?|sustaining)\b|\blongest notes?\b|"
               r"\bhow long (?:are|is) (?:his|her|their|the|its) (?:long |held )?notes?\b|\bhangs? on\b|"
               # ("the notes she leans on ... which ones does she actually hold?": round 109's df09, dev)
               r"\bholds? (?:out|on)\b|\b(?:which|what)(?: ones?| notes?)? (?:does|do|did) (?:he|she|they|it|the \w+) "
               r"(?:actually |really )?hold\b|\bnotes? (?:she|he|they) leans? on\b|"
               # ("the notes she actually holds", "which of her notes actually hang": round 110's dg04, dg06, dev)
               r"\bnotes? (?:she|he|they|it) (?:actually |really )?(?:holds|hangs|sustains)\b|"
               r"\b(?:her|his|their|its) notes (?:actually |really )?(?:hang|hold)\b|"
               # "does the singer hold any long notes in here?" (the sixteenth session's sweep on Rock, dev)
               r"\bhold(?:s|ing)? (?:any|some)\b[^?]*\bnotes?\b|\b(?:any|some) (?:long|held|sustained) notes?\b|"
               # "is she actually holding those notes that long or is it reverb?" (round 71's bt04, dev)
               r"^(?!.*\bwho(?:'s| is)\b)(?!.*\b(?:in tune|steady|pitch|wobbl\w*|under (?:her|him|them))\b).*"
               r"\bholding (?:those|these|the|her|his|their) (?:long )?notes\b")


# "is he letting the chords ring or cutting them short?": how long the named part's notes or chords last, and
# the ones it lets ring well past the rest (round 25's l04: a real comp's stabs were said short, its ringing
# last chord not at all; dev for this rule)
RING_ASKED = (r"\bring(?:s|ing)?\b(?! (?:out|true))|\bcut(?:s|ting)? (?:it|them|the \w+ )?short\b|\bstaccato\b|"
              r"\blegato\b|\bchoppy\b|\bchoke[sd]?\b|\bsustain(?:s|ing)? (?:the|his|her|their) chords\b|"
              # "how long are the chords held?" (the seventeenth session's sweep on ft_drive_e24 got the singer's notes)
              r"\bhow long (?:are|is|does|do) (?:the|his|her|their|those|these) chords?\b|"
              # "how long is each guitar chop, and is there real silence between them?" (round 54's bc08, dev: got
              # the syncopation alone)
              r"\bhow long (?:are|is|does|do) (?:each|the|his|her|their|those|these) (?:\w+ )?"
              r"(?:chops?|stabs?|strums?|chords?|hits?|skanks?)\b|"
              r"\b(?:silence|space|air|a gap|gaps) between (?:them|the (?:chops|stabs|strums|chords|hits))\b")
RING_OVER = 2.0  # a note or chord this many times the part's usual length (and a beat or more) rings past the rest


def _ring_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """Whether the named part lets its notes (chords) ring or cuts them short, how long they usually last, and the
    ones that ring well past the rest (Presence.typical_note_beats, articulation, held), where asked."""
    if not named or not re.search(RING_ASKED, (question or "").lower()):
        return None
    p = next((x for x in a.presence if x.stem == named[0] and x.stem not in (MIX_STEM, "drums")), None)
    if p is None or p.typical_note_beats is None or not p.playing:
        return None
    per = a.meter.beats_per_bar if a.meter is not None and a.meter.felt_beat == "quarter" else None
    what = "chords" if "chords" in p.playing and "one note at a time" not in p.playing else "notes"
    change = next((e for e in a.events if e.kind == "plays_differently" and p.stem in e.stems), None)
    if change is not None:  # it changes how it plays inside the window: how its strokes join on each side
        return _ring_change_sentence(a, p, change, per, what)
    its_word = its([p.stem])
    usual = p.typical_note_beats

    def joins(word: str | None) -> tuple[str, str]:
        return (("cuts", f"{its_word} {what} short") if word == "short" else
                ("lets", f"{its_word} chords ring" if what == "chords" else f"{its_word} notes run into each other")
                if word == "ring" else ("holds", f"{its_word} {what} for part of the time to the next"))
    does, rest = joins(ring_word(p))
    said = f"The {p.stem} {verb([p.stem], does, does[:-1])} {rest} here, each {_beats_words(usual, per)}"
    if p.rhythm and re.search(r"\bwhere\b|\bland(?:s|ing)?\b|\bwhich beats?\b", (question or "").lower()):
        # "how long is each chop, where do they land?" (round 54's bc08, dev): the places its strokes fall
        said += f", struck {p.rhythm}" + (" in every bar" if (p.rhythm_bars_same or 0) >= 1 else " in most bars")
    longer = [h for h in p.held if h.beats >= max(LONG_NOTE_BEATS, RING_OVER * usual)]
    if longer:
        order = chart_bar_numbers(a)

        def where(h) -> str:
            place = _beat_of_bar(order, h.bar, h.beat)
            return f"from {place}" if place else \
                say.where_words(h.time_s, a.window.start_s, a.window.duration_s).replace("right ", "")
        one = what[:-1]
        if len(longer) == 1:
            h = longer[0]
            said += (f", but lets {'the last ' + one if h.last else 'one ' + one}, {where(h)}, "
                     f"ring {_beats_words(h.beats, per)}")
        else:
            said += (f", but lets {count_word(len(longer))} {what} ring longer: "
                     f"{_names([f'{where(h)}, {_beats_words(h.beats, per)}' for h in longer])}")
    return said + "."


def _ring_change_sentence(a: WindowAnalysis, p: Presence, change: Event, per: int | None, what: str) -> str | None:
    """How a part's strokes join before and after it changes how it plays inside the window (Event.ring; ``per``
    and ``what``: the ring sentence's beats to the bar and 'chords' or 'notes'): "is the guitar letting its chords
    ring or cutting them short?" over a hook into a verse got the chords alone, its ring said nowhere
    (eval.articulation, dev: the frames songs' windows across a section change)."""
    if not change.ring or len(change.ring) != 2 or not all(w for w, _ in change.ring):
        return None

    def joins(word: str, first: bool) -> str:  # (the verb agreeing with the part: 'the vocals hold')
        them = f"{its([p.stem])} {what}" if first else "them"
        does, rest = {"short": ("cut", f"{them} short"), "ring": ("let", f"{them} ring into each other"),
                      "part": ("hold", f"{them} for part of the time to the next")}[word]
        return f"{verb([p.stem], does + 's', does)} {rest}"

    def each(beats: float | None) -> str:
        return f", each {_beats_words(beats, per)}" if beats is not None else ""
    (w0, b0), (w1, b1) = change.ring
    at = _bar_here(_track_bar_order(a), change.bar)
    where = f"from {at}" if at else say.where_words(change.time_s, a.window.start_s, a.window.duration_s)
    if w0 == w1:
        return f"The {p.stem} {joins(w0, True)}{each(b0)}, before and after it changes how it plays {where}."
    return f"The {p.stem} {joins(w0, True)}{each(b0)}, then {where} {joins(w1, False)}{each(b1)}."


def _bar_here(order: list[int], bar: int | None) -> str | None:
    """'the second bar here': a bar by its place in the window (``order``: :func:`chart_bar_numbers`); None where it
    is not among them or has no ordinal word."""
    k = order.index(bar) if bar in order else None
    return f"the {ORDINAL_WORDS[k]} bar here" if k is not None and k < len(ORDINAL_WORDS) else None


def _beat_of_bar(order: list[int], bar: int | None, beat: int | None) -> str | None:
    """'the third beat of the second bar here': a place by its bar's place in the window (``order``:
    :func:`chart_bar_numbers`) and its beat; None where either has no ordinal word."""
    where = _bar_here(order, bar)
    if where is None or not beat or beat > len(ORDINAL_WORDS):
        return None
    return f"the {ORDINAL_WORDS[beat - 1]} beat of {where}"


def _track_bar_order(a: WindowAnalysis) -> list[int]:
    """The window's bars for placing a track bar (an event's, a drum bar's): the track's bars half inside the window
    (a chart whose bar lines moved with the harmony numbers its own), else the chart's count."""
    return list(a.bar_numbers) or chart_bar_numbers(a)


def _event_place(a: WindowAnalysis):
    """An event's place by its bar and beat in the window ("at the fifth bar here", "on the third beat of the fifth
    bar here"): "what's going on in these bars?" said "later on a new section begins" (the eighteenth session's
    sweep on MusicDelta Beatles and Shadows, dev). None in compound meters, whose reading can count the grid's bars
    in halves."""
    if a.meter is not None and a.meter.label in ("6/8", "12/8", "9/8"):
        return None
    order = _track_bar_order(a)

    def place(e) -> str | None:
        if e.bar is None:
            return None
        if e.beat in (None, 1) and not e.place:
            here = _bar_here(order, e.bar)
            return f"at {here}" if here else None
        on = _beat_of_bar(order, e.bar, e.beat)
        return _in_beat(on, e.place) if on else None
    return place


def _beats_words(beats: float, per: int | None) -> str:
    """'about a beat and a half', 'about two bars': a length to the nearest half beat (half bar from a bar)."""
    unit, halves = ("bar", round(2 * beats / per)) if per and beats >= per - 0.25 else ("beat", round(2 * beats))
    whole, half = divmod(halves, 2)
    if not whole:
        return f"about half a {unit}" if half else f"under half a {unit}"
    if whole == 1:
        return f"about a {unit}{' and a half' if half else ''}"
    return f"about {count_word(whole)}{' and a half' if half else ''} {unit}s"


def _holds_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """The named line's longest notes (Presence.held): each by its note, where it starts in the window's bars, and
    how long it lasts; where none lasts a beat, the longest. Where the question asks it."""
    if not named or not re.search(HOLDS_ASKED, (question or "").lower()):
        return None
    p = next((x for x in a.presence if x.stem == named[0] and x.held), None)
    if p is None:
        return None
    order = chart_bar_numbers(a)
    per = a.meter.beats_per_bar if a.meter is not None and a.meter.felt_beat == "quarter" else None

    def one(h) -> str:
        place = _beat_of_bar(order, h.bar, h.beat)
        where = f"from {place}" if place else say.where_words(h.time_s, a.window.start_s, a.window.duration_s)
        length = _beats_words(h.beats, per)
        if h.beats < LONG_NOTE_BEATS and length == "about a beat":  # "holds no note as long as a beat ... about a
            length = "just under a beat"  # beat" gainsaid itself (the seventeenth session's sweep on vocadito, dev)
        # "what chord is under her longest note?": the chart's chord where each starts (the twenty-sixth session's
        # sweep on ft_drive_e24, dev: the notes were said and their chords left to the chart)
        chord = _chord_under(a, h.time_s) if re.search(ENDS_CHORD_ASKED, (question or "").lower()) else None
        over = f", over {say.spoken_chord(chord)}" if chord else ""
        return f"the {say.spoken_note(h.note)} {where}, {length}{over}"
    # (several notes held: each a beat or more or standing out from the line's own, :func:`describe._longest_notes`)
    long = [h for h in p.held if h.beats >= LONG_NOTE_BEATS] if len(p.held) < 2 else list(p.held)
    its_word = its([p.stem])
    if not long:
        said = (f"The {p.stem} {verb([p.stem], 'holds', 'hold')} no note as long as a beat here: the longest is "
                f"{one(p.held[0])}.")
    elif all(h.beats < LONG_NOTE_BEATS for h in long):  # notes standing out from the line's own, none a beat
        return (f"The {p.stem} {verb([p.stem], 'holds', 'hold')} no note as long as a beat here, but "
                f"{verb([p.stem], 'leans', 'lean')} on {count_word(len(long))} notes well over {its_word} others, "
                f"longest first: {'; '.join(one(h) for h in long[:-1])}; and {one(long[-1])}.")
    elif len(long) == 1:
        said = f"The {p.stem} {verb([p.stem], 'holds', 'hold')} one long note here: {one(long[0])}."
    else:
        said = (f"The {p.stem} {verb([p.stem], 'holds', 'hold')} {count_word(len(long))} long notes here, longest "
                f"first: {'; '.join(one(h) for h in long[:-1])}; and {one(long[-1])}.")
    if long and p.typical_note_beats is not None and p.typical_note_beats < 0.5:
        said = said[:-1] + f", the rest of {its_word} notes short, under half a beat."
    return said


MOTION_ASKED = (r"\bstep(?:wise|s)?\b(?! (?:out|outside)\b)|\bleap(?:s|ing)?\b|\bjump(?:s|ing)? around\b|\bintervals?\b|\bconjunct\b|\bdisjunct\b|"
                r"\broot[- ](?:and[- ])?fifths?\b|\broot[- ]fives?\b|\bone[- ]fives?\b|"
                # ("double the walking bass" names the part: round 58's bg05 got "Yes: the bass walks" first, dev)
                r"(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bhis )(?<!\bher )(?<!\btheir )" + WALK_WORD + r"|"
                # "how does the bass line move?" got the band's support (the eighteenth session's sweep on Rock, dev)
                r"\bhow (?:does|do|is|are) (?:the |his |her |their |that )?\w+(?: line| part| melody)? mov(?:e|ing)\b")
HATS_OPEN_ASKED = (r"\bopen\b[^?]*\bclosed\b|\bclosed\b[^?]*\bopen\b|\bopen(?:s|ing)? (?:up )?(?:the |his |her |a )?(?:hi-?)?hats?\b|"
                   r"\bhi-?hats? (?:opens?|opening)\b|\bhats? (?:opens?|opening)\b")
FEW_OPEN = 0.1  # of the hat strokes: under this, the hats are closed (a stroke or two left ringing)


# what the drummer keeps time on ("what's the drummer keeping time on in the verse and in the chorus?", "is he on the
# ride or the hats?", "what's he riding?"): got "There is steady activity between the beats" or the whole kit's
# pattern blended across a change from a ride to closed hats (the thirty-eighth session's sweep on ft_ballad_csm76's
# verse into its chorus, round 98's cu12 window: dev)
CYMBAL_WORD = r"(?:the |a |his |her )?(?:ride|hats?|hi-?hats?|cymbals?|crash|bell|tambourine|shaker)\b"
TIMEKEEPER_ASKED = (r"\bkeep(?:s|ing)? (?:the )?time on\b|\bwhat\b[^?]*\bkeep(?:s|ing)? (?:the )?time with\b|"
                    r"\bkeep(?:s|ing)? (?:the )?time with " + CYMBAL_WORD + r"|"
                    r"\bwhat(?:'s| is| are)? (?:he|she|they|the drummer|the drums)(?: \w+)? riding\b|"
                    r"\briding (?:on )?" + CYMBAL_WORD + r"|"
                    r"\bride or (?:the |a )?(?:hi-?)?hats?\b|\b(?:hi-?)?hats? or (?:the |a )?ride\b")
RINGING_TIMEKEEPER = "a ringing cymbal (a ride or an open hi-hat: the drum reading does not tell the two apart)"
RIDDEN_CRASH = 3  # a crash struck at this many places of a bar, more than the hats, keeps time there
TIMEKEEPER_RATE = {"quarters": "on every beat", "eighths": "on every eighth", "sixteenths": "on every sixteenth"}


def _timekeeper_sentence(a: WindowAnalysis, question: str | None, percussion: str | None = None) -> str | None:
    """What the drummer keeps time on, run of bars by run of bars (DrumPattern.by_bar's hi-hat class and
    hihat_open_bars; a crash struck through a bar, RIDDEN_CRASH): a ringing cymbal (a ride or an open hat, which the
    drum reading does not tell apart) or closed hats, each with its rate read from its whole bars, and where it
    changes (at a section change, said), where the question asks. A lone ringing bar among closed ones is said as
    the hats ringing there, opened or under a crash's wash (a section's first downbeat crash rings over its hats)."""
    p = a.drum_pattern
    if p is None or not re.search(TIMEKEEPER_ASKED, (question or "").lower()):
        return None
    order = chart_bar_numbers(a)

    def cls_of(bar: int) -> str | None:
        hats, cymbals = (len(p.by_bar.get(bar, {}).get(c, [])) for c in ("hihat", "cymbal"))
        # a crash struck through the bar keeps time there (a punk drummer's crash ridden on the beats)
        return "cymbal" if cymbals >= RIDDEN_CRASH and cymbals > hats else "hihat" if hats else None
    status = {b: {None: "none", "cymbal": "crash"}.get(cls_of(b), "rings" if b in p.hihat_open_bars else "closed")
              for b in order}
    struck_bars = [b for b in order if status[b] != "none"]
    if not any(status[b] in ("rings", "closed") for b in struck_bars):
        if p.hits.get("hihat"):  # (no bars to read it by: a compound meter's window)
            name = RINGING_TIMEKEEPER if p.hihat_rings else "closed hi-hats"
            return f"The drummer keeps time on {name}, {p.pattern.get('hihat') or 'through the window'}."
        if p.pattern.get("cymbal") and "scattered" not in p.pattern["cymbal"]:
            return f"The drummer keeps time on the cymbals (a ride, or crashes ridden), {p.pattern['cymbal']}."
        kit = [say.class_word(c, p) for c in ("kick", "snare", "tom") if p.hits.get(c)]
        return ("The drum reading finds no hi-hat or ride keeping time here" + (f", only {_names(kit)}" if kit else "")
                + "; a soft ride can go unheard under the drums, so listen to be sure.")
    span = order[order.index(struck_bars[0]):order.index(struck_bars[-1]) + 1]
    runs = [list(g) for _, g in groupby(span, key=lambda b: status[b])]
    washed = [r[0] for k, r in enumerate(runs) if len(r) == 1 and status[r[0]] == "rings" and
              {status[x[0]] for x in (runs[k - 1:k] + runs[k + 1:k + 2])} == {"closed"}]
    status.update({b: "closed" for b in washed})
    runs = [list(g) for _, g in groupby(span, key=lambda b: status[b])]
    struck = [r for r in runs if status[r[0]] != "none"]
    per_bar = a.meter.beats_per_bar if a.meter is not None else 4
    compound = a.meter is not None and a.meter.label in COMPOUND_METERS
    sections = {e.bar for e in a.events if e.kind == "section" and e.bar is not None}
    said, keeps, named_before = [], False, set()
    for k, run in enumerate(runs):
        first, last = order.index(run[0]), order.index(run[-1])
        if len(struck) == 1 and run is struck[0] and len(run) >= len(order) - 1:
            where = "all through the window"
        elif first == 0:
            where = f"in the first {count_word(len(run))} bars here" if len(run) > 1 else "in the first bar here"
        elif last == len(order) - 1 and first < len(ORDINAL_WORDS) and len(run) > 1:
            where = f"from the {ORDINAL_WORDS[first]} bar here"
        elif len(run) > 2 and last < len(ORDINAL_WORDS):
            where = f"in the {ORDINAL_WORDS[first]} to the {ORDINAL_WORDS[last]} bars here"
        else:
            where = "in " + (_bars_here(order, run) or "some bars here")
        kind = status[run[0]]
        if kind == "none":
            said.append(f"{'then ' if k else ''}plays no hat or ride {where}")
            keeps = False
            continue
        cls = "cymbal" if kind == "crash" else "hihat"
        whole = [b for b in run if b in p.whole_bars] or run
        counts = Counter(x for b in whole for x in set(p.by_bar[b].get(cls, [])))
        regular = {x for x, n in counts.items() if n > len(whole) / 2 or len(whole) == 1}
        rhythm = _bar_rhythm(regular, per_bar)
        # (a stream read with gaps is no list of places to program: a rate, or a few places, or none)
        rate = p.pattern.get(cls, "") if len(struck) == 1 else "" if compound else \
            TIMEKEEPER_RATE.get(rhythm, rhythm if len(regular) <= per_bar and kind != "crash" else "")
        name = {"rings": RINGING_TIMEKEEPER, "crash": "a crash cymbal ridden through the bar"}.get(kind) or (
            "closed hi-hats" if not percussion else f"closed hi-hats (or a {percussion}: the drum reading hears it "
            "as a hat)")
        if kind == "closed" and not percussion and rate == say.BACKBEAT_ONLY:
            name = "a tambourine or closed hi-hat (the drum reading does not tell them apart)"
        if kind in named_before:  # (said once in full)
            name = {"rings": "the ringing cymbal", "crash": "the ridden crash"}.get(kind, "the closed hi-hats") + \
                " again"
        named_before.add(kind)
        change = ", where a new section begins" if k and run[0] in sections else ""
        lead = ("then on " if keeps else "then keeps time on ") if k else "keeps time on "
        said.append(f"{lead}{name}{', ' + rate if rate else ''}, {where}{change}")
        keeps = True
    rung = _bars_here(order, washed)
    return f"The drummer {'; '.join(said)}" + (f"; the hats ring on in {rung} (opened, or under a crash's wash)"
                                               if rung else "") + "."


# A groove that changes at a section change inside the window was said as one pattern, the two blended: "the
# side-stick on two and three" over a ballad's verse with a cross-stick on three and its chorus with a snare on two
# and four (round 98's cu12 window, the thirty-eighth session's sweep: dev). The kick, the backbeat's drum and the
# timekeeper are read on each side's whole bars (a fill's bar left out) and said side by side where they differ.
GROOVE_CLASSES = ("kick", "snare", "hihat")
CLEAN_RATES = ("on every eighth", "on every sixteenth", "on all four beats", "on all three beats", "on both beats")


def _pattern_change_sentence(a: WindowAnalysis, asked: list[str], percussion: str | None) -> str | None:
    """The kit's pattern before and after the window's first section change (DrumPattern.by_bar's whole bars on
    each side, a fill's bar left out), where its kick or backbeat moves, its timekeeper starts, stops or rings
    differently, or the timekeeper's clean rate changes; None where the two sides play one groove."""
    p = a.drum_pattern
    if p is None or not p.by_bar or not p.whole_bars or p.bar_lines_moved_beats:
        return None
    order = chart_bar_numbers(a)
    change = next((e.bar for e in a.events if e.kind == "section" and e.bar in order[1:]), None)
    if change is None:
        return None
    fills = {e.bar for e in a.events if e.kind == "fill"}
    # (a bar the kit sits out is no side's groove: the events say the drums drop out)
    parts = [[b for b in p.whole_bars if (b < change) == before and b not in fills and p.by_bar.get(b)]
             for before in (True, False)]

    def steady(bars: list[int]) -> bool:  # the kick and the backbeat the same in most of a side's bars
        return all(Counter(frozenset(p.by_bar[b].get(c, [])) for b in bars).most_common(1)[0][1] > len(bars) / 2
                   for c in ("kick", "snare"))
    if not all(parts) or not all(steady(bars) for bars in parts):
        return None
    per_bar = a.meter.beats_per_bar if a.meter is not None else 4
    words: list[dict[str, str]] = []
    rings: list[bool] = []
    for bars in parts:
        side = {}
        for c in GROOVE_CLASSES:
            counts = Counter(x for b in bars for x in p.by_bar.get(b, {}).get(c, []))
            side[c] = _pattern_words(dict(sorted(counts.items(), key=lambda kv: pos_key(kv[0]))), len(bars), per_bar,
                                     False) if counts else ""
        words.append(side)
        rings.append(sum(b in p.hihat_open_bars for b in bars) > len(bars) / 2)
    hat = [w["hihat"] for w in words]
    moved = any(words[0][c] != words[1][c] for c in ("kick", "snare")) or rings[0] != rings[1] or \
        bool(hat[0]) != bool(hat[1]) or (hat[0] != hat[1] and all(h in CLEAN_RATES for h in hat))
    if not moved:
        return None
    classes = list(dict.fromkeys([c for c in asked if c in GROOVE_CLASSES] + list(GROOVE_CLASSES)))

    def hat_word(side: dict[str, str], ringing: bool) -> str:
        # a side's hat on the backbeat alone is a tambourine as often (class_word's hedge, read per side)
        if ringing:
            return say.RINGING_HAT_WORDS
        heard = percussion or ("tambourine" if side["hihat"] == say.BACKBEAT_ONLY else None)
        return f"{heard} or hi-hat" if heard else "hi-hat"

    def said(side: dict[str, str], ringing: bool) -> str:
        named = [(hat_word(side, ringing) if c == "hihat" else say.class_word(c, p, percussion), side[c])
                 for c in classes if side[c]]
        return spoken_list([f"the {name} {'plays ' if not k else ''}{w}" for k, (name, w) in enumerate(named)])
    if not any(words[0].values()) or not any(words[1].values()):
        return None
    nth = order.index(change)
    where = f"the {ORDINAL_WORDS[nth]} bar here" if nth < len(ORDINAL_WORDS) else "later in the window"
    return (f"The groove changes where the new section begins, in {where}: before it {said(words[0], rings[0])}; "
            f"from there {said(words[1], rings[1])}.")


# the backbeat's drum named where the question names it or its sound ("the snare on two and four sounds thin and
# clicky -- brushes, or tapping softly?" over Country1's cross-stick: round 83's cf01, dev; "it's the usual snare on two
# and four, right?": round 81's cd05, dev)
SNARE_NAMED = (r"\bsnares?\b|\bside-?sticks?\b|\bcross-?sticks?\b|\brim ?(?:shots?|clicks?)\b|\bbrush(?:es)?\b|"
               r"\bbackbeat\b")


METER_NAMED = (r"\b\d{1,2}/(?:2|4|8|16)\b|\bwaltz|\b(?:two|three|four|five|six|seven|nine|twelve)[- ]"
               r"(?:four|eight)\b|\bin (?:two|three|four|five|six|seven)\b")


def _side_stick_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """Where most of the snare class's hits here click and die (DrumPattern.snare_clicks) and the question names the
    snare, a side-stick or the backbeat: that the backbeat is a side-stick, and what that sounds like."""
    p = a.drum_pattern
    if p is None or not p.snare_clicks or not re.search(SNARE_NAMED, (question or "").lower()):
        return None
    # its places only where the bars agree on them: a verse's side-stick on three and a chorus's on two and four read
    # "the backbeat on two and three" (round 98's cu12 packet, read after its grading; dev)
    # (a bar the window cuts holds only some of them: agreeing, not disagreeing)
    places = [set(kit["snare"]) for kit in p.by_bar.values() if kit.get("snare")]
    agree = all(x <= y or y <= x for x in places for y in places)
    where = f" {p.pattern['snare']}" if p.pattern.get("snare") and agree else ""
    sound = "each hit is a short click that dies at once, with no snare wires ringing after it."
    if p.pattern.get("snare") == SCATTERED:
        # no place of its own is no backbeat: "The backbeat in scattered places, none fixed in the bar is a
        # side-stick" over a drum solo's snares (round 114's dk05, dev)
        return f"The snare's hits here, {SCATTERED}, are side-sticks (cross-stick), not full strokes: {sound}"
    return f"The backbeat{where} is a side-stick (cross-stick), not a full snare stroke: {sound}"


def _hats_open_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """Whether the hats are played closed or left open (DrumPattern.hihat_open_share and hihat_open_bars), where
    the question asks it; a ride and an open hat sound alike, so a ringing timekeeper is said as both."""
    p = a.drum_pattern
    if p is None or p.hihat_open_share is None or not re.search(HATS_OPEN_ASKED, (question or "").lower()):
        return None
    if p.hihat_open_share < FEW_OPEN and p.hihat_open_hits:
        many = len(p.hihat_open_hits)
        return (f"The hats are played closed but for {count_word(many)} stroke{'s' if many > 1 else ''} left "
                f"ringing open: {_hit_places(a, p.hihat_open_hits)}.")
    if p.hihat_open_share < FEW_OPEN:
        return "The hats are played closed: short strokes, hardly any left ringing."
    if p.hihat_rings and len(p.hihat_open_bars) >= max(len(p.by_bar), 1) - 1:
        return "Most of the hat strokes ring on, open (or a ride: the two ring alike), all through the window."
    order = chart_bar_numbers(a)
    places = [ORDINAL_WORDS[order.index(b)] for b in p.hihat_open_bars if b in order and order.index(b) < len(ORDINAL_WORDS)]
    if places:
        return (f"The hats are closed but for the {_names(places)} bar{'s' if len(places) > 1 else ''} here, where "
                "they ring on, open (or a ride: the two ring alike).")
    return "The hats are mostly closed, with a few strokes left ringing open."


# "does the kick play on the and of four?", "is the snare on two and four?", "is there a kick on the one?": a drum
# class at the places the question names, answered yes or no bar by bar (the twenty-first session's sweep on Rock got
# the kit's pattern with no verdict; dev)
_BEAT_NUMBER = r"(?:one|two|three|four|five|six|seven|[1-7])"
_ITEM = r"(?:the )?(?:(?:and|&|e|a) of (?:beat )?" + _BEAT_NUMBER + r"|(?:beats? )?" + _BEAT_NUMBER + r")"
_PLACE = (_ITEM + r"(?:(?:,|,? and|,? &) " + _ITEM + r")*|(?:the )?(?:back-?beats?|off-?beats?|up-?beats?|ands"
          r"|(?:every|each|all(?: the| four| three| six)?) (?:beat|quarter|eighth)(?: notes?)?s?|quarters|eighths)")
_DRUM_CLASS = (r"(kick(?: drum)?|bass drum|snare|hi-?hats?|hats?|ride|bass(?! drum)(?: line)?|guitars?|piano|keys|"
               r"vocals?|singer|voice)")
PART_WORDS = ((r"bass(?! drum)", "bass"), (r"guitar", "guitar"), (r"piano|keys", "piano"), (r"vocal|singer|voice", "vocals"))
_NOT_A_PLACE = (r"(?:(?!\b(?:with|lock\w*|line|lines|together|against|behind|ahead|late|early|sync\w*|come|comes|"
                r"coming|enter\w*|start\w*|begin\w*|land\w*|end|ends|finish\w*)\b)[^?.;])*?")
PLACE_ASKED = (r"\b(?:does|do|is|are|did|will)\b (?:the |that |his |her |your )?(?:drummer's )?" + _DRUM_CLASS
               + r"\b" + _NOT_A_PLACE + r"\bon (" + _PLACE + r")\b|\bis there (?:a |any |an? )?" + _DRUM_CLASS + r"s? on ("
               + _PLACE + r")\b|"
               # "does the hi-hat play sixteenths?" (the twenty-first session's sweep on Punk, dev)
               r"\b(?:does|do|is|are|did)\b (?:the |that |his |her )?(?:drummer's )?" + _DRUM_CLASS + r"\b"
               + _NOT_A_PLACE + r"\b(?:play\w*|hit\w*|in|doing|going) (?:straight |steady |even )?"
               r"((?:eighth|sixteenth|quarter)(?:s| notes))\b(?! or\b)")  # ("eighths or quarters?": the rhythm's)


def _asked_places(place: str, per: int) -> tuple[list[str], str | None]:
    """The drum places a question's words name ('the and of four': ['4&']; 'two and four', the backbeat: ['2', '4'];
    every beat, every eighth, the off-beats), and the words for a set the pattern's words would not say as asked."""
    text = place.lower().removeprefix("the ")
    beat = lambda w: int(w) if w.isdigit() else CARDINALS[w]  # noqa: E731
    if re.match(r"back-?beats?$", text):
        return ([str(k) for k in range(2, per + 1, 2)] if per in (2, 4) else []), "the backbeat"
    if re.match(r"(?:off|up)-?beats?$|ands$", text):
        return [f"{k}&" for k in range(1, per + 1)], "the off-beats"
    if re.search(r"sixteenth", text):
        return [f"{k}{x}" for k in range(1, per + 1) for x in ("", "e", "&", "a")], "every sixteenth"
    if re.search(r"eighth", text):
        return [f"{k}{x}" for k in range(1, per + 1) for x in ("", "&")], "every eighth"
    if re.search(r"beat|quarter", text) and not re.search(_BEAT_NUMBER, text):
        return [str(k) for k in range(1, per + 1)], "every beat"
    out = []
    for item in re.finditer(r"(?:(?<![\w&])(and|&|e|a) of (?:beat )?)?\b(" + _BEAT_NUMBER + r")\b", text):
        k = beat(item.group(2))
        if 1 <= k <= per:
            out.append(f"{k}{'' if not item.group(1) else '&' if item.group(1) in ('and', '&') else item.group(1)}")
    return out, None


def _place_sentence(a: WindowAnalysis, question: str | None, ride_class: str) -> str | None:
    """Whether the drum class or the pitched part the question names plays at the places it names, bar by bar over
    the window's whole bars (DrumPattern.by_bar and .whole_bars; a part's Presence.bar_places), where it asks: yes,
    no (with where it does play), or in how many of the bars; where the bars are counted from the kick or in eighths
    (compound), or none lies whole inside, nothing ("does the bass play on the one of every bar?" got its manner: the
    twenty-first session's sweep on Beatles, dev)."""
    hit = re.search(PLACE_ASKED, (question or "").lower())
    if not hit or re.match(r"\s*(?:what|which|where|when|how)\b", (question or "").lower()):
        return None  # ("what note does the bass play on the one of every bar?" asks the notes: the ones sentence)
    word, place = next((hit.group(k), hit.group(k + 1)) for k in (1, 3, 5) if hit.group(k))
    per = a.meter.beats_per_bar if a.meter is not None and a.meter.beats_per_bar else 4
    places, said = _asked_places(place, per)
    if not places:
        return None
    said = said or bar_drum_words(places).removeprefix("on ")
    stem = next((x for w, x in PART_WORDS if re.match(w, word)), None)
    if stem is not None:  # a pitched part: its strokes' places in each whole bar
        p = next((x for x in a.presence if x.stem == stem and x.bar_places), None)
        if p is None:
            return None
        rows = {b: list(x) for b, x in p.bar_places}
        bars, name, own = list(rows), p.stem, p.rhythm
    else:
        dp = a.drum_pattern
        if dp is None or not dp.whole_bars or not dp.by_bar:
            return None
        cls = ("kick" if re.match(r"kick|bass drum", word) else "snare" if word == "snare" else
               ride_class if word == "ride" else "hihat")
        rows = {b: dp.by_bar[b].get(cls, []) for b in dp.whole_bars if b in dp.by_bar}
        bars, name, own, stem = list(rows), say.class_word(cls, dp, None), dp.pattern.get(cls), None
    if not bars:
        return None
    played = [sum(1 for b in bars if x in rows[b]) for x in places]
    full = sum(1 for b in bars if set(places) <= set(rows[b]))  # the bars with every place asked
    missed = sum(len(set(places) - set(rows[b])) for b in bars)
    n = len(bars)
    where = "in the one whole bar here" if n == 1 else f"in every one of the {count_word(n)} whole bars here"
    usual = f"; its usual places are {own.removeprefix('on ')}" if own and "scattered" not in own else ""
    # where else it plays in most bars: a hat on every eighth is on the off-beats, but not only there
    extra = sorted({x for b in bars for x in rows[b] if x not in places
                    and 2 * sum(1 for c in bars if x in rows[c]) >= n}, key=pos_key)
    one = verb([name], "is", "are") == "is"
    base = "sing" if stem == "vocals" else "play"
    act, does, pron = base + ("s" if one else ""), "does" if one else "do", "it" if one else "they"
    besides = ("" if not extra else f"; {pron} also {act} {bar_drum_words(extra)}" if len(extra) <= 3 else
               f"; {pron} {act} {own}, not only there" if own and "scattered" not in own
               and own.removeprefix("on ") != said else f"; {pron} {act} elsewhere too")
    if full == n:
        return f"Yes: the {name} {act} on {said} {where}{besides}."
    if len(places) >= 3 and missed <= max(1, n // 2):  # a stroke or two short of a steady figure (a miss in a bar)
        gap = "one stroke" if missed == 1 else f"{count_word(missed)} strokes"
        return f"Yes, but for {gap} left out: the {name} {act} on {said} {where.replace('every one of', '')}".replace(
            "in  the", "in the") + f"{besides}."
    common = [x for x, k in zip(places, played) if 2 * k >= n]  # the places asked it strikes in most bars
    if 2 * full < n and len(places) >= 3 and common:
        # some of a set asked ("is the guitar on the off-beats?" over a part on two of the four ands): not a bare no
        words = own if own and "scattered" not in own and len(common) > 4 else bar_drum_words(common)
        return (f"No, not on {said}: the {name} {act} {words} in most of the {count_word(n)} whole bars here"
                f"{usual if words != own else ''}.")
    if not full and (not any(played) or len(places) >= 3):
        also = (f"; {pron} {act} {own}" if own and "scattered" not in own else
                f"; {pron} {act} nowhere fixed in the bar" if own else f"; the {name} {does} not {base}")
        return f"No: the {name} {does} not {base} on {said} {where.replace('every one of', 'any of')}{also}."
    if len(places) == 1 or len(set(played)) == 1 or len(places) >= 3:
        head = "Rarely" if 4 * full <= n else "Only in some bars"  # (a snare on three in one bar of eight: rarely)
        return (f"{head}: the {name} {act} on {said} in {'only ' if head == 'Rarely' else ''}{count_word(full)} of the "
                f"{count_word(n)} whole bars here{usual}.")
    parts = [f"on {bar_drum_words([x]).removeprefix('on ')} in "
             f"{'every bar' if k == n else 'none' if not k else f'{count_word(k)} of the {count_word(n)}'}"
             for x, k in zip(places, played)]
    return f"Partly: over the {count_word(n)} whole bars here, the {name} {act} {_names(parts)}."


# "what's the bass doing on beat one of each bar?": the note each whole bar's one brings (Presence.bar_places and
# bar_notes; the twenty-first session's sweep on Punk got the bass's manner, dev)
ONES_ASKED = (r"\bon (?:the one|beat one|one|the first beat|the downbeat) of (?:each|every|the) bars?\b|"
              r"\bon (?:each|every) (?:downbeat|one)\b|\bon the downbeats\b(?! or)|"
              # "does he ever hit the downbeat?" (the twenty-fourth session's sweep on GuitarSet got its contour, dev)
              r"\b(?:ever|always|never) (?:hits?|plays?|lands?|strikes?) (?:on )?the (?:downbeats?|ones?)\b|"
              # "is the bass player hitting the one every bar?" (the forty-sixth session's routing sweep got the lock
              # alone, dev)
              r"\b(?:hit|hits|hitting|play|plays|playing|land|lands|landing|strike|strikes|striking) (?:on )?the "
              r"(?:one|downbeat)s? (?:of |in )?(?:each|every) bar\b")


def _ones_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """The note the named line plays on the one of each whole bar here, in order, where asked; a bar whose one it
    leaves out said so."""
    text = (question or "").lower()
    hit = re.search(ONES_ASKED, text)
    if not named or not hit:
        return None
    # the part named in its own clause ("does the kick play on the and of four, and what's the bass doing on the one
    # of each bar?" named the drums first: the twenty-first session's read of its own answer, dev)
    stem = _subject_of(text, hit.start()) or named[0]
    p = next((x for x in a.presence if x.stem == stem and x.bar_places and x.bar_notes), None)
    if p is None:
        return None
    notes = {b.bar: b.notes for b in p.bar_notes}
    said, skipped = [], []
    for k, (bar, places) in enumerate(p.bar_places):
        if "1" in places and notes.get(bar):
            said.append(say.spoken_note(notes[bar][0]))
        else:
            skipped.append(k)
    if not said:
        return None
    act = verb([p.stem], "sings", "sing") if p.stem == "vocals" else verb([p.stem], "plays", "play")
    named_bars = [f"the {ORDINAL_WORDS[i]}" for i in skipped if i < len(ORDINAL_WORDS)]
    where = _names(named_bars) if named_bars else ""
    rest = f" (nothing on the one of {where} bar{'s' if len(skipped) > 1 else ''})" if where else ""
    return f"On the one of each whole bar here the {p.stem} {act} {_names(said)}{rest}."


# "is the bass playing eighths or quarters?": a choice of two note values, weighed over the named line's strokes
# (the twenty-second session's sweep on Beatles got its places alone, dev)
_VALUE = r"(eighth|quarter|sixteenth|half|whole)(?:s| notes?)?|(triplet)s?"
VALUE_CHOICE_ASKED = r"\b(?:" + _VALUE + r")\b[^?]{0,12}\bor\b[^?]{0,8}?\b(?:" + _VALUE + r")\b"
NOTE_VALUE_BEATS = {"sixteenth": 0.25, "triplet": 1 / 3, "eighth": 0.5, "quarter": 1.0, "half": 2.0, "whole": 4.0}
VALUE_MOSTLY = 0.6  # of the gaps between its strokes, this share on one value makes the line "mostly" in it
VALUE_SOME = 0.2  # ... and this share on the other is "some"


KIT_CLASS_WORDS = (("hihat", r"\bhi-?hats?\b|\bhihats?\b|\bhats\b"), ("kick", r"\bkick"), ("snare", r"\bsnare"),
                   ("tom", r"\btoms?\b"), ("cymbal", r"\bcymbals?\b|\bcrash"), ("ride", r"\bride\b"))


def _kit_class_places(a: WindowAnalysis, named: list[str], question: str | None) -> tuple[list, str]:
    """([(bar, places)], 'the hi-hat's strokes here'): the one drum the question names, its places in each whole bar
    (DrumPattern.by_bar), for a note-value question asked of it ("how fast are the hi-hats -- eighths or sixteenths?"
    got the kit's pattern: the twenty-fourth session's sweep on Punk, dev); ([], '') where none is named."""
    p, text = a.drum_pattern, (question or "").lower()
    if p is None or "drums" not in named:
        return [], ""
    cls = next((c for c, words in KIT_CLASS_WORDS if re.search(words, text)), None)
    if cls == "ride":  # the ride is read in the hi-hat class where it rings on, else among the cymbals
        cls = "hihat" if p.hihat_rings else "cymbal"
    if cls is None:
        return [], ""
    bars = [(b, p.by_bar[b].get(cls, [])) for b in (p.whole_bars or sorted(p.by_bar)) if b in p.by_bar]
    return [x for x in bars if x[1]], f"the {possessive(_kit_name(cls, p))} strokes here"


def _kit_name(cls: str, p) -> str:
    """A drum class's name in this window (say.class_word) without its aside: 'tambourine or hi-hat'."""
    return say.class_word(cls, p).split(" (")[0]


def _kit_is(name: str) -> str:
    """'is' or 'are' after a drum class's name: "the toms are" (round 71's bt11 read "the toms is", dev)."""
    return "are" if name.endswith("s") and not name.endswith("ss") else "is"


def _kit_one(name: str) -> str:
    """A drum class's name for one of its hits: "no tom hit", "no cymbal hit" (not "no toms hit")."""
    return name.removesuffix("s") if _kit_is(name) == "are" else name


def _value_choice_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """Asked which of two note values a line plays in, the gaps between its strokes in the window's whole bars (each
    at its nearest note value; rests of over two beats left out) weighed: mostly one, a mix, or mostly another."""
    hit = re.search(VALUE_CHOICE_ASKED, (question or "").lower())
    if not hit or not named:
        return None
    asked = [hit.group(1) or hit.group(2), hit.group(3) or hit.group(4)]  # (each value's word: "eighth", "triplet")
    p = next((x for x in a.presence if x.stem == named[0] and x.stem != "drums" and x.bar_places), None)
    bar_places, whose = (p.bar_places, f"the {possessive(p.stem)} strokes here") if p is not None else \
        _kit_class_places(a, named, question)
    if not bar_places or asked[0] == asked[1]:
        return None
    per_bar = a.meter.beats_per_bar if a.meter is not None and a.meter.beats_per_bar else None
    if not per_bar or _compound(a):
        return None  # (a compound meter's beat is a dotted quarter: its note values are not weighed here)
    at = []
    for k, (_, places) in enumerate(bar_places):
        for place in places:
            digits = "".join(ch for ch in place if ch.isdigit())
            rest = place[len(digits):]
            if not digits or rest not in PLACE_FRACTIONS:
                return None
            at.append(k * per_bar + int(digits) - 1 + PLACE_FRACTIONS[rest])
    gaps = [g for g in np.diff(sorted(at)) if 0 < g <= 2.0]
    if len(gaps) < MIN_VERDICT_ONSETS:
        return None
    values = list(NOTE_VALUE_BEATS.items())
    nearest = [min(values, key=lambda v: abs(np.log(g / v[1])))[0] for g in gaps]
    share = {v: nearest.count(v) / len(nearest) for v in NOTE_VALUE_BEATS}
    first, second = asked
    plural_of = {"sixteenth": "sixteenths", "triplet": "triplets", "eighth": "eighths", "quarter": "quarter notes",
                 "half": "half notes", "whole": "whole notes"}
    apart = {"sixteenth": "a sixteenth", "triplet": "a triplet", "eighth": "an eighth", "quarter": "a beat",
             "half": "two beats", "whole": "a bar"}
    if share[first] >= VALUE_MOSTLY or share[second] >= VALUE_MOSTLY:
        main, other = (first, second) if share[first] >= share[second] else (second, first)
        some = f", some {apart[other]} apart" if share[other] >= VALUE_SOME else ""
        return f"Mostly {plural_of[main]}: most of {whose} come {apart[main]} apart{some}."
    if share[first] >= VALUE_SOME and share[second] >= VALUE_SOME:
        return (f"A mix of both: some of {whose} come {apart[first]} apart, some {apart[second]} apart, neither most "
                "of the time.")
    top = max(share, key=share.get)
    if share[top] < 0.5:
        return f"Neither: {whose} come at no one spacing, {apart[first]} or {apart[second]} apart only now and then."
    return f"Neither, mostly: most of {whose} come {apart[top]} apart."


# a guitarist's capo: the fret that puts the shapes he knows (open-position keys) on the window's key (the
# twenty-first session's sweep on ft_swing_g1208 got the groove, dev)
CAPO_ASKED = r"\bcapo\b"
OPEN_SHAPES = ("G", "C", "D", "A", "E")  # the major keys a guitarist plays in open shapes
OPEN_MINOR_SHAPES = ("E", "A", "D")  # ... and the minor ones
_SHAPE = re.compile(r"\b(?:in|with|for|using|play(?:ing)? (?:it|this)? ?(?:in|as)?) ?(?:the )?(?:key of )?([a-g])(#|b| sharp| flat)?"
                    r"( minor|m)?(?: major)? (?:shapes?|chords?|position|form)\b")


def _capo_sentence(hm: Harmony | None, question: str | None) -> str | None:
    """The capo's fret for the shapes the question names ('in G shapes'), else the open-shape keys the window's key
    lies fewest frets above: a minor key is fretted in its relative major's shapes (G shapes play E minor)."""
    text = (question or "").lower()
    if hm is None or not hm.key_in_window or not re.search(CAPO_ASKED, text) or \
            re.search(r"\bno capo\b|\bwithout (?:a |the )?capo\b", text):  # ("no capo": round 68's bq05, dev)
        return None
    tonic, _, mode = hm.key_in_window.partition(" ")
    if tonic not in PITCH_CLASS:
        return None
    key_pc = PITCH_CLASS[tonic]
    major_pc = (key_pc + 3) % 12 if mode == "minor" else key_pc  # (a minor key is played in its relative major's)
    spoken = say.spoken_chord(tonic) + f" {mode}"
    shape = _SHAPE.search(text)
    if shape:
        root = shape.group(1).upper() + {"#": "#", " sharp": "#", "b": "b", " flat": "b"}.get(shape.group(2) or "", "")
        if root not in PITCH_CLASS:
            return None
        shape_pc = (PITCH_CLASS[root] + 3) % 12 if shape.group(3) else PITCH_CLASS[root]
        fret = (major_pc - shape_pc) % 12
        name = say.spoken_chord(root) + (" minor" if shape.group(3) else "")
        if not fret:
            return f"It centres on {spoken}: {name} shapes play it with no capo."
        return f"It centres on {spoken}: capo on the {ORDINAL_WORDS[fret - 1]} fret and play {name} shapes."
    shapes = OPEN_MINOR_SHAPES if mode == "minor" else OPEN_SHAPES
    frets = sorted(((key_pc - PITCH_CLASS[x]) % 12, x) for x in shapes)[:2]
    said = [f"{say.spoken_chord(x)}{' minor' if mode == 'minor' else ''} shapes with "
            f"{'no capo' if not k else f'the capo on the {ORDINAL_WORDS[k - 1]} fret'}" for k, x in frets]
    return f"It centres on {spoken}: play it in {' or '.join(said)}."


# "is he at concert pitch, A440, or a bit off?": the mix's tuning, read at ingest (track_context.tuning_cents; round
# 46's au01 got "intonation is read for voices only", dev)
TUNING_ASKED = (r"\bconcert pitch\b|\ba ?= ?4[34]\d\b|\ba ?4[34]\d\b|\b4[34]\d ?(?:hz|tuning)\b|\btuning\b|"
                r"\btuned (?:to|up|down|sharp|flat|low|high)\b|\bdetuned?\b|\bstandard pitch\b|"
                r"\bmaster tune\b|\bhow (?:sharp|flat)\b")
TUNING_AT = 2  # cents: within this of concert pitch the track is said at it (eval.tuning: the reading's error on
# planted shifts is about a cent, on GuitarSet's annotated pitch three)
TUNING_CLOSE = 5  # ... and within this, close to it (the figure still said: a synth can be set to it)


def _tuning_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """The track's tuning against concert pitch, where asked: within a few cents, or how far sharp or flat; where
    its readings spread (a solo voice, a band bending), that it cannot be read as one; where not read, how to get it."""
    text = (question or "").lower()
    if not re.search(TUNING_ASKED, text) or re.search(r"\b(?:her|his|their|the singer'?s|the vocal'?s?) tuning\b", text):
        return None  # ("is her tuning off?" asks the singer's intonation: its own sentence)
    tc = a.track_context
    if tc.tuning_spread_cents is None:
        return ("The track's tuning was not read when it was loaded (tracks loaded before it was measured); load the "
                "track again to read it.")
    if tc.tuning_cents is None:
        said = ("The track's tuning cannot be read as one figure: its readings over the track's thirds differ by "
                f"about {count_word(int(round(tc.tuning_spread_cents)))} cents (pitches bent or sliding, or a lone "
                "voice)")
        return said + (_voice_against_a440(a) or ", so set a synth by ear against a held note.")
    c = tc.tuning_cents
    n = int(round(abs(c)))
    if n <= TUNING_AT:
        return ("The track sits right at concert pitch, within a couple of cents: a synth tuned to A four-forty "
                "matches it; whether the instruments are in tune with each other is not measured.")
    way = "sharp" if c > 0 else "flat"
    close = ", close to it" if n <= TUNING_CLOSE else ""
    return (f"The track is tuned about {count_word(n)} cents {way} of concert pitch{close} (track-level, read over the "
            f"whole mix): tune a synth {count_word(n)} cents {way} to match it; whether the instruments are in tune "
            "with each other is not measured.")


def _voice_against_a440(a: WindowAnalysis) -> str | None:
    """A voice's notes in this window against A 440 (Presence.intonation), said after a track tuning that cannot be
    read as one figure: "is she at standard A440, or do I need to retune to match her?" over a lone voice got only
    "set a synth by ear", where her notes sat about eight cents flat, less than they wander (round 71's bt03, dev).
    An offset within the notes' own spread is no retune."""
    p = next((x for x in a.presence if x.intonation is not None and x.intonation.reference == "A 440"), None)
    if p is None:
        return None
    i = p.intonation
    n, wander = int(round(abs(i.median_cents))), int(round(i.spread_cents))
    if n <= TUNING_AT:
        return f"; in this window the {possessive(p.stem)} notes sit right at A four-forty, so keep to it."
    way = "sharp" if i.median_cents > 0 else "flat"
    said = (f"; in this window the {possessive(p.stem)} notes sit about {count_word(n)} cents {way} of A four-forty "
            f"on the median, " + (f"straying about {count_word(wander)} cents from note to note" if wander else
                                  "every note about as far"))
    if n <= wander:
        return said + (": an offset within the notes' own wander, so keep to A four-forty (no retune would match every "
                       "note).")
    return said + f": tune about {count_word(n)} cents {way} to match."


def _hit_places(a: WindowAnalysis, hits) -> str:
    """'on the and of four of the second bar here, leading into the next bar and on one of the fifth bar here':
    placed drum hits (PlacedHit) by their beat and their bar's place in the window."""
    order = chart_bar_numbers(a)
    per = a.meter.beats_per_bar if a.meter is not None else 4

    def where(h) -> str:
        here = _bar_here(order, h.bar)
        bar = (f" of {here}" if here else
               f", {say.where_words(h.time_s, a.window.start_s, a.window.duration_s).replace('right ', '')}")
        lift = ", leading into the next bar" if h.place == f"the and of {count_word(per)}" else ""
        return f"on {h.place}{bar}{lift}"
    return _names([where(h) for h in hits])


def _times(n: int) -> str:
    """'once', 'twice', 'five times'."""
    return {1: "once", 2: "twice"}.get(n, f"{count_word(n)} times")


def _places_if_few(a: WindowAnalysis, hits, most: int) -> str:
    """': on one of the third bar here and ...': placed drum hits, where there are no more than ``most`` of them."""
    return f": {_hit_places(a, hits)}" if len(hits) <= most else ""


CRASH_ASKED = r"\bcrash(?:es|ing)?\b|(?<!ride )(?<!hi-hat )(?<!hat )\bcymbals?\b"  # (the ride cymbal keeps time)


def _crash_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """Where the cymbals are struck (DrumPattern.cymbal_hits), where the question asks the crashes; with none read,
    the hats that ring on as a crash struck with them would (a rendered kit's crashes on the hook's downbeats were
    read as ringing hats, and 'where are the crashes?' got none: round 28's ac05, dev)."""
    p = a.drum_pattern
    text = (question or "").lower()
    if p is None or not re.search(CRASH_ASKED, text) or re.search(CLEAN_HITS_ASKED, text):
        # (a crash asked clean, to sample: which are struck alone, not where they all fall: "can I get a clean kick,
        # snare, crash and a tom ... each with nothing else on it?" was led by the cymbals' places, round 71's bt11)
        return None
    said = _crash_places(a, p)
    change = section_change(a.events) if re.search(SECTION_WORD + r"|\b(?:downbeat|the one|the top)\b", text) else None
    if said is None or change is None or change.bar not in p.by_bar or change.beat is None:
        return said
    # "is there a crash on the downbeat of this section?": the change's own beat first (the twenty-fourth session's
    # sweep on Punk, dev: it got the bars the cymbals ride through and no word of the change)
    there = [c for c, places in p.by_bar[change.bar].items() if str(change.beat) in places]
    if "cymbal" in there:
        head = f"At the section change, {_event_at(a, change)}, a cymbal is struck"
    else:  # (ft_ballad_csm76's crash on the change is read as a tom, with a cymbal a beat later: a miss is hedged)
        with_ = (f", only the {_names([say.class_word(c, p) for c in there])}" if there else "")
        head = (f"At the section change, {_event_at(a, change)}, no cymbal is read struck{with_}, though the drum "
                "reading can miss or misplace a crash struck with the full band")
    return f"{head}; {said[0].lower()}{said[1:]}"


def _crash_places(a: WindowAnalysis, p) -> str | None:
    """Where the window's cymbals are struck, or, with none read, what may hide a crash."""
    if p.cymbal_hits:
        return f"The drums strike a cymbal {_times(len(p.cymbal_hits))} here: {_hit_places(a, p.cymbal_hits)}."
    if p.hits.get("cymbal"):  # struck too often to place one by one: the bars they ride through, else their places
        # ("where are the crashes?" over a punk drummer's two bars on the crash got "in scattered places": the
        # twenty-second session's sweep on Punk, dev)
        per = a.meter.beats_per_bar if a.meter is not None and a.meter.beats_per_bar else 4
        counts = {b: len(d.get("cymbal", [])) for b, d in p.by_bar.items() if d.get("cymbal")}
        order = chart_bar_numbers(a)
        ridden = _bars_here(order, sorted(b for b, n in counts.items() if n >= per))
        few = _bars_here(order, sorted(b for b, n in counts.items() if n < per))
        if ridden:
            rest = f", with a few strokes in {few}" if few else ""
            return (f"The cymbals are struck often here, through {ridden} on most beats and between them (a crash "
                    f"or ride keeping time there){rest}.")
        where = p.pattern.get("cymbal")
        return f"The cymbals are struck often here, {where}." if where else None
    if p.hihat_rings or p.hihat_open_bars:
        # a ride (or an open hat) ringing on through the bars washes over a crash: none read is no proof of none
        return ("No crash is read apart from the timekeeper here, but the hats ring on through "
                f"{'the window' if p.hihat_rings else 'some bars'} (a ride or an open hat), and a crash under them "
                "may not be read apart.")
    if p.hihat_open_hits:
        many = len(p.hihat_open_hits)
        return (f"No crash is read apart from the hats here, but {count_word(many)} hat stroke"
                f"{'s ring' if many > 1 else ' rings'} on, as a crash struck with the hats or an open hat would: "
                f"{_hit_places(a, p.hihat_open_hits)}.")
    return "No crash or other cymbal is read here, and no hat rings on."


# "where's the big hit?", "where are the stabs?": the band's hits (DrumPattern.band_hits), a crash with the kick and
# every other selected part starting with them (the twenty-third session's sweep on Shadows got the lock and the level)
BAND_HIT_ASKED = (r"\b(?:big|band|ensemble|unison) hits?\b|\bstabs?\b|\bhits? (?:together|as a band)\b|"
                  r"\bwhere (?:are|is|'s) the hits?\b|\bwhere's the hits?\b")
BAND_HITS_PLACED = 6  # up to this many hits are placed one by one; more are counted
# a stab or hit the producer means to add is their own part, not an ask of the band's hits: "dropping a short guitar
# stab just before each of his lines -- does he start them on the one?" led with "No big hit is read here" (round
# 101's cx06, dev)
STAB_PLANNED = (r"\b(?:writ|add|program|record|doubl|lay|arrang|putt|put|dropp|drop|want|need|wanna|tack|throw)\w*"
                r"(?: (?:in|on|to add|to put|to drop))? (?:a|an|some|my|our|the|little|short) (?:[\w-]+ ){0,3}"
                r"(?:stabs?|hits?)\b")


def _band_hit_sentence(a: WindowAnalysis, live: list[str], question: str | None) -> str | None:
    p = a.drum_pattern
    if p is None or not re.search(BAND_HIT_ASKED, re.sub(STAB_PLANNED, " ", (question or "").lower())):
        return None
    if p.band_hits is None:
        return ("The cymbals are struck through the bars here, keeping time or washing over them, so a big hit is not "
                "read apart from them.")
    others = [x for x in live if x not in ("drums", MIX_STEM)]
    with_ = f", the {_names(others)} starting with {'it' if len(p.band_hits) == 1 else 'them'}" if others else ""
    if not p.band_hits:  # (the drum reading can miss a crash under loud hats or a full band: ft_drive_ab152's one)
        return (f"No big hit is read here: no crash is read struck with the kick"
                f"{' while the ' + _names(others) + ' land with it' if others else ''}, though a crash under loud hats "
                "or the full band can go unread.")
    return (f"The band hits together {_times(len(p.band_hits))} here, a crash with the kick{with_}"
            f"{_places_if_few(a, p.band_hits, BAND_HITS_PLACED)}.")


# (the snare's: "any doubles or ghost kicks?" asks the kick, round 68's bq01 got the snare's, dev)
GHOST_ASKED = r"\bghost(?:ed|s)?\b(?! kick| bass drum)(?<!ghost kicks)|\bghosting\b"
GHOSTS_PLACED = 4  # up to this many soft strokes are placed one by one; more are counted


def _ghost_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """The snare's soft strokes between its loud ones (DrumPattern.ghost_hits), where asked; the drum reading misses
    most very quiet strokes (`python -m eval.drums --ghosts`, dev: of the rendered half-time grooves' planted ghost
    notes 0.18 are read, 16 of 18 kits reading fewer than half; backbeats 0.96), so none read is no proof of none."""
    p = a.drum_pattern
    if p is None or p.ghost_hits is None or not re.search(GHOST_ASKED, (question or "").lower()):
        return None
    many = len(p.ghost_hits)
    if not many:
        return ("No soft snare strokes are read between the louder ones here, but the drum reading misses most very "
                "quiet ghost notes, so listen before ruling them out.")
    return (f"The snare plays {count_word(many)} soft stroke{'s' if many > 1 else ''} under its louder ones here "
            f"(ghost notes){_places_if_few(a, p.ghost_hits, GHOSTS_PLACED)}; the drum reading misses many very quiet "
            "strokes, so there may be more.")


# "any flams or doubles on the snare?", "I want clean one-shots off this kit -- which hits are single?" (round 46's
# au03, wrong then: the reading had one stroke of each double; the twenty-second session's second-stroke rule)
# ... a drag as a stroke only as a noun ("any flams or drags?", "a drag on the snare"): "does the vocal drag?" asks
# whether the singer is late (the twenty-fifth session's sweep on Beatles, dev: got the snare's doubles first)
DOUBLES_ASKED = (r"\bflams?\b|\bflammed\b|"
                 r"\b(?:an?|any|some|no|the|or|and|with|play(?:s|ed|ing)?) (?:(?:snare|tom) )?drags?\b"
                 r"(?! (?:behind|the beat|it|the tempo))|\bruffs?\b|\bdouble[- ]?strokes?\b|"
                 r"\bone-?shots?\b|\b(?:clean|single) (?:hits|strokes|singles|samples)\b|\bsingle (?:hit|stroke)s?\b|"
                 r"^(?=.*\b(?:drums?|drummer|snare|toms?|kit|sticks?)\b).*\bdoubles\b|"
                 # "going to quantize his kit -- is there anything quantizing would mess up?": two strokes a hair
                 # apart are pulled onto one grid line (round 59's bh04, dev: got the straight feel alone)
                 r"^(?=.*\b(?:drums?|drummer|snare|toms?|kit)\b)(?=.*\bquantiz).*\b(?:mess\w* up|mangle\w*|ruin\w*|"
                 r"wreck\w*|kill\w*|lose|lost|go wrong|watch out)\b")
DOUBLES_PLACED = 6  # up to this many doubled strokes are placed one by one; more are counted


# "is the drummer laying the backbeat back behind the kick or sitting dead on it?": the snare against the kick inside
# the kit (round 55's bd02, dev: "no millisecond offset between kick and backbeat" was given)
BACKBEAT_TIMING_ASKED = (r"^(?=[^?]*\b(?:snare|backbeat|back beat|side-?stick|rim ?shot|cross-?stick|two and four|"
                         r"claps?)\b)(?=[^?]*\b(?:laid[- ]?back|laying (?:it |the \w+ )?back|lazy|behind|late|ahead|"
                         r"early|rush\w*|drag\w*|dead on|on top|pushing|pushes|nudge)\b)")


def _backbeat_timing_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """Where the snare lands against the kick inside the kit (DrumPattern.snare_vs_kick), asked whether the backbeat
    is laid back: a feel only from describe.BACKBEAT_FEEL_MS and twice its standard error clear of zero."""
    p = a.drum_pattern
    if p is None or p.snare_vs_kick is None or not re.search(BACKBEAT_TIMING_ASKED, (question or "").lower()):
        return None
    v, name = p.snare_vs_kick, _kit_name("snare", p)
    off, err = v.offset_ms, v.spread_ms / np.sqrt(v.snare_hits)
    ms = count_word(max(1, round(abs(off))))
    if v.with_cymbal and off > -BACKBEAT_FEEL_MS:  # an early snare shows; a late one under the hat's stroke does not
        cymbal = "ride or hi-hat" if p.hihat_rings else "hi-hat"
        return (f"The {name} reads with the kick's beat here, but the {cymbal} is struck on the same beats, and the "
                f"drum reading places a {name} struck up to about thirty milliseconds after it at its stroke: a lay-back "
                f"behind the {cymbal} cannot be told from dead on here.")
    if abs(off) < BACKBEAT_FEEL_MS / 2:
        return (f"The {name} sits dead on the beat with the kick here: on the beats its strokes land within a few "
                f"milliseconds of where the kick's do, no laid-back or pushed backbeat.")
    if abs(off) >= BACKBEAT_FEEL_MS and abs(off) >= 2 * err:
        side = "behind" if off > 0 else "ahead of"
        feel = "a laid-back backbeat" if off > 0 else "a pushed backbeat"
        return f"The {name} lands about {ms} milliseconds {side} the kick's beat here: {feel}."
    return (f"The {name} lands within about {ms} milliseconds of the kick's beat here, closer than the reading can call "
            f"a feel (it resolves about {count_word(round(BACKBEAT_FEEL_MS))}): no clear lay-back.")


# "a clean kick, a clean snare and a clean hi-hat, nothing else hitting at the same moment": which drums are struck
# alone (round 54's bc01, dev: the reading's missed hats under a kick and two snares were offered as clean hits)
CLEAN_HITS_ASKED = (r"\bclean (?:kick|snare|hat|hi-?hat|tom|crash|ride|cymbal|hit|drum|one-?shot|sample)s?\b|"
                    r"\bnothing else (?:hitting|playing|on (?:it|top)|at the same)\b|"
                    r"\b(?:kicks?|snares?|crash\w*|cymbals?|hats?|hi-?hats?|toms?|drums?|hits?|samples?)\b[^?]*"
                    r"\bnothing else (?:\w+ )?(?:struck|hit|sounding|playing)\b|"
                    r"\b(?:kick|snare|hat|hi-?hat|tom|hit|drum)s? (?:on (?:its|their) own|by (?:itself|themselves)|"
                    r"alone|in isolation)\b")
KIT_ORDER = ("kick", "snare", "hihat", "tom", "cymbal")


def _clean_hits_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """Which drums are struck alone, asked for clean hits to sample (DrumPattern.alone_hits, struck_with): each
    class's first hits with nothing else struck with them, else the classes it always lands with; the classes the
    question names, else the kit's."""
    p, text = a.drum_pattern, (question or "").lower()
    if p is None or p.alone_hits is None or not re.search(CLEAN_HITS_ASKED, text):
        return None
    if re.search(r"\bsingle (?:hit|stroke)s?\b|\bdouble[sd]?\b|\bflam", text):
        return None  # clean as single strokes, not doubled ones: the doubles sentence answers it
    asked = [c for c in KIT_ORDER if c in p.alone_hits and re.search(dict(KIT_CLASS_WORDS).get(c, r"$^"), text)]
    said, landing = [], {}  # landing: the classes never struck alone, by the classes they always land with
    for c in asked or [c for c in KIT_ORDER if c in p.alone_hits]:
        name, hits, with_ = _kit_name(c, p), p.alone_hits[c], (p.struck_with or {}).get(c, [])
        if hits:
            said.append(f"the {name} {_kit_is(name)} struck alone {_hit_places(a, hits)}")
        elif with_:
            key = tuple(with_)
            if key not in landing:
                landing[key] = []
                said.append(key)
            landing[key].append(name)
        else:
            said.append(f"no {_kit_one(name)} hit is read alone here")
    def lands(key: tuple) -> str:
        who, with_ = landing[key], [_kit_name(o, p) for o in key if _kit_name(o, p) not in landing[key]]
        return (f"the {_names(who)} always {'land' if len(who) > 1 else 'lands'} " +
                (f"with the {_names(with_)}" if with_ else "together"))
    said = [x if isinstance(x, str) else lands(x) for x in said]
    if not said:
        return None
    return ("For clean hits, as far as the drum reading tells (it can miss a quiet hit under a loud one): " +
            "; ".join(said) + ".")


def _doubles_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """The snare's and toms' doubled strokes (DrumPattern.double_hits: two stick strokes 15-70 ms apart), where asked;
    none read is said with what the reading cannot split (strokes closer than about fifteen milliseconds)."""
    p = a.drum_pattern
    if p is None or p.double_hits is None or not re.search(DOUBLES_ASKED, (question or "").lower()):
        return None
    many = len(p.double_hits)
    if not many:
        return ("No doubled strokes are read on the snare or toms here: each hit is a single stroke (a flam's grace "
                "note within about a hundredth of a second of its main stroke would be read as one).")
    where = _places_if_few(a, p.double_hits, DOUBLES_PLACED)
    return (f"The snare and toms play {count_word(many)} doubled stroke{'s' if many > 1 else ''} here, two hits a few "
            f"hundredths of a second apart (a flam, drag or double){where}; no other doubled stroke is read.")


# ("where are the snare and the kick in them?" names the kick, not an entry: round 34's ai01, dev)
def _entry_of(a: WindowAnalysis, stem: str):
    """The part's first entry inside the window (an 'enters' or 'returns' event), or None."""
    return next((e for e in a.events if e.kind in ("enters", "returns") and stem in e.stems), None)


def _first_entry(a: WindowAnalysis, stem: str):
    """The part's entry where it is its first sound in the window (no drop-out before it), or None: a return after
    a drop-out leaves no lead-in (a voice singing from the window's start was said to leave its first eight beats
    free, coming in where it came back: the twenty-seventh session's test of round 61's bj07 rule, dev)."""
    e = _entry_of(a, stem)
    if e is None or any(x.kind in ("drops_out", "stops") and stem in x.stems and x.time_s < e.time_s
                        for x in a.events):
        return None
    return e


def _placed_at(order: list[int], bar: int | None, beat: int | None, place: str | None) -> str | None:
    """'on the and of the fifth beat of the third bar here': a note's start by its bar, beat and place in the beat
    (:func:`_in_beat`), or None where its bar or beat has no ordinal word."""
    on = _beat_of_bar(order, bar, beat)
    return _in_beat(on, place) if on else None


def _event_at(a: WindowAnalysis, e) -> str:
    """'on the first beat of the third bar here': an event by its beat and its bar's place (an entry off its beat:
    :func:`_in_beat`), else where it falls in the window."""
    # (an event's bar is the track's: counted among the track's bars, not a chart's whose bar lines moved)
    return _placed_at(_track_bar_order(a), e.bar, e.beat, e.place) or \
        say.where_words(e.time_s, a.window.start_s, a.window.duration_s)


def _in_beat(on: str, place: str | None) -> str:
    """'on the second beat of the third bar here', 'on the and of ...', 'just after ...', 'late in ...': a place by
    its beat and where in the beat it falls (Event.place)."""
    if not place or place == "on the beat":
        return f"on {on}"
    if place == "the and":
        return f"on the and of {on}"
    return f"late in {on}" if place == "the a" else f"just after {on}"


ENTRY_ASKED = (r"\b(?:come|comes|coming) (?:back )?in\b|\benters?\b|"
               r"\bkicks? in\b(?!\s+(?:them|it|the|this|that|those|these|each|every|both|its|his|her|bars?)\b)|"
               r"\b(?:where|when) does\b[^?,;]*\b(?:start|begin)\b")


def _entry_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """Where the named part comes in, asked so ("where does the guitar come in?"): its entry, or that it plays from
    the window's start (the events said only the singer's entries: a routing sweep, twelfth session, dev)."""
    text = (question or "").lower()
    hit = re.search(ENTRY_ASKED, text)
    # "how many bars before the piano comes in?" is counted in bars (_entry_length_sentence), "does she come in on the
    # downbeat or before it?" by the line starts; a "before" in a later clause asks something else ("when does the
    # singer come back in, and what's the kit doing right before she does?" got the window's events, her entry "later
    # on": the thirty-ninth session's read of cw09's window, dev)
    if not hit or re.search(r"\bhow many\b|\bhow long\b", text):
        return None
    lead = re.split(r"[?.,;!]", text[:hit.start()])[-1]  # the clause up to the entry's verb
    clause = lead + hit.group(0) + re.split(r"[?.,;!]", text[hit.end():])[0]
    # (nor does "does the voice come in a hair after the keys?" ask an entry: which side of the keys it lands)
    if re.search(r"\bbefore\b", clause) or re.search(SIDE_OF_PART, clause):
        return None
    # the part that comes in is named in the same clause, just before ("if one comes in without a crash" asks the
    # drummer about a phrase's start, not his entry: round 29's ad04)
    # (up to the verb's end: "where does the bass start?" names it inside the match; "where does the bass come in,
    # and what note does it start on?" was matched from its first word, leaving no subject: a sweep, dev)
    # (and after a "when" that sets the time: "does the bass dig in when the singer comes in?" asks of the singer's
    # entry, not the bass's; "when the singer comes in, does the drummer dig in?" asks no entry at all: the
    # fourteenth session's sweep, dev)
    if re.match(r"\s*" + SETTING_CLAUSE, lead):
        return None
    # a she or he with no part named in the clause is the singer ("where does she come back in?": the same read, dev),
    # unless the clause asks on which beat -- "what beat does he come back in on?" -- which the line starts answer
    # (the part the pronoun names stands for the question's parts where its own clause names none: "when does he come
    # back in, and what's the kit doing right before he does?" named the kit first: the fortieth session's read of
    # Country1, dev)
    subject = _subject_of(text, hit.end())
    if subject is None and not named_stems(clause) and not re.search(
            r"\b(?:what|which) beat\b|\bdownbeat\b|\bon the one\b", clause):
        subject = next(iter(_pronoun_part(a, text[:hit.end()])), None)
        named = [subject] if subject else named
    named = named or ([subject] if subject else [])
    if not named or subject != named[0]:
        return None
    p = next((x for x in a.presence if x.stem == named[0] and x.stem != MIX_STEM), None)
    if p is None:
        return None
    comes = verb([p.stem], "comes", "come")
    entry = _entry_of(a, p.stem)
    if entry is not None:
        where = _event_at(a, entry)
        # its first line's start, where it lies in the entry's bar, places it finer: a singer in on the and of one
        # was "in on the first beat" beside "starts his lines on the and of one" (the twenty-first session's sweep on
        # Punk, dev)
        first = next((x for x in p.line_starts if x.bar == entry.bar and x.beat is not None
                      and abs(x.time_s - entry.time_s) < 1.0), None)
        bar = _bar_here(_track_bar_order(a), entry.bar)
        if first is not None and bar and first.place != "on the beat":
            where = f"{_start_words(first.beat, first.place)} in {bar}"
        return f"The {p.stem} {comes} {'back ' if entry.kind == 'returns' else ''}in {where}."
    order = chart_bar_numbers(a)
    starts = [f"{_start_words(x.beat, x.place)} of {_bar_here(order, x.bar)}" for x in p.line_starts
              if x.beat and _bar_here(order, x.bar)][:MAX_GAPS_PLACED]
    if p.reading in ("plays throughout", "plays most of the window") and starts:
        # lines starting inside the window answer "which bars does the singer come in on?" (it got "already playing as
        # the window starts ... does not come in here" over a singer breathing across the window's start and coming in
        # after each beat four: the Rock multitrack, the twenty-ninth session's read, dev)
        lines = f"{its([p.stem])} lines coming in" if len(starts) > 1 else "a new line coming in"
        return f"The {p.stem} {verb([p.stem], 'sounds', 'sound')} through the window, {lines} {_names(starts)}."
    if p.reading == "plays throughout":  # (most of the window: it may come in a little way in, unmarked)
        return (f"The {p.stem} {verb([p.stem], 'is', 'are')} already playing as the window starts and "
                f"{verb([p.stem], 'plays', 'play')} on through it: {'it does' if verb([p.stem], 'is', 'are') == 'is' else 'they do'} "
                f"not come in here.")
    if not p.onsets:
        return f"The {p.stem} {verb([p.stem], 'does', 'do')} not play in this window."
    return None


EXIT_ASKED = (r"\b(?:drops?|dropping|cuts?|cutting|falls?|falling) out\b|\b(?:stops?|stopping|quits?) playing\b|"
              r"\b(?:where|when) does\b[^?,;]*\b(?:stop|end|finish)\b|\blays? out\b")


def _exit_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """Where the named part drops out, asked so ("where do the drums drop out?" got their pattern: the twenty-first
    session's sweep on ft_swing_g1208, dev): where it stops or drops out, else that it plays on through the window."""
    text = (question or "").lower()
    hit = re.search(EXIT_ASKED, text)
    if not named or not hit or re.search(r"\bhow many\b|\bhow long\b", text) or \
            _subject_of(text, hit.end()) != named[0]:
        return None
    p = next((x for x in a.presence if x.stem == named[0] and x.stem != MIX_STEM), None)
    if p is None:
        return None
    out = [e for e in a.events if e.kind in ("stops", "drops_out") and p.stem in e.stems]
    if out:
        said = []
        for e in out[:3]:
            back = next((r for r in a.events if r.kind == "returns" and p.stem in r.stems and r.time_s > e.time_s), None)
            said.append(_event_at(a, e) + ("" if back is None else
                                           f" and {verb([p.stem], 'comes', 'come')} back in {_event_at(a, back)}"))
        return f"The {p.stem} {verb([p.stem], 'drops', 'drop')} out {_names(said)}."
    one = verb([p.stem], "is", "are") == "is"
    act = ("sings" if one else "sing") if p.stem == "vocals" else ("plays" if one else "play")
    if p.reading == "plays throughout":
        return f"The {p.stem} {verb([p.stem], 'does', 'do')} not drop out here: {'it' if one else 'they'} {act} all through the window."
    entry = _entry_of(a, p.stem)
    if entry is not None:
        return (f"The {p.stem} {verb([p.stem], 'does', 'do')} not drop out here: {'it comes' if one else 'they come'} "
                f"in {_event_at(a, entry)} and {act} on to the end of the window.")
    return None  # (a part silent here is said silent by the summary's own caution)


ENTRY_SUBJECT_CHARS = 40  # "where does the lead guitar come in": the part named this close before the verb's end


def _pronoun_part(a: WindowAnalysis, clause: str) -> list[str]:
    """The part a she or he names where no part is named: the singer where the vocals are selected, else the one
    part selected ("where does she come back in?" over the vocals and drums got the events' "later on": the
    thirty-ninth session's read, dev); none otherwise."""
    last = re.split(r"[?.,;!]|\band\b", clause)[-1]
    if not re.search(r"\b(?:she|he)\b", last):
        return []
    stems = [x.stem for x in a.presence if x.stem != MIX_STEM]
    return ["vocals"] if "vocals" in stems else stems if len(stems) == 1 else []


def _subject_of(text: str, end: int) -> str | None:
    """The part a verb ending at ``end`` is said of: the last part named in its clause up to there, within
    ENTRY_SUBJECT_CHARS ("does the bass dig in when the singer comes in?": the singer comes in, the bass digs in)."""
    clause = re.split(r"[?.,;!]|\bif\b|\band\b|\bwhen\b|\bwhile\b|\bonce\b|\bas soon as\b", text[:end])[-1]
    named = named_stems(clause[-ENTRY_SUBJECT_CHARS:])
    return named[-1] if named else None


# ("is the guitar playing on the beat or off it?" got the band's groove: the eighteenth session's sweep, dev)
OFFBEAT_ASKED = r"\boff[- ]?(?:the )?beats?\b|\bbetween the beats\b|\bupbeats?\b|" + ON_OR_OFF
# Of a part's onsets between the beats: mostly off the beat, partly, mostly on. The playing words' bounds, so that
# one answer cannot call a part "mostly off the beat" and say it plays "on and between the beats" (0.5 and 0.25
# here did, for shares between 0.5 and 0.7: noticed in the twelfth session's review).
OFF_MOSTLY, OFF_SOME = MOSTLY_OFF, MOSTLY_ON


def _offbeat_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """Who plays off the beat (each part's share of onsets clearly between the beats), where the question asks it
    ("is anyone playing off the beat?" was heard as asking who plays at all: a sweep of my own questions, dev)."""
    if not re.search(OFFBEAT_ASKED, (question or "").lower()):
        return None
    parts = [p for p in a.presence if p.offbeat_onset_share is not None and p.onsets and p.stem != MIX_STEM and
             (not named or p.stem in named)]
    if not parts:
        return None
    mostly = [p.stem for p in parts if p.offbeat_onset_share >= OFF_MOSTLY]
    some = [p.stem for p in parts if OFF_SOME < p.offbeat_onset_share < OFF_MOSTLY]
    on = [p.stem for p in parts if p.offbeat_onset_share <= OFF_SOME]  # as describe's _where_on_beat bounds them
    said = []
    if mostly:
        said.append(f"the {_names(mostly)} {verb(mostly, 'plays', 'play')} mostly off the beat")
    if some:
        said.append(f"the {_names(some)} {verb(some, 'plays', 'play')} partly off the beat, partly on it")
    if on:
        said.append(f"the {_names(on)} {verb(on, 'stays', 'stay')} mostly on the beats")
    return say.capital("; ".join(said)) + "."


def _line_part(a: WindowAnalysis, named: list[str], lead: str | None):
    """The presence of the part a question about one line means: the first pitched part named, else the lead line
    (None where neither is in the window)."""
    want = [x for x in named if x not in ("drums", MIX_STEM)] or ([lead] if lead else [])
    return next((x for x in a.presence if x.stem in want[:1]), None)


# "is the vocal syncopated?" got the part's manner (the seventeenth session's sweep on MusicDelta Country1, dev): its
# strokes between the beats, and those with the next beat left empty (the accent carried over the beat). A musician
# calls a line syncopated where about a fifth of its notes or more do that; a line that starts many notes between the
# beats but always lands on the next beat is busy between the beats, not pushed.
SYNC_ASKED = r"\bsyncopat\w*|\bpush(?:es|ed|ing)? (?:over|across) the beats?\b|\bties? over the beats?\b"
SYNCOPATED_SHARE = 0.2
SYNC_MIN_STROKES = 6


def _sync_sentence(a: WindowAnalysis, named: list[str], question: str | None, lead: str | None) -> str | None:
    """How syncopated the named part (else the lead line) is, from its strokes (Presence.pushed_over), where asked."""
    if not re.search(SYNC_ASKED, (question or "").lower()):
        return None
    p = _line_part(a, named, lead)
    if p is None or p.strokes_placed < SYNC_MIN_STROKES:
        return None
    n, off, over = p.strokes_placed, p.offbeat_strokes, p.pushed_over
    start = (f"The {p.stem} {verb([p.stem], 'starts', 'start')} {count_word(off)} of {its([p.stem])} {count_word(n)} "
             f"notes here between the beats")
    if over / n >= SYNCOPATED_SHARE:
        return f"{start}, {count_word(over)} of them with the next beat left empty: a syncopated line."
    if over:
        return (f"{start}, {'only ' if over < off else ''}{count_word(over)} of them with the next beat left empty: a "
                f"little syncopation, mostly {'busy between' if off / n >= 0.3 else 'on'} the beats.")
    return (f"{start}, each followed by a note on the next beat: no syncopation, "
            f"{'busy between the beats but landing on each' if off else 'every note on a beat'}.")


# "riding her fader through the hook and the stop -- where does she get louder or softer on her own?" got who carries
# (round 39's an05, dev): the named part's notes' levels, split where they step up or down and stay there (one or two
# cuts of the notes where the median of the stretches changes most). One part's notes scatter by about three decibels
# from note to note (the pitch, the vowel, the attack); a step a fader ride follows is held over a stretch of notes and
# clears that scatter: four decibels or more. A single loud note is no stretch.
LEVEL_RIDE_ASKED = (r"\b(?:get|gets|getting|go|goes|going)\b[^?]*\b(?:louder|softer|quieter)\b|"
                    r"\b(?:louder|softer|quieter) or (?:louder|softer|quieter)\b|\bfader\b|"
                    # "how much should the velocities wander, and does he play softer once she comes in?" (round 62's
                    # bk11, dev: no answer)
                    r"\b(?:play|plays|playing|sing|sings|singing) (?:\w+ )?(?:louder|softer|quieter)\b(?![^?]*\bthan\b)"
                    r"[^?]*\b(?:once|when|after|later|from|comes? in|gets?|by the)\b|"
                    r"\bvelocit(?:y|ies)\b[^?]*\b(?:wander|vary|varies|spread|move|change)\w*\b|"
                    r"\b(?:rid(?:e|ing)|automat\w*) (?:her|his|their|the) (?:level|volume|vocals?|voice)\b")
LEVEL_STEP_DB = 4.0
LEVEL_TOUCH_DB = 2.0  # a step under LEVEL_STEP_DB said as a touch, from this (a player a notch harder)
LEVEL_STRETCH_NOTES = 3


def _level_cuts(levels: list[float]) -> tuple[tuple[int, ...], bool] | None:
    """Where a series of note levels steps: one or two indices (each the first note of a new stretch), and whether the
    steps clear LEVEL_STEP_DB. The cuts are those that fit the levels best (the least total distance of the notes
    from their stretch's median: a stretch of many notes outweighs one loud note or two), every stretch holding
    LEVEL_STRETCH_NOTES notes or more: two cuts where both steps clear it, else one; where none does, the best single
    cut, which does not (None under two stretches' notes)."""
    x = np.asarray(levels, dtype=float)
    n, least = len(x), LEVEL_STRETCH_NOTES
    cost: dict[tuple[int, int], tuple[float, float]] = {}

    def fit(i: int, j: int) -> tuple[float, float]:  # (the stretch's median, its notes' total distance from it)
        if (i, j) not in cost:
            med = float(np.median(x[i:j]))
            cost[i, j] = (med, float(np.abs(x[i:j] - med).sum()))
        return cost[i, j]
    best = None
    for cuts in ([(k1, k2) for k1 in range(least, n - 2 * least + 1) for k2 in range(k1 + least, n - least + 1)],
                 [(k,) for k in range(least, n - least + 1)]):
        if not cuts:
            continue
        best = min(cuts, key=lambda c: sum(fit(i, j)[1] for i, j in zip((0,) + c, c + (n,))))
        meds = [fit(i, j)[0] for i, j in zip((0,) + best, best + (n,))]
        if all(abs(b - a) >= LEVEL_STEP_DB for a, b in zip(meds, meds[1:])):
            return best, True
    return (best, False) if best else None


def _level_ride_sentence(a: WindowAnalysis, named: list[str], question: str | None, lead: str | None) -> str | None:
    """Where the named part (else the lead line) gets louder or softer on its own (Presence.note_levels), where
    asked."""
    text = (question or "").lower()
    if not re.search(LEVEL_RIDE_ASKED, text):
        return None
    if not named and not re.search(r"\b(?:she|he|her|his)\b", text):
        return None  # "is it getting louder through this bit?" asks the band's level, not the singer's (the
        # twenty-fourth session's sweep on ft_ballad_csm76, dev): the dynamics sentence answers it
    if named and all(x in ("drums", MIX_STEM) for x in named):
        return None  # the drummer's fader asks no singer's level (round 126's dw03, dev: the vocals' was said)
    p = _line_part(a, named, lead)
    if p is None or len(p.note_levels) < 2 * LEVEL_STRETCH_NOTES:
        return None
    levels = [x[1] for x in p.note_levels]
    near = _level_cuts(levels)
    cuts = list(near[0]) if near is not None and near[1] else []
    order = chart_bar_numbers(a)
    if not cuts:
        spread = float(np.percentile(levels, 90) - np.percentile(levels, 10))
        within = (f"The {possessive(p.stem)} level moves from note to note here (most notes within about "
                  f"{count_word(max(1, round(spread)))} decibels of each other), but" if spread >= 1 else
                  f"The {possessive(p.stem)} level holds steady here:")
        said = (f"{within} no stretch of {its([p.stem])} notes steps up or down as a whole by "
                f"{count_word(round(LEVEL_STEP_DB))} decibels or more")
        # the most it shifts, where that is a touch a listener may still hear ("does she play any harder once the
        # band comes in?" over keys a notch harder from the verse got "no stretch steps", round 67's bp11, dev)
        if near is not None and len(near[0]) == 1:
            k = near[0][0]
            before, after = float(np.median(levels[:k])), float(np.median(levels[k:]))
            if abs(after - before) >= LEVEL_TOUCH_DB:
                t, _, bar, beat = p.note_levels[k]
                where = _beat_of_bar(order, bar, beat) or say.where_words(t, a.window.start_s, a.window.duration_s)
                size = round(abs(after - before))
                size = (count_word(max(1, size)) if size < LEVEL_STEP_DB else
                        f"nearly {count_word(round(LEVEL_STEP_DB))}")
                said += (f"; the most it shifts is a touch {'up' if after > before else 'down'}, about {size} "
                         f"decibels from {where}")
        return said + "."
    bounds = [0] + cuts + [len(levels)]
    medians = [float(np.median(levels[i:j])) for i, j in zip(bounds, bounds[1:])]
    said = []
    for k, before, after in zip(cuts, medians, medians[1:]):
        t, _, bar, beat = p.note_levels[k]
        where = _beat_of_bar(order, bar, beat) or say.where_words(t, a.window.start_s, a.window.duration_s)
        step = round(abs(after - before))
        said.append(f"{'up' if after > before else 'down'} about {count_word(step)} decibels from {where}")
    return f"The {possessive(p.stem)} own level steps {spoken_list(said)}, and holds there."


# "what scale is the lead guitar using here?", "is this dorian or natural minor?" got the key and the chart (the
# seventeenth session's sweep on MusicDelta Shadows, dev): the pitch classes the part sounds, and the scales on the
# key's tonic that hold them all. A note sounded for under SCALE_NOTE_SHARE of the time its main note sounds is a
# passing note (or a transcription's slip: a distorted guitar's overtone, a singer's slide), said apart where it takes
# PASSING_SHARE of the part's time or more, else left out; a scale is named by the notes it holds, a musician's list.
SCALE_ASKED = (r"\bscales?\b|\bmodes?\b|\bmodal\b|\bdorian\b|\bmixolydian\b|\blydian\b|\bphrygian\b|\baeolian\b|"
               r"\bpentatonic\b|\bnatural minor\b|\bharmonic minor\b")
SCALE_NOTE_SHARE = 0.25
PASSING_SHARE = 0.02
SCALE_MIN_NOTES = 4  # fewer notes fit too many scales to name one
SCALES = (("minor pentatonic", (0, 3, 5, 7, 10)), ("major pentatonic", (0, 2, 4, 7, 9)),
          ("blues scale", (0, 3, 5, 6, 7, 10)), ("major scale", (0, 2, 4, 5, 7, 9, 11)),
          ("natural minor", (0, 2, 3, 5, 7, 8, 10)), ("Dorian mode", (0, 2, 3, 5, 7, 9, 10)),
          ("Mixolydian mode", (0, 2, 4, 5, 7, 9, 10)), ("harmonic minor", (0, 2, 3, 5, 7, 8, 11)),
          ("Lydian mode", (0, 2, 4, 6, 7, 9, 11)), ("Phrygian mode", (0, 1, 3, 5, 7, 8, 10)))


def _scale_sentence(a: WindowAnalysis, hm: Harmony | None, named: list[str], question: str | None,
                    lead: str | None) -> str | None:
    """The notes the named part (else the lead line) sounds and the scales on the window's key's tonic that hold
    them all (Presence.pc_shares), where asked."""
    if not re.search(SCALE_ASKED, (question or "").lower()) or hm is None:
        return None
    # the key the chart counts from (the song's, where the window's centre shares its signature), else the window's
    key = (a.chord_grid.numerals_key if a.chord_grid is not None else None) or hm.key_in_window or hm.key_track_level
    p = _line_part(a, named, lead)
    if p is None or not p.pc_shares or not key or " " not in key or key.split(" ")[0] not in PITCH_CLASS:
        return None
    tonic = PITCH_CLASS[key.split(" ")[0]]
    spell = key_names(key) or list(SHARP_NAMES)
    main = max(p.pc_shares)
    used = {pc for pc, x in enumerate(p.pc_shares) if x >= SCALE_NOTE_SHARE * main}
    passing = {pc for pc, x in enumerate(p.pc_shares) if PASSING_SHARE <= x < SCALE_NOTE_SHARE * main}
    if len(used) < 2:
        return None
    order = sorted(used, key=lambda pc: (pc - tonic) % 12)
    notes = _names([say.spoken_note(spell[pc]) for pc in order])
    root = say.spoken_note(spell[tonic])
    fits = [name for name, steps in SCALES if used <= {(tonic + x) % 12 for x in steps}]
    aside = (f" ({_names([say.spoken_note(spell[pc]) for pc in sorted(passing, key=lambda pc: (pc - tonic) % 12)])} "
             "only in passing)") if passing else ""
    said = f"The {p.stem} {verb([p.stem], 'uses', 'use')} {count_word(len(used))} notes here, {notes}{aside}"
    if len(used) < SCALE_MIN_NOTES:
        return f"{said}: too few to name one scale."
    if not fits:
        best = min(SCALES, key=lambda sc: len(used - {(tonic + x) % 12 for x in sc[1]}))
        out = used - {(tonic + x) % 12 for x in best[1]}
        return (f"{said}: no one scale on {root} holds them all; {_names([say.spoken_note(spell[pc]) for pc in out])} "
                f"{'lies' if len(out) == 1 else 'lie'} outside {root} {best[0]}.")
    if len(fits) == 1 or len(dict(SCALES)[fits[0]]) < 7:  # (the fewest notes first: a pentatonic is named as one)
        return f"{said}: all inside {root} {fits[0]}."
    # several seven-note scales hold them: the notes they differ on are the ones the part leaves out
    sets = [{(tonic + x) % 12 for x in dict(SCALES)[f]} for f in fits]
    apart = sorted(set.union(*sets) - set.intersection(*sets), key=lambda pc: (pc - tonic) % 12)
    return (f"{said}: {_names([root + ' ' + f for f in fits])} {'both' if len(fits) == 2 else 'all'} hold them "
            f"({' or '.join(say.spoken_note(spell[pc]) for pc in apart)}, which would tell them apart, "
            f"{'is' if len(apart) == 1 else 'are'} not played).")


# "is the band playing the same thing every four bars?", "which bars would loop cleanly?" got the lock (the
# seventeenth session's sweep on ft_drive_ab152; round 39's an01, a radio edit of a verse's loop, dev): the figure the
# selected parts repeat (WindowAnalysis.bar_cycle) and the bars that differ from it.
BAND_FIGURE = r"(?:riff|figure|groove|vamp|ostinato)"  # a figure the band repeats, not a singer's line
LOOP_ASKED = (r"\bloop(?:s|ed|ing)? (?:cleanly|well|smoothly|round|around|seamlessly)\b|\b(?:which|what) bars?\b[^?]*"
              r"\bloop|\bloop(?:able| points?)\b|"
              # "can I just loop half of this hook? is the second half the same as the first?" (round 65's bn08 got
              # the singer's phrases, dev)
              # ("are these first four bars all the same? which one should I grab?": round 70's bs01, dev)
              r"\b(?:bars?|measures?)\b[^?]*\ball (?:the )?same\b|"
              r"\bwhich (?:bar|one) (?:should|do|would|to|can) (?:i )?(?:grab|loop|use|take)\b|"
              r"\bloop(?:s|ed|ing)?\b[^?]*\b(?:half|halves)\b|\b(?:first|second) half\b[^?]*\b(?:the same as the "
              r"first|repeats?|a repeat)\b|\bsame as the first half\b|"
              r"\bsame (?:thing|pattern|figure|riff|groove|part|bars?)s? (?:every|each)\b|\bevery time round\b|"
              r"\b(?:repeat\w*|same)\b[^?]*\bevery (?:one|two|four|eight|couple of|few) bars?\b|\bradio edit\b|"
              r"\brepeat\w* (?:a |the |one |its )?(?:pattern|figure|riff|groove|cycle|phrase)\b|"
              # "how many times does the riff repeat?" went to the singer's phrases (the twentieth session's sweep on
              # Beatles, dev): a riff, a figure, a groove are the band's
              rf"\b{BAND_FIGURE}s?\b[^?]*\b(?:repeat\w*|go(?:es)? round|comes? round)\b|"
              r"\bhow many times\b[^?]*\b(?:riff|figure|groove|pattern|vamp|ostinato)s?\b|"
              # "is this part repetitive?" (the twenty-fourth session's sweep on Beatles got the singer's phrases, dev)
              r"\brepetitive\b|\brepeat(?:s|ing)? itself\b|\bsame (?:thing )?over and over\b")
FIGURE_WORDS = {1: "one-bar", 2: "two-bar", 4: "four-bar", 8: "eight-bar"}


def _loop_sentence(a: WindowAnalysis, live: list[str], question: str | None,
                  named: list[str] | None = None) -> str | None:
    """The figure the selected parts repeat, how often, and the bars that differ from it, where asked; asked about
    one part ("how many times does the bass riff go round?"), that part's own figure (BarCycle.each)."""
    if not re.search(LOOP_ASKED, (question or "").lower()) or not live or live == [MIX_STEM]:
        return None
    c = a.bar_cycle
    parts = f"{'all of ' if len(live) > 1 else ''}the {_names(live)}"
    tried = [n for n in FIGURE_WORDS if len(c.bars) >= 2 * n] if c is not None else []
    if c is None or len(tried) < 2:  # (too few bars to hear a figure of two bars twice: nothing said)
        return None
    one = next((x for x in (named or []) if x in c.each), None)
    if one is not None and len(live) > 1:
        n = c.each[one]
        if not n:
            lengths = spoken_list([count_word(k) for k in tried]).replace(" and ", " or ")
            return (f"The {one} {verb([one], 'does', 'do')} not repeat a figure of {lengths} bars through this window, "
                    "as transcribed: it changes as it goes.")
        times, spare = divmod(len(c.bars), n)
        return (f"The {one} {verb([one], 'plays', 'play')} a {FIGURE_WORDS[n]} figure here, {count_word(times)} times "
                f"through" + (f" with {count_word(spare)} bar{'s' if spare > 1 else ''} over" if spare else "") + ".")
    if c.length is None:
        own = [f"the {stem} {verb([stem], 'repeats', 'repeat')} a {FIGURE_WORDS[n]} figure" for stem, n in c.each.items()
               if n]
        none = [stem for stem, n in c.each.items() if not n]
        lengths = spoken_list([count_word(n) for n in tried]).replace(" and ", " or ")
        return (f"No figure of {lengths} bars repeats through this window for {parts}"
                + (f": {spoken_list(own)}, but the {_names(none)} {verb(none, 'does', 'do')} not as transcribed"
                   if own else ", as transcribed")
                + ", so a loop of these bars would not come round the same.")
    times, spare = divmod(len(c.bars), c.length)
    order = chart_bar_numbers(a)
    said = (f"The {_names(live)} {verb(live, 'plays', 'play')} a {FIGURE_WORDS[c.length]} figure here, "
            f"{count_word(times)} times through"
            + (f" with {count_word(spare)} bar{'s' if spare > 1 else ''} over" if spare else ""))
    if not c.differ:
        return said + (", the same each time round, so any one of its whole bars loops cleanly." if c.length == 1 else
                       f", the same each time round, so any {count_word(c.length)} whole bars of it loop cleanly.")
    diffs = []
    for bar, stems in list(c.differ.items())[:3]:
        here = _bars_here(order, [bar])
        if here:
            diffs.append(f"the {_names(stems)} in {here}")
    more = len(c.differ) > 3
    return (said + ", the same each time round but for " + spoken_list(diffs) + (" and more" if more else "") + "."
            if diffs else said + ".")


COMEBACK_ASKED = (r"\bback (?:up )?to where\b|\bas loud as (?:before|it was)\b|\bback to (?:the same|full) level\b|"
                  r"\bcomes? back up\b|\bback up to\b")
BACK_WORDS = ((-2.0, "about back where it was before the drop"), (-6.0, "a little under where it was before the drop"),
              (-99.0, "clearly under where it was before the drop"))


def _level_drops(a: WindowAnalysis, rises: bool = False) -> tuple[list[int], list[float], list[int]]:
    """(the window's whole bars in order, each one's level (bar_levels_db), the places in that list where the level
    falls LEVEL_JUMP_DB or more under the bar before; ``rises``: where it climbs that much over it)."""
    bars = sorted(a.bar_levels_db)
    level = [a.bar_levels_db[b] for b in bars]
    sign = -1.0 if rises else 1.0
    return bars, level, [i for i in range(1, len(bars)) if sign * (level[i - 1] - level[i]) >= LEVEL_JUMP_DB]


def _comeback_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """Where the level drops, where it comes back, and whether it comes back to where it was (bar_levels_db: each
    bar's level where its parts sound), where the question asks it ("when it comes back up, is it back to where it
    was?" got the drop and the return, and 'isn't shown': round 30's ae07, dev)."""
    if not re.search(COMEBACK_ASKED, (question or "").lower()) or len(a.bar_levels_db) < 3:
        return None
    bars, level, drops = _level_drops(a)
    drop = drops[0] if drops else None
    if drop is None:
        return "The level does not drop here: no bar falls clearly under the one before it."
    back = next((i for i in range(drop + 1, len(bars)) if level[i] >= level[i - 1] + LEVEL_JUMP_DB), None)
    order = chart_bar_numbers(a)

    def nth(i: int) -> str:
        return _bar_here(order, bars[i]) or "later on"
    if back is None:
        return f"The level drops from {nth(drop)} and does not come back up inside the window."
    before, after = float(np.mean(level[:drop])), float(np.mean(level[back:]))
    diff = after - before
    words = "louder than before the drop" if diff >= 2.0 else next(w for lim, w in BACK_WORDS if diff >= lim)
    return f"The level drops from {nth(drop)} and comes back up from {nth(back)}, {words}."


# what a producer means to make: "writing the bass part", "want to add strings", "programming a synth", "doubling it"
# ("lining up a keys comp with him", "putting a synth line above the guitar": round 35's aj09 and aj02, dev)
# ("want to put an acoustic guitar under her -- what key is she singing in?" got "This track has no guitar stem":
# round 41's ap03, dev)
# "our singer", "my drummer": the producer's own player, no part of the track where the track has none
OWN_PERSON = (r"\b(?:my|our)\s+(?:[\w-]+\s+)?(?:singer|vocalist|drummer|bassist|bass player|guitarist|guitar player|"
              r"pianist|keys player|keyboard player|player)s?\b")
# "the bass player wants to follow the guitarist's thumb": a player about to do something is the producer's
PLAN_PERSON = (r"\b(?:[\w-]+\s+)?(?:singer|vocalist|drummer|bassist|bass player|guitarist|guitar player|pianist|"
               r"keys player|keyboard player|player|organist)s? (?:wants?|needs?|is going|'s going|is gonna|will|'ll)"
               r"(?: to)?\b")
# "gonna take a slow guitar solo over the outro": the producer's own solo (round 66's bo06 got "This track has no
# guitar stem" and the piano's lead said unread, dev)
SOLO_PLAN = (r"\b(?:i'm|i am|i'll|i|we're|we|gonna|going to|want to|wanna|to) (?:\w+ )?"
             r"(?:take|taking|improvis\w*|blow|blowing) (?:a |an |my )(?:\w+ ){0,2}solo\b"
             r"(?:(?!" + CLAUSE_DASH + r")[^,.;?!])*")
PLANNED_PART = (r"\b(?:writ|add|program|record|doubl|lay(?:ing)? down|arrang|lin(?:e|es|ing) up|putting|put\b)\w*\b"
                r"(?:(?!" + CLAUSE_DASH + r")[^,.;?!])*|" + SOLO_PLAN +
                # "going to comp on piano with this guitarist" (round 80's cc03 got "This track has no piano stem")
                r"|\bcomp(?:s|ing)? (?:on|along|behind|under|with)\b(?:(?!" + CLAUSE_DASH + r")[^,.;?!])*" +
                # "is there room for a guitar solo over this?" over a track with no guitar (the twenty-first
                # session's sweep on ft_ballad_eb54 got "This track has no guitar stem", dev)
                r"|\b(?:room|space|a (?:place|spot|gap)) for\b(?:(?!" + CLAUSE_DASH + r")[^,.;?!])*"
                # "want a sax fill in the hole in her verse line" (round 72's bu02, dev: "This track has no stem for
                # the sax")
                r"|\b(?:want|wanna|need)(?: to \w+)? (?:a |an |some |my |our )(?:\w+ ){0,2}(?:fill|line|part|pad|arp|"
                r"solo|riff|answer|harmony|lick|stab|hit|layer|counter-?melody)s?\b"
                r"(?:(?! (?:that|which|like|against|answer\w*|over|under|with|to)\b)(?!" + CLAUSE_DASH + r")[^,.;?!])*")


DIG_ASKED = (r"\bdig(?:s|ging)? in\b|\b(?:hits?|hitting|plays?|playing|digs?) (?:it |them |in )?harder\b|"
             r"\bhold(?:s|ing)? back\b|\bback(?:s|ing)? off\b|\bharder or softer\b|\bsofter or harder\b|"
             r"\bease(?:s)? off\b|\blay(?:s|ing)? back (?:on|in) (?:the )?(?:level|volume|dynamics)\b|"
             # "riding the drum bus out of the drum solo -- does the band come back in hot, or settle right back down?
             # where do I pull the drums back?" got the selection's loudest bars, not the drums' drop (round 109's
             # df12, dev)
             r"\bcome(?:s)? (?:back )?in (?:hot|hard|harder|loud|louder|big)\b|\bsettles? (?:right )?(?:back )?down\b|"
             # "he takes that break lighter than the chorus, doesn't he?" (round 126's dw03, dev: the vocals' own
             # level was said for the drums named)
             r"\b(?:lighter|softer|harder|heavier|gentler|quieter) than (?:in )?(?:the |that |this )?(?:chorus|verse|"
             r"bridge|intro|hook|groove|bars? before|section before|before|it was)\b")
# a part's level after a change against before it, in dB (a musician's steps: a decibel is about the least a listener
# hears as harder; three is clearly harder); its hits a bar half as many again (or a third fewer) is busier (sparser)
DIG_SAME_DB, DIG_CLEAR_DB = 1.0, 3.0
DIG_BUSIER = 1.5
ASKED_TIME = re.compile(r"\b(?:at|around|about|from|by|near|after|before)\s+(?:about\s+|around\s+)?"
                        r"(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds)\b")


def _asked_time(a: WindowAnalysis, question: str | None) -> float | None:
    """A time the question names in seconds ("when the verse comes in at 10 s"), where it lies inside the window."""
    m = ASKED_TIME.search((question or "").lower())
    return float(m.group(1)) if m is not None and a.window.start_s <= float(m.group(1)) <= a.window.end_s else None


# "how hard is he playing in each part? does he come back as hard as the chorus, and is he ever out?": the named part's
# level in each of the window's sections (round 55's bd11, dev: got its phrases, "none plays an earlier one again")
PART_SECTIONS_ASKED = (r"\bhow (?:hard|loud|soft)\b[^?]*\b(?:each|every|the) (?:part|section)s?\b|"
                       r"\b(?:in|through|across) (?:each|every) (?:part|section)\b|"
                       r"\b(?:as hard|as loud) as (?:the|in the|on the) (?:chorus|verse|bridge|hook|first|last)\b")


def _part_sections_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """The named part's level in each of the window's sections (its whole bars between the section changes, the
    attack of its strokes where every bar has one, else its level; part_bar_levels): where it is loudest, how far
    under that each other section is, and the sections it sits out, where asked."""
    if not named or named[0] in (MIX_STEM,) or not re.search(PART_SECTIONS_ASKED, (question or "").lower()):
        return None
    stem, order = named[0], chart_bar_numbers(a)
    bars = a.part_bar_levels.get(stem, {})
    starts = sorted({e.bar for e in a.events if e.kind == "section" and e.bar in order})
    if not starts or not bars or not order:
        return None
    edges = [order[0]] + [b for b in starts if b > order[0]] + [order[-1] + 1]
    struck = all(x[3] is not None for x in bars.values())
    spans = []
    for lo, hi in zip(edges, edges[1:]):
        inside = [n for n in order if lo <= n < hi and n in bars]
        # (a section it comes into late is said from where it plays: a stop at the change is said apart, below)
        spans.append((inside[0] if inside and lo != edges[0] else lo,
                      float(np.mean([bars[n][3] if struck else bars[n][1] for n in inside])) if inside else None))
    playing = [v for _, v in spans if v is not None]
    if len(spans) < 2 or not playing:
        return None
    top = max(playing)

    def where(lo: int, first: bool) -> str:
        here = _bar_here(order, lo)
        return "up to the first section change" if first else f"from {here}" if here else "later"
    said = []
    for k, (lo, v) in enumerate(spans):
        at = where(lo, k == 0)
        gap = round(top - v) if v is not None else None
        said.append(f"{at} it sits out" if v is None else f"{at} it plays hardest" if v == top else
                    f"{at} about as hard" if gap < DIG_CLEAR_DB else f"{at} about {count_word(gap)} decibels under that")
    # the whole bars it sits out between bars it plays (a stop inside a section)
    played = [n for n in order if n in bars]
    gaps = [n for n in order if played and played[0] < n < played[-1] and n not in bars]
    runs: list[list[int]] = []
    for n in gaps:
        if runs and order.index(n) == order.index(runs[-1][-1]) + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    out = [f"from {_bar_here(order, r[0])}" + (f" through {_bar_here(order, r[-1])}" if len(r) > 1 else "")
           for r in runs if _bar_here(order, r[0]) and _bar_here(order, r[-1])]
    how = " (each stroke's attack)" if struck else ""
    hardest = next(k for k, (_, v) in enumerate(spans) if v == top)
    said = said[hardest:hardest + 1] + said[:hardest] + said[hardest + 1:]  # the hardest first: "under that" reads on
    return (f"Section by section here, the {stem}{how}: " + "; ".join(said) +
            (f"; it sits out {_names(out)}" if out else "") + ".")


def _harder(before: list, after: list) -> tuple[float, str]:
    """How much harder a part plays over ``after``'s bars than ``before``'s (part_bar_levels rows: start, level, hits,
    attack), in decibels and in words: how hard its strokes are struck where every bar has one (a bar of fewer, harder
    hits sounds no louder on average: round 52's ba04, dev), else how loud it sounds."""
    struck = all(x[3] is not None for x in before + after)
    d = float(np.mean([x[3] if struck else x[1] for x in after]) - np.mean([x[3] if struck else x[1] for x in before]))
    words = ("clearly harder than before" if d >= DIG_CLEAR_DB else "a little harder than before" if d >= DIG_SAME_DB
             else "clearly softer than before" if d <= -DIG_CLEAR_DB else "a touch softer than before"
             if d <= -DIG_SAME_DB else "at about the same level as before")
    return d, words + (" (each stroke's attack)" if struck else "")


def _dig_subjects(text: str, end: int, named: list[str]) -> list[str]:
    """The parts a dig-in verb ending at ``end`` is said of: the part named last before it in its clause
    (:func:`_subject_of`), with the parts joined to it by "and" ("do the drums and bass dig in harder?" asked of both;
    round 116's dm07 got the bass alone, dev); else the first part the question names."""
    last = _subject_of(text, end)
    if last is None:
        return named[:1]
    clause = re.split(r"[?.,;!]|\bif\b|\bwhen\b|\bwhile\b|\bonce\b|\bas soon as\b", text[:end])[-1]
    joined = re.search(r"((?:(?:the|his|her|their) )?[\w-]+(?: (?:and|&) (?:(?:the|his|her|their) )?[\w-]+)+)\s+\S+"
                       r"(?: \S+)?$", clause[-2 * ENTRY_SUBJECT_CHARS:])
    parts = named_stems(joined.group(1)) if joined else []
    return list(dict.fromkeys(parts)) if last in parts and len(parts) > 1 else [last]


def _dig_stems(question: str | None, named: list[str]) -> list[str]:
    """The parts a question asks to dig in (:func:`_dig_subjects`), the named first where it asks none."""
    hit = re.search(DIG_ASKED, (question or "").lower())
    return _dig_subjects((question or "").lower(), hit.end(), named) if hit and named else named[:1]


def _dig_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """Whether the named parts dig in or hold back across the window's change (the bar a time in the question
    names, else its section change, else the first entry): each one's level and its hits a bar over the bars after
    the change against those before it (part_bar_levels). "When the verse comes in at ten seconds, does the drummer
    dig in harder or hold back?" got the entries alone (round 33's ah10, dev)."""
    if not named or named[0] == MIX_STEM or not re.search(DIG_ASKED, (question or "").lower()):
        return None
    # the parts said to dig in, not the singer
    stems = [x for x in _dig_stems(question, named) if x in a.part_bar_levels and x != MIX_STEM]
    said = [x for x in (_dig_clause(a, stem, question) for stem in stems) if x]
    if not said:
        return None
    # (the place said once where the parts change at the same bar)
    return "; ".join(f"From {where}, {body}" if k == 0 or where != said[0][0] else body
                     for k, (where, body) in enumerate(said)) + "."


def _dig_clause(a: WindowAnalysis, stem: str, question: str | None) -> tuple[str, str] | None:
    """('the third bar here', 'the bass plays a touch softer than before, with about as many notes a bar: it does not
    dig in'): where one part's change is read and what it does there (:func:`_dig_sentence`)."""
    bars = a.part_bar_levels[stem]
    t = _asked_time(a, question)
    # (a time within a quarter second of a bar line is that bar's start: a producer rounds to the second)
    asked = next((n for n in sorted(bars, reverse=True) if bars[n][0] - 0.25 <= t), None) if t is not None else None
    section = section_change(a.events, placed=True)
    # (else where another part comes in, or where the part plays on alone: a drum break after the band stops)
    change = asked or (section.bar if section is not None else None) or \
        next((e.bar for e in a.events if e.bar and ((e.kind == "enters" and stem not in e.stems) or
                                                     (e.kind == "break" and stem in e.stems))), None)
    before, after = _around(bars, change)
    if not before or not after:
        return None
    d, level = _harder(before, after)
    hits = (np.mean([x[2] for x in after]) + 1) / (np.mean([x[2] for x in before]) + 1)
    unit = "hits" if stem == "drums" else "notes"
    busy = (f", with more {unit} a bar" if hits >= DIG_BUSIER else f", with fewer {unit} a bar"
            if hits <= 1 / DIG_BUSIER else f", with about as many {unit} a bar")
    part = [stem]
    if d >= DIG_CLEAR_DB or hits >= DIG_BUSIER:
        verdict = verb(part, "digs in", "dig in")
    elif d >= DIG_SAME_DB:
        verdict = verb(part, "digs in a little", "dig in a little")
    elif d <= -DIG_CLEAR_DB or hits <= 1 / DIG_BUSIER:
        verdict = verb(part, "holds back", "hold back")
    elif d <= -DIG_SAME_DB:
        verdict = verb(part, "does not dig in", "do not dig in")
    else:
        verdict = verb(part, "neither digs in nor holds back", "neither dig in nor hold back")
    new = [x for e in a.events if e.kind == "enters" and e.bar in (change, change - 1 if change else None)
           for x in e.stems if x != stem]
    order = chart_bar_numbers(a)
    if change not in order:  # (a drum break has no chord to chart: its bar placed as an event's is)
        order = _track_bar_order(a)
    where = _bar_here(order, change)
    lift = (f"; the lift there comes from the {_names(list(dict.fromkeys(new)))} coming in"
            if new and not verdict.startswith("dig") else "")
    return where or "the change", (f"the {stem} {verb(part, 'plays', 'play')} {level}{busy}: "
                                   f"{verb(part, 'it', 'they')} {verdict}{lift}")


# (the downbeat as a place to find; "is he getting there early, right on the downbeat, or after?" names it as the
# reference of another ask: round 35's aj09, dev)
DOWNBEAT_ASKED = (r"\bwhere\b[^?]*\bdownbeats?\b|\bfirst downbeat\b|"
                  r"\bdownbeats?\b[^?]*\b(?:middle|halfway|centre|center)\b|"
                  r"\bdownbeats? (?:falls?|lands?|is|are|comes?)\b|"
                  r"\b(?:find|hear|count) the downbeat\b|"
                  r"\bwhere(?:'s| is) (?:the (?:one|first one)|(?:the )?bar ?line)\b|"
                  # a bare "where's one?", "where's beat one?" (ONE_PRONOUN: not where "one" is a thing just named)
                  r"\bwhere(?:'s| is) (?:beat )?(?:one|1)\b|\bwhere (?:does|do) (?:the |beat )?one "
                  r"(?:lands?|falls?|comes?|hits?)\b|"
                  r"\bwhere (?:does|do) (?:the |a |each )?(?:bars?|measures?) (?:start|begin)\b|"
                  # "how many bars is this and where do they start?" (the eighteenth session's sweep, dev)
                  r"\bbars?\b[^?]*\bwhere (?:do|does) (?:they|it|each one) (?:start|begin)\b|"
                  # (not a part lined up with a moment the question places: "line up a guitar slide with the spot
                  # where he goes round the toms" asks the fill, round 99's cv01, dev)
                  r"\bline (?:it |this |that |a \w+ )?up\b(?![^?]*?\bwith (?:the |his |her |their )?(?:spot|place|"
                  r"moment|point|bit|fill|roll|hit|crash|break|entry|entrance|stop)\b)")


# "one" as the pronoun of a thing the clause before names with an article ("a clean crash -- where is one?", "is there
# a fill? where's one?" got the downbeat: the twenty-ninth session's review); "I keep losing the count after a fill --
# where's one?" still asks the downbeat
ONE_PRONOUN = (r"(?:^|[?;,.!]|" + CLAUSE_DASH + r")\s*(?:(?:an?|any|some) |(?:is|are) there (?:an?|any|some) |"
               r"(?:got|need|want) (?:an?|any|some) )[^?;,.!]*?(?:[?;,.!]|" + CLAUSE_DASH + r")\s*"
               r"where(?:'s| is) one\b")


# a section asked by a name a player gives it ("the chorus", "the drop", "this section"): the window's section change
SECTION_WORD = r"\b(?:chorus|verse|bridge|section|drop|hook|refrain|outro|pre-?chorus|middle eight)\b"


def _downbeat_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """Where the window's first downbeat falls against its start (WindowInfo.first_beat_in_bar), where asked: "where's
    the first downbeat in this window, I need to line up a sample" got the singer's phrases (the fourteenth session's
    sweep on Rock, dev)."""
    w = a.window
    text = (question or "").lower()
    if not re.search(DOWNBEAT_ASKED, re.sub(ONE_PRONOUN, " ", text)):
        return None
    change = section_change(a.events) if re.search(SECTION_WORD, text) else None
    if change is not None:  # "where's the downbeat of the chorus?": the new section's, not the window's first
        # (the twenty-fourth session's sweep on ft_ballad_csm76, dev: it got the window's first downbeat)
        into = f" into the {w.sections[1].label} part" if len(w.sections) > 1 else ""
        return (f"The section change{into} falls {_event_at(a, change)}" +
                (", its first downbeat." if change.beat == 1 else ", not on a downbeat."))
    if w.first_beat_in_bar is None:
        return None
    beats_per_bar = a.meter.beats_per_bar if a.meter is not None and a.meter.beats_per_bar else None
    middle = _middle_downbeat_sentence(a, beats_per_bar) if re.search(MIDDLE_ASKED, text) else None
    if middle:
        return middle
    x = w.start_in_bar
    if x is not None and beats_per_bar and x != int(x) and x < beats_per_bar + 1:  # between beats
        return _between_beats_sentence(w, int(x), x - int(x), beats_per_bar)
    if w.first_beat_in_bar == 1:
        return "The window starts on a downbeat: its first beat is the one of a bar."
    if w.first_beat_in_bar - 1 >= len(ORDINAL_WORDS):
        return None
    return (f"The window starts on the {ORDINAL_WORDS[w.first_beat_in_bar - 1]} beat of a bar" +
            _downbeat_lead(w, beats_per_bar - w.first_beat_in_bar + 1 if beats_per_bar and beats_per_bar >=
                           w.first_beat_in_bar else None))


# "where's a clean downbeat to cut on near the middle?" (the thirty-seventh session's sweep on Punk got "the window
# starts on a downbeat", dev)
MIDDLE_ASKED = r"\b(?:middle|halfway|half-way|half way|midpoint|mid-point|centre|center)\b"


def _middle_downbeat_sentence(a: WindowAnalysis, beats_per_bar: int | None) -> str | None:
    """The window's downbeat nearest its middle (its bars from its first downbeat, at the meter's tempo), with the
    section that begins there."""
    w, tempo = a.window, a.meter.tempo_bpm if a.meter is not None else None
    if w.first_downbeat_s is None or not tempo or not beats_per_bar or not w.bars:
        return None
    bar_s = beats_per_bar * 60.0 / tempo
    first = w.bars[0] + (0 if w.first_beat_in_bar == 1 else 1)  # the bar the first downbeat opens
    downs = [(first + k, w.first_downbeat_s + k * bar_s)
             for k in range(int((w.end_s - w.first_downbeat_s) / bar_s) + 1)]
    # (not the window's own first beat, nor one in its last quarter bar)
    downs = [x for x in downs if w.start_s + bar_s / 8 < x[1] < w.end_s - bar_s / 4] or downs[:1]
    bar, _ = min(downs, key=lambda x: abs(x[1] - (w.start_s + w.end_s) / 2))
    where = _bar_here(chart_bar_numbers(a), bar)
    if where is None:
        return None
    section = any(e.kind == "section" and e.bar == bar and e.beat == 1 for e in a.events)
    return (f"The downbeat nearest the middle of the window is the one of {where}" +
            (", where a new section begins." if section else "."))


SLIVER_BEAT = 0.25  # of a beat: a start this close after a beat is a sliver after it, this close before just ahead


def _between_beats_sentence(w, n: int, frac: float, per_bar: int) -> str | None:
    """Where a window starting between beats starts: a sliver after the ``n``th beat of its bar, just before the next,
    or between the two (WindowInfo.start_in_bar). A window from a downbeat plus 58 ms read "starts on the second beat
    of a bar, so the first downbeat comes three beats in" where its events put its start in the bar's first beat (the
    twenty-eighth session's known problems, dev)."""
    if n > len(ORDINAL_WORDS) or n > per_bar:
        return None
    nth = ORDINAL_WORDS[n - 1]
    if frac <= SLIVER_BEAT and n == 1:
        return ("The window starts a sliver after a downbeat, just inside the first beat of a bar: that bar line sits "
                "a hair before the window's start" +
                (", and the next one comes just under a bar in." if w.first_downbeat_s is not None else
                 ", and no other falls inside it."))
    if frac <= SLIVER_BEAT:
        return f"The window starts a sliver after the {nth} beat of a bar" + _downbeat_lead(w, per_bar - n + 1,
                                                                                           "just under ")
    if n == per_bar:  # between the bar's last beat and the next downbeat
        where = "just before" if frac >= 1 - SLIVER_BEAT else "between the last beat of a bar and"
        return (f"The window starts {where} a downbeat" +
                (", which comes less than a beat in." if w.first_downbeat_s is not None else "."))
    following = ORDINAL_WORDS[n] if n < len(ORDINAL_WORDS) else None
    if following is None:
        return None
    if frac >= 1 - SLIVER_BEAT:
        return f"The window starts just before the {following} beat of a bar" + _downbeat_lead(w, per_bar - n,
                                                                                              "just over ")
    lead = per_bar - n  # from the following beat to the downbeat
    if w.first_downbeat_s is None:
        return f"The window starts between the {nth} and {following} beats of a bar, and no downbeat falls inside it."
    # (after the following beat, about a beat and a half in: "comes one beat after the fourth" read as a riddle,
    # round 81's cd06 answer helper, dev)
    into = "about a beat and a half" if lead == 1 else f"about {count_word(lead)} and a half beats"
    return (f"The window starts between the {nth} and {following} beats of a bar, so the first downbeat comes "
            f"{into} in.")


def _downbeat_lead(w, lead_in: int | None, under: str = "") -> str:
    """The downbeat clause after where the window starts: ``lead_in`` beats in (``under`` a sliver less or more), or
    that none falls inside."""
    if w.first_downbeat_s is None:
        return ", and no downbeat falls inside it."
    return (f", so the first downbeat comes {under}{count_word(lead_in)} {'beat' if lead_in == 1 else 'beats'} in."
            if lead_in else ", and the first downbeat comes after it.")


FADE_ASKED = r"\bfad(?:e|es|ed|ing)\b|\bdies? away\b|\bdying (?:away|out)\b|\bpeters? out\b|\beas(?:e|es|ing) off\b"
FADE_STEP_DB, FADE_TOTAL_DB, HOLD_SPREAD_DB = 1.0, 6.0, 3.0  # a bar no louder than the one before (a fade) / in all


def _fade_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """Whether the band fades, or steps down and holds (bar_levels_db), where the question asks it ("is the band
    already fading this out at the end, or does it stay at one level?" got the drop into the coda and nothing of
    the level after it: round 32's ag10, dev). A fade: the bars after the last clear drop (or the window's) fall bar
    after bar, FADE_TOTAL_DB in all; a hold: they stay within HOLD_SPREAD_DB."""
    if not re.search(FADE_ASKED, (question or "").lower()) or len(a.bar_levels_db) < 3:
        return None
    bars, level, drops = _level_drops(a)
    start = drops[-1] if drops else 0
    tail = level[start:]
    where = (_bar_here(chart_bar_numbers(a), bars[start]) or "later on") if drops else None
    stepped = f"The level steps down from {where} and then" if where else "The level"
    if len(tail) >= 3 and all(y <= x + FADE_STEP_DB for x, y in zip(tail, tail[1:])) and \
            tail[0] - tail[-1] >= FADE_TOTAL_DB:
        return f"{stepped} falls bar after bar to the window's end: the band fades in its playing."
    easing = _parts_easing(a, bars[start:])
    if len(tail) >= 2 and max(tail) - min(tail) <= HOLD_SPREAD_DB:
        if easing:  # the band holds, a part within it eases off ("nobody's easing off, so I'll draw a fade" got "no
            # fade in the playing" over keys striking each chord softer: round 119's dp06, dev)
            return f"{stepped} holds within a few decibels to the window's end, but not every part: {easing}."
        return f"{stepped} holds at one level to the window's end: no fade in the playing."
    if len(tail) >= 2:
        return f"{stepped} moves up and down from bar to bar, with no steady fall" + (
            f"; but {easing}." if easing else ": no fade in the playing.")
    return f"{stepped} holds for the window's last bar." if where else None


# "do they ease in quietly and swell over the first few bars, or hit at full strength right on the downbeat?": whether
# the band's level climbs bar after bar or steps up and holds (round 125's dv07, dev: it got where the window's first
# downbeat falls)
SWELL_ASKED = (r"(?<!\bto )(?<!\ba )(?<!\bpad )(?<!\bsteel )(?<!\bstring )(?<!\bstrings )(?<!\bsynth )(?<!\bhorn )"
               # (a swell the producer adds is no level of the band's: "want a pedal steel swell under it", "a horn pad
               # to swell under the notes she leans on")
               r"\bswell(?:s|ing|ed)?\b(?! (?:under|behind|beneath)\b)|\bcrescendo\w*|"
               r"\b(?:ease|eases|easing|eased|fade|fades|fading|faded|creep|creeps|"
               r"creeping|crept) (?:it |them |themselves )?in\b(?! (?:a|an|the|some|my|our|his|her)\b)|"
               r"\bfull (?:strength|force|tilt|blast)\b|\bramp(?:s|ing|ed)? (?:it |them )?up\b")


def _swell_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """Whether the band swells in, or steps up and holds (bar_levels_db), where the question asks it: the bars after
    the last clear rise (LEVEL_JUMP_DB over the bar before; else the window's) climb bar after bar, FADE_TOTAL_DB in
    all (a swell), or stay within HOLD_SPREAD_DB (a hold) -- the fade's constants, turned over."""
    if not re.search(SWELL_ASKED, (question or "").lower()) or len(a.bar_levels_db) < 3:
        return None
    bars, level, rises = _level_drops(a, rises=True)
    start = rises[-1] if rises else 0
    tail = level[start:]
    where = (_bar_here(chart_bar_numbers(a), bars[start]) or "later on") if rises else None
    stepped = (f"The level jumps up about {_decibel_words(level[start] - level[start - 1])} at once at {where}, "
               "and then") if where else "The level"
    if len(tail) >= 3 and all(y >= x - FADE_STEP_DB for x, y in zip(tail, tail[1:])) and \
            tail[-1] - tail[0] >= FADE_TOTAL_DB:
        return f"{stepped} climbs bar after bar to the window's end: the band swells in its playing."
    if len(tail) >= 2 and max(tail) - min(tail) <= HOLD_SPREAD_DB:
        return (f"{stepped} holds at one level to the window's end: no swell" +
                (", the band in at full strength from its first bar." if where else "."))
    if len(tail) >= 2:
        return f"{stepped} moves up and down from bar to bar, with no steady climb: no swell."
    return f"{stepped} holds for the window's last bar." if where else None


# a part eases off where each of its bars is struck no harder than the one before (EASE_STEP_DB of slack) and its last
# bar's strokes lie EASE_TOTAL_DB or more under its first's: a softening a listener hears over a few bars, a musician's
# constants, not the band's fade (FADE_TOTAL_DB)
EASE_STEP_DB, EASE_TOTAL_DB = 0.5, 2.0


def _parts_easing(a: WindowAnalysis, bars: list[int]) -> str | None:
    """'the piano eases off, each bar struck softer than the one before, about three decibels down from the first bar
    here to the last, while the bass holds its level': the parts whose strokes soften bar after bar over ``bars``
    (part_bar_levels' attacks, over three bars or more), and those that hold; None where none softens."""
    eased, held = [], []
    for stem, rows in a.part_bar_levels.items():
        hits = [rows[b][3] for b in bars if b in rows and rows[b][3] is not None]
        if stem == MIX_STEM or len(hits) < 3 or len(hits) < len(bars):
            continue
        if all(y <= x + EASE_STEP_DB for x, y in zip(hits, hits[1:])) and hits[0] - hits[-1] >= EASE_TOTAL_DB:
            eased.append((stem, hits[0] - hits[-1]))
        elif max(hits) - min(hits) <= EASE_TOTAL_DB:
            held.append(stem)
    if not eased:
        return None
    stems = [stem for stem, _ in eased]
    down = _names([f"{_decibel_words(db)}{'' if len(eased) == 1 else ' for the ' + stem}" for stem, db in eased])
    rest = f", while the {_names(held)} {verb(held, 'holds', 'hold')} {its(held)} level" if held else ""
    return (f"the {_names(stems)} {verb(stems, 'eases', 'ease')} off, each bar struck softer than the one before, "
            f"about {down} down from the first bar here to the last{rest}")


def _decibel_words(db: float) -> str:
    """'three decibels', 'one decibel': a level step in whole decibels, in words."""
    n = max(1, int(round(db)))
    return f"{count_word(n)} decibel{'s' if n > 1 else ''}"


OUTSIDE_ASKED = (r"\boutside (?:of )?the (?:key|scale)\b|\bout of (?:the )?(?:key|scale)\b|\bnon-?diatonic\b|"
                 r"\bchromatic\b|\baccidentals?\b|\bnotes? not in the (?:key|scale)\b|"
                 # "is the singer in key with the guitar?", "is he off key?" (the thirty-seventh session's sweep on
                 # Punk got the key and the chords alone, dev)
                 r"\b(?:in|off)[- ]key\b|"
                 # "what notes is she singing? a couple of them sound outside to me" got her notes, none named outside
                 # (round 109's df11, dev)
                 r"\b(?:sound|sounds|sounding|seem|seems|feel|feels) (?:a bit |kind of |a little |a touch )?outside\b|"
                 # "what key is this, and does she ever step outside it?" (a sweep of compound questions, dev)
                 r"\b(?:keys?|scales?)\b[^?]*\b(?:steps?|stepping|go(?:es)?|going|strays?|wanders?) outside (?:of )?it\b|"
                 r"\b(?:keys?|scales?)\b[^?]*\bnotes? outside (?:of )?it\b|"
                 # a corrector locked to a key, asked which notes it will pull ("auto-tune set to G major -- which of
                 # his notes is it going to drag somewhere wrong?" got the tempo: round 71's bt05, dev)
                 r"(?=.*\b(?:auto-?tun\w*|pitch[- ]?correct\w*|melodyne)\b)"
                 r"(?=.*\b(?:key|scale|[a-g](?:#|b|[- ]?sharp|[- ]?flat)? (?:major|minor))\b)"
                 r".*\bnotes?\b[^?]*\b(?:drag|pull|yank|snap|tug|bend|force|mangle|mess|fight)\w*")
# the key a corrector or the producer sets, named ("set to G major", "locked to E minor"): the notes are read against it
SET_KEY = re.compile(r"\b(?:set|lock\w*|tuned|snap\w*)(?: (?:it|auto-?tune|melodyne|the \w+|my \w+))? (?:to|in|into) "
                     r"(?:the key of )?(?P<tonic>[a-g](?:#|b|[- ]?sharp|[- ]?flat)?) ?"
                     r"(?P<mode>major|minor|maj|min|m)\b")


def _outside_key_sentence(a: WindowAnalysis, hm: Harmony | None, named: list[str], question: str | None) -> str | None:
    """The named line's notes outside the key, bar by bar, where asked ("does she step outside the key anywhere on
    the way up?" got how she moves, for 'step': round 30's ae05, dev). The key is the window's; a minor key's
    leading note is in it."""
    if not re.search(OUTSIDE_ASKED, (question or "").lower()) or hm is None or not hm.key_in_window:
        return None
    # a window key that only leans is not the key its notes are heard in: the song's is (a solo voice's E flats said
    # "outside D minor" beside "its key is not clear ...; the song as a whole is in B flat major": the thirty-seventh
    # session's sweep on vocadito, dev)
    heard = hm.key_in_window if hm.key_clear or not hm.key_track_level else hm.key_track_level
    tonic, _, mode = heard.partition(" ")
    named_key = SET_KEY.search((question or "").lower())
    if named_key:  # the key the producer set, not the window's
        tonic = _spelled_tonic(named_key["tonic"])
        mode = "major" if named_key["mode"] in ("major", "maj") else "minor"
    if tonic not in PITCH_CLASS or mode not in ("major", "minor"):
        return None
    # the named part; with none named, every pitched part ("what key, and any notes outside it?" read the first part
    # alone: the nineteenth session's sweep on ft_drive_e24, dev)
    parts = [x for x in a.presence if x.bar_notes and x.stem not in (MIX_STEM, "drums")]
    if any(x.stem in named for x in a.presence):  # a selected part named: that one (none where it has no notes)
        parts = [x for x in parts if x.stem in named][:1]
    if not parts:
        return None
    root, minor = _tonic_symbol(f"{tonic} {mode}")
    steps = MINOR_STEPS + (11,) if minor else MAJOR_STEPS  # a minor key's raised seventh is in it
    scale = {(root + k) % 12 for k in steps}
    order = chart_bar_numbers(a)
    key = say.spoken_chord(tonic) + f" {mode}"
    outside, inside = [], []
    for p in parts:
        found = []
        for b in p.bar_notes:
            names = []
            for x in b.notes:
                name = x.rstrip("0123456789-")
                if name in PITCH_CLASS and PITCH_CLASS[name] not in scale and name not in names:
                    names.append(name)
            if names:
                where = _bar_here(order, b.bar) or "a later bar"
                # a plain letter a semitone from one of the key's notes is its natural ("D natural" in A flat major)
                spoken = [say.spoken_note(n) + (" natural" if len(n) == 1 and {(PITCH_CLASS[n] + 1) % 12,
                                                                               (PITCH_CLASS[n] - 1) % 12} & scale
                                                else "") for n in names]
                found.append(f"{_names(spoken)} in {where}")
        if found:
            acts = verb([p.stem], 'sings', 'sing') if p.stem == 'vocals' else verb([p.stem], 'plays', 'play')
            outside.append(f"the {p.stem} {acts} {_names(found)}")
        else:
            inside.append(p.stem)
    if not outside:
        return f"The {_names(inside)} {verb(inside, 'stays', 'stay')} inside {key} here: no note outside the key."
    rest = f"; the {_names(inside)} {verb(inside, 'stays', 'stay')} inside it" if inside else ""
    return f"Outside {key}, {'; '.join(outside)}{rest}."


HALF_TIME_ASKED = r"\bhalf[- ]time\b|\bdouble[- ]time\b"


def _kit_regular(d: DrumPattern) -> dict[str, set[str]]:
    """Each drum class's places struck in half the window's bars or more (one at least)."""
    return {c: {x for x, n in pos.items() if n >= max(1, 0.5 * d.bars)} for c, pos in d.positions.items()}


def _half_time_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """Half-time or not, from where the snare's backbeat falls (a four-beat bar): on three only, once a bar, it
    feels half-time; on two and four, it does not ("is it half-time here?" got the meter alone: a routing sweep,
    twelfth session, dev)."""
    d = a.drum_pattern
    if d is None or not re.search(HALF_TIME_ASKED, (question or "").lower()) or d.count_in.startswith("eighth"):
        return None
    regular = _kit_regular(d).get("snare", set())
    name = possessive(_kit_name("snare", d))  # (the side-stick's, where the backbeat is one)
    if "3" in regular and not regular & {"2", "4"}:
        return f"The {name} backbeat lands on three only, once a bar: it feels half-time."
    if {"2", "4"} <= regular:
        return f"It is not half-time: the {name} backbeat falls on two and four, as in the usual time."
    return None


# "is this a two-feel or four?" got "four to the bar" with 2/2 as its alternative, over a country kit's kick and hat on
# one and three and a side-stick on two and four, nothing between (round 108's de04, dev). A two-feel is felt in half
# notes: the bass on one and three only, or the kick on one and three under a backbeat on two and four with nothing
# between the beats (a boom-chick). In four: the bass on every beat (a walk), or the kick on every beat, or a drum
# keeping time between the beats. The bass decides where it is read (a jazz two-feel is the bass's).
TWO_FEEL_ASKED = (r"\b(?:two|2)[- ]feel\b|\bin (?:two|2)\b[^?]*\bor (?:in )?(?:four|4)\b|"
                  r"\bfe(?:el|lt)(?:s|ing)? (?:it |this |in it )?in (?:two|2)\b")
BASS_ONE_THREE, BASS_EVERY_BEAT = "on one and three", "on one, two, three and four"


def _two_feel_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """A two-feel or in four, from the bass's rhythm, else the kit's places (four-beat bars), where asked."""
    if not re.search(TWO_FEEL_ASKED, (question or "").lower()):
        return None
    bass = next((p for p in a.presence if p.stem == "bass" and p.rhythm), None)
    if bass is not None and bass.rhythm == BASS_ONE_THREE:
        return "A two-feel: the bass plays on one and three only, a note every half bar, felt in two."
    if bass is not None and bass.rhythm == BASS_EVERY_BEAT:
        return "In four, not a two-feel: the bass plays on every beat."
    d = a.drum_pattern
    if d is None or d.count_in.startswith("eighth"):
        return None
    regular = _kit_regular(d)
    back = next((c for c in ("snare", "side-stick") if {"2", "4"} <= regular.get(c, set())), None)
    kick = regular.get("kick", set())
    between = sorted(c for c, xs in regular.items() if any(not x.isdigit() for x in xs))
    if {"1", "2", "3", "4"} <= kick:
        return "In four, not a two-feel: the kick plays on every beat."
    if between:
        name = _kit_name(between[0], d)
        return f"In four, not a two-feel: the {name} {_kit_is(name)} playing between the beats."
    if kick == {"1", "3"} and back:
        with_kick = [c for c, xs in regular.items() if c not in ("kick", back) and xs and xs <= {"1", "3"}]
        who = _names(["kick"] + [_kit_name(c, d) for c in with_kick])
        return (f"A two-feel: the {who} on one and three, the {_kit_name(back, d)} on two and four and nothing between "
                "the beats, a boom-chick felt in two.")
    return None


MOTION_WORDS = {"mostly by step": "mostly by step, a tone or less from note to note",
                "by steps and leaps": "by steps and leaps, about as often",
                "mostly by leaps": "mostly by leaps, jumping a third or more from note to note"}


def _motion_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """How the named line moves (Presence.motion), where the question asks it."""
    if not named or not re.search(MOTION_ASKED, (question or "").lower()):
        return None
    if re.search(WALK_WORD, (question or "").lower()):
        # "is the bass walking here?": yes or no first, from how it plays (a note on every beat, each a new one),
        # then how it moves (it got "moves mostly by leaps" alone: the twentieth session's sweep, dev)
        p = next((x for x in a.presence if x.stem == named[0] and x.playing), None)
        if p is not None and p.stem not in ("drums", MIX_STEM):
            moves = f", moving {_motion_words(p.motion)}" if p.motion else ""  # (the part sentence says how it plays)
            choice = re.search(r"\bor\b", (question or "").lower())  # "root-fifth or walking?": no yes or no
            if p.playing.startswith("a walking line"):
                return f"{'The' if choice else 'Yes: the'} {p.stem} {verb([p.stem], 'walks', 'walk')}{moves}."
            # (asked "on the roots or walking?", the choice's walking half answered: it got how the line moves alone,
            # the twenty-eighth session's read on Country1, dev)
            # (root and fifth answers the choice's other half: said by how the line moves, below)
            if not choice or not (p.motion or "").startswith("mostly by fifths"):
                moves = (f"; {verb([p.stem], 'it moves', 'they move')} {_motion_words(p.motion)}" if p.motion else "")
                return f"{'The' if choice else 'No: the'} {p.stem} {verb([p.stem], 'does', 'do')} not walk here{moves}."
    p = next((x for x in a.presence if x.stem == named[0] and x.motion), None)
    if p is None:
        return None
    return f"The {p.stem} {verb([p.stem], 'moves', 'move')} {_motion_words(p.motion)}."


def _motion_words(motion: str) -> str:
    """Presence.motion as said: 'mostly by fifths, between G and D' is root and fifth."""
    if motion.startswith("mostly by fifths"):
        pairs = [pair.split(" and ") for pair in motion.split("between ", 1)[-1].split(", ")]
        said = [" and ".join(say.spoken_note(x) for x in pair) for pair in pairs]
        return f"mostly a fifth at a time, root and fifth, between {'; '.join(said) if len(said) > 1 else said[0]}"
    return MOTION_WORDS[motion]


VOICING_ASKED = (r"\bpower ?chords?\b|\bfull chords?\b|\btriads?\b|\bvoicings?\b|\bdouble ?stops?\b|"
                 # (how many notes a chord holds, not how many a part plays: "how many notes in this bit?" got "the
                 # guitar's chords vary in size": the twenty-fourth session's sweep, dev)
                 r"\bhow many notes\b[^?]*\b(?:chords?|voicings?|at once|together|stacked|shapes?)\b")

# "what inversions is the keyboard using?", "what are the voicings, so the synth plays the same notes?": each chord's
# notes bottom to top and the chord tone at the bottom (Presence.chord_voicings)
INVERSION_ASKED = (r"\binversions?\b|\binverted\b|\broot position\b|\bvoicings?\b|\bslash chords?\b|"
                   # "are the keys already putting the roots at the bottom?" (round 72's bu06, dev)
                   r"\broots? (?:at|on|in) the (?:bottom|bass)\b|\b(?:bottom|lowest) notes?\b[^?]*\broots?\b|"
                   r"\bwhat notes\b[^?]*\bchords?\b|(?<!spreading )(?<!spreading the )(?<!spread the )(?<!spreads the )"
                   r"\bnotes (?:in|of) (?:the|his|her|their|each) chords?\b|"
                   # "chart it bar by bar, with the shapes the guitar's using" (round 123's dt05, dev: got the chart
                   # and one voicing)
                   r"\bchord shapes?\b|\b(?:which|what) shapes\b|"
                   r"\bshapes (?:(?:that )?(?:he|she|they|the \w+(?:'s)?)|(?:is|are) (?:he|she|they|the \w+))\b[^?]*"
                   r"\b(?:us\w*|play\w*|'s using)\b")
INVERSION_WORDS = {"root": "root position", "third": "first inversion", "fifth": "second inversion",
                   "seventh": "third inversion"}
VOICINGS_SAID = 4
# "which inversions is he using, and how does his hand move from chord to chord?" got the voicings alone (round 60's
# bi08, dev): the largest move any note of a voicing makes to the nearest note of the next, and the bottom notes
HAND_MOVE_ASKED = (r"\b(?:hands?|fingers?|voicings?|shapes?)\b[^?]*\b(?:mov\w*|jump\w*|shift\w*|get from|travel\w*)\b|"
                   r"\bvoice[- ]?lead\w*|\bfrom chord to chord\b|\bbetween (?:the )?(?:chords|voicings|shapes)\b")
HAND_STAYS_SEMITONES = 4  # no note moving further than a major third: the hand barely moves (inversions chosen close)


def _voiced_chords(p, question: str = "") -> str:
    """', voicing C sharp minor as E, G sharp, C sharp from the bottom (first inversion), A as ...': each of the
    part's chords once, in order, up to VOICINGS_SAID."""
    seen, said = set(), []
    for v in p.chord_voicings:
        if (v.chord, tuple(v.notes)) in seen:
            continue
        seen.add((v.chord, tuple(v.notes)))
        notes = _names([say.spoken_note(x) for x in v.notes])
        how = INVERSION_WORDS.get(v.bottom or "", "a note outside the chord at the bottom")
        said.append(f"{say.spoken_chord(v.chord)} as {notes}{' from the bottom' if not said else ''} ({how})")
    if not said:
        return ""
    more = len(said) > VOICINGS_SAID
    return ", voicing " + "; ".join(said[:VOICINGS_SAID]) + ("; and more" if more else "") + \
        (_hand_moves(p) if re.search(HAND_MOVE_ASKED, question.lower()) else "")


def _hand_moves(p) -> str:
    """'; from chord to chord no note moves more than a minor third (...): the hand barely moves': the largest move
    any note of a voicing makes to the nearest note of the next, over the part's voicings in order."""
    shapes = [k for k, _ in groupby(tuple(v.notes) for v in p.chord_voicings)]  # (a shape struck again: once)
    if len(shapes) < 2:
        return ""
    seq = [[note_number(x) for x in k] for k in shapes]
    most = max(min(abs(x - y) for y in a) for a, b in zip(seq, seq[1:]) for x in b)
    bottoms = _names([say.spoken_note(k[0]) for k in shapes])
    if most == 0:
        return "; from chord to chord the hand holds the same notes"
    width = _span_word(most) if most <= 12 else "more than an octave"
    how = ("the hand barely moves, each inversion chosen close to the last" if most <= HAND_STAYS_SEMITONES else
           "the hand shifts its shape a long way between them")
    return (f"; from chord to chord no note moves more than {width} to the nearest note of the next (the bottom "
            f"notes {bottoms}): {how}")


def _voicing_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """How many notes the named part's chords hold (Presence.voicing), where asked: "is he playing power chords or
    full chords?" (its first answer was inside the part's sentence, which a question naming chords, routed to the
    harmony, did not say first: "is the guitar playing power chords?" over MusicDelta Rock got the chart; the
    seventeenth session's sweep, dev). A part read as single notes is said so, with why a power chord can read so."""
    low = (question or "").lower()
    if not re.search(VOICING_ASKED, low) and not re.search(INVERSION_ASKED, low):
        return None
    pitched = [p for p in a.presence if p.stem not in ("drums", MIX_STEM) and p.playing]
    chordal = [x for x in pitched if "chords" in (x.playing or "")]
    # no part named: the one part striking chords, whichever it is (it was the first pitched part, which is the
    # vocals' or the bass's line when the chords are the keys')
    p = next((x for x in pitched if x.stem in named), None) or (chordal[0] if len(chordal) == 1 and not named else None)
    if p is None:
        return None
    voiced = _voiced_chords(p, low) if re.search(INVERSION_ASKED, low) else ""
    if p.voicing:
        return f"The {p.stem} {verb([p.stem], 'plays', 'play')} mostly {p.voicing} here{voiced}."
    if "chords" in p.playing and "one note at a time" not in p.playing:
        return (f"The {possessive(p.stem)} chords vary in size here{voiced}." if voiced else
                f"The {possessive(p.stem)} chords vary in size here: no one voicing leads.")
    power = ("; a distorted power chord's fifth lies on its root's own overtones, so it can read as single notes"
             if re.search(r"\bpower ?chords?\b|\bdouble ?stops?\b", low) else "")
    bottoms = _bottoms_against_roots(a, p) if re.search(INVERSION_ASKED, low) else None
    if bottoms:  # broken chords: the bottom of each bar's notes against its chord ("are the keys already putting the
        return bottoms  # roots at the bottom?" over rolling piano eighths got "no voicing is read": round 72's bu06)
    return (f"The {p.stem} {verb([p.stem], 'reads', 'read')} as single notes here, not chords ({p.playing}), so no "
            f"voicing is read{power}.")


BOTTOM_DEGREES = {0: "the root", 3: "the third", 4: "the third", 7: "the fifth", 10: "the seventh", 11: "the seventh"}


def _bottoms_against_roots(a: WindowAnalysis, p) -> str | None:
    """'The piano's lowest notes are E under A, F sharp under B and E under C sharp minor: the fifth, the fifth and
    the third, so its chords sit in inversions, not on their roots': each chart bar's lowest note of the part
    (Presence.bar_lows) against the bar's one chord."""
    grid = a.chord_grid
    if grid is None or not p.bar_lows or p.stem in ("bass", "vocals"):  # (a line's lowest note is no chord's bottom)
        return None
    lows = dict(p.bar_lows)
    names = _chart_spelling(a)
    pairs = []
    for row in grid.bars:
        parsed = parse_symbol(row.chords[0]) if len(row.chords) == 1 else None
        if parsed is None or row.bar not in lows:
            continue
        pairs.append((say.spoken_note(names[lows[row.bar] % 12]), say.spoken_chord(row.chords[0]),
                      BOTTOM_DEGREES.get((lows[row.bar] - parsed[0]) % 12, "a note outside the chord")))
    if len(pairs) < 2 or len(pairs) < 0.5 * len(grid.bars):
        return None
    pairs = [x for i, x in enumerate(pairs) if i == 0 or x != pairs[i - 1]][:VOICINGS_SAID]  # (a bar held on: once)
    degrees = [d for _, _, d in pairs]
    roots = sum(d == "the root" for d in degrees)
    verdict = ("so its chords sit on their roots" if roots == len(degrees) else
               "so its chords sit in inversions, not on their roots" if roots == 0 else
               f"the root at the bottom in {count_word(roots)} of {count_word(len(degrees))} bars")
    return (f"The {possessive(p.stem)} lowest notes are {_names([f'{n} under {c}' for n, c, _ in pairs])}: "
            f"{_names(degrees)}, {verdict}.")


# "programming his comp with a strum plugin -- are the notes all together or rolled, which way, how many ms?": how the
# chords' notes spread (Presence.chord_roll; round 59's bh03, dev: not measured then)
ROLL_ASKED = (r"^(?=[^?]*\b(?:chords?|strum\w*|notes|voicings?|arpeggi\w*|keys|piano|guitar)\b)"
              r"(?![^?]*\b(?:and|drum|snare|tom|press) rolls?\b)[^?]*(?:\brolled\b|\brolls?\b(?![- ]off)|"
              r"\brolling\b(?![- ]off)|\bstaggered\b|\ball at once\b)|\bhumaniz\w*|"
              r"\b(?:strum|stroke) direction\b|\b(?:down|up)[- ]?(?:strum|stroke)s?\b|\bwhich way\b[^?]*\bstrum|"
              r"\bstrum\w*\b[^?]*\bwhich way\b|\btogether or\b[^?]*\b(?:strum|spread|roll|arpeggiat)\w*|"
              # "is he late, early, or spreading the notes of each chord? ... which note sounds first" (round 125's
              # dv08, dev: got the voicings)
              r"\bspread(?:s|ing)? (?:out )?(?:the |his |her |their )?(?:notes|chords?)\b|"
              r"\bwhich (?:note|one) (?:of (?:the|each|his|her) chords? )?(?:sounds|comes|speaks|hits|lands) first\b")
TOGETHER_MS = 20.0  # a chord's notes within this start together (the transcription resolves about a hundredth)
ROLL_WAY_SHARE = 0.6  # of the rolled chords, the share rolled one way before that way is said


def _roll_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    if not re.search(ROLL_ASKED, (question or "").lower()):
        return None
    p = next((x for x in a.presence if x.chord_roll is not None and (x.stem in named or not named)), None)
    if p is None:
        return None
    r = p.chord_roll
    if r.spread_ms < TOGETHER_MS:
        # (within what the reading takes apart: a struck part's notes are placed on the chord's first attack, so a
        # 24-ms upward roll read "struck as one block, 0 ms" -- round 125's dv08, dev; said "within a hundredth of a
        # second" before)
        quick = count_word(int(round(r.resolution_ms / 10.0)) * 10)
        return (f"The {possessive(p.stem)} chord notes start together as read: struck or plucked at once, or rolled "
                f"over less than about {quick} milliseconds, which the reading does not take apart, so which note "
                "sounds first is not read.")
    tens = int(round(r.spread_ms / 10.0))
    words = count_word(tens * 10) if tens < 10 else None
    if r.spread_ms < ROLLED_MS:
        return (f"The {possessive(p.stem)} chord notes start nearly together, within about {words} milliseconds of "
                "each other: barely rolled.")
    way = ("from the lowest note up" if r.up_share >= ROLL_WAY_SHARE else "from the top note down"
           if r.down_share >= ROLL_WAY_SHARE else "in no steady direction")
    over = f"about {words} milliseconds" if words else "about a tenth of a second"
    rolls = verb([p.stem], "rolls", "roll")
    return f"The {p.stem} {rolls} {its([p.stem])} chords: the notes spread over {over}, {way}."


# "check the bass against the singer's line for parallel fifths or octaves -- are there any? exactly where?" was
# answered "not checked" (round 62's bk07, dev): the two lines' parallel fifths and octaves (WindowAnalysis.parallels)
PARALLEL_ASKED = (r"\bparallel (?:fifths?|octaves?|5ths?|8ves?|perfect)|\bconsecutive (?:fifths?|octaves?)\b|"
                  r"\bvoice[- ]?leading (?:errors?|mistakes?|rules?)\b")
MAX_PARALLELS_SAID = 6


def _parallels_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """Where two single lines move in parallel fifths or octaves (WindowAnalysis.parallels), or that they do not."""
    if not re.search(PARALLEL_ASKED, (question or "").lower()):
        return None
    chordal = [x for x in named if x not in {y for pair in a.parallel_pairs for y in pair} and any(
        p.stem == x and p.playing and "chords" in p.playing for p in a.presence)]
    if chordal:
        return (f"Parallel fifths and octaves are read between single lines: the {possessive(chordal[0])} chords' "
                "voices are not read apart, so its voice-leading is not checked here.")
    pairs = [x for x in a.parallel_pairs if len(named) < 2 or set(x) == set(named[:2])]
    pairs = [x for x in pairs if not named or set(named) & set(x)]
    if not pairs:
        return ("Parallel fifths and octaves are read between two single lines (a bass, a voice, a lead) playing a "
                "few notes each, and the selection here holds fewer than two.")
    lo, hi = pairs[0]
    found = [m for m in a.parallels if m.stems == (lo, hi)]
    order = _track_bar_order(a)
    if not found:
        return (f"No parallel fifths or octaves are read between the {lo} and the {hi} here: wherever both move, "
                "they do not move the same way from one fifth or octave into the next (as transcribed: a quick note "
                "the transcription merges with its neighbour can hide one).")
    said = []
    for m in found[:MAX_PARALLELS_SAID]:
        where = _beat_of_bar(order, m.bar, m.beat)
        where = f"into {where}" if where else say.where_words(m.time_s, a.window.start_s, a.window.duration_s)
        said.append(f"parallel {m.interval} {where} (the {lo} {say.spoken_note(m.low[0])} to {say.spoken_note(m.low[1])} under the "
                    f"{possessive(hi)} {say.spoken_note(m.high[0])} to {say.spoken_note(m.high[1])})")
    more = (f", and {count_word(len(found) - MAX_PARALLELS_SAID)} more" if len(found) > MAX_PARALLELS_SAID else "")
    return (f"Between the {lo} and the {hi} here, as transcribed: {_names(said)}{more}; no other parallel fifths or "
            "octaves.")


# "doubling his long shouted notes with a synth lead -- does he put vibrato on them? how fast and how wide, so I can
# set the LFO?" was answered "not measured" (round 61's bj01, dev): the singer's vibrato read at load (Presence.vibrato)
VIBRATO_ASKED = (r"\bvibrato\b|\b(?:wobbl\w*|waver\w*)\b(?![^?]*\b(?:time|timing|tempo|groove|rhythm|beat|bass)\b)"
                 r"[^?]*\b(?:pitch|voice|vocals?|singer|held notes?|long notes?)\b")
MAX_VIBRATO_SAID = 8


def _half_words(x: float, unit: str, units: str) -> str:
    """'five and a half cycles', 'a semitone and a half', 'half a semitone': a value to the nearest half, in words."""
    halves = max(1, int(round(2 * x)))
    whole, half = divmod(halves, 2)
    if whole == 0:
        return f"half a {unit}"
    if whole == 1:
        return f"a {unit} and a half" if half else f"a {unit}"
    return f"{count_word(whole)}{' and a half' if half else ''} {units}"


def _vibrato_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """Whether the singer puts vibrato on her notes here, how fast and how wide, and on which (Presence.vibrato); a
    vibrato asked of another part is said not to be measured."""
    if not re.search(VIBRATO_ASKED, (question or "").lower()):
        return None
    other = next((x for x in named if x not in ("vocals", MIX_STEM)), None)
    p = next((x for x in a.presence if x.stem == "vocals"), None)
    if other is not None and "vocals" not in named:
        return (f"Vibrato is read from a singer's pitch only: the {possessive(other)} vibrato is not measured here, "
                "only its notes.")
    if p is None:
        return "Vibrato is read from a singer's pitch only, and no vocals are selected here."
    if p.vibrato is None:
        return "The singer's vibrato was not read for this track: it is read when a track with a vocal is loaded."
    if not p.onsets and not p.vibrato:
        return "The vocals do not sing here, so there is no vibrato to read."
    held = [h for h in p.held if h.beats >= LONG_NOTE_BEATS]
    straight = [h for h in held if not any(v.time_s < h.end_s and h.time_s < v.end_s for v in p.vibrato)]
    order = _track_bar_order(a)

    def at(note: str, bar, beat, t: float) -> str:
        where = _beat_of_bar(order, bar, beat)
        name = say.spoken_note(note)
        return f"the {name} on {where}" if where else f"the {name} " + say.where_words(t, a.window.start_s,
                                                                                       a.window.duration_s)
    if not p.vibrato:
        return ("The vocals hold their notes straight here: no regular swing of pitch (a vibrato) on any of them"
                + (f", {count_word(len(held))} held notes among them" if len(held) > 1 else "") + ".")
    rates = sorted(v.rate_hz for v in p.vibrato)
    depths = sorted(v.depth_cents for v in p.vibrato)
    rate = _half_words(float(np.median(rates)), "cycle", "cycles")
    depth = _half_words(float(np.median(depths)) / 100.0, "semitone", "semitones")
    spread = (f", from {_half_words(depths[0] / 100.0, 'semitone', 'semitones')} to "
              f"{_half_words(depths[-1] / 100.0, 'semitone', 'semitones')}" if depths[-1] - depths[0] >= 75 else "")
    notes = [at(v.note, v.bar, v.beat, v.time_s) for v in p.vibrato[:MAX_VIBRATO_SAID]]
    more = f" and {count_word(len(p.vibrato) - MAX_VIBRATO_SAID)} more" if len(p.vibrato) > MAX_VIBRATO_SAID else ""
    rest = (f"; {_names([at(h.note, h.bar, h.beat, h.time_s) for h in straight[:4]])} "
            f"{'is' if len(straight) == 1 else 'are'} held straight" if straight else "")
    many = "one note" if len(p.vibrato) == 1 else f"{count_word(len(p.vibrato))} notes"
    return (f"The vocals put vibrato on {many} here, about {rate} a second and about {depth} wide from top to "
            f"bottom{spread}: {_names(notes)}{more}{rest}.")


# "teaching my piano student the keys part in this chorus -- she's got small hands and can just about reach an octave.
# any chords wider than that?" got the chart (round 61's bj06, dev): each chord shape's width, bottom to top
REACH_ASKED = (r"\b(?:wider|bigger|larger|more|further|farther) than an? (?:octave|ninth|tenth|sixth|seventh)\b|"
               r"\bsmall hands?\b|\b(?:reach|stretch|span)\w* (?:an? |one )?(?:octave|ninth|tenth)\b|"
               r"\b(?:hand|finger)s?\W? ?(?:span|stretch|reach)\b|\bhow (?:wide|big) (?:are|is) "
               r"(?:the |his |her |these |those )?(?:chords?|shapes?|voicings?)\b")


def _reach_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """How wide the named chord part's shapes are (Presence.chord_voicings), bottom note to top, the widest said and
    each shape; a shape that doubles its bottom note on top said so, with the width without it."""
    if not re.search(REACH_ASKED, (question or "").lower()):
        return None
    p = next((x for x in a.presence if x.chord_voicings and (x.stem in named or not named)), None)
    if p is None:
        return None
    shapes = list(dict.fromkeys((v.chord, tuple(v.notes)) for v in p.chord_voicings))
    hands = p.hands is not None and p.hands.split is not None and p.hands.left and p.hands.right
    if hands:  # a piano's left hand under its chords: the right hand's shapes are what it stretches for
        split = note_number(p.hands.split)
        shapes = list(dict.fromkeys((c, tuple(x for x in n if note_number(x) >= split)) for c, n in shapes))
        shapes = [(c, n) for c, n in shapes if len(n) >= 2]
        if not shapes:
            return None
    widths = [note_number(n[-1]) - note_number(n[0]) for _, n in shapes]
    widest = max(widths)
    said = "; ".join(f"{say.spoken_chord(c)} as {_names([say.spoken_note(x) for x in n])}"
                     for c, n in shapes[:VOICINGS_SAID])
    how = (f"each spans {_span_word(widest)}" if len(set(widths)) == 1 else
           f"the widest spans {_span_word(widest)}, the narrowest {_span_word(min(widths))}")
    more = "; and more" if len(shapes) > VOICINGS_SAID else ""
    whose = f"{possessive(p.stem)} right-hand" if hands else possessive(p.stem)
    of = " of the first few chords" if len(p.chord_voicings) >= MAX_VOICINGS else ""
    out = f"The {whose} chord shapes{of} here, bottom note to top: {how} ({said}{more})"
    if widest <= 12:
        out += ": none wider than an octave"
    if all(w == 12 and len(n) >= 3 for w, (_, n) in zip(widths, shapes)):
        inner = max(note_number(n[-2]) - note_number(n[0]) for _, n in shapes)
        out += (f", each doubling its bottom note an octave up on top (without that top note each fits within "
                f"{_span_word(inner)})")
    return out + "."


# "writing her half out as a lead sheet -- does she start her notes fresh on the one, or hold them over the bar line?
# which bar lines get a tie?" got where her lines start (round 61's bj03, dev): what the line does at each bar line
TIE_ASKED = (r"\b(?:ties?|tied)\b(?! (?:it|them|this|that|things?|everything|in|into|up|together|back|to|with)\b)"
             r"[^?]*\b(?:bar ?lines?|bars?|over|across|downbeats?|the one)\b|\bbar ?lines?\b[^?]*\b(?:ties?|tied)\b|"
             r"\b(?:over|across|through) (?:the |a )?bar ?lines?\b|\bfresh on the (?:one|downbeat)s?\b|"
             r"\bhold\w* (?:\w+ )?(?:over|across) the bar ?lines?\b")
MAX_CROSSINGS_SAID = 12  # bar lines said one by one up to this many


def _ties_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """'At its bar lines here the vocals hold a note over (a tie) into the sixth bar here (the F sharp from the third
    beat of the fifth), ...; start fresh on the one of ...; and rest over ...' (Presence.bar_crossings)."""
    low = (question or "").lower()
    if not re.search(TIE_ASKED, low) or (not named and re.search(r"\b(?:fills?|drums?|drummer|kit|snare|kick|"
                                                                r"crash\w*|cymbals?|toms?)\b", low)):
        return None  # ("does the fill run over the bar line?" asks the kit)
    by_stem = {x.stem: x for x in a.presence if x.bar_crossings}
    p = next((by_stem[x] for x in named if x in by_stem), None) or (next(iter(by_stem.values()), None) if not named
                                                                   else None)
    if p is None or len(p.bar_crossings) > MAX_CROSSINGS_SAID:
        return None
    order = _track_bar_order(a)
    held, fresh, slid, rest = [], [], [], []
    for x in p.bar_crossings:
        into = _bar_here(order, x.bar)
        if into is None:
            continue
        if x.how == "slide":
            slid.append(f"from the {say.spoken_note(x.from_note or '')} into the {say.spoken_note(x.note or '')} just "
                        f"after the one of {into}")
        elif x.how in ("held", "pushed"):
            struck = _beat_of_bar(order, x.from_bar, x.from_beat)
            struck = (f"struck just ahead of the line, on or after {struck}" if x.how == "pushed" else
                      f"from {struck}") if struck else "struck in the bar before"
            held.append(f"into {into} (the {say.spoken_note(x.note or '')}, {struck})")
        else:
            (fresh if x.how == "fresh" else rest).append(into.replace("the ", "", 1).replace(" bar here", ""))
    if not held and not fresh and not slid and not rest:
        return None
    stem = p.stem
    parts = []
    if held:
        parts.append(f"{verb([stem], 'holds', 'hold')} a note over (a tie) " + _names(held))
    if fresh:
        parts.append(f"{verb([stem], 'starts', 'start')} a note fresh on the one of the {_names(fresh)} "
                     f"{'bar' if len(fresh) == 1 else 'bars'} here")
    if slid:
        parts.append(f"{verb([stem], 'runs', 'run')} on over the line without a break " + _names(slid))
    if rest:
        parts.append(f"{verb([stem], 'rests', 'rest')} over the line into the {_names(rest)} "
                     f"{'bar' if len(rest) == 1 else 'bars'} here")
    lead = "At its bar lines here the " + stem + " " + ("; ".join(parts[:-1]) + "; and " + parts[-1]
                                                     if len(parts) > 1 else parts[0])
    return lead + ("." if held else ": no tie across a bar line.")


ENDS_ASKED = (r"\b(?:ends?|ending|finish(?:es)?|lands?|landing|resolves?|resolving)\b[^?]*\b(?:lines?|phrases?)\b|"
              r"\b(?:lines?|phrases?)\b[^?]*\b(?:ends?|ending|finish(?:es)?|lands?|resolves?)\b(?! up)|"
              r"\blast (?:note|word|syllable)s?\b")


ENDS_WHERE_ASKED = r"\b(?:where|when|which beat|what beat|on the beat|on the one|exactly|delay throws?|timing)\b"


def _ends_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """The note each of the named part's lines ends on (Presence.line_ends), where the question asks it."""
    if not named or not re.search(ENDS_ASKED, (question or "").lower()):
        return None
    p = next((x for x in a.presence if x.stem == named[0] and x.stem not in (MIX_STEM, "drums")), None)
    if p is None or not p.line_ends:
        return None
    notes = [say.spoken_note(x.note) for x in p.line_ends]
    their = its([p.stem])
    under = [_chord_under(a, x.time_s) for x in p.line_ends]
    if re.search(ENDS_CHORD_ASKED, (question or "").lower()) and any(under):
        # "what chord is under each line's last note?": each last note with the chart's chord where it starts, and the
        # one it is held into where the chord changes under it (Country1's A, sung on the fourth beat over G and held
        # into D seven: the twelfth session's review left that to the reader, dev)
        beat_s = 60.0 / a.meter.tempo_bpm if a.meter is not None and a.meter.tempo_bpm else None
        said = []
        for n, c, x in zip(notes, under, p.line_ends):
            into = _chord_under(a, x.time_s + (x.beats - HELD_INTO_BEATS) * beat_s) \
                if beat_s and x.beats and x.beats > HELD_INTO_BEATS else None
            said.append(f"on {n}, over no chord the chart reads" if not c else
                        f"on {n}, over {say.spoken_chord(c)} and held into {say.spoken_chord(into)}"
                        if into and into != c else f"on {n}, over {say.spoken_chord(c)}")
        lines = "line" if len(said) == 1 else f"{count_word(len(said))} lines"
        listed = said[0] if len(said) == 1 else "; ".join(said[:-1]) + "; and " + said[-1]  # commas inside each
        return f"The {p.stem} {verb([p.stem], 'ends', 'end')} {their} {lines} here {listed}."
    if re.search(ENDS_HELD_ASKED, (question or "").lower()) and all(x.beats is not None for x in p.line_ends):
        # "does he hold the last note of each line?": each last note with how long it lasts
        per = a.meter.beats_per_bar if a.meter is not None and a.meter.felt_beat == "quarter" else None
        held = [f"{n} ({_beats_words(x.beats, per)})" for n, x in zip(notes, p.line_ends)]
        lines = "line" if len(held) == 1 else f"{count_word(len(held))} lines"
        return f"The {p.stem} {verb([p.stem], 'ends', 'end')} {their} {lines} here on {_names(held)}."
    order = _track_bar_order(a)
    # where each last note starts, by its beat and bar: one line's, or each where asked where or when ("the last note
    # before the break, for a delay throw" got A, read "on five" from its beat where she sings it on the and of five:
    # round 115's dl04, dev)
    places = [_placed_at(order, x.bar, x.beat, x.place) for x in p.line_ends]
    if len(notes) == 1:
        return (f"The {p.stem} {verb([p.stem], 'ends', 'end')} {their} line here on {notes[0]}"
                + (f", {places[0]}" if places[0] else "") + ".")
    if all(places) and re.search(ENDS_WHERE_ASKED, (question or "").lower()):
        placed = [f"{n} {x}" for n, x in zip(notes, places)]
        return (f"The {p.stem} {verb([p.stem], 'ends', 'end')} {their} {count_word(len(notes))} lines on "
                f"{_names(placed)}.")
    if len(set(notes)) == 1:
        return f"The {p.stem} {verb([p.stem], 'ends', 'end')} each of {their} {count_word(len(notes))} lines on {notes[0]}."
    return f"The {p.stem} {verb([p.stem], 'ends', 'end')} {their} {count_word(len(notes))} lines on {_names(notes)}."


# "what's the drummer doing before the chorus -- is that a tom fill?": the fill's bar, where in it it starts and
# what it is played on (the sixteenth session's sweep on Punk, dev: the kit's pattern was said and the fill left to
# the typed events). The producer's own fill ("a good place to drop a fill") is a question about room, not this.
# "what's the lead guitar playing?" over a stem read as chords (Shadows' lead and rhythm guitars share one track: the
# twenty-second session's sweep got "The guitar plays chords throughout", as rounds 44-47 did): the reading's limit said
LEAD_PART_ASKED = (r"\blead (?:guitar|line|part|riff|lick|melody|player)s?\b|\b(?:guitar|keys|piano|organ) solo\b|"
                   r"\bthe solo\b|\bthe lead\b(?! (?:vocal|singer|voice|vox))")


def _lead_unread_sentence(a: WindowAnalysis, named: list[str], live: list[str], question: str | None) -> str | None:
    """Asked about a lead or solo in a part read as chords (no line over them read apart), that a lead played over
    them in the same track is not read apart from them."""
    if not re.search(LEAD_PART_ASKED, re.sub(SOLO_PLAN, " ", (question or "").lower())):
        return None  # (a solo the producer will take is no lead asked of the track: round 66's bo06, dev)
    # (the part a lead is asked of: a named one that can carry it, else the selection's; "a snare fill leading into
    # each of the lead's phrases" names the kit: round 48's aw04, dev)
    chordal = lambda stems: [x for x in stems if x not in ("drums", "bass", "vocals", MIX_STEM)]  # noqa: E731
    if "vocals" in named and not chordal(named):
        return None  # "is the vocal the lead or the backing here?" asks of the singer (the twenty-fourth session's sweep)
    stems = chordal(named) or chordal(live)
    p = next((x for x in a.presence if stems and x.stem == stems[0]), None)
    if p is None or not p.playing or "chords" not in p.playing or "line" in p.playing or "one note at a time" in p.playing:
        return None
    return (f"The {possessive(p.stem)} track is read as chords here: a lead line played over them in the same track "
            "is not read apart from them, so its notes cannot be given from this reading (a lead on its own track "
            "would be).")


# "where would a drum fill fit?": where a fill would go, not whether the drummer plays one (the twenty-second
# session's sweep on Shadows got "The drums play no fill in this window", dev): into the window's section change,
# else at the turn of its four-bar phrases
FILL_SPOT_ASKED = (r"\bwhere\b[^?]*\bfills?\b[^?]*\b(?:fit|go|work|sit|belong)s?\b|"
                   r"\bwhere (?:can|could|should|would|do|might|to) (?:i |we |he |you )?(?:drop|put|add|throw|slip|play|"
                   r"place|stick) (?:in )?(?:a |an |my |some )?(?:drum |tom )?fills?\b|"
                   r"\b(?:good |best |right )?(?:place|spot|bar|moment) (?:for|to (?:drop|put|add|play)) (?:in )?(?:a |an )?"
                   r"(?:drum |tom )?fills?\b")


def _fill_spot_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """Where a fill would go in the window, where asked: the bar before its section change (a fill leads the band
    into the new section), else the fourth bar of each four-bar phrase from the window's first bar."""
    if not re.search(FILL_SPOT_ASKED, (question or "").lower()):
        return None
    order = chart_bar_numbers(a)
    change = next((e.bar for e in a.events if e.kind == "section" and e.bar is not None and e.bar - 1 in order), None)
    if change is not None and _bar_here(order, change - 1) and _bar_here(order, change):
        return (f"A fill fits best at the end of {_bar_here(order, change - 1)}, leading the band into the new "
                f"section at {_bar_here(order, change)}.")
    turns = _bars_here(order, [b for k, b in enumerate(order) if k % 4 == 3])
    if turns is None:
        return None
    return (f"No section change falls inside this window, so a fill fits where a four-bar phrase turns: at the end of "
            f"{turns}.")


FILL_ASKED = (r"^(?!.*\b(?:drop|add|put|place|fit|squeeze|room for|space for|write|program|leave|want|wanna|need)\w* "
              r"(?:in )?(?:a|an|my|some|the)? ?(?:\w+ )?fills?\b(?! like\b))"
              r".*\bfills?\b(?! (?:me|us|him|her|them) in\b)")


# a snare or tom roll asked is the fill asked ("he does a snare roll into the verse here, doesn't he?" over MusicDelta
# Punk's tom fill got the pattern alone: round 85's ch09, dev); a chord's roll is ROLL_ASKED's
# (and a drummer going round the toms: "where he goes round the toms in the opening -- where is it, and what does he
# land on?" over MusicDelta Punk's tom fill got "The window starts on a downbeat": round 99's cv01, dev)
DRUM_ROLL_ASKED = (r"\b(?:drum|snare|tom)s? rolls?\b|"
                   r"\brolls? (?:on|around|down|across) the (?:snare|toms?|kit|drums)\b|"
                   r"\b(?:go(?:es|ing)?|went|runs?|running|ran) (?:a)?round the (?:toms|kit)\b|\bdown the toms\b|"
                   r"\btom (?:runs?|licks?)\b")
FILL_OR_ROLL_ASKED = f"(?:{FILL_ASKED})|{DRUM_ROLL_ASKED}"
# a fill said to be on the snare (a premise the toms in it correct)
SNARE_FILL_NAMED = r"\bsnare (?:fill|roll|run)s?\b|\b(?:fill|roll)s? (?:on|around) the snare\b"
FILL_AT_END = r"\bat the (?:very )?end\b|\b(?:going|leading|heading) into the next\b|\bin(?:to)? the last bar\b"


def _fill_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """Where the drums' fills are (events of kind fill) and what each is played on, from its first hit to its bar's
    end (DrumPattern.by_bar), where asked. A question that names the toms where none is read gets why that can be."""
    low = (question or "").lower()
    if not re.search(FILL_OR_ROLL_ASKED, low):
        return None
    fills = [e for e in a.events if e.kind == "fill" and e.bar is not None][:2]
    dp = a.drum_pattern
    if not fills or dp is None:
        return None
    order = chart_bar_numbers(a)
    said, toms, tom_led = [], False, False
    for e in fills:
        where = _beat_of_bar(order, e.bar, e.beat) if (e.beat or 1) > 1 else _bar_here(order, e.bar)
        if where is None:
            continue
        bar = dp.by_bar.get(e.bar, {}) if not dp.bar_lines_moved_beats else {}
        # its places from its first hit on: each drum's ("2&" from beat two; the beat's digits lead each place)
        on = {c: [p for p in bar.get(c, []) if int("".join(ch for ch in p if ch.isdigit()) or 0) >= (e.beat or 1)]
              for c in ("tom", "snare", "kick")}
        on = {c: p for c, p in on.items() if p}
        toms |= "tom" in on
        tom_led |= len(on.get("tom", [])) >= min(3, max(len(on.get("snare", [])), 1))
        strokes = len({p for p in sum(on.values(), [])})
        what = f": {count_word(strokes)} strokes on the {_names(list(on))}" if on and strokes >= 2 else ""
        said.append(f"from {where}{what}" if (e.beat or 1) > 1 else f"in {where}{what}")
    if not said:
        return None
    out = f"The drums play a fill {said[0]}" + (f", and another {said[1]}" if len(said) > 1 else "")
    last = max((order.index(e.bar) for e in fills if e.bar in order), default=None)
    if re.search(FILL_AT_END, low) and last is not None and last < len(order) - 1:
        # "is there a fill at the end?" with the window's one fill in its first bar got "The drums play a fill from
        # the third beat of the first bar here" (the twenty-first session's sweep on Punk, dev): not at the end
        out = "Not at the end: the drums' " + ("fills come" if len(said) > 1 else "fill comes") + " earlier, " + \
            out.removeprefix("The drums play a fill ").replace(": ", ", ")
    if re.search(r"\btoms?\b", low) and not toms:
        out += "; no toms are read in it, though a recorded kit's toms can be read as snare and kick"
    if re.search(SNARE_FILL_NAMED, low) and tom_led:  # the premise corrected first
        out = "Not on the snare alone, it goes to the toms: " + out[0].lower() + out[1:].replace(": ", ", ")
    landing = _fill_landing(a, fills[-1], order, low)
    return out + (f"; {landing}" if landing else "") + "."


# what a fill lands on ("what does he land on coming out of it?" got the fill alone: round 99's cv01, dev)
LANDING_ASKED = r"\bland(?:s|ing)?\b|\bcom(?:e|es|ing) out of\b|\bout of (?:it|the fill|the roll)\b"


def _fill_landing(a: WindowAnalysis, fill, order: list[int], low: str) -> str | None:
    """The strokes on the one of the bar after ``fill`` (DrumPattern.by_bar), or that none is read there and the
    bar's first strokes, or that the kit strikes nothing in that bar, where the question asks what the fill lands
    on."""
    dp = a.drum_pattern
    after = fill.bar + 1
    if not re.search(LANDING_ASKED, low) or dp is None or dp.bar_lines_moved_beats or after not in order or \
            _bar_here(order, after) is None:
        return None
    if after not in dp.by_bar:  # a fill into silence: the kit strikes nothing in the next bar (said, not left out)
        return f"it lands on nothing: no stroke is read in {_bar_here(order, after)} after it, so the kit rests there"
    bar = dp.by_bar[after]
    on_one = [c for c in KIT_CLASSES if "1" in bar.get(c, [])]
    if on_one:
        return (f"it lands on the one of {_bar_here(order, after)} with the "
                f"{_names([say.class_word(c, dp) for c in on_one])}")
    first = min((p for c in KIT_CLASSES for p in bar.get(c, [])), key=pos_key, default=None)
    if first is None:
        return None
    who = [say.class_word(c, dp) for c in KIT_CLASSES if first in bar.get(c, [])]
    return (f"no stroke is read on the one of {_bar_here(order, after)} after it, the first being the "
            f"{_names(who)} on {bar_drum_words([first]).removeprefix('on ')}")


# "what does the drummer do at the section change?", "what do the drums do going into the chorus?": the kit's bar at
# the window's section change beside the bar before it (DrumPattern.by_bar); the window's pattern alone answered it
# (the eighteenth session's sweep on Shadows, dev)
KIT_AT_CHANGE_ASKED = (r"^(?=.*\b(?:drums?|drummer|kit)\b).*\b(?:at|into|going into|coming into|through|across) the "
                       r"(?:section |)(?:change|transition|chorus|verse|bridge|next section|new section)\b")
KIT_CLASSES = ("kick", "snare", "hihat", "cymbal", "tom")


def _kit_at_change_sentence(a: WindowAnalysis, question: str | None, percussion: str | None) -> str | None:
    if not re.search(KIT_AT_CHANGE_ASKED, (question or "").lower()):
        return None
    dp = a.drum_pattern
    change = section_change(a.events, placed=True)
    if dp is None or change is None or dp.bar_lines_moved_beats or not dp.by_bar:
        return None
    order = _track_bar_order(a)
    where = _bar_here(order, change.bar)

    def played(bar: int) -> str | None:
        places = dp.by_bar.get(bar, {})
        said = [f"the {say.class_word(c, dp, percussion)} {bar_drum_words(places[c])}" for c in KIT_CLASSES
                if places.get(c)]
        return spoken_list(said) if said else None
    now, before = played(change.bar), played(change.bar - 1)
    if where is None or now is None:
        return None
    out = f"At the section change, {where}, the drums play {now}"
    if before is not None and (change.bar - 1) in order:
        out += f"; in the bar before, {before}"
    return out + "."


# "what's the kit doing right before she comes in?", "when does the singer come back in, and what's the kit doing right
# before she does?": the kit's strokes in the bar before the part's entry (the entry's own bar up to it where it comes
# in after the one; DrumPattern.by_bar). The events' "the drums play throughout" answered it (the thirty-ninth
# session's read of round 100's cw09 window, ft_swing_g1208's degraded copy, dev).
KIT_BEFORE_ASKED = (r"^(?!.*\bhow (?:many|long)\b)(?=.*\b(?:what|what's|whats)\b)(?=.*\b(?:drums?|drummer|kit)\b)"
                    r".*\b(?:right |just |)before (?:she|he|they|the \w+(?: \w+)?) "
                    r"(?:does|do|comes?|come|enters?|starts?|sings?|gets? in|kicks? in|is back|are back)\b")


ENTRY_PLACE_NAMES = {"the e": "e", "the and": "&", "the a": "a"}  # an entry's place in its beat, as a drum place


def _kit_before_sentence(a: WindowAnalysis, question: str | None, percussion: str | None) -> str | None:
    """What the kit plays right before the part the question names comes in (KIT_BEFORE_ASKED): the strokes of the
    bar before its entry, or of its own bar before it, a fill named, or that the kit rests there."""
    low = (question or "").lower()
    hit = re.search(KIT_BEFORE_ASKED, low)
    dp = a.drum_pattern
    bars = (dp.by_bar or dp.compound_bars) if dp is not None else {}
    if not hit or dp is None or dp.bar_lines_moved_beats or not bars:
        return None
    after = low[low.rfind("before", 0, hit.end()) + len("before"):hit.end()]
    named = [x for x in named_stems(after) if x != "drums"] or _pronoun_part(a, "x " + after)
    entry = _entry_of(a, named[0]) if named and named[0] != "drums" else None
    order = _track_bar_order(a)
    if entry is None or entry.bar is None:
        return None
    before_one = entry.beat is None or entry.beat <= 1
    if not before_one and dp.count_in.startswith("eighth"):  # (a compound bar's places count eighths, not beats)
        return None
    bar = entry.bar - 1 if before_one else entry.bar
    where = _bar_here(order, bar)  # (None where the bar is not the window's)
    if where is None:
        return None
    places = bars.get(bar, {})
    # in the entry's own bar: the strokes before it (those on its beat where it comes in after the beat)
    cut = None if before_one else pos_key(str(entry.beat) + ENTRY_PLACE_NAMES.get(entry.place or "", ""))
    kept = {c: tuple(x for x in sorted(places.get(c, []), key=pos_key) if cut is None or pos_key(x) < cut)
            for c in KIT_CLASSES}
    said = []  # classes struck in the same places said together ("the kick and the hi-hat on one")
    for where_c in dict.fromkeys(v for v in kept.values() if v):
        who = [f"the {say.class_word(c, dp, percussion)}" for c in KIT_CLASSES if kept[c] == where_c]
        said.append(f"{_names(who)} {bar_drum_words(list(where_c))}")
    back, early = "back " if entry.kind == "returns" else "", "" if before_one else "early "
    lead = f"Right before the {named[0]} {verb([named[0]], 'comes', 'come')} {back}in, {early}in {where}"
    if not said:
        return f"{lead}, the drums strike nothing: the kit rests there."
    fill = any(e.kind == "fill" and e.bar == bar for e in a.events)
    return f"{lead}, the drums play {'a fill: ' if fill else ''}{spoken_list(said)}."


# "does the drummer do anything different in the second half?", "is it the same beat all the way through?": each whole
# bar's strokes against the beat most bars share (DrumPattern.by_bar, .whole_bars; the nineteenth session's sweep on
# MusicDelta Beatles got who carries the passage, dev). A stroke is the beat's where it falls in at least half the
# whole bars; a bar that adds strokes or leaves them out is named with what it adds and leaves out.
KIT_VARIES_ASKED = (r"^(?=.*\b(?:drums?|drummer|kit|beat|groove)\b).*(?:\banything (?:different|new|else)\b|"
                    r"\bchang\w* (?:it |things )?up\b|\bswitch\w* (?:it |things )?up\b|\bmix\w* it up\b|"
                    r"\bvar(?:y|ies|ied|ying|iations?)\b|\bsame (?:beat|thing|pattern|groove)\b|"
                    r"\bdifferent (?:in|from|later|towards|toward|at)\b|\bdoes (?:he|she|the drummer|it) change\b)")
KIT_VARIES_SAID = 4  # changes named one by one; more are counted
KIT_NEW_BEAT = 4  # a bar adding and leaving out this many strokes or more plays another beat: said as its own


def _kit_varies_sentence(a: WindowAnalysis, question: str | None, percussion: str | None) -> str | None:
    """How the kit's beat varies across the window's whole bars, where asked. A stroke missing from a timekeeping
    line (one hat of eight) may be the reading's miss, not the drummer's: a class's strokes left out count where
    half of its usual places or more go (MusicDelta Punk's open hats, read with a gap here and there, made eight
    bars of nine 'differ'). Bars in a row that change alike are said together."""
    if not re.search(KIT_VARIES_ASKED, (question or "").lower()):
        return None
    dp = a.drum_pattern
    if dp is None or len(dp.whole_bars) < 2:
        return None
    bars = dp.whole_bars
    strokes = {b: {(c, p) for c, places in dp.by_bar.get(b, {}).items() for p in places if c in KIT_CLASSES}
               for b in bars}
    seen: dict[tuple[str, str], int] = {}
    for b in bars:
        for x in strokes[b]:
            seen[x] = seen.get(x, 0) + 1
    beat = {x for x, n in seen.items() if n >= 0.5 * len([b for b in bars if strokes[b]])}  # (the bars it plays)
    order = _track_bar_order(a)
    word = lambda c: say.class_word(c, dp, percussion)  # noqa: E731
    ordered = lambda places: sorted(places, key=pos_key)  # noqa: E731

    per_bar = a.meter.beats_per_bar if a.meter is not None and a.meter.beats_per_bar else None

    def placed(c: str, places: list[str], lead: str) -> str:
        beats = {str(k) for k in range(1, (per_bar or 0) + 1)}
        said = ("on every eighth" if per_bar and set(places) == beats | {f"{k}&" for k in beats} else
                "on every beat" if per_bar and set(places) == beats else bar_drum_words(ordered(places)))
        return f"{lead}{word(c)} {said}" if said.startswith("on ") else f"{said} on the {word(c)}"

    def change(b: int) -> tuple:
        """The bar's change against the beat: (kind, what) with kind 'same', 'new' (its own beat) or 'diff'."""
        clauses, moved = [], 0
        for c in KIT_CLASSES:
            usual = [p for k, p in beat if k == c]
            has = [p for k, p in strokes[b] if k == c]
            added, missing = [p for p in has if p not in usual], [p for p in usual if p not in has]
            if added:
                moved += len(added)
                clauses.append(placed(c, added, ("an extra " if len(added) == 1 else "extra strokes of the ")
                                      if usual else "the "))
            if missing and not has:
                moved += len(missing)
                clauses.append(f"no {word(c)} at all")
            elif missing and len(missing) >= max(2, 0.5 * len(usual)):
                moved += len(missing)
                clauses.append(f"no {word(c)} {bar_drum_words(ordered(missing))}")
        if not strokes[b]:  # (before "same": four silent bars of six made an empty "beat" they all kept, "the drums
            # keep one beat through four of the six whole bars" over a stop: round 77's bz12, dev)
            return ("rest", ("the drums rest",))
        if not clauses:
            return ("same", ())
        if moved >= KIT_NEW_BEAT:
            own = [placed(c, [p for k, p in strokes[b] if k == c], "the ") for c in KIT_CLASSES
                   if any(k == c for k, _ in strokes[b])]
            return ("new", tuple(own))
        return ("diff", tuple(clauses))
    runs: list[list] = []  # [first bar, last bar, change]
    for b in bars:
        ch = change(b)
        if runs and runs[-1][2] == ch and bars.index(runs[-1][1]) == bars.index(b) - 1:
            runs[-1][1] = b
        else:
            runs.append([b, b, ch])
    changed = [r for r in runs if r[2][0] != "same"]
    n = count_word(len(bars))
    # asked whether it stays the same ("does the drummer play the same beat every bar?"), a steady beat is a yes;
    # asked whether it varies, a no (the first read "No: the drums play the same beat...": the twenty-first
    # session's sweep on ft_drive_ab152, dev)
    same_asked = bool(re.search(r"\bsame (?:beat|thing|pattern|groove)\b|\bevery bar\b|\bconsistent\b",
                                (question or "").lower()))
    if not changed:
        return (f"{'Yes' if same_asked else 'No'}: the drums play the same beat in all {n} whole bars here, nothing "
                "added or left out.")
    said = []
    for first, last, (kind, what) in changed[:KIT_VARIES_SAID]:
        where = _bar_here(order, first)
        if where is None:
            continue
        if last != first:
            end = _bar_here(order, last)
            where = (f"from {where} to the end" if last == bars[-1] else
                     f"from {where} to {end.replace(' here', '')}" if end else f"from {where}")
        else:
            where = f"in {where}"
        said.append(f"{where}, {'another beat: ' if kind == 'new' else ''}{spoken_list(list(what))}")
    if not said:
        return None
    bars_changed = sum(bars.index(r[1]) - bars.index(r[0]) + 1 for r in changed)
    more = len(changed) - len(said)
    rest = f"; and {count_word(more)} more {'change' if more == 1 else 'changes'}" if more > 0 else ""
    same = len(bars) - bars_changed
    head = (f"The drums keep one beat through {count_word(same)} of the {n} whole bars here and change it in "
            f"{count_word(bars_changed)}" if same else f"The drums change the beat across the {n} whole bars here")
    if same_asked:
        head = "No: t" + head[1:]
    return f"{head}: {'; '.join(said)}{rest}."


# "what chord does this end on?", "where does it land?": the chart's last chord, how long it holds and its place in
# the key (the nineteenth session's sweep on MusicDelta Beatles got the progression with the last chord unsaid, dev)
END_CHORD_ASKED = (r"\b(?:what|which) chord (?:does|do|did) (?:it|this|that|the \w+|we|they|he|she|the (?:song|section|"
                   r"phrase|passage|progression)) (?:end|finish|land|stop|resolve|close)s? on\b|"
                   r"\b(?:ends?|ending|finish\w*|lands?|landing|closes?|resolves?) on (?:what|which) chord\b|"
                   r"\b(?:last|final|closing|ending) chord\b|"
                   # "what are the chords, and does it resolve at the end?" (the nineteenth session's sweep, dev)
                   r"\bresolves?\b[^?.]*\b(?:at the (?:very )?end|home)\b|\b(?:does|do) (?:it|this|they) "
                   r"(?:come|get|go) (?:back )?home\b|"
                   # "what chord's he on at the end?" (round 42's aq03, dev)
                   r"\bchord\b[^?.]*\bat the (?:very )?end\b|\bat the (?:very )?end\b[^?.]*\bchord\b")


def _end_chord_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    grid = a.chord_grid
    if grid is None or not grid.progression or not re.search(END_CHORD_ASKED, (question or "").lower()):
        return None
    last = grid.progression[-1]
    chord = say.chart_chord_words(last, grid.implied)
    held = grid.bars_each[-1] if len(grid.bars_each) == len(grid.progression) else None
    length = ("" if held is None else f", held through the last {count_word(int(round(held)))} bars here" if held >= 1.5
              else "")
    out = f"The chords here end on {chord}{length}"
    # home is the song's key, which the producer means by it; a short window's own centre can be its last chord (an
    # outro's A flat minor to B major read as B major: "the home chord of B major" where the song, in E flat minor,
    # stops on its flat six: round 42's aq07, dev)
    song = a.track_context.key if a.track_context.key and " " in a.track_context.key else grid.numerals_key
    if song:
        numeral = numeral_in(last, song)
        home = _plain_numeral(numeral) in ("I", "i")
        whose = "the song's key" if song == a.track_context.key else "where these chords centre"
        out += (f", the home chord of {song}, {whose}: the passage comes home" if home else
                f", {_numeral_words(numeral)} of {song}, {whose}: it does not come home, the passage is left "
                "hanging")
    ends_in = a.window.end_s - (grid.bars[-1].end_s if grid.bars else a.window.end_s)
    return out + ("; the window cuts off inside that bar" if ends_in < -0.05 else "") + "."


# "what's the bass doing on beat four -- any walk-ups into the next chord?": how a line gets into each new chord
# (Presence.change_approaches; the sixteenth session's sweep on MusicDelta Beatles, dev)
# "what note does the bass land on at each chord change?": the note each change brings, named every time (the
# twenty-second session's sweep on ft_swing_g1208 got the chart alone, dev)
LAND_ASKED = (r"\bnotes?\b[^?]*\bland(?:s|ing)? on\b[^?]*\b(?:changes?|chords?)\b|"
              r"\bland(?:s|ing)? on\b[^?]*\b(?:each|every|the) (?:new )?(?:chord ?)?changes?\b")
APPROACH_ASKED = (r"\bwalk[- ]?(?:ups?|downs?)\b|\bwalk(?:s|ing)? (?:up|down)\b|\bwalk(?:s|ing)? (?:in)?to\b|"
                  r"\bapproach(?:es|ing)? (?:notes?|tones?|the (?:next|new)|into|each)\b|\bleading (?:tones?|notes?)\b|"
                  r"\bpick-?ups? (?:notes? )?into\b|\blead(?:s|ing)? (?:in)?to the (?:next|new) chord|"
                  r"\b(?:gets?|getting|moves?|moving|goes|going|steps?|stepping) (?:in)?to (?:the|each) (?:next |new )?"
                  r"(?:chords?|changes?)\b|\bchromatic(?:ally)? (?:in)?to\b|\bpassing notes? (?:in)?to\b|"
                  # "what's the bass doing on the chord changes?" (the twenty-second session's sweep on Country1 got
                  # its manner, dev)
                  r"\b(?:doing|play(?:s|ing)?) (?:on|at|around|over|through) the (?:chord )?changes\b|" + LAND_ASKED)


def _approach_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """How the named line (else the bass) gets into each chord change here: up or down by step, already there,
    a leap, or after a rest, and whether it lands on the new chord's root; where asked."""
    if not re.search(APPROACH_ASKED, (question or "").lower()):
        return None
    p = next((x for x in a.presence if x.stem in (named or ["bass"]) and x.change_approaches), None)
    if p is None:
        if a.chord_grid is not None and len({c for b in a.chord_grid.bars for c in b.chords}) == 1:
            return "The chord does not change inside this window, so there is no move into a new chord to hear."
        return None
    clauses, steps = [], 0
    landing = bool(re.search(LAND_ASKED, (question or "").lower()))  # asked the note it lands on: named each time
    part = [p.stem]  # (its verbs agree: "the vocals leap", not "leaps": the thirty-seventh session's sweep, dev)
    for x in p.change_approaches[:4]:
        chord, note = say.spoken_chord(x.chord), say.spoken_note(x.note)
        root = parse_symbol(x.chord)
        off_root = root is not None and PITCH_CLASS.get(x.note.rstrip("0123456789-")) != root[0]
        land = f", landing on {note}" if off_root else f" (onto its root, {note})" if landing else ""
        if x.before is None:
            clauses.append(f"{verb(part, 'comes', 'come')} into {chord} after a rest{land}")
        elif x.step == 0:
            clauses.append(f"{verb(part, 'is', 'are')} already on {note} as {chord} arrives")
        elif abs(x.step) <= 2:
            steps += 1
            # ("steps up", not "walks up": beside "the bass does not walk here" it read as a contradiction, round
            # 79's cb07 answer helper, dev)
            clauses.append(f"{verb(part, 'steps', 'step')} {'up' if x.step > 0 else 'down'} into {chord} from "
                           f"{say.spoken_note(x.before)}{land}")
        else:
            clauses.append(f"{verb(part, 'leaps', 'leap')} into {chord} from {say.spoken_note(x.before)}{land}")
    n = len(p.change_approaches[:4])
    # (more changes than said: the tally is of those said, "all four" over five had read as a miscount: cb07, dev)
    first = " first" if len(p.change_approaches) > n else ""
    every = f"each of the first {count_word(n)}" if first else f"all {count_word(n)}"
    so = f", so {verb(part, 'it steps', 'they step')}"
    tally = ("" if n < 2 else f"{so} into {every} changes" if steps == n else
             f"{so} into {count_word(steps)} of the{first} {count_word(n)} changes" if steps else
             f", so none of the{first} {count_word(n)} changes is approached by step")
    return f"Into the changes here the {p.stem} {spoken_list(clauses)}{tally}."


# "does she just touch the top one or keep going back up there?": how often a part strikes its highest note here
# (round 38's am03, dev: the range was said, how often she reaches its top was not)
TOP_AGAIN_ASKED = (r"\b(?:keeps?|keep on) (?:going|coming|getting) back\b|\bgo(?:es)? back up\b|"
                   r"\bjust (?:touch|hit|tap)\w*\b|\bhow (?:often|many times)\b[^?]*\b(?:top|high(?:est)?|peak)\b|"
                   r"\b(?:top|highest|high) note\b[^?]*\b(?:once|again|often|repeat\w*|keeps?)\b|"
                   # "where's the climax of this phrase?": a line's high point (the seventeenth session's sweep on
                   # vocadito got the level's peak)
                   r"\bclimax\b[^?]*\b(?:phrases?|lines?|melody|tune)\b|\b(?:phrase|line|melody|tune)'?s? "
                   r"(?:climax|high point|peak)\b|\bhigh point\b|\bmelodic (?:peak|climax)\b|"
                   # "what's the vocal melody doing -- where does it go up?" got its contour alone (the twentieth
                   # session's sweep on Beatles, dev): where it reaches its top
                   r"\bwhere (?:does|do) (?:it|she|he|they|the (?:melody|tune|line|vocals?|singer)) (?:go|get|climb|"
                   r"rise|reach|jump)s? (?:up|higher|highest|high)\b")


def _top_again_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """How many times the named part (else the melody's) strikes its highest note here, and where the first and the
    last fall in the window; where asked."""
    if not re.search(TOP_AGAIN_ASKED, (question or "").lower()):
        return None
    p = next((x for x in a.presence if x.stem in (named or [x.stem]) and x.highest_times and x.lowest_highest), None)
    if p is None:
        return None
    top = say.spoken_note(p.lowest_highest.split("–")[-1])
    reach = verb([p.stem], "reaches", "reach")
    w = a.window
    if len(p.highest_times) == 1:
        return (f"The {p.stem} {reach} {its([p.stem])} top note here, {top}, only once, "
                f"{say.where_words(p.highest_times[0], w.start_s, w.duration_s)}.")
    first, last = (say.where_words(t, w.start_s, w.duration_s) for t in (p.highest_times[0], p.highest_times[-1]))
    return (f"The {p.stem} {reach} {its([p.stem])} top note here, {top}, {count_word(len(p.highest_times))} times, "
            + (f"all of them {first}." if first == last else f"the first {first} and the last {last}."))


DRUM_CLASS_WORDS = (("snare", ("snares?",)), ("hihat", ("hats?", "hi-hats?", "hihats?")), ("kick", ("kicks?",)),
                    ("ride", ("rides?",)), ("cymbal", ("cymbals?", "crash(?:es)?")), ("tom", ("toms?",)))


def _asked_drum_classes(question: str | None, ride_class: str, percussion: str | None = None) -> list[str]:
    """The drum classes a question names, in the order it names them; 'ride' stands for ``ride_class`` (the hi-hat
    class where a ride is kept as the timekeeper), a hand percussion (``percussion``: Routing.percussion_asked) for the
    class the drum reading hears it in (a side-stick the snare's, a tambourine or shaker the hi-hat's: "is that a
    tambourine or the snare on two?" led with the snare and said the tambourine last, the thirty-fourth session's
    review)."""
    q, found = (question or "").lower(), {}
    heard_in = ("snare" if is_stick(percussion) else "hihat", (re.escape(percussion.lower()) + "s?",)) \
        if percussion else None
    for c, words in DRUM_CLASS_WORDS + ((heard_in,) if heard_in else ()):
        hit = min((m.start() for w in words for m in re.finditer(rf"\b{w}\b", q)), default=None)
        c = ride_class if c == "ride" else c
        if hit is not None and (c not in found or hit < found[c]):
            found[c] = hit
    return sorted(found, key=found.get)


def _no_fill_sentence(a: WindowAnalysis, lead_class: str | None) -> str:
    """No fill here; where the question names a drum the groove plays in its own places (a floor tom on the and of
    four of every bar, MusicDelta Beatles: "is there a fill on the floor tom?" got only "no fill", the sixteenth
    session's sweep, dev), those places too."""
    p = a.drum_pattern
    if lead_class in ("tom", "cymbal") and p is not None and lead_class in p.pattern and \
            "scattered" not in p.pattern[lead_class]:
        return (f"The drums play no fill in this window; the {say.class_word(lead_class, p)} "
                f"{'play' if lead_class == 'tom' else 'are struck'} "
                f"{p.pattern[lead_class]} as part of the groove.")
    return "The drums play no fill in this window."


# "what are the last notes he plays, and which one's still ringing when the clip runs out?": the part's last stroke
# and what still sounds as the window ends (Presence.last_notes, ringing_at_end; round 36's ak07, dev)
LAST_ASKED = (r"\blast (?:notes?|chord|thing|hit|stroke)s?\b"
              r"(?! of (?:each|every|the|his|her|their) (?:lines?|phrases?))|"
              r"\bfinal (?:notes?|chord)s?\b|\bstill (?:ringing|sounding|going|holding|hanging)\b|"
              r"\b(?:clip|window|loop|section|song|track) (?:runs out|ends)\b|\bends? with (?:him|her|them|it)\b")


def _last_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """The named part's last stroke here and the notes still sounding as the window ends, where asked (not in words
    that ask how the record ends: "does it end on a big last hit?" is the ending sentence's)."""
    if not re.search(LAST_ASKED, re.sub(ENDING_ASKED, " ", (question or "").lower())):
        return None
    p = next((x for x in a.presence if x.stem in (named or [x.stem]) and x.last_notes), None)
    if p is None:
        return None
    spoken = [say.spoken_note(x) for x in p.last_notes]
    order = chart_bar_numbers(a)  # (a chart in the window's own bars counts others than the track's: no place then)
    # (where in the beat too: a last note on the and of five was said on five, round 115's dl04, dev)
    where = _placed_at(order, p.last_bar, p.last_beat, p.last_place) if order == list(a.window.bars) else None
    said = (f"The {possessive(p.stem)} last {'note here is' if len(spoken) == 1 else 'notes here are'} "
            f"{_names(spoken)}{', struck together' if len(spoken) > 1 else ''}{' ' + where if where else ''}")
    ringing = [say.spoken_note(x) for x in p.ringing_at_end]
    if not ringing:
        return said + f"; none of {its([p.stem])} notes still sounds as the window ends."
    if set(p.ringing_at_end) == set(p.last_notes):
        still = "it still sounds" if len(ringing) == 1 else "both still sound" if len(ringing) == 2 else "all still sound"
        return said + f"; {still} as the window ends."
    return said + f"; still sounding as the window ends: {_names(ringing)}."


# "how does it end -- does it ring out or stop dead?": whether any part's notes still sound as the window ends, and the
# last note struck (round 58's bg08, dev: the sections were said and the ending left open)
END_ON_HIT = r" (?:on|with) (?:a |an |one )?(?:(?:big|final|last|huge|single) ){0,2}(?:hit|stab|crash|bang|accent)\b"
ENDING_ASKED = (r"^(?![^?]*\b(?:snare|cymbals?|crash|ride|hats?|kick|toms?)\b[^?]*\brings?\b)[^?]*\brings? out\b|"
                r"\bringing out\b|\bstops? dead\b|\bdead stop\b|\bhard stop\b|\bstops? cold\b|"
                r"\bends? cold\b|\bcold (?:end|ending|stop)\b|"
                r"\bhow does (?:it|this|the (?:song|track|tune|band|record)) end\b|"
                # "does the record end on a big last hit or just stop?" (round 75's bx02, dev)
                r"\b(?:does|do|did) (?:it|this|the (?:song|track|tune|band|record)) (?:end|finish|stop)\b(?:" +
                END_ON_HIT + r")?|\bend(?:s|ing)?" + END_ON_HIT + r"|\bjust stops?\b|\bfades? (?:out|away)\b")


def _ending_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """How the window ends, where asked: the last note struck and what still sounds; where the window runs to the
    track's end, that first (a tag at the very end asked "does the record end on a big last hit or just stop?" was
    left open: nothing said that no note follows the window, round 75's bx02, dev)."""
    if not re.search(ENDING_ASKED, (question or "").lower()):
        return None
    end = ("Nothing is struck after this window (it holds the track's last notes), so this is how the record ends"
           if a.window.to_track_end else "")
    # (a kit's ring is its cymbals', no note reading's); the record's ending is every selected part's, not the one the
    # question names: "how does this end? where does the singer finish?" over the last bars got "it stops dead: the
    # last note struck is the vocals' G sharp" over a piano and bass chord struck five seconds after (round 91's cn11)
    said = None if named == ["drums"] else _last_sound(a, [] if end else named)
    if said is None:
        return ("Nothing is struck after this window: it holds the track's last notes, so the record ends with what "
                "is played here, no hit after it.") if end else None
    return f"{end}; {said[0].lower()}{said[1:]}" if end else said


LAST_TOGETHER_S = 0.1  # parts whose last strokes fall this close are struck together


def _last_sound(a: WindowAnalysis, named: list[str]) -> str | None:
    """The window's last note struck and whether it rings on or stops dead, or None where it cannot be said."""
    parts = [p for p in a.presence if p.last_notes and p.last_at_s is not None and (not named or p.stem in named)]
    if not parts:
        return None
    ringing = [p for p in parts if p.ringing_at_end]
    last = max(parts, key=lambda p: p.last_at_s)
    kit = a.drum_pattern
    if kit is not None and kit.cymbal_hits and max(h.time_s for h in kit.cymbal_hits) >= last.last_at_s - 0.1:
        return None  # a cymbal struck with or after the last note may ring on: no "stops dead" said over it
    order = chart_bar_numbers(a)
    where = _placed_at(order, last.last_bar, last.last_beat, last.last_place) if order == list(a.window.bars) else None
    # every part struck with the last (a piano's chord and the bass's root together: "the last note struck is the
    # bass's B" left the chord out, the thirty-fifth session's sweep on ft_ballad_eb54, dev)
    together = [p for p in parts if p.last_at_s >= last.last_at_s - LAST_TOGETHER_S]
    together = [last] + [p for p in together if p is not last]
    spoken = [list(dict.fromkeys(say.spoken_note(x) for x in p.last_notes)) for p in together]
    notes = " with ".join(f"the {possessive(p.stem)} {_names(sp)}" for p, sp in zip(together, spoken))
    what = "note struck is" if len(together) == 1 and len(spoken[0]) == 1 else "notes struck are"
    struck = f"the last {what} {notes}{' ' + where if where else ''}"
    if ringing:
        held = "; ".join(f"the {possessive(p.stem)} {_names([say.spoken_note(x) for x in p.ringing_at_end])}"
                         for p in ringing)
        one = len(ringing) == 1 and len(ringing[0].ringing_at_end) == 1
        return f"It rings on: {held} still {'sounds' if one else 'sound'} as the window ends ({struck})."
    named = _names([p.stem for p in parts])
    return f"It stops dead: {struck}, and no note of the {named} still sounds as the window ends."


ENDS_HELD_ASKED = r"\bhold|\bheld\b|\blong\b|\bsustain|\bhang"
HELD_INTO_BEATS = 0.5  # a last note held this long past a chord change is held into the next chord
# (not any "under": "a horn pad to swell under the notes she leans on" asked no chord, round 109's df09, dev)
ENDS_CHORD_ASKED = (r"\bchords?\b|\bharmony\b|\bunderneath\b|\bwhat(?:'s| is)? (?:sits? |going on |playing )?under\b|"
                    r"\bover what\b")


def _chord_under(a: WindowAnalysis, time_s: float) -> str | None:
    """The chart's chord sounding at ``time_s`` (a bar's half where the bar holds two), or None where no charted bar
    holds it."""
    grid = a.chord_grid
    if grid is None or grid.implied:
        return None
    for b in grid.bars:
        if b.start_s is None or b.end_s is None or not b.start_s - 1e-3 <= time_s < b.end_s or not b.chords:
            continue
        half = len(b.chords) > 1 and time_s >= (b.start_s + b.end_s) / 2
        return b.chords[1 if half else 0]
    return None
NUMERALS_ASKED = (r"\broman\b|\bnumerals?\b|\bnashville\b|\bnumber system\b|\bscale degrees?\b|\bdegrees?\b|"
                  + NUMERAL_CHAIN)


def _plain_numeral(numeral: str) -> str:
    """A numeral without its chord's added tones ('V7' -> 'V', 'IV5' -> 'IV'): the summary names no digits."""
    return re.sub(r"(?:maj7|sus4|sus2|7|5)$", "", numeral)


def _numerals_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """The progression as Roman numerals in the key they count from (ChordGrid.numerals), where asked; the
    summary names no digits, so a seventh is left to the chart."""
    grid = a.chord_grid
    if grid is None or not grid.numerals or not re.search(NUMERALS_ASKED, (question or "").lower()):
        return None
    plain = [_plain_numeral(x) for x in grid.numerals]
    return f"Counted in {grid.numerals_key}, the chords run {_names(_fold_numerals(plain))}."


# "is there a turnaround at the end of this bit?" got the lead's phrasing (the seventeenth session's sweep on
# MusicDelta Beatles, dev). A turnaround is the last bar or two of a passage moving away from the home chord to one that
# leads back to it: it ends on the five chord (or the seven, the leading-tone chord); a passage that ends on the home
# chord has arrived, and one that ends elsewhere does not lead back as a turnaround does.
TURNAROUND_ASKED = r"\bturn ?-?arounds?\b"
LEADS_HOME = ("V", "vii°", "VII°")


def _turnaround_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """How the window's chords end against the key (ChordGrid.progression, .numerals), where a turnaround is asked."""
    grid = a.chord_grid
    if grid is None or not grid.numerals or not re.search(TURNAROUND_ASKED, (question or "").lower()):
        return None
    plain = [_plain_numeral(x) for x in grid.numerals]
    last, chord = plain[-1], say.spoken_chord(grid.progression[-1])
    tonic = grid.numerals_key.split(" ")[0] if grid.numerals_key else None
    home = f"{say.spoken_note(tonic)}{' minor' if grid.numerals_key.endswith('minor') else ''}" if tonic else "home"
    if len(plain) >= 2:
        moves = f"the chords end moving from {say.spoken_chord(grid.progression[-2])} to {chord}"
    else:
        moves = f"the chords hold {chord} throughout"
    if last in LEADS_HOME:
        return (f"Yes: {moves}, the five chord of {home}, which leads back home: a turnaround."
                if last == "V" else f"Yes: {moves}, the leading-tone chord of {home}, which leads back home: a "
                "turnaround.")
    if last in ("I", "i"):
        return f"No turnaround here: {moves}, the home chord of {home}, so the passage has arrived rather than turning back."
    return (f"No turnaround here: {moves}, which is not the five chord of {home}, so the passage does not lead back "
            "home as a turnaround would.")


# "is the drummer busier here than in the rest of the song?", "is this the loudest part of the song?": the window
# against the song as a whole (WindowAnalysis.against_song, track-level; the twenty-fourth session's sweep on Beatles
# and Country1, dev: each got the window's own ranking of parts or its level, and no word of the song)
SONG_COMPARE_ASKED = (r"\b(?:than|compared (?:to|with)|against|versus|vs\.?)\b[^?]*\b(?:the )?(?:rest of the|other "
                      r"(?:parts|sections|bits) of the|elsewhere in the|anywhere else in the) (?:song|track|tune)\b|"
                      r"\b(?:loudest|quietest|softest|busiest|sparsest|biggest|most intense|calmest)\b[^?]*\b(?:of|in) "
                      r"the (?:whole |entire )?(?:song|track|tune)\b|"
                      r"\bcompared (?:to|with) the (?:whole |entire )?(?:song|track|tune)\b|"
                      r"\bthan (?:in |on )?(?:the rest|elsewhere|anywhere else)\b")
SONG_BUSY = r"\b(?:busy|busier|busiest|sparse|sparser|sparsest|notes|active|activity|dense|denser|more|less|fewer)\b"
SONG_LOUD = r"\b(?:loud\w*|quiet\w*|soft\w*|level|big\w*|intens\w*|energy|volume|calm\w*)\b"
# a musician's steps, not fitted: half again as many strokes a second is much busier, a sixth more is busier; four
# decibels is clearly louder, one and a half a little
BUSIER_WORDS = ((1.5, "much busier here than"), (1.15, "busier here than"), (1 / 1.15, "about as busy here as"),
                (1 / 1.5, "sparser here than"), (0.0, "much sparser here than"))
LOUDER_WORDS = ((4.0, "clearly louder here than"), (1.5, "a little louder here than"), (-1.5, "about as loud here as"),
                (-4.0, "a little quieter here than"), (-99.0, "clearly quieter here than"))


# "how loud does the chorus get compared to the verse?", "is the chorus louder than the verse?": two sections' levels
# asked, answered across the window's section change (the twenty-fifth session's sweep on ft_ballad_eb54, dev: got
# who carries the passage)
SECTION_WORDS = (r"\b(?:verses?|chorus(?:es)?|bridges?|hooks?|intros?|outros?|pre-?chorus|sections?|breakdown|drop|"
                 r"(?:drum )?break)\b")
SECTION_LEVEL_ASKED = (r"^(?=[^?]*\b(?:loud\w*|quiet\w*|soft\w*|level|volume|dynamics?|energy)\b)"
                       r"(?=[^?]*" + SECTION_WORDS + r"[^?]*\b(?:compared (?:to|with)|than|vs\.?|versus|against)\b"
                       r"[^?]*" + SECTION_WORDS + r")")


def _section_level_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """The mix's level in the window's whole bars from its section change on against the bars before it (medians of
    bar_levels_db), in a musician's steps (LOUDER_WORDS), where two sections' levels are asked."""
    text = (question or "").lower()
    if not re.search(SECTION_LEVEL_ASKED, text):
        return None
    # a break asked: the bars where a part plays on alone (the 'break' event) up to where the others come back, not the
    # window's section change ("is the break louder or quieter than the chorus?" compared a bridge with the break and
    # the chorus together: round 96's cs09, dev)
    brk = next((e for e in a.events if e.kind == "break" and e.bar is not None), None) \
        if re.search(r"\bbreak\b", text) else None
    change = brk or section_change(a.events, placed=True)
    if change is None:
        return None
    first = change.bar + (1 if brk is not None and change.beat and change.beat > 2 else 0)
    end = next((e.bar for e in a.events if brk is not None and e.bar is not None and e.bar > first and
                e.kind in ("section", "returns", "enters")), None)
    levels = a.bar_levels_db or {}
    before = [v for b, v in levels.items() if b < first]
    after = [v for b, v in levels.items() if b >= first and (end is None or b < end)]
    if not before or not after:
        return None
    diff = float(np.median(after) - np.median(before))
    words = next(w for lim, w in LOUDER_WORDS if diff >= lim).replace(" here", "")
    where = _bar_here(chart_bar_numbers(a), first)
    by = f", by about {count_word(round(abs(diff)))} decibels" if abs(diff) >= 1.5 else ""
    if brk is None:
        return (f"From the section change{' at ' + where if where else ''} on, the mix is {words} in the bars before "
                f"it{by}.")
    # the part that plays on: its own strokes' level against its bars before (a kit alone that hits harder makes a
    # quieter mix, the others gone: that break was said only "quieter")
    said = []
    for stem in brk.stems:
        bars = a.part_bar_levels.get(stem, {})
        mine = [(bars[b], b >= first) for b in bars if b < first or (end is None or b < end)]
        was, now = ([x for x, k in mine if k == side and x[2]] for side in (False, True))  # (the bars it strikes in)
        if was and now:
            said.append(f"the {stem} {verb([stem], 'plays', 'play')} on alone {_harder(was, now)[1]}")
    gone = sorted({x for e in a.events if e.kind in ("drops_out", "stops") and e.bar is not None and
                   first - 1 <= e.bar <= first for x in e.stems} - set(brk.stems))
    left = f", the {_names(gone)} gone" if gone else ""
    return (f"In the break{' from ' + where if where else ''} the mix as a whole is {words} in the bars before "
            f"it{by}{left}" + (f"; {_names(said)}." if said else "."))


def _against_song_sentence(a: WindowAnalysis, named: list[str], live: list[str], question: str | None) -> str | None:
    """The selected parts here against the same parts through the whole song (busier, louder; each counted while
    it sounds) and the window's sections among the song's by the mix's level, as the question asks."""
    text = (question or "").lower()
    vs = a.against_song
    if vs is None or not re.search(SONG_COMPARE_ASKED, text):
        return None
    busy, loud = bool(re.search(SONG_BUSY, text)), bool(re.search(SONG_LOUD, text))
    busy, loud = busy or not loud, loud or not busy
    clauses = []
    main = sorted(vs.sections, key=lambda x: -x.share)
    if loud and main:
        def nth(x) -> str:
            return ("the louder" if x.of == 2 and x.rank == 1 else "the quieter" if x.of == 2 else
                    "the loudest" if x.rank == 1 else "the quietest" if x.rank == x.of else
                    f"the {ORDINAL_WORDS[x.rank - 1]} loudest" if x.rank <= len(ORDINAL_WORDS) else "in the middle")
        of = f"of the song's {count_word(main[0].of)} sections by the mix's level"
        both = [x for x in vs.sections if x.share >= 0.25]
        if len(both) == 2:
            into = f"the next {both[1].label}" if both[1].label == both[0].label else f"the {both[1].label}"
            clauses.append(f"this window runs from the {both[0].label} part into {into} part, {nth(both[0])} and "
                           f"{nth(both[1])} {of}")
        else:
            clauses.append(f"this window lies in the {main[0].label} part, {nth(main[0])} {of}")
    alike: dict[str, list[str]] = {}  # the parts said in the same words, said together
    for p in vs.parts:
        if p.stem not in (named or live):
            continue
        said = []
        if busy and p.busier is not None:
            said.append(next(w for x, w in BUSIER_WORDS if p.busier >= x))
        if loud and p.louder_db is not None:
            said.append(next(w for x, w in LOUDER_WORDS if p.louder_db >= x))
        if said:
            alike.setdefault(" and ".join(said), []).append(p.stem)
    for words, stems in alike.items():
        each = " each" if len(stems) > 1 else ""
        clauses.append(f"the {_names(stems)} {verb(stems, 'is', 'are')}{each} {words} through the song as a whole")
    if not clauses:
        return None
    return f"Against the song as a whole, each part counted while it plays: {'; '.join(clauses)}."


# "how many notes in this bit?", "how many hits does the drummer play here?": the part's notes (or the kit's hits)
# counted over the window (the twenty-fourth session's sweep on the madmom piano clip, dev: its phrase shape); a count
# per bar is the drum pattern's
# "layering a clap on his snare ... and how many claps is that?": one drum's hits counted (round 71's bt01, dev: the
# count was left to the pattern's positions)
DRUM_COUNT_ASKED = (r"\bhow many (?:claps?|snares?|kicks?|toms?|crash(?:es)?|cymbals?|hats?|hi-?hats?|"
                    r"(?:snare|kick|tom|crash|hat|hi-?hat) (?:hits|strokes))\b"
                    # (a count per bar is the pattern's; the kit's drums or pedals counted are not hits: the review)
                    r"(?![^?]*\b(?:per|a|each|every) (?:bar|beat|measure)s?\b)"
                    r"(?! (?:drums?|pedals?|rolls?)\b)(?![^?]*\b(?:in the kit|on the one|does he (?:use|have))\b)")
NOTE_COUNT_ASKED = (r"\bhow many (?:notes|hits|strokes|attacks|onsets)\b(?![^?]*\b(?:per|a|each|every) (?:bar|beat|measure|"
                    r"phrase|line|chord|verse)s?\b)|" + DRUM_COUNT_ASKED)


COUNTED_KIT_WORDS = KIT_CLASS_WORDS + (("hihat", r"\btambourines?\b|\bshakers?\b"),)


def _drum_count_sentence(a: WindowAnalysis, text: str) -> str | None:
    """The hits of each drum the count asks (DrumPattern.hits), in the order named ("how many kicks, snares, floor
    toms and tambourine hits should it give me?" got the kick's alone: round 72's bu01, dev); a clap counts the drum
    it is layered on (the first drum the question names, else the snare)."""
    p, asked = a.drum_pattern, re.search(DRUM_COUNT_ASKED, text)
    if p is None or asked is None:
        return None
    word = asked.group(0)
    if "clap" in word:
        on = [c for c, pattern in KIT_CLASS_WORDS if re.search(pattern, text)] + ["snare"]
        cls = next((c for c in on if c in p.hits), None)
        if cls is None:
            return None
        n = p.hits[cls]
        return (f"The {_kit_name(cls, p)} is struck {_times(n)} here, so {count_word(n)} "
                f"{'clap' if n == 1 else 'claps'}, as the drum reading hears it.")
    asking = text[asked.start():].split("?")[0]  # the drums the count names, from its "how many" on, in that order
    first = {c: m.start() for c, pattern in COUNTED_KIT_WORDS for m in [re.search(pattern, asking)] if m}
    named = sorted(first.items(), key=lambda x: x[1])
    counts = [(c, p.hits.get(c, 0)) for c, _ in named]
    if not counts:
        return None
    said = [f"the {_kit_name(c, p)} {_kit_is(_kit_name(c, p))} struck {_times(n)}" if n else
            f"no {_kit_one(_kit_name(c, p))} hit is read" for c, n in counts]
    return f"As the drum reading hears it here, {_names(said)}."


def _note_count_sentence(a: WindowAnalysis, named: list[str], live: list[str], question: str | None) -> str | None:
    if not re.search(NOTE_COUNT_ASKED, (question or "").lower()):
        return None
    if re.search(DRUM_COUNT_ASKED, (question or "").lower()):
        return _drum_count_sentence(a, (question or "").lower())
    said = []
    for p in a.presence:
        if p.stem not in (named or live) or p.stem == MIX_STEM or not p.notes:
            continue
        if p.stem == "drums":
            hits = a.drum_pattern.hits if a.drum_pattern is not None else {}
            each = [f"the {_kit_name(c, a.drum_pattern)} {count_word(n)}"
                    for c, n in sorted(hits.items(), key=lambda x: -x[1])]
            together = sum(hits.values()) > p.onsets
            said.append(f"the drums play {count_word(p.onsets)} strokes here" +
                        (f"{', some of them two drums at once' if together else ''}: {_names(each)}" if each else ""))
            continue
        act = verb([p.stem], "sings", "sing") if p.stem == "vocals" else verb([p.stem], "plays", "play")
        if p.stem not in ("bass", "vocals") and p.onsets < p.notes:  # a chord is one stroke, as a player counts
            said.append(f"the {p.stem} {act} {count_word(p.notes)} notes here, struck in {count_word(p.onsets)} "
                        "strokes (a chord counted once)")
        else:  # a line: its strokes are its notes (a note the transcription restarts as it rings is one)
            said.append(f"the {p.stem} {act} {count_word(p.onsets)} {'note' if p.onsets == 1 else 'notes'} here")
    if not said:
        return None
    text = "; ".join(said)
    return f"{text[0].upper()}{text[1:]}, as transcribed."


# "what's the guitar's role here -- rhythm or lead?": the part's role said as the word asked (the twenty-fourth
# session's sweep on Country1, dev: it got the guitar's strokes and chords, no word of which)
ROLE_CHOICE_ASKED = (r"\b(?:rhythm|lead|melody|solo|backing|comping|accompaniment)\b(?: part| guitar| role)? (?:or|vs\.?|"
                     r"versus) (?:a |the )?(?:rhythm|lead|melody|solo|backing|comping|accompaniment)\b")


def _role_choice_sentence(a: WindowAnalysis, named: list[str], live: list[str], roles, question: str | None,
                          lead: str | None) -> str | None:
    if not re.search(ROLE_CHOICE_ASKED, (question or "").lower()):
        return None
    stem = next((x for x in named if x in live and x not in ("drums", MIX_STEM)), None) or \
        (live[0] if len(live) == 1 and live[0] not in ("drums", MIX_STEM) else None)
    role = next((r.role for r in roles if r.stem == stem), None)
    if stem is None or role is None:
        return None
    p = next((x for x in a.presence if x.stem == stem), None)
    chords = bool(p and p.playing and "chords" in p.playing and "one note at a time" not in p.playing)
    if role in ("lead", "counterline") or stem == lead and not chords:
        return f"Lead: the {stem} {verb([stem], 'carries', 'carry')} the line here rather than backing it."
    how = "chords" if chords else "under the other parts"
    return f"Rhythm: the {stem} {verb([stem], 'plays', 'play')} a backing part here, {how}, rather than carrying a line."


# "what's the chord on the first beat?", "what chord does it start on?": the chart's first chord, placed
FIRST_CHORD_ASKED = (r"\b(?:first|opening|starting) chord\b|\bchord (?:on|at) the (?:first beat|very start|top|start)\b|"
                     r"\bwhat chord does (?:it|this|the \w+) (?:start|open|begin) (?:on|with)\b")


def _first_chord_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    grid = a.chord_grid
    if grid is None or not grid.bars or not re.search(FIRST_CHORD_ASKED, (question or "").lower()):
        return None
    first = grid.bars[0]
    where = _bar_here(chart_bar_numbers(a), first.bar)
    chord = say.chart_chord_words(first.chords[0], grid.implied)
    then = (f", then {say.chart_chord_words(first.chords[1], grid.implied)} halfway through that bar"
            if len(first.chords) > 1 else "")
    return f"The first chord here is {chord}" + (f", in {where}" if where else "") + f"{then}."


# "what's the busiest bar here?": the whole bar with the most notes and hits over the selected parts (part_bar_levels)
# (the twenty-fourth session's sweep on Beatles got the busiest part, dev)
BUSY_BAR_ASKED = (r"\b(?:busiest|densest|sparsest|emptiest|barest) bars?\b|"
                  r"\b(?:which|what) bar\b[^?]*\b(?:busiest|densest|sparsest|emptiest|barest)\b")


def _busy_bar_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    hit = re.search(BUSY_BAR_ASKED, (question or "").lower())
    if not hit:
        return None
    count: dict[int, int] = {}
    for stem, bars in a.part_bar_levels.items():
        for n, x in bars.items():
            count[n] = count.get(n, 0) + x[2]
    order = chart_bar_numbers(a)
    count = {n: k for n, k in count.items() if n in order}
    if len(count) < 2:
        return None
    busy = bool(re.search(r"busiest|densest", hit.group(0)))
    pick = (max if busy else min)(sorted(count), key=lambda n: count[n])
    ties = [n for n in count if count[n] == count[pick]]
    where = _bars_here(order, sorted(ties)) if len(ties) > 1 else _bar_here(order, pick)
    word = "busiest" if busy else "sparsest"
    return (f"The {word} {'bars are' if len(ties) > 1 else 'bar is'} {where}, with {count_word(count[pick])} notes "
            f"and hits as transcribed across the selected parts{' each' if len(ties) > 1 else ''} (the whole bars here "
            f"run from {count_word(min(count.values()))} to {count_word(max(count.values()))}).")


# "how long are her phrases?": each phrase's length, in beats where the meter gives a tempo (the twenty-fourth
# session's sweep on vocadito got their shapes, dev)
PHRASE_LENGTH_ASKED = (r"\bhow long (?:are|is) (?:her|his|their|the|its|each|these) (?:\w+ )?(?:phrases?|lines?)\b|"
                       r"\b(?:phrases?|lines?)(?:'s)? lengths?\b|\blength of (?:her|his|their|the|each) (?:phrases?|lines?)\b")


def _phrase_length_sentence(a: WindowAnalysis, m: Melody | None, question: str | None) -> str | None:
    if m is None or not m.phrases or not re.search(PHRASE_LENGTH_ASKED, (question or "").lower()):
        return None
    beat = 60.0 / a.meter.tempo_bpm if a.meter is not None and a.meter.tempo_bpm else None
    # a phrase starting in the window's last beat is the next one coming in, not a phrase of one beat (a singer back
    # 0.03 s before the window ends: round 106's dc10 packet, dev)
    whole = [x for x in m.phrases if x.start_s < a.window.end_s - (beat or 1.0)]
    cut = ", and the next starts as the window ends" if whole and len(whole) < len(m.phrases) else ""
    # (a phrase runs from its first note's start to its last note's, plus that note: one step of the phrase's own)
    spans = [(x.end_s - x.start_s) * (1 + 1 / (x.notes - 1)) if x.notes > 1 else (beat or 1.0)
             for x in whole or m.phrases]
    counts = [max(1, round(x / (beat or 1.0))) for x in spans]
    said, unit, n = [count_word(k) for k in counts], "beats" if beat else "seconds", len(counts)
    if n == 1:
        return f"The {possessive(m.stem)} one phrase here lasts about {said[0]} {unit}{cut}."
    if n > 8:
        return (f"The {possessive(m.stem)} {count_word(n)} phrases here run from about {count_word(min(counts))} to "
                f"about {count_word(max(counts))} {unit} each{cut}.")
    return f"The {possessive(m.stem)} {count_word(n)} phrases here last about {_names(said)} {unit}, in turn{cut}."


# "thinking of taking the whole song down a minor third -- what key is that, and the chords?": the window's key and
# its chart moved by the interval asked (round 53's bb06, dev: the client worked it out from the chart)
INTERVAL_STEPS = (("half[- ]?steps?|semitones?|half[- ]?tones?", 1), ("whole[- ]?steps?|whole[- ]?tones?|tones?|steps?", 2),
                  ("minor thirds?", 3), ("major thirds?", 4), ("(?:perfect )?fourths?", 5), ("tritones?", 6),
                  ("(?:perfect )?fifths?", 7), ("octaves?", 12))
# (a count asked is no step: "how much do I speed it up, how many semitones do I shift it" read "Up a semitones": round
# 74's bw09, dev)
TRANSPOSE_ASKED = (r"\b(?P<dir>down|up|lower|higher|drop\w*|rais\w*|transpos\w*)\b(?:(?!how many)[^?]){0,24}?\b(?:by )?"
                   r"(?:(?P<n>a|an|one|"
                   r"two|three|four|five|six|\d+) )?(?P<step>" + "|".join(w for w, _ in INTERVAL_STEPS) + r")\b")
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


# (the song moved, not a line's step: "does the melody go up a fifth here?" asks the tune)
TRANSPOSE_MEANT = (r"\bkeys?\b|\btranspos\w*|\b(?:take|taking|move|moving|put|putting|drop|dropping|raise|raising|bring|"
                   r"bringing|shift|shifting|pitch|pitching|tune|tuning) (?:it|this|that|the (?:whole )?(?:song|track|tune|"
                   r"thing|tag|chorus|verse)|everything|us)\b")


# "our singer wants this in C -- what are these bars in C?": the key asked by name (round 68's bq05 got capo shapes for
# the key the take is in, dev); a key's letter as written (a capital), after a verb that moves the song or the singer's
# want
# ("sounds like it's in D flat" hears a key, it wants none: round 117's dn03 read "Moved to D flat major", dev)
TO_KEY_ASKED = (r"\b(?:wants?|want(?:ed|ing)?|needs?|prefers?|(?<!sounds )(?<!sound )(?<!feels )(?<!feel )"
                r"(?<!seems )(?<!looks )(?<!sounded )(?<!felt )likes?|put|move|take|transpos\w*|bring|shift|"
                r"play(?:ing)?|do(?:ing)?|sing(?:ing)?)\b[^?]*?\b(?:in|into|to) (?:the key of )?"
                r"(?P<tonic>[A-G](?:#|b|♭|♯| sharp| flat)?)(?:[ -]?(?P<mode>major|minor|maj|min|m)\b)?(?![\w'/])")


TRANSPOSE_DRIVEN = TRANSPOSE_ASKED + "|" + TO_KEY_ASKED.replace("[A-G]", "[a-g]")  # (placed in a lower-cased ask)


def _spelled_tonic(word: str) -> str:
    """A key's tonic as the question writes it, spelled as the code spells it: 'g-flat', 'B flat', 'C♯' → 'Gb',
    'Bb', 'C#'."""
    word = re.sub(r"[- ]?sharp", "#", re.sub(r"[- ]?flat", "b", word.replace("♭", "b").replace("♯", "#")))
    return word[:1].upper() + word[1:]


def _asked_key_shift(question: str, key: str) -> tuple[int, str] | None:
    """(semitones up, the key) to the key a question names by letter, the nearer way (a tritone: down)."""
    hit = re.search(TO_KEY_ASKED, question or "")
    if hit is None:
        return None
    tonic = _spelled_tonic(hit.group("tonic"))
    if tonic not in PITCH_CLASS:
        return None
    now, minor = _tonic_symbol(key)
    mode = hit.group("mode")
    minor = mode in ("minor", "min", "m") if mode else minor
    up = (PITCH_CLASS[tonic] - now) % 12
    return (up if up < 6 else up - 12), key_name(PITCH_CLASS[tonic], "minor" if minor else "major")


def _transpose_sentence(a: WindowAnalysis, hm: Harmony | None, question: str | None) -> str | None:
    text = (question or "").lower()
    hit = re.search(TRANSPOSE_ASKED, text) if re.search(TRANSPOSE_MEANT, text) else None
    grid = a.chord_grid
    if hm is None or not hm.key_in_window:
        return None
    tonic, minor = _tonic_symbol(hm.key_in_window)
    # (a key named wins over an interval: "down a minor third to E minor" over G major read "becomes E major")
    to_key = _asked_key_shift(question or "", hm.key_in_window)
    tail = ""
    if to_key is not None:
        steps, new_key = to_key
        shift = steps % 12
        if not steps and new_key == hm.key_in_window:  # the key asked is the one here: no move, no chart moved ("my
            # song, which is in E flat too" read "Moved to E flat major (no move ...), and the chords bar by bar become
            # ...": round 73's bv01, dev)
            return f"No key change is needed: this is in {say.spoken_keys(hm.key_in_window)} here already."
        if not steps:  # the same tonic in the other mode: no semitones, the chords' qualities change (not charted)
            return (f"To {say.spoken_keys(new_key)}: the same tonic as {say.spoken_keys(hm.key_in_window)} here, in "
                    "the other mode, so no semitones move but the chords' thirds change; the chart here is the "
                    "original's.")
        by = (f"{'up' if steps > 0 else 'down'} {count_word(abs(steps))} semitone{'s' if abs(steps) > 1 else ''} "
              f"from {say.spoken_keys(hm.key_in_window)} here")
        said, moved_key = f"Moved to {say.spoken_keys(new_key)} ({by})", new_key
        asked_minor = new_key.endswith("minor")
        if asked_minor != minor:  # the other mode at another tonic: the chart moves in its own mode, and its thirds
            # change ("move it to C minor" over E flat major listed C major chords: the twenty-ninth session's review)
            if (tonic + (3 if minor else 9)) % 12 == (tonic + shift) % 12:  # its relative: nothing moves
                return (f"{say.capital(say.spoken_keys(new_key))} is the relative {'minor' if asked_minor else 'major'}"
                        f" of {say.spoken_keys(hm.key_in_window)} here: the same notes and key signature, so no "
                        f"transposition; the chords stay as they are, the song centring on "
                        f"{say.spoken_note(new_key.split()[0])} instead.")
            moved_key = key_name((tonic + shift) % 12, "minor" if minor else "major")
            said = (f"{say.capital(say.spoken_keys(new_key))} is the other mode from "
                    f"{say.spoken_keys(hm.key_in_window)} here; moved {by.split(' from ')[0]}, the song is in "
                    f"{say.spoken_keys(moved_key)}")
            tail = f", the chords' thirds changing to be in {say.spoken_keys(new_key)} (not charted here)"
    elif hit is not None:
        size = next(n for w, n in INTERVAL_STEPS if re.fullmatch(w, hit.group("step")))
        count = int(hit.group("n")) if (hit.group("n") or "").isdigit() else COUNT_WORDS.get(hit.group("n") or "a", 1)
        up = not re.match(r"down|lower|drop", hit.group("dir"))
        shift = (size * count * (1 if up else -1)) % 12
        new_key = key_name((tonic + shift) % 12, "minor" if minor else "major")
        moved_key = new_key
        by = f"{hit.group('n') or 'a'} {hit.group('step')}".replace("a a", "a")
        said = (f"{'Up' if up else 'Down'} {by}, {say.spoken_keys(hm.key_in_window)} here becomes "
                f"{say.spoken_keys(new_key)}")
    else:
        return None
    names = FLAT_NAMES if uses_flats(moved_key) else SHARP_NAMES

    def moved(symbol: str) -> str:
        return re.sub(r"[A-G][#b]?", lambda m: names[(PITCH_CLASS[m.group(0)] + shift) % 12], symbol)
    if grid is None or not grid.bars or len(grid.bars) > 12:
        return said + tail + "."
    bars = [" then ".join(say.chart_chord_words(moved(c), grid.implied) for c in b.chords) for b in grid.bars]
    tail = tail.replace(" the chords' ", " their ")  # (the chart just said)
    return said + f", and the chords bar by bar become {_names(bars)}{tail}."


# "adding a pad under this verse -- which chords should it hold, and for how many bars each?": each chord of the chart
# with how long it holds inside the window, in bars and beats (the pace alone, "mostly a new chord every two bars", left
# the lengths to the chart: the twenty-fifth session's read of Country1's verse, dev)
CHORD_LENGTH_ASKED = (r"^(?=[^?]*\b(?:chords?|changes|progression|harmony)\b)[^?]*(?:\bhow (?:many (?:bars|beats|counts)|"
                      r"long)\b[^?]*\beach\b(?! (?:section|part|verse|chorus|bar|line|phrase|note))|"
                      r"\b(?:bars|beats) (?:per|for each|on each|each) chord\b|\beach chord\b[^?]*"
                      r"\b(?:lasts?|holds?|held|rings?|goes on)\b|\bhow long\b[^?]*\b(?:on|for) (?:each|every) chord\b|"
                      r"\bchords? (?:and|with) (?:(?:their|its|the) )?(?:lengths?|durations?|how long)\b|"
                      r"\blengths? of (?:each|every|the) "
                      r"chords?\b)")


def _length_words(beats: int, per_bar: int) -> str:
    """'two bars', 'three beats', 'a bar and a half', 'two bars and one beat': a length counted as a player counts it."""
    bars, rest = divmod(beats, per_bar)
    if rest and 2 * rest == per_bar and bars:
        return "a bar and a half" if bars == 1 else f"{count_word(bars)} and a half bars"
    said = [] if not bars else ["a bar" if bars == 1 else f"{count_word(bars)} bars"]
    if rest:
        said.append("a beat" if rest == 1 and not bars else f"{count_word(rest)} beat{'s' if rest > 1 else ''}")
    return " and ".join(said) or "less than a beat"


def _chord_length_sentence(a: WindowAnalysis, hm: Harmony | None, question: str | None) -> str | None:
    grid = hm.chart if hm is not None else None
    if grid is None or len(grid.bars) < 1 or not re.search(CHORD_LENGTH_ASKED, (question or "").lower()):
        return None
    spans = [b.end_s - b.start_s for b in grid.bars if b.start_s is not None and b.end_s is not None]
    per_bar = a.meter.beats_per_bar if a.meter is not None and a.meter.beats_per_bar else None
    if len(spans) != len(grid.bars) or not per_bar:
        return None
    full = float(np.median(spans))  # most of a window's bars are whole: the partial first and last are not
    beat = full / per_bar
    runs: list[list] = []  # [chord, seconds]
    for b in grid.bars:
        for ch in b.chords:
            part = (b.end_s - b.start_s) / len(b.chords)
            if runs and runs[-1][0] == ch:
                runs[-1][1] += part
            else:
                runs.append([ch, part])
    if len(runs) > 12:
        return None  # a chart too busy to say chord by chord: the chart sentence's pace says it
    said = [f"{say.chart_chord_words(ch, grid.implied)} for {_length_words(max(1, round(s / beat)), per_bar)}"
            for ch, s in runs]
    # the first bar cut by the window: its chord was already sounding (a pad comes in on it mid-bar)
    if grid.bars[0].start_s <= a.window.start_s + 0.05 and spans[0] < full - beat / 2:
        said[0] += " from the window's start"
    return "Chord by chord here: " + ", then ".join(said) + "."


# "is there a bar where the drums groove on their own?", "where does the bass play alone?": the whole bars where the
# named part is the only selected part sounding (part_bar_levels: a part sounds in a bar through a quarter of it or
# more; round 53's bb11, dev: the drums' four bars alone were offered as groove bars, not said to be alone)
# A part whose sounding frames in a bar are this much another stem's spill, at this far under its loudest bar in the
# window, does not play there. On a degraded copy every stem's frames read mostly spill, where its part plays too
# (ft_swing_g1208's: 0.8-1.0 in every bar); the spill bars lie 9.5-18 dB under the bars the parts play (its drum
# solo and the band's return: round 85's ch02, dev)
SPILL_BAR_SHARE, SPILL_BAR_UNDER_DB = 0.5, 9.0
ALONE_ASKED = r"\b(?:on (?:its|their|his|her) own|alone|by (?:itself|themselves|himself|herself)|unaccompanied)\b"
# (not "solo": a guitar solo is a lead over the band, not the guitar alone)


def _alone_sentence(a: WindowAnalysis, named: list[str], live: list[str], question: str | None) -> str | None:
    text = (question or "").lower()
    if not re.search(ALONE_ASKED, text) or len(live) < 2 or \
            re.search(r"\b(?:louder|softer|quieter|level|volume)\b[^?]*\bon (?:its|their|his|her) own\b", text):
        return None  # ("where does she get louder or softer on her own?" asks her level, not the bars she is alone)
    # the part named in the clause that says alone, the nearest before it ("the drums go it alone" beside a question
    # about the singer and the band, and "the guitar ... sounds thin on its own" beside her voice, got the singer's
    # bars: round 75's bx06 and bx10, dev); a question naming one part, that part
    hit = re.search(ALONE_ASKED, text)
    clause = next((text[x:z] for x, z in clause_spans(text) if x <= hit.start() < z), text)
    near = [x for x in named_stems(clause[:clause.find(hit.group(0)) + len(hit.group(0))]) if x in live]
    stem = near[-1] if near else named[0] if len(named) == 1 and named[0] in live else None
    if stem is None or stem == MIX_STEM:
        return None
    order = chart_bar_numbers(a)
    sounding: dict[int, set[str]] = {}
    spilt: set[str] = set()  # the parts that sound in some bar with nothing but spill in them
    for part, bars in a.part_bar_levels.items():
        top = max(x[1] for x in bars.values())
        for n, level in bars.items():
            # a bar where most of what a part's stem sounds is another's spill, far under where the part plays, is
            # no bar it plays (a degraded copy's drum solo read "in every bar another of the selected parts sounds
            # with them" from the kit's spill in the bass, guitar and vocal stems: round 85's ch02, dev)
            if part != stem and a.part_bar_spill.get(part, {}).get(n, 0.0) >= SPILL_BAR_SHARE and \
                    level[1] <= top - SPILL_BAR_UNDER_DB:
                spilt.add(part)
                continue
            sounding.setdefault(n, set()).add(part)
    alone = [n for n in order if sounding.get(n) == {stem}]
    act = verb([stem], "sings", "sing") if stem == "vocals" else verb([stem], "plays", "play")
    others = _names([x for x in live if x != stem])
    brk = next((e for e in a.events if e.kind == "break" and e.stems == [stem]), None)
    if not alone and brk is not None:  # the others' bars hold their spill or ring: the break the events read says it
        back = next((e for e in a.events if e.time_s > brk.time_s and e.kind in ("enters", "returns")), None)
        return (f"The {stem} {act} on alone from {_event_at(a, brk).removeprefix('on ')}" +
                (f" until the {_names(back.stems)} {verb(back.stems, 'comes', 'come')} back {_event_at(a, back)}"
                 if back else
                 " to the window's end") + ".")
    # every other part stops inside the window and none comes back: alone from the last stop to the end, however few
    # whole bars that leaves ("the band drops out and leaves the drummer on his own -- exactly when?" read "in no
    # whole bar here" over the last three seconds: round 79's cb11, dev)
    rest = [x for x in live if x != stem]
    last_stop: dict = {}  # stem -> its last stop
    for e in a.events:
        for x in e.stems:
            if x in rest and e.kind in ("stops", "drops_out"):
                last_stop[x] = e
            elif x in rest and e.kind in ("enters", "returns"):
                last_stop.pop(x, None)
    if not alone and rest and set(last_stop) == set(rest):
        out = max(last_stop.values(), key=lambda e: e.time_s)
        return (f"The {stem} {act} on alone from {_event_at(a, out).removeprefix('on ')} to the window's end, once the "
                f"{others} {verb(rest, 'stops', 'stop')}.")
    if not alone:
        return (f"The {stem} {act} on {its([stem])} own in no whole bar here: in every bar "
                f"another of the selected parts ({others}) sounds with {'them' if plural([stem]) else 'it'}.")
    where = _bars_here(order, alone) or "some bars here"
    leak = [x for x in rest if x in spilt]
    return (f"The {stem} {act} on {its([stem])} own in {where}: no other selected part "
            f"sounds through them" + (f" (what the {_names(leak)} {verb(leak, 'carries', 'carry')} there is "
                                      "spill)" if leak else "") + ".")


# "what happens in the second half of this bit?": the events in that part of the window only (the twenty-fourth
# session's sweep on Punk, dev: it got the first half's entries first)
HALF_ASKED = r"\b(first|second|last|back|front) half\b|\b(?:in|around) the (middle)\b"
# ... asked as a change ("does the comp change in the second half?" got the chords: the twenty-fifth session's sweep on
# GuitarSet, dev)
HALF_CHANGE_ASKED = (r"^(?=[^?]*\b(?:chang\w*|different|differ\w*|switch\w*|happens?|anything new)\b)[^?]*"
                     r"(?:\b(?:first|second|last|back|front) half\b|\b(?:in|around) the middle\b)")
HALF_SPANS = {"first": (0.0, 0.5), "front": (0.0, 0.5), "second": (0.5, 1.01), "last": (0.5, 1.01), "back": (0.5, 1.01),
              "middle": (1 / 3, 2 / 3)}


def _part_of_window_events(a: WindowAnalysis, question: str | None) -> str | None:
    """The window's events (say.events_sentence), or, asked of a half or the middle of it, those that fall there, or
    that nothing does."""
    w = a.window
    hit = re.search(HALF_ASKED, (question or "").lower())
    if hit is None:
        return say.events_sentence(a.events, w.start_s, w.duration_s, _event_place(a))
    lo, hi = HALF_SPANS[hit.group(1) or hit.group(2)]
    inside = [e for e in a.events if lo <= (e.time_s - w.start_s) / max(w.duration_s, 1e-6) < hi]
    said = say.events_sentence(inside, w.start_s, w.duration_s, _event_place(a))
    where = "the middle" if (hit.group(2)) else f"the {hit.group(1)} half"
    return said or f"Nothing enters, drops out or changes in {where} of this window."


# "what are the lyrics here?": the words sung inside the window where lyrics were read at load, else that they were
# not (the twenty-fourth session's sweep on Beatles got the singer's phrases)
LYRICS_ASKED = (r"\blyrics?\b|\bwhat (?:is|are|does|do) (?:she|he|they|the singer|the vocals?) (?:say|saying)\b|"
                r"\bwhat words\b|\bwhich words\b")


def _lyrics_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    if not re.search(LYRICS_ASKED, (question or "").lower()):
        return None
    if a.lyric_words is None:
        return ("The words are not read for this track: lyrics are transcribed at load only where the speech-to-text "
                "weights are installed, so this answer gives what the parts play.")
    if not a.lyric_words:
        return "No words are sung inside this window, as the lyrics were read."
    return f"The words sung here, as transcribed: \u201c{' '.join(a.lyric_words)}\u201d."


# "how many times does the chord change here?", "how many chord changes are there?": the chart's changes counted and
# placed (the twenty-fourth session's sweep on Punk, dev: it got the progression and "chords change irregularly")
CHANGE_COUNT_ASKED = (r"\bhow (?:many times|often)\b[^?]*\b(?:chords?|harmony)\b[^?]*\bchang\w*|"
                      r"\bwhere (?:(?:are|do|does) (?:the )?(?:chord )?changes?|(?:do|does) the chords? change)\b"
                      r"(?![^?]*\b(?:relative|against|ahead|behind|early|late|before|after|beat)\b)|"
                      r"\bhow (?:many times|often)\b[^?]*\bchang\w*\b[^?]*\bchords?\b|"
                      r"\bhow many (?:chord )?changes\b|\bhow many (?:different )?chords\b")
CHANGES_PLACED = 6  # more changes than this are counted, not placed one by one


def _change_count_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """How many times the chart's chord changes in the window and, where there are few, where (ChordGrid.bars: one
    chord or two half-bars each), with how many different chords it uses."""
    grid = a.chord_grid
    if grid is None or not grid.bars or not re.search(CHANGE_COUNT_ASKED, (question or "").lower()):
        return None
    order = chart_bar_numbers(a)
    seq = [(b.bar, half, c) for b in grid.bars for half, c in enumerate(b.chords)]
    changes = [x for i, x in enumerate(seq) if i and x[2] != seq[i - 1][2]]
    used = len(dict.fromkeys(c for *_, c in seq))
    if not changes:
        return f"The chord does not change here: {say.chart_chord_words(seq[0][2], grid.implied)} holds throughout."
    head = (f"The chord changes {_times(len(changes))} here, through {count_word(used)} different chords"
            if used > 2 else f"The chord changes {_times(len(changes))} here, between two chords")
    if len(changes) > CHANGES_PLACED:
        return f"{head}, starting on {say.chart_chord_words(seq[0][2], grid.implied)}."

    def where(bar: int, half: int) -> str:
        here = _bar_here(order, bar)
        return f"{'halfway through' if half else 'in'} {here}" if here else "later"

    moves = [f"{'back ' if any(x[2] == c for x in seq[:seq.index((bar, half, c))]) else ''}to "
             f"{say.chart_chord_words(c, grid.implied)} {where(bar, half)}" for bar, half, c in changes]
    return f"{head}, starting on {say.chart_chord_words(seq[0][2], grid.implied)}: {_names(moves)}."


TENSION_CHORD_ASKED = (r"\btension (?:point|peak|chord)\b|\bmost (?:tension|tense)\b|"
                       r"\bwhich chord\b[^?]*\b(?:tension|tense|pulls?|unresolved|resolv\w*)\b|"
                       r"\bwhere(?:'s| is| does)\b[^?]*\b(?:the )?tension\b[^?]*\b(?:peak|build|sit|come from|point)|"
                       r"\bwhat chord\b[^?]*\b(?:tension|tense|pull)|"
                       # "where does the harmony resolve?" (the twenty-second session's sweep on ft_swing_g1208 got
                       # the notes' tension, dev)
                       r"\bwhere\b[^?]*\b(?:harmony|chords?|progression|it|this)\b[^?]*\bresolv\w*")
# how far a chord leans away from home, by its degree (a musician's harmony: the dominant and the leading-tone chord
# pull hardest back to the tonic; a chord from outside the key next; the subdominants lean; the tonic's relatives
# barely move; the tonic is home)
NUMERAL_PULL = {"V": 3.0, "VII°": 3.0, "vii°": 3.0, "II": 2.5, "III": 2.5, "VI": 2.5, "ii°": 2.0, "IV": 1.5,
                "ii": 1.5, "iv": 1.5, "v": 1.0, "vi": 1.0, "iii": 1.0, "VII": 1.0, "I": 0.0, "i": 0.0}
NUMERAL_WORDS = {"I": "one", "II": "two", "III": "three", "IV": "four", "V": "five", "VI": "six", "VII": "seven"}


def _pull_of(numeral: str, minor_key: bool) -> float:
    base = re.sub(r"(?:maj7|sus4|sus2|7|5|\+)$", "", numeral)
    if base.startswith(("b", "#")):
        return 2.5 if minor_key is False or base not in ("bIII", "bVI", "bVII") else 1.0
    if minor_key and base in ("III", "VI"):  # the relative major and the minor key's own six: near home
        return 1.0
    return NUMERAL_PULL.get(base, 1.0)


def _numeral_words(numeral: str) -> str:
    """'V7' -> 'the five chord', 'bVII' -> 'the flat seven chord', 'iv' -> 'the minor four chord'."""
    base = re.sub(r"(?:maj7|sus4|sus2|7|5|\+|°)$", "", numeral)
    accidental = {"b": "flat ", "#": "sharp "}.get(base[:1], "")
    roman = base.lstrip("b#")
    word = NUMERAL_WORDS.get(roman.upper(), roman)
    minor = roman.islower() and roman.upper() not in ("II", "III", "VI")  # ii, iii, vi are minor by the key
    return f"the {accidental}{'minor ' if minor else ''}{word} chord"


def _tension_chord_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """Which chord of the window pulls hardest away from home, by its degree in the key (ChordGrid.numerals), and
    where it goes: "which chord in this stretch feels like the tension point?" got the notes' fit to the chords
    (the fourteenth session's sweep on the Rock multitrack, dev)."""
    grid = a.chord_grid
    if grid is None or not grid.numerals or len(grid.progression) < 2 or \
            not re.search(TENSION_CHORD_ASKED, (question or "").lower()):
        return None
    minor_key = (grid.numerals_key or "").endswith("minor")
    parsed = [parse_symbol(c) for c in grid.progression]
    # a dominant seventh pulls to the chord a fifth below it whatever key the window is counted in (a window of G,
    # D seven, G read in D major made G its 'four chord')
    dominant = [i for i, x in enumerate(parsed) if x is not None and x[1] == "7"]
    pulls = [_pull_of(n, minor_key) for n in grid.numerals]
    if dominant:
        k = dominant[-1]
    elif max(pulls) > 0.0:
        k = max(i for i, x in enumerate(pulls) if x == max(pulls))  # the last of the strongest: before home
    else:
        return None
    chord = grid.progression[k]
    order = chart_bar_numbers(a)
    first = int(sum(grid.bars_each[:k]) + 1e-6)  # the chart bar where the k-th chord of the progression starts
    where = _bar_here(order, order[first]) if first < len(order) else None
    said = f"The strongest pull away from home is the {say.spoken_chord(chord)}" + (f" in {where}" if where else "")
    if not dominant:
        said += f", {_numeral_words(grid.numerals[k])} in {grid.numerals_key}"
    if k + 1 < len(grid.progression):
        after = grid.progression[k + 1]
        nxt = parsed[k + 1]
        home = (nxt is not None and (parsed[k][0] - nxt[0]) % 12 == 7) if dominant else \
            _pull_of(grid.numerals[k + 1], minor_key) == 0.0
        said += (f", which resolves to {say.spoken_chord(after)}" if home else
                 f", moving on to {say.spoken_chord(after)}")
    else:
        said += ", left unresolved at the window's end"
    return said + "."


def _fold_numerals(seq: list[str]) -> list[str]:
    """Repeats of one numeral in a row said once (a seventh added to a chord reads as the same degree)."""
    return [x for i, x in enumerate(seq) if i == 0 or x != seq[i - 1]]


# whose holes a question asks: "a guitar lick in each of her gaps" asks the singer's, not the guitar's it names first
# (round 116's dm06 got "the guitar leaves no hole", dev)
WHOSE_GAPS = r"\b(her|his|their|[\w-]+'s?)\s+(?:\w+\s+)?(?:gaps?|holes?|rests?|breaths?|spaces?|pauses?|breaks?)\b"


def _gaps_part(named: list[str], question: str | None) -> list[str]:
    """``named`` with the part whose holes the question asks first: the singer's for "her gaps", a part's for "the
    guitar's gaps"; as named where it says none ("his" is a singer's or a player's)."""
    m = re.search(WHOSE_GAPS, (question or "").lower())
    if not m:
        return list(named)
    whose = ["vocals"] if m.group(1) == "her" else named_stems(m.group(1)) if m.group(1).endswith(("'s", "'")) else []
    first = next((x for x in whose if x in named), None)
    return [first] + [x for x in named if x != first] if first else list(named)


def _gaps_sentence(a: WindowAnalysis, named: list[str], question: str | None = None) -> str | None:
    """Where the part leaves holes: how many, about how long, in beats, and where each starts in the window's
    bars (up to MAX_GAPS_PLACED; their times are in its rests). A voice's holes count from half a beat (a
    breath), an instrument's from a beat. Its longest stretch without one, where asked."""
    p = next((x for x in a.presence if named and x.stem == named[0] and x.stem != MIX_STEM), None)
    if p is None or not p.onsets:
        return None
    # a voice alone on the track has no beat but the one tracked from her notes: her holes are counted in time
    alone = p.stem == "vocals" and holds_voice_alone(a.track_context.stems)
    least = "about half a second" if alone else "half a beat" if p.stem == "vocals" else "a beat"
    lead = _lead_in(a, p)  # the window's start before it comes in is room too ("where's the space for an ad-lib?"
    # over a singer in at the second bar got "no hole": the twenty-first session's sweep on ft_ballad_csm76, dev)
    if lead:  # (said as the room before she comes in, not again as a hole: a hole that starts before her entry is that
        # room, whether it starts at the window's start or at its first beat, a frame later -- ft_ballad_eb54's
        # singer got her opening silence twice: the forty-seventh session's own question, dev)
        entry = _first_entry(a, p.stem)
        p = p.model_copy(update={"rests": [r for r in p.rests if r.start_s > max(a.window.start_s + 1e-3,
                                                                                entry.time_s - 1e-3)]})
    said = _gaps_after_entry(a, p, least, alone)
    if p.rests and re.search(LONGEST_RUN_ASKED, (question or "").lower()):
        said = said[:-1] + _longest_run(a, p) + "."
    if p.rests and len(p.rests) <= MAX_GAP_DETAILS and re.search(GAP_DETAIL_ASKED, (question or "").lower()):
        said = said[:-1] + _gap_details(a, p, bool(re.search(STOPS_ON_ASKED, (question or "").lower()))) + "."
    if p.rests and len(p.rests) <= MAX_GAPS_PLACED and re.search(RETURN_ASKED, (question or "").lower()):
        said = said[:-1] + _returns(a, p) + "."
    if lead and said.startswith(f"The {p.stem} {verb([p.stem], 'leaves', 'leave')} no hole"):
        return f"{lead}; once in, {its([p.stem])} line leaves no hole of {least} or more."
    return f"{lead}; after that, {said[0].lower()}{said[1:]}" if lead else said


def _lead_in(a: WindowAnalysis, p) -> str | None:
    """'The vocals leave about the first five beats of the window free, coming in on the second beat of the second bar
    here': the silence before a part's entry, a beat or more from the window's start."""
    entry = _first_entry(a, p.stem)
    beat_s = 60.0 / a.meter.tempo_bpm if a.meter is not None and a.meter.tempo_bpm else None
    if entry is None or not beat_s or entry.time_s - a.window.start_s < beat_s:
        return None
    n = (entry.time_s - a.window.start_s) / beat_s
    size = "about the first beat" if n < 1.5 else f"about the first {count_word(int(round(n)))} beats"
    return f"The {p.stem} {verb([p.stem], 'leaves', 'leave')} {size} of the window free, coming in {_event_at(a, entry)}"


def _gaps_after_entry(a: WindowAnalysis, p, least: str, in_time: bool = False) -> str:
    """Where the part leaves holes once it plays (Presence.rests); ``in_time``: their lengths said in seconds (a
    voice alone, whose beats are tracked from her own notes)."""
    if not p.rests:
        return f"The {p.stem} {verb([p.stem], 'leaves', 'leave')} no hole of {least} or more here: no room between lines."
    lengths = sorted(r.end_s - r.start_s if in_time else r.beats for r in p.rests)
    unit = "second" if in_time else "beat"
    beats = lambda x: (f"half a {unit}" if x < 0.75 else f"a {unit}" if x < 1.5  # noqa: E731
                       else f"{count_word(int(round(x)))} {unit}s")
    many = "one hole" if len(p.rests) == 1 else f"{count_word(len(p.rests))} holes"
    alike = lengths[-1] < 1.6 * lengths[0]
    span = (f"{'each ' if len(p.rests) > 1 else ''}about {beats(lengths[len(lengths) // 2])} long" if alike else
            f"from {beats(lengths[0])} to {beats(lengths[-1])}")
    # (one hole is no 'last': "one hole ..., the last running to the window's end" read oddly: the thirty-sixth
    # session's sweep on ft_ballad_csm76, dev)
    where = "" if p.rests[-1].end_s < a.window.end_s - 1e-3 else \
        " the last running to the window's end," if len(p.rests) > 1 else " running to the window's end,"
    if len(p.rests) > MAX_GAPS_PLACED:
        return (f"The {p.stem} {verb([p.stem], 'leaves', 'leave')} {many} of {least} or more here, {span},{where} "
                "with the bar and beat of each in the rests below.")
    order = chart_bar_numbers(a)

    # each hole from its bar and beat, else where it falls in the window ("from at the start", "from later on" read
    # badly: a sweep on Rock and the swing song, fourteenth session, dev)
    placed = [_beat_of_bar(order, r.bar, r.beat) for r in p.rests]
    at = ("from " + _names(placed) if all(placed) else
          _names([f"from {x}" if x else say.where_words(r.start_s, a.window.start_s, a.window.duration_s)
                  .replace("right ", "").replace("at the start", "at the window's start")
                  .replace("at the end", "at the window's end") for x, r in zip(placed, p.rests)]))
    return (f"The {p.stem} {verb([p.stem], 'leaves', 'leave')} {many} of {least} or more here, {span},{where} "
            f"{at}.")


MAX_GAPS_PLACED = 5
# "where does she stop, what note does she stop on, and how long before she comes back in?": the note before each hole
# (round 88's ck12, dev)
STOPS_ON_ASKED = (r"\b(?:note|pitch)\b[^?]*\b(?:stops?|stopping|ends?|ending|finish(?:es|ing)?|lands?|leaves? off) "
                  r"on\b|\b(?:stops?|ends?|finish(?:es)?) on (?:what|which)\b")
# "where exactly does she stop and come back in, what chord's sitting under the hole, and what note does she come back
# on so the sax can lead into it?" got the hole alone (round 72's bu02, dev): the chord under each hole and the note
# the part comes back on, for a hole or two
GAP_DETAIL_ASKED = (r"\b(?:chords?|harmony)\b[^?]*\b(?:under|beneath|below|behind)\b[^?]*\b(?:holes?|gaps?|rests?|"
                    r"spaces?|breaks?)\b|\bcom(?:e|es|ing) back (?:in )?on\b|\b(?:note|pitch)\b[^?]*\bcom(?:e|es|ing) "
                    r"back\b|\bback in on\b|" + STOPS_ON_ASKED)
MAX_GAP_DETAILS = 2
# "does she come back in right on the one?": where the part plays again after each hole, by its beat and bar (round
# 116's dm06 got where each hole starts, dev)
RETURN_ASKED = (r"\b(?:come|comes|coming|get|gets|getting) back(?: in)?\b[^?]*\b(?:on the (?:one|downbeat|beat|bar)|"
                r"on time|right on|early|late|ahead|behind|in time)\b|\bback (?:in )?(?:right |exactly )?on the "
                r"(?:one|downbeat)\b|\b(?:where|when) (?:does|do) (?:she|he|they|it|the \w+) (?:come|get) back\b|"
                # "is she ahead of the bar line on her way back?" (round 119's dp10, dev)
                r"\b(?:early|late|ahead|behind)\b[^?]*\bon (?:her|his|their|its) way back\b|"
                r"\bon (?:her|his|their|its) way back\b[^?]*\b(?:early|late|ahead|behind)\b")


def _returns(a: WindowAnalysis, p) -> str:
    """'; the vocals come back in on the first beat of the third bar here and on the first beat of the seventh bar
    here': where the part's next line starts after each hole (Presence.line_starts), by its beat and bar."""
    order = _track_bar_order(a)
    # (a return on the downbeat of a bar the window ends inside, under half of it here, is still placed in it: her
    # return at 54.97 on the downbeat of the window's last, cut bar went unsaid, round 119's dp10, dev)
    order = order + [order[-1] + 1] if order else order
    back = [next((x for x in p.line_starts if abs(x.time_s - r.end_s) <= 0.1), None) for r in p.rests]
    places = [x for x in (_placed_at(order, b.bar, b.beat, b.place) for b in back if b is not None) if x]
    if not places:
        return ""
    return f"; the {p.stem} {verb([p.stem], 'comes', 'come')} back in {_names(places)}"


STOP_NOTE_S = 4.0  # the line's last note starts at most this long before the hole (a held note)


def _gap_details(a: WindowAnalysis, p, stops_asked: bool = False) -> str:
    """'; under it the chord is B flat minor, and the vocals come back on G flat': the chart's chord at the middle
    of each hole (ChordGrid.bars) and the note the part's next line comes in on (Presence.line_starts); with
    ``stops_asked``, first the note it stops on (Presence.line_ends)."""
    grid = a.chord_grid
    said = []
    for r in p.rests:
        chords = []  # every chord the hole spans (each half-bar chord where the bar holds two)
        for b in (grid.bars if grid else []):
            if b.start_s is None or b.end_s is None or not b.chords:
                continue
            half = (b.end_s - b.start_s) / len(b.chords)
            for k, c in enumerate(b.chords):
                a0, z0 = b.start_s + k * half, b.start_s + (k + 1) * half
                if min(z0, r.end_s) - max(a0, r.start_s) > 0.25 * half and (not chords or chords[-1] != c):
                    chords.append(c)
        back = next((x for x in p.line_starts if abs(x.time_s - r.end_s) <= 0.1 and x.note), None)
        # the note before the hole: the last line end that starts before it, where the question asks it
        before = next((x for x in reversed(p.line_ends)
                       if x.time_s < r.start_s and r.start_s - x.time_s <= STOP_NOTE_S), None) if stops_asked else None
        under = (f"the chord under it is {say.spoken_chord(chords[0])}" if len(chords) == 1 else
                 f"the chords under it are {' then '.join(say.spoken_chord(c) for c in chords)}" if chords else None)
        parts = ([f"the {p.stem} {verb([p.stem], 'stops', 'stop')} on {say.spoken_note(before.note)}"] if before
                 else []) + ([under] if under else []) + \
            ([f"the {p.stem} {verb([p.stem], 'comes', 'come')} back on {say.spoken_note(back.note)}"] if back else [])
        if parts:
            said.append(" and ".join(parts))
    if len(said) == 2:
        first, second = (x.replace(" under it", "") for x in said)
        at = "at" if stops_asked else "under"
        return f"; {at} the first, {first}; {at} the second, {second}"
    return ("; " + said[0]) if said else ""
# "where can he actually breathe, and what's the longest stretch he has to play without a break?" got whether the
# vocals are doubled (round 61's bj07, dev): the longest stretch between the part's holes
LONGEST_RUN_ASKED = (r"\blongest (?:stretch|run|passage|phrase|line|bit|section|time)\b|"
                     r"\bwithout (?:a |any )?(?:break|breath|rest|gap|pause|stopping)\b|\bhow long\b[^?]*\bwithout\b")


def _longest_run(a: WindowAnalysis, p) -> str:
    """'; the longest stretch without one runs about twenty-five beats (five bars), from the end of the hole on ... to
    the hole on ...': the longest stretch between the part's holes (Presence.rests), its entry and the window's end."""
    tempo = a.meter.tempo_bpm if a.meter is not None and a.meter.tempo_bpm else None
    if not tempo:
        return ""
    period, order = 60.0 / tempo, chart_bar_numbers(a)
    entry = _first_entry(a, p.stem)
    rests = sorted(p.rests, key=lambda r: r.start_s)
    start = entry.time_s if entry is not None and entry.time_s < rests[0].start_s else a.window.start_s
    runs = [(start, rests[0].start_s, None, rests[0])]
    runs += [(x.end_s, y.start_s, x, y) for x, y in zip(rests, rests[1:])]
    if rests[-1].end_s < a.window.end_s - period / 2:
        runs.append((rests[-1].end_s, a.window.end_s, rests[-1], None))
    x0, x1, before, after = max(runs, key=lambda r: r[1] - r[0])
    beats = int(round((x1 - x0) / period))
    per_bar = a.meter.beats_per_bar if a.meter is not None else None
    bars = (x1 - x0) / period / per_bar if per_bar else None
    size = (f"about {count_word(beats)} beat{'s' if beats != 1 else ''}" +
            (f" (about {count_word(int(round(bars)))} bars)" if bars and bars >= 1.5 else ""))

    def hole(r) -> str:
        where = _beat_of_bar(order, r.bar, r.beat)
        return f"the hole on {where}" if where else "the next hole"
    frm = ("from the window's start" if before is None and start == a.window.start_s else
           f"from {_event_at(a, entry)[3:] if _event_at(a, entry).startswith('on ') else 'its entry'}"
           if before is None else f"from the end of {hole(before)}")
    to = f"to {hole(after)}" if after is not None else "to the window's end, still going"
    return f"; the longest stretch without one runs {size}, {frm} {to}"


def _density_sentence(presence, named: list[str]) -> str | None:
    """The parts ranked by how many onsets they play (the named ones where the question names two or more)."""
    ps = [p for p in presence if p.onsets > 0 and (len(named) < 2 or p.stem in named)]
    if len(ps) < 2:
        return None
    ps = sorted(ps, key=lambda p: -p.onsets)
    top, rest = ps[0], ps[1:]
    if len(ps) == 2:
        return f"The {top.stem} {verb([top.stem], 'is', 'are')} busier than the {rest[0].stem} here."
    return (f"The {top.stem} {verb([top.stem], 'is', 'are')} the busiest part here, then the {rest[0].stem}; "
            f"the {rest[-1].stem} {verb([rest[-1].stem], 'plays', 'play')} least.")


def _feel_sentence(g: Groove | None) -> str | None:
    if g is None or g.feel is None:
        return None
    if g.syncopation is not None and g.syncopation > 0.3:
        return "Accents fall off the beat often, which gives the rhythm a syncopated push."
    if g.offbeat_share is not None and g.offbeat_share >= 0.2:
        return "There is steady activity between the beats, keeping the motion busy."
    return "The rhythm stays mostly on the beat, plain and steady."


def _harmony_sentence(hm: Harmony | None, frame: str = "tonal", pace: bool = True) -> str | None:
    if hm is None or not hm.key_in_window:
        return None
    with_pace, pace = pace, ""
    if hm.chart is not None and with_pace:
        pace = f", {hm.chart.harmonic_rhythm}"
    lens = {"pulse": "Under the groove, the harmony", "foreground": "Under the voice, the harmony",
            "form": "Across the change, the harmony"}.get(frame, "Harmonically it")
    return f"{lens} centres on {hm.key_in_window}{pace}."


def _tension_sentence(hm: Harmony | None) -> str | None:
    """Tension only from chords that are played and read with some confidence: notes against an
    implied or doubtful chord are a riff's passing tones, not a clash."""
    if hm is None or not hm.chord_motion or _harmony_confidence(hm) < 0.5 or all(c.implied for c in hm.chord_motion):
        return None
    return {"low": "The notes sit inside the chords, so it feels settled.",
            "moderate": "Some notes lean outside the chords, adding mild tension.",
            "high": "Many notes lean outside the chords, so the passage feels restless."}.get(hm.tension_level or "")


def _no_melody_sentence(a: WindowAnalysis) -> str | None:
    """'No single melody line is read in this selection: the guitar plays chords and the bass a busy line; a lead
    played inside a chord part's stem is not told apart from its chords.'"""
    parts = [p for p in a.presence if p.playing and p.sounding_share > 0 and p.stem not in ("drums", MIX_STEM)]
    if not parts:
        return None
    said = [f"the {p.stem} {verb([p.stem], 'plays', 'play') if k == 0 else ''}".rstrip() + f" {p.playing.split(',')[0]}"
            for k, p in enumerate(parts)]
    chords = any("chords" in p.playing and "one note at a time" not in p.playing for p in parts)
    return (f"No single melody line is read in this selection: {_names(said)}"
            + ("; a lead played inside a chord part's stem is not told apart from its chords." if chords else "."))


def _melody_sentence(m: Melody | None) -> str | None:
    if m is None:
        return None
    shape = {"arch": "rises and falls back", "valley": "dips and climbs back", "rising": "climbs",
             "falling": "descends", "level": "hovers around one area",
             "unshaped": "moves up and down without one overall shape"}[m.contour]
    return f"The {_adjective(m.stem)} line {shape} in a {m.register_band or 'middle'} register."


def _phrasing_sentence(m: Melody | None) -> str | None:
    if m is None or not m.phrases:
        return None
    n = len(m.phrases)
    # counted where a producer would count them ("how many lines does she sing?"), a handful at most
    count = "one long phrase" if n == 1 else f"{count_word(n)} phrases" if n <= 8 else "many short phrases"
    shapes = {_heard_shape(p) for p in m.phrases}
    motion = ("each rising and falling back" if shapes == {"arch"} else "that climb" if shapes == {"rising"} else
              "that fall away" if shapes == {"falling"} else "with no clear shape" if shapes == {"unshaped"}
              else "of different shapes")
    return f"The {_adjective(m.stem)} line comes in {count} {motion}{'' if n == 1 else ', with breaths between them'}." \
        if n > 1 else f"The {_adjective(m.stem)} line is {count} with no breath inside the window."


# "does it come back" asks whether a line repeats, unless the question is about the level: "does the level drop
# anywhere, and does it come back to where it was?" got "The vocal line's four phrases are each new here" (a sweep
# of compound questions, thirteenth session, dev)
REPEATS_ASKED = (r"^(?!.*\b(?:level|loud|louder|quiet|quieter|volume|drops?|dips?|hard|harder|soft|softer)\b)"
                 # ("what beat does he come back in on?" asks his entry: round 79's cb01, dev)
                 r".*\bcomes? back\b(?! up)(?! to where)(?! in\b)|"
                 # (the band's figure asked is the loop sentence's; "how many times does he shout the hook?": the
                 # twentieth session's sweep on Punk, dev)
                 # (a delay's or an echo's repeats are its echoes: "the delay on her vocal is ducked ... so the
                 # repeats only show up when she rests" got her phrases' repeats first, round 119's dp10, dev)
                 rf"^(?!.*\b{BAND_FIGURE}s?\b)(?!.*\b(?:delay|echo|echoes|feedback|slapback)\b).*"
                 r"(?:\brepeats?\b|\brepeated\b|"
                 r"\bhow many times\b[^?]*\b(?:sings?|sung|shouts?|hook|line|phrase)s?\b)|"
                 r"\bsame (?:line|tune|phrase|melody|notes)\b|"
                 r"\bevery line (?:is )?new\b|\bsung (?:again|twice)\b|"
                 # "is the second line a different tune?" (round 55's bd12, dev: got the chords the line implies)
                 r"\b(?:different|new|another) (?:tune|melody|line)\b")


def _repeats_sentence(a: WindowAnalysis, m: Melody | None, named: list[str], question: str | None) -> str | None:
    """Where the line comes round again a whole number of bars later (Presence.line_repeat: a second verse's tune,
    however the singer's breaths part its phrases), else which of its phrases sing an earlier one again
    (PhraseShape.repeats), where the question asks."""
    text = (question or "").lower()
    if not re.search(REPEATS_ASKED, text):
        return None
    against = re.search(r"\bsame \w+ as (.*)", text)  # "the same notes as the guitar?": a doubling, not a repeat
    if against and named_stems(against.group(1)):
        return None
    stem = next((x for x in named if x not in ("drums", MIX_STEM)), m.stem if m is not None else None)
    p = next((x for x in a.presence if x.stem == stem and x.line_repeat is not None), None)
    if p is not None:
        r, order = p.line_repeat, chart_bar_numbers(a)
        start, again = _bar_here(order, r.from_bar), _bar_here(order, r.again_bar)
        if start and again:
            differs = _bars_here(order, r.differs)
            tail = f", but it changes in {differs}" if differs else " throughout"
            return (f"Yes{', mostly' if differs else ''}: the {_adjective(stem)} line from {start} comes round again "
                    f"{count_word(r.lag_bars)} bar{'s' if r.lag_bars > 1 else ''} later, from {again}, on the same notes "
                    f"in the same places of the bar{tail}.")
    if m is None or len(m.phrases) < 2:
        return None
    line = f"The {_adjective(m.stem)} line"
    sings = "sings" if m.stem == "vocals" else "plays"  # (a guitar's phrases "sang" an earlier one: a sweep, dev)
    again = [(k, ph.repeats) for k, ph in enumerate(m.phrases, 1) if ph.repeats]
    if not again:
        said = f"{line}'s {count_word(len(m.phrases))} phrases are each new here: none {sings} an earlier one again"
        kept = [(k, ph.rhythm_of) for k, ph in enumerate(m.phrases, 1) if ph.rhythm_of and k <= len(ORDINAL_WORDS)]
        if kept:  # new notes on an earlier phrase's rhythm (round 55's bd12, dev)
            said += ("; " + spoken_list([f"the {ORDINAL_WORDS[k - 1]} keeps the {ORDINAL_WORDS[r - 1]}'s rhythm"
                                         for k, r in kept]) + " on new notes")
        return said + "."
    if max(k for k, _ in again) > len(ORDINAL_WORDS):
        return f"{line} {sings} {count_word(len(again))} of its {count_word(len(m.phrases))} phrases again here."
    pairs = spoken_list([f"the {ORDINAL_WORDS[k - 1]} {sings} the {ORDINAL_WORDS[r - 1]} again" for k, r in again])
    new = [k for k in range(1, len(m.phrases) + 1) if k not in {k for k, _ in again} | {r for _, r in again}]
    rest = "" if not new else f"; the {spoken_list([ORDINAL_WORDS[k - 1] for k in new])} " \
        f"{'is' if len(new) == 1 else 'are'} new"
    return f"Of the {_adjective(m.stem)} line's {count_word(len(m.phrases))} phrases, {pairs}{rest}."


def _dynamics_sentence(d: Dynamics | None) -> str | None:
    if d is None:
        return None
    shape = {"rising": "building up", "falling": "easing off", "steady": "holding steady", "swell": "swelling in the middle",
             "dip": "dipping in the middle"}.get(d.shape or "", "holding steady")
    return f"The level is {d.energy_level} and {shape}, with {d.transients} attacks."


def _arc_sentence(a: WindowAnalysis, hm: Harmony | None, d: Dynamics | None) -> str | None:
    """Tension and release across the window: the energy's shape, the density's trend, and where the
    harmony ends relative to home."""
    h7 = a.results.h007
    trend = h7.evidence.trend if h7.status == "ok" else "steady"
    shape = d.shape if d else None
    if shape in ("rising",) or trend == "building":
        energy = "The window builds, growing louder or busier toward its end"
    elif shape in ("falling",) or trend == "thinning":
        energy = "The window winds down, easing off toward its end"
    elif shape == "swell":
        energy = "The window swells in the middle and settles again"
    elif shape == "dip":
        energy = "The window drops back in the middle and then picks up"
    else:
        energy = "The energy holds level across the window"
    harmonic = {"returns to the tonic": ", and the harmony comes home at the close",
                "moves away from the tonic": ", and the harmony leaves home and stays open",
                "stays off the tonic": ", with the harmony away from home throughout",
                "holds the tonic": ", over a harmony that stays at home"}.get((hm.modal_function if hm else None) or "", "")
    return energy + harmonic + "."


# "is this the verse or the chorus?": the sections read from the audio are lettered by how the music changes (A, B),
# never named; said, so that the letters are not read as names (the eighteenth session's sweep on Beatles, dev)
# ... asked as which section this is, not a place named on the way ("is that a snare roll going into the verse?" got
# the letters first: the thirty-third session's reading of MusicDelta Punk, dev)
_SECTION_WORD = r"(?:verse|chorus|pre-?chorus|bridge|refrain|middle eight)"
SECTION_NAME_ASKED = (r"\b(?:is (?:this|that|it|here)(?: (?:part|bit|section|passage))?(?: (?:still|now|already|just))?"
                      r"|are we(?: (?:still|now|already))?(?: in)?)(?: (?:the|a|another|more of the))? "
                      + _SECTION_WORD + r"\b|\b(?:which|what) (?:section|part|one)\b[^?]*\b" + _SECTION_WORD +
                      r"\b|\b(?:verse|chorus|bridge) or (?:the |a )?" + _SECTION_WORD + r"\b")


def _section_names_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    labels = list(dict.fromkeys(s.label for s in a.window.sections))
    if not labels or not re.search(SECTION_NAME_ASKED, (question or "").lower()) or \
            not all(re.fullmatch(r"[A-Z]\d*'*", x) for x in labels):
        return None
    parts = _names([f"the {x} part" for x in labels])
    return (f"The sections are lettered by how the music changes, not named verse or chorus, so which this is "
            f"cannot be read from them: here {'it is' if len(labels) == 1 else 'they are'} {parts}.")


def _form_sentence(a: WindowAnalysis) -> str | None:
    labels = [s.label for s in a.window.sections]
    if len(labels) < 2:
        return None
    move = f" from the {labels[0]} part into the {labels[1]} part" if labels[0] != labels[1] else ""
    # where it changes ("when does the chorus hit?" got the change with no place: the twenty-third session's sweep on
    # the degraded ballad, dev)
    change = section_change(a.events)
    changes = [e for e in a.events if e.kind == "section"]
    if len(labels) >= 3 and len(changes) == len(labels) - 1:
        # every change the window holds, each where it falls, and the length of a part wholly inside it ("where are the
        # section changes and how many bars each?" got the first of two: the thirty-seventh session's sweep on
        # ft_drive_e24, dev)
        said = [f"from the {x} part into the {y} part {_event_at(a, e)}"
                for x, y, e in zip(labels, labels[1:], changes)]
        m = a.meter
        per = m.beats_per_bar if m is not None and m.felt_beat == "quarter" and m.tempo_bpm else None
        runs = []
        for sec in a.window.sections[1:-1]:
            bars = (sec.end_s - sec.start_s) * m.tempo_bpm / 60.0 / per if per else 0.0
            if per and round(bars) >= 1 and abs(bars - round(bars)) <= 0.15:
                runs.append(f"the {sec.label} part runs {count_word(round(bars))} bar{'s' if round(bars) > 1 else ''}")
        return (f"This window straddles {count_word(len(changes))} section changes: {_names(said)}" +
                (f"; {_names(runs)}." if runs else "."))
    return f"This window straddles a section change{move}" + (f", {_event_at(a, change)}." if change else ".")


def _contrast_sentence(a: WindowAnalysis) -> str | None:
    h = a.results.h013
    if h.status != "ok":
        return None
    louder = h.evidence.energy_change_db > 0
    busier = h.evidence.density_change_per_s > 0
    return f"After the boundary the music gets {'louder' if louder else 'quieter'} and {'busier' if busier else 'sparser'}."


def _vocal_sentence(a: WindowAnalysis, m: Melody | None) -> str | None:
    vocals = next((s for s in a.stems if s.stem == "vocals"), None)
    if vocals is None or vocals.empty:
        return None
    h = a.results.h015
    where = VOCAL_PLACE.get(h.evidence.feel if h.status == "ok" else "", "")
    shape = ""
    if m is not None and m.stem == "vocals":
        shape = {"arch": " in phrases that rise and fall", "valley": " in phrases that dip and recover",
                 "rising": " in rising phrases", "falling": " in falling phrases", "level": " in level phrases",
                 "unshaped": ""}[m.contour]
    if (vocals.active_ratio or 0.0) < 0.25:
        return "The vocal only touches this window with a short phrase" + (f", placed {where}." if where else ".")
    # a singer heard over part of the window, while another part carries it (ft_swing_g1208 20-40 s: the vocal sings
    # the first third, the guitar plays throughout; "the vocal leads this window" beside "the drums, bass and vocals
    # support the guitar underneath" -- the twenty-third session's sweep, dev)
    carrier = next((p.stem for p in a.presence if p.carries and p.stem != "vocals"), None)
    sung = next((p.sounding_share for p in a.presence if p.stem == "vocals"), 0.0)
    if carrier is not None and sung < CARRY_SHARE:  # (a voice of long notes, too few to carry, still sings throughout)
        return (f"The vocal sings over only part of this window{shape}" + (f", placed {where}" if where else "") +
                f"; the {carrier} carries the window as a whole.")
    return f"The vocal leads this window{shape}" + (f", placed {where}." if where else ".")


INTERVAL_WORDS = {1: "a half step", 2: "a step", 3: "a third", 4: "a third", 5: "a fourth", 6: "a tritone",
                  7: "a fifth", 8: "a sixth", 9: "a sixth", 10: "a seventh", 11: "a seventh"}


def _apart(semitones: int | None) -> str:
    if semitones is None:
        return ""
    s = abs(semitones)
    if s == 0:
        return "in unison"
    if s % 12 == 0:
        return "an octave apart" if s == 12 else "two octaves apart"
    return INTERVAL_WORDS[s % 12] + " apart"


def _interaction_sentence(tex: Texture | None, roles: list[StemRole]) -> str | None:
    if tex is None or tex.interaction is None:
        return None
    it = tex.interaction
    a, b = (it.stems + [None, None])[:2]
    if it.kind == "cannot tell":
        return (f"There is too little of the {_names(it.stems)} in this window to say how they relate.")
    if it.kind == "call-response":
        return f"The {a} and {b} trade phrases, one answering the other."
    if it.kind == "hocket":
        return f"The {a} and {b} share one line between them, alternating single notes in a hocket."
    if it.kind == "doubling":
        tight = ("starting their notes together" if (it.together_ms or 0) <= 20 else "starting their notes close "
                 "together")
        semis = int(it.interval) if it.interval and it.interval.lstrip("-").isdigit() else \
            {"unison": 0, "octave": 12}.get(it.interval or "", None)
        return f"The {a} and {b} double each other {_apart(semis)}, {tight}."
    if it.kind == "counterline":
        return f"The {b} plays a line of its own against the {a}, on its own rhythm."
    if it.kind == "independent":
        return f"The {a} and {b} play independent lines that rarely start together."
    if it.kind == "contrast":
        return f"The {a} and {b} contrast, one busy while the other holds back."
    lead = it.stems[0]
    support = it.stems[1:]
    if not support:
        return None
    if not any(r.stem == lead and r.role == "lead" for r in roles):
        return f"The {_names(it.stems)} accompany together here, with no lead line among them."
    # a singer with a phrased line of her own (a counterline beside a guitar lead) is not under the lead; an
    # instrument read as a counterline stays with the support (a punk band's distorted guitar, read as a line beside
    # the singer, is her backing: the twenty-third session's sweep on Punk, dev)
    own = [x for x in support if x == "vocals" and any(r.stem == x and r.role == "counterline" for r in roles)]
    under = [x for x in support if x not in own]
    if not under:
        return f"The {_names(own)} {verb(own, 'adds', 'add')} a line of {its(own)} own beside the {_adjective(lead)}."
    tail = f", and the {_names(own)} {verb(own, 'adds', 'add')} a line of {its(own)} own" if own else ""
    return f"The {_names(under)} {verb(under, 'supports', 'support')} the {_adjective(lead)} underneath{tail}."


def _bar_sentences(a: WindowAnalysis, named: list[str], routing: Routing) -> str | None:
    """The bar the question names (:func:`_bar_sentence`), and where its number ('bar three') may count the window's
    own bars to another (:attr:`Routing.bar_counted`), that bar too, each said by which count it is."""
    return _both_counts(routing, lambda bar, counted: _bar_sentence(a, named, bar, routing.percussion_asked, counted))


def _both_counts(routing: Routing, say) -> str | None:
    """``say(bar, counted)`` of the bar the question names, and, where its number may count the window's own bars to
    another (:attr:`Routing.bar_counted`), of that bar too, each said by which count it is, in one sentence."""
    other = say(routing.bar_counted, "counted from the window's first bar") if routing.bar_counted is not None else None
    said = say(routing.bar, f"bar {count_word(routing.bar)} as the track's bars are counted"
               if other and routing.bar is not None else None)
    if said and other:
        return f"{said[:-1]}; {other[0].lower()}{other[1:]}"  # (one claim, one sentence)
    return said


def _bar_sentence(a: WindowAnalysis, named: list[str], bar: int | None, percussion: str | None = None,
                  counted: str | None = None) -> str | None:
    """'In the second bar here, the bass plays D flat, F, A flat and A.': the named part's notes in the bar
    the question names (:attr:`Presence.bar_notes`), or, for a part that plays chords or with no part named, the
    chart's chord there; ``counted`` says by which count the bar is named ('counted from the window's first bar')."""
    if bar is None:
        return None
    grid = a.chord_grid
    order = chart_bar_numbers(a)
    k = order.index(bar) if bar in order else None  # (the summary names no numbers: the bar by its place)
    where = f"{_in_bar(order, bar) or 'In that bar'},"
    if counted:
        where = f"{where[:-1]}, {counted},"
    drums = a.drum_pattern.by_bar.get(bar) if a.drum_pattern is not None and named[:1] == ["drums"] else None
    if drums:
        return f"{where} {_bar_kit_words(a, drums, percussion)}."
    p = next((x for x in a.presence if named and x.stem == named[0]), None)
    # a window read in 6/8 of a track read in 12/8: the bar a player counts may be twice as long (two of the
    # window's bars, from the track's odd bar), so that bar is said too (round 15's o10: 'bar two' of a 12/8
    # shuffle answered with the second half of its first bar)
    twelve = a.meter is not None and a.meter.label == "6/8" and a.meter.meter_track_level == "12/8"
    pairs = [[n for n in order if (n + 1) // 2 == j] for j in dict.fromkeys((n + 1) // 2 for n in order)]
    pair = (pairs[-1] if k == len(order) - 1 else pairs[k] if k < len(pairs) else None) \
        if twelve and k is not None and len(pairs) > 1 else None
    long_where = ("the last bar here" if pair is pairs[-1] else f"the {ORDINAL_WORDS[k]} bar here") if pair else ""
    line = next((b for b in p.bar_notes if b.bar == bar), None) if p is not None else None
    if line is not None:
        said = f"{where} {_bar_line_words(p.stem, line.notes)}."
        notes = [x for n in pair or [] for b in p.bar_notes if b.bar == n for x in b.notes]
        if notes and len(pair) == 2 and notes != line.notes:
            said = _twelve_eight(said, long_where, _names([say.spoken_note(x) for x in notes]))
        return said
    if p is not None and p.stem != MIX_STEM and not (p.playing and "chords" in p.playing) and \
            (not p.sounding_share or (p.bar_notes and not any(b.bar == bar for b in p.bar_notes))):
        # a line that plays nothing in that bar: said, not the chord under it ("what's the rhythm of the vocal in the
        # first bar?" over a silent singer got "the chord is A": the twenty-first session's sweep, dev)
        act = verb([p.stem], "sings", "sing") if p.stem == "vocals" else verb([p.stem], "plays", "play")
        return f"{where} the {p.stem} {act} nothing."
    chords = next((b.chords for b in grid.bars if b.bar == bar), None) if grid is not None else None
    if chords:
        said = f"{where} {_bar_chord_words(chords)}."
        both = [c for n in pair or [] for b in grid.bars if b.bar == n for c in b.chords]
        both = [c for i, c in enumerate(both) if i == 0 or c != both[i - 1]]
        if both and len(pair) == 2 and both != list(chords):
            said = _twelve_eight(said, long_where, " then ".join(say.spoken_chord(c) for c in both))
        return said
    return None


# what changes in a bar, said where no part is named ("what happens in the last bar?", "how does this bit end?": the
# twenty-third session's sweep on Shadows and Punk got the window's section change and the groove): the bar's events,
# then the kit's, the chart's and each line's part in it
BAR_EVENT_KINDS = ("section", "enters", "stops", "drops_out", "returns", "fill", "break", "level_up", "level_down",
                   "plays_differently")
BAR_LINE_PARTS = 2  # at most this many lines' notes said in the bar


def _bar_events_sentence(a: WindowAnalysis, named: list[str], routing: Routing) -> str | None:
    """What happens in the bar the question names, with no part named: its events, the kit's places, the chord and
    up to BAR_LINE_PARTS lines' notes; a number that may also count the window's bars ("what happens in bar three?"
    over the track's bars three on) says both bars (the twenty-fourth session's sweep on Country1, dev: it got the
    track's bar three alone, the window's first)."""
    if [x for x in named if x != MIX_STEM]:
        return None
    return _both_counts(routing, lambda bar, counted: _one_bar_events(a, bar, counted))


def _one_bar_events(a: WindowAnalysis, bar: int | None, counted: str | None = None) -> str | None:
    order = chart_bar_numbers(a)
    if bar is None or bar not in order:
        return None
    where = _in_bar(order, bar)
    if where is None:
        return None
    if counted:
        where = f"{where}, {counted}"
    # (a level event's detail holds its decibels in digits: said in the events' words, as the summary's event list is)
    words = dict(say.GROUP_WORDS)
    clauses = list(dict.fromkeys(words[e.kind] if e.kind in ("level_up", "level_down") else e.detail
                                 for e in a.events if e.bar == bar and e.kind in BAR_EVENT_KINDS))
    kit = a.drum_pattern.by_bar.get(bar) if a.drum_pattern is not None else None
    if kit:
        clauses.append(_bar_kit_words(a, kit))
    chords = next((b.chords for b in a.chord_grid.bars if b.bar == bar), None) if a.chord_grid is not None else None
    if chords:
        clauses.append(_bar_chord_words(chords))
    lines = [(p, b) for p in a.presence for b in p.bar_notes if b.bar == bar and p.stem not in ("drums", MIX_STEM)]
    clauses += [_bar_line_words(p.stem, b.notes) for p, b in lines[:BAR_LINE_PARTS]]
    if not clauses:
        return None
    return f"{where}, {'; '.join(clauses)}."


def _in_bar(order: list[int], bar: int) -> str | None:
    """'In the last bar here', 'In the fifth bar here': a bar by its place in the window (``order``:
    :func:`chart_bar_numbers`); None where it is not among them or has no ordinal word."""
    k = order.index(bar) if bar in order else None
    return ("In the last bar here" if k is not None and k == len(order) - 1 and k > 0 else
            f"In the {ORDINAL_WORDS[k]} bar here" if k is not None and k < len(ORDINAL_WORDS) else None)


def _bar_kit_words(a: WindowAnalysis, kit: dict[str, list[str]], percussion: str | None = None) -> str:
    """'the drums play the kick on one and three and ...': the drummer in one bar (DrumPattern.by_bar), each class's
    places, kick and snare first, then the busiest of the rest, three at most, a fill's run said as one."""
    classes = ([c for c in ("kick", "snare") if c in kit] +
               sorted((c for c in ("hihat", "tom", "cymbal") if c in kit), key=lambda c: -len(kit[c])))[:3]
    return "the drums play " + _names([f"the {say.class_word(c, a.drum_pattern, percussion)} "
                                       f"{bar_drum_words(kit[c])}" for c in classes])


def _bar_line_words(stem: str, notes: list[str]) -> str:
    """'the bass plays four Es and G': one line's notes in one bar ('four Es', not 'E, E, E and E')."""
    act = verb([stem], "sings", "sing") if stem == "vocals" else verb([stem], "plays", "play")
    return f"the {stem} {act} {_names(_note_runs(notes))}"


def _bar_chord_words(chords: list[str]) -> str:
    """'the chord is A minor', 'the chords are E then B': one bar's chart."""
    spoken = [say.spoken_chord(c) for c in chords]
    return f"the chord is {spoken[0]}" if len(spoken) == 1 else f"the chords are {' then '.join(spoken)}"


def _twelve_eight(said: str, where: str, holds: str) -> str:
    """A named bar's sentence, counted in six-eight, with the twelve-eight bar that holds it after it."""
    return f"{said[:-1]}, counted in six-eight; counted in twelve-eight, two of those bars to one, {where} holds {holds}."


ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth")


def _half_bars_words(halves: int) -> str:
    """'half a bar', 'two and a half bars': a length counted in half bars (one or more)."""
    whole, half = divmod(halves, 2)
    return ("half a bar" if not whole else f"{count_word(whole)}{' and a half' if half else ''} "
            f"bar{'s' if whole > 1 or half else ''}")


def _entry_length_sentence(a: WindowAnalysis, named: list[str] | None = None) -> str | None:
    """'The drums and bass come in about three bars of five beats into the window.': the first entry inside the
    window, counted in bars from the window's start at the beat played after it (:attr:`Event.bars_in`), to the
    nearest half bar. Where the question names a part that enters ("before the vocals come in"), its entry."""
    m = a.meter
    entries = [e for e in a.events if e.kind == "enters" and e.bars_in is not None]
    entry = next((e for e in entries if set(e.stems) & set(named or [])), None)
    playing = [p.stem for p in a.presence if p.stem in (named or []) and p.sounding_share > 0]
    if entry is None and playing:  # the part asked about is there from the start: said, not another's entry
        return f"The {_names(playing)} {verb(playing, 'plays', 'play')} from the window's start; no bars come before it."
    silent = [x for x in (named or []) if x not in playing and any(p.stem == x for p in a.presence)]
    if entry is None and silent and set(silent) == set(named or []):
        return f"The {_names(silent)} {verb(silent, 'does', 'do')} not come in inside this window."
    entry = entry or (entries[0] if entries else None)
    if entry is None:
        return None
    with_it = [s for e in a.events if e.kind == "enters" and abs(e.time_s - entry.time_s) < 0.5 for s in e.stems]
    stems = list(dict.fromkeys(with_it))
    halves = round(2 * entry.bars_in)
    beats = f" of {count_word(m.beats_per_bar)} beats" if m is not None and m.felt_beat == "quarter" and \
        m.beats_per_bar else ""
    if halves < 1:
        return f"The {_names(stems)} {verb(stems, 'comes', 'come')} in within the window's first half bar."
    size = _half_bars_words(halves)
    counted = f" ({count_word(round(entry.bars_in * m.beats_per_bar))} beats)" if beats else ""
    return f"The {_names(stems)} {verb(stems, 'comes', 'come')} in about {size}{beats}{counted} into the window."


# "how long is this section?", "how many bars is the chorus?": the section's own length in the song (track-level),
# not the window's (the twenty-fourth session's sweep on Punk, dev: it got the window's nine bars)
SECTION_LENGTH_ASKED = (r"\bhow long (?:is|are|does) (?:this|the|that) (?:section|part|verse|chorus|bridge|intro|outro|"
                        r"solo|break)\b|\bhow many (?:bars|measures) (?:is|are|does|long is)? ?(?:in )?(?:this|the|that) "
                        r"(?:section|part|verse|chorus|bridge|intro|outro|solo|break)\b|\b(?:section|verse|chorus|"
                        r"bridge)(?:'s)? (?:length|how many bars)\b")


EDGE_S = 0.25  # a section boundary this close to the window's edge starts or ends with it


def _section_length_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """The section the window lies in (most of it), its length in the song in bars of the window's meter and where it
    starts and ends against the window (SectionTouch.whole_s, track-level)."""
    w, m = a.window, a.meter
    if not re.search(SECTION_LENGTH_ASKED, (question or "").lower()) or not w.sections:
        return None
    main = max(w.sections, key=lambda x: x.end_s - x.start_s)
    period = 60.0 / m.tempo_bpm if m is not None and m.tempo_bpm else None
    per = (m.beats_per_bar if m is not None and m.felt_beat == "quarter" else None) or None
    if main.whole_s is None or period is None or per is None:
        return None
    a0, z0 = main.whole_s
    bars = (z0 - a0) / (per * period)
    n = max(1, round(bars))
    whole = "exactly" if abs(bars - n) <= 0.15 else "about"
    starts = ("before this window" if a0 < w.start_s - EDGE_S else "inside this window" if a0 > w.start_s + EDGE_S
              else "with this window")
    ends = "after it" if z0 > w.end_s + EDGE_S else "inside it" if z0 < w.end_s - EDGE_S else "with it"
    # a window that shares one edge with the section but not the other is likely the part the producer hears as the
    # section (a chorus the reading's section runs on past into its drum break): its own whole bars said beside it
    # (round 63's bl12 counted a six-bar chorus eight from the track's section; no rule made from it, this one said)
    own = (w.end_s - w.start_s) / (per * period)
    k = round(own)
    mine = (f"; this window itself spans {count_word(k)} bar{'s' if k > 1 else ''}"
            if ((starts == "with this window") != (ends == "with it")) and k >= 1 and k != n and
            abs(own - k) <= 0.15 else "")
    return (f"The {main.label} part runs {whole} {count_word(n)} bar{'s' if n > 1 else ''} of {count_word(per)} beats "
            f"in the song (track-level), starting {starts} and ending {ends}{mine}.")


# "where does the band stop, and who keeps playing?": the moment most parts drop out, and those still playing through
# the bar after it (the twenty-fifth session's sweep on ft_drive_ab152, dev: the events, with no word of who is left)
WHO_LEFT_ASKED = (r"\bwho(?:'s| is)? (?:keeps?|still|left|carries on|stays?|holds? on)\b|\bwhat(?:'s| is) left\b|"
                  r"\b(?:who|what) (?:keeps|is still) (?:playing|going|singing)\b")


def _who_left_sentence(a: WindowAnalysis, live: list[str], question: str | None) -> str | None:
    """Where the most parts drop out at once (else the first part to), and the selected parts that play on through
    the bar after it (part_bar_levels), where asked who keeps playing."""
    if not re.search(WHO_LEFT_ASKED, (question or "").lower()):
        return None
    outs = [e for e in a.events if e.kind in ("drops_out", "stops") and e.bar is not None]
    if not outs:
        return "No part drops out inside this window: everyone selected plays on."
    by_bar: dict[int, list[str]] = {}
    for e in outs:
        by_bar.setdefault(e.bar, []).extend(x for x in e.stems if x not in by_bar.get(e.bar, []))
    bar = max(by_bar, key=lambda b: (len(by_bar[b]), -b))
    gone, order = by_bar[bar], chart_bar_numbers(a)
    # those that strike in the bar after the drop (its own bar where the drop falls on its one), not every part the
    # bar's levels hold: a bass that had stopped a beat before was said to "keep playing" (the thirty-seventh
    # session's sweep on the degraded ballad's break, dev)
    late = any(e.bar == bar and (e.beat or 1) > 1 for e in outs)
    after = bar + 1 if late and any(bar + 1 in a.part_bar_levels.get(x, {}) for x in live) else bar
    left = [x for x in live if x not in gone and a.part_bar_levels.get(x, {}).get(after, (0, 0, 0))[2]]
    where = f"At {_bar_here(order, bar)}" if _bar_here(order, bar) else "Later in the window"
    said = f"{where} the {_names(gone)} {verb(gone, 'drops', 'drop')} out"
    return said + (f"; the {_names(left)} {verb(left, 'keeps', 'keep')} playing." if left else
                   ", and nothing selected plays on there.")


# "does the bass ever play the exact notes the keys are holding, or is he always below them?": the pitches two named
# parts share, bar by bar, and the bars where the lower stays under (round 56's be11, dev: got how often they start
# together, with no word of the pitches they share)
# ("the same notes as the guitar?" asks a doubling, answered by the doubling sentence; "the same notes as its chords",
# the chord degrees)
# ("is the bass player sitting on the same notes the keys player is hitting? if they're doubled I'll cut one" got
# the melody's reading, round 114's dk07, dev)
SAME_NOTES_ASKED = (r"\b(?:exact|identical) (?:same )?(?:notes?|pitch\w*)\b|\bsame pitch\w*\b|\bsame register\b|"
                    r"\bon the same notes?\b|"
                    r"\balways (?:below|under|underneath|above)\b|\bstep(?:s|ping)? on (?:each other|him|her|them)\b")


def _same_notes_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """Where two named pitched parts sound the very same pitch (PairRelation.shared_by_bar) and where the lower
    stays under the other (under_bars), by the window's bars, where asked."""
    parts = [x for x in named if x not in ("drums", MIX_STEM)]
    if len(parts) < 2 or not re.search(SAME_NOTES_ASKED, (question or "").lower()):
        return None
    rel = next((r for r in a.relations if set(r.pair) == set(parts[:2])), None)
    if rel is None:
        return None
    order, key = chart_bar_numbers(a), a.results.h010.evidence.window_key if a.results.h010.status == "ok" else None
    names = FLAT_NAMES if uses_flats(key) else SHARP_NAMES
    x, y = parts[:2]
    shared = {b: v for b, v in rel.shared_by_bar.items() if b in order}
    under = [b for b in rel.under_bars if b in order]
    if not shared:
        said = f"The {x} and the {y} never sound the same pitch at once here"
    else:
        groups: dict[tuple, list[int]] = {}
        for b, pitches in shared.items():
            groups.setdefault(tuple(dict.fromkeys(say.spoken_note(names[p % 12]) for p in pitches)), []).append(b)
        places = [f"in {_bars_here(order, bars)} ({_names(list(notes))})" for notes, bars in groups.items()
                  if _bars_here(order, bars)]
        said = f"The {x} and the {y} sound the same pitch at once " + (spoken_list(places) if places else "here")
    if under and rel.lower_part in (x, y) and _bars_here(order, under):
        upper = y if rel.lower_part == x else x
        said += f"; in {_bars_here(order, under)} the {rel.lower_part} stays under the {possessive(upper)} lowest note"
    return said + "."


# "how many bars until the chorus?": the bars from the window's start to its section change (the twenty-fifth session's
# sweep on ft_drive_ab152, dev: got the window's length)
UNTIL_SECTION_ASKED = (r"\bhow (?:many|long)\b[^?]*\b(?:until|till|before|to)\b[^?]*\b(?:chorus|verse|bridge|hook|"
                       r"section|change|drop|breakdown|outro|solo)\b")


def _until_section_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """The bars from the window's start to its first section change, asked how many come before it."""
    if not re.search(UNTIL_SECTION_ASKED, (question or "").lower()):
        return None
    change, order = section_change(a.events, placed=True), chart_bar_numbers(a)
    if change is None or change.bar not in order:
        return "No section change falls inside this window: widen it to reach the next section."
    m, at = a.meter, _bar_here(order, change.bar) or "a bar past those the window names"
    if m is None or not m.tempo_bpm or not m.beats_per_bar or m.felt_beat != "quarter":
        return f"The section change comes at {at}."
    halves = round(2 * (change.time_s - a.window.start_s) * m.tempo_bpm / 60.0 / m.beats_per_bar)
    if not halves:
        return "The section change comes right at the window's start."
    return (f"The section change comes at {at}: about {_half_bars_words(halves)} of {count_word(m.beats_per_bar)} "
            "beats from the window's start.")


def _length_sentence(a: WindowAnalysis, entry: list[str] | None = None, question: str | None = None) -> str | None:
    """'This window spans four whole bars of four beats, so it loops on the bar lines.': its length in the meter's
    bars where the felt beat is the grid's (simple meters), whether it holds whole bars (every bar it touches
    lies inside: bars touched times beats a bar is the beats it holds), and otherwise the bars it touches. Asked
    up to an entry ('before the band comes in': :attr:`Routing.entry_parts`, ``entry``), the bars before it
    (:func:`_entry_length_sentence`)."""
    w, m = a.window, a.meter
    per = m.beats_per_bar if m is not None and m.felt_beat == "quarter" and m.beats_per_bar else None
    said = (_entry_length_sentence(a, entry) if entry is not None else None) or _until_section_sentence(a, question)
    if said:
        return said
    if not w.bars:
        return None
    if per is None or not w.beats:
        n = len(w.bars)
        return f"This window touches {count_word(n)} bar{'s' if n > 1 else ''} of the track."
    whole, extra = divmod(w.beats, per)
    if not whole:
        return f"This window holds less than a bar of {count_word(per)} beats."
    if not extra and whole == len(w.bars):
        return (f"This window spans {count_word(whole)} whole bar{'s' if whole > 1 else ''} of {count_word(per)} "
                "beats, so it loops on the bar lines.")
    size = f"{count_word(whole)} and a half" if 2 * extra == per else f"about {count_word(whole + (2 * extra > per))}"
    return (f"This window spans {size} bars of {count_word(per)} beats and starts or ends inside a bar, so trim it "
            "to the bar lines to loop it.")


def _no_bar_sentence(a: WindowAnalysis, asked: int | None) -> str | None:
    """'This window holds only two bars of four beats, so it has no third bar: ...': a bar the question names that
    the window does not hold (the count and the beats a bar as the findings count them)."""
    if asked is None:
        return None
    count = len(chart_bar_numbers(a))
    per = a.meter.beats_per_bar if a.meter is not None and a.meter.beats_per_bar else None
    if not count or not 1 <= asked <= len(ORDINAL_WORDS) or asked <= count:
        return "This window does not hold the bar the question names; widen the window or name a bar inside it."
    held = f"{count_word(count)} bar{'s' if count > 1 else ''}" + (f" of {count_word(per)} beats" if per else "")
    return (f"This window holds only {held}, so it has no {ORDINAL_WORDS[asked - 1]} bar as counted here; widen the "
            "window, or count the bars in the meter these findings read.")


DOUBLING_WORDS = r"\bdoubl|\bunison\b|\bsame (?:line|notes|part)\b"


PAIR_MOST, PAIR_HALF = 0.7, 0.4  # of the sparser part's notes starting with the other's: most; about half


def _pair_sentence(a: WindowAnalysis, tex: Texture | None, named: list[str]) -> str | None:
    """Two named parts that both accompany (the relation read for them is the lead's support): how many of their
    notes start together, and at what interval ("is the bass following the guitar?" got 'the drums, bass and
    guitar support the vocal': a sweep of my own questions on Punk, dev)."""
    it = tex.interaction if tex is not None else None
    pair = named[:2]
    if len(pair) < 2 or it is None or it.kind != "support" or set(pair) <= {it.stems[0]}:
        return None
    rel = next((r for r in a.relations if set(r.pair) == set(pair)), None)
    if rel is None or min(rel.notes) < MIN_RELATION_ONSETS:
        return None
    share = rel.together_share
    amount = ("most of" if share >= PAIR_MOST else "about half of" if share >= PAIR_HALF else "few of")
    same = {"unison": ", on the same notes", "octave": ", an octave apart"}.get(rel.interval or "", "") \
        if share >= PAIR_HALF else ""
    counts = {x: rel.notes[rel.pair.index(x)] for x in pair}
    fewer, more = sorted(pair, key=lambda x: (counts[x], pair.index(x)))
    rest = ""
    if share >= PAIR_MOST:
        rest = (": they play the same rhythm" if counts[more] <= SAME_RHYTHM_RATIO * counts[fewer] else
                f", the {more} playing more notes between them")
    return f"The {pair[0]} and {pair[1]} start together on {amount} the {possessive(fewer)} notes{same}{rest}."


SAME_RHYTHM_RATIO = 1.25  # two parts starting together play the same rhythm where neither has many more notes


# "the bass and keys feel busy together -- are they hitting at the same time or taking turns?": how many of the sparser
# part's notes start with the other's, and where each plays against the beat (round 58's bg12, dev: got the bass's
# manner and "the bass supports the piano")
TURNS_ASKED = (r"\btak(?:e|es|ing) turns?\b|^(?![^?]*\b(?:comes?|coming|enters?|starts?|kicks?) in\b)[^?]*"
               r"\b(?:at|on) the same time\b|\bhit(?:s|ting)? together\b|"
               r"\btogether or\b|\bor (?:in|between) (?:between|each other)\b|\btrad(?:e|es|ing) (?:off|places)\b|"
               r"\bstep(?:s|ping)? on each other\b|\bin the gaps\b")


def _turns_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    pair = [x for x in named if x != MIX_STEM][:2]
    if len(pair) < 2 or not re.search(TURNS_ASKED, (question or "").lower()):
        return None
    rel = next((r for r in a.relations if set(r.pair) == set(pair)), None)
    if rel is None or min(rel.notes) < MIN_RELATION_ONSETS:
        return None
    counts = {x: rel.notes[rel.pair.index(x)] for x in pair}
    fewer, more = sorted(pair, key=lambda x: (counts[x], pair.index(x)))
    by = {p.stem: p for p in a.presence}

    def where(stem: str) -> str | None:
        off = by[stem].offbeat_onset_share if stem in by else None
        return None if off is None else "mostly between the beats" if off >= OFFBEAT_PART else \
            "mostly on the beats" if off <= 1 - OFFBEAT_PART else None
    places = [(x, where(x)) for x in pair]
    placed = (", the " + " and the ".join(f"{x} {w}" for x, w in places) if all(w for _, w in places)
              and places[0][1] != places[1][1] else "")
    share = rel.together_share
    if share >= PAIR_MOST:
        return (f"Together: most of the {possessive(fewer)} notes start with the {possessive(more)}"
                + (f", the {more} playing more notes between them" if counts[more] > SAME_RHYTHM_RATIO * counts[fewer]
                   else "") + ".")
    if share < PAIR_HALF:
        amount = "none" if share == 0 else "few"
        return f"In turn: {amount} of the {possessive(fewer)} notes start with the {possessive(more)}{placed}."
    return f"Partly together: about half of the {possessive(fewer)} notes start with the {possessive(more)}{placed}."


def _not_double_sentence(tex: Texture | None, question: str | None, named: list[str] | None = None) -> str | None:
    """'The guitar and bass do not double each other: ...' where a question asks whether two parts double and
    the relation read between them is another one (a doubling says so itself). The pair is the one the question
    names: the relation read for it, where both accompany a singer, is said as the singer's support, and its
    first two parts were the singer and the drums ("does the guitar double the bass?": a sweep of mine, dev)."""
    it = tex.interaction if tex is not None else None
    if it is None or len(it.stems) < 2 or it.kind in ("doubling", "cannot tell") or \
            not re.search(DOUBLING_WORDS, (question or "").lower()):
        return None
    pair = [x for x in (named or []) if x in it.stems][:2]
    a, b = pair if len(pair) == 2 else it.stems[:2]
    if "drums" in (a, b) and len(pair) < 2:  # a kit doubles no line: "are the vocals doubled?" got "the vocals and
        return None                         # drums do not double each other" (the twentieth session's sweep, dev)
    return f"The {a} and {b} do not double each other: they play different parts."


# a double the producer means to add, not one asked of the track (round 58's bg03, dev: "my flute player wants to double
# the girl's part at pitch" got "whether the vocals are doubled cannot be told")
DOUBLE_PLAN = (r"\b(?:wants?|wanting|going|planning|plan|like|need|trying|thinking of|about) to doubl|"
               + PLANNED_DOUBLE + "|"
               r"\b(?:want|wants|wanting|planning|thinking of|about) doubling\b|"
               r"\bdoubl\w* (?:it|her|him|them|this|that|the \w+(?:'s)? (?:part|line|melody|riff|tune)) "
               r"(?:on|with|at pitch|an octave)\b|"
               # (a player of the producer's doubling it: "our sax player is doubling her line", round 61's bj07, dev)
               r"\b(?:our|my|his|her|their) (?:\w+ )?(?:player|sax\w*|horns?|flute|fiddle|violin|cello|trumpet|"
               r"synth|organ|strings|section) (?:is|are|'s|will be|'ll be|would be) doubling\b")


def _self_double_sentence(a: WindowAnalysis, named: list[str], question: str | None) -> str | None:
    """Asked whether one part is doubled (double-tracked, a harmony voice on its own track): its track alone
    cannot show a unison double, and a line read as one voice cannot show a second one under it."""
    if len(named) != 1 or named == ["drums"] or not re.search(DOUBLING_WORDS, (question or "").lower()):
        return None  # (the kit's parts doubling each other is where its hits fall: the pattern)
    if re.search(DOUBLE_PLAN, (question or "").lower()):
        return None  # the producer's own double ("my flute player wants to double her part"), not a question of it
    stem = named[0]
    one_line = stem in ("vocals", "bass")  # read as one line: the loudest (the lowest) voice at each moment
    return (f"Whether the {stem} {verb([stem], 'is', 'are')} doubled cannot be told from the {stem} track alone: "
            + ("it is read as one line, the strongest voice at each moment, so a second voice or a double-tracked "
               "take under it is not measured." if one_line else
               "a double-tracked take in unison sounds as one part, and only the notes are read."))


def _gesture_sentence(a: WindowAnalysis, live: list[str]) -> str:
    stats = {s.stem: s for s in a.stems}
    playing = [s for s in live if stats[s].note_count]
    if playing:
        return f"This is a brief gesture in the {_names(playing)}."
    return f"Only the ringing tail of the {_names(live)} reaches into this short window."


# -- how the parts relate -----------------------------------------------------------------
# Phrase-level evidence (H014's phrase spans, H004's onset coincidence, H006's register overlap):
CALL_RESPONSE_MIN = 0.5  # H014 pair score: phrases alternate with little overlap
DOUBLING_COINCIDENCE = 0.8  # onsets land together this often, at a steady interval
COUNTERLINE_COINCIDENCE = 0.5  # two phrased lines sounding together on rhythms of their own
CONTRAST_RATE_RATIO = 3.0  # one part this many times busier than the other


MIN_RELATION_ONSETS = 6  # each part of a pair needs this many onsets before a relation is named
HOCKET_TOGETHER_MAX = 0.25  # a hocket's parts rarely start together...
HOCKET_ALTERNATION = 0.6  # ...and switch from one to the other at most onsets...
HOCKET_RUN = 2.0  # ...one or two notes at a time


def interaction_of(a: WindowAnalysis, roles: list[StemRole], named: list[str] | None = None) -> Interaction | None:
    """One relation for the pair the question names (else the lead and the busiest other part): doubling
    (with its interval and tightness), hocket (one line split note by note), call and response (phrases of a
    bar or more handed back and forth), a counterline or independent lines, contrast, or support; or
    'cannot tell' with the counts that are missing."""
    h = a.results
    stats = {s.stem: s for s in a.stems if not s.empty}
    if len(stats) < 2:
        return None
    role_of = {r.stem: r.role for r in roles}
    lead = next((r.stem for r in roles if r.role == "lead"), None)
    if named and len([s for s in named if s in stats]) >= 2:
        pair = [s for s in named if s in stats][:2]
    else:
        first = lead or max(stats, key=lambda s: stats[s].note_count)
        others = [s for s in stats if s != first]
        pair = [first, max(others, key=lambda s: stats[s].note_count)]
    key = set(pair)
    call = next((p for p in (h.h014.evidence.pairs if h.h014.status == "ok" else []) if set(p.pair) == key), None)
    rel = next((r for r in a.relations if set(r.pair) == key), None)
    onsets = [next((n for s, n in zip(rel.pair, rel.notes) if s == x), 0) for x in pair] if rel else \
        [stats[x].note_count for x in pair]
    gap = evidence_gap(a, pair, onsets, MIN_RELATION_ONSETS)
    if gap is not None:
        return Interaction(kind="cannot tell", stems=pair, confidence=0.9, because=gap, onsets=onsets)
    pitched = all(s != "drums" for s in pair)
    together = rel.together_share if rel else 0.0
    counts = f"{onsets[0]} and {onsets[1]} onsets"
    phrase_overlap = call.overlap_ratio if call else 0.0
    lines = not any(role_of.get(s) == "harmony_pad" for s in pair)  # a melody note inside a chord is no doubling
    # a doubling at the unison or octave holds however the parts are voiced; at another interval the two must
    # be lines (a melody note inside a chord is no doubling)
    steady = rel is not None and (rel.interval in ("unison", "octave") or (rel.interval == "other" and lines))
    if pitched and steady and together >= DOUBLING_COINCIDENCE:
        interval = rel.interval if rel.interval in ("unison", "octave") else str(rel.interval_semitones)
        return Interaction(kind="doubling", stems=pair, confidence=round(together, 3), interval=interval,
                           together_ms=rel.together_ms, onsets=onsets,
                           because=f"{together:.0%} of the notes start together (median {rel.together_ms} ms apart), "
                                   f"{rel.interval} ({rel.interval_semitones} semitones); {counts}")
    # (a kit is no line: a guitar's off-beats against its hits "shared one line" with the drums -- the twenty-third
    # session's sweep, a planted guitar lead)
    if pitched and rel is not None and together <= HOCKET_TOGETHER_MAX and rel.alternation >= HOCKET_ALTERNATION \
            and rel.mean_run <= HOCKET_RUN:
        return Interaction(kind="hocket", stems=pair, confidence=round(rel.alternation, 3), onsets=onsets,
                           because=f"the parts alternate at {rel.alternation:.0%} of onsets, {rel.mean_run} notes at a "
                                   f"time, {together:.0%} together; {counts}")
    if call is not None and call.score >= CALL_RESPONSE_MIN:
        return Interaction(kind="call-response", stems=pair, confidence=min(1.0, call.score), onsets=onsets,
                           because=f"phrases alternate (hand-offs {call.handoffs}, overlap {call.overlap_ratio:.2f}); "
                                   f"{counts}")
    phrased = [s for s in pair if role_of.get(s) in ("lead", "counterline")]
    if pitched and len(phrased) == 2 and phrase_overlap >= 0.5 and together < COUNTERLINE_COINCIDENCE:
        return Interaction(kind="counterline", stems=pair, confidence=0.6, onsets=onsets,
                           because=f"two phrased lines sound together (overlap {phrase_overlap:.2f}) on their own "
                                   f"rhythms ({together:.0%} of onsets together); {counts}")
    rates = [stats[s].onset_rate_hz or 0.0 for s in pair]
    supporting = {"bass_foundation", "harmony_pad", "rhythm", "timekeeping"}
    if min(rates) > 0 and max(rates) / min(rates) >= CONTRAST_RATE_RATIO and not any(role_of.get(s) in supporting
                                                                                       for s in pair):
        return Interaction(kind="contrast", stems=pair, confidence=0.6, onsets=onsets,
                           because=f"one part plays {max(rates) / min(rates):.1f} times as many onsets as the other")
    if pitched and not any(role_of.get(s) in supporting for s in pair) and together < COUNTERLINE_COINCIDENCE:
        return Interaction(kind="independent", stems=pair, confidence=0.5, onsets=onsets,
                           because=f"{together:.0%} of onsets start together and the phrases neither alternate nor "
                                   f"double; {counts}")
    head = lead or pair[0]
    support = [s for s in stats if s != head and role_of.get(s) in supporting | {"counterline", "fill"}]
    return Interaction(kind="support", stems=[head] + support, confidence=0.5, onsets=onsets,
                       because=f"the {head} {verb([head], 'leads', 'lead')}; the others accompany "
                               f"{'them' if plural([head]) else 'it'} ({', '.join(role_of[s] for s in support)})"
                       if support else f"the {head} {verb([head], 'leads', 'lead')}")


def uncertainties_of(a: WindowAnalysis, frame: FrameSelection) -> list[str]:
    out = []
    if all(s.empty for s in a.stems):
        out.append("The window is empty in the selected stems: there is nothing to describe.")
    if a.window.duration_s < 2.0:
        out.append("The window is very short: rhythm, key and form cannot be judged from it.")
    if frame.frame != "unknown" and frame.confidence < 0.5:
        out.append(f"The frame reading is uncertain ({frame.frame} at low confidence).")
    if frame.secondary_frame:
        out.append(f"Two readings are close: {frame.frame} and {frame.secondary_frame}.")
    tonal = a.results.h010
    if tonal.status == "ok" and tonal.evidence.key_correlation < TRUSTED_KEY_CORRELATION:
        out.append("The key in this window is ambiguous.")
    for s in a.stems:
        if s.confidence_note:
            out.append(f"{s.stem}: {s.confidence_note}.")
    missing = [h.name for h in a.heuristics if h.status == "missing_input"]
    if missing:
        out.append("Not measurable with this selection: " + ", ".join(missing) + ".")
    return out


def build_findings(a: WindowAnalysis, frame: FrameSelection, routing: Routing) -> Findings:
    roles = stem_roles(a)
    empty = all(s.empty for s in a.stems)
    g = None if empty else groove_of(a, routing.named_stems)
    hm = None if empty else harmony_of(a)
    m = None if empty else melody_of(a)
    t = None if empty else texture_of(a, roles, routing.named_stems)
    if t is not None and t.interaction is not None and t.interaction.kind == "hocket":
        roles = share_line(roles, t.interaction.stems)
    d = None if empty else dynamics_of(a)
    unselected = _unselected(a)
    others = (f"the track's other stems ({', '.join(unselected)})" if unselected else
              "the track's other stems" if not a.track_context.stems else "no other stem (the track has none that sounds)")
    scope = Scope(window=a.window, excluded=(
        f"Only the selected stems ({', '.join(a.window.stems)}) between {a.window.start_s:g} s and {a.window.end_s:g} s; "
        f"{others} and everything outside the window are excluded. Track-level facts appear only where labelled "
        "track-level." + _bars_here_note(a)))
    further: list[Claim] = []
    claims = summarise(a, frame, routing, roles, g, hm, m, d, t, further)
    return Findings(summary=" ".join(c.text for c in claims), claims=claims, further_answers=further, frame=frame,
                    routing=routing, roles=roles,
                    presence=a.presence, events=a.events, meter=a.meter, drum_pattern=a.drum_pattern,
                    groove=g, harmony=hm, melody=m, texture=t, dynamics=d, scope=scope,
                    uncertainties=uncertainties_of(a, frame))


# what each question-driven sentence answers: placed in the clause of a compound question that asks it
# (the comeback sentence places the drop too: "where does it drop, and when it comes back up, is it back to where it
# was?" is answered by it from its first clause)
# (in the order said where several are asked: the summary's own order of the question-driven sentences)
# a time the question names ("50.4 s", "1:23"), asked where it falls or what lands there: "scoring a scene over this
# bit and I've got two hit points, 50.4 s and 55.6 s -- where do they fall in the bar, is there a drum hit right
# there I can sync to or do I need to nudge them?" got the meter alone (round 72's bu04, dev)
TIME_POINT = re.compile(r"(?<![\w.:])(?:(\d{1,2}):(\d{2}(?:\.\d+)?)|(\d+(?:\.\d+)?) ?(?:s|secs?|seconds)\b)")
TIME_POINT_ASKED = (r"(?=.*(?:\d ?(?:s|secs?|seconds)\b|\d:\d\d))"
                    r".*\b(?:falls?|lands?|line[sd]? up|sync\w*|hit points?|cues?|in the bar|on the beat|on a beat|"
                    r"is there (?:a |any )?(?:drum |kick |snare )?hit|what(?:'s| is) (?:there |happening )?at)\b")
# a time that is a length or a rough span, not a point ("in the first 10 seconds", "a 2 s pause", "lasts 4 seconds")
# (a time "at about" one is a point; "between 3 and 6 seconds" and "3-6 s" spans: the twenty-ninth session's review)
NOT_A_POINT = (r"(?:\b(?:first|last|for|lasts?|(?<!\bat )(?:about|around|roughly)|after a|every|within|over|under|from|"
               r"between)\s+$|\bbetween\s+\d+(?:\.\d+)?\s*(?:s|secs?|seconds)?\s+and\s+$|"
               r"\b(?:is|was|of)\s+$|\d\s*(?:s|secs?|seconds)?\s*(?:to|-|–|till|until)\s*$)")
NOT_A_POINT_AFTER = r"^\s*(?:long|pause|gap|tail|delay|loop|of|in (?:length|total|all)|to|-\s*\d|–|or so)\b"
TIME_POINTS_SAID = 3
# the numbers before a time's own in a list that gives the unit once ("4.4, 7.1 and 11.7 s": 4.4 and 7.1)
TIME_LIST = re.compile(r"(?<![\w.:])((?:\d+(?:\.\d+)?\s*,\s*)*\d+(?:\.\d+)?)\s*(?:,\s*)?(?:and|&|or)\s+"
                       r"\d+(?:\.\d+)?\s*(?:s|secs?|seconds)\b")
LEAD_AT_S = 0.05  # a lead-line frame this close to a time named sounds there (a 50 ms frame either side)
# a tempo the producer's own song runs at, asked how far to stretch this ("want to drop his comp into my song, which is
# in E flat too but at 120 -- how much do I stretch it ... could I just slow it down tape-style?": round 73's bv01, dev)
TEMPO_TARGET = re.compile(r"\b(?:at|to|is|runs? at|sits? at|of)\s+(?:about |around )?(\d{2,3}(?:\.\d)?)\s*(?:bpm\b)?"
                          r"(?![\d.:]| ?(?:s|secs?|seconds|ms|hz|cents?|%|per ?cent|bars?|beats?|measures?|mins?|"
                          r"minutes?|lufs|db)\b)")
TEMPO_TARGET_ASKED = (r"(?=.*\b(?:stretch\w*|warp\w*|time-?stretch\w*|speed (?:it )?up|slow (?:it )?down|tape|"
                      r"varispeed|repitch\w*|resampl\w*|conform\w*|how (?:far|much) (?:do i |should i )?(?:slow|speed))"
                      r"\b)(?=.*\b(?:my|our) (?:song|track|project|session|tune|beat|set|mix)\b)")
TAPE_ASKED = r"\btape\b|\bvarispeed\b|\brepitch\w*|\bresampl\w*|\bslow (?:it |the \w+ )?down\b|\bspeed (?:it )?up\b"
ON_PLACE = 0.1  # of a beat: a time this close to a beat or a place in it is on it


DRIVEN_ASKED = {"lead_line": LEAD_ASKED, "side_stick": SNARE_NAMED, "swell": SWELL_ASKED,
                "in_time": IN_TIME_ASKED, "value_choice": VALUE_CHOICE_ASKED, "approach": APPROACH_ASKED, "ring": RING_ASKED, "holds": HOLDS_ASKED, "outside": OUTSIDE_ASKED,
                "comeback": r"\b(?:drops?|dips?)\b|" + COMEBACK_ASKED,
                # (a yes or no of the places a part plays, before who plays off the beat: "does the piano play on the
                # off-beats?" led with the shares, its "Yes: ..." second: the twenty-fourth session's sweep, dev)
                "places": PLACE_ASKED, "offbeat": OFFBEAT_ASKED, "entry": ENTRY_ASKED, "exit": EXIT_ASKED,
                # (what the drummer rides on before where he crashes: "what's he riding on, ride or crash?" led with
                # the one crash, the thirty-eighth session's sweep on Shadows, dev)
                "timekeeper": TIMEKEEPER_ASKED,
                "half_time": HALF_TIME_ASKED, "two_feel": TWO_FEEL_ASKED, "crashes": CRASH_ASKED, "capo": CAPO_ASKED,
                "low_shift": LOW_ASKED, "held_off": OFF_NOTES_ASKED, "tuning": TUNING_ASKED, "ones": ONES_ASKED, "hats_open": HATS_OPEN_ASKED, "ghosts": GHOST_ASKED, "backbeat_timing": BACKBEAT_TIMING_ASKED, "clean_hits": CLEAN_HITS_ASKED, "doubles": DOUBLES_ASKED, "band_hits": BAND_HIT_ASKED, "fill_spot": FILL_SPOT_ASKED, "lead_unread": LEAD_PART_ASKED,
                "sync": SYNC_ASKED, "turnaround": TURNAROUND_ASKED, "change_count": CHANGE_COUNT_ASKED, "lyrics": LYRICS_ASKED, "alone": ALONE_ASKED, "transpose": TRANSPOSE_DRIVEN, "phrase_length": PHRASE_LENGTH_ASKED, "busy_bar": BUSY_BAR_ASKED, "role_choice": ROLE_CHOICE_ASKED, "first_chord": FIRST_CHORD_ASKED, "chord_lengths": CHORD_LENGTH_ASKED, "section_length": SECTION_LENGTH_ASKED, "note_count": NOTE_COUNT_ASKED, "section_level": SECTION_LEVEL_ASKED, "part_sections": PART_SECTIONS_ASKED, "who_left": WHO_LEFT_ASKED,
                "same_notes": SAME_NOTES_ASKED, "against_song": SONG_COMPARE_ASKED, "level_ride": LEVEL_RIDE_ASKED, "scale": SCALE_ASKED,
                "loop": LOOP_ASKED, "section_names": SECTION_NAME_ASKED, "masking": MASK_ASKED,
                "kit_at_change": KIT_AT_CHANGE_ASKED, "kit_before": KIT_BEFORE_ASKED,
                "kit_varies": KIT_VARIES_ASKED, "end_chord": END_CHORD_ASKED,
                "motion": MOTION_ASKED, "ends": ENDS_ASKED, "numerals": NUMERALS_ASKED, "tops": TOP_ASKED,
                "rhythm": RHYTHM_ASKED, "starts": STARTS_ASKED, "repeats": REPEATS_ASKED,
                "registers": REGISTERS_ASKED, "hands": HAND_ASKED, "syllables": SYLLABLE_ASKED,
                "first_notes": FIRST_NOTES_ASKED,
                "accents": ACCENTS_ASKED, "voicing": VOICING_ASKED + "|" + INVERSION_ASKED,
                "degrees": DEGREE_ASKED, "clash": CLASH_ASKED, "rubs": FIT_ASKED,
                "part_rubs": FIT_ASKED,
                "fit": FIT_ASKED, "fade": FADE_ASKED, "dig": DIG_ASKED, "downbeat": DOWNBEAT_ASKED,
                "tension_chord": TENSION_CHORD_ASKED, "arrivals": ARRIVAL_ASKED, "last": LAST_ASKED,
                "fill": FILL_OR_ROLL_ASKED, "free_register": FREE_ASKED, "octave_double": OCTAVE_ASKED,
                "with_kick": WITH_KICK_ASKED, "turns": TURNS_ASKED, "ending": ENDING_ASKED, "past_note": NOTE_LIMIT,
                "roll": ROLL_ASKED, "ties": TIE_ASKED, "reach": REACH_ASKED, "vibrato": VIBRATO_ASKED,
                "parallels": PARALLEL_ASKED, "note_use": NOTE_USE_ASKED,
                "top_again": TOP_AGAIN_ASKED,
                # (last: a part's own sentence asked of a half -- the beat bar by bar -- answers it more closely)
                "half_events": HALF_CHANGE_ASKED, "time_points": TIME_POINT_ASKED, "planned_roots": ROOTS_PLANNED,
                "tempo_target": TEMPO_TARGET_ASKED + r".*\d"}


PLACE_PART = (r"\b(?:after|before|since|following|until|till|into|out of|from|through|during) "
              r"(?:the |his |her |their )?(?:\w+ )?(?:break|solo|intro|outro|fill|breakdown)\b")




def _time_points_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """Where each time the question names falls in its bar (WindowAnalysis.beat_grid): on a beat, just before one,
    on a place between (the e, the and, the a; a triplet's middle or last in a compound meter) or between places,
    and, where the drums are read bar by bar, which drums strike there or that none does."""
    text = question or ""
    if not re.search(TIME_POINT_ASKED, text.lower()) or len(a.beat_grid) < 2:
        return None
    times = []
    low = text.lower()
    for m in TIME_POINT.finditer(text):
        if re.search(NOT_A_POINT, low[max(0, m.start() - 20):m.start()]) or \
                re.search(NOT_A_POINT_AFTER, low[m.end():m.end() + 12]):
            continue  # a length or a span, not a point to place (the review: "in the first 10 seconds")
        # (a list with its unit once, at its end: "at 4.4, 7.1 and 11.7 s" placed only the last: round 77's review)
        listed = TIME_LIST.search(low[max(0, m.start() - 40):m.end()])
        times += [float(x) for x in re.findall(r"\d+(?:\.\d+)?", listed.group(1))] if listed and \
            listed.end() == min(m.end(), 40 + m.end() - m.start()) and not m.group(1) else []
        times.append(float(m.group(1)) * 60 + float(m.group(2)) if m.group(1) else float(m.group(3)))
    if not times:
        return None
    times = list(dict.fromkeys(times))
    grid = a.beat_grid
    period = float(np.median(np.diff([x[0] for x in grid])))
    compound = a.meter is not None and (a.meter.label in COMPOUND_METERS or a.meter.subdivision == "triplets")
    places = ({1 / 3: ("the middle triplet of", "trip"), 2 / 3: ("the last triplet of", "let")} if compound else
              {0.25: ("the e of", "e"), 0.5: ("the and of", "&"), 0.75: ("the a of", "a")})
    order, d = _track_bar_order(a), a.drum_pattern
    said = []
    # each time named gets its place or says why it has none (one outside the window or before the first beat the
    # window's grid holds was dropped silently, and a fourth too: the twenty-ninth session's review)
    lead = next((p.lead_line for p in a.presence if p.stem == MIX_STEM and p.lead_line is not None), None)
    inside = [i for i, t in enumerate(times) if a.window.start_s <= t < a.window.end_s]
    outside = [i for i in range(len(times)) if i not in inside]
    if not inside:
        return (f"The time{'s' if len(times) > 1 else ''} you name {'fall' if len(times) > 1 else 'falls'} outside "
                "this window, so nothing is placed there; ask with a window that holds "
                f"{'them' if len(times) > 1 else 'it'}.")
    placed = inside[:TIME_POINTS_SAID]
    for t in [times[i] for i in placed]:
        k = max((i for i, x in enumerate(grid) if x[0] <= t + 1e-3), default=None)
        if k is None:
            said.append("before the first beat tracked in this window, so it is not placed on the grid")
            continue
        t0, bar, beat = grid[k]
        frac = (t - t0) / period
        key, nudge = None, ""
        if frac >= 1 - ON_PLACE or (k + 1 < len(grid) and t >= grid[k + 1][0] - ON_PLACE * period):
            nxt = grid[k + 1] if k + 1 < len(grid) else (t0 + period, bar if beat < _per_bar(a) else bar + 1,
                                                           beat % _per_bar(a) + 1)
            bar, beat, key = nxt[1], nxt[2], str(nxt[2])
            where = f"just before the {ORDINAL_WORDS[beat - 1]} beat" if beat - 1 < len(ORDINAL_WORDS) else None
            nudge = ", a hair early for it"
        elif frac <= ON_PLACE:
            where = f"on the {ORDINAL_WORDS[beat - 1]} beat" if beat - 1 < len(ORDINAL_WORDS) else None
            key = str(beat)
        else:
            near = min(places, key=lambda x: abs(x - frac))
            word = f"beat {count_word(beat)}"
            if abs(near - frac) <= ON_PLACE:
                where, key = f"on {places[near][0]} {word}", f"{beat}{places[near][1]}"
            else:
                where = f"about {count_word(int(round(frac * 100)))} hundredths of the way through {word}"
        here = _bar_here(order, bar)
        if where is None or here is None:
            said.append("in a bar that cannot be placed here")
            continue
        struck = ""
        if d is not None and d.by_bar and key is not None and bar in d.by_bar:
            hit = [_kit_name(c, d) for c, pl in d.by_bar[bar].items() if key in pl]
            plural = len(hit) > 1 or (hit and _kit_is(hit[0]) == "are")
            struck = (f", where the {_names(hit)} {'strike' if plural else 'strikes'}{nudge}" if hit else
                      ", where no drum strikes")
        # over a mix loaded unseparated, whether its lead line (most likely the voice) sounds there ("is the singer
        # mid-word on any of them?" was left open inside the unseparated mix: round 77's bz03, dev)
        sung = "" if lead is None else ", with the lead line sounding there" if any(
            abs(x - t) <= LEAD_AT_S + 1e-6 for x in lead.sounding_at) else ", where the lead line rests"
        said.append(f"{where} of {here}{struck}{sung}")
    if len(times) == 1:
        return f"That time falls {said[0]}."

    def nth(ks: list[int]) -> str:
        return _names([ORDINAL_WORDS[k] if k < len(ORDINAL_WORDS) else "a later one" for k in ks])
    rest = [i for i in inside if i not in placed]
    tail = "".join(f"; the {nth(ks)} {'falls' if len(ks) == 1 else 'fall'} {why}" for ks, why in (
        (outside, "outside this window, so " + ("it is" if len(outside) == 1 else "they are") + " not placed here"),
        (rest, "past the " + count_word(TIME_POINTS_SAID) + " placed here (ask again with " +
         ("it" if len(rest) == 1 else "them") + ")")) if ks)
    return ("Of the times you name, " + "; ".join(f"the {nth([k])} falls {x}" for k, x in zip(placed, said)) +
            tail + ".")


def _tempo_target_sentence(a: WindowAnalysis, question: str | None) -> str | None:
    """How far this runs from the tempo the producer's song is at (MeterReading.tempo_bpm): the stretch, as a share of
    its speed, and, asked for tape-style slowing, how far that moves its pitch (semitones, 12 log2 of the ratio)."""
    text = (question or "").lower()
    m = a.meter
    if m is None or not m.tempo_bpm or not re.search(TEMPO_TARGET_ASKED, text):
        return None
    hit = next((float(x.group(1)) for x in TEMPO_TARGET.finditer(text) if 40 <= float(x.group(1)) <= 240), None)
    if hit is None:
        return None
    here = float(m.tempo_bpm)
    ratio = hit / here
    if abs(ratio - 1) < 0.015:
        return f"It already runs at about {count_word(int(round(here)))} BPM here: no stretch is needed."
    compound = m.label in COMPOUND_METERS or m.subdivision == "triplets"
    for k, words in ((0.5, "half"), (2.0, "double"), (1.5, "the dotted-quarter count of")):
        if (k != 1.5 or compound) and abs(ratio / k - 1) < 0.015:  # the same pulse counted another way: no stretch
            return (f"It runs at about {count_word(int(round(here)))} BPM here, so {count_word(int(round(hit)))} is "
                    f"{words} its tempo: the same pulse counted another way, no stretch needed.")
    share = int(round(100 * ratio))
    way = "slowing" if ratio < 1 else "speeding up"
    said = (f"It runs at about {count_word(int(round(here)))} BPM here, so to sit at {count_word(int(round(hit)))} it "
            f"needs {way} to about {count_word(share)} per cent of its speed")
    if re.search(TAPE_ASKED, text):
        semis = 12 * np.log2(ratio)
        size = (f"about {count_word(int(round(abs(semis))))} semitone{'s' if round(abs(semis)) != 1 else ''}"
                if abs(semis) >= 0.75 else f"about {count_word(int(round(abs(semis) * 100)))} cents")
        said += (f"; slowed tape-style instead, its pitch {'drops' if semis < 0 else 'rises'} with it, {size}, out of "
                 "its key unless that is wanted" if abs(semis) >= 0.25 else
                 f"; tape-style, its pitch would move only {size}, less than a quarter of a semitone")
    return said + "."


def _per_bar(a: WindowAnalysis) -> int:
    """Beats a bar on the window's grid."""
    return max((x[2] for x in a.beat_grid), default=4)


def _bars_here_note(a: WindowAnalysis) -> str:
    """Which of the track's bars the sentences' "the first bar here" is, where the window's bar list starts with
    another (a bar the window starts inside: round 80's answer helper counted "the second bar here" from bar 5 of
    [5, 6, 7, 8, 9], the sentences from bar 6); and a downbeat the window starts just after."""
    order = chart_bar_numbers(a) if a.window.bars else []
    out = "" if not order or order[0] == a.window.bars[0] else \
        f" 'The first bar here' in the sentences is bar {order[0]} (a bar counts from half inside the window)."
    # a window starting a hair after a downbeat leaves what is struck on it out ("no kick on the first bar's one"
    # read as the drummer's variation: round 80's cc01 and cc02 answer helper, dev)
    w = a.window
    period = 60.0 / a.meter.tempo_bpm if a.meter is not None and a.meter.tempo_bpm else None
    if w.first_downbeat_s is not None and window_beat_early_s(period) < w.start_s - w.first_downbeat_s <= SLIVER_S:
        out += (f" The window starts {1000 * (w.start_s - w.first_downbeat_s):.0f} ms after the downbeat at "
                f"{w.first_downbeat_s:g} s: a hit struck on that downbeat lies outside it.")
    return out


SLIVER_S = 0.1  # a window starting this little after a downbeat: said, so a hit on it is not read as missing


def _in_clause_order(question: str, driven: list[str], heads: list[tuple[str, str | None]]) -> list[str]:
    """The heads of a compound question's answer in the order its clauses ask: each question-driven sentence
    (``driven``, placed by where its ask matches) in its clause, else that clause's head (``heads``: each asking
    clause's text with the claim that answers it)."""
    low = question.lower()
    starts = [m.end() for m in CLAUSE_BREAK.finditer(question)]

    def clause_at(pos: int) -> int:
        return sum(1 for b in starts if b <= pos)

    placed: dict[int, list[str]] = {}
    for key in driven:
        m = re.search(DRIVEN_ASKED[key], low)
        # (at the match's end: "what key is this, and does she step outside it?" asks the outside notes in its second)
        placed.setdefault(clause_at(m.end() - 1) if m else 0, []).append(key)
    for clause, key in heads:
        at = question.find(clause) if clause else -1
        # (a head whose clause is not known follows the sentences placed: "when the singer comes in, does the
        # drummer dig in?" has one asking clause, its second, and its head is no answer to the first)
        k = clause_at(at) if at >= 0 else (max(placed) + 1 if placed else 0)
        if key is not None and k not in placed:
            placed[k] = [key]
    out: list[str] = []
    for k in sorted(placed):
        out += [x for x in placed[k] if x not in out]
    return out
