"""Firsts of a described kind, payments, admissions and the days an event is given by other
acts: short articles written for the test (model-based: asserts properties of claims, not
exact spans)."""

from datetime import date, timedelta

import pytest

from summitcheck.align import align
from tests.conftest import of


def test_a_first_of_a_described_kind_is_not_the_edition(extract_text):
    claims = extract_text("It was the first summit held in Africa. It was the first time the summit was held in "
                          "Africa. Kenya became the second country to host the summit.", "2024-11-16")
    firsts = of(claims, "ordinal")
    assert [c.topic for c in firsts] == ["ordinal:distinction"] * 3
    groups = [g for g in align(claims) if g.topic == "ordinal:distinction"]
    # the first two describe one distinction; the third shares too few of its words
    assert sorted(len(g.claims) for g in groups) == [1, 2]


def test_a_comment_after_a_comma_or_the_bare_event_leaves_the_edition(extract_text):
    claims = extract_text("Leaders met for the first summit, held in Yekaterinburg. It was the first time a summit "
                          "was held.", "2024-11-16")
    topics = [c.topic for c in of(claims, "ordinal")]
    assert "edition" in topics and "ordinal:distinction" not in topics


def test_the_first_meeting_after_a_gap_numbers_no_edition(extract_text):
    claims = extract_text("It was the first meeting of the leaders in more than four years.", "2024-11-16")
    assert of(claims, "ordinal", "edition") == []


def test_a_payment_and_the_deal_it_was_paid_under_are_one_figure(extract_text):
    claims = extract_text("Germany has already paid Ukraine 2 billion euros under the agreement. Critics called it "
                          "a deal worth 2 billion euros to Ukraine.", "2024-11-16")
    money = of(claims, "money", "investment")
    assert [c.value.get("recipient") for c in money] == ["Ukraine", None]
    groups = [g for g in align(claims) if g.kind == "money"]
    assert [(g.subject, len(g.claims)) for g in groups] == [("Germany", 2)]


def test_countries_admitted_as_members_are_a_complete_list_of_their_own(extract_text):
    claims = extract_text("Leaders also admitted Egypt and Ethiopia as members.", "2024-11-16")
    sets = of(claims, "set", "attendees")
    assert [(c.value["members"], c.subject, c.basis) for c in sets] == [(["Egypt", "Ethiopia"], "admit", "list")]


def test_the_days_of_an_event_something_comes_ahead_of(extract_text):
    # published on a Monday: the forums opened that day, the meeting is later that week
    claims = extract_text("Delegates gathered on Monday as forums opened ahead of the leaders' meeting on Thursday "
                          "and Friday.", "2024-11-18")
    days = [(c.value["start"], c.value["end"]) for c in of(claims, "date", "event-dates")]
    assert ("2024-11-21", "2024-11-22") in days  # not the Thursday and Friday before
    assert not [d for d in days if d[0] < "2024-11-18"]


def test_the_opening_of_the_event_dates_the_event(extract_text):
    claims = extract_text("The president addressed the opening of a two-day summit in Lima on Friday.", "2024-11-15")
    friday = date(2024, 11, 15)
    assert [(c.value["start"], c.value["end"]) for c in of(claims, "date", "event-dates")] == \
        [(friday.isoformat(), (friday + timedelta(days=1)).isoformat())]
    assert of(claims, "date", "speech") == []


def test_the_year_of_the_inaugural_meeting_dates_the_series_start(extract_text):
    claims = extract_text("It is the first time Brazil has hosted since the inaugural summit in Rio in 1992.",
                          "2024-11-16")
    assert [c.value["start"] for c in of(claims, "date", "first-edition")] == ["1992-01-01"]


def test_countries_kept_off_the_guest_list_are_a_complete_list_of_the_uninvited(extract_text):
    for text in ("Lula skipped the summit in protest at the exclusion of Iran, Syria and Myanmar.",
                 "The hosts left Iran, Syria and Myanmar off the guest list."):
        sets = of(extract_text(text, "2024-11-16"), "set", "attendees")
        assert [(sorted(c.value["members"]), c.subject, c.modality, c.basis) for c in sets] == \
            [(["Iran", "Myanmar", "Syria"], "invited", "negated", "list")], text


