"""Text-layer quality on real PDF text: good pages pass, broken text layers are caught."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pdfplumber
import pikepdf
import pytest

from extractors.data.thai_pua import WINDOWS_PUA
from extractors.settings import ReadSettings
from extractors.thai.text_quality import assess_text

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ocr"
REALWORLD = Path(__file__).resolve().parents[2] / "shared" / "realworld"
SEEDS = sorted((Path(__file__).resolve().parents[2] / "shared" / "seeds").glob("*.txt"))
needs_realworld = pytest.mark.skipif(not REALWORLD.is_dir(), reason="shared/realworld is not beside the repository")
needs_seeds = pytest.mark.skipif(not SEEDS, reason="shared/seeds is not beside the repository")


def page_texts(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def strip_to_unicode(src: Path, dst: Path) -> Path:
    """The same PDF with every font's /ToUnicode map deleted: glyphs without meaning."""
    with pikepdf.open(src) as pdf:
        for page in pdf.pages:
            for _, font in page.Resources.get("/Font", {}).items():
                if "/ToUnicode" in font:
                    del font["/ToUnicode"]
        pdf.save(dst)
    return dst


@pytest.fixture(scope="module")
def stripped_page_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    dst = tmp_path_factory.mktemp("stripped") / "form_no_tounicode.pdf"
    return page_texts(strip_to_unicode(FIXTURES / "form_laksaman.pdf", dst))[0]


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEEDS[0].read_text(encoding="utf-8")[:3000]


@pytest.mark.parametrize("name", ["form_laksaman.pdf", "list_garuda.pdf"])
def test_libreoffice_page_is_usable(name: str) -> None:
    quality = assess_text(page_texts(FIXTURES / name)[0])
    assert quality.usable and quality.reason is None
    assert quality.dictionary_share is not None and quality.dictionary_share > 0.9
    assert quality.pua_share == 0.0 and quality.cid_share == 0.0


@needs_realworld
@pytest.mark.parametrize("name", ["royal-gazette-140A022-2566.pdf", "word365-angsananew-4p.pdf"])
def test_real_world_pages_are_usable(name: str) -> None:
    """Typeset TH Sarabun and Word 365 AngsanaNew pages, with their mark-order flaws, are not OCR cases."""
    for text in page_texts(REALWORLD / name):
        quality = assess_text(text)
        assert quality.usable, quality
        assert quality.dictionary_share is None or quality.dictionary_share > 0.8


@needs_realworld
def test_word365_page_shows_orphan_marks_and_a_stricter_threshold_flags_it() -> None:
    text = page_texts(REALWORLD / "word365-angsananew-4p.pdf")[1]
    quality = assess_text(text)
    assert quality.orphan_marks > 10  # marks displaced past sara aa and leading vowels
    strict = assess_text(text, ReadSettings(min_dictionary_share=0.95))
    assert strict.damaged and strict.reason.startswith("dictionary words")


def test_stripped_to_unicode_is_damaged(stripped_page_text: str) -> None:
    quality = assess_text(stripped_page_text)
    assert quality.damaged and not quality.absent
    assert quality.cid_share > 0.5
    assert quality.reason.startswith("unmapped glyph codes")


def test_glyph_codes_read_as_ascii_are_damaged(stripped_page_text: str) -> None:
    """The stripped page's glyphs that pdfplumber turned into ASCII punctuation, on their own."""
    ascii_garbage = re.sub(r"\(cid:\d+\)", "", stripped_page_text)
    assert len(ascii_garbage.strip()) > 100
    quality = assess_text(ascii_garbage)
    assert quality.damaged and quality.reason.startswith("symbol garbage")


@needs_seeds
def test_wrong_font_map_is_damaged_by_dictionary_share(seed_text: str) -> None:
    """A font map that swaps consonants (one fixed wrong map, as a broken cmap gives)."""
    consonants = [chr(c) for c in range(0x0E01, 0x0E2F)]
    swapped = consonants[:]
    random.Random(7).shuffle(swapped)
    garbled = seed_text.translate(str.maketrans(dict(zip(consonants, swapped))))
    quality = assess_text(garbled)
    assert quality.damaged and quality.reason.startswith("dictionary words")
    assert quality.dictionary_share < 0.4
    assert assess_text(seed_text).dictionary_share > 0.95


@needs_seeds
def test_legacy_8bit_thai_is_damaged(seed_text: str) -> None:
    mojibake = seed_text.encode("cp874").decode("latin-1")
    quality = assess_text(mojibake)
    assert quality.damaged and quality.reason.startswith("legacy 8-bit Thai encoding")


@needs_seeds
def test_mapped_pua_is_fine_but_unmapped_pua_is_damaged(seed_text: str) -> None:
    # Legacy-font text: tone marks as their shifted PUA variants (all in the table).
    to_pua = {thai: chr(pua) for pua, thai in WINDOWS_PUA.items() if 0x0E48 <= thai <= 0x0E4C}
    legacy = seed_text.translate(to_pua)
    assert sum(1 for c in legacy if "\ue000" <= c <= "\uf8ff") > 100
    mapped = assess_text(legacy)
    assert mapped.usable and mapped.pua_share == 0.0
    # A font that puts Thai letters themselves in the PUA: nothing maps them back.
    letters = {c: chr(0xE000 + c - 0x0E00) for c in range(0x0E01, 0x0E2F)}
    unmapped = assess_text(seed_text.translate(letters))
    assert unmapped.damaged and unmapped.reason.startswith("PUA residue")
    assert unmapped.pua_share > 0.3


def test_symbol_font_bullets_are_not_pua_damage() -> None:
    form = "\n".join(f"\uf0a8 ข้อ {i} การจัดทำแผนพัฒนาหน่วยงาน" for i in range(1, 8))
    assert assess_text(form).usable


@pytest.mark.parametrize("text", ["", "   \n\t ", "(cid:3)(cid:4)", "(cid:3)\n(cid:4) (cid:17)"])
def test_no_text_is_absent(text: str) -> None:
    quality = assess_text(text)
    assert quality.absent and not quality.damaged and quality.reason == "no text layer"


@pytest.mark.parametrize(
    "text",
    [
        "Annual Report 2023\nThe innovation project reduced processing time from 15 to 7 days (53%).\n"
        "Contact: info@opdc.go.th, tel. +66 2 356 9999.",
        "1 2,345.50 12.5%\n2 4,500.00 20.0%\n3 10,250.75 67.5%\nTotal 17,096.25 100.0%",
        "๑๒๓ ๔๕๖ ๗๘๙\n15/03/2566 10:30",
    ],
    ids=["english", "numbers", "thai-digits-and-dates"],
)
def test_english_and_number_pages_are_usable(text: str) -> None:
    quality = assess_text(text)
    assert quality.usable and quality.dictionary_share is None


@needs_seeds
def test_form_lines_with_short_cells_are_usable() -> None:
    """Label : value lines and abbreviations from a real KPI record."""
    lines = SEEDS[1].read_text(encoding="utf-8").splitlines()
    form = "\n".join(line for line in lines if ":" in line and len(line) < 60)
    form += "\nชื่อ.............................. สยป. ก.พ.ร. กทม. ผอ.สนพ."
    quality = assess_text(form)
    assert quality.usable, quality
