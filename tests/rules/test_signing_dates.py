"""The shipped signing-dates rule: one document's signing, dated differently by two outlets,
is raised for review (a warning); another country's memorandum, or the leaders' own
declaration, is never dated against it."""

from __future__ import annotations

import pytest

from summitcheck.pipeline import verify

ARTICLES = {
    "a.txt": "date 2023-08-24\nBRICS expands\n\nEgypt signed a memorandum of understanding on Wednesday, its "
             "foreign ministry said. Ethiopia signed a memorandum of understanding on Thursday. The leaders "
             "signed the declaration on Thursday.\n",
    "b.txt": "date 2023-08-25\nA wider bloc\n\nA memorandum of understanding with Egypt was signed on {day}, "
             "officials said.\n",
}


@pytest.mark.parametrize("day,status,severity", [("Wednesday", "agree", "info"), ("Thursday", "conflict", "warning")])
def test_one_documents_signing_dated_by_two_outlets(tmp_path, day, status, severity):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text.replace("{day}", day), encoding="utf-8")
    result = verify([str(tmp_path)], jobs=1, use_cache=False)
    found = sorted((f.subject, f.status, f.severity) for f in result.findings if f.topic == "signing")
    assert found == [("memorandum of understanding, Egypt", status, severity),
                     ("memorandum of understanding, Ethiopia", "single_source", "info")]
    assert any(f.topic == "event-dates" and any(c.text == "Thursday" and c.source == "a.txt" for c in f.claims)
               for f in result.findings)


@pytest.mark.parametrize("day,status", [("Tuesday", "agree"), ("Monday", "conflict")])
def test_one_document_of_several_parties_however_each_source_names_them(tmp_path, day, status):
    texts = {
        "a.txt": "date 2022-06-29\nDeal\n\nTurkey, Finland and Sweden signed a memorandum on Tuesday.\n",
        "b.txt": "date 2022-06-30\nDeal\n\nOn Tuesday evening, Turkey signed a memorandum with Finland and Sweden.\n",
        "c.txt": "date 2022-07-01\nDeal\n\nFinland, Sweden and Turkey signed a memorandum on " + day + ".\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = [(f.subject, f.status) for f in verify([str(tmp_path)], jobs=1, use_cache=False).findings
             if f.topic == "signing"]
    assert found == [("memorandum", status)]
