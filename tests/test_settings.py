"""The product's settings come from one object read from EVIDENCE_* variables (pipeline/settings.py).

The budgets of issue 15 (pages, OCR pages, time and memory per file) could only
be set in code; here an office sets them in the environment, a command-line
option that is given still wins, and a value that does not fit stops the
command with the variable's name.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from interfaces.cli import main
from pipeline.settings import SettingsError, load_settings

REPO = Path(__file__).resolve().parent.parent
LONG_PDF = REPO / "samples" / "reading" / "multipage-annual-report.pdf"  # 17 pages


def test_reading_budgets_and_workers_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("EVIDENCE_READ__MAX_OCR_PAGES", "7")
    monkeypatch.setenv("EVIDENCE_READ__FILE_TIME_LIMIT", "1800")
    monkeypatch.setenv("EVIDENCE_OCR_WORKERS", "3")
    monkeypatch.setenv("EVIDENCE_TASK_WORKERS", "2")
    monkeypatch.setenv("EVIDENCE_CLAIM_TTL", "90")
    settings = load_settings()
    read = settings.read_settings()
    assert (read.max_ocr_pages, read.file_time_limit, read.ocr_workers) == (7, 1800.0, 3)
    assert (settings.task_workers, settings.claim_ttl) == (2, 90.0)
    assert settings.read_settings(ocr_workers=1, ocr="off").ocr_workers == 1  # an option given wins
    assert settings.read_settings(ocr_workers=None).ocr_workers == 3  # an option not given does not


def test_without_variables_the_defaults_are_the_reading_defaults(monkeypatch):
    for name in ("EVIDENCE_OCR_WORKERS", "EVIDENCE_TASK_WORKERS", "EVIDENCE_READ__OCR"):
        monkeypatch.delenv(name, raising=False)
    from extractors.settings import ReadSettings

    assert load_settings().read_settings() == ReadSettings()


@pytest.mark.parametrize(
    "name, value, named",
    [
        ("EVIDENCE_TASK_WORKERS", "two", "EVIDENCE_TASK_WORKERS"),
        ("EVIDENCE_OCR_WORKERS", "0", "EVIDENCE_OCR_WORKERS"),
        ("EVIDENCE_READ__OCR", "sometimes", "EVIDENCE_READ__OCR"),
        ("EVIDENCE_READ__OCR_DPI", "10", "ocr_dpi"),
    ],
)
def test_a_value_that_does_not_fit_is_named_not_ignored(monkeypatch, name, value, named):
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError, match=named):
        load_settings()


def test_evidence_files_obeys_a_page_budget_set_in_the_environment(monkeypatch, tmp_path, capsys):
    shutil.copy(LONG_PDF, tmp_path / "report.pdf")
    monkeypatch.setenv("EVIDENCE_READ__MAX_PAGES", "5")
    main(["files", str(tmp_path), "--ocr", "off"])
    out = capsys.readouterr().out
    assert "report.pdf\tpdf\tERROR too_many_pages:" in out and "(17 > 5)" in out


def test_a_bad_variable_stops_the_command_with_its_name(monkeypatch, tmp_path, capsys):
    shutil.copy(LONG_PDF, tmp_path / "report.pdf")
    monkeypatch.setenv("EVIDENCE_READ__MAX_FILE_MEMORY_MB", "lots")
    assert main(["files", str(tmp_path)]) == 1
    assert "EVIDENCE_READ__MAX_FILE_MEMORY_MB" in capsys.readouterr().err
