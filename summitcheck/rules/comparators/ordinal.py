"""ordinal-equality: "first-ever" and "inaugural" agree; "first" and "second" do not."""

from __future__ import annotations

from summitcheck.model import Claim
from summitcheck.rules.comparators.base import Comparator, CompareContext, Verdict


class OrdinalEquality(Comparator):
    name = "ordinal-equality"
    description = "Ordinals agree when every two sources share a value."
    params = {}

    def compare(self, claims: list[Claim], ctx: CompareContext) -> Verdict:
        by_source: dict[str, set[int]] = {}
        for c in claims:
            by_source.setdefault(c.source, set()).add(int(c.value["value"]))
        bad = [(i, j) for i, j in self.cross_source_pairs(claims)
               if not by_source[claims[i].source] & by_source[claims[j].source]
               and claims[i].value["value"] != claims[j].value["value"]]
        return self.verdict_from_pairs(claims, bad, ctx)
