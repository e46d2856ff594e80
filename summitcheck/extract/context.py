"""What a claim's sentence says about it: its topic, which event, and its modality.

These read the dependency parse around the claim: a date that hangs off "established" is a
founding date, one that hangs off "summit" is the event's; "will", "is expected to" make a
claim expected; "not" or "boycotted" make it negated; "postponed" or "in the past year"
move it off the main event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from summitcheck.extract.vocab import Vocabulary
from summitcheck.model import EVENT_EARLIER, EVENT_MAIN, EVENT_OTHER, EVENT_PREVIOUS

# Verbs whose meaning comes from their object: "hold a summit" is about the summit, "host a
# dinner" is not. As triggers they count only when their object is itself a trigger or a
# participant, or when they have none ("the summit, held in Lima").
LIGHT_VERBS = {"host", "hold", "have", "open", "start", "begin", "close", "end", "attend", "kick", "make", "chair"}
PARTICIPANT_OBJECTS = {"leader", "official", "president", "delegation", "counterpart",
                       "head", "minister", "representative", "guest", "nation", "country"}
# A preview's words for what has not happened yet. "plans to" and "aims to" are left out on
# purpose: a plan announced at the event is itself a reported fact.
EXPECTED_VERBS = {"expect", "schedule", "set", "due", "prepare", "poise", "slate", "likely", "hope", "aim"}
# "Putin has rarely travelled abroad": as good as not, and nothing about the event.
RARELY = {"rarely", "seldom", "hardly", "barely", "scarcely"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
NEGATING_VERBS = {"skip", "boycott", "miss", "decline", "shun", "snub", "absent", "refuse"}
MAX_DISTANCE = 4
# Verbs whose object marker ("launched its invasion") makes the whole clause about that occasion.
STARTING_VERBS = {"launch", "start", "begin", "wage", "mount", "unleash"}
# Verbs whose object is the occasion itself: "will host the next summit" is about that summit.
HOSTING_VERBS = {"host", "hold", "chair", "stage", "organise", "organize", "convene"}
# Guests of a meeting are counted and listed apart from its members ("invited the leaders of
# eight countries"): claims near these words get the subject "invited".
INVITE_WORDS = {"invite", "invited", "invitation", "guest", "outreach", "observer", "outside"}


def invited_role(tokens) -> str | None:
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    return "invited" if words & INVITE_WORDS else None


def invited_to_join(node: Token) -> str | None:
    """"invited Finland and Sweden to join the alliance", "six countries were invited to become
    members": those asked to become members, told apart from guests invited to the meeting."""
    verb = node.head
    if node.dep_ not in ("dobj", "obj", "nsubjpass") or verb.lemma_.lower() != "invite":
        return None
    return "invited to join" if asks_to_join(verb) else None


def asks_to_join(verb: Token) -> bool:
    """"invited ... to join", "to become members", "to accede": an invitation into the body."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in ("join", "become", "accede") for c in verb.children)


@dataclass(frozen=True)
class Trigger:
    topic: str
    token: Token
    start: int  # token index in doc
    end: int


def _form(token: Token) -> tuple[str, ...]:
    """The forms a vocabulary word may match: as written, its lemma, and a plain singular
    (the tagger leaves capitalised plurals such as a sentence-initial "Leaders" unlemmatised)."""
    lower, lemma = token.lower_, token.lemma_.lower()
    if lemma == lower and len(lower) > 3 and lower.endswith("s") and not lower.endswith("ss"):
        return lower, lemma, (lower[:-3] + "y") if lower.endswith("ies") else lower[:-1]
    return lower, lemma


def _sentence_forms(tokens: list[Token]) -> list[tuple[str, ...]]:
    """``_form`` of every token, once: matching every marker and trigger against every
    position would otherwise rebuild each token's strings hundreds of times a sentence."""
    return [_form(t) for t in tokens]


