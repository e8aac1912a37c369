"""Settings of the review web app, and the session secret.

The secret signs the session cookie: env EVIDENCE_SECRET_KEY, else a random
key generated once and kept in ``.evidence/secret_key`` (mode 0600).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

SECRET_ENV = "EVIDENCE_SECRET_KEY"
SECRET_FILE = Path(".evidence") / "secret_key"


def load_secret_key(path: Path | None = None) -> str:
    from pipeline.settings import load_settings

    given = load_settings().secret_key  # EVIDENCE_SECRET_KEY
    if given:
        return given
    path = path or SECRET_FILE.resolve()
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(key)
    return key


@dataclass(frozen=True)
class ReviewConfig:
    db_url: str
    secret_key: str
    inbox: Path | None = None  # downloads are limited to this folder (else to the stored inbox roots)
    ocr: str = "auto"  # OCR setting of a direct re-check
    rerun_mode: str = "auto"  # auto: through Prefect when PREFECT_API_URL is set, else direct
    page_cache: Path = field(default_factory=lambda: Path(".evidence/page-cache").resolve())
    session_max_age_s: int = 12 * 3600
    https_only: bool = False  # set when served behind HTTPS

    @property
    def inbox_filter(self) -> str | None:
        """The stored inbox string of the configured inbox (submissions list only that inbox)."""
        return str(self.inbox.resolve()) if self.inbox else None
