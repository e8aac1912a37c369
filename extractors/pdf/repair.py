"""Text-layer repairs decided page by page, on evidence from the file and proof from the result.

Four kinds of wrong glyph text are mended here, before lines are built:

1. **Font map proposals** (`pdf_fonts.examine_font`): the embedded font's own
   cmap says a glyph is another character than /ToUnicode says, and the
   glyph's advance agrees.  For every font with proposals on the page, the
   page's text is built with and without them and the proposals are kept
   only if the result is no worse on both tests below and better on one;
   otherwise they are refused for this page and the refusal is recorded.
2. **Unknown marks**: glyphs with no advance (so they draw a mark on the
   letter before) whose text is a letter, digit or symbol: a font map that
   leaves the mark out, so the reader fell back to the font's byte code
   (macOS Quartz: "ข้อ" -> "ข6อ", "หน่วยงาน" -> "หนDวยงาน").  Each distinct
   glyph of each font is assigned the Thai mark that makes the page's words
   dictionary words (coordinate ascent over the 16 marks, starting from what
   earlier pages of the same document settled).  The solution is kept only if
   the words holding these glyphs then read as Thai (no invalid sequence,
   dictionary share at least `MIN_SOLVED_SHARE`); otherwise the page is
   damaged and goes to OCR.

3. **Legacy 8-bit Thai fonts**: a font whose map gives Latin-1 characters
   (ก -> ¡) for most of its glyphs on the page is read as TIS-620.
4. **Sara am in two pieces** (`pdf_sara_am`): the nikhahit ring painted as a
   shape before a sara aa glyph; the ring is the evidence, glyph by glyph,
   and the same test decides.

The tests: `thai_validity.invalid_count` (sequences Thai never has: doubled
nikhahit, a mark on a space or digit, ASCII inside a Thai word) and the share
of Thai letters in PyThaiNLP dictionary words (`text_quality.dictionary_share`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..thai.nlp import is_dictionary_word, word_tokenize
from ..thai.normalise import normalise
from ..thai.script import COMBINING_MARK_CHARS
from ..thai.text_quality import dictionary_share, reading_score
from ..thai.validity import invalid_count
from .actualtext import FontFacts
from .glyphs import Glyph
from .lines import cluster_by_baseline, glyphs_to_lines
from .sara_am import NIKHAHIT, SARA_AM, proposed_sara

# Marks a zero-advance glyph can stand for (upper and lower vowels, tone marks, others).
THAI_MARKS = COMBINING_MARK_CHARS
MIN_SOLVED_SHARE = 0.8  # dictionary share of the words holding solved marks
SOLVER_ROUNDS = 3
_PLACEHOLDER_BASE = 0xF0000  # supplementary PUA: one code point per unknown glyph while solving


@dataclass
class PageRepair:
    notes: list[str] = field(default_factory=list)
    repaired: int = 0  # glyphs whose text was mended (the page's path becomes "repaired")
    unresolved_marks: int = 0  # unknown-mark glyphs left without a proven mark: the page is damaged
    unknown_marks: int = 0


def repair_page(glyphs: list[Glyph], fonts: FontFacts, graphics: list[dict] | None = None) -> PageRepair:
    repair = PageRepair()
    _count_filled(glyphs, fonts, repair)
    _apply_font_proposals(glyphs, fonts, repair)
    _apply_tis620_from_latin1(glyphs, fonts, repair)
    unmapped = [g for g in glyphs if g.unknown_mark]
    _solve_unknown_marks(glyphs, fonts, repair)
    if _apply_sara_am_rings(glyphs, graphics or [], repair, unmapped) and repair.unresolved_marks:
        # Mark glyphs the solver could not read were a sara am's ring: solve what is left again.
        repair.unresolved_marks = 0
        _solve_unknown_marks(glyphs, fonts, repair)
    return repair


# --- 1. font map proposals ----------------------------------------------------------


def _count_filled(glyphs: list[Glyph], fonts: FontFacts, repair: PageRepair) -> None:
    """Glyphs /ToUnicode left out, read from the embedded cmap (filled once per font in `pdf_fonts`)."""
    used: dict[int, int] = {}
    for g in glyphs:
        evidence = fonts.evidence.get(g.font_id) if g.font_id is not None else None
        if evidence and g.cid in evidence.filled and not g.from_span:
            assert g.font_id is not None  # evidence is only looked up for a font id
            used[g.font_id] = used.get(g.font_id, 0) + 1
    for font_id, count in used.items():
        repair.repaired += count
        repair.notes.append(f"font map completed from embedded cmap: {fonts.evidence[font_id].name} ({count} glyphs)")


def page_text(glyphs: list[Glyph], only: set[int] | None = None) -> str:
    """The page's lines as text; with `only` (ids of glyphs), just the lines holding one of them."""
    if only is not None:
        groups = cluster_by_baseline([g for g in glyphs if not g.rotation])
        kept = [g for group in groups if any(id(x) in only for x in group) for g in group]
        glyphs = kept + [g for g in glyphs if g.rotation]  # turned text is few lines: all of it
    return normalise("\n".join(line.text for line in glyphs_to_lines(glyphs)))


