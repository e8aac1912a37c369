"""Prefect environment defaults, set in one place before Prefect is imported.

``flows/__init__.py`` calls ``apply_prefect_defaults()``, so importing any
flow module sets them.  A variable the user already set is never changed.

* PREFECT_HOME -> ``<cwd>/.evidence/prefect`` (the temporary server's
  database, task result cache and profiles stay inside the project folder).
* Telemetry off (the machine is offline; failed calls would only be logged).
* Server settings measured to stop SQLite "database is locked" retries under
  task bursts (bigger task-run recorder batches, no event persister).

Our own knobs (environment; read and validated by pipeline/settings.py):

* EVIDENCE_TASK_WORKERS  threads for per-submission tasks (default: one per core
  this process may use).  Each thread's files are read in a reading process of
  its own (extractors/process/pool.py), so the threads read in parallel; measured
  (2026-12-07, bench/orchestration.py, 100 files in 20 submissions, OCR off,
  2 cores, best of 2 rounds): 1 thread 7.10 s, 2 threads 4.09 s (1.74x), the
  plain serial loop 5.74 s.  (Before reading moved to its own process a second
  thread only added GIL contention, and the default was 1.)
* EVIDENCE_DASK_ADDRESS  run per-submission tasks on Dask: a scheduler
  address (``tcp://host:8786``) or ``local`` for a small local cluster
* EVIDENCE_CLAIM_TTL     seconds a submission claim lasts (default 600)
"""

from __future__ import annotations

import os
from pathlib import Path

PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE": "500",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_READ_BATCH_SIZE": "500",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_UI_ENABLED": "false",  # the temporary server needs no UI; `prefect server start` users can turn it on
}


def prefect_home(cwd: Path | None = None) -> Path:
    return (cwd or Path.cwd()) / ".evidence" / "prefect"


def apply_prefect_defaults(environ: dict | None = None) -> None:
    env = os.environ if environ is None else environ
    for name, value in PREFECT_DEFAULTS.items():
        env.setdefault(name, value)
    if "PREFECT_HOME" not in env:
        home = prefect_home()
        home.mkdir(parents=True, exist_ok=True)
        env["PREFECT_HOME"] = str(home)


def task_workers() -> int:
    """EVIDENCE_TASK_WORKERS (pipeline/settings.py), else one per core this process may use."""
    from extractors.ocr.progress import available_cores
    from pipeline.settings import load_settings

    return load_settings().task_workers or available_cores()


def dask_address() -> str | None:
    from pipeline.settings import load_settings

    return load_settings().dask_address or None
