"""Tesseract OCR of one page image, as lines with boxes and confidences.

Used for PDF pages without a usable text layer.  One Tesseract run gives
both its plain text and its word table (TSV).  The word table is where the
boxes and confidences are, but for Thai its "words" are single letters or
letter clusters, so spaces cannot be read from it; the plain text has
Tesseract's own spacing, which matched the page closely (measured: 0 spurious
and 4 lost spaces out of 69 on a form page, where joining the word table by
gap width gave 2 spurious and 23 lost).  Each plain-text line is matched to
its word-table line by its letters; a line that does not match is joined by
gap width instead.  Every line goes through `normalise`.

A page with ruled tables (found by `extractors.ocr.tables`, on a deskewed copy
when the scan is turned) is read in two Tesseract runs: the page with its
tables painted out, as before, and every table cell at once: the cells'
crops (rules erased) go to one run as a list of images, one "page" each, in
mode 6, and each cell gets back its own lines.  Tesseract's start-up is
about 1.4 s, so the cells are never read one run each.

Every Tesseract process runs with OMP_THREAD_LIMIT=1 (`TESSERACT_ENV`): its
OpenMP threads made one page 2.5x slower on 2 cores (measured 5.8 s against
2.3 s a page, same text), and pages are read one process per core instead
(`extractors.ocr.pool`).  A Tesseract process is killed when its caller is
interrupted, so none outlives the read.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from statistics import median
from typing import TYPE_CHECKING, cast

from ..thai.normalise import normalise
from .prepare import prepare

if TYPE_CHECKING:
    from PIL.Image import Image

    from .tables import PageTables, TableGrid

# The digit re-reading and table finding (numpy) are imported where a page is OCR'd, not with
# this module: a reading process that meets only text layers never loads numpy (50 ms at start).

# Page segmentation mode 3 (automatic layout, no OSD): on the fixture pages at
# 300 dpi it read the Laksaman form as well as mode 6 (99.3%) and the Garuda
# page better than modes 4 and 6 (90.6% against 88.1% and 89.5%, before
# split lines were merged back).  Mode 6 also runs table columns together.
PAGE_SEGMENTATION_MODE = 3
# Mode 7 (one text line) re-reads a line whose stacked marks were split off.
SINGLE_LINE_MODE = 7
# Fallback spacing: a gap between two words wider than this share of the body
# text height is a real space; narrower gaps are Tesseract splitting Thai
# text into letters (measured on the two fixture pages: 0.55 gives 2 spurious
# and 29 lost spaces out of ~140; 0.5 gives 16 spurious).
SPACE_GAP = 0.55
# A line this much shorter than the page's median line, sitting on top of the
# next line, holds marks Tesseract split off that line (tone marks over
# upper vowels, as in "ที่", "ชี้": seen with Garuda at 300 dpi).
SPLIT_LINE_HEIGHT = 0.6
_CROP_PADDING = 10  # pixels around a line re-read in single-line mode
# Mode 6 (one uniform block of text) for table cells: a cell is one column of
# short, often wrapped lines, and its crop is already free of rules.
CELL_MODE = 6
CELL_PADDING = 12  # white pixels put around a cell's text before it is read
CELL_INSET = 3  # pixels cut inside a cell's rules besides half their width


# Environment of every Tesseract process: one OpenMP thread (parallelism is one process per page).
TESSERACT_ENV = {"OMP_THREAD_LIMIT": "1"}
_running: set[subprocess.Popen] = set()  # Tesseract processes of this process, for `kill_running_tesseract`
_running_lock = threading.Lock()


@lru_cache(maxsize=8)
def ocr_available(languages: str = "tha+eng") -> bool:
    """True when the tesseract binary is installed and has every language in `languages`."""
    if shutil.which("tesseract") is None:
        return False
    try:
        import pytesseract

        installed = set(pytesseract.get_languages(config=""))
    except Exception:  # noqa: BLE001 - a broken install is "not available", never a crash
        return False
    return all(lang in installed for lang in languages.split("+"))


@dataclass
class OcrLine:
    text: str
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom in the image's pixels
    confidence: float  # mean word confidence, 0..100


@dataclass
class OcrCell:
    row: int  # 0-based grid row and column of the cell's top-left grid cell
    col: int
    row_span: int
    col_span: int
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom: its rules, in the image's pixels
    lines: list[OcrLine] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass
class OcrTable:
    bbox: tuple[float, float, float, float]  # outer rules, in the image's pixels
    rows: int
    cols: int
    cells: list[OcrCell]  # reading order: row by row, left to right; merged cells once

    def cell_rows(self) -> list[list[OcrCell]]:
        """Cells by the grid row they start in (rows only continued by taller cells are left out)."""
        out: dict[int, list[OcrCell]] = {}
        for cell in self.cells:
            out.setdefault(cell.row, []).append(cell)
        return [out[r] for r in sorted(out)]

    @property
    def text(self) -> str:
        """Row by row, a row's cells joined by a tab (empty cells left out)."""
        rows = ("\t".join(" ".join(c.text.split("\n")) for c in row if c.text) for row in self.cell_rows())
        return "\n".join(r for r in rows if r)


