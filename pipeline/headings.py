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
from dataclasses import dataclass, replace
from functools import lru_cache

from extractors.thai.script import TYPED_THAI_LETTERS, to_arabic_digits

from .lines import DIGIT, Line
from .rubric import HeadingVocabulary, Rubric, has_word, stem, with_stems

OTHER = "other"

# Numbering in front of a heading.  Thai and Arabic digits, "ข้อ", Thai letter
# items ("ก.", "(ข)"), parentheses, dots, and common bullet glyphs.
_NUMBERING = re.compile(
    r"""^\s*(?:
        (?:ส่วนที่|ตอนที่|หัวข้อที่|บทที่)\s*[0-9๐-๙]{1,2}\s*[.:)]?                         # ส่วนที่ ๑
      | (?:ข้อ(?:ที่)?\s*)?[\(\[]?\s*[0-9๐-๙]{1,2}(?:\s*[.\-]\s*[0-9๐-๙]{1,2})*\s*[.)\]:]?  # 1.  ๑.  ข้อ ๒  (3)  4)  2.1
      | [\(\[]?[ก-ฮ][.)\]](?:[0-9๐-๙]{1,2}[.)]?)?                                  # ก.  (ข)  ซ.๓ (๗.๓ read by OCR)
      | [IVX]{1,5}[.)](?=\s)                                                        # I.  IV)
      | [A-Za-z]{1,2}[.)](?=\s)                                                     # a.  lo.  (a Thai digit misread by OCR)
      | [•·○●◦▪■□➢➤►✓✔\-–—*]                                                       # bullets
    )\s*""",
    re.VERBOSE,
)
# "Background / ความเป็นมา": an English name in front of the Thai heading.
# "ความเป็นมาและหลักการเหตุผล (Background and Rationale)": an English gloss after it.
_ENGLISH_SUFFIX = re.compile(r"\s*\(\s*[A-Za-z][A-Za-z &/,.'-]{1,60}\)\s*:?\s*$")
_ENGLISH_PREFIX = re.compile(r"^[A-Za-z][A-Za-z &,()'-]{1,40}?\s*[/|:]\s*(?=[\u0e00-\u0e7f])")
_TRAILING_BLANK = re.compile(r"(?<=[^\s.…_])\s*[.…_]{4,}[\s.…_]*$")
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
    score: float = 1.0  # 1.0 for a lexicon entry as written; lower for a near spelling
    reason: str = "lexicon"  # what decided: lexicon / vocabulary / compound / near_spelling / english_gloss
    inferred: bool = False  # a heading that stands for the section only when nothing better names it
    tail: str = ""  # words after the entry that still belong to the heading line ("(Objectives)", "สิงหาคม 2564")
    lexicon: str = ""  # the rubric heading entry that decided, when one did


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
    ("letter-dot", re.compile(r"^\s*([ก-ฮ])\.(?![ก-ฮ0-9๐-๙])")),  # "ค.๑" is a sub-item of ค, not ค
)


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
                return (name, TYPED_THAI_LETTERS.index(token) + 1) if token in TYPED_THAI_LETTERS else None
            return name, int(to_arabic_digits(token))
    return None


_OUTLINE = re.compile(
    r"^\s*(?:(?:ข้อ(?:ที่)?|บทที่|ตอนที่|ส่วนที่)\s*)?([0-9๐-๙]{1,2}(?:\s*\.\s*[0-9๐-๙]{1,2})*)(?:\s*[.)]|\s|$)"
)


def outline_number(text: str) -> tuple[int, ...] | None:
    """(3,) for "3. …", "ข้อ ๓", "บทที่ 3"; (3, 2) for "3.2 …", "๓.๒.": None when not numbered so."""
    m = _OUTLINE.match(text)
    if not m:
        return None
    return tuple(int(to_arabic_digits(n.strip())) for n in m.group(1).split("."))


@dataclass(frozen=True)
class _Entry:
    key: str
    text: str
    compact: str
    inferred: bool = False


@lru_cache(maxsize=16)
def _entries(rubric: Rubric) -> tuple[_Entry, ...]:
    entries = (
        [_Entry(key, h, compact(h)) for key, rule in rubric.sections.items() for h in rule.headings]
        + [_Entry(key, h, compact(h), True) for key, rule in rubric.sections.items() for h in rule.inferred_headings]
        + [_Entry(OTHER, h, compact(h)) for h in rubric.other_headings]
    )
    return tuple(sorted(entries, key=lambda e: len(e.compact), reverse=True))


