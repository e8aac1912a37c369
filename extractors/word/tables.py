"""A w:tbl as rows of `Cell`s: merged cells once, with their spans.

Word stores a horizontal merge as one w:tc with w:gridSpan, and a vertical
merge as a w:vMerge="restart" cell followed, in the rows below, by w:vMerge
continue cells at the same grid column.  Continue cells are not repeated: the
restart cell's row_span counts them.  Rows and cells inside content controls
(w:sdt) or custom XML are read; deleted rows and cells are not.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Block, Cell
from .ooxml import (
    CELL_DEL,
    CUSTOM_XML,
    DEL,
    GRID_BEFORE,
    GRID_SPAN,
    H_MERGE,
    INS,
    SDT,
    SDT_CONTENT,
    TC,
    TC_PR,
    TR,
    TR_PR,
    V_MERGE,
    int_val,
    val,
)

_WRAPPERS = frozenset((CUSTOM_XML, INS))


def table_to_rows(tbl, cell_blocks: Callable[[object], list[Block]]) -> list[list[Cell]]:
    """The table's rows; `cell_blocks(tc)` reads one cell's content."""
    rows: list[list[Cell]] = []
    open_cells: dict[int, Cell] = {}  # grid column -> the cell a vertical merge started
    for tr in table_rows(tbl):
        row: list[Cell] = []
        col = grid_before(tr)
        for tc in row_cells(tr):
            tcpr = tc.find(TC_PR)
            span = grid_span(tcpr)
            if is_hmerge_continue(tcpr):
                if row:
                    row[-1].col_span += span
                col += span
                continue
            merge = vmerge_state(tcpr)
            if merge == "continue" and col in open_cells:
                open_cells[col].row_span += 1
                col += span
                continue
            cell = Cell(blocks=cell_blocks(tc), col_span=span)
            if merge == "restart":
                open_cells[col] = cell
            else:
                open_cells.pop(col, None)
            row.append(cell)
            col += span
        if row:
            rows.append(row)
    return rows


def grid_before(tr) -> int:
    """Grid columns skipped before the row's first cell (w:gridBefore)."""
    trpr = tr.find(TR_PR)
    return (int_val(trpr.find(GRID_BEFORE)) or 0) if trpr is not None else 0


def grid_span(tcpr) -> int:
    if tcpr is None:
        return 1
    return max(int_val(tcpr.find(GRID_SPAN)) or 1, 1)


def vmerge_state(tcpr) -> str | None:
    """'restart', 'continue' or None (not vertically merged)."""
    if tcpr is None:
        return None
    el = tcpr.find(V_MERGE)
    if el is None:
        return None
    return "restart" if val(el) == "restart" else "continue"


def is_hmerge_continue(tcpr) -> bool:
    """A legacy w:hMerge continue cell (its content belongs to the cell on its left)."""
    if tcpr is None:
        return False
    el = tcpr.find(H_MERGE)
    return el is not None and val(el) != "restart"


def table_rows(tbl):
    """The w:tr of a table, through row-level content controls; deleted rows left out."""
    return _live_children(tbl, TR, TR_PR, DEL)


def row_cells(tr):
    """The w:tc of a row, through cell-level content controls; deleted cells left out."""
    return _live_children(tr, TC, TC_PR, CELL_DEL)


def _live_children(parent, tag: str, props_tag: str, deleted_tag: str):
    """Children of `parent` with `tag`, looking through content controls and wrappers,
    leaving out those whose properties mark them deleted (tracked changes)."""
    for child in parent:
        if child.tag == tag:
            props = child.find(props_tag)
            if props is None or props.find(deleted_tag) is None:
                yield child
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _live_children(content, tag, props_tag, deleted_tag)
        elif child.tag in _WRAPPERS:
            yield from _live_children(child, tag, props_tag, deleted_tag)
