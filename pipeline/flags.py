"""Flags: one per problem found, with a stable code, a severity and a Thai message.

Codes are part of the `evidence-check` JSON contract: never rename, only add.
Severities come from the rubric, so an office can make a warning an error.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .rubric import Rubric

# code -> (Thai, English) message templates.
MESSAGES: dict[str, tuple[str, str]] = {
    "section_missing": (
        "ไม่พบหัวข้อ “{title_th}” ในเอกสารที่ส่ง",
        "{title_en}: no heading or label found in the submission",
    ),
    "section_empty": (
        "หัวข้อ “{title_th}” ไม่มีเนื้อหา",
        "{title_en}: the heading has nothing under it",
    ),
    "section_placeholder": (
        "หัวข้อ “{title_th}” มีเพียงข้อความแม่แบบที่ยังไม่ได้กรอก",
        "{title_en}: only unfilled template text",
    ),
    "section_too_short": (
        "หัวข้อ “{title_th}” มีเนื้อหาสั้นเกินไป ({words} คำ ต่ำกว่าเกณฑ์ {min_words} คำ)",
        "{title_en}: too short ({words} words, the rubric asks for at least {min_words})",
    ),
    "section_uncertain": (
        "ไม่พบหัวข้อ “{title_th}” ที่แน่ชัด แต่มีบรรทัดใกล้เคียง “{heading}” (คล้าย “{entry}” คะแนน {score}) โปรดตรวจว่าใช่หัวข้อนี้หรือไม่",
        "{title_en}: no heading found for certain; the nearest line is “{heading}” (like “{entry}”, score {score}): check whether it is this section",
    ),
    "section_inferred": (
        "ไม่พบหัวข้อ “{title_th}” โดยตรง จึงใช้เนื้อหาใต้หัวข้อ “{heading}” แทน โปรดยืนยันหรือไม่รับ",
        "{title_en}: no heading names it; the content under “{heading}” stands for it: confirm or overrule",
    ),
    "file_unreadable": (
        "อ่านไฟล์ไม่ได้: {detail}",
        "File could not be read: {detail}",
    ),
    "page_repaired": (
        "หน้า {page} ข้อความในไฟล์เสียหายและได้ซ่อมจากข้อมูลฟอนต์ในไฟล์ โปรดตรวจทานกับภาพหน้า ({detail})",
        "Page {page} had a damaged text layer, repaired from the file's own font data; check it against the page image ({detail})",
    ),
    "page_ocr": (
        "หน้า {page} อ่านด้วย OCR โปรดตรวจทานข้อความ ({detail})",
        "Page {page} was read by OCR; check its text ({detail})",
    ),
    "time_budget_reached": (
        "ไฟล์นี้ใช้เวลาอ่านเกินกำหนด หน้าที่เหลือไม่ได้อ่าน ({detail})",
        "Reading this file used its time budget; the remaining pages were not read ({detail})",
    ),
    "ocr_budget_reached": (
        "ไฟล์นี้มีหน้าที่ต้องอ่านด้วย OCR เกินกำหนด หน้าที่เกินไม่ได้อ่าน ({detail})",
        "More pages need OCR than the per-file budget allows; the rest were not read ({detail})",
    ),
    "page_unreadable": (
        "หน้า {page} อ่านไม่ได้: {detail}",
        "Page {page} could not be read: {detail}",
    ),
    "form_missing": (
        "ไม่พบเอกสารที่ต้องส่ง: {form_th}",
        "Required form missing: {form_en} [{form}]",
    ),
    "outside_evaluation_period": (
        "ดำเนินการแล้วเสร็จนอกรอบการประเมิน ปีงบประมาณ พ.ศ. {fiscal_year} ({start} ถึง {end}): {dates}{sentence}",
        "Completed outside the evaluation period, fiscal year B.E. {fiscal_year} ({start} to {end}): {dates}",
    ),
    "no_completion_date": (
        "ไม่พบวันที่ดำเนินการแล้วเสร็จ: {status_th} ผู้ประเมินพิจารณา (ไม่ให้คะแนนส่วนนี้อัตโนมัติ){sentence}",
        "No completion date: {status_en}; the evaluator decides (no automatic points for completion)",
    ),
    "fiscal_year_unknown": (
        "ไม่ทราบปีงบประมาณ: ระบุ --fiscal-year หรือวางไฟล์ในโฟลเดอร์ปี เช่น inbox/2566/ หรือระบุ “ปีงบประมาณ พ.ศ. ….” ในเอกสาร",
        "Fiscal year unknown: give --fiscal-year, put the files under a year folder such as inbox/2566/, or state it in the documents",
    ),
    "possible_repeat": (
        "เนื้อหาหลักคล้ายผลงานที่เคยส่งแล้ว: {submission} (ปีงบประมาณ {fiscal_year}) ความคล้ายร้อยละ {percent}",
        "Main content resembles an earlier submission: {submission} (fiscal year {fiscal_year}), {percent}% similar",
    ),
}


@dataclass(frozen=True)
class Flag:
    code: str
    severity: str  # "error" | "warning"
    section: str | None
    file: str | None
    page: int | None
    message: str  # Thai, with English in parentheses
    form: str | None = None  # form_missing: the required form's id (form1 … form4, evidence)

    def to_dict(self) -> dict:
        return asdict(self)


def make_flag(
    code: str,
    rubric: Rubric,
    *,
    section: str | None = None,
    file: str | None = None,
    page: int | None = None,
    form: str | None = None,
    **fields: object,
) -> Flag:
    th, en = MESSAGES[code]
    if section is not None and section in rubric.sections:
        rule = rubric.sections[section]
        fields.setdefault("title_th", rule.title_th)
        fields.setdefault("title_en", rule.title_en)
        fields.setdefault("min_words", rule.min_words)
    fields.setdefault("page", page if page is not None else "?")
    fields.setdefault("detail", "")
    fields.setdefault("form", form or "")
    message = f"{th.format(**fields)} ({en.format(**fields)})"
    return Flag(code, rubric.severity(code), section, file, page, message, form)
