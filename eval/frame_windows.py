"""Windows annotated from the score, for the frames evaluation (``python -m eval.frames``).

Material (none of it shaped around a heuristic): songs arranged the way a band plays them
(:data:`SONGS`: an intro, verses and choruses with a singer, a breakdown where the rhythm section drops
out and comes back, a pre-chorus where the singer only tags the phrase ends while the piano carries the
progression, a piano alone stabbing one chord, a long solo piano passage of moving seventh chords),
split into a **calibration** set (frame weights and thresholds may be fitted there) and a **test** set
(reported), plus degraded copies of the test songs (reverb, bleed, noise, band-limiting) and the real
recordings in ``../shared/real``.

Windows are generated from the song's sections only (every section's middle, every boundary, a short
gesture, a long span), for a fixed list of selections a user would make, and each is *annotated from
the score*: :func:`reading` is what a musician hears given which parts play in the window, never a
heuristic output. The rubric, in order:

1. over 30 s: ``unknown`` (window_too_long); nothing selected plays: ``unknown`` (empty_window);
2. under 2 s: ``micro_event``;
3. a section boundary at least 2 s inside the window across which a selected part enters, leaves or
   clearly changes (its onset rate ×1.6, chords turning into a line or back, a move between on and off
   the beat, or velocity ±15): ``form``;
4. the singer is selected and sings for at least 40 % of the window (or is the only part playing):
   ``foreground``;
5. the kit plays: ``pulse``; the harmony moves (two or more chords) under a chordal part: ``tonal``;
   a static harmony or a bare line played rhythmically (≥ 1.5 onsets a second): ``pulse``; else ``tonal``.

The selection-only baseline (:func:`selection_only`) sees the window's length, its stems and the
*estimated* section times, never the audio: where it is wrong, the selection misleads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from eval.songs import Section, SongSpec, SongTruth

FRAMES = ("pulse", "tonal", "form", "foreground", "micro_event", "unknown")
SELECTIONS: tuple[tuple[str, ...], ...] = (
    ("drums", "bass"), ("drums",), ("bass",), ("piano",), ("vocals",), ("vocals", "piano"), ("bass", "piano"),
    ("drums", "bass", "piano", "vocals"))


def _form(verse, chorus, *, intro="stabs", tag=(4, 5, 6, 5), solo=(1, 6, 2, 5, 3, 6, 4, 5), solo_bars=10):
    """A band's form: intro, verse, pre-chorus (the singer only tags), breakdown, chorus, piano solo."""
    intro_sec = (Section("intro", 4, [1], 0.5, drums=False, bass=False, lead=False, stabs=True) if intro == "stabs"
                 else Section("intro", 4, [1], 0.6, bass=False, lead=False, comp=False))  # drums alone
    return [intro_sec,
            Section("verse", 8, verse, 0.6),
            Section("pre", 4, list(tag), 0.7, drums=False, tag=True),
            Section("breakdown", 4, verse, 0.5, drums=False, bass=False),
            Section("chorus", 8, chorus, 0.95, syncopated=True),
            Section("solo", solo_bars, list(solo), 0.6, drums=False, bass=False, lead=False, arpeggio=True)]


def _waltz_form(verse, chorus):
    return [Section("intro", 4, [1], 0.5, drums=False, bass=False, lead=False, waltz=True),
            Section("verse", 8, verse, 0.6, waltz=True),
            Section("breakdown", 4, verse, 0.5, drums=False, bass=False, waltz=True),
            Section("chorus", 8, chorus, 0.9, waltz=True),
            Section("solo", 8, [1, 6, 2, 5], 0.6, drums=False, bass=False, lead=False, arpeggio=True)]


