"""Per-file budgets (issue 15, defect 4): a file that would hold the batch for
hours gets a recorded outcome instead, and the other files are checked."""

from __future__ import annotations


import pypdfium2 as pdfium
import pytest

from extractors import ReadSettings, read_file
from extractors.ocr import ocr_available
from pipeline import batch
from pipeline.check import check_submission

REPO_SAMPLES = __import__("pathlib").Path(__file__).resolve().parents[1] / "samples" / "inbox" / "2566"


def blank_pdf(path, pages: int):
    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    pdf.save(path)
    return path


def test_pdf_of_twenty_thousand_pages_is_too_many_pages_and_the_batch_goes_on(make_inbox, sqlite_url):
    inbox = make_inbox(2)
    sub = inbox / "2566" / "agency001"
    blank_pdf(sub / "ภาคผนวก.pdf", 20_000)
    summary = batch.run_batch(inbox, sqlite_url, settings=ReadSettings(ocr="auto"))
    assert summary.checked == 2 and all(o.status == "checked" for o in summary.outcomes)
    files = {f["path"]: f for f in check_submission(sub).to_dict()["files"]}
    assert files["ภาคผนวก.pdf"]["error"]["code"] == "too_many_pages"
    assert "20,000" in files["ภาคผนวก.pdf"]["error"]["message"]
    assert all(f["error"] is None for name, f in files.items() if name != "ภาคผนวก.pdf")


@pytest.mark.skipif(not ocr_available("tha+eng"), reason="tesseract with tha+eng is not installed")
def test_pages_past_the_ocr_budget_are_recorded_not_read(tmp_path):
    path = blank_pdf(tmp_path / "scan.pdf", 4)
    doc = read_file(path, ReadSettings(ocr="force", max_ocr_pages=1, ocr_workers=1))
    assert doc.ok and [p.read_by for p in doc.pages] == ["ocr", "none", "none", "none"]
    assert all("OCR budget of 1 pages" in p.note for p in doc.pages[1:])
    budget = [n for n in doc.notices if n.code == "ocr_budget_reached"]
    assert len(budget) == 1 and "3 left" in budget[0].message_en
    assert not [n for n in doc.notices if n.code == "page_unreadable"]  # one notice for the file, not one per page


def test_budgets_are_validated():
    with pytest.raises(ValueError):
        ReadSettings(max_pages=0)


@pytest.mark.skipif(not ocr_available("tha+eng"), reason="tesseract with tha+eng is not installed")
def test_evidence_files_streams_each_outcome_as_it_finishes(tmp_path, docx_template):
    import subprocess
    import sys
    import time

    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.docx").write_bytes(docx_template.read_bytes())
    blank_pdf(folder / "b.pdf", 4)  # four pages to OCR: seconds, after a.docx's line is out
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "interfaces.cli", "files", str(folder), "--ocr", "force"],
                            stdout=subprocess.PIPE, text=True)
    first = proc.stdout.readline()
    first_at = time.monotonic() - started
    rest = proc.stdout.read()
    proc.wait(timeout=300)
    ended_at = time.monotonic() - started
    assert first.startswith("a.docx") and "b.pdf" in rest
    assert first_at < ended_at - 1.0, (first_at, ended_at)


def large_xml_docx(source, out, megabytes: float):
    """A real .docx whose document.xml carries `megabytes` of varied Thai text (compresses ~3:1, like real text)."""
    import random
    import zipfile

    rng = random.Random(1)
    letters = [chr(c) for c in range(0x0E01, 0x0E2F)]
    parts, size = [], 0
    while size < megabytes * 1024 * 1024:
        words = " ".join("".join(rng.choice(letters) for _ in range(rng.randint(2, 7))) for _ in range(40))
        para = f"<w:p><w:r><w:t>{words}</w:t></w:r></w:p>"
        parts.append(para)
        size += len(para.encode())
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                i = text.index("<w:body>") + len("<w:body>")
                data = (text[:i] + "".join(parts) + text[i:]).encode("utf-8")
            zout.writestr(info, data)
    return out


def test_docx_with_an_oversized_xml_part_is_too_large_and_the_batch_goes_on(make_inbox, sqlite_url):
    inbox = make_inbox(2)
    sub = inbox / "2566" / "agency000"
    large_xml_docx(sub / "แบบฟอร์ม 1.docx", sub / "รายงานฉบับเต็ม.docx", 3)
    settings = ReadSettings(ocr="off", max_docx_xml_bytes=2 * 1024 * 1024)  # the default is 32 MB; same rule, small file
    summary = batch.run_batch(inbox, sqlite_url, settings=settings)
    assert summary.checked == 2 and all(o.status == "checked" for o in summary.outcomes)
    files = {f["path"]: f for f in check_submission(sub, settings=settings).to_dict()["files"]}
    assert files["รายงานฉบับเต็ม.docx"]["error"]["code"] == "too_large"
    assert files["แบบฟอร์ม 1.docx"]["error"] is None


def test_pages_after_the_time_budget_are_recorded_not_read(tmp_path):
    source = sorted(REPO_SAMPLES.glob("*/*.pdf"))[0]
    doc = read_file(source, ReadSettings(ocr="off", max_file_seconds=0.0))  # the budget is used before page 2
    assert doc.ok and doc.pages[0].read_by != "none"
    assert all(p.read_by == "none" and "time budget" in p.note for p in doc.pages[1:])
    assert [n.code for n in doc.notices if n.code == "time_budget_reached"] == ["time_budget_reached"]
    full = read_file(source, ReadSettings(ocr="off"))
    assert all(p.read_by != "none" for p in full.pages)
