"""Ruled tables in page images (extractors.ocr.tables) and reading them cell by cell (extractors.ocr.engine).

Real images: a LibreOffice-made form page (tests/fixtures/pdf/form_laksaman.pdf,
a 5 x 2 label | content table) rendered at 300 dpi, the same page as a
simulated flatbed scan, and the scanned chatuchak form 2 (a 5 x 5 table on a
noisy, slightly turned scan).  Finding grids takes no OCR; one Tesseract run
reads the chatuchak table's 25 cells (a few seconds).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw
from test_ocr import simulate_scan

from extractors.ocr.engine import OcrResult, ocr_available, read_tables
from extractors.ocr.tables import PageTables, TableGrid, find_tables
from extractors.pdf.blocks import BlockBuilder
from extractors.pdf.pages import ocr_to_blocks, ocr_to_lines
from pipeline.accuracy import char_accuracy

ROOT = Path(__file__).resolve().parent.parent
FORM_PDF = ROOT / "tests" / "fixtures" / "pdf" / "form_laksaman.pdf"
CHATUCHAK = ROOT / "samples" / "inbox" / "2566" / "chatuchak" / "แบบฟอร์ม 2 (ฉบับลงนาม).pdf"
CHATUCHAK_TEXT = ROOT / "samples" / "expected" / "inbox" / "2566" / "chatuchak" / "แบบฟอร์ม 2 (ฉบับลงนาม).pdf.txt"
DPI = 300

needs_tesseract = pytest.mark.skipif(not ocr_available("tha+eng"), reason="tesseract with tha+eng is not installed")


def render(path: Path, index: int = 0, dpi: int = DPI) -> Image.Image:
    pdf = pdfium.PdfDocument(path)
    try:
        return pdf[index].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        pdf.close()


def table_rows(expected: Path) -> str:
    """The expected text's table rows (cells joined by tabs)."""
    return "\n".join(line for line in expected.read_text(encoding="utf-8").splitlines() if "\t" in line)


def spans(grid: TableGrid) -> list[tuple[int, int, int, int]]:
    return [(c.row, c.col, c.row_span, c.col_span) for c in grid.cells]


@pytest.fixture(scope="module")
def form_page() -> Image.Image:
    return render(FORM_PDF)


@pytest.fixture(scope="module")
def chatuchak_tables() -> PageTables:
    return find_tables(render(CHATUCHAK), DPI)


def test_form_table_grid(form_page: Image.Image) -> None:
    found = find_tables(form_page, DPI)
    assert found.angle == 0.0 and found.image is form_page  # an upright render is used as it is
    assert len(found.tables) == 1
    grid = found.tables[0]
    assert (grid.rows, grid.cols) == (5, 2)
    assert spans(grid) == [(r, c, 1, 1) for r in range(5) for c in range(2)]
    # Every row shares the grid lines: the label cells end where the content cells begin.
    assert len({c.bbox[2] for c in grid.cells[0::2]} | {c.bbox[0] for c in grid.cells[1::2]}) == 1
    assert grid.bbox == (grid.cells[0].bbox[0], grid.cells[0].bbox[1], grid.cells[-1].bbox[2], grid.cells[-1].bbox[3])
    # Rule pixels only: the text inside the cells is not part of the mask.
    x0, top, x1, bottom = grid.cells[1].bbox
    assert not found.ink[top + 10 : bottom - 10, x0 + 10 : x1 - 10].any()


def test_pages_without_tables(form_page: Image.Image) -> None:
    last = render(FORM_PDF, 2)  # paragraphs and headings only
    assert find_tables(last, DPI).tables == []
    blank = Image.new("L", (800, 1000), 255)
    assert find_tables(blank, DPI).tables == []


def test_frame_is_not_a_table() -> None:
    """A box around text (1 x 1) is a frame, not a table."""
    page = Image.new("L", (2000, 1200), 255)
    ImageDraw.Draw(page).rectangle((200, 200, 1800, 700), outline=0, width=3)
    assert find_tables(page, DPI).tables == []


