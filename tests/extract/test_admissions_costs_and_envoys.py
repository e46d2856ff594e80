"""Members admitted, what a venue cost, who stood in for an absent leader, sessions and
numbered editions the tagger misreads, and the dates of things that are not the event:
short articles written for the test (model-based: asserts properties of claims, not exact
spans)."""

import pytest

from summitcheck.align import align
from tests.conftest import of


def test_an_admission_told_four_ways_is_one_list_of_the_admitted(extract_text):
    claims = extract_text("The summit will be remembered for the admission of Ethiopia as a permanent member. "
                          "Leaders opened the meeting by giving Ethiopia a permanent seat in the group. Ethiopia's "
                          "new permanent seat is the achievement that will last. Ethiopia joined the group as a full "
                          "member on Monday.", "2024-11-16")
    admitted = [c for c in of(claims, "set", "attendees") if c.subject == "admit"]
    assert [(c.value["members"], c.basis) for c in admitted] == [(["Ethiopia"], "list")] * 4


def test_a_seat_at_the_table_is_no_admission(extract_text):
    claims = extract_text("Diplomats say Ethiopia is likely to keep its seat at the table.", "2024-11-16")
    assert [c for c in of(claims, "set", "attendees") if c.subject == "admit"] == []


def test_a_union_of_countries_is_a_member_of_a_list_and_signs_with_its_leaders(extract_text):
    claims = extract_text("On the sidelines, the leaders of Canada, Mexico and the European Union signed a "
                          "memorandum on critical minerals. A corridor agreed by Canada, the European Union and "
                          "Mexico is seen as a rival to other routes.", "2024-11-16")
    lists = of(claims, "set", "attendees")
    assert [(sorted(c.value["members"]), c.subject) for c in lists] == [
        (["Canada", "European Union", "Mexico"], "sign")] * 2


def test_what_the_venue_cost_is_one_figure_however_it_is_told(extract_text):
    claims = extract_text("Chile spent about 400 billion pesos rebuilding the convention centre. The venue was "
                          "rebuilt for 400 billion pesos. A centre that cost 420 billion pesos to refurbish now "
                          "hosts the talks.", "2024-11-16")
    costs = of(claims, "money", "venue-cost")
    assert len(costs) == 3
    groups = [g for g in align(claims) if g.topic == "venue-cost"]
    assert [len(g.claims) for g in groups] == [3]


def test_an_absent_leaders_stand_in_however_told(extract_text):
    claims = extract_text("Brazilian President Jair Bolsonaro will stay away and be represented by Vice President "
                          "Hamilton Mourao. Turkey sent its foreign minister, Mevlut Cavusoglu, instead of President "
                          "Erdogan. Macron skipped the summit, leaving Prime Minister Elisabeth Borne to speak for "
                          "France. Premier Li Keqiang is expected to lead China's delegation instead.", "2024-11-16")
    envoys = {c.subject: c.value["text"] for c in of(claims, "person", "representative")}
    assert envoys == {"Brazil": "Hamilton Mourao", "Turkey": "Mevlut Cavusoglu", "France": "Elisabeth Borne",
                      "China": "Li Keqiang"}


def test_a_session_of_the_meeting_is_no_edition(extract_text):
    claims = extract_text("Leaders opened their second session in the afternoon. The 78th session of the General "
                          "Assembly opened on Tuesday.", "2024-11-16")
    assert [c.value["value"] for c in of(claims, "ordinal", "edition")] == [78]


def test_an_edition_and_a_first_joined_by_and_are_two_claims(extract_text):
    claims = extract_text("The meeting is the 13th summit of the Group of 20 and the first held in South America.",
                          "2018-11-30")
    editions = of(claims, "ordinal", "edition")
    assert [(c.value["value"], c.value.get("series")) for c in editions] == [(13, "Group of 20")]
    firsts = of(claims, "ordinal", "ordinal:distinction")
    assert [c.value["value"] for c in firsts] == [1]
    assert "america" in firsts[0].value["words"]


