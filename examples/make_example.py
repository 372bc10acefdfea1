"""Regenerate examples/demo_song.mid (the shipped example): python examples/make_example.py"""

from pathlib import Path

from eval.songs import DEMO_SPEC, build_song

if __name__ == "__main__":
    pm, truth = build_song(DEMO_SPEC)
    out = Path(__file__).parent / "demo_song.mid"
    pm.write(str(out))
    print(f"wrote {out} ({truth.duration_s:.1f} s, {truth.key}, {truth.tempo_bpm:.0f} BPM, {truth.meter})")
