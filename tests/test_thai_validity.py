"""Sequences Thai never has, the dictionary-proven OCR correction and the SARA AM check.

Each rule is shown on the damage it was made for, as the damaged layers of
real files give it (pdfplumber's plain read of ../shared/realworld2/), and on
correct text that must pass untouched.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from shared_files import shared_folder

from extractors.ocr.correct import correct_line
from extractors.thai.normalise import normalise
from extractors.thai.text_quality import sara_am_confused
from extractors.thai.validity import invalid_count, invalid_sequences


def _realworld2(name: str) -> Path:
    path = shared_folder("realworld2") / name
    if not path.is_file():
        pytest.fail(f"{path} missing from ../shared/realworld2/")
    return path


def _plain_page(name: str, page: int) -> str:
    with pdfplumber.open(_realworld2(name)) as pdf:
        return pdf.pages[page - 1].extract_text() or ""


def test_quartz_layer_read_plainly_has_ascii_inside_thai_words():
    text = normalise(_plain_page("dms-imrta-hta-topic-form-quartz-broken-textlayer.pdf", 1))
    kinds = {i.kind for i in invalid_sequences(text)}
    assert "ascii_in_word" in kinds
    assert invalid_count(text) > 50


def test_word2013_sara_aa_mapped_to_sara_am_read_plainly_is_caught():
    """pdfplumber reads "สำนักงาน" as "ส ำนักงำน"; normalised: "สำนักงำน" -- SARA AM where SARA AA belongs."""
    text = normalise(_plain_page("ktltc-o4-strategic-plan-with-project-proposal.pdf", 2))
    confused, runs = sara_am_confused(text)
    assert confused > 10 and confused > 0.05 * runs


@pytest.mark.parametrize(
    "text",
    [
        "สำนักงานคณะกรรมการการอาชีวศึกษา ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "น้ำท่วมขังในพื้นที่ ๓ ตำบล ผู้ได้รับผลกระทบ 1,250 ครัวเรือน",
        "โครงการ ITA 2568 (Integrity and Transparency Assessment) ร้อยละ 85.50",
    ],
)
def test_correct_thai_has_no_invalid_sequence(text):
    assert invalid_sequences(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("สํำนักงาน", "doubled_mark"),  # a SARA AM whose circle was counted twice
        ("ข6อ", "ascii_in_word"),
        ("หนDวยงาน", "ascii_in_word"),
        (" ่อน", "mark_without_base"),
        ("๒๕่", "mark_without_base"),
    ],
)
def test_each_kind_of_invalid_sequence(text, kind):
    assert kind in {i.kind for i in invalid_sequences(text)}


@pytest.mark.parametrize(
    ("ocr", "right"),
    [
        ("มีค่าเฉลีย x=4.74", "มีค่าเฉลี่ย x=4.74"),
        ("ในครังนี้อยู่ในระดับ", "ในครั้งนี้อยู่ในระดับ"),
        ("คือสือ/อุปกรณ์", "คือสื่อ/อุปกรณ์"),
        # a clause longer than one run (o25 p. 2): the slip is tried in a window of its neighbours
        ("สื่อ/อุปกรณ์และเอกสารประกอบเพียงพอมีค่าเฉลีย (x = 4.42)", "สื่อ/อุปกรณ์และเอกสารประกอบเพียงพอมีค่าเฉลี่ย (x = 4.42)"),
    ],
)
def test_ocr_dropped_marks_are_put_back_when_the_dictionary_proves_it(ocr, right):
    fixed, count = correct_line(ocr)
    assert fixed == right and count == 1


@pytest.mark.parametrize(
    "text",
    ["วิทยาลัยเทคนิคกันทรลักษ์ จังหวัดศรีสะเกษ", "นายสมชาย ใจดี ผู้อำนวยการ", "หน้าทีธุรการ"],
)
def test_ocr_correction_leaves_words_and_unprovable_slips_alone(text):
    assert correct_line(text) == (text, 0)
