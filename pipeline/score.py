"""Pre-score: the rubric's scoring parts, computed where the rubric gives a rule.

คะแนนรวม = ส่วนที่ 1 + ส่วนที่ 2 + ส่วนที่ 3, mapped to a level (seed 002).
Each item of a part either has a ``rule`` the product evaluates (its points are
traced to the flags / signals / sections / files that earned or lost them) or
needs the evaluator's judgement (points null, ``automatic: false``, with the
signals named in ``hints`` attached as evidence).

Decisions (documented in evidence-check-2.schema.json):

* a part's ``points`` is null until every item in it is scored; its
  ``automatic_points`` sums the items the product scored;
* ``automatic_total`` sums every automatically scored item (all parts);
* ``level`` is null while any item awaits judgement: a level from the
  automatic items alone would read as the final result;
* ``provisional_level`` is the level ``automatic_total`` alone reaches, a floor
  (judgement items counted as 0), shown so the evaluator sees where it stands.
"""

from __future__ import annotations

from dataclasses import dataclass

from .rubric_config import ScoringConfig, ScoringLevel, ScoringRule


@dataclass(frozen=True)
class ScoreFacts:
    """What the rules read: the check's findings."""

    sections: dict[str, dict]  # key -> {"status", "file", "page"}
    met_forms: dict[str, list[str]]  # required-form id -> files that meet it (empty: missing)
    signals: dict[str, dict]  # code -> signal dict
    completed: dict | None  # the completion date entry (period.dates item) or None
    completed_in_period: bool | None


def _rule_points(rule: ScoringRule, item_points: float, facts: ScoreFacts) -> tuple[float, list[dict]]:
    """(points earned, evidence) for one automatic item."""
    if rule.form_present is not None:
        form = rule.form_present
        files = facts.met_forms.get(form, [])
        return (item_points if files else 0.0), [{"kind": "form", "form": form, "files": files, "met": bool(files)}]
    if rule.section_ok is not None:
        key = rule.section_ok
        sec = facts.sections.get(key, {})
        ok = sec.get("status") == "ok"
        return (item_points if ok else 0.0), [
            {
                "kind": "section",
                "section": key,
                "status": sec.get("status"),
                "file": sec.get("file"),
                "page": sec.get("page"),
                "met": ok,
            }
        ]
    if rule.signal_true is not None:
        code = rule.signal_true
        sig = facts.signals.get(code, {})
        ok = sig.get("value") is True
        return (item_points if ok else 0.0), [
            {"kind": "signal", "signal": code, "value": sig.get("value"), "detail": sig.get("detail"), "met": ok}
        ]
    if rule.completed_in_period is not None:
        ok = facts.completed_in_period is True
        return (item_points if ok else 0.0), [
            {
                "kind": "period",
                "completed": facts.completed,
                "completed_in_period": facts.completed_in_period,
                "met": ok,
            }
        ]
    raise ValueError(f"unknown scoring rule: {rule}")  # the rubric schema allows only the four above


def level_for(total: float, levels: tuple[ScoringLevel, ...]) -> int | None:
    reached = [lv.level for lv in levels if total >= lv.min]
    return max(reached) if reached else None


def compute_score(rubric_ref: str, scoring: ScoringConfig, facts: ScoreFacts) -> dict:
    parts = []
    automatic_total = 0.0
    pending = False
    for part in scoring.parts:
        items, auto_points, all_auto = [], 0.0, True
        for item in part.items:
            entry: dict = {"item": item.id, "title": f"{item.title_th} ({item.title_en})", "max": item.points}
            if item.rule is not None:
                pts, ev = _rule_points(item.rule, float(item.points), facts)
                entry.update(automatic=True, points=pts, evidence=ev)
                auto_points += pts
            else:
                all_auto = False
                hints = [
                    {
                        "kind": "signal",
                        "signal": code,
                        "value": facts.signals.get(code, {}).get("value"),
                        "detail": facts.signals.get(code, {}).get("detail"),
                    }
                    for code in item.hints
                ]
                entry.update(automatic=False, points=None, evidence=hints)
            items.append(entry)
        automatic_total += auto_points
        pending = pending or not all_auto
        parts.append(
            {
                "id": part.id,
                "title": f"{part.title_th} ({part.title_en})",
                "max": sum(i.points for i in part.items),
                "automatic": all_auto,
                "points": auto_points if all_auto else None,
                "automatic_points": auto_points,
                "evidence": items,
            }
        )
    levels = scoring.levels
    return {
        "rubric": rubric_ref,
        "parts": parts,
        "max": sum(p["max"] for p in parts),
        "automatic_total": automatic_total,
        "level": None if pending else level_for(automatic_total, levels),
        "provisional_level": level_for(automatic_total, levels),
        "complete": not pending,
    }
