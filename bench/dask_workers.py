"""Dask across processes (issue 16): `evidence run --dask tcp://…` on a local cluster of 1 and of 2 worker processes.

The inbox is bench/inbox_speed.py's (41 submissions: the samples six times over
and every real-world document).  For each round and each cluster size, a fresh
`distributed.LocalCluster` (N worker processes, one thread each) is started in
this process, and `evidence run INBOX --ocr off --dask <its address>` runs as a
fresh process with a new store and its own PREFECT_HOME (no task cache): the
same command an office points at its own Dask scheduler.  The cluster's start is
not timed; the run is, whole process.  Two set-ups, each timed:

  temporary server  no Prefect server running: each run starts Prefect's
                    temporary server (about 17 s of CPU on this machine, the same
                    for 1 and 2 workers, so it caps the speed-up);
  project server    one server started once by `evidence server start` (as
                    `make demo` does and an office running batches would), its
                    API given to every run (PREFECT_API_URL); each run still has
                    its own PREFECT_HOME, so no task cache is shared.

Usage:  .venv/bin/python bench/dask_workers.py [--rounds 2] [--setup both|temporary|project]

Measured (2 cores, 2 rounds, medians):
  2026-12-07, temporary server: 1 worker 59.9 s, 2 workers 45.0 s: 1.33x.
  2026-12-08 at 7802081: temporary server 52.3 / 39.6 s: 1.32x; project server 39.5 / 27.4 s: 1.44x.
  2026-12-08 after the CLI stopped importing Prefect's server module when an API URL is set and
  cached its code digest: temporary server 56.9 / 44.1 s: 1.29x (noisy); project server
  38.3 / 24.5 s: 1.57x.
  2026-12-08 with the workers warmed while the command starts (interfaces/dask_warmup.py), project
  server, back to back with the commit before: 1.52x (39.5 / 26.0 s) against 1.63x (43.4 / 26.7 s)
  without: the 2-worker run is the same within noise, the ratio moves by +-0.1 between runs.
What stays serial in a run (about 9 s): the CLI's start (Prefect's import, the flow run) and each
worker's first task, which imports the pipeline and spaCy cold: 2 workers cannot share that.
The default thread runner (2 threads, one reading process each) runs the same inbox in 37.6 s
(bench/inbox_speed.py).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inbox_speed import EVIDENCE, build_inbox, timed  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--setup", choices=["both", "temporary", "project"], default="both")
    args = ap.parse_args()

    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")  # the workers' task-run lines would bury the figures
    work = Path(tempfile.mkdtemp(prefix="dask-workers-"))
    inbox = work / "inbox"
    subs = build_inbox(inbox)
    print(f"inbox: {subs} submissions; {args.rounds} rounds; OCR off")
    setups = ["temporary", "project"] if args.setup == "both" else [args.setup]
    try:
        for setup in setups:
            if setup == "project":
                with project_server(work / "server") as api_url:
                    times = time_clusters(inbox, work, args.rounds, {"PREFECT_API_URL": api_url})
            else:
                times = time_clusters(inbox, work, args.rounds, {})
            one, two = statistics.median(times[1]), statistics.median(times[2])
            print(f"{setup} server:")
            print(f"  1 worker process  : {one:7.2f} s   runs " + " ".join(f"{t:.2f}" for t in times[1]))
            print(f"  2 worker processes: {two:7.2f} s   runs " + " ".join(f"{t:.2f}" for t in times[2]))
            print(f"  speed-up 2 vs 1   : {one / two:.2f}x   (target >= 1.6x)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def time_clusters(inbox: Path, work: Path, rounds: int, env: dict[str, str]) -> dict[int, list[float]]:
    """Whole-process seconds of `evidence run --dask` on clusters of 1 and 2 workers, alternated round by round."""
    from distributed import LocalCluster

    times: dict[int, list[float]] = {1: [], 2: []}
    for r in range(rounds):
        for n in (1, 2) if r % 2 == 0 else (2, 1):
            run = work / f"run-{len(env)}-{n}-{r}"
            run.mkdir()
            with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
                cmd = [
                    *EVIDENCE,
                    "run",
                    str(inbox),
                    "--ocr",
                    "off",
                    "--db",
                    f"sqlite:///{run / 'evidence.db'}",
                    "--dask",
                    cluster.scheduler_address,
                ]
                times[n].append(timed(cmd, {**env, "PREFECT_HOME": str(run / "prefect")}))
    return times


@contextmanager
def project_server(folder: Path) -> Iterator[str]:
    """`evidence server start` in `folder` (its own PREFECT_HOME); its API URL; stopped afterwards."""
    folder.mkdir(parents=True)
    env = {**os.environ, "PREFECT_HOME": str(folder / "prefect")}
    subprocess.run([*EVIDENCE, "server", "start"], cwd=folder, env=env, check=True, capture_output=True)
    try:
        state = json.loads((folder / ".evidence" / "prefect-server.json").read_text(encoding="utf-8"))
        yield str(state["url"])
    finally:
        subprocess.run([*EVIDENCE, "server", "stop"], cwd=folder, env=env, capture_output=True)


if __name__ == "__main__":
    main()