@dataclass
class OcrResult:
    lines: list[OcrLine]
    mean_confidence: float  # mean over all words, 0..100 (0 when nothing was read)
    tables: list[OcrTable] = field(default_factory=list)  # ruled tables, read cell by cell
    angle: float = 0.0  # degrees the page was turned back by before reading (boxes are in that frame)
    digits_reread: int = 0  # numbers whose Thai digits were read again by their shapes (`extractors.ocr.digits`)
    render_dpi: float | None = None  # set when an outsized page was rendered below the asked resolution
    # Set (and nothing read) when OCR of the page failed: the reason, e.g. "TesseractError: ...".
    error: str | None = None

    @classmethod
    def failed(cls, error: str) -> OcrResult:
        return cls(lines=[], mean_confidence=0.0, error=error)

    def items(self) -> list[OcrLine | OcrTable]:
        """Lines and tables in reading order: a table goes before the first line below its top."""
        out: list[OcrLine | OcrTable] = list(self.lines)
        for table in sorted(self.tables, key=lambda t: t.bbox[1], reverse=True):
            at = next((i for i, item in enumerate(out) if item.bbox[1] >= table.bbox[1]), len(out))
            out.insert(at, table)
        return out

    def all_lines(self) -> list[OcrLine]:
        """Every line in reading order, a table's cell by cell (row by row, left to right)."""
        out: list[OcrLine] = []
        for item in self.items():
            if isinstance(item, OcrTable):
                out.extend(line for cell in item.cells for line in cell.lines)
            else:
                out.append(item)
        return out

    @property
    def text(self) -> str:
        return "\n".join(item.text for item in self.items() if item.text)


@dataclass
class _Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float


@dataclass
class _RawLine:
    words: list[_Word]
    text: str | None = None  # Tesseract's plain-text line, when it matches the words

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (
            float(min(w.left for w in self.words)),
            float(min(w.top for w in self.words)),
            float(max(w.left + w.width for w in self.words)),
            float(max(w.top + w.height for w in self.words)),
        )

    @property
    def height(self) -> float:
        x0, top, x1, bottom = self.bbox
        return bottom - top


def data_to_raw_lines(data: dict[str, list], offset: tuple[int, int] = (0, 0)) -> list[_RawLine]:
    """Group pytesseract.image_to_data words by (block, paragraph, line), words left to right."""
    grouped: dict[tuple[int, int, int], list[_Word]] = {}
    dx, dy = offset
    for i, raw in enumerate(data["text"]):
        text = (raw or "").strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        word = _Word(text, data["left"][i] + dx, data["top"][i] + dy, data["width"][i], data["height"][i], conf)
        grouped.setdefault(key, []).append(word)
    return [_RawLine(sorted(words, key=lambda w: w.left)) for words in grouped.values()]


def words_to_line_text(words: list[_Word], body_height: float) -> str:
    """Join one line's words, with a space only where the page shows a real gap."""
    height = max(body_height, median(w.height for w in words))
    text = words[0].text
    for prev, word in zip(words, words[1:]):
        gap = word.left - (prev.left + prev.width)
        text += (" " if gap > SPACE_GAP * height else "") + word.text
    return text


