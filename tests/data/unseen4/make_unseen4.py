#!/usr/bin/env python3
"""Generator for the unseen4 blind test set (innovation-KPI evidence, 6 agencies).

Run:  /work/main/.venv/bin/python tests/data/unseen4/make_unseen4.py
Writes submissions/<slug>/... (docx and LibreOffice PDFs) and truth/<slug>.json.
Truth is derived from the same block lists that are rendered, so it matches the
content exactly (PDF line wrapping aside).
"""
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).resolve().parent
SUB = HERE / "submissions"
TRUTH = HERE / "truth"
BUILD = Path("/tmp/unseen4_build")
FONT = "TH SarabunPSK"
SECS = ["rationale", "objectives", "actions", "expected_results", "actual_results"]
DOTS = "................................................................................"

# ---------------------------------------------------------------- blocks
# ("title", text)                       centred bold line (ends a body)
# ("h", text, sec|None, style)          heading line; style bold|h1|h2|plain
# ("kv", label, sec|None, text)         "label : text" line (heading + first body line)
# ("p", text)                           body paragraph
# ("table", rows)                       table; body text = cells joined by \t, rows by \n
# ("form", [(label, sec|None, [paras])]) two-column form table, one row per label
# ("sig", [lines])                      signature block "ลงชื่อ ..." (ends a body)


def set_run_font(run, size=16, bold=None):
    run.font.name = FONT
    run.font.size = Pt(size)
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), FONT)
    szcs = rpr.makeelement(qn("w:szCs"), {qn("w:val"): str(size * 2)})
    rpr.append(szcs)
    if bold is not None:
        run.bold = bold
        if bold:
            rpr.append(rpr.makeelement(qn("w:bCs"), {}))


def style_fonts(doc):
    for name, size in (("Normal", 16), ("Heading 1", 18), ("Heading 2", 16)):
        st = doc.styles[name]
        st.font.name = FONT
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0, 0, 0)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = rpr.makeelement(qn("w:rFonts"), {})
            rpr.insert(0, rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), FONT)
        for t in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(t)) is not None:
                del rf.attrib[qn(t)]
        rpr.append(rpr.makeelement(qn("w:szCs"), {qn("w:val"): str(size * 2)}))
    sec = doc.sections[0]
    sec.left_margin = Cm(3)
    sec.right_margin = Cm(2)
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2)


def add_par(container, text, bold=False, align=None, style=None, size=16, indent=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.25)
    r = p.add_run(text)
    set_run_font(r, size=size, bold=bold if bold else None)
    return p


def render_docx(blocks, path):
    doc = Document()
    style_fonts(doc)
    # python-docx default doc starts with no paragraphs; fine
    for b in blocks:
        k = b[0]
        if k == "title":
            add_par(doc, b[1], bold=True, align="center", size=18)
        elif k == "h":
            _, text, _sec, style = b
            if style == "h1":
                add_par(doc, text, style="Heading 1", size=18)
            elif style == "h2":
                add_par(doc, text, style="Heading 2", size=16)
            elif style == "bold":
                add_par(doc, text, bold=True)
            else:
                add_par(doc, text)
        elif k == "kv":
            _, label, _sec, text = b
            p = doc.add_paragraph()
            r = p.add_run(label + " : ")
            set_run_font(r, bold=True)
            if text:
                r2 = p.add_run(text)
                set_run_font(r2)
        elif k == "p":
            add_par(doc, b[1], indent=b[1][:1] not in "-•๑๒๓๔๕๖๗๘๙0123456789(." and len(b[1]) > 60)
        elif k == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.paragraphs[0].text = ""
                    r = c.paragraphs[0].add_run(cell)
                    set_run_font(r, bold=True if i == 0 else None)
            doc.add_paragraph()
        elif k == "form":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=2)
            t.style = "Table Grid"
            t.autofit = False
            for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), (Cm(4.5), Cm(11.5))):
                gc.set(qn("w:w"), str(int(w.twips)))
            for i, (label, _sec, paras) in enumerate(rows):
                c0, c1 = t.cell(i, 0), t.cell(i, 1)
                c0.width = Cm(4.5)
                c1.width = Cm(11.5)
                r = c0.paragraphs[0].add_run(label)
                set_run_font(r, bold=True)
                for n, para in enumerate(paras):
                    p = c1.paragraphs[0] if n == 0 else c1.add_paragraph()
                    r = p.add_run(para)
                    set_run_font(r)
            doc.add_paragraph()
        elif k == "sig":
            doc.add_paragraph()
            for line in b[1]:
                add_par(doc, line, align="center")
        else:
            raise ValueError(k)
    doc.save(path)


def block_text(b):
    k = b[0]
    if k == "p":
        return [b[1]]
    if k == "table":
        return ["\t".join(r) for r in b[1]]
    raise ValueError(k)


def extract(blocks, statuses):
    """Return {sec: (heading, body, status)} from a block list."""
    out = {}
    i = 0
    n = len(blocks)
    while i < n:
        b = blocks[i]
        if b[0] == "form":
            for label, sec, paras in b[1]:
                if sec:
                    body = "\n".join(p for p in paras if p)
                    out.setdefault(sec, []).append((label, body))
            i += 1
            continue
        if b[0] in ("h", "kv") and b[2]:
            sec = b[2]
            heading = b[1]
            lines = []
            if b[0] == "kv" and b[3]:
                lines.append(b[3])
            j = i + 1
            while j < n and blocks[j][0] in ("p", "table"):
                lines.extend(block_text(blocks[j]))
                j += 1
            out.setdefault(sec, []).append((heading, "\n".join(lines)))
            i = j
            continue
        i += 1
    res = {}
    for sec, lst in out.items():
        assert len(lst) == 1, (sec, lst)
        heading, body = lst[0]
        st = statuses.get(sec, "ok")
        assert (body == "") == (st == "empty"), (sec, body, st)
        res[sec] = (heading, body, st)
    return res


RANK = {"ok": 4, "too_short": 3, "placeholder": 2, "empty": 1}


