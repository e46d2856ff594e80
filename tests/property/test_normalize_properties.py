"""Properties every normaliser keeps on any string: it never raises, its interval is never
upside down (low <= high, None = unbounded), and the same input gives the same value.

Random text alone rarely looks like "nearly $35 billion", so each strategy mixes free text
with text built from the normaliser's own vocabulary (hedges, scale words, month names,
currency names), where the interesting branches are.
"""

from __future__ import annotations

import math
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summitcheck.normalize.dates import MONTHS, WEEKDAYS, parse_date
from summitcheck.normalize.money import parse_money
from summitcheck.normalize.numbers import (
    HEDGES,
    SCALES,
    SMALL_WORDS,
    hedge_interval,
    parse_number,
    parse_ordinal,
    parse_quantity,
    split_hedge,
)
from summitcheck.normalize.places import canonical_country, is_country, is_demonym

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

figures = st.one_of(
    st.integers(min_value=-10**6, max_value=10**30).map(str),
    st.integers(min_value=0, max_value=10**12).map(lambda n: f"{n:,}"),
    st.floats(allow_nan=False, allow_infinity=False).map(str),
    st.text(alphabet="0123456789,.-+", max_size=40),
    st.sampled_from(["one", "twenty-one", "a dozen", "half a", "three hundred", "seventy five", "1e400"]),
    st.integers(min_value=300, max_value=5000).map(lambda n: "9" * n),  # beyond float range
)
words = st.one_of(
    st.sampled_from(sorted(HEDGES)), st.sampled_from(sorted(SCALES)), st.sampled_from(sorted(SMALL_WORDS)),
    st.sampled_from(["yen", "dollars", "euros", "US$", "$", "€", "£", "HK$", "USD", "JPY", "EUR", "rouble", "of"]),
    st.sampled_from(sorted(MONTHS)), st.sampled_from(sorted(WEEKDAYS)),
    st.sampled_from(["-", "–", "to", "and", "through", "the", "last", "next", "st", "th", "ever", ",", ".", "/"]),
    figures,
)
phrases = st.lists(words, max_size=6).map(" ".join)
any_text = st.one_of(st.text(max_size=80), phrases, st.lists(words, max_size=6).map("".join))
# Dates need their pieces in a few particular orders ("20 December - 19 December 2025"):
# draw mostly from date vocabulary so those orders come up.
date_words = st.one_of(
    st.integers(min_value=0, max_value=40).map(str), st.sampled_from(sorted(MONTHS)),
    st.integers(min_value=1790, max_value=2110).map(str), st.sampled_from(sorted(WEEKDAYS)),
    st.sampled_from(["-", "–", "to", "and", "through", "of", "on", "the", "last", "next", "th", ",", "/", "yesterday"]),
)
DATE_FORMS = ["{d} {m}{to}{d2} {m2} {y}", "{d} {m}{to}{d2} {m2}", "{m} {d}{to}{m2} {d2}, {y}",
              "{m} {d}{to}{d2}, {y}", "{m} {d} {y}{to}{m2} {d2} {y2}", "{d}{to}{d2} {m} {y}",
              "{m}{to}{m2} {y}", "{y}{to}{y2}", "{y}-{mn}-{d}", "{mn}/{d}/{y}", "{wd} {m} {d}"]
date_forms = st.builds(
    lambda form, **parts: form.format(**parts), st.sampled_from(DATE_FORMS),
    d=st.integers(0, 40), d2=st.integers(0, 40), mn=st.integers(0, 13), m=st.sampled_from(sorted(MONTHS)),
    m2=st.sampled_from(sorted(MONTHS)), y=st.integers(1, 9999), y2=st.integers(0, 9999),
    wd=st.sampled_from(sorted(WEEKDAYS)), to=st.sampled_from([" - ", "–", " to ", " and ", " through "]),
)
date_text = st.one_of(any_text, date_forms, st.lists(date_words, min_size=1, max_size=7).map(" ".join))
references = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
tenses = st.sampled_from([None, "past", "future"])


def _ordered(low, high) -> bool:
    if low is None or high is None:
        return True
    return not math.isnan(low) and not math.isnan(high) and low <= high


@SETTINGS
@given(date_text, references, tenses)
def test_dates_never_raise_and_start_is_not_after_end(text, reference, tense):
    value = parse_date(text, reference, tense=tense)
    if value is not None:
        assert value.start <= value.end
        assert value.granularity in ("day", "month", "year")
        assert value.to_value()["start"] <= value.to_value()["end"]
    assert parse_date(text, reference, tense=tense) == value


@SETTINGS
@given(any_text)
def test_money_never_raises_and_interval_holds_the_amount(text):
    value = parse_money(text)
    if value is not None:
        assert math.isfinite(value.amount) and value.amount >= 0
        assert len(value.currency) == 3 and value.currency.isupper()
        assert _ordered(value.low, value.high)
        assert _ordered(value.low, value.amount) and _ordered(value.amount, value.high)
    assert parse_money(text) == value


@SETTINGS
@given(any_text)
def test_numbers_never_raise_and_are_finite(text):
    value = parse_number(text)
    if value is not None:
        assert math.isfinite(value)
    assert parse_number(text) == value


@SETTINGS
@given(any_text, st.booleans())
def test_quantities_never_raise_and_low_is_not_above_high(text, integer):
    value = parse_quantity(text, integer=integer)
    if value is not None:
        assert _ordered(value.low, value.high)
    assert parse_quantity(text, integer=integer) == value


@SETTINGS
@given(st.floats(allow_nan=False, allow_infinity=False), st.sampled_from([None, *sorted(set(HEDGES.values()))]), st.booleans())
def test_hedge_interval_is_never_upside_down(value, hedge, integer):
    """Callers pass parse_number's values, which are always finite."""
    iv = hedge_interval(value, hedge, integer=integer)
    assert _ordered(iv.low, iv.high)


@SETTINGS
@given(any_text)
def test_hedge_split_never_raises_and_is_stable(text):
    hedge, rest = split_hedge(text)
    assert hedge is None or hedge in set(HEDGES.values())
    assert isinstance(rest, str)
    assert split_hedge(text) == (hedge, rest)


@SETTINGS
@given(st.one_of(any_text, st.integers(min_value=1, max_value=6000).map(lambda n: "7" * n + "th")))
def test_ordinals_never_raise_and_are_positive(text):
    value = parse_ordinal(text)
    if value is not None:
        assert value >= 0
    assert parse_ordinal(text) == value


@SETTINGS
@given(st.one_of(st.text(max_size=60), st.sampled_from(["Japan", "the U.S.", "Kenyan", "Britain's", "Slovak Republic",
                                                        "Japanese", "South African", "'s", "the", "."])))
def test_places_never_raise_and_are_stable(text):
    name = canonical_country(text)
    assert name is None or (isinstance(name, str) and name)
    assert canonical_country(text) == name
    assert is_country(text) == (name is not None)
    assert isinstance(is_demonym(text), bool)
