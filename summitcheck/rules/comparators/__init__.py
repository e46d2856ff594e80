"""Comparator types, one module each, registered by name in one table.

A comparator takes the claims of one group (same event, topic, subject and kind) and the
rule's parameters, and returns a :class:`Verdict`. Rule files pick one by name; an
unknown name is an error that lists the valid ones.
"""

from __future__ import annotations

from summitcheck.rules.comparators.base import Comparator, Verdict
from summitcheck.rules.comparators.interval import IntervalOverlap
from summitcheck.rules.comparators.money import CurrencyTolerance, NumericTolerance
from summitcheck.rules.comparators.ordinal import OrdinalEquality
from summitcheck.rules.comparators.sets import SetSubset
from summitcheck.rules.comparators.text import FuzzyText

REGISTRY: dict[str, type[Comparator]] = {
    cls.name: cls
    for cls in (IntervalOverlap, NumericTolerance, CurrencyTolerance, SetSubset, FuzzyText, OrdinalEquality)
}

__all__ = ["REGISTRY", "Comparator", "Verdict"]
