"""Dates in a sentence, composed the way news writes them.

"a two-day gathering starting on Nov 15" and "for two days through Saturday" are ranges;
"Friday (November 15)" is one date; a bare weekday points back in a report and forward in
a preview.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from summitcheck.extract.context import (
    CLOSING_VERBS,
    EDITION_NAME,
    HOSTING_VERBS,
    OFFSET_WORDS,
    PERSON_ACTS,
    SERIES_NOUNS,
    SIDE_OCCASION,
    country_in,
    entity_of,
    governing_verb,
    modality,
    occasions_given,
    person_meant,
    phrase_objects,
    subjects_of,
    with_destination,
)
from summitcheck.extract.bilateral import counterpart, named_party, parties
from summitcheck.extract.editions import TOPIC as EDITION_TOPIC, previous_edition
from summitcheck.extract.founded import founded_name
from summitcheck.extract.incidents import NAMED_BY_TRIGGER, agent_of
from summitcheck.extract.roles import LEADER_TITLES, MAIN_EVENT_NOUNS
from summitcheck.extract.finders import find_documents
from summitcheck.extract.sentence import SentenceContext, event_name, is_numbered_meeting
from summitcheck.extract.named_sessions import named_session, session_ended_with
from summitcheck.extract.signing import DEAL, outcome_dated, signed_thing
from summitcheck.model import SUBJECT_UNNAMED, Claim
from summitcheck.normalize.cities import country_of_capital, is_city
from summitcheck.normalize.places import canonical_country
from summitcheck.normalize.dates import DateValue, ending_range, parse_date, shift_range
from summitcheck.normalize.numbers import parse_number
from summitcheck.normalize.dates import MONTHS, WEEKDAYS

DURATION_DAYS = re.compile(r"^(?:a |an |the |for |over )*(?P<n>[\w]+)[- ](?:day|days)(?:[- ]long)?$", re.I)
THROUGH_COMPOSITE = re.compile(r"^(?:for\s+|over\s+)?(?P<n>\w+)[- ]days?\s+(?:through|thru|until|till|to|ending(?: on)?)\s+(?P<end>.+)$", re.I)
OFFSET = re.compile(r"\s+(?:after|before|later|earlier|ahead)\b", re.I)
THROUGH = re.compile(r"^\s*(?:through|thru|until|till|to|ending(?: on)?)\s*$", re.I)
START_CUES = ("starting", "start", "from", "beginning", "begin", "opening", "open", "kick", "kicked", "commencing")
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
EXPLICIT = re.compile(
    # a span across two months: "31 Oct–13 Nov", "Oct. 31 to Nov. 12, 2021"
    r"\b\d{1,2}\s+(?:" + _MONTH + r")\.?\s*(?:-|–|to|through|until)\s*\d{1,2}\s+(?:" + _MONTH + r")\.?(?:\s+\d{4})?\b"
    r"|\b(?:" + _MONTH + r")\.?\s+\d{1,2}\s*(?:-|–|to|through|until)\s*(?:" + _MONTH + r")\.?\s+\d{1,2}(?:,?\s+\d{4})?\b"
    r"|\b(?:" + _MONTH + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:-|–|and|to|through)\s*\d{1,2})?(?:,?\s+\d{4})?\b"
    r"|\b\d{1,2}(?:\s*(?:-|–)\s*\d{1,2})?\s+(?:" + _MONTH + r")\.?(?:\s+\d{4})?\b"
    r"|\b\d{4}-\d{2}-\d{2}\b",
    re.I)
WEEKDAY = re.compile(r"\b(?:(?:last|next|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
WEEKDAY_PAIR = re.compile(rf"(?P<a>{_DAY})\s+and\s+(?P<b>{_DAY})", re.I)
FUTURE_CUE = re.compile(r"\b(?:will|is due to|are due to|is expected to|are expected to|is set to|are set to|"
                        r"is scheduled to|are scheduled to|is to|are to)\b[^.;]*$", re.I)
VAGUE = re.compile(r"\b(?:past|recent|coming|next|last|few|several|earlier|later|each|every|annual|ago)\b", re.I)
NAMED_MONTH_AWAY = re.compile(r"(?:last|next)\s+(?:" + _MONTH + r")", re.I)


def find_dates(ctx: SentenceContext) -> tuple[list[Claim], list[int]]:
    """Date claims of a sentence, and the event durations it states: (days, start, end) of
    each, the words' character span."""
    text = ctx.source.analysis_text
    items = _date_items(ctx)
    claims: list[Claim] = []
    durations: list[tuple[int, int, int]] = []
    i = 0
    while i < len(items):
        start, end = items[i]
        raw = text[start:end]
        days = _duration_days(raw)
        restated = _span_restated(ctx, items, i)
        if restated is not None:
            claims += _emit(ctx, items[i + 1][0], items[i + 1][1], restated, default_topic="event-dates")
            i += 2
            continue
        if days is not None:
            nxt = items[i + 1] if i + 1 < len(items) else None
            if nxt and THROUGH.match(text[end:nxt[0]]):
                end_value = _resolve(ctx, nxt[0], nxt[1])
                if end_value is not None:
                    claims += _emit(ctx, start, nxt[1], ending_range(end_value.end, days))
                    i += 2
                    continue
            if nxt and _start_cue(text[end:nxt[0]]):
                start_value = _resolve(ctx, nxt[0], nxt[1])
                if start_value is not None:
                    claims += _emit(ctx, start, nxt[1], shift_range(start_value.start, days))
                    i += 2
                    continue
            part = _part_of_the_event(ctx, start, end)
            if part:
                # "closed on Friday ... at the end of a three-day leaders' meeting": a part of
                # the event with its own span, ending on the closing day; never the event's
                closing = _closing_day(ctx, items)
                if closing is not None:
                    claims += _emit(ctx, start, end, ending_range(closing.end, days), topic=part)
                i += 1
                continue
            if not OFFSET.match(text[end:end + 12]) and not _length_of_the_leaders_part(ctx, start, end):
                durations.append((days, start, end))  # "a day after he met Xi" is an offset, not a length
            i += 1
            continue
        composite = THROUGH_COMPOSITE.match(raw.strip())
        if composite and _duration_days(composite.group("n") + " days"):
            end_value = _resolve_text(ctx, composite.group("end"), start, end)
            if end_value is not None:
                claims += _emit(ctx, start, end, ending_range(end_value.end, _duration_days(composite.group("n") + " days")))
                i += 1
                continue
        value = _resolve(ctx, start, end)
        # "On Tuesday, the second and final day of the leaders' summit": the day is placed in
        # the event's span by the words that gloss it; what else was done that day still is
        glossed = _day_of_the_event(ctx, start, end, value) if value is not None else None
        claims += glossed or []
        if value is not None:
            cue = _start_cue(text[max(ctx.sent.start_char, start - 25):start]) or _start_verb(ctx, start, end) \
                or _opens_the_event(ctx.root_of(start, end))
            framed = _framed_in(ctx, start, end)
            found = _emit(ctx, start, end, value, start_cue=cue, end_cue=not cue and _end_verb(ctx, start, end),
                          default_topic="event-dates" if framed or _act_of_the_leaders(ctx, start, end) else None)
            if glossed is not None:
                found = [c for c in found if c.topic not in ("event-dates", LEADERS_PART)]
            for claim in found:
                if framed and claim.topic == "event-dates":
                    claim.value["framed_in"] = framed  # align keeps it only if that is the venue
            claims += found
        i += 1
    ctx.only_far_dates = _only_far_dates(ctx, items)
    return claims + _years_of_named_meetings(ctx) + _joined(ctx, claims), durations


# "On Tuesday, the second and final day of the summit": a day glossed by its place in the event.
DAY_OF = re.compile(r"\s*,\s+the\s+(?P<nth>\w+)(?P<final>\s+and\s+(?:final|last|closing))?\s+day\s+of\s+", re.I)
ORDINAL_DAYS = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
LAST_DAY = {"final", "last", "closing"}


def _day_of_the_event(ctx: SentenceContext, start: int, end: int, value: DateValue) -> list[Claim] | None:
    """The claims of a single day glossed as the event's (or its leaders' part's) n-th, first or
    last day: the last of n days is a range of n days ending then, a first day its start, a
    last day its end. None when the day is not so glossed."""
    m = DAY_OF.match(ctx.source.analysis_text, end, ctx.sent.end_char)
    if m is None or value.granularity != "day" or value.start != value.end:
        return None
    noun = next((t for t in ctx.sent if t.idx >= m.end() and t.pos_ == "NOUN"), None)
    while noun is not None and noun.dep_ in ("poss", "compound", "amod") and noun.head.i > noun.i:
        noun = noun.head  # "the leaders' summit": the summit
    if noun is None or noun.lemma_.lower() not in WHOLE_EVENT_NOUNS:
        return None
    # the words name the leaders' part outright: "the final day of the leaders' summit"
    part = _the_leaders_part(noun) or _of_leaders(noun) and _event_named_otherwise(noun)
    topic = LEADERS_PART if part else "event-dates"
    if ctx.vocab.topic(topic) is None:
        return None
    nth, last = m.group("nth").lower(), bool(m.group("final")) or m.group("nth").lower() in LAST_DAY
    if last and nth in ORDINAL_DAYS:
        return _emit(ctx, start, end, ending_range(value.end, ORDINAL_DAYS[nth]), topic=topic)
    return _emit(ctx, start, end, value, start_cue=ORDINAL_DAYS.get(nth) == 1, end_cue=last, topic=topic)


