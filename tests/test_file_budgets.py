"""Per-file budgets (issue 15, defect 4): a file that would hold the batch for
hours gets a recorded outcome instead, and the other files are checked."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from pdf_objects import pdf_of_objects

from extractors import ReadSettings, read_file
from extractors.ocr.engine import ocr_available
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
    proc = subprocess.Popen(
        [sys.executable, "-m", "interfaces.cli", "files", str(folder), "--ocr", "force"],
        stdout=subprocess.PIPE,
        text=True,
    )
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
    settings = ReadSettings(
        ocr="off", max_docx_xml_bytes=2 * 1024 * 1024
    )  # the default is 32 MB; same rule, small file
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


# --- the hard stop: each file is read in a reading process (extractors.process.pool) ---------------


def slow_page_pdf(path, operators: int):
    """A real one-page PDF whose content stream places `operators` one-letter strings one by one:
    a text layer that takes pdfplumber minutes on a single page (the budget between pages cannot help)."""
    body = (
        b"BT /F1 2 Tf "
        + b"".join(b"1 0 0 1 %d %d Tm (a) Tj " % (i % 500, (i // 500) % 800) for i in range(operators))
        + b"ET"
    )
    path.write_bytes(
        pdf_of_objects(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream",
                b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            ]
        )
    )
    return path


def reading_processes() -> set[int]:
    """Live `extractors.process.worker` processes started by this test process."""
    found = set()
    for proc in __import__("pathlib").Path("/proc").glob("[0-9]*"):
        try:
            cmdline = (proc / "cmdline").read_bytes()
            state, parent = (proc / "stat").read_text().rsplit(")", 1)[1].split()[:2]
        except OSError:
            continue
        if b"extractors.process.worker" in cmdline and state != "Z" and int(parent) == __import__("os").getpid():
            found.add(int(proc.name))
    return found


def test_a_page_that_never_finishes_is_stopped_timed_out_and_the_batch_goes_on(make_inbox, sqlite_url):
    from extractors.process.pool import POOL

    inbox = make_inbox(2)
    sub = inbox / "2566" / "agency001"
    slow_page_pdf(sub / "ภาคผนวก.pdf", 400_000)  # one page: minutes of parsing
    settings = ReadSettings(ocr="off", file_time_limit=3.0)
    started = __import__("time").monotonic()
    summary = batch.run_batch(inbox, sqlite_url, settings=settings)
    assert __import__("time").monotonic() - started < 60
    assert summary.checked == 2 and all(o.status == "checked" for o in summary.outcomes)
    files = {f["path"]: f for f in check_submission(sub, settings=settings).to_dict()["files"]}
    assert files["ภาคผนวก.pdf"]["error"]["code"] == "timed_out"
    assert "3 s" in files["ภาคผนวก.pdf"]["error"]["message"]
    assert all(f["error"] is None for name, f in files.items() if name != "ภาคผนวก.pdf")
    assert reading_processes() <= {w.pid for w in POOL.idle}  # the stopped process is gone, not reading on


def test_a_file_over_its_memory_budget_is_too_large_and_the_others_read_under_the_same_budget(make_inbox, sqlite_url):
    inbox = make_inbox(1)
    sub = inbox / "2566" / "agency000"
    large_xml_docx(sub / "แบบฟอร์ม 1.docx", sub / "รายงานฉบับเต็ม.docx", 30)  # parsed, it needs ~300 MB
    settings = ReadSettings(ocr="off", max_docx_xml_bytes=64 * 1024 * 1024, max_file_memory_mb=256)
    summary = batch.run_batch(inbox, sqlite_url, settings=settings)
    assert summary.checked == 1
    files = {f["path"]: f for f in check_submission(sub, settings=settings).to_dict()["files"]}
    assert files["รายงานฉบับเต็ม.docx"]["error"]["code"] == "too_large"
    assert "256 MB" in files["รายงานฉบับเต็ม.docx"]["error"]["message"]
    assert files["แบบฟอร์ม 1.docx"]["error"] is None and files["แบบฟอร์ม 2.docx"]["error"] is None
    # and with the default budget the same file is read
    assert read_file(sub / "รายงานฉบับเต็ม.docx", ReadSettings(ocr="off", max_docx_xml_bytes=64 * 1024 * 1024)).ok


def test_a_reading_process_that_crashes_fails_only_its_file(tmp_path):
    import os
    import signal
    import threading
    import time

    from extractors.process.pool import POOL

    slow = slow_page_pdf(tmp_path / "slow.pdf", 400_000)
    result = {}
    reader = threading.Thread(target=lambda: result.setdefault("doc", read_file(slow, ReadSettings(ocr="off"))))
    reader.start()
    deadline = time.monotonic() + 30
    while not POOL.busy and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # it is parsing the page
    (worker,) = list(POOL.busy)
    os.kill(worker.pid, signal.SIGSEGV)  # what a crash in a C library does
    reader.join(60)
    doc = result["doc"]
    assert doc.error.code == "read_failed" and "SIGSEGV" in doc.error.message_en
    again = read_file(sorted(REPO_SAMPLES.glob("*/*.pdf"))[0], ReadSettings(ocr="off"))
    assert again.ok and again.text().strip()  # a new process reads the next file


def test_reading_here_without_the_process_gives_the_same_document(tmp_path):
    source = sorted(REPO_SAMPLES.glob("*/*.pdf"))[0]
    there = read_file(source, ReadSettings(ocr="off"))
    here = read_file(source, ReadSettings(ocr="off", isolate=False))
    assert there == here


def test_evidence_run_streams_each_file_as_it_is_read(make_inbox, tmp_path):
    """A slow file does not hide the others: their lines are out while it is still being read."""
    import subprocess
    import sys
    import time

    inbox = make_inbox(2)
    slow_page_pdf(inbox / "2566" / "agency001" / "ช้า.pdf", 150_000)  # some seconds of parsing
    started = time.monotonic()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "interfaces.cli",
            "run",
            str(inbox),
            "--plain",
            "--ocr",
            "off",
            "--db",
            f"sqlite:///{tmp_path / 'run.db'}",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env={**__import__("os").environ, "PYTHONPATH": str(REPO_SAMPLES.parents[2])},
    )
    first = proc.stdout.readline()
    first_at = time.monotonic() - started
    rest = proc.stdout.read().splitlines()
    assert proc.wait(timeout=300) == 0
    ended_at = time.monotonic() - started
    assert first.startswith("  2566/agency000/แบบฟอร์ม 1.docx\tdocx\t")
    assert first_at < ended_at - 1.0, (first_at, ended_at)
    assert any(line.startswith("  2566/agency001/ช้า.pdf\tpdf\t") for line in rest)
    assert [line.split("\t")[0] for line in rest if line.startswith("2566/")] == ["2566/agency000", "2566/agency001"]
