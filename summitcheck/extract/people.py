"""People in a sentence: who hosts, who holds an office, who stood in for a country, and
which leaders were (or were not) at the event."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from summitcheck.extract.cochairs import find_co_chairs
from summitcheck.extract.guests import is_guest
from summitcheck.extract.handover import handed_office, handover_roles, occasion_of
from summitcheck.extract.context import country_in, entity_of, modality, person_meant, phrase_objects
from summitcheck.extract.namelists import NAME_PARTICLES, names_in_list
from summitcheck.extract.participation import find_participation
from summitcheck.extract.roles import (
    ABSENCE_VERBS,
    ATTEND_VERBS,
    LEADER_TITLES,
    MAIN_EVENT_NOUNS,
    PARTIAL_CUES,
    REMOTE,
    is_absent,
    clause_text,
    is_host,
    is_host_verb,
    named_part_attended,
    near_attendance,
    occasion_missed_by,
    occasion_namer,
    stood_in_for,
    joined_by_leaders,
    subject_of,
    welcomed_by_host,
    welcomes_the_others,
    welcoming_verb,
)
from summitcheck.extract.sentence import SentenceContext, event_name
from summitcheck.extract.signatories import find_signatories
from summitcheck.model import OFFICE_PRESIDING, Claim
from summitcheck.normalize.cities import country_of_capital
from summitcheck.normalize.places import canonical_country, is_demonym


def person_name(ent: Span) -> str:
    """The name as written, without a title the mention starts with ("Italy's Prime Minister
    Giorgia Meloni": the tagger may take the title into the name)."""
    words = ent.text.replace("’", "'").split()
    while len(words) > 2 and words[0].lower() in TITLE_WORDS and words[0][:1].isupper():
        words = words[1:]
    s = re.sub(r"'s?$", "", " ".join(words))
    return s.strip(" ,.")


QUOTE_MARKS = {'"', "\u201c", "\u201d"}


def leader_title(ent: Span) -> tuple[str | None, str | None]:
    """(title, country) of a person mention: "Kenya's President X", "President X of Y"."""
    doc = ent.doc
    before = doc[max(ent.sent.start, ent.start - 5): ent.start]
    quote = max((t.i for t in before if t.text in QUOTE_MARKS), default=None)
    if quote is not None:
        # "introduced Zelensky at an event on Ukraine as "President Putin"": the words before
        # the quotation mark do not qualify the title inside it
        before = doc[quote + 1: ent.start]
    after = doc[ent.end: min(ent.sent.end, ent.end + 3)]
    left = " ".join(t.lower_ for t in before)
    if ent.root.dep_ == "appos":
        left = left.removesuffix(" ,")  # "Jamaica's foreign minister, Kamina Johnson Smith"
    # the longest title that fits: "vice president", not "president"
    title = max((t for t in LEADER_TITLES if re.search(r"\b" + re.escape(t) + r"$", left)), key=len, default=None)
    if title is None:
        title = _minister(left)
    if title is None:
        # the title inside the mention: "Prime Minister Giorgia Meloni" tagged as one name
        inside = " ".join(t.lower_ for t in ent[:3])
        title = max((t for t in LEADER_TITLES if inside.startswith(t + " ")), key=len, default=None)
    country = None
    words = [t.text for t in before]
    for i in range(len(words) - 1, -1, -1):
        for n in (3, 2, 1):  # "Timor-Leste" (three tokens), "South African" before "African"
            if i - n + 1 < 0 or not words[i - n + 1][:1].isupper():
                continue
            country = canonical_country(before[i - n + 1: i + 1].text)
            if country:
                break
        if country:
            break
    if title is None:
        after_text = " ".join(t.lower_ for t in after)
        title = next((t for t in LEADER_TITLES if after_text.startswith(", " + t) or after_text.startswith(t)), None)
    if len(after) >= 2 and after[0].lower_ == "of":
        country = canonical_country(after[1].text) or country
    if country is None and ent.root.dep_ == "pobj" and ent.root.head.dep_ == "agent" \
            and ent.root.head.head.lemma_.lower() in RULING_VERBS:
        # "Togo has been led by President Faure Gnassingbe since 2005"
        ruled = [t for c in ent.root.head.head.children if c.dep_ == "nsubjpass" for t in c.subtree]
        country = country_in(ruled)
    return title, country


RULING_VERBS = {"lead", "rule", "govern", "head"}
# "foreign minister", "defence minister": a minister's portfolio, one word before "minister";
# spellings of one portfolio are one office.
MINISTER = re.compile(r"(?:^|\s)(?P<portfolio>[a-z]+) minister$")
PORTFOLIO_FORMS = {"defense": "defence", "interior": "home"}


def _minister(left: str) -> str | None:
    m = MINISTER.search(left)
    if not m or m.group("portfolio") in STOP_WORDS | NOT_SERVING | {"prime", "chief", "'s"}:
        return None
    return f"{PORTFOLIO_FORMS.get(m.group('portfolio'), m.group('portfolio'))} minister"


NOT_NAME_WORDS = {"summit", "meeting", "conference", "talks", "declaration", "forum", "historic",
                  "ministry", "government", "council", "agency", "news", "press", "party"}
TITLED_NAME = re.compile(
    r"\b(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Crown Prince|Sheikh)\s+"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|da|de|bin|al|van|von)){0,4})")


COUNTRY_POSSESSIVE = re.compile(
    r"\b(?P<country>[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)['’]s\s+(?:(?:[a-z]+\s+){0,2}(?:president|prime minister|premier|leader|chancellor)\s+)?"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|da|de|bin|al|van|von)){1,4})")


