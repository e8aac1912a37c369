"""Judge a section's body: ok, empty, placeholder (unfilled template) or too short.

Words are counted with PyThaiNLP (offline, nlpo3 engine); punctuation and
lone symbols are not words.  Placeholder patterns and the minimum word count
come from the rubric.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.thai.nlp import word_tokenize

from .headings import strip_numbering
from .lines import DIGIT, LEADERS
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
    """Template fill only: "……", "(ระบุ…)", "[กรอกข้อมูล]", "-"; also after a list number ("1. ……");
    an unfilled field ("ร้อยละ.......", "โทร. ......"); a form's own sub-label ("๓.๑ เชิงปริมาณ ……");
    several blank fields run into one line, as a PDF's text often has them ("(ระบุ…) กิจกรรมที่ ๑ ……
    กิจกรรมที่ ๒ ……")."""
    return _one_placeholder(line.strip(), rubric) or _blank_fields_in_a_row(line.strip(), rubric)


_LEADER_RUN = re.compile(r"[.…_]{2,}[.…_\s]*")
_LEADING_REMARK = re.compile(r"^\([^()]*\)\s*")


def _blank_fields_in_a_row(line: str, rubric: Rubric) -> bool:
    """A line that is only blank fields (each a label and its dotted blank), perhaps after an instruction."""
    remark = _LEADING_REMARK.match(line)
    if remark and _one_placeholder(remark.group(0).strip(), rubric):
        line = line[remark.end() :]
    parts, pos = [], 0
    for run in _LEADER_RUN.finditer(line):
        parts.append(line[pos : run.end()].strip())
        pos = run.end()
    return len(parts) >= 2 and not line[pos:].strip() and all(_one_placeholder(p, rubric) for p in parts)


def _one_placeholder(stripped: str, rubric: Rubric) -> bool:
    if any(p.search(stripped) for p in rubric.placeholder_patterns):
        return True
    unnumbered, numbered = strip_numbering(stripped)
    unnumbered = unnumbered.strip()
    if numbered and any(p.search(unnumbered) for p in rubric.placeholder_patterns):
        return True
    return (
        is_unfilled_field(unnumbered)
        or is_template_label(unnumbered, rubric)
        or is_remark(unnumbered)
        or is_unticked_option(unnumbered)
    )


_REMARK = re.compile(r"^\([^()]*\)$")
_UNTICKED = re.compile(r"^[☐□❏○◯◻▢]")


def is_remark(text: str) -> bool:
    """A line wholly in parentheses with no figure: a form's note ("(สำหรับกรอกหลังเสร็จสิ้นโครงการ)",
    "(Expected Outcomes and Utilization)"), not what the filler wrote."""
    return bool(_REMARK.match(text)) and not DIGIT.search(text)


def is_unticked_option(text: str) -> bool:
    """ "☐ บรรลุตามวัตถุประสงค์": a tick box left empty is one of the form's options, not an answer."""
    return bool(_UNTICKED.match(text)) and "☑" not in text and "☒" not in text


def join_parenthesised(pairs: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Lines of one parenthesised remark that wrapped ("(สำหรับกรอกหลัง" / "เสร็จสิ้นโครงการ)") as one line."""
    out: list[tuple[str, bool]] = []
    for text, grid in pairs:
        if out and out[-1][0].startswith("(") and out[-1][0].count("(") > out[-1][0].count(")"):
            out[-1] = (out[-1][0] + " " + text, out[-1][1] and grid)
        else:
            out.append((text, grid))
    return out


_BLANK = re.compile(LEADERS.pattern + r"|(?:\.\s){3,}|\s\.\s*$")  # spaced dots; a lone "." left of a collapsed blank


def is_unfilled_field(text: str) -> bool:
    """A line with a fill-in blank (dot leaders) and no figure anywhere: "ผลการดำเนินงาน
    ร้อยละ ......", "ผู้ประสานงาน ........ โทร. ......", "ภายใน......เดือน นับจาก…".
    A blank with a number in or beside it ("ร้อยละ ...85...") is filled.  (A name
    typed over a blank that keeps its dots is also taken as unfilled: one line of
    a section, never enough to empty a filled one.)"""
    return bool(_BLANK.search(text)) and not DIGIT.search(text)


MAX_OPTION_WORDS = 3
MIN_OPTION_REPEATS = 3


def repeated_options(lines: list[str]) -> set[str]:
    """Short lines a form prints in every row ("บรรลุ" / "ไม่บรรลุ" beside each
    indicator, "มาก / ปานกลาง / น้อย"): tick-box options, not content."""
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln] = counts.get(ln, 0) + 1
    return {ln for ln, n in counts.items() if n >= MIN_OPTION_REPEATS and count_words(ln) <= MAX_OPTION_WORDS}


MAX_LABEL_WORDS = 4


def only_labels_between_blanks(content: list[str], template_lines: int) -> bool:
    """What is left after the blanks is field labels only: every line a few words
    with no figure, and no more such lines than blanks and template lines
    ("จำนวนโครงการ/กิจกรรม" between "เชิงปริมาณ : ……" and "ผลการดำเนินงาน ……")."""
    if template_lines < len(content):
        return False
    labels = [strip_numbering(ln)[0] for ln in content]
    return all(count_words(ln) <= MAX_LABEL_WORDS and not DIGIT.search(ln) for ln in labels)


def is_template_label(text: str, rubric: Rubric) -> bool:
    """A sub-label every copy of a form prints (rubric `template_labels`: เชิงปริมาณ, เชิงคุณภาพ …)
    with nothing after it but a colon or a blank."""
    label = _BLANK.sub("", text).strip().rstrip(":：").strip()
    return label in rubric.template_labels


def count_words(text: str) -> int:
    return sum(1 for t in word_tokenize(text) if _WORDLIKE.search(t))


def judge_body(lines: list[str], rule: SectionRule, rubric: Rubric, template: list[bool] | None = None) -> BodyVerdict:
    """`template` marks lines a table prints in every copy of the form (column
    headers, row labels of an unfilled grid): they are not content."""
    template = template or [False] * len(lines)
    pairs = join_parenthesised([(ln.strip(), grid) for ln, grid in zip(lines, template) if ln.strip()])
    if not pairs:
        return BodyVerdict(EMPTY, 0, "")
    repeated = repeated_options([ln for ln, _ in pairs])
    content = [ln for ln, grid in pairs if not grid and ln not in repeated and not is_placeholder_line(ln, rubric)]
    if not content or only_labels_between_blanks(content, len(pairs) - len(content)):
        return BodyVerdict(PLACEHOLDER, 0, "")
    text = "\n".join(content)
    words = count_words(text)
    if words < rule.min_words:
        return BodyVerdict(TOO_SHORT, words, text)
    return BodyVerdict(OK, words, text)
