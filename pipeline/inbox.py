"""Scan an inbox folder into submissions, with per-file hashes.

Layout (``depth``):

* ``None`` (default, "auto"): each folder directly under the inbox is one
  submission, except a folder named like a Buddhist-era fiscal year (``25xx``,
  e.g. ``2566``): that is a year level and each folder inside it is one
  submission (``inbox/2566/bangrak/...`` -> key ``2566/bangrak``).
* ``1``: each folder directly under the inbox is a submission (no year level).
* ``2`` (or more): submissions are the folders that many levels down; the
  first level is read as the fiscal year when it looks like one.

Everything below a submission folder belongs to it (subfolders included).
A file lying above the submission level (e.g. directly in the inbox root) is
never skipped: it becomes a submission of its own, keyed by its relative path,
so it gets its own recorded outcome.  Hidden entries (name starting with ".")
and empty folders are not part of the inbox.

Change detection: a file whose size and mtime equal the stored ones keeps its
stored sha256 (no re-hashing); any other file is hashed.  A submission's
content hash is the sha256 of its sorted (relative path, file sha256) list.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from extractors.file_entry import entry_problem

from .file_names import readable_name, submission_files

YEAR_FOLDER = re.compile(r"^25\d\d$")
HASH_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class StoredFile:
    """What the store remembers about a file: enough to skip re-hashing it."""

    size: int
    mtime_ns: int
    sha256: str


@dataclass
class FileState:
    path: str  # relative to the inbox, posix
    name: str  # relative to the submission's base folder, posix (as in the check result)
    size: int
    mtime_ns: int
    sha256: str
    hashed: bool  # True when read and hashed in this scan, False when the stored hash was reused


@dataclass
class SubmissionScan:
    key: str  # path relative to the inbox, posix: "2566/bangrak" or "loose.pdf"
    path: Path  # absolute folder (or file, for a single-file submission)
    fiscal_year: int | None
    agency: str | None
    files: list[FileState] = field(default_factory=list)

    @property
    def is_single_file(self) -> bool:
        return not self.path.is_dir() or self.path.is_symlink()

    @property
    def content_hash(self) -> str:
        return content_hash((f.name, f.sha256) for f in self.files)


@dataclass
class InboxScan:
    root: Path
    submissions: list[SubmissionScan]

    @property
    def file_count(self) -> int:
        return sum(len(s.files) for s in self.submissions)

    @property
    def hashed_count(self) -> int:
        return sum(1 for s in self.submissions for f in s.files if f.hashed)


def content_hash(pairs) -> str:
    """sha256 of the sorted (relative path, file sha256) list, as canonical JSON."""
    payload = json.dumps(sorted([p, h] for p, h in pairs), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(HASH_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def is_year_folder(name: str) -> bool:
    return bool(YEAR_FOLDER.match(name))


def _visible(entries) -> list[os.DirEntry]:
    return sorted((e for e in entries if not e.name.startswith(".")), key=lambda e: e.name)


def find_submissions(inbox: Path, depth: int | None = None) -> list[SubmissionScan]:
    """The inbox's submissions (files not yet listed), in key order."""
    if depth is not None and depth < 1:
        raise ValueError("depth must be 1 or more (or None for auto)")
    inbox = inbox.resolve()
    found: list[SubmissionScan] = []

    def walk(folder: Path, level: int, year: int | None) -> None:
        with os.scandir(folder) as it:
            entries = _visible(it)
        for e in entries:
            p = Path(e.path)
            key = readable_name(p.relative_to(inbox).as_posix())
            if not e.is_dir(follow_symlinks=False):  # files, links and special files: each its own outcome
                found.append(SubmissionScan(key, p, year, None))
            else:
                is_year = level == 1 and is_year_folder(e.name)
                go_down = (depth is None and is_year) or (depth is not None and level < depth)
                if go_down:
                    walk(p, level + 1, int(e.name) if is_year else year)
                else:
                    found.append(SubmissionScan(key, p, year, readable_name(e.name)))

    walk(inbox, 1, None)
    return sorted(found, key=lambda s: s.key)


def _entry_stat(fp: Path, base: Path) -> tuple[os.stat_result, str | None]:
    """The file's stat, and - for what must not be opened (extractors.file_entry) - a
    marker to hash instead, so a change to it is still seen."""
    problem = entry_problem(fp, base)
    if problem is None:
        return os.stat(fp), None
    return os.lstat(fp), ":".join(problem)


def _fill_files(root: Path, sub: SubmissionScan, known: Mapping[str, StoredFile]) -> SubmissionScan:
    base = sub.path.parent if not sub.path.is_dir() else sub.path
    for fp in submission_files(sub.path, hidden=False):
        try:
            st, marker = _entry_stat(fp, base)
        except FileNotFoundError:
            continue  # gone between listing and looking: no longer part of the inbox
        rel = readable_name(fp.relative_to(root).as_posix())
        prior = known.get(rel)
        if marker is not None:  # never opened: hashed by what it is, so a change is still seen
            sha, hashed = hashlib.sha256(os.fsencode(marker)).hexdigest(), False
        elif prior is not None and prior.size == st.st_size and prior.mtime_ns == st.st_mtime_ns:
            sha, hashed = prior.sha256, False
        else:
            sha, hashed = file_sha256(fp), True
        name = readable_name(fp.relative_to(base).as_posix())
        sub.files.append(FileState(rel, name, st.st_size, st.st_mtime_ns, sha, hashed))
    return sub


def scan_inbox(
    inbox: str | Path,
    known: Mapping[str, StoredFile] | None = None,
    depth: int | None = None,
) -> InboxScan:
    """List the inbox's submissions and their files with sizes, mtimes and hashes.

    ``known`` maps a file's inbox-relative path to its stored size/mtime/hash;
    a file whose size and mtime match keeps the stored hash.
    """
    root = Path(inbox).resolve()
    if not root.is_dir():
        raise NotADirectoryError(f"inbox is not a folder: {root}")
    subs = [_fill_files(root, sub, known or {}) for sub in find_submissions(root, depth)]
    return InboxScan(root, [s for s in subs if s.files])


def scan_submission(inbox: str | Path, key: str, known: Mapping[str, StoredFile] | None = None) -> SubmissionScan:
    """One submission of the inbox, by key, with its files (for a forced re-check)."""
    root = Path(inbox).resolve()
    path = root / key
    if not path.exists():
        raise FileNotFoundError(f"submission not found: {path}")
    parts = key.split("/")
    year = int(parts[0]) if len(parts) > 1 and is_year_folder(parts[0]) else None
    agency = path.name if path.is_dir() else None
    return _fill_files(root, SubmissionScan(key, path, year, agency), known or {})
