"""A real PDF file written object by object, for tests that need a structure no tool makes
on purpose (a page tree that loops, one page with hundreds of thousands of text operators)."""

from __future__ import annotations


def pdf_of_objects(objects: list[bytes]) -> bytes:
    """A PDF whose objects are `objects` (object 1 is the catalog), with a correct xref table."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(
        b"%010d 00000 n \n" % o for o in offsets
    )
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
