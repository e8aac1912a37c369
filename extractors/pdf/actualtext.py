"""Interpret a page with pdfminer, remembering /ActualText marked-content spans.

LibreOffice (and other writers) wrap Thai glyph runs whose glyphs do not map
one-to-one to characters in `/Span <</ActualText (...)>> BDC ... EMC`: the
ActualText string is the true text of those glyphs.  pdfminer ignores it, and
pdfplumber only records the MCID and tag, so this module subclasses
pdfplumber's device and pdfminer's interpreter:

- the interpreter resolves a named property list (`/Span /P1 BDC`, looked up
  in the resources' /Properties) into its dictionary, and runs the font repairs
  of `pdf_fonts` once per font;
- the device keeps a stack of open marked-content sequences and tags every
  `LTChar` it renders with `span`: the index of the outermost enclosing span
  with ActualText (None outside any).  `PageLayout.spans[i]` is that text.
  It also tags `stroked`: text drawn filled and stroked (render mode 2), which
  is how Word fakes bold for fonts without a bold face.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from pdfminer.layout import LTPage
from pdfminer.pdffont import PDFFont
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdftypes import dict_value, resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import PDFDocEncoding
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent

from .fonts import ZERO_ADVANCE, FontEvidence, examine_font, is_combining_mark

BOLD_WEIGHT = 600  # /FontWeight at or above this is bold


def decode_text_string(value: object) -> str | None:
    """A PDF text string (UTF-16BE with BOM, UTF-8 with BOM, or PDFDocEncoding) as str."""
    value = resolve1(value)
    if isinstance(value, str):
        return value
    if not isinstance(value, bytes):
        return None
    if value.startswith(codecs.BOM_UTF16_BE):
        return value[2:].decode("utf-16-be", errors="replace")
    if value.startswith(codecs.BOM_UTF16_LE):  # not allowed by the spec, but written by some tools
        return value[2:].decode("utf-16-le", errors="replace")
    if value.startswith(codecs.BOM_UTF8):
        return value[3:].decode("utf-8", errors="replace")
    return "".join(PDFDocEncoding[b] for b in value)


@dataclass
class FontFacts:
    """What the reader learnt about the document's fonts while interpreting it."""

    bold: dict[str, bool] = field(default_factory=dict)  # fontname -> bold
    evidence: dict[int, FontEvidence] = field(default_factory=dict)  # id(font) -> what its embedded font says
    solved_marks: dict[tuple[int | None, int | None], str] = field(
        default_factory=dict
    )  # (id(font), cid) -> mark settled on a page

    @staticmethod
    def is_pi_font(fontname: str) -> bool:
        """Fonts of pictures (check boxes, bullets), not letters."""
        return bool(_PI_FONT.search(fontname))

    def learn(self, font: PDFFont, spec: dict) -> None:
        if id(font) in self.evidence:
            return
        name = getattr(font, "fontname", None) or "unknown"
        self.bold[name] = font_is_bold(name, getattr(font, "descriptor", {}) or {})
        self.evidence[id(font)] = examine_font(font, spec)


_PI_FONT = re.compile(r"wingdings|webdings|symbol|dingbats|mt ?extra|marlett", re.IGNORECASE)


def font_is_bold(fontname: str, descriptor: dict) -> bool:
    lowered = fontname.lower()
    if any(word in lowered for word in ("bold", "black", "heavy", ",b")):
        return True
    weight = resolve1(descriptor.get("FontWeight"))
    return isinstance(weight, (int, float)) and weight >= BOLD_WEIGHT


class ActualTextDevice(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's page aggregator, plus ActualText span tagging of characters."""

    def __init__(self, *args, fonts: FontFacts, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fonts = fonts
        self.spans: list[str] = []
        self._open: list[int | None] = []  # per open marked-content sequence: its span or None
        self._active: int | None = None  # the outermost open span
        self._stroked = False  # text render mode 2: fill, then stroke (synthetic bold)

    def begin_tag(self, tag: PSLiteral, props=None) -> None:
        super().begin_tag(tag, props)
        text = decode_text_string(props.get("ActualText")) if isinstance(props, dict) else None
        if self._active is None and text is not None:
            self.spans.append(text)
            self._active = len(self.spans) - 1
            self._open.append(self._active)
        else:
            self._open.append(None)

    def end_tag(self) -> None:
        super().end_tag()
        if self._open and self._open.pop() is not None:
            self._active = None

    def render_string(self, textstate, *args, **kwargs) -> None:
        self._stroked = textstate.render == 2
        super().render_string(textstate, *args, **kwargs)

    def render_char(self, matrix, font, fontsize, scaling, rise, cid, *args, **kwargs) -> float:
        adv = super().render_char(matrix, font, fontsize, scaling, rise, cid, *args, **kwargs)
        obj: Any = self.cur_item._objs[-1]  # the LTChar just made; it is given attributes of ours
        obj.span = self._active
        obj.stroked = self._stroked
        obj.cid = cid
        obj.font_id = id(font)
        # A glyph with no advance draws a mark; if its text is a letter, digit
        # or symbol (a font map without the mark: Quartz writes the byte code),
        # the text is wrong and which mark it is must be found.
        # A glyph with no map at all ("(cid:N)", e.g. the nikhahit of a sara am that Word draws
        # in two pieces) is the same case.
        text = obj.get_text()
        obj.unknown_mark = (
            (len(text) == 1 and unicodedata.category(text)[0] in "LNPS" and not is_combining_mark(text))
            or _UNMAPPED.fullmatch(text) is not None
        ) and abs(font.char_width(cid)) < ZERO_ADVANCE
        return adv


_UNMAPPED = re.compile(r"\(cid:\d+\)")  # pdfminer's text for a glyph code with no Unicode


class ActualTextInterpreter(PDFPageInterpreter):
    """pdfminer's interpreter with named property lists resolved and fonts repaired."""

    device: ActualTextDevice

    def init_resources(self, resources) -> None:
        super().init_resources(resources)
        resources = dict_value(resources)
        self.properties = dict_value(resources.get("Properties"))
        fonts = dict_value(resources.get("Font"))
        for fontid, font in self.fontmap.items():
            spec = resolve1(fonts.get(fontid))
            if isinstance(spec, dict):
                self.device.fonts.learn(font, spec)

    def do_BDC(self, tag, props) -> None:
        if isinstance(props, PSLiteral):
            props = resolve1(self.properties.get(props.name))  # /Span /MC0 BDC: a named property list
        super().do_BDC(tag, resolve1(props))


@dataclass
class PageLayout:
    layout: LTPage
    spans: list[str]  # ActualText strings, indexed by LTChar.span


def interpret_page(page: Page, fonts: FontFacts) -> PageLayout:
    """Run the page's content stream once; pdfplumber's own objects then reuse the result."""
    device = ActualTextDevice(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams, fonts=fonts)
    interpreter = ActualTextInterpreter(page.pdf.rsrcmgr, device)
    interpreter.process_page(page.page_obj)
    layout = device.get_result()
    # pdfplumber caches the parsed page here (see Page.layout); setting it means
    # page.objects / find_tables work from this same pass instead of a second one.
    page._layout = layout
    return PageLayout(layout=layout, spans=device.spans)
