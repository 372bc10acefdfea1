"""Answerability: can a client's model answer a producer's question from one get_findings result?

    python -m eval.answers                # test split: per-intent table, false claims, baseline beside it
    python -m eval.answers --split dev    # the development split (read while the findings were fixed)
    python -m eval.answers --quick        # a few scenarios of the split (the subset the tests run)

Material: :mod:`eval.answer_songs` (a generator that shares no code with the material the findings were
developed on), rendered with FluidSynth and loaded as stems. Each pair is (window, question) with the
facts a correct answer must state and the ones it must not, taken from the score.

The judge reads what the user reads: the summary (its first sentence must answer the intent) and the
typed findings (the fact must be there too). Its constants are its own, written as a musician's
tolerances, and it imports nothing from analysis/, heuristics/ or frames/.

A **false claim** is spill said of a clean stem (every stem here is a clean render), a relation the
score contradicts, or a silent stem narrated as playing. The baseline is the summary a rule would write
from the stems, the track's key and the frame alone.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

import numpy as np

from eval.answer_songs import SPLITS, Ask, Scenario, scenarios
from eval.material import CACHE, write_stem_wavs

HOME = CACHE / "answers_home"
OUT = Path(__file__).resolve().parent / "out" / "answers"

# The judge's own tolerances (a musician's, not the code's):
EVENT_TOLERANCE_BEATS = 1.0  # an event placed within a beat of where the score has it is in the right place
CHART_AGREEMENT = 0.75  # a chart with three bars of four right is a chart a player can use
PITCH = {"C": 0, "C#": 1, "Db": 1, "D": 2, "D#": 3, "Eb": 3, "E": 4, "F": 5, "F#": 6, "Gb": 6, "G": 7, "G#": 8,
         "Ab": 8, "A": 9, "A#": 10, "Bb": 10, "B": 11}
METER_SAYS = {"6/8": r"six-eight|compound", "3/4": r"three to the bar|three-four|waltz",
              "4/4": r"four to the bar|four-four", "12/8": r"twelve-eight"}
SPILL = r"\bspill|\bbleed"
RELATION_SAYS = {"hocket": r"hocket|alternating single notes", "trade": r"trade phrases|answering",
                 "unison": r"double[^.]*unison", "octave": r"double[^.]*octave"}
RELATION_KIND = {"hocket": "hocket", "trade": "call-response", "unison": "doubling", "octave": "doubling"}
RELATION_CONTRADICTS = {"hocket": r"trade phrases|double|independent|counterline",
                        "trade": r"hocket|double|independent lines|move independently",
                        "unison": r"octave|hocket|trade|independent",
                        "octave": r"unison|hocket|trade|independent"}


def first_sentence(summary: str) -> str:
    return re.split(r"(?<=\.)\s", summary.strip(), maxsplit=1)[0]


def _chart_chord(symbol: str) -> tuple[int, bool] | None:
    main = symbol.split("/")[0]
    root = main[:2] if len(main) > 1 and main[1] in "#b" else main[:1]
    if root not in PITCH:
        return None
    rest = main[len(root):]
    return PITCH[root], rest.startswith("m") and not rest.startswith("maj")


def _chart_at(chart: dict, t: float) -> str | None:
    """The chart's chord sounding at time t (a bar split in two halves gives the half's chord)."""
    for b in chart.get("bars", []):
        a, z = b.get("start_s"), b.get("end_s")
        if a is not None and a <= t < z:
            return b["chords"][0] if len(b["chords"]) == 1 or t < (a + z) / 2 else b["chords"][1]
    return None


# The same tonic under its other name (the judge's own table: a key may be written either way)
ENHARMONIC = {"C#": "Db", "Db": "C#", "D#": "Eb", "Eb": "D#", "F#": "Gb", "Gb": "F#", "G#": "Ab", "Ab": "G#",
              "A#": "Bb", "Bb": "A#"}


def _key_spellings(key: str) -> list[str]:
    """'Ab minor' -> ['Ab minor', 'G# minor', 'A flat minor', 'G sharp minor']: written with signs or spelled out."""
    tonic, _, mode = key.partition(" ")
    signs = [key] + ([f"{ENHARMONIC[tonic]} {mode}"] if tonic in ENHARMONIC else [])
    spelled = [f"{k[0]} {'sharp' if k[1] == '#' else 'flat'} {mode}" for k in (x.split(" ")[0] for x in signs) if len(k) == 2]
    return signs + spelled


def judge(ask: Ask, summary: str, findings: dict | None) -> dict:
    """{'correct', 'summary_ok', 'typed_ok', 'false_claims', 'why'} for one answer. ``findings`` None judges
    the summary alone (the baseline has no typed findings)."""
    t, lead, text = ask.truth, first_sentence(summary).lower(), summary.lower()
    why: list[str] = []
    false: list[str] = []
    summary_ok = typed_ok = True
    f = findings or {}
    if re.search(SPILL, text):
        false.append("spill said of a clean stem")
    if ask.asks == "narrative":
        for word in t["say"]:
            if word not in lead:
                summary_ok = False
                why.append(f"first sentence lacks '{word}'")
        for kind, (stem, at) in t["events"].items():
            hit = [e for e in f.get("events", []) if e["kind"] == kind and (stem is None or stem in e["stems"])
                   and abs(e["time_s"] - at) <= EVENT_TOLERANCE_BEATS * t["beat_s"]]
            if not hit:
                typed_ok = False
                why.append(f"no {kind} event for {stem} near {at:.2f} s")
    elif ask.asks == "timing":
        want = t["lock"]
        if want == "together":
            summary_ok = bool(re.search(r"lock|together", lead)) and not re.search(
                r"behind|ahead|push|laid|loose|independent|not possible", lead)
            g = f.get("groove") or {}
            typed_ok = g.get("lock_quality") in ("tight", "solid")
        else:
            summary_ok = bool(re.search(r"behind|laid[- ]back" if want == "behind" else r"ahead|push", lead))
            off = (f.get("groove") or {}).get("timing_offset_ms")
            typed_ok = off is not None and (off > 10 if want == "behind" else off < -10)
        if not summary_ok:
            why.append(f"first sentence does not say the bass is {want}: {lead!r}")
    elif ask.asks == "drum_pattern":
        p = (f.get("drum_pattern") or {}).get("pattern", {})
        for cls, words in t["pattern"].items():
            if words not in lead or cls not in lead:
                summary_ok = False
                why.append(f"first sentence lacks '{cls} {words}'")
            if findings is not None and p.get(cls) != words:
                typed_ok = False
                why.append(f"typed pattern for {cls} is {p.get(cls)!r}")
    elif ask.asks == "meter":
        says = METER_SAYS[t["meter"]]
        others = "|".join(v for k, v in METER_SAYS.items() if k != t["meter"])
        summary_ok = bool(re.search(says, lead)) and not re.search(others, lead)
        typed_ok = (f.get("meter") or {}).get("label") == t["meter"]
        if not summary_ok:
            why.append(f"first sentence does not read {t['meter']}: {lead!r}")
        if findings is not None and not typed_ok:
            why.append(f"typed meter {(f.get('meter') or {}).get('label')}")
    elif ask.asks == "chords":
        rhythm = {"two bars": "every two bars", "every bar": "every bar"}[t["rhythm"]]
        summary_ok = bool(re.search(r"chords run|outlines|harmony holds", lead)) and rhythm in lead \
            and "barely moving" not in text
        chart = ((f.get("harmony") or {}).get("chart") or {})
        bars = {b["bar"]: b["chords"] for b in chart.get("bars", [])}
        right = sum(1 for a, z, name in t["chords"] if _chart_chord(_chart_at(chart, a + 0.4 * (z - a)) or "") ==
                    _chart_chord(name))
        agreement = right / len(t["chords"])
        typed_ok = agreement >= CHART_AGREEMENT and rhythm in chart.get("harmonic_rhythm", "")
        if "per_bar_max" in t and any(len(c) > t["per_bar_max"] for c in bars.values()):
            typed_ok = False
            why.append("the chart splits bars of a one-chord-a-bar line")
        if not summary_ok:
            why.append(f"first sentence: {lead!r}")
        if findings is not None and not typed_ok:
            why.append(f"chart agreement {agreement:.2f}, rhythm {chart.get('harmonic_rhythm')!r}")
    elif ask.asks == "key":
        names = _key_spellings(t["key"])  # G sharp minor is A flat minor: either spelling names the key
        summary_ok = any(n.lower() in lead for n in names)
        typed_ok = (f.get("harmony") or {}).get("key_in_window") in names
        if not summary_ok:
            why.append(f"first sentence lacks {t['key']}: {lead!r}")
    elif ask.asks == "carry":
        carrier, other = t["carrier"], t["not_carrier"]
        summary_ok = bool(re.search(rf"\b{carrier} carr", lead)) and not re.search(rf"\b{other} carr|vocal lead", lead)
        carriers = [p["stem"] for p in f.get("presence", []) if p.get("carries")]
        typed_ok = carriers == [carrier]
        roles = {r["stem"]: r["role"] for r in f.get("roles", [])}
        if findings is not None and roles.get(other) == "lead":
            typed_ok = False
            why.append(f"the {other} is typed the lead")
        if not summary_ok:
            why.append(f"first sentence: {lead!r}")
    elif ask.asks == "part":
        stem, state = t["part"]
        if state == "silent":
            summary_ok = bool(re.search(rf"\b{stem} is silent", lead))
            if re.search(rf"\bthe {stem} (plays|carries|locks|lock|comes in|doubles)", text):
                false.append(f"silent {stem} narrated as playing")
            pres = next((p for p in f.get("presence", []) if p["stem"] == stem), None)
            typed_ok = pres is not None and pres["sounding_share"] == 0
        elif state == "plays":
            summary_ok = stem in lead and "silent" not in lead
            pres = next((p for p in f.get("presence", []) if p["stem"] == stem), None)
            typed_ok = pres is not None and pres["sounding_share"] >= 0.3
        else:
            summary_ok = bool(re.search(rf"\b{stem} only come", lead))
            pres = next((p for p in f.get("presence", []) if p["stem"] == stem), None)
            typed_ok = pres is not None and 0 < pres["sounding_share"] < 0.5
            if re.search(rf"\b{stem} (carry|lead)|vocal leads", text):
                summary_ok = False
        if not summary_ok:
            why.append(f"first sentence: {lead!r}")
    elif ask.asks == "interaction":
        rel = t["relation"]
        summary_ok = bool(re.search(RELATION_SAYS[rel], lead))
        a, b = ask.stems[:2]
        timing = rf"\b(behind|ahead of) the ({a}|{b}|{a.rstrip('s')}|{b.rstrip('s')})\b"  # between the two parts
        if re.search(RELATION_CONTRADICTS[rel], text) or (rel in ("unison", "octave") and re.search(timing, text)):
            false.append(f"a relation the score contradicts ({rel})")
        it = (f.get("texture") or {}).get("interaction") or {}
        typed_ok = it.get("kind") == RELATION_KIND[rel] and (
            rel not in ("unison", "octave") or it.get("interval") == rel)
        if not summary_ok:
            why.append(f"first sentence: {lead!r}")
        if findings is not None and not typed_ok:
            why.append(f"typed interaction {it.get('kind')} {it.get('interval')}")
    elif ask.asks == "playing":
        stem, kind = t["playing"]
        says = PLAYING_SAYS[kind]
        pres = next((p for p in f.get("presence", []) if p["stem"] == stem), None)
        said = (pres or {}).get("playing") or ""

        def reads(words: str) -> bool:
            return bool(re.search(says, words)) and not re.search(PLAYING_NOT[kind], words)
        summary_ok = stem in lead and reads(lead)
        typed_ok = reads(said)
        if not summary_ok:
            why.append(f"first sentence does not say the {stem} plays {kind}: {lead!r}")
        if findings is not None and not typed_ok:
            why.append(f"typed playing {said!r}")
    elif ask.asks == "overview":
        summary_ok = bool(summary.strip())
        for stem in t["playing"]:
            if re.search(rf"\bthe {stem} (is|are) silent", text):
                summary_ok = False
                why.append(f"a playing {stem} called silent")
    if findings is None:
        typed_ok = True
    return {"correct": summary_ok and typed_ok and not false, "summary_ok": summary_ok, "typed_ok": typed_ok,
            "false_claims": false, "why": why}


# -- what a part plays, read from the score ---------------------------------------------------------------------
# A player's reading of a written part, with constants of its own: notes written to start together are struck
# together; a part plays chords when most of its attacks strike two notes or more; a part of single notes that
# mostly leaps a third to a minor sixth between them, and seldom steps, spells its chords one note at a time.
STRUCK_TOGETHER_S = 0.01
CHORDAL_ATTACKS = 0.6
ARPEGGIO_LEAPS = (3, 8)  # semitones: a minor third to a minor sixth
ARPEGGIO_SHARE, ARPEGGIO_STEPS = 0.5, 0.25
MIN_ATTACKS = 8
PLAYING_SAYS = {"chords": r"\bchords\b", "broken chords": r"broken chords|arpeggi|one note at a time",
                "a line": r"\bline\b|\bmelod"}
PLAYING_NOT = {"chords": r"broken chords|arpeggi|one note at a time|\bline\b", "broken chords": r"(?!)",
               "a line": r"\bchords\b"}
PLAYING_PARTS = ("guitar", "piano", "other")  # a bass or a voice is not said to arpeggiate (eval.answers' choice)


def playing_of(notes: list, a: float, z: float) -> str | None:
    """'chords', 'broken chords' or 'a line' for a written part's notes starting in [a, z); None with too few."""
    starts = sorted({round(n.start / STRUCK_TOGETHER_S) for n in notes if a <= n.start < z})
    if len(starts) < MIN_ATTACKS:
        return None
    sizes, tops = [], []
    for k in starts:
        struck = [n.pitch for n in notes if round(n.start / STRUCK_TOGETHER_S) == k]
        sizes.append(len(set(struck)))
        tops.append(max(struck))
    if np.mean(np.asarray(sizes) >= 2) >= CHORDAL_ATTACKS:
        return "chords"
    moves = np.abs(np.diff(tops))
    moves = moves[moves > 0]
    if len(moves) and np.mean((moves >= ARPEGGIO_LEAPS[0]) & (moves <= ARPEGGIO_LEAPS[1])) >= ARPEGGIO_SHARE \
            and np.mean(moves <= 2) <= ARPEGGIO_STEPS:
        return "broken chords"
    return "a line"