def split_mark_lines(lines: list[_RawLine]) -> dict[int, list[int]]:
    """Text line index -> the short lines lying on its top (its marks, split off by Tesseract)."""
    if len(lines) < 2:
        return {}
    typical = median(line.height for line in lines)
    found: dict[int, list[int]] = {}
    for i, marks in enumerate(lines):
        if marks.height >= SPLIT_LINE_HEIGHT * typical:
            continue
        mx0, mtop, mx1, mbottom = marks.bbox
        for j, text in enumerate(lines):
            tx0, ttop, tx1, tbottom = text.bbox
            if j == i or text.height < SPLIT_LINE_HEIGHT * typical:
                continue
            overlap = min(mx1, tx1) - max(mx0, tx0)
            above_middle = mtop + mbottom < ttop + tbottom
            touching = mbottom >= ttop - 0.25 * typical
            if above_middle and touching and overlap > 0.5 * (mx1 - mx0):
                found.setdefault(j, []).append(i)
                break
    return found


def tesseract(input_file: str, output_base: str, languages: str, config: str) -> None:
    """Run the tesseract binary as pytesseract.run_tesseract(input, base, "txt", ...) does, with `TESSERACT_ENV`.

    The process is killed if the caller is interrupted while it runs.  Raises
    pytesseract's TesseractNotFoundError / TesseractError.
    """
    from pytesseract import pytesseract as engine

    cmd = [engine.tesseract_cmd, input_file, output_base, "-l", languages, *shlex.split(config), "txt"]
    try:
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, **TESSERACT_ENV},
        )
    except FileNotFoundError:
        raise engine.TesseractNotFoundError() from None
    with _running_lock:
        _running.add(proc)
    try:
        _, errors = proc.communicate()
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    finally:
        with _running_lock:
            _running.discard(proc)
    if proc.returncode:
        raise engine.TesseractError(proc.returncode, engine.get_errors(errors))


def kill_running_tesseract() -> None:
    """Kill every Tesseract process this process started and is waiting for (an OCR worker told to stop)."""
    with _running_lock:
        procs = list(_running)
    for proc in procs:
        try:
            proc.kill()
        except OSError:
            pass


# The largest page image OCR renders: an A2 sheet at 300 dpi is 35 million pixels.  A larger
# page (a poster, or a page size no paper has) is rendered at a lower resolution, so one page
# cannot take gigabytes (a 5 m square page at 300 dpi would be 3.5 billion pixels).
MAX_OCR_PIXELS = 60_000_000


def ocr_render_dpi(width_pt: float, height_pt: float, dpi: int) -> float:
    """`dpi`, or less for a page whose image at `dpi` would exceed MAX_OCR_PIXELS (a fraction
    of a dot per inch for a page kilometres wide)."""
    pixels = max(abs(width_pt), 1.0) * max(abs(height_pt), 1.0) * (dpi / 72) ** 2
    if pixels <= MAX_OCR_PIXELS:
        return dpi
    return dpi * (MAX_OCR_PIXELS / pixels) ** 0.5 * 0.999  # pdfium rounds sizes up


def render_for_ocr(pdf, page_index: int, dpi: int) -> Image:
    """Page `page_index` (0-based) of an open pypdfium2 document as the RGB image OCR reads, at `dpi`
    (or less for an outsized page: the resolution used is ``image.info["ocr_dpi"]``)."""
    page = pdf[page_index]
    try:
        width_pt, height_pt = page.get_size()
        used = ocr_render_dpi(width_pt, height_pt, dpi)
        image = page.render(scale=used / 72).to_pil()
        image.info["ocr_dpi"] = used
        return image
    finally:
        page.close()


