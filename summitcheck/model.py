"""Plain data passed between the stages.

Claims and findings are dataclasses holding JSON-ready values, so that alignment, the rule
engine and the reporters never need spaCy, and so that a claim cache can store them as is.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

KINDS = ("date", "money", "count", "ordinal", "set", "place", "person", "text")
MODALITIES = ("reported", "expected", "negated")
STATUSES = ("agree", "conflict", "single_source")
SEVERITIES = ("error", "warning", "info")

# Which event a claim is about: the bundle's main event, an earlier (postponed, cancelled)
# attempt at it, the previous meeting of its series ("the previous summit, in Algiers last
# November"), or something else mentioned in passing, which is never compared. Claims about
# an earlier attempt or the previous meeting are compared among themselves.
EVENT_MAIN = "main"
EVENT_EARLIER = "earlier"
EVENT_PREVIOUS = "previous"
EVENT_OTHER = "other"

# The subject of a claim whose sentence does not name it, though its topic is compared per
# subject ("an exclusion that began in 2011": whose?). Alignment gives it the one subject
# the bundle's other claims of the topic name, or leaves it uncompared.
SUBJECT_UNNAMED = "unnamed"
# The office of whoever presided over the meeting ("the British minister who presided"):
# alignment gives it the presidency of the one numbered meeting the bundle names a president
# of ("the COP26 president").
OFFICE_PRESIDING = "presiding officer"
# The subject (or its last part, after "donor: ") of a figure of an older commitment that a
# new one replaces ("the old $100 billion pledge"): compared only with other such figures.
SUBJECT_SUPERSEDED = "previous"


@dataclass
class Source:
    """One article as read, with what ingest learned about it."""

    id: str
    path: str
    text: str
    # Same length as ``text``: boilerplate blanked out, no-break spaces made plain, so that
    # every offset found in it is an offset into the file as read.
    analysis_text: str
    sha256: str
    published: str | None = None
    published_basis: str = "none"
    dateline_place: str | None = None
    dateline_span: tuple[int, int] | None = None
    encoding: str = "utf-8"
    removed: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass
class Skipped:
    """A file that was found but not read, and why."""

    path: str
    reason: str


@dataclass
class Claim:
    """One checkable statement in one source, with its evidence."""

    source: str
    kind: str
    topic: str
    text: str
    sentence: str
    start: int
    end: int
    modality: str
    value: dict[str, Any]
    event: str = EVENT_MAIN
    # What the claim is about within its topic when a topic holds several things
    # (the counterpart country of a bilateral meeting, the type of a named document).
    subject: str | None = None
    # How the claim was found when that changes its weight ("dateline", "list", "partial").
    basis: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Claim":
        return cls(**data)


@dataclass
class Finding:
    """The verdict of one rule on one group of claims."""

    id: str
    rule: str
    topic: str
    kind: str
    status: str
    severity: str
    message: str
    claims: list[Claim]
    event: str = EVENT_MAIN
    subject: str | None = None
    note: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    # Indices into ``claims`` of the claims on either side of a conflict.
    conflicting: list[int] = field(default_factory=list)
