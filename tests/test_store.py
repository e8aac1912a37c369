"""The store on SQLite and PostgreSQL: migrations, history, one current row, claims, atomic writes."""

from __future__ import annotations

import os
import warnings
from datetime import timedelta

import pytest
from conftest import write_docx
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import IntegrityError

from pipeline import batch
from pipeline import store as st
from pipeline.result import FailedCheck, Flag
from pipeline.store.models import Check, FileOutcome, FlagRow, SectionRow, Submission


def counts(store, model, **where):
    with store.session() as s:
        q = select(func.count()).select_from(model)
        for k, v in where.items():
            q = q.where(getattr(model, k) == v)
        return s.scalar(q)


def assert_one_current_everywhere(store, inbox):
    """Every inbox file has exactly one current outcome; every submission one current check."""
    with store.session() as s:
        per_file = s.execute(
            select(FileOutcome.path, func.count()).where(FileOutcome.is_current.is_(True)).group_by(FileOutcome.path)
        ).all()
        per_sub = s.execute(
            select(Check.submission_id, func.count()).where(Check.is_current.is_(True)).group_by(Check.submission_id)
        ).all()
        n_subs = s.scalar(select(func.count()).select_from(Submission).where(Submission.removed_at.is_(None)))
    on_disk = {p.relative_to(inbox).as_posix() for p in inbox.rglob("*") if p.is_file()}
    assert {p for p, _ in per_file} == on_disk
    assert all(n == 1 for _, n in per_file)
    assert len(per_sub) == n_subs and all(n == 1 for _, n in per_sub)


def newest_migration() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from pipeline.store.db import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    heads = ScriptDirectory.from_config(cfg).get_heads()
    assert len(heads) == 1, f"migrations must form one line, found heads {heads}"
    return heads[0]


def test_open_migrates_to_the_newest_migration_and_reopens(db_url):
    store = st.open_store(db_url)
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == newest_migration()
    ident = store.store_id
    st.close_stores()
    assert st.open_store(db_url).store_id == ident and len(ident) == 32


def test_batch_twice_then_one_change(db_url, make_inbox):
    inbox = make_inbox(3)
    first = batch.run_batch(inbox, db_url)
    assert (first.submissions, first.files, first.checked, first.unchanged, first.errors) == (3, 6, 3, 0, 0)
    second = batch.run_batch(inbox, db_url)
    assert (second.checked, second.unchanged, second.hashed) == (0, 3, 0)
    write_docx(inbox / "2566" / "agency001" / "แบบฟอร์ม 1.docx", "changed", variant=999)
    third = batch.run_batch(inbox, db_url)
    assert [(o.key, o.status, o.reason) for o in third.outcomes] == [("2566/agency001", "checked", "changed")]
    store = st.open_store(db_url)
    assert_one_current_everywhere(store, inbox)
    assert counts(store, Check) == 4 and counts(store, Check, is_current=False) == 1
    assert counts(store, FileOutcome, is_current=False) == 2  # history of the changed submission kept


def test_results_are_stored_in_full(db_url, make_inbox):
    inbox = make_inbox(1, files=1)
    summary = batch.run_batch(inbox, db_url)
    store = st.open_store(db_url)
    check = st.load_check(store, summary.outcomes[0].check_id)
    assert check.result["schema"] == "evidence-check/3" and check.rubric_ref.startswith("innovation@")
    assert counts(store, SectionRow, check_id=check.id) == len(check.result["sections"]) == 5
    assert counts(store, FlagRow, check_id=check.id) == len(check.result["flags"])
    with store.session() as s:
        sub = s.scalar(select(Submission))
        fo = s.scalar(select(FileOutcome))
    assert (sub.key, sub.fiscal_year, sub.agency, sub.content_hash) == (
        "2566/agency000",
        2566,
        "agency000",
        check.content_hash,
    )
    assert (fo.path, fo.format, fo.error_code) == ("2566/agency000/แบบฟอร์ม 1.docx", "docx", None) and fo.size > 0


