"""The directive: a deterministic reading of (window, request) into a route, hints and hard constraints."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from analysis.config import PART_STEMS
from analysis.errors import InputError
from analysis.library import Library
from analysis.core.vocabulary import PITCH_CLASS, PLAYABLE_RANGE, TRUSTED_KEY_CORRELATION, named_stems
from analysis.core.types import TrackContext, Window, WindowSlice
from heuristics.rules import chord_pcs, h003_offbeat_density, h006_register_overlap, h010_tonal_stability, run_all
from heuristics.slice import without
from heuristics.window import read_window

from .models import ChordSpan, Constraints, Directive, PartNote

MAJOR, MINOR = (0, 2, 4, 5, 7, 9, 11), (0, 2, 3, 5, 7, 8, 10)
TRUSTED_CHORD = 0.5  # a chord's confidence (analysis.harmony) from which its tones may widen the key
ROUTES = [  # first match wins; checked in this order
    ("free_composition", ("from scratch", "ignore the current", "ignore what", "completely new", "start over")),
    ("surgical_fix", ("fix", "wrong note", "correct the", "clean up")),
    ("harmonic_rewrite", ("reharmon", "different chord", "harmonic", "harmony")),
    ("register_shift", ("higher", "lower", "octave", "stand out", "stands out", "register", "up top", "down low")),
    ("rhythm_transfer", ("rhythm of", "same rhythm", "lock to", "follow the kick", "with the kick")),
    ("density_change", ("busier", "denser", "sparser", "simpler", "more notes", "fewer notes", "funky", "groove",
                        "driving", "calmer")),
    ("borrow_from_source", ("borrow", "like the", "motif from", "quote")),
    ("melodic_rewrite", ("rewrite", "new melody", "variation", "another take")),
]


def _words(request: str, words) -> list[str]:
    return [w for w in words if re.search(r"\b" + re.escape(w), request)]


def window_for(lib: Library, track_id: str, stem: str, start_s: float, end_s: float,
               stems: list[str] | None = None) -> tuple[Window, WindowSlice, TrackContext]:
    """The window over the user's selection, through the call frames use (heuristics.window.read_window):
    ``stems``, the stems the part is fitted against, plus the part's own stem where the track has it (its
    current notes); every stem the track has when omitted. The target stem may be one the track lacks (a
    new part)."""
    if stem not in PART_STEMS:
        raise InputError(f"Unknown stem {str(stem)[:40]!r}; a part can be one of {', '.join(PART_STEMS)}.")
    lib.ready_row(track_id)
    sl, ctx = read_window(lib, track_id, context_stems(lib, track_id, stem, stems), start_s, end_s)
    return sl.window, sl, ctx


def context_stems(lib: Library, track_id: str, stem: str, stems: list[str] | None) -> list[str]:
    """The stems a part over ``stem`` is read with, in the track's order: the selection and the part's own
    stem where the track has it, or every stem the track has (``stems`` None). A selection that is not a
    non-empty list of stem names, or names one the track lacks, is an error that says so."""
    existing = [r["stem"] for r in lib.store.stem_rows(track_id)]
    if stems is None:
        return existing
    if not isinstance(stems, (list, tuple)) or not stems or not all(isinstance(s, str) for s in stems):
        raise InputError("stems must be a non-empty list of stem names (the stems the part is fitted against), "
                         f"or omitted for every stem the track has ({', '.join(existing)}).")
    for name in stems:
        lib.check_stem(track_id, name)  # an unknown name, or one this track lacks: says which it has
    chosen = set(stems) | {stem}
    return [s for s in existing if s in chosen]


def build(sl: WindowSlice, ctx: TrackContext, stem: str, request: str) -> Directive:
    if not isinstance(request, str) or len(request) > 2000:
        raise InputError("request must be text of at most 2000 characters.")
    text = request.lower()
    route = next((r for r, words in ROUTES if _words(text, words)), None)
    # the harmony and the key a part is held to come from the other parts only: a part is never judged
    # against the chords it spells itself
    others = without(sl, stem)
    if route == "free_composition":  # written from scratch: the heuristics read the other parts only too
        sl = others
    off, mask = run_all(sl, ctx, (h003_offbeat_density, h006_register_overlap))  # the two the directive reads
    target = sl.stems.get(stem)
    current = target.notes if target is not None else None
    others_active = [s for name, s in sl.stems.items() if name != stem and s.active]
    empty = (current is None or len(current) == 0) and not others_active
    hints = []
    if route is None:
        route = "free_composition" if empty else ("compose_over_source" if current is None or not len(current)
                                                  else "melodic_rewrite")
    if empty:
        hints.append("the window is empty: free composition over the beat grid")
        route = "free_composition"
    # typed decisions from the heuristics and the request's words; the hint text is written from them
    offbeats = bool(_words(text, ("funky", "groove", "syncopat", "bounce")) and (off.status != "ok" or off.score < 0.3))
    unmask = bool(_words(text, ("stand out", "stands out", "clearer", "cut through")) and mask.status == "ok"
                  and mask.score >= 0.3)
    density = ("more" if _words(text, ("busier", "denser", "more notes", "driving", "funky")) else
               "less" if _words(text, ("sparser", "simpler", "fewer notes", "calmer")) else "same")
    if offbeats:
        hints.append("add notes at offbeat positions; sixteenth-note subdivision preferred")
    if unmask:
        hints.append("move the part up, out of the masked register")
    if density != "same":
        hints.append("more onsets per beat than now" if density == "more" else "fewer onsets per beat than now; leave space")
    if "drums" in sl.stems and sl.stems["drums"].active and stem != "drums":
        hints.append("take the rhythm from the drums in this window; land with the kick")
    key, scope, scale = _key(h010_tonal_stability(others, ctx), ctx)
    # a window's key is an estimate from a few bars: the song's key stays allowed too, so a line that
    # is right for the song is never rejected because the window's reading leaned elsewhere
    song_scale = _scale(ctx.key_label) if ctx.key_label else []
    scale_plus = sorted(set(scale) | set(song_scale))
    # a chord read with little confidence constrains nothing beyond the key (a misread E minor as B
    # major must not put a D sharp into a G-major line)
    chords = [ChordSpan.over(c, chord_tones=sorted(chord_pcs(c.label) or []),
                             allowed_pitch_classes=sorted(set(scale_plus) | (chord_pcs(c.label) or set())
                                                          if c.confidence >= TRUSTED_CHORD else set(scale_plus)))
              for c in others.chords if chord_pcs(c.label) is not None]
    lo, hi = PLAYABLE_RANGE[stem]
    if unmask:
        lo = min(hi - 12, lo + 7)
    subdivision = 4 if stem == "drums" or offbeats else 2
    ceiling = 6 if stem == "drums" else 4  # real lines play sixteenths (a chorus bass with three in a beat)
    notes = [] if current is None else [PartNote.of(replace(n, duration_s=max(n.duration_s, 1e-3))) for n in current.each()]
    shift = (12 if _words(text, ("higher", "up an octave", "up top", "stand out", "stands out")) else
             -12 if _words(text, ("lower", "down an octave", "down low")) else 0)
    named = [x for x in named_stems(request) if x != stem and x in sl.stems]
    source = named[0] if route == "rhythm_transfer" and named else ("drums" if route == "rhythm_transfer" else None)
    if route == "density_change":
        hints.append(f"{'more' if density == 'more' else 'fewer'} onsets than the current part")
    if route == "register_shift":
        hints.append(f"the current part moved {'up' if shift >= 0 else 'down'} an octave")
    if route == "rhythm_transfer":
        hints.append(f"the rhythm of the {source}" + (" (its kick)" if source == "drums" else ""))
    if route == "harmonic_rewrite":
        hints.append("the current rhythm kept, new pitches from the chords")
    if route == "surgical_fix":
        hints.append("the current notes kept; those outside the constraints moved to the nearest allowed pitch")
    return Directive(stem=stem, start_s=sl.window.start_s, end_s=sl.window.end_s, request=request, route=route,
                     density=density, offbeats=offbeats, register_shift=shift if route == "register_shift" else 0,
                     rhythm_source=source,
                     beat_period_s=sl.grid.period_s,
                     hints=hints, grid_beats_s=[float(b) for b in sl.grid.beats_s], empty_window=empty,
                     constraints=Constraints(key=key, key_scope=scope, scale_pitch_classes=scale, chords=chords,
                                             register_range=[lo, hi], beat_ceiling=ceiling, subdivision=subdivision,
                                             current_notes=notes))


def _scale(key: str) -> list[int]:
    tonic, mode = key.split()
    root = PITCH_CLASS[tonic]
    return sorted((root + i) % 12 for i in (MAJOR if mode == "major" else MINOR))


def _key(tonal, ctx: TrackContext) -> tuple[str | None, str, list[int]]:
    if tonal.status == "ok" and tonal.evidence.window_key and tonal.evidence.key_correlation >= TRUSTED_KEY_CORRELATION:
        key, scope = tonal.evidence.window_key, "window"
    elif ctx.key_label:
        key, scope = ctx.key_label, "track-level"
    else:
        return None, "none", list(range(12))
    return key, scope, _scale(key)


STRONG_S = 0.03  # a note this close to a beat is on it


def period_of(beats: np.ndarray, fallback_s: float = 0.5) -> float:
    """The beat period of a grid (its median step), or ``fallback_s`` for a grid of fewer than two beats."""
    return float(np.median(np.diff(beats))) if len(beats) > 1 else fallback_s


def on_beat(t: float, beats: np.ndarray) -> bool:
    return bool(len(beats)) and float(np.min(np.abs(beats - t))) < STRONG_S


def chord_at(directive: Directive, t: float):
    """The directive's chord span sounding at ``t``, or None."""
    return next((c for c in directive.constraints.chords if c.start_s <= t < c.end_s), None)


def grid_of(directive: Directive, fallback_period_s: float = 0.5) -> np.ndarray:
    beats = np.asarray(directive.grid_beats_s)
    if len(beats) >= 2:
        return beats
    return np.arange(directive.start_s, directive.end_s, fallback_period_s)
