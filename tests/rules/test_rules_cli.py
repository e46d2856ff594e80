"""``summitcheck rules list|show|check`` as a user runs them."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from summitcheck.cli.app import app
from summitcheck.rules.comparators import REGISTRY
from summitcheck.rules.loader import default_rules_dir, load_rules

runner = CliRunner()
RULES = load_rules().rules


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rules_show_prints_what_params_and_example(rule):
    result = runner.invoke(app, ["rules", "show", rule.id])
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith(f"{rule.id}\n")
    assert " ".join(rule.description.split()) in " ".join(out.split())
    assert f"comparator: {rule.comparator}: " in out
    for key, (_, default, _) in REGISTRY[rule.comparator].params.items():
        assert f"  {key} = {rule.params.get(key, default)!r}  " in out
    assert f"severity: conflict={rule.severity.conflict}" in out
    assert f"  conflict: {rule.message.conflict}" in out
    assert rule.example and f"example: {rule.example.strip()}" in out


def test_rules_show_marks_defaults_and_falls_back_to_the_docs(tmp_path):
    (tmp_path / "quiet-dates.yaml").write_text(
        "id: quiet-dates\ndescription: Dates, a day either way.\napplies_to: {kinds: [date]}\n"
        "comparator: interval-overlap\nparams: {slack_days: 1}\n", encoding="utf-8")
    result = runner.invoke(app, ["rules", "show", "quiet-dates", "--rules", str(tmp_path)])
    assert result.exit_code == 0
    assert "  slack_days = 1  (int, set by the rule;" in result.stdout
    assert "  ranges_must_match = True  (bool, default;" in result.stdout
    assert "example: see docs/rules.md, section quiet-dates" in result.stdout


def test_rules_show_unknown_id_is_exit_2():
    result = runner.invoke(app, ["rules", "show", "no-such-rule"])
    assert result.exit_code == 2
    assert result.stderr.startswith("summitcheck: no rule 'no-such-rule'; known: ")


def test_rules_list_names_every_rule_and_topic():
    result = runner.invoke(app, ["rules", "list"])
    assert result.exit_code == 0
    ids = [line.split()[0] for line in result.stdout.splitlines() if not line.startswith("topics:")]
    assert ids == [r.id for r in RULES]
    assert "investment" in result.stdout.splitlines()[-1]


def test_rules_check_one_valid_file():
    result = runner.invoke(app, ["rules", "check", str(default_rules_dir() / "money-consistency.yaml")])
    assert result.exit_code == 0 and "(rule file)" in result.stdout
    result = runner.invoke(app, ["rules", "check", str(default_rules_dir() / "topics" / "investment.yaml")])
    assert result.exit_code == 0 and "(topic file)" in result.stdout


def test_rules_check_plus_dir_reads_an_add_on_over_the_shipped_rules(tmp_path):
    """An add-on rule naming a shipped topic is valid with the shipped topics, not alone."""
    (tmp_path / "trade-strict.yaml").write_text(
        "id: trade-strict\ndescription: Trade figures within 1%.\n"
        "applies_to: {kinds: [money], topics: [trade]}\ncomparator: currency-tolerance\n"
        "params: {relative: 0.01}\n", encoding="utf-8")
    assert runner.invoke(app, ["rules", "check", f"+{tmp_path}"]).exit_code == 0
    (tmp_path / "topics").mkdir()
    (tmp_path / "topics" / "jobs.yaml").write_text("topic: jobs\nkinds: [count]\ntriggers: [job]\n", encoding="utf-8")
    alone = runner.invoke(app, ["rules", "check", str(tmp_path)])
    assert alone.exit_code == 2
    assert alone.stderr.startswith(f"{tmp_path}/trade-strict.yaml:3:39: applies_to.topics.0: unknown topic 'trade'")


def test_a_later_folder_replaces_a_rule_with_the_same_id(tmp_path):
    shutil.copy(default_rules_dir() / "money-consistency.yaml", tmp_path)
    path = tmp_path / "money-consistency.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("relative: 0.05", "relative: 0.2"), encoding="utf-8")
    rule = load_rules([default_rules_dir(), tmp_path]).get("money-consistency")
    assert rule.params["relative"] == 0.2
