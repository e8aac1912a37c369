"""Helpers for make_set.py: build flat-ODT documents, convert them with
LibreOffice, then rewrite the text layer of the PDF (fonts, ToUnicode CMaps,
content streams) with pikepdf + fontTools.

Only this folder's own files are used; nothing here knows how the reader
under test works.
"""
import io
import math
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zlib
from xml.sax.saxutils import escape

import pikepdf
from fontTools.ttLib import TTFont
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.basePen import BasePen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools import agl

FONT_DIR = "/usr/share/fonts/truetype/tlwg"
FAMILIES = ["Laksaman", "Kinnari", "Norasi", "Garuda", "Loma", "Waree",
            "Umpush", "Sawasdee"]

# ---------------------------------------------------------------------------
# 1. document model -> flat ODT
# ---------------------------------------------------------------------------
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')


def xtext(s):
    """Escape text for ODF; tabs -> text:tab, runs of spaces -> text:s."""
    out = []
    for part in re.split(r"(\t| {2,})", s):
        if part == "\t":
            out.append("<text:tab/>")
        elif part.startswith("  "):
            out.append(' <text:s text:c="%d"/>' % (len(part) - 1))
        else:
            out.append(escape(part))
    return "".join(out)


def tprops(font, size, bold=False):
    w = ' fo:font-weight="bold" style:font-weight-complex="bold" style:font-weight-asian="bold"' if bold else ""
    return ('<style:text-properties style:font-name="%s" style:font-name-asian="%s" '
            'style:font-name-complex="%s" fo:font-size="%spt" style:font-size-asian="%spt" '
            'style:font-size-complex="%spt" fo:language="th" fo:country="TH" '
            'style:language-complex="th" style:country-complex="TH"%s/>'
            % (font, font, font, size, size, size, w))


