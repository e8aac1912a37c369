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
