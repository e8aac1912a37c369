"""Per-page decisions: is the text layer usable, and reading a page by OCR.

`ocr_reason` says why a page needs OCR (or None): its text (as read, ActualText applied) judged by
`text_quality.assess_text`.  `PageOcr` renders pages with pdfium at the
configured resolution and reads them with Tesseract through `extractors.ocr`;
its lines come back as `Line`s in PDF points so paragraphs are built from them
exactly as from a text layer.  OCR availability is checked once per document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .ocr import OcrResult, ocr_available, ocr_image
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

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None


def ocr_to_lines(result: OcrResult, dpi: int) -> list[Line]:
    """OCR lines (image pixels) as `Line`s in PDF points, in Tesseract's reading order."""
    scale = 72 / dpi
    found = [ol for ol in result.lines if ol.text.strip()]
    if not found:
        return []
    heights = sorted((ol.bbox[3] - ol.bbox[1]) * scale for ol in found)
    usual = heights[len(heights) // 2]
    lines = []
    for ol in found:
        x0, top, x1, bottom = (v * scale for v in ol.bbox)
        # Box heights vary with marks above and below; only a clearly taller
        # line (a heading) gets its own size, so paragraphs are not split.
        height = bottom - top if bottom - top > HEADING_HEIGHT * usual else usual
        lines.append(
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
    return lines
