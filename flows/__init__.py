"""Prefect flows: thin wrappers around pipeline.batch.

Importing this package first sets the Prefect environment defaults
(flows/settings.py), before Prefect itself is imported, then makes every
temporary Prefect server it starts die with it (flows/server_lifetime.py).
"""

from .settings import apply_prefect_defaults

apply_prefect_defaults()

from .server_lifetime import install as _watch_temporary_servers  # noqa: E402  (after the defaults)

_watch_temporary_servers()
