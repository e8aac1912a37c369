"""The blind text-layer set (tests/data/blind_layers/) as a regression set.

Written blind by a helper from issue 11 (its README says how): sara am
dropped or read for sara aa (the ring drawn as a shape, or as a glyph with no
Unicode), legacy 8-bit Thai fonts given as Latin-1, framed boxes side by side,
and clean controls.  First measurement, before anything was changed while
looking at it: 99.54 % of characters over its 23 pages (96.07 % with the
reader as it was at the start of that session).  These floors are what the
reader does now, after the ring-as-a-glyph case was added while looking at it.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from extractors import ReadSettings, read_file
from pipeline.accuracy import _passage_comparable as comparable

SET = Path(__file__).resolve().parent / "data" / "blind_layers"
FLOORS = {
    "good_control": 0.999,
    "legacy_8bit_thai": 0.999,
    "sara_aa_read_as_sara_am": 0.998,
    "sara_am_dropped": 0.999,
    "side_by_side_boxes": 0.99,  # bl12: frames each holding a one-cell table, 96.2 %
}


def _manifest() -> list[dict]:
    return json.loads((SET / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def docs() -> dict[str, object]:
    # OCR off: every page of this set has a text layer that can be read or mended
    return {e["file"]: read_file(SET / e["file"], ReadSettings(ocr="off")) for e in _manifest()}


def _accuracy(doc, entry: dict, n: int) -> float:
    truth = (SET / "truth" / f"{Path(entry['file']).stem}.p{n}.txt").read_text(encoding="utf-8")
    got = "\n".join(b.table_text() if b.is_table else b.text for b in doc.blocks if b.page == n)
    ref, ext = comparable(truth), comparable(got)
    return max(0.0, 1 - Levenshtein.distance(ref, ext) / len(ref))


@pytest.mark.parametrize("cls", sorted(FLOORS))
def test_class_accuracy_stays_at_its_floor(cls, docs):
    scores = [_accuracy(docs[e["file"]], e, p["n"]) for e in _manifest() if e["class"] == cls for p in e["pages"]]
    assert scores and statistics.mean(scores) >= FLOORS[cls], f"{cls}: {statistics.mean(scores):.2%}"


def test_damaged_layers_are_mended_from_the_file_and_good_ones_left_alone(docs):
    for e in _manifest():
        pages = {p.number: p for p in docs[e["file"]].pages}
        for page in e["pages"]:
            got = pages[page["n"]]
            if page["damaged"]:
                assert got.read_by == "repaired", f"{e['file']} p{page['n']}: {got.read_by} ({got.note})"
            else:
                assert got.read_by in ("text_layer", "actual_text"), (
                    f"{e['file']} p{page['n']}: {got.read_by} ({got.note})"
                )
