"""Thai spelling that no writer produces: the proof that a text layer (or a repair of it) is wrong.

A text is judged on the character sequences Thai orthography never has,
whatever the words:

- `mark_without_base`: a combining mark (upper/lower vowel, tone mark,
  thanthakhat, nikhahit) at the start of the text or after a space, a digit,
  punctuation or a Latin letter;
- `doubled_mark`: the same mark twice on one letter, a NIKHAHIT next to SARA
  AM (a sara am whose circle was counted twice: "สํำ"), or two tone marks;
- `ascii_in_word`: one Latin letter, symbol or a lone digit between two Thai
  letters ("ข6อ", "หนDวยงาน", "ทางการแพทย@": marks of a font without a
  Unicode map coming out as the font's byte codes).

`invalid_sequences` lists them; `invalid_count` counts them.  Used by the PDF
reader to refuse a font repair that makes a page worse and to detect damaged
text layers, and by the bench to prove no page carries such sequences.
Characters only, no dictionary: these are facts of the script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .script import COMBINING_MARKS as MARKS
from .script import CONSONANTS, NIKHAHIT, SARA_AM, THAI_LETTERS, TONE_MARKS

_MARK_WITHOUT_BASE = re.compile(f"(?:^|(?<=[^{CONSONANTS}{MARKS}\u0e24\u0e26]))[{MARKS}]")
_DOUBLED_MARK = re.compile(
    f"([{MARKS}])\\1|{NIKHAHIT}[{TONE_MARKS}]?{SARA_AM}|{SARA_AM}{NIKHAHIT}|[{TONE_MARKS}][{TONE_MARKS}]"
)
# One ASCII character that is not punctuation Thai text uses between letters
# (".", "-", "/", quotes, brackets...), or one lone digit, inside Thai letters.
_ASCII_IN_WORD = re.compile(
    f"(?<=[{THAI_LETTERS}])(?:[A-Za-z@^#$%&*_=+|~`<>\\\\]|(?<![0-9])[0-9](?![0-9]))(?=[{THAI_LETTERS}])"
)


@dataclass(frozen=True)
class Invalid:
    kind: str  # mark_without_base | doubled_mark | ascii_in_word
    position: int
    context: str


def invalid_sequences(text: str) -> list[Invalid]:
    out = []
    for kind, pattern in (
        ("mark_without_base", _MARK_WITHOUT_BASE),
        ("doubled_mark", _DOUBLED_MARK),
        ("ascii_in_word", _ASCII_IN_WORD),
    ):
        for m in pattern.finditer(text):
            out.append(Invalid(kind, m.start(), text[max(0, m.start() - 6) : m.end() + 6]))
    return sorted(out, key=lambda i: i.position)


def invalid_count(text: str) -> int:
    return (
        len(_MARK_WITHOUT_BASE.findall(text))
        + sum(1 for _ in _DOUBLED_MARK.finditer(text))
        + len(_ASCII_IN_WORD.findall(text))
    )
