"""The frozen **test** material of the frames evaluation, written by different code from the dev songs.

    python -m eval.frame_test_songs          # render (cached) and list the test songs and their sections

Nothing here is shared with :mod:`eval.songs` (the dev material the frame weights were developed and
fitted on): another arrangement writer (a band plan of per-section parts, each with its own playing
style), other GM programs (Rhodes, electric grand, clean and jazz guitar, picked, fretless and synth
bass, choir, synth voice and voice lead; brush, room and power kits), another soundfont (TimGM6mb, the
one shipped with pretty_midi, not FluidR3), other meters (5/4, 12/8, 2/4, 4/4 at other tempi) and other
tempi (63–152), and its own degradation (:func:`degrade_copy`: its own room, bleed and noise levels,
recorded per copy so that a metric can judge caution from the known conditions).

The set is frozen: :data:`TEST_SONGS` is a list of (plan, seed); it was committed once, before any
figure was read from it, and no threshold or weight may be chosen on it. Once a figure from it has been
used to make a change, it becomes dev material and a new set must be drawn (and said so in
eval/README.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pretty_midi
import soundfile as sf

from eval.material import write_stem_wavs

SOUNDFONT = Path(pretty_midi.__file__).resolve().parent / "TimGM6mb.sf2"
PITCH_NAMES = ["C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"]
IONIAN = (0, 2, 4, 5, 7, 9, 11)
AEOLIAN = (0, 2, 3, 5, 7, 8, 10)
# GM percussion keys
KICK, SNARE, SIDESTICK, CLOSED_HAT, OPEN_HAT, RIDE, CRASH, LOW_TOM, HIGH_TOM = 36, 38, 37, 42, 46, 51, 49, 45, 50


@dataclass(frozen=True)
class Part:
    """How one instrument plays in one section (None: it rests)."""
    drums: str | None = None  # groove | halftime | shuffle | break
    bass: str | None = None  # riff | walk | pedal | pump
    chords: str | None = None  # pads | skank | strum | broken
    lead: str | None = None  # phrases | calls | long
    level: int = 80  # MIDI velocity the section is played at (a musician's dynamic marking)


@dataclass(frozen=True)
class Block:
    label: str
    bars: int
    changes: tuple[int, ...]  # scale degrees, one per bar, cycled
    part: Part


@dataclass(frozen=True)
class Band:
    name: str
    beats_per_bar: int
    beat_bpm: float  # beats per minute (12/8 counts dotted quarters)
    subdivision: int  # pulses per beat the parts are written on (2: eighths, 3: triplet eighths)
    tonic: int
    minor: bool
    programs: dict  # role -> GM program (drums: the kit's program number)
    blocks: tuple[Block, ...]
    # how a walking bass fills its bar between the root and the approach to the next: "key" (the writer
    # of the frozen frames songs and generation's first six splits: the key's third, fifth, seventh ...
    # above every chord's root, a major third over a minor chord in a major key, which no bassist plays)
    # or "chord" (the chord's own tones, up to the octave and back down, as a walking bassist spells it)
    walk: str = "key"


def _chord(band: Band, degree: int) -> tuple[list[int], str]:
    scale = AEOLIAN if band.minor else IONIAN
    tones = [(band.tonic + scale[(degree - 1 + k) % 7]) % 12 for k in (0, 2, 4)]
    third = (tones[1] - tones[0]) % 12
    fifth = (tones[2] - tones[0]) % 12
    quality = "min" if third == 3 else "maj"
    if fifth == 6:
        quality = "dim"
    return tones, f"{PITCH_NAMES[tones[0]]}:{quality}"


def write_band(band: Band, seed: int) -> tuple[pretty_midi.PrettyMIDI, dict]:
    """The band's MIDI and the score's truth (sections, chords, beats, every note per stem)."""
    rng = np.random.default_rng(seed)
    beat_s = 60.0 / band.beat_bpm
    pulse_s = beat_s / band.subdivision
    bar_s = beat_s * band.beats_per_bar
    pm = pretty_midi.PrettyMIDI(initial_tempo=band.beat_bpm * (1.5 if band.subdivision == 3 else 1.0))
    kit = pretty_midi.Instrument(band.programs["drums"], is_drum=True, name="kit")
    low = pretty_midi.Instrument(band.programs["bass"], name="bass")
    harm = pretty_midi.Instrument(band.programs["chords"], name="chords")
    voice = pretty_midi.Instrument(band.programs["lead"], name="lead")

    def note(inst, pitch, start, dur, vel):
        vel = int(np.clip(vel + rng.integers(-4, 5), 1, 127))
        inst.notes.append(pretty_midi.Note(vel, int(pitch), float(start), float(start + max(0.04, dur))))

    sections, chords, beats = [], [], []
    t = 0.0
    previous_lead = 67 + band.tonic % 5
    for block in band.blocks:
        start_block = t
        p = block.part
        for bar in range(block.bars):
            degree = block.changes[bar % len(block.changes)]
            tones, label = _chord(band, degree)
            chords.append((round(t, 4), round(t + bar_s, 4), label))
            beats += [round(t + k * beat_s, 4) for k in range(band.beats_per_bar)]
            root = 36 + (tones[0] - 36) % 12
            v = p.level
            # drums
            for k in range(band.beats_per_bar):
                b0 = t + k * beat_s
                if p.drums == "groove":
                    if k % 2 == 0:
                        note(kit, KICK, b0, 0.1, v + 5)
                    else:
                        note(kit, SNARE, b0, 0.1, v)
                    for s in range(band.subdivision):
                        note(kit, CLOSED_HAT, b0 + s * pulse_s, 0.05, v - 20 + (8 if s == 0 else 0))
                elif p.drums == "halftime":
                    if k == 0:
                        note(kit, KICK, b0, 0.1, v + 5)
                    if k == band.beats_per_bar // 2:
                        note(kit, SNARE, b0, 0.1, v + 5)
                    note(kit, RIDE, b0, 0.2, v - 15)
                elif p.drums == "shuffle":
                    note(kit, KICK if k % 2 == 0 else SIDESTICK, b0, 0.1, v)
                    note(kit, RIDE, b0, 0.2, v - 12)
                    note(kit, RIDE, b0 + (band.subdivision - 1) * pulse_s, 0.1, v - 22)
                elif p.drums == "break":
                    hits = [KICK, HIGH_TOM, LOW_TOM, SNARE]
                    for s in range(band.subdivision):
                        if rng.random() < 0.8:
                            note(kit, hits[(k + s) % 4], b0 + s * pulse_s, 0.1, v + (10 if s == 0 else 0))
            if p.drums and bar == 0:
                note(kit, CRASH, t, 0.8, v + 10)
            # bass
            if p.bass == "riff":  # a repeating syncopated figure: root, octave, a fifth pushed ahead of the beat
                figure = [(0, 0), (1, 12), (3, 7), (4, 0), (6, 10 if band.minor else 9)]
                for pos, iv in figure:
                    at = pos * pulse_s
                    if at < bar_s:
                        note(low, root + iv, t + at, pulse_s * 0.8, v)
            elif p.bass == "walk":
                scale = AEOLIAN if band.minor else IONIAN
                next_root = 36 + (_chord(band, block.changes[(bar + 1) % len(block.changes)])[0][0] - 36) % 12
                if band.walk == "chord":
                    own = [0, (tones[1] - tones[0]) % 12, (tones[2] - tones[0]) % 12, 12]
                    cycle = own + own[-2:0:-1]  # up the chord to the octave, back down
                    steps = [root + cycle[k % len(cycle)] for k in range(band.beats_per_bar - 1)]
                else:
                    steps = [root] + [root + scale[(k * 2) % 7] - scale[0] for k in range(1, band.beats_per_bar - 1)]
                steps.append(next_root - 1 if rng.random() < 0.5 else next_root + 1)
                for k, pitch in enumerate(steps[:band.beats_per_bar]):
                    note(low, pitch, t + k * beat_s, beat_s * 0.9, v)
            elif p.bass == "pedal":
                note(low, root, t, bar_s * 0.98, v - 5)
            elif p.bass == "pump":  # every pulse on the root, octave on the last
                for s in range(band.beats_per_bar * band.subdivision):
                    note(low, root + (12 if s == band.beats_per_bar * band.subdivision - 1 else 0), t + s * pulse_s,
                         pulse_s * 0.6, v - 5)
            # chords
            voicing = sorted(52 + (pc - 52) % 12 for pc in tones)
            if p.chords == "pads":
                for pitch in voicing:
                    note(harm, pitch, t, bar_s * 0.98, v - 10)
            elif p.chords == "skank":  # short chords on the off-pulses only
                for k in range(band.beats_per_bar):
                    for pitch in voicing:
                        note(harm, pitch + 12, t + k * beat_s + (band.subdivision - 1) * pulse_s, pulse_s * 0.5, v - 8)
            elif p.chords == "strum":
                for s in range(band.beats_per_bar * band.subdivision):
                    for j, pitch in enumerate(voicing + [voicing[0] + 12]):
                        note(harm, pitch, t + s * pulse_s + 0.008 * j, pulse_s * 0.9, v - 12 + (10 if s % 2 == 0 else 0))
            elif p.chords == "broken":
                line = voicing + [voicing[0] + 12, voicing[1] + 12]
                for s in range(band.beats_per_bar * band.subdivision):
                    note(harm, line[s % len(line)], t + s * pulse_s, pulse_s * 1.5, v - 12)
            # lead
            if p.lead == "phrases":  # a two-bar phrase, then a bar and a half's breath... four bars to a line
                if bar % 4 in (0, 1, 2):
                    n_notes = band.beats_per_bar * (2 if bar % 4 < 2 else 1)
                    step = bar_s / n_notes if bar % 4 < 2 else beat_s
                    for k in range(n_notes):
                        target = [pc for pc in tones]
                        cand = [60 + (pc - 60) % 12 for pc in target] + [72 + (pc - 72) % 12 for pc in target]
                        cand.sort(key=lambda x: abs(x - previous_lead) + rng.random() * 3)
                        pitch = cand[0] if k % 2 == 0 else cand[0] + (2 if rng.random() < 0.5 else -1)
                        previous_lead = pitch
                        note(voice, pitch, t + k * step, step * 0.92, v + 5)
            elif p.lead == "calls":  # one short call on the last beat of every other bar
                if bar % 2 == 1:
                    for k in range(2):
                        note(voice, 72 + (tones[k] - 72) % 12, t + (band.beats_per_bar - 1) * beat_s + k * beat_s / 2,
                             beat_s * 0.45, v)
            elif p.lead == "long":  # one long tone a bar
                note(voice, 60 + (tones[2] - 60) % 12 + 12, t + 0.02, bar_s * 0.95, v)
            t += bar_s
        sections.append((round(start_block, 4), round(t, 4), block.label))
    for inst in (kit, low, harm, voice):
        if inst.notes:
            pm.instruments.append(inst)
    notes = {}
    for inst in pm.instruments:
        stem = "drums" if inst.is_drum else _stem_of(inst.program)
        notes.setdefault(stem, []).extend(
            dict(time_s=n.start, duration_s=n.end - n.start, pitch=n.pitch, velocity=n.velocity) for n in inst.notes)
    truth = {"name": band.name, "duration_s": t, "sections": sections, "chords": chords, "beats_s": beats,
             "meter": f"{band.beats_per_bar * (3 if band.subdivision == 3 else 1)}/{8 if band.subdivision == 3 else 4}",
             "tempo_beats_per_min": band.beat_bpm, "notes": notes, "seed": seed}
    return pm, truth


def _stem_of(program: int) -> str:
    """GM program -> the stem name a user's folder would give it (GM families)."""
    if 32 <= program <= 39:
        return "bass"
    if 24 <= program <= 31:
        return "guitar"
    if program <= 7:
        return "piano"
    if program in (52, 53, 54, 85):
        return "vocals"
    return "other"


