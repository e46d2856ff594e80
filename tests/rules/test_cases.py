"""Every case in ``tests/rules/cases/<comparator>.yaml``, through the comparator and the engine.

A case file holds an optional ``rule`` (the keys of a rule file: ``params``, ``severity``,
``message``) and a list of ``cases``, each with claims in and the expected status out (a case
may add its own ``rule`` keys or ``params`` over the file's). The
rule is validated exactly as a rule file is, so a case cannot use a parameter that a rule file
could not. Each case runs twice: through the comparator named by the file (for two or more
sources) and through the engine on one group of those claims, which adds single-source
handling, severities and messages.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from summitcheck.align import Group
from summitcheck.extract.vocab import Vocabulary
from summitcheck.model import Claim, Source
from summitcheck.rules.comparators import REGISTRY
from summitcheck.rules.comparators.base import CompareContext
from summitcheck.rules.engine import evaluate
from summitcheck.rules.loader import RuleSet, _check_params
from summitcheck.rules.schema import RuleFile

CASES = Path(__file__).parent / "cases"
CASE_KEYS = {"name", "why", "claims", "expect", "severity", "rule", "params", "published",
             "conflicting", "detail", "note", "message"}


def _plain(value):
    """YAML reads ``2023-05-19`` as a date; claims carry ISO strings."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _load_cases():
    for path in sorted(CASES.glob("*.yaml")):
        data = _plain(yaml.safe_load(path.read_text(encoding="utf-8")))
        for case in data["cases"]:
            yield pytest.param(path, data.get("rule") or {}, case, id=f"{path.stem}_{case['name']}")


def _rule(path: Path, base: dict, case: dict, kind: str) -> RuleFile:
    spec = {"id": f"case-{path.stem}", "description": f"cases for {path.stem}",
            "applies_to": {"kinds": [kind]}, "comparator": path.stem, **base, **case.get("rule", {})}
    spec["params"] = {**base.get("params", {}), **case.get("rule", {}).get("params", {}),
                      **case.get("params", {})}
    rule = RuleFile.model_validate(spec)
    _check_params(path, rule)
    return rule


def _numbers_are_numbers(value: dict) -> None:
    """PyYAML reads ``51.0e9`` as a string (it wants ``51.0e+9``): catch that in the case file."""
    for key in ("amount", "value", "low", "high"):
        if key in value:
            assert value[key] is None or isinstance(value[key], (int, float)), f"{key}: {value[key]!r} is not a number"
    if "alt" in value:
        _numbers_are_numbers(value["alt"])


def _claim(i: int, raw: dict) -> Claim:
    _numbers_are_numbers(raw["value"])
    return Claim(source=raw["source"], kind=raw["kind"], topic=raw.get("topic", "case"),
                 text=raw.get("text", f"claim {i}"), sentence=raw.get("text", f"claim {i}"),
                 start=0, end=1, modality=raw.get("modality", "reported"), value=raw["value"],
                 subject=raw.get("subject"), basis=raw.get("basis"))


@pytest.mark.parametrize("path,base,case", list(_load_cases()))
def test_rule_case(path, base, case):
    assert set(case) <= CASE_KEYS, f"unknown case keys: {set(case) - CASE_KEYS}"
    assert case.get("why"), "every case says why it exists"
    claims = [_claim(i, c) for i, c in enumerate(case["claims"])]
    kinds = {c.kind for c in claims}
    assert len(kinds) == 1, "a group holds claims of one kind"
    rule = _rule(path, base, case, kinds.pop())
    published = case.get("published", {})
    ctx = CompareContext(dict(published))

    if len({c.source for c in claims}) > 1:
        verdict = REGISTRY[rule.comparator](rule.params).compare(claims, ctx)
        assert verdict.status == case["expect"]
        if "conflicting" in case:
            assert sorted({i for pair in verdict.conflicting for i in pair}) == case["conflicting"]
        if "detail" in case:
            assert case["detail"] in (verdict.detail or "")
        if "note" in case:
            assert case["note"] in (verdict.note or "")

    group = Group(event="main", kind=claims[0].kind, topic=claims[0].topic, subject=claims[0].subject,
                  claims=claims)
    sources = [Source(id=s, path=s, text="", analysis_text="", sha256="", published=published.get(s))
               for s in sorted({c.source for c in claims})]
    [finding] = evaluate([group], RuleSet([rule], Vocabulary([])), sources)
    assert finding.status == case["expect"]
    assert finding.rule == rule.id
    if "severity" in case:
        assert finding.severity == case["severity"]
    if "message" in case:
        assert finding.message == case["message"]


def test_every_comparator_has_a_case_file():
    assert {p.stem for p in CASES.glob("*.yaml")} == set(REGISTRY)


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_case_file_covers_agree_and_conflict(name):
    data = yaml.safe_load((CASES / f"{name}.yaml").read_text(encoding="utf-8"))
    assert {"agree", "conflict", "single_source"} <= {c["expect"] for c in data["cases"]}
