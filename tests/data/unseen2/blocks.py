"""Block constructors used by the unseen2 case content (see cases.py).

A document is a list of blocks. Section headings carry the rubric key they
stand for (rationale, objectives, actions, expected_results, actual_results)
and the status planted under them; every other heading-like block (titles,
labels, non-section headings, signature lines) ends the body before it.
"""

from __future__ import annotations


def TITLE(text, size=None):
    return {"t": "title", "text": text, "size": size}


def H(text, key=None, status="ok", style="bold", level=1, size=None):
    """A heading line. style: bold (Normal paragraph, bold) | word (Word Heading N) | box (single-cell table)."""
    return {"t": "h", "text": text, "key": key, "status": status, "style": style, "level": level, "size": size}


def KV(label, value, key=None, status="ok", sep=" : "):
    """An inline label: 'label : value' on one line (label bold). A label ends the body before it."""
    return {"t": "kv", "label": label, "value": value, "key": key, "status": status, "sep": sep}


def P(text, indent=False, align=None, size=None):
    return {"t": "p", "text": text, "indent": indent, "align": align, "size": size}


def T(rows, header=True, widths=None, size=None):
    """A body table: rows of cells; the first row is a bold header row when header=True."""
    return {"t": "table", "rows": rows, "header": header, "widths": widths, "size": size}


def ROW(label, lines, key=None, status="ok"):
    return {"label": label, "lines": lines, "key": key, "status": status}


def FORM(header, rows, widths=(5.0, 11.0)):
    """A two-column form table: the left cell of each row is a heading, the right cell its body."""
    return {"t": "form", "header": header, "rows": rows, "widths": widths}


def SIG(lines):
    """Signature block; its first line ('ลงชื่อ ...') is a heading-like boundary."""
    return {"t": "sig", "lines": lines}


def IMG(name, caption, seed=0):
    return {"t": "img", "name": name, "caption": caption, "seed": seed}


def PB():
    return {"t": "pb"}
