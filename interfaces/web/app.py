"""The review web app: ``create_app(config)`` builds the Starlette application."""

from __future__ import annotations

import contextlib
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from pipeline.store import open_store, reruns
from pipeline.store.users import get_user

from . import auth, downloads, pages
from .config import ReviewConfig
from .ratelimit import LoginLimiter
from .rendering import Renderer
from .rerun import Rerunner
from .security import SecurityHeaders, SignInGate, is_data_path

STATIC = Path(__file__).resolve().parent / "static"
SESSION_COOKIE = "evidence_session"
CLIENT_MAX_FAILURES = 30  # many people may share one address (loopback, an office NAT)


def routes() -> list:
    return [
        Route("/login", auth.login_page, methods=["GET"]),
        Route("/login", auth.login_submit, methods=["POST"]),
        Route("/logout", auth.logout, methods=["POST"]),
        Route("/", pages.submissions_page, methods=["GET"]),
        Route("/submissions/{sid:int}", pages.submission_page, methods=["GET"]),
        Route("/submissions/{sid:int}/flags/{fid:int}/decision", pages.decide, methods=["POST"]),
        Route("/submissions/{sid:int}/review", pages.review, methods=["POST"]),
        Route("/submissions/{sid:int}/rerun", pages.rerun, methods=["POST"]),
        Route("/submissions/{sid:int}/file", downloads.download_file, methods=["GET"]),
        Route("/submissions/{sid:int}/page.png", downloads.page_png, methods=["GET"]),
        Route("/submissions/{sid:int}/report.json", downloads.report_json, methods=["GET"]),
        Route("/api/reruns/{rid:int}", pages.rerun_status, methods=["GET"]),
        Route("/export.xlsx", downloads.export_xlsx, methods=["GET"]),
        Route("/export.zip", downloads.export_zip, methods=["GET"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]


async def http_error(request: Request, exc: HTTPException) -> Response:
    if is_data_path(request.url.path):
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
    return request.app.state.render(request, "error.html", status_code=exc.status_code, message=exc.detail)


def create_app(config: ReviewConfig) -> Starlette:
    store = open_store(config.db_url)
    reruns.fail_orphaned(store, "direct")  # a direct re-check never outlives the server that ran it
    rerunner = Rerunner(config, store)

    def load_user(user_id, generation=None):
        """The session's user, if active and the session is of the user's current generation."""
        if not isinstance(user_id, int) or not isinstance(generation, int):
            return None
        return get_user(store, user_id, generation)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        rerunner.shutdown()

    app = Starlette(
        routes=routes(),
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(
                SessionMiddleware,
                secret_key=config.secret_key,
                session_cookie=SESSION_COOKIE,
                max_age=config.session_max_age_s,
                same_site="lax",
                https_only=config.https_only,
            ),
            Middleware(SignInGate, load_user=load_user),
        ],
        exception_handlers={HTTPException: http_error},  # type: ignore[dict-item]  # Starlette types handlers as taking Exception
        lifespan=lifespan,
    )
    app.state.config = config
    app.state.store = store
    app.state.render = Renderer()
    app.state.limiter = LoginLimiter()  # per user name and address: 5 failures in 5 minutes
    app.state.client_limiter = LoginLimiter(max_failures=CLIENT_MAX_FAILURES)  # per client address
    app.state.rerunner = rerunner
    app.state.load_user = load_user
    return app
