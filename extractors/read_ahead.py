"""Reading files ahead, in one background thread, while the caller does its own start-up.

`evidence check` spends its first half second importing the pipeline (sections,
signals, the report) and loading the rubric, while its reading process,
started ahead (`extractors.process.pool.POOL.prestart`), sits idle; then it
reads the files one after another while nothing else happens.  With
``ReadAhead(files, settings, root)`` the files are read in that order from the
start, in a thread that mostly waits for the reading process, so the two
overlap; `read(path)` hands each `Document` over when the caller gets to it
(waiting if it is not read yet).  The documents are the ones `read_file` gives:
the same settings, the same reading process, the caller's OCR cache and
progress (the thread runs in a copy of the caller's context).

Leaving the ``with`` block stops the thread after the file it is reading; a
file the caller never asked for is not waited for.
"""

from __future__ import annotations

import contextvars
import threading
import time
from collections.abc import Iterable
from concurrent.futures import Future
from pathlib import Path

from . import read_file
from .model import Document
from .settings import ReadSettings


class ReadAhead:
    """Documents of `paths`, read in order in a background thread; `read(path)` waits for one."""

    def __init__(self, paths: Iterable[Path], settings: ReadSettings, root: Path | None = None) -> None:
        self.settings = settings
        self.root = root
        self._order = [Path(p) for p in paths]
        self._futures: dict[Path, Future[tuple[Document, float]]] = {p: Future() for p in self._order}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> ReadAhead:
        # The context is taken here, on entering: the OCR cache and progress the caller installed by now.
        context = contextvars.copy_context()
        self._thread = threading.Thread(target=context.run, args=(self._run,), name="read-ahead", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        for future in self._futures.values():
            future.cancel()  # not started yet: never read
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        for path in self._order:
            future = self._futures[path]
            if self._stop.is_set() or not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(self._timed_read(path))
            except BaseException as exc:  # noqa: BLE001 - handed to the caller, who raises it where it reads
                future.set_exception(exc)

    def read(self, path: Path) -> tuple[Document, float]:
        """The file's Document and the seconds its reading took (a file not planned is read now)."""
        future = self._futures.get(Path(path))
        if future is None or future.cancelled():
            return self._timed_read(path)
        return future.result()

    def _timed_read(self, path: Path) -> tuple[Document, float]:
        started = time.perf_counter()
        doc = read_file(path, self.settings, root=self.root)
        return doc, time.perf_counter() - started
