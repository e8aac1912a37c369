"""Reading a file in a worker process that can be stopped: per-file time and memory budgets.

`read_isolated(path, settings, root)` hands the file to a reading process
(`extractors.process.worker`, a fresh interpreter that imports only the
extractors) and waits for its `Document`:

* a file still being read after ``settings.file_time_limit`` seconds is
  stopped — the process group (its Tesseract, OCR workers and LibreOffice
  too) is killed — and comes back with the error ``timed_out``: one page that
  never finishes cannot hold a batch, which a check between pages cannot
  promise (`pdf_reader`'s ``max_file_seconds`` records the pages left when
  a long file runs out of time; this is the hard stop behind it);
* the process's data segment is limited to ``settings.max_file_memory_mb``
  for each file, so a file that needs more is ``too_large`` instead of
  taking the machine's memory;
* a process that dies (a crash in a C library, the kernel's OOM killer)
  fails only its file (``read_failed``, saying how it ended).

The worker asks the caller's OCR cache and reports OCR progress over its
pipe, so a read behaves as one in this process.  Processes are kept between
files (one per thread reading at a time) and replaced after a stop, a crash,
or when one has grown past `RECYCLE_RSS_MB`; they end with this process (its
exit, or its death: each watches its parent).  When no process can start,
the file is read here, with a warning in the log.
"""

from __future__ import annotations

import atexit
import logging
import os
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import notice
from ..model import Document
from ..ocr.cache import current_ocr_cache
from ..ocr.progress import effective_workers, notify, progress_wanted
from ..settings import ReadSettings
from ..sniff import format_from_extension
from .frames import PipeClosed, Timeout, receive, send
from .spawn import spawn_module

log = logging.getLogger(__name__)

RECYCLE_RSS_MB = 768  # a process that has grown past this after a file is replaced
START_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 5.0


class _Ended(Exception):
    """The reading process ended before answering."""


@dataclass
class Answer:
    document: Document
    rss_kb: int


class ReaderProcess:
    """One ``python -m extractors.process.worker`` in its own process group, and the pipes to it."""

    def __init__(self) -> None:
        self.proc = spawn_module("extractors.process.worker", new_session=True)
        self.ready = False
        self.peak_rss_kb = 0  # the most this process has held, as of its last answer
        self.memory_mb = 0  # the memory budget of the file being read

    @property
    def pid(self) -> int:
        return self.proc.pid

    def wait_ready(self, deadline: float) -> None:
        assert self.proc.stdout is not None  # opened with stdout=PIPE
        try:
            kind, _pid = receive(self.proc.stdout.fileno(), deadline)
        except PipeClosed as exc:
            raise _Ended(self.describe_end()) from exc
        if kind != "ready":
            raise _Ended(f"unexpected message {kind!r}")
        self.ready = True

    def read(self, path: Path, settings: ReadSettings, root: Path | None, deadline: float) -> Answer:
        """The worker's Document for `path`; raises Timeout at `deadline`, _Ended if the process ends."""
        cache = current_ocr_cache()
        assert self.proc.stdout is not None and self.proc.stdin is not None  # both opened with PIPE
        out, into = self.proc.stdout.fileno(), self.proc.stdin.fileno()
        self.memory_mb = settings.max_file_memory_mb
        try:
            send(
                into,
                (
                    "read",
                    str(path),
                    settings,
                    None if root is None else str(root),
                    cache is not None,
                    progress_wanted(),
                    logging.getLogger().getEffectiveLevel(),
                ),
            )
            while True:
                message = receive(out, deadline)
                kind = message[0]
                if kind == "done":
                    self.peak_rss_kb = max(self.peak_rss_kb, message[3])
                    return Answer(message[1], message[2])
                if kind == "cache_get":
                    send(into, _cache_answer(cache, message[1]))
                elif kind == "cache_put":
                    _cache_put(cache, message[1], message[2])
                elif kind == "progress":
                    notify(message[1])
                elif kind == "log":
                    logging.getLogger(message[1]).log(message[2], "%s", message[3])
        except (PipeClosed, BrokenPipeError) as exc:
            raise _Ended(self.describe_end()) from exc

    def describe_end(self) -> str:
        try:
            code = self.proc.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            return "stopped answering"
        if code < 0:
            name = signal.Signals(-code).name if -code in signal.Signals._value2member_map_ else str(-code)
            if -code in (
                signal.SIGKILL,
                signal.SIGABRT,
                signal.SIGSEGV,
            ):  # the kernel's OOM killer, a failed allocation
                return f"signal {name}, most likely for lack of memory (limit {self.memory_mb:,} MB)"
            return f"signal {name}"
        return f"exit code {code}"

    def kill(self) -> None:
        """Kill the process and everything it started (same process group), now."""
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self.proc.wait()
        self._close_pipes()

    def let_go(self) -> None:
        """Close its stdin (it exits when it sees that) and do not wait: this process is ending."""
        self._close_pipes()
        self.proc.returncode = 0  # not ours to reap any more: no "still running" warning at exit

    def close(self) -> None:
        """End it between files: it exits when its stdin closes."""
        assert self.proc.stdin is not None  # opened with stdin=PIPE
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.kill()
        self._close_pipes()

    def _close_pipes(self) -> None:
        for stream in (self.proc.stdin, self.proc.stdout):
            assert stream is not None  # both pipes were opened with PIPE
            try:
                stream.close()
            except OSError:
                pass