def compact(text: str) -> str:
    """Spaces removed, Thai digits folded, Latin lower-cased: the form headings are compared in."""
    return to_arabic_digits(_SPACE.sub("", text)).lower()


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


def match_heading(line: Line, rubric: Rubric, form: str | None = None, _restored: bool = False) -> HeadingMatch | None:
    """The heading this line is, or None.  `form` is the file's kind (form1..form5, report, ...).

    Tried in order, each a wider net than the one before: a lexicon entry at the
    line's start, a short line of one section's vocabulary, then - for a line
    with a heading cue - a compound heading split into its parts ("สภาพปัจจุบัน/
    หลักการและเหตุผล", "กระบวนการผลิตผลงาน หรือขั้นตอนการดำเนินงาน") and a near
    spelling of an entry (OCR: "ขึ้นตอนการดำเนินงาน"), a head phrase and its
    qualifiers, "การ" + a verb + an entry ("การตั้งเป้าหมาย").  An English gloss
    ("(expected outcome)", "Check Results") names the section when the Thai words
    do not, or name it only by a loose head.  Problems "before the change" are the
    rationale.  Last, a line that matched nothing is tried again with the tone
    marks OCR dropped put back on the rubric's words.
    """
    body, numbered = strip_numbering(line.text)
    unblanked = _TRAILING_BLANK.sub("", body)  # "ปัญหา/อุปสรรค……………": a heading with a blank to fill
    blank_field, body = unblanked != body, unblanked
    gloss = english_gloss(body)
    body = _ENGLISH_SUFFIX.sub("", _ENGLISH_PREFIX.sub("", body))
    if not body or body[0] in "([\"'“":
        return None  # instructions in parentheses, quotations
    if in_data_table_row(line):
        return None
    cue = heading_cue(line, numbered)
    match = _match_entry(body, numbered, rubric, cue)
    if match is None:
        match = _match_by_vocabulary(line, body, numbered, rubric, form)
    if match is None and cue:
        match = _match_parts(body, numbered, rubric, form)
    if match is None and cue:
        match = _match_by_head(body, numbered, rubric, form)
    if match is None and cue:
        match = _match_nominalised(body, numbered, rubric)
    if blank_field and match is not None and match.reason != "lexicon" and match.key != OTHER:
        return None  # "ผลผลิต ………": a form's field to fill in, named only by a loose word, is not a section
    if gloss and (match is None or match.key == OTHER or match.inferred):
        key = _vocabulary_section(gloss, rubric, form) or _english_head_section(gloss, rubric, form)
        if key is not None and key != OTHER:
            return HeadingMatch(key, gloss, "", numbered, inline=False, score=0.9, reason="english_gloss")
    if gloss and match is not None and match.reason == HEAD_WORDS:
        # "ผลที่มุ่งหวัง (Expected Outcomes)": the Thai head ("ผล") is loose, the gloss names the section whole
        key = _vocabulary_section(gloss, rubric, form)
        if key is not None and key not in (OTHER, match.key):
            return HeadingMatch(key, gloss, "", numbered, inline=False, score=0.9, reason="english_gloss")
    if cue and (match is None or match.key == OTHER):
        match = _match_before_change(body, numbered, rubric) or match
    if match is None and not _restored:
        return _match_tone_restored(line, body, rubric, form)
    return match


NOMINALISER = "การ"
MIN_VERB_CHARS, MAX_VERB_CHARS = 2, 8


