"""How close extracted text is to the source text: the measure used by tests and bench.

`char_accuracy(reference, extracted)` is 1 - (Levenshtein edits / reference
length), computed after removing all whitespace (line breaks and spacing are
layout, not content) and folding Thai digits to ASCII (fonts draw either for
the same code point in some government PDFs).  1.0 is a perfect read.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from extractors.thai.script import to_arabic_digits

_SPACE = re.compile(r"\s+")


def comparable(text: str) -> str:
    return to_arabic_digits(_SPACE.sub("", text))


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


def passage_accuracy(passage: str, page_text: str) -> float:
    """1 - edits / passage length, against the best-matching stretch of `page_text`.

    The passage is a region of the page typed from its image; the reader's text
    of the whole page may hold more.  Semi-global alignment: the passage must
    be matched whole, the page's text may start and end anywhere (free ends).
    Whitespace removed and Thai digits folded, as in `char_accuracy`; dots,
    ellipses, brackets and list bullets (•, ● ...) are not significant either:
    the typists of the passages leave out dot leaders and bullets and vary
    brackets.
    """
    ref, got = _passage_comparable(passage), _passage_comparable(page_text)
    if not ref:
        return 1.0
    if not got:
        return 0.0
    return max(0.0, 1.0 - _best_substring_distance(ref, got) / len(ref))


_NOT_SIGNIFICANT = re.compile(r"[.…()\[\]{}•●○▪■◆❖➢]")


def _passage_comparable(text: str) -> str:
    return _NOT_SIGNIFICANT.sub("", comparable(text))


def _best_substring_distance(ref: str, text: str) -> int:
    """Least Levenshtein distance between `ref` and any substring of `text`.

    One row per character of `ref`, vectorised over `text` with numpy; the
    insertion chain along a row is a running minimum of (cost - column).
    """
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    columns = np.arange(len(text) + 1, dtype=np.int64)
    row = np.zeros(len(text) + 1, dtype=np.int64)  # free start anywhere in the text
    for i, char in enumerate(ref, start=1):
        substitute = row[:-1] + (codes != ord(char))
        best = np.empty_like(row)
        best[0] = i
        best[1:] = np.minimum(substitute, row[1:] + 1)
        row = np.minimum.accumulate(best - columns) + columns
    return int(row.min())
