"""What a PDF's embedded fonts say about their own character map.

A PDF font says which character each glyph stands for in its /ToUnicode map.
Some writers get that map wrong for Thai:

- the Royal Gazette's TH SarabunIT๙ (MS Word through iText) leaves the
  NIKHAHIT glyph (the circle of SARA AM, drawn as its own zero-width glyph
  beside SARA AA) out of the map or maps it to a space: "อำนาจ" -> "อานาจ";
- Word 2013's TH SarabunPSK maps the SARA AA glyph to SARA AM and the full
  stop to ศ: "สำนักงาน" -> "สำนักงำน", "พ.ศ." -> "พศศศ".

The embedded TrueType font's own `cmap` table still says what each glyph is,
so `examine_font` compares the two glyph by glyph.  Glyphs the map leaves out
are filled from the cmap.  Where the two disagree, the cmap's character is
only *proposed*, and only when the glyph's advance agrees with it (a
combining mark has none; a space or letter has one): a writer that maps a
real space glyph to something else in its cmap gets no proposal.  Whether a
proposal is used is decided page by page on the result (`pdf_repair`).
Thai glyph variants that cmaps file under the Private Use Area
(U+F700-U+F71A, e.g. a tone mark shifted left) count as their standard code
points.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from io import BytesIO

from pdfminer.cmapdb import FileUnicodeMap
from pdfminer.pdffont import PDFCIDFont, PDFFont, TrueTypeFont
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral

from ..thai.script import COMBINING_MARK_CHARS

log = logging.getLogger(__name__)

# The Thai Private Use Area variants of Windows/Mac Thai fonts (the de facto
# table used by Monotype/Microsoft Thai fonts), mapped to the characters they draw.
THAI_PUA = {
    0xF700: "\u0e10",  # THO THAN without its lower curl
    0xF701: "\u0e34",  # SARA I, shifted left
    0xF702: "\u0e35",
    0xF703: "\u0e36",
    0xF704: "\u0e37",
    0xF705: "\u0e48",  # tone marks, shifted down-left
    0xF706: "\u0e49",
    0xF707: "\u0e4a",
    0xF708: "\u0e4b",
    0xF709: "\u0e4c",
    0xF70A: "\u0e48",  # tone marks, shifted down
    0xF70B: "\u0e49",
    0xF70C: "\u0e4a",
    0xF70D: "\u0e4b",
    0xF70E: "\u0e4c",
    0xF70F: "\u0e0d",  # YO YING without its lower curl
    0xF710: "\u0e31",  # MAI HAN-AKAT, shifted left
    0xF711: "\u0e4d",  # NIKHAHIT, shifted left
    0xF712: "\u0e47",  # MAITAIKHU, shifted left
    0xF713: "\u0e48",  # tone marks, shifted left
    0xF714: "\u0e49",
    0xF715: "\u0e4a",
    0xF716: "\u0e4b",
    0xF717: "\u0e4c",
    0xF718: "\u0e38",  # SARA U, shifted down
    0xF719: "\u0e39",
    0xF71A: "\u0e3a",
}


def is_thai(char: str) -> bool:
    return len(char) == 1 and 0x0E01 <= ord(char) <= 0x0E5B


def thai_from_font_char(char: str) -> str | None:
    """The standard Thai character a font cmap entry stands for, or None if not Thai."""
    if len(char) != 1:
        return None
    if is_thai(char):
        return char
    return THAI_PUA.get(ord(char))


ZERO_ADVANCE = 0.05  # em: a glyph narrower than this draws a mark (or nothing), not a letter


@dataclass
class FontEvidence:
    """What the embedded font says about glyphs its /ToUnicode map gets wrong.

    `proposals` are only proposals: the page reader applies them where they
    make the page's text better (`pdf_repair`), and refuses them elsewhere.
    """

    name: str
    proposals: dict[int, str] = field(default_factory=dict)  # cid -> character from the font's own cmap
    filled: set[int] = field(default_factory=set)  # cids /ToUnicode leaves out, filled from the font's cmap


def examine_font(font: PDFFont, spec: dict) -> FontEvidence:
    """Compare `font`'s /ToUnicode with the embedded TrueType font's own cmap, glyph by glyph.

    Where /ToUnicode has no entry for a glyph the cmap's character is filled
    in (a subset's map lists only some glyphs; without it the glyph reads
    "(cid:N)").  Where the two disagree, the cmap's character is proposed when
    the glyph's advance agrees with it: a combining mark has no advance, a
    letter or a space has one.  Only CID TrueType fonts with an identity
    glyph mapping are examined: for them the character code is the glyph id
    the embedded cmap is keyed by.
    """
    evidence = FontEvidence(name=getattr(font, "fontname", None) or "unknown")
    unicode_map = getattr(font, "unicode_map", None)
    if not isinstance(font, PDFCIDFont) or not isinstance(unicode_map, FileUnicodeMap):
        return evidence
    fontfile = getattr(font, "fontfile", None)
    if fontfile is None or not _identity_cid_to_gid(spec):
        return evidence
    for gid, char in _embedded_cmap(font.basefont, fontfile).items():
        own = font_char(char)
        if own is None:
            continue
        current = unicode_map.cid2unichr.get(gid)
        if current is None:
            unicode_map.cid2unichr[gid] = own
            evidence.filled.add(gid)
        elif current != own and _advance_agrees(font, gid, own):
            evidence.proposals[gid] = own
    if evidence.proposals:
        log.info(
            "font %s: %d glyph(s) where /ToUnicode and the embedded cmap disagree",
            font.basefont,
            len(evidence.proposals),
        )
    return evidence


def font_char(char: str) -> str | None:
    """The character a font's cmap entry stands for, when it is text: Thai (PUA variants folded) or printable ASCII."""
    thai = thai_from_font_char(char)
    if thai is not None:
        return thai
    return char if len(char) == 1 and "!" <= char <= "~" else None


def is_combining_mark(char: str) -> bool:
    return len(char) == 1 and char in COMBINING_MARK_CHARS


def _advance_agrees(font: PDFFont, cid: int, char: str) -> bool:
    try:
        advance = font.char_width(cid)
    except Exception:  # noqa: BLE001 - a font without widths gives no evidence
        return False
    return (advance < ZERO_ADVANCE) == is_combining_mark(char)


def _identity_cid_to_gid(spec: dict) -> bool:
    """True when the font's character ids are its glyph ids (CIDToGIDMap /Identity or absent)."""
    descendants = resolve1(spec.get("DescendantFonts"))
    if not descendants:
        return False
    cid_font = resolve1(descendants[0])
    if not isinstance(cid_font, dict):
        return False
    mapping = resolve1(cid_font.get("CIDToGIDMap"))
    return mapping is None or (isinstance(mapping, PSLiteral) and mapping.name in ("Identity", b"Identity"))


def _embedded_cmap(name: str, fontfile) -> dict[int, str]:
    """glyph id -> character from the embedded TrueType font's cmap; {} when unreadable."""
    try:
        ttf = TrueTypeFont(name, BytesIO(fontfile.get_data()))
        return dict(ttf.create_unicode_map().cid2unichr)
    except Exception:  # noqa: BLE001 - a font without a usable cmap simply gets no repair
        return {}
