"""Deterministic text-layer damage for LibreOffice-made PDFs (pikepdf + fontTools).

LibreOffice 7.4 embeds each font as one or more TrueType subsets (simple fonts,
one-byte codes) with a /ToUnicode CMap, and wraps glyphs that have no 1:1
Unicode (the NIKHAHIT + SARA AA pair that the Thai shaper makes of SARA AM, and
the SARA AA glyph itself) in /Span <</ActualText ...>> BDC ... EMC.  The
functions here identify every code of every embedded font by comparing glyph
outlines with the original font file, then rewrite the CMap, strip the
ActualText spans, or re-emit the content stream glyph by glyph.
"""
import glob
import hashlib
import io
import os
import re

import pikepdf
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.ttLib import TTFont

FONT_DIRS = ["/usr/share/fonts/truetype/tlwg", os.environ.get("BLIND_FONT_DIR", "/tmp/blind_reading_work/fonts")]

_fontfiles = None
_outline_index = {}


def font_files():
    global _fontfiles
    if _fontfiles is None:
        _fontfiles = {}
        for d in FONT_DIRS:
            for p in glob.glob(os.path.join(d, "*.ttf")):
                f = TTFont(p, lazy=True)
                ps = f["name"].getDebugName(6)
                if ps:
                    _fontfiles[ps] = p
    return _fontfiles


def _hash_glyph(glyphset, name):
    pen = DecomposingRecordingPen(glyphset)
    glyphset[name].draw(pen)
    return hashlib.md5(repr([(op, tuple(None if pt is None else tuple(round(c) for c in pt) for pt in args)) for op, args in pen.value]).encode()).hexdigest()


def outline_index(path):
    """hash -> [glyph names], and glyph name -> unicode (from cmap, first one)."""
    if path not in _outline_index:
        f = TTFont(path)
        gs = f.getGlyphSet()
        idx = {}
        for g in f.getGlyphOrder():
            idx.setdefault(_hash_glyph(gs, g), []).append(g)
        rev = {}
        for cp, g in sorted(f.getBestCmap().items()):
            rev.setdefault(g, cp)
        _outline_index[path] = (idx, rev, f)
    return _outline_index[path]


def parse_tounicode(data):
    m = {}
    text = data.decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            m[int(src, 16)] = bytes.fromhex(dst).decode("utf-16-be") if dst else ""
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for a, b, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            a, b = int(a, 16), int(b, 16)
            base = bytes.fromhex(dst).decode("utf-16-be")
            for i, c in enumerate(range(a, b + 1)):
                m[c] = base[:-1] + chr(ord(base[-1]) + i)
    return m


def make_tounicode(mapping, two_byte=False):
    """mapping: code -> str.  Codes whose value is None are left out."""
    items = [(c, s) for c, s in sorted(mapping.items()) if s is not None]
    w = 4 if two_byte else 2
    out = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
           "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
           "1 begincodespacerange", "<%s> <%s>" % ("0" * w, "F" * w), "endcodespacerange"]
    for i in range(0, len(items), 100):
        chunk = items[i:i + 100]
        out.append("%d beginbfchar" % len(chunk))
        for c, s in chunk:
            out.append("<%0*X> <%s>" % (w, c, s.encode("utf-16-be").hex().upper()))
        out.append("endbfchar")
    out += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(out).encode("ascii")


