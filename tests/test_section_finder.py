"""The section finder on the ways real agencies write (issue 12): compound and
damaged headings, English glosses, inferred headings, sub-sections, template
text told from content, and near misses shown instead of "no heading found"."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from pipeline.check import check_submission
from pipeline.content_status import judge_body
from pipeline.headings import OTHER, match_heading
from pipeline.lines import Line, is_grid_row
from pipeline.rubric import load_rubric
from pipeline.sections import find_sections

RUBRIC = load_rubric()


def line(text, **cues):
    return Line(text=text, file="f.pdf", page=1, kind=cues.pop("kind", "paragraph"), **cues)


@pytest.mark.parametrize(
    "text, key",
    [
        ("๔. สภาพปัจจุบัน/หลักการและเหตุผล", "rationale"),  # vocational-education proposal form
        ("๗. กิจกรรมและหรือขั้นตอนการดำเนินการ/ระยะเวลา/สถานที่", "actions"),
        ("3. กระบวนการผลิตผลงาน หรือขั้นตอนการดำเนินงาน", "actions"),
        ("ตอนที่ 3 กระบวนการผลิตงาน / ขั้นตอนการดำเนินงาน", "actions"),
        ("ตอนที่ 6 ลักษณะและรูปแบบกิจกรรม/ระยะเวลา", "actions"),
    ],
)
def test_compound_heading_is_named_by_the_part_that_names_a_section(text, key):
    m = match_heading(line(text), RUBRIC)
    assert m is not None and m.key == key and m.reason == "compound"


def test_a_list_item_with_a_slash_is_not_a_compound_heading():
    # "6 รูป/กิจกรรม": a count and a slash inside an instruction, not "กิจกรรม" as a heading
    m = match_heading(line("7) รูปภาพประกอบกิจกรรม พร้อมคำบรรยาย จำนวน 6 รูป/กิจกรรม (ไฟล์ภาพ)", bold=True), RUBRIC)
    assert m is None or m.key != "actions"


@pytest.mark.parametrize(
    "text, key",
    [
        ("ซ.๓ ขึ้นตอนการดำเนินงาน", "actions"),  # OCR: ๗ read as ซ, ั read as ึ
        ("a. ผลที่คาดว่าจะได้รับ", "expected_results"),  # OCR: ๙ read as a
        ("๒. เป้าหมาย และตัวขี้วัดความสำเร็จ", "expected_results"),  # ช read as ข: still an inferred target heading
    ],
)
def test_heading_damaged_by_ocr_is_still_found(text, key):
    m = match_heading(line(text), RUBRIC)
    assert m is not None and m.key == key


def test_near_spelling_needs_one_nearest_section_and_a_long_entry():
    m = match_heading(line("1. ขึ้นตอนการดำเนินงาน"), RUBRIC)
    assert m.reason == "near_spelling" and 0.9 <= m.score < 1
    assert match_heading(line("1. วิธีกร"), RUBRIC) is None  # short entries are spelt exactly or not at all


def test_english_gloss_names_the_section_the_thai_words_do_not():
    m = match_heading(line("4. เป้าหมายความสำเร็จของโครงการ (expected outcome)", bold=True), RUBRIC)
    assert (m.key, m.reason, m.inferred) == ("expected_results", "english_gloss", False)


def _sections(texts, **cues):
    return find_sections([line(t, **cues) for t in texts], RUBRIC)


def test_targets_with_a_qualitative_target_stand_for_expected_results():
    found = _sections(
        [
            "๖. เป้าหมาย",
            "๖.๑ เชิงปริมาณ",
            "- นักศึกษา จำนวน ๓๒ คน",
            "๖.๒ เชิงคุณภาพ",
            "- นักศึกษาร้อยละ ๘๐ ผ่านการประเมินสมรรถนะระดับดีขึ้นไป และผู้รับบริการพึงพอใจระดับมาก",
        ]
    )
    assert [(o.key, o.inferred) for o in found] == [("expected_results", True)]


def test_a_target_that_only_counts_participants_is_a_target_group():
    assert _sections(["ข้อ ๓ เป้าหมาย : นักเรียนชั้นมัธยมศึกษาปีที่ ๑ จำนวน ๑๑๘ คน (๔ ห้องเรียน)"]) == []


def test_sub_sections_belong_to_their_section():
    found = _sections(
        [
            "3. กระบวนการผลิตผลงาน หรือขั้นตอนการดำเนินงาน",
            "ขั้นตอนที่ 1 ประชุมร่วมกับกลุ่มและสำรวจวัตถุดิบในชุมชน",
            "3.1 การเตรียมการ",
            "จัดซื้อวัสดุ สารเคมี และแม่พิมพ์ ประสานสำนักงานสาธารณสุข",
            "3.2 การดำเนินงานตามกิจกรรม",
            "การอบรมครั้งที่ 1 เน้นการสกัดด้วยน้ำและเอทานอล",
            "3.3 ระยะเวลาดำเนินการ",
            "มกราคม ถึง มีนาคม 2567",
            "4. ผลที่คาดว่าจะได้รับ",
        ]
    )
    actions = [o for o in found if o.key == "actions"]
    assert len(actions) == 1 and "การอบรมครั้งที่ 1" in actions[0].text and "มกราคม ถึง มีนาคม 2567" in actions[0].text


def test_next_heading_of_the_same_level_ends_the_section_whatever_its_title():
    found = _sections(
        [
            "4.\tผลการดำเนินงานตามตัวชี้วัด",
            "ผู้เข้าร่วมโครงการ 45 คน คิดเป็นร้อยละ 90 ของเป้าหมาย",
            "5\tปัญหา/อุปสรรคและแนวทางแก้ไข..........",
            "ไม่มีผู้ดูแลระบบในวันหยุดราชการ จึงต้องจัดเวร",
        ]
    )
    assert "ไม่มีผู้ดูแลระบบ" not in found[0].text


def test_a_body_list_going_on_is_not_the_next_heading():
    found = _sections(
        [
            "3. วิธีดำเนินการ",
            "1. ประชุมชี้แจงคณะทำงาน",
            "2. ออกแบบแบบฟอร์มออนไลน์",
            "3. ทดลองใช้กับผู้รับบริการ",
            "4. ประเมินผลและปรับปรุง",
        ]
    )
    assert "ประเมินผลและปรับปรุง" in found[0].text


RULE = RUBRIC.sections["expected_results"]


@pytest.mark.parametrize(
    "body",
    [
        ["(นำผลที่คาดว่าจะได้รับตามข้อเสนอโครงการมาเขียน)", "1.", "2.", "3."],
        ["9.1 นำความสำเร็จที่คาดหวังตามข้อ 6 มาเขียน", "9.2"],
        ["(นำผลที่เกิดขึ้นจริงเปรียบเทียบกับความสำเร็จที่คาดหวังตามข้อ ๖ มาเขียน) ......................"],
        ["๓.๑ เชิงปริมาณ ............................", "๓.๒ เชิงคุณภาพ ............................"],
        ["6.1 เชิงปริมาณ", "6.2 เชิงคุณภาพ"],
        [
            "เชิงปริมาณ : ...........",
            "ผู้เข้าร่วมกิจกรรมนำความรู้ใช้ประโยชน์ ร้อยละ.......",
            "ผลการดำเนินงาน ร้อยละ ......",
            "จำนวนโครงการ/กิจกรรม",
            "ผลการดำเนินงาน........................",
        ],
        ["Please describe the expected outcomes of the project (ระบุผลที่คาดว่าจะได้รับ)"],
        ["หมายเหตุ กรุณากรอกข้อมูลให้ครบทุกช่อง และส่งภายในวันที่ ๓๐ มิถุนายน ๒๕๖๗", "ผู้ประสานงาน .......... โทร. ........"],
        ["บรรลุ", "ไม่บรรลุ", "บรรลุ", "ไม่บรรลุ", "บรรลุ", "ไม่บรรลุ", "ค่าเฉลี่ย ."],
    ],
    ids=[
        "instruction-and-bare-numbers",
        "numbered-instruction",
        "instruction-then-leaders",
        "sub-labels-with-leaders",
        "sub-labels-alone",
        "labels-between-blanks",
        "english-instruction",
        "note-to-filler",
        "tick-box-options",
    ],
)
def test_unfilled_template_is_placeholder(body):
    assert judge_body(body, RULE, RUBRIC).status == "placeholder"


@pytest.mark.parametrize(
    "body",
    [
        ["๓.๑ เชิงปริมาณ นักเรียน ๑๒๐ คน ได้รับการคัดกรอง", "๓.๒ เชิงคุณภาพ นักเรียนร้อยละ ๘๕ มีภาวะโภชนาการปกติ"],
        ["ผู้เข้าร่วมกิจกรรมนำความรู้ใช้ประโยชน์ ร้อยละ ...85...", "ความพึงพอใจเฉลี่ย 4.52 ระดับมากที่สุด เพิ่มขึ้นจากปีก่อน"],
    ],
)
def test_filled_template_is_content(body):
    assert judge_body(body, RULE, RUBRIC).status == "ok"


def test_generic_plan_rows_are_template_and_specific_steps_are_content():
    rows = RUBRIC.template_rows
    assert is_grid_row(2, ["1", "ประชุมคณะกรรมการ (Plan)"], 14, True, rows)
    assert is_grid_row(3, ["P – วางแผนการดำเนินงาน"], 4, False, rows)
    assert is_grid_row(1, ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "มี.ค.", "เม.ย."], 12, False, rows)
    # a plan's bars are drawings: a named step with empty month cells is still a step
    assert not is_grid_row(2, ["1.", "เขียนโครงการ"], 14, True, rows)


def _docx(path, paragraphs):
    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    d.save(path)
    return path


FILLED = {
    "objectives": ["2. วัตถุประสงค์", "เพื่อลดระยะเวลารอคอยของผู้รับบริการที่จุดลงทะเบียนและลดการใช้กระดาษในการยื่นคำขอ"],
    "actions": [
        "3. ขั้นตอนการดำเนินงาน",
        "ประชุมคณะทำงาน ออกแบบแบบฟอร์มออนไลน์ ทดลองใช้กับผู้รับบริการ 2 สัปดาห์ "
        "ปรับปรุงตามข้อเสนอแนะ แล้วเปิดใช้จริงทุกจุดบริการ พร้อมติดตามผลรายเดือนโดยคณะทำงาน",
    ],
    "expected": ["4. ผลที่คาดว่าจะได้รับ", "ผู้รับบริการใช้เวลาลงทะเบียนน้อยลงอย่างน้อยครึ่งหนึ่ง และสำนักงานใช้กระดาษลดลง"],
    "actual": [
        "5. ผลการดำเนินงาน",
        "ระยะเวลารอคอยเฉลี่ยลดลงจาก 25 นาทีเหลือ 8 นาที ผู้รับบริการพึงพอใจร้อยละ 92 "
        "กระดาษที่ใช้ลดลง 4,800 แผ่นต่อเดือน เมื่อเทียบกับปีงบประมาณก่อน",
    ],
}


def test_missing_section_with_a_near_miss_shows_the_candidate_and_its_score(tmp_path):
    # "หลกัการและเหตผุล": a heading damaged past the finder's allowance (three edits in sixteen)
    paragraphs = ["1. หลกัการและเหตผุล", "สำนักงานมีผู้รับบริการวันละกว่า 300 คน ต้องกรอกแบบฟอร์มกระดาษซ้ำหลายครั้ง"]
    for part in FILLED.values():
        paragraphs += part
    result = check_submission(_docx(tmp_path / "form.docx", paragraphs)).to_dict()
    rationale = result["sections"]["rationale"]
    assert rationale["status"] == "missing"
    assert rationale["candidate"]["heading"] == "1. หลกัการและเหตผุล" and 0.75 <= rationale["candidate"]["score"] < 1
    codes = {(f["code"], f["section"]): f for f in result["flags"]}
    assert ("section_missing", "rationale") not in codes
    flag = codes["section_uncertain", "rationale"]
    assert flag["severity"] == "warning" and "หลกัการและเหตผุล" in flag["message"] and "score" in flag["message"]


def test_inferred_section_is_flagged_for_the_evaluator(tmp_path):
    paragraphs = [
        "1. หลักการและเหตุผล",
        "สำนักงานมีผู้รับบริการวันละกว่า 300 คน ต้องกรอกแบบฟอร์มกระดาษซ้ำหลายครั้ง "
        "ทำให้เสียเวลารอคอยนานและสิ้นเปลืองกระดาษ จึงจำเป็นต้องพัฒนาระบบลงทะเบียนออนไลน์",
    ]
    paragraphs += FILLED["objectives"] + FILLED["actions"] + FILLED["actual"]
    paragraphs += [
        "6. เป้าหมาย",
        "เชิงปริมาณ ผู้รับบริการ 3,000 คน",
        "เชิงคุณภาพ ผู้รับบริการร้อยละ 85 พึงพอใจระดับมากขึ้นไป และระยะเวลารอคอยเฉลี่ยไม่เกิน 10 นาที",
    ]
    result = check_submission(_docx(tmp_path / "form.docx", paragraphs)).to_dict()
    expected = result["sections"]["expected_results"]
    assert expected["status"] == "ok" and expected["inferred"] is True
    flag = next(f for f in result["flags"] if f["code"] == "section_inferred")
    assert flag["section"] == "expected_results" and "เป้าหมาย" in flag["message"]


def test_no_candidate_when_nothing_comes_close(tmp_path):
    paragraphs = [p for part in FILLED.values() for p in part]
    result = check_submission(_docx(tmp_path / "form.docx", paragraphs)).to_dict()
    assert result["sections"]["rationale"]["status"] == "missing"
    assert "candidate" not in result["sections"]["rationale"]
    assert any(f["code"] == "section_missing" and f["section"] == "rationale" for f in result["flags"])


def test_other_headings_close_sections_but_are_never_sections():
    assert match_heading(line("ค่าเป้าหมาย", bold=True), RUBRIC).key == OTHER
    assert match_heading(line("๘. ปัญหา/ข้อเสนอแนะ ........", bold=True), RUBRIC).key == OTHER


@pytest.mark.parametrize(
    "text, key",
    [
        ("ปัญหาและสาเหตุโดยย่อ: หอผู้ป่วยอายุรกรรมหญิงพบแผลกดทับรายใหม่เพิ่มขึ้นทุกไตรมาส", "rationale"),  # CQI storyboard
        ("๒. ปัญหาหรือความต้องการของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย", "rationale"),  # award application
        ("๑. เรื่องเดิม", "rationale"),  # a memo's background
        ("๒. ความมุ่งหมาย", "objectives"),
        ("๔. แนวความคิดในการปฏิบัติ", "actions"),
        ("7. ผลลัพธ์ที่เกิดขึ้นจากการดำเนินงาน CoP", "actual_results"),  # an acronym after the heading
        ("๔. ผลลัพธ์ ผลผลิต และประโยชน์ที่ได้รับ", "actual_results"),
        ("การวัดผลและผลของการเปลี่ยนแปลง:", "actual_results"),
        ("บทที่ ๔ ผลการประเมิน", "actual_results"),
        ("ผลการวิจัย (Results)", "actual_results"),  # English gloss; "Results" without "expected" are obtained
    ],
)
def test_headings_of_other_agencies_forms(text, key):
    m = match_heading(line(text), RUBRIC)
    assert m is not None and m.key == key


def test_a_thai_word_the_vocabulary_lacks_is_not_skipped():
    # "ความสำคัญของหัวข้อเรื่อง" (importance of the topic) is not the project's rationale
    assert match_heading(line("๑. ความสำคัญของหัวข้อเรื่อง"), RUBRIC) is None


@pytest.mark.parametrize(
    "body",
    [
        ["(สำหรับกรอกหลัง", "เสร็จสิ้นโครงการ)"],  # a remark that wrapped
        [
            "☐ บรรลุตามวัตถุประสงค์",
            "☐ ไม่บรรลุตามวัตถุประสงค์ เพราะ ……………………",
            "3. การเบิกจ่ายงบประมาณ",
            "งบประมาณที่ได้รับการอนุมัติ ………………… บาท",
        ],
    ],
    ids=["wrapped-remark", "unticked-options"],
)
def test_more_unfilled_templates(body):
    assert judge_body(body, RUBRIC.sections["actual_results"], RUBRIC).status == "placeholder"


def test_ticked_option_is_an_answer():
    body = ["☑ บรรลุตามวัตถุประสงค์ ผู้เข้าร่วม 120 คน คิดเป็นร้อยละ 96 ความพึงพอใจเฉลี่ย 4.6 จาก 5 คะแนน"]
    assert judge_body(body, RUBRIC.sections["actual_results"], RUBRIC).status == "ok"


def _table(rows):
    from extractors.model import Block, Cell

    def cell(text):
        return Cell(blocks=[Block(kind="paragraph", text=text, raw_text=text, source="f.docx")] if text else [])

    return Block(kind="table", text="", raw_text="", source="f.docx", rows=[[cell(t) for t in row] for row in rows])


def test_indicator_table_with_its_results_column_empty_is_template():
    from pipeline.lines import table_to_lines

    lines = table_to_lines(
        _table(
            [
                ["ตัวชี้วัด", "ค่าเป้าหมาย", "ผลการดำเนินงาน", "บรรลุ/ไม่บรรลุ"],
                ["จำนวน อพม. ที่ได้รับการพัฒนาศักยภาพ", "120 คน", "", "☐ บรรลุ ☐ ไม่บรรลุ"],
            ]
        )
    )
    assert all(ln.grid_text for ln in lines)
    filled = table_to_lines(
        _table([["ตัวชี้วัด", "ค่าเป้าหมาย", "ผลการดำเนินงาน"], ["จำนวน อพม. ที่ได้รับการพัฒนาศักยภาพ", "120 คน", "126 คน"]])
    )
    assert not any(ln.grid_text for ln in filled[3:])


def test_row_whose_answers_are_blanks_is_template():
    from pipeline.lines import is_unfilled_row

    assert is_unfilled_row(["1.", "จำนวนผู้เข้าร่วมโครงการไม่น้อยกว่าร้อยละ 80", "จำนวน..........คน ร้อยละ .", "ค่าเฉลี่ย ."], True)
    assert not is_unfilled_row(["1.", "จำนวนผู้เข้าร่วมโครงการ", "จำนวน....45....คน ร้อยละ 90"], True)


def test_inferred_heading_is_not_used_when_a_heading_names_the_section(tmp_path):
    paragraphs = [p for key in ("objectives", "actions", "actual") for p in FILLED[key]]
    paragraphs += [
        "4. เป้าหมาย",
        "เชิงคุณภาพ ผู้รับบริการร้อยละ 85 พึงพอใจระดับมาก และรอคอยไม่เกิน 10 นาทีต่อราย",
        "9. ผลที่คาดว่าจะได้รับ",
        "……………………………………………………………",
    ]
    result = check_submission(_docx(tmp_path / "form.docx", paragraphs)).to_dict()
    expected = result["sections"]["expected_results"]
    assert expected["status"] == "placeholder" and expected["inferred"] is False


@pytest.mark.parametrize(
    ("text", "cues", "key"),
    [
        # a head phrase naming the section, then words no vocabulary lists (blind_sections3)
        ("สภาพปัญหาของพื้นที่และความจำเป็นที่ต้องดำเนินการ", {"bold": True}, "rationale"),
        ("จุดมุ่งหมายของการฝึก", {"in_label_cell": True}, "objectives"),
        ("ผลที่คาดว่าผู้ผ่านการฝึกจะได้รับ", {"in_label_cell": True}, "expected_results"),
        ("2. กระบวนการพัฒนางาน (Process)", {}, "actions"),  # the segmenter cuts กระบวน|การพัฒนา|งาน
        ("ความสำคัญของผลงานหรือนวัตกรรม", {"bold": True}, "rationale"),
    ],
)
def test_a_heading_named_by_its_head_words(text, cues, key):
    m = match_heading(line(text, **cues), RUBRIC)
    assert m is not None and (m.key, m.reason) == (key, "head_words") and m.score < 1


@pytest.mark.parametrize(
    "text",
    [
        "๑. ความสำคัญของหัวข้อเรื่อง",  # a research topic's importance is not the project's rationale (realworld2)
        "๔. ประโยชน์เชิงนโยบายที่จะได้รับจากการวิจัย",
        "1. วิธีกร",  # a damaged short word, not a head and its qualifier
    ],
)
def test_head_words_need_the_project_as_subject_and_real_qualifiers(text):
    m = match_heading(line(text), RUBRIC)
    assert m is None or m.reason != "head_words"


def test_head_words_never_need_a_cue_less_sentence_or_break_a_numbered_step():
    assert match_heading(line("สภาพปัญหาของพื้นที่และความจำเป็นที่ต้องดำเนินการ"), RUBRIC) is None
    found = _sections(
        [
            "2. การดำเนินงาน",
            "2.1 ประชุมหารือสภาอุตสาหกรรมจังหวัดและผู้แทนนิคมอุตสาหกรรม",
            "2.2 ประเมินผลและสรุปรายงานเสนอสำนักงานประกันสังคม",
            "3. สรุปผลการดำเนินงาน",
            "มีผู้ประกันตนยื่นคำขอผ่านช่องทางใหม่ 11,926 ราย ระยะเวลาพิจารณาลดลงจาก 11 วันเหลือ 5 วัน",
        ]
    )
    actions = next(o for o in found if o.key == "actions")
    assert any("ประเมินผล" in b for b in actions.body)
    assert [o.key for o in found] == ["actions", "actual_results"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("2. เป้าประสงค์ของโครงการ", "objectives"),
        ("๔. ความสำเร็จที่เกิดขึ้น", "actual_results"),
        ("3. ผลลัพธ์และผลกระทบ (Outcome & Impact)", "actual_results"),
        ("บทที่ ๔ ผลการวิจัยและการให้บริการวิชาการ", "actual_results"),
    ],
)
def test_synonyms_real_offices_use_for_the_five_headings(text, key):
    m = match_heading(line(text), RUBRIC)
    assert m is not None and m.key == key


def test_blank_fields_run_into_one_line_are_a_placeholder():
    from pipeline.content_status import is_placeholder_line

    blank = "(ระบุกิจกรรมหลักและขั้นตอนการดำเนินงานตามลำดับ) กิจกรรมที่ ๑ ........ กิจกรรมที่ ๒ ........ กิจกรรมที่ ๓ ........"
    assert is_placeholder_line(blank, RUBRIC)
    assert not is_placeholder_line("จัดประชุม 3 ครั้ง ...... ผู้เข้าร่วม 120 คน ......", RUBRIC)


def test_a_styled_heading_wrapped_into_a_second_paragraph_keeps_its_body():
    body = (
        "ในปีงบประมาณ ๒๕๖๖ ผู้ส่งออกยื่นขอใบรับรอง ๑๘,๔๐๐ ฉบับ ใช้เวลาเฉลี่ย ๗ วันทำการ และร้อยละ ๑๒ ต้องแก้ไข"
        " เพราะผลวิเคราะห์ส่งมาไม่ครบ ผู้ส่งออกร้องเรียนว่าสินค้าค้างที่ท่าเรือ"
    )
    lines = [
        line("๖.๒ สภาพปัญหาและความท้าทาย", kind="heading"),
        line("ก่อนการปรับปรุงกระบวนการ", kind="heading"),
        line(body),
    ]
    found = find_sections(lines, RUBRIC)
    assert found[0].key == "rationale" and found[0].body == ["ก่อนการปรับปรุงกระบวนการ", body]
    assert found[0].template[0] is True and found[0].status == "ok"  # the title's second line is not content


def test_a_numbered_styled_heading_after_an_empty_one_is_not_its_second_line():
    found = _sections(["๕. ผลที่คาดว่าจะได้รับ", "๖. งบประมาณที่ใช้ในการดำเนินงานทั้งหมด"], kind="heading")
    assert found[0].key == "expected_results" and found[0].body == []


BLIND = Path(__file__).parent / "data"


def test_a_totals_row_under_blank_activity_rows_is_not_content():
    """blind_sections4/02: "4. กิจกรรมหลักและวิธีการดำเนินงาน", an instruction, a table whose rows
    "1." … "4." are empty and "รวม | ๘๕,๐๐๐": the budget total says nothing about the activities."""
    result = check_submission(BLIND / "blind_sections4" / "subs" / "02-thaihealth-smallgrant-partly").to_dict()
    assert result["sections"]["actions"]["status"] == "placeholder"


def test_next_numbered_item_named_by_a_heading_ends_the_section_whatever_follows_it():
    """blind_sections3/09: "ข้อ ๑๐ ผลที่คาดว่าจะได้รับ" with dotted blanks, then
    "ข้อ ๑๑ ผู้รับผิดชอบโครงการ ฝ่ายกีฬาและนันทนาการ …" on one line: that is item 11, not result 10's content."""
    result = check_submission(BLIND / "blind_sections3" / "subs" / "09-pao-youth-sports-partly").to_dict()
    assert result["sections"]["expected_results"]["status"] == "placeholder"


