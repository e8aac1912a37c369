"""The batch: scan an inbox, check what changed, store every result.  No Prefect here.

    plan_batch()          scan + decide which submissions need a check (opens a run)
    process_submission()  claim -> check -> store (one transaction) -> release
    finish_batch()        close the run, count
    run_batch()           the three as a plain loop

The Prefect flow (flows/check_inbox.py) calls the same three functions and
only swaps the loop for one task per submission, so the plain loop is both
the tested behaviour and the benchmark baseline.

A submission needs a check when it has no current check, or when its content
hash, the pipeline version (pipeline/version.py: the number and a digest of
the code) or the rubric ref differ from the current check's.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from extractors import ReadSettings
from extractors.ocr.cache import use_ocr_cache

from . import store as st
from .check import check_submission
from .inbox import FileState, SubmissionScan, is_year_folder, scan_inbox, scan_submission
from .result import EvidenceCheck, FailedCheck
from .rubric import load_rubric
from .settings import load_settings
from .version import pipeline_version

CheckFn = Callable[[str, "BatchContext"], EvidenceCheck]


@dataclass(frozen=True)
class BatchContext:
    """Everything a worker needs to check and store one submission (picklable)."""

    run_id: int
    db_url: str
    inbox: str
    rubric_path: str | None
    rubric_ref: str
    settings: ReadSettings
    owner: str
    claim_ttl_s: float = st.DEFAULT_CLAIM_TTL_S
    force: bool = False
    pipeline_version: str = ""  # pipeline_version() when the run was planned


@dataclass
class WorkItem:
    """One submission to check."""

    submission_id: int
    key: str
    path: str
    content_hash: str
    files: list[FileState]
    reason: str  # new | changed | pipeline | rubric | forced


@dataclass
class SubmissionOutcome:
    key: str
    status: str  # checked | unchanged | busy | failed
    files: int = 0
    unreadable: int = 0
    flags: int = 0
    check_id: int | None = None
    reason: str = ""
    error: str | None = None


@dataclass
class BatchPlan:
    context: BatchContext
    work: list[WorkItem]
    unchanged: list[str]
    submissions: int
    files: int
    hashed: int
    started: float = field(default_factory=time.perf_counter)


@dataclass
class BatchSummary:
    run_id: int
    inbox: str
    db: str
    submissions: int
    files: int
    checked: int
    unchanged: int
    busy: int
    errors: int
    hashed: int
    readable_files: int
    seconds: float
    outcomes: list[SubmissionOutcome] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The `evidence run --format json` object."""
        d = asdict(self)
        d["seconds"] = round(self.seconds, 3)
        d["outcomes"] = [asdict(o) for o in self.outcomes]
        return d


def _reason(scan: SubmissionScan, current: st.CurrentCheck | None, rubric_ref: str, version: str) -> str | None:
    if current is None:
        return "new"
    if current.content_hash != scan.content_hash:
        return "changed"
    if current.pipeline_version != version:
        return "pipeline"
    if current.rubric_ref != rubric_ref:
        return "rubric"
    return None


def _context(
    store: st.Store, kind: str, inbox: str, rubric_path, settings, claim_ttl_s, force, flow_run_id
) -> BatchContext:
    rubric = load_rubric(rubric_path)
    st.fail_dead_runs(store)
    owner = st.make_owner()
    run_id = st.start_run(store, kind, inbox, owner, flow_run_id)
    return BatchContext(
        run_id,
        store.url,
        inbox,
        str(rubric_path) if rubric_path else None,
        rubric.ref,
        settings or load_settings().read_settings(),
        owner,
        claim_ttl_s,
        force,
        pipeline_version(),
    )