def test_turned_noisy_scan_is_deskewed(form_page: Image.Image) -> None:
    scan = simulate_scan(form_page, angle=-0.8)
    found = find_tables(scan, DPI)
    assert found.angle == pytest.approx(-0.8, abs=0.1)
    assert [(g.rows, g.cols, len(g.cells)) for g in found.tables] == [(5, 2, 10)]


def test_missing_rule_segments_merge_cells(form_page: Image.Image) -> None:
    grid = find_tables(form_page, DPI).tables[0]
    edited = form_page.copy()
    draw = ImageDraw.Draw(edited)
    # Erase the rule between label and content in row 2: one cell spanning both columns.
    x0, top, x1, bottom = grid.cells[2 * 2].bbox
    draw.rectangle((x1 - 6, top + 6, x1 + 6, bottom - 6), fill=255)
    # Erase the rule between rows 3 and 4 under the content column: one cell two rows tall.
    x0, top, x1, bottom = grid.cells[3 * 2 + 1].bbox
    draw.rectangle((x0 + 6, bottom - 6, x1 - 6, bottom + 6), fill=255)
    merged = find_tables(edited, DPI).tables[0]
    assert (merged.rows, merged.cols) == (5, 2)
    assert spans(merged) == [
        (0, 0, 1, 1), (0, 1, 1, 1),
        (1, 0, 1, 1), (1, 1, 1, 1),
        (2, 0, 1, 2),
        (3, 0, 1, 1), (3, 1, 2, 1),
        (4, 0, 1, 1),
    ]  # fmt: skip
    assert [(c.row, c.col) for c in merged.merged] == [(2, 0), (3, 1)]


def test_scanned_form_table_grid(chatuchak_tables: PageTables) -> None:
    """The chatuchak scan is turned by about a quarter degree and has a shaded header row."""
    assert chatuchak_tables.angle != 0.0 and abs(chatuchak_tables.angle) < 0.5
    assert len(chatuchak_tables.tables) == 1
    grid = chatuchak_tables.tables[0]
    assert (grid.rows, grid.cols, len(grid.cells), grid.merged) == (5, 5, 25, [])


@needs_tesseract
def test_scanned_form_table_read_cell_by_cell(chatuchak_tables: PageTables) -> None:
    tables, words, _ = read_tables(chatuchak_tables, "tha+eng", DPI)
    (table,) = tables
    assert words and all(0 <= w.confidence <= 100 for w in words)
    # The shaded header's labels and the numbers stay in their own cells.
    rows = table.cell_rows()
    assert [len(r) for r in rows] == [5] * 5
    assert [rows[r][0].text for r in range(1, 5)] == ["1", "2", "3", "4"]
    assert rows[2][3].text == "82"
    accuracy = char_accuracy(table_rows(CHATUCHAK_TEXT), table.text)
    assert accuracy >= 0.95, accuracy  # measured 0.979

    # As a document block: a "table" block read by OCR, rows of cells holding paragraph blocks.
    result = OcrResult(lines=[], mean_confidence=90.0, tables=tables)
    (block,) = ocr_to_blocks(result, BlockBuilder(source="scan.pdf"), page=1, dpi=DPI)
    assert block.kind == "table" and block.read_by == "ocr" and block.page == 1
    assert len(block.rows) == 5 and all(len(r) == 5 for r in block.rows)
    assert block.rows[1][1].blocks[0].read_by == "ocr" and block.rows[1][1].blocks[0].bold is None
    assert char_accuracy(table_rows(CHATUCHAK_TEXT), block.table_text()) == pytest.approx(accuracy, abs=0.01)
    # A caller that only builds paragraphs still gets every cell's lines, cell by cell.
    assert len(ocr_to_lines(result, DPI)) == sum(len(c.lines) for c in table.cells)
    assert np.isclose(block.bbox[0], table.bbox[0] * 72 / DPI)
