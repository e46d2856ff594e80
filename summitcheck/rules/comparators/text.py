"""fuzzy-text: places, people and names agree on a canonical form or a close match.

Sources agree when every two of them share a value (a source may name two documents of
which another names one). Places compare a city with a city and a country with a country
("Lima" and "Peru" may both be right); a dateline's city supports agreement but never
makes a conflict, since a reporter may file from elsewhere.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

from summitcheck.model import Claim
from summitcheck.rules.comparators.base import Comparator, CompareContext, Verdict


def canonical(claim: Claim) -> str:
    return str(claim.value.get("canonical") or claim.value.get("text", "")).strip()


def _abbreviates(short: str, name: str) -> bool:
    """"KL" for "Kuala Lumpur", "H.K." for "Hong Kong": a short form in capitals that
    spells the initials of a name of two or more words."""
    letters = re.sub(r"[.\s]", "", short)
    words = name.split()
    return (2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper() and len(words) >= 2
            and letters == "".join(w[0] for w in words if w[:1].isupper()))


# Words any document name may add or leave out ("the APEC Leaders' Golden Gate Declaration"
# is the "Golden Gate Declaration"); the rest of a name tells the documents apart.
GENERIC_NAME_WORDS = {"the", "of", "on", "and", "for", "leaders", "leader", "joint", "final", "summit", "heads",
                      "state", "government", "declaration", "statement", "communique", "communiqué", "agreement",
                      "charter", "accord", "pact", "plan", "action", "framework", "treaty", "memorandum"}


def _name_words(name: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", re.sub(r"['’]s?\b", "", name.casefold()))


# Words on who adopted a document or where, which one name may have and another leave out;
# the document's kind ("framework", "plan") is what it is, and stays.
ADOPTERS_WORDS = {"the", "a", "an", "of", "on", "and", "for", "leaders", "leader", "joint", "final", "summit",
                  "heads", "state", "government"}


def _contained(short: str, name: str) -> bool:
    """Every word of one name is in the other, save words on who adopted it, and one of
    them is its own ("Golden Gate Declaration" in "2023 APEC Leaders' Golden Gate
    Declaration"; "Carbis Bay Leaders' Communique" in "Carbis Bay G7 Summit Communique")."""
    a, b = set(_name_words(short)), set(_name_words(name))
    return a - ADOPTERS_WORDS <= b and bool(a - GENERIC_NAME_WORDS)


def _plain(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


class FuzzyText(Comparator):
    name = "fuzzy-text"
    description = "Texts agree on the same canonical form or a fuzzy match at or above the threshold."
    params = {"threshold": (float, 90.0, "rapidfuzz token-sort ratio (0-100) that counts as the same"),
              "weak_bases": (list, ["dateline"], "claim bases that may agree but never conflict"),
              "outvoted": (bool, False, "a value no other source gives conflicts when two or more "
                                        "other sources agree on another, even if its own source "
                                        "also gives theirs"),
              "contained": (bool, False, "a name whose words all appear in a longer name, one of them "
                                         "more than a generic word, is that name")}

    def same(self, a: str, b: str) -> bool:
        if a.casefold() == b.casefold() or _abbreviates(a, b) or _abbreviates(b, a):
            return True
        a, b = _plain(a), _plain(b)  # "Bürgenstock", "Buergenstock" and "Burgenstock" are close
        if self.p["contained"] and (_contained(a, b) or _contained(b, a)):
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
        if self.p["outvoted"]:
            bad += [pair for pair in self._outvoted(claims, values, weak) if pair not in bad]
        return self.verdict_from_pairs(claims, bad, ctx)

    def _outvoted(self, claims: list[Claim], values: dict, weak: set) -> list[tuple[int, int]]:
        """"the Sandton Declaration" in an article whose headline and every other source say
        "the Johannesburg II Declaration": the odd name is a conflict of its own."""
        bad = []
        for i, c in enumerate(claims):
            if c.basis in weak:
                continue
            level, v = str(c.value.get("level", "")), canonical(c)
            others = {src: vals for (src, lv), vals in values.items() if lv == level and src != c.source}
            if any(self.same(v, x) for vals in others.values() for x in vals):
                continue
            # every claim of the backed value, so that a preview's expectation among them
            # (an update, not a conflict) does not hide the reports that contradict it
            for j, d in enumerate(claims):
                if d.source in others and d.basis not in weak and str(d.value.get("level", "")) == level:
                    backers = [s for s, vals in others.items() if any(self.same(canonical(d), x) for x in vals)]
                    if len(backers) >= 2:
                        bad.append((min(i, j), max(i, j)))
        return bad
