"""`evidence run --dask ADDRESS` warms the cluster's workers while it starts (interfaces/dask_warmup.py)."""

from __future__ import annotations

import sys

from distributed import Client, LocalCluster

from interfaces.dask_warmup import warm_in_background


def _has_the_task_module() -> bool:
    return "flows.tasks" in sys.modules and "pipeline.check" in sys.modules


def test_every_worker_of_a_real_cluster_imports_the_task_stack_ahead():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster.scheduler_address) as client:
            assert set(client.run(_has_the_task_module).values()) == {False}  # fresh worker processes
            thread = warm_in_background(cluster.scheduler_address)
            assert thread is not None
            thread.join(timeout=120)
            assert not thread.is_alive()
            assert set(client.run(_has_the_task_module).values()) == {True}


def test_a_local_cluster_is_not_warmed_from_outside():
    assert warm_in_background("local") is None  # prefect-dask starts it in this process, with the flow
