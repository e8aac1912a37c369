"""Real Prefect runs against a real Prefect server (session fixture ``prefect_api``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from pipeline import store as st
from pipeline.store.models import Check, Run

VENV_BIN = Path(sys.executable).parent


def test_check_inbox_flow_checks_stores_publishes_and_skips_unchanged(prefect_api, make_inbox, sqlite_url):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from flows.artifacts import TABLE_KEY, artifact_key
    from flows.check_inbox import check_inbox

    inbox = make_inbox(3)
    (inbox / "ไฟล์หลุด.pdf").write_bytes(b"%PDF-1.4 broken")
    first = check_inbox(inbox=str(inbox), db=sqlite_url)
    assert (first["submissions"], first["checked"], first["errors"]) == (4, 4, 1)
    second = check_inbox(inbox=str(inbox), db=sqlite_url)
    assert (second["checked"], second["unchanged"], second["hashed"]) == (0, 4, 0)
    store = st.open_store(sqlite_url)
    with store.session() as s:
        runs = s.execute(select(Run.status, Run.prefect_flow_run_id)).all()
    assert [r[0] for r in runs] == ["completed", "completed"] and all(r[1] for r in runs)
    keys = [TABLE_KEY, artifact_key("submission", "2566/agency000"), artifact_key("submission", "ไฟล์หลุด.pdf")]
    with get_client(sync_client=True) as client:
        found = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=keys)))
    assert {a.key for a in found} == set(keys)
    assert all(k.replace("-", "").isalnum() and k == k.lower() and k.isascii() for k in keys)


def test_cached_check_is_still_stored_in_a_new_database(prefect_api, make_inbox, tmp_path, monkeypatch):
    import flows.tasks
    from flows.check_inbox import check_inbox

    calls = []
    real = flows.tasks.compute_check
    monkeypatch.setattr(flows.tasks, "compute_check", lambda path, ctx: calls.append(path) or real(path, ctx))
    inbox = make_inbox(2, name="cached-inbox")
    a, b = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    assert check_inbox(inbox=str(inbox), db=a, artifacts=False)["checked"] == 2
    assert len(calls) == 2
    assert check_inbox(inbox=str(inbox), db=b, artifacts=False)["checked"] == 2
    assert len(calls) == 2  # both answered by the task cache, and still stored in b
    with st.open_store(b).session() as s:
        assert s.scalar(select(func.count()).select_from(Check)) == 2
    st.close_stores()


def test_recheck_flow_forces_one_submission(prefect_api, make_inbox, sqlite_url):
    from flows.check_inbox import check_inbox
    from flows.recheck import recheck_submission

    inbox = make_inbox(2)
    check_inbox(inbox=str(inbox), db=sqlite_url, artifacts=False)
    result = recheck_submission(submission="2566/agency001", db=sqlite_url)
    assert [(o["key"], o["status"], o["reason"]) for o in result["outcomes"]] == [
        ("2566/agency001", "checked", "forced")
    ]


def test_dask_task_runner_on_a_small_local_cluster(prefect_api, make_inbox, sqlite_url):
    from flows.check_inbox import check_inbox
    from flows.runners import make_task_runner

    inbox = make_inbox(3, name="dask-inbox")
    flow = check_inbox.with_options(task_runner=make_task_runner("local", workers=2))
    result = flow(inbox=str(inbox), db=sqlite_url, artifacts=False)
    assert result["checked"] == 3 and {o["status"] for o in result["outcomes"]} == {"checked"}


def test_cli_run_through_the_flow_prints_one_json_object(prefect_api, make_inbox, sqlite_url, capsys):
    from interfaces.cli import main

    code = main(["run", str(make_inbox(2)), "--db", sqlite_url, "--format", "json"])
    out = capsys.readouterr().out
    assert code == 0 and json.loads(out)["checked"] == 2


def test_cli_run_through_the_flow_streams_a_line_per_file_and_per_submission(
    prefect_api, make_inbox, sqlite_url, capsys
):
    """The tasks run in Prefect's threads: their files are still heard and printed as each is read."""
    from interfaces.cli import main

    code = main(["run", str(make_inbox(2)), "--db", sqlite_url, "--ocr", "off"])
    lines = capsys.readouterr().out.splitlines()
    files = [line for line in lines if line.startswith("  2566/agency")]
    assert code == 0 and len(files) == 4 and all("\tdocx\t" in line and "ตัวอักษร (chars)" in line for line in files)
    for key in ("2566/agency000", "2566/agency001"):
        done = next(i for i, line in enumerate(lines) if line.startswith(key + "\t"))
        assert all(
            i < done for i, line in enumerate(lines) if line.startswith(f"  {key}/")
        )  # files, then the submission
    assert "checked 2" in lines[-2]


