"""Review records in the store (append-only decisions, review states, accounts), the `evidence user`
commands, confined file paths and the exports' handling of formula-like text."""

from __future__ import annotations

import csv
import io
import zipfile

import click
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from interfaces.cli_review import register_review_commands
from interfaces.web.export import build_tables, to_csv_zip, to_xlsx
from interfaces.web.files import FileRefused, confined_path
from pipeline import store as st
from pipeline.inbox import scan_inbox
from pipeline.result import EvidenceCheck
from pipeline.store.reviews import ReviewError, list_submissions, record_decision, record_review, submission_detail
from pipeline.store.users import UserError, authenticate, create_user, get_user

FORMULA = '=HYPERLINK("http://evil.example","click")'


def check_result(flags: list[dict]) -> EvidenceCheck:
    sections = {
        k: {"status": "ok", "text": f"{k} text", "file": "form.docx", "page": None, "occurrences": []}
        for k in ("rationale", "objectives", "actions", "expected_results")
    }
    sections["actual_results"] = {"status": "missing", "text": FORMULA, "file": None, "page": None, "occurrences": []}
    period = {
        "fiscal_year": 2566,
        "source": "path",
        "start": "2022-10-01",
        "end": "2023-09-30",
        "dates": [],
        "completed": None,
        "completed_in_period": None,
        "verdict": "not_stated",
        "completion": None,
    }
    score = {
        "rubric": "innovation@test",
        "parts": [],
        "max": 100,
        "automatic_total": 0.0,
        "level": None,
        "provisional_level": None,
        "complete": False,
    }
    return EvidenceCheck.model_validate(
        {
            "schema": "evidence-check/3",
            "submission": "x",
            "rubric": "innovation@test",
            "files": [],
            "sections": sections,
            "flags": [{"form": None, **f} for f in flags],
            "period": period,
            "novelty": {"compared_with": None, "project": None, "matches": []},
            "signals": [],
            "score": score,
        }
    )


MISSING = {
    "code": "section_missing",
    "severity": "error",
    "section": "actual_results",
    "file": None,
    "page": None,
    "message": "ไม่พบหัวข้อ (missing)",
}
SHORT = {
    "code": "section_too_short",
    "severity": "warning",
    "section": "objectives",
    "file": None,
    "page": None,
    "message": "สั้นเกินไป (too short)",
}


@pytest.fixture
def stored(tmp_path, db_url):
    """A store (SQLite and PostgreSQL) with one submission (2566/agency), its check holding two flags, and one reviewer."""
    inbox = tmp_path / "inbox"
    (inbox / "2566" / "agency").mkdir(parents=True)
    (inbox / "2566" / "agency" / "form.docx").write_bytes(b"placeholder bytes")
    store = st.open_store(db_url)
    scan = scan_inbox(inbox)
    ids = st.ensure_submissions(store, str(inbox.resolve()), scan.submissions)
    sid = ids["2566/agency"]

    def save(flags):
        run = st.start_run(store, "batch", str(inbox.resolve()), st.make_owner())
        st.save_check(
            store,
            run_id=run,
            submission_id=sid,
            owner=None,
            content_hash="h",
            files=scan.submissions[0].files,
            result=check_result(flags),
            pipeline_version="t",
            rubric_ref="innovation@test",
        )

    save([MISSING, SHORT])
    user = create_user(store, "reviewer", "long enough password")
    return store, sid, user, save


def _flag(detail, code):
    return next(f for f in detail.flags if f.code == code)


