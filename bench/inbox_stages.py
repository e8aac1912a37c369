"""Where the time goes over an inbox: seconds per stage of `evidence check`, summed over
every submission, beside a plain-extraction baseline measured in the same run (issue 16).

Submissions: the bundled samples (one folder each) and every file of ../shared/realworld
and ../shared/realworld2 as a submission of its own (the closest thing to a user's
inbox).  Each is checked in this process with a stage timer (`pipeline.stage_timer`,
the table `evidence check --profile` prints): read (split by how each file was read:
Word XML, .doc conversion, PDF text layer, OCR), lines, sections, period, novelty,
signals, score.  Baseline, same files, same run: pdfplumber ``extract_text`` for PDFs
and python-docx paragraph text for .docx - what a script that only extracts text
would spend.  No OCR cache is installed: OCR'd pages cost what they cost.

Usage:  .venv/bin/python bench/inbox_stages.py [--ocr off|auto] [--no-shared]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extractors import ReadSettings  # noqa: E402
from pipeline.check import check_submission  # noqa: E402
from pipeline.file_names import submission_files  # noqa: E402
from pipeline.rubric import load_rubric  # noqa: E402
from pipeline.stage_timer import StageTimer  # noqa: E402

SHARED = REPO.parent / "shared"
DOCUMENT_SUFFIXES = {".pdf", ".docx", ".doc"}


def submissions(with_shared: bool) -> list[Path]:
    found = sorted(p for p in (REPO / "samples" / "inbox" / "2566").iterdir() if p.is_dir())
    if with_shared:
        for folder in ("realworld", "realworld2"):
            root = SHARED / folder
            if root.is_dir():
                found += sorted(p for p in root.iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES)
    return found


def read_kind(path: str, read_by: list[str]) -> str:
    if path.lower().endswith(".doc"):
        return "read: .doc (LibreOffice)"
    if "ocr" in read_by:
        return "read: PDF with OCR pages"
    if "docx" in read_by:
        return "read: .docx"
    if path.lower().endswith(".pdf"):
        return "read: PDF text layer"
    return "read: other"


def baseline(paths: list[Path]) -> float:
    """Seconds to pull plain text out of the same PDFs and .docx files, nothing else."""
    import docx
    import pdfplumber

    started = time.perf_counter()
    for path in paths:
        try:
            if path.suffix.lower() == ".pdf":
                with pdfplumber.open(path) as pdf:
                    for page in pdf.pages:
                        page.extract_text()
            elif path.suffix.lower() == ".docx":
                "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
        except Exception:  # noqa: BLE001 - a file the baseline cannot read costs what it cost
            pass
    return time.perf_counter() - started


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ocr", choices=["off", "auto"], default="off")
    ap.add_argument("--no-shared", action="store_true", help="the bundled samples only")
    args = ap.parse_args()
    rubric = load_rubric()
    settings = ReadSettings(ocr=args.ocr)
    subs = submissions(not args.no_shared)
    totals: dict[str, float] = defaultdict(float)
    by_kind: dict[str, list[float]] = defaultdict(list)
    files: list[Path] = []
    started = time.perf_counter()
    for sub in subs:
        timer = StageTimer()
        check_submission(sub, rubric, settings, timer=timer)
        for name, seconds in timer.seconds.items():
            totals[name] += seconds
        for f in timer.files:
            by_kind[read_kind(f["path"], f["read_by"])].append(f["seconds"])
        files += [
            p for p in (submission_files(sub) if sub.is_dir() else [sub]) if p.suffix.lower() in (".pdf", ".docx")
        ]
    wall = time.perf_counter() - started
    base = baseline(files)
    total = sum(totals.values())
    print(
        f"{len(subs)} submissions, {sum(len(v) for v in by_kind.values())} files, OCR {args.ocr}: "
        f"{wall:.1f} s wall in this process"
    )
    print(f"{'stage':34} {'seconds':>9} {'share':>7}")
    for name, seconds in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"{name:34} {seconds:9.2f} {seconds / total:7.1%}")
    print(f"{'total':34} {total:9.2f}")
    print("reading by kind of file (files, seconds, seconds a file):")
    for kind, times in sorted(by_kind.items()):
        print(f"  {kind:32} {len(times):4d} {sum(times):8.2f} {sum(times) / len(times):8.3f}")
    print(f"baseline, plain text of the same {len(files)} PDF/.docx files (pdfplumber, python-docx): {base:.2f} s")
    non_ocr_read = sum(sum(t) for k, t in by_kind.items() if "OCR" not in k)
    print(
        f"ratio: reading without OCR / baseline = {non_ocr_read / base:.2f}x; "
        f"whole check without OCR pages / baseline = {(total - sum(by_kind.get('read: PDF with OCR pages', []))) / base:.2f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
