"""Each comparator type on hand-made claims."""

import pytest

from summitcheck.model import Claim
from summitcheck.rules.comparators import REGISTRY
from summitcheck.rules.comparators.base import CompareContext


def claim(source, kind, value, modality="reported", basis=None):
    return Claim(source=source, kind=kind, topic="t", text="x", sentence="x", start=0, end=1,
                 modality=modality, value=value, basis=basis)


def date(start, end=None, rng=False, gran="day"):
    return {"start": start, "end": end or start, "granularity": gran, "range": rng}


def run(name, claims, params=None, published=None):
    return REGISTRY[name](params or {}).compare(claims, CompareContext(published or {}))


@pytest.mark.parametrize("a,b,status", [
    (date("2024-11-15", "2024-11-16", True), date("2024-11-16"), "agree"),
    (date("2024-11-15", "2024-11-16", True), date("2024-11-16", "2024-11-17", True), "conflict"),
    (date("2024-11-15", "2024-11-16", True), date("2024-11-08", "2024-11-09", True), "conflict"),
    (date("2024-08-01", "2024-08-31", gran="month"), date("2023-08-01", "2023-08-31", gran="month"), "conflict"),
    (date("2004-01-01", "2004-12-31", gran="year"), date("2004-01-01", "2004-12-31", gran="year"), "agree"),
])
def test_interval_overlap_dates(a, b, status):
    assert run("interval-overlap", [claim("a", "date", a), claim("b", "date", b)]).status == status


def test_interval_overlap_two_days_of_one_range_agree():
    claims = [claim("a", "date", date("2024-11-15")), claim("b", "date", date("2024-11-16")),
              claim("c", "date", date("2024-11-15", "2024-11-16", True))]
    assert run("interval-overlap", claims).status == "agree"


@pytest.mark.parametrize("a,b,status", [
    ({"value": 150, "low": 151, "high": None}, {"value": 153, "low": 153, "high": 153}, "agree"),
    ({"value": 150, "low": 135, "high": 165}, {"value": 150, "low": 151, "high": None}, "agree"),
    ({"value": 5, "low": 5, "high": 5}, {"value": 6, "low": 6, "high": 6}, "conflict"),
    # one written figure, that one source hedges: "300,000" and "more than 300,000"
    ({"value": 300000, "low": 300000, "high": 300000}, {"value": 300000, "low": 300001, "high": None}, "agree"),
    ({"value": 200000, "low": 200000, "high": 200000}, {"value": 300000, "low": 300001, "high": None}, "conflict"),
    # two opposite hedges of one figure are still intervals that do not meet
    ({"value": 150, "low": 151, "high": None}, {"value": 150, "low": None, "high": 149}, "conflict"),
    ({"value": 150, "low": 151, "high": None}, {"value": 150, "low": 150, "high": 150}, "conflict"),  # not round
    # "more than N" is written for a figure a little above N, never far above it
    ({"value": 1.4e9, "low": 1.4e9 + 1, "high": None}, {"value": 2.4e9, "low": 2.4e9 + 1, "high": None}, "conflict"),
    ({"value": 40, "low": 41, "high": None}, {"value": 75, "low": 75, "high": 75}, "conflict"),
    ({"value": 40, "low": 41, "high": None}, {"value": 50, "low": 51, "high": None}, "agree"),
])
def test_interval_overlap_counts(a, b, status):
    assert run("interval-overlap", [claim("a", "count", a), claim("b", "count", b)]).status == status


def money(amount, cur, alt=None):
    v = {"amount": amount, "currency": cur, "low": amount, "high": amount}
    if alt:
        v["alt"] = {"amount": alt[0], "currency": alt[1], "low": alt[0], "high": alt[0]}
    return v


PUB = {"a": "2024-11-16", "b": "2024-11-16"}


@pytest.mark.parametrize("a,b,status", [
    (money(1.5e12, "JPY"), money(1.5e12, "JPY", (9.7e9, "USD")), "agree"),
    (money(1.5e12, "JPY"), money(9.6e9, "USD"), "agree"),          # converted at the ECB rate
    (money(1e12, "JPY"), money(1.5e12, "JPY"), "conflict"),
    (money(1.5e12, "JPY"), money(1.5e12, "JPY", (15e9, "USD")), "conflict"),  # inconsistent with itself
    (money(5e10, "KZT"), money(1e8, "USD"), "agree"),            # no ECB rate: not compared
])
def test_currency_tolerance(a, b, status):
    assert run("currency-tolerance", [claim("a", "money", a), claim("b", "money", b)], published=PUB).status == status


