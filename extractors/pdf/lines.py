"""Glyphs into text lines, with Thai marks put back on the glyph they sit on.

Grouping: glyphs whose baselines lie within a fraction of the font size of
each other form a line.  Marks (above and below vowels, tone marks) share the
baseline of their base letter in every PDF writer seen, so they join its line.

Order inside a line: the content stream order is kept while it runs left to
right; runs that jump back are ordered by position.  A PDF does not sort by x,
and sorting by x is what misorders Thai: a zero-width mark is placed at the pen
position after its base letter, often a hair right of where the next letter
starts (Word 365: ได้ใน -> ไดใ้ น; TH Sarabun: จักร -> จกัร).  So each mark is
attached to the base glyph drawn just before it when it sits over or just
after that glyph, and otherwise to the base it overlaps most.  Spaces come from
the PDF's own space characters, or from a gap between two *base* glyphs
wider than a fraction of the font size; marks never open a gap.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from typing import cast

from .glyphs import Glyph

SAME_LINE = 0.4  # baselines closer than this x font size are one line
RUN_BACKTRACK = 0.5  # a base starting this x size left of the previous one starts a new run
MARK_REACH = 0.45  # a mark may sit this x size right of its base's right edge
SPACE_GAP = 0.15  # a gap between base glyphs wider than this x size is a word space
CORRIDOR = 0.8  # x size: a gap this wide on every line of a run, at an x they all share, parts two boxes
SHARED_CORRIDOR = 0.25  # x size: the least width the lines' gaps must have in common
GRID_LINES = 3  # lines a run needs before its corridors count
GRID_PITCH = 2.5  # lines of one grid of boxes follow each other closer than this x size
CENTRED = 1.5  # x size: the centres of a box's lines agree within this
LEADERS = frozenset(".…_-·")


@dataclass
class Line:
    """One line of text with the cues paragraphs and headings are built from."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    size: float  # dominant glyph size
    bold: bool  # every visible glyph bold
    glyphs: int  # visible glyphs (for weighting)
    from_span: int  # glyphs whose text came from /ActualText
    lead_width: float = 0.0  # width of the text before the first space (would it fit on the line above?)
    marks_by_ink: bool = False  # the stream order put marks on the wrong letters; their ink placed them
    confidence: float | None = None  # OCR lines: Tesseract's mean word confidence, 0..100

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)


def glyphs_to_lines(glyphs: list[Glyph]) -> list[Line]:
    """Group glyphs into lines, top to bottom; text turned 90 degrees read in its own direction."""
    upright = [g for g in glyphs if not g.rotation]
    lines = _lines(upright)
    turned = [g for g in glyphs if g.rotation]
    if not turned:
        return lines
    for rotation in (90, 270):
        group = [g for g in turned if g.rotation == rotation]
        for line in (_turn_back(line, rotation) for line in _lines([_turn(g, rotation) for g in group])):
            at = next((i for i, other in enumerate(lines) if other.top > line.top), len(lines))
            lines.insert(at, line)  # among the upright lines by its top; their order is kept
    return lines


def _turn(g: Glyph, rotation: int) -> Glyph:
    """A copy of a turned glyph in its own reading frame (x along the text, baseline across it).

    Turned 90 (reading up the page, letters' tops to the left): the text
    advances as `top` decreases and its first line is the leftmost.  Turned
    270 (reading down, tops to the right): it advances as `top` increases
    and its first line is the rightmost.
    """
    if rotation == 90:
        x0, x1, top, bottom, base = -g.bottom, -g.top, g.x0, g.x1, g.origin_x
    else:
        x0, x1, top, bottom, base = g.top, g.bottom, -g.x1, -g.x0, -g.origin_x
    t = Glyph(g.text, x0, x1, top, bottom, base, g.size, g.font, g.bold, g.seq, g.from_span)
    t.mark = g.mark
    return t


