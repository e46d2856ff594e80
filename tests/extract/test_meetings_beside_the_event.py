"""Meetings, acts and figures beside the event's own: another meeting named by its group or
its edition, a clause some time before or after, a term of office, a goal members reach,
a plan written "is to be", a leader who chose to stay home. Short articles written for the
test (model-based: asserts properties of claims, not exact spans)."""

import pytest

from tests.conftest import of


def _names(claims, topic):
    return [(c.text, c.value.get("event_name")) for c in of(claims, "date", topic) + of(claims, "place", topic)]


@pytest.mark.parametrize("text,name", [
    pytest.param("The U.S. president gathered G7 and NATO leaders in Warsaw on Wednesday morning.", "G7",
                 id="group whose leaders were gathered"),
    pytest.param("Many leaders arrived from the COP26 climate conference in Glasgow.", "COP26",
                 id="a word saying what kind"),
    pytest.param("The APEC leaders who met in Lima on Friday and Saturday spoke of trade.", "APEC",
                 id="leaders of a relative clause"),
    pytest.param("The COP26 talks in Glasgow, which were due to end on Friday, ran into overtime.", "COP26",
                 id="clause the parser hangs on the town"),
])
def test_a_meeting_named_beside_a_date_or_place_is_read(extract_text, text, name):
    claims = extract_text(text, "2021-11-14")
    found = [c for c in claims if c.topic in ("event-dates", "venue")]
    assert found and {c.value.get("event_name") for c in found} == {name}


def test_a_forums_own_leaders_meeting_is_named_after_the_forum(extract_text):
    claims = extract_text("Several leaders fly on to Lima, where the Asia-Pacific Economic Cooperation forum "
                          "holds its leaders' meeting on Friday and Saturday.", "2024-11-12")
    assert {c.value.get("event_name") for c in of(claims, "date", "event-dates")} == \
        {"Asia-Pacific Economic Cooperation"}


def test_what_happened_in_a_clause_after_the_event_word_is_not_the_event(extract_text):
    claims = extract_text("The president gathered allied leaders in Madrid on Wednesday after a drone struck a "
                          "village in eastern Romania on Tuesday.", "2022-06-29")
    assert [c.text for c in of(claims, "place", "venue")] == ["Madrid"]
    assert [c.value["start"] for c in of(claims, "date", "event-dates")] == ["2022-06-29"]


def test_less_than_a_month_after_and_a_second_after_are_other_occasions(extract_text):
    claims = extract_text("The summit comes less than a month after G7 leaders met in Hiroshima, and after a "
                          "conference on Sudan hosted by France in April.", "2023-06-08")
    assert of(claims, "date", "event-dates") == [] and of(claims, "place", "venue") == []


def test_a_term_of_office_beginning_is_no_day_of_the_meeting(extract_text):
    claims = extract_text("Brazil's presidency begins on 1 December, and Lula has promised a focus on hunger.",
                          "2023-09-11")
    assert of(claims, "date", "event-dates") == []


def test_a_host_of_the_next_meeting_in_a_relative_clause_is_not_this_ones(extract_text):
    claims = extract_text("Luiz Inacio Lula da Silva, who will host the leaders in Rio de Janeiro next year, "
                          "spoke of hunger.", "2023-09-11")
    assert of(claims, "person", "host") == []


def test_a_host_convening_another_groups_leaders_names_that_group(extract_text):
    claims = extract_text("Joe Biden convened G7 and NATO leaders in Warsaw on Wednesday morning.", "2022-06-29")
    assert [c.value.get("event_name") for c in of(claims, "person", "host")] == ["G7"]


