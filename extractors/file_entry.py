"""What a directory entry is before anything opens it: a regular file, or something not to open.

One rule for the reader (`read_file` turns it into the file's error) and the inbox
scan (which hashes a marker instead of the content): a symbolic link to nothing or
out of the submitted folder is not followed; a FIFO, socket or device is never
opened (opening a FIFO blocks for ever).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_FILE_KINDS = {
    stat.S_IFIFO: "FIFO",
    stat.S_IFSOCK: "socket",
    stat.S_IFCHR: "character device",
    stat.S_IFBLK: "block device",
    stat.S_IFDIR: "folder",
}


def entry_problem(path: Path, root: Path | None) -> tuple[str, str] | None:
    """(error code, detail) for an entry that must not be opened, None for a regular file
    (or a link to one inside `root`).  Raises FileNotFoundError for an entry that is gone."""
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode):
        target = os.readlink(path)
        try:
            resolved = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return "link_dangling", target
        if root is not None and not resolved.is_relative_to(root.resolve()):
            return "link_outside", target
        st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        return "not_a_regular_file", _FILE_KINDS.get(stat.S_IFMT(st.st_mode), "special file")
    return None
