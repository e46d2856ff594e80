"""Places, lists of countries taking part, and named documents in a sentence."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from summitcheck.extract.bilateral import named_party, parties
from summitcheck.extract.context import (SIDE_OCCASION, distance, entity_of, invited_role, invited_to_join,
                                         modality, occasions_given, phrase_objects, subjects_of,
                                         with_destination)
from summitcheck.extract.finders import find_documents
from summitcheck.extract.groups import group_list
from summitcheck.extract.incidents import NAMED_BY_TRIGGER, TOPIC as INCIDENT, agent_of
from summitcheck.extract.roles import (
    DELEGATION_NOUNS,
    MAIN_EVENT_NOUNS,
    PARTIAL_CUES,
    is_absent,
    is_host_verb,
    object_is_not_event,
    occasion_missed_by,
    occasion_namer,
)
from summitcheck.extract.sentence import SentenceContext, is_numbered_meeting
from summitcheck.model import Claim
from summitcheck.normalize.cities import capital_of, is_city
from summitcheck.normalize.places import canonical_country, canonical_member, canonical_place, is_demonym


# Where a side meeting was held: compared per pair of parties, like its date.
BILATERAL_VENUE = "bilateral-venue"

# Place topics read by a finder of their own (extract/stops.py), never by word nearness.
OWN_FINDER_TOPICS = frozenset({"stopover"})

# The last word of a building's name, for the venues the small model tags ORG ("the Sandton
# Convention Centre", "Lancaster House"); FAC entities need no such word.
BUILDING_WORDS = frozenset({"centre", "center", "house", "palace", "palais", "hall", "castle", "hotel",
                            "pavilion", "villa", "stadium", "arena", "resort", "chateau", "château", "campus"})


# The last word of a place inside a town that the model may tag as a town ("Flamengo Park").
GROUNDS_WORDS = frozenset({"park", "square", "garden", "gardens", "beach", "quay", "pier", "boulevard", "avenue"})


def _site(ent: Span) -> bool:
    """A building or compound rather than a town: "Lancaster House", "Camp David", "a
    landmark in Flamengo Park"."""
    if ent.label_ == "FAC":
        return True
    if ent.label_ in ("GPE", "LOC") and len(ent) > 1 and ent[-1].lower_ in GROUNDS_WORDS:
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in SITE_KINDS for c in ent.root.children):
        return True  # "Forte Village, a resort on the coast of Sardinia"
    return ent.label_ == "ORG" and ent[-1].lower_ in BUILDING_WORDS


def _with_something_else(place: Token, trigger: Token | None) -> bool:
    """"It will be held at X, with a public Green Zone across the water at Y": a place
    reached through a "with" phrase naming a thing on its way to the event word is where
    that thing is."""
    for token in place.ancestors:
        if trigger is not None and token.i == trigger.i:
            return False
        if token.dep_ == "pobj" and token.head.lower_ == "with" and not opening_ceremony(token) and (
                token.pos_ == "NOUN" or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)):
            # a thing; "talks with Xi at the Filoli estate" are held where they are, and "will
            # open with a ceremony at X" opens the event there
            return True
    return False


def _under_side_occasion(place: Token, trigger: Token | None, words: tuple[str, ...]) -> Token | None:
    """"attend a state banquet for visiting leaders at Buckingham Palace": a word of the topic's
    ``exclude_governors`` between the place and its event word names a side occasion. The
    word, else None."""
    for token in place.ancestors:
        if trigger is not None and token.i == trigger.i:
            # "an Asia trip that begins in Seoul": the trigger's own subject may be the occasion
            if trigger.pos_ != "VERB":
                return None
            return next((s for s in subjects_of(trigger) if s.lemma_.lower() in words and not opening_ceremony(s)),
                        None)
        if token.lemma_.lower() in words and not opening_ceremony(token):
            return token
    return None


OPENING = "open"
# The subject of the building where the event opened.
OPENING_VENUE = "opening"


def opening_ceremony(noun: Token) -> bool:
    """"the opening ceremony", "the ceremony that opened the summit", "will open on Tuesday
    with a ceremony at X": the event's own opening, held where the event opened, not a side
    occasion like a dinner."""
    if noun.lemma_.lower() != "ceremony":
        return False
    if any(c.dep_ == "amod" and c.lower_ in ("opening", "inaugural") for c in noun.children):
        return True
    if any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() == OPENING for c in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lemma_.lower() == OPENING


def _opened_at(place: Token, trigger: Token | None) -> bool:
    """Whether a building is where the event opened: below an opening ceremony, or on the
    verb "open" itself ("The summit opened on Tuesday evening at X"). Such a building is
    compared with the other sources' opening venue, apart from the buildings of the sessions."""
    if any(opening_ceremony(t) for t in place.ancestors):
        return True
    verb = trigger if trigger is not None and trigger.pos_ in ("VERB", "AUX") else None
    if verb is not None and any(opening_ceremony(s) for s in subjects_of(verb)):
        return True  # "The ceremony that opened the summit ... took place at X"
    return verb is not None and verb.lemma_.lower() == OPENING and place in verb.subtree \
        and not any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _named_buildings(ctx: SentenceContext) -> list[Span]:
    """"at the Bürgenstock resort": a building word with a capitalised name before it, which
    the model may tag as a person or not at all; the whole phrase is the site."""
    out = []
    for tok in ctx.sent:
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at") or tok.lower_ not in BUILDING_WORDS:
            continue
        names = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.text[:1].isupper()]
        if names and not any(e.start <= tok.i < e.end for e in ctx.ents):
            # the whole name: "the Borgo Egnazia resort", not "Egnazia resort"
            out.append(Span(ctx.sent.doc, min(c.left_edge.i for c in names), tok.i + 1, label="FAC"))
    return out


# A body's own building, named by its owner rather than a name of its own.
HEADQUARTERS = "headquarters"


