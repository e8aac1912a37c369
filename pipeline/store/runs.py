"""Run records: one row per batch or recheck, with its counts and status."""

from __future__ import annotations

from sqlalchemy import select, update

from .claims import owner_is_dead
from .db import Store, utcnow
from .models import Run

COUNT_FIELDS = ("submissions", "files", "checked", "unchanged", "busy", "errors")


def start_run(store: Store, kind: str, inbox: str, owner: str, prefect_flow_run_id: str | None = None) -> int:
    if kind not in ("batch", "recheck"):
        raise ValueError(f"run kind must be batch or recheck, not {kind!r}")
    with store.session() as s, s.begin():
        run = Run(
            kind=kind,
            inbox=inbox,
            owner=owner,
            started_at=utcnow(),
            status="running",
            submissions=0,
            files=0,
            checked=0,
            unchanged=0,
            busy=0,
            errors=0,
            prefect_flow_run_id=prefect_flow_run_id,
        )
        s.add(run)
        s.flush()
        return run.id


def finish_run(store: Store, run_id: int, status: str, counts: dict[str, int], reason: str | None = None) -> None:
    """Close a run; a failed one says why (`reason`)."""
    if status not in ("completed", "failed"):
        raise ValueError(f"a finished run is completed or failed, not {status!r}")
    values = {k: int(counts[k]) for k in COUNT_FIELDS if k in counts}
    with store.session() as s, s.begin():
        s.execute(
            update(Run).where(Run.id == run_id).values(status=status, finished_at=utcnow(), reason=reason, **values)
        )


def fail_dead_runs(store: Store) -> int:
    """Mark 'running' runs whose process on this host is gone (killed) as failed."""
    with store.session() as s, s.begin():
        rows = s.execute(select(Run.id, Run.owner).where(Run.status == "running")).all()
        dead = [rid for rid, owner in rows if owner_is_dead(owner)]
        if dead:
            s.execute(
                update(Run)
                .where(Run.id.in_(dead))
                .values(
                    status="failed",
                    finished_at=utcnow(),
                    reason="the process running it ended without closing it (killed or crashed)",
                )
            )
        return len(dead)


def get_run(store: Store, run_id: int) -> Run | None:
    with store.session() as s:
        return s.get(Run, run_id)
