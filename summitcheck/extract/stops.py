"""Where a leader stopped on the way to the meeting: "visited Britain before flying to
Vilnius", "arrived in Vilnius from Britain", "came via Britain", "is expected to stop first
in Britain".

Outlets retell a leader's route in different words; the stop is a place claim of its own,
compared per person, never with the venue.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitcheck.extract.context import entity_of, subjects_of
from summitcheck.extract.entities import canonical_place
from summitcheck.extract.people import leader_title
from summitcheck.extract.sentence import SentenceContext
from summitcheck.model import Claim

# How a stop hangs off its verb: "stop in X", "visited X", "arrived from X", "came via X".
_AT = {"in", "at"}
_FROM = {"from"}
_VIA = {"via", "through"}
# "before flying to Vilnius", "before heading on to Vilnius": the journey goes on.
_ONWARD = {"fly", "head", "travel", "go", "leave", "continue", "move", "proceed", "depart"}


def find_stops(ctx: SentenceContext) -> list[Claim]:
    topic = ctx.vocab.topic("stopover")
    if topic is None:
        return []
    verbs = {t.lower() for t in topic.triggers}
    claims: list[Claim] = []
    for ent in ctx.ents:
        if ent.label_ not in ("GPE", "LOC") or ctx.overlaps_taken(ent.start_char, ent.end_char):
            continue
        verb = _stop_verb(ent.root, verbs)
        if verb is None:
            continue
        person = _traveller(ctx, verb)
        if person is None:
            continue
        name, level = canonical_place(ent.text)
        if ent.root.head.lower_ in _FROM and leader_title(person)[1] == name:
            continue  # "Macron arrived from France": home, not a stop
        claim = ctx.claim("place", ent.start_char, ent.end_char,
                          {"text": name, "level": level, "label": ent.label_, "subject_kind": "person"},
                          ent.root, "stopover", subject=person.text)
        claims.append(claim)
    return claims


def _stop_verb(place: Token, verbs: set[str]) -> Token | None:
    """The travel verb that makes ``place`` a stop on the way, if it does."""
    head = place.head
    if place.dep_ in ("dobj", "obj") and _lemma_in(head, verbs) and _goes_on(head):
        return head  # "visited Britain before flying to Vilnius"
    if place.dep_ != "pobj" or head.dep_ != "prep":
        return None
    verb = head.head
    if not _lemma_in(verb, verbs):
        return None
    word = head.lower_
    if word in _AT and _goes_on(verb):
        return verb  # "stop first in Britain before flying on to Vilnius"
    if word in _FROM | _VIA:
        return verb  # "arrived in Vilnius from Britain", "came via Britain"
    return None


def _goes_on(verb: Token) -> bool:
    """"... before flying (on) to X": the verb is followed by more of the journey."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "before":
            if any(t.lemma_.lower() in _ONWARD for t in prep.subtree):
                return True
    return False


def _traveller(ctx: SentenceContext, verb: Token) -> Span | None:
    """The person who travels: the verb's subject, through "is expected to" and through a
    conjoined verb ("who is making ... and visited ...")."""
    known = {e.text for e in ctx.sent.doc.ents if e.label_ == "PERSON"}
    for _ in range(3):
        for subj in subjects_of(verb):
            ent = entity_of(subj, ctx.ents)
            if ent is not None and ent.label_ == "PERSON":
                return ent
            if ent is None and subj.pos_ == "PROPN" and subj.text in known:
                return subj.doc[subj.i: subj.i + 1]  # a name the tagger missed here, not elsewhere
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head != verb:
            verb = verb.head
        else:
            break
    return None


def _lemma_in(tok: Token, words: set[str]) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in words
