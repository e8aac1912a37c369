# -*- coding: utf-8 -*-
"""Regenerate the blind_sections2 test set.

Usage (needs python-docx + Pillow, LibreOffice `soffice`, poppler `pdftoppm`, Thai TLWG fonts):
    python make_set.py [--work /tmp/blind_sections2_work/build]

Writes  subs/NN-name/<files>, truth.json and README.md next to this script.
Content lives in content_a.py / content_b.py / content_c.py.
Scans use fixed per-submission seeds, so the degradation is reproducible.
(.docx/.pdf bytes still carry build timestamps from the zip/PDF writers.)
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


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
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


def style_font(style, font, size, bold=None, black=True):
    rPr = style.element.get_or_add_rPr()
    _set_rfonts(rPr, font)
    _set_szcs(rPr, size)
    if bold is not None:
        style.font.bold = bold
        if bold:
            rPr.get_or_add_bCs()
    if black:
        style.font.color.rgb = RGBColor(0, 0, 0)
    _set_lang_th(rPr)


def add_run(par, text, bold=False, size=None):
    run = par.add_run(text)
    rPr = run._r.get_or_add_rPr()
    if bold:
        run.bold = True
        rPr.get_or_add_bCs()
    if size:
        _set_szcs(rPr, size)
    return run


def shade(cell, fill="D9D9D9"):
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


def render_docx(blocks, path, font, size, landscape=False):
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
    normal.paragraph_format.line_spacing = 1.0
    h1 = doc.styles["Heading 1"]
    style_font(h1, font, size + 4, bold=True)
    h1.paragraph_format.space_before = Pt(6)
    h1.paragraph_format.space_after = Pt(0)

    for b in blocks:
        kind = b[0]
        if kind == "T":
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
        elif kind == "H":
            if b[2] == "cont":  # second line of a heading broken over two paragraphs
                p = doc.add_paragraph()
                add_run(p, b[1], bold=True)
            elif b[2]:
                p = doc.add_paragraph(style=b[2])
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_run(p, b[1])
            else:
                p = doc.add_paragraph()
                p.paragraph_format.space_before = Pt(4)
                add_run(p, b[1], bold=True)
        elif kind == "HI":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(4)
            add_run(p, b[1], bold=True)
            add_run(p, b[2])
        elif kind == "L":
            p = doc.add_paragraph()
            add_run(p, b[1])
        elif kind == "P":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1.25)
            add_run(p, b[1])
        elif kind == "I":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.75 + 0.75 * (b[2] - 1))
            add_run(p, b[1])
        elif kind == "TB":
            rows, opt = b[1], b[2]
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
                for ci in range(ncols):
                    if widths:
                        cells[ci].width = Cm(widths[ci])
                for ci, text in enumerate(row):
                    hdr = opt["header"] and ri == 0
                    lab = opt["label_col"] and ci == 0
                    srow = ri in opt["shade_rows"]
                    set_cell_text(cells[ci], text, bold=hdr or lab or srow, size=tsize)
                    if hdr or lab or srow:
                        shade(cells[ci], "E7E6E6")
                    if (ri, ci) in opt["shade_cells"]:
                        shade(cells[ci], "7F7F7F")
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
    cp.created = dt.datetime(2024, 1, 15, 9, 0, 0)
    cp.modified = dt.datetime(2024, 1, 15, 9, 0, 0)
    doc.save(path)


# ---------------------------------------------------------------------------
# PDF / scan helpers
# ---------------------------------------------------------------------------
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
        paper = 244
        im = im.point(lambda v: int(16 + v * (paper - 16) / 255))
        angle = rng.uniform(-1.0, 1.0)
        dx, dy = rng.randint(-12, 12), rng.randint(-10, 10)
        im = im.rotate(angle, resample=Image.BICUBIC, translate=(dx, dy), fillcolor=paper)
        im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.45, 0.75)))
        w, h = im.size
        noise = Image.frombytes("L", (w, h), rng.randbytes(w * h))
        noise = noise.point(lambda v: 128 + (v - 128) // 9)
        im = ImageChops.add(im, noise, 1.0, -128)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=55)
        buf.seek(0)
        pages.append(Image.open(buf).convert("L"))
    pages[0].save(out_path, "PDF", save_all=True, append_images=pages[1:],
                  resolution=200.0, quality=55)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
def tool_versions():
    from importlib.metadata import version
    import PIL
    v = OrderedDict()
    v["python"] = sys.version.split()[0]
    v["python-docx"] = version("python-docx")
    v["Pillow"] = PIL.__version__
    try:
        v["LibreOffice"] = subprocess.run(["soffice", "--version"], capture_output=True,
                                          text=True).stdout.strip()
    except Exception:  # pragma: no cover
        v["LibreOffice"] = "?"
    try:
        r = subprocess.run(["pdftoppm", "-v"], capture_output=True, text=True)
        v["pdftoppm"] = (r.stderr or r.stdout).splitlines()[0].strip()
    except Exception:  # pragma: no cover
        v["pdftoppm"] = "?"
    return v


def font_file(font):
    try:
        return subprocess.run(["fc-match", "-f", "%{file}", font], capture_output=True,
                              text=True).stdout.strip()
    except Exception:  # pragma: no cover
        return "?"


def build(work):
    subs_dir = os.path.join(HERE, "subs")
    shutil.rmtree(subs_dir, ignore_errors=True)
    os.makedirs(subs_dir)
    os.makedirs(work, exist_ok=True)
    truth = OrderedDict()
    for s in SUBS:
        d = os.path.join(subs_dir, s["id"])
        os.makedirs(d)
        for f in s["files"]:
            kind = f["kind"]
            if kind == "docx":
                render_docx(f["blocks"], os.path.join(d, f["name"]), s["font"], s["size"],
                            f.get("landscape", False))
                continue
            stem = "src_" + s["id"]
            tdir = os.path.join(work, stem)
            shutil.rmtree(tdir, ignore_errors=True)
            os.makedirs(tdir)
            src = os.path.join(tdir, stem + ".docx")
            render_docx(f["blocks"], src, s["font"], s["size"], f.get("landscape", False))
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
                assert tr["file"] is None and tr["heading"] is None, (s["id"], k)
            else:
                assert tr["file"] in names, (s["id"], k, tr["file"])
            entry[k] = OrderedDict((x, tr[x]) for x in ("status", "file", "heading", "starts"))
        entry["notes"] = s["truth"]["notes"]
        truth[s["id"]] = entry
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    write_readme(truth)
    return truth


def write_readme(truth):
    vers = tool_versions()
    by_status = Counter()
    by_key = {k: Counter() for k in KEYS}
    for sid, e in truth.items():
        for k in KEYS:
            by_status[e[k]["status"]] += 1
            by_key[k][e[k]["status"]] += 1
    total = sum(by_status.values())
    fonts = sorted({s["font"] for s in SUBS})
    kinds = Counter(f["kind"] for s in SUBS for f in s["files"])
    L = []
    a = L.append
    a("# blind_sections2 — blind test set for the five required contents")
    a("")
    a("**Written blind.** The author did not read any code, rubric, lexicon, tests or data of the "
      "product repository (only this folder was written) and did not run the product. Documents "
      "were modelled from general knowledge of Thai government templates and writing habits "
      "and from the task brief (five keys, ok/placeholder/missing, and the rubric note on "
      "เป้าหมาย vs. กลุ่มเป้าหมาย). All organisations, people and numbers are fictional.")
    a("")
    a("## Layout")
    a("")
    a("- `subs/NN-name/` — one submission each (1–2 files).")
    a("- `truth.json` — `{id: {key: {status, file, heading, starts}, notes}}` for the keys "
      + ", ".join("`%s`" % k for k in KEYS) + ". `heading` is the heading as printed (a heading "
      "split over two lines/cell paragraphs is joined; no space is inserted where the break falls "
      "inside a Thai phrase, e.g. 'หลักการและ' + 'เหตุผล'; a parenthesised instruction line under "
      "an award-form heading is not part of the heading); `starts` gives the first words of the body "
      "(for tables a short description of what follows the heading). Missing keys have "
      "`file: null, heading: null, starts: ''`.")
    a("- `make_set.py` + `content_a.py`, `content_b.py`, `content_c.py` — regenerate everything: "
      "`python make_set.py` (python-docx, Pillow, LibreOffice, pdftoppm). Scan degradation uses "
      "fixed per-submission seeds.")
    a("")
    a("## How it was made")
    a("")
    for k, v in vers.items():
        a("- %s: %s" % (k, v))
    a("- Thai fonts (TLWG, via fontconfig): " + ", ".join(
        "%s (`%s`)" % (f, os.path.basename(font_file(f))) for f in fonts)
      + ". Laksaman was deliberately not used.")
    a("- .docx written with python-docx; Thai font set on ascii/hAnsi/cs/eastAsia with szCs and "
      "`w:lang bidi=th-TH`. Headings are bold body paragraphs as in real office documents, except "
      "the chapter titles of 08 which use Word's *Heading 1* style.")
    a("- Text PDFs: `soffice --headless --convert-to pdf` of a .docx built from the same content "
      "(the .docx is not shipped).")
    a("- Scans: LibreOffice PDF → `pdftoppm -r 200 -gray` → Pillow: paper tone, rotation within "
      "±1°, small shift, Gaussian blur 0.45–0.75 px, ±14 grey-level noise, JPEG q55 → image-only "
      "PDF at 200 dpi (no text layer, no fonts).")
    a("- Files: %d .docx, %d text PDF, %d scans across %d submissions."
      % (kinds["docx"], kinds["pdf"], kinds["scan"], len(SUBS)))
    a("")
    a("## Submissions")
    a("")
    a("| id | modelled on | files (format) | R | O | A | E | X | what it tests |")
    a("|---|---|---|---|---|---|---|---|---|")
    ab = {"ok": "ok", "placeholder": "P", "missing": "–"}
    for s in SUBS:
        e = truth[s["id"]]
        files = "<br>".join("`%s` (%s)" % (f["name"], KIND_LABEL[f["kind"]]) for f in s["files"])
        st = " | ".join(ab[e[k]["status"]] for k in KEYS)
        a("| %s | %s | %s | %s | %s |" % (s["id"], s["model"], files, st, s["tests"]))
    a("")
    a("R = rationale, O = objectives, A = actions, E = expected_results, X = actual_results; "
      "P = placeholder, – = missing.")
    a("")
    a("## Counts")
    a("")
    a("%d submissions × 5 keys = %d judgements." % (len(truth), total))
    a("")
    a("| status | count | share |")
    a("|---|---|---|")
    for st in ("ok", "placeholder", "missing"):
        a("| %s | %d | %.0f%% |" % (st, by_status[st], 100.0 * by_status[st] / total))
    a("")
    a("| key | ok | placeholder | missing |")
    a("|---|---|---|---|")
    for k in KEYS:
        a("| %s | %d | %d | %d |" % (k, by_key[k]["ok"], by_key[k]["placeholder"],
                                     by_key[k]["missing"]))
    a("")
    a("## Judgement calls")
    a("")
    a("General rules applied:")
    a("")
    a("- Status is per submission: if any file has real content for a key it is `ok` "
      "(13: actions delegated to the attached แบบ ผด.๐๒).")
    a("- `placeholder` = a heading/label exists but what follows is only dot leaders, "
      "`(ระบุ…)` / `นำ…มาเขียน` instructions, `เพื่อ……` stubs, bare numbering, an empty table grid, "
      "an empty label-table cell, or generic rows printed in every copy of the form.")
    a("- `เป้าหมาย` counts as expected results only when it states an outcome/qualitative target "
      "and there is no expected-results heading (02, 07); a เป้าหมาย that only counts people is a "
      "target group (01, 12, 13). KPI/indicator tables with a `ค่าเป้าหมาย` column are not "
      "treated as expected results when an expected-results heading exists (06, 15).")
    a("- Evaluation-method paragraphs (`การติดตามและประเมินผล`, `การประเมินผล`) in proposals are "
      "not actual results (01, 12). Evaluation reports' `ผลการประเมิน` chapter and executive "
      "summary are actual results (08).")
    a("- Words such as `วัตถุประสงค์` inside running text, table column headers or checkbox rows "
      "are distractors, not sections (02, 04, 07, 14).")
    a("")
    a("Per-submission notes (also in `truth.json`):")
    a("")
    for sid, e in truth.items():
        a("- **%s** — %s" % (sid, e["notes"]))
    a("")
    a("Calls the author is least sure about:")
    a("")
    a("1. **05 rationale = ok under `๑. เรื่องเดิม`** — memo convention; the paragraph gives the "
      "background and the need (เนื่องจาก… จึงมีความจำเป็น…), but a lexicon may not know the "
      "heading.")
    a("2. **12 objectives = ok under `๒. ความมุ่งหมาย`** — military wording for objectives.")
    a("3. **02 objectives = missing / expected = ok** — the CQI `เป้าหมาย:` is read as expected "
      "results (rubric), so there is no objectives section; some readers would call it the "
      "objective.")
    a("4. **06 expected = placeholder** despite the filled KPI table with `ค่าเป้าหมาย`.")
    a("5. **13 actions = ok** only via the attached ผด.๐๒ table (the project PDF's own "
      "`๕. วิธีดำเนินการ` is bare numbering).")
    a("6. **04 expected = missing** — the award form's `ผลลัพธ์ ผลผลิต และประโยชน์ที่ได้รับ` is "
      "treated as actual results only; `ความยั่งยืนและการขยายผล` is a plan, not expected results.")
    a("7. **14 / 15 actual = placeholder** — the report part of the form is printed but unfilled "
      "(a reader could argue `missing` because nothing was reported).")
    a("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default="/tmp/blind_sections2_work/build")
    args = ap.parse_args()
    truth = build(args.work)
    c = Counter(e[k]["status"] for e in truth.values() for k in KEYS)
    print("submissions:", len(truth), "judgements:", sum(c.values()), dict(c))


if __name__ == "__main__":
    main()
