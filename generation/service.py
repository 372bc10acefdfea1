"""generate_part and evaluate_part: directive -> candidates -> scores -> artefacts."""

from __future__ import annotations

import hashlib
import json
import time

from pydantic import ValidationError

from analysis.audio_io import ogg_bytes
from analysis.config import SAMPLE_RATE_HZ
from analysis.errors import InputError, NotFoundError
from analysis.core.types import Note
from analysis.library import Library

from . import notation, render
from .directive import build, grid_of, period_of, window_for
from .generator import generate
from .habits import habits_of
from .models import MAX_NOTES, GenerationResult, PartEvaluation, PartNote, PartOption
from .scoring import score

BARS_AROUND_S = 8.0  # the track's beats read on each side of a window: a bar or more at any tempo
ARTEFACTS = {"part.mid": "audio/midi", "part.musicxml": "application/vnd.recordare.musicxml+xml",
             "part.wav": "audio/wav", "in_context.wav": "audio/wav", "part.ogg": "audio/ogg"}


def generate_part(lib: Library, track_id: str, stem: str, start_s: float, end_s: float, request: str,
                  n_options: int = 3, seed: int | None = None, stems: list[str] | None = None) -> GenerationResult:
    """Candidate parts for ``stem`` over the window, fitted against ``stems`` (the user's selection; every
    stem the track has when None), scored and rendered."""
    if not isinstance(n_options, int) or isinstance(n_options, bool) or not 1 <= n_options <= 8:
        raise InputError("n_options must be a whole number from 1 to 8.")
    if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed < 2**32):
        raise InputError("seed must be a whole number from 0 to 2**32 - 1, or omitted.")
    _, sl, ctx = window_for(lib, track_id, stem, start_s, end_s, stems)
    directive = build(sl, ctx, stem, request)
    bars = bars_of(lib, track_id, directive, ctx)
    seed = 0 if seed is None else seed
    habits = habits_of(lib.store, track_id, stem, directive.start_s, directive.end_s, _context(sl, stems))
    scored = []
    for label, notes in generate(directive, sl, n_options, seed, habits):
        scored.append((label, notes, score(notes, directive, sl, ctx, habits)))
    scored.sort(key=lambda x: -x[2].total)
    options = [_store(lib, track_id, directive, bars, label, notes, s, rank + 1,
                      f"{seed}:{label}:{request}" + _selection_salt(sl, stems), _context(sl, stems))
               for rank, (label, notes, s) in enumerate(scored)]
    return GenerationResult(directive=directive, options=options)


def evaluate_part(lib: Library, track_id: str, stem: str, start_s: float, end_s: float, notes: list,
                  stems: list[str] | None = None) -> PartEvaluation:
    """The notes scored as generate_part scores its options, against ``stems`` (every stem when None)."""
    if not isinstance(notes, list):
        raise InputError("notes must be a list of {time_s or beat, duration_s or duration_beats, pitch, velocity}.")
    if len(notes) > MAX_NOTES:
        raise InputError(f"{len(notes)} notes is over the {MAX_NOTES}-note limit for one part.")
    _, sl, ctx = window_for(lib, track_id, stem, start_s, end_s, stems)
    directive = build(sl, ctx, stem, "evaluate the given notes")
    parsed = []
    for i, raw in enumerate(notes):
        try:
            parsed.append(raw if isinstance(raw, PartNote) else PartNote.model_validate(raw))
        except ValidationError as exc:  # keep pydantic's words: which field, and what is wrong with it
            why = "; ".join(f"{'.'.join(str(x) for x in e['loc']) or 'note'}: {e['msg']}" for e in exc.errors())
            raise InputError(f"note {i} is malformed ({why[:300]}). Each note: time_s or beat, duration_s or "
                             "duration_beats, pitch 0-127, velocity 1-127.") from None
    beats = grid_of(directive)
    period = period_of(beats)
    first = float(beats[0]) if len(beats) else start_s
    absolute = [n.to_note(first, period) for n in parsed]
    s = score(absolute, directive, sl, ctx,
              habits_of(lib.store, track_id, stem, directive.start_s, directive.end_s, _context(sl, stems)))
    if s.violations:
        return PartEvaluation(directive=directive, valid=False, option=None, violations=s.violations)
    option = _store(lib, track_id, directive, bars_of(lib, track_id, directive, ctx), "your part", absolute, s, 1,
                    json.dumps([n.row() for n in absolute])[:10000] + _selection_salt(sl, stems), _context(sl, stems))
    return PartEvaluation(directive=directive, valid=True, option=option, violations=[])