def _match_nominalised(body: str, numbered: bool, rubric: Rubric) -> HeadingMatch | None:
    """ "การ" + one verb + a section's heading: the act of setting or writing that part.

    "การตั้งเป้าหมาย", "การกำหนดวัตถุประสงค์" (a QC story's "Target Setting", a plan's
    objectives).  The verb must be one word that no heading vocabulary knows: "การติดตาม
    ผลการดำเนินงาน" (monitoring, another part's word) and "การสรุปผล…" are not this rule's.
    Only the five sections' entries; a short tail may follow (MAX_HEADING_TAIL_CHARS).
    """
    text = body.strip().rstrip(":：").strip()
    flat = compact(text)
    if not flat.startswith(NOMINALISER) or len(text) > MAX_HEAD_HEADING_CHARS or DIGIT.search(text):
        return None
    rest = flat[len(NOMINALISER) :]
    known = _vocabulary_terms(rubric)
    for entry in _entries(rubric):
        if entry.key == OTHER:
            continue
        at = rest.find(entry.compact, MIN_VERB_CHARS)
        if at < 0 or at > MAX_VERB_CHARS or len(rest) - at - len(entry.compact) > MAX_HEADING_TAIL_CHARS:
            continue
        verb = rest[:at]
        if verb in known or stem(verb) in known or len(vocabulary_words(verb)) != 1:
            continue
        return HeadingMatch(
            entry.key, text, "", numbered, inline=False, score=HEAD_SCORE, reason=HEAD_WORDS, inferred=entry.inferred
        )
    return None


_ENGLISH_WORD = re.compile(r"[a-z]+")


def _english_head_section(gloss: str, rubric: Rubric, form: str | None) -> str | None:
    """The section an English gloss names by its head: English puts the head last ("Check Results",
    "Activity Plan"), so the last word decides when the words before it are not the vocabulary's
    ("check", "activity").  One section only; "Target Group" names none."""
    words = _ENGLISH_WORD.findall(gloss.lower())
    if len(words) < 2:
        return None
    return _vocabulary_section(words[-1], rubric, form)


def _match_before_change(body: str, numbered: bool, rubric: Rubric) -> HeadingMatch | None:
    """Another part's heading that is a section's once it says "before the change".

    "ปัญหาหรือความท้าทายก่อนการพัฒนา": problems are another part ("ปัญหาและอุปสรรค", met on the
    way), but the problems *before* the change are the rationale.  The line must start with
    the section's own words (its head) and hold one of its `before_change` words.
    """
    text, _, content = body.partition(":")  # "(๓) ปัญหาที่พบก่อนพัฒนา : ประชาชน…": a label and its content
    text, content = text.strip().rstrip("：").strip(), content.strip()
    if not text or len(text) > MAX_HEAD_HEADING_CHARS:
        return None
    words = vocabulary_words(text)
    for key, vocab in lexicon_vocabulary(rubric).items():
        if not vocab.before_change or not any(w in vocab.before_change for w in words):
            continue
        head, _ = _head_terms(compact(text), vocab.allowed - rubric.heading_connectors)
        if head:
            return HeadingMatch(key, text, content, numbered, inline=bool(content), score=HEAD_SCORE, reason=HEAD_WORDS)
    return None


TONE_MARKS = "\u0e48\u0e49\u0e4a\u0e4b"  # ่ ้ ๊ ๋
_NO_TONES = str.maketrans("", "", TONE_MARKS)
TONE_RESTORED_SCORE = 0.85


def _match_tone_restored(line: Line, body: str, rubric: Rubric, form: str | None) -> HeadingMatch | None:
    """The heading a line is once the tone marks OCR dropped are put back on the rubric's own words.

    Tesseract often loses a tone mark ("ทีมาและความจำเป็นของโครง การ", "สิงที่ได้ดำเนินการ",
    "ติดตัง"); the words are still the vocabulary's "ที่มา", "สิ่งที่".  The heading part of
    the line (before a colon) is re-spelt term by term where a term without its tone
    marks is exactly what the line has, then matched again; content after a colon is
    kept as written.  The match is reported as a near spelling.
    """
    label, colon, after = body.partition(":")
    if not label.strip() or len(label) > MAX_COMPOUND_HEADING_CHARS:
        return None
    restored = restore_tone_marks(compact(label), rubric)
    if restored == compact(label):
        return None
    lead = len(line.text) - len(line.text.lstrip())
    prefix = line.text[: lead + _numbering_length(line.text)]  # indentation and numbering as written
    again = match_heading(replace(line, text=prefix + restored + colon + after), rubric, form, _restored=True)
    if again is None:
        return None
    return replace(again, score=min(again.score, TONE_RESTORED_SCORE), reason="near_spelling")


def _numbering_length(text: str) -> int:
    m = _NUMBERING.match(text.lstrip())
    return m.end() if m and m.group(0).strip() else 0