def text_score(text: str) -> tuple[int, float | None]:
    return invalid_count(text), dictionary_share(text)


def _no_worse(after: tuple[int, float | None], before: tuple[int, float | None]) -> bool:
    (bad_a, share_a), (bad_b, share_b) = after, before
    if bad_a > bad_b:
        return False
    return share_a is None or share_b is None or share_a >= share_b - 1e-9


def _better(after: tuple[int, float | None], before: tuple[int, float | None]) -> bool:
    (bad_a, share_a), (bad_b, share_b) = after, before
    return bad_a < bad_b or (share_a is not None and share_b is not None and share_a > share_b + 1e-9)


def _apply_font_proposals(glyphs: list[Glyph], fonts: FontFacts, repair: PageRepair) -> None:
    by_font: dict[int, list[Glyph]] = {}
    for g in glyphs:
        evidence = fonts.evidence.get(g.font_id) if g.font_id is not None else None
        if evidence and g.cid in evidence.proposals and not g.from_span:
            assert g.font_id is not None  # evidence is only looked up for a font id
            by_font.setdefault(g.font_id, []).append(g)
    for font_id, affected in by_font.items():
        evidence = fonts.evidence[font_id]
        only = {id(g) for g in affected}
        before_text = page_text(glyphs, only)
        old = [(g, g.text, g.mark) for g in affected]
        for g in affected:
            assert g.cid is not None  # collected above only when its cid is in evidence.proposals
            g.text = evidence.proposals[g.cid]
            g.mark = _is_mark(g.text)
        after_text = page_text(glyphs, only)
        before, after = text_score(before_text), text_score(after_text)
        if _no_worse(after, before) and _better(after, before):
            repair.repaired += len(affected)
            repair.notes.append(
                f"font map repaired from embedded cmap: {evidence.name} ({len(affected)} glyphs; {_describe(before)} -> {_describe(after)})"
            )
            continue
        for g, text, mark in old:
            g.text, g.mark = text, mark
        if before_text != after_text:
            repair.notes.append(f"font map repair refused: {evidence.name} ({_describe(before)} -> {_describe(after)})")


def _describe(score: tuple[int, float | None]) -> str:
    bad, share = score
    return f"{bad} invalid, dictionary {share:.1%}" if share is not None else f"{bad} invalid"


def _is_mark(text: str) -> bool:
    return bool(text) and all(c in THAI_MARKS for c in text)


# --- 4. a legacy Thai font's bytes given as Latin-1 ----------------------------------------

# TIS-620's Thai code points (0xA1-0xDA, 0xDF-0xFB) sit 0x0D60 below their Unicode letters.
_TIS620_OFFSET = 0x0D60
MIN_LEGACY_SHARE = 0.5  # of a font's glyphs on the page: mostly Latin-1 letters in TIS-620's range


def _tis620(char: str) -> str | None:
    code = ord(char) if len(char) == 1 else 0
    return chr(code + _TIS620_OFFSET) if 0xA1 <= code <= 0xDA or 0xDF <= code <= 0xFB else None


def _apply_tis620_from_latin1(glyphs: list[Glyph], fonts: FontFacts, repair: PageRepair) -> None:
    """A font whose map gives each Thai glyph the Latin-1 character of its TIS-620 byte (ก -> ¡,
    า -> Ò: a legacy 8-bit Thai font): the page's own text shows it (most of the font's glyphs are
    such characters); mapped back and kept only when the lines read better."""
    by_font: dict[object, list[Glyph]] = {}
    for g in glyphs:
        if not g.from_span and g.text.strip():
            by_font.setdefault(g.font_id if g.font_id is not None else g.font, []).append(g)
    for font, used in by_font.items():
        legacy = [g for g in used if _tis620(g.text)]
        if len(legacy) < MIN_LEGACY_SHARE * len(used):
            continue
        only = {id(g) for g in legacy}
        before_text = page_text(glyphs, only)
        old = [(g, g.text, g.mark, g.unknown_mark) for g in legacy]
        for g in legacy:
            g.text = _tis620(g.text)
            g.mark = _is_mark(g.text)
            g.unknown_mark = g.unknown_mark and not g.mark  # its mark is known now
        after_text = page_text(glyphs, only)
        before, after = text_score(before_text), text_score(after_text)
        name = fonts.evidence[font].name if font in fonts.evidence else str(font)
        # Before, the lines hold no Thai to score: the Thai they become must read as words.
        now_thai = before[1] is None and after[1] is not None and after[1] >= MIN_SOLVED_SHARE
        if _no_worse(after, before) and (_better(after, before) or now_thai):
            repair.repaired += len(legacy)
            repair.notes.append(
                f"legacy Thai font read as TIS-620: {name} ({len(legacy)} glyphs; {_describe(before)} -> {_describe(after)})"
            )
            continue
        for g, text, mark, unknown in old:
            g.text, g.mark, g.unknown_mark = text, mark, unknown
        repair.notes.append(f"TIS-620 reading refused: {name} ({_describe(before)} -> {_describe(after)})")


