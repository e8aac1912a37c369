"""The blind scanned-numbers set (tests/data/blind_digits/): are the numbers on scans read as printed?

The set (12 image-only pages dense in Thai-digit numbers, nine fonts, 150-300
dpi, blur, noise, JPEG, stamps) was written from issue 11 by someone who never
saw the reader's code (its README says how).  Per page this prints:

- numbers: printed numbers found in the page's text as whole numbers
  (`blind_reading.numbers_read_right`: digits folded, no digit touching either
  side, a number printed k times found k times);
- accuracy: 1 - edits / truth length of the page's text (whitespace, dots,
  brackets not significant; Thai digits folded);
- seconds to read the page.

Usage:  .venv/bin/python bench/blind_digits.py [--only SUBSTR]
        (--repo DIR reads with another checkout's code, e.g. a worktree of the commit before a change)
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
SET = HERE / "tests" / "data" / "blind_digits"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    ap.add_argument("--repo", default=str(HERE), help="checkout whose extractors read the files")
    args = ap.parse_args()
    sys.path.insert(0, args.repo)
    from rapidfuzz.distance import Levenshtein

    from extractors import read_file

    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(HERE / "bench"))
    from blind_reading import numbers_read_right

    from pipeline.accuracy import _passage_comparable as comparable

    manifest = json.loads((SET / "manifest.json").read_text(encoding="utf-8"))
    right = total = 0
    accuracies = []
    print(f"{'file':<40} {'font':<10} {'dpi':>4} {'numbers':>9} {'accuracy':>9} {'s':>5}")
    for entry in manifest:
        if args.only and args.only not in entry["file"]:
            continue
        stem = Path(entry["file"]).stem
        printed = json.loads((SET / "truth" / f"{stem}.numbers.json").read_text(encoding="utf-8"))
        truth = (SET / "truth" / f"{stem}.txt").read_text(encoding="utf-8")
        started = time.perf_counter()
        doc = read_file(SET / entry["file"])
        seconds = time.perf_counter() - started
        text = "\n".join(b.table_text() if b.is_table else b.text for b in doc.blocks)
        flags = numbers_read_right(printed, text)
        ref, ext = comparable(truth), comparable(text)
        accuracy = max(0.0, 1 - Levenshtein.distance(ref, ext) / len(ref))
        right, total = right + sum(flags), total + len(flags)
        accuracies.append(accuracy)
        print(
            f"{stem:<40} {entry['font']:<10} {entry['dpi']:>4} {sum(flags):>4}/{len(flags):<4} {accuracy:>9.2%} {seconds:>5.1f}"
        )
    print(
        f"numbers read right: {right}/{total} ({right / max(total, 1):.1%}); mean page accuracy {statistics.mean(accuracies):.2%}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
