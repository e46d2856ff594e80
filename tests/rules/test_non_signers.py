"""The shipped attendee-sets rule on lists of who did not sign: two outlets' complete lists
of non-signers that differ conflict, and the message says which lists are of who did not."""

from __future__ import annotations

import pytest

from summitcheck.pipeline import verify

ARTICLES = {
    "a.txt": "date 2025-02-11\nSummit statement\n\nSixty countries signed the statement on Tuesday. "
             "The United States and Britain did not sign the statement.\n",
    "b.txt": "date 2025-02-12\nA split in Paris\n\n{who} did not sign the statement, officials said.\n",
}


@pytest.mark.parametrize("who,status", [("The US and the UK", "agree"), ("The US and Canada", "conflict"),
                                        ("The United States", "agree")])
def test_lists_of_non_signers(tmp_path, who, status):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text.replace("{who}", who), encoding="utf-8")
    result = verify([str(tmp_path)], jobs=1, use_cache=False)
    findings = [f for f in result.findings if f.rule == "attendee-sets" and f.subject == "sign"]
    assert [f.status for f in findings] == [status]
    if status == "conflict":
        assert "not United Kingdom, United States vs not Canada, United States" in findings[0].message
