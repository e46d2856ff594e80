"""The year a figure is to be reached by: "at least $300 billion a year by 2035".

A deal's figure and its deadline are two facts: outlets that agree on the figure may give
different years. The year is compared per figure (the figure's size is its subject), never
with the meeting's own dates, and never read from a figure that is not money ("cut its
emissions by 81% ... by 2035" is another country's target).
"""

from __future__ import annotations

import re

from summitcheck.extract.sentence import SentenceContext
from summitcheck.model import EVENT_OTHER, Claim
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