def restore_tone_marks(flat: str, rubric: Rubric) -> str:
    """`flat` (compacted) with each run that is a known term less its tone marks spelt as the term."""
    index = _toneless_terms(rubric)
    if not index:
        return flat
    # one segment per base character, carrying the tone marks written after it
    segments: list[str] = []
    for ch in flat:
        if ch in TONE_MARKS and segments:
            segments[-1] += ch
        else:
            segments.append(ch)
    bare = "".join(seg[0] for seg in segments)
    longest = max(len(k) for k in index)
    out, i = [], 0
    while i < len(bare):
        for n in range(min(longest, len(bare) - i), MIN_TONELESS_TERM_CHARS - 1, -1):
            term = index.get(bare[i : i + n])
            if term is not None:
                out.append(term)
                i += n
                break
        else:
            out.append(segments[i])
            i += 1
    return "".join(out)


MIN_TONELESS_TERM_CHARS = 3


@lru_cache(maxsize=16)
def _toneless_terms(rubric: Rubric) -> dict[str, str]:
    """Every heading word and lexicon entry by its spelling without tone marks; a spelling two
    different terms share is left out (it cannot be restored to one)."""
    terms = set(_vocabulary_terms(rubric)) | {e.compact for e in _entries(rubric)} | set(rubric.heading_connectors)
    by_bare: dict[str, set[str]] = {}
    for term in terms:
        if len(term) >= MIN_TONELESS_TERM_CHARS:
            by_bare.setdefault(term.translate(_NO_TONES), set()).add(term)
    return {bare: next(iter(found)) for bare, found in by_bare.items() if len(found) == 1}


def heading_cue(line: Line, numbered: bool) -> bool:
    """Numbering, bold, a Word heading style or outline level, or a form's label cell."""
    return numbered or bool(line.bold) or line.kind == "heading" or line.outline_level is not None or line.in_label_cell


def english_gloss(body: str) -> str:
    """The English name written beside a Thai heading: "(Background and Rationale)", "Background /"."""
    suffix = _ENGLISH_SUFFIX.search(body)
    if suffix:
        return suffix.group(0).strip().strip("():： ").strip()
    prefix = _ENGLISH_PREFIX.match(body)
    return prefix.group(0).strip().rstrip("/|:").strip() if prefix else ""


def _match_entry(body: str, numbered: bool, rubric: Rubric, cue: bool) -> HeadingMatch | None:
    key_text = compact(body)
    for entry in _entries(rubric):
        if key_text.startswith(entry.compact):
            rest = _cut_after(body, len(entry.compact))
            return _decide(entry, rest, numbered, cue)
    return None


# Where a compound heading divides: "X/Y", "X | Y", "X และ/หรือ Y", "X หรือ Y".
_PART_SPLIT = re.compile(r"\s*(?:/|\||และ\s*/\s*หรือ|และหรือ|หรือ)\s*")
MAX_COMPOUND_HEADING_CHARS = 70
_PARENTHESISED = re.compile(r"\([^)]*\)?")
NEAR_SPELLING_MIN_CHARS = 8  # entries shorter than this must be spelt exactly


def _match_parts(body: str, numbered: bool, rubric: Rubric, form: str | None) -> HeadingMatch | None:
    """A heading line read part by part; the first part that names one of the five decides.

    "๗. กิจกรรมและหรือขั้นตอนการดำเนินการ/ระยะเวลา/สถานที่" is actions (its other
    parts are other headings' names); "สภาพปัจจุบัน/หลักการและเหตุผล" is rationale.
    Each part may also be a near spelling of an entry (OCR damage).
    """
    head, sep, rest = body.partition(":")
    head = _PARENTHESISED.sub(" ", head).strip()  # "(ไฟล์ …)", "(วิธีการ/กระบวนการ)": remarks, not parts
    if not head or len(head) > MAX_COMPOUND_HEADING_CHARS or DIGIT.search(head):
        return None  # a sentence or a list item ("… จำนวน 6 รูป/กิจกรรม"), not a heading's name
    parts = [p for p in _PART_SPLIT.split(head) if p.strip()]
    scored = [m for m in (_score_part(p, rubric, form) for p in parts) if m is not None]
    if not scored:
        return None
    for wanted in (lambda m: m.key != OTHER and not m.inferred, lambda m: m.key != OTHER, lambda m: True):
        chosen = [m for m in scored if wanted(m)]
        if chosen:
            best = chosen[0]
            reason = "compound" if len(parts) > 1 else best.reason
            content = rest.strip() if sep else ""
            return HeadingMatch(
                best.key,
                head,
                content,
                numbered,
                inline=bool(content),
                score=best.score,
                reason=reason,
                inferred=best.inferred,
                lexicon=best.lexicon,
            )
    return None


