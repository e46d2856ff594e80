"""The per-sentence context every finder works in, and the one way claims are made."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from summitcheck.extract.context import (
    Trigger,
    choose_topic,
    event_scope,
    find_triggers,
    modality,
    scope_markers,
)
from summitcheck.extract.vocab import Vocabulary
from summitcheck.model import Claim, Source


# Topics whose claims say which meeting they are about, by name where the sentence gives one
# (a host's meeting is named by the people reader, from the hosting verb only).
NAMED_EVENT_TOPICS = ("event-dates", "venue", "host-country")


# A meeting known by a numbered series name: "COP30", "G20", "G-7".
NUMBERED_SERIES = re.compile(r"[A-Z]{1,4}-?\d{1,2}")


def is_numbered_meeting(token: Token) -> bool:
    """A proper name of a numbered series meeting: "COP27", "G20"."""
    return token.pos_ == "PROPN" and NUMBERED_SERIES.fullmatch(token.text) is not None


def event_name(trigger: Token, event_words: list[str]) -> str | None:
    """The proper name of the meeting a trigger speaks of, as written: "the Group of 20 summit
    in New Delhi" -> "Group of 20", "host the G20" -> "G20", "the 43rd ASEAN Summit opened"
    -> "ASEAN Summit". Read from the words before the event noun, since the tagger often
    splits such names ("Group" / "of 20 summit"); dates, ordinals and possessors ("Japan's
    summit": the host) end the name."""
    noun = trigger
    if trigger.pos_ in ("VERB", "AUX") and trigger.dep_ == "relcl" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in trigger.children):
        # "the U.N. climate conference, COP29, which opened in Baku": the clause's antecedent
        noun = trigger.head
        noun = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), noun)
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
    elif trigger.pos_ in ("VERB", "AUX"):
        # "host the G20": a named object; "the 43rd ASEAN Summit opened": an event-word subject
        noun = next((c for c in trigger.children if c.pos_ == "PROPN" and (
            c.dep_ in ("dobj", "obj") and (c.ent_type_ not in ("GPE", "PERSON", "NORP") or NUMBERED_SERIES.fullmatch(c.text))
            or c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in event_words)), None)
        if noun is None:
            # "NATO leaders meet in Washington", "G20 leaders gather in Rio", "hosts the
            # BRICS leaders in Kazan": the group named on the leaders who meet
            leaders = [c for c in trigger.children
                       if c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in ("leader", "head")]
            if trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in ("leader", "head"):
                leaders.append(trigger.head)  # "the APEC leaders who met in Bangkok"
            noun = next((c for s in leaders for c in s.children if c.dep_ == "compound" and c.text[:1].isupper()), None)
        if noun is None:
            # "prepares to host the COP26 conference in Glasgow": a named meeting noun as object
            noun = next((c for c in trigger.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"
                         and c.lemma_.lower() in event_words
                         and any(w.dep_ == "compound" and NUMBERED_SERIES.fullmatch(w.text) for w in c.children)), None)
        if noun is None:
            # "meet again at COP30", "gathered for the G20": a numbered series, met at or for
            noun = next((o for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("at", "for")
                         for o in p.children if o.dep_ == "pobj" and NUMBERED_SERIES.fullmatch(o.text)), None)
        if noun is None:
            return None
    elif trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    else:
        noun = _meeting_noun(noun, event_words)
    # "COP28 in Dubai": the tagger may call a numbered name a common noun
    words = [noun] if noun.pos_ == "PROPN" or NUMBERED_SERIES.fullmatch(noun.text) else []
    i = noun.i - 1
    while i >= noun.sent.start:
        tok = noun.doc[i]
        if tok.ent_type_ in ("DATE", "ORDINAL", "TIME") or tok.dep_ == "case":
            break
        if not (tok.text[:1].isupper() or tok.like_num or tok.lower_ in ("of", "-", "&", "leaders", "'")):
            if not words and _described_name(tok, noun):
                i -= 1  # "the COP27 climate conference": a word saying what kind, after the name
                continue
            break
        words.insert(0, tok)
        i -= 1
    if noun.pos_ == "PROPN":
        # "the Summit of the Americas": a name that runs on after its noun
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                words += [prep, *(t for t in obj.subtree if t.i <= obj.i and t.dep_ != "det")]
    name = [t for t in words if t.lower_ not in ("leaders", "'")]
    while name and name[0].lower_ in ("of", "the", "-"):
        name = name[1:]
    # spaced as written: "EU-CELAC" stays one word, so the articles' text is searched for it
    text = "".join(t.text + (t.whitespace_ if n + 1 < len(name) and name[n + 1].i == t.i + 1 else " ")
                   for n, t in enumerate(name))
    return text.strip() or None


