"""Progress reporting from a flow to whoever started it in this process (the CLI's bar).

Flow parameters travel through the Prefect API, so a callback cannot be one;
the CLI registers a listener here instead, and the flow reports to it.
"""

from __future__ import annotations

from collections.abc import Callable

Listener = Callable[[object, int, int], None]
_listeners: list[Listener] = []


def add_listener(fn: Listener) -> None:
    _listeners.append(fn)


def remove_listener(fn: Listener) -> None:
    if fn in _listeners:
        _listeners.remove(fn)


def report(outcome: object, done: int, total: int) -> None:
    for fn in list(_listeners):
        fn(outcome, done, total)