def nwords(s):
    # rough: whitespace tokens plus Thai character runs / 6
    return sum(max(1, len(t) // 6) for t in s.split())


# ---------------------------------------------------------------- content
CASES = []


def case(slug, notes, docs):
    CASES.append({"slug": slug, "notes": notes, "docs": docs})


# docs: list of dict(name, blocks, out: "docx"|"pdf"|"both", statuses)



def main():
    define(case, DOTS)
    if BUILD.exists():
        shutil.rmtree(BUILD)
    BUILD.mkdir(parents=True)
    if SUB.exists():
        shutil.rmtree(SUB)
    if TRUTH.exists():
        shutil.rmtree(TRUTH)
    SUB.mkdir(parents=True)
    TRUTH.mkdir(parents=True)
    to_convert = []
    plan = []
    for c in CASES:
        folder = SUB / c["slug"]
        folder.mkdir(parents=True)
        bdir = BUILD / c["slug"]
        bdir.mkdir()
        for d in c["docs"]:
            src = bdir / (d["name"] + ".docx")
            render_docx(d["blocks"], src)
            if d["out"] in ("docx", "both"):
                shutil.copy(src, folder / src.name)
            if d["out"] in ("pdf", "both"):
                to_convert.append(str(src))
                plan.append((src, folder))
    if to_convert:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-unseen4", "--headless",
                        "--convert-to", "pdf", "--outdir", str(BUILD / "pdf")] + to_convert,
                       check=True, stdout=subprocess.DEVNULL)
        for src, folder in plan:
            pdf = BUILD / "pdf" / (src.stem + ".pdf")
            assert pdf.exists(), pdf
            shutil.copy(pdf, folder / pdf.name)

    for c in CASES:
        slug = c["slug"]
        pre = f"submissions/{slug}/"
        files = []
        occ = {s: [] for s in SECS}
        for d in c["docs"]:
            exts = {"docx": [".docx"], "pdf": [".pdf"], "both": [".docx", ".pdf"]}[d["out"]]
            ex = extract(d["blocks"], d.get("statuses", {}))
            for e in exts:
                f = pre + d["name"] + e
                files.append(f)
                for sec, (h, body, st) in ex.items():
                    occ[sec].append({"file": f, "heading": h, "body": body, "status": st})
        sections = {}
        for sec in SECS:
            lst = occ[sec]
            if not lst:
                sections[sec] = {"status": "missing", "file": None, "heading": None,
                                 "body": None, "occurrences": []}
                continue
            best = max(lst, key=lambda o: (RANK[o["status"]], nwords(o["body"]), -lst.index(o)))
            sections[sec] = {"status": best["status"], "file": best["file"], "heading": best["heading"],
                             "body": best["body"], "occurrences": lst}
        truth = {"folder": f"submissions/{slug}", "files": sorted(files), "notes": c["notes"],
                 "sections": sections}
        (TRUTH / f"{slug}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n",
                                            encoding="utf-8")
        print(slug, {s: sections[s]["status"] for s in SECS})


