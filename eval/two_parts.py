"""Two players in one stem: does the reading say "a lead line over chords" where a melody and a chordal
part are summed into one stem, and only there?

    python -m eval.two_parts            # render (cached), ingest, read every window; dev and held-out figures
    python -m eval.two_parts --dev      # the dev half only (where constants may be chosen)

Material, written here and rendered with FluidSynth (two soundfonts): a melody and a chord part summed into
one ``guitar.wav`` (beside a drum stem that gives the beat), in several GM pairings (clean or jazz guitar
over a strummed or picked guitar, piano over piano, a piano or guitar lead over an organ, a synth lead
over a pad), with the chords strummed, held as pads or stabbed; and, as negatives, the chord part alone,
the melody alone, a comp whose top note moves with its voicing (every note struck together), broken
chords (an arpeggio), and a boom-chick comp (a root picked alone between chords). The truth is how each
piece was written (both parts present or not); no threshold of the code is read here.

Split: alternate blocks of eight pieces (one of each kind of the cycle): pieces 0-7, 16-23 and 32-39 are dev
(constants were chosen on them), 8-15, 24-31 and 40-47 held out (read once, at the end).
Accuracy over windows with 95 % bootstrap intervals over pieces (:func:`eval.metrics.bootstrap_ci`),
beside two baselines: today's reading (which never says it) and a band of the part's chord-stroke share
(``chord_onset_share`` between two bounds fitted on the dev half: a stem that mixes single notes and
chords is two parts).
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pretty_midi
import soundfile as sf

from eval.material import CACHE
from eval.metrics import bootstrap_ci

TWO_CACHE = CACHE / "two_parts"
SOUNDFONTS = (None, Path(pretty_midi.__file__).resolve().parent / "TimGM6mb.sf2")  # None: the server's default
KINDS = ("lead", "lead", "lead", "chords", "line", "comp", "arpeggio", "boomchick")  # positives: 3 of 8
# (lead program, chord program): guitars 24-31, piano 0, organ 16, synth leads 80/81 over pads 88/89
PAIRINGS = ((26, 25), (27, 29), (0, 0), (0, 16), (26, 16), (80, 88), (81, 89), (24, 27))
CHORD_STYLES = ("strum", "pads", "stabs", "eighths")
IONIAN, AEOLIAN = (0, 2, 4, 5, 7, 9, 11), (0, 2, 3, 5, 7, 8, 10)
BARS = 8
N_PIECES = 48


@dataclass(frozen=True)
class Piece:
    index: int
    kind: str  # lead (both parts) | chords | line | comp | arpeggio | boomchick
    lead_program: int
    chord_program: int
    style: str  # how the chords are played (lead, chords)
    tonic: int
    minor: bool
    bpm: float
    soundfont: int
    seed: int

    @property
    def name(self) -> str:
        return f"two_{self.index:02d}_{self.kind}_{self.style}_{self.lead_program}_{self.chord_program}"

    @property
    def split(self) -> str:
        return "dev" if (self.index // len(KINDS)) % 2 == 0 else "held_out"

    @property
    def two_parts(self) -> bool:
        return self.kind == "lead"


def pieces() -> list[Piece]:
    rng = random.Random(20261207)
    out = []
    for i in range(N_PIECES):
        kind = KINDS[i % len(KINDS)] if i < 40 else ("lead", "comp", "lead", "chords", "lead", "line", "lead", "boomchick")[i - 40]
        lead, chord = PAIRINGS[rng.randrange(len(PAIRINGS))]
        out.append(Piece(i, kind, lead, chord, rng.choice(CHORD_STYLES), rng.randrange(55, 67), rng.random() < 0.5,
                         float(rng.randrange(88, 140)), rng.randrange(2), rng.randrange(10 ** 6)))
    return out


def _triad(tonic: int, scale, degree: int) -> list[int]:
    return [tonic + scale[(degree + k) % 7] + 12 * ((degree + k) // 7) for k in (0, 2, 4)]


def _voicing(tones: list[int], low: int) -> list[int]:
    """A close voicing of ``tones`` (pitch classes) from the first tone at or above ``low``, plus its octave."""
    root = low + (tones[0] - low) % 12
    out = [root]
    for t in tones[1:]:
        out.append(out[-1] + (t - out[-1]) % 12)
    return out + [root + 12]


def write_piece(p: Piece) -> tuple[pretty_midi.PrettyMIDI, list[int], list[int]]:
    """The piece's MIDI: instrument 0 the melody (where written), 1 the chord part, last the drums;
    returns it and the instrument indexes of the stem that is summed (the 'guitar')."""
    rng = random.Random(p.seed)
    beat = 60.0 / p.bpm
    bar = 4 * beat
    scale = AEOLIAN if p.minor else IONIAN
    prog = [0, 3, 4, 0, 5, 3, 4, 0] if not p.minor else [0, 5, 6, 0, 3, 5, 4, 0]
    pm = pretty_midi.PrettyMIDI(initial_tempo=p.bpm)
    lead = pretty_midi.Instrument(program=p.lead_program, name="lead")
    chords = pretty_midi.Instrument(program=p.chord_program, name="chords")
    low = p.tonic - 12 + rng.randrange(-2, 3)  # the chords' lowest note, about an octave under the tonic
    spread_s = 0.015 if p.chord_program in range(24, 32) else 0.0  # a strum's strings follow one another

    def chord_at(t: float, dur: float, tones: list[int], vel: int, voicing: list[int] | None = None) -> None:
        for k, n in enumerate(voicing or _voicing(tones, low)):
            chords.notes.append(pretty_midi.Note(vel + rng.randrange(-6, 6), n, t + k * spread_s, t + dur))

    top_prev = None
    for b in range(BARS):
        t0 = b * bar
        deg = prog[b % len(prog)]
        tones = [x % 12 for x in _triad(p.tonic, scale, deg)]
        vel = rng.randrange(58, 76)
        if p.kind in ("lead", "chords"):
            if p.style == "pads":
                chord_at(t0, bar * 0.98, tones, vel)
            elif p.style == "strum":
                for k, frac in enumerate((0, 1, 1.5, 2, 3)):
                    chord_at(t0 + frac * beat, beat * (0.9 if frac == int(frac) else 0.45), tones, vel - 8 * (k % 2))
            elif p.style == "stabs":
                for frac in (0.5, 1.5, 2.5, 3.5):
                    chord_at(t0 + frac * beat, beat * 0.3, tones, vel)
            else:  # eighths
                for k in range(8):
                    chord_at(t0 + k * beat / 2, beat * 0.45, tones, vel - 6 * (k % 2))
        elif p.kind == "comp":  # a comp whose top note moves with the voicing: every note of each chord together
            for frac, dur in ((0, 1.4), (1.5, 0.9), (2.5, 0.4), (3, 0.9)):
                voices = _voicing(tones, low)[:3]
                inv = rng.randrange(3)
                voicing = sorted(voices[inv:] + [v + 12 for v in voices[:inv]])
                top = voicing[-1]
                if top_prev is not None and abs(top - top_prev) > 7:
                    voicing = [v - 12 if top - top_prev > 0 else v + 12 for v in voicing]
                top_prev = voicing[-1]
                chord_at(t0 + frac * beat, beat * dur, tones, vel, voicing)
        elif p.kind == "arpeggio":
            voices = _voicing(tones, low + 7)
            pattern = [0, 1, 2, 3, 2, 1, 0, 1]
            for k in range(8):
                n = voices[pattern[k]]
                chords.notes.append(pretty_midi.Note(vel, n, t0 + k * beat / 2, t0 + (k + 1) * beat / 2))
        elif p.kind == "boomchick":
            root = low + (tones[0] - low) % 12
            for k in range(4):
                if k % 2 == 0:
                    n = root - 12 + (7 if k == 2 else 0)
                    chords.notes.append(pretty_midi.Note(vel + 8, n, t0 + k * beat, t0 + (k + 0.8) * beat))
                else:
                    chord_at(t0 + k * beat, beat * 0.6, tones, vel)
    if p.kind in ("lead", "line"):
        _melody(p, lead, scale, beat, rng)
    drums = pretty_midi.Instrument(program=0, is_drum=True, name="drums")
    for b in range(BARS):
        for k in range(8):
            t = b * bar + k * beat / 2
            drums.notes.append(pretty_midi.Note(70, 42, t, t + 0.05))
            if k in (0, 4):
                drums.notes.append(pretty_midi.Note(100, 36, t, t + 0.05))
            if k in (2, 6):
                drums.notes.append(pretty_midi.Note(95, 38, t, t + 0.05))
    pm.instruments = [i for i in (lead, chords) if i.notes] + [drums]
    return pm, list(range(len(pm.instruments) - 1)), [len(pm.instruments) - 1]


def _melody(p: Piece, lead: pretty_midi.Instrument, scale, beat: float, rng: random.Random) -> None:
    """A melody a player phrases: mostly steps with some leaps, eighths to half notes, a rest between
    two-bar phrases; an octave over the chords, or (a Shadows-style twang lead) among them."""
    degrees = [(p.tonic + 12 * (1 if rng.random() < 0.7 else 0) - 12) + s for s in scale] + \
              [(p.tonic + 12 * (1 if rng.random() < 0.7 else 0)) + s for s in scale]
    degrees = sorted(set(degrees))
    i = len(degrees) // 2
    t = 0.0
    end = BARS * 4 * beat
    while t < end - beat / 2:
        phrase_end = t + 2 * 4 * beat - rng.choice((1.0, 1.5, 2.0)) * beat
        while t < min(phrase_end, end - beat / 2):
            dur = rng.choice((0.5, 0.5, 1.0, 1.0, 1.5, 2.0)) * beat
            move = rng.choice((-1, -1, 1, 1, -2, 2, 0, 3, -3))
            i = int(np.clip(i + move, 0, len(degrees) - 1))
            lead.notes.append(pretty_midi.Note(rng.randrange(84, 104), degrees[i], t, t + dur * 0.95))
            t += dur
        t = np.ceil((t + 0.5 * beat) / (4 * beat)) * 4 * beat if t < end else t


def render(p: Piece, cache: Path = TWO_CACHE) -> Path:
    """<cache>/<name>/{guitar,drums}.wav (the melody and the chords summed into the guitar stem), cached."""
    from analysis.config import SAMPLE_RATE_HZ
    from analysis.midi_source import MidiStem, find_soundfont, read_midi, render_stems

    folder = cache / p.name
    if (folder / "truth.json").is_file():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    pm, summed, drums = write_piece(p)
    midi = folder / "song.mid"
    pm.write(str(midi))
    pm2, by_stem = read_midi(midi)
    played = [n for name, s in by_stem.items() if name != "drums" for n in s.notes]  # (its length: the render's)
    stems = {"guitar": MidiStem("guitar", [], played, summed),
             "drums": by_stem["drums"]}
    audio, renderer = render_stems(pm2, stems, find_soundfont(SOUNDFONTS[p.soundfont]))
    for name, a in audio.items():
        sf.write(str(folder / f"{name}.wav"), a.T, SAMPLE_RATE_HZ, subtype="PCM_16")
    (folder / "truth.json").write_text(json.dumps({"kind": p.kind, "two_parts": p.two_parts, "renderer": renderer,
                                                   "bpm": p.bpm, "bars": BARS}))
    return folder


def windows(p: Piece) -> list[tuple[float, float]]:
    """Two windows of four bars each."""
    bar = 4 * 60.0 / p.bpm
    return [(0.0, 4 * bar), (4 * bar, 8 * bar - 0.05)]


def read_all(split: str | None, home: Path) -> list[dict]:
    from analysis.config import Settings
    from analysis.library import Library
    from eval.truth import load_all
    from heuristics.window import analyze_window

    todo = [p for p in pieces() if split is None or p.split == split]
    lib = Library(Settings(home=home, allowed_roots=[CACHE.resolve()], ingest_workers=1, max_duration_s=1200))
    rows = []
    for p in todo:
        folder = render(p)
        tid = load_all(lib, [(p.name, folder, p.name)])[p.name]
        for a, z in windows(p):
            w = analyze_window(lib, tid, ["guitar"], a, z)
            g = next(x for x in w.presence if x.stem == "guitar")
            rows.append({"piece": p.name, "split": p.split, "kind": p.kind, "truth": p.two_parts,
                         "said": bool(g.line_over_chords), "playing": g.playing,
                         "chord_onset_share": g.chord_onset_share})
    return rows


def accuracy(rows: list[dict], key: str = "said") -> float:
    return float(np.mean([r[key] == r["truth"] for r in rows])) if rows else float("nan")


def band_baseline(dev: list[dict]) -> tuple[float, float]:
    """The chord-stroke-share band [lo, hi] that is most accurate on the dev rows."""
    grid = np.round(np.arange(0.0, 1.01, 0.05), 2)
    best = max(((lo, hi) for lo in grid for hi in grid if hi >= lo),
               key=lambda b: (accuracy([dict(r, band=_in_band(r, b)) for r in dev], "band"), -(b[1] - b[0])))
    return float(best[0]), float(best[1])


def _in_band(r: dict, band: tuple[float, float]) -> bool:
    s = r["chord_onset_share"]
    return s is not None and band[0] <= s <= band[1]


def report(rows: list[dict], band: tuple[float, float]) -> None:
    for r in rows:
        r["band"], r["today"] = _in_band(r, band), False
    for split in ("dev", "held_out"):
        part = [r for r in rows if r["split"] == split]
        if not part:
            continue
        print(f"== {split}: {len({r['piece'] for r in part})} pieces, {len(part)} windows "
              f"({sum(r['truth'] for r in part)} with two parts)")
        for key, label in (("said", "line over chords (this reading)"), ("today", "baseline: today (never says it)"),
                           ("band", f"baseline: chord_onset_share in [{band[0]:.2f}, {band[1]:.2f}]")):
            acc = accuracy(part, key)
            lo, hi = bootstrap_ci(part, lambda rs, k=key: accuracy(rs, k), lambda r: r["piece"])
            pos = [r for r in part if r["truth"]]
            neg = [r for r in part if not r["truth"]]
            print(f"  {label:52s} accuracy {acc:.3f} [{lo:.3f}, {hi:.3f}]  recall {np.mean([r[key] for r in pos]):.3f}"
                  f"  false claims {sum(r[key] for r in neg)}/{len(neg)}")
        for kind in sorted({r["kind"] for r in part}):
            ks = [r for r in part if r["kind"] == kind]
            print(f"    {kind:10s} said {sum(r['said'] for r in ks)}/{len(ks)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", action="store_true", help="the dev half only")
    ap.add_argument("--home", default=str(TWO_CACHE / "home"))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    rows = read_all("dev" if args.dev else None, Path(args.home))
    if args.verbose:
        for r in rows:
            print(r)
    band = band_baseline([r for r in rows if r["split"] == "dev"])
    report(rows, band)


if __name__ == "__main__":
    main()
