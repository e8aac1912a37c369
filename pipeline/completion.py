"""When was the project completed?  Read from what the documents say (criterion 1.1, issue 13).

Every line of every readable file is searched for three kinds of statement,
with the cue phrases of the rubric's ``period.completion`` (no lexicon here):

* **completion**: "ดำเนินการแล้วเสร็จเมื่อวันที่ 31 สิงหาคม 2566", "สิ้นสุดโครงการ
  เมื่อ…", "เปิดใช้งานจริงเมื่อ…".  Its date is the first date after the cue
  (the end of a range) within ``date_window`` characters, else the nearest one
  before it, else the next line's (a form's label cell "วันที่แล้วเสร็จ" | date).
  A date right after a document cue (ลงวันที่, ณ วันที่ …) is never taken.
* **in progress**: "อยู่ระหว่างดำเนินการ", "คาดว่าจะแล้วเสร็จ…" (strong: the
  project is not finished) or "จะดำเนินการต่อในปีงบประมาณถัดไป" (weak).
* what is **not** a completion: a cue preceded by a plan word (คาดว่าจะ,
  กำหนด, แผน …), a project-period or plan line (ระยะเวลาดำเนินการ …), and a
  sub-step: the cue in an item of the action list (a numbered line or list
  item of the actions section, a row of a numbered/multi-column table) or after a step word (ขั้นตอนที่,
  ระยะที่ …), when nothing in the clause names the whole project.

The answer, decided by the first rule that applies (``rule`` names it):

1. ``project_statement``: the latest dated completion statement that names the
   project (a project word before the cue, or a cue that names it itself);
2. ``in_progress_statement``: a strong in-progress statement about the project
   (not about extending it elsewhere), when rule 1 found nothing;
3. ``completion_statement``: the latest other dated completion statement;
4. ``continuation_statement``: a weak in-progress statement;
5. otherwise ``not_stated`` (``completion_without_date`` when a completion is
   claimed without any date).

A dated statement whose B.E. year is implausible for the fiscal year (an OCR
misreading) is set aside (``implausible_year``), as are impossible dates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from .dates import BE_OFFSET, DateGrammar, DateMention, DatePoint, find_dates, normalise_digits
from .lines import Line
from .rubric_config import PeriodConfig

COMPLETED, IN_PROGRESS, NOT_STATED = "completed", "in_progress", "not_stated"
_LIST_MARKER = re.compile(r"^\s*(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]|[-•▪●○◦*–]\s|\(\d{1,2}\))")
SENTENCE_CHARS = 240


@dataclass(frozen=True)
class Candidate:
    """One statement the finder read, and what it made of it."""

    kind: str  # completed | in_progress | sub_step | plan
    rule: str
    sentence: str
    file: str | None
    page: int | None
    point: DatePoint | None = None
    date_text: str | None = None
    cue: str = ""
    project: bool = False
    strong: bool = False

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "rule": self.rule,
            "date": self.point.iso if self.point else None,
            "date_text": self.date_text,
            "cue": self.cue,
            "sentence": self.sentence,
            "file": self.file,
            "page": self.page,
        }


@dataclass
class Completion:
    status: str  # completed | in_progress | not_stated
    rule: str
    point: DatePoint | None = None
    date_text: str | None = None
    sentence: str | None = None
    file: str | None = None
    page: int | None = None
    candidates: list[Candidate] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "status": self.status,
            "rule": self.rule,
            "date": self.point.iso if self.point else None,
            "date_text": self.date_text,
            "sentence": self.sentence,
            "file": self.file,
            "page": self.page,
            "candidates": [c.to_dict() for c in self.candidates],
        }


def _find_cue(text: str, cues: Sequence[str], start: int = 0) -> list[tuple[int, str]]:
    """Non-overlapping cue positions, the longest cue first at each place."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for cue in sorted(cues, key=len, reverse=True):
        for m in re.finditer(re.escape(cue), text[start:]):
            a, b = m.start() + start, m.end() + start
            if any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b))
            found.append((a, cue))
    return sorted(found)


def _clause_start(text: str, pos: int) -> int:
    """Start of the clause holding ``pos``: after the last double space, colon or list number before it."""
    cut = 0
    for m in re.finditer(r"\s{2,}|:|;|\s\d{1,2}\.\s|\s\(\d{1,2}\)\s", text[:pos]):
        cut = m.end()
    return cut


