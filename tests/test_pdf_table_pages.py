"""A table (and a row of it) that runs on to the next page is read as one table."""

from pathlib import Path

from extractors import read_file
from extractors.pdf.table_pages import is_row_remainder
from pipeline.accuracy import char_accuracy

REPO = Path(__file__).resolve().parents[1]
REPORT = REPO / "samples" / "reading" / "multipage-annual-report.pdf"
EXPECTED = REPO / "samples" / "expected" / "reading" / "multipage-annual-report.pdf.txt"
SPLIT_ROW = (
    REPO / "tests" / "data" / "unseen3" / "submissions" / "rd-lampang-pdf-followup" / "form4_project_rd_lampang.pdf"
)


def test_table_rows_broken_by_a_page_are_joined():
    doc = read_file(REPORT)
    assert char_accuracy(EXPECTED.read_text(encoding="utf-8"), doc.text()) >= 0.999
    tables = [b for b in doc.blocks if b.kind == "table"]
    # No table starts with the remainder of a row cut by the page break.
    for before, after in zip(tables, tables[1:]):
        if after.page == before.page + 1:
            assert not is_row_remainder(before.rows[-1], after.rows[0])


def test_cell_text_split_by_a_page_break_reads_as_one_cell():
    doc = read_file(SPLIT_ROW)
    plan = [b for b in doc.blocks if b.kind == "table" and "ประสานชมรมผู้สูงอายุ" in b.text]
    assert len(plan) == 1 and plan[0].page == 1
    first_activity = next(r for r in plan[0].rows if "ประสานชมรม" in r[0].text)
    assert "".join(first_activity[0].text.split()) == "ประสานชมรมผู้สูงอายุและเทศบาลเพื่อกำหนดจุดให้บริการ13อำเภอ"
    assert len(plan[0].rows) > 3  # the rows from the next page were appended
