"""How a document the event adopts describes a country: "a new blueprint that names Russia as
the 'most significant and direct threat'", "the new Strategic Concept calls Russia 'the most
significant and direct threat'", "Russia, described in the concept as ...".

Only a document's words are read, never what a person calls a country: two leaders may call
one country different things, but two sources quoting one text must quote it alike. The
subject is the country described, so each country's description is compared on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from summitcheck.extract.context import country_in, modality, subjects_of
from summitcheck.extract.sentence import SentenceContext
from summitcheck.model import Claim

TOPIC = "designation"
# Verbs by which a text names what something is.
NAMING_VERBS = {"call", "describe", "name", "label", "designate", "brand", "term", "identify"}
# Texts whose words are quoted: the event's outcomes and strategies.
TEXT_NOUNS = {"concept", "strategy", "blueprint", "declaration", "communique", "communiqué", "statement",
              "text", "document", "doctrine", "charter", "treaty", "resolution", "report", "agreement"}


def find_designations(ctx: SentenceContext) -> list[Claim]:
    if ctx.vocab.topic(TOPIC) is None:
        return []
    claims: list[Claim] = []
    for verb in (t for t in ctx.sent if t.pos_ == "VERB" and t.lemma_.lower() in NAMING_VERBS):
        found = _described(verb)
        if found is None:
            continue
        named, description = found
        country = country_in([named])
        if country is None:
            continue
        words = [t for t in description.subtree if t.i <= description.i and not t.is_punct]
        while words and words[0].lower_ in ("the", "a", "an"):
            words = words[1:]
        if not words:
            continue
        text = " ".join(t.lower_ for t in words)
        start, end = words[0].idx, description.idx + len(description.text)
        claims.append(ctx.claim("text", start, end, {"text": text}, description, TOPIC, subject=country,
                                mod=modality(verb)))
    return claims


def _described(verb: Token) -> tuple[Token, Token] | None:
    """(what is described, its description) when a text does the describing: "the concept
    calls Russia a threat", "a blueprint that names Russia as a threat", "Russia, described
    in the concept as a threat"."""
    description = _description(verb)
    if description is None:
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "Russia, described in the concept as ...": the text in its "in" phrase
        sources = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children]
        return (verb.head, description) if any(o.lemma_.lower() in TEXT_NOUNS for o in sources) else None
    named = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    # "The communique names Iran ...": the parser may take "communique names" for one noun
    subjects = subjects_of(verb) or [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i]
    if verb.dep_ == "relcl" and any(s.lower_ in ("that", "which") for s in subjects):
        subjects = [verb.head]
    if named is None or not any(_a_text(s) for s in subjects):
        return None
    return named, description


def _description(verb: Token) -> Token | None:
    """"calls X a threat" (the object's complement), "names X as a threat" (its "as" phrase)."""
    for child in verb.children:
        if child.dep_ in ("oprd", "xcomp", "attr") and child.pos_ == "NOUN":
            return child
        if child.dep_ == "prep" and child.lower_ == "as":
            return next((o for o in child.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    return None


def _a_text(subject: Token) -> bool:
    return subject.lemma_.lower() in TEXT_NOUNS
