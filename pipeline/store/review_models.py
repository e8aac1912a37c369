"""ORM classes of the review tables (migration 0003): accounts, decisions, review marks, re-runs.

``flag_decisions`` and ``submission_reviews`` are append-only (database
triggers refuse UPDATE and DELETE): the current decision is the newest row.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base

DECISIONS = ("confirm", "dismiss")
REVIEW_EVENTS = ("reviewed", "reopened")
RERUN_MODES = ("direct", "prefect")
RERUN_STATUSES = ("queued", "running", "completed", "failed")


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Sessions made in an earlier generation no longer sign anyone in (migration 0005):
    # sign-out, a password change and (de)activation move it on.
    session_generation: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class FlagDecision(Base):
    __tablename__ = "flag_decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"))
    check_id: Mapped[int] = mapped_column(ForeignKey("checks.id"))
    flag_id: Mapped[int] = mapped_column(ForeignKey("flags.id"))
    flag_key: Mapped[str] = mapped_column(String(64))  # stable across re-checks: see reviews.flag_key
    decision: Mapped[str] = mapped_column(String(16))  # confirm | dismiss
    note: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class SubmissionReview(Base):
    __tablename__ = "submission_reviews"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    check_id: Mapped[int | None] = mapped_column(ForeignKey("checks.id"), nullable=True)
    state: Mapped[str] = mapped_column(String(16))  # reviewed | reopened
    note: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class RerunRequest(Base):
    __tablename__ = "rerun_requests"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    mode: Mapped[str] = mapped_column(String(16))  # direct | prefect
    status: Mapped[str] = mapped_column(String(16))  # queued | running | completed | failed
    flow_run_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), nullable=True)
    message: Mapped[str | None] = mapped_column(Text, nullable=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
