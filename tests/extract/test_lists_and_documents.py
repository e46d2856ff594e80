"""Lists that run on in another clause, lists that are not attendance, and the names of
outcome documents: short articles written for the test (model-based)."""

from summitcheck.align import align
from tests.conftest import of


def test_neither_adds_to_those_that_did_not_sign(extract_text):
    claims = extract_text("Mexico, Chile and Peru did not sign the declaration, and neither did Colombia, which "
                          "sent only an observer.", "2024-11-16")
    lists = of(claims, "set", "attendees")
    assert [(sorted(c.value["members"]), c.subject, c.modality) for c in lists] == [
        (["Chile", "Colombia", "Mexico", "Peru"], "sign", "negated")]
    assert lists[0].text.endswith("neither did Colombia")


def test_those_by_whom_another_thing_is_done_did_not_attend(extract_text):
    claims = extract_text("Beijing has proposed a peace conference recognised by both Armenia and Azerbaijan. "
                          "The summit was attended by Armenia, Georgia and Azerbaijan.", "2024-11-16")
    assert [sorted(c.value["members"]) for c in of(claims, "set", "attendees")] == [
        ["Armenia", "Azerbaijan", "Georgia"]]


def test_a_document_name_keeps_the_particles_of_a_place(extract_text):
    claims = extract_text("Leaders adopted the Dar es Salaam Declaration on Monday.", "2024-11-16")
    assert [c.value["text"] for c in of(claims, "text", "documents")] == ["Dar es Salaam Declaration"]


def test_the_final_text_and_what_the_meeting_ended_with_are_its_outcome(extract_text):
    claims = extract_text("The final text, the Nairobi Communique on Trade, was signed by 40 countries. The summit "
                          "ended with a Joint Declaration on Debt. Ministers also issued the Lusaka Statement on "
                          "Water.", "2024-11-16")
    assert [(c.value["text"], bool(c.value.get("outcome"))) for c in of(claims, "text", "documents")] == [
        ("Nairobi Communique on Trade", True), ("Joint Declaration on Debt", True),
        ("Lusaka Statement on Water", False)]


def test_those_who_refused_an_act_or_held_out(extract_text):
    claims = extract_text("The text was backed by 59 of the 60 countries, with Paraguay the lone holdout. Even that "
                          "was too much for Bolivia, which refused to sign. Hungary declined to endorse the "
                          "declaration.", "2024-11-16")
    lists = of(claims, "set", "attendees")
    assert [(c.value["members"], c.subject, c.modality, c.basis) for c in lists] == [
        (["Paraguay"], "sign", "negated", "list"), (["Bolivia"], "sign", "negated", "partial"),
        (["Hungary"], "sign", "negated", "partial")]


def test_countries_that_became_members_are_a_list_like_those_that_joined(extract_text):
    claims = extract_text("It is the first summit since Egypt, Ethiopia, Iran and the United Arab Emirates became "
                          "members in January. Brazil, Russia, India and China became members of the bank in 2015.",
                          "2024-10-23")
    lists = of(claims, "set", "attendees")
    # the bank's members are another body's
    assert [sorted(c.value["members"]) for c in lists] == [["Egypt", "Ethiopia", "Iran", "United Arab Emirates"]]
    assert lists[0].basis == "list"


def test_a_groups_members_named_as_its_membership_are_a_complete_list(extract_text):
    claims = extract_text("The bloc's members are now China, India, Iran and Russia. The members of the New "
                          "Development Bank are China, India and Brazil.", "2024-07-04")
    assert [(c.value["members"], c.basis) for c in of(claims, "set", "attendees")] == \
        [(["China", "India", "Iran", "Russia"], "list")]


def test_a_term_defined_by_its_acronym_is_read_from_the_letters(extract_text):
    claims = extract_text("Talks opened on a new collective quantified goal on climate finance, or NCQG. Delegates "
                          "met to help poorer nations meet the new collective quantified goal (NCQG). The World "
                          "Health Organization (WHO) said so. He said, or SO it seemed.", "2024-11-24")
    assert [(c.subject, c.value["text"]) for c in of(claims, "text", "acronyms")] == [
        ("NCQG", "new collective quantified goal on climate finance"),
        ("NCQG", "new collective quantified goal"),
        ("WHO", "World Health Organization")]


def test_an_acronym_is_shown_in_the_fullest_spelling_that_holds_a_claims_words(extract_text):
    claims = extract_text("Talks opened on a new collective quantified goal on climate finance, or NCQG. Delegates "
                          "agreed the new collective quantified goal (NCQG).", "2024-11-24")
    groups = [g for g in align(claims) if g.topic == "acronyms"]
    assert [{c.value["canonical"] for c in g.claims} for g in groups] == \
        [{"new collective quantified goal on climate finance"}]


def test_an_article_of_a_named_text_is_named_with_it(extract_text):
    claims = extract_text("Countries approved rules under Article 6 of the Paris Agreement on Monday.", "2024-11-13")
    assert [c.value["text"] for c in of(claims, "text", "documents")] == ["Article 6 of the Paris Agreement"]


def test_a_summits_own_declaration_by_its_name_is_the_outcome(extract_text):
    claims = extract_text("Leaders adopted the Madrid Summit Declaration on Wednesday. They also recalled the "
                          "Brussels Declaration on Trade.", "2022-06-30")
    assert [(c.value["text"], bool(c.value.get("outcome"))) for c in of(claims, "text", "documents")] == [
        ("Madrid Summit Declaration", True), ("Brussels Declaration on Trade", False)]


def test_an_imperative_opening_the_sentence_is_no_word_of_a_documents_name(extract_text):
    claims = extract_text("Allies met in Madrid.\n\nRead the Madrid Summit Declaration and you will find the word. "
                          "Leaders signed the Madrid Summit Declaration.", "2022-07-02")
    assert [c.value["text"] for c in of(claims, "text", "documents")] == ["Madrid Summit Declaration"] * 2


def test_a_document_the_meeting_adopted_is_its_outcome(extract_text):
    claims = extract_text("The Bridgetown Accord was adopted on Saturday. Delegates adopted the Kigali Pact on "
                          "Friday. Leaders recalled the Lome Convention.", "2024-11-16")
    assert [(c.value["text"], bool(c.value.get("outcome"))) for c in of(claims, "text", "documents")] == [
        ("Bridgetown Accord", True), ("Kigali Pact", True), ("Lome Convention", False)]


def test_a_text_adopted_beside_another_is_one_of_several(extract_text):
    claims = extract_text("Alongside the communique, the leaders adopted the Lusaka Health Declaration. They also "
                          "adopted the Lusaka Water Charter.", "2024-11-16")
    assert [bool(c.value.get("outcome")) for c in of(claims, "text", "documents")] == [False, False]
