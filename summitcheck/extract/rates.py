"""Rates in per cent: "a global minimum corporate tax rate of at least 15%", "a 15% global
minimum corporate tax rate", "a 25 per cent tariff on steel", "raised its interest rate to 5.25
percent".

Summits endorse tax floors and announce tariffs, and outlets quote the figure in every form;
each rate is compared per kind of rate (the rate noun with the noun compounded before it, "tax
rate", and what a tariff or duty is on) and per country when the sentence names one as its
owner, never with counts or with shares of the world. The count reader leaves per cent out
(a share of something is no count of it), so the phrase is read here from its words, the parse
telling which noun the figure rates.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from summitcheck.extract.context import country_in
from summitcheck.extract.sentence import SentenceContext
from summitcheck.extract.shares import percent_claim, subject_country
from summitcheck.model import Claim
from summitcheck.normalize.numbers import hedge_interval, parse_number, split_hedge

TOPIC = "rate"

# Nouns a figure in per cent rates.
RATE_NOUNS = {"rate", "tariff", "tax", "levy", "duty"}
_HEDGE = r"(?:(?:more than|over|almost|nearly|about|around|roughly|some|at least|at most|less than|under|close to)\s+)?"
PERCENT = re.compile(rf"(?P<q>{_HEDGE}(?P<n>\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b))", re.I)
# How far up the parse a figure may sit below its rate noun ("a 15% global minimum ... rate").
MAX_STEPS = 3


def find_rates(ctx: SentenceContext) -> list[Claim]:
    if ctx.vocab.topic(TOPIC) is None:
        return []
    out = []
    text = ctx.source.analysis_text
    for m in PERCENT.finditer(text, ctx.sent.start_char, ctx.sent.end_char):
        start, end = m.span("q")
        if ctx.overlaps_taken(start, end):
            continue
        root = ctx.root_of(start, end)
        noun = _rated_noun(root) if root is not None else None
        number = parse_number(m.group("n"))
        if noun is None or number is None:
            continue
        hedge, _ = split_hedge(m.group("q"))
        value = float(number)
        rate = hedge_interval(value, hedge, integer=False)
        out.append(percent_claim(ctx, start, end, rate, root, TOPIC, _kind_of_rate(noun, start, end), _owner(noun)))
    return out


def _rated_noun(root: Token) -> Token | None:
    """The rate noun the figure gives: "rate of at least 15%", "a 15% ... rate", "raised its
    interest rate to 5.25 percent", "set the tariff at 10%"."""
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "at", "to"):
        above = root.head.head
        if _is_rate(above):
            return above
        if above.pos_ == "VERB" and root.head.lower_ in ("at", "to"):
            return next((c for c in above.children if c.dep_ in ("dobj", "obj", "nsubjpass") and _is_rate(c)), None)
        return None
    tok = root
    for _ in range(MAX_STEPS):
        if tok.dep_ not in ("nmod", "compound", "amod", "nummod") or tok.head == tok:
            return None
        tok = tok.head
        if _is_rate(tok):
            return tok
    return None


def _is_rate(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in RATE_NOUNS


def _kind_of_rate(noun: Token, start: int, end: int) -> str:
    """"tax rate", "interest rate", "tariff on steel": the rate noun, the noun compounded
    before it (not a word of the figure, "25 per cent tariff"), and what it is levied on."""
    words = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"
             and c.i == noun.i - 1 and not start <= c.idx < end]
    name = " ".join(words + [noun.lemma_.lower()])
    on = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "on"
               for o in p.children if o.dep_ == "pobj"), None)
    return f"{name} on {on.lemma_.lower()}" if on is not None else name


def _owner(noun: Token) -> str | None:
    """The country whose rate it is: its possessor ("Ireland's 12.5% rate") or the one country
    the sentence makes the subject of its verb ("Washington imposed a 25% tariff")."""
    for c in noun.children:
        if c.dep_ == "poss":
            country = country_in([c])
            if country:
                return country
    return subject_country(noun)
