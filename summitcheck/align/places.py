"""One town under a short name: "Rio" is "Rio de Janeiro" when the bundle names it in full.

Articles shorten a town's name after its first mention, and a later one may use the short
form alone. A one-word city name that is the first word of exactly one longer city name in
the bundle is that city; with no such name, or several ("San" for two saints' towns), it is
left as written.
"""

from __future__ import annotations

from collections import Counter

from summitcheck.model import EVENT_MAIN, EVENT_OTHER, Claim


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
    event only when that town is where the bundle's sources most often place the event; set
    in another town, it is another occasion."""
    towns = Counter(_town(c.value) for c in claims
                    if c.kind == "place" and c.topic == "venue" and c.event == EVENT_MAIN and c.value.get("level") == "city")
    venue = towns.most_common(1)[0][0] if towns else None
    for c in claims:
        if c.kind == "date" and c.value.get("framed_in") and c.event == EVENT_MAIN:
            if venue is None or c.value["framed_in"].casefold() != venue.casefold():
                c.event = EVENT_OTHER


def _town(value: dict) -> str:
    return value.get("canonical") or value["text"]