def find_triggers(sent: Span, vocab: Vocabulary) -> list[Trigger]:
    """Every vocabulary trigger in a sentence, matched on word forms or lemmas."""
    found: list[Trigger] = []
    tokens = list(sent)
    forms = _sentence_forms(tokens)  # performance: each token's forms computed once
    for i, tok in enumerate(tokens):
        for form in set(forms[i]):
            for words, topic in vocab.candidates(form):
                n = len(words)
                if i + n > len(tokens):
                    continue
                if all(words[j] in forms[i + j] for j in range(1, n)):
                    span = sent.doc[tokens[i].i: tokens[i + n - 1].i + 1]
                    head = span.root
                    if _light_verb_without_event(head, vocab, topic) or _figurative(head) \
                            or _appearance_in_person(head) or topic == DEPARTURE and _leaving_something(head):
                        continue
                    found.append(Trigger(topic, head, span.start, span.end))
    for tok in tokens:
        if tok.pos_ == "PROPN" and GROUP_NAME.fullmatch(tok.text) and tok.dep_ not in ("compound", "poss", "nsubj") \
                and any(c.dep_ == "prep" and c.lower_ in ("in", "at", "on") for c in tok.children):
            # "straight from the G20 in Rome": a group of N standing for its meeting, placed or
            # dated, is an event word, so its town is that meeting's (align sets it apart)
            found += [Trigger(topic, tok, tok.i, tok.i + 1) for topic in NAMED_EDITION_TOPICS
                      if vocab.topic(topic) is not None]
        if tok.pos_ in ("PROPN", "NOUN") and EDITION_NAME.fullmatch(tok.text):
            # "At last year's COP28 in Dubai": a meeting known by its numbered name is an
            # event word, which dates and places hang on
            found += [Trigger(topic, tok, tok.i, tok.i + 1) for topic in NAMED_EDITION_TOPICS
                      if vocab.topic(topic) is not None]
    return found


# A meeting known by a numbered name of three or four letters ("COP28"); "G20" and "G7" go
# with a meeting word of their own ("the G20 summit").
EDITION_NAME = re.compile(r"[A-Z]{3,4}-?\d{1,2}")
# A group known by its number of members ("G7", "G20"), which news uses for its meetings too.
GROUP_NAME = re.compile(r"G-?\d{1,2}")
# The topics such a name is an event word of.
NAMED_EDITION_TOPICS = ("event-dates", "venue")


def _figurative(token: Token) -> bool:
    """"The real summit took place not downtown but at Filoli": the event word used for
    something else the writer finds more important, not the event."""
    nouns = [token] + [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.dep_ == "amod" and c.lower_ in ("real", "true") for n in nouns for c in n.children)


# What makes an appearance an address from afar ("appeared on the screens by video").
SCREEN_WORDS = {"video", "screen", "screens", "videolink", "video-link", "livestream"}


def _appearance_in_person(token: Token) -> bool:
    """"appear" is a speech only from afar ("Zelensky appeared on the screens by video on
    Thursday"); appearing somewhere in person ("appeared with Xi") is no address."""
    return token.lemma_.lower() == "appear" and not any(t.lower_ in SCREEN_WORDS for t in token.subtree)


DEPARTURE = "departure"
# What one leaves when one departs: a place or the meeting.
LEFT_PLACES = {"summit", "meeting", "conference", "talks", "city", "country", "capital", "island", "venue", "table"}


def _leaving_something(token: Token) -> bool:
    """"leaving his deputy to speak for Moscow", "left the door open", "leaves the chair with
    his reputation enhanced": "leave" with a person or a thing as its object, or with a
    complement, is no departure; "left Bali", "left the summit early", "who left after the
    first day" are."""
    if token.lemma_.lower() != "leave":
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in token.children):
        return True
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    return any(o.ent_type_ not in ("GPE", "LOC", "FAC") and o.lemma_.lower() not in LEFT_PLACES
               and not EDITION_NAME.fullmatch(o.text) for o in objects)


