"""Candidate parts from the directive alone: deterministic for a given seed."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import numpy as np

from analysis.core.types import Note, WindowSlice, articulation_gap_s
from analysis.core.vocabulary import KICK_NOTES, possessive

from .directive import STRONG_S, TRUSTED_CHORD, chord_at, grid_of, on_beat, period_of
from .habits import NEAR_BARS, SLOTS_PER_BEAT, Habits, bar_runs, phrase_likeness, proximity, window_contexts
from .models import Directive
from .scoring import chord_heard, chord_root, strong_beats

# (label, subdivisions per beat used, probability of an onset on a weak slot)
VARIANTS = [("follows the kick and the beat", 1, 0.0), ("adds eighth-note motion", 2, 0.45),
            ("syncopated, with pushes off the beat", 2, 0.7), ("sparse, leaving space", 1, 0.0),
            ("sixteenth-note drive", 4, 0.5), ("arpeggiated", 2, 1.0), ("anticipates the changes", 2, 0.3),
            ("long notes", 1, 0.0)]


def _rng(seed: int, index: int) -> np.random.Generator:
    digest = hashlib.sha256(f"{seed}:{index}".encode()).digest()
    return np.random.default_rng(int.from_bytes(digest[:8], "little"))


def _slots(directive: Directive, sub: int, beats: np.ndarray) -> list[tuple[float, int]]:
    """(time, level) for every grid slot in the window: level 0 = beat, 1 = 8th, 2 = 16th."""
    sub = max(1, min(sub, directive.constraints.subdivision))
    period = period_of(beats)
    out = []
    for b in beats:
        for k in range(sub):
            t = b + k * period / sub
            if directive.start_s <= t < directive.end_s:
                out.append((float(t), 0 if k == 0 else (1 if sub == 2 or k == 2 else 2)))
    return out


KEEP_RHYTHM = "keeps the current rhythm with a new line"
# routes whose part must not simply keep the current rhythm (they change it, or there is none to keep)
RHYTHM_CHANGING = ("free_composition", "density_change", "rhythm_transfer")


def generate(directive: Directive, sl: WindowSlice, n_options: int, seed: int,
             habits: Habits | None = None) -> list[tuple[str, list[Note]]]:
    """The options, different in kind: where the window has a part (and the route keeps its time), the
    first keeps that part's rhythm under a new line (or is the part the route decides); then, where the
    stem plays elsewhere in the track and the route leaves the rhythm free, the player's own bars (see
    :func:`as_elsewhere`); the others follow the variants the directive's fields order."""
    beats = grid_of(directive)
    kick = set()
    drums = sl.stems.get("drums")
    if drums is not None and len(drums.notes):
        kick = {round(float(t), 2) for t, p in zip(drums.notes.time_s, drums.notes.pitch) if p in KICK_NOTES}
    order = _variant_order(directive)
    current = directive.constraints.current_notes
    others = [(float(np.percentile(s.notes.pitch, 10)), float(np.percentile(s.notes.pitch, 90)))
              for name, s in sl.stems.items() if name not in (directive.stem, "drums") and len(s.notes)]
    # where the stem plays elsewhere, a new line sits where the player sits beside stems that play alike
    bars = window_contexts(sl, directive.stem)
    home = (habits.near([c for _, c, _ in bars], [s for s, _, _ in bars]).register_median
            if habits is not None and directive.stem != "drums" else None)
    options = []  # first the route's part, else (where the route keeps time) the window part's rhythm
    routed = route_part(directive, sl, kick, others, _rng(seed, 99))
    if routed is not None:
        options.append(routed)
    elif directive.stem != "drums" and len(current) >= 4 and directive.route not in RHYTHM_CHANGING:
        onsets = sorted({round(c.time_s, 3) for c in current if directive.start_s <= c.time_s < directive.end_s})
        options.append((KEEP_RHYTHM, conform(_pitched_part(directive, beats, 1, 0.0, _rng(seed, 0), kick, onsets, others),
                                                directive)))
    if (habits is not None and habits.bars and directive.stem != "drums" and len(options) < n_options
            and directive.route in ("free_composition", "compose_over_source", "melodic_rewrite")):
        # where in the form the player is: read from the run of the window's bars, then bar by bar (two
        # readings that differ where a bar alone looks like another section's)
        phrase, bars = as_elsewhere(directive, sl, habits), as_elsewhere(directive, sl, habits, by_phrase=False)
        for label, notes in ((AS_ELSEWHERE, phrase), (AS_ELSEWHERE_BAR, bars)):
            if notes and len(options) < n_options and all(notes != other for _, other in options):
                options.append((label, notes))
    for v in range(n_options - len(options)):  # then the variants the directive's fields order
        rng = _rng(seed, len(options))
        label, sub, weak_p = VARIANTS[order[v % len(order)]]
        notes = (_drum_part(directive, beats, sub, weak_p, rng, kick) if directive.stem == "drums" else
                 _pitched_part(directive, beats, sub, weak_p, rng, kick, others=others, home=home))
        options.append((label, notes))
    return options


