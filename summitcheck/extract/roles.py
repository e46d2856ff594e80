"""Who does what at the event: hosting it, attending it, staying away.

Shared by the readers of people and of country lists; the word lists here are about the roles
themselves (a host hosts, an absentee skips), not a topic's vocabulary.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from summitcheck.extract.context import distance
from summitcheck.extract.sentence import SentenceContext

LEADER_TITLES = ("president", "prime minister", "premier", "chancellor", "king", "queen",
                 "emir", "sultan", "crown prince", "leader", "head of state", "taoiseach",
                 "vice president", "secretary-general", "secretary general", "sheikh")
HOST_WORDS = {"host", "chair", "preside", "co-chair", "cochair", "convene", "welcome", "greet"}
PARTIAL_CUES = ("including", "such as", "among them", "among", "like", "notably", "as well as")
ABSENCE_VERBS = {"skip", "boycott", "miss", "snub", "shun"}
ATTEND_VERBS = {"attend", "join", "participate", "take", "come", "travel", "go", "arrive"}
# Attending from afar is neither presence nor absence for a list of who was there.
REMOTE = re.compile(r"\b(?:by video(?: link)?|via video|video ?link|virtually|remotely|online|by phone)\b", re.I)
MAIN_EVENT_NOUNS = {"summit", "meeting", "gathering", "conference", "talks", "session", "event"}
# Who one hosts at an event ("will host leaders of ..."), as opposed to hosting a dinner or
# chairing an organisation.
HOSTED_PARTICIPANTS = {"leader", "official", "president", "delegation", "counterpart", "head",
                       "minister", "representative", "guest", "nation", "country", "g7", "g20"}




def is_host_verb(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in HOST_WORDS:
        return True
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in HOST_WORDS for c in verb.children)



def clause_text(root: Token) -> str:
    verb = root
    while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    return " ".join(t.text for t in verb.subtree)


def subject_of(root: Token, verbs: set[str]) -> bool:
    node = root
    while node.dep_ in ("conj", "appos"):
        node = node.head
    return node.dep_ in ("nsubj", "nsubjpass") and node.head.lemma_.lower() in verbs


def is_host(root: Token) -> bool:
    if any(c.dep_ == "appos" and c.lemma_.lower() in HOST_WORDS for c in root.children):
        return True
    if root.dep_ == "appos" and root.head.lemma_.lower() in HOST_WORDS \
            and not any(c.dep_ == "prep" for c in root.head.children):
        return True  # "the host, Uzbek President X"; "the host of the next summit, X" is not
    for rel in (c for c in root.children if c.dep_ == "relcl"):
        if is_host_verb(rel) and not object_is_not_event(rel):
            return True  # "Ramaphosa, who is hosting the meeting"
    node = root
    while node.dep_ == "conj":
        node = node.head
    if node.dep_ in ("nsubj", "nsubjpass") and is_host_verb(node.head):
        return not object_is_not_event(node.head)
    if node.dep_ == "nsubj" and _chairs_the_event(node.head):
        return True
    if node.dep_ == "pobj" and node.head.lower_ == "by" and node.head.head.lemma_.lower() in HOST_WORDS:
        return True
    return False


# Opening or closing the meeting itself is the chair's act ("Kishida wrapped up the summit").
CHAIRING_ACTS = {"open", "close", "wrap", "conclude", "gavel"}


def _chairs_the_event(verb: Token) -> bool:
    if verb.lemma_.lower() not in CHAIRING_ACTS:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(o.lemma_.lower() in MAIN_EVENT_NOUNS for o in objects)


def object_is_not_event(verb: Token) -> bool:
    """"hosted a dinner": hosting, but not hosting the event."""
    host = verb if verb.lemma_.lower() in HOST_WORDS else next(
        (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in HOST_WORDS), verb)
    objects = [c for c in host.children if c.dep_ in ("dobj", "obj")]
    return bool(objects) and not any(
        o.lemma_.lower() in MAIN_EVENT_NOUNS | HOSTED_PARTICIPANTS or o.ent_type_ in ("GPE", "NORP", "PERSON", "EVENT")
        for o in objects)


def near_attendance(ctx: SentenceContext, root: Token) -> bool:
    for trig in ctx.triggers:
        if trig.topic != "attendees":
            continue
        dist, dominates = distance(root, trig.token)
        if dist <= 3 or dominates:
            return True
    return False


def is_absent(root: Token) -> bool:
    """"X skipped the summit", "X did not attend": absent from the event itself (skipping a
    side event such as a business forum is not absence)."""
    node = root
    while node.dep_ == "conj":
        node = node.head
    if stood_in_for(node):
        return True
    verb = node.head if node.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in verb.children) and lemma in ATTEND_VERBS
    if lemma not in ABSENCE_VERBS and not negated:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return not objects or any(o.lemma_.lower() in MAIN_EVENT_NOUNS for o in objects)


# "in place of X", "instead of X", "on behalf of X"; "stood in for X", "deputised for X"
STAND_IN_NOUNS = {"place", "instead", "behalf", "lieu"}
STAND_IN_VERBS = {"stand", "deputise", "deputize", "substitute", "fill"}


def stood_in_for(node: Token) -> bool:
    """The person someone else came in place of was not there ("Harris attended in place of
    President Biden", "Li stood in for Xi")."""
    if node.dep_ != "pobj":
        return False
    prep = node.head
    if prep.lower_ == "of":
        marks = [prep.head, *(c for c in prep.children if c.dep_ == "advmod")]
        return any(m.lower_ in STAND_IN_NOUNS for m in marks)
    if prep.lower_ == "for":
        return prep.head.lemma_.lower() in STAND_IN_VERBS
    return False
