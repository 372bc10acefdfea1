"""Whether a part lets its notes ring or cuts them short, as the findings say it, against the score.

    python -m eval.articulation      # dev, test and real; writes eval/out/articulation.json

"Is he letting the chords ring into each other or choking them off? want the Rhodes' release to match" is answered
by the ring sentence (frames.findings._ring_sentence: "The guitar cuts its chords short here, each about half a
beat" / "lets its chords ring" / "holds its chords for part of the time to the next"). A real comp's chords, ringing
about a beat into the next stroke by GuitarSet's annotation, were said choked (round 109's df02, graded wrong).

Truth, as a player hears it: the score's strokes (notes starting within TOGETHER_S of each other); a stroke sounds
for its longest note, and the share of the time to the next stroke it sounds (up to 1) is how it joins the next.
Only strokes whose next comes within NEXT_WITHIN_S (farther apart, a note is a phrase's end, not its articulation).
The part's articulation is the share of that time that sounds, over the window's strokes: it **rings** from RING_FROM (a player
hears no air between the strokes), is **cut short** to SHORT_TO (air as long as the note, nearly, or longer), and
**holds for part of the time** between. These constants are a listener's, set here and not taken from the code.
Within EDGE of a boundary both neighbouring words are right (a player would not argue over it).

Windows: WINDOW_S long, every WINDOW_S, where an instrument's score has at least MIN_STROKES strokes with a next one
near. The findings are asked "is it letting its notes ring or cutting them short?" for that one stem; a window
where they say nothing of it counts wrong.

Beside the findings, two simple rules on the same windows: ``majority`` (the split's most common true word, chosen
after seeing the truth: the best constant answer) and ``raw`` (the same listener's share, read from the
window's transcribed notes one by one, without grouping strokes: what a reader of the note list would say).

Splits: **dev** the frames songs, clean and degraded (as eval.ranges); **dev2** eval.answer_songs' test scenarios
(variants 16 and 17), clean and degraded (the copies eval.ranges makes): this benchmark's first test split, read
once after the chords' articulation rule, then used to change how the share is read (time-weighted, not the
median of strokes), so dev from then on; **test** eval.answer_songs' ``test2`` scenarios (variants 18 and 19,
drawn after that), clean and a degraded copy of each with seeds of its own (TEST_SEED); **real** GuitarSet's comp
(annotated note offsets, six strings).
The share right is the mean over songs (a song's clean and degraded copies one piece) with a 95 % bootstrap
interval over songs.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

import numpy as np

from eval import ranges

OUT = Path(__file__).resolve().parent / "out" / "articulation.json"
WINDOW_S = 8.0
TOGETHER_S = 0.06  # notes struck this close together are one stroke (a strum spreads its strings over ~40 ms)
NEXT_WITHIN_S = 1.25  # a next stroke farther than this ends a phrase: not how the notes join
MIN_STROKES = 4  # strokes with a next one near: fewer tell nothing of a habit
RING_FROM, SHORT_TO, EDGE = 0.9, 0.6, 0.05
WORDS = ("short", "part", "ring")
METHODS = ("findings", "majority", "raw")
SPLITS = ("dev", "dev2", "test", "real")
TEST_SEED = 4300  # the test copies' own degradation seeds (TEST_SEED + the song's place)
QUESTION = "is the {stem} letting its notes ring into each other or cutting them short?"


def strokes(notes: list[tuple[float, float]]) -> tuple[np.ndarray, np.ndarray]:
    """(onset, end) per stroke: notes (onset, end) starting within TOGETHER_S of a stroke's first are that stroke,
    which sounds until its longest note ends."""
    out: list[list[float]] = []
    for on, off in sorted(notes):
        if out and on - out[-1][0] <= TOGETHER_S:
            out[-1][1] = max(out[-1][1], off)
        else:
            out.append([on, off])
    arr = np.array(out, dtype=float).reshape(-1, 2)
    return arr[:, 0], arr[:, 1]


def sounding_share(onsets: np.ndarray, ends: np.ndarray) -> tuple[float | None, int]:
    """The share of the time between strokes that sounds (each stroke up to the next), over strokes with a next one
    within NEXT_WITHIN_S: air is heard by how long it lasts, so a long gap's silence weighs more than a quick
    stroke's overlap; and how many such strokes. None under MIN_STROKES."""
    if len(onsets) < 2:
        return None, 0
    gaps = np.diff(onsets)
    near = (gaps <= NEXT_WITHIN_S) & (gaps > 0)
    if near.sum() < MIN_STROKES:
        return None, int(near.sum())
    sounding = np.minimum((ends[:-1] - onsets[:-1])[near], gaps[near])
    return float(sounding.sum() / gaps[near].sum()), int(near.sum())


def word(share: float) -> str:
    return "ring" if share >= RING_FROM else "short" if share <= SHORT_TO else "part"


