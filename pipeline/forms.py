"""Recognise which form (แบบฟอร์ม 1–5) or evidence type a file is.

Patterns are rubric data (`forms:`): tried on the file name first, then on the
first lines of the file's text.  Photos are recognised by format.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from extractors.model import Document

from .rubric import Rubric
from .rubric_config import RequiredForm

UNKNOWN, PHOTO = "unknown", "photo"
TITLE_LINES = 8  # how many leading lines of text may carry the form's title


def classify_file(doc: Document, rubric: Rubric) -> str:
    if doc.format == "image":
        return PHOTO
    name = Path(doc.path).stem
    for kind, patterns in rubric.forms.items():
        if any(p.search(name) for p in patterns):
            return kind
    if not doc.ok:
        return UNKNOWN
    head = [b.text for b in doc.blocks if b.kind != "table" and b.text.strip()][:TITLE_LINES]
    for line in head:
        for kind, patterns in rubric.forms.items():
            if any(p.search(line.strip()) for p in patterns):
                return kind
    return UNKNOWN


def missing_forms(kinds: list[str], required: Sequence[RequiredForm]) -> list[RequiredForm]:
    """The rubric's required forms (``indicators.<id>.required_forms``) no file was recognised as.

    A requirement is met when any file's kind is one of its ``any_of``.
    """
    have = set(kinds)
    return [req for req in required if not have & set(req.any_of)]
