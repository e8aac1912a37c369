"""Stable error and notice codes, with the Thai and English text a person reads.

Extractors raise `ExtractionError(code, **details)` for a file they cannot
read; `extractors.read_file` turns it into `Document.error`.  Notices (problems
that did not stop reading) use the same table through `notice(code, ...)`.
The codes are part of the JSON contract: never rename one, only add.
"""

from __future__ import annotations

from .model import Notice

# code -> (Thai, English).  `{detail}` is filled from the call site.
CODES: dict[str, tuple[str, str]] = {
    # --- the file cannot be read ------------------------------------------------
    "empty_file": (
        "ไฟล์ว่างเปล่า (ขนาด 0 ไบต์) กรุณาส่งไฟล์ใหม่",
        "The file is empty (0 bytes); please resubmit it",
    ),
    "not_a_document": (
        "ไม่ใช่ไฟล์เอกสารที่อ่านได้ (ข้อมูลในไฟล์ไม่ตรงกับรูปแบบ Word หรือ PDF)",
        "Not a readable document: its content is neither Word nor PDF",
    ),
    "corrupt_pdf": (
        "ไฟล์ PDF เสียหายหรือไม่สมบูรณ์ (อาจดาวน์โหลดหรือคัดลอกไม่ครบ): {detail}",
        "The PDF is damaged or truncated (possibly an incomplete copy): {detail}",
    ),
    "encrypted_pdf": (
        "ไฟล์ PDF ถูกเข้ารหัสด้วยรหัสผ่าน กรุณาส่งฉบับที่ไม่ล็อกรหัสผ่าน",
        "The PDF is password-protected; please submit an unlocked copy",
    ),
    "corrupt_docx": (
        "ไฟล์ Word เสียหายหรือไม่สมบูรณ์: {detail}",
        "The Word file is damaged or incomplete: {detail}",
    ),
    "zip_bomb": (
        "ไฟล์ Word มีขนาดเมื่อแตกไฟล์ใหญ่ผิดปกติ ({detail}) จึงไม่อ่านเพื่อความปลอดภัย",
        "The Word file expands to an abnormal size ({detail}); not read, for safety",
    ),
    "unsafe_xml": (
        "ไฟล์ Word มีโครงสร้าง XML ที่ไม่ปลอดภัย (DTD/entity) จึงไม่อ่าน",
        "The Word file contains unsafe XML (DTD or entity declarations); not read",
    ),
    "unsupported_format": (
        "ไม่รองรับไฟล์ประเภทนี้ ({detail})",
        "Unsupported file type ({detail})",
    ),
    "doc_needs_libreoffice": (
        "ไฟล์ Word รุ่นเก่า (.doc) ต้องใช้ LibreOffice ในการแปลง: ติดตั้ง LibreOffice "
        "(sudo apt-get install libreoffice-writer-nogui) หรือบันทึกไฟล์เป็น .docx แล้วส่งใหม่",
        "Legacy Word (.doc) needs LibreOffice to convert: install it "
        "(sudo apt-get install libreoffice-writer-nogui) or save the file as .docx and resubmit",
    ),
    "doc_conversion_failed": (
        "แปลงไฟล์ .doc ด้วย LibreOffice ไม่สำเร็จ: {detail}",
        "LibreOffice could not convert the .doc file: {detail}",
    ),
    "no_pages": (
        "ไฟล์ PDF ไม่มีหน้าใดเลย กรุณาส่งไฟล์ใหม่",
        "The PDF has no pages; please resubmit it",
    ),
    "too_large": (
        "ไฟล์หรือส่วนข้อความในไฟล์ใหญ่เกินกำหนด ({detail}) จึงไม่อ่าน เพื่อไม่ให้ใช้หน่วยความจำเกินขอบเขต",
        "The file or a part of it is larger than the limit ({detail}); not read, to keep memory bounded",
    ),
    "timed_out": (
        "อ่านไฟล์นี้นานเกินเวลาที่กำหนด ({detail}) จึงหยุดอ่าน ไฟล์อื่นในชุดตรวจต่อตามปกติ",
        "Reading this file took longer than the limit ({detail}); it was stopped and the other files were checked",
    ),
    "too_many_pages": (
        "ไฟล์มีจำนวนหน้ามากเกินกำหนด ({detail}) จึงไม่อ่าน เพื่อไม่ให้การตรวจทั้งชุดค้าง",
        "The file has more pages than the limit ({detail}); not read, so the batch is not held up",
    ),
    "link_outside": (
        "เป็นลิงก์ (symbolic link) ที่ชี้ออกไปนอกโฟลเดอร์ที่ส่ง จึงไม่เปิดอ่าน: {detail}",
        "A symbolic link pointing outside the submitted folder; not followed: {detail}",
    ),
    "link_dangling": (
        "เป็นลิงก์ (symbolic link) ที่ชี้ไปยังไฟล์ที่ไม่มีอยู่: {detail}",
        "A symbolic link to a file that does not exist: {detail}",
    ),
    "not_a_regular_file": (
        "ไม่ใช่ไฟล์ปกติ ({detail}) จึงไม่เปิดอ่าน",
        "Not a regular file ({detail}); not opened",
    ),
    "read_failed": (
        "อ่านไฟล์ไม่สำเร็จเนื่องจากข้อผิดพลาดที่ไม่คาดคิด: {detail}",
        "Reading the file failed unexpectedly: {detail}",
    ),
    # --- notices: the file was read, with a caveat --------------------------------
    "wrong_extension": (
        "นามสกุลไฟล์ไม่ตรงกับเนื้อหา (ไฟล์เป็น {detail}) ระบบอ่านตามเนื้อหาจริง",
        "The file extension does not match its content (it is {detail}); read by content",
    ),
    "page_repaired": (
        "หน้า {page} ข้อความในไฟล์เสียหาย ซ่อมจากข้อมูลฟอนต์ในไฟล์แล้วตรวจยืนยันด้วยพจนานุกรม ({detail})",
        "Page {page} had a damaged text layer, repaired from the file's own font data and checked against the dictionary ({detail})",
    ),
    "page_ocr": (
        "หน้า {page} ไม่มีข้อความหรือข้อความเสียหาย จึงอ่านด้วย OCR ({detail})",
        "Page {page} had no usable text layer and was read by OCR ({detail})",
    ),
    "ocr_budget_reached": (
        "อ่านด้วย OCR ครบ {detail} แล้ว หน้าที่เหลือไม่ได้อ่าน (บันทึกเป็นหน้าที่อ่านไม่ได้)",
        "OCR budget reached ({detail}); the remaining pages were not OCR'd and are recorded unreadable",
    ),
    "time_budget_reached": (
        "ใช้เวลาอ่านไฟล์นี้ครบตามกำหนดแล้ว ({detail}) หน้าที่เหลือไม่ได้อ่าน (บันทึกเป็นหน้าที่อ่านไม่ได้)",
        "The file's reading time budget is used ({detail}); the remaining pages were not read and are recorded unreadable",
    ),
    "page_unreadable": (
        "หน้า {page} อ่านไม่ได้: {detail}",
        "Page {page} could not be read: {detail}",
    ),
    "ocr_unavailable": (
        "ไม่พบโปรแกรม OCR (tesseract พร้อมภาษาไทย) จึงอ่านหน้าที่เป็นภาพไม่ได้",
        "No OCR available (tesseract with Thai), so image-only pages cannot be read",
    ),
    "image_only": (
        "ไฟล์ภาพถ่ายเป็นหลักฐานประกอบ ไม่มีข้อความให้อ่าน",
        "A photo is evidence without text; nothing to read",
    ),
    "converted_from_doc": (
        "แปลงจากไฟล์ .doc ด้วย LibreOffice ก่อนอ่าน",
        "Converted from .doc with LibreOffice before reading",
    ),
}


def notice(code: str, *, page: int | None = None, detail: str = "") -> Notice:
    th, en = CODES[code]
    fields = {"detail": detail, "page": page if page is not None else "?"}
    return Notice(code=code, message_th=th.format(**fields), message_en=en.format(**fields), page=page)


class ExtractionError(Exception):
    """A file that cannot be read.  Carries a stable code from CODES."""

    def __init__(self, code: str, detail: str = "", *, page: int | None = None):
        if code not in CODES:
            raise ValueError(f"unknown error code {code!r}")
        self.notice = notice(code, page=page, detail=detail)
        super().__init__(f"{code}: {self.notice.message_en}")

    @property
    def code(self) -> str:
        return self.notice.code