def _owned_buildings(ctx: SentenceContext) -> list[Span]:
    """"at the bloc's headquarters", "in the Chinese-built headquarters", "at the UN Economic
    Commission for Africa's conference centre": a building named by whose it is. Every
    headquarters is read (a meeting held at one is held at its body's seat, however the body
    is called); another building word needs its owner named."""
    out = []
    for tok in ctx.sent:
        if tok.dep_ != "pobj" or tok.lower_ not in BUILDING_WORDS | {HEADQUARTERS}:
            continue
        prep, first = tok.head, tok
        if prep.lower_ in ("for", "of") and prep.head.dep_ == "pobj" and prep.head.pos_ == "PROPN" \
                and prep.head.head.lower_ in ("at", "in"):
            # the parser splits a long name at "for": "at [the UN Economic Commission] for ..."
            first, prep = prep.head, prep.head.head
        if prep.lower_ not in ("at", "in") or any(e.start <= tok.i < e.end for e in ctx.ents):
            continue
        if tok.lower_ != HEADQUARTERS and not any(c.dep_ == "poss" for c in tok.children):
            continue  # "at the conference centre": no one's in particular
        start = min(first.left_edge.i, tok.left_edge.i)
        while ctx.sent.doc[start].dep_ == "det" and start < tok.i:
            start += 1
        out.append(Span(ctx.sent.doc, start, tok.i + 1, label="FAC"))
    return out


def find_places(ctx: SentenceContext) -> list[Claim]:
    claims: list[Claim] = []
    for ent in [*ctx.ents, *_named_buildings(ctx), *_owned_buildings(ctx), *_capitals_named(ctx)]:
        if ctx.overlaps_taken(ent.start_char, ent.end_char):
            continue
        root = ent.root
        placing = _placing_word(root)
        if placing is None:
            continue
        if ent.label_ not in ("GPE", "LOC", "FAC") and not _site(ent):
            if ent.label_ not in ("ORG", "PERSON", "NORP", "LANGUAGE", "PRODUCT", "WORK_OF_ART") \
                    or not is_city(ent.text) and not _person_tag_on_a_town(ent, placing):
                continue
            # "the summit in Durban", tagged ORG; "the previous summit in Tunis", tagged LANGUAGE
            ent = Span(ent.doc, ent.start, ent.end, label="GPE")
        anchor = root.head.head if root.head.head.ent_type_ == "DATE" else root  # "for March in Nairobi"
        if placing.lower_ == "to":
            anchor = _arrived_for(placing.head)
            if anchor is None:
                continue
        topic = ctx.topic_for("place", ent.start_char, ent.end_char, anchor, exclude=OWN_FINDER_TOPICS)
        if topic == "host-country" and canonical_country(ent.text) is None:
            # "will host leaders in Hiroshima at the Grand Prince Hotel": a town or a building is
            # where the host holds it, not the host
            topic = ctx.topic_for("place", ent.start_char, ent.end_char, anchor,
                                  exclude=OWN_FINDER_TOPICS | {"host-country"})
        if topic is None and placing.lower_ in ("in", "at"):
            # "by Saturday he was in Hiroshima, Japan, for the Group of Seven summit": where
            # someone was for an event is where the event was held
            purpose = _event_come_for(placing.head) or _numbered_meeting_at(placing.head)
            meeting = _there_to_meet(placing.head) if purpose is None else None
            if meeting is not None and named_party(ctx, meeting):
                purpose = meeting  # only a side meeting with someone named: "to meet the press" places nothing
            if purpose is not None:
                topic = ctx.topic_for("place", ent.start_char, ent.end_char, purpose, exclude=OWN_FINDER_TOPICS)
        spoken_at = topic is None and _speaking_at_a_site(placing, ent)
        if spoken_at:
            topic = "venue"
        if topic is None:
            continue
        # with no event word (spoken_at) there is no side meeting or occasion to tell apart
        trigger = None if spoken_at else ctx.last_trigger.token
        side_meeting = None
        if trigger is not None and topic == "venue" and (_side_meeting(trigger) or _came_for_a_side_meeting(trigger)):
            continue  # "for talks with President Trump in Washington": another meeting
        if trigger is not None and topic == "venue" and trigger.pos_ == "VERB" and named_party(ctx, trigger) \
                and trigger.lemma_.lower() not in ARRIVAL_VERBS and ctx.vocab.topic(BILATERAL_VENUE):
            # "Biden and Xi met on Wednesday at Filoli": where a side meeting was held,
            # compared with other places given for the same two parties
            side_meeting = parties(ctx, trigger)
        if topic == "venue" and _with_something_else(root, trigger):
            continue  # "held at X, with a public Green Zone at Y": Y is the other thing's place
        occasion = _under_side_occasion(root, trigger, ctx.vocab.topic(topic).exclude_governors)
        if occasion is None and topic == "venue":
            # "hosted the leaders at a reception at the Eden Project": the parser hangs the
            # building on the verb, after the occasion
            occasion = next((n for n in occasions_given(trigger) if n.i < root.i
                             and n.lemma_.lower() in ctx.vocab.topic(topic).exclude_governors), None)
        if occasion is not None:
            side = ctx.vocab.topic(SIDE_OCCASION)
            kind = agent_of(occasion, side) if side is not None else None
            if kind is None:
                continue
            # "a dinner hosted by the president in nearby Brindisi", "a reception at the Eden
            # Project": where the side occasion was held, compared among its own places
            topic, trigger = SIDE_OCCASION, occasion
        name, level = (ent.kb_id_, "city") if ent.kb_id_ else canonical_place(ent.text)
        subject, value_extra = None, {}
        if ctx.vocab.topic(topic).subject in NAMED_BY_TRIGGER:
            subject = agent_of(trigger, ctx.vocab.topic(topic)) if trigger is not None else None
            if subject is None:
                continue  # "Russia struck the city": no thing struck; its place is the reporting's
        known_city = level == "city" and is_city(name)
        building = level == "city" and not known_city and (ent.label_ != "GPE" or _site(ent))
        if building and topic == SIDE_OCCASION:
            level, subject = "site", f"{subject}: building"  # "a reception at the Eden Project"
        elif building:
            if topic != "venue" or not _site(ent):
                continue
            level, subject = "site", "building"  # compared with other buildings, apart from the city
            if _opened_at(root, trigger):
                subject = OPENING_VENUE
            bare = _without_kind(name)
            if ent[-1].lower_ == HEADQUARTERS:
                bare = HEADQUARTERS  # "the bloc's", "the organisation's", "the AU Commission's": one seat
            elif re.search(r"['’]s\s", name):
                bare = name  # "the UN Economic Commission for Africa's conference centre" as written
            if bare != name:
                value_extra = {"canonical": bare}  # "the Borgo Egnazia resort" is "Borgo Egnazia"
        if level == "city" and ent.text.isupper() and len(ent.text) <= 3:
            continue  # an acronym the tagger took for a place ("action on AI")
        value = {"text": name, "level": level, "label": ent.label_, **value_extra}
        # "in Apulia", "in Puglia": a region, or a town too small for the gazetteer; it may
        # back a venue but, spelled in another language, must not contradict one
        # (incidents strike villages too small for the gazetteer; one named otherwise is another place)
        basis = "region" if level == "city" and not known_city and topic != INCIDENT else None
        if side_meeting is not None:
            countries, people = side_meeting
            topic, subject = BILATERAL_VENUE, "|".join(sorted(countries)) or None
            if people:
                value["parties"] = people
        claims.append(ctx.claim("place", ent.start_char, ent.end_char, value, root, topic, subject=subject, basis=basis))
    return claims


