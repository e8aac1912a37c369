"""Deployments of both flows, served by one long-running process (``evidence serve``).

``check-inbox/scheduled`` runs on a cron schedule (and on demand);
``recheck-submission/on-demand`` runs on demand only:

    prefect deployment run 'check-inbox/scheduled' -p inbox=/data/inbox
    prefect deployment run 'recheck-submission/on-demand' -p submission=2566/bangrak
"""

from __future__ import annotations

from prefect import serve
from prefect.schedules import Cron

from .check_inbox import check_inbox
from .recheck import recheck_submission
from .runners import make_task_runner

CHECK_DEPLOYMENT = "scheduled"
RECHECK_DEPLOYMENT = "on-demand"
DEFAULT_CRON = "0 6 * * *"
TIMEZONE = "Asia/Bangkok"


def valid_cron(cron: str) -> bool:
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron, timezone=TIMEZONE)
    except ValueError:
        return False
    return True


def build_deployments(
    inbox: str | None, db: str | None, cron: str = DEFAULT_CRON, rubric: str | None = None, dask: str | None = None
) -> list:
    runner = make_task_runner(dask)
    check_params = {"db": db, "rubric": rubric}
    if inbox:
        check_params["inbox"] = inbox
    check = check_inbox.with_options(task_runner=runner).to_deployment(
        name=CHECK_DEPLOYMENT,
        schedule=Cron(cron, timezone=TIMEZONE),
        parameters=check_params,
        description="ตรวจ inbox ตามกำหนดเวลา (check the inbox on a schedule)",
    )
    recheck = recheck_submission.to_deployment(
        name=RECHECK_DEPLOYMENT,
        parameters={"db": db, "rubric": rubric},
        description="ตรวจชุดเอกสารหนึ่งชุดใหม่ (re-check one submission)",
    )
    return [check, recheck]


def serve_deployments(
    inbox: str | None,
    db: str | None,
    cron: str = DEFAULT_CRON,
    rubric: str | None = None,
    dask: str | None = None,
    limit: int | None = None,
) -> None:
    """Register both deployments with the Prefect API and run their flow runs until stopped."""
    serve(*build_deployments(inbox, db, cron, rubric, dask), limit=limit)
