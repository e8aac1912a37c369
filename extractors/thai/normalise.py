"""One Thai text normalisation shared by every extractor.

Text from PDFs and OCR carries character-level damage that is not Thai
spelling: invisible zero-width characters, Private Use Area glyphs of legacy
fonts, sara am written as nikhahit + sara aa, combining marks in the wrong
order or displaced one character to the right, spaces in front of marks.
`normalise` repairs exactly these, using only the characters (no dictionary,
no page geometry: reordering glyphs by position is the PDF reader's job), so
correct Thai text passes through unchanged and a second run changes nothing.

Why hand-written: Unicode NFC only reorders the few Thai marks with a non-zero
combining class (lower vowels, tone marks) and NFKC even splits sara am; no
maintained library implements these PDF/legacy-font repairs offline, and
PyThaiNLP's ``normalize`` also removes repeated characters and
reorders with different rules, so it is not safe to run on evidence text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..data.thai_pua import PUA_TO_THAI
from .script import (  # noqa: F401  (COMBINING_MARKS, CONSONANTS: this module's names for text_quality)
    ABOVE_BELOW_VOWELS,
    COMBINING_MARKS,
    CONSONANTS,
    NIKHAHIT,
    SARA_AA,
    SARA_AM,
    TONE_MARKS,
    UPPER_MARKS,
)

# Characters a displaced combining mark may have slipped past: spacing vowels
# that never carry a mark (sara a, sara aa, sara am, lakkhangyao), the leading
# vowels, mai yamok, paiyannoi and closing quotes/brackets.
_NON_CARRIERS = "\u0e30\u0e32\u0e33\u0e45\u0e40-\u0e44\u0e46\u0e2f\"'\u201d\u2019)\\]"

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACE_VARIANTS = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_SPACE_RUN = re.compile(" {2,}")
_SPACE_BEFORE_MARK = re.compile(f" +(?=[{COMBINING_MARKS}])")
# A mark that follows a character which cannot carry it, right after a
# consonant cluster: "วา่" -> "ว่า", "ไดใ้" -> "ได้ใ", 'ได"้' -> 'ได้"'.
_DISPLACED_MARKS = re.compile(f"([{CONSONANTS}][{COMBINING_MARKS}]*)([{_NON_CARRIERS}])([{COMBINING_MARKS}]+)")
_MARK_RUN = re.compile(f"[{COMBINING_MARKS}]{{2,}}")
# Sara am written as its two halves: nikhahit (+ a tone mark) (+ a space) + sara aa.
_NIKHAHIT_AA = re.compile(f"{NIKHAHIT}([{TONE_MARKS}]?) ?{SARA_AA}")
# Sara am whose nikhahit glyph came out as a space (fonts such as TH Sarabun
# map it to U+0020): "อ านาจ" -> "อำนาจ".  Sara aa never follows a space in
# Thai, and the only glyph drawn between a consonant and sara aa is nikhahit.
_SPACE_AA = re.compile(f"(?<=[{CONSONANTS}{COMBINING_MARKS}]) {SARA_AA}")
# Sara am followed by a doubled sara aa: LibreOffice maps the nikhahit glyph of
# a decomposed sara am to "ำ" and the sara aa glyph to "า" ("จำานวน").  Sara aa
# never follows sara am in Thai.
_AM_AA = re.compile(f"{SARA_AM}{SARA_AA}")

_PUA_TABLE = {pua: chr(thai) for pua, thai in PUA_TO_THAI.items()}
_PUA_RANGES = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")


def remove_zero_width(text: str) -> str:
    """Drop zero-width spaces/joiners, the BOM and soft hyphens; other spaces become U+0020."""
    return _SPACE_VARIANTS.sub(" ", _ZERO_WIDTH.sub("", text))


def pua_to_thai(text: str) -> str:
    """Map legacy-font PUA glyphs (U+F700-U+F71A, U+F884-U+F89E) to standard Thai."""
    return text.translate(_PUA_TABLE)


def drop_space_before_marks(text: str) -> str:
    """'น ้ ำ' -> 'น้ำ': a combining mark always belongs to the character before the space."""
    return _SPACE_BEFORE_MARK.sub("", text)


def reattach_displaced_marks(text: str) -> str:
    """Move a mark that follows a non-carrier (า, ใ, a quote...) back onto the consonant before it."""
    return _DISPLACED_MARKS.sub(r"\1\3\2", text)


def _mark_rank(mark: str) -> int:
    return 0 if re.match(f"[{ABOVE_BELOW_VOWELS}]", mark) else 1


def reorder_marks(text: str) -> str:
    """Put stacked marks in canonical order: vowel mark first, then tone mark ('ก่ิ' -> 'กิ่')."""
    return _MARK_RUN.sub(lambda m: "".join(sorted(m.group(), key=_mark_rank)), text)


def compose_sara_am(text: str) -> str:
    """Sara am from its halves: nikhahit + (tone) + sara aa; space + sara aa after a consonant; "ำา"."""
    text = _NIKHAHIT_AA.sub(rf"\1{SARA_AM}", text)
    text = _SPACE_AA.sub(SARA_AM, text)
    return _AM_AA.sub(SARA_AM, text)


def collapse_spaces(text: str) -> str:
    """Runs of spaces become one space (tabs and line breaks are kept)."""
    return _SPACE_RUN.sub(" ", text)


def normalise(text: str) -> str:
    """The one Thai normalisation: idempotent, and correct Thai text is left unchanged."""
    text = remove_zero_width(text)
    text = pua_to_thai(text)
    text = collapse_spaces(text)
    text = drop_space_before_marks(text)
    text = reattach_displaced_marks(text)
    text = reorder_marks(text)
    text = compose_sara_am(text)
    return collapse_spaces(text)


def _joins_without_space(char: str) -> bool:
    """Thai letters, vowels and marks (not digits, ฯ or ๆ, which are followed by a space)."""
    return "\u0e01" <= char <= "\u0e4e" and char not in "\u0e2f\u0e46"


def join_lines(lines: Iterable[str]) -> str:
    """Join the visual lines of one paragraph into one line.

    No space where both sides of the wrap are Thai (a wrap inside Thai text never
    stands for a space); a line ending in a hyphen after a Latin letter joins
    with no space and keeps the hyphen; otherwise one space.
    """
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif _joins_without_space(out[-1]) and _joins_without_space(line[0]):
            out += line
        elif out.endswith("-") and len(out) > 1 and out[-2].isascii() and out[-2].isalpha():
            out += line
        else:
            out += " " + line
    return out


def pua_share(text: str) -> float:
    """Share of non-space characters that are in a Private Use Area."""
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return 0.0
    return sum(1 for c in visible if _PUA_RANGES.match(c)) / len(visible)


def strip_pua(text: str) -> str:
    """Last resort after `normalise`: remove any PUA character left, so none reaches the output."""
    return _PUA_RANGES.sub("", text)
