"""Prefect flows: thin wrappers around pipeline.batch.

Importing this package first sets the Prefect environment defaults
(flows/settings.py), before Prefect itself is imported.
"""

from .settings import apply_prefect_defaults

apply_prefect_defaults()
