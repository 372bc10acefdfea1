"""H001-H015: window-level heuristics, each a pure function of (WindowSlice, TrackContext).

Every function returns a HeuristicResult whose evidence holds only numbers measured inside the
window (times are absolute seconds inside it). Anything taken from the TrackContext is named
``*_track_level`` in the evidence. None of them falls back to track-level data when the window has
too little: they answer ``empty_slice`` or ``missing_input`` instead.
"""

from __future__ import annotations

import math
from typing import Callable

import numpy as np

from analysis.vocabulary import DRUM_CLASSES, NOTE_NAMES, chord_tones

from .models import HeuristicResult
from .slice import Notes, StemSlice, TrackContext, WindowSlice, distinct_onsets

NAMES = {
    "H001": "compound / waltz pulse", "H002": "backbeat", "H003": "offbeat density", "H004": "cross-stem lock",
    "H005": "syncopation", "H006": "register overlap / masking risk", "H007": "density",
    "H008": "harmonic rhythm", "H009": "microtiming tightness", "H010": "tonal stability",
    "H011": "melodic contour / phrase shape", "H012": "section-boundary proximity", "H013": "section contrast",
    "H014": "call / response", "H015": "vocal rhythm alignment",
}
STEM_ORDER = ("drums", "bass", "guitar", "piano", "other", "vocals")
SNARE = DRUM_CLASSES["snare"]
# Krumhansl-Kessler key profiles
KK_MAJOR = np.array([6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88])
KK_MINOR = np.array([6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17])


def _r(hid: str, status: str, score: float | None = None, evidence: dict | None = None, notes: str = "") -> HeuristicResult:
    if score is not None:
        score = round(float(min(1.0, max(0.0, score))), 4)
    return HeuristicResult(heuristic_id=hid, name=NAMES[hid], status=status, score=score if status == "ok" else None,
                           evidence=evidence or {}, notes=notes)


def _ordered(sl: WindowSlice) -> list[StemSlice]:
    return sorted(sl.stems.values(), key=lambda s: STEM_ORDER.index(s.stem) if s.stem in STEM_ORDER else 99)


def _two_playing(sl: WindowSlice, hid: str) -> list[StemSlice] | HeuristicResult:
    """The selected stems with notes in the window, or the status saying why a pairwise measure can't run."""
    if len(sl.stems) < 2:
        return _r(hid, "missing_input", notes="needs two or more stems in the selection")
    active = [s for s in _ordered(sl) if len(s.notes)]
    if len(active) < 2:
        return _r(hid, "empty_slice", notes="fewer than two selected stems play in the window")
    return active


def _pitched(sl: WindowSlice) -> list[StemSlice]:
    return [s for s in _ordered(sl) if not s.is_drums]


def _has_grid(notes: Notes) -> bool:
    return any(sub is not None for sub in notes.subdivision)


# -- shared measurements ------------------------------------------------------------------
def phrases(notes: Notes, gap_s: float) -> list[tuple[int, int]]:
    """Index ranges [i, j) of notes grouped into phrases separated by rests longer than gap_s."""
    if not len(notes):
        return []
    order = np.argsort(notes.time_s, kind="stable")
    t, d = notes.time_s[order], notes.duration_s[order]
    bounds, start, end = [], 0, t[0] + d[0]
    for i in range(1, len(t)):
        if t[i] - end > gap_s:
            bounds.append((start, i))
            start = i
        end = max(end, t[i] + d[i])
    bounds.append((start, len(t)))
    return bounds


def phrase_spans(notes: Notes, gap_s: float) -> list[tuple[float, float]]:
    order = np.argsort(notes.time_s, kind="stable")
    t, d = notes.time_s[order], notes.duration_s[order]
    return [(float(t[i]), float(np.max(t[i:j] + d[i:j]))) for i, j in phrases(notes, gap_s)]


def gap_for(sl: WindowSlice) -> float:
    period = sl.grid.period_s
    return max(0.35, 0.9 * period) if period else 0.5


