"""OCR of many PDF pages at once: one worker process per core, one Tesseract process each.

`ocr_pages(path, indexes, languages, dpi, workers)` yields ``(index,
OcrResult)`` as pages finish.  Each worker (``python -m
extractors.ocr.worker``, a fresh interpreter that imports only the OCR code:
nothing of the caller's threads, open files, pdfium state or main script)
opens the PDF itself, renders its page and reads it (`ocr_pdf_page`:
`extractors.ocr.engine.render_for_ocr`, `ocr_image`) exactly as a serial read does,
so results are the same whatever the number of workers.  Tesseract runs
with one OpenMP thread (`extractors.ocr.engine.TESSERACT_ENV`).

Failures stay with their page: an exception while rendering or reading a
page comes back as ``OcrResult.failed(reason)``; a worker that dies (a crash
in pdfium or Tesseract, the OOM killer) fails the page it was reading, and a
new worker takes the pages left.  A worker that cannot start at all leaves
its pages to the caller, who reads them in its own process.

No process is left behind: workers are stopped before `ocr_pages` returns,
also when the caller is interrupted (Ctrl+C, an exception while it consumes
results): a worker told to stop kills its Tesseract first.  A worker whose
parent is killed outright notices within a second and ends the same way.

With one worker or one page, pages are read here, one after another.

Progress: ``with report_ocr_progress(callback):`` around a read calls
``callback(OcrProgress)`` when the pages to OCR are known and after each page.
"""

from __future__ import annotations

import logging
import pickle
import queue
import subprocess
import threading
from collections.abc import Callable, Iterator
from typing import Any

from ..process.spawn import spawn_module
from .engine import OcrResult, ocr_image, render_for_ocr
from .progress import (  # noqa: F401  (re-exported: the pool's callers import them from here)
    OcrProgress,
    ProgressFn,
    available_cores,
    effective_workers,
    notify,
    progress_wanted,
    report_ocr_progress,
)

log = logging.getLogger(__name__)


# --- one page ----------------------------------------------------------------


def ocr_pdf_page(pdf, index: int, languages: str, dpi: int) -> OcrResult:
    """Render and OCR one page of an open pypdfium2 document."""
    image = render_for_ocr(pdf, index, dpi)
    used = image.info.get("ocr_dpi", dpi)
    result = ocr_image(image, languages, max(1, round(used)))
    if used != dpi:
        result.render_dpi = used
    return result


def failure(exc: BaseException) -> OcrResult:
    reason = str(exc) or ("out of memory" if isinstance(exc, MemoryError) else "no detail")
    return OcrResult.failed(f"{type(exc).__name__}: {reason}"[:300])


_worker_doc: tuple[str, Any] | None = None  # (path, pypdfium2 document) open in this worker


def worker_page(path: str, index: int, languages: str, dpi: int) -> OcrResult:
    """The job a worker runs for one page: never raises for a bad page (the failure is the page's result)."""
    global _worker_doc
    try:
        import pypdfium2 as pdfium

        if _worker_doc is None or _worker_doc[0] != path:
            if _worker_doc is not None:
                _worker_doc[1].close()
            _worker_doc = (path, pdfium.PdfDocument(path))
        return ocr_pdf_page(_worker_doc[1], index, languages, dpi)
    except Exception as exc:  # noqa: BLE001 - one bad page must not lose the others
        return failure(exc)


# --- many pages ----------------------------------------------------------------

Job = Callable[[str, int, str, int], OcrResult]
STOP_TIMEOUT_S = 5.0


class _WorkerGone(Exception):
    """The worker process ended (or could not start) before answering."""


class _Worker:
    """One ``python -m extractors.ocr.worker`` process and the pipe pair to it."""

    def __init__(self) -> None:
        # The worker imports the caller's modules (a job given by reference) from the same places.
        self.proc = spawn_module("extractors.ocr.worker")

    def wait_ready(self) -> None:
        self._receive("ready")

    def run(self, job: Job, args: tuple) -> OcrResult:
        assert self.proc.stdin is not None  # opened with stdin=PIPE
        try:
            pickle.dump((job, args), self.proc.stdin)
            self.proc.stdin.flush()
        except (OSError, ValueError) as exc:  # broken pipe: the worker is gone
            raise _WorkerGone(str(exc)) from exc
        return self._receive("done")

    def _receive(self, kind: str):
        assert self.proc.stdout is not None  # opened with stdout=PIPE
        try:
            tag, value = pickle.load(self.proc.stdout)
        except (EOFError, OSError, ValueError, pickle.UnpicklingError) as exc:
            code = self.proc.wait()
            raise _WorkerGone(f"exit code {code}") from exc
        if tag != kind:
            raise _WorkerGone(f"unexpected message {tag!r}")
        return value

    def stop(self, *, now: bool) -> None:
        """End the process: close its stdin (it exits between jobs), or terminate it now."""
        proc = self.proc
        if proc.poll() is None:
            if now:
                proc.terminate()  # SIGTERM: the worker kills its Tesseract and exits
            else:
                assert proc.stdin is not None  # opened with stdin=PIPE
                try:
                    proc.stdin.close()
                except OSError:
                    pass
            try:
                proc.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def close(self) -> None:
        """Stop it (between jobs) and close the pipes: only by the thread that talks to it."""
        self.stop(now=False)
        for stream in (self.proc.stdin, self.proc.stdout):
            assert stream is not None  # both pipes were opened with PIPE
            try:
                stream.close()
            except (OSError, ValueError):
                pass


