"""Money, counts and the periods of pledges in a sentence (ordinals: see ordinals.py)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from summitcheck.extract.finders import PAIRED_CLOSE, PAIRED_OPEN, find_initiatives
from summitcheck.extract.context import (
    country_in,
    entity_of,
    event_scope,
    governing_verb,
    invited_role,
    invited_to_join,
    is_goal,
    is_superseded,
    modality,
    subjects_of,
)
from summitcheck.extract.roles import DELEGATION_NOUNS, MAIN_EVENT_NOUNS
from summitcheck.extract.sentence import SentenceContext
from summitcheck.extract.vocab import Topic
from summitcheck.model import EVENT_MAIN, SUBJECT_SUPERSEDED, Claim
from summitcheck.normalize.cities import continent_of
from summitcheck.normalize.money import find_money as scan_money
from summitcheck.normalize.numbers import parse_quantity
from summitcheck.normalize.places import canonical_country, is_demonym

# Counted nouns that are units of time or measure, handled as dates or not at all.
NOT_COUNTED = {"year", "day", "month", "week", "hour", "minute", "time", "percent", "%",
               "point", "degree", "kilometre", "kilometer", "mile", "meter", "metre", "ton",
               "tonne", "km", "kg", "century", "decade", "am", "pm", "o'clock"}
DURATION = re.compile(r"^(?:over|for|within|in|during|across|spanning)?\s*(?:the\s+)?(?:next\s+|coming\s+|past\s+)?"
                      r"(?P<n>[\w-]+)\s+(?P<unit>year|month|week|day)s?$", re.I)


def find_money(ctx: SentenceContext) -> list[Claim]:
    text = ctx.source.analysis_text
    claims: list[Claim] = []
    start0, end0 = ctx.sent.start_char, ctx.sent.end_char
    matches = scan_money(text, start0, end0)
    used: set[int] = set()
    for i, (start, end, money) in enumerate(matches):
        if i in used:
            continue
        m_start = start
        value = money.to_value()
        # "1.5 trillion yen ($10 billion)": one figure given in two currencies.
        if i + 1 < len(matches):
            n_start, n_end, alt = matches[i + 1]
            gap = text[end:n_start]
            tail = text[n_end:n_end + 3]
            if PAIRED_OPEN.match(gap) and len(gap) <= 6 and PAIRED_CLOSE.match(tail):
                if alt.currency != money.currency:
                    value["alt"] = alt.to_value()
                    value["alt_text"] = text[n_start:n_end]
                    end = n_end + (1 if text[n_end:n_end + 1] == ")" else 0)  # the whole "(...)"
                    used.add(i + 1)
        root = ctx.root_of(m_start, matches[i][1])
        if root is None or _currency_word_describes(ctx, matches[i][1]):
            continue
        topic = ctx.topic_for("money", start, end, root) or "money"
        sized = _sized_initiative(ctx, end)
        if sized and ctx.vocab.topic("investment") is not None:
            # "a $20 billion Just Energy Transition Partnership": the size of that initiative,
            # compared per initiative whoever funds it
            claims.append(ctx.claim("money", start, end, dict(value), root, "investment", subject=f"size of {sized}"))
            continue
        donors, people = _money_donors(ctx, m_start, root)
        recipient = _paid_to(root) if donors else None
        if recipient:
            value["recipient"] = recipient  # "Britain has paid Rwanda £120 million"
        # a figure for a named recipient ("Macron arrived with €109bn of investment in French
        # AI") is that recipient's before it is the speaker's
        donors = donors or _money_recipient(ctx, root) or people
        if _part_of_a_figure(root, matches, i):
            # "$1.5 billion, including $500 million": a part of the figure before, whose donor it shares
            whole = claims[-1].subject if claims else None
            donors = [f"{whole or '|'.join(sorted(donors)) or 'any'}: part"]
        goal = is_goal(root)
        superseded = is_superseded(root)
        if superseded:
            # "the old $100 billion pledge": whose it was, never what it was a size of
            whose = "|".join(sorted(d for d in donors if ": " not in d))
            donors = [f"{whose}: {SUBJECT_SUPERSEDED}" if whose else SUBJECT_SUPERSEDED]
        for donor in (donors if donors and _distributive(root) else ["|".join(sorted(donors))] if donors else [None]):
            if goal:  # "hoped would mobilize $250 billion by 2030" is not a pledge made
                donor = f"{donor}: goal" if donor else "goal"
            claim = ctx.claim("money", start, end, dict(value), root, topic, subject=donor)
            if superseded:
                claim.event = EVENT_MAIN  # "the previous commitment": its words mark the figure, not another occasion
            claims.append(claim)
    return claims


# A figure's parenthesis in another currency, between it and the name it sizes.
_CONVERSION = re.compile(r"\s*\([^()]{1,40}\)")


def _sized_initiative(ctx: SentenceContext, end: int) -> str | None:
    """The named initiative a figure stands right before ("a $20 billion Just Energy
    Transition Partnership", "The $20 billion (about 310 trillion rupiah) Just Energy
    Transition Partnership"), by its name without what it is for; None otherwise."""
    text = ctx.source.analysis_text
    after = end
    conversion = _CONVERSION.match(text, after)
    if conversion:
        after = conversion.end()
    gap = text[after: after + 2]
    if not gap.startswith(" "):
        return None
    # to the paragraph's end: the tagger may end a sentence at the parenthesis
    line_end = text.find("\n", after)
    first = next(iter(find_initiatives(text[after: line_end if line_end != -1 else len(text)])), None)
    if first is None or text[after: after + first[0]].strip():
        return None
    return re.split(r"\s+(?:for|to|with|in)\s+", first[2], maxsplit=1)[0].lower()


def _currency_word_describes(ctx: SentenceContext, end: int) -> bool:
    """"The one real decision": a currency's name that is an everyday adjective, here
    describing the noun after it, names no money."""
    span = ctx.sent.doc.char_span(end - 1, end, alignment_mode="expand")
    last = span[-1] if span is not None and len(span) else None
    return last is not None and last.dep_ == "amod" and last.head.i > last.i and last.head.pos_ in ("NOUN", "PROPN")


def _part_of_a_figure(root, matches, i: int) -> bool:
    """"$1.5 billion in assistance, including $500 million in energy aid": a part of the
    figure named before it, compared only with other parts."""
    return i > 0 and any(t.lower_ in ("including", "includes", "include") for t in root.ancestors
                         if t.idx > matches[i - 1][1])


def _money_donors(ctx: SentenceContext, start: int, root) -> tuple[list[str], list[str]]:
    """Who gives or commits a figure: the country named right before it ("Britain £40 million,
    the United States $17.5 million") or the subject of the verb it hangs off ("Japan plans to
    launch projects worth 1.5 trillion yen", "the UAE and Germany each pledged $100 million").
    Pledges by different donors are different facts. Second, when no country is found: the
    person subject named without a country ("Harris pledges $1.5 billion"), a donor only
    when the figure names no recipient either."""
    before = [t for t in ctx.sent if t.idx + len(t) <= start]
    if before and start - (before[-1].idx + len(before[-1])) <= 1 and before[-1].ent_type_ in ("GPE", "NORP") \
            and before[-1].dep_ != "dative":  # "paid Rwanda £120 million": Rwanda is paid
        country = country_in([before[-1]])
        if country:
            return [country], []
    verb = governing_verb(root)
    subjects: list = []
    while verb is not None:
        subjects = subjects_of(verb)
        if subjects or verb.dep_ not in ("xcomp", "ccomp", "conj") or verb.head == verb:
            break
        if verb.dep_ == "conj":
            # "A and B attended, and US Vice President X ... pledged $1.5 billion": the parser
            # may hang X on the first verb as a conjunct; the name just before this verb is
            # still its subject, not the first verb's subjects
            orphans = [c for c in verb.head.children if c.dep_ in ("conj", "npadvmod", "dep", "appos")
                       and c.pos_ == "PROPN" and verb.head.i < c.i < verb.i]
            if orphans:
                subjects = orphans[-1:]
                break
            if verb.head.lemma_.lower() == "be" and verb.head.dep_ == "ccomp" and verb.head.head != verb.head:
                # "leaders declared that Ukraine was on a path ... and pledged 40 billion euros":
                # the parser joins the act to the reported state; the act is the speakers'
                verb = verb.head
        verb = verb.head
    if verb is None:
        return [], []
    found: list[str] = []
    for subj in subjects:
        for head in (subj, *[c for c in subj.conjuncts], *[c for c in subj.children if c.dep_ == "appos"]):
            country = country_in([head, *[t for t in head.subtree if t.i < head.i and t.dep_ in ("compound", "poss", "nmod")]])
            if country and country not in found:
                found.append(country)
    # "Harris pledges $1.5 billion": a person, whose country align reads from the bundle
    people = [] if found else [f"person:{ent.text}" for ent in (entity_of(s) for s in subjects[:1])
                               if ent is not None and ent.label_ == "PERSON"]
    thing = root.head.lemma_.lower() if root.dep_ in ("compound", "amod", "nmod", "nummod") and root.head.pos_ == "NOUN" \
        else None
    if thing is None and root.dep_ in ("dobj", "obj"):
        thing = THING_OF_VERB.get(root.head.lemma_.lower())  # "to lend Ukraine $50 billion": a loan
    if thing is not None:
        # "announced a $30 billion fund": the size of a new thing, not a pledge to another
        return [f"{'|'.join(sorted(found)) or 'any'}: {thing}"], people
    return found, people


# Verbs whose object is the size of a thing the nouns name ("lend $50 billion", "a $50 billion loan").
THING_OF_VERB = {"lend": "loan", "loan": "loan"}


def _paid_to(root) -> str | None:
    """The country a figure is given to by its verb's indirect object ("has paid Rwanda 120
    million pounds", "gave Ukraine $1 billion")."""
    verb = governing_verb(root)
    if verb is None:
        return None
    return country_in([t for c in verb.children if c.dep_ == "dative" for t in c.subtree])


RECIPIENT_PREPS = {"in", "to", "for", "into"}
RECEIVING_VERBS = {"get", "receive", "raise", "secure", "attract", "win", "obtain", "start", "launch"}
# Words naming the kind of body a figure goes to, left out of its name ("the Current AI
# foundation" and "Current AI" are one recipient).
BODY_WORDS = {"foundation", "fund", "initiative", "programme", "program", "facility", "project", "scheme"}


def _money_recipient(ctx: SentenceContext, root) -> list[str]:
    """Where a figure with no named donor goes: a country it is invested in ("investors
    committed 109 billion euros to projects in France", "€109bn of investment in French AI")
    or the named body that receives it ("a new foundation, Current AI, got $400m"). Figures
    for different recipients are different facts."""
    verb = governing_verb(root)
    holders = [root, *(t for t in root.subtree if t.dep_ == "pobj" and t.head.lower_ == "of")]
    if verb is not None:
        holders.append(verb)
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS]
    country = country_in([t for p in sorted(preps, key=lambda p: p.i) for t in p.subtree])
    if country:
        return [f"for {country}"]
    if verb is None:
        return []
    # the named body a figure goes to: the subject of a verb of receiving ("Current AI got
    # $400m"), or the noun a "launched with $400m" clause describes; the subject of "pledged"
    # or "promised" gives, and is read as a donor above
    if verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() in RECEIVING_VERBS | {"create", "set"}:
        owners = [verb.head]
    elif verb.lemma_.lower() in RECEIVING_VERBS:
        owners = list(subjects_of(verb))
    else:
        return []
    for owner in owners:
        for noun in (owner, *(c for c in owner.children if c.dep_ == "appos")):
            name = [t for t in _compound_name(noun) if (t.pos_ == "PROPN" or t.text.isupper()) and t.lower_ not in BODY_WORDS]
            if name and noun.ent_type_ not in ("PERSON", "GPE", "NORP"):
                return ["for " + " ".join(t.text for t in name)]
    return []


