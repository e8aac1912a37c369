"""Tiny document model for the unseen test set.

Case data modules (unseen_cases_*.py) describe each document as a list of
blocks; make_unseen.py renders the blocks to .docx (and .pdf/.doc through
LibreOffice) and computes the ground truth from the *same* blocks, so the truth
never depends on reading any output back.

Body rule used for the truth: the body of a section heading is every text block
after it up to the next heading of any kind (section or not: H, L, form-table
label rows, signature blocks).  Paragraph texts are joined by "\n"; a table
inside a body contributes one line per row with its cells joined by "\t".
Page headers/footers are never part of a body.
"""

from dataclasses import dataclass, field
from typing import List, Optional

SECTIONS = ("rationale", "objectives", "actions", "expected_results", "actual_results")


@dataclass
class H:
    """A heading paragraph (section heading when sec is set, else a boundary)."""
    text: str
    sec: Optional[str] = None
    st: Optional[str] = None          # explicit status for placeholder/too_short
    style: Optional[str] = None       # e.g. "Heading 1" (Word built-in); None = direct formatting
    bold: bool = True
    underline: bool = False
    align: Optional[str] = None       # "center" | "right" | None
    size: Optional[float] = None
    indent_cm: float = 0.0


@dataclass
class P:
    """A body paragraph."""
    text: str
    indent_cm: float = 0.0            # left indent
    first_cm: float = 1.25            # first-line indent
    align: Optional[str] = "thai"     # "thai" (thaiDistribute) | "left" | "center" | "right"
    bold: bool = False
    size: Optional[float] = None


@dataclass
class L:
    """'label : content' on one line.  Label is a heading (boundary)."""
    label: str
    content: str
    sec: Optional[str] = None
    st: Optional[str] = None
    sep: str = " : "
    indent_cm: float = 0.0


@dataclass
class T:
    """A table inside running text (e.g. an action plan with months)."""
    rows: List[List[str]]
    widths_cm: Optional[List[float]] = None
    header_rows: int = 1
    size: float = 14
    shade_marks: bool = False         # shade cells that contain a mark (Gantt look)


@dataclass
class FR:
    """Form-table row: label | content.  Label is a heading (boundary)."""
    label: str
    content: str = ""
    sec: Optional[str] = None
    st: Optional[str] = None


@dataclass
class FRM:
    """Form-table row whose label spans the full width; the content is in the
    next FRC row (a heading whose content starts in the next table row)."""
    label: str
    sec: Optional[str] = None
    st: Optional[str] = None


@dataclass
class FRC:
    """Full-width content row that belongs to the preceding FRM label."""
    content: str = ""


@dataclass
class F:
    """Two-column form table built from FR/FRM/FRC rows."""
    rows: list
    widths_cm: List[float] = field(default_factory=lambda: [5.0, 11.0])
    size: float = 15


@dataclass
class Sig:
    """Signature block (boundary)."""
    lines: List[str]


@dataclass
class Img:
    """A picture (no text)."""
    key: str
    width_cm: float = 12.0


@dataclass
class PB:
    """Page break."""


@dataclass
class Doc:
    blocks: list
    font: str = "TH SarabunPSK"
    size: float = 16
    header: Optional[str] = None      # text; "{PAGE}" is replaced by a page field
    footer: Optional[str] = None
    header_align: str = "right"
    footer_align: str = "center"
    margins_cm: tuple = (2.5, 2.0, 2.5, 2.0)   # top, right, bottom, left  (Thai: left 3cm often)
    landscape: bool = False


@dataclass
class File:
    name: str                         # file stem (Thai allowed), no extension
    doc: Doc
    out: tuple = ("docx",)            # any of "docx", "pdf", "doc"


@dataclass
class Case:
    slug: str
    agency: str
    notes: str
    gaps: str
    files: List[File]