AS_ELSEWHERE = "plays as the player does elsewhere in the track"
AS_ELSEWHERE_BAR = "plays each bar as the player plays the bar most like it"


def _likeness(rhythm: float, chroma: np.ndarray, nearness: float, bar, move: int) -> float:
    """How well a bar from elsewhere, moved ``move`` semitones, fits a bar of the window: its other stems'
    rhythm (``rhythm``: its phrase likeness there) and harmony (the cosine of the pitch-class profiles,
    the bar's moved), a move costing a little, and its distance from the window as the scoring's targets
    weigh it (``nearness``: :func:`generation.habits.proximity`, taken at the rate ``Habits.near`` trades
    it against likeness, 0.1 a factor e): a player's nearest bars are the likeliest the same section."""
    harmony = float(chroma @ np.roll(bar.chroma, move)) if chroma.any() and bar.chroma.any() else 0.0
    return rhythm + harmony - 0.05 * (move != 0) + 0.1 * float(np.log(max(nearness, 1e-12)))


def as_elsewhere(d: Directive, sl: WindowSlice, habits: Habits, by_phrase: bool = True) -> list[Note]:
    """Each bar of the window takes the rhythm and the intervals of the stem's bar outside the window whose
    other stems (kick, snare, the other parts' onsets by bar position) look most like this bar's (the
    nearest among equals) and whose harmony, moved by a few semitones, is this bar's, then conformed."""
    contexts = window_contexts(sl, d.stem)
    if not contexts:
        return []
    period = period_of(sl.grid.beats_s)
    lo, hi = d.constraints.register_range
    arrivals = strong_beats(d, sl, grid_of(d))
    notes = []
    nearness = proximity(habits.bars, [s for s, _, _ in contexts])
    chosen = []  # (bar, move) for each bar of the window
    rhythms = []
    for place, (start, _, chroma) in enumerate(contexts):
        # the bars elsewhere whose other stems play like this bar, with its neighbours like the window's
        rhythm = (phrase_likeness(habits.bars, [c for _, c, _ in contexts], place) if by_phrase else
                  phrase_likeness(habits.bars, [contexts[place][1]]))
        rhythms.append(rhythm)
        chosen.append(max(((float(like), b, t, float(near)) for b, like, near in zip(habits.bars, rhythm, nearness)
                           for t in range(-5, 7)),
                          key=lambda lbtn: _likeness(lbtn[0], chroma, lbtn[3], lbtn[1], lbtn[2])))
    if by_phrase and len(contexts) >= 2:
        chosen = _as_a_run(habits, contexts, rhythms, chosen)
    for (start, _, _), (_, bar, move, _) in zip(contexts, chosen):
        for pos, interval, beats_long, velocity in bar.notes:
            t = start + pos / SLOTS_PER_BEAT * period
            if d.start_s <= t < d.end_s - 1e-3:
                pitch = int(np.clip(bar.first_pitch + interval + move, lo - 12, hi + 12))
                chord = chord_heard(d, t)
                if on_beat(t, arrivals) and chord is not None and chord.confidence >= TRUSTED_CHORD \
                        and chord.chord_tones and pitch % 12 not in chord.chord_tones:
                    # where the harmony arrives the player sounds it: the copied bar's note moves to the
                    # nearest tone of this bar's chord (its harmony elsewhere was alike, not the same); on
                    # the weaker beats the player's passing and neighbour tones stay
                    pitch = min((p for p in range(pitch - 6, pitch + 7) if p % 12 in chord.chord_tones),
                                key=lambda p: (abs(p - pitch), p))
                notes.append(Note(time_s=float(t), duration_s=min(max(0.05, beats_long * period), d.end_s - t),
                                  pitch=pitch, velocity=velocity))
    return conform(notes, d)


RUN_SLACK = 0.1  # a run of the player's bars is taken over the best bar for each place within this a bar


