"""The application service over the store: load, poll, summarise, delete, read artefacts.

The MCP server calls this and nothing below it; the same object serves the demo and the tests.
"""

from __future__ import annotations

import dataclasses
import io
import math
import shutil
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import numpy as np

from . import separation
from .config import STEM_NAMES, Settings
from .core.types import StemSummary, TrackAnalysis
from .errors import InputError, NotFoundError, NotReadyError, StorageError
from .ingest import TRACK_ID_RE, plan_ingest, run_ingest
from .midi_source import STEM_PROGRAM
from .models import (AnalysisRun, DeleteResult, KeyEstimate, SectionInfo, StemDescriptors, StemInfo, Timeline,
                     TimelineGrid, TimelineSpan, TimelineStem, TrackLevel, TrackStatus, TrackSummary)
from .stem_analysis import FEATURE_HOP_S
from .store import Store

INTERRUPTED = ("The ingest was interrupted (the process running it stopped before it finished). Call load_track again "
               "with the same source to restart it.")


MAX_PREVIEW_S = 120.0
# A running ingest whose step has not moved for this long (or twice the track's length, if longer) is said
# to be stuck: every step reports when it starts, and on 2 cores none takes a track's length twice over.
STALL_S = 600.0


def stalled_s(row: dict, now: float | None = None) -> float | None:
    """Seconds a running ingest's current step has gone without progress, when that is past the stall limit."""
    if row["state"] != "running" or not row.get("updated_at"):
        return None
    idle = (time.time() if now is None else now) - float(row["updated_at"])
    return idle if idle > max(STALL_S, 2.0 * float(row.get("duration_s") or 0.0)) else None


def _descriptors(summary: StemSummary | None) -> StemDescriptors | None:
    """A sounding stem's track-level descriptors as the server shows them (None for a silent stem)."""
    if summary is None or summary.empty:
        return None
    return StemDescriptors(**{k: v for k, v in dataclasses.asdict(summary).items() if k in StemDescriptors.model_fields})


def track_uri(track_id: str) -> str:
    return f"stemsense://tracks/{track_id}"


