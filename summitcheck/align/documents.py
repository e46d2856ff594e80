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


def spell_acronyms_fully(claims: list[Claim]) -> None:
    """"The new collective quantified goal (NCQG)" and "a new collective quantified goal on
    climate finance, or NCQG": what one acronym stands for is shown in the fullest spelling
    the bundle gives that holds all of a claim's words; a spelling with other words keeps
    its own, and is compared as written."""
    spelled: dict[str, list[str]] = {}
    for c in claims:
        if c.kind == "text" and c.topic == "acronyms" and c.subject:
            spelled.setdefault(c.subject, []).append(c.value["text"])
    for c in claims:
        if c.kind == "text" and c.topic == "acronyms" and c.subject:
            words = _words(c.value["text"])
            fuller = [s for s in spelled[c.subject] if words <= _words(s)]
            c.value["canonical"] = max(fuller, key=lambda s: (len(_words(s)), s)).strip()


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in text.lower().split() if w not in ("a", "an", "the"))
