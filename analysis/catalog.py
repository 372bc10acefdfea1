"""Catalog ingest on Ray: the pipeline ``load_track`` runs, over many tracks and machines.

    stemsense-mcp ingest PATH... [--ray ADDRESS] [--workers N]

Stages (Ray Data, streaming):

1. **build** — an actor pool (``Builder``): each actor keeps each Demucs model it loads and writes a track's stems as WAVs under the store's home (separation for mixes, rendering for MIDI,
   decoding for stem folders). One GPU per actor where the cluster has GPUs; on CPUs otherwise (the
   actors then reserve no CPU, so they never starve the analysis tasks).
2. **analyse** — CPU tasks (one CPU each): every analysis step on the written stems.
3. **store** — the driver, the only writer (SQLite allows one writer per host): each track's rows and
   its ``ready`` state in one transaction as its result streams in.

Tracks are content-addressed exactly like ``load_track`` (the same ``plan_ingest``): a re-run skips what
is stored, and an interrupted run resumes (its tracks were left ``running`` by a dead process, so the
next run reclaims them). A track that fails is recorded with its step and reason; the run goes on.
Workers return results and never open the database.
"""

from __future__ import annotations

import os
import pickle
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .audio_io import AUDIO_EXTENSIONS, MIDI_EXTENSIONS
from .config import Settings
from .errors import StemSenseError
from .ingest import (IngestPlan, StepFailed, analyse_track, build_track, medleydb_stems, plan_ingest, record_failure,
                     stem_for_filename, store_track)
from .library import INTERRUPTED
from .store import Store

# Test-only fault injection: the analysis of a track whose title is this value kills its worker process
# (os._exit), as a machine lost mid-run would. Never set in use.
KILL_ENV = "STEMSENSE_FAULT_KILL_ANALYSIS_OF"


def is_stem_folder(folder: Path) -> bool:
    """A folder holding two or more audio files that name different stems (bass.wav, drums.wav, ...), or a
    MedleyDB song folder (its metadata names each stem's instrument)."""
    if medleydb_stems(folder):
        return True
    files = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in AUDIO_EXTENSIONS]
    names = {stem_for_filename(p) for p in files} - {"other"}
    return len(files) >= 2 and len(names) >= 2


