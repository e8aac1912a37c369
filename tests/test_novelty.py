"""Novelty: resubmitted innovations found, distinct projects on the same topic not (pipeline/novelty.py).

Test set: tests/data/novelty/novelty.yaml (make_novelty.py): the main content
of the 15 sample and unseen submissions and six edited copies of each.
Acceptance: recall >= 0.9 on the edited copies; precision reported and held
at >= 0.9, with the same-topic pairs (two queue-booking systems, two
appointment-reminder systems) never matched.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import yaml

from pipeline.novelty import (
    Earlier,
    estimate_jaccard,
    exact_similarity,
    find_repeats,
    fingerprint,
    normalise,
    project_name,
)
from pipeline.rubric import load_rubric

DATA = yaml.safe_load(
    (Path(__file__).resolve().parent / "data" / "novelty" / "novelty.yaml").read_text(encoding="utf-8")
)
CFG = load_rubric().novelty_config
FPS = {o["id"]: fingerprint(o["text"], CFG) for o in DATA["originals"]}
STORE = [Earlier(k, 2566, f.scheme, f.hashvalues, f.text) for k, f in FPS.items()]


def test_normalise_drops_digits_spaces_and_punctuation():
    assert normalise("ปีงบประมาณ พ.ศ. ๒๕๖๖ (Smart Queue) 2566") == "ปีงบประมาณพศsmartqueue"


def test_recall_and_precision_on_the_edited_copies():
    tp = fn = fp = 0
    missed = []
    for e in DATA["edits"]:
        if len(FPS[e["of"]].text) < CFG.min_chars:
            continue
        _, matches = find_repeats(fingerprint(e["text"], CFG), STORE, CFG)
        got = {m.submission for m in matches}
        if e["of"] in got:
            tp += 1
        else:
            fn += 1
            missed.append(e["id"])
        fp += len(got - {e["of"]})
    for a, b in itertools.combinations(FPS, 2):
        fp += len(find_repeats(FPS[a], [x for x in STORE if x.submission == b], CFG)[1])
    recall, precision = tp / (tp + fn), tp / (tp + fp)
    print(f"novelty: recall {recall:.3f} ({tp}/{tp + fn}), precision {precision:.3f} ({fp} false matches)")
    assert tp + fn >= 80
    assert recall >= 0.9, missed
    assert precision >= 0.9


def test_same_topic_projects_from_different_agencies_are_not_matched():
    for a, b in DATA["topic_pairs"]:
        compared, matches = find_repeats(FPS[a], [x for x in STORE if x.submission == b], CFG)
        containment, _ = exact_similarity(FPS[a].text, FPS[b].text, CFG.ngram)
        assert compared == 1 and matches == [], (a, b, containment)
        assert containment < CFG.confirm_threshold


def test_a_match_reports_estimate_and_exact_figures():
    edit = next(e for e in DATA["edits"] if e["id"] == "bangrak~year_agency")
    compared, (match, *_) = find_repeats(fingerprint(edit["text"], CFG), STORE, CFG)
    assert compared == len(STORE) and match.submission == "bangrak" and match.fiscal_year == 2566
    assert match.similarity >= CFG.confirm_threshold and match.estimate >= CFG.estimate_threshold
    assert (
        abs(match.estimate - estimate_jaccard(fingerprint(edit["text"], CFG).hashvalues, FPS["bangrak"].hashvalues))
        < 1e-9
    )


def test_other_schemes_and_short_texts_are_not_compared():
    other = CFG.model_copy(update={"ngram": 4})
    fp = fingerprint(DATA["originals"][0]["text"], other)
    assert find_repeats(fp, STORE, other) == (0, [])
    assert find_repeats(fingerprint("สั้น", CFG), STORE, CFG) == (0, [])


def test_project_name_from_a_label_line_or_the_line_after():
    labels = ["ชื่อโครงการ", "ชื่อนวัตกรรม"]
    assert project_name(["1. ชื่อโครงการ : ระบบจองคิว", "x"], labels) == "ระบบจองคิว"
    assert project_name(["ชื่อนวัตกรรม", "กล่องยาเตือนใจ"], labels) == "กล่องยาเตือนใจ"
    assert project_name(["ไม่มี"], labels) is None
