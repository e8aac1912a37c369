"""Prefect flows: thin wrappers around pipeline.batch.

Importing this package first sets the Prefect environment defaults
(flows/settings.py), before Prefect itself is imported, points Prefect at the
folder's long-lived server when `evidence server start` started one
(flows/managed_server.py), then makes every temporary Prefect server it
starts die with it (flows/server_lifetime.py).
"""

from .managed_server import use_if_running
from .settings import apply_prefect_defaults

apply_prefect_defaults()
use_if_running()  # the folder's long-lived server (`evidence server start`), when one answers

from .server_lifetime import install as _watch_temporary_servers  # noqa: E402  (after the defaults)

_watch_temporary_servers()