def _there_to_meet(verb: Token) -> Token | None:
    """"Biden is in Geneva today to meet Vladimir Putin": where someone is to meet another is
    where they meet. The meeting verb, else None."""
    if verb.lemma_.lower() != "be":
        return None
    return next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "meet"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _person_tag_on_a_town(ent: Span, placing: Token) -> bool:
    """"ended their summit in Nusa Dua", "met in Sochi": a town too small for the gazetteer
    that the tagger takes for a person. People are not "in" anywhere in news copy; a
    name right after "in" on an act is a place ("confidence in Lula" hangs on a noun, not an
    act or a meeting, and a name with a title or a possessive is a person)."""
    head = placing.head
    acting = head.pos_ == "VERB" and head.lemma_.lower() not in TRUSTING_VERBS \
        or head.pos_ == "NOUN" and head.lemma_.lower() in MAIN_EVENT_NOUNS
    return ent.label_ == "PERSON" and placing.lower_ == "in" and acting \
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent) \
        and not any(c.dep_ in ("poss", "case", "appos") or c.lower_ in ("'s", "’s") for c in ent.root.children) \
        and not any(t.dep_ == "compound" and t.head.i >= ent.start and t.i < ent.start for t in ent.doc[max(0, ent.start - 3):ent.start])


# Verbs whose "in" takes a person ("believe in", "found an ally in").
TRUSTING_VERBS = {"believe", "trust", "find", "confide", "invest", "see"}


def _capitals_named(ctx: SentenceContext) -> list[Span]:
    """"in the Ethiopian capital", "in Kenya's capital": the capital city of the country, as a
    place span whose ``kb_id_`` is the city's name. "the Saudi capital, Riyadh" names the city
    itself, and that name is read as it is written."""
    out = []
    for tok in ctx.sent:
        if tok.lemma_.lower() != "capital" or tok.dep_ != "pobj" or any(c.dep_ == "appos" for c in tok.children):
            continue
        owners = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss")]
        country = next(filter(None, (canonical_country(o.text) for o in owners)), None)
        city = capital_of(country) if country else None
        if city:
            out.append(Span(tok.doc, tok.left_edge.i, tok.i + 1, label="GPE", kb_id=city))
    return out


def _speaking_at_a_site(placing: Token, ent: Span) -> bool:
    """"Speaking at the Grand Palais, Vance said ...": a report framing what someone said there
    names the building the event is held in, with no event word. A town is not enough ("Speaking
    in Washington before he left"), nor a speech delivered elsewhere ("a speech at the
    university later")."""
    verb = placing.head
    return (placing.lower_ == "at" and verb.lower_ == "speaking" and verb.dep_ == "advcl"
            and verb.i == verb.sent.start and _site(ent))


# "in the Russian city of Kazan": a place named through the kind of place it is
PLACE_NOUNS = {"city", "town", "capital", "port", "village"}
# "welcomed the leaders to Kazan", "came to Kazan for the summit": where people gathered
ARRIVAL_VERBS = {"welcome", "come", "arrive", "gather", "flock"}
# Verbs by which a meeting goes to its next place: "the talks will move next year to X for COP27".
MOVING_VERBS = {"move", "shift", "relocate"}


def _placing_word(root: Token) -> Token | None:
    """The preposition that places a name: "in Kazan", "at the Kazan Expo", "in the Russian
    city of Kazan", "in the Russian city, Kazan", "welcomed leaders to Kazan", "will move to
    Sharm el-Sheikh"; None when
    nothing places it."""
    if root.dep_ == "appos" and root.head.lemma_.lower() in PLACE_NOUNS:
        root = root.head  # "in the Saudi capital, Riyadh"
    if root.dep_ != "pobj":
        return None
    prep = root.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS and prep.head.dep_ == "pobj":
        prep = prep.head.head
    if prep.lower_ in ("in", "at") or prep.lower_ == "to" and prep.head.lemma_.lower() in ARRIVAL_VERBS | MOVING_VERBS:
        return prep
    return None


