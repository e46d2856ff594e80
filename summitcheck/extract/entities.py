"""Places, people, attendee lists and named documents in a sentence."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from summitcheck.extract.context import distance, invited_role, modality
from summitcheck.extract.finders import find_documents
from summitcheck.extract.sentence import SentenceContext
from summitcheck.model import Claim
from summitcheck.normalize.cities import is_city
from summitcheck.normalize.places import canonical_country, is_demonym

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



def canonical_place(text: str) -> tuple[str, str]:
    """(canonical name, "country" | "city") of a place as written."""
    country = canonical_country(text)
    if country:
        return country, "country"
    s = re.sub(r"^the\s+", "", " ".join(text.split()), flags=re.I).strip(" .,'’")
    s = re.sub(r"['’]s$", "", s)
    return (s.title() if s.isupper() else s), "city"


def find_places(ctx: SentenceContext) -> list[Claim]:
    claims: list[Claim] = []
    for ent in ctx.ents:
        if ctx.overlaps_taken(ent.start_char, ent.end_char):
            continue
        root = ent.root
        if root.dep_ != "pobj" or root.head.lower_ not in ("in", "at"):
            continue
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            if ent.label_ not in ("ORG", "PERSON", "NORP") or not is_city(ent.text):
                continue
            ent = Span(ent.doc, ent.start, ent.end, label="GPE")  # "the summit in Durban", tagged ORG
        anchor = root.head.head if root.head.head.ent_type_ == "DATE" else root  # "for March in Nairobi"
        topic = ctx.topic_for("place", ent.start_char, ent.end_char, anchor)
        if topic is None:
            continue
        name, level = canonical_place(ent.text)
        if ent.label_ != "GPE" and level == "city" and not is_city(ent.text):
            continue
        claims.append(ctx.claim("place", ent.start_char, ent.end_char,
                                {"text": name, "level": level, "label": ent.label_}, root, topic))
    return claims


def find_host_country(ctx: SentenceContext) -> list[Claim]:
    """"Japan will host ...": the country that hosts, as a place claim."""
    claims: list[Claim] = []
    if ctx.vocab.topic("host-country") is None:
        return claims
    for ent in ctx.ents:
        if ent.label_ != "GPE":
            continue
        root = ent.root
        if root.dep_ not in ("nsubj", "nsubjpass") or not _is_host_verb(root.head) or _object_is_not_event(root.head):
            continue  # "Iran welcomed the invitation" is not hosting
        country = canonical_country(ent.text)
        if country is None:
            continue
        claims.append(ctx.claim("place", ent.start_char, ent.end_char,
                                {"text": country, "level": "country", "label": ent.label_}, root, "host-country"))
    return claims


def _is_host_verb(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in HOST_WORDS:
        return True
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in HOST_WORDS for c in verb.children)


def person_name(ent: Span) -> str:
    s = " ".join(ent.text.replace("’", "'").split())
    s = re.sub(r"'s?$", "", s)
    return s.strip(" ,.")


def leader_title(ent: Span) -> tuple[str | None, str | None]:
    """(title, country) of a person mention: "Kenya's President X", "President X of Y"."""
    doc = ent.doc
    before = doc[max(ent.sent.start, ent.start - 5): ent.start]
    after = doc[ent.end: min(ent.sent.end, ent.end + 3)]
    left = " ".join(t.lower_ for t in before)
    title = next((t for t in LEADER_TITLES if re.search(r"\b" + re.escape(t) + r"$", left)), None)
    country = None
    words = [t.text for t in before]
    for i in range(len(words) - 1, -1, -1):
        for n in (2, 1):  # "South African" before "African"
            if i - n + 1 < 0 or not words[i - n + 1][:1].isupper():
                continue
            country = canonical_country(" ".join(words[i - n + 1: i + 1]))
            if country:
                break
        if country:
            break
    if title is None:
        after_text = " ".join(t.lower_ for t in after)
        title = next((t for t in LEADER_TITLES if after_text.startswith(", " + t) or after_text.startswith(t)), None)
    if len(after) >= 2 and after[0].lower_ == "of":
        country = canonical_country(after[1].text) or country
    return title, country


NOT_NAME_WORDS = {"summit", "meeting", "conference", "talks", "declaration", "forum", "historic",
                  "ministry", "government", "council", "agency", "news", "press", "party"}
TITLED_NAME = re.compile(
    r"\b(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Crown Prince|Sheikh)\s+"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|da|de|bin|al|van|von)){0,4})")


COUNTRY_POSSESSIVE = re.compile(
    r"\b(?P<country>[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)['’]s\s+(?:(?:[a-z]+\s+){0,2}(?:president|prime minister|premier|leader|chancellor)\s+)?"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|da|de|bin|al|van|von)){1,4})")


def person_mentions(ctx: SentenceContext) -> list[Span]:
    """PERSON entities, and names the tagger labelled otherwise or missed: titled names
    ("President X") and names after a country's possessive ("India's Narendra Modi")."""
    spans = [e for e in ctx.ents if e.label_ == "PERSON"]
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
    out = []
    for span in sorted(spans, key=lambda s: s.start):
        while len(span) > 1 and span[-1].is_punct:
            span = span[:-1]  # "... Lula da Silva." at the end of a sentence
        words = {w.lower() for w in span.text.split()}
        if words & NOT_NAME_WORDS or not span.text[:1].isupper():
            continue
        out.append(span)
    return out


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
    for ent, name, title, country in sorted(people, key=lambda p: p[0].start):
        if len(name) < 3 or (title_key(title, country) != name and canonical_country(name)):
            continue  # "The Comoros" tagged as a person
        if title_key(title, country) and _serving(ent):
            titles[name] = title_key(title, country)
        if _is_host(ent.root) and ctx.vocab.topic("host"):
            claims.append(ctx.claim("person", ent.start_char, ent.end_char,
                                    {"text": name, "title": title, "country": country, "label": ent.label_ or "PERSON",
                                     "office": title_key(title, country)},
                                    ent.root, "host"))
        represented = _represents(ent) if ctx.vocab.topic("representative") else None
        if represented:
            claims.append(ctx.claim("person", ent.start_char, ent.end_char,
                                    {"text": name, "title": title, "country": country, "label": ent.label_ or "PERSON", "office": None},
                                    ent.root, "representative", subject=represented))
        office = _office(ctx, ent) or (title_key(title, country) if _serving(ent) else None)
        if office:
            claims.append(ctx.claim("person", ent.start_char, ent.end_char,
                                    {"text": name, "title": title, "country": country, "label": ent.label_ or "PERSON", "office": None},
                                    ent.root, "office", subject=office))
        if REMOTE.search(_clause_text(ent.root)):
            continue
        if (title and _near_attendance(ctx, ent.root)) or _subject_of(ent.root, ATTEND_VERBS | ABSENCE_VERBS):
            leaders.append((ent, name))
        elif leaders and ent.root in leaders[-1][0].root.conjuncts:
            leaders.append((ent, name))  # "... Narendra Modi and Brazil's Luiz Inacio Lula da Silva"
    if leaders and ctx.vocab.topic("leaders"):
        absent = [(e, n) for e, n in leaders if _absent(e.root)]
        # a negated sentence about something else ("X skipped a business forum") says
        # nothing either way about the event
        present = [(e, n) for e, n in leaders if (e, n) not in absent and modality(e.root) != "negated"]
        runs = [(run, None) for run in _split_at_examples(ctx, present)] + [(absent, "negated")]
        for group, mod in runs:
            if not group:
                continue
            start, end = group[0][0].start_char, group[-1][0].end_char
            names = [n for _, n in group]
            claims.append(ctx.claim("set", start, end,
                                    {"members": names, "titles": {n: titles[n] for n in names if n in titles}},
                                    group[0][0].root, "leaders", basis="partial", mod=mod))
    return claims


