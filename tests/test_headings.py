"""Heading recognition on the ways real Thai forms write their headings."""

import pytest

from pipeline.headings import match_heading
from pipeline.lines import Line
from pipeline.rubric import load_rubric

RUBRIC = load_rubric()


def line(text, **cues):
    return Line(text=text, file="f.docx", page=None, kind=cues.pop("kind", "paragraph"), **cues)


@pytest.mark.parametrize(
    "text, key",
    [
        ("หลักการและเหตุผล", "rationale"),
        ("1. หลักการและเหตุผล", "rationale"),
        ("๑. หลักการ เหตุผล ความจำเป็น", "rationale"),
        ("ข้อ ๒ ความเป็นมาและความสำคัญของปัญหา", "rationale"),
        ("(3) ที่มาและความสำคัญ", "rationale"),
        ("2) วัตถุประสงค์", "objectives"),
        ("วัตถุประสงค์ของโครงการ", "objectives"),
        ("3. วิธีดำเนินการ", "actions"),
        ("ขั้นตอนการดำเนินงาน", "actions"),
        ("แผนการดำเนินงาน", "actions"),
        ("๔. ผลที่คาดว่าจะได้รับ", "expected_results"),
        ("ประโยชน์ที่คาดว่าจะได้รับ", "expected_results"),
        ("ผลลัพธ์ที่คาดหวัง", "expected_results"),
        ("5. ผลการดำเนินงาน", "actual_results"),
        ("สรุปผลการดำเนินงาน", "actual_results"),
        ("ผลลัพธ์ที่เกิดขึ้นจริงอย่างเป็นรูปธรรม", "actual_results"),
        ("ชื่อโครงการ", "other"),
        ("ระยะเวลาดำเนินการ", "other"),
        ("กลุ่มเป้าหมาย :", "other"),
        ("งบประมาณ", "other"),
    ],
)
def test_heading_variants(text, key):
    m = match_heading(line(text), RUBRIC)
    assert m is not None, text
    assert m.key == key


def test_actual_results_not_taken_for_actions():
    # ผลการดำเนินงาน contains การดำเนินงาน: anchoring + longest-first must pick actual results.
    assert match_heading(line("ผลการดำเนินงาน"), RUBRIC).key == "actual_results"
    assert match_heading(line("การดำเนินงาน"), RUBRIC).key == "actions"


def test_heading_with_inline_content():
    m = match_heading(line("วัตถุประสงค์ : เพื่อลดระยะเวลารอคอยของผู้รับบริการ"), RUBRIC)
    assert m.key == "objectives" and m.inline and m.rest == "เพื่อลดระยะเวลารอคอยของผู้รับบริการ"


def test_short_tail_with_cue_is_still_a_heading():
    m = match_heading(line("1. วัตถุประสงค์ของโครงการ (Objectives)"), RUBRIC)
    assert m.key == "objectives" and not m.inline


@pytest.mark.parametrize(
    "text",
    [
        "โครงการนี้มีวัตถุประสงค์เพื่อลดขั้นตอนการให้บริการประชาชน",
        "วัตถุประสงค์ของโครงการนี้คือการลดขั้นตอนการให้บริการประชาชนให้เหลือเพียงสองขั้นตอน",
        "(ให้อธิบายหลักการและเหตุผลของโครงการโดยย่อ)",
        "ผลการดำเนินงานในไตรมาสแรกเป็นไปตามแผนที่กำหนดไว้ทุกประการ และมีผู้ใช้บริการเพิ่มขึ้น",
    ],
)
def test_sentences_that_mention_a_section_are_not_headings(text):
    assert match_heading(line(text), RUBRIC) is None


def test_label_cell_is_a_heading_cue():
    m = match_heading(line("วัตถุประสงค์ของนวัตกรรมนี้", in_label_cell=True), RUBRIC)
    assert m is not None and m.key == "objectives"


@pytest.mark.parametrize(
    "text, key, form",
    [
        ("๑. ที่มาและเหตุผล", "rationale", None),
        ("I. บทนำ/ความเป็นมา", "rationale", None),
        ("ส่วนที่ ๓ การดำเนินงาน/ขั้นตอน", "actions", None),
        ("4. วิธีการและขั้นตอนการดำเนินงาน", "actions", None),
        ("VI. ผลผลิต/ผลลัพธ์ที่เกิดขึ้นจริง", "actual_results", None),
        ("Background / ความเป็นมา", "rationale", None),
        ("Objectives / วัตถุประสงค์", "objectives", None),
        ("3. ผลผลิต/ผลลัพธ์", "actual_results", "report"),  # in a summary report, results are actual
    ],
)
def test_headings_composed_from_a_sections_vocabulary(text, key, form):
    m = match_heading(line(text), RUBRIC, form)
    assert m is not None and m.key == key, (text, m)