# Words naming the kind of a site, which sources add or leave out ("the Borgo Egnazia
# resort", "Borgo Egnazia"); "Lancaster House" keeps its "House", a word of its name.
SITE_KINDS = ("resort", "estate", "hotel", "complex", "compound", "village")


# Words that describe a building rather than name it when written in lower case ("the IFEMA
# convention centre", "the IFEMA exhibition centre"); capitalised, they are part of its name
# ("the Kigali Convention Centre").
DESCRIBING_WORDS = frozenset({"convention", "conference", "exhibition", "congress", "expo", "events", "trade",
                              "fair", "trade-fair", "centre", "center", "hall", "halls", "grounds", "venue"})


def _without_kind(name: str) -> str:
    words = name.split()
    if len(words) > 1 and words[-1].lower() in SITE_KINDS:
        return " ".join(words[:-1])
    while len(words) > 1 and words[-1] in DESCRIBING_WORDS:
        words = words[:-1]
    return " ".join(words)


def _arrived_for(verb: Token) -> Token | None:
    """The event people came to a place for: "came to Kazan for the three-day summit",
    "welcomed leaders to Kazan as the summit got under way" (the event word, which then
    decides the place's topic as if the place hung below it)."""
    subjects = [s for c in verb.children if c.dep_ in ("advcl", "conj") for s in subjects_of(c)]
    return _event_come_for(verb) or _main_event_noun(subjects)


def _event_come_for(verb: Token) -> Token | None:
    """The event named in a verb's "for" phrase: "was in Hiroshima for the G7 summit"."""
    return _main_event_noun(_came_for(verb))


def _main_event_noun(nouns: list[Token]) -> Token | None:
    """An event word among ``nouns``, or a meeting known by a numbered series name ("will
    move next year to Sharm el-Sheikh for COP27")."""
    return next((n for n in nouns if n.lemma_.lower() in MAIN_EVENT_NOUNS and not _side_meeting(n)
                 or is_numbered_meeting(n)), None)


def _numbered_meeting_at(verb: Token) -> Token | None:
    """A numbered series meeting in the verb's "at" phrase: "comes at COP27 in Cairo", where
    the parser hangs the town on the verb."""
    return next((o for o in phrase_objects(verb, ("at",)) if is_numbered_meeting(o)), None)


def _came_for_a_side_meeting(trigger: Token) -> bool:
    """"Biden came to Washington for talks with Xi": where one came for a side meeting."""
    return trigger.lemma_.lower() in ARRIVAL_VERBS and any(_side_meeting(o) for o in _came_for(trigger))


def _came_for(verb: Token) -> list[Token]:
    """What a verb's "for" phrase names: "came to Kazan for the summit", also when the parser
    hangs it on the destination ("will move to Belem, Brazil, for COP30")."""
    return [o for head in with_destination(verb) for o in phrase_objects(head, ("for",))]


def _side_meeting(trigger: Token) -> bool:
    """"talks with President Trump", "a meeting with Modi": a meeting with one named party."""
    if trigger.pos_ != "NOUN":
        return False  # a named meeting ("the AI Action Summit ... with Macron") is the event
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"):
        # the party itself, not a group ("a summit with the leaders of five countries")
        if any(o.dep_ == "pobj" and o.ent_type_ in ("PERSON", "GPE") for o in prep.children):
            return True
    return False


def find_host_country(ctx: SentenceContext) -> list[Claim]:
    """"Japan will host ...": the country that hosts, as a place claim."""
    claims: list[Claim] = []
    if ctx.vocab.topic("host-country") is None:
        return claims
    for ent in ctx.ents:
        if ent.label_ != "GPE":
            continue
        root = ent.root
        if root.dep_ not in ("nsubj", "nsubjpass") or not is_host_verb(root.head) or object_is_not_event(root.head):
            continue  # "Iran welcomed the invitation" is not hosting
        country = canonical_country(ent.text)
        if country is None:
            continue
        claims.append(ctx.claim("place", ent.start_char, ent.end_char,
                                {"text": country, "level": "country", "label": ent.label_}, root, "host-country"))
    return claims



LIST_SEPARATOR = re.compile(r"^\s*(?:,|and|&|,\s*and|as well as|,\s*as well as)\s*(?:the\s+)?$", re.I)


def country_lists(ctx: SentenceContext, *, owned: bool = False) -> list[list[Span]]:
    """Runs of country names joined by commas and "and", in the text (the small model's
    parse of long coordinations is not reliable enough to read them from the tree). With
    ``owned``, an item runs on over the leader its country owns ("Nicaragua's Daniel Ortega,
    Venezuela's Nicolas Maduro and ...")."""
    text = ctx.source.analysis_text
    runs: list[list[Span]] = []
    if ctx.countries_read is None:
        ctx.countries_read = country_mentions(ctx.sent, ctx.ents)
    for ent in ctx.countries_read:
        last = runs[-1][-1] if runs else None
        item = (owned and owned_name(last)) or last if last is not None else None
        if item is not None and LIST_SEPARATOR.match(text[item.end_char: ent.start_char]):
            runs[-1].append(ent)
        else:
            runs.append([ent])
    return runs


def owned_name(ent: Span) -> Span | None:
    """The capitalised name right after a country's possessive ("Mexico's Lopez Obrador"),
    read from the words: the parser attaches such names unpredictably in a list."""
    doc = ent.doc
    if ent.end >= ent.sent.end or doc[ent.end].tag_ != "POS":
        return None
    return _name_after(doc, ent.end + 1, ent.sent.end)


def _name_after(doc, start: int, limit: int) -> Span | None:
    end = start
    while end < limit and end - start < 4 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
            and not canonical_member(doc[end].text):
        end += 1
    return doc[start: end] if end > start else None


