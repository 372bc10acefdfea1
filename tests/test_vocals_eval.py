"""eval.vocals' metric can fail: a transcription that splits every sung note in three, or sings it a
semitone flat, scores far under the written notes themselves."""

from __future__ import annotations

from eval.vocals import scores


def test_the_vocal_metric_catches_fragmented_and_mistuned_notes():
    ref = [(0.5 * i, 0.5 * i + 0.45, 60 + (i % 5)) for i in range(16)]  # (start s, end s, MIDI pitch)
    exact = [dict(time_s=a, duration_s=b - a, pitch=p) for a, b, p in ref]
    assert scores(ref, exact) == {"onset_f": 1.0, "note_f": 1.0, "per_note": 1.0}
    split = [dict(time_s=a + k * 0.15, duration_s=0.14, pitch=p) for a, _, p in ref for k in range(3)]
    s = scores(ref, split)
    assert s["per_note"] == 3.0 and s["onset_f"] <= 0.5 and s["note_f"] <= 0.5
    flat = [dict(n, pitch=n["pitch"] - 1) for n in exact]
    assert scores(ref, flat)["note_f"] == 0.0 and scores(ref, flat)["onset_f"] == 1.0
    assert scores(ref, []) == {"onset_f": 0.0, "note_f": 0.0, "per_note": 0.0}
