"""The temporary Prefect server dies with the process that started it, even a
SIGKILLed one (issue 15, defect 8): a real flow run starts the real server in a
child process, the child is killed with SIGKILL, the server must be gone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = """
import sys, time
import flows
from prefect import flow

@flow
def hello():
    return 1

hello()
from prefect.server.api.server import SubprocessASGIServer
print("SERVER", *[s.server_process.pid for s in SubprocessASGIServer._instances.values() if s.server_process], flush=True)
time.sleep(600)
"""
START_TIMEOUT_S = 180
GONE_TIMEOUT_S = 30


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return b"uvicorn" in fh.read()
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc")
def test_sigkill_of_the_starting_process_stops_its_temporary_server(tmp_path):
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_API_URL": ""}
    env.pop("PREFECT_API_URL")
    child = subprocess.Popen([sys.executable, "-c", SCRIPT], cwd=REPO, env=env, stdout=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        line = ""
        while time.monotonic() < deadline and not line.startswith("SERVER"):
            line = child.stdout.readline()
            if not line and child.poll() is not None:
                break
        assert line.startswith("SERVER"), f"the flow did not start a server: {line!r}"
        pids = [int(p) for p in line.split()[1:]]
        assert pids and all(_alive(p) for p in pids)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        deadline = time.monotonic() + GONE_TIMEOUT_S
        while time.monotonic() < deadline and any(_alive(p) for p in pids):
            time.sleep(0.5)
        assert not any(_alive(p) for p in pids), "the temporary server outlived the killed process"
    finally:
        if child.poll() is None:
            child.kill()
