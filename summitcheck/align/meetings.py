"""Which meeting a claim is about, when a bundle's articles name several.

A summit week holds several meetings ("the 43rd ASEAN Summit", "the 18th East Asia
Summit"), and stories mention others in passing ("heads to the Group of 20 summit in New
Delhi"). Edition numbers are compared per named series; dates and places of a meeting named
otherwise than the one the articles name most are set aside as another event.
"""

from __future__ import annotations

import re
from collections import Counter

from summitcheck.model import EVENT_MAIN, EVENT_OTHER, Claim
from summitcheck.normalize.cities import is_city
from summitcheck.normalize.numbers import parse_number
from summitcheck.normalize.places import canonical_country

def name_edition_series(claims: list[Claim]) -> None:
    """"The 43rd ASEAN Summit" and "the 18th East Asia Summit" number two meetings of one
    week: when sources name more than one series, each is compared on its own, and a number
    with no name ("the 42nd summit") goes with the series most sources name."""
    editions = [c for c in claims if c.kind == "ordinal" and c.topic == "edition" and c.event != EVENT_OTHER]
    sources: dict[str, set[str]] = {}
    numbers: dict[str, set[int]] = {}
    for c in editions:
        if c.value.get("series"):
            key = meeting_key(c.value["series"])
            sources.setdefault(key, set()).add(c.source)
            numbers.setdefault(key, set()).add(c.value["value"])
    # One series named two ways ("the 28th Conference of the Parties", "the 28th U.N. climate
    # conference") gives one number; two series of one week give two.
    same = {key: key for key in sources}
    for a in sorted(sources):
        for b in sorted(sources):
            if a < b and numbers[a] & numbers[b]:
                root_a, root_b = same[a], same[b]
                for key, root in same.items():
                    if root == root_b:
                        same[key] = root_a
    clusters: dict[str, set[str]] = {}
    for key, root in same.items():
        clusters.setdefault(root, set()).update(sources[key])
    if len(clusters) < 2:
        return
    main = _most_named(clusters)
    for c in editions:
        c.subject = same[meeting_key(c.value["series"])] if c.value.get("series") else main


def scope_named_meetings(claims: list[Claim], texts: dict[str, str]) -> None:
    """"Biden heads to the Group of 20 summit in New Delhi": a date or place of a meeting
    named otherwise than the one the bundle's articles name most often, or by the only name
    given when fewer than half the articles write it, is about another meeting. Names are
    counted over the articles' whole text, since a bundle about one meeting names it
    throughout ("NATO" in every story), not only beside a date or place."""
    # "the Rio summit" names the meeting by its town, which the venue is compared on already
    places = {c.value.get(k) for c in claims if c.kind == "place" for k in ("text", "canonical")} - {None}
    named = [c for c in claims if c.event != EVENT_OTHER and c.value.get("event_name")
             and not _place_name(c.value["event_name"], places)]
    spellings: dict[str, set[str]] = {}
    for c in named:
        spellings.setdefault(meeting_key(c.value["event_name"]), set()).add(c.value["event_name"])
    for c in claims:
        if c.kind == "ordinal" and c.topic == "edition" and c.value.get("series"):
            spellings.setdefault(meeting_key(c.value["series"]), set()).add(c.value["series"])
    if not named:
        return
    sources = {key: {sid for sid, text in texts.items() if any(_names(text, n) for n in names)}
               for key, names in spellings.items()}
    main = _most_named(sources) if len(spellings) > 1 else None
    if main is not None and 2 * len(sources[main]) < len(texts):
        main = None  # the most written name is still one most articles never write
    for c in named:
        key = meeting_key(c.value["event_name"])
        if main is not None:
            if key != main and len(sources[key]) < len(sources[main]):
                c.event = EVENT_OTHER
        elif 2 * len(sources[key]) < len(texts):
            # no name is ahead, or one name only while the bundle's meeting goes unnamed
            # beside its dates and places ("the Group of Seven summit in southern Italy,
            # which runs from June 13 to 15" in a bundle about another summit): a name most
            # articles never write is another meeting
            c.event = EVENT_OTHER


def _place_name(name: str, places: set[str]) -> bool:
    return name in places or is_city(name) or canonical_country(name) is not None


def _names(text: str, name: str) -> bool:
    """Whether a text names a meeting, its generic words aside ("ASEAN Summit": "ASEAN")."""
    words = [w for w in name.split() if w.lower() not in GENERIC_MEETING_WORDS] or name.split()
    return re.search(r"\b" + r"\s+(?:the\s+)?".join(re.escape(w) for w in words) + r"\b", text, re.I) is not None


