"""OCR cache: one row per OCR'd page, by page-content key.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07

* ``ocr_pages``: the OCR result (``extractors.ocr.engine.OcrResult`` as JSON text) of
  one page, under its key (``extractors.ocr.cache.ocr_cache_key``: SHA-256 of
  the page's content, the OCR languages and resolution, and the OCR code
  version).  Rows are only ever added; a changed OCR writes new keys.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ocr_pages",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("result", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("ocr_pages")
