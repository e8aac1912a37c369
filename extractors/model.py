"""The one document model every extractor produces.

A file becomes a `Document`: ordered `Block`s (heading, paragraph, list item,
table) with the cues later steps use to find headings, plus one `PageInfo` per
page saying how that page was read.  Every block keeps its provenance: source
file, page, position, the raw extracted text and the cleaned (normalised) text.

Problems that do not stop reading (a page that needed OCR, a wrong file
extension) are `Notice`s on the document; a file that cannot be read at all has
`error` set and no blocks.  Nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table"]
Region = Literal["body", "header", "footer"]
FileFormat = Literal["docx", "pdf", "image", "doc", "other"]

# How a page's text was obtained.
#   docx        - read from the Word XML (no pages in the file; page is None)
#   text_layer  - the PDF's own text, glyph by glyph
#   actual_text - the PDF's /ActualText replacements for marked-content spans
#   repaired    - the PDF's own text, with glyphs its font map got wrong mended from
#                 the embedded font (and proven better by the dictionary): see PageInfo.note
#   ocr         - Tesseract (tha+eng) on the rendered page
#   none        - nothing read: image-only page without OCR, or unreadable
ReadBy = Literal["docx", "text_layer", "repaired", "actual_text", "ocr", "none"]


@dataclass
class Cell:
    """One table cell.  Merged cells appear once, with their span."""

    blocks: list[Block] = field(default_factory=list)
    row_span: int = 1
    col_span: int = 1

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks if b.text)

    @property
    def raw_text(self) -> str:
        return "\n".join(b.raw_text for b in self.blocks if b.raw_text)


@dataclass
class Block:
    kind: BlockKind
    text: str  # cleaned: Thai-normalised, wraps joined
    raw_text: str  # as the file gave it, before normalisation
    source: str  # path of the file the block came from
    page: int | None = None  # 1-based; None for .docx (no fixed pages)
    bbox: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom (PDF points)
    region: Region = "body"  # page header/footer blocks are kept but marked
    style: str | None = None  # Word paragraph style name
    outline_level: int | None = None  # 0-based Word outline level / heading level - 1
    bold: bool | None = None  # all visible text bold
    font_size: float | None = None  # dominant size in points
    numbering: str | None = None  # list/numbering label as rendered: "1.", "๑.", "(3)", "ข้อ ๒"
    read_by: ReadBy = "text_layer"
    rows: list[list[Cell]] | None = None  # tables only

    @property
    def is_table(self) -> bool:
        return self.kind == "table"

    def table_text(self, *, raw: bool = False) -> str:
        """A table read row by row, cells left to right (label before content)."""
        lines = []
        for row in self.rows or []:
            cells = [(c.raw_text if raw else c.text).strip() for c in row]
            line = "\t".join(c for c in cells if c)
            if line:
                lines.append(line)
        return "\n".join(lines)


@dataclass
class PageInfo:
    number: int  # 1-based
    read_by: ReadBy
    quality: float | None = None  # share of Thai text in dictionary words, 0..1 (None: no Thai text)
    ocr_confidence: float | None = None  # Tesseract mean word confidence 0..100, when OCR was used
    invalid: int | None = None  # character sequences Thai never has (extractors.thai.validity), text layers only
    note: str | None = None  # short English reason, e.g. "no text layer", "PUA residue 12%"


@dataclass
class Notice:
    """A problem that did not stop reading the file, or the reason it stopped."""

    code: str  # stable, snake_case, see extractors.errors.CODES
    message_th: str
    message_en: str
    page: int | None = None

    @property
    def message(self) -> str:
        return f"{self.message_th} ({self.message_en})"


@dataclass
class Document:
    path: str
    format: FileFormat
    blocks: list[Block] = field(default_factory=list)
    pages: list[PageInfo] = field(default_factory=list)
    page_count: int | None = None
    notices: list[Notice] = field(default_factory=list)
    error: Notice | None = None  # set when the file could not be read at all

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def read_by(self) -> list[str]:
        """The distinct ways pages were read, in first-seen order."""
        seen: list[str] = []
        for p in self.pages:
            if p.read_by not in seen:
                seen.append(p.read_by)
        if not seen and self.format in ("docx", "doc") and self.ok:
            seen.append("docx")  # a .doc is read from the Word XML LibreOffice converted it to
        return seen

    def body_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.region == "body"]

    def text(self, *, include_headers: bool = False) -> str:
        """Plain text in reading order; tables row by row."""
        parts = []
        for b in self.blocks:
            if not include_headers and b.region != "body":
                continue
            parts.append(b.table_text() if b.is_table else b.text)
        return "\n".join(p for p in parts if p)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["read_by"] = self.read_by
        return d
