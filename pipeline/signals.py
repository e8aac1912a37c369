"""Quality signals for criterion 2.2: evidence for the evaluator, never a verdict.

Each signal is ``{"code", "value", "detail", "evidence": [{"file", "page", "text"}]}``:

* ``concrete_figures``: the actual results give numbers (spaCy ``like_num`` on a
  ``spacy.blank("th")`` doc; B.E. years not counted), percentages (ร้อยละ, %) or
  before/after comparisons (ก่อน/หลัง, ลดลงจาก …).
* ``measures_consistent``: every measure the expected results state is reported in the actual results.
* ``problem_linked``: key terms of the rationale recur in the objectives / target group.
* ``references``: evidence files attached (by form) or sources cited in the text.
* ``routine_duty``: text marked as routine duty (ภารกิจงานประจำ) — work that is not an innovation.
* ``innovation_type``: policy / service / administrative innovation named (a ticked box wins).
* ``efficiency_topics``: which of indicator 5.2's topics the project addresses.

Every lexicon and threshold is rubric data (`signals:`, `indicators.5.2.topics`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

from .dates import normalise_digits
from .rubric_config import EfficiencyTopic, MeasureSpec, SignalsConfig, TypeInferenceConfig

SNIPPET = 60  # characters either side of a hit in an evidence excerpt
MAX_EVIDENCE = 5


@dataclass(frozen=True)
class TextSource:
    """A piece of submission text with where it came from."""

    file: str | None
    page: int | None
    text: str


@dataclass
class Signal:
    code: str
    value: object
    detail: dict = field(default_factory=dict)
    evidence: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"code": self.code, "value": self.value, "detail": self.detail, "evidence": self.evidence[:MAX_EVIDENCE]}


@dataclass(frozen=True)
class SignalInput:
    sections: dict[str, list[TextSource]]  # section key -> its occurrences
    lines: list[TextSource]  # every line of every readable file
    forms: dict[str, str]  # file -> form kind
    target_lines: list[TextSource]
    unreadable: frozenset[str] = frozenset()  # files that could not be opened: never evidence


def _excerpt(text: str, start: int, end: int) -> str:
    """Up to SNIPPET characters around text[start:end], cut at word boundaries.

    A cut inside a Thai word would start the excerpt on a half word or even a
    lone vowel mark ("ึงเห็น…"); the window is widened to the nearest Thai word
    boundary (PyThaiNLP) or space on each side.
    """
    lo, hi = max(0, start - SNIPPET), min(len(text), end + SNIPPET)
    if lo > 0 or hi < len(text):
        bounds = _word_bounds(text)
        lo = max((b for b in bounds if b <= lo), default=0)
        hi = min((b for b in bounds if b >= hi), default=len(text))
    return " ".join(text[lo:hi].split())


def _word_bounds(text: str) -> list[int]:
    from extractors.thai.nlp import word_tokenize_with_spaces

    bounds, pos = [0], 0
    for token in word_tokenize_with_spaces(text):
        pos += len(token)
        bounds.append(pos)
    return bounds


def _ev(src: TextSource, start: int = 0, end: int | None = None) -> dict:
    end = len(src.text) if end is None else end
    return {"file": src.file, "page": src.page, "text": _excerpt(src.text, start, end)}


def load_in_background() -> None:
    """Import spaCy and make the blank Thai pipeline in a thread, now: a command that will compute
    signals calls this first, so the import (about 0.45 s) overlaps the reading of the files,
    during which this process mostly waits for its reading process.

    Two threads must never import the same package at once: importlib breaks an import cycle
    between threads by handing one of them a half-initialised module (spaCy then fails with
    "cannot import name … from partially initialized module").  So PyThaiNLP is imported here,
    before the thread starts, and every use of spaCy goes through ``_nlp()``, which waits for
    the thread's import under one lock before any spaCy module is imported by the caller."""

    import extractors.thai.nlp  # noqa: F401  (in the caller's thread, before the loader starts)

    threading.Thread(target=_nlp, name="spacy-load", daemon=True).start()


_LOAD_LOCK = threading.Lock()


def _nlp():
    """The blank Thai spaCy pipeline, loaded once; call it before importing any spaCy module."""
    with _LOAD_LOCK:
        return _blank_thai()