SONGS: list[tuple[SongSpec, str]] = [
    # calibration
    (SongSpec(name="fw_cal_d104", tempo_bpm=104, meter="4/4", tonic=2, mode="major", seed=41,
              sections=_form([1, 6, 4, 5], [4, 5, 1, 1])), "calibration"),
    (SongSpec(name="fw_cal_gm126", tempo_bpm=126, meter="4/4", tonic=7, mode="minor", seed=42,
              sections=_form([1, 6, 3, 7], [4, 5, 1, 1], intro="drums", tag=(6, 7, 1, 7), solo_bars=12)), "calibration"),
    (SongSpec(name="fw_cal_a34", tempo_bpm=132, meter="3/4", tonic=9, mode="major", seed=43,
              sections=_waltz_form([1, 4, 5, 1], [4, 5, 6, 5])), "calibration"),
    # test
    (SongSpec(name="fw_test_bb92", tempo_bpm=92, meter="4/4", tonic=10, mode="major", seed=51,
              sections=_form([1, 5, 6, 4], [4, 1, 5, 5])), "test"),
    (SongSpec(name="fw_test_em118", tempo_bpm=118, meter="4/4", tonic=4, mode="minor", seed=52,
              sections=_form([1, 7, 6, 7], [6, 7, 1, 1], intro="drums", tag=(4, 5, 1, 5), solo_bars=14)), "test"),
    (SongSpec(name="fw_test_f68", tempo_bpm=112, meter="6/8", tonic=5, mode="major", seed=53,
              sections=_waltz_form([1, 6, 4, 5], [4, 5, 1, 1])), "test"),
]


@dataclass
class Score:
    """What the parts play, per stem: (start, end, velocity) events; chords and sections when known."""
    duration_s: float
    parts: dict[str, list[tuple[float, float, float]]]
    chords: list[tuple[float, float, str]] | None = None
    sections: list[tuple[float, float, str]] = field(default_factory=list)
    beats: list[float] | None = None


def score_of(truth: SongTruth | dict) -> Score:
    t = truth if isinstance(truth, dict) else truth.__dict__
    parts = {stem: [(n["time_s"], n["time_s"] + n["duration_s"], float(n.get("velocity", 80))) for n in notes]
             for stem, notes in (t.get("notes") or {}).items()}
    return Score(duration_s=t["duration_s"], parts=parts, chords=[tuple(c) for c in t.get("chords") or []] or None,
                 sections=[tuple(s) for s in t.get("sections") or []], beats=t.get("beats_s"))


@dataclass
class Reading:
    frame: str
    caution: str | None = None
    why: str = ""
    confidence: float = 0.9


def _onsets(events, a, b):
    return [e for e in events if a <= e[0] < b]


def _sounding(events, a, b) -> float:
    """Seconds of [a, b) covered by the events (overlaps merged)."""
    spans = sorted((max(a, s), min(b, e)) for s, e, _ in events if s < b and e > a)
    total, cur_s, cur_e = 0.0, None, None
    for s, e in spans:
        if cur_e is None or s > cur_e:
            if cur_e is not None:
                total += cur_e - cur_s
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    return total + ((cur_e - cur_s) if cur_e is not None else 0.0)


def plays(score: Score, stem: str, a: float, b: float) -> bool:
    ev = score.parts.get(stem, [])
    return bool(_onsets(ev, a, b)) or _sounding(ev, a, b) >= 0.2 * (b - a)


def _pattern(ev, a, b, beats) -> dict | None:
    """How a part plays in [a, b): distinct onsets a second, notes per onset (chords vs a line), the
    share of onsets off the beat, mean velocity."""
    notes = _onsets(ev, a, b)
    if not notes:
        return None
    times = sorted({round(e[0], 2) for e in notes})
    off = [t for t in times if beats is not None and len(beats) and np.min(np.abs(np.asarray(beats) - t)) > 0.06]
    return {"rate": len(times) / (b - a), "poly": len(notes) / len(times), "offbeat": len(off) / len(times),
            "vel": float(np.mean([e[2] for e in notes]))}


def _changes(ev, a, bnd, b, beats=None) -> str | None:
    """How a part changes across a boundary, as a musician hears it: it enters or leaves, its rhythm
    doubles or halves, it turns from chords into a line (or back), it moves between on and off the
    beat, or it plays clearly louder or softer."""
    before, after = _onsets(ev, a, bnd), _onsets(ev, bnd, b)
    if bool(before) != bool(after) and max(len(before), len(after)) >= 2:
        return "enters" if after else "leaves"
    if not before or not after:
        return None
    p, q = _pattern(ev, a, bnd, beats), _pattern(ev, bnd, b, beats)
    if max(p["rate"], q["rate"]) / min(p["rate"], q["rate"]) >= 1.6:
        return "busier" if q["rate"] > p["rate"] else "sparser"
    if max(p["poly"], q["poly"]) / min(p["poly"], q["poly"]) >= 1.6:
        return "turns to chords" if q["poly"] > p["poly"] else "turns to a line"
    if abs(q["offbeat"] - p["offbeat"]) >= 0.5:
        return "moves off the beat" if q["offbeat"] > p["offbeat"] else "moves onto the beat"
    if abs(q["vel"] - p["vel"]) >= 15:
        return "louder" if q["vel"] > p["vel"] else "quieter"
    return None