def _meeting_noun(noun: Token, event_words: list[str]) -> Token:
    """The noun that names the meeting a trigger noun belongs to, where the trigger is not
    that noun: "the APEC forum holds its leaders' meeting" (the forum's), "the COP27 talks in
    Sharm el-Sheikh, which were due to end on Friday" (the talks', where the parser hangs the
    clause on the town and takes "end" for a noun)."""
    def meeting(tok: Token) -> bool:
        return tok.lemma_.lower() in event_words or tok.lower_ in event_words

    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in owners for g in c.children if g.dep_ == "poss"]  # "its leaders' meeting"
    if any(o.lower_ in ("its", "their") for o in owners) and noun.dep_ in ("dobj", "obj"):
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and meeting(subject):
            return subject
    if meeting(noun) and noun.lemma_.lower() not in ("end", "close", "start", "open"):
        return noun
    clause = next((t for t in noun.ancestors if t.dep_ == "relcl"), None)
    if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that")
                                 for c in clause.children):
        return noun
    antecedent = clause.head
    if antecedent.dep_ == "pobj" and antecedent.head.dep_ == "prep" and meeting(antecedent.head.head):
        return antecedent.head.head
    return antecedent if meeting(antecedent) else noun


def _described_name(tok: Token, noun: Token) -> bool:
    """A lower-case word between a meeting's name and its noun ("the COP27 climate
    conference", "the APEC economic leaders' meeting"), when a name (no place or people)
    comes right before it."""
    if tok.dep_ not in ("compound", "amod") or tok.pos_ not in ("NOUN", "ADJ") or tok.i < noun.sent.start + 1:
        return False
    before = tok.doc[tok.i - 1]
    while before.pos_ in ("NOUN", "ADJ") and before.dep_ in ("compound", "amod") and not before.text[:1].isupper() \
            and before.i - 1 >= noun.sent.start and before.i > tok.i - 2:
        before = tok.doc[before.i - 1]
    return before.pos_ == "PROPN" and before.ent_type_ not in ("GPE", "NORP", "PERSON", "LOC") \
        or bool(NUMBERED_SERIES.fullmatch(before.text))


# Sentences at the start of an article that may introduce its own event as "a summit".
LEAD_SENTENCES = 2


