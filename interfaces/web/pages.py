"""The review pages: submissions list, one submission, and the forms posted from it."""

from __future__ import annotations

from urllib.parse import urlencode

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from pipeline.store import reruns
from pipeline.store.reviews import (
    REVIEW_STATES,
    ReviewError,
    SubmissionDetail,
    filter_options,
    list_submissions,
    record_decision,
    record_review,
    submission_detail,
)

from .labels import SECTIONS
from .rerun import status_dict, submission_folder
from .security import checked_form

NOTE_LIMIT = 4000


def list_filters(request: Request) -> dict:
    """fiscal_year / agency / state from the query string (invalid values are ignored)."""
    q = request.query_params
    year = q.get("year", "")
    state = q.get("state", "")
    return {
        "fiscal_year": int(year) if year.isdigit() else None,
        "agency": q.get("agency") or None,
        "state": state if state in REVIEW_STATES else None,
    }


async def submissions_page(request: Request) -> Response:
    state = request.app.state
    filters = list_filters(request)
    rows = list_submissions(state.store, inbox=state.config.inbox_filter, **filters)
    years, agencies = filter_options(state.store, state.config.inbox_filter)
    query = urlencode({k: v for k, v in request.query_params.items() if k in ("year", "agency", "state") and v})
    return state.render(
        request,
        "submissions.html",
        rows=rows,
        years=years,
        agencies=agencies,
        filters=filters,
        states=REVIEW_STATES,
        export_query=query,
    )


def load_detail(request: Request) -> SubmissionDetail:
    """The submission of the URL, 404 when unknown, never checked, or outside the configured inbox."""
    state = request.app.state
    detail = submission_detail(state.store, request.path_params["sid"])
    if detail is None or (state.config.inbox_filter and detail.inbox != state.config.inbox_filter):
        raise HTTPException(404, "ไม่พบชุดเอกสาร (no such submission)")
    return detail


def file_paths(detail: SubmissionDetail) -> dict[str, str]:
    """Submission-relative file name (as in the check JSON) -> inbox-relative stored path."""
    out = {}
    for f in detail.files:
        rel = f.path[len(detail.key) + 1 :] if f.path.startswith(detail.key + "/") else f.path.rsplit("/", 1)[-1]
        out[rel] = f.path
    return out


async def submission_page(request: Request) -> Response:
    state = request.app.state
    detail = load_detail(request)
    rerun = reruns.latest_rerun(state.store, detail.id)
    if rerun is not None:
        rerun = state.rerunner.refresh(rerun)
    active = rerun is not None and rerun.status in reruns.ACTIVE
    formats = {f.path: f for f in detail.files}
    return state.render(
        request,
        "submission.html",
        d=detail,
        section_keys=list(SECTIONS),
        paths=file_paths(detail),
        outcomes=formats,
        rerun=status_dict(rerun) if rerun else None,
        refresh=5 if active else None,
        flash=request.session.pop("flash", None),
    )


def _back(sid: int, anchor: str = "") -> RedirectResponse:
    return RedirectResponse(f"/submissions/{sid}{anchor}", status_code=303)


async def decide(request: Request) -> Response:
    form = await checked_form(request)
    detail = load_detail(request)
    fid = request.path_params["fid"]
    decision = str(form.get("decision") or "")
    note = str(form.get("note") or "")[:NOTE_LIMIT]
    try:
        record_decision(
            request.app.state.store,
            submission_id=detail.id,
            flag_id=fid,
            user_id=request.scope["user"].id,
            decision=decision,
            note=note,
        )
    except ReviewError as exc:
        if decision not in ("confirm", "dismiss"):
            request.session["flash"] = "กรุณาเลือกยืนยันหรือไม่ถือเป็นประเด็น (choose confirm or dismiss)"
        else:
            request.session["flash"] = str(exc)
        return _back(detail.id)
    return _back(detail.id, f"#flag-{fid}")


async def review(request: Request) -> Response:
    form = await checked_form(request)
    detail = load_detail(request)
    event = str(form.get("state") or "")
    try:
        record_review(
            request.app.state.store,
            submission_id=detail.id,
            user_id=request.scope["user"].id,
            state=event,
            note=str(form.get("note") or "")[:NOTE_LIMIT],
        )
    except ReviewError as exc:
        request.session["flash"] = str(exc)
    return _back(detail.id)


async def rerun(request: Request) -> Response:
    await checked_form(request)
    detail = load_detail(request)
    request.app.state.rerunner.submit(detail.id, submission_folder(detail.inbox, detail.key), request.scope["user"].id)
    return _back(detail.id, "#rerun-status")


async def rerun_status(request: Request) -> Response:
    state = request.app.state
    req = reruns.get_rerun(state.store, request.path_params["rid"])
    if req is None:
        return JSONResponse({"error": "not found"}, status_code=404)
    sub = submission_detail(state.store, req.submission_id)
    if state.config.inbox_filter and (sub is None or sub.inbox != state.config.inbox_filter):
        return JSONResponse({"error": "not found"}, status_code=404)
    return JSONResponse(status_dict(state.rerunner.refresh(req)))
