"""Check a .docx zip before any XML parser sees it.

Three dangers, each a stable error code:

* zip bombs (`zip_bomb`): the declared uncompressed sizes add up past
  `max_docx_uncompressed_bytes`, or one large member expands more than
  `max_docx_compression_ratio` times.  Declared sizes are enough: Python's
  `zipfile` never yields more bytes than a member declares (and fails its CRC
  check when the data disagree), so a member cannot lie its way past this.
* DTDs (`unsafe_xml`): a DOCTYPE or ENTITY declaration enables billion-laughs
  expansion and external entities.  A DOCTYPE can only stand in the prolog,
  before the root element, so only the prolog of each XML member is streamed
  and scanned; the scan stops at the root element's `<`.
* broken packages (`corrupt_docx`): not a zip, truncated, no word/document.xml.

Only headers and the first few kilobytes of each member are read.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from ..errors import ExtractionError
from ..settings import ReadSettings

MAIN_PART = "word/document.xml"
# A member smaller than this cannot hurt, however well it compresses
# (tiny repetitive parts reach ratios above 200 in ordinary files).
RATIO_CHECK_MIN_BYTES = 1024 * 1024
# The longest prolog (XML declaration, comments, processing instructions)
# accepted before the root element; Word writes well under 100 bytes.
MAX_PROLOG_BYTES = 64 * 1024
_CHUNK = 4096
# What reading a damaged member can raise (bad deflate data, short file,
# unknown compression method).
# zipfile.BadZipFile: a member whose CRC-32 does not match its data.
ZIP_READ_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError)


def check_package(path: Path, settings: ReadSettings) -> None:
    """Raise ExtractionError when the file must not be parsed; return when it is safe."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            check_sizes(infos, settings)
            names = {info.filename for info in infos}
            if MAIN_PART not in names:
                raise ExtractionError("corrupt_docx", f"no {MAIN_PART} in the package")
            for info in infos:
                if not info.is_dir():
                    check_member_prolog(zf, info)
    except zipfile.BadZipFile as exc:
        raise ExtractionError("corrupt_docx", f"bad zip: {exc}") from None
    except ZIP_READ_ERRORS as exc:
        raise ExtractionError("corrupt_docx", f"{type(exc).__name__}: {exc}") from None


def check_sizes(infos: list[zipfile.ZipInfo], settings: ReadSettings) -> None:
    """Reject a package whose declared sizes say it expands abnormally."""
    total = 0
    for info in infos:
        total += info.file_size
        if total > settings.max_docx_uncompressed_bytes:
            raise ExtractionError(
                "zip_bomb",
                f"expands to more than {settings.max_docx_uncompressed_bytes // (1024 * 1024)} MB",
            )
        if info.filename.endswith((".xml", ".rels")) and info.file_size > settings.max_docx_xml_bytes:
            mb = 1024 * 1024
            raise ExtractionError(
                "too_large", f"{info.filename} {info.file_size / mb:.0f} MB > {settings.max_docx_xml_bytes / mb:.0f} MB"
            )
        if info.file_size >= RATIO_CHECK_MIN_BYTES:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > settings.max_docx_compression_ratio:
                raise ExtractionError("zip_bomb", f"{info.filename} compresses {ratio:.0f}:1")


def check_member_prolog(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Raise unsafe_xml when an XML member declares a DTD or entities before its root."""
    with zf.open(info) as fh:
        head = fh.read(_CHUNK)
        if not looks_like_xml(head):
            return
        while True:
            verdict = prolog_verdict(prolog_text(head))
            if verdict == "unsafe":
                raise ExtractionError("unsafe_xml")
            if verdict == "safe":
                return
            if len(head) >= MAX_PROLOG_BYTES:
                raise ExtractionError("unsafe_xml")
            more = fh.read(_CHUNK)
            if not more:
                return  # no root element at all: the parser will call it corrupt
            head += more


def looks_like_xml(head: bytes) -> bool:
    """True for bytes that start like an XML document (any common encoding)."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<"):
        return True
    return head[:2] in (b"\xff\xfe", b"\xfe\xff") or head[:2] in (b"<\x00", b"\x00<")


def prolog_text(head: bytes) -> str:
    """Decode the start of an XML member well enough to read its markup."""
    if head[:2] in (b"\xff\xfe", b"<\x00"):
        return head.decode("utf-16-le", errors="replace")
    if head[:2] in (b"\xfe\xff", b"\x00<"):
        return head.decode("utf-16-be", errors="replace")
    return head.decode("utf-8", errors="replace")


def prolog_verdict(text: str) -> str:
    """'unsafe' (DTD found), 'safe' (root element reached) or 'more' (need more bytes)."""
    pos = 0
    text = text.lstrip("\ufeff")
    while True:
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        if pos >= len(text):
            return "more"
        if text.startswith("<?", pos):
            end, close = text.find("?>", pos + 2), 2
        elif text.startswith("<!--", pos):
            end, close = text.find("-->", pos + 4), 3
        elif text.startswith("<!", pos):
            return "unsafe"  # <!DOCTYPE, <!ENTITY, or a bare declaration
        elif text.startswith("<", pos):
            # "<" alone at the end may still become "<!": wait for the next byte.
            return "safe" if pos + 1 < len(text) else "more"
        else:
            return "safe"  # not markup: the parser will reject it, no DTD possible here
        if end < 0:
            return "more"
        pos = end + close