def _country_in(tokens) -> str | None:
    for tok in tokens:
        ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end), None)
        found = canonical_country(ent.text if ent is not None else tok.text) if tok.text[:1].isupper() else None
        if found:
            return found
    return None


def _represents(ent: Span) -> str | None:
    """The country a person stands in for: "Harris will represent the United States", "led the
    U.S. delegation", "spoke for China", "China sent Vice Premier Ding Xuexiang"."""
    root = ent.root
    verb = root.head
    lemma = verb.lemma_.lower()
    if root.dep_ == "nsubj":
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if lemma == "represent":
            return _country_in([t for o in objects for t in o.subtree])
        if lemma in ("lead", "head"):
            for o in objects:
                if o.lemma_.lower() in ("delegation", "team"):
                    return _country_in([t for t in o.subtree if t.i < o.i])
        if lemma == "speak":
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
                return _country_in(list(prep.subtree))
    if root.dep_ == "pobj" and verb.dep_ == "agent" and verb.head.lemma_.lower() == "represent":
        # "Putin ... was represented by Foreign Minister Sergei Lavrov": the represented
        # leader's own country
        subject = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        return _country_in([t for c in subject for t in c.subtree if t.dep_ not in ("relcl",) and t.i <= c.i])
    if root.dep_ in ("dobj", "obj") and lemma == "send":
        return _country_in([t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree])
    return None


