"""Who signed an agreement together: short articles written for the test (model-based:
asserts properties of claims)."""

from summitcheck.align import align
from tests.conftest import of


def _signers(claims):
    return [(c.subject, sorted(c.value["members"]), c.basis) for c in of(claims, "set", "signatories")]


def test_two_signers_told_three_ways_are_the_complete_list(extract_text):
    claims = extract_text("Sunak and Kishida signed a defence cooperation agreement. Kishida, who signed a defence "
                          "cooperation pact with Prime Minister Rishi Sunak on Monday, flew home. The defence "
                          "cooperation agreement that Rishi Sunak signed with Fumio Kishida is his legacy.",
                          "2024-08-30")
    found = _signers(claims)
    assert len(found) == 3
    assert {subject for subject, _, _ in found} == {"defence cooperation agreement"}
    assert all(basis == "list" for _, _, basis in found)
    groups = [g for g in align(claims) if g.topic == "signatories"]
    assert len(groups) == 1


def test_a_name_the_parser_hangs_on_a_date_still_signed(extract_text):
    claims = extract_text("On Monday Sunak and Fumio Kishida signed a defence cooperation agreement.", "2024-08-30")
    assert [sorted(m) for _, m, _ in _signers(claims)] == [["Fumio Kishida", "Sunak"]]


def test_another_kind_of_agreement_or_an_unsigned_one_is_not_this_list(extract_text):
    claims = extract_text("Kishida signed a separate accord with Zelensky. Trudeau did not sign the security "
                          "agreement with Zelensky.", "2024-06-14")
    assert [subject for subject, _, _ in _signers(claims)] == ["agreement"]

