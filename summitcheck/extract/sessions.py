"""What a session someone addressed was about: "Pope Francis will take part in a session on
artificial intelligence", "the pope told a session on artificial intelligence", "At a session
on artificial intelligence on Friday, the pope called for ...".

The subject is who addressed it (a name, or a title such as "the pope", which align reads as
the one person the bundle gives that title), so one person's sessions are compared with each
other, never with another speaker's.
"""

from __future__ import annotations

from spacy.tokens import Token

from summitcheck.extract.context import entity_of, governing_verb, subjects_of
from summitcheck.extract.people import person_name
from summitcheck.extract.roles import LEADER_TITLES
from summitcheck.extract.sentence import SentenceContext
from summitcheck.model import Claim

TOPIC = "session"
# Titles that name the one person who holds them: "the Argentine pope", "the president".
SPEAKER_TITLES = {w for t in LEADER_TITLES for w in t.split()} | {"pope"}


def find_sessions(ctx: SentenceContext) -> list[Claim]:
    if ctx.vocab.topic(TOPIC) is None:
        return []
    claims: list[Claim] = []
    for noun in (t for t in ctx.sent if t.lemma_.lower() == "session" and t.pos_ == "NOUN"):
        matter = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("on", "about")
                       for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
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
    """A person's name, or the title a subject gives instead ("the Argentine pope": "pope")."""
    ent = entity_of(subject, ctx.ents)
    if ent is not None and ent.label_ == "PERSON":
        return person_name(ent)
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in SPEAKER_TITLES:
        return subject.lemma_.lower()
    return None
