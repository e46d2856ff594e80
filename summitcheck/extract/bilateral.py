"""Side meetings: who met whom, on the day a date gives.

A summit's side meetings are told apart by who took part. The host meets a guest ("talks with
Japan on Friday"), or two guests meet each other ("Biden met Chinese President Xi Jinping on
Monday", "Albanese told Xi on Tuesday that ..."). The text names a party by country, or by
name alone; names are kept, so that align can give each the country the bundle names for
them elsewhere ("Australian Prime Minister Anthony Albanese").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitcheck.extract.context import entity_of
from summitcheck.extract.people import leader_title
from summitcheck.extract.sentence import SentenceContext
from summitcheck.normalize.cities import country_of_capital
from summitcheck.normalize.places import canonical_country

# A verb is a side meeting only with a named party as its object: "met Xi on Monday",
# "told Xi on Tuesday", "sat down with Xi"; "the leaders met on Thursday" is the
# meeting itself, "told reporters on Friday" no meeting at all.
_PARTY_LABELS = {"PERSON", "GPE", "NORP"}
_WITH = {"with", "to"}


def named_party(ctx: SentenceContext, trigger: Token) -> bool:
    """Whether a verb trigger has a named person or country as its object, or two as its
    subject ("Biden and Xi met on Monday")."""
    if any(_entity(ctx, t) is not None for t in _objects(trigger)):
        return True
    subjects = _subjects(trigger)
    named = [t for s in subjects for t in (s, *s.conjuncts) if _entity(ctx, t) is not None]
    return len(named) >= 2


def _subjects(trigger: Token) -> list[Token]:
    """A verb's subjects, or those of the verb it completes ("Biden and Xi are expected to
    meet on Wednesday")."""
    verb = trigger
    while True:
        found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found or verb.dep_ != "xcomp" or verb.head == verb:
            return found
        verb = verb.head


def _clause_subjects(noun: Token) -> list[Token]:
    """The subjects of the clause a noun is the object of, up through the verbs it completes
    ("Xi and Modi used the summit to hold their talks", "sat down together for their talks")."""
    verb = noun.head
    while verb.pos_ != "VERB" and verb.head != verb and verb.dep_ in ("dobj", "obj", "pobj", "prep"):
        verb = verb.head
    while verb.pos_ == "VERB":
        found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found or verb.dep_ not in ("xcomp", "advcl") or verb.head == verb:
            return found
        verb = verb.head
    return []


def parties(ctx: SentenceContext, trigger: Token) -> tuple[list[str], list[str]]:
    """(countries, people) the trigger's own arguments name: its subject and objects for a
    verb, the "with" and possessor of a noun ("Biden's talks with Xi")."""
    args = list(_objects(trigger))
    if trigger.pos_ == "VERB":
        args += _subjects(trigger)
    else:
        owners = [c for c in trigger.children if c.dep_ == "poss"]
        args += [o for o in owners if o.pos_ != "PRON"]
        if any(o.lower_ == "their" for o in owners):
            args += _clause_subjects(trigger)  # "Xi and Modi held their first talks"
    args += [c for a in args for c in a.conjuncts]
    countries: list[str] = []
    people: list[str] = []
    for tok in args:
        ent = _entity(ctx, tok)
        if ent is None:
            continue
        if ent.label_ == "PERSON":
            people.append(ent.text)
            country = leader_title(ent)[1]
        else:
            country = canonical_country(ent.text)
        if country and country not in countries:
            countries.append(country)
    return countries, people


def counterpart(ctx: SentenceContext, claim_start: int) -> tuple[list[str], list[str]]:
    """(countries, people) named between the previous date of the sentence and this one:
    what a side meeting's own words leave unsaid ("Biden's remarks to Chinese President Xi
    Jinping at their bilateral meeting on Monday")."""
    left = ctx.sent.start_char
    for s, e in ctx.taken:
        if e <= claim_start and s >= left:
            left = e
    countries: list[str] = []
    for tok in ctx.sent:
        if left <= tok.idx < claim_start:
            country = canonical_country(tok.text) if tok.text[:1].isupper() else None
            if country and country not in countries:
                countries.append(country)
    people = [e.text for e in ctx.ents if e.label_ == "PERSON" and left <= e.start_char and e.end_char <= claim_start]
    return countries, people


def _objects(trigger: Token) -> list[Token]:
    out = [c for c in trigger.children if c.dep_ in ("dobj", "obj", "dative")]
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in _WITH:
            out += [c for c in prep.children if c.dep_ == "pobj"]
    for prt in trigger.children:  # "sat down with Xi"
        if prt.dep_ in ("prt", "advmod"):
            for prep in prt.children:
                if prep.dep_ == "prep" and prep.lower_ in _WITH:
                    out += [c for c in prep.children if c.dep_ == "pobj"]
    return out


def _entity(ctx: SentenceContext, tok: Token) -> Span | None:
    """The person or country a word names; for a title, the name set beside it ("Mexico's
    president, Andres Manuel Lopez Obrador, met Xi")."""
    ent = entity_of(tok, ctx.ents)
    if ent is None and tok.pos_ == "NOUN":
        ent = next((entity_of(c, ctx.ents) for c in tok.children if c.dep_ == "appos"), None)
    if ent is None and tok.pos_ == "PROPN" and tok.text[:1].isupper() and not canonical_country(tok.text):
        # "Biden and Xi Jinping spent ...": a name the tagger left untagged
        names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
        first = min([tok.i, *(c.i for c in names)])
        ent = Span(tok.doc, first, tok.i + 1, label="PERSON")
    if ent is not None and ent.label_ == "GPE" and not (canonical_country(ent.text) or country_of_capital(ent.text)) \
            and any(c.dep_ == "amod" or c.dep_ == "det" and c.lower_ in ("a", "an") for c in ent.root.children):
        # "held at X with a public Green Zone": a thing the tagger calls a town, described as
        # things are, is no party (a name it mistags, "Niinisto", has no article)
        return None
    return ent if ent is not None and ent.label_ in _PARTY_LABELS else None
