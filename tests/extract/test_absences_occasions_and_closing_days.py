"""Absent leaders named with their countries, absences from a side occasion (the family
photo) rather than from the event, "neither ... nor", plans since changed or in doubt, and
the day an event ended: short articles written for the test (model-based: asserts
properties of claims)."""

from summitcheck.align import align
from tests.conftest import of


def _absent_countries(claims, subject=None):
    return [sorted(c.value["members"]) for c in of(claims, "set", "attendees")
            if c.modality == "negated" and c.subject == subject]


def test_leaders_named_with_their_countries_are_the_countries_that_stayed_away(extract_text):
    claims = extract_text("Two leaders were absent: Hungary's Viktor Orban and Slovakia's Robert Fico.", "2024-03-22")
    assert _absent_countries(claims) == [["Hungary", "Slovakia"]]
    claims = extract_text("Slovakia's Fico, Hungary's Orban and Malta's Robert Abela all stayed home, sending "
                          "ministers in their place.", "2024-03-22")
    assert _absent_countries(claims) == [["Hungary", "Malta", "Slovakia"]]


def test_leaders_present_and_named_with_their_countries_are_no_complete_list(extract_text):
    # only absences are read from such lists: those present may be the ones who spoke
    claims = extract_text("Spain's Pedro Sanchez, Poland's Donald Tusk and Greece's Kyriakos Mitsotakis signed the "
                          "letter.", "2024-03-22")
    assert [c for c in of(claims, "set", "attendees") if c.basis == "list"] == []


def test_a_list_of_absentees_by_name_agrees_with_one_by_country(extract_text):
    by_name = extract_text("Two leaders were absent: Hungary's Viktor Orban and Slovakia's Robert Fico.", "2024-03-22")
    by_country = extract_text("The leaders of Slovakia and Hungary stayed away.", "2024-03-22")
    for c in by_country:
        c.source = "other.txt"
    groups = [g for g in align(by_name + by_country) if g.topic == "attendees"]
    assert len(groups) == 1 and len(groups[0].sources) == 2


def test_missing_the_family_photo_is_no_absence_from_the_summit(extract_text):
    claims = extract_text("The leaders of Germany, Japan and Canada arrived late and missed the family photo.",
                          "2024-06-14")
    assert _absent_countries(claims) == []
    [photo] = of(claims, "set", "attendees")
    assert (photo.subject, photo.modality, photo.basis) == ("photo", "negated", "list")
    assert sorted(photo.value["members"]) == ["Canada", "Germany", "Japan"]
    # "it" stands for the photo of the sentence before; the last leader is named by title
    claims = extract_text("The day ended with the group picture. France's Emmanuel Macron and U.S. President Joe "
                          "Biden missed it.", "2024-06-14")
    [photo] = of(claims, "set", "attendees")
    assert photo.subject == "photo" and sorted(photo.value["members"]) == ["France", "United States"]
    assert photo.text.endswith("Joe Biden")


def test_leaders_missing_from_a_photo_are_not_absent_from_the_event(extract_text):
    claims = extract_text("Two leaders were missing from the photograph: German Chancellor Olaf Scholz and "
                          "Japanese Prime Minister Fumio Kishida.", "2024-06-14")
    leaders = of(claims, "set", "leaders")
    assert [(c.subject, c.modality) for c in leaders] == [("photo", "negated")]
    assert sorted(leaders[0].value["members"]) == ["Fumio Kishida", "Olaf Scholz"]


def test_neither_nor_and_were_absent_are_absences(extract_text):
    claims = extract_text("Neither Vladimir Putin nor Xi Jinping attended; deputies led both delegations.",
                          "2023-09-10")
    absent = {m for c in of(claims, "set", "leaders") if c.modality == "negated" for m in c.value["members"]}
    present = {m for c in of(claims, "set", "leaders") if c.modality != "negated" for m in c.value["members"]}
    assert absent == {"Vladimir Putin", "Xi Jinping"} and not present & absent
    claims = extract_text("The presidents of Chile and Peru were absent from the summit.", "2023-09-10")
    assert _absent_countries(claims) == [["Chile", "Peru"]]


def test_a_plan_in_doubt_or_since_changed_says_nothing_of_who_came(extract_text):
    claims = extract_text("There has been no sign that Chinese President Xi Jinping will travel to Dubai.",
                          "2023-11-28")
    assert of(claims, "set", "leaders") == []
    claims = extract_text("Brazil's president, Luiz Inacio Lula da Silva, said in May that he would stay away. He "
                          "has since changed his mind and is expected to attend.", "2023-08-20")
    assert [c for c in of(claims, "set", "leaders") if c.modality == "negated"] == []


def test_the_day_the_summit_ended_is_its_last_day(extract_text):
    claims = extract_text("The ninth summit of the alliance, which ended on Wednesday, was calm.", "2024-07-12")
    [day] = of(claims, "date", "event-dates")
    assert (day.value["start"], day.basis) == ("2024-07-10", "end")
    # with the length the article gives, a range that ends that day
    claims = extract_text("Leaders met for a three-day summit. The summit closed on Thursday.", "2024-07-12")
    [span] = of(claims, "date", "event-dates")
    assert (span.value["start"], span.value["end"], span.value["range"]) == ("2024-07-09", "2024-07-11", True)
    # talks or a session ending is no end of the event
    claims = extract_text("The talks between the two leaders ended on Wednesday.", "2024-07-12")
    assert all(c.basis != "end" for c in of(claims, "date"))


def test_what_happened_as_the_summit_opened_happened_on_its_first_day(extract_text):
    claims = extract_text("Leaders agreed on Tuesday to fund the clinic, as the host opened the three-day summit in "
                          "Lima.", "2024-11-12")
    [span] = of(claims, "date", "event-dates")
    assert (span.value["start"], span.value["end"]) == ("2024-11-12", "2024-11-14")
    # the range comes from the day and the length: the claim's words hold both
    assert span.text.startswith("Tuesday") and span.text.endswith("three-day")


def test_a_range_of_the_events_length_with_no_event_word_is_the_event(extract_text):
    text = ("Brazilians have a word for what happened at the Copacabana Palace on 18–20 November. For three days the "
            "hotel was the capital of the world.")
    [span] = of(extract_text(text, "2024-11-22"), "date", "event-dates")
    assert (span.value["start"], span.value["end"]) == ("2024-11-18", "2024-11-20")
    # a range of another length, or one beside the event's own dates, is not claimed
    assert of(extract_text(text.replace("three days", "two days"), "2024-11-22"), "date", "event-dates") == []
    dated = extract_text(text + " The summit opened on Monday, November 18.", "2024-11-22")
    assert [c.value["start"] for c in of(dated, "date", "event-dates")] == ["2024-11-18"]
