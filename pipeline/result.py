"""The evidence-check/3 result as typed models: made once by the check, read by attribute everywhere else.

`evidence check --format json`, the store, the review web app, the terminal
report and the Prefect artifacts all read these models; none of them indexes
the JSON for a field defined here.  ``model_dump(mode="json")`` gives exactly
the published object (pipeline/schemas/evidence-check-3.schema.json; a test
validates it), in the same key order, so the JSON output did not change when
the models came in.

Two parts stay open objects, because their shape belongs to the rubric rather
than to the product: a signal's ``detail`` (its keys depend on the signal:
counts, measures, types, topics) and a score item's ``evidence`` (one entry per
rule kind).  The fields the product itself reads from a signal's detail are
typed through the methods on `Signal`.

A stored result written by an older schema (evidence-check/1 or /2), or the
record of a check that failed, is read with `EvidenceCheck.from_stored`, which
says so instead of guessing.
"""

from __future__ import annotations

from typing import Any, ClassVar, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_serializer

CHECK_SCHEMA: Final = "evidence-check/3"
Number = int | float  # points and maxima keep the type the rubric gave them (10, 2.5)


class ResultModel(BaseModel):
    """Base: unknown keys are an error; `OMIT_WHEN_NONE` keys are left out of the JSON when None."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    OMIT_WHEN_NONE: ClassVar[frozenset[str]] = frozenset()

    @model_serializer(mode="wrap")
    def _leave_out_absent(self, handler):
        data = handler(self)
        for key in self.OMIT_WHEN_NONE:
            if data.get(key, 0) is None:
                del data[key]
        return data


class FileError(ResultModel):
    code: str
    message: str


class FileEntry(ResultModel):
    path: str  # relative to the submission
    format: str
    form: str
    pages: int | None
    read_by: list[str]
    error: FileError | None


class Occurrence(ResultModel):
    file: str
    page: int | None
    status: str
    heading: str
    words: int
    text: str
    score: float
    reason: str
    inferred: bool


class Candidate(ResultModel):
    heading: str
    file: str
    page: int | None
    score: float
    entry: str


class Section(ResultModel):
    OMIT_WHEN_NONE = frozenset({"candidate"})

    status: str
    text: str
    file: str | None
    page: int | None
    occurrences: list[Occurrence]
    inferred: bool = False
    candidate: Candidate | None = None
    # The chosen occurrence's heading as written: for the terminal report, not part of the JSON.
    heading: str | None = Field(None, exclude=True)

    @property
    def best_words(self) -> int:
        return max((o.words for o in self.occurrences), default=0)


class Flag(ResultModel):
    code: str
    severity: str
    section: str | None
    file: str | None
    page: int | None
    message: str
    form: str | None


class DateEntry(ResultModel):
    text: str
    date: str
    file: str
    page: int | None
    in_period: bool | None
    section: str
    role: str
    use: str


class CompletionCandidate(ResultModel):
    kind: str
    rule: str
    date: str | None
    date_text: str | None
    cue: str | None
    sentence: str | None
    file: str | None
    page: int | None


class Completion(ResultModel):
    status: str
    rule: str
    date: str | None
    date_text: str | None
    sentence: str | None
    file: str | None
    page: int | None
    candidates: list[CompletionCandidate]
    in_period: bool | None


class Period(ResultModel):
    fiscal_year: int | None
    source: str | None
    start: str | None  # ISO dates
    end: str | None
    dates: list[DateEntry]
    completed: str | None
    completed_in_period: bool | None
    verdict: str | None
    completion: Completion | None


class Match(ResultModel):
    submission: str
    fiscal_year: int | None
    similarity: float
    jaccard: float
    estimate: float


class FingerprintData(ResultModel):
    scheme: str
    hashvalues: list[int]
    text: str


class Novelty(ResultModel):
    compared_with: int | None
    project: str | None
    matches: list[Match]
    # Travels with the result to the store (its own table), never in the JSON.
    fingerprint: FingerprintData | None = Field(None, exclude=True)


class Evidence(ResultModel):
    file: str | None
    page: int | None
    text: str


class Named(BaseModel):
    """A measure, an innovation type or a 5.2 topic as a signal's detail names it."""

    model_config = ConfigDict(extra="allow")
    id: str
    title_th: str
    title_en: str = ""
    implied_by: list[str] = []
    keywords: list[str] = []  # a 5.2 topic: the words or stated reductions that decided it


