"""The plain batch loop and the `evidence run/rerun --plain` commands (no Prefect)."""

from __future__ import annotations

import json

from interfaces.cli import main
from pipeline import batch


def run_cli(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_run_json_prints_exactly_one_object(make_inbox, sqlite_url, capsys):
    inbox = make_inbox(2)
    code, out, _ = run_cli(capsys, "run", str(inbox), "--db", sqlite_url, "--plain", "--format", "json")
    assert code == 0
    summary = json.loads(out)  # the whole stdout is one JSON object
    for key in ("submissions", "files", "checked", "unchanged", "errors"):
        assert isinstance(summary[key], int)
    assert isinstance(summary["seconds"], float)
    assert (summary["submissions"], summary["files"], summary["checked"]) == (2, 4, 2)
    code, out, _ = run_cli(capsys, "run", str(inbox), "--db", sqlite_url, "--plain", "--format", "json")
    assert (code, json.loads(out)["checked"], json.loads(out)["unchanged"]) == (0, 0, 2)


def test_run_text_summary_is_thai_with_english(make_inbox, sqlite_url, capsys):
    code, out, _ = run_cli(capsys, "run", str(make_inbox(1)), "--db", sqlite_url, "--plain")
    assert code == 0 and "ตรวจแล้ว 1" in out and "checked 1" in out


def test_nothing_readable_exits_2(tmp_path, sqlite_url, capsys):
    inbox = tmp_path / "inbox"
    (inbox / "agency").mkdir(parents=True)
    (inbox / "agency" / "junk.pdf").write_bytes(b"not a pdf")
    code, out, err = run_cli(capsys, "run", str(inbox), "--db", sqlite_url, "--plain", "--format", "json")
    assert code == 2 and json.loads(out)["errors"] == 1 and "nothing readable" in err


def test_usage_errors_exit_1(tmp_path, sqlite_url, capsys):
    assert run_cli(capsys, "run", str(tmp_path / "missing"), "--db", sqlite_url, "--plain")[0] == 1
    assert run_cli(capsys, "rerun", "2566/nobody", "--db", sqlite_url, "--plain")[0] == 1
    assert run_cli(capsys, "serve", "--cron", "not a cron", "--db", sqlite_url)[0] == 1


def test_rerun_by_key_forces_a_check(make_inbox, sqlite_url, capsys):
    inbox = make_inbox(2)
    batch.run_batch(inbox, sqlite_url)
    code, out, _ = run_cli(capsys, "rerun", "2566/agency001", "--db", sqlite_url, "--plain", "--format", "json")
    result = json.loads(out)
    assert code == 0 and result["checked"] == 1 and result["outcomes"][0]["reason"] == "forced"


def test_progress_callback_sees_every_checked_submission(make_inbox, sqlite_url):
    seen = []
    batch.run_batch(make_inbox(3), sqlite_url, progress=lambda o, done, total: seen.append((o.key, done, total)))
    assert [d for _, d, _ in seen] == [1, 2, 3] and {t for _, _, t in seen} == {3}


def test_samples_inbox_when_present(tmp_path, sqlite_url):
    """The committed sample submissions: every file gets one outcome."""
    from pipeline.inbox import scan_inbox

    samples = batch.Path(__file__).resolve().parent.parent / "samples" / "inbox"
    assert samples.is_dir(), "samples/inbox is committed; regenerate with samples/generate.py"
    summary = batch.run_batch(samples, sqlite_url, settings=batch.ReadSettings(ocr="off"))
    assert summary.checked == summary.submissions == len(scan_inbox(samples).submissions)
    assert sum(o.files for o in summary.outcomes) == summary.files


def test_unchanged_inbox_is_answered_without_starting_prefect(make_inbox, sqlite_url, capsys, monkeypatch):
    inbox = make_inbox(2)
    assert run_cli(capsys, "run", str(inbox), "--db", sqlite_url, "--plain", "--ocr", "off")[0] == 0
    import flows.check_inbox

    def no_flow(**kwargs):
        raise AssertionError("Prefect must not be started for an unchanged inbox")

    monkeypatch.setattr(flows.check_inbox, "check_inbox", no_flow)
    code, out, err = run_cli(capsys, "run", str(inbox), "--db", sqlite_url, "--ocr", "off", "--format", "json")
    summary = json.loads(out)
    assert code == 0 and summary["checked"] == 0 and summary["unchanged"] == 2
    assert batch.nothing_to_do(inbox, sqlite_url) is True
    (inbox / "2566" / "agency000" / "แบบฟอร์ม 1.docx").write_bytes(b"changed")
    assert batch.nothing_to_do(inbox, sqlite_url) is False  # a changed file: the flow runs