def playing_asks(sc: Scenario) -> list[Ask]:
    """'What is the <part> playing here?' for each guitar, piano or other part that plays in the scenario's first
    window, its truth read from the score (:func:`playing_of`)."""
    if not sc.asks:
        return []
    a, z = sc.asks[0].start_s, sc.asks[0].end_s
    out = []
    for inst in sc.pm.instruments:
        if inst.is_drum or inst.name not in PLAYING_PARTS:
            continue
        kind = playing_of(inst.notes, a, z)
        if kind is not None:
            out.append(Ask(f"What is the {inst.name} playing here?", "playing", [inst.name], a, z,
                           {"playing": (inst.name, kind)}))
    return out


# -- real recordings: questions whose truth the annotations give --------------------------------------------------
REGULAR_BARS = 0.75  # a drummer's "always": a place hit in three bars of four
PLACE_WORDS = {("2", "4"): "on two and four", ("1", "3"): "on one and three", ("1", "2", "3", "4"): "on all four beats"}


def _annotated_places(hits: list[float], beats: list[float], downbeats: list[float], a: float, z: float) -> str | None:
    """Where the annotated hits fall in the bar (beats from the annotated downbeats), as a drummer says it,
    when the pattern is one of the plain ones; None otherwise."""
    beats_arr = np.asarray(beats)
    bars: dict[int, set[str]] = defaultdict(set)
    for t in hits:
        if not a <= t < z or len(beats_arr) < 2:
            continue
        k = int(np.argmin(np.abs(beats_arr - t)))
        period = float(np.median(np.diff(beats_arr)))
        if abs(beats_arr[k] - t) > 0.2 * period:
            continue  # between the beats: not one of the plain patterns
        bar = int(np.searchsorted(downbeats, beats_arr[k] + 1e-3) - 1)
        if bar < 0:
            continue
        place = int(np.sum((beats_arr >= downbeats[bar] - 1e-3) & (beats_arr < beats_arr[k] - 1e-3))) + 1
        bars[bar].add(str(place))
    whole = [b for b in range(len(downbeats) - 1) if downbeats[b] >= a - 1e-3 and downbeats[b + 1] <= z + 1e-3]
    if len(whole) < 2:
        return None
    counts: dict[str, int] = defaultdict(int)
    for b in whole:
        for p in bars.get(b, ()):
            counts[p] += 1
    regular = tuple(sorted(p for p, n in counts.items() if n >= REGULAR_BARS * len(whole)))
    return PLACE_WORDS.get(regular)


