"""Other meetings named in passing, what a meeting is about, parts of figures and of totals,
and who gave a figure: short articles written for the test (model-based: asserts properties
of claims, not exact spans)."""

import pytest

from summitcheck.align import align
from summitcheck.align.meetings import scope_named_meetings
from tests.conftest import of


@pytest.mark.parametrize("text", ["World leaders met in Geneva on Friday for the Summit on Peace in Sudan.",
                                  "Leaders met in Geneva for talks on security in Europe."])
def test_what_a_meeting_is_about_is_not_where_it_is(extract_text, text):
    claims = extract_text(text, "2024-11-16")
    assert [c.value["text"] for c in of(claims, "place", "venue")] == ["Geneva"]


def test_a_second_summit_still_to_come_numbers_no_edition(extract_text):
    claims = extract_text("The minister said a second summit could follow next spring.", "2024-11-16")
    assert of(claims, "ordinal", "edition") == []


def test_the_one_country_is_not_a_count(extract_text):
    claims = extract_text("Russia was not invited, and China, the one country with sway in Moscow, stayed away.",
                          "2024-11-16")
    assert of(claims, "count") == []


def test_a_stand_in_for_one_day_is_compared_only_for_that_day(extract_text):
    claims = extract_text("Vice President Kamala Harris will represent the United States. National security adviser "
                          "Jake Sullivan represented the United States on the second day.", "2024-06-15")
    groups = {g.subject: [c.value["canonical"] for c in g.claims] for g in align(claims) if g.topic == "representative"}
    assert groups == {"United States": ["Kamala Harris"], "United States, on the second day": ["Jake Sullivan"]}


def test_a_represented_leader_is_not_among_those_present(extract_text):
    claims = extract_text("U.S. Vice President Kamala Harris, representing President Joe Biden, attended the summit.",
                          "2024-06-15")
    present = [m for c in of(claims, "set", "leaders") if c.modality != "negated" for m in c.value["members"]]
    assert "Kamala Harris" in present and "Joe Biden" not in present


def test_a_persons_figure_is_their_countrys_and_a_part_is_compared_with_parts(extract_text):
    claims = extract_text("Harris pledges $1.5 billion.\n\nU.S. Vice President Kamala Harris announced "
                          "$1.5 billion in assistance, including $500 million in energy aid.", "2024-06-15")
    groups = {g.subject: sorted(c.value["amount"] for c in g.claims) for g in align(claims) if g.kind == "money"}
    assert groups == {"United States": [1.5e9, 1.5e9], "United States: part": [5e8]}


def test_a_donor_the_parser_hangs_on_an_earlier_verb(extract_text):
    claims = extract_text("The French president and Germany's chancellor both attended, and US Vice President Kamala "
                          "Harris, standing in for Joe Biden, pledged $1.5 billion in aid.", "2024-06-18")
    assert [c.subject for c in of(claims, "money")] == ["United States"]


def test_a_meeting_named_by_few_articles_is_another_meeting():
    from summitcheck.model import Claim

    def date_claim(source, name=None):
        value = {"start": "2024-06-13", "end": "2024-06-15", "granularity": "day", "range": True}
        if name:
            value["event_name"] = name
        return Claim(source=source, kind="date", topic="event-dates", text="June 13 to 15", sentence="...",
                     start=0, end=1, modality="reported", value=value)

    texts = {f"{n}.txt": "Leaders met on peace." for n in range(6)}
    texts["0.txt"] += " They came from the Group of Seven summit in Italy."
    claims = [date_claim("0.txt", "Group of Seven"), date_claim("1.txt")]
    scope_named_meetings(claims, texts)
    assert [c.event for c in claims] == ["other", "main"]


def test_a_meeting_named_in_a_relative_clause_is_that_meeting(extract_text):
    claims = extract_text("The U.N. climate conference, COP29, which opened in Baku on November 11, will be watching.",
                          "2024-11-16")
    assert {c.value.get("event_name") for c in of(claims, "place") + of(claims, "date")} == {"COP29"}


def test_where_someone_was_for_a_meeting_is_where_it_was_held(extract_text):
    claims = extract_text("He left Jeddah on Friday, and by Saturday he was in Hiroshima, Japan, for the Group of "
                          "Seven summit.", "2023-05-20")
    assert [(c.value["text"], c.value.get("event_name")) for c in of(claims, "place", "venue")] == [
        ("Hiroshima", "Group of Seven")]


def test_a_meeting_named_on_the_leaders_someone_hosts_is_that_meeting(extract_text):
    claims = extract_text("For Vladimir Putin, who hosts the BRICS leaders in Kazan in October, it was another "
                          "stage.", "2024-07-08")
    assert {(c.topic, c.value.get("event_name")) for c in claims if c.topic in ("host", "venue", "event-dates")} == {
        ("host", "BRICS"), ("venue", "BRICS"), ("event-dates", "BRICS")}


def test_what_lies_days_or_weeks_from_the_reported_act_is_another_occasion(extract_text):
    claims = extract_text("Erdogan sat in Astana days before the alliance's leaders gather in Washington this week "
                          "for their summit. Xi and Putin held talks on Wednesday, weeks after the Russian leader's "
                          "state visit to China in May.", "2024-07-08")
    assert {c.text: c.event for c in claims if c.topic in ("venue", "event-dates")} == {
        "Washington": "other", "this week": "other", "May": "other"}


def test_a_clause_on_the_subject_tells_of_its_own_occasion(extract_text):
    claims = extract_text("Leaders met in Astana on Wednesday. Modi, who last attended an SCO summit in person in "
                          "Samarkand, Uzbekistan, in September 2022, had chaired the previous summit, which India "
                          "hosted online in July 2023. Next year's summit in Vilnius will show more.", "2024-07-05")
    previous = {c.text for c in claims if c.event == "previous"}
    assert "July 2023" in previous and "September 2022" not in previous and "Samarkand" not in previous
    assert "Vilnius" not in {c.text for c in of(claims, "place", "venue")}


