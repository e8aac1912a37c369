"""Section judgements against a reader's: the blind sections set and ../shared/realworld2.

For every submission of tests/data/blind_sections/ (written from issue 12
without seeing the code or the lexicon; truth.json) and every document of
../shared/realworld2/ (sections.json, judged from the page images), the five
required contents' statuses from `evidence check` are compared with the
reader's: `ok`, `placeholder` (an `empty` status counts as placeholder: both
say "heading without content"), `missing`.  Prints per set the share right,
per truth status, and every disagreement.

Usage:  .venv/bin/python bench/blind_sections.py [--set blind|blind2|blind3|blind4|blind5|realworld2|both]
(both: blind_sections and realworld2; blind2..blind5: the later blind sets, tests/data/blind_sections2..5)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.check import check_submission  # noqa: E402

KEYS = ("rationale", "objectives", "actions", "expected_results", "actual_results")


def shared_dir() -> Path:
    env = os.environ.get("EVIDENCE_SHARED_DIR")
    return Path(env) if env else REPO.parent / "shared"


BLIND_SETS = {
    "blind": "blind_sections",
    "blind2": "blind_sections2",
    "blind3": "blind_sections3",
    "blind4": "blind_sections4",
    "blind5": "blind_sections5",
}


def cases(which: str):
    for group, folder_name in BLIND_SETS.items():
        if which == group or (which == "both" and group == "blind"):
            folder = REPO / "tests" / "data" / folder_name
            truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
            for name, t in sorted(truth.items()):
                yield group, name, folder / "subs" / name, {k: t[k]["status"] for k in KEYS}
    if which in ("realworld2", "both"):
        folder = shared_dir() / "realworld2"
        truth = json.loads((folder / "sections.json").read_text(encoding="utf-8"))
        for name, t in truth.items():
            yield "realworld2", name, folder / name, {k: t["sections"][k]["status"] for k in KEYS}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="both", choices=[*BLIND_SETS, "realworld2", "both"])
    args = ap.parse_args()
    right: Counter = Counter()
    total: Counter = Counter()
    wrong: list[str] = []
    for group, name, path, truth in cases(args.set):
        got = {k: v["status"] for k, v in check_submission(path).to_dict()["sections"].items()}
        for key in KEYS:
            want, have = truth[key], got.get(key)
            ok = have == want or (want == "placeholder" and have == "empty")
            total[group, want] += 1
            right[group, want] += ok
            if not ok:
                wrong.append(f"  [{group}] {name} {key}: reader {want}, product {have}")
    for group in sorted({g for g, _ in total}):
        n = sum(v for (g, _), v in total.items() if g == group)
        r = sum(v for (g, _), v in right.items() if g == group)
        per = ", ".join(f"{s} {right[group, s]}/{total[group, s]}" for g, s in sorted(total) if g == group)
        print(f"{group}: {r}/{n} = {r / n:.1%} right ({per})")
    print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
