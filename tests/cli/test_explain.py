"""``summitcheck explain``: evidence, rule, parameters and the reason for the verdict."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from summitcheck.cli.app import app
from tests.conftest import SEEDS

runner = CliRunner()


@pytest.fixture(scope="module")
def findings():
    result = runner.invoke(app, ["verify", str(SEEDS), "--format", "json"])
    return json.loads(result.stdout)["findings"]


def test_explain_a_conflict_shows_evidence_rule_and_reason(findings):
    conflict = next(f for f in findings if f["status"] == "conflict")
    result = runner.invoke(app, ["explain", conflict["id"][:6], str(SEEDS)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith(f"finding {conflict['id']}: conflict")
    for c in conflict["claims"]:
        assert c["source"] in out
        assert f"[[{c['text']}]]" in out  # the quote marks the claim's span
    assert f"rule: {conflict['rule']}" in out and "parameters:" in out
    why = out.split("why:", 1)[1]
    assert "do not fit together" in why and "vs" in why


def test_explain_an_agreement_says_why_it_agrees(findings):
    money = next((f for f in findings if f["status"] == "agree" and f["kind"] == "money"), None)
    agree = money or next(f for f in findings if f["status"] == "agree")
    out = runner.invoke(app, ["explain", agree["id"], str(SEEDS)]).stdout
    assert "compatible under the parameters above" in out
    if money:
        assert "EUR at the ECB rate" in out and "relative = " in out


def test_explain_unknown_id_is_one_line_exit_2():
    result = runner.invoke(app, ["explain", "ffffffffffff", str(SEEDS)])
    assert result.exit_code == 2
    assert result.stderr == f"summitcheck: {SEEDS}: no finding with id 'ffffffffffff'\n"


def test_explain_ambiguous_prefix_lists_the_matches(findings):
    ids = sorted(f["id"] for f in findings)
    prefix = next((a[:n] for a, b in zip(ids, ids[1:]) for n in (1, 2) if a[:n] == b[:n]), None)
    if prefix is None:
        pytest.skip("no two finding ids share a first character in this run")
    result = runner.invoke(app, ["explain", prefix, str(SEEDS)])
    assert result.exit_code == 2 and "matches" in result.stderr
