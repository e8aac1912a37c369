"""Shared, generic test fixtures.

* ``make_inbox``: build an inbox of small Thai .docx submissions (python-docx).
* ``postgres_url``: a PostgreSQL server for the session (EVIDENCE_TEST_POSTGRES_URL,
  or one started with scripts/test-postgres.sh when the binaries exist).
  Without one the postgresql params skip, or FAIL when env CI is set.
* ``db_url``: a fresh empty store URL, parametrised over sqlite and postgresql.
* ``prefect_api``: one real Prefect server (``prefect server start``) for the
  session, with PREFECT_API_URL pointing at it (in-process and subprocesses).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent

# Prefect state of the test session stays out of the work tree (set before any flow import).
_PREFECT_HOME = Path(tempfile.mkdtemp(prefix="evidence-test-prefect-"))
os.environ.setdefault("PREFECT_HOME", str(_PREFECT_HOME))
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
# So does the OCR cache of the CLI commands run by the tests (default: .evidence/ in the work tree).
_OCR_CACHE_DIR = Path(tempfile.mkdtemp(prefix="evidence-test-ocr-cache-"))
os.environ.setdefault("EVIDENCE_OCR_CACHE", f"sqlite:///{_OCR_CACHE_DIR / 'evidence.db'}")

SECTION_HEADINGS = [
    ("หลักการและเหตุผล", "หน่วยงานพบว่าประชาชนต้องเดินทางมาติดต่อราชการหลายครั้ง ทำให้เสียเวลาและค่าใช้จ่าย"),
    ("วัตถุประสงค์", "เพื่อลดระยะเวลาการให้บริการ และเพิ่มความพึงพอใจของผู้รับบริการ"),
    ("ขั้นตอนการดำเนินงาน", "สำรวจปัญหา ออกแบบระบบ ทดลองใช้ ประเมินผล และขยายผลไปยังหน่วยงานอื่น"),
    ("ผลลัพธ์ที่คาดว่าจะได้รับ", "ระยะเวลารอคอยลดลงร้อยละห้าสิบ และผู้รับบริการพึงพอใจมากขึ้น"),
    ("ผลลัพธ์ที่เกิดขึ้นจริง", "ระยะเวลารอคอยลดลงจากสี่สิบนาทีเหลือสิบห้านาที ผู้รับบริการพึงพอใจร้อยละเก้าสิบ"),
]


def write_docx(path: Path, title: str, variant: int = 0, sections: int = 5) -> Path:
    """A small Thai form: a title and up to five headed sections; ``variant`` changes the text (and hash)."""
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    for heading, body in SECTION_HEADINGS[:sections]:
        d.add_heading(heading, level=2)
        d.add_paragraph(f"{body} ครั้งที่ {variant} " * 3)
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    return path


@pytest.fixture(scope="session")
def docx_template(tmp_path_factory) -> Path:
    return write_docx(tmp_path_factory.mktemp("tpl") / "form.docx", "แบบฟอร์ม 4 โครงการ")


@pytest.fixture
def make_inbox(tmp_path):
    """``make_inbox(n, files=2, year="2566", name="inbox")`` -> inbox Path with n submissions."""

    def make(n: int, files: int = 2, year: str | None = "2566", name: str = "inbox") -> Path:
        root = tmp_path / name
        for i in range(n):
            folder = root / year / f"agency{i:03d}" if year else root / f"agency{i:03d}"
            for j in range(files):
                write_docx(folder / f"แบบฟอร์ม {j + 1}.docx", f"แบบฟอร์ม {j + 1} หน่วยงาน {i}", variant=i * 100 + j)
        root.mkdir(parents=True, exist_ok=True)
        return root

    return make


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _postgres_binaries() -> bool:
    return any(Path(p, "initdb").exists() for p in Path("/usr/lib/postgresql").glob("*/bin")) or bool(
        shutil.which("initdb")
    )


@pytest.fixture(scope="session")
def postgres_url():
    url = os.environ.get("EVIDENCE_TEST_POSTGRES_URL")
    if url:
        yield url
        return
    reason = "no PostgreSQL: set EVIDENCE_TEST_POSTGRES_URL or install postgresql (scripts/test-postgres.sh)"
    if not _postgres_binaries():
        if os.environ.get("CI"):
            pytest.fail(reason + " — CI must run the PostgreSQL tests")
        pytest.skip(reason)
    out = subprocess.run(["bash", str(ROOT / "scripts" / "test-postgres.sh"), "start"], capture_output=True, text=True)
    if out.returncode != 0:
        message = f"scripts/test-postgres.sh start failed: {out.stderr.strip()}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    env = dict(line.removeprefix("export ").split("=", 1) for line in out.stdout.splitlines() if "=" in line)
    try:
        yield env["EVIDENCE_TEST_POSTGRES_URL"]
    finally:
        from pipeline.store import close_stores

        close_stores()
        subprocess.run(["bash", str(ROOT / "scripts" / "test-postgres.sh"), "stop", env["EVIDENCE_TEST_POSTGRES_DIR"]])


def _fresh_postgres_db(server_url: str) -> tuple[str, str]:
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(server_url)
    name = f"t_{uuid.uuid4().hex[:12]}"
    dsn = u.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return u.set(database=name).render_as_string(hide_password=False), name


def _drop_postgres_db(server_url: str, name: str) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    dsn = make_url(server_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty store URL on each backend."""
    from pipeline.store import close_stores

    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store' / 'evidence.db'}"
        close_stores()
        return
    server = request.getfixturevalue("postgres_url")
    url, name = _fresh_postgres_db(server)
    yield url
    close_stores()
    _drop_postgres_db(server, name)


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    from pipeline.store import close_stores

    yield f"sqlite:///{tmp_path / 'store' / 'evidence.db'}"
    close_stores()


def _wait_http(url: str, timeout: float, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"Prefect server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise TimeoutError(f"Prefect server did not answer {url} within {timeout:.0f} s")


@pytest.fixture(scope="session")
def prefect_api(tmp_path_factory):
    """A real Prefect server on loopback for the session; yields its API URL."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    import flows  # noqa: F401  (sets the Prefect environment defaults)

    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    home = tmp_path_factory.mktemp("prefect-server-home")
    env = {**os.environ, "PREFECT_HOME": str(home)}
    env.pop("PREFECT_API_URL", None)
    log = open(home / "server.log", "wb")
    proc = subprocess.Popen(
        [str(VENV_BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        _wait_http(f"{api}/health", 180, proc)
        old = os.environ.get("PREFECT_API_URL")
        os.environ["PREFECT_API_URL"] = api
        with temporary_settings({PREFECT_API_URL: api}):
            yield api
        from prefect.events.worker import EventsWorker
        from prefect.logging.handlers import APILogWorker

        APILogWorker.drain_all(timeout=10)
        EventsWorker.drain_all(timeout=10)
        if old is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = old
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_PREFECT_HOME, ignore_errors=True)
    shutil.rmtree(_OCR_CACHE_DIR, ignore_errors=True)