@lru_cache(maxsize=1)
def _blank_thai():
    import spacy

    import extractors.thai.nlp  # noqa: F401  (PyThaiNLP offline before spaCy's Thai tokenizer loads it)

    return spacy.blank("th")


def _figures(text: str, percent_words: tuple[str, ...]) -> tuple[list[tuple[int, int]], int]:
    """(number spans, percent mentions) in ``text``; B.E. years are not figures."""
    nlp = _nlp()  # first: it waits for a background load before spaCy's modules are imported here
    from spacy.matcher import Matcher
    from spacy.tokens import Doc

    from extractors.thai.nlp import word_tokenize_with_spaces

    # The tokens come from the project's own segmenter (nlpo3), every character kept, so the
    # offsets are the text's: spaCy's Thai tokenizer would build PyThaiNLP's newmm trie (≈ 0.5 s).
    words = [w for w in word_tokenize_with_spaces(text) if w]
    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    matcher = Matcher(nlp.vocab)
    matcher.add("NUM", [[{"LIKE_NUM": True}]])
    matcher.add("PCT", [[{"ORTH": {"IN": list(percent_words)}}]])
    nums, pct = [], 0
    for match_id, s, e in matcher(doc):
        span = doc[s:e]
        if nlp.vocab.strings[match_id] == "PCT":
            pct += 1
        elif not re.fullmatch(r"25\d\d", normalise_digits(span.text)):
            nums.append((span.start_char, span.end_char))
    return nums, pct


def concrete_figures(inp: SignalInput, cfg: SignalsConfig) -> Signal:
    numbers = pct = 0
    before_after: list[str] = []
    evidence = []
    for src in inp.sections.get("actual_results", []):
        spans, p = _figures(src.text, cfg.percent_words)
        numbers += len(spans)
        pct += p
        before_after += [w for w in cfg.before_after_words if w in src.text]
        evidence += [_ev(src, s, e) for s, e in spans[:2]]
    value = numbers >= cfg.figure_min_count
    return Signal(
        "concrete_figures",
        value,
        {"numbers": numbers, "percentages": pct, "before_after": sorted(set(before_after))},
        evidence,
    )


def _measures_in(
    sources: list[TextSource], measures: dict[str, MeasureSpec], ignore: Sequence[str]
) -> dict[str, tuple[TextSource, int, int]]:
    """measure id -> (source, start, end) of the first word naming it."""
    found: dict[str, tuple[TextSource, int, int]] = {}
    for src in sources:
        text = _blank(src.text, ignore)  # blanked, not removed: offsets stay those of src.text
        for mid, spec in measures.items():
            if mid in found:
                continue
            for word in spec.words:
                m = re.search(word, text)
                if m:
                    found[mid] = (src, m.start(), m.end())
                    break
    return found


def measures_consistent(inp: SignalInput, cfg: SignalsConfig) -> Signal:
    """Every measure the expected results state is reported in the actual results.

    Measures are named by the rubric's `measures` words (time, cost, energy,
    satisfaction …).  Extras in the actual results never make it false; no
    measure stated in the expected results makes it false (nothing to compare).
    """
    measures, ignore = cfg.measures, cfg.measure_ignore
    expected = _measures_in(inp.sections.get("expected_results", []), measures, ignore)
    actual = _measures_in(inp.sections.get("actual_results", []), measures, ignore)
    reported = [m for m in expected if m in actual]
    missing = [m for m in expected if m not in actual]
    extra = [m for m in actual if m not in expected]
    evidence = [_ev(*expected[m]) for m in missing] + [_ev(*actual[m]) for m in reported]

    def named(ids):
        return [{"id": m, "title_th": measures[m].title_th, "title_en": measures[m].title_en} for m in ids]

    return Signal(
        "measures_consistent",
        bool(expected) and not missing,
        {
            "expected": named(expected),
            "reported": named(reported),
            "not_reported": named(missing),
            "extra": named(extra),
        },
        evidence,
    )


def _terms(sources: list[TextSource], stop: frozenset[str]) -> set[str]:
    from extractors.thai.nlp import word_tokenize

    out = set()
    for src in sources:
        for tok in word_tokenize(normalise_digits(src.text)):
            if len(tok) >= 2 and tok not in stop and re.fullmatch(r"[\u0E01-\u0E4EA-Za-z]+", tok):
                out.add(tok)
    return out


