"""Load and validate a rubric file (YAML, schema in pipeline/schemas/rubric.schema.json).

The rubric is data: section heading lexicon, placeholder patterns, minimum
lengths, flag severities, the indicators (required forms, 5.2 topics), the
evaluation-period lexicon, novelty parameters, signal lexicons and the scoring
parts with their points and level thresholds.  `load_rubric()` gives the bundled default;
`load_rubric(path)` any other file.  Its `ref` ("name@version") is recorded
with every result so a rubric change is visible and re-checks everything.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import jsonschema
import pydantic
import yaml

from .rubric_config import EfficiencyTopic, IndicatorConfig, NoveltyConfig, PeriodConfig, ScoringConfig, SignalsConfig

RUBRICS_DIR = Path(__file__).resolve().parent / "rubrics"
SCHEMA_PATH = Path(__file__).resolve().parent / "schemas" / "rubric.schema.json"
DEFAULT_RUBRIC = RUBRICS_DIR / "innovation.yaml"

SECTION_KEYS = ("rationale", "objectives", "actions", "expected_results", "actual_results")


class RubricError(ValueError):
    """The rubric file is missing, not YAML, or does not fit the schema."""


@dataclass(frozen=True)
class HeadingVocabulary:
    """One section's heading words (see `heading_vocabulary` in the rubric file)."""

    core: frozenset[str]
    allowed: frozenset[str]
    forbidden: frozenset[str]
    requires_any: frozenset[str]
    requires_any_except_forms: frozenset[str]
    # Core words that head a heading with unknown qualifiers only when the line names the project
    # ("ความสำคัญของผลงาน…", not "ความสำคัญของหัวข้อเรื่อง"): see headings._match_by_head.
    needs_subject: frozenset[str] = frozenset()
    # Words that make a heading of another part, headed by one of this section's words, this section's:
    # "ปัญหาหรือความท้าทายก่อนการพัฒนา" - the problem *before* the change is the rationale (headings._match_before).
    before_change: frozenset[str] = frozenset()

    def accepts(self, words: tuple[str, ...], form: str | None = None) -> bool:
        if not any(has_word(self.core, w) for w in words) or any(has_word(self.forbidden, w) for w in words):
            return False
        if not all(has_word(self.allowed, w) for w in words):  # `allowed` includes core and connectors
            return False
        if self.requires_any and form not in self.requires_any_except_forms:
            return any(has_word(self.requires_any, w) for w in words)
        return True


def has_word(words: frozenset[str], word: str) -> bool:
    """The word, or its stem (see `stem`), is among `words` (which hold their stems too)."""
    return word in words or stem(word) in words


@dataclass(frozen=True)
class SectionRule:
    key: str
    title_th: str
    title_en: str
    min_words: int
    headings: tuple[str, ...]
    # Headings that stand for this section only when no heading names it as such
    # ("เป้าหมาย" for expected results): the result says so, and the evaluator decides.
    inferred_headings: tuple[str, ...] = ()
    inferred_body_requires_any: tuple[str, ...] = ()  # an inferred section counts only if its body has one


@dataclass(frozen=True, eq=False)  # hashed by identity: rubrics are loaded once and cached
class Rubric:
    name: str
    version: str
    sections: dict[str, SectionRule]
    other_headings: tuple[str, ...]
    terminators: tuple[str, ...]  # line starts that always end a section (signature blocks)
    placeholder_patterns: tuple[re.Pattern, ...]
    severities: dict[str, str]
    forms: dict[str, tuple[re.Pattern, ...]]
    raw: dict  # the YAML as read: for tools outside the pipeline (bench/); the stages read the typed parts
    indicator_id: str  # ``indicator:``: the assessed indicator's key in ``indicators``
    indicators: dict[str, IndicatorConfig]
    period: PeriodConfig
    novelty_config: NoveltyConfig
    signals: SignalsConfig
    scoring: ScoringConfig
    heading_vocabulary: dict[str, HeadingVocabulary] = field(default_factory=dict)
    heading_connectors: frozenset[str] = frozenset()  # ``heading_vocabulary.connectors``, lower-cased
    heading_subjects: tuple[str, ...] = ()  # ``heading_vocabulary.subjects``: words that name the project itself
    template_labels: frozenset[str] = frozenset()  # sub-labels a form prints in every copy
    template_rows: tuple[re.Pattern, ...] = ()  # row labels a form's tables print in every copy

    @property
    def ref(self) -> str:
        return f"{self.name}@{self.version}"

    def severity(self, code: str) -> str:
        return self.severities.get(code, "warning")

    @property
    def indicator(self) -> IndicatorConfig:
        """The assessed indicator (``indicator:``): its required forms and titles."""
        return self.indicators[self.indicator_id]

    @property
    def efficiency_topics(self) -> tuple[EfficiencyTopic, ...]:
        """Indicator 5.2's topic lexicon (empty when the rubric has none)."""
        spec = self.indicators.get("5.2")
        return spec.topics if spec is not None else ()


