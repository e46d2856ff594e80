import pytest

from summitcheck.normalize.numbers import parse_number, parse_ordinal, parse_quantity


@pytest.mark.parametrize("text,value", [
    ("five", 5), ("5", 5), ("1,234", 1234), ("3 trillion", 3e12), ("3,000 billion", 3e12),
    ("1.5bn", 1.5e9), ("a dozen", 12), ("half a million", 5e5), ("twenty-one", 21),
    ("10k", 1e4), ("three hundred and forty two", 342), ("16.4 million", 16.4e6),
])
def test_numbers_parse_digits_words_and_scales(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "hundreds", "yen", "multibillion", "five-year", "--"])
def test_numbers_reject_what_is_not_a_figure(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text,low,high", [
    ("more than 150", 151, None),     # counts: more than 150 is 151 or more
    ("at least 150", 150, None),
    ("up to 37", 0, 37),
    ("fewer than 10", 0, 9),
    ("about 150", 135, 165),          # about: +/-10 %
    ("nearly 40", 36, 40),            # nearly: a little below
    ("153", 153, 153),
])
def test_numbers_hedges_are_intervals(text, low, high):
    q = parse_quantity(text, integer=True)
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize("text,value", [("first", 1), ("first-ever", 1), ("inaugural", 1),
                                        ("15th", 15), ("twenty-first", 21), ("second", 2)])
def test_numbers_ordinals(text, value):
    assert parse_ordinal(text) == value
