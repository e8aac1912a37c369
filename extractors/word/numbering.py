"""Render Word list labels ("1.", "๑.", "(ก)", "2.3") from numbering.xml.

Thai forms number their section headings with Word's automatic numbering, so
the label is not in the text runs: it has to be computed.  `Numbering.label`
is called once per numbered paragraph, in document order, and keeps the
counters the way Word does:

* counters belong to the abstract numbering definition, so several w:num
  instances that share one w:abstractNum continue one list, unless a w:num
  carries a w:startOverride, which restarts that level at its first use;
* using a level restarts the deeper levels (w:lvlRestart can limit this);
* "%N" in w:lvlText is level N's counter in that level's w:numFmt
  (decimal when w:isLgl is set).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..thai.script import TO_THAI, WORD_THAI_LETTERS
from .ooxml import W_VAL, int_val, on_off, val, w

_THAI_UNITS = ["", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
# Bullets drawn from the Symbol/Wingdings fonts are stored as Private Use
# Area code points; show the glyph they stand for.
_PUA_BULLETS = {
    "\uf0b7": "•",
    "\uf0a7": "▪",
    "\uf0d8": "➢",
    "\uf076": "❖",
    "\uf0fc": "✓",
    "\uf0a8": "□",
    "\uf06f": "o",
    "\uf02d": "-",
}
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]  # fmt: skip
_SUFFIXES = {"tab": "\t", "space": " ", "nothing": ""}
_LEVELS = 9


@dataclass(frozen=True)
class Level:
    start: int = 1
    num_fmt: str = "decimal"
    lvl_text: str = "%1."
    suffix: str = "\t"
    restart_after: int | None = None  # w:lvlRestart: 0 never, N after level N (1-based)
    is_legal: bool = False


def to_roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def to_letters(n: int, alphabet: str) -> str:
    """Word's letter counting: a..z, then aa, bb... (the letter repeated)."""
    if n < 1:
        return str(n)
    repeat = min((n - 1) // len(alphabet) + 1, 16)
    return alphabet[(n - 1) % len(alphabet)] * repeat


def to_thai_words(n: int) -> str:
    """Thai counting words for 1..99 (thaiCounting); digits beyond."""
    if not 0 < n < 100:
        return str(n).translate(TO_THAI)
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("สิบ" if tens == 1 else ("ยี่สิบ" if tens == 2 else _THAI_UNITS[tens] + "สิบ"))
    tail = "เอ็ด" if units == 1 and tens else _THAI_UNITS[units]
    return head + tail


def format_number(n: int, num_fmt: str) -> str:
    """One counter value in a w:numFmt."""
    if num_fmt == "thaiNumbers":
        return str(n).translate(TO_THAI)
    if num_fmt == "thaiLetters":
        return to_letters(n, WORD_THAI_LETTERS)
    if num_fmt == "thaiCounting":
        return to_thai_words(n)
    if num_fmt == "lowerLetter":
        return to_letters(n, "abcdefghijklmnopqrstuvwxyz")
    if num_fmt == "upperLetter":
        return to_letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if num_fmt == "lowerRoman":
        return to_roman(n)
    if num_fmt == "upperRoman":
        return to_roman(n).upper()
    if num_fmt == "decimalZero":
        return f"{n:02d}"
    if num_fmt == "none":
        return ""
    return str(n)


def bullet_text(lvl_text: str) -> str:
    return "".join(_PUA_BULLETS.get(ch, "•" if "\ue000" <= ch <= "\uf8ff" else ch) for ch in lvl_text)


def lvl_to_level(el) -> Level:
    """A w:lvl element as a Level."""
    lvl_text_el = el.find(w("lvlText"))
    restart = int_val(el.find(w("lvlRestart")))
    start = int_val(el.find(w("start")))
    return Level(
        start=1 if start is None else start,
        num_fmt=val(el.find(w("numFmt")), "decimal"),
        lvl_text=lvl_text_el.get(W_VAL, "") if lvl_text_el is not None else "",
        suffix=_SUFFIXES.get(val(el.find(w("suff")), "tab"), "\t"),
        restart_after=restart,
        is_legal=bool(on_off(el.find(w("isLgl")))),
    )


class Numbering:
    """numbering.xml definitions plus the running counters of one document."""

    def __init__(self, numbering_element=None, numbering_style_num_id=None) -> None:
        self._abstract: dict[str, dict[int, Level]] = {}
        self._style_link: dict[str | None, str] = {}  # keyed like _nums[...][0]: a w:num may name no abstractNum
        self._nums: dict[str, tuple[str | None, dict[int, Level], dict[int, int]]] = {}
        self._resolve_style = numbering_style_num_id or (lambda _style_id: None)
        self._counters: dict[str, list[int | None]] = {}
        self._started_nums: set[str] = set()
        if numbering_element is not None:
            self._load(numbering_element)

    def _load(self, root) -> None:
        for el in root.iterchildren(w("abstractNum")):
            aid = el.get(w("abstractNumId"))
            levels = {}
            for lvl in el.iterchildren(w("lvl")):
                ilvl = int(lvl.get(w("ilvl"), "0"))
                levels[ilvl] = lvl_to_level(lvl)
            self._abstract[aid] = levels
            link = val(el.find(w("numStyleLink")))
            if link:
                self._style_link[aid] = link
        for el in root.iterchildren(w("num")):
            num_id = el.get(w("numId"))
            aid = val(el.find(w("abstractNumId")))
            overrides: dict[int, Level] = {}
            starts: dict[int, int] = {}
            for ov in el.iterchildren(w("lvlOverride")):
                ilvl = int(ov.get(w("ilvl"), "0"))
                lvl = ov.find(w("lvl"))
                if lvl is not None:
                    overrides[ilvl] = lvl_to_level(lvl)
                start = int_val(ov.find(w("startOverride")))
                if start is not None:
                    starts[ilvl] = start
            self._nums[num_id] = (aid, overrides, starts)

    def _abstract_id(self, num_id: str, depth: int = 0) -> str | None:
        """The abstractNum a num uses, following w:numStyleLink to the list style."""
        entry = self._nums.get(num_id)
        if entry is None:
            return None
        aid = entry[0]
        link = self._style_link.get(aid)
        if link and depth < 3:
            linked_num = self._resolve_style(link)
            if linked_num and linked_num != num_id:
                return self._abstract_id(linked_num, depth + 1) or aid
        return aid

    def _levels(self, num_id: str, aid: str) -> dict[int, Level]:
        _aid, overrides, starts = self._nums[num_id]
        levels = dict(self._abstract.get(aid, {}))
        levels.update(overrides)
        for ilvl, start in starts.items():
            levels[ilvl] = replace(levels.get(ilvl, Level()), start=start)
        return levels

    def label(self, num_id: str | None, ilvl: int | None) -> tuple[str, str] | None:
        """(label, suffix) for the next paragraph of this list, advancing counters.

        None when the paragraph is not numbered (numId 0, unknown list, or a
        level whose format shows nothing).
        """
        if not num_id or num_id == "0" or num_id not in self._nums:
            return None
        aid = self._abstract_id(num_id)
        if aid is None:
            return None
        levels = self._levels(num_id, aid)
        ilvl = min(max(ilvl or 0, 0), _LEVELS - 1)
        level = levels.get(ilvl)
        if level is None:
            return None
        counters = self._counters.setdefault(aid, [None] * _LEVELS)
        if num_id not in self._started_nums:
            self._started_nums.add(num_id)
            for restarted in self._nums[num_id][2]:
                counters[restarted] = None
        current = counters[ilvl]
        counters[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, _LEVELS):
            after = levels.get(deeper, Level()).restart_after
            if after is None or (after != 0 and ilvl < after):
                counters[deeper] = None
        text = render_lvl_text(level, levels, counters)
        return (text, level.suffix) if text else None


def render_lvl_text(level: Level, levels: dict[int, Level], counters: list[int | None]) -> str:
    """Fill "%1.%2" placeholders with each level's counter in its own format."""
    if level.num_fmt == "bullet":
        return bullet_text(level.lvl_text)
    out = []
    text = level.lvl_text
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "%" and i + 1 < len(text) and text[i + 1].isdigit():
            k = int(text[i + 1]) - 1
            ref = levels.get(k, Level())
            counter = counters[k] if 0 <= k < _LEVELS else None
            value = counter if counter is not None else ref.start
            fmt = "decimal" if level.is_legal and ref.num_fmt != "bullet" else ref.num_fmt
            out.append(format_number(value, fmt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)
