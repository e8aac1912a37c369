"""The fields of the product's settings (pydantic-settings); see pipeline/settings.py for the variables.

Kept apart from pipeline/settings.py so that a command which never reads a
setting does not import pydantic-settings (about 0.2 s at start-up).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from extractors.settings import ReadSettings

ENV_PREFIX = "EVIDENCE_"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, env_nested_delimiter="__", extra="ignore", frozen=True)

    read: ReadSettings = ReadSettings()
    ocr_workers: int | None = Field(None, ge=1)
    task_workers: int | None = Field(None, ge=1)
    dask_address: str | None = None
    claim_ttl: float = Field(600.0, gt=0)
    secret_key: str | None = None

    def read_settings(self, **given: Any) -> ReadSettings:
        """The reading settings: the environment's, EVIDENCE_OCR_WORKERS as ocr_workers, then the
        options the caller was given (None: not given)."""
        read = self.read
        if read.ocr_workers is None and self.ocr_workers is not None:
            read = replace(read, ocr_workers=self.ocr_workers)
        return replace(read, **{name: value for name, value in given.items() if value is not None})
