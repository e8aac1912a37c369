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


def code_digest(root: Path = ROOT) -> str:
    """sha256 over the result files: Python as its syntax tree without docstrings, data as bytes."""
    digest = hashlib.sha256()
    for path in result_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        data = path.read_bytes()
        if path.suffix == ".py":
            data = ast.dump(_without_docstrings(ast.parse(data))).encode()
        digest.update(data + b"\0")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """``PIPELINE_VERSION`` and the first 12 hex digits of the code digest, e.g. ``7+2f8afe020a99``."""
    return f"{PIPELINE_VERSION}+{code_digest()[:12]}"
