"""Task runners: a thread pool by default, Dask when asked for."""

from __future__ import annotations

from prefect.task_runners import ThreadPoolTaskRunner

from .settings import dask_address, task_workers


def make_task_runner(dask: str | None = None, workers: int | None = None):
    """Thread pool (``workers`` threads), or prefect-dask's DaskTaskRunner.

    ``dask``: None -> EVIDENCE_DASK_ADDRESS; "local" -> a small local cluster
    (one worker, threads, no extra processes); anything else -> the address of
    an existing Dask scheduler.
    """
    workers = workers or task_workers()
    dask = dask or dask_address()
    if not dask:
        return ThreadPoolTaskRunner(max_workers=workers)
    from prefect_dask import DaskTaskRunner

    if dask == "local":
        return DaskTaskRunner(
            cluster_kwargs={
                "n_workers": 1,
                "processes": False,
                "threads_per_worker": workers,
                "dashboard_address": None,
            }
        )
    return DaskTaskRunner(address=dask)
