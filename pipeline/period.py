"""The evaluation period: which fiscal year, every date written, and the completion verdict.

Fiscal year B.E. N runs 1 October (N-1) to 30 September N (Gregorian: minus
543).  It comes from, in order: the ``--fiscal-year`` option, a ``25xx``
folder in the submission's path (``inbox/2566/…``), or the documents' own
statement ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"); ``source`` says which.  A statement
whose year is more than ``plausible_year_distance`` years from the median
year the documents write is an OCR misreading and is not counted.

Every date written on any line of any readable file is listed, placed in or
out of the year, with what it is used as (``use``): ``work`` (in an actions or
actual-results section), ``plan`` (a project-period line, ระยะเวลาดำเนินการ …),
``citation`` (right after ลงวันที่, มติ …), ``completion`` (the stated
completion) or ``other``.  Only the completion decides anything: the
completion finder (completion.py) reads what the documents say, and

* completed inside the year -> ``completed_in_period``;
* completed before 1 October or after 30 September -> ``completed_outside_period``
  (flag ``outside_evaluation_period``);
* in progress, or no dated completion statement -> ``in_progress`` / ``not_stated``
  (flag ``no_completion_date``: an evaluator decides).

Other dates outside the year are information for the evaluator, never a flag.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .completion import COMPLETED, NOT_STATED, Completion
from .dates import BE_OFFSET, DateGrammar, DateMention, DatePoint, find_dates, grammar_from_config, normalise_digits
from .inbox import is_year_folder
from .lines import Line
from .rubric_config import PeriodConfig

SOURCE_OPTION, SOURCE_PATH, SOURCE_TEXT = "option", "path", "text"
PERIOD_SECTION = "period"  # pseudo-section name of a project-period line


@dataclass(frozen=True)
class DatedSource:
    """A piece of text whose dates are judged: a section body or a project-period line."""

    section: str  # a section key, or "period"
    file: str | None
    page: int | None
    text: str


USE_WORK, USE_PLAN, USE_CITATION, USE_COMPLETION, USE_OTHER = "work", "plan", "citation", "completion", "other"


@dataclass(frozen=True)
class FoundDate:
    text: str
    point: DatePoint
    role: str  # date | start | end
    section: str
    file: str | None
    page: int | None
    in_period: bool | None
    use: str = USE_OTHER

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "date": self.point.iso,
            "file": self.file,
            "page": self.page,
            "in_period": self.in_period,
            "section": self.section,
            "role": self.role,
            "use": self.use,
        }


VERDICT_IN, VERDICT_OUT = "completed_in_period", "completed_outside_period"


@dataclass
class PeriodResult:
    fiscal_year: int | None
    source: str | None
    start: date | None
    end: date | None
    dates: list[FoundDate] = field(default_factory=list)
    completion: Completion | None = None

    @property
    def completed(self) -> DatePoint | None:
        return self.completion.point if self.completion and self.completion.status == COMPLETED else None

    @property
    def completed_in_period(self) -> bool | None:
        if self.completed is None or self.start is None:
            return None
        assert self.end is not None  # start and end are set together from the fiscal-year bounds
        return point_in_period(self.completed, (self.start, self.end))

    @property
    def verdict(self) -> str:
        """completed_in_period | completed_outside_period | in_progress | not_stated (null year: by status)."""
        if self.completed is None:
            return self.completion.status if self.completion and self.completion.status != COMPLETED else NOT_STATED
        verdicts: dict[bool | None, str] = {True: VERDICT_IN, False: VERDICT_OUT}
        return verdicts.get(self.completed_in_period, COMPLETED)

    def outside(self) -> list[FoundDate]:
        return [d for d in self.dates if d.in_period is False]

    def outside_information(self) -> list[FoundDate]:
        """Dates outside the year that are not the completion: shown to the evaluator, never flagged."""
        return [d for d in self.outside() if d.use != USE_COMPLETION]

    def completion_dict(self) -> dict:
        base = self.completion.to_dict() if self.completion else Completion(NOT_STATED, "no_statement").to_dict()
        base["in_period"] = self.completed_in_period
        return base

    def to_dict(self) -> dict:
        return {
            "fiscal_year": self.fiscal_year,
            "source": self.source,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "dates": [d.to_dict() for d in self.dates],
            "completed": self.completed.iso if self.completed else None,
            "completed_in_period": self.completed_in_period,
            "verdict": self.verdict,
            "completion": self.completion_dict(),
        }


def fiscal_year_bounds(fiscal_year_be: int, start_month: int = 10) -> tuple[date, date]:
    """First and last day (Gregorian) of fiscal year B.E. ``fiscal_year_be``."""
    year = fiscal_year_be - BE_OFFSET
    start = date(year - 1, start_month, 1) if start_month > 1 else date(year, 1, 1)
    end = date(start.year + 1, start.month, 1).toordinal() - 1
    return start, date.fromordinal(end)


def point_in_period(point: DatePoint, bounds: tuple[date, date] | None) -> bool | None:
    """A day, or a whole month when no day is written, inside the fiscal year (None: no year known)."""
    if bounds is None:
        return None
    return bounds[0] <= point.first_day() and point.last_day() <= bounds[1]


def fiscal_year_from_path(path: str | Path) -> int | None:
    """The innermost ``25xx`` folder of the path (``inbox/2566/bangrak`` -> 2566)."""
    for part in reversed(Path(path).resolve().parts):
        if is_year_folder(part):
            return int(part)
    return None


_BE_YEAR = re.compile(r"(?<![\d,.])(2[4-6]\d\d)(?![\d,])")


def median_year(texts: list[str]) -> int | None:
    """The median of every B.E. year (2400-2699) written in the texts: where the documents stand in time."""
    years = sorted(int(m.group(1)) for t in texts for m in _BE_YEAR.finditer(normalise_digits(t)))
    return years[len(years) // 2] if years else None


def fiscal_year_from_texts(texts: list[str], patterns: Sequence[str], max_distance: int | None = None) -> int | None:
    """The year the documents state most often ("ปีงบประมาณ พ.ศ. ๒๕๖๖"); ties go to the later year.

    With ``max_distance``, a stated year further than that from the median year
    the documents write (an OCR misreading such as ๒๕๒๕ for ๒๕๖๘) is not counted.
    """
    compiled = [re.compile(p) for p in patterns]
    counts: Counter[int] = Counter()
    for text in texts:
        norm = normalise_digits(text)
        for pat in compiled:
            for m in pat.finditer(norm):
                year = int(m.group(1))
                if is_year_folder(str(year)):
                    counts[year] += 1
    if max_distance is not None and counts:
        middle = median_year(texts)
        if middle is not None:
            counts = Counter({y: n for y, n in counts.items() if abs(y - middle) <= max_distance})
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]


def resolve_fiscal_year(
    option: int | None, path: str | Path, texts: list[str], period: PeriodConfig
) -> tuple[int | None, str | None]:
    if option is not None:
        return option, SOURCE_OPTION
    from_path = fiscal_year_from_path(path)
    if from_path is not None:
        return from_path, SOURCE_PATH
    from_text = fiscal_year_from_texts(texts, period.fiscal_year_patterns, period.plausible_year_distance)
    if from_text is not None:
        return from_text, SOURCE_TEXT
    return None, None


def period_lines(lines: list[Line], labels: Sequence[str], grammar: DateGrammar) -> list[DatedSource]:
    """Project-period lines: "ระยะเวลาดำเนินการ : <dates>", or the label alone with the dates on the next line.

    A label running on into prose ("ระยะเวลารอคอยลดลง…") is not a period line.
    """
    out: list[DatedSource] = []
    for i, alone in period_line_indices(lines, labels, grammar):
        body = f"{lines[i].text} {lines[i + 1].text}" if alone else lines[i].text
        out.append(DatedSource(PERIOD_SECTION, lines[i].file, lines[i].page, body))
    return out


def period_line_indices(lines: list[Line], labels: Sequence[str], grammar: DateGrammar) -> list[tuple[int, bool]]:
    """(index, label alone: the dates are on the next line) of every project-period line."""
    out: list[tuple[int, bool]] = []
    ordered = sorted(labels, key=len, reverse=True)
    for i, line in enumerate(lines):
        text = normalise_digits(line.text)
        stripped = re.sub(r"^(?:ข้อ)?[\s\d.()]*", "", text)
        label = next((lab for lab in ordered if stripped.startswith(lab)), None)
        if label is None:
            continue
        rest = stripped[len(label) :].strip()
        colon = rest.startswith(":")
        rest = rest.lstrip(":").strip()
        if rest and not colon and not re.match(r"(?:ตั้งแต่|วันที่|เดือน|\d)", rest) and not grammar.single.match(rest):
            continue
        out.append((i, not rest and i + 1 < len(lines)))
    return out


def _is_citation(text: str, mention: DateMention, cues: list[str], window: int) -> bool:
    before = text[max(0, mention.span[0] - window) : mention.span[0]]
    return any(cue in before for cue in cues)


def assess_period(
    fiscal_year: int | None,
    source: str | None,
    sources: list[DatedSource],
    period: PeriodConfig,
    grammar: DateGrammar | None = None,
    completion: Completion | None = None,
) -> PeriodResult:
    """Every date of ``sources`` placed in or out of the fiscal year, with its use; the completion judged."""
    grammar = grammar or grammar_from_config(period)
    bounds = fiscal_year_bounds(fiscal_year, period.fiscal_year_start_month) if fiscal_year else None
    cues = list(period.citation_cues)
    window = period.citation_window
    work = set(period.work_sections)
    result = PeriodResult(
        fiscal_year, source, bounds[0] if bounds else None, bounds[1] if bounds else None, completion=completion
    )
    done = completion if completion is not None and completion.status == COMPLETED else None
    for src in sources:
        norm = normalise_digits(src.text)
        for mention in find_dates(src.text, grammar):
            if done and src.file == done.file and mention.text == done.date_text and mention.end == done.point:
                use = USE_COMPLETION
            elif _is_citation(norm, mention, cues, window):
                use = USE_CITATION
            elif src.section == PERIOD_SECTION:
                use = USE_PLAN
            elif src.section in work:
                use = USE_WORK
            else:
                use = USE_OTHER
            for role, point in mention.points():
                result.dates.append(
                    FoundDate(
                        mention.text, point, role, src.section, src.file, src.page, point_in_period(point, bounds), use
                    )
                )
    return result
