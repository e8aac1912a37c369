"""Build the unseen3 blind set: 8 innovation-KPI submissions + truth files.

    .venv/bin/python tests/data/unseen3/make_unseen3.py

Content lives in content_a.py / content_b.py (document model in docmodel.py).
Truth is written from those in-memory blocks, never read back from the
rendered .docx/.pdf.  PDFs are exported with LibreOffice (soffice must be on
PATH); for PDF-only documents the intermediate .docx is discarded.
"""
import copy
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402

from docmodel import section_occurrences, thaify  # noqa: E402
from content_a import CASES_A  # noqa: E402
from content_b import CASES_B  # noqa: E402

FONT = "Laksaman"
SECTIONS = ["rationale", "objectives", "actions", "expected_results", "actual_results"]
RANK = {"ok": 4, "too_short": 3, "placeholder": 2, "empty": 1}


# --------------------------------------------------------------------------- fonts
def _set_rfonts(rPr, name):
    rf = rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rPr.insert(0, rf)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), name)


def _add_after(el, tag, val=None):
    new = OxmlElement(tag)
    if val is not None:
        new.set(qn("w:val"), str(val))
    el.addnext(new)


def fmt_font(font, rPr, size=None, bold=None):
    font.name = FONT
    _set_rfonts(rPr, FONT)
    if bold is not None:
        font.bold = bold
        b = rPr.find(qn("w:b"))
        if b is not None and rPr.find(qn("w:bCs")) is None:
            _add_after(b, "w:bCs", "1" if bold else "0")
    if size is not None:
        font.size = Pt(size)
        sz = rPr.find(qn("w:sz"))
        old = rPr.find(qn("w:szCs"))
        if old is not None:
            rPr.remove(old)
        _add_after(sz, "w:szCs", int(size * 2))


def run(p, text, size=None, bold=None):
    r = p.add_run(text)
    fmt_font(r.font, r._element.get_or_add_rPr(), size, bold)
    return r


def new_doc(slides=False):
    d = Document()
    s = d.sections[0]
    if slides:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = s.bottom_margin = Cm(1.8)
    else:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.left_margin, s.right_margin = Cm(3.0), Cm(2.0)
        s.top_margin, s.bottom_margin = Cm(2.5), Cm(2.0)
    normal = d.styles["Normal"]
    fmt_font(normal.font, normal.element.get_or_add_rPr(), 16)
    rPr = normal.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:bidi"), "th-TH")
    rPr.append(lang)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    for name, size in (("Heading 1", 18), ("Heading 2", 16)):
        st = d.styles[name]
        fmt_font(st.font, st.element.get_or_add_rPr(), size, True)
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.paragraph_format.space_before = Pt(6)
        st.paragraph_format.space_after = Pt(0)
    return d


# --------------------------------------------------------------------------- rendering
def para(d_or_cell, text="", size=None, bold=None, align=None, indent=False, left=None):
    p = d_or_cell.add_paragraph()
    if text:
        run(p, text, size, bold)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.25)
    if left is not None:
        p.paragraph_format.left_indent = Cm(left)
    return p


def heading(d, text, style):
    if style in ("h1", "h2"):
        p = d.add_paragraph(style="Heading 1" if style == "h1" else "Heading 2")
        run(p, text)
    elif style == "title":
        para(d, text, 18, True, "center")
    elif style == "center":
        para(d, text, 16, False, "center")
    else:
        para(d, text, None, style == "bold")


