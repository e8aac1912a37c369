"""Jinja2 pages: autoescape on for every template, Thai labels and Bangkok times as filters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse

from . import labels
from .security import csrf_token

TEMPLATES = Path(__file__).resolve().parent / "templates"
BANGKOK = timezone(timedelta(hours=7), "ICT")
TEXT_LIMIT = 6000  # characters of one section shown on the page; the JSON report has all of it


def bangkok_time(value: datetime | None) -> str:
    """Stored naive-UTC time as Thai local time (UTC+7, no daylight saving)."""
    if value is None:
        return "-"
    return value.replace(tzinfo=UTC).astimezone(BANGKOK).strftime("%Y-%m-%d %H:%M")


def make_environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # every template, whatever its extension
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["bkk"] = bangkok_time
    env.filters["thousands"] = lambda n: f"{n:,}"
    env.globals.update(
        label=labels.label,
        SECTIONS=labels.SECTIONS,
        SECTION_STATUS=labels.SECTION_STATUS,
        SEVERITY=labels.SEVERITY,
        DECISION=labels.DECISION,
        REVIEW_STATE=labels.REVIEW_STATE,
        REVIEW_EVENT=labels.REVIEW_EVENT,
        COMPLETION_VERDICT=labels.COMPLETION_VERDICT,
        RERUN_STATUS=labels.RERUN_STATUS,
        SIGNALS=labels.SIGNALS,
        TEXT_LIMIT=TEXT_LIMIT,
    )
    return env


class Renderer:
    def __init__(self) -> None:
        self.env = make_environment()

    def __call__(self, request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
        context.setdefault("user", request.scope.get("user"))
        context.setdefault("refresh", None)
        html = self.env.get_template(template).render(request=request, csrf=csrf_token(request), **context)
        return HTMLResponse(html, status_code=status_code)
