"""Checks of the generated set (run with the venv python from the set folder):
 - every truth file exists, is NFC and passes the Thai code-point lint;
 - the clean LibreOffice export of every page says exactly the truth (MuPDF text,
   which honours ActualText and keeps stream order; whitespace and leader dots
   removed), which validates the truth text;
 - a page marked good has a MuPDF layer equal to its truth (pdfium and pdftotext
   are reported too: both re-order some Thai marks even in good files);
 - a page marked damaged (not scan) has a layer that differs from the truth under
   MuPDF and/or pdfium; a scan page has no text at all.
"""
import difflib
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(HERE, "src"))
import docmodel  # noqa: E402
import extract  # noqa: E402

WORK = os.environ.get("BLIND_WORK", "/tmp/blind_reading_work")


def ns(s):
    s = unicodedata.normalize("NFC", s)
    s = docmodel.LEADER.sub("", s)
    return re.sub(r"\s+", "", s)


def cmp(a, b):
    if a == b:
        return "exact"
    if Counter(a) == Counter(b):
        return "same-chars-other-order"
    return "DIFF %.3f" % difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def render_diff(a_path, a_page, b_path, b_page, dpi=100):
    """Number of pixels that differ by more than 96 grey levels between two renderings."""
    import subprocess, io
    import numpy as np
    from PIL import Image
    ims = []
    for p, n in ((a_path, a_page), (b_path, b_page)):
        png = subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-f", str(n), "-l", str(n), "-png", p],
                             capture_output=True, check=True).stdout
        ims.append(np.array(Image.open(io.BytesIO(png))).astype(int))
    if ims[0].shape != ims[1].shape:
        return -1
    return int((np.abs(ims[0] - ims[1]) > 96).sum())


def main():
    man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    internal = json.load(open(os.path.join(WORK, "internal_pages.json")))
    problems = 0
    rows = []
    for f in man:
        name = f["file"][4:-4]
        path = os.path.join(HERE, f["file"])
        for p in f["pages"]:
            n = p["n"]
            truth = open(os.path.join(HERE, "truth", "%s.p%d.txt" % (name, n)), encoding="utf-8").read()
            tn = ns(truth)
            lint = docmodel.lint(truth)
            if unicodedata.normalize("NFC", truth) != truth or lint:
                problems += 1
                print("LINT", name, n, lint[:3])
            src = internal[name][n - 1]
            clean = ns(extract.mupdf(src["clean_path"], src["src_page"]))
            c_clean = cmp(clean, tn)
            res = {"file": name, "page": n, "clean_vs_truth": c_clean}
            # LibreOffice writes the contents of text frames (BX boxes) after the
            # body text; the truth has them where they stand on the page.
            if c_clean == "same-chars-other-order" and src.get("has_boxes"):
                res["clean_vs_truth"] = c_clean = "exact-but-frames-last"
            if c_clean not in ("exact", "exact-but-frames-last"):
                problems += 1
                sm = difflib.SequenceMatcher(None, clean, tn, autojunk=False)
                for op, a0, a1, b0, b1 in sm.get_opcodes():
                    if op != "equal":
                        print("  clean!=truth", name, n, op, repr(clean[max(0, a0 - 8):a1 + 8]), repr(tn[max(0, b0 - 8):b1 + 8]))
                        break
            if p["scan"]:
                t = extract.pdftotext(path, n).strip()
                res["layer"] = "empty" if not t else "HAS TEXT"
                if t:
                    problems += 1
            else:
                res["pixels_differing_from_clean_render"] = d = render_diff(path, n, src["clean_path"], src["src_page"])
                if d > 500 or d < 0:  # a few anti-aliasing pixels are allowed
                    problems += 1
                    res["PROBLEM_RENDER"] = True
            if p["scan"]:
                pass
            elif not p["damaged"]:
                for en in ("mupdf", "pdfium", "pdftotext"):
                    r = cmp(ns(extract.ALL[en](path, n)), tn)
                    res[en] = r
                    if r == "same-chars-other-order" and src.get("has_boxes"):
                        r = res[en] = "exact-but-frames-last"
                    if r not in ("exact", "exact-but-frames-last") and en == "mupdf":
                        problems += 1
            else:
                differs = False
                for en in ("mupdf", "pdfium", "pdftotext"):
                    r = cmp(ns(extract.ALL[en](path, n)), tn)
                    res[en] = r
                    if r != "exact" and en != "pdftotext":
                        differs = True
                if not differs:
                    problems += 1
                    res["PROBLEM"] = "damaged page reads right"
            rows.append(res)
            print(json.dumps(res, ensure_ascii=False))
    tot = sum(os.path.getsize(os.path.join(HERE, f["file"])) for f in man)
    print("files", len(man), "pages", sum(len(f["pages"]) for f in man), "pdf bytes", tot)
    print("problems", problems)
    json.dump(rows, open(os.path.join(WORK, "check_report.json"), "w"), ensure_ascii=False, indent=1)
    return problems


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