def floor(amount, cur="USD", more_than=False):
    return {"amount": amount, "currency": cur, "low": amount * (1.0001 if more_than else 1), "high": None}


@pytest.mark.parametrize("a,b,status", [
    (floor(3e11), floor(2.5e11), "conflict"),                  # two floors of one deal
    (floor(3e11), floor(3e11), "agree"),
    (floor(3e11), money(3e11, "USD"), "agree"),                # the floor and the figure it names
    (floor(7e8, more_than=True), floor(7.5e8, more_than=True), "agree"),  # rounded down: ranges that meet
])
def test_currency_tolerance_compares_two_floors_as_figures(a, b, status):
    assert run("currency-tolerance", [claim("a", "money", a), claim("b", "money", b)], published=PUB).status == status


def test_currency_tolerance_names_unconverted_currencies():
    v = run("currency-tolerance", [claim("a", "money", money(5e10, "KZT")), claim("b", "money", money(1e8, "USD"))], published=PUB)
    assert "KZT" in v.detail


def members(*names):
    return {"members": list(names)}


@pytest.mark.parametrize("a,b,status", [
    (claim("a", "set", members("A", "B", "C"), basis="list"), claim("b", "set", members("C", "B", "A"), basis="list"), "agree"),
    (claim("a", "set", members("A"), basis="partial"), claim("b", "set", members("A", "B", "C"), basis="list"), "agree"),
    (claim("a", "set", members("A", "B", "D"), basis="list"), claim("b", "set", members("A", "B", "C"), basis="list"), "conflict"),
    (claim("a", "set", members("C"), modality="negated", basis="partial"), claim("b", "set", members("A", "B", "C"), basis="list"), "conflict"),
])
def test_set_subset(a, b, status):
    assert run("set-subset", [a, b]).status == status


@pytest.mark.parametrize("a,b,status", [
    ({"text": "Lima", "level": "city"}, {"text": "Lima", "level": "city"}, "agree"),
    ({"text": "Lima", "level": "city"}, {"text": "Cusco", "level": "city"}, "conflict"),
    ({"text": "Lima", "level": "city"}, {"text": "Peru", "level": "country"}, "agree"),
    ({"text": "Lima Declaration"}, {"text": "Bali Declaration"}, "conflict"),
])
def test_fuzzy_text(a, b, status):
    assert run("fuzzy-text", [claim("a", "text", a), claim("b", "text", b)]).status == status


@pytest.mark.parametrize("a,b,status", [
    ("Golden Gate Declaration", "2023 APEC Leaders' Golden Gate Declaration", "agree"),
    ("Lima Declaration", "Lima Leaders' Declaration", "agree"),
    ("Leaders' Declaration", "Lima Leaders' Declaration", "conflict"),  # nothing of its own
    ("Cusco Declaration", "Lima Leaders' Declaration", "conflict"),
    ("Cusco Leaders' Communique", "Cusco G7 Summit Communique", "agree"),  # generic words either side
    ("Cusco Leaders' Communique", "Lima G7 Summit Communique", "conflict"),
    ("Joint Communique on a Peace Framework", "Lucerne Declaration on a Just Peace", "conflict"),  # a kind stays
])
def test_fuzzy_text_a_name_contained_in_a_longer_one(a, b, status):
    claims = [claim("a", "text", {"text": a}), claim("b", "text", {"text": b})]
    assert run("fuzzy-text", claims, {"contained": True}).status == status
    assert run("fuzzy-text", claims).status == ("agree" if a.casefold() == b.casefold() else "conflict")


def test_fuzzy_text_dateline_never_conflicts():
    claims = [claim("a", "place", {"text": "Washington", "level": "city"}, basis="dateline"),
              claim("b", "place", {"text": "Lima", "level": "city"})]
    assert run("fuzzy-text", claims).status == "agree"


def test_expected_then_reported_is_an_update_not_a_conflict():
    claims = [claim("a", "ordinal", {"value": 1}, modality="expected"), claim("b", "ordinal", {"value": 2})]
    v = run("ordinal-equality", claims, published={"a": "2024-11-14", "b": "2024-11-16"})
    assert v.status == "agree" and "updated" in v.note


def test_a_preview_on_a_settled_topic_that_a_report_contradicts_is_a_conflict():
    # who hosts is settled before any preview: a preview naming another host is wrong
    host = [claim("a", "person", {"text": "Ana Ruiz"}, modality="expected"), claim("b", "person", {"text": "Li Wen"})]
    for c in host:
        c.topic = "host"
    published = {"a": "2024-11-14", "b": "2024-11-16"}
    ctx = CompareContext(published, frozenset({"host"}))
    assert REGISTRY["fuzzy-text"]({}).compare(host, ctx).status == "conflict"
    assert run("fuzzy-text", host, published=published).status == "agree"  # not settled: an update