def _joined(ctx: SentenceContext, dated: list[Claim]) -> list[Claim]:
    """"Iran joined as a full member last year", "Finland joined the alliance in April": when
    a country joined a body, compared with the other dates of its admission. Only a country
    that is the subject of "join" with no meeting or person as the object ("joined the
    summit by video", "joined the leaders" are taking part)."""
    topic = ctx.vocab.topic(ADMISSION_TOPIC)
    if topic is None or ctx.reference is None:
        return []
    out = []
    for verb in (t for t in ctx.sent if t.pos_ == "VERB" and t.lemma_.lower() == "join"):
        if any(c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in MAIN_EVENT_NOUNS or c.ent_type_ == "PERSON"
                                              or c.lemma_.lower() in ("leader", "session", "head"))
               for c in verb.children):
            continue
        subjects = [s for s in verb.children if s.dep_ == "nsubj" and s.ent_type_ == "GPE"]
        country = canonical_country(subjects[0].text) if len(subjects) == 1 and not subjects[0].conjuncts else None
        if country is None:
            continue
        found = _when_joined(ctx, verb, dated)
        if found is None:
            continue
        words, value = found
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        claim = ctx.claim("date", start, end, value.to_value(), verb, ADMISSION_TOPIC, subject=country)
        claim.event = "main"  # when it joined is compared as such, however long ago
        out.append(claim)
    return out


def _when_joined(ctx: SentenceContext, verb, dated: list[Claim]):
    """The words and the date on the verb: "in 2023", "on January 1", "last year"."""
    for year in (c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "year"):
        shift = _year_shift(year)
        if shift is not None:
            return [t for t in year.subtree], parse_date(str(ctx.reference.year + shift))
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "on")):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "DATE"):
            words = [t for t in obj.subtree]
            value = _resolve(ctx, words[0].idx, words[-1].idx + len(words[-1]))
            if value is not None and not any(c.start == words[0].idx for c in dated):
                return words, value
    return None


ADMISSION_TOPIC = "admission"


def _years_of_named_meetings(ctx: SentenceContext) -> list[Claim]:
    """"At last year's COP28 in Dubai", "next year's COP30", "a year after COP28": the year
    of another meeting of a numbered series, which the date reader leaves alone ("last year"
    is too vague to date the event itself). Compared among the sources that name it."""
    if ctx.reference is None or ctx.vocab.topic("event-dates") is None:
        return []
    out = []
    for name in (t for t in ctx.sent if EDITION_NAME.fullmatch(t.text)):
        found = _year_away(name)
        if found is None:
            continue
        words, offset = found
        value = parse_date(str(ctx.reference.year + offset))
        if value is None:
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        claim = ctx.claim("date", start, end, value.to_value(), words[-1], "event-dates")
        claim.event = "other"
        claim.value["event_name"] = name.text
        out.append(claim)
    return out + _year_of_the_next_meeting(ctx)


def _year_of_the_next_meeting(ctx: SentenceContext) -> list[Claim]:
    """"will host next year's summit in New Delhi", "who will host the leaders in New Delhi
    next year": the year of the series' next meeting, unnamed. Only "next": an article
    written in January may call the meeting it reports "last year's summit"."""
    out = []
    for year in (t for t in ctx.sent if t.lemma_.lower() == "year" and _year_shift(t) == 1):
        head = year.head
        if not (year.dep_ == "poss" and head.lemma_.lower() in SERIES_NOUNS
                or year.dep_ == "npadvmod" and head.lemma_.lower() in HOSTING_VERBS):
            continue
        words = [t for t in year.subtree if t.i <= year.i]
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        value = parse_date(str(ctx.reference.year + 1))
        if value is None or ctx.overlaps_taken(start, end):
            continue
        claim = ctx.claim("date", start, end, value.to_value(), year, "event-dates")
        claim.event = "other"
        out.append(claim)
    return out


def _year_away(name) -> tuple[list, int] | None:
    """The words that put a named meeting a year from the article ("last year's", "next
    year", "a year after") and how many years they put it away, if any."""
    def phrase(year) -> list:
        return [t for t in year.subtree if t.i <= year.i]

    for year in (c for c in name.children if c.dep_ in ("poss", "npadvmod") and c.lemma_.lower() == "year"):
        if _year_shift(year) is not None:
            return phrase(year), _year_shift(year)  # "last year's COP28", "COP28 last year"
    if name.dep_ in ("nsubj", "nsubjpass"):
        for year in (c for c in name.head.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "year"):
            if _year_shift(year) is not None:
                return phrase(year), _year_shift(year)  # "COP28 in Dubai last year produced a pledge"
    prep = name.head
    if name.dep_ == "pobj" and prep.lower_ in ("after", "before"):
        # "a year after COP28", and "... and a year before COP30"
        year = prep.head if prep.head.lemma_.lower() == "year" else next(
            (c for c in prep.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "year"), None)
        if year is not None and any(c.lower_ in ("a", "one") for c in year.children):
            return phrase(year) + [prep], -1 if prep.lower_ == "after" else 1
    return None


def _year_shift(year) -> int | None:
    """How many years "last year" or "next year" is from the article's own, if it is one."""
    return next((OFFSETS[c.lower_] for c in year.children if c.dep_ == "amod" and c.lower_ in OFFSETS), None)


# What puts a year before or after the article's own.
OFFSETS = {"last": -1, "next": 1, "previous": -1}


# "On 19 May, in Jeddah, the Arab League did ...": a lead setting the scene by day and town.
FRAMING = re.compile(r"\s*On\s+(?P<date>[^,]{3,30}),\s+in\s+(?P<place>[A-Z][\w'’ -]{1,40}?),\s")


def _framed_in(ctx: SentenceContext, start: int, end: int) -> str | None:
    """The town a sentence opening "On <date>, in <town>," sets its date in: such a date is
    the event's when the town is the event's (align decides), whatever the verb."""
    m = FRAMING.match(ctx.source.analysis_text, ctx.sent.start_char, ctx.sent.end_char)
    if m is None or (m.start("date"), m.end("date")) != (start, end):
        return None
    return m.group("place")


def _only_far_dates(ctx: SentenceContext, items) -> bool:
    """"a club that began in 2009 as four countries meeting in Yekaterinburg": every date of
    the sentence is years from the article, so a meeting place it gives without a date of
    its own is that time's, not the event's."""
    if ctx.reference is None or not items:
        return False
    values = [v for v in (_resolve(ctx, s, e) for s, e in items) if v is not None]
    return bool(values) and all(far_from_publication(ctx, v) for v in values)


def far_from_publication(ctx: SentenceContext, value: DateValue) -> bool:
    """Whether a date lies outside the window around the article's publication date in which
    its event's dates fall (``window_days``); False for an undated article."""
    if ctx.reference is None:
        return False
    before, after = ctx.vocab.window_days
    return (ctx.reference - value.end).days > before or (value.start - ctx.reference).days > after


def _part_of_the_event(ctx: SentenceContext, start: int, end: int) -> str | None:
    """The topic of the part of the event a duration ("three-day") describes, when it has a
    topic of its own ("a three-day leaders' retreat": the leaders' sessions), not the event
    itself."""
    root = ctx.root_of(start, end)
    if root is None:
        return None
    if ctx.vocab.topic(LEADERS_PART) is not None and _leaders_part(root, ctx.vocab.topic("event-dates")):
        return LEADERS_PART
    topic = ctx.topic_for("date", start, end, root)
    if topic is not None and topic != "event-dates" and ctx.vocab.topic(topic).subject is None:
        return topic
    return None


# The topic of the leaders' own part of a longer event.
LEADERS_PART = "leaders-sessions"


def _leaders_part(root, event_topic) -> bool:
    """"The Summit of the Americas closed on Friday ... at the end of a three-day leaders'
    meeting": a leaders' meeting in a clause whose subject is the event under another name is
    a part of it. Alone ("the leaders' meeting runs through Saturday") it may be the event."""
    noun = root
    while noun.dep_ in ("nummod", "compound", "amod") and noun.head != noun:
        noun = noun.head
    if noun.dep_ == "poss":
        noun = noun.head
    lemma = noun.lemma_.lower()
    if lemma not in MAIN_EVENT_NOUNS or not _of_leaders(noun):
        return False
    if _only_of_leaders(noun):
        return True
    verb = governing_verb(noun)
    event_words = set(event_topic.triggers) if event_topic is not None else MAIN_EVENT_NOUNS
    return verb is not None and any(s.lemma_.lower() in event_words and s.lemma_.lower() != lemma
                                    for s in subjects_of(verb))


# What a sentence says a day came after when the event ran past its schedule.
SCHEDULED_WORDS = {"scheduled", "planned", "official"}
CLOSE_NOUNS = {"end", "close", "closing", "finish", "deadline"}


