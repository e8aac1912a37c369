#!/usr/bin/env python
"""Generate the *unseen* innovation-KPI test set.

    .venv/bin/python tests/data/unseen/make_unseen.py [--keep-build]

Writes, under tests/data/unseen/:
  submissions/<case-slug>/<files>   .docx built with python-docx, .pdf and legacy
                                    .doc exported by LibreOffice (soffice)
  truth/<case-slug>.json            ground truth computed from the same block
                                    lists the documents are rendered from
  README.md                         the cases table and status counts

All content lives in unseen_cases_*.py beside this script; the document model
and the body rule are described in unseen_model.py.  This test set was written
independently of the product's rubric/heading tuning.
"""

import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402

from unseen_model import (F, FR, FRC, FRM, H, L, P, PB, SECTIONS, T, Case, Doc,  # noqa: E402
                          File, Img, Sig)
import unseen_cases_1  # noqa: E402
import unseen_cases_2  # noqa: E402

CASES = unseen_cases_1.CASES + unseen_cases_2.CASES
STATUS_RANK = {"ok": 4, "too_short": 3, "placeholder": 2, "empty": 1}
ALIGN = {
    "thai": WD_ALIGN_PARAGRAPH.THAI_JUSTIFY,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    None: None,
}


# --------------------------------------------------------------------------- rendering

RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
             "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
             "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
             "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
             "specVanish", "oMath"]
TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
               "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
               "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription"]


def _sort_children(el, order):
    """Keep OOXML schema order (Word rejects out-of-order property elements)."""
    rank = {qn("w:" + n): i for i, n in enumerate(order)}
    kids = list(el)
    for k in kids:
        el.remove(k)
    for k in sorted(kids, key=lambda k: rank.get(k.tag, len(order))):
        el.append(k)


def _rpr_fonts(rpr, font, size=None, bold=None):
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), font)
    for tag in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if rfonts.get(qn(tag)) is not None:
            del rfonts.attrib[qn(tag)]
    if bold is not None:
        for tag in ("w:b", "w:bCs"):
            el = rpr.find(qn(tag))
            if el is None:
                el = OxmlElement(tag)
                rpr.append(el)
            if not bold:
                el.set(qn("w:val"), "0")
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            el = rpr.find(qn(tag))
            if el is None:
                el = OxmlElement(tag)
                rpr.append(el)
            el.set(qn("w:val"), str(int(round(size * 2))))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:bidi"), "th-TH")
    _sort_children(rpr, RPR_ORDER)


def _run(par, text, font, size, bold=False, underline=False):
    run = par.add_run(text)
    _rpr_fonts(run._r.get_or_add_rPr(), font, size, bold if bold else None)
    if underline:
        run.underline = True
    return run


def _pfmt(par, align=None, indent_cm=0.0, first_cm=0.0, after_pt=0):
    pf = par.paragraph_format
    if ALIGN.get(align) is not None:
        par.alignment = ALIGN[align]
    if indent_cm:
        pf.left_indent = Cm(indent_cm)
    if first_cm:
        pf.first_line_indent = Cm(first_cm)
    pf.space_before = Pt(0)
    pf.space_after = Pt(after_pt)
    pf.line_spacing = 1.0


def _field_text(par, text, font, size):
    """Write text, turning {PAGE} into a PAGE field."""
    parts = text.split("{PAGE}")
    for i, part in enumerate(parts):
        if part:
            _run(par, part, font, size)
        if i < len(parts) - 1:
            fld = OxmlElement("w:fldSimple")
            fld.set(qn("w:instr"), "PAGE")
            r = OxmlElement("w:r")
            rpr = OxmlElement("w:rPr")
            _rpr_fonts(rpr, font, size)
            r.append(rpr)
            t = OxmlElement("w:t")
            t.text = "1"
            r.append(t)
            fld.append(r)
            par._p.append(fld)


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _cell_text(cell, text, font, size, bold=False, align=None):
    lines = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        par = first if i == 0 else cell.add_paragraph()
        _pfmt(par, align=align)
        if line:
            _run(par, line, font, size, bold=bold)


