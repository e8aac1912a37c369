"""Find the five required sections in one file's lines.

Walks the lines in reading order.  A lexicon heading opens a section (or, for
an "other" heading such as ชื่อโครงการ / กลุ่มเป้าหมาย / งบประมาณ, closes the
open one); the section's body is every line up to the next heading of any
kind, a Word heading-styled line, or - for a two-column form table - the end
of the label's row.  The same section's name again inside its own body (a
numbered step "1. การดำเนินงานระยะที่ 1" inside การดำเนินการ) is body text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .content_status import BodyVerdict, judge_body
from .headings import OTHER, continues_heading_list, is_structural_heading, is_terminator, match_heading, numbering_of
from .lines import Line
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


def find_sections(lines: list[Line], rubric: Rubric, form: str | None = None) -> list[Occurrence]:
    """Section occurrences in one file's lines; `form` is the file's kind (form1..5, report, ...)."""
    found: list[Occurrence] = []
    current: Occurrence | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            current.verdict = judge_body(current.body, rubric.sections[current.key], rubric)
            found.append(current)
        current = None

    matches = [match_heading(line, rubric, form) for line in lines]
    for i in header_row_lines(lines, matches):
        matches[i] = None
    for line, match in zip(lines, matches):
        if current is not None and current.from_label_cell and line.table_row != current.table_row:
            close()  # a form row's content ends with its row
        if is_terminator(line, rubric):
            close()
            continue
        if match is not None:
            if current is not None and match.key == current.key and current.body and not line.in_label_cell:
                current.body.append(line.text)  # the section's own name again, inside its body
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
                )
            continue
        if current is None:
            continue
        if is_structural_heading(line) or continues_heading_list(line, current.numbering):
            close()
            continue
        current.body.append(line.text)
    close()
    return found