def bars_of(lib: Library, track_id: str, directive, ctx) -> notation.BarGrid:
    """The window's place in the track's bars, for its notation (the beats a bar around it)."""
    around = lib.store.grid(track_id, directive.start_s - BARS_AROUND_S, directive.end_s + BARS_AROUND_S)
    return notation.bar_grid(around, grid_of(directive), directive.start_s, ctx.meter, ctx.beats_per_bar)


def _context(sl, stems: list[str] | None) -> list[str] | None:
    """The selection as read (None: every stem the track has)."""
    return None if stems is None else list(sl.window.stems)


def _selection_salt(sl, stems: list[str] | None) -> str:
    """A selection makes another part (its scores and its in-context mix differ); no selection, the id as before."""
    return "" if stems is None else "|stems:" + ",".join(sl.window.stems)


def _store(lib: Library, track_id: str, directive, bars: notation.BarGrid, label: str, notes: list[Note], s, rank: int,
           salt: str, context: list[str] | None = None) -> PartOption:
    key = f"{track_id}|{directive.stem}|{directive.start_s}|{directive.end_s}|{salt}|{json.dumps([n.row() for n in notes])}"
    part_id = hashlib.sha256(key.encode()).hexdigest()[:16]
    folder = lib.store.home / "tracks" / track_id / "parts" / part_id
    tempo = bars.tempo_bpm  # the MIDI's and the notation's
    if s.violations == [] and not (folder / "part.ogg").is_file():  # part.ogg is written last
        folder.mkdir(parents=True, exist_ok=True)
        render.write_midi(folder / "part.mid", notes, directive.stem, directive.start_s, tempo)
        notation.write_musicxml(folder / "part.musicxml", notes, directive, bars)
        audio = render.render_audio(notes, directive.stem, directive.start_s, directive.end_s, tempo)
        render.write_wav(folder / "part.wav", audio)
        others = {r["stem"]: lib.store.home / r["path"] for r in lib.store.stem_rows(track_id)
                  if r["stem"] != directive.stem and (context is None or r["stem"] in context)}
        render.write_wav(folder / "in_context.wav", render.context_mix(audio, others, directive.start_s))
        (folder / "part.ogg").write_bytes(ogg_bytes(audio, SAMPLE_RATE_HZ))  # compact, for players
        lib.store.save_part(dict(part_id=part_id, track_id=track_id, stem=directive.stem,
                                 start_s=directive.start_s, end_s=directive.end_s,
                                 folder=str(folder.relative_to(lib.store.home)),
                                 summary_json=json.dumps({"label": label, "total": s.total}), created_at=time.time()))
    return PartOption(part_id=part_id, rank=rank, label=label, score=s,
                      notes=[PartNote.of(n) for n in notes],
                      resources={name: f"stemsense://parts/{part_id}/{name}" for name in ARTEFACTS} if not s.violations else {})


def part_file(lib: Library, part_id: str, name: str) -> bytes:
    if not isinstance(part_id, str) or len(part_id) != 16 or any(c not in "0123456789abcdef" for c in part_id):
        raise NotFoundError(f"{str(part_id)[:40]!r} is not a part id (16 hex characters, as generate_part returns).")
    if name not in ARTEFACTS:
        raise NotFoundError(f"A part has {', '.join(ARTEFACTS)}; not {str(name)[:40]!r}.")
    row = lib.store.part_row(part_id)
    if row is None:
        raise NotFoundError(f"No part {part_id}: generate_part or evaluate_part makes parts.")
    path = lib.store.home / row["folder"] / name
    if not path.is_file():
        raise NotFoundError(f"The {name} of part {part_id} is missing; generate it again.")
    return path.read_bytes()
