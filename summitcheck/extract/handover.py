"""Who took over a rotating chair at the event, and from whom.

A body's chair passes from one leader to the next at its summit, and stories tell it many
ways: "X took over the rotating chairmanship from Y", "X succeeds Y", "He replaces Y", "X,
who was handed the chairmanship", "Y passed the chairmanship gavel to X", "Y, who leaves
the chairmanship". The incoming and the outgoing holder are two facts, each compared across
sources (topic ``chair-handover``, subject ``incoming`` or ``outgoing``).

Read only in a sentence that names a chair ("who succeeded his father in 2005" hands over no
chair), for people here and for countries by the rotation reader ("handed the rotating
chairmanship to China"); "India takes over the presidency in 2026", with a year, is also a
country's turn (the ``chair-rotation`` topic).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitcheck.model import EVENT_EARLIER, EVENT_OTHER, EVENT_PREVIOUS

INCOMING, OUTGOING = "incoming", "outgoing"

# Nouns for a rotating chair; a handover is read only in a sentence that names one.
CHAIR_WORDS = {"chair", "chairmanship", "chairpersonship", "chairwoman", "chairman", "presidency",
               "gavel", "helm", "chair-in-office"}
# "take over", "assume" (the chair): the subject comes in.
TAKING = {"take", "assume"}
# "succeed", "replace": the subject comes in, the object goes out.
SUCCEEDING = {"succeed", "replace"}
# "hand", "pass" (the chair to X): the subject goes out, X comes in; "was handed" comes in.
HANDING = {"hand", "pass"}
# "leaves the chairmanship", "relinquishes the chair": the subject goes out.
LEAVING = {"leave", "relinquish", "vacate"}
RELATIVE = {"who", "whom", "which", "that"}


def handover_roles(ent: Span) -> list[tuple[str, Token]]:
    """(``incoming`` or ``outgoing``, the verb that says so) for a person named in a sentence.
    The verb is the claim's anchor: "Y, who was handed the post at the previous summit" is a
    handover of the previous meeting, whatever the sentence's own verb is about."""
    if not any(t.lemma_.lower() in CHAIR_WORDS for t in ent.sent) and handed_office(ent.sent) is None:
        return []
    node = ent.root
    if node.dep_ == "appos" and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head  # "Mauritania's president, X, took over": the title plays the name's part
    roles = [(role, verb) for verb, passive in _verbs_of_subject(node)
             for role in [_subject_role(verb, passive)] if role]
    role = _object_role(node)
    if role:
        roles.append(role)
    return roles


# Offices an organisation's members appoint, not rotating chairs: their holder hands over too
# ("X, who hands over on October 1 to Y", "X will be succeeded by Y").
APPOINTED_OFFICES = ("secretary general", "secretary-general", "director general", "director-general")


def handed_office(sent: Span) -> str | None:
    """The appointed office a sentence names when it names no chair, spelled one way
    ("secretary general"); its handover is compared apart from a chair's."""
    if any(t.lemma_.lower() in CHAIR_WORDS for t in sent):
        return None
    text = sent.text.lower()
    return next((o.replace("-", " ") for o in APPOINTED_OFFICES if o in text), None)


def _verbs_of_subject(node: Token) -> list[tuple[Token, bool]]:
    """The verbs whose subject the person is, their own or a relative clause's ("X, who was
    handed the chairmanship"), each with whether it is passive."""
    out = []
    if node.dep_ in ("nsubj", "nsubjpass"):
        out.append((node.head, node.dep_ == "nsubjpass"))
    for clause in (c for c in node.children if c.dep_ == "relcl"):
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE):
            out.append((clause, subject.dep_ == "nsubjpass"))
    return out


def _subject_role(verb: Token, passive: bool) -> str | None:
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if lemma in TAKING and ("over" in particles or lemma == "assume" and _names_chair(objects)) and not passive:
        return INCOMING
    if lemma in SUCCEEDING and not passive:
        return INCOMING
    if lemma in HANDING:
        if passive:
            return INCOMING  # "who was handed the rotating chairmanship"
        if _names_chair(objects) and _to_someone(verb):
            return OUTGOING  # "passed the chairmanship gavel to X"
    if lemma in LEAVING and _names_chair(objects):
        return OUTGOING
    return None


def _object_role(node: Token) -> tuple[str, Token] | None:
    """The person as an object, with the verb: "from Y" (going out), "to X" (coming in),
    "succeeds Y"."""
    if node.dep_ in ("dobj", "obj") and node.head.lemma_.lower() in SUCCEEDING:
        return OUTGOING, node.head
    if node.dep_ == "pobj" and node.head.dep_ == "agent" and node.head.head.lemma_.lower() in SUCCEEDING:
        return INCOMING, node.head.head  # "will be succeeded by Y"
    if node.dep_ != "pobj" or node.head.dep_ not in ("prep", "dative"):
        return None
    prep, verb = node.head.lower_, node.head.head
    while verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "obj", "pobj") and verb.head != verb:
        # "took over the chairmanship of the bloc from Y": the parser may hang "from Y" off
        # the object's words; the handover verb is the one above them
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head
    lemma = verb.lemma_.lower()
    if lemma not in TAKING | HANDING or verb.pos_ not in ("VERB", "AUX"):
        return None
    if prep == "from":
        return OUTGOING, verb  # "took over the chairmanship from Y", "passed it from Y to X"
    if prep == "to" and lemma in HANDING:
        return INCOMING, verb
    return None


def _names_chair(tokens: list[Token]) -> bool:
    return any(t.lemma_.lower() in CHAIR_WORDS for o in tokens for t in o.subtree)


def _to_someone(verb: Token) -> bool:
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children)


# "took over the chairmanship for the next year": the term of the chair, not an occasion.
TERM_WORDS = {"year", "term"}


def occasion_of(verb: Token, markers: list[tuple[str, Token]]) -> str | None:
    """The occasion a handover verb's own adverbial names ("took over at the previous summit",
    "who was handed the post at the previous summit"): that meeting's scope, else None."""
    found = {scope for scope, anchor in markers
             if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" and anchor.head.head == verb
             and not (anchor.head.lower_ == "for" and anchor.lemma_.lower() in TERM_WORDS)}
    # the same precedence as a claim's own scope: "the previous summit" is an other-event
    # marker too, and the previous meeting's is the closer reading
    return next((scope for scope in (EVENT_EARLIER, EVENT_PREVIOUS, EVENT_OTHER) if scope in found), None)
