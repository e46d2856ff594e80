"""Side occasions of the event: a reception, a dinner, a lunch, dated and placed on their own
and compared per kind of occasion, never as the event's days or venue. Short articles
written for the test (model-based: asserts properties of claims, not exact spans)."""

import pytest

from tests.conftest import of


@pytest.mark.parametrize("text,published,kind,day", [
    pytest.param("Leaders were due to attend an evening reception on Monday at the Palacio de Cristal.",
                 "2022-06-27", "reception", "2022-06-27", id="the occasion's own day"),
    pytest.param("King Felipe was due to host the leaders at a banquet at the Royal Palace later on Tuesday.",
                 "2022-06-28", "dinner", "2022-06-28", id="a banquet is a dinner, hosted at it"),
    pytest.param("King Felipe will host a lunch for the leaders on Wednesday.", "2022-06-27", "lunch", "2022-06-29",
                 id="hosting the occasion"),
])
def test_a_side_occasions_day_is_its_own(extract_text, text, published, kind, day):
    claims = extract_text(text, published)
    assert [(c.subject, c.value["start"]) for c in of(claims, "date", "side-occasion")] == [(kind, day)]
    assert of(claims, "date", "event-dates") == []


def test_a_side_occasions_building_is_compared_apart_from_its_town(extract_text):
    claims = extract_text("King Felipe hosted the leaders at a dinner at the Royal Palace on Tuesday. The leaders "
                          "were due to attend a lunch hosted by the mayor in nearby Toledo on Wednesday.", "2022-06-29")
    places = [(c.subject, c.value["text"]) for c in of(claims, "place", "side-occasion")]
    assert places == [("dinner: building", "Royal Palace"), ("lunch", "Toledo")]
    assert of(claims, "place", "venue") == []


def test_hosting_the_leaders_in_a_town_is_still_the_events(extract_text):
    claims = extract_text("Sanchez will host the leaders in Madrid on Tuesday.", "2022-06-27")
    assert of(claims, "date", "side-occasion") == [] and of(claims, "place", "side-occasion") == []
    assert [c.value["start"] for c in of(claims, "date", "event-dates")] == ["2022-06-28"]