def _turn_back(line: Line, rotation: int) -> Line:
    """The line's box back on the page."""
    if rotation == 90:
        x0, x1, top, bottom = line.top, line.bottom, -line.x1, -line.x0
    else:
        x0, x1, top, bottom = -line.bottom, -line.top, line.x0, line.x1
    line.x0, line.x1, line.top, line.bottom, line.baseline = x0, x1, top, bottom, bottom
    return line


def _lines(glyphs: list[Glyph]) -> list[Line]:
    lines, groups = [], []
    for group in cluster_by_baseline(glyphs):
        line = group_to_line(group)
        if line is not None:
            lines.append(line)
            groups.append(group)
    return read_side_by_side(lines, groups)


def read_side_by_side(lines: list[Line], groups: list[list[Glyph]]) -> list[Line]:
    """Boxes set next to each other (signature blocks, text boxes on one line) read box by box.

    A grid is a run of at least GRID_LINES closely spaced lines with one or
    more vertical corridors: x-ranges where no line of the run has a letter,
    each line's own gap there at least CORRIDOR x size wide (wider than word
    spaces, so justified paragraphs have none).  Lines just above or below
    whose letters stay out of the corridors (leader dots may cross them) join
    the run.  The run is cut at the corridors into columns; it is read as
    boxes only when every column is centred text (its lines' centres agree
    better than their left or right edges, as in "(ชื่อ)" over "ตำแหน่ง"), so a
    borderless table of left- or right-aligned columns is still read row by
    row.  Columns are then read left to right, each top to bottom.
    """
    out: list[Line] = []
    i = 0
    while i < len(lines):
        found = _grid_at(lines, groups, i)
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        start, end, pieces = found
        out[len(out) - (i - start) :] = []  # lines taken back into the grid from above
        out.extend(pieces)
        i = end
    return out


def _grid_at(lines: list[Line], groups: list[list[Glyph]], i: int):
    end = i + 1
    corridors = _gaps(groups[i])
    while end < len(lines) and _close(lines[end - 1], lines[end]):
        narrowed = _intersect(corridors, _gaps(groups[end]), lines[end])
        if not narrowed:
            break
        corridors = narrowed
        end += 1
    if end - i < GRID_LINES or not corridors:
        return None
    start = i
    while start > 0 and _close(lines[start - 1], lines[start]) and _clear(groups[start - 1], corridors):
        start -= 1
    while end < len(lines) and _close(lines[end - 1], lines[end]) and _clear(groups[end], corridors):
        end += 1
    cuts = [(a + b) / 2 for a, b in corridors]
    pieces: list[list[list[Glyph]]] = [[] for _ in range(len(cuts) + 1)]  # column -> its lines' glyphs
    for group in groups[start:end]:
        split: list[list[Glyph]] = [[] for _ in pieces]
        for g in group:
            split[sum(1 for c in cuts if (g.x0 + g.x1) / 2 > c)].append(g)
        for col, piece in zip(pieces, split):
            if any(g.text.strip() for g in piece):
                col.append(piece)
    if sum(1 for col in pieces if len(col) >= 2) < 2 or not all(_centred([_extent(p) for p in col]) for col in pieces):
        return None
    columns = [[line for line in map(group_to_line, col) if line is not None] for col in pieces]
    return start, end, [line for col in columns for line in col]


def _extent(piece: list[Glyph]) -> tuple[float, float, float]:
    visible = [g for g in piece if g.text.strip()]
    return min(g.x0 for g in visible), max(g.x1 for g in visible), max(g.size for g in visible)


def _gaps(group: list[Glyph]) -> list[tuple[float, float]]:
    """Gaps of at least CORRIDOR x size between the line's letters (word spaces bridged)."""
    visible = sorted((g for g in group if g.text.strip() and not g.mark), key=lambda g: g.x0)
    out = []
    for a, b in zip(visible, visible[1:]):
        if b.x0 - a.x1 >= CORRIDOR * max(a.size, b.size):
            out.append((a.x1, b.x0))
    return out