class Library:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.store = Store(settings.home)
        self._pool = ThreadPoolExecutor(max_workers=settings.ingest_workers, thread_name_prefix="ingest")
        self._jobs: dict[str, Future] = {}
        self._lock = threading.Lock()
        self.store.fail_orphans(INTERRUPTED)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    # -- validation shared by every handle-taking call -----------------------------------
    def check_track_id(self, track_id: str) -> str:
        if not isinstance(track_id, str) or not TRACK_ID_RE.match(track_id):
            raise NotFoundError(f"{str(track_id)[:40]!r} is not a track id (16 hex characters, as load_track returns). "
                                "Call list_tracks to see the loaded tracks.")
        return track_id

    def check_stem(self, track_id: str, stem: str) -> dict:
        if stem not in STEM_NAMES:
            raise InputError(f"Unknown stem {str(stem)[:40]!r}; stems are {', '.join(STEM_NAMES)}.")
        rows = {r["stem"]: r for r in self.store.stem_rows(track_id)}
        if stem not in rows:
            have = ", ".join(rows) or "none yet"
            raise NotFoundError(f"Track {track_id} has no {stem} stem (it has: {have}).")
        return rows[stem]

    def ready_row(self, track_id: str) -> dict:
        row = self.store.get_track_row(self.check_track_id(track_id))
        if row["state"] != "ready":
            hint = row["error"] if row["state"] == "failed" else "call track_status until it is ready"
            raise NotReadyError(f"Track {track_id} is {row['state']}; {hint}")
        return row

    # -- loading ------------------------------------------------------------------------
    def load(self, source: str, stems: dict[str, str] | None = None, title: str | None = None,
             separation_model: str = separation.DEFAULT_MODEL) -> TrackStatus:
        plan = plan_ingest(source, stems, title, self.settings, separation_model)
        with self._lock:
            row, claimed = self.store.claim_track(plan.row())
            if claimed:
                self._jobs[plan.track_id] = self._pool.submit(run_ingest, plan, self.store, self.settings)
        status = self.status(plan.track_id, reused=not claimed)
        if plan.unseparated:  # no Demucs weights here: said at once, not only once it is ready
            status.message += f" The mix loads as one `mix` stem, not separated: {plan.unseparated}."
        return status

    def status(self, track_id: str, reused: bool = False) -> TrackStatus:
        row = self.store.get_track_row(self.check_track_id(track_id))
        state = row["state"]
        if state == "ready":
            message = ("Already loaded; " if reused else "") + "ready: every query can use it now."
        elif state == "failed":
            message = "The ingest failed; see error."
        elif (idle := stalled_s(row)) is not None:
            message = (f"The ingest may be stuck: its step {row['step']!r} has made no progress for {idle / 60:.0f} "
                       "minutes. It stays running while the server lives; restart the server (the track is then "
                       "marked failed) and call load_track again with the same source.")
        else:
            message = ("Already loading; " if reused else "") + "ingest runs in the background; poll track_status."
        return TrackStatus(track_id=track_id, title=row["title"], state=state, progress=float(row["progress"] or 0.0),
                           step=row["step"], error=row["error"], source_kind=row["source_kind"], message=message)

    def list(self) -> list[TrackStatus]:
        return [self.status(r["track_id"]) for r in self.store.list_track_rows()]

    def summary(self, track_id: str) -> TrackSummary:
        row = self.store.get_track_row(self.check_track_id(track_id))
        counts = self.store.note_counts(track_id)
        analysis = self.store.track_analysis(track_id)
        stems = [
            StemInfo(stem=s["stem"], duration_s=s["duration_s"], channels=s["channels"], rms_dbfs=s["rms_dbfs"],
                     peak_dbfs=s["peak_dbfs"], empty=bool(s["empty"]), origin=s["origin"], note_source=s["note_source"],
                     note_count=counts.get(s["stem"], 0), audio_uri=f"{track_uri(track_id)}/stems/{s['stem']}.wav",
                     midi_uri=f"{track_uri(track_id)}/midi/{s['stem']}.mid" if counts.get(s["stem"]) else None,
                     track_level=_descriptors(analysis.stems.get(s["stem"])))
            for s in self.store.stem_rows(track_id)
        ]
        runs = [AnalysisRun(step=r["step"], status=r["status"], reason=r["reason"], seconds=r["seconds"])
                for r in self.store.run_rows(track_id)]
        return TrackSummary(track_id=track_id, title=row["title"], state=row["state"], source_kind=row["source_kind"],
                            duration_s=row["duration_s"], sample_rate=row["sample_rate"],
                            separation_model=row["separation_model"], stems=stems, runs=runs,
                            track_level=self._track_level(track_id, analysis))

    def _track_level(self, track_id: str, analysis: TrackAnalysis) -> TrackLevel:
        tempo, meter, key = analysis.tempo, analysis.meter, analysis.key
        return TrackLevel(tempo_bpm=tempo and tempo.bpm, tempo_confidence=tempo and tempo.confidence,
                          meter=meter and meter.label, beats_per_bar=meter and meter.beats_per_bar,
                          grid_source=tempo and tempo.source,
                          key=KeyEstimate(**{k: v for k, v in dataclasses.asdict(key).items()
                                             if k in KeyEstimate.model_fields}) if key else None,
                          sections=[SectionInfo(**dataclasses.asdict(s)) for s in self.store.sections(track_id)],
                          chord_changes=max(0, self.store.chord_count(track_id) - 1),
                          lyrics=analysis.lyrics, style_tags=analysis.style_tags)

    def delete(self, track_id: str) -> DeleteResult:
        row = self.store.get_track_row(self.check_track_id(track_id))
        if row["state"] in ("queued", "running"):
            raise InputError(f"Track {track_id} is still ingesting; wait until track_status says ready or failed, then delete it.")
        self.store.delete_track(track_id)
        shutil.rmtree(self.store.home / "tracks" / track_id, ignore_errors=True)
        with self._lock:
            self._jobs.pop(track_id, None)
        return DeleteResult(track_id=track_id, deleted=True, message=f"Deleted {row['title']!r} and its audio.")

    # -- the timeline view ----------------------------------------------------------------
    def timeline(self, track_id: str, points: int = 1200) -> Timeline:
        """Waveform peaks (max-pooled from the stored 50 ms features to ``points`` per stem), the beat
        grid, sections and chords of a ready track: what a timeline draws. Nothing is recomputed."""
        if not isinstance(points, int) or not 50 <= points <= 20000:
            raise InputError(f"points must be a whole number from 50 to 20000 (got {str(points)[:20]}).")
        row = self.ready_row(track_id)
        duration = float(row["duration_s"])
        points = min(points, max(50, math.ceil(duration / FEATURE_HOP_S)))  # no finer than what is stored
        analysis = self.store.track_analysis(track_id)
        counts = self.store.note_counts(track_id)
        peaks: dict[str, np.ndarray] = {}
        for stem, t, peak, energy_db in self.store.peak_rows(track_id):
            if stem not in peaks:
                peaks[stem] = np.zeros(points)
            # rows stored before peaks existed: the RMS level's sine-wave peak stands in for it
            amp = peak if peak is not None else math.sqrt(2) * 10 ** (energy_db / 20)
            i = min(points - 1, int(t / duration * points))
            peaks[stem][i] = max(peaks[stem][i], min(1.0, amp))
        stems = [TimelineStem(stem=s["stem"], empty=bool(s["empty"]), origin=s["origin"],
                              note_count=counts.get(s["stem"], 0),
                              peaks=[] if s["empty"] or s["stem"] not in peaks else np.round(peaks[s["stem"]], 3).tolist())
                 for s in self.store.stem_rows(track_id)]
        beats = self.store.grid(track_id)
        meter, tempo, key = analysis.meter, analysis.tempo, analysis.key
        grid = TimelineGrid(beats_s=[round(t, 4) for t in beats.beats_s.tolist()], bar=(beats.bar_index + 1).tolist(),
                            beat_in_bar=beats.beat_in_bar.tolist(), beats_per_bar=meter and meter.beats_per_bar)
        spans = {name: [TimelineSpan(start_s=x.start_s, end_s=x.end_s, label=x.label) for x in rows]
                 for name, rows in (("sections", self.store.sections(track_id)), ("chords", self.store.chords(track_id)))}
        return Timeline(track_id=track_id, title=row["title"], duration_s=duration, points=points,
                        tempo_bpm=tempo and tempo.bpm, meter=meter and meter.label, key=key and key.label,
                        grid=grid, stems=stems, **spans)

    # -- artefacts ----------------------------------------------------------------------
    def stem_path(self, track_id: str, stem: str) -> Path:
        self.ready_row(track_id)
        path = self.store.home / self.check_stem(track_id, stem)["path"]
        if not path.is_file():
            raise StorageError(f"The audio of {stem} for track {track_id} is missing from {path.parent}. Delete the "
                               "track and load it again.")
        return path

    def stem_wav(self, track_id: str, stem: str, start_s: float | None = None, end_s: float | None = None) -> bytes:
        from .audio_io import wav_excerpt_bytes

        path = self.stem_path(track_id, stem)
        if start_s is not None or end_s is not None:
            self._check_excerpt(track_id, start_s, end_s)
        return wav_excerpt_bytes(path, start_s, end_s)

    def _check_excerpt(self, track_id: str, start_s: float | None, end_s: float | None) -> float:
        """The excerpt's length; raises unless [start_s, end_s) lies inside the track (None: its start / end)."""
        duration = self.store.get_track_row(track_id)["duration_s"]
        lo, hi = (start_s or 0.0), (duration if end_s is None else end_s)
        if not (0.0 <= lo < hi <= duration + 1e-6):
            raise InputError(f"Excerpt [{lo}, {hi}) is not inside the track (0 to {duration:.2f} s, start < end).")
        return hi - lo

    def stem_preview(self, track_id: str, stem: str, start_s: float, end_s: float) -> bytes:
        """A compact excerpt for listening (mono Ogg Vorbis, 22.05 kHz): what a player fetches."""
        from .audio_io import ogg_excerpt_bytes

        path = self.stem_path(track_id, stem)
        if self._check_excerpt(track_id, start_s, end_s) > MAX_PREVIEW_S:
            raise InputError(f"A preview is at most {MAX_PREVIEW_S:.0f} s; ask for a shorter excerpt (or read the .wav).")
        return ogg_excerpt_bytes(path, start_s, end_s)

    def stem_midi(self, track_id: str, stem: str) -> bytes:
        import pretty_midi

        self.ready_row(track_id)
        self.check_stem(track_id, stem)
        notes = self.store.notes(track_id, stem).each()
        if not notes:
            raise NotFoundError(f"The {stem} stem of track {track_id} has no note events (yet): nothing to write as MIDI.")
        pm = pretty_midi.PrettyMIDI(initial_tempo=120.0)
        inst = pretty_midi.Instrument(program=STEM_PROGRAM[stem], is_drum=(stem == "drums"), name=stem)
        inst.notes = [pretty_midi.Note(velocity=n.velocity, pitch=n.pitch, start=n.time_s, end=n.time_s + n.duration_s)
                      for n in notes]
        pm.instruments.append(inst)
        buf = io.BytesIO()
        pm.write(buf)
        return buf.getvalue()

