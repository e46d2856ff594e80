"""docs/rules.md keeps up with the rules: a meta-test, in the spirit of ruff's rule-doc check.

Every shipped rule, comparator, topic file and schema field must be documented, with the
sections a reader relies on and the defaults the code really has; every comparator must have
a case file. Adding a rule, a comparator, a parameter or a topic without documenting it fails
here, so the page cannot silently fall behind.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from summitcheck.rules.comparators import REGISTRY
from summitcheck.rules.loader import default_rules_dir, load_rules
from summitcheck.rules.schema import PLACEHOLDERS, AppliesTo, EventsFile, Messages, RuleFile, Severities, TopicFile, Window

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
CASES = Path(__file__).parent / "cases"
RULES = load_rules().rules
TOPIC_FILES = sorted((default_rules_dir() / "topics").glob("*.yaml"))


def section(level: str, title: str) -> str:
    """The text under ``<level> <title>`` up to the next heading of that level or above."""
    match = re.search(rf"^{level} {re.escape(title)}\n(.*?)(?=^#{{1,{len(level)}}} |\Z)", DOC, re.M | re.S)
    assert match, f"docs/rules.md has no '{level} {title}' section"
    return match.group(1)


def doc_value(value) -> str:
    """A default as the docs write it (YAML spelling)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    return str(value)


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_every_shipped_rule_is_documented(rule):
    text = section("###", rule.id)
    for heading in ("What it checks", "Why", "Defaults", "Example"):
        assert f"**{heading}:**" in text, f"{rule.id}: no '{heading}'"
    defaults = " ".join(text.split("**Defaults:**", 1)[1].split("\n- ", 1)[0].split())
    assert f"`{rule.comparator}`" in defaults
    for key, value in rule.params.items():
        assert f"`{key}: {doc_value(value)}`" in defaults, f"{rule.id}: default {key}: {value} not in the docs"
    assert f"conflict `{rule.severity.conflict}`" in defaults


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_every_comparator_is_documented_with_its_parameters(name):
    text = section("###", name)
    assert "**What it does.**" in text and "**Worked example.**" in text and "Verdict:" in text
    for key, (typ, default, _) in REGISTRY[name].params.items():
        row = f"| `{key}` | {typ.__name__} | `{doc_value(default)}` |"
        assert row in text, f"{name}: no row {row!r}"
    if not REGISTRY[name].params:
        assert "no parameters" in text


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_every_comparator_has_a_case_file_with_its_worked_example(name):
    path = CASES / f"{name}.yaml"
    assert path.exists(), f"no case file {path}"
    names = [c["name"] for c in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]]
    assert "docs-worked-example" in names


@pytest.mark.parametrize("path", TOPIC_FILES, ids=[p.stem for p in TOPIC_FILES])
def test_every_topic_file_is_documented(path):
    topic = yaml.safe_load(path.read_text(encoding="utf-8"))
    table = section("###", "Shipped topics")
    assert re.search(rf"^\| `{re.escape(topic['topic'])}` \| {', '.join(topic['kinds'])} \|", table, re.M), \
        f"topic {topic['topic']} ({', '.join(topic['kinds'])}) is not in the 'Shipped topics' table"


@pytest.mark.parametrize("model,prefix,where", [
    (RuleFile, "", "The rule file"),
    (AppliesTo, "applies_to.", "The rule file"),
    (Severities, "severity.", "The rule file"),
    (Messages, "message.", "The rule file"),
    (TopicFile, "", "Topic files"),
    (EventsFile, "", "events.yaml"),
    (Window, "window_days.", "events.yaml"),
])
def test_every_schema_field_is_documented(model, prefix, where):
    text = section("##", where)
    for field in model.model_fields:
        assert f"| `{prefix}{field}` |" in text, f"{prefix}{field} is not documented under '{where}'"


def test_every_message_placeholder_is_documented():
    text = section("##", "The rule file")
    for name in PLACEHOLDERS:
        assert f"| `{{{name}}}` |" in text


def test_shipped_rules_pass_rules_check():
    """What CI runs: ``summitcheck rules check rules/``."""
    from typer.testing import CliRunner

    from summitcheck.cli.app import app

    result = CliRunner().invoke(app, ["rules", "check", str(default_rules_dir())])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"ok: {len(RULES)} rules, {len(TOPIC_FILES)} topics")