def save_for_tesseract(image: Image, path_without_suffix: str) -> str:
    """Write `image` where Tesseract reads it: PNM (PBM/PGM/PPM, no compression); the file's path.

    The same pixels as the PNG pytesseract writes, so the same text, but a
    page at 300 dpi is written in about 5 ms instead of 1 s (zlib at its
    default level was a quarter of a page's OCR time, measured on
    samples/reading/scanned-minutes.pdf).  Transparency is laid on white, as
    pytesseract does; palette and other modes become RGB.
    """
    from PIL import Image as PILImage

    if "A" in image.getbands() or "transparency" in image.info:
        rgba = image.convert("RGBA")
        flat = PILImage.new("RGB", image.size, (255, 255, 255))
        flat.paste(rgba, (0, 0), rgba.getchannel("A"))
        image = flat
    elif image.mode not in ("1", "L", "RGB"):
        image = image.convert("RGB")
    suffix = {"1": ".pbm", "L": ".pgm"}.get(image.mode, ".ppm")
    path = path_without_suffix + suffix
    image.save(path, format="PPM")
    return path


def run_tesseract(image: Image, languages: str, dpi: int, psm: int) -> tuple[str, dict[str, list]]:
    """One Tesseract run: its plain text and its word table (as pytesseract.image_to_data's dict)."""
    from pytesseract import pytesseract as engine

    config = f"--psm {psm} --dpi {dpi} -c preserve_interword_spaces=1 -c tessedit_create_tsv=1"
    with tempfile.TemporaryDirectory(prefix="tess_") as tmp:
        base = str(Path(tmp) / "out")
        tesseract(save_for_tesseract(image, str(Path(tmp) / "input")), base, languages, config)
        text = Path(f"{base}.txt").read_text(encoding="utf-8")
        table = Path(f"{base}.tsv").read_text(encoding="utf-8")
    return text, engine.file_to_dict(table, "\t", -1)


def run_tesseract_many(images: list[Image], languages: str, dpi: int, psm: int) -> list[tuple[str, dict[str, list]]]:
    """One Tesseract run over several images (a list file as its input): each image's text and word table."""
    from pytesseract import pytesseract as engine

    if not images:
        return []
    config = f"--psm {psm} --dpi {dpi} -c preserve_interword_spaces=1 -c tessedit_create_tsv=1"
    with tempfile.TemporaryDirectory(prefix="tess_cells_") as tmp:
        paths = []
        for i, image in enumerate(images):
            paths.append(save_for_tesseract(image, str(Path(tmp) / f"cell{i:04d}")))
        listing = Path(tmp) / "cells.txt"
        listing.write_text("\n".join(paths) + "\n", encoding="utf-8")
        base = str(Path(tmp) / "out")
        tesseract(str(listing), base, languages, config)
        text = Path(f"{base}.txt").read_text(encoding="utf-8")
        table = engine.file_to_dict(Path(f"{base}.tsv").read_text(encoding="utf-8"), "\t", -1)
    texts = text.split("\f")  # Tesseract ends every page's text with a form feed
    per_page: list[dict[str, list]] = [{key: [] for key in table} for _ in images]
    for i, page_num in enumerate(table.get("page_num", [])):
        page = int(page_num) - 1
        if 0 <= page < len(images):
            for key, values in table.items():
                per_page[page][key].append(values[i])
    return [(texts[i] if i < len(texts) else "", per_page[i]) for i in range(len(images))]


def _letters(text: str) -> str:
    return re.sub(r"\s", "", text)


def attach_engine_text(lines: list[_RawLine], text: str) -> None:
    """Give each word-table line Tesseract's plain-text line with the same letters (same order)."""
    text_lines = [line for line in text.splitlines() if line.strip()]
    if len(text_lines) != len(lines):
        return
    for line, text_line in zip(lines, text_lines):
        if _letters(text_line) == "".join(_letters(w.text) for w in line.words):
            line.text = text_line.strip()


def read_lines(image: Image, languages: str, dpi: int, psm: int, offset: tuple[int, int] = (0, 0)) -> list[_RawLine]:
    """OCR an image into word-table lines carrying Tesseract's plain text where it matches."""
    text, data = run_tesseract(image, languages, dpi, psm)
    lines = data_to_raw_lines(data, offset)
    attach_engine_text(lines, text)
    return lines


