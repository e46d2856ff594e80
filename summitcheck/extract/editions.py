"""When the text an event replaces was adopted: "It will replace the concept agreed in Lisbon
in 2010", "The previous concept, adopted in Lisbon in 2010", "the first since the one agreed
in Lisbon in 2010".

A date long before the article is normally another occasion and never compared; the date of
the previous edition of the event's own text is a fact of this event, compared per kind of
text ("concept"), and settled: a preview cannot expect it to be otherwise.
"""

from __future__ import annotations

from spacy.tokens import Token

from summitcheck.extract.context import governing_verb
from summitcheck.extract.designations import TEXT_NOUNS

TOPIC = "previous-edition"
ADOPTING = {"adopt", "agree", "approve", "sign", "endorse", "publish", "issue"}
EARLIER_WORDS = {"previous", "last", "old", "earlier", "prior", "former"}


def previous_edition(date_root: Token) -> str | None:
    """The kind of text ("concept") whose previous edition the date's clause adopted, if any."""
    verb = governing_verb(date_root)
    if verb is None or verb.lemma_.lower() not in ADOPTING:
        return None
    text = verb.head if verb.dep_ in ("acl", "relcl") else next(
        (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if text is None:
        return None
    if text.lemma_.lower() == "one":
        # "the first since the one agreed in 2010": the text the sentence is about
        found = next((t for t in verb.ancestors if t.lemma_.lower() in TEXT_NOUNS), None)
        since = any(c.lower_ == "since" for c in (*verb.children, *text.children)) or text.head.lower_ == "since"
        return found.lemma_.lower() if found is not None and since else None
    if text.lemma_.lower() not in TEXT_NOUNS:
        return None
    earlier = any(c.dep_ == "amod" and c.lower_ in EARLIER_WORDS for c in text.children)
    replaced = text.dep_ in ("dobj", "obj") and text.head.lemma_.lower() == "replace"
    return text.lemma_.lower() if earlier or replaced else None
