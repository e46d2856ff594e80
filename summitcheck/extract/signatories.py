"""Who signed an agreement with whom: "Biden and Zelensky signed a 10-year bilateral security
agreement", "Zelensky, who signed a security pact with Biden", "the security pact that Biden
signed with Zelensky".

The people a sentence names as signing one agreement together are its complete list of
signers, compared with other lists for the same kind of agreement ("security agreement"),
never with who attended: "Kishida signed a separate accord with Zelensky" is another text.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitcheck.extract.context import modality, subjects_of
from summitcheck.extract.numeric import AGREEMENT_NOUNS
from summitcheck.extract.sentence import SentenceContext
from summitcheck.model import Claim
from summitcheck.normalize.places import canonical_country

TOPIC = "signatories"
# Words that describe any agreement rather than tell one from another.
GENERIC = {"bilateral", "new", "separate", "landmark", "historic", "joint", "formal", "first"}


def find_signatories(ctx: SentenceContext, people: list[tuple[Span, str]]) -> list[Claim]:
    """Set claims of the people who signed an agreement together; ``people`` are the
    sentence's named people and titles, (span, name)."""
    if ctx.vocab.topic(TOPIC) is None:
        return []
    claims: list[Claim] = []
    for verb in (t for t in ctx.sent if t.lemma_.lower() == "sign" and t.pos_ == "VERB"):
        thing = _signed(verb)
        if thing is None or modality(verb) == "negated":
            continue
        tokens = _signers(verb, thing, people)
        signers = [_name(tok, people) for tok in tokens]
        names = list(dict.fromkeys(n for n in signers if n))
        if len(names) != 2 or len(names) != len(signers):
            continue  # a bilateral text's two signers, each named
        spans = [next((s for s, _ in people if s.start <= t.i < s.end), t.doc[t.i: t.i + 1]) for t in tokens]
        start, end = min(s.start_char for s in spans), max(s.end_char for s in spans)
        claims.append(ctx.claim("set", start, end, {"members": names, "titles": {}}, verb, TOPIC,
                                subject=_kind(thing), basis="list"))
    return claims


def _signed(verb: Token) -> Token | None:
    """The agreement signed: the verb's object, or the noun its relative clause is on."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN" and (
            not objects or objects[0].lower_ in ("that", "which")):
        objects = [verb.head]  # "the pact that Biden signed with Zelensky"
    thing = objects[0] if objects else None
    return thing if thing is not None and thing.lemma_.lower() in AGREEMENT_NOUNS else None


def _signers(verb: Token, thing: Token, people: list[tuple[Span, str]]) -> list[Token]:
    found = [t for s in subjects_of(verb) for t in (s, *s.conjuncts)]
    if len(found) == 1:
        # "On Thursday Biden and Zelensky signed": the parser may take "Thursday Biden" for the
        # object of "On"; the name joined to the subject by "and" still signed
        found += [t for t in _names_just_before(found[0].left_edge, people) if t not in found]
    found = found or _names_just_before(verb, people)
    for word in (verb, thing):
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "with"):
            found += [t for o in prep.children if o.dep_ == "pobj" for t in (o, *o.conjuncts)]
    return found


def _names_just_before(word: Token, people: list[tuple[Span, str]]) -> list[Token]:
    """The names joined by "and" (or commas) that end right before ``word``, last first; for
    the first one, ``word`` must follow "and" ("Biden and Zelensky"), else it is the verb."""
    found, end = [], word.i
    if word.pos_ != "VERB":
        if end < 1 or word.doc[end - 1].lower_ != "and":
            return []
        end -= 1
    while (span := next((s for s, _ in people if s.end == end), None)) is not None:
        found.append(span.root)
        if span.start < 1 or span.doc[span.start - 1].lower_ not in ("and", ","):
            break
        end = span.start - 1
    return found


def _name(tok: Token, people: list[tuple[Span, str]]) -> str | None:
    name = next((name for span, name in people if span.start <= tok.i < span.end or span.root == tok), None)
    if name is None and tok.pos_ == "PROPN" and tok.text[:1].isupper() and canonical_country(tok.text) is None:
        # "Sunak and Kishida signed": a surname the tagger left untagged
        words = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
        name = " ".join(t.text for t in [*words, tok])
    return name


def _kind(thing: Token) -> str:
    """"security agreement" for "a 10-year bilateral security pact": the words that tell the
    agreement apart, and its kind."""
    modifiers = [c for c in thing.children if c.dep_ in ("compound", "amod") and c.i < thing.i]
    modifiers += [g for c in modifiers for g in c.subtree if g.dep_ in ("compound", "amod") and g not in modifiers]
    words = [c.lemma_.lower() for c in sorted(modifiers, key=lambda t: t.i)
             if c.pos_ in ("NOUN", "PROPN", "ADJ") and c.ent_type_ not in ("DATE", "CARDINAL") and c.lower_ not in GENERIC]
    return " ".join([*words, AGREEMENT_NOUNS[thing.lemma_.lower()]])
