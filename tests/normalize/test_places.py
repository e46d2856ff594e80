import pytest

from summitcheck.normalize.places import canonical_country


@pytest.mark.parametrize("text,country", [
    ("Kazakhstan", "Kazakhstan"), ("Kazakhstan's", "Kazakhstan"), ("Kazakhstans", "Kazakhstan"),
    ("the Kyrgyz Republic", "Kyrgyzstan"), ("Kazakh", "Kazakhstan"), ("U.S.", "United States"),
    ("Britain", "United Kingdom"), ("Russia", "Russia"), ("Japanese", "Japan"),
])
def test_places_aliases_demonyms_and_possessives(text, country):
    assert canonical_country(text) == country


@pytest.mark.parametrize("text", ["Tokyo", "Central Asia", "EU", "", "the Americas", "Americas", "the Koreas"])
def test_places_non_countries_are_none(text):
    assert canonical_country(text) is None


@pytest.mark.parametrize("name, known", [("St Petersburg", True), ("St. Petersburg", True), ("St Louis", True),
                                         ("St", False), ("Stockholm", True)])
def test_a_saint_city_without_the_full_stop_is_known(name, known):
    from summitcheck.normalize.cities import is_city

    assert is_city(name) is known


@pytest.mark.parametrize("name, current", [("Nur-Sultan", "Astana"), ("Astana", "Astana"), ("Bombay", "Mumbai"),
                                           ("New Delhi", "New Delhi"), ("Reading", "Reading")])
def test_a_city_under_a_former_name_is_the_city(name, current):
    from summitcheck.normalize.cities import capital_of, current_city_name

    assert current_city_name(name) == current
    # the country table's capital may be a former name; a capital is given by its name now
    assert (capital_of("Kazakhstan"), capital_of("India")) == ("Astana", "New Delhi")
