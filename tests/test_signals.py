"""Quality signals for criterion 2.2 (pipeline/signals.py): evidence with file and page."""

from __future__ import annotations

import pytest

from pipeline.check import check_submission
from pipeline.rubric import load_rubric
from pipeline.signals import SignalInput, TextSource, compute_signals

RUBRIC = load_rubric()
CFG = RUBRIC.signals


def signals(sections=None, lines=(), forms=None, targets=()):
    inp = SignalInput(
        {k: [TextSource("f.docx", 1, t) for t in v] for k, v in (sections or {}).items()},
        [TextSource("f.docx", 2, t) for t in lines],
        forms or {},
        [TextSource("f.docx", 1, t) for t in targets],
    )
    return {s.code: s for s in compute_signals(inp, CFG, RUBRIC.efficiency_topics)}


def test_concrete_figures_count_numbers_percentages_and_before_after_not_years():
    s = signals({"actual_results": ["ระหว่างเดือนเมษายน 2566 ระยะเวลารอลดลงจาก 52 นาทีเหลือ 21 นาที ร้อยละ ๔๖.๓"]})[
        "concrete_figures"
    ]
    assert s.value is True and s.detail["numbers"] == 3 and s.detail["percentages"] == 1
    assert {"ลดลงจาก", "เหลือ"} <= set(s.detail["before_after"]) and s.evidence[0]["file"] == "f.docx"
    assert signals({"actual_results": ["ผู้รับบริการพึงพอใจมาก ในปี 2566"]})["concrete_figures"].value is False


def _ids(items):
    return {m["id"] for m in items}


def test_every_expected_measure_reported_extras_do_not_matter():
    s = signals(
        {
            "expected_results": ["ลดระยะเวลารอคอย และเพิ่มความพึงพอใจ"],
            "actual_results": ["ระยะเวลารอลดลง ความพึงพอใจร้อยละ 90 ใช้กระดาษลดลง 1,200 แผ่น"],
        }
    )["measures_consistent"]
    assert (
        s.value is True
        and _ids(s.detail["reported"]) == {"time", "satisfaction"}
        and _ids(s.detail["extra"]) == {"paper"}
    )


def test_an_expected_measure_not_reported_is_named():
    # expected: electricity cost in baht; reported: only units of electricity
    s = signals(
        {
            "expected_results": ["ค่าไฟฟ้าต่อเดือนลดลงไม่น้อยกว่า 4,000 บาท"],
            "actual_results": ["หน่วยไฟฟ้าที่ซื้อลดลงจาก 3,150 kWh เหลือ 1,980 kWh ต่อเดือน"],
        }
    )["measures_consistent"]
    assert s.value is False and _ids(s.detail["not_reported"]) == {"cost"}
    assert "ค่าไฟฟ้า" in s.evidence[0]["text"]


def test_a_fiscal_year_or_a_project_size_is_not_a_measure():
    s = signals(
        {
            "expected_results": ["ปีงบประมาณ 2566 โครงการวงเงินเกิน 500,000 บาท เปิดเผยข้อมูลครบ และเรื่องร้องเรียนลดลง"],
            "actual_results": ["เรื่องร้องเรียนลดลงจาก 23 เรื่อง เหลือ 6 เรื่อง"],
        }
    )["measures_consistent"]
    assert s.value is True and _ids(s.detail["expected"]) == {"complaints"}


def test_problem_linked_to_objectives_and_target_group():
    s = signals(
        {
            "rationale": ["ผู้ป่วยเบาหวานขาดนัดบ่อย ทำให้ควบคุมน้ำตาลไม่ได้ โรงพยาบาลจึงต้องติดตามผู้ป่วย"],
            "objectives": ["เพื่อลดการขาดนัดของผู้ป่วยเบาหวาน"],
        },
        targets=["กลุ่มเป้าหมาย ผู้ป่วยเบาหวาน 300 ราย"],
    )
    assert s["problem_linked"].value is True and "เบาหวาน" in s["problem_linked"].detail["shared_terms"]


