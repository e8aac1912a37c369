"""A submission's files: every entry listed, and names as people read them.

A zip made on Thai Windows and unpacked with `unzip` leaves names in TIS-620 /
CP874, not UTF-8.  Python hands such a name over with lone surrogates
(surrogateescape), which no JSON, database or web page can carry.  The name a
result records is the name decoded as UTF-8 if it is UTF-8, else as CP874 (the
superset of TIS-620 Windows uses); the file itself is still opened by its
original name.
"""

from __future__ import annotations

import os
from pathlib import Path

FALLBACK_ENCODINGS = ("utf-8", "cp874")


def readable_name(name: str) -> str:
    """`name` unchanged when it is valid text; its bytes decoded as CP874 (TIS-620) when not."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = os.fsencode(name)
    for encoding in FALLBACK_ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def submission_root(path: Path) -> Path:
    """The folder a submission's files are named from and may not link out of."""
    return path if path.is_dir() else path.parent


def submission_files(path: Path, hidden: bool = True) -> list[Path]:
    """Every entry of the submission that is not a folder, in a stable order (nothing skipped):
    files, and also links, FIFOs and other special files, which get their own error
    outcome from `read_file` instead of being opened or silently left out.
    `hidden=False` leaves out names starting with "." (the inbox scan's rule)."""
    if not path.is_dir() or path.is_symlink():
        return [path]
    out: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(path):
        links = [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]  # never walked into
        dirnames[:] = sorted(d for d in dirnames if d not in links and (hidden or not d.startswith(".")))
        out.extend(Path(dirpath, f) for f in filenames + links if hidden or not f.startswith("."))
    return sorted(out, key=lambda p: p.relative_to(path).as_posix())