@pytest.mark.parametrize("text,value,subject", [
    pytest.param("Twenty-three allies now meet the goal of spending 2% of GDP on defence.", 23, "target",
                 id="words hyphened"),
    pytest.param("NATO says 11 allies will meet the target of spending 2% of GDP this year.", 11, "target",
                 id="a plan"),
    pytest.param("On defence spending, 18 of the alliance's 32 members now meet the target of spending 2% of GDP.",
                 18, "target",
                 id="some of the members"),
])
def test_those_who_reach_a_goal_are_counted_apart_from_who_met(extract_text, text, value, subject):
    counts = of(extract_text(text, "2024-07-11"), "count", "participants")
    assert (value, subject) in [(c.value["value"], c.subject) for c in counts]
    assert all(c.subject != "member" or c.value["value"] == 32 for c in counts)


def test_leaders_meeting_in_a_city_are_still_participants(extract_text):
    counts = of(extract_text("Leaders of the 32 allies meet in Washington on Tuesday.", "2024-07-08"),
                "count", "participants")
    assert [(c.value["value"], c.subject) for c in counts] == [(32, "member")]


def test_sessions_that_are_to_be_held_are_a_plan_and_a_part_of_the_event(extract_text):
    claims = extract_text("The working sessions are to be held at the Walter E. Washington Convention Center "
                          "on Wednesday and Thursday.", "2024-07-08")  # a Monday
    parts = of(claims, "date", "leaders-sessions")
    assert [(c.value["start"], c.value["end"], c.modality) for c in parts] == [("2024-07-10", "2024-07-11", "expected")]
    assert of(claims, "date", "event-dates") == []


def test_a_leader_who_chose_to_stay_home_is_absent(extract_text):
    claims = extract_text("Canada was represented by its foreign minister, Melanie Joly, after Prime Minister "
                          "Justin Trudeau chose to stay home.", "2023-09-10")
    leaders = of(claims, "set", "leaders")
    absent = [c for c in leaders if c.modality == "negated"]
    assert [c.value["members"] for c in absent] == [["Justin Trudeau"]]
    assert all("Justin Trudeau" not in c.value["members"] for c in leaders if c.modality != "negated")


def test_an_anniversary_is_numbered_per_what_is_that_old(extract_text):
    claims = extract_text("Leaders will gather for a summit marking the 60th anniversary of the bloc. They will "
                          "also mark the 30th anniversary of the genocide.", "2024-04-05")
    found = {(c.value["value"], c.subject) for c in of(claims, "ordinal", "ordinal:anniversary")}
    assert found == {(60, None), (30, "genocide")}


def test_the_last_summit_for_a_person_is_this_one(extract_text):
    claims = extract_text("It will be the last summit for Secretary General Ban Ki-moon, who steps down in "
                          "December.", "2016-09-05")
    offices = of(claims, "person", "office")
    assert [(c.subject, c.value["text"]) for c in offices] == [("secretary general", "Ban Ki-moon")]


def test_a_groups_title_set_before_the_name_is_its_office(extract_text):
    claims = extract_text("The alliance's secretary general, Jens Stoltenberg, said the pledge was a floor.",
                          "2024-07-10")
    assert [(c.subject, c.value["text"]) for c in of(claims, "person", "office")] == \
        [("secretary general", "Jens Stoltenberg")]


@pytest.mark.parametrize("text", [
    pytest.param("The meeting was the last for Secretary General Jens Stoltenberg, who will be succeeded by "
                 "Mark Rutte in October.", id="succeeded by"),
    pytest.param("Jens Stoltenberg, the secretary general, hands over on October 1 to Mark Rutte.",
                 id="hands over to"),
])
def test_the_incoming_holder_of_an_appointed_office(extract_text, text):
    claims = extract_text(text, "2024-07-10")
    assert [(c.subject, c.value["text"]) for c in of(claims, "person", "chair-handover")] == \
        [("incoming secretary general", "Mark Rutte")]


@pytest.mark.parametrize("text", [
    "Leaders said Moldova was on an \"irreversible\" path to membership.",
    "Leaders called Chisinau's path to membership \"irreversible\".",
    "The text describes Moldova's path to membership as \"irreversible\".",
])
def test_a_quoted_word_for_a_countrys_thing(extract_text, text):
    claims = of(extract_text(text, "2024-06-28"), "text", "designation")
    assert [(c.subject, c.value["text"]) for c in claims] == [("Moldova: path", "irreversible")]


