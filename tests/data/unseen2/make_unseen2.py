"""Generate the unseen2 evaluation set: submissions (.docx / LibreOffice PDF) and truth JSON.

Run from anywhere:  .venv/bin/python tests/data/unseen2/make_unseen2.py
Content lives in cases.py (block lists written by hand); this script renders
the blocks with python-docx, exports PDFs with LibreOffice, and writes the
ground truth from the blocks themselves (never from the rendered files).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep the data folder free of __pycache__
sys.path.insert(0, str(HERE))
from cases import CASES  # noqa: E402

SECTION_KEYS = ("rationale", "objectives", "actions", "expected_results", "actual_results")
STATUSES = {"ok", "missing", "empty", "placeholder", "too_short"}
FONT = "TH SarabunPSK"


# ----------------------------------------------------------------- rendering
def _font(run, name, size=None, bold=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), name)
    if size:
        run.font.size = Pt(size)
        szcs = rpr.find(qn("w:szCs"))
        if szcs is None:
            szcs = OxmlElement("w:szCs")
            rpr.append(szcs)
        szcs.set(qn("w:val"), str(int(size * 2)))
    if bold is not None:
        run.font.bold = bold
        if bold:
            bcs = OxmlElement("w:bCs")
            rpr.append(bcs)


def _style_font(style, name, size, color_black=True):
    style.font.name = name
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), name)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]
    szcs = rpr.find(qn("w:szCs"))
    if szcs is None:
        szcs = OxmlElement("w:szCs")
        rpr.append(szcs)
    szcs.set(qn("w:val"), str(int(size * 2)))
    if color_black:
        style.font.color.rgb = RGBColor(0, 0, 0)


def _spacing(par, before=0, after=0):
    par.paragraph_format.space_before = Pt(before)
    par.paragraph_format.space_after = Pt(after)


def _cell_text(cell, lines, size, bold=False, font=FONT):
    first = True
    for line in lines:
        par = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        _spacing(par)
        _font(par.add_run(line), font, size, bold)


def _widths(tbl, widths):
    """Fix column widths in both tblGrid and every cell (LibreOffice reads the grid)."""
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in tbl.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = Cm(w)


def _photo(path: Path, seed: int):
    from PIL import Image, ImageDraw

    rnd = random.Random(seed)
    img = Image.new("RGB", (640, 400), (200 + rnd.randint(0, 40), 210, 220))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 260, 640, 400], fill=(120 + rnd.randint(0, 40), 100, 80))  # floor
    d.rectangle([60, 40, 380, 220], fill=(30, 30, 40))  # screen / board
    d.rectangle([70, 50, 370, 210], fill=(70, 140, 200))
    for i in range(5):  # people
        x = 120 + i * 95 + rnd.randint(-10, 10)
        d.ellipse([x, 180, x + 40, 220], fill=(90, 60, 40))
        d.rectangle([x - 5, 220, x + 45, 330], fill=(rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(0, 255)))
    d.rectangle([420, 150, 600, 270], fill=(150, 110, 60))  # table
    img.save(path, "JPEG", quality=60)


def render(doc_spec: dict, out: Path, tmp: Path):
    doc = Document()
    font = doc_spec.get("font", FONT)
    base = doc_spec.get("size", 16)
    _style_font(doc.styles["Normal"], font, base)
    for lvl, extra in ((1, 2), (2, 1)):
        st = doc.styles[f"Heading {lvl}"]
        _style_font(st, font, base + extra, color_black=doc_spec.get("heading_black", True))
        st.font.bold = True
    sec = doc.sections[0]
    if doc_spec.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.0)

    for b in doc_spec["blocks"]:
        t = b["t"]
        size = b.get("size") or base
        if t == "title":
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _spacing(par, 0, 2)
            _font(par.add_run(b["text"]), font, b.get("size") or base + 2, True)
        elif t == "h":
            if b["style"] == "word":
                par = doc.add_heading(level=b["level"])
                _spacing(par, 8, 3)
                _font(par.add_run(b["text"]), font, None, None)
            elif b["style"] == "box":
                tbl = doc.add_table(rows=1, cols=1)
                tbl.style = "Table Grid"
                cell = tbl.rows[0].cells[0]
                _cell_text(cell, [b["text"]], size, True, font)
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:fill"), "D9D9D9")
                cell._tc.get_or_add_tcPr().append(shd)
                _spacing(doc.add_paragraph(), 0, 0)  # a thin spacer line, as Word users do
            else:
                par = doc.add_paragraph()
                _spacing(par, 6, 2)
                _font(par.add_run(b["text"]), font, b.get("size") or size, True)
        elif t == "kv":
            par = doc.add_paragraph()
            _spacing(par, 2, 2)
            _font(par.add_run(b["label"]), font, size, True)
            _font(par.add_run(b["sep"] + b["value"]), font, size, False)
        elif t == "p":
            par = doc.add_paragraph()
            _spacing(par, 0, 2)
            if b["indent"]:
                par.paragraph_format.first_line_indent = Cm(1.25)
            if b["align"] == "center":
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif b["align"] == "justify":
                par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            _font(par.add_run(b["text"]), font, size)
        elif t == "table":
            rows = b["rows"]
            tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tbl.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = tbl.rows[i].cells[j]
                    if b["widths"]:
                        cell.width = Cm(b["widths"][j])
                    _cell_text(cell, [val], size - 1 if not b.get("size") else size, b["header"] and i == 0, font)
            if b["widths"]:
                _widths(tbl, b["widths"])
            _spacing(doc.add_paragraph(), 0, 0)
        elif t == "form":
            rows = b["rows"]
            nrows = len(rows) + (1 if b["header"] else 0)
            tbl = doc.add_table(rows=nrows, cols=2)
            tbl.style = "Table Grid"
            r0 = 0
            if b["header"]:
                for j, val in enumerate(b["header"]):
                    tbl.rows[0].cells[j].width = Cm(b["widths"][j])
                    _cell_text(tbl.rows[0].cells[j], [val], size, True, font)
                r0 = 1
            for i, row in enumerate(rows):
                c0, c1 = tbl.rows[r0 + i].cells
                c0.width, c1.width = Cm(b["widths"][0]), Cm(b["widths"][1])
                _cell_text(c0, [row["label"]], size, True, font)
                _cell_text(c1, row["lines"] or [""], size, False, font)
            _widths(tbl, b["widths"])
            _spacing(doc.add_paragraph(), 0, 0)
        elif t == "sig":
            for line in b["lines"]:
                par = doc.add_paragraph()
                par.paragraph_format.left_indent = Cm(6.0)
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _spacing(par, 0, 0)
                _font(par.add_run(line), font, size)
        elif t == "img":
            path = tmp / b["name"]
            _photo(path, b["seed"])
            doc.add_picture(str(path), width=Cm(9))
            doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(par.add_run(b["caption"]), font, size - 2)
        elif t == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(t)
    doc.core_properties.author = doc_spec.get("author", "")
    doc.core_properties.title = ""
    doc.save(out)


# ----------------------------------------------------------------- truth
def _table_lines(rows):
    return ["\t".join(r) for r in rows]


def occurrences(blocks):
    """Walk the blocks; every heading-like block closes the open section body."""
    found = []
    cur = None

    def close():
        nonlocal cur
        if cur is not None:
            found.append(cur)
        cur = None

    for b in blocks:
        t = b["t"]
        if t in ("title", "sig"):
            close()
        elif t == "h":
            close()
            if b["key"]:
                cur = {"key": b["key"], "heading": b["text"], "lines": [], "status": b["status"]}
        elif t == "kv":
            close()
            if b["key"]:
                cur = {"key": b["key"], "heading": b["label"], "lines": [b["value"]], "status": b["status"]}
        elif t == "form":
            close()
            for row in b["rows"]:
                if row["key"]:
                    found.append({"key": row["key"], "heading": row["label"], "lines": list(row["lines"]),
                                  "status": row["status"]})
        elif t == "p":
            if cur is not None:
                cur["lines"].append(b["text"])
        elif t == "table":
            if cur is not None:
                cur["lines"].extend(_table_lines(b["rows"]))
        elif t == "img":
            if cur is not None:
                cur["lines"].append(b["caption"])
        elif t == "pb":
            pass
    close()
    for o in found:
        o["body"] = "\n".join(o.pop("lines"))
        if o["status"] == "empty":
            assert o["body"] == "", o
        else:
            assert o["body"].strip(), o
        assert o["status"] in STATUSES and o["status"] != "missing", o
    return found


def _words(text):
    return len(text.split())


def truth_for(case, files_occ):
    sections = {}
    for key in SECTION_KEYS:
        occ = [dict(file=f, heading=o["heading"], body=o["body"], status=o["status"])
               for f, occs in files_occ for o in occs if o["key"] == key]
        if not occ:
            sections[key] = {"status": "missing", "file": None, "heading": None, "body": None, "occurrences": []}
        else:
            best = max(occ, key=lambda o: (len(o["body"]), -occ.index(o)))
            sections[key] = {"status": best["status"], "file": best["file"], "heading": best["heading"],
                             "body": best["body"], "occurrences": occ}
        want = case["expect"].get(key, "ok")
        assert sections[key]["status"] == want, (case["slug"], key, sections[key]["status"], want)
    folder = f"submissions/{case['slug']}"
    return {"folder": folder, "files": [f for f, _ in files_occ], "notes": case["notes"], "sections": sections}


# ----------------------------------------------------------------- main
def soffice_pdf(docx_files, outdir: Path):
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo-unseen2", "--headless", "--convert-to", "pdf",
           "--outdir", str(outdir)] + [str(f) for f in docx_files]
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def main():
    subs, truth_dir = HERE / "submissions", HERE / "truth"
    for d in (subs, truth_dir):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="unseen2_"))
    pending = []  # (case, docx path in tmp, keep_docx)
    for case in CASES:
        cdir = subs / case["slug"]
        cdir.mkdir()
        for doc in case["docs"]:
            stem = doc["name"]
            work = tmp / case["slug"]
            work.mkdir(exist_ok=True)
            path = work / f"{stem}.docx"
            render(doc, path, work)
            if doc["out"] in ("docx", "both"):
                shutil.copy(path, cdir / f"{stem}.docx")
            if doc["out"] in ("pdf", "both"):
                pending.append((case, doc, path))
    # one LibreOffice run per case folder (batch many files per call)
    by_case = {}
    for case, doc, path in pending:
        by_case.setdefault(case["slug"], []).append(path)
    for slug, paths in by_case.items():
        soffice_pdf(paths, subs / slug)
    for case in CASES:
        files_occ = []
        for doc in case["docs"]:
            occ = occurrences(doc["blocks"])
            exts = {"docx": ["docx"], "pdf": ["pdf"], "both": ["docx", "pdf"]}[doc["out"]]
            for ext in exts:
                rel = f"submissions/{case['slug']}/{doc['name']}.{ext}"
                assert (HERE / rel).exists(), rel
                files_occ.append((rel, occ))
        truth = truth_for(case, files_occ)
        (truth_dir / f"{case['slug']}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n",
                                                        encoding="utf-8")
    shutil.rmtree(tmp)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
