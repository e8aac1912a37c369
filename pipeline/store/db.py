"""Open the evidence store: engine, connection settings, migrations on connect.

* ``default_db_url()``: ``sqlite:///<cwd>/.evidence/evidence.db``.
* ``open_store(url)``: one engine per URL per process; the first open runs the
  Alembic migrations up to head (programmatically, no CLI step).

SQLite runs in WAL mode with a busy timeout, and every transaction starts
with ``BEGIN IMMEDIATE``: the write lock is taken up front, so two processes
never deadlock upgrading a read lock ("database is locked"), they queue.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from .models import StoreMeta

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_S = 60.0
DEFAULT_DB_PATH = Path(".evidence") / "evidence.db"

_lock = threading.Lock()
_stores: dict[str, Store] = {}


def utcnow() -> datetime:
    """Naive UTC now: the store keeps every timestamp as naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def default_db_url(cwd: Path | None = None) -> str:
    path = (cwd or Path.cwd()) / DEFAULT_DB_PATH
    return f"sqlite:///{path.resolve()}"


def safe_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    return make_url(url).render_as_string(hide_password=True)


class Store:
    """An engine, a session factory and the store's identity."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self.store_id = ""

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def session(self) -> Session:
        return self.sessions()

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_engine(url: str) -> Engine:
    db_path = make_url(url).database
    if db_path and db_path != ":memory:":
        Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # let SQLAlchemy's "begin" event emit BEGIN itself
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def make_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (safe to run from many processes at once)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def _read_identity(store: Store) -> None:
    """The random id the first migration wrote: tells two stores at one URL apart."""
    with store.session() as s, s.begin():
        store.store_id = s.scalar(select(StoreMeta.store_id).where(StoreMeta.id == 1)) or ""


def open_store(url: str | None = None) -> Store:
    """The store at ``url`` (default: the SQLite file under the current folder), migrated."""
    url = url or default_db_url()
    with _lock:
        store = _stores.get(url)
        if store is None:
            engine = make_engine(url)
            migrate(engine)
            store = Store(url, engine)
            _read_identity(store)
            _stores[url] = store
        return store


def close_stores() -> None:
    """Dispose every engine this process opened (tests, forked workers)."""
    with _lock:
        for store in _stores.values():
            store.dispose()
        _stores.clear()
