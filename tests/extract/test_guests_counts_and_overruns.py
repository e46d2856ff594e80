"""Faults a blind bundle about a G7 summit and a climate conference showed: a host's side
occasion, a named conference as a hosting verb's object, a side meeting's verb joined to
another, the days one person took part, what counted countries did, a close the event
overran. Short articles written for the test (model-based: asserts properties of claims,
not exact spans)."""

import pytest

from tests.conftest import of

OPENING = "Leaders met for a three-day summit. "


def test_hosting_the_leaders_at_a_reception_is_no_host_of_the_event(extract_text):
    claims = extract_text(OPENING + "On Friday evening Queen Elizabeth hosted the leaders at a reception at the "
                          "castle. Prime Minister Boris Johnson hosted the leaders in Carbis Bay.", "2021-06-13")
    assert [c.value["text"] for c in of(claims, "person", "host")] == ["Boris Johnson"]


def test_a_named_conference_a_country_will_host_names_its_dates(extract_text):
    claims = extract_text(OPENING + "Climate will dominate the final day, as the host prepares to host the COP26 "
                          "conference in Glasgow in November.", "2021-06-09")
    assert [c.value.get("event_name") for c in claims if c.kind == "date"] == ["COP26"]


def test_a_day_of_the_verb_before_a_side_meeting_is_not_the_side_meetings(extract_text):
    claims = extract_text(OPENING + "Biden moved on to the alliance summit in Brussels on 14 June and meets "
                          "Vladimir Putin in Geneva on 16 June.", "2021-06-15")
    assert [c.value["start"] for c in of(claims, "date", "bilateral")] == ["2021-06-16"]


def test_the_days_one_person_took_part_lie_inside_the_span(extract_text):
    claims = extract_text(OPENING + "The guests attended, Indian Prime Minister Narendra Modi joining the sessions "
                          "on Saturday and Sunday by video.", "2021-06-13")
    dated = of(claims, "date", "event-dates")
    assert [(c.value["start"], c.value["end"], c.value["range"]) for c in dated] == [("2021-06-12", "2021-06-13", False)]


@pytest.mark.parametrize("text, subject", [
    ("The president said Washington would buy 500 million doses to give to 92 low-income countries.", "give"),
    ("The prime minister called the relationship between the two countries indestructible.", "relationship"),
    ("Campaigners praised a methane pledge joined by over 100 countries.", "pledge"),
    ("Masks off, the seven leaders posed for a family photograph on the beach.", None),
])
def test_what_counted_countries_did_is_the_counts_subject(extract_text, text, subject):
    counts = of(extract_text(OPENING + text, "2021-06-11"), "count", "participants")
    assert [c.subject for c in counts] == [subject]


def test_a_count_that_names_its_guests_keeps_that_role_after_a_list(extract_text):
    claims = extract_text(OPENING + "Leaders of South Korea, Australia and South Africa joined the summit on "
                          "Saturday. The four guest nations were invited by the host.", "2021-06-12")
    assert [c.subject for c in of(claims, "count", "participants")] == ["invited"]


def test_a_day_past_the_close_the_event_was_due_to_have_is_the_overrun(extract_text):
    claims = extract_text(OPENING + "By the time the pact was adopted on the evening of 13 November, a day after "
                          "the conference was due to close, coal had become the story.", "2021-11-15")
    assert of(claims, "date", "event-dates") == []
    # the day is the pact's adoption, a day past the schedule, compared as such
    assert [(c.value["start"], c.subject) for c in of(claims, "date", "outcome-dates")] == [("2021-11-13", "agreement")]


def test_a_day_past_the_close_is_the_overrun_whatever_was_done_on_it(extract_text):
    claims = extract_text(OPENING + "By the time the final plenary met on the evening of 13 November, a day after "
                          "the conference was due to close, coal had become the story.", "2021-11-15")
    assert of(claims, "date", "event-dates") == []
    assert [c.value["start"] for c in of(claims, "date", "event-dates", event="other")] == ["2021-11-13"]


def test_a_span_of_days_is_no_speech(extract_text):
    claims = extract_text(OPENING + "Joe Biden's address on 1 November, straight from the G20 in Rome on 30-31 "
                          "October, set out his ambition.", "2021-11-15")
    assert [c.value["start"] for c in of(claims, "date", "speech")] == ["2021-11-01"]


def test_a_group_of_n_placed_in_a_town_is_that_groups_meeting(extract_text):
    claims = extract_text(OPENING + "Joe Biden's address on 1 November, straight from the G20 in Rome, set out his "
                          "ambition.", "2021-11-15")
    assert [(c.value["text"], c.value.get("event_name")) for c in claims if c.kind == "place"] == [("Rome", "G20")]