def test_set_subset_an_absence_its_own_source_takes_back_is_no_conflict():
    # "X said he would stay away ... has since changed his mind and is expected to attend"
    changed = [claim("a", "set", members("X"), modality="negated", basis="partial"),
               claim("a", "set", members("X"), modality="expected", basis="partial"),
               claim("b", "set", members("X", "Y"), basis="partial")]
    assert run("set-subset", changed).status == "agree"
    # without the source's own later word, the absence still contradicts the presence
    assert run("set-subset", [changed[0], changed[2]]).status == "conflict"


def test_set_subset_one_who_did_not_outside_the_complete_list_of_those_who_did_not():
    lone = claim("a", "set", members("Venezuela"), modality="negated", basis="list")
    other = claim("b", "set", members("Nicaragua"), modality="negated", basis="partial")
    same = claim("c", "set", members("Venezuela"), modality="negated", basis="partial")
    assert run("set-subset", [lone, other]).status == "conflict"
    assert run("set-subset", [lone, same]).status == "agree"
    # two partial lists of those who did not may name different ones
    assert run("set-subset", [other, same]).status == "agree"


def test_fuzzy_text_reads_names_without_their_accents():
    claims = [claim("a", "place", {"text": "Bürgenstock", "level": "site"}),
              claim("b", "place", {"text": "Buergenstock", "level": "site"})]
    assert run("fuzzy-text", claims).status == "agree"
    region = [claim("a", "place", {"text": "Apulia", "level": "city"}, basis="region"),
              claim("b", "place", {"text": "Puglia", "level": "city"})]
    assert run("fuzzy-text", region, {"weak_bases": ["dateline", "region"]}).status == "agree"


def test_interval_overlap_a_closing_day_is_the_last_day():
    closing = claim("a", "date", date("2024-10-23"), basis="end")  # "the summit ended on Wednesday"
    assert run("interval-overlap", [closing, claim("b", "date", date("2024-10-22", "2024-10-24", True))]).status == "conflict"
    assert run("interval-overlap", [closing, claim("b", "date", date("2024-10-21", "2024-10-23", True))]).status == "agree"
    assert run("interval-overlap", [closing, claim("b", "date", date("2024-10-24"), basis="end")]).status == "conflict"
    # a day of the event before it closed fits; a day after it does not
    assert run("interval-overlap", [closing, claim("b", "date", date("2024-10-22"))]).status == "agree"
    assert run("interval-overlap", [closing, claim("b", "date", date("2024-10-24"))]).status == "conflict"


def test_interval_overlap_an_opening_day_is_the_first_day():
    opening = claim("a", "date", date("2021-10-31"), basis="start")  # "the conference opened on Sunday"
    # a later day of the event, or its scheduled close, fits; a day before it opened does not
    assert run("interval-overlap", [opening, claim("b", "date", date("2021-11-12"), "expected", basis="end")]).status == "agree"
    assert run("interval-overlap", [opening, claim("b", "date", date("2021-11-02"))]).status == "agree"
    assert run("interval-overlap", [opening, claim("b", "date", date("2021-10-30"))]).status == "conflict"
    assert run("interval-overlap", [opening, claim("b", "date", date("2021-11-01"), basis="start")]).status == "conflict"
    # a range or a span of days ("at the weekend") holds the day
    assert run("interval-overlap", [opening, claim("b", "date", date("2021-10-30", "2021-10-31", True))]).status == "agree"
    assert run("interval-overlap", [opening, claim("b", "date", date("2021-11-01", "2021-11-02", True))]).status == "conflict"


def test_a_plan_for_another_meeting_a_later_report_contradicts_is_a_conflict():
    # "will move next year to X for COP27" against "comes at COP27 in Y next November": a
    # week between two articles changes no plan for a meeting a year off
    venue = [claim("a", "place", {"text": "Lima", "level": "city"}, modality="expected"),
             claim("b", "place", {"text": "Cusco", "level": "city"})]
    published = {"a": "2024-11-14", "b": "2024-11-16"}
    assert run("fuzzy-text", venue, published=published).status == "agree"  # the bundle's own: an update
    for c in venue:
        c.event = "other"
    assert run("fuzzy-text", venue, published=published).status == "conflict"
