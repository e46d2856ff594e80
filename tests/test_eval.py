"""The evaluator's matching of a claim against a gold value."""

from __future__ import annotations

import pytest

from summitcheck.eval import _files_matched, caught, conflict_signatures, matches
from summitcheck.model import Claim, Finding


def _leaders(members, hosts):
    return Claim(source="a.txt", kind="set", topic="leaders", text="", sentence="", start=0, end=0,
                 modality="reported", value={"members": members, "hosts": hosts})


@pytest.mark.parametrize("gold, ok", [
    pytest.param(["Fumio Kishida", "Joe Biden", "Narendra Modi"], True, id="with the host"),
    pytest.param(["Joe Biden", "Narendra Modi"], True, id="guests only"),
    pytest.param(["Joe Biden"], False, id="a part is not the list"),
    pytest.param(["Fumio Kishida", "Joe Biden", "Narendra Modi", "Anthony Albanese"], False, id="more than named"),
])
def test_a_list_naming_its_host_matches_a_gold_list_with_or_without_the_host(gold, ok):
    claim = _leaders(["Fumio Kishida", "Joe Biden", "Narendra Modi"], ["Fumio Kishida"])
    assert matches(claim, "set", gold) is ok


def test_a_country_named_as_a_text_matches_a_gold_place_and_nothing_else_does():
    rotation = Claim(source="a.txt", kind="text", topic="chair-rotation", text="Germany", sentence="",
                     start=0, end=0, modality="reported", value={"text": "Germany"})
    assert matches(rotation, "place", "Germany")
    assert not matches(rotation, "place", "Italy")
    theme = Claim(source="a.txt", kind="text", topic="theme", text="", sentence="", start=0, end=0,
                  modality="reported", value={"text": "Build back better"})
    assert not matches(theme, "place", "Build back better")


def test_a_list_without_hosts_matches_only_itself():
    claim = _leaders(["Joe Biden", "Narendra Modi"], [])
    assert matches(claim, "set", ["Narendra Modi", "Joe Biden"])
    assert not matches(claim, "set", ["Joe Biden"])


def _count(source, text, start, value):
    return Claim(source=source, kind="count", topic="participants", text=text, sentence="",
                 start=start, end=start + len(text), modality="reported", value={"value": value})


def _conflict(*claims):
    return Finding(id="f", rule="count-consistency", topic="participants", kind="count",
                   status="conflict", severity="error", message="", claims=list(claims))


EDIT = {"file": "a.txt"}


def test_an_edit_is_caught_by_a_conflict_it_raised():
    after = [_conflict(_count("a.txt", "22 countries", 10, 22), _count("b.txt", "21 countries", 4, 21))]
    assert caught(after, EDIT, 10, 22)


def test_a_conflict_that_was_there_before_the_edit_catches_nothing():
    # the edit changed a date in the sentence that also holds a count already in conflict
    before = [_conflict(_count("a.txt", "20 countries", 30, 20), _count("b.txt", "21 countries", 4, 21))]
    after = [_conflict(_count("a.txt", "20 countries", 32, 20), _count("b.txt", "21 countries", 4, 21))]
    assert not caught(after, EDIT, 20, 60, conflict_signatures(before))
    assert caught(after, EDIT, 20, 60)  # with no baseline, any conflict on the edit counts


def test_a_conflict_whose_person_is_only_spelled_more_fully_is_not_new():
    from summitcheck.eval import _new_conflicts
    before = {("date-consistency", "main", "sworn-in", "Mohamed Ould Ghazouani")}
    after = {("date-consistency", "main", "sworn-in", "Mohamed Ould Cheikh El Ghazouani")}
    assert _new_conflicts(after, before) == set()
    other = {("date-consistency", "main", "sworn-in", "Azali Assoumani")}
    assert _new_conflicts(other, before) == other


def _absent(source, members):
    return Claim(source=source, kind="set", topic="attendees", text="", sentence="", start=0, end=0,
                 modality="negated", value={"members": members})


def test_a_gold_set_is_what_the_whole_file_names_in_one_finding():
    # "Argentina withdrew ... Papua New Guinea has boycotted the talks": two passages, one set
    finding = Finding(id="f", rule="attendee-sets", topic="attendees", kind="set", status="agree",
                      severity="info", message="", claims=[_absent("a.txt", ["Argentina"]),
                                                           _absent("a.txt", ["Papua New Guinea"]),
                                                           _absent("b.txt", ["Argentina"])])
    fact = {"kind": "set", "claims": [{"file": "a.txt", "value": ["Argentina", "Papua New Guinea"]},
                                      {"file": "b.txt", "value": ["Argentina", "Papua New Guinea"]}]}
    assert _files_matched(finding, fact) == {"a.txt"}
    present = _leaders(["Joe Biden"], [])
    finding.claims.append(present)  # a list of those there is never joined with those not
    fact["claims"][0]["value"] = ["Argentina", "Joe Biden", "Papua New Guinea"]
    assert _files_matched(finding, fact) == set()
