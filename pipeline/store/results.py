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
    result: dict,
    pipeline_version: str,
    rubric_ref: str,
    error: str | None = None,
) -> StoredCheck:
    """Replace the submission's current check and file outcomes; release the claim.

    ``owner``: the claim holder; when given and no longer holding the claim,
    nothing is written and ClaimLost is raised.
    """
    result, fp = _split_fingerprint(result)
    period, score = result.get("period") or {}, result.get("score") or {}
    by_name = {f["path"]: f for f in result.get("files", [])}
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
        s.execute(update(Check).where(Check.submission_id == submission_id, Check.is_current.is_(True)).values(is_current=False))
        unreadable = 0
        for f in files:
            info = by_name.get(f.name)
            err = (info or {}).get("error")
            if error is not None:
                err = {"code": "check_failed", "message": error}
            elif info is None:
                err = {"code": "not_read", "message": "file was not part of the check (changed during the run)"}
            unreadable += err is not None
            s.add(FileOutcome(
                run_id=run_id, submission_id=submission_id, path=f.path, sha256=f.sha256, size=f.size,
                mtime_ns=f.mtime_ns, format=(info or {}).get("format"), form=(info or {}).get("form"),
                pages=(info or {}).get("pages"), read_by=(info or {}).get("read_by"),
                error_code=err["code"] if err else None, error_message=err["message"] if err else None,
                is_current=True,
            ))
        check = Check(run_id=run_id, submission_id=submission_id, content_hash=content_hash,
                      pipeline_version=pipeline_version, rubric_ref=rubric_ref, result=result, error=error,
                      is_current=True, created_at=now, fiscal_year=period.get("fiscal_year"),
                      fiscal_year_source=period.get("source"), automatic_total=score.get("automatic_total"),
                      level=score.get("level"), provisional_level=score.get("provisional_level"))
        s.add(check)
        s.flush()
        if fp is not None:
            s.add(FingerprintRow(check_id=check.id, submission_id=submission_id, fiscal_year=period.get("fiscal_year"),
                                 scheme=fp["scheme"], hashvalues=list(fp["hashvalues"]), text=fp["text"], created_at=now))
        for key, sec in result.get("sections", {}).items():
            s.add(SectionRow(check_id=check.id, key=key, status=sec["status"], file=sec.get("file"),
                             page=sec.get("page"), text=sec.get("text") or ""))
        flags = result.get("flags", [])
        for fl in flags:
            s.add(FlagRow(check_id=check.id, code=fl["code"], severity=fl["severity"], section=fl.get("section"),
                          file=fl.get("file"), page=fl.get("page"), message=fl["message"], form=fl.get("form")))
        sub.content_hash = content_hash
        if owner is not None:
            sub.claimed_by = None
            sub.claimed_until = None
        return StoredCheck(check.id, len(files), unreadable, len(flags))


def _split_fingerprint(result: dict) -> tuple[dict, dict | None]:
    """The result without novelty.fingerprint (stored in its own table), and the fingerprint."""
    novelty = result.get("novelty")
    if not isinstance(novelty, dict) or "fingerprint" not in novelty:
        return result, None
    novelty = dict(novelty)
    fp = novelty.pop("fingerprint")
    return {**result, "novelty": novelty}, fp


def load_check(store: Store, check_id: int) -> Check | None:
    with store.session() as s:
        return s.get(Check, check_id)