def test_routine_duty_references_and_ticked_innovation_type():
    s = signals(
        lines=[
            "ภารกิจ : **** ภารกิจงานประจำของหน่วยงาน ****",
            "ที่มา : รายงานสถิติ สำนักงานเขต",
            "☐ นวัตกรรมเชิงนโยบาย ☑ นวัตกรรมการบริการ ☐ นวัตกรรมการบริหาร",
        ],
        forms={"ภาพ.jpg": "photo", "แบบฟอร์ม 4.pdf": "form4"},
    )
    assert s["routine_duty"].value is True and "ภารกิจงานประจำ" in s["routine_duty"].evidence[0]["text"]
    assert s["references"].value is True and s["references"].detail["files"] == ["ภาพ.jpg"]
    assert s["innovation_type"].value == ["service"] and s["innovation_type"].detail["ticked"] is True
    assert s["innovation_type"].detail["types"][0]["title_en"] == "Service innovation"


def test_a_definition_list_of_all_types_chooses_none():
    line = "นวัตกรรมเชิงนโยบาย (Policy Innovation) นวัตกรรมการบริการ (Service Innovation) นวัตกรรมการบริหาร/องค์กร"
    assert signals(lines=[line])["innovation_type"].value == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a box owns the words up to the next box; beside a box the short name is enough
        ("รูปแบบนวัตกรรม ☑ เชิงนโยบาย (Policy Innovation) ☐ การบริการ (Service Innovation) ☐ การบริหาร/องค์กร", ["policy"]),
        ("☐ ด้านนโยบาย ☐ ด้านการบริการ ☑ ด้านการบริหาร/องค์กร", ["administrative"]),
        ("☐ เชิงนโยบาย ☐ การบริการ ☐ การบริหาร/องค์กร", []),  # nothing ticked: not stated
    ],
)
def test_a_ticked_box_states_the_type_it_stands_beside(line, expected):
    s = signals(lines=[line])["innovation_type"]
    assert s.detail["stated"] is bool(expected) and (s.value == expected or s.detail["inferred"])


def test_a_local_government_organisation_in_a_form_title_is_not_a_type():
    title = "แบบนำเสนอผลงานนวัตกรรมองค์กรปกครองส่วนท้องถิ่น ประจำปีงบประมาณ พ.ศ. 2567"
    assert signals(lines=[title])["innovation_type"].detail["stated"] is False


def test_the_agencys_own_energy_cut_is_an_administrative_cue():
    s = signals(
        {
            "rationale": ["โรงพยาบาลมีค่าไฟฟ้าสูง ผู้ป่วยและญาติใช้อาคารตลอดวัน"],
            "actual_results": ["หน่วยไฟฟ้าที่ใช้ลดลงจาก 41,200 หน่วย เหลือ 33,900 หน่วย น้ำประปาลดลง 1,250 ลูกบาศก์เมตร"],
        }
    )["innovation_type"]
    assert s.value == ["administrative"] and s.detail["inferred"] is True
    assert any("ไฟฟ้า" in cue for cue in s.detail["cues"]["administrative"])


def test_efficiency_topics_from_the_rubric_lexicon():
    s = signals({"actions": ["พัฒนาระบบออนไลน์ร่วมกับสำนักงานที่ดินจังหวัด ตามบันทึกข้อตกลงความร่วมมือ (MOU)"]})
    topics = s["efficiency_topics"]
    assert {"pm_it", "g2_cooperation"} <= set(topics.value) and topics.detail["topics"][0]["title_th"]


def test_a_saving_counts_where_the_actual_results_report_it():
    promised = signals({"objectives": ["เพื่อลดการใช้กระดาษและค่าใช้จ่ายของสำนักงาน"]})["efficiency_topics"]
    assert not {"pm_paper", "pm_budget"} & set(promised.value)
    reported = signals({"actual_results": ["กระดาษที่เบิกใช้ลดลงจาก 410 รีม เหลือ 205 รีม"]})["efficiency_topics"]
    paper = next(t for t in reported.detail["topics"] if t["id"] == "pm_paper")
    assert "กระดาษ … ลดลง" in paper["keywords"] and reported.evidence


