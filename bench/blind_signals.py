"""The blind signals set (tests/data/blind_signals/, issue 17): criterion 2.2 quality signals and 5.2 topics.

The set was written from issue 17 and the seeds only, by someone who never saw
the code (its README says how): 30 submissions under ``subs/<name>/`` and
``truth.json`` with, per submission and per signal, a reader's ``value``, its
``clarity`` (clear/borderline) and ``why``.

Every submission is checked in-process exactly as ``evidence check PATH
--format json`` does (``pipeline.check.check_submission`` +
``CheckResult.to_dict()``), OCR off by default (the set has no scans), no
database, no fiscal year (the signals do not depend on it).  Only the JSON
dict's ``signals`` list is read afterwards, never the product's internals.

How the JSON is read
--------------------
- **Booleans** (concrete_figures, measures_consistent, problem_linked,
  references, routine_duty): the entry's ``value`` (a dict's ``value``) must
  equal the truth's.  A missing signal is wrong.
- **innovation_type**: the product's value is a list of type ids (policy /
  service / administrative).  Exactly one id -> that type; none -> no type
  (right only when the truth is null); several -> "a+b", always wrong.  A
  later contract giving a string or a dict (``value``/``type``/``id``) is read
  the same way; the product's own labels are mapped with TYPE_MAP (printed).
  The summary splits the truth's stated / inferred types.
- **efficiency_topics**: multi-label.  The product's topic ids (or Thai titles)
  are mapped to the set's ids with TOPIC_MAP (written by meaning from the
  set's README table and the rubric titles; printed); an id not in the map is
  kept as ``?<id>`` and counts as a false topic.  Per submission the Jaccard
  index of the two sets (both empty = 1); agreement = exact set match.
- **Overall** agreement on clear judgements counts the five booleans,
  innovation_type, and topics as exact match; it is also given without topics.

Usage:  .venv/bin/python bench/blind_signals.py [--ocr off|auto] [--only SUBSTR]
                                                [--json OUT.json] [--quiet]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SET = REPO / "tests" / "data" / "blind_signals"
BOOLS = ("concrete_figures", "measures_consistent", "problem_linked", "references", "routine_duty")
SIGNALS = BOOLS + ("innovation_type", "efficiency_topics")

# The product's innovation-type labels -> the set's values (rubric `signals.innovation_types` ids).
TYPE_MAP = {
    "policy": "policy",
    "service": "service",
    "administrative": "administrative",
    "นวัตกรรมเชิงนโยบาย": "policy",
    "นวัตกรรมการบริการ": "service",
    "นวัตกรรมการบริหาร/องค์กร": "administrative",
}

# The product's 5.2 topics (rubric `indicators["5.2"].topics`, id or title_th) -> the set's topic ids, by meaning.
TOPIC_MAP = {
    "pm_energy": "energy",  # การลดพลังงาน
    "pm_paper": "paper",  # การลดปริมาณกระดาษ
    "pm_budget": "budget",  # การประหยัดงบประมาณ
    "pm_it": "information_system",  # การใช้ระบบสารสนเทศ
    "pm_anticorruption": "anti_corruption",  # การปราบปรามการทุจริต
    "pm_integration": "integration",  # การบูรณาการผลงาน
    "g1_convenience": "public_convenience",  # การเพิ่มการอำนวยความสะดวกให้แก่ประชาชน
    "g1_step_reduction": "step_reduction",  # การลดขั้นตอนการทำงานและปริมาณงานที่ซ้ำซ้อน (group 1 example)
    "g1_time_saving": "time_saving",  # การลดระยะเวลาที่ใช้ในการให้บริการ (group 1 example)
    "g2_cooperation": "integration",  # การบูรณาการความร่วมมือระหว่างหน่วยงาน/ภาคส่วนอื่น (set: = integration)
    "g3_corruption_prevention": "anti_corruption",  # การป้องกัน/แก้ไขปัญหาด้านทุจริต (set: = anti_corruption)
    "g4_efficiency": "agency_efficiency",  # การเพิ่มประสิทธิภาพของส่วนราชการ
    "g5_resources": "resource_saving",  # การประหยัดทรัพยากร
    # Thai titles, for a contract that reports names instead of ids
    "การลดพลังงาน": "energy",
    "การลดปริมาณกระดาษ": "paper",
    "การประหยัดงบประมาณ": "budget",
    "การใช้ระบบสารสนเทศ": "information_system",
    "การปราบปรามการทุจริต": "anti_corruption",
    "การป้องกัน/แก้ไขปัญหาด้านทุจริต": "anti_corruption",
    "การบูรณาการผลงาน": "integration",
    "การบูรณาการความร่วมมือระหว่างหน่วยงาน/ภาคส่วนอื่น": "integration",
    "การเพิ่มการอำนวยความสะดวกให้แก่ประชาชน": "public_convenience",
    "การเพิ่มประสิทธิภาพของส่วนราชการ": "agency_efficiency",
    "การประหยัดทรัพยากร": "resource_saving",
    "การลดขั้นตอนการทำงานและปริมาณงานที่ซ้ำซ้อน": "step_reduction",
    "การลดระยะเวลาที่ใช้ในการให้บริการ": "time_saving",
    # the set's own ids map to themselves (a product adopting them)
    **{
        k: k
        for k in (
            "energy",
            "paper",
            "budget",
            "information_system",
            "anti_corruption",
            "integration",
            "public_convenience",
            "agency_efficiency",
            "resource_saving",
            "step_reduction",
            "time_saving",
        )
    },
}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def signal_value(signals, code: str):
    """The ``value`` of the signal ``code`` (signals as a list of dicts or a dict by code); KeyError if absent."""
    if isinstance(signals, dict):
        entry = signals[code]
    else:
        entry = next(s for s in signals or [] if s.get("code") == code)
    return entry.get("value") if isinstance(entry, dict) else entry


def product_type(value) -> str | None:
    if isinstance(value, dict):
        value = value.get("value") or value.get("type") or value.get("id")
    if isinstance(value, str):
        value = [value] if value else []
    labels = [TYPE_MAP.get(nfc(v) if isinstance(v, str) else str(v), f"?{v}") for v in (value or [])]
    if not labels:
        return None
    return "+".join(labels)


def product_topics(value) -> set[str]:
    out = set()
    for t in value or []:
        if isinstance(t, dict):
            t = t.get("id") or t.get("title_th")
        out.add(TOPIC_MAP.get(nfc(str(t)), f"?{t}"))
    return out


def jaccard(a: set, b: set) -> float:
    return 1.0 if not a and not b else len(a & b) / len(a | b)


def run_one(key: str, truth: dict, rubric, settings) -> dict:
    from pipeline.check import check_submission

    t0 = time.perf_counter()
    try:
        result = check_submission(SET / "subs" / key, rubric, settings, earlier=None)
        data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))  # exactly what --format json prints
        error = None
    except Exception as exc:  # a crash is a wrong answer, not the end of the measurement
        data, error = {}, f"{type(exc).__name__}: {exc}"
    signals = data.get("signals")
    rows = {}
    for code in SIGNALS:
        t = truth[code]
        try:
            raw = signal_value(signals, code)
            missing = False
        except (KeyError, StopIteration):
            raw, missing = None, True
        if code in BOOLS:
            got = None if missing else bool(raw)
            rows[code] = {
                "truth": t["value"],
                "got": got,
                "right": (not missing) and got == t["value"],
                "clarity": t["clarity"],
            }
        elif code == "innovation_type":
            got = None if missing else product_type(raw)
            rows[code] = {
                "truth": t["value"],
                "got": got,
                "right": (not missing) and got == t["value"],
                "clarity": t["clarity"],
                "stated": t["stated"],
            }
        else:
            want = set(t["ids"])
            got = set() if missing else product_topics(raw)
            rows[code] = {
                "truth": sorted(want),
                "got": sorted(got),
                "right": (not missing) and got == want,
                "jaccard": 0.0 if missing else jaccard(want, got),
                "clarity": t["clarity"],
            }
    return {"key": key, "signals": rows, "error": error, "seconds": round(time.perf_counter() - t0, 2)}


def pct(a: int, b: int) -> str:
    return f"{a}/{b} = {100 * a / b:.1f}%" if b else f"{a}/0"


def show(v) -> str:
    if isinstance(v, list):
        return "{" + ",".join(v) + "}"
    return "-" if v is None else str(v).lower() if isinstance(v, bool) else str(v)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ocr", default="off", choices=["off", "auto", "force"])
    ap.add_argument("--only", default="", help="only submissions whose name contains this")
    ap.add_argument("--json", dest="json_out", default=None, help="write every case's result here")
    ap.add_argument("--quiet", action="store_true", help="summary only, no mapping table or disagreements")
    ap.add_argument(
        "--set",
        dest="set_dir",
        default=None,
        help="the set's folder (default tests/data/blind_signals; tests/data/blind_signals2 is the second blind set)",
    )
    args = ap.parse_args()
    global SET
    SET = Path(args.set_dir).resolve() if args.set_dir else SET
    sys.path.insert(0, str(REPO))
    from extractors import ReadSettings
    from pipeline.rubric import load_rubric

    truth = json.loads((SET / "truth.json").read_text(encoding="utf-8"))
    rubric = load_rubric()
    settings = ReadSettings(ocr=args.ocr)
    started = time.perf_counter()
    results = [run_one(k, v, rubric, settings) for k, v in sorted(truth.items()) if args.only in k]
    elapsed = time.perf_counter() - started

    print(
        f"Blind signals set {SET.name}: {len(results)} submissions, rubric {rubric.ref}, ocr={args.ocr}, {elapsed:.1f} s"
    )
    if not args.quiet:
        print(
            "topic map (product -> set id): "
            + "; ".join(f"{k}->{v}" for k, v in TOPIC_MAP.items() if k != v and k.isascii())
        )
        print(
            "  set ids with no product topic: "
            + ", ".join(sorted(set(TOPIC_MAP.values()) - {v for k, v in TOPIC_MAP.items() if k != v and k.isascii()}))
        )
    print()
    print(f"{'signal':<22}{'clear n':>8}{'right':>7}{'%':>8}   {'all n':>6}{'right':>7}{'%':>8}")
    clear_n = clear_r = clear_n7 = clear_r7 = 0
    for code in SIGNALS:
        rows = [r["signals"][code] for r in results]
        clear = [x for x in rows if x["clarity"] == "clear"]
        cr, ar = sum(x["right"] for x in clear), sum(x["right"] for x in rows)
        label = code + (" (exact)" if code == "efficiency_topics" else "")
        print(
            f"{label:<22}{len(clear):>8}{cr:>7}{100 * cr / max(len(clear), 1):>7.1f}%"
            f"   {len(rows):>6}{ar:>7}{100 * ar / max(len(rows), 1):>7.1f}%"
        )
        clear_n7 += len(clear)
        clear_r7 += cr
        if code != "efficiency_topics":
            clear_n += len(clear)
            clear_r += cr
    print(f"overall, clear judgements, 7 signals (topics as exact match): {pct(clear_r7, clear_n7)}")
    print(f"overall, clear judgements, without topics:                    {pct(clear_r, clear_n)}")
    it = [r["signals"]["innovation_type"] for r in results]
    for label, sel in (
        ("stated", [x for x in it if x["stated"]]),
        ("inferred", [x for x in it if not x["stated"] and x["truth"] is not None]),
        ("none (truth null)", [x for x in it if x["truth"] is None]),
    ):
        cl = [x for x in sel if x["clarity"] == "clear"]
        print(
            f"innovation_type {label}: clear {pct(sum(x['right'] for x in cl), len(cl))}; "
            f"all {pct(sum(x['right'] for x in sel), len(sel))}"
        )
    tp = [r["signals"]["efficiency_topics"] for r in results]
    tpc = [x for x in tp if x["clarity"] == "clear"]
    mean = lambda xs: sum(x["jaccard"] for x in xs) / len(xs) if xs else 0.0  # noqa: E731
    print(
        f"efficiency_topics: mean Jaccard clear {mean(tpc):.3f} (n {len(tpc)}), all {mean(tp):.3f} (n {len(tp)}); "
        f"exact match clear {sum(x['right'] for x in tpc)}/{len(tpc)}, all {sum(x['right'] for x in tp)}/{len(tp)}"
    )
    errors = [r for r in results if r["error"]]
    if errors:
        print(f"errors: {len(errors)}: " + "; ".join(f"{r['key']}: {r['error']}" for r in errors))

    if not args.quiet:
        print("\nDISAGREEMENTS  name  signal [clarity]  truth -> product")
        for r in results:
            for code in SIGNALS:
                x = r["signals"][code]
                if x["right"]:
                    continue
                extra = f"  J={x['jaccard']:.2f}" if code == "efficiency_topics" else ""
                if code == "innovation_type":
                    extra = "  (stated)" if x["stated"] else "  (inferred)"
                mark = "" if x["clarity"] == "clear" else " [borderline]"
                print(f"  {r['key']}  {code}{mark}  {show(x['truth'])} -> {show(x['got'])}{extra}")

    if args.json_out:
        Path(args.json_out).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