def _intersect(corridors, gaps, line: Line) -> list[tuple[float, float]]:
    """Corridors still free on `line`: outside its extent, or within one of its gaps."""
    out = []
    for a, b in corridors:
        if b <= line.x0 or a >= line.x1:
            out.append((a, b))
            continue
        for c, d in gaps:
            lo, hi = max(a, c), min(b, d)
            if hi - lo >= SHARED_CORRIDOR * line.size:
                out.append((lo, hi))
    return out


def _clear(group: list[Glyph], corridors) -> bool:
    """No letter of the line lies in a corridor (leader dots and spaces may)."""
    for g in group:
        if g.mark or not g.text.strip() or g.text in LEADERS:
            continue
        centre = (g.x0 + g.x1) / 2
        if any(a < centre < b for a, b in corridors):
            return False
    return True


def _close(above: Line, below: Line) -> bool:
    return 0 < below.baseline - above.baseline <= GRID_PITCH * below.size


def _centred(column: list[tuple[float, float, float]]) -> bool:
    """(x0, x1, size) of a column's lines: their centres agree, better than their edges do."""
    if len(column) < 2:
        return True
    size = max(c[2] for c in column)

    def spread(values: list[float]) -> float:
        return max(values) - min(values)

    centres = spread([(x0 + x1) / 2 for x0, x1, _ in column])
    edges = min(spread([c[0] for c in column]), spread([c[1] for c in column]))
    return centres <= CENTRED * size and centres <= edges


def cluster_by_baseline(glyphs: list[Glyph]) -> list[list[Glyph]]:
    ordered = sorted(glyphs, key=lambda g: g.baseline)
    groups: list[list[Glyph]] = []
    anchor = None
    for g in ordered:
        if anchor is None or g.baseline - anchor > SAME_LINE * max(g.size, 1.0):
            groups.append([g])
            anchor = g.baseline
        else:
            groups[-1].append(g)
    for group in groups:
        group.sort(key=lambda g: g.seq)
    return groups


def group_to_line(group: list[Glyph]) -> Line | None:
    bases = [g for g in group if not g.mark]
    if not bases:
        return None  # stray marks with nothing to sit on
    bases = _order_bases(bases)
    text, by_ink = _compose_best(bases, group)
    lead_width = _lead_width(bases)
    if not text.strip():
        return None
    visible = [g for g in group if g.text.strip()]
    sizes = Counter(round(g.size * 2) / 2 for g in visible)
    return Line(
        text=text.strip(),
        x0=min(g.x0 for g in visible),
        x1=max(g.x1 for g in visible),
        top=min(g.top for g in visible),
        bottom=max(g.bottom for g in visible),
        baseline=bases[0].baseline,
        size=sizes.most_common(1)[0][0],
        bold=all(g.bold for g in visible),
        glyphs=len(visible),
        from_span=sum(1 for g in visible if g.from_span),
        lead_width=lead_width,
        marks_by_ink=by_ink,
    )


def _order_bases(bases: list[Glyph]) -> list[Glyph]:
    """Stream order, split into left-to-right runs, runs ordered by position."""
    runs: list[list[Glyph]] = [[bases[0]]]
    for g in bases[1:]:
        prev = runs[-1][-1]
        if g.x0 < prev.x0 - RUN_BACKTRACK * g.size:
            runs.append([g])
        else:
            runs[-1].append(g)
    if len(runs) == 1:
        return bases
    runs.sort(key=lambda r: min(g.x0 for g in r))
    for left, right in zip(runs, runs[1:]):
        if max(g.x1 for g in left) > min(g.x0 for g in right) + RUN_BACKTRACK * right[0].size:
            return sorted(bases, key=lambda g: g.x0)  # interleaved runs: position alone
    return [g for run in runs for g in run]