def _compound_name(noun) -> list:
    """A noun with the compounds before it, in order: "the new Current AI foundation" ->
    Current, AI, foundation (adjectives such as "Shanghai-based" are not part of a name)."""
    parts = [noun]
    for child in noun.children:
        if child.dep_ == "compound" and child.i < noun.i:
            parts += _compound_name(child)
    return sorted(parts, key=lambda t: t.i)


def _distributive(root) -> bool:
    """"each pledged $100 million": the figure is every donor's, not their sum."""
    verb = governing_verb(root)
    return verb is not None and any(t.lower_ == "each" for t in verb.subtree if t.i < root.i)


# What makes a figure the tagger calls money money: a currency sign, code or word.
CURRENCY_WORD = re.compile(r"[$€£¥₹₩₽]|\b(?:[A-Z]{3}|dollars?|euros?|pounds?|yen|yuan|renminbi|rupees?|rupiah|"
                           r"francs?|reais|real|rand|roubles?|rubles?|won|lira|pesos?|dirhams?|riyals?|naira|"
                           r"shillings?|cents?|crore|lakh)\b", re.I)


# The topic prefix of a count of something no topic in rules/ counts ("count:bomber").
GENERIC_COUNT = "count:"


def find_counts(ctx: SentenceContext) -> list[Claim]:
    claims: list[Claim] = []
    for ent in [*ctx.ents, *_untagged_numbers(ctx)]:
        if not (ent.label_ == "CARDINAL" or ent.label_ == "MONEY" and not CURRENCY_WORD.search(ent.text)) \
                or ctx.overlaps_taken(ent.start_char, ent.end_char):
            continue  # "more than 1.4 billion people" may come tagged as money, with no currency
        if ent.start >= 2 and ent.doc[ent.start - 1].lower_ == "of" and ent.doc[ent.start - 2].pos_ == "PROPN":
            continue  # "the Group of 20 summit": a name, not a count
        if ent.text.lower() == "one" and ent.start >= 1 and ent.doc[ent.start - 1].lower_ == "the":
            continue  # "China, the one country with influence in Moscow": the only one, not a count
        if ent.text.lower() == "one" and ent.start >= 1 and ent.doc[ent.start - 1].lower_ in ("every", "each"):
            continue  # "every one of the 30 allies must ratify": all 30, counted from the 30
        if ent.start >= 2 and [t.lower_ for t in ent.doc[ent.start - 2: ent.start]] == ["all", "but"]:
            continue  # "all but one of the 60 countries endorsed it": the one left out, not who did
        root = ent.root
        noun = _counted_noun(ent)
        anchor = noun
        partitive = None
        if noun is None:
            partitive = _partitive_noun(ent)
            noun = _elided_noun(ent) or partitive or _of_them(ent)
            anchor = ent.root
        if noun is None:
            continue
        lemma = singular(noun)
        if lemma in NOT_COUNTED or noun.ent_type_ in ("DATE", "MONEY", "PERCENT", "TIME"):
            continue
        if _part_of_a_sum(noun):
            continue
        modifiers = [t.lemma_.lower() for t in ctx.sent.doc[ent.end: noun.i]]
        modifiers += [c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "det") and c.i < ent.start]
        value = parse_quantity(ent.text, integer=True)
        if value is None:
            continue
        start_char = ent.start_char
        for k in (3, 2, 1):
            # "Over 110 countries": the tagger may leave the hedge out of the number
            if ent.start - k >= ctx.sent.start and value.hedge is None:
                wider = parse_quantity(ctx.sent.doc[ent.start - k: ent.end].text, integer=True)
                if wider is not None and wider.hedge is not None and wider.value == value.value:
                    value, start_char = wider, ctx.sent.doc[ent.start - k].idx
                    break
        blocs = _blocs_beside(noun, lemma)
        if blocs:
            # "19 countries and the European Union": a membership that counts a bloc too
            value = parse_quantity(str(int(value.value) + blocs), integer=True) or value
        counted_as = "country" if _parties_sending_delegates(noun, lemma) else lemma
        topic, subject = _count_topic(ctx, counted_as, modifiers, noun, anchor, value.value)
        if topic is None:
            continue
        if blocs and topic == "participants":
            subject = "member"
        if ent.text.lower() == "one" and topic.startswith(GENERIC_COUNT):
            # "one Latin American diplomat said", "speak with one voice", "at one table": the
            # word "one" on a thing no topic counts is an article, not a figure to check
            continue
        if subject and _partitive_whole(noun, ent) and lemma in MEMBER_WORDS | {"economy", "country", "nation", "state"}:
            subject = "member"  # "endorsed by 19 of the 21 member economies": 21 is the membership
        if partitive is not None and subject == "member":
            continue  # "six of its 55 members sat out": some of the members, never how many there are
        if partitive is not None and subject and subject.endswith(": member"):
            # "six of its members, all suspended": some of the body's own member states, the
            # group "six member states barred" counts, not members of another kind
            subject = subject.removesuffix(": member")
        end_char = noun.idx + len(noun.text) if noun.i >= ent.end and partitive is None else ent.end_char
        if blocs:
            last = max(noun.conjuncts, key=lambda c: c.i)
            end_char = last.idx + len(last.text)  # "19 countries and the European Union", as one count
        claims.append(ctx.claim(
            "count", start_char, end_char,
            {"value": value.value, "low": value.low, "high": value.high, "unit": lemma},
            root, topic, subject=subject,
            mod=_count_modality(noun if anchor is not None else ent.root, members=subject == "member")))
    return claims