def test_a_quoted_word_for_no_countrys_thing_is_not_read(extract_text):
    assert of(extract_text("Russia called the declaration \"hostile\".", "2024-06-28"), "text", "designation") == []


@pytest.mark.parametrize("text,value", [
    pytest.param("The group's 20 members account for about 80% of the world's output.", 20, id="owned by the group"),
    pytest.param("The G20 groups 19 countries and the European Union.", 20, id="a bloc among the members"),
])
def test_a_bodys_own_members_are_its_size(extract_text, text, value):
    counts = of(extract_text(text, "2022-11-15"), "count", "participants")
    assert [(c.value["value"], c.subject) for c in counts] == [(value, "member")]


def test_killing_counts_the_dead(extract_text):
    claims = extract_text("A missile struck a village on Tuesday, killing two people.", "2022-11-16")
    assert [(c.topic, c.value["value"]) for c in of(claims, "count")] == [("casualties", 2)]


@pytest.mark.parametrize("text", [
    "Lavrov left on Tuesday night, leaving Finance Minister Anton Siluanov to speak for Moscow on the final day.",
    "Lavrov left on Tuesday night, and Finance Minister Anton Siluanov sat in for Russia on the final day.",
])
def test_a_stand_in_for_the_final_day(extract_text, text):
    claims = of(extract_text(text, "2022-11-16"), "person", "representative")
    assert [(c.subject, c.value["text"], c.value.get("day")) for c in claims] == \
        [("Russia", "Anton Siluanov", "the final day")]


def test_a_named_treaty_is_dated_when_signed(extract_text):
    claims = extract_text("The ceremony was held in the hall where the North Atlantic Treaty was signed on April 4, "
                          "1949.", "2024-07-08")
    assert [(c.subject, c.value["start"]) for c in of(claims, "date", "signing")] == [("treaty", "1949-04-04")]


def test_the_summit_held_on_days_the_parser_hangs_on_another_noun(extract_text):
    claims = extract_text("The ceremony that opened the summit, held on 9-11 July, took place in the old hall.",
                          "2024-07-15")
    assert [(c.value["start"], c.value["end"]) for c in of(claims, "date", "event-dates")] == \
        [("2024-07-09", "2024-07-11")]


def test_an_article_dating_its_event_only_by_a_range_at_a_place(extract_text):
    claims = extract_text("The alliance turned 60 in Strasbourg on 3-4 April, and it threw itself a party.",
                          "2009-04-10")
    assert [(c.value["start"], c.value["end"]) for c in of(claims, "date", "event-dates")] == \
        [("2009-04-03", "2009-04-04")]


@pytest.mark.parametrize("text", [
    "The United States and Japan announced a $15.5 billion Just Energy Transition Partnership for Vietnam.",
    "The $15.5 billion (about 360 trillion dong) Just Energy Transition Partnership commits Vietnam to less coal.",
])
def test_a_figure_before_a_named_initiative_is_its_size(extract_text, text):
    money = of(extract_text(text, "2022-12-15"), "money", "investment")
    assert [(c.subject, c.value["amount"]) for c in money] == \
        [("size of just energy transition partnership", 15.5e9)]


def test_a_pledge_after_a_reported_state_is_the_speakers(extract_text):
    claims = extract_text("Leaders declared on Wednesday that Moldova was on a path to membership and pledged "
                          "40 billion euros in aid.", "2024-07-10")
    assert [c.subject for c in of(claims, "money", "investment")] == [None]


def test_a_host_named_by_the_meeting_it_adopts_nothing_from(extract_text):
    claims = extract_text("The summit, hosted by President Joe Biden, adopted the Washington Summit Declaration "
                          "on Wednesday.", "2024-07-11")
    assert [c.value.get("event_name") for c in of(claims, "person", "host")] == [None]


