"""Pickled messages over a pipe, one length-prefixed frame each, read with a deadline.

A frame is an 8-byte big-endian length and that many bytes of pickle.  Frames
are read with ``os.read`` exactly, never ahead, so ``select`` on the pipe
tells the truth about whether a message has started (a buffered reader could
hold the next message while ``select`` says nothing is waiting).
"""

from __future__ import annotations

import os
import pickle
import select
import struct
import time
from typing import Any

_HEADER = struct.Struct(">Q")


class PipeClosed(Exception):
    """The other end closed the pipe (its process ended) before a whole message came."""


class Timeout(Exception):
    """No message started before the deadline."""


def send(fd: int, message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def receive(fd: int, deadline: float | None = None) -> Any:
    """The next message; `deadline` (time.monotonic) bounds the wait for it to start."""
    if deadline is not None:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise Timeout()
            ready, _, _ = select.select([fd], [], [], min(left, 1.0))
            if ready:
                break
    (size,) = _HEADER.unpack(_read_exactly(fd, _HEADER.size))
    return pickle.loads(_read_exactly(fd, size))


def _read_exactly(fd: int, size: int) -> bytes:
    parts, left = [], size
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            raise PipeClosed()
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)