def _parties_sending_delegates(noun, lemma: str) -> bool:
    """"Negotiators from 197 parties", "delegates from 190 parties": the parties to a treaty
    whose envoys negotiate are the countries taking part. A party anywhere else ("the two
    parties signed", "opposition parties") is not."""
    return lemma == "party" and noun.dep_ == "pobj" and noun.head.lower_ == "from" \
        and singular(noun.head.head) in DELEGATION_NOUNS


def _untagged_numbers(ctx: SentenceContext) -> list[Span]:
    """"held nine one-on-one meetings": a number word the tagger left out of every entity,
    when it numbers a noun."""
    covered = {i for e in ctx.ents for i in range(e.start, e.end)}
    out = []
    for tok in ctx.sent:
        if tok.i not in covered and tok.like_num and tok.pos_ == "NUM" and tok.dep_ == "nummod" \
                and tok.head.pos_ == "NOUN" and tok.lower_.isalpha() and tok.lower_ != "one":
            start = tok.i
            while start - 2 >= ctx.sent.start and tok.doc[start - 1].text == "-" and tok.doc[start - 2].like_num:
                start -= 2  # "Twenty-three allies": the tens are part of the number
            out.append(Span(tok.doc, start, tok.i + 1, label="CARDINAL"))
    return out


# Words for one kind of meeting, as its count's qualifier: "nine one-on-one meetings" and
# "11 bilateral meetings" count the same meetings.
SAME_QUALIFIER = {"one on one": "bilateral", "face to face": "bilateral", "tete a tete": "bilateral",
                  "one to one": "bilateral"}