def _past_the_schedule(root) -> bool:
    """"Adopted in the early hours of 24 November, more than a day after the conference's
    scheduled end": a day the sentence puts past the event's scheduled close is the day it
    overran to, not a day of the span other sources give (the close it was set for, inside
    that phrase, still is)."""
    for tok in root.sent:
        if tok.lower_ not in ("after", "past", "beyond"):
            continue
        if tok.dep_ == "mark" and _due_to_close(tok.head) and root not in tok.head.subtree:
            return True  # "a day after the conference was due to close"
        for obj in (c for c in tok.children if c.dep_ == "pobj"):
            if obj.lemma_.lower() in CLOSE_NOUNS and any(c.lower_ in SCHEDULED_WORDS for c in obj.children) \
                    and not obj.left_edge.i <= root.i <= obj.right_edge.i:
                return True
    return False


def _due_to_close(clause) -> bool:
    """"the conference was due to close", "was scheduled to end": a clause of the close the
    event was set for."""
    words = {t.lower_ for t in clause.subtree}
    return bool(words & ({"due"} | SCHEDULED_WORDS)) and any(
        t.lemma_.lower() in CLOSING_VERBS for t in clause.subtree)


def _the_events_dates(root) -> bool:
    """"Its scheduled 11-22 November dates", "the summit's planned dates": a date written
    into the noun "dates" that the event owns or that is its schedule."""
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if after is None or after.lower_ not in ("dates", "date"):
        return False
    # read from the words, since the tagger may take "dates" after a date for a verb
    before = {t.lower_ for t in root.doc[max(root.sent.start, root.left_edge.i - 3): root.i]}
    return bool(before & (SCHEDULED_WORDS | {"its", "their"}))


def _of_leaders(noun) -> bool:
    return any(c.dep_ == "poss" and c.lemma_.lower() == "leader" for c in noun.children)


def _only_of_leaders(noun) -> bool:
    """"The two-day leaders' summit" in an article that calls its event otherwise ("the
    conference", "COP29") and never a plain summit: the leaders' part of a longer event.
    Alone ("the three-day leaders' meeting closed on Friday") it may be the event itself."""
    lemma = noun.lemma_.lower()
    plain = [t for t in noun.doc if t.pos_ == "NOUN" and not _of_leaders(t)
             and (t.lemma_.lower() in MAIN_EVENT_NOUNS or t.lower_ in MAIN_EVENT_NOUNS)]
    numbered = any(t.pos_ == "PROPN" and EDITION_NAME.fullmatch(t.text) for t in noun.doc)
    same = [t for t in plain if lemma in (t.lemma_.lower(), t.lower_)]
    # "COP26 ... the leaders' summit ... the Group of 20 summit in Rome": an article on a
    # numbered conference that names a summit only by another group's name
    if same and not (numbered and all(_named_meeting(t) for t in same)):
        return False
    return bool(plain) or numbered


