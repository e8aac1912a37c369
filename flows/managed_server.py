"""One long-lived local Prefect server for the project folder: `evidence server start|stop|status`.

Without it, every `evidence run` or `rerun` that needs Prefect starts a
temporary server and pays for its start-up each time.  `start` runs
``prefect server start`` on loopback in the background (its own session, so
it outlives the command), waits until its API answers, and writes its state
to ``.evidence/prefect-server.json`` (pid, URL, log file).  While that server
answers, importing ``flows`` points PREFECT_API_URL at it (`use_if_running`),
so the CLI and the scheduled deployments (`evidence serve`) use it; a URL the
user set is never changed.  The server keeps its database under PREFECT_HOME
(``.evidence/prefect``), the same as the temporary servers, with analytics
off and the UI on (http://127.0.0.1:<port>).  `stop` ends it (SIGTERM to its
process group, then SIGKILL) and removes the state file; a state file whose
server is gone is treated as no server.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

STATE_FILE = "prefect-server.json"
DEFAULT_PORT = 4200
START_TIMEOUT_S = 180.0
STOP_TIMEOUT_S = 20.0


@dataclass(frozen=True)
class ServerState:
    pid: int
    url: str  # the API URL, e.g. http://127.0.0.1:4200/api
    log: str
    started_at: str


def evidence_dir(cwd: Path | None = None) -> Path:
    return (cwd or Path.cwd()) / ".evidence"


def state_path(cwd: Path | None = None) -> Path:
    return evidence_dir(cwd) / STATE_FILE


def read_state(cwd: Path | None = None) -> ServerState | None:
    try:
        data = json.loads(state_path(cwd).read_text(encoding="utf-8"))
        return ServerState(int(data["pid"]), str(data["url"]), str(data["log"]), str(data["started_at"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def healthy(url: str, timeout: float = 2.0) -> bool:
    """The API at `url` answers its health check."""
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=timeout) as response:
            return response.status == 200
    except (OSError, ValueError):
        return False


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def running(cwd: Path | None = None) -> ServerState | None:
    """The managed server of this folder, if its process lives and its API answers."""
    state = read_state(cwd)
    if state is None or not _alive(state.pid) or not healthy(state.url, timeout=1.0):
        return None
    return state


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server binds: TIME_WAIT is free
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(
    port: int | None = None, *, ui: bool = True, cwd: Path | None = None, timeout: float = START_TIMEOUT_S
) -> tuple[ServerState, bool]:
    """Start the folder's server (or find it running): (state, started_now)."""
    from .settings import apply_prefect_defaults

    current = running(cwd)
    if current is not None:
        return current, False
    if port is None:
        port = DEFAULT_PORT if _port_free(DEFAULT_PORT) else _free_port()
    elif not _port_free(port):
        raise RuntimeError(f"port {port} is in use by another program")
    folder = evidence_dir(cwd)
    folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.pop("PREFECT_API_URL", None)  # the server itself is the API
    if cwd is not None:
        env.setdefault("PREFECT_HOME", str(folder / "prefect"))
    apply_prefect_defaults(env)
    Path(env["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
    env["PREFECT_UI_ENABLED"] = "true" if ui else "false"
    log_path = folder / "prefect-server.log"
    prefect = Path(sys.executable).with_name("prefect")
    command = [str(prefect)] if prefect.exists() else [sys.executable, "-m", "prefect"]
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(
            command + ["server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            cwd=str(cwd or Path.cwd()),
        )
    url = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + timeout
    while not healthy(url):
        if proc.poll() is not None:
            raise RuntimeError(f"the Prefect server exited with code {proc.returncode}; see {log_path}")
        if time.monotonic() > deadline:
            _stop_group(proc.pid)
            raise RuntimeError(f"the Prefect server did not answer within {timeout:.0f} s; see {log_path}")
        time.sleep(0.3)
    state = ServerState(proc.pid, url, str(log_path), datetime.now(UTC).isoformat(timespec="seconds"))
    tmp = state_path(cwd).with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(state), indent=2), encoding="utf-8")
    os.replace(tmp, state_path(cwd))
    return state, True


def stop(cwd: Path | None = None) -> ServerState | None:
    """Stop the folder's server; the state it had, or None when none was running."""
    state = read_state(cwd)
    if state is None:
        return None
    was_alive = _alive(state.pid)
    if was_alive:
        _stop_group(state.pid)
    state_path(cwd).unlink(missing_ok=True)
    return state if was_alive else None


def _stop_group(pid: int) -> None:
    for sig, wait in ((signal.SIGTERM, STOP_TIMEOUT_S), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(pid, sig)
        except (ProcessLookupError, PermissionError):
            return
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if not _alive(pid):
                return
            time.sleep(0.2)


def use_if_running(environ: dict | None = None) -> str | None:
    """Point PREFECT_API_URL at the folder's running server, unless the user set one; the URL used."""
    env = os.environ if environ is None else environ
    if env.get("PREFECT_API_URL"):
        return None
    if not state_path().exists():  # the common case costs one stat
        return None
    state = running()
    if state is None:
        return None
    env["PREFECT_API_URL"] = state.url
    return state.url
