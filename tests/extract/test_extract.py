"""Extraction on short articles written for the test (model-based: asserts properties of
claims, not exact spans)."""

import pytest

from summitcheck.align import align
from tests.conftest import of


def test_extract_two_day_event_from_start_and_duration(extract_text):
    claims = extract_text("Leaders opened a two-day summit in Lima on Friday (November 15).", "2024-11-15")
    dates = of(claims, "date", "event-dates")
    assert [(d.value["start"], d.value["end"]) for d in dates] == [("2024-11-15", "2024-11-16")]


def test_extract_days_through_weekday(extract_text):
    claims = extract_text("The summit, held in Lima for three days through Saturday, ended with a declaration.", "2024-11-16")
    assert [(d.value["start"], d.value["end"]) for d in of(claims, "date", "event-dates")] == [("2024-11-14", "2024-11-16")]


def test_extract_preview_weekday_points_forward(extract_text):
    claims = extract_text("On Saturday, the leaders are expected to adopt a joint declaration at the summit.", "2024-11-15")
    dates = of(claims, "date", "event-dates")
    assert dates and dates[0].value["start"] == "2024-11-16" and dates[0].modality == "expected"


def test_extract_founding_year_is_not_the_event_date(extract_text):
    claims = extract_text("The forum, established in 1989, held its summit in Lima on November 15, 2024.", "2024-11-16")
    assert [c.value["start"][:4] for c in of(claims, "date", "founding")] == ["1989"]
    assert all(c.value["start"].startswith("2024") for c in of(claims, "date", "event-dates"))


def test_extract_events_in_passing_are_scoped_away(extract_text):
    claims = extract_text("In the past year, the EU held a summit in Brussels in April and Canada hosted one in June.", "2024-11-15")
    assert of(claims, "date") == [] and of(claims, "place") == []


def test_extract_postponed_attempt_is_its_own_event(extract_text):
    claims = extract_text("The summit was originally planned for March 2023 in Nairobi, but it was postponed.", "2024-11-15")
    earlier = of(claims, "date", event="earlier")
    assert earlier and earlier[0].value["start"] == "2023-03-01"
    assert [c.value["text"] for c in of(claims, "place", "venue", event="earlier")] == ["Nairobi"]


def test_extract_money_paired_currencies_are_one_claim(extract_text):
    claims = extract_text("Japan pledged investments worth 5 trillion yen ($37 billion) over five years.", "2023-05-20")
    money = of(claims, "money")
    assert len(money) == 1 and money[0].value["currency"] == "JPY" and money[0].value["alt"]["currency"] == "USD"
    assert [c.value["value"] for c in of(claims, "count") if c.topic.endswith("-period")] == [5]


def test_a_rate_or_the_length_of_talks_is_no_pledge_period(extract_text):
    claims = extract_text("Japan pledged $5 billion over five years. Rich countries will provide $300 billion a "
                          "year. The deal came after two weeks of talks on the $300 billion.", "2024-11-26")
    assert [c.value["value"] for c in claims if c.topic.endswith("-period")] == [5]


def test_a_schedule_a_past_report_recalls_is_this_years(extract_text):
    claims = extract_text("The talks, scheduled to run from 11 to 22 November at the Baku Olympic Stadium, brought "
                          "almost 200 nations together.", "2024-11-26")
    assert [(c.value["start"], c.value["end"]) for c in of(claims, "date", "event-dates")] == [
        ("2024-11-11", "2024-11-22")]


def test_a_numbered_series_met_at_names_the_meeting(extract_text):
    claims = extract_text("The first check comes when countries meet again at COP30 in Belém next November.",
                          "2024-11-26")
    assert {(c.text, c.value.get("event_name")) for c in claims if c.topic in ("venue", "event-dates")} == {
        ("Belém", "COP30"), ("next November", "COP30")}


def test_a_currency_name_describing_a_noun_is_no_money(extract_text):
    claims = extract_text("The one real decision was procedural. Brazil pledged 5 billion real to the fund.",
                          "2023-05-20")
    assert [(c.text, c.value["currency"]) for c in of(claims, "money")] == [("5 billion real", "BRL")]


def test_extract_hedged_count(extract_text):
    claims = extract_text("More than 150 agreements were signed at the summit.", "2023-05-20")
    counts = of(claims, "count", "documents-signed")
    assert counts and counts[0].value["low"] == 151 and counts[0].value["high"] is None


def test_extract_attendee_list_in_any_order_and_partial_lists(extract_text):
    claims = extract_text("The summit brought together leaders from Chile, Peru and Mexico. "
                          "Delegations including Canada and Japan also came.", "2023-05-20")
    sets = of(claims, "set", "attendees")
    assert {tuple(sorted(s.value["members"])) for s in sets} >= {("Chile", "Mexico", "Peru")}
    assert any(s.basis == "list" for s in sets)


def test_extract_explicit_absence_is_negated(extract_text):
    claims = extract_text("Russian President Vladimir Putin did not attend the summit.", "2023-08-23")
    sets = of(claims, "set", "leaders")
    assert sets and sets[0].modality == "negated" and sets[0].value["members"] == ["Vladimir Putin"]


def test_extract_attending_by_video_is_neither_present_nor_absent(extract_text):
    claims = extract_text("Russian President Vladimir Putin joined the summit by video link.", "2023-08-23")
    assert of(claims, "set", "leaders") == []


def test_extract_side_event_absence_is_not_absence(extract_text):
    claims = extract_text("Chinese President Xi Jinping skipped a business forum on Tuesday.", "2023-08-23")
    assert all(c.modality != "negated" for c in of(claims, "set"))


def test_extract_named_document(extract_text):
    claims = extract_text('The leaders adopted the "Lima Declaration" on Saturday.', "2024-11-16")
    docs = of(claims, "text", "documents")
    assert [(d.value["text"], d.subject) for d in docs] == [("Lima Declaration", "declaration")]


def test_extract_host_and_surname_resolve_to_one_person(extract_text):
    claims = extract_text("Peruvian President Dina Boluarte hosted the summit. Boluarte chaired the talks.", "2024-11-16")
    align(claims)
    hosts = {c.value["canonical"] for c in of(claims, "person", "host")}
    assert hosts == {"Dina Boluarte"}


def test_extract_pledges_keep_their_donors(extract_text):
    claims = extract_text("Britain committed £40 million, the United States $17.5 million and Mexico $10 million "
                          "to the new fund.", "2024-11-15")
    donors = {c.subject: c.value["amount"] for c in of(claims, "money")}
    assert donors == {"United Kingdom": 4e7, "United States": 1.75e7, "Mexico": 1e7}


