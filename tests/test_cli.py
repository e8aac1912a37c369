"""The `evidence` console script, run as a person runs it (a real subprocess)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import jsonschema
import pytest

from pipeline.accuracy import char_accuracy

REPO = Path(__file__).resolve().parents[1]
EVIDENCE = str(REPO / ".venv" / "bin" / "evidence")
SCHEMA = json.loads((REPO / "pipeline" / "schemas" / "evidence-check-3.schema.json").read_text(encoding="utf-8"))
BANGRAK = REPO / "samples" / "inbox" / "2566" / "bangrak"
SOCIAL = REPO / "samples" / "inbox" / "2566" / "social-dev-chiangmai"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([EVIDENCE, *args], capture_output=True, text=True, cwd=REPO, timeout=300)


def test_text_of_a_docx_prints_its_thai_text():
    form = next(BANGRAK.glob("แบบฟอร์ม 1*.docx"))
    expected = (REPO / "samples" / "expected" / form.relative_to(REPO / "samples")).with_name(form.name + ".txt")
    out = run("text", str(form))
    assert out.returncode == 0, out.stderr
    assert char_accuracy(expected.read_text(encoding="utf-8"), out.stdout) >= 0.998


def test_text_json_says_how_each_page_was_read():
    pdf = next(BANGRAK.glob("แบบฟอร์ม 4*.pdf"))
    out = run("text", str(pdf), "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["schema"] == "evidence-text/1" and data["format"] == "pdf"
    assert data["pages"] and all(p["read_by"] in ("text_layer", "actual_text", "ocr") for p in data["pages"])
    assert any(b["kind"] == "table" or b["text"] for b in data["blocks"])


def test_text_of_an_unreadable_file_exits_2_with_its_code():
    out = run("text", str(REPO / "samples" / "bad" / "truncated.pdf"))
    assert out.returncode == 2
    assert "corrupt_pdf" in out.stderr and out.stdout == ""


def test_usage_error_exits_1():
    out = run("check", "--format", "yaml", str(BANGRAK))
    assert out.returncode == 1
    assert "yaml" in out.stderr


def test_check_json_follows_the_published_schema_and_lists_every_file():
    out = run("check", str(SOCIAL), "--format", "json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    jsonschema.validate(result, SCHEMA)
    on_disk = sorted(p.relative_to(SOCIAL).as_posix() for p in SOCIAL.rglob("*") if p.is_file())
    assert sorted(f["path"] for f in result["files"]) == on_disk
    codes = {(f["code"], f["section"]) for f in result["flags"]}
    assert ("section_missing", "actual_results") in codes


def test_check_text_report_is_thai_and_names_the_gaps():
    out = run("check", str(SOCIAL))
    assert out.returncode == 0, out.stderr
    assert "เนื้อหาที่ต้องมี 5 หัวข้อ" in out.stdout
    assert "ไม่พบ" in out.stdout and "ผลลัพธ์ที่เกิดขึ้นจริงอย่างเป็นรูปธรรม" in out.stdout


def test_check_of_one_short_docx_loads_spacy_without_an_import_race(tmp_path):
    """A lone short .docx is read before spaCy's background import ends; the signals then used spaCy
    in the main thread while the loader was importing it, and importlib handed one thread a
    half-initialised module: `evidence check` crashed with "partially initialized module 'spacy'"
    (exit 1) on every run of this folder."""
    folder = REPO / "tests" / "data" / "blind_signals2" / "subs" / "13-rpst-video-consult"
    for _ in range(2):
        out = run("check", str(folder), "--format", "json", "--ocr", "off")
        assert out.returncode == 0, out.stderr[-2000:]
        assert "partially initialized" not in out.stderr
        signals = {s["code"]: s for s in json.loads(out.stdout)["signals"]}
        assert signals["concrete_figures"]["value"] is True


def test_check_of_a_folder_with_nothing_readable_exits_2(tmp_path):
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "noise.docx").write_bytes(b"\x00\x01 not a document")
    out = run("check", str(tmp_path), "--format", "json")
    assert out.returncode == 2
    result = json.loads(out.stdout)
    assert {f["error"]["code"] for f in result["files"]} == {"empty_file", "not_a_document"}
    assert {f["code"] for f in result["flags"] if f["file"]} == {"file_unreadable"}


@pytest.mark.parametrize(
    "rubric_text, message",
    [("name: [unclosed", "not valid YAML"), ("name: x\nversion: 1\n", "does not fit the schema")],
)
def test_a_bad_rubric_is_a_usage_error(tmp_path, rubric_text, message):
    rubric = tmp_path / "rubric.yaml"
    rubric.write_text(rubric_text, encoding="utf-8")
    out = run("check", str(BANGRAK), "--rubric", str(rubric))
    assert out.returncode == 1
    assert message in out.stderr


def test_files_reports_one_outcome_per_file_and_goes_on_after_bad_ones():
    out = run("files", str(REPO / "samples" / "bad"), "--format", "json")
    assert out.returncode == 0, out.stderr  # some files are readable (wrong extensions)
    rows = json.loads(out.stdout)["files"]
    on_disk = sorted(
        p.relative_to(REPO / "samples" / "bad").as_posix() for p in (REPO / "samples" / "bad").rglob("*") if p.is_file()
    )
    assert sorted(r["path"] for r in rows) == on_disk


def test_no_private_use_glyph_in_any_output_of_a_legacy_font_pdf():
    pdf = REPO / "samples" / "reading" / "legacy-font-pua.pdf"
    pua = re.compile("[\ue000-\uf8ff]")
    plain = run("text", str(pdf))
    as_json = run("text", str(pdf), "--format", "json")
    assert plain.returncode == 0 and as_json.returncode == 0
    assert not pua.search(plain.stdout) and not pua.search(as_json.stdout)
    # raw_text still records what the file encodes, as JSON escapes.
    raw = "".join(b["raw_text"] for b in json.loads(as_json.stdout)["blocks"])
    assert pua.search(raw)


def test_profile_start_up_is_never_longer_than_the_process_has_lived():
    """The start-up figure once came from psutil's create_time, which adds Linux's boot time in whole
    seconds: it read up to a second too long (1.3 s of "start-up" in a 1.5 s command)."""
    import sys
    import time

    probe = "from interfaces.cli import _seconds_since_start; print(_seconds_since_start())"
    for _ in range(3):
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=60)
        lived = time.perf_counter() - started
        assert 0.0 <= float(out.stdout) <= lived + 0.05, (out.stdout, lived)  # both clocks tick in 10 ms


def test_check_profile_gives_seconds_per_stage():
    out = run("check", str(BANGRAK), "--format", "json", "--ocr", "off", "--profile")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    jsonschema.validate(result, SCHEMA)
    seconds = result["profile"]["seconds"]
    assert {"start-up and imports", "read", "sections", "period", "signals", "novelty", "score"} <= set(seconds)
    assert seconds["start-up and imports"] > 0 and result["profile"]["total"] >= sum(seconds.values()) - 0.01
    assert {f["path"] for f in result["profile"]["files"]} == {f["path"] for f in result["files"]}
    assert "seconds per stage" in out.stderr and "read" in out.stderr


def test_readme_example_report_is_what_check_prints_today():
    """README.md shows `evidence check samples/inbox/2566/sso-rayong` in full: it must be the real output,
    labels and signals included (it had kept the labels of an older report)."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    command = "$ evidence check samples/inbox/2566/sso-rayong\n"
    start = readme.index(command) + len(command)
    shown = readme[start : readme.index("```", start)]
    out = run("check", "samples/inbox/2566/sso-rayong")
    assert out.returncode == 0, out.stderr
    assert shown == out.stdout
