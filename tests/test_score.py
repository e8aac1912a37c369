"""Pre-score from the rubric's parts (pipeline/score.py)."""

from __future__ import annotations

from pipeline.rubric import load_rubric
from pipeline.rubric_config import ScoringConfig, ScoringLevel
from pipeline.score import ScoreFacts, compute_score, level_for

RUBRIC = load_rubric()
SCORING = RUBRIC.scoring
ALL_OK = {k: {"status": "ok", "file": "f4.pdf", "page": 1} for k in RUBRIC.sections}


def facts(**kw):
    base = dict(
        sections=ALL_OK,
        met_forms={"form1": ["f1.docx"], "form2": ["f2.pdf"], "evidence": ["r.pdf"]},
        signals={"concrete_figures": {"code": "concrete_figures", "value": True, "detail": {"numbers": 5}}},
        completed={"date": "2023-09-30"},
        completed_in_period=True,
    )
    base.update(kw)
    return ScoreFacts(**base)


def test_automatic_parts_scored_and_traced_judgement_parts_null():
    score = compute_score(RUBRIC.ref, SCORING, facts())
    parts = {p["id"]: p for p in score["parts"]}
    assert parts["part1"]["points"] == 20 and parts["part1"]["automatic"] is True
    assert parts["part2"]["points"] is None and parts["part2"]["automatic"] is False
    assert parts["part2"]["automatic_points"] == 25
    assert parts["part3"]["points"] == 30
    assert score["automatic_total"] == 75 and score["level"] is None and score["provisional_level"] == 3
    form1 = parts["part1"]["evidence"][0]
    assert form1["evidence"] == [{"kind": "form", "form": "form1", "files": ["f1.docx"], "met": True}]
    judged = [i for i in parts["part2"]["evidence"] if not i["automatic"]]
    assert len(judged) == 5 and all(i["points"] is None for i in judged)
    assert judged[-1]["evidence"][0]["signal"] == "references"


def test_lost_points_say_why():
    score = compute_score(RUBRIC.ref, SCORING, facts(met_forms={}, completed=None, completed_in_period=None))
    part3 = next(p for p in score["parts"] if p["id"] == "part3")
    lost = {i["item"]: i for i in part3["evidence"] if i["points"] == 0}
    assert set(lost) == {"evidence_attached", "completed_in_period"}
    assert lost["completed_in_period"]["evidence"][0]["met"] is False


def test_level_when_every_item_is_automatic():
    scoring = ScoringConfig(parts=tuple(p for p in SCORING.parts if p.id != "part2"), levels=SCORING.levels)
    score = compute_score("x@1", scoring, facts())
    assert (
        score["complete"] is True and score["automatic_total"] == 50 and score["level"] == level_for(50, SCORING.levels)
    )


def test_levels_from_thresholds():
    levels = (ScoringLevel(level=5, min=90), ScoringLevel(level=3, min=50), ScoringLevel(level=1, min=0))
    assert [level_for(t, levels) for t in (95, 90, 89, 50, 10)] == [5, 5, 3, 3, 1]
    assert level_for(5, (ScoringLevel(level=1, min=10),)) is None