def real_asks() -> list[tuple[str, Path, list[Ask]]]:
    """(name, folder, asks) for every real recording in ../shared/real with the annotations a question needs."""
    from eval.truth import REAL

    out = []
    if not REAL.is_dir():
        return out
    for item in sorted(REAL.glob("musicdelta_*")):
        truth = json.loads((item / "truth.json").read_text())
        beats, downs = truth["beats_s"], truth["downbeats_s"]
        classes = next(iter(sorted((item / "annotations").glob("*_class.txt"))), None)
        snares = [float(line.split()[0]) for line in classes.read_text().splitlines()
                  if len(line.split()) == 2 and line.split()[1] == "SD"] if classes else []
        stems = [s for s in ("drums", "bass", "guitar") if (item / f"{s}.flac").is_file()]
        asks = []
        vocal_notes = (truth.get("notes") or {}).get("vocals") or []
        for i in (1, 3, 5):
            if i + 4 >= len(downs):
                continue
            a, z = downs[i], downs[i + 4]
            asks.append(Ask("What meter is this in?", "meter", stems, a, z, {"meter": truth["meter"]}))
            if (item / "vocals.flac").is_file():
                sung = sum(min(e, z) - max(s0, a) for s0, e, *_ in vocal_notes if e > a and s0 < z) / (z - a)
                state = "silent" if sung == 0 else "plays" if sung >= 0.3 else None
                if state:
                    asks.append(Ask("What are the vocals doing here?", "part", ["vocals", "guitar"], a, z,
                                    {"part": ("vocals", state)}))
            words = _annotated_places(snares, beats, downs, a, z)
            if words:
                asks.append(Ask("Where does the snare land?", "drum_pattern", ["drums"], a, z,
                                {"pattern": {"snare": words}}))
        if asks:
            out.append((f"real_{item.name}", item, asks))
    gs = next(iter(sorted(REAL.glob("guitarset_*"))), None)
    if gs is not None:
        truth = json.loads((gs / "truth.json").read_text())
        sharp_to_chart = {"D#": "Eb", "G#": "Ab", "A#": "Bb", "C#": "Db", "F#": "Gb"}
        chords = [(a, z, sharp_to_chart.get(lab.split(":")[0], lab.split(":")[0]) +
                   ("m" if lab.split(":")[1].startswith("min") else "")) for a, z, lab in truth["chords"]]
        asks = [Ask("What key is this in?", "key", ["guitar"], 0.0, 14.88, {"key": truth["key"]}),
                Ask("What key is this in?", "key", ["guitar"], 7.44, 22.3, {"key": truth["key"]})]
        out.append(("real_guitarset", gs, asks))
    return out