def test_extract_each_donor_gets_the_figure(extract_text):
    claims = extract_text("Norway and Canada each pledged $50 million to the fund.", "2024-11-15")
    assert sorted(c.subject for c in of(claims, "money")) == ["Canada", "Norway"]


def test_extract_fund_size_is_not_a_pledge(extract_text):
    claims = extract_text("Brazil announced a $4 billion forest fund.", "2024-11-15")
    assert [c.subject for c in of(claims, "money")] == ["Brazil: fund"]


def test_extract_counts_of_another_act_are_kept_apart(extract_text):
    claims = extract_text("Delegates from 190 countries attended, and 60 countries signed a pledge on methane.", "2024-11-15")
    counts = {c.value["value"]: c.subject for c in of(claims, "count", "participants")}
    assert counts == {190: None, 60: "pledge"}


def test_extract_cross_month_range_is_one_interval(extract_text):
    claims = extract_text("The talks, which ran from Nov. 11 to Nov. 22, 2024, ended late.", "2024-11-25")
    dates = of(claims, "date")
    assert [(d.value["start"], d.value["end"]) for d in dates] == [("2024-11-11", "2024-11-22")]


def test_extract_two_weekdays_are_one_span(extract_text):
    claims = extract_text("Leaders will meet in Lima on Friday and Saturday.", "2024-11-14")
    dates = of(claims, "date", "event-dates")
    assert [(d.value["start"], d.value["end"]) for d in dates] == [("2024-11-15", "2024-11-16")]


def test_extract_another_meeting_later_in_an_article_is_another_occasion(extract_text):
    text = ("Leaders of the forum met in Lima on Friday.\n\nThey discussed trade.\n\nThe talks went well.\n\n"
            "Several ministers then flew to Santiago for a meeting with Chilean officials on Sunday.")
    claims = extract_text(text, "2024-11-15")
    assert [c.value["text"] for c in of(claims, "place", "venue")] == ["Lima"]
    assert all(c.value["start"] != "2024-11-17" for c in of(claims, "date", "event-dates"))


def test_extract_relative_clause_on_a_person_is_not_the_event(extract_text):
    claims = extract_text("Mr. Petro, who on Monday announced a trade deal, met Mr. Boric at the summit.", "2024-11-15")
    assert of(claims, "date", "event-dates") == []


def test_extract_first_meeting_of_a_series_is_dated_apart(extract_text):
    claims = extract_text("The bloc, which held its first summit in 1993 in Seattle, meets again this week.", "2024-11-15")
    assert [c.value["start"][:4] for c in of(claims, "date", "first-edition")] == ["1993"]
    assert of(claims, "place", "venue") == []


def test_extract_arrival_dates_belong_to_the_person(extract_text):
    claims = extract_text("Brazilian President Luiz Inacio Lula da Silva, who arrived on Thursday, opened the talks.", "2024-11-16")
    arrivals = of(claims, "date", "arrival")
    assert [(a.subject, a.value["start"]) for a in arrivals] == [("Luiz Inacio Lula da Silva", "2024-11-14")]


def test_extract_decision_dates_belong_to_the_person_and_matter(extract_text):
    claims = extract_text("Hungarian Prime Minister Viktor Orban agreed on Monday to put Sweden's accession "
                          "to a vote in parliament.", "2024-02-27")
    decisions = of(claims, "date", "decision")
    assert [(d.subject, d.value["matter"], d.value["start"]) for d in decisions] == [("Viktor Orban", "Sweden", "2024-02-26")]


def test_extract_decision_told_by_a_when_clause_on_the_date(extract_text):
    claims = extract_text("Hungarian Prime Minister Viktor Orban held out for months. Orban's change of heart came "
                          "on Friday, when he agreed to let parliament ratify Sweden's bid.", "2024-02-27")
    decisions = of(claims, "date", "decision")
    assert [(d.subject, d.value["matter"], d.value["start"]) for d in decisions] == [("Orban", "Sweden", "2024-02-23")]


def test_extract_decision_without_a_country_is_about_its_object(extract_text):
    claims = extract_text("Prime Minister Fumio Kishida decided on Sunday to extend the sanctions.", "2024-02-27")
    assert [d.value["matter"] for d in of(claims, "date", "decision")] == ["sanction"]


def test_extract_decision_of_no_one_person_leaves_the_date_to_the_event(extract_text):
    claims = extract_text("The summit, where leaders agreed on Saturday to a joint declaration, ended in Lima.", "2024-11-17")
    assert of(claims, "date", "decision") == []
    assert [d.value["start"] for d in of(claims, "date", "event-dates")] == ["2024-11-16"]


def test_align_one_persons_decisions_on_different_matters_stay_apart(extract_text):
    claims = extract_text("U.S. President Joe Biden spoke first. Biden agreed on Monday to send tanks to Ukraine. "
                          "Biden decided on Tuesday to lift tariffs on Mexico.", "2024-02-28")
    groups = [g for g in align(claims) if g.topic == "decision"]
    assert sorted(g.subject for g in groups) == ["Joe Biden, on Mexico", "Joe Biden, on Ukraine"]


def test_extract_office_holders_of_an_organisation(extract_text):
    claims = extract_text("APEC Secretary General Eduardo Pedrosa opened the meeting, French President "
                          "Emmanuel Macron spoke later and U.S. Vice President Kamala Harris closed it.", "2024-11-16")
    offices = {c.subject: c.value["text"] for c in of(claims, "person", "office")}
    # the vice president holds her own office, never the president's
    assert offices == {"APEC secretary general": "Eduardo Pedrosa", "president of France": "Emmanuel Macron",
                       "vice president of United States": "Kamala Harris"}


def test_extract_bare_number_counts_the_earlier_noun(extract_text):
    claims = extract_text("More than 30 countries have asked to join, and 12 have formally applied.", "2024-11-16")
    counts = {c.value["value"]: c.subject for c in of(claims, "count", "participants")}
    assert counts[12] == "apply"


def test_extract_negation_about_a_member_leaves_the_group_count(extract_text):
    claims = extract_text("Canada is not part of a coalition of 14 nations that pledged to train pilots.", "2024-11-16")
    counts = of(claims, "count", "participants")
    assert [(c.value["value"], c.subject, c.modality) for c in counts] == [(14, "coalition", "reported")]


def test_extract_city_the_tagger_missed(extract_text):
    claims = extract_text("Leaders gathered for the summit in Durban on Friday.", "2024-11-16")
    assert [c.value["text"] for c in of(claims, "place", "venue")] == ["Durban"]


