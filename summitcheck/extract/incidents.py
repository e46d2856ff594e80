"""What struck: the agent of an incident a bundle reports beside its meeting.

A missile that falls during a summit, an earthquake on the eve of a forum: sources date and
place the incident, and a wrong day or village is a checkable error. Incidents of one bundle
are told apart by what struck ("the missile", "the drone"), the nouns the topic's synonyms
list; an act whose doer is a person or a country ("Russia struck Kyiv") is no incident of
this kind, since who did what is the reporting, not a thing that happened to a place.
"""

from __future__ import annotations

from spacy.tokens import Token

from summitcheck.extract.context import entity_of
from summitcheck.extract.sentence import SentenceContext
from summitcheck.extract.vocab import Topic
from summitcheck.model import Claim
from summitcheck.normalize.places import canonical_place


def agent_of(trigger: Token, topic: Topic) -> str | None:
    """The canonical agent of an incident verb or noun: "a missile struck a village",
    "was hit by a drone", "the blast killed two men"; None when the doer is no listed agent.
    A noun trigger names itself: "the blast", "a state banquet" (a side occasion's kind)."""
    agents = dict(topic.synonyms)
    if trigger.pos_ == "NOUN":
        word = trigger.lemma_.lower()
        return agents.get(word)
    doers = [c for c in trigger.children if c.dep_ == "nsubj"]
    doers += [p for c in trigger.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not doers and trigger.dep_ in ("relcl", "acl") and trigger.head.pos_ == "NOUN":
        doers = [trigger.head]  # "a missile that struck a village", "the drone fired at"
    for doer in doers:
        found = agents.get(doer.lemma_.lower())
        if found is not None:
            return found
    return None


TOPIC = "incident"
# Subject kinds read from the trigger through the topic's synonyms: what struck (an
# incident's agent), what kind of side occasion ("a state banquet" is a dinner).
NAMED_BY_TRIGGER = ("agent", "occasion")
# Nouns that say what kind of place the struck name is ("the farming village of X").
PLACE_KINDS = {"village", "town", "city", "port", "district", "region", "province", "base", "plant", "refinery"}


def find_incident_places(ctx: SentenceContext) -> list[Claim]:
    """Where a listed agent struck: the striking verb's object ("struck the farming village
    of X", "hit X") and the places "in" it or its object ("killed two farm workers in X, a
    village near the border", "struck X in eastern Poland"). Read here, not by the venue
    finder, because an incident's place is a village the gazetteer rarely knows and the
    tagger rarely tags."""
    topic = ctx.vocab.topic(TOPIC)
    if topic is None:
        return []
    claims: list[Claim] = []
    for trig in ctx.triggers:
        verb = trig.token
        if trig.topic != TOPIC or verb.pos_ != "VERB":
            continue
        agent = agent_of(verb, topic)
        if agent is None:
            continue
        for tok in _struck_places(verb):
            span = entity_of(tok, ctx.ents)
            start, end = (span.start_char, span.end_char) if span is not None and span.root == tok \
                else (tok.left_edge.idx, tok.idx + len(tok))
            if ctx.overlaps_taken(start, end):
                continue
            name, level = canonical_place(ctx.source.analysis_text[start:end])
            claims.append(ctx.claim("place", start, end, {"text": name, "level": level, "label": "GPE"},
                                    tok, TOPIC, subject=agent))
    return claims


def _struck_places(verb: Token) -> list[Token]:
    """Proper names the verb places its act at, through its object or "in"."""
    found = []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    for obj in objects:
        if obj.pos_ == "PROPN" and obj.ent_type_ not in ("PERSON", "NORP", "ORG"):
            found.append(obj)
        elif obj.lemma_.lower() in PLACE_KINDS:
            found += [p for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    for holder in (verb, *objects):
        found += [p for prep in holder.children if prep.dep_ == "prep" and prep.lower_ == "in"
                  for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"
                  and p.ent_type_ not in ("PERSON", "NORP", "DATE")]
    return found