def _light_verb_without_event(token: Token, vocab: Vocabulary, topic: str) -> bool:
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in LIGHT_VERBS:
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    if not objects:
        return False
    topic_words = {w for t in vocab.topics if t.id == topic for w in t.triggers}
    for obj in objects:
        lemma = obj.lemma_.lower()
        if lemma in topic_words or lemma in PARTICIPANT_OBJECTS or obj.ent_type_ in ("GPE", "PERSON", "NORP", "EVENT") \
                or EDITION_NAME.fullmatch(obj.text):  # "will host COP30"
            return False
    return True


def distance(a: Token, b: Token) -> tuple[int, bool]:
    """(path length in the parse between two tokens, whether ``b`` dominates ``a``)."""
    if a == b:
        return 0, True
    up_a = [a, *a.ancestors]
    index = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in index:
            return index[t.i] + n, t == b
    return 99, False


def _inside_other_clause(root: Token, trigger: Token) -> bool:
    """"Erdogan, who on Monday agreed to ..., met Biden": a relative clause on some other noun
    than the trigger speaks of its own occasion ("the summit, which ends on Wednesday" is the
    trigger's own)."""
    for tok in [root, *root.ancestors]:
        if tok == trigger:
            return False
        if tok.dep_ in ("relcl", "acl") and tok.head != trigger:
            return True
    return False


# Topic subjects naming the person who acts (a speech, an arrival, a decision);
# "person-and-matter" adds what the act is about, "person-and-destination" where they went.
PERSON_ACTS = ("person", "person-and-matter", "person-and-destination")


def _governs_through_complement(root: Token, trigger: Token) -> bool:
    """"On Saturday, leaders are expected to adopt a declaration": the date hangs off
    "expected", whose open complement "adopt" is the trigger; the complement inherits
    the words that frame its governing verb."""
    head = trigger
    while head.dep_ == "xcomp" and head.head != head:
        head = head.head
        if head in [root, *root.ancestors]:
            return True
    return False


# Topics above this priority name one act (a speech, a launch, an arrival); the general
# ones at or below it (the event's dates and place) do not.
GENERAL_PRIORITY = 10


def _dates_its_object(root: Token, trigger: Token) -> bool:
    """"used his speech on Tuesday", "attended the launch on Monday": an act named by the
    object of the verb the date hangs off. Only for topics of one act: "join sessions over
    the weekend" does not date the event's sessions as a whole."""
    prep = root.head if root.dep_ == "pobj" else root
    return trigger.dep_ in ("dobj", "obj") and trigger.pos_ == "NOUN" and prep.dep_ == "prep" \
        and prep.head == trigger.head


def _told_by_when_clause(root: Token, trigger: Token) -> bool:
    """"the surprise came on Monday, when he agreed to ...": a "when" clause on a date says
    what happened on that day, as if the date hung off its verb."""
    return trigger.dep_ in ("relcl", "advcl") and trigger.head == root and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in trigger.children)


# Who may be the doer of an event's act in a relative clause ("the leaders, who met on
# Saturday", "Brazil, which hosts the next summit").
ACTOR_ENTITIES = ("PERSON", "NORP", "GPE", "ORG", "EVENT")


