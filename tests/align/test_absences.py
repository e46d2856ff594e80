"""A source's absent leaders join its list of absent countries (model-based)."""

import pytest

from summitcheck.align import align


def _absent_countries(claims):
    groups = [g for g in align(claims) if g.topic == "attendees" and g.subject is None]
    return [c.value for g in groups for c in g.claims if c.modality == "negated"]


def test_an_absent_leaders_country_joins_the_sources_absent_countries(extract_text):
    claims = extract_text("The presidents of Chile, Peru and Bolivia stayed away, as did Mexico's president.",
                          "2024-11-16")
    values = _absent_countries(claims)
    assert [v["members"] for v in values] == [["Bolivia", "Chile", "Mexico", "Peru"]]
    assert list(values[0]["absent_leaders"]) == ["Mexico"]  # what the list's own words do not say


def test_absent_leaders_stay_with_the_leaders_when_no_country_list_is_given(extract_text):
    claims = extract_text("Mexico's president did not attend.", "2024-11-16")
    assert _absent_countries(claims) == []
    assert any(g.topic == "leaders" for g in align(claims))


def _judged(claims, sources):
    from summitcheck.model import Source
    from summitcheck.rules.engine import evaluate
    from summitcheck.rules.loader import load_rules

    srcs = [Source(id=s, path=s, text="", analysis_text="", sha256="", published="2023-07-19") for s in sources]
    return [f for f in evaluate(align(claims), load_rules(), srcs) if f.topic == "attendees" and f.subject is None]


def test_a_head_of_government_at_the_event_is_the_country_there(extract_text):
    away = extract_text("The leaders of Venezuela, Brazil and Nicaragua stayed away.", "2023-07-19")
    there = extract_text("Among the arrivals were Brazilian President Luiz Inacio Lula da Silva and Chile's "
                         "Gabriel Boric.", "2023-07-19")
    for c in away:
        c.source = "a.txt"
    for c in there:
        c.source = "b.txt"
    [finding] = _judged(away + there, ["a.txt", "b.txt"])
    assert finding.status == "conflict"
    # a vice president may come in the leader's place: no contradiction
    deputy = extract_text("Brazilian Vice President Geraldo Alckmin attended the summit.", "2023-07-19")
    for c in deputy:
        c.source = "b.txt"
    assert all(f.status != "conflict" for f in _judged(away + deputy, ["a.txt", "b.txt"]))


def _sourced(claims, source):
    for c in claims:
        c.source = source
    return claims


@pytest.mark.parametrize("number, status", [
    ("three", "conflict"),  # as long as the number kept away: whole lists, and they differ
    ("four", "agree"),  # shorter: partial lists, which contradict no one
])
def test_absent_lists_as_long_as_the_number_kept_away_are_whole(extract_text, number, status):
    count = _sourced(extract_text(f"Leaders gathered on Saturday, with {number} member states barred from "
                                  "attending.", "2024-02-17"), "a.txt")
    # lists the reader takes for partial ("are suspended" names those shut out, not all who stayed away)
    one = _sourced(extract_text("Mali, Niger and Guinea will not be represented.", "2024-02-17"), "b.txt")
    other = _sourced(extract_text("Mali, Niger and Chad, all run by military authorities, are suspended from the "
                                  "bloc and did not take part in the meeting.", "2024-02-18"), "c.txt")
    assert [f.status for f in _judged(count + one + other, ["a.txt", "b.txt", "c.txt"])] == [status]


def test_the_host_of_the_previous_meeting_keeps_an_absence_of_their_own(extract_text):
    claims = extract_text("Indian Prime Minister Narendra Modi did not attend the summit in Astana on Thursday. "
                          "Modi had hosted the previous summit, which India held online.", "2024-07-04")
    leaders = [g for g in align(claims) if g.topic == "leaders"]
    assert [(c.modality, c.value["members"]) for g in leaders for c in g.claims] == [("negated", ["Narendra Modi"])]


def test_a_country_an_absent_leader_sent_someone_for_takes_part(extract_text):
    claims = extract_text("Argentina withdrew its delegation on Wednesday. Chinese President Xi Jinping stayed away "
                          "and sent Vice Premier Ding Xuexiang instead.", "2024-11-13")
    assert [v["members"] for v in _absent_countries(claims)] == [["Argentina"]]
