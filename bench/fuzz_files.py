"""Longer fuzz of damaged Word and PDF files than the suite runs (issue 15).

Mutates real sample files (byte flips, deletions, insertions; seeded) and reads
every mutant in a child process with a time limit, so a hang or a crash of the
interpreter is caught too.  Prints per format: outcomes by code, `read_failed`
count (tracebacks: must be 0), hangs (must be 0), slowest read, and the peak
memory of the reading process against the baseline of reading the unmutated
file in the same run.

Usage:  .venv/bin/python bench/fuzz_files.py [--mutants 1000] [--seed 1] [--timeout 60]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from test_fuzz_files import mutate  # noqa: E402  (the same mutator the suite uses)

READER = """
import json, resource, sys, time
from extractors import ReadSettings, read_file
t = time.perf_counter()
doc = read_file(sys.argv[1], ReadSettings(ocr="off"))
print(json.dumps({"code": doc.error.code if doc.error else "ok", "seconds": time.perf_counter() - t,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def read_in_child(path: Path, timeout: float) -> dict:
    try:
        out = subprocess.run(
            [sys.executable, "-c", READER, str(path)], cwd=REPO, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return {"code": "HANG", "seconds": timeout, "peak_mb": 0}
    if out.returncode != 0:
        return {"code": f"CRASH rc={out.returncode}", "seconds": 0, "peak_mb": 0}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    import random

    ap = argparse.ArgumentParser()
    ap.add_argument("--mutants", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=60)
    args = ap.parse_args()
    bad = 0
    for pattern in ("samples/inbox/2566/*/*.docx", "samples/inbox/2566/*/*.pdf"):
        source = sorted(REPO.glob(pattern))[0]
        base = read_in_child(source, args.timeout)
        rng, data = random.Random(args.seed), source.read_bytes()
        codes, slowest, peak = Counter(), 0.0, 0.0
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(args.mutants):
                path = Path(tmp) / f"m{i}{source.suffix}"
                path.write_bytes(mutate(data, rng))
                r = read_in_child(path, args.timeout)
                codes[r["code"]] += 1
                slowest, peak = max(slowest, r["seconds"]), max(peak, r["peak_mb"])
                path.unlink()
        failures = codes["read_failed"] + codes["HANG"] + sum(n for c, n in codes.items() if c.startswith("CRASH"))
        bad += failures
        print(f"{source.suffix}: {args.mutants} mutants of {source.name}: {dict(codes)}")
        print(
            f"  read_failed {codes['read_failed']}, hangs {codes['HANG']}, slowest {slowest:.1f} s; "
            f"peak memory {peak:.0f} MB vs {base['peak_mb']:.0f} MB for the intact file (ratio {peak / base['peak_mb']:.2f})"
        )
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
