"""OCR options shared by `evidence text`, `files` and `check`: the OCR cache, workers, progress.

* ``--ocr-cache URL|off`` (env EVIDENCE_OCR_CACHE): the store whose OCR cache
  is used.  Default: the command's ``--db`` if it has one, else the default
  store ``.evidence/evidence.db`` under the current folder, which `evidence
  run` uses too, so a page `evidence text` OCR'd is not OCR'd again by
  `evidence check` or `evidence run` from the same folder.  The store is
  opened only when a page needs OCR; if it cannot be, pages are OCR'd
  without it and a warning says why.
* ``--ocr-workers N``: pages OCR'd at once (default: EVIDENCE_OCR_WORKERS,
  else one per core).
* ``--progress/--no-progress``: OCR progress on stderr (pages done / total,
  per file).  Default: shown when stderr is a terminal and a file has at
  least `MIN_PAGES` pages to OCR.  Never written to stdout, so
  ``--format json`` output stays one JSON document.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, Literal, TextIO, TypeVar

import click

MIN_PAGES = 2  # fewer pages to OCR than this: no progress line unless asked for


def ocr_options(func):
    """The three options, in this order: --ocr-cache, --ocr-workers, --progress/--no-progress."""
    func = click.option(
        "--progress/--no-progress",
        "progress",
        default=None,
        help="OCR progress on stderr (default: when stderr is a terminal).",
    )(func)
    func = click.option(
        "--ocr-workers",
        "ocr_workers",
        type=click.IntRange(min=1),
        default=None,
        metavar="N",
        help="Pages OCR'd at once, one Tesseract each (default: env EVIDENCE_OCR_WORKERS, else one per core).",
    )(func)
    func = click.option(
        "--ocr-cache",
        "ocr_cache",
        default=None,
        metavar="URL|off",
        envvar="EVIDENCE_OCR_CACHE",
        help="Store whose OCR cache answers for pages already OCR'd (default: --db if given, "
        "else .evidence/evidence.db here); 'off' for none.",
    )(func)
    return func


F = TypeVar("F", bound=Callable[..., Any])
OCR_MODE_HELP = "auto: OCR pages with no or damaged text; off: never (such pages are flagged); force: every PDF page."


def ocr_mode_option(help: str = OCR_MODE_HELP) -> Callable[[F], F]:
    """``--ocr auto|off|force``, default auto, or the environment's EVIDENCE_READ__OCR (pipeline/settings.py)."""
    return click.option(
        "--ocr",
        type=click.Choice(["auto", "off", "force"]),
        default="auto",
        show_default=True,
        envvar="EVIDENCE_READ__OCR",
        show_envvar=True,
        help=help,
    )


def cache_url(option: str | None, db_url: str | None = None) -> str | Literal[False] | None:
    """The store URL the OCR cache lives in (None: the default store), or False for no cache."""
    value = (option or "").strip()
    if value.lower() == "off":
        return False
    if value:
        return value if "://" in value else f"sqlite:///{Path(value).resolve()}"
    return db_url or None


@contextmanager
def ocr_reading(ocr_cache: str | None, progress: bool | None, db_url: str | None = None) -> Iterator[None]:
    """Reads inside the block use the chosen OCR cache and show OCR progress as asked."""
    from extractors.ocr.cache import use_ocr_cache
    from extractors.ocr.progress import report_ocr_progress

    url = cache_url(ocr_cache, db_url)
    with ExitStack() as stack:
        if url is not False:
            from pipeline.ocr_cache import LazyStoreOcrCache

            stack.enter_context(use_ocr_cache(LazyStoreOcrCache(url)))
        show = sys.stderr.isatty() if progress is None else progress
        if show:
            stack.enter_context(report_ocr_progress(ProgressLine(sys.stderr, forced=bool(progress))))
        yield


class ProgressLine:
    """OCR progress of one file at a time on a stream: one rewritten line on a terminal, else a line per page."""

    def __init__(self, stream: TextIO, forced: bool = False) -> None:
        self.stream = stream
        self.forced = forced
        self.tty = stream.isatty()
        self.started = 0.0
        self.active = False

    def __call__(self, p) -> None:  # p: extractors.ocr.progress.OcrProgress
        if p.page is None:  # the pages to OCR are known
            self.started = time.monotonic()
            self.active = p.total - p.cached >= (1 if self.forced else MIN_PAGES)
            if self.active and not self.tty:
                self._write(
                    f"OCR {Path(p.path).name}: {p.total - p.cached} หน้า (pages to OCR)"
                    + (f", {p.cached} จากแคช (cached)" if p.cached else "")
                )
        if not self.active:
            return
        elapsed = time.monotonic() - self.started
        text = f"OCR {Path(p.path).name}: {p.done}/{p.total} หน้า (pages)  {elapsed:.0f} s"
        read = p.done - p.cached
        if p.page is not None and read and p.done < p.total:
            left = elapsed / read * (p.total - p.done)
            text += f", เหลือประมาณ (left) {left:.0f} s"
        if self.tty:
            self.stream.write("\r\033[K" + text)
            if p.done >= p.total:
                self.stream.write("\r\033[K")
            self.stream.flush()
        elif p.page is not None:
            self._write(text)

    def _write(self, line: str) -> None:
        self.stream.write(line + "\n")
        self.stream.flush()
