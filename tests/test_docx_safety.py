"""Hostile and broken .docx files are refused before any XML parser runs.

The bombs are built in tmp_path for each run (never committed): a real
300 MB member of zeros, a member compressed over 1000:1, billion-laughs and
external-entity DTDs, a truncated file.
"""

from __future__ import annotations

import shutil
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from extractors import read_file
from extractors.errors import ExtractionError
from extractors.settings import DEFAULT_SETTINGS
from extractors.word.reader import read
from extractors.word.safety import prolog_verdict

GOOD = Path(__file__).resolve().parents[1] / "samples" / "cases" / "docx" / "interleaved_body.docx"
MB = 1024 * 1024

BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE w:document [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- a comment first does not hide the DTD -->
<!DOCTYPE w:styles [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&xxe;</w:styles>"""


def copy_with_members(tmp_path: Path, replace: dict[str, bytes] | None = None, add=None) -> Path:
    """A copy of a good .docx with some members replaced; `add(zf)` may append more."""
    out = tmp_path / "case.docx"
    replace = replace or {}
    with zipfile.ZipFile(GOOD) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
        if add is not None:
            add(dst)
    return out


def add_zeros(name: str, size_mb: int, level: int):
    """Stream `size_mb` MB of zeros into a new member (never held in memory at once)."""

    def add(zf: zipfile.ZipFile) -> None:
        chunk = bytes(MB)
        zf.compresslevel = level  # 1 is fast (about 230:1 on zeros); 6 reaches about 1000:1
        with zf.open(name, "w", force_zip64=True) as fh:
            for _ in range(size_mb):
                fh.write(chunk)

    return add


def refusal(path: Path) -> ExtractionError:
    with pytest.raises(ExtractionError) as info:
        read(path, DEFAULT_SETTINGS)
    return info.value


def error_code(path: Path) -> str:
    return refusal(path).code


def test_the_untouched_copy_reads(tmp_path):
    doc = read(copy_with_members(tmp_path), DEFAULT_SETTINGS)
    assert doc.ok and doc.blocks


def test_zip_bomb_by_total_size_is_refused_without_expanding(tmp_path):
    path = copy_with_members(tmp_path, add=add_zeros("word/media/padding.bin", 300, level=1))
    assert path.stat().st_size < 5 * MB  # 300 MB inside a small file
    tracemalloc.start()
    try:
        error = refusal(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.code == "zip_bomb" and "more than 200 MB" in error.notice.message_en
    assert peak < 20 * MB


def test_zip_bomb_by_compression_ratio_is_refused(tmp_path):
    # 20 MB is under the size limit, but compresses about 1000:1.
    path = copy_with_members(tmp_path, add=add_zeros("word/media/image1.bin", 20, level=6))
    error = refusal(path)
    assert error.code == "zip_bomb" and "image1.bin compresses" in error.notice.message_en


def test_small_compressible_member_is_not_a_bomb(tmp_path):
    # 512 KB of zeros compresses far beyond 200:1, but so small a member is harmless.
    path = copy_with_members(tmp_path, add=lambda zf: zf.writestr("word/media/blank.bin", bytes(512 * 1024)))
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("word/media/blank.bin")
    assert info.file_size / info.compress_size > DEFAULT_SETTINGS.max_docx_compression_ratio
    assert read(path, DEFAULT_SETTINGS).ok


def test_limits_come_from_settings(tmp_path):
    path = copy_with_members(tmp_path)
    strict = DEFAULT_SETTINGS.__class__(max_docx_uncompressed_bytes=10_000)
    with pytest.raises(ExtractionError) as info:
        read(path, strict)
    assert info.value.code == "zip_bomb"


def test_billion_laughs_is_refused(tmp_path):
    path = copy_with_members(tmp_path, replace={"word/document.xml": BILLION_LAUGHS})
    assert error_code(path) == "unsafe_xml"
    doc = read_file(path)
    assert not doc.ok and doc.error.code == "unsafe_xml" and doc.blocks == []


def test_external_entity_in_any_part_is_refused(tmp_path):
    path = copy_with_members(tmp_path, replace={"word/styles.xml": EXTERNAL_ENTITY})
    assert error_code(path) == "unsafe_xml"


def test_doctype_in_a_relationships_part_is_refused(tmp_path):
    rels = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]><Relationships xmlns="x"/>'
    path = copy_with_members(tmp_path, replace={"_rels/.rels": rels})
    assert error_code(path) == "unsafe_xml"


def test_truncated_docx_is_corrupt(tmp_path):
    data = GOOD.read_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(data[: len(data) * 2 // 3])
    assert error_code(path) == "corrupt_docx"
    doc = read_file(path)
    assert doc.error is not None and doc.error.code == "corrupt_docx"


def test_package_without_main_part_is_corrupt(tmp_path):
    path = tmp_path / "no-main.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
    assert error_code(path) == "corrupt_docx"


def test_malformed_document_xml_is_corrupt(tmp_path):
    path = copy_with_members(tmp_path, replace={"word/document.xml": b"<?xml version='1.0'?><w:document><w:body>"})
    assert error_code(path) == "corrupt_docx"


def test_damaged_member_data_is_corrupt(tmp_path):
    path = tmp_path / "damaged.docx"
    shutil.copyfile(GOOD, path)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 10, start + 60):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    assert error_code(path) == "corrupt_docx"


@pytest.mark.parametrize(
    ("prolog", "verdict"),
    [
        ('<?xml version="1.0"?>\n<w:document>', "safe"),
        ("\ufeff<root/>", "safe"),
        ('<?xml version="1.0"?><!-- note --><!DOCTYPE x>', "unsafe"),
        ("<!ENTITY a 'b'>", "unsafe"),
        ('<?xml version="1.0"?><!-- not closed yet', "more"),
        ("<", "more"),
    ],
)
def test_prolog_verdicts(prolog, verdict):
    assert prolog_verdict(prolog) == verdict
