"""What happened beside the meeting, and meetings known by their town or name: a strike's
day and village, a delegate's departure, the year of the series' next meeting, "Rome in
October 2021" for the meeting held there, a named session's day, the building where the
event opened, a successor the tagger mislabels, a small town the tagger takes for a person,
a day the parser hangs on "before". Short articles written for the test (model-based:
asserts properties of claims, not exact spans)."""

import pytest

from tests.conftest import of

OPENING = "Leaders met for a two-day summit. "


def test_a_strike_is_dated_and_placed_per_what_struck(extract_text):
    claims = extract_text(OPENING + "Hours later, a drone struck the farming village of Kelmentsi on Tuesday "
                          "afternoon, killing two people.", "2023-07-12")
    assert [(c.value["start"], c.subject) for c in of(claims, "date", "incident")] == [("2023-07-11", "drone")]
    assert [(c.value["text"], c.subject) for c in of(claims, "place", "incident")] == [("Kelmentsi", "drone")]


def test_a_rocket_is_a_missile_and_the_village_in_the_sentence_is_its_place(extract_text):
    claims = extract_text(OPENING + "The worst moment came on 15 June, when a rocket killed two farm workers in "
                          "Kelmentsi, a village close to the border.", "2023-07-12")
    assert {c.subject for c in of(claims, "date", "incident") + of(claims, "place", "incident")} == {"missile"}
    assert [c.value["text"] for c in of(claims, "place", "incident")] == ["Kelmentsi"]


def test_a_country_that_strikes_is_no_incident(extract_text):
    claims = extract_text(OPENING + "Russia struck Odesa on Monday.", "2023-07-12")
    assert of(claims, "date", "incident") == [] and of(claims, "place", "incident") == []


@pytest.mark.parametrize("text", [
    "Lavrov left Vientiane on Tuesday night, after the first day.",
    "China's top diplomat Wang Yi flew home on Tuesday night.",
])
def test_a_delegate_leaving_is_dated_per_person(extract_text, text):
    claims = extract_text(OPENING + text, "2024-07-25")
    found = of(claims, "date", "departure")
    assert [c.value["start"] for c in found] == ["2024-07-23"] and found[0].subject


@pytest.mark.parametrize("text", [
    "On Tuesday he left his deputy to speak for the country.",
    "On Tuesday the president left the door open to talks.",
])
def test_leaving_someone_or_something_is_no_departure(extract_text, text):
    assert of(extract_text(OPENING + text, "2024-07-25"), "date", "departure") == []


@pytest.mark.parametrize("text", [
    "Brazil will host next year's summit in Rio de Janeiro.",
    "Lula, who will host the leaders in Rio de Janeiro next year, spoke of hunger.",
])
def test_the_next_meetings_year_is_read_as_another_meetings(extract_text, text):
    dated = of(extract_text(OPENING + text, "2023-09-10"), "date", "event-dates", event="other")
    assert [(c.value["start"], c.value["end"]) for c in dated] == [("2024-01-01", "2024-12-31")]


def test_last_years_summit_unnamed_is_not_given_a_year(extract_text):
    # an article written in January may call the meeting it reports "last year's summit"
    claims = extract_text(OPENING + "Last year's summit was hard.", "2024-01-10")
    assert [c for c in claims if c.kind == "date" and c.value["start"].startswith("2023")] == []


@pytest.mark.parametrize("text", [
    "Compared with Osaka in June 2019, when leaders agreed on data, this was a damage-limitation exercise.",
    "The next summit will have to do what Osaka in June 2019 did.",
    "Last year's gathering in Osaka, in June 2019, was the first.",
])
def test_a_town_dated_in_its_own_phrase_stands_for_the_meeting_there(extract_text, text):
    dated = of(extract_text(OPENING + text, "2020-11-22"), "date", "event-dates", event="other")
    assert [(c.value["start"], c.value.get("town")) for c in dated] == [("2019-06-01", "Osaka")]


def test_a_town_dated_near_the_article_is_not_read_as_a_meeting(extract_text):
    claims = extract_text(OPENING + "Compared with Osaka in June, this was hard.", "2019-07-02")
    assert [c for c in claims if c.value.get("town")] == []


def test_a_small_town_tagged_as_a_person_after_in_is_a_place(extract_text):
    claims = extract_text(OPENING + "Leaders of the group ended their two-day summit in Nusa Dua on Wednesday.",
                          "2022-11-16")
    assert "Nusa Dua" in [c.value["text"] for c in of(claims, "place", "venue")]


@pytest.mark.parametrize("text", [
    "The minister said he had confidence in Joe Biden.",
    "Many see an ally in Joe Biden.",
])
def test_a_person_after_in_on_a_noun_or_a_trusting_verb_stays_a_person(extract_text, text):
    assert of(extract_text(OPENING + text, "2022-11-16"), "place") == []


def test_a_calendar_day_the_parser_hangs_on_before_is_the_verbs_own(extract_text):
    claims = extract_text(OPENING + "The president convened G7 and NATO leaders in Bali on 18 November before "
                          "the final session.", "2022-11-25")
    assert [c.value["start"] for c in of(claims, "date", "event-dates")] == ["2022-11-18"]


def test_a_gap_before_an_occasion_still_counts_from_it(extract_text):
    claims = extract_text(OPENING + "Ministers met two days before the summit.", "2022-11-25")
    assert of(claims, "date", "event-dates") == []


@pytest.mark.parametrize("text", [
    "It will open on Tuesday evening with an anniversary ceremony at the Kigali Convention Centre.",
    "The anniversary ceremony that opened the summit took place at the Kigali Convention Centre.",
    "The summit opened on Tuesday evening at the Kigali Convention Centre.",
])
def test_the_building_where_the_event_opened_is_compared_as_its_opening(extract_text, text):
    sites = [c for c in of(extract_text(OPENING + text, "2024-07-08"), "place", "venue") if c.value["level"] == "site"]
    assert [c.subject for c in sites] == ["opening"]