def test_the_length_of_a_leaders_summit_inside_a_conference_is_not_the_conferences(extract_text):
    claims = extract_text("Johnson told leaders at the COP26 climate conference on Monday that time was short, as "
                          "he opened a two-day summit. The conference, which opened on Sunday, runs for two weeks. "
                          "On Tuesday, the final day of the leaders' summit, a pledge is due.", "2021-11-01")
    opened = [c for c in of(claims, "date", "event-dates") if c.text.startswith("Sunday")]
    assert [(c.value["start"], c.value["end"]) for c in opened] == [("2021-10-31", "2021-10-31")]


def test_a_count_whose_verb_has_a_subject_of_its_own_is_read_by_its_own_clause(extract_text):
    claims = extract_text(OPENING + "Some 40,000 people registered to attend the conference, the queues for the "
                          "security tents stretched down the street.", "2021-11-16")
    assert [(c.value["value"], c.subject) for c in of(claims, "count", "attendance")] == [(40000.0, None)]


def test_counted_countries_after_another_subject_keep_that_verbs_act(extract_text):
    # the body "began as four countries meeting in Yekaterinburg": not four participants now
    claims = extract_text(OPENING + "Still, a club that began in 2009 as four countries meeting in Yekaterinburg "
                          "has become a forum that few governments want to miss.", "2024-10-24")
    assert all(c.subject for c in of(claims, "count", "participants"))


@pytest.mark.parametrize("text, year", [
    ("Germany holds the presidency next year and will host the next summit.", "2022"),
    ("Germany takes over the presidency in 2023.", "2023"),
])
def test_a_countrys_turn_in_the_chair_next_year_is_that_years(extract_text, text, year):
    claims = extract_text(OPENING + text, "2021-06-13")
    assert [(c.value["text"], c.subject, c.event) for c in claims if c.topic == "chair-rotation"] == \
        [("Germany", year, "main")]


def test_an_act_timed_by_the_leaders_part_closing_dates_that_part(extract_text):
    claims = extract_text("The climate conference goes on. More than 100 countries signed up on Tuesday to a "
                          "methane pledge, as the two-day leaders' summit at the COP26 climate talks drew to a "
                          "close. Biden, who addressed the summit on Monday, flew home.", "2021-11-02")
    assert [c.value["start"] for c in of(claims, "date", "leaders-sessions")] == ["2021-11-02"]
    assert of(claims, "date", "event-dates") == []


def test_an_act_timed_by_the_events_own_close_still_dates_the_event(extract_text):
    claims = extract_text(OPENING + "Leaders signed the declaration on Friday, as the summit drew to a close.",
                          "2021-06-13")
    assert [c.value["start"] for c in of(claims, "date", "event-dates")] == ["2021-06-11"]


def test_a_close_it_had_been_scheduled_for_is_its_planned_last_day(extract_text):
    claims = extract_text("Delegations gathered. Negotiators adopted the pact late on Saturday. The conference had been "
                          "scheduled to end on Friday.", "2021-11-13")
    planned = [c for c in of(claims, "date", "event-dates") if c.modality == "expected"]
    assert [(c.value["start"], c.event) for c in planned] == [("2021-11-12", "main")]


def test_a_postponed_meeting_is_still_an_earlier_attempt(extract_text):
    claims = extract_text(OPENING + "The summit had been scheduled for March but was postponed.", "2021-06-13")
    dated = [c for c in claims if c.kind == "date" and c.topic == "event-dates"]
    assert [c.event for c in dated] == ["earlier"]


@pytest.mark.parametrize("text, day", [
    ("The conference opens on October 31 and is scheduled to end on November 12.", "2021-11-12"),
    ("The conference, which opened on Sunday, is scheduled to run until Nov 12.", "2021-11-12"),
])
def test_a_scheduled_close_is_the_events_last_day(extract_text, text, day):
    claims = extract_text("Delegations gathered. " + text, "2021-11-01")
    assert [c.value["start"] for c in of(claims, "date", "event-dates") if c.basis == "end"] == [day]


def test_a_weekday_some_weeks_ago_is_the_one_nearest_that_many_weeks_back(extract_text):
    claims = extract_text(OPENING + "The talks, which opened two weeks ago on Sunday, ended on Saturday.", "2021-11-13")
    assert [c.value["start"] for c in of(claims, "date", "event-dates") if c.basis == "start"] == ["2021-10-31"]


def test_a_weekend_of_a_march_is_no_span_of_the_event(extract_text):
    claims = extract_text("Leaders met for a two-day summit. Thousands of activists are expected to march "
                          "through the city at the weekend.", "2021-11-02")
    assert of(claims, "date", "event-dates") == []


