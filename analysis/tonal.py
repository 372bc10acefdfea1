"""Track-level tonality: the key by a three-profile consensus (chords: analysis.harmony).

Both read the harmonic stems only (everything but drums): a kick drum's partials are not harmony.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from .config import SAMPLE_RATE_HZ, essentia_standard
from .core.vocabulary import CHORD_QUALITIES, PITCH_CLASS, home_weight, key_name, key_tonic, parse_chord

KEY_PROFILES = ("edma", "krumhansl", "temperley")


def bass_tonic_weights(bass_mono: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(pitch-class weight of the bass over the track, over its last few seconds): the bass names
    the tonic, above all at the final cadence."""
    import librosa

    y = librosa.resample(bass_mono.astype(np.float32), orig_sr=SAMPLE_RATE_HZ, target_sr=11025, res_type="soxr_hq")
    chroma = librosa.feature.chroma_cqt(y=y, sr=11025, hop_length=512, fmin=librosa.note_to_hz("C1"), n_octaves=3)
    energy = librosa.feature.rms(y=y, hop_length=512)[0][: chroma.shape[1]]
    weighted = chroma[:, : len(energy)] * energy
    audible = np.nonzero(energy > 0.1 * (energy.max() + 1e-12))[0]
    tail = weighted[:, audible[-int(3 * 11025 / 512):]] if len(audible) else weighted[:, -1:]
    norm = lambda v: v / (v.sum() + 1e-12)
    return norm(weighted.sum(axis=1)), norm(tail.sum(axis=1))


def key_consensus(harmonic_mono: np.ndarray, bass_mono: np.ndarray | None = None) -> dict:
    """Run Essentia's KeyExtractor with three profiles and combine their votes.

    Returns
    -------
    dict
        ``tonic``, ``scale``, ``label`` ("A minor"), ``pitch_class``, ``agreement`` (share of the
        three profiles voting for the winner), ``strength`` (the winners' mean strength) and ``votes``.
    """
    es = essentia_standard()

    audio = np.ascontiguousarray(harmonic_mono, dtype=np.float32)
    votes = []
    for profile in KEY_PROFILES:
        key, scale, strength = es.KeyExtractor(profileType=profile, sampleRate=SAMPLE_RATE_HZ)(audio)
        pc = PITCH_CLASS[key]
        votes.append({"profile": profile, "tonic": key_tonic(pc, scale), "scale": scale, "strength": round(float(strength), 3)})
    tally: dict[tuple[str, str], list[float]] = defaultdict(list)
    for v in votes:
        tally[(v["tonic"], v["scale"])].append(v["strength"])
    (tonic, scale), strengths = max(tally.items(), key=lambda kv: (len(kv[1]), sum(kv[1])))
    result = {"tonic": tonic, "scale": scale, "label": f"{tonic} {scale}", "pitch_class": PITCH_CLASS[tonic],
              "agreement": round(len(strengths) / len(KEY_PROFILES), 3),
              "strength": round(float(np.mean(strengths)), 3), "votes": votes}
    if bass_mono is not None and float(np.sqrt(np.mean(bass_mono ** 2))) > 1e-4:
        result = _relative_by_bass(result, *bass_tonic_weights(bass_mono))
    return result


def _relative_by_bass(result: dict, overall: np.ndarray, final: np.ndarray) -> dict:
    """A key and its relative share every pitch class; the bass tells them apart. Switch to the
    relative key when the bass weighs its tonic more, both overall and at the end."""
    pc = result["pitch_class"]
    rel_pc, rel_scale = ((pc + 9) % 12, "minor") if result["scale"] == "major" else ((pc + 3) % 12, "major")
    result["bass_evidence"] = {"tonic_weight": round(float(overall[pc]), 3), "relative_weight": round(float(overall[rel_pc]), 3),
                               "final_tonic": round(float(final[pc]), 3), "final_relative": round(float(final[rel_pc]), 3)}
    if overall[rel_pc] > overall[pc] and final[rel_pc] > final[pc]:
        result.update(tonic=key_tonic(rel_pc, rel_scale), scale=rel_scale, label=key_name(rel_pc, rel_scale),
                      pitch_class=rel_pc, relative_of_vote=True)
    return result


# The chords decide between a key and its relative where the song has at least this many chord changes: a
# timeline of one or two chords names no home (the bass's weights decide then, :func:`_relative_by_bass`).
MIN_HOME_CHORDS = 4
# ... and the relative wins only by more than one chord of the timeline's typical length: less is no evidence of a
# home (vocadito's unaccompanied singer, four chords read off one voice, weighed B flat major 1.46 against G minor 1.54)
HOME_MARGIN = 1.0


def chord_tonic(label: str) -> tuple[int, bool] | None:
    """'C#:min7' -> (1, True): a timeline chord's root (:func:`parse_chord`) and whether it is minor -- its quality
    holds the minor triad, else the major one; None for no chord or a chord that holds neither (sus, dim, aug, a
    bare fifth)."""
    parsed = parse_chord(label)
    if parsed is None:
        return None
    root, quality, _ = parsed
    steps = set(CHORD_QUALITIES[quality])
    return (root, True) if {0, 3, 7} <= steps else (root, False) if {0, 4, 7} <= steps else None


def relative_by_chords(result: dict, chords: list[dict]) -> dict:
    """A key and its relative share every pitch class, so the profiles cannot tell them apart; the song's chords
    can, as a listener does: where the relative's tonic chord weighs clearly more as a home (:func:`home_weight` by
    the chords' roots: the time it sounds, the V-I cadences into it, opening and closing on it; the time in chords
    of the timeline's typical length; HOME_MARGIN), the song is in the relative key. This overrules the bass's
    reading (its last seconds name the final chord, which a song in C sharp minor may end away from: ft_ballad_csm76
    read E major, the twenty-fifth session's sweep, dev). The key before is kept as ``before_chords`` where it
    moves."""
    seq: list[tuple[tuple[int, bool], float]] = []
    for row in sorted(chords, key=lambda r: r["start_s"]):
        chord, length = chord_tonic(row["label"]), float(row["end_s"]) - float(row["start_s"])
        if chord is None or length <= 0:
            continue
        if seq and seq[-1][0] == chord:
            seq[-1] = (chord, seq[-1][1] + length)
        else:
            seq.append((chord, length))
    if len(seq) < MIN_HOME_CHORDS or "pitch_class" not in result or result.get("scale") not in ("major", "minor"):
        return result
    unit = float(np.median([n for _, n in seq]))
    names, lengths = [c for c, _ in seq], [n / unit for _, n in seq]
    pc, minor = int(result["pitch_class"]), result["scale"] == "minor"
    rel = ((pc + 3) % 12, False) if minor else ((pc + 9) % 12, True)
    here, there = home_weight((pc, minor), names, lengths, by_root=True), home_weight(rel, names, lengths, by_root=True)
    result["chord_evidence"] = {"tonic_weight": round(here, 2), "relative_weight": round(there, 2),
                                "chords": len(seq)}
    if there > here + HOME_MARGIN:
        mode = "minor" if rel[1] else "major"
        result.update(before_chords=result["label"], tonic=key_tonic(rel[0], mode), scale=mode,
                      label=key_name(rel[0], mode), pitch_class=rel[0])
    return result