def test_a_part_of_the_event_with_its_own_span_ends_on_the_closing_day(extract_text):
    # the leaders' retreat is a part of the summit: its two days are not the summit's, and
    # the forums' Monday stays a single day rather than the start of a two-day summit
    claims = extract_text("The summit closed on Friday in Lima at the end of a two-day leaders' retreat. "
                          "Forums opened on Monday.", "2024-11-15")
    assert [(c.value["start"], c.value["end"]) for c in of(claims, "date", "leaders-sessions")] == \
        [("2024-11-14", "2024-11-15")]
    assert all(c.value["start"] == c.value["end"] for c in of(claims, "date", "event-dates"))


def test_a_leaders_meeting_inside_the_summit_is_its_part_but_alone_may_be_the_event(extract_text):
    claims = extract_text("The Pacific Islands Forum closed on Friday in Apia at the end of a three-day leaders' "
                          "meeting.", "2024-08-30")
    assert [(c.value["start"], c.value["end"]) for c in of(claims, "date", "leaders-sessions")] == \
        [("2024-08-28", "2024-08-30")]
    claims = extract_text("The three-day leaders' meeting closed on Friday in Apia.", "2024-08-30")
    assert of(claims, "date", "leaders-sessions") == []


def test_one_act_done_for_the_first_time_told_three_ways_is_one_distinction(extract_text):
    claims = extract_text("The Pacific Islands Forum took part for the first time as a full member. The Pacific "
                          "Islands Forum took its seat as a full member for the first time on Thursday. The summit "
                          "was the first at which the Pacific Islands Forum sat as a full member.", "2024-11-16")
    firsts = of(claims, "ordinal", "ordinal:distinction")
    assert len(firsts) == 3
    # "on Thursday" dates the act and is no part of what was done
    assert not [w for c in firsts for w in c.value["words"] if w in ("thursday", "part", "seat")]
    groups = [g for g in align(claims) if g.topic == "ordinal:distinction"]
    assert [len(g.claims) for g in groups] == [3]


def test_a_first_of_taking_part_alone_is_no_distinction(extract_text):
    # no doer but a pronoun, nothing done but taking part, and a day: nothing to compare
    claims = extract_text("They took part for the first time on Thursday.", "2024-11-16")
    assert of(claims, "ordinal", "ordinal:distinction") == []


def test_a_present_passive_after_before_is_to_come(extract_text):
    claims = extract_text("For Biden, in Rio for his last summit before Donald Trump is sworn in on January 20, the "
                          "meeting was a farewell tour.", "2024-11-20")
    assert [c.value["start"] for c in claims if c.kind == "date" and c.topic == "sworn-in"] == ["2025-01-20"]


def test_a_group_named_in_full_or_by_its_short_name_is_one_word_of_a_distinction(extract_text):
    claims = extract_text("The Dalai Lama became the first monk to address a Group of Twenty summit. Later, the "
                          "first monk ever to speak at a G20 summit met the host.", "2024-11-16")
    groups = [g for g in align(claims) if g.topic == "ordinal:distinction"]
    assert [len(g.claims) for g in groups] == [2]
    assert all("g20" in c.value["words"] for c in groups[0].claims)


def test_money_lent_is_the_size_of_the_loan(extract_text):
    claims = extract_text("Leaders agreed on Thursday to lend Kenya about $2 billion. The $2 billion loan will be "
                          "repaid over ten years.", "2024-06-13")
    loans = of(claims, "money", "investment")
    assert [c.subject for c in loans] == ["any: loan", "any: loan"]


