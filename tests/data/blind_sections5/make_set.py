# -*- coding: utf-8 -*-
"""Regenerate the blind_sections5 test set.

Usage (python-docx + Pillow, LibreOffice `soffice`, poppler `pdftoppm`, TLWG Thai fonts):
    python make_set.py [--work /tmp/blind_sections5_work]

Writes subs/NN-name/<files>, truth.json and README.md next to this script.
Content lives in content_a.py (01-04), content_b.py (05-08), content_c.py (09-12).
Scan degradation uses fixed per-submission seeds (5503, 5508).
"""
import argparse
import datetime as dt
import io
import json
import os
import random
import shutil
import subprocess
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402
from PIL import Image, ImageChops, ImageFilter  # noqa: E402

import content_a  # noqa: E402
import content_b  # noqa: E402
import content_c  # noqa: E402

SUBS = content_a.SUBS + content_b.SUBS + content_c.SUBS
KEYS = ["rationale", "objectives", "actions", "expected_results", "actual_results"]
KIND_LABEL = {"docx": ".docx", "pdf": "text PDF (LibreOffice from .docx)",
              "scan": "scan (image-only PDF)"}


# --------------------------------------------------------------------------- docx helpers
def _set_rfonts(rPr, font):
    rFonts = rPr.get_or_add_rFonts()
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rFonts.get(qn(a)) is not None:
            del rFonts.attrib[qn(a)]
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rFonts.set(qn(a), font)


def _set_szcs(rPr, size):
    sz = rPr.get_or_add_sz()
    sz.set(qn("w:val"), str(int(round(size * 2))))
    szcs = rPr.find(qn("w:szCs"))
    if szcs is None:
        szcs = OxmlElement("w:szCs")
        sz.addnext(szcs)
    szcs.set(qn("w:val"), str(int(round(size * 2))))


def _set_lang_th(rPr):
    lang = rPr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rPr.append(lang)
    lang.set(qn("w:val"), "th-TH")
    lang.set(qn("w:bidi"), "th-TH")


def style_font(style, font, size, bold=None):
    rPr = style.element.get_or_add_rPr()
    _set_rfonts(rPr, font)
    _set_szcs(rPr, size)
    if bold is not None:
        style.font.bold = bold
        if bold:
            rPr.get_or_add_bCs()
    style.font.color.rgb = RGBColor(0, 0, 0)
    _set_lang_th(rPr)


def add_run(par, text, bold=False, size=None, underline=False):
    run = par.add_run(text)
    rPr = run._r.get_or_add_rPr()
    if bold:
        run.bold = True
        rPr.get_or_add_bCs()
    if underline:
        run.underline = True
    if size:
        _set_szcs(rPr, size)
    return run


def shade(cell, fill="E7E6E6"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell_text(cell, text, bold, size):
    lines = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        par = first if i == 0 else cell.add_paragraph()
        par.paragraph_format.space_after = Pt(0)
        if line:
            add_run(par, line, bold=bold, size=size)


def set_columns(section, num, space_cm=0.8):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_cm * 567)))


