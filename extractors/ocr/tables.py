"""Ruled tables in a page image: the grid of cells, found from the rule lines.

A scanned form table read by Tesseract's page layout comes out line by line
straight across the page, mixing the wrapped lines of neighbouring cells.
Knowing the cells lets each be read on its own (see `extractors.ocr.engine`).

Written by hand on numpy because no installed library does this: OpenCV is
not installed, and pdfplumber's table finder works on a PDF's vector edges,
not on pixels.  The steps:

1. binarise against the page's paper tone (grey cell shading stays paper);
2. estimate the skew from the long horizontal dark runs (rule pieces) and,
   when the page is turned by more than `MIN_SKEW`, work on a deskewed copy;
3. horizontal rules: pixels in a horizontal dark run at least `H_RULE_INCHES`
   long (after closing gaps of noise), grouped into thin bands of rows;
4. vertical rules: columns that are ink all the way from one level of
   horizontal rules to the next (`V_FULL`), strip by strip; text strokes
   never run from rule to rule, and searching the whole page for vertical
   runs instead would let every letter's stem in.
5. rules that touch form a table; their positions are the grid lines, and a
   grid line missing between two neighbouring grid cells (no rule along most
   of their shared side) makes them one merged cell.

A 1x1 grid is a frame around text, not a table, and is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

import numpy as np

if TYPE_CHECKING:
    from PIL.Image import Image

DARK_SHARE = 0.62  # darker than this share of the paper tone is ink (shading at ~0.87 stays paper)
H_RULE_INCHES = 0.5  # a horizontal rule piece is at least this long
GAP_INCHES = 0.012  # gaps this short in a rule (specks, blur) are closed
MAX_RULE_INCHES = 0.05  # a band of rows (or columns) thicker than this is not a rule
V_FULL = 0.95  # a vertical rule is ink along this share of the strip between two horizontal rules
REACH_INCHES = 0.03  # a rule ends this close to the rule it meets
COVERED = 0.6  # a cell side is ruled when rules run along this share of it
MAX_SKEW = 1.5  # degrees tried when estimating skew
SKEW_STEP = 0.05
MIN_SKEW = 0.08  # degrees: a page turned less than this is read as it is


@dataclass
class Rule:
    """One rule piece: horizontal (at y, from start to end in x) or vertical (at x, start..end in y)."""

    pos: float
    start: int
    end: int
    thickness: int


@dataclass
class TableCell:
    row: int
    col: int
    row_span: int
    col_span: int
    bbox: tuple[int, int, int, int]  # x0, top, x1, bottom: the rule centres around the cell


@dataclass
class TableGrid:
    bbox: tuple[int, int, int, int]  # x0, top, x1, bottom of the outer rules
    rows: int
    cols: int
    cells: list[TableCell] = field(default_factory=list)  # reading order: row by row, left to right
    rule_width: int = 3  # thickest rule seen, pixels
    h_rules: list[Rule] = field(default_factory=list, repr=False)
    v_rules: list[Rule] = field(default_factory=list, repr=False)

    @property
    def merged(self) -> list[TableCell]:
        return [c for c in self.cells if c.row_span > 1 or c.col_span > 1]


@dataclass
class PageTables:
    """What `find_tables` found: the image the grids are in (deskewed or not) and the grids."""

    image: Image
    angle: float  # degrees the page was turned back by (0.0: the original image)
    tables: list[TableGrid]
    ink: np.ndarray  # rule pixels of the tables, in `image` (True = rule)


def binarise(gray: np.ndarray) -> np.ndarray:
    """True where the pixel is ink: darker than `DARK_SHARE` of the paper tone."""
    return gray < DARK_SHARE * max(paper_tone(gray), 1)


def paper_tone(gray: np.ndarray) -> int:
    """The page's paper grey: the 75th percentile of its pixels (most of a page is paper)."""
    from PIL import Image as PILImage

    # Pillow's histogram counts a page's grey levels in 5 ms; numpy's bincount widens every pixel first (40 ms).
    counts = np.cumsum(PILImage.fromarray(np.ascontiguousarray(gray, dtype=np.uint8)).histogram())
    return int(np.searchsorted(counts, 0.75 * counts[-1]))