class FontInfo:
    def __init__(self, pdf, fontobj):
        self.obj = fontobj
        self.basefont = str(fontobj.BaseFont)[1:]
        self.family_ps = self.basefont.split("+", 1)[-1]
        self.path = font_files().get(self.family_ps)
        tu = fontobj.get("/ToUnicode")
        self.tounicode = parse_tounicode(tu.read_bytes()) if tu is not None else {}
        self.glyph = {}   # code -> original glyph name
        self.widths = {}
        fc = int(fontobj.get("/FirstChar", 0))
        for i, w in enumerate(fontobj.get("/Widths", [])):
            self.widths[fc + i] = float(w)
        fd = fontobj.FontDescriptor
        ff = fd.get("/FontFile2")
        if ff is not None and self.path:
            sub = TTFont(io.BytesIO(ff.read_bytes()))
            gs = sub.getGlyphSet()
            idx, rev, orig = outline_index(self.path)
            cmap = {}
            for t in sub["cmap"].tables:
                for cp, g in t.cmap.items():
                    cmap.setdefault(cp & 0xFF, g)
            self.subset = sub
            self.code_to_subglyph = cmap
            for code, g in cmap.items():
                names = idx.get(_hash_glyph(gs, g), [])
                if names:
                    # prefer a name whose unicode matches the ToUnicode entry
                    tu_s = self.tounicode.get(code, "")
                    best = names[0]
                    for n in names:
                        if rev.get(n) is not None and chr(rev[n]) in tu_s:
                            best = n
                            break
                    self.glyph[code] = best
            self.rev = rev

    def code_for(self, glyphname):
        return [c for c, g in self.glyph.items() if g == glyphname]

    def unicode_of(self, code):
        """Unicode of the original glyph (by cmap), else the ToUnicode entry."""
        g = self.glyph.get(code)
        if g and g in self.rev:
            return chr(self.rev[g])
        return self.tounicode.get(code)


def fonts_of(pdf):
    seen = {}
    for page in pdf.pages:
        res = page.get("/Resources")
        for fobj in _iter_fonts(res):
            key = fobj.objgen
            if key not in seen:
                seen[key] = FontInfo(pdf, fobj)
    return list(seen.values())


def _iter_fonts(res, depth=0):
    if res is None or depth > 5:
        return
    fd = res.get("/Font")
    if fd is not None:
        for _, f in fd.items():
            yield f
    xo = res.get("/XObject")
    if xo is not None:
        for _, x in xo.items():
            if x.get("/Subtype") == "/Form":
                yield from _iter_fonts(x.get("/Resources"), depth + 1)


def rewrite_tounicode(pdf, fi, fn):
    """fn(code, current_str, glyphname) -> new str (None = leave the code unmapped)."""
    new = {}
    codes = set(fi.tounicode) | set(fi.glyph)
    for c in sorted(codes):
        new[c] = fn(c, fi.tounicode.get(c), fi.glyph.get(c))
    fi.obj.ToUnicode = pikepdf.Stream(pdf, make_tounicode(new))
    fi.tounicode = {c: s for c, s in new.items() if s is not None}


def remove_tounicode(fi):
    if "/ToUnicode" in fi.obj:
        del fi.obj["/ToUnicode"]


PUA_STD = dict(zip(range(0xF700, 0xF720),
                   "\u0E10\u0E34\u0E35\u0E36\u0E37\u0E48\u0E49\u0E4A\u0E4B\u0E4C"
                   "\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E0D\u0E31\u0E4D\u0E47\u0E48"
                   "\u0E49\u0E4A\u0E4B\u0E4C\u0E38\u0E39\u0E3A\u0E0E\u0E0F\u0E2C\u0E4D\u0E47"))


def glyph_char(fi, code, std=True):
    """The character the glyph drawn for code stands for (from the font's own
    cmap); PUA variants are turned into the standard character when std."""
    g = fi.glyph.get(code)
    if g is None or g not in fi.rev:
        return None
    cp = fi.rev[g]
    if std and cp in PUA_STD:
        return PUA_STD[cp]
    return chr(cp)


def span_glyphs(page, rn):
    """Yield (span_index, [(FontInfo, code), ...], actualtext) for each ActualText span."""
    res = []
    cur = None
    span = None
    for operands, op in pikepdf.parse_content_stream(page):
        o = str(op)
        if o == "Tf":
            cur = str(operands[0])
        elif o == "BDC" and str(operands[0]) == "/Span" and "/ActualText" in operands[1]:
            span = (str(operands[1].ActualText), [])
        elif o in ("Tj", "TJ") and span is not None:
            els = [operands[0]] if o == "Tj" else [e for e in operands[0] if isinstance(e, pikepdf.String)]
            for e in els:
                for bb in bytes(e):
                    span[1].append((rn.get(cur), bb))
        elif o == "EMC" and span is not None:
            res.append(span)
            span = None
    return res


