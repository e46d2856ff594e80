"""A named session held at or beside the event: "at the NATO-Ukraine Council on Thursday".

Summits hold sessions of bodies with names of their own (a council with a partner, a
leaders' dialogue, a forum), and sources date them: a day given to such a session is that
session's, compared among the sources that date it (align keys it by its name, as another
meeting), never with the event's own span, which a wrong day inside it would not contradict.
"""

from __future__ import annotations

from spacy.tokens import Token

# The last word of a named session's name ("the NATO-Ukraine Council", "the Raisina
# Dialogue", "the SCO Plus Session"). Meetings and summits are read by the event words.
SESSION_NAMES = {"council", "dialogue", "forum", "session"}
# Clauses below a verb that tell of their own occasion.
OWN_CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "appos"}


def named_session(verb: Token | None) -> str | None:
    """The named session a verb's act took place at ("sat down with the leaders ... at the
    NATO-Ukraine Council"), not looking into clauses of their own; None if there is none."""
    if verb is None:
        return None
    for tok in _own_words(verb):
        if tok.dep_ == "prep" and tok.lower_ == "at":
            for obj in (c for c in tok.children if c.dep_ == "pobj"):
                name = _session_name(obj)
                if name:
                    return name
    return None


def session_ended_with(verb: Token | None) -> str | None:
    """"wrapped up their summit on Thursday with a meeting of the NATO-Ukraine Council":
    the named session the verb's act ended or opened with, held on the same day."""
    if verb is None:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        for meeting in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in ("meeting", "session")):
            for of in (c for c in meeting.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (c for c in of.children if c.dep_ == "pobj"):
                    name = _session_name(obj)
                    if name:
                        return name
    return None


def _own_words(verb: Token):
    stack = list(verb.children)
    while stack:
        tok = stack.pop()
        if tok.dep_ in OWN_CLAUSES:
            continue
        yield tok
        stack.extend(tok.children)


def _session_name(noun: Token) -> str | None:
    if noun.pos_ != "PROPN" or noun.lower_ not in SESSION_NAMES or not noun.text[:1].isupper():
        return None
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ != "det"]
    if len(words) < 2 or not words[0].text[:1].isupper():
        return None  # "the Council" alone names no session
    return noun.doc[words[0].i: noun.i + 1].text
