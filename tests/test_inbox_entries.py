"""Entries of an inbox that are not plain UTF-8-named files (issue 15, defects 1-3 and 5).

Each case puts one odd entry beside ordinary submissions, runs the real batch
(SQLite store, no Prefect) and asserts that the odd entry gets its own recorded
outcome and that every other file of the batch was checked.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path

import pytest

from pipeline import batch
from pipeline.check import check_submission
from pipeline.inbox import scan_inbox

NO_OCR = batch.ReadSettings(ocr="off")
BATCH_TIMEOUT_S = 300


def _run(inbox: Path, db_url: str):
    """run_batch in a thread, so a hang fails the test instead of stalling the suite."""
    box: dict = {}
    worker = threading.Thread(
        target=lambda: box.setdefault("summary", batch.run_batch(inbox, db_url, settings=NO_OCR)), daemon=True
    )
    worker.start()
    worker.join(BATCH_TIMEOUT_S)
    assert not worker.is_alive(), "the batch hung"
    return box["summary"]


def _all_checked(summary, n_submissions: int) -> None:
    assert summary.checked == n_submissions
    assert all(o.status == "checked" for o in summary.outcomes), [(o.key, o.status, o.error) for o in summary.outcomes]


def _errors(sub: Path) -> dict[str, str]:
    result = check_submission(sub, settings=NO_OCR).to_dict()
    json.dumps(result, ensure_ascii=False).encode("utf-8")  # storable and printable as it is
    return {f["path"]: (f["error"] or {}).get("code") for f in result["files"]}


def test_thai_windows_file_name_in_tis620_is_read_and_named_in_thai(make_inbox, sqlite_url):
    inbox = make_inbox(2)
    sub = inbox / "2566" / "agency000"
    thai = "แบบฟอร์ม 3 โครงการ.docx"
    raw = os.fsencode(sub) + b"/" + thai.encode("cp874")  # what unzip leaves for a zip made on Thai Windows
    shutil.copyfile(sub / "แบบฟอร์ม 1.docx", raw)
    summary = _run(inbox, sqlite_url)
    _all_checked(summary, 2)
    assert _errors(sub)[thai] is None  # read, under its Thai name
    assert thai in {f.name for s in scan_inbox(inbox).submissions for f in s.files}


def test_dangling_link_gets_its_own_error_and_the_batch_goes_on(make_inbox, sqlite_url):
    inbox = make_inbox(2)
    sub = inbox / "2566" / "agency001"
    os.symlink(sub / "gone.pdf", sub / "หลักฐาน.pdf")
    _all_checked(_run(inbox, sqlite_url), 2)
    assert _errors(sub)["หลักฐาน.pdf"] == "link_dangling"


def test_link_out_of_the_submission_is_not_followed(make_inbox, sqlite_url, tmp_path):
    inbox = make_inbox(2)
    sub = inbox / "2566" / "agency000"
    secret = tmp_path / "outside.txt"
    secret.write_text("ความลับนอกกล่องรับเอกสาร", encoding="utf-8")
    os.symlink(secret, sub / "แนบ.docx")
    os.symlink("/etc/passwd", sub / "passwd.docx")
    _all_checked(_run(inbox, sqlite_url), 2)
    errors = _errors(sub)
    assert errors["แนบ.docx"] == errors["passwd.docx"] == "link_outside"
    result = check_submission(sub, settings=NO_OCR).to_dict()
    assert "ความลับ" not in json.dumps(result, ensure_ascii=False)


def test_link_inside_the_submission_is_read(make_inbox, sqlite_url):
    inbox = make_inbox(1)
    sub = inbox / "2566" / "agency000"
    os.symlink("แบบฟอร์ม 1.docx", sub / "สำเนา.docx")
    assert _errors(sub)["สำเนา.docx"] is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_is_never_opened_and_the_batch_finishes(make_inbox, sqlite_url):
    inbox = make_inbox(2)
    sub = inbox / "2566" / "agency001"
    os.mkfifo(sub / "pipe.pdf")
    _all_checked(_run(inbox, sqlite_url), 2)
    assert _errors(sub)["pipe.pdf"] == "not_a_regular_file"


def test_a_file_gone_before_it_is_read_gets_its_own_error_without_a_traceback(tmp_path, caplog):
    """A submitter moves or deletes a file while the batch runs: read_failed saying so, no logged traceback."""
    from extractors import read_file

    gone = tmp_path / "แบบฟอร์ม 3.pdf"
    with caplog.at_level("ERROR"):
        doc = read_file(gone)
    assert doc.error is not None and doc.error.code == "read_failed"
    assert "not found" in doc.error.message_en
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


def test_a_newline_or_direction_override_in_a_name_never_splits_or_turns_an_output_line(make_inbox, sqlite_url, capsys):
    """Defect 12: one line per file in `evidence files` and `evidence run`, whatever the file is called."""
    from interfaces.cli import main

    inbox = make_inbox(1)
    sub = inbox / "2566" / "agency000"
    shutil.copy(sub / "แบบฟอร์ม 1.docx", sub / "รายงาน\nฉบับแก้.docx")
    shutil.copy(sub / "แบบฟอร์ม 1.docx", sub / "\u202excod.สรุป.docx")
    assert main(["files", str(sub), "--ocr", "off"]) in (0, None)
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5  # four files and the total
    assert any(line.startswith("รายงาน\\nฉบับแก้.docx\tdocx\t") for line in lines)
    assert any(line.startswith("\\u202excod.สรุป.docx\tdocx\t") for line in lines)
    assert main(["run", str(inbox), "--db", sqlite_url, "--plain", "--ocr", "off"]) in (0, None)
    lines = capsys.readouterr().out.splitlines()
    assert sum(line.startswith("  2566/agency000/") for line in lines) == 4
    assert "  2566/agency000/รายงาน\\nฉบับแก้.docx\tdocx\t" in "\n".join(lines)
    assert not any("\u202e" in line for line in lines)
