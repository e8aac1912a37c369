"""The readers: one per format, behind one small interface (like docling's backends).

A reader is a function ``(path, settings) -> Document`` that raises
`ExtractionError` for a file it cannot read (`read_file` turns that into the
file's recorded error).  `READERS` maps a format, as sniffed from the file's
content, to where its reader lives; a reader's module is imported on first use,
so a process that only reads PDFs never loads the Word stack.  Adding a format
is one entry here and one module that defines ``read``.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from .errors import ExtractionError, notice
from .model import Document
from .settings import ReadSettings

Reader = Callable[[Path, ReadSettings], Document]

READERS: dict[str, str] = {
    "pdf": "extractors.pdf.reader",  # text layer, checked and repaired page by page, else OCR
    "docx": "extractors.word.reader",  # Word's XML: paragraphs, numbering, tables
    "doc": "extractors.word.legacy_doc",  # converted by LibreOffice, then read as .docx
    "image": "extractors.registry",  # a photo: evidence without text
}


def reader_for(fmt: str) -> Reader:
    """The reader of a format; `ExtractionError("unsupported_format")` for one without a reader."""
    if fmt not in READERS:
        raise ExtractionError("unsupported_format", fmt)
    reader: Reader = import_module(READERS[fmt]).read
    return reader


def read(path: Path, settings: ReadSettings) -> Document:
    """The image reader: a photo is kept as evidence; it has no text to read."""
    return Document(path=str(path), format="image", notices=[notice("image_only")])