def _named_meeting(noun) -> bool:
    """"the G20 summit", "the Group of 20 summit": a meeting known by its group's name."""
    if any(c.dep_ in ("compound", "nummod") and c.pos_ in ("PROPN", "NUM") for c in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "PROPN"


def _length_of_the_leaders_part(ctx: SentenceContext, start: int, end: int) -> bool:
    """"as he opened a two-day summit" in an article that calls its event "the conference"
    and that summit "the leaders' summit" elsewhere: the length of the leaders' part, which
    must not stretch the conference's opening day into a range."""
    root = ctx.root_of(start, end)
    if root is None:
        return False
    noun = root
    while noun.dep_ in ("nummod", "compound", "amod", "npadvmod") and noun.head != noun:
        noun = noun.head
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in MAIN_EVENT_NOUNS:
        return False
    if not any(t.lemma_.lower() == lemma and _of_leaders(t) for t in noun.doc):
        return False
    return _event_named_otherwise(noun)


def _event_named_otherwise(noun) -> bool:
    """Whether the article names its event otherwise than ``noun``: a conference, or a
    numbered one ("COP26"), of which a leaders' summit is a part."""
    lemma = noun.lemma_.lower()
    return any(t.pos_ == "NOUN" and t.lemma_.lower() == "conference" and lemma != "conference"
               or t.pos_ == "PROPN" and EDITION_NAME.fullmatch(t.text) for t in noun.doc)


def leaders_part_dated(root) -> bool:
    """Whether a date hangs on the leaders' part of a longer event ("at the leaders' summit
    on 12-13 November" in an article about a conference), or dates an act the sentence
    times by that part's opening or close ("signed up on Tuesday ..., as the two-day
    leaders' summit drew to a close")."""
    for tok in list(root.ancestors)[:MAX_CHAIN]:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in MAIN_EVENT_NOUNS:
            return _the_leaders_part(tok)
    verb = governing_verb(root)
    return verb is not None and any(
        _the_leaders_part(s) for c in verb.children if c.dep_ == "advcl" and _as_it_opened_or_closed(c)
        for s in subjects_of(c) + [o for o in c.children if o.dep_ in ("dobj", "obj")])


def _the_leaders_part(noun) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in MAIN_EVENT_NOUNS and _of_leaders(noun) \
        and (_only_of_leaders(noun) or _inside_another_event(noun))


def _inside_another_event(noun) -> bool:
    """"the leaders' summit at the COP26 climate talks": a part the sentence itself places
    inside a larger event, whatever else the article calls a summit."""
    lemma = noun.lemma_.lower()
    return any(p.dep_ == "prep" and p.lower_ in ("at", "of", "during", "within") and any(
        (o.lemma_.lower() in MAIN_EVENT_NOUNS or o.lower_ in MAIN_EVENT_NOUNS) and o.lemma_.lower() != lemma
        for o in p.children if o.dep_ == "pobj")
        for p in noun.children)


def _as_it_opened_or_closed(clause) -> bool:
    """"as the summit opened", "when the talks closed", "as the summit drew to a close"."""
    if not any(m.dep_ == "mark" and m.lower_ in ("as", "when") for m in clause.children):
        return False
    lemma = clause.lemma_.lower()
    return _opening(clause) or lemma in CLOSING_VERBS or lemma == "draw" and any(
        p.lower_ == "to" and any(o.lemma_.lower() in CLOSE_NOUNS for o in p.children) for p in clause.children)


# How far up from a date its event noun may hang.
MAX_CHAIN = 4


def _closing_day(ctx: SentenceContext, items: list[tuple[int, int]]) -> DateValue | None:
    """The single day on which the sentence says the event closed ("closed on Friday")."""
    for start, end in items:
        root = ctx.root_of(start, end)
        verb = governing_verb(root) if root is not None else None
        if verb is not None and verb.lemma_.lower() in CLOSING_VERBS:
            value = _resolve(ctx, start, end)
            if value is not None and value.granularity == "day" and value.start == value.end:
                return value
    return None


def _date_items(ctx: SentenceContext) -> list[tuple[int, int]]:
    """Char spans of date expressions: the tagger's DATE entities, split or joined so that
    "Friday (November 15)" is one item and explicit dates it missed are added."""
    text = ctx.source.analysis_text
    s0, s1 = ctx.sent.start_char, ctx.sent.end_char
    spans = []
    for e in (e for e in ctx.ents if e.label_ == "DATE"):
        comma = text.find(", ", e.start_char, e.end_char)
        if comma > 0 and _duration_days(text[comma + 2: e.end_char]) is not None:
            # "on the evening of 14 November, two days after ...": a date and an offset the
            # tagger ran together; each is read on its own
            spans += [(e.start_char, comma), (comma + 2, e.end_char)]
        else:
            spans.append((e.start_char, e.end_char))
    for m in EXPLICIT.finditer(text, s0, s1):
        spans.append((m.start(), m.end()))  # overlapping entity spans are merged below
    for m in WEEKDAY.finditer(text, s0, s1):
        if not any(s <= m.start() < e or m.start() <= s < m.end() for s, e in spans):
            spans.append((m.start(), m.end()))
    spans += [span for span in _years_of_documents(ctx) if span not in spans]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        # "Friday (November 15)" / "Friday, Nov 15": a weekday glossed by its date
        elif merged and re.fullmatch(r"\s*[(,]\s*", text[merged[-1][1]:s]) and WEEKDAY.fullmatch(text[merged[-1][0]:merged[-1][1]].strip()) \
                and EXPLICIT.search(text[s:e]):
            close = text[e:e + 2]
            merged[-1] = (merged[-1][0], e + (1 if close.startswith(")") else 0))
        # "on Tuesday and Wednesday": two days of one event, read together below
        elif merged and re.fullmatch(r"\s+and\s+", text[merged[-1][1]:s]) \
                and WEEKDAY.fullmatch(text[merged[-1][0]:merged[-1][1]].strip()) and WEEKDAY.fullmatch(text[s:e].strip()):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


# "For two weeks": a length in weeks, which a span of days restates only roughly.
DURATION_WEEKS = re.compile(r"^(?:for |over )?(?P<n>\w+)[- ]weeks?$", re.I)


def _span_restated(ctx: SentenceContext, items: list[tuple[int, int]], i: int):
    """"For two days, February 10-11, the capital was ...", "For two weeks, 31 Oct–13 Nov,
    the SEC on the Clyde was ...": a span given twice over, as a piece about the event opens,
    is the event's span even with no event word. Days must match; "two weeks" is a
    fortnight's meeting of twelve to sixteen days, as writers round it."""
    if i + 1 >= len(items):
        return None
    text = ctx.source.analysis_text
    (start, end), (nxt_start, nxt_end) = items[i], items[i + 1]
    if not re.fullmatch(r"\s*,\s*", text[end:nxt_start]):
        return None
    days, slack = _duration_days(text[start:end]), 0
    weeks = DURATION_WEEKS.match(text[start:end].strip())
    if days is None and weeks and parse_number(weeks.group("n")):
        days, slack = 7 * int(parse_number(weeks.group("n"))), 2
    if days is None:
        return None
    span = _resolve(ctx, nxt_start, nxt_end)
    if span is None or not span.explicit_range or abs((span.end - span.start).days + 1 - days) > slack:
        return None
    return span


def _duration_days(raw: str) -> int | None:
    m = DURATION_DAYS.match(raw.strip())
    if not m:
        return None
    n = parse_number(m.group("n"))
    return int(n) if n and 1 <= n <= 30 else None


def _start_cue(between: str) -> bool:
    words = re.findall(r"[a-z]+", between.lower())
    return any(w in START_CUES for w in words[-3:])


# "addressed the opening of a two-day summit on Friday": the summit's first day
OPENING_NOUNS = {"opening", "start", "launch", "kickoff", "kick-off", "inauguration"}


def _opens_the_event(root) -> bool:
    """Whether a date's verb acts on the opening of the event itself ("Prince Charles
    addressed the opening of a two-day summit in Kigali on Friday"): the date is the event's
    first day, more than the day of the person's act."""
    verb = governing_verb(root) if root is not None else None
    if verb is None:
        return False
    return any(o.lemma_.lower() in OPENING_NOUNS and any(
        p.lower_ == "of" and any(t.lemma_.lower() in MAIN_EVENT_NOUNS for t in p.subtree) for p in o.children)
        for o in verb.children if o.dep_ in ("dobj", "obj"))


def _date_verb(ctx: SentenceContext, start: int, end: int) -> Token | None:
    """The nearest verb above a date, within four steps of the parse."""
    root = ctx.root_of(start, end)
    if root is None:
        return None
    return next((t for n, t in enumerate(root.ancestors) if n <= 3 and t.pos_ == "VERB"), None)


def _start_verb(ctx: SentenceContext, start: int, end: int) -> bool:
    """"kicked off ... on Friday", "opened on Monday": the date is the event's first day."""
    verb = _date_verb(ctx, start, end)
    if verb is None:
        return False
    # "got under way on Thursday" as well; "agreed on Thursday ..., as Meloni opened the
    # summit": what happened as the event opened happened on its first day
    return _opening(verb) or any(
        c.dep_ == "advcl" and _opening(c) and any(m.dep_ == "mark" and m.lower_ in ("as", "when") for m in c.children)
        and any(o.lemma_.lower() in WHOLE_EVENT_NOUNS for o in c.children if o.dep_ in ("dobj", "obj", "nsubj"))
        for c in verb.children)


def _opening(verb) -> bool:
    return verb.lemma_.lower() in ("kick", "open", "start", "begin", "launch", "commence") or (
        verb.lemma_.lower() == "get" and any(c.lower_ == "under" for c in verb.children))


# Nouns for the whole event, which an opening or closing verb opens or closes when its date is
# the event's first or last day ("the summit ended on Thursday", "as Meloni opened the
# summit"); a session or talks ending is no end of the event.
WHOLE_EVENT_NOUNS = {"summit", "meeting", "gathering", "conference", "event", "forum", "congress", "convention"}


def _end_verb(ctx: SentenceContext, start: int, end: int) -> bool:
    """"the summit, which ended on Thursday", "closes on Thursday", "is scheduled to end on
    November 12", "was due to close on 12 November", "is scheduled to run until Nov 12": the
    event's last day."""
    verb = _date_verb(ctx, start, end)
    if verb is None:
        return False
    until = UNTIL.search(ctx.source.analysis_text[max(ctx.sent.start_char, start - 12):start])
    if verb.lemma_.lower() not in CLOSING_VERBS and not (until and verb.lemma_.lower() in RUNNING_VERBS):
        return False
    things = _clause_subjects(verb) + [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    # "the summit of the bloc, which ended": the parser may hang the clause on "bloc"
    things += [t.head.head for t in things if t.dep_ == "pobj" and t.head.lower_ == "of"]
    return any(t.lemma_.lower() in WHOLE_EVENT_NOUNS or t.ent_type_ == "EVENT" for t in things)


# "scheduled to run until Nov 12": a verb of the event going on, whose "until" day is its last.
RUNNING_VERBS = {"run", "last", "continue"}
UNTIL = re.compile(r"\b(?:until|till|through)\s*$", re.I)


def _clause_subjects(verb) -> list:
    """The verb's subjects, or those of the clause it completes ("is scheduled to end", "was
    due to close", "opens ... and is scheduled to end")."""
    for tok in [verb, *verb.ancestors][:4]:
        found = subjects_of(tok)
        if found or tok.dep_ not in ("xcomp", "acomp", "conj"):
            return found
    return []


def date_readings(ctx: SentenceContext) -> list[tuple[int, int, DateValue]]:
    """Every date expression of the sentence and its value, before any topic is chosen and
    keeping relative ones ("next week"), which claims leave out as too vague to compare:
    the reading itself, as the peer test suite checks it."""
    from summitcheck.normalize.datescan import find_dates as scan_dates

    text = ctx.source.analysis_text
    spans = _date_items(ctx)
    # The scanner finds what the tagger cuts short or misses ("3 days starting from next monday").
    s0 = ctx.sent.start_char
    scanned = {(s0 + s, s0 + e): v for s, e, v in scan_dates(text[s0:ctx.sent.end_char], ctx.reference)}
    spans += [span for span in scanned if span not in spans]
    found = []
    for start, end in spans:
        # The sentence's tense first; the scanner's own reading where that finds none.
        value = _resolve_text(ctx, text[start:end], start, end, vague=True) or scanned.get((start, end))
        if value is not None:
            found.append((start, end, value))
    return found


def _before_the_event(root) -> bool:
    """"Delegates gathered on Monday as forums opened ahead of the leaders' meeting": a day
    of something its own clause (or a clause joined to it) places ahead of the event."""
    verb = governing_verb(root)
    if verb is None or _dates_the_event_ahead(root):
        return False
    for v in (verb, *verb.conjuncts):
        for ahead in (c for c in v.children if c.lower_ == "ahead"):
            events = [t for t in ahead.subtree if t.lemma_.lower() in MAIN_EVENT_NOUNS]
            if events and root not in ahead.subtree:
                return True
    return False


def _ahead_of(root, verb) -> bool:
    """"forums opened on Monday ahead of the leaders' meeting on Friday": what something
    happens ahead of is still to come."""
    for tok in root.ancestors:
        if tok is verb:
            return False
        if tok.lower_ == "ahead":
            return True
    return _dates_the_event_ahead(root)


def _dates_the_event_ahead(root) -> bool:
    """"forums opened ahead of the heads of government meeting on Friday and Saturday": the
    parser hangs the day on "opened", but a day right after the event that something comes
    ahead of is that event's day."""
    if root.dep_ == "conj":
        root = root.head  # "on Friday and Saturday"
    if root.dep_ != "pobj" or root.head.lower_ not in ("on", "from") or root.head.i == 0:
        return False
    event = root.doc[root.head.i - 1]
    return event.lemma_.lower() in MAIN_EVENT_NOUNS and any(t.lower_ == "ahead" for t in event.ancestors)


def _resolve(ctx: SentenceContext, start: int, end: int) -> DateValue | None:
    """The value of the date at [start, end), read once per sentence (the claims and
    ``_only_far_dates`` both ask)."""
    if (start, end) not in ctx.dates_read:
        ctx.dates_read[(start, end)] = _resolve_text(ctx, ctx.source.analysis_text[start:end], start, end)
    return ctx.dates_read[(start, end)]


def _resolve_text(ctx: SentenceContext, raw: str, start: int, end: int, *, vague: bool = False) -> DateValue | None:
    root = ctx.root_of(start, end)
    before = ctx.source.analysis_text[ctx.sent.start_char:start]
    verb = governing_verb(root) if root is not None else None
    future = (root is not None and modality(root) == "expected") or bool(FUTURE_CUE.search(before))
    if future and verb is not None and verb.tag_ == "VBD" and not FUTURE_CUE.search(before):
        future = False  # "agreed to set up when the conference opened on Thursday": its own verb is past
    elif future and verb is not None and not FUTURE_CUE.search(before) and _past_perfect(verb):
        future = False  # "The talks had been scheduled to end on Friday": a plan a report looks back on
    elif future and not FUTURE_CUE.search(before) and ctx.sent.root.tag_ == "VBD" \
            and any(t.dep_ == "acl" for t in root.ancestors):
        # "The talks, scheduled to run from 11 to 22 November, brought ...": a plan a past
        # report recalls, on a noun of its past clause
        future = False
    elif not future and root is not None:
        # "a summit that runs through Thursday", "leaders meet on Saturday": a schedule; "the
        # summit that ran through Saturday" is over
        past = verb is not None and verb.tag_ == "VBD"
        # "before Trump is sworn in on January 20": a present passive is a schedule too
        present = verb is not None and (verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBN" and any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") and c.lower_ not in ("has", "have")
            for c in verb.children))
        future = present or (
            not past and bool(re.search(r"\b(?:through|until|till)\s*$", before))) or _ahead_of(root, verb)
    tense = "future" if future else "past"
    ref = ctx.reference
    if ref is not None and LAST_YEAR.search(before) and MONTH_NAMED.search(raw) and not re.search(r"\b\d{4}\b", raw):
        # "at last year's meeting in Bangkok, held on Nov. 18-19": a day of last year
        ref, tense = date(ref.year - 1, 12, 31), "past"
    pair = WEEKDAY_PAIR.fullmatch(raw.strip())
    if pair:
        first, last = (parse_date(pair.group(k), ref, tense=tense) for k in ("a", "b"))
        if first and last and (last.start - first.start).days == 1:
            return DateValue(first.start, last.end, "day", explicit_range=True, anchored=True)
        return None
    if PAST_WEEKEND.fullmatch(raw.strip()) and ref is not None and ref.weekday() < 5 and verb is not None \
            and verb.tag_ in ("VBD", "VBN") and not future:
        # "the fund launched at the weekend has collected ...", said midweek: the weekend
        # gone, where a bare "the weekend" points ahead
        return parse_date("the weekend", ref - timedelta(weeks=1), tense=tense)
    explicit = EXPLICIT.search(raw)
    if explicit and explicit.group() != raw.strip():
        whole = parse_date(raw, ref, tense=tense)
        if whole is not None and (whole.explicit_range or vague):
            return whole  # "Nov. 30 to Dec. 13, 2023": the range, not its first day
    if explicit:
        value = parse_date(explicit.group(), ref, tense=tense)
        if value is not None:
            return value
    weeks_ago = WEEKS_AGO.search(before)
    if weeks_ago and ref is not None and WEEKDAY_ONLY.fullmatch(raw.strip()):
        return _weekday_weeks_ago(raw.strip(), ref, weeks_ago.group("n"))
    if VAGUE.search(raw) and not vague and not NAMED_MONTH_AWAY.fullmatch(raw.strip()) \
            and not (NEXT_YEAR.fullmatch(raw.strip()) and _numbered_meeting_beside(root)):
        # "last week", "in the coming days"; but "last November" is one month, and "will
        # move next year to ... for COP27" the year of that meeting
        return None
    value = parse_date(raw, ref, tense=tense)
    if value is not None:
        return value
    weekday = WEEKDAY.search(raw)
    if weekday:
        return parse_date(weekday.group(), ref, tense=tense)
    return None