def _blocks(shape: str, changes_a, changes_b) -> tuple[Block, ...]:
    """Three arrangement shapes a band would play (none of them the dev songs' form)."""
    if shape == "ballad":
        return (Block("intro", 3, changes_a, Part(chords="pads", level=60)),
                Block("verse", 6, changes_a, Part(drums="halftime", bass="pedal", chords="pads", lead="phrases", level=70)),
                Block("chorus", 6, changes_b, Part(drums="groove", bass="riff", chords="strum", lead="phrases", level=95)),
                Block("break", 2, changes_a[:1], Part(drums="break", level=100)),
                Block("bridge", 4, changes_b, Part(chords="broken", lead="long", level=65)),
                Block("outro", 3, changes_a, Part(bass="pedal", chords="pads", level=50)))
    if shape == "drive":
        return (Block("intro", 8, changes_a[:2], Part(drums="groove", bass="pump", level=85)),
                Block("verse", 16, changes_a, Part(drums="groove", bass="pump", chords="skank", lead="phrases", level=80)),
                Block("hook", 8, changes_b, Part(drums="groove", bass="riff", chords="strum", lead="calls", level=105)),
                Block("stop", 4, changes_b[:1], Part(chords="pads", lead="long", level=70)),
                Block("verse", 12, changes_a, Part(drums="groove", bass="walk", chords="skank", lead="phrases", level=80)),
                Block("tag", 4, changes_b, Part(drums="break", bass="pump", level=110)))
    # "swing": walking bass and comping, a solo chorus without the singer, the kit trading fours
    return (Block("head", 8, changes_a, Part(drums="shuffle", bass="walk", chords="skank", lead="phrases", level=75)),
            Block("solo", 8, changes_b, Part(drums="shuffle", bass="walk", chords="broken", level=85)),
            Block("fours", 4, changes_a[:2], Part(drums="break", level=95)),
            Block("head", 8, changes_a, Part(drums="shuffle", bass="walk", chords="skank", lead="phrases", level=75)),
            Block("coda", 3, changes_a[:1], Part(bass="pedal", chords="pads", lead="long", level=55)))


