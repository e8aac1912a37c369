"""Generate the Thai sample submissions, reading samples and bad files.

    .venv/bin/python samples/generate.py

Needs LibreOffice (soffice), poppler-utils (pdftoppm) and the TLWG Thai fonts
(fonts-thai-tlwg).  The words come from samples/content/*.py; this script only
lays them out the way real Thai government forms do (numbering schemes, Word
heading styles, bold-only headings, "หัวข้อ : เนื้อหา" lines, two-column form
tables, Gantt-style action plans, page headers and page-number footers) and
plants the completeness gaps recorded in samples/truth/.

Every expected text (samples/expected/<path>.txt) is written from the same
content that was rendered, never by reading an output file back.

Deterministic (fixed seeds; LibreOffice still stamps dates and IDs into PDFs)
and idempotent: it deletes and rewrites only its own output folders
(inbox, reading, bad, expected, truth) and manifest.json.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
import pikepdf
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from PIL import Image, ImageChops, ImageDraw, ImageFilter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from content import bangrak, chatuchak, medical, social_dev_cm, sso_rayong  # noqa: E402

OUTPUTS = ["inbox", "reading", "bad", "expected", "truth"]
YEAR = "2566"
LO_PROFILE = "file:///tmp/lo-samples"

# Minimum char_accuracy per kind of sample (used by tests/test_samples.py).
THRESHOLDS = {
    "docx": 0.998,
    "doc": 0.995,  # read through a LibreOffice .doc -> .docx conversion
    "lo_pdf": 0.995,
    "legacy_pua_pdf": 0.995,  # a LibreOffice PDF whose text layer uses legacy PUA marks
    "scanned_pdf": 0.92,  # image only: OCR
    "damaged_pdf": 0.92,  # no ToUnicode: OCR
}

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]
FORM_TITLE = "เพื่อเพิ่มประสิทธิภาพการปฏิบัติงานของหน่วยงาน"
DOTS = "." * 60


def thai(s) -> str:
    return str(s).translate(THAI_DIGITS)


# --------------------------------------------------------------------------- docx writing


def _rpr(el, font: str | None, size: float | None, bold: bool | None = None, italic: bool | None = None):
    """Set fonts for every script (Thai uses the complex-script slots cs/bCs/iCs/szCs)."""
    rpr = el.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        el.insert(0, rpr)
    if font:
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        for k in list(rf.attrib):
            del rf.attrib[k]
        for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
            rf.set(qn(f"w:{slot}"), font)
    for tag, val in (("b", bold), ("bCs", bold), ("i", italic), ("iCs", italic)):
        if val is not None:
            e = rpr.find(qn(f"w:{tag}"))
            if e is None:
                e = OxmlElement(f"w:{tag}")
                rpr.append(e)
            if not val:
                e.set(qn("w:val"), "0")
    if size:
        for tag in ("sz", "szCs"):
            e = rpr.find(qn(f"w:{tag}"))
            if e is None:
                e = OxmlElement(f"w:{tag}")
                rpr.append(e)
            e.set(qn("w:val"), str(int(size * 2)))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:bidi"), "th-TH")
    # children in schema order (Word rejects out-of-order run properties)
    kids = sorted(rpr, key=lambda e: _RPR_ORDER.index(e.tag.split("}")[1]) if e.tag.split("}")[1] in _RPR_ORDER else 99)
    for e in kids:
        rpr.remove(e)
        rpr.append(e)
    return rpr


_RPR_ORDER = (
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid "
    "vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs "
    "em lang eastAsianLayout specVanish oMath"
).split()


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


@dataclass
class Occurrence:
    key: str
    heading: str
    body: str
    status: str


@dataclass
class Doc:
    """A .docx being written plus the plain text it will contain (for expected/)."""

    font: str = "Laksaman"
    size: float = 16
    header: str | None = None
    page_numbers: bool = True
    landscape: bool = False
    lines: list[str] = field(default_factory=list)
    occurrences: list[Occurrence] = field(default_factory=list)

    def __post_init__(self):
        self.d = docx.Document()
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        if self.landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21)
        sec.left_margin = Cm(3 if not self.landscape else 2)
        sec.right_margin = Cm(2)
        sec.top_margin = Cm(2.5)
        sec.bottom_margin = Cm(2)
        sec.header_distance = Cm(1.2)
        sec.footer_distance = Cm(1)
        normal = self.d.styles["Normal"]
        _rpr(normal.element, self.font, self.size)
        normal.paragraph_format.space_after = Pt(0)
        normal.paragraph_format.space_before = Pt(0)
        normal.paragraph_format.line_spacing = 1.0
        for name, sz in (("Heading 1", self.size + 2), ("Heading 2", self.size)):
            st = self.d.styles[name]
            _rpr(st.element, self.font, sz, bold=True, italic=False)
            rpr = st.element.find(qn("w:rPr"))
            for c in rpr.findall(qn("w:color")):
                rpr.remove(c)
            st.paragraph_format.space_before = Pt(6)
            st.paragraph_format.space_after = Pt(0)
        if self.header:
            hp = sec.header.paragraphs[0]
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            self._run(hp, self.header, size=self.size - 2)
        if self.page_numbers:
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._run(fp, "- ", size=self.size - 2)
            fld = OxmlElement("w:fldSimple")
            fld.set(qn("w:instr"), " PAGE ")
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.text = "1"
            r.append(t)
            fld.append(r)
            fp._p.append(fld)
            self._run(fp, " -", size=self.size - 2)

    # -- low level
    def _run(self, p, text, *, bold=None, italic=None, size=None, font=None):
        r = p.add_run(text)
        _rpr(r._r, font or self.font, size or self.size, bold=bold, italic=italic)
        return r

    def _text(self, text: str) -> None:
        if text.strip():
            self.lines.append(text)

    # -- blocks
    def para(self, text, *, bold=False, italic=False, indent=True, align=None, size=None, style=None, record=True):
        p = self.d.add_paragraph(style=style)
        if indent and align is None:
            p.paragraph_format.first_line_indent = Cm(1.25)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "justify" or (align is None and indent):
            p.alignment = WD_ALIGN_PARAGRAPH.THAI_JUSTIFY
        if text:
            self._run(p, text, bold=bold or None, italic=italic or None, size=size)
        if record:
            self._text(text)
        return p

    def title(self, text, size=None):
        for line in text.split("\n"):
            self.para(line, bold=True, align="center", size=size or self.size + 2)

    def blank(self):
        self.d.add_paragraph()

    def heading(self, text, *, mode="bold", level=1):
        """mode: 'style' = Word Heading N style; 'bold' = bold-only line; 'plain' = no emphasis."""
        if mode == "style":
            p = self.d.add_paragraph(style=f"Heading {level}")
            self._run(p, text, bold=True, size=self.size + (2 if level == 1 else 0))
            self._text(text)
        elif mode == "bold":
            self.para(text, bold=True, indent=False)
        else:
            self.para(text, indent=False)

    def inline(self, label, body, *, sep=" : "):
        p = self.d.add_paragraph()
        self._run(p, label + sep, bold=True)
        self._run(p, body)
        self._text(label + sep + body)

    def item(self, text, *, indent_cm=1.25, italic=False):
        p = self.d.add_paragraph()
        p.paragraph_format.left_indent = Cm(indent_cm)
        self._run(p, text, italic=italic or None)
        self._text(text)

    def page_break(self):
        p = self.d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def table(self, rows, widths_cm, *, header=True, size=None, shade=None, align_num=False, tight=False):
        """rows: list of rows; a cell is a str or a list of str (paragraphs).  shade: set of (r, c)."""
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        size = size or self.size
        if tight:  # narrow cell margins, as Gantt-style plans use
            mar = OxmlElement("w:tblCellMar")
            for side in ("left", "right"):
                e = OxmlElement(f"w:{side}")
                e.set(qn("w:w"), "28")
                e.set(qn("w:type"), "dxa")
                mar.append(e)
            tblpr = t._tbl.tblPr
            look = tblpr.find(qn("w:tblLook"))
            if look is not None:
                look.addprevious(mar)
            else:
                tblpr.append(mar)
        for ci, wcm in enumerate(widths_cm):
            t.columns[ci].width = Cm(wcm)
        for ri, row in enumerate(rows):
            cells_text = []
            for ci, val in enumerate(row):
                cell = t.cell(ri, ci)
                cell.width = Cm(widths_cm[ci])
                paras = val if isinstance(val, list) else [val]
                for pi, ptxt in enumerate(paras):
                    p = cell.paragraphs[0] if pi == 0 else cell.add_paragraph()
                    if header and ri == 0:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    elif align_num and ci > 0:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    if ptxt:
                        self._run(p, ptxt, bold=(header and ri == 0) or None, size=size)
                if shade and (ri, ci) in shade:
                    _shade(cell, "7F7F7F")
                elif header and ri == 0:
                    _shade(cell, "D9D9D9")
                ctext = "\n".join(x for x in paras if x.strip())
                if ctext:
                    cells_text.append(ctext)
            if cells_text:
                self.lines.append("\t".join(cells_text))
        self.d.add_paragraph()
        return t

    def signature(self, name, position, role="ผู้เสนอ"):
        self.blank()
        for line in (f"(ลงชื่อ) {'.' * 40} {role}", f"({name})", f"ตำแหน่ง {position}"):
            self.para(line, align="right", indent=False)

    def record(self, key, heading, body_lines, status):
        self.occurrences.append(Occurrence(key, heading, "\n".join(body_lines), status))

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"

    def save(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.d.core_properties.author = "samples/generate.py"
        self.d.core_properties.created = __import__("datetime").datetime(2023, 9, 29, 9, 0, 0)
        self.d.core_properties.modified = self.d.core_properties.created
        self.d.core_properties.revision = 1
        self.d.save(path)
        _fix_zip_dates(path)


def _fix_zip_dates(path: Path) -> None:
    """Rewrite a .docx with fixed member dates so regenerating gives identical bytes."""
    with zipfile.ZipFile(path) as zf:
        members = [(i.filename, zf.read(i.filename)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(
                zipfile.ZipInfo(name, date_time=(2023, 9, 29, 9, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED
            )


# --------------------------------------------------------------------------- numbering and wording


def number(scheme: str, i: int) -> str:
    return {
        "arabic": f"{i}.",
        "thai": f"{thai(i)}.",
        "khor": f"ข้อ {thai(i)}",
        "paren": f"({i})",
        "rparen": f"{i})",
        "none": "",
    }[scheme]


def sub_number(scheme: str, h: int, i: int) -> str:
    return {
        "arabic": f"{h}.{i}",
        "thai": f"{thai(h)}.{thai(i)}",
        "khor": f"({thai(i)})",
        "paren": f"{i}.",
        "rparen": "-",
        "none": f"{i}.",
    }[scheme]


def numbered(scheme, i, text):
    n = number(scheme, i)
    return f"{n} {text}" if n else text


@dataclass
class Style:
    numbering: str = "arabic"  # arabic | thai | khor | paren | rparen | none
    heading: str = "bold"  # bold | style | plain | inline
    words: dict = field(default_factory=dict)  # section key -> heading wording
    font: str = "Laksaman"
    size: float = 16


DEFAULT_WORDS = {
    "name": "ชื่อโครงการ",
    "agency": "หน่วยงาน",
    "rationale": "หลักการและเหตุผล",
    "objectives": "วัตถุประสงค์",
    "target": "กลุ่มเป้าหมาย",
    "period": "ระยะเวลาดำเนินการ",
    "actions": "วิธีดำเนินการ",
    "budget": "งบประมาณ",
    "expected_results": "ผลที่คาดว่าจะได้รับ",
    "indicators": "ตัวชี้วัด",
    "owner": "ผู้รับผิดชอบโครงการ",
    "actual_results": "ผลการดำเนินงาน",
}

PLACEHOLDERS = {
    "dots": [DOTS, DOTS, DOTS],
    "specify": ["(ระบุขั้นตอน วิธีการ และระยะเวลาการดำเนินงาน…)"],
    "dash": ["-"],
    "fill": ["[กรอกข้อมูล]"],
    "specify_expected": ["(ระบุผลที่คาดว่าจะได้รับ…)"],
}


def section_body(a: dict, key: str, status: str, sch: str, hnum: int, placeholder: str | None = None) -> list[str]:
    """The paragraphs under a section heading, as submitted (gaps applied)."""
    if status == "empty":
        return []
    if status == "placeholder":
        return list(PLACEHOLDERS[placeholder or "dots"])
    if status == "too_short":
        return [a["rationale_short"]]
    if key == "rationale":
        return list(a["rationale"])
    if key in ("objectives", "expected_results"):
        return [f"{sub_number(sch, hnum, i)} {t}" for i, t in enumerate(a[key], 1)]
    if key == "actions":
        return [f"{sub_number(sch, hnum, i)} {t}" for i, (t, _m) in enumerate(a["actions"], 1)]
    if key == "actual_results":
        return list(a["actual_results"])
    raise KeyError(key)


def write_section(doc: Doc, st: Style, i: int, key: str, status: str, a: dict, placeholder=None, gantt=False):
    """One numbered section: heading then body; records the occurrence for the truth file."""
    if status == "missing":
        return i
    head = numbered(st.numbering, i, st.words.get(key, DEFAULT_WORDS[key]))
    body = section_body(a, key, status, st.numbering, i, placeholder)
    body_lines = []
    if st.heading == "inline" and status == "ok" and key in ("rationale", "actual_results"):
        # "หัวข้อ : เนื้อหา": the first paragraph continues the heading line
        doc.inline(head, body[0])
        body_lines.append(body[0])
        body = body[1:]
    else:
        doc.heading(head, mode=st.heading if st.heading != "inline" else "bold")
    if key == "actions" and gantt and status == "ok":
        rows, shade = gantt_rows(a)
        doc.table(rows, [4.0] + [1.0] * 12, size=11, shade=shade, tight=True)
        body_lines = ["\t".join(c for c in r if c) for r in rows]
    else:
        for b in body:
            if key in ("objectives", "expected_results", "actions") and status == "ok":
                doc.item(b, indent_cm=0.6)
            elif status == "placeholder" and b.startswith("("):
                doc.para(b, italic=True, indent=False)
            else:
                doc.para(b, indent=status == "ok")
            body_lines.append(b)
        if key == "actual_results" and status == "ok" and a.get("actual_table"):
            doc.table(a["actual_table"], [8.0, 4.0, 4.0], size=st.size - 2, align_num=True)
            body_lines += ["\t".join(r) for r in a["actual_table"]]
    doc.record(key, head, body_lines, status)
    return i + 1


def gantt_rows(a):
    rows = [["กิจกรรม"] + MONTHS]
    shade = set()
    for ri, (text, months) in enumerate(a["actions"], 1):
        rows.append([f"{ri}. {text}"] + [""] * 12)
        for m in months:
            shade.add((ri, m + 1))
    return rows, shade


def plain_field(doc: Doc, st: Style, i: int, key: str, value):
    """Non-graded fields (name, agency, period, budget...) in the document's style."""
    label = numbered(st.numbering, i, st.words.get(key, DEFAULT_WORDS[key]))
    if isinstance(value, list):
        doc.heading(label, mode=st.heading if st.heading != "inline" else "bold")
        for v in value:
            doc.item(f"- {v}", indent_cm=0.6)
    elif st.heading == "inline" or len(value) < 90:
        doc.inline(label, value)
    else:
        doc.heading(label, mode=st.heading)
        doc.para(value)
    return i + 1


