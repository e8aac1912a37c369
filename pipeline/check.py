"""Check one submission (a folder of one agency's files, or a single file).

read every file -> classify it -> lines -> sections per file -> the fullest
occurrence of each section across files -> flags.  Files that cannot be read
are listed with their error and flagged; they never stop the check.

Then, from the same findings (evidence-check/2, /3): required forms present
(forms.missing_forms), the evaluation period and the completion stated in the
documents (period.py, completion.py), novelty against
earlier submissions when given (novelty.py), quality signals (signals.py)
and the pre-score (score.py).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from extractors import ReadSettings, read_file
from extractors.model import Document
from extractors.read_ahead import ReadAhead
from extractors.thai.script import ARABIC_DIGITS, THAI_DIGITS

from . import file_progress
from . import result as result_model
from .completion import CompletionFinder
from .content_status import MISSING, STATUS_RANK
from .dates import grammar_from_config
from .file_names import readable_name, submission_files, submission_root
from .flags import Flag, make_flag
from .forms import classify_file, missing_forms
from .heading_candidates import Candidate, best_candidates
from .headings import HEAD_WORDS
from .lines import Line, document_to_lines
from .novelty import Earlier, Fingerprint, find_repeats, fingerprint, main_content, project_name
from .period import PERIOD_SECTION, DatedSource, PeriodResult, assess_period, period_line_indices, resolve_fiscal_year
from .rubric import SECTION_KEYS, Rubric, load_rubric
from .rubric_config import NoveltyConfig
from .score import ScoreFacts, compute_score
from .sections import Occurrence, find_sections
from .settings import load_settings
from .signals import SignalInput, TextSource, compute_signals
from .stage_timer import StageTimer, maybe

CHECK_SCHEMA = result_model.CHECK_SCHEMA
MAX_DATES_IN_FLAG = 5
_STATUS_FLAG = {"empty": "section_empty", "placeholder": "section_placeholder", "too_short": "section_too_short"}


@dataclass
class FileResult:
    path: str  # relative to the submission
    format: str
    form: str
    pages: int | None
    read_by: list[str]
    error: dict | None
    document: Document = field(repr=False, compare=False)

    def model(self) -> result_model.FileEntry:
        return result_model.FileEntry(
            path=self.path,
            format=self.format,
            form=self.form,
            pages=self.pages,
            read_by=self.read_by,
            error=result_model.FileError(**self.error) if self.error else None,
        )


@dataclass
class SectionResult:
    key: str
    status: str
    text: str
    file: str | None
    page: int | None
    occurrences: list[Occurrence]
    heading: str | None = None  # the chosen occurrence's heading as written
    inferred: bool = False  # taken from a heading that only stands for the section (rubric inferred_headings)
    candidate: Candidate | None = None  # a missing section's nearest heading-like line

    def model(self) -> result_model.Section:
        return result_model.Section(
            status=self.status,
            text=self.text,
            file=self.file,
            page=self.page,
            occurrences=[_occurrence_model(o) for o in self.occurrences],
            inferred=self.inferred,
            candidate=result_model.Candidate(**self.candidate.to_dict()) if self.candidate is not None else None,
            heading=self.heading,
        )


@dataclass
class CheckResult:
    """The check's working result: files with their documents, sections with their occurrences.

    `model()` turns it into the typed evidence-check/3 result (pipeline/result.py)
    every consumer reads; period, novelty, signals and score are typed already.
    """

    submission: str
    rubric: str
    files: list[FileResult]
    sections: dict[str, SectionResult]
    flags: list[Flag]
    period: result_model.Period | None = None
    novelty: result_model.Novelty | None = None
    signals: list[result_model.Signal] = field(default_factory=list)
    score: result_model.Score | None = None
    # The main content and settings a fingerprint is made from; it is made only when asked
    # for (the store, a comparison): `evidence check` alone never pays for it.
    fingerprint_source: tuple[str, NoveltyConfig] | None = field(default=None, repr=False)
    _fingerprint: Fingerprint | None = field(default=None, repr=False)

    @property
    def fingerprint(self) -> Fingerprint | None:
        if self._fingerprint is None and self.fingerprint_source is not None:
            self._fingerprint = fingerprint(*self.fingerprint_source)
        return self._fingerprint

    def model(self, with_fingerprint: bool = False) -> result_model.EvidenceCheck:
        """The evidence-check/3 result; ``with_fingerprint`` adds novelty.fingerprint (for the store)."""
        if self.period is None or self.novelty is None or self.score is None:
            raise ValueError("the check has not been assessed (period, novelty, score)")
        novelty = self.novelty
        if with_fingerprint and self.fingerprint is not None:
            fp = self.fingerprint
            novelty = novelty.model_copy(
                update={
                    "fingerprint": result_model.FingerprintData(
                        scheme=fp.scheme, hashvalues=list(fp.hashvalues), text=fp.text
                    )
                }
            )
        return result_model.EvidenceCheck(
            submission=self.submission,
            rubric=self.rubric,
            files=[f.model() for f in self.files],
            sections={k: s.model() for k, s in self.sections.items()},
            flags=[result_model.Flag(**f.to_dict()) for f in self.flags],
            period=self.period,
            novelty=novelty,
            signals=self.signals,
            score=self.score,
        )

    def to_dict(self, with_fingerprint: bool = False) -> dict:
        """The published evidence-check/3 JSON object."""
        return self.model(with_fingerprint).json_dict()


def check_submission(
    path: str | Path,
    rubric: Rubric | None = None,
    settings: ReadSettings | None = None,
    *,
    fiscal_year: int | None = None,
    earlier: list[Earlier] | None = None,
    timer: StageTimer | None = None,
    reader: ReadAhead | None = None,
) -> CheckResult:
    """Check one submission.

    ``fiscal_year``: B.E., overrides the path and the documents' statement.
    ``earlier``: fingerprints of earlier submissions to compare with (None: no
    comparison, novelty.compared_with is null).
    ``timer``: collects seconds per stage (`evidence check --profile`).
    ``reader``: the submission's files being read ahead (`extractors.read_ahead`); the
    "read" stage is then the time spent waiting for them, each file's entry its own reading time.
    """
    path = Path(path)
    rubric = rubric or load_rubric()
    settings = settings or load_settings().read_settings()
    base = submission_root(path)
    files: list[FileResult] = []
    occurrences: list[Occurrence] = []
    flags: list[Flag] = []
    all_lines: list[Line] = []
    file_lines: list[tuple[str, list[Line]]] = []
    for file_path in submission_files(path):
        rel = readable_name(file_path.relative_to(base).as_posix())
        started = time.perf_counter()
        if reader is not None:
            doc, seconds = reader.read(file_path)
        else:
            doc = read_file(file_path, settings, root=base)
            seconds = time.perf_counter() - started
        if timer is not None:
            timer.add("read", time.perf_counter() - started)
            timer.files.append({"path": rel, "seconds": seconds, "read_by": doc.read_by})
        file_progress.report(file_progress.FileRead.of(str(path), rel, doc))
        file_result = _file_result(rel, doc, rubric)
        files.append(file_result)
        flags.extend(_reading_flags(rel, doc, rubric))
        if doc.ok:
            with maybe(timer, "lines"):
                lines = document_to_lines(doc, rubric.template_rows)
            all_lines.extend(_relabel(line, rel) for line in lines)
            file_lines.append((rel, lines))
            with maybe(timer, "sections"):
                for occ in find_sections(lines, rubric, form=file_result.form):
                    occ.file = rel
                    occurrences.append(occ)
    with maybe(timer, "sections"):
        sections = {key: _choose_section(key, occurrences) for key in SECTION_KEYS if key in rubric.sections}
        _add_candidates(sections, file_lines, rubric)
        flags = _section_flags(sections, rubric) + flags
    result = CheckResult(readable_name(str(path)), rubric.ref, files, sections, flags)
    _assess(result, path, all_lines, rubric, fiscal_year, earlier, timer)
    return result


def _relabel(line: Line, rel: str) -> Line:
    return Line(line.text, rel, line.page, line.kind)


def _assess(
    result: CheckResult,
    path: Path,
    lines: list[Line],
    rubric: Rubric,
    fiscal_year: int | None,
    earlier: list[Earlier] | None,
    timer: StageTimer | None = None,
) -> None:
    """Forms, period, novelty, signals and score: evidence-check/2's additions."""
    indicator = rubric.indicator
    met = {req.id: [f.path for f in result.files if f.form in req.any_of] for req in indicator.required_forms}
    for req in missing_forms([f.form for f in result.files], indicator.required_forms):
        result.flags.append(make_flag("form_missing", rubric, form=req.id, form_th=req.title_th, form_en=req.title_en))

    with maybe(timer, "period"):
        period = _period(result, path, lines, rubric, fiscal_year)
        result.period = result_model.Period.model_validate(period.to_dict())
        result.flags.extend(_period_flags(period, rubric))

    with maybe(timer, "novelty"):
        result.novelty, result.fingerprint_source = _novelty(result, lines, rubric, period.fiscal_year, earlier)
        for m in result.novelty.matches:
            result.flags.append(
                make_flag(
                    "possible_repeat",
                    rubric,
                    submission=m.submission,
                    fiscal_year=m.fiscal_year or "?",
                    percent=round(m.similarity * 100),
                )
            )

    with maybe(timer, "signals"):
        signals = compute_signals(_signal_input(result, lines, rubric), rubric.signals, rubric.efficiency_topics)
        result.signals = [result_model.Signal.model_validate(s.to_dict()) for s in signals]
    with maybe(timer, "score"):
        completed = period.completion_dict() if period.completed else None
        facts = ScoreFacts(
            sections={k: {"status": s.status, "file": s.file, "page": s.page} for k, s in result.sections.items()},
            met_forms=met,
            signals={s.code: {"value": s.value, "detail": s.detail} for s in result.signals},
            completed=completed,
            completed_in_period=period.completed_in_period,
        )
        result.score = result_model.Score.model_validate(compute_score(rubric.ref, rubric.scoring, facts))


