"""Thai (with English) words the pages show for stored codes."""

SECTIONS = {
    "rationale": ("หลักการ เหตุผล ความจำเป็น", "Rationale"),
    "objectives": ("วัตถุประสงค์", "Objectives"),
    "actions": ("การดำเนินการ", "Actions"),
    "expected_results": ("ผลลัพธ์ที่คาดหวัง", "Expected results"),
    "actual_results": ("ผลลัพธ์ที่เกิดขึ้นจริงอย่างเป็นรูปธรรม", "Actual results"),
}
SECTION_STATUS = {
    "ok": ("ครบ", "found"),
    "missing": ("ไม่พบ", "missing"),
    "empty": ("มีหัวข้อแต่ไม่มีเนื้อหา", "empty"),
    "placeholder": ("มีแต่ข้อความแม่แบบ", "template text only"),
    "too_short": ("สั้นเกินไป", "too short"),
}
SEVERITY = {"error": ("ข้อผิดพลาด", "error"), "warning": ("ข้อควรตรวจ", "warning")}
DECISION = {"confirm": ("ยืนยันประเด็น", "confirmed"), "dismiss": ("ไม่ถือเป็นประเด็น", "dismissed")}
REVIEW_STATE = {
    "new": ("ยังไม่ได้ทบทวน", "not reviewed"),
    "in_review": ("กำลังทบทวน", "in review"),
    "reviewed": ("ทบทวนแล้ว", "reviewed"),
}
COMPLETION_VERDICT = {  # period.verdict (evidence-check/3, criterion 1.1)
    "completed_in_period": ("แล้วเสร็จในรอบการประเมิน", "completed within the period"),
    "completed_outside_period": ("แล้วเสร็จนอกรอบการประเมิน", "completed outside the period"),
    "in_progress": ("อยู่ระหว่างดำเนินการ ผู้ประเมินพิจารณา", "in progress; the evaluator decides"),
    "not_stated": ("ไม่พบข้อความระบุการแล้วเสร็จ ผู้ประเมินพิจารณา", "no completion stated; the evaluator decides"),
    "completed": ("แล้วเสร็จ ไม่ทราบปีงบประมาณ", "completed; fiscal year unknown"),
}
SIGNALS = {  # signals[].code (criterion 2.2 and indicator 5.2): hints for the evaluator, never a verdict
    "concrete_figures": ("ผลลัพธ์มีตัวเลขเป็นรูปธรรม", "concrete figures"),
    "measures_consistent": ("ผลจริงรายงานครบทุกตัวชี้วัดที่คาดหวัง", "every expected measure reported"),
    "problem_linked": ("ปัญหาเชื่อมโยงวัตถุประสงค์/กลุ่มเป้าหมาย", "problem linked to aims and target group"),
    "references": ("มีข้อมูลอ้างอิง/หลักฐานแนบ", "references"),
    "routine_duty": ("ระบุว่าเป็นภารกิจงานประจำ", "stated as routine duty"),
    "innovation_type": ("ประเภทนวัตกรรม", "innovation type"),
    "efficiency_topics": ("ประเด็นตัวชี้วัด 5.2", "indicator 5.2 topics"),
}
REVIEW_EVENT = {"reviewed": ("ทำเครื่องหมายว่าทบทวนแล้ว", "marked reviewed"),
                "reopened": ("เปิดทบทวนใหม่", "reopened")}
RERUN_STATUS = {
    "queued": ("รอคิว", "queued"),
    "running": ("กำลังตรวจ", "running"),
    "completed": ("ตรวจเสร็จแล้ว", "completed"),
    "failed": ("ตรวจไม่สำเร็จ", "failed"),
}


def label(table: dict, code: str | None) -> str:
    """'ไทย (English)' for a known code, the code itself otherwise."""
    if code in table:
        thai, english = table[code]
        return f"{thai} ({english})"
    return code or "-"
