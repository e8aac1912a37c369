"""Recognise section headings in a line of Thai form text.

A heading is a line that *starts* with a lexicon entry (after its numbering:
"1.", "๑.", "ข้อ ๒", "(3)", "4)", bullets) and then either ends, goes on after a
colon ("หัวข้อ : เนื้อหา"), or adds only a few words while the line carries a
heading cue (numbering, bold, a Word heading style, a form's label cell).
A sentence that merely mentions a section's name ("โครงการนี้มีวัตถุประสงค์เพื่อ…",
"วัตถุประสงค์ของโครงการนี้คือการลดขั้นตอน…") is not a heading.

Matching is done on characters with spaces removed, longest entry first, not on
word tokens: Thai segmenters move token boundaries with context (a heading glued
to the next word segments differently), while the spelling of a heading does
not.  Longest-first with anchoring at the line start is also what keeps
"ผลการดำเนินงาน" (actual results) from matching "การดำเนินงาน" (actions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lines import Line
from .rubric import Rubric

OTHER = "other"

# Numbering in front of a heading.  Thai and Arabic digits, "ข้อ", Thai letter
# items ("ก.", "(ข)"), parentheses, dots, and common bullet glyphs.
_NUMBERING = re.compile(
    r"""^\s*(?:
        (?:ข้อ(?:ที่)?\s*)?[\(\[]?\s*[0-9๐-๙]{1,2}(?:\s*[.\-]\s*[0-9๐-๙]{1,2})*\s*[.)\]:]?  # 1.  ๑.  ข้อ ๒  (3)  4)  2.1
      | [\(\[]?[ก-ฮ][.)\]]                                                          # ก.  (ข)
      | [•·○●◦▪■□➢➤►✓✔\-–—*]                                                       # bullets
    )\s*""",
    re.VERBOSE,
)
_SEPARATOR = re.compile(r"^\s*[:：\-–—]\s*")
_SPACE = re.compile(r"\s+")
# What may follow a heading in the same line without making it a sentence.
MAX_HEADING_TAIL_CHARS = 24


@dataclass(frozen=True)
class HeadingMatch:
    key: str  # a section key, or "other"
    entry: str  # the lexicon entry matched
    rest: str  # text after the heading on the same line (its inline content), may be ""
    numbered: bool
    inline: bool  # "heading : content" on one line


@dataclass(frozen=True)
class _Entry:
    key: str
    text: str
    compact: str


@lru_cache(maxsize=16)
def _entries(rubric: Rubric) -> tuple[_Entry, ...]:
    entries = [
        _Entry(key, h, compact(h)) for key, rule in rubric.sections.items() for h in rule.headings
    ] + [_Entry(OTHER, h, compact(h)) for h in rubric.other_headings]
    return tuple(sorted(entries, key=lambda e: len(e.compact), reverse=True))


def compact(text: str) -> str:
    """Spaces removed and Thai digits folded: the form headings are compared in."""
    return _SPACE.sub("", text).translate(_THAI_DIGITS)


_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def strip_numbering(text: str) -> tuple[str, bool]:
    m = _NUMBERING.match(text)
    if m and m.end() > 0 and m.group(0).strip():
        return text[m.end() :], True
    return text.lstrip(), False


def _cut_after(text: str, compact_len: int) -> str:
    """The part of `text` after its first `compact_len` non-space characters."""
    seen = 0
    for i, ch in enumerate(text):
        if not ch.isspace():
            seen += 1
            if seen == compact_len:
                return text[i + 1 :]
    return ""


def match_heading(line: Line, rubric: Rubric) -> HeadingMatch | None:
    body, numbered = strip_numbering(line.text)
    if not body or body[0] in "([\"'“":
        return None  # instructions in parentheses, quotations
    key_text = compact(body)
    for entry in _entries(rubric):
        if key_text.startswith(entry.compact):
            rest = _cut_after(body, len(entry.compact))
            return _decide(line, entry, rest, numbered)
    return None


def _decide(line: Line, entry: _Entry, rest: str, numbered: bool) -> HeadingMatch | None:
    sep = _SEPARATOR.match(rest)
    if sep:
        content = rest[sep.end() :].strip()
        return HeadingMatch(entry.key, entry.text, content, numbered, inline=bool(content))
    tail = rest.strip()
    if not tail:
        return HeadingMatch(entry.key, entry.text, "", numbered, inline=False)
    cue = numbered or bool(line.bold) or line.kind == "heading" or line.outline_level is not None or line.in_label_cell
    if cue and len(tail) <= MAX_HEADING_TAIL_CHARS and not tail.endswith(("ดังนี้", "ดังนี้:")):
        # "วัตถุประสงค์ของโครงการ (Objectives)", "หลักการและเหตุผล/ความเป็นมา": still a heading.
        return HeadingMatch(entry.key, entry.text + " " + tail, "", numbered, inline=False)
    return None


def is_structural_heading(line: Line) -> bool:
    """A line that is a heading by its form even if not in the lexicon: it ends a section.

    Word heading styles / outline levels, and first cells of form rows.
    """
    return line.kind == "heading" or line.outline_level is not None