def test_extract_first_time_of_an_act(extract_text):
    claims = extract_text("It was the first time that the leaders had visited the memorial together.", "2024-11-16")
    firsts = of(claims, "ordinal", "ordinal:time")
    assert [(c.value["value"], c.subject) for c in firsts] == [(1, "visit memorial")]


def test_extract_first_of_something_else_than_the_event(extract_text):
    claims = extract_text("The text responds to the first global review of progress under the treaty.", "2024-11-16")
    assert [c.topic for c in of(claims, "ordinal")] == ["ordinal:review"]


def test_extract_who_stood_in_for_a_country(extract_text):
    claims = extract_text("Prime Minister Narendra Modi did not travel; External Affairs Minister "
                          "Subrahmanyam Jaishankar led the Indian delegation, and Brazil sent Finance Minister "
                          "Fernando Haddad.", "2024-11-16")
    envoys = {c.subject: c.value["text"] for c in of(claims, "person", "representative")}
    assert envoys == {"India": "Subrahmanyam Jaishankar", "Brazil": "Fernando Haddad"}


@pytest.mark.parametrize("text", [
    pytest.param("Mexican President Andres Manuel Lopez Obrador said he would not attend. He sent Foreign "
                 "Minister Marcelo Ebrard instead.", id="he sent"),
    pytest.param("Mexico's President Andres Manuel Lopez Obrador skipped the summit, and sent Foreign Minister "
                 "Marcelo Ebrard in his place.", id="skipped and sent"),
    pytest.param("Andres Manuel Lopez Obrador, the president of Mexico, whose government had called for "
                 "Cuba to be invited, stayed away, sending Marcelo Ebrard in his place.", id="stayed away, sending"),
    pytest.param("Mexico's president did not attend; his foreign minister Marcelo Ebrard came instead, "
                 "which was noticed.", id="came instead"),
])
def test_extract_whom_an_absent_leader_sent(extract_text, text):
    claims = extract_text(text, "2022-06-08")
    assert {c.subject: c.value["text"] for c in of(claims, "person", "representative")} == {"Mexico": "Marcelo Ebrard"}


def test_extract_a_stand_in_set_against_the_absent_leaders_rank(extract_text):
    claims = extract_text("Jair Bolsonaro did not attend, and Hamilton Mourao, loyal as he is, is not the "
                          "president.", "2021-11-02")
    envoys = of(claims, "person", "representative")
    assert [(c.subject, c.value["text"], c.modality) for c in envoys] == [
        ("person:Jair Bolsonaro", "Hamilton Mourao", "reported")]


@pytest.mark.parametrize("text", [
    pytest.param("Jair Bolsonaro did not attend, and Hamilton Mourao is not happy about it.", id="not a rank"),
    pytest.param("Jair Bolsonaro attended, and Hamilton Mourao is not the president.", id="no absence"),
    pytest.param("Jair Bolsonaro did not attend, and Hamilton Mourao is the president of the senate.", id="not denied"),
])
def test_extract_no_stand_in_without_a_denied_rank_after_an_absence(extract_text, text):
    assert of(extract_text(text, "2021-11-02"), "person", "representative") == []


def test_extract_the_n_countries_after_a_list_are_that_list(extract_text):
    text = ("Chile, Peru and Mexico were invited on Friday to join the trade pact. "
            "The four countries would become members on January 1.")
    claims = extract_text(text, "2024-11-16")
    counts = of(claims, "count", "participants")
    sets = of(claims, "set", "attendees")
    assert sets and [c.subject for c in counts] == [sets[0].subject]


def test_extract_a_list_of_leaders_by_their_countries_that_are_all_expected(extract_text):
    # the parser hangs the second name on the first as an apposition; it is the next in the list
    text = ("U.S. President Joe Biden, Canada's Justin Trudeau, France's Emmanuel Macron and Japan's Fumio "
            "Kishida are all expected, together with the European Union's Ursula von der Leyen.")
    lists = [c for c in of(extract_text(text, "2024-06-10"), "set", "leaders")]
    assert [c.modality for c in lists] == ["expected"]
    assert lists[0].value["members"][:4] == ["Joe Biden", "Justin Trudeau", "Emmanuel Macron", "Fumio Kishida"]


@pytest.mark.parametrize("text,basis", [
    ("The leaders of Chile, Peru and Mexico attended the summit.", "list"),
    ("The leaders of Chile, Peru and Mexico turned up late for the summit.", "partial"),
    ("The leaders of Chile, Peru and Mexico left the summit early.", "partial"),
])
def test_extract_those_who_did_something_late_are_not_everyone_there(extract_text, text, basis):
    lists = of(extract_text(text, "2024-06-10"), "set", "attendees")
    assert [(c.value["members"], c.basis) for c in lists] == [(["Chile", "Peru", "Mexico"], basis)]


def test_extract_leaders_named_as_examples_are_a_list_of_their_own(extract_text):
    text = ("President Gabriel Boric, who arrived on Thursday, joined talks with the leaders of invited "
            "countries, among them Indonesian President Prabowo Subianto and Brazil's Luiz Inacio Lula da Silva.")
    claims = extract_text(text, "2024-11-16")
    lists = [sorted(c.value["members"]) for c in of(claims, "set", "leaders")]
    assert ["Luiz Inacio Lula da Silva", "Prabowo Subianto"] in lists
    assert all("Gabriel Boric" not in members or len(members) == 1 for members in lists)


def test_extract_countries_that_sent_their_leaders_took_part(extract_text):
    claims = extract_text("Partners: Chile, Peru and Mexico sent their leaders for a second year running.", "2024-11-16")
    assert [sorted(c.value["members"]) for c in of(claims, "set", "attendees")] == [["Chile", "Mexico", "Peru"]]


def test_extract_countries_that_sent_weapons_are_not_a_guest_list(extract_text):
    claims = extract_text("Chile, Peru and Mexico sent weapons to the region.", "2024-11-16")
    assert of(claims, "set", "attendees") == []


def test_extract_a_leader_someone_stood_in_for_is_absent(extract_text):
    claims = extract_text("Vice President Kamala Harris attended in place of President Joe Biden, while Premier "
                          "Li Qiang stood in for President Xi Jinping.", "2023-09-07")
    absent = {m for c in of(claims, "set", "leaders") if c.modality == "negated" for m in c.value["members"]}
    present = {m for c in of(claims, "set", "leaders") if c.modality != "negated" for m in c.value["members"]}
    assert {"Joe Biden", "Xi Jinping"} <= absent and not {"Joe Biden", "Xi Jinping"} & present


def test_extract_the_next_host_is_not_this_host(extract_text):
    claims = extract_text("India, which co-chaired this year's meeting, will host the next summit.", "2025-02-11")
    assert of(claims, "place", "host-country") == []
    assert [c.value["text"] for c in of(claims, "place", "host-country", event="other")] == ["India"]


