"""What a session someone addressed was about: "Pope Francis will take part in a session on
artificial intelligence", "the pope told a session on artificial intelligence", "At a session
on artificial intelligence on Friday, the pope called for ...".

The subject is who addressed it (a name, or a title such as "the pope", which align reads as
the one person the bundle gives that title), so one person's sessions are compared with each
other, never with another speaker's.
"""

from __future__ import annotations

from spacy.tokens import Token

from summitcheck.extract.context import country_in, entity_of, governing_verb, subjects_of
from summitcheck.extract.people import person_name
from summitcheck.extract.roles import LEADER_TITLES
from summitcheck.extract.sentence import SentenceContext
from summitcheck.model import Claim

TOPIC = "session"
# Titles that, with the holder's country, name one person: "the Kenyan president".
SPEAKER_TITLES = {w for t in LEADER_TITLES for w in t.split()}
# Offices with one holder in the world: "the Argentine pope" is the pope.
SOLE_OFFICES = {"pope", "pontiff"}


def find_sessions(ctx: SentenceContext) -> list[Claim]:
    if ctx.vocab.topic(TOPIC) is None:
        return []
    claims: list[Claim] = []
    for noun in (t for t in ctx.sent if t.lemma_.lower() == "session" and t.pos_ == "NOUN"):
        # "a session on migration"; the parser may hang "on migration" on the verb instead
        preps = [p for p in (*noun.children, *noun.doc[noun.i + 1: noun.i + 2]) if p.dep_ == "prep"
                 and p.lower_ in ("on", "about") and (p.head == noun or p.i == noun.i + 1)]
        matter = next((o for p in preps for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
        verb = governing_verb(noun)
        if matter is None or verb is None:
            continue
        who = next((w for w in (_who(ctx, s) for s in subjects_of(verb)) if w), None)
        if who is None:
            continue
        words = sorted([t for t in matter.children if t.dep_ in ("compound", "amod")] + [matter], key=lambda t: t.i)
        start, end = words[0].idx, matter.idx + len(matter.text)
        text = " ".join(t.text for t in words).lower()  # "artificial intelligence"
        claims.append(ctx.claim("text", start, end, {"text": text, "subject_kind": "person"}, noun, TOPIC,
                                subject=who))
    return claims


def _who(ctx: SentenceContext, subject: Token) -> str | None:
    """A person's name, or the office a subject gives instead ("the Argentine pope": "pope",
    "the Kenyan president": "president of Kenya"); a bare "the president" names no one."""
    ent = entity_of(subject, ctx.ents)
    if ent is not None and ent.label_ == "PERSON":
        return person_name(ent)
    title = subject.lemma_.lower() if subject.pos_ == "NOUN" else None
    if title in SOLE_OFFICES:
        return "pope"
    if title in SPEAKER_TITLES:
        country = country_in([c for c in subject.children if c.dep_ in ("amod", "poss", "compound")])
        return f"{title} of {country}" if country else None
    return None