def nearest_offsets(ref: np.ndarray, times: np.ndarray) -> np.ndarray:
    """For each of ``times``, its signed distance (s) to the nearest of the sorted ``ref``."""
    idx = np.searchsorted(ref, times)
    lo, hi = np.clip(idx - 1, 0, len(ref) - 1), np.clip(idx, 0, len(ref) - 1)
    d_lo, d_hi = times - ref[lo], times - ref[hi]
    return np.where(np.abs(d_lo) <= np.abs(d_hi), d_lo, d_hi)


def syncopation_of(notes: Notes, last_beat_index: int | None = None) -> tuple[float, int]:
    """(weighted share of syncopated onsets, onsets counted): an off-beat onset whose following beat
    has no onset in the same part carries its accent over the beat. An off-beat onset whose following
    beat lies past the window's last beat is not counted at all (what follows it is not in the window)."""
    onsets = [(b, sub) for b, sub in zip(notes.beat_index, notes.subdivision) if sub is not None and b >= 0
              and (last_beat_index is None or sub == "beat" or b + 1 <= last_beat_index)]
    if not onsets:
        return 0.0, 0
    on_beat = {b for b, sub in onsets if sub == "beat"}
    weight = {"8th": 1.0, "triplet": 0.8, "16th": 0.6}
    total = sum(weight.get(sub, 0.0) for b, sub in onsets if sub != "beat" and (b + 1) not in on_beat)
    return total / len(onsets), len(onsets)


def last_beat(sl: WindowSlice) -> int | None:
    return int(sl.grid.beat_index[-1]) if len(sl.grid.beat_index) else None


def pc_histogram(notes_list: list[Notes]) -> np.ndarray:
    hist = np.zeros(12)
    for n in notes_list:
        np.add.at(hist, n.pitch % 12, n.duration_s)
    return hist


def window_key(hist: np.ndarray) -> tuple[str | None, float]:
    """Krumhansl-Schmuckler: the best-correlating of the 24 keys for this window's pitch classes."""
    if hist.sum() <= 0 or np.count_nonzero(hist) < 3:
        return None, 0.0
    best = (None, -1.0)
    for tonic in range(12):
        for profile, mode in ((KK_MAJOR, "major"), (KK_MINOR, "minor")):
            r = float(np.corrcoef(hist, np.roll(profile, tonic))[0, 1])
            if r > best[1]:
                best = (f"{NOTE_NAMES[tonic]} {mode}", r)
    return best


def chord_pcs(label: str) -> set[int] | None:
    """Pitch classes of a chord label, None for no-chord / unknown."""
    return chord_tones(label) or None