def test_decisions_are_appended_and_the_newest_is_current(stored):
    store, sid, user, _ = stored
    fid = _flag(submission_detail(store, sid), "section_missing").id
    record_decision(store, submission_id=sid, flag_id=fid, user_id=user.id, decision="confirm", note="จริง")
    record_decision(store, submission_id=sid, flag_id=fid, user_id=user.id, decision="dismiss", note="พบในภาคผนวก")
    flag = _flag(submission_detail(store, sid), "section_missing")
    assert [(d.decision, d.note, d.user) for d in flag.history] == [
        ("dismiss", "พบในภาคผนวก", "reviewer"),
        ("confirm", "จริง", "reviewer"),
    ]
    assert flag.current.decision == "dismiss"
    with store.engine.connect() as conn:
        for sql in ("UPDATE flag_decisions SET decision = 'confirm'", "DELETE FROM flag_decisions"):
            with pytest.raises(DatabaseError, match="append-only"):
                conn.execute(text(sql))
            conn.rollback()
    with pytest.raises(ReviewError):
        record_decision(store, submission_id=sid, flag_id=fid, user_id=user.id, decision="maybe", note="")


def test_a_decision_carries_over_to_the_same_flag_after_a_recheck(stored):
    store, sid, user, save = stored
    old = submission_detail(store, sid)
    record_decision(
        store,
        submission_id=sid,
        flag_id=_flag(old, "section_missing").id,
        user_id=user.id,
        decision="dismiss",
        note="ok",
    )
    save([MISSING])  # re-checked: the same missing section, the short one is fixed
    new = submission_detail(store, sid)
    assert new.check_id != old.check_id and [f.code for f in new.flags] == ["section_missing"]
    current = new.flags[0].current
    assert current.decision == "dismiss" and current.check_id == old.check_id
    with pytest.raises(ReviewError):  # a flag of the old check cannot be decided any more
        record_decision(
            store,
            submission_id=sid,
            flag_id=_flag(old, "section_too_short").id,
            user_id=user.id,
            decision="confirm",
            note="",
        )


def test_review_state_follows_decisions_and_marks(stored):
    store, sid, user, _ = stored
    assert list_submissions(store)[0].review_state == "new"
    assert list_submissions(store)[0].open_flags == 2
    fid = _flag(submission_detail(store, sid), "section_too_short").id
    record_decision(store, submission_id=sid, flag_id=fid, user_id=user.id, decision="confirm", note="")
    row = list_submissions(store)[0]
    assert (row.review_state, row.errors, row.warnings, row.open_flags) == ("in_review", 1, 1, 1)
    record_review(store, submission_id=sid, user_id=user.id, state="reviewed", note="เรียบร้อย")
    assert [r.key for r in list_submissions(store, state="reviewed")] == ["2566/agency"]
    assert list_submissions(store, state="new") == []
    record_review(store, submission_id=sid, user_id=user.id, state="reopened")
    detail = submission_detail(store, sid)
    assert detail.review_state == "in_review" and [r.state for r in detail.reviews] == ["reopened", "reviewed"]
    assert list_submissions(store, fiscal_year=2565) == [] and len(list_submissions(store, agency="agency")) == 1


def test_accounts_hash_passwords_and_refuse_bad_ones(sqlite_url):
    store = st.open_store(sqlite_url)
    user = create_user(store, "สมหญิง", "รหัสผ่านยาวพอ")
    assert user.password_hash.startswith("$argon2id$")
    assert authenticate(store, "สมหญิง", "รหัสผ่านยาวพอ").id == user.id
    assert authenticate(store, "สมหญิง", "wrong") is None and authenticate(store, "nobody", "x") is None
    for name, password in (
        ("สมหญิง", "another password"),
        ("", "long enough"),
        ("a\tb", "long enough"),
        ("ok", "short"),
    ):
        with pytest.raises(UserError):
            create_user(store, name, password)


def test_user_commands_add_and_list(sqlite_url):
    cli = click.Group()
    register_review_commands(cli)
    runner = CliRunner()
    r = runner.invoke(cli, ["user", "add", "somchai", "--password-stdin", "--db", sqlite_url], input="s3cret-pass\n")
    assert r.exit_code == 0 and "account created" in r.output
    r = runner.invoke(cli, ["user", "add", "malee", "--db", sqlite_url], input="pass-word-1\npass-word-1\n")
    assert r.exit_code == 0
    r = runner.invoke(cli, ["user", "add", "somchai", "--password-stdin", "--db", sqlite_url], input="another-pass\n")
    assert r.exit_code == 2 and "exists" in r.output
    r = runner.invoke(cli, ["user", "list", "--db", sqlite_url])
    assert r.exit_code == 0 and [line.split("\t")[0] for line in r.output.splitlines()[:2]] == ["malee", "somchai"]
    assert authenticate(st.open_store(sqlite_url), "somchai", "s3cret-pass") is not None


