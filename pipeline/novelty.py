"""Novelty (criterion 1.1, "not proposed before"): is this an earlier submission again?

The main content (project name + rationale + objectives + actions) is
normalised (Thai and Latin letters only: no spaces, digits or punctuation, so
a changed year or numbering does not matter) and cut into character n-grams.
A MinHash of the n-gram set (datasketch) is the stored fingerprint.  Earlier
submissions whose MinHash Jaccard estimate passes ``estimate_threshold`` are
confirmed on their stored texts with the exact containment of the n-gram
sets (shared n-grams / the smaller set: a paragraph added to a copy does not
hide it); a confirmed one is a match.  Parameters are rubric data (`novelty:`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .rubric_config import NoveltyConfig

if TYPE_CHECKING:
    from datasketch import MinHash

_KEEP = re.compile(r"[\u0E01-\u0E4Ea-z]+")  # Thai letters and vowels/tone marks (no Thai digits), Latin letters


@dataclass(frozen=True)
class Earlier:
    """A stored fingerprint of an earlier submission."""

    submission: str
    fiscal_year: int | None
    scheme: str
    hashvalues: tuple[int, ...]
    text: str  # normalised main content


@dataclass(frozen=True)
class Match:
    submission: str
    fiscal_year: int | None
    similarity: float  # exact n-gram containment
    jaccard: float  # exact n-gram Jaccard
    estimate: float  # MinHash Jaccard estimate

    def to_dict(self) -> dict:
        return {
            "submission": self.submission,
            "fiscal_year": self.fiscal_year,
            "similarity": round(self.similarity, 3),
            "jaccard": round(self.jaccard, 3),
            "estimate": round(self.estimate, 3),
        }


@dataclass(frozen=True)
class Fingerprint:
    scheme: str
    hashvalues: tuple[int, ...]
    text: str


def normalise(text: str) -> str:
    """Letters only, lower case, NFC: what the n-grams are cut from."""
    return "".join(_KEEP.findall(unicodedata.normalize("NFC", text).lower()))


def ngrams(norm: str, n: int) -> set[str]:
    if len(norm) < n:
        return {norm} if norm else set()
    return {norm[i : i + n] for i in range(len(norm) - n + 1)}


@lru_cache(maxsize=16)
def _empty_minhash(num_perm: int, seed: int) -> MinHash:
    # Imported here: datasketch pulls in scipy (≈ 1.2 s), needed only when a fingerprint is made.
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=seed)


def _minhash(grams: set[str], cfg: NoveltyConfig) -> MinHash:
    mh = _empty_minhash(cfg.num_perm, cfg.seed).copy()
    mh.update_batch([g.encode("utf-8") for g in sorted(grams)])
    return mh


def main_content(project: str | None, sections: dict[str, str], keys: Sequence[str]) -> str:
    """Project name + the content sections, in the rubric's order."""
    parts = [project or ""] + [sections.get(k, "") for k in keys]
    return "\n".join(p for p in parts if p)


def fingerprint(text: str, cfg: NoveltyConfig) -> Fingerprint:
    norm = normalise(text)
    mh = _minhash(ngrams(norm, cfg.ngram), cfg)
    return Fingerprint(cfg.scheme, tuple(int(v) for v in mh.hashvalues), norm)


def estimate_jaccard(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """MinHash Jaccard estimate: the share of equal hash values (as MinHash.jaccard, on stored values)."""
    if len(a) != len(b) or not a:
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def exact_similarity(a: str, b: str, n: int) -> tuple[float, float]:
    """(containment, Jaccard) of the two normalised texts' n-gram sets."""
    ga, gb = ngrams(a, n), ngrams(b, n)
    if not ga or not gb:
        return 0.0, 0.0
    shared = len(ga & gb)
    return shared / min(len(ga), len(gb)), shared / len(ga | gb)


def find_repeats(fp: Fingerprint, earlier: list[Earlier], cfg: NoveltyConfig) -> tuple[int, list[Match]]:
    """(how many earlier submissions were compared, the confirmed matches best first)."""
    if len(fp.text) < cfg.min_chars:
        return 0, []
    compared = 0
    matches: list[Match] = []
    for e in earlier:
        if e.scheme != fp.scheme or len(e.text) < cfg.min_chars:
            continue
        compared += 1
        estimate = estimate_jaccard(fp.hashvalues, e.hashvalues)
        if estimate < cfg.estimate_threshold:
            continue
        containment, jaccard = exact_similarity(fp.text, e.text, cfg.ngram)
        if containment >= cfg.confirm_threshold:
            matches.append(Match(e.submission, e.fiscal_year, containment, jaccard, estimate))
    matches.sort(key=lambda m: -m.similarity)
    return compared, matches


def project_name(lines: list[str], labels: Sequence[str]) -> str | None:
    """The first "ชื่อโครงการ : …" value (or the line after a label standing alone)."""
    ordered = sorted(labels, key=len, reverse=True)
    for i, line in enumerate(lines):
        text = re.sub(r"^[\s\d.()๐-๙]*", "", line)
        label = next((lab for lab in ordered if text.startswith(lab)), None)
        if label is None:
            continue
        rest = text[len(label) :].strip().lstrip(":").strip()
        if rest:
            return rest
        if i + 1 < len(lines) and lines[i + 1].strip():
            return lines[i + 1].strip()
    return None
