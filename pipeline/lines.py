"""Flatten a Document's blocks into lines: the units section finding walks.

Each `Line` is one paragraph-like piece of body text with the cues of the
block it came from.  Tables are unrolled row by row; a two-column form row
(label cell | content cell) becomes a label line followed by its content
lines, marked `in_label_cell`, so "หลักการและเหตุผล | <text>" reads like a
heading with its body.  Page headers and footers never become lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

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
    row_cols: int | None = None  # how many cells the table row has, filled or not
    grid_text: bool = False  # a 3+-column table's header, or the label of a row whose other cells are empty


def document_to_lines(doc: Document, template_rows: tuple[re.Pattern, ...] = ()) -> list[Line]:
    """`template_rows`: patterns of row labels a form prints in every copy (rubric)."""
    lines: list[Line] = []
    for block in doc.body_blocks():
        lines.extend(block_to_lines(block, template_rows))
    return lines


def block_to_lines(block: Block, template_rows: tuple[re.Pattern, ...] = ()) -> list[Line]:
    if block.kind == "table":
        return table_to_lines(block, template_rows)
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


# Column headers that name months or quarters ("ต.ค. | พ.ย. | …", "ไตรมาส 1 | …").
_PERIOD_HEADER = re.compile(r"(?:[เแโใไ]?[ก-ฮ][ะ-ู็-์]*\.\s?[ก-ฮ][ะ-ู็-์]*\.?|ไตรมาส(?:ที่)?\s*[0-9๐-๙]|Q[1-4]|[0-9๐-๙]{1,2})")


def is_grid_row(
    row_index: int, cells: list[str], n_cols: int, numbered: bool, template_rows: tuple[re.Pattern, ...] = ()
) -> bool:
    """A row a form prints in every copy: a 3+-column table's header row, a row of
    month/quarter headers, or a row whose only text is a generic label the rubric
    names (`template_rows`: the PDCA stages "ขั้นวางแผน (Plan)", "P – วางแผน…").
    A row labelled with a specific step and otherwise empty is content: a plan's
    bars and arrows are drawings, not text."""
    if n_cols < 3 or not cells:
        return False
    if row_index == 0 or all(_PERIOD_HEADER.fullmatch(c.strip()) for c in cells):
        return True
    label_only = len(cells) == 1 or (numbered and len(cells) == 2)
    return label_only and bool(template_rows) and any(p.search(cells[-1]) for p in template_rows)


# An indicator table's columns: what is measured, the target the form prints,
# and the result the filler writes ("ตัวชี้วัด | ค่าเป้าหมาย | ผลการดำเนินงาน").
_RESULT_HEADER = re.compile(r"^\s*(?:ผล(?!กระทบ)|result)", re.IGNORECASE)
_TARGET_HEADER = re.compile(r"เป้าหมาย|target", re.IGNORECASE)


def unfilled_result_rows(rows: list) -> set[int]:
    """Rows of an indicator table whose result cell is empty: the form printed the
    indicator and its target, nobody wrote what was achieved."""
    if not rows:
        return set()
    header = [c.text.strip() for c in rows[0]]
    results = [j for j, h in enumerate(header) if _RESULT_HEADER.match(h)]
    if len(header) < 3 or not results or not any(_TARGET_HEADER.search(h) for h in header):
        return set()
    j = results[0]
    return {r for r, row in enumerate(rows[1:], start=1) if len(row) == len(header) and not row[j].text.strip()}


# A form's fill-in blank: dot leaders ("……", "....", "____") - shared by the section
# finder and the content judge.  A cell's blank may also be collapsed to " .".
LEADERS = re.compile(r"[.…_]{4,}")
DIGIT = re.compile(r"[0-9๐-๙]")
_CELL_BLANK = re.compile(LEADERS.pattern + r"|\s\.(?:\s|$)")


_TOTAL_LABEL = re.compile(r"^\s*(?:รวม(?:ทั้งสิ้น|ทั้งหมด|เงิน|งบประมาณ)?|ยอดรวม|total)\s*:?\s*$", re.IGNORECASE)
_FIGURE = re.compile(r"^[\s0-9๐-๙,.\-–()บาท]+$")


def blank_table_total_rows(rows: list) -> set[int]:
    """A totals row ("รวม | ๘๕,๐๐๐") under item rows nobody filled in ("1." "2." "3." and
    empty cells): the form's budget was printed or carried over, the items it adds up were
    not written, so the total says nothing about them."""
    if len(rows) < 3:
        return set()
    out: set[int] = set()
    for r in range(1, len(rows)):
        filled = [c.text.strip() for c in rows[r] if c.text.strip()]
        if len(filled) < 2 or not _TOTAL_LABEL.match(filled[0]) or not all(_FIGURE.match(c) for c in filled[1:]):
            continue
        items = [[c.text.strip() for c in row if c.text.strip()] for row in rows[1:r]]
        if items and all(len(cells) <= 1 and all(_NUMBER_ONLY.fullmatch(c) for c in cells) for cells in items):
            out.add(r)
    return out


def is_unfilled_row(cells: list[str], numbered: bool) -> bool:
    """A row whose answer cells are all blanks with no figure written in
    ("1. | จำนวนผู้เข้าร่วม… | จำนวน……คน ร้อยละ . | จำนวน……คน ร้อยละ ."): the
    form's printed question, unanswered."""
    answers = cells[2:] if numbered else cells[1:]
    return bool(answers) and all(_CELL_BLANK.search(c) and not DIGIT.search(c) for c in answers)


