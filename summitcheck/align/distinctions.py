"""One distinction under several wordings: "the first Commonwealth summit hosted by a country
that was never a British colony" and "the first country that was never a British colony to
hold the summit" claim the same first.

An ordinal with a description (its value's ``description`` and content ``words``) is grouped
by those words: two descriptions are one when they share at least three words (or every word
of a two-word description) and three quarters of the shorter one's. The group's subject is its shortest description, as written.
"""

from __future__ import annotations

from summitcheck.model import Claim

MIN_SHARED = 3
SHARED_PART = 0.75


def _same(a: set[str], b: set[str]) -> bool:
    """Three shared words, or every word of two short descriptions ("of the enlarged group")."""
    shared = len(a & b)
    return shared >= min(MIN_SHARED, len(a), len(b)) and shared >= 2 and shared >= SHARED_PART * min(len(a), len(b))


def name_distinctions(claims: list[Claim]) -> None:
    """Give every described ordinal the subject of the distinction it claims."""
    described = sorted((c for c in claims if c.kind == "ordinal" and c.value.get("words")),
                       key=lambda c: (c.source, c.start, c.end))
    clusters: list[list[Claim]] = []
    for claim in described:
        words = set(claim.value["words"])
        home = next((cl for cl in clusters if any(_same(words, set(o.value["words"])) for o in cl)), None)
        if home is None:
            clusters.append([claim])
        else:
            home.append(claim)
    for cluster in clusters:
        name = min((c.value["description"] for c in cluster), key=lambda d: (len(d), d))
        for claim in cluster:
            claim.subject = name