def problem_linked(inp: SignalInput, cfg: SignalsConfig) -> Signal:
    stop = frozenset(cfg.stopwords)
    problem = _terms(inp.sections.get("rationale", []), stop)
    aims = inp.sections.get("objectives", []) + inp.target_lines
    shared = sorted(problem & _terms(aims, stop))
    evidence = [_ev(src) for src in aims[:2]]
    return Signal("problem_linked", len(shared) >= cfg.link_min_shared, {"shared_terms": shared[:20]}, evidence)


MAIN_FILE_MIN_SECTIONS = 3


def _main_files(inp: SignalInput) -> set[str | None]:
    """The files that hold the project itself: three or more of its five sections."""
    keys: dict[str | None, set[str]] = {}
    for key, sources in inp.sections.items():
        for src in sources:
            keys.setdefault(src.file, set()).add(key)
    return {f for f, ks in keys.items() if len(ks) >= MAIN_FILE_MIN_SECTIONS}


def _same_document(file: str, main: set[str | None]) -> bool:
    """The project document saved in another format beside it ("แบบนำเสนอ.docx" and "แบบนำเสนอ.pdf")."""
    from pathlib import PurePosixPath

    path = PurePosixPath(file)
    return any(m is not None and PurePosixPath(m).with_suffix("") == path.with_suffix("") for m in main)


def references(inp: SignalInput, cfg: SignalsConfig) -> Signal:
    """A named source cited, or a readable evidence file attached.

    An attachment is a file of an evidence kind (rubric `reference_forms`) or any
    other readable file that is not the project document itself (three or more
    of the five sections) nor that document saved in another format.
    A citation names where it comes from (rubric `reference_sources`: a law or
    resolution with its date, statistics or a report of a named body, a URL, a
    meeting with its number or date, a survey with its size); a method step
    ("การวิเคราะห์สถิติ…", "สำรวจ…ด้วยแบบสอบถาม") is not one.  An attached file that
    cannot be opened never counts, and the detail says so.
    """
    main = _main_files(inp)
    attached = {
        f
        for f, form in inp.forms.items()
        if form in cfg.reference_forms or (form == "unknown" and f not in main and not _same_document(f, main))
    }
    files = sorted(attached - inp.unreadable)
    unreadable = sorted(attached & inp.unreadable)
    evidence = [{"file": f, "page": None, "text": inp.forms[f]} for f in files]
    sources = {kind: [re.compile(p) for p in pats] for kind, pats in cfg.reference_sources.items()}
    steps = [re.compile(p) for p in cfg.method_steps]
    cited, kinds = [], set()
    for src in inp.lines:
        text = src.text.strip()
        for kind, pats in sources.items():
            m = next((m for p in pats if (m := p.search(text))), None)
            if m and not (kind in cfg.method_step_kinds and any(p.search(text) for p in steps)):
                cited.append(_ev(src, m.start(), m.end()))
                kinds.add(kind)
                break
    return Signal(
        "references",
        bool(files or cited),
        {"files": files, "unreadable_files": unreadable, "citations": len(cited), "kinds": sorted(kinds)},
        evidence + cited,
    )


def routine_duty(inp: SignalInput, cfg: SignalsConfig) -> Signal:
    pats = [re.compile(p) for p in cfg.routine_duty_patterns]
    negations = cfg.routine_duty_negations
    evidence: list[dict] = []
    beyond: list[dict] = []
    for src in inp.lines:
        m = next((m for p in pats if (m := p.search(src.text))), None)
        if m:
            (beyond if any(_search(w, src.text) for w in negations) else evidence).append(_ev(src, m.start(), m.end()))
    return Signal(
        "routine_duty", bool(evidence), {"mentions": len(evidence), "beyond_routine": len(beyond)}, evidence or beyond
    )


