"""Find Buddhist-era dates in Thai text, however written, as ISO Gregorian dates.

Handles full and abbreviated month names (with or without the dots and spaces:
"ต.ค.", "ต.ค", "ต. ค.", "ตุลาคม"), Thai and Arabic digits, "พ.ศ.", two-digit
years ("ต.ค. 66" -> 2566), month-year only ("มีนาคม 2567" -> "2024-03"),
numeric "7/3/2566" or "25/11/65", and ranges ("1 ต.ค. 2565 – 30 ก.ย. 2566", "ตุลาคม 2565 –
กันยายน 2566", "1–15 มีนาคม 2566", "ตั้งแต่เดือนกุมภาพันธ์ถึงเดือนสิงหาคม 2566").
A mention without a year takes it from the other end of its range, or is
dropped (an action-plan table's bare "ต.ค." header is not a date).

Dates are ISO "YYYY-MM-DD", or "YYYY-MM" when no day is written.  Years
2400-2700 are read as B.E. (minus 543), 1900-2200 as C.E.  Month names come
from the rubric (`period.months`), so this module holds no lexicon.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from extractors.thai.script import to_arabic_digits

from .rubric_config import PeriodConfig

BE_OFFSET = 543
BE_YEARS = range(2400, 2701)
CE_YEARS = range(1900, 2201)
TWO_DIGIT_YEARS = range(50, 91)


@dataclass(frozen=True)
class DatePoint:
    """One end of a date mention: a Gregorian year, month and (maybe) day."""

    year: int
    month: int
    day: int | None

    @property
    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")

    def first_day(self) -> date:
        return date(self.year, self.month, self.day or 1)

    def last_day(self) -> date:
        return date(self.year, self.month, self.day or calendar.monthrange(self.year, self.month)[1])


@dataclass(frozen=True)
class DateMention:
    """A date or a range as written: its text, its span and its two ends (equal for a single date)."""

    text: str
    start: DatePoint
    end: DatePoint
    span: tuple[int, int]

    @property
    def is_range(self) -> bool:
        return self.start != self.end

    def points(self) -> list[tuple[str, DatePoint]]:
        return [("date", self.start)] if not self.is_range else [("start", self.start), ("end", self.end)]


@dataclass(frozen=True)
class _Raw:  # one date as written, before ranges are joined
    day: int | None
    day_from: int | None  # "1–15 มีนาคม": the first day of a day range
    month: int
    year: int | None  # Gregorian
    span: tuple[int, int]


def normalise_digits(text: str) -> str:
    """Thai digits to Arabic (same length, so spans stay valid)."""
    return to_arabic_digits(text)


def _abbr_pattern(abbr: str) -> str:
    """ "ต.ค." -> ต\\s*\\.\\s*ค\\s*\\.? : the inner dot required, spaces and the final dot optional."""
    parts = [re.escape(p) for p in abbr.strip(".").split(".") if p]
    return r"\s*\.\s*".join(parts) + r"(?:\s*\.)?"


@dataclass(frozen=True)
class DateGrammar:
    single: re.Pattern
    numeric: re.Pattern
    joiner: re.Pattern
    month_of: dict[str, int]
    ordinal_cues: tuple[str, ...] = ()  # "ครั้งที่ 2 ส.ค. 2566": the number counts, it is no day


@lru_cache(maxsize=8)
def _grammar(
    months: tuple[tuple[int, str, tuple[str, ...]], ...], joiners: tuple[str, ...], ordinal_cues: tuple[str, ...] = ()
) -> DateGrammar:
    alts: list[tuple[str, int]] = []
    for number, full, abbrs in months:
        alts.append((re.escape(full), number))
        alts.extend((_abbr_pattern(a), number) for a in abbrs)
    alts.sort(key=lambda a: -len(a[0]))
    month_groups = "|".join(f"(?P<m{i}>{pat})" for i, (pat, _) in enumerate(alts))
    month_of = {f"m{i}": number for i, (_, number) in enumerate(alts)}
    dash = r"(?:-|–|—|ถึง)"
    single = re.compile(
        r"(?:(?:วันที่|วัน)\s*)?"
        r"(?:(?<![\d.,/:])(?P<dayfrom>\d{1,2})\s*" + dash + r"\s*)?"
        r"(?:(?<![\d.,/:])(?P<day>\d{1,2})\s*)?"
        r"(?:เดือน\s*)?"
        r"(?:" + month_groups + r")"
        r"(?:\s*(?:(?:พ\s*\.\s*ศ\s*\.?|ค\s*\.\s*ศ\s*\.?)\s*)?(?P<year>\d{4}|\d{2})(?![\d]))?"
    )
    numeric = re.compile(r"(?<![\d/.])(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})\s*/\s*(?P<year>\d{4}|\d{2})(?![\d/])")
    joined = "|".join(re.escape(j) for j in sorted(joiners, key=len, reverse=True))
    joiner = re.compile(r"^\s*(?:" + joined + r")\s*(?:วันที่|เดือน)?\s*$")
    return DateGrammar(single, numeric, joiner, month_of, ordinal_cues)


def grammar_from_config(period: PeriodConfig) -> DateGrammar:
    months = tuple((m.month, m.full, m.abbr) for m in period.months)
    return _grammar(months, period.range_joiners, period.ordinal_cues)


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    if len(text) == 2:  # "ต.ค. 66": only 2550-2590 (a smaller number after a month is a count, not a year)
        return 2500 + y - BE_OFFSET if TWO_DIGIT_YEARS.start <= y < TWO_DIGIT_YEARS.stop else None
    if y in BE_YEARS:
        return y - BE_OFFSET
    if y in CE_YEARS:
        return y
    return -1  # a 4-digit number that is no year: the mention is dropped


def _valid(year: int, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= calendar.monthrange(year, month)[1]


def _raw_mentions(text: str, g: DateGrammar) -> list[_Raw]:
    found: list[_Raw] = []
    for m in g.single.finditer(text):
        month = next(g.month_of[k] for k, v in m.groupdict().items() if k in g.month_of and v)
        year = _year(m.group("year"))
        if year == -1:
            continue
        day = int(m.group("day")) if m.group("day") else None
        day_from = int(m.group("dayfrom")) if m.group("dayfrom") else None
        if day_from is not None and day is None:
            day, day_from = day_from, None
        start = m.start()
        if day is not None and day_from is None and text[: m.start("day")].rstrip().endswith(g.ordinal_cues or ("\0",)):
            day, start = None, m.start(next(k for k in g.month_of if m.group(k)))
        found.append(_Raw(day, day_from, month, year, (start, m.end())))
    for m in g.numeric.finditer(text):
        year = _year(m.group("year"))
        if year in (None, -1) or any(r.span[0] <= m.start() < r.span[1] for r in found):
            continue
        found.append(_Raw(int(m.group("day")), None, int(m.group("month")), year, m.span()))
    found.sort(key=lambda r: r.span)
    return found


def find_dates(text: str, grammar: DateGrammar) -> list[DateMention]:
    """Every date and range in ``text``, in reading order (Thai digits allowed)."""
    norm = normalise_digits(text)
    raws = _raw_mentions(norm, grammar)
    out: list[DateMention] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        b = raws[i + 1] if i + 1 < len(raws) else None
        if b is not None and grammar.joiner.match(norm[a.span[1] : b.span[0]]) and (a.year or b.year):
            mention = _range(text, a, b)
            i += 2
        else:
            mention = _single(text, a)
            i += 1
        if mention is not None:
            out.append(mention)
    return out


def _point(year: int, month: int, day: int | None) -> DatePoint | None:
    return DatePoint(year, month, day) if _valid(year, month, day) else None


def _single(text: str, r: _Raw) -> DateMention | None:
    if r.year is None:
        return None
    end = _point(r.year, r.month, r.day)
    if end is None:
        return None
    start = _point(r.year, r.month, r.day_from) if r.day_from is not None else end
    if start is None:
        return None
    return DateMention(text[r.span[0] : r.span[1]].strip(), start, end, r.span)


def _range(text: str, a: _Raw, b: _Raw) -> DateMention | None:
    year_b = b.year if b.year is not None else a.year
    assert year_b is not None  # find_dates joins a range only when one of its ends has a year
    year_a = a.year
    if year_a is None:  # "ตุลาคม – ธันวาคม 2565"; "ต.ค. – ม.ค. 2566" crosses the year end
        year_a = year_b - 1 if a.month > b.month else year_b
    start = _point(year_a, a.month, a.day_from if a.day_from is not None else a.day)
    end = _point(year_b, b.month, b.day)
    if start is None or end is None:
        return None
    span = (a.span[0], b.span[1])
    return DateMention(text[span[0] : span[1]].strip(), start, end, span)
