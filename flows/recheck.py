"""Flow ``recheck-submission``: re-check one submission now, by key or folder path (forced)."""

from __future__ import annotations

from typing import cast

from prefect import flow
from prefect.runtime import flow_run

from extractors.settings import OcrMode
from pipeline.batch import plan_recheck
from pipeline.settings import load_settings

from .check_inbox import run_plan
from .runners import make_task_runner


@flow(name="recheck-submission", task_runner=make_task_runner(workers=1), log_prints=True)
def recheck_submission(
    submission: str,
    db: str | None = None,
    rubric: str | None = None,
    ocr: str = "auto",
    artifacts: bool = True,
) -> dict:
    """ตรวจชุดเอกสารหนึ่งชุดใหม่ (Re-check one submission, ignoring its stored state)."""
    plan = plan_recheck(
        submission,
        db,
        rubric,
        load_settings().read_settings(ocr=cast(OcrMode, ocr)),
        claim_ttl_s=load_settings().claim_ttl,
        prefect_flow_run_id=flow_run.get_id(),
    )
    return run_plan(plan, artifacts)
