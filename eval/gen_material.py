"""The material generation is judged on: real multitracks (bass, guitar) and synthetic songs written
for this benchmark only, cut into two-bar windows.

    python -m eval.gen_material        # ingest everything into eval/cache/gen_home and list the windows

Splits. ``calibration``: one window in four of the first five songs and of the real multitracks (by a
hash of its id). ``dev``: the rest of them — the first test split, read on 2026-12-01 and used to
change the scoring and the generator since, so no longer held out (the real multitracks cannot be
redrawn: their windows are dev or calibration for good) — and every window of the bands in
:data:`DEV_BANDS` (the second test split, read once on 2026-12-02, then used to change the held-note
constraint), and of the third test split (read once on 2026-12-02, then used to diagnose and change the
scoring), and of the fourth (drawn by seed, read by mistake by another session before its owner's one
reading), and of the fifth (drawn by seed, read once, then used to change the scoring and the
generator), and of the sixth (drawn by seed, read once, then read again to see why originals were
rejected, and used to change the MIDI grid of 6/4), and of the seventh, the eighth and the ninth (each
drawn by seed, read once, then its lost windows read to change the scoring). ``test``: every window of the
bands in :data:`TEST_BANDS`, the tenth test split, drawn by a seed (:func:`_draw_plan`) after that, its
walking basses written to spell each chord's own tones, as the seventh's to the ninth's. The bands are written
by another arrangement writer (:func:`eval.frame_test_songs.write_band`: riff, walking, pedal and pumping
basses; strummed, skanked, broken and held guitar chords), in meters and at tempi the first songs do not
have (dev bands: 5/4, 12/8, 3/4, 2/4, 4/4 at 70-160 beats a minute; 6/8 at 66 dotted quarters, 4/4 at 124
and 132, 7/4 at 100, 3/4 at 150; from the fourth split on, meters and tempi as drawn), on steel, nylon, jazz,
clean, overdriven and distortion guitars and acoustic, finger, pick, fretless and synth basses, from new seeds.

A synthetic song is ingested from its MIDI file (its notes are the truth: what the player played); a
real multitrack from its stems (no human note annotation exists for its bass or guitar, so what the
player played is the analysis' transcription of the isolated, dry stem). The real multitracks are read
from ``../shared/real`` when it is there (CC BY-NC-SA: read in place, never copied into the repository).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from analysis.library import Library
from eval.material import CACHE
from eval.songs import Section, SongSpec, build_song
from eval.truth import REAL, bench_library, load_all

HOME = CACHE / "gen_home"
SONGS_DIR = CACHE / "gen_songs"
REAL_ITEMS = ("musicdelta_rock", "musicdelta_beatles", "musicdelta_country1", "musicdelta_punk", "musicdelta_shadows")
WINDOW_BARS = 2
KEY_NAMES = ("c", "db", "d", "eb", "e", "f", "gb", "g", "ab", "a", "bb", "b")
CALIBRATION_SHARE = 4  # one window in four (by a hash of its id) is calibration; the rest is test


def _form(verse: list[int], chorus: list[int], waltz: bool = False) -> list[Section]:
    """Drums alone, then verse, chorus, a quieter verse with trading phrases, a syncopated chorus, an outro."""
    return [Section("intro", 2, [1], 0.6, bass=False, lead=False, comp=False, waltz=waltz),
            Section("verse", 8, verse, 0.6, waltz=waltz),
            Section("chorus", 8, chorus, 0.9, waltz=waltz),
            Section("verse", 8, verse, 0.5, trade=True, waltz=waltz),
            Section("chorus", 8, chorus, 0.95, syncopated=not waltz, stabs=True, waltz=waltz),
            Section("outro", 4, [4, 5, 1, 1], 0.7, lead=False, waltz=waltz)]


# never used by eval.frames, eval.truth or any calibration: new seeds, keys, tempi, an organ answering
SONGS = [
    SongSpec(name="gen_c44_97", tempo_bpm=97, meter="4/4", tonic=0, mode="major", seed=901, six_stems=True,
             sections=_form([1, 4, 6, 5], [4, 1, 5, 6])),
    SongSpec(name="gen_fsm44_131", tempo_bpm=131, meter="4/4", tonic=6, mode="minor", seed=902, six_stems=True,
             response_program=16, sections=_form([1, 7, 6, 5], [6, 3, 7, 1])),
    SongSpec(name="gen_ab44_84", tempo_bpm=84, meter="4/4", tonic=8, mode="major", seed=903, six_stems=True,
             sections=_form([6, 4, 1, 5], [1, 5, 6, 4])),
    SongSpec(name="gen_e34_146", tempo_bpm=146, meter="3/4", tonic=4, mode="major", seed=904, six_stems=True,
             sections=_form([1, 5, 4, 1], [6, 4, 5, 5], waltz=True)),
    SongSpec(name="gen_cm68_100", tempo_bpm=100, meter="6/8", tonic=0, mode="minor", seed=905, six_stems=True,
             sections=_form([1, 6, 4, 5], [4, 5, 1, 1], waltz=True)),
]


# name, beats a bar, beats a minute, pulses a beat (3: 12/8), tonic, minor, GM programs (kit, bass, guitar,
# lead), arrangement shape, changes A and B, seed. The second test split (read once on 2026-12-02, then
# used to change the held-note constraint: dev now)
_DEV_PLAN = (
    ("gt_drive_d54", 5, 132, 2, 2, False, (16, 33, 29, 54), "drive", (1, 5, 4, 4), (6, 5, 4, 5), 9601),
    ("gt_swing_bb1208", 4, 70, 3, 10, False, (40, 35, 26, 52), "swing", (1, 6, 2, 5, 3, 6, 2, 5), (4, 4, 1, 6), 9602),
    ("gt_ballad_am34", 3, 92, 2, 9, True, (0, 32, 25, 85), "ballad", (1, 7, 6, 7), (4, 1, 5, 5), 9603),
    ("gt_drive_gm24", 2, 160, 2, 7, True, (8, 38, 30, 52), "drive", (1, 6, 7, 1), (3, 7, 4, 4), 9604),
    ("gt_straight_e44", 4, 112, 2, 4, False, (24, 34, 27, 53), "swing", (1, 4, 2, 5), (6, 2, 5, 1), 9605),
)
# the third test split: drawn after that change, read once on 2026-12-02, then used to diagnose why
# corruptions outrank the player and to change the scoring: dev now
_DEV3_PLAN = (
    ("g3_ballad_fm68", 2, 66, 3, 5, True, (0, 34, 24, 53), "ballad", (1, 4, 7, 3), (6, 7, 1, 1), 9701),
    ("g3_drive_a44", 4, 124, 2, 9, False, (16, 33, 30, 85), "drive", (1, 6, 4, 5), (4, 5, 6, 1), 9702),
    ("g3_swing_f44", 4, 132, 2, 5, False, (40, 32, 26, 52), "swing", (2, 5, 1, 6), (4, 7, 3, 6), 9703),
    ("g3_ballad_c74", 7, 100, 2, 0, False, (8, 35, 27, 54), "ballad", (1, 5, 6, 4), (4, 1, 5, 1), 9704),
    ("g3_drive_ebm34", 3, 150, 2, 3, True, (24, 38, 29, 85), "drive", (1, 7, 6, 5), (6, 3, 7, 1), 9705),
)




def _draw_plan(seed: int, count: int, prefix: str) -> tuple:
    """``count`` band plans drawn from ``seed`` (numpy's PCG64, stable across versions): meter, tempo,
    key, mode, programs, arrangement shape (each of the three at least once), meter (no two bands the
    same), changes and song seed, in the ranges the earlier splits span. Drawn, not chosen, so that no plan is picked with a figure in mind."""
    import numpy as np

    rng = np.random.default_rng(seed)
    shapes = ["ballad", "drive", "swing"] + [str(x) for x in rng.choice(["ballad", "drive", "swing"], count - 3)]
    shapes = [shapes[i] for i in rng.permutation(count)]
    meters = ((2, 2), (3, 2), (4, 2), (5, 2), (6, 2), (7, 2), (2, 3), (4, 3))  # (beats a bar, pulses a beat)
    picked = rng.choice(len(meters), count, replace=False)
    out = []
    for i, shape in enumerate(shapes):
        per_bar, pulses = meters[int(picked[i])]
        bpm = int(rng.integers(60, 100)) if pulses == 3 else int(rng.integers(70, 165))
        tonic, minor = int(rng.integers(12)), bool(rng.random() < 0.5)
        programs = (int(rng.choice([0, 8, 16, 24, 25, 32, 40, 48])), int(rng.integers(32, 40)),
                    int(rng.integers(24, 32)), int(rng.choice([52, 53, 54, 85])))
        changes_a = (1,) + tuple(int(x) for x in rng.integers(1, 8, 3))
        changes_b = tuple(int(x) for x in rng.integers(1, 8, 4))
        meter = f"{per_bar * 3}8" if pulses == 3 else f"{per_bar}4"
        name = f"{prefix}_{shape}_{KEY_NAMES[tonic]}{'m' if minor else ''}{meter}"
        out.append((name, per_bar, bpm, pulses, tonic, minor, programs, shape, changes_a, changes_b, seed + 1 + i))
    return tuple(out)


# the fourth test split: drawn by seed after the third was read, committed before any figure of it
# was read; then read by mistake by another session (eval.gen_rank --split test, 2026-12-02, figures not
# used for any change): dev
_DEV4_PLAN = _draw_plan(9801, 5, "g4")
# the fifth test split: drawn by seed after that, committed before any figure of it was read; read once
# at 2e5ef20, then used (as dev) to change the scoring and the generator: dev
_DEV5_PLAN = _draw_plan(9901, 5, "g5")
# the sixth test split: drawn by seed after the fifth became dev, committed before any figure of it was
# read; read once at cf5c02a, then read again on 2026-12-03 to see why 40 originals were rejected (its 6/4
# band's MIDI grid counted dotted halves; its walking basses spell the key's thirds): dev
_DEV6_PLAN = _draw_plan(10001, 5, "g6")
# the seventh test split: drawn by seed after the sixth became dev, committed before any figure of it was
# read; its walking basses spell each chord's own tones (eval.frame_test_songs.Band.walk = "chord"). Read
# once at 2a8093a; its lost windows were then read (2026-12-04) to change the scoring: dev
_DEV7_PLAN = _draw_plan(10101, 5, "g7")
# the eighth test split: drawn by seed after the seventh became dev, committed before any figure of it was
# read; walking basses on each chord's own tones, as the seventh's. Read once at 72f89b6; its lost windows
# were then read (2026-12-02 by the machine's clock, eighth session) to change the scoring: dev
_DEV8_PLAN = _draw_plan(10201, 5, "g8")
# the ninth test split: drawn by seed after the eighth became dev, committed before any figure of it was
# read; walking basses on each chord's own tones, as the seventh's and the eighth's. Read once as test at
# 9cbeab8; its lost windows were then read (seventeenth session, f517fb4) to change the scoring: dev
_DEV9_PLAN = _draw_plan(10301, 5, "g9")
# the tenth test split: drawn by seed after the ninth became dev, committed before any figure of it was
# read; walking basses on each chord's own tones, as the seventh's to the ninth's
_TEST_PLAN = _draw_plan(10401, 5, "g10")
CHORD_WALK = {plan[0] for plan in _DEV7_PLAN + _DEV8_PLAN + _DEV9_PLAN + _TEST_PLAN}


def _bands():
    """(band, seed) of the dev and test bands: another writer's arrangements (see the module's docstring),
    new names and seeds, every chord part on a guitar program (so that each band has a guitar stem)."""
    from eval.frame_test_songs import Band, _blocks

    return [(Band(name, per_bar, bpm, pulses, tonic=tonic, minor=minor,
                  programs=dict(zip(("drums", "bass", "chords", "lead"), programs)),
                  blocks=_blocks(shape, changes_a, changes_b), walk="chord" if name in CHORD_WALK else "key"), seed)
            for name, per_bar, bpm, pulses, tonic, minor, programs, shape, changes_a, changes_b, seed
            in _DEV_PLAN + _DEV3_PLAN + _DEV4_PLAN + _DEV5_PLAN + _DEV6_PLAN + _DEV7_PLAN + _DEV8_PLAN + _DEV9_PLAN
            + _TEST_PLAN]


TEST_BANDS = [plan[0] for plan in _TEST_PLAN]
DEV_BANDS = [plan[0] for plan in _DEV_PLAN + _DEV3_PLAN + _DEV4_PLAN + _DEV5_PLAN + _DEV6_PLAN + _DEV7_PLAN
             + _DEV8_PLAN + _DEV9_PLAN]


def band_folder(band, seed: int) -> Path:
    """<cache>/gen_songs/<name>/song.mid: the band's MIDI with its time signature, written once."""
    import pretty_midi

    from eval.frame_test_songs import write_band

    folder = SONGS_DIR / band.name
    if not (folder / "song.mid").is_file():
        pm, _ = write_band(band, seed)
        compound = band.subdivision == 3  # 12/8 counts dotted quarters
        pm.time_signature_changes.append(pretty_midi.TimeSignature(
            band.beats_per_bar * (3 if compound else 1), 8 if compound else 4, 0.0))
        folder.mkdir(parents=True, exist_ok=True)
        pm.write(str(folder / "song.mid"))
    return folder


