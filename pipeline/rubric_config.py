"""Typed settings of the rubric's sub-configurations (data only).

`pipeline/rubric.py` validates the rubric file against its JSON schema and then
parses these parts once into the frozen models below: ``period:`` (with its
``completion:`` vocabulary and the date grammar's months), ``novelty:``,
``signals:``, ``scoring:`` and ``indicators:``.  The stages read attributes of
these models, never the raw YAML.  Each model holds every key the schema
defines for its part, with the schema's optionality; a default is the value
the stages assumed when the key is left out.

This module imports nothing else of the pipeline, so any stage can import it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

SectionKey = Literal["rationale", "objectives", "actions", "expected_results", "actual_results"]
FileKind = Literal["form1", "form2", "form3", "form4", "form5", "report", "minutes", "survey", "photo", "unknown"]
RuleSignal = Literal["concrete_figures", "measures_consistent", "problem_linked", "references", "routine_duty"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# ---------------------------------------------------------------------------
# period: the evaluation period, the date grammar and the completion finder


class MonthName(_Frozen):
    """One month of the date grammar: its number, full name and abbreviations."""

    month: int
    full: str
    abbr: tuple[str, ...] = ()


class CompletionConfig(_Frozen):
    """``period.completion``: vocabulary of the completion finder (pipeline/completion.py)."""

    completed_cues: tuple[str, ...]
    project_cues: tuple[str, ...] = ()
    project_words: tuple[str, ...] = ()
    whole_project_words: tuple[str, ...] = ()
    step_words: tuple[str, ...] = ()
    plan_prefixes: tuple[str, ...] = ()
    plan_line_cues: tuple[str, ...] = ()
    in_progress_strong: tuple[str, ...]
    in_progress_weak: tuple[str, ...]
    extension_words: tuple[str, ...] = ()
    document_cues: tuple[str, ...]
    plan_prefix_window: int = 14
    document_window: int = 24
    date_window: int = 70
    directive_prefixes: tuple[str, ...] = ()


# A rubric without `period.completion` has an empty vocabulary: nothing is read as a completion.
NO_COMPLETION = CompletionConfig(completed_cues=(), in_progress_strong=(), in_progress_weak=(), document_cues=())


class PeriodConfig(_Frozen):
    """``period:``: fiscal year, date grammar, which dates are work or plan, and the completion vocabulary."""

    fiscal_year_start_month: int = 10
    months: tuple[MonthName, ...]
    range_joiners: tuple[str, ...] = ("-", "–", "ถึง")
    ordinal_cues: tuple[str, ...] = ()
    fiscal_year_patterns: tuple[str, ...]
    period_labels: tuple[str, ...]
    work_sections: tuple[SectionKey, ...]
    completion_sections: tuple[SectionKey, ...]
    citation_cues: tuple[str, ...] = ()
    citation_window: int = 40
    plausible_year_distance: int = 5
    completion: CompletionConfig = NO_COMPLETION


# ---------------------------------------------------------------------------
# novelty: MinHash parameters and what the main content is


class NoveltyConfig(_Frozen):
    """``novelty:``: the project-name labels, the content sections and the MinHash parameters."""

    project_labels: tuple[str, ...]
    content_sections: tuple[SectionKey, ...]
    ngram: int
    num_perm: int
    seed: int
    estimate_threshold: float
    confirm_threshold: float
    min_chars: int = 0

    @property
    def scheme(self) -> str:
        """What a stored fingerprint was made with: only equal schemes are compared."""
        return f"minhash-char{self.ngram}-p{self.num_perm}-s{self.seed}"


# ---------------------------------------------------------------------------
# signals: lexicons and thresholds of the criterion 2.2 quality signals


class MeasureSpec(_Frozen):
    """One measure results are stated in (time, cost …): its titles and the regular expressions naming it."""

    title_th: str
    title_en: str
    words: tuple[str, ...]
    generic: bool = False  # a count of anything ("จำนวนครั้ง"): what a reduction reduces only when nothing else is named


class InnovationTypeSpec(_Frozen):
    """One innovation type: its titles and the patterns that name it."""

    title_th: str
    title_en: str
    patterns: tuple[str, ...]
    box_names: tuple[str, ...] = ()  # short names that name it beside a check box ("☑ เชิงนโยบาย")


class TypeInferenceConfig(_Frozen):
    """``signals.innovation_type_inference``: cue words per type and the decision thresholds."""

    cap: int
    min_score: int | float
    min_margin: int | float
    cues: dict[str, tuple[str, ...]]
    reduced: dict[str, tuple[str, ...]] = {}  # type -> measures whose reported reduction is a cue for it
    in_actions: dict[str, tuple[str, ...]] = {}  # type -> patterns that decide it when the actions do them


class ReductionsConfig(_Frozen):
    """``signals.reductions``: how a saving is stated, as a reduction of something measured.

    ``cues_before`` precede what was reduced ("ลดการใช้กระดาษ", "ประหยัดค่าไฟฟ้า"): a measure
    named within ``after_window`` characters after the cue; ``cues_after`` follow it
    ("น้ำมันเชื้อเพลิง … ลดลงจาก 1,850 ลิตร", "จาก 47 นาที เหลือ 18 นาที"): a measure named
    within ``before_window`` characters before.  Neither window crosses a ``clause_breaks`` match.
    """

    cues_before: tuple[str, ...]
    cues_after: tuple[str, ...]
    after_window: int
    before_window: int
    clause_breaks: tuple[str, ...] = ()


class SignalsConfig(_Frozen):
    """``signals:``: every lexicon and threshold of the quality signals."""

    percent_words: tuple[str, ...]
    before_after_words: tuple[str, ...]
    figure_min_count: int
    link_min_shared: int
    stopwords: tuple[str, ...]
    target_labels: tuple[str, ...]
    reference_forms: tuple[str, ...]
    routine_duty_patterns: tuple[str, ...]
    innovation_types: dict[str, InnovationTypeSpec]
    ticked_marks: tuple[str, ...]
    unticked_marks: tuple[str, ...]
    topics_min_hits: int
    measures: dict[str, MeasureSpec]
    measure_ignore: tuple[str, ...]
    innovation_type_inference: TypeInferenceConfig | None = None
    reference_sources: dict[str, tuple[str, ...]]
    method_steps: tuple[str, ...] = ()
    method_step_kinds: tuple[str, ...] = ()
    routine_duty_negations: tuple[str, ...] = ()
    reductions: ReductionsConfig | None = None


# ---------------------------------------------------------------------------
# scoring: the pre-score parts, their items and the level thresholds


class ScoringRule(_Frozen):
    """How an automatic item is scored: exactly one of the four is set (the schema allows one key)."""

    form_present: str | None = None
    section_ok: SectionKey | None = None
    signal_true: RuleSignal | None = None
    completed_in_period: Literal[True] | None = None


class ScoringItem(_Frozen):
    """One item of a part: automatic when it has a rule, else the evaluator's (with hint signals)."""

    id: str
    title_th: str
    title_en: str
    points: int | float
    rule: ScoringRule | None = None
    hints: tuple[str, ...] = ()


