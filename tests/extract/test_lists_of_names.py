"""Lists of people read as lists where the tagger missed names or took them for places, and
a host who welcomes "the other leaders": short articles written for the test (model-based)."""

from summitcheck.extract.namelists import names_in_list
from summitcheck.extract.nlp import load_model
from tests.conftest import of


def _leaders(claims):
    return [c.value["members"] for c in of(claims, "set", "leaders")]


def test_a_host_welcoming_the_other_leaders_is_one_of_them(extract_text):
    claims = extract_text("Sunak welcomed the other leaders on Thursday morning: Giorgia Meloni of Italy, "
                          "Ursula von der Leyen for the European Commission, Yoon Suk Yeol of South Korea and "
                          "Kamala Harris of the United States.", "2023-11-02")
    assert _leaders(claims) == [["Sunak", "Giorgia Meloni", "Ursula von der Leyen", "Yoon Suk Yeol", "Kamala Harris"]]


LEAD = "Leaders of the group met this week. "


def test_a_list_of_surnames_keeps_the_names_the_tagger_missed(extract_text):
    # the tagger misses "Lula" and "Sunak" and takes "Macron" and "Scholz" for places
    claims = extract_text(LEAD + "Lula, Ramaphosa, Modi and Xi all came to Johannesburg.", "2023-08-24")
    assert _leaders(claims) == [["Lula", "Ramaphosa", "Modi", "Xi"]]
    claims = extract_text(LEAD + "Biden, Trudeau, Macron, Scholz, Kishida and Sunak all came to the summit.",
                          "2024-06-16")
    assert _leaders(claims) == [["Biden", "Trudeau", "Macron", "Scholz", "Kishida", "Sunak"]]


def test_a_list_of_names_stops_at_a_country():
    doc = load_model()("The summit drew Xi Jinping, Narendra Modi, Cyril Ramaphosa, Brazil and Lula.")
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert [s.text for s in names_in_list(people[0], people)] == ["Xi Jinping", "Narendra Modi", "Cyril Ramaphosa"]


def test_those_welcomed_to_a_dinner_are_no_list_of_leaders(extract_text):
    claims = extract_text("Ramaphosa hosted a dinner for the other leaders: Lula of Brazil, Modi of India "
                          "and Xi of China.", "2023-08-24")
    assert _leaders(claims) == []


def test_what_follows_a_colon_without_a_verb_is_the_same_sentence():
    nlp = load_model()
    doc = nlp("Meloni welcomed the other leaders on Thursday: Joe Biden of the United States, Justin "
              "Trudeau of Canada and Rishi Sunak of Britain. Stoltenberg was clear: the allies will "
              "stand together.")
    sentences = [s.text for s in doc.sents]
    assert sentences[0].endswith("Rishi Sunak of Britain.")
    assert "Stoltenberg was clear:" in sentences[1] and len(sentences) >= 2


def test_one_welcomed_or_greeted_by_the_host_is_not_the_host(extract_text):
    claims = extract_text(LEAD + "Syrian President Bashar al-Assad was welcomed back at the summit on Friday. "
                          "Assad, who arrived on Thursday, was greeted by Crown Prince Mohammed bin Salman, "
                          "who chaired the meeting.", "2023-05-19")
    assert [c.value["text"] for c in of(claims, "person", "host")] == ["Crown Prince Mohammed bin Salman"]


def test_a_list_of_titled_names_ending_with_the_host(extract_text):
    claims = extract_text("Summit opens\n\nPutin sat at the table with Belarus's Alexander Lukashenko, Pakistani Prime "
                          "Minister Shehbaz Sharif and the host, Kazakh President Kassym-Jomart Tokayev.", "2024-07-04")
    members = {m for c in of(claims, "set", "leaders") for m in c.value["members"]}
    assert {"Alexander Lukashenko", "Shehbaz Sharif", "Kassym-Jomart Tokayev"} <= members
