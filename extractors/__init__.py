"""Extractors: one reader per format behind `read_file(path) -> Document`.

    extractors/
      registry.py   format -> reader (the one interface: ``read(path, settings) -> Document``)
      pdf/          PDF text layers: glyphs, lines, blocks, tables, damaged-layer repairs
      word/         .docx (Word's XML) and legacy .doc (through LibreOffice)
      ocr/          Tesseract: page images, parallel workers, the page cache, digit repair
      thai/         Thai script facts, normalisation, validity, text quality, PyThaiNLP offline
      process/      the reading process each file is read in (time and memory budgets)
      model.py, errors.py, settings.py, sniff.py, file_entry.py: the document model, error
                    codes, reading settings, format sniffing, what may be opened

`read_file` never raises for bad input: a file that cannot be read comes back
as a `Document` with `error` set (a stable code and a Thai/English message),
so a batch always goes on with the next file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from .errors import ExtractionError, notice
from .file_entry import entry_problem
from .model import Block, Cell, Document, Notice, PageInfo
from .registry import reader_for
from .settings import DEFAULT_SETTINGS, ReadSettings
from .sniff import format_from_content, format_from_extension

__all__ = ["Block", "Cell", "Document", "Notice", "PageInfo", "ReadSettings", "read_file"]

log = logging.getLogger(__name__)

_FORMAT_NAMES = {"docx": "Word .docx", "pdf": "PDF", "doc": "Word .doc", "image": "image"}


def read_file(path: str | Path, settings: ReadSettings = DEFAULT_SETTINGS, root: str | Path | None = None) -> Document:
    """Read one file into a Document; a file that cannot be read gets `Document.error`, never an exception.

    `root`: the folder the file was submitted in; a symbolic link pointing outside it
    (or nowhere) is not followed, and a FIFO, socket or device is never opened.
    """
    path = Path(path)
    if settings.isolate:  # in a reading process under the file's time and memory budgets
        from .process.pool import read_isolated

        return read_isolated(path, settings, root)
    ext_format = format_from_extension(path)
    try:
        entry_check(path, Path(root) if root is not None else None)
        return _read(path, ext_format, settings)
    except ExtractionError as exc:
        return Document(path=str(path), format=ext_format, error=exc.notice)
    except FileNotFoundError:  # gone between the inbox listing and the read (moved, deleted, renamed)
        return Document(
            path=str(path),
            format=ext_format,
            error=notice("read_failed", detail="file not found: moved or deleted before it was read"),
        )
    except MemoryError:
        return Document(
            path=str(path),
            format=ext_format,
            error=notice("too_large", detail=f"memory: over {settings.max_file_memory_mb:,} MB"),
        )
    except RecursionError as exc:
        return Document(path=str(path), format=ext_format, error=notice("read_failed", detail=type(exc).__name__))
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop a batch
        log.exception("unexpected failure reading %s", path)
        detail = f"{type(exc).__name__}: {exc}"[:300]
        return Document(path=str(path), format=ext_format, error=notice("read_failed", detail=detail))


def entry_check(path: Path, root: Path | None) -> None:
    """Raise for what must not be opened: a link out of `root` or to nothing, a non-regular file."""
    problem = entry_problem(path, root)
    if problem is not None:
        raise ExtractionError(*problem)


def _read(path: Path, ext_format: str, settings: ReadSettings) -> Document:
    if not path.is_file():
        raise ExtractionError("read_failed", "not a regular file")
    if path.stat().st_size == 0:
        raise ExtractionError("empty_file")
    content_format = format_from_content(path)
    if content_format is None:
        if ext_format in ("docx", "pdf", "doc", "image"):
            raise ExtractionError("not_a_document")
        raise ExtractionError("unsupported_format", path.suffix.lower() or "no extension")

    notices: list[Notice] = []
    if content_format != ext_format:
        notices.append(notice("wrong_extension", detail=_FORMAT_NAMES[content_format]))

    doc = reader_for(content_format)(path, settings)
    doc.notices[:0] = notices
    return doc