TEST_SONGS: list[tuple[Band, int]] = [
    (Band("ft_ballad_csm76", 4, 76, 2, tonic=1, minor=True,
          programs={"drums": 40, "bass": 35, "chords": 4, "lead": 52},
          blocks=_blocks("ballad", (1, 6, 3, 7), (6, 7, 1, 1))), 9101),
    (Band("ft_drive_ab152", 4, 152, 2, tonic=8, minor=False,
          programs={"drums": 16, "bass": 34, "chords": 27, "lead": 54},
          blocks=_blocks("drive", (1, 4, 1, 5), (6, 4, 1, 5))), 9102),
    (Band("ft_swing_g1208", 4, 63, 3, tonic=7, minor=False,
          programs={"drums": 8, "bass": 32, "chords": 26, "lead": 85},
          blocks=_blocks("swing", (1, 4, 1, 5, 4, 4, 1, 6), (2, 5, 1, 6))), 9103),
    (Band("ft_ballad_eb54", 5, 120, 2, tonic=3, minor=True,
          programs={"drums": 8, "bass": 38, "chords": 2, "lead": 85},
          blocks=_blocks("ballad", (1, 4, 6, 5), (4, 5, 1, 7))), 9104),
    (Band("ft_drive_e24", 2, 96, 2, tonic=4, minor=False,
          programs={"drums": 0, "bass": 34, "chords": 5, "lead": 52},
          blocks=_blocks("drive", (1, 5, 6, 4), (4, 5, 1, 1))), 9105),
]


