"""The PDF reader on LibreOffice-exported Thai fixtures (tests/fixtures/pdf/make_fixtures.py)."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from extractors import read_file
from extractors.pdf.reader import read
from extractors.settings import ReadSettings
from pipeline.accuracy import char_accuracy, comparable

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"
CASES = ["form_laksaman", "report_garuda", "marks_norasi"]
NO_OCR = ReadSettings(ocr="off")


@pytest.fixture(scope="module")
def docs():
    return {case: read(FIXTURES / f"{case}.pdf", NO_OCR) for case in CASES}


@pytest.mark.parametrize("case", CASES)
def test_libreoffice_thai_text_matches_source(docs, case):
    expected = (FIXTURES / f"{case}.expected.txt").read_text(encoding="utf-8")
    assert char_accuracy(expected, docs[case].text()) >= 0.995


@pytest.mark.parametrize("case", CASES)
def test_libreoffice_pages_are_read_through_actualtext(docs, case):
    assert {p.read_by for p in docs[case].pages} == {"actual_text"}


def test_libreoffice_glyph_text_alone_garbles_sara_am(docs):
    """Why ActualText matters: the same pages read glyph by glyph lose characters."""
    import pdfplumber

    expected = (FIXTURES / "marks_norasi.expected.txt").read_text(encoding="utf-8")
    with pdfplumber.open(FIXTURES / "marks_norasi.pdf") as pdf:
        glyph_text = "".join(c["text"] for p in pdf.pages for c in p.chars)
    assert char_accuracy(expected, glyph_text) < 0.99
    assert char_accuracy(expected, docs["marks_norasi"].text()) == 1.0


def test_running_header_and_page_number_footer_are_marked(docs):
    doc = docs["form_laksaman"]
    headers = [b for b in doc.blocks if b.region == "header"]
    footers = [b for b in doc.blocks if b.region == "footer"]
    assert [b.text for b in headers] == ["สำนักงานสาธารณสุขจังหวัดตัวอย่าง"] * doc.page_count
    assert [b.text for b in footers] == [f"หน้า {n}" for n in range(1, doc.page_count + 1)]
    assert "สำนักงานสาธารณสุขจังหวัดตัวอย่าง" not in doc.text()


def test_two_column_form_table_reads_label_then_content(docs):
    tables = [b for b in docs["form_laksaman"].blocks if b.is_table]
    assert len(tables) == 1
    rows = tables[0].rows
    assert [len(r) for r in rows] == [2] * 5
    assert rows[2][0].text == "เกณฑ์เป้าหมาย"
    assert rows[2][1].text == "ไม่น้อยกว่าร้อยละ ๘๐"
    # A content cell with two paragraphs keeps them apart.
    assert [b.text for b in rows[3][1].blocks] == [
        "รวบรวมจากระบบคลังข้อมูลด้านการแพทย์และสุขภาพ (HDC)",
        "ตรวจสอบซ้ำโดยผู้รับผิดชอบระดับอำเภอทุกเดือน",
    ]
    assert all(c.blocks[0].bold for r in rows for c in r[:1])
    assert not any(c.blocks[0].bold for r in rows for c in r[1:])


def test_table_text_is_not_repeated_as_paragraphs(docs):
    paragraphs = [b.text for b in docs["form_laksaman"].blocks if not b.is_table]
    assert not any("เกณฑ์เป้าหมาย" in t or "ไม่น้อยกว่าร้อยละ" in t for t in paragraphs)


def test_data_table_keeps_its_grid(docs):
    (table,) = [b for b in docs["report_garuda"].blocks if b.is_table]
    assert [[c.text for c in r] for r in table.rows] == [
        ["ไตรมาส", "เป้าหมาย", "ผลงาน", "ร้อยละ"],
        ["ไตรมาสที่ ๑", "๒๕๐", "๒๓๑", "๙๒.๔๐"],
        ["ไตรมาสที่ ๒", "๒๕๐", "๒๔๘", "๙๙.๒๐"],
        ["ไตรมาสที่ ๓", "๓๐๐", "๒๗๕", "๙๑.๖๗"],
    ]


def test_bold_larger_numbered_headings_carry_their_cues(docs):
    blocks = {b.text: b for b in docs["form_laksaman"].blocks if not b.is_table}
    title = blocks["รายงานผลการดำเนินงานตามตัวชี้วัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"]  # two lines, one block
    assert (title.bold, title.font_size, title.kind) == (True, 20.0, "paragraph")
    heading = blocks["2. ผลการดำเนินงาน"]
    assert (heading.bold, heading.font_size, heading.numbering, heading.kind) == (True, 18.0, "2.", "list_item")
    body = next(b for t, b in blocks.items() if t.startswith("ในปีงบประมาณ"))
    assert (body.bold, body.font_size, body.numbering, body.kind) == (False, 16.0, None, "paragraph")


def test_numbering_labels_are_recorded_and_kept_in_text(docs):
    numbered = [b for b in docs["form_laksaman"].blocks if b.numbering]
    assert [b.numbering for b in numbered] == ["1.", "2.", "3.", "(1)", "(2)", "(3)", "ข้อ ๒", "4."]
    assert all(b.text.startswith(b.numbering + " ") and b.kind == "list_item" for b in numbered)
    thai_numbered = [b.numbering for b in docs["report_garuda"].blocks if b.kind == "list_item"]
    assert thai_numbered == ["๑.", "๒.", "๓."]


def test_wrapped_paragraph_is_one_block_with_wraps_joined(docs):
    expected = (FIXTURES / "report_garuda.expected.txt").read_text(encoding="utf-8").splitlines()
    long_paragraph = next(t for t in expected if t.startswith("การดำเนินงานมุ่งเน้น"))
    block = next(b for b in docs["report_garuda"].blocks if b.text.startswith("การดำเนินงานมุ่งเน้น"))
    # A wrap at a space loses that space (join_lines cannot tell it from a wrap
    # inside a Thai word); everything else is the source paragraph.
    assert comparable(block.text) == comparable(long_paragraph)
    assert "\n" in block.raw_text and "\n" not in block.text


def test_blocks_carry_provenance(docs):
    doc = docs["report_garuda"]
    for b in doc.blocks:
        assert b.source == str(FIXTURES / "report_garuda.pdf")
        assert b.page in (1, 2)
        x0, top, x1, bottom = b.bbox
        assert 0 <= x0 < x1 <= 596 and 0 <= top < bottom <= 842


def test_named_actualtext_property_lists_are_resolved(tmp_path):
    """`/Span /MC0 BDC` with the ActualText dict in the page's /Properties reads the same."""
    source = FIXTURES / "marks_norasi.pdf"
    named = tmp_path / "named.pdf"
    with pikepdf.open(source) as pdf:
        for page in pdf.pages:
            properties = pikepdf.Dictionary()
            out = []
            for operands, op in pikepdf.parse_content_stream(page):
                if str(op) == "BDC" and isinstance(operands[1], pikepdf.Dictionary):
                    name = pikepdf.Name(f"/MC{len(properties)}")
                    properties[str(name)] = operands[1]
                    operands = [operands[0], name]
                out.append((operands, op))
            assert len(properties) > 0
            page.Resources.Properties = properties
            page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(out))
        pdf.save(named)
    expected = (FIXTURES / "marks_norasi.expected.txt").read_text(encoding="utf-8")
    doc = read(named, NO_OCR)
    assert doc.pages[0].read_by == "actual_text"
    assert char_accuracy(expected, doc.text()) == 1.0


