"""The theme a meeting or a year is given, as sources quote it: "the AU's theme of the year for
2024, 'Educate an African fit for the 21st century'", "under the theme 'One Earth, One
Family, One Future'".

Only quoted words are read: "the theme for 2024 is education" paraphrases the theme and
cannot be compared word for word. Read by pattern, since the parser hangs a quotation in
apposition to "theme" in many ways, and the quotation itself is what is compared.
"""

from __future__ import annotations

import re

from summitcheck.extract.sentence import SentenceContext
from summitcheck.model import Claim

TOPIC = "theme"
# "theme" or "motto", then up to a few words ("of the year for 2024,", "chosen by the
# hosts:"), then a quotation in straight or curly quotes. A slogan is a person's ("Trump's
# campaign slogan 'drill, baby, drill'", Macron's "plug, baby, plug"), not the meeting's.
THEME = re.compile(r"\b(?:theme|motto)\b[^\"“”.;]{0,50}?[\"“](?P<words>[^\"“”]{3,150}?)[,.]?[\"”]", re.I)


def find_themes(ctx: SentenceContext) -> list[Claim]:
    if ctx.vocab.topic(TOPIC) is None:
        return []
    claims: list[Claim] = []
    text = ctx.source.analysis_text
    for m in THEME.finditer(text, ctx.sent.start_char, ctx.sent.end_char):
        if ctx.overlaps_taken(m.start("words"), m.end("words")) or "campaign" in text[m.start() - 12: m.start()].lower():
            continue  # "his campaign theme": a candidate's, not the meeting's
        span = ctx.sent.doc.char_span(m.start("words"), m.end("words"), alignment_mode="expand")
        if span is None:
            continue
        words = " ".join(m.group("words").split())
        claims.append(ctx.claim("text", m.start("words"), m.end("words"), {"text": words}, span.root, TOPIC))
    return claims