def _texts(sec: SectionResult) -> list[TextSource]:
    seen, out = set(), []
    for occ in sec.occurrences:
        if occ.status in ("ok", "too_short") and occ.text not in seen:
            seen.add(occ.text)
            out.append(TextSource(occ.file, occ.page, occ.text))
    return out


def _period(result: CheckResult, path: Path, lines: list[Line], rubric: Rubric, option: int | None) -> PeriodResult:
    """Every line's dates (with the section the line lies in) and the completion the documents state."""
    cfg = rubric.period
    grammar = grammar_from_config(cfg)
    fy, source = resolve_fiscal_year(option, path, [line.text for line in lines], cfg)
    plan: set[int] = set()
    for i, alone in period_line_indices(lines, cfg.period_labels, grammar):
        plan.update((i, i + 1) if alone else (i,))
    bodies = [(key, occ.file, occ.text) for key, sec in result.sections.items() for occ in sec.occurrences]
    sources = []
    for i, line in enumerate(lines):
        if i in plan:
            section = PERIOD_SECTION
        else:
            section = next((key for key, file, text in bodies if file == line.file and line.text in text), "other")
        sources.append(DatedSource(section, line.file, line.page, line.text))
    completion = CompletionFinder(cfg, grammar, fy).find(lines, [src.section for src in sources])
    return assess_period(fy, source, sources, cfg, grammar, completion)