def test_exports_keep_formula_like_text_as_text(stored):
    store, sid, user, _ = stored
    fid = _flag(submission_detail(store, sid), "section_missing").id
    record_decision(store, submission_id=sid, flag_id=fid, user_id=user.id, decision="dismiss", note="@SUM(A1)")
    tables = build_tables(store, list_submissions(store))
    wb = load_workbook(io.BytesIO(to_xlsx(tables)))
    cell = next(r[5] for r in wb["sections"].iter_rows(min_row=2) if r[1].value == "actual_results")
    assert cell.value == FORMULA and cell.data_type == "s"
    with zipfile.ZipFile(io.BytesIO(to_csv_zip(tables))) as zf:
        assert sorted(zf.namelist()) == ["decisions.csv", "flags.csv", "sections.csv", "submissions.csv"]
        rows = list(csv.reader(io.StringIO(zf.read("decisions.csv").decode("utf-8-sig"))))
        sections = list(csv.reader(io.StringIO(zf.read("sections.csv").decode("utf-8-sig"))))
    assert rows[1][rows[0].index("note")] == "'@SUM(A1)"
    assert ["2566/agency", "actual_results", "missing", "", "", "'" + FORMULA] in sections


def test_confined_path_refuses_traversal_and_symlinks_out(tmp_path):
    root = tmp_path / "inbox"
    (root / "a").mkdir(parents=True)
    (root / "a" / "ok.pdf").write_bytes(b"%PDF-")
    (tmp_path / "secret.txt").write_text("secret")
    (root / "a" / "link.pdf").symlink_to(tmp_path / "secret.txt")
    (root / "a" / "inner.pdf").symlink_to(root / "a" / "ok.pdf")
    allowed = {"a/ok.pdf", "a/link.pdf", "a/inner.pdf", "a/../../secret.txt", "/etc/passwd", "a/missing.pdf"}
    assert confined_path(root, "a/ok.pdf", allowed) == (root / "a" / "ok.pdf").resolve()
    assert confined_path(root, "a/inner.pdf", allowed) == (root / "a" / "ok.pdf").resolve()
    for bad in ("a/link.pdf", "a/../../secret.txt", "/etc/passwd", "a/missing.pdf", "a/other.pdf"):
        with pytest.raises(FileRefused):
            confined_path(root, bad, allowed)


def test_user_commands_change_password_and_disable(sqlite_url):
    cli = click.Group()
    register_review_commands(cli)
    runner = CliRunner()
    store = st.open_store(sqlite_url)
    assert (
        runner.invoke(
            cli, ["user", "add", "wichai", "--password-stdin", "--db", sqlite_url], input="first-pass-1\n"
        ).exit_code
        == 0
    )
    r = runner.invoke(
        cli, ["user", "passwd", "wichai", "--password-stdin", "--db", sqlite_url], input="second-pass-2\n"
    )
    assert r.exit_code == 0 and "password changed" in r.output
    assert authenticate(store, "wichai", "first-pass-1") is None
    user = authenticate(store, "wichai", "second-pass-2")
    assert user is not None
    assert runner.invoke(cli, ["user", "disable", "wichai", "--db", sqlite_url]).exit_code == 0
    assert authenticate(store, "wichai", "second-pass-2") is None
    assert get_user(store, user.id) is None  # an open session stops working
    assert runner.invoke(cli, ["user", "enable", "wichai", "--db", sqlite_url]).exit_code == 0
    assert authenticate(store, "wichai", "second-pass-2") is not None
    r = runner.invoke(cli, ["user", "passwd", "nobody", "--password-stdin", "--db", sqlite_url], input="whatever-123\n")
    assert r.exit_code == 2 and "no such user" in r.output