def _score_part(part: str, rubric: Rubric, form: str | None) -> HeadingMatch | None:
    """One part of a compound heading: a lexicon entry (with a short tail), its vocabulary, or a near spelling."""
    text = part.strip()
    key_text = compact(text)
    for entry in _entries(rubric):
        if key_text.startswith(entry.compact) and len(key_text) - len(entry.compact) <= MAX_HEADING_TAIL_CHARS:
            return HeadingMatch(entry.key, entry.text, "", False, False, inferred=entry.inferred, lexicon=entry.text)
    key = _vocabulary_section(text, rubric, form)  # the whole line is already heading-sized
    if key is not None:
        return HeadingMatch(key, text, "", False, False, score=0.9, reason="vocabulary")
    return near_spelling(key_text, rubric)


def near_spelling(key_text: str, rubric: Rubric) -> HeadingMatch | None:
    """The lexicon entry this text starts with, allowing one wrong character per eight.

    OCR and damaged text layers change a vowel or a tone mark ("ขึ้นตอนการดำเนินงาน",
    "ตัวขี้วัด"); the heading is still that entry.  Only entries of
    NEAR_SPELLING_MIN_CHARS or more, and only when one section is nearest.
    """
    from rapidfuzz.distance import Levenshtein

    best: list[tuple[int, _Entry, int]] = []
    for entry in _entries(rubric):
        n = len(entry.compact)
        if n < NEAR_SPELLING_MIN_CHARS:
            continue
        allowed = n // 8
        for cut in (n - 1, n, n + 1):
            if cut > len(key_text) or len(key_text) - cut > MAX_HEADING_TAIL_CHARS:
                continue
            d = Levenshtein.distance(entry.compact, key_text[:cut], score_cutoff=allowed)
            if d <= allowed:
                best.append((d, entry, cut))
    if not best:
        return None
    top = min(d for d, _, _ in best)
    nearest = {(e.key, e.inferred) for d, e, _ in best if d == top}
    if len(nearest) != 1:
        return None  # two sections equally near: not one we can name
    d, entry, _ = max((b for b in best if b[0] == top), key=lambda b: len(b[1].compact))
    return HeadingMatch(
        entry.key,
        entry.text,
        "",
        False,
        False,
        score=round(1 - d / len(entry.compact), 3),
        reason="near_spelling",
        inferred=entry.inferred,
        lexicon=entry.text,
    )


def in_data_table_row(line: Line) -> bool:
    """A cell of a 3+-column row is a data table's header or value ("ลำดับ | กิจกรรม |
    ระยะเวลา | ผู้รับผิดชอบ", "ตัวชี้วัด | ก่อน | หลัง"), not a form label - except the
    label of a numbered form row "1 | หลักการและเหตุผล | <content>"."""
    if (line.row_cells or 0) <= 2:
        return False
    return not (line.row_numbered and line.cell_index == 1)


MAX_VOCABULARY_HEADING_CHARS = 48


def _match_by_vocabulary(
    line: Line, body: str, numbered: bool, rubric: Rubric, form: str | None
) -> HeadingMatch | None:
    """A short heading made only of one section's words, in an order the lexicon lacks.

    "ที่มาและเหตุผล", "บทนำ/ความเป็นมา", "การดำเนินงาน/ขั้นตอน", "ผลการดำเนินงานที่เกิดขึ้นจริง":
    every word (PyThaiNLP) is in that section's vocabulary (rubric `heading_vocabulary`),
    at least one is a core word, none is forbidden, and the qualifiers the section
    requires are there.  Needs a heading cue or a trailing colon: a bare sentence
    fragment is not enough.
    """
    text = body.strip().rstrip(":：").strip()
    content = ""
    label, colon, after = text.partition(":")
    if colon and label.strip() and len(label) <= MAX_VOCABULARY_HEADING_CHARS:
        text, content = label.strip(), after.strip()  # "ปัญหาและสาเหตุโดยย่อ: หอผู้ป่วย…": a label and its content
    cue = heading_cue(line, numbered)
    if not text or not (cue or colon or body.rstrip().endswith((":", "："))):
        return None
    if len(text) > MAX_VOCABULARY_HEADING_CHARS:
        return None
    key = _vocabulary_section(text, rubric, form)
    if key is None:
        return None
    return HeadingMatch(key, text, content, numbered, inline=bool(content), score=0.9, reason="vocabulary")


