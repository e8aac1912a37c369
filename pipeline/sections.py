"""Find the five required sections in one file's lines.

Walks the lines in reading order.  A lexicon heading opens a section (or, for
an "other" heading such as ชื่อโครงการ / กลุ่มเป้าหมาย / งบประมาณ, closes the
open one); the section's body is every line up to the next heading of any
kind, a Word heading-styled line, or - for a two-column form table - the end
of the label's row.  The same section's name again inside its own body (a
numbered step "1. การดำเนินงานระยะที่ 1" inside การดำเนินการ) is body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .content_status import BodyVerdict, is_placeholder_line, judge_body
from .headings import (
    HEAD_WORDS,
    OTHER,
    HeadingMatch,
    compact,
    continues_heading_list,
    continues_heading_list_by_name,
    is_structural_heading,
    is_terminator,
    match_heading,
    numbering_of,
    outline_number,
)
from .lines import LEADERS, Line
from .rubric import Rubric


@dataclass
class Occurrence:
    key: str
    file: str
    page: int | None
    heading: str  # the heading line as written
    body: list[str] = field(default_factory=list)
    from_label_cell: bool = False
    table_row: int | None = None
    numbering: tuple[str, int] | None = None  # the heading's list numbering, e.g. ("paren", 3)
    outline: tuple[int, ...] | None = None  # the heading's outline number: (3,) for "3.", (3, 2) for "3.2"
    score: float = 1.0  # how surely the heading names the section (1.0: a lexicon entry as written)
    reason: str = "lexicon"  # what decided it (headings.HeadingMatch.reason)
    inferred: bool = False  # a heading that stands for the section only when nothing names it
    template: list[bool] = field(default_factory=list)  # per body line: table grid text, not content
    verdict: BodyVerdict | None = None

    @property
    def status(self) -> str:
        return self.verdict.status if self.verdict else "empty"

    @property
    def words(self) -> int:
        return self.verdict.words if self.verdict else 0

    @property
    def text(self) -> str:
        """The body without its heading, as written (placeholder lines included)."""
        return "\n".join(self.body)


def header_row_lines(lines: list[Line], matches: list) -> set[int]:
    """Lines of a table row in which two or more cells read as headings.

    "ขั้นตอนการดำเนินงาน | ระยะเวลา" is the column header of a data table, not a
    form row whose label is "ขั้นตอนการดำเนินงาน" and whose content is "ระยะเวลา".
    A row is a contiguous run of lines from the same table row.
    """
    out: set[int] = set()
    start = 0
    while start < len(lines):
        end = start + 1
        row = lines[start].table_row
        if row is not None:
            while end < len(lines) and lines[end].table_row == row and lines[end].kind == lines[start].kind:
                end += 1
            heading_cells = {lines[i].cell_index for i in range(start, end) if matches[i] is not None}
            if len(heading_cells) >= 2:
                out.update(range(start, end))
        start = end
    return out


def is_grid_text(line: Line) -> bool:
    """Text a table prints in every copy of a form: column headers of a 3+-column
    table, and row labels whose other cells are empty ("ขั้นวางแผน (Plan) |  |  |",
    "1 | ประชุมคณะกรรมการ (Plan) |  | … |")."""
    return line.grid_text


def _inferred_stands(occ: Occurrence, rubric: Rubric) -> bool:
    """An inferred section counts only when its filled-in body has a word the rubric asks for."""
    needed = rubric.sections[occ.key].inferred_body_requires_any
    if not (occ.inferred and needed):
        return True
    filled = [b for b, grid in zip(occ.body, occ.template) if not grid and not is_placeholder_line(b, rubric)]
    return any(w in line for line in filled for w in needed)


def is_subsection(line: Line, current: Occurrence) -> bool:
    """ "3.2 …" under "3. …", "1.1 …" under "บทที่ 1": part of the open section."""
    mine = outline_number(line.text)
    return bool(
        current.outline
        and mine
        and len(mine) > len(current.outline)
        and mine[: len(current.outline)] == current.outline
    )


_LETTER = re.compile(r"[A-Za-z\u0e01-\u0e2e]")
MAX_NEXT_HEADING_CHARS = 60


def next_outline_heading(line: Line, current: Occurrence) -> bool:
    """ "5 ปัญหา/อุปสรรค……" after "4. ผลการดำเนินงาน": the next item of the heading's own
    outline level ends the section, whatever its title - unless the body already
    holds that list's previous item (then it is the body's own list going on)."""
    if line.table_row is not None or not _LETTER.search(line.text):
        return False  # a table cell, or a bare number: a value, not a heading
    mine = outline_number(line.text)
    if not (current.outline and mine and len(mine) == len(current.outline) and mine[:-1] == current.outline[:-1]):
        return False
    if not current.outline[-1] <= mine[-1] <= current.outline[-1] + 2:
        return False  # (the same number again is a numbering slip in the form: still the next heading)
    if len(LEADERS.sub("", line.text)) > MAX_NEXT_HEADING_CHARS:
        return False
    previous = mine[:-1] + (mine[-1] - 1,)
    return not any(outline_number(b) == previous for b in current.body)


_REMARK = re.compile(r"\([^)]*\)?")  # "(อธิบายโดยสรุป)": a note to the filler, not part of the title
MAX_TITLE_EXTRA_CHARS = 12  # "ตัวชี้วัดความสำเร็จ ระดับผลลัพธ์": a qualifier, still only a title


def is_bare_heading(line: Line, match: HeadingMatch) -> bool:
    """A heading line with nothing else on it ("7.3 ขั้นตอนการดำเนินการ"), not one that
    carries content ("7.1 ระยะเวลาดำเนินการ สิงหาคม ถึง ตุลาคม 2564")."""
    return not match.rest and len(compact(_REMARK.sub("", match.tail))) <= MAX_TITLE_EXTRA_CHARS


_GLOSS_END = re.compile(r"\(\s*[A-Za-z][A-Za-z &/,.'-]{2,80}\)\s*:?\s*$")
MAX_HEADING_LINE_CHARS = 60


def continues_heading(line: Line) -> bool:
    """The second line of a heading that wrapped: short and ending in its English gloss."""
    return len(line.text) <= MAX_HEADING_LINE_CHARS and bool(_GLOSS_END.search(line.text))


def wraps_styled_heading(line: Line) -> bool:
    """A heading-styled line right after a heading, unnumbered, short and naming nothing: the
    heading's title went on in a second paragraph of the same style ("๖.๒ สภาพปัญหาและความท้าทาย" /
    "ก่อนการปรับปรุงกระบวนการ")."""
    return (
        is_structural_heading(line)
        and numbering_of(line.text) is None
        and outline_number(line.text) is None
        and len(line.text) <= MAX_HEADING_LINE_CHARS
    )


def restarts_body_list(line: Line, current: Occurrence) -> bool:
    """A line numbered in the open heading's own scheme but not after it ("1." under
    "4."): an item of the section's body list, whatever word it starts with."""
    mine = numbering_of(line.text)
    return bool(
        current.numbering
        and mine
        and mine[0] == current.numbering[0]
        and mine[1] <= current.numbering[1]
        and (mine[1] == 1 or body_list_goes_on(line, current))
    )


