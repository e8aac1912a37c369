#!/usr/bin/env python3
"""Regenerate the blind Thai-digit scan set in this folder.

Run:  /work/main/.venv/bin/python make_set.py
Needs: LibreOffice (soffice), poppler-utils (pdftoppm, pdftotext), the TLWG
Thai fonts (fonts-thai-tlwg), Pillow (with raqm), numpy, scipy, pypdfium2.

Pipeline per page:
  document text (below, written for this set)  ->  flat ODT (src/NAME.fodt)
  -> LibreOffice PDF (temporary, has a text layer; deleted)
  -> pdftoppm raster at the page's dpi
  -> optional round stamp + blue pen scribble at the signature line
  -> scanner-like degradation (rotation, blur, noise, lighting, JPEG)
  -> image-only PDF (pdf/NAME.pdf, one DCT image, no fonts, no text)
Truth (truth/NAME.txt, truth/NAME.numbers.json) comes from the same document
source, never from OCR.  All randomness uses fixed seeds.
"""
import json
import math
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP
from html import escape
from io import BytesIO

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from scipy import ndimage

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, ".build")
NBSP = "\u00a0"

# --------------------------------------------------------------------------
# number helpers
# --------------------------------------------------------------------------
_TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    """Arabic digits -> Thai digits."""
    return str(s).translate(_TH)


def dround(v, n=2):
    q = Decimal(1).scaleb(-n)
    return Decimal(str(v)).quantize(q, rounding=ROUND_HALF_UP)


def fx(v, n=2, thai=True):
    s = f"{dround(v, n):.{n}f}"
    return th(s) if thai else s


def money(v, dec=False, thai=True):
    s = f"{dround(v, 2):,.2f}" if dec else f"{int(v):,}"
    return th(s) if thai else s


def ph(s, thai=True):
    """A phone number printed with spaces: keep it as one number (NBSP)."""
    s = s.replace(" ", NBSP)
    return th(s) if thai else s


# a number: digits, optionally joined by . , / : or NBSP (phone numbers)
NUM_RE = re.compile(r"(?<![0-9๐-๙])[0-9๐-๙]+(?:(?:[.,/:]|\u00a0)[0-9๐-๙]+)*")


def numbers_in(unit):
    """Numbers in one text unit (paragraph or table cell), reading order.
    A number followed by '.' and then a space or the end of the unit is a
    list-item number and keeps its dot ("๓."); no sentence in this set ends
    with a bare number and a full stop."""
    plain = unit.replace("**", "")
    out = []
    for m in NUM_RE.finditer(plain):
        s = m.group(0)
        after = plain[m.end(): m.end() + 2]
        if after[:1] == "." and (after[1:] == "" or after[1:].isspace()):
            s += "."
        out.append(s.replace(NBSP, " "))
    return out


# --------------------------------------------------------------------------
# document model -> flat ODT
# --------------------------------------------------------------------------
# blocks: (kind, payload, opts)
def H(t): return ("title", t, {})
def C(t): return ("center", t, {})
def CB(t): return ("centerb", t, {})
def P(t): return ("p", t, {})
def PB(t): return ("pb", t, {})
def I(t): return ("indent", t, {})
def L1(t): return ("l1", t, {})
def L2(t): return ("l2", t, {})
def TAB(t): return ("tab", t, {})
def S(t): return ("sig", t, {})
def SP(): return ("space", "", {})
def SMALL(t): return ("small", t, {})


def T(rows, widths, align, head=1, bold=()):
    return ("table", rows, {"widths": widths, "align": align, "head": head, "bold": set(bold)})


NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text"')


def _tp(font, size, bold=False):
    b = ' fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"' if bold else ""
    return (f'<style:text-properties style:font-name="{font}" fo:font-size="{size}pt" '
            f'style:font-name-asian="{font}" style:font-size-asian="{size}pt" '
            f'style:font-name-complex="{font}" style:font-size-complex="{size}pt" '
            f'fo:language="th" fo:country="TH" style:language-complex="th" '
            f'style:country-complex="TH"{b}/>')


# natural line height (ascent+descent, in em) of the TLWG fonts; lines are set
# to about LINE_EM em so that pages look like ordinary Thai office documents
FONT_EM = {"Laksaman": 1.655, "Kinnari": 1.782, "Norasi": 1.704, "Garuda": 1.875, "Loma": 1.59,
           "Waree": 1.673, "Umpush": 1.98, "Sawasdee": 1.572, "Purisa": 1.612}
LINE_EM = 1.4


def _pstyle(name, font, size, align="start", bold=False, ml=0.0, ti=0.0, mt=0.0, mb=0.0, tabs=None):
    lh = int(round(100 * LINE_EM / FONT_EM[font]))
    tabxml = ""
    if tabs:
        tabxml = "<style:tab-stops>" + "".join(
            f'<style:tab-stop style:position="{p}cm"/>' for p in tabs) + "</style:tab-stops>"
    return (f'<style:style style:name="{name}" style:family="paragraph">'
            f'<style:paragraph-properties fo:text-align="{align}" fo:margin-left="{ml}cm" '
            f'fo:margin-right="0cm" fo:text-indent="{ti}cm" fo:margin-top="{mt}cm" '
            f'fo:margin-bottom="{mb}cm" fo:line-height="{lh}%">{tabxml}</style:paragraph-properties>'
            f'{_tp(font, size, bold)}</style:style>')


def _inline(text):
    """escape, **bold**, tabs, runs of spaces."""
    out = []
    parts = text.split("**")
    for i, part in enumerate(parts):
        s = escape(part, quote=False)
        s = s.replace("\t", "<text:tab/>")
        s = re.sub(r"  +", lambda m: " " + f'<text:s text:c="{len(m.group(0)) - 1}"/>', s)
        out.append(f'<text:span text:style-name="B">{s}</text:span>' if i % 2 else s)
    return "".join(out)