NOT_SERVING = {"vice", "deputy", "former", "ex", "late", "acting", "then", "first", "assistant",
               "ex-president", "outgoing", "incoming", "elect", "president-elect", "opposition"}


def _serving(ent: Span) -> bool:
    """"Ukrainian President X" holds the office; "former President X", "Vice President X" and
    "the then prime minister" do not, so they are never compared with its holder."""
    before = ent.doc[max(ent.sent.start, ent.start - 4): ent.start]
    after = ent.doc[ent.end: min(ent.sent.end, ent.end + 3)]
    words = {t.lower_.strip("-") for t in before} | {t.lower_ for t in after}
    return not words & NOT_SERVING


def _office(ctx: SentenceContext, ent: Span) -> str | None:
    """"COP28 President Sultan Al Jaber": the office "COP28 president". Only an organisation or
    meeting qualifies (not a country: "French President" is a head of state) and only the
    titles of the office topic."""
    topic = ctx.vocab.topic("office")
    if topic is None:
        return None
    before = ctx.source.analysis_text[max(ctx.sent.start_char, ent.start_char - 60): ent.start_char]
    titles = "|".join(re.escape(t).replace(r"\ ", r"[\s-]") for t in sorted(topic.triggers, key=len, reverse=True))
    m = re.search(rf"(?:^|\s)(?P<org>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,2}})\s+(?i:(?P<title>{titles}))\s+$", before)
    if not m:
        return None
    org = m.group("org").strip()
    words = org.split()
    if not org[:1].isupper() or words[0].lower() in ("the", "a") \
            or any(w.lower().strip("-") in NOT_SERVING | {"prime"} for w in words) \
            or canonical_country(org) or is_demonym(org) or canonical_country(words[-1]) or is_demonym(words[-1]):
        return None
    return f"{org} {m.group('title').lower()}"


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


def _clause_text(root: Token) -> str:
    verb = root
    while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    return " ".join(t.text for t in verb.subtree)


def _subject_of(root: Token, verbs: set[str]) -> bool:
    node = root
    while node.dep_ in ("conj", "appos"):
        node = node.head
    return node.dep_ in ("nsubj", "nsubjpass") and node.head.lemma_.lower() in verbs


def _is_host(root: Token) -> bool:
    if any(c.dep_ == "appos" and c.lemma_.lower() in HOST_WORDS for c in root.children):
        return True
    for rel in (c for c in root.children if c.dep_ == "relcl"):
        if _is_host_verb(rel) and not _object_is_not_event(rel):
            return True  # "Ramaphosa, who is hosting the meeting"
    node = root
    while node.dep_ == "conj":
        node = node.head
    if node.dep_ in ("nsubj", "nsubjpass") and _is_host_verb(node.head):
        return not _object_is_not_event(node.head)
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


def _object_is_not_event(verb: Token) -> bool:
    """"hosted a dinner": hosting, but not hosting the event."""
    host = verb if verb.lemma_.lower() in HOST_WORDS else next(
        (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in HOST_WORDS), verb)
    objects = [c for c in host.children if c.dep_ in ("dobj", "obj")]
    return bool(objects) and not any(
        o.lemma_.lower() in MAIN_EVENT_NOUNS | HOSTED_PARTICIPANTS or o.ent_type_ in ("GPE", "NORP", "PERSON", "EVENT")
        for o in objects)


def _near_attendance(ctx: SentenceContext, root: Token) -> bool:
    for trig in ctx.triggers:
        if trig.topic != "attendees":
            continue
        dist, dominates = distance(root, trig.token)
        if dist <= 3 or dominates:
            return True
    return False


def _absent(root: Token) -> bool:
    """"X skipped the summit", "X did not attend": absent from the event itself (skipping a
    side event such as a business forum is not absence)."""
    node = root
    while node.dep_ == "conj":
        node = node.head
    verb = node.head if node.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in verb.children) and lemma in ATTEND_VERBS
    if lemma not in ABSENCE_VERBS and not negated:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return not objects or any(o.lemma_.lower() in MAIN_EVENT_NOUNS for o in objects)