def innovation_type(inp: SignalInput, cfg: SignalsConfig) -> Signal:
    types = cfg.innovation_types
    compiled = {t: [re.compile(p) for p in spec.patterns] for t, spec in types.items()}
    ticked: dict[str, dict] = {}
    named: dict[str, dict] = {}
    for src in inp.lines:
        boxes = _boxes(src.text, cfg)
        if boxes:  # "☑ เชิงนโยบาย (Policy Innovation) ☐ การบริการ …": each box owns the words up to the next
            for is_ticked, start, end in boxes:
                t = _box_type(src.text[start:end], cfg)
                if t is not None and is_ticked:
                    ticked.setdefault(t, _ev(src, start, end))
            continue
        hits = {
            t: m for t, pats in compiled.items() if (m := next((m for p in pats if (m := p.search(src.text))), None))
        }
        if len(hits) == 1:  # a line naming several types is a definition list, not a choice
            t, m = next(iter(hits.items()))
            named.setdefault(t, _ev(src, m.start(), m.end()))
    chosen = ticked or named
    value = [t for t in types if t in chosen]
    detail = {
        "types": [{"id": t, "title_th": types[t].title_th, "title_en": types[t].title_en} for t in value],
        "ticked": bool(ticked),
        "stated": bool(value),
        "inferred": False,
    }
    if value or cfg.innovation_type_inference is None:
        return Signal("innovation_type", value, detail, [chosen[t] for t in value])
    inferred, confidence, cues, evidence = _infer_type(inp, cfg.innovation_type_inference, cfg)
    value = [inferred] if inferred else []
    detail.update(
        {
            "types": [{"id": t, "title_th": types[t].title_th, "title_en": types[t].title_en} for t in value],
            "inferred": bool(inferred),
            "confidence": confidence,
            "cues": cues,
        }
    )
    return Signal("innovation_type", value, detail, evidence)


def _boxes(text: str, cfg: SignalsConfig) -> list[tuple[bool, int, int]]:
    """(ticked, start, end) of each check box on the line and the words it owns (up to the next box)."""
    marks = sorted(
        (m.start(), m.end(), ticked)
        for ticked, group in ((True, cfg.ticked_marks), (False, cfg.unticked_marks))
        for mark in group
        for m in re.finditer(re.escape(mark), text)
    )
    return [
        (ticked, end, marks[i + 1][0] if i + 1 < len(marks) else len(text)) for i, (_, end, ticked) in enumerate(marks)
    ]


def _box_type(words: str, cfg: SignalsConfig) -> str | None:
    """The one innovation type a check box's words name: its full name or, beside a box, a short one."""
    found = {
        t
        for t, spec in cfg.innovation_types.items()
        if any(re.search(p, words) for p in spec.patterns)
        or any(re.match(p, words.lstrip(), re.IGNORECASE) for p in spec.box_names)
    }
    return found.pop() if len(found) == 1 else None


_TYPE_SECTIONS = ("rationale", "objectives", "actions", "expected_results", "actual_results")


def _infer_type(
    inp: SignalInput, spec: TypeInferenceConfig, cfg: SignalsConfig
) -> tuple[str | None, float, dict, list[dict]]:
    """The type whose cues (who benefits, what changes) the project text has most.

    Cue words are counted in the project's sections (each at most `cap` times).  What
    the actual results say was saved is a cue too (`reduced`): the agency's own
    electricity, water or supplies cut is a change to its own running, whoever else
    the text mentions; each such measure counts `cap` times.  So does an action of a
    kind that decides the type (`in_actions`): enacting an ordinance or issuing a
    regulation in the actions is making a rule, whoever the rule serves.
    """
    sources = [s for k in _TYPE_SECTIONS for s in inp.sections.get(k, [])]
    scores: dict[str, float] = {}
    cues: dict[str, list[str]] = {}
    first: dict[str, dict] = {}
    for type_id, words in spec.cues.items():
        total = 0
        for word in words:
            n = sum(src.text.count(word) for src in sources)
            if n:
                total += min(n, spec.cap)
                cues.setdefault(type_id, []).append(word)
                src = next(s for s in sources if word in s.text)
                first.setdefault(type_id, _ev(src, src.text.index(word), src.text.index(word) + len(word)))
        scores[type_id] = total
    for type_id, patterns in spec.in_actions.items():  # what the project did: "ตราเทศบัญญัติ …" makes a rule
        for pattern in patterns:
            done = [(act, m) for act in inp.sections.get("actions", []) if (m := _search(pattern, act.text))]
            if done:
                act, m = done[0]
                scores[type_id] = scores.get(type_id, 0) + spec.cap
                cues.setdefault(type_id, []).append(m.group(0))
                first.setdefault(type_id, _ev(act, m.start(), m.end()))
    saved = reductions(inp.sections.get("actual_results", []), cfg) if spec.reduced else []
    for type_id, measures in spec.reduced.items():
        cuts = {r.measure: r for r in saved if r.measure in measures}
        for r in cuts.values():
            scores[type_id] = scores.get(type_id, 0) + spec.cap
            cues.setdefault(type_id, []).append(r.words)
            first.setdefault(type_id, _ev(r.src, r.start, r.end))
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked:
        return None, 0.0, cues, []
    best, top = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0
    if top < float(spec.min_score) or top - runner < float(spec.min_margin):
        return None, 0.0, cues, []
    return best, round((top - runner) / top, 2), cues, [first[best]]