def test_a_span_of_days_framing_a_signing_dates_the_meeting(extract_text):
    claims = extract_text("The summit ended well. On 12-13 November, in Phnom Penh, the chair got the leaders to "
                          "sign a single text.", "2022-11-20")
    assert of(claims, "date", "signing") == []
    assert [(c.value["start"], c.value["end"]) for c in of(claims, "date", "event-dates")] == \
        [("2022-11-12", "2022-11-13")]


def test_host_as_a_title_before_the_name(extract_text):
    claims = extract_text("Leaders opened the summit on Tuesday, with host President Luiz Inacio Lula da Silva "
                          "urging them to fight hunger.", "2024-11-19")
    assert [c.value["text"] for c in of(claims, "person", "host")] == ["Luiz Inacio Lula da Silva"]


def test_the_guest_of_the_verb_host_is_no_host(extract_text):
    claims = extract_text("Joe Biden will host Xi Jinping at the White House next month.", "2024-11-19")
    assert "Xi Jinping" not in [c.value["text"] for c in of(claims, "person", "host")]


def test_the_weekend_said_midweek_of_a_past_act_is_the_one_gone(extract_text):
    claims = extract_text("The summit ended on Wednesday. The fund launched at the weekend has collected $1 billion "
                          "in pledges.", "2022-11-16")  # a Wednesday
    dated = [(c.value["start"], c.value["end"]) for c in claims if c.kind == "date" and c.text == "the weekend"]
    assert dated == [("2022-11-12", "2022-11-13")]


def test_a_newcomers_place_among_the_members(extract_text):
    claims = of(extract_text("Finland, which joined in April as the 31st member, took its seat at the table.",
                             "2023-07-12"), "ordinal", "ordinal:member")
    assert [(c.subject, c.value["value"]) for c in claims] == [("Finland", 31)]


@pytest.mark.parametrize("text", [
    "It will be Finland's first summit as a full member.",
    "Finland, which became the 31st member in April, attended its first summit as an ally.",
])
def test_a_countrys_own_first_summit_is_no_edition(extract_text, text):
    claims = extract_text(text, "2023-07-12")
    assert of(claims, "ordinal", "edition") == []
    assert [(c.subject, c.value["value"]) for c in of(claims, "ordinal", "ordinal:summit")] == [("Finland", 1)]


def test_a_date_framed_in_a_town_two_sources_place_the_event_in():
    from summitcheck.align.places import keep_dates_framed_at_the_venue
    from summitcheck.model import Claim

    def place(source, town):
        return Claim(source=source, kind="place", topic="venue", text=town, sentence="", start=0, end=1,
                     modality="reported", value={"text": town, "level": "city"}, event="main")

    def framed(town):
        return Claim(source="e", kind="date", topic="event-dates", text="1-2 May", sentence="", start=0, end=1,
                     modality="reported", value={"start": "2025-05-01", "end": "2025-05-02", "framed_in": town},
                     event="main")

    claims = [place("a", "Bali"), place("b", "Bali"), place("c", "Bali"), place("a", "Nusa Dua"),
              place("d", "Nusa Dua"), place("b", "Jakarta"), framed("Nusa Dua"), framed("Jakarta")]
    keep_dates_framed_at_the_venue(claims)
    assert [c.event for c in claims[-2:]] == ["main", "other"]


def test_the_series_next_meeting_is_compared_among_the_sources_that_place_it():
    from summitcheck.align.meetings import key_other_meetings
    from summitcheck.model import Claim

    def place(source, town, sentence):
        return Claim(source=source, kind="place", topic="venue", text=town, sentence=sentence, start=0, end=1,
                     modality="expected", value={"text": town, "level": "city"}, event="other")

    claims = [place("a", "Rio de Janeiro", "Brazil will host next year's summit in Rio de Janeiro."),
              place("b", "Rio de Janeiro", "Lula, who will host the leaders in Rio de Janeiro next year, spoke."),
              place("c", "Lisbon", "Some delegates flew on to Lisbon for talks.")]
    key_other_meetings(claims)
    assert [c.subject for c in claims] == ["next meeting", "next meeting", None]


