from __future__ import annotations

import asyncio
import base64
import io

import numpy as np
import soundfile as sf


async def poll_ready(client, track_id: str, timeout_s: float = 120.0) -> dict:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while True:
        res = await client.call_tool("track_status", {"track_id": track_id})
        status = res.structured_content
        if status["state"] in ("ready", "failed") or loop.time() > deadline:
            return status
        await asyncio.sleep(0.1)


async def load_ready(client, args: dict, timeout_s: float = 180.0) -> str:
    """load_track with wait=True, then track_status until ready: the wait is bounded (STEMSENSE_WAIT_S) by
    design, and on a loaded machine an ingest outlasts it. Returns the track_id of a ready track."""
    tid = (await client.call_tool("load_track", {**args, "wait": True})).structured_content["track_id"]
    status = await poll_ready(client, tid, timeout_s)
    assert status["state"] == "ready", status
    return tid


def blob_bytes(contents) -> bytes:
    """The bytes of a binary resource read (base64 on the wire; some clients decode it already)."""
    blob = contents[0].blob
    return base64.b64decode(blob) if isinstance(blob, str) else blob


def decode_wav_blob(contents) -> tuple[np.ndarray, int]:
    data, sr = sf.read(io.BytesIO(blob_bytes(contents)), dtype="float32", always_2d=True)
    return data.T, sr
