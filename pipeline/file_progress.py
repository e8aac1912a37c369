"""Each file's reading outcome as soon as it is known, to whoever in this process listens.

`check_submission` reports every file it reads (`FileRead`); `evidence run`
listens and prints a line per file as it finishes, so one slow or stuck file
never hides the outcomes of the others.  Listeners are process-wide (the
batch runs submissions in threads of this process, Prefect's included); a
failing listener never stops a check.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from extractors.model import Document

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileRead:
    submission: str  # the submission's folder (or file) as given to the check
    path: str  # the file, relative to the submission
    format: str
    read_by: tuple[str, ...]
    characters: int
    error_code: str | None
    error_message: str | None  # Thai and English
    notices: tuple[str, ...]

    @classmethod
    def of(cls, submission: str, path: str, doc: Document) -> FileRead:
        return cls(
            submission,
            path,
            doc.format,
            tuple(doc.read_by),
            len(doc.text()) if doc.ok else 0,
            doc.error.code if doc.error else None,
            doc.error.message if doc.error else None,
            tuple(n.code for n in doc.notices),
        )


Listener = Callable[[FileRead], None]
_listeners: list[Listener] = []
_lock = threading.Lock()


@contextmanager
def listening(fn: Listener) -> Iterator[None]:
    """Inside the block, `fn` hears of every file read in this process."""
    with _lock:
        _listeners.append(fn)
    try:
        yield
    finally:
        with _lock:
            _listeners.remove(fn)


def report(event: FileRead) -> None:
    with _lock:
        listeners = list(_listeners)
    for fn in listeners:
        try:
            fn(event)
        except Exception:  # noqa: BLE001 - a display is never worth a failed check
            log.exception("a file-progress listener failed")
