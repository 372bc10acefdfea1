"""Bass against kick: how far the bass lands from the kick, on sounds the calibration never heard.

    python -m eval.offsets               # every sound: leave-one-sound-out, planted −30…+30 ms
    python -m eval.offsets --quick       # two bass sounds and two kits of FluidR3 (a smoke run)
    python -m eval.offsets --noise-dbfs -57   # the same with a white-noise floor on both stems
    python -m eval.offsets --fit         # also print ONSET_LATENCY_S fitted on every sound
    python -m eval.offsets --song eval/cache/answers/breakdown_9   # one rendered song against its score

Material: a kit (kick, snare on two and four, hats on eighths) and a bass that plays with the kick,
written in code and rendered with FluidSynth, each in several sounds:

- bass: GM programs 32-39 in every installed soundfont (FluidR3 always; TimGM6mb when Debian's
  ``timgm6mb-soundfont`` is installed);
- kick: GM drum kits 0 (standard), 8 (room), 16 (power), 25 (electronic) via a program change on
  channel 10, in every installed soundfont;
- two bass lines over the same kick pattern at 118 BPM: legato eighths (each note runs into the next,
  the issue's case) and a groove that follows the kick with rests;
- two *ringing* lines (RINGING_LINES), each over its own kit part with a kick on every bass note: notes
  restruck while the previous one still rings (a released note's tail), the most common bass
  articulation: quarters on a four-on-the-floor kick at 92, 109 and 126 BPM, and eighths at 100, 118
  and 140 BPM, each note held 0.5-0.95 of its step (the score's gap before the next note is where the
  previous one is released), four repeated roots then a change of pitch, E1-A2. These are measured
  with the latencies fitted on the first two lines of the other sounds (held out as sounds *and* as
  material) and reported in their own rows.

The planted offset (−30…+30 ms) is the bass stem delayed or advanced by whole samples against the
kit, so every bass note lands exactly that far from the kick it was written on.

Measurement (what H004 reports): kick hits from ``drum_events``, bass notes from the bass path the
ingest runs (``bass_line.transcribe_line`` then ``stem_analysis.refine_onsets``); each kick paired
with at most one bass note within 80 ms (mir_eval's matching); the offset is the median difference.

Split: leave one sound out. For each (bass sound, kit) pair, the per-class latencies (ONSET_LATENCY_S:
from a sound's start to where the common onset definition places it) are fitted on every *other* bass
sound and every *other* kit, at offset 0; the pair is then measured at every planted offset. The
figure is the median absolute error over those held-out measurements. Baselines: the code before
issue 24 (``--method legacy``: full-band kick onsets, a bass prior fitted on one sound, no fitting
here), and a rule that always answers the median planted offset.
Real stems (``../shared/real``, when present): the real bass delayed against the real kit by the same
planted offsets must move the measured offset by as much (the real bass has no onset annotation, so
this checks the shift, not the absolute latency); the real kick's onsets are compared with MDB Drums'
manual KD annotation (its median difference is shown, not fitted).
"""

from __future__ import annotations

import argparse
import json
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from analysis.config import SAMPLE_RATE_HZ
from eval.material import CACHE, SOUNDFONTS, installed_fonts, render_with_font as _render
from eval.metrics import bootstrap_ci

OFFSET_CACHE = CACHE / "offsets"
BASS_PROGRAMS = (32, 33, 34, 35, 36, 37, 38, 39)
KITS = (0, 8, 16, 25)
PLANTED_MS = (-30.0, -22.0, -13.0, -6.0, 0.0, 4.0, 11.0, 18.0, 25.0, 30.0)
TEMPO_BPM = 118.0
BARS = 8
LEAD_S = 0.5  # silence before the first note
LINES = ("eighths", "groove")  # the lines the latencies are fitted on (leave one sound out)
# Ringing lines: (tempo BPM, steps per beat) per four-bar segment; note lengths cycle through RING_LENGTHS
RINGING_LINES = {"ringing_quarters": ((92.0, 1), (109.0, 1), (126.0, 1)),
                 "ringing_eighths": ((100.0, 2), (118.0, 2), (140.0, 2))}
