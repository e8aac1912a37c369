"""Re-check requests made from the review app, and their progress (queued -> running -> completed | failed)."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, select, update

from .db import Store, utcnow
from .models import Run
from .review_models import RERUN_MODES, RerunRequest

ACTIVE = ("queued", "running")


def request_rerun(store: Store, submission_id: int, user_id: int, mode: str) -> tuple[RerunRequest, bool]:
    """(request, created): an active request for the submission is returned instead of queueing a second one."""
    if mode not in RERUN_MODES:
        raise ValueError(f"mode must be one of {RERUN_MODES}, not {mode!r}")
    with store.session() as s, s.begin():
        active = s.scalar(
            select(RerunRequest)
            .where(RerunRequest.submission_id == submission_id, RerunRequest.status.in_(ACTIVE))
            .order_by(RerunRequest.id.desc())
        )
        if active is not None:
            return active, False
        req = RerunRequest(
            submission_id=submission_id, mode=mode, status="queued", user_id=user_id, created_at=utcnow()
        )
        s.add(req)
        s.flush()
        return req, True


def update_rerun(
    store: Store,
    request_id: int,
    *,
    status: str | None = None,
    message: str | None = None,
    flow_run_id: str | None = None,
    run_id: int | None = None,
) -> None:
    values: dict = {}
    if status is not None:
        values["status"] = status
        if status in ("completed", "failed"):
            values["finished_at"] = utcnow()
    if message is not None:
        values["message"] = message
    if flow_run_id is not None:
        values["flow_run_id"] = flow_run_id
    if run_id is not None:
        values["run_id"] = run_id
    with store.session() as s, s.begin():
        s.execute(update(RerunRequest).where(RerunRequest.id == request_id).values(**values))


def get_rerun(store: Store, request_id: int) -> RerunRequest | None:
    with store.session() as s:
        return s.get(RerunRequest, request_id)


def latest_rerun(store: Store, submission_id: int) -> RerunRequest | None:
    with store.session() as s:
        return s.scalar(
            select(RerunRequest).where(RerunRequest.submission_id == submission_id).order_by(RerunRequest.id.desc())
        )


def run_for_flow_run(store: Store, flow_run_id: str) -> Run | None:
    """The store's run record written by a Prefect flow run (recheck flows record their flow-run id)."""
    with store.session() as s:
        return s.scalar(select(Run).where(Run.prefect_flow_run_id == flow_run_id).order_by(Run.id.desc()))


def fail_orphaned(store: Store, mode: str = "direct") -> int:
    """Mark queued/running requests of ``mode`` as failed: run by a server process that has stopped."""
    with store.session() as s, s.begin():
        res = cast(
            CursorResult[Any],
            s.execute(
                update(RerunRequest)
                .where(RerunRequest.mode == mode, RerunRequest.status.in_(ACTIVE))
                .values(
                    status="failed",
                    finished_at=utcnow(),
                    message="เซิร์ฟเวอร์หยุดก่อนตรวจเสร็จ กรุณาสั่งตรวจใหม่ (the server stopped first; re-run it)",
                )
            ),
        )
        return res.rowcount