# The words of leaders' titles ("prime", "minister", "president"), which never begin a name.
# Royal and princely titles stay: "King Charles III", "Prince Faisal" are how such people are named.
TITLE_WORDS = frozenset(w for t in LEADER_TITLES for w in t.split()) - {
    "king", "queen", "prince", "princess", "emperor", "empress", "emir", "sheikh", "crown", "sultan", "pope"}


def person_mentions(ctx: SentenceContext) -> list[Span]:
    """PERSON entities, and names the tagger labelled otherwise or missed: titled names
    ("President X") and names after a country's possessive ("India's Narendra Modi")."""
    spans = [e for e in ctx.ents if e.label_ == "PERSON" or e.label_ == "ORG" and (_titled_after(ctx, e) or _taking_over(e))]
    text = ctx.source.analysis_text
    for m in COUNTRY_POSSESSIVE.finditer(text, ctx.sent.start_char, ctx.sent.end_char):
        if canonical_country(m.group("country")) is None:
            continue
        span = ctx.sent.doc.char_span(m.start("name"), m.end("name"), alignment_mode="contract")
        if span is None or not len(span) or canonical_country(span[0].text):
            continue
        spans = [e for e in spans if not (e.start < span.end and span.start < e.end)] + [span]
    for m in TITLED_NAME.finditer(text, ctx.sent.start_char, ctx.sent.end_char):
        span = ctx.sent.doc.char_span(m.start("name"), m.end("name"), alignment_mode="contract")
        if span is None or not len(span):
            continue
        if canonical_country(span[0].text):
            continue  # "President of Kenya"
        if not any(e.start < span.end and span.start < e.end for e in spans):
            spans.append(span)
    known = _surnames_before(ctx.sent)
    for tok in ctx.sent:
        # "Zelenskiy, who was invited ...": a surname alone, which the tagger left untagged
        # or took for an organisation, after the article named the person in full
        if tok.lower_ in known and tok.pos_ == "PROPN" and tok.ent_type_ in ("", "ORG") \
                and not any(e.start <= tok.i < e.end for e in spans):
            spans.append(ctx.sent.doc[tok.i: tok.i + 1])
    out = []
    for span in sorted(spans, key=lambda s: s.start):
        while len(span) > 1 and span[-1].is_punct:
            span = span[:-1]  # "... Lula da Silva." at the end of a sentence
        span = _whole_name(span)
        words = {w.lower() for w in span.text.split()}
        if words & NOT_NAME_WORDS or not span.text[:1].isupper():
            continue
        out.append(span)
    return out


def _surnames_before(sent: Span) -> set[str]:
    """The last words of the people the article named in full (two words or more) before this
    sentence, lower case. The full names are listed once per document, as numbers and words
    in its user data (performance: a walk over every entity for every sentence adds up)."""
    cache = sent.doc.user_data.setdefault("summitcheck_full_names", None)
    if cache is None:
        cache = sent.doc.user_data["summitcheck_full_names"] = [
            (e.end, e[-1].lower_) for e in sent.doc.ents
            if e.label_ == "PERSON" and len(e) > 1 and e[-1].text[:1].isupper()]
    return {surname for end, surname in cache if end <= sent.start}


def _titled_after(ctx: SentenceContext, ent: Span) -> bool:
    """"Moussa Faki Mahamat, the chairperson of the African Union Commission": a name the
    tagger took for an organisation, set beside a person's title."""
    office = ctx.vocab.topic("office")
    titles = (office.triggers if office else ()) + LEADER_TITLES
    after = ctx.source.analysis_text[ent.end_char: min(ctx.sent.end_char, ent.end_char + 60)]
    return any(p.match(after) for p in _apposed_title_patterns(tuple(titles)))


def _taking_over(ent: Span) -> bool:
    """"before Klaus Iohannis takes over on 1 October": a name the tagger took for an
    organisation, as the one who comes into an office. Only a name's shape: two or three
    capitalised words, none in capitals throughout (an acronym is an organisation)."""
    return 2 <= len(ent) <= 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() for t in ent) \
        and any(role == "incoming" for role, _ in handover_roles(ent))


def _whole_name(span: Span) -> Span:
    """A name the tagger cut inside its particles ("Ursula von der" + "Leyen") runs on to the
    capitalised word after them."""
    doc, end = span.doc, span.end
    if span[-1].lower_ in NAME_PARTICLES:
        end -= 1
        while end > span.start and doc[end - 1].lower_ in NAME_PARTICLES:
            end -= 1
    stop = end
    while stop < span.sent.end and doc[stop].lower_ in NAME_PARTICLES and doc[stop].text.islower():
        stop += 1
    if stop > end and stop < span.sent.end and doc[stop].text[:1].isupper() and doc[stop].is_alpha:
        return doc[span.start: stop + 1]
    return _to_the_names_head(_from_the_names_start(span))


