"""What was signed, for dating a signing: "Egypt signed a memorandum of understanding on
Monday", "A memorandum of understanding on Egypt's membership was signed at Tuesday's meeting".

The signed thing is named by its head noun and its "of" phrase ("memorandum of
understanding", "agreement"), with the country that signs it or that it concerns, so that
one country's memorandum is never dated against another's.
"""

from __future__ import annotations

from spacy.tokens import Token

from summitcheck.extract.context import country_in


# What leaders sign together is the meeting's own outcome, and its signing dates the meeting
# ("the leaders signed the declaration on Friday"); so does a title ("signed the Lima
# Declaration"), which the named-document reader compares by name.
MEETING_OUTCOMES = {"declaration", "communique", "communiqué", "statement"}


def signed_thing(trigger: Token) -> str | None:
    """"memorandum of understanding, Egypt": the signed document and its country, if named."""
    if trigger.pos_ != "VERB":
        return None
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN":
        objects = [trigger.head]  # "the agreement, signed in April"
    if not objects or objects[0].pos_ != "NOUN" or objects[0].lemma_.lower() in MEETING_OUTCOMES:
        return None
    thing = objects[0]
    name = thing.lemma_.lower()
    for prep in thing.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                words = [t for t in obj.subtree if t.dep_ in ("compound", "amod") and t.head == obj]
                name += " of " + " ".join([*(t.lower_ for t in words), obj.lemma_.lower()])
            break
    signers = [c for c in trigger.children if c.dep_ in ("nsubj", "agent")]
    country = (country_in([t for s in signers for t in s.subtree])
               or country_in([t for t in thing.subtree if t.i != thing.i]))
    return f"{name}, {country}" if country else name
