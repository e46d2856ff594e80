"""Which country chairs a body in a given year: "the Philippines would chair ASEAN in 2026",
"Laos will assume the rotating chairmanship of the bloc in 2024".

Blocs with a rotating chair decide it at their summits, and outlets report the decision: a
claim of its own, compared per year, never with the event's host. Only a country that is
the subject of the chairing (or of taking the chair) with the year on the same verb counts:
"Myanmar's turn to chair the bloc, which falls in 2026" is the rotation before a decision.
"""

from __future__ import annotations

from summitcheck.extract.context import event_scope
from summitcheck.extract.handover import handover_roles, occasion_of
from summitcheck.extract.sentence import SentenceContext
from summitcheck.model import Claim
from summitcheck.normalize.places import canonical_country

TOPIC = "chair-rotation"
HANDOVER_TOPIC = "chair-handover"
# Verbs by which a country takes a chair named by the topic's triggers ("take the chair").
TAKING_VERBS = {"take", "assume", "hold", "get", "receive", "inherit"}


def find_chair_rotation(ctx: SentenceContext) -> list[Claim]:
    topic = ctx.vocab.topic(TOPIC)
    if topic is None:
        return []
    words = set(topic.triggers)
    claims: list[Claim] = []
    handover = ctx.vocab.topic(HANDOVER_TOPIC) is not None
    for ent in ctx.ents:
        country = canonical_country(ent.text) if ent.label_ == "GPE" else None
        root = ent.root
        if country is not None and handover:
            claims += _handed_over(ctx, ent, country)
        if country is None or root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = root.head
        objects = [c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "obj")]
        hosting = _hosts_the_series(verb)
        if verb.lemma_.lower() not in words and not (verb.lemma_.lower() in TAKING_VERBS and set(objects) & words) \
                and not hosting:
            continue
        year = _year_of(verb) or (_year_of_the_meeting(verb) if hosting else None)
        next_year = year is None and ctx.reference is not None and _next_year(verb)
        if next_year:
            year = str(ctx.reference.year + 1)  # "Germany holds the G7 presidency next year"
        if year is None:
            continue
        if hosting and (ctx.reference is None or int(year) <= ctx.reference.year):
            continue  # "Japan hosted them in 2016": a past meeting's host, not the coming chair
        claim = ctx.claim("text", ent.start_char, ent.end_char, {"text": country}, root, TOPIC, subject=year)
        # a later year is what the claim is about, not a sign of another occasion: only the
        # sentence's own markers ("last year", "postponed") move it off the event, and the
        # "next year" that gave the year is none of them
        markers = [(scope, anchor) for scope, anchor in ctx.markers if not (next_year and anchor == verb)]
        claim.event = event_scope(root, markers)
        claims.append(claim)
    return claims


def _handed_over(ctx: SentenceContext, ent, country: str) -> list[Claim]:
    """"Modi handed the rotating presidency to Brazil", "Brazil takes over the rotating
    presidency from India": the country coming into the chair, or going out of it,
    compared as a place per role (the people are read apart, in the same topic)."""
    out = []
    for role, verb in handover_roles(ent):
        claim = ctx.claim("place", ent.start_char, ent.end_char, {"text": country, "level": "country", "label": "GPE"},
                          verb, HANDOVER_TOPIC, subject=role)
        claim.event = occasion_of(verb, ctx.markers) or claim.event
        out.append(claim)
    return out


# What a country hosts when hosting a later year's meeting makes it the series' chair then.
HOSTED = {"summit", "meeting", "gathering", "leader", "they", "it"}


def _hosts_the_series(verb) -> bool:
    """"until Germany hosts them in 2022", "will host the 2022 summit", "hosts next year's
    meeting": the country hosting the series' meeting of a later year is its chair that year.
    A meeting named otherwise ("will host COP30", "the G20 summit") is another series'."""
    if verb.lemma_.lower() != "host":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return len(objects) == 1 and objects[0].lemma_.lower() in HOSTED and not any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in objects[0].children)


def _year_of_the_meeting(verb) -> str | None:
    """"will host the 2022 summit": the year written into the hosted meeting."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        for c in obj.children:
            if c.dep_ in ("nummod", "compound", "amod") and len(c.text) == 4 and c.text.isdigit():
                return c.text
    return None


def _year_of(verb) -> str | None:
    """"in 2026", "for 2024": a bare year on the verb itself."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "for", "from")):
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.like_num and len(obj.text) == 4 and obj.text.isdigit():
                return obj.text
    return None


def _next_year(verb) -> bool:
    """"holds the presidency next year": the year after the article's, on the verb itself."""
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() == "year"
               and any(a.dep_ == "amod" and a.lower_ == "next" for a in c.children) for c in verb.children)
