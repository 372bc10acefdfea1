"""The song's key against its relative: the chord timeline's home (analysis.tonal.relative_by_chords) against
the key as read before it (the three profiles' vote, moved to the relative where the bass weighs its tonic more
overall and in the last seconds), on tracks the other benchmarks already ingested.

    python -m eval.home_key            # every stored track with a key in its score

(run eval.frames, eval.gen_bench and eval.answers first: their homes hold the ingested tracks read here)

Material and truth (the key each song was written in; nothing here reads the code's thresholds):
- ``frames``: the frozen frames test songs, clean and degraded (eval/frame_test_songs.py: tonic and mode of each
  Band). ft_ballad_csm76 is **dev**: the rule was written after its C sharp minor read E major (both copies).
- ``gen``: generation's MIDI bands in eval/gen_material's home (their Band's tonic and mode): test.
- ``answers``: the answers benchmark's scenarios (eval/answer_songs.py: each Scenario's key) and GuitarSet's
  lead sheet key (truth.json): test.

Every track is read from its home's database: the stored key and chord timeline. The rule is applied to the key as
read before it (``before_chords`` where the ingest already moved it), so old and new ingests read alike.

Metric: key right (tonic and mode), the mean over songs with a 95 % bootstrap interval over songs (a song's clean
and degraded copies resampled together). Baselines: the key before the rule (today's method until 2026-12-05), and
the longest-sounding chord of the timeline as the tonic (the simplest chord rule).
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
from pathlib import Path

from eval.material import CACHE
from eval.metrics import mean_ci

DEV = {"ft_ballad_csm76"}
NAMES = ["C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"]
SEMITONE = {"C": 0, "C#": 1, "Db": 1, "D": 2, "D#": 3, "Eb": 3, "E": 4, "F": 5, "F#": 6, "Gb": 6, "G": 7, "G#": 8,
            "Ab": 8, "A": 9, "A#": 10, "Bb": 10, "B": 11}


def _key(label: str | None) -> tuple[int, str] | None:
    """'C# minor' -> (1, 'minor')."""
    m = re.match(r"^([A-G][#b]?) (major|minor)$", label or "")
    return (SEMITONE[m.group(1)], m.group(2)) if m else None


def truths() -> dict[str, tuple[str, str, tuple[int, str]]]:
    """title -> (piece, material, (tonic, mode)) for every stored title this benchmark knows the key of."""
    from eval.answer_songs import SPLITS, scenarios
    from eval.frame_test_songs import TEST_SONGS
    from eval.frames import title
    from eval.gen_material import _bands
    from eval.truth import REAL

    out = {}
    for band, _ in TEST_SONGS:
        k = (band.tonic % 12, "minor" if band.minor else "major")
        out[title("clean", band.name)] = (band.name, "frames", k)
        out[title("degraded", band.name + "_degraded")] = (band.name, "frames", k)
    for band, _ in _bands():
        out[f"gen-synthetic-{band.name}"] = (band.name, "gen", (band.tonic % 12, "minor" if band.minor else "major"))
    for split in SPLITS:
        for sc in scenarios(split):
            out[f"answers-{sc.name}"] = (sc.name, "answers", _key(sc.key))
    gs = REAL / "guitarset_00_BN1-129-Eb_comp" / "truth.json"
    if gs.is_file():
        out["answers-real_guitarset"] = ("real_guitarset", "answers", _key(json.loads(gs.read_text()).get("key")))
    return {t: v for t, v in out.items() if v[2] is not None}


HOMES = ("frames_home", "gen_home", "answers_home")


def stored(home: Path) -> list[tuple[str, dict, list[dict]]]:
    """(title, stored key, chord rows) of every ready track in a home's database."""
    db = home / "stemsense.db"
    if not db.is_file():
        return []
    con = sqlite3.connect(db)
    try:
        out = []
        for tid, title in con.execute("select track_id, title from tracks where state = 'ready'"):
            row = con.execute("select value_json from track_analysis where track_id = ? and name = 'key'",
                              (tid,)).fetchone()
            if row is None:
                continue
            chords = [dict(start_s=a, end_s=b, label=c) for a, b, c in
                      con.execute("select start_s, end_s, label from chords where track_id = ? order by start_s",
                                  (tid,))]
            out.append((title, json.loads(row[0]), chords))
        return out
    finally:
        con.close()


def before(key: dict) -> dict:
    """The stored key as read before the chords' rule (the rule's own record undone)."""
    k = dict(key)
    if "before_chords" in k:
        pc, mode = _key(k["before_chords"])
        tonic = k["before_chords"].split()[0]
        k.update(label=k.pop("before_chords"), tonic=tonic, scale=mode, pitch_class=pc)
    k.pop("chord_evidence", None)
    return k


def longest_chord(chords: list[dict]) -> tuple[int, str] | None:
    """The baseline: the chord that sounds longest over the song, as its key."""
    from analysis.tonal import chord_tonic

    held: dict[tuple[int, bool], float] = {}
    for r in chords:
        c = chord_tonic(r["label"])
        if c is not None:
            held[c] = held.get(c, 0.0) + float(r["end_s"]) - float(r["start_s"])
    if not held:
        return None
    pc, minor = max(held, key=held.get)
    return pc, "minor" if minor else "major"


def run() -> dict:
    from analysis.tonal import relative_by_chords

    known, rows = truths(), []
    for home in HOMES:
        for title, key, chords in stored(CACHE / home):
            if title not in known:
                continue
            piece, material, truth = known[title]
            old = before(key)
            new = relative_by_chords(dict(old), chords)
            split = "dev" if piece in DEV else "test"
            rows.append({"title": title, "piece": piece, "material": material, "split": split,
                         "truth": f"{NAMES[truth[0]]} {truth[1]}", "before": old["label"], "rule": new["label"],
                         "longest_chord": (lambda k: k and f"{NAMES[k[0]]} {k[1]}")(longest_chord(chords)),
                         "evidence": new.get("chord_evidence"),
                         "before_ok": _key(old["label"]) == truth, "rule_ok": _key(new["label"]) == truth,
                         "longest_ok": longest_chord(chords) == truth})
    out = {"rows": rows}
    for split in ("test", "dev"):
        sel = [r for r in rows if r["split"] == split]
        for m in ("rule", "before", "longest"):
            mean, lo, hi = (mean_ci(sel, lambda r, m=m: float(r[f"{m}_ok"]), lambda r: r["piece"]) if sel
                            else (None,) * 3)
            out[f"{split}:{m}"] = {"n": len(sel), "right": None if mean is None else round(mean, 3),
                                   "ci": None if lo is None or lo != lo else [round(lo, 3), round(hi, 3)]}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "home_key.json")
    args = ap.parse_args(argv)
    out = run()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1))
    for r in out["rows"]:
        if not (r["rule_ok"] and r["before_ok"]):
            print(f"{r['title']:44s} truth {r['truth']:9s} before {r['before']:9s} rule {r['rule']:9s} "
                  f"longest {r['longest_chord']}  {r['evidence']}")
    for split in ("test", "dev"):
        print(split + ": " + "  ".join(f"{m} {out[f'{split}:{m}']['right']} {out[f'{split}:{m}']['ci']}"
                                       for m in ("rule", "before", "longest")) + f"  (n={out[f'{split}:rule']['n']})")


if __name__ == "__main__":
    main()