def _part_of_a_sum(noun) -> bool:
    """"the 19 countries plus the European Union and the African Union", "21 members: 19
    countries, the European Union and the AU": a count that is one part of a total."""
    if any(c.lower_ == "plus" for c in noun.children):
        return True
    return noun.dep_ == "appos" and any(c.dep_ == "nummod" for c in noun.head.children) \
        and any(c.dep_ == "conj" for c in noun.children)


def _counted_noun(ent):
    """The noun a number counts: the head of its noun phrase ("150 ... documents"), or the
    noun it is hyphened to ("the 10-nation bloc", "a 21-member group": the bloc's size)."""
    root = ent.root
    doc = ent.doc
    if ent.end + 1 < ent.sent.end and doc[ent.end].text == "-" and doc[ent.end + 1].pos_ == "NOUN" \
            and singular(doc[ent.end + 1]) not in NOT_COUNTED:  # "a 12-point plan" counts plans
        return doc[ent.end + 1]
    for start, end, head in _noun_chunks(ent.sent):
        if start <= ent.start and ent.end <= end and head >= ent.end:
            if doc[head].pos_ in ("NOUN", "PROPN"):
                return doc[head]
    noun = root.head if root.dep_ in ("nummod", "quantmod") else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i < ent.end - 1:
        return None
    return noun


def _noun_chunks(sent) -> list[tuple[int, int, int]]:
    """(start, end, root index) of a sentence's noun chunks. The Doc's chunks are found once:
    spaCy's ``Span.noun_chunks`` walks the whole Doc each time a sentence asks (performance
    only). Kept as numbers in the Doc's user data, so the cache holds no reference back to
    the Doc."""
    data = sent.doc.user_data
    if "summitcheck_noun_chunks" not in data:
        data["summitcheck_noun_chunks"] = [(c.start, c.end, c.root.i) for c in sent.doc.noun_chunks]
    return [c for c in data["summitcheck_noun_chunks"] if sent.start <= c[0] and c[1] <= sent.end]


# Plurals the English model's lemmatiser gets wrong ("doses" -> "dos"), as they matter here.
LEMMA_FIXES = {"doses": "dose"}


def singular(noun) -> str:
    """A noun as its singular lemma; the small model leaves some plurals of names unlemmatised."""
    if noun.lower_ in LEMMA_FIXES:
        return LEMMA_FIXES[noun.lower_]
    lemma = noun.lemma_.lower()
    if noun.pos_ == "PROPN" or lemma == noun.lower_:
        if lemma.endswith("ies") and len(lemma) > 4:
            return lemma[:-3] + "y"
        if lemma.endswith("s") and not lemma.endswith("ss") and len(lemma) > 3:
            return lemma[:-1]
    return lemma


# Verbs that only frame the act in their complement ("are expected to back a pledge").
INTENT_VERBS = {"expect", "set", "due", "plan", "hope", "aim", "want", "seek", "try", "likely",
                "schedule", "prepare", "intend", "poise", "slate"}


def _act_role(noun, topic: Topic) -> str | None:
    """What a counted group did, when it is not the topic's own act: "118 countries signed a
    pledge" -> "pledge", "Twenty-three had applied" -> "apply". Counts of different acts are
    different facts, so the act becomes the claim's subject, in the topic's canonical words
    ("backed a declaration" and "the statement was signed by" are one act on one document)."""
    role = _act(noun, topic)
    return topic.canonical(role) if role else None


