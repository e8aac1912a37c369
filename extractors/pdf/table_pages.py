"""Join a table that a page break cut in two.

Word and LibreOffice let a table (and one row of it) run on to the next page;
the PDF then holds two tables, and the row that broke leaves its remainder as a
first "row" on the next page whose other cells are empty:

    page 1:  ประสานชมรมผู้สูงอายุและเทศบาลเพื่อ | ธันวาคม 2566 | ฝ่ายบริการ…
    page 2:  กำหนดจุดให้บริการ 13 อำเภอ        |              |

Read apart, the cell's text is split over two rows.  When the last body block
of a page is a table and the first body block of the next page is a table with
the same columns (count and horizontal extent), the second is appended to the
first; a first row with empty cells where the row before it is filled is the
rest of that row, and its text joins the cells above.
"""

from __future__ import annotations

from ..model import Block, Cell
from ..thai.normalise import join_lines

# How far (PDF points) the left and right edges of two parts of one table may differ.
EDGE_TOLERANCE = 6.0


def merge_tables_across_pages(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    last_table: Block | None = None  # the last body block so far, when it is a table
    for block in blocks:
        if block.region != "body":
            out.append(block)
            continue
        if block.kind == "table" and last_table is not None and continues(last_table, block):
            append_table(last_table, block)
            continue
        out.append(block)
        last_table = block if block.kind == "table" else None
    return out


def continues(first: Block, second: Block) -> bool:
    """Second starts the next page and has the first's columns."""
    if first.page is None or second.page != first.page + 1 or not first.rows or not second.rows:
        return False
    if _columns(first) != _columns(second) or first.bbox is None or second.bbox is None:
        return False
    return (
        abs(first.bbox[0] - second.bbox[0]) <= EDGE_TOLERANCE and abs(first.bbox[2] - second.bbox[2]) <= EDGE_TOLERANCE
    )


def append_table(first: Block, second: Block) -> None:
    rows = list(second.rows or [])
    if rows and first.rows and is_row_remainder(first.rows[-1], rows[0]):
        join_rows(first.rows[-1], rows.pop(0))
    assert first.rows is not None  # continues(first, second) held: first has rows
    first.rows.extend(rows)  # page and bbox stay the first part's: where the table starts
    first.text = first.table_text()
    first.raw_text = first.table_text(raw=True)


def is_row_remainder(above: list[Cell], row: list[Cell]) -> bool:
    """Some cells empty where the row above is filled, and at least one cell filled."""
    if len(above) != len(row):
        return False
    filled = [bool(c.text.strip()) for c in row]
    return any(filled) and any(not f and a.text.strip() for f, a in zip(filled, above))


def join_rows(above: list[Cell], rest: list[Cell]) -> None:
    for cell, more in zip(above, rest):
        if not more.blocks:
            continue
        if cell.blocks and more.blocks:
            tail, head = cell.blocks[-1], more.blocks[0]
            tail.text = join_lines([tail.text, head.text])
            tail.raw_text = join_lines([tail.raw_text, head.raw_text])
            cell.blocks.extend(more.blocks[1:])
        else:
            cell.blocks.extend(more.blocks)


def _columns(table: Block) -> int:
    return max(sum(c.col_span for c in row) for row in table.rows or [[]])