def remove_spans(pdf, page, rn, pred):
    """Remove /Span <</ActualText>> BDC ... EMC wrappers (keeping the glyphs)
    for every span for which pred(actualtext, [(FontInfo, code), ...]) is true."""
    ops = pikepdf.parse_content_stream(page)
    out = []
    stack = []
    cur = None
    for operands, op in ops:
        o = str(op)
        if o == "Tf":
            cur = str(operands[0])
        if o == "BDC" and len(operands) == 2 and str(operands[0]) == "/Span" and \
                isinstance(operands[1], pikepdf.Dictionary) and "/ActualText" in operands[1]:
            stack.append([len(out), str(operands[1].ActualText), []])
            out.append((operands, op))
            continue
        if o in ("BDC", "BMC"):
            stack.append(None)
        if o in ("Tj", "TJ") and stack and stack[-1] is not None:
            els = [operands[0]] if o == "Tj" else [e for e in operands[0] if isinstance(e, pikepdf.String)]
            for e in els:
                for bb in bytes(e):
                    stack[-1][2].append((rn.get(cur), bb))
        if o == "EMC" and stack:
            top = stack.pop()
            if top is not None and pred(top[1], top[2]):
                out[top[0]] = None
                continue
        out.append((operands, op))
    out = [x for x in out if x is not None]
    page.Contents = pikepdf.Stream(pdf, pikepdf.unparse_content_stream(out))


def font_resource_names(page, fi_list):
    """resource name -> FontInfo for a page."""
    res = {}
    fd = page.Resources.get("/Font", {})
    by = {fi.obj.objgen: fi for fi in fi_list}
    for name, f in fd.items():
        if f.objgen in by:
            res[str(name)] = by[f.objgen]
    return res


# ------------------------------------------------------------ re-emission
ABOVE = set("\u0E31\u0E34\u0E35\u0E36\u0E37\u0E47\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E4D")


def reemit(pdf, page, fonts, mode, shift_em=0.16, target_fonts=None, as_path=None):
    """Rewrite every BT..ET block of page as one glyph per Tj with an absolute Tm.

    mode 'stream': an above-base mark (upper vowel, tone mark, nikhahit) is
        written after the next base glyph of the same line (position kept).
    mode 'xshift': marks stay in stream order, but their origin is moved right
        by shift_em (of the font size); the embedded glyph outline is moved left
        by the same amount, so the page looks the same while the glyph origin
        lies past the origin of the following letter.
    mode 'both': both.
    mode 'none': order and positions kept.
    as_path(glyph) -> bool: such glyphs are drawn as filled vector paths (their
    outline from the embedded font) instead of text, so they are not in the
    text layer at all.
    Glyphs inside ActualText spans are kept as one unit with their span.
    """
    rn = font_resource_names(page, fonts)
    ops = pikepdf.parse_content_stream(page)
    out = []
    i = 0
    shifted_fonts = set()
    while i < len(ops):
        operands, op = ops[i]
        if str(op) != "BT":
            out.append((operands, op))
            i += 1
            continue
        j = i
        while str(ops[j][1]) != "ET":
            j += 1
        block = ops[i + 1:j]
        out.append(([], pikepdf.Operator("BT")))
        out.extend(_reemit_block(pdf, block, rn, mode, shift_em, target_fonts, shifted_fonts, as_path))
        out.append(([], pikepdf.Operator("ET")))
        i = j + 1
    page.Contents = pikepdf.Stream(pdf, pikepdf.unparse_content_stream(out))
    return shifted_fonts