# Words of titles and forms of address, which run before a name but are no part of it.
ADDRESS_WORDS = TITLE_WORDS | {"secretary", "general", "deputy", "vice", "foreign", "finance", "defence", "defense",
                               "chief", "director", "executive", "commissioner", "governor", "senator",
                               "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "host", "former", "acting"}


def _from_the_names_start(span: Span) -> Span:
    """"Anders" + "Fogh Rasmussen": a first name the tagger left out runs into the name, when
    the parser hangs it on the name as a part of it; a title or a form of address does not
    ("Secretary General X", "Foreign Minister X")."""
    start = span.start
    while start > span.sent.start:
        before = span.doc[start - 1]
        if before.dep_ != "compound" or not (span.start <= before.head.i < span.end) or before.pos_ != "PROPN" \
                or before.ent_type_ or not before.text[:1].isupper() or before.text.isupper() \
                or before.lower_.rstrip(".") in ADDRESS_WORDS:
            break
        start -= 1
    return span.doc[start: span.end] if start < span.start else span


def _to_the_names_head(span: Span) -> Span:
    """"Lee Hsien" + "Loong", "Abdel Fattah" + "el-Sissi": a name the tagger ended on a word
    the parser hangs, as part of a name, on an untagged proper noun after it runs on to that
    noun, through the name's particles and hyphens."""
    last = span[-1]
    head = last.head
    if last.dep_ != "compound" or head.i <= last.i or head.pos_ != "PROPN" or head.i >= span.sent.end \
            or head.ent_type_ not in ("", "PERSON") or not head.text[:1].isupper():
        return span
    between = span.doc[last.i + 1: head.i]
    if all(t.head.i == head.i and (t.dep_ == "compound" and t.pos_ == "PROPN" or t.tag_ == "HYPH") for t in between):
        return span.doc[span.start: head.i + 1]
    return span


TITLE_ONLY = re.compile(
    r"\b(?:the\s+)?(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:['’]s)?\s+"
    r"(?P<title>president|prime minister|premier|chancellor|king|queen|emir|leader)\b(?!\s+[A-Z])")


def title_mentions(ctx: SentenceContext, taken: list[Span]) -> list[tuple[Span, str, str]]:
    """"the Kenyan president", "Japan's prime minister": a person named by office alone.
    Their name is written as "<title> of <country>" and resolved across the bundle in align."""
    out = []
    text = ctx.source.analysis_text
    for m in TITLE_ONLY.finditer(text, ctx.sent.start_char, ctx.sent.end_char):
        country = canonical_country(m.group("country"))
        if country is None:
            continue
        span = ctx.sent.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or any(s.start < span.end and span.start < s.end for s in taken):
            continue
        out.append((span, m.group("title").lower(), country))
    return out


def title_key(title: str | None, country: str | None) -> str | None:
    return f"{title} of {country}" if title and country else None


def find_people(ctx: SentenceContext) -> list[Claim]:
    """Hosts (person claims) and the leaders a sentence places at the event (set claims)."""
    claims: list[Claim] = []
    leaders: list[tuple[Span, str]] = []
    titles: dict[str, str] = {}
    mentions = person_mentions(ctx)
    people = [(ent, person_name(ent), *leader_title(ent)) for ent in mentions]
    people += [(span, title_key(t, c), t, c) for span, t, c in title_mentions(ctx, mentions)]
    people.sort(key=lambda p: p[0].start)
    co_chairs = find_co_chairs(ctx, [(p[0], p[1]) for p in people if p[1]])
    claims += co_chairs
    claims += find_signatories(ctx, [(p[0], p[1]) for p in people if p[1]])
    # "co-chaired by A and B": chairs together, not each the host (compared as co-chairs)
    chairing = {m for c in co_chairs for m in c.value["members"]}
    for ent, name, title, country in people:
        if len(name) < 2 or len(name) == 2 and not name.istitle() or (title_key(title, country) != name and canonical_country(name)):
            continue  # "The Comoros" tagged as a person
        if title_key(title, country) and _serving(ent, title):
            titles[name] = title_key(title, country)
        if (is_host(ent.root) or _named_as_host(ctx, ent)) and ctx.vocab.topic("host") and name not in chairing:
            value = {"text": name, "title": title, "country": country, "label": ent.label_ or "PERSON",
                     "office": title_key(title, country)}
            verb = _hosting_verb(ent.root)
            # "Biden convened G7 and NATO leaders": another meeting's host; read from the
            # hosting verb only, never from another claim's word in the sentence
            named = event_name(verb, ctx.vocab.topic("event-dates").triggers) if verb is not None else None
            if named:
                value["event_name"] = named
            claims.append(ctx.claim("person", ent.start_char, ent.end_char, value,
                                    verb if verb is not None and verb.dep_ == "relcl" else ent.root, "host"))
        represented = _represents(ent) if ctx.vocab.topic("representative") else None
        if represented:
            value = {"text": name, "title": title, "country": country, "label": ent.label_ or "PERSON", "office": None}
            day = _day_of(ent.root.head)
            if day:
                value["day"] = day  # "represented the United States on the second day"
            claim = ctx.claim("person", ent.start_char, ent.end_char, value, ent.root, "representative",
                              subject=represented)
            if claim.modality == "negated" and _not_the_leader(ent.root.head):
                claim.modality = "reported"  # denied the leader's rank, not the attendance
            claims.append(claim)
        for role, verb in handover_roles(ent) if ctx.vocab.topic("chair-handover") else []:
            office = handed_office(ctx.sent)  # "X will be succeeded as secretary general by Y": that office's
            claim = ctx.claim("person", ent.start_char, ent.end_char,
                              {"text": name, "title": title, "country": country, "label": ent.label_ or "PERSON", "office": None},
                              verb, "chair-handover", subject=f"{role} {office}" if office else role)
            claim.event = occasion_of(verb, ctx.markers) or claim.event
            claims.append(claim)
        if ctx.vocab.topic("guest") and is_guest(ent):
            # compared per country: the one named here, else the one align finds elsewhere
            claims.append(ctx.claim("person", ent.start_char, ent.end_char,
                                    {"text": name, "title": title, "country": country, "label": ent.label_ or "PERSON", "office": None},
                                    ent.root, "guest", subject=country))
        office = _office(ctx, ent) or (title_key(title, country) if _serving(ent, title) else None) \
            or _presiding(ent)
        if office:
            claims.append(ctx.claim("person", ent.start_char, ent.end_char,
                                    {"text": name, "title": title, "country": country, "label": ent.label_ or "PERSON", "office": None},
                                    ent.root, "office", subject=office))
        claims += find_participation(ctx, ent, name)
        if REMOTE.search(clause_text(ent.root)) or _former_or_in_doubt(ent) or _quoted(ctx, ent):
            continue
        if (title and near_attendance(ctx, ent.root)) or subject_of(ent.root, ATTEND_VERBS | ABSENCE_VERBS) \
                or _flew_in(ent.root) \
                or joined_by_leaders(ent.root) or welcomed_by_host(ent.root):
            leaders.append((ent, name))
        elif leaders and (ent.root in leaders[-1][0].root.conjuncts or ent.root.dep_ == "appos"
                          and (ent.root.head in leaders[-1][0].root.conjuncts or _next_in_list(ent, leaders[-1]))):
            # "... Narendra Modi and Brazil's Luiz Inacio Lula da Silva", "... and Britain's
            # new prime minister, Rishi Sunak"
            leaders.append((ent, name))
    leaders = _with_rest_of_lists(leaders, mentions)
    leaders = _with_welcoming_host(leaders, mentions)
    if leaders and ctx.vocab.topic("leaders"):
        absent = [(e, n) for e, n in leaders if is_absent(e.root)]
        # "three leaders were missing from the family photo": absent from that occasion only
        attendees = ctx.vocab.topic("attendees")
        namer = occasion_namer(attendees) if attendees else None
        missed: dict[str, list] = {}
        for e, n in leaders:
            occasion = occasion_missed_by(e.root, namer) if namer else None
            if occasion and (e, n) not in absent:
                missed.setdefault(occasion, []).append((e, n))
        elsewhere = [p for group in missed.values() for p in group]
        # a negated sentence about something else ("X skipped a business forum") says
        # nothing either way about the event
        present = [(e, n) for e, n in leaders if (e, n) not in absent and (e, n) not in elsewhere
                   and modality(e.root) != "negated"]
        parts: dict[str, list] = {}
        for e, n in present:
            part = named_part_attended(e.root)
            if part:
                parts.setdefault(part, []).append((e, n))
        at_parts = {q for group in parts.values() for q in group}
        present = [p for p in present if p not in at_parts]
        runs = [(run, None, None) for run in _split_at_examples(ctx, present)] + [(absent, "negated", None)]
        runs += [(group, None, part) for part, group in parts.items()]
        runs += [(group, "negated", occasion) for occasion, group in missed.items()]
        for group, mod, occasion in runs:
            if not group:
                continue
            start, end = group[0][0].start_char, group[-1][0].end_char
            names = [n for _, n in group]
            value = {"members": names, "titles": {n: titles[n] for n in names if n in titles}}
            skipped = _named_meeting_skipped(ctx, group[0][0].root) if mod == "negated" else None
            if skipped:
                value["event_name"] = skipped  # align decides whether that meeting is the bundle's
            claims.append(ctx.claim("set", start, end, value, group[0][0].root, "leaders", basis="partial",
                                    mod=mod, subject=occasion))
    return claims


def _with_rest_of_lists(leaders: list[tuple[Span, str]], mentions: list[Span]) -> list[tuple[Span, str]]:
    """A leader who opens a list of names brings the rest of it ("Biden, Trudeau, Macron,
    Scholz, Kishida and Sunak all came"), names the tagger missed or took for places too."""
    out = list(leaders)
    for ent, _ in leaders:
        for span in names_in_list(ent, mentions):
            if any(e.start < span.end and span.start < e.end for e, _ in out):
                continue
            if REMOTE.search(clause_text(span.root)) or _former_or_in_doubt(span):
                continue
            out.append((span, person_name(span)))
    return sorted(out, key=lambda p: p[0].start)


def _with_welcoming_host(leaders: list[tuple[Span, str]], mentions: list[Span]) -> list[tuple[Span, str]]:
    """"Meloni welcomed the other leaders: A, B and C": the host who welcomes the *other*
    leaders is one of them, even where the tagger did not take "Meloni" for a name."""
    verb = next(filter(None, (welcoming_verb(e.root) for e, _ in leaders)), None)
    if verb is None:
        return leaders
    host = next((c for c in verb.children if welcomes_the_others(c)), None)
    if host is None or host.pos_ != "PROPN" or any(e.start <= host.i < e.end for e, _ in leaders):
        return leaders
    span = next((m for m in mentions if m.start <= host.i < m.end), None)
    if span is None:
        compounds = [c.i for c in host.lefts if c.dep_ == "compound"]
        span = host.doc[min(compounds, default=host.i): host.i + 1]
    if canonical_country(span.text):
        return leaders
    return sorted(leaders + [(span, person_name(span))], key=lambda p: p[0].start)


def _next_in_list(ent: Span, previous: tuple[Span, str]) -> bool:
    """"U.S. President Joe Biden, Canada's Justin Trudeau, France's ...": the parser may hang
    the second name of a list on the first as an apposition; another person's name there
    is the next in the list, not the first one named again."""
    first, first_name = previous
    return ent.root.head.i == first.root.i and person_name(ent).split()[-1].casefold() not in first_name.casefold()


def _former_or_in_doubt(ent: Span) -> bool:
    """"former president Jair Bolsonaro" holds no seat at the table; "whether Maduro will
    travel ... remained unclear" and "there has been no sign that Xi will travel" say neither
    that he comes nor that he stays away; nor does a plan since changed."""
    before = [t.lower_ for t in ent.doc[max(ent.sent.start, ent.start - 4): ent.start]]
    if any(w in ("former", "late", "ex", "then") or w.startswith(("ex-", "then-")) for w in before):
        return True
    if _plan_changed_after(ent):
        return True
    verb = ent.root.head if ent.root.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        return False
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and any(d.lower_ == "no" for d in verb.head.children):
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)


