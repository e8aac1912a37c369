"""The product's settings from the environment, in one object (pydantic-settings).

Every knob an office can set without touching code is a field here, read from
``EVIDENCE_*`` variables and validated once:

======================================  ==============================================
EVIDENCE_OCR_WORKERS                    OCR processes per scanned file (default: one per core)
EVIDENCE_TASK_WORKERS                   per-submission task threads in a flow (default: one per core)
EVIDENCE_DASK_ADDRESS                   run the flow's tasks on Dask (``tcp://host:8786`` or ``local``)
EVIDENCE_CLAIM_TTL                      seconds a submission claim lasts (default 600)
EVIDENCE_SECRET_KEY                     the review web app's session secret (default: a generated file)
EVIDENCE_READ__<FIELD>                  any reading setting (extractors.settings.ReadSettings), e.g.
                                        EVIDENCE_READ__MAX_OCR_PAGES=200, EVIDENCE_READ__FILE_TIME_LIMIT=1800,
                                        EVIDENCE_READ__MAX_FILE_MEMORY_MB=4096, EVIDENCE_READ__OCR=off
======================================  ==============================================

A command-line option that is given wins over the environment
(`Settings.read_settings`).  ``EVIDENCE_OCR_CACHE`` is the ``--ocr-cache``
option's own variable (click reads it).  A value that does not fit (a word
where a number belongs, a budget out of range) stops the command with the
variable's name, instead of being ignored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .settings_model import Settings


class SettingsError(ValueError):
    """An EVIDENCE_* variable holds a value the product cannot use."""


def load_settings() -> Settings:
    """The settings as the environment gives them now (read each time: cheap, and tests change it)."""
    from pydantic import ValidationError

    from .settings_model import ENV_PREFIX, Settings

    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(f"{_variable(ENV_PREFIX, err['loc'])}: {err['msg']}" for err in exc.errors())
        raise SettingsError(f"ค่าตัวแปรสภาพแวดล้อมไม่ถูกต้อง (invalid environment setting): {problems}") from None


def _variable(prefix: str, loc: tuple) -> str:
    return prefix + "__".join(str(part).upper() for part in loc)
