"""Each selected stem's role *in this window*, from what it does here (not an upload-time label)."""

from __future__ import annotations

from heuristics.describe import STRETCH_READINGS
from heuristics.models import Results, WindowAnalysis
from heuristics.timing import offset_placed

from analysis.core.vocabulary import MIX_STEM

from .models import StemRole


def stem_roles(analysis: WindowAnalysis) -> list[StemRole]:
    results = analysis.results
    duration = analysis.window.duration_s
    stats = {s.stem: s for s in analysis.stems}
    live = [s for s in analysis.stems if not s.empty]
    pitched = [s for s in live if s.stem != "drums" and s.mean_pitch is not None]
    melodic = results.h011.evidence.stem if results.h011.status == "ok" else None
    lowest = min(pitched, key=lambda s: s.mean_pitch).stem if len(pitched) > 1 else None
    presence = {p.stem: p for p in analysis.presence}
    lead = "vocals" if "vocals" in {s.stem for s in live} and stats["vocals"].note_count >= 3 else melodic
    if lead is not None and lead == lowest and len(pitched) > 1:  # the lowest line is the foundation, not the lead
        lead = max(pitched, key=lambda s: s.mean_pitch).stem
    if lead is None and len(pitched) == 1:
        lead = pitched[0].stem
    # a lead carries the window: a part that only comes in for a moment is not the lead, however high it sings
    if lead is not None and presence and not presence[lead].carries and len(pitched) > 1:
        carrier = next((p.stem for p in analysis.presence if p.carries), None)
        lead = carrier if carrier is not None and carrier != lowest else None
    relations = _relations(results)
    out = []
    for s in analysis.stems:
        reasons: list[str] = []
        onsets = (s.onset_rate_hz or 0.0) * duration
        polyphony = s.note_count / onsets if onsets else 0.0
        if s.empty:
            role, reasons = "silent", ["nothing sounds in this stem inside the window"]
        elif s.stem == MIX_STEM:  # one unseparated stem holds the band: it has no single role in it
            role, reasons = "full_mix", ["every instrument in one unseparated stem"]
        elif s.stem == "drums":
            role, reasons = drum_role(s, duration)
        elif onsets <= 3 and duration >= 4.0:
            role, reasons = "fill", [f"only {int(onsets)} isolated onset(s) in the window"]
        elif (s.stem == "bass" or (s.stem == lowest and s.register_band == "low")) and len(live) > 1:
            role, reasons = "bass_foundation", [f"lowest register here ({s.register_band})"]
        elif s.stem in presence and presence[s.stem].sounding_share < 0.35 and len(live) > 1 and s.stem != lead \
                and not presence[s.stem].reading.startswith(STRETCH_READINGS):  # (one that comes in and plays on)
            role, reasons = "fill", [f"{presence[s.stem].reading}: it comes and goes"]
        elif s.stem == lead:
            role = "lead"
            reasons = ["the vocal line is active" if s.stem == "vocals" else "the most phrase-like line on top"]
        elif polyphony >= 1.8:
            role, reasons = "harmony_pad", [f"chords: about {polyphony:.1f} notes per onset"]
        elif s.note_count >= 3:
            role, reasons = "counterline", ["a phrased line that is not the lead"]
        else:
            role, reasons = "fill", ["few notes in the window"]
        out.append(StemRole(stem=s.stem, role=role, reasons=reasons, relation=relations.get(s.stem)))
    return out


def share_line(roles: list[StemRole], pair: list[str]) -> list[StemRole]:
    """Roles once the pair is heard as one line split between them (a hocket): neither leads the other nor
    answers it, so both carry the line (a lead and a counterline would contradict the relation)."""
    out = []
    for r in roles:
        if r.stem in pair and r.role in ("lead", "counterline", "fill"):
            other = next(x for x in pair if x != r.stem)
            r = r.model_copy(update={"role": "lead", "reasons": [
                f"shares one line with the {other}, alternating notes with it (a hocket)"]})
        out.append(r)
    return out


# A kit whose hits crowd into the window's last quarter is filling into what comes next.
FILL_LATE_SHARE = 0.6


def drum_role(s, duration: float) -> tuple[str, list[str]]:
    """rhythm / timekeeping / fill for a kit that plays, from its hits in the window."""
    hits = s.drum_hits or {}
    total = sum(hits.values())
    backbone = hits.get("kick", 0) + hits.get("snare", 0)
    if total and (s.late_hit_share or 0.0) >= FILL_LATE_SHARE and duration >= 2.0:
        return "fill", ["most hits crowd into the end of the window: a fill into what follows"]
    if total and hits.get("tom", 0) > backbone:
        return "fill", ["toms carry most of the hits: a fill"]
    if total and not backbone and not hits.get("tom"):
        return "timekeeping", ["only cymbals and hi-hats: it keeps time without kick or snare"]
    if total and total <= 3 and duration >= 4.0:
        return "fill", [f"only {total} isolated hit(s) in the window"]
    return "rhythm", ["kick and snare carry the beat" if backbone else "percussive hits carry the beat"]


# A feel word ("laid back", "pushed") needs an offset that clears what the measurement can resolve:
# the truth benchmark (python -m eval.truth) measures bass-vs-kick offsets to within 4 ms on degraded
# audio (median abs error, test split), so a feel is named from 10 ms on, and only when the offset also
# stands twice its standard error (jitter / sqrt(matched onsets)) clear of zero.
FEEL_MIN_MS = 10.0

# A singer's note starts are read where the pitch settles, which a scoop or a consonant moves by tens of
# milliseconds (the Beatles verse: the transcribed starts 13 ms late on the median against the annotated notes,
# single ones 40-90 ms): the calibration above is for struck parts against the kit, not for a voice. Her side
# of the beat is the one reading over all the sung notes against the beat (H015), never a pair's offset with the kit
# (a handful of coinciding starts read "the vocals sit just behind the drums" beside "placed right on the beat").
SUNG_SIDE = {"late": "laid back", "early": "pushed", "on the grid": "on the grid"}


def _relations(results: Results) -> dict[str, str]:
    lock = results.h004
    out = {}
    if lock.status != "ok":
        return out
    for pair in lock.evidence.pairs:
        a, b = pair.pair
        off = pair.offset_ms
        if off is None or pair.coincidence_rate < 0.3 or b in out or "drums" not in pair.pair:
            continue  # an offset between two pitched parts says more about their attacks than their timing
        if "vocals" in pair.pair:  # a singer's side of the beat is the voice's own reading (SUNG_SIDE), not this pair's
            out[b] = f"{b} lands with the {a} on {pair.matched} starts; the singer's side of the beat is read from " \
                     "all the sung notes against the beat, not from this pair"
        elif not offset_placed(pair):  # struck under ringing notes: no clean start
            out[b] = f"{b} lands with the {a} (its starts under ringing notes cannot be placed more finely)"
        elif abs(off) < FEEL_MIN_MS:  # under what the offset measurement resolves: together, not ahead or behind
            out[b] = f"{b} lands with the {a} (within the {FEEL_MIN_MS:.0f} ms the measurement resolves)"
        else:
            out[b] = f"{b} lands {abs(off):.0f} ms {'behind' if off > 0 else 'ahead of'} the {a}"
    return out
