"""Initial evidence store: runs, submissions, file outcomes, checks, sections, flags.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "store_meta",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("store_id", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    meta = sa.table(
        "store_meta",
        sa.column("id", sa.Integer),
        sa.column("store_id", sa.String),
        sa.column("created_at", sa.DateTime),
    )
    op.bulk_insert(
        meta, [{"id": 1, "store_id": uuid.uuid4().hex, "created_at": datetime.now(UTC).replace(tzinfo=None)}]
    )
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("inbox", sa.Text, nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime, nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("submissions", sa.Integer, nullable=False),
        sa.Column("files", sa.Integer, nullable=False),
        sa.Column("checked", sa.Integer, nullable=False),
        sa.Column("unchanged", sa.Integer, nullable=False),
        sa.Column("busy", sa.Integer, nullable=False),
        sa.Column("errors", sa.Integer, nullable=False),
        sa.Column("prefect_flow_run_id", sa.String(64), nullable=True),
    )
    op.create_table(
        "submissions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("inbox", sa.Text, nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("fiscal_year", sa.Integer, nullable=True),
        sa.Column("agency", sa.Text, nullable=True),
        sa.Column("content_hash", sa.String(64), nullable=True),
        sa.Column("first_seen_at", sa.DateTime, nullable=False),
        sa.Column("removed_at", sa.DateTime, nullable=True),
        sa.Column("claimed_by", sa.String(200), nullable=True),
        sa.Column("claimed_until", sa.DateTime, nullable=True),
        sa.UniqueConstraint("inbox", "key", name="uq_submissions_inbox_key"),
    )
    op.create_table(
        "file_outcomes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=False),
        sa.Column("submission_id", sa.Integer, sa.ForeignKey("submissions.id"), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("mtime_ns", sa.BigInteger, nullable=False),
        sa.Column("format", sa.String(32), nullable=True),
        sa.Column("form", sa.String(64), nullable=True),
        sa.Column("pages", sa.Integer, nullable=True),
        sa.Column("read_by", sa.JSON, nullable=True),
        sa.Column("error_code", sa.String(64), nullable=True),
        sa.Column("error_message", sa.Text, nullable=True),
        sa.Column("is_current", sa.Boolean, nullable=False),
    )
    op.create_index("ix_file_outcomes_run_id", "file_outcomes", ["run_id"])
    op.create_index("ix_file_outcomes_submission_id", "file_outcomes", ["submission_id"])
    op.create_index(
        "uq_file_outcomes_current",
        "file_outcomes",
        ["submission_id", "path"],
        unique=True,
        sqlite_where=sa.text("is_current"),
        postgresql_where=sa.text("is_current"),
    )
    op.create_table(
        "checks",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=False),
        sa.Column("submission_id", sa.Integer, sa.ForeignKey("submissions.id"), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("pipeline_version", sa.String(32), nullable=False),
        sa.Column("rubric_ref", sa.String(200), nullable=False),
        sa.Column("result", sa.JSON, nullable=False),
        sa.Column("error", sa.Text, nullable=True),
        sa.Column("is_current", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_checks_run_id", "checks", ["run_id"])
    op.create_index("ix_checks_submission_id", "checks", ["submission_id"])
    op.create_index(
        "uq_checks_current",
        "checks",
        ["submission_id"],
        unique=True,
        sqlite_where=sa.text("is_current"),
        postgresql_where=sa.text("is_current"),
    )
    op.create_table(
        "sections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("check_id", sa.Integer, sa.ForeignKey("checks.id"), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("file", sa.Text, nullable=True),
        sa.Column("page", sa.Integer, nullable=True),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_sections_check_id", "sections", ["check_id"])
    op.create_table(
        "flags",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("check_id", sa.Integer, sa.ForeignKey("checks.id"), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("section", sa.String(64), nullable=True),
        sa.Column("file", sa.Text, nullable=True),
        sa.Column("page", sa.Integer, nullable=True),
        sa.Column("message", sa.Text, nullable=False),
    )
    op.create_index("ix_flags_check_id", "flags", ["check_id"])


def downgrade() -> None:
    for table in ("flags", "sections", "checks", "file_outcomes", "submissions", "runs", "store_meta"):
        op.drop_table(table)
