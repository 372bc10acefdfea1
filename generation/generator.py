"""Candidate parts from the directive alone: deterministic for a given seed."""

from __future__ import annotations

import hashlib

import numpy as np

from heuristics.slice import WindowSlice

from .directive import grid_of
from .models import Directive

# (label, subdivisions per beat used, probability of an onset on a weak slot)
VARIANTS = [("follows the kick and the beat", 1, 0.0), ("adds eighth-note motion", 2, 0.45),
            ("syncopated, with pushes off the beat", 2, 0.7), ("sparse, leaving space", 1, 0.0),
            ("sixteenth-note drive", 4, 0.5), ("arpeggiated", 2, 1.0), ("anticipates the changes", 2, 0.3),
            ("long notes", 1, 0.0)]


def _rng(seed: int, index: int) -> np.random.Generator:
    digest = hashlib.sha256(f"{seed}:{index}".encode()).digest()
    return np.random.default_rng(int.from_bytes(digest[:8], "little"))


def _chord_at(directive: Directive, t: float):
    return next((c for c in directive.constraints.chords if c.start_s <= t < c.end_s), None)


def _slots(directive: Directive, sub: int, beats: np.ndarray) -> list[tuple[float, int]]:
    """(time, level) for every grid slot in the window: level 0 = beat, 1 = 8th, 2 = 16th."""
    sub = max(1, min(sub, directive.constraints.subdivision))
    period = float(np.median(np.diff(beats))) if len(beats) > 1 else 0.5
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


def generate(directive: Directive, sl: WindowSlice, n_options: int, seed: int) -> list[tuple[str, list[dict]]]:
    """The options, different in kind: where the window has a part (and the route keeps its time), the
    first keeps that part's rhythm under a new line; the others follow the variants the hints order."""
    beats = grid_of(directive)
    kick = set()
    drums = sl.stems.get("drums")
    if drums is not None and len(drums.notes):
        kick = {round(float(t), 2) for t, p in zip(drums.notes.time_s, drums.notes.pitch) if p in (35, 36)}
    order = _variant_order(directive)
    current = directive.constraints.current_notes
    others = [(float(np.percentile(s.notes.pitch, 10)), float(np.percentile(s.notes.pitch, 90)))
              for name, s in sl.stems.items() if name not in (directive.stem, "drums") and len(s.notes)]
    keep = directive.stem != "drums" and len(current) >= 4 and directive.route not in RHYTHM_CHANGING
    options = []
    for i in range(n_options):
        rng = _rng(seed, i)
        if keep and i == 0:
            onsets = sorted({round(c.time_s, 3) for c in current if directive.start_s <= c.time_s < directive.end_s})
            options.append((KEEP_RHYTHM, _pitched_part(directive, beats, 1, 0.0, rng, kick, onsets, others)))
            continue
        label, sub, weak_p = VARIANTS[order[(i - int(keep)) % len(order)]]
        notes = (_drum_part(directive, beats, sub, weak_p, rng, kick) if directive.stem == "drums" else
                 _pitched_part(directive, beats, sub, weak_p, rng, kick, others=others))
        options.append((label, notes))
    return options


def _variant_order(directive: Directive) -> list[int]:
    hints = " ".join(directive.hints)
    if "16th" in hints or "offbeat" in hints:
        return [4, 2, 1, 6, 0, 5, 3, 7]
    if "fewer onsets" in hints:
        return [3, 7, 0, 1, 6, 2, 5, 4]
    if "more onsets" in hints:
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
                  others: list[tuple[float, float]] | None = None) -> list[dict]:
    lo, hi = d.constraints.register_range
    scale = d.constraints.scale_pitch_classes
    slots = _slots(d, sub, beats)
    period = float(np.median(np.diff(beats))) if len(beats) > 1 else 0.5
    chosen = []
    if onsets is not None:  # a given rhythm (the window's part): on the beat is level 0, else an offbeat
        slots = []
        chosen = [(float(t), 0 if len(beats) and float(np.min(np.abs(beats - t))) < 0.03 else 1) for t in onsets]
    for i, (t, level) in enumerate(slots):
        on_kick = round(t, 2) in kick or any(abs(t - k) < 0.03 for k in kick)
        if level == 0:
            keep = d.stem != "bass" or not kick or on_kick or i % 2 == 0 or weak_p > 0
        else:
            keep = rng.random() < weak_p
        if keep:
            chosen.append((t, level))
    melodic = d.stem != "bass"
    current = d.constraints.current_notes
    # the register the window's part plays in, when it has one (a new part sits where the arrangement put
    # it); a new line takes the octave the other parts leave free
    if len(current) >= 4:
        centre = int(np.median([c.pitch for c in current]))
    elif melodic:
        centre = free_centre(lo, hi, others or [], (lo + hi) // 2)
    else:
        centre = lo + 7
    centre = int(np.clip(centre, lo, hi))
    notes = []
    for j, (t, level) in enumerate(chosen):
        end = chosen[j + 1][0] if j + 1 < len(chosen) else min(d.end_s, t + period)
        chord = _chord_at(d, t)
        allowed = chord.allowed_pitch_classes if chord else scale
        # a chord read with little confidence widens nothing: only its tones the key allows are targets
        tones = ([pc for pc in chord.chord_tones if pc in allowed] or allowed) if chord else scale
        nxt = _chord_at(d, end) if j + 1 < len(chosen) else None
        if not melodic and level == 0:
            pcs = [tones[0]] if chord else tones  # bass: the root (first allowed chord tone) on the beat
        elif nxt is not None and chord is not None and nxt.chord != chord.chord and not melodic:
            target = nxt.chord_tones[0]  # approach the next root by step
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
        notes.append(dict(time_s=t, duration_s=min(max(0.05, (end - t) * 0.9), d.end_s - t), pitch=int(pitch),
                          velocity=int(100 if level == 0 else 82)))
    return notes


def _drum_part(d: Directive, beats, sub, weak_p, rng, kick) -> list[dict]:
    notes: list[dict] = []
    hit = _hits_within(d, notes)
    for i, b in enumerate(beats):
        if not d.start_s <= b < d.end_s:
            continue
        hit(float(b), 0.1, 36 if i % 2 == 0 else 38, 100)
        hit(float(b), 0.05, 42, 70)  # with the kick/snare: one onset
        period = float(np.median(np.diff(beats))) if len(beats) > 1 else 0.5
        for k in range(1, max(1, min(sub, d.constraints.subdivision))):
            t = float(b) + k * period / max(1, min(sub, d.constraints.subdivision))
            if t < d.end_s and rng.random() < max(weak_p, 0.5):
                hit(t, 0.05, 42, 60)
    return notes


def _hits_within(d: Directive, notes: list[dict]):
    """Append a drum hit, shortened so that it never sounds past the window's end."""
    def hit(t: float, length_s: float, pitch: int, velocity: int) -> None:
        notes.append(dict(time_s=t, duration_s=min(length_s, d.end_s - t), pitch=pitch, velocity=velocity))
    return hit
