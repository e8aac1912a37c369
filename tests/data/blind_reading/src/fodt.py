"""Document model -> LibreOffice flat ODT (.fodt)."""
import re
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')

CONTENT_W = 16.0  # cm, A4 with 3 cm left and 2 cm right margins


def fontprops(font, size=None, bold=False):
    p = ('style:font-name="%s" style:font-name-complex="%s" style:font-name-asian="%s" '
         % (font, font, font))
    if size:
        p += 'fo:font-size="%gpt" style:font-size-complex="%gpt" ' % (size, size)
    if bold:
        p += 'fo:font-weight="bold" style:font-weight-complex="bold" '
    return p


def inline(s, bold_style="Tb"):
    """Escape text, turn **x** into bold spans, keep runs of spaces."""
    parts = re.split(r"(\*\*.+?\*\*)", s)
    out = []
    for part in parts:
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            out.append('<text:span text:style-name="%s">%s</text:span>' % (bold_style, spaces(escape(part[2:-2]))))
        else:
            out.append(spaces(escape(part)))
    return "".join(out)


def spaces(s):
    return re.sub(r" {2,}", lambda m: ' <text:s text:c="%d"/>' % (len(m.group(0)) - 1), s)


def build(pages, body_font, size, head_font=None, table_font=None, sig_font=None,
          title_scale=1.25, line_spacing=None, justify=True, indent_cm=2.5):
    head_font = head_font or body_font
    table_font = table_font or body_font
    sig_font = sig_font or body_font
    fonts = sorted({body_font, head_font, table_font, sig_font})
    ffd = "".join('<style:font-face style:name="%s" svg:font-family="\'%s\'"/>' % (f, f) for f in fonts)
    ls = ' fo:line-height="%d%%"' % line_spacing if line_spacing else ""
    align = "justify" if justify else "start"

    pstyles = {
        "P": ('fo:text-align="%s" fo:text-indent="%gcm"%s' % (align, indent_cm, ls), fontprops(body_font)),
        "N": ('fo:text-align="%s"%s' % (align, ls), fontprops(body_font)),
        "I": ('fo:text-align="%s" fo:margin-left="1.25cm" fo:text-indent="0cm"%s' % (align, ls), fontprops(body_font)),
        "R": ('fo:text-align="end"%s' % ls, fontprops(body_font)),
        "C": ('fo:text-align="center"%s' % ls, fontprops(body_font)),
        "T": ('fo:text-align="center" fo:margin-bottom="0.2cm"', fontprops(head_font, size * title_scale, True)),
        "TT": ('fo:text-align="center" fo:margin-bottom="0.2cm"', fontprops(head_font, size * 1.7, True)),
        "H": ('fo:text-align="start" fo:margin-top="0.1cm"%s' % ls, fontprops(head_font, None, True)),
        "HC": ('fo:text-align="center"%s' % ls, fontprops(head_font, None, True)),
        "F": ('fo:text-align="start"%s' % ls, fontprops(body_font)),
        "SP": ('', fontprops(body_font)),
        "CELL": ('fo:text-align="start"', fontprops(table_font)),
        "CELLC": ('fo:text-align="center"', fontprops(table_font)),
        "CELLR": ('fo:text-align="end"', fontprops(table_font)),
        "CELLH": ('fo:text-align="center"', fontprops(table_font, None, True)),
        "SIG": ('fo:text-align="center"', fontprops(sig_font)),
        "BOX": ('fo:text-align="start"', fontprops(sig_font)),
    }
    auto = []
    for name, (pp, tp) in pstyles.items():
        for pb in (False, True):
            nm = name + ("_pb" if pb else "")
            extra = ' fo:break-before="page"' if pb else ""
            inner = ('><style:tab-stops><style:tab-stop style:position="8cm"/></style:tab-stops>'
                     '</style:paragraph-properties>') if name == "F" else "/>"
            auto.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties %s%s%s'
                        '<style:text-properties %s/></style:style>' % (nm, pp, extra, inner, tp))
    auto.append('<style:style style:name="Tb" style:family="text"><style:text-properties '
                'fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>')
    auto.append('<style:style style:name="CellB" style:family="table-cell"><style:table-cell-properties '
                'fo:padding="0.08cm" fo:border="0.5pt solid #000000" style:vertical-align="top"/></style:style>')
    auto.append('<style:style style:name="CellN" style:family="table-cell"><style:table-cell-properties '
                'fo:padding="0.05cm" fo:border="none" style:vertical-align="top"/></style:style>')
    auto.append('<style:style style:name="fr" style:family="graphic"><style:graphic-properties '
                'style:wrap="none" style:vertical-pos="from-top" style:vertical-rel="paragraph" '
                'style:horizontal-pos="from-left" style:horizontal-rel="paragraph" '
                'fo:border="0.5pt solid #000000" fo:padding="0.2cm" fo:background-color="transparent" draw:fill="none" '
                'style:run-through="foreground"/></style:style>')

    body = []
    tcount = [0]

    def table_xml(rows, widths, header, borders, cell_style_fn, pb):
        tcount[0] += 1
        tn = "Tab%d" % tcount[0]
        ncol = max(len(r) for r in rows)
        if not widths:
            widths = [100.0 / ncol] * ncol
        tot = sum(widths)
        widths = [w * CONTENT_W / tot for w in widths]
        extra = ' fo:break-before="page"' if pb else ""
        auto.append('<style:style style:name="%s" style:family="table"><style:table-properties '
                    'style:width="%.2fcm" table:align="margins"%s/></style:style>' % (tn, CONTENT_W, extra))
        x = ['<table:table table:name="%s" table:style-name="%s">' % (tn, tn)]
        for i, w in enumerate(widths):
            cs = "%s.C%d" % (tn, i)
            auto.append('<style:style style:name="%s" style:family="table-column"><style:table-column-properties '
                        'style:column-width="%.2fcm"/></style:style>' % (cs, w))
            x.append('<table:table-column table:style-name="%s"/>' % cs)
        for ri, row in enumerate(rows):
            x.append("<table:table-row>")
            for ci in range(ncol):
                cell = row[ci] if ci < len(row) else ""
                x.append('<table:table-cell table:style-name="%s" office:value-type="string">' %
                         ("CellB" if borders else "CellN"))
                for line in ((cell or [""]) if isinstance(cell, list) else [cell]):
                    x.append('<text:p text:style-name="%s">%s</text:p>' % (cell_style_fn(ri, ci, line), inline(line)))
                x.append("</table:table-cell>")
            x.append("</table:table-row>")
        x.append("</table:table>")
        return "".join(x)

    def numeric(s):
        return bool(re.fullmatch(r"[\s0-9๐-๙.,%/:()\-]+", s.replace("**", ""))) and s.strip() != ""

    fr = [0]
    for pi, blocks in enumerate(pages):
        for bi, b in enumerate(blocks):
            pb = pi > 0 and bi == 0
            sfx = "_pb" if pb else ""
            k = b["kind"]
            if k == "TB":
                def cs(ri, ci, line):
                    if ri == 0:
                        return "CELLH"
                    return "CELLC" if numeric(line) else "CELL"
                body.append(table_xml(b["rows"], b.get("widths"), True, True, cs, pb))
            elif k == "SG":
                rows = [[box for box in b["boxes"]]]
                body.append(table_xml(rows, None, False, False, lambda ri, ci, l: "SIG", pb))
            elif k == "BX":
                n = len(b["boxes"])
                gap = 0.6
                w = (CONTENT_W - gap * (n - 1)) / n
                frames = []
                for i, box in enumerate(b["boxes"]):
                    fr[0] += 1
                    paras = "".join('<text:p text:style-name="BOX">%s</text:p>' % inline(l) for l in box)
                    frames.append('<draw:frame draw:style-name="fr" draw:name="Box%d" text:anchor-type="paragraph" '
                                  'svg:x="%.2fcm" svg:y="0cm" svg:width="%.2fcm" draw:z-index="%d">'
                                  '<draw:text-box fo:min-height="1cm">%s</draw:text-box></draw:frame>'
                                  % (fr[0], i * (w + gap), w - 0.45, fr[0], paras))
                body.append('<text:p text:style-name="N%s">%s</text:p>' % (sfx, "".join(frames)))
            elif k == "F":
                parts = []
                for j, (lab, val) in enumerate(b["fields"]):
                    if j:
                        parts.append("<text:tab/>")
                    parts.append('<text:span text:style-name="Tb">%s</text:span><text:s text:c="2"/>%s'
                                 % (inline(lab), inline(val)))
                body.append('<text:p text:style-name="F%s">%s</text:p>' % (sfx, "".join(parts)))
            else:
                body.append('<text:p text:style-name="%s%s">%s</text:p>' % (k, sfx, inline(b.get("text", ""))))

    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.2" '
           'office:mimetype="application/vnd.oasis.opendocument.text">'
           '<office:font-face-decls>%s</office:font-face-decls>'
           '<office:styles><style:default-style style:family="paragraph">'
           '<style:paragraph-properties fo:orphans="2" fo:widows="2"/>'
           '<style:text-properties %s fo:language="th" fo:country="TH" style:language-complex="th" '
           'style:country-complex="TH" style:language-asian="th" style:country-asian="TH"/></style:default-style>'
           '</office:styles>'
           '<office:automatic-styles>%s'
           '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
           'fo:page-height="29.7cm" fo:margin-top="2.0cm" fo:margin-bottom="1.5cm" fo:margin-left="3cm" '
           'fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>'
           '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
           '</office:master-styles><office:body><office:text>%s</office:text></office:body></office:document>'
           % (NS, ffd, fontprops(body_font, size), "".join(auto), "".join(body)))
    return doc
