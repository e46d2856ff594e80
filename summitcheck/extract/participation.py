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
            # the claim quotes the words that say how ("by video"), the person is its subject
            start, end = _way_span(ctx, act, ent, REMOTE_WAY if way == "by video" else IN_PERSON)
            return [ctx.claim("text", start, end, {"text": way, "subject_kind": "person"},
                              act, TOPIC, subject=name)]
    return []


def _way_span(ctx: SentenceContext, act: Token, ent: Span, pattern: re.Pattern[str]) -> tuple[int, int]:
    """Where the act's words say how the person took part; the name's span if they run across it."""
    text = ctx.source.analysis_text
    first, last = act.left_edge, act.right_edge
    for m in pattern.finditer(text, first.idx, last.idx + len(last.text)):
        if not ent.start_char <= m.start() < ent.end_char:
            return m.start(), m.end()
    return ent.start_char, ent.end_char


def _own_acts(root: Token) -> list[Token]:
    """The verbs whose subject the person is, and the participles or relative clauses set
    beside the name ("Zelenskiy, addressing the summit by video link, said")."""
    acts = [c for c in root.children if c.dep_ in ("acl", "relcl", "advcl") and c.pos_ == "VERB"]
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
        acts.insert(0, root.head)
        acts += [c for c in root.head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]  # "is expected to address"
    return acts
