"""A reading process: ``python -m extractors.process.worker`` (started by `extractors.process.pool`).

It reads files one at a time for its parent and answers each with the
`Document`, all as frames (`extractors.process.frames`) on its stdin and
original stdout: first ``("ready", pid)``, then per request
``("read", path, settings, root, has_cache, has_progress, log_level)`` it may ask
``("cache_get", key)`` (answered ``("cache_value", text)`` or
``("cache_error", reason)``), tell ``("cache_put", key, text)`` and
``("progress", OcrProgress)`` and ``("log", logger, level, text)`` (its log
records, logged again in the parent under the parent's logging), and ends with ``("done", document, rss_kb,
peak_rss_kb)`` (its memory now, and the most it has held since it started).
So the OCR cache and the progress display stay the parent's: whatever cache
the caller installed answers, in the caller's process and connection.

Before each file the process's data-segment limit (RLIMIT_DATA: heap and
private writable memory) is set to the file's memory budget, so a file that
needs more fails with MemoryError inside (read as ``too_large``) instead of
taking the machine's memory.  Anything printed goes to stderr; the frames stay
clean.  It ends when stdin closes, or when its parent disappears (checked
every second).  SIGINT is ignored: the parent decides what Ctrl+C means; it
stops a reading that runs too long by killing this process's group
(Tesseract and LibreOffice included).
"""

from __future__ import annotations

import logging
import os
import resource
import signal
import threading
import time
from dataclasses import replace

from extractors.process.frames import PipeClosed, receive, send

PARENT_POLL_S = 1.0
IN_FD = 0


class _Channel:
    """The frames to the parent: one writer at a time, and a request waits for its answer."""

    def __init__(self, out_fd: int) -> None:
        self.out_fd = out_fd
        self.lock = threading.Lock()

    def tell(self, message: tuple) -> None:
        with self.lock:
            send(self.out_fd, message)

    def ask(self, message: tuple) -> tuple:
        with self.lock:
            send(self.out_fd, message)
            return receive(IN_FD)


class ParentCache:
    """The OCR cache the parent installed, asked over the pipe (`extractors.ocr.cache.OcrCache`)."""

    def __init__(self, channel: _Channel) -> None:
        self.channel = channel

    def get(self, key: str) -> str | None:
        kind, value = self.channel.ask(("cache_get", key))
        if kind == "cache_error":
            raise OSError(f"the parent's OCR cache failed: {value}")
        return value

    def put(self, key: str, value: str) -> None:
        self.channel.tell(("cache_put", key, value))


class ParentLog(logging.Handler):
    """Log records go to the parent, which logs them again (its handlers, its level, pytest's capture)."""

    def __init__(self, channel: _Channel) -> None:
        super().__init__()
        self.channel = channel

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = record.getMessage()
            if record.exc_info:
                text += "\n" + logging.Formatter().formatException(record.exc_info)
            self.channel.tell(("log", record.name, record.levelno, text))
        except Exception:  # noqa: BLE001 - a log line is never worth the read
            self.handleError(record)


def _watch_parent(parent: int) -> None:
    while True:
        if os.getppid() != parent:
            os.killpg(0, signal.SIGKILL)  # this process and its Tesseract/LibreOffice/OCR workers
        time.sleep(PARENT_POLL_S)


def set_memory_limit(megabytes: int) -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    limit = megabytes * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))


def rss_kb() -> int:
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def peak_rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    out_fd = os.dup(1)
    os.dup2(2, 1)  # stray prints go to stderr, never into the frames
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True, name="read-parent-watch").start()
    from extractors import Document, read_file
    from extractors.errors import notice
    from extractors.ocr.cache import use_ocr_cache
    from extractors.ocr.pool import report_ocr_progress
    from extractors.pdf import reader as _pdf  # noqa: F401  (the reading stack, loaded before saying ready)
    from extractors.word import reader as _word  # noqa: F401

    channel = _Channel(out_fd)
    root = logging.getLogger()
    root.handlers[:] = [ParentLog(channel)]
    channel.tell(("ready", os.getpid()))
    while True:
        try:
            _kind, path, settings, folder, has_cache, has_progress, log_level = receive(IN_FD)
        except PipeClosed:
            return
        root.setLevel(log_level)
        set_memory_limit(settings.max_file_memory_mb)
        cache = ParentCache(channel) if has_cache else None
        progress = (lambda p: channel.tell(("progress", p))) if has_progress else None
        with use_ocr_cache(cache), report_ocr_progress(progress):
            doc = read_file(path, replace(settings, isolate=False), folder)
        try:
            channel.tell(("done", doc, rss_kb(), peak_rss_kb()))
        except MemoryError:
            channel.tell(
                (
                    "done",
                    Document(
                        path=doc.path,
                        format=doc.format,
                        error=notice("too_large", detail=f"memory: over {settings.max_file_memory_mb:,} MB"),
                    ),
                    rss_kb(),
                    peak_rss_kb(),
                )
            )


if __name__ == "__main__":
    main()
