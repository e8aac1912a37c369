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
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from statistics import median
from typing import TYPE_CHECKING

from .thai_normalise import normalise

if TYPE_CHECKING:
    from PIL.Image import Image

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
class OcrResult:
    lines: list[OcrLine]
    mean_confidence: float  # mean over all words, 0..100 (0 when nothing was read)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


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


def run_tesseract(image: Image, languages: str, dpi: int, psm: int) -> tuple[str, dict[str, list]]:
    """One Tesseract run: its plain text and its word table (as pytesseract.image_to_data's dict)."""
    from pytesseract import pytesseract as engine

    config = f"--psm {psm} --dpi {dpi} -c preserve_interword_spaces=1 -c tessedit_create_tsv=1"
    with engine.save(image) as (base, input_file):
        engine.run_tesseract(input_file, base, "txt", languages, config)
        text = Path(f"{base}.txt").read_text(encoding="utf-8")
        table = Path(f"{base}.tsv").read_text(encoding="utf-8")
    return text, engine.file_to_dict(table, "\t", -1)


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
    return _RawLine(words, " ".join(texts) if all(texts) else None)


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


def raw_lines_to_ocr_lines(lines: list[_RawLine]) -> list[OcrLine]:
    """Text of each line (spaces from gaps, then `normalise`), box and mean word confidence."""
    if not lines:
        return []
    body_height = median(w.height for line in lines for w in line.words)
    out = []
    for line in lines:
        text = normalise(line.text or words_to_line_text(line.words, body_height)).strip()
        if text:
            confidence = sum(w.confidence for w in line.words) / len(line.words)
            out.append(OcrLine(text, line.bbox, confidence))
    return out


def ocr_image(image: Image, languages: str = "tha+eng", dpi: int = 300) -> OcrResult:
    """OCR one page image with Tesseract; lines in reading order, text normalised.

    Check `ocr_available(languages)` first: without tesseract or its language
    data this raises pytesseract's TesseractNotFoundError / TesseractError.
    """
    raw_lines = read_lines(image, languages, dpi, PAGE_SEGMENTATION_MODE)
    raw_lines = merge_split_lines(image, raw_lines, languages, dpi)
    words = [w for line in raw_lines for w in line.words]
    mean = sum(w.confidence for w in words) / len(words) if words else 0.0
    return OcrResult(lines=raw_lines_to_ocr_lines(raw_lines), mean_confidence=mean)
