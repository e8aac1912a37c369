"""Local accounts of the review app: argon2id password hashes, constant-work sign-in checks."""

from __future__ import annotations

import unicodedata

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from .db import Store, utcnow
from .review_models import User

MIN_PASSWORD_LENGTH = 8
MAX_NAME_LENGTH = 64

_hasher = PasswordHasher()
# Verified when the name is unknown, so a wrong name costs the same time as a wrong password.
_DUMMY_HASH = _hasher.hash("not a real password: evens out sign-in timing")


class UserError(ValueError):
    """A name or password that cannot be used (the message is Thai with English)."""


def clean_name(name: str) -> str:
    name = unicodedata.normalize("NFC", (name or "").strip())
    if not name or len(name) > MAX_NAME_LENGTH:
        raise UserError(f"ชื่อผู้ใช้ต้องยาว 1–{MAX_NAME_LENGTH} ตัวอักษร (a user name is 1–{MAX_NAME_LENGTH} characters)")
    if any(unicodedata.category(c)[0] in "CZ" and c != " " for c in name):
        raise UserError("ชื่อผู้ใช้มีอักขระที่ใช้ไม่ได้ (the user name contains control or separator characters)")
    return name


def check_password(password: str) -> str:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise UserError(
            f"รหัสผ่านต้องยาวอย่างน้อย {MIN_PASSWORD_LENGTH} ตัวอักษร "
            f"(a password has at least {MIN_PASSWORD_LENGTH} characters)"
        )
    return password


def _by_name(s, name: str):
    """The user whose name matches ignoring case ("Somchai" signs in as "somchai")."""
    return s.scalar(select(User).where(func.lower(User.name) == name.lower()))


def create_user(store: Store, name: str, password: str) -> User:
    name, password = clean_name(name), check_password(password)
    user = User(name=name, password_hash=_hasher.hash(password), active=True, created_at=utcnow())
    try:
        with store.session() as s, s.begin():
            if _by_name(s, name) is not None:
                raise IntegrityError("duplicate name ignoring case", None, Exception())
            s.add(user)
    except IntegrityError:
        raise UserError(f"มีผู้ใช้ชื่อนี้แล้ว (a user with this name exists): {name}") from None
    return user


def set_password(store: Store, name: str, password: str) -> None:
    password = check_password(password)
    with store.session() as s, s.begin():
        user = _by_name(s, clean_name(name))
        if user is None:
            raise UserError(f"ไม่พบผู้ใช้ (no such user): {name}")
        user.password_hash = _hasher.hash(password)
        user.session_generation = (user.session_generation or 0) + 1  # every open session ends


def end_sessions(store: Store, user_id: int) -> None:
    """Sign the user out everywhere: every session made so far stops working."""
    with store.session() as s, s.begin():
        user = s.get(User, user_id)
        if user is not None:
            user.session_generation = (user.session_generation or 0) + 1


def set_active(store: Store, name: str, active: bool) -> None:
    """Enable or disable an account; a disabled account's open sessions stop working too."""
    with store.session() as s, s.begin():
        user = _by_name(s, clean_name(name))
        if user is None:
            raise UserError(f"ไม่พบผู้ใช้ (no such user): {name}")
        user.active = active
        user.session_generation = (user.session_generation or 0) + 1  # re-enabling never revives old cookies


def list_users(store: Store) -> list[User]:
    with store.session() as s:
        return list(s.scalars(select(User).order_by(User.name)))


def get_user(store: Store, user_id: int, generation: int | None = None) -> User | None:
    """The active user, or None; with `generation`, only if the session was made in the current one."""
    with store.session() as s:
        user = s.get(User, user_id)
        if user is None or not user.active:
            return None
        if generation is not None and generation != (user.session_generation or 0):
            return None
        return user


def authenticate(store: Store, name: str, password: str) -> User | None:
    """The active user with this name and password, else None (same argon2 work either way)."""
    try:
        name = clean_name(name)
    except UserError:
        name = ""
    with store.session() as s:
        user = _by_name(s, name) if name else None
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password or "")
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        with store.session() as s, s.begin():
            row = s.get(User, user.id)
            assert row is not None  # the user was just loaded by name
            row.password_hash = _hasher.hash(password)
    return user