def _act_of_a_thing(trigger: Token, triggers: list[str]) -> bool:
    """"a convention centre that was rebuilt ... and opened in July": the trigger verb sits
    in a relative clause on a thing (a building, the grounds) that is neither the event nor
    anyone taking part, so its date is the thing's, not the event's ("the summit, which
    opens on Monday" and "the leaders, who met on Saturday" keep theirs). Only for the
    general topics: "the fund, which was launched on Thursday" is the launch's own date."""
    clause = trigger
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if trigger.pos_ not in ("VERB", "AUX") or clause.dep_ not in ("relcl", "acl"):
        return False
    noun = clause.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ACTOR_ENTITIES:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in triggers:
        return False  # "the summit of the bloc, which ended on Thursday": the parser hangs it on "bloc"
    if any(c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") and c.lemma_.lower() in triggers for c in trigger.children):
        return False  # "a previous attempt to hold the meeting in August": the act is the event's
    before = trigger.doc[clause.i - 2] if clause.i >= trigger.sent.start + 2 else None
    if before is not None and trigger.doc[clause.i - 1].text == "," and before.lemma_.lower() in triggers:
        return False  # "the ceremony that opened the summit, held on 9-11 July": the parser hangs it on "ceremony"
    lemma = noun.lemma_.lower()
    return lemma not in triggers and lemma not in PARTICIPANT_OBJECTS


# A term of office, whose start or end is no day of a meeting.
OFFICE_TERMS = {"presidency", "chairmanship", "chairship", "term", "mandate", "tenure"}


def _term_of_office(trigger: Token) -> bool:
    """"India's presidency begins on 1 December", "its chairmanship ends in June": the
    verb's subject is a term of office (the handover may happen at the meeting, the term's
    first day does not date it)."""
    return trigger.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in OFFICE_TERMS for c in trigger.children)


def _after_the_date(root: Token, trigger: Token) -> bool:
    """"on Thursday, a day after Biden met Xi": an act the date is counted from, below the
    date through "after" or "before", happened on another day."""
    for tok in (trigger, *trigger.ancestors):
        if tok == root:
            return False
        if tok.dep_ == "prep" and tok.lower_ in OFFSET_WORDS:
            return root in tok.ancestors
        if offset_clause(tok):
            return root not in tok.subtree  # "got under way on Thursday, a day after Biden met Xi"
    return False


OFFSET_WORDS = ("after", "before", "since")