def test_a_year_other_than_the_reports_own_dates_another_occasion(extract_text):
    claims = extract_text("South Africa will host the leaders in Johannesburg in 2025.", "2024-11-19")
    assert of(claims, "date", "event-dates") == [] and of(claims, "place", "venue") == []


def test_grounds_inside_a_town_are_a_site_and_a_short_town_name_is_the_full_one(extract_text):
    claims = extract_text("Lula hosted the meeting at a landmark in Flamengo Park in Rio de Janeiro on Monday. "
                          "Leaders left Rio on Tuesday.", "2024-11-19")
    venues = {(c.value["text"], c.subject) for c in of(claims, "place", "venue")}
    assert ("Flamengo Park", "building") in venues
    groups = [g for g in align(claims) if g.topic == "venue" and g.subject is None]
    assert all(c.value.get("canonical", c.value["text"]) == "Rio de Janeiro" for g in groups for c in g.claims)


@pytest.mark.parametrize("text, expected", [
    pytest.param("The Global Alliance Against Hunger, which 82 countries have joined, met on Monday.",
                 ("alliance", 82), id="joined"),
    pytest.param("The hunger alliance was launched with about 80 countries on board.", ("alliance", 80), id="passive"),
    pytest.param("The alliance was launched with 148 founding members on Monday.", ("alliance: member", 148),
                 id="members are not countries"),
    pytest.param("The 55-nation bloc was admitted as a permanent member.", ("admit", 55), id="hyphened, admitted"),
])
def test_a_count_of_those_who_joined_something_is_about_that_thing(extract_text, text, expected):
    counts = [(c.subject, c.value["value"]) for c in of(extract_text(text, "2024-11-19"), "count", "participants")]
    assert counts == [expected]


def test_a_part_of_a_sum_is_no_count_and_people_of_no_one_are_no_population(extract_text):
    claims = extract_text("Every member, the 19 countries plus the European Union, signed on. The group has 21 "
                          "members: 19 countries, the European Union and the AU. Hunger affects 733 million people.",
                          "2024-11-19")
    counts = [(c.topic, c.value["value"]) for c in of(claims, "count")]
    assert (("participants", 19)) not in counts and ("population", 733e6) not in counts
    assert ("count:people", 733e6) in counts


def test_a_resort_the_model_tags_as_a_person_is_still_the_site(extract_text):
    claims = extract_text("World leaders gathered at the Bürgenstock resort above Lake Lucerne on Saturday.",
                          "2024-06-15")
    assert [(c.value["text"], c.subject) for c in of(claims, "place", "venue")] == [("Bürgenstock resort", "building")]


def test_a_document_title_going_on_after_its_type_with_an_article(extract_text):
    claims = extract_text("The summit ended with a Joint Communiqué on a Peace Framework.", "2024-06-16")
    assert [c.value["text"] for c in of(claims, "text", "documents")] == ["Joint Communique on a Peace Framework"]


@pytest.mark.parametrize("text", [
    "The Joint Communiqué on a Peace Framework, endorsed by 80 countries, was published on Sunday.",
    "It was a communique that some 80 countries signed.",
    "The final text was signed by 84 countries.",
])
def test_signers_of_the_outcome_document_however_it_is_called(extract_text, text):
    counts = of(extract_text(text, "2024-06-16"), "count", "participants")
    assert [c.subject for c in counts] == ["declaration"]


def test_attended_but_did_not_sign_is_a_list_of_non_signers(extract_text):
    sets = of(extract_text("Saudi Arabia, India, the United Arab Emirates and South Africa attended but did not "
                           "sign the communique.", "2024-06-16"), "set", "attendees")
    assert [(c.subject, c.modality, c.basis, len(c.value["members"])) for c in sets] == [("sign", "negated", "list", 4)]


def test_a_numbered_meeting_a_year_away_is_dated_as_another_meeting(extract_text):
    claims = extract_text("At last year's COP28 in Dubai, countries agreed to move on. The deal comes a year after "
                          "COP28 and a year before COP30 in Belem. Brazil will host COP30 in 2025.", "2024-11-24")
    dated = [(c.value["event_name"], c.value["start"][:4]) for c in of(claims, "date", "event-dates", event="other")]
    assert dated == [("COP28", "2023"), ("COP28", "2023"), ("COP30", "2025"), ("COP30", "2025")]
    assert of(claims, "date", "event-dates") == []
    assert [(c.value["event_name"], c.value["text"]) for c in of(claims, "place", "venue", event="other")] == \
        [("COP28", "Dubai"), ("COP30", "Belem")]


def test_a_share_of_the_world_is_compared_per_thing_and_owner(extract_text):
    claims = extract_text("The bloc is home to more than 40 per cent of the world's population and produces about "
                          "a quarter of global GDP. Nigeria is home to nearly 3% of the world's people.", "2024-07-04")
    shares = [(c.subject, c.value["value"], c.value["low"], c.value["high"]) for c in of(claims, "count", "share")]
    assert shares == [("population", 40.0, 41.0, None), ("gdp", 25.0, 22.0, 28.0), ("Nigeria: population", 3.0, 2.0, 3.0)]
    assert of(claims, "count", "participants") == []


def test_a_share_of_a_list_of_countries_is_the_blocs(extract_text):
    claims = extract_text("Its members, Russia, China and India, are home to more than 40 per cent of the world's "
                          "population.", "2024-07-04")
    assert [c.subject for c in of(claims, "count", "share")] == ["population"]
