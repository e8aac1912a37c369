"""An OCR worker process: ``python -m extractors.ocr.worker`` (started by `extractors.ocr.pool`).

It reads jobs from stdin and writes results to its original stdout, both as
pickles: first ``("ready", pid)``, then for each job ``(function, args)`` one
``("done", OcrResult)``.  Anything else printing to stdout goes to stderr, so
the channel stays clean.  A job that raises comes back as a failed result.

It ends when stdin closes (the parent is done), on SIGTERM (the parent stops
it: its Tesseract process is killed first), or when its parent disappears
(checked every second), so it never outlives the reader.  SIGINT is ignored:
the parent decides what Ctrl+C means.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
import time

PARENT_POLL_S = 1.0


def _stop(*_args) -> None:
    from extractors.ocr.engine import kill_running_tesseract

    kill_running_tesseract()
    os._exit(1)


def _watch_parent(parent: int) -> None:
    while True:
        if os.getppid() != parent:
            _stop()
        time.sleep(PARENT_POLL_S)


def main() -> None:
    channel = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # stray prints go to stderr, never into the result channel
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop)
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True, name="ocr-parent-watch").start()
    from extractors.ocr.pool import failure  # the OCR stack, loaded before saying ready

    jobs = sys.stdin.buffer
    pickle.dump(("ready", os.getpid()), channel)
    channel.flush()
    while True:
        try:
            function, args = pickle.load(jobs)
        except EOFError:
            return
        try:
            result = function(*args)
        except Exception as exc:  # noqa: BLE001 - the page's failure, not the worker's
            result = failure(exc)
        pickle.dump(("done", result), channel)
        channel.flush()


if __name__ == "__main__":
    main()
