import pytest

from summitcheck.normalize.money import parse_money


@pytest.mark.parametrize("text,amount,currency", [
    ("3 trillion yen", 3e12, "JPY"), ("$19 billion", 19e9, "USD"), ("3,000 billion yen", 3e12, "JPY"),
    ("US$ 1.2bn", 1.2e9, "USD"), ("€200 million", 2e8, "EUR"), ("EUR 200 million", 2e8, "EUR"),
    ("75 USD million", 75e6, "USD"), ("five million yen", 5e6, "JPY"), ("100 billion yuan", 1e11, "CNY"),
    ("323 million euros", 323e6, "EUR"), ("hk $ 10.05 billion", 10.05e9, "HKD"),
    ("50 billion tenge", 5e10, "KZT"), ("£8.1 million", 8.1e6, "GBP"),
])
def test_money_symbols_codes_names_and_scales(text, amount, currency):
    m = parse_money(text)
    assert (m.amount, m.currency) == (amount, currency)


def test_money_hedges_widen_the_interval():
    m = parse_money("nearly $35 billion")
    assert (m.low, m.high) == (31.5e9, 35e9)
    assert parse_money("more than $5 billion").high is None


@pytest.mark.parametrize("text", ["3 trillion", "multibillion-dollar deals", "yen", ""])
def test_money_needs_a_currency_and_a_figure(text):
    assert parse_money(text) is None


@pytest.mark.parametrize("text", ["at COP28 in Dubai", "delegates left COP29 in Baku"])
def test_money_a_code_glued_to_a_small_number_is_a_name(text):
    from summitcheck.normalize.money import find_money

    assert find_money(text) == []
