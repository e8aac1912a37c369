"""Paragraph and character styles of a .docx, resolved through their basedOn chains.

`StyleSheet.paragraph(style_id)` gives what a paragraph inherits from its
style: UI name, outline level, numbering, bold and size (plain and complex
script: Thai text is drawn with the complex-script values w:bCs / w:szCs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from docx.styles import BabelFish
from lxml import etree

from .ooxml import (
    B_CS,
    ILVL,
    NUM_ID,
    NUM_PR,
    OUTLINE_LVL,
    PPR,
    RPR,
    SAFE_PARSER,
    SZ,
    SZ_CS,
    VANISH,
    W_TYPE,
    B,
    int_val,
    on_off,
    val,
    w,
)

_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_TITLE_NAMES = frozenset(("title",))
# Word's levels 0..8; 9 means "body text".
_MAX_OUTLINE = 8


@dataclass(frozen=True)
class RunFormat:
    """Character formatting that can be inherited: None when not set at this level."""

    bold: bool | None = None
    bold_cs: bool | None = None
    size: float | None = None  # points
    size_cs: float | None = None
    vanish: bool | None = None

    def over(self, base: RunFormat) -> RunFormat:
        """This format with gaps filled from base."""
        return RunFormat(
            bold=self.bold if self.bold is not None else base.bold,
            bold_cs=self.bold_cs if self.bold_cs is not None else base.bold_cs,
            size=self.size if self.size is not None else base.size,
            size_cs=self.size_cs if self.size_cs is not None else base.size_cs,
            vanish=self.vanish if self.vanish is not None else base.vanish,
        )


EMPTY_FORMAT = RunFormat()


@dataclass(frozen=True)
class ParagraphStyle:
    """What a paragraph style (with its chain) gives a paragraph."""

    name: str | None = None
    outline_level: int | None = None
    is_heading: bool = False
    num_id: str | None = None
    ilvl: int | None = None
    run: RunFormat = EMPTY_FORMAT


@dataclass(frozen=True)
class _StyleDef:
    style_id: str
    name: str | None
    kind: str  # paragraph, character, table, numbering
    based_on: str | None
    outline_level: int | None
    num_id: str | None
    ilvl: int | None
    run: RunFormat


def rpr_to_format(rpr) -> RunFormat:
    """The formatting set directly in one w:rPr element."""
    if rpr is None:
        return EMPTY_FORMAT
    return RunFormat(
        bold=on_off(rpr.find(B)),
        bold_cs=on_off(rpr.find(B_CS)),
        size=half_points_to_pt(rpr.find(SZ)),
        size_cs=half_points_to_pt(rpr.find(SZ_CS)),
        vanish=on_off(rpr.find(VANISH)),
    )


def half_points_to_pt(el) -> float | None:
    """w:sz / w:szCs (half-points) as points."""
    n = int_val(el)
    return n / 2 if n is not None and n > 0 else None


def outline_level_of(ppr) -> int | None:
    """w:outlineLvl of a w:pPr, None when absent or 'body text' (9)."""
    if ppr is None:
        return None
    level = int_val(ppr.find(OUTLINE_LVL))
    return level if level is not None and 0 <= level <= _MAX_OUTLINE else None


def num_pr_of(ppr) -> tuple[str | None, int | None]:
    """(numId, ilvl) of a w:pPr's w:numPr; Nones when absent."""
    if ppr is None:
        return None, None
    num_pr = ppr.find(NUM_PR)
    if num_pr is None:
        return None, None
    return val(num_pr.find(NUM_ID)), int_val(num_pr.find(ILVL))


def heading_level_from_name(name: str | None) -> int | None:
    """0-based level of a built-in "heading N" style name, else None."""
    if not name:
        return None
    m = _HEADING_NAME.match(name.strip())
    return int(m.group(1)) - 1 if m else None


_STYLES_ROOT = re.compile(rb"<(?:[\w.-]+:)?styles\b[^>]*>")
_W_PREFIX = re.compile(rb'xmlns:([\w.-]+)="http://schemas\.openxmlformats\.org/wordprocessingml/2006/main"')
_XMLNS = re.compile(rb'xmlns(?::[\w.-]+)?="[^"]*"')


def _attr(start_tag: bytes, prefix: bytes, name: bytes) -> str | None:
    m = re.search(rb'\b%s:%s="([^"]*)"' % (prefix, name), start_tag)
    return m.group(1).decode() if m else None


