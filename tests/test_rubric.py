"""The rubric is data: validated by its schema; a changed copy changes results without code changes."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from pipeline import batch
from pipeline import store as st
from pipeline.check import check_submission
from pipeline.rubric import DEFAULT_RUBRIC, SCHEMA_PATH, RubricError, load_rubric
from pipeline.store.models import Check, FingerprintRow

SAMPLE = "samples/inbox/2566/medical-dept"


def copy_rubric(tmp_path, change, name="rubric.yaml"):
    data = yaml.safe_load(DEFAULT_RUBRIC.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_default_rubric_has_indicators_forms_topics_scoring():
    r = load_rubric()
    assert [f.id for f in r.indicator.required_forms] == ["form1", "form2", "form3", "form4", "evidence"]
    groups = [t.group for t in r.efficiency_topics]
    assert groups.count("pm") == 6 and groups.count("choice") == 5
    assert sum(i.points for p in r.scoring.parts for i in p.items) == 100
    assert r.scoring.defaults_note is not None and "office-adjustable" in r.scoring.defaults_note


def test_the_rubric_schema_is_a_valid_schema_and_both_yaml_parsers_read_the_rubric_alike():
    """load_rubric trusts the schema (it is not checked on every load) and parses with libyaml."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema).check_schema(schema)
    text = DEFAULT_RUBRIC.read_text(encoding="utf-8")
    assert yaml.load(text, Loader=yaml.CSafeLoader) == yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506


def test_a_bad_rule_or_unknown_indicator_is_refused(tmp_path):
    bad = copy_rubric(tmp_path, lambda d: d["scoring"]["parts"][0]["items"][0].update(rule={"guess": 1}), "a.yaml")
    with pytest.raises(RubricError, match="does not fit the schema"):
        load_rubric(bad)
    unknown = copy_rubric(tmp_path, lambda d: d.update(indicator="9.9"), "b.yaml")
    with pytest.raises(RubricError, match="9.9"):
        load_rubric(unknown)


def test_changed_points_and_thresholds_change_the_score(tmp_path):
    def change(d):
        d["version"] = "test.2"
        d["scoring"]["parts"][0]["items"][0]["points"] = 30
        d["scoring"]["levels"] = [{"level": 5, "min": 60}, {"level": 1, "min": 0}]

    before = check_submission(SAMPLE).to_dict()["score"]
    after = check_submission(SAMPLE, load_rubric(copy_rubric(tmp_path, change))).to_dict()["score"]
    assert after["rubric"].endswith("@test.2")
    assert after["automatic_total"] == before["automatic_total"] + 20
    assert before["provisional_level"] == 1 and after["provisional_level"] == 5


def test_required_forms_come_from_the_rubric(tmp_path):
    flags = check_submission(SAMPLE).to_dict()["flags"]
    assert [(f["code"], f["form"], f["section"], f["file"]) for f in flags if f["code"] == "form_missing"] == [
        ("form_missing", "form3", None, None)
    ]
    relaxed = copy_rubric(tmp_path, lambda d: d["indicators"]["4.1"]["required_forms"].pop(2))
    flags = check_submission(SAMPLE, load_rubric(relaxed)).to_dict()["flags"]
    assert not [f for f in flags if f["code"] == "form_missing"]


def test_result_follows_the_v3_schema():
    import json
    from pathlib import Path

    schema = json.loads((Path("pipeline/schemas/evidence-check-3.schema.json")).read_text(encoding="utf-8"))
    result = check_submission(SAMPLE).to_dict()
    assert result["schema"] == "evidence-check/3"
    jsonschema.validate(result, schema)


def test_earlier_contract_schemas_are_kept():
    import json
    from pathlib import Path

    for n in (1, 2, 3):
        schema = json.loads(Path(f"pipeline/schemas/evidence-check-{n}.schema.json").read_text(encoding="utf-8"))
        assert schema["properties"]["schema"]["const"] == f"evidence-check/{n}"


def test_batch_rescores_after_a_rubric_version_change_and_stores_score_and_fingerprint(tmp_path):
    inbox = tmp_path / "inbox"
    (inbox / "2566").mkdir(parents=True)
    import shutil

    shutil.copytree(SAMPLE, inbox / "2566" / "medical-dept")
    shutil.copytree(SAMPLE, inbox / "2566" / "medical-copy")  # the same project sent again by another folder
    db_url = f"sqlite:///{tmp_path / 'e.db'}"
    first = batch.run_batch(inbox, db_url)
    assert first.checked == 2
    changed = copy_rubric(
        tmp_path, lambda d: (d.update(version="test.3"), d["scoring"]["parts"][0]["items"][0].update(points=30))
    )
    second = batch.run_batch(inbox, db_url, changed)
    assert {o.reason for o in second.outcomes} == {"rubric"} and second.checked == 2
    store = st.open_store(db_url)
    with store.session() as s:
        rows = s.query(Check).filter(Check.is_current.is_(True)).order_by(Check.id).all()
        fps = s.query(FingerprintRow).count()
    assert fps == 4 and all(r.rubric_ref.endswith("@test.3") for r in rows)
    assert all(r.fiscal_year == 2566 and r.fiscal_year_source == "path" for r in rows)
    old = {c.automatic_total for c in rows}
    assert all(r.result["score"]["rubric"].endswith("@test.3") for r in rows) and old == {
        65.0
    }  # no completion statement: the completion points await the evaluator
    assert all("fingerprint" not in r.result["novelty"] for r in rows)
    repeats = [r.result["novelty"]["matches"] for r in rows]
    assert all(m and m[0]["similarity"] > 0.99 for m in repeats)  # each copy is found in the run's own store