@dataclass(frozen=True)
class GenWindow:
    id: str
    piece: str
    kind: str  # synthetic | real
    stem: str
    start_s: float
    end_s: float
    split: str  # calibration | dev | test


def split_of(window_id: str) -> str:
    """The frozen split: every window of a test band is test; of the other pieces, a window's id hashes
    to calibration one time in CALIBRATION_SHARE, and the rest (the first test split, now read) is dev."""
    if window_id.split(":")[0] in TEST_BANDS:
        return "test"
    if window_id.split(":")[0] in DEV_BANDS:
        return "dev"
    h = int(hashlib.sha1(window_id.encode()).hexdigest()[:8], 16)
    return "calibration" if h % CALIBRATION_SHARE == 0 else "dev"


def song_folder(spec: SongSpec) -> Path:
    """<cache>/gen_songs/<name>/{song.mid, truth.json}, written once."""
    folder = SONGS_DIR / spec.name
    if not (folder / "truth.json").is_file():
        pm, truth = build_song(spec)
        folder.mkdir(parents=True, exist_ok=True)
        pm.write(str(folder / "song.mid"))
        (folder / "truth.json").write_text(json.dumps(asdict(truth)))
    return folder


def pieces() -> list[tuple[str, str, Path]]:
    """(name, kind, path to load) for every piece present: the synthetic songs and the real multitracks."""
    out = [(s.name, "synthetic", song_folder(s) / "song.mid") for s in SONGS]
    out += [(band.name, "synthetic", band_folder(band, seed) / "song.mid") for band, seed in _bands()]
    if REAL.is_dir():
        out += [(name, "real", REAL / name) for name in REAL_ITEMS if (REAL / name / "truth.json").is_file()]
    return out


