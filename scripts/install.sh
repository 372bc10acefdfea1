#!/usr/bin/env bash
# One command: install StemSense MCP into .venv (CPU torch, lean basic-pitch) and run the main job
# on the shipped example.  Usage: bash scripts/install.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: FluidSynth + a GM soundfont render MIDI stems (optional: a built-in synth is used
# without them); ffmpeg decodes m4a. Only attempted where apt-get and root are available.
if ! command -v fluidsynth >/dev/null 2>&1 || [ ! -f /usr/share/sounds/sf2/FluidR3_GM.sf2 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fluidsynth fluid-soundfont-gm ffmpeg) \
      >/dev/null 2>&1 || echo "note: apt-get install fluidsynth fluid-soundfont-gm ffmpeg failed; MIDI renders with the built-in synth"
  else
    echo "note: install fluidsynth + fluid-soundfont-gm for realistic MIDI rendering (optional)"
  fi
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# The CPU build of torch first: demucs only asks for torch>=2.1, so nothing pulls a CUDA build later.
# (On these machines pip finds the CPU wheel on local disk; elsewhere point pip at a CPU wheel index.)
.venv/bin/python -m pip install -q "torch==2.13.0"
.venv/bin/python -m pip install -q -e ".[test]"
# basic-pitch without its declared TensorFlow (1.4 GB): its wheel ships an ONNX model for onnxruntime.
# openai-whisper without triton (~1 GB of GPU kernels; the CPU path does not use it).
.venv/bin/python -m pip install -q --no-deps "basic-pitch==0.4.0" "openai-whisper==20250625"

echo "== installed; running the main job on examples/demo_song.mid =="
.venv/bin/stemsense-mcp demo