def test_every_signal_has_code_value_and_located_evidence_on_a_sample():
    data = check_submission("samples/inbox/2566/bangrak").to_dict()
    by_code = {s["code"]: s for s in data["signals"]}
    assert set(by_code) == {
        "concrete_figures",
        "measures_consistent",
        "problem_linked",
        "references",
        "routine_duty",
        "innovation_type",
        "efficiency_topics",
    }
    assert by_code["concrete_figures"]["value"] is True
    for sig in data["signals"]:
        for ev in sig["evidence"]:
            assert set(ev) == {"file", "page", "text"} and ev["text"]


def test_evidence_excerpts_start_and_end_on_thai_word_boundaries():
    from pipeline.signals import SNIPPET, _excerpt

    text = "จังหวัดระยองจึงเห็นความจำเป็นในการออกแบบบริการเชิงรุก " * 6
    for start in range(SNIPPET, SNIPPET + 40):
        got = _excerpt(text, start, start + 5)
        assert (
            got[0]
            not in "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e32\u0e33"
        )
        assert got.replace(" ", "") in text.replace(" ", "") * 2
        assert got.split()[0].startswith(
            (
                "จังหวัด",
                "ระยอง",
                "จึง",
                "เห็น",
                "ความจำเป็น",
                "ใน",
                "การ",
                "ออกแบบ",
                "บริการ",
                "เชิงรุก",
                "ความ",
                "จำเป็น",
                "ออก",
                "แบบ",
                "เชิง",
                "รุก",
            )
        )


def test_innovation_type_inferred_from_who_benefits_with_cues_and_confidence():
    s = signals(
        {
            "objectives": ["เพื่อให้ประชาชนและผู้รับบริการยื่นคำขอผ่านช่องทางบริการออนไลน์ได้"],
            "actual_results": ["ผู้รับบริการ 4,215 รายใช้ช่องทางใหม่ ประชาชนไม่ต้องเดินทางมาที่สำนักงาน"],
        }
    )["innovation_type"]
    assert s.value == ["service"] and s.detail["inferred"] is True and s.detail["stated"] is False
    assert 0 < s.detail["confidence"] <= 1 and "ผู้รับบริการ" in s.detail["cues"]["service"] and s.evidence


def test_internal_work_is_administrative_and_a_new_rule_is_policy():
    admin = signals(
        {
            "objectives": ["เพื่อลดขั้นตอนการลาของบุคลากรและข้าราชการในระบบงานภายใน"],
            "actions": ["พัฒนาระบบการลาออนไลน์สำหรับบุคลากร"],
        }
    )["innovation_type"]
    assert admin.value == ["administrative"]
    policy = signals({"actions": ["ยกร่างประกาศจังหวัดเรื่องมาตรการลดใช้โฟม และออกประกาศให้ส่วนราชการถือปฏิบัติ"]})[
        "innovation_type"
    ]
    assert policy.value == ["policy"]


def test_no_type_when_the_text_does_not_say_what_changes_or_for_whom():
    s = signals({"objectives": ["เพื่อปรับปรุงการทำงานให้ทันสมัย"]})["innovation_type"]
    assert s.value == [] and s.detail["inferred"] is False


def test_saving_topics_are_recognised_by_the_saving_itself():
    s = signals(
        {
            "actual_results": [
                "ระยะเวลารอคอยลดลงจาก 47 นาที เหลือ 18 นาที ค่าใช้จ่ายลดลง 12,000 บาทต่อปี",
                "ใช้กระดาษลดลง 12,600 แผ่น",
            ],
            "objectives": ["เพื่อให้ประชาชนยื่นคำขอผ่านระบบออนไลน์ได้"],
        }
    )["efficiency_topics"]
    assert {"g1_time_saving", "pm_budget", "pm_paper", "pm_it"} <= set(s.value)
    convenience = next(t for t in s.detail["topics"] if t["id"] == "g1_convenience")
    assert convenience.get("implied_by") or convenience["keywords"]


