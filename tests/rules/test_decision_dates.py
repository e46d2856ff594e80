"""The shipped decision-dates rule: one person's decision on one matter, dated differently by
two sources, is raised for review (a warning), not as an error."""

from __future__ import annotations

from summitcheck.pipeline import verify


def _decision_findings(tmp_path, day_a: str, day_b: str):
    (tmp_path / "a.txt").write_text(
        f"date 2024-02-27\nHungarian Prime Minister Viktor Orban agreed on {day_a} to put Sweden's "
        "accession to a vote in parliament.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        f"date 2024-02-28\nHungary's Viktor Orbán, who on {day_b} agreed to schedule the vote on Sweden's "
        "accession, met Swedish Prime Minister Ulf Kristersson.\n", encoding="utf-8")
    result = verify([str(tmp_path)], jobs=1, use_cache=False)
    return [f for f in result.findings if f.topic == "decision"]


def test_same_day_across_spellings_agrees(tmp_path):
    findings = _decision_findings(tmp_path, "Monday", "Monday")
    assert [(f.rule, f.status, f.subject) for f in findings] == [("decision-dates", "agree", "Viktor Orban, on Sweden")]


def test_different_days_are_a_warning_for_review(tmp_path):
    findings = _decision_findings(tmp_path, "Monday", "Tuesday")
    assert [(f.rule, f.status, f.severity) for f in findings] == [("decision-dates", "conflict", "warning")]
    assert "review" in findings[0].message
