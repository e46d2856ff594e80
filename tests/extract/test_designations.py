"""How an adopted text describes a country, as sources quote it: short articles written for
the test."""

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