@pytest.mark.parametrize("text,way", [
    pytest.param("Ukrainian President Volodymyr Zelensky, addressing the summit by video link, set out his terms.",
                 "by video", id="participle beside the name"),
    pytest.param("Ukrainian President Volodymyr Zelensky is expected to address the leaders by video link.",
                 "by video", id="a plan"),
    pytest.param("Ukrainian President Volodymyr Zelensky joined the leaders in person on Thursday.", "in person",
                 id="in person"),
])
def test_how_a_person_took_part(extract_text, text, way):
    claims = of(extract_text(text, "2022-11-15"), "text", "participation")
    assert [(c.subject, c.value["text"]) for c in claims] == [("Volodymyr Zelensky", way)]
    # the claim quotes the words that say how, so an edit to them is an edit to the claim
    assert claims[0].text.lower().startswith(way.split()[0]) and "Zelensky" not in claims[0].text


def test_another_clauses_video_is_not_the_persons_way(extract_text):
    claims = extract_text("Ukrainian President Volodymyr Zelensky said the talks were held by video.", "2022-11-15")
    assert of(claims, "text", "participation") == []


def test_a_host_hosting_its_first_summit_numbers_the_meeting(extract_text):
    claims = extract_text("Leaders met on Tuesday. In Riyadh, Saudi Arabia hosted its first-ever summit with the "
                          "Caribbean states.", "2024-11-12")
    assert [c.value["value"] for c in of(claims, "ordinal", "edition")] == [1]
    assert of(claims, "ordinal", "ordinal:summit") == []


@pytest.mark.parametrize("text", [
    "Leaders met on Thursday. Joe Biden introduced Volodymyr Zelensky as \"President Putin\" at the event.",
    "Leaders met on Thursday. \"He's going to beat President Putin,\" Joe Biden said at the event.",
])
def test_a_name_in_quotation_marks_is_no_leader_there(extract_text, text):
    claims = extract_text(text, "2024-07-11")
    members = [m for c in of(claims, "set", "leaders") for m in c.value["members"]]
    assert not any("Putin" in m for m in members)


@pytest.mark.parametrize("text,published,place,when", [
    pytest.param("The real test comes at COP30 in Belem next November, when countries must show progress.",
                 "2024-11-25", "Belem", ("2025-11-01", "2025-11-30"), id="at the meeting, town on the verb"),
    pytest.param("The talks will move next year to Belem, Brazil, for COP30, where targets are due.",
                 "2024-11-24", "Belem", ("2025-01-01", "2025-12-31"), id="moving to the town for the meeting"),
])
def test_a_numbered_meeting_beside_a_date_and_a_town_names_both(extract_text, text, published, place, when):
    claims = extract_text(text, published)
    # which event it is, align decides from the names the bundle writes most
    found = [c for c in claims if c.topic in ("venue", "event-dates")]
    assert [(c.kind, c.value.get("text") or (c.value["start"], c.value["end"]), c.value.get("event_name"))
            for c in sorted(found, key=lambda c: c.kind)] == [("date", when, "COP30"), ("place", place, "COP30")]


def test_next_year_with_no_numbered_meeting_beside_it_is_still_vague(extract_text):
    claims = extract_text("The talks will move next year to Belem, Brazil.", "2024-11-24")
    assert [c for c in claims if c.kind == "date"] == []


@pytest.mark.parametrize("text,present", [
    ("Chinese President Xi Jinping stayed home while Russian President Vladimir Putin flew in for the first day.",
     ["Vladimir Putin"]),
    ("Leaders met in Glasgow. Viktor Orban flew to Florida on Tuesday.", []),  # where he went
])
def test_a_leader_who_flew_in_came(extract_text, text, present):
    claims = extract_text(text, "2021-11-03")
    there = [m for c in of(claims, "set", "leaders") if c.modality != "negated" for m in c.value["members"]]
    assert there == present