def open_library(home: Path = HOME) -> Library:
    return bench_library(home, ingest_workers=1)


def ingest(lib: Library, items: list[tuple[str, str, Path]]) -> dict[str, str]:
    return load_all(lib, [(name, path, f"gen-{kind}-{name}") for name, kind, path in items])


def windows(lib: Library, ids: dict[str, str], items, stems: tuple[str, ...] = ("bass", "guitar")) -> list[GenWindow]:
    """Consecutive two-bar windows (from the track's downbeats) where the stem plays four notes or more
    and plays outside the window too."""
    out = []
    kinds = {name: kind for name, kind, _ in items}
    for name, tid in ids.items():
        have = {r["stem"] for r in lib.store.stem_rows(tid)}
        grid = lib.store.grid(tid)
        downbeats = grid.beats_s[grid.beat_in_bar == 1].tolist()
        for stem in stems:
            if stem not in have:
                continue
            for i in range(0, len(downbeats) - WINDOW_BARS, WINDOW_BARS):
                a, b = downbeats[i] - 0.02, downbeats[i + WINDOW_BARS] - 0.02
                inside = lib.store.notes(tid, stem, a, b)
                outside = len(lib.store.notes_outside(tid, stem, a, b))
                if len(inside) >= 4 and outside >= 8:
                    wid = f"{name}:{stem}@{a:.2f}"
                    out.append(GenWindow(wid, name, kinds[name], stem, round(a, 3), round(b, 3), split_of(wid)))
    return out


