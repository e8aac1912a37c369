"""Dictionary-checked correction of Tesseract's commonest Thai slips.

Tesseract's Thai model drops or swaps the small marks above a letter
("ค่าเฉลี่ย" -> "ค่าเฉลีย", "ครั้งนี้" -> "ครังนี้", "สื่อ" -> "สือ").  A stretch of
Thai that does not split into dictionary words is tried with one such edit
(a tone mark ่ or ้ added after a letter or upper vowel, one tone mark swapped
for the other, a MAI HAN-AKAT added); an edit is kept only when it makes the
whole stretch dictionary words and no other edit does as well with fewer
words.  Stretches that already read as dictionary words are never touched,
so a correct reading is never "corrected"; names that are not in the
dictionary stay as read unless a single mark turns them into words.

Why hand-written: no maintained library does Thai OCR post-correction
offline; PyThaiNLP's spell checkers (`pythainlp.spell`) rank whole-word
candidates by frequency and would replace names and rare words.
"""

from __future__ import annotations

import re

from ..thai.nlp import is_dictionary_word, word_tokenize
from ..thai.normalise import normalise

_THAI_RUN = re.compile("[\u0e01-\u0e4e]+")
_CAN_CARRY_TONE = re.compile("[\u0e01-\u0e2e\u0e31\u0e34-\u0e37]")
TONES = ("\u0e48", "\u0e49")  # mai ek, mai tho: the marks Tesseract drops or swaps
MAI_HAN_AKAT = "\u0e31"
MAX_RUN = 30  # characters: longer stretches are not tried (cost grows with length)


def correct_line(text: str) -> tuple[str, int]:
    """The line with dictionary-proven mark corrections, and how many were made."""
    fixes = 0

    def fix(match: re.Match) -> str:
        nonlocal fixes
        run = match.group()
        better = correct_run(run)
        if better != run:
            fixes += 1
        return better

    return _THAI_RUN.sub(fix, text), fixes


def correct_run(run: str) -> str:
    if len(run) > MAX_RUN:
        return _correct_long_run(run)
    if _all_dictionary(run):
        return run
    best: tuple[int, str] | None = None
    tied = False
    for candidate in _one_edit(run):
        tokens = word_tokenize(candidate)
        if not all(is_dictionary_word(t) for t in tokens):
            continue
        if best is None or len(tokens) < best[0]:
            best, tied = (len(tokens), candidate), False
        elif len(tokens) == best[0] and candidate != best[1]:
            tied = True
    return best[1] if best and not tied else run


def _correct_long_run(run: str) -> str:
    """A run longer than MAX_RUN (Thai writes a clause without spaces: "อุปกรณ์และเอกสารประกอบ
    เพียงพอมีค่าเฉลีย") corrected window by window: each stretch of tokens that are not dictionary
    words, with its neighbours while the window stays within MAX_RUN characters, is tried as a run
    of its own (the same edits, the same proof); windows never overlap."""
    tokens = word_tokenize(run)
    known = [is_dictionary_word(t) for t in tokens]
    out: list[str] = []
    done = 0  # tokens before this index are in `out`
    i = 0
    while i < len(tokens):
        if known[i]:
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and not known[j]:
            j += 1
        start, end = i, j
        while True:
            if start > done and len("".join(tokens[start - 1 : end])) <= MAX_RUN:
                start -= 1
            elif end < len(tokens) and len("".join(tokens[start : end + 1])) <= MAX_RUN:
                end += 1
            else:
                break
        window = "".join(tokens[start:end])
        out.extend(tokens[done:start])
        out.append(correct_run(window) if len(window) <= MAX_RUN else window)
        done = i = end
    out.extend(tokens[done:])
    return "".join(out)


def _all_dictionary(run: str) -> bool:
    return all(is_dictionary_word(t) for t in word_tokenize(run))


def _one_edit(run: str):
    seen = {run}
    for i, char in enumerate(run):
        if char in TONES:
            other = TONES[1] if char == TONES[0] else TONES[0]
            yield from _new(run[:i] + other + run[i + 1 :], seen)
        if _CAN_CARRY_TONE.match(char) and (i + 1 == len(run) or run[i + 1] not in TONES):
            for tone in TONES:
                yield from _new(run[: i + 1] + tone + run[i + 1 :], seen)
        if "\u0e01" <= char <= "\u0e2e" and (i + 1 == len(run) or run[i + 1] != MAI_HAN_AKAT):
            yield from _new(run[: i + 1] + MAI_HAN_AKAT + run[i + 1 :], seen)


def _new(candidate: str, seen: set[str]):
    candidate = normalise(candidate)
    if candidate not in seen:
        seen.add(candidate)
        yield candidate
