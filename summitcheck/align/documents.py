"""The meeting's outcome document under two types: "ended with a Joint Communique on a Peace
Framework" in one article and "the final text, the Lucerne Declaration on a Just Peace" in
another name the same document differently, though a communique and a declaration are
otherwise compared apart (a summit may adopt both).

A named document the article calls the meeting's outcome (value ``outcome``) is compared
with the bundle's outcome documents of the type most sources write, so a name of another
type conflicts with it instead of standing alone.
"""

from __future__ import annotations

from collections import Counter

from summitcheck.model import EVENT_OTHER, Claim


def merge_outcome_types(claims: list[Claim]) -> None:
    """Give every document called the outcome the type most sources give the outcome."""
    documents = [c for c in claims if c.kind == "text" and c.topic == "documents" and c.event != EVENT_OTHER]
    outcomes = [c for c in documents if c.value.get("outcome")]
    marked_types = {c.subject for c in outcomes}
    if len(marked_types) < 2:
        return
    sources = Counter()
    for doc_type in marked_types:
        sources[doc_type] = len({c.source for c in documents if c.subject == doc_type})
    (top, n), *rest = sources.most_common()
    if rest and rest[0][1] == n:
        return  # as many sources for each type: nothing says which the outcome is
    for claim in outcomes:
        if claim.subject != top:
            claim.value["written_type"] = claim.subject
            claim.subject = top
