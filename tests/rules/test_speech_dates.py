"""The shipped speech-dates rule: one person's speech, found under a verb, a possessive or a
title alone, dated differently by two sources, is raised for review (a warning)."""

from __future__ import annotations

import pytest

from summitcheck.pipeline import verify

ARTICLES = {
    "a.txt": "date 2024-02-18\nMunich conference closes\n\nUnited States Vice President Kamala Harris addressed "
             "the Munich Security Conference on Friday. Harris used her speech on Friday to reassure allies.\n",
    "b.txt": "date 2024-02-18\nAllies in Munich\n\nThe vice president's speech on Friday was aimed at European "
             "allies.\n",
    "c.txt": "date 2024-02-19\nHarris in Munich\n\nVice President Kamala Harris gave a speech on {day} in Munich.\n",
}


def _speech_findings(tmp_path, day: str):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text.replace("{day}", day), encoding="utf-8")
    result = verify([str(tmp_path)], jobs=1, use_cache=False)
    return [f for f in result.findings if f.topic == "speech"]


@pytest.mark.parametrize("day,status,severity", [("Friday", "agree", "info"), ("Saturday", "conflict", "warning")])
def test_one_persons_speech_under_a_verb_a_possessive_and_a_title(tmp_path, day, status, severity):
    findings = _speech_findings(tmp_path, day)
    assert [(f.rule, f.status, f.severity, f.subject) for f in findings] == [
        ("speech-dates", status, severity, "Kamala Harris")]
    assert sorted({c.source for c in findings[0].claims}) == ["a.txt", "b.txt", "c.txt"]
