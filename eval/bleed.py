"""Spill without false alarms: is another stem's sound in this stem, or only the stem's own decay?

    python -m eval.bleed                       # the six test tracks, clean and with bleed (seven variants)
    python -m eval.bleed --quick               # two test tracks: clean, -15 dB, -20 dB and the room copy at -15 dB
    python -m eval.bleed --split calibration   # the six tracks the SPILL_ constants were fitted on

Material (truth = how it was built, not a threshold of the code): arrangements written here and
rendered with FluidSynth (no reverb, no chorus), one instrument per stem file, so a **clean** stem holds
only its own instrument: sustained pianos with the pedal down through each chord, pads with long
releases (GM 88-95), strings, organs, electric pianos, guitars, basses, a kit, voice-like leads and a
choir (twelve tracks, 15 instruments a split); the piano lets chords ring out under a loud bass and kit,
and plays pianissimo against them; five tracks end on a drumless coda where the guitar (or piano) holds
each chord from the bass's own note up, struck with the bass and left to decay with it. The same stems then
get real **bleed**: the sum of the other stems added at -15, -20, -25 and -30 dB (direct), and a **room** copy (each other stem delayed 8-33 ms,
band-limited 90 Hz - 5 kHz, with two early reflections) at -15 and -20 dB.

Each variant is loaded through the real Library as a folder of stems (what the server sees), and
every stem is read in 8 s windows (hop 4 s): ``spill_ratio`` (the share of the window's sounding frames
that hold other stems' sound) against the claim level ``SPILL_CLAIM`` (the share at which a summary says
a stem is mostly spill), beside the baseline, ``bleed_ratio`` (residue: others' bleed, a noise floor,
the stem's own tails), which the spill caution read before. A window counts as holding bleed when the
added bleed is audible (above silence) in at least half of the stem's sounding frames there.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np
import pretty_midi
import soundfile as sf

from analysis.config import SAMPLE_RATE_HZ, Settings
from analysis.core.vocabulary import PITCH_CLASS
from eval.arrangements import HAT, KICK, SNARE, _add, _voicing
from eval.material import CACHE, write_stem_wavs
from eval.metrics import bootstrap_ci

BLEED_CACHE = CACHE / "bleed"
SPILL_CLAIM = 0.3  # frames/findings.py: a stem is said to be mostly spill at this share of its sounding frames
WINDOW_S, HOP_S = 8.0, 4.0
CRASH = 49


# -- material ------------------------------------------------------------------------------
def _pedal(inst: pretty_midi.Instrument, down_s: float, up_s: float) -> None:
    inst.control_changes += [pretty_midi.ControlChange(64, 127, float(down_s)), pretty_midi.ControlChange(64, 0, float(up_s))]


# Each track: its split, its stems' GM programs (a stem file per instrument), tempo, progression (one
# chord a bar; ``coda``: three last bars where bass, chords and voice hold one chord together, added
# 2026-12-02 after a clean guitar doubling the bass was called spill). The calibration tracks fitted the
# SPILL_ constants (analysis/stem_analysis.py); the test tracks (other instruments, tempi and keys) are the
# ones reported.
TRACKS = {
    # calibration
    "ballad": dict(split="calibration", tempo=76, programs=dict(piano=0, other=89, bass=33, vocals=85, guitar=24),
                   drums=True, chords=["C:maj", "A:min", "F:maj", "G:maj", "E:min", "A:min", "D:min", "G:maj"]),
    "soul": dict(coda=1, split="calibration", tempo=92,
                 programs=dict(piano=4, other=48, bass=34, vocals=53, guitar=27), drums=True,
                 chords=["D:min", "G:maj", "C:maj", "A:min", "F:maj", "E:min", "D:min", "A:maj"]),
    "gospel": dict(split="calibration", tempo=68, programs=dict(piano=1, other=19, bass=38, vocals=52), drums=True,
                   chords=["F:maj", "Bb:maj", "D:min", "C:maj", "G:min", "A:min", "Bb:maj", "C:maj"]),
    "ambient": dict(coda=1, split="calibration", tempo=60, programs=dict(piano=0, other=95, bass=39, guitar=26),
                    drums=False,
                    chords=["E:min", "C:maj", "G:maj", "D:maj", "A:min", "C:maj", "E:min", "B:min"]),
    "organ_trio": dict(split="calibration", tempo=104, programs=dict(other=16, bass=32, piano=2), drums=True,
                       chords=["G:maj", "C:maj", "E:min", "D:maj", "A:min", "C:maj", "G:maj", "D:maj"]),
    "pad_piano": dict(split="calibration", tempo=70, programs=dict(piano=0, other=91, bass=33), drums=False,
                      chords=["A:min", "F:maj", "C:maj", "G:maj", "D:min", "F:maj", "A:min", "E:min"]),
    # test
    "nocturne": dict(coda=1, split="test", tempo=66, programs=dict(piano=0, other=88, bass=32, vocals=54),
                     drums=False,
                     chords=["Eb:maj", "C:min", "Ab:maj", "Bb:maj", "G:min", "C:min", "F:min", "Bb:maj"]),
    "motown": dict(coda=1, split="test", tempo=100,
                   programs=dict(piano=5, other=49, bass=33, vocals=53, guitar=28), drums=True,
                   chords=["A:maj", "F#:min", "D:maj", "E:maj", "C#:min", "F#:min", "B:min", "E:maj"]),
    "chapel": dict(split="test", tempo=72, programs=dict(other=20, piano=0, bass=35, vocals=52), drums=True,
                   chords=["G:maj", "E:min", "C:maj", "D:maj", "B:min", "E:min", "A:min", "D:maj"]),
    "halo": dict(coda=1, split="test", tempo=84, programs=dict(other=94, piano=3, bass=36, guitar=25), drums=True,
                 chords=["B:min", "G:maj", "D:maj", "A:maj", "E:min", "G:maj", "B:min", "F#:min"]),
    "bowed": dict(split="test", tempo=58, programs=dict(other=92, piano=0, bass=33, guitar=24), drums=False,
                  chords=["D:maj", "B:min", "G:maj", "A:maj", "F#:min", "B:min", "E:min", "A:maj"]),
    "lounge": dict(split="test", tempo=96, programs=dict(piano=4, other=18, bass=32, vocals=85), drums=True,
                   chords=["C:min", "F:min", "Bb:maj", "Eb:maj", "Ab:maj", "F:min", "G:maj", "C:min"]),
}
QUICK_TRACKS = ("nocturne", "motown")


def arrangement(name: str, seed: int = 0) -> tuple[pretty_midi.PrettyMIDI, dict]:
    """Intro (piano and pad), full band, a breakdown where the piano's chords ring out (pedal down, one
    hit a bar) under a loud bass and kit, a pianissimo piano against them, then the band again.
    Returns the MIDI and what each stem plays (its GM program)."""
    spec = TRACKS[name]
    rng = np.random.default_rng(seed + sum(map(ord, name)))
    bar_s = 4 * 60.0 / spec["tempo"]
    beat_s = bar_s / 4
    pm = pretty_midi.PrettyMIDI(initial_tempo=spec["tempo"])
    pm.time_signature_changes.append(pretty_midi.TimeSignature(4, 4, 0.0))
    inst = {stem: pretty_midi.Instrument(p, name=stem) for stem, p in spec["programs"].items()}
    drums = pretty_midi.Instrument(0, is_drum=True, name="drums") if spec["drums"] else None
    chords = spec["chords"]
    # sections, in bars: intro 2, band 6, breakdown 3 (piano rings, bass + kit loud), pp 3, band 4; a
    # track with a coda ends on three bars without drums where the bass, the chords and the voice hold
    plan = (["intro"] * 2 + ["band"] * 6 + ["ring"] * 3 + ["soft"] * 3 + ["band"] * 4
            + ["coda"] * 3 * spec.get("coda", 0))
    for bar, part in enumerate(plan):
        t0 = bar * bar_s
        label = chords[bar % len(chords)]
        root = PITCH_CLASS[label.split(":")[0]]
        voicing = _voicing(label, 55 + (bar % 3) * 2)
        if part == "coda":
            _coda_bar(inst, label, t0, bar_s)
            continue
        if "piano" in inst:
            p = inst["piano"]
            if part == "ring":  # one chord a bar, held by the pedal: its own decay under a loud band
                _pedal(p, t0 + 0.01, t0 + bar_s - 0.03)
                for k in voicing + [voicing[0] - 12]:
                    _add(p, k, t0, 0.4, 100)
            else:
                vel = 38 if part == "soft" else 84
                _pedal(p, t0 + 0.01, t0 + bar_s - 0.03)
                for half in (0, 2):
                    for k in voicing:
                        _add(p, k, t0 + half * beat_s, 2 * beat_s - 0.05, vel + rng.integers(-6, 7))
                if part != "intro":  # a melody over the chords, long notes
                    for beat in (1, 3):
                        tone = voicing[-1] + 12 + int(rng.choice([0, 2, -1, 3]))
                        _add(p, tone, t0 + beat * beat_s, beat_s * 0.95, vel + 8)
        if "other" in inst:  # pad / strings / organ: whole-bar chords, a long release after each
            o = inst["other"]
            if part != "ring" or bar % 2 == 0:
                for k in _voicing(label, 60):
                    _add(o, k, t0, bar_s * (0.98 if part != "ring" else 0.5), 70 if part != "soft" else 55)
        if part == "intro":
            continue
        loud = part in ("ring", "soft")
        if "bass" in inst:
            b = inst["bass"]
            pitch = 36 + (root - 36) % 12
            for beat, dur in ((0, 1.4), (1.5, 0.45), (2, 0.9), (3, 0.45), (3.5, 0.45)):
                _add(b, pitch + (7 if beat == 3.5 else 0), t0 + beat * beat_s, dur * beat_s, 112 if loud else 92)
        if drums is not None:
            for beat in range(4):
                _add(drums, KICK if beat in (0, 2) else SNARE, t0 + beat * beat_s, 0.1, 118 if loud else 100)
                for e in (0, 0.5):
                    _add(drums, HAT, t0 + (beat + e) * beat_s, 0.05, 70 + 20 * (e == 0))
            if bar % 4 == 2:
                _add(drums, CRASH, t0, 0.3, 100)
        if "vocals" in inst and part == "band":  # a sung line: phrases that breathe
            v = inst["vocals"]
            if bar % 2 == 0:
                for i, beat in enumerate((0, 1, 1.5, 2.5)):
                    tone = _voicing(label, 64)[i % 3] + int(rng.choice([0, 2]))
                    _add(v, tone, t0 + beat * beat_s, beat_s * (0.9 if i < 3 else 1.4), 90)
        if "guitar" in inst and part != "soft":  # arpeggios
            g = inst["guitar"]
            tones = _voicing(label, 52)
            for i in range(8):
                _add(g, tones[i % len(tones)] + 12 * (i % 4 == 3), t0 + i * beat_s / 2, beat_s * 0.9, 72 + rng.integers(-8, 8))
    pm.instruments = list(inst.values()) + ([drums] if drums is not None else [])
    programs = {stem: pretty_midi.program_to_instrument_name(p) for stem, p in spec["programs"].items()}
    if drums is not None:
        programs["drums"] = "standard kit"
    return pm, dict(programs=programs, plan=plan, bar_s=bar_s)


def _coda_bar(inst: dict[str, pretty_midi.Instrument], label: str, t0: float, bar_s: float) -> None:
    """A coda's bar, everyone struck together on the one and left to ring: the bass holds the root, the
    guitar (else the piano) the chord from the bass's own note up, so the two share the root's partials and
    decay together; a pad holds the chord, the voice the fifth. A leak looks like this (a stem's bands
    following another's at a fixed distance); two players holding one chord are not one."""
    root = PITCH_CLASS[label.split(":")[0]]
    low = 36 + (root - 36) % 12
    if "bass" in inst:
        _add(inst["bass"], low, t0, bar_s * 0.97, 100)
    chordal = inst.get("guitar", inst.get("piano"))
    if chordal is not None:
        for k in [low] + _voicing(label, low + 7):
            _add(chordal, k, t0, bar_s * 0.97, 90)
    if "other" in inst:
        for k in _voicing(label, 60):
            _add(inst["other"], k, t0, bar_s * 0.97, 60)
    if "vocals" in inst:
        _add(inst["vocals"], _voicing(label, 67)[-1], t0, bar_s * 0.9, 88)


def render_clean(name: str, cache: Path = BLEED_CACHE) -> tuple[Path, dict]:
    folder = cache / name / "clean"
    if not (folder / "truth.json").is_file():
        pm, truth = arrangement(name)
        write_stem_wavs(pm, folder)
        (folder / "song.mid").unlink()  # a folder of stems: a .mid beside them would be loaded too
        (folder / "truth.json").write_text(json.dumps(truth))
    return folder, json.loads((folder / "truth.json").read_text())


def read_stems(folder: Path) -> dict[str, np.ndarray]:
    return {w.stem: sf.read(str(w), dtype="float32", always_2d=True)[0].mean(axis=1) for w in sorted(folder.glob("*.wav"))}


def room_copy(audio: np.ndarray, delay_ms: float) -> np.ndarray:
    """What a room microphone hears of a source: delayed, band-limited (90 Hz - 5 kHz), with two early
    reflections; scaled to the source's RMS so the bleed level is the mixing gain."""
    from scipy.signal import butter, sosfilt

    sos = butter(2, [90.0, 5000.0], btype="bandpass", fs=SAMPLE_RATE_HZ, output="sos")
    out = np.zeros_like(audio, dtype=np.float64)
    for d_ms, g in ((delay_ms, 1.0), (delay_ms + 11.0, 0.5), (delay_ms + 27.0, 0.3)):
        d = int(d_ms * SAMPLE_RATE_HZ / 1000)
        out[d:] += g * audio[: len(audio) - d]
    out = sosfilt(sos, out)
    return out * np.sqrt(np.mean(audio.astype(np.float64) ** 2)) / (np.sqrt(np.mean(out ** 2)) + 1e-12)


def bleed_variant(clean: Path, dst: Path, gain_db: float, room: bool, into: tuple[str, str] | None = None) -> None:
    """Every stem (or only ``into = (target, source)``) with the other stems' audio added at ``gain_db``."""
    dry = read_stems(clean)
    dst.mkdir(parents=True, exist_ok=True)
    gain = 10 ** (gain_db / 20)
    delays = {name: 8.0 + 5.0 * i for i, name in enumerate(sorted(dry))}
    leak = {name: room_copy(a, delays[name]) if room else a for name, a in dry.items()}
    for name, a in dry.items():
        if into is None:
            spill = sum(b for other, b in leak.items() if other != name)
        else:
            spill = leak[into[1]] if name == into[0] else 0.0
        out = a + gain * spill
        sf.write(str(dst / f"{name}.wav"), np.clip(out, -1, 1).astype(np.float32), SAMPLE_RATE_HZ, subtype="PCM_16")


# Each variant: (folder name, gain dB or None for clean, room copy). Quick keeps the first four.
VARIANTS = [("clean", None, False), ("direct_m15", -15.0, False), ("direct_m20", -20.0, False),
            ("room_m15", -15.0, True), ("room_m20", -20.0, True), ("direct_m25", -25.0, False),
            ("direct_m30", -30.0, False)]


def build_material(tracks: list[str], quick: bool, cache: Path = BLEED_CACHE) -> list[tuple[str, str, Path]]:
    """(track, variant, folder) for every track and variant, rendered or mixed once (cached)."""
    out = []
    for name in tracks:
        clean, _ = render_clean(name, cache)
        for variant, gain_db, room in VARIANTS[:4] if quick else VARIANTS:
            folder = clean if gain_db is None else clean.parent / variant
            if gain_db is not None and not (folder / "done").is_file():
                bleed_variant(clean, folder, gain_db, room)
                (folder / "done").write_text("")
            out.append((name, variant, folder))
    return out


AUDIBLE_DB = -60.0  # the benchmark's own silence line: a 50 ms frame quieter than this is not heard (full scale)


def measure(lib, tid: str, name: str, variant: str, folder: Path) -> list[dict]:
    """Every stem in 8 s windows (hop 4 s): spill_ratio and bleed_ratio as the server computes them, and the
    truth: the share of the stem's sounding frames where the added bleed is audible (above silence)."""
    from analysis.stem_analysis import FEATURE_HOP_S, frame_descriptors
    from heuristics.measures import all_stem_stats
    from analysis.core.types import Window
    from heuristics.slice import load_slice

    stems = tuple(r["stem"] for r in lib.store.stem_rows(tid) if not r["empty"])
    duration = float(lib.store.get_track_row(tid)["duration_s"])
    audible = {}
    if variant != "clean":
        clean, mixed = read_stems(folder.parent / "clean"), read_stems(folder)
        audible = {s: frame_descriptors(mixed[s] - clean[s], pitched=False)["energy_db"] > AUDIBLE_DB for s in stems}
    rows = []
    for start in np.arange(0.0, duration - WINDOW_S + 1e-9, HOP_S):
        sl = load_slice(lib.store, Window(tid, stems, float(start), float(start) + WINDOW_S))
        for st in all_stem_stats(sl):
            frames = sl.stems[st.stem].frames
            sounding = frames.energy_db > AUDIBLE_DB
            if sounding.sum() < 20:  # under a second of sound: nothing to call spill or not
                continue
            idx = np.round(frames.time_s[sounding] / FEATURE_HOP_S).astype(int)
            truth = float(np.mean(audible[st.stem][np.minimum(idx, len(audible[st.stem]) - 1)])) if audible else 0.0
            rows.append(dict(track=name, split=TRACKS[name]["split"], variant=variant, stem=st.stem,
                             start_s=round(float(start), 2), spill_ratio=st.spill_ratio, bleed_ratio=st.bleed_ratio,
                             truth_spill_share=round(truth, 3)))
    return rows


def _claims(rows: list[dict], field: str) -> int:
    return sum((r[field] or 0.0) >= SPILL_CLAIM for r in rows)


def _share_ci(rows: list[dict], field: str) -> str:
    """The share of ``rows`` at or over the claim level, with its 95 % bootstrap interval over tracks (a
    track's windows resampled together: they share its instruments)."""
    lo, hi = bootstrap_ci(rows, lambda rs: _claims(rs, field) / len(rs), lambda r: r["track"])
    return f"{_claims(rows, field) / len(rows):.2f}" + ("" if lo != lo else f" [{lo:.2f}, {hi:.2f}]")


def table(rows: list[dict], split: str) -> tuple[str, dict]:
    rows = [r for r in rows if r["split"] == split]
    tracks = sorted({r["track"] for r in rows})
    figures: dict = {}
    lines = [f"### {split} split: {len(tracks)} tracks ({', '.join(tracks)}), 8 s windows, claim level "
             f"{SPILL_CLAIM}", "",
             "Intervals: 95 % bootstrap over tracks.", "",
             "| material | windows | spill_ratio: max · windows >= claim (share [interval]) | baseline bleed_ratio: max · "
             "windows >= claim (share [interval]) |",
             "|---|---|---|---|"]
    clean = [r for r in rows if r["variant"] == "clean"]
    for label, sel in (("clean, every stem", clean), ("clean, pitched stems (what a caution reads)",
                                                      [r for r in clean if r["stem"] != "drums"])):
        if sel:
            mx = max(r["spill_ratio"] or 0.0 for r in sel)
            bmx = max(r["bleed_ratio"] or 0.0 for r in sel)
            lines.append(f"| {label} | {len(sel)} | {mx:.2f} · {_claims(sel, 'spill_ratio')} "
                         f"({_share_ci(sel, 'spill_ratio')}) | {bmx:.2f} · {_claims(sel, 'bleed_ratio')} "
                         f"({_share_ci(sel, 'bleed_ratio')}) |")
            figures[label] = dict(windows=len(sel), spill_max=mx, spill_claims=_claims(sel, "spill_ratio"),
                                  bleed_max=bmx, bleed_claims=_claims(sel, "bleed_ratio"))
    per_stem = {}
    for r in clean:
        per_stem[r["stem"]] = max(per_stem.get(r["stem"], 0.0), r["spill_ratio"] or 0.0)
    lines += ["", "Clean, the highest spill_ratio per stem: " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(per_stem.items())),
              "", "| bleed mixed in | windows with bleed (truth) | caught: spill_ratio >= claim | stems caught in most "
              "of their windows | median spill_ratio | baseline: bleed_ratio >= claim | missed (track/stem@s) |",
              "|---|---|---|---|---|---|---|"]
    for variant, _, _ in VARIANTS[1:]:
        pos = [r for r in rows if r["variant"] == variant and r["truth_spill_share"] >= 0.5]
        if not pos:
            continue
        caught = _claims(pos, "spill_ratio") / len(pos)
        base = _claims(pos, "bleed_ratio") / len(pos)
        missed = [f"{r['track']}/{r['stem']}@{r['start_s']:g}" for r in pos if (r["spill_ratio"] or 0.0) < SPILL_CLAIM]
        med = float(np.median([r["spill_ratio"] or 0.0 for r in pos]))
        by_stem: dict = {}
        for r in pos:
            by_stem.setdefault((r["track"], r["stem"]), []).append((r["spill_ratio"] or 0.0) >= SPILL_CLAIM)
        stems_caught = sum(np.mean(v) >= 0.5 for v in by_stem.values())
        lines.append(f"| {variant.replace('_m', ' -')} dB | {len(pos)} | {_share_ci(pos, 'spill_ratio')} | "
                     f"{stems_caught} of {len(by_stem)} | {med:.2f} | {_share_ci(pos, 'bleed_ratio')} | "
                     f"{', '.join(missed[:6])}{' …' if len(missed) > 6 else ''} |")
        figures[variant] = dict(windows=len(pos), caught=caught, stems=len(by_stem), stems_caught=int(stems_caught),
                                median_spill=med, baseline_caught=base, missed=len(missed))
    return "\n".join(lines), figures


