#!/usr/bin/env python3
"""Generator for the blind validation set `blind_signals3` (quality signals of criterion 2.2 and indicator 5.2 topics).

Written blind: only the seeds in /work/shared/seeds and the FORMAT of tests/data/blind_signals2 (README, truth.json,
make_set.py) were used. All Thai text, projects, stories and figures are new and made up for this set.

Run from this folder with a Python that has python-docx (tested with python-docx 1.2.0, Python 3.11.7):
    /work/main/.venv/bin/python make_set.py
It rewrites subs/ and truth.json. PDFs need LibreOffice (`soffice`); pass --no-pdf to skip them.
The .docx files are byte-deterministic (fixed zip timestamps and core properties); the PDFs carry
LibreOffice's own creation time, so only their text is deterministic.
"""
import datetime
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


HERE = os.path.dirname(os.path.abspath(__file__))
SUBS_DIR = os.path.join(HERE, "subs")
FONT = "TH SarabunPSK"
FIXED_DT = datetime.datetime(2024, 9, 20, 10, 30, 0)
ZIP_DT = (2024, 9, 20, 10, 30, 0)
LO_PROFILE = "file:///tmp/blind_signals3_work/lo_profile"


# ---------------------------------------------------------------- docx helpers
def _font_xml(rpr, size=None, bold=None):
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for att in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(att), FONT)
    for tag in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if rfonts.get(qn(tag)) is not None:
            del rfonts.attrib[qn(tag)]
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            el = rpr.find(qn(tag))
            if el is None:
                el = OxmlElement(tag)
                rpr.append(el)
            el.set(qn("w:val"), str(int(size * 2)))
    if bold:
        for tag in ("w:b", "w:bCs"):
            if rpr.find(qn(tag)) is None:
                rpr.append(OxmlElement(tag))


def _style_font(style, size, bold=False):
    rpr = style.element.get_or_add_rPr()
    _font_xml(rpr, size, bold)
    style.font.color.rgb = None


def new_doc(author):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    _style_font(doc.styles["Normal"], 16)
    for name, size in (("Title", 20), ("Heading 1", 18), ("Heading 2", 16), ("List Bullet", 16), ("List Number", 16)):
        _style_font(doc.styles[name], size, bold=name.startswith("Heading") or name == "Title")
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return doc


def para(doc_or_cell, text, bold=False, size=16, align=None, style=None, indent=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    run = p.add_run(text)
    _font_xml(run._element.get_or_add_rPr(), size, bold)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.THAI_JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.25)
    p.paragraph_format.space_after = Pt(2)
    return p


def add_items(container, items, bullets_as_style=True):
    for it in items:
        if it.startswith("• ") and bullets_as_style:
            para(container, it[2:], style="List Bullet")
        else:
            long_prose = len(it) > 160 and not it[:3].strip().rstrip(".)").replace(".", "").isdigit()
            para(container, it, align="justify" if len(it) > 80 else None, indent=long_prose)


def build_main(sub):
    doc = new_doc(sub["author"])
    layout = sub["layout"]
    head = sub["head"]
    if layout == "B":
        doc.add_heading(head[0], level=0)
        for line in head[1:]:
            para(doc, line, align="center")
        for h, items in sub["sections"]:
            doc.add_heading(h, level=1)
            add_items(doc, items)
    elif layout == "C":
        for i, line in enumerate(head):
            para(doc, line, bold=(i == 0), size=18 if i == 0 else 16, align="center")
        rows = list(sub.get("rows", [])) + list(sub["sections"])
        table = doc.add_table(rows=0, cols=2)
        table.style = doc.styles["Table Grid"]
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Cm(4.5), Cm(11.5)
            cells[0].paragraphs[0].text = ""
            r = cells[0].paragraphs[0].add_run(label)
            _font_xml(r._element.get_or_add_rPr(), 16, True)
            vals = [value] if isinstance(value, str) else value
            first = cells[1].paragraphs[0]
            r = first.add_run(vals[0])
            _font_xml(r._element.get_or_add_rPr(), 16, False)
            for v in vals[1:]:
                para(cells[1], v)
        table.autofit = False
        table.columns[0].width, table.columns[1].width = Cm(4.5), Cm(11.5)
    else:  # A and D: plain bold headings
        for i, line in enumerate(head):
            para(doc, line, bold=(i == 0), size=18 if i == 0 else 16, align="center" if i == 0 else None)
        for h, items in sub["sections"]:
            para(doc, h, bold=True)
            add_items(doc, items, bullets_as_style=(layout == "D"))
    for line in sub.get("footer", []):
        para(doc, line, align="center")
    return doc


def build_attachment(att):
    doc = new_doc(att.get("author", ""))
    para(doc, att["title"], bold=True, size=18, align="center")
    for line in att.get("before", []):
        para(doc, line)
    if att.get("table"):
        rows = att["table"]
        table = doc.add_table(rows=0, cols=len(rows[0]))
        table.style = doc.styles["Table Grid"]
        for ri, row in enumerate(rows):
            cells = table.add_row().cells
            for ci, val in enumerate(row):
                r = cells[ci].paragraphs[0].add_run(val)
                _font_xml(r._element.get_or_add_rPr(), 14, ri == 0)
    for line in att.get("after", []):
        para(doc, line)
    return doc


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def to_pdf(docx_path):
    out = os.path.dirname(docx_path)
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf", "--outdir", out, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def full_text(sub):
    parts = list(sub["head"]) + [f"{a} {b if isinstance(b, str) else ' '.join(b)}" for a, b in sub.get("rows", [])]
    for h, items in sub["sections"]:
        parts.append(h)
        parts.extend(items)
    return "\n".join(parts)



# ---------------------------------------------------------------- truth helpers
TOPIC_TH = {
    "energy": "การลดพลังงาน",
    "paper": "การลดปริมาณกระดาษ",
    "budget": "การประหยัดงบประมาณ",
    "information_system": "การใช้ระบบสารสนเทศ",
    "anti_corruption": "การปราบปรามการทุจริต",
    "integration": "การบูรณาการผลงาน",
    "public_convenience": "การเพิ่มการอำนวยความสะดวกให้แก่ประชาชน",
    "agency_efficiency": "การเพิ่มประสิทธิภาพของส่วนราชการ",
    "resource_saving": "การประหยัดทรัพยากร",
    "step_reduction": "การลดขั้นตอนการทำงานและปริมาณงานที่ซ้ำซ้อน",
    "time_saving": "การลดระยะเวลาที่ใช้ในการให้บริการ",
}


def S(value, clarity, why):
    return {"value": value, "clarity": clarity, "why": why}


def TYPE(value, stated, clarity, why):
    return {"value": value, "stated": stated, "clarity": clarity, "why": why}


def TOPICS(ids, clarity, why):
    return {"value": [TOPIC_TH[i] for i in ids], "ids": list(ids), "clarity": clarity, "why": why}


def TRUTH(cf, mc, pl, ref, rd, it, et):
    return {"concrete_figures": cf, "measures_consistent": mc, "problem_linked": pl, "references": ref,
            "routine_duty": rd, "innovation_type": it, "efficiency_topics": et}


SILENT = S(False, "clear", "says nothing about routine duty")
FORM3 = "แบบนำเสนอผลงานนวัตกรรมเพื่อเพิ่มประสิทธิภาพการปฏิบัติงาน ประจำปีงบประมาณ พ.ศ. 2567"
TICK = {
    "service": "☐ เชิงนโยบาย (Policy Innovation)   ☑ การบริการ (Service Innovation)   ☐ การบริหาร/องค์กร (Organizational Innovation)",
    "admin": "☐ เชิงนโยบาย (Policy Innovation)   ☐ การบริการ (Service Innovation)   ☑ การบริหาร/องค์กร (Organizational Innovation)",
    "policy": "☑ เชิงนโยบาย (Policy Innovation)   ☐ การบริการ (Service Innovation)   ☐ การบริหาร/องค์กร (Organizational Innovation)",
    "none": "☐ เชิงนโยบาย (Policy Innovation)   ☐ การบริการ (Service Innovation)   ☐ การบริหาร/องค์กร (Organizational Innovation)",
}