class Odt:
    """Tiny flat-ODT writer for the block model used in make_set.py."""

    def __init__(self, font, size, margins=(2.0, 2.0, 3.0, 2.0), head_font=None):
        self.font, self.size = font, size
        self.head_font = head_font or font
        self.margins = margins
        self.body = []
        self.auto = []
        self.n = 0
        self.pstyles = {}

    def _pstyle(self, align="start", indent=0.0, left=0.0, bold=False, size=None,
                before=0.0, after=0.0, brk=False, font=None):
        key = (align, indent, left, bold, size, before, after, brk, font)
        if key in self.pstyles:
            return self.pstyles[key]
        name = "P%d" % (len(self.pstyles) + 1)
        self.pstyles[key] = name
        self.auto.append(
            '<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
            '<style:paragraph-properties fo:text-align="%s" fo:text-indent="%.2fcm" fo:margin-left="%.2fcm" '
            'fo:margin-top="%.2fcm" fo:margin-bottom="%.2fcm"%s/>%s</style:style>'
            % (name, align, indent, left, before, after,
               ' fo:break-before="page"' if brk else "",
               tprops(font or (self.head_font if bold else self.font), size or self.size, bold)))
        return name

    def _new(self, prefix):
        self.n += 1
        return "%s%d" % (prefix, self.n)

    # -- paragraphs ---------------------------------------------------------
    def para(self, text, brk=False, **kw):
        st = self._pstyle(brk=brk, **kw)
        return '<text:p text:style-name="%s">%s</text:p>' % (st, xtext(text))

    def block_xml(self, b, brk=False, inbox=False):
        kind = b[0]
        if kind == "title":
            return self.para(b[1], brk, align="center", bold=True, size=b[2] if len(b) > 2 else self.size + 6, after=0.2)
        if kind == "hc":
            return self.para(b[1], brk, align="center", bold=True, after=0.1)
        if kind == "h":
            return self.para(b[1], brk, bold=True, before=0.0 if inbox else 0.15)
        if kind == "p":
            return self.para(b[1], brk, indent=0.0 if inbox else 2.5)
        if kind == "pn":
            return self.para(b[1], brk)
        if kind == "pc":
            return self.para(b[1], brk, align="center")
        if kind == "li":
            return self.para(b[1], brk, left=0.0 if inbox else 1.25)
        if kind == "sig":   # signature lines, centred in the right half
            return "".join(self.para(t, brk and i == 0, align="center", left=6.5)
                           for i, t in enumerate(b[1]))
        if kind == "blank":
            return self.para("", brk)
        if kind == "table":
            return (self.para("", brk) if brk else "") + self.table(b[1])
        if kind == "boxes":
            return (self.para("", brk) if brk else "") + self.boxes(b[1])
        raise ValueError(kind)

    # -- tables -------------------------------------------------------------
    def cellstyle(self, border=True):
        name = "Cb" if border else "Cn"
        if name not in self.pstyles:
            self.pstyles[name] = name
            self.auto.append(
                '<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties '
                'fo:padding-left="0.12cm" fo:padding-right="0.12cm" fo:padding-top="0.05cm" fo:padding-bottom="0.08cm" '
                'fo:border="%s"/></style:style>' % (name, "0.6pt solid #000000" if border else "none"))
        return name

    def table(self, t):
        name = self._new("Tbl")
        cols = t["cols"]
        self.auto.append('<style:style style:name="%s" style:family="table"><style:table-properties '
                         'style:width="%.2fcm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.15cm"/></style:style>'
                         % (name, sum(cols)))
        xml = ['<table:table table:name="%s" table:style-name="%s">' % (name, name)]
        for i, w in enumerate(cols):
            cs = "%sc%d" % (name, i)
            self.auto.append('<style:style style:name="%s" style:family="table-column">'
                             '<style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (cs, w))
            xml.append('<table:table-column table:style-name="%s"/>' % cs)
        gaps = set(t.get("gaps", []))
        for r, row in enumerate(t["rows"]):
            xml.append("<table:table-row>")
            for c, cell in enumerate(row):
                cst = self.cellstyle(border=c not in gaps)
                if isinstance(cell, str):
                    cell = [("pn", cell)] if cell else []
                bold_row = t.get("header") and r == 0
                paras = []
                for blk in cell:
                    if bold_row or blk[0] in ("h", "hc"):
                        paras.append(self.para(blk[1], bold=True, align="center" if (bold_row or blk[0] == "hc") else "start"))
                    elif blk[0] == "pc":
                        paras.append(self.para(blk[1], align="center"))
                    elif t.get("num_right") and c in t["num_right"] and r > 0:
                        paras.append(self.para(blk[1], align="end"))
                    else:
                        paras.append(self.para(blk[1]))
                if not paras:
                    paras.append(self.para(""))
                xml.append('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
                           % (cst, "".join(paras)))
            xml.append("</table:table-row>")
        xml.append("</table:table>")
        return "".join(xml)

    # -- side-by-side boxes -------------------------------------------------
    def boxes(self, bx):
        kind, widths, contents = bx["kind"], bx["widths"], bx["boxes"]
        gap = bx.get("gap", 0.6)
        if kind == "table":   # one-row table, bordered cells with blank gap columns
            cols, row, gaps = [], [], []
            for i, (w, c) in enumerate(zip(widths, contents)):
                if i:
                    gaps.append(len(cols)); cols.append(gap); row.append([])
                cols.append(w); row.append(c)
            return self.table({"cols": cols, "rows": [row], "gaps": gaps})
        frst = self._new("fr")
        if kind in ("aschar", "frametable"):
            self.auto.append('<style:style style:name="%s" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties '
                             '%s style:vertical-pos="top" '
                             'style:vertical-rel="line" fo:margin-left="0cm" fo:margin-right="0cm" fo:margin-top="0cm" fo:margin-bottom="0cm" fo:background-color="transparent" draw:fill="none"/></style:style>'
                             % (frst, 'fo:border="0.6pt solid #000000" fo:padding="0.2cm"' if kind == "aschar"
                                else 'fo:border="none" fo:padding="0cm"'))
            items = []
            for i, (w, c) in enumerate(zip(widths, contents)):
                if kind == "aschar":
                    inner = "".join(self.block_xml(b, inbox=True) for b in c)
                else:   # a frame holding a one-cell bordered table
                    inner = self.table({"cols": [w], "rows": [[c]]})
                items.append('<draw:frame draw:style-name="%s" draw:name="Box%s_%d" text:anchor-type="as-char" '
                             'svg:width="%.2fcm" draw:z-index="%d"><draw:text-box fo:min-height="%.2fcm">%s</draw:text-box></draw:frame>'
                             % (frst, frst, i, w, i, bx.get("minh", 1.0), inner))
            st = self._pstyle(after=0.25, before=0.1)
            sep = '<text:s text:c="%d"/>' % bx.get("spaces", 3)
            return '<text:p text:style-name="%s">%s</text:p>' % (st, sep.join(items))
        if kind == "anchored":   # bordered frames anchored to one paragraph, text does not wrap beside them
            self.auto.append('<style:style style:name="%s" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties '
                             'fo:border="0.6pt solid #000000" fo:padding="0.2cm" style:wrap="none" '
                             'style:vertical-pos="from-top" style:vertical-rel="paragraph" '
                             'style:horizontal-pos="from-left" style:horizontal-rel="paragraph" '
                             'fo:background-color="transparent" draw:fill="none"/></style:style>' % frst)
            items, x = [], 0.0
            for i, (w, c) in enumerate(zip(widths, contents)):
                inner = "".join(self.block_xml(b, inbox=True) for b in c)
                items.append('<draw:frame draw:style-name="%s" draw:name="Box%s_%d" text:anchor-type="paragraph" '
                             'svg:x="%.2fcm" svg:y="0.1cm" svg:width="%.2fcm" draw:z-index="%d"><draw:text-box fo:min-height="%.2fcm">%s</draw:text-box></draw:frame>'
                             % (frst, frst, i, x, w, i, bx.get("minh", 1.0), inner))
                x += w + gap + 0.45      # 0.45 cm = padding + border of a frame
            st = self._pstyle(after=0.2)
            return '<text:p text:style-name="%s">%s</text:p>' % (st, "".join(items))
        raise ValueError(kind)

    def build(self, pages):
        body = []
        for pi, page in enumerate(pages):
            for bi, b in enumerate(page):
                body.append(self.block_xml(b, brk=(pi > 0 and bi == 0)))
        t, bm, l, r = self.margins
        fonts = sorted({self.font, self.head_font})
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
                '<office:font-face-decls>%s</office:font-face-decls>'
                '<office:styles><style:default-style style:family="paragraph">'
                '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" style:tab-stop-distance="1.25cm"/>%s'
                '</style:default-style><style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
                '</office:styles><office:automatic-styles>'
                '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
                'fo:margin-top="%scm" fo:margin-bottom="%scm" fo:margin-left="%scm" fo:margin-right="%scm"/></style:page-layout>'
                '%s</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" '
                'style:page-layout-name="pm1"/></office:master-styles><office:body><office:text>%s'
                '</office:text></office:body></office:document>'
                % (NS, "".join('<style:font-face style:name="%s" svg:font-family="%s" style:font-pitch="variable"/>' % (f, f) for f in fonts),
                   tprops(self.font, self.size), t, bm, l, r, "".join(self.auto), "".join(body)))