def test_read_file_dispatches_pdf_to_this_reader():
    doc = read_file(FIXTURES / "marks_norasi.pdf", NO_OCR)
    assert doc.ok and doc.format == "pdf" and doc.page_count == 1
    assert doc.read_by == ["actual_text"]


def test_no_private_use_characters_in_any_text(docs):
    for doc in docs.values():
        for b in doc.blocks:
            texts = [b.text] + [x.text for r in b.rows or [] for c in r for x in c.blocks]
            assert not any("\ue000" <= ch <= "\uf8ff" for t in texts for ch in t)


def test_text_drawn_twice_as_fake_bold_reads_once_and_bold(tmp_path):
    """Some writers fake bold by drawing the text again a fraction of a point to the right."""
    twice = tmp_path / "twice.pdf"
    with pikepdf.open(FIXTURES / "marks_norasi.pdf") as pdf:
        page = pdf.pages[0]
        original = page.Contents.read_bytes()
        page.Contents = pdf.make_stream(b"q\n" + original + b"\nQ\nq 1 0 0 1 0.3 0 cm\n" + original + b"\nQ\n")
        pdf.save(twice)
    expected = (FIXTURES / "marks_norasi.expected.txt").read_text(encoding="utf-8")
    doc = read(twice, NO_OCR)
    assert char_accuracy(expected, doc.text()) == 1.0
    assert all(b.bold for b in doc.blocks)
