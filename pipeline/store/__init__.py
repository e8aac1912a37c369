"""The evidence store: SQLAlchemy models, repository functions and migrations.

SQLite file by default (``.evidence/evidence.db``), PostgreSQL by URL
(``postgresql+psycopg://user@host:port/db``).  ``open_store(url)`` migrates
the schema on first connect; every other function takes the returned Store.
"""

from . import review_models  # noqa: F401  (users, decisions, reviews on the same metadata)
from .claims import DEFAULT_CLAIM_TTL_S, claim, make_owner, owner_is_dead, release
from .db import Store, close_stores, default_db_url, open_store, safe_url, utcnow
from .fingerprints import earlier_fingerprints
from .ocr_cache import StoreOcrCache
from .results import ClaimLost, StoredCheck, load_check, save_check
from .runs import fail_dead_runs, finish_run, get_run, start_run
from .submissions import (
    CurrentCheck,
    current_check,
    current_checks,
    ensure_submissions,
    find_submission,
    known_files,
    mark_removed,
    readable_file_count,
    refresh_file_stats,
    submission_rows,
)

__all__ = [
    "DEFAULT_CLAIM_TTL_S",
    "ClaimLost",
    "CurrentCheck",
    "Store",
    "StoreOcrCache",
    "StoredCheck",
    "claim",
    "close_stores",
    "current_check",
    "current_checks",
    "default_db_url",
    "earlier_fingerprints",
    "ensure_submissions",
    "fail_dead_runs",
    "find_submission",
    "finish_run",
    "get_run",
    "known_files",
    "load_check",
    "make_owner",
    "mark_removed",
    "open_store",
    "owner_is_dead",
    "readable_file_count",
    "refresh_file_stats",
    "release",
    "safe_url",
    "save_check",
    "start_run",
    "submission_rows",
    "utcnow",
]
