"""Orchestration overhead: the check-inbox flow against the plain loop, same files, same run.

    .venv/bin/python bench/orchestration.py [--files 200] [--per-submission 5] [--workers 1]

Builds a synthetic inbox in a temp folder from the sample files (--kind mixed:
the sample inbox's .docx and PDFs alternately; --kind docx: small .docx only,
the worst case for overhead), each copy varied so every file and submission
hash differs, then times:

  1. the plain loop (pipeline.batch.run_batch) into a fresh SQLite store,
  2. the Prefect flow (flows.check_inbox) into another fresh store, with an
     empty task cache, after a warm-up flow has started Prefect's temporary
     server (its fixed start-up is reported apart),
  3. a re-run of each over the unchanged inbox.

Prints seconds, the flow/plain ratio and the re-run/first-run ratios.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def sample_files(kind: str) -> list[Path]:
    """docx: the sample and case .docx files (small and fast: the worst case for overhead).
    mixed: the sample inbox's .docx and text-layer PDFs, as agencies submit them."""
    docx = sorted((ROOT / "samples" / "inbox").rglob("*.docx")) + sorted(
        (ROOT / "samples" / "cases" / "docx").glob("*.docx")
    )
    found = docx
    if kind == "mixed":
        pdfs = [
            p for p in sorted((ROOT / "samples" / "inbox").rglob("*.pdf")) if "ฉบับลงนาม" not in p.name
        ]  # not the scan
        found = [p for pair in zip(sorted((ROOT / "samples" / "inbox").rglob("*.docx")), pdfs) for p in pair]
    if not found:
        raise SystemExit("no sample files (run samples/generate.py)")
    return found


def vary_file(src: Path, dst: Path, tag: str) -> None:
    """Copy a sample so that its sha256 differs but readers see the same content:
    a .docx gets one unknown zip part, a PDF a comment line after its end."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    if src.suffix == ".pdf":
        dst.write_bytes(src.read_bytes() + f"\n% {tag}\n".encode())
        return
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr("customXml/bench-tag.txt", tag)


def build_inbox(root: Path, files: int, per_submission: int, kind: str, round_tag: int = 0) -> int:
    sources = sample_files(kind)
    n = 0
    while n < files:
        folder = root / "2566" / f"agency{n // per_submission:04d}"
        src = sources[n % len(sources)]
        vary_file(src, folder / f"{n % per_submission}-{src.name}", f"bench {round_tag} {n}")
        n += 1
    return (files + per_submission - 1) // per_submission


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--per-submission", type=int, default=5)
    ap.add_argument("--workers", type=int, default=1, help="task threads for the flow (the product's default is 1)")
    ap.add_argument("--ocr", default="off", choices=["auto", "off", "force"])
    ap.add_argument("--rounds", type=int, default=3, help="alternating plain/flow rounds; the best of each is compared")
    ap.add_argument(
        "--kind",
        default="mixed",
        choices=["mixed", "docx"],
        help="mixed: sample .docx and PDFs as submitted; docx: small .docx only (worst case)",
    )
    ap.add_argument("--no-artifacts", action="store_true", help="flow without its per-submission artifacts")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="evidence-bench-"))
    os.environ.setdefault("PREFECT_HOME", str(work / "prefect"))  # empty task cache, own temporary server
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ["EVIDENCE_TASK_WORKERS"] = str(args.workers)
    from prefect import flow

    import flows  # noqa: F401  (Prefect defaults before Prefect is imported)
    from extractors import ReadSettings
    from flows.check_inbox import check_inbox
    from pipeline.batch import run_batch

    settings = ReadSettings(ocr=args.ocr)

    @flow(name="bench-warm-up")
    def warm_up() -> int:
        return 1

    startup, _ = timed(warm_up)
    # Alternate the two sides over several rounds, each on a fresh variant of the
    # inbox (new hashes: no task-cache hits) and fresh databases; the fastest
    # round of each side is the least disturbed by other load on the machine.
    plain_times, flow_times = [], []
    for r in range(args.rounds):
        inbox = work / f"inbox{r}"
        subs = build_inbox(inbox, args.files, args.per_submission, args.kind, round_tag=r)
        if r == 0:
            print(f"inbox: {args.files} {args.kind} files in {subs} submissions, OCR {args.ocr}, {args.rounds} rounds")
            # warm the reader's lazy imports and caches for both sides alike
            run_batch(inbox / "2566" / "agency0000", f"sqlite:///{work / 'warm.db'}", settings=settings)
        plain_db, flow_db = f"sqlite:///{work / f'plain{r}.db'}", f"sqlite:///{work / f'flow{r}.db'}"
        t_plain, s_plain = timed(lambda i=inbox, db=plain_db: run_batch(i, db, settings=settings))
        t_flow, s_flow = timed(
            lambda i=inbox, db=flow_db: check_inbox(inbox=str(i), db=db, ocr=args.ocr, artifacts=not args.no_artifacts)
        )
        assert s_plain.checked == s_flow["checked"] == subs, (s_plain.checked, s_flow["checked"], subs)
        plain_times.append(t_plain)
        flow_times.append(t_flow)
        print(f"  round {r + 1}: plain {t_plain:7.2f} s   flow {t_flow:7.2f} s   ratio {t_flow / t_plain:.3f}")
    t_plain2, s_plain2 = timed(lambda: run_batch(inbox, plain_db, settings=settings))
    t_flow2, s_flow2 = timed(
        lambda: check_inbox(inbox=str(inbox), db=flow_db, ocr=args.ocr, artifacts=not args.no_artifacts)
    )
    assert s_plain2.checked == s_flow2["checked"] == 0

    t_plain, t_flow = min(plain_times), min(flow_times)
    print(f"prefect start-up (temporary server + first flow): {startup:.2f} s (fixed, not counted below)")
    print(f"plain loop, best round  : {t_plain:8.2f} s")
    print(
        f"prefect flow, best round: {t_flow:8.2f} s  ({args.workers} task threads, artifacts {'off' if args.no_artifacts else 'on'})"
    )
    print(
        f"flow / plain (best/best): {t_flow / t_plain:8.3f}  (overhead {100 * (t_flow / t_plain - 1):+.1f} %; target <= 15 %)"
    )
    print(f"plain loop, re-run      : {t_plain2:8.2f} s  ({100 * t_plain2 / t_plain:.1f} % of its first run)")
    print(f"prefect flow, re-run    : {t_flow2:8.2f} s  ({100 * t_flow2 / t_flow:.1f} % of its first run)")


if __name__ == "__main__":
    main()
