"""OCR results cached by page content: a page already OCR'd is never OCR'd again.

A cache is anything with ``get(key) -> str | None`` and ``put(key, value)``
(`OcrCache`); values are `OcrResult`s as JSON (`result_to_json`,
`result_from_json`, exact round trip).  Two implementations live here:
`MemoryOcrCache` (one process) and `DirectoryOcrCache` (one JSON file per
key); the evidence store has its own (`pipeline.store.ocr_cache`), which the
CLI and the batch use.  Nothing is cached unless a caller installs a cache
for the reads it makes: ``with use_ocr_cache(cache): read_file(...)``.

The key (`ocr_cache_key`) is a SHA-256 over what decides the OCR result:

* the page's content (`extractors.ocr.pool.page_digest`: its content
  streams, resources, images, annotations and page boxes as stored in the
  PDF, or the rendered bitmap when those cannot be read),
* the OCR languages and resolution,
* the OCR code version (`ocr_code_version`): the source of the OCR modules
  (``extractors/ocr/engine.py`` and every extractors module it imports, plus the
  page renderer) and its data files (`OCR_DATA_FILES`), the Tesseract version, its language data files and the
  pdfium version.  Any change to them makes new keys, so a changed OCR never
  answers from an old result.

A failed OCR (`OcrResult.error`) is never cached.  A cache that fails (a
store that cannot be reached) is used no further for that read and the
pages are OCR'd as if it were empty.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import subprocess
import tempfile
import threading
import types
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, fields, is_dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:  # imported when needed: installing a cache must not load the OCR stack
    from .engine import OcrResult

# Bump when the JSON layout of a cached result changes in a way the source digest would not catch.
CACHE_FORMAT = "1"
_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # extractors/
# Modules whose source (and that of the extractors modules they import) decides an OCR result.
OCR_ROOT_MODULES = ("ocr/engine.py", "ocr/pool.py")
# Data files that decide an OCR result (the digit shapes of `extractors.ocr.digits`).
OCR_DATA_FILES = ("data/thai_digit_glyphs.npz",)


@runtime_checkable
class OcrCache(Protocol):
    """Where OCR results are kept: JSON text by key (a 64-hex-digit string)."""

    def get(self, key: str) -> str | None: ...

    def put(self, key: str, value: str) -> None: ...


class MemoryOcrCache:
    """A dict in this process (tests, one-off scripts).  Counts its hits and misses."""

    def __init__(self) -> None:
        self.entries: dict[str, str] = {}
        self.hits = 0
        self.misses = 0
        self._lock = threading.Lock()

    def get(self, key: str) -> str | None:
        with self._lock:
            value = self.entries.get(key)
            if value is None:
                self.misses += 1
            else:
                self.hits += 1
            return value

    def put(self, key: str, value: str) -> None:
        with self._lock:
            self.entries[key] = value


class DirectoryOcrCache:
    """One JSON file per key under a folder (``<folder>/<key[:2]>/<key>.json``), written atomically."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def _path(self, key: str) -> Path:
        if len(key) < 3 or not all(c in "0123456789abcdef" for c in key):
            raise ValueError(f"not an OCR cache key: {key!r}")
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> str | None:
        try:
            return self._path(key).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    def put(self, key: str, value: str) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(value)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


_current_cache: ContextVar[OcrCache | None] = ContextVar("evidence_ocr_cache", default=None)


@contextmanager
def use_ocr_cache(cache: OcrCache | None) -> Iterator[OcrCache | None]:
    """Reads inside the block (this thread or task) look up and store OCR results in `cache` (None: no cache)."""
    token = _current_cache.set(cache)
    try:
        yield cache
    finally:
        _current_cache.reset(token)


def current_ocr_cache() -> OcrCache | None:
    return _current_cache.get()


# --- keys -------------------------------------------------------------------


