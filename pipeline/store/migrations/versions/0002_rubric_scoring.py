"""Rubric scoring: queryable fiscal year / score columns on checks, MinHash fingerprints.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

* ``checks.fiscal_year`` (B.E.), ``checks.fiscal_year_source`` (option|path|text),
  ``checks.automatic_total``, ``checks.level``, ``checks.provisional_level``:
  copies of the evidence-check/2 JSON's period and score, for queries.
* ``flags.form``: the required form a ``form_missing`` flag names.
* ``fingerprints``: one row per check, the MinHash hash values of the
  submission's main content (pipeline/novelty.py), compared by later checks.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("checks") as batch:
        batch.add_column(sa.Column("fiscal_year", sa.Integer, nullable=True))
        batch.add_column(sa.Column("fiscal_year_source", sa.String(16), nullable=True))
        batch.add_column(sa.Column("automatic_total", sa.Float, nullable=True))
        batch.add_column(sa.Column("level", sa.Integer, nullable=True))
        batch.add_column(sa.Column("provisional_level", sa.Integer, nullable=True))
    op.create_index("ix_checks_fiscal_year", "checks", ["fiscal_year"])
    with op.batch_alter_table("flags") as batch:
        batch.add_column(sa.Column("form", sa.String(64), nullable=True))
    op.create_table(
        "fingerprints",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("check_id", sa.Integer, sa.ForeignKey("checks.id"), nullable=False),
        sa.Column("submission_id", sa.Integer, sa.ForeignKey("submissions.id"), nullable=False),
        sa.Column("fiscal_year", sa.Integer, nullable=True),
        sa.Column("scheme", sa.String(64), nullable=False),
        sa.Column("hashvalues", sa.JSON, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_fingerprints_check_id", "fingerprints", ["check_id"], unique=True)
    op.create_index("ix_fingerprints_submission_id", "fingerprints", ["submission_id"])


def downgrade() -> None:
    op.drop_index("ix_fingerprints_submission_id", table_name="fingerprints")
    op.drop_index("ix_fingerprints_check_id", table_name="fingerprints")
    op.drop_table("fingerprints")
    with op.batch_alter_table("flags") as batch:
        batch.drop_column("form")
    op.drop_index("ix_checks_fiscal_year", table_name="checks")
    with op.batch_alter_table("checks") as batch:
        for col in ("provisional_level", "level", "automatic_total", "fiscal_year_source", "fiscal_year"):
            batch.drop_column(col)
