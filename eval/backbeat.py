"""The snare against the kick inside the kit: a laid-back or pushed backbeat (DrumPattern.snare_vs_kick).

    python -m eval.backbeat            # planted offsets on rendered kits, and the real kits' windows
    python -m eval.backbeat --quick    # two kits of one soundfont (a smoke run)

Planted: a kit (kick on one and three and the 'and' of two every other bar, the snare on two and four, hats on every
eighth or only between the beats) rendered with FluidSynth in GM drum kits 0, 8, 16 and 25 of every installed
soundfont, at two tempi, with every snare stroke written early or late by a planted offset (-30 to +30 ms). The hits
are read as the ingest reads them (``stem_analysis.drum_events``) and measured against the written beats (the drum
reading alone, not the beat tracker). **Dev**: its first reading (hats on every eighth, FluidR3's kits 0 and 8) showed
a snare written late under a hat's stroke read at the hat's onset, and the hedge for a hat that keeps the eighths was
made from it; the hats-between-the-beats rows and the other kits and soundfonts were read after.

Real (**dev**: the measurement's steady-line grid and BACKBEAT_FEEL_MS were chosen on these): seven windows of the
five MedleyDB kits in ``../shared/real``, the stored drum hits and beats of eval.answers' home against the
annotations' own difference (their snare or side-stick hits against their beats, less their kicks'). Skipped where
the home or the recordings are absent.

Metric: the median absolute error (ms) of the snare-minus-kick offset, with a 95 % bootstrap interval over kits
(planted) or windows (real); and on the planted rows the word a drummer would read from it (laid back, pushed, on the
beat, neither; or "cannot tell" where the answer hedges, a hat keeping the eighths), per hat pattern: the share right
against the written offset's word (a feel from 15 ms, on the beat under 7.5: the rubric's own constants) and the share
of false claims (a word said and wrong; a hedge is none). Baseline: a rule that always answers "dead on" (0 ms), the
commonest truth on real records.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path

import numpy as np

from eval.material import CACHE
from eval.metrics import mean_ci

PLANTED_MS = (-30.0, -18.0, -9.0, 0.0, 6.0, 13.0, 22.0, 30.0)
TEMPI = (96.0, 132.0)
KITS = (0, 8, 16, 25)
BARS, LEAD_S = 8, 0.5
# a drummer's words for an offset, the rubric's own constants (not the code's): a feel from 15 ms, on the beat under 7.5
FEEL_FROM_MS, ON_UNDER_MS = 15.0, 7.5
REAL_WINDOWS = (("beatles", "SD", 0.0, 30.0), ("country1", "OT", 13.19, 34.74), ("country1", "OT", 0.0, 15.0),
                ("punk", "SD", 0.0, 28.0), ("rock", "SD", 0.0, 13.09), ("shadows", "SD", 0.0, 30.0),
                ("shadows", "SD", 3.0, 20.0))


HATS = ("eighths", "ands")


def drummer_word(offset_ms: float) -> str:
    return "laid back" if offset_ms >= FEEL_FROM_MS else "pushed" if offset_ms <= -FEEL_FROM_MS else \
        "on" if abs(offset_ms) < ON_UNDER_MS else "none"


def render_kit(font: str, program: int, bpm: float, snare_ms: float, cache: Path, hats: str = "eighths") -> np.ndarray:
    """The kit's stem: kicks on one and three (and the 'and' of two every other bar), hats on every eighth or only
    between the beats (``hats``), the snare on two and four moved by ``snare_ms`` (cached)."""
    import pretty_midi
    import soundfile as sf

    from eval.offsets import SOUNDFONTS, _render

    path = cache / f"kit_{font}_{program}_{int(bpm)}_{snare_ms:+.0f}{'' if hats == 'eighths' else '_' + hats}.wav"
    if path.is_file():
        return sf.read(str(path), dtype="float32")[0]
    beat = 60.0 / bpm
    pm = pretty_midi.PrettyMIDI(initial_tempo=bpm)
    inst = pretty_midi.Instrument(program, is_drum=True)
    for bar in range(BARS):
        t0 = LEAD_S + 4 * beat * bar
        for t in [t0, t0 + 2 * beat] + ([t0 + 1.5 * beat] if bar % 2 else []):
            inst.notes.append(pretty_midi.Note(105, 36, t, t + 0.1))
        for s in (1, 3):
            t = t0 + s * beat + snare_ms / 1000.0
            inst.notes.append(pretty_midi.Note(100, 38, t, t + 0.1))
        for e in range(8) if hats == "eighths" else range(1, 8, 2):
            t = t0 + e * beat / 2
            inst.notes.append(pretty_midi.Note(80 if e % 2 == 0 else 60, 42, t, t + 0.05))
    pm.instruments.append(inst)
    cache.mkdir(parents=True, exist_ok=True)
    return _render(pm, SOUNDFONTS[font], path)


def read(audio: np.ndarray, bpm: float):
    """The snare against the kick as the ingest's drum reading and the window's measurement read them."""
    from analysis.stem_analysis import drum_events
    from heuristics.describe import snare_against_kick

    hits = drum_events(audio)
    beats = LEAD_S + np.arange(4 * BARS) * 60.0 / bpm
    return snare_against_kick(np.array([h.time_s for h in hits]), np.array([h.pitch for h in hits]), beats)


def planted(quick: bool = False) -> list[dict]:
    from eval.offsets import installed_fonts

    fonts = list(installed_fonts())[:1] if quick else list(installed_fonts())
    kits = KITS[:2] if quick else KITS
    rows = []
    for font in fonts:
        for program in kits:
            for bpm in TEMPI:
                for hats in HATS:
                    for ms in PLANTED_MS:
                        got = read(render_kit(font, program, bpm, ms, CACHE / "backbeat", hats), bpm)
                        said = said_word(got)
                        rows.append({"kit": f"{font}:{program}", "bpm": bpm, "hats": hats, "planted_ms": ms,
                                     "read_ms": None if got is None else got.offset_ms, "said": said,
                                     "right": said == drummer_word(ms),
                                     "false": said not in ("cannot tell", "none") and said != drummer_word(ms),
                                     "base_right": drummer_word(ms) == "on", "base_false": drummer_word(ms) != "on"})
    return rows


def said_word(got) -> str:
    """The word the answer says (frames.findings' backbeat sentence, read by its own rule: a hedge where a hat keeps
    the eighths and the snare is not read early)."""
    from heuristics.describe import BACKBEAT_FEEL_MS

    if got is None:
        return "cannot tell"
    if got.with_cymbal and got.offset_ms > -BACKBEAT_FEEL_MS:
        return "cannot tell"
    return drummer_word(got.offset_ms)


def real() -> list[dict]:
    """The stored hits and beats of eval.answers' home against the annotations, per window."""
    from eval.truth import REAL
    from heuristics.describe import snare_against_kick

    db = CACHE / "answers_home" / "stemsense.db"
    if not db.is_file() or not REAL.is_dir():
        return []
    con = sqlite3.connect(db)
    rows = []
    try:
        for song, label, a, z in REAL_WINDOWS:
            hit = con.execute("select track_id from tracks where title = ?", (f"answers-real_musicdelta_{song}",)).fetchone()
            folder = REAL / f"musicdelta_{song}" / "annotations"
            if hit is None or not folder.is_dir():
                continue
            notes = con.execute("select time_s, pitch from notes where track_id = ? and stem = 'drums' and time_s >= ? "
                                "and time_s < ?", (hit[0], a, z)).fetchall()
            beats = [t for (t,) in con.execute("select time_s from beats where track_id = ? and time_s >= ? and "
                                               "time_s < ? order by time_s", (hit[0], a, z))]
            got = snare_against_kick(np.array([t for t, _ in notes]), np.array([p for _, p in notes]), np.array(beats))
            ann_beats = np.loadtxt(next(folder.glob("*.beats")))[:, 0]
            marks = [line.split() for line in open(next(folder.glob("*_class.txt")))]

            def on_beat(cls: str) -> np.ndarray:
                t = np.array([float(x) for x, c in marks if c == cls and a <= float(x) < z])
                d = t - ann_beats[np.argmin(np.abs(ann_beats[None, :] - t[:, None]), axis=1)]
                return d[np.abs(d) <= 0.06] * 1000.0
            truth = float(np.median(on_beat(label)) - np.median(on_beat("KD")))
            rows.append({"window": f"{song} {a:g}-{z:g} s", "truth_ms": round(truth, 1),
                         "read_ms": None if got is None else got.offset_ms})
    finally:
        con.close()
    return rows


