"""Leave-one-set-out for section finding: is each labelled set right without its own lexicon entries?

The finder is rules (headings.py, sections.py, content_status.py) over data (the
rubric's heading lexicon and heading vocabulary).  A lexicon entry or a
vocabulary word that only one set needs is exactly what would be missing had
that set never been seen.  So, for each labelled set S: find which heading
entries and vocabulary words decide a heading in S and in no other set, take
them out of the rubric, and score S with what is left.  The rules stay (and
the template data: placeholder patterns, template labels and rows): they are
meant to be general, and this bench is how to see whether they are; a rule
written while looking at a set still flatters that set.

Sets: samples/ and tests/data/unseen..unseen4 (truth/*.json), the blind
section sets tests/data/blind_sections*/ (truth.json), ../shared/realworld2
(sections.json).  A judgement is right when the status agrees; `empty` and
`placeholder` count as the same ("a heading without content").

The criteria's own names for the five sections (`title_th`, from the seeds: "หลักการ เหตุผล
ความจำเป็น", "วัตถุประสงค์", "การดำเนินการ", "ผลลัพธ์ที่คาดหวัง", "ผลลัพธ์ที่เกิดขึ้นจริงอย่างเป็นรูปธรรม")
and their words are never taken out: no set taught them.  `--strict` takes them out too
(the figure this bench printed before 2026-12-07).

Usage:  .venv/bin/python bench/sections_loso.py [--sets samples,unseen,...] [--strict]
Prints per set: judgements, right with the full rubric, right leave-one-set-out,
and the entries that set alone needs; then the worst and the mean.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extractors import ReadSettings, read_file  # noqa: E402
from pipeline.check import _choose_section, submission_files  # noqa: E402
from pipeline.content_status import EMPTY, PLACEHOLDER  # noqa: E402
from pipeline.forms import classify_file  # noqa: E402
from pipeline.headings import _vocabulary_terms, match_heading, merge_terms, vocabulary_words  # noqa: E402
from pipeline.lines import document_to_lines  # noqa: E402
from pipeline.rubric import SECTION_KEYS, Rubric, load_rubric, stem  # noqa: E402
from pipeline.sections import find_sections  # noqa: E402


def shared_dir() -> Path:
    env = os.environ.get("EVIDENCE_SHARED_DIR")
    return Path(env) if env else REPO.parent / "shared"


def labelled_sets() -> dict[str, list[tuple[str, Path, dict[str, str]]]]:
    """set name -> [(case, submission path, {section: status})]."""
    sets: dict[str, list] = {}
    truth_dirs = {"samples": REPO / "samples"} | {
        u: REPO / "tests" / "data" / u for u in ("unseen", "unseen2", "unseen3", "unseen4")
    }
    for name, root in truth_dirs.items():
        cases = []
        for t in sorted((root / "truth").glob("*.json")):
            truth = json.loads(t.read_text(encoding="utf-8"))
            cases.append((t.stem, root / truth["folder"], {k: truth["sections"][k]["status"] for k in SECTION_KEYS}))
        if cases:
            sets[name] = cases
    for folder in sorted(f for f in (REPO / "tests" / "data").glob("blind_sections*") if (f / "truth.json").exists()):
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        sets[folder.name] = [
            (n, folder / "subs" / n, {k: t[k]["status"] for k in SECTION_KEYS}) for n, t in sorted(truth.items())
        ]
    rw2 = shared_dir() / "realworld2"
    if (rw2 / "sections.json").exists():
        truth = json.loads((rw2 / "sections.json").read_text(encoding="utf-8"))
        sets["realworld2"] = [
            (n, rw2 / n, {k: t["sections"][k]["status"] for k in SECTION_KEYS}) for n, t in truth.items()
        ]
    return sets


def read_case(path: Path, rubric: Rubric) -> list[tuple[str, str, list]]:
    """(file, form, lines) for every readable file of a submission."""
    base = path if path.is_dir() else path.parent
    out = []
    for fp in submission_files(path):
        doc = read_file(fp, ReadSettings())
        if doc.ok:
            out.append(
                (
                    fp.relative_to(base).as_posix(),
                    classify_file(doc, rubric),
                    document_to_lines(doc, rubric.template_rows),
                )
            )
    return out


def statuses(files: list[tuple[str, str, list]], rubric: Rubric) -> dict[str, str]:
    occurrences = []
    for rel, form, lines in files:
        for occ in find_sections(lines, rubric, form=form):
            occ.file = rel
            occurrences.append(occ)
    return {k: _choose_section(k, occurrences).status for k in SECTION_KEYS}


VOCAB = "vocabulary:"  # prefix that marks a heading-vocabulary word among the used entries


def entries_used(files: list[tuple[str, str, list]], rubric: Rubric) -> set[str]:
    """Lexicon entries that decided a heading, and ("vocabulary:" + word) the
    heading-vocabulary words of headings decided by vocabulary or an English gloss."""
    connectors = {w.lower() for w in (rubric.raw.get("heading_vocabulary") or {}).get("connectors", ())}
    terms = _vocabulary_terms(rubric) - connectors  # function words ("และ", "ของ") are grammar, not a set's knowledge
    used = set()
    for _, form, lines in files:
        for line in lines:
            m = match_heading(line, rubric, form)
            if m is None:
                continue
            if m.lexicon:
                used.add(m.lexicon)
            else:
                used.update(VOCAB + w for w in merge_terms(vocabulary_words(m.entry), terms) if w in terms)
    return used


def criteria_words(rubric: Rubric) -> set[str]:
    """The five sections' names as the criteria write them (`title_th`: "หลักการ เหตุผล ความจำเป็น",
    "การดำเนินการ", …) and their words, as entries: a finder written before any set was seen
    has them, so no set taught them."""
    terms = _vocabulary_terms(rubric)
    out: set[str] = set()
    for rule in rubric.sections.values():
        out.add(rule.title_th)
        for word in merge_terms(vocabulary_words(rule.title_th), terms):
            out.update({word, stem(word), VOCAB + word, VOCAB + stem(word)})
    return out


def without(rubric: Rubric, entries: set[str]) -> Rubric:
    words = {e[len(VOCAB) :] for e in entries if e.startswith(VOCAB)}
    # a word goes with its stem, unless a word that stays has that stem too
    kept = {
        w
        for v in rubric.raw.get("heading_vocabulary", {}).get("sections", {}).values()
        for part in ("core", "allowed", "requires_any")
        for w in v.get(part, ())
    } - words
    gone = words | {stem(w) for w in words if stem(w) not in {stem(k) for k in kept}}
    sections = {
        k: replace(
            r,
            headings=tuple(h for h in r.headings if h not in entries),
            inferred_headings=tuple(h for h in r.inferred_headings if h not in entries),
        )
        for k, r in rubric.sections.items()
    }
    vocabulary = {
        k: replace(v, core=v.core - gone, allowed=v.allowed - gone, requires_any=v.requires_any - gone)
        for k, v in rubric.heading_vocabulary.items()
    }
    return replace(
        rubric,
        sections=sections,
        other_headings=tuple(h for h in rubric.other_headings if h not in entries),
        heading_vocabulary=vocabulary,
    )


def same(want: str, got: str) -> bool:
    fold = {EMPTY: PLACEHOLDER}
    return fold.get(want, want) == fold.get(got, got)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", help="comma-separated set names to score (default: all found; all are read)")
    ap.add_argument(
        "--strict",
        action="store_true",
        help="take out even the criteria's own section names and their words (ดำเนินการ, ความจำเป็น) when one set alone uses them",
    )
    args = ap.parse_args()
    rubric = load_rubric()
    sets = labelled_sets()  # every set is read: an entry is "only this set's" against all the others
    read = {
        name: [(case, read_case(path, rubric), truth) for case, path, truth in cases] for name, cases in sets.items()
    }
    used = {name: set().union(*(entries_used(files, rubric) for _, files, _ in cases)) for name, cases in read.items()}
    users: dict[str, set[str]] = defaultdict(set)
    for name, entries in used.items():
        for e in entries:
            users[e].add(name)
    given = criteria_words(rubric)
    if not args.strict:
        print("kept in every run (the criteria's own section names and words):", ", ".join(sorted(given)), "\n")
    print(f"{'set':16} {'judgements':>10} {'full rubric':>14} {'leave-one-out':>14}  entries only this set needs")
    shares = []
    scored = args.sets.split(",") if args.sets else list(read)
    for name, cases in read.items():
        if name not in scored:
            continue
        own = {e for e in used[name] if users[e] == {name}} - (set() if args.strict else given)
        loso_rubric = without(rubric, own)
        n = right_full = right_loso = 0
        misses = []
        for case, files, truth in cases:
            full, loso = statuses(files, rubric), statuses(files, loso_rubric)
            for k in SECTION_KEYS:
                n += 1
                right_full += same(truth[k], full[k])
                right_loso += same(truth[k], loso[k])
                if not same(truth[k], loso[k]):
                    misses.append(f"    {case} {k}: reader {truth[k]}, leave-one-out {loso[k]}, full {full[k]}")
        shares.append((right_loso / n, name))
        print(
            f"{name:16} {n:10} {right_full:>6}/{n} {right_full / n:5.1%} {right_loso:>6}/{n} {right_loso / n:5.1%}  "
            f"{', '.join(sorted(own)) or '-'}"
        )
        print("\n".join(misses))
    worst = min(shares)
    print(
        f"\nleave-one-set-out: worst {worst[0]:.1%} ({worst[1]}), mean {sum(s for s, _ in shares) / len(shares):.1%} over {len(shares)} sets"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
