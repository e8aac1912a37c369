"""Earlier submissions' fingerprints, for the novelty comparison (pipeline/novelty.py).

Only current checks count (a re-checked submission is compared by its newest
content), and the submission being checked is left out by its folder.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from pipeline.novelty import Earlier

from .db import Store
from .models import Check, FingerprintRow, Submission


def earlier_fingerprints(store: Store, exclude_path: str | Path | None = None) -> list[Earlier]:
    """Every current check's fingerprint except the one of the submission at ``exclude_path``."""
    skip = Path(exclude_path).resolve() if exclude_path else None
    q = (
        select(
            Submission.inbox,
            Submission.key,
            FingerprintRow.fiscal_year,
            FingerprintRow.scheme,
            FingerprintRow.hashvalues,
            FingerprintRow.text,
        )
        .join(Check, Check.id == FingerprintRow.check_id)
        .join(Submission, Submission.id == FingerprintRow.submission_id)
        .where(Check.is_current.is_(True), Submission.removed_at.is_(None))
        .order_by(Submission.key)
    )
    out = []
    with store.session() as s:
        for inbox, key, fy, scheme, values, text in s.execute(q):
            if skip is not None and (Path(inbox) / key).resolve() == skip:
                continue
            out.append(Earlier(key, fy, scheme, tuple(values), text))
    return out
