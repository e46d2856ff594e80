"""How a document the event adopts describes a country: "a new blueprint that names Russia as
the 'most significant and direct threat'", "the new Strategic Concept calls Russia 'the most
significant and direct threat'", "Russia, described in the concept as ...".

Only a document's words are read, never what a person calls a country: two leaders may call
one country different things, but two sources quoting one text must quote it alike. The
subject is the country described, so each country's description is compared on its own.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from summitcheck.extract.context import country_in, governing_verb, modality, subjects_of
from summitcheck.extract.sentence import SentenceContext
from summitcheck.model import Claim
from summitcheck.normalize.cities import country_of_capital

TOPIC = "designation"
# Verbs by which a text names what something is.
NAMING_VERBS = {"call", "describe", "name", "label", "designate", "brand", "term", "identify"}
# Texts whose words are quoted: the event's outcomes and strategies.
TEXT_NOUNS = {"concept", "strategy", "blueprint", "declaration", "communique", "communiqué", "statement",
              "text", "document", "doctrine", "charter", "treaty", "resolution", "report", "agreement"}


# A quoted word or two that characterise something ("an 'irreversible' path"), not a name.
QUOTED_WORDS = re.compile(r"[\"“](?P<words>[a-z][a-z-]*(?:\s[a-z-]+){0,2})[\"”]")


def find_designations(ctx: SentenceContext) -> list[Claim]:
    if ctx.vocab.topic(TOPIC) is None:
        return []
    claims: list[Claim] = _quoted_characterisations(ctx) + _quoted_actions(ctx)
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


def _quoted_characterisations(ctx: SentenceContext) -> list[Claim]:
    """"Ukraine was on an 'irreversible' path to membership", "allies called Kyiv's path to
    membership 'irreversible'": a word in quotation marks for a country's thing, as the
    quoted word of whoever said it. Compared per country and thing ("Ukraine: path"), so two
    sources quoting different words for it are raised for review."""
    claims = []
    text = ctx.source.analysis_text
    for m in QUOTED_WORDS.finditer(text, ctx.sent.start_char, ctx.sent.end_char):
        tokens = [t for t in ctx.sent if m.start("words") <= t.idx < m.end("words")]
        if not tokens or any(t.ent_type_ for t in tokens):
            continue
        thing = _characterised(tokens)
        owner = _owner_country(thing) if thing is not None else None
        if owner is None:
            continue
        verb = governing_verb(thing)
        claims.append(ctx.claim("text", m.start("words"), m.end("words"), {"text": m.group("words")}, tokens[-1],
                                TOPIC, subject=f"{owner}: {thing.lemma_.lower()}",
                                mod=modality(verb) if verb is not None else None))
    return claims


def _characterised(tokens: list[Token]) -> Token | None:
    """The noun quoted words characterise: the one right after them ("an 'irreversible'
    path"), else the last noun before them that is not in a "to" or "of" phrase ("Ukraine's
    path to membership as 'irreversible'")."""
    doc = tokens[0].doc
    after = doc[tokens[-1].i + 2] if tokens[-1].i + 2 < tokens[-1].sent.end else None
    if after is not None and after.pos_ == "NOUN" and doc[tokens[-1].i + 1].is_quote:
        return after
    for tok in reversed(doc[tokens[0].sent.start: tokens[0].i]):
        if tok.pos_ == "NOUN" and not (tok.dep_ == "pobj" and tok.head.lower_ in ("to", "of")) \
                and tok.dep_ != "npadvmod":
            return tok
    return None


def _owner_country(thing: Token) -> str | None:
    """Whose the thing is: its possessor ("Ukraine's path", "Kyiv's path", a capital standing
    for its country), else the subject of the clause it is in ("Ukraine was on ... path")."""
    for poss in (c for c in thing.children if c.dep_ == "poss"):
        return country_in([poss]) or country_of_capital(poss.text)
    verb = governing_verb(thing)
    if verb is None or verb.lemma_.lower() != "be":
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return country_in(subjects) if subjects and all(s.pos_ == "PROPN" for s in subjects) else None


# The particle that makes quoted words an act on a thing: "phase down", "phase-out", "scale
# up", "transition away", "wind down".
ACT_PARTICLES = {"down", "out", "up", "away", "off"}
# Verbs by which a wording is dropped for another: "a call for the 'phase-out' ... be replaced".
REPLACING_VERBS = {"replace", "drop", "remove", "delete", "strike", "weaken", "soften"}


def _quoted_actions(ctx: SentenceContext) -> list[Claim]:
    """"a commitment to 'phase down' coal", "a 'phase down' of unabated coal power", "asks
    countries to 'phase down' unabated coal power": the text's quoted act on a thing,
    compared per thing (its first noun, "coal"), so a source quoting "phase out" where the
    others quote "phase down" is raised. A wording the sentence says was replaced or dropped
    ("a call for the 'phase-out' of coal be replaced with ...") is the rejected draft."""
    claims = []
    text = ctx.source.analysis_text
    for m in QUOTED_WORDS.finditer(text, ctx.sent.start_char, ctx.sent.end_char):
        words = m.group("words").replace("-", " ").split()
        if words[-1] not in ACT_PARTICLES or len(words) < 2:
            continue
        tokens = [t for t in ctx.sent if m.start("words") <= t.idx < m.end("words")]
        after = [t for t in ctx.sent if t.idx >= m.end()]
        if not tokens or not after:
            continue
        if after[0].lower_ == "of":
            after = after[1:]
        phrase = []
        for tok in after:
            if tok.pos_ not in ("DET", "ADJ", "NOUN", "PROPN"):
                break
            phrase.append(tok)
        thing = next((t for t in phrase if t.pos_ == "NOUN"), None)
        if thing is None or _replaced(tokens[0]):
            continue
        verb = governing_verb(tokens[0])
        claims.append(ctx.claim("text", m.start("words"), m.end("words"), {"text": " ".join(words)}, tokens[-1],
                                TOPIC, subject=thing.lemma_.lower(),
                                mod=modality(verb) if verb is not None else None))
    return claims


def _replaced(token: Token) -> bool:
    """Whether the words stand in what a verb of replacing takes away: its passive subject
    ("a call for X be replaced with") or its object ("dropped X")."""
    for tok in (token, *token.ancestors):
        if tok.dep_ in ("nsubjpass", "dobj", "obj") and tok.head.lemma_.lower() in REPLACING_VERBS:
            return True
    return False