def test_extract_edition_numbers_carry_the_meetings_name(extract_text):
    claims = extract_text("Leaders opened the 43rd ASEAN Summit on Tuesday and the 18th East Asia Summit on Thursday.",
                          "2023-09-07")
    assert sorted((c.value["value"], c.value.get("series")) for c in of(claims, "ordinal", "edition")) == [
        (18, "East Asia Summit"), (43, "ASEAN Summit")]


def test_extract_his_first_summit_is_the_persons_not_the_editions(extract_text):
    claims = extract_text("Cambodian Prime Minister Hun Manet attended his first ASEAN summit.", "2023-09-07")
    assert of(claims, "ordinal", "edition") == []
    assert [(c.topic, c.subject) for c in of(claims, "ordinal")] == [("ordinal:summit", "Hun Manet")]


def test_align_editions_of_two_meetings_are_compared_apart(extract_text):
    claims = extract_text("The 43rd ASEAN Summit opened on Tuesday. The 18th East Asia Summit closed the week. "
                          "The 20th ASEAN-India Summit met on Thursday.", "2023-09-07")
    groups = [g for g in align(claims) if g.topic == "edition"]
    assert sorted(g.subject for g in groups) == ["asean", "asean-india", "east asia"]


def test_align_one_meeting_numbered_under_two_names_stays_one_group(extract_text):
    claims = extract_text("The 28th Conference of the Parties opened in Dubai. The 28th U.N. climate conference "
                          "drew record crowds.", "2023-11-30")
    assert [g.subject for g in align(claims) if g.topic == "edition"] == [None]


@pytest.mark.parametrize("text,published,kind,topic", [
    pytest.param("The country was accepted as the 11th member in November 2022 at the summit in Phnom Penh.",
                 "2023-09-07", "place", "venue", id="a date long past takes its meeting's city with it"),
    pytest.param("From France, the prime minister will fly to the United States for talks with President "
                 "Donald Trump in Washington.", "2025-02-12", "place", "venue",
                 id="talks with one leader are not the venue"),
    pytest.param("Laos will chair the association in 2024, with its summits to be held in Vientiane.",
                 "2023-09-07", "date", "event-dates", id="chairing a bloc for a year is not the event date"),
])
def test_extract_another_occasion_is_not_the_events(extract_text, text, published, kind, topic):
    assert of(extract_text(text, published), kind, topic) == []


def test_extract_money_without_a_donor_belongs_to_its_recipient(extract_text):
    claims = extract_text("Investors committed about 109 billion euros to projects in France. A new foundation, "
                          "Current AI, got $400m to fund public-interest tools.", "2025-02-11")
    assert sorted(c.subject for c in of(claims, "money")) == ["for Current AI", "for France"]


@pytest.mark.parametrize("text,published,expected", [
    pytest.param("Biden hosted the leaders of Japan and South Korea at Camp David on Friday.", "2023-08-19",
                 [("Camp David", "site", "building")], id="a building the host holds it at"),
    pytest.param("The summit was held at the Sandton Convention Centre in Johannesburg.", "2023-08-23",
                 [("Sandton Convention Centre", "site", "building"), ("Johannesburg", "city", None)],
                 id="a building tagged ORG, by its last word"),
    pytest.param("The leaders arrived in London and attended a state banquet at Buckingham Palace in the evening.",
                 "2023-05-05", [("London", "city", None)], id="a side occasion's building is not the venue"),
])
def test_extract_a_named_building_is_the_venue_apart_from_the_city(extract_text, text, published, expected):
    claims = of(extract_text(text, published), "place", "venue")
    assert [(c.value["text"], c.value["level"], c.subject) for c in claims] == expected


def test_extract_a_named_summit_with_its_co_chair_is_the_venue(extract_text):
    claims = extract_text("Prime Minister Narendra Modi, who co-chaired the AI Action Summit in Geneva with French "
                          "President Emmanuel Macron, said India was ready.", "2025-02-12")
    assert [c.value["text"] for c in of(claims, "place", "venue")] == ["Geneva"]


def test_extract_a_series_history_in_a_copula_keeps_the_edition(extract_text):
    claims = extract_text("It is the third meeting in a series that began with the AI Safety Summit at Bletchley "
                          "Park, outside London, in November 2023 and continued in Seoul in May 2024.", "2025-02-11")
    assert [c.value["value"] for c in of(claims, "ordinal", "edition")] == [3]


def test_extract_document_titles_that_go_on_after_their_type(extract_text):
    claims = extract_text("The Group of Seven issued a Joint Declaration of Support for Ukraine in Vilnius, and "
                          "leaders adopted the Lima Declaration on Saturday.", "2024-11-17")
    assert sorted(c.value["text"] for c in of(claims, "text", "documents")) == [
        "Joint Declaration of Support for Ukraine", "Lima Declaration"]


@pytest.mark.parametrize("text, names", [
    pytest.param("Leaders launched the Global Biofuels Alliance on Saturday.",
                 [("Global Biofuels Alliance", "alliance")], id="launched"),
    pytest.param("The Partnership for Global Infrastructure and Investment, unveiled on Sunday, will fund ports.",
                 [("Partnership for Global Infrastructure and Investment", "partnership")], id="participle"),
    pytest.param("Modi attended the launch of the US-led Indo-Pacific Economic Framework on Monday.",
                 [("Indo-Pacific Economic Framework", "framework")], id="launch-of-and-sponsor"),
    pytest.param("The International Monetary Fund said growth would slow.", [], id="institution-in-passing"),
])
def test_extract_named_initiatives_launched(extract_text, text, names):
    claims = extract_text(text, "2023-09-10")
    assert [(c.value["text"], c.subject) for c in of(claims, "text", "initiatives")] == names


def test_extract_a_hoped_for_figure_is_a_goal(extract_text):
    claims = extract_text("The UAE announced a $30 billion climate fund, which it hoped would mobilize "
                          "$250 billion by 2030.", "2023-12-01")
    money = {c.value["amount"]: (c.subject, c.modality) for c in of(claims, "money")}
    assert money == {3e10: ("United Arab Emirates: fund", "reported"), 2.5e11: ("goal", "expected")}


def test_extract_a_hyphened_member_count_is_the_blocs_size(extract_text):
    claims = extract_text("The 10-nation bloc's meetings opened on Tuesday, before the Group of 20 summit.", "2023-09-05")
    assert [(c.topic, c.value["value"]) for c in of(claims, "count")] == [("participants", 10)]


