"""One table of the words people read for the product's codes: Thai, with English alongside.

The terminal report, the review web app, the Prefect artifacts and `evidence run`
all take their labels from here, so a status has one name everywhere.  Section
titles are not here: they come from the rubric (`section_titles`), which is
where an office changes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the rubric (YAML, JSON Schema) is loaded only when titles are asked for
    from pipeline.rubric import Rubric

Label = tuple[str, str]  # (Thai, English)

SECTION_STATUS: dict[str, Label] = {
    "ok": ("ครบ", "found"),
    "missing": ("ไม่พบ", "missing"),
    "empty": ("มีหัวข้อแต่ไม่มีเนื้อหา", "empty"),
    "placeholder": ("มีแต่ข้อความแม่แบบ", "template text only"),
    "too_short": ("สั้นเกินไป", "too short"),
}
SECTION_MARK = {"ok": "✓", "missing": "✗", "empty": "✗", "placeholder": "✗", "too_short": "!"}
SEVERITY: dict[str, Label] = {"error": ("ข้อผิดพลาด", "error"), "warning": ("ข้อควรตรวจ", "warning")}
FISCAL_YEAR_SOURCE: dict[str, Label] = {  # period.source
    "option": ("ระบุในคำสั่ง", "option"),
    "path": ("จากโฟลเดอร์", "path"),
    "text": ("จากเอกสาร", "text"),
}
COMPLETION_VERDICT: dict[str, Label] = {  # period.verdict (criterion 1.1)
    "completed_in_period": ("แล้วเสร็จในรอบการประเมิน", "completed within the period"),
    "completed_outside_period": ("แล้วเสร็จนอกรอบการประเมิน", "completed outside the period"),
    "in_progress": ("อยู่ระหว่างดำเนินการ ผู้ประเมินพิจารณา", "in progress; the evaluator decides"),
    "not_stated": ("ไม่พบข้อความระบุการแล้วเสร็จ ผู้ประเมินพิจารณา", "no completion stated; the evaluator decides"),
    "completed": ("แล้วเสร็จ ไม่ทราบปีงบประมาณ", "completed; fiscal year unknown"),
}
COMPLETION_RULE: dict[str, Label] = {  # period.completion.rule
    "project_statement": ("ข้อความว่าโครงการแล้วเสร็จ", "project completion statement"),
    "completion_statement": ("ข้อความว่าดำเนินการแล้วเสร็จ", "completion statement"),
    "in_progress_statement": ("ข้อความว่ายังอยู่ระหว่างดำเนินการ", "in-progress statement"),
    "continuation_statement": ("ข้อความว่าจะดำเนินการต่อ", "continuation statement"),
    "implausible_year": ("ปี พ.ศ. ห่างจากปีงบประมาณเกิน 5 ปี ไม่นำมาใช้", "implausible year, set aside"),
    "completion_without_date": ("ระบุว่าแล้วเสร็จแต่ไม่ระบุวันที่", "completion without a date"),
    "no_statement": ("ไม่พบข้อความ", "no statement"),
}
SIGNALS: dict[str, Label] = {  # signals[].code (criterion 2.2, indicator 5.2): hints, never a verdict
    "concrete_figures": ("ผลลัพธ์มีตัวเลขเป็นรูปธรรม", "concrete figures"),
    "measures_consistent": ("ผลจริงรายงานครบทุกตัวชี้วัดที่คาดหวัง", "every expected measure reported"),
    "problem_linked": ("ปัญหาเชื่อมโยงวัตถุประสงค์/กลุ่มเป้าหมาย", "problem linked to aims and target group"),
    "references": ("มีข้อมูลอ้างอิง/หลักฐานแนบ", "references"),
    "routine_duty": ("ระบุว่าเป็นภารกิจงานประจำ", "stated as routine duty"),
    "innovation_type": ("ประเภทนวัตกรรม", "innovation type"),
    "efficiency_topics": ("ประเด็นตัวชี้วัด 5.2", "indicator 5.2 topics"),
}
YES_NO: dict[bool | None, Label] = {True: ("ใช่", "yes"), False: ("ไม่", "no")}
DECISION: dict[str, Label] = {"confirm": ("ยืนยันประเด็น", "confirmed"), "dismiss": ("ไม่ถือเป็นประเด็น", "dismissed")}
REVIEW_STATE: dict[str, Label] = {
    "new": ("ยังไม่ได้ทบทวน", "not reviewed"),
    "in_review": ("กำลังทบทวน", "in review"),
    "reviewed": ("ทบทวนแล้ว", "reviewed"),
}
REVIEW_EVENT: dict[str, Label] = {
    "reviewed": ("ทำเครื่องหมายว่าทบทวนแล้ว", "marked reviewed"),
    "reopened": ("เปิดทบทวนใหม่", "reopened"),
}
RERUN_STATUS: dict[str, Label] = {
    "queued": ("รอคิว", "queued"),
    "running": ("กำลังตรวจ", "running"),
    "completed": ("ตรวจเสร็จแล้ว", "completed"),
    "failed": ("ตรวจไม่สำเร็จ", "failed"),
}
CHECK_REASON: dict[str, Label] = {  # why `evidence run` checked a submission (pipeline.batch.WorkItem.reason)
    "new": ("ชุดเอกสารใหม่", "new submission"),
    "changed": ("ไฟล์เปลี่ยนแปลง", "files changed"),
    "pipeline": ("โปรแกรมรุ่นใหม่ อาจให้ผลต่างจากเดิม", "the product was upgraded; results may differ"),
    "rubric": ("เกณฑ์เปลี่ยน", "the rubric changed"),
    "forced": ("สั่งตรวจใหม่", "re-check asked for"),
}


def label(table: dict, code) -> str:
    """'ไทย (English)' for a known code, the code itself (or '-') otherwise."""
    if code in table:
        thai, english = table[code]
        return f"{thai} ({english})"
    return str(code) if code not in (None, "") else "-"


def thai(table: dict, code) -> str:
    """The Thai word alone (where the English sits beside it already)."""
    return table[code][0] if code in table else (str(code) if code not in (None, "") else "-")


def section_titles(rubric: Rubric | None = None) -> dict[str, Label]:
    """Section key -> (Thai, English) title, from the rubric (the bundled one by default)."""
    from pipeline.rubric import load_rubric

    rubric = rubric or load_rubric()
    return {key: (sec.title_th, sec.title_en) for key, sec in rubric.sections.items()}