def _period_flags(period: PeriodResult, rubric: Rubric) -> list[Flag]:
    """fiscal_year_unknown; outside_evaluation_period only for a stated completion outside the year;
    no_completion_date when the documents say the work is in progress or state no completion."""
    flags = []
    if period.fiscal_year is None:
        flags.append(make_flag("fiscal_year_unknown", rubric))
    c = period.completion
    if period.completed_in_period is False:
        # a verdict needs a completion date and the year's bounds
        assert c is not None and c.point is not None and period.start is not None and period.end is not None
        flags.append(
            make_flag(
                "outside_evaluation_period",
                rubric,
                file=c.file,
                page=c.page,
                fiscal_year=period.fiscal_year,
                start=period.start.isoformat(),
                end=period.end.isoformat(),
                dates=f"{c.date_text} ({c.point.iso})",
                sentence=f" “{c.sentence}”" if c.sentence else "",
            )
        )
    if period.completed is None:
        status_th = {"in_progress": "เอกสารระบุว่ายังอยู่ระหว่างดำเนินการ", "not_stated": "ไม่พบข้อความระบุวันที่แล้วเสร็จ"}
        status_en = {
            "in_progress": "the documents say the work is in progress",
            "not_stated": "no dated completion statement",
        }
        status = c.status if c else "not_stated"
        flags.append(
            make_flag(
                "no_completion_date",
                rubric,
                file=c.file if c else None,
                page=c.page if c else None,
                status_th=status_th.get(status, status),
                status_en=status_en.get(status, status),
                sentence=f" “{c.sentence}”" if c and c.sentence else "",
            )
        )
    return flags


def _novelty(
    result: CheckResult, lines: list[Line], rubric: Rubric, fiscal_year: int | None, earlier: list[Earlier] | None
) -> tuple[result_model.Novelty, tuple[str, NoveltyConfig]]:
    cfg = rubric.novelty_config
    project = project_name([line.text for line in lines], cfg.project_labels)
    texts = {k: s.text for k, s in result.sections.items() if s.status in ("ok", "too_short")}
    source = (main_content(project, texts, cfg.content_sections), cfg)
    if earlier is None:
        return result_model.Novelty(compared_with=None, project=project, matches=[]), source
    pool = [e for e in earlier if fiscal_year is None or e.fiscal_year is None or e.fiscal_year <= fiscal_year]
    compared, matches = find_repeats(fingerprint(*source), pool, cfg)
    return result_model.Novelty(
        compared_with=compared, project=project, matches=[result_model.Match(**m.to_dict()) for m in matches]
    ), source


