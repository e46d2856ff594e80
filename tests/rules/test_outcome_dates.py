"""The shipped outcome-dates rule: the day the meeting's own declaration was adopted or
released, dated differently by two outlets, is raised for review (a warning), while the
meeting keeps its dates; a refusal to sign, a statement and another meeting's declaration
are never dated against it."""

from __future__ import annotations

import pytest

from summitcheck.pipeline import verify

ARTICLES = {
    "a.txt": "date 2019-08-26\nLeaders gather in Biarritz\n\nLeaders of the Group of Seven opened a three-day "
             "summit in Biarritz on Saturday. Late on Monday, French officials released the leaders' declaration, "
             "a one-page text. The leaders issued a statement on Iran on Saturday.\n",
    "b.txt": "date 2019-08-26\nSummit ends\n\nThe Biarritz summit closed on Monday with the leaders signing a short "
             "declaration on trade. Several delegations declined to sign the declaration on Saturday. The "
             "declaration adopted at the summit in Charlevoix in June 2018 was longer.\n",
    "c.txt": "date 2019-08-26\nA short text\n\nThe final declaration, which the leaders adopted on {day}, ran to a "
             "single page.\n",
}


def _verify(tmp_path, day):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text.replace("{day}", day), encoding="utf-8")
    return verify([str(tmp_path)], jobs=1, use_cache=False)


@pytest.mark.parametrize("day,status,severity", [("Monday", "agree", "info"), ("Sunday", "conflict", "warning")])
def test_the_declarations_day_told_two_ways_is_raised_for_review(tmp_path, day, status, severity):
    result = _verify(tmp_path, day)
    found = [f for f in result.findings if f.topic == "outcome-dates" and f.event == "main"]
    by_subject = {f.subject: f for f in found}
    assert set(by_subject) == {"declaration", "statement"}
    declaration = by_subject["declaration"]
    assert (declaration.status, declaration.severity) == (status, severity)
    assert sorted(c.source for c in declaration.claims) == ["a.txt", "b.txt", "c.txt"]
    assert by_subject["statement"].status == "single_source"


def test_a_refusal_and_another_meetings_declaration_date_no_adoption(tmp_path):
    result = _verify(tmp_path, "Monday")
    claims = [c for cs in result.claims.values() for c in cs if c.topic == "outcome-dates"]
    texts = {(c.source, c.text, c.event) for c in claims}
    assert ("b.txt", "Saturday", "main") not in texts  # "declined to sign ... on Saturday"
    assert all(c.event == "other" for c in claims if c.text == "June 2018")


def test_the_meeting_keeps_the_dates_its_declaration_gives(tmp_path):
    result = _verify(tmp_path, "Monday")
    dates = next(f for f in result.findings if f.topic == "event-dates" and f.event == "main")
    assert dates.status == "agree"
    assert {c.text for c in dates.claims} >= {"Saturday", "Monday"}


@pytest.mark.parametrize("day,status", [("13 November", "agree"), ("14 November", "warning")])
def test_a_named_pact_the_meeting_adopted_is_dated_even_past_its_schedule(tmp_path, day, status):
    texts = {
        "a.txt": "date 2021-11-13\nPact adopted\n\nNegotiators from 197 parties adopted the Glasgow Climate Pact late "
                 "on Saturday, a day later than planned. The United States rejoined the Paris Agreement on Monday.\n",
        "b.txt": "date 2021-11-15\nAnalysis\n\nBy the time the Glasgow Climate Pact was adopted on the evening of "
                 f"{day}, a day after the conference was due to close on 12 November, coal was the story.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = [f for f in verify([str(tmp_path)]).findings if f.topic == "outcome-dates"]
    assert [(f.subject, f.status if f.status == "agree" else f.severity) for f in found] == [("agreement", status)]