# "which opened two weeks ago on Sunday": the weekday nearest the day that many weeks back.
WEEKS_AGO = re.compile(r"\b(?P<n>a|one|two|three|four|\d)\s+weeks?\s+ago\s*(?:on\s+|,\s*)?$", re.I)
WEEKDAY_ONLY = re.compile(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)", re.I)


def _weekday_weeks_ago(raw: str, ref: date, weeks: str) -> DateValue | None:
    number = parse_number(weeks)
    if number is None:
        return None
    back = ref - timedelta(weeks=int(number))
    shift = (WEEKDAYS[raw.lower()] - back.weekday() + 3) % 7 - 3
    day = back + timedelta(days=shift)
    return DateValue(day, day, "day", anchored=True)


def _past_perfect(verb) -> bool:
    """"had been scheduled to end", "had planned to close": the verb, or the one it hangs
    from, is in the past perfect."""
    chain = [verb, *verb.ancestors][:3]
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for t in chain for c in t.children)


LAST_YEAR = re.compile(r"\blast\s+year(?:'s|’s)?\b", re.I)
NEXT_YEAR = re.compile(r"next\s+year", re.I)
PAST_WEEKEND = re.compile(r"(?:at\s+|over\s+)?the\s+weekend", re.I)
MONTH_NAMED = re.compile(r"\b(?:" + _MONTH + r")\b", re.I)

# Topics of the event's own days: a date years away is another occasion ("the 2015 summit
# in Panama, where Obama met Castro").
WINDOWED_TOPICS = ("event-dates", "bilateral")


def _emit(ctx: SentenceContext, start: int, end: int, value: DateValue, *, start_cue: bool = False,
          end_cue: bool = False,
          default_topic: str | None = None, topic: str | None = None) -> list[Claim]:
    """The claims of one date: ``topic``, when the caller knows it, else the one its words
    give, else ``default_topic``."""
    if value.anchored and ctx.reference is None:
        return []
    root = ctx.root_of(start, end)
    if root is None:
        return []
    claims = _emit_at(ctx, start, end, value, root, start_cue, default_topic, topic)
    ended_with = session_ended_with(governing_verb(root)) if any(c.topic == "event-dates" for c in claims) else None
    if end_cue and value.granularity == "day" and value.start == value.end:
        for c in claims:
            if c.topic == "event-dates":
                c.basis = "end"  # compared as the last day, not as any day of the event
    if ended_with is not None:
        # "wrapped up their summit on Thursday with a meeting of the NATO-Ukraine Council":
        # the same day dates that session too, a second claim
        claims.append(_session_claim(ctx, start, end, value, root, ended_with))
    if topic is not None or value.start != value.end:
        return claims  # a part's span, or a range: the day a text was adopted is one day
    outcome = _outcome_date(ctx, start, end, value, root, claims)
    if any(c.subject == DEAL for c in outcome):
        # "the agreement was adopted late on Saturday night": talks that overrun close with a
        # deal after their last scheduled day, so the deal's day does not date the meeting
        claims = [c for c in claims if c.topic != "event-dates"]
    return claims + outcome


def _outcome_date(ctx: SentenceContext, start: int, end: int, value: DateValue, root,
                  dated: list[Claim]) -> list[Claim]:
    """The same date as the day the meeting's outcome document was adopted or released,
    when the date's verb says so: a second claim, so the meeting keeps its date too."""
    topic = ctx.vocab.topic(OUTCOME_TOPIC)
    if topic is None or any(c.topic not in ("event-dates", "leaders-sessions") for c in dated):
        return []  # a signing, a decision or a speech dates what it names, not the outcome
    document = outcome_dated(root, dict(topic.synonyms))
    if document is None:
        return []
    claim = ctx.claim("date", start, end, value.to_value(), root, OUTCOME_TOPIC, subject=document)
    if dated:
        claim.event = "main" if dated[0].value.get("overran") else dated[0].event
    elif claim.event == "main" and far_from_publication(ctx, value):
        claim.event = "other"  # "the declaration adopted in New Delhi in September 2023"
    if value.anchored:
        claim.value["anchored_to"] = ctx.reference.isoformat()
    return [claim]


OUTCOME_TOPIC = "outcome-dates"