def _target_lines(lines: list[Line], labels: Sequence[str]) -> list[TextSource]:
    out = []
    for i, line in enumerate(lines):
        text = line.text.lstrip(ARABIC_DIGITS + THAI_DIGITS + ".() ")
        if any(text.startswith(lab) for lab in labels):
            body = (
                text
                if len(text) > max(len(lab) for lab in labels) + 3 or i + 1 >= len(lines)
                else f"{text} {lines[i + 1].text}"
            )
            out.append(TextSource(line.file, line.page, body))
    return out


def _signal_input(result: CheckResult, lines: list[Line], rubric: Rubric) -> SignalInput:
    return SignalInput(
        sections={k: _texts(s) for k, s in result.sections.items()},
        lines=[TextSource(line.file, line.page, line.text) for line in lines],
        forms={f.path: f.form for f in result.files},
        unreadable=frozenset(f.path for f in result.files if f.error is not None),
        target_lines=_target_lines(lines, rubric.signals.target_labels),
    )


def _file_result(rel: str, doc: Document, rubric: Rubric) -> FileResult:
    error: dict | None = None
    if not doc.ok:
        assert doc.error is not None  # Document.ok means error is None
        error = {"code": doc.error.code, "message": doc.error.message}
    return FileResult(rel, doc.format, classify_file(doc, rubric), doc.page_count, doc.read_by, error, doc)


def _reading_flags(rel: str, doc: Document, rubric: Rubric) -> list[Flag]:
    if not doc.ok:
        assert doc.error is not None  # Document.ok means error is None
        return [make_flag("file_unreadable", rubric, file=rel, detail=f"[{doc.error.code}] {doc.error.message_th}")]
    out = []
    notes: dict[int | None, str | None] = {p.number: p.note for p in doc.pages}
    for n in doc.notices:
        if n.code == "page_repaired":  # what was mended, as the page records it
            out.append(make_flag(n.code, rubric, file=rel, page=n.page, detail=notes.get(n.page) or ""))
        elif n.code in ("page_ocr", "page_unreadable", "ocr_budget_reached", "time_budget_reached"):
            out.append(make_flag(n.code, rubric, file=rel, page=n.page, detail=n.message_en))
    return out


def _occurrence_model(occ: Occurrence) -> result_model.Occurrence:
    return result_model.Occurrence(
        file=occ.file,
        page=occ.page,
        status=occ.status,
        heading=occ.heading,
        words=occ.words,
        text=occ.text,
        score=occ.score,
        reason=occ.reason,
        inferred=occ.inferred,
    )


def _choose_section(key: str, occurrences: list[Occurrence]) -> SectionResult:
    """The fullest occurrence of those whose heading names the section; an inferred
    one (a heading that only stands for it) or one named only by its head words
    ("ตอนที่ ๑ ผลการวิเคราะห์ข้อมูล…") only when no heading names it - then the fullest
    of those, a named one first when equally full."""
    mine = [o for o in occurrences if o.key == key]
    if not mine:
        return SectionResult(key, MISSING, "", None, None, [])
    named = [o for o in mine if not o.inferred and o.reason != HEAD_WORDS]
    best = max(named or mine, key=lambda o: (STATUS_RANK[o.status], not o.inferred, o.words))
    return SectionResult(
        key, best.status, best.text, best.file, best.page, mine, heading=best.heading, inferred=best.inferred
    )


def _add_candidates(
    sections: dict[str, SectionResult], file_lines: list[tuple[str, list[Line]]], rubric: Rubric
) -> None:
    """A missing section's nearest heading-like line, if one comes close (flag section_uncertain)."""
    missing = {k for k, s in sections.items() if s.status == MISSING}
    if not missing:
        return
    best: dict[str, Candidate] = {}
    for rel, lines in file_lines:
        for key, cand in best_candidates(lines, rubric, missing, rel).items():
            if key not in best or cand.score > best[key].score:
                best[key] = cand
    for key, cand in best.items():
        sections[key].candidate = cand


def _section_flags(sections: dict[str, SectionResult], rubric: Rubric) -> list[Flag]:
    flags = []
    for key, sec in sections.items():
        if sec.status == MISSING and sec.candidate is not None:
            c = sec.candidate
            flags.append(
                make_flag(
                    "section_uncertain",
                    rubric,
                    section=key,
                    file=c.file,
                    page=c.page,
                    heading=c.heading,
                    score=f"{c.score:.2f}",
                    entry=c.entry,
                )
            )
        elif sec.status == MISSING:
            flags.append(make_flag("section_missing", rubric, section=key))
        elif sec.status in _STATUS_FLAG:
            best_words = max((o.words for o in sec.occurrences), default=0)
            flags.append(
                make_flag(_STATUS_FLAG[sec.status], rubric, section=key, file=sec.file, page=sec.page, words=best_words)
            )
        if sec.status != MISSING and sec.inferred:
            flags.append(
                make_flag(
                    "section_inferred", rubric, section=key, file=sec.file, page=sec.page, heading=sec.heading or ""
                )
            )
    return flags