# --------------------------------------------------------------------------- forms


def form1(a, st: Style, gaps: dict, *, layout="table", header=True, placeholders=None) -> Doc:
    placeholders = placeholders or {}
    doc = Doc(font=st.font, size=st.size, header=a["agency"] if header else None)
    doc.title(f"แบบเสนอแนวคิดในการพัฒนานวัตกรรม{FORM_TITLE}\n(แบบฟอร์ม 1)")
    doc.para(f"ประจำปีงบประมาณ พ.ศ. {thai(YEAR) if st.numbering == 'thai' else YEAR}", align="center", bold=True)
    doc.para("(โปรดกรอกข้อมูลให้ครบถ้วนทุกหัวข้อ ความยาวไม่เกิน 3 หน้ากระดาษ A4)", italic=True, align="center", size=st.size - 2)
    order = [
        ("agency", a["agency"]),
        ("concept", a["concept"]),
        ("type", a["innovation_type"]),
        ("rationale", None),
        ("objectives", None),
        ("actions", None),
        ("expected_results", None),
        ("contact", f"{a['person'][0]} {a['person'][1]} โทร. {a['phone']}"),
    ]
    labels = {"agency": "ชื่อหน่วยงาน", "concept": "ชื่อแนวคิด", "type": "รูปแบบนวัตกรรม", "contact": "ผู้ประสานงาน"}
    if layout == "table":
        rows = []
        recs = []
        for i, (key, val) in enumerate(order, 1):
            if val is not None:
                rows.append([numbered(st.numbering, i, labels[key]), val])
                continue
            status = gaps.get(key, "ok")
            if status == "missing":
                continue
            head = numbered(st.numbering, i, st.words.get(key, DEFAULT_WORDS[key]))
            body = section_body(
                a, key, status, "rparen" if key != "rationale" else st.numbering, i, placeholders.get(key)
            )
            rows.append([head, body if body else ""])
            recs.append((key, head, body, status))
        doc.table(rows, [4.5, 11.5], header=False, size=st.size)
        for r in recs:
            doc.record(*r)
    else:
        i = 1
        for key, val in order:
            if val is not None:
                doc.inline(numbered(st.numbering, i, labels[key]), val)
                i += 1
            else:
                i = write_section(doc, st, i, key, gaps.get(key, "ok"), a, placeholders.get(key))
    doc.signature(a["person"][0], a["person"][1], "ผู้เสนอแนวคิด")
    return doc


