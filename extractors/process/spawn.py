"""Start a Python worker module (`python -m ...`) that imports from the same places as its caller."""

from __future__ import annotations

import os
import subprocess
import sys


def spawn_module(module: str, *, new_session: bool = False) -> subprocess.Popen[bytes]:
    """``python -m module`` with pipes on stdin and stdout; the caller's import paths come first on its
    PYTHONPATH, so a job named by reference imports the same code.  `new_session`: its own process
    group, so it and everything it starts can be stopped together."""
    env = dict(os.environ)
    paths = [p for p in sys.path if p and os.path.isdir(p)]
    env["PYTHONPATH"] = os.pathsep.join(paths + [env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return subprocess.Popen(
        [sys.executable, "-m", module],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        start_new_session=new_session,
    )
