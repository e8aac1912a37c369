"""Security of the review web app over real HTTP (uvicorn on loopback): the sign-in gate on every
route, CSRF on every form, confined downloads, sign-in limits and response headers."""

from __future__ import annotations

import re

import httpx
import pytest
from starlette.routing import Mount, Route
from web_helpers import PASSWORD, USER, web_environment

from interfaces.web.ratelimit import LoginLimiter

LOGIN_MARK = 'action="/login"'


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    with web_environment(tmp_path_factory.mktemp("web-security"), agencies=("sso-rayong",)) as e:
        yield e


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def signed_in(env) -> httpx.Client:
    c = httpx.Client(base_url=env.url, follow_redirects=False)
    token = _token(c.get("/login").text)
    r = c.post("/login", data={"csrf_token": token, "name": USER, "password": PASSWORD})
    assert r.status_code == 303 and r.headers["location"] == "/"
    return c


def concrete_paths(env) -> list[tuple[str, str]]:
    """(method, path) of every route of the app, with real ids filled in."""
    sid = env.submission_id("2566/sso-rayong")
    out = []
    for route in env.app.routes:
        if isinstance(route, Mount):
            continue
        assert isinstance(route, Route)
        path = route.path.replace("{sid:int}", str(sid)).replace("{fid:int}", "1").replace("{rid:int}", "1")
        for method in sorted(route.methods - {"HEAD"}):
            out.append((method, path))
    return out


def test_unauthenticated_requests_get_only_the_sign_in_page(env):
    c = httpx.Client(base_url=env.url, follow_redirects=False)
    paths = concrete_paths(env)
    assert len(paths) >= 14
    sid = env.submission_id("2566/sso-rayong")
    paths += [
        ("GET", f"/submissions/{sid}/file?path=2566/sso-rayong/แบบฟอร์ม 4 โครงการ.pdf"),
        ("GET", f"/submissions/{sid}/page.png?path=2566/sso-rayong/แบบฟอร์ม 4 โครงการ.pdf&page=1"),
        ("GET", "/export.xlsx?year=2566"),
        ("GET", "/no/such/page"),
        ("GET", "/static/../app.py"),
    ]
    for method, path in paths:
        r = c.request(method, path)
        if path == "/login":  # the sign-in page; a POST without its form token is refused on it
            assert r.status_code == (200 if method == "GET" else 403) and LOGIN_MARK in r.text, path
        elif (
            method == "GET"
            and not path.startswith(("/api/", "/export"))
            and not re.search(r"\.(json|png|xlsx|zip)|/file", path)
        ):
            assert (r.status_code, r.headers.get("location")) == (303, "/login"), path
            assert r.content == b"", path
        else:
            assert r.status_code == 401, (method, path)
            assert "sign-in required" in r.json()["error"], path
            assert "sso-rayong" not in r.text
    followed = httpx.get(env.url + f"/submissions/{sid}", follow_redirects=True)
    assert str(followed.url).endswith("/login") and LOGIN_MARK in followed.text and "sso-rayong" not in followed.text


def test_post_without_the_csrf_token_is_rejected(env):
    c = signed_in(env)
    sid = env.submission_id("2566/sso-rayong")
    page = c.get(f"/submissions/{sid}").text
    fid = re.search(r"/flags/(\d+)/decision", page).group(1)
    r = c.post(f"/submissions/{sid}/flags/{fid}/decision", data={"decision": "dismiss", "note": "x"})
    assert r.status_code == 403 and "invalid form token" in r.text
    r = c.post(f"/submissions/{sid}/flags/{fid}/decision", data={"decision": "dismiss", "csrf_token": "forged"})
    assert r.status_code == 403
    r = c.post("/logout")
    assert r.status_code == 403
    r = httpx.post(env.url + "/login", data={"name": USER, "password": PASSWORD})  # sign-in form too
    assert r.status_code == 403
    assert "ไม่ถือเป็นประเด็น (dismissed)</strong>" not in c.get(f"/submissions/{sid}").text
    r = c.post(
        f"/submissions/{sid}/flags/{fid}/decision",
        data={"decision": "dismiss", "note": "ok", "csrf_token": _token(page)},
    )
    assert r.status_code == 303


