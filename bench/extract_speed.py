"""Extraction speed on the bundled samples, with a baseline measured in the same run.

Prints, pinned to one CPU core:
  - PDF: pages/s of `extractors.read_file` (OCR off: OCR pages are measured
    apart) and of raw pdfplumber character extraction (`page.chars` on every
    page) over the same files, and the ratio ours / raw (acceptance: <= 1.25).
  - .docx: pages/s of `extractors.read_file` (acceptance: >= 300 pages/s),
    pages being what LibreOffice paginates for that file (the page count of
    the PDF exported from it: its twin in the samples, else exported by LibreOffice).
  - OCR: seconds per page on the scanned/damaged samples, for information.

Usage:  .venv/bin/python bench/extract_speed.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import docx  # noqa: E402
import pdfplumber  # noqa: E402

from extractors import ReadSettings, read_file  # noqa: E402

SAMPLES = REPO / "samples"
OCR_SAMPLE_HINTS = ("scanned", "damaged")  # file names of samples read by OCR


def pin_to_one_core() -> None:
    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    except (AttributeError, OSError):
        print("(could not pin to one core; figures use whatever the OS gives)")


def sample_files(suffix: str) -> list[Path]:
    folders = [SAMPLES / "inbox", SAMPLES / "reading"]
    return sorted(p for f in folders if f.exists() for p in f.rglob(f"*{suffix}"))


def is_ocr_sample(path: Path) -> bool:
    return any(h in path.name for h in OCR_SAMPLE_HINTS)


def pdf_page_count(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def docx_page_counts(paths: list[Path]) -> dict[Path, int]:
    """Pages as LibreOffice paginates each .docx: its PDF twin in the samples, else a
    PDF exported now (one soffice call for all of them; needs LibreOffice)."""
    counts = {p: pdf_page_count(p.with_suffix(".pdf")) for p in paths if p.with_suffix(".pdf").exists()}
    rest = [p for p in paths if p not in counts]
    soffice = shutil.which("soffice")
    if rest and soffice:
        with tempfile.TemporaryDirectory() as tmp:
            staged = []
            for i, p in enumerate(rest):  # unique stems: samples repeat file names across agencies
                staged.append(Path(tmp) / f"{i:03d}.docx")
                shutil.copy(p, staged[-1])
            subprocess.run(
                [
                    soffice,
                    f"-env:UserInstallation=file://{tmp}/profile",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    tmp,
                    *map(str, staged),
                ],
                capture_output=True,
                timeout=600,
                check=False,
            )
            for p, s in zip(rest, staged):
                if s.with_suffix(".pdf").exists():
                    counts[p] = pdf_page_count(s.with_suffix(".pdf"))
    return counts


def raw_pdfplumber_chars(path: Path) -> int:
    n = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            n += len(page.chars)
    return n


def naive_python_docx(path: Path) -> int:
    """The usual shortcut (loses headers, text boxes, content controls...): a speed baseline."""
    document = docx.Document(str(path))
    n = sum(len(p.text) for p in document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            n += sum(len(c.text) for c in row.cells)
    return n


def best_of(rounds: int, fn, files: list[Path]) -> float:
    """Fastest total time over `rounds` passes (the least disturbed measurement)."""
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        for f in files:
            fn(f)
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    pin_to_one_core()
    no_ocr = ReadSettings(ocr="off")

    pdfs = [p for p in sample_files(".pdf") if not is_ocr_sample(p)]
    pdfs = [p for p in pdfs if read_file(p, no_ocr).ok]
    pdf_pages = sum(pdf_page_count(p) for p in pdfs)
    if pdfs:
        raw = best_of(args.rounds, raw_pdfplumber_chars, pdfs)
        ours = best_of(args.rounds, lambda p: read_file(p, no_ocr), pdfs)
        print(f"PDF   files={len(pdfs)} pages={pdf_pages}")
        print(f"  raw pdfplumber chars : {raw:7.3f} s  {pdf_pages / raw:8.1f} pages/s  (baseline)")
        print(f"  evidence read_file   : {ours:7.3f} s  {pdf_pages / ours:8.1f} pages/s")
        print(f"  ratio ours/raw       : {ours / raw:7.2f}x   (target <= 1.25x)")

    docx = [p for p in sample_files(".docx") if read_file(p).ok]
    page_counts = docx_page_counts(docx)
    counted = [(p, page_counts[p]) for p in docx if page_counts.get(p)]
    uncounted = [p for p in docx if not page_counts.get(p)]
    if counted:
        files = [p for p, _ in counted]
        pages = sum(n for _, n in counted)
        t = best_of(args.rounds, read_file, files)
        naive = best_of(args.rounds, naive_python_docx, files)
        print(f"DOCX  files={len(files)} pages={pages}")
        print(
            f"  naive python-docx    : {naive:7.3f} s  {pages / naive:8.1f} pages/s  (baseline: paragraphs + tables only)"
        )
        print(f"  evidence read_file   : {t:7.3f} s  {pages / t:8.1f} pages/s  (target >= 300 pages/s on one core)")
        print(f"  ratio ours/naive     : {t / naive:7.2f}x")
    if uncounted:
        print(f"  ({len(uncounted)} .docx without a page count were left out: {', '.join(p.name for p in uncounted)})")

    ocr_pdfs = [p for p in sample_files(".pdf") if is_ocr_sample(p)]
    if ocr_pdfs:
        pages = sum(pdf_page_count(p) for p in ocr_pdfs)
        t0 = time.perf_counter()
        for p in ocr_pdfs:
            read_file(p)
        t = time.perf_counter() - t0
        print(
            f"OCR   files={len(ocr_pdfs)} pages={pages}: {t / pages:6.2f} s/page (one pass; OCR is excluded from the PDF ratio)"
        )


if __name__ == "__main__":
    main()