def render_docx(blocks, path, font, size, landscape=False, columns=1):
    doc = Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(1.5)
        sec.top_margin = sec.bottom_margin = Cm(1.5)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
        sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.0)
    normal = doc.styles["Normal"]
    style_font(normal, font, size)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.05
    h1 = doc.styles["Heading 1"]
    style_font(h1, font, size + 4, bold=True)
    h1.paragraph_format.space_before = Pt(6)
    h1.paragraph_format.space_after = Pt(0)
    h1.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h2 = doc.styles["Heading 2"]
    style_font(h2, font, size + 1, bold=True)
    h2.paragraph_format.space_before = Pt(6)
    h2.paragraph_format.space_after = Pt(0)
    if columns > 1:
        set_columns(sec, columns)

    for b in blocks:
        kind = b[0]
        if kind == "T":  # centred bold title
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_run(p, b[1], bold=True, size=b[2] or size + 3)
        elif kind == "C":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_run(p, b[1])
        elif kind == "R":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            add_run(p, b[1])
        elif kind == "H":  # bold heading paragraph
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(5)
            add_run(p, b[1], bold=True)
        elif kind == "H2":  # second line of a heading broken over two paragraphs
            p = doc.add_paragraph()
            add_run(p, b[1], bold=True)
        elif kind == "HU":  # bold + underlined sub-heading
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(3)
            p.paragraph_format.left_indent = Cm(b[2] if len(b) > 2 else 0)
            add_run(p, b[1], bold=True, underline=True)
        elif kind == "HS":  # Word "Heading 1" style, one paragraph per line
            for line in b[1]:
                p = doc.add_paragraph(style="Heading 1")
                add_run(p, line)
        elif kind == "HS2":  # Word "Heading 2" style, one paragraph per line
            for line in b[1]:
                p = doc.add_paragraph(style="Heading 2")
                add_run(p, line)
        elif kind == "HI":  # bold heading + body on the same line
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(5)
            add_run(p, b[1], bold=True)
            add_run(p, b[2])
        elif kind == "L":
            p = doc.add_paragraph()
            add_run(p, b[1])
        elif kind == "P":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1.25)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            add_run(p, b[1])
        elif kind == "I":
            p = doc.add_paragraph()
            lvl = b[2] if len(b) > 2 else 1
            p.paragraph_format.left_indent = Cm(0.75 * lvl)
            add_run(p, b[1])
        elif kind == "SIG":  # signature block, indented to the right half
            doc.add_paragraph()
            for line in b[1]:
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(b[2] if len(b) > 2 else 7.5)
                add_run(p, line)
        elif kind == "TB":
            rows, opt = b[1], dict(TB_DEFAULT, **b[2])
            ncols = max(len(r) for r in rows)
            tsize = size + opt["font_delta"]
            table = doc.add_table(rows=len(rows), cols=ncols)
            table.style = doc.styles["Table Grid"]
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            table.autofit = False
            widths = opt["widths"]
            if widths:
                for ci, col in enumerate(table.columns):
                    col.width = Cm(widths[ci])
            for ri, row in enumerate(rows):
                cells = table.rows[ri].cells
                if len(row) < ncols:
                    cells[len(row) - 1].merge(cells[ncols - 1])
                    cells = table.rows[ri].cells
                if widths:
                    for ci in range(ncols):
                        cells[ci].width = Cm(widths[ci])
                for ci, text in enumerate(row):
                    hdr = opt["header"] and ri == 0
                    lab = opt["label_col"] and ci == 0
                    srow = ri in opt["shade_rows"]
                    set_cell_text(cells[ci], text, bold=hdr or lab or srow, size=tsize)
                    if hdr or srow or (lab and opt["shade_label"]):
                        shade(cells[ci])
                    if (ri, ci) in opt["shade_cells"]:
                        shade(cells[ci], "7F7F7F")
                if opt["min_height"]:
                    table.rows[ri].height = Cm(opt["min_height"])
            doc.add_paragraph()
        elif kind == "PB":
            doc.add_page_break()
        elif kind == "BL":
            doc.add_paragraph()
        else:
            raise ValueError(kind)

    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.comments = ""
    cp.revision = 1
    cp.created = dt.datetime(2025, 2, 3, 9, 0, 0)
    cp.modified = dt.datetime(2025, 2, 3, 9, 0, 0)
    doc.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the .docx zip with fixed entry timestamps so reruns are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)


TB_DEFAULT = {"widths": None, "header": True, "label_col": False, "shade_rows": (),
              "shade_cells": (), "font_delta": -1, "shade_label": True, "min_height": None}


