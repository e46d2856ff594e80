"""The rule-file and topic-file formats, validated with pydantic.

A rule says which claims it applies to, which comparator decides, with what parameters,
how severe each outcome is, and how to word it. Unknown keys are errors, so a typo in a
rule file is caught rather than silently ignored.
"""

from __future__ import annotations

from string import Formatter
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Severity = Literal["error", "warning", "info"]
Kind = Literal["date", "money", "count", "ordinal", "set", "place", "person", "text"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AppliesTo(Strict):
    kinds: list[Kind] = Field(min_length=1, title="claim kinds the rule compares")
    topics: list[str] = Field(default_factory=list, title="topics (empty: every topic of these kinds)")
    exclude_topics: list[str] = Field(default_factory=list, title="topics this rule leaves to others")
    labels: list[str] = Field(default_factory=list,
                              title="entity labels of the claims' words (GPE, LOC, FAC, PERSON, ...; empty: any)")


class Severities(Strict):
    conflict: Severity = "error"
    agree: Severity = "info"
    single_source: Severity = "info"


# What a message template may name; the engine fills these in for each finding.
PLACEHOLDERS = {
    "value": "the value most sources state, as a person reads it",
    "values": "every distinct value, joined by ' vs '",
    "n": "how many sources the group holds",
    "source": "the first source (for single-source findings, the only one)",
    "topic": "the group's topic",
    "subject": "the group's subject within its topic (a counterpart country, a document type)",
    "about": "the topic, and the subject when there is one ('office: NATO secretary general')",
}


class Messages(Strict):
    agree: str = "{value} in {n} sources"
    conflict: str = "sources disagree: {values}"
    single_source: str = "{value} (only {source})"

    @field_validator("agree", "conflict", "single_source")
    @classmethod
    def _known_placeholders(cls, template: str) -> str:
        """A misspelt placeholder would print the raw template; catch it when the file loads."""
        try:
            names = [name for _, name, _, _ in Formatter().parse(template) if name is not None]
        except ValueError as exc:
            raise ValueError(f"bad template: {exc}") from None
        for name in names:
            if name not in PLACEHOLDERS:
                raise ValueError(f"unknown placeholder {{{name}}}; valid: "
                                 + ", ".join(f"{{{p}}}" for p in PLACEHOLDERS))
        return template


class RuleFile(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", title="unique rule id")
    description: str = Field(min_length=1, title="what the rule checks and why")
    applies_to: AppliesTo
    comparator: str = Field(title="comparator type, one of the registered names")
    params: dict[str, Any] = Field(default_factory=dict, title="comparator parameters")
    severity: Severities = Field(default_factory=Severities)
    message: Messages = Field(default_factory=Messages)
    example: str | None = Field(default=None, title="a worked example for `rules show`")


class TopicFile(Strict):
    topic: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    description: str = ""
    kinds: list[Kind] = Field(min_length=1)
    priority: int = 10
    subject: str | None = None
    triggers: list[str] = Field(default_factory=list)
    exclude_modifiers: list[str] = Field(default_factory=list)
    exclude_governors: list[str] = Field(default_factory=list)
    neutral_words: list[str] | None = None
    min_value: float | None = Field(default=None, ge=0)
    synonyms: dict[str, list[str]] = Field(default_factory=dict)
    attach: Literal["near", "dominate"] = "near"
    settled: bool = False


class Window(Strict):
    before: int = Field(90, ge=0)
    after: int = Field(400, ge=0)


class EventsFile(Strict):
    earlier: list[str] = Field(default_factory=list)
    previous: list[str] = Field(default_factory=list)
    other: list[str] = Field(default_factory=list)
    window_days: Window = Field(default_factory=Window)