def test_extract_a_bloc_of_member_states_counts_the_membership(extract_text):
    claims = extract_text("The host could point to a bloc of ten member states. A coalition of 11 countries "
                          "signed the pledge.", "2024-07-04")
    assert [(c.subject, c.value["value"]) for c in of(claims, "count", "participants")] == \
        [("member", 10), ("coalition", 11)]


def test_align_a_plain_count_joins_the_one_qualified_count_of_that_thing(extract_text):
    claims = extract_text("The forum produced 93 cooperation projects. Critics said more than 90 projects are "
                          "memoranda.", "2023-09-07")
    assert [(g.subject, len(g.claims)) for g in align(claims) if g.topic == "count:project"] == [("cooperation", 2)]


def test_align_a_stand_in_represents_the_country_the_bundle_gives_them(extract_text):
    claims = extract_text("Chinese Premier Li Qiang attended the summit, where Li stood in for President Xi Jinping.",
                          "2023-09-07")
    align(claims)
    assert [(c.subject, c.value["canonical"]) for c in claims if c.topic == "representative"] == [("China", "Li Qiang")]


@pytest.mark.parametrize("text,modality", [
    pytest.param("The new climate fund, launched on Friday with 300 million dollars from donors, will support "
                 "adaptation projects.", "reported", id="a participle clause keeps its own past tense"),
    pytest.param("A fund that will receive 20 billion euros was announced on Monday.", "expected",
                 id="a relative clause's own future stays expected"),
])
def test_extract_a_clause_of_its_own_has_its_own_modality(extract_text, text, modality):
    assert [c.modality for c in of(extract_text(text, "2024-11-20"), "money")] == [modality]


def test_extract_a_sentences_first_word_is_not_an_organisation(extract_text):
    claims = extract_text("With President Joe Biden staying home, Vice President Kamala Harris led the delegation.",
                          "2023-09-06")
    assert [c.subject for c in of(claims, "person", "office")] == []


@pytest.mark.parametrize("text,name", [
    pytest.param("The Commission was represented by European Commission President Ursula von der Leyen, who "
                 "announced a fund.", "Ursula von der Leyen", id="a name cut inside its particles"),
    pytest.param("Brazil's Luiz Inacio Lula da Silva attended the summit.", "Luiz Inacio Lula da Silva",
                 id="a whole name stays whole"),
])
def test_extract_names_run_on_past_their_particles(extract_text, text, name):
    claims = extract_text(text, "2023-09-06")
    assert name in {m for c in of(claims, "set", "leaders") for m in c.value["members"]}


def test_extract_a_list_that_did_not_sign_is_not_an_absence(extract_text):
    claims = extract_text("The communique was signed by 20 countries, including Chile, Peru and Mexico. Canada and "
                          "Australia did not sign. Brazil and Argentina did not attend.", "2024-11-17")
    sets = [(c.subject, c.modality, c.value["members"]) for c in of(claims, "set", "attendees")]
    assert sets == [("sign", "reported", ["Chile", "Peru", "Mexico"]),
                    ("sign", "negated", ["Canada", "Australia"]),
                    (None, "negated", ["Brazil", "Argentina"])]


@pytest.mark.parametrize("text,pair", [
    pytest.param("South Korean President Yoon Suk Yeol will co-host the summit with British Prime Minister "
                 "Rishi Sunak.", ["Yoon Suk Yeol", "Rishi Sunak"], id="X will co-host with Y"),
    pytest.param("Rishi Sunak, who co-hosted the Seoul meeting with President Yoon Suk Yeol, spoke by video.",
                 ["Rishi Sunak", "Yoon Suk Yeol"], id="Y, who co-hosted with X"),
    pytest.param("Rishi Sunak and his co-host, President Yoon Suk Yeol, opened the talks.",
                 ["Rishi Sunak", "Yoon Suk Yeol"], id="X and his co-host Y"),
    pytest.param("The meeting's co-chairs, the South Korean president and the British prime minister, closed it.",
                 ["president of South Korea", "prime minister of United Kingdom"], id="the co-chairs, A and B"),
    pytest.param("Rishi Sunak met Yoon Suk Yeol, and the co-chairs of the next summit were named.", None,
                 id="co-chairs with no pair named"),
])
def test_extract_co_chairs_are_a_pair(extract_text, text, pair):
    claims = of(extract_text(text, "2024-05-21"), "set", "co-chairs")
    assert [c.value["members"] for c in claims] == ([pair] if pair else [])


def test_extract_a_vice_president_holds_that_office_not_the_presidents(extract_text):
    claims = extract_text("Chinese Vice President Han Zheng attended the summit, and former President Hu Jintao "
                          "sent a letter.", "2023-09-07")
    assert [(c.value["text"], c.subject) for c in of(claims, "person", "office")] == [
        ("Han Zheng", "vice president of China")]


@pytest.mark.parametrize("text,modality", [
    pytest.param("The Chinese delegation was led by Premier Li Qiang.", "reported", id="led by"),
    pytest.param("The Chinese delegation is expected to be led by Premier Li Qiang.", "expected",
                 id="expected to be led by"),
])
def test_extract_a_delegation_led_by_someone_is_represented_by_them(extract_text, text, modality):
    claims = of(extract_text(text, "2023-09-05"), "person", "representative")
    assert [(c.value["text"], c.subject, c.modality) for c in claims] == [("Li Qiang", "China", modality)]


@pytest.mark.parametrize("text,expected", [
    pytest.param("Leaders agreed that Laos would chair ASEAN in 2024.", [("Laos", "2024")], id="would chair in a year"),
    pytest.param("Brazil will take over the presidency in 2024, after India.", [("Brazil", "2024")],
                 id="take the presidency"),
    pytest.param("It was Myanmar's turn to chair the bloc, which falls in 2026.", [],
                 id="a turn in the rotation is not a decision"),
    pytest.param("Indonesia chairs the association this year.", [], id="no year named"),
])
def test_extract_the_country_that_chairs_a_body_in_a_year(extract_text, text, expected):
    claims = of(extract_text(text, "2023-09-07"), "text", "chair-rotation")
    assert [(c.value["text"], c.subject) for c in claims] == expected
    assert all(c.event == "main" for c in claims)


@pytest.mark.parametrize("text", [
    pytest.param("Timor-Leste Prime Minister Xanana Gusmao took part as an observer.", id="took part as an observer"),
    pytest.param("Timor-Leste, which applied last year, was represented as an observer by Prime Minister Xanana "
                 "Gusmao.", id="represented as an observer by"),
])
def test_extract_an_observer_represents_their_country(extract_text, text):
    claims = of(extract_text(text, "2023-09-07"), "person", "representative")
    assert [(c.value["text"], c.subject) for c in claims] == [("Xanana Gusmao", "Timor-Leste")]