def test_an_indefinite_first_or_one_of_nothing_counted_is_no_claim(extract_text):
    claims = extract_text("The host said the summit had been a first step. Organisers took a second photo. "
                          "\"We are not here to take sides,\" one South American official said. The region has "
                          "long found it hard to speak with one voice. One country voted against the declaration.",
                          "2024-06-16")
    assert [c.topic for c in claims if c.kind == "ordinal"] == []
    assert [(c.topic, c.value["value"]) for c in of(claims, "count")] == [("participants", 1)]


def test_a_leaders_summit_inside_a_conference_is_its_part(extract_text):
    # the article calls its event "the conference": its leaders' summit is a part of it
    claims = extract_text("Delegates have met at the conference since it opened on Monday. The two-day leaders' "
                          "summit, which ends Wednesday, drew few heads of government.", "2024-11-13")
    assert [(c.value["start"], c.value["end"]) for c in of(claims, "date", "event-dates")] == \
        [("2024-11-11", "2024-11-11")]
    assert ("2024-11-12", "2024-11-13") in [(c.value["start"], c.value["end"])
                                            for c in of(claims, "date", "leaders-sessions")]
    # an article that also calls its event a summit: the leaders' summit is the event
    claims = extract_text("The summit opened on Monday. The two-day leaders' summit ends Tuesday.", "2024-11-13")
    assert of(claims, "date", "leaders-sessions") == []


def test_a_day_past_the_scheduled_close_is_not_a_day_of_the_event(extract_text):
    claims = extract_text("Deal done\n\nAdopted in the early hours of 24 November in Baku, more than a day after the "
                          "conference's scheduled end, the deal sets a new goal. The talks were held from 11 to 22 "
                          "November.",
                          "2024-11-26")
    assert [c.value["start"] for c in of(claims, "date", "event-dates")] == ["2024-11-11"]
    assert [c.value["start"] for c in of(claims, "date", "event-dates", event="other")] == ["2024-11-24"]


def test_the_year_a_figure_is_to_be_reached_by_is_compared_per_figure(extract_text):
    claims = extract_text("The deal commits rich nations to provide at least $300 billion (about €285 billion) a "
                          "year by 2035. Britain would cut its emissions by 81% from 1990 levels by 2030.",
                          "2024-11-24")
    assert [(c.subject, c.value["start"][:4]) for c in of(claims, "date", "target-year")] == \
        [("300 billion USD", "2035")]
    assert of(claims, "date", "event-dates") == []


def test_a_deals_day_is_its_adoption_not_a_day_of_the_meeting(extract_text):
    claims = extract_text("Talks end\n\nThe agreement was adopted late on Saturday night. Countries agreed early on "
                          "Sunday on a new finance goal. The US rejoined the Paris Agreement in 2021.", "2024-11-24")
    assert [(c.subject, c.value["start"]) for c in of(claims, "date", "outcome-dates")] == \
        [("agreement", "2024-11-23"), ("agreement", "2024-11-24")]
    assert of(claims, "date", "event-dates") == []


def test_the_events_scheduled_dates_written_before_the_word_dates(extract_text):
    claims = extract_text("Talks overrun\n\nCOP29 had already overrun its scheduled 11–22 November dates by more "
                          "than a day. Its January trade data was weak.", "2024-11-24")
    assert [(c.value["start"], c.value["end"]) for c in of(claims, "date", "event-dates")] == \
        [("2024-11-11", "2024-11-22")]


@pytest.mark.parametrize("text,found", [
    ("India's Narendra Modi surprised delegates with a target of net zero by 2070.", [("India: net zero", "2070")]),
    ("China pledged carbon neutrality by 2060.", [("China: carbon neutral", "2060")]),
    ("Chinese President Xi Jinping announced net-zero emissions by 2060.", [("China: net zero", "2060")]),
    ("The world must reach net zero by 2050.", []),  # whose goal, the sentence does not say
])
def test_the_year_a_country_sets_for_a_goal(extract_text, text, found):
    claims = extract_text(text, "2021-11-03")
    assert [(c.subject, c.value["start"][:4]) for c in of(claims, "date", "target-year")] == found
    assert of(claims, "date", "event-dates") == []
