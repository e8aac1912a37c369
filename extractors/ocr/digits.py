"""Thai digits on a scanned page read again by their shapes.

Tesseract's Thai model (Debian's tha.traineddata) cannot tell most Thai digits
apart: drawn cleanly in Laksaman, Garuda, Kinnari, Norasi or Loma at 50 px,
`ปี ๒๕๖๘ ได้ ๘๕ คะแนน มาตรา ๖๓` comes back as `ปี ๒๕๒๕ ได้ ๕๕ คะแนน มาตรา ๒๓`
in every one of them (๔ ๖ ๘ ๙ are read as ๕ ๒ ๕ ๕).  Years, scores, section
numbers and amounts are what evaluators check, so each number Tesseract
finds is read again here:

1. A *number run* is a stretch of a line's words that Tesseract read as Thai
   digits and number punctuation (`๒๕๒๕`, `๓๐๐,๐๐๐`, `๕.`, `๑/๐๙๑`).
2. Its ink is cut from the page between the neighbouring words' middles
   (Tesseract's boxes for Thai are approximate), split into connected
   glyphs (touching ink from the lines above or below is cut off at the
   line's glyph band; two digits run together are split where the ink is
   thinnest when both halves read better than the whole).
3. Small glyphs are punctuation by size and place (a comma hangs below the
   line, a dot sits on it); every other glyph is compared with the digit
   shapes of the common Thai fonts (`data/thai_digit_glyphs.npz`, made by
   scripts/make_digit_glyphs.py) by normalised correlation of smoothed
   bitmaps, and takes the best one.
4. Weak glyphs at either end (pieces of a neighbouring letter) are left out;
   never more digits than Tesseract saw.  The run's new text replaces
   Tesseract's only when every digit matches a shape well (`MIN_SCORE`);
   otherwise Tesseract's reading stays.

Why hand-written: no maintained library reads Thai digits offline
(Tesseract's only Thai model is the one that confuses them; EasyOCR and
PaddleOCR need model downloads and a deep-learning runtime); a nearest-shape
match over ten glyphs is a page of numpy.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..thai.script import ARABIC_DIGITS, THAI_DIGITS
from ..thai.validity import invalid_count

if TYPE_CHECKING:
    from PIL.Image import Image

# Both scripts' digits are shapes of their own: Tesseract's mixed tha+eng reading sometimes gives
# Arabic digits for Thai ones (`4.1,-5` for ๔.๑๕ on a speckled page); the shape says which script.
SHAPES = THAI_DIGITS + ARABIC_DIGITS + "/"
# Letters a digit is told apart from: Thai consonants and the vowels written on the line, and the
# Latin letters Tesseract's mixed tha+eng reading puts where a Thai digit is (a, e, m, n, o ...).
# Round Latin letters (o, c, O, Q) are left out: they are the shape of ๐.
RIVALS = "".join(chr(c) for c in range(0x0E01, 0x0E2F)) + "ะาำเแโใไ" + "aemnsAN@"
LETTER_MARGIN = 0.02  # a glyph is a letter when some letter matches it this much better than any digit
GLYPH = 32  # pixels: a glyph's bitmap is GLYPH x GLYPH, its longer side scaled to fit
SMOOTH = 1.2  # Gaussian sigma (pixels of the bitmap) before comparing: tolerance for stroke and place
GLYPH_FILE = Path(__file__).resolve().parent.parent / "data" / "thai_digit_glyphs.npz"

MIN_SCORE = 0.55  # every digit of a run must match a shape this well for the run to be replaced
EDGE_SCORE = 0.7  # a glyph at either end of a run matching less well is a neighbour's piece
SEED_SCORE = 0.85  # a line's first token Tesseract read as letters becomes a list number only this clearly
SMALL = 0.5  # glyphs lower than this share of the line's glyph height are punctuation
THIN = (0.35, 0.7)  # ... and so are glyphs narrower than 0.35 and lower than 0.7 of it (a comma)
TALL = 1.3  # taller than this share of the glyph height: ink of another line touches it
JOIN_GAP = 0.2  # of the glyph height: pieces this close above one another are one glyph (a detached hook)
WIDE = 1.45  # wider than this share of the glyph height: two digits may run together
NUMBER_WORD = re.compile(r"^[๐-๙0-9.,/]+$")
_LIST_NUMBER = re.compile(r"^[๐-๙]{1,2}(\.[๐-๙]{1,2})*\.?$")
_HAS_DIGIT = re.compile("[๐-๙0-9]")
_HAS_THAI_DIGIT = re.compile("[๐-๙]")
_THAI_MARK = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def glyph_bitmap(ink: np.ndarray) -> np.ndarray:
    """A glyph's ink (cut to its box) as a GLYPH x GLYPH boolean bitmap, aspect kept, centred."""
    from PIL import Image as PILImage

    height, width = ink.shape
    scale = GLYPH / max(height, width)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    small = np.asarray(PILImage.fromarray(ink.astype(np.uint8) * 255).resize(size, PILImage.Resampling.BILINEAR)) >= 128
    out = np.zeros((GLYPH, GLYPH), dtype=bool)
    top, left = (GLYPH - size[1]) // 2, (GLYPH - size[0]) // 2
    out[top : top + size[1], left : left + size[0]] = small
    return out


