"""Section judgements on documents nobody here wrote (issue 12).

- tests/data/blind_sections/: 14 submissions written blind from the issue
  (truth.json).  First measurement, before any fix: 51/70 (72.9 %).
- tests/data/blind_sections2/: 15 more, written blind after the first round of
  fixes.  First measurement: 59/75 (78.7 %).
  Both were then looked at while fixing: they are regression sets now, not
  evidence of generalisation (bench/sections_loso.py and newer blind sets are).
- tests/data/blind_sections3/: 12 more (2026-12-07), written blind with headings
  worded as real offices word them (synonyms, QCC steps, chapters, award forms).
  First measurement: 42/60 (70.0 %), at b03aa71 and again with the lexicon words
  allowed in the vocabulary (the same 42).  Far from the issue's 95 %: the
  finder still needs every word of a heading it has not seen spelt to be known.
  Kept as a regression floor, raised to 50/60 with the head-words rule
  (headings._match_by_head), which was written while looking at it, then 54
  with the vocabulary it showed missing (เป้าประสงค์, ความสำเร็จ, ผลกระทบ, findings).
- tests/data/blind_sections4/: 12 more, written blind after that rule was
  written.  First measurement: 49/60 (81.7 %) without the rule, 53/60 (88.3 %)
  with it; a regression floor from then on (54 once blank fields run into one
  line are placeholders).
- ../shared/realworld2/: real agencies' documents judged from the page images
  (sections.json); skipped when the folder is not beside the clone.

A judgement is right when the status agrees; `empty` counts as `placeholder`
(both: a heading with nothing filled in).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from shared_files import shared_folder

from pipeline.check import check_submission
from pipeline.rubric import SECTION_KEYS

REPO = Path(__file__).resolve().parents[1]
BLIND = REPO / "tests" / "data" / "blind_sections"
BLIND2 = REPO / "tests" / "data" / "blind_sections2"  # first measurement 59/75 (78.7 %), see its README
MIN_RIGHT = 0.95
# Known disagreements with the reader, kept visible (none at present).
KNOWN_WRONG: set[tuple[str, str]] = set()


def _realworld2() -> Path:
    return shared_folder("realworld2")


@cache
def _statuses(path: Path) -> dict[str, str]:
    return {k: s["status"] for k, s in check_submission(path).to_dict()["sections"].items()}


def _same(want: str, got: str) -> bool:
    return want == got or (want == "placeholder" and got == "empty")


def _judge(cases):
    right, wrong, n = 0, [], 0
    for name, path, truth in cases:
        got = _statuses(path)
        for key in SECTION_KEYS:
            n += 1
            if _same(truth[key], got[key]):
                right += 1
            else:
                wrong.append((name, key, truth[key], got[key]))
    return right, n, wrong


def _blind_cases(folder: Path):
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    return [
        (name, folder / "subs" / name, {k: t[k]["status"] for k in SECTION_KEYS}) for name, t in sorted(truth.items())
    ]


def _realworld2_cases():
    folder = _realworld2()
    truth = json.loads((folder / "sections.json").read_text(encoding="utf-8"))
    return [(name, folder / name, {k: t["sections"][k]["status"] for k in SECTION_KEYS}) for name, t in truth.items()]


@pytest.mark.parametrize("folder", [BLIND, BLIND2], ids=["blind_sections", "blind_sections2"])
def test_blind_sections_set_stays_right(folder):
    right, n, wrong = _judge(_blind_cases(folder))
    assert right / n >= MIN_RIGHT, wrong
    assert not [w for w in wrong if w[2] == "missing" and w[3] == "ok"], "a section that is absent reported ok"


# Floors: a change that loses one of these judgements is a regression.
FLOORS = {"blind_sections3": 59, "blind_sections4": 58, "blind_sections5": 50}  # of 60 each


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_later_blind_sections_sets_do_not_fall_below_their_floor(name):
    right, n, wrong = _judge(_blind_cases(REPO / "tests" / "data" / name))
    assert n == 60 and right >= FLOORS[name], wrong
    assert not [w for w in wrong if w[2] == "missing" and w[3] == "ok"], "a section that is absent reported ok"


def test_realworld2_section_judgements():
    right, n, wrong = _judge(_realworld2_cases())
    assert right / n >= MIN_RIGHT, wrong
    assert {(name, key) for name, key, _, _ in wrong} <= KNOWN_WRONG, wrong
    assert not [w for w in wrong if w[2] == "missing" and w[3] == "ok"], "a section that is absent reported ok"


@pytest.mark.parametrize(
    "name",
    [
        "ktltc-pdca7-project-form-template.doc",
        "ktltc-pdca9-project-report-form-template.docx",
        "ku-kusd2-project-report-form-blank.pdf",
    ],
)
def test_blank_forms_have_no_filled_section(name):
    got = _statuses(_realworld2() / name)
    filled = {
        k: s for k, s in got.items() if s not in ("placeholder", "empty", "missing") and (name, k) not in KNOWN_WRONG
    }
    assert not filled, filled
