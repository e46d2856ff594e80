"""What a founding date is the founding of: "The SCO was founded in 2001", "the Shanghai Five,
set up in 1996", "Biden launched the Indo-Pacific Economic Framework on Monday".

An explainer often dates a body's predecessor, or a programme launched at the meeting, next
to the body itself. The founded thing's proper name goes with the claim; align decides which
name is the bundle's own body (see :mod:`summitcheck.align.foundings`).
"""

from __future__ import annotations

from spacy.tokens import Token

from summitcheck.extract.context import entity_of
from summitcheck.extract.sentence import SentenceContext

# Words by which articles speak of the bundle's own body without naming it ("the alliance,
# founded in 1949"); another common noun founded ("a fund launched on Thursday") is another thing.
OWN_BODY_WORDS = {"bloc", "alliance", "organisation", "organization", "grouping", "group", "association", "union",
              "forum", "club", "partnership", "body", "community", "council", "dialogue", "initiative",
              "framework", "format", "mechanism", "process", "summit", "conference", "meeting", "series"}
# Entity labels a founded body or programme may carry.
BODY_LABELS = {"ORG", "PRODUCT", "LAW", "EVENT", "FAC", "WORK_OF_ART", "NORP"}


def founded_name(ctx: SentenceContext) -> str | None:
    """The proper name of what the founding trigger founded, if the sentence gives one."""
    trigger = ctx.last_trigger.token if ctx.last_trigger is not None else None
    if trigger is None or trigger.pos_ not in ("VERB", "AUX", "NOUN"):
        return None
    thing = _founded_token(trigger)
    if thing is None:
        return None
    if thing.pos_ == "NOUN" and thing.dep_ == "appos":
        thing = thing.head  # "the Western Union, a pact that was set up in 1948"
    ent = entity_of(thing, ctx.ents)
    if ent is not None and ent.label_ in BODY_LABELS:
        return ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    if thing.pos_ == "PROPN":
        # the run of name words ending at it, hyphens kept ("the US-led Indo-Pacific Economic
        # Framework" -> "Indo-Pacific Economic Framework")
        start = thing.i
        while start > thing.sent.start and (thing.doc[start - 1].pos_ == "PROPN" or thing.doc[start - 1].text == "-"
                                            and start - 2 >= thing.sent.start and thing.doc[start - 2].pos_ == "PROPN"):
            start -= 1
        return thing.doc[start: thing.i + 1].text
    if thing.pos_ == "NOUN" and thing.lemma_.lower() not in OWN_BODY_WORDS:
        return thing.lemma_.lower()  # "a fund launched on Thursday" is not the body itself
    return None


def _founded_token(trigger: Token) -> Token | None:
    """The passive subject, the object, or the noun a participle or relative clause hangs off
    ("the alliance, founded in 1949"; "a grouping that was set up in 1996"); for an act named
    by a noun, what it is "of" ("the launch of the framework")."""
    if trigger.pos_ == "NOUN":
        for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
        return None
    for child in trigger.children:
        if child.dep_ == "nsubjpass":
            return trigger.head if child.lower_ in ("that", "which") and trigger.dep_ == "relcl" else child
        if child.dep_ in ("dobj", "obj"):
            return trigger.head if child.lower_ in ("that", "which") and trigger.dep_ == "relcl" else child
    if trigger.dep_ in ("acl", "relcl"):
        return trigger.head
    return None