def country_mentions(sent: Span, ents: tuple[Span, ...] | None = None) -> list[Span]:
    """Country names in a sentence, whatever label the tagger gave them (the small model
    calls some countries NORP or misses them). ``ents``: the sentence's entities when already
    read (``Span.ents`` walks the whole Doc's)."""
    out: list[Span] = []
    covered: set[int] = set()
    for ent in sent.ents if ents is None else ents:
        if ent.label_ in ("GPE", "NORP", "ORG", "LOC", "PERSON") and canonical_member(ent.text):
            if is_demonym(ent.text):
                continue  # "Japanese officials": an adjective, not a member of a list
            out.append(ent)
            covered.update(range(ent.start, ent.end))
    for tok in sent:
        if tok.i not in covered and tok.text[:1].isupper() and tok.pos_ == "PROPN" and canonical_member(tok.text) \
                and not is_demonym(tok.text):
            out.append(sent.doc[tok.i: tok.i + 1])
    return sorted(out, key=lambda s: s.start)


def find_country_sets(ctx: SentenceContext) -> list[Claim]:
    """Lists of countries taking part ("leaders of A, B and C"), and countries staying away."""
    claims: list[Claim] = []
    if ctx.vocab.topic("attendees") is None:
        return claims
    namer = occasion_namer(ctx.vocab.topic("attendees"))
    named_absentees = _absent_leaders_by_country(ctx, namer)
    claims += named_absentees
    taken = {c.start for c in named_absentees}
    for run in country_lists(ctx):
        if run[0].start_char in taken:
            continue
        members: list[str] = []
        for ent in run:
            country = canonical_member(ent.text)
            if country and country not in members:
                members.append(country)
        first = run[0].root
        start, end = run[0].start_char, run[-1].end_char
        group = group_list(ctx, first, members, start, end)
        if group is not None:
            claims.append(group)  # who the named group is, whatever the sentence says it did
        if is_absent(first):
            claims.append(ctx.claim("set", start, end, {"members": members}, first, "attendees",
                                    basis="partial", mod="negated"))
            continue
        if _admitted(first):
            # "the admission of the African Union as a permanent member": those named as
            # admitted, compared with other lists of the admitted
            claims.append(ctx.claim("set", start, end, {"members": members}, first, "attendees",
                                    basis="list", subject="admit"))
            continue
        refused = _refused_act(ctx, first)
        if refused:
            # "Nicaragua, which refused to sign", "backed by 59 countries, with Nicaragua the
            # lone holdout": those who did not do the act; complete when the words say so
            act, alone = refused
            claims.append(ctx.claim("set", start, end, {"members": members}, first, "attendees",
                                    basis="list" if alone else "partial", subject=act, mod="negated"))
            continue
        lead = ctx.source.analysis_text[max(ctx.sent.start_char, start - 20):start].lower()
        occasion = occasion_missed_by(first, namer)
        if occasion:
            # "the leaders of A, B and C missed the family photo": like an act not done, those
            # named are the list of who missed it unless the sentence says they are some
            some = any(cue in lead for cue in PARTIAL_CUES) or len(members) < 2 or _also(first)
            claims.append(ctx.claim("set", start, end, {"members": members}, first, "attendees",
                                    basis="partial" if some else "list", subject=occasion, mod="negated"))
            continue
        act, act_verb = _act(ctx, first)
        if _excluded(first):
            # "in protest at the exclusion of Cuba, Venezuela and Nicaragua": the complete list
            # of those not invited, unless the sentence says they are some of them
            some = any(cue in lead for cue in PARTIAL_CUES) or len(members) < 2
            claims.append(ctx.claim("set", start, end, {"members": members}, first, "attendees",
                                    basis="partial" if some else "list", subject="invited", mod="negated"))
            continue
        if act and (modality(first) == "negated" or modality(act_verb) == "negated"):
            # "The US and Britain did not sign", "A, B and C attended but did not sign": not
            # signing is not staying away. Two or more named as not doing it are the list of
            # those who did not, unless the sentence says they are some of them ("among", "also").
            some = any(cue in lead for cue in PARTIAL_CUES) or len(members) < 2 or _also(first)
            for country, named_end in _neither(ctx, run):
                if country not in members:
                    members.append(country)
                    end = max(end, named_end)  # the claim's words run to the last name
            claims.append(ctx.claim("set", start, end, {"members": members}, first, "attendees",
                                    basis="partial" if some else "list", subject=act, mod="negated"))
            continue
        joining = invited_to_join(_list_head(first))
        role = joining or _role(ctx, run) or act
        if len(members) == 1 and not role and _sent_a_delegation(first):
            # "Papua New Guinea has sent a full delegation to the conference": there, as one of many
            claims.append(ctx.claim("set", start, end, {"members": members}, first, "attendees", basis="partial"))
            continue
        if len(members) < 2 or not (role or any(_attendance_list(ctx, e.root) for e in run)):
            continue
        # Two names may be a sample ("from India and Brazil to ..."); a complete list of a
        # multi-party meeting names three or more. Those an act was done to are named in
        # full ("admitted Gabon and Togo as members", "invited A and B to join") unless the
        # sentence says otherwise.
        done_to = act is not None and _acted_on(first) or joining is not None
        partial = any(cue in lead for cue in PARTIAL_CUES) or len(members) < (2 if done_to else 3) \
            or _met_by_a_participant(first) or _some_who_did_something(first)
        claims.append(ctx.claim("set", start, end, {"members": members}, first, "attendees",
                                basis="partial" if partial else "list", subject=role))
    return claims


