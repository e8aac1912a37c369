"""From pdfminer's layout objects to light `Glyph`s, with ActualText applied.

A `Glyph` is one positioned piece of text: usually one character, but a
whole /ActualText span becomes one glyph carrying the span's string at the
span's bounding box (its own glyphs are dropped).  Coordinates follow
pdfplumber's: x from the left edge, `top`/`bottom` from the top of the page,
`baseline` likewise.  Also collected on the way: the page's ruling lines and
rectangles (for tables) and whether it has images.

This deliberately bypasses pdfplumber's per-object dict conversion, which
costs as much as interpreting the page; only what the reader uses is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTLine, LTRect

from ..thai.script import COMBINING_MARK_CHARS
from .actualtext import FontFacts, PageLayout

_THAI_MARKS = frozenset(COMBINING_MARK_CHARS)
# PUA variants of the same marks (see pdf_fonts.THAI_PUA) also sit on a base glyph.
_PUA_MARKS = frozenset(chr(c) for c in range(0xF701, 0xF71B) if c != 0xF70F)
MARKS = _THAI_MARKS | _PUA_MARKS
OVERSTRIKE = 1.0  # points: the same text drawn this close on the same baseline is one glyph drawn twice


def is_mark_text(text: str) -> bool:
    """True for text made only of Thai combining marks (they belong to a base glyph)."""
    return bool(text) and all(ch in MARKS for ch in text)


class Glyph:
    """One positioned piece of text on a page."""

    __slots__ = (
        "text",
        "x0",
        "x1",
        "top",
        "bottom",
        "baseline",
        "size",
        "font",
        "bold",
        "seq",
        "from_span",
        "mark",
        "cid",
        "font_id",
        "unknown_mark",
        "rotation",
        "origin_x",
    )

    def __init__(self, text, x0, x1, top, bottom, baseline, size, font, bold, seq, from_span=False) -> None:
        self.text = text
        self.x0 = x0
        self.x1 = x1
        self.top = top
        self.bottom = bottom
        self.baseline = baseline
        self.size = size
        self.font = font
        self.bold = bold
        self.seq = seq  # order in the content stream
        self.from_span = from_span  # text came from /ActualText
        self.mark = is_mark_text(text)
        self.cid: int | None = None  # the glyph's code in its font
        self.font_id: int | None = None  # id() of the pdfminer font (keys `FontFacts.evidence`)
        self.unknown_mark = False  # drawn as a mark (no advance) but its text is not one
        self.rotation = 0  # 0, or 90 (text reading up the page) / 270 (reading down)
        self.origin_x = x0  # x of the glyph's origin (its baseline, for rotated text)

    def __repr__(self) -> str:
        return f"Glyph({self.text!r}, x0={self.x0:.1f}, x1={self.x1:.1f}, base={self.baseline:.1f})"


@dataclass
class PageContent:
    glyphs: list[Glyph] = field(default_factory=list)
    graphics: list[dict] = field(default_factory=list)  # pdfplumber-style rect/line/curve dicts
    image_area: float = 0.0  # points², images drawn on the page
    spans_used: int = 0  # ActualText spans that replaced glyphs
    fonts: set[str] = field(default_factory=set)  # names of the fonts drawing text


def page_content(page, parsed: PageLayout, fonts: FontFacts) -> PageContent:
    """Flatten the page's layout into glyphs (ActualText applied) and graphics."""
    content = PageContent()
    x_shift, y_flip = page.mediabox[0], page.height + page.mediabox[1]
    span_chars: dict[int, list[LTChar]] = {}
    span_first_seq: dict[int, int] = {}
    seq = 0
    for obj in _walk(parsed.layout):
        if isinstance(obj, LTChar):
            span = getattr(obj, "span", None)
            if span is not None:
                span_chars.setdefault(span, []).append(obj)
                span_first_seq.setdefault(span, seq)
            else:
                content.glyphs.append(_char_to_glyph(obj, x_shift, y_flip, fonts, seq))
            seq += 1
        elif isinstance(obj, (LTRect, LTLine, LTCurve)):
            content.graphics.append(page.process_object(obj))
        elif isinstance(obj, LTImage):
            content.image_area += max(0.0, obj.width) * max(0.0, obj.height)
    for span, chars in span_chars.items():
        glyphs = _span_to_glyphs(parsed.spans[span], chars, x_shift, y_flip, fonts, span_first_seq[span])
        content.glyphs.extend(glyphs)
        content.spans_used += 1
    if span_chars:
        content.glyphs.sort(key=lambda g: g.seq)
    content.glyphs = drop_overstrikes(content.glyphs)
    content.fonts = {g.font for g in content.glyphs}
    return content


