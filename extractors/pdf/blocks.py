"""Lines into paragraph blocks, with the cues later stages use for headings.

Consecutive lines form one paragraph unless something says a new one starts:
a change of font size or weight, a vertical gap clearly wider than the page's
usual line pitch, a first-line indent, a numbering label ("1.", "๑.", "(3)",
"ข้อ ๒", "ก."), or a previous line that stopped well short of the right edge.
Whether a block is a heading is not decided here; a numbered block is a
"list_item", everything else a "paragraph".

Each block's `raw_text` is its lines as the PDF gave them (joined by line
breaks) and `text` the normalised paragraph with wraps joined.  Text is kept
free of Private Use Area code points: mapped by `normalise`, anything left is
stripped and counted in `BlockBuilder.pua_stripped`.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from ..model import Block, ReadBy
from ..ocr.correct import correct_line
from ..thai.nlp import word_tokenize
from ..thai.normalise import join_lines, normalise, pua_share, strip_pua
from ..thai.text_quality import dictionary_share
from ..thai.validity import invalid_count
from .lines import SAME_LINE, Line

_DIGIT = "[0-9๐-๙]"
NUMBERING = re.compile(
    rf"^(?:(?:ข้อ(?:ที่)?|มาตรา)\s*{_DIGIT}+(?:\.{_DIGIT}+)*"  # ข้อ ๒, ข้อที่ 3, ข้อ 2.1, มาตรา ๕
    rf"|{_DIGIT}{{1,3}}(?:\.{_DIGIT}{{1,3}})*[.)]?(?=\s|$)"  # 1.  1.2  1.2.3  1)  (a bare "1.1 ")
    rf"|\({_DIGIT}{{1,3}}\)"  # (3)
    r"|[ก-ฮ][.)](?=\s)|\([ก-ฮ]\)"  # ก.  ข)  (ค)
    r"|[a-zA-Z][.)](?=\s)"  # a.  b)
    r"|[•●○▪■◆❖➢✓\uf0b7\uf0a7\uf0d8])"  # bullets (incl. Symbol/Wingdings PUA bullets)
)
BARE_NUMBER = re.compile(rf"^{_DIGIT}{{1,3}}(?=\s)")  # "1 text": only a label if it is not "2566 ..."

SIZE_CHANGE = 0.9  # points: lines differing more than this in size are different blocks
GAP_EXTRA = 0.2  # x size: pitch beyond the page's usual pitch that separates paragraphs
INDENT = 0.8  # x size: a line starting this far right of the previous one is a first line
SHORT_LINE = 1.0  # x size: room left on a line (beyond the next line's first word) that shows it ended
HANGING = 5.0  # x size: continuation lines of a numbered item may be indented this much


def numbering_of(text: str) -> str | None:
    """The numbering label a line starts with, as rendered, or None."""
    m = NUMBERING.match(text)
    if not m:
        return None
    label = m.group(0)
    if BARE_NUMBER.match(label + " ") and not label.endswith((".", ")")) and "." not in label:
        return None  # a bare number ("2566 ...", "15 คน") is not a list label
    return label


@dataclass
class BlockBuilder:
    """Makes blocks for one document; counts what it had to strip."""

    source: str
    pua_stripped: int = 0
    ocr_corrections: int = 0  # dictionary-proven mark corrections of OCR text (extractors.ocr.correct)
    ocr_noise_lines: int = 0  # OCR lines dropped as noise (photos, stamps, handwriting): `is_ocr_noise`

    def lines_to_blocks(self, lines: list[Line], *, page: int | None, read_by: ReadBy) -> list[Block]:
        if read_by == "ocr":
            kept = [line for line in lines if not is_ocr_noise(line)]
            self.ocr_noise_lines += len(lines) - len(kept)
            lines = kept
        groups = group_paragraphs(lines)
        return [self.group_to_block(g, page=page, read_by=read_by) for g in groups]

    def group_to_block(self, lines: list[Line], *, page: int | None, read_by: ReadBy) -> Block:
        raw = "\n".join(line.text for line in lines)
        text = normalise(join_lines(line.text for line in lines))
        if read_by == "ocr":
            text, fixes = correct_line(text)
            self.ocr_corrections += fixes
        if pua_share(text) > 0:
            stripped = strip_pua(text)
            self.pua_stripped += len(text) - len(stripped)
            text = stripped
        numbering = numbering_of(text)
        weights: Counter[float] = Counter()
        for line in lines:
            weights[line.size] += line.glyphs
        return Block(
            kind="list_item" if numbering else "paragraph",
            text=text,
            raw_text=raw,
            source=self.source,
            page=page,
            bbox=(
                round(min(ln.x0 for ln in lines), 2),
                round(min(ln.top for ln in lines), 2),
                round(max(ln.x1 for ln in lines), 2),
                round(max(ln.bottom for ln in lines), 2),
            ),
            bold=all(line.bold for line in lines),
            font_size=weights.most_common(1)[0][0],
            numbering=numbering,
            read_by=read_by,
        )


NOISE_CONFIDENCE = 80.0  # an OCR line below this confidence (or too short to judge by words)...
NOISE_DICTIONARY = 0.8  # ...with fewer dictionary words than this share, or any line with fewer than...
NOISE_GARBAGE = 0.6  # ...this share...


def is_ocr_noise(line: Line) -> bool:
    """...that also holds a sequence Thai never has is not text read right: a photo, a poster,
    handwriting or a stamp read as letters ("นายกิตดิชัยมศรีี VA [๓", "จ5อ๑6๒๑นิ").
    A line of real text with a slip keeps its place: its words are dictionary words."""
    if not invalid_count(normalise(line.text)):
        return False
    share = dictionary_share(line.text)
    unsure = line.confidence is None or line.confidence < NOISE_CONFIDENCE
    if share is None:  # too little Thai to judge by words: judge by Tesseract's confidence
        return unsure
    return share < NOISE_GARBAGE or (unsure and share < NOISE_DICTIONARY)


def group_paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Split lines (top to bottom) into paragraphs."""
    if not lines:
        return []
    pitch = usual_pitch(lines)
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    groups: list[list[Line]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:]):
        if starts_paragraph(prev, line, groups[-1][0], pitch=pitch, left=left, right=right):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def usual_pitch(lines: list[Line]) -> dict[float, float]:
    """Median baseline-to-baseline distance of consecutive same-size lines, per size."""
    by_size: dict[float, list[float]] = {}
    for prev, line in zip(lines, lines[1:]):
        if prev.size == line.size:
            by_size.setdefault(line.size, []).append(line.baseline - prev.baseline)
    return {size: statistics.median(d) for size, d in by_size.items()}


