"""The evaluator's matching of a claim against a gold value."""

from __future__ import annotations

import pytest

from summitcheck.eval import matches
from summitcheck.model import Claim


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


def test_a_list_without_hosts_matches_only_itself():
    claim = _leaders(["Joe Biden", "Narendra Modi"], [])
    assert matches(claim, "set", ["Narendra Modi", "Joe Biden"])
    assert not matches(claim, "set", ["Joe Biden"])
