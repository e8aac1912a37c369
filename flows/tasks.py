"""The per-submission task: claim, check, store, release — cached by content.

``check-submission`` runs once per submission.  Its result (the outcome and
the typed evidence-check/3 result) is cached under a key made of the task name,
TASK_VERSION, the inbox and the submission's key, its content hash,
pipeline_version(), the rubric ref and the read settings, in Prefect's local storage folder (under PREFECT_HOME),
shared by both flows: a rubric or pipeline change makes new keys, so
everything is checked again.

A cache hit skips the task body, so nothing would be stored; the flow sees
that the returned result came from another run (``from_cache``) and stores
it through the same claim-and-store path (``store_cached``), so the database
is right even when the cache answers (e.g. a new database, or a file changed
and changed back).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from prefect import task
from prefect.context import TaskRunContext

from pipeline.batch import BatchContext, SubmissionOutcome, WorkItem, compute_check, process_submission
from pipeline.result import EvidenceCheck

from .artifacts import publish_submission

# 3: the task returns the typed result (pipeline.result.EvidenceCheck); 4: the key names the submission.
TASK_VERSION = "4"


@dataclass
class TaskResult:
    run_owner: str  # the run that computed it (unique per run): differs from the current run on a cache hit
    outcome: SubmissionOutcome
    result: EvidenceCheck | None  # the check's result, when a check ran

    def from_cache(self, ctx: BatchContext, item: WorkItem) -> bool:
        """Computed by another run, or (never, with the submission in the key) for another submission."""
        return self.run_owner != ctx.owner or self.outcome.key != item.key


def check_cache_key(_context: TaskRunContext, parameters: dict) -> str | None:
    ctx: BatchContext = parameters["ctx"]
    item: WorkItem = parameters["item"]
    # The submission itself is part of the key: two submissions with the same files (a folder copied
    # into the inbox twice) are two checks.  Keyed by content alone, the second copy's task took the
    # first one's result within the same run, so it was counted as checked but never stored.
    where = hashlib.sha256(f"{ctx.inbox}\0{item.key}".encode()).hexdigest()[:12]
    rubric = hashlib.sha256(ctx.rubric_ref.encode("utf-8")).hexdigest()[:12]
    settings = hashlib.sha256(repr(ctx.settings).encode("utf-8")).hexdigest()[:12]
    return f"check-submission-v{TASK_VERSION}-{where}-{item.content_hash}-p{ctx.pipeline_version}-r{rubric}-s{settings}"


@task(
    name="check-submission",
    version=TASK_VERSION,
    cache_key_fn=check_cache_key,
    persist_result=True,
    task_run_name="{item.key}",
)
def check_submission_task(ctx: BatchContext, item: WorkItem, artifacts: bool = True) -> TaskResult:
    """Claim, check, store and release one submission."""
    seen: dict[str, EvidenceCheck] = {}

    def check_fn(path: str, c: BatchContext) -> EvidenceCheck:
        seen["result"] = compute_check(path, c)
        return seen["result"]

    outcome = process_submission(ctx, item, check_fn)
    if artifacts and "result" in seen:
        publish_submission(item.key, seen["result"], outcome)
    return TaskResult(ctx.owner, outcome, seen.get("result"))


def store_cached(ctx: BatchContext, item: WorkItem, cached: TaskResult, artifacts: bool = True) -> SubmissionOutcome:
    """Store a result the task cache answered with (same claim, re-verify and transaction)."""
    if cached.result is None:  # the cached run did not check (busy/unchanged there): check now
        return check_submission_task.fn(ctx, item, artifacts).outcome
    result = cached.result  # not None: checked above
    outcome = process_submission(ctx, item, lambda _p, _c: result)
    if artifacts and outcome.status in ("checked", "failed"):
        publish_submission(item.key, cached.result, outcome)
    return outcome