@pytest.mark.parametrize("text,basis", [
    pytest.param("Macron said the talks went well after hosting the leaders of Germany, Italy and Spain in Paris.",
                 "partial", id="the host's guests leave out the host"),
    pytest.param("Scholz said Europe was united, as he joined the leaders of France, Italy and Spain for the summit.",
                 "partial", id="the others a participant joined"),
    pytest.param("Spanish Prime Minister Pedro Sanchez will sit down with the leaders of France, Germany and Italy "
                 "at the summit.", "partial",
                 id="sit down with the others"),
    pytest.param("The summit brought together the leaders of France, Germany, Italy and Spain.", "list",
                 id="the event as subject names them all"),
    pytest.param("He walked the leaders of the four members -- France, Germany, Italy and Spain -- through the "
                 "museum.", "list", id="a walk with all of them"),
])
def test_extract_a_list_of_those_a_participant_met_is_not_complete(extract_text, text, basis):
    claims = of(extract_text(text, "2024-06-14"), "set", "attendees")
    assert [c.basis for c in claims] == [basis]


@pytest.mark.parametrize("text,kind,topic,written", [
    pytest.param("Kishida and Modi had last held their annual summit in New Delhi in March.", "place", "venue",
                 "New Delhi", id="last held: the previous meeting's city"),
    pytest.param("Kishida and Modi had last held their annual summit in New Delhi in March.", "date", "event-dates",
                 "March", id="last held: the previous meeting's month"),
    pytest.param("The leaders agreed to meet again in Canberra next May.", "place", "venue", "Canberra",
                 id="meet again: the next meeting's city"),
    pytest.param("Biden landed in Tokyo on Sunday, the second leg of an Asia trip that began in Seoul.", "place",
                 "venue", "Seoul", id="where a trip began is not the venue"),
])
def test_extract_previous_and_next_meetings_are_not_the_events(extract_text, text, kind, topic, written):
    claims = of(extract_text(text, "2022-05-24"), kind, topic)
    assert [c.text for c in claims if c.event == "main" and c.text == written] == []


@pytest.mark.parametrize("text", [
    pytest.param("The leaders closed a two-day summit at which Iran took a step toward becoming the bloc's ninth "
                 "member.", id="an ordinal of members"),
    pytest.param("Putin told Xi on Thursday, at their first meeting in person since the invasion, that he "
                 "understood.", id="a first since: the pair's meetings"),
])
def test_extract_ordinals_of_other_things_are_not_the_edition(extract_text, text):
    assert of(extract_text(text, "2022-09-16"), "ordinal", "edition") == []


@pytest.mark.parametrize("text,subject", [
    pytest.param("The joint statement was signed by 44 countries.", "declaration", id="passive: the passive subject"),
    pytest.param("The talks closed on Friday with 45 countries backing a declaration on oceans.", "declaration",
                 id="a participle is the act, not the clause's verb"),
    pytest.param("The communique ended up with about 40 signatures.", "declaration",
                 id="signatures count the signers of their clause's subject"),
    pytest.param("It was signed by 40 countries.", "sign", id="nothing named: the act"),
    pytest.param("More than 110 countries backed a pledge to triple renewable capacity.", "pledge",
                 id="another document type stays apart"),
    pytest.param("The bloc now has eight member states.", "member", id="member states: the body's size"),
    pytest.param("NATO's 31 allies met in Vilnius.", "member", id="allies are members"),
    pytest.param("The four-nation group met on Tuesday.", "member", id="a hyphened bloc size"),
    pytest.param("More than a dozen leaders were present in all.", None, id="those present"),
    pytest.param("The body was founded in 2001 by China, Russia and four Central Asian states.", "body",
                 id="founders: the founded thing, through the coordination"),
    pytest.param("Biden launched the economic framework with 13 countries on Monday.", "framework",
                 id="with: the object of the act"),
    pytest.param("India is among the 12 countries that have joined the framework.", "framework",
                 id="a relative clause's object"),
])
def test_extract_participant_counts_take_what_they_count_as_subject(extract_text, text, subject):
    """Counts of different acts or groups are different facts; signers are one act in the topic's words."""
    claims = of(extract_text(text, "2022-09-16"), "count", "participants")
    assert [c.subject for c in claims] == [subject]


def test_extract_a_hyphened_bloc_size_does_not_refer_back_to_a_list(extract_text):
    claims = extract_text("The leaders of Australia, India, Japan and the United States met on Tuesday, as the "
                          "four-nation group sought a common line.", "2022-05-24")
    assert [c.subject for c in of(claims, "count", "participants")] == ["member"]


@pytest.mark.parametrize("text,host", [
    pytest.param("Albanese thanked the host, Japanese Prime Minister Fumio Kishida, for the talks.", ["Fumio Kishida"],
                 id="the host, X (unattached by the parser)"),
    pytest.param("The host, Indonesian President Joko Widodo, opened the summit.", ["Joko Widodo"],
                 id="The host, X"),
    pytest.param("The host of the next summit, Indian Prime Minister Narendra Modi, spoke.", [],
                 id="the host of another meeting"),
])
def test_extract_the_host_in_apposition(extract_text, text, host):
    assert [c.value["text"] for c in of(extract_text(text, "2023-09-06"), "person", "host")] == host


def test_extract_a_first_ever_named_thing_is_an_ordinal_of_its_own(extract_text):
    claims = extract_text("Lima was named the first-ever APEC Digital Capital for 2024, officials said.", "2024-11-16")
    # keyed by the name's head word, which the parser chooses ("capital" here)
    assert [(c.topic.startswith("ordinal:"), c.value["value"]) for c in of(claims, "ordinal")] == [(True, 1)]


@pytest.mark.parametrize("text,expected", [
    pytest.param("Anthony Albanese was sworn in as Australia's 31st prime minister on Monday.",
                 [("ordinal:prime minister", "Anthony Albanese", 31)], id="sworn in as"),
    pytest.param("Joe Biden, the 46th president, spoke.", [("ordinal:president", "Joe Biden", 46)], id="apposition"),
    pytest.param("The 46th president spoke.", [], id="no holder named"),
])
def test_extract_a_numbered_title_is_its_holders_place_in_the_line(extract_text, text, expected):
    claims = [c for c in of(extract_text(text, "2022-05-23"), "ordinal") if c.topic != "edition"]
    assert [(c.topic, c.subject, c.value["value"]) for c in claims] == expected


def test_extract_a_pledges_period_over_the_next_years_is_the_events(extract_text):
    claims = extract_text("The leaders pledged more than $50 billion in infrastructure aid over the next five years.",
                          "2022-05-24")
    periods = [c for c in of(claims, "count") if c.topic.endswith("-period")]
    assert [(c.value["value"], c.event) for c in periods] == [(5, "main")]