@pytest.mark.parametrize(
    "text, form",
    [
        ("3. ผลผลิต/ผลลัพธ์", "form4"),  # in a proposal it could be expected or actual: not named
        ("1. รายชื่อคณะกรรมการประเมินความพึงพอใจ", None),  # words outside every section's vocabulary
        ("ผลที่คาดว่าจะได้รับจริง", None),  # expected and actual words together: forbidden mix
    ],
)
def test_ambiguous_or_foreign_words_name_no_section(text, form):
    assert match_heading(line(text), RUBRIC, form) is None


def test_cells_of_a_data_table_are_not_headings():
    header = dict(kind="table-cell", row_cells=4, table_row=0)
    assert match_heading(line("ผู้รับผิดชอบ", cell_index=3, **header), RUBRIC) is None
    assert match_heading(line("ระยะเวลา", cell_index=2, **header), RUBRIC) is None
    # ...but a numbered form row "1 | หลักการและเหตุผล | <content>" keeps its label.
    m = match_heading(line("หลักการและเหตุผล", cell_index=1, row_numbered=True, row_cells=3, kind="table-cell"), RUBRIC)
    assert m is not None and m.key == "rationale"


def test_english_gloss_after_a_long_thai_heading():
    m = match_heading(line("ความเป็นมาและหลักการเหตุผล (Background and Rationale)", bold=True), RUBRIC)
    assert m is not None and m.key == "rationale"


def test_a_data_tables_header_row_is_not_a_form_label():
    from pipeline.sections import find_sections

    def cell(text, index):
        return Line(
            text=text,
            file="f.docx",
            page=None,
            kind="table-cell",
            in_label_cell=index == 0,
            table_row=0,
            row_cells=2,
            cell_index=index,
        )

    lines = [
        line("๖. วิธีการดำเนินการ", bold=True),
        cell("ขั้นตอนการดำเนินงาน", 0),
        cell("ระยะเวลา", 1),
        Line(
            text="๑) ประชุมชี้แจงและแต่งตั้งคณะทำงานพัฒนานวัตกรรม",
            file="f.docx",
            page=None,
            kind="table-cell",
            in_label_cell=True,
            table_row=1,
            row_cells=2,
            cell_index=0,
        ),
        Line(text="ตุลาคม ๒๕๖๖", file="f.docx", page=None, kind="table-cell", table_row=1, row_cells=2, cell_index=1),
        line("๗. งบประมาณ", bold=True),
    ]
    found = find_sections(lines, RUBRIC)
    assert [o.key for o in found] == ["actions"]
    assert found[0].body[:2] == ["ขั้นตอนการดำเนินงาน", "ระยะเวลา"] and len(found[0].body) == 4


def test_headings_of_other_parts_end_a_section():
    m = match_heading(line("ปัญหาและข้อเสนอแนะ", bold=True), RUBRIC)
    assert m is not None and m.key == "other"


@pytest.mark.parametrize(
    "text, key, entry",
    [
        # Tesseract dropped the tone marks (blind_sections4/11, blind_sections3/12 scans)
        ("๑.๑ ทีมาของโครง การ", "rationale", "ที่มาของโครงการ"),
        ("๒. สิงที่ได้ดำเนินการ : ในไตรมาสที่ ๒ ศูนย์ได้จัดหน่วยสัญจร", "actions", "สิ่งที่ได้ดำเนินการ"),
    ],
)
def test_heading_whose_tone_marks_ocr_dropped_is_found_as_a_near_spelling(text, key, entry):
    m = match_heading(line(text), RUBRIC)
    assert m is not None and (m.key, m.reason) == (key, "near_spelling") and entry in (m.entry, m.lexicon), m
    assert m.score < 1.0
    if ":" in text:
        assert m.rest == text.partition(":")[2].strip()  # content after the colon kept as written


def test_tone_restoration_leaves_a_word_the_rubric_does_not_know_alone():
    assert match_heading(line("๓. สิงของที่ได้รับบริจาค", bold=True), RUBRIC) is None


