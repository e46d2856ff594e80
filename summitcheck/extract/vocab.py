"""Topic vocabularies and event-scope markers, as plain data the extractor consumes.

They are loaded from ``rules/topics/*.yaml`` and ``rules/events.yaml`` by
:mod:`summitcheck.rules.loader`; the extractor only sees these objects, so a user changes
what a topic means by editing a file, never Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Topic:
    id: str
    kinds: tuple[str, ...]
    triggers: tuple[str, ...]
    priority: int = 10
    description: str = ""
    subject: str | None = None
    exclude_modifiers: tuple[str, ...] = ()
    exclude_governors: tuple[str, ...] = ()
    # Counts only: verbs that take part in the topic itself ("attend", "take part"). Under any
    # other verb a count is about that act ("118 countries signed a pledge"), which becomes the
    # claim's subject. None: every verb is neutral.
    neutral_words: tuple[str, ...] | None = None
    # (word, canonical word) pairs for acts and their objects that are one thing ("backed a
    # declaration", "signed the statement": both "declaration"), for counts and lists; for
    # outcome-dates, the adopting verbs ("adopt") and the kinds of outcome document.
    synonyms: tuple[tuple[str, str], ...] = ()
    # "near": a trigger within a few steps of the claim in the parse decides its topic;
    # "dominate": the claim must hang below the trigger ("established in 1989").
    attach: str = "near"
    # Counts only: a smaller count is not of this topic ("home to 2.4 billion people" is a
    # population; "2,000 people attended" is not).
    min_value: float | None = None
    # Decided long before any preview (who hosts the event): a preview naming another value
    # is wrong, not a plan since changed, so it conflicts with a later report.
    settled: bool = False

    def canonical(self, word: str) -> str:
        """``word`` as its synonyms' canonical word, else as it is."""
        for w, canon in self.synonyms:
            if w == word:
                return canon
        return word


@dataclass
class Vocabulary:
    topics: list[Topic]
    earlier_markers: tuple[str, ...] = ()
    other_markers: tuple[str, ...] = ()
    # (days before, days after) the publication date outside which an event date is about
    # another occasion
    window_days: tuple[int, int] = (90, 400)
    previous_markers: tuple[str, ...] = ()
    # first word -> [(words, topic id)], built once for fast matching over tokens
    _index: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict, repr=False)
    # kind -> its topics, highest priority first; asked for every count of every sentence
    _by_kind: dict[str, list[Topic]] = field(default_factory=dict, repr=False)
    # id -> topic (the first of that id); asked by every reader of every sentence
    _by_id: dict[str, Topic] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for topic in self.topics:
            self._by_id.setdefault(topic.id, topic)
            for trigger in topic.triggers:
                words = tuple(trigger.lower().split())
                self._index.setdefault(words[0], []).append((words, topic.id))
        for entries in self._index.values():
            entries.sort(key=lambda e: -len(e[0]))

    def topic(self, topic_id: str) -> Topic | None:
        return self._by_id.get(topic_id)

    def topics_for(self, kind: str) -> list[Topic]:
        """The topics for ``kind``, highest priority first (file order among equals)."""
        if kind not in self._by_kind:
            self._by_kind[kind] = sorted((t for t in self.topics if kind in t.kinds), key=lambda t: -t.priority)
        return self._by_kind[kind]

    def candidates(self, first: str) -> list[tuple[tuple[str, ...], str]]:
        return self._index.get(first, [])
