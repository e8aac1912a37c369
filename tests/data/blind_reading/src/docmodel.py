"""Tiny document model for the blind Thai reading set.

A document source (src/docs/*.txt) is a list of lines, one block per line:

    === page          start a new page (the first page needs none)
    T: text           title, centred, bold, larger
    TT: text          big memo title (บันทึกข้อความ), bold, larger still
    H: text           heading, bold, left
    HC: text          heading, bold, centred
    P: text           body paragraph, first-line indent
    N: text           body paragraph, no indent
    I: text           indented list item
    R: text           right aligned
    C: text           centred
    F: label | value                       memo field: bold label + value
    F2: label | value || label | value     two memo fields on one line (tab)
    TW: 10,40,20,30   column widths (percent) of the next table
    TB: a | b | c     table row; consecutive TB lines form one ruled table,
                      the first row is the header (bold, centred)
    SG: l1 / l2 || l1 / l2 [|| ...]   signature grid: borderless table, one
                      cell per box, lines separated by " / ", centred
    BX: l1 / l2 || l1 / l2           side-by-side framed text boxes
    SP:               empty line

Inline **bold** is allowed.  Runs of 3+ dots are leader dots: they are
printed but left out of the truth text.

Truth text (one string per page): every block gives one line per paragraph;
a table gives one line per row (cells joined by one space); SG and BX give
box after box (left first), one line per box line.
"""
import re
import unicodedata

LEADER = re.compile(r"\.{3,}")


def parse(text):
    pages = [[]]
    table = None
    widths = None
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.strip() == "=== page":
            table = None
            pages.append([])
            continue
        m = re.match(r"^([A-Z0-9]+):\s?(.*)$", line)
        if not m:
            raise ValueError("bad line: %r" % line)
        kind, body = m.group(1), m.group(2).strip()
        if kind == "TB":
            cells = [c.strip() for c in body.split("|")]
            if table is None:
                table = {"kind": "TB", "rows": [], "widths": widths}
                widths = None
                pages[-1].append(table)
            table["rows"].append(cells)
            continue
        table = None
        if kind == "TW":
            widths = [float(x) for x in body.split(",")]
            continue
        if kind in ("SG", "BX"):
            boxes = [[l.strip() for l in b.strip().split(" / ")] if b.strip() not in ("", "/") else []
                     for b in body.split("||")]
            pages[-1].append({"kind": kind, "boxes": boxes})
        elif kind == "F":
            lab, val = [x.strip() for x in body.split("|", 1)]
            pages[-1].append({"kind": "F", "fields": [(lab, val)]})
        elif kind == "F2":
            fields = []
            for part in body.split("||"):
                lab, val = [x.strip() for x in part.split("|", 1)]
                fields.append((lab, val))
            pages[-1].append({"kind": "F", "fields": fields})
        elif kind in ("T", "TT", "H", "HC", "P", "N", "I", "R", "C", "SP"):
            pages[-1].append({"kind": kind, "text": body})
        else:
            raise ValueError("unknown kind %s" % kind)
    return pages


def clean(s):
    """Printed string -> truth string."""
    s = s.replace("**", "")
    s = LEADER.sub(" ", s)
    s = re.sub(r"[ \t]+", " ", s).strip()
    return unicodedata.normalize("NFC", s)


def page_truth(blocks):
    out = []
    for b in blocks:
        k = b["kind"]
        if k == "SP":
            continue
        if k == "TB":
            for row in b["rows"]:
                line = clean(" ".join(clean(c) for c in row))
                if line:
                    out.append(line)
        elif k in ("SG", "BX"):
            for box in b["boxes"]:
                for l in box:
                    l = clean(l)
                    if l:
                        out.append(l)
        elif k == "F":
            line = " ".join(clean(lab) + " " + clean(val) for lab, val in b["fields"])
            out.append(clean(line))
        else:
            t = clean(b["text"])
            if t:
                out.append(t)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- checks
THAI_UPPER = "\u0E31\u0E34\u0E35\u0E36\u0E37\u0E47"
THAI_TONE = "\u0E48\u0E49\u0E4A\u0E4B\u0E4C"
THAI_LOWER = "\u0E38\u0E39\u0E3A"


def lint(s):
    """Return a list of problems in Thai code point order."""
    probs = []
    for i, ch in enumerate(s):
        if ch in THAI_TONE and i + 1 < len(s) and s[i + 1] in THAI_UPPER + THAI_LOWER:
            probs.append("tone before vowel at %d: %r" % (i, s[max(0, i - 3):i + 3]))
        if ch in THAI_TONE + THAI_UPPER + THAI_LOWER and i + 1 < len(s) and s[i + 1] == ch:
            probs.append("doubled mark at %d: %r" % (i, s[max(0, i - 3):i + 3]))
        if ch == "\u0E4D" and i + 1 < len(s) and s[i + 1] == "\u0E32":
            probs.append("decomposed sara am at %d" % i)
        if ch in THAI_UPPER and i + 1 < len(s) and s[i + 1] in THAI_UPPER:
            probs.append("two upper vowels at %d: %r" % (i, s[max(0, i - 3):i + 3]))
        if ch in THAI_TONE and i + 1 < len(s) and s[i + 1] in THAI_TONE:
            probs.append("two tone marks at %d: %r" % (i, s[max(0, i - 3):i + 3]))
        if ch in THAI_TONE + THAI_UPPER + THAI_LOWER + "\u0E33" and (i == 0 or not ("\u0E01" <= s[i - 1] <= "\u0E4E")):
            probs.append("mark without base at %d: %r" % (i, s[max(0, i - 3):i + 3]))
    return probs


NUM = re.compile(r"[0-9\u0E50-\u0E59]+(?:[.,/:][0-9\u0E50-\u0E59]+)*")


def numbers(truth_text):
    """Every numeric token of a page, as printed; a list/section number at the
    start of a line keeps its trailing dot or parenthesis (๙.  ๗.๓  ๑))."""
    out = []
    for line in truth_text.splitlines():
        for m in NUM.finditer(line):
            tok = m.group(0)
            end = m.end()
            if m.start() == 0 and end < len(line) and line[end] in ".)":
                tok += line[end]
            out.append(tok)
    return out
