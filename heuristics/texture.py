"""Texture: register and masking, density, melodic line, and phrase-level call and response (H006, H007, H011, H014)."""

from __future__ import annotations

import difflib
import math

import numpy as np
from analysis.core.types import Notes, StemSlice, TrackContext, WindowSlice
from analysis.core.vocabulary import MIX_STEM

from . import evidence as ev
from .common import _pitched, _r, _two_playing, gap_for, phrases
from .models import HeuristicResult


def h006_register_overlap(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H006"
    selected = _pitched(sl)
    if len(selected) < 2:
        return _r(hid, "missing_input", notes="needs two or more pitched stems in the selection")
    active = [s for s in selected if len(s.notes) >= 2]
    if len(active) < 2:
        return _r(hid, "empty_slice", notes="fewer than two pitched stems play in the window")
    pairs = []
    for i, a in enumerate(active):
        for b in active[i + 1:]:
            la, ha = np.percentile(a.notes.pitch, [10, 90])
            lb, hb = np.percentile(b.notes.pitch, [10, 90])
            overlap = max(0.0, min(ha, hb) - max(la, lb))
            ratio = overlap / max(1.0, min(ha - la, hb - lb))
            both = _simultaneity(a.notes, b.notes, sl.window.duration_s)
            pairs.append(ev.RegisterPair(pair=[a.stem, b.stem], ranges=[[int(la), int(ha)], [int(lb), int(hb)]],
                                         overlap_semitones=round(float(overlap), 1),
                                         overlap_ratio=round(float(min(ratio, 1.0)), 3), sounding_together=round(both, 3),
                                         risk=round(float(min(ratio, 1.0)) * both, 3)))
    worst = max(pairs, key=lambda p: p.risk)
    return _r(hid, "ok", worst.risk, ev.RegisterEvidence(worst_pair=worst.pair, pairs=pairs))


def _simultaneity(a: Notes, b: Notes, duration_s: float, step_s: float = 0.05) -> float:
    """Share of the time either sounds during which both sound."""
    grid = np.arange(0, duration_s, step_s)
    start = min(a.time_s.min(), b.time_s.min())
    def sounding(n: Notes) -> np.ndarray:
        on = np.zeros(len(grid), bool)
        for t, d in zip(n.time_s - start, n.duration_s):
            on[int(t / step_s): int((t + d) / step_s) + 1] = True
        return on
    sa, sb = sounding(a), sounding(b)
    either = (sa | sb).sum()
    return float((sa & sb).sum() / either) if either else 0.0


def h007_density(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H007"
    groups = sl.all_notes()
    if not groups:
        return _r(hid, "empty_slice", notes="no notes in the window")
    w = sl.window
    mid = w.start_s + w.duration_s / 2
    onsets = [n.onset_times() for _, n in groups]
    count = sum(len(o) for o in onsets)
    first = sum(int((o < mid).sum()) for o in onsets) / (w.duration_s / 2)
    second = sum(int((o >= mid).sum()) for o in onsets) / (w.duration_s / 2)
    rate = count / w.duration_s
    trend = "building" if second > 1.25 * first + 0.2 else ("thinning" if first > 1.25 * second + 0.2 else "steady")
    return _r(hid, "ok", 1.0 - math.exp(-rate / 6.0), ev.DensityEvidence(
        onsets_per_s=round(rate, 3), first_half_per_s=round(first, 3), second_half_per_s=round(second, 3), trend=trend,
        per_stem_per_s={name: round(len(o) / w.duration_s, 3) for (name, _), o in zip(groups, onsets)}))


def contour_of(pitches: np.ndarray) -> str:
    first, last, hi, lo = int(pitches[0]), int(pitches[-1]), int(pitches.max()), int(pitches.min())
    if len(pitches) >= 3 and hi - max(first, last) >= 2:
        return "arch"
    if len(pitches) >= 3 and min(first, last) - lo >= 2:
        return "valley"
    if last - first >= 2:
        return "rising"
    if first - last >= 2:
        return "falling"
    return "level"


def contour_fit(times: np.ndarray, pitches: np.ndarray) -> float:
    """R^2 of a quadratic (a line for three notes) through a phrase's pitches over time; 0 for a monotone."""
    y = pitches.astype(float)
    total = float(np.sum((y - y.mean()) ** 2))
    if total == 0.0:
        return 0.0
    x = (times - times[0]) / max(times[-1] - times[0], 1e-6)
    distinct = len(np.unique(np.round(x, 4)))
    if distinct < 3:  # struck together (a chord): no contour over time
        return 0.0
    coef = np.polyfit(x, y, 2 if distinct > 3 else 1)
    return max(0.0, 1.0 - float(np.sum((y - np.polyval(coef, x)) ** 2)) / total)


def melodic_stem(sl: WindowSlice) -> StemSlice | None:
    """The part that carries the window's line: the voice where it sings, else the highest pitched part. Never
    an unseparated mix: it holds every part at once, and the top of its notes is no one's melody."""
    candidates = [s for s in _pitched(sl) if len(s.notes) >= 3 and s.stem != MIX_STEM]
    if not candidates:
        return None
    vocals = next((s for s in candidates if s.stem == "vocals"), None)
    return vocals or max(candidates, key=lambda s: float(np.mean(s.notes.pitch)))


REPEAT_RATIO, REPEAT_MIN_NOTES = 0.7, 4
# A phrase on an earlier one's rhythm (new notes on the same rhythm: "can I paste the harmony's rhythm under her second
# line?", round 55's bd12, dev): the places it strikes, from its first bar line to the nearest half beat (a note struck
# again within RESTRIKE_S of the last is the same stroke), the same as the earlier phrase's for RHYTHM_SHARE of them.
RHYTHM_SHARE, RESTRIKE_S = 0.8, 0.05


def _rhythm(sl: WindowSlice, t: np.ndarray, p: np.ndarray) -> tuple[float, ...] | None:
    """A phrase's strokes (onsets ``t``, pitches ``p``) as places in half beats from the bar line before its first,
    or None without a beat grid there."""
    g = sl.grid
    if not len(t) or not g.period_s or not len(g.beats_s):
        return None
    keep = np.r_[True, (np.diff(t) > RESTRIKE_S) | (np.diff(p) != 0)]
    k = int(np.searchsorted(g.beats_s, t[0] + 1e-6, side="right")) - 1
    if k < 0:
        return None
    bar = k - (int(g.beat_in_bar[k]) - 1)
    start = g.beats_s[bar] if bar >= 0 else g.beats_s[k] - (int(g.beat_in_bar[k]) - 1) * g.period_s
    return tuple(float(x) for x in np.round((t[keep] - start) / g.period_s * 2) / 2)


def h011_melodic_contour(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H011"
    if not _pitched(sl):
        return _r(hid, "missing_input", notes="needs a pitched stem in the selection")
    stem = melodic_stem(sl)
    if stem is None and all(s.stem == MIX_STEM for s in _pitched(sl)):
        return _r(hid, "missing_input", notes="an unseparated mix holds every part at once: no single melodic line "
                                              "to follow (separate the stems to read one)")
    if stem is None:
        return _r(hid, "empty_slice", notes="no melodic line (three or more notes) in the window")
    order = np.argsort(stem.notes.time_s, kind="stable")
    t, p = stem.notes.time_s[order], stem.notes.pitch[order]
    bounds = phrases(stem.notes, gap_for(sl, stem.stem))
    out, intervals = [], []
    for i, j in bounds:
        ps = p[i:j]
        out.append({"start_s": sl.window.round_time(t[i]), "end_s": sl.window.round_time(t[j - 1]), "notes": int(j - i),
                    "contour": contour_of(ps), "range_semitones": int(ps.max() - ps.min())})
        intervals.append(tuple(np.diff(ps[:9])))
    # a line sung again: its notes (a held note's restarts one note) mostly the same, in order, as an earlier
    # line's (difflib's ratio: vocadito's two repeated lines 0.77 and 0.88, its other pairs 0.50 at most; round
    # 20's e04, dev)
    tunes = [[int(x) for k, x in enumerate(p[i:j]) if k == 0 or x != p[i + k - 1]] for i, j in bounds]
    for b, ph in enumerate(out):
        ph["repeats"] = next((a + 1 for a in range(b) if min(len(tunes[a]), len(tunes[b])) >= REPEAT_MIN_NOTES and
                              difflib.SequenceMatcher(None, tunes[a], tunes[b]).ratio() >= REPEAT_RATIO), None)
    rhythms = [_rhythm(sl, t[i:j], p[i:j]) for i, j in bounds]

    def same_rhythm(a: tuple | None, b: tuple | None) -> bool:
        a, b = set(a or ()), set(b or ())  # (the places struck: a note the transcription splits is one place)
        return min(len(a), len(b)) >= REPEAT_MIN_NOTES and len(a & b) >= RHYTHM_SHARE * max(len(a), len(b))
    for b, ph in enumerate(out):
        if ph["repeats"] is None:
            ph["rhythm_of"] = next((a + 1 for a in range(b) if same_rhythm(rhythms[a], rhythms[b])), None)
    multi = [ph for ph in out if ph["notes"] >= 3]
    repeated = 0
    for a in range(len(intervals)):
        for b in range(a + 1, len(intervals)):
            n = min(len(intervals[a]), len(intervals[b]))
            if n >= 2 and np.mean(np.array(intervals[a][:n]) == np.array(intervals[b][:n])) >= 0.7:
                repeated += 1
    pairs = len(intervals) * (len(intervals) - 1) / 2
    # A clearly shaped melody: notes grouped into phrases, each phrase following a smooth contour (how
    # much of its pitch movement a quadratic over time explains: an arch, a valley, a rise or a fall
    # scores high; wandering scores low), and some phrase-to-phrase repetition.
    grouped = sum(ph["notes"] for ph in multi) / len(t)
    fits = [contour_fit(t[i:j], p[i:j]) for i, j in bounds if j - i >= 3]
    for ph, (i, j) in zip(out, bounds):
        if j - i >= 3:
            ph["contour_fit"] = round(contour_fit(t[i:j], p[i:j]), 3)
    clarity = float(np.average(fits, weights=[j - i for i, j in bounds if j - i >= 3])) if fits else 0.0
    repetition = repeated / pairs if pairs else 0.0
    score = grouped * (0.8 * clarity + 0.2 * repetition)
    return _r(hid, "ok", score, ev.ContourEvidence(stem=stem.stem, phrases=[ev.PhraseShape(**ph) for ph in out],
                                                   repetition=round(repetition, 3),
                                                   range_semitones=int(p.max() - p.min()),
                                                   line_contour=contour_of(p), line_fit=round(contour_fit(t, p), 3)))


def musical_phrases(notes: Notes, gap_s: float, bar_s: float) -> list[tuple[float, float]]:
    """Phrase spans: notes grouped by rests longer than ``gap_s``, keeping only groups a listener hears
    as a phrase (three notes or more, or a bar or longer). Single notes passed back and forth (a
    hocket) are one line split between players, not phrases traded."""
    order = np.argsort(notes.time_s, kind="stable")
    t, d = notes.time_s[order], notes.duration_s[order]
    out = []
    for i, j in phrases(notes, gap_s):
        start, end = float(t[i]), float(np.max(t[i:j] + d[i:j]))
        if j - i >= 3 or end - start >= bar_s:
            out.append((start, end))
    return out


def h014_call_response(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    """Phrase-level hand-off, judged per pair of stems (a drum part playing throughout must not hide
    two other parts trading phrases over it); the strongest pair is the result. A phrase is three
    notes or a bar at least: a hocket, a doubling or an interlock trades nothing."""
    hid = "H014"
    active = _two_playing(sl, hid)
    if isinstance(active, HeuristicResult):
        return active
    gap = gap_for(sl)
    bar_s = (sl.grid.period_s or 0.5) * (ctx.beats_per_bar or 4)
    spans = {s.stem: musical_phrases(s.notes, gap, bar_s) for s in active}
    grid = np.arange(sl.window.start_s, sl.window.end_s, 0.05)
    pairs, spans_of = [], {}
    for i, a in enumerate(active):
        for b in active[i + 1:]:
            merged = sorted([(x, y, a.stem) for x, y in spans[a.stem]] + [(x, y, b.stem) for x, y in spans[b.stem]])
            handoffs = sum(1 for (a0, b0, s0), (a1, _, s1) in zip(merged, merged[1:])
                           if s0 != s1 and a1 >= b0 - 0.25 * (b0 - a0))
            on_a = np.zeros(len(grid), bool)
            on_b = np.zeros(len(grid), bool)
            for x, y in spans[a.stem]:
                on_a |= (grid >= x) & (grid < y)
            for x, y in spans[b.stem]:
                on_b |= (grid >= x) & (grid < y)
            either = (on_a | on_b).sum()
            overlap = float((on_a & on_b).sum() / either) if either else 0.0
            alternation = handoffs / max(1, len(merged) - 1)
            pair = ev.CallPair(pair=[a.stem, b.stem], handoffs=handoffs, alternation=round(alternation, 3),
                               overlap_ratio=round(overlap, 3), score=round(alternation * (1.0 - overlap), 4))
            spans_of[id(pair)] = [ev.PhraseSpan(stem=n, start_s=sl.window.round_time(x), end_s=sl.window.round_time(y))
                                  for x, y, n in merged][:24]
            pairs.append(pair)
    best = max(pairs, key=lambda p: p.score)
    return _r(hid, "ok", best.score, ev.CallResponseEvidence(**best.model_dump(), phrases=spans_of[id(best)],
                                                             bar_s_track_meter=round(bar_s, 3), pairs=pairs))