MAX_HEAD_HEADING_CHARS = 60
HEAD_SCORE = 0.8
HEAD_WORDS = "head_words"  # the reason of a heading named only by its head phrase
MIN_QUALIFIER_CHARS = 3  # what follows a head is words, not a letter or two left of a damaged word


def _match_by_head(
    body: str, numbered: bool, rubric: Rubric, form: str | None, _part: bool = False
) -> HeadingMatch | None:
    """A heading whose head phrase names one section and whose other words qualify it.

    "สภาพปัญหาของพื้นที่และความจำเป็นที่ต้องดำเนินการ", "จุดมุ่งหมายของการฝึก",
    "ผลที่คาดว่าผู้ผ่านการฝึกจะได้รับ": a Thai heading names its subject first, then
    qualifies it with words no vocabulary can list ("ของพื้นที่", "ผู้ผ่านการฝึก").  The
    head is read from the line's start as the longest run of the section's heading
    words (matched on the characters, so a segmenter that cuts "กระบวนการพัฒนางาน"
    as "กระบวน|การพัฒนา|งาน" does not hide "กระบวนการ"); it must hold one of the
    section's core words, and the whole line must have a word the section requires
    and none it forbids.  (Inside an open section, a sub-item named so is
    body: see sections.find_sections.)  Only for a short line with a heading cue (numbered, bold,
    styled, a label cell) and no content after a colon; one section only (the
    longest head, when two qualify).
    """
    text = body.strip().rstrip(":：").strip()
    if not text or len(text) > MAX_HEAD_HEADING_CHARS or ":" in text or DIGIT.search(text):
        return None
    flat = compact(text)
    tokens = merge_terms(vocabulary_words(text), _vocabulary_terms(rubric))
    heads: list[tuple[int, str]] = []
    for key, vocab in lexicon_vocabulary(rubric).items():
        if key not in rubric.sections:
            continue  # the five sections only: an unknown part's heading is left to the rules that end a section
        head, length = _head_terms(flat, vocab.allowed)
        if 0 < len(flat) - length < MIN_QUALIFIER_CHARS:
            continue  # "วิธีกร": a damaged word, not a head and its qualifier (near spelling judges those)
        words = tuple(head) + tokens
        cores = [w for w in head if _is_core(w, vocab)]
        if not cores or any(has_word(vocab.forbidden, w) for w in words):
            continue
        if all(has_word(vocab.needs_subject, w) for w in cores) and not any(s in flat for s in rubric.heading_subjects):
            continue  # "ความสำคัญของหัวข้อเรื่อง": importance of something other than the project
        required = vocab.requires_any and form not in vocab.requires_any_except_forms
        if required and not any(has_word(vocab.requires_any, w) for w in words):
            continue
        heads.append((length, key))
    if not heads:
        return _match_conjoined_head(text, numbered, rubric, form) if not _part else None
    heads.sort(reverse=True)
    if len(heads) > 1 and heads[0][0] == heads[1][0]:
        return None  # two sections name the head equally: not one we can name
    return HeadingMatch(heads[0][1], text, "", numbered, inline=False, score=HEAD_SCORE, reason=HEAD_WORDS)


_AND = re.compile(r"\s*และ\s*")


