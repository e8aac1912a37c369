"""The blind completion set (tests/data/blind_completion/, issue 13): criterion 1.1 as a user gets it.

The set was written from issue 13 only, by someone who never saw the code (its
README says how): 49 submissions under ``inbox/<fiscal year>/<name>/`` and
``truth.json`` with, per submission, the verdict (completed_in_period,
completed_outside_period, in_progress, not_stated), the completion date (day,
or month when only a month is written) and every written date occurrence.

Every submission is checked in-process exactly as ``evidence check PATH
--fiscal-year <folder year> --format json`` does (``pipeline.check.
check_submission`` + ``CheckResult.to_dict()``, the evidence-check/2 dict),
OCR off by default (the set has no scans), no database.  Only the JSON dict is
read afterwards, never the product's internals.

How the JSON is read
--------------------
- **Verdict.**  If ``period`` carries one of the four verdict strings itself
  (a top-level value, or one level down, e.g. ``period.completion.status``),
  that is the product's verdict.  Otherwise (evidence-check/2 as of the first
  measurement) it is derived from ``period.completed`` / ``completed_in_period``:
  a completion date in the year -> completed_in_period, outside -> completed_
  outside_period, no completion date (the ``no_completion_date`` flag) ->
  not_stated.  That product has no in-progress notion, so it can never be
  right on in_progress; and as long as it reports a completion date it cannot
  be right on not_stated either.  The summary says which reading was used.
- **Completed date.**  ``period.completed`` (an ISO string; a dict's
  ``date``/``value``).  Exact when equal to the truth's day; when the truth has
  month precision ("2023-09") the product's month must match.  Counted over
  the truth cases that state a completion (completed_*).
- **Evidence.**  The completion criterion's score item (the item whose
  evidence has ``kind: period``) names the date entry that decided; else the
  first ``period.dates`` entry with the completed date.
- **Completion points.**  ``points`` of that score item; an in_progress (or
  not_stated) project with points > 0 was given the completion points.
- **Date recall.**  Over truth ``dates`` (each written occurrence; a range is
  one).  A single date is found when ``period.dates`` lists an entry of the
  same file with that ISO value and role ``date`` (an end of some range with
  the same value does not count: that occurrence was not read); a range when
  one mention (same ``text``) of the same file has role start = from and role
  end = to.  The
  JSON lists a value once per file and text (it de-duplicates repeats), so
  the headline recall counts an occurrence found when its value is listed for
  its file at all; the strict figure matches occurrence by occurrence (each
  JSON entry used once).  ``period.dates`` holds only the dates the product
  judges (work sections and project-period lines), and the recall is against
  every written date, as issue 13's target is.

Prints per verdict class n and right, the overall accuracy, the completed-date
accuracy, date recall (with misses by file type and date form), in-progress
projects given the completion points, the outside_evaluation_period noise on
in-period completions, then every wrong case with the product's completion date
and its evidence, and a tag guessing the failure pattern.

Usage:  .venv/bin/python bench/blind_completion.py [--ocr off|auto] [--only SUBSTR]
                                                   [--json OUT.json] [--quiet]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SET = REPO / "tests" / "data" / "blind_completion"
VERDICTS = ("completed_in_period", "completed_outside_period", "in_progress", "not_stated")
SHORT = {
    "completed_in_period": "in",
    "completed_outside_period": "out",
    "in_progress": "prog",
    "not_stated": "none",
    "error": "error",
}


def nfc(s: str | None) -> str | None:
    return unicodedata.normalize("NFC", s) if s is not None else None


# ---------------------------------------------------------------- reading the product's JSON


def explicit_verdict(period: dict) -> tuple[str, str] | None:
    """A verdict the JSON states itself: (value, where) or None."""
    for key, value in period.items():
        if isinstance(value, str) and value in VERDICTS:
            return value, f"period.{key}"
    for key, value in period.items():
        if isinstance(value, dict):
            for sub, v in value.items():
                if isinstance(v, str) and v in VERDICTS:
                    return v, f"period.{key}.{sub}"
    return None


def completed_iso(period: dict) -> str | None:
    c = period.get("completed")
    if isinstance(c, dict):
        c = c.get("date") or c.get("value")
    return c if isinstance(c, str) else None


def product_verdict(period: dict) -> tuple[str, str]:
    found = explicit_verdict(period)
    if found:
        return found
    if completed_iso(period) is None:
        return "not_stated", "derived: completed null -> not_stated"
    if period.get("completed_in_period") is True:
        return "completed_in_period", "derived: completed_in_period true"
    return "completed_outside_period", "derived: completed_in_period false/null"


def completion_item(score: dict | None) -> dict | None:
    """The score item of the completion criterion: the one whose evidence is of kind 'period'."""
    for part in (score or {}).get("parts", []):
        for item in part.get("evidence", []):
            if any(isinstance(e, dict) and e.get("kind") == "period" for e in item.get("evidence", [])):
                return item
    return None


def completion_evidence(data: dict) -> dict | None:
    item = completion_item(data.get("score"))
    if item:
        for e in item.get("evidence", []):
            if e.get("kind") == "period" and isinstance(e.get("completed"), dict):
                return e["completed"]
    period = data.get("period") or {}
    iso = completed_iso(period)
    for key in ("completion", "evidence"):  # a later contract may carry the sentence itself
        if isinstance(period.get(key), dict):
            return period[key]
    return next((d for d in period.get("dates", []) if d.get("date") == iso), None)


def date_matches(truth_value: str, got: str | None) -> bool:
    if got is None:
        return False
    if len(truth_value) == 7:  # month precision: the month must match
        return got[:7] == truth_value
    return got == truth_value


# ---------------------------------------------------------------- date recall


def recall(truth_dates: list[dict], found: list[dict]) -> tuple[list[bool], list[bool]]:
    """Per truth occurrence: (found by value+file, found with each JSON entry used once)."""
    by_file: dict[str | None, list[dict]] = defaultdict(list)
    for d in found:
        by_file[nfc(d.get("file"))].append(d)
    ranges: dict[str | None, list[tuple[str, str]]] = defaultdict(list)  # (from, to) per mention
    singles: dict[str | None, list[str]] = defaultdict(list)
    for f, entries in by_file.items():
        starts: dict[str, list[str]] = defaultdict(list)
        for d in entries:
            if d.get("role", "date") == "date":
                singles[f].append(d["date"])
            elif d.get("role") == "start":
                starts[d["text"]].append(d["date"])
            elif d.get("role") == "end" and starts.get(d["text"]):
                ranges[f].append((starts[d["text"]].pop(0), d["date"]))
    lenient, strict = [], []
    pool_single = {f: Counter(v) for f, v in singles.items()}
    pool_range = {f: Counter(v) for f, v in ranges.items()}
    for t in truth_dates:
        f, v = nfc(t["file"]), t["value"]
        if isinstance(v, dict):
            key = (v["from"], v["to"])
            lenient.append(key in ranges.get(f, []))
            pool = pool_range.get(f, Counter())
        else:
            key = v
            lenient.append(v in singles.get(f, []))
            pool = pool_single.get(f, Counter())
        if pool.get(key, 0) > 0:
            pool[key] -= 1
            strict.append(True)
        else:
            strict.append(False)
    return lenient, strict


def date_form(text: str) -> str:
    """A rough label of how a missed date is written (for the breakdown only)."""
    t = text
    if re.search(r"\d{1,2}\s*/\s*\d{1,2}\s*/|[๐-๙]{1,2}\s*/", t):
        return "d/m/yyyy"
    if re.search(r"[–—-]|ถึง", t):
        return "range"
    if re.search(r"[๐-๙]", t):
        return "thai digits"
    if not re.match(r"^\s*[\d๐-๙]", t):
        return "month-year"
    if re.search(r"\s\d{2}\s*$", t):
        return "two-digit year"
    if "." in t.replace("พ.ศ.", ""):
        return "day abbrev month"
    return "day full month"


# ---------------------------------------------------------------- one submission


def run_one(key: str, truth: dict, rubric, settings) -> dict:
    from pipeline.check import check_submission

    folder = SET / "inbox" / key
    t0 = time.perf_counter()
    try:
        result = check_submission(folder, rubric, settings, fiscal_year=int(truth["fiscal_year"]), earlier=None)
        data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))  # exactly what --format json prints
        error = None
    except Exception as exc:  # a crash is a wrong answer, not the end of the measurement
        data, error = {}, f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - t0
    period = data.get("period") or {}
    if error:
        verdict, how = "error", "error"
    else:
        verdict, how = product_verdict(period)
    got = completed_iso(period)
    item = completion_item(data.get("score"))
    lenient, strict = recall(truth["dates"], period.get("dates", []))
    flags = data.get("flags", [])
    return {
        "key": key,
        "truth_verdict": truth["verdict"],
        "verdict": verdict,
        "verdict_from": how,
        "truth_completed": truth["completed"],
        "completed": got,
        "date_exact": date_matches(truth["completed"], got) if truth["completed"] else None,
        "completion_points": item.get("points") if item else None,
        "completion_item": item.get("item") if item else None,
        "evidence": completion_evidence(data) if not error else None,
        "truth_file": truth["file"],
        "truth_sentence": truth["completion_sentence"],
        "truth_date_extracted": _truth_completion_listed(truth, period.get("dates", [])),
        "dates_lenient": lenient,
        "dates_strict": strict,
        "outside_flags": sum(1 for f in flags if f.get("code") == "outside_evaluation_period"),
        "error": error,
        "seconds": round(seconds, 2),
    }


def _truth_completion_listed(truth: dict, found: list[dict]) -> bool | None:
    """The truth's completion date listed among period.dates (any file), or None when truth has none."""
    c = truth["completed"]
    if not c:
        return None
    return any(date_matches(c, d.get("date")) for d in found)


