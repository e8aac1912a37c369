"""A failed run says why.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

* ``runs.reason``: why a run ended ``failed`` (the exception that stopped it, or
  that the process running it ended without closing it).  NULL for completed runs.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("reason", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("reason")
