"""How many OCR processes, and OCR progress reports: light enough for any caller to import.

`effective_workers` decides the number of OCR processes (the setting, else
one per core this process may use; EVIDENCE_OCR_WORKERS reaches the setting
through pipeline/settings.py).  Progress:
``with report_ocr_progress(callback):`` around a read calls
``callback(OcrProgress)`` when the pages to OCR are known and after each page
(`notify`).  Kept apart from `extractors.ocr.pool`, which loads the OCR
stack (numpy, Tesseract, the digit shapes), so a process that only hands
files to a reading process (`extractors.process.pool`) does not load it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

log = logging.getLogger(__name__)


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def effective_workers(configured: int | None) -> int:
    """Workers to use: the setting (ReadSettings.ocr_workers: --ocr-workers, else EVIDENCE_OCR_WORKERS
    through pipeline/settings.py), else one per core this process may use."""
    if configured is not None:
        return max(1, configured)
    return available_cores()


# --- progress ---------------------------------------------------------------


@dataclass(frozen=True)
class OcrProgress:
    path: str
    done: int  # pages finished (cache hits included)
    total: int  # pages of this file that needed OCR
    cached: int  # of the finished pages, how many came from the cache
    page: int | None = None  # 1-based page that just finished (None: the first report)


ProgressFn = Callable[[OcrProgress], None]
_progress: ContextVar[ProgressFn | None] = ContextVar("evidence_ocr_progress", default=None)


@contextmanager
def report_ocr_progress(callback: ProgressFn | None) -> Iterator[None]:
    """OCR reads inside the block report their progress to `callback`."""
    token = _progress.set(callback)
    try:
        yield
    finally:
        _progress.reset(token)


def progress_wanted() -> bool:
    """Whether reads here report OCR progress (a callback is installed)."""
    return _progress.get() is not None


def notify(progress: OcrProgress) -> None:
    """Tell the current progress callback, if any (a failing callback never stops a read)."""
    callback = _progress.get()
    if callback is None:
        return
    try:
        callback(progress)
    except Exception:  # noqa: BLE001 - progress display is never worth a failed read
        log.exception("OCR progress callback failed")
