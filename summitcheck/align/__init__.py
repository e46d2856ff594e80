"""Align: claims about the same thing, across sources, in groups.

A group is claims of one kind about one topic of one event (and one subject, where a topic
holds several things: the counterpart of a bilateral meeting, the type of a document).
Events mentioned in passing are never grouped with the bundle's own; one that several
sources name or date alike is grouped with itself, as an earlier, postponed attempt is.
People are first resolved to one name across the bundle, and the hosts among the leaders a
list names are marked as such.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from summitcheck.align.absences import complete_absent_lists, join_absences, name_the_one_suspended, present_heads
from summitcheck.align.distinctions import name_distinctions
from summitcheck.align.documents import merge_outcome_types, spell_acronyms_fully
from summitcheck.align.figures import (attribute_lone_figures, donors_by_country, join_payments, merge_recipients,
                                       split_distinct_figures)
from summitcheck.align.foundings import name_founded_bodies
from summitcheck.align.meetings import (compared_other_meeting, key_bodies_joined, key_other_meetings,
                                        name_edition_series, scope_named_meetings)
from summitcheck.align.offices import merge_offices
from summitcheck.align.people import canonical_names
from summitcheck.align.schedule import set_apart_spans_as_run
from summitcheck.align.places import (expand_short_city_names, keep_dates_framed_at_the_venue, name_the_continent,
                                      place_the_previous_meeting)
from summitcheck.model import EVENT_OTHER, EVENT_PREVIOUS, SUBJECT_UNNAMED, Claim

UNCOMPARED_TOPICS = {"money"}


@dataclass
class Group:
    event: str
    kind: str
    topic: str
    subject: str | None
    claims: list[Claim]

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.topic, self.kind, self.event, self.subject or "")

    @property
    def sources(self) -> list[str]:
        return sorted({c.source for c in self.claims})


def align(claims: list[Claim], texts: dict[str, str] | None = None) -> list[Group]:
    """Groups of comparable claims, in a deterministic order. ``texts`` (each source's text)
    tells which meeting a bundle is about when its articles name several."""
    merge_offices(claims)
    expand_short_city_names(claims)
    keep_dates_framed_at_the_venue(claims)
    name_the_continent(claims)
    place_the_previous_meeting(claims)
    set_apart_spans_as_run(claims)
    names = _resolve_people(claims)
    country_of = _countries_of_people(claims)
    _resolve_stand_ins(claims, names, country_of)
    join_absences(claims, country_of)
    present_heads(claims)
    complete_absent_lists(claims)
    name_the_one_suspended(claims)
    # the host of this meeting (or of an earlier attempt at it), not of the series' previous one
    hosts = {c.value["canonical"] for c in claims if c.kind == "person" and c.topic == "host"
             and c.event not in (EVENT_OTHER, EVENT_PREVIOUS)}
    host_countries = _host_countries(claims)
    donors_by_country(claims, names, country_of)
    merge_recipients(claims)
    join_payments(claims)
    attribute_lone_figures(claims)
    split_distinct_figures(claims)
    name_edition_series(claims)
    key_bodies_joined(claims)
    name_distinctions(claims)
    merge_outcome_types(claims)
    spell_acronyms_fully(claims)
    if texts:
        scope_named_meetings(claims, texts)
        name_founded_bodies(claims, texts)
    key_other_meetings(claims)
    groups: dict[tuple, Group] = {}
    for claim in claims:
        if claim.event == EVENT_OTHER and not compared_other_meeting(claim) or claim.topic in UNCOMPARED_TOPICS:
            continue
        if claim.subject == SUBJECT_UNNAMED:
            continue  # whose, the bundle does not tell
        if claim.modality == "negated" and claim.kind != "set":
            continue  # "did not meet on Tuesday" says nothing about when they met
        if claim.kind == "set" and claim.topic == "leaders":
            if all(m in hosts for m in claim.value["members"]):
                continue  # the host alone is no list of who came
            # "Kishida, Biden, Scholz and Macron met": the host is one of the leaders, and
            # the list says so; "hosted by Kishida and attended by ..." leaves the host out
            claim.value["hosts"] = [m for m in claim.value["members"] if m in hosts]
        if claim.topic == "guest":
            claim.subject = claim.subject or country_of.get(claim.value["canonical"])
            if claim.subject is None:
                continue  # a guest of no known country: nothing to tell two guests apart by
        if claim.topic in ("bilateral", "bilateral-venue"):
            claim.subject = _meeting_parties(claim, names, country_of, host_countries)
            if claim.subject is None:
                continue
        key = (claim.event, claim.kind, claim.topic, claim.subject)
        groups.setdefault(key, Group(claim.event, claim.kind, claim.topic, claim.subject, [])).claims.append(claim)
    for group in groups.values():
        group.claims.sort(key=lambda c: (c.source, c.start, c.end))
    # another meeting that one source alone mentions is a passing remark, not a finding
    kept = [g for g in groups.values() if g.event != EVENT_OTHER or len(g.sources) > 1]
    return sorted(kept, key=lambda g: g.key)


def _resolve_people(claims: list[Claim]) -> dict[str, str]:
    """Every spelling of a person's name mapped to one; the mapping is returned."""
    names: list[str] = []
    offices: dict[str, Counter[str]] = {}
    for c in claims:
        if c.kind == "person":
            names.append(c.value["text"])
            if c.topic == "representative" and c.subject and c.subject.startswith("person:"):
                names.append(c.subject[len("person:"):])  # whom a stand-in came in place of
            office = c.value.get("office") or (c.subject if c.topic == "office" else None)
            if office and office != c.value["text"]:
                offices.setdefault(office, Counter())[c.value["text"]] += 1
        elif c.subject and c.value.get("subject_kind") == "person":
            names.append(c.subject)
        elif c.value.get("parties"):  # who met at a side meeting
            names.extend(c.value["parties"])
        elif c.kind == "set" and "titles" in c.value:  # lists of people, not of countries
            names.extend(c.value["members"])
            for name, office in c.value.get("titles", {}).items():
                if office != name:
                    offices.setdefault(office, Counter())[name] += 1
    mapping = canonical_names([n for n in names if n not in offices])
    # "the Kenyan president" is whoever the bundle names as Kenya's president.
    by_title: dict[str, set[str]] = {}
    for office, holders in offices.items():
        people = {mapping.get(n, n) for n in holders}
        if " of " in office:
            by_title.setdefault(office.split(" of ")[0], set()).update(people)
        if len(people) == 1:
            mapping[office] = people.pop()
    # "the vice president's speech": the one holder of that title the bundle names
    for title, people in by_title.items():
        if len(people) == 1 and mapping.get(title, title) == title:
            mapping[title] = next(iter(people))
    for c in claims:
        if c.subject and c.value.get("subject_kind") == "person":
            c.subject = mapping.get(c.subject, c.subject)
            if c.value.get("matter"):
                c.subject += f", on {c.value['matter']}"  # one person's decisions, told apart
            if c.value.get("destination"):
                c.subject += f", to {c.value['destination']}"  # one person's visits, told apart
        if c.kind == "person":
            c.value["canonical"] = mapping.get(c.value["text"], c.value["text"])
        elif c.kind == "set" and "titles" in c.value:
            c.value["members"] = sorted({mapping.get(m, m) for m in c.value["members"]})
        if c.kind == "set":
            c.value["members"] = sorted(set(c.value["members"]))
    return mapping


def _countries_of_people(claims: list[Claim]) -> dict[str, str]:
    """Each person's country, as the bundle names it somewhere ("Chinese Premier Li Qiang")."""
    country_of: dict[str, str] = {}
    for c in claims:
        if c.kind == "person" and c.value.get("country"):
            country_of.setdefault(c.value["canonical"], c.value["country"])
        elif c.kind == "set" and c.topic == "leaders":
            for name, title in c.value.get("titles", {}).items():
                if " of " in title:
                    country_of.setdefault(name, title.rsplit(" of ", 1)[1])
    return country_of


def _meeting_parties(claim: Claim, names: dict[str, str], country_of: dict[str, str],
                     host_countries: set[str]) -> str | None:
    """A side meeting's subject: the guest the host met ("Japan"), or the two guests who met
    each other ("China and Russia"). People named without a country take the one the bundle
    gives them. Two countries without named people ("said on the sidelines" in a sentence
    naming Germany and Ukraine) are not known to have met; neither are three, or none: such
    claims are not compared."""
    countries = set(claim.subject.split("|")) if claim.subject else set()
    for person in claim.value.get("parties", []):
        country = country_of.get(names.get(person, person)) or country_of.get(person)
        if country:
            countries.add(country)
    rest = sorted(countries - host_countries)
    most = 2 if claim.value.get("parties") else 1
    return " and ".join(rest) if 1 <= len(rest) <= most else None


def _resolve_stand_ins(claims: list[Claim], names: dict[str, str], country_of: dict[str, str]) -> None:
    """"Li stood in for President Xi": Li represents his own country, as the bundle names it
    elsewhere ("Chinese Premier Li Qiang"), else the absent leader's. Unknown either way, the
    claim is about standing in for that person ("Prince Charles will represent Queen
    Elizabeth II", "came in place of the Queen"), under the bundle's one name for them."""
    for c in claims:
        if c.topic == "representative" and c.subject and c.subject.startswith("person:"):
            absent = names.get(c.subject[len("person:"):], c.subject[len("person:"):])
            c.subject = country_of.get(c.value["canonical"]) or country_of.get(absent) or f"in place of {absent}"
        elif c.topic == "representative" and c.subject and c.subject.startswith("own:"):
            # a guest at the table for a country the bundle names elsewhere ("Ukrainian President X")
            c.subject = country_of.get(c.value["canonical"]) or f"the country of {c.value['canonical']}"
        if c.topic == "representative" and c.subject and c.value.get("day"):
            # who stood in on one day is compared only with who stood in that day
            c.subject = f"{c.subject}, on {c.value['day']}"


def _host_countries(claims: list[Claim]) -> set[str]:
    """The host country: named as host, or the country of the hosting leader."""
    votes: Counter[str] = Counter()
    for c in claims:
        if c.event == EVENT_OTHER:
            continue
        if c.topic == "host-country":
            votes[c.value["text"]] += 1
        elif c.kind == "person" and c.topic == "host" and c.value.get("country"):
            votes[c.value["country"]] += 1
    if not votes:
        return set()
    top = votes.most_common(1)[0][1]
    return {country for country, n in votes.items() if n == top}