def _reemit_block(pdf, block, rn, mode, shift_em, target_fonts, shifted_fonts, as_path=None):
    # interpret
    tm = [1, 0, 0, 1, 0, 0]
    tlm = [1, 0, 0, 1, 0, 0]
    font = None
    size = 0
    tc = tw = 0.0
    th = 1.0
    tl = 0.0
    trise = 0.0
    units = []   # each: dict(kind='glyphs', glyphs=[...], span=...) or dict(kind='op', op=...)
    span = None

    def show(s):
        nonlocal tm
        fi = rn.get(font)
        for b in bytes(s):
            w = (fi.widths.get(b, 0) if fi else 0) / 1000.0
            x, y = tm[4], tm[5]
            g = {"font": font, "size": size, "code": b, "x": x, "y": y + trise, "fi": fi}
            if span is not None:
                span["glyphs"].append(g)
            else:
                units.append({"kind": "glyph", "g": g})
            adv = (w * size + tc + (tw if b == 32 else 0)) * th
            tm = [tm[0], tm[1], tm[2], tm[3], tm[4] + adv * tm[0], tm[5] + adv * tm[1]]

    for operands, op in block:
        o = str(op)
        if o == "Tf":
            font, size = str(operands[0]), float(operands[1])
        elif o == "Td":
            tx, ty = float(operands[0]), float(operands[1])
            tlm = [tlm[0], tlm[1], tlm[2], tlm[3], tlm[4] + tx * tlm[0] + ty * tlm[2], tlm[5] + tx * tlm[1] + ty * tlm[3]]
            tm = list(tlm)
        elif o == "TD":
            tx, ty = float(operands[0]), float(operands[1])
            tl = -ty
            tlm = [tlm[0], tlm[1], tlm[2], tlm[3], tlm[4] + tx * tlm[0] + ty * tlm[2], tlm[5] + tx * tlm[1] + ty * tlm[3]]
            tm = list(tlm)
        elif o == "Tm":
            tlm = [float(v) for v in operands]
            tm = list(tlm)
        elif o == "T*":
            tlm = [tlm[0], tlm[1], tlm[2], tlm[3], tlm[4] - tl * tlm[2], tlm[5] - tl * tlm[3]]
            tm = list(tlm)
        elif o == "Tc":
            tc = float(operands[0])
        elif o == "Tw":
            tw = float(operands[0])
        elif o == "Tz":
            th = float(operands[0]) / 100.0
        elif o == "TL":
            tl = float(operands[0])
        elif o == "Ts":
            trise = float(operands[0])
        elif o == "Tj":
            show(operands[0])
        elif o == "TJ":
            for el in operands[0]:
                if isinstance(el, pikepdf.String):
                    show(el)
                else:
                    adj = -float(el) / 1000.0 * size * th
                    tm = [tm[0], tm[1], tm[2], tm[3], tm[4] + adj * tm[0], tm[5] + adj * tm[1]]
        elif o == "BDC" and str(operands[0]) == "/Span" and "/ActualText" in operands[1]:
            span = {"kind": "span", "props": operands[1], "glyphs": []}
            units.append(span)
        elif o == "EMC" and span is not None:
            span = None
        elif o in ("'", '"'):
            raise NotImplementedError(o)
        else:
            units.append({"kind": "op", "op": (operands, op)})

    def gchar(g):
        fi = g["fi"]
        return glyph_char(fi, g["code"]) if fi else None

    def mark_glyph(g):
        if target_fonts is not None and g["font"] not in target_fonts:
            return False
        ch = gchar(g)
        return bool(ch) and ch in ABOVE

    def is_mark(u):
        return u["kind"] == "glyph" and mark_glyph(u["g"])

    def is_base(u):
        if u["kind"] == "span":
            return bool(u["glyphs"])
        if u["kind"] != "glyph":
            return False
        ch = gchar(u["g"])
        return bool(ch) and ("\u0E01" <= ch <= "\u0E2E" or ch in "\u0E40\u0E41\u0E42\u0E43\u0E44\u0E30\u0E32\u0E45")

    if mode in ("stream", "both"):
        k = 0
        res = []
        n = len(units)
        while k < n:
            if is_mark(units[k]):
                marks = []
                while k < n and is_mark(units[k]):
                    marks.append(units[k])
                    k += 1
                # move the marks after the next base glyph on the same baseline
                if k < n and is_base(units[k]) and _same_line(marks[0], units[k]):
                    res.append(units[k])
                    res.extend(marks)
                    k += 1
                else:
                    res.extend(marks)
                continue
            res.append(units[k])
            k += 1
        units = res

    if mode in ("xshift", "both"):
        for u in units:
            gl = [u["g"]] if u["kind"] == "glyph" else (u["glyphs"] if u["kind"] == "span" else [])
            for g in gl:
                if mark_glyph(g):
                    g["x"] += shift_em * g["size"]
                    shifted_fonts.add(g["font"])

    out = []
    cur = (None, None)

    def emit_glyph(g):
        nonlocal cur
        if as_path is not None and as_path(g):
            out.append(([], pikepdf.Operator("ET")))
            out.append(([], pikepdf.Operator("q")))
            out.extend(glyph_path_ops(g))
            out.append(([], pikepdf.Operator("Q")))
            out.append(([], pikepdf.Operator("BT")))
            cur = (None, None)
            return
        if (g["font"], g["size"]) != cur:
            out.append(([pikepdf.Name(g["font"]), g["size"]], pikepdf.Operator("Tf")))
            cur = (g["font"], g["size"])
        out.append(([1, 0, 0, 1, round(g["x"], 3), round(g["y"], 3)], pikepdf.Operator("Tm")))
        out.append(([pikepdf.String(bytes([g["code"]]))], pikepdf.Operator("Tj")))

    for u in units:
        if u["kind"] == "op":
            out.append(u["op"])
        elif u["kind"] == "glyph":
            emit_glyph(u["g"])
        else:
            out.append(([pikepdf.Name("/Span"), u["props"]], pikepdf.Operator("BDC")))
            for g in u["glyphs"]:
                emit_glyph(g)
            out.append(([], pikepdf.Operator("EMC")))
    return out


