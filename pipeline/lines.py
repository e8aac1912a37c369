"""Flatten a Document's blocks into lines: the units section finding walks.

Each `Line` is one paragraph-like piece of body text with the cues of the
block it came from.  Tables are unrolled row by row; a two-column form row
(label cell | content cell) becomes a label line followed by its content
lines, marked `in_label_cell`, so "หลักการและเหตุผล | <text>" reads like a
heading with its body.  Page headers and footers never become lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.model import Block, Document


_NUMBER_ONLY = re.compile(r"[0-9๐-๙.()\s]{1,6}")


@dataclass(frozen=True)
class Line:
    text: str
    file: str
    page: int | None
    kind: str  # block kind: heading / paragraph / list_item / table-cell
    style: str | None = None
    outline_level: int | None = None
    bold: bool | None = None
    font_size: float | None = None
    numbering: str | None = None
    in_label_cell: bool = False  # first cell of a table row that has content cells after it
    table_row: int | None = None  # index of the table row (for table-derived lines)
    row_cells: int | None = None  # how many filled cells that table row has
    cell_index: int | None = None  # position among the row's filled cells (0 = first)
    row_numbered: bool = False  # the row's first filled cell is only a number ("1 | label | content")


def document_to_lines(doc: Document) -> list[Line]:
    lines: list[Line] = []
    for block in doc.body_blocks():
        lines.extend(block_to_lines(block))
    return lines


def block_to_lines(block: Block) -> list[Line]:
    if block.kind == "table":
        return table_to_lines(block)
    out = []
    for i, part in enumerate(block.text.split("\n")):
        if not part.strip():
            continue
        out.append(
            Line(
                text=part.strip(),
                file=block.source,
                page=block.page,
                kind=block.kind,
                style=block.style,
                outline_level=block.outline_level,
                bold=block.bold,
                font_size=block.font_size,
                # Only the block's first line carries its numbering label.
                numbering=block.numbering if i == 0 else None,
            )
        )
    return out


def table_to_lines(table: Block) -> list[Line]:
    out: list[Line] = []
    for r, row in enumerate(table.rows or []):
        filled = [c for c in row if c.text.strip()]
        numbered = bool(filled) and bool(_NUMBER_ONLY.fullmatch(filled[0].text.strip()))
        for c_index, cell in enumerate(filled):
            is_label = c_index == 0 and len(filled) > 1
            for inner in cell.blocks:
                for line in block_to_lines(inner):
                    out.append(
                        Line(
                            text=line.text,
                            file=line.file,
                            page=line.page if line.page is not None else table.page,
                            kind="table-cell" if inner.kind != "table" else line.kind,
                            style=line.style,
                            outline_level=line.outline_level,
                            bold=line.bold,
                            font_size=line.font_size,
                            numbering=line.numbering,
                            in_label_cell=is_label,
                            table_row=r,
                            row_cells=len(filled),
                            cell_index=c_index,
                            row_numbered=numbered,
                        )
                    )
    return out