# --- 3. sara am drawn as a ring and a sara aa -------------------------------------------


def _apply_sara_am_rings(glyphs: list[Glyph], graphics: list[dict], repair: PageRepair, unmapped: list[Glyph]) -> bool:
    """True when the repair was kept.  `unmapped`: the page's mark glyphs that had no Unicode
    (whatever the mark solver made of them, one may be a sara am's ring)."""
    proposed = proposed_sara(glyphs, graphics, unmapped)
    if not proposed:
        return False
    affected = [g for g in glyphs if id(g) in proposed]
    only = {id(g) for g in affected}
    before_text = page_text(glyphs, only)
    old = [(g, g.text, g.mark, g.unknown_mark) for g in affected]
    for g in affected:
        g.text = proposed[id(g)]
        if g.text == NIKHAHIT:  # a ring glyph with no Unicode: now a known mark
            g.mark, g.unknown_mark = True, False
    after_text = page_text(glyphs, only)
    before, after = text_score(before_text), text_score(after_text)
    to_am = sum(1 for g in affected if g.text == SARA_AM)
    rings = sum(1 for g in affected if g.text == NIKHAHIT)
    what = f"{to_am} read as sara am, {len(affected) - to_am - rings} as sara aa" + (
        f", {rings} ring glyphs as nikhahit" if rings else ""
    )
    if _no_worse(after, before) and _better(after, before):
        repair.repaired += len(affected)
        repair.notes.append(
            f"sara am drawn as a ring and a sara aa: {what} ({_describe(before)} -> {_describe(after)})"
        )
        return True
    for g, text, mark, unknown in old:
        g.text, g.mark, g.unknown_mark = text, mark, unknown
    repair.notes.append(f"sara am ring repair refused: {what} ({_describe(before)} -> {_describe(after)})")
    return False


# --- 2. unknown marks -----------------------------------------------------------------


def _solve_unknown_marks(glyphs: list[Glyph], fonts: FontFacts, repair: PageRepair) -> None:
    unknown = [g for g in glyphs if g.unknown_mark]
    if not unknown:
        return
    repair.unknown_marks = len(unknown)
    keys = sorted({(g.font_id, g.cid) for g in unknown}, key=str)
    placeholder = {key: chr(_PLACEHOLDER_BASE + i) for i, key in enumerate(keys)}
    for g in unknown:
        g.text = placeholder[(g.font_id, g.cid)]
    lines = [line.text for line in glyphs_to_lines(glyphs)]
    words = [w for line in lines for w in line.split() if any(p in w for p in placeholder.values())]
    start = {key: fonts.solved_marks.get(key) for key in keys}
    solution = _coordinate_ascent(words, placeholder, start)
    table = {ord(placeholder[k]): solution[k] for k in keys}
    solved_words = [normalise(w.translate(table)) for w in words]
    joined = " ".join(solved_words)
    share = _dictionary_share(solved_words)
    if invalid_count(joined) == 0 and share >= MIN_SOLVED_SHARE:
        for g in unknown:
            g.text = solution[(g.font_id, g.cid)]
            g.unknown_mark = False
        fonts.solved_marks.update(solution)
        repair.repaired += len(unknown)
        repair.notes.append(
            f"{len(unknown)} glyphs without a Unicode mark read by their words ({len(keys)} distinct; dictionary {share:.1%})"
        )
        return
    for g in unknown:
        g.text = ""  # never passed on as text; the page is OCR'd or flagged
    repair.unresolved_marks = len(unknown)


def _coordinate_ascent(words: list[str], placeholder: dict, start: dict) -> dict:
    keys = list(placeholder)
    current = {k: start[k] or "" for k in keys}  # "" = not yet decided (the mark left out)
    best_score = _score(words, placeholder, current)
    for _ in range(SOLVER_ROUNDS):
        changed = False
        for k in keys:
            for mark in THAI_MARKS:
                if mark == current[k]:
                    continue
                trial = dict(current)
                trial[k] = mark
                score = _score(words, placeholder, trial)
                if score > best_score:
                    best_score, current, changed = score, trial, True
        if not changed:
            break
    return current


def _score(words: list[str], placeholder: dict, assignment: dict) -> float:
    table = {ord(placeholder[k]): v for k, v in assignment.items()}
    return reading_score(" ".join(w.translate(table) for w in words))


def _dictionary_share(words: list[str]) -> float:
    text = " ".join(words)
    tokens = [t for t in word_tokenize(text) if t.strip()]
    total = sum(len(t) for t in tokens)
    return sum(len(t) for t in tokens if is_dictionary_word(t)) / total if total else 0.0
