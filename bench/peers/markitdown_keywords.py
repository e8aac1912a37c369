"""The peer a user would otherwise script: MarkItDown converts every file, keyword lines find the five headings.

Usage:  python bench/peers/markitdown_keywords.py INBOX   (prints one line per submission)

Every .pdf and .docx under INBOX is converted to Markdown by MarkItDown (one
converter for the whole run, as a script would keep it); a submission's five
contents are "found" when any line of its Markdown starts with one of the
keywords below.  Legacy .doc files and images are skipped (MarkItDown does not
read .doc).  No OCR.
"""

from __future__ import annotations

import sys
from pathlib import Path

KEYWORDS = {
    "rationale": ("หลักการและเหตุผล", "หลักการ เหตุผล", "ความเป็นมา", "ความสำคัญ"),
    "objectives": ("วัตถุประสงค์",),
    "actions": ("การดำเนินการ", "ขั้นตอนการดำเนินงาน", "วิธีดำเนินการ", "การดำเนินงาน"),
    "expected_results": ("ผลที่คาดว่าจะได้รับ", "ผลลัพธ์ที่คาดหวัง", "ผลที่คาดหวัง"),
    "actual_results": ("ผลการดำเนินงาน", "ผลลัพธ์ที่เกิดขึ้น", "ผลที่เกิดขึ้น"),
}


def submission_of(rel: Path) -> Path:
    """year/agency/... -> year/agency; a loose file (year/file.pdf) is a submission of its own."""
    return Path(*rel.parts[:2]) if len(rel.parts) > 2 else rel


def main() -> None:
    from markitdown import MarkItDown

    inbox = Path(sys.argv[1])
    converter = MarkItDown()
    by_submission: dict[Path, list[str]] = {}
    for path in sorted(inbox.rglob("*")):
        if path.suffix.lower() not in (".pdf", ".docx") or not path.is_file():
            continue
        try:
            text = converter.convert(str(path)).text_content
        except Exception:  # noqa: BLE001 - a file the peer cannot read is skipped, as a script would
            text = ""
        by_submission.setdefault(submission_of(path.relative_to(inbox)), []).append(text)
    for submission, texts in sorted(by_submission.items()):
        lines = [line.lstrip("#*0123456789๐๑๒๓๔๕๖๗๘๙.() ").strip() for t in texts for line in t.splitlines()]
        found = [key for key, words in KEYWORDS.items() if any(line.startswith(words) for line in lines)]
        print(f"{submission}\t{len(found)}/5\t{','.join(found)}")


if __name__ == "__main__":
    main()
