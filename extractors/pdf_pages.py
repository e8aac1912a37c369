"""Per-page decisions: is the text layer usable, and reading a page by OCR.

`ocr_reason` says why a page needs OCR (or None): its text (as read, ActualText applied) judged by
`text_quality.assess_text`.  `PageOcr` renders pages with pdfium at the
configured resolution and reads them with Tesseract through `extractors.ocr`;
its lines come back as `Line`s in PDF points so paragraphs are built from them
exactly as from a text layer, and its ruled tables (read cell by cell) as
"table" blocks whose cells hold paragraph blocks built the same way
(`ocr_to_blocks`).  OCR availability is checked once per document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .model import Block, Cell
from .ocr import OcrLine, OcrResult, OcrTable, ocr_available, ocr_image
from .pdf_blocks import BlockBuilder
from .pdf_lines import Line
from .settings import ReadSettings
from .text_quality import TextQuality

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
    """Renders and OCRs pages of one PDF; opened lazily, at most once."""

    path: Path
    settings: ReadSettings
    _available: bool | None = None
    _pdf: object = field(default=None, repr=False)

    @property
    def available(self) -> bool:
        if self.settings.ocr == "off":
            return False
        if self._available is None:
            self._available = ocr_available(self.settings.ocr_languages)
        return self._available

    def read(self, page_index: int) -> OcrResult:
        import pypdfium2 as pdfium

        if self._pdf is None:
            self._pdf = pdfium.PdfDocument(str(self.path))
        page = self._pdf[page_index]
        try:
            image = page.render(scale=self.settings.ocr_dpi / 72).to_pil()
        finally:
            page.close()
        return ocr_image(image, self.settings.ocr_languages, self.settings.ocr_dpi)

    def read_pages(self, page_indexes: list[int]) -> dict[int, OcrResult]:
        """OCR results of several pages (0-based indexes), by index."""
        return {i: self.read(i) for i in page_indexes}

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
                    blocks=_unbold(builder.lines_to_blocks(ocr_to_lines(result, dpi, c.lines), page=page, read_by="ocr")),
                    row_span=c.row_span,
                    col_span=c.col_span,
                )
                for c in cells
            ]
        )
    scale = 72 / dpi
    block = Block(
        kind="table",
        text="",
        raw_text="",
        source=builder.source,
        page=page,
        bbox=tuple(round(v * scale, 2) for v in table.bbox),
        read_by="ocr",
        rows=rows,
    )
    block.text = block.table_text()
    block.raw_text = block.table_text(raw=True)
    return block


def ocr_to_blocks(result: OcrResult, builder: BlockBuilder, *, page: int, dpi: int) -> list[Block]:
    """The page's blocks from OCR: paragraphs in Tesseract's order, each table before the first block below its top."""
    blocks = _unbold(builder.lines_to_blocks(ocr_to_lines(result, dpi, result.lines), page=page, read_by="ocr"))
    for table in sorted(result.tables, key=lambda t: t.bbox[1], reverse=True):
        block = ocr_table_to_block(table, result, builder, page=page, dpi=dpi)
        top = block.bbox[1]
        at = next((i for i, b in enumerate(blocks) if b.bbox and b.bbox[1] >= top), len(blocks))
        blocks.insert(at, block)
    return blocks


def _unbold(blocks: list[Block]) -> list[Block]:
    for b in blocks:
        b.bold = None  # OCR does not see weight
    return blocks
