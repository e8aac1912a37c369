"""`evidence server start|stop|status` (issue 16): one long-lived local Prefect server for the
project folder, used by `evidence run` instead of a temporary server; real processes, real
HTTP, a real flow run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

from conftest import free_port

EVIDENCE = str(Path(sys.executable).with_name("evidence"))


def evidence(*args: str, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}  # the folder decides
    return subprocess.run([EVIDENCE, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def flow_runs(api: str) -> int:
    request = urllib.request.Request(
        f"{api}/flow_runs/count", data=b"{}", method="POST", headers={"content-type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(response.read())


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def test_a_started_server_is_used_by_evidence_run_and_stops_on_request(tmp_path, make_inbox):
    inbox = make_inbox(2)
    folder = tmp_path / "office"
    folder.mkdir()
    assert evidence("server", "status", cwd=folder).returncode == 3  # nothing yet

    port = free_port()
    started = evidence("server", "start", "--port", str(port), "--no-ui", cwd=folder)
    try:
        assert started.returncode == 0, started.stderr
        state = json.loads((folder / ".evidence" / "prefect-server.json").read_text())
        api = f"http://127.0.0.1:{port}/api"
        assert state["url"] == api and alive(state["pid"])
        status = evidence("server", "status", cwd=folder)
        assert status.returncode == 0 and api in status.stdout
        again = evidence("server", "start", cwd=folder)  # idempotent: says where it runs
        assert again.returncode == 0 and "already running" in again.stdout and api in again.stdout

        run = evidence("run", str(inbox), "--ocr", "off", cwd=folder)
        assert run.returncode == 0, run.stderr
        assert "checked 2" in run.stdout
        assert flow_runs(api) == 1  # the flow ran on the folder's server, not on a temporary one
    finally:
        stopped = evidence("server", "stop", cwd=folder)
    assert stopped.returncode == 0 and "stopped" in stopped.stdout
    assert not alive(state["pid"])
    assert not (folder / ".evidence" / "prefect-server.json").exists()
    assert evidence("server", "status", cwd=folder).returncode == 3
    assert "no server was running" in evidence("server", "stop", cwd=folder).stdout


def test_a_state_file_whose_server_is_gone_counts_as_no_server(tmp_path):
    from flows.managed_server import running, use_if_running

    folder = tmp_path / ".evidence"
    folder.mkdir()
    (folder / "prefect-server.json").write_text(
        json.dumps({"pid": 2**22 - 7, "url": f"http://127.0.0.1:{free_port()}/api", "log": "x", "started_at": "then"})
    )
    assert running(tmp_path) is None
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        env: dict = {}
        assert use_if_running(env) is None and "PREFECT_API_URL" not in env
    finally:
        os.chdir(cwd)
