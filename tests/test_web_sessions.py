"""Sessions end when they should (issue 15, defect 7): a cookie captured before sign-out,
before a password change or before the account was disabled (and re-enabled) gets the
sign-in page when replayed.  Real HTTP against uvicorn on loopback, a real store."""

from __future__ import annotations

import re

import httpx
import pytest
from web_helpers import PASSWORD, USER, web_environment

from interfaces.web.app import SESSION_COOKIE
from pipeline.store import open_store
from pipeline.store.users import set_active, set_password


@pytest.fixture
def env(tmp_path):
    with web_environment(tmp_path, agencies=("sso-rayong",)) as e:
        yield e


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def _sign_in(env, password: str = PASSWORD) -> httpx.Client:
    c = httpx.Client(base_url=env.url, follow_redirects=False)
    r = c.post("/login", data={"csrf_token": _token(c.get("/login").text), "name": USER, "password": password})
    assert r.status_code == 303 and r.headers["location"] == "/"
    assert c.get("/").status_code == 200
    return c


def _replay(env, cookie: str) -> httpx.Response:
    return httpx.Client(base_url=env.url, follow_redirects=False, cookies={SESSION_COOKIE: cookie}).get("/")


def test_replayed_cookie_after_sign_out_gets_the_sign_in_page(env):
    c = _sign_in(env)
    captured = c.cookies[SESSION_COOKIE]
    assert _replay(env, captured).status_code == 200  # the copy works while signed in
    c.post("/logout", data={"csrf_token": _token(c.get("/").text)})
    r = _replay(env, captured)
    assert r.status_code == 303 and r.headers["location"] == "/login"


def test_password_change_ends_open_sessions(env):
    captured = _sign_in(env).cookies[SESSION_COOKIE]
    set_password(open_store(env.db_url), USER, "a new password 2567")
    assert _replay(env, captured).headers.get("location") == "/login"
    _sign_in(env, "a new password 2567")  # the new password works


def test_disabling_ends_sessions_and_re_enabling_does_not_revive_them(env):
    captured = _sign_in(env).cookies[SESSION_COOKIE]
    store = open_store(env.db_url)
    set_active(store, USER, False)
    assert _replay(env, captured).headers.get("location") == "/login"
    set_active(store, USER, True)
    assert _replay(env, captured).headers.get("location") == "/login"
    _sign_in(env)  # signing in again works


def _client_from(env, address: str) -> httpx.Client:
    """A client whose requests come from another loopback address (127.0.0.0/8 is all loopback)."""
    return httpx.Client(base_url=env.url, follow_redirects=False, transport=httpx.HTTPTransport(local_address=address))


def test_failed_guesses_from_one_address_never_lock_out_the_owner_elsewhere(env):
    attacker = _client_from(env, "127.0.0.2")
    codes = []
    for _ in range(6):
        r = attacker.post(
            "/login",
            data={"csrf_token": _token(attacker.get("/login").text), "name": USER, "password": "wrong password"},
        )
        codes.append(r.status_code)
    assert codes == [401] * 5 + [429]  # the guessing address is held back
    owner = _client_from(env, "127.0.0.3")
    r = owner.post("/login", data={"csrf_token": _token(owner.get("/login").text), "name": USER, "password": PASSWORD})
    assert r.status_code == 303 and r.headers["location"] == "/"


def test_user_names_are_matched_ignoring_case(env):
    from pipeline.store.users import UserError, create_user

    c = httpx.Client(base_url=env.url, follow_redirects=False)
    r = c.post("/login", data={"csrf_token": _token(c.get("/login").text), "name": USER.upper(), "password": PASSWORD})
    assert r.status_code == 303
    with pytest.raises(UserError):
        create_user(open_store(env.db_url), USER.upper(), "another password 1")


def test_secure_cookies_option_marks_the_session_cookie_secure(tmp_path):
    import asyncio

    from interfaces.web import ReviewConfig, create_app

    app = create_app(ReviewConfig(db_url=f"sqlite:///{tmp_path / 'evidence.db'}", secret_key="k" * 32, https_only=True))

    async def login_page() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver") as c:
            return await c.get("/login")

    cookie = asyncio.run(login_page()).headers["set-cookie"].lower()
    assert "secure" in cookie and "httponly" in cookie
