"""Who took over a rotating chair, and from whom."""

from __future__ import annotations

import pytest

from summitcheck.align import align
from tests.conftest import of


def roles(claims, event="main"):
    return [(c.subject, c.value["text"]) for c in of(claims, "person", "chair-handover", event)]


@pytest.mark.parametrize("text, found", [
    ("Kenyan President William Ruto took over the rotating chairmanship of the bloc from Ghana's Nana Akufo-Addo.",
     [("incoming", "William Ruto"), ("outgoing", "Nana Akufo-Addo")]),
    ("William Ruto succeeds Ghanaian President Nana Akufo-Addo, who has chaired the bloc for the past year.",
     [("incoming", "William Ruto"), ("outgoing", "Nana Akufo-Addo")]),
    ("Tanzania's Samia Suluhu Hassan, who was handed the rotating chairmanship on Sunday, spoke last.",
     [("incoming", "Samia Suluhu Hassan")]),
    ("President Joko Widodo handed the chairmanship to Prime Minister Hun Manet.",
     [("outgoing", "Joko Widodo"), ("incoming", "Hun Manet")]),
    ("They passed the chairmanship from William Ruto of Kenya to Cyril Ramaphosa of South Africa.",
     [("outgoing", "William Ruto"), ("incoming", "Cyril Ramaphosa")]),
])
def test_the_incoming_and_the_outgoing_chair_are_read(extract_text, text, found):
    assert sorted(roles(extract_text(text, "2024-02-18"))) == sorted(found)


@pytest.mark.parametrize("text", [
    # no chair is named: a son taking over from his father is no handover of the body's chair
    "Togo is ruled by President Faure Gnassingbe, who succeeded his father in 2005.",
    # a country's turn is the chair-rotation topic's, not a person's handover
    "India took over the rotating presidency from Indonesia in December.",
])
def test_no_handover_without_a_chair_or_a_person(extract_text, text):
    assert roles(extract_text(text, "2024-02-18")) == []


def test_a_handover_at_the_previous_summit_is_the_previous_meetings(extract_text):
    claims = extract_text("William Ruto will take over the chairmanship from Senegalese President Macky Sall, who "
                          "was handed the post at the previous summit.", "2024-02-14")
    assert roles(claims) == [("incoming", "William Ruto"), ("outgoing", "Macky Sall")]
    assert roles(claims, "previous") == [("incoming", "Macky Sall")]


def test_two_sources_naming_different_incoming_chairs_are_compared(extract_text):
    claims = extract_text("William Ruto took over the rotating chairmanship from Senegalese President Macky Sall "
                          "on Saturday.", "2024-02-17")
    for c in claims:
        c.source = "a.txt"
    more = extract_text("Paul Kagame, who was handed the rotating chairmanship on Saturday, thanked the leaders.",
                        "2024-02-18")
    groups = [g for g in align(claims + more) if g.topic == "chair-handover"]
    assert [(g.subject, sorted({c.value["text"] for c in g.claims})) for g in groups] == [
        ("incoming", ["Paul Kagame", "William Ruto"]), ("outgoing", ["Macky Sall"])]


def test_a_country_handed_the_chair_is_compared_as_a_place(extract_text):
    claims = extract_text("Tokayev handed the rotating chairmanship to China. China takes over the rotating "
                          "chairmanship from Kazakhstan for the next year.", "2024-07-04")
    places = [(c.subject, c.value["text"]) for c in of(claims, "place", "chair-handover")]
    assert places == [("incoming", "China"), ("incoming", "China"), ("outgoing", "Kazakhstan")]
    assert [(c.subject, c.value["text"]) for c in of(claims, "person", "chair-handover")] == [("outgoing", "Tokayev")]


@pytest.mark.parametrize("text, chair", [
    ("The leaders will not meet again until Germany hosts them in 2022.", ("Germany", "2022")),
    ("Germany will host the 2022 summit.", ("Germany", "2022")),
    ("Italy will host the leaders in Apulia next year.", ("Italy", "2022")),
    ("Brazil will host COP30 in 2025.", None),
    ("India will host the G20 summit in 2023.", None),
    ("Japan hosted them in 2016.", None),
])
def test_the_country_hosting_a_later_years_meeting_is_its_chair_that_year(extract_text, text, chair):
    claims = extract_text("Leaders met for a three-day summit. " + text, "2021-06-16")
    rotation = [(c.value["text"], c.subject) for c in claims if c.topic == "chair-rotation"]
    assert rotation == ([chair] if chair else [])
