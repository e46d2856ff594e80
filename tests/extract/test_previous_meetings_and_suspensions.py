"""The previous meeting of a series, a country's suspension from a body, casualties counted by
their verb and arrivals by air: short articles written for the test (model-based: asserts
properties of claims, not exact spans)."""

import pytest

from summitcheck.align import align
from tests.conftest import of

LEAD = "Leaders of the Pacific Islands Forum met in Nuku'alofa this week. "


def test_the_previous_meeting_of_the_series_is_compared_apart(extract_text):
    claims = extract_text(LEAD + "The previous forum summit was held in Suva last November, after a long pause. "
                          "Fiji, which hosted the previous summit in Suva in November, handed over the chair.",
                          "2024-08-28")
    previous = [c for c in claims if c.event == "previous"]
    assert {(c.kind, c.value.get("text") or c.value.get("start")) for c in previous} >= {
        ("place", "Suva"), ("date", "2023-11-01")}
    assert all(c.event != "main" for c in claims if c.kind == "place" and c.value["text"] == "Suva")
    groups = {(g.event, g.kind, g.topic): len(g.claims) for g in align(claims)}
    assert groups[("previous", "place", "venue")] == 2


def test_last_and_next_with_a_month_name_one_month():
    import datetime
    from summitcheck.normalize.dates import parse_date
    value = parse_date("last November", datetime.date(2024, 8, 28))
    assert (value.start, value.end) == (datetime.date(2023, 11, 1), datetime.date(2023, 11, 30))


def test_a_country_suspended_from_a_body_dates_its_suspension(extract_text):
    claims = extract_text(LEAD + "It was his first summit since Niger was suspended from the bloc in 2023. "
                          "Russia was expelled from the G8 in 2014. "
                          "Observers recalled Mali's suspension in 2021.", "2024-08-28")
    found = {(c.subject, c.value["start"][:4]) for c in of(claims, "date", "suspension")}
    assert found == {("Niger", "2023"), ("Russia", "2014"), ("Mali", "2021")}


@pytest.mark.parametrize("named, compared", [
    ("", {}),
    ("Syria was suspended from the league in 2011. ", {"Syria": ["2011", "2012"]}),
    ("Syria was suspended in 2011. Libya was suspended from the league in 2011. ",
     {"Syria": ["2011"], "Libya": ["2011"]}),
])
def test_a_suspension_of_no_named_country_is_the_one_the_article_names(extract_text, named, compared):
    claims = extract_text(LEAD + named + "The welcome ended an exclusion that began in 2012.", "2024-08-28")
    groups = {g.subject: sorted(c.value["start"][:4] for c in g.claims) for g in align(claims)
              if g.topic == "suspension"}
    assert groups == compared


def test_people_killed_are_casualties_not_attendance(extract_text):
    claims = extract_text(LEAD + "The cyclone killed more than 1,200 people last year. "
                          "The forum drew 5,000 people.", "2024-08-28")
    assert [c.topic for c in claims if c.kind == "count" and c.value["value"] == 5000] == ["attendance"]
    assert [c.topic for c in claims if c.kind == "count" and c.value["value"] == 1200] == ["casualties"]


def test_flying_into_a_city_is_an_arrival(extract_text):
    claims = extract_text(LEAD + "Sitiveni Rabuka, who flew into Nuku'alofa on Monday morning, met the host.",
                          "2024-08-28")
    assert [(c.subject, c.value["start"]) for c in of(claims, "date", "arrival")] == [("Sitiveni Rabuka", "2024-08-26")]


def test_a_city_named_after_a_place_word_in_apposition_is_placed(extract_text):
    claims = extract_text(LEAD + "Leaders arrived for the summit in the Tongan capital, Nuku'alofa, on Monday. "
                          "The previous summit in Tunis was held in November.", "2024-08-28")
    assert "Nuku'alofa" in [c.value["text"] for c in of(claims, "place", "venue")]
    # a known city the tagger labels a language ("Tunis") is a place all the same
    assert [c.value["text"] for c in of(claims, "place", "venue", event="previous")] == ["Tunis"]


def test_the_day_a_suspension_was_lifted_is_not_when_it_began(extract_text):
    claims = extract_text(LEAD + "Mali's suspension was lifted on March 3. The bloc lifted Niger's suspension "
                          "on March 5.", "2024-03-10")
    assert of(claims, "date", "suspension") == []


def test_members_a_body_has_suspended_are_absent_now_but_not_from_a_past_act(extract_text):
    claims = extract_text(LEAD + "Mali, Niger and Gabon are suspended from the bloc. Chad and Sudan have been "
                          "suspended following coups. Guinea and Burundi will not be represented. Eritrea and "
                          "Libya sat out the two-day summit.", "2024-02-19")
    absent = [sorted(c.value["members"]) for c in of(claims, "set", "attendees") if c.modality == "negated"]
    assert absent == [["Gabon", "Mali", "Niger"], ["Chad", "Sudan"], ["Burundi", "Guinea"], ["Eritrea", "Libya"]]
    claims = extract_text(LEAD + "Fiji and Samoa were suspended in 2009.", "2024-02-19")
    assert [c for c in of(claims, "set", "attendees") if c.modality == "negated"] == []