def form2(a, st: Style, *, header=True) -> Doc:
    doc = Doc(font=st.font, size=st.size, header=a["agency"] if header else None, page_numbers=header)
    doc.title(f"แบบสรุปผลการคัดเลือกแนวคิดในการพัฒนานวัตกรรม{FORM_TITLE}\n(แบบฟอร์ม 2)")
    doc.para(f"หน่วยงาน {a['agency']}", align="center", bold=True)
    doc.para(
        f"คณะกรรมการพัฒนานวัตกรรมของ{a['agency']} ได้ประชุมพิจารณาแนวคิดในการพัฒนานวัตกรรมที่บุคลากรในสังกัดเสนอ "
        f"จำนวน {len(a['ideas'])} แนวคิด เมื่อวันที่ 20 มกราคม 2566 โดยพิจารณาจากความเป็นนวัตกรรม ความเป็นไปได้ "
        "ประโยชน์ต่อผู้รับบริการ และความสอดคล้องกับยุทธศาสตร์ของหน่วยงาน มีผลการคัดเลือกดังนี้"
    )
    rows = [["ลำดับ", "ชื่อแนวคิด", "หน่วยงานที่เสนอ", "คะแนน", "ผลการพิจารณา"]]
    for i, (idea, unit, score) in enumerate(a["ideas"], 1):
        rows.append([str(i), idea, unit, str(score), "ได้รับคัดเลือก" if i == 1 else "ไม่ได้รับคัดเลือก"])
    doc.table(rows, [1.6, 5.6, 4.0, 1.8, 3.0], size=st.size - 2)
    doc.para(
        f"มติคณะกรรมการ : คัดเลือกแนวคิด \u201c{a['ideas'][0][0]}\u201d เพื่อจัดทำเป็นโครงการพัฒนานวัตกรรมประจำปีงบประมาณ พ.ศ. {YEAR}"
    )
    for name, pos, role in a["committee"]:
        doc.para(f"(ลงชื่อ) {role}", align="right", indent=False)
        doc.para(f"({name}) {pos}", align="right", indent=False)
    return doc


def form3(a, st: Style, gaps: dict, *, placeholders=None, header=True) -> Doc:
    placeholders = placeholders or {}
    doc = Doc(font=st.font, size=st.size, header=f"{a['agency']}  แบบฟอร์ม 3" if header else None)
    doc.title(f"แบบนำเสนอโครงการพัฒนานวัตกรรม{FORM_TITLE} (แบบฟอร์ม 3)\nพร้อมแผนการดำเนินการ")
    i = 1
    i = plain_field(doc, st, i, "name", a["project"])
    i = plain_field(doc, st, i, "agency", a["agency"])
    i = write_section(doc, st, i, "rationale", gaps.get("rationale", "ok"), a, placeholders.get("rationale"))
    i = write_section(doc, st, i, "objectives", gaps.get("objectives", "ok"), a, placeholders.get("objectives"))
    i = plain_field(doc, st, i, "target", a["target"])
    i = write_section(doc, st, i, "actions", gaps.get("actions", "ok"), a, placeholders.get("actions"), gantt=True)
    i = write_section(
        doc, st, i, "expected_results", gaps.get("expected_results", "ok"), a, placeholders.get("expected_results")
    )
    i = plain_field(doc, st, i, "indicators", a["indicators"])
    i = plain_field(doc, st, i, "budget", a["budget"])
    i = plain_field(doc, st, i, "owner", f"{a['owner']} ({a['person'][0]} {a['person'][1]})")
    doc.signature(a["person"][0], a["person"][1], "ผู้เสนอโครงการ")
    return doc


def form4(a, st: Style, gaps: dict, *, placeholders=None, header=True) -> Doc:
    placeholders = placeholders or {}
    doc = Doc(font=st.font, size=st.size, header=a["agency"] if header else None)
    doc.title(f"โครงการพัฒนานวัตกรรม{FORM_TITLE}\n(แบบฟอร์ม 4)")
    doc.para(a["project"], align="center", bold=True)
    i = 1
    i = plain_field(doc, st, i, "name", a["project"])
    i = plain_field(doc, st, i, "agency", a["unit"])
    i = write_section(doc, st, i, "rationale", gaps.get("rationale", "ok"), a, placeholders.get("rationale"))
    i = write_section(doc, st, i, "objectives", gaps.get("objectives", "ok"), a, placeholders.get("objectives"))
    i = plain_field(doc, st, i, "target", a["target"])
    i = plain_field(doc, st, i, "period", a["period"])
    i = write_section(doc, st, i, "actions", gaps.get("actions", "ok"), a, placeholders.get("actions"))
    i = plain_field(doc, st, i, "budget", a["budget"])
    i = write_section(
        doc, st, i, "expected_results", gaps.get("expected_results", "ok"), a, placeholders.get("expected_results")
    )
    i = plain_field(doc, st, i, "indicators", a["indicators"])
    i = plain_field(doc, st, i, "owner", a["owner"])
    doc.signature(a["person"][0], a["person"][1], "ผู้เขียนโครงการ")
    doc.signature(a["director"][0], a["director"][1], "ผู้อนุมัติโครงการ")
    return doc