def run(quick: bool = False, split: str = "test", workers: int = 2, out: Path | None = None) -> dict:
    from analysis.library import Library
    from eval.truth import load_all

    tracks = [n for n, t in TRACKS.items() if t["split"] == split]
    if quick:
        tracks = [n for n in tracks if n in QUICK_TRACKS] or tracks[:2]
    material = build_material(tracks, quick)
    t0 = time.time()
    with tempfile.TemporaryDirectory(prefix="stemsense-bleed-") as home:
        lib = Library(Settings(home=Path(home), allowed_roots=[BLEED_CACHE.resolve()], ingest_workers=workers,
                               max_duration_s=1200))
        try:
            ids = load_all(lib, [(f"{n}/{v}", f, f"bleed-{n}-{v}") for n, v, f in material])
            rows = [r for n, v, f in material for r in measure(lib, ids[f"{n}/{v}"], n, v, f)]
        finally:
            lib.close()
    text, figures = table(rows, split)
    text += f"\n\n({len(material)} loads in {time.time() - t0:.0f} s)"
    print(text)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.with_suffix(".md").write_text(text + "\n")
        out.with_suffix(".json").write_text(json.dumps({"rows": rows, "figures": figures}, indent=1))
    return {"rows": rows, "figures": figures}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="two test tracks; clean, -15 dB, -20 dB and the room copy")
    ap.add_argument("--split", choices=("test", "calibration"), default="test")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--report-only", action="store_true",
                    help="no loads: the tables again from the rows the last run kept (eval/out/bleed_<split>.json)")
    args = ap.parse_args()
    name = "bleed_quick" if args.quick else f"bleed_{args.split}"
    out = Path(__file__).resolve().parent / "out" / name
    if args.report_only:
        rows = json.loads(out.with_suffix(".json").read_text())["rows"]
        print(table(rows, args.split)[0] + f"\n\n(from the rows kept in {out.with_suffix('.json').name})")
        return
    run(quick=args.quick, split=args.split, workers=args.workers, out=out)


if __name__ == "__main__":
    main()
