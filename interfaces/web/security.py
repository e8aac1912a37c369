"""Security middleware: response headers, the sign-in gate, and CSRF tokens.

* Every response carries a Content-Security-Policy without inline scripts or
  styles, nosniff, no framing and no referrer.
* The gate lets only the sign-in page and static assets through without a
  signed-in session: other pages redirect to /login, JSON, files and exports
  answer 401.
* A CSRF token lives in the session; every POST form carries it.
"""

from __future__ import annotations

import hmac
import secrets

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
PUBLIC_PATHS = ("/login",)
PUBLIC_PREFIXES = ("/static/",)
PAGE_PREFIXES = ("/submissions/",)  # pages under these redirect; their data sub-paths answer 401
DATA_SUFFIXES = (".json", ".png", ".xlsx", ".zip", "/file")


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() not in {k for k, _ in HEADERS}]
                headers += HEADERS
                if not scope["path"].startswith("/static/"):
                    headers = [h for h in headers if h[0].lower() != b"cache-control"]
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def is_data_path(path: str) -> bool:
    """Downloads, exports, images and JSON: answered with 401, never a redirect, when signed out."""
    return path.startswith(("/api/", "/export")) or path.endswith(DATA_SUFFIXES)


class SignInGate:
    """Only /login and /static/ without a session user; the user is re-read (and must be active) per request."""

    def __init__(self, app: ASGIApp, load_user) -> None:
        self.app = app
        self.load_user = load_user

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        if path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES):
            await self.app(scope, receive, send)
            return
        session = scope.get("session") or {}
        user = self.load_user(session.get("user_id"), session.get("gen")) if session.get("user_id") else None
        if user is None:
            session.pop("user_id", None)
            response: Response
            if is_data_path(path) or scope["method"] not in ("GET", "HEAD"):
                response = JSONResponse({"error": "ต้องเข้าสู่ระบบ (sign-in required)"}, status_code=401)
            else:
                response = RedirectResponse("/login", status_code=303)
            await response(scope, receive, send)
            return
        scope["user"] = user
        await self.app(scope, receive, send)


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


async def checked_form(request: Request) -> FormData:
    """The POSTed form, after checking its CSRF token against the session's (403 when absent or wrong)."""
    form = await request.form(max_files=0, max_fields=50)
    sent = form.get("csrf_token")
    expected = request.session.get("csrf")
    if not isinstance(sent, str) or not expected or not hmac.compare_digest(sent.encode(), expected.encode()):
        raise HTTPException(403, "โทเค็นของแบบฟอร์มไม่ถูกต้อง กรุณาโหลดหน้าใหม่ (invalid form token; reload the page)")
    return form