def discover(paths: list[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """(sources: mixes, MIDI files and stem folders, in order; skipped: (path, why))."""
    sources, skipped = [], []

    def walk(p: Path) -> None:
        if p.is_dir():
            if is_stem_folder(p):
                sources.append(p)
                return
            for child in sorted(p.iterdir()):
                if not child.name.startswith("."):
                    walk(child)
        elif p.is_file():
            if p.suffix.lower() in AUDIO_EXTENSIONS + MIDI_EXTENSIONS:
                sources.append(p)
            else:
                skipped.append((str(p), "not an audio or MIDI file"))
        else:
            skipped.append((str(p), "no such file or folder"))

    for path in paths:
        walk(Path(path).expanduser().resolve())
    return sources, skipped


@dataclass
class Outcome:
    source: str
    state: str  # done | skipped | failed
    track_id: str | None = None
    reason: str = ""
    seconds: float | None = None


@dataclass
class CatalogResult:
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0
    processing_s: float = 0.0  # from the cluster's first task to the last result (no start-up, no planning)

    def count(self, state: str) -> int:
        return sum(1 for o in self.outcomes if o.state == state)

    def table(self) -> str:
        lines = [f"{'state':<8} {'track':<17} {'source':<48} reason", "-" * 100]
        for o in self.outcomes:
            lines.append(f"{o.state:<8} {o.track_id or '-':<17} {o.source[-48:]:<48} {o.reason[:120]}")
        lines.append(f"done {self.count('done')}, skipped {self.count('skipped')}, failed {self.count('failed')} "
                     f"in {self.seconds:.0f} s")
        return "\n".join(lines)


class Builder:
    """Ray Data actor: builds tracks' stems. The actor's process keeps each Demucs model it loads
    (``separation.load_model`` caches per process), so a model loads once per actor."""

    def __init__(self, settings: Settings, home: str):
        self.settings, self.home = settings, Path(home)

    def __call__(self, row: dict) -> dict:
        plan: IngestPlan = pickle.loads(row["plan"])
        try:
            built = build_track(plan, self.settings, self.home, lambda step, frac: None, keep_audio=False)
            return {**row, "built": pickle.dumps(built), "step": "", "error": ""}
        except StepFailed as exc:  # a model that cannot load, a file that cannot decode: this track alone
            return {**row, "built": b"", "step": exc.step, "error": exc.reason}


def analyse(row: dict, settings: Settings, home: str) -> dict:
    """Ray Data task: the analysis steps on one built track; returns its rows (pickled) or its failure."""
    if row["error"]:
        return {**row, "result": b""}
    built = pickle.loads(row["built"])
    if os.environ.get(KILL_ENV) and os.environ[KILL_ENV] == built.plan.title:
        os._exit(1)  # test-only: a worker lost mid-analysis
    try:
        result = analyse_track(built, settings, Path(home), lambda step, frac: None)
        return {**row, "built": b"", "result": pickle.dumps(result)}
    except Exception as exc:
        return {**row, "built": b"", "result": b"", "step": "analysis",
                "error": str(exc) if isinstance(exc, StemSenseError) else f"{type(exc).__name__}: {exc}"}


def _eta(done: int, total: int, elapsed: float) -> str:
    if not done:
        return "?"
    left = elapsed / done * (total - done)
    return f"{int(left // 60)}m{int(left % 60):02d}s"


def ingest_catalog(paths: list[Path], settings: Settings, address: str | None = None, workers: int = 2,
                   separation_model: str = "htdemucs_6s", out=sys.stdout) -> CatalogResult:
    """Discover, plan, claim, then build/analyse on Ray and store from this process. Never raises for
    a bad track: it is recorded and the run goes on."""
    import ray

    t_start = time.monotonic()
    result = CatalogResult()
    sources, skipped = discover(paths)
    result.outcomes += [Outcome(src, "skipped", reason=why) for src, why in skipped]
    roots = list({*settings.allowed_roots, *(Path(p).expanduser().resolve() for p in paths)})
    settings = settings.model_copy(update={"allowed_roots": [r if r.is_dir() else r.parent for r in roots]})
    store = Store(settings.home)
    store.fail_orphans(INTERRUPTED)  # an interrupted run's tracks: failed, so this run reclaims them
    plans: list[IngestPlan] = []
    for src in sources:
        try:
            plan = plan_ingest(str(src), None, None, settings, separation_model)
        except StemSenseError as exc:  # unreadable, corrupt, too long, weights missing: this one fails alone
            result.outcomes.append(Outcome(str(src), "failed", reason=str(exc)))
            continue
        row, claimed = store.claim_track(plan.row())
        if not claimed:
            why = "already stored" if row["state"] == "ready" else f"being ingested elsewhere ({row['state']})"
            result.outcomes.append(Outcome(str(src), "skipped", plan.track_id, why))
            continue
        store.update_track(plan.track_id, state="running", step="catalog", progress=0.0)
        plans.append(plan)
    print(f"{len(sources)} source(s): {len(plans)} to ingest, "
          f"{sum(o.state == 'skipped' and o.track_id is not None for o in result.outcomes)} already stored or "
          f"in progress, {sum(o.state == 'failed' for o in result.outcomes)} failed at planning; "
          f"{len(skipped)} other file(s) skipped", file=out, flush=True)
    if plans:
        _run_on_ray(ray, plans, settings, store, address, workers, result, out)
    store.db.close()
    result.seconds = time.monotonic() - t_start
    return result


def _run_on_ray(ray, plans, settings, store, address, workers, result, out) -> None:
    from ray.data import DataContext

    started = not ray.is_initialized()
    if started:
        # a task holds one CPU: its libraries run one thread each (ONNX Runtime, BLAS, OpenMP, OpenCV: madmom's
        # CNNs), and its notes step one stem at a time
        env = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "STEMSENSE_ONNX_THREADS": "1",
               "OPENCV_FOR_THREADS_NUM": "1", "STEMSENSE_STEM_THREADS": "1"}
        kill = os.environ.get(KILL_ENV)
        if kill:
            env[KILL_ENV] = kill
        import logging

        logging.getLogger("ray").setLevel(logging.ERROR)
        ray.init(address=address, num_cpus=None if address else workers, include_dashboard=False,
                 log_to_driver=False, logging_level=logging.ERROR, runtime_env={"env_vars": env})
    try:
        data_ctx = DataContext.get_current()
        data_ctx.enable_progress_bars = False
        data_ctx.max_errored_blocks = len(plans)  # a track whose worker is lost fails alone; the run goes on
        gpus = int(ray.cluster_resources().get("GPU", 0))
        by_id = {p.track_id: p for p in plans}
        home = str(settings.home)
        ds = ray.data.from_items([{"track_id": p.track_id, "plan": pickle.dumps(p)} for p in plans],
                                 override_num_blocks=len(plans))
        ds = ds.map(Builder, fn_constructor_args=(settings, home), num_cpus=0, num_gpus=1 if gpus else 0,
                    compute=ray.data.ActorPoolStrategy(size=max(1, min(workers, len(plans)))))
        ds = ds.map(analyse, fn_kwargs={"settings": settings, "home": home}, num_cpus=1, max_retries=1)
        t0 = time.monotonic()
        done = 0
        seen: set[str] = set()
        # a block that errored (its worker lost, retried once) never arrives; a failed dataset stops all
        lost = "the worker analysing it was lost (retried once); run the ingest again to retry it"
        try:
            for row in ds.iter_rows():
                tid = row["track_id"]
                seen.add(tid)
                done += 1
                plan = by_id[tid]
                if row["error"]:
                    record_failure(store, tid, row["step"] or "analysis", row["error"])
                    result.outcomes.append(Outcome(plan.source_path, "failed", tid, f"{row['step']}: {row['error']}"))
                else:
                    store_track(store, pickle.loads(row["result"]))
                    result.outcomes.append(Outcome(plan.source_path, "done", tid, seconds=time.monotonic() - t0,
                                                   reason="one `mix` stem, not separated: no Demucs weights here"
                                                   if plan.unseparated else ""))
                print(f"[{done}/{len(plans)}] {plan.title}: {result.outcomes[-1].state} · "
                      f"{time.monotonic() - t0:.0f} s · ETA {_eta(done, len(plans), time.monotonic() - t0)}",
                      file=out, flush=True)
            result.processing_s = time.monotonic() - t0
            step = "analysis"
        except Exception as exc:  # the dataset itself failed
            step, lost = "catalog", (f"the run stopped: {type(exc).__name__}: {str(exc)[:300]} — run the ingest again "
                                     "to resume")
        for tid, plan in by_id.items():
            if tid not in seen:
                record_failure(store, tid, step, lost)
                result.outcomes.append(Outcome(plan.source_path, "failed", tid, lost))
    finally:
        if started:
            ray.shutdown()
