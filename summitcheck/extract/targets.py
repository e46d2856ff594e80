"""The year a figure is to be reached by: "at least $300 billion a year by 2035", and the
year a country sets for a goal: "a target of net zero by 2070".

A deal's figure and its deadline are two facts: outlets that agree on the figure may give
different years. The year is compared per figure (the figure's size is its subject), never
with the meeting's own dates, and never read from a figure that is not money ("cut its
emissions by 81% ... by 2035" is another country's target).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from summitcheck.extract.context import country_in
from summitcheck.extract.sentence import SentenceContext
from summitcheck.model import EVENT_MAIN, EVENT_OTHER, Claim
from summitcheck.normalize.dates import parse_date
from summitcheck.values import figure

TOPIC = "target-year"

# Right after a figure: an optional rate ("a year", "annually"), then "by" and a year.
BY_YEAR = re.compile(r"\s*(?:(?:a|per|each|every)\s+year\s+|annually\s+|yearly\s+)?by\s+(?P<year>(?:19|20)\d\d)\b")


def find_target_years(ctx: SentenceContext, money: list[Claim]) -> list[Claim]:
    if ctx.vocab.topic(TOPIC) is None:
        return []
    text = ctx.source.analysis_text
    out = []
    for m in money:
        if m.event == EVENT_OTHER:
            continue
        found = BY_YEAR.match(text, m.end, ctx.sent.end_char)
        if not found:
            continue
        start, end = found.span("year")
        value = parse_date(found.group("year"))
        root = ctx.root_of(start, end)
        if value is None or root is None:
            continue
        subject = f"{figure(m.value['amount'])} {m.value['currency']}"
        claim = ctx.claim("date", start, end, value.to_value(), root, TOPIC, subject=subject, mod=m.modality)
        claim.event = m.event
        out.append(claim)
    return out


# A goal named by its words, then "by" and a year: "a target of net zero by 2070", "carbon
# neutrality by 2060", "net-zero emissions by 2050".
GOAL_BY_YEAR = re.compile(r"\b(?P<goal>net[- ]zero|carbon[- ]neutral(?:ity)?|climate[- ]neutral(?:ity)?)"
                          r"(?:\s+(?:emissions|carbon|greenhouse gas emissions))?\s+by\s+(?P<year>(?:19|20)\d\d)\b",
                          re.I)


def find_goal_years(ctx: SentenceContext) -> list[Claim]:
    """"India's Narendra Modi surprised delegates with a target of net zero by 2070": the year
    a country sets for a goal, compared per country and goal ("India: net zero"). A goal with
    no country owning it in its clause ("the world must reach net zero by 2050") is not read:
    whose it is, the sentence does not say."""
    if ctx.vocab.topic(TOPIC) is None:
        return []
    text = ctx.source.analysis_text
    out = []
    for m in GOAL_BY_YEAR.finditer(text, ctx.sent.start_char, ctx.sent.end_char):
        start, end = m.span("year")
        value = parse_date(m.group("year"))
        root = ctx.root_of(start, end)
        owner = _goal_owner(ctx.root_of(*m.span("goal"))) if root is not None else None
        if value is None or owner is None:
            continue
        goal = m.group("goal").lower().replace("-", " ").replace("neutrality", "neutral")
        claim = ctx.claim("date", start, end, value.to_value(), root, TOPIC, subject=f"{owner}: {goal}")
        claim.event = EVENT_MAIN  # a year decades off, but a pledge reported from the meeting
        out.append(claim)
    return out


def _goal_owner(goal: Token | None) -> str | None:
    """The country whose goal it is: named in the subject of the goal's clause ("India's
    Narendra Modi surprised delegates with a target of ...", "China pledged carbon neutrality
    by 2060", "Chinese President Xi Jinping announced ..."), or owning the goal's noun
    ("India's target of net zero")."""
    if goal is None:
        return None
    for node in (goal, *goal.ancestors):
        owners = [c for c in node.children if c.dep_ == "poss"]
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT":  # "Modi surprised": tagged an adjective
            owners += [t for s in node.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree]
            return country_in(owners)
        country = country_in([t for o in owners for t in o.subtree])
        if country:
            return country
    return None
