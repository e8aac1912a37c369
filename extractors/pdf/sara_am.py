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
  somewhere on the page (a font drawing ำ as one glyph is never touched);
- the ring may also be a glyph of its own with no Unicode map, which the
  mark solver (`pdf_repair`) reads as NIKHAHIT: then NIKHAHIT + the sara
  glyph is ำ, and the sara glyph must read า.

The result must prove it (`pdf_repair`'s test on the lines concerned: no
more sequences Thai never has and a higher share of dictionary words);
otherwise the change is refused and the refusal recorded.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..thai.script import NIKHAHIT, SARA_AA, SARA_AM
from .glyphs import Glyph

RING_WIDTH = 0.4  # of the font size: a nikhahit ring is about a quarter of an em across
RING_ABOVE = 0.35  # of the font size above the baseline: the ring's bottom is higher (above the x-height)
RING_TOP = 1.2  # ... and its top no higher than this above the baseline
RING_REACH = 0.2  # of the font size: how far left of the sara glyph the ring may end (or overlap it)


def rings(graphics: list[dict]) -> list[dict]:
    """Small filled curves: candidate nikhahit rings (an outline and its hole are two curves)."""
    return [
        g
        for g in graphics
        if g.get("object_type") == "curve" and g.get("fill") and g["x1"] - g["x0"] > 0 and g["bottom"] - g["top"] > 0
    ]


def _ring_before(glyph: Glyph, candidates: list[dict]) -> bool:
    size = glyph.size or (glyph.bottom - glyph.top)
    for ring in candidates:
        if ring["x1"] - ring["x0"] > RING_WIDTH * size:
            continue
        if not (
            glyph.baseline - RING_TOP * size <= ring["top"] and ring["bottom"] <= glyph.baseline - RING_ABOVE * size
        ):
            continue
        if glyph.x0 - RING_REACH * size <= ring["x1"] <= glyph.x0 + RING_REACH * size:
            return True
    return False


def _nikhahit_glyph_before(glyph: Glyph, nikhahits: list[Glyph]) -> Glyph | None:
    """A ring glyph just before the sara glyph (a NIKHAHIT, or a mark glyph with no Unicode), if any."""
    size = glyph.size or (glyph.bottom - glyph.top)
    for n in nikhahits:
        if (
            abs(n.baseline - glyph.baseline) <= 0.3 * size
            and glyph.x0 - (1 + RING_REACH) * size <= n.x0 <= glyph.x0 + RING_REACH * size
        ):
            return n
    return None


RING_CODE_SHARE = 0.8  # of an unmapped mark code's glyphs that stand just before a sara glyph


def _unmapped_rings(unmapped: list[Glyph], saras: list[Glyph]) -> list[Glyph]:
    """Mark glyphs that had no Unicode whose code stands just before a sara glyph nearly every
    time it is drawn: the ring of a sara am.  (A tone mark's code also stands before other letters.)"""
    unknown = [g for g in unmapped if not g.rotation]
    by_code: dict[tuple, list[Glyph]] = {}
    for g in unknown:
        by_code.setdefault((g.font_id, g.cid), []).append(g)
    out = []
    for group in by_code.values():
        before = [g for g in group if any(_nikhahit_glyph_before(s, [g]) for s in saras)]
        if len(before) >= RING_CODE_SHARE * len(group):
            out.extend(group)
    return out


def proposed_sara(glyphs: list[Glyph], graphics: list[dict], unmapped: Sequence[Glyph] = ()) -> dict[int, str]:
    """id(glyph) -> the text the page's rings say it has, for glyphs whose text says otherwise.

    With a ring painted as a shape, the sara glyph holds all of ำ: า becomes ำ.
    With the ring as a glyph of its own (a NIKHAHIT, or one of `unmapped`, the
    mark glyphs with no Unicode, which then is the NIKHAHIT), NIKHAHIT + า
    already reads ำ: the sara glyph must be า.  Either way a sara glyph read as ำ with no ring before it
    is า, when its code is seen with a ring elsewhere on the page.
    """
    candidates = rings(graphics)
    saras = [g for g in glyphs if g.text in (SARA_AA, SARA_AM) and not g.from_span and not g.rotation]
    ring_glyphs = [g for g in glyphs if g.text == NIKHAHIT and not g.rotation]
    ring_glyphs += [g for g in _unmapped_rings(list(unmapped), saras) if g.text != NIKHAHIT]
    if not candidates and not ring_glyphs:
        return {}
    shaped = {id(g) for g in saras if candidates and _ring_before(g, candidates)}
    as_glyph = {}
    for g in saras:
        if id(g) not in shaped and ring_glyphs:
            ring = _nikhahit_glyph_before(g, ring_glyphs)
            if ring is not None:
                as_glyph[id(g)] = ring
    if not shaped and not as_glyph:
        return {}
    codes = {(g.font_id, g.cid) for g in saras if id(g) in shaped or id(g) in as_glyph}
    out: dict[int, str] = {}
    for g in saras:
        if id(g) in shaped:
            if g.text == SARA_AA:
                out[id(g)] = SARA_AM
        elif id(g) in as_glyph:
            ring = as_glyph[id(g)]
            if ring.text != NIKHAHIT:
                out[id(ring)] = NIKHAHIT
            if g.text == SARA_AM:
                out[id(g)] = SARA_AA
        elif g.text == SARA_AM and (g.font_id, g.cid) in codes:
            out[id(g)] = SARA_AA
    return out
