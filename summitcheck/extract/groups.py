"""Named groups of countries and who is in them: "its four Indo-Pacific partners, Japan, South
Korea, Australia and New Zealand", "the leaders of the three Baltic states: Estonia, Latvia
and Lithuania".

An outlet that spells out such a group gives its membership whatever the sentence says the
group did: one source has the partners invited, another has them attend, and a changed
country is a disagreement about who the group is. So the list is compared a second time,
under the group's name (`group: indo-pacific partner`), with every list of that group. Only
a group named by a proper qualifier counts: "the four countries, A, B, C and D" names no
group another source could name the same way.
"""

from __future__ import annotations

from spacy.tokens import Token

from summitcheck.extract.numeric import singular
from summitcheck.extract.roles import PARTIAL_CUES
from summitcheck.extract.sentence import SentenceContext
from summitcheck.model import Claim
from summitcheck.normalize.numbers import parse_number

SUBJECT_PREFIX = "group: "


def group_list(ctx: SentenceContext, first: Token, members: list[str], start: int, end: int) -> Claim | None:
    """The list as the membership of the named group it spells out, or None."""
    group = _group_noun(first)
    if group is None or len(members) < 2:
        return None
    qualifiers = [c for c in group.children if c.dep_ in ("amod", "compound") and c.i < group.i]
    if not qualifiers or not all(q.text[:1].isupper() for q in qualifiers):
        return None
    words = ctx.sent.doc[min(q.left_edge.i for q in qualifiers): group.i].text.lower()
    lead = ctx.source.analysis_text[max(ctx.sent.start_char, start - 20):start].lower()
    number = next((parse_number(c.text) for c in group.children if c.dep_ == "nummod"), None)
    complete = not any(cue in lead for cue in PARTIAL_CUES) and (number is None or number == len(members))
    return ctx.claim("set", start, end, {"members": members}, first, "attendees",
                     basis="list" if complete else "partial",
                     subject=f"{SUBJECT_PREFIX}{words} {singular(group)}", mod="reported")


def _group_noun(first: Token) -> Token | None:
    """The plural noun a list of countries stands beside: "partners, Japan, ...", or, as the
    parser may hang a list after a colon, "the leaders of the three Baltic states: Estonia, ..."."""
    head = first.head
    # the parser takes the first name for an apposition, or for a conjunct of the group noun
    # right after its comma ("The four Indo-Pacific partners, Japan, ...")
    if first.dep_ != "appos" and not (first.dep_ == "conj" and first.i == head.i + 2
                                       and first.doc[head.i + 1].text == ","):
        return None
    if head.lemma_.lower() == "leader":
        head = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), head)
    return head if head.pos_ == "NOUN" and head.tag_ == "NNS" else None
