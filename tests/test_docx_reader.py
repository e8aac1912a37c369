"""The .docx backend on the generated cases in samples/cases/docx.

Each case file comes with the source text it was built from
(<case>.expected.txt, written by samples/cases/make_docx_cases.py); every case
must read back to it, and each case also checks the structure it exists for.
"""

from __future__ import annotations

import zipfile
from functools import cache
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_SECTION

from extractors import read_file
from extractors.model import Block, Document
from extractors.settings import DEFAULT_SETTINGS
from extractors.word.reader import read
from pipeline.accuracy import char_accuracy

CASES_DIR = Path(__file__).resolve().parents[1] / "samples" / "cases" / "docx"
CASE_NAMES = sorted(p.stem for p in CASES_DIR.glob("*.docx"))


@cache
def read_case(name: str) -> Document:
    return read(CASES_DIR / f"{name}.docx", DEFAULT_SETTINGS)


def expected_text(name: str) -> str:
    return (CASES_DIR / f"{name}.expected.txt").read_text(encoding="utf-8")


def all_blocks(blocks: list[Block]):
    """Every block, depth first, including those inside table cells."""
    for b in blocks:
        yield b
        for row in b.rows or []:
            for cell in row:
                yield from all_blocks(cell.blocks)


def spans(table: Block) -> list[list[tuple[int, int]]]:
    return [[(c.row_span, c.col_span) for c in row] for row in table.rows]


def labels(doc: Document) -> list[str]:
    return [b.numbering for b in doc.blocks if b.numbering is not None]


def test_all_cases_are_present():
    assert len(CASE_NAMES) >= 10
    for name in CASE_NAMES:
        assert (CASES_DIR / f"{name}.expected.txt").is_file(), name


@pytest.mark.parametrize("name", CASE_NAMES)
def test_case_reads_back_its_source_text(name):
    doc = read_case(name)
    assert char_accuracy(expected_text(name), doc.text()) >= 0.998


@pytest.mark.parametrize("name", CASE_NAMES)
def test_document_and_block_provenance(name):
    doc = read_case(name)
    path = str(CASES_DIR / f"{name}.docx")
    assert doc.ok and doc.format == "docx" and doc.pages == [] and doc.path == path
    assert doc.read_by == ["docx"]
    for b in all_blocks(doc.blocks):
        assert b.source == path and b.page is None and b.read_by == "docx"
        assert b.text and b.text == b.text.strip()
        assert b.region in ("body", "header", "footer")


def test_read_file_dispatches_docx_to_this_backend():
    doc = read_file(CASES_DIR / "interleaved_body.docx")
    assert doc.ok and doc.format == "docx"
    assert doc.text() == read_case("interleaved_body").text()


def test_stale_page_count_in_app_xml_is_not_trusted():
    # python-docx's template and LibreOffice's headless save both say <Pages>1</Pages>
    # with <Words>0</Words>: statistics never computed, so no page count is reported.
    for case in ("interleaved_body", "libreoffice_roundtrip"):
        with zipfile.ZipFile(CASES_DIR / f"{case}.docx") as zf:
            app = zf.read("docProps/app.xml").decode()
        assert "<Pages>1</Pages>" in app and "<Words>0</Words>" in app
        assert read_case(case).page_count is None


def test_page_count_from_app_xml_when_word_counted_it(tmp_path):
    src = CASES_DIR / "interleaved_body.docx"
    out = tmp_path / "counted.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/app.xml":
                data = data.replace(b"<Pages>1</Pages>", b"<Pages>7</Pages>").replace(
                    b"<Words>0</Words>", b"<Words>2310</Words>"
                )
            zout.writestr(item, data)
    from extractors.settings import DEFAULT_SETTINGS
    from extractors.word import reader as docx_reader

    assert docx_reader.read(out, DEFAULT_SETTINGS).page_count == 7


def test_interleaved_body_keeps_true_order_and_heading_cues():
    doc = read_case("interleaved_body")
    kinds = [b.kind for b in doc.blocks]
    assert kinds == [
        "paragraph", "paragraph", "heading", "paragraph", "table", "heading", "paragraph",
        "heading", "paragraph", "heading", "paragraph", "table", "paragraph",
    ]  # fmt: skip
    title, _project, h1 = doc.blocks[:3]
    assert title.bold is True and title.font_size == 20.0 and title.style == "Normal"
    assert h1.style == "Heading 1" and h1.outline_level == 0 and h1.bold is True
    h2 = doc.blocks[7]
    assert h2.text == "กลุ่มเป้าหมาย" and h2.style == "Heading 2" and h2.outline_level == 1
    # A heading made only by a direct w:outlineLvl on a Normal paragraph.
    direct = doc.blocks[9]
    assert direct.text == "วิธีดำเนินการ" and direct.style == "Normal" and direct.outline_level == 0
    body = doc.blocks[3]
    assert body.bold is False and body.font_size == 16.0 and body.outline_level is None
    assert doc.blocks[4].rows[1][1].text == "ร้อยละ ๙๐"


