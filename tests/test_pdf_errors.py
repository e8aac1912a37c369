"""Damaged, locked and unreadable PDFs: the right error codes, notices and OCR fallback."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from extractors import read_file
from extractors.errors import ExtractionError
from extractors.ocr.engine import ocr_available
from extractors.pdf.reader import read
from extractors.settings import ReadSettings
from pipeline.accuracy import char_accuracy

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"
NO_OCR = ReadSettings(ocr="off")


def _rewrite(source: Path, target: Path, change) -> Path:
    with pikepdf.open(source) as pdf:
        change(pdf)
        pdf.save(target)
    return target


def _strip_text_mapping(pdf: pikepdf.Pdf) -> None:
    """Remove every font's /ToUnicode and every marked-content span (ActualText)."""
    for page in pdf.pages:
        for font in page.Resources.Font.values():
            if "/ToUnicode" in font:
                del font["/ToUnicode"]
        kept = [(o, op) for o, op in pikepdf.parse_content_stream(page) if str(op) not in ("BDC", "BMC", "EMC")]
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(kept))


@pytest.mark.parametrize("keep", [0.5, 0.05])
def test_truncated_pdf_is_corrupt(tmp_path, keep):
    data = (FIXTURES / "report_garuda.pdf").read_bytes()
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(ExtractionError) as err:
        read(truncated, NO_OCR)
    assert err.value.code == "corrupt_pdf"
    assert read_file(truncated).error.code == "corrupt_pdf"


def test_user_password_pdf_is_encrypted(tmp_path):
    locked = tmp_path / "locked.pdf"
    with pikepdf.open(FIXTURES / "marks_norasi.pdf") as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(user="secret", owner="owner", R=6))
    doc = read_file(locked)
    assert doc.error is not None and doc.error.code == "encrypted_pdf"
    assert doc.blocks == []


def test_owner_password_only_pdf_is_readable(tmp_path):
    restricted = tmp_path / "restricted.pdf"
    with pikepdf.open(FIXTURES / "marks_norasi.pdf") as pdf:
        pdf.save(restricted, encryption=pikepdf.Encryption(user="", owner="owner", R=4))
    expected = (FIXTURES / "marks_norasi.expected.txt").read_text(encoding="utf-8")
    doc = read_file(restricted, NO_OCR)
    assert doc.ok
    assert char_accuracy(expected, doc.text()) == 1.0


def test_one_undecodable_page_does_not_lose_the_others(tmp_path):
    def break_first_page(pdf):
        broken = pikepdf.Stream(pdf, b"this is not zlib data")
        broken.Filter = pikepdf.Name.FlateDecode
        pdf.pages[0].obj.Contents = pdf.make_indirect(broken)

    damaged = _rewrite(FIXTURES / "report_garuda.pdf", tmp_path / "damaged.pdf", break_first_page)
    doc = read(damaged, NO_OCR)
    assert [p.read_by for p in doc.pages] == ["none", "actual_text"]
    assert [(n.code, n.page) for n in doc.notices] == [("page_unreadable", 1)]
    assert {b.page for b in doc.blocks} == {2}
    assert "การดำเนินงานมุ่งเน้นการมีส่วนร่วม" in doc.text()


def test_page_without_text_mapping_is_flagged_when_ocr_is_off(tmp_path):
    stripped = _rewrite(FIXTURES / "marks_norasi.pdf", tmp_path / "stripped.pdf", _strip_text_mapping)
    doc = read(stripped, NO_OCR)
    assert doc.blocks == []
    assert doc.pages[0].read_by == "none" and doc.pages[0].note
    assert [(n.code, n.page) for n in doc.notices] == [("page_unreadable", 1)]


@pytest.mark.skipif(not ocr_available("tha+eng"), reason="tesseract with Thai is not installed")
def test_page_without_text_mapping_is_read_by_ocr(tmp_path):
    stripped = _rewrite(FIXTURES / "marks_norasi.pdf", tmp_path / "stripped.pdf", _strip_text_mapping)
    doc = read(stripped, ReadSettings(ocr="auto", ocr_dpi=200))
    page = doc.pages[0]
    assert page.read_by == "ocr" and page.ocr_confidence > 50
    assert [(n.code, n.page) for n in doc.notices] == [("page_ocr", 1)]
    assert all(b.read_by == "ocr" and b.page == 1 for b in doc.blocks)
    expected = (FIXTURES / "marks_norasi.expected.txt").read_text(encoding="utf-8")
    assert char_accuracy(expected, doc.text()) > 0.8


def test_ocr_unavailable_is_said_once(tmp_path, monkeypatch):
    import extractors.pdf.pages as pdf_pages

    monkeypatch.setattr(pdf_pages, "ocr_available", lambda languages: False)
    stripped = _rewrite(FIXTURES / "report_garuda.pdf", tmp_path / "stripped.pdf", _strip_text_mapping)
    doc = read(stripped, ReadSettings(ocr="auto"))
    assert [p.read_by for p in doc.pages] == ["none", "none"]
    assert [n.code for n in doc.notices] == ["page_unreadable", "page_unreadable", "ocr_unavailable"]
    assert doc.blocks == []


def test_image_only_page_is_flagged_when_ocr_is_off(tmp_path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(FIXTURES / "marks_norasi.pdf"))
    try:
        image = pdf[0].render(scale=100 / 72).to_pil()
    finally:
        pdf.close()
    scanned = tmp_path / "scanned.pdf"
    image.save(scanned, "PDF", resolution=100)
    doc = read(scanned, NO_OCR)
    assert doc.blocks == [] and doc.pages[0].read_by == "none"
    assert [(n.code, n.page) for n in doc.notices] == [("page_unreadable", 1)]


def test_an_outsized_page_is_rendered_for_ocr_within_the_pixel_budget(tmp_path):
    """A page 5 m square (14,400 pt) would be 3.5 billion pixels at 300 dpi: it is rendered at a
    resolution that keeps it within MAX_OCR_PIXELS, and says so (issue 15: an absurd page size
    failed with MemoryError and an empty detail)."""
    import pypdfium2 as pdfium

    from extractors.ocr.engine import MAX_OCR_PIXELS, ocr_render_dpi, render_for_ocr
    from extractors.ocr.pool import failure

    source = sorted((Path(__file__).resolve().parents[1] / "samples" / "inbox" / "2566").glob("*/*.pdf"))[0]
    path = tmp_path / "poster.pdf"
    with pikepdf.open(source) as pdf:
        for page in pdf.pages:
            page.MediaBox = pikepdf.Array([0, 0, 14400, 14400])
        pdf.save(path)
    image = render_for_ocr(pdfium.PdfDocument(path), 0, 300)
    assert image.width * image.height <= MAX_OCR_PIXELS and image.info["ocr_dpi"] < 300
    assert abs(image.info["ocr_dpi"] - ocr_render_dpi(14400, 14400, 300)) < 1e-9
    assert ocr_render_dpi(595, 842, 300) == 300  # A4 as asked
    assert 0 < ocr_render_dpi(1e9, 1e9, 300) < 0.01  # a page no paper has: still a finite image
    doc = read_file(path, ReadSettings(ocr="off"))
    assert doc.ok and doc.text().strip()  # the text layer does not care about the page size
    assert failure(MemoryError()).error == "MemoryError: out of memory"  # never an empty reason
