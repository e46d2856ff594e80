"""Shares of the world: "home to more than 40% of the world's population", "about a quarter
of global GDP".

A bloc's weight is quoted in every story about its summit, in per cent or in words ("a
quarter", "two-thirds"); each share is compared per thing measured (population, GDP, trade)
and per owner when the sentence names a country, never with counts of people or money.
The spaCy model tags "40%" as a percent and "a quarter" as nothing, so the phrase is read
here from its words.
"""

from __future__ import annotations

import re

from summitcheck.extract.context import country_in, governing_verb, subjects_of
from summitcheck.extract.sentence import SentenceContext
from summitcheck.model import Claim
from summitcheck.normalize.numbers import hedge_interval, parse_number, split_hedge

TOPIC = "share"

FRACTIONS = {"a quarter": 25.0, "one quarter": 25.0, "a third": 100 / 3, "one third": 100 / 3,
             "a fifth": 20.0, "one fifth": 20.0, "half": 50.0, "two-thirds": 200 / 3, "two thirds": 200 / 3,
             "three-quarters": 75.0, "three quarters": 75.0}
_HEDGE = r"(?:(?:more than|over|almost|nearly|about|around|roughly|some|at least|less than|under|close to)\s+)?"
_FRACTION = "|".join(sorted((re.escape(f) for f in FRACTIONS), key=len, reverse=True))
SHARE = re.compile(
    rf"\b(?P<q>{_HEDGE}(?:(?P<n>\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)|(?P<f>{_FRACTION})\b))"
    rf"\s+of\s+(?:the\s+world(?:'s|’s)|global|the\s+global|world|the\s+planet(?:'s|’s))\s+"
    rf"(?:economic\s+)?(?P<thing>[A-Za-z]+)", re.I)
# One thing under its several words.
THINGS = {"people": "population", "inhabitants": "population", "economy": "gdp", "output": "gdp",
          "gdp": "gdp", "exports": "trade"}


def find_shares(ctx: SentenceContext) -> list[Claim]:
    if ctx.vocab.topic(TOPIC) is None:
        return []
    out = []
    text = ctx.source.analysis_text
    for m in SHARE.finditer(text, ctx.sent.start_char, ctx.sent.end_char):
        start, end = m.span("q")
        if ctx.overlaps_taken(start, end):
            continue
        hedge, _ = split_hedge(m.group("q"))
        if m.group("f"):
            value = FRACTIONS[m.group("f").lower()]
        else:
            number = parse_number(m.group("n"))
            if number is None:
                continue
            value = float(number)
        share = hedge_interval(value, hedge, integer=value.is_integer())
        root = ctx.root_of(start, end)
        if root is None:
            continue
        thing = m.group("thing").lower()
        thing = THINGS.get(thing, thing)
        out.append(percent_claim(ctx, start, end, share, root, TOPIC, thing, subject_country(root)))
    return out


def percent_claim(ctx: SentenceContext, start: int, end: int, figure, root, topic: str, thing: str,
                  owner: str | None) -> Claim:
    """A figure in per cent (``figure``: its interval) as a count claim, compared per thing and
    per owning country."""
    return ctx.claim("count", start, end, {"value": figure.value, "low": figure.low, "high": figure.high,
                                           "unit": "percent"}, root, topic,
                     subject=f"{owner}: {thing}" if owner else thing)


def subject_country(root) -> str | None:
    """The country whose share (or rate) it is, when the sentence names one as its subject
    ("Nigeria is home to ..."); a bloc or its members go unnamed (the bundle's own)."""
    verb = governing_verb(root)
    if verb is None:
        return None
    named = {country_in([t]) for s in subjects_of(verb) for t in s.subtree} - {None}
    # "Its members, Russia, China, ...": a list of countries is the bloc, not one owner
    return named.pop() if len(named) == 1 else None