def _features(bitmaps: np.ndarray) -> np.ndarray:
    """Smoothed, zero-mean, unit-length rows (one per bitmap, or per mean of bitmaps) for correlation."""
    from scipy.ndimage import gaussian_filter

    smooth = gaussian_filter(bitmaps.astype(np.float32), sigma=(0, SMOOTH, SMOOTH))
    rows = smooth.reshape(len(bitmaps), -1)
    rows -= rows.mean(axis=1, keepdims=True)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms == 0, 1, norms)


@lru_cache(maxsize=1)
def _shapes() -> tuple[np.ndarray, np.ndarray]:
    """One feature row per shape (font, character, size): its drawn variants (sharp, blurred,
    turned, thickened, thinned) averaged, then smoothed and normalised; and the shapes' characters.

    4,482 rows (18 MB) instead of one per variant (29,532 rows, 120 MB, in
    every process that reads digits); the averaging is done on the bitmaps, in
    chunks, so they are never all unpacked at once.
    """
    data = np.load(GLYPH_FILE)
    packed, labels, groups = data["glyphs"], data["labels"], data["groups"]
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
    counts = np.diff(np.r_[starts, len(groups)])
    means = np.empty((len(starts), GLYPH, GLYPH), dtype=np.float32)
    step = 512  # shapes per chunk
    for first in range(0, len(starts), step):
        last = min(first + step, len(starts))
        chunk = np.unpackbits(packed[starts[first] : starts[last - 1] + counts[last - 1]], axis=-1, count=GLYPH)
        sums = np.add.reduceat(chunk.astype(np.float32), starts[first:last] - starts[first], axis=0)
        means[first:last] = sums / counts[first:last, None, None]
    return _features(means), labels[starts]


@lru_cache(maxsize=1)
def _is_shape() -> np.ndarray:
    return np.isin(_shapes()[1], list(SHAPES))


def classify(ink: np.ndarray) -> tuple[str, float, bool]:
    """The digit (or '/') whose shape is nearest to this glyph's ink, the correlation (-1..1),
    and whether some letter's shape is nearer still (then the glyph is not a digit)."""
    features, labels = _shapes()
    scores = features @ _features(glyph_bitmap(ink)[None])[0]
    shape = _is_shape()
    digit_scores = np.where(shape, scores, -2.0)
    best = int(np.argmax(digit_scores))
    letter = float(np.max(np.where(shape, -2.0, scores)))
    return str(labels[best]), float(scores[best]), letter > scores[best] + LETTER_MARGIN


def otsu_threshold(gray: np.ndarray) -> int:
    """Otsu's grey level separating ink from paper in `gray` (uint8)."""
    counts = np.bincount(gray.ravel(), minlength=256).astype(float)
    share = counts / max(counts.sum(), 1)
    below = np.cumsum(share)
    mean_below = np.cumsum(share * np.arange(256))
    between = (mean_below[-1] * below - mean_below) ** 2 / (below * (1 - below) + 1e-12)
    return int(np.argmax(between))