def test_extract_a_swearing_in_is_dated_per_person(extract_text):
    claims = extract_text("Rishi Sunak was sworn in as prime minister on Tuesday, and Jeremy Hunt stayed on.",
                          "2022-10-26")
    assert [(c.subject, c.value["start"]) for c in of(claims, "date", "sworn-in")] == [("Rishi Sunak", "2022-10-25")]


@pytest.mark.parametrize("text,founded", [
    pytest.param("On Monday, the prime minister attended the launch of the US-led Indo-Pacific Economic Framework.",
                 "Indo-Pacific Economic Framework", id="attended the launch of X on a day"),
    pytest.param("Biden on Monday launched the Indo-Pacific Economic Framework in Tokyo.",
                 "Indo-Pacific Economic Framework", id="launched X on a day"),
])
def test_extract_a_launch_is_dated_with_what_it_launched(extract_text, text, founded):
    claims = of(extract_text(text, "2022-05-24"), "date", "founding")
    assert [(c.value["start"], c.value.get("founded")) for c in claims] == [("2022-05-23", founded)]


@pytest.mark.parametrize("text,published,dates", [
    pytest.param("For three days, November 11-13, Lima was the busiest diplomatic address in the Americas.",
                 "2024-11-17", [("2024-11-11", "2024-11-13")], id="a span given twice over opens a piece on the event"),
    pytest.param("For two days, November 11-13, farmers protested.", "2024-11-17", [],
                 id="a span whose length disagrees"),
    pytest.param("For two days, leaders talked.", "2024-11-17", [], id="no dates given"),
    pytest.param("For two weeks, 31 Oct–13 Nov, the city was the centre of the climate world.", "2021-11-16",
                 [("2021-10-31", "2021-11-13")], id="a fortnight across two months, as writers round it"),
    pytest.param("For two weeks, 1-28 March, the city was the centre of the climate world.", "2021-04-02", [],
                 id="four weeks are no fortnight"),
    pytest.param("The talks were held on the sidelines of a two-day summit that opened on Wednesday.", "2022-09-15",
                 [("2022-09-14", "2022-09-15")], id="side talks leave the summit's own word its date"),
    pytest.param("Modi held talks with business leaders on Wednesday.", "2022-09-15", [],
                 id="talks with no counterpart: not compared"),
    pytest.param("The leaders of Brazil, Russia, India, China and South Africa on Wednesday pledged closer ties.",
                 "2023-08-24", [("2023-08-23", "2023-08-23")],
                 id="what the leaders did together, they did at the meeting"),
    pytest.param("The leaders on Wednesday did not pledge closer ties.", "2023-08-24", [], id="negated"),
    pytest.param("Ministers on Wednesday pledged closer ties.", "2023-08-24", [], id="others than the leaders"),
])
def test_extract_event_dates_where_no_usual_event_word_dates_them(extract_text, text, published, dates):
    claims = of(extract_text(text, published), "date", "event-dates")
    assert [(c.value["start"], c.value["end"]) for c in claims] == dates


def test_align_side_meetings_told_apart_by_who_met(extract_text):
    claims = extract_text("Indonesian President Joko Widodo hosted the summit in Jakarta. Japanese Prime Minister "
                          "Fumio Kishida met Chinese Premier Li Qiang on Wednesday. Widodo held talks with Kishida "
                          "on Tuesday. Li told Kishida on Wednesday that ties mattered. The leaders met on Thursday. "
                          "South Korean President Yoon Suk Yeol and Australian Prime Minister Anthony Albanese "
                          "met on Wednesday. "
                          "Kishida, who turns 66 on Friday, also met Widodo. German Foreign Minister Annalena "
                          "Baerbock said on Wednesday on the sidelines that Ukraine needed help.", "2023-09-07")
    groups = align(claims)
    meetings = {(g.subject, c.value["start"]) for g in groups if g.topic == "bilateral" for c in g.claims}
    assert meetings == {("China and Japan", "2023-09-06"), ("Japan", "2023-09-05"),
                        ("Australia and South Korea", "2023-09-06")}
    assert [c.value["start"] for c in of(claims, "date", "event-dates")] == ["2023-09-07"]


def test_align_a_persons_visits_are_dated_per_destination(extract_text):
    claims = extract_text("President Joe Biden arrived on Friday. Biden’s May 20-22 visit to South Korea came first. "
                          "Biden visited Japan on Sunday. The summit opened on Tuesday.", "2022-05-24")
    align(claims)
    visits = {c.subject: (c.value["start"], c.value["end"]) for c in of(claims, "date", "visit")}
    assert visits == {"Joe Biden, to South Korea": ("2022-05-20", "2022-05-22"),
                      "Joe Biden, to Japan": ("2022-05-22", "2022-05-22")}
    assert [c.value["start"] for c in of(claims, "date", "event-dates")] == ["2022-05-24"]


@pytest.mark.parametrize("text, lists", [
    pytest.param("The United States and Britain did not sign the declaration.", [("sign", "list")], id="who did not"),
    pytest.param("Hungary and Slovakia also did not sign the declaration.", [("sign", "partial")], id="also"),
    pytest.param("Britain did not sign the declaration.", [("sign", "partial")], id="one of them"),
    pytest.param("The United States and Britain were among those that did not sign the declaration.", [],
                 id="among them: not read"),
])
def test_extract_a_list_of_non_signers_is_complete_unless_said_otherwise(extract_text, text, lists):
    claims = extract_text(text, "2025-02-12")
    negated = [c for c in of(claims, "set", "attendees") if c.modality == "negated"]
    assert [(c.subject, c.basis) for c in negated] == lists


@pytest.mark.parametrize("text, stops", [
    pytest.param("Brazilian President Luiz Inacio Lula da Silva visited Angola before flying on to Johannesburg.",
                 [("Luiz Inacio Lula da Silva", "Angola")], id="visited X before flying to Y"),
    pytest.param("Ukrainian President Volodymyr Zelenskiy arrived in Hiroshima on Saturday from Saudi Arabia, "
                 "where he had addressed an Arab League summit.", [("Volodymyr Zelenskiy", "Saudi Arabia")],
                 id="arrived from X"),
    pytest.param("Chinese President Xi Jinping, who came via Kazakhstan, met Putin on Thursday.",
                 [("Xi Jinping", "Kazakhstan")], id="via X"),
    pytest.param("Japanese Prime Minister Fumio Kishida arrived in Vilnius from Japan on Monday.", [],
                 id="from home is no stop"),
    pytest.param("Japanese Prime Minister Fumio Kishida arrived in Vilnius on Monday.", [], id="no stop"),
])
def test_extract_where_a_leader_stopped_on_the_way(extract_text, text, stops):
    claims = extract_text(text, "2023-08-22")
    assert [(c.subject, c.value["text"]) for c in of(claims, "place", "stopover")] == stops
    assert all(c.value["text"] not in ("Angola", "Saudi Arabia") for c in of(claims, "place", "venue"))


