"""Extract: sources to claims, with one ``nlp.pipe`` over all sources.

Each sentence is read by the finders in a fixed order (money before counts, so "5 trillion
yen" is not also a count of yen); what a finder takes, later finders leave alone. Claims
are plain :class:`~summitcheck.model.Claim` objects: nothing downstream needs spaCy.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Iterable, Iterator

from summitcheck.extract.acronyms import find_acronyms
from summitcheck.extract.context import offset_clause
from summitcheck.extract.designations import find_designations
from summitcheck.extract.entities import (
    canonical_place,
    find_country_sets,
    find_host_country,
    find_named_documents,
    find_places,
)
from summitcheck.extract.incidents import find_incident_places
from summitcheck.extract.initiatives import find_named_initiatives
from summitcheck.extract.numeric import find_counts, find_durations, find_money, find_terms
from summitcheck.extract.ordinals import find_ordinals
from summitcheck.extract.people import find_people
from summitcheck.extract.rotation import find_chair_rotation
from summitcheck.extract.sentence import SentenceContext
from summitcheck.extract.sessions import find_sessions
from summitcheck.extract.rates import find_rates
from summitcheck.extract.shares import find_shares
from summitcheck.extract.stops import find_stops
from summitcheck.extract.targets import find_goal_years, find_target_years
from summitcheck.extract.temporal import far_from_publication, find_dates
from summitcheck.extract.themes import find_themes
from summitcheck.extract.vocab import Topic, Vocabulary
from summitcheck.model import Claim, Source

__all__ = ["extract_claims", "extract_doc", "Topic", "Vocabulary"]


def extract_claims(sources: list[Source], nlp, vocab: Vocabulary, *, batch_size: int = 16) -> Iterator[tuple[Source, list[Claim]]]:
    """(source, claims) for each source, streaming: no more than a batch of Docs is held."""
    texts = (s.analysis_text for s in sources)
    for source, doc in zip(sources, nlp.pipe(texts, batch_size=batch_size)):
        yield source, extract_doc(source, doc, vocab)


def extract_doc(source: Source, doc, vocab: Vocabulary) -> list[Claim]:
    reference = date.fromisoformat(source.published) if source.published else None
    claims: list[Claim] = []
    durations: list[tuple[int, int, int, int, int]] = []
    spare: list[tuple[SentenceContext, int, int, object]] = []
    for n, sent in enumerate(s for s in doc.sents if s.text.strip()):
        ctx = SentenceContext.build(source, sent, vocab, reference)
        ctx.ordinal = n
        themes = find_themes(ctx)  # first: a quoted theme's words ("the 21st century") are no claims
        dates, sent_durations = find_dates(ctx)
        money = find_money(ctx)
        found = themes + dates + money + find_target_years(ctx, money) + find_goal_years(ctx)
        found += find_durations(ctx, [m.topic for m in money if m.topic != "money"])
        found += find_shares(ctx)
        found += find_rates(ctx)
        found += find_counts(ctx)
        found += find_terms(ctx)
        found += find_ordinals(ctx)
        found += find_host_country(ctx)
        found += find_stops(ctx)
        found += find_incident_places(ctx)
        found += find_places(ctx)
        found += find_people(ctx)
        found += find_country_sets(ctx)
        found += find_chair_rotation(ctx)
        found += find_named_documents(ctx)
        found += find_named_initiatives(ctx)
        found += find_acronyms(ctx)
        found += find_sessions(ctx)
        found += find_designations(ctx)
        others = [anchor for scope, anchor in ctx.markers if scope == "other"]
        if not others:
            durations += [(days, s, e, sent.start_char, sent.end_char) for days, s, e in sent_durations]
            spare += [(ctx, s, e, value) for s, e, value in ctx.spare_ranges]
        elif all(offset_clause(anchor, ("after", "before")) for anchor in others):
            # "The two-day summit got under way on Thursday, a day after Biden met Xi": the
            # clause "after" opens is another occasion, the length outside it is the event's
            durations += [(days, s, e, sent.start_char, sent.end_char) for days, s, e in sent_durations
                          if not any(a.left_edge.idx <= s < a.right_edge.idx + len(a.right_edge) for a in others)]
        claims += found
    claims += _dateline_claim(source, vocab, claims)
    _apply_durations(claims, durations, source.analysis_text)
    claims += _spans_of_the_event_length(spare, durations, claims)
    claims.sort(key=lambda c: (c.start, c.end, c.kind, c.topic))
    _refer_back(claims, source.analysis_text)
    return claims


# How far back (in characters) "the six countries" may look for the list it refers to.
REFER_BACK_CHARS = 400


def _refer_back(claims: list[Claim], text: str) -> None:
    """"Saudi Arabia, Iran, ... were invited. The six countries would become members": a
    definite count of countries right after a complete list of countries is that list, and
    takes its role (subject)."""
    last_set: Claim | None = None
    for claim in claims:
        if claim.kind == "set" and claim.topic == "attendees":
            last_set = claim
            continue
        if claim.kind != "count" or last_set is None or claim.topic != "participants":
            continue
        if "-" in claim.text:
            continue  # "the four-nation Quad" is the bloc's size, not the list before it
        definite = text[max(0, claim.start - 4):claim.start].lower() == "the "
        near = 0 <= claim.start - last_set.end <= REFER_BACK_CHARS
        # The number need not match: "The seven countries" after a list of six is a
        # disagreement to report, not another group. A partial list ("including ...") may
        # be part of a larger group, so only a complete one is referred back to.
        # a count that names its own guests ("The four guest nations were invited") keeps that role
        keeps_its_guests = claim.subject == "invited" and last_set.subject != "invited"
        if definite and near and last_set.basis != "partial" and not keeps_its_guests:
            claim.subject = last_set.subject


def _spans_of_the_event_length(spare, durations, claims: list[Claim]) -> list[Claim]:
    """"Italians have a phrase for what happened at Borgo Egnazia on 13-15 June ... For three
    days ...": an explicit range no event word claimed is the event's span when the article
    gives the event just that length and dates it nowhere else."""
    if any(c.kind == "date" and c.topic == "event-dates" for c in claims):
        return []
    if not durations:
        return _first_range_at_a_place(spare)
    if len({d[0] for d in durations}) != 1:
        return []
    days = durations[0][0]
    out = []
    for ctx, start, end, value in spare:
        if not _written(ctx, start, end):
            continue  # "march through the city at the weekend": two days, not the event's
        if ctx.reference is not None and not far_from_publication(ctx, value) and (value.end - value.start).days + 1 == days:
            out.append(ctx.claim("date", start, end, value.to_value(), ctx.root_of(start, end), "event-dates"))
    return out


def _first_range_at_a_place(spare) -> list[Claim]:
    """"NATO turned 75 in Washington on 9-11 July": in an article that dates its event nowhere
    else and gives it no length, the first explicit range of days no event word claimed, in a
    sentence that names a place, is the event's span (an opinion piece opens on it)."""
    for ctx, start, end, value in spare[:1]:
        places = [e for e in ctx.ents if e.label_ == "GPE"]
        if ctx.reference is not None and places and _written(ctx, start, end) and not far_from_publication(ctx, value):
            return [ctx.claim("date", start, end, value.to_value(), ctx.root_of(start, end), "event-dates")]
    return []


