"""The review web app (``evidence review``): sign in, review flags, re-run, export.

Server-rendered pages (Starlette + Jinja2, autoescaped), a signed session
cookie, CSRF tokens on every form, and nothing but the sign-in page for a
visitor who has not signed in.
"""

from .app import create_app
from .config import ReviewConfig, load_secret_key

__all__ = ["ReviewConfig", "create_app", "load_secret_key"]
