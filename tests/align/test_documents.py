"""The meeting's outcome document named with two types is compared as one document."""

from __future__ import annotations

from summitcheck.align.documents import merge_outcome_types
from summitcheck.model import Claim


def document(source: str, name: str, doc_type: str, outcome: bool = False) -> Claim:
    value = {"text": name, **({"outcome": True} if outcome else {})}
    return Claim(source=source, kind="text", topic="documents", text=name, sentence=f"They adopted the {name}.",
                 start=0, end=len(name), modality="reported", value=value, subject=doc_type)


def test_an_outcome_of_another_type_joins_the_type_most_sources_give():
    claims = [document("a", "Nairobi Communique", "communique", outcome=True),
              document("b", "Nairobi Communique", "communique"),
              document("c", "Mombasa Declaration", "declaration", outcome=True)]
    merge_outcome_types(claims)
    assert [c.subject for c in claims] == ["communique"] * 3
    assert claims[2].value["written_type"] == "declaration"


def test_documents_not_called_the_outcome_keep_their_types():
    # a summit may adopt a declaration and a statement: only "the final text" is the outcome
    claims = [document("a", "Nairobi Declaration", "declaration", outcome=True),
              document("b", "Nairobi Declaration", "declaration", outcome=True),
              document("c", "Statement on Food Security", "statement")]
    merge_outcome_types(claims)
    assert [c.subject for c in claims] == ["declaration", "declaration", "statement"]


def test_as_many_sources_for_each_type_leave_both_alone():
    claims = [document("a", "Nairobi Communique", "communique", outcome=True),
              document("b", "Mombasa Declaration", "declaration", outcome=True)]
    merge_outcome_types(claims)
    assert [c.subject for c in claims] == ["communique", "declaration"]