def test_a_reported_time_reduction_is_a_time_saving_for_internal_work_too():
    s = signals(
        {
            "objectives": ["เพื่อลดขั้นตอนการลาของบุคลากรในระบบงานภายใน"],
            "actual_results": ["เวลาที่บุคลากรใช้ยื่นใบลาลดลงจาก 2 วัน เหลือ 10 นาที"],
        }
    )["efficiency_topics"]
    assert {"g1_time_saving", "g1_step_reduction", "g4_efficiency"} <= set(s.value)


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        # the clause's first measure is what was reduced, not the nearest one
        ("ค่าใช้จ่ายค่าถ่ายเอกสารและหมึกพิมพ์ลดลง 68,400 บาทต่อไตรมาส", "pm_budget"),
        ("เจ้าหน้าที่ทั้ง 38 คนปฏิบัติตามแนวทาง หน่วยไฟฟ้าลดลงจากเดือนละ 4,100 หน่วย เหลือ 3,350 หน่วย", "pm_energy"),
        ("น้ำมันเชื้อเพลิงของรถ รพ.สต. ลดลงจาก 1,850 ลิตร เหลือ 820 ลิตร", "pm_energy"),
        # the figure after the cue names it when the clause before does not
        ("ค่าวัสดุการพิมพ์ปีงบประมาณ 2566 ลดลงเหลือ 97,500 บาท", "pm_budget"),
        # repeated work and returned files are duplicated work
        ("สัดส่วนฎีกาที่ต้องส่งคืนแก้ไขลดลงเหลือร้อยละ 4.1", "g1_step_reduction"),
        ("จำนวนครั้งที่ผู้เสียหายต้องให้ข้อมูลซ้ำลดลงจาก 4 ครั้ง เหลือ 1 ครั้ง", "g1_step_reduction"),
    ],
)
def test_a_reduction_is_the_topic_of_the_measure_its_clause_is_about(line, topic):
    assert topic in signals({"actual_results": [line]})["efficiency_topics"].value


@pytest.mark.parametrize(
    "line",
    [
        "ญาติผู้ต้องขังประหยัดค่าเดินทางเฉลี่ย 640 บาทต่อครั้ง",  # the public's money
        "จำนวนวันที่ค่า PM2.5 เฉลี่ย 24 ชั่วโมงเกินมาตรฐานลดลงจาก 41 วัน เหลือ 23 วัน",  # a measured value
        "ใช้งบประมาณโครงการ 186,000 บาท",  # money spent
    ],
)
def test_money_that_is_not_the_agencys_saving_is_not_budget(line):
    assert "pm_budget" not in signals({"actual_results": [line]})["efficiency_topics"].value


def test_method_steps_and_unreadable_attachments_are_not_references():
    steps = signals(
        lines=[
            "ข้อมูลอ้างอิง / เอกสารหลักฐาน",
            "การสำรวจความคิดเห็นของเจ้าหน้าที่ด้วยแบบสอบถาม",
            "การวิเคราะห์สถิติการเบิกจ่ายวัสดุสำนักงาน",
        ]
    )["references"]
    assert steps.value is False
    zero = signals(lines=["ดูผลการสำรวจตามไฟล์แนบ"], forms={"ผลการสำรวจ.pdf": "survey"})
    inp_unreadable = SignalInput({}, [], {"ผลการสำรวจ.pdf": "survey"}, [], unreadable=frozenset({"ผลการสำรวจ.pdf"}))
    r = {s.code: s for s in compute_signals(inp_unreadable, CFG, RUBRIC.efficiency_topics)}["references"]
    assert zero["references"].value is True and r.value is False and r.detail["unreadable_files"] == ["ผลการสำรวจ.pdf"]


def test_named_sources_are_references():
    for line in [
        "พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560",
        "สถิติการให้บริการ สำนักงานประกันสังคม ปี 2565",
        "ข้อมูลปริมาณน้ำ กรมชลประทาน https://water.rid.go.th",
        "มติที่ประชุมหัวหน้าส่วนราชการจังหวัด ครั้งที่ 12/2565 เมื่อวันที่ 20 ธันวาคม 2565",
        "ผลการสำรวจความพึงพอใจผู้รับบริการ จำนวน 380 คน",
    ]:
        assert signals(lines=[line])["references"].value is True, line


