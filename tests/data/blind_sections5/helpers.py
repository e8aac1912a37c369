# -*- coding: utf-8 -*-
"""Small constructors for the block lists and truth entries used by content_*.py."""


def T(text, size=None):
    return ("T", text, size)


def C(text):
    return ("C", text)


def R(text):
    return ("R", text)


def H(text):
    return ("H", text)


def H2(text):
    return ("H2", text)


def HU(text, indent=0):
    return ("HU", text, indent)


def HS(*lines):
    return ("HS", list(lines))


def HS2(*lines):
    return ("HS2", list(lines))


def HI(head, body):
    return ("HI", head, body)


def P(text):
    return ("P", text)


def L(text):
    return ("L", text)


def I(text, lvl=1):  # noqa: E743
    return ("I", text, lvl)


def SIG(lines, indent=7.5):
    return ("SIG", list(lines), indent)


def TB(rows, **opt):
    return ("TB", rows, opt)


PB = ("PB",)
BL = ("BL",)
DOTS = "." * 110


def ok(file, heading, starts):
    return {"status": "ok", "file": file, "heading": heading, "starts": starts}


def ph(file, heading, starts):
    return {"status": "placeholder", "file": file, "heading": heading, "starts": starts}


def miss():
    return {"status": "missing", "file": None, "heading": None, "starts": ""}
