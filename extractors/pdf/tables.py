"""Ruled tables: cells from pdfplumber's table finder, text from our own glyphs.

Thai KPI forms are usually two-column ruled tables (label cell | content
cell).  pdfplumber finds the cells from the page's ruling lines and rectangle
edges; its search is costly, so it only runs on pages that have at least two
horizontal and two vertical edges, and it is handed those edges directly
("explicit" strategy) instead of re-deriving them from every page object.

Every glyph inside a table's box goes to one of its cells (the one containing
the glyph's centre, else the nearest), so table text never also appears as a
page paragraph.  A cell's glyphs become lines and paragraph blocks like the
page's.  A 1x1 "table" is only a frame around text (a boxed note, a page
border): its glyphs stay with the page body.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from pdfplumber.table import Table
from pdfplumber.utils import obj_to_edges

from ..model import Block, Cell, ReadBy
from .blocks import BlockBuilder
from .glyphs import Glyph
from .lines import glyphs_to_lines

MIN_EDGE = 3.0  # points: shorter strokes (underline dots, bullets) are not rulings
TABLE_SETTINGS = {
    "vertical_strategy": "explicit",
    "horizontal_strategy": "explicit",
    "snap_tolerance": 3,
    "join_tolerance": 3,
}


@dataclass
class PageTable:
    bbox: tuple[float, float, float, float]
    cells: list[tuple[float, float, float, float]]  # reading order: row by row, left to right
    glyphs: dict[int, list[Glyph]] = field(default_factory=dict)  # cell index -> glyphs
    marks_by_ink: int = 0  # lines of its cells whose marks were placed by their ink (pdf_lines)

    def contains(self, g: Glyph) -> bool:
        x, y = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
        x0, top, x1, bottom = self.bbox
        return x0 <= x <= x1 and top <= y <= bottom

    def add(self, g: Glyph) -> None:
        x, y = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
        best, best_d = 0, float("inf")
        for i, (cx0, ctop, cx1, cbottom) in enumerate(self.cells):
            d = max(cx0 - x, 0, x - cx1) + max(ctop - y, 0, y - cbottom)
            if d < best_d:
                best, best_d = i, d
                if d == 0:
                    break
        self.glyphs.setdefault(best, []).append(g)


def has_rulings(graphics: list[dict]) -> bool:
    """At least two horizontal and two vertical edges: the least a ruled table has."""
    h = v = 0
    for obj in graphics:
        w, hgt = obj.get("width", 0), obj.get("height", 0)
        if obj["object_type"] == "rect" and w >= MIN_EDGE and hgt >= MIN_EDGE:
            return True  # a box has both
        if w >= MIN_EDGE:
            h += 1
        if hgt >= MIN_EDGE:
            v += 1
        if h >= 2 and v >= 2:
            return True
    return False


def find_tables(page, graphics: list[dict]) -> list[PageTable]:
    """The page's ruled tables with more than one cell."""
    if not has_rulings(graphics):
        return []
    # Dots of leader lines and dashed underlines are drawn as tiny strokes;
    # joined by the tolerance they would make rulings that are not there.
    edges = [e for obj in graphics for e in obj_to_edges(obj) if max(e["width"], e["height"]) >= MIN_EDGE]
    if sum(e["orientation"] == "v" for e in edges) < 2 or sum(e["orientation"] == "h" for e in edges) < 2:
        return []
    found = page.find_tables({**TABLE_SETTINGS, "explicit_vertical_lines": edges, "explicit_horizontal_lines": edges})
    return [_to_page_table(t) for t in found if len(t.cells) > 1]


def _to_page_table(table: Table) -> PageTable:
    cells = [c for row in table.rows for c in row.cells if c is not None]
    return PageTable(bbox=cast(tuple[float, float, float, float], tuple(table.bbox)), cells=cells)


def split_glyphs(glyphs: list[Glyph], tables: list[PageTable]) -> list[Glyph]:
    """Give each table its glyphs; return the rest (the page body)."""
    if not tables:
        return glyphs
    body = []
    for g in glyphs:
        for t in tables:
            if t.contains(g):
                t.add(g)
                break
        else:
            body.append(g)
    return body


def table_to_block(table: PageTable, builder: BlockBuilder, *, page: int, read_by: ReadBy) -> Block:
    """A "table" block: rows of cells, each cell's text as paragraph blocks."""
    xs = sorted({round(v, 1) for c in table.cells for v in (c[0], c[2])})
    ys = sorted({round(v, 1) for c in table.cells for v in (c[1], c[3])})
    rows: list[list[Cell]] = []
    row_top = None
    for i, bbox in enumerate(table.cells):
        lines = glyphs_to_lines(table.glyphs.get(i, []))
        table.marks_by_ink += sum(line.marks_by_ink for line in lines)
        cell = Cell(
            blocks=builder.lines_to_blocks(lines, page=page, read_by=read_by),
            col_span=_span(xs, bbox[0], bbox[2]),
            row_span=_span(ys, bbox[1], bbox[3]),
        )
        if row_top is None or abs(bbox[1] - row_top) > 1.0:
            rows.append([])
            row_top = bbox[1]
        rows[-1].append(cell)
    bbox = cast(tuple[float, float, float, float], tuple(round(v, 2) for v in table.bbox))
    return table_block(builder.source, page, bbox, read_by, rows)


def table_block(
    source: str, page: int, bbox: tuple[float, float, float, float], read_by: ReadBy, rows: list[list[Cell]]
) -> Block:
    """A table as one block, its text the cells' text row by row (`Block.table_text`)."""
    block = Block(kind="table", text="", raw_text="", source=source, page=page, bbox=bbox, read_by=read_by, rows=rows)
    block.text = block.table_text()
    block.raw_text = block.table_text(raw=True)
    return block


def _span(coords: list[float], start: float, end: float) -> int:
    inside = sum(1 for c in coords if round(start, 1) < c < round(end, 1))
    return inside + 1