def _errors(rows: list[dict], truth: str) -> list[dict]:
    return [dict(r, err=abs(r["read_ms"] - r[truth]), base_err=abs(r[truth])) for r in rows if r["read_ms"] is not None]


def report(planted_rows: list[dict], real_rows: list[dict]) -> dict:
    out = {"planted": planted_rows, "real": real_rows}
    for name, rows, truth, group in (("planted", planted_rows, "planted_ms", "kit"), ("real", real_rows, "truth_ms",
                                                                                      "window")):
        err = _errors(rows, truth)
        for key, label in (("err", "read"), ("base_err", "always dead on")):
            med = [float(np.median([r[key] for r in err]))] if err else []
            _, lo, hi = mean_ci(err, lambda r, k=key: r[k], lambda r: r[group]) if err else (None, None, None)
            out[f"{name}:{label}"] = {"n": len(err), "median_abs_err_ms": round(med[0], 1) if med else None,
                                      "ci_of_mean": None if lo is None or lo != lo else [round(lo, 1), round(hi, 1)]}
        if name == "planted" and rows:
            for hats in HATS:
                sel = [r for r in rows if r["hats"] == hats]
                for key in ("right", "false", "base_right", "base_false"):
                    out[f"planted:{hats}:{key}"] = round(float(np.mean([r[key] for r in sel])), 3) if sel else None
            out["planted:unread"] = sum(r["read_ms"] is None for r in rows)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "backbeat.json")
    args = ap.parse_args(argv)
    out = report(planted(args.quick), real())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1))
    for k, v in out.items():
        if k not in ("planted", "real"):
            print(f"{k:32s} {v}")


if __name__ == "__main__":
    main()
