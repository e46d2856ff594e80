"""Figures whose sentence does not say whose they are.

Extraction names a money figure's donor ("Britain committed £40 million") or, failing that,
its recipient ("for France", "for Current AI"); here the spellings of one recipient are
merged, a figure for a recipient goes to the one donor the bundle names paying it, and a
figure with neither goes to the bundle's only donor, if it has one. A plain
count of a thing goes the same way to the only qualified count of it.
"""

from __future__ import annotations

import re

from summitcheck.align.people import same_person
from summitcheck.model import EVENT_OTHER, Claim

RECIPIENT_FILLER = {"the", "new", "its", "their", "forum", "foundation", "fund", "initiative"}


PERSON_DONOR = re.compile(r"person:([^|:]+)")


def donors_by_country(claims: list[Claim], names: dict[str, str], country_of: dict[str, str]) -> None:
    """"Harris pledges $1.5 billion": a person's figure is their country's, as the bundle
    names it elsewhere ("U.S. Vice President Kamala Harris"); unknown, the figure has no
    donor."""
    for c in claims:
        if c.kind == "money" and c.subject and "person:" in c.subject:
            def country(m: re.Match) -> str:
                name = names.get(m.group(1), m.group(1))
                if name in country_of:
                    return country_of[name]
                # "Harris" in a headline: the one person the bundle gives a country who has that name
                known = {country_of[k] for k in country_of if same_person(name, k)}
                return known.pop() if len(known) == 1 else ""
            subject = PERSON_DONOR.sub(country, c.subject).strip("|")
            c.subject = None if not subject or subject.startswith(":") else subject


def merge_recipients(claims: list[Claim]) -> None:
    """"for ASEAN Indo-Pacific Forum" and "for Indo-Pacific" (a blog's "its new Indo-Pacific
    forum") name one recipient: a name whose words all appear in a longer one is that one."""
    def words(subject: str) -> frozenset[str]:
        return frozenset(re.findall(r"[a-z0-9]+", subject[4:].lower())) - RECIPIENT_FILLER

    names = sorted({c.subject for c in claims if c.kind == "money" and c.subject and c.subject.startswith("for ")},
                   key=lambda n: (-len(words(n)), n))
    mapping = {}
    for name in names:
        wider = [other for other in names if other != name and words(name) and words(name) < words(other)]
        if wider:
            mapping[name] = mapping.get(wider[0], wider[0])
    for c in claims:
        if c.kind == "money" and c.subject in mapping:
            c.subject = mapping[c.subject]


def join_payments(claims: list[Claim]) -> None:
    """"A deal worth 120 million pounds to Rwanda" (a recipient, no donor) is the payment
    "Britain has paid Rwanda 120 million pounds" when the bundle names one donor paying that
    recipient in that topic; with none or several it stays apart."""
    payers: dict[tuple, set[str]] = {}
    for c in claims:
        recipient = c.value.get("recipient") if c.kind == "money" else None
        if recipient and c.subject and c.event != EVENT_OTHER:
            payers.setdefault((c.event, c.topic, recipient), set()).add(c.subject)
    for c in claims:
        if c.kind == "money" and c.subject and c.subject.startswith("for "):
            donors = payers.get((c.event, c.topic, c.subject[len("for "):]), set())
            if len(donors) == 1:
                c.subject = next(iter(donors))


def attribute_lone_figures(claims: list[Claim]) -> None:
    """A figure with no named donor ("a target of $40 billion") is the one donor's when the
    bundle names a single donor for that topic; with several donors it stays apart. So is a
    plain count of a thing ("more than 90 projects") when the bundle qualifies that thing
    one way only ("93 cooperation projects")."""
    def counted(c: Claim) -> bool:
        return c.kind == "money" or (c.kind == "count" and c.topic.startswith("count:"))

    donors: dict[tuple, set[str]] = {}
    for c in claims:
        if c.subject and c.event != EVENT_OTHER and counted(c):
            donors.setdefault((c.kind, c.event, c.topic), set()).add(c.subject)
    for c in claims:
        if not c.subject and counted(c):
            named = donors.get((c.kind, c.event, c.topic), set())
            if len(named) == 1:
                c.subject = next(iter(named))