def ocr_cache_key(page_digest: str, languages: str, dpi: int, version: str | None = None) -> str:
    """The cache key of one page's OCR: page content, languages, resolution and OCR code version."""
    parts = {
        "format": CACHE_FORMAT,
        "page": page_digest,
        "languages": languages,
        "dpi": dpi,
        "version": ocr_code_version() if version is None else version,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def ocr_code_version() -> str:
    """A digest of everything besides the page that decides an OCR result (computed once per process)."""
    h = hashlib.sha256()
    for path in sorted(_ocr_source_files()):
        h.update(path.relative_to(_PACKAGE_DIR).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for name in OCR_DATA_FILES:
        h.update(name.encode() + b"\0" + (_PACKAGE_DIR / name).read_bytes() + b"\0")
    h.update(_engine_identity().encode("utf-8"))
    return h.hexdigest()[:32]


def _ocr_source_files() -> set[Path]:
    """The OCR modules and every extractors module they import (relative imports, at any depth)."""
    todo = [_PACKAGE_DIR / name for name in OCR_ROOT_MODULES]
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        package = path.parent
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not node.level:
                continue
            base = package
            for _ in range(node.level - 1):
                base = base.parent
            if node.module:
                target = base.joinpath(*node.module.split("."))
                todo += [target.with_suffix(".py"), target / "__init__.py"]
            else:  # from . import a, b
                todo += [base / f"{alias.name}.py" for alias in node.names]
    return {p for p in seen if _PACKAGE_DIR in p.parents}


def _engine_identity() -> str:
    """Tesseract's version, its language files (name, size, mtime) and pdfium's version."""
    parts = []
    try:
        from pytesseract import pytesseract as engine

        version = subprocess.run([engine.tesseract_cmd, "--version"], capture_output=True, text=True, timeout=30)
        parts.append((version.stdout or version.stderr).splitlines()[0] if (version.stdout or version.stderr) else "")
        langs = subprocess.run([engine.tesseract_cmd, "--list-langs"], capture_output=True, text=True, timeout=30)
        listing = langs.stdout or langs.stderr
        if '"' in listing:
            tessdata = Path(listing.split('"')[1])
            for f in sorted(tessdata.glob("*.traineddata")):
                st = f.stat()
                parts.append(f"{f.name}:{st.st_size}:{st.st_mtime_ns}")
    except (OSError, subprocess.SubprocessError, IndexError):
        parts.append("tesseract: unknown")
    try:
        import pypdfium2

        parts.append(f"pypdfium2 {pypdfium2.V_PYPDFIUM2} pdfium {pypdfium2.V_LIBPDFIUM}")
    except (ImportError, AttributeError):
        parts.append("pypdfium2: unknown")
    return "\n".join(parts)


# --- JSON -------------------------------------------------------------------


def result_to_json(result: OcrResult) -> str:
    """The result as compact JSON (every field; floats round-trip exactly)."""
    if result.error is not None:
        raise ValueError("a failed OCR result is not cached")
    return json.dumps(asdict(result), ensure_ascii=False, separators=(",", ":"))


def result_from_json(text: str) -> OcrResult:
    """The `OcrResult` that `result_to_json` wrote (equal to the original)."""
    from .engine import OcrResult

    return _build(OcrResult, json.loads(text))


def _build(tp, value):
    """`value` (decoded JSON) as type `tp`: dataclasses, lists, tuples, optionals and plain values."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(options[0], value) if len(options) == 1 else value
    if is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        known = {f.name for f in fields(tp) if f.init}
        return tp(**{name: _build(hints[name], v) for name, v in value.items() if name in known})
    if origin is list:
        (item,) = typing.get_args(tp) or (typing.Any,)
        return [_build(item, v) for v in value]
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_build(args[0], v) for v in value)
        return tuple(_build(a, v) for a, v in zip(args, value))
    if origin is dict:
        _, item = typing.get_args(tp)
        return {k: _build(item, v) for k, v in value.items()}
    if tp is float and isinstance(value, int):
        return float(value)
    return value


# --- page content digests --------------------------------------------------

# Page dictionary keys that never change how the page renders and only lead elsewhere
# (up the page tree, to other pages, to actions, thumbnails, application data).
_SKIP_KEYS = frozenset({"Parent", "P", "B", "Thumb", "PieceInfo", "Dest", "A", "AA", "StructParents", "StructParent"})
# How a stream is stored, not what it holds (left out when a stream is hashed by its decoded bytes).
_ENCODING_KEYS = frozenset({"Filter", "DecodeParms", "Length", "DL", "F", "FFilter", "FDecodeParms"})


def page_digests(path: str | Path, page_indexes: list[int], expected_pages: int | None = None) -> dict[int, str | None]:
    """A digest of each page's content as stored in the PDF (0-based indexes); None where it cannot be read.

    What is hashed: the page dictionary with its inherited resources and boxes
    (content streams, fonts, images, form XObjects, annotations and their
    appearance streams, at any depth, raw stream bytes included) and the
    document's optional-content defaults.  Two pages with equal digests render
    alike.  Reading the objects costs milliseconds where rendering a page at
    300 dpi costs ~0.1 s; a page whose objects cannot be read gets None (the
    caller falls back to hashing its rendered image).  `expected_pages`: the
    page count the renderer sees; when pdfminer counts otherwise (a broken page
    tree), its page i may not be the renderer's, and every page gets None.
    """
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    out: dict[int, str | None] = {i: None for i in page_indexes}
    try:
        with open(path, "rb") as f:
            doc = PDFDocument(PDFParser(f))
            pages = list(PDFPage.create_pages(doc))
            if expected_pages is not None and len(pages) != expected_pages:
                return out
            digester = _Digester()
            extra = doc.catalog.get("OCProperties")
            for i in page_indexes:
                if 0 <= i < len(pages):
                    try:
                        out[i] = digester.page(pages[i].attrs, extra)
                    except (RecursionError, Exception):  # noqa: BLE001 - this page falls back to its rendering
                        out[i] = None
    except Exception:  # noqa: BLE001 - an unreadable file: every page falls back to its rendering
        return {i: None for i in page_indexes}
    return out


def render_digest(image_bytes: bytes, width: int, height: int, mode: str) -> str:
    """Digest of a rendered page image (the fallback when the page's objects cannot be read)."""
    h = hashlib.sha256(f"render:{width}x{height}:{mode}\0".encode())
    h.update(image_bytes)
    return "render:" + h.hexdigest()


class _Digester:
    """Canonical serialisation of a page's object graph into SHA-256; raw stream digests shared across pages."""

    def __init__(self) -> None:
        self._streams: dict[tuple[int, bool], bytes] = {}

    def page(self, attrs: dict, extra: object = None) -> str:
        h = hashlib.sha256(b"pdf-page\0")
        seen: dict[int, int] = {}
        self._feed(h, attrs, seen)
        h.update(b"\0ocprops\0")
        self._feed(h, extra, seen)
        return "content:" + h.hexdigest()

    def _feed(self, h, obj, seen: dict[int, int]) -> None:
        from pdfminer.pdftypes import PDFObjRef, PDFStream
        from pdfminer.psparser import PSKeyword, PSLiteral

        if isinstance(obj, PDFObjRef):
            if obj.objid in seen:
                h.update(b"@%d;" % seen[obj.objid])
                return
            seen[obj.objid] = len(seen)
            h.update(b"R")
            self._feed(h, obj.resolve(), seen)
        elif isinstance(obj, PDFStream):
            image = _name(obj.attrs.get("Subtype")) == "Image"
            data = self._stream_bytes(obj, decoded=not image)
            h.update(b"S")
            # An image is hashed as stored (with its filters: a scan's JPEG is kept as is by PDF tools);
            # any other stream (content, form, font) by its decoded bytes, so re-compressing it does not matter.
            attrs = (
                obj.attrs
                if image or data[:1] == b"r"
                else {k: v for k, v in obj.attrs.items() if _name(k) not in _ENCODING_KEYS}
            )
            self._feed(h, attrs, seen)
            h.update(data)
        elif isinstance(obj, dict):
            h.update(b"{")
            for key in sorted(obj, key=str):
                name = key.name if isinstance(key, PSLiteral) else key
                if name in _SKIP_KEYS:
                    continue
                h.update(b"k" + str(name).encode("utf-8", "surrogatepass") + b"\0")
                self._feed(h, obj[key], seen)
            h.update(b"}")
        elif isinstance(obj, (list, tuple)):
            h.update(b"[")
            for item in obj:
                self._feed(h, item, seen)
            h.update(b"]")
        elif isinstance(obj, PSLiteral):
            h.update(b"/" + str(obj.name).encode("utf-8", "surrogatepass") + b"\0")
        elif isinstance(obj, PSKeyword):
            h.update(b"K" + (obj.name if isinstance(obj.name, bytes) else str(obj.name).encode()) + b"\0")
        elif isinstance(obj, bytes):
            h.update(b"s%d:" % len(obj) + obj)
        elif isinstance(obj, bool):
            h.update(b"T" if obj else b"F")
        elif isinstance(obj, (int, float)):
            h.update(b"n" + repr(obj).encode() + b";")
        elif obj is None:
            h.update(b"N")
        else:
            h.update(b"?" + type(obj).__name__.encode() + b":" + repr(obj).encode("utf-8", "surrogatepass"))

    def _stream_bytes(self, stream, *, decoded: bool) -> bytes:
        """b"r" + digest of the stored bytes, or b"d" + digest of the decoded bytes (b"r" if they cannot be decoded)."""
        key = (stream.objid, decoded)
        if stream.objid is not None and key in self._streams:
            return self._streams[key]
        digest = None
        if decoded:
            try:
                digest = b"d" + hashlib.sha256(stream.get_data()).digest()
            except Exception:  # noqa: BLE001 - an undecodable stream is hashed as stored
                digest = None
        if digest is None:
            raw = stream.rawdata if stream.rawdata is not None else stream.data or b""
            digest = b"r" + hashlib.sha256(raw).digest()
        if stream.objid is not None:
            self._streams[key] = digest
        return digest


def _name(value) -> str | None:
    from pdfminer.psparser import PSLiteral

    if isinstance(value, PSLiteral):
        return str(value.name)
    return value if isinstance(value, str) else None
