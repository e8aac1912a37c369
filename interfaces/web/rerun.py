"""Re-check a submission from the web page: through Prefect when PREFECT_API_URL is set, else directly.

* Prefect: ``run_deployment('recheck-submission/on-demand', timeout=0)`` queues
  a flow run for ``evidence serve``; the flow records its flow-run id on the
  store's run, which is how progress is followed (the Prefect API's state is
  asked only until that run exists).
* Direct: ``pipeline.batch.recheck_submission`` in one background worker
  thread (one re-check at a time: the machine has few cores).

Either way the request row in ``rerun_requests`` holds the status the page polls.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, cast

from extractors.settings import OcrMode
from pipeline import store as st
from pipeline.settings import load_settings
from pipeline.store import reruns
from pipeline.store.review_models import RerunRequest

from .config import ReviewConfig
from .labels import RERUN_STATUS

if TYPE_CHECKING:
    from prefect.client.schemas.objects import FlowRun

DEPLOYMENT = "recheck-submission/on-demand"
PREFECT_FAILED_STATES = {"FAILED", "CRASHED", "CANCELLED", "CANCELLING"}


def choose_mode(setting: str) -> str:
    """direct | prefect: ``auto`` goes through Prefect when PREFECT_API_URL is set."""
    if setting in ("direct", "prefect"):
        return setting
    return "prefect" if os.environ.get("PREFECT_API_URL") else "direct"


def _outcome_message(summary) -> str:
    o = summary.outcomes[0] if summary.outcomes else None
    if o is None:
        return "ไม่มีการตรวจ (nothing was checked)"
    if o.status == "busy":
        return "ชุดเอกสารกำลังถูกตรวจโดยงานอื่น (another run is checking this submission)"
    if o.error:
        return f"ตรวจไม่สำเร็จ (check failed): {o.error}"
    return (
        f"ไฟล์ {o.files} ไฟล์, อ่านไม่ได้ {o.unreadable}, ประเด็น {o.flags} "
        f"(files {o.files}, unreadable {o.unreadable}, flags {o.flags})"
    )


class Rerunner:
    def __init__(self, config: ReviewConfig, store: st.Store) -> None:
        self.config = config
        self.store = store
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="evidence-rerun")

    def submit(self, submission_id: int, folder: str, user_id: int) -> RerunRequest:
        """Queue a re-check (or return the one already queued or running for the submission)."""
        mode = choose_mode(self.config.rerun_mode)
        req, created = reruns.request_rerun(self.store, submission_id, user_id, mode)
        if created:
            target = self._via_prefect if mode == "prefect" else self._direct
            self.pool.submit(target, req.id, folder)
        return req

    def _direct(self, request_id: int, folder: str) -> None:
        from pipeline.batch import recheck_submission

        reruns.update_rerun(self.store, request_id, status="running")
        try:
            summary = recheck_submission(
                folder, self.store.url, settings=load_settings().read_settings(ocr=cast(OcrMode, self.config.ocr))
            )
        except Exception as exc:  # shown on the page; the server keeps going
            reruns.update_rerun(self.store, request_id, status="failed", message=f"{type(exc).__name__}: {exc}")
            return
        failed = not summary.outcomes or summary.outcomes[0].status != "checked"
        reruns.update_rerun(
            self.store,
            request_id,
            status="failed" if failed else "completed",
            message=_outcome_message(summary),
            run_id=summary.run_id,
        )

    def _via_prefect(self, request_id: int, folder: str) -> None:
        from prefect.deployments import run_deployment

        params = {"submission": folder}
        if st.safe_url(self.store.url) == self.store.url:  # no password in it: safe to pass as a parameter
            params["db"] = self.store.url
        try:
            # async_dispatch types the call as FlowRun | Coroutine; from this worker thread it is the FlowRun
            flow_run = cast("FlowRun", run_deployment(DEPLOYMENT, parameters=params, timeout=0, as_subflow=False))
        except Exception as exc:
            reruns.update_rerun(
                self.store,
                request_id,
                status="failed",
                message=f"ส่งงานให้ Prefect ไม่ได้ (could not start {DEPLOYMENT}): {exc}",
            )
            return
        reruns.update_rerun(
            self.store,
            request_id,
            flow_run_id=str(flow_run.id),
            message=f"Prefect flow run {flow_run.name} ({flow_run.id})",
        )

    def refresh(self, req: RerunRequest) -> RerunRequest:
        """Follow a Prefect re-check: the store's run first, else the flow run's state in Prefect."""
        if req.mode != "prefect" or req.status not in reruns.ACTIVE or not req.flow_run_id:
            return req
        run = reruns.run_for_flow_run(self.store, req.flow_run_id)
        if run is not None and run.status != "running":
            ok = run.status == "completed" and run.checked >= 1
            reruns.update_rerun(
                self.store,
                req.id,
                status="completed" if ok else "failed",
                run_id=run.id,
                message=(f"ตรวจแล้ว {run.checked}, ข้อผิดพลาด {run.errors} (checked {run.checked}, errors {run.errors})"),
            )
        elif run is not None:
            reruns.update_rerun(self.store, req.id, status="running", run_id=run.id)
        else:
            state = self._prefect_state(req.flow_run_id)
            if state in PREFECT_FAILED_STATES:
                reruns.update_rerun(
                    self.store, req.id, status="failed", message=f"Prefect flow run {state.lower()} (no result stored)"
                )
        fresh = reruns.get_rerun(self.store, req.id)
        assert fresh is not None  # the request was read before; requests are never deleted
        return fresh

    @staticmethod
    def _prefect_state(flow_run_id: str) -> str | None:
        from prefect.client.orchestration import get_client

        try:
            with get_client(sync_client=True) as client:
                fr = client.read_flow_run(flow_run_id)  # type: ignore[arg-type]  # Prefect formats the id into the URL: a str works
        except Exception:
            return None
        return fr.state.type.value if fr.state else None

    def shutdown(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


def status_dict(req: RerunRequest) -> dict:
    thai, english = RERUN_STATUS.get(req.status, (req.status, req.status))
    return {
        "id": req.id,
        "mode": req.mode,
        "status": req.status,
        "label": f"{thai} ({english})",
        "message": req.message or "",
        "finished": req.status not in reruns.ACTIVE,
        "flow_run_id": req.flow_run_id,
    }


def submission_folder(inbox: str, key: str) -> str:
    return str(Path(inbox) / key)
