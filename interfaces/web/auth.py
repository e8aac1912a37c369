"""Sign-in and sign-out."""

from __future__ import annotations

import secrets

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from pipeline.store.users import authenticate, end_sessions

from .security import checked_form


async def login_page(request: Request) -> Response:
    if request.session.get("user_id") and request.app.state.load_user(
        request.session["user_id"], request.session.get("gen")
    ):
        return RedirectResponse("/", status_code=303)
    return request.app.state.render(request, "login.html", error=None, name="")


async def login_submit(request: Request) -> Response:
    state = request.app.state
    try:
        form = await checked_form(request)
    except HTTPException as exc:  # a stale or missing token: the sign-in page again, with a fresh one
        return state.render(request, "login.html", status_code=exc.status_code, name="", error=exc.detail)
    name = str(form.get("name") or "")[:200]
    password = str(form.get("password") or "")[:1000]
    client_key = request.client.host if request.client else "-"
    # Failures count per account *from one address*: someone guessing from elsewhere never
    # locks the account's owner out; each address also has its own limit over all names.
    name_key = f"{name.strip().casefold()}@{client_key}"
    if state.limiter.blocked(name_key) or state.client_limiter.blocked(client_key):
        return state.render(
            request,
            "login.html",
            status_code=429,
            name=name,
            error="ลองเข้าสู่ระบบผิดหลายครั้งเกินไป กรุณารอ 5 นาทีแล้วลองใหม่ "
            "(too many failed sign-ins; wait 5 minutes and try again)",
        )
    user = await run_in_threadpool(authenticate, state.store, name, password)
    if user is None:
        state.limiter.failed(name_key)
        state.client_limiter.failed(client_key)
        return state.render(
            request,
            "login.html",
            status_code=401,
            name=name,
            error="ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง (wrong user name or password)",
        )
    state.limiter.succeeded(name_key)
    request.session.clear()  # a new session: nothing from before sign-in carries over
    request.session["user_id"] = user.id
    request.session["gen"] = user.session_generation or 0
    request.session["csrf"] = secrets.token_urlsafe(32)
    return RedirectResponse("/", status_code=303)


async def logout(request: Request) -> Response:
    """Sign out: the cookie is cleared and - since a copy of it could be replayed - every
    session of this user made so far stops working (the user's session generation moves on)."""
    await checked_form(request)
    user_id = request.session.get("user_id")
    if isinstance(user_id, int):
        await run_in_threadpool(end_sessions, request.app.state.store, user_id)
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
