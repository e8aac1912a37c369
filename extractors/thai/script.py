"""Facts of the Thai script used across the project, in one place: digits, letters, marks.

(Month names are language data the rubric holds: `period.months` in the rubric file.)

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

# --- character classes, as regular-expression ranges (use them inside [...]) ----------
CONSONANTS = "\u0e01-\u0e2e"
# Vowels written above or below the consonant: mai han-akat, sara i..uu, phinthu, maitaikhu.
ABOVE_BELOW_VOWELS = "\u0e31\u0e34-\u0e3a\u0e47"
TONE_MARKS = "\u0e48-\u0e4b"  # mai ek, mai tho, mai tri, mai chattawa
OTHER_MARKS = "\u0e4c-\u0e4e"  # thanthakhat, nikhahit, yamakkan
UPPER_MARKS = TONE_MARKS + OTHER_MARKS  # written above the vowel marks
COMBINING_MARKS = ABOVE_BELOW_VOWELS + UPPER_MARKS
THAI_LETTERS = "\u0e01-\u0e3a\u0e40-\u0e4e"  # consonants, vowels and marks (not digits, ฯ, ๆ)
# The same combining marks as single characters, in code-point order.
COMBINING_MARK_CHARS = "".join(chr(c) for c in (0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)))

SARA_AA = "\u0e32"
SARA_AM = "\u0e33"  # drawn by most fonts as NIKHAHIT + SARA_AA
NIKHAHIT = "\u0e4d"

# Word's thaiLetters numbering sequence (ฃ and ฅ left out).
WORD_THAI_LETTERS = "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
# Letter items as Thai forms are usually typed: ฆ left out as well (ค. is followed by ง.).
TYPED_THAI_LETTERS = WORD_THAI_LETTERS.replace("ฆ", "")


def to_arabic_digits(text: str) -> str:
    """๐-๙ as 0-9; everything else unchanged."""
    return text.translate(TO_ARABIC)
