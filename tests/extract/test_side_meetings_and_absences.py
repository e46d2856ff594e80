"""Side meetings and their places, absences told by nouns and phrases, people who are not at
the table, co-chairs with long titles, and days the event is given by: short articles written
for the test (model-based: asserts properties of claims, not exact spans)."""

import pytest

from summitcheck.align import align
from tests.conftest import of


def _dates(claims, topic):
    return [(c.value["start"], c.value["end"]) for c in of(claims, "date", topic)]


def test_a_side_meeting_has_its_own_place_and_expected_date(extract_text):
    claims = extract_text("Biden and Chinese President Xi Jinping are expected to meet on Wednesday somewhere in "
                          "the region. The summit opens on Thursday.", "2023-11-13")
    assert _dates(claims, "bilateral") == [("2023-11-15", "2023-11-15")]
    assert _dates(claims, "event-dates") == [("2023-11-16", "2023-11-16")]
    claims = extract_text("On Wednesday U.S. President Joe Biden spent about four hours with Chinese President Xi "
                          "Jinping at Filoli, an estate in Woodside. Canadian Prime Minister Justin Trudeau and "
                          "Japanese Prime Minister Fumio Kishida met at Filoli on Thursday.", "2023-11-19")
    places = of(claims, "place", "bilateral-venue")
    assert {c.value["text"] for c in places} >= {"Filoli", "Woodside"}
    assert of(claims, "place", "venue") == []
    # two different pairs of leaders: two side meetings, never one group
    groups = [g for g in align(claims) if g.topic == "bilateral-venue"]
    assert len(groups) == 2


def test_a_title_beside_a_name_names_the_party_to_a_side_meeting(extract_text):
    claims = extract_text("Mexico's president, Andres Manuel Lopez Obrador, met Xi Jinping on Thursday.",
                          "2023-11-17")
    [meeting] = of(claims, "date", "bilateral")
    assert "Andres Manuel Lopez Obrador" in meeting.value["parties"]


def test_the_day_leaders_leave_and_an_offset_are_not_the_event(extract_text):
    claims = extract_text("Leaders of the forum left the city on Saturday after a summit that produced a "
                          "declaration.", "2023-11-18")
    assert _dates(claims, "event-dates") == []
    # "a day after" is no length of the event: "got under way on Thursday" with a two-day
    # summit is Thursday and Friday
    claims = extract_text("The two-day summit got under way on Thursday, a day after Biden met Xi.", "2023-11-16")
    assert _dates(claims, "event-dates") == [("2023-11-16", "2023-11-17")]


def test_a_date_of_last_years_meeting_is_last_years(extract_text):
    claims = extract_text("Divisions could complicate the text, as they did at last year's meeting in Bangkok, "
                          "held on Nov. 18-19.", "2023-11-15")
    dates = [c for c in claims if c.kind == "date"]
    assert [(c.value["start"], c.event) for c in dates] == [("2022-11-18", "other")]


def test_absences_told_by_a_noun_or_instead_of(extract_text):
    claims = extract_text("The Mexican president's absence reflected his reluctance to travel. Russia sent Deputy "
                          "Prime Minister Alexei Overchuk instead of President Vladimir Putin.", "2023-11-17")
    absent = {m for c in of(claims, "set", "leaders") if c.modality == "negated" for m in c.value["members"]}
    present = {m for c in of(claims, "set", "leaders") if c.modality != "negated" for m in c.value["members"]}
    assert absent == {"president of Mexico", "Vladimir Putin"}
    assert present == {"Alexei Overchuk"}


def test_former_leaders_rare_travel_and_open_questions_are_no_attendance(extract_text):
    claims = extract_text("Brazil returned to the bloc after former president Jair Bolsonaro pulled it out. "
                          "Whether Venezuela's Nicolas Maduro will travel to Brussels remained unclear. Putin has "
                          "rarely travelled abroad since the warrant.", "2023-07-17")
    assert of(claims, "set", "leaders") == []


def test_skipping_another_named_meeting_is_left_to_align(extract_text):
    claims = extract_text("Lopez Obrador had skipped the Summit of the Americas that Biden hosted in June 2022.",
                          "2023-11-17")
    [absence] = of(claims, "set", "leaders")
    assert absence.modality == "negated" and absence.value["event_name"] == "Summit of Americas"


