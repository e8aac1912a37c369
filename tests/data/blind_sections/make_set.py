#!/usr/bin/env python3
"""Generator for the blind section-finding validation set (issue 12).

Written blind: without reading the product's code, lexicon, samples or tests.
Needs python-docx and Pillow (a private venv was used:
  python3 -m venv /tmp/blind_sections_work/venv
  /tmp/blind_sections_work/venv/bin/pip install python-docx pillow
) plus LibreOffice (soffice) and poppler (pdftoppm) on PATH.

Run:  /tmp/blind_sections_work/venv/bin/python make_set.py
It rewrites subs/ and truth.json next to this file.  The scans are made
with a fixed random seed, so reruns give the same degradation.
"""
import json
import os
import random
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from PIL import Image, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
SUBS = os.path.join(HERE, "subs")
FONT = "Laksaman"
KEYS = ["rationale", "objectives", "actions", "expected_results", "actual_results"]

# ---------------------------------------------------------------- docx writer
# A document is a list of blocks:
#   ("T", text)          centred bold title line
#   ("H", text)          bold heading paragraph (left)
#   ("HC", text)         bold centred heading (chapter lines)
#   ("P", text)          body; "\n" splits into paragraphs
#   ("TB", rows, widths) table; a cell string with "\n" becomes several
#                        paragraphs; a cell starting with "**" is bold
#   ("BR",)              page break


def _font(run, bold=False, size=15):
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), FONT)
    if bold:
        b = rpr.makeelement(qn("w:bCs"), {})
        rpr.append(b)
    sz = rpr.makeelement(qn("w:szCs"), {qn("w:val"): str(size * 2)})
    rpr.append(sz)


def _para(container, text, bold=False, align=None, size=15, indent=False):
    p = container.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(2)
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.25)
    _font(p.add_run(text), bold=bold, size=size)
    return p


def build_docx(blocks, path):
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(15)
    st.element.get_or_add_rPr()
    for b in blocks:
        kind = b[0]
        if kind == "T":
            for line in b[1].split("\n"):
                _para(d, line, bold=True, align="c", size=17)
        elif kind == "HC":
            _para(d, b[1], bold=True, align="c", size=17)
        elif kind == "H":
            _para(d, b[1], bold=True)
        elif kind == "P":
            for line in b[1].split("\n"):
                _para(d, line, indent=len(line) > 90)
        elif kind == "BR":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "TB":
            rows, widths = b[1], b[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(rows):
                for c, cell_text in enumerate(row):
                    cell = t.cell(r, c)
                    cell.width = Cm(widths[c])
                    bold = cell_text.startswith("**")
                    cell_text = cell_text[2:] if bold else cell_text
                    lines = cell_text.split("\n")
                    cell.paragraphs[0].text = ""
                    _font(cell.paragraphs[0].add_run(lines[0]), bold=bold, size=14)
                    for line in lines[1:]:
                        _para(cell, line, bold=bold, size=14)
            d.add_paragraph()
        else:
            raise ValueError(kind)
    d.save(path)


def to_pdf(docx_path, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir",
                    outdir, docx_path], check=True, capture_output=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")


def scan(pdf_path, out_path, seed):
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "200", "-png", pdf_path, os.path.join(td, "p")], check=True)
        pages = []
        for f in sorted(os.listdir(td)):
            im = Image.open(os.path.join(td, f)).convert("L")
            im = im.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=255)
            im = im.filter(ImageFilter.GaussianBlur(0.6))
            # light grey paper tone and speckle
            px = im.load()
            w, h = im.size
            for _ in range(2500):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.choice((150, 190, 220))
            im = im.point(lambda v: int(v * 0.93 + 8))
            jp = os.path.join(td, f + ".jpg")
            im.save(jp, "JPEG", quality=55)
            pages.append(Image.open(jp).convert("RGB"))
        pages[0].save(out_path, "PDF", resolution=200.0, save_all=True, append_images=pages[1:])


# ------------------------------------------------------------------ content
import sys  # noqa: E402
sys.path.insert(0, HERE)
from content import SETS  # noqa: E402  (texts and truth live in content.py)


def main():
    if os.path.isdir(SUBS):
        shutil.rmtree(SUBS)
    os.makedirs(SUBS)
    truth = {}
    for name, files, t in SETS:
        d = os.path.join(SUBS, name)
        os.makedirs(d)
        for fname, kind, blocks in files:
            stem = os.path.splitext(fname)[0]
            if kind == "docx":
                build_docx(blocks, os.path.join(d, fname))
            else:
                with tempfile.TemporaryDirectory() as td:
                    dx = os.path.join(td, stem + ".docx")
                    build_docx(blocks, dx)
                    pdf = to_pdf(dx, td)
                    if kind == "pdf":
                        shutil.copy(pdf, os.path.join(d, fname))
                    elif kind == "scan":
                        scan(pdf, os.path.join(d, fname), seed=sum(map(ord, name)))
                    else:
                        raise ValueError(kind)
        for k in KEYS:
            assert k in t, (name, k)
        truth[name] = t
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("wrote", len(truth), "submissions")


if __name__ == "__main__":
    main()
