"""The temporary Prefect server dies with the process that started it.

Prefect starts its temporary ("ephemeral") API server as a child process and
stops it at exit.  A process killed with SIGKILL never reaches its exit
handlers, so the server (≈ 260 MB, still listening on loopback) outlived every
killed `evidence run` (issue 15).  Linux's parent-death signal is no help here:
it fires when the *thread* that started the child ends, and Prefect may start
the server from any thread.

So, once the server is up, a tiny watchdog process is started beside it.  It
holds the read end of a pipe whose write end only this process holds; when
this process ends - however it ends - the pipe closes, the watchdog wakes and
stops the server (SIGTERM, then SIGKILL).  A server already stopped by Prefect
is left alone (the watchdog checks the pid still runs uvicorn).
"""

from __future__ import annotations

import os
import subprocess
import sys

_WATCHDOG = r"""
import os, signal, sys, time
pid, fd = int(sys.argv[1]), int(sys.argv[2])
while os.read(fd, 1):
    pass
def ours():
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return b"uvicorn" in fh.read()
    except OSError:
        return False
if ours():
    os.kill(pid, signal.SIGTERM)
    for _ in range(50):
        time.sleep(0.1)
        if not ours():
            break
    else:
        os.kill(pid, signal.SIGKILL)
"""
_pipes: list[int] = []  # write ends kept open for this process's whole life


def watch(pid: int) -> subprocess.Popen:
    """Start a watchdog that stops process `pid` when this process ends."""
    read_end, write_end = os.pipe()  # not inheritable: no other child (soffice, tesseract) keeps it open
    watchdog = subprocess.Popen(
        [sys.executable, "-c", _WATCHDOG, str(pid), str(read_end)],
        pass_fds=(read_end,),
        start_new_session=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(read_end)
    _pipes.append(write_end)
    return watchdog


def install() -> None:
    """Watch every temporary server Prefect starts in this process (idempotent; Linux /proc).

    With an API URL set (the folder's `evidence server start` server, or the user's) Prefect
    starts no temporary server, and its server module (2.3 s to import) is not loaded.
    """
    if not sys.platform.startswith("linux"):
        return
    from prefect.settings import get_current_settings

    if get_current_settings().api.url:
        return
    from prefect.server.api import server as prefect_server

    cls = prefect_server.SubprocessASGIServer
    if getattr(cls.start, "_evidence_watched", False):
        return
    original = cls.start

    def start(self, *args, **kwargs):
        original(self, *args, **kwargs)
        process = getattr(self, "server_process", None)
        if process is not None and getattr(self, "_evidence_watchdog", None) is None:
            self._evidence_watchdog = watch(process.pid)

    start._evidence_watched = True  # type: ignore[attr-defined]  # a marker on the patched function
    cls.start = start  # type: ignore[method-assign]  # deliberately patches Prefect's server class
