"""Character accuracy of several PDF readers on the real-world Thai PDFs.

The PDFs live outside the repository (see tests/realworld/README.md): in
$EVIDENCE_SHARED_DIR/realworld/ if that variable is set, else in
shared/realworld/ beside the repository clone.  The reference text of each
is tests/realworld/<name>.expected.txt.

Readers measured (each as its defaults give it, nothing cleaned up):
  - pdfplumber       `page.extract_text()` per page (the project's dependency)
  - pdftotext        poppler's `pdftotext` (reading order, no -layout)
  - tesseract        `pdftoppm -r 300` page images, `tesseract -l tha+eng`
  - pymupdf          `page.get_text()`, run in a separate interpreter that has PyMuPDF
                     (it is never a project dependency and never imported here):
                     --pymupdf-python /tmp/gt/bin/python, or $PYMUPDF_PYTHON; skipped otherwise
  - evidence         the project's own `extractors.read_file(path).text(include_headers=True)`,
                     once `extractors/pdf/reader.py` exists

The measure is `pipeline.accuracy.char_accuracy` (whitespace ignored, Thai
digits folded to ASCII).  A reader that is missing prints "-" with the reason.

Usage:  .venv/bin/python bench/realworld_readers.py [--errors N] [--pymupdf-python PY]
        (PY from e.g. `python3 -m venv /tmp/gt && /tmp/gt/bin/pip install pymupdf`)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rapidfuzz.distance import Levenshtein  # noqa: E402

from pipeline.accuracy import char_accuracy, char_errors, comparable  # noqa: E402

EXPECTED_DIR = REPO / "tests" / "realworld"
NAMES = ["royal-gazette-140A022-2566", "word365-angsananew-4p"]


def shared_dir() -> Path:
    env = os.environ.get("EVIDENCE_SHARED_DIR")
    return Path(env) if env else REPO.parent / "shared"


class Unavailable(Exception):
    pass


def read_pdfplumber(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def read_pdftotext(path: Path) -> str:
    if not shutil.which("pdftotext"):
        raise Unavailable("pdftotext not installed (poppler-utils)")
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def read_tesseract(path: Path) -> str:
    if not (shutil.which("tesseract") and shutil.which("pdftoppm")):
        raise Unavailable("tesseract or pdftoppm not installed")
    out = []
    with tempfile.TemporaryDirectory(prefix="realworld-ocr-") as tmp:
        subprocess.run(["pdftoppm", "-r", "300", "-png", str(path), f"{tmp}/p"], check=True)
        for image in sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1])):
            out.append(
                subprocess.run(
                    ["tesseract", str(image), "-", "-l", "tha+eng"],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
            )
    return "\n".join(out)


PYMUPDF_SCRIPT = (
    "import sys, pymupdf\n"
    "doc = pymupdf.open(sys.argv[1])\n"
    "sys.stdout.buffer.write('\\n'.join(p.get_text() for p in doc).encode('utf-8'))\n"
)
PYMUPDF_PYTHON: str | None = None


def read_pymupdf(path: Path) -> str:
    if not PYMUPDF_PYTHON:
        raise Unavailable("no interpreter with PyMuPDF given (--pymupdf-python or $PYMUPDF_PYTHON)")
    run = subprocess.run([PYMUPDF_PYTHON, "-c", PYMUPDF_SCRIPT, str(path)], capture_output=True)
    if run.returncode != 0:
        raise Unavailable(f"PyMuPDF failed: {run.stderr.decode(errors='replace').strip()[-200:]}")
    return run.stdout.decode("utf-8")


def read_evidence(path: Path) -> str:
    if not (REPO / "extractors" / "pdf" / "reader.py").exists():
        raise Unavailable("extractors/pdf/reader.py does not exist yet")
    from extractors import read_file

    doc = read_file(path)
    if doc.error is not None:
        raise Unavailable(f"read_file error: {doc.error}")
    return doc.text(include_headers=True)


def in_context(expected: str, got: str, limit: int, context: int = 8) -> list[str]:
    """The first `limit` differing places as 'expected -> got', [] around the difference."""
    ref, ext = comparable(expected), comparable(got)
    groups: list[list] = []
    for op in Levenshtein.opcodes(ref, ext):
        if op.tag == "equal":
            continue
        if groups and op.src_start - groups[-1][-1].src_end <= 3:
            groups[-1].append(op)
        else:
            groups.append([op])
    out = []
    for g in groups[:limit]:
        s0, s1, d0, d1 = g[0].src_start, g[-1].src_end, g[0].dest_start, g[-1].dest_end
        out.append(
            f"{ref[max(0, s0 - context) : s0]}[{ref[s0:s1]}]{ref[s1 : s1 + context]}"
            f"  ->  {ext[max(0, d0 - context) : d0]}[{ext[d0:d1]}]{ext[d1 : d1 + context]}"
        )
    return out


READERS = {
    "pdfplumber": read_pdfplumber,
    "pdftotext": read_pdftotext,
    "tesseract": read_tesseract,
    "pymupdf": read_pymupdf,
    "evidence": read_evidence,
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", type=int, default=0, help="print the first N differing stretches per reader")
    ap.add_argument("--pymupdf-python", default=os.environ.get("PYMUPDF_PYTHON"), help="python that has PyMuPDF")
    args = ap.parse_args()
    global PYMUPDF_PYTHON
    PYMUPDF_PYTHON = args.pymupdf_python

    folder = shared_dir() / "realworld"
    if not folder.is_dir():
        print(f"real-world PDFs not found in {folder} (set EVIDENCE_SHARED_DIR)", file=sys.stderr)
        return 2

    results: dict[str, dict[str, str]] = {}
    details: list[str] = []
    for name in NAMES:
        expected = (EXPECTED_DIR / f"{name}.expected.txt").read_text(encoding="utf-8")
        pdf = folder / f"{name}.pdf"
        for reader, fn in READERS.items():
            try:
                got = fn(pdf)
            except Unavailable as exc:
                results.setdefault(reader, {})[name] = "-"
                details.append(f"{reader} on {name}: skipped ({exc})")
                continue
            acc = char_accuracy(expected, got)
            results.setdefault(reader, {})[name] = f"{acc * 100:.2f}%"
            if args.errors:
                details.append(f"{reader} on {name}: {len(char_errors(expected, got))} differing stretches")
                details.extend(f"    {line}" for line in in_context(expected, got, args.errors))

    width = max(len(n) for n in NAMES)
    print(f"{'reader':12} " + " ".join(f"{n:>{width}}" for n in NAMES))
    for reader, row in results.items():
        print(f"{reader:12} " + " ".join(f"{row[n]:>{width}}" for n in NAMES))
    if details:
        print()
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