class ScoringPart(_Frozen):
    id: str
    title_th: str
    title_en: str
    items: tuple[ScoringItem, ...]


class ScoringLevel(_Frozen):
    """A level and the total (``min``) it needs."""

    level: int
    min: int | float


class ScoringConfig(_Frozen):
    """``scoring:``: the parts with their items and points, and the levels."""

    defaults_note: str | None = None
    parts: tuple[ScoringPart, ...]
    levels: tuple[ScoringLevel, ...]


# ---------------------------------------------------------------------------
# indicators: required forms and indicator 5.2's topic lexicon


class RequiredForm(_Frozen):
    """A form a submission must include; met when any file's kind is one of ``any_of``."""

    id: str
    title_th: str
    title_en: str
    any_of: tuple[FileKind, ...]


class TopicImplied(_Frozen):
    """A topic also reported for a project of ``type`` when any topic of ``by_any`` was found."""

    type: str
    by_any: tuple[str, ...]


class EfficiencyTopic(_Frozen):
    """One topic of indicator 5.2's lexicon."""

    id: str
    group: str
    title_th: str
    title_en: str
    keywords: tuple[str, ...]
    requires_type: tuple[str, ...] = ()
    reduced: tuple[str, ...] = ()  # measures (signals.measures ids) whose stated reduction is this topic
    reduced_unless: tuple[str, ...] = ()  # a reduction whose clause matches one of these is not this topic
    reported: bool = False  # a saving: found only where the actual results report it
    implied: TopicImplied | None = None
    part_of: str | None = None


class IndicatorConfig(_Frozen):
    """One indicator of ``indicators:``: its titles, required forms and topics."""

    title_th: str
    title_en: str | None = None
    required_forms: tuple[RequiredForm, ...] = ()
    topics: tuple[EfficiencyTopic, ...] = ()
