"""Per-page decisions: is the text layer usable, and reading a page by OCR.

`ocr_reason` says why a page needs OCR (or None): its text (as read, ActualText applied) judged by
`text_quality.assess_text`.  `PageOcr` renders pages with pdfium at the
configured resolution and reads them with Tesseract through `extractors.ocr.engine`;
its lines come back as `Line`s in PDF points so paragraphs are built from them
exactly as from a text layer, and its ruled tables (read cell by cell) as
"table" blocks whose cells hold paragraph blocks built the same way
(`ocr_to_blocks`).  OCR availability is checked once per document.

`PageOcr.read_pages` reads all of a document's OCR pages in one call: pages
found in the OCR cache (`extractors.ocr.cache`, installed by the caller with
`use_ocr_cache`) are not OCR'd again; the others are OCR'd one process per
core (`extractors.ocr.pool`) and stored in the cache.  A page whose OCR fails
comes back as a result with `error` set (and no lines), never as an
exception, so the other pages are kept.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from ..model import Block, Cell
from ..ocr.cache import (
    OcrCache,
    current_ocr_cache,
    ocr_cache_key,
    page_digests,
    render_digest,
    result_from_json,
    result_to_json,
)
from ..ocr.engine import OcrLine, OcrResult, OcrTable, ocr_available, render_for_ocr
from ..ocr.pool import OcrProgress, effective_workers, failure, notify, ocr_pages, ocr_pdf_page
from ..settings import ReadSettings
from ..thai.text_quality import TextQuality
from .blocks import BlockBuilder
from .lines import Line
from .tables import table_block

log = logging.getLogger(__name__)

OCR_SIZE_FROM_HEIGHT = 0.8  # a text line's box is about 1.25x its font size
HEADING_HEIGHT = 1.3  # an OCR line this much taller than usual is set in a larger size


IMAGE_PAGE_SHARE = 0.5  # images covering this share of the page make it a scan...
SCAN_TEXT_CHARS = 100  # ...unless it also has at least this many characters of text


def ocr_reason(quality: TextQuality, settings: ReadSettings, *, image_share: float, text: str) -> str | None:
    """Why the page should be read by OCR, or None to keep its text layer."""
    if quality.absent or quality.damaged:
        return quality.reason or "text layer unusable"
    if image_share >= IMAGE_PAGE_SHARE and len("".join(text.split())) < SCAN_TEXT_CHARS:
        return "scanned page with little text"
    if settings.ocr == "force":
        return "OCR forced by settings"
    return None


@dataclass
class PageOcr:
    """Renders and OCRs pages of one PDF; opened lazily, at most once.

    `cache`: where OCR results are looked up and stored (default: the cache
    installed with `use_ocr_cache`, if any).  `job`: what an OCR worker runs
    for one page (tests swap it; a module-level function).  `stats` counts
    pages answered by the cache, OCR'd, and failed.
    """

    path: Path
    settings: ReadSettings
    cache: OcrCache | None = None
    job: Callable[[str, int, str, int], OcrResult] | None = None
    stats: dict[str, int] = field(default_factory=lambda: {"cached": 0, "ocr": 0, "failed": 0})
    _available: bool | None = None
    _pdf: Any = field(default=None, repr=False)  # the pypdfium2 document, once opened

    @property
    def available(self) -> bool:
        if self.settings.ocr == "off":
            return False
        if self._available is None:
            self._available = ocr_available(self.settings.ocr_languages)
        return self._available

    def _document(self):
        import pypdfium2 as pdfium

        if self._pdf is None:
            self._pdf = pdfium.PdfDocument(str(self.path))
        return self._pdf

    def read(self, page_index: int) -> OcrResult:
        """OCR one page here and now (no cache); raises if it fails."""
        return ocr_pdf_page(self._document(), page_index, self.settings.ocr_languages, self.settings.ocr_dpi)

    def page_keys(self, page_indexes: list[int]) -> dict[int, str | None]:
        """Each page's OCR cache key (None when the page can be neither parsed nor rendered)."""
        s = self.settings
        digests = page_digests(self.path, page_indexes, expected_pages=len(self._document()))
        keys: dict[int, str | None] = {}
        for i in page_indexes:
            digest = digests.get(i)
            if digest is None:  # objects unreadable: hash the rendered page instead
                try:
                    image = render_for_ocr(self._document(), i, s.ocr_dpi)
                    digest = render_digest(image.tobytes(), image.width, image.height, image.mode)
                except Exception:  # noqa: BLE001 - not cacheable; its OCR will report the failure
                    keys[i] = None
                    continue
            keys[i] = ocr_cache_key(digest, s.ocr_languages, s.ocr_dpi)
        return keys

    def read_pages(self, page_indexes: list[int]) -> dict[int, OcrResult]:
        """OCR results of several pages (0-based indexes), by index: cached ones first, the rest in parallel.

        Never raises for a page: a page that fails has `OcrResult.error` set.
        """
        indexes = list(dict.fromkeys(page_indexes))
        cache = self.cache if self.cache is not None else current_ocr_cache()
        results: dict[int, OcrResult] = {}
        keys: dict[int, str | None] = {}
        if cache is not None and indexes:
            try:
                keys = self.page_keys(indexes)
            except Exception as exc:  # noqa: BLE001 - e.g. pdfium cannot open the file: OCR reports it per page
                log.warning("OCR cache keys of %s could not be made: %s", self.path, exc)
            cache = self._from_cache(cache, keys, results)
        self.stats["cached"] += len(results)
        todo = [i for i in indexes if i not in results]
        path, total, cached = str(self.path), len(indexes), len(results)
        notify(OcrProgress(path, len(results), total, cached))
        with closing(self._ocr(todo)) as finished:  # closed early: its workers are stopped
            for index, result in finished:
                results[index] = result
                if result.error is not None:
                    self.stats["failed"] += 1
                    log.warning("OCR of page %d of %s failed: %s", index + 1, path, result.error)
                else:
                    self.stats["ocr"] += 1
                    if cache is not None and keys.get(index):
                        cache = self._store(cache, cast(str, keys[index]), result)  # keys.get(index) checked
                notify(OcrProgress(path, len(results), total, cached, index + 1))
        return {i: results[i] for i in page_indexes}

    def _from_cache(self, cache: OcrCache, keys: dict[int, str | None], results: dict[int, OcrResult]):
        """Fill `results` with cache hits; the cache to go on with (None once it has failed)."""
        for index, key in keys.items():
            if key is None:
                continue
            try:
                value = cache.get(key)
            except Exception as exc:  # noqa: BLE001 - an unreachable cache means OCR, not a failed read
                log.warning("OCR cache unavailable, pages are OCR'd: %s", exc)
                return None
            if value is None:
                continue
            try:
                results[index] = result_from_json(value)
            except (ValueError, TypeError, KeyError) as exc:
                log.warning("OCR cache entry %s unreadable (%s); OCR'd again", key[:12], exc)
        return cache

    @staticmethod
    def _store(cache: OcrCache, key: str, result: OcrResult):
        try:
            cache.put(key, result_to_json(result))
            return cache
        except Exception as exc:  # noqa: BLE001 - the result is still good; only caching failed
            log.warning("OCR cache unavailable, results not kept: %s", exc)
            return None

    def _ocr(self, indexes: list[int]) -> Generator[tuple[int, OcrResult], None, None]:
        s = self.settings
        workers = effective_workers(s.ocr_workers)
        if workers > 1 and len(indexes) > 1:
            kwargs = {"job": self.job} if self.job is not None else {}
            for index, result in ocr_pages(str(self.path), indexes, s.ocr_languages, s.ocr_dpi, workers, **kwargs):
                yield index, result if result is not None else self._read_here(index)
            return
        for index in indexes:  # one after another, in this process
            yield index, self._read_here(index)

    def _read_here(self, index: int) -> OcrResult:
        """One page OCR'd in this process; a failure is the page's result."""
        try:
            if self.job is not None:
                return self.job(str(self.path), index, self.settings.ocr_languages, self.settings.ocr_dpi)
            return self.read(index)
        except Exception as exc:  # noqa: BLE001 - one bad page must not lose the others
            return failure(exc)

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None


