"""Ordinals: which edition the event is ("the 43rd ASEAN Summit", "first-ever"), how many
times a country has hosted it, a person's first time, and numbered things that are not the
event ("the first global stocktake", "Australia's 31st prime minister")."""

from __future__ import annotations

import re

from summitcheck.extract.context import country_in, entity_of, governing_verb, person_meant, subjects_of
from summitcheck.extract.numeric import MEMBER_WORDS, singular
from summitcheck.extract.roles import LEADER_TITLES
from summitcheck.extract.sentence import SentenceContext
from summitcheck.model import Claim
from summitcheck.normalize.numbers import parse_number, parse_ordinal
from summitcheck.normalize.places import canonical_country

ORDINAL_EXTRA = re.compile(
    r"\b(?i:first[- ]ever|inaugural|maiden)\b"
    # "the Sixth EU-AU Summit", "the 15th BRICS Summit": the tagger takes the
    # ordinal into the event's name
    r"|\b(?:\d{1,3}(?:st|nd|rd|th)|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|"
    r"Eleventh|Twelfth|[A-Z][a-z]+teenth|[A-Z][a-z]+tieth)(?:-[a-z]+)?)(?=\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Summit|Meeting|Conference|Session|Forum)\b)")


NUMBERED = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
HOSTING = {"host", "chair", "preside", "organise", "organize"}
EVENT_NOUNS = {"summit", "meeting", "gathering", "conference", "session"}
# "the first summit in more than four years", "their first meeting since 2018": the first
# after a gap, which numbers nothing
AFTER_A_GAP = re.compile(r"[^.;,]{0,40}\b(?:since|in\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
                         r"(?:\w+\s+)?(?:years|decades|months))\b", re.I)
# Words a clause on the event may hold and still only number the event ("the first time a
# summit was held", "the first summit to be held").
EDITION_WORDS = EVENT_NOUNS | {"hold", "host", "take", "place", "meet", "convene", "be", "time"}
NEGATIONS = {"never", "not", "no"}
# Topic of "a first of a described kind" ("the first summit hosted by a country that was
# never a British colony"); align groups such claims by the words of their description.
DISTINCTION = "ordinal:distinction"


def _description(noun) -> tuple[str, list[str]] | None:
    """The numbered noun with its restrictive clauses, as written and as content words: "the
    first country that was never a British colony to hold the summit" -> "country that was
    never a British colony to hold the summit", [british, colony, country, hold, never,
    summit]. A clause after a comma only comments ("the first summit, held in 2009"); "the
    first time" gives only its clause."""
    doc = noun.doc
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")
               and (c.left_edge.i == 0 or doc[c.left_edge.i - 1].text != ",")
               # "the 18th summit ... and the first held in India": the parser may hang the
               # second ordinal's clause on the first one's noun; that clause is its own
               and not any(t.ent_type_ == "ORDINAL" for t in c.subtree)]
    if noun.dep_ == "attr":
        # "Kenya became the second country to host the summit": the parser hangs the
        # infinitive on the verb, but it runs on from the noun
        clauses += [c for c in noun.head.children if c.dep_ in ("advcl", "xcomp") and c.left_edge.lower_ == "to"
                    and c.left_edge.i == noun.right_edge.i + 1]
    if not clauses:
        return None
    tokens = [t for c in clauses for t in c.subtree]
    if noun.lemma_.lower() != "time" and noun.pos_ in ("NOUN", "PROPN"):
        tokens.append(noun)
    return _described(tokens)


def _group_name(token) -> str | None:
    """"g7" for the "Group" of "Group of Seven" (or "of 20"), so that a description naming the
    group in full and one naming it "G7" share the word."""
    doc = token.doc
    if token.lower_ != "group" or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "of":
        return None
    n = parse_number(doc[token.i + 2].text)
    return f"g{int(n)}" if n is not None and n == int(n) and 2 <= n <= 99 else None


