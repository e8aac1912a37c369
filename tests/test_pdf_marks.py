"""Thai mark order and the lost NIKHAHIT, on the real-world PDFs that show them.

The PDFs live outside the repository (shared/realworld/ beside the clone, or
$EVIDENCE_SHARED_DIR/realworld/); see tests/test_realworld.py.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from shared_files import shared_folder

from extractors.pdf.reader import read
from extractors.settings import ReadSettings

NO_OCR = ReadSettings(ocr="off")


def _realworld(name: str) -> Path:
    path = shared_folder("realworld") / f"{name}.pdf"
    if not path.is_file():
        pytest.fail(f"{path} missing from ../shared/realworld/")
    return path


@pytest.fixture(scope="module")
def gazette():
    return _realworld("royal-gazette-140A022-2566")


@pytest.fixture(scope="module")
def word365():
    return _realworld("word365-angsananew-4p")


def test_royal_gazette_nikhahit_mapped_to_space_is_repaired(gazette):
    """TH SarabunIT๙'s ToUnicode maps the zero-width NIKHAHIT glyph to U+0020 (its embedded cmap says U+0E4D)."""
    with pdfplumber.open(gazette) as pdf:
        plain = pdf.pages[0].extract_text()
    assert "อ านาจ" in plain  # the damage, as a plain reader sees it
    doc = read(gazette, NO_OCR)
    text = doc.text(include_headers=True)
    assert "อาศัยอำนาจตามความใน" in text and "ดำเนินไปอย่างต่อเนื่อง" in text
    assert " า" not in text
    assert "nikhahit restored" in (doc.pages[0].note or "")
    assert doc.pages[0].read_by == "repaired"
    assert any(n.code == "page_repaired" and n.page == 1 for n in doc.notices)


def test_royal_gazette_marks_stay_on_their_letters(gazette):
    text = read(gazette, NO_OCR).text(include_headers=True)
    assert "รัฐธรรมนูญแห่งราชอาณาจักรไทย" in text
    assert "จกั" not in text


def test_word365_marks_follow_their_base_without_spurious_spaces(word365):
    with pdfplumber.open(word365) as pdf:
        plain = pdf.pages[1].extract_text()
    assert "ไดใ้ น" in plain and "กลบั บา้ น" in plain  # the damage, as a plain reader sees it
    text = read(word365, NO_OCR).text()
    assert "ใหม่ได้ในความมืด" in text
    assert "คือการกลับบ้าน" in text
    assert "เครื่องยนต์ C-17" in text


def test_word365_zero_width_space_before_sara_aa_becomes_sara_am(word365):
    """Word maps the NIKHAHIT glyph (zero advance, no cmap entry) to U+0020."""
    doc = read(word365, NO_OCR)
    text = doc.text()
    assert "คอร์ตนีย์ทำได้ยอดเยี่ยม" in text
    assert "ภารกิจสำเร็จ" in text
    assert any("nikhahit restored" in (p.note or "") for p in doc.pages)