def test_merged_cells_appear_once_with_their_spans():
    doc = read_case("tables_merged_nested")
    table = doc.blocks[1]
    assert spans(table) == [
        [(1, 1), (1, 2)],
        [(3, 1), (1, 1), (1, 1)],
        [(1, 1), (1, 1)],
        [(1, 1), (1, 1)],
        [(1, 2), (1, 1)],
    ]
    text = doc.text()
    for once in ("กิจกรรมที่ ๑ อบรมครู", "รายละเอียดค่าใช้จ่าย", "รวมทั้งสิ้น"):
        assert text.count(once) == 1, once


def test_nested_table_is_a_table_block_inside_its_cell():
    table = read_case("tables_merged_nested").blocks[1]
    nested_cell = table.rows[1][2]
    assert [b.kind for b in nested_cell.blocks] == ["table"]
    nested = nested_cell.blocks[0]
    assert [[c.text for c in row] for row in nested.rows] == [["ค่าวิทยากร", "๓๖,๐๐๐"], ["ค่าอาหาร", "๖๐,๐๐๐"]]
    assert read_case("tables_merged_nested").text().count("ค่าวิทยากร") == 1


def test_content_controls_at_every_level_are_read_once():
    doc = read_case("content_controls")
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph", "paragraph", "table", "table", "paragraph"]
    assert doc.blocks[2].text == "ผู้รับผิดชอบโครงการ: นางสาวสมใจ ใจดี ตำแหน่ง ครูชำนาญการพิเศษ"
    quarters = doc.blocks[4]
    assert [[c.text for c in row] for row in quarters.rows] == [
        ["ไตรมาส", "ผลการเบิกจ่าย"],
        ["ไตรมาสที่ ๑", "ร้อยละ ๓๐"],
        ["ไตรมาสที่ ๒", "ร้อยละ ๕๕"],
    ]
    text = doc.text()
    for once in ("นางสาวสมใจ", "ตัวชี้วัด", "ไตรมาสที่ ๒", "ร้อยละ ๕๕"):
        assert text.count(once) == 1, once


def test_text_boxes_follow_their_anchor_and_are_read_once():
    doc = read_case("text_boxes")
    texts = [b.text for b in doc.blocks]
    anchor = texts.index("ตามที่ปรากฏในกล่องข้อความ")
    assert texts[anchor + 1 : anchor + 3] == ["กล่องข้อความ: ผลสำเร็จร้อยละ ๙๕", "ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๗"]
    whole = doc.text()
    # The wps box has a VML copy (mc:Fallback): only one branch is read.
    for once in ("ผลสำเร็จร้อยละ ๙๕", "e-budget", "ลงชื่อ ผู้อำนวยการโรงเรียน"):
        assert whole.count(once) == 1, once


def test_tracked_changes_read_as_accepted():
    doc = read_case("tracked_changes")
    text = doc.text()
    assert doc.blocks[0].text == "งบประมาณที่ได้รับ ๒๕๐,๐๐๐ บาท จากสำนักงาน"
    for deleted in ("๒๐๐,๐๐๐", "ข้อความที่ถูกลบทั้งย่อหน้า", "แถวที่ถูกลบ"):
        assert deleted not in text, deleted
    assert text.count("ย่อหน้าที่ถูกย้ายไปท้ายเอกสาร") == 1
    assert doc.blocks[-1].text == "ย่อหน้าที่ถูกย้ายไปท้ายเอกสาร"
    assert [[c.text for c in row] for row in doc.blocks[2].rows] == [["กิจกรรม", "จำนวน"], ["อบรมครู", "๑๒๐"]]


def test_fields_keep_results_never_instructions():
    doc = read_case("fields_and_inline")
    text = doc.text()
    for instruction in ("TOC", "\\o", "DATE", "MERGEFIELD", "IF", "ประเภท", "ตารางที่ ๒"):
        assert instruction not in text, instruction
    texts = [b.text for b in doc.blocks]
    # The table of contents field spans three paragraphs: all three results are kept.
    assert texts[:3] == ["๑. หลักการและเหตุผล\t๑", "๒. วัตถุประสงค์\t๒", "๓. ผลการดำเนินงาน\t๓"]
    assert "รายงาน ณ วันที่ ๑๕ มกราคม ๒๕๖๘" in texts
    assert "ดูรายละเอียดในตารางที่ ๑ของรายงาน" in texts


