"""Absent countries, however a source names them.

A source may name the countries that stayed away ("The presidents of Guatemala, Honduras and
El Salvador stayed away") and, in the same sentence or another, an absent leader ("as did
Mexico's president", "López Obrador did not attend"). Another source names the four
countries at once. The countries of a source's absent leaders join that source's own list of
absent countries, so the two sources are compared on the same thing. A source with no list of
absent countries keeps its absent leaders where they are: in the list of leaders.
"""

from __future__ import annotations

import re
from dataclasses import replace

from summitcheck.model import EVENT_MAIN, SUBJECT_UNNAMED, Claim

# Offices whose holder is the country at a summit: a president or a prime minister there is
# the country there; a vice president or a minister may come in the leader's place.
HEAD_OFFICES = {"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan",
                "taoiseach"}


def _absent_countries(claim: Claim, country_of: dict[str, str]) -> set[str]:
    """The countries of an absent-leaders list's members, where the bundle knows them."""
    countries = {title.rsplit(" of ", 1)[1] for title in claim.value.get("titles", {}).values() if " of " in title}
    return countries | {country_of[m] for m in claim.value["members"] if m in country_of}


# "The presidents of A, B and C stayed away": a list of countries named through their leaders.
LEADERS_OF = re.compile(r"\b(?:presidents?|leaders?|heads? of (?:state|government)|prime ministers?)\s+of\s+(?:the\s+)?$",
                        re.I)


def _of_leaders(claim: Claim) -> bool:
    at = claim.sentence.find(claim.text)
    return at >= 0 and LEADERS_OF.search(claim.sentence[max(0, at - 40):at]) is not None


def join_absences(claims: list[Claim], country_of: dict[str, str]) -> None:
    """Add the countries of each source's absent leaders to its list of absent countries. A
    list of countries that stayed away (not of their leaders: "the presidents of A, B and C")
    does not take those the source says someone represented ("Xi stayed away and sent Vice
    Premier Ding instead", "Podesta leads the U.S. delegation"): that country took part."""
    represented: dict[str, set[str]] = {}
    for c in claims:
        if c.kind == "person" and c.topic == "representative" and c.subject and c.modality != "negated" \
                and c.event == EVENT_MAIN:
            represented.setdefault(c.source, set()).add(c.subject)
    lists: dict[str, list[Claim]] = {}
    for c in claims:
        if c.kind == "set" and c.topic == "attendees" and c.modality == "negated" and c.subject is None \
                and c.event == EVENT_MAIN:
            lists.setdefault(c.source, []).append(c)
    for c in claims:
        if c.kind == "set" and c.topic == "leaders" and c.modality == "negated" and c.event == EVENT_MAIN \
                and c.source in lists:
            extra = _absent_countries(c, country_of)
            for target in lists[c.source]:
                if not _of_leaders(target):
                    # a list of countries that stayed away, not of leaders: a country whose
                    # absent leader sent someone in their place was there
                    extra -= represented.get(c.source, set())
                added = sorted(extra - set(target.value["members"]))
                target.value["members"] = sorted(set(target.value["members"]) | extra)
                if added:  # what the list's own words do not say, and where the source says it
                    target.value.setdefault("absent_leaders", {}).update({country: c.text for country in added})


# The participants topic's word for members a body has shut out (its synonyms "bar" and
# "expel" are read as it): a count of those is a count of members kept away.
SHUT_OUT_ROLE = "suspend"


def complete_absent_lists(claims: list[Claim]) -> None:
    """"Six member states are barred" in one source, "Mali, Burkina Faso, Niger, Guinea, Gabon
    and Sudan will not be represented" in another: a list of absent countries as long as the
    number of members kept away that the bundle gives names them all, so two such lists that
    differ conflict. Only when every such count in the bundle gives one exact number."""
    counts = {c.value["value"] for c in claims
              if c.kind == "count" and c.topic == "participants" and c.event == EVENT_MAIN
              and c.value.get("low") == c.value.get("high") == c.value["value"]
              and (c.modality == "negated" or (c.subject or "").split(":")[0] == SHUT_OUT_ROLE)}
    if len(counts) != 1:
        return
    number = counts.pop()
    for c in claims:
        if _absent_list(c) and c.basis == "partial" and not c.value.get("through_leaders") \
                and len(c.value["members"]) == number:
            c.basis = "list"


def _absent_list(c: Claim) -> bool:
    return c.kind == "set" and c.topic == "attendees" and c.modality == "negated" and c.subject is None \
        and c.event == EVENT_MAIN


def present_heads(claims: list[Claim]) -> None:
    """"The leaders of Venezuela, Brazil and Nicaragua stayed away" in one source against
    "Among the arrivals were Brazilian President Lula" in another: a head of state or
    government a source places at the event is that country there, compared with the lists
    of absent countries. Only for countries some source names as absent, so lists of
    leaders stay where they are otherwise. The added claims (value ``through_leaders``) quote
    the leader's sentence, and never take back their own source's absences."""
    absent = {m for c in claims if _absent_list(c) for m in c.value["members"]}
    if not absent:
        return
    added = []
    for c in claims:
        if c.kind != "set" or c.topic != "leaders" or c.modality != "reported" or c.subject is not None \
                or c.event != EVENT_MAIN:
            continue
        heads = {office.split(" of ", 1)[1] for office in c.value.get("titles", {}).values()
                 if " of " in office and office.split(" of ", 1)[0] in HEAD_OFFICES}
        if heads & absent:
            added.append(replace(c, topic="attendees", basis="partial",
                                 value={"members": sorted(heads & absent), "through_leaders": True}))
    claims.extend(added)


def name_the_one_suspended(claims: list[Claim]) -> None:
    """"Ending an exclusion that began in 2011": a suspension whose country the sentence does
    not name is of the one country the bundle's other suspensions name. With none named, or
    several, it keeps no subject it could be compared under."""
    named = {c.subject for c in claims if c.topic == "suspension" and c.subject not in (None, SUBJECT_UNNAMED)}
    if len(named) == 1:
        country = named.pop()
        for c in claims:
            if c.topic == "suspension" and c.subject == SUBJECT_UNNAMED:
                c.subject = country