def reading(score: Score, stems: tuple[str, ...], a: float, b: float) -> Reading:
    """What a musician hears in the selection, from the score (the rubric in the module docstring)."""
    dur = b - a
    if dur > 30.0:
        return Reading("unknown", "window_too_long", "over thirty seconds")
    playing = [s for s in stems if plays(score, s, a, b)]
    if not playing:
        return Reading("unknown", "empty_window", "no selected part plays")
    if dur < 2.0:
        return Reading("micro_event", why="a gesture")
    for s0, _, _ in score.sections[1:]:
        if a + 2.0 <= s0 <= b - 2.0:
            moves = {s: _changes(score.parts.get(s, []), a, s0, b, score.beats) for s in stems}
            moved = {s: m for s, m in moves.items() if m}
            if moved:
                strong = any(m in ("enters", "leaves") for m in moved.values())
                return Reading("form", why=", ".join(f"{s} {m}" for s, m in moved.items()),
                               confidence=0.9 if strong else 0.6)
    if "vocals" in playing:
        share = _sounding(score.parts["vocals"], a, b) / dur
        if share >= 0.4 or playing == ["vocals"]:
            return Reading("foreground", why=f"the singer sings {share:.0%} of the window")
    if "drums" in playing:
        return Reading("pulse", why="the kit plays")
    chords = {c for s, e, c in (score.chords or []) if s < b and e > a}
    chordal = [s for s in playing if s in ("piano", "guitar", "other")]
    if chordal and len(chords) >= 2:
        return Reading("tonal", why=f"{len(chords)} chords under the {', '.join(chordal)}",
                       confidence=0.6 if "bass" in playing else 0.85)
    rate = sum(len(_onsets(score.parts.get(s, []), a, b)) for s in playing) / dur
    if rate >= 1.5:
        return Reading("pulse", why=f"{'one chord' if chords else 'a bare line'}, played rhythmically",
                       confidence=0.75)
    return Reading("tonal", why="sustained harmony", confidence=0.6)


def selection_only(stems: tuple[str, ...], a: float, b: float, sections: list[tuple[float, float, str]]) -> str:
    """The baseline that never listens: window length, the selected stems and the section times only
    (under 2 s micro_event; a boundary with three or more stems form; vocals foreground; drums or bass
    pulse; otherwise tonal)."""
    if b - a < 2.0:
        return "micro_event"
    if len(stems) >= 3 and any(a < s < b for s, _, _ in sections[1:]):
        return "form"
    if "vocals" in stems:
        return "foreground"
    if {"drums", "bass"} & set(stems):
        return "pulse"
    return "tonal"


@dataclass
class FrameWindow:
    id: str
    piece: str
    split: str
    kind: str  # clean | degraded | real
    stems: tuple[str, ...]
    start_s: float
    end_s: float
    reading: Reading
    playing: tuple[str, ...] = ()  # the selected stems the score has playing in the window

    @property
    def negative(self) -> bool:
        return self.reading.frame == "unknown"


def windows_for(piece: str, split: str, kind: str, score: Score, available: tuple[str, ...]) -> list[FrameWindow]:
    """Every section's middle, every boundary, a short gesture and two long spans, for each selection
    whose stems the piece has."""
    out: list[FrameWindow] = []
    end = score.duration_s - 0.05
    sels = [s for s in SELECTIONS if set(s) <= set(available)] or [available]

    def add(tag, stems, a, b):
        a, b = round(max(0.0, a), 2), round(min(end, b), 2)
        if b - a >= 1.0:
            out.append(FrameWindow(f"{piece}:{tag}:{'+'.join(stems)}", piece, split, kind, stems, a, b,
                                   reading(score, stems, a, b), tuple(s for s in stems if plays(score, s, a, b))))

    sections = score.sections or [(0.0, score.duration_s, "all")]
    for i, (s0, s1, label) in enumerate(sections):
        length = min(10.0, s1 - s0 - 1.0)
        mid = (s0 + s1) / 2
        for stems in sels:
            add(f"{label}{i}", stems, mid - length / 2, mid + length / 2)
            if s1 - s0 >= 26 and len(stems) == 1:  # a long single-stem passage
                add(f"{label}{i}-long", stems, s0 + 0.5, min(s1, s0 + 29.0))
        for stems in sels[:5]:
            add(f"{label}{i}-short", stems, s0 + (s1 - s0) / 3, s0 + (s1 - s0) / 3 + 1.5)
    for s0, _, label in sections[1:]:
        for stems in sels:
            add(f"into-{label}@{s0:.0f}", stems, s0 - 5.0, s0 + 5.0)
    if score.duration_s > 40:
        add("long", sels[-1], 0.0, 40.0)
        add("long32", sels[0], score.duration_s - 33.0, score.duration_s - 1.0)
    return out


