"""Windows annotated from the score, for the frames evaluation (``python -m eval.frames``).

Material (none of it shaped around a heuristic): the **dev** songs (:data:`SONGS`, written by
:mod:`eval.songs`: an intro, verses and choruses with a singer, a breakdown where the rhythm section
drops out and comes back, a pre-chorus where the singer only tags the phrase ends while the piano
carries the progression, a piano alone stabbing one chord, a long solo piano passage of moving seventh
chords; the frame weights were developed and fitted on them, and the three that were once the test
split were used to make changes, so all six are dev), and the frozen **test** songs of
:mod:`eval.frame_test_songs` (other code, programs, soundfont, meters and tempi), each with a
degraded copy; the real recordings in ``../shared/real`` are dev (they were reported before).

Windows are generated from the song's sections only (every section's middle, every boundary, a short
gesture, a long span), for a fixed list of selections a user would make, and each is *annotated from
the score*: :func:`reading` is what a musician hears given what the parts play in the window. Its
constants are a listener's criteria, stated in musical units (beats, dynamic markings, intervals),
and none is read from, or equal by construction to, a constant of ``analysis/``, ``heuristics/`` or
``frames/`` (``tests/test_eval_independence.py`` fails if a rubric module imports one). The rubric,
in order:

1. over :data:`LONGEST_WINDOW_S`: ``unknown`` (window_too_long: the product's stated limit, not a
   measurement); no selected part is heard: ``unknown`` (empty_window);
2. fewer than :data:`GESTURE_BEATS` beats: ``micro_event`` (no groove or progression fits in it);
3. a section boundary with at least :data:`SIDE_BEATS` beats of the window on each side, across which
   a selected part enters or drops out, turns from chords to single notes (or back), moves register by
   :data:`REGISTER_MOVE_ST` semitones or more, moves between marking the time and holding
   (:data:`KEEPS_TIME_PER_BEAT`), or plays at least :data:`DYNAMIC_STEP` velocity steps louder or softer
   (one dynamic marking): ``form``;
4. the singer carries the window — sung phrases (breaths under :data:`BREATH_S` counted as singing)
   cover at least :data:`CARRIES_SHARE` of it — or is the only part heard: ``foreground``;
5. the kit plays: ``pulse``; the harmony changes under a chordal part: ``tonal``; otherwise a part
   that marks the time (at least :data:`KEEPS_TIME_PER_BEAT` attacks a beat, on or off it): ``pulse``;
   else ``tonal``.

Baselines: :func:`activity_boundary` (the strong one: which selected parts are heard, from the score,
the score's section times and the window's length) and :func:`selection_only` (the stems and the
*estimated* section times only).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from eval.songs import Section, SongSpec, SongTruth

# -- the rubric's own constants: a listener's criteria ---------------------------------------
LONGEST_WINDOW_S = 30.0  # the product's documented limit for one moment (the seed's contract)
HEARD_BEATS = 1.0  # a part is heard if it starts a note in the window or sounds for a beat of it
GESTURE_BEATS = 4  # fewer beats than this hold no groove and no progression: a gesture
SIDE_BEATS = 4  # a listener needs about a bar on each side of a boundary to hear what changed
REGISTER_MOVE_ST = 7  # a fifth or more: the part moves to another register
DYNAMIC_STEP = 16  # MIDI velocity steps per dynamic marking (mp 64, mf 80, f 96: the usual table)
KEEPS_TIME_PER_BEAT = 2 / 3  # a part marks the time when it attacks at least two of every three beats' worth
#                              (on or off the beat: stabs and a syncopated bass mark it too; pads and a
#                              bass in half notes do not)
BREATH_S = 0.75  # a gap a singer breathes in, inside one phrase
CARRIES_SHARE = 0.5  # the singer carries the window when phrases fill at least half of it
CHORDAL = ("piano", "guitar", "other")
TOGETHER_S = 0.05  # two notes this close start together (a tight ensemble's spread)
DOUBLED_SHARE = 0.5  # two parts double when at least half of each one's notes start with one of the other's
#                      on the same pitch class
APART_SHARE = 0.34  # two parts alternate (hocket, call and response) when at most a third of the quieter
#                     one's sounding time overlaps the other's
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
    # dev (the frame weights were developed and fitted on these; the last three were once reported as test)
    (SongSpec(name="fw_cal_d104", tempo_bpm=104, meter="4/4", tonic=2, mode="major", seed=41,
              sections=_form([1, 6, 4, 5], [4, 5, 1, 1])), "dev"),
    (SongSpec(name="fw_cal_gm126", tempo_bpm=126, meter="4/4", tonic=7, mode="minor", seed=42,
              sections=_form([1, 6, 3, 7], [4, 5, 1, 1], intro="drums", tag=(6, 7, 1, 7), solo_bars=12)), "dev"),
    (SongSpec(name="fw_cal_a34", tempo_bpm=132, meter="3/4", tonic=9, mode="major", seed=43,
              sections=_waltz_form([1, 4, 5, 1], [4, 5, 6, 5])), "dev"),
    (SongSpec(name="fw_test_bb92", tempo_bpm=92, meter="4/4", tonic=10, mode="major", seed=51,
              sections=_form([1, 5, 6, 4], [4, 1, 5, 5])), "dev"),
    (SongSpec(name="fw_test_em118", tempo_bpm=118, meter="4/4", tonic=4, mode="minor", seed=52,
              sections=_form([1, 7, 6, 7], [6, 7, 1, 1], intro="drums", tag=(4, 5, 1, 5), solo_bars=14)), "dev"),
    (SongSpec(name="fw_test_f68", tempo_bpm=112, meter="6/8", tonic=5, mode="major", seed=53,
              sections=_waltz_form([1, 6, 4, 5], [4, 5, 1, 1])), "dev"),
]


@dataclass
class Score:
    """What the parts play, per stem: (start_s, end_s, velocity, pitch or None) events; chords,
    sections and beats when known."""
    duration_s: float
    parts: dict[str, list[tuple[float, float, float, int | None]]]
    chords: list[tuple[float, float, str]] | None = None
    sections: list[tuple[float, float, str]] = field(default_factory=list)
    beats: list[float] | None = None
    meter: str | None = None

    @property
    def beat_s(self) -> float:
        """The beat's length (the median gap of the score's beats; half a second where none are known)."""
        return float(np.median(np.diff(self.beats))) if self.beats is not None and len(self.beats) > 2 else 0.5


def score_of(truth: SongTruth | dict) -> Score:
    t = truth if isinstance(truth, dict) else truth.__dict__
    parts = {stem: [(n["time_s"], n["time_s"] + n["duration_s"], float(n.get("velocity", 80)),
                     None if stem == "drums" else n.get("pitch")) for n in notes]
             for stem, notes in (t.get("notes") or {}).items()}
    return Score(duration_s=t["duration_s"], parts=parts, chords=[tuple(c) for c in t.get("chords") or []] or None,
                 sections=[tuple(s) for s in t.get("sections") or []], beats=t.get("beats_s"), meter=t.get("meter"))


@dataclass
class Reading:
    frame: str
    caution: str | None = None
    why: str = ""
    confidence: float = 0.9


def _onsets(events, a, b):
    return [e for e in events if a <= e[0] < b]


def _covered(spans, a: float, b: float, bridge_s: float = 0.0) -> float:
    """Seconds of [a, b) covered by (start, end, ...) spans, gaps under ``bridge_s`` counted as covered."""
    cut = sorted((max(a, e[0]), min(b, e[1])) for e in spans if e[0] < b and e[1] > a)
    total, cur_s, cur_e = 0.0, None, None
    for s, e in cut:
        if cur_e is None or s > cur_e + bridge_s:
            if cur_e is not None:
                total += cur_e - cur_s
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    return total + ((cur_e - cur_s) if cur_e is not None else 0.0)


def plays(score: Score, stem: str, a: float, b: float) -> bool:
    """A part is heard in [a, b) when it starts a note there or sounds for :data:`HEARD_BEATS` of it."""
    ev = score.parts.get(stem, [])
    return bool(_onsets(ev, a, b)) or _covered(ev, a, b) >= min(HEARD_BEATS * score.beat_s, b - a)


def _beats_in(score: Score, a: float, b: float) -> np.ndarray:
    if score.beats is not None and len(score.beats):
        beats = np.asarray(score.beats, dtype=float)
        return beats[(beats >= a) & (beats < b)]
    return np.arange(a, b, score.beat_s)


def keeps_time(score: Score, ev, a: float, b: float) -> bool:
    """The part marks the time in [a, b): at least :data:`KEEPS_TIME_PER_BEAT` distinct attacks a beat."""
    beats = len(_beats_in(score, a, b)) or (b - a) / score.beat_s
    attacks = len({round(e[0] / 0.03) for e in _onsets(ev, a, b)})
    return beats > 0 and attacks >= KEEPS_TIME_PER_BEAT * beats


def _chordal(notes) -> bool:
    """Most attacks sound two or more pitches at once."""
    by_onset: dict[float, int] = {}
    for e in notes:
        by_onset[round(e[0] / 0.03)] = by_onset.get(round(e[0] / 0.03), 0) + 1
    return float(np.mean([n >= 2 for n in by_onset.values()])) > 0.5


def _changes(score: Score, stem: str, a: float, bnd: float, b: float) -> str | None:
    """How a part changes across a boundary, as a musician hears it (the rubric's step 3)."""
    ev = score.parts.get(stem, [])
    before, after = plays(score, stem, a, bnd), plays(score, stem, bnd, b)
    if before != after:
        return "enters" if after else "drops out"
    if not before:
        return None
    nb, na = _onsets(ev, a, bnd), _onsets(ev, bnd, b)
    if not nb or not na:
        return None  # held through the boundary
    if _chordal(nb) != _chordal(na):
        return "turns to chords" if _chordal(na) else "turns to single notes"
    pb, pa = [e[3] for e in nb if e[3] is not None], [e[3] for e in na if e[3] is not None]
    if pb and pa and abs(float(np.median(pa)) - float(np.median(pb))) >= REGISTER_MOVE_ST:
        return "moves up" if np.median(pa) > np.median(pb) else "moves down"
    kb, ka = keeps_time(score, ev, a, bnd), keeps_time(score, ev, bnd, b)
    if kb != ka:
        return "starts keeping time" if ka else "stops keeping time"
    vb, va = float(np.mean([e[2] for e in nb])), float(np.mean([e[2] for e in na]))
    if abs(va - vb) >= DYNAMIC_STEP:
        return "louder" if va > vb else "softer"
    return None


def reading(score: Score, stems: tuple[str, ...], a: float, b: float) -> Reading:
    """What a musician hears in the selection, from the score (the rubric in the module docstring)."""
    dur = b - a
    if dur > LONGEST_WINDOW_S:
        return Reading("unknown", "window_too_long", "over thirty seconds")
    playing = [s for s in stems if plays(score, s, a, b)]
    if not playing:
        return Reading("unknown", "empty_window", "no selected part is heard")
    beat = score.beat_s
    if dur < GESTURE_BEATS * beat:
        return Reading("micro_event", why=f"a gesture ({dur / beat:.1f} beats)")
    for s0, _, _ in score.sections[1:]:
        if a + SIDE_BEATS * beat <= s0 <= b - SIDE_BEATS * beat:
            moved = {s: m for s in stems if (m := _changes(score, s, a, s0, b))}
            if moved:
                strong = any(m in ("enters", "drops out") for m in moved.values())
                return Reading("form", why=", ".join(f"{s} {m}" for s, m in moved.items()),
                               confidence=0.9 if strong else 0.6)
    if "vocals" in playing:
        share = _covered(score.parts["vocals"], a, b, bridge_s=BREATH_S) / dur
        if share >= CARRIES_SHARE or playing == ["vocals"]:
            return Reading("foreground", why=f"the singer's phrases fill {share:.0%} of the window")
    if "drums" in playing:
        return Reading("pulse", why="the kit plays")
    chords = {c for s, e, c in (score.chords or []) if s < b and e > a}
    chordal = [s for s in playing if s in CHORDAL]
    if chordal and len(chords) >= 2:
        return Reading("tonal", why=f"{len(chords)} chords under the {', '.join(chordal)}",
                       confidence=0.6 if "bass" in playing else 0.85)
    timekeepers = [s for s in playing if keeps_time(score, score.parts.get(s, []), a, b)]
    if timekeepers:
        return Reading("pulse", why=f"the {', '.join(timekeepers)} marks the time"
                                    + (" over one chord" if len(chords) == 1 else ""), confidence=0.75)
    return Reading("tonal", why="held harmony, no part keeping time", confidence=0.6)


# -- facts a sentence of the answer can be checked against ---------------------------------
def doubled(score: Score, x: str, y: str, a: float, b: float) -> bool:
    """At least :data:`DOUBLED_SHARE` of each part's notes in [a, b) start within :data:`TOGETHER_S` of a
    note of the other on the same pitch class (a part without pitches, the kit, doubles nothing)."""
    nx = [e for e in _onsets(score.parts.get(x, []), a, b) if e[3] is not None]
    ny = [e for e in _onsets(score.parts.get(y, []), a, b) if e[3] is not None]
    if not nx or not ny:
        return False

    def partnered(p, others):
        return any(abs(p[0] - q[0]) <= TOGETHER_S and (p[3] - q[3]) % 12 == 0 for q in others)

    return (np.mean([partnered(p, ny) for p in nx]) >= DOUBLED_SHARE
            and np.mean([partnered(q, nx) for q in ny]) >= DOUBLED_SHARE)


def alternate(score: Score, x: str, y: str, a: float, b: float) -> bool:
    """Both parts are heard in [a, b) and at most :data:`APART_SHARE` of the less-sounding one's time
    overlaps the other's sounding."""
    ex, ey = score.parts.get(x, []), score.parts.get(y, [])
    cx, cy = _covered(ex, a, b), _covered(ey, a, b)
    if not (plays(score, x, a, b) and plays(score, y, a, b)) or min(cx, cy) <= 0:
        return False
    both = _covered(ex + ey, a, b)
    return (cx + cy - both) <= APART_SHARE * min(cx, cy)


def window_facts(score: Score, a: float, b: float) -> dict:
    """What the score says about [a, b) that an answer's sentences can contradict: the parts heard, the
    parts silent (only parts the score knows), the meter, and per pair whether they double or alternate."""
    known = sorted(score.parts)
    heard = [s for s in known if plays(score, s, a, b)]
    pairs = [(x, y) for i, x in enumerate(heard) for y in heard[i + 1:]]
    return {"heard": heard, "silent": [s for s in known if s not in heard], "meter": score.meter,
            "doubled": [[x, y] for x, y in pairs if doubled(score, x, y, a, b)],
            "alternate": [[x, y] for x, y in pairs if alternate(score, x, y, a, b)]}


# -- baselines -----------------------------------------------------------------------------
def activity_boundary(score: Score, stems: tuple[str, ...], a: float, b: float) -> str:
    """The strong baseline: it knows which selected parts are heard (from the score), the score's
    section times and the window's length, and nothing of how the parts play. Over 30 s or nothing
    heard: unknown; under 2 s: micro_event; a section boundary 2 s inside the window where the set of
    parts heard differs on its two sides: form; the singer heard: foreground; the kit heard: pulse;
    the bass heard without a chordal part: pulse; otherwise tonal."""
    if b - a > LONGEST_WINDOW_S:
        return "unknown"
    heard = {s for s in stems if plays(score, s, a, b)}
    if not heard:
        return "unknown"
    if b - a < 2.0:
        return "micro_event"
    for s0, _, _ in score.sections[1:]:
        if a + 2.0 <= s0 <= b - 2.0:
            if {s for s in stems if plays(score, s, a, s0)} != {s for s in stems if plays(score, s, s0, b)}:
                return "form"
    if "vocals" in heard:
        return "foreground"
    if "drums" in heard or ("bass" in heard and not heard & set(CHORDAL)):
        return "pulse"
    return "tonal"


def selection_only(stems: tuple[str, ...], a: float, b: float, sections: list[tuple[float, float, str]]) -> str:
    """The weak baseline that never listens: window length, the selected stems and the section times only
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


def selections_for(available) -> list[tuple[str, ...]]:
    """:data:`SELECTIONS` with the piece's chordal stem (piano, else guitar, else other) in the piano's place,
    kept where the piece has every stem."""
    chordal = next((c for c in CHORDAL if c in available), "piano")
    sels = [tuple(chordal if x == "piano" else x for x in sel) for sel in SELECTIONS]
    return [s for s in sels if set(s) <= set(available)] or [tuple(available)]


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
    strong_baseline: str = ""  # activity_boundary's frame for the window
    facts: dict = field(default_factory=dict)  # window_facts: what the answer's sentences are checked against
    conditions: dict = field(default_factory=dict)  # the known recording conditions (degraded: spill, SNR)

    @property
    def negative(self) -> bool:
        return self.reading.frame == "unknown"


def windows_for(piece: str, split: str, kind: str, score: Score, available: tuple[str, ...],
                conditions: dict | None = None) -> list[FrameWindow]:
    """Every section's middle, every boundary, a short gesture and two long spans, for each selection
    whose stems the piece has (``conditions``: the copy's known recording conditions)."""
    out: list[FrameWindow] = []
    end = score.duration_s - 0.05
    sels = selections_for(available)

    def add(tag, stems, a, b):
        a, b = round(max(0.0, a), 2), round(min(end, b), 2)
        if b - a >= 1.0:
            out.append(FrameWindow(f"{piece}:{tag}:{'+'.join(stems)}", piece, split, kind, stems, a, b,
                                   reading(score, stems, a, b), tuple(s for s in stems if plays(score, s, a, b)),
                                   activity_boundary(score, stems, a, b), window_facts(score, a, b),
                                   dict(conditions or {})))

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
        parts[stem] = [(float(n[0]), float(n[1]), 80.0, int(round(float(n[2])))) for n in notes]  # [onset, offset, pitch]
    ann = folder / "annotations"
    classes = next(ann.glob("*_class.txt"), None) if ann.is_dir() else None
    if classes is not None:
        parts["drums"] = [(float(t), float(t) + 0.1, 80.0, None) for t, *_ in (ln.split() for ln in classes.read_text().splitlines() if ln.strip())]
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
                    events.append((start, t, 80.0, None))
                    start = None
            if start is not None:
                events.append((start, duration, 80.0, None))
            parts[name] = events
    chords = [tuple(c) for c in truth.get("chords") or []] or None
    return Score(duration_s=duration, parts=parts, chords=chords, sections=[], beats=truth.get("beats_s"),
                 meter=truth.get("meter")), stems


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
    if len(stems) >= 3 and stems not in sels:
        sels.append(stems)
    for stems_sel in sels or [stems]:
        for a, b in spans:
            if b - a >= 1.0:
                out.append(FrameWindow(f"{folder.name}:{a:.1f}-{b:.1f}:{'+'.join(stems_sel)}", folder.name, "dev", "real",
                                       stems_sel, round(a, 2), round(b, 2), reading(score, stems_sel, a, b),
                                       tuple(s for s in stems_sel if plays(score, s, a, b)),
                                       activity_boundary(score, stems_sel, a, b), window_facts(score, a, b)))
    return out
