"""WordprocessingML names and tiny helpers shared by the .docx modules.

Qualified (Clark) tag names are precomputed so the body walk compares strings
instead of building names per element.
"""

from __future__ import annotations

from typing import overload

from lxml import etree

# Every .docx XML part is parsed with this parser: no entity expansion, no network, no DTD, no huge
# trees (with safety.py's zip-bomb and DOCTYPE checks before it, this is what defusedxml would add).
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"


def w(name: str) -> str:
    """The Clark name of a w: element or attribute."""
    return f"{{{W_NS}}}{name}"


W_VAL = w("val")
R_ID = f"{{{R_NS}}}id"

# block level
BODY, P, TBL, TR, TC, SDT, SDT_CONTENT = (w(n) for n in ("body", "p", "tbl", "tr", "tc", "sdt", "sdtContent"))
CUSTOM_XML, SECT_PR, TXBX_CONTENT = w("customXml"), w("sectPr"), w("txbxContent")
# paragraph / run level
PPR, RPR, R, T = w("pPr"), w("rPr"), w("r"), w("t")
HYPERLINK, SMART_TAG, FLD_SIMPLE = w("hyperlink"), w("smartTag"), w("fldSimple")
INS, DEL, MOVE_TO, MOVE_FROM = w("ins"), w("del"), w("moveTo"), w("moveFrom")
DIR, BDO = w("dir"), w("bdo")
TAB, PTAB, BR, CR = w("tab"), w("ptab"), w("br"), w("cr")
NO_BREAK_HYPHEN, SOFT_HYPHEN, SYM = w("noBreakHyphen"), w("softHyphen"), w("sym")
FLD_CHAR, INSTR_TEXT, DEL_TEXT, DEL_INSTR_TEXT = w("fldChar"), w("instrText"), w("delText"), w("delInstrText")
FLD_CHAR_TYPE, SYM_CHAR = w("fldCharType"), w("char")
DRAWING, PICT, OBJECT = w("drawing"), w("pict"), w("object")
# properties
PSTYLE, RSTYLE, OUTLINE_LVL, NUM_PR, ILVL, NUM_ID = (
    w("pStyle"),
    w("rStyle"),
    w("outlineLvl"),
    w("numPr"),
    w("ilvl"),
    w("numId"),
)
B, B_CS, SZ, SZ_CS, CS, RTL, VANISH = w("b"), w("bCs"), w("sz"), w("szCs"), w("cs"), w("rtl"), w("vanish")
TC_PR, TR_PR, GRID_SPAN, V_MERGE, H_MERGE, GRID_BEFORE = (
    w("tcPr"),
    w("trPr"),
    w("gridSpan"),
    w("vMerge"),
    w("hMerge"),
    w("gridBefore"),
)
CELL_DEL = w("cellDel")
HEADER_REF, FOOTER_REF, W_TYPE = w("headerReference"), w("footerReference"), w("type")

ALTERNATE_CONTENT, MC_CHOICE, MC_FALLBACK = (f"{{{MC_NS}}}{n}" for n in ("AlternateContent", "Choice", "Fallback"))
M_T, M_OMATH, M_OMATH_PARA = (f"{{{M_NS}}}{n}" for n in ("t", "oMath", "oMathPara"))

_FALSE = frozenset(("0", "false", "off", "none"))


@overload
def val(el, default: str) -> str: ...
@overload
def val(el, default: str | None = None) -> str | None: ...
def val(el, default: str | None = None) -> str | None:
    """The w:val attribute of el, or default when el or the attribute is missing."""
    if el is None:
        return default
    return el.get(W_VAL, default)


def on_off(el) -> bool | None:
    """A WordprocessingML toggle (w:b, w:vanish...): None when absent."""
    if el is None:
        return None
    v = el.get(W_VAL)
    return v is None or v.lower() not in _FALSE


def int_val(el) -> int | None:
    """The w:val attribute as an int, None when absent or not a number."""
    v = val(el)
    if v is None:
        return None
    try:
        return int(v)
    except ValueError:
        return None


def alternate_branch(el):
    """The one branch of mc:AlternateContent to read: the first Choice, else the Fallback.

    Both branches hold the same content in two encodings (e.g. a DrawingML
    text box and its VML copy); reading both would repeat it.
    """
    choice = el.find(MC_CHOICE)
    if choice is not None and len(choice):
        return choice
    return el.find(MC_FALLBACK)