def baseline_summary(stems: list[str], key: str | None, frame: str) -> str:
    """What a rule writes from the stems, the track's key and the frame alone."""
    names = stems[0] if len(stems) == 1 else ", ".join(stems[:-1]) + " and " + stems[-1]
    return f"The {names} play here, in {key or 'an unclear key'}. This is a {frame.replace('_', ' ')} moment."


# -- running ---------------------------------------------------------------------------------------------------
def render(sc: Scenario) -> Path:
    folder = CACHE / "answers" / sc.name
    if not (folder / "song.mid").is_file():
        write_stem_wavs(sc.pm, folder)
    return folder


def open_library():
    from eval.truth import bench_library

    return bench_library(HOME)


def run(split: str = "test", quick: bool = False) -> dict:
    from eval.truth import load_all
    from frames.service import get_findings

    scs = scenarios(split)
    if quick:
        keep = ("breakdown", "six_eight", "tags", "hocket")
        first = SPLITS[split][0]
        scs = [s for s in scs if s.name in {f"{k}_{first}" for k in keep}]
    for sc in scs:
        sc.asks += playing_asks(sc)
        beat_s = 60.0 / sc.pm.get_tempo_changes()[1][0]
        for ask in sc.asks:
            ask.truth.setdefault("beat_s", beat_s)
    real = [] if quick or split != "test" else real_asks()
    lib = open_library()
    ids = load_all(lib, [(sc.name, render(sc), f"answers-{sc.name}") for sc in scs] +
                   [(name, folder, f"answers-{name}") for name, folder, _ in real])
    rows = []
    items = [(sc.name, sc.key, sc.asks) for sc in scs] + [(name, None, asks) for name, _, asks in real]
    for name, key, asks in items:
        tid = ids[name]
        for ask in asks:
            f = get_findings(lib, tid, ask.stems, round(ask.start_s, 3), round(ask.end_s, 3), ask.question)
            data = f.model_dump(mode="json")
            mine = judge(ask, f.summary, data)
            base = judge(ask, baseline_summary(ask.stems, data["harmony"]["key_track_level"] if data.get("harmony")
                                                else key, f.frame.frame), None)
            rows.append({"scenario": name, "kind": "real" if name.startswith("real_") else "synthetic",
                         "asks": ask.asks, "question": ask.question, "stems": ask.stems,
                         "window": [round(ask.start_s, 2), round(ask.end_s, 2)], "summary": f.summary,
                         "routed_as": f.routing.asks, **{k: mine[k] for k in mine}, "baseline_correct": base["correct"]})
    return report(rows, split)


