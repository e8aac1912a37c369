"""A folder mixing good and bad files yields all the good text and one outcome per file."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extractors import read_file
from pipeline.accuracy import char_accuracy
from pipeline.check import check_submission

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
MANIFEST = json.loads((SAMPLES / "manifest.json").read_text(encoding="utf-8"))
GOOD = [
    "inbox/2566/bangrak/แบบฟอร์ม 1 แบบเสนอแนวคิด.docx",
    "inbox/2566/bangrak/แบบฟอร์ม 4 โครงการพัฒนานวัตกรรม.pdf",
    "reading/legacy-word97.doc",
    "reading/tables-and-headers.pdf",
]
BAD = sorted(rel for rel, m in MANIFEST.items() if m["kind"] == "bad")


def test_mixed_folder_reads_every_good_file_and_records_every_bad_one(tmp_path):
    for rel in GOOD + BAD:
        shutil.copy(SAMPLES / rel, tmp_path / Path(rel).name)
    result = check_submission(tmp_path)
    by_name = {f.path: f for f in result.files}
    assert sorted(by_name) == sorted(Path(rel).name for rel in GOOD + BAD)
    for rel in GOOD:
        f = by_name[Path(rel).name]
        assert f.error is None, f.error
        expected = (SAMPLES / MANIFEST[rel]["expected"]).read_text(encoding="utf-8")
        assert char_accuracy(expected, f.document.text()) >= MANIFEST[rel]["min_accuracy"], rel
    for rel in BAD:
        f = by_name[Path(rel).name]
        assert f.error is not None and f.error["code"] == MANIFEST[rel]["error"], (rel, f.error)
    unreadable_flags = {fl.file for fl in result.flags if fl.code == "file_unreadable"}
    assert unreadable_flags == {Path(rel).name for rel in BAD}


def test_legacy_doc_without_libreoffice_names_the_fix(tmp_path):
    # A real interpreter whose PATH has no soffice/libreoffice: the .doc gets a clear error.
    probe = (
        "import json, sys; from extractors import read_file; "
        "d = read_file(sys.argv[1]); print(json.dumps({'code': d.error.code, 'th': d.error.message_th, 'en': d.error.message_en}))"
    )
    env = {"PATH": str(tmp_path), "PYTHONPATH": str(REPO), "HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", probe, str(SAMPLES / "reading" / "legacy-word97.doc")],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    err = json.loads(out.stdout)
    assert err["code"] == "doc_needs_libreoffice"
    assert "libreoffice" in err["en"].lower() and ".docx" in err["th"]


def test_a_directory_passed_as_a_file_is_an_error_not_a_crash(tmp_path):
    doc = read_file(tmp_path)
    assert doc.error is not None and doc.error.code == "not_a_regular_file" and "folder" in doc.error.message_en


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice not installed")
def test_legacy_word_conversions_share_one_libreoffice_profile_that_is_removed_at_exit(tmp_path):
    """Issue 16 item 4: a new LibreOffice profile costs its first-start set-up on every .doc; one
    profile is kept per process (one conversion at a time) and deleted when the process ends."""
    probe = (
        "import sys, tempfile\n"
        "from pathlib import Path\n"
        "from extractors import ReadSettings, read_file\n"
        "from extractors.word import legacy_doc as doc_converter\n"
        "s = ReadSettings(ocr='off', isolate=False)\n"
        "docs = [read_file(sys.argv[1], s) for _ in range(3)]\n"
        "assert all(d.ok and d.text() == docs[0].text() for d in docs)\n"
        "assert docs[0].read_by == ['docx'], docs[0].read_by  # read from the converted Word XML\n"
        "print(len(doc_converter._all_profiles), doc_converter._all_profiles[0])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(SAMPLES / "reading" / "legacy-word97.doc")],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert out.returncode == 0, out.stderr
    count, folder = out.stdout.split()
    assert count == "1"  # three conversions, one profile
    assert not Path(folder).exists()  # gone with the process
