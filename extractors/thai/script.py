"""Facts of the Thai script used across the project, in one place.

Digits: Thai ๐-๙ and Arabic 0-9 are the same numbers; the pipeline compares and
parses in Arabic digits, Word writes list numbers in Thai when asked.

Letters as list numbers: Thai letter items (ก. ข. ค. …) never use the obsolete
ฃ and ฅ.  The .docx reader renders Word's ``thaiLetters`` numbering with ฆ (its
tests pin that sequence); letter items typed by hand in Thai forms usually go
ค. then ง.  The two sequences were kept in two files that silently disagreed;
they are named here side by side and each user says which it follows.
"""

from __future__ import annotations

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
ARABIC_DIGITS = "0123456789"
TO_ARABIC = str.maketrans(THAI_DIGITS, ARABIC_DIGITS)
TO_THAI = str.maketrans(ARABIC_DIGITS, THAI_DIGITS)

# Word's thaiLetters numbering sequence (ฃ and ฅ left out).
WORD_THAI_LETTERS = "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
# Letter items as Thai forms are usually typed: ฆ left out as well (ค. is followed by ง.).
TYPED_THAI_LETTERS = WORD_THAI_LETTERS.replace("ฆ", "")


def to_arabic_digits(text: str) -> str:
    """๐-๙ as 0-9; everything else unchanged."""
    return text.translate(TO_ARABIC)
