"""Names with titles inside them, hosts of side occasions, sites and regions, and mentions of
other meetings or of times long past: short articles written for the test (model-based:
asserts properties of claims, not exact spans)."""

from summitcheck.align import align
from tests.conftest import of


def test_a_title_inside_a_tagged_name_is_read_as_the_title(extract_text):
    claims = extract_text("Canada's Prime Minister Justin Trudeau closed the summit on Saturday. The leaders "
                          "attended a dinner hosted by Governor General Mary Simon.", "2018-06-09")
    hosts = of(claims, "person", "host")
    assert [(c.value["text"], c.value["title"], c.value["country"]) for c in hosts] == [
        ("Justin Trudeau", "prime minister", "Canada")]


def test_royal_titles_stay_in_the_name(extract_text):
    claims = extract_text("Britain's King Charles III addressed the leaders on Friday.", "2023-12-01")
    assert "King Charles III" in [c.value["text"] for c in claims if c.kind == "person"]


def test_absent_through_a_relative_clause_or_present_only_on_a_screen(extract_text):
    claims = extract_text("Charles was representing his mother Queen Elizabeth, who did not attend. Russian President "
                          "Vladimir Putin appeared only on a screen.", "2022-06-24")
    leaders = of(claims, "set", "leaders")
    assert [(c.value["members"], c.modality) for c in leaders] == [(["Queen Elizabeth"], "negated")]


def test_other_groups_meetings_named_by_their_leaders(extract_text):
    claims = extract_text("NATO leaders meet in Washington on July 9-11, and G20 leaders gather in Rio de Janeiro on "
                          "November 18-19.", "2024-06-16")
    names = {c.value.get("event_name") for c in claims if c.topic in ("event-dates", "venue")}
    assert names == {"NATO", "G20"}


def test_a_place_of_another_conference_or_of_long_ago_is_not_the_venue(extract_text):
    lead = "Leaders met on Friday. They talked about trade. They talked about Africa. They talked about migration. "
    claims = extract_text(lead + "Zelensky has gone on to Switzerland, where dozens of countries are meeting on "
                          "Saturday at the Alpine resort for a conference on peace.", "2024-06-15")
    assert [c.event for c in claims if c.kind == "place" and c.topic == "venue"] == ["other"]
    claims = extract_text("Still, a club that began in 2009 as four countries meeting in Yekaterinburg has become a "
                          "forum that few governments want to be left out of.", "2024-10-25")
    assert [c.event for c in claims if c.kind == "place" and c.topic == "venue"] == ["other"]


def test_a_region_backs_a_venue_but_a_site_is_named_without_its_kind(extract_text):
    claims = extract_text("Leaders gathered at the Borgo Egnazia resort in Apulia on Friday.", "2024-06-14")
    places = {c.value["text"]: (c.value.get("canonical"), c.basis) for c in claims if c.kind == "place"}
    assert places["Borgo Egnazia resort"][0] == "Borgo Egnazia"
    assert places["Apulia"][1] == "region"


def test_a_continent_is_not_a_town(extract_text):
    claims = extract_text("The meeting most closely watched in Asia may take place away from the main hall.",
                          "2024-10-22")
    assert [c for c in claims if c.kind == "place"] == []


def test_firsts_of_newcomers_of_a_changed_group_and_of_one_person(extract_text):
    claims = extract_text("It will be the first summit for Egypt and Iran, which joined the group. The summit, the "
                          "first of the enlarged group, produced a declaration. It was the first gathering of the "
                          "enlarged group. Indian Prime Minister Narendra Modi, on his second visit to Russia this year, met Putin.", "2024-10-22")
    ordinals = [(c.topic, c.subject) for c in claims if c.kind == "ordinal"]
    assert ("ordinal:summit", "Egypt, Iran") in ordinals
    assert ("ordinal:visit", "Narendra Modi") in ordinals
    assert not [t for t, _ in ordinals if t == "edition"]
    groups = [g for g in align(claims) if g.topic == "ordinal:distinction"]
    assert [len(g.claims) for g in groups] == [2]


def test_a_year_counted_from_dates_nothing_else_in_the_clause(extract_text):
    claims = extract_text("Organisers said 48 heads of state were taking part in the first such summit since 2015.",
                          "2023-07-17")
    assert [(c.value["value"], c.event) for c in claims if c.kind == "count"] == [(48.0, "main")]


def test_a_venue_named_through_its_kind_or_where_leaders_came(extract_text):
    claims = extract_text("The leaders met on the sidelines of a summit in the Brazilian city of Belem. President "
                          "Lula welcomed the leaders to Belem as the summit got under way. Forty leaders came to "
                          "Belem for the two-day summit.", "2025-11-07")
    assert [c.value["text"] for c in of(claims, "place", "venue")] == ["Belem", "Belem", "Belem"]
    # where one came for a side meeting, or with no event named, is no venue
    claims = extract_text("Lula came to Washington for talks with Trump. Modi came to Moscow in July.", "2025-11-07")
    assert of(claims, "place", "venue") == []


def test_a_place_a_resort_in_apposition_is_a_site(extract_text):
    claims = extract_text("The leaders gathered at Forte Village, a resort on the coast of Sardinia, for the summit.",
                          "2024-06-14")
    [site] = of(claims, "place", "venue")
    assert (site.value["level"], site.subject) == ("site", "building")


def test_the_leaders_declaration_and_the_leaders_communique_are_the_outcome(extract_text):
    communique = extract_text("Later on Friday the leaders released the Apulia G7 Leaders' Communique.", "2024-06-14")
    declaration = extract_text("The Brindisi G7 Leaders' Declaration, published on Friday, carried her stamp.",
                               "2024-06-15")
    other = extract_text("They also adopted the G7 Leaders' Statement on Ukraine.", "2024-06-15")
    for claims, source in ((communique, "a.txt"), (declaration, "b.txt"), (other, "c.txt")):
        for c in claims:
            c.source = source
    docs = [c for c in communique + declaration + other if c.topic == "documents"]
    assert [bool(c.value.get("outcome")) for c in docs] == [True, True, False]