def test_a_countrys_capital_named_by_its_adjective_is_that_city(extract_text):
    claims = extract_text("Leaders met for a second day in the Ethiopian capital on Sunday. The talks in "
                          "Kenya's capital ended on Monday.", "2024-02-19")
    assert [c.value["text"] for c in of(claims, "place", "venue")] == ["Addis Ababa", "Nairobi"]


def test_a_place_of_fighting_or_a_deal_dated_by_its_month_is_not_the_events(extract_text):
    claims = extract_text(LEAD + "The chair opened the meeting on Saturday with a condemnation of the army's "
                          "offensive in Gaza. Tensions over Ethiopia's January port deal hung over the meeting.",
                          "2024-02-19")
    assert [c.value["text"] for c in of(claims, "place", "venue")] == ["Nuku'alofa"]
    assert all(c.value["start"] != "2024-01-01" for c in of(claims, "date", "event-dates"))


def test_taking_over_or_being_handed_a_chair_dates_taking_office(extract_text):
    claims = extract_text(LEAD + "Mohamed Ould Ghazouani took over the rotating chairmanship on Saturday. "
                          "Azali Assoumani, who was handed the chairmanship at Sunday's closing session, "
                          "spoke.", "2024-02-19")
    assert {(c.subject, c.value["start"]) for c in of(claims, "date", "sworn-in")} == {
        ("Mohamed Ould Ghazouani", "2024-02-17"), ("Azali Assoumani", "2024-02-18")}


def test_an_office_named_after_a_name_the_tagger_took_for_an_organisation(extract_text):
    claims = extract_text("In his speech, Moussa Faki Mahamat, the chairperson of the African Union Commission, "
                          "condemned the coups. Moussa Faki, the AU Commission chairperson, spoke first.",
                          "2024-02-19")
    offices = [c for c in of(claims, "person", "office")]
    assert [(c.subject, c.value["text"]) for c in offices] == [
        ("African Union Commission chairperson", "Moussa Faki Mahamat"), ("AU Commission chairperson", "Moussa Faki")]
    # the acronym and the name spelled out are one office, held by one person
    groups = [g for g in align(claims) if g.topic == "office"]
    assert [len(g.claims) for g in groups] == [2]


def test_a_quoted_theme_is_read_whole_and_compared_by_its_words(extract_text):
    claims = extract_text(LEAD + 'The forum adopted the theme of the year for 2024, "Educate an African fit for the '
                          '21st century", after a long debate. The theme for 2024 is education.', "2024-02-19")
    assert [c.value["text"] for c in of(claims, "text", "theme")] == ["Educate an African fit for the 21st century"]
    assert of(claims, "ordinal") == []  # "21st" inside the quotation is no edition


def test_two_sources_quoting_a_theme_agree_in_any_case_and_conflict_on_other_words(tmp_path):
    from summitcheck.pipeline import verify
    (tmp_path / "a.txt").write_text('date 2024-02-17 Summit\n\nThe theme, "Educate an African fit for the 21st '
                                    'century", was unveiled.\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text('date 2024-02-18 Summit\n\nUnder the theme "Educate an African Fit for the '
                                    '21st Century", leaders met.\n', encoding="utf-8")
    (tmp_path / "c.txt").write_text('date 2024-02-18 Summit\n\nUnder the theme "Silencing the Guns", leaders '
                                    'met.\n', encoding="utf-8")
    themes = [f for f in verify([str(tmp_path / n) for n in ("a.txt", "b.txt")]).findings if f.topic == "theme"]
    assert [f.status for f in themes] == ["agree"]
    themes = [f for f in verify([str(tmp_path / n) for n in ("a.txt", "c.txt")]).findings if f.topic == "theme"]
    assert [f.status for f in themes] == ["conflict"]


def test_a_persons_slogan_or_campaign_theme_is_no_theme_of_the_meeting(extract_text):
    claims = extract_text(LEAD + 'Playing on the campaign slogan "drill, baby, drill", he said: "Plug, baby, plug." '
                          'His campaign theme, "Make Tonga Great", drew laughs.', "2024-02-19")
    assert of(claims, "text", "theme") == []


def test_a_figure_of_people_the_tagger_calls_money_is_a_count(extract_text):
    # the small model tags "more than 1.4 billion" as MONEY here; with no currency it is a count
    claims = extract_text("Speakers said a continent of more than 1.4 billion people could no longer be kept "
                          "out. Japan pledged $5 billion in aid to Africa.", "2024-02-18")
    assert [(c.subject, c.value["value"]) for c in of(claims, "count", "population")] == [("continent", 1.4e9)]
    assert [c.value["amount"] for c in of(claims, "money")] == [5e9]


def test_a_lead_setting_its_day_in_the_venues_town_dates_the_event(extract_text):
    claims = extract_text(LEAD + "The summit in Nuku'alofa drew leaders. On 27 August, in Nuku'alofa, the forum "
                          "did something new. On 20 August, in Suva, ministers prepared the ground.", "2024-08-30")
    by_day = {c.value["start"]: c.event for c in align_claims(claims) if c.kind == "date" and c.value.get("framed_in")}
    assert by_day == {"2024-08-27": "main", "2024-08-20": "other"}


def align_claims(claims):
    from summitcheck.align.places import keep_dates_framed_at_the_venue
    keep_dates_framed_at_the_venue(claims)
    return claims
