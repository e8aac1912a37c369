"""An inbox as a user would time it (issue 16): `evidence run` against MarkItDown and raw extraction.

The inbox: the five sample submissions, each copied six times (30 submissions),
and every document of ../shared/realworld and ../shared/realworld2 as a
submission of its own (11): 41 submissions, Word, PDF (text layers, damaged
layers, scans) and a legacy .doc.  Every command is a fresh process timed from
outside (start-up included), the commands alternate round by round, and the
ratios are taken against peers measured in the same run:

  product        evidence run INBOX --plain --ocr off   (a new store each round)
  product flow   evidence run INBOX --ocr off           (through Prefect, its own PREFECT_HOME: no task cache)
  no-op rerun    evidence run INBOX --ocr off           (again, same store: nothing changed)
  markitdown     bench/peers/markitdown_keywords.py     (MarkItDown + keyword headings; needs the bench group)
  raw            bench/peers/raw_extract.py             (pdfplumber extract_text + python-docx paragraphs)
  OCR apart      evidence run INBOX --plain --ocr auto  minus the product's --ocr off (one round, empty OCR cache)

Usage:  uv sync --frozen --group bench && .venv/bin/python bench/inbox_speed.py [--rounds 3] [--no-ocr]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EVIDENCE_SHARED_DIR", REPO.parent / "shared"))
PY = sys.executable
EVIDENCE = [PY, "-m", "interfaces.cli"]
COPIES = 6


def build_inbox(root: Path) -> int:
    year = root / "2566"
    year.mkdir(parents=True)
    n = 0
    for sub in sorted((REPO / "samples" / "inbox" / "2566").iterdir()):
        for k in range(COPIES):
            shutil.copytree(sub, year / f"{sub.name}-{k}")
            n += 1
    for folder in ("realworld", "realworld2"):
        for doc in sorted((SHARED / folder).glob("*")):
            if doc.suffix.lower() in (".pdf", ".docx", ".doc"):
                shutil.copy(doc, year / doc.name)
                n += 1
    return n


def timed(cmd: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    out = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, env={**os.environ, **(env or {})})
    seconds = time.perf_counter() - started
    if out.returncode not in (0, 2):
        raise SystemExit(f"{' '.join(cmd)} failed ({out.returncode}):\n{out.stderr[-2000:]}")
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-ocr", action="store_true", help="skip the OCR round")
    args = ap.parse_args()
    try:
        import markitdown  # noqa: F401
    except ImportError:
        raise SystemExit("MarkItDown is not installed: uv sync --frozen --group bench") from None
    work = Path(tempfile.mkdtemp(prefix="inbox-speed-"))
    inbox = work / "inbox"
    subs = build_inbox(inbox)
    files = sum(1 for p in inbox.rglob("*") if p.is_file())
    print(f"inbox: {subs} submissions, {files} files; {args.rounds} rounds, each command a fresh process")
    times: dict[str, list[float]] = {k: [] for k in ("product", "product flow", "no-op rerun", "markitdown", "raw")}
    peer = [PY, str(REPO / "bench" / "peers" / "markitdown_keywords.py"), str(inbox)]
    raw = [PY, str(REPO / "bench" / "peers" / "raw_extract.py"), str(inbox)]
    timed(peer)  # warm the page cache and both stacks' first imports alike
    timed([*EVIDENCE, "run", str(inbox), "--plain", "--ocr", "off", "--db", f"sqlite:///{work / 'warm.db'}"])
    for r in range(args.rounds):
        plain_db, flow_db = f"sqlite:///{work / f'plain{r}.db'}", f"sqlite:///{work / f'flow{r}.db'}"
        times["product"].append(timed([*EVIDENCE, "run", str(inbox), "--plain", "--ocr", "off", "--db", plain_db]))
        times["markitdown"].append(timed(peer))
        cold = {"PREFECT_HOME": str(work / f"prefect{r}")}  # no task cache from an earlier round: a first run
        times["product flow"].append(timed([*EVIDENCE, "run", str(inbox), "--ocr", "off", "--db", flow_db], cold))
        times["no-op rerun"].append(timed([*EVIDENCE, "run", str(inbox), "--ocr", "off", "--db", flow_db], cold))
        times["raw"].append(timed(raw))
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"{'command':<14} {'median s':>9}   runs")
    for k, v in times.items():
        print(f"{k:<14} {med[k]:9.2f}   " + " ".join(f"{t:.2f}" for t in v))
    print(f"product / markitdown      {med['product'] / med['markitdown']:.2f}x   (target <= 1.0)")
    print(f"product flow / markitdown {med['product flow'] / med['markitdown']:.2f}x")
    print(f"product / raw extraction  {med['product'] / med['raw']:.2f}x")
    print(
        f"no-op rerun               {med['no-op rerun']:.2f} s = {med['no-op rerun'] / med['product flow']:.1%} "
        "of the flow's first run   (targets <= 5 s, <= 10 %)"
    )
    if not args.no_ocr:
        ocr_db = f"sqlite:///{work / 'ocr.db'}"
        with_ocr = timed([*EVIDENCE, "run", str(inbox), "--plain", "--ocr", "auto", "--db", ocr_db])
        print(
            f"OCR apart: --ocr auto {with_ocr:.2f} s - --ocr off {med['product']:.2f} s = "
            f"{with_ocr - med['product']:.2f} s of OCR (empty OCR cache; copies of a scanned sample answer "
            "from the cache after their first)"
        )
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
