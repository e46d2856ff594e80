"""Money: same-currency tolerance, and cross-currency comparison at the ECB's rate.

Rates are the European Central Bank's reference rates bundled with ``currencyconverter``
(offline), taken for the article's publication date or the nearest earlier business day.
Currencies the ECB does not publish (tenge, som, manat...) are compared only with figures
in the same currency; the finding says so.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from summitcheck.model import Claim
from summitcheck.rules.comparators.base import Comparator, CompareContext, Verdict


@lru_cache(maxsize=1)
def _converter():
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def ecb_currencies() -> frozenset[str]:
    return frozenset(_converter().currencies)


# How far past a currency's last published rate that rate may still stand in.
_STALE = timedelta(days=31)


@lru_cache(maxsize=1)
def _latest() -> date:
    """The last day of the bundled rates: currencies still published reach it."""
    return max(b.last_date for b in _converter().bounds.values())


@lru_cache(maxsize=4096)
def to_eur(amount: float, currency: str, on: str | None) -> float | None:
    """``amount`` in euros at the ECB rate of ``on`` (or the nearest earlier business day)."""
    conv = _converter()
    if currency not in conv.currencies:
        return None
    if currency == "EUR":
        return amount
    first, last = conv.bounds[currency]
    day = date.fromisoformat(on) if on else last
    if (on is None or day - last > _STALE) and _latest() - last > _STALE:
        # The ECB stopped publishing this currency (the rouble since March 2022): its last
        # rate says nothing about a later (or unknown) date, so the figure is compared only
        # in its own currency.
        return None
    day = min(max(day, first), last)
    for _ in range(15):
        try:
            return conv.convert(amount, currency, "EUR", date=day)
        except Exception:  # the library raises its own RateNotFoundError for missing days
            day -= timedelta(days=1)
    return None


def _readings(claim: Claim) -> list[dict]:
    out = [claim.value]
    if "alt" in claim.value:
        out.append(claim.value["alt"])
    return out


def _bounds(v: dict, reach: float = float("inf")) -> tuple[float, float]:
    """A figure's interval. An open lower bound ("more than $700 million") reaches ``reach``
    times above its figure: the press rounds down to a headline figure, so "more than $700
    million" and "over $400 million" are two different claims, not two true statements."""
    low = v["low"] if v.get("low") is not None else 0.0
    if v.get("high") is not None:
        high = v["high"]
    elif v.get("low") is not None and v["low"] > 0:
        high = v["low"] * (1 + reach)
    else:
        high = float("inf")
    return low, high


class NumericTolerance(Comparator):
    name = "numeric-tolerance"
    description = "Figures in the same unit agree within a relative tolerance."
    params = {"relative": (float, 0.05, "relative tolerance for rounded press figures"),
              "absolute": (float, 0.0, "absolute tolerance"),
              "more_than_reach": (float, 0.5, "how far above its figure an open lower bound reaches, as a fraction (.inf: unbounded)")}

    def bounds(self, v: dict) -> tuple[float, float]:
        return _bounds(v, float(self.p["more_than_reach"]))

    def close(self, a: tuple[float, float], b: tuple[float, float]) -> bool:
        # The tolerance is counted once, on the larger figure: 700 and 770 are 9% apart,
        # not within 5% of each other even though each is within 5% of 735.
        rel, ab = float(self.p["relative"]), float(self.p["absolute"])
        gap = max(a[0], b[0]) - min(a[1], b[1])
        if gap <= 0:
            return True
        scale = max(v for v in (a[0], a[1], b[0], b[1]) if v != float("inf"))
        return gap <= rel * scale + ab

    def compare(self, claims: list[Claim], ctx: CompareContext) -> Verdict:
        bad = []
        for i, j in self.cross_source_pairs(claims):
            a, b = claims[i].value, claims[j].value
            if a.get("currency") == b.get("currency") and not self.close(self.bounds(a), self.bounds(b)):
                bad.append((i, j))
        return self.verdict_from_pairs(claims, bad, ctx)


class CurrencyTolerance(NumericTolerance):
    name = "currency-tolerance"
    description = ("Money agrees within a relative tolerance, in the same currency or converted "
                   "at the ECB rate of each article's date; a figure given in two currencies "
                   "must agree with itself.")
    params = {**NumericTolerance.params,
              "absolute": (float, 0.0, "absolute tolerance, in the figure's currency"),
              "convert": (bool, True, "compare across currencies at ECB rates")}

    def compare(self, claims: list[Claim], ctx: CompareContext) -> Verdict:
        bad: list[tuple[int, int]] = []
        unconverted: set[str] = set()
        for i, claim in enumerate(claims):
            readings = _readings(claim)
            if len(readings) == 2 and self._disagree(readings[0], readings[1], ctx.published.get(claim.source),
                                                     ctx.published.get(claim.source), unconverted):
                bad.append((i, i))
        for i, j in self.cross_source_pairs(claims):
            pi, pj = ctx.published.get(claims[i].source), ctx.published.get(claims[j].source)
            if any(self._disagree(a, b, pi, pj, unconverted)
                   for a in _readings(claims[i]) for b in _readings(claims[j])):
                bad.append((i, j))
        verdict = self.verdict_from_pairs(claims, bad, ctx)
        if unconverted:
            verdict.detail = ("not converted (no ECB rate): " + ", ".join(sorted(unconverted))
                              + "; compared only within the same currency")
        return verdict

    def _spans(self, a: dict, b: dict) -> tuple[tuple[float, float], tuple[float, float]]:
        """Two floors ("at least $300 billion", "at least $250 billion") are two figures: a
        deal's floor is written as agreed, so they are compared as figures, not as ranges
        that overlap above both. "More than" rounds a figure down and stays a range."""
        if _floor(a) and _floor(b):
            return (a["low"], a["low"]), (b["low"], b["low"])
        return self.bounds(a), self.bounds(b)

    def _disagree(self, a: dict, b: dict, on_a: str | None, on_b: str | None, unconverted: set[str]) -> bool:
        (a0, a1), (b0, b1) = self._spans(a, b)
        if a["currency"] == b["currency"]:
            return not self.close((a0, a1), (b0, b1))
        if not self.p["convert"]:
            return False
        ra, rb = to_eur(1.0, a["currency"], on_a), to_eur(1.0, b["currency"], on_b)
        if ra is None or rb is None:
            unconverted.update(c for c, r in ((a["currency"], ra), (b["currency"], rb)) if r is None)
            return False
        return not self.close((a0 * ra, a1 * ra), (b0 * rb, b1 * rb))


def _floor(v: dict) -> bool:
    """"At least $300 billion" (not "more than $700 million", which rounds a figure down)."""
    return v.get("high") is None and v.get("low") is not None and 0 < v["low"] == v.get("amount")
