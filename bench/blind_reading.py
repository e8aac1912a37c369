"""The blind reading set (tests/data/blind_reading/): accuracy and damage detection per class.

The set was written from issue 11 and Thai form conventions only, by someone
who never saw the reader's code (its README says how).  For every page of
every PDF this prints nothing; per damage class it prints:

- accuracy: 1 - edits / truth length of the page's text against the page's
  true text (whitespace, dots, ellipses, brackets and bullets not
  significant; Thai digits folded), averaged over the class's pages;
- detected: the share of damaged pages (layer absent or wrong) that were not
  passed on as a plain text layer (read_by "repaired", "ocr" or "none");
- good flagged: pages whose text layer is right but were repaired or OCR'd;
- numbers: on scanned pages, the share of printed section numbers, list
  numbers, years and scores found in the page's text (digits folded).

Usage:  .venv/bin/python bench/blind_reading.py [--ocr auto|off] [--only SUBSTR] [--show N] [--set DIR]
        (--repo DIR reads with another checkout's code, e.g. a worktree of v1)
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
SET = HERE / "tests" / "data" / "blind_reading"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ocr", default="auto")
    ap.add_argument("--only", default="")
    ap.add_argument("--show", type=int, default=0, help="print the N worst pages")
    ap.add_argument("--repo", default=str(HERE), help="checkout whose extractors read the files")
    ap.add_argument(
        "--set",
        default=str(SET),
        help="a set in the same layout (manifest.json, truth/NAME.pN.txt), e.g. tests/data/blind_layers",
    )
    args = ap.parse_args()
    folder = Path(args.set)
    sys.path.insert(0, args.repo)
    from rapidfuzz.distance import Levenshtein

    from extractors import ReadSettings, read_file

    sys.path.insert(0, str(HERE))
    from pipeline.accuracy import _passage_comparable as comparable

    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    settings = ReadSettings(ocr=args.ocr)
    acc: dict[str, list[float]] = defaultdict(list)
    detected: dict[str, list[bool]] = defaultdict(list)
    good_flagged: dict[str, list[bool]] = defaultdict(list)
    numbers: list[bool] = []
    whole: list[bool] = []
    worst: list[tuple[float, str]] = []
    started = time.perf_counter()
    for entry in manifest:
        if args.only and args.only not in entry["file"]:
            continue
        doc = read_file(folder / entry["file"], settings)
        pages = {p.number: p for p in doc.pages}
        for page in entry["pages"]:
            n = page["n"]
            truth = (folder / "truth" / f"{Path(entry['file']).stem}.p{n}.txt").read_text(encoding="utf-8")
            got = "\n".join(b.table_text() if b.is_table else b.text for b in doc.blocks if b.page == n)
            ref, ext = comparable(truth), comparable(got)
            a = max(0.0, 1 - Levenshtein.distance(ref, ext) / len(ref)) if ref else float(not ext)
            cls = "scan" if page.get("scan") else (page.get("damage_class") or entry["class"])
            if entry["class"] == "mixed" and not page.get("scan"):
                cls = "mixed-text"
            acc[cls].append(a)
            worst.append((a, f"{entry['file']} p{n} [{cls}] read_by={pages[n].read_by if n in pages else '-'}"))
            how = pages[n].read_by if n in pages else "none"
            if page["damaged"]:
                detected[cls].append(how in ("repaired", "ocr", "none"))
            else:
                good_flagged[cls].append(how in ("repaired", "ocr", "none"))
            if page.get("scan"):
                for number in page.get("numbers", []):
                    numbers.append(comparable(number) in ext)
                whole.extend(numbers_read_right(page.get("numbers", []), got))
    print(f"{'class':<28} {'pages':>5} {'accuracy':>9} {'min':>7} {'detected':>9} {'good flagged':>13}")
    for cls in sorted(acc):
        d, g = detected.get(cls, []), good_flagged.get(cls, [])
        print(
            f"{cls:<28} {len(acc[cls]):>5} {statistics.mean(acc[cls]):>9.2%} {min(acc[cls]):>7.2%}"
            f" {_share(d):>9} {_share(g):>13}"
        )
    all_pages = [a for v in acc.values() for a in v]
    print(f"{'all':<28} {len(all_pages):>5} {statistics.mean(all_pages):>9.2%}")
    print(f"numbers on scanned pages found: {_share(numbers)} of {len(numbers)}")
    print(f"numbers on scanned pages read right, as whole numbers: {_share(whole)}")
    print(f"seconds: {time.perf_counter() - started:.0f}")
    for a, where in sorted(worst)[: args.show]:
        print(f"  {a:.2%}  {where}")
    return 0


def numbers_read_right(printed: list[str], text: str) -> list[bool]:
    """One flag per printed number: found in `text` as a whole number (digits folded).

    A number counts only where no digit touches it on either side (and a list
    number `๒.` is not the start of `๒.๑`); a number printed k times on the page
    must be found k times.  Stricter than the substring test above, where `๑`
    is "found" inside any other number.
    """
    from collections import Counter

    from extractors.thai.script import to_arabic_digits

    folded = to_arabic_digits(text)
    out = []
    for number, times in Counter(to_arabic_digits(n) for n in printed).items():
        pattern = r"(?<![0-9])" + re.escape(number) + r"(?![0-9])"
        if not number.endswith("."):
            pattern = r"(?<![0-9][.,/])" + pattern + r"(?![.,/][0-9])"
        found = len(re.findall(pattern, folded))
        out.extend([True] * min(found, times) + [False] * max(0, times - found))
    return out


def _share(flags: list[bool]) -> str:
    return f"{sum(flags)}/{len(flags)}" if flags else "-"


if __name__ == "__main__":
    raise SystemExit(main())
