"""A source's absent leaders join its list of absent countries (model-based)."""

from summitcheck.align import align


def _absent_countries(claims):
    groups = [g for g in align(claims) if g.topic == "attendees" and g.subject is None]
    return [c.value for g in groups for c in g.claims if c.modality == "negated"]


def test_an_absent_leaders_country_joins_the_sources_absent_countries(extract_text):
    claims = extract_text("The presidents of Chile, Peru and Bolivia stayed away, as did Mexico's president.",
                          "2024-11-16")
    values = _absent_countries(claims)
    assert [v["members"] for v in values] == [["Bolivia", "Chile", "Mexico", "Peru"]]
    assert list(values[0]["absent_leaders"]) == ["Mexico"]  # what the list's own words do not say


def test_absent_leaders_stay_with_the_leaders_when_no_country_list_is_given(extract_text):
    claims = extract_text("Mexico's president did not attend.", "2024-11-16")
    assert _absent_countries(claims) == []
    assert any(g.topic == "leaders" for g in align(claims))
