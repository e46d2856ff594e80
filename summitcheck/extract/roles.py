"""Who does what at the event: hosting it, attending it, staying away.

Shared by the readers of people and of country lists; the word lists here are about the roles
themselves (a host hosts, an absentee skips), not a topic's vocabulary.
"""

from __future__ import annotations

import re
from typing import Callable

from spacy.tokens import Token

from summitcheck.extract.context import distance
from summitcheck.extract.sentence import SentenceContext

LEADER_TITLES = ("president", "prime minister", "premier", "chancellor", "king", "queen",
                 "emir", "sultan", "crown prince", "leader", "head of state", "taoiseach",
                 "vice president", "secretary-general", "secretary general", "sheikh")
HOST_WORDS = {"host", "chair", "preside", "co-chair", "cochair", "convene", "welcome", "greet"}
PARTIAL_CUES = ("including", "such as", "among them", "among", "like", "notably", "as well as")
ABSENCE_VERBS = {"skip", "boycott", "miss", "snub", "shun"}
ABSENCE_NOUNS = {"absence", "no-show", "boycott"}
# A country that takes its delegation home takes no further part: "withdrew its delegation".
WITHDRAWING_VERBS = {"withdraw", "pull", "recall"}
DELEGATION_NOUNS = {"delegation", "negotiator", "delegate", "team", "diplomat"}
# A body's members it has shut out take no part in its meetings.
SHUT_OUT_VERBS = {"suspend", "bar", "expel"}
ATTEND_VERBS = {"attend", "join", "participate", "take", "come", "travel", "go", "arrive"}
# Attending from afar is neither presence nor absence for a list of who was there.
REMOTE = re.compile(r"\b(?:by video(?: link)?|via video|video ?link|virtually|remotely|online|by phone|on (?:a|the) screens?)\b", re.I)
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


# "A, B and C joined Ramaphosa at the table": whom the leaders joined was there too.
JOINING_VERBS = {"join"}


def joined_by_leaders(root: Token) -> bool:
    """Whether a person is the object of "join" whose subjects include a named person."""
    if root.dep_ not in ("dobj", "obj") or root.head.lemma_.lower() not in JOINING_VERBS:
        return False
    subjects = [c for c in root.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(t.ent_type_ == "PERSON" for s in subjects for t in (s, *s.conjuncts))


def welcoming_verb(root: Token) -> Token | None:
    """"Meloni welcomed the other leaders: Joe Biden of the United States, ...": the host's
    verb when a name is set beside the leaders a host welcomed or hosted, else None."""
    node = root
    while node.dep_ in ("conj", "appos") and node.head.pos_ == "PROPN":
        node = node.head
    noun = node.head
    if (node.dep_ == "appos" and noun.lemma_.lower() in HOSTED_PARTICIPANTS
            and noun.dep_ in ("dobj", "obj") and is_host_verb(noun.head)):
        return noun.head
    return None


def welcomed_by_host(root: Token) -> bool:
    return welcoming_verb(root) is not None


def welcomes_the_others(root: Token) -> bool:
    """"Meloni welcomed the other leaders": whoever welcomes the *other* leaders is one."""
    if root.dep_ not in ("nsubj", "nsubjpass") or not is_host_verb(root.head):
        return False
    return any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in HOSTED_PARTICIPANTS
               and any(a.lower_ == "other" for a in o.children) for o in root.head.children)


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
    if node.dep_ == "nsubjpass" and node.head.lemma_.lower() in HOST_WORDS:
        return False  # "Assad was greeted by the crown prince": the one welcomed, not the host
    if node.dep_ in ("nsubj", "nsubjpass") and is_host_verb(node.head):
        return not object_is_not_event(node.head)
    if node.dep_ in ("nsubj", "nsubjpass") and _chairs_the_event(node.head):
        return True
    if node.dep_ == "pobj" and node.head.lower_ == "by" and node.head.head.lemma_.lower() in HOST_WORDS:
        hosted = node.head.head
        # "a dinner hosted by President X" is the dinner's host, not the event's
        return not (hosted.dep_ == "acl" and hosted.head.pos_ == "NOUN"
                    and hosted.head.lemma_.lower() not in MAIN_EVENT_NOUNS)
    return False


# Opening or closing the meeting itself is the chair's act ("Kishida wrapped up the summit").
CHAIRING_ACTS = {"open", "close", "wrap", "conclude", "gavel"}


def _chairs_the_event(verb: Token) -> bool:
    if verb.lemma_.lower() not in CHAIRING_ACTS:
        # "X is expected to open the summit", "X will formally open the meeting"
        act = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in CHAIRING_ACTS), None)
        return act is not None and _chairs_the_event(act)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(o.lemma_.lower() in MAIN_EVENT_NOUNS for o in objects)


# Occasions a host gives beside the meeting ("hosted the leaders at a reception").
SIDE_OCCASIONS = {"dinner", "lunch", "luncheon", "banquet", "reception", "breakfast", "gala", "concert", "barbecue"}


