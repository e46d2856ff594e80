"""Money as newswires and the peer suites write it, and the money scanner over a sentence."""

import pytest

from summitcheck.normalize.money import find_money, parse_money


@pytest.mark.parametrize("text,amount,currency", [
    ("c $ 16.4 million", 16.4e6, "CAD"), ("usd$ 15", 15, "USD"), ("Mex$ 10 million", 1e7, "MXN"),
    ("30 MUSD", 3e7, "USD"), ("MAUD 60", 6e7, "AUD"), ("115USD", 115, "USD"), ("10 rmb", 10, "CNY"),
    ("rmb 10", 10, "CNY"), ("dollar 22.5 million", 2.25e7, "USD"), ("50 cents", 0.5, "USD"),
    ("470 pence", 4.7, "GBP"), ("thirteen dollars and forty-five cents", 13.45, "USD"),
    ("15 dollars 50", 15.5, "USD"), ("17 USD 25", 17.25, "USD"), ("10 €", 10, "EUR"),
    ("100元", 100, "CNY"), ("$2.174T", 2.174e12, "USD"), ("half million usd", 5e5, "USD"),
    ("75 USD million", 7.5e7, "USD"),
])
def test_money_forms(text, amount, currency):
    m = parse_money(text)
    assert (m.amount, m.currency) == (pytest.approx(amount), currency)


def test_money_scanner_reads_each_figure_once_with_its_offsets():
    text = ("At the 2023 G20 summit in New Delhi, a $ 1 billion fund and 3 trillion yen ($19 "
            "billion) were mentioned, and a 12-cent fee.")
    found = [(text[s:e], m.amount, m.currency) for s, e, m in find_money(text)]
    assert found == [("$ 1 billion", 1e9, "USD"), ("3 trillion yen", 3e12, "JPY"),
                     ("$19 billion", 19e9, "USD"), ("12-cent", 0.12, "USD")]


@pytest.mark.parametrize("text", ["a $5 fee", "of $5"])
def test_money_scanner_does_not_take_words_before_a_dollar_sign_as_a_prefix(text):
    [(_, _, m)] = find_money(text)
    assert (m.amount, m.currency) == (5, "USD")


def test_money_scanner_ignores_words_that_are_not_money():
    assert find_money("It may need one kuai and five mao five; 20 million people") == []


def test_an_article_before_a_dollar_sign_is_no_currency_prefix():
    from summitcheck.normalize.money import find_money

    found = [(m.amount, m.currency) for _, _, m in find_money("Analysis: A $300 billion compromise, not A$300 billion")]
    assert found == [(3e11, "USD"), (3e11, "AUD")]
