"""One town under a short name: "Rio" is "Rio de Janeiro" when the bundle names it in full.

Articles shorten a town's name after its first mention, and a later one may use the short
form alone. A one-word city name that is the first word of exactly one longer city name in
the bundle is that city; with no such name, or several ("San" for two saints' towns), it is
left as written.
"""

from __future__ import annotations

from collections import Counter

from summitcheck.model import EVENT_MAIN, EVENT_OTHER, EVENT_PREVIOUS, Claim
from summitcheck.normalize.cities import continent_of


def expand_short_city_names(claims: list[Claim]) -> None:
    """Give every one-word city name that begins one longer city name that name as canonical."""
    cities = [c for c in claims if c.kind == "place" and c.value.get("level") == "city"]
    full = {c.value["text"] for c in cities if len(c.value["text"].split()) > 1}
    for c in cities:
        short = c.value["text"]
        if " " in short or len(short) < 3:
            continue
        longer = {name for name in full if name.split()[0].casefold() == short.casefold()}
        if len(longer) == 1:
            c.value["canonical"] = longer.pop()  # the text stays as written


def keep_dates_framed_at_the_venue(claims: list[Claim]) -> None:
    """"On 19 May, in Jeddah, the Arab League did ...": a date a lead sets in a town dates the
    event only when that town is where the bundle's sources most often place the event, or
    one that two sources place it in; set in another town, it is another occasion."""
    venues = [c for c in claims
              if c.kind == "place" and c.topic == "venue" and c.event == EVENT_MAIN and c.value.get("level") == "city"]
    towns = Counter(_town(c.value) for c in venues)
    # the town most sources name, and any other that two sources name ("Bali" and the resort
    # "Nusa Dua" on it): the event's place at either scale
    by_sources = Counter(town for town, _ in {(_town(c.value).casefold(), c.source) for c in venues})
    known = {town for town, n in by_sources.items() if n >= 2}
    if towns:
        known.add(towns.most_common(1)[0][0].casefold())
    for c in claims:
        if c.kind == "date" and c.value.get("framed_in") and c.event == EVENT_MAIN:
            if c.value["framed_in"].casefold() not in known:
                c.event = EVENT_OTHER


def _town(value: dict) -> str:
    return value.get("canonical") or value["text"]


def name_the_continent(claims: list[Claim]) -> None:
    """"A continent of 1.4 billion people" beside "1.4 billion Africans": a population said to
    be a continent's, unnamed, is that of the one continent the bundle's other population
    figures name; with none named, or several, it stays apart."""
    named = {c.subject for c in claims if c.topic == "population" and c.subject and continent_of(c.subject) == c.subject}
    if len(named) == 1:
        continent = named.pop()
        for c in claims:
            if c.topic == "population" and c.subject == "continent":
                c.subject = continent


def place_the_previous_meeting(claims: list[Claim]) -> None:
    """"Compared with the summit in Algiers in November 2022": a past meeting a sentence sets
    in the town where the bundle's sources put the previous meeting, and in no other town, is
    that meeting; its date joins the previous meeting's. Only when that town is not the
    event's own, where every meeting of a series held at one seat would be "the previous"."""
    def venues(event: str) -> Counter:
        return Counter(_town(c.value) for c in claims if c.kind == "place" and c.topic == "venue"
                       and c.event == event and c.value.get("level") == "city")
    previous, main = venues(EVENT_PREVIOUS), venues(EVENT_MAIN)
    if not previous:
        return
    town = previous.most_common(1)[0][0]
    if main and main.most_common(1)[0][0].casefold() == town.casefold():
        return
    sentences: dict[tuple[str, str], list[Claim]] = {}
    for c in claims:
        if c.event == EVENT_OTHER and c.topic in ("venue", "event-dates"):
            sentences.setdefault((c.source, c.sentence), []).append(c)
    for group in sentences.values():
        towns = {_town(c.value).casefold() for c in group if c.kind == "place"}
        if towns == {town.casefold()} and any(c.kind == "date" for c in group):
            for c in group:
                c.event = EVENT_PREVIOUS