def test_touched_file_is_not_rechecked_and_not_rehashed_again(db_url, make_inbox):
    inbox = make_inbox(1, files=1)
    batch.run_batch(inbox, db_url)
    f = next(inbox.rglob("*.docx"))
    st_ = f.stat()
    os.utime(f, ns=(st_.st_atime_ns, st_.st_mtime_ns + 5 * 10**9))
    touched = batch.run_batch(inbox, db_url)
    assert (touched.checked, touched.hashed) == (0, 1)
    assert batch.run_batch(inbox, db_url).hashed == 0  # the new mtime was recorded


def test_rubric_or_pipeline_change_rechecks_everything(db_url, make_inbox, tmp_path, monkeypatch):
    inbox = make_inbox(2, files=1)
    batch.run_batch(inbox, db_url)
    from pipeline.rubric import DEFAULT_RUBRIC

    other = tmp_path / "rubric.yaml"
    other.write_text(
        DEFAULT_RUBRIC.read_text(encoding="utf-8").replace("\nversion: ", '\nversion: "99"  # was ', 1),
        encoding="utf-8",
    )
    by_rubric = batch.run_batch(inbox, db_url, other)
    assert {o.reason for o in by_rubric.outcomes} == {"rubric"} and by_rubric.checked == 2
    monkeypatch.setattr(batch, "pipeline_version", lambda: "test-next")
    by_version = batch.run_batch(inbox, db_url, other)
    assert {o.reason for o in by_version.outcomes} == {"pipeline"} and by_version.checked == 2
    again = batch.run_batch(inbox, db_url, other)
    assert again.checked == 0 and again.unchanged == 2


def test_unique_current_check_is_enforced_by_the_database(db_url, make_inbox):
    inbox = make_inbox(1, files=1)
    summary = batch.run_batch(inbox, db_url)
    store = st.open_store(db_url)
    check = st.load_check(store, summary.outcomes[0].check_id)
    with pytest.raises(IntegrityError), store.session() as s, s.begin():
        s.add(
            Check(
                run_id=check.run_id,
                submission_id=check.submission_id,
                content_hash="x",
                pipeline_version="1",
                rubric_ref="r",
                result={},
                is_current=True,
                created_at=st.utcnow(),
            )
        )
    with pytest.raises(IntegrityError), store.session() as s, s.begin():
        fo = s.scalar(select(FileOutcome))
        s.add(
            FileOutcome(
                run_id=fo.run_id,
                submission_id=fo.submission_id,
                path=fo.path,
                sha256="x",
                size=1,
                mtime_ns=1,
                is_current=True,
            )
        )


def test_failed_write_leaves_the_submission_untouched(db_url, make_inbox):
    inbox = make_inbox(1, files=2)
    first = batch.run_batch(inbox, db_url)
    store = st.open_store(db_url)
    plan = batch.plan_recheck("2566/agency000", db_url)
    item = plan.work[0]
    assert st.claim(store, item.submission_id, plan.context.owner)
    # A flag without a message breaks the flags table's NOT NULL after the check and files rows are written.
    no_message = Flag.model_construct(
        code="x", severity="error", section=None, file=None, page=None, message=None, form=None
    )
    bad = FailedCheck.model_construct(
        schema_="evidence-check/3", submission="x", rubric="r", files=[], sections={}, flags=[no_message], error="x"
    )
    with pytest.raises(IntegrityError), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pydantic warns when it dumps the message-less flag
        st.save_check(
            store,
            run_id=plan.context.run_id,
            submission_id=item.submission_id,
            owner=plan.context.owner,
            content_hash="new",
            files=item.files,
            result=bad,
            pipeline_version="1",
            rubric_ref="r",
        )
    assert st.current_check(store, item.submission_id).check_id == first.outcomes[0].check_id
    assert (
        counts(store, Check) == 1
        and counts(store, FileOutcome) == 2
        and counts(store, FileOutcome, is_current=True) == 2
    )


