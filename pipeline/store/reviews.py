"""Review records: decisions on flags, "mark reviewed" events, and what the review pages list.

Both record kinds are append-only (rows are only inserted; database triggers
refuse UPDATE and DELETE).  A flag is identified across re-checks by its
*flag key*, a hash of (code, section, file, page): a dismissal made before a
re-check still applies to the same flag found again afterwards, and the
current decision is the newest row with that key.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pipeline.result import StoredResult, from_stored

from .db import Store, utcnow
from .models import Check, FileOutcome, FlagRow, SectionRow, Submission
from .review_models import DECISIONS, REVIEW_EVENTS, FlagDecision, SubmissionReview, User
from .submissions import present_with_current_check

REVIEW_STATES = ("new", "in_review", "reviewed")  # not looked at | decisions made | marked reviewed


class ReviewError(ValueError):
    """A decision that cannot be recorded (unknown flag, stale check, bad value)."""


def flag_key(code: str, section: str | None, file: str | None, page: int | None) -> str:
    return hashlib.sha256(json.dumps([code, section, file, page], ensure_ascii=False).encode()).hexdigest()


@dataclass(frozen=True)
class DecisionView:
    id: int
    flag_key: str
    check_id: int
    decision: str
    note: str
    user: str
    at: datetime


@dataclass(frozen=True)
class ReviewEvent:
    id: int
    state: str
    note: str
    user: str
    at: datetime
    check_id: int | None


@dataclass
class FlagView:
    id: int
    key: str
    code: str
    severity: str
    section: str | None
    file: str | None
    page: int | None
    message: str
    history: list[DecisionView] = field(default_factory=list)  # newest first

    @property
    def current(self) -> DecisionView | None:
        return self.history[0] if self.history else None


@dataclass
class SubmissionDetail:
    id: int
    key: str
    inbox: str
    fiscal_year: int | None
    agency: str | None
    check_id: int
    checked_at: datetime
    check_error: str | None
    rubric_ref: str
    result: dict  # the stored JSON as written (the report.json download)
    sections: dict[str, SectionRow]
    flags: list[FlagView]
    files: list[FileOutcome]
    reviews: list[ReviewEvent]  # newest first
    review_state: str

    @cached_property
    def stored(self) -> StoredResult:
        """The stored result, typed (what the page reads)."""
        return from_stored(self.result)


@dataclass(frozen=True)
class SubmissionSummary:
    id: int
    key: str
    fiscal_year: int | None
    agency: str | None
    checked_at: datetime
    check_failed: bool
    errors: int
    warnings: int
    open_flags: int  # flags without a current decision
    review_state: str


def _review_state(latest_event: str | None, has_decisions: bool) -> str:
    if latest_event == "reviewed":
        return "reviewed"
    return "in_review" if has_decisions or latest_event == "reopened" else "new"


def _current_check(s, submission_id: int) -> Check | None:
    return s.scalar(select(Check).where(Check.submission_id == submission_id, Check.is_current.is_(True)))


def record_decision(store: Store, *, submission_id: int, flag_id: int, user_id: int, decision: str, note: str) -> int:
    """Append a decision on a flag of the submission's current check; returns its id."""
    if decision not in DECISIONS:
        raise ReviewError(f"decision must be one of {DECISIONS}, not {decision!r}")
    with store.session() as s, s.begin():
        check = _current_check(s, submission_id)
        flag = s.get(FlagRow, flag_id)
        if check is None or flag is None or flag.check_id != check.id:
            raise ReviewError("ประเด็นนี้ไม่อยู่ในผลการตรวจล่าสุด (this flag is not in the current check; reload the page)")
        return _append(
            s,
            FlagDecision(
                submission_id=submission_id,
                check_id=check.id,
                flag_id=flag.id,
                flag_key=flag_key(flag.code, flag.section, flag.file, flag.page),
                decision=decision,
            ),
            note,
            user_id,
        )


