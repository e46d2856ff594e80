"""What a session someone addressed was about: short articles written for the test
(model-based: asserts properties of claims)."""

from tests.conftest import of


def test_what_a_session_someone_addressed_was_about(extract_text):
    claims = extract_text("Antonio Guterres told a session on climate change that time was short. At a session on "
                          "water security on Friday, the Kenyan president called for a fund. The pontiff told a "
                          "session on migration that doors must stay open. Leaders held a session. The president "
                          "told a session on debt that rates were too high.", "2024-06-14")
    sessions = [(c.subject, c.value["text"]) for c in of(claims, "text", "session")]
    # a bare "the president" names no one: another article's president may be another person
    assert sessions == [("Antonio Guterres", "climate change"), ("president of Kenya", "water security"),
                        ("pope", "migration")]


def test_a_bodys_numbered_ordinary_session_is_the_edition(extract_text):
    claims = extract_text("The assembly opened its 37th ordinary session on Saturday. Leaders opened their "
                          "second session in the afternoon.", "2024-02-17")
    assert [c.value["value"] for c in of(claims, "ordinal", "edition")] == [37]
