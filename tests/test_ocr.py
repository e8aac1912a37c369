"""Tesseract OCR on real page images of LibreOffice-made Thai PDFs (tests/fixtures/ocr).

Two pages only (each takes seconds): a clean 300 dpi render of a form page
in Laksaman, and a simulated scan (skewed, blurred, specks) of a page in
Garuda, whose stacked marks Tesseract splits into lines of their own.
"""

from __future__ import annotations

import random
from pathlib import Path
from statistics import median

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageFilter

from extractors.ocr.engine import OcrResult, _Word, ocr_available, ocr_image, words_to_line_text
from extractors.thai.normalise import normalise, pua_share
from pipeline.accuracy import char_accuracy

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ocr"
DPI = 300

needs_tesseract = pytest.mark.skipif(not ocr_available("tha+eng"), reason="tesseract with tha+eng is not installed")


def render_page(name: str, dpi: int = DPI) -> Image.Image:
    pdf = pdfium.PdfDocument(FIXTURES / f"{name}.pdf")
    try:
        return pdf[0].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        pdf.close()


def simulate_scan(image: Image.Image, angle: float = 1.0, speck_share: float = 0.01, seed: int = 3) -> Image.Image:
    """A page as a flatbed scan returns it: slightly rotated, softened, with black and white specks."""
    scan = image.convert("L").rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    scan = scan.filter(ImageFilter.GaussianBlur(0.8))
    pixels, (width, height) = scan.load(), scan.size
    rnd = random.Random(seed)
    for _ in range(int(width * height * speck_share)):
        pixels[rnd.randrange(width), rnd.randrange(height)] = rnd.choice((0, 255))
    return scan


def reference(name: str) -> str:
    return (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def form_result() -> OcrResult:
    return ocr_image(render_page("form_laksaman"), dpi=DPI)


@pytest.fixture(scope="module")
def scan_result() -> OcrResult:
    return ocr_image(simulate_scan(render_page("list_garuda")), dpi=DPI)


def test_ocr_available() -> None:
    assert ocr_available("tha+eng") is ocr_available("tha+eng")  # cached, same answer
    assert ocr_available("tha+no_such_language") is False


@needs_tesseract
def test_clean_form_page(form_result: OcrResult) -> None:
    accuracy = char_accuracy(reference("form_laksaman"), form_result.text)
    assert accuracy >= 0.97, accuracy  # measured 0.992
    assert form_result.mean_confidence > 85
    assert len(form_result.lines) == len(render_lines_of("form_laksaman"))


def render_lines_of(name: str) -> list[str]:
    """The PDF's own visual lines (LibreOffice's text layer), to compare line counts."""
    import pdfplumber

    with pdfplumber.open(FIXTURES / f"{name}.pdf") as pdf:
        return [line for line in (pdf.pages[0].extract_text() or "").splitlines() if line.strip()]


@needs_tesseract
def test_lines_are_normalised_with_boxes_in_the_image(form_result: OcrResult) -> None:
    width, height = render_page("form_laksaman").size
    tops = []
    for line in form_result.lines:
        x0, top, x1, bottom = line.bbox
        assert 0 <= x0 < x1 <= width and 0 <= top < bottom <= height
        assert 0 <= line.confidence <= 100
        assert line.text == normalise(line.text) and pua_share(line.text) == 0.0
        tops.append(top)
    assert tops == sorted(tops)  # one column: reading order is top to bottom
    assert form_result.text == "\n".join(line.text for line in form_result.lines)


@needs_tesseract
def test_no_spurious_spaces_inside_thai_words(form_result: OcrResult) -> None:
    text = form_result.text
    for phrase in ["การพัฒนานวัตกรรมเพื่อเพิ่มประสิทธิภาพการปฏิบัติงานของหน่วยงาน", "โดยมติคณะกรรมการพัฒนานวัตกรรม"]:
        assert phrase in text
    assert "ก.ก." in text.replace(" ", "")


@needs_tesseract
def test_skewed_noisy_scan(scan_result: OcrResult) -> None:
    accuracy = char_accuracy(reference("list_garuda"), scan_result.text)
    assert accuracy >= 0.92, accuracy  # measured 0.98+


@needs_tesseract
def test_split_off_mark_lines_are_merged_back(scan_result: OcrResult) -> None:
    """Garuda's stacked marks come out of Tesseract's layout as short lines of their own."""
    heights = [line.bbox[3] - line.bbox[1] for line in scan_result.lines]
    assert min(heights) > 0.6 * median(heights)
    for line in scan_result.lines:  # a mark line reads as Latin letters and digits: "ส Yo wv za A ๑"
        visible = line.text.replace(" ", "")
        assert sum("\u0e01" <= c <= "\u0e4e" for c in visible) > 0.5 * len(visible), line.text


def test_words_to_line_text_spaces_only_real_gaps() -> None:
    # Tesseract's words for "ผลงานที่ทำได้ ร้อยละ : 50" at 300 dpi: touching Thai
    # pieces, then real gaps (x positions and heights as it reports them).
    words = [
        _Word("ผลงาน", 300, 100, 150, 41, 95),
        _Word("ที่ทำ", 449, 80, 90, 61, 95),
        _Word("ได้", 538, 80, 50, 61, 95),
        _Word("ร้อยละ", 622, 80, 120, 61, 95),
        _Word(":", 776, 105, 8, 30, 95),
        _Word("50", 820, 100, 40, 41, 95),
    ]
    assert words_to_line_text(words, body_height=41) == "ผลงานที่ทำได้ ร้อยละ : 50"