def test_inline_markup_hyperlinks_tabs_breaks_symbols():
    texts = [b.raw_text for b in read_case("fields_and_inline").blocks]
    assert "เว็บไซต์ ระบบติดตามผลโครงการ จังหวัด กรุงเทพมหานคร" in texts
    assert "ลำดับ\tรายการ\nบรรทัดที่สอง" in texts
    assert "โทร ๐๒-๑๒๓๔๕๖๗ ✓ ส่งแล้ว" in texts


def test_text_is_normalised_and_raw_text_kept():
    block = read_case("fields_and_inline").blocks[-1]
    assert block.raw_text == "ผลการด\u0e4d\u0e32เนิน\u200bงานประจ\u0e4d\u0e32ปี"
    assert block.text == "ผลการดำเนินงานประจำปี"


def test_thai_numbering_labels_are_rendered():
    doc = read_case("numbering_thai")
    assert labels(doc) == [
        "๑.", "๒.", "๒.๑", "๒.๒", "(ก)", "(ข)", "๒.๓", "(ก)", "๓.",
        "(1)", "(2)", "a)", "b)", "(3)", "•", "•", "(1)", "(2)", "๔.", "ข้อ ๑", "ข้อ ๒",
    ]  # fmt: skip
    first = doc.blocks[0]
    assert first.kind == "heading" and first.text == "๑.\tหลักการและเหตุผล" and first.outline_level == 0
    item = doc.blocks[3]
    assert item.kind == "list_item" and item.text == "๒.๑\tเพื่อพัฒนาศักยภาพครู"
    assert doc.blocks[-1].text == "ข้อ ๒ นักเรียนได้รับประโยชน์"


def test_headers_and_footers_are_marked_and_kept_apart():
    doc = read_case("headers_footers")
    regions = [b.region for b in doc.blocks]
    assert regions == ["header"] * 4 + ["body"] * 4 + ["footer"]
    headers = [b.text for b in doc.blocks if b.region == "header"]
    assert headers == [
        "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา เขต ๑",
        "เอกสารหลักฐานประกอบการประเมิน",
        "รายงานผลการดำเนินงาน (หน้าคู่)",
        "ส่วนที่ ๒ ผลการดำเนินงาน",
    ]
    # Both sections use the same footer part: it is read once.
    assert [b.text for b in doc.blocks if b.region == "footer"] == ["หน้า ๑"]
    assert "เอกสารหลักฐาน" not in doc.text()
    assert "เอกสารหลักฐาน" in doc.text(include_headers=True)


def test_libreoffice_written_file():
    path = CASES_DIR / "libreoffice_roundtrip.docx"
    with zipfile.ZipFile(path) as zf:
        assert "LibreOffice" in zf.read("docProps/app.xml").decode()
    doc = read_case("libreoffice_roundtrip")
    assert doc.blocks[0].region == "header"
    headings = [b for b in doc.blocks if b.kind == "heading"]
    # LibreOffice saves the thaiNumbers levels as decimal: the labels follow the file.
    assert [h.numbering for h in headings] == ["1.", "2.", "3.", "4.", "5."]
    assert [h.style for h in headings] == ["Heading 1"] * 5
    assert labels(doc)[1:4] == ["1.1", "•", "•"]
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 5
    assert all(spans(t) == [[(1, 1), (1, 2)], [(2, 1), (1, 1), (1, 1)], [(1, 1), (1, 1)]] for t in tables)


def test_long_report_structure():
    doc = read_case("thai_report_long")
    headings = [b for b in doc.blocks if b.kind == "heading"]
    assert [h.numbering for h in headings] == ["๑.", "๒.", "๓.", "๔.", "๕.", "๖.", "๗.", "๘.", "๙."]
    assert sum(b.kind == "table" for b in doc.blocks) == 9
    assert sum(b.kind == "list_item" for b in doc.blocks) == 9 * 4


def test_identical_header_copies_in_separate_parts_are_kept_once(tmp_path):
    # LibreOffice saves one header part per section even when the text is the same.
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "โรงเรียนบ้านหนองบัว"
    d.add_paragraph("ส่วนที่ ๑")
    second = d.add_section(WD_SECTION.NEW_PAGE)
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "โรงเรียนบ้านหนองบัว"
    d.add_paragraph("ส่วนที่ ๒")
    path = tmp_path / "two-headers.docx"
    d.save(path)
    with zipfile.ZipFile(path) as zf:
        assert sum(n.startswith("word/header") for n in zf.namelist()) == 2
    doc = read(path, DEFAULT_SETTINGS)
    assert [(b.region, b.text) for b in doc.blocks] == [
        ("header", "โรงเรียนบ้านหนองบัว"),
        ("body", "ส่วนที่ ๑"),
        ("body", "ส่วนที่ ๒"),
    ]