def test_routine_duty_and_going_beyond_it():
    assert signals(lines=["งานรับชำระภาษีรถประจำปีเป็นภารกิจงานประจำของหน่วยงาน"])["routine_duty"].value is True
    beyond = signals(lines=["การรับเรื่องร้องเรียนเป็นภารกิจประจำของศูนย์ดำรงธรรม แต่โครงการนี้พัฒนาช่องทางใหม่"])["routine_duty"]
    assert beyond.value is False and beyond.detail["beyond_routine"] == 1
    not_routine = signals(lines=["ผลงานนี้มิใช่การทำงานตามหน้าที่ปกติของกองช่างเพียงอย่างเดียว แต่เป็นการออกแบบกระบวนการใหม่"])
    assert not_routine["routine_duty"].value is False


def test_the_project_document_saved_as_pdf_beside_it_is_not_an_attachment():
    main = "แบบนำเสนอผลงานนวัตกรรม.docx"
    sections = {k: [TextSource(main, 1, "ข้อความของหัวข้อ")] for k in ("rationale", "objectives", "actions")}
    inp = SignalInput(sections, [], {main: "unknown", "แบบนำเสนอผลงานนวัตกรรม.pdf": "unknown"}, [])
    r = {s.code: s for s in compute_signals(inp, CFG, RUBRIC.efficiency_topics)}["references"]
    assert r.value is False and r.detail["files"] == []
    inp = SignalInput(sections, [], {main: "unknown", "ตารางสรุปผล.docx": "unknown"}, [])
    r = {s.code: s for s in compute_signals(inp, CFG, RUBRIC.efficiency_topics)}["references"]
    assert r.value is True and r.detail["files"] == ["ตารางสรุปผล.docx"]


def test_enacting_an_ordinance_in_the_actions_makes_a_policy_innovation():
    s = signals(
        {
            "rationale": ["ครัวเรือนและชุมชนทิ้งขยะโดยไม่คัดแยก"],
            "actions": ["ตราเทศบัญญัติ เรื่อง การจัดการสิ่งปฏิกูลและมูลฝอย ลดค่าธรรมเนียมให้ครัวเรือนที่คัดแยกขยะ"],
            "actual_results": ["ครัวเรือนเข้าร่วม 4,620 ครัวเรือน ชุมชนทุกแห่งตั้งจุดรับขยะ"],
        }
    )["innovation_type"]
    assert s.value == ["policy"] and s.detail["inferred"] is True


@pytest.mark.parametrize(
    ("line", "topic", "present"),
    [
        ("ผู้ใช้น้ำร้อยละ 72 ชำระผ่าน QR Code ไม่มีการเก็บเงินสดตามบ้านอีก", "g3_corruption_prevention", True),
        ("ไม่ต้องใช้แบบฟอร์มกระดาษประมาณ 6,200 แผ่น", "pm_paper", True),
        # a water user is a person: bills disputed by water users are not water saved
        ("ใบแจ้งหนี้ที่ผู้ใช้น้ำโต้แย้งลดลงจากเดือนละ 35 ฉบับ เหลือ 3 ฉบับ", "g5_resources", False),
        # supervisors able to check is not corruption prevention
        ("ผู้บังคับบัญชาตรวจสอบได้ว่าสายตรวจไปถึงจุดจริงเวลาใด", "g3_corruption_prevention", False),
    ],
)
def test_topic_rules_on_wordings_from_the_third_blind_set(line, topic, present):
    assert (topic in signals({"actual_results": [line]})["efficiency_topics"].value) is present


def test_an_expected_result_in_measures_the_lexicon_now_names_must_be_reported():
    s = signals(
        {
            "expected_results": ["ลดการปล่อยก๊าซเรือนกระจกได้ 30 ตันคาร์บอนไดออกไซด์เทียบเท่า"],
            "actual_results": ["ไฟฟ้าที่ซื้อลดลง 52,000 หน่วย ค่าไฟฟ้าลดลง 229,000 บาท"],
        }
    )["measures_consistent"]
    assert s.value is False and [m["id"] for m in s.detail["not_reported"]] == ["emissions"]
