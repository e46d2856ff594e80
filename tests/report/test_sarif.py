"""SARIF 2.1.0: valid against the official schema, one result per problem, exact regions."""

from __future__ import annotations

import json

import jsonschema
import pytest

from summitcheck.report import FORMATS
from summitcheck.report.sarif import reported
from tests.report.conftest import SCHEMAS


@pytest.fixture(scope="module")
def schema():
    return json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def log(with_skipped):
    return json.loads(FORMATS["sarif"](with_skipped))


def test_sarif_validates_against_the_official_schema(log, schema):
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, errors[0].message


def test_sarif_schema_rejects_a_broken_log(log, schema):
    """The validation above can fail: a result with a made-up level is refused."""
    broken = json.loads(json.dumps(log))
    broken["runs"][0]["results"][0]["level"] = "bogus"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_sarif_has_one_result_per_conflict_and_warning(log, with_skipped):
    expected = [f for f in with_skipped.findings if reported(f)]
    assert any(f.status == "conflict" for f in expected)
    results = log["runs"][0]["results"]
    assert [r["properties"]["findingId"] for r in results] == [f.id for f in expected]
    rules = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    for r, f in zip(results, expected):
        assert r["ruleId"] == f.rule and rules[r["ruleIndex"]] == f.rule
        assert r["message"]["text"] == f.message
        assert r["level"] == {"error": "error", "warning": "warning", "info": "note"}[f.severity]
        assert len(r["locations"]) == len(f.claims)


def test_sarif_regions_point_at_the_claims(log, with_skipped, seeds_text):
    by_id = {f.id: f for f in with_skipped.findings}
    for r in log["runs"][0]["results"]:
        finding = by_id[r["properties"]["findingId"]]
        for loc in r["locations"]:
            phys = loc["physicalLocation"]
            name = phys["artifactLocation"]["uri"].rsplit("/", 1)[-1]
            text = seeds_text[name]
            region = phys["region"]
            start, length = region["charOffset"], region["charLength"]
            assert text[start:start + length] == region["snippet"]["text"]
            assert any(c.start == start and c.source == name for c in finding.claims)
            lines = text.splitlines(keepends=True)
            line = lines[region["startLine"] - 1]
            col = region["startColumn"] - 1
            assert line[col:col + length] == region["snippet"]["text"]  # claims sit on one line here


def test_sarif_lists_skipped_files_as_notifications(log):
    notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 1 and "empty file" in notes[0]["message"]["text"]
    assert notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("broken%2C%2050%25.txt")