def soffice_pdf(fodt_xml, out_pdf):
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "doc.fodt")
        with open(src, "w", encoding="utf-8") as f:
            f.write(fodt_xml)
        env = dict(os.environ, HOME=td)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://%s/u" % td,
                        "--convert-to", "pdf", "--outdir", td, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        shutil.copy(os.path.join(td, "doc.pdf"), out_pdf)


# ---------------------------------------------------------------------------
# 2. truth text from the same model
# ---------------------------------------------------------------------------
def clean_line(s):
    s = s.replace("\t", " ")
    s = re.sub(r"\.{4,}|…+", " ", s)          # leader dots are left out
    s = re.sub(r"\s+", " ", s).strip()
    return unicodedata.normalize("NFC", s)


def block_lines(b):
    kind = b[0]
    if kind in ("title", "hc", "h", "p", "pn", "pc", "li"):
        return [clean_line(b[1])]
    if kind == "sig":
        return [clean_line(t) for t in b[1]]
    if kind == "blank":
        return []
    if kind == "table":
        out = []
        for row in b[1]["rows"]:
            cells = []
            for cell in row:
                if isinstance(cell, str):
                    cells.append(clean_line(cell))
                else:
                    cells.extend(l for blk in cell for l in block_lines(blk))
            line = clean_line(" ".join(c for c in cells if c))
            if line:
                out.append(line)
        return out
    if kind == "boxes":     # box by box, left to right
        out = []
        for c in b[1]["boxes"]:
            for blk in c:
                out.extend(block_lines(blk))
        return [l for l in out if l]
    raise ValueError(kind)


def page_truth(page):
    lines = []
    for b in page:
        lines.extend(l for l in block_lines(b) if l)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# 3. glyph identification: subset glyph -> glyph of the installed TLWG font
# ---------------------------------------------------------------------------
_SIG_CACHE = {}


def _sig(glyphset, name, adv):
    pen = DecomposingRecordingPen(glyphset)
    glyphset[name].draw(pen)
    return (adv, repr(pen.value))


def _name_rank(n):
    """Among glyphs with the same outline prefer plain names, then ASCII,
    then Thai (e.g. hyphen over minus)."""
    try:
        u = glyph_char(n)
    except ValueError:
        u = ""
    script = 0 if (len(u) == 1 and ord(u) < 128) else 1 if (len(u) == 1 and 0x0E00 <= ord(u) <= 0x0E7F) else 2
    return (("." in n), script, len(n), n)


