"""Finding ids depend on what was claimed, never on where in the file or in what order."""

from __future__ import annotations

from summitcheck.align import Group
from summitcheck.model import Claim
from summitcheck.rules.engine import _finding_id


def claim(source: str, start: int, day: str, sentence: str = "The leaders met in Hiroshima.") -> Claim:
    return Claim(source=source, kind="date", topic="event-dates", text=day, sentence=sentence, start=start,
                 end=start + len(day), modality="reported",
                 value={"start": day, "end": day, "granularity": "day"})


def group(*claims: Claim) -> Group:
    return Group(event="main", kind="date", topic="event-dates", subject=None, claims=list(claims))


def test_finding_id_ignores_offsets_sentences_and_claim_order():
    a = group(claim("a.txt", 10, "2023-05-19"), claim("b.txt", 99, "2023-05-19"))
    b = group(claim("b.txt", 400, "2023-05-19", "Reworded."), claim("a.txt", 3, "2023-05-19"))
    assert _finding_id("date-consistency", a, "agree") == _finding_id("date-consistency", b, "agree")


def test_finding_id_ignores_a_source_repeating_a_value():
    one = group(claim("a.txt", 10, "2023-05-19"), claim("b.txt", 99, "2023-05-19"))
    twice = group(claim("a.txt", 10, "2023-05-19"), claim("a.txt", 500, "2023-05-19"), claim("b.txt", 99, "2023-05-19"))
    assert _finding_id("r", one, "agree") == _finding_id("r", twice, "agree")


def test_finding_id_changes_with_values_sources_rule_and_verdict():
    base = group(claim("a.txt", 10, "2023-05-19"), claim("b.txt", 99, "2023-05-21"))
    ids = {
        _finding_id("r", base, "conflict"),
        _finding_id("r", group(claim("a.txt", 10, "2023-05-19"), claim("b.txt", 99, "2023-05-20")), "conflict"),
        _finding_id("r", group(claim("a.txt", 10, "2023-05-19"), claim("c.txt", 99, "2023-05-21")), "conflict"),
        _finding_id("other-rule", base, "conflict"),
        _finding_id("r", base, "agree"),
    }
    assert len(ids) == 5
    assert all(len(i) == 12 for i in ids)
