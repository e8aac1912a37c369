"""Is a page's extracted text usable, or must the page be OCR'd?

A PDF text layer can be missing (a scan), garbage (fonts without a usable
ToUnicode map: "(cid:N)" codes, Latin letters or PUA codes instead of Thai),
or fine.  `assess_text` measures the raw text of one page and says which,
with a short English reason the reader shows as `PageInfo.note`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..settings import DEFAULT_SETTINGS, ReadSettings
from .nlp import is_dictionary_word, word_tokenize
from .normalise import COMBINING_MARKS, CONSONANTS, normalise, pua_share, pua_to_thai
from .script import SARA_AA, SARA_AM
from .validity import invalid_count

_CID = re.compile(r"\(cid:\d+\)")
_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
_THAI_RUN = re.compile("[\u0e01-\u0e4e]+")
_ORPHAN_MARK = re.compile(f"(?<![{CONSONANTS}{COMBINING_MARKS}])[{COMBINING_MARKS}]")
# Symbol fonts (Wingdings, Symbol) put their glyphs at U+F020-U+F0FF by
# Microsoft's convention: check boxes and bullets on a form, not damaged text.
_SYMBOL_FONT_PUA = re.compile("[\uf000-\uf0ff]")
# Thai in TIS-620 / Windows-874 read as Latin-1 ("¡ÒÃ»ÃÐàÁÔ¹"): every Thai
# letter lands in U+00A1-U+00FB.
_LATIN1_UPPER = re.compile("[\u00a1-\u00ff]")
# Glyphs of a font without a Unicode map often come out as ASCII punctuation
# ('!"#$%#&\'('); leader dots and underscores of a form's blanks do not count.
_SYMBOL = re.compile(r"[!\"#$%&'()*+,/:;<=>?@\[\\\]^`{|}~]")
_LEADER = re.compile(r"[._\-]{3,}")

# Below this many Thai letters the dictionary share says nothing (a heading,
# a table of numbers with a few Thai labels).  Below this many "(cid:N)" codes
# and no other text, a page has no text layer rather than a broken one.
MIN_THAI_CHARS = 20
MIN_CID_CODES = 20
# More than this share of the glyphs as "(cid:N)" codes: the font has no
# Unicode map (a stripped ToUnicode gives ~100%; stray bullets well under 5%).
MAX_CID_SHARE = 0.10
# More than this share of visible characters in U+00A1-U+00FF: Thai text in
# a legacy 8-bit encoding.  French or German text stays under 0.1.
MAX_LATIN1_SHARE = 0.30
# More than this share of visible characters as ASCII punctuation: glyph
# codes, not text.  Measured: such garbage 0.79, an English sentence with
# figures 0.11, a row of numbers and dates 0.25, a form's fill-in line 0.15,
# real Thai pages 0.00-0.07.
MAX_SYMBOL_SHARE = 0.50
# Sequences Thai never has (thai_validity): doubled nikhahit, marks on spaces or
# digits, ASCII inside Thai words.  Measured: 0 on every page of the samples,
# the unseen sets and the real-world documents whose text layer is right;
# 10-100 per page on Word 2013's wrong sara-am map and Quartz's unmapped marks.
# More than MAX_INVALID on a page and more than MAX_INVALID_SHARE of its
# Thai letters: the layer does not say what the page shows.
MAX_INVALID = 3
MAX_INVALID_SHARE = 0.003
# SARA AM dropped from the layer (its NIKHAHIT drawn but not mapped: "ประจาปี",
# "สานักงาน") or SARA AA mapped to SARA AM ("หลักกำร"): stretches that become
# dictionary words when one is read as the other.  More than this many on a page
# and more than this share of its stretches holding either: the layer confuses them.
# Measured on correct pages (realworld, realworld2, samples, unseen sets): at most
# 1 per page, 4 in 6,629 stretches.
MAX_SARA_AM_CONFUSED = 2
MAX_SARA_AM_CONFUSED_SHARE = 0.05


@dataclass(frozen=True)
class TextQuality:
    absent: bool  # no usable text at all (empty / whitespace / only "(cid:N)")
    damaged: bool  # text present but unusable
    dictionary_share: float | None  # share of Thai text in dictionary words; None when too little Thai
    pua_share: float  # share of visible characters left in the PUA after mapping (symbol fonts excepted)
    orphan_marks: int  # Thai combining marks with no consonant before them (in the raw text)
    cid_share: float  # share of glyphs that came out as "(cid:N)" codes
    reason: str | None  # short English reason when absent or damaged
    invalid: int = 0  # sequences Thai never has (thai_validity), after normalisation

    @property
    def usable(self) -> bool:
        return not (self.absent or self.damaged)


def _visible(text: str) -> str:
    return re.sub(r"\s", "", text)


def cid_share(text: str) -> float:
    """Share of glyphs that are "(cid:N)" codes (each code counts as one glyph)."""
    codes = len(_CID.findall(text))
    others = len(_visible(_CID.sub("", text)))
    return codes / (codes + others) if codes + others else 0.0


def residue_pua_share(text: str) -> float:
    """PUA share after mapping, not counting symbol-font glyphs (bullets, check boxes)."""
    return pua_share(_SYMBOL_FONT_PUA.sub("", text))


def latin1_share(text: str) -> float:
    """Share of visible characters in U+00A1-U+00FF (legacy-encoded Thai read as Latin-1)."""
    visible = _visible(text)
    return len(_LATIN1_UPPER.findall(visible)) / len(visible) if visible else 0.0


def symbol_share(text: str) -> float:
    """Share of visible characters that are ASCII punctuation, leader lines removed."""
    visible = _visible(_LEADER.sub("", text))
    return len(_SYMBOL.findall(visible)) / len(visible) if visible else 0.0


def count_orphan_marks(text: str) -> int:
    """Combining marks not preceded by a Thai consonant or another mark."""
    return len(_ORPHAN_MARK.findall(text))


def dictionary_share(text: str) -> float | None:
    """Share of the Thai letters that lie in dictionary words; None below MIN_THAI_CHARS.

    Weighted by token length, not a count of tokens: garbage splits into many
    one- and two-letter tokens, some of which are words, and short table cells
    and abbreviations do too.  Measured: correct pages 0.92-0.998, a page with
    marks out of order (Word 365 export) 0.84, text with 20% of its letters
    wrong 0.62, 30% wrong 0.52, a wrong font map (letters substituted) 0.17,
    a line of form abbreviations ("ก.พ.ร. สยป. กทม.") 0.66.  Counting tokens
    instead gave 0.41 for the wrong map and 0.47 for the abbreviations.
    """
    thai = " ".join(_THAI_RUN.findall(text))
    if len(_THAI_LETTER.findall(thai)) < MIN_THAI_CHARS:
        return None
    tokens = [t for t in word_tokenize(thai) if _THAI_LETTER.search(t)]
    total = sum(len(t) for t in tokens)
    if not total:
        return None
    return sum(len(t) for t in tokens if is_dictionary_word(t)) / total


def sara_am_confused(text: str) -> tuple[int, int]:
    """(stretches that read as dictionary words -- or as fewer of them -- only with one SARA AA read
    as SARA AM or one SARA AM read as SARA AA, stretches holding either).

    "ประจาปีงบประมาณ" splits into the words ประ|จา|ปี|งบประมาณ but "ประจำปีงบประมาณ" into
    fewer (SARA AM dropped from the layer); "หลักกำร" is no word but "หลักการ" is (the SARA AA
    glyph mapped to SARA AM).
    """
    runs = [r for r in _THAI_RUN.findall(text) if "\u0e32" in r or "\u0e33" in r]
    confused = 0
    for run in runs:
        tokens = word_tokenize(run)
        words_only = all(is_dictionary_word(t) for t in tokens)
        for i, char in enumerate(run):
            if char not in (SARA_AA, SARA_AM):
                continue
            swapped = SARA_AM if char == SARA_AA else SARA_AA
            candidate = word_tokenize(run[:i] + swapped + run[i + 1 :])
            if all(is_dictionary_word(t) for t in candidate) and (not words_only or len(candidate) < len(tokens)):
                confused += 1
                break
    return confused, len(runs)


READING_TOKEN_COST = 0.5  # per token: of two readings all in dictionary words, fewer, longer words win
READING_INVALID_COST = 3.0  # per sequence Thai never has


def reading_score(text: str) -> float:
    """How well a candidate reading of some Thai reads: letters in dictionary words, less a cost
    per token (so "การแพทย์" beats "การ|แพท|ยี") and per sequence Thai never has.  Used to choose
    between readings of the same glyphs (which letter a mark sits on, which mark an unmapped glyph is)."""
    text = normalise(text)
    tokens = [t for t in word_tokenize(text) if t.strip()]
    dictionary = sum(len(t) for t in tokens if is_dictionary_word(t))
    return dictionary - READING_TOKEN_COST * len(tokens) - READING_INVALID_COST * invalid_count(text)


def assess_text(raw_text: str, settings: ReadSettings = DEFAULT_SETTINGS) -> TextQuality:
    """Judge one page's raw extracted text (before normalisation): absent, damaged or usable."""
    cids = cid_share(raw_text)
    codes = len(_CID.findall(raw_text))
    mapped = pua_to_thai(_CID.sub("", raw_text))
    pua = residue_pua_share(mapped)
    orphans = count_orphan_marks(mapped)
    clean = normalise(mapped)
    share = dictionary_share(clean)

    invalid = invalid_count(clean)
    thai_letters = len(_THAI_LETTER.findall(clean))

    def result(absent: bool, damaged: bool, reason: str | None) -> TextQuality:
        return TextQuality(absent, damaged, share, pua, orphans, cids, reason, invalid)

    if not clean.strip() and codes < MIN_CID_CODES:
        return result(True, False, "no text layer")
    if cids > MAX_CID_SHARE:
        return result(False, True, f"unmapped glyph codes {cids:.0%}")
    latin1 = latin1_share(clean)
    if latin1 > MAX_LATIN1_SHARE:
        return result(False, True, f"legacy 8-bit Thai encoding {latin1:.0%}")
    symbols = symbol_share(clean)
    if symbols > MAX_SYMBOL_SHARE:
        return result(False, True, f"symbol garbage {symbols:.0%}")
    if pua > settings.max_pua_share:
        return result(False, True, f"PUA residue {pua:.0%}")
    if invalid > MAX_INVALID and invalid > MAX_INVALID_SHARE * thai_letters:
        return result(False, True, f"{invalid} sequences Thai never has")
    confused, runs = sara_am_confused(clean)
    if confused > MAX_SARA_AM_CONFUSED and confused > MAX_SARA_AM_CONFUSED_SHARE * runs:
        return result(False, True, f"sara am and sara aa confused in {confused} words")
    if share is not None and share < settings.min_dictionary_share:
        return result(False, True, f"dictionary words {share:.0%}")
    return result(False, False, None)