def test_align_a_leaders_list_keeps_its_host_and_marks_it(extract_text):
    claims = extract_text("Japanese Prime Minister Fumio Kishida hosted the summit in Tokyo. U.S. President Joe "
                          "Biden, Indian Prime Minister Narendra Modi and Australia's new prime minister, Anthony "
                          "Albanese, joined Kishida at the table on Tuesday.", "2022-05-24")
    align(claims)
    lists = [c.value for c in of(claims, "set", "leaders") if len(c.value["members"]) > 1]
    assert [(v["members"], v["hosts"]) for v in lists] == [
        (["Anthony Albanese", "Fumio Kishida", "Joe Biden", "Narendra Modi"], ["Fumio Kishida"])]



@pytest.mark.parametrize("text, absent", [
    pytest.param("The presidents of Guatemala, Honduras and El Salvador stayed away.",
                 ["El Salvador", "Guatemala", "Honduras"], id="stayed away"),
    pytest.param("The leaders of Chile and Peru attended, but the presidents of Guatemala and Honduras stayed home.",
                 ["Guatemala", "Honduras"], id="stayed home"),
])
def test_extract_leaders_who_stayed_away(extract_text, text, absent):
    claims = extract_text(text, "2022-06-10")
    negated = [c for c in of(claims, "set", "attendees") if c.modality == "negated"]
    assert [sorted(c.value["members"]) for c in negated] == [absent]


@pytest.mark.parametrize("text, modality", [
    pytest.param("Mexican President Andres Manuel Lopez Obrador said on Monday that he would not attend.",
                 "negated", id="said he would not attend"),
    pytest.param("Canadian Prime Minister Justin Trudeau said he would attend the summit.", "reported",
                 id="said he would attend"),
    pytest.param("The presidents of Chile and Peru stayed away, as did Mexican President Andres Manuel Lopez "
                 "Obrador.", "negated", id="as did X"),
    pytest.param("Biden opens summit as Mexican President Andres Manuel Lopez Obrador stays away", "negated",
                 id="headline"),
])
def test_extract_a_leaders_absence_in_other_words(extract_text, text, modality):
    claims = extract_text(text, "2022-06-08")
    lists = [c for c in of(claims, "set", "leaders") if len(c.value["members"]) == 1]
    assert [c.modality for c in lists] == [modality]


@pytest.mark.parametrize("text, published, day, event", [
    pytest.param("The decision came at the summit that ran through Saturday in Kigali.", "2022-06-26",
                 "2022-06-25", "main", id="ran through: over"),
    pytest.param("Ministers met on Monday, ahead of the summit on Thursday.", "2022-06-20",
                 "2022-06-23", "main", id="ahead of: still to come"),
    pytest.param("Ministers met on Monday, ahead of the summit on Thursday.", "2022-06-20",
                 "2022-06-20", "other", id="what happened ahead of it is not it"),
    pytest.param("The summit, held in Los Angeles on June 8-10, was supposed to mark a return.", "2022-06-12",
                 "2022-06-08", "main", id="supposed to: not its subject"),
])
def test_extract_event_days_by_what_the_sentence_says_of_them(extract_text, text, published, day, event):
    claims = extract_text(text, published)
    dates = [c for c in claims if c.kind == "date" and c.topic == "event-dates" and c.value["start"] == day]
    assert [c.event for c in dates] == [event]


def test_extract_the_leaders_sessions_inside_a_longer_event(extract_text):
    claims = extract_text("The summit opens on Monday with forums for business. The leaders' sessions are "
                          "scheduled for June 8-10.", "2022-06-05")
    assert [c.value["start"] for c in of(claims, "date", "event-dates")] == ["2022-06-06"]
    assert [(c.value["start"], c.value["end"]) for c in of(claims, "date", "leaders-sessions")] == [
        ("2022-06-08", "2022-06-10")]


def test_extract_a_side_meeting_years_ago_is_another_occasion(extract_text):
    claims = extract_text("Cuba took part for the first time at the 2015 summit in Panama, where Barack Obama "
                          "met Cuban leader Raul Castro.", "2022-06-05")
    assert of(claims, "date", "bilateral") == [] and of(claims, "place", "venue") == []


def test_extract_an_agreement_signed_months_ago_is_not_the_event(extract_text):
    claims = extract_text("Britain has paid Rwanda 120 million pounds under the agreement, signed in April.",
                          "2022-06-20")
    assert of(claims, "date", "event-dates") == []
    assert [c.subject for c in of(claims, "date", "signing")] == ["agreement"]


@pytest.mark.parametrize("text, value", [
    pytest.param("President Joe Biden opened the Ninth Summit of the Americas on Wednesday.", 9, id="word in a name"),
    pytest.param("The 15th BRICS Summit opened in Johannesburg on Tuesday.", 15, id="number in a name"),
])
def test_extract_an_edition_inside_the_meetings_name(extract_text, text, value):
    claims = extract_text(text, "2023-08-23")
    assert [c.value["value"] for c in of(claims, "ordinal", "edition")] == [value]


def test_extract_signers_of_a_document_counted_under_a_participle(extract_text):
    claims = extract_text("The Los Angeles Declaration on Migration and Protection, signed Friday by 20 countries, "
                          "commits governments to share responsibility. The summit closed with 21 countries "
                          "signing the declaration.", "2022-06-10")
    counts = {c.value["value"]: c.subject for c in of(claims, "count", "participants")}
    assert counts == {20: "declaration", 21: "declaration"}


def test_extract_the_one_expected_to_open_the_summit_is_its_host(extract_text):
    claims = extract_text("Prime Minister Anthony Albanese is expected to open the summit in Melbourne.", "2024-03-04")
    hosts = of(claims, "person", "host")
    assert [(c.value["text"], c.modality) for c in hosts] == [("Anthony Albanese", "expected")]


def test_extract_military_support_announced_is_a_pledge(extract_text):
    claims = extract_text("The prime minister announced a further £1 billion ($1.2 billion) in military support "
                          "for Kyiv.", "2022-06-30")
    pledges = of(claims, "money", "investment")
    assert [(c.value["amount"], c.value["currency"], c.value["alt"]["currency"]) for c in pledges] == [
        (1e9, "GBP", "USD")]