def right_words(share: float) -> set[str]:
    """The words a listener accepts for this share: its own, and a neighbour's within EDGE of the boundary."""
    return {word(share), word(share - EDGE), word(share + EDGE)}


def said(sentence: str | None) -> str | None:
    """The ring sentence's word: 'cuts ... short' -> short, 'lets ... ring' / 'run into each other' -> ring,
    'holds ... for part of the time' -> part; None where nothing is said."""
    if not sentence:
        return None
    head = sentence.split(",")[0].lower()
    if re.search(r"\bcuts?\b.*\bshort\b", head):
        return "short"
    if re.search(r"\blets?\b.*\b(?:ring|run into each other)\b", head):
        return "ring"
    if re.search(r"\bholds?\b.*\bpart of the time\b", head):
        return "part"
    return None


def windows(score: dict[str, list[tuple[float, float, int]]], duration_s: float):
    """(stem, start, end, the true share) for every window an instrument's score strokes MIN_STROKES times in."""
    for stem, notes in score.items():
        if stem not in ranges.INSTRUMENTS:
            continue
        for a in np.arange(0.0, max(duration_s - WINDOW_S / 2, 0.0), WINDOW_S):
            b = min(a + WINDOW_S, duration_s)
            on, end = strokes([(t, off) for t, off, _ in notes if a <= t < b])
            share, count = sounding_share(on, end)
            if share is not None:
                yield stem, float(a), float(b), share, count


def raw_share(notes) -> float | None:
    """The listener's share read from the transcribed notes one by one (each note to the next onset)."""
    order = np.argsort(notes.time_s)
    on = np.asarray(notes.time_s, dtype=float)[order]
    end = on + np.asarray(notes.duration_s, dtype=float)[order]
    return sounding_share(on, end)[0]


def read_item(lib, tid: str, score, duration_s: float) -> list[dict]:
    from frames.findings import _ring_sentence
    from heuristics.window import measure_window, read_window

    rows = []
    duration_s = min(duration_s, float(lib.store.get_track_row(tid)["duration_s"]))
    for stem, a, b, share, count in windows(score, duration_s):
        sl, ctx = read_window(lib, tid, [stem], a, b)
        analysis = measure_window(sl, ctx)
        sentence = _ring_sentence(analysis, [stem], QUESTION.format(stem=stem))
        raw = raw_share(sl.stems[stem].notes)
        rows.append({"stem": stem, "start_s": a, "share": round(share, 3), "strokes": count, "truth": word(share),
                     "accepted": sorted(right_words(share)), "sentence": sentence, "findings": said(sentence),
                     "raw": word(raw) if raw is not None else None})
    return rows


def judge(rows: list[dict]) -> list[dict]:
    """Each method's word right or not; ``majority`` is the split's most common true word."""
    if not rows:
        return rows
    words = [r["truth"] for r in rows]
    common = max(WORDS, key=words.count)
    for r in rows:
        r["majority"] = common
        for m in METHODS:
            r[m + "_right"] = r[m] in r["accepted"]
    return rows


def run_split(split: str) -> list[dict]:
    home, items = {"dev": ranges._frames_items, "dev2": ranges._test_items, "real": ranges._real_items,
                   "test": partial(ranges._test_items, "test2", TEST_SEED)}[split]()
    return judge(ranges.read_items(home, items, read_item))


def summary(rows: list[dict]) -> dict:
    """eval.ranges' summary for these methods, with the true words' counts and the windows the findings left unsaid."""
    return {**ranges.summary(rows, METHODS), "truth": {w: sum(r["truth"] == w for r in rows) for w in WORDS},
            "unsaid": sum(r["findings"] is None for r in rows)}


def report(result: dict) -> str:
    lines = ["## Ring or cut short, as the findings say it (python -m eval.articulation)", "",
             f"Truth: the score's strokes in each {WINDOW_S:.0f} s window, the share of the time between strokes "
             f"that sounds: ring from {RING_FROM}, cut short to {SHORT_TO}, part of the time between "
             f"(within {EDGE} of a boundary both words right). Baselines: the split's most common true word; the "
             "same share read from the transcribed notes one by one.", "",
             "| split | windows (true short / part / ring) | findings (unsaid) | majority | raw notes | "
             "clean: findings / raw | degraded: findings / raw |", "|---|---|---|---|---|---|---|"]
    for split, s, cell in ranges.split_cells(result, METHODS):
        t = s["truth"]
        lines.append(f"| {split} | {s['windows']} ({t['short']} / {t['part']} / {t['ring']}) | {cell['findings']} "
                     f"({s['unsaid']}) | {cell['majority']} | {cell['raw']} | {s['clean']['findings']} / "
                     f"{s['clean']['raw']} of {s['clean']['windows']} | {s['degraded']['findings']} / "
                     f"{s['degraded']['raw']} of {s['degraded']['windows']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ranges.run_main(argv, __doc__, SPLITS, run_split, summary, report, OUT)


if __name__ == "__main__":
    main()