def object_is_not_event(verb: Token) -> bool:
    """"hosted a dinner", "hosted the leaders at a reception": hosting, but not hosting the
    event."""
    host = verb if verb.lemma_.lower() in HOST_WORDS else next(
        (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in HOST_WORDS), verb)
    if any(p.lower_ in ("at", "for") and o.lemma_.lower() in SIDE_OCCASIONS
           for p in host.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"):
        return True
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


# Verbs that report a person's own words about themselves ("said he would not attend").
SPEECH_VERBS = {"say", "announce", "confirm", "declare", "tell", "warn"}
# Verbs whose complement is the subject's own act: "chose to stay home", "decided to skip it".
CHOOSING_VERBS = {"choose", "decide", "opt", "prefer", "elect"}
# "stayed away", "stayed home", "stayed at home", "stayed behind"
STAYING_AWAY = {"away", "home", "behind"}


def stayed_away(verb: Token) -> bool:
    if verb.lemma_.lower() != "stay":
        return False
    words = {c.lower_ for c in verb.children} | {g.lower_ for c in verb.children if c.dep_ == "prep" for g in c.children}
    return bool(words & STAYING_AWAY)


def is_absent(root: Token) -> bool:
    """"X skipped the summit", "X did not attend": absent from the event itself (skipping a
    side event such as a business forum is not absence)."""
    node = root
    if _after_instead_of(root):
        return True
    if root.dep_ == "poss" and root.head.lemma_.lower() in ABSENCE_NOUNS:
        return True  # "the Mexican president's absence"
    if any(c.dep_ == "relcl" and _absent_from_the_event(c, staying_away=False) for c in root.children):
        return True  # "his mother Queen Elizabeth, who did not attend"
    node = _list_top(node)
    if stood_in_for(node) or represented(node):
        return True
    node = _named_of(node)
    verb = _absence_after(node) or _subjects_verb(node)
    if verb is None:
        return False
    if verb.lemma_.lower() == "do" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        verb = verb.head  # "..., as did Russia's president": the verb it stands for
    said = next((c for c in verb.children if c.dep_ == "ccomp" and any(
        s.dep_ == "nsubj" and s.lower_ in ("he", "she") for s in c.children)), None)
    if verb.lemma_.lower() in SPEECH_VERBS and said is not None:
        verb = said  # "X said he would not attend": X's own absence, in X's words
    while verb.lemma_.lower() in CHOOSING_VERBS and any(c.dep_ == "xcomp" for c in verb.children):
        verb = next(c for c in verb.children if c.dep_ == "xcomp")  # "X chose to stay home"
    neither = any(c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in node.children)
    return _absent_from_the_event(verb, denied=neither)  # "Neither Biden nor Xi attended"


def _absent_from_the_event(verb: Token, *, staying_away: bool = True, denied: bool = False) -> bool:
    """A verb of absence ("skipped", "did not attend", and with ``staying_away`` "stayed
    away"; with ``denied`` a verb of attending its subject denies) whose object, if any, is
    the event itself."""
    lemma = verb.lemma_.lower()
    negated = (denied or any(c.dep_ == "neg" for c in verb.children)) and lemma in ATTEND_VERBS | {"represent"}
    if lemma in SHUT_OUT_VERBS and any(c.dep_ == "nsubjpass" for c in verb.children) and any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in verb.children):
        # "A, B and C are suspended from the AU", "have been barred": not there now; "Syria
        # was suspended in 2011" tells of a past act, not of who sits at this table
        return True
    if lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        lemma = "skip"  # "sat out the two-day summit"
    if lemma in WITHDRAWING_VERBS and any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in DELEGATION_NOUNS
                                          for c in verb.children) \
            and (lemma != "pull" or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)):
        return True  # "withdrew its delegation", "pulled its negotiators out", "whose delegation was withdrawn"
    absent = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "absent"), None)
    if absent is not None and lemma == "be":
        # "were absent", "was absent from the talks": what from, if said, is the event
        froms = _missed_things(absent)
        return not froms or any(o.lemma_.lower() in MAIN_EVENT_NOUNS for o in froms)
    if lemma not in ABSENCE_VERBS and not negated and not (staying_away and stayed_away(verb)):
        return False
    objects = _missed_things(verb)  # "skipped the dinner", "were missing from the photo"
    return not objects or any(o.lemma_.lower() in MAIN_EVENT_NOUNS for o in objects)


def occasion_namer(attendees) -> Callable[[str], str | None]:
    """A noun's name as one of the acts the attendees topic lists ("picture" is "photo"), or
    None: the side occasions a list of absentees can be about."""
    acts = {canon for _, canon in attendees.synonyms}
    return lambda word: name if (name := attendees.canonical(word)) in acts else None


def _list_top(node: Token) -> Token:
    """The head of the list a name is in: "A, B and C", "three leaders were absent: A, B and C"."""
    while node.dep_ == "conj" or node.dep_ == "appos" and node.head.pos_ == "NOUN":
        node = node.head
    return node


