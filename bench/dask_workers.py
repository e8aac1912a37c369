"""Dask across processes (issue 16): `evidence run --dask tcp://…` on a local cluster of 1 and of 2 worker processes.

The inbox is bench/inbox_speed.py's (41 submissions: the samples six times over
and every real-world document).  For each round and each cluster size, a fresh
`distributed.LocalCluster` (N worker processes, one thread each) is started in
this process, and `evidence run INBOX --ocr off --dask <its address>` runs as a
fresh process with a new store and its own PREFECT_HOME (no task cache): the
same command an office points at its own Dask scheduler.  The cluster's start is
not timed; the run is, whole process.

Usage:  .venv/bin/python bench/dask_workers.py [--rounds 2]

Measured (2026-12-07, 2 cores, 2 rounds, medians): 1 worker process 59.9 s, 2 worker
processes 45.0 s: 1.33x.  Each run also starts Prefect's temporary server and the
workers import the reading stack cold, which 2 workers cannot share; the default
thread runner (2 threads, one reading process each) runs the same inbox in 37.6 s
(bench/inbox_speed.py).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inbox_speed import EVIDENCE, build_inbox, timed  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    from distributed import LocalCluster

    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")  # the workers' task-run lines would bury the figures
    work = Path(tempfile.mkdtemp(prefix="dask-workers-"))
    inbox = work / "inbox"
    subs = build_inbox(inbox)
    print(f"inbox: {subs} submissions; {args.rounds} rounds; OCR off")
    times: dict[int, list[float]] = {1: [], 2: []}
    for r in range(args.rounds):
        for n in (1, 2) if r % 2 == 0 else (2, 1):
            with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
                cmd = [
                    *EVIDENCE,
                    "run",
                    str(inbox),
                    "--ocr",
                    "off",
                    "--db",
                    f"sqlite:///{work / f'd{n}-{r}.db'}",
                    "--dask",
                    cluster.scheduler_address,
                ]
                times[n].append(timed(cmd, {"PREFECT_HOME": str(work / f"prefect-{n}-{r}")}))
    one, two = statistics.median(times[1]), statistics.median(times[2])
    print(f"1 worker process : {one:7.2f} s   runs " + " ".join(f"{t:.2f}" for t in times[1]))
    print(f"2 worker processes: {two:7.2f} s   runs " + " ".join(f"{t:.2f}" for t in times[2]))
    print(f"speed-up 2 vs 1   : {one / two:.2f}x   (target >= 1.6x)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