def glyph_path_ops(g):
    """Content-stream operators that fill the outline of glyph g at its place."""
    from fontTools.pens.basePen import BasePen
    fi = g["fi"]
    sub = fi.subset
    upem = sub["head"].unitsPerEm
    s = g["size"] / upem
    x0, y0 = g["x"], g["y"]
    ops = []

    def P(x, y):
        return [round(x0 + x * s, 3), round(y0 + y * s, 3)]

    class Pen(BasePen):
        def _moveTo(self, p):
            ops.append((P(*p), pikepdf.Operator("m")))

        def _lineTo(self, p):
            ops.append((P(*p), pikepdf.Operator("l")))

        def _curveToOne(self, p1, p2, p3):
            ops.append((P(*p1) + P(*p2) + P(*p3), pikepdf.Operator("c")))

        def _closePath(self):
            ops.append(([], pikepdf.Operator("h")))

    gs = sub.getGlyphSet()
    gs[fi.code_to_subglyph[g["code"]]].draw(Pen(gs))
    ops.append(([], pikepdf.Operator("f")))
    return ops


def _same_line(a, b):
    ga = a["g"] if a["kind"] == "glyph" else a["glyphs"][0]
    gb = b["g"] if b["kind"] == "glyph" else (b["glyphs"][0] if b["glyphs"] else None)
    return gb is not None and abs(ga["y"] - gb["y"]) < 1.0


def shift_mark_outlines(pdf, fi, shift_em):
    """Move the outlines of every above-base mark glyph of an embedded subset
    left by shift_em (em units), so that drawing it shift_em to the right puts
    it back where it was."""
    sub = TTFont(io.BytesIO(fi.obj.FontDescriptor.FontFile2.read_bytes()), recalcTimestamp=False)
    upem = sub["head"].unitsPerEm
    d = -round(shift_em * upem)
    glyf = sub["glyf"]
    moved = 0
    for code, g in fi.code_to_subglyph.items():
        ch = glyph_char(fi, code)
        if not ch or ch not in ABOVE:
            continue
        gl = glyf[g]
        if gl.isComposite():
            for comp in gl.components:
                comp.x += d
        elif gl.numberOfContours > 0:
            coords = gl.coordinates
            for i in range(len(coords)):
                x, y = coords[i]
                coords[i] = (x + d, y)
        gl.recalcBounds(glyf) if hasattr(gl, "recalcBounds") else None
        lsb_w, lsb = sub["hmtx"][g]
        sub["hmtx"][g] = (lsb_w, lsb + d)
        moved += 1
    buf = io.BytesIO()
    sub.save(buf)
    data = buf.getvalue()
    ff = pikepdf.Stream(pdf, data)
    ff.Length1 = len(data)
    fi.obj.FontDescriptor.FontFile2 = ff
    # widen the descriptor bbox so viewers do not clip
    bb = [float(v) for v in fi.obj.FontDescriptor.FontBBox]
    bb[0] = min(bb[0], bb[0] + d * 1000.0 / upem)
    fi.obj.FontDescriptor.FontBBox = bb
    return moved


