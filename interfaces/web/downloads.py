"""Downloads: original files, PDF page images, the stored JSON report, Excel and CSV exports."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from pipeline.store.reviews import list_submissions

from .export import build_tables, to_csv_zip, to_xlsx
from .files import FileRefused, confined_path, page_image
from .pages import list_filters, load_detail

NOT_FOUND = "ไม่พบไฟล์ (file not found)"


def _attachment(filename: str) -> str:
    ascii_name = "".join(c if c.isascii() and c.isalnum() or c in "._-" else "_" for c in filename) or "download"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"


def _confined(request: Request):
    """(detail, file outcome, real path) of ?path=..., or 404."""
    detail = load_detail(request)
    rel = request.query_params.get("path", "")
    outcomes = {f.path: f for f in detail.files}
    root = request.app.state.config.inbox or Path(detail.inbox)
    try:
        target = confined_path(root, rel, set(outcomes))
    except FileRefused:
        raise HTTPException(404, NOT_FOUND) from None
    return detail, outcomes[rel], target


async def download_file(request: Request) -> Response:
    _, outcome, target = _confined(request)
    return FileResponse(
        target, media_type="application/octet-stream", headers={"content-disposition": _attachment(target.name)}
    )


async def page_png(request: Request) -> Response:
    _, outcome, target = _confined(request)
    page = request.query_params.get("page", "")
    if outcome.format != "pdf" or not page.isdigit() or not 1 <= int(page) <= (outcome.pages or 0):
        raise HTTPException(404, NOT_FOUND)
    try:
        png = await run_in_threadpool(page_image, target, int(page), request.app.state.config.page_cache)
    except Exception:  # a damaged PDF or a page pdfium cannot draw: no image
        raise HTTPException(404, "แสดงภาพหน้านี้ไม่ได้ (cannot render this page)") from None
    return FileResponse(png, media_type="image/png", headers={"cache-control": "private, max-age=3600"})


async def report_json(request: Request) -> Response:
    detail = load_detail(request)
    body = json.dumps(detail.result, ensure_ascii=False, indent=2)
    name = f"evidence-check-{detail.key.replace('/', '-')}.json"
    return Response(
        body, media_type="application/json; charset=utf-8", headers={"content-disposition": _attachment(name)}
    )


def _tables(request: Request):
    state = request.app.state
    rows = list_submissions(state.store, inbox=state.config.inbox_filter, **list_filters(request))
    return build_tables(state.store, rows)


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M")


async def export_xlsx(request: Request) -> Response:
    data = await run_in_threadpool(lambda: to_xlsx(_tables(request)))
    return Response(
        data,
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"content-disposition": _attachment(f"evidence-review-{_stamp()}.xlsx")},
    )


async def export_zip(request: Request) -> Response:
    data = await run_in_threadpool(lambda: to_csv_zip(_tables(request)))
    return Response(
        data,
        media_type="application/zip",
        headers={"content-disposition": _attachment(f"evidence-review-{_stamp()}.zip")},
    )