def _blank(text: str, patterns: Sequence[str]) -> str:
    """``text`` with every match of ``patterns`` replaced by spaces (offsets stay the text's)."""
    for pattern in patterns:
        text = _pattern(pattern).sub(lambda m: " " * len(m.group(0)), text)
    return text


@dataclass(frozen=True)
class Reduction:
    """A stated reduction of one measure: the measure's word and the cue, as written."""

    measure: str
    src: TextSource
    start: int  # from the first to the last character of word and cue in src.text
    end: int
    words: str  # "<word> … <cue>" or "<cue><word>", for the evaluator


def reductions(sources: Sequence[TextSource], cfg: SignalsConfig) -> list[Reduction]:
    """Every measure the text says was reduced, one entry per (cue, measure).

    A saving is written as a reduction of what is measured, whatever the topic:
    "ลดการใช้กระดาษ", "ประหยัดค่าไฟฟ้า" (cue, then what), "น้ำมันเชื้อเพลิง … ลดลงจาก 1,850 ลิตร",
    "จาก 47 นาที เหลือ 18 นาที" (what, then cue).  What was reduced is a measure of
    `signals.measures` named in the cue's window, which never crosses a clause break
    (see ``_reduced_measures``).
    """
    spec = cfg.reductions
    if spec is None:
        return []
    out = []
    for src in sources:
        text = _blank(src.text, cfg.measure_ignore)
        breaks = sorted(m.end() for b in spec.clause_breaks for m in _pattern(b).finditer(text))
        for cue in spec.cues_before:
            for m in _pattern(cue).finditer(text):
                hi = min(len(text), m.end() + spec.after_window)
                hi = min([b for b in breaks if m.end() < b <= hi], default=hi)
                out.extend(_reduced_measures(src, text, m, _pieces(text, m.end(), hi), cfg))
        for cue in spec.cues_after:
            for m in _pattern(cue).finditer(text):
                lo = max(0, m.start() - spec.before_window)
                lo = max([b for b in breaks if lo <= b <= m.start()], default=lo)
                unit_end = min([b for b in breaks if m.start() < b], default=m.end())  # "ลดลง 138,500 บาท"
                pieces = _pieces(text, lo, m.start())[::-1] + [(m.end(), unit_end)]
                out.extend(_reduced_measures(src, text, m, pieces, cfg))
    return out