def _named_of(node: Token) -> Token:
    """"the presidents of A, B and C stayed away": the subject the names are "of"."""
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.dep_ in ("nsubj", "nsubjpass"):
        return node.head.head
    return node


def _subjects_verb(node: Token) -> Token | None:
    """The verb a subject does, or the clause before a colon the names stand after."""
    return node.head if node.dep_ in ("nsubj", "nsubjpass") else _clause_before_colon(node)


def _clause_before_colon(node: Token) -> Token | None:
    """"Two leaders were missing from the photo: A and B": the parser may make the names the
    root and the clause before the colon their complement; that clause says what they did."""
    if node.dep_ != "ROOT":
        return None
    return next((c for c in node.children if c.dep_ == "ccomp" and c.i < node.i
                 and any(t.text == ":" for t in node.doc[c.i: node.i])), None)


def _missed_things(word: Token) -> list[Token]:
    """What an absence word says was missed: its object, or what it is "from"."""
    objects = [c for c in word.children if c.dep_ in ("dobj", "obj")]
    return objects + [o for p in word.children if p.dep_ == "prep" and p.lower_ == "from"
                      for o in p.children if o.dep_ == "pobj"]


def occasion_missed_by(root: Token, occasion_of: Callable[[str], str | None]) -> str | None:
    """The side occasion a subject stayed away from ("A, B and C missed the family photo",
    "three leaders were missing from that picture", "... turned up late and missed the
    picture", "missed it" after a sentence about the photo), as ``occasion_of`` names the
    occasion's noun; None when the absence is from the event or from nothing it names."""
    verb = _subjects_verb(_named_of(_list_top(root)))
    if verb is None:
        return None
    shared = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
              and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
    for v in (verb, *shared):
        word = next((c for c in v.children if c.dep_ == "acomp" and c.lower_ in ("absent", "missing")), None)
        if word is None and v.lemma_.lower() in ABSENCE_VERBS:
            word = v
        for thing in _missed_things(word) if word is not None else ():
            name = occasion_of(_antecedent(thing, occasion_of).lemma_.lower())
            if name:
                return name
    return None


# A named part of the event held apart from it: "joined an expanded "SCO Plus" session", "took
# part in the Outreach Session", "spoke at the G7 Plus Dialogue meeting".
NAMED_PART = re.compile(r"[\"“]?(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)+)[\"”]?\s+(?:session|meeting|segment|format|dialogue)s?\b")
PART_VERBS = {"join", "attend", "take", "speak", "address", "participate"}


def named_part_attended(root: Token) -> str | None:
    """The named session a subject took part in, when the sentence names one after its verb
    ("Erdogan and Guterres joined an expanded "SCO Plus" session"): those who came to it are
    compared with that session's other lists, not with who came to the event. A named summit
    is another meeting, read elsewhere."""
    node = _list_top(root)
    while node.dep_ in ("appos", "conj") and node.head != node:
        node = node.head  # "Turkey's President Recep Tayyip Erdogan and UN chief Antonio Guterres"
    verb = _subjects_verb(_named_of(node))
    if verb is None or verb.lemma_.lower() not in PART_VERBS:
        return None
    sent = root.sent
    m = NAMED_PART.search(sent.text, verb.idx - sent.start_char)
    if m is None or "summit" in m.group("name").lower():
        return None
    return f"{m.group('name')} session"


def _antecedent(thing: Token, occasion_of: Callable[[str], str | None]) -> Token:
    """"The summit was summed up by the family photo. A, B and C missed it": "it" stands for
    the last occasion the sentence before names (or for nothing the caller knows)."""
    if thing.lower_ not in ("it", "this", "that") or thing.sent.start == 0:
        return thing
    before = thing.doc[thing.sent.start - 1].sent
    named = [t for t in before if t.pos_ == "NOUN" and occasion_of(t.lemma_.lower())]
    return named[-1] if named else thing


def _after_instead_of(root: Token) -> bool:
    """"sent X instead of President Y": the parser may join Y to X as a conjunct; the words
    before Y's name still say Y was not there."""
    words = [t.lower_ for t in root.doc[max(0, root.left_edge.i - 3): root.left_edge.i]]
    return words[-2:] == ["instead", "of"] or words[-3:] == ["in", "place", "of"]


def _absence_after(node: Token) -> Token | None:
    """"... as Russia's president stays away": in a headline the parser may not make the
    name the verb's subject, but the verb right after it still says it (what is skipped is
    checked as for any absence: "as Xi skips his speech" is no absence from the event)."""
    after = node.doc[node.i + 1: node.i + 2]
    if not len(after) or after[0].pos_ not in ("VERB", "AUX") or node.dep_ in ("nsubj", "nsubjpass"):
        return None
    verb = after[0]
    return verb if verb.lemma_.lower() in ABSENCE_VERBS or stayed_away(verb) else None


def represented(node: Token) -> bool:
    """"Kamala Harris, representing President Joe Biden": a person someone else represents
    was not there."""
    return node.dep_ in ("dobj", "obj") and node.head.lemma_.lower() == "represent" and node.ent_type_ == "PERSON"


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