# ------------------------------------------------------------ damage classes
SARA_AM_PARTS = ("\u0E4D", "\u0E32")


def _targets(fonts, target_fonts):
    """target_fonts: exact PostScript names ("Laksaman", "Laksaman-Bold"); None = all."""
    if target_fonts is None:
        return fonts
    return [fi for fi in fonts if fi.family_ps in set(target_fonts)]


def _for_pages(pdf, fonts, tgt, pred):
    ids = {fi.obj.objgen for fi in tgt}
    for page in pdf.pages:
        rn = font_resource_names(page, fonts)

        def p(at, glyphs):
            if not glyphs or not all(fi is not None and fi.obj.objgen in ids for fi, _ in glyphs):
                return False
            return pred(at, glyphs)
        remove_spans(pdf, page, rn, p)


def damage_sara_am(pdf, variant, target_fonts=None):
    """Word-style SARA AM damage.  The Thai shaper draws SARA AM as NIKHAHIT +
    SARA AA glyphs; variant 'space': NIKHAHIT glyph -> U+0020 (อ านาจ);
    'drop': the NIKHAHIT ring is drawn as a vector path, so it is not in the
    text layer, and SARA AA -> U+0E32 (ประจาปี); 'reverse': the same, and the
    SARA AA glyph -> SARA AM U+0E33 (หลักกำร, สำนักงำน)."""
    nk, aa = {"space": (" ", "\u0E32"), "drop": (None, "\u0E32"), "reverse": (None, "\u0E33")}[variant]
    fonts = fonts_of(pdf)
    tgt = _targets(fonts, target_fonts)
    _for_pages(pdf, fonts, tgt, lambda at, gl: any(glyph_char(fi, c) in SARA_AM_PARTS for fi, c in gl))
    if nk is None:
        # the NIKHAHIT ring is drawn as a vector path: it is on the page but
        # not in the text layer at all
        ids = {fi.obj.objgen for fi in tgt}
        for page in pdf.pages:
            reemit(pdf, page, fonts, "none",
                   as_path=lambda g: g["fi"] is not None and g["fi"].obj.objgen in ids
                   and glyph_char(g["fi"], g["code"]) == "\u0E4D")
    for fi in tgt:
        def fn(c, cur, g, fi=fi):
            gc = glyph_char(fi, c)
            if gc == "\u0E4D":
                return nk
            if gc == "\u0E32":
                return aa
            return cur
        rewrite_tounicode(pdf, fi, fn)
    return [fi.family_ps for fi in tgt]


def _glyph_level(pdf, target_fonts, conv, keep_sara_am_spans=True):
    fonts = fonts_of(pdf)
    tgt = _targets(fonts, target_fonts)
    if keep_sara_am_spans:
        _for_pages(pdf, fonts, tgt, lambda at, gl: not any(glyph_char(fi, c) in SARA_AM_PARTS for fi, c in gl))
    else:
        _for_pages(pdf, fonts, tgt, lambda at, gl: True)
    for fi in tgt:
        def fn(c, cur, g, fi=fi):
            gc = glyph_char(fi, c)
            if gc is None:
                return cur
            if keep_sara_am_spans and gc in SARA_AM_PARTS:
                return cur
            return conv(fi, c, gc, cur)
        rewrite_tounicode(pdf, fi, fn)
    return [fi.family_ps for fi in tgt]