SUBS = []
# ================================================================ 01
SUBS.append(dict(
    name="01-land-office-queue-precheck", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="C", pdf=True,
    author="สำนักงานที่ดินจังหวัดขอนแก่น",
    head=["แบบนำเสนอผลงานนวัตกรรม (แบบฟอร์ม 3)", "ประจำปีงบประมาณ พ.ศ. 2567"],
    rows=[
        ("ชื่อผลงาน", "จองคิวล่วงหน้า ตรวจเอกสารก่อนมา จบในวันเดียว"),
        ("หน่วยงาน", "สำนักงานที่ดินจังหวัดขอนแก่น กรมที่ดิน กระทรวงมหาดไทย"),
        ("ประเภทนวัตกรรม", TICK["service"]),
    ],
    sections=[
        ("ความเป็นมาและสภาพปัญหา", [
            "สำนักงานที่ดินจังหวัดขอนแก่นให้บริการจดทะเบียนสิทธิและนิติกรรมเฉลี่ยวันละ 240 ราย โดยเฉพาะการซื้อขาย ขายฝาก และจำนองที่ดิน "
            "ผู้ขอรับบริการต้องมารับบัตรคิวตั้งแต่เช้ามืด หลายรายเดินทางมาจากอำเภอรอบนอกกว่า 60 กิโลเมตร เมื่อถึงคิวแล้วพบว่าเอกสารไม่ครบ "
            "เช่น ขาดหนังสือยินยอมคู่สมรส หรือสำเนาทะเบียนบ้านไม่เป็นปัจจุบัน ต้องกลับไปจัดหาแล้วมาเข้าคิวใหม่ในวันถัดไป "
            "จากการเก็บข้อมูลในปีงบประมาณ พ.ศ. 2566 พบว่าคำขอร้อยละ 27 ต้องมาติดต่อมากกว่าหนึ่งครั้ง ผู้รับบริการใช้เวลาอยู่ในสำนักงานเฉลี่ย 4 ชั่วโมง 30 นาที "
            "และเจ้าหน้าที่ต้องสอบสวนคู่กรณีซ้ำหลายรอบ สำนักงานจึงพัฒนาช่องทางจองคิวและส่งเอกสารให้ตรวจล่วงหน้าผ่านบัญชีไลน์ทางการของสำนักงาน",
        ]),
        ("วัตถุประสงค์ของโครงการ", [
            "1. เพื่อให้ผู้ขอรับบริการทราบรายการเอกสารที่ต้องใช้และได้รับการตรวจเอกสารก่อนวันนัด",
            "2. เพื่อลดจำนวนครั้งที่ผู้ขอรับบริการต้องเดินทางมาติดต่อสำนักงาน",
            "3. เพื่อลดระยะเวลารอคอยและระยะเวลาให้บริการ ณ สำนักงาน",
        ]),
        ("วิธีการ/ขั้นตอนดำเนินงาน", [
            "1. จัดทำรายการตรวจสอบเอกสาร (checklist) แยกตามประเภทการจดทะเบียน 14 ประเภท และเผยแพร่ในไลน์ทางการ",
            "2. ผู้ขอรับบริการเลือกวันและช่วงเวลานัด พร้อมถ่ายภาพเอกสารส่งเข้าระบบอย่างน้อย 2 วันทำการก่อนวันนัด",
            "3. เจ้าพนักงานที่ดินตรวจความครบถ้วนและแจ้งผลกลับภายใน 1 วันทำการ หากขาดเอกสารจะแจ้งรายการที่ต้องเพิ่มเติม",
            "4. ในวันนัด ผู้ขอรับบริการยื่นเอกสารตัวจริงที่ช่องบริการนัดหมายโดยไม่ต้องรับบัตรคิวทั่วไป",
            "ขั้นตอนที่ผู้รับบริการต้องติดต่อ ณ สำนักงานลดจากเดิม 7 ขั้นตอน (รับคิว ตรวจเอกสาร ถ่ายสำเนา สอบสวน คำนวณค่าธรรมเนียม ชำระเงิน รับเอกสารสิทธิ) "
            "เหลือ 3 ขั้นตอน (ยื่นเอกสารตัวจริงและสอบสวน ชำระเงิน รับเอกสารสิทธิ) เพราะการตรวจเอกสารและคำนวณค่าธรรมเนียมทำเสร็จก่อนวันนัด",
        ]),
        ("ผลที่คาดว่าจะได้รับ", [
            "1. ระยะเวลาที่ผู้รับบริการอยู่ในสำนักงานลดลงไม่น้อยกว่าร้อยละ 40",
            "2. สัดส่วนคำขอที่ต้องมาติดต่อซ้ำไม่เกินร้อยละ 10",
            "3. ความพึงพอใจของผู้รับบริการไม่น้อยกว่าร้อยละ 85",
        ]),
        ("ผลการดำเนินงาน", [
            "ระหว่างเดือนมกราคมถึงมิถุนายน 2567 มีผู้ใช้ช่องทางจองคิวและตรวจเอกสารล่วงหน้า 6,418 ราย ผลปรากฏดังนี้",
            "1. ระยะเวลาที่ผู้รับบริการอยู่ในสำนักงานลดลงจากเฉลี่ย 4 ชั่วโมง 30 นาที เหลือ 1 ชั่วโมง 50 นาที (ลดลงร้อยละ 59.3)",
            "2. คำขอที่ต้องมาติดต่อซ้ำเหลือร้อยละ 4.2 จากเดิมร้อยละ 27",
            "3. ผลสำรวจความพึงพอใจผู้รับบริการ 520 ราย ได้คะแนนเฉลี่ยร้อยละ 91.6",
            "4. เจ้าหน้าที่ลดงานถ่ายสำเนาเอกสารที่เคาน์เตอร์ลงได้ประมาณวันละ 300 แผ่น",
        ]),
        ("เอกสารอ้างอิง", [
            "1. รายงานสถิติการจดทะเบียนสิทธิและนิติกรรม สำนักงานที่ดินจังหวัดขอนแก่น ปีงบประมาณ พ.ศ. 2566",
            "2. ประมวลกฎหมายที่ดิน มาตรา 71 และระเบียบกรมที่ดินว่าด้วยการจดทะเบียนสิทธิและนิติกรรม",
            "3. ผลสำรวจความพึงพอใจผู้รับบริการ จำนวน 520 ราย เดือนกรกฎาคม 2567 โดยฝ่ายอำนวยการ",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "6,418 users, 4h30 -> 1h50, repeat visits 27% -> 4.2%, satisfaction 91.6% of 520, 300 sheets/day"),
        S(True, "clear", "time in office, repeat visits and satisfaction all reported; copy sheets are an extra"),
        S(True, "clear", "land-registration clients come back because documents are missing -> pre-check before the appointment"),
        S(True, "clear", "office statistics FY2566, Land Code s.71, satisfaction survey of 520"),
        SILENT,
        TYPE("service", True, "clear", "ticked box ☑ การบริการ (Service Innovation)"),
        TOPICS(["information_system", "public_convenience", "step_reduction", "time_saving", "paper"], "borderline",
               "LINE booking/pre-check, fewer repeat trips, 7 -> 3 steps, 4h30 -> 1h50; paper only as a side remark (300 sheets/day of copies), so paper makes the list borderline"),
    ),
))

# ================================================================ 02
SUBS.append(dict(
    name="02-municipal-solar-rooftop", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="A",
    author="เทศบาลเมืองบ้านไผ่",
    head=[FORM3, "ชื่อผลงาน: หลังคาสำนักงานผลิตไฟฟ้าใช้เอง", "หน่วยงาน: เทศบาลเมืองบ้านไผ่ อำเภอบ้านไผ่ จังหวัดขอนแก่น"],
    sections=[
        ("1. สภาพปัญหา", [
            "อาคารสำนักงานเทศบาลเมืองบ้านไผ่และอาคารศูนย์พัฒนาเด็กเล็กใช้ไฟฟ้าในเวลากลางวันเป็นหลัก โดยเฉพาะเครื่องปรับอากาศ 64 เครื่อง "
            "ค่าไฟฟ้าของเทศบาลในปีงบประมาณ พ.ศ. 2566 สูงถึง 1,146,000 บาท และมีแนวโน้มสูงขึ้นตามค่าไฟฟ้าผันแปร (Ft) "
            "ขณะที่รายได้ที่จัดเก็บเองของเทศบาลมีจำกัด ค่าไฟฟ้าที่สูงขึ้นทำให้งบประมาณที่เหลือสำหรับงานพัฒนาและบริการประชาชนลดลง "
            "หลังคาอาคารสำนักงานมีพื้นที่ว่างที่รับแสงแดดตลอดวันประมาณ 420 ตารางเมตร เทศบาลจึงติดตั้งระบบผลิตไฟฟ้าจากพลังงานแสงอาทิตย์บนหลังคาเพื่อใช้เองในอาคาร",
        ]),
        ("2. วัตถุประสงค์", [
            "2.1 เพื่อลดปริมาณการซื้อไฟฟ้าจากการไฟฟ้าส่วนภูมิภาค",
            "2.2 เพื่อลดภาระค่าไฟฟ้าของเทศบาล",
            "2.3 เพื่อลดการปล่อยก๊าซเรือนกระจกจากการใช้พลังงานของหน่วยงาน",
        ]),
        ("3. การดำเนินการ", [
            "3.1 สำรวจการใช้ไฟฟ้ารายชั่วโมงจากมิเตอร์ของอาคาร และออกแบบระบบขนาด 50 กิโลวัตต์ให้ผลิตไม่เกินปริมาณที่ใช้ในเวลากลางวัน",
            "3.2 สภาเทศบาลอนุมัติโอนงบประมาณ 1,390,000 บาท ในสมัยประชุมสามัญ สมัยที่ 3 วันที่ 14 สิงหาคม 2566 และจัดซื้อจัดจ้างด้วยวิธีประกาศเชิญชวนทั่วไป",
            "3.3 ติดตั้งแล้วเสร็จและเริ่มผลิตไฟฟ้าเมื่อวันที่ 1 พฤศจิกายน 2566 พร้อมติดตั้งมิเตอร์แสดงผลการผลิตไฟฟ้าที่โถงชั้นล่าง",
            "3.4 กองช่างบันทึกหน่วยไฟฟ้าที่ผลิตได้และเปรียบเทียบกับใบแจ้งค่าไฟฟ้าทุกเดือน",
        ]),
        ("4. เป้าหมาย", [
            "4.1 หน่วยไฟฟ้าที่ซื้อจากการไฟฟ้าลดลงไม่น้อยกว่าร้อยละ 25",
            "4.2 ค่าไฟฟ้าลดลงไม่น้อยกว่า 200,000 บาทต่อปี",
            "4.3 ลดการปล่อยก๊าซเรือนกระจกไม่น้อยกว่า 30 ตันคาร์บอนไดออกไซด์เทียบเท่าต่อปี",
        ]),
        ("5. ผลสัมฤทธิ์", [
            "ในช่วง 8 เดือน (พฤศจิกายน 2566 – มิถุนายน 2567) ระบบผลิตไฟฟ้าได้ 48,960 หน่วย หน่วยไฟฟ้าที่ซื้อจากการไฟฟ้าส่วนภูมิภาคลดลงจาก 171,300 หน่วย "
            "เหลือ 122,340 หน่วย เมื่อเทียบกับช่วงเดียวกันของปีก่อน หรือลดลงร้อยละ 28.6 "
            "ค่าไฟฟ้าลดลง 220,320 บาท หากคิดเต็มปีคาดว่าจะประหยัดได้ประมาณ 330,000 บาท ระยะคืนทุนประมาณ 4 ปี 3 เดือน "
            "นอกจากนี้ เทศบาลใช้หลังคาสำนักงานเป็นจุดเรียนรู้ให้โรงเรียนในเขตเทศบาลเข้าศึกษาดูงานแล้ว 7 คณะ",
        ]),
        ("6. เอกสารอ้างอิง", [
            "1. ใบแจ้งค่าไฟฟ้า การไฟฟ้าส่วนภูมิภาคอำเภอบ้านไผ่ เดือนพฤศจิกายน 2565 – มิถุนายน 2567",
            "2. รายงานการประชุมสภาเทศบาลเมืองบ้านไผ่ สมัยสามัญ สมัยที่ 3 ครั้งที่ 1 วันที่ 14 สิงหาคม 2566",
            "3. พระราชบัญญัติการส่งเสริมการอนุรักษ์พลังงาน พ.ศ. 2535",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "48,960 kWh produced, 171,300 -> 122,340 kWh (-28.6%), 220,320 baht saved"),
        S(False, "clear", "expected greenhouse-gas cut (30 tCO2e) is never reported; kWh and baht are"),
        S(True, "clear", "the municipality's high daytime power bill eats its budget -> solar on its own roof"),
        S(True, "clear", "PEA bills with months, council minutes with date, Energy Conservation Act 2535"),
        SILENT,
        TYPE("administrative", False, "clear", "not named; cuts the agency's own running cost"),
        TOPICS(["energy", "budget"], "clear",
               "kWh bought cut 28.6%, power bill down 220,320 baht; the 1,390,000 baht is money spent, not saved"),
    ),
))

# ================================================================ 03
SUBS.append(dict(
    name="03-hospital-e-referral-network", main="ผลงานนวัตกรรม รพ.สุราษฎร์ธานี.docx", layout="B", pdf=True,
    author="โรงพยาบาลสุราษฎร์ธานี",
    head=["ส่งต่อไร้รอยต่อ ด้วยใบส่งตัวอิเล็กทรอนิกส์",
          "ศูนย์ส่งต่อผู้ป่วย โรงพยาบาลสุราษฎร์ธานี สำนักงานปลัดกระทรวงสาธารณสุข",
          "ผลงานนี้เป็นนวัตกรรมด้านการบริการ มุ่งปรับรูปแบบการส่งต่อผู้ป่วยระหว่างโรงพยาบาลในเครือข่ายให้ผู้ป่วยได้รับการรักษาเร็วขึ้น"],
    sections=[
        ("หลักการและเหตุผล", [
            "โรงพยาบาลสุราษฎร์ธานีเป็นโรงพยาบาลศูนย์ที่รับผู้ป่วยส่งต่อจากโรงพยาบาลชุมชน 18 แห่ง ปีละกว่า 21,000 ราย "
            "เดิมใช้ใบส่งตัวที่เขียนด้วยมือหรือพิมพ์ออกจากโปรแกรมของแต่ละโรงพยาบาล ผู้ป่วยหรือญาติต้องถือใบส่งตัว ฟิล์มเอกซเรย์ และผลตรวจทางห้องปฏิบัติการมาด้วยตนเอง "
            "เมื่อมาถึงต้องลงทะเบียนใหม่ ซักประวัติซ้ำ และในหลายกรณีต้องตรวจเลือดซ้ำเพราะเอกสารสูญหายหรืออ่านไม่ออก "
            "ผู้ป่วยโรคหัวใจและโรคหลอดเลือดสมองบางรายเสียเวลาที่หน้าห้องฉุกเฉินนานเกินเกณฑ์ ศูนย์ส่งต่อจึงร่วมกับโรงพยาบาลชุมชนพัฒนาการส่งต่อด้วยใบส่งตัวอิเล็กทรอนิกส์",
        ]),
        ("วัตถุประสงค์", [
            "1) เพื่อให้ข้อมูลผู้ป่วยส่งต่อถึงโรงพยาบาลปลายทางครบถ้วนก่อนผู้ป่วยมาถึง",
            "2) เพื่อลดการลงทะเบียนและการตรวจซ้ำของผู้ป่วยส่งต่อ",
            "3) เพื่อลดระยะเวลาตั้งแต่ผู้ป่วยมาถึงจนได้รับการตรวจจากแพทย์เฉพาะทาง",
        ]),
        ("ขั้นตอนดำเนินงาน", [
            "• ลงนามบันทึกข้อตกลงความร่วมมือการส่งต่อผู้ป่วยด้วยระบบอิเล็กทรอนิกส์ระหว่างโรงพยาบาลสุราษฎร์ธานีกับโรงพยาบาลชุมชน 18 แห่ง และสำนักงานสาธารณสุขจังหวัด เมื่อวันที่ 5 ตุลาคม 2566",
            "• เชื่อมโปรแกรมบริการของโรงพยาบาลชุมชนกับระบบ Refer Link ให้ส่งประวัติ ผลแล็บ และภาพเอกซเรย์ได้ทันที",
            "• พยาบาลศูนย์ส่งต่อตรวจข้อมูลและเปิดเวชระเบียนรอไว้ล่วงหน้า ผู้ป่วยจึงไม่ต้องลงทะเบียนใหม่",
            "• ติดตามผลการใช้งานผ่านคณะกรรมการเครือข่ายบริการทุกเดือน",
        ]),
        ("ผลลัพธ์ที่คาดหวัง", [
            "1) ผู้ป่วยส่งต่อไม่ต้องลงทะเบียนใหม่ที่โรงพยาบาลปลายทาง ไม่น้อยกว่าร้อยละ 80",
            "2) การตรวจทางห้องปฏิบัติการซ้ำลดลงไม่น้อยกว่าร้อยละ 50",
            "3) ระยะเวลาตั้งแต่มาถึงจนพบแพทย์เฉพาะทางลดลง",
        ]),
        ("ผลลัพธ์ที่เกิดขึ้นจริง", [
            "ตั้งแต่ตุลาคม 2566 ถึงมิถุนายน 2567 มีการส่งต่อผ่านระบบ 15,237 ราย คิดเป็นร้อยละ 96 ของการส่งต่อทั้งหมดจากโรงพยาบาลในเครือข่าย "
            "ผู้ป่วยร้อยละ 92.4 ไม่ต้องลงทะเบียนใหม่ การตรวจเลือดซ้ำลดลงจาก 3,870 ครั้ง เหลือ 1,120 ครั้ง (ลดลงร้อยละ 71) "
            "ระยะเวลาตั้งแต่มาถึงจนพบแพทย์เฉพาะทางลดลงจากเฉลี่ย 126 นาที เหลือ 48 นาที "
            "ผลที่ได้เพิ่มเติม ได้แก่ โรงพยาบาลชุมชนเลิกพิมพ์ใบส่งตัวและสำเนาผลตรวจ ลดกระดาษได้ประมาณ 61,000 แผ่น หรือ 122 รีม "
            "ค่าตรวจทางห้องปฏิบัติการที่ไม่ต้องตรวจซ้ำคิดเป็นเงินประมาณ 412,500 บาท และเรื่องร้องเรียนเรื่องเอกสารส่งตัวสูญหายไม่มีอีกเลย",
        ]),
        ("เอกสารอ้างอิง", [
            "1) บันทึกข้อตกลงความร่วมมือการส่งต่อผู้ป่วยด้วยระบบอิเล็กทรอนิกส์ เครือข่ายบริการสุขภาพจังหวัดสุราษฎร์ธานี ลงวันที่ 5 ตุลาคม 2566",
            "2) รายงานข้อมูลการส่งต่อจากระบบ Refer Link โรงพยาบาลสุราษฎร์ธานี ตุลาคม 2566 – มิถุนายน 2567",
            "3) แนวทางการพัฒนาระบบบริการสุขภาพ (Service Plan) สาขาการส่งต่อ กระทรวงสาธารณสุข",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "15,237 referrals, 92.4% no re-registration, repeat labs 3,870 -> 1,120, 126 -> 48 min, 122 reams, 412,500 baht"),
        S(True, "clear", "re-registration, repeat tests and time to specialist all reported; paper, lab cost and complaints are extras"),
        S(True, "clear", "referred patients carry paper, re-register and are re-tested -> e-referral for these patients"),
        S(True, "clear", "MOU dated 5 Oct 2566, Refer Link report with period, MOPH Service Plan"),
        SILENT,
        TYPE("service", True, "clear", "sentence under the title: ผลงานนี้เป็นนวัตกรรมด้านการบริการ"),
        TOPICS(["integration", "information_system", "step_reduction", "time_saving", "paper", "budget"], "borderline",
               "MOU with 18 hospitals, e-referral system, no re-registration/repeat tests, 126 -> 48 min, 122 reams; the 412,500 baht of avoided repeat tests is a saving of the hospitals' lab cost, so budget is likely but the text does not say ประหยัดงบประมาณ (borderline)"),
    ),
))

# ================================================================ 04
SUBS.append(dict(
    name="04-school-paperless-meetings", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="D",
    author="โรงเรียนบ้านโนนสมบูรณ์",
    head=["ผลงานนวัตกรรมสถานศึกษา ประจำปีการศึกษา 2566"],
    sections=[
        ("ส่วนที่ 1 ข้อมูลทั่วไป", [
            "ชื่อผลงาน: ประชุมครูไร้กระดาษ ด้วยแท็บเล็ตและคลังเอกสารออนไลน์",
            "สถานศึกษา: โรงเรียนบ้านโนนสมบูรณ์ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาบุรีรัมย์ เขต 2",
        ]),
        ("ส่วนที่ 2 สาระสำคัญของผลงาน", []),
        ("2.1 ความเป็นมา", [
            "โรงเรียนมีครูและบุคลากร 31 คน ประชุมประจำเดือน ประชุมกลุ่มสาระ และประชุมคณะกรรมการต่าง ๆ รวมกว่า 90 ครั้งต่อปีการศึกษา "
            "ทุกครั้งฝ่ายธุรการต้องถ่ายเอกสารวาระการประชุม คำสั่ง และรายงานแจกครูทุกคน เอกสารจำนวนมากถูกทิ้งหลังการประชุม "
            "เมื่อต้องการค้นเอกสารเก่าก็หาไม่พบ ต้องพิมพ์ใหม่อีกครั้ง ปีการศึกษา 2565 โรงเรียนใช้กระดาษ A4 ในงานประชุมถึง 42 รีม "
            "และใช้หมึกเครื่องถ่ายเอกสาร 12 ตลับ ขณะที่ครูธุรการต้องใช้เวลาจัดเตรียมเอกสารก่อนประชุมครั้งละครึ่งวัน",
        ]),
        ("2.2 วัตถุประสงค์", [
            "• เพื่อลดการใช้กระดาษและหมึกพิมพ์ในการประชุมของโรงเรียน",
            "• เพื่อให้ครูเข้าถึงเอกสารการประชุมย้อนหลังได้ทุกที่ทุกเวลา",
            "• เพื่อลดภาระงานเตรียมเอกสารการประชุมของฝ่ายธุรการ",
        ]),
        ("2.3 ขั้นตอนการดำเนินการ", [
            "• นำแท็บเล็ตที่ได้รับจัดสรรจากโครงการเดิมจำนวน 20 เครื่อง มาใช้เป็นเครื่องประจำห้องประชุม ครูที่มีอุปกรณ์ส่วนตัวใช้อุปกรณ์ของตนเอง",
            "• สร้างคลังเอกสารการประชุมบน Google Drive แยกแฟ้มตามปีการศึกษาและประเภทการประชุม",
            "• ฝ่ายธุรการส่งลิงก์วาระการประชุมเข้ากลุ่มไลน์ครูล่วงหน้า 2 วัน และบันทึกรายงานการประชุมลงคลังภายใน 3 วัน",
            "• จัดอบรมครูอาวุโสที่ไม่ถนัดใช้อุปกรณ์ จำนวน 2 ครั้ง",
        ]),
        ("2.4 ผลที่คาดว่าจะได้รับ", [
            "• ปริมาณกระดาษที่ใช้ในการประชุมลดลงไม่น้อยกว่าร้อยละ 60",
            "• การใช้หมึกเครื่องถ่ายเอกสารลดลง",
            "• ครูมีความพึงพอใจต่อการประชุมรูปแบบใหม่ไม่น้อยกว่าร้อยละ 80",
        ]),
        ("2.5 ผลการดำเนินงาน", [
            "• ภาคเรียนที่ 1 และ 2 ปีการศึกษา 2566 โรงเรียนใช้กระดาษในการประชุมเพียง 9 รีม ลดลงจาก 42 รีม หรือร้อยละ 78.6",
            "• ใช้หมึกเครื่องถ่ายเอกสาร 3 ตลับ จากเดิม 12 ตลับ",
            "• เวลาที่ฝ่ายธุรการใช้เตรียมเอกสารก่อนประชุมลดลงจากครั้งละประมาณ 4 ชั่วโมง เหลือไม่เกิน 1 ชั่วโมง",
            "• คลังเอกสารมีเอกสารการประชุมย้อนหลัง 3 ปีการศึกษา รวม 684 ไฟล์ ครูค้นหาได้เอง",
        ]),
        ("ส่วนที่ 3 ข้อมูลประกอบ", [
            "• เก็บข้อมูลปริมาณกระดาษด้วยแบบบันทึกการเบิกวัสดุ แล้ววิเคราะห์เปรียบเทียบก่อนและหลังด้วยค่าร้อยละ",
            "• สังเกตการณ์การประชุมและสอบถามครูเป็นรายบุคคล",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "42 -> 9 reams (78.6%), 12 -> 3 toner cartridges, 4 h -> 1 h, 684 files"),
        S(False, "clear", "expected teacher satisfaction ≥80% is never reported; paper and toner are"),
        S(True, "clear", "meeting papers printed for 31 teachers, thrown away and lost -> paperless meetings for the same staff"),
        S(False, "clear", "'ข้อมูลประกอบ' lists only method steps (recording sheet, percentages, observation); no named source"),
        SILENT,
        TYPE("administrative", False, "clear", "not named; an internal meeting process of the school"),
        TOPICS(["paper", "resource_saving", "information_system", "agency_efficiency"], "clear",
               "42 -> 9 reams, toner 12 -> 3 cartridges, tablets + Google Drive, clerk prep 4 h -> 1 h"),
    ),
))

# ================================================================ 05
SUBS.append(dict(
    name="05-court-bail-risk-assessment", main="แบบนำเสนอผลงาน ศาลแขวงนครราชสีมา.docx", layout="D", pdf=True,
    author="ศาลแขวงนครราชสีมา",
    head=["ผลงานการพัฒนานวัตกรรมของศาล"],
    sections=[
        ("ส่วนที่ 1 ข้อมูลผลงาน", [
            "ชื่อผลงาน: ปล่อยชั่วคราวโดยไม่ต้องมีหลักประกัน ด้วยแบบประเมินความเสี่ยง",
            "หน่วยงาน: ศาลแขวงนครราชสีมา สำนักงานศาลยุติธรรม",
            "ประเภทผลงาน: ผลงานนี้จัดเป็นนวัตกรรมเชิงนโยบาย เนื่องจากศาลออกประกาศกำหนดหลักเกณฑ์ใหม่ในการพิจารณาคำร้องขอปล่อยชั่วคราว",
        ]),
        ("ส่วนที่ 2 รายละเอียด", []),
        ("1) ความเป็นมาและความสำคัญของปัญหา", [
            "จำเลยในคดีอาญาของศาลแขวงส่วนใหญ่เป็นคดีที่มีอัตราโทษไม่สูง เช่น ขับรถขณะเมาสุรา ลักทรัพย์เล็กน้อย และทำร้ายร่างกาย "
            "จำเลยจำนวนมากมีรายได้น้อย ไม่มีโฉนดที่ดินหรือเงินสดมาวางเป็นหลักประกัน ต้องกู้เงินนอกระบบหรือซื้อสัญญาประกันอิสรภาพจากบริษัทประกันภัย "
            "บางรายไม่สามารถหาหลักประกันได้เลยจึงถูกขังระหว่างพิจารณา ทั้งที่ไม่มีพฤติการณ์จะหลบหนี ทำให้ขาดรายได้และกระทบครอบครัว "
            "ขณะเดียวกันเจ้าหน้าที่ต้องใช้เวลาตรวจสอบและประเมินราคาหลักประกันหลายขั้นตอน",
        ]),
        ("2) วัตถุประสงค์", [
            "• เพื่อให้จำเลยที่มีความเสี่ยงต่ำได้รับการปล่อยชั่วคราวโดยไม่ต้องวางหลักประกัน",
            "• เพื่อลดภาระค่าใช้จ่ายของจำเลยและครอบครัวในการหาหลักประกัน",
            "• เพื่อลดระยะเวลาการพิจารณาคำร้องขอปล่อยชั่วคราว",
        ]),
        ("3) วิธีดำเนินการ", [
            "• ศาลออกประกาศศาลแขวงนครราชสีมา เรื่อง หลักเกณฑ์การปล่อยชั่วคราวโดยใช้แบบประเมินความเสี่ยง ลงวันที่ 2 พฤศจิกายน 2566",
            "• เจ้าพนักงานศาลสัมภาษณ์จำเลยตามแบบประเมินความเสี่ยง 12 ข้อ เช่น ที่อยู่อาศัย อาชีพ ประวัติการหลบหนี และเสนอผลต่อผู้พิพากษา",
            "• จำเลยที่ได้คะแนนความเสี่ยงต่ำ ศาลอาจสั่งปล่อยโดยทำสัญญาประกันไม่มีหลักประกัน และกำหนดให้รายงานตัวผ่านแอปพลิเคชัน",
            "• กรณีผิดนัด ศาลออกหมายจับและปรับตามสัญญา",
        ]),
        ("4) ผลลัพธ์ที่คาดว่าจะได้รับ", [
            "• จำเลยที่ประเมินแล้วมีความเสี่ยงต่ำได้รับการปล่อยชั่วคราวไม่น้อยกว่าร้อยละ 80",
            "• ระยะเวลาพิจารณาคำร้องขอปล่อยชั่วคราวไม่เกิน 2 ชั่วโมง",
            "• อัตราการหลบหนีหรือผิดนัดไม่เกินร้อยละ 3",
        ]),
        ("5) ผลสัมฤทธิ์", [
            "• พฤศจิกายน 2566 – มิถุนายน 2567 มีจำเลยได้รับการประเมิน 1,184 ราย เสี่ยงต่ำ 963 ราย ได้รับการปล่อยชั่วคราวโดยไม่มีหลักประกัน 902 ราย (ร้อยละ 93.7)",
            "• ระยะเวลาพิจารณาคำร้องเฉลี่ย 1 ชั่วโมง 15 นาที จากเดิมเฉลี่ย 5 ชั่วโมง",
            "• ผิดนัดไม่มาศาล 14 ราย คิดเป็นร้อยละ 1.6",
            "• จำเลยและครอบครัวไม่ต้องเสียค่าเบี้ยประกันอิสรภาพ ประมาณการรวม 2.7 ล้านบาท",
        ]),
        ("ส่วนที่ 3 แหล่งอ้างอิง", [
            "• ประมวลกฎหมายวิธีพิจารณาความอาญา มาตรา 108 และมาตรา 110",
            "• ประกาศศาลแขวงนครราชสีมา เรื่อง หลักเกณฑ์การปล่อยชั่วคราวโดยใช้แบบประเมินความเสี่ยง ลงวันที่ 2 พฤศจิกายน 2566",
            "• สถิติคดีอาญาและการปล่อยชั่วคราว ศาลแขวงนครราชสีมา ปี พ.ศ. 2566 – 2567",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "1,184 assessed, 902 released (93.7%), 5 h -> 1 h 15, no-shows 1.6%, 2.7 M baht premiums"),
        S(True, "clear", "release rate, decision time and no-show rate all reported; premium savings are an extra"),
        S(True, "clear", "poor low-risk defendants held for lack of security -> release without security after risk assessment"),
        S(True, "clear", "Criminal Procedure Code ss.108/110, court announcement dated 2 Nov 2566, court statistics"),
        SILENT,
        TYPE("policy", True, "clear", "sentence: จัดเป็นนวัตกรรมเชิงนโยบาย (new court rule)"),
        TOPICS(["public_convenience", "step_reduction", "time_saving", "information_system"], "borderline",
               "defendants spared finding security, no valuation steps, 5 h -> 1 h 15; reporting via app is minor (borderline); 2.7 M baht is the defendants' money, not budget"),
    ),
))

# ================================================================ 06
SUBS.append(dict(
    name="06-police-patrol-qr-network", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="A",
    author="สภ.บ้านโป่ง",
    head=["ผลงาน \"สายตรวจสแกนจุด เครือข่ายเฝ้าบ้าน\"", "สถานีตำรวจภูธรบ้านโป่ง ตำรวจภูธรจังหวัดราชบุรี"],
    sections=[
        ("1. หลักการ เหตุผล และความจำเป็น", [
            "การตรวจตราป้องกันอาชญากรรมโดยสายตรวจรถยนต์และรถจักรยานยนต์เป็นภารกิจงานประจำของสถานีตำรวจ ผลงานนี้มิได้สร้างงานใหม่ "
            "แต่เป็นการปรับวิธีปฏิบัติงานตามหน้าที่ปกติของสายตรวจให้ตรวจสอบได้และเชื่อมกับชุมชน "
            "เดิมสายตรวจลงชื่อในสมุดตรวจ (ตู้แดง) 86 จุด ผู้บังคับบัญชาไม่สามารถรู้ได้ว่าสายตรวจไปถึงจุดจริงในเวลาใด "
            "และชาวบ้านในหมู่บ้านที่เกิดเหตุลักทรัพย์บ่อยไม่ทราบว่าควรแจ้งเหตุหรือข้อมูลบุคคลน่าสงสัยกับใคร "
            "ในปี 2566 อำเภอบ้านโป่งมีคดีลักทรัพย์ในเคหสถาน 142 คดี ส่วนใหญ่เกิดในช่วงกลางวันขณะเจ้าของบ้านออกไปทำงาน",
        ]),
        ("2. วัตถุประสงค์", [
            "2.1 เพื่อให้ตรวจสอบการออกตรวจของสายตรวจได้ตามเวลาจริง",
            "2.2 เพื่อสร้างเครือข่ายแจ้งข่าวระหว่างตำรวจกับชุมชน",
            "2.3 เพื่อลดคดีลักทรัพย์ในเคหสถาน",
        ]),
        ("3. วิธีการดำเนินงาน", [
            "3.1 ติดป้าย QR Code แทนสมุดตรวจทั้ง 86 จุด สายตรวจสแกนด้วยโทรศัพท์ ระบบบันทึกพิกัดและเวลาขึ้นแผนที่ในห้องวิทยุ",
            "3.2 จัดตั้งกลุ่มไลน์ \"เฝ้าบ้านบ้านโป่ง\" ร่วมกับผู้ใหญ่บ้าน อาสาสมัครป้องกันภัยฝ่ายพลเรือน และชุดรักษาความปลอดภัยหมู่บ้าน 64 หมู่บ้าน",
            "3.3 เจ้าของบ้านที่จะไม่อยู่บ้านหลายวันแจ้งฝากบ้านผ่านกลุ่มไลน์ สายตรวจเพิ่มรอบตรวจบ้านนั้นเป็นพิเศษ",
            "3.4 สรุปข้อมูลการสแกนและเหตุที่ได้รับแจ้งเสนอผู้กำกับการทุกสัปดาห์",
        ]),
        ("4. ผลลัพธ์ที่คาดหวัง", [
            "4.1 สายตรวจออกตรวจครบจุดตามแผนไม่น้อยกว่าร้อยละ 95",
            "4.2 คดีลักทรัพย์ในเคหสถานลดลงไม่น้อยกว่าร้อยละ 20",
        ]),
        ("5. ผลลัพธ์ที่เกิดขึ้นจริง", [
            "มกราคม – มิถุนายน 2567 สายตรวจสแกนครบจุดตามแผนร้อยละ 97.2 มีสมาชิกเครือข่ายในกลุ่มไลน์ 1,326 คน "
            "ได้รับแจ้งข่าวบุคคลและยานพาหนะน่าสงสัย 218 ครั้ง รับฝากบ้าน 402 หลัง "
            "คดีลักทรัพย์ในเคหสถานลดลงจาก 71 คดี ในช่วงเดียวกันของปี 2566 เหลือ 38 คดี หรือลดลงร้อยละ 46.5 "
            "และผู้บังคับบัญชาไม่ต้องออกตรวจสมุดตู้แดงด้วยตนเองอีก",
        ]),
        ("6. ข้อมูลอ้างอิง", [
            "1. สถิติคดีอาญา 4 กลุ่ม จากระบบ CRIMES สถานีตำรวจภูธรบ้านโป่ง ปี 2566 – 2567",
            "2. รายงานการประชุมประชาคมหมู่บ้านร่วมกับสถานีตำรวจ วันที่ 12 ธันวาคม 2566",
            "3. รายงานการสแกนจุดตรวจจากระบบ Police QR Patrol เดือนมกราคม – มิถุนายน 2567",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "97.2% points, 1,326 members, 218 tips, 402 houses, burglaries 71 -> 38 (-46.5%)"),
        S(True, "clear", "patrol coverage and burglary drop both reported; tips and house-sitting are extras"),
        S(True, "clear", "unverifiable patrols and daytime burglaries in villages -> QR check-in and a village network"),
        S(True, "clear", "CRIMES statistics, village meeting minutes with date, QR patrol system report"),
        S(True, "clear", "'เป็นภารกิจงานประจำ … มิได้สร้างงานใหม่ แต่เป็นการปรับวิธีปฏิบัติงานตามหน้าที่ปกติ'"),
        TYPE("administrative", False, "borderline", "not named; mainly the station's internal patrol control, but residents take part and benefit (service also plausible)"),
        TOPICS(["information_system", "integration", "agency_efficiency"], "clear",
               "QR check-in system and LINE, network with village heads/volunteers of 64 villages, supervisors no longer check books"),
    ),
))
# ================================================================ 07
SUBS.append(dict(
    name="07-sao-water-bill-app-zero-byte", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="C",
    author="อบต.หนองแวง",
    attach=[dict(file="รายงานการรับชำระค่าน้ำประปา.pdf", kind="empty")],
    head=["แบบนำเสนอผลงานนวัตกรรมขององค์กรปกครองส่วนท้องถิ่น", "ประจำปีงบประมาณ พ.ศ. 2567"],
    rows=[
        ("ชื่อผลงาน", "จดมิเตอร์ด้วยแอป จ่ายค่าน้ำด้วยคิวอาร์"),
        ("หน่วยงาน", "องค์การบริหารส่วนตำบลหนองแวง อำเภอกันทรวิชัย จังหวัดมหาสารคาม"),
    ],
    sections=[
        ("หลักการและเหตุผล", [
            "องค์การบริหารส่วนตำบลหนองแวงบริหารกิจการประปาหมู่บ้าน 9 แห่ง มีผู้ใช้น้ำ 1,870 ครัวเรือน "
            "ทุกเดือนพนักงานจดมาตรวัดน้ำด้วยสมุด แล้วนำมาคำนวณและออกใบแจ้งหนี้ด้วยมือ จากนั้นพนักงานเก็บเงินต้องเดินเก็บค่าน้ำเป็นเงินสดตามบ้าน "
            "ผู้ใช้น้ำที่ไม่อยู่บ้านต้องเดินทางมาชำระที่ที่ทำการ อบต. ตัวเลขมาตรวัดที่จดผิดทำให้มีผู้ใช้น้ำโต้แย้งใบแจ้งหนี้บ่อยครั้ง "
            "และในปี 2565 เคยตรวจพบว่ามีเงินค่าน้ำที่เก็บแล้วไม่ได้นำส่งคลังครบถ้วน ทำให้ผู้ใช้น้ำขาดความเชื่อมั่นในการบริหารกิจการประปา",
        ]),
        ("วัตถุประสงค์", [
            "1. เพื่อให้การจดมาตรวัดน้ำและออกใบแจ้งหนี้ถูกต้องและรวดเร็ว",
            "2. เพื่อให้ผู้ใช้น้ำชำระค่าน้ำได้โดยไม่ต้องใช้เงินสดหรือเดินทางมาที่ทำการ",
            "3. เพื่อป้องกันการรั่วไหลของเงินรายได้ค่าน้ำประปา",
            "4. เพื่อลดปริมาณน้ำสูญเสียในระบบประปาหมู่บ้าน",
        ]),
        ("การดำเนินงาน", [
            "1. ใช้แอปพลิเคชันจดมาตรวัดน้ำบนโทรศัพท์ ถ่ายภาพหน้าปัดมาตรทุกครั้ง ระบบคำนวณค่าน้ำและพิมพ์ใบแจ้งหนี้พร้อม QR Code ทันทีหน้าบ้าน",
            "2. ผู้ใช้น้ำชำระผ่านแอปพลิเคชันธนาคารทุกธนาคาร เงินเข้าบัญชีเงินฝากของ อบต. โดยตรง ยกเลิกการเก็บเงินสดตามบ้าน",
            "3. ระบบแจ้งเตือนเมื่อปริมาณการใช้น้ำของบ้านใดสูงผิดปกติ เพื่อให้ช่างตรวจหาท่อรั่ว",
            "4. กองคลังกระทบยอดเงินเข้าบัญชีกับทะเบียนลูกหนี้ค่าน้ำทุกสัปดาห์",
        ]),
        ("ผลลัพธ์ที่คาดหวัง", [
            "1. ใบแจ้งหนี้ที่ผิดพลาดลดลงไม่น้อยกว่าร้อยละ 80",
            "2. ผู้ใช้น้ำชำระผ่าน QR Code ไม่น้อยกว่าร้อยละ 60",
            "3. ปริมาณน้ำสูญเสียในระบบลดลงไม่น้อยกว่าร้อยละ 15",
        ]),
        ("ผลลัพธ์ที่เกิดขึ้นจริง", [
            "1. ตั้งแต่มกราคม 2567 ใบแจ้งหนี้ที่ผู้ใช้น้ำโต้แย้งลดลงจากเดือนละประมาณ 35 ฉบับ เหลือ 3 ฉบับ",
            "2. ผู้ใช้น้ำร้อยละ 72 ชำระผ่าน QR Code ที่เหลือชำระที่ที่ทำการ อบต. ไม่มีการเก็บเงินสดตามบ้านอีก",
            "3. ยอดเงินค่าน้ำทุกบาทเข้าบัญชีของ อบต. และตรวจสอบย้อนหลังได้ ไม่พบยอดเงินที่ไม่นำส่ง",
            "4. พนักงานใช้เวลาจดมาตรและออกใบแจ้งหนี้ลดลงจาก 6 วันทำการต่อรอบ เหลือ 3 วันทำการ",
        ]),
        ("เอกสารอ้างอิง", ["ตามเอกสารแนบ: รายงานการรับชำระค่าน้ำประปา"]),
    ],
    truth=TRUTH(
        S(True, "clear", "disputed bills 35 -> 3/month, 72% by QR, 6 -> 3 working days"),
        S(False, "clear", "expected water loss cut ≥15% is never reported; bills and QR share are"),
        S(True, "clear", "manual meter reading errors and cash collection leaks for 1,870 water users -> app + QR"),
        S(False, "clear", "the only reference is the attached PDF, which is 0 bytes (unreadable)"),
        SILENT,
        TYPE("service", False, "clear", "not named; changes how residents are billed and pay"),
        TOPICS(["information_system", "anti_corruption", "public_convenience", "agency_efficiency"], "clear",
               "meter app + QR, cash collection ended so money cannot leak, no trips to pay, billing 6 -> 3 days"),
    ),
))

# ================================================================ 08
SUBS.append(dict(
    name="08-hospital-energy-saving", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="A",
    author="โรงพยาบาลพระนครศรีอยุธยา",
    head=[FORM3, "ชื่อผลงาน: ตั้งเวลาแอร์ เปลี่ยนไฟ ลดค่าไฟโรงพยาบาล",
          "หน่วยงาน: งานบริหารทั่วไป กลุ่มงานโครงสร้างพื้นฐานและวิศวกรรมทางการแพทย์ โรงพยาบาลพระนครศรีอยุธยา"],
    sections=[
        ("1. ความเป็นมา", [
            "โรงพยาบาลพระนครศรีอยุธยามีอาคารบริการ 11 หลัง ใช้ไฟฟ้าปีละกว่า 4.2 ล้านหน่วย ค่าไฟฟ้าเป็นค่าใช้จ่ายดำเนินงานที่สูงเป็นอันดับสามรองจากค่ายาและค่าตอบแทน "
            "การสำรวจพบว่าเครื่องปรับอากาศในห้องตรวจผู้ป่วยนอกและห้องประชุมเปิดทิ้งไว้หลังเลิกใช้งาน โคมไฟฟลูออเรสเซนต์รุ่นเก่ายังใช้อยู่กว่า 2,300 ชุด "
            "และเครื่องทำน้ำเย็นของระบบปรับอากาศส่วนกลางเดินเครื่องเต็มกำลังตลอดวันโดยไม่ปรับตามอุณหภูมิ "
            "ในขณะที่โรงพยาบาลมีภาวะการเงินตึงตัว ต้องนำเงินบำรุงมาชำระค่าไฟฟ้าแทนที่จะนำไปพัฒนาบริการผู้ป่วย",
        ]),
        ("2. วัตถุประสงค์", [
            "2.1 เพื่อลดปริมาณการใช้ไฟฟ้าของโรงพยาบาล",
            "2.2 เพื่อลดค่าใช้จ่ายด้านไฟฟ้า",
            "2.3 เพื่อสร้างพฤติกรรมประหยัดพลังงานของบุคลากร",
        ]),
        ("3. การดำเนินงาน", [
            "3.1 ติดตั้งอุปกรณ์ตั้งเวลาเปิด – ปิดเครื่องปรับอากาศ 180 เครื่องในพื้นที่ผู้ป่วยนอก สำนักงาน และห้องประชุม ให้ตัดไฟอัตโนมัติเวลา 16.30 น.",
            "3.2 เปลี่ยนหลอดฟลูออเรสเซนต์เป็นหลอด LED ทยอยเปลี่ยนตามรอบชำรุด รวม 2,310 ชุด",
            "3.3 ปรับตั้งค่าเครื่องทำน้ำเย็นให้ทำงานตามภาระความเย็นจริง และล้างคอยล์ทุก 3 เดือน",
            "3.4 แต่งตั้งผู้รับผิดชอบด้านพลังงานประจำหน่วยงาน 42 หน่วย ตรวจการปิดไฟและแอร์ทุกวัน",
        ]),
        ("4. ผลลัพธ์ที่คาดหวัง", [
            "4.1 ปริมาณการใช้ไฟฟ้าลดลงไม่น้อยกว่าร้อยละ 8 เมื่อเทียบกับปีงบประมาณ พ.ศ. 2566",
            "4.2 ค่าไฟฟ้าลดลงไม่น้อยกว่า 1 ล้านบาทต่อปี",
        ]),
        ("5. ผลการดำเนินงาน", [
            "ตุลาคม 2566 – มิถุนายน 2567 (9 เดือน) โรงพยาบาลใช้ไฟฟ้า 2,861,400 หน่วย ลดลงจาก 3,175,900 หน่วยในช่วงเดียวกันของปีก่อน "
            "คิดเป็นการใช้ไฟฟ้าลดลง 314,500 หน่วย หรือร้อยละ 9.9 ค่าไฟฟ้าลดลง 1,384,000 บาท "
            "นอกจากนี้ ความต้องการพลังไฟฟ้าสูงสุดลดลงจาก 1,420 กิโลวัตต์ เหลือ 1,265 กิโลวัตต์ "
            "เรื่องร้องเรียนว่าห้องตรวจร้อนมีเพียง 4 เรื่อง และแก้ไขแล้วทั้งหมด "
            "หลอดไฟ LED มีอายุใช้งานยาวกว่าเดิม งานซ่อมบำรุงเปลี่ยนหลอดลดลงจากเดือนละ 150 หลอดเหลือ 20 หลอด "
            "โรงพยาบาลได้รับรางวัลอาคารประหยัดพลังงานระดับจังหวัดประจำปี 2567",
        ]),
        ("6. ข้อมูลอ้างอิง", [
            "1. ใบแจ้งค่าไฟฟ้า การไฟฟ้าส่วนภูมิภาคจังหวัดพระนครศรีอยุธยา ตุลาคม 2565 – มิถุนายน 2567",
            "2. พระราชบัญญัติการส่งเสริมการอนุรักษ์พลังงาน พ.ศ. 2535 และกฎกระทรวงกำหนดมาตรฐานการจัดการพลังงานในอาคารควบคุม",
            "3. รายงานการจัดการพลังงานของอาคารควบคุม โรงพยาบาลพระนครศรีอยุธยา ประจำปี 2566 ที่ส่งกรมพัฒนาพลังงานทดแทนและอนุรักษ์พลังงาน",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "3,175,900 -> 2,861,400 kWh (-9.9%), 1,384,000 baht, 1,420 -> 1,265 kW"),
        S(True, "clear", "kWh and baht both reported; peak demand, complaints and lamp replacements are extras"),
        S(True, "clear", "air-con left on, old lamps, hospital money spent on power -> schedule and LED in the hospital"),
        S(True, "clear", "PEA bills with months, Energy Conservation Act and ministerial rule, DEDE energy report 2566"),
        SILENT,
        TYPE("administrative", False, "clear", "not named; lowers the hospital's own running cost"),
        TOPICS(["energy", "budget", "resource_saving"], "borderline",
               "kWh -9.9%, power bill down 1,384,000 baht; fewer lamps replaced (150 -> 20/month) may count as resource saving (borderline)"),
    ),
))

# ================================================================ 09
SUBS.append(dict(
    name="09-municipal-integrity-pact", main="แบบฟอร์ม 3 ผลงานนวัตกรรม ทม.กาฬสินธุ์.docx", layout="C",
    author="เทศบาลเมืองกาฬสินธุ์",
    head=["แบบนำเสนอโครงการพัฒนานวัตกรรม (แบบฟอร์ม 3)"],
    rows=[
        ("ชื่อโครงการ", "ข้อตกลงคุณธรรม ป้ายคิวอาร์บอกราคา ประชาชนร่วมตรวจรับงาน"),
        ("หน่วยงาน", "เทศบาลเมืองกาฬสินธุ์ จังหวัดกาฬสินธุ์"),
        ("รูปแบบนวัตกรรม", TICK["policy"]),
        ("ระยะเวลา", "ตุลาคม 2566 – กรกฎาคม 2567"),
    ],
    sections=[
        ("ความเป็นมา", [
            "เทศบาลเมืองกาฬสินธุ์มีโครงการก่อสร้างถนน ท่อระบายน้ำ และอาคาร ปีละประมาณ 60 โครงการ วงเงินรวมกว่า 85 ล้านบาท "
            "ที่ผ่านมาประชาชนในชุมชนไม่ทราบว่างานที่ทำหน้าบ้านของตนมีราคาเท่าใด ผู้รับจ้างเป็นใคร และมีกำหนดแล้วเสร็จเมื่อใด "
            "เมื่อถนนชำรุดเร็วหรืองานล่าช้า ประชาชนจึงร้องเรียนผ่านสื่อสังคมออนไลน์ว่ามีการทุจริต ในปีงบประมาณ พ.ศ. 2566 เทศบาลได้รับเรื่องร้องเรียนเกี่ยวกับงานก่อสร้าง 23 เรื่อง "
            "ขณะที่การประกวดราคาบางโครงการมีผู้ยื่นข้อเสนอเพียง 1 – 2 ราย ราคาที่ได้ใกล้เคียงราคากลาง",
        ]),
        ("วัตถุประสงค์", [
            "1. เพื่อเปิดเผยข้อมูลโครงการก่อสร้างให้ประชาชนตรวจสอบได้",
            "2. เพื่อให้ประชาชนมีส่วนร่วมในการตรวจรับงานจ้าง",
            "3. เพื่อเพิ่มการแข่งขันในการจัดซื้อจัดจ้างและป้องกันการทุจริต",
        ]),
        ("การดำเนินการ", [
            "1. ลงนามข้อตกลงคุณธรรม (Integrity Pact) ระหว่างเทศบาล ผู้ยื่นข้อเสนอ และผู้สังเกตการณ์จากองค์กรต่อต้านคอร์รัปชัน (ประเทศไทย) เมื่อวันที่ 9 ตุลาคม 2566",
            "2. ออกประกาศเทศบาลเมืองกาฬสินธุ์ เรื่อง การเปิดเผยข้อมูลโครงการก่อสร้าง กำหนดให้ติดป้าย QR Code ที่หน้างานทุกโครงการ แสดงราคากลาง ราคาสัญญา ผู้รับจ้าง และแบบรูป",
            "3. ให้ชุมชนคัดเลือกผู้แทนร่วมเป็นผู้สังเกตการณ์การตรวจรับงานจ้าง ชุมชนละ 2 คน รวม 33 ชุมชน",
            "4. เผยแพร่ผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์ของเทศบาล",
        ]),
        ("ผลลัพธ์ที่คาดหวัง", [
            "1. โครงการก่อสร้างทุกโครงการติดป้าย QR Code",
            "2. เรื่องร้องเรียนเกี่ยวกับงานก่อสร้างลดลงไม่น้อยกว่าร้อยละ 50",
            "3. จำนวนผู้ยื่นข้อเสนอเฉลี่ยต่อโครงการเพิ่มขึ้น",
        ]),
        ("ผลสัมฤทธิ์", [
            "1. โครงการก่อสร้าง 47 โครงการติดป้าย QR Code ครบทุกโครงการ มีการสแกนดูข้อมูล 9,860 ครั้ง",
            "2. เรื่องร้องเรียนเกี่ยวกับงานก่อสร้างลดลงจาก 23 เรื่อง เหลือ 6 เรื่อง",
            "3. ผู้ยื่นข้อเสนอเฉลี่ยเพิ่มจาก 1.8 ราย เป็น 4.3 รายต่อโครงการ ราคาที่ทำสัญญาต่ำกว่าราคากลางเฉลี่ยร้อยละ 11.4 "
            "ทำให้เทศบาลประหยัดงบประมาณได้ 6,920,000 บาท",
            "4. ผู้แทนชุมชนร่วมตรวจรับงาน 41 ครั้ง พบงานไม่เป็นไปตามแบบ 3 โครงการ และให้ผู้รับจ้างแก้ไขก่อนตรวจรับ",
        ]),
        ("หลักฐานอ้างอิง", [
            "1. ข้อตกลงคุณธรรม ลงวันที่ 9 ตุลาคม 2566",
            "2. ประกาศเทศบาลเมืองกาฬสินธุ์ เรื่อง การเปิดเผยข้อมูลโครงการก่อสร้าง",
            "3. รายงานสรุปผลการจัดซื้อจัดจ้างจากระบบ e-GP กรมบัญชีกลาง ปีงบประมาณ พ.ศ. 2566 – 2567",
            "4. ทะเบียนเรื่องร้องเรียน ศูนย์รับเรื่องราวร้องทุกข์เทศบาลเมืองกาฬสินธุ์",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "47 projects, 9,860 scans, complaints 23 -> 6, bidders 1.8 -> 4.3, 6,920,000 baht saved"),
        S(True, "clear", "QR coverage, complaints and bidders all reported; savings and inspections are extras"),
        S(True, "borderline", "residents cannot check works and suspect corruption, little competition -> open data and joint inspection; the target group is named only loosely (residents/bidders)"),
        S(True, "clear", "Integrity Pact dated 9 Oct 2566, municipal announcement, e-GP report, complaint register"),
        SILENT,
        TYPE("policy", True, "clear", "ticked box ☑ เชิงนโยบาย (Policy Innovation)"),
        TOPICS(["anti_corruption", "integration", "budget", "information_system"], "clear",
               "Integrity Pact, community observers, QR price signs and web data; contract prices below reference saved 6,920,000 baht (stated as ประหยัดงบประมาณ)"),
    ),
))

# ================================================================ 10
SUBS.append(dict(
    name="10-province-e-meeting-committee", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="A",
    author="สำนักงานจังหวัดชัยภูมิ",
    head=["แบบนำเสนอผลงานนวัตกรรมของจังหวัดชัยภูมิ ประจำปีงบประมาณ พ.ศ. 2567",
          "ชื่อผลงาน: ประชุมกรมการจังหวัดแบบผสมผสาน ไร้กระดาษ",
          "หน่วยงาน: สำนักงานจังหวัดชัยภูมิ (กลุ่มงานอำนวยการ)",
          "ประเภทนวัตกรรม: " + TICK["admin"]],
    sections=[
        ("1. หลักการและเหตุผล", [
            "จังหวัดชัยภูมิจัดประชุมคณะกรมการจังหวัดและหัวหน้าส่วนราชการทุกเดือน ผู้เข้าประชุมประมาณ 150 คน "
            "ประกอบด้วยหัวหน้าส่วนราชการประจำจังหวัดและนายอำเภอ 16 อำเภอ ซึ่งบางอำเภออยู่ห่างจากศาลากลางกว่า 120 กิโลเมตร "
            "นายอำเภอต้องใช้เวลาเดินทางไปกลับเกือบทั้งวัน และสำนักงานจังหวัดต้องพิมพ์ระเบียบวาระการประชุมเล่มละประมาณ 80 หน้า แจกทุกคน "
            "ในปีงบประมาณ พ.ศ. 2566 ใช้กระดาษสำหรับการประชุมนี้ 310 รีม และการประชุมแต่ละครั้งใช้เวลาเฉลี่ยกว่า 4 ชั่วโมง เพราะต้องอ่านรายงานตามเอกสารทีละหน่วยงาน",
        ]),
        ("2. วัตถุประสงค์", [
            "2.1 เพื่อลดการใช้กระดาษในการประชุมกรมการจังหวัด",
            "2.2 เพื่อลดค่าใช้จ่ายและเวลาในการเดินทางของนายอำเภอและหัวหน้าส่วนราชการ",
            "2.3 เพื่อให้การประชุมกระชับ ใช้เวลาน้อยลง",
        ]),
        ("3. การดำเนินการ", [
            "3.1 จัดทำระเบียบวาระการประชุมอิเล็กทรอนิกส์ เผยแพร่ผ่าน QR Code และระบบ e-Meeting ก่อนวันประชุม 3 วัน",
            "3.2 นายอำเภอเข้าประชุมผ่านระบบประชุมทางไกลจากที่ว่าการอำเภอ เว้นแต่เดือนที่มีวาระสำคัญ",
            "3.3 หน่วยงานส่งรายงานผลการดำเนินงานล่วงหน้าในระบบ และนำเสนอในที่ประชุมเฉพาะเรื่องที่ต้องการการตัดสินใจ",
        ]),
        ("4. ผลลัพธ์ที่คาดหวัง", [
            "4.1 กระดาษที่ใช้ในการประชุมลดลงไม่น้อยกว่าร้อยละ 70",
            "4.2 ค่าใช้จ่ายในการเดินทางของส่วนราชการลดลง",
            "4.3 ระยะเวลาการประชุมแต่ละครั้งไม่เกิน 2 ชั่วโมง 30 นาที",
        ]),
        ("5. ผลลัพธ์ที่เกิดขึ้นจริง", [
            "ตุลาคม 2566 – มิถุนายน 2567 จัดประชุมแบบผสมผสาน 9 ครั้ง ใช้กระดาษ 36 รีม เทียบกับ 232 รีมในช่วงเดียวกันของปีก่อน ลดลงร้อยละ 84.5 "
            "นายอำเภอเข้าประชุมทางไกลรวม 118 ครั้ง ลดการใช้น้ำมันเชื้อเพลิงรถราชการได้ประมาณ 3,540 ลิตร "
            "ประหยัดค่าน้ำมันและค่าเบี้ยเลี้ยงเดินทางของส่วนราชการได้ 187,600 บาท "
            "ผู้เข้าประชุมเข้าถึงเอกสารย้อนหลังได้จากโทรศัพท์ และสำนักงานจังหวัดไม่ต้องจัดพิมพ์และเข้าเล่มเอกสารอีก",
        ]),
        ("6. ข้อมูลอ้างอิง", [
            "1. หนังสือกระทรวงมหาดไทย ด่วนที่สุด ที่ มท 0212.3/ว 1432 เรื่อง การประชุมผ่านสื่ออิเล็กทรอนิกส์",
            "2. พระราชกำหนดว่าด้วยการประชุมผ่านสื่ออิเล็กทรอนิกส์ พ.ศ. 2563",
            "3. ทะเบียนการเบิกจ่ายวัสดุสำนักงาน สำนักงานจังหวัดชัยภูมิ ปีงบประมาณ พ.ศ. 2566 – 2567",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "232 -> 36 reams (-84.5%), 118 remote attendances, 3,540 litres, 187,600 baht"),
        S(False, "clear", "expected meeting length ≤2 h 30 is never reported; paper and travel cost are"),
        S(True, "clear", "district chiefs travel 120 km and 310 reams are printed for the monthly meeting -> hybrid paperless meeting"),
        S(True, "clear", "MOI letter with number, Emergency Decree on e-meetings 2563, supply register"),
        SILENT,
        TYPE("administrative", True, "clear", "ticked box ☑ การบริหาร/องค์กร"),
        TOPICS(["paper", "energy", "budget", "information_system", "agency_efficiency"], "clear",
               "232 -> 36 reams, 3,540 litres of fuel, 187,600 baht of agencies' travel cost saved, e-Meeting system, no printing/binding"),
    ),
))

# ================================================================ 11
SUBS.append(dict(
    name="11-district-mobile-id-card", main="แบบนำเสนอผลงาน อำเภอเมืองยโสธร.docx", layout="B",
    author="ที่ว่าการอำเภอเมืองยโสธร",
    head=["บัตรถึงบ้าน ผู้ป่วยติดเตียง", "ฝ่ายทะเบียนและบัตร ที่ว่าการอำเภอเมืองยโสธร จังหวัดยโสธร"],
    sections=[
        ("ความเป็นมา", [
            "การจัดทำบัตรประจำตัวประชาชนเป็นงานตามหน้าที่ปกติของฝ่ายทะเบียนและบัตร และการออกหน่วยบริการนอกสำนักงานก็เป็นภารกิจงานประจำที่อำเภอดำเนินการทุกปี "
            "อย่างไรก็ดี ผู้สูงอายุและผู้ป่วยติดเตียงจำนวนมากมีบัตรหมดอายุ ญาติไม่สามารถใช้สิทธิรักษาพยาบาล รับเบี้ยยังชีพ หรือทำธุรกรรมธนาคารแทนได้ "
            "การพาผู้ป่วยมาที่ว่าการอำเภอต้องเช่ารถและใช้คนช่วยยก ทำให้หลายครอบครัวปล่อยให้บัตรหมดอายุไว้ "
            "เมื่อบัตรหมดอายุ ญาติไม่สามารถนำบัตรไปยืนยันตัวตนที่โรงพยาบาล ธนาคาร หรือสำนักงานพัฒนาสังคมได้ บางรายถูกระงับการจ่ายเบี้ยยังชีพชั่วคราว "
            "ขณะที่ผู้ป่วยบางรายเคลื่อนย้ายไม่ได้เลยเพราะต้องใช้เครื่องผลิตออกซิเจนหรือสายให้อาหาร อำเภอจึงปรับวิธีให้บริการโดยนำอุปกรณ์ไปทำบัตรให้ถึงเตียงผู้ป่วย",
        ]),
        ("วัตถุประสงค์", [
            "1) เพื่อให้ผู้ป่วยติดเตียงได้รับบัตรประจำตัวประชาชนโดยไม่ต้องเดินทาง",
            "2) เพื่อให้ญาติใช้สิทธิต่าง ๆ แทนผู้ป่วยได้ต่อเนื่อง",
        ]),
        ("วิธีการดำเนินงาน", [
            "1) ขอรายชื่อผู้ป่วยติดเตียงจากโรงพยาบาลส่งเสริมสุขภาพตำบลและอาสาสมัครสาธารณสุขประจำหมู่บ้าน",
            "2) ตรวจสอบสถานะบัตรจากฐานข้อมูลทะเบียนราษฎร และนัดหมายญาติล่วงหน้า",
            "3) เจ้าหน้าที่นำชุดอุปกรณ์ทำบัตรเคลื่อนที่ออกให้บริการที่บ้านทุกวันพฤหัสบดี",
            "4) อสม. ในหมู่บ้านนำทางไปบ้านผู้ป่วยและช่วยจัดท่าผู้ป่วยขณะถ่ายภาพและเก็บลายพิมพ์นิ้วมือ",
            "5) กรณีผู้ป่วยพิมพ์ลายนิ้วมือไม่ได้ ให้นายทะเบียนบันทึกเหตุผลตามระเบียบ และให้ญาติลงชื่อรับรอง",
        ]),
        ("ผลที่คาดว่าจะได้รับ", [
            "1) ผู้ป่วยติดเตียงที่บัตรหมดอายุได้รับบัตรใหม่ครบทุกรายที่แจ้งความประสงค์",
            "2) ญาติผู้ป่วยไม่ต้องเสียค่าใช้จ่ายในการพาผู้ป่วยมาที่ว่าการอำเภอ",
        ]),
        ("ผลการดำเนินงาน", [
            "อำเภอออกให้บริการครบทั้ง 17 ตำบล ผู้ป่วยติดเตียงที่แจ้งความประสงค์ได้รับบัตรประจำตัวประชาชนใหม่ครบทุกราย "
            "ญาติไม่ต้องเช่ารถหรือหาคนช่วยพาผู้ป่วยมาที่ว่าการอำเภอ และสามารถใช้บัตรยืนยันตัวตนเพื่อรับสิทธิรักษาพยาบาลและเบี้ยยังชีพแทนผู้ป่วยได้ "
            "ญาติหลายรายแจ้งว่าพอใจที่เจ้าหน้าที่มาถึงบ้าน",
        ]),
        ("เอกสารอ้างอิง", [
            "1) พระราชบัญญัติบัตรประจำตัวประชาชน พ.ศ. 2526 และที่แก้ไขเพิ่มเติม",
            "2) บัญชีรายชื่อผู้ป่วยติดเตียง อำเภอเมืองยโสธร จาก รพ.สต. 21 แห่ง ณ เดือนพฤศจิกายน 2566",
        ]),
    ],
    truth=TRUTH(
        S(False, "borderline", "only '17 ตำบล' (an activity count) and 'ครบทุกราย'; no count of cards, cost or time"),
        S(True, "borderline", "both expected measures (all requesting patients get cards, relatives spared cost) are answered, but only in words"),
        S(True, "clear", "bedridden patients' cards expire, relatives cannot use rights -> cards made at home"),
        S(True, "clear", "ID Card Act 2526, bedridden list from 21 health centres as of Nov 2566"),
        S(True, "clear", "'เป็นงานตามหน้าที่ปกติ … เป็นภารกิจงานประจำที่อำเภอดำเนินการทุกปี'"),
        TYPE("service", False, "clear", "not named; a service brought to the public's home"),
        TOPICS(["public_convenience", "integration"], "borderline",
               "cards made at home; patient lists from health centres and village volunteers is cooperation, but light (borderline)"),
    ),
))

# ================================================================ 12
SUBS.append(dict(
    name="12-university-e-thesis", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="C", pdf=True,
    author="บัณฑิตวิทยาลัย มหาวิทยาลัยราชภัฏอุบลราชธานี",
    head=["แบบนำเสนอผลงานนวัตกรรมเพื่อเพิ่มประสิทธิภาพการปฏิบัติงาน", "ปีงบประมาณ พ.ศ. 2567"],
    rows=[
        ("ชื่อผลงาน", "ส่งเล่มวิทยานิพนธ์ออนไลน์ ลงนามอิเล็กทรอนิกส์"),
        ("หน่วยงาน", "บัณฑิตวิทยาลัย มหาวิทยาลัยราชภัฏอุบลราชธานี"),
        ("ประเภทนวัตกรรม", TICK["none"]),
    ],
    sections=[
        ("หลักการและเหตุผล", [
            "นักศึกษาระดับบัณฑิตศึกษาของมหาวิทยาลัยส่วนใหญ่เป็นครูและข้าราชการที่ทำงานอยู่ต่างอำเภอหรือต่างจังหวัด "
            "ในการสอบและส่งเล่มวิทยานิพนธ์ นักศึกษาต้องพิมพ์เล่มฉบับสมบูรณ์ 6 เล่ม แล้วนำไปให้อาจารย์ที่ปรึกษา กรรมการสอบ และคณบดีลงนามในหน้าอนุมัติทีละคน "
            "ต้องเดินทางมามหาวิทยาลัยเฉลี่ย 4 ครั้ง ใช้เวลาตั้งแต่สอบผ่านจนได้รับอนุมัติจบเฉลี่ย 38 วัน "
            "หลายคนพลาดกำหนดวันสำเร็จการศึกษาของภาคเรียน ทำให้ต้องลงทะเบียนรักษาสภาพเพิ่ม",
        ]),
        ("วัตถุประสงค์", [
            "1. เพื่อให้นักศึกษาส่งเล่มวิทยานิพนธ์ได้โดยไม่ต้องเดินทางมามหาวิทยาลัย",
            "2. เพื่อลดขั้นตอนและระยะเวลาการอนุมัติเล่ม",
            "3. เพื่อลดการพิมพ์เล่มวิทยานิพนธ์",
        ]),
        ("วิธีดำเนินงาน", [
            "1. พัฒนาระบบส่งเล่มวิทยานิพนธ์ออนไลน์ เชื่อมกับโปรแกรมตรวจการคัดลอกผลงาน",
            "2. อาจารย์ที่ปรึกษา กรรมการ และคณบดีลงลายมือชื่ออิเล็กทรอนิกส์ในหน้าอนุมัติผ่านระบบ",
            "3. นักศึกษาส่งไฟล์ PDF ฉบับสมบูรณ์ และส่งเล่มพิมพ์เพียง 1 เล่มให้สำนักวิทยบริการ",
            "4. ขั้นตอนลดจาก 8 ขั้นตอน เหลือ 4 ขั้นตอน คือ ส่งไฟล์ ตรวจรูปแบบ ลงนามอิเล็กทรอนิกส์ และอนุมัติ",
        ]),
        ("ผลลัพธ์ที่คาดหวัง", [
            "1. ระยะเวลาอนุมัติเล่มไม่เกิน 14 วัน",
            "2. นักศึกษาไม่ต้องเดินทางมาเพื่อขอลงนามในหน้าอนุมัติ",
            "3. จำนวนเล่มวิทยานิพนธ์ที่ต้องพิมพ์ลดลง",
        ]),
        ("ผลลัพธ์ที่เกิดขึ้นจริง", [
            "ภาคเรียนที่ 2/2566 และ 1/2567 มีนักศึกษาส่งเล่มผ่านระบบ 214 คน "
            "ระยะเวลาตั้งแต่สอบผ่านจนอนุมัติเล่มลดลงจากเฉลี่ย 38 วัน เหลือ 9 วัน "
            "นักศึกษาไม่ต้องเดินทางมาขอลงนาม ลดการเดินทางได้รวมประมาณ 856 เที่ยว "
            "การพิมพ์เล่มลดลงจาก 6 เล่มเหลือ 1 เล่มต่อคน หรือประมาณ 1,070 เล่ม คิดเป็นกระดาษราว 160,000 แผ่น "
            "นักศึกษาที่สำเร็จการศึกษาทันภาคเรียนเพิ่มขึ้นจากร้อยละ 61 เป็นร้อยละ 88 ผลประเมินความพึงพอใจของนักศึกษาอยู่ในระดับมากที่สุด (4.62 จาก 5)",
        ]),
        ("เอกสารอ้างอิง", [
            "1. ประกาศมหาวิทยาลัยราชภัฏอุบลราชธานี เรื่อง การส่งวิทยานิพนธ์ฉบับสมบูรณ์ในรูปแบบอิเล็กทรอนิกส์ พ.ศ. 2566",
            "2. พระราชบัญญัติว่าด้วยธุรกรรมทางอิเล็กทรอนิกส์ พ.ศ. 2544 มาตรา 9",
            "3. รายงานสถิติผู้สำเร็จการศึกษา บัณฑิตวิทยาลัย ปีการศึกษา 2565 – 2566",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "214 students, 38 -> 9 days, 856 trips, 1,070 copies / ~160,000 sheets, 61% -> 88%, 4.62/5"),
        S(True, "clear", "approval time, trips and printed copies all reported; on-time graduation and satisfaction are extras"),
        S(True, "clear", "working graduate students travel to collect signatures and miss graduation -> online submission and e-signatures"),
        S(True, "clear", "university announcement 2566, Electronic Transactions Act s.9, graduate statistics"),
        SILENT,
        TYPE("service", False, "borderline", "the three type boxes are all unticked (☐), so not stated; students are the service users, but it is also an internal approval process"),
        TOPICS(["information_system", "public_convenience", "step_reduction", "time_saving", "paper"], "clear",
               "online system + e-signatures, students spared 856 trips, 8 -> 4 steps, 38 -> 9 days, ~160,000 sheets"),
    ),
))
# ================================================================ 13
SUBS.append(dict(
    name="13-ppho-e-leave-no-refs", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="A",
    author="สำนักงานสาธารณสุขจังหวัดยโสธร",
    head=[FORM3, "ชื่อผลงาน: ลาออนไลน์ ขอไปราชการออนไลน์ อนุมัติได้ทุกที่",
          "หน่วยงาน: กลุ่มงานบริหารทรัพยากรบุคคล สำนักงานสาธารณสุขจังหวัดยโสธร"],
    sections=[
        ("1. สภาพปัญหาและความจำเป็น", [
            "สำนักงานสาธารณสุขจังหวัดยโสธรมีบุคลากรในสำนักงานและสำนักงานสาธารณสุขอำเภอรวม 214 คน "
            "การขอลาและการขออนุมัติเดินทางไปราชการยังใช้แบบฟอร์มกระดาษ ต้องผ่านการลงนามของหัวหน้ากลุ่มงาน ผู้ตรวจสอบวันลา และผู้มีอำนาจอนุมัติตามลำดับ "
            "เมื่อผู้บังคับบัญชาไปราชการนอกสำนักงาน แบบฟอร์มจะค้างอยู่บนโต๊ะหลายวัน บางครั้งบุคลากรเดินทางไปแล้วแต่ยังไม่ได้รับอนุมัติ "
            "เจ้าหน้าที่บุคคลต้องนับวันลาสะสมจากบัตรลงเวลาด้วยมือ และมีการคำนวณวันลาผิดพลาดเป็นประจำ "
            "ความผิดพลาดนี้ส่งผลต่อการพิจารณาเลื่อนเงินเดือนและการเบิกค่าตอบแทน บุคลากรต้องมาสอบถามยอดวันลาคงเหลือที่กลุ่มงานบุคคลด้วยตนเองอยู่เสมอ",
        ]),
        ("2. วัตถุประสงค์", [
            "2.1 เพื่อให้การขอลาและขออนุมัติไปราชการทำได้ผ่านระบบออนไลน์ และผู้บังคับบัญชาอนุมัติได้ทุกที่",
            "2.2 เพื่อลดระยะเวลาการอนุมัติ",
            "2.3 เพื่อลดความผิดพลาดในการคำนวณวันลาสะสม",
        ]),
        ("3. ขั้นตอนการดำเนินงาน", [
            "3.1 พัฒนาระบบลาและขออนุมัติไปราชการบนเว็บไซต์ของสำนักงาน เชื่อมกับฐานข้อมูลบุคลากร",
            "3.2 ผู้บังคับบัญชาได้รับการแจ้งเตือนผ่านไลน์และกดอนุมัติจากโทรศัพท์",
            "3.3 ระบบคำนวณวันลาคงเหลือและจัดทำรายงานสรุปวันลารายเดือนให้อัตโนมัติ",
            "3.4 จัดอบรมการใช้ระบบให้หัวหน้ากลุ่มงานและผู้รับผิดชอบงานบุคคลของสำนักงานสาธารณสุขอำเภอทุกแห่ง",
            "3.5 ยกเลิกแบบฟอร์มกระดาษตั้งแต่วันที่ 1 ธันวาคม 2566",
        ]),
        ("4. ผลที่คาดว่าจะได้รับ", [
            "4.1 ระยะเวลาอนุมัติการลาและการไปราชการไม่เกิน 1 วันทำการ",
            "4.2 ความผิดพลาดในการคำนวณวันลาสะสมลดลงเป็นศูนย์",
            "4.3 ลดการใช้แบบฟอร์มกระดาษ",
        ]),
        ("5. ผลการดำเนินงาน", [
            "ธันวาคม 2566 – มิถุนายน 2567 มีคำขอผ่านระบบ 3,126 รายการ ระยะเวลาอนุมัติเฉลี่ยลดลงจาก 3 วันทำการ เหลือ 4 ชั่วโมง "
            "ไม่ต้องใช้แบบฟอร์มกระดาษประมาณ 6,200 แผ่น ขั้นตอนที่เจ้าหน้าที่บุคคลต้องรับ – ส่งแบบฟอร์มระหว่างกลุ่มงานลดลงจาก 5 ขั้นตอนเหลือ 2 ขั้นตอน "
            "รายงานวันลารายเดือนจัดทำได้ทันทีจากระบบ",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "3,126 requests, 3 days -> 4 h, 6,200 sheets, 5 -> 2 steps"),
        S(False, "clear", "expected zero leave-calculation errors is never reported; time and paper are"),
        S(True, "clear", "paper leave forms stall when chiefs are away and leave days are miscounted -> online leave for the office staff"),
        S(False, "clear", "no reference section and no named source at all"),
        SILENT,
        TYPE("administrative", False, "clear", "not named; internal HR process"),
        TOPICS(["information_system", "agency_efficiency", "paper", "step_reduction", "time_saving"], "clear",
               "web + LINE approval, approvals 3 days -> 4 h, 6,200 sheets, hand-offs 5 -> 2 steps"),
    ),
))

# ================================================================ 14
SUBS.append(dict(
    name="14-police-online-fraud-freeze", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="A",
    author="สภ.เมืองนครปฐม",
    head=["แบบนำเสนอผลงานนวัตกรรม ปีงบประมาณ พ.ศ. 2567",
          "ผลงาน: ศูนย์รับแจ้งภัยออนไลน์ อายัดไว ภายใน 1 ชั่วโมง",
          "หน่วยงาน: สถานีตำรวจภูธรเมืองนครปฐม ตำรวจภูธรจังหวัดนครปฐม"],
    sections=[
        ("1. ความเป็นมาและความสำคัญ", [
            "ผู้เสียหายจากการหลอกลวงทางออนไลน์ เช่น หลอกให้โอนเงิน หลอกลงทุน และแก๊งคอลเซ็นเตอร์ มาแจ้งความที่สถานีเพิ่มขึ้นทุกปี "
            "ในปี 2566 มีผู้มาแจ้ง 1,042 ราย ส่วนใหญ่เป็นผู้สูงอายุและพนักงานบริษัท ปัญหาสำคัญคือกว่าพนักงานสอบสวนจะรับแจ้ง "
            "ออกหนังสือถึงธนาคาร และธนาคารระงับบัญชี ใช้เวลาเฉลี่ย 2 วัน เงินถูกโอนต่อออกไปหมดแล้ว ผู้เสียหายได้เงินคืนน้อยมาก "
            "ผลงานนี้มิใช่งานประจำตามหน้าที่ปกติ แต่เป็นการจัดระบบใหม่ร่วมกับธนาคารในพื้นที่ ซึ่งเป็นนวัตกรรมการบริการประชาชนของสถานี",
        ]),
        ("2. วัตถุประสงค์", [
            "2.1 เพื่อให้ผู้เสียหายแจ้งเหตุได้ทันทีทั้งทางออนไลน์และที่สถานีตลอด 24 ชั่วโมง",
            "2.2 เพื่อให้บัญชีคนร้ายถูกระงับภายใน 1 ชั่วโมงหลังรับแจ้ง",
            "2.3 เพื่อเพิ่มยอดเงินที่ผู้เสียหายได้รับคืน",
        ]),
        ("3. วิธีดำเนินการ", [
            "3.1 จัดตั้งโต๊ะรับแจ้งภัยออนไลน์ 24 ชั่วโมง มีพนักงานสอบสวนเวร 2 นาย ช่วยผู้เสียหายแจ้งผ่านระบบ thaipoliceonline.go.th",
            "3.2 ลงนามบันทึกข้อตกลงความร่วมมือกับสาขาธนาคาร 11 แห่งในจังหวัดนครปฐม เมื่อวันที่ 18 มกราคม 2567 กำหนดผู้ประสานงานของแต่ละธนาคาร",
            "3.3 พนักงานสอบสวนส่งคำขอระงับบัญชีผ่านระบบ CFR ทันที และโทรยืนยันกับผู้ประสานงานธนาคาร",
            "3.4 ติดตามผลการระงับบัญชีและแจ้งความคืบหน้าให้ผู้เสียหายทางไลน์",
        ]),
        ("4. ผลลัพธ์ที่คาดหวัง", [
            "4.1 ระยะเวลาตั้งแต่รับแจ้งจนระงับบัญชีไม่เกิน 1 ชั่วโมง",
            "4.2 ยอดเงินที่ระงับได้เพิ่มขึ้นเมื่อเทียบกับปี 2566",
        ]),
        ("5. ผลสัมฤทธิ์", [
            "กุมภาพันธ์ – กรกฎาคม 2567 รับแจ้ง 604 ราย ระยะเวลาตั้งแต่รับแจ้งจนธนาคารระงับบัญชีเฉลี่ย 42 นาที จากเดิมเฉลี่ย 2 วัน "
            "ระงับเงินในบัญชีคนร้ายได้ 8,460,000 บาท เทียบกับ 1,150,000 บาท ตลอดปี 2566 และคืนให้ผู้เสียหายแล้ว 5,310,000 บาท "
            "ผู้เสียหายไม่ต้องเดินทางไปธนาคารเองอีก",
        ]),
        ("6. ข้อมูลอ้างอิง", [
            "1. พระราชกำหนดมาตรการป้องกันและปราบปรามอาชญากรรมทางเทคโนโลยี พ.ศ. 2566",
            "2. บันทึกข้อตกลงความร่วมมือระหว่างสถานีตำรวจภูธรเมืองนครปฐมกับธนาคาร 11 แห่ง ลงวันที่ 18 มกราคม 2567",
            "3. รายงานสถิติการรับแจ้งความออนไลน์ https://thaipoliceonline.go.th ข้อมูล ณ วันที่ 31 กรกฎาคม 2567",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "604 cases, 2 days -> 42 min, 8,460,000 vs 1,150,000 baht frozen, 5,310,000 returned"),
        S(True, "clear", "time to freeze and amount frozen both reported; returned money is an extra"),
        S(True, "clear", "fraud victims lose money because freezing takes 2 days -> 24-h desk and bank MOU"),
        S(True, "clear", "Emergency Decree 2566, MOU dated 18 Jan 2567, statistics with URL and date"),
        S(False, "clear", "says explicitly 'มิใช่งานประจำตามหน้าที่ปกติ' — a new system"),
        TYPE("service", True, "clear", "sentence: 'ซึ่งเป็นนวัตกรรมการบริการประชาชนของสถานี'"),
        TOPICS(["integration", "information_system", "public_convenience", "time_saving"], "clear",
               "MOU with 11 banks, online reporting + CFR system, victims need not go to banks, 2 days -> 42 min; frozen/returned money is the victims', not budget"),
    ),
))

# ================================================================ 15
SUBS.append(dict(
    name="15-university-smart-classroom-energy", main="แบบนำเสนอผลงานนวัตกรรม มทร.อีสาน.docx", layout="B", pdf=True,
    author="มหาวิทยาลัยเทคโนโลยีราชมงคลอีสาน วิทยาเขตขอนแก่น",
    head=["ห้องเรียนรู้ตารางสอน ปิดแอร์เองเมื่อไม่มีคลาส",
          "งานอาคารสถานที่ มหาวิทยาลัยเทคโนโลยีราชมงคลอีสาน วิทยาเขตขอนแก่น"],
    sections=[
        ("ความเป็นมาและสภาพปัญหา", [
            "วิทยาเขตขอนแก่นมีห้องเรียนปรับอากาศ 126 ห้อง ค่าไฟฟ้าของวิทยาเขตในปีงบประมาณ พ.ศ. 2566 เท่ากับ 9.8 ล้านบาท "
            "การสำรวจการใช้ห้องพบว่าห้องเรียนเกือบครึ่งเปิดเครื่องปรับอากาศและไฟฟ้าค้างไว้หลังหมดคาบ หรือเปิดไว้ตั้งแต่เช้าทั้งที่ไม่มีการเรียนการสอน "
            "แม่บ้านและเจ้าหน้าที่อาคารไม่สามารถเดินตรวจปิดได้ทั่วถึง งบประมาณของวิทยาเขตจึงถูกใช้ไปกับค่าไฟฟ้าที่ไม่จำเป็น",
        ]),
        ("วัตถุประสงค์ของผลงาน", [
            "1. เพื่อให้เครื่องปรับอากาศและไฟฟ้าในห้องเรียนทำงานเฉพาะช่วงเวลาที่มีการเรียนการสอน",
            "2. เพื่อลดปริมาณการใช้ไฟฟ้าและค่าไฟฟ้าของวิทยาเขต",
        ]),
        ("กระบวนการดำเนินงาน", [
            "1. นักศึกษาและอาจารย์สาขาวิศวกรรมไฟฟ้าพัฒนาอุปกรณ์ควบคุม IoT ติดตั้งในห้องเรียน 126 ห้อง",
            "2. เชื่อมอุปกรณ์กับระบบตารางสอนของสำนักส่งเสริมวิชาการและงานทะเบียน ให้เปิดระบบก่อนเริ่มคาบ 10 นาที และตัดไฟหลังหมดคาบ 15 นาที",
            "3. อาจารย์ที่ต้องการใช้ห้องนอกตารางขอเปิดผ่านแอปพลิเคชันได้",
            "4. แสดงผลการใช้ไฟฟ้ารายอาคารบนหน้าจอ Dashboard ของงานอาคารสถานที่",
            "ผลงานนี้จัดเป็นนวัตกรรมการบริหาร/องค์กร เนื่องจากเป็นการปรับกระบวนการบริหารจัดการทรัพยากรภายในของมหาวิทยาลัย",
        ]),
        ("ผลลัพธ์ที่คาดว่าจะได้รับ", [
            "1. ปริมาณการใช้ไฟฟ้าของอาคารเรียนลดลงไม่น้อยกว่าร้อยละ 15",
            "2. ค่าไฟฟ้าของวิทยาเขตลดลง",
        ]),
        ("ผลสัมฤทธิ์ของงาน", [
            "ภาคเรียนที่ 2/2566 (พฤศจิกายน 2566 – มีนาคม 2567) อาคารเรียน 4 หลังใช้ไฟฟ้า 612,800 หน่วย ลดลงจาก 786,400 หน่วยในภาคเรียนเดียวกันของปีก่อน "
            "คิดเป็นลดลง 173,600 หน่วย หรือร้อยละ 22.1 ค่าไฟฟ้าลดลง 781,200 บาท "
            "นอกจากนี้ เจ้าหน้าที่อาคารไม่ต้องเดินตรวจปิดห้องทุกเย็น ลดเวลาทำงานล่วงเวลาลงเดือนละประมาณ 40 ชั่วโมง "
            "อายุการใช้งานของเครื่องปรับอากาศยืดยาวขึ้น และมีห้องที่ต้องซ่อมคอมเพรสเซอร์เพียง 3 ห้อง จาก 11 ห้องในปีก่อน "
            "นักศึกษาที่ร่วมพัฒนาอุปกรณ์ 12 คน นำผลงานไปใช้เป็นโครงงานจบการศึกษา",
        ]),
        ("บรรณานุกรม", [
            "กรมพัฒนาพลังงานทดแทนและอนุรักษ์พลังงาน. (2565). คู่มือการอนุรักษ์พลังงานในอาคารสถานศึกษา. กรุงเทพฯ: กระทรวงพลังงาน.",
            "การไฟฟ้าส่วนภูมิภาค. (2567). ใบแจ้งค่าไฟฟ้า มหาวิทยาลัยเทคโนโลยีราชมงคลอีสาน วิทยาเขตขอนแก่น พฤศจิกายน 2565 – มีนาคม 2567.",
            "มติคณะรัฐมนตรี เมื่อวันที่ 26 เมษายน 2565 เรื่อง มาตรการประหยัดพลังงานในหน่วยงานภาครัฐ.",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "786,400 -> 612,800 kWh (-22.1%), 781,200 baht, 40 h overtime/month, 11 -> 3 repairs"),
        S(True, "clear", "kWh and power bill both reported; overtime, repairs and student projects are extras"),
        S(True, "clear", "air-con left on in empty classrooms wastes the campus budget -> IoT linked to the timetable"),
        S(True, "clear", "DEDE manual 2565, PEA bills with months, Cabinet resolution 26 Apr 2565"),
        SILENT,
        TYPE("administrative", True, "clear", "sentence: 'ผลงานนี้จัดเป็นนวัตกรรมการบริหาร/องค์กร'"),
        TOPICS(["energy", "budget", "information_system", "agency_efficiency"], "clear",
               "-173,600 kWh, 781,200 baht off the bill, IoT + timetable system + app, staff no longer walk rounds (40 h OT/month)"),
    ),
))

# ================================================================ 16
SUBS.append(dict(
    name="16-sao-building-permit-attachment", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="D",
    author="อบต.บางเสาธง",
    attach=[dict(
        file="ตารางสรุปคำขออนุญาตก่อสร้าง.docx", kind="docx", author="กองช่าง อบต.บางเสาธง",
        title="ตารางสรุปการพิจารณาคำขออนุญาตก่อสร้างอาคาร ปีงบประมาณ พ.ศ. 2566 – 2567",
        before=["กองช่าง องค์การบริหารส่วนตำบลบางเสาธง อำเภอบางเสาธง จังหวัดสมุทรปราการ",
                "ที่มาของข้อมูล: ทะเบียนคุมคำขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร (แบบ ข.1) ของกองช่าง"],
        table=[
            ["รายการ", "ต.ค. 2565 – มิ.ย. 2566", "ต.ค. 2566 – มิ.ย. 2567"],
            ["จำนวนคำขอที่ยื่น", "268 ราย", "301 ราย"],
            ["ระยะเวลาพิจารณาเฉลี่ย", "32 วัน", "9 วัน"],
            ["คำขอที่ถูกส่งคืนเพราะเอกสารไม่ครบ", "97 ราย (ร้อยละ 36.2)", "14 ราย (ร้อยละ 4.7)"],
            ["จำนวนครั้งที่ผู้ยื่นมาติดต่อเฉลี่ย", "3.4 ครั้ง", "1.2 ครั้ง"],
            ["สำเนาเอกสารที่เรียกจากผู้ยื่นต่อคำขอ", "11 รายการ", "3 รายการ"],
        ],
        after=["ลงชื่อ ผู้อำนวยการกองช่าง ผู้รับรองข้อมูล 15 กรกฎาคม 2567"],
    )],
    head=["ผลงานนวัตกรรมเพื่อการบริการประชาชน ประจำปีงบประมาณ พ.ศ. 2567"],
    sections=[
        ("ส่วนที่ 1 ข้อมูลทั่วไป", [
            "ชื่อผลงาน: ขออนุญาตก่อสร้างจุดเดียว ตรวจแบบก่อนยื่น",
            "หน่วยงาน: กองช่าง องค์การบริหารส่วนตำบลบางเสาธง อำเภอบางเสาธง จังหวัดสมุทรปราการ",
        ]),
        ("ส่วนที่ 2 สาระสำคัญ", []),
        ("2.1 สภาพปัญหา", [
            "ตำบลบางเสาธงมีการขยายตัวของบ้านจัดสรร โกดัง และโรงงานขนาดเล็กอย่างรวดเร็ว ผู้ขออนุญาตก่อสร้างต้องยื่นคำขอพร้อมสำเนาเอกสารกว่า 11 รายการ "
            "เช่น สำเนาโฉนด หนังสือรับรองนิติบุคคล สำเนาใบอนุญาตผู้ประกอบวิชาชีพวิศวกรรม ทั้งที่หลายรายการ อบต. ตรวจสอบเองได้ "
            "เมื่อเอกสารหรือแบบแปลนไม่ครบ คำขอจะถูกส่งคืน ผู้ขอต้องแก้แล้วมายื่นใหม่ ใช้เวลาพิจารณานานจนเกินกำหนดตามกฎหมาย และเกิดการร้องเรียนว่ามีการเรียกรับผลประโยชน์เพื่อเร่งเรื่อง",
        ]),
        ("2.2 วัตถุประสงค์", [
            "• เพื่อลดจำนวนสำเนาเอกสารที่เรียกจากผู้ขออนุญาต",
            "• เพื่อลดการส่งคืนคำขอและการมาติดต่อซ้ำ",
            "• เพื่อให้การพิจารณาอนุญาตแล้วเสร็จเร็วขึ้น",
        ]),
        ("2.3 การดำเนินการ", [
            "• ผลงานนี้มิใช่การทำงานตามหน้าที่ปกติของกองช่างเพียงอย่างเดียว แต่เป็นการออกแบบกระบวนการใหม่ทั้งหมด",
            "• เปิดช่อง \"ตรวจแบบก่อนยื่น\" ให้ผู้ขอนำแบบแปลนมาให้นายช่างตรวจเบื้องต้นโดยไม่เสียค่าใช้จ่าย หรือส่งไฟล์ทางอีเมล",
            "• ยกเลิกการเรียกสำเนาเอกสารที่ตรวจสอบได้จากระบบของหน่วยงานอื่น เช่น ข้อมูลนิติบุคคลและใบอนุญาตผู้ประกอบวิชาชีพ",
            "• ลดขั้นตอนภายในจาก 7 ขั้นตอน เหลือ 4 ขั้นตอน โดยให้นายช่างและนิติกรตรวจพร้อมกัน",
        ]),
        ("2.4 ผลที่คาดว่าจะได้รับ", [
            "• สำเนาเอกสารที่ต้องยื่นเหลือไม่เกิน 4 รายการ",
            "• คำขอที่ถูกส่งคืนเหลือไม่เกินร้อยละ 10",
            "• ระยะเวลาพิจารณาไม่เกิน 15 วัน",
        ]),
        ("2.5 ผลการดำเนินงาน", [
            "• ปีงบประมาณ พ.ศ. 2567 (ถึงเดือนมิถุนายน) มีผู้ยื่นคำขอ 301 ราย ผลการเปรียบเทียบกับปีก่อนเป็นไปตามตารางสรุปที่แนบ",
            "• ผู้ขอยื่นสำเนาเอกสารเหลือ 3 รายการ คำขอที่ถูกส่งคืนเหลือร้อยละ 4.7 และระยะเวลาพิจารณาเฉลี่ยเหลือ 9 วัน",
            "• ผู้ขอมาติดต่อเฉลี่ย 1.2 ครั้ง จากเดิม 3.4 ครั้ง",
        ]),
        ("ส่วนที่ 3 เอกสารแนบ", [
            "• ตารางสรุปคำขออนุญาตก่อสร้าง.docx",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "301 applications, copies 11 -> 3, returns 36.2% -> 4.7%, 32 -> 9 days, visits 3.4 -> 1.2"),
        S(True, "clear", "copies, returns and time all reported; visits are an extra"),
        S(True, "clear", "applicants burdened with copies and returned files -> pre-check and no copies for builders"),
        S(True, "clear", "the readable attachment (table from the permit register, certified) is the only reference"),
        S(False, "clear", "says explicitly it is not only the division's normal duty but a new process"),
        TYPE("service", False, "clear", "not named; changes the permit service for the public"),
        TOPICS(["step_reduction", "public_convenience", "time_saving"], "clear",
               "copies 11 -> 3, internal steps 7 -> 4, visits 3.4 -> 1.2, 32 -> 9 days; complaints of bribes are in the problem only, no anti-corruption measure"),
    ),
))

# ================================================================ 17
SUBS.append(dict(
    name="17-hospital-no-foam-rule", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="B",
    author="โรงพยาบาลบ้านแพ้ว",
    head=["โรงพยาบาลไร้โฟม ลดถุง", "โรงพยาบาลบ้านแพ้ว จังหวัดสมุทรสาคร"],
    sections=[
        ("ความสำคัญและที่มาของปัญหา", [
            "โรงพยาบาลมีผู้รับบริการและญาติวันละกว่า 3,000 คน ร้านค้าและโรงอาหารภายในโรงพยาบาล 24 ร้านใช้กล่องโฟมและถุงพลาสติกหูหิ้วจำนวนมาก "
            "ขยะเหล่านี้ทำให้ปริมาณขยะทั่วไปของโรงพยาบาลสูงขึ้น และโรงพยาบาลต้องจ่ายค่ากำจัดขยะเพิ่มขึ้นทุกปี "
            "นอกจากนี้ ห้องยายังจ่ายยาใส่ถุงพลาสติกแยกรายการ ผู้ป่วยหนึ่งคนได้รับถุงยา 3 – 5 ใบ "
            "ถุงและกล่องโฟมที่ปนเปื้อนเศษอาหารนำกลับมาใช้ใหม่ไม่ได้ พนักงานเก็บขยะต้องเก็บวันละหลายรอบ และถังขยะบริเวณอาคารผู้ป่วยนอกล้นในช่วงเที่ยง "
            "โรงพยาบาลในฐานะหน่วยงานด้านสุขภาพควรเป็นแบบอย่างให้ชุมชนในการลดขยะพลาสติก",
        ]),
        ("วัตถุประสงค์", [
            "1. เพื่อเลิกใช้กล่องโฟมในพื้นที่โรงพยาบาล",
            "2. เพื่อลดการใช้ถุงพลาสติกของร้านค้าและห้องยา",
            "3. เพื่อลดปริมาณขยะทั่วไปของโรงพยาบาล",
        ]),
        ("การดำเนินการ", [
            "1. ออกประกาศโรงพยาบาลห้ามใช้ภาชนะโฟมบรรจุอาหารในพื้นที่โรงพยาบาล และกำหนดให้ร้านค้าเก็บค่าถุงพลาสติกใบละ 2 บาท",
            "2. ใช้งบประมาณ 48,000 บาท จัดซื้อถุงผ้าและตะกร้าให้ยืมที่ห้องยาและจุดจ่ายยา",
            "3. ห้องยาเปลี่ยนเป็นจ่ายยารวมในถุงเดียวพร้อมฉลากรายการยา",
            "4. คณะกรรมการสิ่งแวดล้อมตรวจร้านค้าทุกสัปดาห์",
            "5. ประชาสัมพันธ์ผ่านเสียงตามสายและป้ายที่จุดจ่ายยา เชิญชวนผู้รับบริการนำถุงผ้าหรือตะกร้ามาเอง",
        ]),
        ("เป้าหมาย", [
            "1. ร้านค้าทุกร้านเลิกใช้กล่องโฟม",
            "2. ถุงพลาสติกที่ใช้ในโรงพยาบาลลดลงไม่น้อยกว่าร้อยละ 50",
            "3. ปริมาณขยะทั่วไปลดลงไม่น้อยกว่าร้อยละ 10",
        ]),
        ("ผลที่เกิดขึ้น", [
            "ตั้งแต่มกราคม 2567 ร้านค้าทั้ง 24 ร้านเลิกใช้กล่องโฟมครบทุกร้าน เปลี่ยนเป็นภาชนะชานอ้อยหรือให้ผู้ซื้อนำภาชนะมาเอง "
            "ถุงพลาสติกที่ร้านค้าและห้องยาใช้ลดลงจากเดือนละประมาณ 52,000 ใบ เหลือ 14,600 ใบ (ลดลงร้อยละ 71.9) "
            "ผู้ป่วยร้อยละ 38 นำถุงผ้าหรือตะกร้ามาเอง",
        ]),
        ("ข้อมูลประกอบ", [
            "1. นับจำนวนถุงพลาสติกจากการเบิกจ่ายของร้านค้าและห้องยาทุกสัปดาห์",
            "2. สังเกตพฤติกรรมผู้รับบริการที่จุดจ่ายยา และวิเคราะห์ข้อมูลด้วยสถิติเชิงพรรณนา",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "24 shops, bags 52,000 -> 14,600/month (-71.9%), 38% bring their own"),
        S(False, "clear", "expected general waste cut ≥10% is never reported; foam and bags are"),
        S(True, "clear", "foam and plastic from shops and the pharmacy inflate the hospital's waste -> rule and one-bag dispensing"),
        S(False, "clear", "'ข้อมูลประกอบ' lists only method steps (counting, observation, descriptive statistics)"),
        SILENT,
        TYPE("policy", False, "borderline", "not named; the core is a new hospital rule (foam ban, bag charge), but it is internal housekeeping too (administrative plausible)"),
        TOPICS(["resource_saving"], "clear",
               "plastic bags 52,000 -> 14,600/month and no foam; the 48,000 baht is money spent, not saved; no baht of waste fee reported"),
    ),
))

# ================================================================ 18
SUBS.append(dict(
    name="18-sao-repair-line-routine", main="ผลงานนวัตกรรม อบต.ท่าช้าง.docx", layout="D",
    author="อบต.ท่าช้าง",
    head=["แบบนำเสนอผลงานนวัตกรรม องค์การบริหารส่วนตำบลท่าช้าง"],
    sections=[
        ("ส่วนที่ 1 ข้อมูลผลงาน", [
            "ชื่อผลงาน: แจ้งซ่อมผ่านไลน์ ช่างถึงไว",
            "หน่วยงาน: กองช่าง องค์การบริหารส่วนตำบลท่าช้าง อำเภอเมืองจันทบุรี จังหวัดจันทบุรี",
        ]),
        ("ส่วนที่ 2 รายละเอียดผลงาน", []),
        ("ความเป็นมา", [
            "การซ่อมแซมไฟฟ้าสาธารณะ ถนน และท่อระบายน้ำเป็นภารกิจงานประจำของกองช่างตามอำนาจหน้าที่ของ อบต. "
            "ผลงานนี้เป็นการปรับปรุงช่องทางรับแจ้งและการติดตามงานซ่อมที่ทำอยู่ตามปกติ "
            "เดิมประชาชนต้องแจ้งผ่านผู้ใหญ่บ้านหรือเดินทางมาเขียนคำร้องที่ อบต. คำร้องส่งต่อกันหลายทอด ช่างไม่ทราบจุดที่ชำรุดแน่ชัด "
            "ต้องออกไปสำรวจก่อนหนึ่งรอบแล้วจึงกลับมาเบิกวัสดุ ทำให้ไฟฟ้าสาธารณะดับนานหลายสัปดาห์ ประชาชนในหมู่บ้านที่ถนนมืดร้องเรียนเรื่องความปลอดภัยบ่อยครั้ง",
        ]),
        ("วัตถุประสงค์", [
            "• เพื่อให้ประชาชนแจ้งซ่อมได้ทันทีพร้อมภาพถ่ายและพิกัด",
            "• เพื่อลดระยะเวลาตั้งแต่รับแจ้งจนซ่อมเสร็จ",
        ]),
        ("ขั้นตอนดำเนินงาน", [
            "• เปิดบัญชีไลน์ทางการ \"ท่าช้างแจ้งซ่อม\" ให้ประชาชนส่งภาพ จุดพิกัด และรายละเอียด",
            "• เจ้าหน้าที่ธุรการกองช่างบันทึกเรื่องลงตารางงานออนไลน์และแจ้งช่างที่รับผิดชอบภายในวันเดียวกัน",
            "• ช่างเตรียมวัสดุตามภาพถ่ายก่อนออกงาน จึงซ่อมได้ในรอบเดียว",
            "• แจ้งผลการซ่อมพร้อมภาพกลับไปยังผู้แจ้ง",
        ]),
        ("ผลที่คาดว่าจะได้รับ", [
            "• ระยะเวลาเฉลี่ยตั้งแต่รับแจ้งจนซ่อมไฟฟ้าสาธารณะเสร็จไม่เกิน 5 วัน",
            "• ประชาชนพึงพอใจต่อการแจ้งซ่อมไม่น้อยกว่าร้อยละ 80",
        ]),
        ("ผลสัมฤทธิ์", [
            "• มกราคม – มิถุนายน 2567 รับแจ้งผ่านไลน์ 287 เรื่อง ซ่อมเสร็จแล้ว 279 เรื่อง",
            "• ระยะเวลาเฉลี่ยจนซ่อมไฟฟ้าสาธารณะเสร็จลดลงจาก 16 วัน เหลือ 3 วัน",
            "• ผลสำรวจความพึงพอใจผู้แจ้ง 150 ราย พึงพอใจร้อยละ 89.3",
        ]),
        ("ส่วนที่ 3 เอกสารอ้างอิง", [
            "• พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 67 และมาตรา 68",
            "• ทะเบียนรับแจ้งซ่อมกองช่าง อบต.ท่าช้าง ปีงบประมาณ พ.ศ. 2566 – 2567",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "287 reports, 279 fixed, 16 -> 3 days, 89.3% of 150"),
        S(True, "clear", "repair time and satisfaction both reported"),
        S(True, "clear", "residents report through village heads, lights stay out for weeks -> LINE reports with photo"),
        S(True, "clear", "SAO Act 2537 ss.67-68, repair register FY2566-2567"),
        S(True, "clear", "'เป็นภารกิจงานประจำของกองช่าง … ปรับปรุงช่องทาง … ที่ทำอยู่ตามปกติ'"),
        TYPE("service", False, "clear", "not named; how residents report and get repairs"),
        TOPICS(["information_system", "public_convenience", "time_saving"], "clear",
               "LINE OA + online job board, report from home, repair 16 -> 3 days"),
    ),
))
# ================================================================ 19
SUBS.append(dict(
    name="19-municipal-tax-map-revenue", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="A",
    author="เทศบาลตำบลหนองจ๊อม",
    head=["แบบนำเสนอผลงานนวัตกรรม ประจำปีงบประมาณ พ.ศ. 2567",
          "ชื่อผลงาน: แผนที่ภาษีดิจิทัล สำรวจครั้งเดียว ใช้ได้ทุกกอง",
          "หน่วยงาน: กองคลัง เทศบาลตำบลหนองจ๊อม อำเภอสันทราย จังหวัดเชียงใหม่"],
    sections=[
        ("1. หลักการและเหตุผล", [
            "พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562 กำหนดให้องค์กรปกครองส่วนท้องถิ่นสำรวจที่ดิน สิ่งปลูกสร้าง และการใช้ประโยชน์ทุกแปลง "
            "เทศบาลตำบลหนองจ๊อมมีที่ดินกว่า 14,800 แปลง และมีหมู่บ้านจัดสรรเกิดใหม่ทุกปี ข้อมูลในทะเบียนทรัพย์สินเดิมเป็นกระดาษและแฟ้ม Excel แยกกันระหว่างกองคลัง กองช่าง และงานป้าย "
            "แต่ละกองออกสำรวจแปลงเดียวกันซ้ำ ข้อมูลไม่ตรงกัน สิ่งปลูกสร้างใหม่และป้ายโฆษณาจำนวนมากไม่อยู่ในทะเบียน เทศบาลจึงจัดเก็บภาษีได้ไม่ครบ "
            "ทั้งนี้ งานที่เสนอเป็นการพัฒนาที่เกินกว่าภารกิจงานประจำของกองคลัง เพราะสร้างฐานข้อมูลร่วมของทุกกอง",
        ]),
        ("2. วัตถุประสงค์ของโครงการ", [
            "2.1 เพื่อจัดทำแผนที่ภาษีและทะเบียนทรัพย์สินในรูปแบบดิจิทัลที่ทุกกองใช้ร่วมกัน",
            "2.2 เพื่อลดการออกสำรวจซ้ำซ้อน",
            "2.3 เพื่อให้การจัดเก็บภาษีครบถ้วนและเป็นธรรม",
        ]),
        ("3. วิธีดำเนินการ", [
            "3.1 นำเข้ารูปแปลงที่ดินจากระบบของกรมที่ดินและภาพถ่ายดาวเทียมลงโปรแกรมภูมิสารสนเทศ QGIS",
            "3.2 พนักงานสำรวจภาคสนามด้วยแท็บเล็ต บันทึกสิ่งปลูกสร้าง การใช้ประโยชน์ และป้าย พร้อมภาพถ่ายในแปลงเดียวกันครั้งเดียว",
            "3.3 กองช่างและงานป้ายเรียกดูข้อมูลจากฐานข้อมูลเดียวกัน แทนการสำรวจของตนเอง",
            "3.4 ปรับปรุงข้อมูลเมื่อมีการขออนุญาตก่อสร้างหรือโอนที่ดินทุกเดือน",
        ]),
        ("4. ผลลัพธ์ที่คาดหวัง", [
            "4.1 ข้อมูลแปลงที่ดินเข้าสู่แผนที่ภาษีไม่น้อยกว่าร้อยละ 95",
            "4.2 จำนวนรอบการออกสำรวจภาคสนามลดลง",
            "4.3 รายได้ภาษีที่ดินและสิ่งปลูกสร้างและภาษีป้ายเพิ่มขึ้น",
        ]),
        ("5. ผลการดำเนินงาน", [
            "ภายในเดือนพฤษภาคม 2567 เทศบาลนำเข้าข้อมูลได้ 14,512 แปลง คิดเป็นร้อยละ 98 "
            "การออกสำรวจภาคสนามลดลงจาก 3 กองต่างคนต่างสำรวจ เหลือการสำรวจร่วมครั้งเดียว จำนวนวันทำงานภาคสนามลดลงจาก 210 วันคน เหลือ 85 วันคน "
            "พบสิ่งปลูกสร้างที่ไม่อยู่ในทะเบียน 1,264 หลัง และป้าย 318 ป้าย "
            "ในปีงบประมาณ พ.ศ. 2567 เทศบาลจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างได้ 6.42 ล้านบาท เพิ่มขึ้นจาก 4.18 ล้านบาท และภาษีป้ายเพิ่มขึ้นจาก 0.61 ล้านบาท เป็น 1.07 ล้านบาท",
        ]),
        ("6. เอกสารอ้างอิง", [
            "1. พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562 มาตรา 27",
            "2. รายงานผลการจัดเก็บรายได้ เทศบาลตำบลหนองจ๊อม ปีงบประมาณ พ.ศ. 2566 และ 2567 (ระบบ e-LAAS)",
            "3. คู่มือการจัดทำแผนที่ภาษีและทะเบียนทรัพย์สิน กรมส่งเสริมการปกครองท้องถิ่น",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "14,512 plots (98%), 210 -> 85 person-days, 1,264 buildings, 318 signs, tax 4.18 -> 6.42 M, signs 0.61 -> 1.07 M"),
        S(True, "clear", "coverage, survey rounds and revenue all reported"),
        S(True, "clear", "separate registers and repeated surveys miss buildings -> one shared GIS register for the divisions"),
        S(True, "clear", "Land and Building Tax Act s.27, e-LAAS revenue report, DLA manual"),
        S(False, "clear", "says explicitly the work goes beyond the routine duty (เกินกว่าภารกิจงานประจำ)"),
        TYPE("administrative", False, "clear", "not named; an internal register and survey process"),
        TOPICS(["information_system", "step_reduction", "agency_efficiency"], "clear",
               "QGIS shared database, one joint survey instead of three, 210 -> 85 person-days; higher tax revenue is not a budget saving"),
    ),
))

# ================================================================ 20
SUBS.append(dict(
    name="20-dpt-vehicle-gps-fuel", main="แบบนำเสนอผลงาน_โยธาธิการและผังเมืองจังหวัด.docx", layout="C",
    author="สำนักงานโยธาธิการและผังเมืองจังหวัดนครสวรรค์",
    head=["แบบนำเสนอผลงานนวัตกรรม ปีงบประมาณ พ.ศ. 2567"],
    rows=[
        ("ชื่อผลงาน", "รถราชการรวมเส้นทาง ด้วยแผนที่ GPS"),
        ("หน่วยงาน", "สำนักงานโยธาธิการและผังเมืองจังหวัดนครสวรรค์ กรมโยธาธิการและผังเมือง"),
        ("ประเภทนวัตกรรม", TICK["admin"]),
    ],
    sections=[
        ("ความเป็นมา", [
            "สำนักงานมีรถยนต์ราชการ 14 คัน ใช้ตรวจงานก่อสร้าง ตรวจสอบอาคาร และให้คำปรึกษาทางช่างแก่องค์กรปกครองส่วนท้องถิ่นทั้ง 15 อำเภอ "
            "แต่ละฝ่ายขอใช้รถแยกกัน บ่อยครั้งรถ 2 – 3 คันเดินทางไปอำเภอเดียวกันในวันเดียวกัน ค่าน้ำมันเชื้อเพลิงในปีงบประมาณ พ.ศ. 2566 สูงถึง 412,000 บาท "
            "ขณะที่งบประมาณค่าวัสดุเชื้อเพลิงที่ได้รับจัดสรรลดลงทุกปี และไม่มีข้อมูลว่ารถแต่ละคันวิ่งเส้นทางใด",
        ]),
        ("วัตถุประสงค์", [
            "1. เพื่อรวมการเดินทางไปพื้นที่เดียวกันให้ใช้รถคันเดียว",
            "2. เพื่อลดปริมาณการใช้น้ำมันเชื้อเพลิงและค่าใช้จ่าย",
            "3. เพื่อให้ติดตามการใช้รถราชการได้ตามเวลาจริง",
        ]),
        ("ขั้นตอนการดำเนินงาน", [
            "1. ติดตั้งอุปกรณ์ GPS Tracking ในรถราชการ 14 คัน",
            "2. ใช้ปฏิทินขอใช้รถออนไลน์ ทุกฝ่ายขอใช้รถล่วงหน้า 3 วัน งานยานพาหนะจัดเส้นทางรวมทุกวันศุกร์",
            "3. ผู้อำนวยการตรวจรายงานระยะทางและน้ำมันรายคันทุกเดือน",
        ]),
        ("ผลลัพธ์ที่คาดหวัง", [
            "1. จำนวนเที่ยวการเดินทางลดลงไม่น้อยกว่าร้อยละ 20",
            "2. ปริมาณน้ำมันเชื้อเพลิงลดลงไม่น้อยกว่าร้อยละ 15",
            "3. ค่าน้ำมันเชื้อเพลิงลดลง",
        ]),
        ("ผลการดำเนินงาน", [
            "ตุลาคม 2566 – มิถุนายน 2567 จำนวนเที่ยวการเดินทางลดลงจาก 1,146 เที่ยว เหลือ 812 เที่ยว (ลดลงร้อยละ 29.1) "
            "ใช้น้ำมันดีเซล 7,260 ลิตร ลดลงจาก 9,940 ลิตร ในช่วงเดียวกันของปีก่อน หรือลดลงร้อยละ 27 "
            "ประหยัดค่าน้ำมันเชื้อเพลิงได้ 86,900 บาท ระยะทางรวมลดลง 31,400 กิโลเมตร "
            "ค่าซ่อมบำรุงรถลดลงจาก 118,000 บาท เหลือ 74,500 บาท",
        ]),
        ("แหล่งข้อมูลอ้างอิง", [
            "1. ระเบียบสำนักนายกรัฐมนตรีว่าด้วยรถราชการ พ.ศ. 2523 และที่แก้ไขเพิ่มเติม",
            "2. รายงานการใช้น้ำมันเชื้อเพลิงรายคัน (แบบ 4) ปีงบประมาณ พ.ศ. 2566 – 2567",
            "3. รายงานระยะทางจากระบบ GPS Tracking เดือนตุลาคม 2566 – มิถุนายน 2567",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "trips 1,146 -> 812, diesel 9,940 -> 7,260 litres, 86,900 baht, 31,400 km, repairs 118,000 -> 74,500"),
        S(True, "clear", "trips, litres and fuel cost all reported; distance and repair cost are extras"),
        S(True, "clear", "divisions send separate cars to the same district and the fuel budget shrinks -> pooled routes"),
        S(True, "clear", "PM Office regulation on official cars 2523, fuel form 4 reports, GPS report"),
        SILENT,
        TYPE("administrative", True, "clear", "ticked box ☑ การบริหาร/องค์กร"),
        TOPICS(["energy", "budget", "information_system", "agency_efficiency"], "clear",
               "-2,680 litres of diesel, 86,900 baht fuel + lower repairs, GPS and online booking, fewer trips"),
    ),
))

# ================================================================ 21
SUBS.append(dict(
    name="21-school-rainwater-zero-byte", main="แบบนำเสนอผลงาน โรงเรียนคำเขื่อนแก้วชนูปถัมภ์.docx", layout="D",
    author="โรงเรียนคำเขื่อนแก้วชนูปถัมภ์",
    attach=[dict(file="บันทึกการใช้น้ำประปาโรงเรียน.xlsx", kind="empty")],
    head=["ผลงานนวัตกรรมของสถานศึกษา"],
    sections=[
        ("ส่วนที่ 1 ข้อมูลผลงาน", [
            "ชื่อผลงาน: เก็บน้ำฝนหลังคาหอประชุม รดแปลงเกษตรด้วยน้ำหยด",
            "หน่วยงาน: โรงเรียนคำเขื่อนแก้วชนูปถัมภ์ สำนักงานเขตพื้นที่การศึกษามัธยมศึกษายโสธร",
        ]),
        ("ส่วนที่ 2 รายละเอียด", []),
        ("2.1 สภาพปัญหา", [
            "โรงเรียนมีแปลงเกษตรเพื่อการเรียนรู้ 6 ไร่ ใช้น้ำประปารดผักและไม้ผลวันละหลายลูกบาศก์เมตร ในฤดูแล้งน้ำประปาไหลอ่อนจนห้องน้ำนักเรียนขาดน้ำ "
            "ค่าน้ำประปาของโรงเรียนในปีงบประมาณ พ.ศ. 2566 สูงถึง 96,000 บาท ขณะที่น้ำฝนจากหลังคาหอประชุมขนาดใหญ่ไหลทิ้งลงท่อระบายน้ำทั้งหมด "
            "การรดน้ำด้วยสายยางยังทำให้น้ำไหลทิ้งระหว่างร่องแปลง ผักบางแปลงได้น้ำมากเกินไป บางแปลงขาดน้ำ "
            "โรงเรียนเห็นว่าควรใช้น้ำฝนที่มีอยู่แล้วให้เกิดประโยชน์ และให้นักเรียนได้เรียนรู้การใช้น้ำอย่างประหยัดจากของจริง",
        ]),
        ("2.2 วัตถุประสงค์", [
            "• เพื่อนำน้ำฝนมาใช้รดแปลงเกษตรแทนน้ำประปา",
            "• เพื่อลดปริมาณการใช้น้ำประปาและค่าน้ำประปาของโรงเรียน",
            "• เพื่อให้นักเรียนมีความรู้เรื่องการอนุรักษ์น้ำ",
        ]),
        ("2.3 วิธีดำเนินการ", [
            "• ติดตั้งรางน้ำฝนและถังเก็บน้ำขนาดรวม 60 ลูกบาศก์เมตร ร่วมกับบ่อพักน้ำเดิมของโรงเรียน",
            "• นักเรียนชุมนุมเกษตรวางระบบน้ำหยดในแปลงผักและไม้ผล ควบคุมด้วยวาล์วตั้งเวลา",
            "• ครูกลุ่มสาระวิทยาศาสตร์และการงานอาชีพจัดกิจกรรมเรียนรู้เรื่องวัฏจักรน้ำและการคำนวณปริมาณน้ำฝนจากพื้นที่หลังคา",
            "• บันทึกเลขมาตรวัดน้ำประปาทุกสัปดาห์",
        ]),
        ("2.4 ผลลัพธ์ที่คาดว่าจะได้รับ", [
            "• ปริมาณการใช้น้ำประปาลดลงไม่น้อยกว่าร้อยละ 30",
            "• ค่าน้ำประปาลดลง",
            "• นักเรียนร้อยละ 80 มีความรู้เรื่องการอนุรักษ์น้ำผ่านเกณฑ์",
        ]),
        ("2.5 ผลการดำเนินงาน", [
            "• มิถุนายน 2566 – พฤษภาคม 2567 โรงเรียนใช้น้ำประปา 3,940 ลูกบาศก์เมตร ลดลงจาก 6,400 ลูกบาศก์เมตร ในปีก่อน (ลดลงร้อยละ 38.4)",
            "• ค่าน้ำประปาลดลงเหลือ 59,100 บาท ประหยัดได้ 36,900 บาท",
            "• นักเรียนเข้าร่วมกิจกรรมดูแลระบบน้ำและแปลงเกษตร 420 คน",
        ]),
        ("ส่วนที่ 3 หลักฐานประกอบ", [
            "• ไฟล์แนบ บันทึกการใช้น้ำประปาโรงเรียน",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "6,400 -> 3,940 m3 (-38.4%), bill down to 59,100, 36,900 baht saved, 420 pupils"),
        S(False, "borderline", "expected '80% of pupils pass a water-conservation knowledge test' is answered only by '420 pupils took part' (participation, not knowledge)"),
        S(True, "clear", "tap water used on the school farm, shortages and a high bill -> rainwater and drip irrigation"),
        S(False, "clear", "the only reference is the attached .xlsx, which is 0 bytes (unreadable)"),
        SILENT,
        TYPE("administrative", False, "clear", "not named; the school's own water use and cost"),
        TOPICS(["resource_saving", "budget"], "clear",
               "water 6,400 -> 3,940 m3, water bill down 36,900 baht (the school's own money)"),
    ),
))

# ================================================================ 22
SUBS.append(dict(
    name="22-probation-video-reporting", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="B", pdf=True,
    author="สำนักงานคุมประพฤติจังหวัดเลย",
    head=["รายงานตัวผ่านวิดีโอคอล ลดการเดินทาง", "สำนักงานคุมประพฤติจังหวัดเลย กรมคุมประพฤติ กระทรวงยุติธรรม"],
    sections=[
        ("หลักการและเหตุผล", [
            "การรายงานตัวของผู้ถูกคุมความประพฤติตามคำสั่งศาลเป็นงานตามหน้าที่ปกติของสำนักงานคุมประพฤติ ซึ่งดำเนินการเป็นประจำทุกเดือน "
            "จังหวัดเลยมีพื้นที่ภูเขากว้าง ผู้ถูกคุมความประพฤติกว่า 2,100 ราย ส่วนใหญ่เป็นเกษตรกรและลูกจ้างรายวันที่อยู่ในอำเภอห่างไกล เช่น ด่านซ้าย นาแห้ว และภูเรือ "
            "การเดินทางมารายงานตัวที่สำนักงานแต่ละครั้งต้องเสียค่าเดินทางและขาดรายได้ทั้งวัน บางรายจึงขาดรายงานตัวจนถูกรายงานศาล",
        ]),
        ("วัตถุประสงค์", [
            "1. เพื่อให้ผู้ถูกคุมความประพฤติรายงานตัวได้โดยไม่ต้องเดินทางมาสำนักงาน",
            "2. เพื่อลดการขาดรายงานตัว",
            "3. เพื่อลดเวลาที่ใช้ในการรายงานตัวแต่ละครั้ง",
        ]),
        ("วิธีการดำเนินงาน", [
            "1. คัดกรองผู้ถูกคุมความประพฤติที่มีความเสี่ยงต่ำและมีโทรศัพท์สมาร์ตโฟน",
            "2. นัดหมายรายงานตัวผ่านวิดีโอคอลตามช่วงเวลา พนักงานคุมประพฤติตรวจใบหน้าและสถานที่ และบันทึกผลในระบบงานคุมประพฤติ",
            "3. ผู้ไม่มีโทรศัพท์ให้รายงานตัวผ่านอุปกรณ์ของที่ว่าการอำเภอใกล้บ้าน",
        ]),
        ("ผลที่คาดว่าจะได้รับ", [
            "1. ผู้ถูกคุมความประพฤติกลุ่มเสี่ยงต่ำรายงานตัวทางวิดีโอคอลได้ไม่น้อยกว่าร้อยละ 70",
            "2. อัตราการขาดรายงานตัวลดลง",
            "3. เวลาที่ใช้ในการรายงานตัวแต่ละครั้งลดลง",
        ]),
        ("ผลการดำเนินงาน", [
            "พฤศจิกายน 2566 – มิถุนายน 2567 ผู้ถูกคุมความประพฤติกลุ่มเสี่ยงต่ำ 1,412 ราย รายงานตัวทางวิดีโอคอล 1,163 ราย (ร้อยละ 82.4) รวม 8,950 ครั้ง "
            "อัตราการขาดรายงานตัวลดลงจากร้อยละ 9.6 เหลือร้อยละ 2.1 "
            "เวลาที่ใช้ในการรายงานตัวลดลงจากเฉลี่ยครึ่งวันรวมการเดินทาง เหลือครั้งละประมาณ 10 นาที "
            "ผู้ถูกคุมความประพฤติประหยัดค่าเดินทางได้เฉลี่ยครั้งละ 240 บาท รวมประมาณ 2,148,000 บาท",
        ]),
        ("เอกสารอ้างอิง", [
            "1. พระราชบัญญัติคุมประพฤติ พ.ศ. 2559",
            "2. หนังสือกรมคุมประพฤติ ที่ ยธ 0902/ว 118 ลงวันที่ 3 ตุลาคม 2566 เรื่อง แนวทางการรายงานตัวผ่านระบบสื่ออิเล็กทรอนิกส์",
            "3. รายงานสถิติการรายงานตัว สำนักงานคุมประพฤติจังหวัดเลย ปีงบประมาณ พ.ศ. 2566 – 2567",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "1,163 of 1,412 (82.4%), 8,950 sessions, no-shows 9.6% -> 2.1%, half day -> 10 min, 2,148,000 baht"),
        S(True, "clear", "share by video, no-show rate and time all reported; travel cost is an extra"),
        S(True, "clear", "probationers in remote districts lose a day and miss reporting -> video reporting for them"),
        S(True, "clear", "Probation Act 2559, department letter with number and date, office statistics"),
        S(True, "clear", "'เป็นงานตามหน้าที่ปกติของสำนักงานคุมประพฤติ ซึ่งดำเนินการเป็นประจำทุกเดือน'"),
        TYPE("service", False, "clear", "not named; changes how probationers report"),
        TOPICS(["public_convenience", "time_saving", "information_system"], "clear",
               "report from home, half day -> 10 min, video call + case system; 2,148,000 baht is the probationers' money, not budget"),
    ),
))

# ================================================================ 23
SUBS.append(dict(
    name="23-irrigation-rotation-attachment", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="D",
    author="โครงการชลประทานสุโขทัย",
    attach=[dict(
        file="บันทึกข้อตกลงรอบเวรส่งน้ำ.docx", kind="docx", author="โครงการชลประทานสุโขทัย",
        title="บันทึกข้อตกลงการจัดรอบเวรการส่งน้ำ ฤดูแล้ง ปี 2566/67",
        before=["ทำที่ โครงการส่งน้ำและบำรุงรักษายม – น่าน จังหวัดสุโขทัย เมื่อวันที่ 1 พฤศจิกายน 2566",
                "ระหว่าง โครงการชลประทานสุโขทัย กลุ่มบริหารการใช้น้ำชลประทาน 12 กลุ่ม และองค์การบริหารส่วนตำบล 7 แห่ง",
                "ข้อ 1 แบ่งพื้นที่ส่งน้ำเป็น 3 โซน ส่งน้ำโซนละ 7 วัน หมุนเวียนกันตลอดฤดู",
                "ข้อ 2 ห้ามสูบน้ำจากคลองส่งน้ำนอกรอบเวรของโซนตน ผู้ฝ่าฝืนถูกงดรับน้ำหนึ่งรอบ",
                "ข้อ 3 กลุ่มผู้ใช้น้ำแจ้งระดับน้ำหน้าแปลงผ่านกลุ่มไลน์ทุกวัน",
                "ผลการส่งน้ำตามข้อตกลง (บันทึกโดยฝ่ายส่งน้ำและบำรุงรักษา)"],
        table=[
            ["รายการ", "ฤดูแล้ง 2565/66", "ฤดูแล้ง 2566/67"],
            ["ปริมาณน้ำที่ส่ง (ล้าน ลบ.ม.)", "86.4", "64.9"],
            ["พื้นที่ปลูกข้าวนาปรัง (ไร่)", "61,200", "60,850"],
            ["ข้อพิพาทเรื่องการแย่งน้ำ (ครั้ง)", "27", "5"],
        ],
        after=["ลงชื่อ ผู้อำนวยการโครงการ และประธานกลุ่มบริหารการใช้น้ำชลประทาน 12 กลุ่ม"],
    )],
    head=["แบบนำเสนอผลงานนวัตกรรม กรมชลประทาน ประจำปีงบประมาณ พ.ศ. 2567"],
    sections=[
        ("ส่วนที่ 1 ข้อมูลผลงาน", [
            "ชื่อผลงาน: กติการอบเวรน้ำ ชาวนาตกลงร่วมกัน",
            "หน่วยงาน: โครงการชลประทานสุโขทัย สำนักงานชลประทานที่ 4",
        ]),
        ("ส่วนที่ 2 รายละเอียด", []),
        ("ความเป็นมา", [
            "ในฤดูแล้ง ชาวนาในเขตคลองส่งน้ำสายใหญ่ฝั่งขวาเร่งสูบน้ำพร้อมกัน เกษตรกรที่อยู่ต้นคลองได้น้ำมากเกินจำเป็น ขณะที่ปลายคลองไม่ได้รับน้ำ "
            "เกิดข้อพิพาทเรื่องการแย่งน้ำทุกปี ต้องปล่อยน้ำจากเขื่อนมากขึ้นเพื่อให้น้ำถึงปลายคลอง ปริมาณน้ำต้นทุนที่เหลือสำหรับอุปโภคบริโภคในฤดูแล้งจึงลดลง "
            "เจ้าหน้าที่ส่งน้ำมีเพียง 9 คน ดูแลคลองส่งน้ำยาวกว่า 140 กิโลเมตร ไม่สามารถเฝ้าประตูน้ำและเครื่องสูบน้ำได้ทุกจุด "
            "การแก้ปัญหาด้วยการสั่งการจากหน่วยงานเพียงฝ่ายเดียวจึงไม่ได้ผล ต้องให้เกษตรกรผู้ใช้น้ำร่วมกำหนดกติกาและร่วมกันดูแลเอง",
        ]),
        ("วัตถุประสงค์", [
            "• เพื่อให้กลุ่มผู้ใช้น้ำมีกติกาการรับน้ำตามรอบเวรที่ตกลงร่วมกัน",
            "• เพื่อลดปริมาณน้ำที่ต้องส่งในฤดูแล้ง",
            "• เพื่อลดข้อพิพาทระหว่างเกษตรกร",
        ]),
        ("การดำเนินงาน", [
            "• จัดประชุมกลุ่มบริหารการใช้น้ำชลประทาน 12 กลุ่ม และ อบต. 7 แห่ง ร่วมกันกำหนดกติการอบเวรและบทลงโทษ",
            "• ลงนามบันทึกข้อตกลงการจัดรอบเวรการส่งน้ำ เมื่อวันที่ 1 พฤศจิกายน 2566",
            "• ตั้งกลุ่มไลน์แจ้งรอบเวรและระดับน้ำ เจ้าหน้าที่ส่งน้ำปรับบานประตูตามรอบ",
            "• ประธานกลุ่มผู้ใช้น้ำแต่ละโซนตรวจการสูบน้ำนอกรอบเวร และนำกรณีฝ่าฝืนเข้าที่ประชุมกลุ่มทุกเดือน",
        ]),
        ("ผลลัพธ์ที่คาดหวัง", [
            "• ปริมาณน้ำที่ส่งในฤดูแล้งลดลงไม่น้อยกว่าร้อยละ 15 โดยพื้นที่เพาะปลูกไม่ลดลง",
            "• ข้อพิพาทเรื่องการแย่งน้ำลดลง",
        ]),
        ("ผลการดำเนินงาน", [
            "• ฤดูแล้ง 2566/67 ส่งน้ำ 64.9 ล้านลูกบาศก์เมตร ลดลงจาก 86.4 ล้านลูกบาศก์เมตร หรือร้อยละ 24.9 พื้นที่ปลูกข้าวใกล้เคียงเดิม (60,850 ไร่)",
            "• ข้อพิพาทเรื่องการแย่งน้ำลดลงจาก 27 ครั้ง เหลือ 5 ครั้ง",
            "• รายละเอียดตามบันทึกข้อตกลงและตารางผลการส่งน้ำที่แนบ",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "86.4 -> 64.9 M m3 (-24.9%), 60,850 rai, disputes 27 -> 5"),
        S(True, "clear", "water delivered (with area held) and disputes both reported"),
        S(True, "clear", "head-end farmers over-pump, tail-end get none, disputes -> agreed rotation among the water-user groups"),
        S(True, "clear", "the readable attachment (signed agreement with date and results table) is the only reference"),
        SILENT,
        TYPE("policy", False, "borderline", "not named; the core is a new agreed rule (rotation, penalties) — policy, though it also changes the water-delivery service"),
        TOPICS(["resource_saving", "integration", "information_system"], "borderline",
               "21.5 M m3 of water saved, agreement with 12 user groups and 7 SAOs; the LINE group is a minor means (information_system borderline)"),
    ),
))

# ================================================================ 24
SUBS.append(dict(
    name="24-municipal-market-stall-lottery", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="A", pdf=True,
    author="เทศบาลตำบลปากพลี",
    head=["แบบนำเสนอผลงานนวัตกรรม ประจำปีงบประมาณ พ.ศ. 2567",
          "ชื่อผลงาน: จับสลากแผงตลาดสด ถ่ายทอดสด โปร่งใสทุกขั้นตอน",
          "หน่วยงาน: เทศบาลตำบลปากพลี อำเภอปากพลี จังหวัดนครนายก"],
    sections=[
        ("1. ความเป็นมาและสภาพปัญหา", [
            "ตลาดสดเทศบาลตำบลปากพลีมีแผงค้า 168 แผง เมื่อแผงว่างลง ผู้ค้าที่ต้องการเช่าต้องยื่นคำร้องที่กองคลังและรอการพิจารณาโดยไม่มีหลักเกณฑ์ชัดเจน "
            "มีข่าวลือว่าต้องจ่ายเงินพิเศษจึงจะได้แผงทำเลดี แผงบางแผงถูกเช่าช่วงต่อในราคาสูงกว่าค่าเช่าของเทศบาลหลายเท่า "
            "ผู้ค้ารายย่อยจากชุมชนจึงไม่มีโอกาสได้แผง ในปี 2566 มีเรื่องร้องเรียนเรื่องการจัดสรรแผง 12 เรื่อง "
            "ผลงานนี้เป็นนวัตกรรมเชิงนโยบาย เพราะเทศบาลออกประกาศกำหนดหลักเกณฑ์การจัดสรรแผงค้าขึ้นใหม่",
        ]),
        ("2. วัตถุประสงค์", [
            "2.1 เพื่อให้การจัดสรรแผงค้าเป็นธรรม โปร่งใส และตรวจสอบได้",
            "2.2 เพื่อป้องกันการเรียกรับผลประโยชน์และการเช่าช่วงแผง",
            "2.3 เพื่อให้ผู้ค้ายื่นคำขอได้สะดวก",
        ]),
        ("3. การดำเนินการ", [
            "3.1 ออกประกาศเทศบาลกำหนดหลักเกณฑ์การจัดสรรแผงค้าใหม่ ให้จัดสรรแผงว่างทุกแผงด้วยการจับสลากต่อหน้าสาธารณะ",
            "3.2 เปิดให้ยื่นคำขอผ่าน Google Form หรือที่สำนักงาน และประกาศรายชื่อผู้มีสิทธิ์จับสลากบนเพจเทศบาล",
            "3.3 จับสลากต่อหน้าผู้แทนชุมชนและถ่ายทอดสดทางเพจเฟซบุ๊ก",
            "3.4 ผู้ได้แผงทำสัญญาและชำระค่าเช่ารายเดือนผ่าน QR Code ห้ามเช่าช่วง หากพบจะยกเลิกสัญญา",
        ]),
        ("4. ผลที่คาดว่าจะได้รับ", [
            "4.1 แผงค้าว่างทุกแผงจัดสรรด้วยการจับสลาก",
            "4.2 เรื่องร้องเรียนเรื่องการจัดสรรแผงลดลง",
            "4.3 ผู้ค้ามีความพึงพอใจต่อหลักเกณฑ์ใหม่ไม่น้อยกว่าร้อยละ 85",
        ]),
        ("5. ผลการดำเนินงาน", [
            "จัดจับสลาก 3 รอบ จัดสรรแผงว่าง 41 แผงครบทุกแผง มีผู้ยื่นคำขอ 137 ราย ร้อยละ 64 ยื่นผ่านออนไลน์ "
            "มีผู้ชมการถ่ายทอดสดรวม 5,820 ครั้ง เรื่องร้องเรียนเรื่องการจัดสรรแผงไม่มีเลยในปีงบประมาณ พ.ศ. 2567 "
            "ตรวจพบการเช่าช่วงและยกเลิกสัญญา 6 แผง ผู้เช่าร้อยละ 91 ชำระค่าเช่าผ่าน QR Code "
            "รายได้ค่าเช่าแผงของเทศบาลเพิ่มขึ้นจาก 1.21 ล้านบาท เป็น 1.46 ล้านบาท เพราะไม่มีแผงค้างว่าง",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "41 stalls, 137 applicants, 64% online, 5,820 views, complaints 12 -> 0, 6 contracts cancelled, revenue 1.21 -> 1.46 M"),
        S(False, "clear", "expected traders' satisfaction ≥85% is never reported; lottery coverage and complaints are"),
        S(True, "clear", "stall allocation without rules, rumoured payments and subletting shut out small traders -> public lottery rule"),
        S(False, "clear", "no reference section and no named source for any figure"),
        SILENT,
        TYPE("policy", True, "clear", "sentence: 'ผลงานนี้เป็นนวัตกรรมเชิงนโยบาย' (new municipal allocation rule)"),
        TOPICS(["anti_corruption", "information_system", "public_convenience"], "clear",
               "public live lottery against paid allocation, QR rent, online application; higher rent revenue is not a budget saving"),
    ),
))
# ================================================================ 25
SUBS.append(dict(
    name="25-municipal-waste-fee-ordinance", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="A",
    author="เทศบาลตำบลบ้านเป็ด",
    head=["แบบนำเสนอผลงานนวัตกรรมองค์กรปกครองส่วนท้องถิ่น ประจำปีงบประมาณ พ.ศ. 2567",
          "ชื่อผลงาน: คัดแยกก่อนทิ้ง ค่าธรรมเนียมลดครึ่ง",
          "หน่วยงาน: เทศบาลตำบลบ้านเป็ด อำเภอเมืองขอนแก่น จังหวัดขอนแก่น"],
    sections=[
        ("1. ความเป็นมาและความสำคัญของปัญหา", [
            "เทศบาลตำบลบ้านเป็ดมีครัวเรือน 9,400 ครัวเรือน และหอพักนักศึกษาจำนวนมาก ปริมาณขยะที่เทศบาลเก็บขนเพิ่มขึ้นเป็นวันละ 38 ตัน "
            "เทศบาลต้องจ้างเหมาขนขยะไปกำจัดที่บ่อฝังกลบของเทศบาลนครขอนแก่น คิดค่ากำจัดตามน้ำหนัก ค่าใช้จ่ายนี้สูงขึ้นทุกปีจนเป็นภาระงบประมาณ "
            "ขยะกว่าครึ่งเป็นขยะอินทรีย์และขยะรีไซเคิลที่คัดแยกได้ แต่ครัวเรือนไม่มีแรงจูงใจให้คัดแยก เพราะค่าธรรมเนียมเก็บขนขยะเท่ากันทุกบ้าน "
            "งานนี้อยู่นอกเหนือจากภารกิจงานประจำด้านการเก็บขนขยะที่เทศบาลทำอยู่เดิม เพราะเป็นการเปลี่ยนกติกาการจัดเก็บค่าธรรมเนียม",
        ]),
        ("2. วัตถุประสงค์", [
            "2.1 เพื่อสร้างแรงจูงใจให้ครัวเรือนคัดแยกขยะก่อนทิ้ง",
            "2.2 เพื่อลดปริมาณขยะที่เทศบาลต้องส่งไปกำจัด",
            "2.3 เพื่อลดค่าใช้จ่ายในการกำจัดขยะของเทศบาล",
        ]),
        ("3. การดำเนินงาน", [
            "3.1 ตราเทศบัญญัติเทศบาลตำบลบ้านเป็ด เรื่อง การจัดการสิ่งปฏิกูลและมูลฝอย (ฉบับที่ 2) พ.ศ. 2566 ลดค่าธรรมเนียมเก็บขนขยะร้อยละ 50 ให้ครัวเรือนที่ผ่านการตรวจการคัดแยก",
            "3.2 แจกถังขยะเปียกครัวเรือน และตั้งจุดรับขยะรีไซเคิลในทุกชุมชน ร่วมกับร้านรับซื้อของเก่าในพื้นที่",
            "3.3 ประธานชุมชนและอาสาสมัครตรวจการคัดแยกทุกไตรมาส และรับรองสิทธิ์ลดค่าธรรมเนียม",
            "3.4 หอพักที่คัดแยกขยะได้ตามเกณฑ์ได้รับป้ายหอพักรักษ์โลก",
        ]),
        ("4. ผลลัพธ์ที่คาดหวัง", [
            "4.1 ครัวเรือนเข้าร่วมคัดแยกขยะไม่น้อยกว่าร้อยละ 40",
            "4.2 ปริมาณขยะที่ส่งไปกำจัดลดลงไม่น้อยกว่าร้อยละ 15",
            "4.3 ค่าใช้จ่ายในการกำจัดขยะลดลง",
        ]),
        ("5. ผลการดำเนินงาน", [
            "หลังเทศบัญญัติมีผลใช้บังคับเมื่อ 1 มกราคม 2567 ครัวเรือนผ่านเกณฑ์และได้รับสิทธิ์ลดค่าธรรมเนียม 4,620 ครัวเรือน (ร้อยละ 49.1) และหอพัก 37 แห่ง "
            "ปริมาณขยะที่ส่งไปกำจัดลดลงจากวันละ 38 ตัน เหลือ 29.5 ตัน (ลดลงร้อยละ 22.4) "
            "ค่าจ้างเหมาขนและกำจัดขยะในช่วง 6 เดือน ลดลง 312,400 บาท เมื่อเทียบกับช่วงเดียวกันของปีก่อน "
            "แม้รายได้ค่าธรรมเนียมเก็บขนขยะจะลดลงประมาณ 138,000 บาท แต่โดยรวมเทศบาลยังประหยัดงบประมาณสุทธิประมาณ 174,000 บาท",
        ]),
        ("6. เอกสารอ้างอิง", [
            "1. เทศบัญญัติเทศบาลตำบลบ้านเป็ด เรื่อง การจัดการสิ่งปฏิกูลและมูลฝอย (ฉบับที่ 2) พ.ศ. 2566",
            "2. พระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. 2535 มาตรา 20",
            "3. ใบแจ้งหนี้ค่ากำจัดขยะจากเทศบาลนครขอนแก่น เดือนมกราคม – มิถุนายน 2566 และ 2567",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "4,620 households (49.1%), 37 dorms, 38 -> 29.5 t/day (-22.4%), 312,400 baht, net 174,000 baht"),
        S(True, "clear", "participation, waste sent and disposal cost all reported"),
        S(True, "clear", "flat fee gives households no reason to sort, disposal cost burdens the budget -> fee discount for sorting households"),
        S(True, "clear", "the ordinance, Cleanliness Act 2535 s.20, disposal invoices with months"),
        S(False, "clear", "says explicitly it is outside the routine waste-collection duty (นอกเหนือจากภารกิจงานประจำ)"),
        TYPE("policy", False, "clear", "not named; a new local ordinance (rule) changing the fee"),
        TOPICS(["budget", "integration"], "borderline",
               "disposal cost down 312,400 baht (net 174,000); cooperation with scrap shops and community chairs is light (integration borderline); less waste is not itself a 5.2 topic"),
    ),
))

# ================================================================ 26
SUBS.append(dict(
    name="26-health-centre-home-visit-vague", main="ผลงานนวัตกรรม รพ.สต.บ้านดอนแดง.docx", layout="D",
    author="รพ.สต.บ้านดอนแดง",
    head=["แบบนำเสนอผลงานนวัตกรรม"],
    sections=[
        ("ส่วนที่ 1 ข้อมูลทั่วไป", [
            "ชื่อผลงาน: เยี่ยมบ้านยุคใหม่ ใส่ใจผู้สูงวัย",
            "หน่วยงาน: โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดอนแดง อำเภอพนมไพร จังหวัดร้อยเอ็ด",
        ]),
        ("ส่วนที่ 2 รายละเอียดผลงาน", []),
        ("ความเป็นมา", [
            "ปัจจุบันประเทศไทยก้าวเข้าสู่สังคมผู้สูงอายุอย่างสมบูรณ์ รัฐบาลและกระทรวงสาธารณสุขให้ความสำคัญกับการดูแลสุขภาพประชาชนทุกกลุ่มวัย "
            "และการนำเทคโนโลยีดิจิทัลมาใช้ในงานบริการสุขภาพตามนโยบายประเทศไทย 4.0 "
            "การเยี่ยมบ้านเป็นงานตามหน้าที่ปกติของ รพ.สต. ที่ดำเนินการอยู่เป็นประจำ ผลงานนี้จึงนำเทคโนโลยีมาช่วยในงานประจำดังกล่าว "
            "เพื่อให้การดำเนินงานเป็นไปอย่างมีประสิทธิภาพและสอดคล้องกับนโยบายของหน่วยงานต้นสังกัด "
            "ทั้งนี้ การพัฒนางานบริการสุขภาพอย่างต่อเนื่องเป็นสิ่งสำคัญ เพื่อให้ประชาชนมีคุณภาพชีวิตที่ดี และเพื่อให้หน่วยงานก้าวทันการเปลี่ยนแปลงของเทคโนโลยี",
        ]),
        ("วัตถุประสงค์", [
            "• เพื่อพัฒนาการเยี่ยมบ้านให้มีประสิทธิภาพ",
            "• เพื่อให้ผู้สูงอายุได้รับการดูแลอย่างทั่วถึง",
            "• เพื่อส่งเสริมการมีส่วนร่วมของครอบครัวและชุมชนในการดูแลผู้สูงอายุ",
        ]),
        ("การดำเนินงาน", [
            "• ประชุมชี้แจงเจ้าหน้าที่และอาสาสมัครสาธารณสุขประจำหมู่บ้าน",
            "• ใช้แอปพลิเคชันบนโทรศัพท์บันทึกข้อมูลการเยี่ยมบ้านแทนแบบฟอร์ม",
            "• จัดทำแผนการเยี่ยมบ้านร่วมกับ อสม. ในแต่ละหมู่บ้าน",
            "• ออกเยี่ยมบ้านผู้สูงอายุตามแผน และสรุปผลเสนอผู้บริหาร",
            "• ประเมินผลและปรับปรุงการดำเนินงานอย่างต่อเนื่อง",
        ]),
        ("ผลที่คาดว่าจะได้รับ", [
            "• ผู้สูงอายุกลุ่มติดบ้านติดเตียงได้รับการเยี่ยมบ้านครบร้อยละ 100",
            "• ผู้สูงอายุและญาติพึงพอใจต่อการเยี่ยมบ้านไม่น้อยกว่าร้อยละ 85",
        ]),
        ("ผลการดำเนินงาน", [
            "• การเยี่ยมบ้านเป็นไปด้วยความเรียบร้อย ผู้สูงอายุได้รับการดูแลอย่างทั่วถึงตามแผน",
            "• เจ้าหน้าที่บันทึกข้อมูลได้สะดวกขึ้น ข้อมูลเป็นระบบมากขึ้น",
            "• ญาติและ อสม. ให้ความร่วมมือเป็นอย่างดี มีการแลกเปลี่ยนข้อมูลผู้สูงอายุกันมากขึ้น",
            "• ผู้บริหารให้ความสนใจและสนับสนุนให้ขยายผลต่อไปยังหมู่บ้านอื่นในเขตรับผิดชอบ",
        ]),
        ("ส่วนที่ 3 ข้อมูลประกอบ", [
            "• สอบถามความคิดเห็นเจ้าหน้าที่หลังการใช้งาน",
            "• รวบรวมข้อมูลจากแอปพลิเคชันและสรุปเป็นรายงาน",
        ]),
    ],
    truth=TRUTH(
        S(False, "clear", "actual results are all in words; no figure anywhere in them"),
        S(False, "clear", "expected satisfaction ≥85% is never reported; coverage is echoed only in words ('ทั่วถึงตามแผน')"),
        S(False, "clear", "rationale is generic (aging society, Thailand 4.0, policy); no concrete problem of the elderly or of the visits is stated"),
        S(False, "clear", "only method steps (asking staff, compiling app data); no named source"),
        S(True, "clear", "'การเยี่ยมบ้านเป็นงานตามหน้าที่ปกติของ รพ.สต. … นำเทคโนโลยีมาช่วยในงานประจำ'"),
        TYPE("service", False, "borderline", "not named; home visits serve the elderly, but the change described is the staff's recording (administrative plausible)"),
        TOPICS(["information_system", "agency_efficiency"], "borderline",
               "an app replaces paper forms and staff record 'more conveniently'; no figure, so only weakly shown"),
    ),
))

# ================================================================ 27
SUBS.append(dict(
    name="27-dlt-online-licence-training", main="แบบนำเสนอผลงานนวัตกรรม สนง.ขนส่งจังหวัดพะเยา.docx", layout="B",
    author="สำนักงานขนส่งจังหวัดพะเยา",
    head=["อบรมออนไลน์ จองสอบล่วงหน้า ต่อใบขับขี่ได้ในครึ่งวัน", "สำนักงานขนส่งจังหวัดพะเยา กรมการขนส่งทางบก"],
    sections=[
        ("ความเป็นมาและสภาพปัญหา", [
            "การออกและต่ออายุใบอนุญาตขับรถเป็นงานบริการตามภารกิจหลักของสำนักงานขนส่งจังหวัดที่ให้บริการอยู่ทุกวัน "
            "แต่วิธีการให้บริการแบบเดิมทำให้ผู้ขอรับบริการต้องมาสำนักงานทั้งวัน คือ รับคิวตั้งแต่เช้า เข้ารับการอบรมในห้องบรรยาย 1 – 5 ชั่วโมง ทดสอบสมรรถภาพร่างกาย แล้วจึงสอบข้อเขียน "
            "ห้องอบรมรับได้รอบละ 60 คน ผู้มาไม่ทันรอบต้องกลับมาใหม่ และมีนายหน้าเสนอรับจ้างจองคิวและช่วยสอบโดยเรียกเงินจากประชาชนรายละ 500 – 1,500 บาท "
            "สำนักงานจึงนำระบบอบรมออนไลน์และจองคิวของกรมการขนส่งทางบกมาปรับใช้ และจัดขั้นตอนใหม่ที่สำนักงาน",
        ]),
        ("วัตถุประสงค์", [
            "1. เพื่อให้ผู้ขอรับบริการอบรมภาคทฤษฎีจากที่บ้านได้",
            "2. เพื่อลดขั้นตอนและเวลาที่ต้องอยู่ในสำนักงาน",
            "3. เพื่อตัดช่องทางของนายหน้า",
        ]),
        ("ขั้นตอนการดำเนินงาน", [
            "1. ผู้ขอรับบริการอบรมผ่าน e-Learning ของกรมการขนส่งทางบก และจองวันเวลาเข้าทดสอบผ่านแอปพลิเคชัน DLT Smart Queue",
            "2. ที่สำนักงาน ผู้ขอรับบริการผ่านจุดบริการเพียง 4 จุด (ยืนยันตัวตน ทดสอบสมรรถภาพ สอบข้อเขียน ถ่ายรูปรับบัตร) จากเดิม 7 จุด",
            "3. ชำระค่าธรรมเนียมผ่าน QR Code หรือบัตร ณ จุดถ่ายรูป",
            "4. ประชาสัมพันธ์ผ่านวิทยุชุมชนและ อบต. ทุกแห่ง ว่าไม่ต้องผ่านนายหน้า",
        ]),
        ("ผลที่คาดว่าจะได้รับ", [
            "1. ผู้ขอรับบริการใช้เวลาที่สำนักงานไม่เกิน 3 ชั่วโมง",
            "2. ผู้ขอรับบริการไม่ต้องมาซ้ำเพราะไม่ทันรอบอบรม",
            "3. ไม่มีเรื่องร้องเรียนเกี่ยวกับนายหน้า",
        ]),
        ("ผลลัพธ์ที่เกิดขึ้นจริง", [
            "มกราคม – มิถุนายน 2567 ให้บริการ 8,742 ราย ร้อยละ 86 อบรมออนไลน์ก่อนมาสำนักงาน เวลาที่อยู่ในสำนักงานลดลงจากเฉลี่ย 6 ชั่วโมง เหลือ 2 ชั่วโมง 20 นาที "
            "ไม่มีผู้ขอรับบริการต้องกลับมาใหม่เพราะห้องอบรมเต็ม (เดิมเดือนละประมาณ 140 ราย) "
            "เรื่องร้องเรียนเกี่ยวกับนายหน้าลดจาก 9 เรื่องในปี 2566 เป็น 0 เรื่อง",
        ]),
        ("เอกสารอ้างอิง", [
            "1. พระราชบัญญัติรถยนต์ พ.ศ. 2522 และระเบียบกรมการขนส่งทางบกว่าด้วยการอบรมและทดสอบผู้ขอรับใบอนุญาตขับรถ",
            "2. รายงานสถิติการให้บริการใบอนุญาตขับรถ สำนักงานขนส่งจังหวัดพะเยา มกราคม – มิถุนายน 2566 และ 2567",
            "3. ทะเบียนเรื่องร้องเรียน สำนักงานขนส่งจังหวัดพะเยา พ.ศ. 2566 – 2567",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "8,742 served, 86% online, 6 h -> 2 h 20, 140/month repeat visits -> 0, broker complaints 9 -> 0"),
        S(True, "clear", "time in office, repeat visits and broker complaints all reported"),
        S(True, "clear", "licence applicants spend a day, miss training rounds and pay brokers -> online training and booking for them"),
        S(True, "clear", "Motor Vehicle Act 2522 and DLT regulation, office statistics with periods, complaint register"),
        S(False, "borderline", "names the licence service as the office's core daily task (ภารกิจหลัก … ให้บริการอยู่ทุกวัน) but presents the new online way as the work"),
        TYPE("service", False, "clear", "not named; changes how the public gets licences"),
        TOPICS(["information_system", "public_convenience", "step_reduction", "time_saving", "anti_corruption"], "clear",
               "e-Learning + queue app + QR fees, training from home, 7 -> 4 counters, 6 h -> 2 h 20, brokers cut out (complaints 9 -> 0)"),
    ),
))

# ================================================================ 28
SUBS.append(dict(
    name="28-alro-drone-parcel-survey", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="D", pdf=True,
    author="สำนักงานการปฏิรูปที่ดินจังหวัดกำแพงเพชร",
    head=["ผลงานนวัตกรรมเพื่อเพิ่มประสิทธิภาพการปฏิบัติงาน ปีงบประมาณ พ.ศ. 2567"],
    sections=[
        ("ส่วนที่ 1 ข้อมูลผลงาน", [
            "ชื่อผลงาน: โดรนสำรวจแปลง ลดวันลงพื้นที่",
            "หน่วยงาน: สำนักงานการปฏิรูปที่ดินจังหวัดกำแพงเพชร สำนักงานการปฏิรูปที่ดินเพื่อเกษตรกรรม",
        ]),
        ("ส่วนที่ 2 สาระสำคัญ", []),
        ("หลักการและเหตุผล", [
            "สำนักงานต้องตรวจสอบการใช้ประโยชน์ในที่ดินที่จัดให้เกษตรกรแล้วกว่า 42,000 แปลง และตรวจสอบแปลงที่มีผู้ยื่นคำขอรับการจัดที่ดินใหม่ทุกปี "
            "เดิมเจ้าหน้าที่รังวัดต้องออกเดินเท้าตรวจทีละแปลง ทีมละ 3 คน ค้างคืนในพื้นที่ห่างไกล การตรวจสอบคำขอแต่ละรายใช้เวลาเฉลี่ย 45 วัน "
            "ค่าเบี้ยเลี้ยงและค่าที่พักของเจ้าหน้าที่สูง และเกษตรกรผู้ยื่นคำขอต้องรอนานกว่าจะได้รับการพิจารณา",
        ]),
        ("วัตถุประสงค์", [
            "• เพื่อนำอากาศยานไร้คนขับมาสำรวจและจัดทำภาพถ่ายแปลงที่ดินแทนการเดินสำรวจ",
            "• เพื่อลดระยะเวลาการตรวจสอบคำขอของเกษตรกร",
            "• เพื่อลดค่าใช้จ่ายในการออกปฏิบัติงานภาคสนาม",
        ]),
        ("วิธีการดำเนินงาน", [
            "• อบรมเจ้าหน้าที่ 6 คนให้ได้รับใบอนุญาตผู้บังคับอากาศยานไร้คนขับ",
            "• บินถ่ายภาพครอบคลุมพื้นที่ครั้งละประมาณ 1,500 ไร่ และประมวลผลเป็นภาพออร์โธซ้อนกับรูปแปลงในระบบสารสนเทศภูมิศาสตร์",
            "• ลงพื้นที่จริงเฉพาะแปลงที่ภาพถ่ายพบข้อสงสัย",
        ]),
        ("ผลลัพธ์ที่คาดหวัง", [
            "• ระยะเวลาตรวจสอบคำขอแต่ละรายไม่เกิน 20 วัน",
            "• ค่าใช้จ่ายในการออกปฏิบัติงานภาคสนามลดลงไม่น้อยกว่าร้อยละ 30",
            "• ความถูกต้องของข้อมูลการใช้ประโยชน์ที่ดินไม่น้อยกว่าร้อยละ 95",
        ]),
        ("ผลสัมฤทธิ์", [
            "• ตุลาคม 2566 – มิถุนายน 2567 สำรวจด้วยโดรนแล้ว 11,260 แปลง",
            "• ระยะเวลาตรวจสอบคำขอเฉลี่ยลดลงจาก 45 วัน เหลือ 12 วัน",
            "• วันคนที่ต้องลงพื้นที่ลดลงจาก 620 วันคน เหลือ 214 วันคน",
            "• ค่าเบี้ยเลี้ยง ค่าที่พัก และค่าน้ำมันลดลงจาก 486,000 บาท เหลือ 239,000 บาท ประหยัดได้ 247,000 บาท (ร้อยละ 50.8)",
        ]),
        ("ส่วนที่ 3 เอกสารอ้างอิง", [
            "• พระราชบัญญัติการปฏิรูปที่ดินเพื่อเกษตรกรรม พ.ศ. 2518 มาตรา 30",
            "• ประกาศกระทรวงคมนาคม เรื่อง หลักเกณฑ์การขออนุญาตและเงื่อนไขในการบังคับหรือปล่อยอากาศยานซึ่งไม่มีนักบิน พ.ศ. 2558",
            "• รายงานการเบิกจ่ายค่าใช้จ่ายในการเดินทางไปราชการ ส.ป.ก.จังหวัดกำแพงเพชร ปีงบประมาณ พ.ศ. 2566 – 2567",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "11,260 plots, 45 -> 12 days, 620 -> 214 person-days, 486,000 -> 239,000 baht (247,000 saved)"),
        S(False, "clear", "expected data accuracy ≥95% is never reported; time and field cost are"),
        S(True, "clear", "plot checks on foot are slow and costly, farmers wait 45 days -> drone survey"),
        S(True, "clear", "ALRO Act 2518 s.30, Transport Ministry drone rule 2558, travel expense report"),
        SILENT,
        TYPE("administrative", False, "clear", "not named; the office's internal survey method"),
        TOPICS(["agency_efficiency", "budget", "time_saving", "information_system"], "clear",
               "person-days 620 -> 214, 247,000 baht of the office's travel cost saved, checks 45 -> 12 days, drone + GIS"),
    ),
))

# ================================================================ 29
SUBS.append(dict(
    name="29-district-complaint-line-zero-byte", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="C",
    author="ศูนย์ดำรงธรรมอำเภอแม่สาย",
    attach=[dict(file="สรุปเรื่องร้องเรียนศูนย์ดำรงธรรมอำเภอ.pdf", kind="empty")],
    head=["แบบนำเสนอผลงานนวัตกรรม", "ปีงบประมาณ พ.ศ. 2567"],
    rows=[
        ("ชื่อผลงาน", "ร้องทุกข์จบที่จุดเดียว ส่งต่อทุกหน่วยผ่านไลน์"),
        ("หน่วยงาน", "ศูนย์ดำรงธรรมอำเภอแม่สาย ที่ว่าการอำเภอแม่สาย จังหวัดเชียงราย"),
        ("ประเภทนวัตกรรม", TICK["service"]),
    ],
    sections=[
        ("หลักการ เหตุผล และความจำเป็น", [
            "ประชาชนอำเภอแม่สายที่มีเรื่องเดือดร้อน เช่น ข้อพิพาทที่ดิน ถนนชำรุด น้ำท่วม หรือเหตุรำคาญ มักไม่ทราบว่าต้องร้องเรียนหน่วยงานใด "
            "ต้องเดินทางไปหลายหน่วยงาน และหลายเรื่องถูกส่งกลับไปกลับมา ศูนย์ดำรงธรรมอำเภอต้องทำหนังสือส่งเรื่องถึงหน่วยงานทีละฉบับ "
            "กว่าหน่วยงานจะรับเรื่องใช้เวลาหลายวัน และผู้ร้องไม่ทราบความคืบหน้า การดำเนินงานนี้แตกต่างจากงานปกติของศูนย์ เพราะเชื่อมทุกหน่วยงานไว้ในช่องทางเดียว",
        ]),
        ("วัตถุประสงค์", [
            "1. เพื่อให้ประชาชนร้องเรียนได้ที่จุดเดียว ทั้งที่ศูนย์และทางไลน์",
            "2. เพื่อลดขั้นตอนและระยะเวลาการส่งต่อเรื่องถึงหน่วยงานที่รับผิดชอบ",
            "3. เพื่อให้ผู้ร้องติดตามความคืบหน้าได้",
        ]),
        ("การดำเนินการ", [
            "1. ทำบันทึกข้อตกลงความร่วมมือระหว่างอำเภอแม่สายกับหน่วยงาน 26 แห่ง ได้แก่ องค์กรปกครองส่วนท้องถิ่น 8 แห่ง สถานีตำรวจ 2 แห่ง และส่วนราชการระดับอำเภอ",
            "2. เปิดบัญชีไลน์ทางการรับเรื่องร้องเรียน และตั้งกลุ่มไลน์ผู้ประสานงานของทั้ง 26 หน่วยงาน",
            "3. เจ้าหน้าที่ศูนย์คัดแยกเรื่องและส่งต่อในกลุ่มไลน์ทันที แทนการทำหนังสือ ขั้นตอนส่งต่อลดจาก 6 ขั้นตอนเหลือ 2 ขั้นตอน",
            "4. หน่วยงานรายงานผลในตารางติดตามออนไลน์ ผู้ร้องได้รับแจ้งความคืบหน้าทางไลน์",
        ]),
        ("ผลลัพธ์ที่คาดหวัง", [
            "1. ระยะเวลาตั้งแต่รับเรื่องจนหน่วยงานรับทราบไม่เกิน 1 วัน",
            "2. เรื่องร้องเรียนได้รับการแก้ไขแล้วเสร็จไม่น้อยกว่าร้อยละ 80",
        ]),
        ("ผลการดำเนินงาน", [
            "ธันวาคม 2566 – มิถุนายน 2567 รับเรื่อง 486 เรื่อง ร้อยละ 58 รับทางไลน์ ระยะเวลาตั้งแต่รับเรื่องจนหน่วยงานรับทราบลดลงจากเฉลี่ย 5 วัน เหลือ 3 ชั่วโมง "
            "แก้ไขแล้วเสร็จ 421 เรื่อง (ร้อยละ 86.6) ผู้ร้องไม่ต้องเดินทางไปติดต่อหลายหน่วยงาน "
            "ศูนย์ลดการจัดทำหนังสือส่งต่อเรื่องลงประมาณ 400 ฉบับ",
        ]),
        ("เอกสารอ้างอิง", ["ตามไฟล์แนบ สรุปเรื่องร้องเรียนศูนย์ดำรงธรรมอำเภอ"]),
    ],
    truth=TRUTH(
        S(True, "clear", "486 complaints, 58% via LINE, 5 days -> 3 h, 421 solved (86.6%), 400 letters"),
        S(True, "clear", "time to reach the agency and share solved both reported"),
        S(True, "clear", "complainants do not know where to go and are bounced between agencies -> one point and LINE routing"),
        S(False, "clear", "the only reference is the attached PDF, which is 0 bytes (unreadable); the MOU is named in the method without a date"),
        S(False, "clear", "says the work differs from the centre's normal work (แตกต่างจากงานปกติ)"),
        TYPE("service", True, "clear", "ticked box ☑ การบริการ (Service Innovation)"),
        TOPICS(["integration", "information_system", "public_convenience", "step_reduction", "time_saving"], "clear",
               "MOU with 26 agencies, LINE OA/group + tracking sheet, one point of contact, 6 -> 2 steps, 5 days -> 3 h"),
    ),
))

# ================================================================ 30
SUBS.append(dict(
    name="30-university-cashless-policy-unlinked", main="แบบนำเสนอผลงานนวัตกรรม.docx", layout="A",
    author="กองคลัง มหาวิทยาลัยนครพนม",
    head=["แบบนำเสนอผลงานนวัตกรรม ประจำปีงบประมาณ พ.ศ. 2567",
          "ชื่อผลงาน: มหาวิทยาลัยไร้เงินสด ใบเสร็จอิเล็กทรอนิกส์",
          "หน่วยงาน: กองคลัง สำนักงานอธิการบดี มหาวิทยาลัยนครพนม"],
    sections=[
        ("1. หลักการและเหตุผล", [
            "รัฐบาลมีนโยบายขับเคลื่อนรัฐบาลดิจิทัลและสังคมไร้เงินสด ตามแผนพัฒนารัฐบาลดิจิทัลของประเทศไทย และกระทรวงการคลังส่งเสริมให้หน่วยงานภาครัฐรับชำระเงินทางอิเล็กทรอนิกส์ "
            "มหาวิทยาลัยนครพนมมียุทธศาสตร์การเป็นมหาวิทยาลัยดิจิทัล กองคลังจึงจัดทำโครงการนี้เพื่อตอบสนองนโยบายดังกล่าว "
            "และเพื่อยกระดับการบริหารงานคลังของมหาวิทยาลัยให้ทันสมัย สอดคล้องกับการเปลี่ยนแปลงของโลกยุคดิจิทัล",
        ]),
        ("2. วัตถุประสงค์", [
            "2.1 เพื่อรับชำระเงินค่าธรรมเนียมการศึกษาและค่าบริการทุกประเภทผ่านช่องทางอิเล็กทรอนิกส์",
            "2.2 เพื่อออกใบเสร็จรับเงินอิเล็กทรอนิกส์แทนใบเสร็จกระดาษ",
            "2.3 เพื่อลดการรับเงินสดของเจ้าหน้าที่",
        ]),
        ("3. วิธีดำเนินการ", [
            "3.1 เชื่อมระบบทะเบียนนักศึกษากับระบบรับชำระเงินของธนาคาร ออก QR Code ค่าธรรมเนียมรายคน",
            "3.2 พัฒนาระบบใบเสร็จรับเงินอิเล็กทรอนิกส์ ส่งใบเสร็จทางอีเมลและแสดงในระบบทะเบียน",
            "3.3 ปิดเคาน์เตอร์รับเงินสดของคณะ 7 จุด เหลือจุดรับเงินสดสำรองที่กองคลัง 1 จุด",
        ]),
        ("4. ผลลัพธ์ที่คาดหวัง", [
            "4.1 การรับชำระผ่านช่องทางอิเล็กทรอนิกส์ไม่น้อยกว่าร้อยละ 90",
            "4.2 ลดการพิมพ์ใบเสร็จรับเงินกระดาษ",
        ]),
        ("5. ผลการดำเนินงาน", [
            "ภาคการศึกษาที่ 2/2566 และ 1/2567 มีรายการรับชำระ 23,580 รายการ ชำระผ่าน QR Code และ Mobile Banking ร้อยละ 97.3 "
            "ไม่ต้องพิมพ์ใบเสร็จกระดาษประมาณ 47,000 แผ่น และใช้ตลับหมึกเครื่องพิมพ์ใบเสร็จลดลงจาก 36 ตลับ เหลือ 4 ตลับ "
            "เงินทุกรายการเข้าบัญชีมหาวิทยาลัยโดยตรง ไม่มีเงินสดค้างที่คณะ และตรวจสอบได้ทุกรายการ "
            "เจ้าหน้าที่การเงินของคณะไม่ต้องนับเงินและนำส่งเงินทุกวัน ใช้เวลาปิดบัญชีประจำวันลดลงจาก 2 ชั่วโมงเหลือ 15 นาที",
        ]),
        ("6. ข้อมูลอ้างอิง", [
            "1. แผนพัฒนารัฐบาลดิจิทัลของประเทศไทย พ.ศ. 2566 – 2570 สำนักงานพัฒนารัฐบาลดิจิทัล",
            "2. ระเบียบกระทรวงการคลังว่าด้วยการรับเงิน การเบิกจ่ายเงิน การเก็บรักษาเงิน และการนำเงินส่งคลัง พ.ศ. 2562",
            "3. รายงานการรับชำระเงินจากระบบธนาคาร มหาวิทยาลัยนครพนม ภาคการศึกษาที่ 2/2566 – 1/2567",
        ]),
    ],
    truth=TRUTH(
        S(True, "clear", "23,580 payments, 97.3% electronic, 47,000 sheets, toner 36 -> 4, 2 h -> 15 min"),
        S(True, "clear", "electronic share and receipts not printed both reported; toner, cash handling and closing time are extras"),
        S(False, "clear", "rationale is only policy (digital government, cashless society, strategy); no problem and no target group"),
        S(True, "clear", "DGA digital government plan, MOF regulation 2562, bank payment report"),
        SILENT,
        TYPE("administrative", False, "borderline", "not named; mostly the finance division's own process, though students pay differently (service plausible)"),
        TOPICS(["anti_corruption", "information_system", "paper", "resource_saving", "agency_efficiency"], "clear",
               "cash counters closed and every payment traceable, QR/e-receipt system, 47,000 sheets, toner 36 -> 4, closing 2 h -> 15 min"),
    ),
))


def main():
    make_pdf = "--no-pdf" not in sys.argv
    if os.path.isdir(SUBS_DIR):
        shutil.rmtree(SUBS_DIR)
    os.makedirs(SUBS_DIR)
    truth = {}
    for sub in SUBS:
        folder = os.path.join(SUBS_DIR, sub["name"])
        os.makedirs(folder)
        main_path = os.path.join(folder, sub["main"])
        save_deterministic(build_main(sub), main_path)
        for att in sub.get("attach", []):
            apath = os.path.join(folder, att["file"])
            if att["kind"] == "empty":
                open(apath, "wb").close()  # intentionally unreadable 0-byte attachment
            else:
                save_deterministic(build_attachment(att), apath)
        if sub.get("pdf") and make_pdf:
            to_pdf(main_path)
        truth[sub["name"]] = sub["truth"]
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    # optional word counts (PyThaiNLP newmm), only printed
    try:
        from pythainlp.tokenize import word_tokenize
        for sub in SUBS:
            toks = [t for t in word_tokenize(full_text(sub), engine="newmm") if t.strip()]
            print(f"{sub['name']}: {len(toks)} words")
    except ImportError:
        pass


if __name__ == "__main__":
    main()
