"""Alembic environment for the evidence store.

Run programmatically by ``pipeline.store.db.migrate`` on an open connection
(``config.attributes["connection"]``); there is no alembic.ini and no CLI step.
On PostgreSQL a transaction-scoped advisory lock serialises concurrent
migrators; on SQLite the store's ``BEGIN IMMEDIATE`` transactions do the same.
"""

from alembic import context
from sqlalchemy import text

from pipeline.store.models import Base

MIGRATION_LOCK_ID = 7_466_366  # any constant shared by every evidence process

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transactional_ddl=True,
)
with context.begin_transaction():
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_ID})
    context.run_migrations()
