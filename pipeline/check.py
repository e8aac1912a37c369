"""Check one submission (a folder of one agency's files, or a single file).

read every file -> classify it -> lines -> sections per file -> the fullest
occurrence of each section across files -> flags.  Files that cannot be read
are listed with their error and flagged; they never stop the check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from extractors import ReadSettings, read_file
from extractors.model import Document

from .content_status import MISSING, STATUS_RANK
from .flags import Flag, make_flag
from .forms import classify_file
from .lines import document_to_lines
from .rubric import SECTION_KEYS, Rubric, load_rubric
from .sections import Occurrence, find_sections

CHECK_SCHEMA = "evidence-check/1"
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

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "format": self.format,
            "form": self.form,
            "pages": self.pages,
            "read_by": self.read_by,
            "error": self.error,
        }


@dataclass
class SectionResult:
    key: str
    status: str
    text: str
    file: str | None
    page: int | None
    occurrences: list[dict]

    def to_dict(self) -> dict:
        return {
            "status": self.status,
            "text": self.text,
            "file": self.file,
            "page": self.page,
            "occurrences": self.occurrences,
        }


@dataclass
class CheckResult:
    submission: str
    rubric: str
    files: list[FileResult]
    sections: dict[str, SectionResult]
    flags: list[Flag]

    @property
    def readable_files(self) -> int:
        return sum(1 for f in self.files if f.error is None and f.format != "image")

    def to_dict(self) -> dict:
        return {
            "schema": CHECK_SCHEMA,
            "submission": self.submission,
            "rubric": self.rubric,
            "files": [f.to_dict() for f in self.files],
            "sections": {k: s.to_dict() for k, s in self.sections.items()},
            "flags": [f.to_dict() for f in self.flags],
        }


def submission_files(path: Path) -> list[Path]:
    """Every regular file of the submission, in a stable order (nothing skipped)."""
    if path.is_file():
        return [path]
    return sorted((p for p in path.rglob("*") if p.is_file()), key=lambda p: p.relative_to(path).as_posix())


def check_submission(
    path: str | Path,
    rubric: Rubric | None = None,
    settings: ReadSettings | None = None,
) -> CheckResult:
    path = Path(path)
    rubric = rubric or load_rubric()
    settings = settings or ReadSettings()
    base = path if path.is_dir() else path.parent
    files: list[FileResult] = []
    occurrences: list[Occurrence] = []
    flags: list[Flag] = []
    for file_path in submission_files(path):
        rel = file_path.relative_to(base).as_posix()
        doc = read_file(file_path, settings)
        files.append(_file_result(rel, doc, rubric))
        flags.extend(_reading_flags(rel, doc, rubric))
        if doc.ok:
            for occ in find_sections(document_to_lines(doc), rubric):
                occ.file = rel
                occurrences.append(occ)
    sections = {key: _choose_section(key, occurrences) for key in SECTION_KEYS if key in rubric.sections}
    flags = _section_flags(sections, rubric) + flags
    return CheckResult(str(path), rubric.ref, files, sections, flags)


def _file_result(rel: str, doc: Document, rubric: Rubric) -> FileResult:
    error = None if doc.ok else {"code": doc.error.code, "message": doc.error.message}
    return FileResult(rel, doc.format, classify_file(doc, rubric), doc.page_count, doc.read_by, error, doc)


def _reading_flags(rel: str, doc: Document, rubric: Rubric) -> list[Flag]:
    if not doc.ok:
        return [make_flag("file_unreadable", rubric, file=rel, detail=f"[{doc.error.code}] {doc.error.message_th}")]
    out = []
    for n in doc.notices:
        if n.code in ("page_ocr", "page_unreadable"):
            out.append(make_flag(n.code, rubric, file=rel, page=n.page, detail=n.message_en))
    return out


def _occurrence_dict(occ: Occurrence) -> dict:
    return {"file": occ.file, "page": occ.page, "status": occ.status, "heading": occ.heading, "words": occ.words, "text": occ.text}


def _choose_section(key: str, occurrences: list[Occurrence]) -> SectionResult:
    mine = [o for o in occurrences if o.key == key]
    if not mine:
        return SectionResult(key, MISSING, "", None, None, [])
    best = max(mine, key=lambda o: (STATUS_RANK[o.status], o.words))
    return SectionResult(key, best.status, best.text, best.file, best.page, [_occurrence_dict(o) for o in mine])


def _section_flags(sections: dict[str, SectionResult], rubric: Rubric) -> list[Flag]:
    flags = []
    for key, sec in sections.items():
        if sec.status == MISSING:
            flags.append(make_flag("section_missing", rubric, section=key))
        elif sec.status in _STATUS_FLAG:
            best_words = max((o["words"] for o in sec.occurrences), default=0)
            flags.append(make_flag(_STATUS_FLAG[sec.status], rubric, section=key, file=sec.file, page=sec.page, words=best_words))
    return flags
