"""SQLAlchemy 2 models of the evidence store.

History is kept: a new check or file outcome never overwrites an old one, it
sets the old row's ``is_current`` to false.  Partial unique indexes make
"exactly one current check per submission" and "exactly one current outcome
per file" a database guarantee on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

RUN_KINDS = ("batch", "recheck")
RUN_STATUSES = ("running", "completed", "failed")


class Base(DeclarativeBase):
    pass


class StoreMeta(Base):
    """One row: this store's identity (a random id made when it was created)."""

    __tablename__ = "store_meta"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    store_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Run(Base):
    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))  # batch | recheck
    inbox: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200))  # host:pid:token of the process running it
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="running")  # running | completed | failed
    submissions: Mapped[int] = mapped_column(Integer, default=0)
    files: Mapped[int] = mapped_column(Integer, default=0)
    checked: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    busy: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    prefect_flow_run_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)  # why a failed run failed


class Submission(Base):
    __tablename__ = "submissions"
    __table_args__ = (UniqueConstraint("inbox", "key", name="uq_submissions_inbox_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    inbox: Mapped[str] = mapped_column(Text)  # absolute inbox root
    key: Mapped[str] = mapped_column(Text)  # path relative to the inbox: "2566/bangrak"
    fiscal_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    agency: Mapped[str | None] = mapped_column(Text, nullable=True)
    content_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)  # of the current check
    first_seen_at: Mapped[datetime] = mapped_column(DateTime)
    removed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    claimed_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    claimed_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


def _one_current(name: str, *columns: str) -> Index:
    """A unique index over the current rows only: at most one current row per `columns`."""
    return Index(name, *columns, unique=True, sqlite_where=text("is_current"), postgresql_where=text("is_current"))


class FileOutcome(Base):
    __tablename__ = "file_outcomes"
    __table_args__ = (_one_current("uq_file_outcomes_current", "submission_id", "path"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    path: Mapped[str] = mapped_column(Text)  # relative to the inbox
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    mtime_ns: Mapped[int] = mapped_column(BigInteger)
    format: Mapped[str | None] = mapped_column(String(32), nullable=True)
    form: Mapped[str | None] = mapped_column(String(64), nullable=True)
    pages: Mapped[int | None] = mapped_column(Integer, nullable=True)
    read_by: Mapped[list | None] = mapped_column(JSON, nullable=True)
    error_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    error_message: Mapped[str | None] = mapped_column(Text, nullable=True)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)


class Check(Base):
    __tablename__ = "checks"
    __table_args__ = (_one_current("uq_checks_current", "submission_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    pipeline_version: Mapped[str] = mapped_column(String(32))
    rubric_ref: Mapped[str] = mapped_column(String(200))
    result: Mapped[dict] = mapped_column(JSON)  # the evidence-check/2 JSON (or {"error": ...})
    error: Mapped[str | None] = mapped_column(Text, nullable=True)  # the check itself failed
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Copies of result["period"] / result["score"] for queries (migration 0002).
    fiscal_year: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    fiscal_year_source: Mapped[str | None] = mapped_column(String(16), nullable=True)  # option | path | text
    automatic_total: Mapped[float | None] = mapped_column(Float, nullable=True)
    level: Mapped[int | None] = mapped_column(Integer, nullable=True)  # null until every part is scored
    provisional_level: Mapped[int | None] = mapped_column(Integer, nullable=True)


class SectionRow(Base):
    __tablename__ = "sections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("checks.id"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(32))
    file: Mapped[str | None] = mapped_column(Text, nullable=True)
    page: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")


class FlagRow(Base):
    __tablename__ = "flags"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("checks.id"), index=True)
    code: Mapped[str] = mapped_column(String(64))
    severity: Mapped[str] = mapped_column(String(16))
    section: Mapped[str | None] = mapped_column(String(64), nullable=True)
    file: Mapped[str | None] = mapped_column(Text, nullable=True)
    page: Mapped[int | None] = mapped_column(Integer, nullable=True)
    message: Mapped[str] = mapped_column(Text)
    form: Mapped[str | None] = mapped_column(String(64), nullable=True)  # form_missing: the form's id


class FingerprintRow(Base):
    """The MinHash of one check's main content (pipeline/novelty.py), compared by later checks."""

    __tablename__ = "fingerprints"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("checks.id"), index=True, unique=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    fiscal_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    scheme: Mapped[str] = mapped_column(String(64))  # e.g. minhash-char5-p128-s1
    hashvalues: Mapped[list] = mapped_column(JSON)
    text: Mapped[str] = mapped_column(Text)  # the normalised main content (exact confirmation)
    created_at: Mapped[datetime] = mapped_column(DateTime)
