"""Faults: a batch killed with SIGKILL mid-way, and two batches started at once (real subprocesses)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pipeline import batch
from pipeline import store as st
from pipeline.store.models import Check, FileOutcome, Run

ROOT = Path(__file__).resolve().parent.parent
BATCH_SCRIPT = (
    "import json, sys\n"
    "from pipeline.batch import run_batch\n"
    "s = run_batch(sys.argv[1], sys.argv[2])\n"
    "print(json.dumps({k: v for k, v in s.to_dict().items() if k != 'outcomes'}))\n"
)


def start_batch(inbox: Path, url: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", BATCH_SCRIPT, str(inbox), url],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def checks_per_hash(store) -> list[int]:
    with store.session() as s:
        return [
            n
            for _, _, n in s.execute(
                select(Check.submission_id, Check.content_hash, func.count()).group_by(
                    Check.submission_id, Check.content_hash
                )
            )
        ]


def current_counts(store) -> tuple[dict, dict]:
    with store.session() as s:
        files = dict(
            s.execute(
                select(FileOutcome.path, func.count())
                .where(FileOutcome.is_current.is_(True))
                .group_by(FileOutcome.path)
            ).all()
        )
        subs = dict(
            s.execute(
                select(Check.submission_id, func.count())
                .where(Check.is_current.is_(True))
                .group_by(Check.submission_id)
            ).all()
        )
    return files, subs


def test_sigkill_mid_batch_then_rerun_loses_and_duplicates_nothing(make_inbox, sqlite_url):
    inbox = make_inbox(30, files=2)
    store = st.open_store(sqlite_url)  # migrated up front, so the child starts checking at once
    proc = start_batch(inbox, sqlite_url)
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while stored == 0 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
            with store.session() as s:
                stored = s.scalar(select(func.count()).select_from(Check))
        assert proc.poll() is None, "the batch finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with store.session() as s:
        at_kill = s.scalar(select(func.count()).select_from(Check))
    assert 1 <= at_kill < 30

    summary = batch.run_batch(inbox, sqlite_url)
    assert summary.checked == 30 - at_kill and summary.unchanged == at_kill and summary.busy == 0
    files, subs = current_counts(store)
    assert len(files) == 60 and set(files.values()) == {1}
    assert len(subs) == 30 and set(subs.values()) == {1}
    assert set(checks_per_hash(store)) == {1}
    with store.session() as s:
        runs = s.execute(select(Run.status, Run.reason).order_by(Run.id)).all()
    assert [r.status for r in runs] == ["failed", "completed"]  # the killed run is marked failed, not left "running"
    assert "ended without closing it" in runs[0].reason and runs[1].reason is None


def test_a_run_stopped_by_an_error_ends_failed_with_the_reason(make_inbox, db_url, monkeypatch):
    inbox = make_inbox(2, files=1)

    def store_gone(ctx, item, check_fn=None):
        raise ConnectionError("the database went away")

    monkeypatch.setattr(batch, "process_submission", store_gone)
    with pytest.raises(ConnectionError):
        batch.run_batch(inbox, db_url)
    with st.open_store(db_url).session() as s:
        run = s.execute(select(Run.status, Run.reason)).one()
    assert run.status == "failed" and run.reason == "ConnectionError: the database went away"


def test_two_runs_at_once_never_check_a_submission_twice(make_inbox, db_url):
    inbox = make_inbox(16, files=1)
    st.open_store(db_url)
    procs = [start_batch(inbox, db_url) for _ in range(2)]
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        outs.append(json.loads(out))
    assert sum(o["checked"] for o in outs) == 16
    assert all(o["checked"] + o["unchanged"] + o["busy"] == 16 for o in outs)
    store = st.open_store(db_url)
    assert checks_per_hash(store) == [1] * 16
    files, subs = current_counts(store)
    assert len(files) == 16 and set(files.values()) == {1} and set(subs.values()) == {1}