def _written(ctx, start: int, end: int) -> bool:
    """A range written in figures ("13-15 June"), not a span of words ("this weekend")."""
    return any(ch.isdigit() for ch in ctx.source.analysis_text[start:end])


def _dateline_claim(source: Source, vocab: Vocabulary, claims: list[Claim]) -> list[Claim]:
    """The dateline's city, as a weak venue claim: where the story was filed from. A story
    that itself places the event elsewhere ("New Delhi, Feb 12 (PTI)" on a summit "held in
    Paris") was filed from home, and says nothing of the venue by its dateline."""
    if not source.dateline_place or not source.dateline_span or vocab.topic("venue") is None:
        return []
    start, end = source.dateline_span
    name, level = canonical_place(source.dateline_place)
    if any(c.topic == "venue" and c.event == "main" and c.value["text"] != name for c in claims):
        return []
    text = source.text[start:end]
    offset = text.find(source.dateline_place)
    s = start + max(offset, 0)
    return [Claim(source=source.id, kind="place", topic="venue", text=source.dateline_place,
                  sentence=" ".join(text.split()), start=s, end=s + len(source.dateline_place),
                  modality="reported", value={"text": name, "level": level, "label": "GPE"}, basis="dateline")]


def _apply_durations(claims: Iterable[Claim], durations: list[tuple[int, int, int, int, int]], text: str) -> None:
    """"kicked off on Friday" (or "ended on Sunday") plus "a two-day summit" elsewhere in the
    article: a range. ``durations`` are (days, start, end, sentence start, sentence end); a
    length in the date's own sentence becomes part of the claim's words, since the range
    comes from both."""
    if len({d[0] for d in durations}) != 1:
        return
    days = durations[0][0]
    for claim in claims:
        if claim.kind == "date" and claim.topic == "event-dates" and claim.event == "main" \
                and claim.basis in ("start", "end") and claim.value["granularity"] == "day":
            near = [(s, e) for _, s, e, s0, s1 in durations if s0 <= claim.start < s1]
            if near:
                claim.start, claim.end = min(claim.start, near[0][0]), max(claim.end, near[0][1])
                claim.text = text[claim.start:claim.end]
            day = date.fromisoformat(claim.value["start"])
            if claim.basis == "start":
                claim.value["end"] = (day + timedelta(days=days - 1)).isoformat()
            else:
                claim.value["start"] = (day - timedelta(days=days - 1)).isoformat()
            claim.value["range"] = True