def _interval(values: list[bool], seed: int = 0, n: int = 1000) -> tuple[float, float]:
    """95% bootstrap interval of a share."""
    if not values:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    arr = np.asarray(values, float)
    means = [float(rng.choice(arr, len(arr)).mean()) for _ in range(n)]
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def report(rows: list[dict], split: str) -> dict:
    by = defaultdict(list)
    for r in rows:
        by[r["asks"]].append(r)
    table = {}
    for asks, rs in sorted(by.items()):
        ok = [r["correct"] for r in rs]
        table[asks] = {"n": len(rs), "correct": round(float(np.mean(ok)), 3), "interval": [round(x, 2) for x in _interval(ok)],
                       "summary_ok": round(float(np.mean([r["summary_ok"] for r in rs])), 3),
                       "typed_ok": round(float(np.mean([r["typed_ok"] for r in rs])), 3),
                       "baseline": round(float(np.mean([r["baseline_correct"] for r in rs])), 3),
                       "false_claims": sum(len(r["false_claims"]) for r in rs)}
    real = [r["correct"] for r in rows if r.get("kind") == "real"]
    total = {"n": len(rows), "correct": round(float(np.mean([r["correct"] for r in rows])), 3),
             "interval": [round(x, 2) for x in _interval([r["correct"] for r in rows])],
             "real_n": len(real), "real_correct": round(float(np.mean(real)), 3) if real else None,
             "real_interval": [round(x, 2) for x in _interval(real)] if real else None,
             "baseline": round(float(np.mean([r["baseline_correct"] for r in rows])), 3),
             "false_claims": sum(len(r["false_claims"]) for r in rows)}
    return {"split": split, "per_intent": table, "total": total, "rows": rows}