def _sent_a_delegation(first: Token) -> bool:
    """A country that "sent a delegation" (its negotiators, a team) to the event takes part."""
    verb = first.head
    if first.dep_ != "nsubj" or verb.lemma_.lower() != "send" or any(c.dep_ == "neg" for c in verb.children):
        return False
    sent = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    to = [o for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to" for o in p.children]
    return any(o.lemma_.lower() in DELEGATION_NOUNS for o in sent) and (
        not to or any(o.lemma_.lower() in MAIN_EVENT_NOUNS or o.lower_ in MAIN_EVENT_NOUNS for o in to))


def _absent_leaders_by_country(ctx: SentenceContext, namer) -> list[Claim]:
    """"Three leaders were absent: Nicaragua's Daniel Ortega, Venezuela's Nicolas Maduro and
    Mexico's ...": leaders who stayed away, named with their countries, are the countries
    that stayed away, comparable with "the leaders of Venezuela, Mexico and Nicaragua stayed
    away". Only absences: a list of leaders present may be those who did something else."""
    claims = []
    for run in country_lists(ctx, owned=True):
        names = [owned_name(ent) for ent in run]
        if len(run) < 2 or not names[0] or not any(names[:-1]):
            continue
        person = names[0][-1]
        occasion = occasion_missed_by(person, namer)
        if not occasion and not is_absent(person):
            continue
        members = list(dict.fromkeys(m for m in (canonical_member(e.text) for e in run) if m))
        # the last leader may be named by title instead ("... and U.S. President Joe Biden")
        last = names[-1] or _name_after(ctx.sent.doc, run[-1].end, ctx.sent.end) or run[-1]
        end = last.end_char
        # those who missed a side occasion are named in full, as in a list of countries
        claims.append(ctx.claim("set", run[0].start_char, end, {"members": members}, person, "attendees",
                                basis="list" if occasion else "partial", subject=occasion, mod="negated"))
    return claims


# Verbs by which one participant meets the others ("joined the leaders of ...").
MEETING_VERBS = {"join", "meet", "host", "welcome", "receive", "greet", "convene", "visit"}


def _met_by_a_participant(first: Token) -> bool:
    """"after hosting the leaders of the US, India and Australia", "joined the leaders of the
    US, Japan and Australia", "will sit down with the leaders of ...": the others a
    participant met, which leaves out the participant's own country, so not a complete list.
    "The summit brought together the leaders of ..." (the event as subject) is complete."""
    node = _listed_noun(first)
    if node.dep_ == "pobj" and node.head.lower_ == "with":
        verb = node.head.head
    elif node.dep_ in ("dobj", "obj") and node.head.lemma_.lower() in MEETING_VERBS:
        verb = node.head
    else:
        return False  # "walked the leaders of the seven members -- A, B, ... -- through": all of them
    if is_host_verb(verb):
        return True  # a host hosts the others
    subjects = subjects_of(verb)
    while not subjects and verb.dep_ in ("advcl", "pcomp", "xcomp", "acl", "conj") and verb.head != verb:
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head  # "..., as he joined the leaders of"
        subjects = subjects_of(verb)
    return any(s.ent_type_ in ("PERSON", "GPE", "NORP") or s.lower_ in ("he", "she", "they", "who") for s in subjects)


# The role a list's verb gives those it names ("were in Madrid as partners", "attended as
# observers"): the invited, not members.
GUEST_ROLES = {"partner", "guest", "observer"}


def _role(ctx: SentenceContext, run: list[Span]) -> str | None:
    """"invited" for lists of guests ("invited the leaders of eight countries: ...", "were in
    Madrid as the alliance's partners", "the leaders of A, B and C, all invited as partners"),
    which are compared with other lists of guests, not with the members'."""
    first = run[0].root
    chain = [first, *list(first.ancestors)[:6]]
    before = ctx.sent.doc[max(ctx.sent.start, run[0].start - 8): run[0].start]
    as_preps = [p for t in chain if t.pos_ in ("VERB", "AUX") for p in t.children if p.dep_ == "prep" and p.lower_ == "as"]
    if any(o.dep_ == "pobj" and o.lemma_.lower() in GUEST_ROLES for p in as_preps for o in p.children):
        return "invited"
    end = run[-1].end
    # ", all invited as partners" right after the list
    after = ctx.sent.doc[end: min(ctx.sent.end, end + 4)] if end < ctx.sent.end and ctx.sent.doc[end].text == "," else []
    return invited_role([*chain, *before, *after])


def _act(ctx: SentenceContext, first: Token) -> tuple[str | None, Token | None]:
    """"signed by France, China and India", "the US and Britain did not sign": a list that did
    an act the attendees topic names in its synonyms is compared only with lists of that act."""
    topic = ctx.vocab.topic("attendees")
    node = first
    while node.dep_ == "conj" or node.dep_ == "appos" or (
            node.dep_ == "pobj" and node.head.lower_ in ("including", "like", "as")):
        node = node.head if node.dep_ != "pobj" else node.head.head  # "44 countries, including Chile"
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in ("leader", "head"):
        node = node.head.head  # "the leaders of A, B and C signed"
    if node.dep_ in ("nsubj", "nsubjpass", "dobj", "obj"):
        verb = node.head  # "France and India signed", "leaders admitted Gabon and Togo"
    elif node.dep_ == "pobj" and node.head.dep_ == "agent":
        verb = node.head.head
    else:
        return None, None
    acts = {canon for _, canon in topic.synonyms}
    # "A, B and C attended but did not sign": the act a negated verb joined to the list's
    # own names ("attended and signed" stays a list of who attended)
    for v in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                      and any(n.dep_ == "neg" for n in c.children)
                      and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children))):
        if topic.canonical(v.lemma_.lower()) in acts:
            return topic.canonical(v.lemma_.lower()), v
    return None, None


REFUSING_VERBS = {"refuse", "decline"}
HOLDOUT_NOUNS = {"holdout", "hold-out", "exception", "abstainer", "dissenter"}
ALONE_WORDS = {"lone", "only", "sole", "single"}