def test_a_step_sentence_with_and_is_not_a_heading():
    step = line("๑) จัดเวทีร่วมกับสมาชิกกลุ่มเพื่อวิเคราะห์ปัญหาและความต้องการ", kind="list_item")
    assert match_heading(step, RUBRIC) is None


def test_a_heading_named_by_head_words_after_a_lettered_sections_sub_items():
    """blind_sections3/10: "ค. กิจกรรมและวิธีดำเนินงาน" with steps "ค.๑ … ค.๔", then "ง. ผลที่คาดว่าจะเกิดขึ้นกับ
    ผู้รับบริการ": ง is the next heading, not an item of the steps' list."""
    found = _sections(
        [
            "ค. กิจกรรมและวิธีดำเนินงาน",
            "ค.๑ วิเคราะห์กระบวนงานเดิมด้วยแผนผังสายธารคุณค่าร่วมกับเจ้าหน้าที่ทุกฝ่ายที่เกี่ยวข้องกับการคืนเงินภาษี",
            "ง. ผลที่ผู้เสียภาษีคาดว่าจะได้รับ",  # named by its head words only
            "ผู้เสียภาษีได้รับเงินคืนเร็วขึ้นอย่างน้อยสามเท่าจากเดิม และไม่ต้องเดินทางมาสำนักงานเพื่อยื่นเอกสารเพิ่มเติม",
        ],
        kind="list_item",
    )
    assert [o.key for o in found] == ["actions", "expected_results"], found


def test_a_poster_laid_out_as_panels_is_read_panel_by_panel():
    """blind_sections5/10: a landscape one-page poster whose table has a row of panel titles
    ("ปัญหาที่เจอ (Pain Point) | เป้าหมายการพัฒนา (Objectives) | เราทำอะไรไปบ้าง (What We Did)") and
    under it a row of bullet lists: each title heads the text below it, not the row beside it."""
    result = check_submission(BLIND / "blind_sections5" / "subs" / "10-statistics-office-poster").to_dict()
    sections = result["sections"]
    assert sections["objectives"]["status"] == "ok"
    assert sections["actual_results"]["status"] == "ok"
    assert sections["expected_results"]["status"] == "missing"


def test_a_data_table_is_not_taken_for_panels():
    from pipeline.lines import panel_rows

    class C:  # a cell: only its text matters here
        def __init__(self, text):
            self.text = text

    rows = [[C("ตัวชี้วัด"), C("ก่อน"), C("หลัง")], [C("ระยะเวลารอคอยเฉลี่ย (นาที)"), C("52"), C("31")]]
    assert panel_rows(rows) == set()
