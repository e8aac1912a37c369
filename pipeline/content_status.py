"""Judge a section's body: ok, empty, placeholder (unfilled template) or too short.

Words are counted with PyThaiNLP (offline, nlpo3 engine); punctuation and
lone symbols are not words.  Placeholder patterns and the minimum word count
come from the rubric.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.thai_nlp import word_tokenize

from .headings import strip_numbering
from .rubric import Rubric, SectionRule

OK, EMPTY, PLACEHOLDER, TOO_SHORT, MISSING = "ok", "empty", "placeholder", "too_short", "missing"
# Better statuses first: used to choose the fullest occurrence of a section.
STATUS_RANK = {OK: 4, TOO_SHORT: 3, PLACEHOLDER: 2, EMPTY: 1, MISSING: 0}

_WORDLIKE = re.compile(r"[0-9A-Za-z\u0e01-\u0e4e\u0e50-\u0e59]")


@dataclass(frozen=True)
class BodyVerdict:
    status: str
    words: int  # words outside placeholder lines
    text: str  # the body with placeholder lines removed


def is_placeholder_line(line: str, rubric: Rubric) -> bool:
    """Template fill only: "……", "(ระบุ…)", "[กรอกข้อมูล]", "-"; also after a list number ("1. ……")."""
    stripped = line.strip()
    if any(p.search(stripped) for p in rubric.placeholder_patterns):
        return True
    unnumbered, numbered = strip_numbering(stripped)
    return numbered and any(p.search(unnumbered.strip()) for p in rubric.placeholder_patterns)


def count_words(text: str) -> int:
    return sum(1 for t in word_tokenize(text) if _WORDLIKE.search(t))


def judge_body(lines: list[str], rule: SectionRule, rubric: Rubric) -> BodyVerdict:
    lines = [ln.strip() for ln in lines if ln.strip()]
    if not lines:
        return BodyVerdict(EMPTY, 0, "")
    content = [ln for ln in lines if not is_placeholder_line(ln, rubric)]
    if not content:
        return BodyVerdict(PLACEHOLDER, 0, "")
    text = "\n".join(content)
    words = count_words(text)
    if words < rule.min_words:
        return BodyVerdict(TOO_SHORT, words, text)
    return BodyVerdict(OK, words, text)
