"""Sessions end when they should: a per-user session generation.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07

* ``users.session_generation``: signed-in sessions carry the generation they
  were made in; sign-out, a password change and disabling or re-enabling the
  account move it on, so every cookie made before stops working.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("session_generation", sa.Integer, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("session_generation")
