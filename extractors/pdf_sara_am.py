"""Sara am drawn in two pieces: its ring painted as a shape, its sara aa as text.

Some PDF producers draw ำ (SARA AM) as two things: the small nikhahit ring,
painted as a filled vector path (not text) over the end of the letter before,
and the SARA AA glyph.  The text layer then holds only that glyph: as า
(`สำนักงาน` reads `สานักงาน`, `ประจำปี` reads `ประจาปี`), or, where the font's
map gives that glyph as ำ, every า of the page reads ำ (`หลักการ` reads
`หลักกำร`).  `text_quality.assess_text` catches such a page ("sara am and
sara aa confused"); without a repair it goes to OCR.

The ring on the page is the file's evidence, glyph by glyph:

- a *ring* is a filled curve at most `RING_WIDTH` of the font size wide,
  lying above the line's x-height (between `RING_ABOVE` of the size above
  the baseline and the top of the ascenders), whose right edge is within
  `RING_REACH` of the size of a sara glyph's left edge;
- a sara aa / sara am glyph with a ring just before it is ำ; one without is
  า, but only for a glyph code (font and code) that is seen with a ring
  somewhere on the page (a font drawing ำ as one glyph is never touched).

The result must prove it (`pdf_repair`'s test on the lines concerned: no
more sequences Thai never has and a higher share of dictionary words);
otherwise the change is refused and the refusal recorded.
"""

from __future__ import annotations

from .pdf_glyphs import Glyph

SARA_AA, SARA_AM = "\u0e32", "\u0e33"
RING_WIDTH = 0.4  # of the font size: a nikhahit ring is about a quarter of an em across
RING_ABOVE = 0.35  # of the font size above the baseline: the ring's bottom is higher (above the x-height)
RING_TOP = 1.2  # ... and its top no higher than this above the baseline
RING_REACH = 0.2  # of the font size: how far left of the sara glyph the ring may end (or overlap it)


def rings(graphics: list[dict]) -> list[dict]:
    """Small filled curves: candidate nikhahit rings (an outline and its hole are two curves)."""
    return [
        g for g in graphics
        if g.get("object_type") == "curve" and g.get("fill") and g["x1"] - g["x0"] > 0 and g["bottom"] - g["top"] > 0
    ]


def _ring_before(glyph: Glyph, candidates: list[dict]) -> bool:
    size = glyph.size or (glyph.bottom - glyph.top)
    for ring in candidates:
        if ring["x1"] - ring["x0"] > RING_WIDTH * size:
            continue
        if not (glyph.baseline - RING_TOP * size <= ring["top"] and ring["bottom"] <= glyph.baseline - RING_ABOVE * size):
            continue
        if glyph.x0 - RING_REACH * size <= ring["x1"] <= glyph.x0 + RING_REACH * size:
            return True
    return False


def proposed_sara(glyphs: list[Glyph], graphics: list[dict]) -> dict[int, str]:
    """id(glyph) -> the sara the page's rings say it is, for glyphs whose text says otherwise."""
    candidates = rings(graphics)
    if not candidates:
        return {}
    saras = [g for g in glyphs if g.text in (SARA_AA, SARA_AM) and not g.from_span and not g.rotation]
    ringed = {id(g) for g in saras if _ring_before(g, candidates)}
    if not ringed:
        return {}
    codes = {(g.font_id, g.cid) for g in saras if id(g) in ringed}
    out: dict[int, str] = {}
    for g in saras:
        if id(g) in ringed and g.text == SARA_AA:
            out[id(g)] = SARA_AM
        elif id(g) not in ringed and g.text == SARA_AM and (g.font_id, g.cid) in codes:
            out[id(g)] = SARA_AA
    return out
