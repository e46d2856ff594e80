"""fuzzy-text: places, people and names agree on a canonical form or a close match.

Sources agree when every two of them share a value (a source may name two documents of
which another names one). Places compare a city with a city and a country with a country
("Tokyo" and "Japan" may both be right); a dateline's city supports agreement but never
makes a conflict, since a reporter may file from elsewhere.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from summitcheck.model import Claim
from summitcheck.rules.comparators.base import Comparator, CompareContext, Verdict


def canonical(claim: Claim) -> str:
    return str(claim.value.get("canonical") or claim.value.get("text", "")).strip()


class FuzzyText(Comparator):
    name = "fuzzy-text"
    description = "Texts agree on the same canonical form or a fuzzy match at or above the threshold."
    params = {"threshold": (float, 90.0, "rapidfuzz token-sort ratio (0-100) that counts as the same"),
              "weak_bases": (list, ["dateline"], "claim bases that may agree but never conflict")}

    def same(self, a: str, b: str) -> bool:
        if a.casefold() == b.casefold():
            return True
        return fuzz.token_sort_ratio(a.casefold(), b.casefold()) >= float(self.p["threshold"])

    def compare(self, claims: list[Claim], ctx: CompareContext) -> Verdict:
        weak = set(self.p["weak_bases"])
        values: dict[tuple[str, str], list[str]] = {}
        for c in claims:
            if c.basis in weak:
                continue
            level = str(c.value.get("level", ""))
            values.setdefault((c.source, level), []).append(canonical(c))
        bad = []
        for i, j in self.cross_source_pairs(claims):
            a, b = claims[i], claims[j]
            if a.basis in weak or b.basis in weak:
                continue
            la, lb = str(a.value.get("level", "")), str(b.value.get("level", ""))
            if la != lb:
                continue
            va, vb = values[(a.source, la)], values[(b.source, lb)]
            if not any(self.same(x, y) for x in va for y in vb):
                bad.append((i, j))
        return self.verdict_from_pairs(claims, bad, ctx)
