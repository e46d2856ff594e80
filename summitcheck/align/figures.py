"""Figures whose sentence does not say whose they are.

Extraction names a money figure's donor ("Britain committed £40 million") or, failing that,
its recipient ("for France", "for Current AI"); here the spellings of one recipient are
merged, a figure for a recipient goes to the one donor the bundle names paying it, and a
figure with neither goes to the bundle's only donor, if it has one. A plain
count of a thing goes the same way to the only qualified count of it.
"""

from __future__ import annotations

import math
import re

from summitcheck.align.people import same_person
from summitcheck.model import EVENT_OTHER, SUBJECT_SUPERSEDED, Claim
from summitcheck.rules.comparators.money import to_eur
from summitcheck.values import figure

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


def superseded(c: Claim) -> bool:
    """A figure of an older commitment: nobody's lone figures are its."""
    return bool(c.subject) and (c.subject == SUBJECT_SUPERSEDED or c.subject.endswith(": " + SUBJECT_SUPERSEDED))


def attribute_lone_figures(claims: list[Claim]) -> None:
    """A figure with no named donor ("a target of $40 billion") is the one donor's when the
    bundle names a single donor for that topic; with several donors it stays apart. So is a
    plain count of a thing ("more than 90 projects") when the bundle qualifies that thing
    one way only ("93 cooperation projects"). An older commitment's figure ("the old $100
    billion pledge") is no donor's."""
    def counted(c: Claim) -> bool:
        return c.kind == "money" or (c.kind == "count" and c.topic.startswith("count:"))

    donors: dict[tuple, set[str]] = {}
    for c in claims:
        if c.subject and c.event != EVENT_OTHER and counted(c) and not superseded(c):
            donors.setdefault((c.kind, c.event, c.topic), set()).add(c.subject)
    for c in claims:
        if not c.subject and counted(c):
            named = donors.get((c.kind, c.event, c.topic), set())
            if len(named) == 1:
                c.subject = next(iter(named))


# Two figures of one source this many times apart are two quantities, not one rounded twice.
DISTINCT_RATIO = 2.0


def split_distinct_figures(claims: list[Claim]) -> None:
    """"At least $300 billion a year ... and a wider call for $1.3 trillion a year": a source
    that gives two figures far apart under one topic speaks of two quantities, so the topic
    holds as many as the source that tells most apart. Each figure is compared with the
    nearest of them, never with all: a rival figure still meets the quantity it is nearest,
    and the far one is left alone."""
    groups: dict[tuple, list[Claim]] = {}
    for c in claims:
        if c.kind == "money" and c.event != EVENT_OTHER:
            groups.setdefault((c.event, c.topic, c.subject), []).append(c)
    for group in groups.values():
        sizes = {id(c): _size(c) for c in group}
        if any(v is None for v in sizes.values()):
            continue  # a currency without a rate: its figures cannot be set beside the others
        seeds = max((_far_apart(sorted((c for c in group if c.source == source), key=lambda c: sizes[id(c)]), sizes)
                     for source in sorted({c.source for c in group})), key=len)
        if len(seeds) < 2:
            continue
        labels = {id(seed): f"near {figure(seed.value['amount'])} {seed.value['currency']}" for seed in seeds}
        for c in group:
            near = min(seeds, key=lambda seed: abs(math.log(sizes[id(c)] / sizes[id(seed)])))
            c.subject = f"{c.subject}: {labels[id(near)]}" if c.subject else labels[id(near)]


def _size(c: Claim) -> float | None:
    """A figure in euros at the latest rate: enough to tell quantities apart by size."""
    amount = c.value.get("amount")
    return to_eur(amount, c.value["currency"], None) if amount and amount > 0 else None


def _far_apart(ordered: list[Claim], sizes: dict[int, float]) -> list[Claim]:
    """The figures, smallest first, that are each ``DISTINCT_RATIO`` times the one before."""
    kept: list[Claim] = []
    for c in ordered:
        if not kept or sizes[id(c)] >= sizes[id(kept[-1])] * DISTINCT_RATIO:
            kept.append(c)
    return kept
