#!/usr/bin/env python3
"""Generator of the blind Thai PDF reading set (tests/data/blind_reading).

Run with a venv that has: pikepdf fonttools pillow numpy img2pdf fontpkg-sarabun
fontpkg-noto-sans-thai (and, for the checks, pdfminer.six pypdfium2 pymupdf):

    python3 -m venv /tmp/blind_reading_work/venv
    /tmp/blind_reading_work/venv/bin/pip install pikepdf fonttools pillow numpy img2pdf \
        fontpkg-sarabun fontpkg-noto-sans-thai pypdfium2 pymupdf pdfminer.six
    /tmp/blind_reading_work/venv/bin/python make_set.py            # all files
    /tmp/blind_reading_work/venv/bin/python make_set.py --only NAME  # some files

Needs LibreOffice (soffice), poppler-utils (pdftoppm, pdftotext) and
fonts-thai-tlwg.  Scratch files go to $BLIND_WORK (default /tmp/blind_reading_work).
"""
import argparse
import glob
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
WORK = os.environ.get("BLIND_WORK", "/tmp/blind_reading_work")
os.environ.setdefault("BLIND_FONT_DIR", os.path.join(WORK, "fonts"))

import numpy as np  # noqa: E402
import pikepdf  # noqa: E402

import docmodel  # noqa: E402
import fodt  # noqa: E402
import pdfdamage  # noqa: E402
import scan  # noqa: E402
from spec import FILES  # noqa: E402

FIT_STEPS = [(0, 85), (0, 80), (-0.5, 80), (-1, 80), (-1, 75), (-1.5, 75), (-2, 75), (-2.5, 72), (-3, 72)]


# ------------------------------------------------------------------ setup
def setup_fonts():
    fdir = os.path.join(WORK, "fonts")
    os.makedirs(fdir, exist_ok=True)
    import fontpkg_sarabun
    src = os.path.join(os.path.dirname(fontpkg_sarabun.__file__), "files")
    for n in ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf"):
        if not os.path.exists(os.path.join(fdir, n)):
            shutil.copy(os.path.join(src, n), fdir)
    if not os.path.exists(os.path.join(fdir, "NotoSansThai-Bold.ttf")):
        import fontpkg_noto_sans_thai
        from fontTools.ttLib import TTFont
        from fontTools.varLib import instancer
        vf = glob.glob(os.path.join(os.path.dirname(fontpkg_noto_sans_thai.__file__), "files", "NotoSansThai*.ttf"))[0]
        for w, n in ((400, "Regular"), (700, "Bold")):
            f = instancer.instantiateVariableFont(TTFont(vf), {"wght": w, "wdth": 100}, updateFontNames=True)
            f.save(os.path.join(fdir, "NotoSansThai-%s.ttf" % n))
    conf = os.path.join(WORK, "fonts.conf")
    with open(conf, "w") as f:
        f.write('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
                '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
                '<dir>%s</dir>\n<cachedir>%s</cachedir>\n</fontconfig>\n' % (fdir, os.path.join(WORK, "fccache")))
    return conf


