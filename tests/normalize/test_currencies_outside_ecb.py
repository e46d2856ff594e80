"""Currencies the ECB does not publish are read, kept apart, and named in the finding; the
money tolerance is the rule file's (default 5%)."""

import pytest

from summitcheck.model import Claim
from summitcheck.normalize.money import parse_money
from summitcheck.rules.comparators import REGISTRY
from summitcheck.rules.comparators.base import CompareContext
from summitcheck.rules.comparators.money import ecb_currencies

PUB = {"a": "2024-07-04", "b": "2024-07-04"}  # the Astana SCO summit


def _claim(source, amount, currency):
    value = {"amount": amount, "currency": currency, "low": amount, "high": amount}
    return Claim(source=source, kind="money", topic="t", text="x", sentence="x", start=0, end=1,
                 modality="reported", value=value)


@pytest.mark.parametrize("text,code", [
    ("50 billion tenge", "KZT"), ("2 billion som", "KGS"), ("10 trillion sum", "UZS"),
    ("300 million manat", "TMT"), ("1 billion azerbaijani manat", "AZN"), ("5 million somoni", "TJS"),
])
def test_currencies_outside_ecb_are_read_and_not_published_by_the_ecb(text, code):
    assert parse_money(text).currency == code
    assert code not in ecb_currencies()


@pytest.mark.parametrize("code", ["KZT", "KGS", "UZS", "TMT", "AZN"])
def test_currencies_outside_ecb_compare_within_their_own_currency(code):
    compare = REGISTRY["currency-tolerance"]({}).compare
    same = compare([_claim("a", 1e9, code), _claim("b", 2e9, code)], CompareContext(PUB))
    assert same.status == "conflict"
    across = compare([_claim("a", 1e9, code), _claim("b", 5e6, "USD")], CompareContext(PUB))
    assert across.status == "agree" and code in across.detail and "same currency" in across.detail


def test_money_tolerance_is_five_percent_in_the_shipped_rule():
    from summitcheck.rules.loader import load_rules

    rule = next(r for r in load_rules().rules if r.id == "money-consistency")
    assert rule.params["relative"] == 0.05
    compare = REGISTRY[rule.comparator](rule.params).compare
    assert compare([_claim("a", 100e6, "KZT"), _claim("b", 104e6, "KZT")], CompareContext(PUB)).status == "agree"
    assert compare([_claim("a", 100e6, "KZT"), _claim("b", 106e6, "KZT")], CompareContext(PUB)).status == "conflict"