def reread_line(image: Image, box: tuple[float, float, float, float], languages: str, dpi: int) -> _RawLine | None:
    """OCR one line's box again as a single text line (mode 7); None when nothing is read."""
    x0, top, x1, bottom = (int(v) for v in box)
    left, upper = max(0, x0 - _CROP_PADDING), max(0, top - _CROP_PADDING)
    crop = image.crop((left, upper, min(image.width, x1 + _CROP_PADDING), min(image.height, bottom + _CROP_PADDING)))
    lines = read_lines(crop, languages, dpi, SINGLE_LINE_MODE, offset=(left, upper))
    if not lines:
        return None
    words = sorted((w for line in lines for w in line.words), key=lambda w: w.left)
    texts = [line.text for line in lines]
    return _RawLine(words, " ".join(cast(list[str], texts)) if all(texts) else None)  # all(): no None left


def merge_split_lines(image: Image, lines: list[_RawLine], languages: str, dpi: int) -> list[_RawLine]:
    """Re-read every line whose marks Tesseract split into lines of their own; drop the mark lines."""
    dropped: set[int] = set()
    merged = list(lines)
    for text, marks in split_mark_lines(lines).items():
        boxes = [lines[i].bbox for i in [text, *marks]]
        union = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
        reread = reread_line(image, union, languages, dpi)
        if reread is not None:
            merged[text] = reread
        dropped.update(marks)
    return [line for i, line in enumerate(merged) if i not in dropped]


# A vertical bar between Thai letters is a table rule or a photo's edge Tesseract read as a
# character (Thai never writes one inside a word): it becomes a space.
_RULE_IN_WORD = re.compile(r"(?<=[\u0e01-\u0e4e])\s*[|│¦]\s*(?=[\u0e01-\u0e4e])")


def raw_lines_to_ocr_lines(lines: list[_RawLine]) -> list[OcrLine]:
    """Text of each line (spaces from gaps, then `normalise`, rules read as bars inside Thai
    words made spaces), box and mean word confidence."""
    if not lines:
        return []
    body_height = median(w.height for line in lines for w in line.words)
    out = []
    for line in lines:
        text = normalise(line.text or words_to_line_text(line.words, body_height)).strip()
        text = _RULE_IN_WORD.sub(" ", text)
        if text:
            confidence = sum(w.confidence for w in line.words) / len(line.words)
            out.append(OcrLine(text, line.bbox, confidence))
    return out


def cell_crops(page: PageTables, paper: int) -> list[tuple[tuple[int, int], int, int, Image]]:
    """Every cell with ink, cropped to its ink (rules erased) and padded with paper.

    Each item is ((table index, cell index), left, top, crop): left and top
    place the crop's corner in the page image.  Empty cells are left out.
    """
    import numpy as np
    from PIL import Image as PILImage

    from .tables import binarise

    gray = np.array(page.image.convert("L"))
    rules = page.ink
    # Erase the rules (and a pixel around them: their blurred edges) so no "|" is read.
    grown = rules.copy()
    grown[1:, :] |= rules[:-1, :]
    grown[:-1, :] |= rules[1:, :]
    grown[:, 1:] |= rules[:, :-1]
    grown[:, :-1] |= rules[:, 1:]
    gray[grown] = paper
    ink = binarise(gray)
    out = []
    for t, table in enumerate(page.tables):
        inset = table.rule_width // 2 + CELL_INSET
        for c, cell in enumerate(table.cells):
            x0, top, x1, bottom = cell.bbox
            x0, top, x1, bottom = x0 + inset, top + inset, x1 - inset, bottom - inset
            if x1 - x0 < 4 or bottom - top < 4:
                continue
            area = ink[top:bottom, x0:x1]
            # Rows and columns with at least two ink pixels: single specks do not widen the box.
            ys, xs = np.flatnonzero(area.sum(axis=1) >= 2), np.flatnonzero(area.sum(axis=0) >= 2)
            if area.sum() < 10 or not len(ys) or not len(xs):  # an empty cell (or a few specks)
                continue
            left, upper = x0 + int(xs[0]), top + int(ys[0])
            right, lower = x0 + int(xs[-1]) + 1, top + int(ys[-1]) + 1
            crop = PILImage.fromarray(gray[upper:lower, left:right])
            padded = PILImage.new("L", (crop.width + 2 * CELL_PADDING, crop.height + 2 * CELL_PADDING), paper)
            padded.paste(crop, (CELL_PADDING, CELL_PADDING))
            out.append(((t, c), left - CELL_PADDING, upper - CELL_PADDING, padded))
    return out