def font_index(path):
    if path in _SIG_CACHE:
        return _SIG_CACHE[path]
    tt = TTFont(path)
    gs = tt.getGlyphSet()
    idx = {}
    for n in tt.getGlyphOrder():
        s = _sig(gs, n, tt["hmtx"][n][0])
        if s not in idx or _name_rank(n) < _name_rank(idx[s]):
            idx[s] = n
    _SIG_CACHE[path] = idx
    return idx


def glyph_char(name):
    base = name.split(".")[0]
    if base in ("nonbreakingspace", "nbspace"):
        return " "
    u = agl.toUnicode(base)
    if not u:
        raise ValueError("no unicode for glyph %r" % name)
    return u


def base_font_file(basefont):
    name = basefont.split("+", 1)[-1]
    for fam in FAMILIES:
        if name.startswith(fam):
            bold = "Bold" in name
            return os.path.join(FONT_DIR, fam + ("-Bold" if bold else "") + ".ttf")
    raise ValueError(basefont)


# ---------------------------------------------------------------------------
# 4. content stream walking
# ---------------------------------------------------------------------------
def mmul(a, b):
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


class PdfPathPen(BasePen):
    def __init__(self, glyphset, scale=1.0):
        super().__init__(glyphset)
        self.ops = []
        self.scale = scale

    def _f(self, *pts):
        return " ".join("%.1f %.1f" % (x * self.scale, y * self.scale) for x, y in pts)

    def _moveTo(self, p):
        self.ops.append("%s m" % self._f(p))

    def _lineTo(self, p):
        self.ops.append("%s l" % self._f(p))

    def _curveToOne(self, p1, p2, p3):
        self.ops.append("%s c" % self._f(p1, p2, p3))

    def _closePath(self):
        self.ops.append("h")


CID_BASE = 32


