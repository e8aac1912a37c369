"""One line per file in the terminal (`evidence files`, `evidence run`): name, format, outcome.

A line is one line whatever the file is called: control characters in a name
(a newline, a tab) and direction overrides are shown escaped (``\\n``,
``\\u202e``), so output read line by line (or by a person) is never split or
reversed by a name.
"""

from __future__ import annotations

import unicodedata

_DIRECTION_CONTROLS = {0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def one_line(text: str) -> str:
    """`text` with control characters and direction overrides escaped."""
    out = []
    for c in text:
        if c in "\n\t\r":
            out.append({"\n": "\\n", "\t": "\\t", "\r": "\\r"}[c])
        elif unicodedata.category(c) == "Cc" or ord(c) in _DIRECTION_CONTROLS:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return "".join(out)


def file_line(
    name: str,
    fmt: str,
    read_by: list[str] | tuple[str, ...],
    characters: int,
    error: dict | None,
    notices: list[str] | tuple[str, ...],
) -> str:
    """``name<TAB>format<TAB>outcome [notices]``; `error` is ``{"code", "message"}`` or None."""
    outcome = (
        f"ERROR {error['code']}: {error['message']}"
        if error
        else (f"{characters} ตัวอักษร (chars), อ่านโดย (read by) {','.join(read_by) or '-'}")
    )
    extra = f" [{', '.join(notices)}]" if notices else ""
    return f"{one_line(name)}\t{fmt}\t{one_line(outcome)}{extra}"
