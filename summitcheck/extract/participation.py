"""How someone took part: in the room or from afar ("addressed the leaders by video link",
"joined in person").

A leader who spoke by video was not at the table, and outlets get this wrong; a source saying
"by video" against one saying "in person" is a disagreement a checker must see. Only the
person's own act is read (the verb they are the subject of, or a participle set beside
their name), never some other clause of the sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from summitcheck.extract.sentence import SentenceContext
from summitcheck.model import Claim

TOPIC = "participation"
# Acts of taking part that can be done from afar.
TAKING_PART = {"address", "speak", "join", "attend", "participate", "appear", "take", "tell", "deliver", "dial"}
REMOTE_WAY = re.compile(r"\b(?:by video(?:[- ]?link)?|via video(?:[- ]?link)?|by videoconference|virtually|remotely)\b",
                        re.I)
IN_PERSON = re.compile(r"\bin person\b", re.I)


def find_participation(ctx: SentenceContext, ent: Span, name: str) -> list[Claim]:
    """A claim of how the person named by ``ent`` took part, when their own act says so."""
    if ctx.vocab.topic(TOPIC) is None:
        return []
    for act in _own_acts(ent.root):
        if act.lemma_.lower() not in TAKING_PART:
            continue
        words = " ".join(t.text for t in act.subtree if not (ent.start <= t.i < ent.end))
        way = "by video" if REMOTE_WAY.search(words) else "in person" if IN_PERSON.search(words) else None
        if way:
            return [ctx.claim("text", ent.start_char, ent.end_char, {"text": way, "subject_kind": "person"},
                              act, TOPIC, subject=name)]
    return []


def _own_acts(root: Token) -> list[Token]:
    """The verbs whose subject the person is, and the participles or relative clauses set
    beside the name ("Zelenskiy, addressing the summit by video link, said")."""
    acts = [c for c in root.children if c.dep_ in ("acl", "relcl", "advcl") and c.pos_ == "VERB"]
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
        acts.insert(0, root.head)
        acts += [c for c in root.head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]  # "is expected to address"
    return acts
