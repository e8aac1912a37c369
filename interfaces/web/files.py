"""Original files and PDF page images, confined to the inbox.

A file is served only when it is a current file of the submission in the
store AND its real path (symlinks resolved) lies inside the inbox root;
anything else is "not found".  Page images are rendered with pypdfium2 on
first request and cached as PNG, keyed by the file's real path, size,
modification time and page.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path, PurePosixPath

RENDER_SCALE = 1.5  # 108 dpi: readable on a laptop or tablet
MAX_SIDE_PX = 2400  # a page of absurd size is scaled down to this

_render_lock = threading.Lock()  # pdfium is not thread-safe


class FileRefused(LookupError):
    """The path is not a servable file of this submission."""


def confined_path(root: str | Path, relative: str, allowed: set[str]) -> Path:
    """The real file for an inbox-relative path, or FileRefused.

    ``allowed``: the submission's current file paths (relative to the inbox).
    """
    if relative not in allowed:
        raise FileRefused(relative)
    parts = PurePosixPath(relative).parts
    if (
        not parts
        or PurePosixPath(relative).is_absolute()
        or any(p in ("..", ".", "") for p in parts)
        or "\\" in relative
    ):
        raise FileRefused(relative)
    base = Path(root).resolve(strict=True)
    try:
        target = (base / relative).resolve(strict=True)
    except (OSError, RuntimeError):
        raise FileRefused(relative) from None
    if not target.is_relative_to(base) or not target.is_file():
        raise FileRefused(relative)
    return target


def _cache_name(path: Path, page: int) -> str:
    st = path.stat()
    key = f"{path}|{st.st_size}|{st.st_mtime_ns}|{page}|{RENDER_SCALE}|{MAX_SIDE_PX}"
    return hashlib.sha256(key.encode()).hexdigest() + ".png"


def page_image(path: Path, page: int, cache_dir: Path) -> Path:
    """PNG of 1-based ``page`` of the PDF (rendered once, then served from the cache)."""
    import pypdfium2 as pdfium

    cache_dir.mkdir(parents=True, exist_ok=True)
    out = cache_dir / _cache_name(path, page)
    if out.exists():
        return out
    with _render_lock:
        if out.exists():
            return out
        pdf = pdfium.PdfDocument(str(path))
        try:
            if not 1 <= page <= len(pdf):
                raise FileRefused(f"page {page}")
            pg = pdf[page - 1]
            width, height = pg.get_size()
            scale = min(RENDER_SCALE, MAX_SIDE_PX / max(width, height, 1))
            image = pg.render(scale=scale).to_pil()
            tmp = out.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
            image.save(tmp, format="PNG", optimize=False)
            os.replace(tmp, out)
        finally:
            pdf.close()
    return out
