"""Running headers and footers: text repeated at the top or bottom of the pages.

A block near the top (or bottom) edge of a page is a header (footer) when the
same text, digits aside, sits in that band on at least half of the pages (and
on two or more), or when it is a page number on its own ("- 2 -", "หน้า 3",
"3/10", "Page 3").  Where repetition cannot tell (a one-page document, a
first-page-only header), a block in the outer margin band set smaller than
the document's body text is running text too: Word and LibreOffice put
headers there, above the top margin, in a smaller size.  Only the few blocks nearest each edge are considered, so
a repeated body line in the middle of a page is never taken.  Blocks are kept,
only their `region` changes.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Block, Region

BAND = 0.12  # share of the page height at the top and at the bottom
EDGE_BLOCKS = 3  # blocks nearest each edge that may be running text
MIN_SHARE = 0.5  # share of pages a repeated text must appear on
MARGIN_BAND = 0.075  # share of the page height above/below the usual text margins
SMALLER = 1.0  # points: a margin block this much smaller than the body text is running text

_DIGITS = re.compile(r"[0-9๐-๙]+")
_SPACE = re.compile(r"\s+")
PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:(?:หน้า(?:ที่)?|page|p\.)\s*)?[0-9๐-๙]{1,4}"
    r"(?:\s*(?:/|จาก|of)\s*[0-9๐-๙]{1,4})?(?:\s*[-–—])?$",
    re.IGNORECASE,
)


def running_key(text: str) -> str:
    """Text with digits and spaces folded, so "หน้า 2" and "หน้า ๓" compare equal."""
    return _SPACE.sub("", _DIGITS.sub("#", text))


def mark_running(pages: list[tuple[float, list[Block]]]) -> None:
    """Set region "header"/"footer" on running blocks.  `pages`: (page height, body blocks) per page."""
    candidates: list[tuple[Region, str, Block]] = []  # (region, key, block)
    for height, blocks in pages:
        ordered = sorted((b for b in blocks if b.bbox), key=lambda b: _bbox(b)[1])
        for b in ordered[:EDGE_BLOCKS]:
            if _bbox(b)[3] <= BAND * height:
                candidates.append(("header", running_key(b.text), b))
        for b in ordered[-EDGE_BLOCKS:]:
            if _bbox(b)[1] >= (1 - BAND) * height and _bbox(b)[3] > BAND * height:
                candidates.append(("footer", running_key(b.text), b))
    pages_with = Counter({(region, key): 0 for region, key, _ in candidates})
    for region, key, _page in {(region, key, b.page) for region, key, b in candidates}:
        pages_with[(region, key)] += 1
    needed = max(2, MIN_SHARE * len(pages))
    body_size = _body_size(pages)
    heights = {id(b): height for height, blocks in pages for b in blocks}
    for region, key, b in candidates:
        if b.kind == "table":
            continue
        if (
            pages_with[(region, key)] >= needed
            or PAGE_NUMBER.match(b.text.strip())
            or _small_in_margin(b, region, heights[id(b)], body_size)
        ):
            b.region = region


def _body_size(pages: list[tuple[float, list[Block]]]) -> float | None:
    """The font size most of the document's text is set in."""
    weights: Counter = Counter()
    for _height, blocks in pages:
        for b in blocks:
            if b.font_size:
                weights[b.font_size] += len(b.text)
    return weights.most_common(1)[0][0] if weights else None


def _small_in_margin(b: Block, region: str, height: float, body_size: float | None) -> bool:
    if body_size is None or b.font_size is None or b.font_size > body_size - SMALLER:
        return False
    if region == "header":
        return _bbox(b)[3] <= MARGIN_BAND * height
    return _bbox(b)[1] >= (1 - MARGIN_BAND) * height


def _bbox(b: Block) -> tuple[float, float, float, float]:
    """The box of a block known to have one (only blocks with a bbox become candidates)."""
    assert b.bbox is not None
    return b.bbox