def _cache_answer(cache, key: str) -> tuple:
    try:
        return "cache_value", cache.get(key) if cache is not None else None
    except Exception as exc:  # noqa: BLE001 - the worker then reads without the cache, as a read here would
        return "cache_error", f"{type(exc).__name__}: {exc}"[:200]


def _cache_put(cache, key: str, value: str) -> None:
    if cache is None:
        return
    try:
        cache.put(key, value)
    except Exception:  # noqa: BLE001 - a cache that cannot store costs a second OCR later, never the read
        log.warning("the OCR cache could not store a page", exc_info=True)


class ReaderPool:
    """Idle reading processes, handed to one thread at a time."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.idle: list[ReaderProcess] = []
        self.busy: set[ReaderProcess] = set()
        self.peak_rss_kb = 0  # the most any of its processes has held (benches and the fuzz test report it)

    def prestart(self) -> None:
        """Start a reading process now, without waiting for it: its imports overlap the caller's
        (a command that will read soon calls this first)."""
        with self.lock:
            if self.idle or self.busy:
                return
        try:
            worker = ReaderProcess()
        except OSError:
            return  # the first read says why, and reads here
        with self.lock:
            self.idle.append(worker)

    def acquire(self, deadline: float) -> ReaderProcess:
        worker = None
        with self.lock:
            while self.idle:
                candidate = self.idle.pop()
                if candidate.proc.poll() is None:
                    worker = candidate
                    break
                candidate._close_pipes()
            if worker is None:
                worker = ReaderProcess()
            self.busy.add(worker)
        if not worker.ready:  # new, or started ahead by prestart
            try:
                worker.wait_ready(min(deadline, time.monotonic() + START_TIMEOUT_S))
            except BaseException:
                self.discard(worker)
                raise
        return worker

    def release(self, worker: ReaderProcess, answer: Answer) -> None:
        with self.lock:
            self.busy.discard(worker)
            self.peak_rss_kb = max(self.peak_rss_kb, worker.peak_rss_kb)
            keep = answer.rss_kb < RECYCLE_RSS_MB * 1024 and not _out_of_memory(answer.document)
            if keep:
                self.idle.append(worker)
        if not keep:
            worker.close()

    def discard(self, worker: ReaderProcess) -> None:
        with self.lock:
            self.busy.discard(worker)
            self.peak_rss_kb = max(self.peak_rss_kb, worker.peak_rss_kb)
        worker.kill()

    def close(self) -> None:
        """At exit: idle processes are told to end (they clean up after themselves, e.g. their
        LibreOffice profiles) without being waited for; busy ones are killed."""
        with self.lock:
            idle, busy = self.idle, list(self.busy)
            self.idle, self.busy = [], set()
        for worker in idle:
            worker.let_go()
        for worker in busy:
            worker.kill()


def _out_of_memory(doc: Document) -> bool:
    return doc.error is not None and doc.error.code == "too_large" and "memory" in doc.error.message_en


POOL = ReaderPool()
atexit.register(POOL.close)


def read_isolated(path: str | Path, settings: ReadSettings, root: str | Path | None = None) -> Document:
    """Read `path` in a reading process under the file's time and memory budgets (never raises for the file)."""
    from .. import read_file

    path = Path(path)
    # Settings the worker would otherwise take from its own environment are fixed here, by the caller's.
    settings = _resolved(settings)
    deadline = time.monotonic() + settings.file_time_limit
    try:
        worker = POOL.acquire(deadline)
    except (OSError, _Ended, Timeout) as exc:
        log.warning("no reading process could start (%s); %s is read in this process, without a time limit", exc, path)
        return read_file(path, _here(settings), root)
    try:
        answer = worker.read(path, settings, Path(root) if root is not None else None, deadline)
    except Timeout:
        POOL.discard(worker)
        return _failed(path, "timed_out", f"{settings.file_time_limit:g} s")
    except _Ended as exc:
        POOL.discard(worker)
        log.warning("the reading process of %s ended: %s", path, exc)
        return _failed(path, "read_failed", f"the reading process ended ({exc})")
    except BaseException:  # interrupted (Ctrl+C) or a bug: the process must not read on
        POOL.discard(worker)
        raise
    POOL.release(worker, answer)
    return answer.document


def _resolved(settings: ReadSettings) -> ReadSettings:
    from dataclasses import replace

    return replace(settings, ocr_workers=effective_workers(settings.ocr_workers))


def _here(settings: ReadSettings) -> ReadSettings:
    from dataclasses import replace

    return replace(settings, isolate=False)


def _failed(path: Path, code: str, detail: str) -> Document:
    return Document(path=str(path), format=format_from_extension(path), error=notice(code, detail=detail))