def number_runs(texts: list[str], lefts: list[int], rights: list[int], gap: float) -> list[list[int]]:
    """Index lists of consecutive words that form one number (a gap wider than `gap` ends one)."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, text in enumerate(texts):
        if NUMBER_WORD.match(text) and (current or _HAS_DIGIT.search(text)):
            if current and lefts[i] - rights[current[-1]] > gap:
                runs.append(current)
                current = []
            if current or _HAS_DIGIT.search(text):
                current.append(i)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return runs


class _Glyph:
    """A box of ink in a line's region: a connected piece (`ink` holds its label) or a glyph
    (`ink` is its mask, `parts` the pieces it was joined from)."""

    __slots__ = ("left", "right", "top", "bottom", "ink", "parts")

    def __init__(
        self, left: int, right: int, top: int, bottom: int, ink: np.ndarray, parts: list | None = None
    ) -> None:
        self.left, self.right, self.top, self.bottom, self.ink = left, right, top, bottom, ink
        self.parts = parts or []

    @property
    def height(self) -> int:
        return self.bottom - self.top

    @property
    def width(self) -> int:
        return self.right - self.left


def _pieces(ink: np.ndarray) -> tuple[np.ndarray, list[_Glyph]]:
    """Connected pieces of ink (fewer than 3 pixels left out) and the label image."""
    from scipy import ndimage

    if not ink.size:
        return np.zeros(ink.shape, dtype=np.int32), []
    labels, _ = ndimage.label(ink)
    pieces = []
    for i, box in enumerate(ndimage.find_objects(labels), start=1):
        if box is not None and (labels[box] == i).sum() >= 3:
            pieces.append(_Glyph(box[1].start, box[1].stop, box[0].start, box[0].stop, np.array([i])))  # ink: its label
    return labels, pieces


def _joined(labels: np.ndarray, pieces: list[_Glyph], max_gap: float) -> list[_Glyph]:
    """Pieces that overlap across and lie within `max_gap` rows of each other (a broken stroke,
    a digit's detached hook) joined into one glyph each, left to right, with their ink."""
    groups: list[list] = []
    for p in sorted(pieces, key=lambda p: p.left):
        for g in reversed(groups[-3:]):
            across = min(p.right, g[1]) - max(p.left, g[0]) > 0.5 * min(p.width, g[1] - g[0])
            if across and max(p.top, g[2]) - min(p.bottom, g[3]) <= max_gap:
                g[0], g[1], g[2], g[3] = min(g[0], p.left), max(g[1], p.right), min(g[2], p.top), max(g[3], p.bottom)
                g[4].append(p)
                break
        else:
            groups.append([p.left, p.right, p.top, p.bottom, [p]])
    return [
        _Glyph(left, right, top, bottom, np.isin(labels[top:bottom, left:right], [int(m.ink[0]) for m in parts]), parts)
        for left, right, top, bottom, parts in sorted(groups, key=lambda g: g[0])
    ]


class LineInk:
    """One text line's ink (binarised around the line) and its glyph band."""

    def __init__(self, gray: np.ndarray, box: tuple[int, int, int, int]) -> None:
        x0, top, x1, bottom = box
        self.line_height = max(1, bottom - top)
        pad = self.line_height
        self.top = max(0, top - self.line_height // 2)
        self.left = max(0, x0 - pad)
        region = gray[
            self.top : min(gray.shape[0], bottom + self.line_height // 2), self.left : min(gray.shape[1], x1 + pad)
        ]
        core = gray[max(0, top) : bottom, max(0, x0) : x1 + 1]
        self.ink = region < otsu_threshold(core if core.size else region)
        self.line_top, self.line_bottom = top, bottom
        self.labels, self.all_pieces = _pieces(self.ink)
        self.pieces = [p for p in self.all_pieces if self._on_line(p)]
        self.height, self.band_top, self.band_bottom = self._band()

    def _band(self) -> tuple[float, float, float]:
        """Typical glyph height and the band (top, bottom) the line's glyphs sit in, in region rows."""
        glyphs = self.pieces
        if not glyphs:
            return float(self.line_height), 0.0, float(self.ink.shape[0])
        tall = np.percentile([g.height for g in glyphs], 90)
        body = [g for g in glyphs if 0.5 * tall <= g.height <= TALL * tall] or glyphs
        return (
            float(np.median([g.height for g in body])),
            float(np.median([g.top for g in body])),
            float(np.median([g.bottom for g in body])),
        )

    def _on_line(self, glyph: _Glyph) -> bool:
        middle = (glyph.top + glyph.bottom) / 2 + self.top
        return self.line_top <= middle <= self.line_bottom

    def glyphs_between(self, x0: float, x1: float) -> list[_Glyph]:
        """Glyphs of this line whose middle lies between page columns x0 and x1, each cut to the band."""
        inside = [p for p in self.all_pieces if x0 < (p.left + p.right) / 2 + self.left < x1]
        glyphs = [
            g
            for g in _joined(self.labels, inside, JOIN_GAP * self.height)
            if any(self._on_line(part) for part in g.parts)  # not ink of the lines above or below only
        ]
        # Most Thai digits stand taller than the letters' body: measure "too tall" against the run's own.
        bodies = [g.height for g in glyphs if g.height >= SMALL * self.height]
        usual = max(self.height, float(np.percentile(bodies, 75)) if bodies else 0.0)
        out = []
        for glyph in glyphs:
            out.extend(self._cut_to_band(glyph) if glyph.height > TALL * usual else [glyph])
        return sorted(out, key=lambda g: g.left)

    def _cut_to_band(self, glyph: _Glyph) -> list[_Glyph]:
        top = max(glyph.top, int(self.band_top - 0.15 * self.height))
        bottom = min(glyph.bottom, int(self.band_bottom + 0.15 * self.height) + 1)
        if bottom - top < 2:
            return []
        labels, parts = _pieces(glyph.ink[top - glyph.top : bottom - glyph.top])
        out = _joined(labels, parts, JOIN_GAP * self.height)
        for part in out:
            part.left, part.right = part.left + glyph.left, part.right + glyph.left
            part.top, part.bottom = part.top + top, part.bottom + top
        return out

    def read(self, glyphs: list[_Glyph], old: str, most: int) -> _Reading | None:
        """The run's text from its glyphs; None when no digit is read.

        `old` is Tesseract's text of the run: punctuation after the last digit
        is kept only where it had some.  At most `most` digits are kept (the
        weaker end goes first); glyphs at either end that are weak or nearer a
        letter than a digit are a neighbour's, not the number's.
        """
        small = [
            g.height < SMALL * self.height or (g.width < THIN[0] * self.height and g.height < THIN[1] * self.height)
            for g in glyphs
        ]
        bottoms = [g.bottom for g, is_small in zip(glyphs, small) if not is_small]
        if not bottoms:
            return None
        baseline = float(np.median(bottoms))  # the run's own: a page levelled imperfectly drifts along a line
        items: list[_Item] = []
        for glyph, is_small in zip(glyphs, small):
            if is_small:
                items.append(_Item(self._punctuation(glyph, baseline), 1.0, glyph))
            else:
                items.extend(self._digits(glyph))
        keep_end = old[-1:] in ".,"
        while items and (items[0].punctuation or items[0].weak):
            items.pop(0)
        while items and (items[-1].text == "-" or items[-1].weak or (items[-1].punctuation and not keep_end)):
            items.pop()
        while sum(not i.punctuation for i in items) > most:
            ends = [i for i in (0, len(items) - 1) if not items[i].punctuation]
            items.pop(min(ends, key=lambda i: items[i].score))
            while items and items[0].punctuation:
                items.pop(0)
        digits = [i for i in items if not i.punctuation]
        if not digits:
            return None
        return _Reading(
            "".join(i.text for i in items),
            min(i.score for i in digits),
            any(i.letter for i in digits),
            items[0].glyph.left + self.left,
            items[-1].glyph.right + self.left,
        )

    def _punctuation(self, glyph: _Glyph, baseline: float) -> str:
        if glyph.bottom < baseline - 0.25 * self.height:
            return "-"
        return "," if glyph.bottom > baseline + 0.15 * self.height else "."

    def _digits(self, glyph: _Glyph) -> list[_Item]:
        text, score, letter = classify(glyph.ink)
        whole = _Item(text, score, glyph, letter=letter)
        if glyph.width <= WIDE * self.height:
            return [whole]
        # Two digits run together (blur, heavy ink): split where the ink is thinnest in the middle.
        columns = glyph.ink.sum(axis=0)
        lo, hi = int(0.3 * glyph.width), int(0.7 * glyph.width)
        cut = lo + int(np.argmin(columns[lo:hi])) if hi > lo else glyph.width // 2
        parts = []
        for left, right in ((0, cut), (cut, glyph.width)):
            ink = _trim(glyph.ink[:, left:right])
            if ink is None:
                return [whole]
            text, score, letter = classify(ink)
            part = _Glyph(glyph.left + left, glyph.left + right, glyph.top, glyph.bottom, ink)
            parts.append(_Item(text, score, part, letter=letter))
        return parts if min(p.score for p in parts) > whole.score else [whole]


class _Item:
    """One glyph of a run as read: a digit (with its score) or punctuation."""

    __slots__ = ("text", "score", "glyph", "letter", "punctuation")

    def __init__(self, text: str, score: float, glyph: _Glyph, letter: bool = False) -> None:
        self.text, self.score, self.glyph, self.letter = text, score, glyph, letter
        self.punctuation = text not in SHAPES

    @property
    def weak(self) -> bool:
        return not self.punctuation and (self.score < EDGE_SCORE or self.letter)


class _Reading:
    """A run read again: its text, the weakest digit's score, whether any digit looked like a letter,
    and the page columns its glyphs span."""

    __slots__ = ("text", "score", "letter", "left", "right")

    def __init__(self, text: str, score: float, letter: bool, left: int, right: int) -> None:
        self.text, self.score, self.letter, self.left, self.right = text, score, letter, left, right


def _trim(ink: np.ndarray) -> np.ndarray | None:
    ys, xs = np.nonzero(ink)
    if len(ys) < 3:
        return None
    return ink[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]


def reread_digits(image: Image, lines: list, offset: tuple[int, int] = (0, 0)) -> int:
    """Read the Thai digits of `lines` (ocr._RawLine, boxes in page pixels) again from `image`.

    `offset` is where `image`'s corner lies in the page (a table cell's crop).
    Words and line texts are changed in place; returns the number of runs changed.
    """
    gray = np.asarray(image.convert("L"))
    changed = 0
    for line in lines:
        words = line.words
        runs = number_runs(
            [w.text for w in words], [w.left for w in words], [w.left + w.width for w in words], 0.6 * line.height
        )
        seed = _line_start_token(line)
        if seed and not any(seed[0] in run for run in runs):
            runs.insert(0, seed)
        if not runs:
            continue
        x0, top, x1, bottom = (int(v) for v in line.bbox)
        ink = LineInk(gray, (x0 - offset[0], top - offset[1], x1 - offset[0], bottom - offset[1]))
        taken_to = -1.0  # image column up to which glyphs belong to a run already read
        for run in runs:
            new, right = _reread_run(ink, words, run, offset[0], taken_to)
            if new and _rewrite_if_valid(line, new):
                changed += 1
                taken_to = right
        line.words[:] = [w for w in words if w.text]
    return changed


def _line_start_token(line) -> list[int]:
    """The words of a line's first token when it may be a list number Tesseract read as other
    letters (`«.`, `clo`, `a.`, `ซ.๓`): at most 4 characters, no Thai digit, at most two Thai letters."""
    if not line.text or not line.words:
        return []
    token = line.text.split()[0] if line.text.split() else ""
    if not token or len(token) > 4 or _HAS_DIGIT.search(token) or len(re.findall("[\u0e01-\u0e4e]", token)) > 2:
        return []
    out, letters = [], 0
    for i, word in enumerate(line.words):
        if letters >= len(token):
            break
        out.append(i)
        letters += len(word.text)
    return out if letters == len(token) else []


def _neighbours(words: list, run: list[int], height: float) -> tuple[list[int], list[int]]:
    """Short words touching a run on each side (at most two before, one after): digits read as
    letters (`ญ.๓`, `๔.๖ฒ่`).  A mark-only word after such a word goes with it."""

    def short(i: int) -> bool:
        return 0 <= i < len(words) and 0 < len(words[i].text) <= 2 and not _HAS_DIGIT.search(words[i].text)

    def marks_only(i: int) -> bool:
        return 0 <= i < len(words) and bool(words[i].text) and all(_THAI_MARK.match(c) for c in words[i].text)

    def touching(a: int, b: int) -> bool:
        return words[b].left - (words[a].left + words[a].width) <= 0.5 * height

    before: list[int] = []
    i = run[0] - 1
    while len([j for j in before if not marks_only(j)]) < 2:
        unit: list[int] = []
        while marks_only(i):
            unit.insert(0, i)
            i -= 1
        if not short(i) or marks_only(i) or not touching(i, (unit or before or run)[0]):
            break
        before = [i, *unit, *before]
        i -= 1
    after: list[int] = []
    j = run[-1] + 1
    if short(j) and not marks_only(j) and touching(run[-1], j):
        after = [j]
        while marks_only(j + 1):
            j += 1
            after.append(j)
    return before, after


def _reread_run(ink: LineInk, words: list, run: list[int], dx: int, taken_to: float) -> tuple[dict[int, str], float]:
    """New texts by word index for one number run (empty when Tesseract's reading stays), and the
    image column its glyphs end at.  Glyphs left of `taken_to` belong to the run before."""
    old = "".join(words[i].text for i in run)
    if not old:
        return {}, taken_to  # its words were taken by the run before
    before, after = _neighbours(words, run, ink.height) if _HAS_DIGIT.search(old) else ([], [])
    span = before + run + after
    outside_left = words[span[0] - 1] if span[0] > 0 else None
    outside_right = words[span[-1] + 1] if span[-1] + 1 < len(words) else None
    first, last = words[span[0]], words[span[-1]]
    start = (
        min(outside_left.left + outside_left.width / 2, first.left) if outside_left else first.left - ink.line_height
    )
    end = (
        max(outside_right.left + outside_right.width / 2, last.left + last.width)
        if outside_right
        else last.left + last.width + ink.line_height
    )
    most = sum(c in THAI_DIGITS + ARABIC_DIGITS for c in old) + sum(
        len(_THAI_MARK.sub("", words[i].text)) for i in before + after
    )
    if not _HAS_DIGIT.search(old):
        most = len(old)
    glyphs = ink.glyphs_between(max(start - dx, taken_to), end - dx)
    reading = ink.read(glyphs, old, most)
    if reading is None or reading.score < MIN_SCORE:
        return {}, taken_to
    # Words whose middle the glyphs read cover (neighbours taken for digits, the next number's first
    # digit when Tesseract's boxes are off), with the marks that follow them.
    taken = [
        i
        for i in range(max(0, span[0] - 1), min(len(words), span[-1] + 2))
        if i not in run and words[i].text and reading.left <= words[i].left + words[i].width / 2 - dx <= reading.right
    ]
    taken += [i for i in before + after if i - 1 in taken and not _THAI_MARK.sub("", words[i].text)]
    allowed = sum(c in THAI_DIGITS + ARABIC_DIGITS for c in old) + sum(
        len(_THAI_MARK.sub("", words[i].text)) for i in taken
    )
    if _HAS_DIGIT.search(old) and allowed < most:
        # More digits than Tesseract saw only where a neighbour word was taken for them.
        reading = ink.read(glyphs, old, allowed)
        if reading is None or reading.score < MIN_SCORE:
            return {}, taken_to
    if not _HAS_DIGIT.search(old) and (
        reading.letter or reading.score < SEED_SCORE or not _LIST_NUMBER.match(reading.text)
    ):
        return {}, taken_to  # a line's first letters are replaced only by a clean list number
    if not _HAS_THAI_DIGIT.search(old + reading.text):
        return {}, taken_to  # Arabic digits Tesseract reads well: its reading stays
    indexes = sorted(set(run) | set(taken))
    if reading.text == "".join(words[i].text for i in indexes):
        return {}, taken_to
    return {i: (reading.text if i == indexes[0] else "") for i in indexes}, float(reading.right)


def _rewrite_if_valid(line, replaced: dict[int, str]) -> bool:
    """Rewrite the line unless that makes a sequence Thai never has (a mark left on a digit)."""
    before = invalid_count(line.text or "".join(w.text for w in line.words))
    saved = (line.text, [w.text for w in line.words])
    _rewrite(line, replaced)
    if invalid_count(line.text or "".join(w.text for w in line.words)) <= before:
        return True
    line.text = saved[0]
    for word, text in zip(line.words, saved[1]):
        word.text = text
    return False


def _rewrite(line, replaced: dict[int, str]) -> None:
    """Put new word texts into the line: its words and, keeping Tesseract's spacing, its plain text.

    A run's first word takes the run's text (after the space before it, if
    any); the run's other words (left empty until the line is done) and the
    spaces between them go.
    """
    if line.text is not None:
        out, pos, text = [], 0, line.text
        for i, word in enumerate(line.words):
            start, letters = pos, len(re.sub(r"\s", "", word.text))
            while pos < len(text) and letters:
                letters -= not text[pos].isspace()
                pos += 1
            piece = text[start:pos]
            if i in replaced:
                lead = piece[: len(piece) - len(piece.lstrip())]
                piece = lead + replaced[i] if replaced[i] else ""
            out.append(piece)
        line.text = "".join(out) + text[pos:]
    for i, word in enumerate(line.words):
        if i in replaced:
            word.text = replaced[i]
