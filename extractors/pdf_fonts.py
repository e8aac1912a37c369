"""Font-level repairs of a PDF's character map, from evidence in the file itself.

A PDF font says which character each glyph stands for in its /ToUnicode map.
Some writers get that map wrong for Thai.  The Royal Gazette's TH SarabunIT๙
(written by MS Word, through iText) maps glyph 0x011E, the NIKHAHIT (the
circle of SARA AM, drawn as its own zero-width glyph beside SARA AA), to
U+0020 SPACE, so "อำนาจ" reads "อ านาจ" and then "อานาจ".  The embedded
TrueType font's own `cmap` table still says glyph 0x011E is U+0E4D, so the
repair is not a guess: where /ToUnicode gives whitespace or nothing for a glyph
and the embedded font's cmap gives a Thai character for the same glyph, the
font's cmap wins.  Thai glyph variants that the cmap files under the
Private Use Area (U+F700-U+F71A, e.g. a tone mark shifted left) map back to
their standard code points.

The repair edits pdfminer's per-font unicode map once per font, so it costs
nothing per character.
"""

from __future__ import annotations

import logging
from io import BytesIO

from pdfminer.cmapdb import FileUnicodeMap
from pdfminer.pdffont import PDFCIDFont, PDFFont, TrueTypeFont
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral

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


def repair_font(font: PDFFont, spec: dict) -> int:
    """Fix `font`'s ToUnicode entries that the embedded font's cmap contradicts.

    Returns how many glyphs /ToUnicode maps to whitespace against the font's
    own cmap (0 for fonts without the problem).  Glyphs /ToUnicode leaves out
    are filled in from the cmap too, but not counted: subsets list only the
    glyphs they use, so most of those are never drawn.
    Only CID TrueType fonts with an identity glyph mapping are touched: for them
    the character code is the glyph id the embedded cmap is keyed by.
    """
    unicode_map = getattr(font, "unicode_map", None)
    if not isinstance(font, PDFCIDFont) or not isinstance(unicode_map, FileUnicodeMap):
        return 0
    fontfile = getattr(font, "fontfile", None)
    if fontfile is None or not _identity_cid_to_gid(spec):
        return 0
    font_cmap = _embedded_cmap(font.basefont, fontfile)
    repaired = 0
    for gid, char in font_cmap.items():
        thai = thai_from_font_char(char)
        if thai is None:
            continue
        current = unicode_map.cid2unichr.get(gid)
        if current is None:
            unicode_map.cid2unichr[gid] = thai
        elif not current.strip():
            unicode_map.cid2unichr[gid] = thai
            repaired += 1
    if repaired:
        log.info("font %s: %d glyph(s) re-mapped from the embedded cmap", font.basefont, repaired)
    return repaired


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
