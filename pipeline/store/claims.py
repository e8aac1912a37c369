"""Submission claims: an atomic conditional UPDATE, with expiry.

A process claims a submission before checking it and releases it when the
result is stored.  The UPDATE only succeeds when nobody holds the claim, the
claim expired, or the holder is a process on this host that no longer exists
(a run killed with SIGKILL), so two runs never check one submission at once.
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import timedelta

from sqlalchemy import or_, select, update

from .db import Store, utcnow
from .models import Submission

DEFAULT_CLAIM_TTL_S = 600.0


def make_owner(token: str | None = None) -> str:
    """``host:pid:token``: who holds a claim or runs a batch."""
    return f"{socket.gethostname()}:{os.getpid()}:{token or uuid.uuid4().hex[:12]}"


def owner_is_dead(owner: str | None) -> bool:
    """True when ``owner`` is a process on this host that has exited."""
    if not owner:
        return False
    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def claim(store: Store, submission_id: int, owner: str, ttl_s: float = DEFAULT_CLAIM_TTL_S) -> bool:
    """Try to claim the submission for ``ttl_s`` seconds; True when this owner now holds it."""
    now = utcnow()
    until = now + timedelta(seconds=ttl_s)
    free = or_(
        Submission.claimed_by.is_(None),
        Submission.claimed_until.is_(None),
        Submission.claimed_until < now,
        Submission.claimed_by == owner,
    )
    with store.engine.begin() as conn:
        res = conn.execute(
            update(Submission).where(Submission.id == submission_id, free).values(claimed_by=owner, claimed_until=until)
        )
        if res.rowcount == 1:
            return True
        holder = conn.scalar(select(Submission.claimed_by).where(Submission.id == submission_id))
        if not owner_is_dead(holder):
            return False
        res = conn.execute(
            update(Submission)
            .where(Submission.id == submission_id, Submission.claimed_by == holder)
            .values(claimed_by=owner, claimed_until=until)
        )
        return res.rowcount == 1


def release(store: Store, submission_id: int, owner: str) -> None:
    """Give the claim back (only if this owner still holds it)."""
    with store.engine.begin() as conn:
        conn.execute(
            update(Submission)
            .where(Submission.id == submission_id, Submission.claimed_by == owner)
            .values(claimed_by=None, claimed_until=None)
        )