def _refused_act(ctx: SentenceContext, first: Token) -> tuple[str, bool] | None:
    """(act, named as the only one) for a list that refused an act of the attendees topic's
    synonyms ("Nicaragua, which refused to sign", "Hungary declined to endorse it") or that is
    the holdout of the clause's act ("was backed by 59 countries, with Nicaragua the lone
    holdout")."""
    topic = ctx.vocab.topic("attendees")
    acts = {canon for _, canon in topic.synonyms}
    node = _list_head(first)
    verbs = [node.head] if node.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [c for c in node.children if c.dep_ == "relcl"
              and any(s.dep_ == "nsubj" and s.lower_ in ("which", "that", "who") for s in c.children)]
    for verb in (v for v in verbs if v.lemma_.lower() in REFUSING_VERBS):
        for comp in (c for c in verb.children if c.dep_ == "xcomp"):
            if topic.canonical(comp.lemma_.lower()) in acts:
                return topic.canonical(comp.lemma_.lower()), False
    # "with Nicaragua the lone holdout": read from the words, which the parser hangs
    # together in several ways
    after = [t for t in node.doc[node.i + 1: node.i + 4]]
    words = [t.lower_ for t in after]
    if not words or words[0] != "the":
        return None
    noun = next((t for t in after[1:] if t.lemma_.lower() in HOLDOUT_NOUNS), None)
    preposition = next((t for t in (node, *node.ancestors) if t.lower_ == "with" and t.dep_ == "prep"), None)
    if noun is None or preposition is None:
        return None
    main = preposition.head
    if topic.canonical(main.lemma_.lower()) in acts:
        return topic.canonical(main.lemma_.lower()), any(w in ALONE_WORDS for w in words)
    return None


# Verbs by which countries take part through the people they send.
SENDING_VERBS = {"send", "dispatch", "bring", "field"}


# What some of those present do, not all: "the leaders of A, B and C turned up late", "...
# left early", "... spoke first".
COMINGS_AND_GOINGS = {"arrive", "turn", "show", "leave", "depart", "fly", "land", "speak", "walk", "storm"}
TIMING_WORDS = {"late", "early", "first", "last", "briefly"}


def _some_who_did_something(first: Token) -> bool:
    """"The leaders of A, B and C turned up late": a list that is the subject of arriving,
    leaving or speaking, or of anything done late or early, names those who did that, not
    everyone who took part."""
    node = _listed_noun(first)
    if node.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = node.head
    return verb.lemma_.lower() in COMINGS_AND_GOINGS or any(
        c.dep_ in ("advmod", "acomp", "npadvmod") and c.lower_ in TIMING_WORDS for c in verb.children)


def _attendance_list(ctx: SentenceContext, first: Token) -> bool:
    """A list hangs off an attendance word within two steps ("leaders from A, B", "summit with")."""
    if _agent_of_another_act(ctx, first):
        return False
    subject = _list_head(first)
    if subject.dep_ == "nsubj" and subject.head.lemma_.lower() == "become" and any(
            c.dep_ == "attr" and c.lemma_.lower() == "member" and _of_the_group(c) for c in subject.head.children):
        return True  # "A, B and C became members", as "A, B and C joined the group"
    if subject.dep_ == "attr" and subject.head.lemma_.lower() == "be" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() == "member" and _of_the_group(c) for c in subject.head.children):
        return True  # "The SCO's members are now A, B and C": the group's membership, named in full
    for trig in ctx.triggers:
        if trig.topic != "attendees":
            continue
        dist, dominates = distance(first, trig.token)
        if dominates and dist <= 3:
            return True
        # "A, B and C sent their leaders": the list is the subject of a verb whose object is
        # the attendance word
        subject = first
        while subject.dep_ == "appos" and subject.head != subject:
            subject = subject.head  # "Partners: A, B and C sent their leaders"
        if subject.dep_ == "nsubj" and trig.token.dep_ in ("dobj", "obj") and trig.token.head == subject.head \
                and trig.token.pos_ == "NOUN" and subject.head.lemma_.lower() in SENDING_VERBS:
            return True
    return False


# What a list of new members joined when it is the meeting's own group, not another body.
GROUP_NOUNS = {"group", "bloc", "club", "alliance", "grouping", "organisation", "organization"}


