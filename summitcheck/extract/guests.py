"""Leaders who came as the hosts' guests, not as members.

A body's summit often has an invited outsider ("Ukrainian President Volodymyr Zelensky,
invited by the Saudi hosts", "Zelensky, who was invited by the hosts", "inviting Zelensky to
a meeting", "That guest was Volodymyr Zelensky"). Who came as a country's guest is a fact
sources can disagree on; it is compared per country (topic ``guest``), the country named
with the person or, in align, the one the bundle gives them elsewhere.

Invitations to join a body ("invited Finland and Sweden to join") are a membership matter,
not a guest's visit, and are left to the readers of lists.
"""

from __future__ import annotations

from spacy.tokens import Span

from summitcheck.extract.context import asks_to_join, invited_to_join

INVITING = "invite"
GUEST_NOUNS = {"guest", "invitee"}
RELATIVE = {"who", "whom", "that"}


def is_guest(ent: Span) -> bool:
    """Whether the sentence names this person as invited to the meeting, or as its guest."""
    node = ent.root
    if node.dep_ == "appos" and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head  # "Ukraine's president, Volodymyr Zelensky, invited by ..."
    if invited_to_join(node):
        return False
    for clause in (c for c in node.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() == INVITING):
        if clause.dep_ == "acl" or any(c.dep_ == "nsubjpass" and c.lower_ in RELATIVE for c in clause.children):
            return not asks_to_join(clause)  # "X, invited by the hosts", "X, who was invited"
    verb = node.head
    if node.dep_ == "nsubjpass" and verb.lemma_.lower() == INVITING:
        return not asks_to_join(verb)  # "X was invited to the summit"
    if node.dep_ in ("dobj", "obj") and verb.lemma_.lower() == INVITING:
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)  # "inviting X to a meeting"
    if node.dep_ == "attr" and verb.lemma_.lower() == "be":
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in GUEST_NOUNS for c in verb.children)
    return any(c.dep_ == "appos" and c.lemma_.lower() in GUEST_NOUNS for c in node.children)

