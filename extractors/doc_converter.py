"""Convert legacy Word (.doc) to .docx with LibreOffice, when it is installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .errors import ExtractionError


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def doc_to_docx(path: Path, out_dir: Path, *, timeout: float) -> Path:
    """Write `<stem>.docx` into out_dir and return its path."""
    soffice = find_soffice()
    if soffice is None:
        raise ExtractionError("doc_needs_libreoffice")
    # A private profile directory: concurrent conversions must not share one.
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
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
