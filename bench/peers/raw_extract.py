"""Raw extraction, the floor: pdfplumber ``extract_text`` for every PDF, python-docx paragraphs for every .docx.

Usage:  python bench/peers/raw_extract.py INBOX   (prints the number of characters)
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> None:
    import docx
    import pdfplumber

    chars = 0
    for path in sorted(Path(sys.argv[1]).rglob("*")):
        try:
            if path.suffix.lower() == ".pdf":
                with pdfplumber.open(path) as pdf:
                    chars += sum(len(page.extract_text() or "") for page in pdf.pages)
            elif path.suffix.lower() == ".docx":
                chars += sum(len(p.text) for p in docx.Document(str(path)).paragraphs)
        except Exception:  # noqa: BLE001 - a file it cannot read costs what it cost
            pass
    print(chars)


if __name__ == "__main__":
    main()