def plan_batch(
    inbox: str | Path,
    db_url: str | None = None,
    rubric_path: str | Path | None = None,
    settings: ReadSettings | None = None,
    *,
    depth: int | None = None,
    claim_ttl_s: float = st.DEFAULT_CLAIM_TTL_S,
    prefect_flow_run_id: str | None = None,
) -> BatchPlan:
    """Open a run, scan the inbox (reusing stored hashes) and list the submissions to check."""
    started = time.perf_counter()
    root = Path(inbox).resolve()
    if not root.is_dir():
        raise NotADirectoryError(f"ไม่พบโฟลเดอร์ inbox (inbox folder not found): {root}")
    store = st.open_store(db_url)
    ctx = _context(store, "batch", str(root), rubric_path, settings, claim_ttl_s, False, prefect_flow_run_id)
    scan = scan_inbox(root, st.known_files(store, ctx.inbox), depth)
    ids = st.ensure_submissions(store, ctx.inbox, scan.submissions)
    st.mark_removed(store, ctx.inbox, ids)
    current = st.current_checks(store, ctx.inbox)
    work, unchanged = [], []
    for sub in scan.submissions:
        reason = _reason(sub, current.get(sub.key), ctx.rubric_ref, ctx.pipeline_version)
        if reason:
            work.append(WorkItem(ids[sub.key], sub.key, str(sub.path), sub.content_hash, sub.files, reason))
        else:
            unchanged.append(sub.key)
            if any(f.hashed for f in sub.files):
                st.refresh_file_stats(store, ids[sub.key], sub.files)
    return BatchPlan(ctx, work, unchanged, len(scan.submissions), scan.file_count, scan.hashed_count, started)


def nothing_to_do(
    inbox: str | Path, db_url: str | None = None, rubric_path: str | Path | None = None, depth: int | None = None
) -> bool:
    """True when a run would check nothing: every submission's stored check is current
    (same content, pipeline and rubric) and none has left the inbox.  Read-only: no run
    is opened; files whose size and mtime are stored are not read again.  The CLI uses
    it to answer a no-op `evidence run` without starting Prefect."""
    root = Path(inbox).resolve()
    if not root.is_dir():
        return False
    store = st.open_store(db_url)
    rubric_ref = load_rubric(rubric_path).ref
    scan = scan_inbox(root, st.known_files(store, str(root)), depth)
    current = st.current_checks(store, str(root))
    if set(current) - {sub.key for sub in scan.submissions}:
        return False  # a submission left the inbox: the run records it
    version = pipeline_version()
    return all(_reason(sub, current.get(sub.key), rubric_ref, version) is None for sub in scan.submissions)


def compute_check(path: str, ctx: BatchContext) -> EvidenceCheck:
    """Read and check one submission: the evidence-check/3 result with its novelty fingerprint.

    The fiscal year comes from the submission's ``25xx`` folder (or its text);
    novelty compares with every other submission's current fingerprint in the
    run's own store, whose OCR cache answers for pages already OCR'd.
    """
    store = st.open_store(ctx.db_url)
    earlier = st.earlier_fingerprints(store, path)
    with use_ocr_cache(st.StoreOcrCache(store)):  # pages OCR'd before (any command, same store) are not OCR'd again
        result = check_submission(path, load_rubric(ctx.rubric_path), ctx.settings, earlier=earlier)
    return result.model(with_fingerprint=True)


def process_submission(ctx: BatchContext, item: WorkItem, check_fn: CheckFn | None = None) -> SubmissionOutcome:
    """Claim, check and store one submission.  Never raises for a bad file or a failed check."""
    store = st.open_store(ctx.db_url)
    check_fn = check_fn or compute_check
    if not st.claim(store, item.submission_id, ctx.owner, ctx.claim_ttl_s):
        return SubmissionOutcome(item.key, "busy", len(item.files), reason=item.reason)
    try:
        if not ctx.force:
            cur = st.current_check(store, item.submission_id)
            if cur and cur.matches(item.content_hash, ctx.pipeline_version, ctx.rubric_ref):
                st.release(store, item.submission_id, ctx.owner)  # another run stored it meanwhile
                return SubmissionOutcome(item.key, "unchanged", len(item.files), reason=item.reason)
        error = None
        result: EvidenceCheck | FailedCheck
        try:
            result = check_fn(item.path, ctx)
        except Exception as exc:  # a bug or an unexpected file: record it, keep the batch going
            error = f"{type(exc).__name__}: {exc}"
            result = FailedCheck(submission=item.path, rubric=ctx.rubric_ref, error=error)
        saved = st.save_check(
            store,
            run_id=ctx.run_id,
            submission_id=item.submission_id,
            owner=ctx.owner,
            content_hash=item.content_hash,
            files=item.files,
            result=result,
            pipeline_version=ctx.pipeline_version,
            rubric_ref=ctx.rubric_ref,
            error=error,
        )
    except st.ClaimLost as exc:
        return SubmissionOutcome(item.key, "busy", len(item.files), reason=item.reason, error=str(exc))
    except BaseException:
        st.release(store, item.submission_id, ctx.owner)
        raise
    return SubmissionOutcome(
        item.key,
        "failed" if error else "checked",
        saved.files,
        saved.unreadable,
        saved.flags,
        saved.check_id,
        item.reason,
        error,
    )