# "He has since changed his mind and is expected to attend", "She later reversed that decision"
PLAN_CHANGED = re.compile(r"(?:he|she)\s+(?:has\s+|had\s+)?(?:since\s+|later\s+)?"
                          r"(?:changed\s+(?:his|her)\s+mind|reversed\s+(?:that|the|this|his|her)\s+decision)", re.I)


def _plan_changed_after(ent: Span) -> bool:
    """A plan the next sentence says the person has since changed ("X said he would stay
    away. He has since changed his mind") is no longer news of who comes."""
    doc, end = ent.doc, ent.sent.end
    return end < len(doc) and PLAN_CHANGED.match(doc[end].sent.text) is not None


def _named_meeting_skipped(ctx: SentenceContext, root) -> str | None:
    """"Lopez Obrador had skipped the Summit of the Americas": the name of the meeting an
    absence is from, when the sentence names one."""
    verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        return None
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ == "PROPN"):
        if obj.lemma_.lower() in MAIN_EVENT_NOUNS or obj.ent_type_ == "EVENT":
            return event_name(obj, list(ctx.vocab.topic("event-dates").triggers))
    return None


# "the host, Uzbek President X": the parser often leaves the apposition unattached
HOST_APPOSITION = re.compile(r"\b(?i:the|their|our|its)\s+host,\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")