def _act(noun, topic: Topic) -> str | None:
    neutral = topic.neutral_words
    if neutral is None:
        return None
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head  # "founded by China, Russia and four Central Asian states"
    if noun.dep_ == "appos":
        # "Mali, Niger and Gabon, three of its members, all suspended after coups, ...": a
        # count set beside a list shares what the list's other apposition says was done to it
        for other in (c for c in noun.head.children if c.dep_ == "appos" and c != noun):
            done = next((c for c in other.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
            if done is not None and done.lemma_.lower() not in neutral:
                return done.lemma_.lower()
    if noun.i > 0 and noun.doc[noun.i - 1].text == "-" and noun.dep_ in ("compound", "amod", "nmod") \
            and noun.head.dep_ == "nsubjpass":
        noun = noun.head  # "the 55-nation bloc was admitted": what was done to the bloc
    own = topic.canonical(singular(noun))
    if own != singular(noun):
        # the counted noun names the act itself ("about 40 signatures"): what was signed is
        # the subject of its clause ("the statement ended up with ...") or its "of" phrase
        return _acted_on(noun) or own
    verb = noun.head
    participle = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
    if participle is not None:
        # "with 45 countries backing a declaration", "the 12 countries that have joined the
        # framework": the clause on the counted noun is the act, and its object what it is on
        obj = next((c for c in participle.children if c.dep_ in ("dobj", "obj")), None)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.lemma_.lower() not in MAIN_EVENT_NOUNS:
            return singular(obj)
        if participle.lemma_.lower() not in neutral and participle.dep_ == "acl":
            return participle.lemma_.lower()
        others = [c for c in noun.head.children if c.dep_ == "nsubj" and c != noun]
        if participle.dep_ == "acl" and noun.dep_ == "nsubj" and others and all(o.i > noun.i for o in others):
            # "Some 40,000 people registered to attend, the queues stretched ...": a verb whose
            # own subject comes after the counted people is not what they did; their clause says it
            return None
    if noun.dep_ == "pobj" and verb.lower_ == "with":
        owner = verb.head
        obj = next((c for c in owner.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None) \
            if owner.pos_ == "VERB" else None
        if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
            # "launched the framework with 13 countries", "the alliance was launched with
            # about 80 countries": the framework's, the alliance's
            return singular(obj)
        if owner.pos_ == "NOUN":
            return singular(owner)  # "economic ties with 13 countries"
    if noun.dep_ == "pobj" and verb.dep_ == "agent":
        # "The statement was signed by 44 countries": what was acted on is the passive subject
        verb = verb.head
        obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if obj is None and verb.dep_ == "acl" or obj is not None and obj.lower_ in ("which", "that") \
                and verb.dep_ == "relcl":
            # "the pledge, signed Saturday by 118 countries", "the declaration, which was
            # signed off by all 21 economies"
            obj = verb.head
        if verb.lemma_.lower() not in neutral and obj is not None and obj.pos_ in ("NOUN", "PROPN"):
            return singular(_name_head(obj))
        if verb.lemma_.lower() in JOINING_VERBS and obj is not None and obj.pos_ == "NOUN" \
                and obj.lemma_.lower() not in MAIN_EVENT_NOUNS:
            return singular(obj)  # "a methane pledge joined by over 100 countries": the pledge's members
        return None if verb.lemma_.lower() in neutral else verb.lemma_.lower()
    if noun.dep_ == "pobj" and verb.dep_ in ("prep", "agent", "dative"):
        verb = verb.head  # "to give to 92 countries": the parser calls the recipient's "to" a dative
        if verb.pos_ == "NOUN" and noun.head.lower_ in ("between", "among") and singular(verb) not in neutral:
            return singular(verb)  # "the relationship between the two countries": the pair's relation
        if verb.pos_ in ("NOUN", "PROPN") and noun.head.lower_ == "of":
            # "a coalition of 11 countries" is the coalition; "leaders of 31 countries" are the members
            lemma = singular(verb)
            if lemma in BODY_NOUNS and (singular(noun) in MEMBER_WORDS
                                        or any(c.lemma_.lower() in MEMBER_WORDS for c in noun.children)):
                return None  # "a bloc of ten member states": the body's own membership
            if lemma in neutral and verb.dep_ in ("nsubj", "nsubjpass") and verb.head.pos_ == "VERB":
                # "the foreign ministers of the three countries signed a memorandum": what
                # those who speak for the counted countries did, they did
                return _act(verb, topic)
            return None if lemma in neutral else lemma
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    complement = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if complement is not None and noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in INTENT_VERBS:
        verb = complement  # "are expected to back a pledge": the act is backing
    lemma = verb.lemma_.lower()
    extra = [c.lemma_.lower() for c in verb.children if c.dep_ in ("prt", "dobj") and c != noun]
    joined = _joined_thing(verb) if noun.dep_ in ("nsubj", "nsubjpass") and lemma in JOINING_VERBS else None
    if joined is not None and joined not in neutral and not any(f"{lemma} {w}" in neutral for w in extra):
        return joined  # "82 countries have joined the alliance": the alliance's members
    if lemma in REACHING_VERBS and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in GOAL_NOUNS
                                       for c in verb.children):
        return "target"  # "23 allies meet the target of spending 2%": those who reach a goal, not who met
    if lemma in neutral or any(f"{lemma} {w}" in neutral for w in extra):
        return None  # "attended", "took part", "sent delegations"
    if lemma in ("be", "become") or verb.pos_ == "AUX":
        attr = next((c for c in verb.children if c.dep_ in ("attr", "acomp")), None)
        return singular(attr) if attr is not None and attr.pos_ == "NOUN" else None
    if noun.dep_ in ("nsubj", "nsubjpass"):
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        if obj is not None and obj.lower_ in ("which", "that"):
            obj = _antecedent(obj)  # "a communique that some 80 countries signed"
        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and (obj.pos_ == "NOUN" or obj.text[:1].isupper()):
            return singular(_name_head(obj))
    return lemma


JOINING_VERBS = {"join", "enter", "accede"}
# "meet the target", "reached the goal": a count of those who reach a goal, whatever it is called
REACHING_VERBS = {"meet", "reach", "hit", "achieve", "exceed", "miss", "surpass"}
GOAL_NOUNS = {"target", "goal", "threshold", "benchmark", "guideline", "commitment", "objective"}
NAME_LINKS = {"of", "against", "for", "and", "on", "the", "'s"}


def _antecedent(pronoun):
    """The noun phrase a relative pronoun follows, by its head: "the Global Alliance Against
    Hunger and Poverty, which ..." -> Alliance."""
    i = pronoun.i - 1
    while i >= pronoun.sent.start and pronoun.doc[i].is_punct:
        i -= 1
    span = []
    while i >= pronoun.sent.start and (pronoun.doc[i].pos_ in ("NOUN", "PROPN", "ADJ")
                                        or pronoun.doc[i].lower_ in NAME_LINKS):
        span.insert(0, pronoun.doc[i])
        i -= 1
    heads = [t for t in span if t.pos_ in ("NOUN", "PROPN") and (t.head not in span or t.head == t)]
    return heads[0] if heads else None


def _name_head(token):
    """The head word of a name the parser split at a preposition: "the Joint Communiqué on a
    Peace Framework, endorsed by ..." hangs the clause on "Framework"; the name is the
    communiqué's."""
    while token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in ("on", "of", "for") \
            and token.head.head.pos_ in ("NOUN", "PROPN") and token.head.head.text[:1].isupper() \
            and token.text[:1].isupper():
        token = token.head.head
    return token


def _joined_thing(verb) -> str | None:
    """What a taking-part verb takes part in when that is not the meeting: "have joined the
    alliance", "the Global Alliance Against Hunger, which 82 countries have joined"."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is not None and obj.lower_ in ("which", "that"):
        obj = _antecedent(obj)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lemma_.lower() in MAIN_EVENT_NOUNS:
        return None
    if obj.ent_type_ in ("GPE", "NORP", "PERSON") or obj.lemma_.lower() in ("part", "leader", "talk"):
        return None
    return singular(obj)


MEMBER_WORDS = {"member", "ally"}


# Members of a body's first or latest intake, a group apart from its size.
FOUNDING_WORDS = {"founding", "original", "founder", "new", "newest"}


def _owned_by_a_body(noun, modifiers: list[str]) -> bool:
    """"The group's 20 members", "NATO's 32 member states": members a body owns, all of them
    (not "18 of the alliance's 32 members", a caller's anchor, nor "the alliance's 12
    founding members")."""
    if ({c.lower_ for c in noun.children} | set(modifiers)) & FOUNDING_WORDS:
        return False
    return any(c.dep_ == "poss" and (c.lemma_.lower() in BODY_NOUNS - {"member"} or c.ent_type_ == "ORG")
               for c in noun.children)


def _blocs_beside(noun, lemma: str) -> int:
    """How many blocs a count of countries is joined with ("19 countries and the European
    Union", "19 countries, the EU and the AU"), each a member as well."""
    if lemma not in ("country", "nation", "state"):
        return 0
    return sum(1 for c in noun.conjuncts if c.i > noun.i and c.pos_ == "PROPN" and c.ent_type_ == "ORG"
               and canonical_country(c.text) is None)


def _counts_members(noun, lemma: str, modifiers: list[str]) -> bool:
    """"eight member states", "31 allies", "the 10-nation bloc": the size of the body, a fact
    apart from how many countries or leaders were present ("more than a dozen leaders")."""
    hyphened = noun.i > 0 and noun.doc[noun.i - 1].text == "-"
    return lemma in MEMBER_WORDS or any(m in MEMBER_WORDS for m in modifiers) or hyphened


def _acted_on(noun) -> str | None:
    """The thing an act noun belongs to: "signatures of the declaration", "the statement ended
    up with about 40 signatures"."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "to", "for")):
        obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is not None:
            return singular(obj)
    clause = noun.head.head if noun.dep_ == "pobj" else noun.head
    while clause.dep_ in ("prt", "prep") and clause.head != clause:
        clause = clause.head
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return singular(subj) if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


def _count_modality(noun, members: bool = False) -> str | None:
    """"Germany is not part of a coalition of 11 nations": the negation is about Germany,
    not the coalition's size. A count is negated only as the subject or object of the
    negated verb itself; deeper in a phrase it keeps the modality its clause would have.
    The same holds for a body's size under a future verb: in "leaders of the 31 allies will
    meet" the meeting is to come, but the 31 members are there now."""
    mod = modality(noun)
    if noun.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lower_ == "absent" for c in noun.head.children):
        return "negated"  # "three leaders were absent": a count of those who stayed away
    deeper = noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr")
    if mod == "negated" and deeper or mod == "expected" and members and deeper:
        return "reported"
    return None


def _partitive_noun(ent):
    """"endorsed by 19 of the 21 member economies": a bare number that picks some out of a
    counted group counts that group's noun, under its own verb."""
    if not ent.root.like_num:
        return None  # "more than half of Nigeria's 220 million people" is a share, not a count
    for prep in (c for c in ent.root.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
                return obj  # "of the 21", "of its 55", "of the alliance's 32 members"
    return None


def _partitive_whole(noun, ent) -> bool:
    """The 21 of "19 of the 21 member economies": the size of the group some are picked from."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num \
        and noun.head.head.i < ent.start


def _of_them(ent):
    """"... amount to 870 million doses ... Britain is contributing 100 million of them": a
    number "of them" counts the last counted plural noun of the sentence before."""
    root = ent.root
    if not any(p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ == "them" for o in p.children)
               for p in root.children):
        return None
    if ent.sent.start == 0:
        return None
    before = ent.doc[ent.sent.start - 1].sent
    counted = [t for t in before if t.pos_ == "NOUN" and t.tag_ == "NNS" and any(c.dep_ == "nummod" for c in t.children)]
    return counted[-1] if counted else None


def _elided_noun(ent):
    """"More than 40 countries have expressed interest, and 22 have formally applied": a bare
    number heading the second of two joined clauses counts the first clause's noun."""
    root = ent.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.dep_ != "conj":
        return None
    first = root.head.head
    for subj in (c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in subj.children):
            return subj
    return None


def _count_topic(ctx: SentenceContext, lemma: str, modifiers: list[str], noun, anchor=None,
                 value: float = 0) -> tuple[str | None, str | None]:
    for topic in ctx.vocab.topics_for("count"):
        if noun.dep_ in ("dobj", "obj", "nsubjpass") and (noun.head.lower_ in topic.triggers or (
                noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in topic.triggers)):
            return topic.id, None  # "the war has killed 350,000 people", "killing two": the verb says what is counted
    for topic in ctx.vocab.topics_for("count"):
        if topic.subject == "owner" and value >= (topic.min_value or 0) and (people := _people_of(noun)):
            return topic.id, people  # "1.4 billion Africans": Africa's people
        words = set(topic.triggers)
        phrase = " ".join(modifiers[-2:] + [lemma])
        if topic.min_value is not None and value < topic.min_value:
            continue
        if lemma in words or noun.lower_ in words or any(phrase.endswith(w) for w in words if " " in w):
            if topic.subject == "owner":
                owned, owner = _owner(noun)
                if not owned:
                    return f"{GENERIC_COUNT}{lemma}", None  # "733 million people go hungry": no one's population
                return topic.id, owner
            role = invited_to_join(noun) or invited_role([noun, *list(noun.ancestors)[:4], *noun.children])
            if any(m in topic.exclude_modifiers for m in modifiers):
                return None, None
            region = _regional(noun) if lemma in MEMBER_WORDS else None
            if region:
                return f"{GENERIC_COUNT}{lemma}", region  # "APEC's three Latin American members": some of them
            governor = noun.head.head if noun.head.dep_ == "prep" else noun.head
            if noun.dep_ in ("dobj", "pobj", "obj") and governor.lemma_.lower() in topic.exclude_governors:
                return None, None
            if not role and _counts_members(noun, lemma, modifiers) and (anchor is None or anchor == noun) \
                    and _owned_by_a_body(noun, modifiers):
                return topic.id, "member"  # "the group's 20 members", "NATO's 32 member states": its size
            if not role and _counts_members(noun, lemma, modifiers) and any(c.lower_ == "all" for c in noun.children):
                # "ratified by all 30 allies", "all 30 member states must agree": every member,
                # whatever the act, so the body's size
                return topic.id, "member"
            role = role or _act_role(anchor if anchor is not None else noun, topic)
            if role and lemma in MEMBER_WORDS and role != "target":
                # "launched with 148 founding members" (countries and bodies) is not "launched
                # with about 80 countries"; those who reach a goal are one group whatever
                # they are called ("23 allies", "18 of its 32 members")
                role = f"{role}: member"
            return topic.id, role or ("member" if _counts_members(noun, lemma, modifiers) else None)
    if any(m in ("other", "remaining", "additional", "more", "further", "extra") for m in modifiers):
        return None, None
    giver = _giver(anchor if anchor is not None else noun)
    if giver:
        # "Britain will donate 100 million surplus coronavirus vaccine doses", "Britain has
        # promised 100 million surplus doses": what one country gives is one quantity, however
        # each outlet qualifies it
        return f"{GENERIC_COUNT}{lemma}", giver
    qualifiers = " ".join(m for m in modifiers if m.isalpha() and m not in ("the", "a", "an", "their", "its", "his", "her", "these", "those"))
    return f"{GENERIC_COUNT}{lemma}", SAME_QUALIFIER.get(qualifiers, qualifiers) or None


# Verbs by which a country gives what is counted.
GIVING_VERBS = {"donate", "give", "promise", "pledge", "contribute", "provide", "send", "supply", "buy",
                "offer", "commit", "share", "deliver"}


def _giver(noun) -> str | None:
    """The one country that gives the counted thing: the subject of a giving verb it is the
    object of ("Britain will donate 100 million doses", "the United States would buy 500
    million doses")."""
    if noun.dep_ not in ("dobj", "obj") or noun.head.lemma_.lower() not in GIVING_VERBS:
        return None
    verb = noun.head
    subjects = subjects_of(verb)
    if not subjects and verb.dep_ in ("xcomp", "conj"):
        subjects = subjects_of(verb.head)  # "Washington would buy and donate 500 million doses"
    named = {country_in([s]) for s in subjects if s.pos_ == "PROPN" or s.ent_type_ in ("GPE", "NORP")} - {None}
    return named.pop() if len(named) == 1 else None


def _regional(noun) -> str | None:
    """"the three Latin American members": the region that picks some members out, as written."""
    words = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "LOC")]
    return " ".join(t.text for t in sorted({t for w in words for t in w.subtree}, key=lambda t: t.i)) or None


# Nouns for the body a meeting brings together: a figure of theirs ("the bloc's 3 billion
# people", "a club of 2.5 billion people") is the members' own, whatever the body is called.
BODY_NOUNS = {"bloc", "club", "group", "grouping", "organisation", "organization", "alliance",
              "union", "association", "community", "member", "partnership", "forum", "family"}


def _people_of(noun) -> str | None:
    """The place whose people a counted noun names ("1.4 billion Africans", "125 million
    Japanese"): a country or continent, by its people's name."""
    text = noun.text
    for word in (text[:-1], text) if text.endswith("s") else (text,):
        place = canonical_country(word) if is_demonym(word) else continent_of(word)
        if place and place.casefold() != word.casefold():
            return place
    return None


def _owner(noun) -> tuple[bool, str | None]:
    """Whose people a count of people is: the country that owns it ("India, home to 1.4
    billion people", "Nigeria's 220 million people"), a region or other named place ("Africa's
    1.4 billion people") or another thing ("the world's 8 billion people"); None for the
    meeting's own body under any name ("the Commonwealth's 2.5 billion people", "56 members,
    home to 2.4 billion people", "a club of 2.5 billion people"). Figures with different owners
    are different facts. The first value says whether the sentence gives an owner at all
    ("733 million people go hungry" is no one's population)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    prep = noun.head if noun.dep_ == "pobj" else None
    if owner is None and prep is not None and prep.lower_ == "to" and prep.head.lower_ == "home":
        owner = prep.head.head  # "X, home to N people": "home" hangs off X
    elif owner is None and prep is not None and prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN"):
        owner = prep.head  # "a club of N people"
    if owner is None or owner == noun:
        return False, None
    country = country_in([owner, *(c for c in owner.children if c.dep_ in ("compound", "poss"))])
    if country:
        return True, country
    if owner.pos_ == "PROPN":
        return True, owner.text if owner.ent_type_ in ("LOC", "GPE") else None
    lemma = singular(owner)
    return True, None if lemma in BODY_NOUNS or owner.pos_ not in ("NOUN",) else lemma


def find_durations(ctx: SentenceContext, money_topics: list[str]) -> list[Claim]:
    """"over five years" next to a pledge: the period of that pledge, as a count."""
    if not money_topics:
        return []
    claims: list[Claim] = []
    for ent in ctx.ents:
        if ent.label_ != "DATE":
            continue
        m = DURATION.match(ent.text.strip())
        if not m:
            continue
        if m.group("n").lower() in ("a", "an", "per", "each"):
            continue  # "$300 billion a year": a rate, not the pledge's period
        if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ == "of":
            continue  # "after two weeks of talks": how long something else lasted
        value = parse_quantity(m.group("n").replace("-", " "), integer=True)
        if value is None:
            continue
        unit = m.group("unit").lower()
        claims.append(ctx.claim(
            "count", ent.start_char, ent.end_char,
            {"value": value.value, "low": value.low, "high": value.high, "unit": unit},
            ent.root, f"{money_topics[0]}-period"))
        # "over the next five years": a period's own "next" is not another occasion
        outside = [(scope, anchor) for scope, anchor in ctx.markers if not ent.start <= anchor.i < ent.end]
        chain = {t.i for t in (ent.root, *ent.root.ancestors)}
        if claims[-1].event != "main" and event_scope(ent.root, outside) == "main" \
                and not any(a.i in chain for a in ctx.other_anchors):
            claims[-1].event = "main"
    return claims


# An agreement's length: "a 10-year bilateral security agreement", "the ten-year pact".
TERM = re.compile(r"^(?P<n>[\w]+)[- ](?P<unit>year|month)(?:s)?(?:[- ]long)?$", re.I)
# Nouns for a binding text with a term, and the one word they are compared under.
AGREEMENT_NOUNS = {"agreement": "agreement", "pact": "agreement", "deal": "agreement", "accord": "agreement",
                   "treaty": "agreement", "compact": "agreement", "partnership": "partnership", "plan": "plan",
                   "programme": "plan", "program": "plan", "strategy": "plan", "loan": "loan", "lease": "lease"}
TERM_TOPIC = "term"


def find_terms(ctx: SentenceContext) -> list[Claim]:
    """"signed a 10-year bilateral security agreement": how long an agreement runs, compared
    with the lengths other sources give agreements of that kind."""
    if ctx.vocab.topic(TERM_TOPIC) is None:
        return []
    claims: list[Claim] = []
    for ent in ctx.ents:
        m = TERM.match(ent.text.strip()) if ent.label_ == "DATE" else None
        if not m or ctx.overlaps_taken(ent.start_char, ent.end_char):
            continue
        noun = ent.root
        while noun.dep_ in ("nmod", "compound", "amod", "npadvmod") and noun.head != noun and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        kind = AGREEMENT_NOUNS.get(noun.lemma_.lower())
        value = parse_quantity(m.group("n").replace("-", " "), integer=True)
        if kind is None or noun == ent.root or value is None:
            continue
        claims.append(ctx.claim("count", ent.start_char, ent.end_char,
                                {"value": value.value, "low": value.low, "high": value.high,
                                 "unit": m.group("unit").lower()}, ent.root, TERM_TOPIC, subject=kind))
    return claims