def markdown(res: dict) -> str:
    lines = [f"Answerability, {res['split']} split ({res['total']['n']} question/window pairs): "
             "correct = the summary's first sentence and the typed findings both state the score's fact, "
             "with no false claim; baseline = a summary naming only the stems, the key and the frame.", "",
             "| intent | n | correct (95% CI) | summary right | typed right | baseline | false claims |",
             "|---|---|---|---|---|---|---|"]
    for asks, t in res["per_intent"].items():
        lo, hi = t["interval"]
        lines.append(f"| {asks} | {t['n']} | {t['correct']:.2f} ({lo:.2f}–{hi:.2f}) | {t['summary_ok']:.2f} | "
                     f"{t['typed_ok']:.2f} | {t['baseline']:.2f} | {t['false_claims']} |")
    tot = res["total"]
    lo, hi = tot["interval"]
    lines.append(f"| **all** | {tot['n']} | {tot['correct']:.2f} ({lo:.2f}–{hi:.2f}) | | | {tot['baseline']:.2f} | "
                 f"{tot['false_claims']} |")
    if tot.get("real_n"):
        rlo, rhi = tot["real_interval"]
        lines.append(f"\nOf these, {tot['real_n']} pairs are on real recordings (../shared/real, truth from their "
                     f"annotations): correct {tot['real_correct']:.2f} ({rlo:.2f}–{rhi:.2f}).")
    elif res["split"] == "test":
        lines.append("\nReal recordings: skipped (no ../shared/real here).")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=sorted(SPLITS), default="test",
                    help="test (held out, the figure quoted) or dev (read while fixing the findings)")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--show-wrong", action="store_true", help="print every wrong answer with why")
    args = ap.parse_args(argv)
    res = run(args.split, quick=args.quick)
    OUT.mkdir(parents=True, exist_ok=True)
    name = f"answers_{args.split}" + ("_quick" if args.quick else "")
    (OUT / f"{name}.json").write_text(json.dumps(res, indent=1))
    md = markdown(res)
    (OUT / f"{name}.md").write_text(md + "\n")
    print(md)
    if args.show_wrong:
        for r in res["rows"]:
            if not r["correct"]:
                print(f"\n[{r['scenario']} {r['asks']} {r['window']} {r['stems']}] {r['question']}\n  {r['summary']}\n"
                      f"  why: {r['why']} false: {r['false_claims']}")


if __name__ == "__main__":
    main()
