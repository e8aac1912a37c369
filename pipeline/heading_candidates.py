"""Near misses: lines that look like a section's heading but were not taken as one.

When a required section is not found, an evaluator should not read "no heading
found" while the page has "๔. หลักการและเหตผุล" (a damaged spelling beyond the
finder's allowance) or "ผลที่คาดว่าจะไดร้บั".  Every line with a heading cue is
scored against each section's lexicon entries by normalised edit distance over
the line's start; the best line per section at or above NEAR_MISS_SCORE is the
candidate the report shows (flag `section_uncertain`).
"""

from __future__ import annotations

from dataclasses import dataclass

from .headings import OTHER, _entries, compact, heading_cue, match_heading, strip_numbering
from .lines import Line
from .rubric import Rubric

NEAR_MISS_SCORE = 0.75  # below this a line is not shown as a candidate
MIN_ENTRY_CHARS = 8  # shorter entries ("วิธีการ") begin too many ordinary lines
MAX_EXTRA_CHARS = 24  # a candidate is heading-sized: the entry and a few words, not a sentence


@dataclass(frozen=True)
class Candidate:
    key: str
    heading: str  # the line as written
    file: str
    page: int | None
    score: float  # 1 - edit distance / entry length, over the line's start
    entry: str  # the lexicon entry it resembles

    def to_dict(self) -> dict:
        return {"heading": self.heading, "file": self.file, "page": self.page, "score": self.score, "entry": self.entry}


def line_similarity(text: str, entry_compact: str) -> float:
    """How closely the start of `text` (compacted) spells the entry: 1.0 exact."""
    from rapidfuzz.distance import Levenshtein

    n = len(entry_compact)
    best = min(Levenshtein.distance(entry_compact, text[:cut]) for cut in (n - 2, n - 1, n, n + 1, n + 2) if cut > 0)
    return max(0.0, 1 - best / n)


def best_candidates(lines: list[Line], rubric: Rubric, keys: set[str], file: str) -> dict[str, Candidate]:
    """The nearest heading-like line of `file` for each section in `keys`."""
    entries = [
        e
        for e in _entries(rubric)
        if e.key in keys and e.key != OTHER and not e.inferred and len(e.compact) >= MIN_ENTRY_CHARS
    ]
    out: dict[str, Candidate] = {}
    for line in lines:
        body, numbered = strip_numbering(line.text)
        if not heading_cue(line, numbered) or match_heading(line, rubric) is not None:
            continue  # no heading cue, or a heading already (of another section or another part)
        text = compact(body)
        for entry in entries:
            if len(text) > len(entry.compact) + MAX_EXTRA_CHARS or text[:1] != entry.compact[:1]:
                continue  # a sentence, or a line that does not even begin like the entry
            score = round(line_similarity(text, entry.compact), 3)
            held = out.get(entry.key)
            if score >= NEAR_MISS_SCORE and (held is None or score > held.score):
                out[entry.key] = Candidate(entry.key, line.text, file, line.page, score, entry.text)
    return out