def test_deployment_run_from_the_prefect_cli_stores_results(prefect_api, make_inbox, tmp_path):
    inbox = make_inbox(2, name="deploy-inbox")
    url = f"sqlite:///{tmp_path / 'deploy.db'}"
    env = {**os.environ, "PREFECT_API_URL": prefect_api, "PREFECT_LOGGING_LEVEL": "INFO"}
    log = open(tmp_path / "serve.log", "wb")
    serve = subprocess.Popen(
        [str(VENV_BIN / "evidence"), "serve", "--db", url, "--inbox", str(inbox)],
        cwd=tmp_path,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            run = subprocess.run(
                [str(VENV_BIN / "prefect"), "deployment", "run", "check-inbox/scheduled", "-p", f"inbox={inbox}"],
                env=env,
                capture_output=True,
                text=True,
            )
            if run.returncode == 0:
                break
            assert serve.poll() is None, (tmp_path / "serve.log").read_text()
            assert time.monotonic() < deadline, run.stdout + run.stderr
            time.sleep(1)
        stored = None
        while time.monotonic() < deadline and not stored:
            time.sleep(0.5)
            if Path(tmp_path / "deploy.db").exists():
                with st.open_store(url).session() as s:
                    stored = s.execute(
                        select(Run.status, Run.checked, Run.prefect_flow_run_id).where(Run.status == "completed")
                    ).first()
        assert stored, (tmp_path / "serve.log").read_text()
        assert stored[1] == 2 and stored[2]
    finally:
        serve.terminate()
        try:
            serve.wait(timeout=20)
        except subprocess.TimeoutExpired:
            serve.kill()
            serve.wait()
        log.close()
        st.close_stores()


def test_two_submissions_with_the_same_files_are_both_checked_and_stored(prefect_api, make_inbox, sqlite_url):
    """A folder copied into the inbox twice: the task cache once answered the copy with the original's result
    in the same run, so the copy was counted as checked but never stored, and the next no-op run checked it
    again as new (found by bench/inbox_speed.py)."""
    import shutil

    from flows.check_inbox import check_inbox
    from flows.runners import make_task_runner
    from pipeline.batch import nothing_to_do

    inbox = make_inbox(1, name="copied-inbox")
    shutil.copytree(inbox / "2566" / "agency000", inbox / "2566" / "agency000-copy")
    one_at_a_time = check_inbox.with_options(task_runner=make_task_runner(workers=1))  # the copy after the original
    first = one_at_a_time(inbox=str(inbox), db=sqlite_url, artifacts=False)
    assert first["checked"] == 2
    store = st.open_store(sqlite_url)
    with store.session() as s:
        stored = s.execute(select(Check.result).where(Check.is_current.is_(True))).scalars().all()
    assert sorted(Path(r["submission"]).name for r in stored) == ["agency000", "agency000-copy"]
    assert nothing_to_do(inbox, sqlite_url)
    assert check_inbox(inbox=str(inbox), db=sqlite_url, artifacts=False)["checked"] == 0