def split_args(doc: str, argv: list[str] | None) -> tuple[str, int | None]:
    """``--split`` (test, dev, calibration or all) and ``--limit`` from the command line of a generation benchmark."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("test", "dev", "calibration", "all"), default="test")
    parser.add_argument("--limit", type=int, default=None, help="every n-th window, at most this many (a quick look)")
    args = parser.parse_args(argv)
    return args.split, args.limit


def main() -> None:
    items = pieces()
    lib = open_library()
    try:
        ids = ingest(lib, items)
        ws = windows(lib, ids, items)
    finally:
        lib.close()
    for split in ("calibration", "dev", "test"):
        sel = [w for w in ws if w.split == split]
        print(f"{split}: {len(sel)} windows ({sum(w.kind == 'real' for w in sel)} real)")


if __name__ == "__main__":
    main()


@dataclass
class WindowCase:
    """What a window's part is generated from, and what the player played there."""

    window: GenWindow
    track_id: str
    others: object  # WindowSlice without the stem
    ctx: object  # TrackContext
    habits: object  # generation.habits.Habits | None
    played: list[dict]  # the stem's notes in the window (a synthetic song's MIDI; a real stem's transcription)
    kick_s: list[float]  # the kick's onsets in the window


def case(lib: Library, tid: str, w: GenWindow) -> WindowCase:
    from generation.habits import KICK, habits_of
    from analysis.core.types import Window
    from heuristics.slice import load_context, load_slice

    stems = tuple(r["stem"] for r in lib.store.stem_rows(tid) if r["stem"] != w.stem)
    others = load_slice(lib.store, Window(tid, stems, w.start_s, w.end_s))
    kick = [n.time_s for n in lib.store.notes(tid, "drums", w.start_s, w.end_s).each() if n.pitch in KICK]
    return WindowCase(w, tid, others, load_context(lib.store, tid), habits_of(lib.store, tid, w.stem, w.start_s, w.end_s),
                      played_notes(lib, tid, w.stem, w.start_s, w.end_s), kick)