# Thai makes nouns of verbs and adjectives with a prefix: การ (การปฏิบัติ, การวัดผล),
# ความ (ความมุ่งหมาย, ความต้องการ), จุด (จุดมุ่งหมาย).  A heading word and a vocabulary
# word that differ only by it are the same word for naming a section.
NOMINALISERS = ("การ", "ความ", "จุด")
MIN_STEM_CHARS = 3


def stem(word: str) -> str:
    """The word without its nominalising prefix: "ความมุ่งหมาย" -> "มุ่งหมาย"."""
    for prefix in NOMINALISERS:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM_CHARS:
            return word[len(prefix) :]
    return word


def with_stems(words) -> frozenset[str]:
    words = frozenset(words)
    return words | frozenset(stem(w) for w in words)


@lru_cache(maxsize=1)
def _schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    """The rubric schema's validator.  The schema itself is checked by the tests, not on every load
    (`jsonschema.validate` checks it first: 0.24 s of a 0.5 s load)."""
    schema = _schema()
    return jsonschema.validators.validator_for(schema)(schema)


# libyaml's parser when PyYAML was built with it (the wheels are): the rubric parses in a tenth of the time.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_rubric(path: str | Path | None = None) -> Rubric:
    path = Path(path) if path else DEFAULT_RUBRIC
    return _load(path.resolve(), path.stat().st_mtime_ns if path.exists() else 0)


@lru_cache(maxsize=8)
def _load(path: Path, _mtime: int) -> Rubric:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
    except FileNotFoundError:
        raise RubricError(f"rubric file not found: {path}") from None
    except yaml.YAMLError as exc:
        raise RubricError(f"rubric {path} is not valid YAML: {exc}") from None
    try:
        error = jsonschema.exceptions.best_match(_validator().iter_errors(data))
        if error is not None:
            raise error
    except jsonschema.ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path) or "(top)"
        raise RubricError(f"rubric {path} does not fit the schema at {where}: {exc.message}") from None
    if str(data["indicator"]) not in data["indicators"]:
        raise RubricError(f"rubric {path}: indicator {data['indicator']!r} is not among indicators")
    sections = {
        key: SectionRule(
            key=key,
            title_th=s["title_th"],
            title_en=s.get("title_en", key),
            min_words=s["min_words"],
            headings=tuple(s["headings"]),
            inferred_headings=tuple(s.get("inferred_headings", ())),
            inferred_body_requires_any=tuple(s.get("inferred_body_requires_any", ())),
        )
        for key, s in data["sections"].items()
    }
    try:
        patterns = tuple(re.compile(p, re.IGNORECASE) for p in data["placeholder_patterns"])
        forms = {kind: tuple(re.compile(p) for p in pats) for kind, pats in data.get("forms", {}).items()}
        template_rows = tuple(re.compile(p, re.IGNORECASE) for p in data.get("template_rows", ()))
    except re.error as exc:
        raise RubricError(f"rubric {path}: bad regular expression: {exc}") from None
    try:
        indicators = {str(k): IndicatorConfig.model_validate(v) for k, v in data["indicators"].items()}
        period = PeriodConfig.model_validate(data["period"])
        novelty = NoveltyConfig.model_validate(data["novelty"])
        signals = SignalsConfig.model_validate(data["signals"])
        scoring = ScoringConfig.model_validate(data["scoring"])
    except pydantic.ValidationError as exc:  # the schema is checked first: a gap between it and the models
        raise RubricError(f"rubric {path} does not fit the settings models: {exc}") from None
    vocab = data.get("heading_vocabulary") or {"connectors": [], "sections": {}}
    connectors = frozenset(w.lower() for w in vocab["connectors"])
    heading_vocabulary = {}
    groups = dict(vocab["sections"])
    if "other" in vocab:
        groups["other"] = vocab["other"]  # headings of other parts: they end a section
    for key, v in groups.items():
        core = with_stems(w.lower() for w in v["core"])
        requires = with_stems(w.lower() for w in v.get("requires_any", ()))
        heading_vocabulary[key] = HeadingVocabulary(
            core=core,
            allowed=core | connectors | requires | with_stems(w.lower() for w in v.get("allowed", ())),
            forbidden=with_stems(w.lower() for w in v.get("forbidden", ())),
            requires_any=requires,
            requires_any_except_forms=frozenset(v.get("requires_any_except_forms", ())),
            needs_subject=with_stems(w.lower() for w in v.get("needs_subject", ())),
            before_change=frozenset(w.lower() for w in v.get("before_change", ())),
        )
    return Rubric(
        name=data["name"],
        version=str(data["version"]),
        sections=sections,
        other_headings=tuple(data["other_headings"]),
        terminators=tuple(data.get("section_terminators", ())),
        placeholder_patterns=patterns,
        severities=dict(data["severities"]),
        forms=forms,
        raw=data,
        indicator_id=str(data["indicator"]),
        indicators=indicators,
        period=period,
        novelty_config=novelty,
        signals=signals,
        scoring=scoring,
        heading_vocabulary=heading_vocabulary,
        heading_connectors=connectors,
        heading_subjects=tuple(w.lower() for w in vocab.get("subjects", ())),
        template_labels=frozenset(data.get("template_labels", ())),
        template_rows=template_rows,
    )