def _match_conjoined_head(text: str, numbered: bool, rubric: Rubric, form: str | None) -> HeadingMatch | None:
    """A heading of two noun phrases joined by "และ" whose first names nothing: the second's head decides.

    "การคัดเลือกหัวข้อและเหตุผลในการเลือก" (a QC story's first step) holds the rationale,
    "สภาพปัญหาของพื้นที่และความจำเป็นที่ต้องดำเนินการ" too.  A first phrase that is another
    part's heading ("ระยะเวลาและสถานที่ดำเนินการ", "งบประมาณและแผนการใช้จ่าย") makes the
    line that part's, so nothing is named.
    """
    parts = [p for p in _AND.split(text) if p.strip()]
    if len(parts) < 2 or len(compact(parts[0])) > MAX_HEADING_TAIL_CHARS:
        return None  # "จัดเวทีร่วมกับสมาชิกกลุ่มเพื่อวิเคราะห์ปัญหาและความต้องการ": a step's sentence, not a name
    for i, part in enumerate(parts):
        if _names_other_part(part, rubric, form):
            return None
        if i == 0:
            continue
        match = _match_by_head(part, numbered, rubric, form, _part=True)
        if match is not None:
            return replace(match, entry=text)
    return None


def _names_other_part(part: str, rubric: Rubric, form: str | None) -> bool:
    """The phrase is a heading of a part other than the five ("ระยะเวลา", "กลุ่มเป้าหมาย", "งบประมาณ")."""
    if _vocabulary_section(part, rubric, form) == OTHER:
        return True
    vocab = lexicon_vocabulary(rubric).get(OTHER)
    if vocab is None:
        return False
    head, _ = _head_terms(compact(part), vocab.allowed)
    return any(has_word(vocab.core, w) for w in head)


MAX_TERM_CHARS = 24


def _is_core(word: str, vocab: HeadingVocabulary) -> bool:
    """A core word of the section, or a compound that starts with one and goes on with a
    word of the section ("ผลประโยชน์" = "ผล" + "ประโยชน์", "แผนงาน" = "แผน" + "งาน")."""
    if has_word(vocab.core, word):
        return True
    return any(
        word.startswith(core) and word[len(core) :] in vocab.allowed for core in vocab.core if len(core) < len(word)
    )


def _head_terms(flat: str, allowed: frozenset[str]) -> tuple[list[str], int]:
    """The longest run of `allowed` terms at the start of `flat` (longest term first at each step),
    and how many characters it covers."""
    terms, i = [], 0
    while i < len(flat):
        for n in range(min(MAX_TERM_CHARS, len(flat) - i), 0, -1):
            if flat[i : i + n] in allowed:
                terms.append(flat[i : i + n])
                i += n
                break
        else:
            break
    return terms, i


MAX_UNKNOWN_TAIL_WORDS = 2


_NAME_WORD = re.compile(r"[a-z0-9][a-z0-9.\-]*")


def _vocabulary_section(text: str, rubric: Rubric, form: str | None) -> str | None:
    """The one section (or "other") whose heading vocabulary accepts every word of `text`.

    Up to MAX_UNKNOWN_TAIL_WORDS trailing names in Latin letters may follow
    ("ผลลัพธ์ที่เกิดขึ้นจากการดำเนินงาน CoP", "… OTOP"): an acronym names the project,
    it does not point to another part.  (A Thai word the vocabulary lacks may
    change the meaning - "ความสำคัญของหัวข้อเรื่อง" - so it is not allowed.)
    """
    words = merge_terms(vocabulary_words(text), _vocabulary_terms(rubric))
    if not words:
        return None
    for cut in range(0, MAX_UNKNOWN_TAIL_WORDS + 1):
        head, tail = words[: len(words) - cut], words[len(words) - cut :]
        if len(head) < 1 or not all(_NAME_WORD.fullmatch(w) for w in tail):
            break
        found = [key for key, vocab in lexicon_vocabulary(rubric).items() if vocab.accepts(head, form)]
        if found:
            return found[0] if len(found) == 1 else None  # one section, or ambiguous between two
    return None


@lru_cache(maxsize=16)
def _vocabulary_terms(rubric: Rubric) -> frozenset[str]:
    vocabulary = lexicon_vocabulary(rubric)
    return frozenset().union(*(v.allowed for v in vocabulary.values())) if vocabulary else frozenset()


MIN_DERIVED_WORD_CHARS = 3


