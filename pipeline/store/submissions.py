"""Submission rows and what is stored about their files and current checks."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, Select, and_, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from pipeline.inbox import FileState, StoredFile, SubmissionScan

from .db import Store, utcnow
from .models import Check, FileOutcome, FlagRow, Submission


@dataclass(frozen=True)
class CurrentCheck:
    """The fingerprint of a submission's current check: re-check when any part differs."""

    check_id: int
    content_hash: str
    pipeline_version: str
    rubric_ref: str

    def matches(self, content_hash: str, pipeline_version: str, rubric_ref: str) -> bool:
        return (self.content_hash, self.pipeline_version, self.rubric_ref) == (
            content_hash,
            pipeline_version,
            rubric_ref,
        )


def _insert(dialect: str):
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


def ensure_submissions(store: Store, inbox: str, scans: Iterable[SubmissionScan]) -> dict[str, int]:
    """Create missing submission rows (race-free: INSERT .. ON CONFLICT DO NOTHING); key -> id."""
    scans = list(scans)
    now = utcnow()
    with store.session() as s, s.begin():
        if scans:
            rows = [
                {
                    "inbox": inbox,
                    "key": sc.key,
                    "fiscal_year": sc.fiscal_year,
                    "agency": sc.agency,
                    "first_seen_at": now,
                }
                for sc in scans
            ]
            stmt = (
                _insert(store.dialect)(Submission).values(rows).on_conflict_do_nothing(index_elements=["inbox", "key"])
            )
            s.execute(stmt)
            keys = [sc.key for sc in scans]
            s.execute(
                update(Submission)
                .where(Submission.inbox == inbox, Submission.key.in_(keys), Submission.removed_at.is_not(None))
                .values(removed_at=None)
            )
        ids = dict(s.execute(select(Submission.key, Submission.id).where(Submission.inbox == inbox)).tuples().all())
    wanted = {sc.key for sc in scans}
    return {k: v for k, v in ids.items() if k in wanted}


def mark_removed(store: Store, inbox: str, present_keys: Iterable[str]) -> int:
    """Stamp removed_at on submissions of this inbox that the scan no longer finds (history stays)."""
    present = set(present_keys)
    with store.session() as s, s.begin():
        rows = s.execute(
            select(Submission.id, Submission.key).where(Submission.inbox == inbox, Submission.removed_at.is_(None))
        ).all()
        gone = [sid for sid, key in rows if key not in present]
        if gone:
            s.execute(update(Submission).where(Submission.id.in_(gone)).values(removed_at=utcnow()))
        return len(gone)


def known_files(store: Store, inbox: str) -> dict[str, StoredFile]:
    """Inbox-relative path -> stored size, mtime and sha256 (current outcomes only)."""
    q = (
        select(FileOutcome.path, FileOutcome.size, FileOutcome.mtime_ns, FileOutcome.sha256)
        .join(Submission, Submission.id == FileOutcome.submission_id)
        .where(Submission.inbox == inbox, FileOutcome.is_current.is_(True))
    )
    with store.session() as s:
        return {p: StoredFile(size, mtime, sha) for p, size, mtime, sha in s.execute(q)}


def current_checks(store: Store, inbox: str) -> dict[str, CurrentCheck]:
    """Submission key -> fingerprint of its current check, for one inbox."""
    q = (
        select(Submission.key, Check.id, Check.content_hash, Check.pipeline_version, Check.rubric_ref)
        .join(Check, and_(Check.submission_id == Submission.id, Check.is_current.is_(True)))
        .where(Submission.inbox == inbox)
    )
    with store.session() as s:
        return {key: CurrentCheck(cid, h, v, r) for key, cid, h, v, r in s.execute(q)}


def current_check(store: Store, submission_id: int) -> CurrentCheck | None:
    q = select(Check.id, Check.content_hash, Check.pipeline_version, Check.rubric_ref).where(
        Check.submission_id == submission_id, Check.is_current.is_(True)
    )
    with store.session() as s:
        row = s.execute(q).first()
    return CurrentCheck(*row) if row else None