class FontInfo:
    """One LibreOffice simple TrueType font (one byte per glyph, identity
    cmap code -> subset glyph).  On output it becomes a Type0 font with
    Identity-H encoding and a CIDFontType2 descendant, as Word writes them."""

    def __init__(self, fdict):
        self.d = fdict
        ff = fdict.FontDescriptor.FontFile2
        self.tt = TTFont(io.BytesIO(ff.read_bytes()), recalcTimestamp=False)
        self.first = int(fdict.FirstChar)
        ws = [float(w) for w in fdict.Widths]
        # CIDs: byte code + CID_BASE, so that CIDs 1..31 stay free (used for
        # unmapped nikhahit glyphs, which some extractors turn into chr(CID))
        self.code2glyph = {c + CID_BASE: g for c, g in self.tt["cmap"].tables[0].cmap.items()}
        self.cid_width = {c: (ws[c - CID_BASE - self.first] if 0 <= c - CID_BASE - self.first < len(ws) else 0.0)
                          for c in self.code2glyph}
        gs = self.tt.getGlyphSet()
        idx = font_index(base_font_file(str(fdict.BaseFont)))
        self.code2name = {}
        for code, g in self.code2glyph.items():
            s = _sig(gs, g, self.tt["hmtx"][g][0])
            if s not in idx:
                raise ValueError("glyph %s of %s not found in installed font" % (g, fdict.BaseFont))
            self.code2name[code] = idx[s]
        self.code2char = {c: glyph_char(n) for c, n in self.code2name.items()}
        self.nik = {c for c, n in self.code2name.items() if n.split(".")[0] == "uni0E4D"}
        self.aa = {c for c, n in self.code2name.items() if n == "uni0E32"}
        self.new = {}        # key -> cid
        self.newdefs = []    # (cid, key)

    def width(self, code):
        return self.cid_width.get(code, 0.0)

    def is_mark(self, code):
        ch = self.code2char.get(code, "")
        return self.width(code) == 0 and len(ch) == 1 and unicodedata.category(ch) == "Mn"

    def alloc(self, key):
        """New glyph: ('am', nik, aa) = nikhahit + sara aa composite,
        ('shift', code, units) = copy of a mark glyph moved right by units,
        ('nikcid', code) = the same nikhahit glyph under a CID below CID_BASE."""
        if key in self.new:
            return self.new[key]
        if key[0] == "nikcid":
            free = [c for c in range(1, CID_BASE) if c not in self.cid_width]
            cid = free[0]
            self.new[key] = cid
            self.newdefs.append((cid, key))
            self.cid_width[cid], self.code2char[cid] = self.width(key[1]), self.code2char[key[1]]
            self.nik.add(cid)
            return cid
        cid = max(list(self.cid_width) + [255 + CID_BASE]) + 1
        self.new[key] = cid
        self.newdefs.append((cid, key))
        if key[0] == "am":
            self.cid_width[cid], self.code2char[cid] = self.width(key[2]), "\u0e33"
        else:
            self.cid_width[cid], self.code2char[cid] = self.width(key[1]), self.code2char[key[1]]
            if key[1] in self.nik:
                self.nik.add(cid)
        return cid

    def glyph_path(self, code):
        """Outline of a glyph as PDF path operators, in 1/1000 em."""
        gs = self.tt.getGlyphSet()
        pen = PdfPathPen(gs, 1000.0 / self.tt["head"].unitsPerEm)
        gs[self.code2glyph[code]].draw(pen)
        return " ".join(pen.ops)

    def finish(self, pdf, mapping, used):
        tt = self.tt
        glyf, hmtx = tt["glyf"], tt["hmtx"]
        for cid, key in self.newdefs:
            if key[0] == "nikcid":
                self.code2glyph[cid] = self.code2glyph[key[1]]
                continue
            gname = "%s%d" % (key[0], cid)
            pen = TTGlyphPen(tt.getGlyphSet())
            if key[0] == "am":
                pen.addComponent(self.code2glyph[key[1]], (1, 0, 0, 1, 0, 0))
                pen.addComponent(self.code2glyph[key[2]], (1, 0, 0, 1, 0, 0))
                adv_from = self.code2glyph[key[2]]
            else:
                # offsets are kept in text space units (1/1000 em)
                upem = tt["head"].unitsPerEm
                pen.addComponent(self.code2glyph[key[1]], (1, 0, 0, 1, int(round(key[2] * upem / 1000.0)), 0))
                adv_from = self.code2glyph[key[1]]
            g = pen.glyph()
            order = list(tt.getGlyphOrder()) + [gname]
            tt.setGlyphOrder(order)
            glyf.glyphOrder = order
            glyf.glyphs[gname] = g
            g.recalcBounds(glyf)
            hmtx.metrics[gname] = (hmtx.metrics[adv_from][0], getattr(g, "xMin", 0))
            self.code2glyph[cid] = gname
        buf = io.BytesIO()
        tt.save(buf)
        data = buf.getvalue()
        ff = self.d.FontDescriptor.FontFile2
        ff.write(zlib.compress(data, 9), filter=pikepdf.Name.FlateDecode)
        ff.Length1 = len(data)
        gidof = {n: i for i, n in enumerate(tt.getGlyphOrder())}
        maxcid = max(self.code2glyph)
        c2g = bytearray(2 * (maxcid + 1))
        for cid, gname in self.code2glyph.items():
            gid = gidof[gname]
            c2g[2 * cid:2 * cid + 2] = gid.to_bytes(2, "big")
        warr = []
        for cid in sorted(used):
            warr += [cid, pikepdf.Array([int(round(self.width(cid)))])]
        desc = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.CIDFontType2,
            BaseFont=self.d.BaseFont,
            CIDSystemInfo=pikepdf.Dictionary(Registry=pikepdf.String("Adobe"),
                                             Ordering=pikepdf.String("Identity"), Supplement=0),
            FontDescriptor=self.d.FontDescriptor, DW=1000, W=pikepdf.Array(warr),
            CIDToGIDMap=pdf.make_stream(bytes(c2g))))
        for k in list(self.d.keys()):
            del self.d[k]
        self.d.Type = pikepdf.Name.Font
        self.d.Subtype = pikepdf.Name.Type0
        self.d.BaseFont = desc.BaseFont
        self.d.Encoding = pikepdf.Name("/Identity-H")
        self.d.DescendantFonts = pikepdf.Array([desc])
        self.d.ToUnicode = pdf.make_stream(make_cmap_bytes(mapping))


