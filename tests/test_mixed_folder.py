"""A folder mixing good and bad files yields all the good text and one outcome per file."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

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
        capture_output=True, text=True, env=env, cwd=REPO, timeout=120,
    )
    assert out.returncode == 0, out.stderr
    err = json.loads(out.stdout)
    assert err["code"] == "doc_needs_libreoffice"
    assert "libreoffice" in err["en"].lower() and ".docx" in err["th"]


def test_a_directory_passed_as_a_file_is_an_error_not_a_crash(tmp_path):
    doc = read_file(tmp_path)
    assert doc.error is not None and doc.error.code == "not_a_regular_file" and "folder" in doc.error.message_en