# --------------------------------------------------------------------------- PDF / scan
def to_pdf(docx_path, outdir, work):
    profile = "file://" + os.path.join(work, "lo_profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    if not os.path.exists(pdf):
        raise RuntimeError("conversion failed: " + docx_path)
    return pdf


def make_scan(pdf_path, out_path, seed, work):
    rng = random.Random(seed)
    tmp = os.path.join(work, "scan_%d" % seed)
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", pdf_path,
                    os.path.join(tmp, "p")], check=True)
    pages = []
    for fn in sorted(os.listdir(tmp)):
        im = Image.open(os.path.join(tmp, fn)).convert("L")
        paper = 242
        im = im.point(lambda v: int(18 + v * (paper - 18) / 255))
        angle = rng.uniform(-1.0, 1.0)
        dx, dy = rng.randint(-10, 10), rng.randint(-10, 10)
        im = im.rotate(angle, resample=Image.BICUBIC, translate=(dx, dy), fillcolor=paper)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        w, h = im.size
        noise = Image.frombytes("L", (w, h), rng.randbytes(w * h))
        noise = noise.point(lambda v: 128 + (v - 128) // 10)
        im = ImageChops.add(im, noise, 1.0, -128)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=60)
        buf.seek(0)
        pages.append(Image.open(buf).convert("L"))
    pages[0].save(out_path, "PDF", save_all=True, append_images=pages[1:],
                  resolution=200.0, quality=60,
                  creationDate=dt.datetime(2025, 2, 3, 9, 0, 0).timetuple(),
                  modDate=dt.datetime(2025, 2, 3, 9, 0, 0).timetuple())
    shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------- build
def tool_versions():
    from importlib.metadata import version
    import PIL
    v = OrderedDict()
    v["python"] = sys.version.split()[0]
    v["python-docx"] = version("python-docx")
    v["Pillow"] = PIL.__version__
    v["LibreOffice"] = subprocess.run(["soffice", "--version"], capture_output=True,
                                      text=True).stdout.strip()
    r = subprocess.run(["pdftoppm", "-v"], capture_output=True, text=True)
    v["pdftoppm"] = (r.stderr or r.stdout).splitlines()[0].strip()
    return v


def font_file(font):
    return subprocess.run(["fc-match", "-f", "%{file}", font], capture_output=True,
                          text=True).stdout.strip()


def build(work):
    subs_dir = os.path.join(HERE, "subs")
    shutil.rmtree(subs_dir, ignore_errors=True)
    os.makedirs(subs_dir)
    os.makedirs(work, exist_ok=True)
    truth = OrderedDict()
    ids = [s["id"] for s in SUBS]
    assert len(ids) == len(set(ids)) == 12, ids
    for s in SUBS:
        d = os.path.join(subs_dir, s["id"])
        os.makedirs(d)
        for f in s["files"]:
            kind = f["kind"]
            font = f.get("font", s["font"])
            size = f.get("size", s["size"])
            if kind == "docx":
                render_docx(f["blocks"], os.path.join(d, f["name"]), font, size,
                            f.get("landscape", False), f.get("columns", 1))
                continue
            stem = "src_" + s["id"] + "_" + str(s["files"].index(f))
            tdir = os.path.join(work, stem)
            shutil.rmtree(tdir, ignore_errors=True)
            os.makedirs(tdir)
            src = os.path.join(tdir, stem + ".docx")
            render_docx(f["blocks"], src, font, size, f.get("landscape", False),
                        f.get("columns", 1))
            pdf = to_pdf(src, tdir, work)
            if kind == "pdf":
                shutil.copy(pdf, os.path.join(d, f["name"]))
            else:
                make_scan(pdf, os.path.join(d, f["name"]), f["seed"], work)
        names = {f["name"] for f in s["files"]}
        entry = OrderedDict()
        for k in KEYS:
            tr = s["truth"][k]
            assert tr["status"] in ("ok", "placeholder", "missing"), (s["id"], k)
            if tr["status"] == "missing":
                assert tr["file"] is None and tr["heading"] is None and tr["starts"] == "", (s["id"], k)
            else:
                assert tr["file"] in names, (s["id"], k, tr["file"])
                assert tr["heading"], (s["id"], k)
            entry[k] = OrderedDict((x, tr[x]) for x in ("status", "file", "heading", "starts"))
        entry["notes"] = s["truth"]["notes"]
        truth[s["id"]] = entry
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    import readme
    readme.write_readme(HERE, truth, SUBS, KEYS, KIND_LABEL, tool_versions(), font_file)
    return truth


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default="/tmp/blind_sections5_work")
    args = ap.parse_args()
    truth = build(args.work)
    c = Counter(e[k]["status"] for e in truth.values() for k in KEYS)
    print("submissions:", len(truth), "judgements:", sum(c.values()), dict(c))


if __name__ == "__main__":
    main()
