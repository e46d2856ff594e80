"""How an adopted text describes a country, as sources quote it, and when the text it
replaces was adopted: short articles written for the test."""

from __future__ import annotations

import pytest

from summitcheck.pipeline import verify
from tests.conftest import of


@pytest.mark.parametrize("text", [
    'The allies adopted a new blueprint that names Iran as the "most serious threat" to the region.',
    'Iran, described in the communique as "the most serious threat" to the region, rejected it.',
    'The declaration calls Iran "the most serious threat" to the region.',
    "Diplomats say the new text will describe Iran as the most serious threat to the region.",
])
def test_a_texts_words_for_a_country(extract_text, text):
    claims = of(extract_text(text, "2024-03-01"), "text", "designation")
    assert [(c.subject, c.value["text"]) for c in claims] == [("Iran", "most serious threat")]


@pytest.mark.parametrize("text", [
    "The president called Iran a pariah state.",  # a person's words, not the text's
    "The declaration calls for talks with Iran.",  # no description
])
def test_what_no_text_calls_a_country_is_not_read(extract_text, text):
    assert of(extract_text(text, "2024-03-01"), "text", "designation") == []


@pytest.mark.parametrize("words,status,severity", [
    ("the most serious threat", "agree", "info"), ("a strategic partner", "conflict", "warning")])
def test_two_sources_quoting_one_text(tmp_path, words, status, severity):
    (tmp_path / "a.txt").write_text('date 2024-03-01\nSummit\n\nThe declaration calls Iran "the most serious '
                                    'threat" to the region.\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"date 2024-03-02\nSummit\n\nThe communique names Iran as {words} of the "
                                    "region.\n", encoding="utf-8")
    found = [(f.rule, f.subject, f.status, f.severity) for f in verify([str(tmp_path)], jobs=1, use_cache=False).findings
             if f.topic == "designation"]
    assert found == [("designation-wording", "Iran", status, severity)]


@pytest.mark.parametrize("text", [
    "The allies will adopt a new concept. It will replace the concept agreed in Lisbon in 2010.",
    "The previous concept, adopted in Lisbon in 2010, still spoke of partnership.",
    "The new Strategic Concept, the first since the one agreed in Lisbon in 2010, names Iran as a threat.",
])
def test_when_the_text_an_event_replaces_was_adopted(extract_text, text):
    claims = of(extract_text(text, "2022-06-30"), "date", "previous-edition")
    assert [(c.subject, c.value["start"], c.event) for c in claims] == [("concept", "2010-01-01", "main")]


def test_a_past_summits_date_is_no_edition(extract_text):
    claims = extract_text("The allies last met in Lisbon in 2010.", "2022-06-30")
    assert of(claims, "date", "previous-edition") == []


@pytest.mark.parametrize("year,status", [("2010", "agree"), ("2012", "conflict")])
def test_a_preview_and_a_report_on_the_previous_edition(tmp_path, year, status):
    # settled: the preview's year is no plan that a report can update
    (tmp_path / "a.txt").write_text("date 2022-06-25\nPreview\n\nLeaders will adopt a new concept. It will "
                                    "replace the concept agreed in Lisbon in 2010.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"date 2022-07-01\nAnalysis\n\nThe previous concept, adopted in Lisbon in "
                                    f"{year}, spoke of partnership.\n", encoding="utf-8")
    found = [(f.subject, f.status) for f in verify([str(tmp_path)], jobs=1, use_cache=False).findings
             if f.topic == "previous-edition"]
    assert found == [("concept", status)]


def test_a_newcomers_place_among_the_members_is_compared_per_newcomer(extract_text):
    claims = extract_text("Belarus became the tenth full member of the bloc on Thursday. The summit admitted Belarus "
                          "as its 10th member.", "2024-07-04")
    assert [(c.subject, c.value["value"]) for c in of(claims, "ordinal", "ordinal:member")] == \
        [("Belarus", 10), ("Belarus", 10)]
    assert of(claims, "ordinal", "edition") == []


@pytest.mark.parametrize("text", [
    'Leaders agreed to "phase out" inefficient fossil fuel subsidies over the medium term.',
    'The communique commits the group to a "phase out" of inefficient fossil fuel subsidies.',
    # the draft's wording, replaced, is not the text's
    'A call to "scale back" subsidies was replaced with a pledge to "phase out" inefficient fossil fuel subsidies.',
])
def test_a_texts_quoted_act_on_a_thing_is_compared_per_thing(extract_text, text):
    claims = of(extract_text(text, "2009-09-26"), "text", "designation")
    assert [(c.subject, c.value["text"]) for c in claims] == [("fossil", "phase out")]  # its first noun


@pytest.mark.parametrize("text", [
    'Ukraine was on an "irreversible" path to membership.',  # a characterisation, read per country
    'The minister called the talks "a walk out" and left.',  # no thing acted on
])
def test_quoted_words_without_an_act_on_a_thing_are_no_such_claim(extract_text, text):
    claims = of(extract_text(text, "2024-07-10"), "text", "designation")
    assert all(c.value["text"] not in ("walk out",) and ":" in c.subject for c in claims)


@pytest.mark.parametrize("words,status", [("phase-out", "agree"), ("phase down", "conflict")])
def test_two_sources_quoting_a_texts_act(tmp_path, words, status):
    (tmp_path / "a.txt").write_text('date 2009-09-26\nSummit\n\nLeaders agreed to "phase out" inefficient fossil '
                                    'fuel subsidies.\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text(f'date 2009-09-27\nSummit\n\nThe text calls for a "{words}" of inefficient '
                                    'fossil fuel subsidies.\n', encoding="utf-8")
    found = [(f.subject, f.status) for f in verify([str(tmp_path)], jobs=1, use_cache=False).findings
             if f.topic == "designation"]
    assert found == [("fossil", status)]