def _sentence(text: str, pos: int) -> str:
    one = " ".join(text.split())
    if len(one) <= SENTENCE_CHARS:
        return one
    start = max(0, min(pos - SENTENCE_CHARS // 3, len(text) - SENTENCE_CHARS))
    piece = " ".join(text[start : start + SENTENCE_CHARS].split())
    return ("…" if start else "") + piece + ("…" if start + SENTENCE_CHARS < len(text) else "")


def _is_step_item(line: Line, section: str | None) -> bool:
    """An item of the action list: a numbered or bulleted line of the actions section, or a row of a
    numbered or multi-column table (an action-plan table) anywhere."""
    if line.kind == "table-cell":
        return bool(line.row_numbered) or (line.row_cells or 0) >= 3
    listed = line.kind == "list_item" or bool(line.numbering) or bool(_LIST_MARKER.match(normalise_digits(line.text)))
    return listed and section == "actions"


def _is_document_date(norm: str, mention: DateMention, cues: Sequence[str], window: int) -> bool:
    before = norm[max(0, mention.span[0] - window) : mention.span[0]]
    return any(cue in before for cue in cues)


class CompletionFinder:
    def __init__(self, period: PeriodConfig, grammar: DateGrammar, fiscal_year: int | None):
        c = period.completion
        self.cfg = c
        self.grammar = grammar
        self.fiscal_year = fiscal_year
        self.max_distance = period.plausible_year_distance
        self.period_labels = list(period.period_labels)
        self.window = c.date_window
        self.doc_window = c.document_window
        self.plan_window = c.plan_prefix_window

    def plausible(self, point: DatePoint) -> bool:
        if self.fiscal_year is None:
            return True
        return abs((point.year + BE_OFFSET) - self.fiscal_year) <= self.max_distance

    def _date_near(
        self, norm: str, text: str, cue_at: int, cue_end: int, next_text: str | None
    ) -> tuple[DateMention | None, str]:
        """The date a cue speaks of: after it, else before it in the same clause, else on the next line."""
        mentions = [
            m
            for m in find_dates(text, self.grammar)
            if not _is_document_date(norm, m, self.cfg.document_cues, self.doc_window)
        ]
        after = [
            m
            for m in mentions
            if m.span[0] >= cue_at
            and m.span[1] > cue_end  # a cue may end in "เดือน"
            and m.span[0] <= cue_end + self.window
        ]
        if after:
            return after[0], text
        clause = _clause_start(norm, cue_at)
        before = [m for m in mentions if m.span[1] <= cue_at and m.span[0] >= max(clause, cue_at - self.window)]
        if before:
            return before[-1], text
        if next_text is not None and len(norm) - cue_end <= 12:
            nxt_norm = normalise_digits(next_text)
            nxt = [
                m
                for m in find_dates(next_text, self.grammar)
                if m.span[0] <= 30 and not _is_document_date(nxt_norm, m, self.cfg.document_cues, self.doc_window)
            ]
            if nxt:
                return nxt[0], next_text
        return None, text

    def _plan_line(self, norm: str) -> bool:
        head = re.sub(r"^(?:ข้อ)?[\s\d.()]*", "", norm)
        return any(head.startswith(lab) for lab in self.period_labels + list(self.cfg.plan_line_cues))

    def read_line(self, line: Line, next_line: Line | None, section: str | None = None) -> list[Candidate]:
        text = line.text
        norm = normalise_digits(text)
        out: list[Candidate] = []
        plan_line = self._plan_line(norm)
        strong = _find_cue(norm, self.cfg.in_progress_strong)
        weak = _find_cue(norm, self.cfg.in_progress_weak)
        progress_spans = [(at, at + len(cue)) for at, cue in strong]
        for kind_strong, cues in ((True, strong), (False, weak)):
            for at, cue in cues:
                clause = norm[_clause_start(norm, at) : at + len(cue) + 60]
                if any(w in clause for w in self.cfg.extension_words):
                    continue
                out.append(
                    Candidate(
                        IN_PROGRESS,
                        "in_progress_statement" if kind_strong else "continuation_statement",
                        _sentence(text, at),
                        line.file,
                        line.page,
                        cue=cue,
                        strong=kind_strong,
                    )
                )
        listed = _is_step_item(line, section)
        next_text = next_line.text if next_line is not None and next_line.file == line.file else None
        for at, cue in _find_cue(norm, self.cfg.completed_cues):
            end = at + len(cue)
            if any(a <= at < b or a < end <= b for a, b in progress_spans):
                continue  # "ยังไม่แล้วเสร็จ", "คาดว่าจะแล้วเสร็จ": read as in progress
            clause_at = _clause_start(norm, at)
            token_at = norm.rfind(" ", 0, at) + 1  # Thai clauses are space-delimited
            prefix = norm[max(clause_at, token_at, at - self.plan_window) : at]
            before = norm[clause_at:at]
            sentence = _sentence(text, at)
            directive = before.rstrip().endswith(self.cfg.directive_prefixes or ("\0",))
            if plan_line or directive or any(p in prefix for p in self.cfg.plan_prefixes):
                out.append(Candidate("plan", "plan", sentence, line.file, line.page, cue=cue))
                continue
            project_word = any(w in before or w in cue for w in self.cfg.project_words)
            names_project = project_word or cue in self.cfg.project_cues
            whole = any(w in before for w in self.cfg.whole_project_words)
            step = any(w in before for w in self.cfg.step_words)
            mention, src = self._date_near(norm, text, at, end, next_text)
            point = mention.end if mention else None
            date_text = mention.text if mention else None
            if (step and not whole) or (listed and not project_word):
                out.append(Candidate("sub_step", "sub_step", sentence, line.file, line.page, point, date_text, cue))
                continue
            out.append(
                Candidate(
                    COMPLETED,
                    "project_statement" if names_project else "completion_statement",
                    sentence,
                    line.file,
                    line.page,
                    point,
                    date_text,
                    cue,
                    project=names_project,
                )
            )
        return out

    def find(self, lines: list[Line], sections: list[str | None] | None = None) -> Completion:
        """``sections``: the section key each line lies in (None or "other" outside the five)."""
        candidates: list[Candidate] = []
        for i, line in enumerate(lines):
            candidates.extend(
                self.read_line(line, lines[i + 1] if i + 1 < len(lines) else None, sections[i] if sections else None)
            )
        return decide(candidates, self.plausible)


def _latest(cands: list[Candidate]) -> Candidate:
    def key(c: Candidate) -> tuple[date, bool]:
        assert c.point is not None  # only dated candidates (point set) are passed here
        return (c.point.last_day(), c.point.day is not None)

    return max(cands, key=key)


def decide(candidates: list[Candidate], plausible=lambda p: True) -> Completion:
    """The rules of the module docstring, in order."""
    dated: list[Candidate] = []
    implausible: list[Candidate] = []
    for c in candidates:
        if c.kind == COMPLETED and c.point is not None:
            (dated if plausible(c.point) else implausible).append(c)
    shown = [c for c in candidates if c.kind != "plan"][:20]
    project = [c for c in dated if c.project]
    other = [c for c in dated if not c.project]
    strong = [c for c in candidates if c.kind == IN_PROGRESS and c.strong]
    weak = [c for c in candidates if c.kind == IN_PROGRESS and not c.strong]

    def done(c: Candidate, rule: str) -> Completion:
        return Completion(COMPLETED, rule, c.point, c.date_text, c.sentence, c.file, c.page, shown)

    if project:
        return done(_latest(project), "project_statement")
    if strong:
        c = strong[0]
        return Completion(IN_PROGRESS, "in_progress_statement", None, None, c.sentence, c.file, c.page, shown)
    if other:
        return done(_latest(other), "completion_statement")
    if weak:
        c = weak[0]
        return Completion(IN_PROGRESS, "continuation_statement", None, None, c.sentence, c.file, c.page, shown)
    if implausible:
        c = implausible[0]
        return Completion(NOT_STATED, "implausible_year", None, c.date_text, c.sentence, c.file, c.page, shown)
    undated = [c for c in candidates if c.kind == COMPLETED]
    if undated:
        c = undated[0]
        return Completion(NOT_STATED, "completion_without_date", None, None, c.sentence, c.file, c.page, shown)
    return Completion(NOT_STATED, "no_statement", candidates=shown)
