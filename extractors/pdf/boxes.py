"""Framed text boxes set side by side, read box by box.

A memo's "กำหนดการประชุม" box next to its "ระเบียบวาระการประชุม" box, or two
boxes of a form on one row, are drawn as frames (stroked rectangles, as
paths or rects) around their text.  Read line by line across the page, the
lines of the two boxes interleave (`วันพุธที่ ๙ ตุลาคม ๒๕๖๗ ๑. ทบทวนผล...`).
The frames are the file's evidence of what belongs together:

- a *frame* is a rectangle (a rect, or a closed path whose box it is) at
  least `MIN_SIDE` points on each side, holding text glyphs and no other
  frame;
- frames are read as boxes only when at least two of them stand side by
  side: their vertical extents overlap by more than half of the shorter
  one and they do not overlap across;
- each box's glyphs become lines of their own; the boxes of one row are
  placed, left to right, before the first line of the page below their top.

Ruled tables are found before (`pdf_tables`) and keep their glyphs: a
table's cells are not frames here.  Centred signature columns without frames
are `pdf_lines.read_side_by_side`'s.
"""

from __future__ import annotations

from .glyphs import Glyph
from .lines import Line, glyphs_to_lines

MIN_SIDE = 20.0  # points: smaller rectangles are check boxes, underlines or ornaments
EDGE_SLACK = 1.0  # points: a glyph may touch its frame

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


def frames(graphics: list[dict]) -> list[Box]:
    """Rectangles drawn on the page (rects, and paths whose points lie on their box's edges)."""
    out: list[Box] = []
    for g in graphics:
        box = (g["x0"], g["top"], g["x1"], g["bottom"])
        if box[2] - box[0] < MIN_SIDE or box[3] - box[1] < MIN_SIDE:
            continue
        if g.get("object_type") == "rect" or (g.get("object_type") == "curve" and _rectangular(g, box)):
            out.append(box)
    return out


def _rectangular(curve: dict, box: Box) -> bool:
    """Every point on the box's edges and at least three of its corners among them (a circle's
    points lie on its box's edges too, but at none of the corners)."""
    points = curve.get("pts") or []  # (x, top) pairs
    x0, top, x1, bottom = box
    tol = 0.5

    def near(a: float, b: float) -> bool:
        return abs(a - b) <= tol

    if not points or not all(near(x, x0) or near(x, x1) or near(y, top) or near(y, bottom) for x, y in points):
        return False
    corners = {(cx, cy) for x, y in points for cx in (x0, x1) for cy in (top, bottom) if near(x, cx) and near(y, cy)}
    return len(corners) >= 3


def _inside(g: Glyph, box: Box) -> bool:
    x0, top, x1, bottom = box
    cx, cy = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
    return x0 - EDGE_SLACK <= cx <= x1 + EDGE_SLACK and top - EDGE_SLACK <= cy <= bottom + EDGE_SLACK


def _side_by_side(a: Box, b: Box) -> bool:
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    shorter = min(a[3] - a[1], b[3] - b[1])
    apart = a[2] <= b[0] + EDGE_SLACK or b[2] <= a[0] + EDGE_SLACK
    return apart and overlap > 0.5 * shorter


def take_boxes(glyphs: list[Glyph], graphics: list[dict]) -> tuple[list[Glyph], list[tuple[Box, list[Glyph]]]]:
    """Split the page body's glyphs: those outside side-by-side frames, and each such frame's own."""
    found = frames(graphics)
    holding = []
    for box in found:
        inner = [o for o in found if o is not box and _contains(box, o)]
        if inner:
            continue
        mine = [g for g in glyphs if _inside(g, box) and not g.rotation]
        if any(g.text.strip() for g in mine):
            holding.append(box)
    paired = [b for b in holding if any(o is not b and _side_by_side(b, o) for o in holding)]
    if not paired:
        return glyphs, []
    boxed: list[tuple[Box, list[Glyph]]] = [(b, []) for b in sorted(paired, key=lambda b: (b[1], b[0]))]
    rest = []
    for g in glyphs:
        for box, mine in boxed:
            if not g.rotation and _inside(g, box):
                mine.append(g)
                break
        else:
            rest.append(g)
    return rest, boxed


def _contains(outer: Box, inner: Box) -> bool:
    return outer[0] <= inner[0] and outer[1] <= inner[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


def place_boxes(lines: list[Line], boxed: list[tuple[Box, list[Glyph]]]) -> list[Line]:
    """The page's lines with each row of boxes read box by box, left to right, where the row starts."""
    rows: list[list[tuple[Box, list[Glyph]]]] = []
    for item in boxed:
        if rows and any(_side_by_side(item[0], other[0]) for other in rows[-1]):
            rows[-1].append(item)
        else:
            rows.append([item])
    out = list(lines)
    for row in sorted(rows, key=lambda r: min(b[1] for b, _ in r)):
        top = min(b[1] for b, _ in row)
        row_lines = [line for _, gs in sorted(row, key=lambda item: item[0][0]) for line in glyphs_to_lines(gs)]
        at = next((i for i, line in enumerate(out) if line.baseline > top), len(out))
        out[at:at] = row_lines
    return out