# The notes each instrument can sound (MIDI), as a player states them, the benchmark's own (not the generator's
# bounds): a four-string bass E1 to G4 at its 24th fret; a 24-fret guitar E2 to E6.
INSTRUMENT_RANGE = {"bass": (28, 67), "guitar": (40, 88)}


def played_notes(lib: Library, tid: str, stem: str, start_s: float, end_s: float) -> list[dict]:
    """The stem's notes in the window, cut at its end; notes outside the instrument's range (a
    transcription's overtones: no bass or guitar sounds them) left out."""
    lo, hi = INSTRUMENT_RANGE[stem]
    return [dict(time_s=n.time_s, duration_s=min(n.duration_s, end_s - n.time_s), pitch=n.pitch, velocity=n.velocity)
            for n in lib.store.notes(tid, stem, start_s, end_s - 1e-3).each() if lo <= n.pitch <= hi]


def selected(split: str, stems: tuple[str, ...] = ("bass", "guitar"), limit: int | None = None):
    """Open the library, ingest the material (once) and yield (lib, track id, window) for the split;
    ``limit`` keeps every n-th window so that at most ``limit`` remain (a quick look, not a figure)."""
    items = pieces()
    lib = open_library()
    ids = ingest(lib, items)
    ws = [w for w in windows(lib, ids, items, stems) if split in ("all", w.split)]
    if limit and len(ws) > limit:
        ws = ws[:: -(-len(ws) // limit)]
    return lib, ids, ws
