"""Which country chairs a body in a given year: "the Philippines would chair ASEAN in 2026",
"Laos will assume the rotating chairmanship of the bloc in 2024".

Blocs with a rotating chair decide it at their summits, and outlets report the decision: a
claim of its own, compared per year, never with the event's host. Only a country that is
the subject of the chairing (or of taking the chair) with the year on the same verb counts:
"Myanmar's turn to chair the bloc, which falls in 2026" is the rotation before a decision.
"""

from __future__ import annotations

from summitcheck.extract.context import event_scope
from summitcheck.extract.sentence import SentenceContext
from summitcheck.model import Claim
from summitcheck.normalize.places import canonical_country

TOPIC = "chair-rotation"
# Verbs by which a country takes a chair named by the topic's triggers ("take the chair").
TAKING_VERBS = {"take", "assume", "hold", "get", "receive", "inherit"}


def find_chair_rotation(ctx: SentenceContext) -> list[Claim]:
    topic = ctx.vocab.topic(TOPIC)
    if topic is None:
        return []
    words = set(topic.triggers)
    claims: list[Claim] = []
    for ent in ctx.ents:
        country = canonical_country(ent.text) if ent.label_ == "GPE" else None
        root = ent.root
        if country is None or root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = root.head
        objects = [c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "obj")]
        if verb.lemma_.lower() not in words and not (verb.lemma_.lower() in TAKING_VERBS and set(objects) & words):
            continue
        year = _year_of(verb)
        if year is None:
            continue
        claim = ctx.claim("text", ent.start_char, ent.end_char, {"text": country}, root, TOPIC, subject=year)
        # a later year is what the claim is about, not a sign of another occasion: only the
        # sentence's own markers ("last year", "postponed") move it off the event
        claim.event = event_scope(root, ctx.markers)
        claims.append(claim)
    return claims


def _year_of(verb) -> str | None:
    """"in 2026", "for 2024": a bare year on the verb itself."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "for", "from")):
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.like_num and len(obj.text) == 4 and obj.text.isdigit():
                return obj.text
    return None
