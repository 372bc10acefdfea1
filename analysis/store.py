"""The SQLite store (via sqlite-utils): tracks, stems, analysis runs and analysis rows.

One database file under ``STEMSENSE_HOME``; WAL mode so readers never wait for the ingest
writer. Every multi-row write goes through :meth:`Store.atomic` so a crash leaves either the
old rows or the new ones, never half of each.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Mapping

import sqlite_utils

from .core.types import Chord, Frames, Grid, Notes, Section, StemRows, TrackAnalysis, Window, WindowRows
from .core.vocabulary import WINDOW_BEAT_EARLY_MAX_S, WINDOW_EARLY_S, window_beat_early_s
from .errors import NotFoundError, StorageError

SCHEMA_VERSION = 4  # 2: features.peak; 3: features.bleed; 4: features.spill (NULL before: unknown)

_TABLES: dict[str, dict[str, Any]] = {
    "tracks": dict(
        columns={
            "track_id": str, "title": str, "source_kind": str, "source_path": str,
            "separation_model": str, "state": str, "progress": float, "step": str, "error": str,
            "duration_s": float, "sample_rate": int, "owner_pid": int,
            "created_at": float, "updated_at": float,
        },
        pk="track_id",
        not_null={"title", "source_kind", "state"},
    ),
    "stems": dict(
        columns={
            "track_id": str, "stem": str, "path": str, "origin": str, "duration_s": float,
            "channels": int, "rms_dbfs": float, "peak_dbfs": float, "empty": int, "note_source": str,
        },
        pk=("track_id", "stem"),
    ),
    "runs": dict(
        columns={"id": int, "track_id": str, "step": str, "status": str, "reason": str,
                 "seconds": float, "finished_at": float},
        pk="id",
    ),
    "notes": dict(
        columns={
            "track_id": str, "stem": str, "time_s": float, "duration_s": float, "pitch": int,
            "velocity": int, "beat_index": int, "subdivision": str, "onset_to_beat_offset_ms": float,
        },
    ),
    "beats": dict(
        columns={"track_id": str, "time_s": float, "beat_index": int, "bar_index": int,
                 "beat_in_bar": int, "loudness_db": float},
    ),
    "sections": dict(
        columns={"track_id": str, "start_s": float, "end_s": float, "label": str,
                 "energy_db": float, "density": float, "rhythm": float},
    ),
    "chords": dict(
        columns={"track_id": str, "start_s": float, "end_s": float, "label": str, "strength": float},
    ),
    "features": dict(
        columns={"track_id": str, "stem": str, "time_s": float, "energy_db": float,
                 "centroid_hz": float, "pitch_hz": float, "peak": float, "bleed": int, "spill": int},
    ),
    "track_analysis": dict(columns={"track_id": str, "name": str, "value_json": str},
                           pk=("track_id", "name")),
    "parts": dict(columns={"part_id": str, "track_id": str, "stem": str, "start_s": float, "end_s": float,
                           "folder": str, "summary_json": str, "created_at": float}, pk="part_id"),
}

# Window queries are range scans on (track, stem, time).
_INDEXES = {
    "notes": ["track_id", "stem", "time_s"],
    "features": ["track_id", "stem", "time_s"],
    "beats": ["track_id", "time_s"],
    "sections": ["track_id", "start_s"],
    "chords": ["track_id", "start_s"],
    "runs": ["track_id"],
    "parts": ["track_id"],
}

# Rows that belong to one track's analysis; replaced together on re-ingest, removed on delete.
TRACK_ROW_TABLES = ("stems", "runs", "notes", "beats", "sections", "chords", "features", "track_analysis", "parts")


class Store:
    """Thread-safe handle on the database: one sqlite connection per thread."""

    def __init__(self, home: Path):
        self.home = Path(home)
        try:
            self.home.mkdir(parents=True, exist_ok=True)
            (self.home / "tracks").mkdir(exist_ok=True)
        except OSError as exc:
            raise StorageError(
                f"Cannot create the data folder {self.home}: {exc.strerror}. "
                "Set STEMSENSE_HOME to a writable folder."
            ) from exc
        if not os.access(self.home, os.W_OK):
            raise StorageError(f"The data folder {self.home} is not writable. Set STEMSENSE_HOME to a writable folder.")
        self.path = self.home / "stemsense.db"
        self._local = threading.local()
        self._init_schema()

    # -- connections -------------------------------------------------------------------
    @property
    def db(self) -> sqlite_utils.Database:
        db = getattr(self._local, "db", None)
        if db is None:
            try:
                conn = sqlite3.connect(self.path, timeout=30.0, check_same_thread=False, isolation_level=None)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA busy_timeout=30000")
                conn.execute("PRAGMA foreign_keys=ON")
                conn.execute("PRAGMA synchronous=NORMAL")
            except sqlite3.DatabaseError as exc:
                raise StorageError(
                    f"The database {self.path} cannot be opened ({exc}). It may be corrupt: move it aside "
                    "(your audio under tracks/ stays) and restart; tracks can be loaded again."
                ) from exc
            db = sqlite_utils.Database(conn)
            self._local.db = db
        return db

    @contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        """One write transaction; nested calls become savepoints.

        BEGIN IMMEDIATE takes the write lock up front (waiting up to busy_timeout). A deferred BEGIN
        reads first and upgrades later, and in WAL mode that upgrade fails at once ("database is
        locked") whenever another connection wrote in between, e.g. a parallel ingest's progress."""
        db = self.db
        if db.conn.in_transaction:
            with db.atomic():
                yield db
            return
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.conn.rollback()
            raise
        db.conn.execute("COMMIT")

    def _init_schema(self) -> None:
        db = self.db
        try:
            check = db.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            check = str(exc)
        if check != "ok":
            raise StorageError(
                f"The database {self.path} is damaged ({check}). Move it aside and restart: a new one is "
                "created and tracks can be loaded again."
            )
        with self.atomic():
            for name, spec in _TABLES.items():
                if not db[name].exists():
                    db[name].create(**spec)
                else:  # a database from an earlier version: add the columns it lacks (they read as NULL)
                    have = db[name].columns_dict
                    for column, kind in spec["columns"].items():
                        if column not in have:
                            db[name].add_column(column, kind)
            for table, cols in _INDEXES.items():
                db[table].create_index(cols, if_not_exists=True)
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    # -- tracks ------------------------------------------------------------------------
    def get_track_row(self, track_id: str) -> dict:
        rows = list(self.db["tracks"].rows_where("track_id = ?", [track_id]))
        if not rows:
            raise NotFoundError(f"No track with id {track_id!r}. Call list_tracks to see the loaded tracks, or load_track to add one.")
        return rows[0]

    def track_exists(self, track_id: str) -> bool:
        return self.db["tracks"].count_where("track_id = ?", [track_id]) > 0

    def list_track_rows(self) -> list[dict]:
        return list(self.db["tracks"].rows_where(order_by="created_at"))

    def claim_track(self, row: dict) -> tuple[dict, bool]:
        """Insert a new track, or restart a failed one. Returns (row, claimed).

        ``claimed`` is True for exactly one of any number of concurrent callers (BEGIN IMMEDIATE
        serialises them across threads and processes), so one load starts one ingest.
        """
        now = time.time()
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            existing = conn.execute("SELECT state FROM tracks WHERE track_id = ?", [row["track_id"]]).fetchone()
            if existing is None:
                full = {**row, "state": "queued", "progress": 0.0, "step": None, "error": None,
                        "owner_pid": os.getpid(), "created_at": now, "updated_at": now}
                cols = ", ".join(full)
                conn.execute(f"INSERT INTO tracks ({cols}) VALUES ({', '.join('?' * len(full))})", list(full.values()))
                claimed = True
            elif existing[0] == "failed":
                conn.execute(
                    "UPDATE tracks SET state='queued', progress=0, step=NULL, error=NULL, owner_pid=?, updated_at=? "
                    "WHERE track_id=?", [os.getpid(), now, row["track_id"]])
                claimed = True
            else:
                claimed = False
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return self.get_track_row(row["track_id"]), claimed

    def update_track(self, track_id: str, **fields: Any) -> None:
        fields["updated_at"] = time.time()
        self.db["tracks"].update(track_id, fields)

    def delete_track(self, track_id: str) -> None:
        with self.atomic() as db:
            for table in TRACK_ROW_TABLES:
                db[table].delete_where("track_id = ?", [track_id])
            db["tracks"].delete_where("track_id = ?", [track_id])

    def replace_track_rows(self, track_id: str, rows_by_table: dict[str, list[dict]],
                           notes: Mapping[str, Notes] | None = None) -> None:
        """Replace the given tables' rows for a track in one transaction; ``notes`` (stem -> its Notes)
        replace the notes table's rows."""
        if notes is not None:
            rows_by_table = {**rows_by_table, "notes": _note_rows_of(notes)}
        with self.atomic() as db:
            for table, rows in rows_by_table.items():
                db[table].delete_where("track_id = ?", [track_id])
                if rows:
                    db[table].insert_all([{**r, "track_id": track_id} for r in rows], batch_size=2000)

    def fail_orphans(self, error: str) -> list[str]:
        """Mark every track a dead process left queued/running as failed with ``error`` (so a load or a
        catalog run can claim it again); returns their ids."""
        orphans = self.orphaned_track_ids()
        for tid in orphans:
            self.update_track(tid, state="failed", error=error)
        return orphans

    def orphaned_track_ids(self) -> list[str]:
        """Tracks left queued/running by a process that is no longer alive."""
        out = []
        for row in self.db["tracks"].rows_where("state in ('queued', 'running')"):
            pid = row.get("owner_pid")
            if pid is None or not _pid_alive(pid) or pid == os.getpid():
                out.append(row["track_id"])
        return out

    # -- per-track rows ----------------------------------------------------------------
    def stem_rows(self, track_id: str) -> list[dict]:
        return list(self.db["stems"].rows_where("track_id = ?", [track_id], order_by="rowid"))

    def run_rows(self, track_id: str) -> list[dict]:
        return list(self.db["runs"].rows_where("track_id = ?", [track_id], order_by="id"))

    def record_run(self, track_id: str, step: str, status: str, reason: str | None, seconds: float | None) -> None:
        self.db["runs"].insert(dict(track_id=track_id, step=step, status=status, reason=reason,
                                    seconds=seconds, finished_at=time.time()))

    def last_onset_s(self, track_id: str) -> float | None:
        """When the track's last note or hit starts, any stem (None: no notes)."""
        last = self.db.execute("SELECT max(time_s) FROM notes WHERE track_id = ?", [track_id]).fetchone()[0]
        return None if last is None else float(last)

    def notes(self, track_id: str, stem: str, start_s: float | None = None, end_s: float | None = None) -> Notes:
        """The stem's notes starting in ``[start_s, end_s)`` (None: from the track's start / to its end), by
        time then pitch, with their place on the beats (``Notes.each()``: one by one)."""
        where, args = "track_id = ? AND stem = ?", [track_id, stem]
        if start_s is not None:
            where += " AND time_s >= ?"
            args.append(start_s)
        if end_s is not None:
            where += " AND time_s < ?"
            args.append(end_s)
        return Notes.from_rows(list(self.db["notes"].rows_where(where, args, order_by="time_s, pitch")), stem)

    def notes_outside(self, track_id: str, stem: str, start_s: float, end_s: float) -> Notes:
        """The stem's notes starting before ``start_s`` or at or after ``end_s`` (the track around a window)."""
        return Notes.from_rows(list(self.db["notes"].rows_where(
            "track_id = ? AND stem = ? AND (time_s < ? OR time_s >= ?)", [track_id, stem, start_s, end_s],
            order_by="time_s, pitch")), stem)

    def feature_rows(self, track_id: str, stem: str, start_s: float, end_s: float) -> list[dict]:
        return list(self.db.query("SELECT time_s, energy_db, centroid_hz, pitch_hz, bleed, spill FROM features "
                                  "WHERE track_id = ? AND stem = ? AND time_s >= ? AND time_s < ? ORDER BY time_s",
                                  [track_id, stem, start_s, end_s]))

    def grid(self, track_id: str, start_s: float | None = None, end_s: float | None = None) -> Grid:
        """The track's beats in ``[start_s, end_s)`` (the whole track when unbounded), in time order, with
        their index, bar and place in the bar (empty: no beat grid)."""
        lo = -1.0 if start_s is None else start_s
        hi = float("inf") if end_s is None else end_s
        return Grid.from_rows(list(self.db.query(
            "SELECT time_s, beat_index, bar_index, beat_in_bar FROM beats WHERE track_id = ? AND "
            "time_s >= ? AND time_s < ? ORDER BY time_s", [track_id, lo, hi])))

    def failed_steps(self, track_id: str) -> dict[str, str]:
        """step -> reason for every analysis step (or per-stem step, ``notes:bass``) that failed."""
        return {r["step"]: r["reason"] or "failed" for r in self.run_rows(track_id) if r["status"] == "failed"}

    def note_counts(self, track_id: str) -> dict[str, int]:
        rows = self.db.execute("SELECT stem, count(*) FROM notes WHERE track_id = ? GROUP BY stem", [track_id]).fetchall()
        return {stem: n for stem, n in rows}

    def track_analysis(self, track_id: str) -> TrackAnalysis:
        """The track-level analysis, typed (tempo, meter, key, per-stem summaries, lyrics, style tags)."""
        return TrackAnalysis.from_values({r["name"]: json.loads(r["value_json"])
                                          for r in self.db["track_analysis"].rows_where("track_id = ?", [track_id])})

    def sections(self, track_id: str) -> tuple[Section, ...]:
        return tuple(Section(**{k: r[k] for k in ("start_s", "end_s", "label", "energy_db", "density", "rhythm")})
                     for r in self.db["sections"].rows_where("track_id = ?", [track_id], order_by="start_s"))

    def chords(self, track_id: str) -> tuple[Chord, ...]:
        """The track's chords (track-level, from every pitched stem), in time order."""
        return tuple(Chord(r["start_s"], r["end_s"], r["label"], r["strength"])
                     for r in self.db["chords"].rows_where("track_id = ?", [track_id], order_by="start_s"))

    def chord_count(self, track_id: str) -> int:
        return self.db["chords"].count_where("track_id = ?", [track_id])

    def peak_rows(self, track_id: str) -> Iterator[tuple[str, float, float | None, float]]:
        """(stem, time_s, peak, energy_db) of every stored frame, by stem and time: what a waveform draws."""
        return self.db.execute("SELECT stem, time_s, peak, energy_db FROM features WHERE track_id = ? "
                               "ORDER BY stem, time_s", [track_id])

    def window_rows(self, window: Window) -> WindowRows:
        """Everything stored inside ``[start_s, end_s)`` for the window's stems (range scans on (track,
        stem, time)): the beats, each stem's notes and frames, its track-level flags and why its notes
        are missing when its step failed. Nothing outside the window is read but a note struck up to
        WINDOW_EARLY_S before its start (the first beat played a hair early), which the slice hears from
        the start (:func:`heuristics.slice.slice_window`), and a beat a hair before it (the window's first:
        vocabulary.window_beat_early_s)."""
        a, b, tid = window.start_s, window.end_s, window.track_id
        flags = {r["stem"]: r for r in self.stem_rows(tid)}
        failures = self.failed_steps(tid)
        stems = {}
        for name in window.stems:
            failure = failures.get(f"notes:{name}") or (failures.get("notes") and f"notes step: {failures['notes']}")
            stems[name] = StemRows(name, self.notes(tid, name, a - WINDOW_EARLY_S, b),
                                   Frames.from_rows(self.feature_rows(tid, name, a, b)), bool(flags[name]["empty"]),
                                   flags[name]["origin"] or "", failure or None)
        # a beat a hair before the start is the window's first (vocabulary.window_beat_early_s): read once from the
        # widest such reach, kept from the reach its period gives
        grid = self.grid(tid, a - WINDOW_BEAT_EARLY_MAX_S, b)
        return WindowRows(window, grid.since(a - window_beat_early_s(grid.period_s)), stems)

    # -- generated parts ---------------------------------------------------------------
    def save_part(self, row: dict) -> None:
        self.db["parts"].insert(row, replace=True)

    def part_row(self, part_id: str) -> dict | None:
        rows = list(self.db["parts"].rows_where("part_id = ?", [part_id]))
        return rows[0] if rows else None

    @staticmethod
    def quick_check(path: Path) -> str:
        """SQLite's quick_check of a database file, opened read-only (nothing is created or changed)."""
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return conn.execute("PRAGMA quick_check").fetchone()[0]

    def integrity_ok(self) -> bool:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _note_rows_of(notes: Mapping[str, Notes]) -> list[dict]:
    """The notes table's rows of a track's notes (stem -> its Notes, placed on the beats where known):
    the one place where a Note becomes a row."""
    rows = []
    for stem, ns in notes.items():
        for note, beat, sub, off in zip(ns.each(), ns.beat_index, ns.subdivision, ns.offset_ms):
            rows.append(dict(note.row(), stem=stem, beat_index=int(beat) if beat >= 0 else None, subdivision=sub,
                             onset_to_beat_offset_ms=None if math.isnan(off) else float(off)))
    return rows


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