def offset_clause(tok: Token, words=OFFSET_WORDS) -> bool:
    """A clause "after", "before" or "since" introduces: what it tells is counted from, not
    the same occasion."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words for c in tok.children)


def _counted_from(root: Token, trigger: Token) -> bool:
    """"on his second visit to Russia this year after a trip to Moscow in July": a date
    below an event word through "after" or "before" dates what it is counted from; so does
    a clause "after" introduces ("gathered leaders in Bali after a missile struck a village
    in Poland": the strike's place is not the gathering's)."""
    for tok in root.ancestors:
        if tok == trigger:
            return False
        if tok.dep_ == "prep" and tok.lower_ in OFFSET_WORDS and not _misplaced_day(root, tok):
            return True
        if offset_clause(tok):
            return True
    return False


def _misplaced_day(root: Token, prep: Token) -> bool:
    """"convened leaders in Bali on 18 November before the final session": the parser may
    hang a calendar day on "before" as if it measured the gap ("a day before"); a month or
    weekday name measures nothing, so the day is the verb's own."""
    return root.head == prep and root.dep_ == "npadvmod" and root.lemma_.lower() not in TIME_APART \
        and root.ent_type_ == "DATE"


def choose_topic(root: Token, claim_span: tuple[int, int], kind: str,
                 triggers: list[Trigger], vocab: Vocabulary,
                 exclude: frozenset[str] = frozenset()) -> Trigger | None:
    """The trigger that decides a claim's topic: near in the parse, specific first."""
    best = None
    for trig in triggers:
        topic = vocab.topic(trig.topic)
        if topic is None or kind not in topic.kinds or trig.topic in exclude:
            continue
        if trig.start < claim_span[1] and claim_span[0] < trig.end:
            continue  # the claim's own words
        dist, dominates = distance(root, trig.token)
        if _after_the_date(root, trig.token) if not dominates else _counted_from(root, trig.token):
            continue
        if not dominates and (_told_by_when_clause(root, trig.token) or _ends_the_subject(root, trig.token)):
            dominates = True
        if dist > MAX_DISTANCE and not dominates:
            continue
        if topic.attach == "dominate" and not (
                (dominates and not _inside_other_clause(root, trig.token)) or _governs_through_complement(root, trig.token)
                or topic.priority > GENERAL_PRIORITY and _dates_its_object(root, trig.token)):
            continue
        if topic.attach == "dominate" and topic.priority <= GENERAL_PRIORITY and (
                _act_of_a_thing(trig.token, topic.triggers) or _term_of_office(trig.token)):
            continue
        key = (topic.priority, dominates, -dist)
        if best is None or key > best[0]:
            best = (key, trig)
    return best[1] if best else None


def _ends_the_subject(root: Token, trigger: Token) -> bool:
    """"The AU's admission to the G20 last September was supposed to ...": the parser hangs a
    date that ends the subject's phrase on the verb after it, yet it dates the subject."""
    verb = root.head
    return root.dep_ == "npadvmod" and root.i < verb.i and trigger.head == verb \
        and trigger.dep_ in ("nsubj", "nsubjpass") and trigger.right_edge.i + 1 == root.left_edge.i


# Words after a marker ("the next", "the previous") that make it a day counted within the event.
DAY_PARTS = {"day", "days", "morning", "afternoon", "evening", "night"}


# Verbs by which an event ends on a day ("closed on Friday", "was supposed to finish").
CLOSING_VERBS = {"close", "end", "conclude", "finish", "wrap"}


def _set_to_close(after: list[Token]) -> bool:
    """"had been scheduled | to end", "was supposed | to finish": the plan was the event's
    close, which it ran past, not an earlier attempt at the event."""
    return len(after) == 2 and after[0].lower_ == "to" and after[1].lemma_.lower() in CLOSING_VERBS


def scope_markers(sent: Span, vocab: Vocabulary) -> list[tuple[str, Token]]:
    """(scope, anchor) for each marker in a sentence: the anchor is the word the marker
    governs or modifies, so it scopes only what hangs below it ("In the past year, X held
    a summit" scopes the whole clause; "referring to the invasion" scopes nothing else)."""
    found: list[tuple[str, Token]] = []
    tokens = list(sent)
    forms = _sentence_forms(tokens)  # performance: each token's forms computed once
    present = {f for fs in forms for f in fs}
    for scope, markers in ((EVENT_EARLIER, vocab.earlier_markers), (EVENT_OTHER, vocab.other_markers)):
        for marker in markers:
            words = marker.split()
            if not set(words) <= present:
                continue  # performance: a marker with a word the sentence lacks cannot match
            n = len(words)
            for i in range(len(tokens) - n + 1):
                if all(words[j] in forms[i + j] for j in range(n)):
                    if i + n < len(tokens) and tokens[i + n].lower_ in DAY_PARTS:
                        continue  # "the next day", "the previous evening": a day of the event itself
                    if scope == EVENT_EARLIER and _set_to_close(tokens[i + n:i + n + 2]):
                        continue  # "had been scheduled to end on Friday": the close it overran
                    span = sent.doc[tokens[i].i: tokens[i + n - 1].i + 1]
                    found.append((scope, _marker_anchor(span.root, i <= 1)))
    for i, tok in enumerate(tokens):
        if tok.lower_ in vocab.previous_markers and tok.dep_ == "amod" and tok.head.lemma_.lower() in SERIES_NOUNS \
                and not _someones_last(tok.head):
            # "the previous Arab League summit", "at the last summit": the series' last meeting
            found.append((EVENT_PREVIOUS, _marker_anchor(tok.head, i <= 1)))
    away = False
    for tok in tokens:
        if tok.lower_ == "next" and tok.dep_ == "advmod" and tok.head.lemma_.lower() in HOSTING_VERBS:
            found.append((EVENT_OTHER, tok.head))  # "India hosts next"
        # "less than a month after G7 leaders met in Apulia, and after a conference hosted
        # by Switzerland in June": the second "after" counts from the same event
        occasion = _some_time_away(tok, again=away)
        if occasion is not None:
            found.append((EVENT_OTHER, occasion))
            away = True
    return found


def _someones_last(noun: Token) -> bool:
    """"The last summit for Secretary General X", "his last summit": a person's final
    meeting, which is this one, not the series' previous meeting."""
    if any(c.dep_ == "poss" and (c.lower_ in ("his", "her") or c.ent_type_ == "PERSON") for c in noun.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "for" and any(o.ent_type_ == "PERSON" for o in p.subtree)
               for p in noun.children)


# Units of the time between two occasions ("days before", "weeks after").
TIME_APART = {"hour", "day", "week", "month", "year"}


def _some_time_away(tok: Token, again: bool = False) -> Token | None:
    """"Days before the alliance's leaders gather in Washington", "weeks after Putin's state
    visit to China in May", "less than a month after G7 leaders met": what lies some days or
    weeks from what the sentence reports is another occasion; the clause or noun "before" or
    "after" introduces, or None. ``again``: an earlier "after" of the sentence was one, so
    "and after" is too."""
    if tok.lower_ not in ("before", "after"):
        return None
    if not any(c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_APART for c in tok.children):
        previous = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
        if previous is None or not (previous.lemma_.lower() in TIME_APART or again and previous.lower_ == "and"):
            return None
        if tok.dep_ == "mark" and _of_the_series(tok.head):
            return None  # "a day after the conference was scheduled to end": the event's own schedule
    if tok.dep_ == "mark":
        return tok.head
    return next((c for c in tok.children if c.dep_ == "pobj"), None)


def _of_the_series(clause: Token) -> bool:
    """A clause whose subject is "the summit", "the conference": the meeting itself."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in SERIES_NOUNS
               and any(d.lower_ == "the" for d in c.children) for c in clause.children)


# The nouns a meeting of a series goes by, for "the previous summit".
SERIES_NOUNS = {"summit", "meeting", "gathering", "conference"}


def _marker_anchor(anchor: Token, fronted: bool) -> Token:
    """The word a marker scopes: what hangs below it is about the marked occasion."""
    if fronted:
        # A fronted adverbial ("In the past year, ...") frames the whole sentence.
        return anchor.sent.root
    if anchor.pos_ in ("VERB", "AUX") and any(c.dep_ == "xcomp" for c in anchor.children):
        # "The summit, held in June, was supposed to open in March": the marker
        # frames what was supposed to happen, not its subject
        anchor = next(c for c in anchor.children if c.dep_ == "xcomp")
    elif anchor.dep_ in ("prep", "npadvmod", "advmod", "amod", "det") and anchor.head != anchor:
        anchor = anchor.head
    if anchor.dep_ == "poss" and anchor.head != anchor:
        anchor = anchor.head  # "last year's meetings in Phnom Penh"
    if anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in STARTING_VERBS | HOSTING_VERBS:
        # "since Russia launched its invasion in February 2022", "India will
        # host the next summit": the whole clause is about that occasion
        anchor = anchor.head
    if anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head != anchor:
        anchor = anchor.head  # "the next summit will be hosted ... in 2024"
    return anchor


def event_scope(root: Token, markers: list[tuple[str, Token]]) -> str:
    """Main event, an earlier attempt at it, or another event mentioned in passing."""
    chain = {t.i for t in (root, *root.ancestors)}
    sentence_root = root.sent.root.i
    if any(anchor.i == sentence_root and anchor.i not in chain for _, anchor in markers):
        chain.add(sentence_root)  # the sentence root frames every clause of the sentence
    for scope in (EVENT_EARLIER, EVENT_PREVIOUS, EVENT_OTHER):
        if any(anchor.i in chain and not _in_subjects_clause(root, anchor) for s, anchor in markers if s == scope):
            return scope
    return EVENT_MAIN


def _in_subjects_clause(root: Token, anchor: Token) -> bool:
    """"Modi, who last attended a summit in Samarkand, had chaired the previous summit": a
    relative clause (or a phrase the parser hangs there) on the named subject of the marked
    verb tells of an occasion of its own ("next year's summit in Vilnius will show": a
    subject that is the marked meeting does not)."""
    for tok in (root, *root.ancestors):
        if tok.i == anchor.i:
            return False
        if tok.dep_ in ("relcl", "acl", "prep") and tok.head.dep_ in ("nsubj", "nsubjpass") \
                and tok.head.pos_ == "PROPN" and tok.head.head.i == anchor.i:
            return True
    return False


def entity_of(token: Token, ents=None) -> Span | None:
    """The entity a token belongs to, among ``ents`` (by default its sentence's), if any."""
    return next((e for e in (token.sent.ents if ents is None else ents) if e.start <= token.i < e.end), None)


def country_in(tokens) -> str | None:
    """The first country the tokens name, read from the entity each belongs to ("the United
    States" as a whole) or from the word itself ("UAE President ..."), else None."""
    from summitcheck.normalize.places import canonical_country

    for tok in tokens:
        if tok.ent_type_ in ("GPE", "NORP", "ORG") or tok.text[:1].isupper():
            ent = entity_of(tok)
            country = canonical_country(ent.text if ent is not None else tok.text)
            if country:
                return country
    return None


def subjects_of(verb: Token) -> list[Token]:
    """The verb's subjects, a relative pronoun read as the noun its clause hangs off ("the UAE
    and Germany, which each offered ...", "Zelensky, who flew in on Saturday")."""
    out = []
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        out.append(verb.head if subj.lower_ in ("which", "who", "that") and verb.dep_ == "relcl" else subj)
    return out


def person_meant(pronoun: Token, ents, is_person=lambda ent: ent.label_ == "PERSON") -> str | None:
    """The person "he", "she", "his" or "her" stands for: the subject of its clause when that
    is a person ("Hun Manet, whose father ..., attended his first summit"), else the person
    named last before it ("Erdogan's surprise came on Monday, when he agreed")."""
    verb = governing_verb(pronoun.head if pronoun.dep_ == "poss" else pronoun)
    for subj in subjects_of(verb) if verb is not None and pronoun.dep_ == "poss" else []:
        ent = next((e for e in ents if e.start <= subj.i < e.end and is_person(e)), None)
        if ent is not None:
            return ent.text
    return next((e.text for e in reversed(ents) if is_person(e) and e.end <= pronoun.i), None)


def phrase_objects(head: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of ``head``'s phrases led by one of ``preps``: "comes at COP27" -> COP27."""
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]


# The topic of a side occasion's day and place (a reception, a dinner).
SIDE_OCCASION = "side-occasion"
# Verbs by which someone gives a side occasion: "will host a reception", "hosted the leaders
# at a dinner", "threw a banquet".
OCCASION_VERBS = {"host", "give", "throw", "hold"}


def occasions_given(verb: Token | None) -> list[Token]:
    """The nouns a verb of giving an occasion names as what it gives: its object ("will host
    a reception") or its "at" phrase ("hosted the leaders at a reception at the Eden Project")."""
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in OCCASION_VERBS:
        return []
    return [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"] \
        + [o for o in phrase_objects(verb, ("at",)) if o.pos_ == "NOUN"]


def with_destination(verb: Token) -> list[Token]:
    """The verb and the places it goes "to": the parser hangs a "for" phrase on either
    ("came to Kazan for the summit", "will move to Belem, Brazil, for COP30")."""
    return [verb, *phrase_objects(verb, ("to",))]


def governing_verb(token: Token) -> Token | None:
    for t in [token, *token.ancestors]:
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "aux", "auxpass"):
            return t
    return None


# Forms the English model's rule lemmatiser gets wrong ("hoped" -> "hop"), as they matter here.
_LEMMA_FIXES = {"hoped": "hope", "hopes": "hope", "hoping": "hope"}


def _lemma(tok: Token) -> str:
    return _LEMMA_FIXES.get(tok.lower_) or tok.lemma_.lower()


# Verbs that make a figure a goal rather than a pledge or a result: "which it hoped would
# mobilize $250 billion by 2030", "aims to raise $10 billion".
GOAL_VERBS = {"hope", "aim", "target", "seek", "aspire"}


def is_goal(root: Token) -> bool:
    """Whether a figure is what someone hopes or aims to reach: compared only with other goals."""
    verb = governing_verb(root)
    chain = [verb, *verb.ancestors][:MAX_DISTANCE] if verb is not None else []
    return any(v.pos_ == "VERB" and _lemma(v) in GOAL_VERBS for v in chain)


# What makes a figure that of a commitment a new one replaces: "the old $100 billion pledge",
# "the previous commitment to provide $100 billion", "to replace the $100 billion a year".
SUPERSEDED_WORDS = {"previous", "old", "earlier", "prior", "former", "existing"}
REPLACING_VERBS = {"replace", "supersede"}
# The links a figure climbs to the noun or verb it quantifies, within its own phrase.
_FIGURE_LINKS = {"compound", "nummod", "quantmod", "nmod", "amod", "dobj", "pobj", "prep", "acl", "advcl", "xcomp"}
_RELATIVE_PRONOUNS = {"that", "which", "who"}


def is_superseded(root: Token) -> bool:
    """Whether a figure is that of an older commitment the sentence says is replaced: it is
    compared with other such figures, never with the new one ("a new goal of $300 billion
    replaces the $100 billion pledged in 2009")."""
    tok, came = root, None
    for _ in range(MAX_DISTANCE + 2):
        if tok.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "amod" and c.lower_ in SUPERSEDED_WORDS for c in tok.children):
            return True
        if tok.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "relcl" and _lemma(c) in REPLACING_VERBS and not any(
                    s.dep_ == "nsubj" and s.lower_ in _RELATIVE_PRONOUNS for s in c.children)
                for c in tok.children):
            return True  # "the $100 billion goal it replaces" (not "the goal that replaces ...")
        if tok.pos_ == "VERB" and _lemma(tok) in REPLACING_VERBS and came is not None \
                and came.dep_ in ("dobj", "advcl"):
            return True
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False  # a clause of its own: what lies above is another matter
        if tok.dep_ not in _FIGURE_LINKS or tok.head is tok:
            return False
        tok, came = tok.head, tok
    return False


