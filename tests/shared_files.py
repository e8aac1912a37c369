"""Real documents from ../shared/ beside the clone (or $EVIDENCE_SHARED_DIR), for the tests that read them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def shared_folder(name: str) -> Path:
    """../shared/NAME; skipped when absent locally, a failure under CI (which must have it)."""
    env = os.environ.get("EVIDENCE_SHARED_DIR")
    folder = (Path(env) if env else Path(__file__).resolve().parents[2] / "shared") / name
    if not folder.is_dir():
        reason = f"{folder} not found: put shared/{name}/ beside the clone or set EVIDENCE_SHARED_DIR"
        if os.environ.get("CI"):
            pytest.fail(reason + " (CI must have it)")
        pytest.skip(reason)
    return folder


def one_page(path: Path, page: int, out: Path) -> Path:
    """A one-page copy of page `page` (1-based) of a PDF, so a test OCRs one page, not the file."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(path))
    dst = pdfium.PdfDocument.new()
    dst.import_pages(src, [page - 1])
    dst.save(str(out))
    dst.close()
    src.close()
    return out
