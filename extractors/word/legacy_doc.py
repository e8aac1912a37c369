"""Convert legacy Word (.doc) to .docx with LibreOffice, when it is installed.

Each conversion runs ``soffice --convert-to`` with a private LibreOffice
profile (concurrent conversions must not share one).  Profiles are kept for
the life of this process and reused, one conversion at a time each: a new
profile costs LibreOffice its first-start set-up, measured at about 0.45 s of
the 1.45 s a conversion takes on 2 cores (the reading process of
`extractors.process.pool` lives for a whole batch, so a batch pays it once).
They are deleted when this process exits.
"""

from __future__ import annotations

import atexit
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import ExtractionError, notice
from ..model import Block, Document
from ..settings import ReadSettings

_free_profiles: list[str] = []
_all_profiles: list[str] = []
_lock = threading.Lock()


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@contextmanager
def _profile() -> Iterator[str]:
    """A LibreOffice profile folder no other conversion is using now."""
    with _lock:
        folder = _free_profiles.pop() if _free_profiles else None
        if folder is None:
            folder = tempfile.mkdtemp(prefix="lo-profile-")
            _all_profiles.append(folder)
    broken = False
    try:
        yield folder
    except BaseException:
        broken = True
        raise
    finally:
        with _lock:
            if broken:  # a timed-out or failed conversion may leave it locked or half-written
                _all_profiles.remove(folder)
                shutil.rmtree(folder, ignore_errors=True)
            else:
                _free_profiles.append(folder)


@atexit.register
def _remove_profiles() -> None:
    with _lock:
        for folder in _all_profiles:
            shutil.rmtree(folder, ignore_errors=True)
        _all_profiles.clear()
        _free_profiles.clear()


def doc_to_docx(path: Path, out_dir: Path, *, timeout: float) -> Path:
    """Write `<stem>.docx` into out_dir and return its path."""
    soffice = find_soffice()
    if soffice is None:
        raise ExtractionError("doc_needs_libreoffice")
    with _profile() as profile:
        cmd = [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out_dir),
            str(path),
        ]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise ExtractionError("doc_conversion_failed", f"timed out after {timeout:.0f}s") from None
    out = out_dir / (path.stem + ".docx")
    if proc.returncode != 0 or not out.exists() or out.stat().st_size == 0:
        detail = (proc.stderr or proc.stdout or f"exit {proc.returncode}").strip()[:200]
        raise ExtractionError("doc_conversion_failed", detail)
    return out


def read(path: Path, settings: ReadSettings) -> Document:
    """A legacy .doc: converted to .docx by LibreOffice, then read by the Word reader as that file."""
    from .reader import read as read_docx

    with tempfile.TemporaryDirectory(prefix="evidence-doc-") as tmp:
        converted = doc_to_docx(path, Path(tmp), timeout=settings.doc_conversion_timeout)
        doc = read_docx(converted, settings)
    doc.path = str(path)
    doc.format = "doc"
    for block in _walk(doc.blocks):
        block.source = str(path)
    doc.notices.insert(0, notice("converted_from_doc"))
    return doc


def _walk(blocks: list[Block]) -> Iterator[Block]:
    for b in blocks:
        yield b
        for row in b.rows or []:
            for cell in row:
                yield from _walk(cell.blocks)