def read_tables(page: PageTables, languages: str, dpi: int) -> tuple[list[OcrTable], list[_Word], int]:
    """Every cell of the page's tables read in one Tesseract run; the tables, all their words and
    the number of numbers whose digits were read again (`reread_digits`)."""
    import numpy as np

    from .digits import reread_digits
    from .tables import paper_tone

    paper = paper_tone(np.asarray(page.image.convert("L")))
    crops = cell_crops(page, paper)
    results = run_tesseract_many([crop for *_, crop in crops], languages, dpi, CELL_MODE)
    cell_lines: dict[tuple[int, int], list[_RawLine]] = {}
    digits = 0
    for (key, left, upper, crop), (text, data) in zip(crops, results):
        lines = data_to_raw_lines(data, offset=(left, upper))
        attach_engine_text(lines, text)
        digits += reread_digits(crop, lines, offset=(left, upper))
        cell_lines[key] = sorted(lines, key=lambda line: line.bbox[1])
    tables = []
    words: list[_Word] = []
    for t, grid in enumerate(page.tables):
        cells = []
        for c, cell in enumerate(grid.cells):
            raw = cell_lines.get((t, c), [])
            words.extend(w for line in raw for w in line.words)
            bbox = cast(tuple[float, float, float, float], tuple(float(v) for v in cell.bbox))
            cells.append(OcrCell(cell.row, cell.col, cell.row_span, cell.col_span, bbox, raw_lines_to_ocr_lines(raw)))
        table_bbox = cast(tuple[float, float, float, float], tuple(float(v) for v in grid.bbox))
        tables.append(OcrTable(table_bbox, grid.rows, grid.cols, cells))
    return tables, words, digits


def paint_out(image: Image, tables: list[TableGrid], margin: int) -> Image:
    """A copy of the page with each table's box painted paper-white."""
    from PIL import ImageDraw

    out = image.copy()
    draw = ImageDraw.Draw(out)
    fill = 255 if out.mode == "L" else (255,) * len(out.getbands())
    for table in tables:
        x0, top, x1, bottom = table.bbox
        draw.rectangle((x0 - margin, top - margin, x1 + margin, bottom + margin), fill=fill)
    return out


def ocr_image(image: Image, languages: str = "tha+eng", dpi: int = 300, *, tables: bool = True) -> OcrResult:
    """OCR one page image with Tesseract; lines (and ruled tables) in reading order, text normalised.

    The page is first made ready (`ocr_prepare`: stamp and signature colours
    dropped) and levelled when the scan is turned
    (`OcrResult.angle`; boxes are then in the levelled page's frame).  With
    `tables`, ruled tables are found and read cell by cell.  Numbers are read
    again by their digit shapes (`extractors.ocr.digits`: the Thai model
    confuses ๔ ๖ ๘ ๙ with ๕ ๒).  Check `ocr_available(languages)` first:
    without tesseract or its language data this raises pytesseract's
    TesseractNotFoundError / TesseractError.
    """
    from .digits import reread_digits
    from .tables import find_tables

    image = prepare(image)
    found = find_tables(image, dpi) if tables else None
    table_words: list[_Word] = []
    ocr_tables: list[OcrTable] = []
    angle, digits = 0.0, 0
    if found is not None and found.angle:
        angle = found.angle
        image = found.image  # deskewed, with or without tables
    if found is not None and found.tables:
        ocr_tables, table_words, digits = read_tables(found, languages, dpi)
        image = paint_out(found.image, found.tables, margin=max(2, dpi // 100))
    raw_lines = read_lines(image, languages, dpi, PAGE_SEGMENTATION_MODE)
    raw_lines = merge_split_lines(image, raw_lines, languages, dpi)
    digits += reread_digits(image, raw_lines)
    words = [w for line in raw_lines for w in line.words] + table_words
    mean = sum(w.confidence for w in words) / len(words) if words else 0.0
    return OcrResult(
        lines=raw_lines_to_ocr_lines(raw_lines),
        mean_confidence=mean,
        tables=ocr_tables,
        angle=angle,
        digits_reread=digits,
    )