@pytest.mark.parametrize(
    "text, key",
    [
        ("1. การคัดเลือกหัวข้อและเหตุผลในการเลือก", "rationale"),  # a QC story's first step
        ("สภาพปัญหาของพื้นที่และความจำเป็นที่ต้องดำเนินการ", "rationale"),
    ],
)
def test_second_phrase_after_and_names_the_section_when_the_first_names_nothing(text, key):
    m = match_heading(line(text, bold=True), RUBRIC)
    assert m is not None and (m.key, m.reason) == (key, "head_words"), m


@pytest.mark.parametrize("text", ["ระยะเวลาและสถานที่ดำเนินการ", "งบประมาณและแผนการใช้จ่าย", "กลุ่มเป้าหมายและวิธีการคัดเลือก"])
def test_first_phrase_of_another_part_keeps_the_line_that_parts(text):
    m = match_heading(line(text, bold=True), RUBRIC)
    assert m is None or m.key == "other", m


def test_problems_before_the_change_are_the_rationale_problems_met_are_not():
    before = match_heading(line("๑. ปัญหาหรือความท้าทายก่อนการพัฒนา", bold=True), RUBRIC)  # รางวัลเลิศรัฐ form
    assert before is not None and before.key == "rationale", before
    met = match_heading(line("๕. ปัญหาและอุปสรรค", bold=True), RUBRIC)
    assert met is not None and met.key == "other", met


def test_a_compound_of_section_words_is_a_core_word():
    from dataclasses import replace

    from pipeline.headings import lexicon_vocabulary

    vocab = lexicon_vocabulary(RUBRIC)["expected_results"]
    from pipeline.headings import _is_core

    assert _is_core("ผลประโยชน์", replace(vocab, core=vocab.core - {"ผลประโยชน์"}))
    assert not _is_core("ที่ได้", vocab)


@pytest.mark.parametrize(
    "text, key",
    [
        ("6. Check Results / การตรวจสอบผล", "actual_results"),  # a QC story's step (blind_sections3/06)
        ("2. Activity Plan / แผนการดำเนินกิจกรรม", "actions"),
    ],
)
def test_an_english_gloss_names_the_section_by_its_last_word(text, key):
    m = match_heading(line(text, bold=True), RUBRIC, "report")
    assert m is not None and m.key == key, m


def test_an_english_head_the_vocabulary_lacks_names_nothing():
    assert match_heading(line("4. Cause Analysis / การวิเคราะห์หาสาเหตุ", bold=True), RUBRIC, "report") is None


@pytest.mark.parametrize(
    "text, key",
    [
        ("3. Target Setting / การตั้งเป้าหมาย", "expected_results"),  # a QC story's step (blind_sections3/06)
        ("๒. การกำหนดวัตถุประสงค์", "objectives"),
    ],
)
def test_the_act_of_setting_a_sections_heading_is_that_section(text, key):
    m = match_heading(line(text, bold=True), RUBRIC, "report")
    assert m is not None and (m.key, m.reason) == (key, "head_words"), m


@pytest.mark.parametrize("text", ["การคัดเลือกกลุ่มเป้าหมาย", "การใช้งบประมาณ", "การคัดเลือกหัวข้อ"])
def test_the_act_of_handling_another_part_names_no_section(text):
    m = match_heading(line(text, bold=True), RUBRIC, "report")
    assert m is None or m.key == "other", m


def test_a_thai_letter_with_a_sub_number_is_a_sub_item_not_the_letter_item():
    from pipeline.headings import numbering_of

    assert numbering_of("ค. กิจกรรมและวิธีดำเนินงาน") == ("letter-dot", 3)
    assert numbering_of("ค.๑ วิเคราะห์กระบวนงานเดิม") is None  # under ค, not ค again: "ง." after it is the next heading


def test_a_gloss_that_names_a_section_whole_beats_a_loose_thai_head():
    m = match_heading(line("5. ผลที่มุ่งหวัง (Expected Outcomes)", bold=True), RUBRIC, "report")
    assert m is not None and (m.key, m.reason) == ("expected_results", "english_gloss"), m


def test_problems_before_the_change_with_their_content_on_the_line():
    m = match_heading(line("(๓) ปัญหาที่พบก่อนพัฒนา : ประชาชนที่มาติดต่อขอจดทะเบียนต้องมาหลายครั้ง"), RUBRIC)
    assert m is not None and m.key == "rationale" and m.rest.startswith("ประชาชน"), m