# "with host President X", "summit host X": the word as a title before the name (never the
# verb: "will host Xi Jinping" makes Xi the guest)
HOST_TITLE = re.compile(r"(?:^|\b(?i:with|the|as|summit|and))\s+host\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")


def _named_as_host(ctx: SentenceContext, ent: Span) -> bool:
    before = ctx.source.analysis_text[max(ctx.sent.start_char, ent.start_char - 60): ent.start_char]
    return HOST_APPOSITION.search(before) is not None or HOST_TITLE.search(before) is not None


def _quoted(ctx: SentenceContext, ent: Span) -> bool:
    """A name inside quotation marks ("introduced Zelensky as "President Putin"", ""He's
    going to beat President Putin," Biden said"): someone's words, not who was there."""
    before = ctx.source.analysis_text[ctx.sent.start_char: ent.start_char]
    after = ctx.source.analysis_text[ent.end_char: ctx.sent.end_char]
    opened = before.count('"') % 2 == 1 or before.count("“") > before.count("”")
    return opened and ('"' in after or "”" in after)


def _hosting_verb(root) -> object | None:
    """The verb that makes a person a host, when there is one: "X, who will host the leaders
    next year" (its clause, which scopes the claim), "X convened G7 leaders" (which may name
    the meeting)."""
    clause = next((c for c in root.children if c.dep_ == "relcl" and is_host_verb(c)), None)
    if clause is not None:
        return clause
    node = root
    while node.dep_ == "conj":
        node = node.head
    verb = node.head if node.dep_ in ("nsubj", "nsubjpass") and node.head.pos_ in ("VERB", "AUX") else None
    return verb if verb is not None and is_host_verb(verb) else None