def _of_the_group(members: Token) -> bool:
    """"became members", "became members of the bloc"; not "members of the New Development Bank"."""
    owners = [o for p in members.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return all(o.lemma_.lower() in GROUP_NOUNS for o in owners)


def _agent_of_another_act(ctx: SentenceContext, first: Token) -> bool:
    """"a peace conference recognised by both Russia and Ukraine": those by whom something
    other than taking part is done ("attended by A, B and C" is taking part)."""
    head = _list_head(first)
    if head.dep_ != "pobj" or head.head.dep_ != "agent":
        return False
    return ctx.vocab.topic("attendees").canonical(head.head.head.lemma_.lower()) not in ctx.vocab.topic("attendees").triggers


# Words that keep a country from the guest list: "the exclusion of A, B and C", "excluded A
# and B", "left A, B and C off the guest list".
EXCLUSION_NOUNS = {"exclusion"}
EXCLUDING_VERBS = {"exclude", "bar"}


# Nouns for being let into a group ("the admission of Egypt"), the places held by its
# members, and the words that make such a place membership ("a permanent seat").
ADMISSION_NOUNS = {"admission", "accession", "induction"}
MEMBERSHIP_NOUNS = {"seat", "membership", "member"}
FULL_MEMBERSHIP = {"permanent", "full"}


def _full_member(noun) -> bool:
    return noun.lemma_.lower() in MEMBERSHIP_NOUNS and any(
        c.dep_ == "amod" and c.lower_ in FULL_MEMBERSHIP for c in noun.children)


def _as_full_member(word) -> bool:
    """"... as a permanent member", "became a full member"."""
    for child in word.children:
        if child.dep_ == "attr" and _full_member(child):
            return True
        if child.dep_ == "prep" and child.lower_ == "as" and any(
                o.dep_ == "pobj" and _full_member(o) for o in child.children):
            return True
    return False


def _admitted(first: Token) -> bool:
    """A list named as let into the group: "the admission of A and B (as members)", "giving
    the African Union a permanent seat", "the African Union's new permanent seat", "A joined
    (the group) as a full member". Other seats ("its seat at the table") are not read."""
    node = _list_head(first)
    head = node.head
    if node.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ADMISSION_NOUNS:
        return True
    if node.dep_ == "dative" and head.lemma_.lower() in ("give", "grant", "offer"):
        return any(c.dep_ in ("dobj", "obj") and _full_member(c) for c in head.children)
    if node.dep_ == "poss":
        return _full_member(head)
    if node.dep_ == "nsubj" and head.lemma_.lower() in ("join", "become"):
        return _as_full_member(head)
    return False


def _list_head(token):
    """The first name of a list ("A, B and C"), or the noun a name is in apposition to."""
    while token.dep_ in ("conj", "appos") and token.head != token:
        token = token.head
    return token


def _listed_noun(first: Token) -> Token:
    """The noun a list of names belongs to: "the leaders of A, B and C" -> leaders; the list's
    head when no noun governs it through "of"."""
    node = _list_head(first)
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        return node.head.head
    return node


def _excluded(token) -> bool:
    token = _list_head(token)
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in EXCLUSION_NOUNS
    if token.dep_ in ("dobj", "obj"):
        lemma = head.lemma_.lower()
        return lemma in EXCLUDING_VERBS or lemma == "leave" and any(
            c.lower_ in ("off", "out") for c in head.children if c.dep_ in ("prt", "prep"))
    return False


def _neither(ctx: SentenceContext, run: list[Span]) -> list[tuple[str, int]]:
    """"A, B and C did not sign, and neither did D": (country, end of its name) for each
    country a later "neither" or "nor" clause of the sentence adds to those that did not."""
    out = []
    for word in (t for t in ctx.sent if t.i >= run[-1].end and t.lower_ in ("neither", "nor")):
        for subject in (c for c in word.head.children if c.dep_ == "nsubj" and c.i != word.i):
            name = entity_of(subject, ctx.ents) or subject
            country = canonical_member(name.text)
            if country:
                out.append((country, name.end_char if isinstance(name, Span) else name.idx + len(name)))
    return out


def _acted_on(token) -> bool:
    return _list_head(token).dep_ in ("dobj", "obj")


def _also(token) -> bool:
    """"Britain and Canada also declined to sign": more than these did not."""
    verb = token.head if token.dep_ in ("nsubj", "nsubjpass") else token
    return any(c.lower_ in ("also", "too") for c in verb.children)


def find_named_documents(ctx: SentenceContext) -> list[Claim]:
    claims: list[Claim] = []
    if ctx.vocab.topic("documents") is None:
        return claims
    text = ctx.source.analysis_text[ctx.sent.start_char: ctx.sent.end_char]
    for start, end, name, kind in find_documents(text):
        s, e = ctx.sent.start_char + start, ctx.sent.start_char + end
        span = ctx.sent.doc.char_span(s, e, alignment_mode="expand")
        if span is not None and len(span) > 2 and span[0].i == ctx.sent.start and span[0].pos_ == "VERB" \
                and span[1].pos_ == "DET":
            # "Read the Washington Summit Declaration and you will find": a capitalised
            # imperative opening the sentence is no word of the name
            s = span[2].idx
            name = name[s - ctx.sent.start_char - start:]
        root = ctx.root_of(s, e)
        if root is None:
            continue
        canonical = name.replace("Communiqué", "Communique").replace("’", "'")
        doc_type = kind.lower().replace("communiqué", "communique")
        outcome = _the_outcome(root) or LEADERS_TEXT.search(canonical) is not None
        value = {"text": canonical, **({"outcome": True} if outcome else {})}
        claims.append(ctx.claim("text", s, e, value, root, "documents", subject=doc_type))
    return claims


# Words that make a text the meeting's own outcome: "the final text, the X Communique",
# "the outcome document, X".
OUTCOME_WORDS = {"final", "closing", "outcome", "concluding"}
# "the Apulia G7 Leaders' Communique", "the G20 New Delhi Leaders' Declaration", "the
# Washington Summit Declaration": the leaders' own text of the meeting, whatever its type;
# "Leaders' Statement on Ukraine" is one of several.
LEADERS_TEXT = re.compile(r"\b(?:Leaders'|Summit)\s+(?:Declaration|Communique|Statement)$")
# Verbs by which a meeting makes a text its outcome: "adopted the X Pact", "X was adopted".
ADOPTING_VERBS = {"adopt"}
BESIDE_WORDS = {"alongside", "beside", "besides", "also", "too"}
# Verbs by which the meeting ends with its outcome: "ended with a Joint Communique on ...".
ENDING_VERBS = {"end", "close", "conclude", "wrap"}


def _the_outcome(name: Token) -> bool:
    """Whether the sentence calls a named document the meeting's outcome: in apposition to
    "the final text" (either way round), what the meeting "ended with", or what was
    adopted."""
    nouns = [name.head] if name.dep_ == "appos" else []
    nouns += [c for c in name.children if c.dep_ == "appos"]
    if any(c.lower_ in OUTCOME_WORDS for n in nouns for c in n.children if c.dep_ in ("amod", "compound")):
        return True
    if name.dep_ in ("nsubjpass", "dobj", "obj") and name.head.lemma_.lower() in ADOPTING_VERBS:
        # "the Glasgow Climate Pact was adopted on the evening of 13 November"; not a text
        # adopted beside another ("Alongside the communique, the leaders adopted the X
        # Health Declaration", "also adopted"): one of several
        return not any(c.lower_ in BESIDE_WORDS for c in name.head.children)
    return (name.dep_ == "pobj" and name.head.lower_ == "with"
            and name.head.head.lemma_.lower() in ENDING_VERBS)
