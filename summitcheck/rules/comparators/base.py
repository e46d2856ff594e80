"""What every comparator shares."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from summitcheck.model import EVENT_OTHER, Claim


@dataclass
class Verdict:
    status: str  # agree | conflict
    # Claims on each side of the disagreement (indices into the group), for the report.
    conflicting: list[tuple[int, int]] = field(default_factory=list)
    note: str | None = None
    detail: str | None = None


@dataclass
class CompareContext:
    """What comparators may know beyond the claims: each source's publication date, and the
    topics settled before any preview (see ``Topic.settled``)."""

    published: dict[str, str | None] = field(default_factory=dict)
    settled: frozenset[str] = frozenset()


class Comparator:
    name: ClassVar[str]
    description: ClassVar[str]
    # parameter -> (type, default, meaning)
    params: ClassVar[dict[str, tuple[type, Any, str]]] = {}

    def __init__(self, params: dict[str, Any]):
        self.p = {k: v[1] for k, v in self.params.items()}
        self.p.update(params)

    def compare(self, claims: list[Claim], ctx: CompareContext) -> Verdict:
        raise NotImplementedError

    @staticmethod
    def cross_source_pairs(claims: list[Claim]):
        for i in range(len(claims)):
            for j in range(i + 1, len(claims)):
                if claims[i].source != claims[j].source:
                    yield i, j

    @staticmethod
    def is_update(a: Claim, b: Claim, ctx: "CompareContext | None" = None) -> bool:
        """A preview's expectation against a later report: an update, not a conflict. A
        report of an absence updates a preview's expected presence the same way ("Morrison
        will take the seat" before the election, "Morrison did not attend" after).

        Only when the expecting source was published before the reporting one (two
        sources of the same day disagree about the same plan), never on a topic settled
        before any preview (who hosts: a preview naming another host is wrong), and never
        about another meeting than the bundle's."""
        if ctx is not None and a.topic in ctx.settled:
            return False
        if a.event == EVENT_OTHER:
            # another meeting, a year off ("will move next year to X for COP27", "comes at
            # COP27 in Y next November"): a week between two articles changes no plan for it
            return False
        if "expected" not in {a.modality, b.modality} or {a.modality, b.modality} - {"expected", "reported", "negated"} \
                or a.modality == b.modality:
            return False
        expected, reported = (a, b) if a.modality == "expected" else (b, a)
        if ctx is not None:
            pe, pr = ctx.published.get(expected.source), ctx.published.get(reported.source)
            if pe and pr and pe >= pr:
                return False
        return True

    def verdict_from_pairs(self, claims: list[Claim], bad: list[tuple[int, int]],
                           ctx: "CompareContext | None" = None) -> Verdict:
        real = [(i, j) for i, j in bad if i == j or not self.is_update(claims[i], claims[j], ctx)]
        if real:
            return Verdict("conflict", real)
        if bad:
            return Verdict("agree", note="updated: a preview's expectation differs from a later report")
        return Verdict("agree")
