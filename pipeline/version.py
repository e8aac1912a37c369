"""The product's version as far as results go: part of every stored check and of the task cache key.

``PIPELINE_VERSION`` is the number people read; bump it when reading, section
finding or flagging changes what a check says.  It cannot be trusted alone: it
once stood still through nine commits that changed results.  So the version a
check is stored with, ``pipeline_version()``, also carries a digest of the code
and data that make a result: every module of ``extractors/`` and ``pipeline/``
(the store excepted: it keeps results, it does not make them), parsed, so
comments, docstrings and layout do not count, and the bundled data files
(rubrics, JSON schemas, glyph tables, dictionaries).  Any change that can move
a result moves the digest, and the next ``evidence run`` re-checks every
submission with the reason ``pipeline``.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

PIPELINE_VERSION = "13"

ROOT = Path(__file__).resolve().parent.parent
CODE_PACKAGES = ("extractors", "pipeline")
NOT_RESULT_CODE = ("store",)  # sub-packages that keep results rather than make them
DATA_SUFFIXES = (".yaml", ".json", ".npz", ".txt", ".tsv", ".csv")


def _without_docstrings(tree: ast.AST) -> ast.AST:
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if (
                body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)
            ):
                body[0] = ast.Pass()
    return tree


def result_files(root: Path = ROOT) -> list[Path]:
    """The source and data files a check's result depends on, in a stable order."""
    out = []
    for package in CODE_PACKAGES:
        for path in (root / package).rglob("*"):
            rel = path.relative_to(root)
            if not path.is_file() or "__pycache__" in rel.parts or any(p in NOT_RESULT_CODE for p in rel.parts):
                continue
            if path.suffix == ".py" or path.suffix in DATA_SUFFIXES:
                out.append(path)
    return sorted(out, key=lambda p: p.relative_to(root).as_posix())


def code_digest(root: Path = ROOT, cache: Path | None = None) -> str:
    """sha256 over the result files: Python as its syntax tree without docstrings, data as bytes.

    Parsing every module takes about 0.75 s, paid by every `evidence run`; so each
    module's tree digest is kept in `cache` (default `digest_cache_path()`) under
    the sha256 of its bytes: the same bytes always give the same tree.  A cache
    that cannot be read or written is only slower.
    """
    cache = digest_cache_path() if cache is None else cache
    known = _read_cache(cache)
    used: dict[str, str] = {}
    digest = hashlib.sha256()
    for path in result_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        data = path.read_bytes()
        if path.suffix == ".py":
            raw = hashlib.sha256(data).hexdigest()
            tree = known.get(raw) or hashlib.sha256(ast.dump(_without_docstrings(ast.parse(data))).encode()).hexdigest()
            used[raw] = tree
            data = tree.encode()
        digest.update(data + b"\0")
    if used != known:
        _write_cache(cache, used)
    return digest.hexdigest()


def digest_cache_path() -> Path:
    """Where module tree digests are kept: $XDG_CACHE_HOME (or ~/.cache)/evidence-check/."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "evidence-check" / "code-digests.json"


def _read_cache(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return (
        {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)} if isinstance(data, dict) else {}
    )


def _write_cache(path: Path, entries: dict[str, str]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, suffix=".tmp", encoding="utf-8") as fh:
            json.dump(entries, fh)
        os.replace(fh.name, path)  # whole or not at all: two processes may write at once
    except OSError:
        pass


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """``PIPELINE_VERSION`` and the first 12 hex digits of the code digest, e.g. ``7+2f8afe020a99``."""
    return f"{PIPELINE_VERSION}+{code_digest()[:12]}"