@lru_cache(maxsize=16)
def lexicon_vocabulary(rubric: Rubric) -> dict[str, HeadingVocabulary]:
    """Each section's heading vocabulary widened by the words of its own heading lexicon.

    The lexicon already says which words name a section ("หลักการและเหตุผล",
    "ความเป็นมาของปัญหา"); the vocabulary (`heading_vocabulary`) lists the words a
    heading in another order may use.  Kept apart, a word known from the lexicon is
    unknown to the vocabulary.  So every word of a section's lexicon headings is
    allowed in its headings (a heading still needs one of the section's core words).
    Measured leave-one-set-out (bench/sections_loso.py): blind_sections2 67 -> 68 of
    75 and unseen2 39 -> 40 of 40, no set worse with the full rubric.  Making such
    words core as well (when no other section's lexicon has them) got 4 judgements
    wrong in 3 sets, so they are not.
    Connectors stay grammar; a word the section forbids stays out; the other parts'
    vocabulary is left as written.
    """
    if not rubric.heading_vocabulary:
        return {}
    connectors = rubric.heading_connectors
    base_terms = frozenset().union(*(v.allowed for v in rubric.heading_vocabulary.values()))

    def words(headings) -> set[str]:
        return {
            w
            for h in headings
            for w in merge_terms(vocabulary_words(h), base_terms)
            if w not in connectors and len(w) >= MIN_DERIVED_WORD_CHARS and not DIGIT.search(w)
        }

    out = {}
    for key, vocab in rubric.heading_vocabulary.items():
        if key not in rubric.sections:
            out[key] = vocab
            continue
        mine = {
            w
            for w in words(rubric.sections[key].headings)
            if w not in vocab.forbidden and stem(w) not in vocab.forbidden
        }
        out[key] = replace(vocab, allowed=vocab.allowed | with_stems(mine))
    return out


MAX_MERGED_TOKENS = 3


def merge_terms(words: tuple[str, ...], terms: frozenset[str]) -> tuple[str, ...]:
    """Adjacent tokens joined where together they are one vocabulary term: the
    segmenter splits "ภาพกิจกรรม" into "ภาพ" + "กิจกรรม", the vocabulary names it whole."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(MAX_MERGED_TOKENS, len(words) - i), 1, -1):
            joined = "".join(words[i : i + n])
            if joined in terms:
                out.append(joined)
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return tuple(out)


_VOCAB_SPLIT = re.compile(r"[\s/,()\-–—:：&]+")


@lru_cache(maxsize=4096)
def vocabulary_words(text: str) -> tuple[str, ...]:
    from extractors.thai.nlp import word_tokenize

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


def continues_heading_list_by_name(line: Line, heading_numbering: tuple[str, int] | None, rubric: Rubric) -> bool:
    """The next item of the open section's heading list that starts with a heading's name, its
    content on the same line however long: "ข้อ ๑๑ ผู้รับผิดชอบโครงการ ฝ่ายกีฬาและนันทนาการ …"
    after "ข้อ ๑๐ ผลที่คาดว่าจะได้รับ"."""
    if heading_numbering is None:
        return False
    mine = numbering_of(line.text)
    if mine is None or mine != (heading_numbering[0], heading_numbering[1] + 1):
        return False
    body = compact(strip_numbering(line.text)[0])
    return any(body.startswith(entry.compact) for entry in _entries(rubric))


def _decide(entry: _Entry, rest: str, numbered: bool, cue: bool) -> HeadingMatch | None:
    sep = _SEPARATOR.match(rest)
    if sep:
        content = rest[sep.end() :].strip()
        return HeadingMatch(
            entry.key, entry.text, content, numbered, inline=bool(content), inferred=entry.inferred, lexicon=entry.text
        )
    tail = rest.strip()
    if not tail:
        return HeadingMatch(
            entry.key, entry.text, "", numbered, inline=False, inferred=entry.inferred, lexicon=entry.text
        )
    if cue and len(tail) <= MAX_HEADING_TAIL_CHARS and not tail.endswith(("ดังนี้", "ดังนี้:")):
        # "วัตถุประสงค์ของโครงการ (Objectives)", "หลักการและเหตุผล/ความเป็นมา": still a heading.
        return HeadingMatch(
            entry.key,
            entry.text + " " + tail,
            "",
            numbered,
            inline=False,
            inferred=entry.inferred,
            tail=tail,
            lexicon=entry.text,
        )
    return None


def is_structural_heading(line: Line) -> bool:
    """A line that is a heading by its form even if not in the lexicon: it ends a section.

    Word heading styles / outline levels, and first cells of form rows.
    """
    return line.kind == "heading" or line.outline_level is not None
