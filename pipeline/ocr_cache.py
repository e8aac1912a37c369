"""The OCR cache of the evidence store, opened only when a page needs OCR.

`LazyStoreOcrCache(url)` is an `extractors.ocr.cache.OcrCache` over the
store at `url` (default: ``.evidence/evidence.db`` under the current folder).
Nothing is imported or opened until the first page to OCR asks for it, so
commands reading Word files or text PDFs pay nothing for it.

An existing SQLite store that already has the ``ocr_pages`` table is read
and written with the standard library's sqlite3 (two one-line statements):
importing the store package (SQLAlchemy, Alembic and the novelty code) costs
~2 s, more than answering a whole scanned file from the cache.  Any other
store (a new or older SQLite file, PostgreSQL) is opened with
`pipeline.store.open_store`, which creates and migrates it, and used through
`pipeline.store.StoreOcrCache`.

A store that cannot be opened is tried once: get/put then raise, and the
reader OCRs the pages without a cache (logging why).
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

# Same as pipeline.store.db.DEFAULT_DB_PATH (not imported: see above; a test keeps them equal).
DEFAULT_DB_PATH = Path(".evidence") / "evidence.db"
SQLITE_BUSY_TIMEOUT_S = 60.0
TABLE = "ocr_pages"


class LazyStoreOcrCache:
    """The OCR cache of the store at `url` (None: the default store), opened on first use."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url
        self._cache = None
        self._error: str | None = None  # why the store could not be opened: not tried again
        self._lock = threading.Lock()

    def _open(self):
        with self._lock:
            if self._error is not None:
                raise RuntimeError(self._error)
            if self._cache is None:
                self._cache = _existing_sqlite(self.url) or self._open_store()
            return self._cache

    def _open_store(self):
        from .store import StoreOcrCache, open_store, safe_url

        try:
            return StoreOcrCache(open_store(self.url))
        except Exception as exc:
            where = safe_url(self.url) if self.url else "the default store"
            self._error = f"OCR cache store {where} cannot be opened: {type(exc).__name__}: {exc}"[:300]
            raise RuntimeError(self._error) from exc

    def get(self, key: str) -> str | None:
        return self._open().get(key)

    def put(self, key: str, value: str) -> None:
        self._open().put(key, value)


def sqlite_path(url: str | None) -> Path | None:
    """The file of a plain ``sqlite:///path`` URL (None: not one, or with options)."""
    if url is None:
        return (Path.cwd() / DEFAULT_DB_PATH).resolve()
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url or url == prefix + ":memory:":
        return None
    return Path(url[len(prefix) :])


class SqliteOcrCache:
    """The ``ocr_pages`` table of an SQLite store, through the standard library."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.lock = threading.Lock()

    def get(self, key: str) -> str | None:
        with self.lock:
            row = self.conn.execute(f"SELECT result FROM {TABLE} WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def put(self, key: str, value: str) -> None:
        # The format SQLAlchemy's DateTime uses on SQLite (naive UTC, like every store timestamp).
        now = datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
        with self.lock:
            self.conn.execute(
                f"INSERT OR IGNORE INTO {TABLE} (key, result, created_at) VALUES (?, ?, ?)", (key, value, now)
            )


def _existing_sqlite(url: str | None) -> SqliteOcrCache | None:
    """The fast path: an SQLite store file that exists and has the table; else None."""
    path = sqlite_path(url)
    if path is None or not path.is_file():
        return None
    try:
        conn = sqlite3.connect(path, timeout=SQLITE_BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
        found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)).fetchone()
    except sqlite3.Error:
        return None
    if not found:
        conn.close()
        return None
    return SqliteOcrCache(conn)