def _most_named(sources: dict[str, set[str]]) -> str | None:
    """The name most sources use, if one is ahead of the rest."""
    ranked = sorted(sources, key=lambda name: (-len(sources[name]), name))
    if len(ranked) > 1 and len(sources[ranked[0]]) == len(sources[ranked[1]]):
        return None
    return ranked[0]


GENERIC_MEETING_WORDS = {"summit", "summits", "meeting", "meetings", "conference", "leaders", "leader",
                         "the", "'s", "'", "new"}
LINKING_WORDS = {"of", "and", "&", "for", "on"}


def meeting_key(name: str) -> str:
    """One key for the spellings of a meeting's name: "Group of 20", "G20" and "G-20" give
    "g20", "Group of Seven" and "G7" give "g7" (a numbered group is known by its initials);
    "ASEAN Summit" gives "asean", "East Asia Summit" "east asia"."""
    words = [w for w in name.lower().replace(".", "").split()
             if w not in GENERIC_MEETING_WORDS and w not in LINKING_WORDS]
    words = [re.sub(r"^([a-z])-(\d+)$", r"\1\2", w) for w in words]
    numbers = [parse_number(w) for w in words]
    if len(words) > 1 and any(n is not None for n in numbers):
        return "".join(str(int(n)) if n is not None else w[:1] for w, n in zip(words, numbers))
    return " ".join(words)


def key_bodies_joined(claims: list[Claim]) -> None:
    """"Admitted as a permanent member of the Group of 20", "its admission to the G20": an
    admission that names no country is compared per body joined, under one key for the
    body's spellings."""
    for c in claims:
        if c.topic == "admission" and c.subject is None and c.value.get("body"):
            c.subject = meeting_key(c.value["body"])


# A sentence about the series' next meeting, named by no name of its own.
NEXT_MEETING = re.compile(r"\bnext\s+(?:year['’]s\s+)?(?:summit|meeting|gathering)\b|\bwill\s+host\b[^.;]*\b(?:summit|leaders|meeting)\b",
                          re.I)
NEXT_KEY = "next meeting"

# What a meeting mentioned in passing is compared on, among the sources that mention it.
OTHER_MEETING_TOPICS = ("venue", "event-dates")


def key_other_meetings(claims: list[Claim]) -> None:
    """"Zelensky flew on to the G7 summit in Hiroshima": a meeting mentioned in passing is
    never compared with the bundle's own, but sources that place or date the same other
    meeting must agree with one another. It is known by its name ("Group of Seven summit",
    "G7 summit": one key) or, unnamed, by the one day its sentence gives ("at a meeting in
    Cairo on May 7"), or, unnamed, as the series' next meeting when its sentence says so
    ("will host next year's summit in New Delhi"), or by its town ("Compared with Rome in
    October 2021", read so by extract); the key goes in the claim's subject and
    ``meeting`` value. A claim of another meeting known by none of these, or a building
    (compared apart from towns for the bundle's own meeting), stays uncompared."""
    main_towns = Counter(c.value["text"].casefold() for c in claims if c.kind == "place" and c.topic == "venue"
                         and c.event == EVENT_MAIN and c.value.get("level") == "city")
    main_town = main_towns.most_common(1)[0][0] if main_towns else None
    days: dict[tuple[str, str], set[str]] = {}
    for c in claims:
        if c.kind == "date" and c.modality != "negated" and c.value.get("granularity") == "day" \
                and not c.value.get("range"):
            days.setdefault((c.source, c.sentence), set()).add(c.value["start"])
    for c in claims:
        if c.event != EVENT_OTHER or c.topic not in OTHER_MEETING_TOPICS or c.subject is not None:
            continue
        if c.kind == "place" and c.value.get("level") == "site":
            continue
        key = None
        if c.value.get("event_name"):
            key = meeting_key(c.value["event_name"])
        elif c.kind == "place" and len(days.get((c.source, c.sentence), ())) == 1:
            key = f"meeting of {next(iter(days[(c.source, c.sentence)]))}"
        elif NEXT_MEETING.search(c.sentence):
            key = NEXT_KEY  # "India will host next year's summit in New Delhi": the series' next
        elif c.kind == "date" and c.value.get("town") and c.value["town"].casefold() != main_town:
            # "Compared with Rome in October 2021": the meeting known by its town; not where a
            # series that always meets at one seat holds this one too
            key = f"meeting in {c.value['town']}"
        if key:
            c.subject = key
            c.value["meeting"] = key


def compared_other_meeting(claim: Claim) -> bool:
    """Whether a claim of another meeting was given a key to be compared under."""
    return claim.event == EVENT_OTHER and "meeting" in claim.value