def record_review(store: Store, *, submission_id: int, user_id: int, state: str, note: str = "") -> int:
    """Append a "reviewed" or "reopened" event for the submission; returns its id."""
    if state not in REVIEW_EVENTS:
        raise ReviewError(f"review event must be one of {REVIEW_EVENTS}, not {state!r}")
    with store.session() as s, s.begin():
        if s.get(Submission, submission_id) is None:
            raise ReviewError(f"no submission with id {submission_id}")
        check = _current_check(s, submission_id)
        row = SubmissionReview(submission_id=submission_id, check_id=check.id if check else None, state=state)
        return _append(s, row, note, user_id)


def _append(s: Session, row: FlagDecision | SubmissionReview, note: str | None, user_id: int) -> int:
    """Add a decision or review event, signed by the user and timed now; returns its id."""
    row.note = (note or "").strip()
    row.user_id = user_id
    row.created_at = utcnow()
    s.add(row)
    s.flush()
    return row.id


def decision_history(store: Store, submission_ids: list[int]) -> list[tuple[int, DecisionView]]:
    """(submission id, decision) for every decision row of these submissions, oldest first."""
    q = (
        select(FlagDecision, User.name)
        .join(User, User.id == FlagDecision.user_id)
        .where(FlagDecision.submission_id.in_(submission_ids))
        .order_by(FlagDecision.id)
    )
    with store.session() as s:
        return [
            (d.submission_id, DecisionView(d.id, d.flag_key, d.check_id, d.decision, d.note, name, d.created_at))
            for d, name in s.execute(q)
        ]


def _review_events(s, submission_id: int) -> list[ReviewEvent]:
    q = (
        select(SubmissionReview, User.name)
        .join(User, User.id == SubmissionReview.user_id)
        .where(SubmissionReview.submission_id == submission_id)
        .order_by(SubmissionReview.id.desc())
    )
    return [ReviewEvent(r.id, r.state, r.note, name, r.created_at, r.check_id) for r, name in s.execute(q)]


def submission_detail(store: Store, submission_id: int) -> SubmissionDetail | None:
    """Everything the submission page shows, from the current check; None when unknown or never checked."""
    with store.session() as s:
        sub = s.get(Submission, submission_id)
        check = _current_check(s, submission_id) if sub else None
        if check is None:
            return None
        assert sub is not None  # a check is only looked up when the submission exists
        sections = {r.key: r for r in s.scalars(select(SectionRow).where(SectionRow.check_id == check.id))}
        flags = [
            FlagView(
                f.id,
                flag_key(f.code, f.section, f.file, f.page),
                f.code,
                f.severity,
                f.section,
                f.file,
                f.page,
                f.message,
            )
            for f in s.scalars(select(FlagRow).where(FlagRow.check_id == check.id).order_by(FlagRow.id))
        ]
        files = list(
            s.scalars(
                select(FileOutcome)
                .where(FileOutcome.submission_id == submission_id, FileOutcome.is_current.is_(True))
                .order_by(FileOutcome.path)
            )
        )
        reviews = _review_events(s, submission_id)
    history = decision_history(store, [submission_id])
    by_key: dict[str, list[DecisionView]] = {}
    for _, d in reversed(history):
        by_key.setdefault(d.flag_key, []).append(d)
    for fl in flags:
        fl.history = by_key.get(fl.key, [])
    state = _review_state(reviews[0].state if reviews else None, bool(history))
    return SubmissionDetail(
        sub.id,
        sub.key,
        sub.inbox,
        sub.fiscal_year,
        sub.agency,
        check.id,
        check.created_at,
        check.error,
        check.rubric_ref,
        check.result or {},
        sections,
        flags,
        files,
        reviews,
        state,
    )