def _set_widths(table, widths_cm):
    if not widths_cm:
        return
    table.autofit = False
    tbl = table._tbl
    for i, gc in enumerate(tbl.tblGrid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    tblpr = tbl.tblPr
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    tblw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    tblw.set(qn("w:type"), "dxa")
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    _sort_children(tblpr, TBLPR_ORDER)
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            if i < len(widths_cm):
                cell.width = Cm(widths_cm[i])


def render_docx(doc: Doc, path: Path, images: dict, title: str):
    d = Document()
    font, size = doc.font, doc.size
    # Normal + built-in heading styles in the Thai font, black.
    for sname in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Table Grid"):
        try:
            st = d.styles[sname]
        except KeyError:
            continue
        rpr = st.element.get_or_add_rPr()
        _rpr_fonts(rpr, font, size if sname in ("Normal", "Heading 3") else
                   (size + 2 if sname == "Heading 1" else size + 1 if sname == "Heading 2" else None))
        if sname.startswith("Heading"):
            st.font.color.rgb = RGBColor(0, 0, 0)
            st.font.italic = False
            st.paragraph_format.space_before = Pt(6)
            st.paragraph_format.space_after = Pt(0)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    top, right, bottom, left = doc.margins_cm
    sec.top_margin, sec.right_margin = Cm(top), Cm(right)
    sec.bottom_margin, sec.left_margin = Cm(bottom), Cm(left)
    if doc.header:
        hp = sec.header.paragraphs[0]
        _pfmt(hp, align=doc.header_align)
        _field_text(hp, doc.header, font, size - 2)
    if doc.footer:
        fp = sec.footer.paragraphs[0]
        _pfmt(fp, align=doc.footer_align)
        _field_text(fp, doc.footer, font, size - 2)
    d.core_properties.title = title
    d.core_properties.author = "unseen-testset"
    d.core_properties.created = datetime(2024, 9, 30, 9, 0, 0)
    d.core_properties.modified = datetime(2024, 9, 30, 9, 0, 0)

    content_width = (29.7 if doc.landscape else 21.0) - left - right
    for b in doc.blocks:
        if isinstance(b, H):
            if b.style:
                par = d.add_paragraph(style=b.style)
            else:
                par = d.add_paragraph()
            _pfmt(par, align=b.align or ("left" if not b.style else None), indent_cm=b.indent_cm,
                  after_pt=0)
            par.paragraph_format.space_before = Pt(6)
            hsize = b.size or (None if b.style else size)
            run = _run(par, b.text, font, hsize or size, bold=b.bold, underline=b.underline)
            if b.style:
                _rpr_fonts(run._r.get_or_add_rPr(), font, hsize or size + (2 if b.style == "Heading 1" else 1),
                           True if b.bold else None)
                run.font.color.rgb = RGBColor(0, 0, 0)
        elif isinstance(b, P):
            par = d.add_paragraph()
            _pfmt(par, align=b.align, indent_cm=b.indent_cm, first_cm=b.first_cm)
            _run(par, b.text, font, b.size or size, bold=b.bold)
        elif isinstance(b, L):
            par = d.add_paragraph()
            _pfmt(par, align="left", indent_cm=b.indent_cm)
            par.paragraph_format.space_before = Pt(4)
            _run(par, b.label, font, size, bold=True)
            _run(par, b.sep + b.content if b.content else b.sep.rstrip(), font, size)
        elif isinstance(b, T):
            ncol = max(len(r) for r in b.rows)
            table = d.add_table(rows=len(b.rows), cols=ncol)
            table.style = d.styles["Table Grid"]
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for ri, row in enumerate(b.rows):
                for ci, txt in enumerate(row):
                    assert "\n" not in txt, "body tables: one paragraph per cell"
                    cell = table.cell(ri, ci)
                    head = ri < b.header_rows
                    _cell_text(cell, txt, font, b.size, bold=head,
                               align="center" if (head or len(txt) <= 2) else "left")
                    if b.shade_marks and not head and txt in ("✓", "/", "x", "●", "→", "←→"):
                        _shade(cell, "BFBFBF")
                    if head:
                        _shade(cell, "D9D9D9")
            _set_widths(table, b.widths_cm)
            d.add_paragraph()  # Word needs a paragraph after a table; empty -> no text
        elif isinstance(b, F):
            table = d.add_table(rows=len(b.rows), cols=2)
            table.style = d.styles["Table Grid"]
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for ri, r in enumerate(b.rows):
                c0, c1 = table.cell(ri, 0), table.cell(ri, 1)
                if isinstance(r, FR):
                    _cell_text(c0, r.label, font, b.size, bold=True)
                    _cell_text(c1, r.content, font, b.size)
                else:
                    m = c0.merge(c1)
                    if isinstance(r, FRM):
                        _cell_text(m, r.label, font, b.size, bold=True)
                        _shade(m, "F2F2F2")
                    else:
                        _cell_text(m, r.content, font, b.size)
            _set_widths(table, b.widths_cm)
            d.add_paragraph()
        elif isinstance(b, Sig):
            for line in b.lines:
                par = d.add_paragraph()
                _pfmt(par, align="left", indent_cm=4.5)
                _run(par, line, font, size)
        elif isinstance(b, Img):
            par = d.add_paragraph()
            _pfmt(par, align="center")
            par.add_run().add_picture(str(images[b.key]), width=Cm(min(b.width_cm, content_width)))
        elif isinstance(b, PB):
            par = d.add_paragraph()
            par.add_run().add_break(WD_BREAK.PAGE)
        else:
            raise TypeError(b)
    d.save(str(path))


# --------------------------------------------------------------------------- images

def make_images(outdir: Path) -> dict:
    """Plain synthetic 'activity photos' (shapes only, no text)."""
    from PIL import Image, ImageDraw
    specs = {
        "meeting": ((232, 226, 214), [(40, 220, 600, 380, (120, 90, 60))], 6),
        "counter": ((210, 225, 235), [(0, 260, 640, 400, (90, 110, 130))], 3),
        "training": ((225, 235, 220), [(60, 40, 580, 200, (250, 250, 250))], 8),
        "field": ((200, 225, 200), [(0, 250, 640, 400, (120, 160, 90))], 4),
        "kiosk": ((235, 230, 240), [(260, 80, 380, 360, (60, 60, 80))], 2),
    }
    out = {}
    for key, (bg, rects, people) in specs.items():
        im = Image.new("RGB", (640, 400), bg)
        dr = ImageDraw.Draw(im)
        for x0, y0, x1, y1, col in rects:
            dr.rectangle([x0, y0, x1, y1], fill=col)
        for i in range(people):
            x = 50 + i * (540 // max(people, 1))
            dr.ellipse([x, 150, x + 36, 186], fill=(80, 60, 50))
            dr.rectangle([x - 6, 188, x + 42, 270], fill=(30 + 25 * i % 200, 70, 140))
        p = outdir / f"{key}.jpg"
        im.save(p, "JPEG", quality=55)
        out[key] = p
    return out


# --------------------------------------------------------------------------- truth

def _units(doc: Doc):
    """Flatten blocks to ('head', text, sec, st, lines, extendable) / ('text', lines)."""
    for b in doc.blocks:
        if isinstance(b, H):
            yield ("head", b.text, b.sec, b.st, [], True)
        elif isinstance(b, L):
            yield ("head", b.label, b.sec, b.st, [b.content] if b.content else [], True)
        elif isinstance(b, Sig):
            yield ("head", b.lines[0], None, None, [], False)
        elif isinstance(b, P):
            yield ("text", [b.text])
        elif isinstance(b, T):
            yield ("text", ["\t".join(r) for r in b.rows])
        elif isinstance(b, F):
            for r in b.rows:
                if isinstance(r, FR):
                    yield ("head", r.label, r.sec, r.st, r.content.split("\n") if r.content else [], False)
                elif isinstance(r, FRM):
                    yield ("head", r.label, r.sec, r.st, [], True)
                elif isinstance(r, FRC):
                    yield ("text", r.content.split("\n") if r.content else [])
            yield ("head", "<end of table>", None, None, [], False)


def occurrences(doc: Doc, relpath: str):
    occ = []
    cur = None
    for u in _units(doc):
        if u[0] == "head":
            if cur:
                occ.append(cur)
            _, text, sec, st, lines, ext = u
            cur = {"sec": sec, "heading": text, "st": st, "lines": list(lines), "ext": ext}
        else:
            if cur and cur["ext"]:
                cur["lines"].extend(u[1])
    if cur:
        occ.append(cur)
    result = []
    for o in occ:
        if not o["sec"]:
            continue
        assert o["sec"] in SECTIONS, o["sec"]
        body = "\n".join(o["lines"])
        if not body.strip():
            assert o["st"] in (None, "empty"), (relpath, o["heading"], o["st"])
            status = "empty"
        else:
            assert o["st"] != "empty", (relpath, o["heading"])
            status = o["st"] or "ok"
        result.append({"sec": o["sec"], "file": relpath, "heading": o["heading"],
                       "body": body, "status": status})
    return result


def case_truth(case: Case, produced: list):
    occ_by_sec = {s: [] for s in SECTIONS}
    for f, relpaths in produced:
        for rel in relpaths:
            for o in occurrences(f.doc, rel):
                occ_by_sec[o["sec"]].append(o)
    sections = {}
    for s in SECTIONS:
        occ = occ_by_sec[s]
        if not occ:
            sections[s] = {"status": "missing", "file": None, "heading": None, "body": None,
                           "occurrences": []}
            continue
        best = max(enumerate(occ), key=lambda io: (STATUS_RANK[io[1]["status"]],
                                                   len(io[1]["body"]), -io[0]))[1]
        sections[s] = {
            "status": best["status"], "file": best["file"], "heading": best["heading"],
            "body": best["body"],
            "occurrences": [{"file": o["file"], "heading": o["heading"], "body": o["body"],
                             "status": o["status"]} for o in occ],
        }
    files = [rel for _, rels in produced for rel in rels]
    return {"folder": f"submissions/{case.slug}", "files": files, "notes": case.notes,
            "sections": sections}


# --------------------------------------------------------------------------- main

def soffice(args, outdir, files):
    if not files:
        return
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo-unseen", "--headless",
           "--convert-to", args, "--outdir", str(outdir)] + [str(f) for f in files]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=900)