def _described(tokens) -> tuple[str, list[str]] | None:
    """(text, content words) of a description, or None if it says only that the event was held.
    Words for taking part ("took part", "took its seat", "sat at the table") are left out of the
    content words, so one act told three ways is one distinction."""
    tokens = [t for t in tokens if not t.is_space]
    if not tokens:
        return None
    words = {_group_name(t) or t.lemma_.lower() for t in tokens
             if (t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") or t.lower_ in NEGATIONS)
             and t.ent_type_ not in ("DATE", "TIME")}  # "on Thursday" dates the act; it is no part of it
    words -= PARTICIPATION_WORDS
    if not words - EDITION_WORDS:
        return None
    doc = tokens[0].doc
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    return doc[first: last + 1].text, sorted(words)


def _phrase(head) -> list:
    """A phrase without the clauses hanging off it: "the Summit of the Americas that Biden is
    hosting" -> "the Summit of the Americas"."""
    out = [head]
    for child in head.children:
        if child.dep_ not in ("relcl", "acl", "advcl", "ccomp", "appos", "punct"):
            out += _phrase(child)
    return out


# Ways of saying someone took part, beside EDITION_WORDS ("take", "meet").
PARTICIPATION_WORDS = {"part", "seat", "sit", "table", "attend", "participate"}


def _act_done_for_the_first_time(time) -> tuple[str, list[str]] | None:
    """"The African Union will take its seat at the summit as a full member for the first
    time": the act, told by its doer, its objects and its "as" phrase; not by the clauses
    hanging off it ("after joining last year")."""
    if time.dep_ != "pobj" or time.head.lower_ != "for":
        return None
    verb = time.head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "obj", "pobj", "prep") and verb.head != verb:
        verb = verb.head  # "as a full member for the first time"
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    tokens = [verb, *(t for c in time.children if c.dep_ == "prep" for t in _phrase(c))]
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in ("which", "who", "that") \
                and verb.dep_ == "relcl":
            child = verb.head  # "The African Union, which took part ..."
            tokens += [t for t in child.subtree if t.i <= child.i]
        elif child.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "attr") or \
                child.dep_ == "prep" and child.i != time.head.i and child.lower_ in ("as", "at", "in", "on"):
            tokens += _phrase(child)
    # the words "for the first time" themselves are no part of the act
    phrase = {time.i, time.head.i, *(c.i for c in time.children if c.dep_ in ("det", "amod"))}
    return _described(sorted({t.i: t for t in tokens if t.i not in phrase}.values(), key=lambda t: t.i))


