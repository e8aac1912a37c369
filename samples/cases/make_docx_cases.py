"""Generate the .docx reading cases and the text each one must read back to.

    .venv/bin/python samples/cases/make_docx_cases.py [out_dir]

Writes samples/cases/docx/<case>.docx and <case>.expected.txt.  Each case
isolates one thing a naive reader (python-docx `document.paragraphs` plus
`document.tables`) loses or repeats.  python-docx builds the package; raw
WordprocessingML is spliced in where python-docx has no API (content
controls, text boxes, tracked changes, fields, merges, Thai numbering).  One
case is written by a real tool: LibreOffice re-saves a generated form.

The expected text is the source text in reading order, body only: numbering
labels before the paragraph text, tables row by row with cells joined by a
tab.  It is written from the same strings the document is built from, never
from what the reader returns.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from copy import deepcopy
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

OUT_DIR = Path(__file__).resolve().parent / "docx"
FONT = "TH Sarabun New"

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
}
NSDECLS = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())

# --- Thai content typical of a government project report -------------------------------
PROJECT = "โครงการพัฒนาศักยภาพครูด้านการจัดการเรียนรู้เชิงรุก ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"
SENTENCES = [
    "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาได้ดำเนินการตามนโยบายของกระทรวงศึกษาธิการอย่างต่อเนื่อง",
    "ครูผู้สอนจำนวน ๑๒๐ คน เข้าร่วมการอบรมเชิงปฏิบัติการและนำความรู้ไปใช้ในชั้นเรียน",
    "ผลการประเมินความพึงพอใจของผู้เข้าร่วมโครงการอยู่ในระดับมากที่สุด คิดเป็นร้อยละ ๙๒.๕๐",
    "การนิเทศติดตามดำเนินการโดยศึกษานิเทศก์และผู้บริหารสถานศึกษาเดือนละหนึ่งครั้ง",
    "งบประมาณที่ได้รับจัดสรรทั้งสิ้น ๒๕๐,๐๐๐ บาท ใช้จ่ายจริง ๒๓๘,๔๕๐ บาท",
    "นักเรียนมีผลสัมฤทธิ์ทางการเรียนในรายวิชาคณิตศาสตร์และวิทยาศาสตร์สูงขึ้นเมื่อเทียบกับปีที่ผ่านมา",
    "คณะกรรมการได้จัดประชุมเพื่อวางแผนการดำเนินงานและกำหนดตัวชี้วัดความสำเร็จของโครงการ",
    "ปัญหาและอุปสรรคที่พบ ได้แก่ ระยะเวลาในการอบรมค่อนข้างจำกัดและภาระงานของครูมีมาก",
    "ข้อเสนอแนะสำหรับการดำเนินงานในปีต่อไป คือ ควรจัดกิจกรรมแลกเปลี่ยนเรียนรู้ระหว่างโรงเรียน",
    "สถานศึกษาในสังกัดทุกแห่งได้จัดทำรายงานผลการดำเนินงานและส่งหลักฐานประกอบครบถ้วน",
    "การจัดการเรียนรู้เชิงรุกช่วยให้ผู้เรียนได้ลงมือปฏิบัติ คิดวิเคราะห์ และสร้างองค์ความรู้ด้วยตนเอง",
    "ผู้รับผิดชอบโครงการได้รวบรวมข้อมูลด้วยแบบสอบถาม แบบสังเกต และการสัมภาษณ์กลุ่มเป้าหมาย",
]


def thai_paragraph(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(SENTENCES) for _ in range(n))


# --- building blocks -------------------------------------------------------------------
def new_document() -> docx.document.Document:
    """A python-docx document whose Normal style is Thai: TH Sarabun New 16 pt."""
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(16)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    fonts.set(qn("w:cs"), FONT)
    set_cs_size(rpr, 32)
    for name in ("Heading 1", "Heading 2", "Title"):
        style = document.styles[name]
        style.font.name = FONT
        style_rpr = style.element.get_or_add_rPr()
        style_rpr.find(qn("w:rFonts")).set(qn("w:cs"), FONT)
    return document


def set_cs_size(rpr, half_points: int) -> None:
    """Set w:szCs, the size Word uses for Thai (complex script) text."""
    for el in rpr.findall(qn("w:szCs")):
        rpr.remove(el)
    sz_cs = parse_xml(f'<w:szCs {NSDECLS} w:val="{half_points}"/>')
    sz = rpr.find(qn("w:sz"))
    if sz is not None:
        sz.addnext(sz_cs)
    else:
        rpr.append(sz_cs)


def body_of(document):
    return document.element.body


def el(xml: str) -> str:
    """Declare the namespaces on the outermost element of a raw fragment."""
    return re.sub(r"^<([\w:]+)", lambda m: f"<{m.group(1)} {NSDECLS}", xml, count=1)


def add_raw(document, xml: str) -> None:
    body = body_of(document)
    body.insert(len(body) - 1, parse_xml(el(xml)))


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def run(text: str, rpr: str = "") -> str:
    return f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}{t(text)}</w:r>"


def para(*runs: str, ppr: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{''.join(runs)}</w:p>"


def cell(content: str, tcpr: str = "") -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/>{tcpr}</w:tcPr>{content}</w:tc>'


def table(rows: list[str], cols: int) -> str:
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(cols))
    props = '<w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
    return f"<w:tbl>{props}<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def row(*cells: str) -> str:
    return f"<w:tr>{''.join(cells)}</w:tr>"


def sdt(content: str, tag: str) -> str:
    return f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/></w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>'


def add_table_rows(document, rows: list[list[str]], style: str | None = "Table Grid"):
    """A plain python-docx table; returns it."""
    tbl = document.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        tbl.style = document.styles[style]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            tbl.cell(r, c).text = value
    return tbl


def tab_join(*cells: str) -> str:
    return "\t".join(cells)


# --- cases -----------------------------------------------------------------------------
def case_interleaved_body(path: Path) -> list[str]:
    """Headings, paragraphs and tables in body order, with bold/size/outline cues."""
    d = new_document()
    title = d.add_paragraph()
    title_run = title.add_run("แบบรายงานผลการดำเนินงานโครงการ")
    title_run.bold = True
    title_run.font.size = Pt(20)
    set_cs_size(title_run._r.get_or_add_rPr(), 40)
    title_run._r.get_or_add_rPr().append(parse_xml(f"<w:bCs {NSDECLS}/>"))
    d.add_paragraph(PROJECT)
    d.add_heading("หลักการและเหตุผล", level=1)
    d.add_paragraph(SENTENCES[0] + " " + SENTENCES[10])
    add_table_rows(d, [["ตัวชี้วัด", "ค่าเป้าหมาย"], ["ร้อยละของครูที่ผ่านการอบรม", "ร้อยละ ๙๐"]])
    d.add_heading("วัตถุประสงค์", level=1)
    d.add_paragraph(SENTENCES[6])
    d.add_heading("กลุ่มเป้าหมาย", level=2)
    d.add_paragraph(SENTENCES[1])
    # A heading made by direct outline level, in the Normal style.
    add_raw(d, para(run("วิธีดำเนินการ", "<w:b/><w:bCs/>"), ppr='<w:outlineLvl w:val="0"/>'))
    d.add_paragraph(SENTENCES[3])
    add_table_rows(d, [["กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ"], ["อบรมเชิงปฏิบัติการ", "มิ.ย. ๒๕๖๗", "กลุ่มนิเทศ"]])
    d.add_paragraph(SENTENCES[2])
    d.save(path)
    return [
        "แบบรายงานผลการดำเนินงานโครงการ",
        PROJECT,
        "หลักการและเหตุผล",
        SENTENCES[0] + " " + SENTENCES[10],
        tab_join("ตัวชี้วัด", "ค่าเป้าหมาย"),
        tab_join("ร้อยละของครูที่ผ่านการอบรม", "ร้อยละ ๙๐"),
        "วัตถุประสงค์",
        SENTENCES[6],
        "กลุ่มเป้าหมาย",
        SENTENCES[1],
        "วิธีดำเนินการ",
        SENTENCES[3],
        tab_join("กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ"),
        tab_join("อบรมเชิงปฏิบัติการ", "มิ.ย. ๒๕๖๗", "กลุ่มนิเทศ"),
        SENTENCES[2],
    ]


def case_tables_merged_nested(path: Path) -> list[str]:
    """gridSpan, vMerge (restart + continue) and a table nested in a cell."""
    d = new_document()
    d.add_paragraph("ตารางที่ ๑ แผนการใช้งบประมาณ")
    p = lambda s: para(run(s))  # noqa: E731
    empty = "<w:p/>"
    nested = table([row(cell(p("ค่าวิทยากร")), cell(p("๓๖,๐๐๐"))), row(cell(p("ค่าอาหาร")), cell(p("๖๐,๐๐๐")))], 2)
    rows = [
        row(cell(p("รายการ")), cell(p("รายละเอียดค่าใช้จ่าย"), '<w:gridSpan w:val="2"/>')),
        row(cell(p("กิจกรรมที่ ๑ อบรมครู"), '<w:vMerge w:val="restart"/>'), cell(p("หมวดค่าตอบแทน")), cell(nested + empty)),
        row(cell(empty, "<w:vMerge/>"), cell(p("หมวดค่าวัสดุ")), cell(p("๒๕,๐๐๐"))),
        row(cell(empty, '<w:vMerge w:val="continue"/>'), cell(p("หมวดค่าใช้สอย")), cell(p("๑๒,๕๐๐"))),
        row(cell(p("รวมทั้งสิ้น"), '<w:gridSpan w:val="2"/>'), cell(p("๑๓๓,๕๐๐"))),
    ]
    add_raw(d, table(rows, 3))
    d.add_paragraph("หมายเหตุ ถัวเฉลี่ยจ่ายได้ทุกรายการ")
    d.save(path)
    return [
        "ตารางที่ ๑ แผนการใช้งบประมาณ",
        tab_join("รายการ", "รายละเอียดค่าใช้จ่าย"),
        tab_join("กิจกรรมที่ ๑ อบรมครู", "หมวดค่าตอบแทน", "ค่าวิทยากร\t๓๖,๐๐๐\nค่าอาหาร\t๖๐,๐๐๐"),
        tab_join("หมวดค่าวัสดุ", "๒๕,๐๐๐"),
        tab_join("หมวดค่าใช้สอย", "๑๒,๕๐๐"),
        tab_join("รวมทั้งสิ้น", "๑๓๓,๕๐๐"),
        "หมายเหตุ ถัวเฉลี่ยจ่ายได้ทุกรายการ",
    ]


def case_content_controls(path: Path) -> list[str]:
    """w:sdt around paragraphs, around a table, inside a paragraph, around rows and cells."""
    d = new_document()
    p = lambda s: para(run(s))  # noqa: E731
    add_raw(d, sdt(p("ชื่อโครงการ") + p(PROJECT), "project"))
    add_raw(d, para(run("ผู้รับผิดชอบโครงการ: "), sdt(run("นางสาวสมใจ ใจดี"), "owner"), run(" ตำแหน่ง ครูชำนาญการพิเศษ")))
    inner = table([row(cell(p("ตัวชี้วัด")), cell(p("ผลการดำเนินงาน")))], 2)
    add_raw(d, sdt(inner, "kpi-table"))
    rows = [
        row(cell(p("ไตรมาส")), cell(p("ผลการเบิกจ่าย"))),
        sdt(row(cell(p("ไตรมาสที่ ๑")), cell(p("ร้อยละ ๓๐"))), "q1"),
        row(sdt(cell(p("ไตรมาสที่ ๒")), "q2-label"), cell(para(sdt(run("ร้อยละ ๕๕"), "q2-value")))),
    ]
    add_raw(d, table(rows, 2))
    d.add_paragraph(SENTENCES[9])
    d.save(path)
    return [
        "ชื่อโครงการ",
        PROJECT,
        "ผู้รับผิดชอบโครงการ: นางสาวสมใจ ใจดี ตำแหน่ง ครูชำนาญการพิเศษ",
        tab_join("ตัวชี้วัด", "ผลการดำเนินงาน"),
        tab_join("ไตรมาส", "ผลการเบิกจ่าย"),
        tab_join("ไตรมาสที่ ๑", "ร้อยละ ๓๐"),
        tab_join("ไตรมาสที่ ๒", "ร้อยละ ๕๕"),
        SENTENCES[9],
    ]


def drawing_text_box(box_id: int, content: str) -> str:
    """A DrawingML text box (wps) with its VML fallback, as Word writes it."""
    anchor = (
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + box_id}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2743200" cy="914400"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{box_id}" name="Text Box {box_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2743200" cy="914400"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor>"
    )
    return f"<w:drawing>{anchor}</w:drawing>"


def vml_text_box(box_id: int, content: str) -> str:
    return (
        f'<w:pict><v:shape id="Text Box {box_id}" o:spid="_x0000_s10{box_id}" type="#_x0000_t202" '
        'style="position:absolute;width:216pt;height:72pt"><v:textbox>'
        f"<w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict>"
    )


def case_text_boxes(path: Path) -> list[str]:
    """Text boxes: wps with a VML fallback (read once), VML only, DrawingML only."""
    d = new_document()
    p = lambda s: para(run(s))  # noqa: E731
    d.add_paragraph("ผลการดำเนินงานตามตัวชี้วัด")
    box1 = p("กล่องข้อความ: ผลสำเร็จร้อยละ ๙๕") + p("ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๗")
    alternate = (
        f'<mc:AlternateContent><mc:Choice Requires="wps">{drawing_text_box(1, box1)}</mc:Choice>'
        f"<mc:Fallback>{vml_text_box(1, box1)}</mc:Fallback></mc:AlternateContent>"
    )
    add_raw(d, para(run("ตามที่ปรากฏในกล่องข้อความ"), f"<w:r>{alternate}</w:r>"))
    box2 = p("หมายเหตุ: ข้อมูลจากระบบ e-budget")
    add_raw(d, para(f"<w:r>{vml_text_box(2, box2)}</w:r>"))
    box3 = p("ลงชื่อ ผู้อำนวยการโรงเรียน")
    add_raw(d, para(run("ผู้รับรองข้อมูล"), f"<w:r>{drawing_text_box(3, box3)}</w:r>"))
    d.add_paragraph(SENTENCES[5])
    d.save(path)
    return [
        "ผลการดำเนินงานตามตัวชี้วัด",
        "ตามที่ปรากฏในกล่องข้อความ",
        "กล่องข้อความ: ผลสำเร็จร้อยละ ๙๕",
        "ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๗",
        "หมายเหตุ: ข้อมูลจากระบบ e-budget",
        "ผู้รับรองข้อมูล",
        "ลงชื่อ ผู้อำนวยการโรงเรียน",
        SENTENCES[5],
    ]


def case_tracked_changes(path: Path) -> list[str]:
    """w:ins kept, w:del / w:delText dropped, w:moveFrom dropped, w:moveTo kept."""
    d = new_document()
    rev = 'w:author="ผู้ตรวจ" w:date="2024-06-01T09:00:00Z"'

    def deleted(i, s):
        return f'<w:del w:id="{i}" {rev}><w:r><w:delText xml:space="preserve">{escape(s)}</w:delText></w:r></w:del>'

    def inserted(i, s):
        return f'<w:ins w:id="{i}" {rev}>{run(s)}</w:ins>'

    add_raw(d, para(run("งบประมาณที่ได้รับ "), deleted(1, "๒๐๐,๐๐๐ บาท"), inserted(2, "๒๕๐,๐๐๐ บาท"), run(" จากสำนักงาน")))
    add_raw(
        d,
        para(
            f'<w:moveFromRangeStart w:id="3" {rev} w:name="move1"/>',
            f'<w:moveFrom w:id="4" {rev}>{run("ย่อหน้าที่ถูกย้ายไปท้ายเอกสาร")}</w:moveFrom>',
            '<w:moveFromRangeEnd w:id="3"/>',
        ),
    )
    # A whole paragraph deleted, paragraph mark included.
    add_raw(d, para(deleted(5, "ข้อความที่ถูกลบทั้งย่อหน้า"), ppr=f'<w:rPr><w:del w:id="6" {rev}/></w:rPr>'))
    add_raw(d, para(run(SENTENCES[7])))
    p = lambda s: para(run(s))  # noqa: E731
    deleted_row = f'<w:tr><w:trPr><w:del w:id="7" {rev}/></w:trPr>{cell(para(deleted(8, "แถวที่ถูกลบ")))}{cell(para(deleted(9, "๐")))}</w:tr>'
    add_raw(
        d, table([row(cell(p("กิจกรรม")), cell(p("จำนวน"))), deleted_row, row(cell(p("อบรมครู")), cell(p("๑๒๐")))], 2)
    )
    add_raw(
        d,
        para(
            f'<w:moveToRangeStart w:id="10" {rev} w:name="move1"/>',
            f'<w:moveTo w:id="11" {rev}>{run("ย่อหน้าที่ถูกย้ายไปท้ายเอกสาร")}</w:moveTo>',
            '<w:moveToRangeEnd w:id="10"/>',
        ),
    )
    d.save(path)
    return [
        "งบประมาณที่ได้รับ ๒๕๐,๐๐๐ บาท จากสำนักงาน",
        SENTENCES[7],
        tab_join("กิจกรรม", "จำนวน"),
        tab_join("อบรมครู", "๑๒๐"),
        "ย่อหน้าที่ถูกย้ายไปท้ายเอกสาร",
    ]


def case_fields_and_inline(path: Path) -> list[str]:
    """Simple and complex fields (nested, spanning paragraphs), links, tabs, breaks, symbols."""
    d = new_document()
    fld = lambda kind: f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'  # noqa: E731
    instr = lambda s: f'<w:r><w:instrText xml:space="preserve">{escape(s)}</w:instrText></w:r>'  # noqa: E731
    # A table of contents: one complex field over three paragraphs.
    add_raw(d, para(fld("begin"), instr(' TOC \\o "1-3" \\h \\z \\u '), fld("separate"), run("๑. หลักการและเหตุผล\t๑")))
    add_raw(d, para(run("๒. วัตถุประสงค์\t๒")))
    add_raw(d, para(run("๓. ผลการดำเนินงาน\t๓"), fld("end")))
    # fldSimple: the date as last calculated.
    add_raw(
        d,
        para(
            run("รายงาน ณ วันที่ "),
            f'<w:fldSimple w:instr=" DATE \\@ &quot;d MMMM yyyy&quot; ">{run("๑๕ มกราคม ๒๕๖๘")}</w:fldSimple>',
        ),
    )
    # A cross reference whose instruction holds a nested field.
    add_raw(
        d,
        para(
            run("ดูรายละเอียดใน"),
            fld("begin"),
            instr(" IF "),
            fld("begin"),
            instr(" MERGEFIELD ประเภท "),
            fld("separate"),
            run("ก"),
            fld("end"),
            instr(' = "ก" "ตารางที่ ๑" "ตารางที่ ๒" '),
            fld("separate"),
            run("ตารางที่ ๑"),
            fld("end"),
            run("ของรายงาน"),
        ),
    )
    link = f'<w:hyperlink r:id="rIdMissing" w:history="1">{run("ระบบติดตามผลโครงการ")}</w:hyperlink>'
    smart = f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">{run("กรุงเทพมหานคร")}</w:smartTag>'
    add_raw(d, para(run("เว็บไซต์ "), link, run(" จังหวัด "), smart))
    add_raw(d, para(run("ลำดับ"), "<w:r><w:tab/></w:r>", run("รายการ"), "<w:r><w:br/></w:r>", run("บรรทัดที่สอง")))
    add_raw(
        d,
        para(
            run("โทร ๐๒"),
            "<w:r><w:noBreakHyphen/></w:r>",
            run("๑๒๓๔๕๖๗ "),
            '<w:r><w:sym w:font="Segoe UI Symbol" w:char="2713"/></w:r>',
            run(" ส่งแล้ว"),
        ),
    )
    # Typed the legacy way: sara am as nikhahit + sara aa, a zero-width space inside a word.
    add_raw(d, para(run("ผลการด\u0e4d\u0e32เนิน\u200bงานประจ\u0e4d\u0e32ปี")))
    d.save(path)
    return [
        "๑. หลักการและเหตุผล\t๑",
        "๒. วัตถุประสงค์\t๒",
        "๓. ผลการดำเนินงาน\t๓",
        "รายงาน ณ วันที่ ๑๕ มกราคม ๒๕๖๘",
        "ดูรายละเอียดในตารางที่ ๑ของรายงาน",
        "เว็บไซต์ ระบบติดตามผลโครงการ จังหวัด กรุงเทพมหานคร",
        "ลำดับ\tรายการ\nบรรทัดที่สอง",
        "โทร ๐๒-๑๒๓๔๕๖๗ ✓ ส่งแล้ว",
        "ผลการดำเนินงานประจำปี",
    ]


def lvl(ilvl: int, fmt: str, text: str, *, suff: str = "tab", font: str = "") -> str:
    rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="{suff}"/>'
        f'<w:lvlText w:val="{escape(text, {chr(34): "&quot;"})}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{720 * (ilvl + 1)}" w:hanging="360"/></w:pPr>{rpr}</w:lvl>'
    )


def add_numbering(document, abstract: dict[int, str], nums: dict[int, tuple[int, str]]) -> None:
    """abstractNum definitions {id: levels xml} and nums {numId: (abstractId, overrides xml)}."""
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for aid, levels in abstract.items():
        node = parse_xml(
            f'<w:abstractNum {NSDECLS} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
        )
        if first_num is not None:
            first_num.addprevious(node)
        else:
            numbering.append(node)
    for num_id, (aid, overrides) in nums.items():
        numbering.append(
            parse_xml(f'<w:num {NSDECLS} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>{overrides}</w:num>')
        )


def numbered(text: str, num_id: int, ilvl: int = 0, style: str = "") -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    return para(run(text), ppr=f'{pstyle}<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')


def case_numbering_thai(path: Path) -> list[str]:
    """Thai digits and letters, "(%1)", "%1.%2", bullets, "ข้อ %1", restarts and continuation."""
    d = new_document()
    add_numbering(
        d,
        {
            90: lvl(0, "thaiNumbers", "%1.") + lvl(1, "thaiNumbers", "%1.%2") + lvl(2, "thaiLetters", "(%3)"),
            91: lvl(0, "decimal", "(%1)") + lvl(1, "lowerLetter", "%2)"),
            92: lvl(0, "bullet", "\uf0b7", font="Symbol"),
            93: lvl(0, "thaiNumbers", "ข้อ %1", suff="space"),
        },
        {
            90: (90, ""),
            91: (91, ""),
            92: (92, ""),
            93: (91, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'),
            94: (90, ""),
            95: (93, ""),
        },
    )
    lines: list[str] = []

    def add(text: str, num_id: int, ilvl: int, label: str, style: str = "", sep: str = "\t") -> None:
        add_raw(d, numbered(text, num_id, ilvl, style))
        lines.append(f"{label}{sep}{text}")

    add("หลักการและเหตุผล", 90, 0, "๑.", "Heading1")
    d.add_paragraph(SENTENCES[0])
    lines.append(SENTENCES[0])
    add("วัตถุประสงค์", 90, 0, "๒.", "Heading1")
    add("เพื่อพัฒนาศักยภาพครู", 90, 1, "๒.๑")
    add("เพื่อยกระดับผลสัมฤทธิ์", 90, 1, "๒.๒")
    add("ด้านคณิตศาสตร์", 90, 2, "(ก)")
    add("ด้านวิทยาศาสตร์", 90, 2, "(ข)")
    add("เพื่อสร้างเครือข่าย", 90, 1, "๒.๓")
    add("ระดับเขตพื้นที่", 90, 2, "(ก)")
    add("วิธีดำเนินการ", 90, 0, "๓.", "Heading1")
    add("ประชุมวางแผน", 91, 0, "(1)")
    add("จัดอบรม", 91, 0, "(2)")
    add("ภาคทฤษฎี", 91, 1, "a)")
    add("ภาคปฏิบัติ", 91, 1, "b)")
    add("นิเทศติดตาม", 91, 0, "(3)")
    add("แบบสอบถาม", 92, 0, "•")
    add("แบบสังเกต", 92, 0, "•")
    add("สรุปผล", 93, 0, "(1)")
    add("รายงานผล", 93, 0, "(2)")
    add("ผลที่คาดว่าจะได้รับ", 94, 0, "๔.", "Heading1")
    add("ครูนำความรู้ไปใช้", 95, 0, "ข้อ ๑", sep=" ")
    add("นักเรียนได้รับประโยชน์", 95, 0, "ข้อ ๒", sep=" ")
    d.save(path)
    return lines


def case_headers_footers(path: Path) -> list[str]:
    """Default/first/even headers and footers of two sections; a footer part shared by both."""
    d = new_document()
    d.settings.odd_and_even_pages_header_footer = True
    s1 = d.sections[0]
    s1.different_first_page_header_footer = True
    s1.header.paragraphs[0].text = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา เขต ๑"
    s1.first_page_header.paragraphs[0].text = "เอกสารหลักฐานประกอบการประเมิน"
    s1.even_page_header.paragraphs[0].text = "รายงานผลการดำเนินงาน (หน้าคู่)"
    footer_p = s1.footer.paragraphs[0]
    footer_p.text = "หน้า "
    footer_p._p.append(parse_xml(f'<w:fldSimple {NSDECLS} w:instr=" PAGE ">{run("๑")}</w:fldSimple>'))
    d.add_heading("ส่วนที่ ๑ ข้อมูลทั่วไป", level=1)
    d.add_paragraph(SENTENCES[9])
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.header.is_linked_to_previous = False
    s2.header.paragraphs[0].text = "ส่วนที่ ๒ ผลการดำเนินงาน"
    # Section 2 points at section 1's footer part: read it once.
    # (add_section moved section 1's references to a copy of its w:sectPr.)
    shared = d.sections[0]._sectPr.find(qn("w:footerReference"))
    s2._sectPr.insert(0, deepcopy(shared))
    d.add_heading("ส่วนที่ ๒ ผลการดำเนินงาน", level=1)
    d.add_paragraph(SENTENCES[2])
    d.save(path)
    return ["ส่วนที่ ๑ ข้อมูลทั่วไป", SENTENCES[9], "ส่วนที่ ๒ ผลการดำเนินงาน", SENTENCES[2]]


def build_form(path: Path, rng: random.Random, sections: int, paragraphs_per_section: int) -> list[str]:
    """A project report form: numbered Thai headings, paragraphs, lists, tables with merges, a header.

    With sections=5 it is the short form LibreOffice re-saves; more sections make
    the long document used to measure speed.
    """
    d = new_document()
    add_numbering(
        d,
        {
            80: lvl(0, "thaiNumbers", "%1.") + lvl(1, "thaiNumbers", "%1.%2"),
            81: lvl(0, "bullet", "\uf0b7", font="Symbol"),
        },
        {80: (80, ""), 81: (81, "")},
    )
    d.sections[0].header.paragraphs[0].text = "แบบรายงานผลการดำเนินงานโครงการ สำนักงานเขตพื้นที่การศึกษา"
    lines = ["แบบรายงานผลการดำเนินงานโครงการ", PROJECT]
    title = d.add_paragraph()
    r = title.add_run(lines[0])
    r.bold = True
    d.add_paragraph(PROJECT)
    headings = [
        "หลักการและเหตุผล",
        "วัตถุประสงค์",
        "วิธีดำเนินการ",
        "ผลการดำเนินงาน",
        "ผลที่คาดว่าจะได้รับ",
        "ปัญหาและอุปสรรค",
        "ข้อเสนอแนะ",
    ]
    for s in range(sections):
        heading = headings[s % len(headings)]
        add_raw(d, numbered(heading, 80, 0, "Heading1"))
        lines.append(f"{to_thai_digits(s + 1)}.\t{heading}")
        for k in range(paragraphs_per_section):
            text = thai_paragraph(rng, 3)
            d.add_paragraph(text)
            lines.append(text)
            if k % 3 == 1:
                sub = f"ประเด็นที่ {to_thai_digits(k + 1)} {rng.choice(SENTENCES)[:40]}"
                add_raw(d, numbered(sub, 80, 1))
                lines.append(f"{to_thai_digits(s + 1)}.{to_thai_digits(k // 3 + 1)}\t{sub}")
        for item in rng.sample(SENTENCES, 2):
            add_raw(d, numbered(item, 81, 0))
            lines.append(f"•\t{item}")
        lines.extend(add_budget_table(d, s))
    d.save(path)
    return lines


def add_budget_table(document, n: int) -> list[str]:
    """A budget table with a merged header cell and a vertically merged label."""
    p = lambda s: para(run(s))  # noqa: E731
    amount = f"{(n + 1) * 12:,}".translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")) + ",๐๐๐"
    rows = [
        row(cell(p("กิจกรรม")), cell(p("งบประมาณ (บาท)"), '<w:gridSpan w:val="2"/>')),
        row(
            cell(p(f"กิจกรรมที่ {to_thai_digits(n + 1)}"), '<w:vMerge w:val="restart"/>'),
            cell(p("ที่ได้รับ")),
            cell(p(amount)),
        ),
        row(cell("<w:p/>", "<w:vMerge/>"), cell(p("ที่ใช้จริง")), cell(p(amount))),
    ]
    add_raw(document, table(rows, 3))
    return [
        tab_join("กิจกรรม", "งบประมาณ (บาท)"),
        tab_join(f"กิจกรรมที่ {to_thai_digits(n + 1)}", "ที่ได้รับ", amount),
        tab_join("ที่ใช้จริง", amount),
    ]


def to_thai_digits(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


def case_libreoffice_roundtrip(path: Path) -> list[str]:
    """The short form, re-saved by LibreOffice (its XML differs from python-docx's)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is needed for this case")
    with tempfile.TemporaryDirectory(prefix="docx-case-") as tmp:
        source = Path(tmp) / "source" / path.name
        source.parent.mkdir()
        lines = build_form(source, random.Random(7), sections=5, paragraphs_per_section=3)
        out_dir = Path(tmp) / "out"
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{tmp}/lo-profile", "--headless", "--norestore",
             "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out_dir), str(source)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(out_dir / path.name, path)
    return lines


def case_thai_report_long(path: Path) -> list[str]:
    """About 20 pages of a Thai report: the speed benchmark, read for accuracy too."""
    return build_form(path, random.Random(2567), sections=9, paragraphs_per_section=6)


CASES: dict[str, Callable[[Path], list[str]]] = {
    "interleaved_body": case_interleaved_body,
    "tables_merged_nested": case_tables_merged_nested,
    "content_controls": case_content_controls,
    "text_boxes": case_text_boxes,
    "tracked_changes": case_tracked_changes,
    "fields_and_inline": case_fields_and_inline,
    "numbering_thai": case_numbering_thai,
    "headers_footers": case_headers_footers,
    "libreoffice_roundtrip": case_libreoffice_roundtrip,
    "thai_report_long": case_thai_report_long,
}


def main(argv: list[str]) -> None:
    out_dir = Path(argv[1]) if len(argv) > 1 else OUT_DIR
    names = argv[2:] or list(CASES)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in names:
        path = out_dir / f"{name}.docx"
        lines = CASES[name](path)
        (out_dir / f"{name}.expected.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path}  ({len(lines)} lines)")


if __name__ == "__main__":
    main(sys.argv)