def _as_a_run(habits: Habits, contexts, rhythms, chosen):
    """The window's bars as a run of bars the player plays one after another elsewhere, moved as one, where that
    fits nearly as well as the best bar for each place (within RUN_SLACK a bar): a player who alternates two bars
    over a vamp whose other stems repeat every bar had one of them copied into both bars of the window (the
    seventeenth session's listening, dev). Each bar of a run is as far from its place in the window as the run is:
    the nearer the run, the likelier the same section, and the same place in the player's alternation."""
    bars = habits.bars
    starts = np.array([b.bar_start_s for b in bars])
    steps = np.diff(starts)
    if not len(steps) or float(np.min(steps)) <= 0:
        return chosen
    bar_s = float(np.min(steps))
    best_each = sum(_likeness(lk, c[2], near, b, t) for (lk, b, t, near), c in zip(chosen, contexts))
    best, best_score = None, -np.inf
    for run in bar_runs(bars, len(contexts)):
        near = [float(np.exp(-abs(starts[k] - contexts[i][0]) / bar_s / NEAR_BARS)) for i, k in enumerate(run)]
        for t in range(-5, 7):
            score = sum(_likeness(float(rhythms[i][k]), contexts[i][2], near[i], bars[k], t) for i, k in enumerate(run))
            if score > best_score:
                best, best_score = [(float(rhythms[i][k]), bars[k], t, near[i]) for i, k in enumerate(run)], score
    return best if best is not None and best_score >= best_each - RUN_SLACK * len(contexts) else chosen


def _current(d: Directive) -> list[Note]:
    return [Note(time_s=c.time_s, duration_s=min(c.duration_s, d.end_s - c.time_s), pitch=c.pitch,
                 velocity=c.velocity) for c in d.constraints.current_notes if d.start_s <= c.time_s < d.end_s - 1e-3]


def conform(notes: list[Note], d: Directive) -> list[Note]:
    """Every note inside the window, the register and the pitch classes allowed where it sounds (the
    nearest allowed pitch), at most beat_ceiling onsets a beat: what a route changes stays valid."""
    lo, hi = d.constraints.register_range
    beats = grid_of(d)
    gap = articulation_gap_s(period_of(beats), d.constraints.beat_ceiling)
    out, per_beat, stroke = [], {}, None  # stroke: the first onset of the articulation the last note joined
    for n in sorted(notes, key=lambda n: n.time_s):
        t = float(n.time_s)
        # onsets are kept to the millisecond: one rounded under a window's start by less than half of one is on it
        # (a window from 2e-16 s lost the chord on its first beat, read at 0 s, and its whole part with it)
        if not d.start_s - 5e-4 <= t < d.end_s - 1e-3:
            continue
        t = max(t, d.start_s)
        chord = chord_heard(d, t)
        allowed = chord.allowed_pitch_classes if chord else d.constraints.scale_pitch_classes
        pitch = int(n.pitch)
        while pitch > hi:
            pitch -= 12
        while pitch < lo:
            pitch += 12
        if d.stem != "drums" and pitch % 12 not in allowed:
            pitch = min((p for p in range(lo, hi + 1) if p % 12 in allowed), key=lambda p: (abs(p - pitch), p))
        beat = max(0, int(np.searchsorted(beats - STRONG_S, t, side="right")) - 1) if len(beats) else 0
        new_onset = stroke is None or t - stroke >= gap  # a strum is one onset (as violations count)
        if new_onset and per_beat.get(beat, 0) >= d.constraints.beat_ceiling:
            continue
        per_beat[beat] = per_beat.get(beat, 0) + int(new_onset)
        stroke = t if new_onset else stroke
        out.append(Note(time_s=t, duration_s=min(max(0.05, float(n.duration_s)), d.end_s - t), pitch=pitch,
                        velocity=int(np.clip(n.velocity, 1, 127))))
    return out


ROUTE_LABELS = {"surgical_fix": "the current part, with what the request names corrected",
                "density_change": "the current part, {}", "register_shift": "the current part, an octave {}",
                "rhythm_transfer": "the {} rhythm with a new line", "harmonic_rewrite": "the current rhythm, new pitches"}