def refresh_file_stats(store: Store, submission_id: int, files: Iterable[FileState]) -> int:
    """Record new size/mtime for current outcomes whose content hash is unchanged (a touched file)."""
    n = 0
    with store.session() as s, s.begin():
        for f in files:
            res = cast(
                CursorResult[Any],
                s.execute(
                    update(FileOutcome)
                    .where(
                        FileOutcome.submission_id == submission_id,
                        FileOutcome.path == f.path,
                        FileOutcome.is_current.is_(True),
                        FileOutcome.sha256 == f.sha256,
                    )
                    .values(size=f.size, mtime_ns=f.mtime_ns),
                ),
            )
            n += res.rowcount
    return n


def find_submission(store: Store, ref: str, inbox: str | None = None) -> Submission | None:
    """A submission by key ("2566/bangrak") or by absolute folder path; newest inbox wins on ties."""
    with store.session() as s:
        q = select(Submission).where(Submission.key == ref)
        if inbox:
            q = q.where(Submission.inbox == inbox)
        found = s.scalars(q.order_by(Submission.id.desc())).first()
        if found:
            return found
        for sub in s.scalars(select(Submission).order_by(Submission.id.desc())):
            if f"{sub.inbox.rstrip('/')}/{sub.key}" == ref.rstrip("/"):
                return sub
    return None


def present_with_current_check() -> Select:
    """Present submissions joined to their current check: id, key, fiscal year, agency, check id, time, error."""
    return (
        select(
            Submission.id,
            Submission.key,
            Submission.fiscal_year,
            Submission.agency,
            Check.id,
            Check.created_at,
            Check.error,
        )
        .join(Check, and_(Check.submission_id == Submission.id, Check.is_current.is_(True)))
        .where(Submission.removed_at.is_(None))
    )


def submission_rows(store: Store, inbox: str, keys: Iterable[str] | None = None) -> list[dict]:
    """One summary row per present submission: files, unreadable files, flags by severity."""
    flag_counts = (
        select(FlagRow.check_id, FlagRow.severity, func.count().label("n"))
        .group_by(FlagRow.check_id, FlagRow.severity)
        .subquery()
    )
    with store.session() as s:
        q = present_with_current_check().where(Submission.inbox == inbox).order_by(Submission.key)
        if keys is not None:
            q = q.where(Submission.key.in_(list(keys)))
        subs = s.execute(q).all()
        check_ids = [r[4] for r in subs]
        flags: dict[int, dict[str, int]] = {}
        for cid, sev, n in s.execute(select(flag_counts).where(flag_counts.c.check_id.in_(check_ids))):
            flags.setdefault(cid, {})[sev] = n
        files: dict[int, tuple[int, int]] = {}
        fq = (
            select(FileOutcome.submission_id, func.count(), func.count(FileOutcome.error_code))
            .where(FileOutcome.submission_id.in_([r[0] for r in subs]), FileOutcome.is_current.is_(True))
            .group_by(FileOutcome.submission_id)
        )
        for sid, total, bad in s.execute(fq):
            files[sid] = (total, bad)
    return [
        {
            "key": key,
            "fiscal_year": year,
            "agency": agency,
            "files": files.get(sid, (0, 0))[0],
            "unreadable": files.get(sid, (0, 0))[1],
            "errors": flags.get(cid, {}).get("error", 0),
            "warnings": flags.get(cid, {}).get("warning", 0),
            "checked_at": created.isoformat(timespec="seconds"),
            "check_failed": bool(err),
        }
        for sid, key, year, agency, cid, created, err in subs
    ]


def readable_file_count(store: Store, inbox: str) -> int:
    q = (
        select(func.count())
        .select_from(FileOutcome)
        .join(Submission, Submission.id == FileOutcome.submission_id)
        .where(
            Submission.inbox == inbox,
            Submission.removed_at.is_(None),
            FileOutcome.is_current.is_(True),
            FileOutcome.error_code.is_(None),
        )
    )
    with store.session() as s:
        return s.scalar(q) or 0
