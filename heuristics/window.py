"""``analyze_window``: validate a window, slice it, measure it, run H001-H015."""

from __future__ import annotations

import math

from analysis.config import STEM_NAMES
from analysis.errors import InputError
from analysis.library import Library
from analysis.core.types import TrackContext, Window, WindowSlice
from analysis.core.vocabulary import TRUSTED_KEY_CORRELATION

from . import describe
from .measures import all_stem_stats
from .models import Results, SectionTouch, TrackContextOut, WindowAnalysis, WindowInfo
from .rules import run_all
from .slice import load_context, load_slice

MAX_STEMS = len(STEM_NAMES)


def validate_window(lib: Library, track_id: str, stems: list[str], start_s: float, end_s: float) -> Window:
    """A Window over a ready track, or a StemSenseError that says what to fix."""
    row = lib.ready_row(track_id)
    if not isinstance(stems, (list, tuple)) or not stems:
        raise InputError(f"Select at least one stem: {', '.join(STEM_NAMES)}.")
    if len(stems) > MAX_STEMS:
        raise InputError(f"At most {MAX_STEMS} stems can be selected (there are {MAX_STEMS} stem names).")
    for stem in stems:
        lib.check_stem(track_id, stem)
    for name, value in (("start_s", start_s), ("end_s", end_s)):
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
            raise InputError(f"{name} must be a finite number of seconds.")
    duration = float(row["duration_s"])
    if start_s >= end_s:
        raise InputError(f"start_s ({start_s}) must be before end_s ({end_s}).")
    if start_s < 0:
        raise InputError(f"start_s ({start_s}) is before the track's start: windows begin at 0 s or later.")
    last = math.floor(duration * 100) / 100  # the track's end, rounded down, so that the value offered is inside
    if start_s >= duration:
        raise InputError(f"The window starts at {start_s} s, after the track ends ({duration:.3f} s): choose a window "
                         f"inside 0-{last:.2f} s.")
    if end_s > duration + 1e-6:
        raise InputError(f"The window ends at {end_s} s, past the track's end at {duration:.3f} s: end it at "
                         f"{last:.2f} s or earlier.")
    return Window(track_id, tuple(dict.fromkeys(stems)), float(start_s), float(end_s))


# A section inside the window by less than this is its edge, not a part of it: a bridge selected to its last bar
# line, the next section found 7 ms before the window's end, "straddled a section change" (round 19's f09, dev)
MIN_SECTION_INSIDE_S = 0.25


def window_info(sl: WindowSlice, ctx: TrackContext) -> WindowInfo:
    w = sl.window
    inside = [(max(a, w.start_s), min(b, w.end_s), label, (a, b)) for a, b, label in ctx.sections
              if b > w.start_s and a < w.end_s]
    kept = [x for x in inside if x[1] - x[0] >= MIN_SECTION_INSIDE_S] or inside[:1]
    touches = [SectionTouch(label=label, start_s=w.round_time(a), end_s=w.round_time(b),
                            whole_s=(round(whole[0], 3), round(whole[1], 3))) for a, b, label, whole in kept]
    return WindowInfo(track_id=w.track_id, stems=list(w.stems), start_s=w.start_s, end_s=w.end_s,
                      duration_s=round(w.duration_s, 3), beats=len(sl.grid.beats_s),
                      bars=sorted({int(b) + 1 for b in sl.grid.bar_index}), sections=touches,
                      to_track_end=ctx.last_onset_s is not None and w.end_s > ctx.last_onset_s)


def read_window(lib: Library, track_id: str, stems: list[str], start_s: float, end_s: float
                ) -> tuple[WindowSlice, TrackContext]:
    """A selection's slice and its track's context: the one call every window reader makes (analyze_window
    for frames and findings, generation's directive). Down to the Store once, back once."""
    window = validate_window(lib, track_id, stems, start_s, end_s)
    return load_slice(lib.store, window), load_context(lib.store, track_id)


def analyze_window(lib: Library, track_id: str, stems: list[str], start_s: float, end_s: float) -> WindowAnalysis:
    return measure_window(*read_window(lib, track_id, stems, start_s, end_s))