def form5(a, st: Style, gaps: dict, *, placeholders=None, header=True) -> Doc:
    placeholders = placeholders or {}
    doc = Doc(font=st.font, size=st.size, header=a["agency"] if header else None)
    doc.title(f"แบบติดตามผลการนำนวัตกรรมไปใช้ (แบบฟอร์ม 5)\nประจำปีงบประมาณ พ.ศ. {YEAR}")
    doc.inline("ชื่อนวัตกรรม", a["project"])
    doc.inline("หน่วยงาน", a["agency"])
    doc.inline("ระยะเวลาที่นำไปใช้", "1 เมษายน 2566 – 31 สิงหาคม 2566")
    st5 = Style(numbering=st.numbering, heading="bold", words=st.words, font=st.font, size=st.size)
    i = write_section(
        doc, st5, 1, "actual_results", gaps.get("actual_results", "ok"), a, placeholders.get("actual_results")
    )
    if a.get("problems"):
        doc.heading(numbered(st.numbering, i, "ปัญหาอุปสรรคและแนวทางแก้ไข"), mode="bold")
        for p in a["problems"]:
            doc.item(f"- {p}", indent_cm=0.6)
    doc.signature(a["person"][0], a["person"][1], "ผู้รายงาน")
    return doc


def summary_report(a, st: Style, gaps: dict, *, header=True) -> Doc:
    doc = Doc(font=st.font, size=st.size, header=f"รายงานสรุปผลการดำเนินงาน  {a['agency']}" if header else None)
    doc.title(f"รายงานสรุปผลการดำเนินงาน\n{a['project']}")
    doc.para(f"{a['agency']} ประจำปีงบประมาณ พ.ศ. {YEAR}", align="center")
    words = {"rationale": "ความเป็นมา", "actual_results": "สรุปผลการดำเนินงาน", "actions": "การดำเนินงาน"}
    st_r = Style(numbering="arabic", heading="style", words=words, font=st.font, size=st.size)
    i = write_section(doc, st_r, 1, "rationale", gaps.get("rationale", "ok"), a)
    i = write_section(doc, st_r, i, "actions", gaps.get("actions", "ok"), a)
    i = write_section(doc, st_r, i, "actual_results", "ok", a)
    if a.get("survey"):
        doc.heading(f"{i}. ผลการสำรวจความพึงพอใจ", mode="style")
        doc.table(
            a["survey"],
            [7.0] + [9.0 / (len(a["survey"][0]) - 1)] * (len(a["survey"][0]) - 1),
            size=st.size - 2,
            align_num=True,
        )
        i += 1
    if a.get("problems"):
        doc.heading(f"{i}. ปัญหาอุปสรรค", mode="style")
        for p in a["problems"]:
            doc.item(f"- {p}", indent_cm=0.6)
    doc.signature(a["person"][0], a["person"][1], "ผู้รายงาน")
    return doc


def survey_report(a, st: Style) -> Doc:
    doc = Doc(font=st.font, size=st.size, header=a["agency"])
    doc.title(f"สรุปผลแบบสำรวจความพึงพอใจของผู้รับบริการ\n{a['project']}")
    doc.para(
        "การสำรวจใช้แบบสอบถามออนไลน์ผ่าน Google Forms ระหว่างวันที่ 1 – 31 สิงหาคม 2566 มาตรวัด 5 ระดับ ผลการสำรวจสรุปได้ดังตาราง"
    )
    n = len(a["survey"][0]) - 1
    doc.table(a["survey"], [7.0] + [9.0 / n] * n, size=st.size - 2, align_num=True)
    doc.para("หมายเหตุ : ค่าเฉลี่ย 4.21 – 5.00 หมายถึง พึงพอใจมากที่สุด, 3.41 – 4.20 หมายถึง พึงพอใจมาก", size=st.size - 2)
    return doc


def meeting_minutes(a, st: Style, *, header=True) -> Doc:
    m = a["meeting"]
    doc = Doc(font=st.font, size=st.size, header=a["agency"] if header else None, page_numbers=header)
    doc.title(m["title"])
    doc.para(m["when"], align="center", indent=False)
    doc.para(f"ณ {m['where']}", align="center", indent=False)
    doc.heading("ผู้มาประชุม", mode="bold")
    for i, (name, pos, role) in enumerate(a["committee"], 1):
        doc.item(f"{i}. {name}  {pos}  {role}")
    doc.para("เริ่มประชุมเวลา 13.30 น.", indent=False)
    for i, (topic, text) in enumerate(m["agenda"], 1):
        doc.heading(f"ระเบียบวาระที่ {i} {topic}", mode="bold")
        doc.para(text)
    doc.heading(f"ระเบียบวาระที่ {len(m['agenda']) + 1} เรื่องอื่น ๆ", mode="bold")
    doc.para("ไม่มี")
    doc.para("ปิดประชุมเวลา 15.30 น.", indent=False)
    doc.para(f"{a['committee'][-1][0]} ผู้จดรายงานการประชุม", align="right", indent=False)
    return doc


# --------------------------------------------------------------------------- legacy PUA shaping

_ASCENDERS = set("ปฝฟฬ")
_REMOVABLE_DESC = {"ญ": "\uf70f", "ฐ": "\uf700"}
_DESCENDERS = set("ฎฏฤฦ")
_UPPER = {"ั": "\uf710", "ิ": "\uf701", "ี": "\uf702", "ึ": "\uf703", "ื": "\uf704", "็": "\uf712", "ํ": "\uf711"}
_TONES = "่้๊๋์"
_TONE_LOW = dict(zip(_TONES, "\uf70a\uf70b\uf70c\uf70d\uf70e"))
_TONE_LOWLEFT = dict(zip(_TONES, "\uf705\uf706\uf707\uf708\uf709"))
_TONE_LEFT = dict(zip(_TONES, "\uf713\uf714\uf715\uf716\uf717"))
_LOWER = {"ุ": "\uf718", "ู": "\uf719", "ฺ": "\uf71a"}


def legacy_shape(text: str) -> str:
    """Rewrite Thai the way pre-OpenType Windows Thai fonts did: positioned marks as PUA U+F700–U+F71A."""
    out: list[str] = []
    base_idx = None
    has_upper = False
    for k, ch in enumerate(text):
        nxt = text[k + 1] if k + 1 < len(text) else ""
        base = out[base_idx] if base_idx is not None else None
        if "\u0e01" <= ch <= "\u0e2e":
            base_idx, has_upper = len(out), False
            out.append(ch)
        elif base is not None and ch in _UPPER:
            has_upper = True
            out.append(_UPPER[ch] if base in _ASCENDERS else ch)
        elif base is not None and ch in _TONES:
            if has_upper or nxt == "ำ":
                out.append(_TONE_LEFT[ch] if base in _ASCENDERS else ch)
            else:
                out.append(_TONE_LOWLEFT[ch] if base in _ASCENDERS else _TONE_LOW[ch])
        elif base is not None and ch in _LOWER:
            if base in _REMOVABLE_DESC:
                out[base_idx] = _REMOVABLE_DESC[base]
                out.append(ch)
            elif base in _DESCENDERS:
                out.append(_LOWER[ch])
            else:
                out.append(ch)
        else:
            if ch != "ำ":
                base_idx = None
            out.append(ch)
    return "".join(out)


# --------------------------------------------------------------------------- images