# Verbs whose content clause is a commitment made, not a forecast ("pledged that X will ...").
PLEDGING_VERBS = {"pledge", "promise", "commit", "vow"}


def _pledged(clause: Token) -> bool:
    """"Johnson has pledged that Britain will donate ...": a future clause that is the content
    of a pledge already made (the pledging verb in the past or the perfect)."""
    head = clause.head
    if clause.dep_ != "ccomp" or _lemma(head) not in PLEDGING_VERBS:
        return False
    return head.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in head.children)


def modality(root: Token) -> str:
    """reported | expected | negated, from the verbs the claim hangs off."""
    verb = governing_verb(root)
    if verb is None:
        return "reported"
    if any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in RARELY for c in verb.children) \
            or verb.lemma_.lower() in NEGATING_VERBS:
        return "negated"
    chain = [verb, *verb.ancestors]
    for v in chain[:4]:
        if v.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in v.children):
            if _pledged(v):
                return "reported"  # "has pledged that Britain will donate 100 million doses": the pledge is news
            return "expected"
        if _lemma(v) in EXPECTED_VERBS and v is not verb or (
            # "X is expected to attend", and "X, Y and Z are all expected" (at the event)
            v is verb and _lemma(v) in EXPECTED_VERBS and any(c.dep_ == "xcomp" for c in v.children)
            or v is verb and _lemma(v) == "expect" and any(c.dep_ == "auxpass" for c in v.children)
        ):
            return "expected"
        if v.lemma_.lower() == "be" and any(c.dep_ == "xcomp" and (c.lower_ == "to" or any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) for c in v.children):
            return "expected"  # "the sessions are to be held on Wednesday": a plan
        if v.dep_ in ("acl", "relcl"):
            break  # "the foundation, launched with $300m, will support ...": a clause of its own tense
    return "reported"
