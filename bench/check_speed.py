"""`evidence check` speed: submissions per second end to end, and the share of
time spent beyond text extraction, measured in the same run on the same files.

Baseline: reading every file of every submission (`extractors.read_file`).
Measured: `pipeline.check.check_submission` on the same submissions (reading +
lines + headings + sections + word counts + flags).  OCR is off for both so
that Tesseract's seconds per page do not hide the cost of section finding
(with OCR on, the share beyond extraction is smaller still).
Acceptance (issue 3): the check adds <= 30% to extraction alone.

Usage:  .venv/bin/python bench/check_speed.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extractors import ReadSettings, read_file  # noqa: E402
from pipeline.check import check_submission, submission_files  # noqa: E402
from pipeline.rubric import load_rubric  # noqa: E402

SUBMISSION_ROOTS = [REPO / "samples" / "inbox" / "2566", REPO / "tests" / "data" / "unseen" / "submissions"]


def submissions() -> list[Path]:
    return sorted(p for root in SUBMISSION_ROOTS if root.exists() for p in root.iterdir() if p.is_dir())


def best_of(rounds: int, fn) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    except (AttributeError, OSError):
        pass
    settings = ReadSettings(ocr="off")
    rubric = load_rubric()
    subs = submissions()
    files = [f for s in subs for f in submission_files(s)]

    # Per submission, best of N for each side, measured back to back, so that
    # machine noise (LibreOffice start-up for .doc files varies 1.5-3 s) hits both alike.
    check_submission(subs[0], rubric, settings)  # warm caches (tokenizer dictionary, rubric)
    t_extract = t_check = 0.0
    for sub in subs:
        sub_files = submission_files(sub)
        t_extract += best_of(args.rounds, lambda fs=sub_files: [read_file(f, settings) for f in fs])
        t_check += best_of(args.rounds, lambda s=sub: check_submission(s, rubric, settings))
    print(f"submissions={len(subs)} files={len(files)} (OCR off)")
    print(f"  extraction only (baseline): {t_extract:7.3f} s")
    print(f"  evidence check end to end : {t_check:7.3f} s   {len(subs) / t_check:6.2f} submissions/s")
    print(f"  beyond extraction         : {(t_check - t_extract) / t_extract:7.1%} of extraction time (target <= 30%)")


if __name__ == "__main__":
    main()