RING_LENGTHS = (0.9, 0.5, 0.95, 0.7, 0.8, 0.6)  # of a step; a bar of quarters or a beat of eighths keeps one
RING_ROOTS = (28, 33, 31, 26, 36, 40, 38, 45)  # E1, A1, G1, D1, C2, E2, D2, A2
# The test draw (--ringing-test): other tempi, lengths and roots, drawn after the code was fitted on the above
RINGING_TEST_LINES = {"ringing_quarters_t": ((84.0, 1), (101.0, 1), (117.0, 1)),
                      "ringing_eighths_t": ((108.0, 2), (126.0, 2), (150.0, 2))}
RING_TEST_LENGTHS = (0.75, 0.55, 0.92, 0.65, 0.85, 0.5)
RING_TEST_ROOTS = (29, 35, 30, 37, 27, 42, 34, 39)  # F1, B1, F#1, C#2, D#1, F#2, A#1, D#2
MATCH_S = 0.08


@dataclass(frozen=True)
class Sound:
    kind: str  # bass | kick
    font: str
    program: int

    @property
    def name(self) -> str:
        return f"{self.kind}:{self.font}:{self.program}"


def sounds(quick: bool = False) -> tuple[list[Sound], list[Sound]]:
    fonts = installed_fonts()
    if quick:
        fonts = {k: v for k, v in fonts.items() if k == "fluidr3"}
        return ([Sound("bass", f, p) for f in fonts for p in (33, 38)], [Sound("kick", f, k) for f in fonts for k in (0, 25)])
    return ([Sound("bass", f, p) for f in fonts for p in BASS_PROGRAMS], [Sound("kick", f, k) for f in fonts for k in KITS])


# -- the score -----------------------------------------------------------------------------------
def kick_times_s() -> list[float]:
    """Kick on one and three, the "and" of two every other bar, the "and" of four every fourth bar."""
    beat = 60.0 / TEMPO_BPM
    out = []
    for bar in range(BARS):
        t0 = LEAD_S + 4 * beat * bar
        out += [t0, t0 + 2 * beat] + ([t0 + 1.5 * beat] if bar % 2 else []) + ([t0 + 3.5 * beat] if bar % 4 == 3 else [])
    return sorted(out)


def ringing_steps(line: str) -> list[tuple[float, float, int]]:
    """(start s, step s, steps per beat) of every note of a ringing line: four bars per (tempo, steps
    per beat) segment."""
    out, t = [], LEAD_S
    for bpm, per_beat in RINGING_LINES[line]:
        step = 60.0 / bpm / per_beat
        for _ in range(4 * 4 * per_beat):
            out.append((t, step, per_beat))
            t += step
    return out


def line_kick_times_s(line: str) -> list[float]:
    """The kicks a line's bass is written on: ``kick_times_s`` for LINES, every note of a ringing line."""
    return kick_times_s() if line in LINES else [t for t, _, _ in ringing_steps(line)]