def _pieces(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The space-separated pieces of text[lo:hi] as (start, end), in reading order."""
    return [(lo + p.start(), lo + p.end()) for p in re.finditer(r"\S+", text[lo:hi])]


def _reduced_measures(
    src: TextSource, text: str, cue: re.Match, pieces: list[tuple[int, int]], cfg: SignalsConfig
) -> list[Reduction]:
    """What a reduction cue reduces: the first measure named in the nearest space-separated piece
    that names one, pieces taken from the cue outwards.  Thai writes a clause without spaces and
    separates clauses with them, so the nearest piece is the cue's own clause, and its first
    measure word is what the clause is about ("ค่าใช้จ่ายค่าถ่ายเอกสารและหมึกพิมพ์ลดลง" is a cost,
    "เจ้าหน้าที่ปฏิบัติตามแนวทาง หน่วยไฟฟ้าลดลง" energy).  Two measures when one word names both
    ("ค่าไฟฟ้า"); a generic count ("จำนวนครั้ง") only when no piece names anything else."""
    for generic in (False, True):
        for a, b in pieces:
            spans = {}
            for mid, measure in cfg.measures.items():
                if measure.generic != generic:
                    continue
                hits = [
                    (a + w.start(), a + w.end()) for word in measure.words for w in _pattern(word).finditer(text[a:b])
                ]
                if hits:
                    spans[mid] = min(hits)
            if spans:
                first = min(spans.values())
                return [
                    _reduction(src, mid, span, cue)
                    for mid, span in spans.items()
                    if span[0] < first[1] and first[0] < span[1]
                ]
    return []


def _reduction(src: TextSource, measure: str, span: tuple[int, int], cue: re.Match) -> Reduction:
    a, b = span
    if a >= cue.start():  # what follows the cue: "ลดการใช้กระดาษ", "ลดลง 138,500 บาท"
        return Reduction(measure, src, cue.start(), b, " ".join(src.text[cue.start() : b].split()))
    return Reduction(measure, src, a, cue.end(), f"{src.text[a:b]} … {cue.group(0)}")


def efficiency_topics(
    inp: SignalInput, cfg: SignalsConfig, topics: Sequence[EfficiencyTopic], innovation: list[str] | None = None
) -> Signal:
    """Indicator 5.2 topics, multi-label, each with the words that decided it.

    A topic is found by its keywords (regular expressions) or, for a saving, by a
    stated reduction of a measure it names (`reduced`; `reduced_unless` drops a
    reduction whose clause shows it is not this topic, e.g. the public's own money
    for the agency's budget); `requires_type` keeps it to projects of an innovation
    type; `implied` adds it for a project of a type when another topic it names was
    found ("implied by" in its detail).
    """
    sources = [s for k in ("rationale", "objectives", "actions", "actual_results") for s in inp.sections.get(k, [])]
    reported = inp.sections.get("actual_results", [])
    stated = [s for k in ("objectives", "actions", "actual_results") for s in inp.sections.get(k, [])]
    saved_reported, saved_stated = reductions(reported, cfg), reductions(stated, cfg)
    types = set(innovation or [])
    found: dict[str, dict] = {}
    evidence = []
    for topic in topics:
        if topic.requires_type and not types & set(topic.requires_type):
            continue
        where = reported if topic.reported else sources  # a saving counts where it is reported
        hits = [(src, m) for kw in topic.keywords for src in where if (m := _search(kw, src.text))]
        cuts = [
            r
            for r in (saved_reported if topic.reported else saved_stated)
            if r.measure in topic.reduced
            and not any(_search(w, _clause(r.src.text, r.start, r.end)) for w in topic.reduced_unless)
        ]
        if len(hits) + len(cuts) >= cfg.topics_min_hits:
            found[topic.id] = _topic(topic, sorted({m.group(0) for _, m in hits} | {r.words for r in cuts}))
            if hits:
                evidence.append(_ev(hits[0][0], hits[0][1].start(), hits[0][1].end()))
            else:
                evidence.append(_ev(cuts[0].src, cuts[0].start, cuts[0].end))
    for topic in topics:
        rule = topic.implied
        if topic.id in found or rule is None or rule.type not in types:
            continue
        by = [t for t in rule.by_any if t in found]
        if by:
            found[topic.id] = _topic(topic, [], implied_by=by)
    ordered = [found[t.id] for t in topics if t.id in found]
    return Signal("efficiency_topics", [t["id"] for t in ordered], {"topics": ordered}, evidence)


def _clause(text: str, start: int, end: int) -> str:
    """The text around a reduction that says whose it is: SNIPPET characters either side, one line."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return text[max(lo, start - SNIPPET) : min(hi if hi >= 0 else len(text), end + SNIPPET)]


def _topic(topic: EfficiencyTopic, keywords: list[str], implied_by: list[str] | None = None) -> dict:
    out: dict = {
        "id": topic.id,
        "group": topic.group,
        "title_th": topic.title_th,
        "title_en": topic.title_en,
        "keywords": keywords,
    }
    if implied_by:
        out["implied_by"] = implied_by
    return out


@lru_cache(maxsize=512)
def _pattern(regex: str) -> re.Pattern:
    """A rubric pattern, compiled once; Latin letters match in either case ("e-Meeting", "e-meeting")."""
    return re.compile(regex, re.IGNORECASE)


def _search(regex: str, text: str) -> re.Match | None:
    return _pattern(regex).search(text)


def compute_signals(
    inp: SignalInput, cfg: SignalsConfig, efficiency_topic_list: Sequence[EfficiencyTopic]
) -> list[Signal]:
    kind = innovation_type(inp, cfg)
    return [
        concrete_figures(inp, cfg),
        measures_consistent(inp, cfg),
        problem_linked(inp, cfg),
        references(inp, cfg),
        routine_duty(inp, cfg),
        kind,
        efficiency_topics(inp, cfg, efficiency_topic_list, cast(list[str], kind.value)),  # the type ids
    ]
