"""Tiny document model shared by make_unseen3.py and the content modules.

A document is a dict {"name", "kind": "docx"|"pdf"|"both", "thai_digits",
"layout": "portrait"|"slides", "blocks": [...]}.  Blocks are built with the
helpers below.  Section blocks carry the section key and the status the case
plants, so the truth files are written from these in-memory blocks, never from
the rendered files.
"""

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def H(text, style="bold"):
    """Any heading that is not one of the five sections (ends a body)."""
    return {"t": "h", "text": text, "style": style}


def P(text, indent=True, align=None):
    return {"t": "p", "text": text, "indent": indent, "align": align}


def KV(label, value, sep=" : ", style="plain"):
    """A non-section "หัวข้อ : เนื้อหา" line (also a heading, ends a body)."""
    return {"t": "kv", "label": label, "value": value, "sep": sep, "style": style}


def S(sec, heading, body, status, style="bold", table=None, indent=True):
    """A section rendered as a heading line followed by body paragraphs
    (and optionally a table whose rows are body lines, cells joined by TAB)."""
    return {"t": "s", "sec": sec, "heading": heading, "body": list(body),
            "table": table, "status": status, "style": style, "indent": indent}


def SKV(sec, label, value, status, cont=(), sep=" : ", style="plain"):
    """A section written "หัวข้อ : เนื้อหา" on one line (+ continuation lines).
    Truth heading = the label as written, body = value (+ continuation)."""
    return {"t": "skv", "sec": sec, "label": label, "value": value,
            "cont": list(cont), "sep": sep, "status": status, "style": style}


def FT(rows, widths=(5.0, 11.0)):
    """Two-column form table.  rows: (label, [content lines], sec|None, status|None)."""
    return {"t": "ft", "rows": rows, "widths": widths}


def TB(rows, header=True):
    """A table that belongs to whatever heading precedes it (not a section)."""
    return {"t": "tb", "rows": rows, "header": header}


def SIG(lines):
    """Signature block: "ลงชื่อ ...", "(ชื่อ)", position.  Ends any body."""
    return {"t": "sig", "lines": list(lines)}


def IMG(key, caption):
    return {"t": "img", "key": key, "caption": caption}


def PB():
    return {"t": "pb"}


def SLIDE(title, bullets=(), sec=None, status=None, table=None):
    """One slide of a slides-like form 3 (landscape page, big title)."""
    return {"t": "slide", "title": title, "bullets": list(bullets), "sec": sec,
            "status": status, "table": table}


def thaify(obj):
    """Convert every Arabic digit in a block tree to Thai digits."""
    if isinstance(obj, str):
        return obj.translate(THAI_DIGITS)
    if isinstance(obj, list):
        return [thaify(x) for x in obj]
    if isinstance(obj, tuple):
        return tuple(thaify(x) for x in obj)
    if isinstance(obj, dict):
        return {k: (thaify(v) if k not in ("t", "sec", "status", "style", "key", "align",
                                           "sep", "indent", "widths", "header") else v)
                for k, v in obj.items()}
    return obj


def section_occurrences(blocks):
    """Yield (sec, heading, body, status) for every section block."""
    for b in blocks:
        t = b["t"]
        if t == "s":
            lines = list(b["body"])
            if b.get("table"):
                lines += ["\t".join(r) for r in b["table"]]
            yield b["sec"], b["heading"], "\n".join(lines), b["status"]
        elif t == "skv":
            lines = ([b["value"]] if b["value"] else []) + list(b["cont"])
            yield b["sec"], b["label"], "\n".join(lines), b["status"]
        elif t == "ft":
            for label, content, sec, status in b["rows"]:
                if sec:
                    yield sec, label, "\n".join(content), status
        elif t == "slide" and b.get("sec"):
            lines = list(b["bullets"])
            if b.get("table"):
                lines += ["\t".join(r) for r in b["table"]]
            yield b["sec"], b["title"], "\n".join(lines), b["status"]
