"""Numbers mixed with words, fractions and read-out decimals, and the number scanner."""

import pytest

from summitcheck.normalize.numbers import find_numbers, parse_number


@pytest.mark.parametrize("text,value", [
    ("4 thousand 3 hundred and 21", 4321), ("five and a half million", 5.5e6),
    ("3 million and a quarter", 3.25e6), ("one billion and three quarters million", 1.00075e9),
    ("two million and one half", 2.5e6), ("half a dozen", 6), ("three dozens", 36),
    ("nine point nought four", 9.04), ("two hundred point seventy-one", 200.71),
    ("three lakh crore", 3e12), ("322 hundred", 32200), ("1mm", 1e6), ("2mil", 2e6),
    ("three million, two hundred & forty", 3000240), ("1 234 567", 1234567),
    ("a hundred and two", 102), ("fifty - two", 52),
])
def test_wordnum_mixed_and_fractional_forms(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["and", "and and", "five six", "4000 3", "point five", "m", "5k-20k"])
def test_wordnum_rejects_what_is_not_one_number(text):
    assert parse_number(text) is None


def test_wordnum_scanner_splits_numbers_in_a_sentence():
    text = "Leaders of 21 economies met for two days; 4000 3 hundred and 21 are two numbers."
    assert [v for _, _, v in find_numbers(text)] == [21, 2, 4000, 321, 2]


def test_wordnum_scanner_gives_offsets_into_the_text():
    text = "The 2023 BRICS summit in Johannesburg admitted six new members."
    (start, end, value), *_ = [f for f in find_numbers(text) if f[2] == 6]
    assert text[start:end] == "six" and value == 6