def first_word_width(line: Line) -> float:
    """Width of the line's first word: the text before its first space, or for
    Thai (written without spaces between words, wrapped at word boundaries) its
    first dictionary word, by its share of the characters."""
    chunk = line.text.split(" ", 1)[0]
    if not chunk or not ("\u0e01" <= chunk[0] <= "\u0e5b"):
        return line.lead_width
    words = word_tokenize(chunk)
    first = words[0] if words else chunk
    return line.lead_width * len(first) / len(chunk)


def starts_paragraph(
    prev: Line, line: Line, first: Line, *, pitch: dict[float, float], left: float, right: float
) -> bool:
    size = max(prev.size, line.size)
    if abs(prev.size - line.size) > SIZE_CHANGE or prev.bold != line.bold:
        return True
    if line.baseline < prev.baseline - SAME_LINE * size:
        return True  # back up the page: the next box of a side-by-side grid
    usual = pitch.get(line.size, 1.5 * line.size)
    if line.baseline - prev.baseline > usual + GAP_EXTRA * size:
        return True
    if numbering_of(line.text):
        return True
    if prev.x1 < right - SHORT_LINE * size and first_word_width(line) < right - prev.x1 - SHORT_LINE * size:
        return True  # the next line's first word would have fitted: the line ended on purpose
    if line.x0 > prev.x0 + INDENT * size:
        # A first-line indent starts a paragraph, unless this continues a
        # numbered item whose wrapped lines hang under its text.
        hanging = numbering_of(first.text) and line.x0 <= first.x0 + HANGING * size
        return not hanging
    return False