def photo(path: Path, seed: int, scene: str):
    """A simple drawn 'photo' (no text): a service counter or a community activity."""
    rng = random.Random(seed)
    w, h = 1280, 960
    img = Image.new("RGB", (w, h))
    dr = ImageDraw.Draw(img)
    top = (rng.randint(180, 220), rng.randint(200, 225), rng.randint(225, 245))
    for y in range(h):
        f = y / h
        dr.line([(0, y), (w, y)], fill=tuple(int(c * (1 - 0.35 * f)) for c in top))
    if scene == "counter":
        dr.rectangle([0, 620, w, h], fill=(150, 120, 90))
        dr.rectangle([80, 430, 1200, 640], fill=(230, 225, 210), outline=(90, 80, 70), width=4)
        for x in range(120, 1180, 210):
            dr.rectangle([x, 300, x + 150, 420], fill=(40, 50, 70))  # monitors
    else:
        dr.rectangle([0, 600, w, h], fill=(90, 140, 70))
        dr.polygon([(200, 250), (640, 80), (1080, 250)], fill=(170, 60, 50))  # tent
        dr.rectangle([240, 250, 1040, 600], fill=(240, 240, 235))
        for x in range(260, 1000, 160):
            dr.rectangle(
                [x, 420, x + 120, 560], fill=(rng.randint(30, 220), rng.randint(80, 200), rng.randint(30, 220))
            )
    for _ in range(14):
        x, y = rng.randint(60, w - 60), rng.randint(520, 800)
        shirt = (rng.randint(20, 230), rng.randint(20, 230), rng.randint(20, 230))
        dr.ellipse([x - 22, y - 140, x + 22, y - 96], fill=(205, 160, 125))
        dr.rounded_rectangle([x - 35, y - 95, x + 35, y + 40], radius=14, fill=shirt)
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    noise = Image.effect_noise((w, h), 6).convert("RGB")
    img = ImageChops.add(img, noise, 1.0, -128)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "JPEG", quality=80)