def pattern(r: dict) -> str:
    """A guess at why a case is wrong, from the product's output only."""
    tv, pv, ev = r["truth_verdict"], r["verdict"], r["evidence"] or {}
    if pv == "error":
        return "crash"
    tags = []
    if tv in ("in_progress", "not_stated") and pv.startswith("completed"):
        tags.append(f"{tv} reported completed")
    if tv == "in_progress" and pv == "not_stated":
        tags.append("no completion date (JSON has no in-progress notion)")
    if tv.startswith("completed") and pv in ("in_progress", "not_stated"):
        tags.append("stated completion not found")
        if r["truth_date_extracted"]:
            tags.append("its date listed in period.dates but not taken")
    if pv.startswith("completed") and ev.get("section") == "period":
        tags.append("project-period (plan) end taken")
    if tv.startswith("completed") and r["completed"] and not r["date_exact"]:
        got, want = r["completed"], r["truth_completed"]
        if got[:7] == want[:7]:
            tags.append("same month, other day or month only")
        else:
            tags.append("later date taken" if got > want else "earlier date taken")
    if r["truth_date_extracted"] is False:
        tags.append("true completion date not in period.dates")
    if tv.startswith("completed") and not r["date_exact"]:
        if (r["truth_file"] or "").lower().endswith(".pdf") and nfc(ev.get("file")) != nfc(r["truth_file"]):
            tags.append("completion stated in a PDF, that file not used")
    return "; ".join(tags) or "-"


