"""Character accuracy on the passages typed from real documents (../shared/realworld2/passages).

Each passage is the whole text of a named page region, typed from the page
image.  A reader scores 1 - edit distance to the best-matching stretch of that
page's text / passage length (`pipeline.accuracy.passage_accuracy`:
whitespace removed, Thai digits folded).  Printed per passage with how the
page was read; then every page of every file is checked for invalid Thai
(`extractors.thai.validity.invalid_sequences`: doubled nikhahit, a mark on a
space or digit, ASCII inside a Thai word).

Usage:  .venv/bin/python bench/realworld2_passages.py [--ocr auto|off] [--show N]
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
from extractors.thai.validity import invalid_sequences  # noqa: E402
from pipeline.accuracy import passage_accuracy  # noqa: E402

# passage name -> (file in realworld2/, page or None for the whole file)
PASSAGES = {
    "bp1_p6": ("chanu-bp1-innovation-best-practice-report.pdf", 6),
    "quartz_p1": ("dms-imrta-hta-topic-form-quartz-broken-textlayer.pdf", 1),
    "ita_p3": ("ktltc-o23-ita-workshop-project-scan-plus-text.pdf", 3),
    "ita_p7": ("ktltc-o23-ita-workshop-project-scan-plus-text.pdf", 7),
    "o25_p2": ("ktltc-o25-qa-project-evaluation-report-scan.pdf", 2),
    "candle_p2": ("ktltc-o35-activity-report-candle-offering-2568.pdf", 2),
    "o4_p2": ("ktltc-o4-strategic-plan-with-project-proposal.pdf", 2),
    "o4_p46": ("ktltc-o4-strategic-plan-with-project-proposal.pdf", 46),
    "kusd2_p1": ("ku-kusd2-project-report-form-blank.pdf", 1),
    "pdca7_p5": ("ktltc-pdca7-project-form-template.doc", None),
    "pdca9_p1": ("ktltc-pdca9-project-report-form-template.docx", None),
}


def shared_dir() -> Path:
    env = os.environ.get("EVIDENCE_SHARED_DIR")
    return Path(env) if env else REPO.parent / "shared"


def page_text(doc, page: int | None) -> str:
    parts = []
    for b in doc.blocks:
        if page is not None and b.page != page:
            continue
        parts.append(b.table_text() if b.is_table else b.text)
    return "\n".join(p for p in parts if p)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ocr", default="auto")
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    folder = shared_dir() / "realworld2"
    settings = ReadSettings(ocr=args.ocr)
    docs = {}
    print(f"{'passage':<11} {'acc':>7}  read_by        file")
    for name, (file, page) in PASSAGES.items():
        if args.only and args.only not in name:
            continue
        if file not in docs:
            t = time.perf_counter()
            docs[file] = read_file(folder / file, settings)
            docs[file].seconds = time.perf_counter() - t
        doc = docs[file]
        passage = (folder / "passages" / f"{name}.txt").read_text(encoding="utf-8")
        acc = passage_accuracy(passage, page_text(doc, page))
        how = next((p.read_by for p in doc.pages if p.number == page), doc.read_by[0] if doc.read_by else "-")
        print(f"{name:<11} {acc:7.2%}  {how:<14} {file}")
    print()
    for file, doc in docs.items():
        bad = [
            f"p{b.page} {i.kind} {i.context!r}"
            for b in doc.blocks
            for i in invalid_sequences(b.table_text() if b.is_table else b.text)
        ]
        paths = {}
        for p in doc.pages:
            paths[p.read_by] = paths.get(p.read_by, 0) + 1
        print(f"{file}: {doc.seconds:.1f}s; pages by path {paths}; invalid sequences {len(bad)} {bad[:3]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