def list_submissions(
    store: Store,
    *,
    inbox: str | None = None,
    fiscal_year: int | None = None,
    agency: str | None = None,
    state: str | None = None,
) -> list[SubmissionSummary]:
    """Present, checked submissions with flag counts and review state, by key."""
    with store.session() as s:
        q = present_with_current_check().order_by(Submission.fiscal_year.desc(), Submission.key)
        if inbox:
            q = q.where(Submission.inbox == inbox)
        if fiscal_year is not None:
            q = q.where(Submission.fiscal_year == fiscal_year)
        if agency:
            q = q.where(Submission.agency == agency)
        subs = s.execute(q).all()
        check_ids = [r[4] for r in subs]
        flags: dict[int, list[tuple[str, str]]] = {}
        for cid, sev, code, section, file, page in s.execute(
            select(FlagRow.check_id, FlagRow.severity, FlagRow.code, FlagRow.section, FlagRow.file, FlagRow.page).where(
                FlagRow.check_id.in_(check_ids)
            )
        ):
            flags.setdefault(cid, []).append((sev, flag_key(code, section, file, page)))
        decided: dict[int, set[str]] = {}
        for sid, key in s.execute(
            select(FlagDecision.submission_id, FlagDecision.flag_key)
            .where(FlagDecision.submission_id.in_([r[0] for r in subs]))
            .distinct()
        ):
            decided.setdefault(sid, set()).add(key)
        latest = (
            select(SubmissionReview.submission_id, func.max(SubmissionReview.id).label("last"))
            .group_by(SubmissionReview.submission_id)
            .subquery()
        )
        events = dict(
            s.execute(
                select(SubmissionReview.submission_id, SubmissionReview.state).join(
                    latest, latest.c.last == SubmissionReview.id
                )
            )
            .tuples()
            .all()
        )
    out = []
    for sid, key, year, ag, cid, created, err in subs:
        fl = flags.get(cid, [])
        done = decided.get(sid, set())
        summary = SubmissionSummary(
            sid,
            key,
            year,
            ag,
            created,
            bool(err),
            errors=sum(1 for sev, _ in fl if sev == "error"),
            warnings=sum(1 for sev, _ in fl if sev == "warning"),
            open_flags=sum(1 for _, k in fl if k not in done),
            review_state=_review_state(events.get(sid), bool(done)),
        )
        if state is None or summary.review_state == state:
            out.append(summary)
    return out


def filter_options(store: Store, inbox: str | None = None) -> tuple[list[int], list[str]]:
    """Fiscal years (newest first) and agencies present, for the list filters."""
    with store.session() as s:
        base = select(Submission).where(Submission.removed_at.is_(None))
        if inbox:
            base = base.where(Submission.inbox == inbox)
        sub = base.subquery()
        years = [y for y in s.scalars(select(sub.c.fiscal_year).distinct()) if y is not None]
        agencies = [a for a in s.scalars(select(sub.c.agency).distinct()) if a]
    return sorted(years, reverse=True), sorted(agencies)


def section_rows(store: Store, check_ids: list[int]) -> list[SectionRow]:
    with store.session() as s:
        return list(s.scalars(select(SectionRow).where(SectionRow.check_id.in_(check_ids)).order_by(SectionRow.id)))


def decision_rows(store: Store, submission_ids: list[int]) -> list[dict]:
    """Every decision on these submissions (oldest first) with the flag it was made on."""
    q = (
        select(FlagDecision, User.name, FlagRow, Submission.key)
        .join(User, User.id == FlagDecision.user_id)
        .join(FlagRow, FlagRow.id == FlagDecision.flag_id)
        .join(Submission, Submission.id == FlagDecision.submission_id)
        .where(FlagDecision.submission_id.in_(submission_ids))
        .order_by(FlagDecision.id)
    )
    with store.session() as s:
        return [
            {
                "decision_id": d.id,
                "submission": key,
                "check_id": d.check_id,
                "flag_id": d.flag_id,
                "code": f.code,
                "severity": f.severity,
                "section": f.section,
                "file": f.file,
                "page": f.page,
                "decision": d.decision,
                "note": d.note,
                "user": name,
                "at": d.created_at,
            }
            for d, name, f, key in s.execute(q)
        ]