def _emit_at(ctx: SentenceContext, start: int, end: int, value: DateValue, root, start_cue: bool,
             default_topic: str | None, known_topic: str | None) -> list[Claim]:
    edition = previous_edition(root) if known_topic is None and ctx.vocab.topic(EDITION_TOPIC) else None
    if edition is not None:
        # "replace the concept agreed in 2010": a date long past, but a fact of this event
        claim = ctx.claim("date", start, end, value.to_value(), root, EDITION_TOPIC, subject=edition)
        claim.event = "main"  # "the previous concept" marks the text, not another occasion
        return [claim]
    occasion = _occasion_hosted(root, ctx.vocab.topic(SIDE_OCCASION)) if known_topic is None else None
    if known_topic is not None:
        topic, subject, more = known_topic, None, {}
    elif occasion is not None:
        # "will host a reception for the leaders ... on Friday evening": the occasion's day
        topic, subject, more = SIDE_OCCASION, occasion, {}
    else:
        topic, subject, more = _topic_and_subject(ctx, start, end, root)
    if topic is None and default_topic and ctx.vocab.topic(default_topic) is not None:
        topic = default_topic
    if topic is None and known_topic is None and _the_events_dates(root) and ctx.vocab.topic("event-dates") is not None:
        topic = "event-dates"  # "COP29 had overrun its scheduled 11-22 November dates"
    if topic is None:
        _mark_dated_elsewhere(ctx, root, value)
        dated = ctx.vocab.topic("event-dates")  # the readers below date another occasion under it
        named = _named_meeting_in_a_town(root, dated.triggers) if dated is not None else None
        if named is not None:
            # "arriving from the Group of 20 summit in Rome on October 30-31": the parser hangs
            # the date on the verb, yet it dates the meeting named just before it
            return [_occasion_claim(ctx, start, end, value, root, event_name=named)]
        series = _numbered_meeting_beside(root) if dated is not None else None
        if series is not None:
            # "The real test comes at COP27 in Sharm el-Sheikh next November": the meeting
            # the date's verb places its act at, named by its series and number
            return [_occasion_claim(ctx, start, end, value, root, event_name=series)]
        document = _named_document_of(ctx, start, end) if value.granularity == "year" \
            and far_from_publication(ctx, value) and dated is not None else None
        if document is not None:
            # "the Paris Agreement of 2015", "the 2015 Paris Agreement": the year of another
            # occasion, the text's adoption, compared among the sources that date it
            claim = _occasion_claim(ctx, start, end, value, root, event_name=document)
            claim.event = "other"
            return [claim]
        town = _meeting_by_its_town(root) if dated is not None else None
        if town is not None:
            return _dated_in_its_town(ctx, start, end, value, root, town)
        session = named_session(governing_verb(root)) if dated is not None else None
        if session is not None:
            # "Earlier on Thursday, Zelensky sat down with the leaders at the NATO-Ukraine
            # Council": no event word, but a named session's day
            return [_session_claim(ctx, start, end, value, root, session)]
        if value.explicit_range and value.granularity == "day" and not ctx.markers:
            ctx.spare_ranges.append((start, end, value))
        return []
    person_subject = ctx.vocab.topic(topic).subject in PERSON_ACTS
    basis = "start" if start_cue and not value.explicit_range else None
    claim = ctx.claim("date", start, end, value.to_value(), root, topic, subject=subject, basis=basis)
    if topic == "event-dates" and value.explicit_range and WEEKDAY_PAIR.fullmatch(claim.text.strip()) \
            and _a_persons_act(root):
        # "Modi joining the sessions on Saturday and Sunday": the days one person took part,
        # inside the event's span, not its whole span
        claim.value["range"] = False
    if topic == "event-dates" and not claim.value.get("event_name"):
        session = named_session(governing_verb(root))
        if session is not None:
            claim.value["event_name"] = session  # "to meet allied leaders at the NATO-Ukraine Council on Thursday"
    if claim.event not in ("earlier", "previous") and topic in WINDOWED_TOPICS and far_from_publication(ctx, value):
        before = ctx.vocab.window_days[0]
        if claim.event == "main" and topic == "event-dates" and (ctx.reference - value.end).days > before \
                and _first_edition(ctx, root):
            claim.topic = "first-edition"  # "held its first summit in 2009"
        else:
            # "destroyed on Aug. 6, 1945", "the next summit, in 2024"; or already another
            # occasion ("after a summit in July 1997", past the lead)
            claim.event = "other"
        # its city ("the first summit's") and who it admitted ("a summit in July 1997 that
        # opened the door to Poland") are not this event's
        _clause_is_other(ctx, root)
    if claim.event == "main" and claim.topic == "event-dates" and ctx.reference is not None \
            and value.granularity == "year" and value.start.year != ctx.reference.year:
        # "South Africa will host the leaders in Johannesburg in 2025": a report is written
        # days from its event, so a year other than its own dates another occasion
        claim.event = "other"
        _clause_is_other(ctx, root)
    if topic == "event-dates" and ctx.vocab.topic(LEADERS_PART) is not None and leaders_part_dated(root):
        claim.topic = topic = LEADERS_PART
    if claim.event == "main" and topic == "event-dates" and _past_the_schedule(root):
        claim.event = "other"  # the day it overran to, not a day of the span it was set for
        claim.value["overran"] = True  # still the day its outcome was adopted
    if claim.event == "main" and topic == "event-dates" and _before_the_event(root):
        claim.event = "other"  # "ministers met on Monday ahead of the summit": not the summit's day
    if claim.event == "main" and topic == "event-dates" and _names_another_thing(root):
        claim.event = "other"  # "Ethiopia's January port deal": the deal's month
    if person_subject:
        claim.value["subject_kind"] = "person"  # resolved across spellings in align
    claim.value.update(more)
    if topic == "founding":
        name = founded_name(ctx)
        if name:
            claim.value["founded"] = name  # which body's founding, decided in align
    if value.anchored:
        claim.value["anchored_to"] = ctx.reference.isoformat() if ctx.reference else None
    return [claim]


def _meeting_by_its_town(root) -> Token | None:
    """"Compared with Rome in October 2021", "what Rome in October 2021 and Bali both did":
    a town dated in its own phrase stands for the meeting held there then; "Last year's
    gathering in Rome, in October 2021, was the first ...": a date on the verb "be" whose
    subject is a meeting placed in a town. The town, else None."""
    if root.dep_ != "pobj" or root.head.lower_ != "in":
        return None
    holder = root.head.head
    if holder.pos_ == "PROPN" and holder.ent_type_ == "GPE" and is_city(_whole_name(holder)):
        return holder
    before = root.doc[root.head.i - 1] if root.head.i > root.sent.start else None
    if before is not None and before.dep_ in ("pobj", "nsubj") and before.pos_ == "PROPN" and before.ent_type_ == "GPE" \
            and is_city(_whole_name(before)):
        return before  # the parser may hang the date on the verb past "with Rome", "what Rome ... did"
    if holder.lemma_.lower() != "be":
        return None
    for subject in (c for c in holder.children if c.dep_ == "nsubj" and c.lemma_.lower() in SERIES_NOUNS):
        for town in (p for prep in subject.children if prep.dep_ == "prep" and prep.lower_ == "in"
                     for p in prep.children if p.dep_ == "pobj" and p.ent_type_ == "GPE"):
            if is_city(_whole_name(town)):
                return town
    return None


def _years_of_documents(ctx: SentenceContext) -> list[tuple[int, int]]:
    """"the Paris Agreement of 2015", "the 2015 Paris Agreement": the years written into a
    named document's name, which the tagger often leaves untagged."""
    text = ctx.source.analysis_text
    s0, s1 = ctx.sent.start_char, ctx.sent.end_char
    if not YEAR.search(text, s0, s1):
        return []  # performance: most sentences hold no year
    return [m.span() for m in YEAR.finditer(text, s0, s1)
            if any(_written_into(text, d0, d1, m.start(), m.end()) for d0, d1, _ in _documents(ctx))]


YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _named_document_of(ctx: SentenceContext, start: int, end: int) -> str | None:
    """The named document a year is written into: "the Paris Agreement of 2015", "the 2015
    Paris Agreement". Its name, else None."""
    text = ctx.source.analysis_text
    return next((name for d0, d1, name in _documents(ctx) if _written_into(text, d0, d1, start, end)), None)


def _documents(ctx: SentenceContext) -> list[tuple[int, int, str]]:
    """The sentence's named documents as (start, end, name) in the text, read once (both the
    date items and the dates' readers ask)."""
    if ctx.documents_read is None:
        s0 = ctx.sent.start_char
        ctx.documents_read = [(s0 + d0, s0 + d1, name)
                              for d0, d1, name, _ in find_documents(ctx.source.analysis_text[s0:ctx.sent.end_char])]
    return ctx.documents_read


