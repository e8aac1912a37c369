"""Seeded fuzz of damaged Word and PDF files (issue 15, defect 9): every mutant
gets a specific outcome (read, or a code such as corrupt_docx / corrupt_pdf),
never `read_failed` with a traceback, and nothing hangs.

200 mutants per format from a real sample file, each with 1-8 byte flips,
deletions or insertions (seed fixed: the same mutants on every run).  Each is
read as the product reads a file: in a reading process with a time limit
(`extractors.process.pool`), so a hang is counted (`timed_out`) instead of
stalling the suite, and a crash of the process fails only its mutant (counted
as `read_failed`).  The reading processes' peak memory is printed (`-s`
shows it).  `bench/fuzz_files.py` runs a longer fuzz.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest
from pdf_objects import pdf_of_objects

from extractors import ReadSettings, read_file
from extractors.process.pool import POOL

REPO = Path(__file__).resolve().parents[1]
MUTANTS = 200
SEED = 20261207
NO_OCR = ReadSettings(ocr="off")
FUZZ = ReadSettings(ocr="off", file_time_limit=30.0)  # the intact files read in under a second


def mutate(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        pos, op = rng.randrange(len(b)), rng.random()
        if op < 0.6:
            b[pos] = rng.randrange(256)
        elif op < 0.8:
            del b[pos : pos + rng.randint(1, 64)]
        else:
            b[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    return bytes(b)


@pytest.mark.parametrize("pattern", ["samples/inbox/2566/*/*.docx", "samples/inbox/2566/*/*.pdf"], ids=["docx", "pdf"])
def test_mutants_get_a_specific_outcome(pattern, tmp_path):
    source = sorted(REPO.glob(pattern))[0]
    data, rng = source.read_bytes(), random.Random(SEED)
    outcomes: Counter = Counter()
    failures = []
    for i in range(MUTANTS):
        path = tmp_path / f"mutant{i:03d}{source.suffix}"
        path.write_bytes(mutate(data, rng))
        doc = read_file(path, FUZZ)
        code = doc.error.code if doc.error else "ok"
        outcomes[code] += 1
        if code in ("read_failed", "timed_out"):
            failures.append((path.name, doc.error.message))
        path.unlink()
    peak_mb = POOL.peak_rss_kb / 1024
    print(
        f"{source.suffix}: {dict(outcomes)}; hangs {outcomes['timed_out']}; "
        f"peak memory of the reading processes {peak_mb:.0f} MB"
    )
    assert not failures, failures[:5]
    assert 0 < peak_mb < FUZZ.max_file_memory_mb


def test_word_package_without_its_main_part_is_corrupt_docx(tmp_path):
    import zipfile

    path = tmp_path / "แบบฟอร์ม 3.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr(
            "word/styles.xml", "<w:styles xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'/>"
        )
    assert read_file(path, NO_OCR).error.code == "corrupt_docx"


def test_member_with_a_bad_crc_is_corrupt_docx(tmp_path):
    source = sorted(REPO.glob("samples/inbox/2566/*/*.docx"))[0]
    data = bytearray(source.read_bytes())
    import zipfile

    with zipfile.ZipFile(source) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0xFF  # damage the compressed body: CRC check fails on read
    path = tmp_path / "crc.docx"
    path.write_bytes(bytes(data))
    assert read_file(path, NO_OCR).error.code == "corrupt_docx"


def test_damaged_files_in_a_batch_each_get_their_code_and_the_rest_is_checked(make_inbox, sqlite_url):
    import zipfile

    import pypdfium2 as pdfium

    from pipeline import batch
    from pipeline.check import check_submission

    inbox = make_inbox(2)
    sub = inbox / "2566" / "agency000"
    good = sub / "แบบฟอร์ม 1.docx"
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0xFF
    (sub / "crc.docx").write_bytes(bytes(data))
    pdfium.PdfDocument.new().save(sub / "ว่าง.pdf")  # a PDF with no pages
    (sub / "วนซ้ำ.pdf").write_bytes(
        pdf_of_objects([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"])
    )
    summary = batch.run_batch(inbox, sqlite_url, settings=NO_OCR)
    assert summary.checked == 2 and all(o.status == "checked" for o in summary.outcomes)
    files = {
        f["path"]: (f["error"] or {}).get("code") for f in check_submission(sub, settings=NO_OCR).to_dict()["files"]
    }
    assert files == {
        "crc.docx": "corrupt_docx",
        "ว่าง.pdf": "no_pages",
        "วนซ้ำ.pdf": "corrupt_pdf",
        "แบบฟอร์ม 1.docx": None,
        "แบบฟอร์ม 2.docx": None,
    }


@pytest.mark.parametrize(
    "kids",
    [
        [b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"],
        [b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"],
    ],
    ids=["node-is-its-own-kid", "two-nodes-in-a-loop"],
)
def test_a_circular_page_tree_is_corrupt_pdf_not_an_empty_file(tmp_path, kids):
    """Defect 10: a page tree that loops read as 0 characters with no error; it is damage, and says so."""
    path = tmp_path / "วนซ้ำ.pdf"
    path.write_bytes(pdf_of_objects([b"<< /Type /Catalog /Pages 2 0 R >>", *kids]))
    doc = read_file(path, NO_OCR)
    assert doc.error.code == "corrupt_pdf" and "declares 1 pages and none can be reached" in doc.error.message_en
