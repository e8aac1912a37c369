"""The version a check is stored with moves whenever the code or data that make a result move.

An upgrade that changes reading, section finding or flagging must make the next
`evidence run` re-check everything (tests/test_store.py shows the re-check); here
the digest itself, on a copy of the product's own code.
"""

from __future__ import annotations

import json
import shutil

import pytest

from pipeline import version
from pipeline.version import code_digest, pipeline_version, result_files


@pytest.fixture
def product_copy(tmp_path):
    for package in version.CODE_PACKAGES:
        shutil.copytree(version.ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_stored_version_names_the_number_and_the_code():
    number, digest = pipeline_version().split("+")
    assert number == version.PIPELINE_VERSION and len(digest) == 12 and int(digest, 16) >= 0
    assert len(pipeline_version()) <= 32  # checks.pipeline_version is String(32)


def test_the_digest_covers_the_readers_the_checks_and_the_bundled_data():
    names = {p.relative_to(version.ROOT).as_posix() for p in result_files()}
    assert {
        "extractors/pdf/reader.py",
        "pipeline/sections.py",
        "pipeline/rubrics/innovation.yaml",
        "extractors/data/thai_digit_glyphs.npz",
    } <= names
    assert not any(n.startswith("pipeline/store/") for n in names)


def test_a_code_change_moves_the_digest(product_copy):
    before = code_digest(product_copy)
    assert before == code_digest(version.ROOT)
    _edit(product_copy / "pipeline" / "version.py", 'PIPELINE_VERSION = "', 'PIPELINE_VERSION = "x')
    assert code_digest(product_copy) != before


def test_a_rubric_data_change_moves_the_digest(product_copy):
    before = code_digest(product_copy)
    _edit(product_copy / "pipeline" / "rubrics" / "innovation.yaml", "วัตถุประสงค์", "วัตถุประสงค์ของโครงการ")
    assert code_digest(product_copy) != before


def test_comments_and_docstrings_do_not_move_the_digest(product_copy):
    before = code_digest(product_copy)
    path = product_copy / "pipeline" / "version.py"
    _edit(path, '"""The product', '"""Reworded: the product')
    path.write_text(path.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert code_digest(product_copy) == before


def test_the_store_is_not_result_code(product_copy):
    before = code_digest(product_copy)
    (product_copy / "pipeline" / "store" / "db.py").write_text("X = 1\n", encoding="utf-8")
    assert code_digest(product_copy) == before


def test_after_an_upgrade_evidence_run_rechecks_everything_and_says_why(make_inbox, sqlite_url, capsys, monkeypatch):
    from interfaces.cli import main
    from pipeline import batch

    inbox = make_inbox(2, files=1)
    args = ["run", str(inbox), "--db", sqlite_url, "--plain", "--ocr", "off"]
    assert main(args) in (0, None)
    assert "ชุดเอกสารใหม่ (new submission)" in capsys.readouterr().out
    assert main(args) in (0, None)
    assert "ตรวจแล้ว 0" in capsys.readouterr().out  # an unchanged product re-checks none
    monkeypatch.setattr(batch, "pipeline_version", lambda: f"{version.PIPELINE_VERSION}+000000000000")
    assert main(args) in (0, None)
    out = capsys.readouterr().out
    assert "ตรวจแล้ว 2" in out
    assert out.count("the product was upgraded; results may differ") == 2


def test_the_digest_cache_gives_the_digest_parsing_gives_and_a_bad_cache_is_only_slower(tmp_path):
    cache = tmp_path / "cache" / "code-digests.json"
    parsed = code_digest(cache=cache)  # nothing cached: every module parsed, the cache written
    assert cache.exists() and len(json.loads(cache.read_text(encoding="utf-8"))) > 50  # one per distinct module
    assert code_digest(cache=cache) == parsed  # every module from the cache
    cache.write_text("{not json", encoding="utf-8")
    assert code_digest(cache=cache) == parsed
    unwritable = tmp_path / "file-not-folder"
    unwritable.write_text("", encoding="utf-8")
    assert code_digest(cache=unwritable / "code-digests.json") == parsed
