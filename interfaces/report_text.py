"""The Thai report `evidence check` prints for a person at a terminal."""

from __future__ import annotations

from pipeline.check import CheckResult
from pipeline.rubric import Rubric

STATUS_TH = {
    "ok": "ครบ",
    "missing": "ไม่พบ",
    "empty": "ว่าง",
    "placeholder": "ยังไม่กรอก",
    "too_short": "สั้นเกินไป",
}
STATUS_MARK = {"ok": "✓", "missing": "✗", "empty": "✗", "placeholder": "✗", "too_short": "!"}
SEVERITY_TH = {"error": "ข้อผิดพลาด", "warning": "ข้อควรตรวจ"}
PREVIEW_CHARS = 70


def _where(file: str | None, page: int | None) -> str:
    if not file:
        return ""
    return f"{file}" + (f" หน้า {page}" if page else "")


def _preview(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= PREVIEW_CHARS else one_line[: PREVIEW_CHARS - 1] + "…"


def render_text_report(result: CheckResult, rubric: Rubric) -> str:
    out = [f"ผลการตรวจเอกสาร (evidence check): {result.submission}", f"เกณฑ์ (rubric): {result.rubric}", ""]
    out.append(f"ไฟล์ทั้งหมด {len(result.files)} ไฟล์ (files)")
    for f in result.files:
        if f.error:
            state = f"อ่านไม่ได้ [{f.error['code']}] {f.error['message']}"
        elif f.format == "image":
            state = "ภาพถ่าย หลักฐานประกอบที่ไม่มีข้อความ (photo: evidence without text)"
        else:
            pages = f"{f.pages} หน้า, " if f.pages else ""
            state = f"{pages}อ่านโดย {', '.join(f.read_by) or '-'}"
        out.append(f"  - {f.path}  [{f.form}]  {state}")
    out.append("")
    out.append("เนื้อหาที่ต้องมี 5 หัวข้อ (required contents, criterion 2.1)")
    for key, sec in result.sections.items():
        title = rubric.sections[key].title_th
        line = f"  {STATUS_MARK[sec.status]} {title}: {STATUS_TH[sec.status]}"
        if sec.file:
            line += f"  ({_where(sec.file, sec.page)})"
        out.append(line)
        if sec.text and sec.status != "placeholder":
            out.append(f"      {_preview(sec.text)}")
        if len(sec.occurrences) > 1:
            out.append(f"      พบ {len(sec.occurrences)} แห่ง (found in {len(sec.occurrences)} places)")
    out.append("")
    errors = [f for f in result.flags if f.severity == "error"]
    warnings = [f for f in result.flags if f.severity != "error"]
    if not result.flags:
        out.append("ไม่พบประเด็นที่ต้องแก้ไข (no flags)")
    else:
        out.append(f"ประเด็นที่พบ (flags): ข้อผิดพลาด {len(errors)}, ข้อควรตรวจ {len(warnings)}")
        for flag in errors + warnings:
            where = _where(flag.file, flag.page)
            out.append(f"  [{SEVERITY_TH[flag.severity]}] {flag.code}: {flag.message}" + (f"  — {where}" if where else ""))
    return "\n".join(out)