def make_cmap_bytes(mapping):
    lines = ["/CIDInit/ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo<<", "/Registry (Adobe)", "/Ordering (UCS)", "/Supplement 0", ">> def",
             "/CMapName/Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    items = sorted(mapping.items())
    for i in range(0, len(items), 100):
        chunk = items[i:i + 100]
        lines.append("%d beginbfchar" % len(chunk))
        for code, s in chunk:
            lines.append("<%04X> <%s>" % (code, s.encode("utf-16-be").hex().upper()))
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return ("\n".join(lines) + "\n").encode("ascii")


def tis_latin1(ch):
    """Thai letter -> the Latin-1 character of its TIS-620 byte."""
    o = ord(ch)
    return chr(o - 0x0E00 + 0xA0) if 0x0E01 <= o <= 0x0E5B else ch


MODES = {
    # mode: (what happens to the nikhahit of sara am, ToUnicode of sara aa)
    "clean": ("compose", "\u0e32"),
    "legacy_tis": ("compose", "\u0e32"),
    "am_drop_path": ("path", "\u0e32"),
    "am_drop_unmapped": ("unmapped", "\u0e32"),
    "aa_as_am_path": ("path", "\u0e33"),
    "aa_as_am_unmapped": ("unmapped", "\u0e33"),
}

# typing order of Thai combining marks inside one cluster
MARK_RANK = {c: 0 for c in "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47"}
MARK_RANK.update({c: 1 for c in "\u0e48\u0e49\u0e4a\u0e4b"})
MARK_RANK.update({c: 2 for c in "\u0e4c\u0e4d\u0e4e"})

MARK_GAP = 12     # font units between a mark cluster's origins and the base end
MARK_Q = 4        # shifts are multiples of this (font units)


def _walk(pdf, page, handler):
    """Interpret a page's content stream; handler(kind, ...) sees glyphs.
    Returns the list of (operands, operator) with TJ arrays as produced by
    handler('show', elems, state) (or unchanged)."""
    fonts = page.Resources.get("/Font", {})
    out = []
    st = {"ctm": [1, 0, 0, 1, 0, 0], "tm": [1, 0, 0, 1, 0, 0], "tlm": [1, 0, 0, 1, 0, 0],
          "font": None, "fd": None, "size": 0.0, "tc": 0.0, "tw": 0.0, "th": 1.0, "tl": 0.0,
          "ts": 0.0, "fill": "0 g"}
    stack, marked = [], []
    for operands, op in pikepdf.parse_content_stream(page):
        o = str(op)
        if o == "q":
            stack.append((st["ctm"], st["fill"]))
        elif o == "Q":
            st["ctm"], st["fill"] = stack.pop()
        elif o == "cm":
            st["ctm"] = mmul([float(x) for x in operands], st["ctm"])
        elif o in ("g", "rg", "k"):
            st["fill"] = " ".join("%g" % float(x) for x in operands) + " " + o
        elif o in ("sc", "scn", "cs", "'", '"'):
            raise NotImplementedError(o)
        elif o == "BT":
            st["tm"] = st["tlm"] = [1, 0, 0, 1, 0, 0]
            handler("BT", None, st)
        elif o == "Tf":
            st["font"], st["size"] = operands[0], float(operands[1])
            st["fd"] = fonts[operands[0]]
        elif o == "Tc":
            st["tc"] = float(operands[0])
        elif o == "Tw":
            st["tw"] = float(operands[0])
        elif o == "Tz":
            st["th"] = float(operands[0]) / 100.0
        elif o == "TL":
            st["tl"] = float(operands[0])
        elif o == "Ts":
            st["ts"] = float(operands[0])
        elif o in ("Td", "TD"):
            if o == "TD":
                st["tl"] = -float(operands[1])
            st["tlm"] = mmul([1, 0, 0, 1, float(operands[0]), float(operands[1])], st["tlm"])
            st["tm"] = st["tlm"]
        elif o == "Tm":
            st["tlm"] = st["tm"] = [float(x) for x in operands]
        elif o == "T*":
            st["tlm"] = mmul([1, 0, 0, 1, 0, -st["tl"]], st["tlm"])
            st["tm"] = st["tlm"]
        elif o in ("Tj", "TJ"):
            elems = [operands[0]] if o == "Tj" else list(operands[0])
            operands, op = [handler("show", elems, st)], pikepdf.Operator("TJ")
        elif o == "BDC":
            is_at = isinstance(operands[1], pikepdf.Dictionary) and "/ActualText" in operands[1]
            marked.append(is_at)
            if is_at:
                continue
        elif o == "BMC":
            marked.append(False)
        elif o == "EMC":
            if marked.pop():
                continue
        elif o == "Do":
            xo = page.Resources.XObject[operands[0]]
            assert xo.Subtype != "/Form" or "/Font" not in xo.get("/Resources", {}), "text in form xobject"
        out.append((operands, op))
    assert not marked and not stack
    return out


def rewrite_pdf(src, dst, mode):
    """Rewrite the text layer of a LibreOffice PDF.

    LibreOffice (HarfBuzz) always draws sara am as two glyphs, nikhahit +
    sara aa, wraps them in /ActualText spans and leaves sara aa without a
    ToUnicode entry.  Here every /ActualText span is removed, fonts become
    Type0/Identity-H with a ToUnicode CMap rebuilt from the glyph identities
    (found by outline against the installed TLWG font), the origins of
    zero-width marks are kept in logical order and left of the end of their
    base glyph (a shifted copy of the glyph keeps the picture unchanged), and
    the nikhahit of each sara am is handled by mode:
      compose  - nikhahit + sara aa become one composite glyph mapped to U+0E33
      path     - nikhahit leaves the text layer and is drawn as a filled path
      unmapped - nikhahit stays a glyph without ToUnicode entry
    """
    nik_mode, aa_char = MODES[mode]
    pdf = pikepdf.open(src)
    infos = {}
    stats = {"am": 0, "aa": 0, "nik_drawn": 0, "nik_unmapped": 0, "marks_shifted": 0,
             "marks_reordered": 0}

    def info_for(fd):
        if fd.objgen not in infos:
            infos[fd.objgen] = FontInfo(fd)
        return infos[fd.objgen]

    def advance(st, dx):
        st["tm"] = mmul([1, 0, 0, 1, dx, 0], st["tm"])

    def trm(st):
        return mmul([st["size"] * st["th"], 0, 0, st["size"], 0, st["ts"]], mmul(st["tm"], st["ctm"]))

    def iterate(elems, st, fi, on_glyph):
        """Walk one TJ; on_glyph(code, matrix) -> list of items."""
        res = []
        for el in elems:
            if not isinstance(el, pikepdf.String):
                v = float(el)
                advance(st, -v / 1000.0 * st["size"] * st["th"])
                res.append(v)
                continue
            for b in bytes(el):
                v = b + CID_BASE
                res.extend(on_glyph(v, trm(st)))
                advance(st, (fi.width(v) / 1000.0 * st["size"] + st["tc"] +
                             (st["tw"] if b == 32 else 0.0)) * st["th"])
        return res

    for page in pdf.pages:
        # pass 1: measure glyph positions
        glyphs = []    # dicts: font, code, x, unit, role

        def measure(kind, elems, st):
            if kind == "BT":
                glyphs.append(None)      # cluster barrier
                return None
            fi = info_for(st["fd"])

            def on(code, m):
                role = "nik" if code in fi.nik else "mark" if fi.is_mark(code) else "base"
                g = {"fi": fi, "code": code, "x": m[4], "y": m[5], "unit": m[0] / 1000.0, "role": role}
                g["end"] = m[4] + fi.width(code) * g["unit"]
                glyphs.append(g)
                return []
            iterate(elems, st, fi, on)
            return pikepdf.Array(elems)
        _walk(pdf, page, measure)

        # pair each nikhahit with the next sara aa of the same font: that is a sara am
        partner = {}
        for k, g in enumerate(glyphs):
            if g is not None and g["role"] == "nik":
                j = k + 1
                while not (glyphs[j] is not None and glyphs[j]["fi"] is g["fi"]
                           and glyphs[j]["code"] in g["fi"].aa and j not in partner):
                    j += 1
                    assert j - k < 8, "nikhahit without sara aa"
                partner[j] = g["code"]

        # Decide, for the zero-width marks that follow each base glyph, which
        # glyph to draw in each slot and where its origin goes.  Slots follow
        # the logical (typing) order vowel < tone mark < thanthakhat: HarfBuzz
        # often draws e.g. mai tho before sara uu (LibreOffice then patches
        # the text with /ActualText); here the glyphs themselves are put in
        # logical order.  Origins are placed at
        # E - MARK_GAP*u*(k-n) (E = end of the base) so that extractors sorting
        # by x keep the order; a shifted copy of the glyph keeps the picture.
        plan = {}      # glyph index -> (origin move, code to draw, glyph offset)
        i = 0
        while i < len(glyphs):
            g = glyphs[i]
            if g is None or g["role"] in ("mark", "nik"):
                i += 1
                continue
            j = i + 1
            cl = []
            while j < len(glyphs) and glyphs[j] is not None and glyphs[j]["role"] in ("mark", "nik"):
                if glyphs[j]["role"] == "mark" and glyphs[j]["fi"] is g["fi"]:
                    cl.append(j)
                j += 1
            if cl:
                E, u = g["end"], g["unit"]
                if j < len(glyphs) and glyphs[j] is not None:
                    nx = glyphs[j]
                    if abs(nx["y"] - g["y"]) < 300 * u and E - 500 * u < nx["x"] < E + 300 * u:
                        E = nx["x"]      # anchor the marks to where the next glyph starts
                fi = g["fi"]
                chars = [fi.code2char[glyphs[k]["code"]] for k in cl]
                order = sorted(range(len(cl)), key=lambda p: MARK_RANK.get(chars[p], 1))
                if order != list(range(len(cl))):
                    stats["marks_reordered"] += 1
                targets = [E - u * MARK_GAP * (len(cl) - n) for n in range(len(cl))]
                xs = [glyphs[k]["x"] for k in cl]
                if order != list(range(len(cl))) or any(abs(x - t) > 6 * u for x, t in zip(xs, targets)):
                    for n, k in enumerate(cl):
                        src = cl[order[n]]
                        move = int(round((glyphs[k]["x"] - targets[n]) / u))
                        off = move + int(round((glyphs[src]["x"] - glyphs[k]["x"]) / u / MARK_Q)) * MARK_Q
                        plan[k] = (move, glyphs[src]["code"], off)
            i = j

        # pass 2: rewrite
        counter = [0]
        extra = []
        used = {}

        def emit_cid(fi, cid):
            used.setdefault(id(fi), (fi, set()))[1].add(cid)
            return cid

        def rewrite(kind, elems, st):
            if kind == "BT":
                counter[0] += 1
                return None
            fi = info_for(st["fd"])

            def on(code, m):
                k = counter[0]
                counter[0] += 1
                while glyphs[k] is None:
                    k += 1
                    counter[0] += 1
                role = glyphs[k]["role"]
                if k in partner:
                    role, nikp = "am_aa", partner[k]
                if role == "nik":
                    if nik_mode in ("compose", "path"):
                        if nik_mode == "path":
                            extra.append((m, st["fill"], fi.glyph_path(code)))
                            stats["nik_drawn"] += 1
                        return []
                    stats["nik_unmapped"] += 1
                    return [emit_cid(fi, fi.alloc(("nikcid", code)))]
                if role == "am_aa":
                    stats["am"] += 1
                    if nik_mode == "compose":
                        return [emit_cid(fi, fi.alloc(("am", nikp, code)))]
                elif code in fi.aa:
                    stats["aa"] += 1
                if k in plan:
                    move, src, off = plan[k]
                    stats["marks_shifted"] += 1
                    cid = emit_cid(fi, fi.alloc(("shift", src, off)) if off else src)
                    return ([float(move)] if move else []) + [cid] + ([float(-move)] if move else [])
                return [emit_cid(fi, code)]
            res = iterate(elems, st, fi, on)
            arr, buf = [], bytearray()
            for v in res:
                if isinstance(v, int):
                    buf += v.to_bytes(2, "big")
                else:
                    if buf:
                        arr.append(pikepdf.String(bytes(buf)))
                        buf = bytearray()
                    arr.append(v)
            if buf:
                arr.append(pikepdf.String(bytes(buf)))
            return pikepdf.Array(arr)
        out = _walk(pdf, page, rewrite)
        assert counter[0] == len(glyphs)
        data = b"q\n" + pikepdf.unparse_content_stream(out) + b"\nQ\n"
        for m, fop, path in extra:
            mat = " ".join("%.6f" % (v / 1000.0) for v in m[:4]) + " %.3f %.3f" % (m[4], m[5])
            data += ("q %s cm %s %s f Q\n" % (mat, fop, path)).encode()
        page.Contents = pdf.make_stream(data)
        for fi, cids in used.values():
            fi.used = getattr(fi, "used", set()) | cids

    for key in sorted(infos):
        fi = infos[key]
        m = {}
        for code, ch in fi.code2char.items():
            if code in fi.nik and nik_mode != "compose":
                continue          # nikhahit has no Unicode mapping
            if ch == "\u0e32":
                ch = aa_char
            m[code] = ch
        if mode == "legacy_tis":
            m = {c: "".join(tis_latin1(x) for x in s) for c, s in m.items()}
        fi.finish(pdf, m, getattr(fi, "used", set()))

    if "/Metadata" in pdf.Root:
        del pdf.Root["/Metadata"]
    for k in ("/DocChecksum", "/ID"):      # LibreOffice's, change every run
        if k in pdf.trailer:
            del pdf.trailer[k]
    pdf.docinfo = pdf.make_indirect(pikepdf.Dictionary(
        Producer=pikepdf.String("blind_layers/make_set.py (LibreOffice + pikepdf)")))
    pdf.save(dst, deterministic_id=True, compress_streams=True,
             object_stream_mode=pikepdf.ObjectStreamMode.disable)
    return stats
