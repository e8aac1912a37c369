"""`evidence check` against ground truth: the bundled samples and an unseen set.

Ground truth is written by the generators from the content they rendered
(samples/truth/, tests/data/unseen/truth/), never read back from outputs.
Acceptance (issue 3): >= 97% of sections get the right status; present
sections' text matches the source at >= 90%; a complete submission gets no
error flag; every planted gap gets exactly its flag.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from pipeline.accuracy import char_accuracy
from pipeline.check import check_submission
from pipeline.rubric import SECTION_KEYS

REPO = Path(__file__).resolve().parents[1]
TRUTH_SETS = {
    "samples": (REPO / "samples", REPO / "samples" / "truth"),
    "unseen": (REPO / "tests" / "data" / "unseen", REPO / "tests" / "data" / "unseen" / "truth"),
    "unseen2": (REPO / "tests" / "data" / "unseen2", REPO / "tests" / "data" / "unseen2" / "truth"),
    "unseen3": (REPO / "tests" / "data" / "unseen3", REPO / "tests" / "data" / "unseen3" / "truth"),
    "unseen4": (REPO / "tests" / "data" / "unseen4", REPO / "tests" / "data" / "unseen4" / "truth"),
}
STATUS_FLAG = {
    "missing": "section_missing",
    "empty": "section_empty",
    "placeholder": "section_placeholder",
    "too_short": "section_too_short",
}
MIN_STATUS_SHARE = 0.97
MIN_TEXT_SIMILARITY = 0.90


def truth_cases() -> list[tuple[str, Path, Path]]:
    cases = []
    for name, (root, truth_dir) in TRUTH_SETS.items():
        for t in sorted(truth_dir.glob("*.json")):
            cases.append((name, root, t))
    return cases


CASES = truth_cases()


@cache
def checked(root: Path, truth_path: Path):
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    return truth, check_submission(root / truth["folder"]).to_dict()


def test_truth_sets_exist():
    names = {name for name, _, _ in CASES}
    assert names == set(TRUTH_SETS), f"missing ground-truth sets: {set(TRUTH_SETS) - names}"


@pytest.mark.parametrize("name, root, truth_path", CASES, ids=[f"{n}/{t.stem}" for n, _, t in CASES])
def test_every_file_listed_and_flags_match_planted_gaps(name, root, truth_path):
    truth, result = checked(root, truth_path)
    folder = truth["folder"]
    listed = {f"{folder}/{f['path']}" for f in result["files"]}
    assert set(truth["files"]) <= listed
    expected = {(STATUS_FLAG[s["status"]], key) for key, s in truth["sections"].items() if s["status"] in STATUS_FLAG}
    got = {(f["code"], f["section"]) for f in result["flags"] if f["section"]}
    assert got == expected, _explain(truth, result)
    if all(s["status"] == "ok" for s in truth["sections"].values()):
        assert not [f for f in result["flags"] if f["severity"] == "error"], _explain(truth, result)


def test_section_status_and_text_across_all_cases():
    total = right = 0
    wrong, dissimilar = [], []
    for name, root, truth_path in CASES:
        truth, result = checked(root, truth_path)
        for key in SECTION_KEYS:
            want = truth["sections"][key]
            got = result["sections"][key]
            total += 1
            if got["status"] == want["status"]:
                right += 1
            else:
                wrong.append(f"{name}/{truth_path.stem}/{key}: want {want['status']}, got {got['status']}")
            if want["status"] in ("ok", "too_short") and got["status"] == want["status"]:
                sim = similarity_to_source(truth, want, got)
                if sim < MIN_TEXT_SIMILARITY:
                    dissimilar.append(f"{name}/{truth_path.stem}/{key}: similarity {sim:.3f} ({got['file']})")
    share = right / total
    print(f"section status right: {right}/{total} = {share:.3f}")
    assert share >= MIN_STATUS_SHARE, "\n".join(wrong)
    assert not dissimilar, "\n".join(dissimilar)


def similarity_to_source(truth: dict, want: dict, got: dict) -> float:
    """Similarity of the reported text to the source of the occurrence it came from.

    When several files hold the section, the product reports the fullest (most
    words); it must be one the truth lists, and its text must match that file's source.
    """
    chosen = f"{truth['folder']}/{got['file']}"
    same_file = [o for o in want["occurrences"] if o["file"] == chosen and o["body"] is not None]
    if not same_file:
        return 0.0  # the product picked a file where the truth has no such section
    return max(char_accuracy(o["body"], got["text"]) for o in same_file)


def _explain(truth: dict, result: dict) -> str:
    lines = []
    for key in SECTION_KEYS:
        lines.append(
            f"{key}: truth {truth['sections'][key]['status']} / got {result['sections'][key]['status']} "
            f"({result['sections'][key]['file']})"
        )
    lines += [f"flag {f['code']} {f['section']} {f['file']}" for f in result["flags"]]
    return "\n".join(lines)