class Signal(ResultModel):
    code: str
    value: Any  # true/false, or a list of ids (innovation_type, efficiency_topics)
    detail: dict[str, Any]
    evidence: list[Evidence]

    def named(self, key: str) -> list[Named]:
        """The detail's list of named things under `key` (types, topics, expected, not_reported, extra)."""
        return [Named.model_validate(item) for item in self.detail.get(key) or []]

    @property
    def inferred(self) -> bool:
        return bool(self.detail.get("inferred"))

    @property
    def confidence(self) -> float:
        return float(self.detail.get("confidence") or 0.0)

    def cues(self) -> list[str]:
        """An inferred innovation type: the cue words and stated savings that decided its type."""
        chosen = [t.id for t in self.named("types")]
        found = self.detail.get("cues") or {}
        return [str(c) for t in chosen for c in found.get(t, [])]

    @property
    def has_measures(self) -> bool:
        return "expected" in self.detail

    @property
    def unreadable_files(self) -> list[str]:
        return list(self.detail.get("unreadable_files") or [])


class ScoreItem(ResultModel):
    item: str
    title: str
    max: Number
    automatic: bool
    points: Number | None
    evidence: list[dict[str, Any]]  # one entry per rule kind (form, section, signal, completed)


class ScorePart(ResultModel):
    id: str
    title: str
    max: Number
    automatic: bool
    points: Number | None
    automatic_points: Number
    evidence: list[ScoreItem]


class Score(ResultModel):
    rubric: str
    parts: list[ScorePart]
    max: Number
    automatic_total: Number
    level: int | None
    provisional_level: int | None
    complete: bool


class EvidenceCheck(ResultModel):
    """One submission's check, evidence-check/3."""

    schema_: Literal["evidence-check/3"] = Field(CHECK_SCHEMA, alias="schema")
    submission: str
    rubric: str
    files: list[FileEntry]
    sections: dict[str, Section]
    flags: list[Flag]
    period: Period
    novelty: Novelty
    signals: list[Signal]
    score: Score

    @property
    def readable_files(self) -> int:
        return sum(1 for f in self.files if f.error is None and f.format != "image")

    def signal(self, code: str) -> Signal | None:
        return next((s for s in self.signals if s.code == code), None)

    def json_dict(self) -> dict:
        """The published JSON object."""
        return self.model_dump(mode="json", by_alias=True)


class FailedCheck(ResultModel):
    """What is stored when checking a submission raised: the error, no findings."""

    schema_: Literal["evidence-check/3"] = Field(CHECK_SCHEMA, alias="schema")
    submission: str
    rubric: str
    files: list[FileEntry] = []
    sections: dict[str, Section] = {}
    flags: list[Flag] = []
    error: str

    def json_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)


class StoredResult(BaseModel):
    """A stored result as read back: the check, a failure, or a result an older version wrote."""

    check: EvidenceCheck | None = None
    failed: FailedCheck | None = None
    unreadable_reason: str | None = None  # stored by an older schema or not valid: shown, not guessed at

    @property
    def sections(self) -> dict[str, Section]:
        return self.check.sections if self.check else {}

    @property
    def period(self) -> Period | None:
        return self.check.period if self.check else None

    @property
    def signals(self) -> list[Signal]:
        return self.check.signals if self.check else []

    @property
    def error(self) -> str | None:
        return self.failed.error if self.failed else None


def from_stored(data: dict | None) -> StoredResult:
    """Read a stored result: an evidence-check/3 check, a failed check, or (older or invalid) a reason."""
    if not data:
        return StoredResult(unreadable_reason="no result stored")
    schema = data.get("schema")
    if schema != CHECK_SCHEMA:
        return StoredResult(unreadable_reason=f"stored as {schema}; re-run to check it with this version")
    try:
        if data.get("error"):
            return StoredResult(failed=FailedCheck.model_validate(data))
        return StoredResult(check=EvidenceCheck.model_validate(data))
    except ValidationError as exc:
        return StoredResult(unreadable_reason=f"not a valid {CHECK_SCHEMA} result ({exc.error_count()} errors)")
