"""A building named where someone spoke, buildings described in other words, a past summit's
list, and guests named by the role they came in: short articles written for the test."""

from __future__ import annotations

import pytest

from summitcheck.pipeline import verify
from tests.conftest import of


def _venues(claims):
    return [(c.value["text"], c.subject) for c in of(claims, "place", "venue")]


def test_speaking_at_a_building_names_the_venue(extract_text):
    claims = extract_text("The summit opened in Oslo on Monday. Speaking at the Oslo Concert Hall on Tuesday, "
                          "the chancellor said Europe must act.", "2025-03-04")
    assert ("Oslo Concert Hall", "building") in _venues(claims)


@pytest.mark.parametrize("text", [
    "Speaking in Washington before he left, the president said Europe must act.",  # a town, maybe elsewhere
    "Speaking at a dinner at the Royal Palace, the king said Europe must act.",  # a side occasion
    "The chancellor will deliver a speech at the Oslo Concert Hall later on Tuesday.",  # not a framing participle
])
def test_speaking_elsewhere_names_no_venue(extract_text, text):
    assert _venues(extract_text(text, "2025-03-04")) == []


def test_a_building_described_in_lower_case_words_is_one_venue(tmp_path):
    texts = {"a.txt": "date 2022-06-28 Leaders meet\n\nThe leaders met at the IFEMA convention centre in Madrid on Tuesday.\n",
             "b.txt": "date 2022-06-29 Summit\n\nThe summit was held at the IFEMA exhibition centre in Madrid on Tuesday.\n",
             "c.txt": "date 2022-06-29 Summit\n\nThe summit was held at the Palacio Real in Madrid on Tuesday.\n"}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    buildings = [f for f in verify([str(tmp_path)], jobs=1, use_cache=False).findings
                 if f.topic == "venue" and f.subject == "building"]
    assert [f.status for f in buildings] == ["conflict"]
    # the two descriptions of one centre are one value; the palace is the other
    assert sorted({c.value.get("canonical", c.value["text"]) for c in buildings[0].claims}) == ["IFEMA", "Palacio Real"]


def test_a_capitalised_kind_word_is_part_of_the_name(extract_text):
    claims = extract_text("The summit opened at the Kigali Convention Centre on Thursday.", "2022-06-24")
    assert [c.value.get("canonical", c.value["text"]) for c in of(claims, "place", "venue") if c.subject] \
        == ["Kigali Convention Centre"]


def test_a_past_summit_past_the_lead_keeps_who_it_admitted(extract_text):
    text = ("Leaders of the alliance will meet in Madrid from June 28 to 30. Police have closed roads. "
            "Officers are deployed. It is the second time Madrid has welcomed the allies' leaders, after a "
            "summit in July 1997 that opened the door to Poland, Hungary and the Czech Republic.")
    claims = extract_text(text, "2022-06-25")
    assert of(claims, "set", "attendees") == []
    assert [c.value["members"] for c in of(claims, "set", "attendees", event="other")] \
        == [["Poland", "Hungary", "Czech Republic"]]


@pytest.mark.parametrize("text", [
    "The leaders of Japan, South Korea, Australia and New Zealand were in Madrid as the alliance's partners.",
    "The presence of the leaders of Australia, Japan, New Zealand and South Korea, all invited as partners, "
    "was noted.",
])
def test_leaders_who_came_as_partners_are_guests(extract_text, text):
    lists = of(extract_text(text, "2022-06-29"), "set", "attendees")
    assert [(sorted(c.value["members"]), c.subject) for c in lists] == [
        (["Australia", "Japan", "New Zealand", "South Korea"], "invited")]


@pytest.mark.parametrize("text,office", [
    ("Jens Stoltenberg, NATO's secretary general, said the deal was done.", "NATO secretary general"),
    ("Jens Stoltenberg, the alliance's secretary general, said the deal was done.", "secretary general"),
    ("Emmanuel Macron, France's president, said the deal was done.", "president of France"),  # a country's
])
def test_an_office_given_after_the_name(extract_text, text, office):
    assert [c.subject for c in of(extract_text(text, "2022-06-30"), "person", "office")] == [office]


def test_countries_invited_to_join_are_told_apart_from_guests(extract_text):
    text = ("The leaders invited Japan, Australia and Chile to the summit. The next day the allies invited "
            "Finland and Sweden to join. The leaders invited two countries to become members.")
    claims = extract_text(text, "2022-06-30")
    assert [(c.value["members"], c.subject, c.basis) for c in of(claims, "set", "attendees")] == [
        (["Japan", "Australia", "Chile"], "invited", "list"), (["Finland", "Sweden"], "invited to join", "list")]
    assert [c.subject for c in of(claims, "count", "participants")] == ["invited to join"]


def test_a_bodys_headquarters_under_any_owners_name_is_one_venue(tmp_path):
    texts = {"a.txt": "date 2024-07-05 Summit\n\nThe summit is scheduled for July 6-7 at the bloc's headquarters in "
                      "Abuja.\n",
             "b.txt": "date 2024-07-07 Summit\n\nLeaders gathered at the ECOWAS Commission's headquarters in Abuja "
                      "on Sunday.\n",
             "c.txt": "date 2024-07-08 Summit\n\nLeaders gathered at the Nigerian government's conference centre "
                      "in Abuja on Sunday.\n"}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    buildings = [f for f in verify([str(tmp_path)], jobs=1, use_cache=False).findings
                 if f.topic == "venue" and f.subject == "building"]
    assert [f.status for f in buildings] == ["conflict"]
    assert sorted({c.value.get("canonical", c.value["text"]) for c in buildings[0].claims}) == [
        "Nigerian government's conference centre", "headquarters"]


def test_a_building_word_with_no_owner_names_no_venue(extract_text):
    claims = extract_text("Leaders gathered at the conference centre in Abuja on Sunday.", "2024-07-08")
    assert [s for _, s in _venues(claims)] == [None]  # the town only


def test_a_place_reached_through_something_the_event_is_held_with_is_not_its_venue(extract_text):
    claims = extract_text("The conference opens on Sunday. It will be held at the Baku Olympic Stadium, with a "
                          "public Green Zone across the road at the Baku Expo Centre.", "2024-11-08")
    assert [(c.subject, c.value["text"]) for c in of(claims, "place", "venue")] == [
        ("building", "Baku Olympic Stadium")]
    assert of(claims, "place", "bilateral-venue") == []  # a zone the tagger calls a town is no party


def test_the_final_plenary_at_a_campus_names_the_venue(extract_text):
    claims = extract_text("In the final plenary at the Scottish Event Campus in Glasgow, the president closed the "
                          "talks.", "2021-11-13")
    assert sorted((c.subject or "", c.value["text"]) for c in of(claims, "place", "venue")) == [
        ("", "Glasgow"), ("building", "Scottish Event Campus")]


def test_a_side_meeting_with_a_person_is_still_placed(extract_text):
    # "with" a person, not a thing: the place is the side meeting's
    claims = extract_text("On Wednesday Biden spent about four hours with Xi Jinping at the Filoli estate in "
                          "Woodside.", "2023-11-17")
    assert "Woodside" in {c.value["text"] for c in of(claims, "place", "bilateral-venue")}


def test_a_leader_the_tagger_calls_a_town_is_still_a_party(extract_text):
    claims = extract_text("Stoltenberg said he would meet Erdogan, Finnish President Sauli Niinisto and Swedish "
                          "Prime Minister Magdalena Andersson in Madrid on Tuesday.", "2022-06-27")
    assert of(claims, "date", "event-dates") == []
