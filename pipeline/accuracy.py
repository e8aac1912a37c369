"""How close extracted text is to the source text: the measure used by tests and bench.

`char_accuracy(reference, extracted)` is 1 - (Levenshtein edits / reference
length), computed after removing all whitespace (line breaks and spacing are
layout, not content) and folding Thai digits to ASCII (fonts draw either for
the same code point in some government PDFs).  1.0 is a perfect read.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

_SPACE = re.compile(r"\s+")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def comparable(text: str) -> str:
    return _SPACE.sub("", text).translate(_THAI_DIGITS)


def char_accuracy(reference: str, extracted: str) -> float:
    ref, got = comparable(reference), comparable(extracted)
    if not ref:
        return 1.0 if not got else 0.0
    return max(0.0, 1.0 - Levenshtein.distance(ref, got) / len(ref))


def char_errors(reference: str, extracted: str) -> list[tuple[str, str, str]]:
    """The differing stretches, as (operation, reference text, extracted text), for reports."""
    ref, got = comparable(reference), comparable(extracted)
    out = []
    for op in Levenshtein.opcodes(ref, got):
        if op.tag != "equal":
            out.append((op.tag, ref[op.src_start : op.src_end], got[op.dest_start : op.dest_end]))
    return out