def route_part(d: Directive, sl: WindowSlice, kick: set, others, rng) -> tuple[str, list[Note]] | None:
    """The part the route decides, built from the window's current notes (or the source stem's rhythm):
    surgical fix keeps the notes and corrects the ones outside the constraints; density change adds or
    drops onsets; register shift moves the part an octave; rhythm transfer takes the kick's (or the
    named stem's) onsets; harmonic rewrite keeps the rhythm under new pitches. None: the route writes
    from the variants (free composition ignores the current notes)."""
    cur = _current(d)
    beats = grid_of(d)
    period = d.beat_period_s or period_of(beats)
    if d.stem == "drums":
        return None
    if d.route == "rhythm_transfer":
        src = sl.stems.get(d.rhythm_source or "drums")
        if src is None or not len(src.notes):
            return None
        times = [float(t) for t, p in zip(src.notes.time_s, src.notes.pitch)
                 if d.rhythm_source != "drums" or p in KICK_NOTES] or list(src.notes.onset_times())
        onsets = sorted({round(t, 3) for t in times if d.start_s <= t < d.end_s - 1e-3})
        label = ROUTE_LABELS["rhythm_transfer"].format("kick's" if d.rhythm_source in (None, "drums") else
                                                       possessive(d.rhythm_source))
        return label, conform(_pitched_part(d, beats, 1, 0.0, rng, kick, onsets, others), d)
    if len(cur) < 2:
        return None
    if d.route == "surgical_fix":
        return ROUTE_LABELS["surgical_fix"], conform(cur, d)
    if d.route == "register_shift":
        lo, hi = d.constraints.register_range
        step = d.register_shift or 12
        if not all(lo <= n.pitch + step <= hi for n in cur):
            step = -step if all(lo <= n.pitch - step <= hi for n in cur) else step
        return (ROUTE_LABELS["register_shift"].format("up" if step > 0 else "down"),
                conform([replace(n, pitch=n.pitch + step) for n in cur], d))
    if d.route == "density_change":
        if d.density == "less":
            strong = [n for n in cur if on_beat(n.time_s, beats)]
            kept = strong[::2] if len(strong) > 0.6 * len(cur) else strong
            kept = kept or cur[::2]
            return ROUTE_LABELS["density_change"].format("with fewer notes"), conform(kept, d)
        added = []
        for a, b in zip(cur, cur[1:] + [None]):
            nxt = b.time_s if b else min(d.end_s - 1e-3, a.time_s + period)
            if nxt - a.time_s >= period * 0.45:  # a note between: the one before shortened to make room
                mid = a.time_s + (nxt - a.time_s) / 2
                added.append(replace(a, duration_s=min(a.duration_s, (mid - a.time_s) * 0.95)))
                added.append(Note(time_s=mid, duration_s=(nxt - mid) * 0.9, pitch=a.pitch + 7, velocity=80))
            else:
                added.append(a)
        return ROUTE_LABELS["density_change"].format("with more notes"), conform(added, d)
    if d.route == "harmonic_rewrite":
        out = []
        for n in cur:
            chord = chord_at(d, n.time_s)
            tones = chord.chord_tones if chord else d.constraints.scale_pitch_classes
            choices = [p for p in range(n.pitch - 7, n.pitch + 8) if p % 12 in tones and p % 12 != n.pitch % 12]
            out.append(replace(n, pitch=min(choices, key=lambda p: (abs(p - n.pitch), p)) if choices else n.pitch))
        return ROUTE_LABELS["harmonic_rewrite"], conform(out, d)
    return None


def _variant_order(directive: Directive) -> list[int]:
    """Which variants come first, from the directive's typed fields (never from its hint text)."""
    if directive.offbeats:
        return [4, 2, 1, 6, 0, 5, 3, 7]
    if directive.density == "less":
        return [3, 7, 0, 1, 6, 2, 5, 4]
    if directive.density == "more":
        return [1, 4, 2, 5, 6, 0, 3, 7]
    return [0, 1, 2, 6, 5, 3, 4, 7]


def free_centre(lo: int, hi: int, others: list[tuple[float, float]], default: int) -> int:
    """The centre of the octave within [lo, hi] that the other parts' ranges (10th-90th percentile
    pitches) cover least, nearest ``default`` among equals."""
    def covered(c: int) -> float:
        return sum(max(0.0, min(c + 6, b) - max(c - 6, a)) for a, b in others)
    candidates = range(lo + 6, max(lo + 7, hi - 5))
    return min(candidates, key=lambda c: (covered(c), abs(c - default)))


