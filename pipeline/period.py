"""The evaluation period: which fiscal year, which dates are work, when it was completed.

Fiscal year B.E. N runs 1 October (N-1) to 30 September N (Gregorian: minus
543).  It comes from, in order: the ``--fiscal-year`` option, a ``25xx``
folder in the submission's path (``inbox/2566/…``), or the documents' own
statement ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"); ``source`` says which.

Only work is judged: dates in the sections the rubric names as work
(actions, actual results) and on the project-period lines (ระยะเวลาดำเนินการ …).
Background dates in the rationale are never read, and a date right after a
citation cue ("ลงวันที่", "มติคณะรัฐมนตรี") is a reference, not work.  The
completion date is the latest end among the period lines and the actual
results' dates.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .dates import BE_OFFSET, DateGrammar, DateMention, DatePoint, find_dates, grammar_from_config, normalise_digits
from .inbox import is_year_folder
from .lines import Line

SOURCE_OPTION, SOURCE_PATH, SOURCE_TEXT = "option", "path", "text"
PERIOD_SECTION = "period"  # pseudo-section name of a project-period line


@dataclass(frozen=True)
class DatedSource:
    """A piece of text whose dates are judged: a section body or a project-period line."""

    section: str  # a section key, or "period"
    file: str | None
    page: int | None
    text: str


@dataclass(frozen=True)
class FoundDate:
    text: str
    point: DatePoint
    role: str  # date | start | end
    section: str
    file: str | None
    page: int | None
    in_period: bool | None

    def to_dict(self) -> dict:
        return {"text": self.text, "date": self.point.iso, "file": self.file, "page": self.page,
                "in_period": self.in_period, "section": self.section, "role": self.role}


@dataclass
class PeriodResult:
    fiscal_year: int | None
    source: str | None
    start: date | None
    end: date | None
    dates: list[FoundDate] = field(default_factory=list)
    completed: FoundDate | None = None

    @property
    def completed_in_period(self) -> bool | None:
        return self.completed.in_period if self.completed else None

    def outside(self) -> list[FoundDate]:
        return [d for d in self.dates if d.in_period is False]

    def to_dict(self) -> dict:
        return {
            "fiscal_year": self.fiscal_year,
            "source": self.source,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "dates": [d.to_dict() for d in self.dates],
            "completed": self.completed.point.iso if self.completed else None,
            "completed_in_period": self.completed_in_period,
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


def fiscal_year_from_texts(texts: list[str], patterns: list[str]) -> int | None:
    """The year the documents state most often ("ปีงบประมาณ พ.ศ. ๒๕๖๖"); ties go to the later year."""
    compiled = [re.compile(p) for p in patterns]
    counts: Counter[int] = Counter()
    for text in texts:
        norm = normalise_digits(text)
        for pat in compiled:
            for m in pat.finditer(norm):
                year = int(m.group(1))
                if is_year_folder(str(year)):
                    counts[year] += 1
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]


def resolve_fiscal_year(option: int | None, path: str | Path, texts: list[str], period_cfg: dict) -> tuple[int | None, str | None]:
    if option is not None:
        return option, SOURCE_OPTION
    from_path = fiscal_year_from_path(path)
    if from_path is not None:
        return from_path, SOURCE_PATH
    from_text = fiscal_year_from_texts(texts, period_cfg.get("fiscal_year_patterns", []))
    if from_text is not None:
        return from_text, SOURCE_TEXT
    return None, None


def period_lines(lines: list[Line], labels: list[str], grammar: DateGrammar) -> list[DatedSource]:
    """Project-period lines: "ระยะเวลาดำเนินการ : <dates>", or the label alone with the dates on the next line.

    A label running on into prose ("ระยะเวลารอคอยลดลง…") is not a period line.
    """
    out: list[DatedSource] = []
    ordered = sorted(labels, key=len, reverse=True)
    for i, line in enumerate(lines):
        text = normalise_digits(line.text)
        stripped = re.sub(r"^(?:ข้อ)?[\s\d.()]*", "", text)
        label = next((lab for lab in ordered if stripped.startswith(lab)), None)
        if label is None:
            continue
        rest = stripped[len(label):].strip()
        colon = rest.startswith(":")
        rest = rest.lstrip(":").strip()
        if rest and not colon and not re.match(r"(?:ตั้งแต่|วันที่|เดือน|\d)", rest) and not grammar.single.match(rest):
            continue
        body = line.text
        if not rest and i + 1 < len(lines):
            body = f"{line.text} {lines[i + 1].text}"
        out.append(DatedSource(PERIOD_SECTION, line.file, line.page, body))
    return out


def _is_citation(text: str, mention: DateMention, cues: list[str], window: int) -> bool:
    before = text[max(0, mention.span[0] - window):mention.span[0]]
    return any(cue in before for cue in cues)


def assess_period(
    fiscal_year: int | None,
    source: str | None,
    sources: list[DatedSource],
    period_cfg: dict,
    grammar: DateGrammar | None = None,
) -> PeriodResult:
    """Every work date placed in or out of the fiscal year, and the completion date."""
    grammar = grammar or grammar_from_config(period_cfg)
    bounds = fiscal_year_bounds(fiscal_year, int(period_cfg.get("fiscal_year_start_month", 10))) if fiscal_year else None
    cues = list(period_cfg.get("citation_cues", []))
    window = int(period_cfg.get("citation_window", 40))
    completion_sections = set(period_cfg.get("completion_sections", [])) | {PERIOD_SECTION}
    result = PeriodResult(fiscal_year, source, bounds[0] if bounds else None, bounds[1] if bounds else None)
    seen: set[tuple] = set()
    ends: list[FoundDate] = []
    for src in sources:
        norm = normalise_digits(src.text)
        for mention in find_dates(src.text, grammar):
            if _is_citation(norm, mention, cues, window):
                continue
            for role, point in mention.points():
                key = (src.file, mention.text, role, point.iso)
                if key in seen:
                    continue
                seen.add(key)
                found = FoundDate(mention.text, point, role, src.section, src.file, src.page, point_in_period(point, bounds))
                result.dates.append(found)
                if src.section in completion_sections and role in ("date", "end"):
                    ends.append(found)
    if ends:
        result.completed = max(ends, key=lambda d: (d.point.last_day(), d.point.day is not None))
    return result
