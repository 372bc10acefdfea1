"""A track's last beats where the tracker drifts off its tempo: the beat grid's tail against the truth.

    python -m eval.grid_tail            # every item: beat F over the track and over its last quarter

The tracker (Essentia's RhythmExtractor2013) can tick a sparse tail -- an outro of held chords, a chord a bar and
nothing struck between -- at another period than the one it held all song: ft_ballad_eb54's outro, 120 BPM in the
score, was ticked at 103 and then 97 from 50 s, so the last bars' chords were charted across the wrong bar lines
(round 99's cv07, dev for the rule). :func:`analysis.rhythm.steady_tail` re-grids such a tail at the track's period
where the new grid lands on the tail's onsets at least as often as the tracker's did.

Truth: the beats of the scores (the frames songs, clean and degraded; the meter benchmark's final split; the
answers benchmark's scenarios, from their MIDI) and the annotated beats of ../shared/real. Each item's mix of
stems is read by :func:`analysis.rhythm.estimate_grid` with the rule and without it (the baseline: the grid before
it), and beside both the strongest simple rule: a metronome at the tracker's median period from its first beat.
Beat F (mir_eval, ±70 ms) over the whole track and over its last quarter; 95 % bootstrap over items. Split: dev
(ft_ballad_eb54 is the rule's material; no item here was held out for it).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from eval.material import CACHE
from eval.meter import beat_f, mixes, real_items
from eval.metrics import bootstrap_ci

OUT = Path(__file__).resolve().parent / "out" / "grid_tail.md"
LAST = 0.25  # the tail read: the track's last quarter


def items() -> list[tuple[str, Path, list[float]]]:
    """(name, folder of stems, truth beats) for every item with truth beats that is on this machine."""
    import pretty_midi

    out = []
    for group in ("frames_test", "frames_test_degraded", "meter/final"):
        for folder in sorted((CACHE / group).glob("*")):
            if (folder / "truth.json").is_file():
                beats = json.loads((folder / "truth.json").read_text()).get("beats_s")
                if beats:
                    out.append((f"{group}/{folder.name}", folder, beats))
    for folder in sorted((CACHE / "answers").glob("*")):
        if (folder / "song.mid").is_file():
            out.append((f"answers/{folder.name}", folder,
                        pretty_midi.PrettyMIDI(str(folder / "song.mid")).get_beats().tolist()))
    out += [(f"real/{name}", folder, truth["beats_s"]) for name, folder, truth in real_items()]
    return out


def tail_f(ref: list[float], est: np.ndarray, duration: float) -> float:
    """Beat F over the last LAST of the track (both lists cut there); nan where the truth has under four beats."""
    cut = duration * (1.0 - LAST)
    r = np.asarray([t for t in ref if t >= cut])
    return beat_f(r, est[est >= cut]) if len(r) >= 4 else float("nan")


def rows() -> list[dict]:
    from analysis import rhythm

    out = []
    for name, folder, ref in items():
        mix, low = mixes(folder)
        duration = len(mix) / 44100.0
        grids = {"rule": rhythm.estimate_grid(mix, low), "before": rhythm.estimate_grid(mix, low, tail_rule=False)}
        before = grids["before"].beats_s
        period = float(np.median(np.diff(before))) if len(before) > 1 else 0.5
        metronome = before[0] + period * np.arange(int((duration - before[0]) / period) + 1) if len(before) else before
        row = {"item": name, "touched": "tail_regridded" in grids["rule"].evidence}
        for key, beats in (("rule", grids["rule"].beats_s), ("before", before), ("metronome", metronome)):
            row[f"{key}_f"] = beat_f(ref, beats)
            row[f"{key}_tail_f"] = tail_f(ref, np.asarray(beats), duration)
        out.append(row)
    return out


def report(rs: list[dict]) -> str:
    def mean(key):
        return lambda sub: float(np.nanmean([r[key] for r in sub])) if sub else float("nan")
    lines = [f"# The beat grid's tail (dev): {len(rs)} items, {sum(r['touched'] for r in rs)} re-gridded by the rule",
             "", "| method | beat F, whole track [95 %] | beat F, last quarter [95 %] |", "|---|---|---|"]
    for key, label in (("rule", "tracker + steady tail (now)"), ("before", "tracker alone (before)"),
                       ("metronome", "metronome at the tracker's median period")):
        cells = []
        for k in (f"{key}_f", f"{key}_tail_f"):
            sub = [r for r in rs if not np.isnan(r[k])]
            lo, hi = bootstrap_ci(sub, mean(k), lambda r: r["item"])
            cells.append(f"{mean(k)(sub):.3f} [{lo:.3f}, {hi:.3f}]")
        lines.append(f"| {label} | {cells[0]} | {cells[1]} |")
    lines += ["", "Items the rule re-gridded (whole / last quarter, before -> now):"]
    lines += [f"- {r['item']}: {r['before_f']:.3f} -> {r['rule_f']:.3f} / {r['before_tail_f']:.3f} -> "
              f"{r['rule_tail_f']:.3f}" for r in rs if r["touched"]] or ["- none"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args(argv)
    text = report(rows())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