def define(case, DOTS):
    # ------------------------------------------------------------ 1 กรมป่าไม้
    f4 = [
        ("p", "แบบฟอร์มที่ ๔"),
        ("title", "โครงการพัฒนานวัตกรรม"),
        ("title", "หน่วยป้องกันรักษาป่าที่ ลป.๖ (แม่ทะ) สำนักจัดการทรัพยากรป่าไม้ที่ ๓ (ลำปาง) กรมป่าไม้"),
        ("h", "๑. ชื่อโครงการ", None, "bold"),
        ("p", "ระบบแจ้งเหตุไฟป่าผ่านแอปพลิเคชันไลน์ด้วยพิกัดจุดความร้อน (Hotspot LINE Alert)"),
        ("h", "๒. หลักการและเหตุผล", "rationale", "bold"),
        ("p", "พื้นที่รับผิดชอบของหน่วยป้องกันรักษาป่าที่ ลป.๖ (แม่ทะ) ครอบคลุมป่าสงวนแห่งชาติป่าแม่ทะ และป่าแม่ทะฝั่งซ้าย เนื้อที่ประมาณ ๑๘๒,๐๐๐ ไร่ ในช่วงฤดูแล้งระหว่างเดือนมกราคมถึงเดือนเมษายนของทุกปีเกิดไฟป่าซ้ำซากเป็นประจำ ส่งผลให้เกิดปัญหาหมอกควันและฝุ่นละอองขนาดไม่เกิน ๒.๕ ไมครอน (PM ๒.๕) เกินค่ามาตรฐานในพื้นที่จังหวัดลำปาง"),
        ("p", "ที่ผ่านมาการรับแจ้งจุดความร้อน (Hotspot) จากดาวเทียมต้องรอการส่งต่อข้อมูลเป็นทอด ๆ ทางโทรศัพท์และหนังสือราชการ ทำให้ชุดเคลื่อนที่เร็วเข้าถึงพื้นที่เกิดเหตุล่าช้าเฉลี่ยกว่า ๓ ชั่วโมง ไฟป่าจึงลุกลามเป็นวงกว้าง หน่วยฯ จึงเห็นความจำเป็นในการพัฒนาระบบแจ้งเตือนจุดความร้อนอัตโนมัติผ่านแอปพลิเคชันไลน์ ซึ่งเจ้าหน้าที่และเครือข่ายอาสาสมัครพิทักษ์ป่า (รสทป.) ใช้งานอยู่แล้วในชีวิตประจำวัน เพื่อให้การสั่งการและการเข้าดับไฟเป็นไปอย่างรวดเร็ว"),
        ("h", "๓. วัตถุประสงค์", "objectives", "bold"),
        ("p", "๓.๑ เพื่อลดระยะเวลาการรับแจ้งเหตุและการเข้าถึงจุดเกิดไฟป่าของชุดปฏิบัติการ"),
        ("p", "๓.๒ เพื่อให้เครือข่ายอาสาสมัครพิทักษ์ป่าในหมู่บ้านรอบพื้นที่ป่ามีส่วนร่วมในการเฝ้าระวังไฟป่า"),
        ("p", "๓.๓ เพื่อจัดทำฐานข้อมูลพิกัดจุดความร้อนและพื้นที่เผาไหม้สำหรับวางแผนป้องกันในปีถัดไป"),
        ("h", "๔. กลุ่มเป้าหมาย", None, "bold"),
        ("p", "เจ้าหน้าที่หน่วยป้องกันรักษาป่าที่ ลป.๖ (แม่ทะ) จำนวน ๒๕ คน และอาสาสมัครพิทักษ์ป่า (รสทป.) ใน ๑๒ หมู่บ้าน จำนวน ๑๔๐ คน"),
        ("h", "๕. ระยะเวลาดำเนินการ", None, "bold"),
        ("p", "ตุลาคม ๒๕๖๖ – พฤษภาคม ๒๕๖๗"),
        ("h", "๖. วิธีการดำเนินการ", "actions", "bold"),
        ("table", [["ขั้นตอนการดำเนินงาน", "ระยะเวลา"],
                   ["๑) ประชุมชี้แจงและแต่งตั้งคณะทำงานพัฒนานวัตกรรม", "ตุลาคม ๒๕๖๖"],
                   ["๒) พัฒนาระบบดึงข้อมูลจุดความร้อนจากระบบ GISTDA และส่งแจ้งเตือนเข้ากลุ่มไลน์", "พฤศจิกายน – ธันวาคม ๒๕๖๖"],
                   ["๓) อบรมการใช้งานระบบให้เจ้าหน้าที่และ รสทป. ทั้ง ๑๒ หมู่บ้าน", "ธันวาคม ๒๕๖๖"],
                   ["๔) ทดลองใช้งานจริงในช่วงฤดูไฟป่าและปรับปรุงระบบ", "มกราคม – เมษายน ๒๕๖๗"],
                   ["๕) ประเมินผลและสรุปรายงานผลการดำเนินงาน", "พฤษภาคม ๒๕๖๗"]]),
        ("h", "๗. งบประมาณ", None, "bold"),
        ("p", "ไม่ใช้งบประมาณ (ใช้ระบบและอุปกรณ์ที่มีอยู่เดิม)"),
        ("h", "๘. ผลที่คาดว่าจะได้รับ", "expected_results", "bold"),
        ("p", "๘.๑ ระยะเวลาตั้งแต่ได้รับแจ้งจุดความร้อนจนชุดปฏิบัติการเข้าถึงพื้นที่ลดลงเหลือไม่เกิน ๑ ชั่วโมง"),
        ("p", "๘.๒ พื้นที่ป่าที่ถูกไฟไหม้ลดลงไม่น้อยกว่าร้อยละ ๓๐ เมื่อเทียบกับปีที่ผ่านมา"),
        ("p", "๘.๓ ชุมชนรอบพื้นที่ป่ามีส่วนร่วมในการเฝ้าระวังและแจ้งเหตุไฟป่าเพิ่มมากขึ้น"),
        ("h", "๙. ตัวชี้วัดความสำเร็จ", None, "bold"),
        ("p", "ร้อยละของจุดความร้อนที่ได้รับการตรวจสอบภายใน ๑ ชั่วโมง ไม่น้อยกว่าร้อยละ ๘๐"),
        ("h", "๑๐. ผู้รับผิดชอบโครงการ", None, "bold"),
        ("p", "นายธนากร ใจคำ หัวหน้าหน่วยป้องกันรักษาป่าที่ ลป.๖ (แม่ทะ)"),
        ("sig", ["ลงชื่อ ........................................ ผู้เสนอโครงการ",
                 "(นายธนากร ใจคำ)",
                 "หัวหน้าหน่วยป้องกันรักษาป่าที่ ลป.๖ (แม่ทะ)"]),
    ]
    rep = [
        ("title", "รายงานสรุปผลการดำเนินงาน"),
        ("title", "โครงการระบบแจ้งเหตุไฟป่าผ่านแอปพลิเคชันไลน์ด้วยพิกัดจุดความร้อน (Hotspot LINE Alert)"),
        ("p", "หน่วยงาน หน่วยป้องกันรักษาป่าที่ ลป.๖ (แม่ทะ) กรมป่าไม้"),
        ("h", "๑. ระยะเวลาดำเนินการ", None, "bold"),
        ("p", "มกราคม – เมษายน ๒๕๖๗ (ช่วงฤดูไฟป่า)"),
        ("h", "๒. ผลลัพธ์ที่เกิดขึ้นจริงอย่างเป็นรูปธรรม", "actual_results", "bold"),
        ("p", "๒.๑ ระบบส่งแจ้งเตือนจุดความร้อนเข้ากลุ่มไลน์ทั้งสิ้น ๒๑๗ ครั้ง ชุดปฏิบัติการเข้าตรวจสอบภายใน ๑ ชั่วโมง จำนวน ๑๘๙ ครั้ง คิดเป็นร้อยละ ๘๗.๑๐ (เป้าหมายร้อยละ ๘๐)"),
        ("p", "๒.๒ ระยะเวลาเฉลี่ยในการเข้าถึงจุดเกิดเหตุลดลงจาก ๓ ชั่วโมง ๑๐ นาที เหลือ ๔๖ นาที"),
        ("p", "๒.๓ พื้นที่ป่าถูกไฟไหม้ลดลงจาก ๘,๔๒๐ ไร่ ในปี ๒๕๖๖ เหลือ ๔,๙๕๐ ไร่ ในปี ๒๕๖๗ ลดลงร้อยละ ๔๑.๒๑"),
        ("p", "๒.๔ อาสาสมัครพิทักษ์ป่าร่วมแจ้งเหตุและส่งภาพถ่ายพิกัดผ่านกลุ่มไลน์ ๖๓ ครั้ง"),
        ("h", "๓. ปัญหาและอุปสรรค", None, "bold"),
        ("p", "สัญญาณโทรศัพท์เคลื่อนที่ในพื้นที่ป่าลึกบางจุดไม่เสถียร ทำให้ส่งภาพถ่ายล่าช้า"),
        ("h", "๔. ข้อเสนอแนะ", None, "bold"),
        ("p", "ควรขยายผลการใช้งานไปยังหน่วยป้องกันรักษาป่าข้างเคียงในจังหวัดลำปาง"),
        ("sig", ["ลงชื่อ ........................................ ผู้รายงาน",
                 "(นายธนากร ใจคำ)",
                 "หัวหน้าหน่วยป้องกันรักษาป่าที่ ลป.๖ (แม่ทะ)"]),
    ]
    case("forest-hotspot-line-alert",
         "กรมป่าไม้ field unit: form 4 as docx + its LibreOffice PDF (bold Thai-digit numbered headings, "
         "action plan as a 2-column table), actual results only in a PDF-only report. Complete submission.",
         [dict(name="แบบฟอร์ม4_โครงการพัฒนานวัตกรรม_ลป6", blocks=f4, out="both"),
          dict(name="รายงานสรุปผลการดำเนินงาน_HotspotLINE", blocks=rep, out="pdf")])

    # ------------------------------------------------------------ 2 สสอ.
    f1 = [
        ("p", "แบบฟอร์มที่ 1"),
        ("title", "แบบเสนอแนวคิดในการพัฒนานวัตกรรม"),
        ("title", "สำนักงานสาธารณสุขอำเภอบ้านไผ่ จังหวัดขอนแก่น"),
        ("form", [
            ("ชื่อแนวคิด", None, ["สมุดสุขภาพดิจิทัลติดตามผู้ป่วยเบาหวานและความดันโลหิตสูงที่บ้าน (Smart อสม. NCD)"]),
            ("หลักการ เหตุผล ความจำเป็น", "rationale",
             ["อำเภอบ้านไผ่มีผู้ป่วยโรคเบาหวานและความดันโลหิตสูงที่ขึ้นทะเบียนรวม 9,864 ราย ผู้ป่วยจำนวนมากควบคุมระดับน้ำตาลและความดันโลหิตไม่ได้ตามเกณฑ์ เนื่องจากขาดการติดตามอย่างต่อเนื่องระหว่างรอบนัด",
              "ปัจจุบัน อสม. บันทึกผลการวัดความดันและระดับน้ำตาลลงในสมุดกระดาษ ข้อมูลไม่ถึงมือเจ้าหน้าที่ รพ.สต. ทันเวลา จึงจำเป็นต้องพัฒนาเครื่องมือบันทึกและส่งต่อข้อมูลที่ใช้งานง่ายผ่านโทรศัพท์มือถือ"]),
            ("วัตถุประสงค์", "objectives", ["(ระบุวัตถุประสงค์ของแนวคิด)"]),
            ("ผลลัพธ์ที่คาดหวัง", "expected_results",
             ["ผู้ป่วยเบาหวานที่ควบคุมระดับน้ำตาลได้ดีเพิ่มขึ้นเป็นร้อยละ 40 และผู้ป่วยความดันโลหิตสูงที่ควบคุมความดันได้ดีเพิ่มขึ้นเป็นร้อยละ 60 ภายในหนึ่งปีงบประมาณ"]),
            ("ผู้เสนอแนวคิด", None, ["นางสาวพิมพ์ชนก ศรีบุญเรือง นักวิชาการสาธารณสุขชำนาญการ"]),
        ]),
        ("sig", ["ลงชื่อ ........................................ ผู้เสนอแนวคิด",
                 "(นางสาวพิมพ์ชนก ศรีบุญเรือง)",
                 "วันที่ 15 พฤศจิกายน 2566"]),
    ]
    f3 = [
        ("p", "แบบฟอร์มที่ 3"),
        ("title", "แบบนำเสนอโครงการ พร้อมแผนการดำเนินการ"),
        ("h", "1. ชื่อโครงการ", None, "bold"),
        ("p", "สมุดสุขภาพดิจิทัลติดตามผู้ป่วยเบาหวานและความดันโลหิตสูงที่บ้าน (Smart อสม. NCD)"),
        ("h", "2. หลักการและเหตุผล", "rationale", "bold"),
        ("p", "ผู้ป่วยโรคเรื้อรังในอำเภอบ้านไผ่ควบคุมโรคไม่ได้ตามเกณฑ์ และข้อมูลการติดตามที่บ้านโดย อสม. ส่งถึงเจ้าหน้าที่ล่าช้า"),
        ("h", "3. วัตถุประสงค์", "objectives", "bold"),
        ("p", "[กรอกข้อมูล]"),
        ("h", "4. กลุ่มเป้าหมาย", None, "bold"),
        ("p", "ผู้ป่วยเบาหวานและความดันโลหิตสูงใน 3 ตำบลนำร่อง จำนวน 1,250 ราย และ อสม. จำนวน 180 คน"),
        ("h", "5. แผนการดำเนินการ", "actions", "bold"),
        ("table", [["กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ"],
                   ["1. ออกแบบแบบบันทึกข้อมูลบน Google Form และ Line OA", "ธ.ค. 2566", "งานควบคุมโรคไม่ติดต่อ"],
                   ["2. อบรม อสม. การวัดความดันและบันทึกข้อมูลผ่านมือถือ", "ม.ค. 2567", "สสอ.บ้านไผ่ / รพ.สต."],
                   ["3. อสม. เยี่ยมบ้านและบันทึกผลทุก 2 สัปดาห์", "ก.พ. – ก.ค. 2567", "อสม."],
                   ["4. เจ้าหน้าที่ รพ.สต. ติดตามรายที่ค่าผิดปกติภายใน 48 ชั่วโมง", "ก.พ. – ก.ค. 2567", "รพ.สต."],
                   ["5. สรุปและประเมินผลโครงการ", "ส.ค. 2567", "สสอ.บ้านไผ่"]]),
        ("h", "6. งบประมาณ", None, "bold"),
        ("p", "งบประมาณจากกองทุนหลักประกันสุขภาพระดับท้องถิ่น จำนวน 36,000 บาท"),
        ("h", "7. ผลลัพธ์ที่คาดหวัง", "expected_results", "bold"),
        ("p", "ผู้ป่วยที่มีค่าผิดปกติได้รับการติดตามจากเจ้าหน้าที่ภายใน 48 ชั่วโมง ไม่น้อยกว่าร้อยละ 90"),
        ("h", "8. ผู้รับผิดชอบโครงการ", None, "bold"),
        ("p", "งานควบคุมโรคไม่ติดต่อ สำนักงานสาธารณสุขอำเภอบ้านไผ่"),
        ("sig", ["ลงชื่อ ........................................ ผู้เสนอโครงการ",
                 "(นางสาวพิมพ์ชนก ศรีบุญเรือง)",
                 "ลงชื่อ ........................................ ผู้เห็นชอบโครงการ",
                 "(นายวีระพงษ์ แก้วมณี)",
                 "สาธารณสุขอำเภอบ้านไผ่"]),
    ]
    case("sso-banphai-ncd-digital",
         "สำนักงานสาธารณสุขอำเภอ, PDF-only: form 1 as a two-column form table (objectives '(ระบุ…)' placeholder) "
         "and form 3 with Arabic-digit bold headings (objectives '[กรอกข้อมูล]'). No actual-results evidence at all.",
         [dict(name="form1_sso_banphai", blocks=f1, out="pdf", statuses={"objectives": "placeholder"}),
          dict(name="form3_sso_banphai", blocks=f3, out="pdf", statuses={"objectives": "placeholder"})])

    # ------------------------------------------------------------ 3 พาณิชย์จังหวัด
    f4c = [
        ("title", "แบบฟอร์มที่ 4 โครงการพัฒนานวัตกรรม"),
        ("kv", "ชื่อโครงการ", None, "ตลาดนัดออนไลน์สินค้าชุมชนเมืองน่าน (Nan Market Live)"),
        ("kv", "หน่วยงาน", None, "สำนักงานพาณิชย์จังหวัดน่าน"),
        ("kv", "หลักการ เหตุผล ความจำเป็น", "rationale",
         "ผู้ประกอบการสินค้าชุมชนและวิสาหกิจชุมชนในจังหวัดน่านส่วนใหญ่จำหน่ายสินค้าผ่านหน้าร้านและงานแสดงสินค้าเป็นหลัก ยอดจำหน่ายลดลงอย่างต่อเนื่องภายหลังสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019"),
        ("p", "ขณะที่พฤติกรรมผู้บริโภคเปลี่ยนไปซื้อสินค้าผ่านช่องทางออนไลน์มากขึ้น แต่ผู้ประกอบการยังขาดทักษะการขายผ่านการถ่ายทอดสด (Live) และการบริหารจัดการคำสั่งซื้อ สำนักงานพาณิชย์จังหวัดน่านจึงจัดทำโครงการนี้เพื่อสร้างช่องทางการตลาดใหม่ให้แก่ผู้ประกอบการ"),
        ("kv", "วัตถุประสงค์", "objectives", "1) เพื่อพัฒนาทักษะการจำหน่ายสินค้าผ่านช่องทางออนไลน์ให้แก่ผู้ประกอบการสินค้าชุมชน"),
        ("p", "2) เพื่อเพิ่มช่องทางการตลาดและยอดจำหน่ายสินค้าชุมชนของจังหวัดน่าน"),
        ("kv", "กลุ่มเป้าหมาย", None, "ผู้ประกอบการสินค้าชุมชนและวิสาหกิจชุมชน จำนวน 50 ราย"),
        ("kv", "ระยะเวลา", None, "มกราคม – มิถุนายน 2567"),
        ("kv", "การดำเนินการ", "actions", "1) คัดเลือกผู้ประกอบการเข้าร่วมโครงการจาก 15 อำเภอ"),
        ("p", "2) จัดอบรมเชิงปฏิบัติการการขายสินค้าผ่าน Facebook Live และ TikTok Shop จำนวน 2 รุ่น"),
        ("p", "3) จัดกิจกรรมตลาดนัดออนไลน์ถ่ายทอดสดทุกวันศุกร์ที่สองของเดือน ณ ศาลากลางจังหวัดน่าน"),
        ("p", "4) ติดตามยอดจำหน่ายและให้คำปรึกษารายบุคคลผ่านกลุ่มไลน์"),
        ("kv", "งบประมาณ", None, "45,000 บาท (งบประมาณจังหวัดน่าน)"),
        ("kv", "ผลลัพธ์ที่คาดหวัง", "expected_results", "ยอดขายเพิ่มขึ้น"),
        ("kv", "ผลลัพธ์ที่เกิดขึ้นจริงอย่างเป็นรูปธรรม", "actual_results", ""),
        ("kv", "ตัวชี้วัด", None, "ผู้ประกอบการที่เข้าร่วมโครงการมียอดจำหน่ายเพิ่มขึ้นไม่น้อยกว่าร้อยละ 10"),
        ("kv", "ผู้รับผิดชอบ", None, "กลุ่มส่งเสริมการค้าและการลงทุน สำนักงานพาณิชย์จังหวัดน่าน"),
        ("sig", ["ลงชื่อ ........................................ ผู้รับผิดชอบโครงการ",
                 "(นางกาญจนา ปัญญาวงศ์)",
                 "พาณิชย์จังหวัดน่าน"]),
    ]
    minutes = [
        ("title", "รายงานการประชุมคณะทำงานขับเคลื่อนนวัตกรรม สำนักงานพาณิชย์จังหวัดน่าน"),
        ("title", "ครั้งที่ 1/2567"),
        ("p", "วันพฤหัสบดีที่ 11 มกราคม 2567 เวลา 13.30 น. ณ ห้องประชุมสำนักงานพาณิชย์จังหวัดน่าน"),
        ("h", "ผู้มาประชุม", None, "bold"),
        ("p", "1. นางกาญจนา ปัญญาวงศ์ พาณิชย์จังหวัดน่าน ประธาน"),
        ("p", "2. นายสุรเชษฐ์ อินทร์แก้ว หัวหน้ากลุ่มส่งเสริมการค้าและการลงทุน"),
        ("p", "3. นางสาวอรุณี คำแปง นักวิชาการพาณิชย์ปฏิบัติการ เลขานุการ"),
        ("h", "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", None, "bold"),
        ("p", "ประธานแจ้งว่าสำนักงานปลัดกระทรวงพาณิชย์กำหนดให้ทุกหน่วยงานจัดทำโครงการพัฒนานวัตกรรมอย่างน้อย 1 โครงการ"),
        ("p", "มติที่ประชุม รับทราบ"),
        ("h", "ระเบียบวาระที่ 2 เรื่องเพื่อพิจารณา", None, "bold"),
        ("p", "ฝ่ายเลขานุการเสนอแนวคิดโครงการตลาดนัดออนไลน์สินค้าชุมชนเมืองน่าน (Nan Market Live) ให้ที่ประชุมพิจารณา"),
        ("p", "มติที่ประชุม เห็นชอบให้ดำเนินโครงการ และมอบกลุ่มส่งเสริมการค้าและการลงทุนเป็นผู้รับผิดชอบ"),
        ("p", "ปิดประชุมเวลา 15.00 น."),
        ("sig", ["ลงชื่อ ........................................ ผู้จดรายงานการประชุม",
                 "(นางสาวอรุณี คำแปง)",
                 "ลงชื่อ ........................................ ผู้ตรวจรายงานการประชุม",
                 "(นายสุรเชษฐ์ อินทร์แก้ว)"]),
    ]
    case("moc-nan-market-live",
         "สำนักงานพาณิชย์จังหวัด, docx only: form 4 written as 'หัวข้อ : เนื้อหา' lines (heading = label before ' : '); "
         "expected results too short, actual-results label with nothing after it (empty). Meeting minutes carry no section headings.",
         [dict(name="แบบฟอร์ม4_NanMarketLive", blocks=f4c, out="docx",
               statuses={"expected_results": "too_short", "actual_results": "empty"}),
          dict(name="รายงานการประชุม_ครั้งที่1-2567", blocks=minutes, out="docx")])

    # ------------------------------------------------------------ 4 ราชภัฏ
    f4r = [
        ("title", "แบบฟอร์มที่ 4 โครงการพัฒนานวัตกรรม"),
        ("p", "สำนักงานคณบดี คณะมนุษยศาสตร์และสังคมศาสตร์ มหาวิทยาลัยราชภัฏอุดรธานี"),
        ("h", "1. ชื่อโครงการ", None, "h1"),
        ("p", "ระบบคำร้องออนไลน์สำหรับนักศึกษา (HUSO e-Petition)"),
        ("h", "2. หลักการ เหตุผล ความจำเป็น", "rationale", "h1"),
        ("p", "สำนักงานคณบดีรับคำร้องของนักศึกษา เช่น คำร้องขอลาพักการศึกษา คำร้องขอเพิ่ม–ถอนรายวิชา และคำร้องขอสอบย้อนหลัง เฉลี่ยปีละกว่า 3,200 ฉบับ โดยนักศึกษาต้องเดินทางมายื่นเอกสารด้วยตนเองและติดตามผลการพิจารณาหลายครั้ง"),
        ("p", "กระบวนการส่งต่อเอกสารกระดาษระหว่างอาจารย์ที่ปรึกษา ประธานหลักสูตร และรองคณบดีฝ่ายวิชาการ ใช้เวลาเฉลี่ย 7 วันทำการ และเอกสารสูญหายบ่อยครั้ง คณะจึงจำเป็นต้องปรับกระบวนการให้เป็นระบบดิจิทัลตามนโยบายมหาวิทยาลัยดิจิทัล"),
        ("h", "3. วัตถุประสงค์", "objectives", "h1"),
        ("p", "3.1 เพื่อลดระยะเวลาการพิจารณาคำร้องของนักศึกษา"),
        ("p", "3.2 เพื่อให้นักศึกษาสามารถยื่นและติดตามสถานะคำร้องได้ทุกที่ทุกเวลา"),
        ("p", "3.3 เพื่อลดการใช้กระดาษในสำนักงานคณบดี"),
        ("h", "4. การดำเนินการ", "actions", "h1"),
        ("h", "4.1 ระยะที่ 1 การออกแบบระบบ", None, "h2"),
        ("p", "วิเคราะห์ขั้นตอนการพิจารณาคำร้องเดิม และออกแบบแบบฟอร์มคำร้องออนไลน์ 12 ประเภท"),
        ("h", "4.2 ระยะที่ 2 การพัฒนาและทดลองใช้", None, "h2"),
        ("p", "พัฒนาระบบบน Google Workspace ของมหาวิทยาลัย และทดลองใช้กับนักศึกษาชั้นปีที่ 1 ในภาคการศึกษาที่ 2/2566"),
        ("h", "4.3 ระยะที่ 3 การใช้งานจริงและประเมินผล", None, "h2"),
        ("p", "เปิดใช้งานกับนักศึกษาทุกชั้นปีในภาคการศึกษาที่ 1/2567 และสำรวจความพึงพอใจของผู้ใช้งาน"),
        ("h", "5. ระยะเวลาดำเนินการ", None, "h1"),
        ("p", "พฤศจิกายน 2566 – กันยายน 2567"),
        ("h", "6. ผลลัพธ์ที่คาดหวัง", "expected_results", "h1"),
        ("p", "ระยะเวลาการพิจารณาคำร้องลดลงเหลือไม่เกิน 3 วันทำการ นักศึกษาไม่ต้องเดินทางมายื่นเอกสารด้วยตนเอง และปริมาณการใช้กระดาษลดลงไม่น้อยกว่าร้อยละ 50"),
        ("h", "7. ผู้รับผิดชอบ", None, "h1"),
        ("p", "งานบริการการศึกษา สำนักงานคณบดี คณะมนุษยศาสตร์และสังคมศาสตร์"),
        ("sig", ["ลงชื่อ ........................................ ผู้เสนอโครงการ",
                 "(นางสาวศิริพร วงศ์ประเสริฐ)",
                 "หัวหน้าสำนักงานคณบดี"]),
    ]
    # In truth the actions body stops at the first sub-heading (4.1 ...), because a body
    # ends at the next heading of any kind -> actions body would be empty.  Avoid that
    # ambiguity: sub-steps are written as plain numbered paragraphs instead.
    f4r = [b if not (b[0] == "h" and b[3] == "h2") else ("p", b[1]) for b in f4r]
    f5r = [
        ("title", "แบบฟอร์มที่ 5 ติดตามผลการนำไปใช้"),
        ("h", "ชื่อโครงการ", None, "h1"),
        ("p", "ระบบคำร้องออนไลน์สำหรับนักศึกษา (HUSO e-Petition)"),
        ("h", "ระยะเวลาการนำไปใช้", None, "h1"),
        ("p", "ภาคการศึกษาที่ 2/2566 – ภาคการศึกษาที่ 1/2567"),
        ("h", "ผลลัพธ์ที่เกิดขึ้นจริงอย่างเป็นรูปธรรม", "actual_results", "h1"),
        ("table", [["ตัวชี้วัด", "เป้าหมาย", "ผลการดำเนินงาน"],
                   ["ระยะเวลาเฉลี่ยในการพิจารณาคำร้อง", "ไม่เกิน 3 วันทำการ", "1.8 วันทำการ"],
                   ["จำนวนคำร้องที่ยื่นผ่านระบบออนไลน์", "ไม่น้อยกว่า 1,500 ฉบับ", "2,146 ฉบับ"],
                   ["ปริมาณกระดาษที่ลดลง", "ร้อยละ 50", "ร้อยละ 72 (ประมาณ 9,800 แผ่น)"],
                   ["ความพึงพอใจของนักศึกษา", "ไม่น้อยกว่า 4.00", "4.52 จากคะแนนเต็ม 5"]]),
        ("h", "ปัญหาและอุปสรรค", None, "h1"),
        ("p", "นักศึกษาบางส่วนยังไม่คุ้นเคยกับการใช้บัญชีอีเมลของมหาวิทยาลัย"),
        ("h", "แนวทางการพัฒนาต่อยอด", None, "h1"),
        ("p", "เชื่อมโยงระบบกับระบบทะเบียนและประมวลผลของมหาวิทยาลัย"),
        ("sig", ["ลงชื่อ ........................................ ผู้รายงาน",
                 "(นางสาวศิริพร วงศ์ประเสริฐ)",
                 "หัวหน้าสำนักงานคณบดี"]),
    ]
    survey = [
        ("title", "สรุปผลแบบสำรวจความพึงพอใจต่อระบบคำร้องออนไลน์ (HUSO e-Petition)"),
        ("p", "ผู้ตอบแบบสำรวจ จำนวน 412 คน (นักศึกษา 389 คน อาจารย์และบุคลากร 23 คน)"),
        ("table", [["ประเด็นความพึงพอใจ", "ค่าเฉลี่ย", "ระดับ"],
                   ["ความสะดวกในการยื่นคำร้อง", "4.61", "มากที่สุด"],
                   ["ความรวดเร็วในการพิจารณา", "4.48", "มาก"],
                   ["การติดตามสถานะคำร้อง", "4.55", "มากที่สุด"],
                   ["ความพึงพอใจโดยรวม", "4.52", "มากที่สุด"]]),
        ("p", "ข้อเสนอแนะเพิ่มเติม: ต้องการให้มีการแจ้งเตือนผ่านแอปพลิเคชันไลน์เมื่อคำร้องได้รับการอนุมัติ"),
    ]
    case("udru-huso-epetition",
         "มหาวิทยาลัยราชภัฏ faculty office: form 4 docx using Word Heading 1 style with Arabic digits, "
         "form 5 docx (actual results as an indicator table), satisfaction survey as PDF only. Complete submission.",
         [dict(name="Form4_HUSO_ePetition", blocks=f4r, out="docx"),
          dict(name="Form5_HUSO_ePetition_ติดตามผล", blocks=f5r, out="docx"),
          dict(name="Survey_HUSO_ePetition", blocks=survey, out="pdf")])

    # ------------------------------------------------------------ 5 สพป.
    f1e = [
        ("p", "แบบฟอร์ม ๑"),
        ("title", "แบบเสนอแนวคิดในการพัฒนานวัตกรรม"),
        ("title", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสุรินทร์ เขต ๒"),
        ("h", "ชื่อแนวคิด", None, "bold"),
        ("p", "คลังหนังสืออิเล็กทรอนิกส์ส่งเสริมการอ่านออกเขียนได้ (Reading Cloud สพป.สุรินทร์ ๒)"),
        ("h", "หลักการ เหตุผล ความจำเป็น", "rationale", "bold"),
        ("p", "ผลการประเมินความสามารถด้านการอ่านของผู้เรียน (RT) ชั้นประถมศึกษาปีที่ ๑ ปีการศึกษา ๒๕๖๕ ของโรงเรียนในสังกัด พบว่ามีนักเรียนที่อยู่ในระดับปรับปรุงร้อยละ ๑๘.๔๐ สูงกว่าค่าเฉลี่ยระดับประเทศ โรงเรียนขนาดเล็กจำนวนมากขาดแคลนหนังสืออ่านเพิ่มเติมที่เหมาะสมกับวัย และครูไม่ครบชั้น"),
        ("p", "สำนักงานเขตพื้นที่การศึกษาจึงเห็นควรรวบรวมหนังสือเล่มเล็ก นิทาน และแบบฝึกการอ่านที่ครูในสังกัดจัดทำ ไว้ในคลังออนไลน์ที่โรงเรียนทุกแห่งเข้าถึงได้โดยไม่มีค่าใช้จ่าย"),
        ("h", "วัตถุประสงค์", "objectives", "bold"),
        ("p", "- เพื่อรวบรวมสื่อส่งเสริมการอ่านที่ครูในสังกัดพัฒนาขึ้นให้เป็นหมวดหมู่และเข้าถึงได้ง่าย"),
        ("p", "- เพื่อให้โรงเรียนขนาดเล็กมีสื่อการอ่านที่เหมาะสมกับระดับชั้นใช้อย่างเพียงพอ"),
        ("p", "- เพื่อยกระดับผลการประเมินความสามารถด้านการอ่านของนักเรียนชั้นประถมศึกษาปีที่ ๑"),
        ("h", "กลุ่มเป้าหมาย", None, "bold"),
        ("p", "โรงเรียนในสังกัด ๑๘๖ โรง ครูผู้สอนภาษาไทยระดับชั้นประถมศึกษาปีที่ ๑–๓"),
        ("h", "ผลลัพธ์ที่คาดหวัง", "expected_results", "bold"),
        ("p", "โรงเรียนในสังกัดไม่น้อยกว่าร้อยละ ๘๐ ใช้สื่อจากคลังหนังสืออิเล็กทรอนิกส์ในการสอนอ่าน และนักเรียนที่อยู่ในระดับปรับปรุงลดลงไม่น้อยกว่าร้อยละ ๕"),
        ("sig", ["ลงชื่อ ........................................ ผู้เสนอแนวคิด",
                 "(นางอัมพร ทองดี)",
                 "ศึกษานิเทศก์ชำนาญการพิเศษ"]),
    ]
    f5e = [
        ("p", "แบบฟอร์ม ๕"),
        ("title", "แบบติดตามผลการนำไปใช้"),
        ("h", "ชื่อนวัตกรรม", None, "bold"),
        ("p", "คลังหนังสืออิเล็กทรอนิกส์ส่งเสริมการอ่านออกเขียนได้ (Reading Cloud สพป.สุรินทร์ ๒)"),
        ("h", "ผลลัพธ์ที่เกิดขึ้นจริงอย่างเป็นรูปธรรม", "actual_results", "bold"),
        ("p", DOTS),
        ("p", DOTS),
        ("p", DOTS),
        ("h", "ปัญหาอุปสรรค", None, "bold"),
        ("p", DOTS),
        ("sig", ["ลงชื่อ ........................................ ผู้รายงาน",
                 "(........................................)",
                 "ตำแหน่ง ........................................"]),
    ]
    case("obec-surin2-reading-cloud",
         "สำนักงานเขตพื้นที่การศึกษา, PDF-only: form 1 with bold unnumbered headings and '-' bullets (no การดำเนินการ "
         "section anywhere -> missing); form 5 left as the blank template (dotted lines -> placeholder).",
         [dict(name="แบบฟอร์ม1_ReadingCloud", blocks=f1e, out="pdf"),
          dict(name="แบบฟอร์ม5_ReadingCloud", blocks=f5e, out="pdf",
               statuses={"actual_results": "placeholder"})])

    # ------------------------------------------------------------ 6 ประมงจังหวัด
    f3f = [
        ("title", "แบบนำเสนอโครงการ พร้อมแผนการดำเนินการ"),
        ("title", "สำนักงานประมงจังหวัดฉะเชิงเทรา"),
        ("h", "ชื่อโครงการ", None, "bold"),
        ("p", "ระบบเซนเซอร์ตรวจวัดออกซิเจนละลายน้ำในบ่อเลี้ยงกุ้งขาวแวนนาไมแจ้งเตือนผ่านสมาร์ตโฟน"),
        ("h", "หลักการ เหตุผล ความจำเป็น", "rationale", "bold"),
        ("h", "วัตถุประสงค์", "objectives", "bold"),
        ("p", "เพื่อเพิ่มผลผลิตกุ้ง"),
        ("h", "การดำเนินการ", "actions", "bold"),
        ("p", "๑. คัดเลือกเกษตรกรผู้เลี้ยงกุ้งขาวแวนนาไมที่สมัครใจเข้าร่วมโครงการในอำเภอบางปะกงและอำเภอบ้านโพธิ์ จำนวน ๒๐ ราย"),
        ("p", "๒. ติดตั้งชุดเซนเซอร์วัดค่าออกซิเจนละลายน้ำและอุณหภูมิ พร้อมเชื่อมต่อเครื่องให้อากาศอัตโนมัติ"),
        ("p", "๓. อบรมเกษตรกรการอ่านค่าและการตั้งค่าการแจ้งเตือนผ่านแอปพลิเคชัน"),
        ("p", "๔. เจ้าหน้าที่ประมงอำเภอติดตามเยี่ยมฟาร์มและเก็บข้อมูลผลผลิตทุกรอบการเลี้ยง"),
        ("h", "ระยะเวลาดำเนินการ", None, "bold"),
        ("p", "ธันวาคม ๒๕๖๖ – สิงหาคม ๒๕๖๗"),
        ("h", "งบประมาณ", None, "bold"),
        ("p", "๑๒๐,๐๐๐ บาท (งบพัฒนาจังหวัดฉะเชิงเทรา)"),
        ("h", "ผลลัพธ์ที่คาดหวัง", "expected_results", "bold"),
        ("p", "อัตราการรอดของกุ้งในบ่อที่ติดตั้งระบบเพิ่มขึ้นเป็นไม่น้อยกว่าร้อยละ ๗๕ และลดค่าไฟฟ้าจากการเปิดเครื่องให้อากาศตลอดเวลาลงไม่น้อยกว่าร้อยละ ๒๐"),
        ("h", "ผู้รับผิดชอบ", None, "bold"),
        ("p", "กลุ่มส่งเสริมและพัฒนาอาชีพ สำนักงานประมงจังหวัดฉะเชิงเทรา"),
        ("sig", ["ลงชื่อ ........................................ ผู้เสนอโครงการ",
                 "(นายณัฐพล สุขเกษม)",
                 "ประมงจังหวัดฉะเชิงเทรา"]),
    ]
    repf = [
        ("title", "รายงานสรุปผลการดำเนินงาน"),
        ("title", "โครงการระบบเซนเซอร์ตรวจวัดออกซิเจนละลายน้ำในบ่อเลี้ยงกุ้งขาวแวนนาไม"),
        ("p", "ติดตั้งระบบครบ ๒๐ ฟาร์ม ๔๖ บ่อ ภายในเดือนมกราคม ๒๕๖๗ และติดตามผลครบ ๒ รอบการเลี้ยง"),
        ("h", "ผลลัพธ์ที่เกิดขึ้นจริง", "actual_results", "bold"),
        ("table", [["รายการ", "ก่อนดำเนินโครงการ", "หลังดำเนินโครงการ"],
                   ["อัตราการรอดเฉลี่ย", "ร้อยละ ๖๒", "ร้อยละ ๗๙"],
                   ["ผลผลิตเฉลี่ยต่อไร่", "๑,๒๐๐ กิโลกรัม", "๑,๕๘๐ กิโลกรัม"],
                   ["ค่าไฟฟ้าเฉลี่ยต่อรอบการเลี้ยง", "๔๘,๐๐๐ บาท", "๓๖,๕๐๐ บาท"]]),
        ("p", "เกษตรกรผู้เข้าร่วมโครงการ ๑๗ ราย จาก ๒๐ ราย ขยายการติดตั้งระบบไปยังบ่ออื่นด้วยทุนของตนเอง"),
        ("h", "ปัญหาและข้อเสนอแนะ", None, "bold"),
        ("p", "ไฟฟ้าดับในช่วงฤดูฝนทำให้เซนเซอร์หยุดทำงาน ควรติดตั้งแบตเตอรี่สำรองเพิ่มเติม"),
        ("sig", ["ลงชื่อ ........................................ ผู้รายงาน",
                 "(นายณัฐพล สุขเกษม)",
                 "ประมงจังหวัดฉะเชิงเทรา"]),
    ]
    case("fisheries-chachoengsao-do-sensor",
         "สำนักงานประมงจังหวัด: form 3 as docx + its PDF with bold unnumbered headings; rationale heading directly "
         "followed by วัตถุประสงค์ (empty), objectives one short line (too_short). Report docx has actual results "
         "as a before/after table.",
         [dict(name="fisheries_form3_DO_sensor", blocks=f3f, out="both",
               statuses={"rationale": "empty", "objectives": "too_short"}),
          dict(name="fisheries_report_DO_sensor", blocks=repf, out="docx")])


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