def _time_ordinal(ctx: SentenceContext, time) -> tuple[str | None, str | None]:
    """"the first time a summit was held" is the event's edition; "the seventh time Japan
    has hosted" (or "chaired ... for the seventh time") counts the host's turns; "the first
    time leaders visited the museum" is neither."""
    verbs = [c for c in time.children if c.dep_ in ("relcl", "acl")]
    if time.dep_ == "pobj" and time.head.lower_ == "for":
        verb = time.head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "obj", "pobj", "prep") and verb.head != verb:
            verb = verb.head  # "chaired the summit for the seventh time"
        verbs.append(verb)
    for verb in verbs:
        lemma = verb.lemma_.lower()
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ in ("advcl", "xcomp", "acl", "relcl"):
            # "Japan, hosting the gathering for the seventh time, used ...": the subject of
            # the clause it modifies
            head = verb.head
            subjects = [head] if head.ent_type_ == "GPE" else [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if lemma in HOSTING and ctx.vocab.topic("times-hosted"):
            from summitcheck.normalize.places import canonical_country

            names = [(entity_of(s) or s).text for s in subjects]
            country = next((canonical_country(n) for n in names if canonical_country(n)), None)
            if country:
                return "times-hosted", country
        if lemma in ("hold", "convene", "take", "meet") or any(s.lemma_.lower() in EVENT_NOUNS for s in subjects) \
                or any(c.lemma_.lower() in EVENT_NOUNS for c in verb.children if c.dep_ in ("dobj", "obj")):
            return ("edition" if ctx.vocab.topic("edition") else None), None
    return None, None


def _first_time_of(time) -> tuple[str | None, str | None]:
    """"the first time that G7 leaders had visited the museum together": a first of some act
    (topic ``ordinal:time``), told apart by the act ("visit museum")."""
    act = next((c for c in time.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")), None)
    if act is None:
        return None, None
    objects = [c for c in act.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    words = [act.lemma_.lower()] + [singular(o) for o in objects[:1] if o.pos_ in ("NOUN", "PROPN")]
    return "ordinal:time", " ".join(words)


def find_ordinals(ctx: SentenceContext) -> list[Claim]:
    claims: list[Claim] = []
    spans = [(e.start_char, e.end_char) for e in ctx.ents if e.label_ == "ORDINAL"]
    text = ctx.source.analysis_text
    for m in ORDINAL_EXTRA.finditer(text, ctx.sent.start_char, ctx.sent.end_char):
        if not any(s <= m.start() < e for s, e in spans):
            spans.append((m.start(), m.end()))
    for tok in ctx.sent:
        # "the 18th G20 leaders' summit": the tagger may call a numbered event a date
        if tok.ent_type_ != "ORDINAL" and NUMBERED.fullmatch(tok.text) and tok.dep_ == "amod" \
                and tok.head.lemma_.lower() in EVENT_NOUNS and not any(s <= tok.idx < e for s, e in spans):
            spans.append((tok.idx, tok.idx + len(tok.text)))
    for start, end in sorted(spans):
        # "first-ever": the tagger may stop at "first"
        ext = re.match(r"[- ]ever\b", text[end:end + 6])
        if ext:
            end += ext.end()
        if ctx.overlaps_taken(start, end):
            continue
        value = parse_ordinal(text[start:end])
        root = ctx.root_of(start, end)
        if value is None or root is None:
            continue
        if root.head.lower_ == "anniversary":
            # "a summit marking the 75th anniversary of the alliance", "NATO closes
            # 75th-anniversary summit": compared per what is that old, the body itself unless
            # another thing is named ("the 30th anniversary of the genocide")
            claims.append(ctx.claim("ordinal", start, end, {"value": value, "low": value, "high": value},
                                    root, "ordinal:anniversary", subject=_anniversary_of(root.head)))
            continue
        if root.head.lower_ in ("century", "quarter", "half", "round", "place", "floor", "day"):
            continue
        subject = None
        if any(t.lower_ == "since" for t in root.head.subtree):
            continue  # "the first time ... since 2019", "first expansion since": not an edition
        description = _description(root.head) if root.dep_ == "amod" or root.head.lemma_.lower() == "time" else None
        if root.dep_ == "amod" and root.head.pos_ == "VERB" and root.head.dep_ in ("acl", "relcl"):
            # "... and the first held in India": the ordinal hangs on the clause that describes it
            description = _described([t for t in root.head.subtree if t.i > root.i])
        if root.head.lemma_.lower() == "time":
            topic, subject = _time_ordinal(ctx, root.head)
            if topic is None:
                topic, subject = _first_time_of(root.head)
            elif topic == "edition" and description:
                topic = DISTINCTION  # "the first time the summit is hosted by a country that ..."
        elif description:
            topic = DISTINCTION  # "the first Commonwealth summit hosted by a country that ..."
        elif root.dep_ == "conj" and (description := _description(root)):
            # "the 13th summit ... and the first held in South America": the first stands for
            # a noun of its own, described by its clause
            topic = DISTINCTION
        else:
            topic = ctx.topic_for("ordinal", start, end, root)
        if topic == "edition" and (
                any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in root.head.children)
                or root.dep_ == "amod" and root.head.pos_ == "NOUN"
                and root.head.lemma_.lower() not in ctx.vocab.topic("edition").triggers
                or AFTER_A_GAP.match(text[end:])
                or _part_of_the_meeting(root.head)):
            # "the bloc's ninth member" at a summit numbers members, "their first meeting in
            # person since the invasion" counts meetings of two leaders, and "a second summit
            # could follow" is another meeting: not the edition
            topic = None
        office = _office_numbered(root)
        holder = _holder(ctx, root.head) if office else None
        if holder:
            # "Albanese, Australia's 31st prime minister": the holder's place in a line, per holder
            topic, subject = f"ordinal:{office}", holder
        if topic is None and root.head.lemma_.lower() == "time":
            # "the African Union took part for the first time as a full member": a first of
            # what someone did, compared by the words of the act
            description = _act_done_for_the_first_time(root.head)
            topic = DISTINCTION if description else None
        elif topic is None and root.dep_ == "attr" and any(c.dep_ == "relcl" for c in root.children):
            # "the summit was the first at which the African Union sat as a full member"
            description = _description(root)
            topic = DISTINCTION if description else None
        if topic is None and root.dep_ == "amod" and root.head.lemma_.lower() in MEMBER_WORDS:
            # "Belarus became the tenth full member": the newcomer's place among the members,
            # compared per newcomer
            topic, subject = "ordinal:member", _member_named(root.head)
        if root.dep_ == "amod" and topic != DISTINCTION and not ext and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.head.children):
            continue  # "a first step", "a second photo": one of some, ranking nothing ("a first-ever" does)
        if topic is None and root.dep_ == "amod" and value <= 3 and root.head.lemma_.lower() != "time" and (
                root.head.pos_ == "NOUN" or root.head.pos_ == "PROPN" and ext):
            # "the first global stocktake": a first (second, third) of something else than the
            # event, compared with what other sources number it; a name only with "first-ever"
            # ("the first-ever SCO Tourism and Cultural Capital"); "his second visit to Russia"
            # is that person's own count
            topic = f"ordinal:{singular(root.head)}"
            subject = _personal_possessor(ctx, root.head)
            holder = holder or subject  # a person, resolved across spellings in align
        if topic is None:
            continue
        ordinal_value = {"value": value, "low": value, "high": value}
        if topic == DISTINCTION:
            ordinal_value["description"], ordinal_value["words"] = description
        if holder:
            ordinal_value["subject_kind"] = "person"  # the holder, resolved across spellings in align
        if topic == "edition":
            noun = root.head if root.dep_ == "amod" else root
            newcomers = _first_for(ctx, noun) or _subset_possessor(noun)
            described = _of_a_described_group(noun)
            if newcomers:
                # "the first summit for Egypt and Iran", "the new members showed up for their
                # first summit": their first time there, not the edition
                topic, subject = f"ordinal:{singular(noun) if noun.pos_ == 'NOUN' else 'summit'}", newcomers
            elif described:
                # "the first gathering of the enlarged group": a first of a described kind
                topic, description = DISTINCTION, described
                ordinal_value["description"], ordinal_value["words"] = description
        if topic == "edition":
            attendee = _personal_possessor(ctx, root.head)
            if attendee is not None:
                # "his first ASEAN summit": the person's first time there, not the edition
                topic, subject = f"ordinal:{singular(root.head)}", attendee
            else:
                series = _series_name(root)
                if series:
                    ordinal_value["series"] = series  # "18th East Asia Summit"; grouped in align
        claims.append(ctx.claim("ordinal", start, end, ordinal_value, root, topic, subject=subject))
    return claims


# Owners of an anniversary that are the meeting's own body.
BODY_OWNERS = {"alliance", "bloc", "organisation", "organization", "group", "grouping", "union", "its", "their",
               "commonwealth", "association", "community", "forum", "partnership"}


def _anniversary_of(noun) -> str | None:
    """What an anniversary is of, when it is not the meeting's own body: "of the genocide"."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    for owner in owners:
        if owner.lemma_.lower() in BODY_OWNERS or owner.pos_ == "PROPN" and owner.ent_type_ == "ORG":
            return None
        return owner.lemma_.lower()
    return None


def _part_of_the_meeting(noun) -> bool:
    """"leaders opened their second session in the afternoon", "the leaders' first working
    sessions": a session the participants hold within the meeting, not an edition ("the
    78th session of the General Assembly" names whose session it is, and "its 37th ordinary
    session" is one of a body's regular meetings)."""
    while noun.pos_ != "NOUN" and noun.dep_ in ("amod", "compound", "advmod") and noun.head != noun:
        noun = noun.head
    return noun.lemma_.lower() == "session" and not any(
        c.dep_ == "prep" and c.lower_ == "of" or c.lower_ in BODY_SESSION_WORDS for c in noun.children)


# Words for a body's regular meetings, numbered across the years: "its 37th ordinary session".
BODY_SESSION_WORDS = {"ordinary", "extraordinary", "annual"}


def _first_for(ctx: SentenceContext, noun) -> str | None:
    """"the first summit for Egypt, Ethiopia and Iran": those whose first it is, as written."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in ("GPE", "PERSON", "NORP")):
            names = [obj, *obj.conjuncts]
            return ", ".join((entity_of(t, ctx.ents) or t).text for t in names)
    return None


def _subset_possessor(noun) -> str | None:
    """"The new members ... showed up for their first summit": "their" stands for some of
    the participants, named by the clause's subject with a qualifier ("new", "other")."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        qualifiers = [c.lower_ for c in subject.children if c.dep_ == "amod" and c.lower_ in SOME_OF_THEM]
        if qualifiers:
            return f"{qualifiers[0]} {subject.lower_}"
    return None


# Qualifiers that pick some participants out of all of them.
SOME_OF_THEM = {"new", "other", "newest", "incoming", "founding", "original"}
# Words that make a group a different one from the meeting's plain self ("the enlarged group").
CHANGED_GROUP = {"enlarged", "expanded", "extended", "new", "wider", "larger", "bigger", "reformed"}


def _of_a_described_group(noun) -> tuple[str, list[str]] | None:
    """"the first gathering of the enlarged group", "the first of the expanded bloc": the
    first since the group changed, described by its "of" phrase."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if any(c.dep_ == "amod" and c.lower_ in CHANGED_GROUP for c in obj.children):
                return _described([t for t in obj.subtree if t.dep_ != "det"])
    return None


def _office_numbered(root) -> str | None:
    """"the 31st prime minister", "the 46th president": an ordinal of a leader's title."""
    if root.dep_ != "amod":
        return None
    words = [t.lower_ for t in root.head.subtree if t.i > root.i and t.i <= root.head.i]
    title = " ".join(words)
    return title if title in LEADER_TITLES else None


def _holder(ctx: SentenceContext, title) -> str | None:
    """The person a numbered title belongs to: the noun it is in apposition to, or the subject
    of the clause it completes ("was sworn in as ...")."""
    candidates = [title.head] if title.dep_ == "appos" else []
    verb = governing_verb(title)
    candidates += subjects_of(verb) if verb is not None else []
    for token in candidates:
        ent = entity_of(token, ctx.ents)
        if ent is not None and ent.label_ == "PERSON":
            return ent.text
    return None


def _series_name(root) -> str | None:
    """The proper name an edition number is attached to, as written: "the 43rd ASEAN Summit"
    -> "ASEAN Summit", "the first meeting of the NATO-Ukraine Council" -> "Ukraine Council".
    A bundle may report several meetings of one week, each with its own number; align
    compares the names through ``meeting_key``."""
    head = root.head
    words = [t for t in head.subtree if root.i < t.i < head.i and t.dep_ in ("compound", "amod", "punct")]
    words += [head]
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            words += [t for t in obj.subtree if t.i <= obj.i and (t == obj or t.head == obj)]
            for inner in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" and obj.text[:1].isupper()):
                # "the 18th summit of the Group of 20": a name with "of" in it
                words += [inner, *(n for n in inner.children if n.dep_ == "pobj" and (n.like_num or n.text[:1].isupper()))]
    words = sorted(set(words), key=lambda t: t.i)
    names = [t for n, t in enumerate(words) if t.text[:1].isupper() or t.text == "-" or t.like_num
             or t.lower_ == "of" and n + 1 < len(words) and words[n + 1].i == t.i + 1]
    text = "".join(t.text_with_ws for t in names).strip()
    text = re.sub(r"\s*-\s*", "-", text).strip("-")
    return text if any(ch.isalpha() for ch in text) and text.lower() not in ("summit", "meeting", "conference") else None


def _personal_possessor(ctx: SentenceContext, noun) -> str | None:
    """"his first summit", "Lula's first G7": the person whose first this is (not "their
    first summit", which is the meeting's own)."""
    for poss in (c for c in noun.children if c.dep_ == "poss"):
        if poss.lower_ in ("his", "her"):
            return person_meant(poss, ctx.ents) or poss.lower_
        if poss.ent_type_ == "PERSON":
            return (entity_of(poss, ctx.ents) or poss).text
        # "Sweden's first summit as a full member", "Sweden ... attended its first summit": a
        # country's own first, not the meeting's edition
        if poss.ent_type_ == "GPE" and (country := canonical_country(poss.text)):
            return country
        if poss.lower_ == "its":
            verb = noun.head if noun.dep_ in ("dobj", "obj") else None
            if verb is not None and verb.lemma_.lower() in HOSTING:
                continue  # "Saudi Arabia hosted its first-ever summit with ...": the meeting's own edition
            subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
            country = country_in(subjects)
            if country:
                return country
    return None


def _member_named(noun) -> str | None:
    """The country a member ordinal ranks: the subject of "X became the tenth member", the
    object of "admitted X as its tenth member", or the name the noun is in apposition with."""
    if noun.dep_ in ("attr", "xcomp") or noun.dep_ == "oprd":
        found = country_in([t for s in subjects_of(noun.head) for t in s.subtree])
        if found is None and noun.head.dep_ == "xcomp":  # "is expected to become the tenth member"
            found = country_in([t for s in subjects_of(noun.head.head) for t in s.subtree])
        return found
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        verb = noun.head.head
        found = country_in([t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree])
        if found is None and verb.lemma_.lower() in ("join", "enter", "accede", "sit", "attend"):
            # "Sweden, which joined in March as the 32nd member", "Sweden sat at its first
            # summit as the 32nd ally": the one who joined or sat
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            subjects = [verb.head if verb.dep_ == "relcl" and s.lower_ in ("which", "who", "that") else s
                        for s in subjects]
            found = country_in([t for s in subjects for t in (s, *s.children) if t.dep_ != "relcl"])
        return found
    if noun.dep_ == "appos":
        return country_in([noun.head])
    return None