def render(band: Band, seed: int, cache: Path) -> tuple[Path, dict]:
    """<cache>/<name>/{stem}.wav rendered with FluidSynth and :data:`SOUNDFONT`, and truth.json (cached)."""
    folder = cache / band.name
    if (folder / "truth.json").is_file():
        return folder, json.loads((folder / "truth.json").read_text())
    pm, truth = write_band(band, seed)
    write_stem_wavs(pm, folder, SOUNDFONT)
    truth["renderer"] = f"fluidsynth:{SOUNDFONT.name}"
    (folder / "truth.json").write_text(json.dumps(truth))
    return folder, truth


def room_tail(rng: np.random.Generator, room_s: float, rate: int) -> np.ndarray:
    """A room's impulse response drawn from ``rng``: noise decaying 60 dB over ``room_s``, silent for its first 10 ms
    (the pre-delay: the first reflection after 10 ms), at half the dry sound's energy."""
    taps = int(room_s * rate)
    tail = rng.laplace(size=taps) * 10 ** (-3 * np.arange(taps) / taps)
    tail[: int(0.01 * rate)] = 0.0
    return tail * (0.5 / np.sqrt(np.sum(tail ** 2)))


def noise_floor(rng: np.random.Generator, sound: np.ndarray, snr_db: float) -> np.ndarray:
    """White noise drawn from ``rng``, as long as ``sound``, ``snr_db`` under the RMS of its sounding samples."""
    heard = np.abs(sound) > 1e-4
    rms = float(np.sqrt(np.mean(sound[heard] ** 2))) if np.any(heard) else 1e-3
    return rng.standard_normal(len(sound)) * rms * 10 ** (-snr_db / 20)