# ---------------------------------------------------------------- report


def pct(a: int, b: int) -> str:
    return f"{a}/{b} = {100 * a / b:.1f}%" if b else f"{a}/0"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ocr", default="off", choices=["off", "auto", "force"])
    ap.add_argument("--only", default="", help="only submissions whose key contains this")
    ap.add_argument("--json", dest="json_out", default=None, help="write every case's result here")
    ap.add_argument("--quiet", action="store_true", help="summary only, no list of wrong cases")
    args = ap.parse_args()
    sys.path.insert(0, str(REPO))
    from extractors import ReadSettings
    from pipeline.rubric import load_rubric

    truth = json.loads((SET / "truth.json").read_text(encoding="utf-8"))
    rubric = load_rubric()
    settings = ReadSettings(ocr=args.ocr)
    started = time.perf_counter()
    results = [run_one(k, v, rubric, settings) for k, v in sorted(truth.items()) if args.only in k]
    elapsed = time.perf_counter() - started

    n = len(results)
    print(f"Blind completion set: {n} submissions, rubric {rubric.ref}, ocr={args.ocr}, {elapsed:.1f} s")
    how = Counter(r["verdict_from"] for r in results)
    print("verdict read as: " + "; ".join(f"{h} ({c})" for h, c in how.most_common()))
    print()
    print(f"{'truth verdict':<26}{'n':>4}{'right':>7}   product said")
    right_total = 0
    for v in VERDICTS:
        rows = [r for r in results if r["truth_verdict"] == v]
        right = sum(r["verdict"] == v for r in rows)
        right_total += right
        said = Counter(SHORT[r["verdict"]] for r in rows)
        print(f"{v:<26}{len(rows):>4}{right:>7}   " + ", ".join(f"{k} {c}" for k, c in said.most_common()))
    print(f"verdict accuracy: {pct(right_total, n)}")
    stated = [r for r in results if r["truth_completed"]]
    exact = sum(bool(r["date_exact"]) for r in stated)
    print(f"completed date exact (truth states one; month when truth has a month): {pct(exact, len(stated))}")
    both = sum(bool(r["date_exact"]) and r["verdict"] == r["truth_verdict"] for r in stated)
    print(f"  ... and verdict right too: {pct(both, len(stated))}")
    len_all = [x for r in results for x in r["dates_lenient"]]
    str_all = [x for r in results for x in r["dates_strict"]]
    print(
        f"date recall (value+file listed in period.dates): {pct(sum(len_all), len(len_all))}"
        f"   strict, occurrence by occurrence: {pct(sum(str_all), len(str_all))}"
    )
    missed = Counter()
    by_type = Counter()
    total_type = Counter()
    for r in results:
        for t, ok in zip(truth[r["key"]]["dates"], r["dates_lenient"]):
            ext = Path(t["file"]).suffix.lower().lstrip(".")
            total_type[ext] += 1
            if not ok:
                missed[date_form(t["text"])] += 1
                by_type[ext] += 1
    print("  missed by file type: " + ", ".join(f"{e} {by_type[e]}/{total_type[e]}" for e in sorted(total_type)))
    print("  missed by form: " + ", ".join(f"{k} {c}" for k, c in missed.most_common()))
    prog = [r for r in results if r["truth_verdict"] == "in_progress"]
    given = [r for r in prog if (r["completion_points"] or 0) > 0]
    item_name = next((r["completion_item"] for r in results if r["completion_item"]), "?")
    print(f"in_progress given the completion points ({item_name}): {len(given)} of {len(prog)}")
    nst = [r for r in results if r["truth_verdict"] == "not_stated"]
    print(
        f"not_stated given the completion points: {sum((r['completion_points'] or 0) > 0 for r in nst)} of {len(nst)}"
    )
    inp = [r for r in results if r["truth_verdict"] == "completed_in_period"]
    print(
        f"outside_evaluation_period flag on in-period completions: {sum(r['outside_flags'] > 0 for r in inp)} of {len(inp)}"
    )
    errors = [r for r in results if r["error"]]
    if errors:
        print(f"errors: {len(errors)}")

    if not args.quiet:
        wrong = [r for r in results if r["verdict"] != r["truth_verdict"]]
        date_wrong = [r for r in results if r["verdict"] == r["truth_verdict"] and r["date_exact"] is False]
        for title, rows in (("WRONG VERDICT", wrong), ("RIGHT VERDICT, WRONG COMPLETED DATE", date_wrong)):
            print(f"\n{title} ({len(rows)})  truth -> product  [truth date / product date]  product evidence | pattern")
            for r in rows:
                ev = r["evidence"] or {}
                evs = (
                    f'"{ev.get("text", "")}" {ev.get("section", "")}/{ev.get("role", "")} in {ev.get("file", "")}'
                    if ev
                    else (r["error"] or "no completion evidence")
                )
                print(
                    f"  {r['key']}: {SHORT[r['truth_verdict']]} -> {SHORT[r['verdict']]}"
                    f"  [{r['truth_completed'] or '-'} / {r['completed'] or '-'}]  {evs} | {pattern(r)}"
                )
        pats = Counter(p for r in wrong + date_wrong for p in pattern(r).split("; ") if p != "-")
        print("\npatterns in the listed cases: " + "; ".join(f"{p} {c}" for p, c in pats.most_common()))

    if args.json_out:
        Path(args.json_out).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