def table(d, rows, header=True, widths=None, size=None, first_col_bold=False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            lines = val if isinstance(val, list) else [val]
            p0 = cell.paragraphs[0]
            bold = (header and i == 0) or (first_col_bold and j == 0)
            for k, line in enumerate(lines):
                p = p0 if k == 0 else cell.add_paragraph()
                if line:
                    run(p, line, size, bold)
            if widths:
                cell.width = Cm(widths[j])
    para(d)  # LibreOffice needs a paragraph between/after tables
    return t


def render_docx(doc, path, images):
    slides = doc.get("layout") == "slides"
    d = new_doc(slides)
    first_slide = True
    for b in doc["blocks"]:
        t = b["t"]
        if t == "h":
            heading(d, b["text"], b["style"])
        elif t == "p":
            para(d, b["text"], indent=b["indent"], align=b["align"])
        elif t in ("kv", "skv"):
            p = d.add_paragraph()
            run(p, b["label"], None, b["style"] == "bold")
            run(p, b["sep"].rstrip() if not b["value"] else b["sep"])
            if b["value"]:
                run(p, b["value"])
            for c in b.get("cont", []):
                para(d, c, indent=not c[:1].isdigit(), left=0.6 if c[:1].isdigit() else None)
        elif t == "s":
            heading(d, b["heading"], b["style"])
            for line in b["body"]:
                para(d, line, indent=b["indent"])
            if b.get("table"):
                table(d, b["table"])
        elif t == "ft":
            rows = [[[label], content] for label, content, _s, _st in b["rows"]]
            table(d, rows, header=False, widths=b["widths"], first_col_bold=True)
        elif t == "tb":
            table(d, b["rows"], header=b["header"])
        elif t == "sig":
            para(d)
            for line in b["lines"]:
                para(d, line, align="center", left=6.0)
        elif t == "img":
            d.add_picture(str(images[b["key"]]), width=Cm(9))
            d.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
            para(d, b["caption"], 14, align="center")
        elif t == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif t == "slide":
            if not first_slide:
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            cover = first_slide
            first_slide = False
            if cover:
                for _ in range(4):
                    para(d)
                para(d, b["title"], 30, True, "center")
                for line in b["bullets"]:
                    para(d, line, 22, False, "center")
                continue
            para(d, b["title"], 30, True)
            para(d, "", 10)
            for line in b["bullets"]:
                para(d, line, 22, left=0.5)
            if b.get("table"):
                table(d, b["table"], size=20)
        else:
            raise ValueError(t)
    d.core_properties.author = "user"
    d.save(str(path))


# --------------------------------------------------------------------------- photos
def make_images(outdir):
    rnd = random.Random(3)
    palettes = {
        "rid1": ((196, 210, 222), (90, 120, 80)), "rid2": ((170, 200, 230), (70, 140, 60)),
        "rps1": ((235, 225, 205), (150, 110, 80)), "rps2": ((220, 220, 210), (120, 100, 140)),
        "dol1": ((225, 230, 235), (100, 100, 120)),
    }
    out = {}
    for key, (bg, fg) in palettes.items():
        im = Image.new("RGB", (640, 420), bg)
        dr = ImageDraw.Draw(im)
        dr.rectangle([0, 260, 640, 420], fill=tuple(max(0, c - 40) for c in bg))
        for _ in range(7):  # people-ish figures
            x = rnd.randint(30, 600)
            y = rnd.randint(190, 300)
            col = tuple(rnd.randint(40, 220) for _ in range(3))
            dr.ellipse([x - 12, y - 70, x + 12, y - 46], fill=(200, 160, 130))
            dr.rectangle([x - 18, y - 46, x + 18, y + 20], fill=col)
            dr.rectangle([x - 14, y + 20, x + 14, y + 70], fill=fg)
        dr.rectangle([40, 30, 600, 110], fill=(250, 250, 250), outline=fg, width=4)
        for i in range(5):
            dr.line([70, 50 + i * 12, 570 - i * 40, 50 + i * 12], fill=fg, width=5)
        p = outdir / f"{key}.jpg"
        im.save(p, "JPEG", quality=60)
        out[key] = p
    return out


# --------------------------------------------------------------------------- truth
def size_of(body):
    return len("".join(ch for ch in (body or "") if not ch.isspace() and ch not in ".-•()[]"))


def truth_for(case, rels):
    occ = {s: [] for s in SECTIONS}
    for doc, files in zip(case["docs"], rels):
        for sec, head, body, status in section_occurrences(doc["blocks"]):
            for f in files:
                occ[sec].append({"file": f, "heading": head, "body": body, "status": status})
    sections = {}
    for sec in SECTIONS:
        lst = occ[sec]
        if not lst:
            sections[sec] = {"status": "missing", "file": None, "heading": None, "body": None,
                             "occurrences": []}
            continue
        best = max(lst, key=lambda o: (RANK[o["status"]], size_of(o["body"])))  # first wins ties
        others = [o for o in lst if o["body"] != best["body"] and o["status"] == best["status"]]
        for o in others:
            if size_of(o["body"]) * 1.2 > size_of(best["body"]):
                raise SystemExit(f"{case['slug']}/{sec}: top occurrence not clearly fullest: "
                                 f"{size_of(best['body'])} vs {size_of(o['body'])}")
        sections[sec] = {"status": best["status"], "file": best["file"], "heading": best["heading"],
                         "body": best["body"], "occurrences": lst}
    return sections


# --------------------------------------------------------------------------- main
def main():
    cases = CASES_A + CASES_B
    sub_root = HERE / "submissions"
    truth_root = HERE / "truth"
    for d in (sub_root, truth_root):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    build = Path(tempfile.mkdtemp(prefix="unseen3_"))
    images = make_images(build)
    to_convert = []  # (built docx, final pdf path, keep docx?)
    all_rels = {}
    for case in cases:
        case["docs"] = [dict(doc, blocks=thaify(copy.deepcopy(doc["blocks"])))
                        if doc.get("thai_digits") else doc for doc in case["docs"]]
        folder = sub_root / case["slug"]
        folder.mkdir()
        rels = []
        for i, doc in enumerate(case["docs"]):
            name = doc["name"]
            stem = name.rsplit(".", 1)[0]
            if doc["kind"] == "docx":
                render_docx(doc, folder / name, images)
                rels.append([f"submissions/{case['slug']}/{name}"])
            else:
                tmp = build / f"{case['slug']}__{i}.docx"
                render_docx(doc, tmp, images)
                pdf_name = doc.get("pdf_name") or (stem + ".pdf")
                to_convert.append((tmp, folder / pdf_name))
                files = [f"submissions/{case['slug']}/{pdf_name}"]
                if doc["kind"] == "both":
                    shutil.copy(tmp, folder / name)
                    files.insert(0, f"submissions/{case['slug']}/{name}")
                rels.append(files)
        all_rels[case["slug"]] = rels
    if to_convert:
        outdir = build / "pdf"
        outdir.mkdir()
        cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo-unseen3", "--headless",
               "--convert-to", "pdf", "--outdir", str(outdir)] + [str(t) for t, _ in to_convert]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, timeout=900)
        for tmp, final in to_convert:
            shutil.move(str(outdir / (tmp.stem + ".pdf")), str(final))

    rows = []
    counts = Counter()
    for case in cases:
        rels = all_rels[case["slug"]]
        files = [f for fs in rels for f in fs]
        sections = truth_for(case, rels)
        truth = {"folder": f"submissions/{case['slug']}", "files": files, "notes": case["notes"],
                 "sections": sections}
        (truth_root / f"{case['slug']}.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        st = [sections[s]["status"] for s in SECTIONS]
        counts.update(st)
        kinds = sorted({f.rsplit(".", 1)[1] for f in files})
        rows.append((case["slug"], case["agency"], len(files), "+".join(kinds), st))
    write_readme(rows, counts)
    shutil.rmtree(build)
    print("cases:", len(rows), dict(counts))


README_HEAD = """# unseen3 — blind innovation-KPI submissions (8 cases)

Written independently of the developers' tuning sets; regenerate with
`.venv/bin/python tests/data/unseen3/make_unseen3.py` (needs `soffice`, TLWG fonts).
Content: `content_a.py`, `content_b.py`; document model: `docmodel.py`.

* `submissions/<case>/` — what the agency submitted (.docx and/or PDF exported by LibreOffice).
* `truth/<case>.json` — expected result per section, written from the generator's in-memory content.

Conventions used in the truth files:

* `heading` is the heading line as written (for "หัวข้อ : เนื้อหา" lines, the label before the colon;
  for two-column form tables, the label cell; for slides, the slide title).
* `body` is the text under the heading up to the next heading of any kind (other field headings,
  "ชื่อโครงการ : …" lines, signature blocks, the next slide title). Paragraphs are joined by `\\n`;
  table rows are one line each, cells joined by TAB. PDF line wrapping is NOT represented: a long
  paragraph is one line in `body` but several lines in the PDF — compare with whitespace normalised.
* `empty` has body `""`; `missing` has file/heading/body `null` and no occurrences.
* Top-level = the fullest occurrence (statuses ranked ok > too_short > placeholder > empty, then
  length); a .docx and its PDF export are two occurrences with identical text (top-level = .docx).
* PDFs come from LibreOffice 7.4 with the TLWG font Laksaman. Their text layer has the usual
  Thai artefacts of that pipeline: "ำ" may extract as "ำา", and a few shifted tone marks
  (in น้ำ, ครั้ง) extract as "(cid:N)" in the slides of bcn-trang and the rid report. Truth is
  the source text, so compare after normalising these (or via OCR).
* Statuses: ok; missing; empty; placeholder (dotted lines, "(ระบุ…)", "-", "[กรอกข้อมูล]");
  too_short (real text under ~5 words).

## Cases

| case | agency | files | formats | rationale | objectives | actions | expected | actual |
|---|---|---|---|---|---|---|---|---|
"""


def write_readme(rows, counts):
    lines = [README_HEAD.rstrip("\n")]
    for slug, agency, n, kinds, st in rows:
        lines.append(f"| {slug} | {agency} | {n} | {kinds} | " + " | ".join(st) + " |")
    lines.append("")
    lines.append("Status counts over 40 section verdicts: " +
                 ", ".join(f"{k} {counts[k]}" for k in
                           ("ok", "missing", "empty", "placeholder", "too_short")) + ".")
    lines.append("")
    lines.append("Each case's `notes` (in its truth file) says what it exercises.")
    (HERE / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