def finish_batch(
    plan: BatchPlan, outcomes: list[SubmissionOutcome], status: str = "completed", reason: str | None = None
) -> BatchSummary:
    """Close the run with its counts and summarise it; a failed run says why (`reason`)."""
    ctx = plan.context
    store = st.open_store(ctx.db_url)
    done = [o for o in outcomes if o.status in ("checked", "failed")]
    summary = BatchSummary(
        run_id=ctx.run_id,
        inbox=ctx.inbox,
        db=st.safe_url(ctx.db_url),
        submissions=plan.submissions,
        files=plan.files,
        checked=len(done),
        unchanged=len(plan.unchanged) + sum(1 for o in outcomes if o.status == "unchanged"),
        busy=sum(1 for o in outcomes if o.status == "busy"),
        errors=sum(o.unreadable for o in done if o.status == "checked") + sum(1 for o in done if o.status == "failed"),
        hashed=plan.hashed,
        readable_files=st.readable_file_count(store, ctx.inbox),
        seconds=time.perf_counter() - plan.started,
        outcomes=outcomes,
    )
    st.finish_run(store, ctx.run_id, status, asdict(summary), reason)
    return summary


def run_batch(
    inbox: str | Path,
    db_url: str | None = None,
    rubric: str | Path | None = None,
    settings: ReadSettings | None = None,
    *,
    depth: int | None = None,
    claim_ttl_s: float = st.DEFAULT_CLAIM_TTL_S,
    progress: Callable[[SubmissionOutcome, int, int], None] | None = None,
) -> BatchSummary:
    """Check every new or changed submission of the inbox, one after another."""
    plan = plan_batch(inbox, db_url, rubric, settings, depth=depth, claim_ttl_s=claim_ttl_s)
    outcomes: list[SubmissionOutcome] = []
    try:
        for item in plan.work:
            outcomes.append(process_submission(plan.context, item))
            if progress:
                progress(outcomes[-1], len(outcomes), len(plan.work))
    except BaseException as exc:
        finish_batch(plan, outcomes, "failed", failure_reason(exc))
        raise
    return finish_batch(plan, outcomes)


def failure_reason(exc: BaseException) -> str:
    """What a failed run records: the exception that stopped it, in a line."""
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted (Ctrl+C)"
    return f"{type(exc).__name__}: {exc}"[:500]


def locate_submission(store: st.Store, ref: str) -> tuple[str, str]:
    """(inbox root, key) of a submission given by key or by folder/file path."""
    found = st.find_submission(store, ref)
    if found is None and Path(ref).exists():
        p = Path(ref).resolve()
        found = st.find_submission(store, str(p))
        if found is None:
            root = p.parent.parent if is_year_folder(p.parent.name) else p.parent
            return str(root), p.relative_to(root).as_posix()
    if found is None:
        raise LookupError(f"ไม่พบชุดเอกสาร (no such submission): {ref}")
    return found.inbox, found.key


def plan_recheck(
    ref: str,
    db_url: str | None = None,
    rubric_path: str | Path | None = None,
    settings: ReadSettings | None = None,
    *,
    claim_ttl_s: float = st.DEFAULT_CLAIM_TTL_S,
    prefect_flow_run_id: str | None = None,
) -> BatchPlan:
    """A forced one-submission plan (key or path), whatever its stored state."""
    started = time.perf_counter()
    store = st.open_store(db_url)
    inbox, key = locate_submission(store, ref)
    path = Path(inbox) / key
    if not path.exists():
        raise LookupError(f"ไม่พบไฟล์ของชุดเอกสาร (submission folder is gone): {path}")
    ctx = _context(store, "recheck", inbox, rubric_path, settings, claim_ttl_s, True, prefect_flow_run_id)
    sub = scan_submission(inbox, key, st.known_files(store, inbox))
    ids = st.ensure_submissions(store, inbox, [sub])
    item = WorkItem(ids[key], key, str(path), sub.content_hash, sub.files, "forced")
    return BatchPlan(ctx, [item], [], 1, len(sub.files), sum(f.hashed for f in sub.files), started)


def recheck_submission(
    ref: str,
    db_url: str | None = None,
    rubric: str | Path | None = None,
    settings: ReadSettings | None = None,
) -> BatchSummary:
    """Re-check one submission now (forced), as a plain call."""
    plan = plan_recheck(ref, db_url, rubric, settings)
    outcomes = [process_submission(plan.context, item) for item in plan.work]
    return finish_batch(plan, outcomes)