def measure_window(sl: WindowSlice, ctx: TrackContext) -> WindowAnalysis:
    """Everything measured on one window slice: per-stem stats, H001-H015, and what a producer asks
    about (presence, events, meter, drum pattern, chord chart, relations between parts)."""
    stats = all_stem_stats(sl)
    results = run_all(sl, ctx)
    out = WindowAnalysis(window=window_info(sl, ctx), stems=stats, heuristics=results,
                         track_context=TrackContextOut(
                             meter=ctx.meter, key=ctx.key_label, stems=list(ctx.stems),
                             tuning_cents=ctx.concert_cents if ctx.concert_spread is not None
                             and ctx.concert_spread <= describe.TUNING_STEADY_SPREAD else None,
                             tuning_spread_cents=ctx.concert_spread))
    if not sl.active_stems() or any(s.failure for s in sl.stems.values()):
        out.presence = describe.presence_of(sl, stats, None)
        return out
    res = Results.of(results)
    period = sl.grid.period_s
    bars = sl.window.duration_s / (period * (ctx.beats_per_bar or 4)) if period else None
    melodic = res.h011.evidence.stem if res.h011.status == "ok" else None
    window_key = res.h010.evidence.window_key if res.h010.status == "ok" else None
    # the bars this window reads, where they differ from the grid's (6/8 on a four-beat grid): every bar a finding
    # names is counted as the chart counts it
    out.meter = describe.meter_of(sl, ctx)
    sl = describe.regrouped(sl, out.meter)
    out.window.bars = sorted({int(b) + 1 for b in sl.grid.bar_index})
    strokes = describe.part_strokes(sl)  # each pitched part's strokes, read once for its presence and bar notes
    voices = describe.sung_notes_of(sl)  # and a voice's sung notes
    # notes spelled in the key the window reads where that key is trusted, else in the song's: a punk shouter's 14
    # notes read E flat minor at 0.31 were spelled G flat, E flat, D flat in a G major song, beside a harmony read
    # G sharp minor (the thirty-sixth session's sweep, dev)
    trusted = res.h010.status == "ok" and res.h010.evidence.key_correlation >= TRUSTED_KEY_CORRELATION
    spelling = (window_key if trusted else None) or ctx.key_label or window_key
    out.presence = describe.presence_of(sl, stats, bars, strokes, voices, spelling, ctx.voice_alone)
    # a voice alone on the track is heard against A 440: the mix's tuning is then read from her own voice, so her
    # steady offset would read as the band's and vanish ("is she in tune?" over vocadito's unaccompanied singer
    # said "right on the band's tuning": the eighteenth session's sweep, dev)
    describe.intonation_of(sl, out.presence, None if ctx.voice_alone else ctx.tuning_cents, spelling)
    describe.vibrato_of(sl, out.presence, ctx.vibrato, spelling)
    describe.lead_line_of(sl, out.presence, ctx.tuning_cents, spelling)
    out.parallels, out.parallel_pairs = describe.parallels_of(sl, out.presence, strokes, voices, spelling)
    out.events = describe.events_of(sl, ctx, melodic)
    out.drum_pattern = describe.drum_pattern_of(sl, out.meter)
    hats = describe.hat_events(sl, out.drum_pattern)
    if hats:
        out.events = sorted(out.events + hats, key=lambda e: e.time_s)
    out.chord_grid = describe.chord_grid_of(sl, ctx, res.h008, window_key, out.meter)
    describe.bass_roots(sl, out.chord_grid, out.presence)
    describe.roman_numerals(out.chord_grid, window_key, ctx.key_label)
    describe.line_fits(sl, out.chord_grid, voices, spelling)
    describe.bar_lines(sl, out.presence, out.meter, spelling, strokes, voices)
    describe.line_repeats(sl, out.presence, voices)
    describe.change_arrivals(sl, out.chord_grid, out.presence, strokes)
    describe.chord_voicings(sl, out.chord_grid, out.presence, strokes, spelling)
    out.bar_cycle = describe.bar_cycle(sl, out.meter)
    out.bar_numbers = [n for n, _, _ in describe.chart_bars(sl, out.meter)]
    g = sl.grid
    out.beat_grid = [(round(float(t), 3), int(b) + 1, int(k)) for t, b, k in zip(g.beats_s, g.bar_index, g.beat_in_bar)]
    describe.change_approaches(sl, out.chord_grid, out.presence, spelling)
    describe.last_notes(sl, out.presence, spelling, voices)
    out.relations = describe.relations_of(sl)
    out.against_song = describe.against_song(sl, ctx, stats)
    out.lyric_words = (None if ctx.lyric_words is None else
                       [w for a0, z0, w in ctx.lyric_words if z0 > sl.window.start_s and a0 < sl.window.end_s])
    power = describe.bar_power(sl, out.meter)  # each part's power in each whole bar, read once for both levels
    measured = describe.bar_levels(power)
    if measured:
        top = max(x for *_, x in measured)
        out.bar_levels_db = {n: round(x - top, 1) for n, _, _, x in measured}
    out.part_bar_levels = describe.part_bar_levels(sl, power)
    out.part_bar_spill = describe.part_bar_spill(sl, power)
    (out.window.first_downbeat_s, out.window.first_beat_in_bar,
     out.window.start_in_bar) = describe.first_downbeat(sl, out.meter)
    loudest = describe.loudest_event(sl, measured)
    if loudest is not None:
        out.events = sorted(out.events + [loudest], key=lambda e: (e.time_s, e.kind))
    return out


def track_chart(lib: Library, track_id: str) -> list[tuple[float, float, str]]:
    """The whole track's chords as a chart (what the timeline's chord lane draws): every pitched stem's notes
    fitted bar by bar, exactly as a window's chart is, with a chord held over several bars drawn once.
    (start_s, end_s, chart symbol) spans."""
    from .harmony import h008_harmonic_rhythm

    row = lib.ready_row(track_id)
    pitched = [r["stem"] for r in lib.store.stem_rows(track_id) if r["stem"] != "drums" and not r["empty"]]
    if not pitched:
        return []
    sl = load_slice(lib.store, Window(track_id, tuple(pitched), 0.0, float(row["duration_s"])))
    ctx = load_context(lib.store, track_id)
    chart = describe.chord_grid_of(sl, ctx, h008_harmonic_rhythm(sl, ctx), ctx.key_label)
    spans: list[list] = []
    for bar in chart.bars if chart else []:
        halves = [(bar.start_s, bar.end_s)] if len(bar.chords) == 1 else \
            [(bar.start_s, (bar.start_s + bar.end_s) / 2), ((bar.start_s + bar.end_s) / 2, bar.end_s)]
        for (a, z), symbol in zip(halves, bar.chords):
            if spans and spans[-1][2] == symbol and abs(spans[-1][1] - a) < 1e-3:
                spans[-1][1] = z
            else:
                spans.append([a, z, symbol])
    return [(round(a, 3), round(z, 3), symbol) for a, z, symbol in spans]