def _written_into(text: str, d0: int, d1: int, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` are written into the document named at ``d0:d1``:
    right after it, past "of", or right before it."""
    return bool(OF_YEAR.fullmatch(text[d1:start])) or end <= d0 and not text[end:d0].strip()


OF_YEAR = re.compile(r"\s+of\s+")


def _named_meeting_in_a_town(root, event_words) -> str | None:
    """"straight from the G20 in Rome on 30-31 October": a date right after a named meeting
    placed in a town is that meeting's. Its name, else None."""
    if root.dep_ != "pobj" or root.head.lower_ != "on" or root.head.i == root.sent.start:
        return None
    town = root.doc[root.head.i - 1]
    if town.dep_ != "pobj" or town.head.lower_ != "in" or town.ent_type_ != "GPE" or not is_city(_whole_name(town)):
        return None
    return event_name(town.head.head, list(event_words))


def _occasion_hosted(root, topic) -> str | None:
    """The kind of side occasion a date's verb gives ("will host a reception for the leaders
    ... on Friday evening", "was due to host the leaders at a reception ... later on
    Friday"), else None."""
    if topic is None or root is None:
        return None
    verb = root.head if root.head.pos_ == "VERB" else root.head.head  # "on Friday", "later on Friday"
    return next(filter(None, (agent_of(n, topic) for n in occasions_given(verb))), None)


def _numbered_meeting_beside(root) -> str | None:
    """The numbered series meeting ("COP27") named in an "at", "for" or "to" phrase of the
    verb a date hangs on: "comes at COP27 ... next November", "will move next year to
    Sharm el-Sheikh for COP27"."""
    verb = governing_verb(root) if root is not None else None
    if verb is None or root.head != verb:
        return None
    return next((o.text for head in with_destination(verb) for o in phrase_objects(head, ("at", "for", "to"))
                 if is_numbered_meeting(o)), None)


def _whole_name(token) -> str:
    ent = entity_of(token)
    return ent.text if ent is not None else token.text


def _dated_in_its_town(ctx: SentenceContext, start: int, end: int, value: DateValue, root, town) -> list[Claim]:
    """The date of a past or future meeting known by its town, compared among the sources
    that date the meeting in that town (align keys it). Never the event's own: a town with a
    date and no event word near the article's days says nothing sure of the event."""
    claim = _occasion_claim(ctx, start, end, value, root, town=_whole_name(town))
    if claim.event == "main":
        if not far_from_publication(ctx, value):
            return []
        claim.event = "other"
    return [claim]


def _a_persons_act(root) -> bool:
    """Whether a date's verb is one named person's act: its subject, or the name a participle
    hangs on ("Indian Prime Minister Narendra Modi joining the sessions")."""
    verb = governing_verb(root)
    if verb is None:
        return False
    if any(s.ent_type_ == "PERSON" for s in subjects_of(verb)):
        return True
    return verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBG" and verb.head.ent_type_ == "PERSON"


def _session_claim(ctx: SentenceContext, start: int, end: int, value: DateValue, root, session: str) -> Claim:
    # the session's name: align decides whether it is the bundle's meeting
    return _occasion_claim(ctx, start, end, value, root, event_name=session)


def _occasion_claim(ctx: SentenceContext, start: int, end: int, value: DateValue, root, **known) -> Claim:
    """An event-dates claim for an occasion a reader knows by something it names (``known``:
    its town, its session's name), dated as the topic's claims are."""
    claim = ctx.claim("date", start, end, value.to_value(), root, "event-dates")
    claim.value.update(known)
    if value.anchored:
        claim.value["anchored_to"] = ctx.reference.isoformat() if ctx.reference else None
    return claim


def _names_another_thing(root) -> bool:
    """A date written into a noun phrase as a modifier ("the January port deal", "its
    March vote") dates that thing, unless the thing is the meeting itself."""
    node = root
    while node.dep_ == "compound" and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
    return node is not root and node.pos_ == "NOUN" and node.lemma_.lower() not in MAIN_EVENT_NOUNS | TIMES_OF_DAY \
        and not _the_events_dates(root)


# "late on Saturday night": a time of the day, not a thing the day dates.
TIMES_OF_DAY = {"morning", "afternoon", "evening", "night", "hour", "dawn", "noon", "midnight"}


def _clause_is_other(ctx: SentenceContext, root) -> None:
    """What else a date's clause says (its city) is about the same other occasion."""
    head = root.head.head if root.head.dep_ == "prep" else root.head
    if root.dep_ == "npadvmod" and head.pos_ == "NOUN":
        # "the grouping's second summit after Washington last September": the date goes with
        # the occasion after which this one came, not with this one
        head = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in SEQUENCE_WORDS), head)
    ctx.other_anchors += [root, head]


SEQUENCE_WORDS = {"after", "since", "before", "following"}


# The gathered participants as a clause's subject: what they did on a day, they did at the event.
GATHERED = {"leader", "head", "delegate"}
DEPARTING = {"leave", "depart", "return"}


def _act_of_the_leaders(ctx: SentenceContext, start: int, end: int) -> bool:
    """"The leaders of the United States, Japan, India and Australia on Tuesday pledged ...":
    a day on which the leaders, together, acted is a day of their meeting, even when the verb
    is no event word. Only a single weekday or date on the leaders' own verb counts."""
    root = ctx.root_of(start, end)
    if root is None:
        return False
    verb = root.head.head if root.dep_ == "pobj" else root.head
    if verb.pos_ != "VERB" or modality(verb) == "negated" or verb.lemma_.lower() in DEPARTING:
        return False  # "leaders left San Francisco on Saturday": the day after, not of, the meeting
    return any(s.lemma_.lower() in GATHERED and s.tag_ == "NNS" for s in subjects_of(verb))


def _mark_dated_elsewhere(ctx: SentenceContext, root, value: DateValue) -> None:
    """"accepted as a member in November 2022 at the summit in Phnom Penh", "Laos will chair
    the bloc in 2024, with its summits held in Vientiane": a date long before the article, or
    a later year, beside an event word dates that event word's occasion; what the
    clause says of it (its city) is not about the event reported."""
    if ctx.reference is None:
        return
    if root.dep_ == "pobj" and root.head.lower_ in OFFSET_WORDS:
        return  # "the first such summit since 2015": a point counted from, dating nothing here
    other_year = value.granularity == "year" and value.start.year > ctx.reference.year
    if (ctx.reference - value.end).days <= ctx.vocab.window_days[0] and not other_year:
        return
    verb = governing_verb(root)
    # the date must date the verb's own clause ("accepted as a member in November 2022"),
    # not a name inside it ("the third gathering, after Bletchley Park in 2023")
    if verb is None or verb.lemma_.lower() == "be" or any(
            t.pos_ == "PROPN" for t in root.ancestors if t.i != verb.i and verb in t.ancestors):
        return  # a copula's date is too often misattached to say which clause it dates
    events = {t.token.i for t in ctx.triggers if t.topic in ("event-dates", "venue")}
    if any(t.i in events for t in verb.subtree):
        ctx.other_anchors.append(verb)


def _topic_and_subject(ctx: SentenceContext, start: int, end: int, root) -> tuple[str | None, str | None, dict]:
    """(topic, subject, more values) of a date: what a decision is about ("matter"), who
    took part in a side meeting ("parties"). A topic whose subject the sentence does not name
    ("Leaders agreed on Saturday": no one person) gives way to the next topic that fits."""
    tried: frozenset[str] = frozenset()
    side_meeting = None
    while True:
        topic = ctx.topic_for("date", start, end, root, exclude=tried)
        if topic is None or side_meeting is not None and ctx.last_trigger.token.i == side_meeting.i:
            return None, None, {}  # a side meeting with no named counterpart is not compared
        kind = ctx.vocab.topic(topic).subject
        subject = matter = None
        if topic == "bilateral":
            trigger = ctx.last_trigger.token
            if trigger.pos_ == "VERB" and not named_party(ctx, trigger) or _in_own_clause(root, trigger):
                tried |= {topic}  # "the leaders met on Thursday": the meeting itself
                continue
            own = governing_verb(root)
            if trigger.pos_ == "VERB" and own is not None and own != trigger and trigger.dep_ == "conj" \
                    and trigger.head == own:
                # "moved on to the NATO summit on 14 June and meets Putin on 16 June": the
                # first verb's day, not the meeting's
                tried |= {topic}
                continue
            countries, people = parties(ctx, trigger)
            if not countries and not people and trigger.lemma_.lower() in OWN_PARTIES:
                tried |= {topic}  # "the talks ended on Thursday": the summit's own talks
                continue
            if not countries and not people and trigger.lemma_.lower() not in SIDELINES:
                countries, people = counterpart(ctx, start)
            if not countries and not people:
                # "talks ... on the sidelines of a summit that opened on Wednesday": another
                # event word may still date the event; the talks' own word may not
                side_meeting, tried = trigger, tried | {topic}
                continue
            return topic, "|".join(sorted(countries)) or None, {"parties": people} if people else {}
        elif kind == "signed-document":
            subject = signed_thing(ctx.last_trigger.token)
            if subject is None:
                tried |= {topic}  # "leaders signed off on Friday": nothing named was signed
                continue
            if _several_days(ctx, start, end):
                # "On 15-16 November, in Nusa Dua, he got the leaders to sign a text": a signing
                # is one day, a span of days frames the meeting
                tried |= {topic}
                continue
            return topic, subject, {}
        elif kind == "member-country":
            verb = governing_verb(root)
            ended = verb is not None and verb.lemma_.lower() in ENDING_VERBS
            subject = None if ended else _country_acted_on(ctx.last_trigger.token)
            if subject is None and not ended and _no_one_named(ctx.last_trigger.token):
                return topic, SUBJECT_UNNAMED, {}  # "an exclusion that began in 2011": whose, align decides
            if subject is None:
                # "Mali's suspension was lifted on March 3" dates the lifting; "the
                # exclusion of observers began in 2015" is not a country's
                tried |= {topic}
                continue
            return topic, subject, {}
        elif kind == "member-or-body":
            trigger = ctx.last_trigger.token
            country = _country_acted_on(trigger)
            body = None if country else _body_joined(trigger)
            if country is None and body is None:
                tried |= {topic}  # "the admission process began in 2019": no one admitted
                continue
            return topic, country, {"body": body} if body else {}
        elif kind in NAMED_BY_TRIGGER:
            subject = agent_of(ctx.last_trigger.token, ctx.vocab.topic(topic))
            if subject is None:
                tried |= {topic}  # "Russia struck Kyiv on Monday": no thing struck
                continue
            return topic, subject, {}
        elif kind in PERSON_ACTS and _opens_the_event(root) and ctx.vocab.topic("event-dates"):
            return "event-dates", None, {}  # "addressed the opening of the summit on Friday"
        elif kind in PERSON_ACTS and _hands_over(ctx.last_trigger.token):
            # "X, who hands the keys to Y on 1 October": the day Y takes over, when it lies
            # ahead; the gavel passed at the meeting itself is no start of a term
            receiver = _handed_to(ctx, ctx.last_trigger.token)
            value = _resolve(ctx, start, end)
            if receiver is None or value is None or ctx.reference is None or value.start <= ctx.reference:
                tried |= {topic}
                continue
            return topic, receiver, {}
        elif kind == "person" and _several_days(ctx, start, end):
            # "Biden's address on 1 November, straight from the G20 in Rome on 30-31 October":
            # a speech, an arrival or a departure is one day, a span of days frames another
            # occasion the parser hung on the act
            tried |= {topic}
            continue
        elif kind in PERSON_ACTS:
            subject = _agent(ctx)
            if subject is not None and kind == "person-and-matter":
                matter = _matter(ctx)
                subject = subject if matter else None
            elif subject is not None and kind == "person-and-destination":
                place = _destination(ctx)
                return topic, subject, {"destination": place} if place else {}
        if subject is not None or kind not in PERSON_ACTS:
            return topic, subject, {"matter": matter} if matter else {}
        tried |= {topic}


# Verbs that end a suspension: a date on them is not when it began.
ENDING_VERBS = {"lift", "end", "revoke", "reverse", "overturn", "rescind"}


def _country_acted_on(trigger) -> str | None:
    """The country a body suspended or expelled: "Syria was suspended", "expelled Russia",
    "Syria's suspension", "the suspension of Syria"."""
    if trigger.pos_ == "NOUN":
        owners = _owners(trigger)
    else:
        owners = [c for c in trigger.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
    tokens = [t for o in owners for t in o.subtree if t.dep_ not in ("relcl", "acl")]
    capitals = (country_of_capital((entity_of(t) or t).text) for t in tokens if t.pos_ == "PROPN")
    return country_in(tokens) or next(filter(None, capitals), None)


def _no_one_named(trigger) -> bool:
    """"An exclusion that began in 2011", "its suspension": a suspension that names no one,
    or names its member only by a pronoun. A verb's pronoun ("it was suspended in 2020") is
    too often the meeting itself to count."""
    return trigger.pos_ == "NOUN" and all(o.pos_ == "PRON" for o in _owners(trigger))


def _owners(noun) -> list:
    """Whose a noun is: "Syria's suspension", "the suspension of Syria"."""
    return [c for c in noun.children if c.dep_ == "poss"] + [
        p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children if p.dep_ == "pobj"]


def _body_joined(trigger) -> str | None:
    """The body someone was admitted to, as named: "admitted as a permanent member of the
    Group of 20", "the AU's admission to the G20"."""
    for tok in trigger.subtree:
        if tok.dep_ == "pobj" and tok.pos_ == "PROPN" and tok.head.lower_ in ("to", "into", "of") \
                and (tok.head.lower_ != "of" or tok.head.head.lemma_.lower() == "member"):
            ent = entity_of(tok)
            return ent.text if ent is not None else tok.text
    return None


# Words that are a side meeting only with its parties named in their own arguments ("Xi and
# Modi talked", "held their first formal talks"): alone they are the summit's talks.
OWN_PARTIES = {"talk"}

# Where something happened, not who met: "Pistorius said on Tuesday on the sidelines" names
# a speaker, not a party to a meeting.
SIDELINES = {"sideline", "sidelines"}


def _in_own_clause(root, trigger) -> bool:
    """"Biden, who turns 80 on Sunday, also met Erdogan": the date dates a relative clause
    of its own, not the meeting."""
    verb = governing_verb(root)
    return (verb is not None and verb is not trigger and verb.dep_ in ("relcl", "acl")
            and trigger not in verb.subtree)


def _several_days(ctx: SentenceContext, start: int, end: int) -> bool:
    value = _resolve(ctx, start, end)
    return value is not None and value.explicit_range and value.granularity == "day" and value.end > value.start


def _hands_over(trigger) -> bool:
    return trigger.lemma_.lower() == "hand" and trigger.pos_ == "VERB" \
        and not any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children)


def _handed_to(ctx: SentenceContext, verb) -> str | None:
    """The person something is handed to ("hands the keys to Y", "hands over on October 1
    to Y")."""
    for prep in (c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            ent = entity_of(obj, ctx.ents)
            if ent is not None and ent.label_ == "PERSON":
                return ent.text
    return None


def _agent(ctx: SentenceContext) -> str | None:
    """The person doing what the topic's trigger says: its subject, or the noun a relative
    clause hangs off ("Zelensky, who flew in on Saturday")."""
    trigger = ctx.last_trigger.token if ctx.last_trigger is not None else None
    if trigger is None:
        return None
    known = _people_of(ctx.sent.doc)
    owner = next((c for c in trigger.children if c.dep_ == "poss"), None) if trigger.pos_ == "NOUN" else None
    if owner is not None:
        # "Vance's speech on Tuesday", "used his speech", "the vice president's speech"
        return _possessor(ctx, owner, known)
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    said = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects = list(subjects_of(verb))
    # "China's top diplomat Wang Yi flew home": the parser may give the title and the name
    # each as a subject; the name is the one meant
    subj = next((s for s in subjects if s.ent_type_ == "PERSON"), subjects[0] if subjects else None)
    if subj is None and verb.tag_ == "VBG" and verb.dep_ == "acl":
        subj = verb.head  # "Zelenskiy, addressing the leaders by video link on Wednesday"
    elif subj is None and verb.tag_ == "VBG" and verb.dep_ == "advcl":
        subj = next(iter(subjects_of(verb.head)), None)  # "Addressing the summit on Monday, Lula said"
    if subj is None:
        return None
    if subj.lower_ in ("he", "she"):
        # "Erdogan's surprise came on Monday, when he agreed": the person named before it
        return person_meant(subj, ctx.ents, lambda e: _is_person(e, known))
    named = next((c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if subj.pos_ == "NOUN" and named is not None:
        subj = named  # "Russia's top diplomat Sergei Lavrov flew out": the name beside the title
    who = any(t.lower_ == "who" for t in said)
    for ent in ctx.ents:
        if ent.start <= subj.i < ent.end and (_is_person(ent, known) or who and _name_shaped(ent)):
            # "Turkey's Recep Tayyip Erdoğan, who on Monday agreed": "who" speaks of a person
            # even when the tagger, thrown by a letter it rarely saw, calls the name an ORG
            return ent.text
    return None


def _possessor(ctx: SentenceContext, owner, known: set[str]) -> str | None:
    """The person a possessive names: a name, "his"/"her", or a title alone ("the vice
    president's"), which align resolves to the one holder of that title in the bundle."""
    if owner.lower_ in ("his", "her"):
        return person_meant(owner, ctx.ents, lambda e: _is_person(e, known))
    ent = entity_of(owner, ctx.ents)
    if ent is not None:
        if _is_person(ent, known):
            return ent.text
        # the tagger may run a name into what follows it ("Biden’s July 10-12" as one entity)
        return owner.text if owner.text in known and ent[0] == owner else None
    words = [t.lower_ for t in owner.subtree if t.dep_ in ("compound", "amod") or t.i == owner.i]
    title = " ".join(w for w in words if w.isalpha())
    return title if title in LEADER_TITLES else None


def _people_of(doc) -> set[str]:
    """Every name and surname the article tags as a person somewhere."""
    names = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            names |= {ent.text, ent[-1].text}
    return names


def _is_person(ent, known: set[str]) -> bool:
    """Tagged a person, or a name the article tags as a person elsewhere: the small model
    often reads a lone surname opening a sentence ("Biden agreed ...") as an organisation."""
    return ent.label_ == "PERSON" or ent.label_ in ("ORG", "NORP", "GPE") and ent.text in known and _name_shaped(ent, least=1)


def _name_shaped(ent, least: int = 2) -> bool:
    """``least`` to four capitalised words, none in capitals only (not an acronym like "NATO")."""
    words = [t for t in ent if not t.is_punct]
    return least <= len(words) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() for t in words)


def _destination(ctx: SentenceContext) -> str | None:
    """Where a visit goes: "Biden's visit to Lithuania", "Biden visited Britain". One person's
    visits to two countries on one trip are two facts."""
    trigger = ctx.last_trigger.token
    places = [c for c in trigger.children if c.dep_ in ("dobj", "obj")] if trigger.pos_ == "VERB" else []
    places += [p for prep in trigger.children if prep.dep_ == "prep" and prep.lower_ == "to"
               for p in prep.children if p.dep_ == "pobj"]
    for tok in places:
        ent = entity_of(tok, ctx.ents)
        if ent is not None and ent.label_ in ("GPE", "LOC"):
            return canonical_country(ent.text) or ent.text
    return None


def _matter(ctx: SentenceContext) -> str | None:
    """What a person's decision is about: the first country its complement names ("agreed
    to send Sweden's bid to parliament": Sweden), else the complement's object ("agreed to
    a ceasefire": ceasefire). Decisions on different matters are never compared."""
    trigger = ctx.last_trigger.token
    complement = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp", "dobj", "prep")]
    tokens = sorted({t for c in complement for t in c.subtree if t.ent_type_ != "DATE"}, key=lambda t: t.i)
    country = country_in(tokens)
    if country:
        return country
    for tok in tokens:
        if tok.dep_ in ("dobj", "pobj") and tok.pos_ == "NOUN":
            return tok.lemma_.lower()
    return None


def _first_edition(ctx: SentenceContext, root) -> bool:
    """A past date in the clause of "first met" or "its first summit", or on the first
    meeting itself ("since the inaugural summit in Miami in 1994"): the series' start."""
    topic = ctx.vocab.topic("first-edition")
    if topic is None:
        return False
    words = set(topic.triggers)
    verb = governing_verb(root)
    if verb is None:
        return False
    for tok in verb.subtree:
        if tok.lower_ not in ("first", "inaugural") or tok.i == root.i:
            continue
        head = tok.head
        if head.dep_ == "poss" and head.head.lemma_.lower() in words:
            head = head.head  # "its first leaders' summit"
        if head.lemma_.lower() in words and (head == verb or head.head == verb or root in head.subtree
                                             or head.dep_ in ("dobj", "nsubj", "nsubjpass")):
            return True
    return False


def date_from_value(value: dict) -> tuple[date, date]:
    return date.fromisoformat(value["start"]), date.fromisoformat(value["end"])
