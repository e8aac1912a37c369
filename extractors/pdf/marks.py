"""Zero-width "spaces": the lost NIKHAHIT of SARA AM.

Thai SARA AM (ำ) is drawn by most Thai fonts as two glyphs: a NIKHAHIT
circle (U+0E4D, zero advance, sitting over the consonant before) and SARA AA
(า).  Word's PDF export maps the circle glyph to U+0020 SPACE in /ToUnicode
when its subset font has no cmap entry for it (seen in Word 365 AngsanaNew:
"ทำได้" reads "ท าได้"; and in the Royal Gazette's TH SarabunIT๙, where
`pdf_fonts` can repair it from the font's cmap instead).  A real space has an
advance; this glyph has none, and it is always drawn right before SARA AA,
possibly with a tone mark between (น้ำ).

So a zero-width whitespace glyph followed by SARA AA (tone marks aside) is
read as NIKHAHIT, which normalisation then composes with SARA AA into SARA
AM.  Because this is inference, each repair is checked against the Thai
dictionary: it is kept unless the words around it read better without it.
Other zero-width whitespace glyphs draw nothing and are dropped, so they
cannot split words either.  A zero-width glyph whose map gives no text at all
(an empty /ToUnicode entry) is treated the same way.
"""

from __future__ import annotations

from ..thai.nlp import is_dictionary_word, word_tokenize
from ..thai.script import NIKHAHIT, SARA_AA
from .glyphs import Glyph

ZERO_WIDTH = 0.05  # x font size: narrower than this draws no gap
CONTEXT = 8  # glyphs each side used to judge a repair with the dictionary


def restore_nikhahit(glyphs: list[Glyph]) -> tuple[list[Glyph], int]:
    """Glyphs (in stream order) with zero-width spaces resolved; and how many became NIKHAHIT."""
    out: list[Glyph] = []
    restored = 0
    for i, g in enumerate(glyphs):
        if not (not g.text.strip() and g.x1 - g.x0 < ZERO_WIDTH * g.size):
            out.append(g)
            continue
        if _before_sara_aa(glyphs, i) and _dictionary_agrees(glyphs, i):
            g.text = NIKHAHIT
            g.mark = True
            out.append(g)
            restored += 1
    return out, restored


def _before_sara_aa(glyphs: list[Glyph], i: int) -> bool:
    for g in glyphs[i + 1 : i + 4]:
        if g.text == SARA_AA:
            return True
        if not g.mark:
            return False
    return False


def _dictionary_agrees(glyphs: list[Glyph], i: int) -> bool:
    """True unless the text around glyph i has more dictionary words with it dropped."""
    before = "".join(g.text for g in glyphs[max(0, i - CONTEXT) : i])
    after = "".join(g.text for g in glyphs[i + 1 : i + 1 + CONTEXT])
    word_before, word_after = before.split()[-1:] or [""], after.split()[:1] or [""]
    with_am = word_before[0] + word_after[0].replace(SARA_AA, "\u0e33", 1)  # tone marks stay before SARA AM
    without = word_before[0] + word_after[0]
    return _dictionary_chars(with_am) >= _dictionary_chars(without)


def _dictionary_chars(text: str) -> int:
    return sum(len(w) for w in word_tokenize(text) if is_dictionary_word(w))
