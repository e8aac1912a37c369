"""Walk one WordprocessingML story (body, header, footer) into `Block`s, in order.

The walk uses lxml directly (python-docx's proxies are too slow and skip
content): paragraphs and tables in true body order, through content controls
(w:sdt), custom XML, tracked insertions and moves, and text boxes.  What the
reader of the printed page does not see is left out: deleted and moved-away
text, field instructions, hidden runs, the VML copy of a DrawingML text box.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..model import Block, BlockKind, Region
from .numbering import Numbering
from .ooxml import (
    ALTERNATE_CONTENT,
    BDO,
    BR,
    CR,
    CUSTOM_XML,
    DIR,
    DRAWING,
    FLD_CHAR,
    FLD_CHAR_TYPE,
    FLD_SIMPLE,
    HYPERLINK,
    INS,
    M_OMATH,
    M_OMATH_PARA,
    M_T,
    MOVE_TO,
    NO_BREAK_HYPHEN,
    OBJECT,
    PICT,
    PPR,
    PSTYLE,
    PTAB,
    RPR,
    RSTYLE,
    SDT,
    SDT_CONTENT,
    SMART_TAG,
    SYM,
    SYM_CHAR,
    TAB,
    TBL,
    TXBX_CONTENT,
    VANISH,
    P,
    R,
    T,
    alternate_branch,
    on_off,
    val,
)
from .styles import EMPTY_FORMAT, ParagraphStyle, RunFormat, StyleSheet, num_pr_of, outline_level_of, rpr_to_format
from .tables import table_to_rows

# Containers whose children are read as if they stood in the parent.
_BLOCK_WRAPPERS = frozenset((CUSTOM_XML, INS, MOVE_TO, SMART_TAG))
_INLINE_WRAPPERS = frozenset((HYPERLINK, SMART_TAG, CUSTOM_XML, INS, MOVE_TO, DIR, BDO, FLD_SIMPLE))
_RUN_CHARS = {TAB: "\t", PTAB: "\t", BR: "\n", CR: "\n", NO_BREAK_HYPHEN: "-"}
_SHAPES = frozenset((DRAWING, PICT, OBJECT))
_THAI_FIRST, _THAI_LAST = "\u0e00", "\u0e7f"


def has_thai(text: str) -> bool:
    return any(_THAI_FIRST <= ch <= _THAI_LAST for ch in text)


def sym_to_text(el) -> str:
    """A w:sym character; Symbol-font code points F0xx stand for xx."""
    code = el.get(SYM_CHAR)
    try:
        n = int(code, 16)
    except (TypeError, ValueError):
        return ""
    if 0xF000 <= n <= 0xF0FF:
        n -= 0xF000
    return chr(n) if n >= 0x20 else ""


def text_boxes_in(el) -> list:
    """The w:txbxContent elements inside a drawing, one branch of each mc:AlternateContent."""
    found: list = []
    stack = [el]
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag == TXBX_CONTENT:
            found.append(node)
            continue  # boxes nested in this one are read when its content is walked
        if tag == ALTERNATE_CONTENT:
            branch = alternate_branch(node)
            if branch is not None:
                stack.append(branch)
            continue
        stack.extend(reversed(node))
    return found


def _ooxml_children(el):
    """Element children only (comments and processing instructions skipped)."""
    return (c for c in el if isinstance(c.tag, str))


class StoryWalker:
    """Turns the content of one story into blocks; one instance per story."""

    def __init__(
        self,
        source: str,
        region: Region,
        styles: StyleSheet,
        numbering: Numbering,
        normalise: Callable[[str], str],
    ):
        self.source = source
        self.region = region
        self.styles = styles
        self.numbering = numbering
        self.normalise = normalise
        # Open complex fields, innermost last: True once past w:fldChar separate.
        self._fields: list[bool] = []

    # --- block level -------------------------------------------------------------------
    def blocks(self, container) -> list[Block]:
        """The blocks of a body, cell, text box or content control, in order."""
        out: list[Block] = []
        self._add_blocks(container, out)
        return out

    def _add_blocks(self, container, out: list[Block]) -> None:
        for child in _ooxml_children(container):
            tag = child.tag
            if tag == P:
                self._add_paragraph(child, out)
            elif tag == TBL:
                table = self._table(child)
                if table is not None:
                    out.append(table)
            elif tag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None:
                    self._add_blocks(content, out)
            elif tag in _BLOCK_WRAPPERS:
                self._add_blocks(child, out)
            elif tag == ALTERNATE_CONTENT:
                branch = alternate_branch(child)
                if branch is not None:
                    self._add_blocks(branch, out)

    # --- paragraphs --------------------------------------------------------------------
    def _add_paragraph(self, p, out: list[Block]) -> None:
        pieces: list[tuple[str, object]] = []
        boxes: list = []
        self._inline(p, pieces, boxes)
        raw = "".join(text for text, _run in pieces)
        ppr = p.find(PPR)
        style = self.styles.paragraph(val(ppr.find(PSTYLE)) if ppr is not None else None)
        label = self._label(ppr, style)
        if raw.strip():
            out.append(self._paragraph_block(raw, pieces, ppr, style, label))
        for box in boxes:
            saved, self._fields = self._fields, []
            self._add_blocks(box, out)
            self._fields = saved

    def _label(self, ppr, style: ParagraphStyle) -> tuple[str, str] | None:
        num_id, ilvl = num_pr_of(ppr)
        if num_id is None:
            num_id = style.num_id
        if ilvl is None:
            ilvl = style.ilvl
        return self.numbering.label(num_id, ilvl) if num_id else None

    def _paragraph_block(self, raw: str, pieces, ppr, style: ParagraphStyle, label) -> Block:
        outline = outline_level_of(ppr)
        if outline is None:
            outline = style.outline_level
        if label is not None:
            raw = label[0] + label[1] + raw
            kind: BlockKind = "list_item"
        else:
            kind = "paragraph"
        if style.is_heading or outline is not None:
            kind = "heading"
        bold, size = self._format(pieces, style)
        return Block(
            kind=kind,
            text=self.normalise(raw).strip(),
            raw_text=raw,
            source=self.source,
            region=self.region,
            style=style.name,
            outline_level=outline,
            bold=bold,
            font_size=size,
            numbering=label[0] if label else None,
            read_by="docx",
        )

    def _format(self, pieces, style: ParagraphStyle) -> tuple[bool | None, float | None]:
        """(all visible text bold, dominant size in points) of a paragraph's runs."""
        sizes: Counter[float] = Counter()
        all_bold: bool | None = None
        cache: dict[int, RunFormat] = {}
        for text, run in pieces:
            weight = len(text.strip())
            if not weight or run is None:
                continue
            key = id(run)
            fmt = cache.get(key)
            if fmt is None:
                fmt = cache[key] = self._run_format(run, style)
            thai = has_thai(text)
            bold = (fmt.bold_cs if fmt.bold_cs is not None else fmt.bold) if thai else fmt.bold
            size = (fmt.size_cs or fmt.size) if thai else fmt.size
            all_bold = bool(bold) if all_bold is None else (all_bold and bool(bold))
            if size:
                sizes[size] += weight
        size = sizes.most_common(1)[0][0] if sizes else None
        return all_bold, size

    def _run_format(self, run, style: ParagraphStyle) -> RunFormat:
        """A run's own formatting over its character style over the paragraph style."""
        rpr = run.find(RPR)
        if rpr is None:
            return style.run
        r_style = rpr.find(RSTYLE)
        char_style = self.styles.character(val(r_style)) if r_style is not None else EMPTY_FORMAT
        return rpr_to_format(rpr).over(char_style).over(style.run)

    # --- inline content ----------------------------------------------------------------
    def _visible(self) -> bool:
        """False inside a field instruction (between w:fldChar begin and separate)."""
        return all(self._fields)

    def _inline(self, el, pieces: list, boxes: list) -> None:
        for child in _ooxml_children(el):
            tag = child.tag
            if tag == R:
                self._run(child, child, pieces, boxes)
            elif tag in _INLINE_WRAPPERS:
                self._inline(child, pieces, boxes)
            elif tag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None:
                    self._inline(content, pieces, boxes)
            elif tag == ALTERNATE_CONTENT:
                branch = alternate_branch(child)
                if branch is not None:
                    self._inline(branch, pieces, boxes)
            elif tag in (M_OMATH, M_OMATH_PARA):
                if self._visible():
                    pieces.append(("".join(t.text or "" for t in child.iter(M_T)), None))
            # w:del, w:moveFrom, w:pPr, bookmarks, proofing marks: nothing to read

    def _run(self, el, run, pieces: list, boxes: list) -> None:
        """Text of a w:r (or of an mc branch inside one), formatting taken from `run`."""
        hidden = False
        for child in _ooxml_children(el):
            tag = child.tag
            if tag == T:
                if not hidden and self._visible() and child.text:
                    pieces.append((child.text, run))
            elif tag == RPR:
                hidden = _is_hidden(child)
            elif tag in _RUN_CHARS:
                if not hidden and self._visible():
                    pieces.append((_RUN_CHARS[tag], run))
            elif tag == FLD_CHAR:
                self._field_char(child.get(FLD_CHAR_TYPE))
            elif tag == SYM:
                if not hidden and self._visible():
                    pieces.append((sym_to_text(child), run))
            elif tag in _SHAPES:
                boxes.extend(text_boxes_in(child))
            elif tag == ALTERNATE_CONTENT:
                branch = alternate_branch(child)
                if branch is not None:
                    self._run(branch, run, pieces, boxes)
            # w:instrText, w:delText, w:softHyphen, note references: nothing visible

    def _field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self._fields.append(False)
        elif kind == "separate" and self._fields:
            self._fields[-1] = True
        elif kind == "end" and self._fields:
            self._fields.pop()

    # --- tables ------------------------------------------------------------------------
    def _table(self, tbl) -> Block | None:
        rows = table_to_rows(tbl, self.blocks)
        if not rows:
            return None
        block = Block(
            kind="table", text="", raw_text="", source=self.source, region=self.region, read_by="docx", rows=rows
        )
        block.text = block.table_text()
        block.raw_text = block.table_text(raw=True)
        return block


def _is_hidden(rpr) -> bool:
    """True for a run marked w:vanish (hidden text, not printed)."""
    return bool(on_off(rpr.find(VANISH)))