def drop_overstrikes(glyphs: list[Glyph]) -> list[Glyph]:
    """Remove a glyph drawn again on itself (a writer's fake bold); the one kept is bold."""
    seen: dict[tuple[str, int, int], Glyph] = {}
    kept = []
    for g in glyphs:
        if g.text.isspace():
            kept.append(g)
            continue
        x, y = int(g.x0 // OVERSTRIKE), round(g.baseline)
        first = seen.get((g.text, x, y)) or seen.get((g.text, x - 1, y)) or seen.get((g.text, x + 1, y))
        if first is not None and abs(first.x0 - g.x0) <= OVERSTRIKE and first.seq != g.seq:
            first.bold = True
            continue
        seen[(g.text, x, y)] = g
        kept.append(g)
    return kept


def _walk(container):
    for obj in container:
        if isinstance(obj, LTContainer) and not isinstance(obj, LTChar):
            yield from _walk(obj)
        else:
            yield obj


def _char_to_glyph(ch: LTChar, x_shift: float, y_flip: float, fonts: FontFacts, seq: int) -> Glyph:
    rotation = _rotation(ch)
    baseline = y_flip - ch.matrix[5] if ch.upright and not rotation else y_flip - ch.y0
    glyph = Glyph(
        _pi_font_text(ch.get_text()) if fonts.is_pi_font(ch.fontname) else ch.get_text(),
        ch.x0 + x_shift,
        ch.x1 + x_shift,
        y_flip - ch.y1,
        y_flip - ch.y0,
        baseline,
        ch.size,
        ch.fontname,
        fonts.bold.get(ch.fontname, False) or getattr(ch, "stroked", False),
        seq,
    )
    glyph.rotation = rotation
    if glyph.rotation:
        glyph.origin_x = ch.matrix[4] + x_shift
        glyph.size = ch.x1 - ch.x0  # across a rotated glyph lies its font size
    glyph.cid = getattr(ch, "cid", None)
    glyph.font_id = getattr(ch, "font_id", None)
    if getattr(ch, "unknown_mark", False):
        glyph.unknown_mark = glyph.mark = True  # it sits on a base letter like any mark
    return glyph


def _rotation(ch: LTChar) -> int:
    """90 for text turned to read up the page, 270 for down; 0 otherwise (upright or skewed)."""
    a, b, c, d = ch.matrix[:4]
    if abs(a) + abs(d) < 0.05 * (abs(b) + abs(c)):  # pdfminer's `upright` misses this when a, d are float noise
        return 90 if b > 0 else 270
    return 0


def _pi_font_text(text: str) -> str:
    """A pi font's character as the Private Use Area code Microsoft gives its glyph (U+F020-U+F0FF).

    Wingdings, Webdings, Symbol and dingbat fonts draw pictures (check boxes,
    bullets, arrows) at ASCII codes; read as text they become stray letters
    ("c", "R") inside Thai sentences.  As PUA codes they are recognised as
    symbols and kept out of the text like the PUA bullets Word maps them to.
    """
    if len(text) == 1 and " " < text <= "\u00ff":
        return chr(0xF000 + ord(text))
    return text


def _span_to_glyphs(text: str, chars: list[LTChar], x_shift, y_flip, fonts, seq: int) -> list[Glyph]:
    """One glyph with the span's text over the span's box (per line, if it wraps)."""
    if not text:
        return []  # an empty ActualText says the glyphs stand for nothing
    first = _char_to_glyph(chars[0], x_shift, y_flip, fonts, seq)
    on_line = [c for c in chars if abs((y_flip - c.y0) - first.bottom) < first.size * 0.5]
    if len(on_line) != len(chars):
        # A span drawn across lines cannot be positioned as one piece; its text
        # goes where its first glyph is.
        chars = on_line
    first.text = text
    first.x0 = min(c.x0 for c in chars) + x_shift
    first.x1 = max(c.x1 for c in chars) + x_shift
    first.from_span = True
    first.mark = is_mark_text(text)
    first.unknown_mark = False
    first.cid = None
    return [first]
