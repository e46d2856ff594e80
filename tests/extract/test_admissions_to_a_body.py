"""When a country or a body was admitted to a body: short articles written for the test
(model-based: asserts properties of claims, not exact spans)."""

import pytest

from summitcheck.align import align
from tests.conftest import of


def admissions(claims):
    return [(c.subject, c.value.get("body"), c.value["start"]) for c in of(claims, "date", "admission")]


@pytest.mark.parametrize("text, subject, start", [
    ("Pacific foreign ministers agreed to readmit Fiji at a meeting in Suva on May 7.", "Fiji", "2024-05-07"),
    # the capital stands for the government
    ("Ministers voted to readmit Harare at a meeting in Lusaka on May 7, clearing the way.", "Zimbabwe", "2024-05-07"),
])
def test_a_country_readmitted_dates_its_readmission(extract_text, text, subject, start):
    claims = extract_text(text, "2024-05-20")
    assert [(s, d) for s, _, d in admissions(claims)] == [(subject, start)]


@pytest.mark.parametrize("text", [
    "It is the first summit since the union was admitted as a permanent member of the Group of 20 in "
    "September 2023.",
    # the parser hangs the date on the verb after the subject; it still dates the admission
    "The union's admission to the G20 in New Delhi last September was supposed to give it a voice.",
])
def test_a_body_joined_keys_an_admission_that_names_no_country(extract_text, text):
    claims = extract_text(text, "2024-02-18")
    assert [(s, d) for s, _, d in admissions(claims)] == [(None, "2023-09-01")]
    align(claims)
    assert [c.subject for c in of(claims, "date", "admission")] == ["g20"]


def test_an_admission_of_no_one_named_is_not_read(extract_text):
    claims = extract_text("The admission process began in 2019 and is still going on.", "2024-02-18")
    assert admissions(claims) == []


def test_a_country_that_joined_a_body_is_dated_as_admitted(extract_text):
    claims = extract_text("Iran joined as a full member last year. Finland joined the alliance in April. Putin "
                          "joined the summit by video link on Tuesday.", "2024-07-04")
    assert [(c.subject, c.value["start"][:7]) for c in of(claims, "date", "admission")] == \
        [("Iran", "2023-01"), ("Finland", "2024-04")]
