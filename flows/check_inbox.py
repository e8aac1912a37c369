"""Flow ``check-inbox``: scan, then one task per changed submission, then artifacts."""

from __future__ import annotations

from typing import cast

from prefect import flow
from prefect.futures import as_completed
from prefect.runtime import flow_run

from extractors.settings import OcrMode
from pipeline.batch import BatchPlan, SubmissionOutcome, failure_reason, finish_batch, plan_batch
from pipeline.settings import load_settings
from pipeline.store import open_store, submission_rows

from . import progress
from .artifacts import publish_table
from .runners import make_task_runner
from .tasks import check_submission_task, store_cached


def run_plan(plan: BatchPlan, artifacts: bool = True) -> dict:
    """Submit one task per work item, gather outcomes, close the run, publish the table."""
    ctx = plan.context
    task = check_submission_task.with_options(refresh_cache=True) if ctx.force else check_submission_task
    futures = {task.submit(ctx, item, artifacts): item for item in plan.work}
    outcomes: list[SubmissionOutcome] = []
    try:
        for fut in as_completed(list(futures)):
            done = fut.result()
            item = futures[fut]
            outcome = store_cached(ctx, item, done, artifacts) if done.from_cache(ctx, item) else done.outcome
            outcomes.append(outcome)
            progress.report(outcome, len(outcomes), len(futures))
    except BaseException as exc:
        finish_batch(plan, outcomes, "failed", failure_reason(exc))
        raise
    summary = finish_batch(plan, outcomes)
    if artifacts:
        rows = submission_rows(open_store(plan.context.db_url), plan.context.inbox)
        if rows:
            publish_table(rows)
    return summary.to_dict()


@flow(name="check-inbox", task_runner=make_task_runner(), log_prints=True)
def check_inbox(
    inbox: str,
    db: str | None = None,
    rubric: str | None = None,
    depth: int | None = None,
    ocr: str = "auto",
    artifacts: bool = True,
) -> dict:
    """ตรวจทุกชุดเอกสารใหม่หรือที่เปลี่ยนแปลงใน inbox (Check every new or changed submission).

    ``db``: SQLAlchemy URL (default: .evidence/evidence.db under the working folder).
    """
    plan = plan_batch(
        inbox,
        db,
        rubric,
        load_settings().read_settings(ocr=cast(OcrMode, ocr)),
        depth=depth,
        claim_ttl_s=load_settings().claim_ttl,
        prefect_flow_run_id=flow_run.get_id(),
    )
    return run_plan(plan, artifacts)
