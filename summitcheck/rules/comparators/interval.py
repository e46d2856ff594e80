"""interval-overlap: dates and counts agree when their intervals meet.

Two explicit ranges ("November 15-16" and "Nov 15 to 16") must match at both ends (within
``slack_days``): two different two-day spans that share a day are different dates. A
single day or a month agrees with a range it falls in or touches. A closing day ("the summit
ended on Thursday") is the event's last day: another source's range must end on it, its own
closing day must be the same, and no other day of the event may come after it. An opening
day ("opened on Sunday") is its first, the same way round.
"""

from __future__ import annotations

from datetime import date

from summitcheck.model import Claim
from summitcheck.rules.comparators.base import Comparator, CompareContext, Verdict


class IntervalOverlap(Comparator):
    name = "interval-overlap"
    description = "Dates and counts agree when their intervals overlap; explicit ranges must match at both ends."
    params = {
        "slack_days": (int, 0, "days of slack at either end of a date interval"),
        "slack": (float, 0.0, "absolute slack at either end of a numeric interval"),
        "ranges_must_match": (bool, True, "two explicit date ranges must share both ends"),
        "open_ceiling": (float, 1.5, "a figure given only as a floor (\"more than N\") is read as at most N times this"),
    }

    def compare(self, claims: list[Claim], ctx: CompareContext) -> Verdict:
        ranges = [c.value for c in claims if c.kind == "date" and c.value.get("range")]
        memo: dict[tuple[str, str], bool] = {}
        bad = [(i, j) for i, j in self.cross_source_pairs(claims)
               if not self.compatible(claims[i], claims[j])
               and (self._closing(claims[i]) or self._closing(claims[j])
                    or not self._days_of_one_span(claims[i].value, claims[j].value, ranges, memo))]
        return self.verdict_from_pairs(claims, bad, ctx)

    def _days_of_one_span(self, a: dict, b: dict, ranges: list[dict],
                          memo: dict[tuple[str, str], bool] | None = None) -> bool:
        """"kicked off Friday" and "agreed Saturday": two days of one multi-day event that
        another source gives as a range. Only single days inside a stated range qualify."""
        if "start" not in a or a.get("range") or b.get("range"):
            return False
        if a["granularity"] != "day" or b["granularity"] != "day":
            return False
        # Performance: the answer depends only on the two days, and a big group repeats them.
        key = (a["start"], b["start"])
        if memo is not None and key in memo:
            return memo[key]
        found = any(r["start"] <= a["start"] <= r["end"] and r["start"] <= b["start"] <= r["end"]
                    for r in ranges)
        if memo is not None:
            memo[key] = found
        return found

    def compatible(self, a: Claim, b: Claim) -> bool:
        if a.kind == "date":
            if self._closing(a) or self._closing(b):
                return self._after_the_close(a, b) and self._after_the_close(b, a)
            if self._opening(a) or self._opening(b):
                return self._from_the_opening(a, b) and self._from_the_opening(b, a)
            return self._dates(a.value, b.value)
        return self._numbers(a.value, b.value)

    @staticmethod
    def _closing(c: Claim) -> bool:
        """A single closing day ("ended on Thursday"); with the event's length it is a range."""
        return c.kind == "date" and c.basis == "end" and not c.value.get("range") and c.value["granularity"] == "day"

    @staticmethod
    def _opening(c: Claim) -> bool:
        """A single opening day ("opened on Sunday"): the event's first day."""
        return c.kind == "date" and c.basis == "start" and not c.value.get("range") and c.value["granularity"] == "day"

    def _from_the_opening(self, a: Claim, b: Claim) -> bool:
        """Whether ``b`` fits ``a`` when ``a`` is the event's opening day: another opening day
        is the same, a range holds it ("launched on Sunday" and "at the weekend"), any other
        day of the event comes on or after it."""
        if not self._opening(a):
            return True
        if b.value["granularity"] != "day" or b.value.get("range") or b.value["start"] != b.value["end"]:
            return self._dates(a.value, b.value)  # "this week", "at the weekend": it holds the day
        slack = int(self.p["slack_days"])
        first = date.fromisoformat(a.value["start"])
        b0 = date.fromisoformat(b.value["start"])
        if self._opening(b):
            return abs((b0 - first).days) <= slack
        return (first - b0).days <= slack

    def _after_the_close(self, a: Claim, b: Claim) -> bool:
        """Whether ``b`` fits ``a`` when ``a`` is the event's closing day."""
        if not self._closing(a):
            return True
        if b.value["granularity"] != "day":
            return self._dates(a.value, b.value)  # "in June": the month holds the day
        slack = int(self.p["slack_days"])
        last = date.fromisoformat(a.value["start"])
        b0, b1 = date.fromisoformat(b.value["start"]), date.fromisoformat(b.value["end"])
        if b.value.get("range") or self._closing(b):
            return abs((b1 - last).days) <= slack  # its range, or its closing day, ends then
        return (b0 - last).days <= slack  # a day of the event, not after it closed

    def _dates(self, a: dict, b: dict) -> bool:
        slack = int(self.p["slack_days"])
        a0, a1 = date.fromisoformat(a["start"]), date.fromisoformat(a["end"])
        b0, b1 = date.fromisoformat(b["start"]), date.fromisoformat(b["end"])
        if self.p["ranges_must_match"] and a.get("range") and b.get("range") \
                and a["granularity"] == b["granularity"] == "day":
            return abs((a0 - b0).days) <= slack and abs((a1 - b1).days) <= slack
        return (a0 - b1).days <= slack and (b0 - a1).days <= slack

    def _numbers(self, a: dict, b: dict) -> bool:
        if a.get("value") is not None and a.get("value") == b.get("value") and (_round(a) or _round(b)):
            # "300,000 troops" and "more than 300,000": one round figure, that one source
            # hedges and the other may have rounded; "40 leaders" is a count, not rounded
            return True
        slack = float(self.p["slack"])
        inf = float("inf")
        a0 = a["low"] if a["low"] is not None else -inf
        a1 = a["high"] if a["high"] is not None else self._ceiling(a)
        b0 = b["low"] if b["low"] is not None else -inf
        b1 = b["high"] if b["high"] is not None else self._ceiling(b)
        return a0 - slack <= b1 and b0 - slack <= a1

    def _ceiling(self, value: dict) -> float:
        """"More than 1.4 billion" is written for a figure a little above 1.4 billion: news
        gives the round number just below, so the floor bounds the figure from above too.
        Read as open-ended, "more than 1.4 billion" and "more than 2.4 billion" would agree."""
        ratio = float(self.p["open_ceiling"])
        if value.get("low") is None or ratio <= 0:
            return float("inf")
        return max(value["low"], value.get("value") or 0) * ratio


def _round(value: dict) -> bool:
    """A figure given bare, without a hedge, and round to the hundred ("300,000", "1,200")."""
    figure = value.get("value")
    return value.get("low") == value.get("high") == figure and figure >= 100 and figure % 100 == 0