def test_claims_are_exclusive_expire_and_die_with_their_process(db_url, make_inbox):
    inbox = make_inbox(1, files=1)
    batch.run_batch(inbox, db_url)
    store = st.open_store(db_url)
    sid = st.find_submission(store, "2566/agency000").id
    a, b = st.make_owner("a"), st.make_owner("b")
    assert st.claim(store, sid, a, ttl_s=600)
    assert not st.claim(store, sid, b, ttl_s=600)
    assert st.claim(store, sid, a, ttl_s=600)  # re-entrant for its holder
    with store.session() as s, s.begin():
        s.execute(
            update(Submission).where(Submission.id == sid).values(claimed_until=st.utcnow() - timedelta(seconds=1))
        )
    assert st.claim(store, sid, b)  # expired
    st.release(store, sid, a)  # not the holder: no effect
    assert not st.claim(store, sid, a)
    st.release(store, sid, b)
    dead = f"{b.split(':')[0]}:999999999:gone"  # no such pid on this host
    assert st.owner_is_dead(dead) and not st.owner_is_dead(b)
    with store.session() as s, s.begin():
        s.execute(
            update(Submission)
            .where(Submission.id == sid)
            .values(claimed_by=dead, claimed_until=st.utcnow() + timedelta(hours=1))
        )
    assert st.claim(store, sid, a)


def test_a_lost_claim_stores_nothing(db_url, make_inbox):
    inbox = make_inbox(1, files=1)
    batch.run_batch(inbox, db_url)
    store = st.open_store(db_url)
    plan = batch.plan_recheck("2566/agency000", db_url)
    item = plan.work[0]
    assert st.claim(store, item.submission_id, st.make_owner("other"))
    outcome = batch.process_submission(plan.context, item)
    assert outcome.status == "busy" and counts(store, Check) == 1


def test_bad_files_never_stop_a_batch(db_url, make_inbox):
    inbox = make_inbox(2, files=1)
    (inbox / "2566" / "agency000" / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (inbox / "2566" / "agency001" / "empty.pdf").write_bytes(b"")
    (inbox / "loose-in-root.pdf").write_bytes(b"%PDF-1.4 truncated")
    summary = batch.run_batch(inbox, db_url)
    assert (summary.submissions, summary.checked, summary.errors) == (3, 3, 3)
    store = st.open_store(db_url)
    with store.session() as s:
        errors = dict(
            s.execute(select(FileOutcome.path, FileOutcome.error_code).where(FileOutcome.error_code.is_not(None))).all()
        )
    assert set(errors) == {"2566/agency000/broken.docx", "2566/agency001/empty.pdf", "loose-in-root.pdf"}
    assert_one_current_everywhere(store, inbox)


def test_a_crashing_check_is_recorded_and_the_batch_goes_on(db_url, make_inbox, monkeypatch):
    inbox = make_inbox(2, files=1)

    def explode(path, ctx):
        if path.endswith("agency000"):
            raise RuntimeError("boom")
        return batch.check_submission(path, None, ctx.settings).model(with_fingerprint=True)

    monkeypatch.setattr(batch, "compute_check", explode)
    summary = batch.run_batch(inbox, db_url)
    assert sorted((o.key, o.status) for o in summary.outcomes) == [
        ("2566/agency000", "failed"),
        ("2566/agency001", "checked"),
    ]
    store = st.open_store(db_url)
    with store.session() as s:
        fo = s.scalar(select(FileOutcome).where(FileOutcome.path.like("2566/agency000/%")))
    assert fo.error_code == "check_failed" and "boom" in fo.error_message
    assert_one_current_everywhere(store, inbox)


def test_removed_submission_is_marked_and_recheck_by_key_or_path(db_url, make_inbox):
    inbox = make_inbox(2, files=1)
    batch.run_batch(inbox, db_url)
    by_key = batch.recheck_submission("2566/agency000", db_url)
    by_path = batch.recheck_submission(str(inbox / "2566" / "agency000"), db_url)
    assert [o.reason for o in by_key.outcomes + by_path.outcomes] == ["forced", "forced"]
    import shutil

    shutil.rmtree(inbox / "2566" / "agency001")
    batch.run_batch(inbox, db_url)
    store = st.open_store(db_url)
    with store.session() as s:
        removed = s.scalar(select(Submission.key).where(Submission.removed_at.is_not(None)))
    assert removed == "2566/agency001"
    with pytest.raises(LookupError):
        batch.recheck_submission("2566/no-such-agency", db_url)