MAX_PANEL_TITLE_CHARS = 60
MIN_PANEL_BODY_CHARS = 40


def panel_rows(rows: list) -> set[int]:
    """Rows of titles whose next row holds each title's text: a poster or one-page summary laid
    out as panels ("ปัญหาที่เจอ (Pain Point) | เป้าหมายการพัฒนา (Objectives) | เราทำอะไรไปบ้าง",
    then a row of three bullet lists).  Every cell of the title row is one short line, every cell
    of the next row is long text; a data table's rows (figures, short values) are never so."""
    out: set[int] = set()
    for r in range(len(rows) - 1):
        titles = [c.text.strip() for c in rows[r]]
        bodies = [c.text.strip() for c in rows[r + 1]]
        if len(titles) < 2 or len(titles) != len(bodies) or r - 1 in out:
            continue
        if all(t and "\n" not in t and len(t) <= MAX_PANEL_TITLE_CHARS for t in titles) and all(
            len(b) >= MIN_PANEL_BODY_CHARS and len(b) > 2 * len(t) for b, t in zip(bodies, titles)
        ):
            out.add(r)
    return out


def table_to_lines(table: Block, template_rows: tuple[re.Pattern, ...] = ()) -> list[Line]:
    rows = table.rows or []
    panels = panel_rows(rows)
    if panels:
        return _panel_table_lines(table, panels, template_rows)
    return _row_table_lines(table, template_rows)


def _panel_table_lines(table: Block, panels: set[int], template_rows: tuple[re.Pattern, ...]) -> list[Line]:
    """A panel table read panel by panel: each title, then the text under it; other rows as rows."""
    rows = table.rows or []
    as_rows: dict[int | None, list[Line]] = {}
    for line in _row_table_lines(table, template_rows):  # the other rows as the row reading has them
        as_rows.setdefault(line.table_row, []).append(line)
    out: list[Line] = []
    r = 0
    while r < len(rows):
        if r not in panels:
            out.extend(as_rows.get(r, []))
            r += 1
            continue
        for title, body in zip(rows[r], rows[r + 1]):
            for cell, is_title in ((title, True), (body, False)):
                for inner in cell.blocks:
                    for line, _ in _cell_block_lines(inner, template_rows):
                        out.append(
                            replace(
                                line,
                                page=line.page if line.page is not None else table.page,
                                kind="heading" if is_title else line.kind,
                                bold=True if is_title else line.bold,
                            )
                        )
        r += 2
    return out


def _row_table_lines(table: Block, template_rows: tuple[re.Pattern, ...] = ()) -> list[Line]:
    out: list[Line] = []
    unfilled = unfilled_result_rows(table.rows or []) | blank_table_total_rows(table.rows or [])
    for r, row in enumerate(table.rows or []):
        filled = [c for c in row if c.text.strip()]
        numbered = bool(filled) and bool(_NUMBER_ONLY.fullmatch(filled[0].text.strip()))
        texts = [c.text for c in filled]
        grid = (
            r in unfilled
            or is_unfilled_row(texts, numbered)
            or is_grid_row(r, texts, len(row), numbered, template_rows)
        )
        for c_index, cell in enumerate(filled):
            is_label = c_index == 0 and len(filled) > 1
            cell_lines = [line for inner in cell.blocks for line in _cell_block_lines(inner, template_rows)]
            if is_label or (numbered and c_index == 1 and len(filled) > 2):
                cell_lines = join_label_lines(cell_lines)
            for line, inner_kind in cell_lines:
                out.append(
                    Line(
                        text=line.text,
                        file=line.file,
                        page=line.page if line.page is not None else table.page,
                        kind="table-cell" if inner_kind != "table" else line.kind,
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
                        row_cols=len(row),
                        grid_text=grid,
                    )
                )
    return out


def _cell_block_lines(inner: Block, template_rows: tuple[re.Pattern, ...]) -> list[tuple[Line, str]]:
    return [(line, inner.kind) for line in block_to_lines(inner, template_rows)]


# A form's label cell is one label, however narrow the column that wraps it
# ("ผลลัพธ์ที่" / "คาดว่าจะได้รับ", "ความเป็นมาและ" / "ความสำคัญของปัญหา").
MAX_LABEL_CHARS = 60
MAX_LABEL_LINES = 3


def join_label_lines(lines: list[tuple[Line, str]]) -> list[tuple[Line, str]]:
    """The lines of a short label cell as one line; a long cell is left as it is."""
    if not 2 <= len(lines) <= MAX_LABEL_LINES:
        return lines
    texts = [line.text for line, _ in lines]
    if sum(len(t) for t in texts) > MAX_LABEL_CHARS:
        return lines
    first, kind = lines[0]
    joined = " ".join(texts)
    bold = all(line.bold for line, _ in lines) if any(line.bold is not None for line, _ in lines) else None
    return [
        (
            Line(
                joined,
                first.file,
                first.page,
                first.kind,
                first.style,
                first.outline_level,
                bold,
                first.font_size,
                first.numbering,
            ),
            kind,
        )
    ]