def _pitched_part(d: Directive, beats, sub, weak_p, rng, kick, onsets: list[float] | None = None,
                  others: list[tuple[float, float]] | None = None, home: float | None = None) -> list[Note]:
    lo, hi = d.constraints.register_range
    scale = d.constraints.scale_pitch_classes
    slots = _slots(d, sub, beats)
    period = period_of(beats)
    chosen = []
    if onsets is not None:  # a given rhythm (the window's part): on the beat is level 0, else an offbeat
        slots = []
        chosen = [(float(t), 0 if on_beat(t, beats) else 1) for t in onsets]
    for i, (t, level) in enumerate(slots):
        # a bass holds the pulse: every beat (the other parts keep every beat too)
        keep = True if level == 0 else rng.random() < weak_p
        if keep:
            chosen.append((t, level))
    if onsets is None and d.stem == "bass" and kick and weak_p == 0.0:  # and lands every kick off the beat
        extra = [(float(k), 1) for k in sorted(kick) if d.start_s <= k < d.end_s - 1e-3
                 and all(abs(k - t) >= 0.03 for t, _ in chosen)]
        chosen = sorted(chosen + extra)
    melodic = d.stem != "bass"
    current = [] if d.route == "free_composition" else d.constraints.current_notes  # free: ignores them
    # the register the window's part plays in, when it has one (a new part sits where the arrangement put
    # it), else the player's register elsewhere (``home``); a new line takes the octave the other parts
    # leave free
    if len(current) >= 4:
        centre = int(np.median([c.pitch for c in current]))
    elif home is not None:
        centre = int(round(home)) + d.register_shift
    elif melodic:
        centre = free_centre(lo, hi, others or [], (lo + hi) // 2)
    else:
        centre = lo + 7
    centre = int(np.clip(centre, lo, hi))
    notes = []
    for j, (t, level) in enumerate(chosen):
        end = chosen[j + 1][0] if j + 1 < len(chosen) else min(d.end_s, t + period)
        chord = chord_at(d, t)
        allowed = chord.allowed_pitch_classes if chord else scale
        # a chord read with little confidence widens nothing: only its tones the key allows are targets
        tones = ([pc for pc in chord.chord_tones if pc in allowed] or allowed) if chord else scale
        nxt = chord_at(d, end) if j + 1 < len(chosen) else None
        root = chord_root(chord.chord) if chord else None
        if not melodic and level == 0:  # bass: the root on the beat (else the first allowed chord tone)
            pcs = [root] if root in tones else tones[:1] if chord else tones
        elif nxt is not None and chord is not None and nxt.chord != chord.chord and not melodic:
            target = chord_root(nxt.chord)  # approach the next root by step
            target = nxt.chord_tones[0] if target is None else target
            pcs = [pc for pc in allowed if min((pc - target) % 12, (target - pc) % 12) in (1, 2)] or tones
        elif level == 0:
            pcs = tones
        else:
            pcs = allowed if melodic else tones
        candidates = [p for p in range(lo, hi + 1) if p % 12 in pcs]
        if not candidates:
            continue
        if melodic:  # a line: the nearest allowed pitch, in a phrase shape around its centre (never a
            # random walk: that climbs into the next part's register)
            shape = int(round(4 * np.sin(np.pi * j / max(4, len(chosen) / 2))))
            goal = int(np.clip(centre + shape + int(rng.integers(-1, 2)), lo, hi))
        else:
            goal = centre
        pitch = min(candidates, key=lambda p: (abs(p - goal), p))
        notes.append(Note(time_s=t, duration_s=min(max(0.05, (end - t) * 0.9), d.end_s - t), pitch=int(pitch),
                          velocity=int(100 if level == 0 else 82)))
    return notes


def _drum_part(d: Directive, beats, sub, weak_p, rng, kick) -> list[Note]:
    notes: list[Note] = []
    hit = _hits_within(d, notes)
    for i, b in enumerate(beats):
        if not d.start_s <= b < d.end_s:
            continue
        hit(float(b), 0.1, 36 if i % 2 == 0 else 38, 100)
        hit(float(b), 0.05, 42, 70)  # with the kick/snare: one onset
        period = period_of(beats)
        for k in range(1, max(1, min(sub, d.constraints.subdivision))):
            t = float(b) + k * period / max(1, min(sub, d.constraints.subdivision))
            if t < d.end_s and rng.random() < max(weak_p, 0.5):
                hit(t, 0.05, 42, 60)
    return notes


def _hits_within(d: Directive, notes: list[Note]):
    """Append a drum hit, shortened so that it never sounds past the window's end."""
    def hit(t: float, length_s: float, pitch: int, velocity: int) -> None:
        notes.append(Note(time_s=t, duration_s=min(length_s, d.end_s - t), pitch=pitch, velocity=velocity))
    return hit
