"""Store one submission's check: all of it in ONE transaction.

File outcomes, the check, its sections and flags, the submission's content
hash and the claim release commit together, so a process killed mid-batch
leaves each submission either fully stored or untouched.  Earlier rows stay
as history with ``is_current`` false.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, update

from pipeline.inbox import FileState
from pipeline.result import EvidenceCheck, FailedCheck, FileError

from .db import Store, utcnow
from .models import Check, FileOutcome, FingerprintRow, FlagRow, SectionRow, Submission


class ClaimLost(RuntimeError):
    """The claim expired and another process took the submission: this result is not stored."""


@dataclass(frozen=True)
class StoredCheck:
    check_id: int
    files: int
    unreadable: int
    flags: int


def save_check(
    store: Store,
    *,
    run_id: int,
    submission_id: int,
    owner: str | None,
    content_hash: str,
    files: Sequence[FileState],
    result: EvidenceCheck | FailedCheck,
    pipeline_version: str,
    rubric_ref: str,
    error: str | None = None,
) -> StoredCheck:
    """Replace the submission's current check and file outcomes; release the claim.

    ``owner``: the claim holder; when given and no longer holding the claim,
    nothing is written and ClaimLost is raised.
    """
    checked = result if isinstance(result, EvidenceCheck) else None
    fp = checked.novelty.fingerprint if checked else None
    fiscal_year = checked.period.fiscal_year if checked else None
    by_name = {f.path: f for f in result.files}
    now = utcnow()
    with store.session() as s, s.begin():
        q = select(Submission).where(Submission.id == submission_id)
        if store.dialect == "postgresql":
            q = q.with_for_update()
        sub = s.scalar(q)
        if sub is None:
            raise LookupError(f"no submission with id {submission_id}")
        if owner is not None and sub.claimed_by != owner:
            raise ClaimLost(f"claim on {sub.key} is held by {sub.claimed_by!r}, not {owner!r}")
        s.execute(
            update(FileOutcome)
            .where(FileOutcome.submission_id == submission_id, FileOutcome.is_current.is_(True))
            .values(is_current=False)
        )
        s.execute(
            update(Check)
            .where(Check.submission_id == submission_id, Check.is_current.is_(True))
            .values(is_current=False)
        )
        unreadable = 0
        for f in files:
            info = by_name.get(f.name)
            err = info.error if info else None
            if error is not None:
                err = FileError(code="check_failed", message=error)
            elif info is None:
                err = FileError(code="not_read", message="file was not part of the check (changed during the run)")
            unreadable += err is not None
            s.add(
                FileOutcome(
                    run_id=run_id,
                    submission_id=submission_id,
                    path=f.path,
                    sha256=f.sha256,
                    size=f.size,
                    mtime_ns=f.mtime_ns,
                    format=info.format if info else None,
                    form=info.form if info else None,
                    pages=info.pages if info else None,
                    read_by=info.read_by if info else None,
                    error_code=err.code if err else None,
                    error_message=err.message if err else None,
                    is_current=True,
                )
            )
        check = Check(
            run_id=run_id,
            submission_id=submission_id,
            content_hash=content_hash,
            pipeline_version=pipeline_version,
            rubric_ref=rubric_ref,
            result=result.json_dict(),
            error=error,
            is_current=True,
            created_at=now,
            fiscal_year=fiscal_year,
            fiscal_year_source=checked.period.source if checked else None,
            automatic_total=checked.score.automatic_total if checked else None,
            level=checked.score.level if checked else None,
            provisional_level=checked.score.provisional_level if checked else None,
        )
        s.add(check)
        s.flush()
        if fp is not None:
            s.add(
                FingerprintRow(
                    check_id=check.id,
                    submission_id=submission_id,
                    fiscal_year=fiscal_year,
                    scheme=fp.scheme,
                    hashvalues=list(fp.hashvalues),
                    text=fp.text,
                    created_at=now,
                )
            )
        for key, sec in result.sections.items():
            s.add(
                SectionRow(check_id=check.id, key=key, status=sec.status, file=sec.file, page=sec.page, text=sec.text)
            )
        flags = result.flags
        for fl in flags:
            s.add(
                FlagRow(
                    check_id=check.id,
                    code=fl.code,
                    severity=fl.severity,
                    section=fl.section,
                    file=fl.file,
                    page=fl.page,
                    message=fl.message,
                    form=fl.form,
                )
            )
        sub.content_hash = content_hash
        if owner is not None:
            sub.claimed_by = None
            sub.claimed_until = None
        return StoredCheck(check.id, len(files), unreadable, len(flags))


def load_check(store: Store, check_id: int) -> Check | None:
    with store.session() as s:
        return s.get(Check, check_id)
