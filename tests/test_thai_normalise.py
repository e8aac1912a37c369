"""Thai normalisation: each repair on the failures real files produce, and no change to correct Thai."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest

from extractors.data.thai_pua import MAC_PUA, WINDOWS_PUA
from extractors.thai.nlp import thai_dictionary
from extractors.thai.normalise import (
    COMBINING_MARKS,
    collapse_spaces,
    join_lines,
    normalise,
    pua_share,
    strip_pua,
)

SEEDS = sorted((Path(__file__).resolve().parents[2] / "shared" / "seeds").glob("*.txt"))
REALWORLD = Path(__file__).resolve().parents[2] / "shared" / "realworld"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ocr"

# (damaged, repaired): each rule on the form the damage takes in real files.
REPAIRS = [
    # zero-width characters and soft hyphens inside words (Word, web copy-paste)
    ("การ\u200bประเมิน", "การประเมิน"),
    ("ตัว\u200cชี้\u200dวัด\ufeff", "ตัวชี้วัด"),
    ("นวัต\u00adกรรม", "นวัตกรรม"),
    # legacy Windows font PUA glyphs: shifted-down tone marks, shifted-left marks,
    # lower vowels and descender-less yo ying / tho than
    ("ก\uf70bอง", "ก้อง"),  # MAI THO shifted down
    ("ป\uf701\uf70a", "ปิ่"),  # SARA I and MAI EK, shifted left / down
    ("ฟ\uf713า", "ฟ่า"),  # MAI EK shifted left over an ascender consonant
    ("ข\uf705าว", "ข่าว"),  # MAI EK shifted down-left
    ("ธ\uf718รกิจ", "ธุรกิจ"),  # SARA U shifted down
    ("\uf70fาณ", "ญาณ"),  # YO YING without descender
    ("\uf700\uf718", "ฐุ"),  # THO THAN without descender + SARA U
    ("ส\uf711\uf70e", "สํ์"),  # NIKHAHIT (SL), THANTHAKHAT (SD)
    ("ป\uf88aา", "ป่า"),  # Mac PUA MAI EK
    # sara am written as nikhahit + sara aa, with the tone mark on either side
    ("ทํางาน", "ทำงาน"),
    ("นํ้า", "น้ำ"),
    ("น้ํา", "น้ำ"),
    ("น ่ ํ า", "น่ำ"),
    # sara am as sara aa + nikhahit, and LibreOffice's "ำา" (read from its PDFs)
    ("ทาํ", "ทำ"),
    ("จำานวน สำานักงาน", "จำนวน สำนักงาน"),
    # sara am whose nikhahit glyph is a space (TH Sarabun in the Royal Gazette)
    ("คืนอ านาจ", "คืนอำนาจ"),
    ("ประจ าปี", "ประจำปี"),
    # stacked marks in the wrong order (Word 365 AngsanaNew export)
    ("ก่ิ", "กิ่"),
    ("พ้ืนฐาน", "พื้นฐาน"),
    ("น้ี", "นี้"),
    ("ลึกซ้ึง", "ลึกซึ้ง"),
    # a mark displaced one character to the right, past a vowel or a quote
    ("วา่", "ว่า"),
    ("บา้น", "บ้าน"),
    ("ไดใ้", "ได้ใ"),
    ("เมืองที่บินได”้", "เมืองที่บินได้”"),
    # spaces before marks; runs of spaces
    ("ยนต ์", "ยนต์"),
    ("อาย ุ19", "อายุ19"),
    ("ร้อยละ   50", "ร้อยละ 50"),
    ("ร้อยละ\u00a050", "ร้อยละ 50"),
]


@pytest.mark.parametrize(("damaged", "repaired"), REPAIRS)
def test_each_repair(damaged: str, repaired: str) -> None:
    assert normalise(damaged) == repaired


@pytest.mark.parametrize("text", [d for d, _ in REPAIRS] + [r for _, r in REPAIRS])
def test_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


def test_pua_table_covers_the_whole_windows_range() -> None:
    assert sorted(WINDOWS_PUA) == list(range(0xF700, 0xF71B))
    assert set(WINDOWS_PUA.values()) | set(MAC_PUA.values()) <= {*range(0x0E01, 0x0E4F)}
    for pua in [*WINDOWS_PUA, *MAC_PUA]:
        assert pua_share(normalise(f"ก{chr(pua)}")) == 0.0


def test_line_breaks_and_tabs_are_kept() -> None:
    assert normalise("ข้อ ๑\tผลงาน\nข้อ ๒") == "ข้อ ๑\tผลงาน\nข้อ ๒"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_correct_thai_text_is_unchanged(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    assert len(text) > 3000
    assert normalise(text) == collapse_spaces(text)


def test_dictionary_words_are_unchanged_unless_misspelt() -> None:
    """Every PyThaiNLP word stays as it is, except entries that are themselves invalid Thai."""
    invalid = re.compile(f"[\u0e30\u0e32\u0e33\u0e40-\u0e44][{COMBINING_MARKS}]")
    changed = [w for w in thai_dictionary() if normalise(w) != w]
    assert all(invalid.search(w) for w in changed), changed
    assert len(changed) < 5


def _pdfplumber_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@pytest.mark.skipif(not REALWORLD.is_dir(), reason="shared/realworld is not beside the repository")
def test_royal_gazette_sara_am_restored() -> None:
    raw = _pdfplumber_text(REALWORLD / "royal-gazette-140A022-2566.pdf")
    assert "อ านาจ" in raw and "ด าเนิน" in raw
    clean = normalise(raw)
    assert "อำนาจ" in clean and "ดำเนินไป" in clean and "ประจำปี" in clean
    assert " า" not in clean


@pytest.mark.skipif(not REALWORLD.is_dir(), reason="shared/realworld is not beside the repository")
def test_word365_marks_back_in_place() -> None:
    raw = _pdfplumber_text(REALWORLD / "word365-angsananew-4p.pdf")
    assert "พ้ืนฐาน" in raw and "วา่" in raw
    clean = normalise(raw)
    assert "พื้นฐาน" in clean and "ว่า" in clean and "ลึกซึ้ง" in clean
    assert "วา่" not in clean


def test_libreoffice_pdf_sara_am() -> None:
    raw = _pdfplumber_text(FIXTURES / "form_laksaman.pdf")
    assert "ำา" in raw
    clean = normalise(raw)
    assert "ำา" not in clean and "สำนักงาน" in clean and "ดำเนินการ" in clean


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["การพัฒนานวัตกรรมเพื่อเพิ่ม", "ประสิทธิภาพการปฏิบัติงาน"], "การพัฒนานวัตกรรมเพื่อเพิ่มประสิทธิภาพการปฏิบัติงาน"),
        (["ตามแนวทางที่ได้รับ", "มอบหมาย"], "ตามแนวทางที่ได้รับมอบหมาย"),
        (["วันที่ 23 มกราคม", "2566 แจ้งหลักเกณฑ์"], "วันที่ 23 มกราคม 2566 แจ้งหลักเกณฑ์"),
        (["ตัวชี้วัดระดับผลลัพธ์", "(outcome)"], "ตัวชี้วัดระดับผลลัพธ์ (outcome)"),
        (["Sandbox", "ในการดำเนินการ"], "Sandbox ในการดำเนินการ"),
        (["ต่าง ๆ", "ซึ่งจะส่งผล"], "ต่าง ๆ ซึ่งจะส่งผล"),
        (["โปรดเกล้าฯ", "ให้ประกาศ"], "โปรดเกล้าฯ ให้ประกาศ"),
        (["e-meet-", "ing system"], "e-meet-ing system"),
        (["  ส่วนที่ 1 ", "", " ส่วนที่ 2"], "ส่วนที่ 1 ส่วนที่ 2"),
        ([], ""),
    ],
)
def test_join_lines(lines: list[str], joined: str) -> None:
    assert join_lines(lines) == joined


def test_pua_share_and_strip() -> None:
    text = "ก\ue001ข\uf8ff ค"
    assert pua_share(text) == pytest.approx(2 / 5)
    assert strip_pua(text) == "กข ค"
    assert pua_share("") == 0.0
