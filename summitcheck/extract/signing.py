"""What was signed, for dating a signing: "Egypt signed a memorandum of understanding on
Monday", "A memorandum of understanding on Egypt's membership was signed at Tuesday's meeting".

The signed thing is named by its head noun and its "of" phrase ("memorandum of
understanding", "agreement"), with the country that signs it or that it concerns, so that
one country's memorandum is never dated against another's.
"""

from __future__ import annotations

from spacy.tokens import Token

from summitcheck.extract.context import country_in, governing_verb


# What leaders sign together is the meeting's own outcome, and its signing dates the meeting
# ("the leaders signed the declaration on Friday"); so does a title ("signed the Lima
# Declaration"), which the named-document reader compares by name.
MEETING_OUTCOMES = {"declaration", "communique", "communiqué", "statement"}


# Who signs, never what is signed.
SIGNING_PARTIES = {"country", "nation", "government", "state", "leader", "minister", "party"}


# A named text's last word ("the North Atlantic Treaty"): the kind of document it is.
NAMED_TEXTS = {"treaty", "accord", "pact", "charter", "convention", "protocol", "memorandum"}


def signed_thing(trigger: Token) -> str | None:
    """"memorandum of understanding, Egypt": the signed document and its country, if named."""
    if trigger.pos_ != "VERB":
        return None
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN" or trigger.dep_ == "relcl" and not objects \
            and trigger.head.pos_ == "NOUN":
        objects = [trigger.head]  # "the agreement, signed in April", "the memorandum the three countries signed"
    named = bool(objects) and objects[0].pos_ == "PROPN" and objects[0].lemma_.lower() in NAMED_TEXTS
    if not objects or objects[0].pos_ != "NOUN" and not named or objects[0].lemma_.lower() in MEETING_OUTCOMES | SIGNING_PARTIES:
        return None  # "the three countries signed on Tuesday", misread as countries that were signed
    thing = objects[0]
    name = thing.lemma_.lower()
    for prep in thing.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                words = [t for t in obj.subtree if t.dep_ in ("compound", "amod") and t.head == obj]
                name += " of " + " ".join([*(t.lower_ for t in words), obj.lemma_.lower()])
            break
    signers = [c for c in trigger.children if c.dep_ in ("nsubj", "agent")]
    partners = [o for t in (trigger, thing) for p in t.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children]
    if len(_countries(signers + partners)) > 1 or any(_several_countries(s) for s in signers):
        # "Turkey, Finland and Sweden signed a memorandum", "Turkey signed a memorandum with
        # Finland and Sweden": one document of several parties, whichever a source names first
        return name
    country = (country_in([t for s in signers for t in s.subtree])
               or country_in([t for t in thing.subtree if t.i != thing.i]))
    return f"{name}, {country}" if country else name


def _several_countries(signer: Token) -> bool:
    """"the three countries signed": a count of more than one country."""
    return signer.lemma_.lower() in SIGNING_PARTIES and any(
        c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in signer.children)


def _countries(phrases: list[Token]) -> set[str]:
    """Every country the phrases name, one list item at a time."""
    found = set()
    for phrase in phrases:
        for tok in phrase.subtree:
            if tok.dep_ in ("pobj", "nsubj", "conj", "appos", "agent", "dobj") or tok.i == phrase.i:
                country = country_in([tok])
                if country:
                    found.add(country)
    return found


def outcome_dated(date_root: Token, words: dict[str, str]) -> str | None:
    """The kind of the meeting's own outcome document a date dates, if any: "released the
    leaders' declaration late on Monday", "the final communique, which leaders adopted on
    Tuesday", "the declaration, signed Friday by 20 countries", and the accompanying act of
    "closed on Friday with 21 countries signing the declaration".

    ``words`` maps each outcome verb and document noun to its canonical word; the documents
    are the words whose canonical form is not the verbs' ("adopt")."""
    verb = governing_verb(date_root)
    if verb is None:
        return None
    # "are expected to adopt a joint declaration on Saturday": the date hangs on "expected"
    for act in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        kind = _outcome_of(act, words)
        if kind is not None:
            return kind
    # "closed on Friday with leaders signing a joint declaration": what goes with the act
    # happens on its day
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        for act in (t for t in prep.subtree if t.pos_ == "VERB" and t.i != verb.i):
            kind = _outcome_of(act, words)
            if kind is not None:
                return kind
    return None


def _outcome_of(verb: Token, words: dict[str, str]) -> str | None:
    if words.get(verb.lemma_.lower()) != OUTCOME_ACT or _refused(verb):
        return None
    things = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    things += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"
               for o in p.children if o.dep_ == "pobj"]  # "agreed on a joint declaration"
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        things.append(verb.head)  # "the declaration, signed Friday", "which leaders adopted"
    for thing in things:
        for noun in (thing, *(c for c in thing.children if c.dep_ == "appos")):
            kind = words.get(noun.lemma_.lower())
            if kind == DEAL and noun.pos_ != "NOUN" and verb.lemma_.lower() not in ADOPTING_VERBS:
                # "rejoined the Paris Agreement", "signed the Paris Agreement": a named treaty,
                # not the meeting's deal; "adopted the Glasgow Climate Pact" is the meeting's
                continue
            if kind is not None and kind != OUTCOME_ACT:
                return kind
    return None


# Verbs by which a meeting itself adopts its named deal (not "sign" or "back", which a party
# does to any treaty).
ADOPTING_VERBS = {"adopt", "agree", "approve", "finalise", "finalize"}
# The canonical word of the outcome verbs in the outcome-dates topic's synonyms.
OUTCOME_ACT = "adopt"
# The canonical word of a deal's own nouns there, read only as common nouns.
DEAL = "agreement"


def _refused(verb: Token) -> bool:
    """"declined to sign the declaration on Tuesday", "did not sign": no adoption is dated."""
    return (any(c.dep_ == "neg" for c in verb.children)
            or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING_VERBS)


REFUSING_VERBS = {"decline", "refuse", "fail"}