def degrade_copy(src: Path, dst: Path, seed: int) -> dict:
    """A room, spill between the stems and a noise floor, at levels drawn from the seed and recorded in
    ``dst/conditions.json`` (the known conditions a caution is judged against): ``spill_db`` (each
    stem carries every other stem at this level), ``snr_db`` (each stem's RMS over its noise floor),
    ``room_s`` (the reverb's decay to −60 dB). A copy made from another seed is made again: one folder holds one
    copy, whichever command asks for it first (``eval.frames`` drew from seed + 1000 where ``eval.client_check``,
    ``eval.drums`` and ``eval.bass`` drew from the seed, and the cache kept whichever ran first)."""
    from scipy.signal import fftconvolve

    if (dst / "conditions.json").is_file():
        made = json.loads((dst / "conditions.json").read_text())
        if made.get("seed") == seed:
            return made
        for old in dst.glob("*.wav"):
            old.unlink()
    rng = np.random.default_rng(seed)
    spill_db = float(rng.choice([-24.0, -18.0, -12.0]))
    snr_db = float(rng.choice([40.0, 30.0, 24.0]))
    room_s = float(rng.uniform(0.4, 1.6))
    rate = sf.info(str(next(src.glob("*.wav")))).samplerate
    dry = {w.stem: sf.read(str(w), dtype="float32", always_2d=True)[0].mean(axis=1) for w in sorted(src.glob("*.wav"))}
    n = max(len(a) for a in dry.values())
    tail = room_tail(rng, room_s, rate)
    wet = {name: np.pad(a, (0, n - len(a))) for name, a in dry.items()}
    wet = {name: a + fftconvolve(a, tail)[:n] for name, a in wet.items()}
    dst.mkdir(parents=True, exist_ok=True)
    for name, a in wet.items():
        mixed = a + 10 ** (spill_db / 20) * sum(b for other, b in wet.items() if other != name)
        mixed = mixed + noise_floor(rng, a, snr_db)
        sf.write(str(dst / f"{name}.wav"), np.clip(mixed, -1, 1).astype(np.float32), rate, subtype="PCM_16")
    conditions = {"spill_db": spill_db, "snr_db": snr_db, "room_s": round(room_s, 2), "seed": seed}
    (dst / "conditions.json").write_text(json.dumps(conditions))
    return conditions


if __name__ == "__main__":
    from eval.material import CACHE

    for band, seed in TEST_SONGS:
        folder, truth = render(band, seed, CACHE / "frames_test")
        print(band.name, truth["meter"], f"{truth['duration_s']:.1f} s", [s[2] for s in truth["sections"]],
              sorted(p.stem for p in folder.glob("*.wav")))