QUARTZ_A = {"\u0E48": "D", "\u0E49": "6", "\u0E4A": "E", "\u0E4B": "G", "\u0E4C": "@",
            "\u0E31": "9", "\u0E34": "4", "\u0E35": "5", "\u0E36": "7", "\u0E37": "8", "\u0E47": "3"}
QUARTZ_B = {"\u0E48": "F", "\u0E49": "%", "\u0E4A": "&", "\u0E4B": "'", "\u0E4C": "^",
            "\u0E31": "#", "\u0E34": "(", "\u0E35": ")", "\u0E36": "*", "\u0E37": "+", "\u0E47": "$"}
# variant C: only tone marks broken, upper vowels fine
QUARTZ_C = {"\u0E48": "D", "\u0E49": "%", "\u0E4A": "E", "\u0E4B": "G", "\u0E4C": "^"}


def damage_quartz(pdf, amap, target_fonts=None):
    """Quartz-style: the glyphs of tone marks / upper vowels map to ASCII."""
    return _glyph_level(pdf, target_fonts, lambda fi, c, gc, cur: amap.get(gc, gc))


def damage_pua(pdf, target_fonts=None):
    """Legacy-font style: positional variant glyphs (low / left-shifted tone
    marks and vowels, descender-less YO YING / THO THAN) map to their
    Private Use Area code points U+F700-U+F71A, as the font's cmap says."""
    return _glyph_level(pdf, target_fonts, lambda fi, c, gc, cur: glyph_char(fi, c, std=False))


def damage_strip(pdf, target_fonts=None):
    """No /ToUnicode at all (and no ActualText): glyph codes only."""
    fonts = fonts_of(pdf)
    tgt = _targets(fonts, target_fonts)
    _for_pages(pdf, fonts, tgt, lambda at, gl: True)
    for fi in tgt:
        remove_tounicode(fi)
    return [fi.family_ps for fi in tgt]


def damage_tis620_latin1(pdf, target_fonts=None):
    """Wrong ToUnicode: every Thai glyph maps to the Latin-1 character whose
    code is the glyph's TIS-620 byte (ก -> ¡, า -> Ò), as old converters did."""
    def conv(fi, c, gc, cur):
        return "".join(chr(ord(ch) - 0x0E00 + 0xA0) if "\u0E01" <= ch <= "\u0E5B" else ch for ch in gc)
    return _glyph_level(pdf, target_fonts, conv, keep_sara_am_spans=False)


SWAPS = [("ก", "ถ"), ("ด", "ต"), ("บ", "ป"), ("น", "ม"), ("ร", "ธ"), ("ว", "ย"), ("ห", "ษ")]


def damage_letters(pdf, pairs=SWAPS, target_fonts=None):
    """Wrong ToUnicode: pairs of look-alike consonants swapped (ก<->ถ, ด<->ต ...)."""
    tr = {}
    for a, b in pairs:
        tr[a], tr[b] = b, a
    fonts = fonts_of(pdf)
    tgt = _targets(fonts, target_fonts)
    for fi in tgt:
        rewrite_tounicode(pdf, fi, lambda c, cur, g: None if cur is None else "".join(tr.get(ch, ch) for ch in cur))
    return [fi.family_ps for fi in tgt]


def damage_mark_order(pdf, mode, target_fonts=None, shift_em=0.16):
    fonts = fonts_of(pdf)
    tgt = _targets(fonts, target_fonts)
    names = None
    if target_fonts is not None:
        names = set()
    shifted = set()
    for page in pdf.pages:
        rn = font_resource_names(page, fonts)
        tn = None if target_fonts is None else {n for n, fi in rn.items() if fi in tgt}
        shifted |= reemit(pdf, page, fonts, mode, shift_em=shift_em, target_fonts=tn)
    if mode in ("xshift", "both"):
        for fi in tgt:
            shift_mark_outlines(pdf, fi, shift_em)
    return [fi.family_ps for fi in tgt]
