"""Helpers of the review web app tests: a real store filled by a real batch run, the app served
by uvicorn on a free loopback port, and headless Chromium (Debian's, no browser download)."""

from __future__ import annotations

import contextlib
import shutil
import socket
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import uvicorn

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "inbox" / "2566"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
USER, PASSWORD = "somchai", "correct horse battery"
SECRET = "test-secret-key-not-for-production-0123456789"

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
RTL = "\u202eเอกสารกลับด้าน\u202c"
ZALGO = "ก" + "\u0e49\u0e48\u0e4a\u0e4b" * 300 + "ข" + "\u0301\u0302\u0303" * 300
LONG_LINE = ("ยาว" * 33_334)[:100_000]
HOSTILE_FILE = "<svg onload=alert(1)>.pdf"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_hostile_docx(path: Path) -> Path:
    """A form whose section bodies carry markup, an RTL override, combining-mark spam and a 100,000-character line."""
    import docx

    d = docx.Document()
    d.add_heading("แบบฟอร์ม 4 โครงการ", level=1)
    d.add_heading("หลักการและเหตุผล", level=2)
    d.add_paragraph(f"หน่วยงานพบปัญหาการให้บริการ {SCRIPT} และ {IMG} ต้องแก้ไขโดยเร็ว {RTL} ประชาชนรอนาน")
    d.add_heading("วัตถุประสงค์", level=2)
    d.add_paragraph(f"เพื่อลดระยะเวลาการให้บริการ {ZALGO} และเพิ่มความพึงพอใจของผู้รับบริการ")
    d.add_heading("ขั้นตอนการดำเนินงาน", level=2)
    d.add_paragraph(LONG_LINE)
    d.add_heading("ผลลัพธ์ที่คาดว่าจะได้รับ", level=2)
    d.add_paragraph("ระยะเวลารอคอยลดลงร้อยละห้าสิบ " * 3)
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    return path


def build_inbox(root: Path, agencies=("sso-rayong", "bangrak"), hostile: bool = False) -> Path:
    inbox = root / "inbox"
    for agency in agencies:
        shutil.copytree(SAMPLES / agency, inbox / "2566" / agency)
    if hostile:
        folder = inbox / "2566" / "hostile"
        write_hostile_docx(folder / "แบบฟอร์ม 4 โครงการ.docx")
        (folder / HOSTILE_FILE).write_bytes(b"not a pdf at all")
    return inbox


@dataclass
class WebEnv:
    root: Path
    inbox: Path
    db_url: str
    url: str
    app: object

    def submission_id(self, key: str) -> int:
        from pipeline.store import find_submission, open_store

        return find_submission(open_store(self.db_url), key, str(self.inbox.resolve())).id


class LiveServer:
    """The app served by uvicorn in a thread of this process (loopback, free port)."""

    def __init__(self, app) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        )
        self.thread = threading.Thread(target=self.server.run, name="uvicorn-test", daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        while not self.server.started:
            if not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            threading.Event().wait(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


@contextlib.contextmanager
def web_environment(root: Path, *, hostile: bool = False, agencies=("sso-rayong", "bangrak")):
    """Inbox copy -> real batch run (OCR off) -> one account -> the app served on loopback."""
    from extractors import ReadSettings
    from interfaces.web import ReviewConfig, create_app
    from pipeline.batch import run_batch
    from pipeline.store import close_stores, open_store
    from pipeline.store.users import create_user

    inbox = build_inbox(root, agencies, hostile)
    db_url = f"sqlite:///{root / 'store' / 'evidence.db'}"
    summary = run_batch(inbox, db_url, settings=ReadSettings(ocr="off"))
    failed = [(o.key, o.error) for o in summary.outcomes if o.status != "checked"]
    assert not failed, f"the batch run behind the web tests failed: {failed}"
    create_user(open_store(db_url), USER, PASSWORD)
    config = ReviewConfig(
        db_url=db_url,
        secret_key=SECRET,
        inbox=inbox.resolve(),
        ocr="off",
        rerun_mode="direct",
        page_cache=root / "page-cache",
    )
    app = create_app(config)
    try:
        with LiveServer(app) as server:
            yield WebEnv(root, inbox, db_url, server.url, app)
    finally:
        close_stores()


@contextlib.contextmanager
def chromium_context():
    """A headless Chromium context with a fresh profile, downloads accepted."""
    from playwright.sync_api import sync_playwright

    profile = Path(tempfile.mkdtemp(prefix="evidence-chromium-"))
    try:
        with sync_playwright() as p:
            ctx = p.chromium.launch_persistent_context(
                str(profile),
                executable_path=CHROMIUM,
                args=CHROMIUM_ARGS,
                headless=True,
                accept_downloads=True,
                viewport={"width": 1366, "height": 900},
                locale="th-TH",
            )
            try:
                yield ctx
            finally:
                ctx.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def sign_in(page, base_url: str, name: str = USER, password: str = PASSWORD) -> None:
    page.goto(f"{base_url}/login")
    page.fill("#name", name)
    page.fill("#password", password)
    page.click("button[type=submit]")