def main():
    keep = "--keep-build" in sys.argv
    build = Path(tempfile.mkdtemp(prefix="unseen-build-"))
    images = make_images(build)
    subs, truth_dir = HERE / "submissions", HERE / "truth"
    for d in (subs, truth_dir):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)

    slugs = [c.slug for c in CASES]
    assert len(slugs) == len(set(slugs))
    want_pdf, want_doc = [], []
    for case in CASES:
        cdir = build / case.slug
        cdir.mkdir()
        for f in case.files:
            p = cdir / f"{f.name}.docx"
            render_docx(f.doc, p, images, f.name)
            if "pdf" in f.out:
                want_pdf.append(p)
            if "doc" in f.out:
                want_doc.append(p)
    # One LibreOffice call per output kind per case directory (outdir must match).
    for case in CASES:
        cdir = build / case.slug
        soffice("pdf", cdir, [p for p in want_pdf if p.parent == cdir])
        soffice('doc:MS Word 97', cdir, [p for p in want_doc if p.parent == cdir])

    counts = Counter()
    rows = []
    for case in CASES:
        cdir, odir = build / case.slug, subs / case.slug
        odir.mkdir()
        produced = []
        for f in case.files:
            rels = []
            for ext in f.out:
                src = cdir / f"{f.name}.{ext}"
                assert src.exists(), src
                shutil.copy2(src, odir / src.name)
                rels.append(f"submissions/{case.slug}/{src.name}")
            produced.append((f, rels))
        truth = case_truth(case, produced)
        (truth_dir / f"{case.slug}.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        st = {s: truth["sections"][s]["status"] for s in SECTIONS}
        counts.update(st.values())
        rows.append((case, truth["files"], st))

    write_readme(rows, counts)
    if keep:
        print("build dir:", build)
    else:
        shutil.rmtree(build)
    print(json.dumps(dict(counts), ensure_ascii=False))


def write_readme(rows, counts):
    abbrev = {"rationale": "R", "objectives": "O", "actions": "A", "expected_results": "E",
              "actual_results": "X"}
    out = [
        "# Unseen innovation-KPI test set",
        "",
        "Independent test set: Thai public-sector submissions for the innovation KPI",
        "(แบบฟอร์ม 1–5 + evidence) written from knowledge of real templates, **not** from the",
        "product's rubric/heading tuning.  Regenerate with",
        "`.venv/bin/python tests/data/unseen/make_unseen.py` (needs LibreOffice `soffice`).",
        "",
        "* `submissions/<case>/` — the files an agency would upload (.docx, LibreOffice-exported",
        "  .pdf, one legacy .doc).",
        "* `truth/<case>.json` — ground truth computed from the same content the documents are",
        "  rendered from (never read back from outputs).  Body rule: a body runs from its",
        "  heading to the next heading of any kind (section or not, e.g. กลุ่มเป้าหมาย,",
        "  งบประมาณ, ลงชื่อ); paragraphs joined by `\\n`, table rows by `\\n` with cells joined",
        "  by `\\t`; page headers/footers are never in a body.  For `หัวข้อ : เนื้อหา` lines the",
        "  heading is the label before the colon and the body starts after it.  For form",
        "  tables the heading is the label cell and the body is the content cell (or the",
        "  next full-width row).  When a section occurs in several files, the top-level",
        "  fields describe the fullest occurrence (ok > too_short > placeholder > empty, then",
        "  longest) and `occurrences` lists all of them (a .docx and its .pdf export are two",
        "  occurrences).",
        "* Statuses: ok, missing, empty, placeholder (only template text: dotted lines,",
        "  (ระบุ…), -, [กรอกข้อมูล]), too_short (a real but very short body).",
        "",
        "Sections: R rationale, O objectives, A actions, E expected results, X actual results.",
        "",
        "| case | files | what it exercises | planted gaps | R | O | A | E | X |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for case, files, st in rows:
        names = "<br>".join(f.split("/")[-1] for f in files)
        esc = lambda x: x.replace("|", "\\|")  # noqa: E731
        out.append(f"| `{case.slug}` ({case.agency}) | {names} | {esc(case.notes)} | {esc(case.gaps)} | "
                   + " | ".join(st[s] for s in SECTIONS) + " |")
    out += ["", "Status totals over all cases (top-level status per section):", ""]
    out.append("| " + " | ".join(sorted(counts)) + " |")
    out.append("| " + " | ".join("---" for _ in counts) + " |")
    out.append("| " + " | ".join(str(counts[k]) for k in sorted(counts)) + " |")
    out.append("")
    (HERE / "README.md").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
