"""Who holds an office is a fact of the day: a preview that expects a visit does not expect
the office, so a later report naming another holder conflicts rather than updates."""

from __future__ import annotations

import pytest

from summitcheck.pipeline import verify

ARTICLES = {
    "a.txt": "date 2022-06-20\nLeaders head to Kigali\n\nBritish Prime Minister Boris Johnson is expected to "
             "attend the summit in Kigali.\n",
    "b.txt": "date 2022-06-24\nKigali summit opens\n\nThe summit in Kigali opened on Friday, and British Prime "
             "Minister {name} spoke on the first day.\n",
}


@pytest.mark.parametrize("name,status", [("Boris Johnson", "agree"), ("Theresa May", "conflict")])
def test_a_preview_naming_another_office_holder_conflicts_with_the_report(tmp_path, name, status):
    for file, text in ARTICLES.items():
        (tmp_path / file).write_text(text.replace("{name}", name), encoding="utf-8")
    result = verify([str(tmp_path)], jobs=1, use_cache=False)
    offices = [f for f in result.findings if f.topic == "office"]
    assert [(f.subject, f.status) for f in offices] == [("prime minister of United Kingdom", status)]
    # the preview's claim is still an expectation: only the office is settled
    assert {c.source: c.modality for c in offices[0].claims}["a.txt"] == "expected"
