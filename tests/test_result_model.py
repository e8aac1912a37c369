"""The typed result (pipeline/result.py) is the published evidence-check/3 object, field for field.

Checks of real sample submissions are validated against the JSON Schema, read
back into the models and dumped again byte for byte; a stored result from an
older schema or a failed check is read as such, not guessed at.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from pipeline.check import check_submission
from pipeline.result import CHECK_SCHEMA, EvidenceCheck, FailedCheck, from_stored

REPO = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((REPO / "pipeline" / "schemas" / "evidence-check-3.schema.json").read_text(encoding="utf-8"))
SAMPLES = sorted((REPO / "samples" / "inbox" / "2566").iterdir())


@pytest.fixture(scope="module")
def checks() -> dict[str, EvidenceCheck]:
    return {p.name: check_submission(p).model(with_fingerprint=True) for p in SAMPLES}


def test_every_sample_check_fits_the_published_schema(checks):
    for check in checks.values():
        jsonschema.validate(check.json_dict(), SCHEMA)


def test_the_json_reads_back_into_the_same_models_byte_for_byte(checks):
    for check in checks.values():
        text = json.dumps(check.json_dict(), ensure_ascii=False, indent=2)
        again = EvidenceCheck.model_validate(json.loads(text))
        assert json.dumps(again.json_dict(), ensure_ascii=False, indent=2) == text


def test_the_fingerprint_travels_to_the_store_but_never_into_the_json(checks):
    check = checks["bangrak"]
    assert check.novelty.fingerprint is not None and len(check.novelty.fingerprint.hashvalues) > 0
    assert "fingerprint" not in check.json_dict()["novelty"]


def test_a_missing_section_has_no_candidate_key_and_a_found_one_no_heading_key(checks):
    for check in checks.values():
        for key, sec in check.json_dict()["sections"].items():
            assert "heading" not in sec
            assert ("candidate" in sec) == (check.sections[key].candidate is not None)


def test_signals_give_their_named_things_typed(checks):
    kinds = checks["sso-rayong"].signal("innovation_type")
    assert kinds is not None and [t.id for t in kinds.named("types")] == kinds.value
    assert all(t.title_th for t in kinds.named("types"))


def test_stored_results_are_read_as_what_they_are(checks):
    good = from_stored(checks["bangrak"].json_dict())
    assert good.check is not None and good.unreadable_reason is None and good.error is None
    failed = from_stored(FailedCheck(submission="x", rubric="r", error="RuntimeError: boom").json_dict())
    assert failed.check is None and failed.error == "RuntimeError: boom"
    old = from_stored({"schema": "evidence-check/1", "sections": {}, "flags": []})
    assert old.check is None and "evidence-check/1" in old.unreadable_reason and old.sections == {}
    broken = from_stored({**checks["bangrak"].json_dict(), "period": {"fiscal_year": "soon"}})
    assert broken.check is None and CHECK_SCHEMA in broken.unreadable_reason