LIST_SEPARATOR = re.compile(r"^\s*(?:,|and|&|,\s*and|as well as|,\s*as well as)\s*(?:the\s+)?$", re.I)


def country_lists(ctx: SentenceContext) -> list[list[Span]]:
    """Runs of country names joined by commas and "and", in the text (the small model's
    parse of long coordinations is not reliable enough to read them from the tree)."""
    text = ctx.source.analysis_text
    runs: list[list[Span]] = []
    for ent in country_mentions(ctx.sent):
        if runs and LIST_SEPARATOR.match(text[runs[-1][-1].end_char: ent.start_char]):
            runs[-1].append(ent)
        else:
            runs.append([ent])
    return runs


def country_mentions(sent: Span) -> list[Span]:
    """Country names in a sentence, whatever label the tagger gave them (the small model
    calls some countries NORP or misses them)."""
    out: list[Span] = []
    covered: set[int] = set()
    for ent in sent.ents:
        if ent.label_ in ("GPE", "NORP", "ORG", "LOC", "PERSON") and canonical_country(ent.text):
            if is_demonym(ent.text):
                continue  # "Japanese officials": an adjective, not a member of a list
            out.append(ent)
            covered.update(range(ent.start, ent.end))
    for tok in sent:
        if tok.i not in covered and tok.text[:1].isupper() and tok.pos_ == "PROPN" and canonical_country(tok.text) \
                and not is_demonym(tok.text):
            out.append(sent.doc[tok.i: tok.i + 1])
    return sorted(out, key=lambda s: s.start)


def find_country_sets(ctx: SentenceContext) -> list[Claim]:
    """Lists of countries taking part ("leaders of A, B and C"), and countries staying away."""
    claims: list[Claim] = []
    if ctx.vocab.topic("attendees") is None:
        return claims
    for run in country_lists(ctx):
        members: list[str] = []
        for ent in run:
            country = canonical_country(ent.text)
            if country and country not in members:
                members.append(country)
        first = run[0].root
        start, end = run[0].start_char, run[-1].end_char
        if _absent(first):
            claims.append(ctx.claim("set", start, end, {"members": members}, first, "attendees",
                                    basis="partial", mod="negated"))
            continue
        role = _role(ctx, run)
        if len(members) < 2 or not (role or any(_attendance_list(ctx, e.root) for e in run)):
            continue
        lead = ctx.source.analysis_text[max(ctx.sent.start_char, start - 20):start].lower()
        # Two names may be a sample ("from India and Brazil to ..."); a complete list of a
        # multi-party meeting names three or more.
        partial = any(cue in lead for cue in PARTIAL_CUES) or len(members) < 3
        claims.append(ctx.claim("set", start, end, {"members": members}, first, "attendees",
                                basis="partial" if partial else "list", subject=role))
    return claims


def _role(ctx: SentenceContext, run: list[Span]) -> str | None:
    """"invited" for lists of guests ("invited the leaders of eight countries: ..."), which are
    compared with other lists of guests, not with the members'."""
    first = run[0].root
    chain = [first, *list(first.ancestors)[:6]]
    before = ctx.sent.doc[max(ctx.sent.start, run[0].start - 8): run[0].start]
    return invited_role([*chain, *before])


def _ent_of(tok: Token) -> Span | None:
    for ent in tok.sent.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


# Verbs by which countries take part through the people they send.
SENDING_VERBS = {"send", "dispatch", "bring", "field"}


def _attendance_list(ctx: SentenceContext, first: Token) -> bool:
    """A list hangs off an attendance word within two steps ("leaders from A, B", "summit with")."""
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


def find_named_documents(ctx: SentenceContext) -> list[Claim]:
    claims: list[Claim] = []
    if ctx.vocab.topic("documents") is None:
        return claims
    text = ctx.source.analysis_text[ctx.sent.start_char: ctx.sent.end_char]
    for start, end, name, kind in find_documents(text):
        s, e = ctx.sent.start_char + start, ctx.sent.start_char + end
        root = ctx.root_of(s, e)
        if root is None:
            continue
        canonical = name.replace("Communiqué", "Communique").replace("’", "'")
        doc_type = kind.lower().replace("communiqué", "communique")
        claims.append(ctx.claim("text", s, e, {"text": canonical}, root, "documents", subject=doc_type))
    return claims