def scan_pdf(src_pdf: Path, out_pdf: Path, seed: int, dpi=250):
    """Render pages, tilt and add noise like a flatbed scan; save as an image-only PDF."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), f"{tmp}/p"], check=True)
        pages = []
        for png in sorted(Path(tmp).glob("p*.png")):
            im = Image.open(png).convert("L")
            im = im.rotate(rng.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=255)
            im = im.filter(ImageFilter.GaussianBlur(0.5))
            noise = Image.effect_noise(im.size, 18)
            im = ImageChops.add(im, noise, 1.0, -128)
            im = im.point(lambda v: int(18 + v * 0.9))  # grey paper, not pure white
            pages.append(im)
    out_pdf.parent.mkdir(parents=True, exist_ok=True)
    pages[0].save(out_pdf, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], quality=60)


def damage_pdf(src: Path, out: Path):
    """Remove /ToUnicode from every font and drop /ActualText spans: glyph codes only."""
    with pikepdf.open(src) as pdf:
        for page in pdf.pages:
            fonts = page.resources.get("/Font", {})
            for _name, font in fonts.items():
                for f in [font] + list(font.get("/DescendantFonts", [])):
                    if "/ToUnicode" in f:
                        del f["/ToUnicode"]
            new = []
            for operands, op in pikepdf.parse_content_stream(page):
                if (
                    str(op) == "BDC"
                    and len(operands) == 2
                    and isinstance(operands[1], pikepdf.Dictionary)
                    and "/ActualText" in operands[1]
                ):
                    new.append(([operands[0]], pikepdf.Operator("BMC")))
                else:
                    new.append((operands, op))
            page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(new))
        pdf.save(out, deterministic_id=True)


# --------------------------------------------------------------------------- build plan


@dataclass
class Item:
    rel: str  # path under samples/
    kind: str  # docx | doc | lo_pdf | scanned_pdf | damaged_pdf | legacy_pua_pdf | photo
    doc: Doc | None = None
    expected: str | None = None


class Build:
    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.items: list[Item] = []
        self.to_pdf: list[tuple[Path, Item]] = []  # (docx in tmp, item to receive the pdf)
        self.to_doc: list[tuple[Path, Item]] = []
        self.post: list = []  # callables after conversions
        self.n = 0

    def _tmpdocx(self, doc: Doc) -> Path:
        self.n += 1
        p = self.tmp / f"src{self.n:03d}.docx"
        doc.save(p)
        return p

    def docx(self, rel: str, doc: Doc) -> Item:
        it = Item(rel, "docx", doc, doc.text())
        doc.save(HERE / rel)
        self.items.append(it)
        return it

    def pdf(self, rel: str, doc: Doc, kind="lo_pdf") -> Item:
        it = Item(rel, kind, doc, doc.text())
        self.to_pdf.append((self._tmpdocx(doc), it))
        self.items.append(it)
        return it

    def doc(self, rel: str, doc: Doc) -> Item:
        it = Item(rel, "doc", doc, doc.text())
        self.to_doc.append((self._tmpdocx(doc), it))
        self.items.append(it)
        return it

    def photo(self, rel: str, seed: int, scene: str):
        photo(HERE / rel, seed, scene)
        self.items.append(Item(rel, "photo"))


def soffice(args: list[str], files: list[Path], outdir: Path):
    if not files:
        return
    cmd = [
        "soffice",
        f"-env:UserInstallation={LO_PROFILE}",
        "--headless",
        "--norestore",
        *args,
        "--outdir",
        str(outdir),
        *map(str, files),
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)


# --------------------------------------------------------------------------- submissions


def inbox(slug, name):
    return f"inbox/{YEAR}/{slug}/{name}"


def sub_bangrak(b: Build):
    a = bangrak.AGENCY
    s = a["slug"]
    st_tab = Style(
        numbering="arabic",
        words={
            "rationale": "ความเป็นมาและความสำคัญของปัญหา",
            "expected_results": "ประโยชน์ที่คาดว่าจะได้รับ",
            "actions": "แนวทางการดำเนินการ",
        },
    )
    b.docx(inbox(s, "แบบฟอร์ม 1 แบบเสนอแนวคิด.docx"), form1(a, st_tab, {}, layout="table"))
    b.pdf(inbox(s, "แบบฟอร์ม 2 สรุปผลการคัดเลือกแนวคิด.pdf"), form2(a, Style()))
    st3 = Style(
        numbering="arabic", heading="bold", words={"actions": "แผนการดำเนินงาน", "objectives": "วัตถุประสงค์ของโครงการ"}
    )
    b.docx(inbox(s, "แบบฟอร์ม 3 แบบนำเสนอโครงการ พร้อมแผนการดำเนินการ.docx"), form3(a, st3, {}))
    st4 = Style(
        numbering="arabic", heading="style", words={"actions": "ขั้นตอนการดำเนินงาน", "expected_results": "ผลลัพธ์ที่คาดหวัง"}
    )
    b.pdf(inbox(s, "แบบฟอร์ม 4 โครงการพัฒนานวัตกรรม.pdf"), form4(a, st4, {}))
    st5 = Style(numbering="arabic", words={"actual_results": "ผลลัพธ์ที่เกิดขึ้นจริง"})
    b.docx(inbox(s, "แบบฟอร์ม 5 ติดตามผลการนำไปใช้.docx"), form5(a, st5, {}))
    b.pdf(inbox(s, "evidence/รายงานสรุปผลการดำเนินงาน.pdf"), summary_report(a, Style(font="Garuda", size=14), {}))
    b.pdf(inbox(s, "evidence/แบบสำรวจความพึงพอใจ.pdf"), survey_report(a, Style()))
    b.docx(inbox(s, "evidence/รายงานการประชุม ครั้งที่ 2-2566.docx"), meeting_minutes(a, Style(font="Norasi")))
    b.photo(inbox(s, "evidence/ภาพกิจกรรม 01.jpg"), 11, "counter")
    return a, {}, []


def sub_medical(b: Build):
    a = medical.AGENCY
    s = a["slug"]
    gaps = {"expected_results": "empty", "actual_results": "placeholder"}
    st1 = Style(numbering="thai", heading="style", words={"rationale": "ที่มาและความสำคัญ"})
    b.docx(inbox(s, "แบบฟอร์ม 1 เสนอแนวคิด หมอนัดเตือนใจ.docx"), form1(a, st1, gaps, layout="headings"))
    b.pdf(inbox(s, "แบบฟอร์ม 2 สรุปผลการคัดเลือก.pdf"), form2(a, Style(numbering="thai")))
    st4 = Style(
        numbering="thai",
        heading="bold",
        words={"rationale": "หลักการและเหตุผล", "actions": "ขั้นตอนการดำเนินงาน", "expected_results": "ผลลัพธ์ที่คาดหวัง"},
    )
    b.pdf(inbox(s, "แบบฟอร์ม 4 โครงการหมอนัดเตือนใจ.pdf"), form4(a, st4, gaps))
    st5 = Style(numbering="thai", words={"actual_results": "ผลลัพธ์ที่เกิดขึ้นจริง"})
    b.docx(inbox(s, "แบบฟอร์ม 5 ติดตามผล.docx"), form5(a, st5, gaps, placeholders={"actual_results": "dots"}))
    b.pdf(inbox(s, "evidence/รายงานการประชุม ครั้งที่ 1-2566.pdf"), meeting_minutes(a, Style()))
    b.photo(inbox(s, "evidence/ภาพการลงทะเบียนผู้ป่วย.jpg"), 22, "counter")
    notes = [
        "expected_results: empty - the heading (๕. ผลที่คาดว่าจะได้รับ / ๙. ผลลัพธ์ที่คาดหวัง) is followed directly by the next heading, in both form 1 and form 4",
        "actual_results: placeholder - form 5 has the heading ๑. ผลลัพธ์ที่เกิดขึ้นจริง followed only by the template's dotted lines",
    ]
    return a, gaps, notes


def sub_sso(b: Build):
    a = sso_rayong.AGENCY
    s = a["slug"]
    gaps = {"objectives": "missing"}
    st3 = Style(numbering="khor", heading="bold", words={"rationale": "ที่มาและความสำคัญ", "actions": "แผนการดำเนินการ"})
    b.docx(inbox(s, "แบบฟอร์ม 3 แบบนำเสนอโครงการ Rayong Quick Claim.docx"), form3(a, st3, gaps))
    st4 = Style(
        numbering="arabic",
        heading="inline",
        words={"rationale": "ความเป็นมาและความสำคัญของปัญหา", "actions": "วิธีดำเนินการ"},
    )
    b.pdf(inbox(s, "แบบฟอร์ม 4 โครงการ.pdf"), form4(a, st4, gaps))
    b.docx(inbox(s, "evidence/รายงานสรุปผลการดำเนินงาน.docx"), summary_report(a, Style(font="Laksaman"), gaps))
    b.photo(inbox(s, "evidence/ภาพการอบรมฝ่ายบุคคล.jpg"), 33, "tent")
    notes = [
        "objectives: missing - no objectives heading or text in any file",
        "actual_results: only in the separate evidence report (evidence/รายงานสรุปผลการดำเนินงาน.docx); no form 5",
    ]
    return a, gaps, notes


def sub_social(b: Build):
    a = social_dev_cm.AGENCY
    s = a["slug"]
    gaps = {"rationale": "too_short", "actions": "placeholder", "actual_results": "missing"}
    st1 = Style(numbering="paren", heading="bold", words={"rationale": "หลักการและเหตุผล", "actions": "วิธีดำเนินการ"})
    b.docx(
        inbox(s, "แบบฟอร์ม 1 CM Care Map.docx"),
        form1(a, st1, gaps, layout="headings", placeholders={"actions": "specify"}),
    )
    st4 = Style(
        numbering="none",
        heading="bold",
        font="Kinnari",
        words={"rationale": "หลักการและเหตุผล", "actions": "ขั้นตอนการดำเนินงาน", "objectives": "วัตถุประสงค์ของโครงการ"},
    )
    b.pdf(inbox(s, "แบบฟอร์ม 4 โครงการ CM Care Map.pdf"), form4(a, st4, gaps, placeholders={"actions": "fill"}))
    b.photo(inbox(s, "evidence/ภาพลงพื้นที่ อพม.jpg"), 44, "tent")
    notes = [
        "rationale: too_short - one sentence (เพื่อพัฒนาการทำงานให้ดีขึ้น) in form 1 and form 4",
        "actions: placeholder - form 1 has '(ระบุขั้นตอน วิธีการ และระยะเวลาการดำเนินงาน…)', form 4 has '[กรอกข้อมูล]'",
        "actual_results: missing - no form 5 and no report",
    ]
    return a, gaps, notes


def sub_chatuchak(b: Build):
    a = chatuchak.AGENCY
    s = a["slug"]
    gaps = {"expected_results": "placeholder"}
    st1 = Style(numbering="rparen", words={"rationale": "สภาพปัญหาและความจำเป็น", "actions": "แนวทางการดำเนินการ"})
    b.pdf(inbox(s, "แบบฟอร์ม 1.pdf"), form1(a, st1, gaps, layout="table", placeholders={"expected_results": "dash"}))
    b.pdf(inbox(s, "แบบฟอร์ม 2 (ฉบับลงนาม).pdf"), form2(a, Style(), header=False), kind="scanned_pdf")
    st3 = Style(numbering="rparen", heading="bold", words={"actions": "แผนการดำเนินงาน"})
    b.doc(inbox(s, "แบบฟอร์ม 3 นำเสนอโครงการ.doc"), form3(a, st3, gaps, placeholders={"expected_results": "dash"}))
    st4 = Style(
        numbering="rparen",
        heading="plain",
        font="Laksaman",
        words={"rationale": "ความเป็นมาและความสำคัญของปัญหา", "expected_results": "ประโยชน์ที่คาดว่าจะได้รับ"},
    )
    b.docx(
        inbox(s, "แบบฟอร์ม 4 โครงการธนาคารขยะ.docx"),
        form4(a, st4, gaps, placeholders={"expected_results": "specify_expected"}),
    )
    st5 = Style(numbering="rparen", font="TH SarabunPSK", words={"actual_results": "สรุปผลการดำเนินงาน"})
    b.pdf(inbox(s, "แบบฟอร์ม 5 ติดตามผลการนำไปใช้.pdf"), form5(a, st5, gaps))
    b.photo(inbox(s, "evidence/ภาพวันรับฝากขยะ.jpg"), 55, "tent")
    notes = [
        "expected_results: placeholder - '-' in the form 1 table and form 3, '(ระบุผลที่คาดว่าจะได้รับ…)' in form 4",
        "แบบฟอร์ม 2 is a scanned (image-only) PDF; แบบฟอร์ม 3 is a legacy .doc; แบบฟอร์ม 5 declares TH SarabunPSK (not installed, substituted)",
    ]
    return a, gaps, notes


# --------------------------------------------------------------------------- reading samples


def reading_samples(b: Build):
    br, md, ss, sd, cc = bangrak.AGENCY, medical.AGENCY, sso_rayong.AGENCY, social_dev_cm.AGENCY, chatuchak.AGENCY

    # tables and page headers
    doc = Doc(font="Laksaman", header="สำนักงานเขตบางรัก  รายงานผลการดำเนินงานตามตัวชี้วัด")
    doc.title(f"รายงานผลการดำเนินงานตามตัวชี้วัด ประจำปีงบประมาณ พ.ศ. {YEAR}\nสำนักงานเขตบางรัก")
    doc.heading("1. ผลการดำเนินงานตามตัวชี้วัด", mode="style")
    doc.table(
        [
            ["ตัวชี้วัด", "ค่าเป้าหมาย", "ผลการดำเนินงาน", "สถานะ"],
            ["ระยะเวลารอรับบริการลดลง", "ร้อยละ 30", "ร้อยละ 59.6", "บรรลุ"],
            ["ผู้รับบริการจองคิวออนไลน์", "ร้อยละ 40", "ร้อยละ 46.3", "บรรลุ"],
            ["ความพึงพอใจของผู้รับบริการ", "ร้อยละ 85", "ร้อยละ 92.4", "บรรลุ"],
        ],
        [6.5, 3.0, 3.5, 3.0],
        size=14,
        align_num=True,
    )
    doc.para(br["actual_results"][0])
    doc.heading("2. ข้อมูลผู้รับบริการรายเดือน", mode="style")
    rows = [["เดือน", "ผู้รับบริการทั้งหมด", "จองคิวออนไลน์", "เวลารอเฉลี่ย (นาที)"]]
    data = [
        ("เมษายน 2566", 4021, 1502, 27),
        ("พฤษภาคม 2566", 4388, 1946, 23),
        ("มิถุนายน 2566", 4310, 2087, 20),
        ("กรกฎาคม 2566", 4102, 2011, 19),
        ("สิงหาคม 2566", 4436, 2296, 18),
    ]
    for m, t, o, w in data:
        rows.append([m, f"{t:,}", f"{o:,}", str(w)])
    rows.append(["รวม", f"{sum(d[1] for d in data):,}", f"{sum(d[2] for d in data):,}", "21"])
    doc.table(rows, [5.0, 4.0, 3.5, 3.5], size=14, align_num=True)
    doc.heading("3. ผลการสำรวจความพึงพอใจ", mode="style")
    doc.table(br["survey"], [7.0, 3.0, 3.0, 3.0], size=14, align_num=True)
    doc.para(br["actual_results"][1])
    b.pdf("reading/tables-and-headers.pdf", doc)

    # legacy font text layer (PUA marks)
    doc = Doc(font="Laksaman", header=None, page_numbers=False)
    title = "บันทึกข้อความ"
    lines = (
        [
            ("ส่วนราชการ  สำนักการแพทย์ กลุ่มงานพัฒนาระบบบริการทางการแพทย์ โทร. 0 2220 8000", False),
            ("ที่  กท 0602/1187          วันที่  15 กุมภาพันธ์ 2566", False),
            ("เรื่อง  ขอส่งแนวคิดในการพัฒนานวัตกรรมเพื่อเพิ่มประสิทธิภาพการปฏิบัติงานของหน่วยงาน", False),
            ("เรียน  ผู้อำนวยการสำนักงาน ก.ก.", False),
        ]
        + [(p, True) for p in md["rationale"]]
        + [
            ("จึงเรียนมาเพื่อโปรดพิจารณา และขอได้โปรดแจ้งผลการพิจารณาให้ทราบด้วย จะขอบคุณยิ่ง", True),
            ("(นายแพทย์สมชาย ธีรวัฒน์)", False),
            ("รองผู้อำนวยการสำนักการแพทย์ ปฏิบัติราชการแทนผู้อำนวยการสำนักการแพทย์", False),
        ]
    )
    doc.para(legacy_shape(title), bold=True, align="center", size=22, record=False)
    doc.lines.append(title)
    for text, body in lines:
        doc.para(legacy_shape(text), indent=body, align=None if body else "left", record=False)
        doc.lines.append(text)
    b.pdf("reading/legacy-font-pua.pdf", doc, kind="legacy_pua_pdf")

    # scanned page (image only)
    b.pdf("reading/scanned-minutes.pdf", meeting_minutes(br, Style(), header=False), kind="scanned_pdf")

    # damaged text layer
    doc = Doc(font="Laksaman", header=None, page_numbers=False)
    doc.title(f"รายงานสรุปผลการดำเนินงาน\n{ss['project']}")
    for para in ss["rationale"] + ss["actual_results"]:
        doc.para(para)
    doc.table(ss["actual_table"], [8.0, 4.0, 4.0], size=14, align_num=True)
    b.pdf("reading/damaged-text-layer.pdf", doc, kind="damaged_pdf")

    # legacy .doc
    st = Style(numbering="arabic", heading="bold")
    b.doc("reading/legacy-word97.doc", form4(br, st, {}))

    # multi-page docx + pdf
    def annual() -> Doc:
        doc = Doc(font="Laksaman", header="รายงานผลการพัฒนานวัตกรรม ประจำปีงบประมาณ พ.ศ. 2566")
        doc.title("รายงานผลการพัฒนานวัตกรรมเพื่อเพิ่มประสิทธิภาพการปฏิบัติงานของหน่วยงาน\nประจำปีงบประมาณ พ.ศ. 2566", size=20)
        doc.para("(1 ตุลาคม 2565 – 30 กันยายน 2566)", align="center")
        doc.heading("บทสรุปผู้บริหาร", mode="style")
        doc.para(
            "รายงานฉบับนี้รวบรวมผลการพัฒนานวัตกรรมของหน่วยงานที่เข้าร่วมการประเมินตัวชี้วัดความสำเร็จในการพัฒนานวัตกรรม"
            "เพื่อเพิ่มประสิทธิภาพการปฏิบัติงานของหน่วยงาน จำนวน 5 หน่วยงาน ประกอบด้วยหลักการและเหตุผล วัตถุประสงค์ "
            "การดำเนินการ ผลลัพธ์ที่คาดหวัง และผลลัพธ์ที่เกิดขึ้นจริงของแต่ละโครงการ"
        )
        rows = [["ลำดับ", "หน่วยงาน", "ชื่อนวัตกรรม", "รูปแบบนวัตกรรม"]]
        for i, ag in enumerate(content_all, 1):
            rows.append([str(i), ag["agency"], ag["project"], ag["innovation_type"]])
        doc.table(rows, [1.4, 4.6, 6.0, 4.0], size=14)
        for ch, ag in enumerate(content_all, 1):
            doc.page_break()
            doc.heading(f"บทที่ {ch} {ag['agency']}", mode="style")
            doc.heading(ag["project"], mode="style", level=2)
            st = Style(numbering="arabic", heading="style")
            i = 1
            if ag["rationale"]:
                i = write_section(doc, st, i, "rationale", "ok", ag)
            if ag["objectives"]:
                i = write_section(doc, st, i, "objectives", "ok", ag)
            i = plain_field(doc, st, i, "target", ag["target"])
            if ag["actions"]:
                i = write_section(doc, st, i, "actions", "ok", ag, gantt=True)
            if ag["expected_results"]:
                i = write_section(doc, st, i, "expected_results", "ok", ag)
            if ag["actual_results"]:
                i = write_section(doc, st, i, "actual_results", "ok", ag)
            i = plain_field(doc, st, i, "indicators", ag["indicators"])
            i = plain_field(doc, st, i, "budget", ag["budget"])
            if ag.get("problems"):
                doc.heading(f"{i}. ปัญหาอุปสรรคและแนวทางแก้ไข", mode="style", level=2)
                for pr in ag["problems"]:
                    doc.item(f"- {pr}", indent_cm=0.6)
        doc.occurrences.clear()
        return doc

    content_all = [br, md, ss, sd, cc]
    b.docx("reading/multipage-annual-report.docx", annual())
    b.pdf("reading/multipage-annual-report.pdf", annual())


# --------------------------------------------------------------------------- bad files


def bad_files(b: Build) -> dict:
    bad = HERE / "bad"
    bad.mkdir(parents=True, exist_ok=True)
    rng = random.Random(566)
    (bad / "empty.pdf").write_bytes(b"")
    (bad / "random-bytes.docx").write_bytes(rng.randbytes(20_000))
    (bad / "random-bytes.pdf").write_bytes(rng.randbytes(20_000))
    (bad / "notes.txt").write_text("บันทึกส่วนตัว: ส่งแบบฟอร์ม 4 ภายในวันที่ 15 กุมภาพันธ์ 2566\n", encoding="utf-8")
    with zipfile.ZipFile(bad / "unsupported.xlsx", "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in _XLSX.items():
            zi = zipfile.ZipInfo(name, date_time=(2023, 9, 29, 9, 0, 0))
            zf.writestr(zi, data, compress_type=zipfile.ZIP_DEFLATED)
    return {
        "bad/empty.pdf": {"kind": "bad", "error": "empty_file"},
        "bad/random-bytes.docx": {"kind": "bad", "error": "not_a_document"},
        "bad/random-bytes.pdf": {"kind": "bad", "error": "not_a_document"},
        "bad/notes.txt": {"kind": "bad", "error": "unsupported_format"},
        "bad/unsupported.xlsx": {"kind": "bad", "error": "unsupported_format"},
        "bad/truncated.pdf": {"kind": "bad", "error": "corrupt_pdf"},
        "bad/encrypted.pdf": {"kind": "bad", "error": "encrypted_pdf"},
    }


_XLSX = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="งบประมาณ" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>รายการ</t></is></c><c r="B1" t="inlineStr"><is><t>บาท</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>ค่าจัดทำสื่อ</t></is></c><c r="B2"><v>48500</v></c></row></sheetData></worksheet>',
}


# --------------------------------------------------------------------------- main

_RANK = {"ok": 4, "too_short": 3, "placeholder": 2, "empty": 1, "missing": 0}
KEYS = ["rationale", "objectives", "actions", "expected_results", "actual_results"]


def truth_for(a, gaps, notes, items: list[Item]) -> dict:
    prefix = f"inbox/{YEAR}/{a['slug']}/"
    mine = [it for it in items if it.rel.startswith(prefix)]
    sections = {}
    for key in KEYS:
        occ = [
            {"file": it.rel, "heading": o.heading, "body": o.body, "status": o.status}
            for it in mine
            if it.doc
            for o in it.doc.occurrences
            if o.key == key
        ]
        want = gaps.get(key, "ok")
        if occ:
            best = max(occ, key=lambda o: _RANK[o["status"]])
            status = best["status"]
            assert status == want, (a["slug"], key, status, want)
            sections[key] = {
                "status": status,
                "file": best["file"],
                "heading": best["heading"],
                "body": best["body"],
                "occurrences": occ,
            }
        else:
            assert want == "missing", (a["slug"], key, want)
            sections[key] = {"status": "missing", "file": None, "heading": None, "body": None, "occurrences": []}
    return {
        "agency": a["agency"],
        "agency_slug": a["slug"],
        "project": a["project"],
        "fiscal_year": int(YEAR),
        "folder": prefix.rstrip("/"),
        "files": [it.rel for it in mine],
        "complete": all(s["status"] == "ok" for s in sections.values()),
        "planted_gaps": notes,
        "sections": sections,
    }


def main() -> int:
    t0 = time.time()
    for name in OUTPUTS:
        shutil.rmtree(HERE / name, ignore_errors=True)
    (HERE / "manifest.json").unlink(missing_ok=True)
    for tool in ("soffice", "pdftoppm"):
        if not shutil.which(tool):
            print(f"missing {tool}: install LibreOffice and poppler-utils", file=sys.stderr)
            return 2

    with tempfile.TemporaryDirectory(prefix="samples-gen-") as tmpname:
        tmp = Path(tmpname)
        b = Build(tmp)
        subs = [sub_bangrak(b), sub_medical(b), sub_sso(b), sub_social(b), sub_chatuchak(b)]
        reading_samples(b)
        manifest = bad_files(b)

        # one soffice call per target format (2 shared cores)
        pdf_dir, doc_dir = tmp / "pdf", tmp / "doc"
        pdf_dir.mkdir()
        doc_dir.mkdir()
        soffice(["--convert-to", "pdf:writer_pdf_Export"], [p for p, _ in b.to_pdf], pdf_dir)
        soffice(["--convert-to", "doc:MS Word 97"], [p for p, _ in b.to_doc], doc_dir)
        for src, it in b.to_pdf:
            pdf = pdf_dir / (src.stem + ".pdf")
            dest = HERE / it.rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            if it.kind == "scanned_pdf":
                scan_pdf(pdf, dest, seed=len(it.rel))
            elif it.kind == "damaged_pdf":
                damage_pdf(pdf, dest)
            else:
                shutil.copyfile(pdf, dest)
        for src, it in b.to_doc:
            dest = HERE / it.rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(doc_dir / (src.stem + ".doc"), dest)

    # bad files made from good ones
    good_pdf = HERE / inbox("bangrak", "แบบฟอร์ม 4 โครงการพัฒนานวัตกรรม.pdf")
    data = good_pdf.read_bytes()
    (HERE / "bad/truncated.pdf").write_bytes(data[: int(len(data) * 0.4)])
    with pikepdf.open(good_pdf) as pdf:
        pdf.save(HERE / "bad/encrypted.pdf", encryption=pikepdf.Encryption(user="2566", owner="owner-2566", R=6))
    by_rel = {it.rel: it for it in b.items}
    src_pdf = by_rel[inbox("bangrak", "evidence/รายงานสรุปผลการดำเนินงาน.pdf")]
    src_docx = by_rel[inbox("bangrak", "แบบฟอร์ม 1 แบบเสนอแนวคิด.docx")]
    shutil.copyfile(HERE / src_pdf.rel, HERE / "bad/report.docx")
    shutil.copyfile(HERE / src_docx.rel, HERE / "bad/form.pdf")
    b.items.append(Item("bad/report.docx", "lo_pdf", None, src_pdf.expected))
    b.items.append(Item("bad/form.pdf", "docx", None, src_docx.expected))

    # expected texts, manifest, truth
    for it in b.items:
        entry = {"kind": it.kind}
        if it.expected is not None:
            exp = HERE / "expected" / (it.rel + ".txt")
            exp.parent.mkdir(parents=True, exist_ok=True)
            exp.write_text(it.expected, encoding="utf-8")
            entry["expected"] = f"expected/{it.rel}.txt"
            entry["min_accuracy"] = THRESHOLDS[it.kind]
        if it.rel.startswith("bad/"):
            entry["notice"] = "wrong_extension"
        manifest[it.rel] = entry
    (HERE / "manifest.json").write_text(
        json.dumps(dict(sorted(manifest.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (HERE / "truth").mkdir()
    for a, gaps, notes in subs:
        t = truth_for(a, gaps, notes, b.items)
        (HERE / "truth" / f"{a['slug']}.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )

    # sanity: the multi-page PDF really is long enough for benchmarks
    info = subprocess.run(
        ["pdfinfo", str(HERE / "reading/multipage-annual-report.pdf")], capture_output=True, text=True
    ).stdout
    pages = int(next(row.split()[-1] for row in info.splitlines() if row.startswith("Pages:")))
    if pages < 10:
        print(f"warning: multipage-annual-report.pdf has only {pages} pages", file=sys.stderr)
    total = sum(f.stat().st_size for d in OUTPUTS for f in (HERE / d).rglob("*") if f.is_file())
    print(
        f"generated {len(b.items)} samples + bad files, {total / 1e6:.1f} MB, annual report {pages} pages, in {time.time() - t0:.0f}s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
