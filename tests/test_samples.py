"""Reading the bundled samples (samples/, made by samples/generate.py).

samples/manifest.json lists every generated file with its kind and, for a
readable sample, its expected text (samples/expected/<path>.txt, written by the
generator from the content it rendered) and the minimum `char_accuracy`:
.docx 0.998, LibreOffice PDFs 0.995, scanned and damaged PDFs 0.92 (OCR).
Bad files list the error code `read_file` must return.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from extractors import read_file
from pipeline.accuracy import char_accuracy, char_errors, comparable

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
MANIFEST: dict[str, dict] = json.loads((SAMPLES / "manifest.json").read_text(encoding="utf-8"))
READABLE = sorted(rel for rel, e in MANIFEST.items() if "expected" in e)
BAD = sorted(rel for rel, e in MANIFEST.items() if e.get("error"))
TRUTHS = sorted((SAMPLES / "truth").glob("*.json"))
PUA = re.compile("[\ue000-\uf8ff]")
SHOW_ERRORS = 15


@cache
def _read(rel: str):
    return read_file(SAMPLES / rel)


def _expected(rel: str) -> str:
    return (SAMPLES / MANIFEST[rel]["expected"]).read_text(encoding="utf-8")


def _worst(expected: str, got: str) -> str:
    errs = sorted(char_errors(expected, got), key=lambda e: -max(len(e[1]), len(e[2])))
    return "\n".join(f"  {op:<7} expected {ref[:60]!r} got {hyp[:60]!r}" for op, ref, hyp in errs[:SHOW_ERRORS])


def test_every_inbox_and_reading_file_has_expected_text_or_is_a_photo():
    missing = []
    for folder in ("inbox", "reading"):
        for path in sorted((SAMPLES / folder).rglob("*")):
            if not path.is_file():
                continue
            rel = path.relative_to(SAMPLES).as_posix()
            entry = MANIFEST.get(rel)
            if entry is None:
                missing.append(f"{rel}: not in manifest.json")
            elif entry["kind"] == "photo":
                assert path.suffix.lower() in (".jpg", ".jpeg", ".png"), rel
            elif not (SAMPLES / entry.get("expected", "-")).is_file():
                missing.append(f"{rel}: no expected text")
    assert not missing, "\n".join(missing)


def test_manifest_lists_only_existing_files():
    assert [rel for rel in MANIFEST if not (SAMPLES / rel).is_file()] == []


@pytest.mark.parametrize("rel", READABLE, ids=READABLE)
def test_sample_reads_accurately(rel):
    entry = MANIFEST[rel]
    doc = _read(rel)
    assert doc.ok, f"{rel}: {doc.error and doc.error.message_en}"
    text = doc.text()
    pua = sorted({f"U+{ord(c):04X}" for c in PUA.findall(text)})
    assert not pua, f"{rel}: Private Use Area characters in the output: {', '.join(pua[:20])}"
    expected = _expected(rel)
    acc = char_accuracy(expected, text)
    assert acc >= entry["min_accuracy"], (
        f"{rel} ({entry['kind']}): accuracy {acc:.4f} < {entry['min_accuracy']}; worst differences:\n{_worst(expected, text)}"
    )


@pytest.mark.parametrize("rel", BAD, ids=BAD)
def test_bad_file_gives_its_error(rel):
    doc = _read(rel)
    assert doc.error is not None, f"{rel}: read without an error"
    assert doc.error.code == MANIFEST[rel]["error"]
    assert doc.blocks == []


@pytest.mark.parametrize("rel", ["bad/report.docx", "bad/form.pdf"])
def test_wrong_extension_is_read_with_a_notice(rel):
    doc = _read(rel)
    assert doc.ok
    assert "wrong_extension" in [n.code for n in doc.notices]


@pytest.mark.parametrize("truth_path", TRUTHS, ids=[t.stem for t in TRUTHS])
def test_truth_matches_the_generated_files(truth_path):
    """Generator self-check: every truth body is in its file's expected text, every file is in the inbox."""
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    for rel in truth["files"]:
        assert (SAMPLES / rel).is_file(), rel
        assert rel.startswith(truth["folder"] + "/")
    for key, sec in truth["sections"].items():
        assert sec["status"] in ("ok", "missing", "empty", "placeholder", "too_short"), key
        if sec["status"] == "missing":
            assert sec["file"] is None and not sec["occurrences"], key
            continue
        for occ in sec["occurrences"]:
            assert comparable(occ["body"]) in comparable(_expected(occ["file"])), (key, occ["file"])
            assert comparable(occ["heading"]) in comparable(_expected(occ["file"])), (key, occ["file"])
        if sec["status"] == "empty":
            assert sec["body"] == ""