def _represents(ent: Span) -> str | None:
    """The country a person stands in for: "Harris will represent the United States", "led the
    U.S. delegation", "spoke for China", "China sent Vice Premier Ding Xuexiang". A name in
    apposition to a title plays the title's part ("Russia sent its foreign minister, Sergei
    Lavrov")."""
    named = ent.root
    root = named.head if named.dep_ == "appos" and named.head.pos_ == "NOUN" else named
    verb = root.head
    lemma = verb.lemma_.lower()
    raised = root.dep_ == "nsubjpass" and any(c.dep_ == "xcomp" for c in verb.children)  # "is expected to lead"
    if root.dep_ == "nsubj" or raised:
        # "Li stood in for President Xi", "Charles, standing in for Queen Elizabeth II, told
        # leaders", "Lavrov, who came in place of President Putin, said": whose country,
        # align reads from the bundle
        for clause in (verb, *(c for t in {root, named} for c in t.children
                               if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB")):
            for tok in clause.subtree:
                if tok.dep_ == "pobj" and stood_in_for(tok) \
                        and next(t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")) == clause:
                    absent = _person_named(tok)
                    if absent:
                        return f"person:{absent}"
        while lemma not in ("represent", "lead", "head", "speak") and any(c.dep_ == "xcomp" for c in verb.children):
            # "Li is expected to lead China's delegation": the subject's act is the complement
            verb = next(c for c in verb.children if c.dep_ == "xcomp")
            lemma = verb.lemma_.lower()
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if lemma == "represent":
            # a country ("will represent the United States") or a person ("will represent
            # Queen Elizabeth II", "was representing his mother, Queen Elizabeth", "will represent her")
            country = country_in([t for o in objects for t in o.subtree])
            person = None if country else next(filter(None, (_person_named(o) for o in objects)), None)
            return country or (f"person:{person}" if person else None)
        if lemma in ("lead", "head"):
            for o in objects:
                if o.lemma_.lower() in ("delegation", "team"):
                    return country_in([t for t in o.subtree if t.i < o.i])
        if lemma == "speak":
            return _spoken_for(verb)
        if lemma in ("sit", "stand", "fill") and any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children):
            return _spoken_for(verb)  # "sat in for Russia on the final day"
        if lemma == "sit" and _sat_with_the_leaders(verb):
            # "Zelensky sat down with the leaders of the 32 member states": the guest at the
            # members' table speaks for his own country, named here or elsewhere in the bundle
            return leader_title(ent)[1] or "own:"
    if root.dep_ in ("dobj", "obj") and lemma == "leave":
        # "leaving Premier Li Qiang to speak for China"
        for comp in (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "speak"):
            return _spoken_for(comp)
    if root.dep_ == "pobj" and verb.dep_ == "agent" and verb.head.lemma_.lower() in ("lead", "head"):
        # "the U.S. delegation is expected to be led by Vice President X"
        led = verb.head
        clause = led.head if led.dep_ == "xcomp" else led  # "is expected to be led by"
        for subject in (c for c in [*led.children, *clause.children] if c.dep_ in ("nsubjpass", "nsubj")):
            if subject.lemma_.lower() in ("delegation", "team"):
                return country_in([t for t in subject.subtree if t.i < subject.i])
    if root.dep_ == "pobj" and verb.lower_ == "by" and verb.head.lemma_.lower() in ("observer", "guest") \
            and verb.head.head.lower_ == "as":
        # "was represented as an observer by X": the parser hangs "by X" off "observer"
        verb = verb.head.head.head if verb.head.head.head.lemma_.lower() == "represent" else verb
        if verb.lemma_.lower() == "represent":
            subject = [c for c in verb.children if c.dep_ == "nsubjpass"]
            return country_in([t for c in subject for t in c.subtree if t.dep_ not in ("relcl",) and t.i <= c.i])
    if root.dep_ == "nsubj" and lemma in ATTEND_VERBS and any(
            o.lemma_.lower() in ("observer", "guest") for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as"
            for o in prep.children if o.dep_ == "pobj"):
        # "Timor-Leste Prime Minister X took part as an observer": the country the title names
        return leader_title(ent)[1]
    if root.dep_ == "pobj" and verb.dep_ == "agent" and verb.head.lemma_.lower() == "represent":
        # "Putin ... was represented by Foreign Minister Sergei Lavrov": the represented
        # leader's own country; "Putin will stay away and be represented by" shares the
        # first verb's subject
        clause = verb.head
        subject = [c for c in clause.children if c.dep_ == "nsubjpass"]
        while not subject and clause.dep_ == "conj" and clause.head != clause:
            clause = clause.head
            subject = [c for c in clause.children if c.dep_ in ("nsubjpass", "nsubj")]
        return country_in([t for c in subject for t in c.subtree if t.dep_ not in ("relcl",) and t.i <= c.i])
    if root.dep_ in ("dobj", "obj") and lemma == "send":
        return _sender_country(verb)
    if root.dep_ == "nsubj" and lemma in ATTEND_VERBS and any(
            c.lower_ == "instead" and not any(c.children) for c in verb.children):
        # "The UAE's president did not attend; his brother X came instead"
        return _absent_before(verb)
    if root.dep_ == "nsubj" and _not_the_leader(verb):
        # "Biden did not attend, and X, capable as she is, is not the president": the one
        # set against the absent leader's rank is the one who came in the leader's place
        return _absent_before(verb, by_name=True)
    return None


def _presiding(ent: Span) -> str | None:
    """"Sharma, the British minister who presided", "X, who presided over the talks": the
    one who presided over the meeting holds its presidency, the office align gives the one
    "<meeting> president" the bundle names ("the COP26 president"); with none, or several,
    it is compared as itself."""
    named = ent.root
    for noun in (named, *(c for c in named.children if c.dep_ == "appos")):
        for clause in (c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() == "preside"):
            over = phrase_objects(clause, ("over",))
            if not over or any(w in MAIN_EVENT_NOUNS | {"negotiation", "negotiations"}
                               for o in over for w in (o.lemma_.lower(), o.lower_)):
                return OFFICE_PRESIDING
    return None


def _flew_in(named) -> bool:
    """"Vladimir Putin flew in for the first day": flying in is coming; "flew to Florida" or
    "flew home" says where one went, not that one came."""
    verb = named.head
    return named.dep_ == "nsubj" and verb.lemma_.lower() == "fly" and any(
        c.lower_ == "in" and c.dep_ in ("advmod", "prt") for c in verb.children)


def _sat_with_the_leaders(verb) -> bool:
    """"sat (down) with the leaders of the 32 member states", "sat with the heads of state and
    government of all 32 allies": a seat at the members' table. Sitting with one person ("sat
    down with Vladimir Putin") is a side meeting, not a delegation."""
    return any(o.lemma_.lower() in ("leader", "head") and o.tag_ == "NNS" for o in phrase_objects(verb, ("with",)))


def _not_the_leader(verb) -> bool:
    """"..., and X is not the president": a denied leader's title, in a clause joined to an
    absence ("did not attend", "skipped the summit")."""
    if verb.lemma_.lower() != "be" or verb.dep_ != "conj" or not any(c.dep_ == "neg" for c in verb.children):
        return False
    absence = verb.head
    if not (absence.lemma_.lower() in ABSENCE_VERBS or absence.lemma_.lower() in ATTEND_VERBS
            and any(c.dep_ == "neg" for c in absence.children)):
        return False
    return any(c.dep_ == "attr" and " ".join(t.lower_ for t in c.subtree if t.dep_ != "det") in LEADER_TITLES
               for c in verb.children)


def _absent_before(verb, by_name: bool = False) -> str | None:
    """The country of whoever the sentence says stayed away before ``verb``: "The UAE's
    president did not attend", "Putin skipped the summit". With ``by_name``, a leader named
    without a country ("Biden did not attend") is given as the person, whose country align
    reads from the bundle."""
    for tok in (t for t in verb.sent if t.i < verb.i and t.dep_ == "nsubj" and t.head != verb):
        if is_absent(tok) or modality(tok) == "negated" and tok.head.lemma_.lower() in ATTEND_VERBS:
            country = country_in([t for t in tok.subtree if t.dep_ not in ("relcl", "acl")])
            if country:
                return country
            absent = _person_named(tok) if by_name and tok.ent_type_ == "PERSON" else None
            if absent:
                return f"person:{absent}"
    return None


def _spoken_for(verb) -> str | None:
    """"spoke for China", "to speak for Moscow": the country after "for", or the country whose
    capital stands for its government."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        return country_in(list(prep.subtree)) or next(
            filter(None, (country_of_capital(o.text) for o in prep.children if o.dep_ == "pobj")), None)
    return None


def _day_of(verb) -> str | None:
    """The day of the event an act is limited to ("on the second day", "on the final day"),
    as written. A weekday or date is not: "will represent the United States at the leaders'
    summit on Saturday" says when the summit is."""
    acts = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "leaving X to speak for Y on the final day"
    for prep in (c for v in acts for c in v.children if c.dep_ == "prep" and c.lower_ == "on"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.lemma_.lower() == "day" and any(c.dep_ == "amod" for c in obj.children):
                return " ".join(t.text for t in obj.subtree)
    return None


def _person_named(tok) -> str | None:
    """The person a noun phrase names: a person entity in it, a capitalised name the tagger
    missed ("Queen Elizabeth II"), or whom "her" or "him" stands for."""
    if tok.lower_ in ("her", "him"):
        # never the verb's own subject: "Charles will represent her" is not Charles
        subjects = {s.i for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") for s in c.subtree}
        return person_meant(tok, [e for e in tok.doc.ents if not any(t.i in subjects for t in e)])
    for t in tok.subtree:
        ent = entity_of(t)
        if ent is not None and ent.label_ == "PERSON":
            return ent.text
    if tok.pos_ == "PROPN" and not canonical_country(tok.text):
        words = [t for t in tok.subtree if t.i <= tok.i and t.pos_ == "PROPN"]
        return " ".join(t.text for t in words)
    return None


def _sender_country(verb) -> str | None:
    """"China sent X", "Putin skipped the summit and sent X", "He sent X" (the
    person named last before it, by the country of their title). A sender named without a
    title ("Biden ... sent Harris to Jakarta instead") is a leader X stood in for, whose
    country align reads from the bundle."""
    while verb.dep_ in ("conj", "advcl") and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "X stayed away, sending Y in his place"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(s.lower_ in ("he", "she") for s in subjects):
        before = [e for e in verb.doc.ents if e.label_ == "PERSON" and e.end <= verb.i]
        return leader_title(before[-1])[1] if before else None
    country = country_in([t for c in subjects for t in c.subtree if t.dep_ not in ("relcl", "acl")])
    if country is None:
        sender = next(filter(None, (_person_named(s) for s in subjects
                                           if s.ent_type_ == "PERSON" or s.pos_ == "PROPN" and not s.ent_type_)), None)
        return f"person:{sender}" if sender else None
    return country


NOT_SERVING = {"vice", "deputy", "former", "ex", "late", "acting", "then", "first", "assistant",
               "ex-president", "outgoing", "incoming", "elect", "president-elect", "opposition"}


def _serving(ent: Span, title: str | None) -> bool:
    """"Ukrainian President X" holds the office; "former President X" and "the then prime
    minister" do not, so they are never compared with its holder. "Vice President X" holds
    the office of vice president, never the president's."""
    before = ent.doc[max(ent.sent.start, ent.start - 4): ent.start]
    after = ent.doc[ent.end: min(ent.sent.end, ent.end + 3)]
    words = {t.lower_.strip("-") for t in before} | {t.lower_ for t in after}
    return not (words - set((title or "").split())) & NOT_SERVING


@lru_cache(maxsize=8)
def _office_pattern(titles: tuple[str, ...]) -> re.Pattern[str]:
    """"<Organisation> <title> " at the end of the text before a name, built once per vocabulary."""
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"[\s-]") for t in sorted(titles, key=len, reverse=True))
    return re.compile(rf"(?:^|\s)(?P<org>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,2}})\s+{FIELD}(?i:(?P<title>{alternatives}))"
                      rf"(?:\s*,)?\s+$")


# "UN climate chief", "EU foreign policy chief": up to two lower-case words that say which of an
# organisation's chiefs is meant (never the organisation's own head: "UN chief"). Only before
# "chief": "Ministers thanked Secretary General X" has no field.
FIELD = r"(?:(?P<field>(?:[a-z]+\s+){1,2})(?=[Cc]hief\b))?"


def _office(ctx: SentenceContext, ent: Span) -> str | None:
    """"COP28 President Sultan Al Jaber": the office "COP28 president". Only an organisation or
    meeting qualifies (not a country: "French President" is a head of state) and only the
    titles of the office topic."""
    topic = ctx.vocab.topic("office")
    if topic is None:
        return None
    before = ctx.source.analysis_text[max(ctx.sent.start_char, ent.start_char - 60): ent.start_char]
    m = _office_pattern(topic.triggers).search(before)
    if not m:
        after = ctx.source.analysis_text[ent.end_char: min(ctx.sent.end_char, ent.end_char + 60)]
        m = _apposed_office_pattern(topic.triggers).match(after)
        if m and not m.group("org"):
            # "Jens Stoltenberg, the alliance's secretary general": a title of two words with
            # the group unnamed, like "Secretary-General X" (align gives it the bundle's one office)
            title = re.sub(r"\s+", " ", m.group("title").lower())
            return title if len(re.split(r"[\s-]", title)) == 2 and title in topic.triggers else None
        m = m or next(filter(None, (p.match(after) for p in _apposed_title_patterns(topic.triggers))), None)
    if not m:
        return _bare_office(before, topic.triggers) or _group_title_before(before, topic.triggers) \
            or _office_held(ent, topic.triggers)
    words = m.group("org").split()
    while words and words[0].lower() in STOP_WORDS:
        words = words[1:]  # "With President Donald Trump staying home": a sentence's first word
    if not words:
        return None
    org = " ".join(words)
    if not org[:1].isupper() \
            or any(w.lower().strip("-") in NOT_SERVING | {"prime"} for w in words) \
            or canonical_country(org) or is_demonym(org) or canonical_country(words[-1]) or is_demonym(words[-1]):
        return None
    field = (m.groupdict().get("field") or "").split()
    if any(w in NOT_SERVING or w in STOP_WORDS for w in field):
        return None  # "NATO deputy chief", "the UN and chief": not that office
    return " ".join([org, *field, m.group("title").lower()])


# Who owns an office when a source does not name the organisation: "the alliance's secretary general".
GROUP_OWNERS = ("alliance", "bloc", "group", "organisation", "organization", "union", "body", "forum")


@lru_cache(maxsize=8)
def _apposed_office_pattern(titles: tuple[str, ...]) -> re.Pattern[str]:
    """", NATO's secretary general" or ", the alliance's secretary general" right after a name."""
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"[\s-]") for t in sorted(titles, key=len, reverse=True))
    owners = "|".join(GROUP_OWNERS)
    return re.compile(rf"\s*,\s+(?:the\s+)?(?:(?P<org>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,2}})|(?i:{owners}))"
                      rf"(?:'s|’s)\s+{FIELD}(?i:(?P<title>{alternatives}))\b")


