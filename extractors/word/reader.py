"""The .docx backend: `read(path, settings) -> Document`.

1. `docx_safety.check_package` vets the zip (bombs, DTDs, broken packages)
   before any XML is parsed.
2. `docx_package.DocxPackage` resolves relationships and parses only the parts
   reading needs (main part, styles, numbering, headers, footers, app.xml).
3. `docx_body.StoryWalker` walks each story with lxml: headers of every
   section first (each part once), then the body, then the footers.

A .docx has no fixed pages: blocks have page=None, `Document.pages` is empty
and `page_count` is Word's own count from docProps/app.xml when present.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import ExtractionError
from ..model import Block, Document, Region
from ..settings import ReadSettings
from ..thai.normalise import normalise
from .body import StoryWalker
from .numbering import Numbering
from .ooxml import BODY, FOOTER_REF, HEADER_REF, R_ID, SECT_PR
from .package import EXTENDED_PROPERTIES, NUMBERING, STYLES, DocxPackage
from .safety import check_package
from .styles import StyleSheet

_PAGES = re.compile(rb"<(?:\w+:)?Pages>\s*(\d+)\s*</(?:\w+:)?Pages>")
_WORDS = re.compile(rb"<(?:\w+:)?Words>\s*(\d+)\s*</(?:\w+:)?Words>")


def read(path: Path, settings: ReadSettings) -> Document:
    """Read a .docx into a Document; raises ExtractionError for files that cannot be read."""
    path = Path(path)
    check_package(path, settings)
    with DocxPackage(path) as package:
        main = package.main_part
        root = package.element(main)
        body = root.find(BODY) if root is not None else None
        if body is None:
            raise ExtractionError("corrupt_docx", f"{main} has no w:body")
        styles_part = package.related(main, STYLES)
        styles = StyleSheet.from_xml(package.blob(styles_part) if styles_part else None)
        numbering = Numbering(_related_element(package, main, NUMBERING), styles.numbering_style_num_id)
        source = str(path)

        def walk(element, region: Region) -> list[Block]:
            return StoryWalker(source, region, styles, numbering, normalise).blocks(element)

        headers, footers = header_footer_parts(package, main, body)
        blocks = distinct_stories([walk(package.element(part), "header") for part in headers])
        blocks.extend(walk(body, "body"))
        blocks.extend(distinct_stories([walk(package.element(part), "footer") for part in footers]))
        pages = page_count(package.blob(package.related("", EXTENDED_PROPERTIES) or "docProps/app.xml"))
    return Document(path=source, format="docx", blocks=blocks, pages=[], page_count=pages)


def _related_element(package: DocxPackage, part: str, kind: str):
    name = package.related(part, kind)
    return package.element(name) if name else None


def header_footer_parts(package: DocxPackage, main: str, body) -> tuple[list[str], list[str]]:
    """Header and footer parts of every section (default, first, even), each once, in order."""
    rels = package.relationships(main)
    headers: list[str] = []
    footers: list[str] = []
    seen: set[str] = set()
    for sect_pr in body.iter(SECT_PR):
        for ref in sect_pr:
            if ref.tag not in (HEADER_REF, FOOTER_REF):
                continue
            kind, name = rels.get(ref.get(R_ID) or "", (None, None))
            if name is None or name in seen or package.element(name) is None:
                continue
            seen.add(name)
            (headers if ref.tag == HEADER_REF else footers).append(name)
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


def page_count(app_xml: bytes | None) -> int | None:
    """<Pages> from docProps/app.xml (what Word counted when it last saved), else None.

    Only trusted when the same file also counted its words: python-docx's template
    and LibreOffice's headless saves carry a stale "<Pages>1</Pages>" with
    "<Words>0</Words>", which would report a 7-page form as 1 page.
    """
    if not app_xml:
        return None
    pages, words = _PAGES.search(app_xml), _WORDS.search(app_xml)
    if not pages or not words or int(words.group(1)) == 0:
        return None
    return int(pages.group(1))
