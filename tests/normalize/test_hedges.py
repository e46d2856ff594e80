"""Every hedge in the one table (numbers.HEDGE_PHRASES, TRAILING_HEDGES) widens a figure the
way its kind says, and figures in running text pick up their hedge or range."""

import pytest

from summitcheck.normalize.money import parse_money
from summitcheck.normalize.numbers import (
    HEDGE_PHRASES,
    TRAILING_HEDGES,
    find_quantities,
    hedge_interval,
    parse_quantity,
)

# What each kind allows around 100 (a count), as the table in numbers.py states it.
EXPECTED = {
    "more_than": (101, None), "at_least": (100, None), "less_than": (0, 99), "up_to": (0, 100),
    "about": (90, 110), "nearly": (90, 100),
}


@pytest.mark.parametrize("phrase,kind", [(p, k) for k, ps in HEDGE_PHRASES.items() for p in ps])
def test_hedges_before_a_figure_widen_it(phrase, kind):
    q = parse_quantity(f"{phrase} 100", integer=True)
    assert q is not None and q.hedge == kind
    assert (q.low, q.high) == EXPECTED[kind]


@pytest.mark.parametrize("phrase,kind", sorted(TRAILING_HEDGES.items()))
def test_hedges_after_a_figure_widen_it(phrase, kind):
    q = parse_quantity(f"100 {phrase}", integer=True)
    assert q is not None and (q.low, q.high) == EXPECTED[kind]


def test_hedges_on_amounts_are_not_rounded_to_whole_units():
    assert (hedge_interval(2.5, "more_than").low, hedge_interval(2.5, "less_than").high) == (2.5, 2.5)
    assert hedge_interval(2.5, None) .low == hedge_interval(2.5, None).high == 2.5


@pytest.mark.parametrize("text,low,high", [
    ("more than $5 billion", 5e9, None),
    ("up to 37 billion yen", 0, 37e9),
    ("nearly US$35bn", 31.5e9, 35e9),
    ("about €200 million", 180e6, 220e6),
    ("some 3 trillion yen", 2.7e12, 3.3e12),
])
def test_hedges_widen_money_the_same_way(text, low, high):
    m = parse_money(text)
    assert m.low == pytest.approx(low) and (m.high == pytest.approx(high) if high is not None else m.high is None)


@pytest.mark.parametrize("text,low,high", [
    ("Attendance at the 2024 Paris Olympics opening was more than 300,000", 300000, None),
    ("between 20 and 30 heads of state", 20, 30),
    ("The 2023 G20 summit drew 1000-5000 delegates", 1000, 5000),
    ("greater than 100 and smaller than 300", 100, 300),
    ("no more than 50 and no less than 20", 20, 50),
    ("x>10", 10, None),
    ("<= 100", 0, 100),
    ("five hundred or more", 500, None),
])
def test_quantities_in_text_carry_their_hedge(text, low, high):
    found = [iv for _, _, iv in find_quantities(text)]
    assert any(iv.low == low and iv.high == high for iv in found), found


def test_ranges_written_with_scale_words_are_not_added_up():
    assert [(iv.low, iv.high) for _, _, iv in find_quantities("5k-20k")] == [(5000, 20000)]