def build_fodt(doc):
    f, z = doc["font"], doc["size"]
    m = doc.get("margins", (1.5, 1.5, 2.5, 2.0))  # top bottom left right (cm)
    tabs = doc.get("tabs", [8.5])
    styles = [
        _pstyle("Ptitle", f, z + doc.get("title_plus", 6), "center", True, mb=0.15),
        _pstyle("Pcenter", f, z, "center"),
        _pstyle("Pcenterb", f, z, "center", True),
        _pstyle("Pp", f, z, "justify", tabs=tabs),
        _pstyle("Ppb", f, z, "start", True, mt=0.1),
        _pstyle("Pindent", f, z, "justify", ti=doc.get("indent", 2.0)),
        _pstyle("Pl1", f, z, "justify", ml=doc.get("l1", 0.6)),
        _pstyle("Pl2", f, z, "justify", ml=doc.get("l2", 1.2)),
        _pstyle("Ptab", f, z, "start", tabs=tabs),
        _pstyle("Psig", f, z, "center", ml=doc.get("sigml", 7.5)),
        _pstyle("Pspace", f, max(z - 6, 6), "start"),
        _pstyle("Psmall", f, z - 1, "start"),
        _pstyle("Tl", f, doc.get("tsize", z), "start"),
        _pstyle("Tr", f, doc.get("tsize", z), "end"),
        _pstyle("Tc", f, doc.get("tsize", z), "center"),
        _pstyle("Tlb", f, doc.get("tsize", z), "start", True),
        _pstyle("Trb", f, doc.get("tsize", z), "end", True),
        _pstyle("Tcb", f, doc.get("tsize", z), "center", True),
        '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold" '
        'style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>',
        '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
        'fo:padding-left="0.08cm" fo:padding-right="0.08cm" fo:padding-top="0.02cm" '
        'fo:padding-bottom="0.02cm" fo:border="0.5pt solid #000000"/></style:style>',
    ]
    body = []
    ntab = 0
    for kind, payload, opts in doc["blocks"]:
        if kind == "table":
            ntab += 1
            tn = f"Tab{ntab}"
            widths = opts["widths"]
            styles.append(f'<style:style style:name="{tn}" style:family="table"><style:table-properties '
                          f'style:width="{sum(widths):.2f}cm" table:align="center" fo:margin-top="0.1cm" '
                          f'fo:margin-bottom="0.15cm"/></style:style>')
            for j, w in enumerate(widths):
                styles.append(f'<style:style style:name="{tn}.c{j}" style:family="table-column">'
                              f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')
            body.append(f'<table:table table:name="{tn}" table:style-name="{tn}">')
            for j in range(len(widths)):
                body.append(f'<table:table-column table:style-name="{tn}.c{j}"/>')
            for i, row in enumerate(payload):
                body.append("<table:table-row>")
                j = 0
                for cell in row:
                    span = 1
                    if isinstance(cell, tuple):
                        cell, span = cell
                    al = "c" if i < opts["head"] else opts["align"][j]
                    b = "b" if (i < opts["head"] or i in opts["bold"]) else ""
                    sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
                    body.append(f'<table:table-cell table:style-name="Cell" office:value-type="string"{sp}>'
                                f'<text:p text:style-name="T{al}{b}">{_inline(cell)}</text:p></table:table-cell>')
                    for _ in range(span - 1):
                        body.append("<table:covered-table-cell/>")
                    j += span
                body.append("</table:table-row>")
            body.append("</table:table>")
        else:
            sname = {"title": "Ptitle", "center": "Pcenter", "centerb": "Pcenterb", "p": "Pp",
                     "pb": "Ppb", "indent": "Pindent", "l1": "Pl1", "l2": "Pl2", "tab": "Ptab",
                     "sig": "Psig", "space": "Pspace", "small": "Psmall"}[kind]
            body.append(f'<text:p text:style-name="{sname}">{_inline(payload)}</text:p>')
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS}>
<office:font-face-decls><style:font-face style:name="{f}" svg:font-family="{f}"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph">{_tp(f, z)}</style:default-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="{m[0]}cm" fo:margin-bottom="{m[1]}cm" fo:margin-left="{m[2]}cm" fo:margin-right="{m[3]}cm"/></style:page-layout>
{chr(10).join(styles)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
'''
    return xml


def truth_units(doc):
    """(lines of truth text, list of numbers) from the document source."""
    lines, nums = [], []

    def clean(s):
        s = s.replace("**", "").replace("\t", " ").replace(NBSP, " ")
        s = re.sub(r"\s+", " ", s).strip()
        return unicodedata.normalize("NFC", s)

    for kind, payload, opts in doc["blocks"]:
        if kind == "space":
            continue
        if kind == "table":
            for row in payload:
                cells = [c[0] if isinstance(c, tuple) else c for c in row]
                cells = [c for c in cells if c.strip()]
                for c in cells:
                    nums += numbers_in(c)
                lines.append(clean(" ".join(cells)))
        else:
            nums += numbers_in(payload)
            lines.append(clean(payload))
    return lines, [unicodedata.normalize("NFC", n) for n in nums]


# --------------------------------------------------------------------------
# the twelve documents (text written for this set)
# --------------------------------------------------------------------------
def doc_memo():
    items = [
        ("ค่าอาหารกลางวัน", 87, "คน", 3, "มื้อ", 250),
        ("ค่าอาหารว่างและเครื่องดื่ม", 87, "คน", 6, "มื้อ", 35),
        ("ค่าตอบแทนวิทยากร", 4, "คน", 6, "ชั่วโมง", 600),
        ("ค่าเช่าห้องประชุม", 3, "วัน", 1, "", 7500),
    ]
    sums = [a * b * c for _, a, _, b, _, c in items]
    other = 8076
    total = sum(sums) + other
    assert total == 128496
    lines = []
    for k, ((name, a, ua, b, ub, c), s) in enumerate(zip(items, sums), 1):
        if ub:
            lines.append(L1(f"{th(k)}. {name} {th(a)} {ua} × {th(b)} {ub} × {money(c)} บาท เป็นเงิน {money(s)} บาท"))
        else:
            lines.append(L1(f"{th(k)}. {name} {th(a)} {ua} × {money(c)} บาท เป็นเงิน {money(s)} บาท"))
    lines.append(L1(f"{th(len(items) + 1)}. ค่าวัสดุและเอกสารประกอบการประชุม เป็นเงิน {money(other)} บาท"))
    blocks = [
        H("บันทึกข้อความ"),
        P(f"**ส่วนราชการ**  กลุ่มบริหารงานการเงินและสินทรัพย์ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต ๒ โทร. {ph('0 5426 7489')}"),
        TAB("**ที่**  ศธ ๐๔๑๒๓/๒๕๖๘\t**วันที่**  ๑๕ มีนาคม ๒๕๖๘"),
        P("**เรื่อง**  ขออนุมัติเบิกจ่ายเงินค่าใช้จ่ายในการจัดประชุมเชิงปฏิบัติการ"),
        P("**เรียน**  ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต ๒"),
        I("ตามที่สำนักงานฯ ได้อนุมัติให้จัดประชุมเชิงปฏิบัติการพัฒนาระบบการเงิน บัญชี และพัสดุ "
          "ระหว่างวันที่ ๒๔–๒๖ กุมภาพันธ์ ๒๕๖๘ ณ โรงแรมเวียงทองพาเลซ จังหวัดลำปาง ผู้เข้าร่วมประชุม "
          "จำนวน ๘๗ คน ตามบันทึกที่ ศธ ๐๔๑๒๓/๖๔๙ ลงวันที่ ๗ มกราคม ๒๕๖๘ นั้น"),
        I("บัดนี้ การประชุมดังกล่าวได้ดำเนินการเสร็จสิ้นแล้ว จึงขออนุมัติเบิกจ่ายเงินจากงบดำเนินงาน "
          f"แผนงานพื้นฐาน ปีงบประมาณ พ.ศ. ๒๕๖๘ เป็นเงินทั้งสิ้น {money(total)} บาท "
          "(หนึ่งแสนสองหมื่นแปดพันสี่ร้อยเก้าสิบหกบาทถ้วน) ตามรายละเอียดดังนี้"),
        *lines,
        I("ทั้งนี้ ได้ตรวจสอบหลักฐานการจ่ายจำนวน ๑๙ ฉบับ ถูกต้องครบถ้วนตามระเบียบกระทรวงการคลัง "
          "ว่าด้วยการเบิกค่าใช้จ่ายในการฝึกอบรม การจัดงาน และการประชุมระหว่างประเทศ พ.ศ. ๒๕๔๙ "
          "และที่แก้ไขเพิ่มเติม (ฉบับที่ ๔) พ.ศ. ๒๕๖๔ แล้ว"),
        I("จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ"),
        SP(), SP(),
        S("ลงชื่อ ......................................."),
        S("(นางสาวพิมพ์ชนก วงศ์ใหญ่)"),
        S("นักวิชาการเงินและบัญชีชำนาญการ"),
    ]
    return blocks


def doc_proposal():
    b1, b2, b3 = 28450, 11740, 7500
    blocks = [
        H("โครงการ ปีการศึกษา ๒๕๖๘"),
        C("โรงเรียนบ้านหนองแวงวิทยา สพป.ขอนแก่น เขต ๔"),
        PB("๑. ชื่อโครงการ"),
        L1("ส่งเสริมการอ่านออกเขียนได้ของนักเรียนชั้นประถมศึกษาปีที่ ๑–๓"),
        PB("๒. ความสอดคล้อง"),
        L1("๒.๑ ยุทธศาสตร์ชาติ (พ.ศ. ๒๕๖๑–๒๕๘๐) ด้านที่ ๓ การพัฒนาศักยภาพคน"),
        L1("๒.๒ แผนพัฒนาการศึกษาขั้นพื้นฐาน ยุทธศาสตร์ที่ ๒ ตัวชี้วัดที่ ๒.๔"),
        L1("๒.๓ มาตรฐานการศึกษาของสถานศึกษา มาตรฐานที่ ๑ ประเด็นที่ ๑.๑ (๑)"),
        PB("๓. หลักการและเหตุผล"),
        I("ผลการประเมินความสามารถด้านการอ่านของนักเรียน ปีการศึกษา ๒๕๖๗ พบว่านักเรียนชั้นประถมศึกษา"
          "ปีที่ ๑ มีคะแนนเฉลี่ยร้อยละ ๖๘.๔๗ ต่ำกว่าค่าเฉลี่ยระดับเขตพื้นที่ซึ่งอยู่ที่ร้อยละ ๗๔.๘๙ "
          "และมีนักเรียนที่อ่านไม่คล่องจำนวน ๔๖ คน จากทั้งหมด ๑๙๗ คน โรงเรียนจึงจัดทำโครงการนี้ขึ้น"),
        PB("๔. วัตถุประสงค์"),
        L1("๔.๑ เพื่อให้นักเรียนร้อยละ ๘๐ ขึ้นไป อ่านออกเขียนได้ตามเกณฑ์ของระดับชั้น"),
        L1("๔.๒ เพื่อลดจำนวนนักเรียนที่อ่านไม่คล่องให้เหลือไม่เกิน ๙ คน"),
        PB("๕. เป้าหมาย"),
        L1("๕.๑ เชิงปริมาณ นักเรียนชั้น ป.๑–ป.๓ จำนวน ๑๙๗ คน ครู ๘ คน"),
        L1("๕.๒ เชิงคุณภาพ ผลการประเมินการอ่านเฉลี่ยไม่ต่ำกว่าร้อยละ ๗๖.๕๐"),
        PB("๖. วิธีดำเนินการและระยะเวลา"),
        L1("๖.๑ สำรวจและคัดกรองนักเรียน ๑๙–๓๐ พฤษภาคม ๒๕๖๘"),
        L1("๖.๒ สอนซ่อมเสริมวันละ ๔๕ นาที สัปดาห์ละ ๔ วัน รวม ๑๖ สัปดาห์"),
        L1("๖.๓ ประเมินผลครั้งที่ ๑ วันที่ ๑๘ ส.ค. และครั้งที่ ๒ วันที่ ๒๙ ก.ย. ๒๕๖๘"),
        PB(f"๗. งบประมาณ จำนวน {money(b1 + b2 + b3)} บาท"),
        L1(f"๗.๑ ค่าหนังสือและสื่อการอ่าน {money(b1)} บาท"),
        L1(f"๗.๒ ค่าวัสดุและเครื่องเขียน {money(b2)} บาท"),
        L1(f"๗.๓ ค่าเกียรติบัตรและรางวัล {money(b3)} บาท"),
        PB("๘. การประเมินผล"),
        L1("ใช้แบบทดสอบการอ่าน ๔ ฉบับ ฉบับละ ๒๐ ข้อ เกณฑ์ผ่าน ๑๔ ข้อ"),
        PB("๙. ผลที่คาดว่าจะได้รับ"),
        L1("นักเรียนไม่น้อยกว่าร้อยละ ๘๕ อ่านคล่อง เขียนคล่อง และมีนิสัยรักการอ่าน"),
        S("ลงชื่อ ....................................... ผู้เสนอโครงการ"),
        S("(นางวิมลรัตน์ ศรีประเสริฐ)"),
    ]
    return blocks


def doc_budget():
    items = [
        ("เครื่องคอมพิวเตอร์สำหรับงานประมวลผล แบบที่ ๒", 5, "ชุด", 23900),
        ("เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานสำนักงาน", 4, "เครื่อง", 22000),
        ("จอแสดงภาพ ขนาดไม่น้อยกว่า ๒๗ นิ้ว", 5, "จอ", 4790),
        ("เครื่องพิมพ์เลเซอร์ ขาวดำ ชนิด Network", 3, "เครื่อง", 8900),
        ("เครื่องสำรองไฟฟ้า ขนาด ๘๐๐ VA", 6, "เครื่อง", 2890),
        ("อุปกรณ์กระจายสัญญาณ ขนาด ๒๔ ช่อง", 1, "ตัว", 12450),
        ("สแกนเนอร์สำหรับงานเก็บเอกสาร", 1, "เครื่อง", 7650),
    ]
    rows = [["ที่", "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"]]
    total = 0
    for k, (name, q, u, p) in enumerate(items, 1):
        total += q * p
        rows.append([th(k), name, th(q), u, money(p, True), money(q * p, True)])
    last = 300000 - total
    assert last > 0
    rows.append([th(len(items) + 1), "ค่าติดตั้งและเดินสายสัญญาณ", th(1), "งาน", money(last, True), money(last, True)])
    rows.append([("รวมทั้งสิ้น", 5), money(300000, True)])
    q = [("ไตรมาส ๑ (ต.ค.–ธ.ค. ๒๕๖๘)", 0), ("ไตรมาส ๒ (ม.ค.–มี.ค. ๒๕๖๙)", 186450),
         ("ไตรมาส ๓ (เม.ย.–มิ.ย. ๒๕๖๙)", 98300), ("ไตรมาส ๔ (ก.ค.–ก.ย. ๒๕๖๙)", 15250)]
    assert sum(v for _, v in q) == 300000
    qrows = [["ช่วงเวลา", "แผนการเบิกจ่าย (บาท)", "ร้อยละ"]]
    for name, v in q:
        qrows.append([name, money(v, True), fx(v / 3000)])
    blocks = [
        H("รายละเอียดประมาณการค่าใช้จ่าย"),
        C("โครงการจัดหาครุภัณฑ์คอมพิวเตอร์เพื่อการบริหารจัดการ ปีงบประมาณ พ.ศ. ๒๕๖๙"),
        C("หน่วยงาน ศูนย์เทคโนโลยีสารสนเทศ สำนักงานจังหวัดนครราชสีมา"),
        T(rows, [1.0, 6.6, 1.4, 1.6, 2.6, 2.9], "clrcrr", bold=(len(rows) - 1,)),
        PB("แผนการใช้จ่ายงบประมาณรายไตรมาส"),
        T(qrows, [7.0, 4.2, 2.4], "lrr"),
        PB("หมายเหตุ"),
        L1("๑. ราคาต่อหน่วยอ้างอิงเกณฑ์ราคากลางและคุณลักษณะพื้นฐานครุภัณฑ์คอมพิวเตอร์ ฉบับเดือนมีนาคม ๒๕๖๘"),
        L1("๒. ราคาดังกล่าวรวมภาษีมูลค่าเพิ่มร้อยละ ๗ แล้ว และขอถัวจ่ายทุกรายการ"),
        L1("๓. รับประกันไม่น้อยกว่า ๓ ปี และส่งมอบภายใน ๖๐ วัน นับถัดจากวันลงนามในสัญญา"),
        SP(),
        S("ลงชื่อ ....................................... ผู้จัดทำ"),
        S("(นายธนวัฒน์ เกียรติสมบูรณ์)"),
        S("นักวิชาการคอมพิวเตอร์ปฏิบัติการ"),
    ]
    return blocks


def doc_evaluation():
    # indicator, weight(%), target, result, score(1-5)
    ind = [
        ("๑.๑ ร้อยละการเบิกจ่าย", 20, "๙๖.๐๐", "๙๒.๓๐", 4.23),
        ("๑.๒ จำนวนผู้ผ่านการอบรม", 15, "๓๖๐ คน", "๓๘๔ คน", 4.87),
        ("๑.๓ ความพึงพอใจผู้รับบริการ", 15, "๔.๒๐", "๔.๕๑", 4.62),
        ("๑.๔ ระดับความสำเร็จฐานข้อมูล", 20, "ระดับ ๕", "ระดับ ๔", 4.00),
        ("๒.๑ สมรรถนะหลัก", 18, "๘๕", "๘๙", 4.75),
        ("๒.๒ สมรรถนะประจำสายงาน", 12, "๘๕", "๗๙", 3.96),
    ]
    assert sum(w for _, w, *_ in ind) == 100
    rows = [["ตัวชี้วัด", "น้ำหนัก", "เป้าหมาย", "ผลงาน", "คะแนน", "ถ่วงน้ำหนัก"]]
    tot = 0.0
    for name, w, tg, res, sc in ind:
        wsc = float(dround(w * sc / 100, 4))
        tot += wsc
        rows.append([name, th(w), tg, res, fx(sc), fx(wsc, 4)])
    rows.append([("รวม", 4), fx(tot), fx(tot, 4)])
    pct = tot / 5 * 100
    blocks = [
        H("สรุปผลการประเมินการปฏิบัติราชการ"),
        C("รอบการประเมินที่ ๒ (๑ เมษายน – ๓๐ กันยายน ๒๕๖๗)"),
        P("**ชื่อผู้รับการประเมิน**  นายกิตติพงษ์ ศรีสวัสดิ์  **ตำแหน่ง**  นักวิเคราะห์นโยบายและแผนชำนาญการ"),
        P("**สังกัด**  กลุ่มยุทธศาสตร์และแผนงาน สำนักงานสาธารณสุขจังหวัดเชียงราย  **เลขที่ตำแหน่ง**  ๔๗๖๘"),
        PB("ส่วนที่ ๑ ผลสัมฤทธิ์ของงาน (ร้อยละ ๗๐) และส่วนที่ ๒ พฤติกรรมการปฏิบัติราชการ (ร้อยละ ๓๐)"),
        T(rows, [5.7, 1.5, 2.3, 2.7, 1.6, 2.0], "lcccrr", bold=(len(rows) - 1,)),
        PB("ส่วนที่ ๓ สรุปผล"),
        L1(f"๑. คะแนนถ่วงน้ำหนักรวม {fx(tot)} จากคะแนนเต็ม ๕.๐๐ คิดเป็นร้อยละ {fx(pct)} "
           "(ผลการเบิกจ่ายงบประมาณร้อยละ ๙๒.๓๐ สมรรถนะหลัก ๘๙ คะแนน สมรรถนะประจำสายงาน ๗๙ คะแนน)"),
        L1(f"๒. คะแนนผลการประเมินเทียบเป็น {fx(pct, 0)} คะแนน จากคะแนนเต็ม ๑๐๐ คะแนน"),
        L1("๓. ระดับผลการประเมิน ดีเด่น (๙๐–๑๐๐ คะแนน) ดีมาก (๘๐–๘๙ คะแนน) ดี (๗๐–๗๙ คะแนน) "
           "พอใช้ (๖๐–๖๙ คะแนน) ต้องปรับปรุง (ต่ำกว่า ๖๐ คะแนน)"),
        L1(f"๔. ผลการประเมินอยู่ในระดับ **{'ดีเด่น' if pct >= 90 else 'ดีมาก'}** "
           "ลำดับที่ ๓ จากผู้รับการประเมินทั้งหมด ๔๘ ราย"),
        SP(),
        S("ลงชื่อ ....................................... ผู้ประเมิน"),
        S("(นางสาวจิราพร มณีวงศ์)"),
        S("วันที่ ๑๘ ตุลาคม ๒๕๖๗"),
    ]
    return blocks


def doc_announcement():
    fees = [("(๑) บ้านพักอาศัย ที่มีปริมาณมูลฝอยไม่เกิน ๒๐ ลิตรต่อวัน", "๔๐"),
            ("(๒) ร้านค้า ร้านอาหาร ที่มีปริมาณมูลฝอยเกิน ๒๐ ลิตร แต่ไม่เกิน ๕๐๐ ลิตรต่อวัน", "๑๕๐"),
            ("(๓) ตลาดสด ห้างสรรพสินค้า หรือสถานประกอบการ ต่อ ๑ ลูกบาศก์เมตร", "๖๗๕"),
            ("(๔) โรงงานอุตสาหกรรม ต่อ ๑ ลูกบาศก์เมตร", "๒,๔๙๐")]
    rows = [["ประเภทผู้ใช้บริการ", "อัตรา (บาทต่อเดือน)"]] + [[a, b] for a, b in fees]
    blocks = [
        H("ประกาศองค์การบริหารส่วนตำบลหนองบัวทอง"),
        CB("เรื่อง หลักเกณฑ์และอัตราค่าธรรมเนียมการเก็บและขนมูลฝอย พ.ศ. ๒๕๖๘"),
        C("......................................................"),
        I("อาศัยอำนาจตามความในมาตรา ๖๓ และมาตรา ๗๑ แห่งพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล "
          "พ.ศ. ๒๕๓๗ ประกอบกับมาตรา ๒๐ แห่งพระราชบัญญัติการสาธารณสุข พ.ศ. ๒๕๓๕ และข้อ ๑๗ "
          "ของข้อบัญญัติตำบลหนองบัวทอง เรื่อง การจัดการมูลฝอย พ.ศ. ๒๕๖๖ จึงออกประกาศไว้ ดังต่อไปนี้"),
        I("ข้อ ๑ ประกาศนี้ให้ใช้บังคับตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๘ เป็นต้นไป"),
        I("ข้อ ๒ ให้ผู้ใช้บริการชำระค่าธรรมเนียมตามอัตราท้ายประกาศนี้ ดังนี้"),
        T(rows, [12.0, 4.0], "lr"),
        I("ข้อ ๓ ให้ชำระค่าธรรมเนียมภายในวันที่ ๑๕ ของทุกเดือน ณ กองคลัง หรือชำระล่วงหน้าคราวละ ๖ เดือน "
          "หรือ ๑๒ เดือน ผู้ค้างชำระเกิน ๙๐ วัน ต้องเสียเงินเพิ่มร้อยละ ๒.๕ ต่อเดือนของค่าธรรมเนียมที่ค้าง"),
        I("ข้อ ๔ ผู้ใช้บริการที่มีรายได้น้อยตามทะเบียนสวัสดิการแห่งรัฐ ให้ลดค่าธรรมเนียมลงร้อยละ ๕๐ "
          "ทั้งนี้ ตามมาตรา ๕๙ วรรคสอง"),
        I("ข้อ ๕ การเก็บและขนสิ่งปฏิกูล ให้เรียกเก็บค่าธรรมเนียมตามปริมาณ ดังนี้"),
        T([["ปริมาณสิ่งปฏิกูล", "อัตรา (บาท)"],
           ["(๑) ไม่เกิน ๑ ลูกบาศก์เมตร", "๒๕๐"],
           ["(๒) เศษของลูกบาศก์เมตร ถ้าไม่ถึงครึ่งไม่คิด ถ้าเกินครึ่งคิดเป็น ๑ ลูกบาศก์เมตร", "๑๙๙"],
           ["(๓) เกิน ๑ ลูกบาศก์เมตร ลูกบาศก์เมตรต่อไป ลูกบาศก์เมตรละ", "๙๗"]], [12.0, 4.0], "lr"),
        I("ข้อ ๖ ผู้ใดมีข้อสงสัยเกี่ยวกับการชำระค่าธรรมเนียม สอบถามได้ที่กองสาธารณสุขและสิ่งแวดล้อม "
          f"โทร. {ph('0 4379 8746')} ต่อ ๑๙ ในวันและเวลาราชการ"),
        I("ข้อ ๗ ให้นายกองค์การบริหารส่วนตำบลหนองบัวทองรักษาการตามประกาศนี้"),
        SP(),
        C("ประกาศ ณ วันที่ ๒๘ สิงหาคม พ.ศ. ๒๕๖๘"),
        SP(), SP(),
        S("ลงชื่อ ......................................."),
        S("(นายประเสริฐ ทองคำภู)"),
        S("นายกองค์การบริหารส่วนตำบลหนองบัวทอง"),
    ]
    return blocks


def doc_survey():
    n_m, n_f = 219, 259
    n = n_m + n_f
    secs = [
        ("๑. ด้านกระบวนการและขั้นตอนการให้บริการ", [
            ("ขั้นตอนการให้บริการไม่ยุ่งยากซับซ้อน", 4.38, 0.61),
            ("ระยะเวลารอรับบริการมีความเหมาะสม", 3.87, 0.79),
            ("มีการให้บริการตามลำดับก่อนหลัง", 4.46, 0.58),
        ]),
        ("๒. ด้านเจ้าหน้าที่ผู้ให้บริการ", [
            ("เจ้าหน้าที่พูดจาสุภาพ อัธยาศัยดี", 4.62, 0.54),
            ("เจ้าหน้าที่ให้คำแนะนำได้ชัดเจน", 4.57, 0.56),
            ("เจ้าหน้าที่มีความซื่อสัตย์ ไม่เรียกรับสิ่งตอบแทน", 4.49, 0.64),
        ]),
        ("๓. ด้านสิ่งอำนวยความสะดวก", [
            ("ที่จอดรถเพียงพอ", 3.94, 0.87),
            ("ที่นั่งรอรับบริการและน้ำดื่มเพียงพอ", 4.08, 0.76),
            ("ป้ายบอกจุดบริการชัดเจน", 4.26, 0.69),
        ]),
        ("๔. ด้านคุณภาพการให้บริการ", [
            ("ได้รับบริการตรงตามความต้องการ", 4.41, 0.63),
            ("ความถูกต้องของเอกสารที่ได้รับ", 4.59, 0.55),
        ]),
    ]

    def level(x):
        x = float(dround(x))
        return ("มากที่สุด" if x >= 4.51 else "มาก" if x >= 3.51 else "ปานกลาง" if x >= 2.51
                else "น้อย" if x >= 1.51 else "น้อยที่สุด")

    rows = [["ประเด็นความพึงพอใจ", "ค่าเฉลี่ย", "S.D.", "ระดับ"]]
    allm = []
    bold = []
    for sname, its in secs:
        sm = sum(m for _, m, _ in its) / len(its)
        allm += [m for _, m, _ in its]
        bold.append(len(rows))
        rows.append([sname, fx(sm), "", level(sm)])
        num = sname.split(".")[0]
        for k, (nm, m, sd) in enumerate(its, 1):
            rows.append([f"{num}.{th(k)} {nm}", fx(m), fx(sd), level(m)])
    om = sum(allm) / len(allm)
    ages = [("ต่ำกว่า ๒๐ ปี", 39), ("๒๐–๒๙ ปี", 97), ("๓๐–๓๙ ปี", 118), ("๔๐–๔๙ ปี", 109),
            ("๕๐–๕๙ ปี", 76), ("๖๐ ปีขึ้นไป", 39)]
    assert sum(v for _, v in ages) == n
    agerows = [["ช่วงอายุ", "จำนวน (คน)", "ร้อยละ"]]
    for a, v in ages:
        agerows.append([a, th(v), fx(v / n * 100)])
    agerows.append(["รวม", th(n), "๑๐๐.๐๐"])
    rows.append(["ภาพรวม", fx(om), "๐.๖๗", level(om)])
    bold.append(len(rows) - 1)
    blocks = [
        H("ผลการสำรวจความพึงพอใจของผู้รับบริการ"),
        C("งานทะเบียนราษฎรและบัตรประจำตัวประชาชน เทศบาลเมืองบ้านโป่ง ปีงบประมาณ พ.ศ. ๒๕๖๘"),
        I(f"ผู้ตอบแบบสอบถามทั้งหมด {th(n)} คน เป็นชาย {th(n_m)} คน คิดเป็นร้อยละ {fx(n_m / n * 100)} "
          f"และหญิง {th(n_f)} คน คิดเป็นร้อยละ {fx(n_f / n * 100)} เก็บข้อมูลระหว่างวันที่ ๑ ตุลาคม ๒๕๖๗ "
          "ถึงวันที่ ๓๑ มีนาคม ๒๕๖๘ โดยใช้แบบสอบถามมาตราส่วนประมาณค่า ๕ ระดับ"),
        T(agerows, [6.0, 3.0, 3.0], "lrr", bold=(len(agerows) - 1,)),
        T(rows, [9.2, 2.0, 1.8, 2.6], "lrrc", bold=bold),
        P("เกณฑ์การแปลผล ๔.๕๑–๕.๐๐ มากที่สุด ๓.๕๑–๔.๕๐ มาก ๒.๕๑–๓.๕๐ ปานกลาง "
          "๑.๕๑–๒.๕๐ น้อย ๑.๐๐–๑.๕๐ น้อยที่สุด"),
        I(f"สรุป ผู้รับบริการมีความพึงพอใจในภาพรวมเฉลี่ย {fx(om)} คิดเป็นร้อยละ {fx(om / 5 * 100)} "
          "สูงกว่าปีงบประมาณ พ.ศ. ๒๕๖๗ ซึ่งมีค่าเฉลี่ย ๔.๐๙ ประเด็นที่ได้คะแนนต่ำสุดคือระยะเวลารอรับบริการ "
          "ควรเพิ่มช่องบริการในช่วงเวลา ๐๙.๐๐–๑๑.๓๐ น."),
    ]
    return blocks


def doc_fyplan():
    acts = [
        ("ปรับปรุงระบบประปาหมู่บ้าน หมู่ที่ ๓ และหมู่ที่ ๗", 480000, 0, 250000, "๒–๓"),
        ("ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านโนนงาม–บ้านหนองเหล็ก", 1960000, 2485000, 0, "๓–๔"),
        ("จัดซื้อวัสดุเกษตรเพื่อส่งเสริมอาชีพ", 96500, 98700, 104900, "๑"),
        ("อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน", 64800, 68400, 69600, "๒"),
        ("ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ ๔๙ จุด", 0, 857500, 0, "๓"),
        ("ส่งเสริมสุขภาพผู้สูงอายุ ๖ ตำบล", 126000, 126000, 138600, "๑–๔"),
    ]
    rows = [["ที่", "โครงการ/กิจกรรม", "พ.ศ. ๒๕๖๗", "พ.ศ. ๒๕๖๘", "พ.ศ. ๒๕๖๙", "ไตรมาส"]]
    tot = [0, 0, 0]
    for k, (nm, a, b, c, q) in enumerate(acts, 1):
        for i, v in enumerate((a, b, c)):
            tot[i] += v
        rows.append([th(k), nm] + [money(v) if v else "–" for v in (a, b, c)] + [q])
    rows.append([("รวม", 2)] + [money(v) for v in tot] + [""])
    gt = sum(tot)
    qt = [("ไตรมาส ๑", "ตุลาคม–ธันวาคม", 23), ("ไตรมาส ๒", "มกราคม–มีนาคม", 51),
          ("ไตรมาส ๓", "เมษายน–มิถุนายน", 78), ("ไตรมาส ๔", "กรกฎาคม–กันยายน", 100)]
    qrows = [["ไตรมาส", "ช่วงเดือน", "เป้าหมายเบิกจ่ายสะสม (ร้อยละ)"]]
    for a, b, c in qt:
        qrows.append([a, b, th(c)])
    blocks = [
        H("แผนปฏิบัติการระยะ ๓ ปี"),
        C("ปีงบประมาณ พ.ศ. ๒๕๖๗–๒๕๖๙ องค์การบริหารส่วนตำบลโนนงาม"),
        P("**ยุทธศาสตร์ที่ ๔** การพัฒนาโครงสร้างพื้นฐานและคุณภาพชีวิต  **แผนงาน** ๔.๒ เคหะและชุมชน"),
        T(rows, [0.8, 5.2, 2.8, 2.8, 2.8, 1.6], "clrrrc", bold=(len(rows) - 1,)),
        I(f"รวมงบประมาณทั้ง ๓ ปี จำนวน {money(gt)} บาท เฉลี่ยปีละ {money(gt / 3, True)} บาท "
          f"ปีงบประมาณ พ.ศ. ๒๕๖๘ ใช้งบประมาณสูงสุด คิดเป็นร้อยละ {fx(tot[1] / gt * 100)} ของทั้งหมด"),
        PB("เป้าหมายการเบิกจ่ายรายไตรมาส ไตรมาส ๑–๔"),
        T(qrows, [3.0, 5.0, 6.0], "ccc"),
        PB("ตัวชี้วัดความสำเร็จ"),
        L1("๑. ดำเนินโครงการแล้วเสร็จตามแผนไม่น้อยกว่าร้อยละ ๘๕"),
        L1("๒. ครัวเรือนที่มีน้ำประปาใช้เพิ่มขึ้นอย่างน้อย ๓๔๗ ครัวเรือน"),
        L1("๓. ถนนคอนกรีตยาว ๑,๘๙๖ เมตร กว้าง ๕ เมตร หนา ๐.๑๕ เมตร"),
        L1("๔. รายงานผลต่อสภาองค์การบริหารส่วนตำบล ภายในวันที่ ๓๐ ธันวาคม ของทุกปี"),
    ]
    return blocks


def doc_phones():
    rows = [["ที่", "หน่วยงาน", "ห้อง", "โทรศัพท์", "ภายใน"]]
    data = [
        ("สำนักงานจังหวัด (ฝ่ายบริหารทั่วไป)", "๒๐๑", ph("0 5311 2467"), "๔๗๒๑"),
        ("กลุ่มงานยุทธศาสตร์และข้อมูล", "๒๐๔", ph("0 5311 2468"), "๔๗๓๕"),
        ("ที่ทำการปกครองจังหวัด", "๑๐๖", ph("0 5311 2579"), "๔๖๐๘"),
        ("สำนักงานคลังจังหวัด", "๓๐๙", ph("0 5311 4096"), "๔๘๙๓"),
        ("สำนักงานพัฒนาชุมชนจังหวัด", "๔๐๗", ph("0 5311 2984"), "๔๙๖๗"),
        ("สำนักงานป้องกันและบรรเทาสาธารณภัย", "๑๐๒", ph("0 5311 6789"), "๔๖๖๙"),
        ("สำนักงานแรงงานจังหวัด", "๕๐๘", ph("0 5311 7846"), "๔๘๗๔"),
        ("ศูนย์ดำรงธรรมจังหวัด", "๑๐๔", ph("0 5311 8899"), "๔๖๔๔"),
        ("สำนักงานสถิติจังหวัด", "๔๐๙", ph("0 5311 7974"), "๔๗๙๗"),
        ("สำนักงานประชาสัมพันธ์จังหวัด", "๖๐๗", ph("0 5311 9476"), "๔๙๗๖"),
        ("สำนักงานท้องถิ่นจังหวัด", "๖๐๙", ph("0 5311 7799"), "๔๙๙๗"),
        ("ศูนย์ข้อมูลข่าวสารจังหวัด", "105", ph("0 5311 2695", False), "4657"),
        ("ศูนย์เทคโนโลยีสารสนเทศ", "509", ph("0 5311 2698", False), "4876"),
    ]
    for k, (a, b, c, d) in enumerate(data, 1):
        rows.append([th(k), a, b, c, d])
    mob = [("ผู้ว่าราชการจังหวัด (เลขานุการ)", ph("089 456 7890")),
           ("รองผู้ว่าราชการจังหวัด (เลขานุการ)", ph("086 749 3528")),
           ("ปลัดจังหวัด", ph("081 964 8472")),
           ("เวรรักษาการณ์ศาลากลาง", ph("098 765 4409"))]
    blocks = [
        H("หมายเลขโทรศัพท์ติดต่อส่วนราชการ"),
        C("ศาลากลางจังหวัดเชียงใหม่ (หลังใหม่) ปรับปรุงข้อมูล ณ วันที่ ๑ กรกฎาคม ๒๕๖๘"),
        T(rows, [0.9, 7.4, 1.4, 3.8, 1.6], "clccc"),
        PB("โทรศัพท์เคลื่อนที่ (ใช้ในราชการ)"),
        *[L1(f"{th(k)}. {a}  {b}") for k, (a, b) in enumerate(mob, 1)],
        PB("โทรสาร"),
        L1(f"สำนักงานจังหวัด {ph('0 5311 2470')}  ที่ทำการปกครองจังหวัด {ph('0 5311 2581')}"),
        L1(f"ศูนย์ดำรงธรรม {ph('0 5311 8890')}  ศูนย์ข้อมูลข่าวสาร {ph('0 5311 2699', False)}"),
        P("**สายด่วน** ศูนย์ดำรงธรรม 1567 (ตลอด 24 ชั่วโมง)  ร้องเรียนการทุจริต ๑๒๐๖"),
        P("หมายเหตุ หมายเลขภายในกด ๙ ก่อนโทรออกนอกอาคาร และกด ๐ เพื่อติดต่อพนักงานรับโทรศัพท์ "
          "ในวันและเวลาราชการ ๐๘.๓๐–๑๖.๓๐ น."),
    ]
    return blocks


def doc_training():
    d1 = [
        ("๐๘.๓๐–๐๙.๐๐ น.", "ลงทะเบียน รับเอกสาร", "ฝ่ายเลขานุการ"),
        ("๐๙.๐๐–๐๙.๓๐ น.", "พิธีเปิด และบรรยายพิเศษ", "ผู้อำนวยการ"),
        ("๐๙.๓๐–๑๐.๔๕ น.", "ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ พ.ศ. ๒๕๒๖ และฉบับที่ ๔ พ.ศ. ๒๕๖๔", "นายสุรเชษฐ์ ดวงแก้ว"),
        ("๑๐.๔๕–๑๑.๐๐ น.", "พักรับประทานอาหารว่าง", ""),
        ("๑๑.๐๐–๑๒.๐๐ น.", "ชนิดของหนังสือราชการ ๖ ชนิด", "นายสุรเชษฐ์ ดวงแก้ว"),
        ("๑๒.๐๐–๑๓.๐๐ น.", "พักรับประทานอาหารกลางวัน", ""),
        ("๑๓.๐๐–๑๔.๓๐ น.", "ฝึกปฏิบัติการเขียนบันทึกข้อความ (กลุ่มละ ๗ คน)", "ทีมวิทยากร"),
        ("๑๔.๓๐–๑๔.๔๕ น.", "พักรับประทานอาหารว่าง", ""),
        ("๑๔.๔๕–๑๖.๓๐ น.", "นำเสนอผลงานกลุ่มที่ ๑–๔", "ทีมวิทยากร"),
    ]
    d2 = [
        ("๐๘.๔๕–๑๐.๓๐ น.", "การใช้ภาษาในหนังสือราชการ", "ดร.อรวรรณ พิมพ์ทอง"),
        ("๑๐.๔๕–๑๒.๐๐ น.", "ระบบสารบรรณอิเล็กทรอนิกส์", "นางสาวปิยะนุช แก้วมณี"),
        ("๑๓.๐๐–๑๕.๓๐ น.", "ฝึกปฏิบัติ กลุ่มที่ ๕–๘ และทดสอบหลังอบรม ๓๐ ข้อ", "ทีมวิทยากร"),
        ("๑๕.๓๐–๑๖.๐๐ น.", "พิธีปิด มอบวุฒิบัตร", "รองผู้อำนวยการ"),
    ]
    rows = [["เวลา", "หัวข้อ/กิจกรรม", "วิทยากร"]]
    rows.append([("วันอังคารที่ ๑๗ มิถุนายน ๒๕๖๘", 3)])
    rows += [list(r) for r in d1]
    rows.append([("วันพุธที่ ๑๘ มิถุนายน ๒๕๖๘", 3)])
    rows += [list(r) for r in d2]
    bold = (1, 2 + len(d1))
    blocks = [
        H("กำหนดการฝึกอบรม"),
        CB("หลักสูตร การเขียนหนังสือราชการอย่างมืออาชีพ รุ่นที่ ๓"),
        C("วันที่ ๑๗–๑๘ มิถุนายน ๒๕๖๘ ณ ห้องประชุม ๔๐๙ ชั้น ๔ อาคาร ๖"),
        T(rows, [4.9, 7.6, 3.7], "llc", bold=bold),
        PB("หมายเหตุ"),
        L1("๑. ผู้เข้ารับการอบรม ๕๖ คน ต้องมีเวลาอบรมไม่น้อยกว่าร้อยละ ๘๐ จึงจะได้รับวุฒิบัตร"),
        L1("๒. กำหนดการอาจเปลี่ยนแปลงได้ตามความเหมาะสม"),
        L1(f"๓. ผู้ประสานงาน นางสาวมยุรี ทองดี โทร. {ph('086 749 3528')}"),
    ]
    return blocks


def doc_minutes():
    budget = 14250000
    spent = Decimal("6487920.50")
    pct = spent / budget * 100
    blocks = [
        H("รายงานการประชุมคณะกรรมการบริหารงานบุคคล", ),
        C("ครั้งที่ ๔/๒๕๖๘"),
        C("วันพฤหัสบดีที่ ๒๔ เมษายน ๒๕๖๘ เวลา ๑๓.๓๐ น. ณ ห้องประชุมราชพฤกษ์ ชั้น ๓"),
        PB("ผู้มาประชุม"),
        L1("๑. นายสมเกียรติ อินทร์แก้ว ประธานกรรมการ"),
        L1("๒. นางจันทร์เพ็ญ ศรีสุข กรรมการ"),
        L1("๓. นายวีระพงษ์ บุญมา กรรมการ"),
        L1("๔. นางสาวกมลวรรณ ชัยมงคล กรรมการและเลขานุการ"),
        P("**ผู้ไม่มาประชุม** นายอนุชา แสงทอง (ติดราชการ)  **เริ่มประชุม** เวลา ๑๓.๓๕ น."),
        PB("ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"),
        I("ประธานแจ้งว่า สำนักงาน ก.พ. ได้ปรับอัตราเงินเดือนข้าราชการ ตามหนังสือที่ นร ๑๐๐๘/ว ๑๔ "
          "ลงวันที่ ๙ เมษายน ๒๕๖๘ มีผลตั้งแต่วันที่ ๑ พฤษภาคม ๒๕๖๘"),
        PB("ระเบียบวาระที่ ๒ รับรองรายงานการประชุมครั้งที่ ๓/๒๕๖๘"),
        I("ที่ประชุมรับรองรายงานการประชุมเมื่อวันที่ ๒๗ มีนาคม ๒๕๖๘ โดยแก้ไขหน้า ๔ บรรทัดที่ ๑๘"),
        PB("ระเบียบวาระที่ ๓ เรื่องเพื่อพิจารณา"),
        I("๓.๑ การเลื่อนเงินเดือน รอบที่ ๑ ปีงบประมาณ พ.ศ. ๒๕๖๘ วงเงินร้อยละ ๓ ของฐานเงินเดือน "
          f"จำนวน {money(budget)} บาท ผู้มีสิทธิ ๖๗ ราย เลื่อนแล้ว {money(spent, True)} บาท "
          f"คิดเป็นร้อยละ {fx(pct)} ของวงเงิน"),
        I("๓.๒ การคัดเลือกบุคคลเพื่อเลื่อนระดับ จำนวน ๙ อัตรา มีผู้สมัคร ๒๓ ราย"),
        I("**มติ** เห็นชอบ ๖ เสียง งดออกเสียง ๑ เสียง ให้ประกาศผลภายในวันที่ ๓๐ เมษายน ๒๕๖๘"),
        PB("ระเบียบวาระที่ ๔ เรื่องอื่น ๆ"),
        I("นัดประชุมครั้งที่ ๕/๒๕๖๘ วันที่ ๒๙ พฤษภาคม ๒๕๖๘ เวลา ๐๙.๓๐ น."),
        P("**ปิดประชุม** เวลา ๑๖.๐๕ น."),
        SP(),
        S("ลงชื่อ ....................................... ผู้จดรายงานการประชุม"),
        S("(นางสาวกมลวรรณ ชัยมงคล)"),
    ]
    return blocks


def doc_stats():
    grades = [("อนุบาล ๒", 2, 27, 31), ("อนุบาล ๓", 2, 34, 29), ("ประถมศึกษาปีที่ ๑", 3, 48, 46),
              ("ประถมศึกษาปีที่ ๒", 3, 47, 49), ("ประถมศึกษาปีที่ ๓", 3, 52, 44),
              ("ประถมศึกษาปีที่ ๔", 3, 46, 48), ("ประถมศึกษาปีที่ ๕", 3, 49, 47),
              ("ประถมศึกษาปีที่ ๖", 3, 44, 53), ("มัธยมศึกษาปีที่ ๑", 2, 38, 36),
              ("มัธยมศึกษาปีที่ ๒", 2, 34, 39), ("มัธยมศึกษาปีที่ ๓", 2, 37, 38)]
    rows = [["ระดับชั้น", "ห้อง", "ชาย", "หญิง", "รวม"]]
    tr = tm = tf = 0
    for g, r, m, f in grades:
        tr += r; tm += m; tf += f
        rows.append([g, th(r), th(m), th(f), th(m + f)])
    tot = tm + tf
    rows.append(["รวมทั้งสิ้น", th(tr), money(tm), money(tf), money(tot)])
    teachers = 47
    gpa = [("ป.๑–ป.๓", 2.97, 3.49, 3.74, 98.79), ("ป.๔–ป.๖", 2.76, 3.18, 3.47, 96.94)]
    gparows = [["ช่วงชั้น", "ภาษาไทย", "คณิตศาสตร์", "เฉลี่ยรวม", "ร้อยละที่ผ่าน"]]
    for a, b, c, d, e in gpa:
        gparows.append([a, fx(b), fx(c), fx((b + c + d) / 3), fx(e)])
    blocks = [
        H("สถิติจำนวนนักเรียน ปีการศึกษา ๒๕๖๘"),
        C("โรงเรียนเทศบาล ๓ (วัดศรีมงคล) จำแนกตามระดับชั้นและเพศ"),
        T(rows, [6.0, 1.8, 2.4, 2.4, 2.6], "lcrrr", bold=(len(rows) - 1,)),
        PB("สรุปข้อมูล"),
        L1(f"๑. นักเรียนชาย {money(tm)} คน คิดเป็นร้อยละ {fx(tm / tot * 100)} "
           f"นักเรียนหญิง {money(tf)} คน คิดเป็นร้อยละ {fx(tf / tot * 100)}"),
        L1(f"๒. ครูและบุคลากรทางการศึกษา {th(teachers)} คน อัตราส่วนครูต่อนักเรียน ๑ : {fx(tot / teachers)}"),
        L1(f"๓. จำนวนห้องเรียนทั้งหมด {th(tr)} ห้อง เฉลี่ยห้องละ {fx(tot / tr)} คน"),
        L1("๔. เปรียบเทียบกับปีการศึกษา ๒๕๖๗ ซึ่งมีนักเรียน ๙๔๘ คน จำนวนนักเรียนลดลง "
           f"{th(948 - tot)} คน หรือร้อยละ {fx((948 - tot) / 948 * 100)}"),
        PB("ผลการเรียนเฉลี่ย (GPA) ภาคเรียนที่ ๒/๒๕๖๗ ระดับประถมศึกษา"),
        T(gparows, [3.4, 2.6, 3.0, 2.6, 3.0], "lrrrr"),
        SMALL("ที่มา: ระบบจัดเก็บข้อมูลนักเรียนรายบุคคล ข้อมูล ณ วันที่ 10 มิถุนายน 2568 (ยืนยันข้อมูล 25 มิ.ย. 2568)"),
    ]
    return blocks


def doc_letter():
    blocks = [
        TAB("ที่ อว ๐๖๔๘.๓/ว ๔๗๙\tคณะศึกษาศาสตร์ มหาวิทยาลัยขอนแก่น"),
        TAB("\tถนนมิตรภาพ อำเภอเมือง"),
        TAB("\tจังหวัดขอนแก่น ๔๐๐๐๒"),
        SP(),
        C("๙ กันยายน ๒๕๖๘"),
        P("**เรื่อง**  ขอความอนุเคราะห์รับนักศึกษาเข้าศึกษาดูงาน"),
        P("**เรียน**  ผู้อำนวยการโรงเรียนสาธิตบ้านไผ่พิทยาคม"),
        P("**อ้างถึง**  หนังสือโรงเรียนสาธิตบ้านไผ่พิทยาคม ที่ ศธ ๐๔๒๙๖.๑๗/๘๖๕ ลงวันที่ ๒๒ สิงหาคม ๒๕๖๘"),
        P("**สิ่งที่ส่งมาด้วย**  ๑. รายชื่อนักศึกษาและอาจารย์ผู้ควบคุม จำนวน ๑ ชุด"),
        L1("๒. กำหนดการศึกษาดูงาน จำนวน ๑ ฉบับ"),
        I("ตามที่ท่านได้แจ้งยินดีให้คณะศึกษาศาสตร์นำนักศึกษาเข้าศึกษาดูงาน ตามหนังสือที่อ้างถึง นั้น"),
        I("ในการนี้ คณะศึกษาศาสตร์ จะนำนักศึกษาหลักสูตรการศึกษาบัณฑิต ชั้นปีที่ ๔ จำนวน ๓๖ คน "
          "และอาจารย์ผู้ควบคุม ๓ คน รวม ๓๙ คน เข้าศึกษาดูงานระหว่างวันที่ ๔–๘ พฤศจิกายน ๒๕๖๘ "
          "เวลา ๐๘.๓๐–๑๕.๓๐ น. โดยใช้รถตู้ ๓ คัน ทะเบียน ๔๖–๗๘๙๖ ๑๙–๘๘๔๗ และ ๓๗–๖๖๙๕ ขอนแก่น"),
        I("คณะฯ จึงขอความอนุเคราะห์จากท่านโปรดอนุญาตให้ใช้ห้องประชุม ๑ ห้อง ซึ่งจุได้ไม่น้อยกว่า "
          "๔๕ ที่นั่ง ทั้งนี้ คณะฯ ได้จัดสรรค่าตอบแทนวิทยากรไว้จำนวน ๑๔,๔๐๐ บาท"),
        I("อนึ่ง นักศึกษาจะแบ่งเป็น ๔ กลุ่ม กลุ่มละ ๙ คน สังเกตการสอนชั้นมัธยมศึกษาปีที่ ๑–๓ "
          "วันละ ๒ คาบ คาบละ ๕๐ นาที หากท่านขัดข้องประการใด โปรดแจ้ง ผศ.ดร.ธีรวัฒน์ พรหมมา "
          f"โทร. {ph('089 617 9947')} ภายในวันที่ ๒๗ ตุลาคม ๒๕๖๘"),
        I("จึงเรียนมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์ และขอขอบคุณมา ณ โอกาสนี้"),
        S("ขอแสดงความนับถือ"),
        SP(), SP(),
        S("......................................."),
        S("(รองศาสตราจารย์ ดร.วิไลวรรณ ภูมิพัฒน์)"),
        S("คณบดีคณะศึกษาศาสตร์"),
        SP(),
        P("งานบริการการศึกษา"),
        P(f"โทร. {ph('0 4320 9467')} ต่อ ๔๘๑๖  โทรสาร {ph('0 4320 9468')}"),
    ]
    return blocks


# ---- per-page settings ---------------------------------------------------
# colour: True -> RGB scan; stamp: None or (rgb, lines[top, centre, bottom])
DOCS = [
    dict(name="p01_memo_meeting_costs", font="Laksaman", size=16, dpi=300, blocks=doc_memo,
         colour=True, rot=-0.8, blur=0.6, noise=5, q=62, extra=["paper tint", "uneven lighting"],
         stamp=((200, 35, 45), ["สำนักงานเขตพื้นที่การศึกษา", "รับแล้ว", "กลุ่มบริหารงานการเงิน"]),
         sigml=7.5),
    dict(name="p02_project_proposal", font="Norasi", size=15, dpi=250, blocks=doc_proposal, sigml=5.0, margins=(1.2, 1.2, 2.5, 2.0),
         colour=False, rot=1.4, blur=0.9, noise=6, q=55, extra=["toner fade"]),
    dict(name="p03_budget_estimate", font="Garuda", size=12, dpi=300, blocks=doc_budget,
         colour=False, rot=-1.9, blur=0.3, noise=4, q=70, extra=["edge shadow"], tsize=12),
    dict(name="p04_evaluation_summary", font="Kinnari", size=15, dpi=200, blocks=doc_evaluation,
         colour=True, rot=0.5, blur=1.0, noise=7, q=48, extra=["paper tint", "speckles"], tsize=14),
    dict(name="p05_fee_announcement", font="Loma", size=13, dpi=240, blocks=doc_announcement,
         colour=True, rot=-0.3, blur=0.4, noise=3, q=76, extra=["paper tint"],
         stamp=((40, 60, 185), ["องค์การบริหารส่วนตำบลหนองบัวทอง", "ตราประจำ", "อำเภอเมือง"])),
    dict(name="p06_satisfaction_survey", font="Waree", size=12, dpi=300, blocks=doc_survey,
         colour=False, rot=1.1, blur=1.2, noise=8, q=44, extra=["uneven lighting"], tsize=12),
    dict(name="p07_fiscal_plan", font="Umpush", size=13, dpi=150, blocks=doc_fyplan,
         colour=False, rot=-1.2, blur=0.0, noise=4, q=72, extra=[], tsize=12),
    dict(name="p08_phone_directory", font="Sawasdee", size=13, dpi=200, blocks=doc_phones,
         colour=True, rot=2.0, blur=0.7, noise=5, q=58, extra=["paper tint", "edge shadow"]),
    dict(name="p09_training_schedule", font="Purisa", size=13, dpi=220, blocks=doc_training,
         colour=False, rot=-0.6, blur=0.8, noise=6, q=40, extra=["speckles"], tsize=12),
    dict(name="p10_meeting_minutes", font="Kinnari", size=14, dpi=260, blocks=doc_minutes,
         colour=False, rot=0.9, blur=0.5, noise=3, q=80, extra=["toner fade", "uneven lighting"]),
    dict(name="p11_student_statistics", font="Laksaman", size=15, dpi=280, blocks=doc_stats,
         colour=False, rot=-1.5, blur=1.1, noise=7, q=52, extra=["edge shadow"]),
    dict(name="p12_external_letter", font="Norasi", size=14, dpi=200, blocks=doc_letter,
         colour=True, rot=1.7, blur=0.2, noise=6, q=66, extra=["paper tint", "speckles"],
         stamp=((195, 30, 40), ["มหาวิทยาลัยขอนแก่น", "คณะศึกษาศาสตร์", "ฝ่ายวิชาการ"]),
         tabs=[8.5], sigml=7.5, l1=3.1),
]


# --------------------------------------------------------------------------
# raster effects
# --------------------------------------------------------------------------
FONT_DIR = "/usr/share/fonts/truetype/tlwg"


def _text_strip(text, font_path, height_px):
    font = ImageFont.truetype(font_path, int(height_px * 0.62), layout_engine=ImageFont.Layout.RAQM)
    bbox = font.getbbox(text, language="th")
    w = bbox[2] - bbox[0] + 4
    im = Image.new("L", (w, height_px), 0)
    d = ImageDraw.Draw(im)
    d.text((2 - bbox[0], (height_px - (bbox[3] - bbox[1])) / 2 - bbox[1]), text, fill=255, font=font,
           language="th")
    return np.asarray(im, dtype=np.float32) / 255.0


def make_stamp(radius, texts, rng):
    """Alpha mask (float 0..1) of a round rubber stamp, size 2R+pad."""
    R = radius
    size = 2 * R + 8
    c = size / 2
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32)
    x, y = xx - c, yy - c
    r = np.hypot(x, y)
    lw = max(2.0, R * 0.045)
    alpha = np.zeros((size, size), np.float32)
    alpha = np.maximum(alpha, np.clip(lw / 2 - np.abs(r - (R - lw / 2)) + 0.5, 0, 1))
    r_in = R * 0.70
    alpha = np.maximum(alpha, np.clip(lw / 3 - np.abs(r - r_in) + 0.5, 0, 1))
    fb = os.path.join(FONT_DIR, "Garuda-Bold.ttf")
    band = R - lw - r_in - 2
    strip_h = int(band)
    # top arc text
    for pos, text in (("top", texts[0]), ("bottom", texts[2])):
        st = _text_strip(text, fb, strip_h)
        H_, W_ = st.shape
        rmid = r_in + 1 + band / 2
        span = min(W_ / rmid, math.radians(250 if pos == "top" else 110))
        if pos == "top":
            a = np.arctan2(x, -y)
            v = (R - lw - 1 - r) / band * H_
        else:
            a = np.arctan2(x, y)  # 0 at the bottom, grows to the right
            v = (r - r_in - 1) / band * H_
        u = (a + span / 2) / span * W_
        inside = (np.abs(a) <= span / 2) & (v >= 0) & (v < H_)
        vals = ndimage.map_coordinates(st, [np.clip(v, 0, H_ - 1), np.clip(u, 0, W_ - 1)], order=1)
        alpha = np.maximum(alpha, np.where(inside, vals, 0))
    # centre text
    st = _text_strip(texts[1], fb, int(R * 0.42))
    h, w = st.shape
    if w > 1.25 * r_in:
        st = np.asarray(Image.fromarray((st * 255).astype(np.uint8)).resize((int(1.25 * r_in), h)),
                        np.float32) / 255
        h, w = st.shape
    y0, x0 = int(c - h / 2), int(c - w / 2)
    alpha[y0:y0 + h, x0:x0 + w] = np.maximum(alpha[y0:y0 + h, x0:x0 + w], st)
    # rubber texture: uneven ink and small gaps
    tex = ndimage.gaussian_filter(rng.normal(0, 1, alpha.shape).astype(np.float32), R * 0.08)
    tex = (tex - tex.min()) / (np.ptp(tex) + 1e-6)
    grain = rng.random(alpha.shape) > 0.12
    alpha = alpha * (0.45 + 0.55 * tex) * grain
    alpha = ndimage.gaussian_filter(alpha, 0.6)
    return np.clip(alpha * 0.92, 0, 1)


def make_scribble(w, h, rng, pen):
    """Alpha mask of a hand-written looking signature (supersampled x3)."""
    ss = 3
    W, Hh = w * ss, h * ss
    im = Image.new("L", (W, Hh), 0)
    d = ImageDraw.Draw(im)
    n = 400
    t = np.linspace(0, 1, n)
    loops = rng.integers(6, 10)
    ph0 = rng.uniform(0, 6)
    amp = Hh * (0.18 + 0.16 * np.abs(np.sin(np.pi * t * rng.uniform(1.5, 3) + ph0)))
    x = W * (0.05 + 0.75 * t) - W * 0.03 * np.sin(2 * np.pi * loops * t + ph0)
    y = Hh * 0.55 - amp * np.cos(2 * np.pi * loops * t) * (0.6 + 0.4 * np.sin(5 * t + ph0))
    y += Hh * 0.10 * np.sin(2 * np.pi * 1.3 * t)
    x += (Hh * 0.55 - y) * 0.35  # slant to the right
    width = int(pen * ss)
    d.line(list(zip(x, y)), fill=255, width=width, joint="curve")
    d.line(list(zip(x[40:200] + width * 0.4, y[40:200] + width * 0.3)), fill=255,
           width=max(1, width // 2), joint="curve")
    # flourish: long underline stroke back to the left
    t2 = np.linspace(0, 1, 120)
    x2 = W * (0.82 - 0.75 * t2)
    y2 = Hh * (0.78 + 0.08 * np.sin(np.pi * t2)) - Hh * 0.1 * t2
    d.line(list(zip(x2, y2)), fill=255, width=max(1, int(width * 0.8)), joint="curve")
    # a dot
    cx, cy = W * 0.9, Hh * 0.35
    d.ellipse([cx - width, cy - width, cx + width, cy + width], fill=255)
    im = im.resize((w, h), Image.LANCZOS)
    a = np.asarray(im, np.float32) / 255.0
    return np.clip(a * rng.uniform(0.8, 0.95), 0, 1)


def blend_multiply(page, alpha, x0, y0, rgb):
    """page float32 HxWx3; alpha placed with top-left at x0,y0."""
    h, w = alpha.shape
    H_, W_ = page.shape[:2]
    xa, ya = max(0, x0), max(0, y0)
    xb, yb = min(W_, x0 + w), min(H_, y0 + h)
    if xa >= xb or ya >= yb:
        return
    a = alpha[ya - y0:yb - y0, xa - x0:xb - x0][..., None]
    col = np.array(rgb, np.float32)[None, None, :] / 255.0
    page[ya:yb, xa:xb] *= (1 - a * (1 - col))


def degrade(img, cfg, rng):
    """img: float32 HxWx3 0..255 (already stamped).  Returns PIL image."""
    H_, W_ = img.shape[:2]
    dpi = cfg["dpi"]
    extra = cfg["extra"]
    # toner fade: ink not fully black
    if "toner fade" in extra:
        img = 255 - (255 - img) * 0.72
    else:
        img = 255 - (255 - img) * 0.93
    # paper tint
    if "paper tint" in extra:
        tint = np.array([250, 246, 234], np.float32) / 255.0
    else:
        tint = np.array([246, 246, 246], np.float32) / 255.0
    img = img * tint[None, None, :]
    if "speckles" in extra:
        k = int(W_ * H_ / 40000)
        ys = rng.integers(0, H_, k)
        xs = rng.integers(0, W_, k)
        mask = np.zeros((H_, W_), np.float32)
        mask[ys, xs] = rng.uniform(0.3, 1.0, k)
        mask = ndimage.gaussian_filter(mask, dpi / 300 * 0.9) * 3
        img *= (1 - np.clip(mask, 0, 0.85))[..., None]
    im = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")
    paper = tuple(int(v) for v in (tint * 255))
    im = im.rotate(cfg["rot"], resample=Image.BICUBIC, fillcolor=paper)
    if cfg["blur"] > 0:
        im = im.filter(ImageFilter.GaussianBlur(cfg["blur"]))
    a = np.asarray(im, np.float32)
    yy = np.linspace(0, 1, H_, dtype=np.float32)[:, None]
    xx = np.linspace(0, 1, W_, dtype=np.float32)[None, :]
    if "uneven lighting" in extra:
        g = 1 - 0.10 * (xx * 0.7 + yy * 0.3) - 0.05 * np.sin(np.pi * yy) * (1 - xx)
        a *= g[..., None]
    if "edge shadow" in extra:
        side = rng.integers(0, 2)
        e = xx if side else 1 - xx
        sh = 1 - 0.55 * np.exp(-e * W_ / (dpi * 0.25))
        a *= sh[..., None]
    if cfg["colour"]:
        n = rng.normal(0, cfg["noise"], (H_, W_, 1)).astype(np.float32)
        n = n + rng.normal(0, cfg["noise"] * 0.3, (H_, W_, 3)).astype(np.float32)
        a = np.clip(a + n, 0, 255).astype(np.uint8)
        return Image.fromarray(a, "RGB")
    g = a @ np.array([0.299, 0.587, 0.114], np.float32)
    g = g + rng.normal(0, cfg["noise"], g.shape).astype(np.float32)
    return Image.fromarray(np.clip(g, 0, 255).astype(np.uint8), "L")


def image_pdf(path, jpeg, w, h, dpi, mode):
    """Minimal one-page PDF holding one JPEG image and nothing else."""
    pw, ph_ = w * 72.0 / dpi, h * 72.0 / dpi
    cs = "/DeviceGray" if mode == "L" else "/DeviceRGB"
    content = f"q {pw:.4f} 0 0 {ph_:.4f} 0 0 cm /Im0 Do Q".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.4f} {ph_:.4f}] "
         f"/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>").encode(),
        (f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace {cs} "
         f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpeg)} >>\nstream\n").encode()
        + jpeg + b"\nendstream",
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(path, "wb") as fh:
        fh.write(out)


def word_boxes(pdf):
    """Words with boxes (pt) from the temporary text PDF, via pdftotext -bbox."""
    html = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout
    out = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                         html):
        out.append((float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)), m.group(5)))
    return out


# --------------------------------------------------------------------------
def main():
    for d in ("pdf", "truth", "src"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(BUILD)
    docs = []
    for cfg in DOCS:
        doc = dict(cfg)
        doc["blocks"] = cfg["blocks"]()
        docs.append(doc)
        with open(os.path.join(HERE, "src", doc["name"] + ".fodt"), "w", encoding="utf-8") as fh:
            fh.write(build_fodt(doc))
    prof = "file://" + os.path.join(BUILD, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", BUILD] + [os.path.join(HERE, "src", d["name"] + ".fodt") for d in docs],
                   check=True, capture_output=True)
    import pypdfium2 as pdfium
    manifest = []
    problems = []
    total_numbers = 0
    digit_count = Counter()
    for k, doc in enumerate(docs):
        name = doc["name"]
        vpdf = os.path.join(BUILD, name + ".pdf")
        pdf = pdfium.PdfDocument(vpdf)
        if len(pdf) != 1:
            problems.append(f"{name}: {len(pdf)} pages")
        pdf.close()
        lines, nums = truth_units(doc)
        # sanity: the digits LibreOffice printed are the digits of the truth
        txt = subprocess.run(["pdftotext", vpdf, "-"], capture_output=True, text=True).stdout
        dig_pdf = Counter(ch for ch in txt if ch in "0123456789๐๑๒๓๔๕๖๗๘๙")
        dig_truth = Counter(ch for n in nums for ch in n if ch in "0123456789๐๑๒๓๔๕๖๗๘๙")
        if dig_pdf != dig_truth:
            problems.append(f"{name}: digit mismatch pdf-truth {dig_pdf - dig_truth} truth-pdf {dig_truth - dig_pdf}")
        digit_count.update(dig_truth)
        with open(os.path.join(HERE, "truth", name + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        with open(os.path.join(HERE, "truth", name + ".numbers.json"), "w", encoding="utf-8") as fh:
            json.dump(nums, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        total_numbers += len(nums)
        # raster
        dpi = doc["dpi"]
        base = os.path.join(BUILD, name)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", vpdf, base], check=True)
        im = Image.open(base + ".png").convert("RGB")
        page = np.asarray(im, np.float32).copy()
        rng = np.random.default_rng(1000 + k)
        if doc.get("stamp"):
            words = word_boxes(vpdf)
            dots = [w for w in words if w[4].count(".") >= 20]
            assert dots, name
            x0, y0, x1, y1, _ = dots[-1]
            s = dpi / 72.0
            # scribble over the dotted signature line
            sw, sh = int(4.6 / 2.54 * dpi), int(1.5 / 2.54 * dpi)
            scr = make_scribble(sw, sh, rng, pen=dpi * 0.42 / 25.4)
            sx = int(((x0 + x1) / 2) * s - sw / 2 + rng.uniform(-0.3, 0.3) * dpi / 2.54)
            sy = int(y1 * s - sh * 0.85)
            blend_multiply(page, scr, sx, sy, (22, 32, 110))
            # round stamp left of the signature, clear of printed digits
            R = int(1.75 / 2.54 * dpi)
            st = make_stamp(R, doc["stamp"][1], rng)
            st = np.asarray(Image.fromarray((st * 255).astype(np.uint8)).rotate(
                rng.uniform(-18, 18), resample=Image.BICUBIC), np.float32) / 255
            cx = x0 * s - R * 0.9
            cy = (y0 + y1) / 2 * s + R * 0.15
            digit_words = [w for w in words if re.search(r"[0-9๐-๙]", w[4])]

            def clash(cx, cy):
                for wx0, wy0, wx1, wy1, _ in digit_words:
                    px = min(max(cx, wx0 * s), wx1 * s)
                    py = min(max(cy, wy0 * s), wy1 * s)
                    if math.hypot(px - cx, py - cy) < R + 4:
                        return True
                return False

            cands = [(cx + dx * R, cy + dy * R) for dy in (0, 0.3, -0.3, 0.6, -0.6, 0.9, 1.2, 1.5)
                     for dx in (0, -0.3, 0.3, -0.6, 0.6)]
            cands = [(a, b) for a, b in cands if R < a < page.shape[1] - R and R < b < page.shape[0] - R]
            ok = [c for c in cands if not clash(*c)]
            if ok:
                cx, cy = ok[0]
            else:
                problems.append(f"{name}: stamp overlaps digits")
            blend_multiply(page, st, int(cx - st.shape[1] / 2), int(cy - st.shape[0] / 2), doc["stamp"][0])
        out = degrade(page, doc, rng)
        buf = BytesIO()
        out.save(buf, "JPEG", quality=doc["q"], optimize=True, dpi=(dpi, dpi))
        image_pdf(os.path.join(HERE, "pdf", name + ".pdf"), buf.getvalue(), out.width, out.height, dpi,
                  out.mode)
        words = ["colour" if doc["colour"] else "grayscale", f"rotated {doc['rot']:+.1f} deg",
                 f"gaussian blur radius {doc['blur']}px" if doc["blur"] else "no blur",
                 f"gaussian noise sd {doc['noise']}", f"JPEG quality {doc['q']}"] + doc["extra"]
        if doc.get("stamp"):
            words.append("round stamp + blue pen signature")
        manifest.append(dict(file=f"pdf/{name}.pdf", font=doc["font"], size_pt=doc["size"], dpi=dpi,
                             degradation=", ".join(words), stamp=bool(doc.get("stamp")),
                             numbers=len(nums),
                             stamp_text=(" / ".join(doc["stamp"][1]) if doc.get("stamp") else None)))
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    if not os.environ.get("KEEP_BUILD"):
        shutil.rmtree(BUILD, ignore_errors=True)
    print("numbers:", total_numbers)
    print("digits:", dict(sorted(digit_count.items())))
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
