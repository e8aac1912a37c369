"""The blind reading set (tests/data/blind_reading/) as a regression set for text-layer PDFs.

Mark-order pages are left out of the detection check: where the stream order
is right and only x positions are off, the page reads right without a repair.

The set was written from issue 11 without seeing the reader's code; its first
measurement (README of the set, bench/blind_reading.py) is quoted in the
issue.  These tests keep what the reader now does on it from falling back:
per damage class a floor of page accuracy at the level measured after the
fixes, every damaged text layer detected (repaired, OCR'd or flagged), and
no good page ever flagged.  Scanned pages are left to the bench (OCR time).
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from extractors import read_file
from pipeline.accuracy import _passage_comparable as comparable

SET = Path(__file__).resolve().parent / "data" / "blind_reading"
# Damaged layers this reader does not detect yet (none at the last measurement).
KNOWN_MISSED: set[str] = set()

# Mean page accuracy per class, measured on this set after the issue 11 fixes (pages
# whose layer is damaged beyond repair are OCR'd, as a user's would be).
FLOORS = {
    # good 98.3% and mark_order 97.2% before framed boxes set side by side were read box by box
    # (extractors/pdf/boxes.py); 100% and 99.4% after.
    "good": 0.999,
    "nikhahit_space": 0.995,
    "quartz_ascii": 0.999,
    "pua": 0.999,
    # 94.0% when its pages were OCR'd; 96.2% with the legacy TIS-620 font read from its text layer
    # (the look-alike-swapped map is still OCR'd).
    "tounicode_stripped_or_wrong": 0.96,
    "mark_order": 0.99,
    # Repaired from the rings drawn for sara am (extractors/pdf/sara_am.py) instead of OCR'd:
    # 90.5% when OCR'd, 98.3% repaired, 99.3% with boxes read box by box.
    "sara_am_wrong": 0.99,
}


def _manifest() -> list[dict]:
    return json.loads((SET / "manifest.json").read_text(encoding="utf-8"))


def _page_accuracy(doc, entry: dict, n: int) -> float:
    truth = (SET / "truth" / f"{Path(entry['file']).stem}.p{n}.txt").read_text(encoding="utf-8")
    got = "\n".join(b.table_text() if b.is_table else b.text for b in doc.blocks if b.page == n)
    ref, ext = comparable(truth), comparable(got)
    return max(0.0, 1 - Levenshtein.distance(ref, ext) / len(ref))


@pytest.fixture(scope="module")
def read_set() -> dict[str, object]:
    return {e["file"]: read_file(SET / e["file"]) for e in _manifest() if e["class"] != "scan"}


@pytest.mark.parametrize("cls", sorted(FLOORS))
def test_class_accuracy_stays_at_its_floor(cls, read_set):
    scores = [
        _page_accuracy(read_set[e["file"]], e, p["n"]) for e in _manifest() if e["class"] == cls for p in e["pages"]
    ]
    assert scores, f"no pages of class {cls}"
    assert statistics.mean(scores) >= FLOORS[cls], f"{cls}: mean {statistics.mean(scores):.2%} < {FLOORS[cls]:.1%}"


def test_every_damaged_text_layer_is_mended_or_flagged_and_no_good_page_is(read_set):
    missed, flagged = [], []
    for e in _manifest():
        if e["class"] == "scan":
            continue
        pages = {p.number: p for p in read_set[e["file"]].pages}
        for page in e["pages"]:
            if page.get("scan"):
                continue
            how = pages[page["n"]].read_by
            if page["damaged"] and e["class"] != "mark_order" and how in ("text_layer", "actual_text"):
                missed.append(f"{e['file']} p{page['n']}")
            if not page["damaged"] and how not in ("text_layer", "actual_text"):
                flagged.append(f"{e['file']} p{page['n']}: {how} ({pages[page['n']].note})")
    assert not flagged, f"good pages flagged: {flagged}"
    assert set(missed) <= KNOWN_MISSED, f"damaged layers passed on as good: {sorted(set(missed) - KNOWN_MISSED)}"
    assert set(missed) == KNOWN_MISSED, f"now detected (remove from KNOWN_MISSED): {sorted(KNOWN_MISSED - set(missed))}"


def test_sara_am_drawn_as_a_ring_is_repaired_not_ocrd(read_set):
    """The text layer holds า where the page shows ำ (or ำ for every า); the ring painted before
    the sara aa glyph is the evidence.  Every page of the class is mended from it, none OCR'd."""
    for e in _manifest():
        if e["class"] != "sara_am_wrong":
            continue
        doc = read_set[e["file"]]
        for page in doc.pages:
            assert page.read_by == "repaired", f"{e['file']} p{page.number}: {page.read_by} ({page.note})"
            assert "sara am drawn as a ring" in page.note
            assert _page_accuracy(doc, e, page.number) >= 0.95, f"{e['file']} p{page.number}"


@pytest.mark.parametrize(
    "file",
    ["pdf/good-sarabun-memo-two-textboxes.pdf", "pdf/good-laksaman-garuda-farmer-boxes.pdf"],
)
def test_framed_boxes_side_by_side_are_read_box_by_box(file, read_set):
    """Each framed box's lines come out together, left box first (they used to interleave line by line)."""
    entry = next(e for e in _manifest() if e["file"] == file)
    doc = read_set[file]
    for page in entry["pages"]:
        assert _page_accuracy(doc, entry, page["n"]) >= 0.995, f"{file} p{page['n']}"


def test_legacy_thai_font_given_as_latin1_is_read_as_tis620(read_set):
    """Every Thai glyph mapped to the Latin-1 character of its TIS-620 byte (ก -> ¡): mapped back, not OCR'd."""
    file = "pdf/tounicode-tis620-latin1-flood-report.pdf"
    entry = next(e for e in _manifest() if e["file"] == file)
    doc = read_set[file]
    for page in doc.pages:
        assert page.read_by == "repaired" and "read as TIS-620" in page.note, page.note
        assert _page_accuracy(doc, entry, page.number) >= 0.995
