"""Exports of the review: Excel (.xlsx, one sheet per table) and CSV (one file per table, zipped).

Tables: submissions, sections, flags (with the current decision), decisions
(every decision ever made, oldest first).  Document text is data, never a
formula: Excel cells are written as strings, CSV cells that a spreadsheet
would read as a formula get a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from pipeline.store import Store
from pipeline.store.reviews import SubmissionSummary, decision_rows, submission_detail

from .rendering import bangkok_time

EXCEL_CELL_LIMIT = 32_767
FORMULA_START = re.compile(r"^[=+\-@\t\r]")


@dataclass
class Table:
    name: str
    headers: list[str]
    rows: list[list]


def _value(v):
    if isinstance(v, datetime):
        return bangkok_time(v)
    return v


def build_tables(store: Store, summaries: list[SubmissionSummary]) -> list[Table]:
    subs = Table(
        "submissions",
        [
            "submission_id",
            "submission",
            "fiscal_year",
            "agency",
            "checked_at_bangkok",
            "check_failed",
            "errors",
            "warnings",
            "open_flags",
            "review_state",
        ],
        [],
    )
    sections = Table("sections", ["submission", "section", "status", "file", "page", "text"], [])
    flags = Table(
        "flags",
        [
            "submission",
            "flag_id",
            "code",
            "severity",
            "section",
            "file",
            "page",
            "message",
            "decision",
            "note",
            "decided_by",
            "decided_at_bangkok",
        ],
        [],
    )
    for s in summaries:
        subs.rows.append(
            [
                s.id,
                s.key,
                s.fiscal_year,
                s.agency,
                s.checked_at,
                s.check_failed,
                s.errors,
                s.warnings,
                s.open_flags,
                s.review_state,
            ]
        )
        detail = submission_detail(store, s.id)
        if detail is None:
            continue
        for key, sec in detail.sections.items():
            sections.rows.append([s.key, key, sec.status, sec.file, sec.page, sec.text])
        for f in detail.flags:
            d = f.current
            flags.rows.append(
                [
                    s.key,
                    f.id,
                    f.code,
                    f.severity,
                    f.section,
                    f.file,
                    f.page,
                    f.message,
                    d.decision if d else None,
                    d.note if d else None,
                    d.user if d else None,
                    d.at if d else None,
                ]
            )
    decisions = Table(
        "decisions",
        [
            "decision_id",
            "submission",
            "check_id",
            "flag_id",
            "code",
            "severity",
            "section",
            "file",
            "page",
            "decision",
            "note",
            "user",
            "at_bangkok",
        ],
        [],
    )
    for r in decision_rows(store, [s.id for s in summaries]):
        decisions.rows.append(
            [
                r["decision_id"],
                r["submission"],
                r["check_id"],
                r["flag_id"],
                r["code"],
                r["severity"],
                r["section"],
                r["file"],
                r["page"],
                r["decision"],
                r["note"],
                r["user"],
                r["at"],
            ]
        )
    return [subs, sections, flags, decisions]


def to_xlsx(tables: list[Table]) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    for t in tables:
        ws = wb.create_sheet(t.name)
        ws.append(t.headers)
        for row in t.rows:
            ws.append([None] * len(row))
            for col, v in enumerate(row, start=1):
                v = _value(v)
                cell = ws.cell(row=ws.max_row, column=col)
                if isinstance(v, str):
                    cell.value = ILLEGAL_CHARACTERS_RE.sub("", v)[:EXCEL_CELL_LIMIT]
                    cell.data_type = "s"  # never a formula, whatever the text starts with
                else:
                    cell.value = v
        ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _csv_cell(v) -> str:
    v = _value(v)
    if v is None:
        return ""
    text = str(v)
    return "'" + text if FORMULA_START.match(text) else text


def to_csv_zip(tables: list[Table]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for t in tables:
            out = io.StringIO()
            w = csv.writer(out)
            w.writerow(t.headers)
            for row in t.rows:
                w.writerow([_csv_cell(v) for v in row])
            zf.writestr(f"{t.name}.csv", "\ufeff" + out.getvalue())  # BOM: Excel reads the Thai as UTF-8
    return buf.getvalue()