def test_co_chairs_named_with_long_titles_are_co_chairs_not_hosts(extract_text):
    claims = extract_text("The summit will be co-chaired by European Council President Charles Michel and Saint "
                          "Vincent and the Grenadines Prime Minister Ralph Gonsalves.", "2023-07-16")
    assert [c.value["members"] for c in of(claims, "set", "co-chairs")] == [["Charles Michel", "Ralph Gonsalves"]]
    assert of(claims, "person", "host") == []


def test_counts_of_some_members_of_absentees_and_of_those_left_out(extract_text):
    claims = extract_text("The three Latin American members of the forum met separately. Three leaders were "
                          "absent. All but one of the 60 countries endorsed it. The text was endorsed by 19 of "
                          "the 21 member economies.", "2023-07-18")
    counts = [(c.topic, c.value["value"], c.subject, c.modality) for c in claims if c.kind == "count"]
    assert ("count:member", 3.0, "Latin American", "reported") in counts
    assert ("participants", 3.0, None, "negated") in counts
    assert not [c for c in counts if c[1] == 1.0]  # "all but one"
    assert [c[1] for c in counts if c[0] == "participants" and c[2] == "declaration"] == [19.0]


def test_a_hyphened_meeting_name_is_kept_as_written(extract_text):
    claims = extract_text("The two-day EU-CELAC summit that ran through Tuesday in Brussels ended with a "
                          "declaration.", "2023-07-19")
    assert {c.value.get("event_name") for c in claims if c.topic in ("event-dates", "venue")} == {"EU-CELAC"}


def test_the_real_summit_somewhere_else_is_a_figure_of_speech(extract_text):
    claims = extract_text("The real summit took place not downtown but at Filoli, in Woodside.", "2023-11-21")
    assert [c for c in claims if c.kind == "place" and c.topic == "venue"] == []


def test_talks_are_a_side_meeting_only_with_their_parties_named(extract_text):
    claims = extract_text("The real news came on October 23, when Xi and Modi talked for the first time in five "
                          "years. Lula and Ramaphosa used the summit to hold their first formal talks on Wednesday.",
                          "2024-10-28")
    meetings = of(claims, "date", "bilateral")
    assert [(c.value["start"], sorted(c.value["parties"])) for c in meetings] == [
        ("2024-10-23", ["Modi", "Xi"]), ("2024-10-23", ["Lula", "Ramaphosa"])]
    # the summit's own talks are the summit
    claims = extract_text("The talks ended on Thursday.", "2024-10-28")
    assert of(claims, "date", "bilateral") == [] and len(of(claims, "date", "event-dates")) == 1


@pytest.mark.parametrize("text", [
    "Argentina withdrew its delegation from the talks on Wednesday.",
    "Argentina pulled its negotiators out on orders from Buenos Aires.",
    "Two were missing at the end: Argentina, whose delegation was withdrawn in the first week.",
])
def test_a_country_that_takes_its_delegation_home_is_absent(extract_text, text):
    claims = extract_text(text, "2024-11-24")
    assert [(c.modality, c.value["members"]) for c in of(claims, "set", "attendees")] == [("negated", ["Argentina"])]


def test_pulling_out_of_a_deal_is_no_absence(extract_text):
    claims = extract_text("Argentina pulled its negotiators off the finance file and withdrew its offer.", "2024-11-24")
    assert [c for c in of(claims, "set", "attendees") if c.modality == "negated"] == []


def test_a_country_that_sent_a_delegation_to_the_talks_takes_part(extract_text):
    claims = extract_text("The talks opened on Monday. Britain sent a full delegation to the talks. Japan sent "
                          "troops to Iraq.", "2024-11-13")
    assert [(c.modality, c.value["members"], c.basis) for c in of(claims, "set", "attendees")] == \
        [("reported", ["United Kingdom"], "partial")]


def test_leaders_at_a_named_session_are_listed_apart_from_the_summits(extract_text):
    claims = extract_text("Summit closes\n\nChinese President Xi Jinping attended the summit. Turkish President "
                          "Recep Tayyip Erdogan and UN Secretary-General Antonio Guterres joined an expanded \"SCO "
                          "Plus\" session on Thursday.", "2024-07-04")
    assert [(c.subject, c.value["members"]) for c in of(claims, "set", "leaders")] == [
        (None, ["Xi Jinping"]),
        ("SCO Plus session", ["Recep Tayyip Erdogan", "Antonio Guterres"])]