@lru_cache(maxsize=8)
def _apposed_title_patterns(titles: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """", the chairperson of the African Union Commission" and ", the AU Commission
    chairperson" right after a name."""
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"[\s-]") for t in sorted(titles, key=len, reverse=True))
    title = rf"(?i:(?P<title>{alternatives}))"
    org = r"(?P<org>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
    return (re.compile(rf"\s*,\s+the\s+{title}\s+of\s+(?:the\s+)?{org}"),
            re.compile(rf"\s*,\s+the\s+{org}\s+{title}\b"))


def _bare_office(before: str, titles) -> str | None:
    """"Secretary-General Patricia Scotland": a title of two words names an organisation's
    office even without the organisation (align gives it the bundle's one office of that
    title). A one-word title ("President X", "Chair X") may be any country's or body's."""
    m = re.search(r"(?:^|[\s(,])(?P<title>[A-Z][a-z]+[\s-][A-Z][a-z]+)\s+$", before)
    if not m:
        return None
    title = m.group("title").lower()
    return title if title in titles else None


def _group_title_before(before: str, titles) -> str | None:
    """"The alliance's secretary general, Jens Stoltenberg": a two-word title of the group,
    unnamed, set before the name (as "Secretary-General X", the bundle's one such office)."""
    owners = "|".join(GROUP_OWNERS)
    m = re.search(rf"\b(?i:{owners})(?:'s|’s)\s+(?P<title>[A-Za-z]+[\s-][A-Za-z]+)\s*,\s*$", before)
    if not m:
        return None
    title = re.sub(r"\s+", " ", m.group("title").lower())
    return title if title in titles else None


