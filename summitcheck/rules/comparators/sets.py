"""set-subset: lists of participants.

One source naming two of the leaders does not contradict another naming five (a subset
agrees). Two complete lists that differ, neither inside the other, conflict, whether they
list who took part or who did not ("The US and Britain did not sign" against "The US and
Canada did not sign"); so does one source's explicit absence ("did not attend") against
another's presence, unless the absent source itself also has that member there (a change of
plan it reports); and a member one source names as not doing something, outside another
source's complete list of those who did not.
"""

from __future__ import annotations

from summitcheck.model import Claim
from summitcheck.rules.comparators.base import Comparator, CompareContext, Verdict


class SetSubset(Comparator):
    name = "set-subset"
    description = ("Sets agree when one is a subset of the other; they conflict on an explicit "
                   "absence against a presence, or on two different complete lists.")
    params = {"complete_lists_must_match": (bool, True, "two complete lists must be subsets of one another")}

    def compare(self, claims: list[Claim], ctx: CompareContext) -> Verdict:
        bad: list[tuple[int, int]] = []
        present: dict[str, set[str]] = {}
        for c in claims:
            if c.modality != "negated" and not c.value.get("through_leaders"):
                # a source's own leader at the event does not take back its list of absent
                # countries: that is a contradiction within it, not a change of plan
                present.setdefault(c.source, set()).update(c.value["members"])
        for i, j in self.cross_source_pairs(claims):
            a, b = claims[i], claims[j]
            ma, mb = set(a.value["members"]), set(b.value["members"])
            negated = (a.modality == "negated") != (b.modality == "negated")
            # "X said he would stay away ... has since changed his mind and is expected to
            # attend": an article that has X both away and there tells of a change, and its
            # absence contradicts no one
            if negated and a.modality == "negated":
                ma -= present.get(a.source, set())
            elif negated:
                mb -= present.get(b.source, set())
            if negated and ma & mb:
                bad.append((i, j))
            elif (not negated and self.p["complete_lists_must_match"]
                  and a.basis == "list" and b.basis == "list" and not (ma <= mb or mb <= ma)):
                bad.append((i, j))  # two complete lists, of who took part or of who did not
            elif (not negated and a.modality == "negated" and self.p["complete_lists_must_match"]
                  and "list" in (a.basis, b.basis) and not (mb <= ma if a.basis == "list" else ma <= mb)):
                # "with Venezuela the lone holdout" against "Nicaragua refused to sign": one
                # who did not, outside the complete list of those who did not
                bad.append((i, j))
        return self.verdict_from_pairs(claims, bad, ctx)
