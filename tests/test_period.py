"""Evaluation period: fiscal year bounds and source, work dates, completion (pipeline/period.py)."""

from __future__ import annotations

from datetime import date

from pipeline.check import check_submission
from pipeline.dates import DatePoint, grammar_from_config
from pipeline.lines import Line
from pipeline.period import (
    DatedSource,
    assess_period,
    fiscal_year_bounds,
    period_lines,
    point_in_period,
    resolve_fiscal_year,
)
from pipeline.rubric import load_rubric

CFG = load_rubric().period
GRAMMAR = grammar_from_config(CFG)


def test_fiscal_year_runs_october_to_september_gregorian():
    assert fiscal_year_bounds(2566) == (date(2022, 10, 1), date(2023, 9, 30))
    assert fiscal_year_bounds(2561) == (date(2017, 10, 1), date(2018, 9, 30))


def test_a_month_counts_as_inside_only_when_the_whole_month_is():
    bounds = fiscal_year_bounds(2566)
    assert point_in_period(DatePoint(2022, 10, None), bounds) is True
    assert point_in_period(DatePoint(2022, 9, 30), bounds) is False
    assert point_in_period(DatePoint(2023, 9, None), bounds) is True
    assert point_in_period(DatePoint(2023, 10, 1), bounds) is False
    assert point_in_period(DatePoint(2023, 10, 1), None) is None


def test_fiscal_year_source_option_then_path_then_text(tmp_path):
    folder = tmp_path / "inbox" / "2567" / "agency"
    folder.mkdir(parents=True)
    texts = ["โครงการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", "ปีงบประมาณ 2566"]
    assert resolve_fiscal_year(2565, folder, texts, CFG) == (2565, "option")
    assert resolve_fiscal_year(None, folder, texts, CFG) == (2567, "path")
    assert resolve_fiscal_year(None, tmp_path / "x", texts, CFG) == (2566, "text")
    assert resolve_fiscal_year(None, tmp_path / "x", ["ไม่มีปี"], CFG) == (None, None)


def test_period_lines_take_the_label_and_skip_prose_that_starts_like_it():
    lines = [
        Line(t, "f.docx", 1, "paragraph")
        for t in (
            "ระยะเวลารอรับบริการเฉลี่ยลดลงจาก 52 นาที เมื่อเดือนมีนาคม 2566",
            "6. ระยะเวลาดำเนินการ : 1 ตุลาคม 2565 – 30 กันยายน 2566",
            "ระยะเวลา",
            "๑ ธันวาคม ๒๕๖๕ – ๓๑ สิงหาคม ๒๕๖๖",
        )
    ]
    found = period_lines(lines, CFG.period_labels, GRAMMAR)
    assert [s.text for s in found] == [lines[1].text, "ระยะเวลา ๑ ธันวาคม ๒๕๖๕ – ๓๑ สิงหาคม ๒๕๖๖"]


def test_every_date_is_listed_with_its_use_and_no_date_but_a_statement_completes():
    sources = [
        DatedSource("period", "form4.pdf", 2, "ระยะเวลาดำเนินการ : 1 ตุลาคม 2565 – 30 กันยายน 2566"),
        DatedSource("actions", "form4.pdf", 2, "ตามหนังสือ ลงวันที่ 1 สิงหาคม 2560 ให้ดำเนินการ ทดลองใช้ ส.ค. 2565"),
        DatedSource("actual_results", "report.pdf", 1, "ตั้งแต่เดือนมีนาคม – สิงหาคม 2566 มีผู้ใช้ 1,200 ราย"),
        DatedSource("rationale", "report.pdf", 1, "ปัญหาเริ่มพบเมื่อมกราคม 2564"),
    ]
    result = assess_period(2566, "option", sources, CFG, GRAMMAR)
    uses = [(d.point.iso, d.use, d.in_period) for d in result.dates]
    assert uses == [
        ("2022-10-01", "plan", True),
        ("2023-09-30", "plan", True),
        ("2017-08-01", "citation", False),
        ("2022-08", "work", False),
        ("2023-03", "work", True),
        ("2023-08", "work", True),
        ("2021-01", "other", False),
    ]
    # the plan's end and the latest result date are not a completion: nothing is stated
    assert result.completed is None and result.verdict == "not_stated"
    assert [d.point.iso for d in result.outside_information()] == ["2017-08-01", "2022-08", "2021-01"]
    data = result.to_dict()
    assert data["start"] == "2022-10-01" and data["end"] == "2023-09-30" and data["source"] == "option"
    assert data["completion"]["status"] == "not_stated" and data["completion"]["in_period"] is None


def test_no_fiscal_year_leaves_period_fields_null():
    result = assess_period(None, None, [DatedSource("actual_results", "r.pdf", 1, "สิงหาคม 2566")], CFG, GRAMMAR)
    data = result.to_dict()
    assert (data["start"], data["end"], data["completed_in_period"]) == (None, None, None)
    assert data["dates"][0]["in_period"] is None and data["completed"] is None


def test_samples_without_a_completion_statement_go_to_the_evaluator():
    """bangrak states only its planned period: no completion is stated, so no automatic completion points,
    and its plan dates outside another year are listed, never flagged."""
    folder = "samples/inbox/2566/bangrak"
    same = check_submission(folder).to_dict()
    assert same["period"]["fiscal_year"] == 2566 and same["period"]["source"] == "path"
    assert same["period"]["verdict"] == "not_stated" and same["period"]["completed"] is None
    assert [f["code"] for f in same["flags"] if f["code"] in ("outside_evaluation_period", "no_completion_date")] == [
        "no_completion_date"
    ]
    later = check_submission(folder, fiscal_year=2567).to_dict()
    assert later["period"]["source"] == "option"
    assert any(d["in_period"] is False and d["use"] == "plan" for d in later["period"]["dates"])
    assert not [f for f in later["flags"] if f["code"] == "outside_evaluation_period"]


def test_unseen_sets_read_their_fiscal_year_from_the_text():
    data = check_submission("tests/data/unseen/submissions/hospital-thai-numerals-heading-styles").to_dict()
    assert (data["period"]["fiscal_year"], data["period"]["source"]) == (2567, "text")  # "ปีงบประมาณ พ.ศ. ๒๕๖๗"
    assert "2024-08-31" in {d["date"] for d in data["period"]["dates"]}
    assert (
        data["period"]["verdict"] == "not_stated"
    )  # results up to 31 Aug, but no statement that the work was completed


def test_no_fiscal_year_anywhere_is_flagged():
    data = check_submission("tests/data/unseen/submissions/land-office-complete-heading2-colon").to_dict()
    assert data["period"]["fiscal_year"] is None and data["period"]["start"] is None
    assert "fiscal_year_unknown" in {f["code"] for f in data["flags"]}
