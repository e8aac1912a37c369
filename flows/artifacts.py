"""Prefect artifacts: a table of submissions and a markdown summary per checked submission.

Artifact keys allow only lowercase letters, digits and dashes, so a Thai
folder name becomes its ASCII part plus a short hash of the whole key.
"""

from __future__ import annotations

import hashlib
import re

from prefect.artifacts import create_markdown_artifact, create_table_artifact

from pipeline.labels import SECTION_STATUS, label, section_titles
from pipeline.result import EvidenceCheck, FailedCheck

TABLE_KEY = "check-inbox-submissions"


def artifact_key(prefix: str, text: str) -> str:
    """``prefix-<ascii slug>-<8 hex>``: valid for Prefect, stable, distinct per text."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].strip("-")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return "-".join(p for p in (prefix, slug, digest) if p)


def submission_markdown(key: str, result: EvidenceCheck | FailedCheck, outcome) -> str:
    """A short review page: sections with status and location, then every flag."""
    lines = [
        f"# {key}",
        "",
        f"เกณฑ์ (rubric): `{result.rubric}` · ไฟล์ (files): {outcome.files}"
        f" · อ่านไม่ได้ (unreadable): {outcome.unreadable} · ข้อสังเกต (flags): {outcome.flags}",
        "",
    ]
    if isinstance(result, FailedCheck):
        lines += [f"**ตรวจไม่สำเร็จ (check failed):** `{result.error}`", ""]
    if result.sections:
        titles = section_titles()
        lines += ["| หัวข้อ (section) | สถานะ (status) | ไฟล์ (file) | หน้า (page) |", "|---|---|---|---|"]
        for name, sec in result.sections.items():
            title = f"{titles[name][0]} ({name})" if name in titles else name
            lines.append(f"| {title} | {label(SECTION_STATUS, sec.status)} | {sec.file or '-'} | {sec.page or '-'} |")
        lines.append("")
    if result.flags:
        lines.append("## ข้อสังเกต (flags)")
        lines += [f"- **{f.severity}** `{f.code}` {f.message}" for f in result.flags]
    else:
        lines.append("ไม่มีข้อสังเกต (no flags)")
    return "\n".join(lines)


def publish_submission(key: str, result: EvidenceCheck | FailedCheck, outcome) -> None:
    create_markdown_artifact(
        key=artifact_key("submission", key),
        markdown=submission_markdown(key, result, outcome),
        description=f"ผลการตรวจ {key} (check result)",
    )


def publish_table(rows: list[dict]) -> None:
    create_table_artifact(
        key=TABLE_KEY,
        table=rows,
        description="ชุดเอกสารและจำนวนข้อสังเกต (submissions with flag counts)",
    )
