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
        (?:ส่วนที่|ตอนที่|หัวข้อที่|บทที่)\s*[0-9๐-๙]{1,2}\s*[.:)]?                         # ส่วนที่ ๑
      | (?:ข้อ(?:ที่)?\s*)?[\(\[]?\s*[0-9๐-๙]{1,2}(?:\s*[.\-]\s*[0-9๐-๙]{1,2})*\s*[.)\]:]?  # 1.  ๑.  ข้อ ๒  (3)  4)  2.1
      | [\(\[]?[ก-ฮ][.)\]]                                                          # ก.  (ข)
      | [IVX]{1,5}[.)](?=\s)                                                        # I.  IV)
      | [•·○●◦▪■□➢➤►✓✔\-–—*]                                                       # bullets
    )\s*""",
    re.VERBOSE,
)
# "Background / ความเป็นมา": an English name in front of the Thai heading.
# "ความเป็นมาและหลักการเหตุผล (Background and Rationale)": an English gloss after it.
_ENGLISH_SUFFIX = re.compile(r"\s*\(\s*[A-Za-z][A-Za-z &/,.'-]{1,60}\)\s*:?\s*$")
_ENGLISH_PREFIX = re.compile(r"^[A-Za-z][A-Za-z &,()'-]{1,40}?\s*[/|:]\s*(?=[\u0e00-\u0e7f])")
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


# Numbering schemes: (name, pattern).  The value is the item's position, so
# "ค." (3rd letter) followed by "ง." reads as the next item of the same list.
_SCHEMES = (
    ("part", re.compile(r"^\s*(?:ส่วนที่|ตอนที่|หัวข้อที่|บทที่)\s*([0-9๐-๙]{1,2})")),
    ("roman", re.compile(r"^\s*([IVX]{1,5})[.)]\s")),
    ("kho", re.compile(r"^\s*ข้อ(?:ที่)?\s*([0-9๐-๙]{1,2})(?![0-9๐-๙.])")),
    ("paren", re.compile(r"^\s*\(\s*([0-9๐-๙]{1,2})\s*\)")),
    ("rparen", re.compile(r"^\s*([0-9๐-๙]{1,2})\s*\)")),
    ("dot", re.compile(r"^\s*([0-9๐-๙]{1,2})\s*\.(?![0-9๐-๙])")),
    ("letter-paren", re.compile(r"^\s*\(([ก-ฮ])\)")),
    ("letter-dot", re.compile(r"^\s*([ก-ฮ])\.(?![ก-ฮ])")),
)
_THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"


def _roman_to_int(token: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for i, ch in enumerate(token):
        v = values[ch]
        total += -v if i + 1 < len(token) and values[token[i + 1]] > v else v
    return total


def numbering_of(text: str) -> tuple[str, int] | None:
    """("dot", 4) for "4. …" or "๔. …", ("letter-dot", 3) for "ค. …", None when unnumbered."""
    for name, pattern in _SCHEMES:
        m = pattern.match(text)
        if m:
            token = m.group(1)
            if name == "roman":
                return name, _roman_to_int(token)
            if name.startswith("letter"):
                # ฃ and ฅ are obsolete and skipped by Thai list numbering.
                return (name, _THAI_LETTERS.index(token) + 1) if token in _THAI_LETTERS else None
            return name, int(token.translate(_THAI_DIGITS))
    return None


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
    """Spaces removed, Thai digits folded, Latin lower-cased: the form headings are compared in."""
    return _SPACE.sub("", text).translate(_THAI_DIGITS).lower()


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


def match_heading(line: Line, rubric: Rubric, form: str | None = None) -> HeadingMatch | None:
    """The heading this line is, or None.  `form` is the file's kind (form1..form5, report, ...)."""
    body, numbered = strip_numbering(line.text)
    body = _ENGLISH_SUFFIX.sub("", _ENGLISH_PREFIX.sub("", body))
    if not body or body[0] in "([\"'“":
        return None  # instructions in parentheses, quotations
    if in_data_table_row(line):
        return None
    key_text = compact(body)
    for entry in _entries(rubric):
        if key_text.startswith(entry.compact):
            rest = _cut_after(body, len(entry.compact))
            return _decide(line, entry, rest, numbered)
    return _match_by_vocabulary(line, body, numbered, rubric, form)


def in_data_table_row(line: Line) -> bool:
    """A cell of a 3+-column row is a data table's header or value ("ลำดับ | กิจกรรม |
    ระยะเวลา | ผู้รับผิดชอบ", "ตัวชี้วัด | ก่อน | หลัง"), not a form label - except the
    label of a numbered form row "1 | หลักการและเหตุผล | <content>"."""
    if (line.row_cells or 0) <= 2:
        return False
    return not (line.row_numbered and line.cell_index == 1)


MAX_VOCABULARY_HEADING_CHARS = 48


def _match_by_vocabulary(line: Line, body: str, numbered: bool, rubric: Rubric, form: str | None) -> HeadingMatch | None:
    """A short heading made only of one section's words, in an order the lexicon lacks.

    "ที่มาและเหตุผล", "บทนำ/ความเป็นมา", "การดำเนินงาน/ขั้นตอน", "ผลการดำเนินงานที่เกิดขึ้นจริง":
    every word (PyThaiNLP) is in that section's vocabulary (rubric `heading_vocabulary`),
    at least one is a core word, none is forbidden, and the qualifiers the section
    requires are there.  Needs a heading cue or a trailing colon: a bare sentence
    fragment is not enough.
    """
    text = body.strip().rstrip(":：").strip()
    cue = numbered or bool(line.bold) or line.kind == "heading" or line.outline_level is not None or line.in_label_cell
    if not text or len(text) > MAX_VOCABULARY_HEADING_CHARS or not (cue or body.rstrip().endswith((":", "："))):
        return None
    words = vocabulary_words(text)
    if not words:
        return None
    found = [key for key, vocab in rubric.heading_vocabulary.items() if vocab.accepts(words, form)]
    if len(found) != 1:
        return None  # no section, or ambiguous between two: not a heading we can name
    return HeadingMatch(found[0], text, "", numbered, inline=False)


_VOCAB_SPLIT = re.compile(r"[\s/,()\-–—:：&]+")


@lru_cache(maxsize=4096)
def vocabulary_words(text: str) -> tuple[str, ...]:
    from extractors.thai_nlp import word_tokenize

    words: list[str] = []
    for chunk in _VOCAB_SPLIT.split(text.lower()):
        if chunk:
            words.extend(w for w in word_tokenize(chunk) if w.strip())
    return tuple(words)


def is_terminator(line: Line, rubric: Rubric) -> bool:
    """A signature line ("ลงชื่อ ……… ผู้เสนอโครงการ"): it ends any open section."""
    text = compact(line.text)
    return any(text.startswith(compact(t)) for t in rubric.terminators)


MAX_UNKNOWN_HEADING_CHARS = 60


def continues_heading_list(line: Line, heading_numbering: tuple[str, int] | None) -> bool:
    """A short line numbered as the next item(s) of the open section's heading list.

    "(๓) จุดประสงค์" then "(๔) พื้นที่ดำเนินการ": the (๔) line is the next heading even
    though the lexicon does not know its title, so the section before it ends.
    """
    if heading_numbering is None:
        return False
    mine = numbering_of(line.text)
    if mine is None or mine[0] != heading_numbering[0]:
        return False
    short = len(line.text) <= MAX_UNKNOWN_HEADING_CHARS or ":" in line.text[:MAX_UNKNOWN_HEADING_CHARS]
    return short and heading_numbering[1] < mine[1] <= heading_numbering[1] + 2


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