# -- the fifteen ----------------------------------------------------------------------------
def h001_compound_pulse(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H001"
    if not ctx.triple_or_compound:
        return _r(hid, "not_applicable", evidence={"meter_track_level": ctx.meter},
                  notes="only for triple or compound meters")
    pitched = [s for s in _pitched(sl) if len(s.notes)]
    if not [s for s in _pitched(sl)]:
        return _r(hid, "missing_input", notes="needs a bass or other pitched stem in the selection")
    if not pitched:
        return _r(hid, "empty_slice", notes="no pitched notes in the window")
    low = next((s for s in pitched if s.stem == "bass"), min(pitched, key=lambda s: float(np.mean(s.notes.pitch))))
    if not _has_grid(low.notes) or len(sl.grid.beats_s) < 2:
        return _r(hid, "missing_input", notes="the beat grid does not cover this window")
    positions = [sl.grid.position_of(int(b)) for b in low.notes.beat_index]
    strong = [(1.0 if p == 1 else 0.7) for p, sub in zip(positions, low.notes.subdivision) if sub == "beat" and p]
    bass_on_beats = sum(strong) / len(low.notes)
    upper = [s for s in pitched if s is not low] + [s for s in sl.stems.values() if s.is_drums and len(s.notes)]
    up_pos = [(sl.grid.position_of(int(b)), sub) for s in upper for b, sub in zip(s.notes.beat_index, s.notes.subdivision)]
    harmonic_off = (sum(1 for p, sub in up_pos if not (p == 1 and sub == "beat")) / len(up_pos)) if up_pos else 0.5
    sync, _ = syncopation_of(low.notes, last_beat(sl))
    score = (0.55 * bass_on_beats + 0.45 * harmonic_off) * (1.0 - 0.5 * sync)
    return _r(hid, "ok", score, {"low_stem": low.stem, "bass_on_beats": round(bass_on_beats, 3),
                                 "upper_off_downbeat_share": round(harmonic_off, 3), "bass_syncopation": round(sync, 3),
                                 "meter_track_level": ctx.meter})


def h002_backbeat(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    """Snare on the beats *between* the kick's beats, accented. Judged against the kick pattern of
    this window, not against estimated bar positions: a downbeat estimate one beat off must not turn
    a backbeat into a front beat."""
    hid = "H002"
    if "drums" not in sl.stems:
        return _r(hid, "missing_input", notes="needs the drums stem in the selection")
    if ctx.triple_or_compound:
        return _r(hid, "not_applicable", evidence={"meter_track_level": ctx.meter}, notes="a backbeat is a duple feel")
    drums = sl.stems["drums"].notes
    if not len(drums):
        return _r(hid, "empty_slice", notes="no drum hits in the window")
    on_beat = np.array([sub == "beat" for sub in drums.subdivision]) & (drums.beat_index >= 0)
    kick = on_beat & np.isin(drums.pitch, (35, 36))
    snare = on_beat & np.isin(drums.pitch, SNARE)
    if not on_beat.any():
        return _r(hid, "empty_slice", notes="no drum hits on the beats of this window")
    if kick.any():
        kick_parity = int(np.round(np.mean(drums.beat_index[kick] % 2)))
        back = on_beat & (drums.beat_index % 2 != kick_parity)
        reference = "kick"
    else:  # no kick to lean against: fall back to the bar positions of this window's beats
        pos = np.array([sl.grid.position_of(int(b)) or 0 for b in drums.beat_index])
        back = on_beat & np.isin(pos, (2, 4))
        reference = "bar"
    front = on_beat & ~back
    snare_share = float((snare & back).sum() / snare.sum()) if snare.any() else 0.0
    v_back = float(drums.velocity[back].mean()) if back.any() else 0.0
    v_front = float(drums.velocity[front].mean()) if front.any() else 1.0
    accent = v_back / max(v_front, 1.0)
    score = 0.75 * snare_share + 0.25 * min(1.0, max(0.0, accent - 0.5))
    return _r(hid, "ok", score, {"snare_hits": int(snare.sum()), "snare_between_kicks_share": round(snare_share, 3),
                                 "accent_ratio_back_vs_front": round(accent, 3), "judged_against": reference})


def h003_offbeat_density(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H003"
    groups = sl.all_notes()
    if not groups:
        return _r(hid, "empty_slice", notes="no notes in the window")
    subs = [sub for _, n in groups for sub in n.subdivision]
    known = [s for s in subs if s is not None]
    if not known:
        return _r(hid, "missing_input", notes="notes have no beat positions (the beat grid is missing)")
    off = sum(1 for s in known if s != "beat")
    per_stem = {name: round(sum(1 for s in n.subdivision if s not in (None, "beat")) / len(n), 3) for name, n in groups}
    return _r(hid, "ok", off / len(known), {"onsets": len(known), "offbeat_onsets": off, "per_stem": per_stem})


def lock_onsets(s: StemSlice, partner: str) -> np.ndarray:
    """The onsets of ``s`` that a lock with ``partner`` is judged against. A kit locks with a bass
    through its kick, and with anything else through kick and snare: hi-hats on every eighth would
    make almost any part look locked."""
    if not s.is_drums:
        return s.notes.onset_times()
    keys = DRUM_CLASSES["kick"] if partner == "bass" else DRUM_CLASSES["kick"] + DRUM_CLASSES["snare"]
    return distinct_onsets(s.notes.time_s[np.isin(s.notes.pitch, keys)])


def lock_pair(a: StemSlice, b: StemSlice, tol_s: float) -> dict:
    """How b's onsets land against a's: coincidence, and b's offset from a (ms, positive = behind)."""
    ta, tb = lock_onsets(a, b.stem), lock_onsets(b, a.stem)
    out = {"pair": [a.stem, b.stem], "reference": "kick" if a.is_drums and b.stem == "bass" else
           ("kick and snare" if a.is_drums else a.stem), "onsets": [int(len(ta)), int(len(tb))], "matched": 0,
           "coincidence_rate": 0.0, "offset_ms": None, "mean_offset_ms": None, "jitter_ms": None}
    if not len(ta) or not len(tb):
        return out
    diff = nearest_offsets(ta, tb)
    hit = np.abs(diff) <= tol_s
    offs = diff[hit] * 1000.0
    out.update(matched=int(hit.sum()), coincidence_rate=round(float(hit.sum() / min(len(ta), len(tb))), 3))
    if len(offs):
        out.update(offset_ms=round(float(np.median(offs)), 2), mean_offset_ms=round(float(offs.mean()), 2))
    if len(offs) > 1:
        q75, q25 = np.percentile(offs, [75, 25])
        out["jitter_ms"] = round(float(q75 - q25) / 1.349, 2)  # robust spread (IQR as a standard deviation)
    return out


def h004_cross_stem_lock(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    """Every pair's lock; the reported pair is the rhythm section's (bass against the kick) when both
    play, else the pair with the most coinciding onsets. Frames pick another pair when the question
    names one: every pair's figures are here."""
    hid = "H004"
    active = _two_playing(sl, hid)
    if isinstance(active, HeuristicResult):
        return active
    period = sl.grid.period_s
    tol = min(0.08, 0.25 * period) if period else 0.08  # never more than a quarter beat: no impossible offsets
    pairs = [lock_pair(a, b, tol) for i, a in enumerate(active) for b in active[i + 1:]]
    pairs = [p for p in pairs if p["onsets"][0] and p["onsets"][1]]
    if not pairs:
        return _r(hid, "empty_slice", notes="no pair of selected stems has onsets to compare in the window")
    rhythm = next((p for p in pairs if set(p["pair"]) == {"drums", "bass"}), None)
    best = rhythm if rhythm is not None and rhythm["matched"] else max(pairs, key=lambda p: p["matched"])
    score = lock_score(best)
    return _r(hid, "ok", score, {**best, "tolerance_ms": round(tol * 1000, 1), "pairs": pairs,
                                 "chosen_because": "bass against kick" if best is rhythm else "most coinciding onsets"},
              notes=f"offset = when {best['pair'][1]} lands relative to {best['pair'][0]} (positive: behind)")


def lock_score(pair: dict) -> float:
    """0..1: how many onsets coincide, discounted by their timing spread."""
    return pair["coincidence_rate"] * math.exp(-(pair["jitter_ms"] or 0.0) / 25.0)


def h005_syncopation(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H005"
    groups = sl.all_notes()
    if not groups:
        return _r(hid, "empty_slice", notes="no notes in the window")
    if not any(_has_grid(n) for _, n in groups):
        return _r(hid, "missing_input", notes="notes have no beat positions (the beat grid is missing)")
    per_stem, total, count = {}, 0.0, 0
    for name, n in groups:
        s, c = syncopation_of(n, last_beat(sl))
        per_stem[name] = round(s, 3)
        total += s * c
        count += c
    return _r(hid, "ok", total / count if count else 0.0, {"per_stem": per_stem, "onsets": count})


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
            pairs.append({"pair": [a.stem, b.stem], "ranges": [[int(la), int(ha)], [int(lb), int(hb)]],
                          "overlap_semitones": round(float(overlap), 1), "overlap_ratio": round(float(min(ratio, 1.0)), 3),
                          "sounding_together": round(both, 3), "risk": round(float(min(ratio, 1.0)) * both, 3)})
    worst = max(pairs, key=lambda p: p["risk"])
    return _r(hid, "ok", worst["risk"], {"worst_pair": worst["pair"], "pairs": pairs})


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
    return _r(hid, "ok", 1.0 - math.exp(-rate / 6.0),
              {"onsets_per_s": round(rate, 3), "first_half_per_s": round(first, 3), "second_half_per_s": round(second, 3),
               "trend": trend, "per_stem_per_s": {name: round(len(o) / w.duration_s, 3) for (name, _), o in zip(groups, onsets)}})


def h008_harmonic_rhythm(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    """Chords spelled by the selected stems' notes (never by stems outside the selection), how often
    they change, and how many notes sit inside them. A lone melody only implies its chords: that is
    said, and the confidence drops."""
    hid = "H008"
    notes = sl.all_notes(pitched_only=True)
    if not [s for s in _pitched(sl)]:
        return _r(hid, "missing_input", notes="needs a pitched stem in the selection")
    if not notes:
        return _r(hid, "empty_slice", notes="no pitched notes in the window")
    chords = [c for c in sl.chords if chord_pcs(c["label"]) is not None]
    if not chords:
        return _r(hid, "empty_slice", notes="the selected stems' notes spell no chord in the window")
    period, w = sl.grid.period_s, sl.window
    bars = w.duration_s / (period * (ctx.beats_per_bar or 4)) if period else None
    changes = sum(1 for a, b in zip(chords, chords[1:]) if a["label"] != b["label"])
    inside, total, outside_times = 0, 0, []
    for _, n in notes:
        for t, p in zip(n.time_s, n.pitch):
            chord = next((c for c in chords if c["start_s"] <= t < c["end_s"]), None)
            if chord is None:
                continue
            total += 1
            fits = p % 12 in chord_pcs(chord["label"])
            inside += int(fits)
            if not fits:
                outside_times.append(float(t))
    if total == 0:
        return _r(hid, "empty_slice", notes="no pitched note falls under a chord in the window")
    span = sum(c["end_s"] - c["start_s"] for c in chords)
    confidence = sum(c["confidence"] * (c["end_s"] - c["start_s"]) for c in chords) / span
    implied = all(c["implied"] for c in chords)
    return _r(hid, "ok", inside / total, {
        "chord_changes": changes, "changes_per_bar": round(changes / bars, 3) if bars else None,
        "chords": [{"start_s": w.round_time(c["start_s"]), "end_s": w.round_time(c["end_s"]), "label": c["label"],
                    "confidence": c["confidence"], "implied": c["implied"]} for c in chords],
        "confidence": round(confidence, 3), "implied_by_melody": implied,
        "spelled_by": [name for name, _ in notes],
        "chord_tone_ratio": round(inside / total, 3), "notes_counted": total,
        "non_chord_tone_times_s": [w.round_time(t) for t in sorted(outside_times)][:64]},
        notes="implied by a single line: lower confidence" if implied else "")


def h009_microtiming(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H009"
    groups = sl.all_notes()
    if not groups:
        return _r(hid, "empty_slice", notes="no notes in the window")
    offs = np.concatenate([n.offset_ms[~np.isnan(n.offset_ms)] for _, n in groups])
    if not len(offs):
        return _r(hid, "missing_input", notes="notes have no grid offsets (the beat grid is missing)")
    spread = float(np.std(offs))
    return _r(hid, "ok", math.exp(-spread / 20.0), {
        "onsets": int(len(offs)), "mean_offset_ms": round(float(np.mean(offs)), 2), "spread_ms": round(spread, 2),
        "per_stem_mean_offset_ms": {name: round(float(np.nanmean(n.offset_ms)), 2) for name, n in groups
                                    if not np.all(np.isnan(n.offset_ms))}})


def h010_tonal_stability(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H010"
    pitched = [s for s in _pitched(sl)]
    if not pitched:
        return _r(hid, "missing_input", notes="needs a pitched stem in the selection")
    notes = [s.notes for s in pitched if len(s.notes)]
    if not notes or sum(len(n) for n in notes) < 3:
        return _r(hid, "empty_slice", notes="too few pitched notes in the window")
    hist = pc_histogram(notes)
    key, corr = window_key(hist)
    mid = sl.window.start_s + sl.window.duration_s / 2
    halves = [pc_histogram([_subset(n, n.time_s < mid) for n in notes]),
              pc_histogram([_subset(n, n.time_s >= mid) for n in notes])]
    if min(h.sum() for h in halves) > 0:
        similarity = float(np.dot(halves[0], halves[1]) / (np.linalg.norm(halves[0]) * np.linalg.norm(halves[1])))
    else:
        similarity = 1.0
    return _r(hid, "ok", max(0.0, corr) * similarity,
              {"window_key": key, "key_correlation": round(corr, 3), "half_to_half_similarity": round(similarity, 3),
               "pitched_stems": [s.stem for s in pitched if len(s.notes)], "key_track_level": ctx.key_label})


def _subset(n: Notes, mask: np.ndarray) -> Notes:
    return Notes(n.time_s[mask], n.duration_s[mask], n.pitch[mask], n.velocity[mask], n.beat_index[mask],
                 n.offset_ms[mask], tuple(s for s, m in zip(n.subdivision, mask) if m))


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
    candidates = [s for s in _pitched(sl) if len(s.notes) >= 3]
    if not candidates:
        return None
    vocals = next((s for s in candidates if s.stem == "vocals"), None)
    return vocals or max(candidates, key=lambda s: float(np.mean(s.notes.pitch)))


def h011_melodic_contour(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H011"
    if not _pitched(sl):
        return _r(hid, "missing_input", notes="needs a pitched stem in the selection")
    stem = melodic_stem(sl)
    if stem is None:
        return _r(hid, "empty_slice", notes="no melodic line (three or more notes) in the window")
    order = np.argsort(stem.notes.time_s, kind="stable")
    t, p = stem.notes.time_s[order], stem.notes.pitch[order]
    bounds = phrases(stem.notes, gap_for(sl))
    out, intervals = [], []
    for i, j in bounds:
        ps = p[i:j]
        out.append({"start_s": sl.window.round_time(t[i]), "end_s": sl.window.round_time(t[j - 1]), "notes": int(j - i),
                    "contour": contour_of(ps), "range_semitones": int(ps.max() - ps.min())})
        intervals.append(tuple(np.diff(ps[:9])))
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
    return _r(hid, "ok", score, {"stem": stem.stem, "phrases": out, "repetition": round(repetition, 3),
                                 "range_semitones": int(p.max() - p.min())})


def h012_boundary_proximity(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H012"
    if not ctx.sections:
        return _r(hid, "missing_input", notes="the track has no section analysis")
    w = sl.window
    inside = [b for b in ctx.boundaries_s if w.start_s < b < w.end_s]
    if not inside:
        return _r(hid, "ok", 0.0, {"boundary_in_window": False, "sections_scope": "track-level"})
    centre = w.start_s + w.duration_s / 2
    nearest = min(inside, key=lambda b: abs(b - centre))
    return _r(hid, "ok", 1.0 - abs(nearest - centre) / (w.duration_s / 2),
              {"boundary_in_window": True, "boundary_s": w.round_time(nearest), "sections_scope": "track-level",
               "position_in_window": round((nearest - w.start_s) / w.duration_s, 3), "boundaries": len(inside)})


def h013_section_contrast(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H013"
    w = sl.window
    inside = [b for b in ctx.boundaries_s if w.start_s + 1.0 < b < w.end_s - 1.0]
    if not inside:
        return _r(hid, "not_applicable", notes="no section boundary with a second or more on each side in the window")
    if not sl.active_stems():
        return _r(hid, "empty_slice", notes="nothing sounds in the window")
    centre = w.start_s + w.duration_s / 2
    b = min(inside, key=lambda x: abs(x - centre))
    sides = {}
    for side, (lo, hi) in {"before": (w.start_s, b), "after": (b, w.end_s)}.items():
        power, onsets, off, count = [], 0, 0, 0
        for s in sl.stems.values():
            f = s.frames
            m = (f.time_s >= lo) & (f.time_s < hi)
            power.append(float(np.mean(10 ** (f.energy_db[m] / 10))) if m.any() else 0.0)
            nm = (s.notes.time_s >= lo) & (s.notes.time_s < hi)
            onsets += len(distinct_onsets(s.notes.time_s[nm]))
            subs = [sub for sub, k in zip(s.notes.subdivision, nm) if k and sub is not None]
            off += sum(1 for sub in subs if sub != "beat")
            count += len(subs)
        sides[side] = {"energy_db": round(10 * math.log10(sum(power) + 1e-12), 2),
                       "onsets_per_s": round(onsets / (hi - lo), 3), "offbeat_share": round(off / count, 3) if count else 0.0}
    de = sides["after"]["energy_db"] - sides["before"]["energy_db"]
    dd = sides["after"]["onsets_per_s"] - sides["before"]["onsets_per_s"]
    dr = sides["after"]["offbeat_share"] - sides["before"]["offbeat_share"]
    denom = max(sides["after"]["onsets_per_s"], sides["before"]["onsets_per_s"], 1e-6)
    score = 0.5 * min(1.0, abs(de) / 6.0) + 0.3 * min(1.0, abs(dd) / denom) + 0.2 * min(1.0, abs(dr) * 2)
    return _r(hid, "ok", score, {"boundary_s": w.round_time(b), "sections_scope": "track-level", **sides,
                                 "energy_change_db": round(de, 2),
                                 "density_change_per_s": round(dd, 3), "offbeat_change": round(dr, 3)})


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
    pairs = []
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
            pairs.append({"pair": [a.stem, b.stem], "handoffs": handoffs, "alternation": round(alternation, 3),
                          "overlap_ratio": round(overlap, 3), "score": round(alternation * (1.0 - overlap), 4),
                          "phrases": [{"stem": n, "start_s": sl.window.round_time(x), "end_s": sl.window.round_time(y)}
                                      for x, y, n in merged][:24]})
    best = max(pairs, key=lambda p: p["score"])
    return _r(hid, "ok", best["score"], {**best, "bar_s_track_meter": round(bar_s, 3),
                                         "pairs": [{k: v for k, v in p.items() if k != "phrases"} for p in pairs]})


def h015_vocal_alignment(sl: WindowSlice, ctx: TrackContext) -> HeuristicResult:
    hid = "H015"
    if "vocals" not in sl.stems:
        return _r(hid, "missing_input", notes="needs the vocals stem in the selection")
    vocals = sl.stems["vocals"]
    if not len(vocals.notes):
        return _r(hid, "empty_slice", notes="no vocal notes in the window")
    offs = vocals.notes.offset_ms[~np.isnan(vocals.notes.offset_ms)]
    if not len(offs):
        return _r(hid, "missing_input", notes="vocal notes have no grid offsets (the beat grid is missing)")
    mean, spread = float(np.mean(offs)), float(np.std(offs))
    tight = float(np.mean(np.abs(offs) <= 30.0))
    feel = "loose" if spread > 35 else ("late" if mean > 15 else ("early" if mean < -15 else "on the grid"))
    return _r(hid, "ok", tight, {"onsets": int(len(offs)), "mean_offset_ms": round(mean, 2), "spread_ms": round(spread, 2),
                                 "within_30ms_share": round(tight, 3), "feel": feel})


HEURISTICS: list[Callable[[WindowSlice, TrackContext], HeuristicResult]] = [
    h001_compound_pulse, h002_backbeat, h003_offbeat_density, h004_cross_stem_lock, h005_syncopation,
    h006_register_overlap, h007_density, h008_harmonic_rhythm, h009_microtiming, h010_tonal_stability,
    h011_melodic_contour, h012_boundary_proximity, h013_section_contrast, h014_call_response, h015_vocal_alignment,
]


def run_all(sl: WindowSlice, ctx: TrackContext) -> list[HeuristicResult]:
    """Every heuristic on the window, behind two gates that no heuristic may get around: a selected
    stem whose notes failed at ingest makes every heuristic missing_input (naming the step and the fix:
    a failure must never read as silence), and a selection in which nothing sounds is empty for all."""
    failed = {s.stem: s.failure for s in sl.stems.values() if s.failure}
    if failed:
        why = "; ".join(f"{stem}: {reason}" for stem, reason in failed.items())
        note = (f"the notes of {', '.join(failed)} could not be analysed at ingest ({why[:300]}). Fix the cause "
                "(get_track lists the failed step and its reason), then delete the track and load it again")
        return [_r(h.__name__[:4].upper(), "missing_input", notes=note) for h in HEURISTICS]
    if not sl.active_stems():
        return [_r(h.__name__[:4].upper(), "empty_slice", notes="nothing sounds in the selected stems in this window")
                for h in HEURISTICS]
    return [h(sl, ctx) for h in HEURISTICS]