def lo_convert(fodt_text, conf):
    key = hashlib.sha1(fodt_text.encode()).hexdigest()[:16]
    cdir = os.path.join(WORK, "cache")
    os.makedirs(cdir, exist_ok=True)
    pdf = os.path.join(cdir, key + ".pdf")
    if not os.path.exists(pdf):
        src = os.path.join(cdir, key + ".fodt")
        with open(src, "w") as f:
            f.write(fodt_text)
        env = dict(os.environ, FONTCONFIG_FILE=conf)
        subprocess.run(["soffice", "-env:UserInstallation=file://%s/lo_profile" % WORK, "--headless",
                        "--convert-to", "pdf", "--outdir", cdir, src], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return pdf


def npages(path):
    with pikepdf.open(path) as p:
        return len(p.pages)


def build_part(part, conf):
    text = open(os.path.join(HERE, "src", "docs", part["doc"] + ".txt"), encoding="utf-8").read()
    pages = docmodel.parse(text)
    for dsize, spacing in FIT_STEPS:
        size = part["size"] + dsize
        x = fodt.build(pages, part["font"], size, head_font=part.get("head_font"),
                       table_font=part.get("table_font"), sig_font=part.get("sig_font"),
                       line_spacing=part.get("spacing", spacing))
        pdf = lo_convert(x, conf)
        if npages(pdf) == len(pages):
            part["_used"] = {"size": size, "line_spacing_pct": part.get("spacing", spacing)}
            return pdf, pages
    raise RuntimeError("%s does not fit in %d pages" % (part["doc"], len(pages)))


# ------------------------------------------------------------------ damage
DAMAGE_DESC = {
    "sara_am_space": "Word-style ToUnicode: the NIKHAHIT glyph that the Thai shaper draws for the circle of SARA AM "
                     "maps to U+0020 and the SARA AA glyph to U+0E32 (ActualText spans removed): อำนาจ reads อ านาจ",
    "sara_am_drop": "SARA AM dropped: the NIKHAHIT ring of SARA AM is painted as a vector path (not text) and the "
                    "SARA AA glyph maps to U+0E32 (ActualText removed): ประจำปี reads ประจาปี, สำนักงาน reads สานักงาน",
    "sara_am_reverse": "ToUnicode maps the SARA AA glyph to SARA AM U+0E33 and the NIKHAHIT ring of SARA AM is painted "
                       "as a vector path (ActualText removed): หลักการ reads หลักกำร, สำนักงาน reads สำนักงำน",
    "mark_stream": "content stream re-written glyph by glyph: each upper vowel / tone mark glyph is written after "
                   "the following base letter (positions unchanged): ศึกษา reads ศกึษา in stream order",
    "mark_xshift": "mark glyph origins moved 0.16 em to the right (past the origin of the next letter) and the "
                   "embedded glyph outlines moved left by the same amount, so the page looks the same but an "
                   "x-sort puts each mark after the next letter: ได้ใน reads ไดใ้น",
    "mark_both": "both: marks written after the next base letter in the stream AND their origins shifted 0.16 em right",
    "strip": "/ToUnicode removed from the font(s) and ActualText removed: glyph codes only",
    "tis620": "wrong ToUnicode: each Thai glyph maps to the Latin-1 character with its TIS-620 byte value "
              "(ก -> ¡, า -> Ò): mojibake",
    "letters": "wrong ToUnicode: look-alike consonant pairs swapped (ก/ถ ด/ต บ/ป น/ม ร/ธ ว/ย ห/ษ)",
    "quartz_A": "Quartz-style ToUnicode: tone marks and upper vowels map to ASCII (่ D, ้ 6, ๊ E, ๋ G, ์ @, ั 9, "
                "ิ 4, ี 5, ึ 7, ื 8, ็ 3): ข้อ reads ข6อ, ปั reads ป9",
    "quartz_B": "Quartz-style ToUnicode: tone marks and upper vowels map to ASCII (่ F, ้ %, ๊ &, ๋ ', ์ ^, ั #, "
                "ิ (, ี ), ึ *, ื +, ็ $): ข้อ reads ข%อ, ทางการแพทย์ reads ทางการแพทย^",
    "quartz_C": "Quartz-style ToUnicode: tone marks only map to ASCII (่ D, ้ %, ๊ E, ๋ G, ์ ^): หน่วยงาน reads "
                "หนDวยงาน",
    "pua": "legacy-font ToUnicode: the shaper's positional glyph variants (low / left-shifted tone marks and "
           "vowels) map to their Private Use Area code points U+F700-U+F71A, as the font's own cmap does",
}


def apply_damage(pdf, kind, targets):
    t = targets
    if kind == "sara_am_space":
        return pdfdamage.damage_sara_am(pdf, "space", t)
    if kind == "sara_am_drop":
        return pdfdamage.damage_sara_am(pdf, "drop", t)
    if kind == "sara_am_reverse":
        return pdfdamage.damage_sara_am(pdf, "reverse", t)
    if kind == "mark_stream":
        return pdfdamage.damage_mark_order(pdf, "stream", t)
    if kind == "mark_xshift":
        return pdfdamage.damage_mark_order(pdf, "xshift", t)
    if kind == "mark_both":
        return pdfdamage.damage_mark_order(pdf, "both", t)
    if kind == "strip":
        return pdfdamage.damage_strip(pdf, t)
    if kind == "tis620":
        return pdfdamage.damage_tis620_latin1(pdf, t)
    if kind == "letters":
        return pdfdamage.damage_letters(pdf, target_fonts=t)
    if kind.startswith("quartz_"):
        m = {"A": pdfdamage.QUARTZ_A, "B": pdfdamage.QUARTZ_B, "C": pdfdamage.QUARTZ_C}[kind[-1]]
        return pdfdamage.damage_quartz(pdf, m, t)
    if kind == "pua":
        return pdfdamage.damage_pua(pdf, t)
    raise ValueError(kind)


def pdf_fonts(pdf, page_index=None):
    names = set()
    pages = pdf.pages if page_index is None else [pdf.pages[page_index]]
    for pg in pages:
        fd = pg.get("/Resources", {}).get("/Font", {})
        for _, f in fd.items():
            names.add(str(f.BaseFont)[1:].split("+", 1)[-1])
    return sorted(names)


# ------------------------------------------------------------------ one file
def build_file(spec, conf, outdir):
    name = spec["name"]
    rng = np.random.default_rng(int(hashlib.sha1(name.encode()).hexdigest()[:8], 16))
    keep = []
    out_pages = []   # (pikepdf page, meta)
    fonts_used = set()
    truths = []
    for part in spec["parts"]:
        clean_path, pages = build_part(part, conf)
        n = len(pages)
        modes = part.get("modes", "damaged" if part.get("damage") else "clean")
        if isinstance(modes, str):
            modes = [modes] * n
        sel = part.get("pages", list(range(1, n + 1)))
        clean = pikepdf.open(clean_path)
        keep.append(clean)
        fonts_used |= set(pdf_fonts(clean))
        damaged = None
        dmg_fonts = None
        if part.get("damage"):
            damaged = pikepdf.open(clean_path)
            keep.append(damaged)
            dmg_fonts = apply_damage(damaged, part["damage"], part.get("targets"))
            buf = io.BytesIO()
            damaged.save(buf)
            damaged = pikepdf.open(io.BytesIO(buf.getvalue()))
            keep.append(damaged)
        for pn in sel:
            mode = modes[pn - 1]
            truth = docmodel.page_truth(pages[pn - 1])
            meta = {"mode": mode, "clean_path": clean_path, "src_page": pn, "truth": truth,
                    "has_boxes": any(b["kind"] == "BX" for b in pages[pn - 1])}
            if mode == "clean":
                page = clean.pages[pn - 1]
                meta.update(damaged=False, damage=None, scan=False)
            elif mode == "damaged":
                page = damaged.pages[pn - 1]
                desc = DAMAGE_DESC[part["damage"]]
                if part.get("targets"):
                    desc += " [only in font(s) %s; the other fonts on the page are correct]" % ", ".join(dmg_fonts)
                meta.update(damaged=True, damage=desc, scan=False)
            elif mode == "scan":
                prof = dict(part["scan"])
                prof.update(part.get("scan_pages", {}).get(pn, {}))
                jpeg, dpi, notes = scan.scan_page(clean_path, pn, prof, rng)
                sp = pikepdf.open(io.BytesIO(scan.image_pdf([jpeg], [dpi])[0]))
                keep.append(sp)
                page = sp.pages[0]
                desc = "scanned page image only (no text layer): %d dpi, %s" % (dpi, scan_desc(prof))
                if notes:
                    desc += "; " + "; ".join(notes)
                meta.update(damaged=True, damage=desc, scan=True)
            else:
                raise ValueError(mode)
            out_pages.append((page, meta))
            truths.append(truth)
    out = pikepdf.new()
    for page, _ in out_pages:
        out.pages.append(page)
    info = spec.get("docinfo", {"Producer": "LibreOffice 7.4", "Creator": "Writer"})
    if "/Metadata" in out.Root:
        del out.Root["/Metadata"]
    out.docinfo = out.make_indirect(pikepdf.Dictionary({"/" + k: pikepdf.String(v) for k, v in info.items()}))
    out.docinfo["/CreationDate"] = pikepdf.String("D:20250301090000+07'00'")
    if spec.get("title"):
        out.docinfo["/Title"] = pikepdf.String(spec["title"])
    path = os.path.join(outdir, "pdf", name + ".pdf")
    out.save(path, deterministic_id=True, compress_streams=True,
             object_stream_mode=pikepdf.ObjectStreamMode.generate)
    for k in keep:
        k.close()
    return path, out_pages, sorted(fonts_used)


def scan_desc(p):
    bits = []
    if p.get("gray"):
        bits.append("grayscale")
    if p.get("rotate"):
        bits.append("rotated %+.1f°" % p["rotate"])
    if p.get("blur"):
        bits.append("gaussian blur r=%.1f" % p["blur"])
    if p.get("noise"):
        bits.append("gaussian noise sd=%g" % p["noise"])
    if p.get("saltpepper"):
        bits.append("salt-and-pepper %.1f%%" % (100 * p["saltpepper"]))
    if p.get("speckle"):
        bits.append("%d speckles" % p["speckle"])
    if p.get("illum"):
        bits.append("uneven lighting")
    bits.append("JPEG q%d" % p.get("quality", 60))
    return ", ".join(bits)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    conf = setup_fonts()
    os.makedirs(os.path.join(args.out, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "truth"), exist_ok=True)
    man_path = os.path.join(args.out, "manifest.json")
    manifest = {}
    if args.only and os.path.exists(man_path):
        manifest = {m["file"]: m for m in json.load(open(man_path, encoding="utf-8"))}
    internal = {}
    for spec in FILES:
        if args.only and spec["name"] not in args.only:
            continue
        print("building", spec["name"], flush=True)
        path, pages, fonts = build_file(spec, conf, args.out)
        for old in glob.glob(os.path.join(args.out, "truth", spec["name"] + ".p*.txt")):
            os.remove(old)
        pm = []
        for i, (_, meta) in enumerate(pages, 1):
            with open(os.path.join(args.out, "truth", "%s.p%d.txt" % (spec["name"], i)), "w", encoding="utf-8") as f:
                f.write(meta["truth"])
            pm.append({"n": i, "damaged": meta["damaged"], "damage": meta["damage"], "scan": meta["scan"],
                       "numbers": docmodel.numbers(meta["truth"]) if meta["scan"] else []})
        rel = "pdf/%s.pdf" % spec["name"]
        manifest[rel] = {"file": rel, "class": spec["class"], "producer": spec["producer"],
                         "fonts": spec.get("fonts_note") or fonts, "pages": pm, "notes": spec.get("notes", "")}
        internal[spec["name"]] = [{"clean_path": m["clean_path"], "src_page": m["src_page"], "mode": m["mode"],
                                   "has_boxes": m["has_boxes"]}
                                  for _, m in pages]
    order = [("pdf/%s.pdf" % s["name"]) for s in FILES]
    lst = [manifest[k] for k in order if k in manifest]
    with open(man_path, "w", encoding="utf-8") as f:
        json.dump(lst, f, ensure_ascii=False, indent=1)
        f.write("\n")
    ip = os.path.join(WORK, "internal_pages.json")
    old = json.load(open(ip)) if (args.only and os.path.exists(ip)) else {}
    old.update(internal)
    json.dump(old, open(ip, "w"), indent=1)


if __name__ == "__main__":
    main()