class _Pool:
    """Threads, each feeding one worker process pages from a shared queue."""

    def __init__(self, path: str, indexes: list[int], languages: str, dpi: int, workers: int, job: Job) -> None:
        self.args = (languages, dpi)
        self.path = path
        self.job = job
        self.indexes = list(dict.fromkeys(indexes))
        self.todo: queue.Queue[int] = queue.Queue()
        for index in self.indexes:
            self.todo.put(index)
        # ("done", index, result) or ("here", index, None): read it in the caller's process
        self.finished: queue.Queue[tuple[str, int, OcrResult | None]] = queue.Queue()
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.live: list[_Worker] = []
        self.threads = [
            threading.Thread(target=self._serve, name=f"ocr-worker-{n}", daemon=True)
            for n in range(min(workers, len(indexes)))
        ]

    def start(self) -> None:
        for thread in self.threads:
            thread.start()

    def stop(self, *, now: bool) -> None:
        self.stopping.set()
        if now:
            with self.lock:
                for worker in self.live:
                    worker.stop(now=True)
        for thread in self.threads:
            if thread.ident is not None:  # started (a start can fail: no memory for a thread)
                thread.join()

    def results(self) -> Iterator[tuple[str, int, OcrResult | None]]:
        """Every page's outcome as it comes; a page no thread answered (a bug) comes back failed."""
        answered: set[int] = set()
        while len(answered) < len(self.indexes):
            try:
                item = self.finished.get(timeout=0.5)
            except queue.Empty:
                if any(t.is_alive() for t in self.threads) or not self.finished.empty():
                    continue
                break
            answered.add(item[1])
            yield item
        for index in self.indexes:
            if index not in answered:
                yield "done", index, OcrResult.failed("OCR worker thread ended unexpectedly")

    def _new_worker(self) -> _Worker | None:
        """A started, ready worker; None when stopping or when it cannot start."""
        try:
            worker = _Worker()
        except OSError as exc:
            log.warning("an OCR worker could not start (%s); its pages are read here", exc)
            return None
        with self.lock:
            if self.stopping.is_set():
                worker.stop(now=True)
                worker.close()
                return None
            self.live.append(worker)
        try:
            worker.wait_ready()
        except _WorkerGone as exc:
            if not self.stopping.is_set():
                log.warning("an OCR worker could not start (%s); its pages are read here", exc)
            worker.close()
            return None
        return worker

    def _serve(self) -> None:
        worker: _Worker | None = None
        try:
            while not self.stopping.is_set():
                try:
                    index = self.todo.get_nowait()
                except queue.Empty:
                    return
                if worker is None:
                    worker = self._new_worker()
                    if worker is None:
                        if not self.stopping.is_set():
                            self.finished.put(("here", index, None))
                            while True:  # and the rest, unless other workers take them first
                                try:
                                    self.finished.put(("here", self.todo.get_nowait(), None))
                                except queue.Empty:
                                    break
                        return
                try:
                    result = worker.run(self.job, (self.path, index, *self.args))
                except _WorkerGone as exc:
                    if self.stopping.is_set():
                        return
                    log.warning("OCR worker died on page %d of %s (%s)", index + 1, self.path, exc)
                    result = OcrResult.failed(f"OCR worker process ended unexpectedly ({exc}): crash or out of memory")
                    worker.close()
                    worker = None
                except Exception as exc:  # noqa: BLE001 - e.g. a job that cannot be sent: the page fails
                    result = failure(exc)
                    worker.stop(now=True)
                    worker.close()
                    worker = None
                self.finished.put(("done", index, result))
        finally:
            if worker is not None:
                if self.stopping.is_set():
                    worker.stop(now=True)
                worker.close()


def ocr_pages(
    path: str,
    indexes: list[int],
    languages: str,
    dpi: int,
    workers: int,
    *,
    job: Job = worker_page,
) -> Iterator[tuple[int, OcrResult | None]]:
    """OCR `indexes` (0-based pages of the PDF at `path`) in `workers` processes; yields as pages finish.

    `job` is what a worker runs for one page: a module-level function (the
    worker imports it by name).  A page yielded with None instead of a result
    could not be given to a worker (none could start): the caller reads it.
    """
    if not indexes:
        return
    pool = _Pool(path, list(indexes), languages, dpi, workers, job)
    here: list[int] = []
    try:
        pool.start()
        for kind, index, result in pool.results():
            if kind == "here":
                here.append(index)
            else:
                yield index, result
    except BaseException:  # interrupted, or the caller stopped consuming: stop every worker now
        pool.stop(now=True)
        raise
    pool.stop(now=False)
    for index in here:  # workers could not start: the caller reads these itself
        yield index, None