def test_a_numbered_summit_the_tagger_calls_a_date_is_an_edition(extract_text):
    claims = extract_text("Leaders will meet in Buenos Aires for the 13th G20 leaders' summit.", "2018-11-28")
    assert [c.value["value"] for c in of(claims, "ordinal", "edition")] == [13]


def test_the_day_a_building_opened_is_not_the_event(extract_text):
    claims = extract_text("Leaders will meet at Costa Salguero, a convention centre on the river front that was "
                          "rebuilt last year and opened in July.", "2018-11-28")
    assert of(claims, "date", "event-dates") == []
    # a try at holding the meeting is the meeting's own act, whatever noun it hangs on
    claims = extract_text("The summit follows a previous attempt to hold the meeting in Chile in August 2019.",
                          "2020-11-28")
    assert [c.value["start"][:7] for c in claims if c.kind == "date" and c.topic == "event-dates"] == ["2019-08"]


def test_a_count_of_signers_in_a_relative_clause_counts_the_documents_signers(extract_text):
    claims = extract_text("The meeting closed with the adoption of the Lima Declaration, which was signed off by all "
                          "21 economies. The Lima Declaration was endorsed by 19 of the 21 member economies.",
                          "2024-11-16")
    counts = [(c.value["value"], c.subject) for c in of(claims, "count", "participants")]
    # the 21 picked from is the membership
    assert counts == [(21.0, "declaration"), (19.0, "declaration"), (21.0, "member")]
    groups = [g for g in align(claims) if g.topic == "participants" and g.subject == "declaration"]
    assert [len(g.claims) for g in groups] == [2]


@pytest.mark.parametrize("text,subject", [
    # what those who speak for the counted countries did, the countries did
    ("The foreign ministers of the three countries signed a memorandum on Tuesday.", "memorandum"),
    ("The invitation to the two Nordic countries followed on Wednesday.", "invited"),
    ("Leaders of 31 countries attended the summit.", None),  # taking part: the participants
    # every member, whatever the act: the body's size
    ("The protocols must then be ratified by all 30 allies.", "member"),
    ("Their accession will have to be ratified by all 30 member states.", "member"),
])
def test_a_count_of_countries_acting_through_their_envoys_counts_that_act(extract_text, text, subject):
    counts = of(extract_text(text, "2022-06-29"), "count", "participants")
    assert [c.subject for c in counts] == [subject]


def test_a_boost_to_the_economy_is_neither_a_pledge_nor_a_cost(extract_text):
    claims = extract_text("Officials had projected an economic boost of $53 million, a modest sum for a region that "
                          "rebuilt its streets. We were promised a $53 million boost.", "2024-11-16")
    assert [c.topic for c in claims if c.kind == "money"] == ["economic-impact"] * 2


def test_an_agreements_term_is_compared_per_kind_of_text(extract_text):
    claims = extract_text("Biden and Zelensky signed a 10-year bilateral security agreement on Thursday. The "
                          "ten-year security pact that Biden signed was welcomed in Kyiv.", "2024-06-13")
    terms = [(c.value["value"], c.subject) for c in of(claims, "count", "term")]
    assert terms == [(10.0, "agreement"), (10.0, "agreement")]


def test_a_length_of_anything_but_a_text_is_no_term(extract_text):
    claims = extract_text("Leaders held three-day talks. A 20-year-old volunteer greeted them.", "2024-06-13")
    assert of(claims, "count", "term") == []


def test_a_number_word_the_tagger_missed_and_one_on_one_meetings(extract_text):
    claims = extract_text("Pope Francis held nine one-on-one meetings, the Vatican said. He held 11 bilateral "
                          "meetings during the day.", "2024-06-14")
    counts = [(c.value["value"], c.subject) for c in of(claims, "count", "count:meeting")]
    assert counts == [(9.0, "bilateral"), (11.0, "bilateral")]
    [group] = [g for g in align(claims) if g.topic == "count:meeting"]
    assert len(group.claims) == 2


def test_every_one_of_the_members_counts_the_members(extract_text):
    counts = of(extract_text("Every one of the 30 allies must ratify before the two can join.", "2022-07-01"),
                "count", "participants")
    assert [(c.value["value"], c.subject) for c in counts] == [(30.0, "member")]
