"""Who came as the hosts' guest, compared per country; a surname alone after the full name."""

from __future__ import annotations

import pytest

from summitcheck.align import align
from tests.conftest import of


def guests(claims):
    return [(c.value["text"], c.subject) for c in of(claims, "person", "guest")]


@pytest.mark.parametrize("text, found", [
    ("Brazilian President Luiz Inacio Lula da Silva, invited by the Japanese hosts, spoke on Saturday.",
     [("Luiz Inacio Lula da Silva", "Brazil")]),
    ("Indian Prime Minister Narendra Modi was invited to the summit as a guest.", [("Narendra Modi", "India")]),
    ("Hosting the Gulf leaders and inviting Narendra Modi to the meeting underlined that approach.",
     [("Narendra Modi", None)]),
])
def test_a_leader_invited_to_the_meeting_is_a_guest(extract_text, text, found):
    assert guests(extract_text(text, "2023-05-20")) == found


def test_a_leader_invited_to_join_the_body_is_no_guest(extract_text):
    claims = extract_text("Swedish Prime Minister Ulf Kristersson was invited to join the alliance.", "2022-06-29")
    assert guests(claims) == []


def test_a_guest_takes_the_country_the_bundle_gives_them_and_two_guests_of_one_country_conflict(extract_text):
    claims = extract_text("Indian Prime Minister Narendra Modi arrived on Friday. Modi, who was invited by the "
                          "hosts, spoke on Saturday.", "2023-05-20")
    assert [name for name, _ in guests(claims)] == ["Modi"]  # the surname alone, named in full before
    for c in claims:
        c.source = "a.txt"
    other = extract_text("Indian Foreign Minister Subrahmanyam Jaishankar, invited by the hosts, spoke on Saturday.",
                         "2023-05-21")
    groups = [g for g in align(claims + other) if g.topic == "guest"]
    assert [(g.subject, sorted({c.value["canonical"] for c in g.claims})) for g in groups] == [
        ("India", ["Narendra Modi", "Subrahmanyam Jaishankar"])]
