"""Who chairs an event together: "X will co-chair the summit with Y", "Y, who co-chairs the
summit with X", "X and his co-chair Y", "the meeting's co-hosts, the British prime minister and the
South Korean president".

The pair is a set claim of its own topic, a complete list: another source naming another
partner conflicts. The words are read from the text around the co-chair word, not from the
parse: the small model splits "co-chair" into three tokens and attaches them at random.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from summitcheck.extract.sentence import SentenceContext
from summitcheck.model import Claim

TOPIC = "co-chairs"
CO_WORD = re.compile(r"\bco-?(?:chair|host)(?:s|ed|ing|man|woman|person)?\b", re.I)
# "X will co-chair", "Y, who co-chairs", "X, who is to co-host": the acting person just before
BEFORE_VERB = re.compile(r"[\s,]*(?:who\s+)?(?:(?:will|would|shall|is|was|are|were|has|have|had|to|also|jointly)\s+)*",
                         re.I)
# "X and his co-chair Y"
BEFORE_NOUN = re.compile(r"\s*,?\s*and\s+(?:his|her|their)\s+", re.I)
NOUN_TO_NAME = re.compile(r"[\s,]*(?:[A-Z][\w.]*\s+){0,3}")  # "his co-host, President Y"
# "co-chairs, A and B", "co-chaired by A and B"
# (each name may come with its title: "co-chaired by European Council President A and Saint
# Vincent and the Grenadines Prime Minister B")
TITLE_WORDS = r"(?:(?:[A-Z][\w.'’-]*|and|the|of)\s+){0,8}"
BEFORE_PAIR = re.compile(r"[\s,:]*(?:by\s+)?" + TITLE_WORDS)
PAIR_JOIN = re.compile(r"\s*,?\s*and\s+" + TITLE_WORDS)
# "... the summit in Seoul with Y": a partner after "with", in the same clause
WITH_PARTNER = re.compile(r"[^.;:]{0,80}?\bwith\s+[^,.;:]{0,60}", re.I)


def find_co_chairs(ctx: SentenceContext, mentions: list[tuple[Span, str]]) -> list[Claim]:
    """Set claims of co-chairs; ``mentions`` are the sentence's people, (span, name), in order."""
    if ctx.vocab.topic(TOPIC) is None:
        return []
    text = ctx.source.analysis_text
    claims: list[Claim] = []
    for m in CO_WORD.finditer(text, ctx.sent.start_char, ctx.sent.end_char):
        before = [p for p in mentions if p[0].end_char <= m.start()]
        after = [p for p in mentions if p[0].start_char >= m.end()]
        pair = _pair(text, m, before, after)
        if pair is None or pair[0][1] == pair[1][1]:
            continue
        (first, a), (second, b) = sorted(pair, key=lambda p: p[0].start)
        claims.append(ctx.claim("set", first.start_char, second.end_char, {"members": [a, b], "titles": {}},
                                first.root, TOPIC, basis="list"))
    return claims


def _pair(text: str, m: re.Match, before: list, after: list) -> tuple | None:
    if not after:
        return None
    gap_after = text[m.end(): after[0][0].start_char]
    if len(after) >= 2 and BEFORE_PAIR.fullmatch(gap_after) and \
            PAIR_JOIN.fullmatch(text[after[0][0].end_char: after[1][0].start_char]):
        return after[0], after[1]
    if not before:
        return None
    gap_before = text[before[-1][0].end_char: m.start()]
    if BEFORE_NOUN.fullmatch(gap_before) and NOUN_TO_NAME.fullmatch(gap_after):
        return before[-1], after[0]
    if BEFORE_VERB.fullmatch(gap_before) and WITH_PARTNER.fullmatch(gap_after):
        return before[-1], after[0]
    return None
