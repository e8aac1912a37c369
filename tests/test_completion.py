"""Completion judged from what the documents say (issue 13): pipeline/completion.py and its use in the check.

Every sentence here was written for these tests (none comes from the blind set).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from pipeline.check import check_submission
from pipeline.completion import CompletionFinder
from pipeline.dates import grammar_from_config
from pipeline.lines import Line
from pipeline.period import fiscal_year_from_texts
from pipeline.rubric import load_rubric

CFG = load_rubric().period
GRAMMAR = grammar_from_config(CFG)


def finder(fy: int | None = 2566) -> CompletionFinder:
    return CompletionFinder(CFG, GRAMMAR, fy)


def para(text: str, file: str = "report.docx", page: int | None = None, kind: str = "paragraph") -> Line:
    return Line(text, file, page, kind)


def judge(texts: list[str], fy: int | None = 2566, sections: list[str] | None = None):
    return finder(fy).find([para(t) for t in texts], sections)


# ---------------------------------------------------------------- statements and their rules


def test_an_explicit_project_completion_gives_its_date_sentence_and_rule():
    c = judge(["ผลการดำเนินงาน", "โครงการดำเนินการแล้วเสร็จเมื่อวันที่ 31 สิงหาคม 2566 ผู้รับบริการพึงพอใจร้อยละ 92"])
    assert (c.status, c.point.iso, c.rule) == ("completed", "2023-08-31", "project_statement")
    assert "แล้วเสร็จเมื่อวันที่ 31 สิงหาคม 2566" in c.sentence and c.file == "report.docx"


@pytest.mark.parametrize(
    "text, iso",
    [
        ("ระบบเปิดใช้งานจริงเมื่อ ๑ มีนาคม ๒๕๖๖ ทุกสาขา", "2023-03-01"),
        ("สิ้นสุดโครงการเมื่อวันที่ 20 ก.ค. 66", "2023-07-20"),
        ("เมื่อวันที่ 20 มิถุนายน 2566 โครงการได้สิ้นสุดลง", "2023-06-20"),  # the date before the cue
        ("การดำเนินงานทุกขั้นตอนแล้วเสร็จในเดือนกันยายน 2566", "2023-09"),  # month only
        ("ทีมงานดำเนินการแล้วเสร็จเมื่อ 12/5/2566", "2023-05-12"),
        ("ระหว่างวันที่ 1–15 ก.ย. 2566 เป็นอันเสร็จสิ้นโครงการ", "2023-09-15"),  # a range: its end
    ],
)
def test_completion_statements_in_the_forms_agencies_write(text, iso):
    c = judge([text])
    assert c.status == "completed" and c.point.iso == iso, c


def test_the_date_of_a_label_cell_is_on_the_next_cell():
    lines = [
        Line("วันที่ดำเนินการแล้วเสร็จ", "form4.docx", None, "table-cell", in_label_cell=True, row_cells=2, cell_index=0),
        Line("15 กันยายน 2566", "form4.docx", None, "table-cell", row_cells=2, cell_index=1),
    ]
    c = finder().find(lines)
    assert (c.status, c.point.iso) == ("completed", "2023-09-15")


def test_plans_and_instructions_are_not_completions():
    for text in (
        "ระยะเวลาดำเนินการ : ตุลาคม 2565 – กันยายน 2566",
        "กำหนดแล้วเสร็จภายในวันที่ 30 กันยายน 2566",
        "คาดว่าโครงการจะแล้วเสร็จ ก.ย. 2566",
        "ที่ประชุมมอบหมายให้ฝ่ายบริหารดำเนินการให้แล้วเสร็จภายในวันที่ 30 ก.ย. 66",
        "แผนการดำเนินงาน ขั้นตอนทั้งหมดแล้วเสร็จ กันยายน 2566",
    ):
        c = judge([text])
        assert c.status != "completed", (text, c)


def test_sub_step_completions_in_the_action_list_are_not_the_project_completion():
    lines = [
        Line("1. ประชุมคณะทำงานแล้วเสร็จวันที่ 5 ธันวาคม 2565", "f3.docx", None, "list_item"),
        Line("2. พัฒนาระบบต้นแบบแล้วเสร็จวันที่ 28 กุมภาพันธ์ 2566", "f3.docx", None, "list_item"),
        Line("ขั้นตอนที่ 3 อบรมเจ้าหน้าที่ แล้วเสร็จเมื่อ 10 มี.ค. 2566", "f3.docx", None, "paragraph"),
    ]
    c = finder().find(lines, ["actions", "actions", "actions"])
    assert c.status == "not_stated"
    assert [k.kind for k in c.candidates] == ["sub_step", "sub_step", "sub_step"]
    # a numbered line outside the action list (a report's results) is a statement
    report = [Line("3. คณะทำงานได้ดำเนินการแล้วเสร็จเมื่อวันที่ 2 พ.ค. 2566", "r.docx", None, "list_item")]
    assert finder().find(report, ["actual_results"]).point.iso == "2023-05-02"


def test_a_document_date_is_never_the_completion():
    c = judge(["รายงานผลการดำเนินงานโครงการ ลงวันที่ 10 ตุลาคม 2566", "ดำเนินการแล้วเสร็จ รายงาน ณ วันที่ 2 พฤศจิกายน 2566"])
    assert c.status == "not_stated" and c.rule == "completion_without_date"


def test_in_progress_statements():
    c = judge(["ปัจจุบันโครงการอยู่ระหว่างดำเนินการ คาดว่าจะแล้วเสร็จในเดือนธันวาคม 2566"])
    assert (c.status, c.rule, c.point) == ("in_progress", "in_progress_statement", None)
    # a step completed does not finish a project that is still going on
    c = judge(["ระยะที่ 1 แล้วเสร็จเมื่อ 31 มีนาคม 2566", "ระยะที่ 2 ยังไม่แล้วเสร็จ"])
    assert c.status == "in_progress"
    # continuing next year, with nothing completed
    assert judge(["จะดำเนินการต่อในปีงบประมาณ 2567"]).rule == "continuation_statement"


def test_competing_statements_the_rules_decide():
    # two project statements: the latest; a later generic one does not beat a project statement
    c = judge(
        ["ระบบเปิดใช้งานจริงเมื่อ 1 มีนาคม 2566", "โครงการแล้วเสร็จเมื่อ 30 ก.ย. 2566", "ทีมงานดำเนินการแล้วเสร็จเมื่อ 5 ต.ค. 2566"]
    )
    assert (c.point.iso, c.rule) == ("2023-09-30", "project_statement")
    assert {k.point.iso for k in c.candidates if k.kind == "completed"} == {"2023-03-01", "2023-09-30", "2023-10-05"}
    # a dated completion and a later plan to extend it elsewhere: completed
    c = judge(["โครงการดำเนินการแล้วเสร็จเมื่อ 15 ส.ค. 2566", "อยู่ระหว่างดำเนินการขยายผลไปยังหน่วยงานอื่น"])
    assert c.status == "completed"
    # a generic completion against a project said to be unfinished: in progress
    c = judge(["ดำเนินการแล้วเสร็จเมื่อ 15 ส.ค. 2566", "ปัจจุบันยังไม่แล้วเสร็จทั้งหมด"])
    assert c.status == "in_progress"


def test_an_implausible_year_never_decides_the_completion():
    c = judge(["โครงการแล้วเสร็จเมื่อ ๑๕ สิงหาคม ๒๕๒๕"], fy=2568)  # OCR: ๒๕๒๕ for ๒๕๖๘
    assert (c.status, c.rule) == ("not_stated", "implausible_year")
    assert judge(["โครงการแล้วเสร็จเมื่อ ๑๕ สิงหาคม ๒๕๖๘"], fy=2568).point.iso == "2025-08-15"


def test_an_implausible_year_never_decides_the_fiscal_year():
    pats = CFG.fiscal_year_patterns
    texts = ["ประจำปีงบประมาณ พ.ศ. ๒๕๒๕", "ระยะเวลา ๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘", "ปีงบประมาณ ๒๕๖๘"]
    assert fiscal_year_from_texts(texts, pats, 5) == 2568
    assert fiscal_year_from_texts(texts[:2], pats, 5) is None  # only the misread statement: unknown, not 2525
    assert fiscal_year_from_texts(texts[:2], pats) == 2525  # without the rule


# ---------------------------------------------------------------- real files, the whole check


def _docx(path: Path, paragraphs: list[str], table: list[tuple[str, str]] | None = None) -> Path:
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=2)
        for row, (a, b) in zip(t.rows, table):
            row.cells[0].text, row.cells[1].text = a, b
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    return path


BODY = [
    "แบบฟอร์ม 4 โครงการพัฒนานวัตกรรม ประจำปีงบประมาณ พ.ศ. 2566",
    "1. หลักการและเหตุผล",
    "ประชาชนต้องเดินทางมาติดต่อหลายครั้งเพื่อยื่นเอกสารคำขอ ทำให้เสียเวลาและค่าใช้จ่าย",
    "2. วัตถุประสงค์",
    "เพื่อลดระยะเวลาการยื่นคำขอของประชาชน",
    "3. ระยะเวลาดำเนินการ : ตุลาคม 2565 – กันยายน 2566",
    "4. การดำเนินการ",
    "ประชุมคณะทำงานแล้วเสร็จวันที่ 5 ธันวาคม 2565 และพัฒนาระบบจองคิวออนไลน์",
    "5. ผลลัพธ์ที่คาดหวัง",
    "ระยะเวลารอคอยลดลงร้อยละ 50",
    "6. ผลลัพธ์ที่เกิดขึ้นจริง",
]


def _points(data: dict) -> float:
    for part in data["score"]["parts"]:
        for item in part["evidence"]:
            if any(e.get("kind") == "period" for e in item["evidence"]):
                return item["points"]
    raise AssertionError("no completion item")


def test_docx_completion_in_the_year_earns_the_points_and_shows_its_sentence(tmp_path):
    folder = tmp_path / "inbox" / "2566" / "agency"
    _docx(
        folder / "แบบฟอร์ม 4.docx",
        BODY
        + [
            "โครงการดำเนินการแล้วเสร็จเมื่อวันที่ 30 กันยายน 2566 ระยะเวลารอคอยลดลงจาก 40 นาทีเหลือ 15 นาที",
            "รายงาน ณ วันที่ 15 ตุลาคม 2566",
        ],
    )
    data = check_submission(folder).to_dict()
    p = data["period"]
    assert (p["verdict"], p["completed"]) == ("completed_in_period", "2023-09-30")
    assert "แล้วเสร็จเมื่อวันที่ 30 กันยายน 2566" in p["completion"]["sentence"] and p["completion"]["file"] == "แบบฟอร์ม 4.docx"
    assert _points(data) > 0
    codes = [f["code"] for f in data["flags"]]
    assert "outside_evaluation_period" not in codes and "no_completion_date" not in codes
    # the report date after the year is listed as information only
    assert any(d["date"] == "2023-10-15" and d["in_period"] is False and d["use"] != "completion" for d in p["dates"])


def test_docx_completion_on_1_october_is_outside_and_flagged(tmp_path):
    folder = tmp_path / "inbox" / "2566" / "late"
    _docx(folder / "แบบฟอร์ม 4.docx", BODY, table=[("วันที่ดำเนินการแล้วเสร็จ", "1 ต.ค. 2566")])
    data = check_submission(folder).to_dict()
    assert (data["period"]["verdict"], data["period"]["completed"]) == ("completed_outside_period", "2023-10-01")
    flags = [f for f in data["flags"] if f["code"] == "outside_evaluation_period"]
    assert len(flags) == 1 and "1 ต.ค. 2566" in flags[0]["message"]
    assert _points(data) == 0


def test_in_progress_project_gets_no_completion_points(tmp_path):
    folder = tmp_path / "inbox" / "2566" / "ongoing"
    _docx(folder / "แบบฟอร์ม 4.docx", BODY + ["ปัจจุบันโครงการอยู่ระหว่างดำเนินการ คาดว่าจะแล้วเสร็จในเดือนธันวาคม 2566"])
    data = check_submission(folder).to_dict()
    assert data["period"]["verdict"] == "in_progress" and data["period"]["completed"] is None
    assert _points(data) == 0
    flag = next(f for f in data["flags"] if f["code"] == "no_completion_date")
    assert "อยู่ระหว่างดำเนินการ" in flag["message"] and flag["file"] == "แบบฟอร์ม 4.docx"


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice not installed")
def test_a_completion_stated_only_in_a_pdf_is_found(tmp_path):
    folder = tmp_path / "inbox" / "2566" / "pdf-only"
    _docx(folder / "แบบฟอร์ม 4.docx", BODY + ["ผู้รับบริการพึงพอใจร้อยละ 91"])
    src = _docx(
        tmp_path / "src" / "รายงานสรุปผล.docx",
        ["รายงานสรุปผลการดำเนินงาน", "โครงการดำเนินการแล้วเสร็จเมื่อวันที่ 15 กันยายน พ.ศ. 2566", "ลงวันที่ 20 ตุลาคม 2566"],
    )
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    data = check_submission(folder).to_dict()
    c = data["period"]["completion"]
    assert (data["period"]["verdict"], c["date"], c["file"], c["page"]) == (
        "completed_in_period",
        "2023-09-15",
        "รายงานสรุปผล.pdf",
        1,
    )