def test_a_dinner_is_still_a_side_occasion_and_sessions_keep_their_building(extract_text):
    claims = extract_text(OPENING + "Leaders attended a dinner at the Kigali Convention Centre. The working sessions "
                          "are held at the Lisbon Congress Centre.", "2024-07-08")
    sites = [c for c in of(claims, "place", "venue") if c.value["level"] == "site"]
    assert [(c.value["text"], c.subject) for c in sites] == [("Lisbon Congress Centre", "building")]


def test_a_name_the_tagger_calls_an_organisation_can_take_over_an_office(extract_text):
    claims = extract_text(OPENING + "The secretary general was attending his last summit before Klaus Iohannis "
                          "takes over on 1 October.", "2024-07-15")
    assert [c.value["text"] for c in of(claims, "person", "chair-handover")] == ["Klaus Iohannis"]


@pytest.mark.parametrize("text, day", [
    ("There was a warm farewell for the secretary general, who hands the keys to Mark Rutte on 1 October.", "2024-10-01"),
    ("The president handed the presidency to Mark Rutte on Wednesday.", None),
])
def test_a_handover_ahead_dates_the_receivers_start_and_one_at_the_meeting_does_not(extract_text, text, day):
    found = of(extract_text(OPENING + text, "2024-07-12"), "date", "sworn-in")
    assert [(c.subject, c.value["start"]) for c in found] == ([("Mark Rutte", day)] if day else [])


@pytest.mark.parametrize("text, name", [
    ("For the alliance's secretary general, Anders Fogh Rasmussen, it was the last summit.", "Anders Fogh Rasmussen"),
    ("Secretary General Jens Stoltenberg spoke on Tuesday.", "Jens Stoltenberg"),
    ("Foreign Minister Sergei Lavrov spoke on Tuesday.", "Sergei Lavrov"),
])
def test_a_first_name_the_tagger_left_out_joins_the_name_and_a_title_does_not(extract_text, text, name):
    claims = extract_text(OPENING + text, "2024-07-12")
    names = {c.value["text"] for c in claims if c.kind == "person"} | {
        m for c in claims if c.kind == "set" for m in c.value["members"]}
    assert name in names and not any(n != name and n.endswith(name.split()[-1]) for n in names)


@pytest.mark.parametrize("text", [
    "Earlier on Thursday, the president sat down with the leaders of the member states at the EU-Canada Council.",
    "The president is expected to meet the leaders at the EU-Canada Council on Thursday.",
])
def test_a_day_at_a_named_session_is_that_sessions(extract_text, text):
    dated = of(extract_text(OPENING + text, "2024-07-11"), "date", "event-dates")
    assert [(c.value["start"], c.value.get("event_name")) for c in dated] == [("2024-07-11", "EU-Canada Council")]


def test_an_event_that_ends_with_a_named_sessions_meeting_dates_both(extract_text):
    claims = extract_text(OPENING + "Leaders wrapped up their summit on Thursday with a meeting of the EU-Canada "
                          "Council.", "2024-07-11")
    # the summit's claim ends on Thursday (a two-day summit); the session is that one day
    assert sorted((c.value["end"], c.value.get("event_name") or "") for c in of(claims, "date", "event-dates")) == \
        [("2024-07-11", ""), ("2024-07-11", "EU-Canada Council")]


def test_a_council_with_no_name_of_its_own_is_no_session(extract_text):
    claims = extract_text(OPENING + "On Thursday the president sat down with ministers at the Council.", "2024-07-11")
    assert not any(c.value.get("event_name") for c in of(claims, "date", "event-dates"))


@pytest.mark.parametrize("text, name, days", [
    ("Biden is expected to address the leaders on November 1, arriving from the Group of 20 summit in Rome "
     "on October 30-31.", "Group of 20", ("2021-10-30", "2021-10-31")),
    ("Joe Biden's address on 1 November, straight from the G20 in Rome on 30-31 October, set out his goals.",
     "G20", ("2021-10-30", "2021-10-31")),
])
def test_a_date_right_after_a_named_meeting_in_a_town_dates_that_meeting(extract_text, text, name, days):
    claims = extract_text("Leaders gathered in Glasgow. " + text, "2021-10-28")
    dated = [(c.value.get("event_name"), (c.value["start"], c.value["end"])) for c in claims
             if c.kind == "date" and c.topic == "event-dates"]
    assert dated == [(name, days)]


def test_a_date_after_an_unnamed_meeting_in_a_town_names_no_meeting(extract_text):
    claims = extract_text("Leaders gathered in Glasgow. Biden flew in from a meeting in Rome on Sunday.", "2021-11-01")
    assert [c for c in claims if c.kind == "date" and c.value.get("event_name")] == []


@pytest.mark.parametrize("text", [
    "He said the pact had kept the 1.5C goal of the Paris Agreement of 2015 within reach.",
    "The 2015 Paris Agreement set the goal.",
])
def test_a_year_written_into_a_named_documents_name_dates_that_document(extract_text, text):
    claims = extract_text("Leaders gathered in Glasgow. " + text, "2021-11-15")
    dated = [(c.value.get("event_name"), c.value["start"], c.event) for c in claims if c.kind == "date"]
    assert dated == [("Paris Agreement", "2015-01-01", "other")]


def test_a_year_beside_no_document_names_none(extract_text):
    claims = extract_text("Leaders gathered in Glasgow. The goal was first set in 2009 and is still unmet.", "2021-11-15")
    assert [c for c in claims if c.kind == "date" and c.value.get("event_name")] == []