def _row_runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray, tuple[int, int]]:
    """True runs along each row, as [start, end) indices into the row-padded flat array."""
    h, w = mask.shape
    padded = np.zeros((h, w + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    d = np.diff(padded.ravel())
    return np.flatnonzero(d == 1) + 1, np.flatnonzero(d == -1) + 1, (h, w + 2)


def _paint_runs(starts: np.ndarray, ends: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """A mask True on the runs [start, end): +1 at each start, -1 at each end, summed along.

    The runs never overlap (each is one row's, bounded by padding), so the sum
    is 0 or 1 and fits int8: a 300 dpi page is summed in 0.03 s, against 0.4 s
    in int32 (memory traffic).
    """
    delta = np.zeros(shape[0] * shape[1] + 1, dtype=np.int8)
    delta[starts] += 1
    delta[ends] -= 1
    return (np.cumsum(delta[:-1], dtype=np.int8) > 0).reshape(shape)[:, 1:-1]


def long_runs(mask: np.ndarray, length: int, axis: int = 1) -> np.ndarray:
    """True on pixels that lie in an unbroken True run at least `length` long along `axis`."""
    if axis == 0:
        return long_runs(np.ascontiguousarray(mask.T), length, 1).T
    starts, ends, shape = _row_runs(mask)
    keep = ends - starts >= length
    return _paint_runs(starts[keep], ends[keep], shape)


def close_gaps(mask: np.ndarray, size: int, axis: int = 1) -> np.ndarray:
    """Fills gaps shorter than `size` along `axis` (a 1-D closing)."""
    return ~long_runs(~mask, size, axis)


def estimate_skew(ink: np.ndarray, dpi: int) -> float:
    """Degrees the page's horizontal rules rise to the right (0.0 when there are none)."""
    pieces = long_runs(ink, max(8, int(0.12 * dpi)), axis=1)
    ys, xs = np.nonzero(pieces)
    if len(ys) < dpi:  # less than about an inch of rule in all
        return 0.0
    ys, xs = ys[::3].astype(np.float64), xs[::3].astype(np.float64)

    def score(angle: float) -> float:
        shifted = ys + xs * np.tan(np.radians(angle))
        counts = np.bincount(np.round(shifted - shifted.min()).astype(np.int64))
        return float(np.dot(counts, counts))

    coarse = 5 * SKEW_STEP
    best = max(np.arange(-MAX_SKEW, MAX_SKEW + coarse / 2, coarse), key=score)
    return float(max(np.arange(best - coarse, best + coarse + SKEW_STEP / 2, SKEW_STEP), key=score))


def _bands(present: np.ndarray, max_gap: int = 1) -> list[tuple[int, int]]:
    """Runs of True indices (gaps up to `max_gap` bridged) as [start, end) pairs."""
    idx = np.flatnonzero(present)
    if not len(idx):
        return []
    breaks = np.flatnonzero(np.diff(idx) > max_gap + 1)
    starts = np.concatenate([[idx[0]], idx[breaks + 1]])
    ends = np.concatenate([idx[breaks], [idx[-1]]]) + 1
    return list(zip(starts.tolist(), ends.tolist()))


def find_rules(runs: np.ndarray, axis: int, max_thick: int, gap: int, min_length: int) -> list[Rule]:
    """Rule pieces from a run mask: thin bands across `axis`, split where their coverage breaks.

    axis=1: horizontal rules (bands of rows); axis=0: vertical rules (bands of columns).
    """
    present = cast(np.ndarray, runs.any(axis=axis))  # per row (axis=1) or column (axis=0)
    rules = []
    for a, b in _bands(present):
        if b - a > max_thick:
            continue
        band = runs[a:b, :] if axis == 1 else runs[:, a:b]
        coverage = cast(np.ndarray, band.any(axis=1 - axis))  # an array: any() along an axis
        weights = band.sum(axis=axis)
        pos = float(np.average(np.arange(a, b), weights=weights)) if weights.sum() else (a + b - 1) / 2
        for start, end in _bands(coverage, max_gap=gap):
            if end - start >= min_length:
                rules.append(Rule(pos, start, end, b - a))
    return rules


def _cluster(values: list[float], tol: float) -> list[float]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(c) / len(c) for c in out]


def _covered(rules: list[Rule], pos: float, start: float, end: float, tol: float) -> bool:
    """Do rules at `pos` (within tol) run along most of [start, end]?"""
    length = 0.0
    for r in rules:
        if abs(r.pos - pos) <= tol:
            length += max(0.0, min(end, r.end) - max(start, r.start))
    return length >= COVERED * (end - start)


def build_grids(h_rules: list[Rule], v_rules: list[Rule], reach: int) -> list[TableGrid]:
    """Rules that meet, grouped into tables; each table's grid cells, merged where a rule is missing."""

    # Vertical pieces must reach from one horizontal rule to another.
    def meets(h: Rule, v: Rule) -> bool:
        return h.start - reach <= v.pos <= h.end + reach and v.start - reach <= h.pos <= v.end + reach

    v_rules = [
        v
        for v in v_rules
        if any(meets(h, v) and abs(h.pos - v.start) <= reach for h in h_rules)
        and any(meets(h, v) and abs(h.pos - v.end) <= reach for h in h_rules)
    ]
    nodes = [("h", r) for r in h_rules] + [("v", r) for r in v_rules]
    parent = list(range(len(nodes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(h_rules):
        for j, v in enumerate(v_rules):
            if meets(h, v):
                parent[find(i)] = find(len(h_rules) + j)
    groups: dict[int, list[int]] = {}
    for i in range(len(nodes)):
        groups.setdefault(find(i), []).append(i)
    grids = []
    for members in groups.values():
        hs = [nodes[i][1] for i in members if nodes[i][0] == "h"]
        vs = [nodes[i][1] for i in members if nodes[i][0] == "v"]
        if len(hs) < 2 or len(vs) < 2:
            continue
        grid = _grid(hs, vs, reach)
        if grid is not None:
            grids.append(grid)
    grids.sort(key=lambda g: (g.bbox[1], g.bbox[0]))
    return grids


def _grid(hs: list[Rule], vs: list[Rule], reach: int) -> TableGrid | None:
    ys = _cluster([h.pos for h in hs], reach)
    xs = _cluster([v.pos for v in vs], reach)
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    if n_rows < 1 or n_cols < 1 or n_rows * n_cols < 2:
        return None
    # Union-find over grid cells: neighbours without a rule between them are one cell.
    parent = list(range(n_rows * n_cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(n_rows):
        for c in range(n_cols):
            if c + 1 < n_cols and not _covered(vs, xs[c + 1], ys[r], ys[r + 1], reach):
                parent[find(r * n_cols + c)] = find(r * n_cols + c + 1)
            if r + 1 < n_rows and not _covered(hs, ys[r + 1], xs[c], xs[c + 1], reach):
                parent[find(r * n_cols + c)] = find((r + 1) * n_cols + c)
    groups: dict[int, list[tuple[int, int]]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            groups.setdefault(find(r * n_cols + c), []).append((r, c))
    cells = []
    for members in groups.values():
        r0, r1 = min(m[0] for m in members), max(m[0] for m in members)
        c0, c1 = min(m[1] for m in members), max(m[1] for m in members)
        if len(members) != (r1 - r0 + 1) * (c1 - c0 + 1):  # not a rectangle: keep its grid cells apart
            spans = [(r, c, r, c) for r, c in members]
        else:
            spans = [(r0, c0, r1, c1)]
        for a, b, e, d in spans:
            bbox = (round(xs[b]), round(ys[a]), round(xs[d + 1]), round(ys[e + 1]))
            cells.append(TableCell(a, b, e - a + 1, d - b + 1, bbox))
    if len(cells) < 2:
        return None
    cells.sort(key=lambda c: (c.row, c.col))
    bbox = (round(xs[0]), round(ys[0]), round(xs[-1]), round(ys[-1]))
    return TableGrid(bbox, n_rows, n_cols, cells, max(r.thickness for r in hs + vs), hs, vs)


def vertical_rules(ink: np.ndarray, h_rules: list[Rule], max_thick: int, reach: int, gap: int) -> list[Rule]:
    """Vertical rule pieces, one per strip between two neighbouring levels of horizontal rules.

    A column is a rule in a strip when it is ink from the rule above to the rule
    below (`V_FULL` of the rows; gaps closed).  Counting only within strips keeps
    text strokes, which never run from rule to rule, out of it.
    """
    levels = _cluster([h.pos for h in h_rules], reach)
    rules = []
    for y_a, y_b in zip(levels, levels[1:]):
        at = [h for h in h_rules if abs(h.pos - y_a) <= reach or abs(h.pos - y_b) <= reach]
        x0, x1 = max(0, min(h.start for h in at) - reach), min(ink.shape[1], max(h.end for h in at) + reach)
        top, bottom = int(y_a) + 1, int(y_b)
        if bottom - top < 3:
            continue
        strip = close_gaps(ink[top:bottom, x0:x1], gap, axis=0)
        share = strip.mean(axis=0)
        for start, end in _bands(share >= V_FULL, max_gap=0):
            if end - start <= max_thick:
                pos = float(np.average(np.arange(start, end), weights=share[start:end])) + x0
                rules.append(Rule(pos, int(y_a), int(round(y_b)), end - start))
    return rules


def find_grids(ink: np.ndarray, dpi: int) -> tuple[list[TableGrid], np.ndarray]:
    """Ruled tables in a binarised, upright page; and the mask of their rule pixels."""
    gap = max(2, round(GAP_INCHES * dpi))
    max_thick = max(3, round(MAX_RULE_INCHES * dpi))
    reach = max(4, round(REACH_INCHES * dpi))
    min_length = round(H_RULE_INCHES * dpi)
    h_runs = long_runs(close_gaps(ink, gap, axis=1), min_length, axis=1)
    h_rules = find_rules(h_runs, axis=1, max_thick=max_thick, gap=gap, min_length=min_length)
    if len(h_rules) < 2:
        return [], np.zeros_like(ink)
    v_rules = vertical_rules(ink, h_rules, max_thick, reach, gap)
    grids = build_grids(h_rules, v_rules, reach)
    return grids, rule_mask(ink, grids)


def rule_mask(ink: np.ndarray, grids: list[TableGrid]) -> np.ndarray:
    """The ink pixels of the tables' rules: ink within each rule's band (one pixel wider each side)."""
    mask = np.zeros_like(ink)
    height, width = ink.shape
    for g in grids:
        for r in g.h_rules:
            half = r.thickness // 2 + 2
            a, b = max(0, round(r.pos) - half), min(height, round(r.pos) + half + 1)
            mask[a:b, max(0, r.start) : min(width, r.end)] = True
        for r in g.v_rules:
            half = r.thickness // 2 + 2
            a, b = max(0, round(r.pos) - half), min(width, round(r.pos) + half + 1)
            mask[max(0, r.start - half) : min(height, r.end + half + 1), a:b] = True
    return mask & ink


def find_tables(image: Image, dpi: int = 300) -> PageTables:
    """Ruled tables in a page image; deskews the page first when it is turned."""
    from PIL import Image as PILImage

    gray_image = image.convert("L")
    ink = binarise(np.asarray(gray_image))
    angle = estimate_skew(ink, dpi)
    if abs(angle) >= MIN_SKEW:
        paper = paper_tone(np.asarray(gray_image))
        # The skew estimate is the angle the rules rise by (y down): turning the image
        # counter-clockwise by `angle` (PIL's direction) levels them.
        gray_image = gray_image.rotate(-angle, resample=PILImage.Resampling.BICUBIC, fillcolor=paper)
        ink = binarise(np.asarray(gray_image))
    else:
        angle = 0.0
    grids, rules = find_grids(ink, dpi)
    return PageTables(gray_image if angle else image, angle, grids, rules)