def bass_notes(line: str) -> list[tuple[float, float, int]]:
    """(start s, duration s, MIDI pitch). ``eighths``: every eighth, each note held into the next
    (roots and fifths, E1-E2). ``groove``: a note on each kick, held to half a beat, rests between.
    A ringing line (RINGING_LINES): every step, held RING_LENGTHS of it, a root four times (restruck on
    its own tail) then the next root, a fifth on every third group."""
    if line in RINGING_LINES:
        roots, lengths = (RING_TEST_ROOTS, RING_TEST_LENGTHS) if line in RINGING_TEST_LINES else (RING_ROOTS, RING_LENGTHS)
        out = []
        for i, (t, step, _) in enumerate(ringing_steps(line)):
            group = i // 4
            pitch = roots[group % len(roots)] + (7 if group % 3 == 2 and i % 4 == 3 else 0)
            out.append((t, lengths[(i // 4) % len(lengths)] * step, pitch))
        return out
    beat = 60.0 / TEMPO_BPM
    roots = (28, 33, 31, 26)  # E1, A1, G1, D1
    if line == "eighths":
        out = []
        for bar in range(BARS):
            r = roots[bar % 4]
            for e in range(8):
                pitch = r + (7 if e in (3, 6) else (12 if e == 5 else 0))
                out.append((LEAD_S + 4 * beat * bar + e * beat / 2, beat / 2, pitch))
        return out
    kicks = kick_times_s()
    return [(t, 0.5 * beat, roots[int((t - LEAD_S) / (4 * beat)) % 4] + (7 if i % 3 == 2 else 0))
            for i, t in enumerate(kicks)]


def render_sound(sound: Sound, line: str = "eighths", cache: Path = OFFSET_CACHE) -> np.ndarray:
    """The bass line (``line``) or the kit in ``sound``, at offset 0 (cached). A kit plays the kicks
    of ``line`` (``line_kick_times_s``): one part for LINES, its own for each ringing line."""
    import pretty_midi
    import soundfile as sf

    kit_part = f"_{line}" if line in RINGING_LINES else ""
    path = cache / (f"{sound.kind}_{sound.font}_{sound.program}" + (f"_{line}" if sound.kind == "bass" else kit_part)
                    + ".wav")
    if path.is_file():
        return sf.read(str(path), dtype="float32")[0]
    pm = pretty_midi.PrettyMIDI(initial_tempo=TEMPO_BPM)
    if sound.kind == "bass":
        inst = pretty_midi.Instrument(sound.program)
        for start, dur, pitch in bass_notes(line):
            inst.notes.append(pretty_midi.Note(100, pitch, start, start + dur))
    elif line in RINGING_LINES:  # a kick on every bass note, snare on two and four, hats on every step
        inst = pretty_midi.Instrument(sound.program, is_drum=True)
        for i, (t, _, per_beat) in enumerate(ringing_steps(line)):
            inst.notes.append(pretty_midi.Note(105, 36, t, t + 0.1))
            inst.notes.append(pretty_midi.Note(80, 42, t, t + 0.05))
            if (i // per_beat) % 2 == 1 and i % per_beat == 0:
                inst.notes.append(pretty_midi.Note(100, 38, t, t + 0.1))
    else:
        inst = pretty_midi.Instrument(sound.program, is_drum=True)  # channel 10, the kit by program change
        beat = 60.0 / TEMPO_BPM
        for t in kick_times_s():
            inst.notes.append(pretty_midi.Note(105, 36, t, t + 0.1))
        for bar in range(BARS):
            t0 = LEAD_S + 4 * beat * bar
            for s in (1, 3):
                inst.notes.append(pretty_midi.Note(100, 38, t0 + s * beat, t0 + s * beat + 0.1))
            for e in range(8):
                inst.notes.append(pretty_midi.Note(80 if e % 2 == 0 else 60, 42, t0 + e * beat / 2, t0 + e * beat / 2 + 0.05))
    pm.instruments.append(inst)
    return _render(pm, SOUNDFONTS[sound.font], path)


def shifted(audio: np.ndarray, offset_ms: float) -> np.ndarray:
    """``audio`` delayed (positive) or advanced by whole samples, same length."""
    k = int(round(offset_ms / 1000.0 * SAMPLE_RATE_HZ))
    if k >= 0:
        return np.r_[np.zeros(k, audio.dtype), audio[: len(audio) - k]]
    return np.r_[audio[-k:], np.zeros(-k, audio.dtype)]


# -- the measurement -----------------------------------------------------------------------------
ZERO_LATENCY = {"clean": 0.0, "legato": 0.0}


def kick_onsets(drums: np.ndarray, method: str = "common") -> np.ndarray:
    """Kick times (s) as the ingest writes them (``drum_events``), before any latency is taken off."""
    from analysis import stem_analysis as sa

    params = sa.LEGACY_DRUMS if method == "legacy" else replace(sa.DRUMS, kick_latency_s=ZERO_LATENCY)  # "before" too
    return np.array(sorted(e.time_s for e in sa.drum_events(drums, params) if e.pitch == sa.DRUM_NOTE["kick"]))


def bass_onsets(bass: np.ndarray, method: str = "common", detected_s: np.ndarray | None = None,
                pitches: np.ndarray | None = None) -> np.ndarray:
    """Bass note times (s) as the ingest writes them (``bass_line.transcribe_line``, then
    ``stem_analysis.note_onsets``'s rule for a bass), before any latency is taken off; ``before``: without
    the stem's own attack for masked starts (``common_onsets(masked_by_attack=False)``, the code before);
    ``legacy``: the attack refinement the ingest ran before issue 24. ``detected_s``, ``pitches``:
    transcribe_line's times and pitches, if known."""
    from analysis import bass_line
    from analysis import stem_analysis as sa

    if detected_s is None:
        notes = bass_line.transcribe_line(bass, SAMPLE_RATE_HZ)
        detected_s, pitches = np.array([n.time_s for n in notes]), np.array([n.pitch for n in notes])
    times = detected_s
    if method == "legacy":
        return sa.refine_onsets(bass, times, band_hz=sa.REFINE_BAND["bass"], instrument="bass")
    return sa.common_onsets(bass, times, "bass", latency_s=ZERO_LATENCY, masked_by_attack=method != "before",
                            pitches=pitches)


def sound_latency_s(audio: np.ndarray, onsets_s: np.ndarray, written_s: list[float]) -> dict[str, float]:
    """A sound's latency from its written note-on to its start (``sound_starts``), per kind of start
    (out of quiet or legato): the median over the written notes found within MATCH_S (NaN if none)."""
    import mir_eval

    from analysis import stem_analysis as sa

    w = np.asarray(written_s)
    m = mir_eval.util.match_events(w, onsets_s, MATCH_S)
    starts, rise = sa.sound_starts(audio, np.array([onsets_s[j] for _, j in m]))
    lag = starts - np.array([w[i] for i, _ in m])
    clean = rise >= sa.ONSET_CLEAN_DB
    return {"clean": float(np.nanmedian(lag[clean])) if np.any(clean & ~np.isnan(lag)) else float("nan"),
            "legato": float(np.nanmedian(lag[~clean])) if np.any(~clean & ~np.isnan(lag)) else float("nan")}


def _pooled(lats: list[dict[str, float]]) -> dict[str, float]:
    """The median latency per kind of start over several sounds; a kind no sound shows takes the other's."""
    out = {k: float(np.nanmedian([x[k] for x in lats])) if any(x[k] == x[k] for x in lats) else float("nan")
           for k in ("clean", "legato")}
    return {k: (v if v == v else out["clean" if k == "legato" else "legato"]) for k, v in out.items()}


def pair_offsets_ms(kick_s: np.ndarray, bass_s: np.ndarray) -> np.ndarray:
    """(bass − kick) in ms over one-to-one matches within MATCH_S (mir_eval's matching)."""
    import mir_eval

    if not len(kick_s) or not len(bass_s):
        return np.zeros(0)
    m = mir_eval.util.match_events(kick_s, bass_s, MATCH_S)
    return np.array([bass_s[j] - kick_s[i] for i, j in m]) * 1000.0


def pair_offset_ms(kick_s: np.ndarray, bass_s: np.ndarray) -> float:
    """H004's figure: the median of (bass − kick) over one-to-one matches within MATCH_S (ms)."""
    d = pair_offsets_ms(kick_s, bass_s)
    return float(np.median(d)) if len(d) else float("nan")


def median_lag_s(times_s: np.ndarray, written_s: list[float]) -> float:
    """Median of (measured − written) over the written onsets found within MATCH_S."""
    import mir_eval

    w = np.asarray(written_s)
    m = mir_eval.util.match_events(w, times_s, MATCH_S)
    return float(np.median([times_s[j] - w[i] for i, j in m])) if m else float("nan")


def with_noise(audio: np.ndarray, noise_dbfs: float | None, seed: int) -> np.ndarray:
    """``audio`` with white noise at ``noise_dbfs`` (RMS, dB re full scale) added; unchanged for None."""
    if noise_dbfs is None:
        return audio
    rng = np.random.default_rng(seed)
    return (audio + rng.standard_normal(len(audio)) * 10 ** (noise_dbfs / 20)).astype(np.float32)


def _summary(rows: list[dict], basses: list[Sound], kits: list[Sound]) -> dict:
    """Median and 90th-percentile absolute error of ``rows`` (the median with its 95 % bootstrap interval over
    bass sounds: every row of a held-out sound resampled together), unmatched pairs, and the median per sound."""
    errs = np.array([r["err_ms"] for r in rows])
    ci = bootstrap_ci([r for r in rows if r["err_ms"] == r["err_ms"]],
                      lambda rs: float(np.median([r["err_ms"] for r in rs])), lambda r: r["bass"])
    return dict(median_abs_err_ms=float(np.nanmedian(errs)), p90_abs_err_ms=float(np.nanpercentile(errs, 90)),
                median_ci_ms=list(ci),
                missing=int(np.isnan(errs).sum()),
                per_bass={b.name: float(np.nanmedian([r["err_ms"] for r in rows if r["bass"] == b.name])) for b in basses},
                per_kick={k.name: float(np.nanmedian([r["err_ms"] for r in rows if r["kick"] == k.name])) for k in kits})


def run(quick: bool = False, cache: Path = OFFSET_CACHE, noise_dbfs: float | None = None) -> dict:
    """Leave-one-sound-out on the rendered sounds (see the module's docstring). ``noise_dbfs``: measure
    with white noise at that level added to both stems (the latencies are still fitted on clean renders)."""
    if shutil.which("fluidsynth") is None or not installed_fonts():
        return {"skipped": "FluidSynth or a GM soundfont is not installed"}
    basses, kits = sounds(quick)
    kick_written = kick_times_s()
    out: dict = {"sounds": [s.name for s in basses + kits], "methods": {}, "noise_dbfs": noise_dbfs}
    from analysis import bass_line
    from analysis import stem_analysis as sa

    all_lines = LINES + tuple(RINGING_LINES)
    part = {line: (line if line in RINGING_LINES else "eighths") for line in all_lines}  # the kit part it plays over
    parts = sorted(set(part.values()))
    clean = {(b, line): render_sound(b, line, cache) for b in basses for line in all_lines}
    clean_drums = {(k, pt): render_sound(k, pt, cache=cache) for k in kits for pt in parts}
    audio = {key: {off: with_noise(shifted(a, off), noise_dbfs, i) for i, off in enumerate(PLANTED_MS)}
             for key, a in clean.items()}
    drums = {key: with_noise(a, noise_dbfs, 99) for key, a in clean_drums.items()}
    notes = {key: {off: bass_line.transcribe_line(a, SAMPLE_RATE_HZ) for off, a in by_off.items()}
             for key, by_off in audio.items()}
    detected = {key: {off: np.array([n.time_s for n in ns]) for off, ns in by_off.items()} for key, by_off in notes.items()}
    pitches = {key: {off: np.array([n.pitch for n in ns]) for off, ns in by_off.items()} for key, by_off in notes.items()}
    for method in ("common", "before", "legacy"):
        kick = {key: kick_onsets(a, method) for key, a in drums.items()}
        bass = {key: {off: bass_onsets(a, method, detected[key][off], pitches[key][off]) for off, a in by_off.items()}
                for key, by_off in audio.items()}
        lat: dict[str, dict[str, float]] = {}
        if method != "legacy":  # latencies from the clean renders of LINES at offset 0
            by_attack = method == "common"
            lat = {k.name: sound_latency_s(clean_drums[(k, "eighths")], kick_onsets(clean_drums[(k, "eighths")]),
                                           kick_written) for k in kits}
            for b in basses:  # both lines of a sound pooled: each note a sample of the sound
                per_line = [sound_latency_s(clean[(b, line)], bass_onsets(clean[(b, line)], "before"),
                                            [n[0] for n in bass_notes(line)]) for line in LINES]
                lat[b.name] = _pooled(per_line)
            out["fit_all_s"] = {"kick": {k: round(v, 4) for k, v in _pooled([lat[k.name] for k in kits]).items()},
                                "bass": {k: round(v, 4) for k, v in _pooled([lat[b.name] for b in basses]).items()}}
            # leave one sound out: a sound is measured with latencies fitted on the others only
            kick = {(k, pt): sa.common_onsets(drums[(k, pt)], kick[(k, pt)], "kick",
                                              _pooled([lat[x.name] for x in kits if x != k]), by_attack)
                    for k, pt in drums}
            for b in basses:
                fit = _pooled([lat[x.name] for x in basses if x != b])
                for line in all_lines:
                    bass[(b, line)] = {off: sa.common_onsets(audio[(b, line)][off], t, "bass", fit, by_attack,
                                                             pitches[(b, line)][off])
                                       for off, t in bass[(b, line)].items()}
        rows = []
        for b in basses:
            for k in kits:
                for line in all_lines:
                    for off in PLANTED_MS:
                        measured = pair_offset_ms(kick[(k, part[line])], bass[(b, line)][off])
                        rows.append(dict(bass=b.name, kick=k.name, line=line, planted_ms=off, measured_ms=measured,
                                         err_ms=abs(measured - off)))
        out["methods"][method] = dict(latency_ms={n: {k: round(x * 1000, 2) for k, x in v.items()} for n, v in lat.items()},
                                      rows=rows, per_line={line: float(np.nanmedian([r["err_ms"] for r in rows if r["line"] == line]))
                                                           for line in all_lines},
                                      **_summary([r for r in rows if r["line"] in LINES], basses, kits),
                                      ringing=_summary([r for r in rows if r["line"] in RINGING_LINES], basses, kits))
    out["median_rule_err_ms"] = float(np.median(np.abs(np.array(PLANTED_MS) - np.median(PLANTED_MS))))
    out["real"] = real_checks() if not quick and noise_dbfs is None else None
    return out


def real_checks() -> dict | None:
    """Real stems: the planted shift of the real bass against the real kit, and the real kick against MDB's KD."""
    from analysis import bass_line
    from analysis import stem_analysis as sa
    from eval.drums import KITS as REAL_KITS
    from eval.drums import annotated_hits, read_audio
    from eval.truth import REAL

    if not REAL.is_dir():
        return None
    out = {}
    for kit in REAL_KITS:
        folder = REAL / kit
        drums, bass = read_audio(folder / "drums.flac"), read_audio(folder / "bass.flac")
        kick = np.array(sorted(e.time_s for e in sa.drum_events(drums) if e.pitch == sa.DRUM_NOTE["kick"]))

        def bass_at(off: float) -> np.ndarray:  # as the ingest writes them, latency and all
            a = shifted(bass, off)
            notes = bass_line.transcribe_line(a, SAMPLE_RATE_HZ)
            return sa.note_onsets(a, [n.time_s for n in notes], "bass", [n.pitch for n in notes])

        base = pair_offset_ms(kick, bass_at(0.0))
        shift_err = [abs(pair_offset_ms(kick, bass_at(off)) - base - off) for off in (-20.0, 15.0)]
        kd = annotated_hits(folder, kit)["kick"]
        pairs = pair_offsets_ms(kick, bass_at(0.0))
        detected = [n.time_s for n in bass_line.transcribe_line(bass, SAMPLE_RATE_HZ)]
        before = pair_offsets_ms(kick, sa.common_onsets(bass, detected, "bass", masked_by_attack=False))  # no pitches then
        pct = lambda d: [round(float(q), 1) for q in np.percentile(d, [10, 25, 50, 75, 90])] if len(d) else []  # noqa: E731
        out[kit] = dict(offset_ms=round(base, 1), shift_err_ms=[round(e, 1) for e in shift_err],
                        pairs=len(pairs), offset_quartiles_ms=pct(pairs), before_pairs=len(before),
                        before_offset_quartiles_ms=pct(before),
                        kick_vs_annotation_ms=round(median_lag_s(kick, list(kd)) * 1000, 1))
    return out


def song_check(folder: Path) -> dict:
    """A rendered song (``bass.wav``, ``drums.wav``, ``song.mid``, as eval/answers.py writes them): each
    bass onset the ingest stores (``bass_line.transcribe_line`` then ``stem_analysis.note_onsets``) and
    each kick (``drum_events``) against the nearest note start of its part in the score (ms), per pitch,
    and H004's bass − kick reading."""
    import pretty_midi

    from analysis import bass_line
    from analysis import stem_analysis as sa
    from eval.drums import read_audio

    bass, drums = read_audio(folder / "bass.wav"), read_audio(folder / "drums.wav")
    pm = pretty_midi.PrettyMIDI(str(folder / "song.mid"))
    notes = sorted((n.start, n.pitch) for i in pm.instruments if not i.is_drum and 32 <= i.program <= 39
                   for n in i.notes)
    kicks_written = np.array(sorted(n.start for i in pm.instruments if i.is_drum for n in i.notes if n.pitch in (35, 36)))
    written = np.array([t for t, _ in notes])
    line = bass_line.transcribe_line(bass, SAMPLE_RATE_HZ)
    onsets = sa.note_onsets(bass, [n.time_s for n in line], "bass", [n.pitch for n in line])
    kick = np.array(sorted(e.time_s for e in sa.drum_events(drums) if e.pitch == sa.DRUM_NOTE["kick"]))
    near = [int(np.argmin(np.abs(written - t))) for t in onsets]
    late = [(notes[k][1], (t - written[k]) * 1000.0) for t, k in zip(onsets, near) if abs(t - written[k]) <= MATCH_S]
    kick_late = [(t - kicks_written[np.argmin(np.abs(kicks_written - t))]) * 1000.0 for t in kick] if len(kicks_written) else []
    return dict(song=folder.name, bass_notes=len(late), bass_vs_score_ms=round(float(np.median([d for _, d in late])), 1),
                per_pitch={p: round(float(np.median([d for q, d in late if q == p])), 1) for p in sorted({q for q, _ in late})},
                kick_vs_score_ms=round(float(np.median([d for d in kick_late if abs(d) <= MATCH_S * 1000])), 1),
                bass_minus_kick_ms=round(pair_offset_ms(kick, onsets), 1))


def _med(summary: dict) -> str:
    """The median abs error with its interval over bass sounds, when the run has one."""
    lo, hi = summary.get("median_ci_ms", (float("nan"), float("nan")))
    return f"{summary['median_abs_err_ms']:.2f}" + ("" if lo != lo else f" [{lo:.2f}, {hi:.2f}]")


def report(res: dict) -> str:
    if "skipped" in res:
        return "skipped: " + res["skipped"]
    c, bf, lg = res["methods"]["common"], res["methods"]["before"], res["methods"]["legacy"]
    lines = ["## Bass against kick on unseen sounds (python -m eval.offsets)", "",
             f"Material: {len([s for s in res['sounds'] if s.startswith('bass')])} bass sounds × "
             f"{len([s for s in res['sounds'] if s.startswith('kick')])} kits × {len(LINES)} lines × "
             f"{len(PLANTED_MS)} planted offsets ({PLANTED_MS[0]:+.0f}…{PLANTED_MS[-1]:+.0f} ms), 118 BPM"
             + ("" if res.get("noise_dbfs") is None else f", white noise at {res['noise_dbfs']:.0f} dBFS on both stems")
             + ". "
             "Split: leave one sound out (the pair's bass sound and kit never fit the latencies it is measured with).", "",
             "| method | median abs error (ms) [95 % bootstrap over bass sounds] | 90th pct (ms) | unmatched |",
             "|---|---|---|---|",
             f"| common onset definition, latencies fitted leave-one-sound-out | {_med(c)} | "
             f"{c['p90_abs_err_ms']:.2f} | {c['missing']} |",
             f"| baseline: the code before masked starts took the stem's attack (class latency only) | "
             f"{_med(bf)} | {bf['p90_abs_err_ms']:.2f} | {bf['missing']} |",
             f"| baseline: the code before issue 24 | {_med(lg)} | {lg['p90_abs_err_ms']:.2f} | {lg['missing']} |",
             f"| … per line (common · before · legacy) | " + ", ".join(
                 f"{ln} {c['per_line'][ln]:.2f} · {bf['per_line'][ln]:.2f} · {lg['per_line'][ln]:.2f}" for ln in LINES) + " | | |",
             f"| baseline: always the median planted offset | {res['median_rule_err_ms']:.2f} | | |", "",
             "Ringing lines (notes restruck while the previous one's released tail rings; "
             + "; ".join(f"{ln} at " + "/".join(f"{bpm:.0f}" for bpm, _ in segs) + " BPM" for ln, segs in RINGING_LINES.items())
             + ", held 0.5-0.95 of the step; measured with the latencies above, fitted on the other sounds' first "
             "two lines):", "",
             "| method | median abs error (ms) [95 % bootstrap over bass sounds] | 90th pct (ms) | unmatched |",
             "|---|---|---|---|",
             f"| common onset definition | {_med(c['ringing'])} | {c['ringing']['p90_abs_err_ms']:.2f} | "
             f"{c['ringing']['missing']} |",
             f"| baseline: the code before (class latency only) | {_med(bf['ringing'])} | "
             f"{bf['ringing']['p90_abs_err_ms']:.2f} | {bf['ringing']['missing']} |",
             f"| baseline: the code before issue 24 | {_med(lg['ringing'])} | "
             f"{lg['ringing']['p90_abs_err_ms']:.2f} | {lg['ringing']['missing']} |",
             f"| … per line (common · before · legacy) | " + ", ".join(
                 f"{ln} {c['per_line'][ln]:.2f} · {bf['per_line'][ln]:.2f} · {lg['per_line'][ln]:.2f}"
                 for ln in RINGING_LINES) + " | | |", "",
             "Held-out bass sounds within 3 ms on the ringing lines (median abs error): "
             + ", ".join(f"{name} {sum(v <= 3.0 for v in m['ringing']['per_bass'].values())} of {len(m['ringing']['per_bass'])}"
                         for name, m in (("common", c), ("before", bf), ("legacy", lg)))
             + ". Per sound (common · before · legacy): "
             + ", ".join(f"{n} {c['ringing']['per_bass'][n]:.1f} · {bf['ringing']['per_bass'][n]:.1f} · "
                         f"{lg['ringing']['per_bass'][n]:.1f}" for n in c["ringing"]["per_bass"]), "",
             "Per held-out sound (median abs error, ms; common · before · legacy): "
             + ", ".join(f"{n} {c['per_bass'][n]:.1f} · {bf['per_bass'][n]:.1f} · {lg['per_bass'][n]:.1f}" for n in c["per_bass"])
             + "; " + ", ".join(f"{n} {c['per_kick'][n]:.1f} · {bf['per_kick'][n]:.1f} · {lg['per_kick'][n]:.1f}"
                                for n in c["per_kick"]), "",
             "Latency per sound (ms from the written note-on to the common start; out of quiet / legato): "
             + ", ".join(f"{n} {v['clean']:+.1f} / {v['legato']:+.1f}" for n, v in c["latency_ms"].items())]
    if res.get("real"):
        lines += ["", "Real stems (../shared/real): measured bass−kick offset; error recovering a planted −20 / +15 ms "
                  "shift of the real bass; the detected kick against MDB Drums' KD annotation (median, ms):", ""]
        lines += [f"- {k}: offset {v['offset_ms']:+.1f} ms · shift error {v['shift_err_ms'][0]:.1f} / "
                  f"{v['shift_err_ms'][1]:.1f} ms · kick − KD {v['kick_vs_annotation_ms']:+.1f} ms · "
                  f"{v['pairs']} bass notes with a kick, bass − kick 10/25/50/75/90th pct "
                  + "/".join(f"{q:+.1f}" for q in v["offset_quartiles_ms"]) + " ms (the code before: "
                  + f"{v['before_pairs']} notes, " + "/".join(f"{q:+.1f}" for q in v["before_offset_quartiles_ms"]) + ")"
                  for k, v in res["real"].items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    from eval.drums import write_report

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="two bass sounds and two kits of FluidR3")
    ap.add_argument("--noise-dbfs", type=float, help="add white noise at this level (e.g. -57) to both stems")
    ap.add_argument("--fit", action="store_true", help="also print the latencies fitted on every sound (ONSET_LATENCY_S)")
    ap.add_argument("--ringing-test", action="store_true",
                    help="the ringing rows on the test draw (RINGING_TEST_LINES: other tempi, lengths, roots)")
    ap.add_argument("--song", type=Path, help="only this rendered song folder (bass.wav, drums.wav, song.mid): "
                    "stored bass and kick onsets against its score")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "offsets")
    args = ap.parse_args(argv)
    if args.song:
        print(json.dumps(song_check(args.song)))
        return
    if args.ringing_test:  # the module's ringing lines become the test draw's
        RINGING_LINES.clear()
        RINGING_LINES.update(RINGING_TEST_LINES)
    res = run(args.quick, noise_dbfs=args.noise_dbfs)
    write_report(args.out, report(res), res)
    if args.fit and "fit_all_s" in res:
        print("ONSET_LATENCY_S =", json.dumps(res["fit_all_s"]))


if __name__ == "__main__":
    main()
