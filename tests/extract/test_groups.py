"""Lists that spell out a named group of countries (model-based: asserts properties of claims,
not exact spans)."""

import pytest

OPENING = "Leaders met for a two-day summit. "


def groups(claims):
    return [(c.subject, c.value["members"], c.basis) for c in claims if c.kind == "set"
            and (c.subject or "").startswith("group: ")]


@pytest.mark.parametrize("text, subject", [
    ("The alliance has also invited its four Indo-Pacific partners, Japan, South Korea, Australia and New Zealand.",
     "group: indo-pacific partner"),
    ("The four Indo-Pacific partners, Japan, South Korea, Australia and New Zealand, attended.",
     "group: indo-pacific partner"),
])
def test_a_list_beside_a_named_group_is_its_membership_whatever_it_did(extract_text, text, subject):
    found = groups(extract_text(OPENING + text, "2024-07-11"))
    assert found == [(subject, ["Japan", "South Korea", "Australia", "New Zealand"], "list")]


def test_a_list_after_a_colon_on_the_leaders_of_a_group_is_its_membership(extract_text):
    text = "Leaders of the three Baltic states: Estonia, Latvia and Lithuania, met the president."
    assert groups(extract_text(OPENING + text, "2024-07-11")) == [
        ("group: baltic state", ["Estonia", "Latvia", "Lithuania"], "list")]


def test_a_group_counted_as_more_than_it_names_is_partly_listed(extract_text):
    text = "The four Indo-Pacific partners, Japan, South Korea and New Zealand, attended."
    assert [basis for *_, basis in groups(extract_text(OPENING + text, "2024-07-11"))] == ["partial"]


@pytest.mark.parametrize("text", [
    "The four countries, Japan, India, Australia and Brazil, attended.",
    "The partners, among them Japan, South Korea and New Zealand, joined a session.",
])
def test_a_list_beside_an_unnamed_group_is_no_group(extract_text, text):
    assert groups(extract_text(OPENING + text, "2024-07-11")) == []
