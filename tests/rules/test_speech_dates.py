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


@pytest.mark.parametrize("day,status", [("Wednesday", "agree"), ("Thursday", "conflict")])
def test_an_address_by_video_told_three_ways(tmp_path, day, status):
    texts = {
        "a.txt": "date 2022-06-29\nAllies meet\n\nUkrainian President Volodymyr Zelenskiy, addressing the leaders by "
                 "video link on Wednesday, urged them to send more weapons.\n",
        "b.txt": "date 2022-06-30\nSummit ends\n\nVolodymyr Zelensky, who addressed the leaders by video on Wednesday, "
                 "asked for more weapons.\n",
        "c.txt": "date 2022-07-01\nWhat changed\n\nWhen Volodymyr Zelensky appeared on the screens in the hall by video "
                 f"on {day}, he asked for more. Biden appeared with Sanchez on Tuesday.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = [(f.subject, f.status, sorted({c.source for c in f.claims}))
             for f in verify([str(tmp_path)], jobs=1, use_cache=False).findings if f.topic == "speech"]
    # appearing in person with someone is no address
    assert found == [("Volodymyr Zelensky", status, ["a.txt", "b.txt", "c.txt"])]