@pytest.mark.parametrize("text, subject", [
    ("Britain will donate 100 million surplus coronavirus vaccine doses within the next year.", "United Kingdom"),
    ("Britain has promised 100 million surplus doses of its own.", "United Kingdom"),
    ("The United States would buy 500 million doses of the Pfizer vaccine.", "United States"),
    ("The group promised 1 billion vaccine doses to poorer countries.", "vaccine"),
])
def test_what_one_country_gives_is_one_quantity_however_it_is_qualified(extract_text, text, subject):
    counts = [c for c in extract_text(OPENING + text, "2021-06-13") if c.kind == "count" and c.topic == "count:dose"]
    assert [c.subject for c in counts] == [subject]


@pytest.mark.parametrize("text, mod", [
    ("Johnson has pledged that Britain will donate 100 million surplus doses.", "reported"),
    ("Johnson pledged that Britain would donate 100 million surplus doses.", "reported"),
    ("Johnson says Britain will donate 100 million surplus doses.", "expected"),
    ("Britain will donate 100 million surplus doses.", "expected"),
])
def test_what_a_pledge_already_made_commits_is_reported(extract_text, text, mod):
    counts = [c for c in extract_text(OPENING + text, "2021-06-13") if c.kind == "count" and c.topic == "count:dose"]
    assert [c.modality for c in counts] == [mod]


def test_a_country_playing_host_on_a_range_of_days_dates_the_event(extract_text):
    claims = extract_text("The group met. From 11 to 13 June, Boris Johnson played host to the leaders of the "
                          "Group of Seven in Cornwall.", "2021-06-16")
    assert [(c.value["start"], c.value["end"]) for c in of(claims, "date", "event-dates")] == [("2021-06-11", "2021-06-13")]


@pytest.mark.parametrize("text, topic", [
    ("Negotiators from 197 parties adopted the pact late on Saturday.", "participants"),
    ("Delegates from 190 parties attended the talks.", "participants"),
    ("The two parties signed the deal.", "count:party"),
])
def test_parties_whose_envoys_negotiate_are_the_countries_taking_part(extract_text, text, topic):
    counts = [c for c in extract_text(OPENING + text, "2021-11-13") if c.kind == "count" and "part" in c.topic]
    assert [c.topic for c in counts] == [topic]


@pytest.mark.parametrize("text, topic, days, basis", [
    ("On Tuesday, the second and final day of the leaders' summit, leaders are expected to launch a pledge.",
     "leaders-sessions", ("2021-11-01", "2021-11-02"), None),
    ("On Monday, the first day of the summit, leaders met the king.", "event-dates", ("2021-11-01", "2021-11-01"), "start"),
    ("On Monday, the final day of the summit, leaders adopted a declaration.",
     "event-dates", ("2021-11-01", "2021-11-01"), "end"),
])
def test_a_day_glossed_as_the_events_nth_or_last_day_is_placed_in_its_span(extract_text, text, topic, days, basis):
    claims = extract_text("The COP26 conference opened. " + text, "2021-11-01")
    dated = [((c.value["start"], c.value["end"]), c.basis) for c in of(claims, "date", topic)]
    assert dated == [(days, basis)]


def test_a_day_glossed_as_the_first_day_of_a_visit_is_no_day_of_the_event(extract_text):
    claims = extract_text("The summit opened. On Monday, the first day of his visit, the president met the king.",
                          "2021-11-01")
    assert all(c.basis != "start" for c in of(claims, "date", "event-dates"))


def test_a_number_of_them_counts_the_last_counted_noun_before_and_its_giver(extract_text):
    claims = extract_text(OPENING + "The communique says their commitments amount to 870 million doses shared "
                          "directly. Britain is contributing 100 million of them.", "2021-06-13")
    counts = [(c.subject, c.value["value"]) for c in claims if c.kind == "count" and c.topic == "count:dose"]
    assert counts == [(None, 870000000.0), ("United Kingdom", 100000000.0)]


@pytest.mark.parametrize("text, found", [
    ("Biden is in Geneva today to meet Vladimir Putin.", [("bilateral-venue", "Geneva")]),
    ("Biden is in Geneva today to meet the press.", []),
])
def test_where_someone_is_to_meet_a_named_party_is_where_they_meet(extract_text, text, found):
    claims = extract_text("The summit ended on Sunday. " + text, "2021-06-16")
    places = [(c.topic, c.value["text"]) for c in claims if c.kind == "place" and c.value["text"] == "Geneva"]
    assert places == found


def test_a_day_the_tagger_ran_into_an_offset_is_read_on_its_own(extract_text):
    claims = extract_text(OPENING + "By the time the pact was adopted on the evening of 14 November, two days after "
                          "the conference was due to close on 12 November, coal had become the story.", "2021-11-15")
    assert [c.value["start"] for c in of(claims, "date", "outcome-dates")] == ["2021-11-14"]
