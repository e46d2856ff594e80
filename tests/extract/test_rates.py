"""Rates in per cent on a rate noun, read from their words and the parse (model-based: asserts
properties of claims, not exact spans)."""

import pytest

from summitcheck.pipeline import verify

from tests.conftest import of

OPENING = "Leaders met for a three-day summit. "


@pytest.mark.parametrize("text, subject, low, high", [
    ("The communique endorsed the global minimum corporate tax rate of at least 15% agreed by ministers.",
     "tax rate", 15.0, None),
    ("The endorsement of a 15% global minimum corporate tax rate was real progress.", "tax rate", 15.0, 15.0),
    ("The leaders backed a 15 per cent global minimum corporate tax rate.", "tax rate", 15.0, 15.0),
    ("Washington imposed a 25 per cent tariff on steel.", "tariff on steel", 25.0, 25.0),
    ("The bank raised its interest rate to 5.25 percent.", "interest rate", 5.25, 5.25),
    ("Ireland's 12.5 per cent corporate tax rate angered France.", "Ireland: tax rate", 12.5, 12.5),
])
def test_a_figure_in_per_cent_on_a_rate_noun_is_that_rate(extract_text, text, subject, low, high):
    rates = of(extract_text(OPENING + text, "2021-06-13"), "count", "rate")
    assert [(c.subject, c.value["low"], c.value["high"]) for c in rates] == [(subject, low, high)]


@pytest.mark.parametrize("text", [
    "More than 100 countries pledged to cut methane emissions by at least 30 percent.",
    "The bloc is home to more than 40% of the world's population.",
    "Turnout rose 15% on the previous vote.",
])
def test_a_figure_in_per_cent_on_no_rate_noun_is_no_rate(extract_text, text):
    claims = extract_text(OPENING + text, "2021-06-13")
    assert of(claims, "count", "rate") == []
    assert all(c.value.get("unit") != "percent" or c.topic == "share" for c in claims if c.kind == "count")


def test_rates_agree_as_a_floor_and_the_bare_figure_and_a_higher_floor_conflicts(tmp_path):
    texts = {"a.txt": "date 2021-06-13\n\nThe leaders endorsed a global minimum corporate tax rate of at least 15%.",
             "b.txt": "date 2021-06-14\n\nThe endorsement of a 15% global minimum corporate tax rate was progress."}
    for name, text in texts.items():
        (tmp_path / name).write_text(text)
    result = verify([str(tmp_path)])
    assert [(f.status, f.rule) for f in result.findings if f.topic == "rate"] == [("agree", "rate-consistency")]
    (tmp_path / "a.txt").write_text(texts["a.txt"].replace("15%", "21%"))
    result = verify([str(tmp_path)])
    assert [(f.status, f.rule) for f in result.findings if f.topic == "rate"] == [("conflict", "rate-consistency")]
