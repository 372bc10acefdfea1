"""A page for a person to listen: for each window, what the player played and the generated options, in
context with the other stems, with a piano roll of each part and its MusicXML.

    python -m eval.listen                 # eval/out/listen/index.html (+ the MusicXML files beside it)
    python -m eval.listen --per-piece 2   # more windows of each piece and stem

Windows: the first of each piece and stem of the test split of :mod:`eval.gen_material` (synthetic
songs and the real MusicDelta multitracks, whose audio stays under eval/out: it is CC BY-NC-SA and is
never committed). Options are what ``generate_part`` returns for "write a new part" over the window,
ranked by its score; the audio is embedded as base64 Ogg, so the page needs no server and no network.
"""

from __future__ import annotations

import argparse
import base64
import html
import io
from dataclasses import replace
from pathlib import Path

import numpy as np
import soundfile as sf

from analysis.audio_io import ogg_bytes
from analysis.config import SAMPLE_RATE_HZ
from eval.gen_material import played_notes, selected
from generation import notation, render
from generation.directive import grid_of
from generation.service import bars_of, generate_part, part_file
from heuristics.slice import load_context

OUT = Path(__file__).resolve().parent / "out" / "listen"


def piano_roll(notes: list[dict], start_s: float, end_s: float, beats, downbeats, width: int = 640,
               height: int = 140) -> str:
    """An SVG piano roll of the part: beats as thin lines (bar lines darker), notes as bars by pitch."""
    pitches = [n["pitch"] for n in notes] or [60]
    lo, hi = min(pitches) - 2, max(pitches) + 2
    x = (lambda t: (t - start_s) / (end_s - start_s) * width)
    y = (lambda p: (hi - p) / (hi - lo) * (height - 8) + 4)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'style="background:#fafafa;border:1px solid #ccc">']
    for b in beats:
        dark = any(abs(b - d) < 1e-3 for d in downbeats)
        parts.append(f'<line x1="{x(b):.1f}" x2="{x(b):.1f}" y1="0" y2="{height}" stroke="{"#888" if dark else "#ddd"}"/>')
    for p in range(lo, hi + 1):
        if p % 12 == 0:
            parts.append(f'<text x="2" y="{y(p) + 3:.1f}" font-size="9" fill="#999">C{p // 12 - 1}</text>')
    for n in notes:
        w = max(2.0, x(n["time_s"] + n["duration_s"]) - x(n["time_s"]))
        parts.append(f'<rect x="{x(n["time_s"]):.1f}" y="{y(n["pitch"]) - 3:.1f}" width="{w:.1f}" height="6" rx="1" '
                     f'fill="#3465a4"><title>{n["pitch"]} at {n["time_s"]:.2f} s</title></rect>')
    return "".join(parts) + "</svg>"


def audio_tag(mono: np.ndarray) -> str:
    data = base64.b64encode(ogg_bytes(mono, SAMPLE_RATE_HZ)).decode()
    return f'<audio controls preload="none" src="data:audio/ogg;base64,{data}"></audio>'


def original_in_context(lib, tid: str, start_s: float, end_s: float) -> np.ndarray:
    """Every stem of the track over the window, as recorded (or rendered at ingest), mixed."""
    paths = {r["stem"]: lib.store.home / r["path"] for r in lib.store.stem_rows(tid)}
    return render.context_mix(np.zeros(int(round((end_s - start_s) * SAMPLE_RATE_HZ)), np.float32), paths, start_s)


def section(lib, tid: str, w, folder: Path) -> str:
    out = generate_part(lib, tid, w.stem, w.start_s, w.end_s, "write a new part", n_options=3, seed=0)
    d = out.directive
    ctx = load_context(lib.store, tid)
    beats = [float(b) for b in grid_of(d)]
    around = lib.store.grid(tid, w.start_s - 0.05, w.end_s)
    downbeats = around.beats_s[around.beat_in_bar == 1].tolist()
    played = played_notes(lib, tid, w.stem, w.start_s, w.end_s)
    slug = w.id.replace(":", "_").replace("@", "_")
    notation.write_musicxml(folder / f"{slug}_played.musicxml", played, d, bars_of(lib, tid, d, ctx))
    rows = [("what the player played (all stems as recorded)", original_in_context(lib, tid, w.start_s, w.end_s),
             played, f"{slug}_played.musicxml", "")]
    for o in out.options:
        notes = [n.model_dump() for n in o.notes]
        name = f"{slug}_option{o.rank}.musicxml"
        (folder / name).write_bytes(part_file(lib, o.part_id, "part.musicxml"))
        mix, _ = sf.read(io.BytesIO(part_file(lib, o.part_id, "in_context.wav")), dtype="float32")
        s = o.score
        detail = (f"score {s.total:.2f} — harmony {s.key_fit:.2f}, with the others {s.consonance:.2f}, rhythm "
                  f"{s.rhythm_fit:.2f}, register "
                  f"{s.register_fit:.2f}, density {s.density_fit:.2f}, voice-leading {s.voice_leading:.2f}, "
                  f"lock {s.rhythmic_lock if s.rhythmic_lock is not None else '—'}")
        rows.append((f"option {o.rank}: {o.label}", mix, notes, name, detail))
    cells = []
    for label, mix, notes, xml, detail in rows:
        cells.append(f"<div class='row'><h3>{html.escape(label)}</h3><p class='d'>{html.escape(detail)}</p>"
                     f"{audio_tag(mix)} <a href='{xml}'>MusicXML</a><br>"
                     f"{piano_roll(notes, w.start_s, w.end_s, beats, downbeats)}</div>")
    key = d.constraints.key or "no key"
    return (f"<section><h2>{html.escape(w.piece)} — {w.stem}, {w.start_s:.2f}–{w.end_s:.2f} s ({w.kind}, {key}, "
            f"{ctx.meter or 'meter unknown'})</h2>" + "".join(cells) + "</section>")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-piece", type=int, default=1, help="windows of each piece and stem")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--split", choices=("test", "dev", "calibration", "all"), default="test")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    lib, ids, ws = selected(args.split)
    taken: dict[tuple[str, str], int] = {}
    sections = []
    try:
        for w in ws:
            if taken.get((w.piece, w.stem), 0) >= args.per_piece:
                continue
            taken[(w.piece, w.stem)] = taken.get((w.piece, w.stem), 0) + 1
            # a track's first window starts 20 ms before its first downbeat: at 0 s when that is earlier
            sections.append(section(lib, ids[w.piece], replace(w, start_s=max(0.0, w.start_s)), args.out))
    finally:
        lib.close()
    page = ("<!doctype html><html><head><meta charset='utf-8'><title>StemSense: generated parts, by ear</title>"
            "<style>body{font-family:sans-serif;max-width:760px;margin:2em auto}section{border-top:2px solid #333;"
            "margin-top:2em}.row{margin:1em 0}.d{color:#555;font-size:90%;margin:0}h3{margin:.3em 0}</style></head>"
            "<body><h1>Generated parts, by ear</h1><p>For each window of the test split (python -m eval.gen_material): "
            "what the player played, with every stem, then the three options generate_part returns for “write a new "
            "part”, each over the other stems. Piano rolls: beats as thin lines, bar lines darker. The MusicXML "
            "files lie beside this page. Real multitracks: MedleyDB / MDB Drums, CC BY-NC-SA 4.0 (evaluation only, "
            "never committed).</p>" + "".join(sections) + "</body></html>")
    (args.out / "index.html").write_text(page, encoding="utf-8")
    print(f"{len(sections)} windows -> {args.out / 'index.html'}")


if __name__ == "__main__":
    main()