def test_downloads_are_confined_to_the_inbox(env, tmp_path):
    c = signed_in(env)
    sid = env.submission_id("2566/sso-rayong")
    good = "2566/sso-rayong/แบบฟอร์ม 4 โครงการ.pdf"
    r = c.get(f"/submissions/{sid}/file", params={"path": good})
    assert r.status_code == 200 and r.content[:5] == b"%PDF-"
    assert "attachment" in r.headers["content-disposition"]
    r = c.get(f"/submissions/{sid}/page.png", params={"path": good, "page": "1"})
    assert r.status_code == 200 and r.content[:8] == b"\x89PNG\r\n\x1a\n"
    for bad in (
        "../../../../etc/passwd",
        "/etc/passwd",
        "2566/sso-rayong/../../../store/evidence.db",
        "2566/sso-rayong/%2e%2e/%2e%2e/x",
        "2566\\..\\..\\etc\\passwd",
        "2566/bangrak/แบบฟอร์ม 1.docx",
    ):
        assert c.get(f"/submissions/{sid}/file", params={"path": bad}).status_code == 404, bad
    assert c.get(f"/submissions/{sid}/page.png", params={"path": good, "page": "99"}).status_code == 404
    assert c.get(f"/submissions/{sid}/page.png", params={"path": good, "page": "../1"}).status_code == 404
    # A stored file replaced by a symlink to a file outside the inbox is refused.
    secret = tmp_path / "outside-secret.txt"
    secret.write_text("top secret")
    report = env.inbox / "2566/sso-rayong/evidence/รายงานสรุปผลการดำเนินงาน.docx"
    original = report.read_bytes()
    report.unlink()
    report.symlink_to(secret)
    try:
        r = c.get(f"/submissions/{sid}/file", params={"path": "2566/sso-rayong/evidence/รายงานสรุปผลการดำเนินงาน.docx"})
        assert r.status_code == 404 and b"top secret" not in r.content
    finally:
        report.unlink()
        report.write_bytes(original)


def test_sign_in_attempts_are_limited(env):
    c = httpx.Client(base_url=env.url)
    try:
        codes = []
        for _ in range(6):
            token = _token(c.get("/login").text)
            codes.append(
                c.post("/login", data={"csrf_token": token, "name": USER, "password": "wrong password"}).status_code
            )
        assert codes == [401] * 5 + [429]
        token = _token(c.get("/login").text)
        r = c.post("/login", data={"csrf_token": token, "name": USER, "password": PASSWORD})
        assert r.status_code == 429 and "too many failed sign-ins" in r.text  # even the right password, for now
    finally:
        env.app.state.limiter = LoginLimiter()
        env.app.state.client_limiter = LoginLimiter(max_failures=30)


def test_login_limiter_window_passes():
    now = [0.0]
    limiter = LoginLimiter(max_failures=2, window_s=10, clock=lambda: now[0])
    limiter.failed("a")
    limiter.failed("a")
    assert limiter.blocked("a") and not limiter.blocked("b")
    now[0] = 10.5
    assert not limiter.blocked("a")


def test_every_response_carries_the_security_headers(env):
    c = signed_in(env)
    for path in ("/login", "/", f"/submissions/{env.submission_id('2566/sso-rayong')}"):
        h = c.get(path).headers
        csp = h["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
        assert h["x-content-type-options"] == "nosniff" and h["cache-control"] == "no-store"
    cookie = httpx.Client(base_url=env.url).get("/login").headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    html = c.get("/").text
    assert '<script src="/static/app.js"' in html and not re.search(r"<script>|\son\w+=", html)


def test_the_submission_page_shows_the_completion_verdict_and_its_evidence(env):
    """Issue 13: the verdict of criterion 1.1 with the sentence (or its absence) that decided it."""
    c = signed_in(env)
    html = c.get(f"/submissions/{env.submission_id('2566/sso-rayong')}").text
    c.close()
    assert 'id="completion-verdict"' in html
    assert "ไม่พบข้อความระบุการแล้วเสร็จ" in html  # sso-rayong states only its planned period
