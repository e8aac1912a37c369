"""Warming a Dask cluster's workers while `evidence run --dask ADDRESS` starts.

A worker's first task imports Prefect, the pipeline and spaCy and starts its
reading process (about 4 s on 2 cores), and until then it checks nothing: with two
workers that start is paid by both at once, after the command's own start
(Prefect's import, the flow run), so it stays serial however many workers
there are.  `warm_in_background(address)` asks every worker of the cluster to
do it now, from a thread, while this process imports Prefect and plans the
batch; a worker that is already warm returns at once.  Warming is only an
optimisation: a cluster that cannot be reached is left to the flow, which
reports it.
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 10.0


def warm_worker() -> bool:
    """Run on a worker: the task's module imported (Prefect and the checking stack, about 3.4 s
    of a cold worker's start), spaCy loading, a reading process starting."""
    import flows.tasks  # noqa: F401  (Prefect, pipeline.batch, pipeline.check)
    from extractors.process.pool import POOL
    from pipeline.signals import load_in_background

    load_in_background()
    POOL.prestart()
    return True


def warm_in_background(address: str) -> threading.Thread | None:
    """Start warming the workers of the Dask scheduler at `address`; the thread (None for "local")."""
    if not address or address == "local":
        return None  # prefect-dask starts that cluster in this process, with the flow
    thread = threading.Thread(target=_warm, args=(address,), name="dask-warm-up", daemon=True)
    thread.start()
    return thread


def _warm(address: str) -> None:
    try:
        from distributed import Client

        with Client(address, timeout=CONNECT_TIMEOUT_S) as client:
            client.run(warm_worker)
    except Exception as exc:  # noqa: BLE001 - only an optimisation: the flow reports an unreachable cluster
        log.info("Dask workers not warmed ahead (%s): %s", address, exc)
