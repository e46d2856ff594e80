"""What a session someone addressed was about: short articles written for the test
(model-based: asserts properties of claims)."""

from tests.conftest import of


def test_what_a_session_someone_addressed_was_about(extract_text):
    claims = extract_text("Antonio Guterres told a session on climate change that time was short. At a session on "
                          "water security on Friday, the president called for a fund. Leaders held a session.",
                          "2024-06-14")
    sessions = [(c.subject, c.value["text"]) for c in of(claims, "text", "session")]
    assert sessions == [("Antonio Guterres", "climate change"), ("president", "water security")]
