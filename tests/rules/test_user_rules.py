"""What a user does: copy the rules, edit a file, and see verify's result change.

No Python is touched: the tests copy ``rules/`` to a temporary folder, change a tolerance, a
topic vocabulary or add a topic file as a user would, and run the command line on a small
bundle about the China-Africa summit in Beijing (September 2024), from public reporting.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from summitcheck.cli.app import app
from summitcheck.rules.loader import default_rules_dir

runner = CliRunner()

ARTICLES = {
    "a.txt": (
        "date 2024-09-05 China pledges $50.7 billion for Africa at Beijing summit\n\n"
        "BEIJING, Sept. 5 - Chinese President Xi Jinping pledged $50.7 billion in financing to "
        "Africa over the next three years at the Forum on China-Africa Cooperation summit in "
        "Beijing on Thursday. Xi said China would create at least one million jobs in Africa.\n"
    ),
    "b.txt": (
        "date 2024-09-05 Xi offers Africa $51 billion in new funding\n\n"
        "Xi Jinping promised $51 billion in funding for Africa at the summit in Beijing on "
        "Thursday, addressing leaders of more than 50 African nations.\n"
    ),
    "c.txt": (
        "date 2024-09-06 Beijing woos African leaders\n\n"
        "Xi's $51 billion in largesse for Africa dominated the Beijing summit.\n"
    ),
}


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "bundle"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def my_rules(tmp_path: Path) -> Path:
    folder = tmp_path / "my-rules"
    shutil.copytree(default_rules_dir(), folder)
    return folder


def verify(bundle: Path, *args: str) -> tuple[int, dict]:
    result = runner.invoke(app, ["verify", str(bundle), "--format", "json", "--no-cache", "--jobs", "1", *args])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


def findings(report: dict, topic: str) -> list[dict]:
    return [f for f in report["findings"] if f["topic"] == topic]


def claims_of(bundle: Path, *args: str) -> list[dict]:
    result = runner.invoke(app, ["extract", str(bundle), "--format", "jsonl", "--no-cache", "--jobs", "1", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if '"kind"' in line]


def test_user_tightens_a_tolerance_and_agreement_becomes_conflict(bundle, my_rules):
    _, before = verify(bundle, "--rules", str(my_rules))
    [finding] = findings(before, "investment")
    assert finding["status"] == "agree" and finding["rule"] == "money-consistency"
    assert {c["source"] for c in finding["claims"]} >= {"a.txt", "b.txt"}

    path = my_rules / "money-consistency.yaml"
    text = path.read_text(encoding="utf-8")
    assert "  relative: 0.05\n" in text
    path.write_text(text.replace("  relative: 0.05\n", "  relative: 0.001\n"), encoding="utf-8")

    code, after = verify(bundle, "--rules", str(my_rules))
    [finding] = findings(after, "investment")
    assert finding["status"] == "conflict" and finding["severity"] == "error"
    assert code == 1


def test_user_adds_a_trigger_word_and_a_claim_changes_topic(bundle, my_rules):
    def investment_sources(report):
        return {c["source"] for f in findings(report, "investment") for c in f["claims"]}

    _, before = verify(bundle, "--rules", str(my_rules))
    assert "c.txt" not in investment_sources(before)  # "$51 billion in largesse": no investment word

    path = my_rules / "topics" / "investment.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["triggers"].append("largesse")
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")

    _, after = verify(bundle, "--rules", str(my_rules))
    assert "c.txt" in investment_sources(after)
    [finding] = findings(after, "investment")
    assert finding["status"] == "agree"


def test_user_adds_a_topic_file_and_claims_get_that_topic(bundle, my_rules):
    def jobs_topics(rows):
        return {r["topic"] for r in rows if r["kind"] == "count" and "jobs" in r["text"]}

    before = jobs_topics(claims_of(bundle, "--rules", str(my_rules)))
    assert before and "employment" not in before

    (my_rules / "topics" / "employment.yaml").write_text(
        "topic: employment\n"
        "description: Jobs created or promised.\n"
        "kinds: [count]\n"
        "triggers: [job, employment]\n", encoding="utf-8")
    check = runner.invoke(app, ["rules", "check", str(my_rules)])
    assert check.exit_code == 0 and "ok:" in check.stdout

    assert jobs_topics(claims_of(bundle, "--rules", str(my_rules))) == {"employment"}


def test_a_rule_added_with_plus_dir_judges_the_new_topic(bundle, tmp_path):
    """``--rules +DIR`` adds a folder on top of the shipped rules: a topic and its own rule."""
    extra = tmp_path / "extra"
    (extra / "topics").mkdir(parents=True)
    (extra / "topics" / "employment.yaml").write_text(
        "topic: employment\nkinds: [count]\ntriggers: [job]\n", encoding="utf-8")
    (extra / "jobs-promised.yaml").write_text(
        "id: jobs-promised\n"
        "description: Jobs promised must match within a tenth.\n"
        "applies_to: {kinds: [count], topics: [employment]}\n"
        "comparator: numeric-tolerance\n"
        "params: {relative: 0.1}\n"
        "severity: {single_source: warning}\n", encoding="utf-8")
    assert runner.invoke(app, ["rules", "check", f"+{extra}"]).exit_code == 0

    _, report = verify(bundle, "--rules", f"+{extra}")
    [finding] = findings(report, "employment")
    assert finding["rule"] == "jobs-promised"
    assert finding["status"] == "single_source" and finding["severity"] == "warning"


def test_select_and_ignore_pick_rules_by_id(bundle):
    _, ignored = verify(bundle, "--ignore", "money-consistency")
    assert not [f for f in ignored["findings"] if f["rule"] == "money-consistency"]
    assert ignored["findings"]
    _, selected = verify(bundle, "--select", "money-consistency")
    assert selected["findings"] and {f["rule"] for f in selected["findings"]} == {"money-consistency"}


def test_a_rule_limited_to_entity_labels_judges_only_those_claims(tmp_path):
    """applies_to.labels: a stricter rule for places the tagger read as buildings (FAC)
    leaves the venue city (GPE) to the shipped rule."""
    from summitcheck.model import Claim
    from summitcheck.align import Group
    from summitcheck.rules.engine import rule_for
    from summitcheck.rules.loader import load_rules

    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "buildings.yaml").write_text(
        "id: building-names\n"
        "description: Buildings must be named alike.\n"
        "applies_to: {kinds: [place], topics: [venue], labels: [FAC]}\n"
        "comparator: fuzzy-text\n"
        "params: {threshold: 97}\n", encoding="utf-8")
    rules = load_rules([default_rules_dir(), extra]).rules

    def group(label):
        claims = [Claim(source=s, kind="place", topic="venue", text="x", sentence="x", start=0, end=1,
                        modality="reported", value={"text": "Expo City", "level": "city", "label": label})
                  for s in ("a.txt", "b.txt")]
        return Group("main", "place", "venue", None, claims)

    assert rule_for(group("FAC"), rules).id == "building-names"
    assert rule_for(group("GPE"), rules).id == "place-consistency"