@dataclass
class SentenceContext:
    source: Source
    sent: Span
    vocab: Vocabulary
    reference: date | None
    triggers: list[Trigger] = field(default_factory=list)
    markers: list = field(default_factory=list)
    # Words heading a clause about another occasion, found from its date ("held its first
    # summit in 2009 in Yekaterinburg"): claims below them are not about the event either.
    other_anchors: list = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)
    # every date of the sentence is far from the article's (set by the date finder)
    only_far_dates: bool = False
    # Explicit day ranges no topic claimed ("what happened there on 13-15 June"), as
    # (start, end, value): the event's span if the article gives the event that length.
    spare_ranges: list = field(default_factory=list)
    # The sentence's country names, read once (performance: lists are read twice a sentence).
    countries_read: list | None = field(default=None, repr=False)
    _ents: tuple | None = field(default=None, repr=False)
    # each date's value, by (start, end), read once (extract/temporal.py)
    dates_read: dict = field(default_factory=dict, repr=False)
    # the sentence's named documents, read once (extract/temporal.py)
    documents_read: list | None = field(default=None, repr=False)

    @property
    def ents(self) -> tuple:
        """The sentence's entities, read once: ``Span.ents`` walks every entity of the whole
        Doc on each call, and every finder asks for them (performance only)."""
        if self._ents is None:
            self._ents = tuple(self.sent.ents)
        return self._ents
    ordinal: int = 0  # the sentence's place in its article (0: the headline or first line)
    # the trigger that decided the last topic_for() call (the claim being built next)
    last_trigger: object = None

    @classmethod
    def build(cls, source: Source, sent: Span, vocab: Vocabulary, reference: date | None) -> "SentenceContext":
        ctx = cls(source, sent, vocab, reference)
        ctx.triggers = find_triggers(sent, vocab)
        ctx.markers = scope_markers(sent, vocab)
        return ctx

    @property
    def sentence_text(self) -> str:
        return " ".join(self.source.analysis_text[self.sent.start_char: self.sent.end_char].split())

    def root_of(self, start: int, end: int) -> Token | None:
        span = self.sent.doc.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def token_span(self, start: int, end: int) -> tuple[int, int]:
        span = self.sent.doc.char_span(start, end, alignment_mode="expand")
        return (span.start, span.end) if span is not None else (0, 0)

    def overlaps_taken(self, start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in self.taken)

    def topic_for(self, kind: str, start: int, end: int, root: Token,
                  exclude: frozenset[str] = frozenset()) -> str | None:
        """The claim's topic; ``exclude`` names topics already tried and found not to fit."""
        trig = choose_topic(root, self.token_span(start, end), kind, self.triggers, self.vocab, exclude)
        self.last_trigger = trig
        return trig.topic if trig else None

    def another_occasion(self) -> bool:
        """"flying to Helsinki for a summit with Nordic leaders", "at a meeting in Abu Dhabi":
        past an article's lead, an event word with an indefinite article introduces some
        other occasion than the one the article reports (the lead introduces its own)."""
        token = self.last_trigger.token if self.last_trigger is not None else None
        if token is not None and token.pos_ in ("VERB", "AUX"):
            # "Switzerland, which hosts a two-day conference on peace from Saturday": a verb
            # whose object is an event word with "a" names another occasion too
            # ("meeting on Saturday at the resort for a conference on peace": its "for" too)
            objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
            objects += [o for p in token.subtree if p.dep_ == "prep" and p.lower_ == "for"
                        and token in list(p.ancestors)[:4] for o in p.children if o.dep_ == "pobj"]
            token = next((c for c in objects if c.pos_ == "NOUN"
                          and c.lemma_.lower() in self.vocab.topic("event-dates").triggers), None)
        if token is None or token.pos_ not in ("NOUN", "PROPN"):
            return False
        # the article may sit on a possessor: "a U.S.-Nordic leaders' summit"
        owners = [token, *(c for c in token.children if c.dep_ == "poss")]
        dets = {c.lower_ for o in owners for c in o.children if c.dep_ == "det"}
        return "another" in dets or (bool(dets & {"a", "an"}) and self.ordinal > LEAD_SENTENCES)

    def claim(self, kind: str, start: int, end: int, value: dict, root: Token, topic: str,
              *, subject: str | None = None, basis: str | None = None,
              mod: str | None = None) -> Claim:
        self.taken.append((start, end))
        event = event_scope(root, self.markers)
        if event == "main" and topic in ("event-dates", "venue") and self.another_occasion():
            event = "other"
        if event == "main" and topic == "venue" and self.only_far_dates:
            event = "other"  # "four countries meeting in Yekaterinburg" in a sentence of 2009
        if event == "main" and self.other_anchors:
            chain = {t.i for t in (root, *root.ancestors)}
            if any(a.i in chain for a in self.other_anchors):
                event = "other"
        if topic in NAMED_EVENT_TOPICS and self.last_trigger is not None:
            name = event_name(self.last_trigger.token, self.vocab.topic(topic).triggers)
            if name:
                value = {**value, "event_name": name}  # which meeting, when a week holds several
        return Claim(
            source=self.source.id, kind=kind, topic=topic,
            text=self.source.text[start:end], sentence=self.sentence_text,
            start=start, end=end, modality=mod or modality(root), value=value,
            event=event, subject=subject, basis=basis,
        )