def _usual_height(result: OcrResult, scale: float) -> float | None:
    """Median line height (PDF points) over the page's lines and table cells' lines."""
    found = [ol for ol in result.lines if ol.text.strip()]
    found += [ol for t in result.tables for c in t.cells for ol in c.lines if ol.text.strip()]
    if not found:
        return None
    heights = sorted((ol.bbox[3] - ol.bbox[1]) * scale for ol in found)
    return heights[len(heights) // 2]


def ocr_to_lines(result: OcrResult, dpi: int, lines: list[OcrLine] | None = None) -> list[Line]:
    """OCR lines (image pixels) as `Line`s in PDF points, in Tesseract's reading order.

    `lines`: which of the result's lines; by default all of them, tables'
    cells flattened cell by cell (`OcrResult.all_lines`), for a caller that
    builds paragraphs only.  Sizes are judged against the whole page.
    """
    scale = 72 / dpi
    found = [ol for ol in (result.all_lines() if lines is None else lines) if ol.text.strip()]
    usual = _usual_height(result, scale)
    if not found or usual is None:
        return []
    out = []
    for ol in found:
        x0, top, x1, bottom = (v * scale for v in ol.bbox)
        # Box heights vary with marks above and below; only a clearly taller
        # line (a heading) gets its own size, so paragraphs are not split.
        height = bottom - top if bottom - top > HEADING_HEIGHT * usual else usual
        out.append(
            Line(
                text=ol.text.strip(),
                x0=x0,
                x1=x1,
                top=top,
                bottom=bottom,
                baseline=bottom,
                size=round(height * OCR_SIZE_FROM_HEIGHT * 2) / 2,
                bold=False,
                glyphs=len(ol.text),
                from_span=0,
                confidence=ol.confidence,
            )
        )
    return out


def ocr_table_to_block(table: OcrTable, result: OcrResult, builder: BlockBuilder, *, page: int, dpi: int) -> Block:
    """A "table" block (read_by "ocr"): rows of cells, each cell's lines as paragraph blocks."""
    rows: list[list[Cell]] = []
    for cells in table.cell_rows():
        rows.append(
            [
                Cell(
                    blocks=_unbold(
                        builder.lines_to_blocks(ocr_to_lines(result, dpi, c.lines), page=page, read_by="ocr")
                    ),
                    row_span=c.row_span,
                    col_span=c.col_span,
                )
                for c in cells
            ]
        )
    scale = 72 / dpi
    bbox = cast(tuple[float, float, float, float], tuple(round(v * scale, 2) for v in table.bbox))
    return table_block(builder.source, page, bbox, "ocr", rows)


def ocr_to_blocks(result: OcrResult, builder: BlockBuilder, *, page: int, dpi: int) -> list[Block]:
    """The page's blocks from OCR: paragraphs in Tesseract's order, each table before the first block below its top."""
    blocks = _unbold(builder.lines_to_blocks(ocr_to_lines(result, dpi, result.lines), page=page, read_by="ocr"))
    for table in sorted(result.tables, key=lambda t: t.bbox[1], reverse=True):
        block = ocr_table_to_block(table, result, builder, page=page, dpi=dpi)
        assert block.bbox is not None  # ocr_table_to_block always sets it
        top = block.bbox[1]
        at = next((i for i, b in enumerate(blocks) if b.bbox and b.bbox[1] >= top), len(blocks))
        blocks.insert(at, block)
    return blocks


def _unbold(blocks: list[Block]) -> list[Block]:
    for b in blocks:
        b.bold = None  # OCR does not see weight
    return blocks