# -- real recordings -----------------------------------------------------------------------
def real_score(folder: Path) -> tuple[Score, tuple[str, ...]]:
    """A Score from a real recording's human annotations: notes where transcribed by people, drum hits
    by class, the MedleyDB activation curves (conf > 0.5) for stems without note annotations."""
    truth = json.loads((folder / "truth.json").read_text())
    stems = tuple(sorted(p.stem for p in folder.glob("*.flac")))
    duration = max(_flac_seconds(p) for p in folder.glob("*.flac"))
    parts: dict[str, list[tuple[float, float, float]]] = {}
    for stem, notes in (truth.get("notes") or {}).items():
        parts[stem] = [(float(n[0]), float(n[1]), 80.0) for n in notes]  # [onset, offset, pitch]
    ann = folder / "annotations"
    classes = next(ann.glob("*_class.txt"), None) if ann.is_dir() else None
    if classes is not None:
        parts["drums"] = [(float(t), float(t) + 0.1, 80.0) for t, *_ in (ln.split() for ln in classes.read_text().splitlines() if ln.strip())]
    act = next(ann.glob("*ACTIVATION_CONF.lab"), None) if ann.is_dir() else None
    meta = ann / "METADATA.yaml" if ann.is_dir() else None
    if act is not None and meta is not None and meta.is_file():
        import yaml

        stem_of = {}
        for sid, info in (yaml.safe_load(meta.read_text()).get("stems") or {}).items():
            inst = str(info.get("instrument", "")).lower()
            name = ("drums" if "drum" in inst else "bass" if "bass" in inst else "vocals" if "sing" in inst or "vocal" in inst
                    else "guitar" if "guitar" in inst else None)
            if name:
                stem_of[sid.upper()] = name
        rows = [ln.split(",") for ln in act.read_text().splitlines()[1:] if ln.strip()]
        header = act.read_text().splitlines()[0].split(",")
        for j, sid in enumerate(header[1:], start=1):
            name = stem_of.get(sid.upper())
            if name is None or name in parts:
                continue
            on = [(float(r[0]), float(r[j]) > 0.5) for r in rows]
            events, start = [], None
            for t, active in on:
                if active and start is None:
                    start = t
                elif not active and start is not None:
                    events.append((start, t, 80.0))
                    start = None
            if start is not None:
                events.append((start, duration, 80.0))
            parts[name] = events
    chords = [tuple(c) for c in truth.get("chords") or []] or None
    return Score(duration_s=duration, parts=parts, chords=chords, sections=[], beats=truth.get("beats_s")), stems


def _flac_seconds(path: Path) -> float:
    import soundfile as sf

    info = sf.info(str(path))
    return info.frames / info.samplerate


def real_windows(folder: Path) -> list[FrameWindow]:
    score, stems = real_score(folder)
    out = []
    d = score.duration_s - 0.05
    spans = [(0.5, min(d, 9.0)), (max(0.0, d - 9.0), d), (d / 3, d / 3 + 1.5)]
    if d > 20:
        spans += [(9.0, 18.0), (0.2, min(d, 28.0))]
    sels = [s for s in SELECTIONS if set(s) <= set(stems)]
    if len(stems) >= 3:
        sels.append(stems)
    for stems_sel in sels or [stems]:
        for a, b in spans:
            if b - a >= 1.0:
                out.append(FrameWindow(f"{folder.name}:{a:.1f}-{b:.1f}:{'+'.join(stems_sel)}", folder.name, "test", "real",
                                       stems_sel, round(a, 2), round(b, 2), reading(score, stems_sel, a, b),
                                       tuple(s for s in stems_sel if plays(score, s, a, b))))
    return out
