"""Tell a file's real format from its first bytes, not from its name."""

from __future__ import annotations

import zipfile
from pathlib import Path

from .model import FileFormat

EXTENSION_FORMATS: dict[str, FileFormat] = {
    ".docx": "docx",
    ".pdf": "pdf",
    ".doc": "doc",
    ".jpg": "image",
    ".jpeg": "image",
    ".png": "image",
    ".gif": "image",
    ".tif": "image",
    ".tiff": "image",
    ".bmp": "image",
    ".heic": "image",
    ".webp": "image",
}

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_MAGICS = (
    b"\xff\xd8\xff",  # JPEG
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",  # TIFF little-endian
    b"MM\x00*",  # TIFF big-endian
    b"BM",  # BMP
)


def format_from_extension(path: Path) -> FileFormat:
    return EXTENSION_FORMATS.get(path.suffix.lower(), "other")


def format_from_content(path: Path) -> FileFormat | None:
    """The format the bytes say, or None when they say nothing we know.

    Returns None for an empty file too; callers check size first.
    """
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if not head:
        return None
    # PDF headers may be preceded by junk; readers accept %PDF in the first 1 KiB.
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(_OLE_MAGIC):
        return "doc"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image"
    if any(head.startswith(m) for m in _IMAGE_MAGICS):
        # "BM" is short: only trust it with a .bmp name, else random bytes pass.
        if head.startswith(b"BM") and path.suffix.lower() != ".bmp":
            return None
        return "image"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return "docx" if path.suffix.lower() == ".docx" else None
        # A Word package: its main part, or any part under word/ (a damaged package that lost
        # word/document.xml is still a .docx, and says so as corrupt_docx).
        return "docx" if any(n.startswith("word/") for n in names) else None
    return None