def _compose_best(bases: list[Glyph], group: list[Glyph]) -> tuple[str, bool]:
    """The line's text with marks on their bases, by the stream order unless the ink reads better.

    Two readings of where a mark sits: the base drawn just before it (the
    stream order; right for Word, whose zero-width marks can lie a hair past
    the next letter's start) and the base its ink lies over (right when a
    writer draws a mark after the following letter).  They mostly agree; where
    they do not, the line's words decide (`text_quality.reading_score`), ties to the stream.
    """
    by_stream = _attach_marks(group, bases, stream_first=True)
    text = _compose(bases, by_stream)
    by_ink = _attach_marks(group, bases, stream_first=False)
    if _same_attachment(by_stream, by_ink):
        return text, False
    other = _compose(bases, by_ink)
    from ..thai.text_quality import reading_score  # text_quality needs the dictionary; lines are built without it

    if reading_score(other) > reading_score(text):
        return other, True
    return text, False


def _same_attachment(a: dict[int, list[Glyph]], b: dict[int, list[Glyph]]) -> bool:
    return {k: [id(m) for m in v] for k, v in a.items()} == {k: [id(m) for m in v] for k, v in b.items()}


def _attach_marks(group: list[Glyph], bases: list[Glyph], *, stream_first: bool = True) -> dict[int, list[Glyph]]:
    """id(base) -> the marks drawn on it, in stream order."""
    marks_of: dict[int, list[Glyph]] = {}
    index = _BaseIndex(bases)
    previous = None
    for g in group:
        if not g.mark:
            previous = g
            continue
        if stream_first and previous is not None and _sits_on(g, previous):
            base = previous
        else:
            base = index.nearest(g)
        marks_of.setdefault(id(base), []).append(g)
    return marks_of


def _sits_on(mark: Glyph, base: Glyph) -> bool:
    reach = MARK_REACH * mark.size
    return base.x0 - reach * 0.5 <= mark.x0 <= base.x1 + reach and mark.x1 <= base.x1 + 2 * reach


def _ink_centre(mark: Glyph) -> float:
    """Where a mark's ink is: a zero-width mark is drawn left of its origin."""
    if mark.x1 - mark.x0 > 0.05 * mark.size:
        return (mark.x0 + mark.x1) / 2
    return mark.x0 - 0.15 * mark.size


class _BaseIndex:
    """The visible bases of a line by x, to find the one a mark's ink lies over without a full scan."""

    def __init__(self, bases: list[Glyph]) -> None:
        self.visible = sorted((b for b in bases if b.text.strip()), key=lambda b: b.x0)
        self.starts = [b.x0 for b in self.visible]
        self.fallback = bases[0]

    def nearest(self, mark: Glyph) -> Glyph:
        if not self.visible:
            return self.fallback
        centre = _ink_centre(mark)
        at = bisect.bisect_right(self.starts, centre)
        near = self.visible[max(0, at - 3) : at + 2]  # bases can overlap a little: look at neighbours

        def distance(b: Glyph) -> float:
            if b.x0 <= centre <= b.x1:
                return 0.0
            return min(abs(centre - b.x0), abs(centre - b.x1))

        return min(near, key=distance)


def _compose(bases: list[Glyph], marks_of: dict[int, list[Glyph]]) -> str:
    parts: list[str] = []
    prev: Glyph | None = None
    for b in bases:
        if prev is not None and not prev.text.isspace() and not b.text.isspace():
            if b.x0 - prev.x1 > SPACE_GAP * max(b.size, prev.size):
                parts.append(" ")
        parts.append(b.text)
        for m in marks_of.get(id(b), ()):
            parts.append(m.text)
        prev = b
    return _collapse_spaces("".join(parts))


def _lead_width(bases: list[Glyph]) -> float:
    start = end = None
    prev = None
    for b in bases:
        if b.text.isspace():
            if start is not None:
                break
            continue
        if start is None:
            start = b.x0
        elif b.x0 - cast(Glyph, prev).x1 > SPACE_GAP * b.size:  # prev is set with start
            break
        end = b.x1
        prev = b
    return (end - start) if start is not None else 0.0


def _collapse_spaces(text: str) -> str:
    return " ".join(text.split())