# Verbs that make their subject the holder of the office their complement names.
HOLDING_VERBS = {"be", "remain", "become", "stay", "serve", "elect", "re-elect", "reelect", "appoint", "name"}


def _office_held(ent: Span, titles) -> str | None:
    """"Patricia Scotland will remain secretary-general of the Commonwealth", "X was elected
    president of the assembly": the office "Commonwealth secretary-general"."""
    root = ent.root
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in HOLDING_VERBS:
        return None
    for comp in verb.children:
        if comp.dep_ == "prep" and comp.lower_ == "as":  # "serves as chair of ..."
            comp = next((c for c in comp.children if c.dep_ == "pobj"), comp)
        elif comp.dep_ not in ("attr", "oprd", "xcomp", "acomp"):
            continue
        words = [t for t in comp.subtree if t.i <= comp.i or t.dep_ in ("amod", "punct") and t.head == comp]
        title = re.sub(r"\s*-\s*", "-", " ".join(t.lower_ for t in words if t.pos_ != "DET"))
        title_words = title.replace("-", " ")
        if not any(title_words == t.replace("-", " ") for t in titles):
            continue
        for prep in (c for c in comp.children if c.dep_ == "prep" and c.lower_ == "of"):
            org = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if org is not None and not canonical_country(org.text):
                name = entity_of(org)
                return f"{(name.text if name is not None else org.text).removeprefix('the ')} {title}"
    return None


def _split_at_examples(ctx: SentenceContext, people: list) -> list[list]:
    """"Zelensky joined sessions with the leaders of invited countries, among them Lula, Modi
    and Widodo": the people after "among them" (or "including") are a list of their own."""
    runs: list[list] = [[]]
    text = ctx.source.analysis_text
    for ent, name in people:
        if runs[-1]:
            between = text[runs[-1][-1][0].end_char:ent.start_char].lower()
            if any(re.search(rf"\b{re.escape(cue)}\b", between) for cue in PARTIAL_CUES):
                runs.append([])
        runs[-1].append((ent, name))
    return runs