class StyleSheet:
    """The styles part, indexed by style id, with resolution cached."""

    def __init__(self, styles_element=None) -> None:
        # Style elements are indexed by id up front (cheap) and turned into
        # _StyleDef only when a paragraph or run uses them: templates define
        # ~160 styles, a form uses a handful (measured: eager loading was a
        # fifth of reading a two-page form).
        self._elements: dict[str, Any] = {}  # lxml element, or (parse, chunk) located by from_xml
        self._defs: dict[str, _StyleDef] = {}
        self._default_ids: dict[str, str] = {}
        self.defaults = EMPTY_FORMAT
        if styles_element is not None:
            self._index(styles_element)
        self.paragraph = lru_cache(maxsize=None)(self._paragraph)
        self.character = lru_cache(maxsize=None)(self._character)

    @classmethod
    def from_xml(cls, data: bytes | None) -> StyleSheet:
        """A style sheet from styles.xml bytes, parsing only the styles a document uses.

        python-docx's template (and so every file made from it) carries a 350 KB
        styles.xml that takes 10 ms to parse, two thirds of reading a two-page
        form.  Styles cannot nest, so each <w:style> element is located by a
        byte scan and parsed on first use.  A part whose WordprocessingML
        prefix cannot be found in its root tag is parsed whole, as before.
        """
        if not data:
            return cls(None)
        root_tag = _STYLES_ROOT.search(data)
        prefix = _W_PREFIX.search(root_tag.group(0)) if root_tag else None
        if prefix is None:
            return cls(etree.fromstring(data, SAFE_PARSER))
        assert root_tag is not None  # prefix was found in it
        p = re.escape(prefix.group(1))
        wrapper = b"<wrapper " + b" ".join(_XMLNS.findall(root_tag.group(0))) + b">"

        def parse(chunk: bytes):
            return etree.fromstring(wrapper + chunk + b"</wrapper>", SAFE_PARSER)[0]

        sheet = cls(None)
        d_open = data.find(b"<" + prefix.group(1) + b":docDefaults")
        d_close = data.find(b"</" + prefix.group(1) + b":docDefaults>", d_open)
        if d_open != -1 and d_close != -1:
            sheet._set_defaults(parse(data[d_open : d_close + len(prefix.group(1)) + 15]))
        open_tag, close_tag = b"<" + prefix.group(1) + b":style", b"</" + prefix.group(1) + b":style>"
        pos = data.find(open_tag)
        while pos != -1:
            tag_end = data.find(b">", pos)
            if tag_end == -1:
                break
            start_tag = data[pos : tag_end + 1]
            if data[pos + len(open_tag)] not in b" \t\r\n/>":  # <w:styles>, <w:styleLink> ...
                pos = data.find(open_tag, pos + 1)
                continue
            end = tag_end + 1 if start_tag.endswith(b"/>") else data.find(close_tag, tag_end)
            if end == -1:
                break
            end = end if start_tag.endswith(b"/>") else end + len(close_tag)
            style_id = _attr(start_tag, p, b"styleId")
            if style_id:
                sheet._elements.setdefault(style_id, (parse, data[pos:end]))
                if _attr(start_tag, p, b"default") in ("1", "true", "on"):
                    sheet._default_ids.setdefault(_attr(start_tag, p, b"type") or "paragraph", style_id)
            pos = data.find(open_tag, end)
        return sheet

    def _set_defaults(self, doc_defaults) -> None:
        rpr = doc_defaults.find(f"{w('rPrDefault')}/{RPR}")
        self.defaults = rpr_to_format(rpr)

    def _index(self, root) -> None:
        doc_defaults = root.find(w("docDefaults"))
        if doc_defaults is not None:
            self._set_defaults(doc_defaults)
        for el in root.iterchildren(w("style")):
            style_id = el.get(w("styleId"))
            if not style_id:
                continue
            self._elements.setdefault(style_id, el)
            if el.get(w("default")) in ("1", "true", "on"):
                self._default_ids.setdefault(el.get(W_TYPE, "paragraph"), style_id)

    def _definition(self, style_id: str) -> _StyleDef | None:
        d = self._defs.get(style_id)
        if d is None and style_id in self._elements:
            el = self._elements[style_id]
            if isinstance(el, tuple):  # located by from_xml, parsed now
                parse, chunk = el
                el = self._elements[style_id] = parse(chunk)
            ppr = el.find(PPR)
            num_id, ilvl = num_pr_of(ppr)
            d = self._defs[style_id] = _StyleDef(
                style_id=style_id,
                name=BabelFish.internal2ui(val(el.find(w("name")), style_id)),
                kind=el.get(W_TYPE, "paragraph"),
                based_on=val(el.find(w("basedOn"))),
                outline_level=outline_level_of(ppr),
                num_id=num_id,
                ilvl=ilvl,
                run=rpr_to_format(el.find(RPR)),
            )
        return d

    def _chain(self, style_id: str | None) -> list[_StyleDef]:
        """The style and its basedOn ancestors, nearest first (cycles cut)."""
        chain: list[_StyleDef] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._elements:
            seen.add(style_id)
            d = self._definition(style_id)
            assert d is not None  # style_id is in self._elements, so it has a definition
            chain.append(d)
            style_id = d.based_on
        return chain

    def default_paragraph_id(self) -> str | None:
        return self._default_ids.get("paragraph")

    def _paragraph(self, style_id: str | None) -> ParagraphStyle:
        if style_id not in self._elements:
            style_id = self.default_paragraph_id()
        chain = self._chain(style_id)
        if not chain:
            return ParagraphStyle(run=self.defaults)
        outline = next((d.outline_level for d in chain if d.outline_level is not None), None)
        heading = any(
            heading_level_from_name(d.name) is not None or (d.name or "").lower() in _TITLE_NAMES for d in chain
        )
        if outline is None:
            outline = next((lvl for d in chain if (lvl := heading_level_from_name(d.name)) is not None), None)
        num_id = next((d.num_id for d in chain if d.num_id is not None), None)
        ilvl = next((d.ilvl for d in chain if d.ilvl is not None), None)
        run = EMPTY_FORMAT
        for d in chain:
            run = run.over(d.run)
        return ParagraphStyle(
            name=chain[0].name,
            outline_level=outline,
            is_heading=heading or outline is not None,
            num_id=num_id,
            ilvl=ilvl,
            run=run.over(self.defaults),
        )

    def _character(self, style_id: str | None) -> RunFormat:
        run = EMPTY_FORMAT
        for d in self._chain(style_id):
            run = run.over(d.run)
        return run

    def numbering_style_num_id(self, style_id: str) -> str | None:
        """numId of a numbering style (target of an abstractNum's w:numStyleLink)."""
        return next((d.num_id for d in self._chain(style_id) if d.num_id is not None), None)
