"""The .docx backend: `read(path, settings) -> Document`.

1. `docx_safety.check_package` vets the zip (bombs, DTDs, broken packages)
   before any XML is parsed.
2. python-docx opens the package: parts, relationships, styles, numbering.
3. `docx_body.StoryWalker` walks each story with lxml: headers of every
   section first (each part once), then the body, then the footers.

A .docx has no fixed pages: blocks have page=None, `Document.pages` is empty
and `page_count` is Word's own count from docProps/app.xml when present.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.package import Package
from lxml import etree

from .docx_body import StoryWalker
from .docx_numbering import Numbering
from .docx_safety import ZIP_READ_ERRORS, check_package
from .docx_styles import StyleSheet
from .docx_xml import BODY, FOOTER_REF, HEADER_REF, R_ID, SECT_PR
from .errors import ExtractionError
from .model import Block, Document, Region
from .settings import ReadSettings
from .thai_normalise import normalise

# For parts python-docx leaves as bytes (e.g. the main part of a .docm).
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_PAGES = re.compile(rb"<(?:\w+:)?Pages>\s*(\d+)\s*</(?:\w+:)?Pages>")
_WORDS = re.compile(rb"<(?:\w+:)?Words>\s*(\d+)\s*</(?:\w+:)?Words>")


def read(path: Path, settings: ReadSettings) -> Document:
    """Read a .docx into a Document; raises ExtractionError for files that cannot be read."""
    path = Path(path)
    check_package(path, settings)
    package = open_package(path)
    main = package.main_document_part
    root = part_to_element(main)
    body = root.find(BODY)
    if body is None:
        raise ExtractionError("corrupt_docx", "word/document.xml has no w:body")
    styles = StyleSheet(related_element(main, RT.STYLES))
    numbering = Numbering(related_element(main, RT.NUMBERING), styles.numbering_style_num_id)
    source = str(path)

    def walk(element, region: Region) -> list[Block]:
        return StoryWalker(source, region, styles, numbering, normalise).blocks(element)

    headers, footers = header_footer_parts(main, body)
    blocks = distinct_stories([walk(part_to_element(part), "header") for part in headers])
    blocks.extend(walk(body, "body"))
    blocks.extend(distinct_stories([walk(part_to_element(part), "footer") for part in footers]))
    return Document(path=source, format="docx", blocks=blocks, pages=[], page_count=page_count(package))


def open_package(path: Path) -> Package:
    """The OPC package, or corrupt_docx for anything python-docx cannot load."""
    try:
        package = Package.open(str(path))
        package.main_document_part  # noqa: B018 - raises KeyError when missing
        return package
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, *ZIP_READ_ERRORS) as exc:
        raise ExtractionError("corrupt_docx", f"{type(exc).__name__}: {exc}"[:200]) from None


def part_to_element(part):
    """The root element of an XML part (parsed safely when python-docx kept only bytes)."""
    element = getattr(part, "element", None)
    if element is not None:
        return element
    try:
        return etree.fromstring(part.blob, _SAFE_PARSER)
    except etree.XMLSyntaxError as exc:
        raise ExtractionError("corrupt_docx", f"{part.partname}: {exc}"[:200]) from None


def related_element(part, reltype: str):
    """Root element of the part related to `part` by reltype, or None."""
    try:
        return part_to_element(part.part_related_by(reltype))
    except KeyError:
        return None


def header_footer_parts(main, body) -> tuple[list, list]:
    """Header and footer parts of every section (default, first, even), each once, in order."""
    headers: list = []
    footers: list = []
    seen: set[str] = set()
    for sect_pr in body.iter(SECT_PR):
        for ref in sect_pr:
            if ref.tag not in (HEADER_REF, FOOTER_REF):
                continue
            part = main.related_parts.get(ref.get(R_ID)) if ref.get(R_ID) else None
            if part is None or str(part.partname) in seen:
                continue
            seen.add(str(part.partname))
            (headers if ref.tag == HEADER_REF else footers).append(part)
    return headers, footers


def distinct_stories(stories: list[list[Block]]) -> list[Block]:
    """Header (or footer) stories joined, each distinct text once.

    Sections that share one part are already read once; this also drops the
    copies some writers (LibreOffice) save as separate parts with the same text.
    """
    out: list[Block] = []
    seen: set[tuple[str, ...]] = set()
    for blocks in stories:
        key = tuple(b.text for b in blocks)
        if key and key not in seen:
            seen.add(key)
            out.extend(blocks)
    return out


def page_count(package: Package) -> int | None:
    """<Pages> from docProps/app.xml (what Word counted when it last saved), else None.

    Only trusted when the same file also counted its words: python-docx's template
    and LibreOffice's headless saves carry a stale "<Pages>1</Pages>" with
    "<Words>0</Words>", which would report a 7-page form as 1 page.
    """
    try:
        blob = package.part_related_by(RT.EXTENDED_PROPERTIES).blob
    except KeyError:
        return None
    pages, words = _PAGES.search(blob), _WORDS.search(blob)
    if not pages or not words or int(words.group(1)) == 0:
        return None
    return int(pages.group(1))