def is_next_heading(line: Line, current: Occurrence) -> bool:
    """The next item of the open section's heading list or outline level, whatever its title."""
    return next_outline_heading(line, current) or (
        continues_heading_list(line, current.numbering) and not body_list_goes_on(line, current)
    )


def in_body_list(line: Line, current: Occurrence) -> bool:
    """A line numbered as a sub-item of the open section or as an item of its body's own list."""
    return is_subsection(line, current) or restarts_body_list(line, current) or body_list_goes_on(line, current)


def body_list_goes_on(line: Line, current: Occurrence) -> bool:
    """ "4. …" after the body's own "1. 2. 3.": the body's list, not the heading list."""
    mine = numbering_of(line.text)
    return mine is not None and any(numbering_of(b) == (mine[0], mine[1] - 1) for b in current.body)


def find_sections(lines: list[Line], rubric: Rubric, form: str | None = None) -> list[Occurrence]:
    """Section occurrences in one file's lines; `form` is the file's kind (form1..5, report, ...)."""
    found: list[Occurrence] = []
    current: Occurrence | None = None

    def close() -> None:
        nonlocal current
        if current is not None and _inferred_stands(current, rubric):
            current.verdict = judge_body(current.body, rubric.sections[current.key], rubric, current.template)
            found.append(current)
        current = None

    def add(occ: Occurrence, line: Line, structure: bool = False) -> None:
        """`structure`: a sub-heading - it belongs to the section but is not its content."""
        occ.body.append(line.text)
        occ.template.append(structure or is_grid_text(line))

    matches = [match_heading(line, rubric, form) for line in lines]
    for i in header_row_lines(lines, matches):
        matches[i] = None
    for line, match in zip(lines, matches):
        if current is not None and current.from_label_cell and line.table_row != current.table_row:
            close()  # a form row's content ends with its row
        if is_terminator(line, rubric):
            close()
            continue
        if match is not None and match.reason == HEAD_WORDS and current is not None and in_body_list(line, current):
            match = None  # "2.6 ประเมินผลและสรุปรายงาน…" under "2. การดำเนินงาน": a step, not another section
        if match is not None:
            if current is not None and match.key in (current.key, OTHER) and is_subsection(line, current):
                # A sub-section ("3.1 การเตรียมการ") belongs to its section; its title is not content.
                add(current, line, structure=is_bare_heading(line, match))
                continue
            if current is not None and match.key == OTHER and restarts_body_list(line, current):
                add(current, line)  # "1. ส่วนราชการทุกแห่ง…" under "4. ผลลัพธ์ที่คาดหวัง": the body's own list
                continue
            same = (
                current is not None
                and match.key == current.key
                and not (current.inferred and not match.inferred)
                and not (match.reason == HEAD_WORDS and is_next_heading(line, current))
            )  # "4. ผลการสำรวจความพึงพอใจ" after "3. สรุปผลการดำเนินงาน": a part of its own, named only by its head
            if same and current is not None and current.body and not line.in_label_cell:
                add(
                    current, line, structure=is_bare_heading(line, match)
                )  # the section's own name again, inside its body
                continue
            close()
            if match.key != OTHER:
                current = Occurrence(
                    key=match.key,
                    file=line.file,
                    page=line.page,
                    heading=line.text,
                    body=[match.rest] if match.rest else [],
                    from_label_cell=line.in_label_cell,
                    table_row=line.table_row,
                    numbering=numbering_of(line.text),
                    outline=outline_number(line.text),
                    score=match.score,
                    reason=match.reason,
                    inferred=match.inferred,
                    template=[False] if match.rest else [],
                )
            continue
        if current is None:
            continue
        if not current.body and (continues_heading(line) or wraps_styled_heading(line)):
            add(
                current, line, structure=True
            )  # "ใช้ประโยชน์ (Expected Outcomes and Utilization)", "ก่อนการปรับปรุงกระบวนการ": the heading's second line
            continue
        if is_subsection(line, current):
            add(current, line)
            continue
        if (
            is_structural_heading(line)
            or is_next_heading(line, current)
            or (
                continues_heading_list_by_name(line, current.numbering, rubric) and not body_list_goes_on(line, current)
            )
        ):
            close()
            continue
        add(current, line)
    close()
    return found
